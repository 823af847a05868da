"""Birth certificates (Mali, India, UK, Guinea), apostilles, legalisation stamps."""

from __future__ import annotations

from bills import fr, words
from render import Page, guilloche, signature, stamp_image

EN_MONTHS = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]


def en_words(iso):
    y, m, d = iso.split("-")
    return f"{int(d)} {EN_MONTHS[int(m) - 1]} {y}"


def _dotted(pg, x, y, lab, val, x_val, end=195, font="serif", vfont="mono", size=10):
    pg.text(x, y, lab, font, size)
    pg.line(x_val - 1, y + 1, end, y + 1, (90, 90, 90), 0.15, 0.6)
    pg.text(x_val, y - 0.3, val, vfont, size)


def mali_birth(rng, b: dict) -> Page:
    """Mali: 'Extrait d'acte de naissance' from a centre d'état civil (volet n°3 style)."""
    pg = Page(bg=(248, 246, 238))
    pg.text(15, 16, "RÉGION DU DISTRICT DE BAMAKO", "serifb", 9)
    pg.text(15, 21, f"CERCLE / COMMUNE : {b['commune']}", "serif", 9)
    pg.text(15, 26, "CENTRE D'ÉTAT CIVIL PRINCIPAL", "serif", 9)
    pg.text(195, 16, "RÉPUBLIQUE DU MALI", "serifb", 10, (0, 0, 0), "r")
    pg.text(195, 21, "Un Peuple - Un But - Une Foi", "serifi", 9, (0, 0, 0), "r")
    pg.rect(160, 23, 10, 3, None, (20, 150, 60))
    pg.rect(170, 23, 10, 3, None, (250, 210, 0))
    pg.rect(180, 23, 10, 3, None, (210, 20, 30))
    pg.text(105, 44, "EXTRAIT D'ACTE DE NAISSANCE", "serifb", 15, (0, 0, 0), "m")
    pg.text(105, 51, f"N° {b['act_no']}  -  Année {b['year_reg']}", "serif", 11, (0, 0, 0), "m")
    y = 66
    rows = [
        ("Le", words(b["dob"]).upper()),
        ("à", f"{b['hour']} est né(e) à {b['pob']}"),
        ("Prénom(s)", b["given"]),
        ("Nom", b["surname"]),
        ("Sexe", "Féminin" if b["sex"] == "F" else "Masculin"),
        ("Fils / Fille de", b["father"]),
        ("profession", b["father_job"]),
        ("domicilié à", b["parents_home"]),
        ("et de", b["mother"]),
        ("profession", b["mother_job"]),
        ("Dressé le", words(b["registered"])),
        ("sur déclaration de", b["declarant"]),
    ]
    for lab, val in rows:
        _dotted(pg, 18, y, lab, val, 62)
        y += 10
    y += 4
    pg.paragraph(18, y, "Mentions marginales : NÉANT", 170, "serifi", 10)
    y += 12
    pg.text(
        18,
        y,
        f"Pour extrait certifié conforme, délivré à {b['issued_at']}, le {fr(b['issued'])}",
        "serif",
        10,
    )
    pg.text(135, y + 12, "L'Officier de l'État Civil", "serifb", 10)
    signature(pg, rng, 135, y + 16, 45, 16)
    pg.image(
        stamp_image(
            rng, ["OFFICIER", "ÉTAT CIVIL"], "MAIRIE " + b["commune"].upper(), (40, 50, 150)
        ),
        112,
        y + 8,
        34,
        34,
    )
    pg.text(135, y + 40, b["officer"], "serif", 10)
    pg.text(15, 284, "Timbre fiscal acquitté", "serifi", 7, (90, 90, 90))
    return pg


