"""Hague apostilles (model of the 1961 Convention) and sworn translations into French."""

from __future__ import annotations

import random

from canvas import Page
from civil import MOIS, seal

APO = {
    "USA": ("UNITED STATES OF AMERICA", "Secretary of State of California", "Sacramento", "en"),
    "GBR": (
        "UNITED KINGDOM OF GREAT BRITAIN AND NORTHERN IRELAND",
        "Foreign, Commonwealth and Development Office",
        "London",
        "en",
    ),
    "MAR": (
        "ROYAUME DU MAROC",
        "Procureur du Roi près le Tribunal de Première Instance",
        "Fès",
        "fr",
    ),
    "TUN": ("RÉPUBLIQUE TUNISIENNE", "Ministère des Affaires Étrangères", "Tunis", "fr"),
    "COL": ("REPÚBLICA DE COLOMBIA", "Ministerio de Relaciones Exteriores", "Bogotá D.C.", "es"),
    "MEX": (
        "ESTADOS UNIDOS MEXICANOS",
        "Secretaría General de Gobierno de Jalisco",
        "Guadalajara",
        "es",
    ),
    "BRA": ("REPÚBLICA FEDERATIVA DO BRASIL", "Cartório do 2º Ofício de Notas", "São Paulo", "pt"),
    "IND": ("INDIA", "Ministry of External Affairs", "New Delhi", "en"),
    "PHL": ("REPUBLIC OF THE PHILIPPINES", "Department of Foreign Affairs", "Manila", "en"),
    "CHN": ("PEOPLE'S REPUBLIC OF CHINA", "Ministry of Foreign Affairs", "Beijing", "en"),
    "UKR": ("UKRAINE", "Ministry of Justice of Ukraine", "Kyiv", "en"),
}
APO_LAB = {
    "en": [
        "Country:",
        "This public document",
        "has been signed by",
        "acting in the capacity of",
        "bears the seal/stamp of",
        "Certified",
        "at",
        "the",
        "by",
        "No",
        "Seal/stamp:",
        "Signature:",
    ],
    "fr": [
        "Pays :",
        "Le présent acte public",
        "a été signé par",
        "agissant en qualité de",
        "est revêtu du sceau/timbre de",
        "Attesté",
        "à",
        "le",
        "par",
        "sous n°",
        "Sceau/timbre :",
        "Signature :",
    ],
    "es": [
        "País:",
        "El presente documento público",
        "ha sido firmado por",
        "quien actúa en calidad de",
        "y está revestido del sello/timbre de",
        "Certificado",
        "en",
        "el día",
        "por",
        "bajo el número",
        "Sello/timbre:",
        "Firma:",
    ],
    "pt": [
        "País:",
        "Este documento público",
        "foi assinado por",
        "na qualidade de",
        "tem o selo/carimbo de",
        "Reconhecido",
        "em",
        "aos",
        "por",
        "sob o nº",
        "Selo/carimbo:",
        "Assinatura:",
    ],
}


