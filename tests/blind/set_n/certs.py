"""Certificates with their own layouts (USA, UK), the birth-certificate dispatcher, Hague
apostilles and sworn translations."""

from civil import (
    EN_MONTHS,
    _header,
    _rows,
    bc_francophone,
    bc_latam,
    bc_maghreb,
    bc_other,
)
from core import Page, width_mm


def bc_usa(b, rng):
    p = Page(216, 279, bg=(246, 243, 232))
    st = b["state"]
    y = _header(
        p,
        [
            f"STATE OF {st.upper()}",
            "CERTIFICATE OF LIVE BIRTH",
            "DEPARTMENT OF PUBLIC HEALTH — VITAL RECORDS",
        ],
        "times",
        18,
        13,
    )
    p.text(190, 12, f"STATE FILE NUMBER {b['reg']}", "helv", 7, anchor="r")
    rows = [
        ("1A. NAME OF CHILD — FIRST (GIVEN)", b["given"]),
        ("1B. MIDDLE", b.get("middle", "")),
        ("1C. LAST (FAMILY)", b["surname"]),
        ("2. SEX", {"F": "FEMALE", "M": "MALE"}[b["sex"]]),
        ("4A. DATE OF BIRTH (MM/DD/CCYY)", b["dob"].strftime("%m/%d/%Y")),
        ("5A. PLACE OF BIRTH — NAME OF HOSPITAL", b.get("hospital", "ST. MARY MEDICAL CENTER")),
        ("5C. CITY", b["place"].upper()),
        ("5D. COUNTY", b.get("county", "").upper()),
        ("6A. NAME OF FATHER/PARENT — FIRST", b["father"].upper()),
        ("8A. NAME OF MOTHER/PARENT — FIRST / MAIDEN", b["mother"].upper()),
        ("16. DATE ACCEPTED FOR REGISTRATION", b["reg_date"].strftime("%m/%d/%Y")),
    ]
    y = _rows(p, 18, y + 4, rows, "helv", "courier", 6, 10, "cells", 180)
    p.para(
        18,
        y + 10,
        180,
        "This is a true and exact reproduction of the document officially "
        "registered and placed on file in the office of the State Registrar.",
        "times",
        9,
    )
    p.text(18, y + 26, "DATE ISSUED: " + b["issued"].strftime("%m/%d/%Y"), "helv-b", 9)
    p.signature(120, y + 16, 60, 16, "Registrar Vital", rng)
    p.text(150, y + 36, "STATE REGISTRAR", "helv", 7, anchor="c")
    p.stamp(
        60, y + 48, 14, [f"STATE OF {st.upper()}", "SEAL", "VITAL", "RECORDS"], rng, (90, 90, 90)
    )
    return [p], "en"


