"""Identity and civil-status documents: passports, visa, cards, récépissé, birth
certificates, apostille, legalisation."""

from __future__ import annotations

import random

from checkdigits import en_date, fr_date
from render import Page, face, guilloche

MRZ_SIZE = 10.2  # pt, OCR-B on a passport
INK = (25, 35, 120)


def mrz(page: Page, x, y, lines, size=MRZ_SIZE, gap=4.6):
    for i, ln in enumerate(lines):
        page.text(x, y + i * gap, ln, "ocrb", size, (15, 15, 15))


def passport_page(p: dict) -> Page:
    """Booklet data page (TD3), 125 x 88 mm."""
    pg = Page(125, 88, p.get("paper", (236, 232, 214)))
    col = p.get("ink", (60, 90, 80))
    guilloche(pg, 2, 8, 121, 50, tuple(min(255, c + 120) for c in col), p["seed"], 22)
    pg.text(62.5, 6, p["header"], "sansb", 7.5, col, "m")
    if p.get("header2"):
        pg.text(62.5, 9.6, p["header2"], "sans", 5.5, col, "m")
    pg.image(
        5, 14, 30, 38, face(p["seed"], skin=p.get("skin", (150, 105, 75)), scarf=p.get("scarf"))
    )
    lab = p.get("labels", {})
    f = p.get("font", "sansb")
    rows = [
        [
            ("Type", "P"),
            (lab.get("code", "Country Code"), p["code"]),
            (lab.get("no", "Passport No."), p["number"]),
        ],
        [(lab.get("surname", "Surname"), p["surname"])],
        [(lab.get("given", "Given Names"), p["given"])],
        [(lab.get("nat", "Nationality"), p["nat_text"])],
        [(lab.get("dob", "Date of Birth"), en_date(p["dob"])), (lab.get("sex", "Sex"), p["sex"])],
        [(lab.get("pob", "Place of Birth"), p["pob"])],
        [
            (lab.get("issue", "Date of Issue"), en_date(p["issued"])),
            (lab.get("exp", "Date of Expiry"), en_date(p["expiry"])),
        ],
        [(lab.get("auth", "Issuing Authority"), p["authority"])],
    ]
    y = 16.5
    for row in rows:
        x = 39
        for k, (label, val) in enumerate(row):
            pg.text(x, y, label, "sans", 4.6, col)
            pg.text(x, y + 3.1, val, f, 7.2, (20, 20, 20))
            x += 28 if k == 0 and len(row) > 1 else 30
        y += 6.3
    if p.get("extra"):
        pg.text(92, 35.4, p["extra"][0], "sans", 4.6, col)
        pg.text(92, 38.5, p["extra"][1], f, 6.5, (20, 20, 20))
    pg.sig(6, 53, 28, 7, p["seed"] + 3, (30, 30, 30), 0.3)
    mrz(pg, 4.5, 73, p["mrz"])
    return pg


