"""Identity pieces: passport data pages, visa sticker, ID-1 cards, birth certificates, apostille."""

from __future__ import annotations

import random

import codes
from render import Page, face, signature, stamp

MRZ_C = (25, 25, 30)


def _mrz(pg: Page, x, y, lines, size=10.6, lead=5.6):
    for i, s in enumerate(lines):
        pg.text(x, y + i * lead, s, "ocrb", size, MRZ_C)


def _guil(pg: Page, x, y, w, h, rng, color):
    for i in range(14):
        yy = y + i * h / 14
        pg.line(x, yy, x + w, yy + rng.uniform(-2, 2), color, 0.12)


def _lbl(pg, x, y, fr, val, vfont="dejavu-b", lsize=5.2, vsize=8.2, lc=(70, 70, 90)):
    pg.text(x, y, fr, "dejavu", lsize, lc)
    pg.text(x, y + 4.0, val, vfont, vsize, (15, 15, 25))


def passport_page(p: dict, rng: random.Random, tint=(222, 232, 226)) -> Page:
    """An open passport: visa page above (blank with faint print), data page below (ICAO TD3)."""
    pg = Page(125, 176, (238, 236, 230))
    pg.rect(0, 0, 125, 88, None, (236, 234, 228))
    pg.text(62.5, 44, p["book_title"], "serif", 7, (190, 190, 200), "c")
    pg.rect(0, 88, 125, 88, None, tint)
    _guil(pg, 2, 90, 121, 60, rng, tuple(max(0, c - 25) for c in tint))
    pg.line(0, 88, 125, 88, (120, 120, 120), 0.4)
    pg.text(62.5, 94.5, p["header"], "dejavu-b", 7.2, (40, 40, 90), "c")
    pg.image(5, 101, 30, 39, face(rng, p.get("skin", (150, 110, 80))))
    x, y = 40, 101
    pg.text(x, y, "Type / Type", "dejavu", 4.8, (70, 70, 90))
    pg.text(x, y + 3.6, "P", "dejavu-b", 7.6)
    pg.text(x + 14, y, p["l_code"], "dejavu", 4.8, (70, 70, 90))
    pg.text(x + 14, y + 3.6, p["issuing"], "dejavu-b", 7.6)
    pg.text(x + 40, y, p["l_num"], "dejavu", 4.8, (70, 70, 90))
    pg.text(x + 40, y + 3.6, p["number"], "dejavu-b", 8.2, (150, 30, 30))
    _lbl(pg, x, y + 8.5, p["l_sur"], p["surname"].upper())
    _lbl(pg, x, y + 16, p["l_giv"], p["given_names"].upper())
    _lbl(pg, x, y + 23.5, p["l_nat"], p["nat_text"])
    _lbl(pg, x, y + 31, p["l_dob"], p["dob_text"])
    _lbl(pg, x + 42, y + 31, p["l_sex"], p["sex"])
    _lbl(pg, x, y + 38.5, p["l_pob"], p["pob"])
    _lbl(pg, x, y + 46, p["l_iss"], p["issued_text"])
    _lbl(pg, x + 42, y + 46, p["l_exp"], p["exp_text"])
    pg.image(6, 141, 28, 9, signature(p["given_names"].split()[0], rng, (30, 30, 30)))
    _mrz(pg, 4.5, 160, p["mrz"], 10.2, 6.2)
    return pg


def visa_page(v: dict, rng: random.Random) -> Page:
    """A French long-stay visa sticker (MRV-A) glued on a passport page."""
    pg = Page(125, 88, (238, 236, 226))
    pg.rect(4, 6, 117, 78, None, (226, 222, 236))
    _guil(pg, 4, 6, 117, 78, rng, (200, 190, 220))
    pg.text(8, 12, "VISA", "dejavu-b", 9, (40, 40, 110))
    pg.text(28, 12, "ÉTATS SCHENGEN", "dejavu", 6.5, (40, 40, 110))
    pg.text(118, 12, "FRA", "dejavu-b", 8, (40, 40, 110), "r")
    pg.text(118, 17, v["number"], "dejavu-b", 8, (150, 30, 30), "r")
    pg.image(7, 16, 20, 26, face(rng, v.get("skin", (150, 110, 80))))
    x = 30
    _lbl(pg, x, 20, "VALABLE POUR / VALID FOR", "FRANCE", lsize=4.2, vsize=6.8)
    _lbl(pg, x, 28, "DU / FROM", codes.fr_date(v["valid_from"]).replace("/", "-"), lsize=4.2)
    _lbl(pg, x + 25, 28, "AU / UNTIL", codes.fr_date(v["valid_until"]).replace("/", "-"), lsize=4.2)
    _lbl(pg, x + 52, 28, "TYPE DE VISA", "D", lsize=4.2)
    _lbl(pg, x + 70, 28, "NOMBRE D'ENTRÉES", "MULT", lsize=4.2)
    _lbl(pg, x, 36, "DURÉE DU SÉJOUR", f"{v['days']} JOURS", lsize=4.2, vsize=6.8)
    _lbl(pg, x + 30, 36, "DÉLIVRÉ À", v["issued_at"], lsize=4.2, vsize=6.8)
    _lbl(pg, x + 62, 36, "LE", codes.fr_date(v["issued_on"]).replace("/", "-"), lsize=4.2)
    _lbl(pg, x, 44, "NUMÉRO DE PASSEPORT", v["passport"], lsize=4.2, vsize=6.8)
    _lbl(pg, x + 40, 44, "TYPE DE PASSEPORT", "P", lsize=4.2, vsize=6.8)
    name = f"{v['surname'].upper()}, {v['given_names'].upper()}"
    _lbl(pg, 8, 52, "NOM, PRÉNOM", name, lsize=4.2, vsize=7.2)
    pg.text(8, 58.5, "REMARQUES", "dejavu", 4.2, (70, 70, 90))
    pg.text(8, 62.5, v["remark1"], "dejavu-b", 6.6)
    pg.text(8, 66, v["remark2"], "dejavu-b", 6.6)
    _mrz(pg, 6, 74, v["mrz"], 9.6, 5.6)
    return pg


