"""Identity and civil-status layouts for set_ce (passports, visas, cards, birth certificates)."""

from ce_kit import Page, mrz_mrva, mrz_td1, mrz_td3, verify_mrz

MOIS = [
    "janvier",
    "février",
    "mars",
    "avril",
    "mai",
    "juin",
    "juillet",
    "août",
    "septembre",
    "octobre",
    "novembre",
    "décembre",
]
MON_EN = ["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"]
MON_FR = ["JAN", "FÉV", "MARS", "AVR", "MAI", "JUIN", "JUIL", "AOÛT", "SEPT", "OCT", "NOV", "DÉC"]
MON_ES = ["ENE", "FEB", "MAR", "ABR", "MAY", "JUN", "JUL", "AGO", "SET", "OCT", "NOV", "DIC"]


def dmy(d, sep="/"):
    return f"{d.day:02d}{sep}{d.month:02d}{sep}{d.year}"


def fr_words(d):
    return f"{d.day if d.day > 1 else '1er'} {MOIS[d.month - 1]} {d.year}"


def yymmdd(d):
    return d.strftime("%y%m%d")


def passport(p, style, rng):
    """Passport data page (125 x 88 mm) with a TD3 MRZ. Returns (Page, mrz lines)."""
    pg = Page(125, 88, style["paper"])
    lines = mrz_td3(
        "P",
        p["iss3"],
        p["sur"],
        p["giv"],
        p["pp_no"],
        p["nat3"],
        yymmdd(p["dob"]),
        p["sex"],
        yymmdd(p["pp_exp"]),
    )
    verify_mrz(lines)
    tint = style["tint"]
    for i in range(0, 125, 4):
        pg.line(i, 0, i + 30, 62, 0.12, tint)
    pg.text(62, 7, style["title"], "sansb", 8.5, style["ink"], "c")
    pg.text(62, 11.5, style["sub"], "sans", 6, style["ink"], "c")
    pg.photo(5, 16, 30, 38, rng, p["tone"])
    pg.photo(100, 40, 16, 20, rng, p["tone"], ghost=True)
    L = style["labels"]
    mon = style["months"]

    def dd(d):
        if style.get("numeric"):
            return dmy(d)
        return (
            f"{d.day:02d} {mon[d.month - 1]}"
            + (f"/{MON_EN[d.month - 1]}" if mon is not MON_EN else "")
            + f" {d.year}"
        )

    vals = [
        (L[0], p["pp_type_line"]),
        (L[1], p["sur"].upper()),
        (L[2], p["giv"].upper()),
        (L[3], p["nat_en"]),
        (L[4], dd(p["dob"])),
        (L[5], p["pob_pp"]),
        (L[6], p["sex"]),
        (L[7], dd(p["pp_iss"])),
        (L[8], dd(p["pp_exp"])),
        (L[9], p["pp_auth"]),
    ]
    x0, y = 40, 19
    for lab, v in vals[1:]:
        pg.text(x0, y, lab, "sans", 4.6, style["ink"])
        pg.text(x0, y + 3.4, v, "sansb", 7.4, (15, 15, 15))
        y += 6.6
    pg.text(124, 19, L[0] + "  " + p["pp_type_line"], "sans", 5, style["ink"], "r")
    pg.text(124, 25, L[10], "sans", 4.6, style["ink"], "r")
    pg.text(124, 28.6, p["pp_no"], "sansb", 8.5, (170, 20, 20), "r")
    pg.text(100, 64, p["sur"].split()[0].title(), "h_dkg", 11, (20, 20, 50))
    pg.rect(0, 69, 125, 19, 0, None, tuple(min(255, v + 8) for v in style["paper"]))
    pg.mrz(4, 76, lines, 10.6, 6.6)
    return pg, lines