def visa_page(v: dict) -> Page:
    """Passport page with a French type D visa sticker (MRV-A)."""
    pg = Page(125, 88, (232, 228, 212))
    guilloche(pg, 0, 0, 125, 88, (205, 200, 190), v["seed"], 12)
    sx, sy, sw, sh = 3, 6, 119, 78
    pg.rect(sx, sy, sw, sh, 0.2, (160, 150, 170), (226, 222, 238))
    guilloche(pg, sx, sy + 8, sw, 42, (190, 175, 215), v["seed"] + 1, 16)
    col = (60, 40, 100)
    pg.text(sx + 3, sy + 5, "VISA", "sansb", 10, col)
    pg.text(sx + 22, sy + 5, "FRA", "sansb", 9, col)
    pg.text(sx + sw - 3, sy + 5, v["number"], "sansb", 10, (170, 30, 40), "r")
    pg.image(
        sx + 3,
        sy + 10,
        25,
        31,
        face(
            v["seed"], skin=v.get("skin", (150, 105, 75)), scarf=v.get("scarf"), bg=(232, 228, 240)
        ),
    )
    vf, vu = v["valid_from"], v["valid_until"]

    def short(iso):
        return f"{iso[8:10]}-{iso[5:7]}-{iso[2:4]}"

    fields = [
        ("VALABLE POUR / VALID FOR", "FRANCE", 31, 11),
        ("DU / FROM", short(vf), 31, 17),
        ("AU / UNTIL", short(vu), 62, 17),
        ("TYPE DE VISA / TYPE OF VISA", "D", 31, 23),
        ("NOMBRE D'ENTREES", "MULT", 72, 23),
        ("DUREE DE SEJOUR / DURATION", v.get("days", "365") + " JOURS", 31, 29),
        ("DELIVRE A / ISSUED IN", v["issued_in"], 72, 29),
        ("LE / ON", short(v["issued_on"]), 31, 35),
        ("NUMERO DE PASSEPORT", v["passport_no"], 62, 35),
        ("NOM, PRENOM / SURNAME, NAME", f"{v['surname']}, {v['given']}", 31, 47),
        ("REMARQUES", v["remarks"], 4, 53),
    ]
    for lab, val, x, y in fields:
        pg.text(sx + x, sy + y, lab, "sans", 3.6, col)
        pg.text(sx + x, sy + y + 3.4, val, "sansb", 6.6, (15, 15, 15))
    if v.get("remarks2"):
        pg.text(sx + 4, sy + 60, v["remarks2"], "sansb", 6.3, (15, 15, 15))
    mrz(pg, sx + 2.5, sy + 68.5, v["mrz"], 9.4, 4.4)
    pg.stamp(100, 40, 11, ["CONSULAT", "GENERAL"], "REPUBLIQUE FRANCAISE", v["seed"], (70, 60, 140))
    return pg


def fr_card_front(c: dict) -> Page:
    """French ID-1 card (titre de séjour 2020 model or CNI 2021), front."""
    pg = Page(85.6, 54, (228, 234, 240) if c["kind"] == "cni" else (236, 230, 236))
    col = (40, 60, 120)
    guilloche(pg, 0, 10, 85.6, 40, (200, 208, 228), c["seed"], 14)
    pg.rect(0, 0, 85.6, 7, 0, None, (40, 60, 140))
    pg.text(3, 4.8, "RÉPUBLIQUE FRANÇAISE", "sansb", 6, (255, 255, 255))
    title = "CARTE NATIONALE D'IDENTITÉ" if c["kind"] == "cni" else "TITRE DE SÉJOUR"
    pg.text(83, 4.8, title, "sansb", 5.2, (255, 255, 255), "r")
    pg.image(
        3,
        10,
        21,
        27,
        face(
            c["seed"],
            skin=c.get("skin", (200, 160, 130)),
            hair=c.get("hair", (90, 60, 30)),
            scarf=c.get("scarf"),
        ),
    )
    y = 11
    for lab, val in c["front"]:
        pg.text(27, y, lab, "sans", 3.4, col)
        pg.text(27, y + 2.9, val, "sansb", 5.6, (10, 10, 10))
        y += 6.2
    pg.text(83, 11, c["number_label"], "sans", 3.2, col, "r")
    pg.text(83, 14, c["number"], "sansb", 6, (10, 10, 10), "r")
    pg.sig(4, 39, 20, 9, c["seed"] + 8, (20, 20, 20), 0.3)
    return pg


def fr_card_back(c: dict) -> Page:
    pg = Page(85.6, 54, (232, 236, 240) if c["kind"] == "cni" else (236, 232, 238))
    col = (40, 60, 120)
    guilloche(pg, 0, 2, 85.6, 26, (205, 210, 228), c["seed"] + 5, 10)
    y = 5
    for lab, val in c["back"]:
        pg.text(4, y, lab, "sans", 3.3, col)
        pg.text(4, y + 2.8, val, "sansb", 5.2, (10, 10, 10))
        y += 5.6
    mrz(pg, 3.5, 41, c["mrz"], 8.6, 4.2)
    return pg