def fr_card(c: dict, rng: random.Random) -> Page:
    """Front and back of an ID-1 card side by side on an A4 photocopy (French titre / CNI)."""
    pg = Page(210, 297, (255, 255, 255))
    tint = c.get("tint", (214, 226, 238))
    for oy in (30, 100):
        pg.rect(40, oy, 85.6, 54, (160, 160, 160), tint, 0.3)
        _guil(pg, 41, oy + 1, 83, 52, rng, tuple(c2 - 18 for c2 in tint))
    x0, y0 = 40, 30
    pg.text(x0 + 3, y0 + 5, "RÉPUBLIQUE FRANÇAISE", "dejavu-b", 6, (30, 40, 110))
    pg.text(x0 + 83, y0 + 5, c["title"], "dejavu-b", 5.4, (30, 40, 110), "r")
    pg.image(x0 + 3, y0 + 9, 22, 29, face(rng, c.get("skin", (150, 110, 80))))
    x = x0 + 28
    _lbl(pg, x, y0 + 10, "NOM / Surname", c["surname"].upper(), lsize=3.8, vsize=6.8)
    _lbl(pg, x, y0 + 17, "Prénoms / Given names", c["given_names"].upper(), lsize=3.8, vsize=6.2)
    _lbl(pg, x, y0 + 24, "Sexe", c["sex"], lsize=3.8, vsize=6.2)
    _lbl(pg, x + 10, y0 + 24, "Nationalité", c["nat"], lsize=3.8, vsize=6.2)
    _lbl(pg, x + 27, y0 + 24, "Date de naiss.", c["dob_fr"], lsize=3.8, vsize=6.2)
    _lbl(pg, x, y0 + 31, c["l_line4"], c["line4"], lsize=3.8, vsize=6.0)
    _lbl(pg, x, y0 + 38, "N° du document", c["number"], lsize=3.8, vsize=6.6)
    _lbl(pg, x + 28, y0 + 38, "Date d'expiration", c["exp_fr"], lsize=3.8, vsize=6.2)
    pg.image(x0 + 3, y0 + 42, 22, 9, signature(c["given_names"].split()[0], rng, (20, 20, 20)))
    x0, y0 = 40, 100
    if c.get("back_lines"):
        pg.para(x0 + 4, y0 + 7, c["back_lines"], "dejavu", 5.0, 2.6)
    _mrz(pg, x0 + 3, y0 + 37, c["mrz"], 8.6, 5.0)
    pg.text(105, 200, "Copie certifiée conforme à l'original", "serif-i", 7, (180, 180, 180), "c")
    if not c.get("certified"):
        pg.ops.pop()
    return pg


# ---------------------------------------------------------------- birth certificates