def visa_page(p, rng):
    """A passport page holding a French VLS-TS sticker (MRV-A). Returns (Page, mrz lines)."""
    pg = Page(125, 88, (236, 240, 232))
    lines = mrz_mrva(
        "FRA",
        p["sur"],
        p["giv"],
        p["visa_no"],
        p["nat3"],
        yymmdd(p["dob"]),
        p["sex"],
        yymmdd(p["visa_to"]),
    )
    verify_mrz(lines)
    for i in range(0, 88, 3):
        pg.line(0, i, 125, i + 6, 0.1, (200, 210, 225))
    pg.rect(2, 2, 121, 84, 0.3, (120, 130, 160), (242, 236, 246))
    pg.photo(5, 21, 24, 30, rng, p["tone"])
    pg.text(6, 9, "VISA", "sansb", 11, (60, 50, 120))
    pg.text(30, 9, "RÉPUBLIQUE FRANÇAISE", "sansb", 6, (60, 50, 120))
    pg.text(118, 9, f"FRA {p['visa_no']}", "monob", 9, (180, 20, 30), "r")
    g = (80, 70, 120)
    k = (10, 10, 10)
    rows = [
        ("VALABLE POUR / VALID FOR", "FRANCE", 32, 16),
        ("DU / FROM", dmy(p["visa_from"], "-"), 32, 22),
        ("AU / UNTIL", dmy(p["visa_to"], "-"), 62, 22),
        ("TYPE DE VISA / TYPE OF VISA", "D", 92, 22),
        ("NOMBRE D'ENTRÉES / NUMBER OF ENTRIES", "MULT", 32, 28),
        ("DURÉE DE SÉJOUR / DURATION OF STAY", f"{p['visa_days']} JOURS", 80, 28),
        ("DÉLIVRÉ À / ISSUED IN", p["visa_place"], 32, 34),
        ("LE / ON", dmy(p["visa_iss"], "-"), 80, 34),
        ("NUMÉRO DU PASSEPORT / NUMBER OF PASSPORT", p["pp_no"], 32, 40),
        ("NOM, PRÉNOM / SURNAME, NAME", f"{p['sur'].upper()}, {p['giv'].upper()}", 32, 46),
    ]
    for lab, v, x, y in rows:
        pg.text(x, y - 2.6, lab, "cond", 3.8, g)
        pg.text(x, y + 0.4, v, "monob", 7, k)
    pg.text(32, 50.5, "REMARQUES / REMARKS", "cond", 3.8, g)
    pg.text(32, 54, p["visa_remark"], "monob", 6.6, k)
    pg.text(32, 57.5, "VISA DE LONG SÉJOUR VALANT TITRE DE SÉJOUR", "mono", 5.2, k)
    pg.mrz(6, 72, lines, 10.4, 6.4)
    return pg, lines


def fr_cni(h, rng):
    """French identity card (2021 model, 85.6 x 54 mm), front and back with TD1 MRZ."""
    lines = mrz_td1(
        "ID",
        "FRA",
        h["cni_no"],
        yymmdd(h["dob"]),
        h["sex"],
        yymmdd(h["cni_exp"]),
        "FRA",
        h["sur"],
        h["giv"],
    )
    verify_mrz(lines)
    f = Page(85.6, 54, (226, 234, 240))
    for i in range(0, 86, 2):
        f.line(i, 0, i - 10, 54, 0.08, (190, 205, 225))
    f.rect(0, 0, 85.6, 7, 0, None, (30, 60, 140))
    f.text(3, 4.8, "RÉPUBLIQUE FRANÇAISE", "sansb", 5.5, (255, 255, 255))
    f.text(83, 4.8, "CARTE NATIONALE D'IDENTITÉ / IDENTITY CARD", "sans", 3.4, (255, 255, 255), "r")
    f.photo(3, 11, 22, 29, rng, h["tone"])
    c = (40, 60, 110)
    rows = [
        ("NOM / Surname", h["sur"].upper(), 10.5),
        ("Prénoms / Given names", h["giv"], 17),
        ("SEXE / Sex", h["sex"], 23.5),
        ("NATIONALITÉ / Nationality", "FRA", 23.5),
        ("DATE DE NAISS. / Date of birth", dmy(h["dob"], " "), 30),
        ("LIEU DE NAISSANCE / Place of birth", h["pob"], 36.5),
    ]
    for i, (lab, v, y) in enumerate(rows):
        x = 28 if i != 3 else 45
        f.text(x, y, lab, "cond", 3.2, c)
        f.text(x, y + 3.3, v, "condb", 6, (10, 10, 10))
    f.text(28, 44, "N° DU DOCUMENT / Document No", "cond", 3.2, c)
    f.text(28, 47.3, h["cni_no"], "monob", 6.5, (10, 10, 10))
    f.text(60, 44, "DATE D'EXPIR. / Expiry date", "cond", 3.2, c)
    f.text(60, 47.3, dmy(h["cni_exp"], " "), "condb", 6, (10, 10, 10))
    f.text(5, 50, h["giv"].split()[0] + " " + h["sur"].title(), "h_femke", 7, (20, 20, 60))
    b = Page(85.6, 54, (228, 236, 240))
    b.text(4, 6, "ADRESSE / Address", "cond", 3.2, c)
    b.text(4, 9.5, h["addr1"], "condb", 5.5, (10, 10, 10))
    b.text(4, 13, f"{h['cp']} {h['city'].upper()}", "condb", 5.5, (10, 10, 10))
    b.text(4, 18, "DATE DE DÉLIVRANCE / Date of issue", "cond", 3.2, c)
    b.text(4, 21.5, dmy(h["cni_iss"], " "), "condb", 5.5, (10, 10, 10))
    b.text(50, 18, "AUTORITÉ / Authority", "cond", 3.2, c)
    b.text(50, 21.5, h["cni_auth"], "condb", 5, (10, 10, 10))
    b.rect(62, 2, 20, 12, 0.2, (150, 150, 150), (205, 185, 120))
    b.mrz(3, 36, lines, 8.3, 5.5)
    return f, b, lines