def recepisse(r: dict) -> Page:
    pg = Page(210, 148, (246, 244, 236))
    col = (20, 20, 20)
    pg.text(12, 12, "RÉPUBLIQUE", "sansb", 9, col)
    pg.text(12, 16, "FRANÇAISE", "sansb", 9, col)
    pg.text(12, 20.5, "Liberté Égalité Fraternité", "sansi", 6, col)
    pg.text(110, 13, r["prefecture"], "sansb", 10, col, "m")
    pg.text(110, 19, "Direction des migrations et de l'intégration", "sans", 7.5, col, "m")
    pg.rect(60, 24, 100, 9, 0.4, col)
    pg.text(110, 30.5, "RÉCÉPISSÉ DE DEMANDE DE CARTE DE SÉJOUR", "sansb", 9.5, col, "m")
    pg.text(198, 12, "N° " + r["number"], "sansb", 10, (150, 20, 20), "r")
    pg.image(12, 38, 28, 35, face(r["seed"], skin=r.get("skin", (120, 85, 60))))
    pg.stamp(40, 72, 9, ["PREFECTURE"], r["stamp_ring"], r["seed"], (60, 70, 150))
    y = 42
    lines = [
        ("Nom :", r["surname"]),
        ("Prénom(s) :", r["given"]),
        ("Né(e) le :", fr_date(r["dob"]) + "   à : " + r["pob"]),
        ("Nationalité :", r["nat_text"]),
        ("Sexe :", r["sex"]),
        ("Adresse :", r["address"]),
        ("Nature de la demande :", r["demande"]),
    ]
    for lab, val in lines:
        pg.text(48, y, lab, "sans", 8, col)
        pg.text(85, y, val, "sansb", 8.5, col)
        y += 6
    y += 2
    pg.para(48, y, r["validity"], 150, "sansb", 8.5)
    pg.text(
        48,
        y + 11,
        "Il autorise son titulaire à travailler."
        if r["work"]
        else "Il n'autorise pas son titulaire à travailler.",
        "sans",
        8,
        col,
    )
    pg.text(48, y + 17, "Ce récépissé est valable sur présentation du passeport.", "sansi", 7, col)
    pg.text(140, 128, f"Fait à {r['city']}, le {fr_date(r['issued'])}", "sans", 8, col)
    pg.text(140, 133, "Pour le préfet et par délégation", "sansi", 7, col)
    pg.sig(145, 134, 35, 10, r["seed"] + 2, (30, 40, 110))
    return pg


# ------------------------------------------------------------------ birth certificates
def birth_pakistan(b: dict) -> Page:
    pg = Page(210, 297, (252, 252, 248))
    g = (20, 90, 50)
    pg.rect(8, 8, 194, 281, 1.2, g)
    pg.rect(10, 10, 190, 277, 0.3, g)
    pg.ellipse(95, 16, 20, 20, 0.6, g, (225, 240, 228))
    pg.text(105, 28, "NADRA", "sansb", 7, g, "m")
    pg.text(105, 44, "GOVERNMENT OF PAKISTAN", "serifb", 15, g, "m")
    pg.text(105, 51, b["council"], "serif", 11, (20, 20, 20), "m")
    pg.text(105, 57, b["district"], "serif", 10, (20, 20, 20), "m")
    pg.rect(55, 63, 100, 11, 0, None, g)
    pg.text(105, 71, "BIRTH CERTIFICATE", "sansb", 14, (255, 255, 255), "m")
    pg.text(20, 84, "Certificate No.", "sans", 9)
    pg.text(60, 84, b["cert_no"], "sansb", 10)
    pg.text(125, 84, "Date of Registration", "sans", 9)
    pg.text(165, 84, fr_date(b["registered"]).replace("/", "-"), "sansb", 10)
    rows = [
        ("Name", b["name"]),
        ("Gender", b["gender"]),
        ("Date of Birth", fr_date(b["dob"]).replace("/", "-")),
        ("Date of Birth (in words)", b["dob_words"]),
        ("Place of Birth", b["pob"]),
        ("Religion", "Islam"),
        ("Father's Name", b["father"]),
        ("Father's CNIC No.", b["father_cnic"]),
        ("Mother's Name", b["mother"]),
        ("Mother's CNIC No.", b["mother_cnic"]),
        ("Address", b["address"]),
        ("Child's Identity No. (CRC)", b["crc"]),
    ]
    y = 96
    for lab, val in rows:
        pg.rect(18, y - 6, 174, 10, 0.25, (120, 140, 125))
        pg.line(80, y - 6, 80, y + 4, 0.25, (120, 140, 125))
        pg.text(21, y, lab, "sans", 9.5)
        pg.text(84, y, val, "sansb", 10)
        y += 10
    pg.text(
        20,
        y + 8,
        "This certificate is computer generated through NADRA CRMS on "
        + fr_date(b["issued"]).replace("/", "-")
        + ".",
        "sansi",
        8,
    )
    pg.text(
        20,
        y + 13,
        "Issued under the Local Government Act. Any alteration renders it void.",
        "sansi",
        8,
    )
    pg.stamp(60, 250, 15, ["UNION", "COUNCIL"], b["council"].upper()[:28], b["seed"], (60, 40, 120))
    pg.sig(125, 238, 45, 14, b["seed"] + 1, (20, 30, 110))
    pg.text(148, 258, b["secretary"], "sans", 9, (20, 20, 20), "m")
    pg.text(148, 263, "Secretary, Union Council", "sansb", 9, (20, 20, 20), "m")
    return pg


