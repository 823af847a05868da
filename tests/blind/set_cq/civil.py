"""Civil-status pieces: birth certificates of Madagascar, Rwanda, Moldova and Sri Lanka,
apostilles (HCCH model, 10 numbered items), a legalisation back page and a sworn
French translation."""

from __future__ import annotations

import random

from canvas import PT, Page

BLUE = (40, 55, 150)
VIOLET = (95, 50, 140)


def _pseudo_qr(p: Page, x, y, size, rng: random.Random, n=25):
    """A QR-looking verification block (visual only; nothing is encoded)."""
    c = size / n
    p.rect(x - c, y - c, size + 2 * c, size + 2 * c, stroke=None, fill=(255, 255, 255))
    for i in range(n):
        for j in range(n):
            if rng.random() < 0.48:
                p.rect(x + i * c, y + j * c, c, c, stroke=None, fill=(0, 0, 0))
    for fx, fy in ((0, 0), (n - 7, 0), (0, n - 7)):
        p.rect(x + fx * c, y + fy * c, 7 * c, 7 * c, stroke=None, fill=(255, 255, 255))
        p.rect(x + fx * c, y + fy * c, 7 * c, 7 * c, stroke=(0, 0, 0), fill=None, width=c / PT)
        p.rect(x + (fx + 2) * c, y + (fy + 2) * c, 3 * c, 3 * c, stroke=None, fill=(0, 0, 0))


def madagascar_acte(a: dict, rng: random.Random) -> list[Page]:
    """Copie d'acte de naissance (French text, bilingual heading) + legalisation verso."""
    p = Page()
    f = "serif"
    p.text(105, 18, "REPOBLIKAN'I MADAGASIKARA", "serif-b", 12, anchor="c")
    p.text(105, 23.5, "Fitiavana - Tanindrazana - Fandrosoana", "serif-i", 9, anchor="c")
    p.line(85, 26, 125, 26, 0.6)
    y = 36
    for ln in (
        "FARITRA / RÉGION ATSINANANA",
        "DISTRIKA / DISTRICT DE TOAMASINA I",
        "KAOMININA / COMMUNE URBAINE DE TOAMASINA",
        "Bureau de l'état civil",
    ):
        p.text(22, y, ln, "serif-b", 9)
        y += 5
    p.text(150, 36, f"Acte n° {a['acte_no']}", "serif-b", 10)
    p.text(150, 41, f"Année {a['dob'].year}", f, 10)
    p.text(105, 66, "KOPIAN'NY SORA-PAHATERAHANA", "serif-b", 12, anchor="c")
    p.text(105, 72.5, "COPIE D'ACTE DE NAISSANCE", "serif-b", 14, anchor="c")
    body = (
        f"Le {a['dob_words']}, à {a['hour_words']}, est née au {a['hospital']}, "
        f"{a['surname'].upper()} {a['given']}, de sexe féminin, de {a['father']}, "
        f"{a['father_job']}, et de {a['mother']}, {a['mother_job']}, domiciliés à "
        f"{a['parents_home']}. Dressé le {a['drawn_words']}, à dix heures, sur la "
        f"déclaration de {a['father']}, père de l'enfant, lequel, lecture faite et invité à "
        "lire l'acte, a signé avec Nous, "
        f"{a['officer']}, Officier de l'état civil de la Commune Urbaine de Toamasina."
    )
    y = p.wrap(22, 88, 166, body, f, 11.5, lead=7.2)
    p.text(22, y + 6, "Mentions marginales : Néant.", "serif-i", 11)
    p.text(22, y + 18, "POUR COPIE CONFORME,", "serif-b", 11)
    p.text(110, y + 18, f"Toamasina, le {a['copy_words']}", f, 11)
    p.text(110, y + 25, "L'Officier de l'état civil,", f, 11)
    p.stamp_round(
        82, y + 42, 17, "COMMUNE URBAINE DE TOAMASINA*", ["ÉTAT CIVIL", "*"], rng, VIOLET, 0.75
    )
    p.signature(112, y + 29, 50, 18, rng, (25, 25, 90), a["officer"])
    p.text(112, y + 52, a["officer"], "serif-b", 10)
    p.text(22, 280, "Droit perçu : 1 000 Ariary — Quittance n° 0458721", f, 8.5)
    v = Page()
    v.text(20, 20, "LÉGALISATIONS", "serif-b", 9, (120, 120, 120))
    v.stamp_rect(
        22,
        32,
        [
            "REPOBLIKAN'I MADAGASIKARA",
            "MINISTÈRE DES AFFAIRES ÉTRANGÈRES",
            "Service de la Légalisation",
        ],
        rng,
        BLUE,
        0.85,
        "sans-b",
        7.5,
    )
    y = 52
    for ln in (
        f"Vu pour légalisation de la signature de M. {a['officer']},",
        "Officier de l'état civil de la Commune Urbaine de Toamasina,",
        f"apposée ci-contre. Antananarivo, le {a['mae_date']}",
        f"N° {a['mae_no']}",
    ):
        v.text(24, y, ln, "sans", 9.5, BLUE)
        y += 5.5
    v.signature(100, y - 2, 45, 15, rng, BLUE, "mae")
    v.text(100, y + 17, "Le Chef du Service de la Légalisation", "sans", 8.5, BLUE)
    v.stamp_round(
        160, 60, 16, "MINISTÈRE DES AFFAIRES ÉTRANGÈRES*", ["MADAGASIKARA"], rng, BLUE, 0.7
    )
    y = 135
    v.stamp_rect(
        22,
        y,
        ["AMBASSADE DE FRANCE À MADAGASCAR", "SECTION CONSULAIRE — ANTANANARIVO"],
        rng,
        VIOLET,
        0.85,
        "sans-b",
        7.5,
    )
    y += 17
    for ln in (
        "Vu pour légalisation de la signature de",
        f"M. {a['mae_signer']},",
        "apposée ci-dessus.",
        f"Antananarivo, le {a['consul_date']}",
        f"Légalisation n° {a['consul_no']}   Perçu : {a['consul_fee']}",
    ):
        v.text(24, y, ln, "serif", 10.5, VIOLET)
        y += 6
    v.text(24, y + 4, "Pour le Consul, l'agent consulaire", "serif-i", 10, VIOLET)
    v.signature(30, y + 6, 50, 16, rng, (30, 30, 80), "consul")
    v.stamp_round(
        150, y - 8, 18, "AMBASSADE DE FRANCE * TANANARIVE*", ["RF", "CONSULAT"], rng, VIOLET, 0.7
    )
    return [p, v]