def birth_tunisia(b: dict, rng: random.Random) -> Page:
    """Extrait d'acte de naissance, République tunisienne (bilingual Arabic / French form)."""
    pg = Page(210, 297, (250, 249, 244))
    ar, fr = "amiri", "serif"
    pg.text(195, 16, "الجمهورية التونسية", "amiri-b", 13, (20, 20, 20), "r")
    pg.text(15, 16, "RÉPUBLIQUE TUNISIENNE", "serif-b", 11)
    pg.text(195, 23, "وزارة الداخلية", ar, 10, (20, 20, 20), "r")
    pg.text(15, 23, "Ministère de l'Intérieur", fr, 9)
    pg.text(195, 30, f"بلدية {b['ar_city']}", ar, 10, (20, 20, 20), "r")
    pg.text(15, 30, f"Municipalité de {b['place_city']}", fr, 9)
    pg.text(105, 46, "مضمون ولادة", "amiri-b", 18, (20, 20, 20), "c")
    pg.text(105, 55, "EXTRAIT D'ACTE DE NAISSANCE", "serif-b", 14, (20, 20, 20), "c")
    pg.text(15, 66, f"Année : {b['year_reg']}   Numéro : {b['act_no']}", fr, 10)
    rows = [
        ("Nom", "اللقب", b["surname"].upper()),
        ("Prénom", "الاسم", b["given_names"]),
        ("Sexe", "الجنس", b["sex_text"]),
        ("Date de naissance", "تاريخ الولادة", b["dob_words"]),
        ("Lieu de naissance", "مكان الولادة", b["place"]),
        ("Père", "الأب", b["father"]),
        ("Mère", "الأم", b["mother"]),
        ("Nationalité", "الجنسية", "Tunisienne"),
    ]
    y = 78
    for frl, arl, val in rows:
        pg.rect(15, y, 180, 14, (90, 90, 90), None, 0.25)
        pg.text(18, y + 8.5, frl, "serif-b", 9.5)
        pg.text(192, y + 9, arl, "amiri-b", 11, (20, 20, 20), "r")
        pg.text(62, y + 8.5, val, "dejavu", 9.5, (30, 30, 60))
        y += 14
    pg.text(15, y + 12, "Mentions marginales : Néant", fr, 9.5)
    pg.text(15, y + 22, f"Délivré à {b['place_city']}, le {codes.fr_date(b['issued_on'])}", fr, 10)
    pg.text(150, y + 22, "L'Officier de l'état civil", fr, 9.5, align="c")
    pg.image(120, y + 25, 60, 60, stamp(["BALADIYAT", b["place_city"].upper(), "ETAT CIVIL"], rng))
    pg.image(130, y + 38, 45, 18, signature("Hamdi", rng))
    return pg


def birth_india(b: dict, rng: random.Random) -> Page:
    pg = Page(210, 297, (253, 252, 247))
    pg.rect(8, 8, 194, 281, (60, 90, 60), None, 0.8)
    pg.text(105, 22, "GOVERNMENT OF TAMIL NADU", "serif-b", 13, align="c")
    pg.text(105, 29, "DEPARTMENT OF PUBLIC HEALTH AND PREVENTIVE MEDICINE", "serif", 9, align="c")
    pg.text(105, 35, b["local_body"], "serif", 9, align="c")
    pg.text(105, 47, "BIRTH CERTIFICATE", "serif-b", 16, align="c")
    pg.para(
        18,
        56,
        [
            "(Issued under Section 12/17 of the Registration of Births and Deaths Act, 1969",
            " and Rule 8/13 of the Tamil Nadu Registration of Births and Deaths Rules, 2000)",
        ],
        "serif-i",
        8.5,
    )
    pg.para(
        18,
        68,
        [
            "This is to certify that the following information has been taken from the original",
            "record of birth which is the register for (local area/local body) of",
            f"{b['local_body'].title()} of Taluk {b['taluk']} of District {b['district']} "
            "of State Tamil Nadu, India.",
        ],
        "serif",
        9.5,
    )
    rows = [
        ("Name", b["full_name"]),
        ("Sex", b["sex_text"]),
        ("Date of Birth", b["dob_text"]),
        ("Place of Birth", b["place"]),
        ("Name of Mother", b["mother"]),
        ("Name of Father", b["father"]),
        ("Address of parents at the time of birth of the child", b["parents_addr"]),
        ("Permanent address of parents", b["parents_addr"]),
        ("Registration Number", b["reg_no"]),
        ("Date of Registration", b["reg_date"]),
        ("Remarks (if any)", ""),
    ]
    y = 90
    for lab, val in rows:
        pg.text(18, y, lab, "serif", 9.5)
        pg.text(100, y, ": " + val, "serif-b", 9.5)
        y += 9
    pg.text(18, y + 10, f"Date of Issue : {b['issued_text']}", "serif", 9.5)
    pg.text(150, y + 10, "Signature of the issuing authority", "serif", 8.5, align="c")
    pg.text(150, y + 15, "Registrar of Births & Deaths", "serif-b", 8.5, align="c")
    pg.image(
        125, y + 16, 50, 50, stamp(["REGISTRAR", b["district"].upper(), "BIRTHS & DEATHS"], rng)
    )
    pg.image(130, y - 8, 40, 16, signature("Selvaraj", rng))
    pg.text(18, 275, '"Ensure Registration of Every Birth and Death"', "serif-i", 8)
    return pg