def birth_bangladesh(b: dict) -> Page:
    pg = Page(210, 297, (255, 255, 255))
    g = (0, 106, 78)
    pg.ellipse(97, 10, 16, 16, 0.6, g, (230, 245, 238))
    pg.ellipse(102, 15, 6, 6, 0, None, (244, 42, 65))
    pg.text(105, 34, "Government of the People's Republic of Bangladesh", "serifb", 12.5, g, "m")
    pg.text(
        105,
        40,
        "Office of the Registrar, Birth and Death Registration",
        "serif",
        10,
        (0, 0, 0),
        "m",
    )
    pg.text(105, 45.5, b["office"], "serif", 10, (0, 0, 0), "m")
    pg.text(105, 51, "Rule 9, 10", "sans", 7, (60, 60, 60), "m")
    pg.text(105, 62, "Birth Registration Certificate", "serifb", 17, (0, 0, 0), "m")
    pg.text(18, 76, "Date of Registration", "sans", 9)
    pg.text(18, 81, fr_date(b["registered"]), "sansb", 10)
    pg.text(105, 76, "Birth Registration Number", "sans", 9, (0, 0, 0), "m")
    pg.text(105, 82, b["brn"], "sansb", 13, (0, 0, 0), "m")
    pg.text(192, 76, "Date of Issuance", "sans", 9, (0, 0, 0), "r")
    pg.text(192, 81, fr_date(b["issued"]), "sansb", 10, (0, 0, 0), "r")
    rows = [
        ("Date of Birth", fr_date(b["dob"]), "Sex", b["sex"]),
        ("In Word", b["dob_words"], None, None),
        ("Registered Person Name", b["name"], None, None),
        ("Place of Birth", b["pob"], None, None),
        ("Mother Name", b["mother"], "Mother Nationality", "Bangladeshi"),
        ("Father Name", b["father"], "Father Nationality", "Bangladeshi"),
        ("Permanent Address", b["address"], None, None),
    ]
    y = 98
    for lab, val, lab2, val2 in rows:
        pg.text(18, y, lab, "sans", 9.5)
        pg.text(62, y, ":", "sans", 9.5)
        pg.text(65, y, val, "sansb", 10)
        if lab2:
            pg.text(128, y, lab2, "sans", 9.5)
            pg.text(162, y, val2, "sansb", 10)
        y += 11
    blk = random.Random(b["seed"])
    for i in range(21):
        for j in range(21):
            if blk.random() < 0.5 or i in (0, 20) or j in (0, 20):
                pg.rect(170 + i * 1.2, 210 + j * 1.2, 1.2, 1.2, 0, None, (0, 0, 0))
    pg.sig(30, 220, 40, 12, b["seed"] + 1, (20, 20, 120))
    pg.text(50, 240, "Seal & Signature", "sans", 8.5, (0, 0, 0), "m")
    pg.text(50, 245, "Assistant to Registrar", "sansb", 8.5, (0, 0, 0), "m")
    pg.text(
        105,
        284,
        "This certificate is generated from bdris.gov.bd, and to verify this "
        "certificate, please scan the above QR Code.",
        "sansi",
        7,
        (80, 80, 80),
        "m",
    )
    return pg