def rwanda_certificate(a: dict, rng: random.Random) -> Page:
    """IremboGov-issued birth certificate (trilingual labels, QR verification)."""
    p = Page()
    navy = (0, 60, 110)
    p.text(105, 20, "REPUBLIC OF RWANDA", "open-b", 12, navy, "c")
    p.text(105, 25.5, "REPUBULIKA Y'U RWANDA  •  RÉPUBLIQUE DU RWANDA", "open", 8.5, navy, "c")
    p.ellipse(105, 38, 8, 8, stroke=(0, 120, 60), fill=(250, 220, 60), width=1.5)
    p.text(105, 40, "RW", "open-b", 9, (0, 90, 40), "c")
    p.text(105, 57, "ICYEMEZO CY'AMAVUKO", "open-b", 15, navy, "c")
    p.text(105, 63.5, "BIRTH CERTIFICATE / ACTE DE NAISSANCE", "open-sb", 10.5, navy, "c")
    p.text(190, 72, f"No: {a['cert_no']}", "open-sb", 9, anchor="r")
    rows = [
        ("Amazina / Names / Noms", f"{a['surname'].upper()} {a['given']}"),
        ("Igitsina / Sex / Sexe", "Gabo / Male / Masculin"),
        ("Itariki y'amavuko / Date of birth", a["dob"].strftime("%d/%m/%Y")),
        ("Aho yavukiye / Place of birth", a["pob"]),
        ("Akarere / District", a["district"]),
        ("Izina rya se / Father's name", a["father"]),
        ("Izina rya nyina / Mother's name", a["mother"]),
        ("Nomero y'indangamuntu / National ID No.", a["nid"]),
        ("Inyandiko y'ivuka No / Birth record No", a["record_no"]),
    ]
    y = 80
    for lab, val in rows:
        p.rect(20, y, 170, 11, stroke=(160, 175, 190), width=0.5)
        p.line(88, y, 88, y + 11, 0.5, (160, 175, 190))
        p.text(23, y + 7, lab, "open", 8.2, (70, 80, 95))
        p.text(91, y + 7.2, val, "open-sb", 10)
        y += 11
    p.wrap(
        20,
        y + 10,
        170,
        "Bikorewe / Issued at / Délivré à : "
        + a["issued_at"]
        + ", "
        + a["issued_on"].strftime("%d/%m/%Y"),
        "open",
        9.5,
    )
    p.text(
        20,
        y + 22,
        "Umwanditsi w'irangamimerere / Civil Registrar / Officier d'état civil",
        "open",
        8.5,
    )
    p.text(20, y + 50, a["registrar"], "open-b", 10)
    p.signature(24, y + 26, 50, 17, rng, (20, 30, 100), a["registrar"])
    p.stamp_round(
        105, y + 36, 17, "HUYE DISTRICT * CIVIL REGISTRAR*", ["RWANDA"], rng, (30, 70, 160), 0.65
    )
    _pseudo_qr(p, 158, y + 24, 30, rng)
    p.text(173, y + 60, "Verify: irembo.gov.rw", "open", 7, anchor="c")
    p.line(20, 272, 190, 272, 0.4, (160, 175, 190))
    p.text(
        105,
        277,
        "Iyi nyandiko yatanzwe hakoreshejwe IremboGov — Document generated via IremboGov",
        "open",
        7,
        (100, 100, 100),
        "c",
    )
    return p