def bc_gbr(b, rng):
    p = Page(297, 210, bg=(252, 236, 236))
    p.text(148, 14, "CERTIFIED COPY OF AN ENTRY OF BIRTH", "times-b", 13, anchor="c")
    p.text(148, 20, "GIVEN AT THE GENERAL REGISTER OFFICE", "times", 9, anchor="c")
    p.text(20, 30, f"Registration district  {b['district']}", "times", 9)
    p.text(150, 30, f"Birth in the Sub-district of {b['place']}", "times", 9)
    cols = [
        "When and where born",
        "Name, if any",
        "Sex",
        "Name and surname of father",
        "Name, surname and maiden surname of mother",
        "Occupation of father",
        "Signature of informant",
        "When registered",
    ]
    xs = [12, 52, 92, 104, 140, 185, 215, 250, 285]
    p.rect(12, 34, 273, 60, (160, 60, 60), None, 0.3)
    for x in xs[1:-1]:
        p.line(x, 34, x, 94, (160, 60, 60), 0.3)
    p.line(12, 46, 285, 46, (160, 60, 60), 0.3)
    for i, c in enumerate(cols):
        p.para(xs[i] + 1, 38, xs[i + 1] - xs[i] - 2, c, "times", 6.5, 2.6, (120, 30, 30))
    vals = [
        f"{b['dob'].day} {EN_MONTHS[b['dob'].month - 1]} {b['dob'].year}\n{b['hospital']}"
        f"\n{b['place']}",
        b["given"] + "\n" + b["surname"].upper(),
        {"F": "Girl", "M": "Boy"}[b["sex"]],
        b["father"],
        b["mother"],
        b.get("occ", ""),
        b["mother"].split()[0] + " " + b["surname"] + "\nMother",
        b["reg_date"].strftime("%d %B %Y"),
    ]
    for i, v in enumerate(vals):
        p.para(xs[i] + 1.5, 52, xs[i + 1] - xs[i] - 3, v, "courier", 8.5, 4)
    p.para(
        20,
        110,
        250,
        "CERTIFIED to be a true copy of an entry in the certified copy of a "
        "Register of Births in the District above mentioned. Given at the GENERAL REGISTER "
        f"OFFICE, under the Seal of the said Office, the {b['issued'].strftime('%d %B %Y')}.",
        "times",
        9,
    )
    p.text(20, 130, f"BXC {b['reg']}", "helv-b", 10, (150, 20, 20))
    p.stamp(240, 145, 16, ["GENERAL REGISTER OFFICE", "GRO", "SEAL"], rng, (150, 60, 60))
    p.text(
        20,
        190,
        "CAUTION: THERE ARE OFFENCES RELATING TO FALSIFYING OR ALTERING A "
        "CERTIFICATE. ©CROWN COPYRIGHT",
        "helv",
        6.5,
        (120, 30, 30),
    )
    return [p], "en"


LAYOUTS = {
    "USA": bc_usa,
    "GBR": bc_gbr,
    "MAR": bc_maghreb,
    "TUN": bc_maghreb,
    "DZA": bc_maghreb,
    "SEN": bc_francophone,
    "CIV": bc_francophone,
    "CMR": bc_francophone,
    "MLI": bc_francophone,
    "COD": bc_francophone,
    "HTI": bc_francophone,
    "BRA": bc_latam,
    "COL": bc_latam,
    "MEX": bc_latam,
    "PER": bc_latam,
}


def birth_certificate(b, rng):
    return LAYOUTS.get(b["country"], bc_other)(b, rng)


# ------------------------------------------------------------------ apostille

APOSTILLE_TEXT = {
    "en": (
        "APOSTILLE",
        "(Convention de La Haye du 5 octobre 1961)",
        [
            "Country:",
            "This public document has been signed by",
            "acting in the capacity of",
            "bears the seal/stamp of",
            "at",
            "the",
            "by",
            "No",
            "Seal/stamp:",
            "Signature:",
        ],
        "Certified",
    ),
    "es": (
        "APOSTILLE",
        "(Convention de La Haye du 5 octobre 1961)",
        [
            "País:",
            "El presente documento público ha sido firmado por",
            "quien actúa en calidad de",
            "y está revestido del sello/timbre de",
            "en",
            "el",
            "por",
            "bajo el número",
            "Sello/timbre:",
            "Firma:",
        ],
        "Certificado",
    ),
    "pt": (
        "APOSTILLE",
        "(Convention de La Haye du 5 octobre 1961)",
        [
            "País:",
            "Este documento público foi assinado por",
            "na qualidade de",
            "tem o selo/carimbo de",
            "em",
            "aos",
            "por",
            "sob o nº",
            "Selo/carimbo:",
            "Assinatura:",
        ],
        "Reconhecido",
    ),
    "fr": (
        "APOSTILLE",
        "(Convention de La Haye du 5 octobre 1961)",
        [
            "Pays :",
            "Le présent acte public a été signé par",
            "agissant en qualité de",
            "est revêtu du sceau/timbre de",
            "à",
            "le",
            "par",
            "sous n°",
            "Sceau/timbre :",
            "Signature :",
        ],
        "Attesté",
    ),
}