def titre_sejour(p, rng):
    """French titre de séjour (ID-1, 3-line TD1 MRZ on the back)."""
    lines = mrz_td1(
        "IR",
        "FRA",
        p["ts_no"],
        yymmdd(p["dob"]),
        p["sex"],
        yymmdd(p["ts_to"]),
        p["nat3"],
        p["sur"],
        p["giv"],
    )
    verify_mrz(lines)
    f = Page(85.6, 54, (236, 231, 222))
    for i in range(0, 54, 2):
        f.line(0, i, 85.6, i + 3, 0.08, (215, 200, 190))
    f.text(3, 5, "RÉPUBLIQUE FRANÇAISE", "sansb", 5, (30, 50, 120))
    f.text(83, 5, "TITRE DE SÉJOUR", "sansb", 6, (30, 50, 120), "r")
    f.text(83, 8, "RESIDENCE PERMIT", "sans", 3.6, (30, 50, 120), "r")
    f.photo(3, 10, 21, 28, rng, p["tone"])
    c = (90, 70, 80)
    rows = [
        ("NOM", p["sur"].upper()),
        ("PRÉNOMS", p["giv"].upper()),
        ("SEXE  NATIONALITÉ", f"{p['sex']}     {p['nat3']}"),
        ("DATE DE NAISSANCE", dmy(p["dob"], " ")),
        ("TYPE DE TITRE", p["ts_type"]),
        ("MENTION", p["ts_mention"]),
        ("VALABLE JUSQU'AU", dmy(p["ts_to"], " ")),
    ]
    y = 11
    for lab, v in rows:
        f.text(27, y, lab, "cond", 3.1, c)
        f.text(27, y + 3, v, "condb", 5.4, (15, 15, 15))
        y += 6
    f.text(3, 44, "N° " + p["ts_no"], "monob", 6, (170, 30, 40))
    b = Page(85.6, 54, (236, 232, 224))
    b.text(3, 5, "ADRESSE", "cond", 3.1, c)
    b.text(3, 8.3, p["addr1"], "condb", 5, (15, 15, 15))
    b.text(3, 11.6, f"{p['cp']} {p['city'].upper()}", "condb", 5, (15, 15, 15))
    b.text(3, 16, "LIEU DE NAISSANCE", "cond", 3.1, c)
    b.text(3, 19.3, p["pob_pp"], "condb", 5, (15, 15, 15))
    b.text(50, 16, "DÉLIVRÉ LE", "cond", 3.1, c)
    b.text(50, 19.3, dmy(p["ts_from"], " "), "condb", 5, (15, 15, 15))
    b.text(3, 24, "AUTORITÉ : " + p["ts_auth"], "cond", 3.4, (15, 15, 15))
    b.mrz(3, 38, lines, 8.3, 5.5)
    return f, b, lines