def moldova_certificate(a: dict, rng: random.Random) -> Page:
    """Certificat de naștere (Republica Moldova), second-generation model."""
    p = Page(bg=(246, 240, 226))
    g = (150, 120, 80)
    for k in range(0, 297, 6):
        p.line(0, k, 210, k + 20, 0.2, (225, 210, 185))
    p.rect(10, 10, 190, 277, stroke=g, width=2.2)
    p.rect(13, 13, 184, 271, stroke=g, width=0.6)
    p.text(105, 30, "REPUBLICA MOLDOVA", "dserif-b", 15, (60, 40, 20), "c")
    p.text(105, 48, "CERTIFICAT DE NAȘTERE", "dserif-b", 19, (60, 40, 20), "c")
    p.text(105, 57, f"Seria {a['series']}  Nr. {a['number']}", "dserif", 11, (150, 30, 30), "c")
    rows = [
        ("Numele de familie", a["surname"].upper()),
        ("Prenumele", a["given"].upper()),
        ("Data nașterii", a["dob"].strftime("%d.%m.%Y")),
        ("", a["dob_words"]),
        ("Locul nașterii", a["pob"]),
        ("Codul personal (IDNP)", a["idnp"]),
        ("Tatăl", a["father"]),
        ("Mama", a["mother"]),
        ("Actul de naștere nr.", f"{a['act_no']} din {a['act_date'].strftime('%d.%m.%Y')}"),
        ("Locul înregistrării", a["office"]),
        ("Data eliberării", a["issued"].strftime("%d.%m.%Y")),
    ]
    y = 76
    for lab, val in rows:
        if lab:
            p.text(24, y, lab, "dserif", 9.5, (90, 70, 50))
        sz = min(11.5, 11.5 * 104 / max(1.0, p.tw(val, "courier", 11.5)))
        p.text(80, y, val, "courier", sz, (10, 10, 10))
        p.line(80, y + 1.6, 186, y + 1.6, 0.3, (180, 160, 130), dash=(1, 1))
        y += 11
    p.text(24, y + 10, "Șeful oficiului stare civilă", "dserif", 10, (90, 70, 50))
    p.signature(95, y + 2, 45, 15, rng, (20, 20, 90), a["chief"])
    p.text(146, y + 10, a["chief"], "dserif-b", 10)
    p.stamp_round(
        70,
        y + 34,
        17,
        "AGENȚIA SERVICII PUBLICE*",
        ["STARE CIVILĂ", "BĂLȚI"],
        rng,
        (40, 60, 160),
        0.7,
    )
    p.text(105, 272, "L.Ș.", "dserif", 9, (90, 70, 50), "c")
    return p


APOSTILLE_LABELS = {
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
    "ro": [
        "Țara / Country:",
        "Prezentul act oficial / This public document",
        "a fost semnat de / has been signed by",
        "în calitate de / acting in the capacity of",
        "poartă sigiliul/ștampila / bears the seal/stamp of",
        "Certificat / Certified",
        "la / at",
        "data / the",
        "de către / by",
        "Nr. / No",
        "Sigiliul / Seal:",
        "Semnătura / Signature:",
    ],
}