def birth_brazil(b: dict, rng: random.Random) -> Page:
    pg = Page(210, 297, (255, 255, 255))
    pg.rect(10, 10, 190, 277, (30, 80, 40), None, 1.2)
    pg.text(105, 25, "REPÚBLICA FEDERATIVA DO BRASIL", "free-serif-b", 13, align="c")
    pg.text(105, 32, "REGISTRO CIVIL DAS PESSOAS NATURAIS", "free-serif", 10, align="c")
    pg.text(105, 44, "CERTIDÃO DE NASCIMENTO", "free-serif-b", 17, align="c")
    pg.text(20, 56, "NOME", "sans", 7)
    pg.text(20, 62, b["full_name"].upper(), "sans-b", 12)
    pg.text(20, 70, "MATRÍCULA", "sans", 7)
    pg.text(20, 76, b["matricula"], "mono", 10)
    cells = [
        ("DATA DE NASCIMENTO POR EXTENSO", b["dob_words"], 20, 86),
        ("DIA", b["dob"][8:], 20, 98),
        ("MÊS", b["dob"][5:7], 40, 98),
        ("ANO", b["dob"][:4], 60, 98),
        ("HORA", "14:35", 85, 98),
        ("MUNICÍPIO DE REGISTRO E UNIDADE DA FEDERAÇÃO", b["reg_city"], 20, 110),
        ("LOCAL DE NASCIMENTO", b["place"], 20, 122),
        ("MUNICÍPIO DE NASCIMENTO E UNIDADE DA FEDERAÇÃO", b["birth_city"], 20, 134),
        ("SEXO", b["sex_text"], 150, 98),
        ("FILIAÇÃO", b["parents"], 20, 146),
        ("AVÓS", b["grandparents"], 20, 158),
        ("DATA DO REGISTRO POR EXTENSO", b["reg_words"], 20, 170),
        ("NOME DO DECLARANTE", b["declarant"], 20, 182),
        ("OBSERVAÇÕES / AVERBAÇÕES", "Nada consta.", 20, 194),
    ]
    for lab, val, x, y in cells:
        pg.rect(x - 2, y - 4, 174 if x == 20 and lab[0] not in "DMA" else 18, 11, (120, 140, 120))
        pg.text(x, y - 1, lab, "sans", 5.5, (60, 80, 60))
        pg.text(x, y + 4.6, val, "sans-b", 8.4)
    pg.para(20, 214, [b["cartorio"], b["cartorio_addr"], "O conteúdo da certidão é verdadeiro."])
    pg.text(20, 232, f"{b['reg_city'].split(' - ')[0]}, {b['issued_words']}.", "sans", 9)
    pg.image(120, 226, 60, 22, signature("Mariana R.", rng, (10, 10, 10)))
    pg.text(150, 252, "Oficial de Registro Civil", "sans", 8, align="c")
    pg.text(20, 270, "Selo digital: " + b["selo"], "mono", 7.5)
    return pg


def apostille(a: dict, rng: random.Random) -> Page:
    """The Hague Convention model certificate (10 numbered items), bilingual per issuer."""
    pg = Page(210, 297, (255, 255, 255))
    x0, y0, w = 30, 30, 150
    pg.rect(x0, y0, w, 185, (20, 20, 20), None, 0.7)
    pg.text(105, y0 + 12, "APOSTILLE", "serif-b", 18, align="c")
    pg.text(105, y0 + 19, a["conv"], "serif-i", 8.5, align="c")
    items = [
        ("1. Country / Pays :", a["country_text"]),
        ("This public document / Le présent acte public", ""),
        ("2. has been signed by / a été signé par", a["doc_signer"]),
        ("3. acting in the capacity of / agissant en qualité de", a["doc_capacity"]),
        ("4. bears the seal/stamp of / est revêtu du sceau de", a["doc_seal"]),
        ("Certified / Attesté", ""),
        ("5. at / à", a["at"]),
        ("6. the / le", a["on_text"]),
        ("7. by / par", a["by"]),
        ("8. No / sous n°", a["number"]),
        ("9. Seal/stamp / Sceau/timbre :", ""),
        ("10. Signature :", ""),
    ]
    y = y0 + 30
    for lab, val in items:
        bold = not lab[0].isdigit()
        pg.text(x0 + 6, y, lab, "serif-b" if bold else "serif", 9)
        if val:
            pg.text(x0 + 6 + (60 if len(lab) < 22 else 84), y, val, "dejavu-b", 7.8, (20, 20, 70))
        y += 9.5
    pg.image(x0 + 8, y - 10, 40, 40, stamp(a["stamp"], rng))
    pg.image(x0 + 80, y - 12, 50, 20, signature(a["signer_short"], rng))
    if a.get("qr"):  # a verification block as on Brazilian e-apostilles
        pg.text(x0 + 6, y0 + 176, "Verifique em / check at:", "sans", 7)
        pg.text(x0 + 6, y0 + 181, a["qr"], "mono", 7)
    return pg