def apostille(a, rng, qr=False):
    """Hague model apostille, 10 numbered items."""
    pg = Page(210, 297, (250, 249, 244))
    x, w = 30, 150
    pg.rect(x, 25, w, 150, 0.8, (30, 30, 30))
    pg.rect(x + 2, 27, w - 4, 146, 0.3, (30, 30, 30))
    pg.text(105, 40, "APOSTILLE", "serifb", 20, (0, 0, 0), "c")
    pg.text(105, 47, "(Convention de La Haye du 5 octobre 1961)", "serifi", 10, (0, 0, 0), "c")
    y = 60
    pg.text(x + 8, y, f"1. {a['l_country']}", "serif", 10)
    pg.text(x + 70, y, a["country"], "serifb", 10)
    y += 9
    pg.text(x + 8, y, a["l_intro"], "serif", 9)
    items = [
        (2, a["l2"], a["signed_by"]),
        (3, a["l3"], a["capacity"]),
        (4, a["l4"], a["seal_of"]),
    ]
    y += 8
    for n, lab, v in items:
        pg.text(x + 8, y, f"{n}. {lab}", "serif", 10)
        y = pg.para(x + 70, y, v, 70, "serifb", 10, 4.6) + 3
    pg.text(105, y + 2, a["l_cert"], "serifb", 10, (0, 0, 0), "c")
    y += 11
    pg.text(x + 8, y, f"5. {a['l5']}", "serif", 10)
    pg.text(x + 32, y, a["place"], "serifb", 10)
    pg.text(x + 85, y, f"6. {a['l6']}", "serif", 10)
    pg.text(x + 105, y, a["date_text"], "serifb", 10)
    y += 9
    pg.text(x + 8, y, f"7. {a['l7']}", "serif", 10)
    y = pg.para(x + 32, y, a["by"], 110, "serifb", 10, 4.6) + 4
    pg.text(x + 8, y, f"8. {a['l8']}", "serif", 10)
    pg.text(x + 32, y, a["number"], "serifb", 10)
    y += 12
    pg.text(x + 8, y, f"9. {a['l9']}", "serif", 10)
    pg.text(x + 80, y, f"10. {a['l10']}", "serif", 10)
    pg.stamp(x + 38, y + 20, 14, a["stamp"], rng, (120, 40, 40))
    pg.signature(x + 85, y + 6, 50, 18, rng, (20, 20, 40))
    pg.text(x + 85, y + 30, a["signer_line"], "serifi", 8)
    if qr:
        pg.grid2d(x + w - 32, 180, 24, rng)
        pg.text(x + w - 32, 210, "Verifique en / Vérifiez sur :", "sans", 6)
        pg.text(x + w - 32, 213, "apostilla.rree.gob.pe", "sans", 6)
    return pg