def india_birth(rng, b: dict) -> Page:
    """India: Form No. 5 birth certificate under the RBD Act 1969 (municipal registrar)."""
    pg = Page(bg=(250, 250, 246))
    guilloche(pg, rng, 10, 10, 190, 277, (236, 240, 232), 80)
    pg.rect(10, 10, 190, 277, (60, 90, 60), None, 0.8)
    pg.text(105, 22, "GOVERNMENT OF " + b["state"].upper(), "serifb", 12, (0, 0, 0), "m")
    pg.text(105, 28, b["authority"], "serifb", 11, (0, 0, 0), "m")
    pg.text(
        105,
        34,
        "DEPARTMENT OF HEALTH - REGISTRATION OF BIRTHS AND DEATHS",
        "serif",
        9,
        (0, 0, 0),
        "m",
    )
    pg.text(170, 42, "FORM - 5", "serifb", 9)
    pg.text(105, 50, "BIRTH CERTIFICATE", "serifb", 15, (0, 0, 0), "m")
    pg.paragraph(
        18,
        58,
        "(Issued under Section 12/17 of the Registration of Births and Deaths "
        "Act, 1969 and Rule 8/13 of the " + b["state"] + " Registration of Births and "
        "Deaths Rules)",
        174,
        "serifi",
        8.5,
    )
    pg.paragraph(
        18,
        70,
        "This is to certify that the following information has been taken from "
        "the original record of birth which is the register for "
        + b["area"]
        + " of "
        + b["district"]
        + " District of "
        + b["state"]
        + " State of India.",
        174,
        "serif",
        10,
    )
    y = 92
    rows = [
        ("NAME", f"{b['given']} {b['surname']}".upper()),
        ("SEX", "FEMALE" if b["sex"] == "F" else "MALE"),
        ("DATE OF BIRTH", fr(b["dob"]).replace("/", "-")),
        ("PLACE OF BIRTH", b["pob"]),
        ("NAME OF MOTHER", b["mother"]),
        ("NAME OF FATHER", b["father"]),
        ("ADDRESS OF PARENTS AT THE TIME OF BIRTH OF THE CHILD", b["parents_home"]),
        ("PERMANENT ADDRESS OF PARENTS", b["parents_home"]),
        ("REGISTRATION NUMBER", b["reg_no"]),
        ("DATE OF REGISTRATION", fr(b["registered"]).replace("/", "-")),
        ("REMARKS (IF ANY)", ""),
    ]
    for lab, val in rows:
        if len(lab) > 30:
            pg.paragraph(18, y, lab + " :", 80, "serifb", 9)
        else:
            pg.text(18, y, lab + " :", "serifb", 9.5)
        pg.text(100, y, val, "sans", 10)
        y += 10 if len(lab) <= 30 else 12
    pg.text(18, y + 8, f"DATE OF ISSUE : {fr(b['issued']).replace('/', '-')}", "serifb", 9.5)
    pg.text(140, y + 8, "Signature of the issuing authority", "serif", 8.5)
    signature(pg, rng, 140, y + 12, 45, 14, (20, 20, 90))
    pg.image(
        stamp_image(
            rng, ["REGISTRAR", "BIRTHS & DEATHS"], b["authority"].upper()[:34], (90, 40, 140)
        ),
        110,
        y + 2,
        32,
        32,
    )
    pg.text(140, y + 32, "Registrar (Births & Deaths)", "serif", 8.5)
    pg.text(140, y + 36, b["authority"], "serif", 8)
    pg.paragraph(18, 272, '"ENSURE REGISTRATION OF EVERY BIRTH AND DEATH"', 174, "serifb", 8.5)
    return pg