def birth_madagascar(b: dict) -> Page:
    pg = Page(210, 297, (250, 248, 240))
    k = (15, 15, 15)
    pg.text(30, 16, "REPOBLIKAN'I MADAGASIKARA", "serifb", 10, k)
    pg.text(30, 21, "Fitiavana - Tanindrazana - Fandrosoana", "serifi", 8, k)
    pg.text(20, 32, "FARITRA ANALAMANGA", "serif", 8.5, k)
    pg.text(20, 37, "KAOMININA " + b["commune"].upper(), "serif", 8.5, k)
    pg.text(20, 42, "Biraon'ny sora-piankohonana / Bureau d'état civil", "serif", 8.5, k)
    pg.text(20, 47, b["bureau"], "serif", 8.5, k)
    pg.text(150, 32, "Taona / Année : " + b["dob"][:4], "serif", 9, k)
    pg.text(150, 38, "Laharana / N° : " + b["acte_no"], "serifb", 9.5, k)
    pg.text(105, 62, "KOPIAN'NY SORA-PAHATERAHANA", "serifb", 13, k, "m")
    pg.text(105, 69, "COPIE D'ACTE DE NAISSANCE", "serifb", 12, k, "m")
    y = pg.para(22, 84, b["text_mg"], 166, "serifi", 10, 1.45)
    y = pg.para(22, y + 6, b["text_fr"], 166, "serif", 10.5, 1.5)
    pg.text(
        22,
        y + 10,
        "Nadika mifanaraka amin'ny boky / Pour copie certifiée conforme au registre,",
        "serif",
        10,
        k,
    )
    pg.text(22, y + 17, f"{b['commune']}, faha / le {fr_date(b['issued'])}", "serif", 10, k)
    pg.text(140, y + 26, "Ny mpiandraikitra ny sora-piankohonana", "serifi", 8.5, k, "m")
    pg.text(140, y + 31, "L'Officier de l'état civil", "serif", 9.5, k, "m")
    pg.sig(118, y + 34, 42, 14, b["seed"], (30, 40, 140))
    pg.text(140, y + 54, b["officer"], "serifb", 9.5, k, "m")
    pg.stamp(
        70,
        y + 44,
        15,
        ["ETAT CIVIL"],
        "KAOMININA " + b["commune"].upper(),
        b["seed"] + 4,
        (120, 40, 120),
    )
    pg.text(22, 284, "Zon'ny kopia: 2 000 Ariary - Droit de copie acquitté", "serif", 7.5, k)
    return pg