def ca_birth(p, rng):
    """State of California certified copy of a Certificate of Live Birth."""
    pg = Page(216, 279, (236, 240, 230))
    for i in range(0, 279, 4):
        pg.line(0, i, 216, i, 0.1, (215, 225, 210))
    pg.rect(10, 10, 196, 259, 1.2, (60, 90, 60))
    pg.text(108, 22, "STATE OF CALIFORNIA", "serifb", 13, (30, 60, 30), "c")
    pg.text(108, 29, "CERTIFICATION OF VITAL RECORD", "serif", 10, (30, 60, 30), "c")
    pg.text(108, 36, "COUNTY OF SACRAMENTO", "serifb", 10, (30, 60, 30), "c")
    pg.text(108, 47, "CERTIFICATE OF LIVE BIRTH", "arialb", 12, (0, 0, 0), "c")
    pg.text(30, 55, "STATE FILE NUMBER  " + p["bc_no"], "arial", 7)
    pg.text(150, 55, "LOCAL REGISTRATION NUMBER  3401-" + p["bc_no"][-5:], "arial", 6)
    g = (40, 40, 40)
    cells = [
        ("1A. NAME OF CHILD—FIRST (GIVEN)", p["giv"].split()[0].upper(), 15, 60, 60),
        ("1B. MIDDLE", " ".join(p["giv"].split()[1:]).upper(), 75, 60, 50),
        ("1C. LAST (FAMILY)", p["sur"].upper(), 125, 60, 76),
        ("2. SEX", {"F": "FEMALE", "M": "MALE"}[p["sex"]], 15, 72, 30),
        ("3A. THIS BIRTH—SINGLE, TWIN, ETC.", "SINGLE", 45, 72, 50),
        ("4A. DATE OF BIRTH—MM/DD/CCYY", p["dob"].strftime("%m/%d/%Y"), 95, 72, 60),
        ("4B. HOUR", "0742", 155, 72, 46),
        ("5A. PLACE OF BIRTH—NAME OF HOSPITAL OR FACILITY", p["bc_hosp"], 15, 84, 110),
        ("5B. STREET ADDRESS", p["bc_street"], 125, 84, 76),
        ("5C. CITY", "SACRAMENTO", 15, 96, 80),
        ("5D. COUNTY", "SACRAMENTO", 95, 96, 106),
        ("6A. NAME OF FATHER/PARENT—FIRST", p["father"][0], 15, 112, 60),
        ("6C. LAST", p["father"][1], 75, 112, 60),
        ("8. BIRTHSTATE", "OHIO", 135, 112, 66),
        ("9A. NAME OF MOTHER/PARENT—FIRST", p["mother"][0], 15, 124, 60),
        ("9C. LAST (BIRTH NAME)", p["mother"][1], 75, 124, 60),
        ("11. BIRTHSTATE", "CALIFORNIA", 135, 124, 66),
        ("17A. LOCAL REGISTRAR—SIGNATURE", "", 15, 140, 100),
        ("17B. DATE ACCEPTED FOR REG.", "03/21/1990", 115, 140, 86),
    ]
    for lab, v, x, y, w in cells:
        pg.rect(x, y, w, 12, 0.25, g)
        pg.text(x + 1, y + 3, lab, "arial", 4.6, g)
        pg.text(x + 2, y + 9.5, v, "courier", 9, (10, 10, 10))
    pg.signature(22, 143, 40, 8, rng, (30, 30, 30), 0.3)
    pg.para(
        20,
        170,
        "This is a true and exact reproduction of the document officially registered "
        "and placed on file in the office of the Sacramento County Clerk/Recorder.",
        176,
        "serif",
        9,
        4.5,
    )
    pg.text(20, 190, "DATE ISSUED  " + p["bc_iss"].strftime("%B %d, %Y").upper(), "serifb", 9)
    pg.signature(120, 180, 50, 14, rng, (20, 20, 20))
    pg.text(120, 200, "DONNA ALLRED, CLERK/RECORDER", "serifb", 8)
    pg.text(120, 204, "COUNTY OF SACRAMENTO, CALIFORNIA", "serif", 7)
    pg.stamp(55, 225, 17, ["COUNTY OF", "SACRAMENTO", "SEAL"], rng, (120, 120, 120))
    pg.text(
        108,
        262,
        "THIS COPY NOT VALID UNLESS PREPARED ON ENGRAVED BORDER DISPLAYING SEAL",
        "arial",
        6,
        (90, 90, 90),
        "c",
    )
    return pg