def apostille_page(a, rng, standalone=True):
    lang = a["lang"]
    title, sub, items, cert = APOSTILLE_TEXT[lang]
    p = Page(210, 297) if standalone else Page(150, 150)
    ox, oy = (30, 30) if standalone else (5, 5)
    font = rng.choice(["times", "helv", "libs", "cala"])
    bw = 140
    p.rect(ox, oy, bw, 132, (30, 30, 30), None, 0.5)
    if rng.random() < 0.5:
        p.rect(ox + 1.5, oy + 1.5, bw - 3, 129, (30, 30, 30), None, 0.2)
    fb = {"times": "times-b", "helv": "helv-b", "libs": "libs-b", "cala": "cala-b"}[font]
    p.text(ox + bw / 2, oy + 12, title, fb, 15, anchor="c")
    p.text(ox + bw / 2, oy + 18, sub, font, 8, anchor="c")
    vals = [
        a["country_print"],
        a["signer"],
        a["capacity"],
        a["seal_of"],
        a["place"],
        a["date_print"],
        a["signed_by"],
        a["number"],
        "",
        "",
    ]
    y = oy + 30
    for i, (lab, val) in enumerate(zip(items, vals)):
        if i == 4:
            p.text(ox + bw / 2, y, cert, fb, 10, anchor="c")
            y += 8
        txt = f"{i + 1}. {lab}"
        p.text(ox + 6, y, txt, font, 9)
        vx = ox + 8 + width_mm(txt, font, 9)
        if i < 8:
            if vx + width_mm(val, "courier", 9.5) > ox + bw - 4:
                y += 5
                vx = ox + 14
            p.text(vx, y, val, "courier", 9.5)
        y += 8.5
    p.stamp(ox + 40, oy + 112, 13, [a["country_print"].upper()[:24], "APOSTILLE", "SEAL"], rng)
    p.signature(ox + 80, oy + 102, 50, 20, a["signed_by"], rng)
    return p


# ------------------------------------------------------------------ sworn translation


def translation_pages(t, rng):
    p = Page(210, 297)
    font = rng.choice(["libs", "times", "cala"])
    fb = {"libs": "libs-b", "times": "times-b", "cala": "cala-b"}[font]
    p.text(20, 20, t["translator"], fb, 11)
    p.text(20, 25, "Traducteur-interprète expert près la Cour d'appel de " + t["court"], font, 9)
    p.text(20, 30, t["address"], font, 9)
    p.text(190, 20, f"Traduction n° {t['number']}", font, 9, anchor="r")
    p.text(105, 45, f"TRADUCTION DE L'{t['from_lang'].upper()}", fb, 12, anchor="c")
    p.text(105, 52, t["doc_title"], fb, 12, anchor="c")
    y = 66
    for lab, val in t["rows"]:
        p.text(25, y, lab, font, 10, (40, 40, 40))
        p.text(95, y, val, font, 10.5)
        y += 8
    y = p.para(
        25,
        y + 8,
        160,
        "[Sceau et signature de l'officier d'état civil] — [Apostille jointe]",
        font,
        9,
        color=(90, 90, 90),
    )
    y = p.para(
        25,
        y + 10,
        160,
        "Je soussigné(e), " + t["translator"] + ", traducteur-"
        "interprète expert près la Cour d'appel de " + t["court"] + ", certifie que la "
        "traduction ci-dessus est conforme à l'original rédigé en langue "
        + t["from_lang"]
        + " qui m'a été présenté.",
        font,
        10,
    )
    p.text(25, y + 10, "TRADUCTION CERTIFIÉE CONFORME À L'ORIGINAL", fb, 10)
    p.text(110, y + 22, f"Fait à {t['court']}, le {t['date'].strftime('%d/%m/%Y')}", font, 10)
    p.stamp(
        70,
        y + 42,
        17,
        [t["translator"].upper()[:26], "EXPERT TRADUCTEUR", "C.A. " + t["court"].upper()],
        rng,
    )
    p.signature(115, y + 28, 50, 20, t["translator"], rng)
    return [p]