def uk_birth(rng, b: dict) -> Page:
    """England & Wales: certified copy of an entry of birth (GRO), landscape, red print."""
    pg = Page(297, 210, (252, 236, 232))
    red = (170, 40, 50)
    guilloche(pg, rng, 8, 8, 281, 194, (246, 218, 214), 60)
    pg.rect(8, 8, 281, 194, red, None, 0.6)
    pg.text(148, 18, "CERTIFIED COPY OF AN ENTRY OF BIRTH", "serifb", 13, red, "m")
    pg.text(148, 25, "GIVEN AT THE GENERAL REGISTER OFFICE", "serif", 9, red, "m")
    pg.text(262, 18, f"{b['cert_no']}", "serifb", 11, red, "m")
    pg.text(20, 36, f"Registration district  {b['district']}", "serif", 9, red)
    pg.text(
        20,
        44,
        f"BIRTH in the Sub-district of {b['subdistrict']}  in the {b['county']}",
        "serif",
        9,
        red,
    )
    cols = [
        ("No.", 12),
        ("When and where born", 38),
        ("Name, if any", 30),
        ("Sex", 14),
        ("Name and surname of father", 34),
        ("Name, surname and maiden surname of mother", 40),
        ("Occupation of father", 26),
        ("Signature, description and residence of informant", 40),
        ("When registered", 24),
        ("Signature of registrar", 24),
    ]
    x, y = 14, 52
    vals = [
        b["entry"],
        f"{en_words(b['dob'])}\n{b['pob']}",
        b["given"] + "\n" + b["surname"],
        "Girl" if b["sex"] == "F" else "Boy",
        b["father"],
        b["mother"],
        b["father_job"],
        b["informant"],
        en_words(b["registered"]),
        b["registrar"],
    ]
    for i, ((h, w), v) in enumerate(zip(cols, vals, strict=True)):
        pg.rect(x, y, w, 70, red, None, 0.3)
        pg.text(x + 1.5, y - 2, str(i + 1), "serif", 7, red)
        pg.paragraph(x + 1.5, y + 4, h, w - 3, "serif", 6.5, 2.8, red)
        yy = y + 22
        for part in v.split("\n"):
            yy = pg.paragraph(x + 1.5, yy, part, w - 3, "h_femke", 10.5, 4.8, (25, 25, 30))
        x += w
    pg.text(
        20,
        136,
        "CERTIFIED to be a true copy of an entry in the certified copy of a Register "
        "of Births in the District above mentioned.",
        "serif",
        8.5,
        red,
    )
    pg.text(
        20,
        143,
        "Given at the GENERAL REGISTER OFFICE, under the Seal of the said Office, "
        f"the {en_words(b['issued'])}",
        "serif",
        8.5,
        red,
    )
    pg.image(
        stamp_image(
            rng, ["GENERAL", "REGISTER", "OFFICE"], "GENERAL REGISTER OFFICE", (140, 50, 60)
        ),
        236,
        132,
        32,
        32,
    )
    pg.text(
        20,
        180,
        "CAUTION: THERE ARE OFFENCES RELATING TO FALSIFYING OR ALTERING A "
        "CERTIFICATE AND USING OR POSSESSING A FALSE CERTIFICATE. ©CROWN COPYRIGHT",
        "sansb",
        6.5,
        red,
    )
    pg.text(20, 186, "WARNING: A CERTIFICATE IS NOT EVIDENCE OF IDENTITY.", "sansb", 7.5, red)
    return pg


def guinea_birth(rng, b: dict) -> Page:
    """Guinea: 'Extrait d'acte de naissance' with consular legalisation stamps."""
    pg = Page(bg=(247, 245, 240))
    pg.text(105, 14, "RÉPUBLIQUE DE GUINÉE", "serifb", 12, (0, 0, 0), "m")
    pg.text(105, 19.5, "Travail - Justice - Solidarité", "serifi", 9.5, (0, 0, 0), "m")
    for i, c in enumerate([(206, 17, 38), (252, 209, 22), (0, 148, 96)]):
        pg.rect(90 + i * 10, 22, 10, 3, None, c)
    pg.text(15, 32, "MINISTÈRE DE L'ADMINISTRATION DU TERRITOIRE", "serif", 8.5)
    pg.text(15, 36, "ET DE LA DÉCENTRALISATION", "serif", 8.5)
    pg.text(15, 41, f"Commune de {b['commune']}", "serif", 9)
    pg.text(15, 45.5, "Centre d'État Civil", "serif", 9)
    pg.text(150, 41, f"Acte N° {b['act_no']}", "serifb", 10)
    pg.text(150, 45.5, f"Registre : {b['year_reg']}", "serif", 9)
    pg.text(105, 60, "EXTRAIT DU REGISTRE DES ACTES DE NAISSANCE", "serifb", 13, (0, 0, 0), "m")
    y = 76
    rows = [
        ("Nom", b["surname"]),
        ("Prénom(s)", b["given"]),
        ("Date de naissance", words(b["dob"])),
        ("Lieu de naissance", b["pob"]),
        ("Sexe", "Masculin" if b["sex"] == "M" else "Féminin"),
        ("Nom et prénom(s) du père", b["father"]),
        ("Profession", b["father_job"]),
        ("Nom et prénom(s) de la mère", b["mother"]),
        ("Profession", b["mother_job"]),
        ("Domicile des parents", b["parents_home"]),
        ("Date de la déclaration", words(b["registered"])),
    ]
    for lab, val in rows:
        _dotted(pg, 18, y, lab + " :", val, 75, vfont="h_ecolier", size=10)
        y += 9.5
    pg.text(
        18,
        y + 6,
        f"Délivré pour copie conforme, à {b['issued_at']}, le {fr(b['issued'])}",
        "serif",
        10,
    )
    pg.text(130, y + 16, "L'Officier de l'État Civil", "serifb", 10)
    signature(pg, rng, 130, y + 19, 45, 14)
    pg.image(
        stamp_image(rng, ["ÉTAT CIVIL"], "COMMUNE DE " + b["commune"].upper(), (30, 110, 60)),
        100,
        y + 12,
        30,
        30,
    )
    # legalisation: Guinean MFA then French embassy in Conakry
    ly = y + 44
    leg1 = stamp_image(
        rng,
        [
            "MINISTÈRE DES AFFAIRES ÉTRANGÈRES",
            "Vu pour légalisation",
            f"de la signature de {b['officer']}",
            f"Conakry, le {fr(b['leg1'])}",
            "N° " + b["leg1_no"],
        ],
        rect=True,
        color=(30, 40, 140),
        size_px=700,
    )
    pg.image(leg1, 14, ly, 88, 46)
    leg2 = stamp_image(
        rng,
        [
            "AMBASSADE DE FRANCE EN GUINÉE",
            "Vu pour légalisation de la",
            "signature de M. " + b["mfa_signer"],
            f"Conakry, le {fr(b['leg2'])}",
            "Acte n° " + b["leg2_no"],
        ],
        rect=True,
        color=(110, 30, 110),
        size_px=700,
    )
    pg.image(leg2, 108, ly + 2, 88, 46)
    signature(pg, rng, 40, ly + 34, 35, 10, (30, 30, 120))
    signature(pg, rng, 140, ly + 36, 35, 10, (30, 30, 120))
    return pg