def gn_birth(p, rng):
    """Guinea extrait d'acte de naissance (page 1) and légalisation stamps (page 2)."""
    pg = Page(210, 297, (247, 245, 238))
    pg.text(105, 18, "RÉPUBLIQUE DE GUINÉE", "serifb", 13, (0, 0, 0), "c")
    pg.text(105, 24, "Travail – Justice – Solidarité", "serifi", 10, (0, 0, 0), "c")
    for i, (col) in enumerate([(206, 17, 38), (252, 209, 22), (0, 148, 96)]):
        pg.rect(80 + i * 17, 27, 17, 1.6, 0, None, col)
    pg.text(20, 38, "MINISTÈRE DE L'ADMINISTRATION DU TERRITOIRE", "serif", 8)
    pg.text(20, 42, "ET DE LA DÉCENTRALISATION", "serif", 8)
    pg.text(20, 48, "VILLE DE CONAKRY", "serifb", 9)
    pg.text(20, 53, "COMMUNE DE RATOMA", "serifb", 9)
    pg.text(20, 58, "Centre principal d'État civil", "serif", 8)
    pg.text(105, 75, "EXTRAIT D'ACTE DE NAISSANCE", "serifb", 15, (0, 0, 0), "c")
    pg.text(105, 82, f"N° {p['bc_no']}", "serifb", 11, (0, 0, 0), "c")
    y = 98
    rows = [
        ("Le", "deux août mil neuf cent quatre-vingt-quinze (02/08/1995)"),
        ("à", "six heures trente minutes"),
        ("est née à", "Conakry, Commune de Ratoma (Hôpital de Ratoma)"),
        ("l'enfant de sexe", "FÉMININ"),
        ("Prénoms", p["giv"]),
        ("Nom", p["sur"].upper()),
        ("Fille de", "Alpha Oumar BAH, né le 12/03/1962 à Labé, commerçant"),
        ("et de", "Mariama Dalanda DIALLO, née le 09/11/1970 à Pita, ménagère"),
        ("domiciliés à", "Kipé, Commune de Ratoma, Conakry"),
    ]
    for lab, v in rows:
        pg.text(25, y, lab, "serif", 11)
        for i in range(70, 190, 2):
            pg.text(i, y + 0.6, ".", "serif", 8, (120, 120, 120))
        pg.text(70, y - 0.6, v, "h_dkg", 12, (20, 20, 90))
        y += 10
    pg.para(
        25,
        y + 6,
        "Dressé le quatre août mil neuf cent quatre-vingt-quinze sur la déclaration "
        "du père, lecture faite et invité à lire l'acte, le déclarant a signé avec nous, "
        "officier de l'État civil.",
        160,
        "serif",
        10,
        5,
    )
    pg.text(25, y + 30, "Pour extrait certifié conforme au registre,", "serifb", 10)
    pg.text(25, y + 36, f"Conakry, le {fr_words(p['bc_iss'])}", "serif", 10)
    pg.text(125, y + 44, "L'Officier de l'État civil", "serifb", 10)
    pg.signature(125, y + 48, 45, 16, rng, (20, 20, 110))
    pg.text(125, y + 70, "Mamadouba CAMARA", "serif", 10)
    pg.stamp(100, y + 60, 15, ["COMMUNE DE", "RATOMA", "ÉTAT CIVIL"], rng, (50, 70, 170))
    b = Page(210, 297, (247, 245, 238))
    b.rect(20, 30, 95, 60, 0.6, (60, 60, 150))
    b.text(25, 40, "MINISTÈRE DES AFFAIRES ÉTRANGÈRES", "sansb", 7, (60, 60, 150))
    b.text(25, 45, "ET DES GUINÉENS ÉTABLIS À L'ÉTRANGER", "sansb", 7, (60, 60, 150))
    b.text(25, 53, "Vu pour légalisation de la signature de", "sans", 7.5, (60, 60, 150))
    b.text(25, 58, "M. Mamadouba CAMARA, Officier d'État civil", "sans", 7.5, (60, 60, 150))
    b.text(25, 66, f"Conakry, le {dmy(p['leg1'])}", "sans", 7.5, (60, 60, 150))
    b.signature(60, 70, 40, 14, rng)
    b.stamp(160, 70, 16, ["RÉP. DE GUINÉE", "M.A.E.", "LÉGALISATION"], rng, (60, 60, 160))
    b.rect(70, 120, 115, 70, 0.6, (90, 30, 60))
    b.text(75, 130, "AMBASSADE DE FRANCE EN GUINÉE", "serifb", 9, (90, 30, 60))
    b.text(75, 136, "Section consulaire — Conakry", "serif", 8, (90, 30, 60))
    b.text(
        75, 145, "VU POUR LÉGALISATION de la signature de M. le Directeur", "serif", 8, (90, 30, 60)
    )
    b.text(
        75,
        150,
        "des Affaires juridiques et consulaires du M.A.E. guinéen",
        "serif",
        8,
        (90, 30, 60),
    )
    b.text(75, 158, f"Conakry, le {dmy(p['leg2'])}   N° {p['leg_no']}", "serif", 8, (90, 30, 60))
    b.text(75, 164, "Droits perçus : 20 EUR", "serif", 8, (90, 30, 60))
    b.signature(130, 168, 45, 14, rng, (30, 30, 60))
    b.stamp(95, 178, 12, ["CONSULAT", "DE FRANCE", "CONAKRY"], rng, (100, 40, 80))
    return pg, b