def apostille(a: dict, rnd: random.Random) -> tuple[Page, dict]:
    """Hague Convention model apostille (10 numbered items). a: country, signer, capacity,
    authority, issued, number, by, doc_signer."""
    cname, auth, city, lang = APO[a["country"]]
    lb = APO_LAB[lang]
    small = rnd.random() < 0.4
    pg = Page(210, 297, bg=(255, 255, 255))
    x0, y0, w = (30, 30, 150) if not small else (40, 150, 130)
    h = 150 if not small else 120
    pg.rect(x0, y0, w, h, (20, 20, 20), None, 0.6)
    y = y0 + 12
    pg.text(x0 + w / 2, y, "APOSTILLE", "serif-b", 16, anchor="c")
    y += 6
    pg.text(x0 + w / 2, y, "(Convention de La Haye du 5 octobre 1961)", "serif-i", 9, anchor="c")
    y += 12
    fs = 9 if not small else 8
    step = 9.5 if not small else 7.6
    vf = rnd.choice(["mono-b", "sans-b", "serif-b"])
    iss = a["issued"]
    items = [
        (f"1. {lb[0]}", cname),
        (f"   {lb[1]}", ""),
        (f"2. {lb[2]}", a["doc_signer"]),
        (f"3. {lb[3]}", a["capacity"]),
        (f"4. {lb[4]}", a["authority"]),
        (f"   {lb[5]}", ""),
        (f"5. {lb[6]}", city),
        (f"6. {lb[7]}", iss.strftime("%d/%m/%Y") if lang != "en" else iss.strftime("%d %B %Y")),
        (f"7. {lb[8]}", a["by"] + ", " + auth),
        (f"8. {lb[9]}", a["number"]),
    ]
    for lab, v in items:
        pg.text(x0 + 6, y, lab, "serif", fs)
        if v:
            pg.text(x0 + 6 + 4 + _w(lab, fs), y, v, vf, fs)
        y += step
    pg.text(x0 + 6, y + 4, f"9. {lb[10]}", "serif", fs)
    pg.text(x0 + w / 2 + 5, y + 4, f"10. {lb[11]}", "serif", fs)
    seal(
        pg, x0 + 35, y + 20, 12, cname[:22], (150, 40, 40) if rnd.random() < 0.5 else (40, 60, 150)
    )
    pg.sig(x0 + w / 2 + 8, y + 7, 50, 18, a["by"], (20, 30, 90), rnd.randrange(999))
    f = {
        "country": a["country"],
        "issued_on": iss.isoformat(),
        "number": a["number"],
        "signed_by": a["by"],
    }
    return pg, f


def _w(s, size):
    from canvas import text_mm

    return text_mm(s, "serif", size)


def translation(t: dict, rnd: random.Random) -> tuple[Page, dict]:
    """A sworn translation into French (traduction certifiée conforme) of a birth certificate."""
    pg = Page(210, 297)
    f = rnd.choice(["serif", "sans", "carlito", "caladea"])
    fb = {"serif": "serif-b", "sans": "sans-b", "carlito": "carlito-b", "caladea": "caladea-b"}[f]
    pg.text(20, 20, t["translator"], fb, 11)
    pg.text(20, 25, "Traducteur-interprète expert près la Cour d'appel de " + t["court"], f, 9)
    pg.text(20, 30, t["taddr"], f, 9)
    pg.text(105, 48, "TRADUCTION", fb, 14, anchor="c")
    pg.text(105, 54, f"de l'{t['from_lang']} vers le français", f, 10, anchor="c")
    b = t["bc"]
    y = 68
    pg.text(20, y, t["country_fr"].upper(), fb, 10)
    y += 8
    pg.text(20, y, t["title_fr"], fb, 11)
    y += 12
    rows = [
        ("Nom", b["surname"]),
        ("Prénom(s)", b["given"]),
        ("Sexe", "Féminin" if b["sex"] == "F" else "Masculin"),
        ("Date de naissance", f"{b['dob'].day} {MOIS[b['dob'].month - 1]} {b['dob'].year}"),
        ("Lieu de naissance", b["pob"]),
        ("Père", b["father"]),
        ("Mère", b["mother"]),
        ("N° d'enregistrement", b["regno"]),
    ]
    for lab, v in rows:
        pg.text(20, y, lab + " :", f, 10)
        pg.text(75, y, v, fb, 10)
        y += 8
    y += 6
    pg.text(20, y, "[Sceau et signature de l'officier]", f, 9, (80, 80, 80))
    y += 14
    pg.para(
        20,
        y,
        "Traduction certifiée conforme à l'original rédigé en langue "
        f"{t['from_lang']}, qui m'a été présenté et que j'ai visé ne varietur sous le "
        f"numéro {t['number']}.",
        f,
        10,
        170,
        1.4,
    )
    pg.text(20, y + 24, f"Fait à {t['city']}, le {t['date'].strftime('%d/%m/%Y')}", f, 10)
    seal(pg, 150, y + 40, 16, f"{t['translator'][:14]} EXPERT {t['court'][:8]}", (40, 70, 160))
    pg.sig(110, y + 34, 60, 20, t["translator"], (20, 30, 90), rnd.randrange(999))
    return pg, {}