def apostille(rng, a: dict, style="uk") -> Page:
    """Apostille (Hague Convention of 5 October 1961), the 10 numbered items."""
    pg = Page(bg=(252, 252, 250) if style == "uk" else (250, 248, 238))
    ox, oy = (30, 30) if style == "uk" else (22, 40)
    w = 150 if style == "uk" else 166
    pg.rect(ox, oy, w, 150, (20, 20, 20), None, 0.5)
    pg.text(ox + w / 2, oy + 12, "APOSTILLE", "serifb", 18, (0, 0, 0), "m")
    pg.text(
        ox + w / 2,
        oy + 19,
        "(Convention de La Haye du 5 octobre 1961)",
        "serifi",
        9,
        (0, 0, 0),
        "m",
    )
    y = oy + 30
    pg.text(ox + 6, y, f"1. Country: {a['country']}", "serif", 10)
    pg.text(ox + 6, y + 7, "This public document", "serif", 10)
    items = [
        ("2. has been signed by", a["doc_signer"]),
        ("3. acting in the capacity of", a["doc_capacity"]),
        ("4. bears the seal/stamp of", a["doc_seal"]),
    ]
    y += 15
    for lab, val in items:
        pg.text(ox + 6, y, lab, "serif", 10)
        vx = ox + 6 + len(lab) * 1.9 + 3
        pg.line(vx, y + 1, ox + w - 6, y + 1, (120, 120, 120), 0.15, 0.6)
        pg.text(vx, y, val, "sans", 9)
        y += 8
    pg.text(ox + w / 2, y + 2, "Certified", "serifb", 11, (0, 0, 0), "m")
    y += 11
    pg.text(ox + 6, y, f"5. at {a['place']}", "serif", 10)
    pg.text(ox + w / 2 + 4, y, f"6. the {a['date_text']}", "serif", 10)
    pg.text(ox + 6, y + 8, "7. by", "serif", 10)
    pg.text(ox + 20, y + 8, a["authority"], "sans", 9)
    pg.text(ox + 6, y + 16, f"8. Number {a['number']}", "serif", 10)
    pg.text(ox + 6, y + 26, "9. Seal/stamp", "serif", 10)
    pg.text(ox + w / 2 + 4, y + 26, "10. Signature", "serif", 10)
    pg.image(
        stamp_image(rng, a["seal_lines"], a["seal_ring"], a["seal_color"]), ox + 14, y + 28, 36, 36
    )
    signature(pg, rng, ox + w / 2 + 6, y + 32, 48, 16, (20, 20, 90))
    pg.text(ox + w / 2 + 6, y + 56, a["signed_by"], "sans", 9)
    return pg