def lk_birth(p, rng):
    """Sri Lanka certificate of birth (Sinhala/English) plus MFA and French embassy stamps."""
    pg = Page(210, 297, (244, 241, 228))
    ink = (60, 40, 30)
    pg.text(105, 18, "උප්පැන්න සහතිකය", "free", 14, ink, "c")
    pg.text(105, 26, "CERTIFICATE OF BIRTH", "serifb", 15, ink, "c")
    pg.text(
        105, 32, "B. 24  (Births and Deaths Registration Act, Chapter 110)", "serif", 8, ink, "c"
    )
    pg.text(20, 42, "දිස්ත්‍රික්කය / District:  KANDY", "free", 9, ink)
    pg.text(110, 42, "ලියාපදිංචි කොට්ඨාසය / Division:  KANDY FOUR GRAVETS", "free", 8, ink)
    pg.text(20, 49, f"අංකය / No.  {p['bc_no']}", "free", 9, ink)
    rows = [
        ("1", "උපන් දිනය / Date of Birth", "27th January 1993 (27.01.1993)"),
        ("2", "උපන් ස්ථානය / Place of Birth", "General Hospital, Kandy"),
        ("3", "නම / Name", p["giv"].title() + " " + p["sur"].title()),
        ("4", "ස්ත්‍රී පුරුෂ භාවය / Sex", "Male"),
        ("5", "පියාගේ සම්පූර්ණ නම / Father's Full Name", "Wickramasinghe Mudiyanselage Sunil"),
        ("6", "පියාගේ උපන් දිනය / Father's Date of Birth", "04.06.1961"),
        ("7", "පියාගේ ජාතිය / Father's Race", "Sinhala"),
        ("8", "මවගේ සම්පූර්ණ නම / Mother's Full Name", "Herath Mudiyanselage Chandrika Kumari"),
        ("9", "මවගේ උපන් දිනය / Mother's Date of Birth", "17.09.1966"),
        ("10", "දෙමව්පියන් විවාහකද? / Were Parents Married?", "Yes"),
        ("11", "දැන්වූ තැනැත්තා / Informant", "W. M. Sunil, Father, 42/3 Peradeniya Rd"),
        ("12", "ලියාපදිංචි කළ දිනය / Date of Registration", "05.02.1993"),
    ]
    y = 56
    for n, lab, v in rows:
        pg.rect(15, y, 180, 13, 0.3, ink)
        pg.line(25, y, 25, y + 13, 0.3, ink)
        pg.line(100, y, 100, y + 13, 0.3, ink)
        pg.text(18, y + 8, n, "serif", 9, ink)
        pg.text(27, y + 8, lab, "free", 7.5, ink)
        pg.text(103, y + 8.5, v, "courier", 9, (20, 20, 20))
        y += 13
    pg.para(
        15,
        y + 10,
        "I hereby certify that the foregoing particulars are true copy of the "
        "entry in the register of births of the above division.",
        180,
        "serif",
        9,
        4.5,
        ink,
    )
    pg.text(15, y + 25, "Date: 14.05.2026", "serif", 9, ink)
    pg.signature(120, y + 18, 45, 12, rng, (30, 30, 120))
    pg.text(120, y + 36, "Additional District Registrar, Kandy", "serif", 8, ink)
    pg.stamp(70, y + 35, 14, ["ADDL. DIST.", "REGISTRAR", "KANDY"], rng, (100, 40, 120))
    b = Page(210, 297, (244, 241, 228))
    b.rect(20, 30, 110, 55, 0.6, (40, 40, 140))
    b.text(25, 39, "MINISTRY OF FOREIGN AFFAIRS - SRI LANKA", "sansb", 7, (40, 40, 140))
    b.text(25, 44, "CONSULAR AFFAIRS DIVISION — AUTHENTICATION", "sans", 7, (40, 40, 140))
    b.text(
        25,
        52,
        "The signature of the Additional District Registrar, Kandy",
        "sans",
        7,
        (40, 40, 140),
    )
    b.text(
        25, 57, "is hereby attested.  Reg. No. CA/KAN/2026/" + p["leg_no"], "sans", 7, (40, 40, 140)
    )
    b.text(25, 63, "Date: " + p["leg1"].strftime("%d.%m.%Y"), "sans", 7, (40, 40, 140))
    b.signature(70, 64, 40, 12, rng)
    b.rect(65, 120, 120, 60, 0.6, (110, 30, 50))
    b.text(70, 130, "AMBASSADE DE FRANCE À SRI LANKA ET AUX MALDIVES", "serifb", 8, (110, 30, 50))
    b.text(70, 138, "Vu pour légalisation de la signature de M./Mme", "serif", 8, (110, 30, 50))
    b.text(
        70,
        143,
        "l'agent du Ministère des Affaires étrangères du Sri Lanka",
        "serif",
        8,
        (110, 30, 50),
    )
    b.text(70, 151, f"Colombo, le {dmy(p['leg2'])}", "serif", 8, (110, 30, 50))
    b.signature(120, 155, 40, 12, rng, (30, 30, 60))
    b.stamp(90, 168, 11, ["AMBASSADE", "DE FRANCE", "COLOMBO"], rng, (110, 30, 60))
    return pg, b