def apostille(ap: dict, rng: random.Random, lang="en", page=True) -> Page:
    """HCCH model certificate: 'APOSTILLE (Convention de La Haye du 5 octobre 1961)'."""
    L = APOSTILLE_LABELS[lang]
    p = Page() if page else Page(150, 150)
    x0, y0, w = (30, 30, 150) if page else (5, 5, 140)
    font, fb = ap.get("fonts", ("sans", "sans-b"))
    p.text(x0 + w / 2, y0 + 11, "APOSTILLE", fb, 16, anchor="c")
    p.text(x0 + w / 2, y0 + 17.5, "(Convention de La Haye du 5 octobre 1961)", font, 9, anchor="c")
    if ap.get("header"):
        p.text(x0 + w / 2, y0 + 23, ap["header"], font, 7.5, (80, 80, 80), "c")
    X, V = x0 + 6, x0 + 64
    y = y0 + 31
    p.text(X, y, "1. " + L[0], font, 8.5)
    p.text(V, y, ap["country_text"], fb, 9.5)
    y += 7
    p.text(X, y, L[1], font, 8.5)
    y += 7
    items = [(2, L[2], ap["signed_by"]), (3, L[3], ap["capacity"]), (4, L[4], ap["seal_of"])]
    for n, lab, val in items:
        p.text(X, y, f"{n}. {lab}", font, 8.5)
        if p.tw(f"{n}. {lab}", font, 8.5) + X + 2 > V:
            y += 5
        p.text(V, y, val, fb, 9.5)
        y += 7
    p.text(x0 + w / 2, y, L[5], fb, 9.5, anchor="c")
    y += 7
    p.text(X, y, "5. " + L[6], font, 8.5)
    p.text(X + 30, y, ap["at"], fb, 9.5)
    p.text(X + 72, y, "6. " + L[7], font, 8.5)
    p.text(X + 96, y, ap["issued_on"].strftime("%d/%m/%Y"), fb, 9.5)
    y += 7
    p.text(X, y, "7. " + L[8], font, 8.5)
    y = p.wrap(X + 30, y, w - 38, ap["by"], fb, 9.5, lead=4.6) + 2.4
    p.text(X, y, "8. " + L[9], font, 8.5)
    p.text(X + 30, y, ap["number"], fb, 9.5)
    y += 9
    p.text(X, y, "9. " + L[10], font, 8.5)
    p.text(X + 72, y, "10. " + L[11], font, 8.5)
    p.stamp_round(
        X + 35,
        y + 14,
        13,
        ap["stamp_text"],
        ap.get("stamp_center", ["*"]),
        rng,
        ap.get("ink", (40, 60, 150)),
        0.7,
    )
    p.signature(X + 80, y + 2, 50, 16, rng, (20, 25, 90), ap["signer"])
    p.text(X + 80, y + 23, ap["signer"], font, 8)
    bottom = y + 31
    p.rect(x0, y0, w, bottom - y0, stroke=(0, 0, 0), width=1.2)
    if ap.get("footer"):
        p.wrap(x0, bottom + 6, w, ap["footer"], font, 7.5, color=(90, 90, 90))
    return p