def birth_comoros(b: dict) -> Page:
    pg = Page(210, 297, (253, 252, 246))
    k = (10, 10, 10)
    pg.text(105, 16, "UNION DES COMORES", "serifb", 13, k, "m")
    pg.text(105, 21.5, "Unité - Solidarité - Développement", "serifi", 9, k, "m")
    pg.line(85, 24, 125, 24, 0.4, k)
    pg.text(18, 34, "ILE AUTONOME DE NDZUANI", "serif", 9, k)
    pg.text(18, 39, "PRÉFECTURE DE " + b["prefecture"].upper(), "serif", 9, k)
    pg.text(18, 44, "COMMUNE DE " + b["commune"].upper(), "serif", 9, k)
    pg.text(18, 49, "CENTRE PRINCIPAL D'ÉTAT CIVIL", "serif", 9, k)
    pg.text(192, 34, "Année : " + b["dob"][:4], "serif", 9, k, "r")
    pg.text(192, 40, "Acte N° " + b["acte_no"], "serifb", 10, k, "r")
    pg.text(105, 64, "EXTRAIT D'ACTE DE NAISSANCE", "serifb", 15, k, "m")
    rows = [
        ("Nom", b["surname"]),
        ("Prénom(s)", b["given"]),
        ("Date de naissance", b["dob_words"]),
        ("Heure", b["hour"]),
        ("Lieu de naissance", b["pob"]),
        ("Sexe", b["sex"]),
        ("Nom et prénoms du père", b["father"]),
        ("Profession du père", b["father_job"]),
        ("Nom et prénoms de la mère", b["mother"]),
        ("Profession de la mère", b["mother_job"]),
        ("Domicile des parents", b["home"]),
    ]
    y = 82
    for lab, val in rows:
        pg.text(20, y, lab, "serif", 10.5, k)
        pg.line(72, y + 1, 192, y + 1, 0.2, (120, 120, 120), 0.6)
        pg.text(74, y, val, "serifb", 10.5, k)
        y += 10
    pg.text(20, y + 4, "Mentions marginales : Néant", "serifi", 10, k)
    pg.text(20, y + 14, "Extrait certifié conforme aux registres de l'état civil.", "serif", 10, k)
    pg.text(120, y + 24, f"{b['commune']}, le {fr_date(b['issued'])}", "serif", 10, k)
    pg.text(120, y + 30, "L'Officier d'état civil,", "serif", 10, k)
    pg.sig(122, y + 32, 40, 13, b["seed"], (30, 40, 130))
    pg.text(122, y + 52, b["officer"], "serifb", 10, k)
    pg.stamp(
        80,
        y + 40,
        14,
        ["ETAT CIVIL"],
        "COMMUNE DE " + b["commune"].upper(),
        b["seed"] + 2,
        (50, 70, 150),
    )
    # legalisation stamps (no apostille: Comoros is not a party to the 1961 convention)
    ly = 236
    pg.rect(14, ly, 88, 44, 0.5, (110, 40, 110))
    lg = [
        "MINISTÈRE DES AFFAIRES ÉTRANGÈRES",
        "ET DE LA COOPÉRATION INTERNATIONALE",
        "Vu pour légalisation de la signature de",
        f"M. {b['officer']}, Officier d'état civil",
        f"Moroni, le {fr_date(b['legal_moroni'])}   N° {b['legal_no1']}",
    ]
    for i, s in enumerate(lg):
        pg.text(17, ly + 6 + i * 5.2, s, "sansb" if i < 2 else "sans", 7.2, (110, 40, 110))
    pg.sig(60, ly + 28, 30, 10, b["seed"] + 5, (110, 40, 110), 0.35)
    pg.rect(108, ly, 88, 44, 0.5, (30, 50, 140))
    lf = [
        "AMBASSADE DE FRANCE AUX COMORES",
        "Service consulaire - LÉGALISATION",
        "Vu pour légalisation de la signature",
        "et du cachet du Ministère des Affaires",
        f"étrangères. Moroni, le {fr_date(b['legal_fr'])}",
        f"N° {b['legal_no2']}   Droits perçus : 20 EUR",
    ]
    for i, s in enumerate(lf):
        pg.text(111, ly + 6 + i * 5.2, s, "sansb" if i < 2 else "sans", 7.2, (30, 50, 140))
    pg.sig(160, ly + 30, 30, 10, b["seed"] + 6, (30, 50, 140), 0.35)
    return pg


def apostille(a: dict) -> Page:
    """Hague Convention model apostille, 10 numbered items, on an A4 sheet."""
    pg = Page(210, 297, a.get("paper", (255, 255, 255)))
    k = (10, 10, 10)
    x, y0, w = 35, 30, 140
    pg.rect(x, y0, w, 150, 0.8, k)
    if a.get("header"):
        pg.text(105, 22, a["header"], "sansb", 10, k, "m")
    pg.text(105, y0 + 12, "APOSTILLE", "serifb", 18, k, "m")
    pg.text(105, y0 + 19, "(Convention de La Haye du 5 octobre 1961)", "serifi", 10, k, "m")
    items = [
        ("1. Country:", a["country"]),
        ("This public document", None),
        ("2. has been signed by", a["signed_by"]),
        ("3. acting in the capacity of", a["capacity"]),
        ("4. bears the seal/stamp of", a["seal_of"]),
        ("Certified", None),
        ("5. at", a["at"]),
        ("6. the", fr_date(a["issued_on"])),
        ("7. by", a["by"]),
        ("8. No.", a["number"]),
        ("9. Seal/stamp:", ""),
        ("10. Signature:", ""),
    ]
    y = y0 + 32
    for lab, val in items:
        if val is None:
            pg.text(105, y, lab, "serifb", 10.5, k, "m")
        else:
            pg.text(x + 6, y, lab, "serif", 10, k)
            pg.text(x + 58, y, val, "sansb", 9.5, k)
            pg.line(x + 57, y + 1.2, x + w - 5, y + 1.2, 0.15, (110, 110, 110), 0.5)
        y += 9
    pg.stamp(x + 35, y0 + 132, 12, ["APOSTILLE"], a["ring"], a["seed"], (40, 50, 140))
    pg.sig(x + 78, y0 + 122, 45, 14, a["seed"] + 1, (25, 35, 120))
    if a.get("footer"):
        pg.para(x, y0 + 160, a["footer"], w, "sansi", 7.5)
    return pg