def srilanka_certificate(a: dict, rng: random.Random) -> Page:
    """Certified copy of an entry of birth (English version, numbered cages)."""
    p = Page(bg=(250, 248, 240))
    p.text(105, 17, "DEMOCRATIC SOCIALIST REPUBLIC OF SRI LANKA", "serif-b", 11, anchor="c")
    p.text(105, 24, "BIRTH CERTIFICATE", "serif-b", 15, anchor="c")
    p.text(
        105,
        30,
        "Certified copy of an Entry of Birth — Births and Deaths Registration Act (Cap. 110)",
        "serif-i",
        8.5,
        anchor="c",
    )
    p.text(20, 40, f"District: {a['district']}", "serif", 10)
    p.text(85, 40, f"Division: {a['division']}", "serif", 10)
    p.text(190, 40, f"No. {a['entry_no']}", "serif-b", 10, anchor="r")
    cages = [
        ("1", "Date of Birth", a["dob"].strftime("%d/%m/%Y")),
        ("2", "Place of Birth", a["pob"]),
        ("3", "Name", a["full_name"]),
        ("4", "Sex", "Male"),
        ("5", "Father's Full Name", a["father"]),
        ("6", "Father's Date of Birth", a["father_dob"]),
        ("7", "Father's Race", "Sinhalese"),
        ("8", "Mother's Full Name", a["mother"]),
        ("9", "Mother's Date of Birth", a["mother_dob"]),
        ("10", "Were Parents Married?", "Yes"),
        ("11", "Informant's Name and Capacity", a["informant"]),
        ("12", "Name of Registrar", a["registrar"]),
        ("13", "Date of Registration", a["reg_date"].strftime("%d/%m/%Y")),
    ]
    y = 46
    for n, lab, val in cages:
        h = 12.5
        p.rect(18, y, 174, h, stroke=(60, 60, 60), width=0.5)
        p.line(26, y, 26, y + h, 0.5, (60, 60, 60))
        p.line(80, y, 80, y + h, 0.5, (60, 60, 60))
        p.text(22, y + 7.5, n, "serif-b", 9, anchor="c")
        p.text(28.5, y + 7.5, lab, "serif", 9)
        p.text(83, y + 7.8, val, "courier", 10.5)
        y += h
    p.text(
        20,
        y + 12,
        "I hereby certify that the above is a true copy of the entry in the register of births.",
        "serif",
        9.5,
    )
    p.text(
        20,
        y + 20,
        f"Issued at {a['issued_at']} on {a['issued_on'].strftime('%d/%m/%Y')}",
        "serif",
        9.5,
    )
    p.signature(120, y + 22, 55, 17, rng, (20, 20, 90), a["issuer"])
    p.text(120, y + 45, a["issuer"], "serif-b", 9.5)
    p.text(120, y + 50, "Additional District Registrar, Kandy", "serif", 9)
    p.stamp_round(
        60, y + 42, 16, "DISTRICT REGISTRAR * KANDY*", ["SRI LANKA"], rng, (110, 40, 120), 0.7
    )
    return p


def translation(t: dict, rng: random.Random) -> Page:
    """Traduction certifiée conforme by a traducteur expert près la Cour d'appel."""
    p = Page()
    p.text(20, 18, t["translator"], "sans-b", 10)
    p.text(20, 23, "Traductrice-interprète expert près la Cour d'appel de Lyon", "sans", 8.5)
    p.text(20, 27.5, t["translator_addr"], "sans", 8.5)
    p.text(190, 18, f"Réf. : {t['ref']}", "sans", 8.5, anchor="r")
    p.text(105, 44, "TRADUCTION DU ROUMAIN", "sans-b", 12, anchor="c")
    p.text(105, 56, "RÉPUBLIQUE DE MOLDAVIE", "serif-b", 12, anchor="c")
    p.text(105, 65, "ACTE DE NAISSANCE", "serif-b", 14, anchor="c")
    p.text(105, 72, f"Série {t['series']}  N° {t['number']}", "serif", 10.5, anchor="c")
    y = 86
    for lab, val in t["rows"]:
        p.text(24, y, lab, "serif", 10.5)
        p.text(88, y, val, "serif-b", 10.5)
        y += 8.5
    y += 4
    p.text(
        24,
        y,
        "Chef de l'office d'état civil : (signature illisible)   L.S. : (sceau)",
        "serif-i",
        10,
    )
    y += 8.5
    p.wrap(
        24,
        y,
        160,
        "Sur le document figure l'apostille n° "
        + t["apostille_no"]
        + " délivrée le "
        + t["apostille_date"]
        + " par le Ministère de la Justice de la "
        "République de Moldavie.",
        "serif-i",
        10,
    )
    y += 22
    p.wrap(
        24,
        y,
        162,
        "Je soussignée " + t["translator"] + ", traductrice-interprète expert "
        "près la Cour d'appel de Lyon, certifie que la présente traduction est conforme à "
        "l'original rédigé en langue roumaine qui m'a été présenté.",
        "sans",
        10,
    )
    y += 20
    p.text(24, y, f"Traduction n° {t['ref']} — Lyon, le {t['date']}", "sans", 10)
    p.stamp_round(
        70,
        y + 28,
        19,
        "TRADUCTEUR EXPERT * COUR D'APPEL DE LYON*",
        [t["translator"].upper(), "ROUMAIN"],
        rng,
        (30, 50, 140),
        0.75,
        "sans-b",
    )
    p.signature(118, y + 12, 55, 18, rng, (20, 20, 80), t["translator"])
    return p
