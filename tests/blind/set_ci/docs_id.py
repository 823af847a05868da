"""Identity documents, visas, residence permits, birth certificates, apostilles, translations."""

from __future__ import annotations

import math
import random

import numpy as np
from PIL import Image, ImageDraw

from common import Page, render_pil, sign, stamp

MON_EN = ["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"]
MON_FR = ["JANV", "FÉVR", "MARS", "AVR", "MAI", "JUIN", "JUIL", "AOÛT", "SEPT", "OCT", "NOV", "DÉC"]
MON_ES = ["ENE", "FEB", "MAR", "ABR", "MAY", "JUN", "JUL", "AGO", "SEP", "OCT", "NOV", "DIC"]
MON_TR = ["Oca", "Şub", "Mar", "Nis", "May", "Haz", "Tem", "Ağu", "Eyl", "Eki", "Kas", "Ara"]
MON_UK = ["СІЧ", "ЛЮТ", "БЕР", "КВІ", "ТРА", "ЧЕР", "ЛИП", "СЕР", "ВЕР", "ЖОВ", "ЛИС", "ГРУ"]
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


def ymd(iso):
    y, m, d = iso.split("-")
    return int(y), int(m), int(d)


def mrzd(iso):
    return iso[2:4] + iso[5:7] + iso[8:10]


def fr(iso):
    y, m, d = ymd(iso)
    return f"{d:02d}/{m:02d}/{y:04d}"


def words_fr(iso):
    y, m, d = ymd(iso)
    return f"{d} {MOIS[m - 1]} {y}"


def face(rng, skin=(150, 105, 75), hair=(25, 20, 18), w=300, h=380, long_hair=False):
    img = Image.new("RGB", (w, h), (214, 220, 226))
    d = ImageDraw.Draw(img)
    cx = w // 2 + rng.randint(-8, 8)
    if long_hair:
        d.ellipse([cx - 105, 50, cx + 105, 330], fill=hair)
    d.ellipse([cx - 150, 290, cx + 150, 520], fill=(60, 62, 70))
    d.rectangle([cx - 35, 230, cx + 35, 310], fill=skin)
    d.ellipse([cx - 80, 70, cx + 80, 270], fill=skin)
    d.chord([cx - 86, 55, cx + 86, 200], 180, 360, fill=hair)
    for ex in (-32, 32):
        d.ellipse([cx + ex - 10, 160, cx + ex + 10, 172], fill=(40, 30, 25))
    d.line([cx, 170, cx - 6, 210, cx + 4, 212], fill=tuple(int(v * 0.8) for v in skin), width=3)
    d.arc([cx - 30, 215, cx + 30, 245], 20, 160, fill=(110, 50, 50), width=4)
    return img


def guilloche(page, x, y, w, h, color, rng, n=14):
    for i in range(n):
        ph = rng.uniform(0, 6.28)
        amp = rng.uniform(1.5, 4)
        fq = rng.uniform(0.08, 0.2)
        y0 = y + h * (i + 0.5) / n
        pts = [(x + t, y0 + amp * math.sin(fq * t + ph)) for t in np.linspace(0, w, 120)]
        page.poly(pts, w=0.12, color=color)


def passport_page(c, rng):
    """ICAO TD3 data page, 125 x 88 mm. c: dict of printed values and style."""
    p = Page(125, 88, c.get("bg", (236, 238, 228)))
    guilloche(p, 0, 0, 125, 88, c.get("guil", (205, 214, 200)), rng)
    col = c.get("ink", (30, 40, 60))
    p.text(62.5, 6, c["head1"], "sansb", 7.5, col, "c")
    p.text(62.5, 10.5, c["head2"], "sans", 6.5, col, "c")
    p.image(5, 15, 31, 40, face(rng, **c.get("face", {})))
    lab = c.get("labfont", "sans")
    x0, y = 40, 17
    for i, (label, value) in enumerate(c["rows"]):
        if isinstance(label, tuple):
            xx = x0 + label[1]
            label = label[0]
        else:
            xx = x0
        p.text(xx, y, label, lab, 4.6, (80, 80, 95))
        p.text(xx, y + 3.6, value, c.get("valfont", "sansb"), 7.6, (10, 10, 15))
        nxt = c["rows"][i + 1][0] if i + 1 < len(c["rows"]) else None
        if not isinstance(nxt, tuple) or nxt[1] == 0:
            y += 7.6
    p.text(110, 17, c["number"], "monob", 8.5, (150, 20, 30), "c")
    sig = c.get("holder_sig")
    if sig:
        sign(p, 6, 56, 30, 9, sig, rng, color=(10, 10, 20), width=0.3)
    p.rect(0, 68, 125, 20, stroke=None, fill=c.get("mrzbg", (240, 240, 232)))
    p.text(4, 75.5, c["mrz"][0], "mono", 11.6, (0, 0, 0))
    p.text(4, 83.0, c["mrz"][1], "mono", 11.6, (0, 0, 0))
    return p


def booklet(data_page_img, upper_img, rng, cover=(40, 35, 80)):
    """Open passport: upper page above, data page below, a cover edge around."""
    w, h = data_page_img.size
    out = Image.new("RGB", (w + 24, 2 * h + 30), cover)
    out.paste(upper_img.resize((w, h)), (12, 12))
    out.paste(data_page_img, (12, h + 18))
    d = ImageDraw.Draw(out)
    d.line([(12, h + 15), (w + 12, h + 15)], fill=(120, 120, 120), width=4)
    return out


def blank_visa_page(rng, text="VISAS", color=(210, 220, 235)):
    p = Page(125, 88, (240, 242, 236))
    guilloche(p, 0, 0, 125, 88, color, rng, 10)
    p.text(62.5, 48, text, "serifb", 26, (225, 228, 232), "c")
    return p


def visa_sticker(v, rng):
    """French uniform-format visa sticker on a passport page (125 x 88 mm)."""
    p = Page(125, 88, (242, 240, 236))
    guilloche(p, 0, 0, 125, 88, (222, 214, 224), rng, 8)
    p.rect(3, 3, 119, 82, stroke=None, fill=(232, 236, 243))
    guilloche(p, 3, 3, 119, 55, (196, 206, 228), rng, 18)
    p.image(5, 14, 24, 31, face(rng, **v.get("face", {})))
    p.text(6, 9, "VISA", "sansb", 12, (30, 60, 140))
    p.text(118, 8.5, "FRA", "monob", 8, (160, 30, 40), "r")
    p.text(118, 12.5, v["number"], "monob", 10, (160, 30, 40), "r")
    rows = [
        ("VALABLE POUR", "FRANCE", 33, 10),
        ("DU", v["from_s"], 33, 16),
        ("AU", v["until_s"], 70, 16),
        ("TYPE DE VISA", "D", 33, 22),
        ("NOMBRE D'ENTREES", "MULT", 60, 22),
        ("DUREE DE SEJOUR", v["days"] + " JOURS", 92, 22),
        ("DELIVRE A", v["issued_at"], 33, 28),
        ("LE", v["issued_s"], 80, 28),
        ("NUMERO DE PASSEPORT", v["passport"], 33, 34),
        ("NOM, PRENOM", v["name"], 33, 40),
        ("REMARQUES", "", 33, 46),
    ]
    for lab, val, x, y in rows:
        p.text(x, y - 3, lab, "cond", 4.2, (60, 60, 90))
        p.text(x, y + 0.6, val, "monob", 7.2, (15, 15, 20))
    yy = 47
    for r in v["remarks"]:
        p.text(33, yy, r, "monob", 6.6, (15, 15, 20))
        yy += 3.2
    p.text(118, 56, "RÉPUBLIQUE FRANÇAISE", "sansb", 4.5, (60, 60, 90), "r")
    p.rect(3, 61, 119, 24, stroke=None, fill=(244, 244, 240))
    p.text(4, 72, v["mrz"][0], "mono", 11.6)
    p.text(4, 80, v["mrz"][1], "mono", 11.6)
    stamp(p, 100, 42, 9, ["CONSULAT", "DE FRANCE", v["issued_at"][:10]], (60, 80, 160))
    return p


def id1_front(c, rng):
    """ID-1 card front, 85.6 x 54 mm."""
    p = Page(85.6, 54, c.get("bg", (228, 232, 240)))
    guilloche(p, 0, 0, 85.6, 54, c.get("guil", (200, 210, 228)), rng, 12)
    p.rect(0, 0, 85.6, 8, stroke=None, fill=c.get("band", (25, 55, 125)))
    p.text(3, 3.6, c["head1"], "sansb", 5.6, (255, 255, 255))
    p.text(3, 6.6, c["head2"], "sans", 4.4, (255, 255, 255))
    p.image(3, 11, 21, 27, face(rng, **c.get("face", {})))
    y = 12
    for label, value, dx in c["rows"]:
        p.text(27 + dx, y, label, "cond", 3.5, (70, 70, 95))
        p.text(27 + dx, y + 3.0, value, "condb", 5.8, (10, 10, 15))
        if dx == 0 and not c.get("pair_next", {}).get(label):
            y += 6.3
    if c.get("number"):
        p.text(83, 12, c["number"], "monob", 6, (140, 20, 30), "r")
    if c.get("sig"):
        sign(p, 3, 39, 22, 8, c["sig"], rng, color=(10, 10, 30), width=0.22)
    return p


def id1_back(c, rng):
    p = Page(85.6, 54, c.get("bg", (228, 232, 240)))
    guilloche(p, 0, 0, 85.6, 32, c.get("guil", (200, 210, 228)), rng, 8)
    y = 5
    for label, value in c["back_rows"]:
        p.text(4, y, label, "cond", 3.5, (70, 70, 95))
        p.text(4, y + 3, value, "condb", 5.4, (10, 10, 15))
        y += 6.4
    p.rect(0, 33, 85.6, 21, stroke=None, fill=(242, 242, 238))
    for i, ln in enumerate(c["mrz"]):
        p.text(3.2, 39 + i * 6.2, ln, "mono", 9.9)
    return p


def card_scan_page(front, back, rng, dpi=300):
    """Front and back of an ID-1 card photocopied on one A4 page."""
    p = Page()
    p.image(25, 30, 85.6 * 1.0, 54, render_pil(front, dpi))
    p.image(25, 100, 85.6, 54, render_pil(back, dpi))
    return p


# ---------------------------------------------------------------- birth certificates
def civ_extrait(b, rng):
    p = Page(210, 297, (250, 248, 240))
    p.text(50, 16, "RÉPUBLIQUE DE CÔTE D'IVOIRE", "timesb", 11, align="c")
    p.text(50, 21, "Union - Discipline - Travail", "serifi", 8, align="c")
    p.line(35, 23, 65, 23, 0.3)
    p.text(50, 30, "DÉPARTEMENT DE " + b["dept"], "times", 9, align="c")
    p.text(50, 35, "COMMUNE DE " + b["commune"], "times", 9, align="c")
    p.text(50, 40, "CENTRE D'ÉTAT CIVIL", "times", 9, align="c")
    p.text(160, 20, "EXTRAIT", "timesb", 16, align="c")
    p.text(160, 27, "du Registre des Actes de l'État Civil", "times", 9, align="c")
    p.text(160, 32, "pour l'année " + b["dob"][:4], "times", 9, align="c")
    p.text(20, 55, "N° " + b["acte_no"] + " DU " + b["acte_date_s"] + " DU REGISTRE", "timesb", 10)
    p.text(105, 67, "ACTE DE NAISSANCE", "timesb", 13, align="c")
    lines = [
        ("Le", b["dob_words"]),
        ("à", b["hour"]),
        ("est né(e)", b["full"]),
        ("à", b["place"]),
        ("fille de", b["father"]),
        ("et de", b["mother"]),
    ]
    y = 82
    for lab, val in lines:
        p.text(20, y, lab, "times", 10)
        p.line(40, y + 1, 190, y + 1, 0.15, (120, 120, 120))
        p.hand(42, y, val, "hand3", 12, (20, 20, 60), seed=rng.randrange(1 << 20))
        y += 11
    p.text(20, y + 6, "MENTIONS (éventuellement) :", "timesb", 9)
    p.text(20, y + 12, "Marié(e) le ............ avec ............", "times", 9)
    p.text(20, y + 18, "Divorcé(e) le ............", "times", 9)
    p.text(20, y + 24, "Décédé(e) le ............", "times", 9)
    p.para(
        20,
        y + 38,
        170,
        "Certifié le présent extrait conforme aux indications portées au registre.",
        "times",
        10,
    )
    p.text(120, y + 52, "Délivré à " + b["commune"].title() + ", le " + b["issued_s"], "times", 10)
    p.text(120, y + 58, "L'Officier de l'État Civil", "timesb", 10)
    stamp(p, 140, y + 78, 15, ["MAIRIE DE", b["commune"], "ÉTAT CIVIL"], (110, 40, 120))
    sign(p, 125, y + 62, 50, 18, "Kone", rng, color=(30, 30, 90))
    p.text(20, 285, "Timbre fiscal 500 F CFA", "times", 7)
    return p


def col_registro(b, rng):
    p = Page(216, 279, (255, 255, 255))
    g = (60, 60, 60)
    p.text(108, 14, "REPÚBLICA DE COLOMBIA", "sansb", 10, align="c")
    p.text(108, 19, "REGISTRADURÍA NACIONAL DEL ESTADO CIVIL", "sansb", 8, align="c")
    p.text(108, 26, "REGISTRO CIVIL DE NACIMIENTO", "sansb", 12, align="c")
    p.rect(150, 32, 55, 12)
    p.text(152, 36, "Indicativo Serial", "sans", 6, g)
    p.text(152, 42, b["serial"], "monob", 10)
    p.rect(10, 32, 60, 12)
    p.text(12, 36, "NUIP", "sans", 6, g)
    p.text(12, 42, b["nuip"], "monob", 10)
    sections = [
        (
            "Datos de la oficina de registro",
            [
                ("Clase de oficina", "NOTARÍA"),
                ("Número", "15"),
                ("País - Departamento - Municipio", "COLOMBIA - ANTIOQUIA - MEDELLÍN"),
                ("Código", "05001"),
            ],
        ),
        (
            "Datos del inscrito",
            [
                ("Primer Apellido", b["ap1"]),
                ("Segundo Apellido", b["ap2"]),
                ("Nombre(s)", b["names"]),
                ("Fecha de nacimiento (Día Mes Año)", b["dob_s"]),
                ("Sexo", "FEMENINO"),
                ("Lugar de nacimiento (País - Departamento - Municipio)", b["place"]),
                ("Grupo sanguíneo / Factor RH", "O+"),
            ],
        ),
        (
            "Datos de la madre",
            [("Apellidos y nombres completos", b["mother"]), ("Nacionalidad", "COLOMBIANA")],
        ),
        (
            "Datos del padre",
            [("Apellidos y nombres completos", b["father"]), ("Nacionalidad", "COLOMBIANA")],
        ),
        ("Datos del declarante", [("Apellidos y nombres completos", b["father"])]),
    ]
    y = 50
    for title, rows in sections:
        p.rect(10, y, 196, 5.5, stroke=None, fill=(215, 215, 215))
        p.text(12, y + 4, title, "sansb", 7.5)
        y += 5.5
        for i in range(0, len(rows), 2):
            for j, (lab, val) in enumerate(rows[i : i + 2]):
                x = 10 + j * 98
                p.rect(x, y, 98 if len(rows[i : i + 2]) == 2 else 196, 11, lw=0.2)
                p.text(x + 2, y + 3.5, lab, "sans", 5.5, g)
                p.text(x + 2, y + 8.8, val, "mono", 9)
            y += 11
        y += 3
    p.text(12, y + 6, "Fecha de inscripción: " + b["insc_s"], "sans", 8)
    p.line(20, y + 34, 90, y + 34, 0.2)
    p.text(55, y + 38, "Firma del funcionario", "sans", 6.5, g, "c")
    sign(p, 25, y + 18, 55, 16, "Restrepo", rng, color=(20, 20, 80))
    p.text(
        12,
        255,
        "ESTE DOCUMENTO ES FIEL COPIA DEL ORIGINAL QUE REPOSA EN ESTA OFICINA. "
        "Expedido el " + b["copy_s"],
        "sans",
        6.5,
    )
    stamp(p, 170, y + 28, 14, ["NOTARÍA 15", "MEDELLÍN", "COLOMBIA"], (30, 30, 150))
    return p


def col_apostille(a, rng):
    p = Page()
    p.rect(0, 0, 210, 24, stroke=None, fill=(250, 222, 60))
    p.rect(0, 24, 210, 3, stroke=None, fill=(30, 60, 150))
    p.rect(0, 27, 210, 3, stroke=None, fill=(200, 30, 40))
    p.text(15, 12, "Cancillería", "latob", 18, (30, 40, 90))
    p.text(15, 19, "Ministerio de Relaciones Exteriores - República de Colombia", "lato", 8)
    p.text(105, 44, "APOSTILLE", "latob", 18, align="c")
    p.text(105, 51, "(Convention de La Haye du 5 octobre 1961)", "lato", 9, align="c")
    items = [
        ("1.", "País: / Country: / Pays:", "República de Colombia"),
        ("", "El presente documento público / This public document / Le présent acte public", ""),
        ("2.", "Ha sido firmado por: / Has been signed by: / A été signé par:", a["signer"]),
        (
            "3.",
            ("Quien actúa en calidad de: / Acting in the capacity of: / Agissant en qualité de:"),
            a["capacity"],
        ),
        ("4.", "Y está revestido del sello / timbre de: / Bears the seal / stamp of:", a["seal"]),
        ("", "Certificado / Certified / Attesté", ""),
        ("5.", "En: / At: / À:", "Bogotá D.C."),
        ("6.", "El: / The: / Le:", a["issued_s"]),
        ("7.", "Por: / By: / Par:", "Ministerio de Relaciones Exteriores de Colombia"),
        ("8.", "Bajo el número: / Under number: / Sous le numéro:", a["number"]),
        (
            "9.",
            "Sello / timbre: / Seal / stamp:",
            ("Firma digital - Ministerio de Relaciones Exteriores"),
        ),
        ("10.", "Firma: / Signature:", a["by"]),
    ]
    y = 64
    for n, lab, val in items:
        if n:
            p.text(20, y, n, "latob", 9)
        p.text(30, y, lab, "lato", 8.5 if n else 9)
        if val:
            y += 5
            p.text(30, y, val, "latob", 10)
        y += 8.5
    p.rect(20, y + 2, 170, 28, stroke=(150, 150, 150))
    p.text(24, y + 9, "Tipo de documento: REGISTRO CIVIL DE NACIMIENTO", "lato", 8)
    p.text(24, y + 15, "Nombre del titular: " + a["holder"], "lato", 8)
    p.text(24, y + 21, "Código de verificación: " + a["code"], "latob", 8)
    p.text(
        24,
        y + 27,
        "Verifique en https://tramites.cancilleria.gov.co/apostillalegalizacion",
        "lato",
        7,
    )
    sign(p, 120, y + 36, 60, 18, "Castillo", rng, color=(10, 10, 10), width=0.35)
    p.text(150, y + 58, a["by"], "lato", 7.5, align="c")
    p.para(
        20,
        270,
        170,
        "La Apostilla no certifica el contenido del documento. / This "
        "Apostille only certifies the signature, the capacity of the signer and the seal "
        "or stamp it bears.",
        "lato",
        6.5,
    )
    return p


def tur_formul_a(b, rng):
    p = Page()
    p.text(105, 14, "TÜRKİYE CUMHURİYETİ", "sansb", 10, align="c")
    p.text(
        105,
        19,
        "İÇİŞLERİ BAKANLIĞI - NÜFUS VE VATANDAŞLIK İŞLERİ GENEL MÜDÜRLÜĞÜ",
        "sans",
        7,
        align="c",
    )
    p.text(105, 27, "DOĞUM KAYIT ÖRNEĞİ (FORMÜL A)", "sansb", 11, align="c")
    p.text(
        105,
        32,
        "Extrait plurilingue d'acte de naissance / Extract from the register of births",
        "sans",
        7,
        align="c",
    )
    p.text(105, 36, "(Convention CIEC n° 16 du 8 septembre 1976)", "sans", 6.5, align="c")
    rows = [
        ("1", "Devlet / État / State", "TÜRKİYE"),
        ("2", "Nüfus idaresi / Service d'état civil / Civil registry", b["office"]),
        ("3", "Tescil tarihi ve no / Date et n° de l'acte / Date and No.", b["reg"]),
        ("4", "Doğum tarihi / Date de naissance / Date of birth", b["dob_s"]),
        ("5", "Doğum yeri / Lieu de naissance / Place of birth", b["place"]),
        ("6", "Cinsiyeti / Sexe / Sex", "M"),
        ("7", "Soyadı / Nom / Surname", b["surname"]),
        ("8", "Adı / Prénoms / Forenames", b["names"]),
        ("9", "Babasının soyadı ve adı / Nom et prénoms du père", b["father"]),
        ("10", "Annesinin soyadı ve adı / Nom et prénoms de la mère", b["mother"]),
        ("11", "T.C. Kimlik No / N° d'identification", b["tckn"]),
    ]
    y = 44
    for n, lab, val in rows:
        p.rect(12, y, 186, 12, lw=0.2)
        p.text(14, y + 4, n, "sansb", 7)
        p.text(22, y + 4, lab, "sans", 6.2, (70, 70, 70))
        p.text(22, y + 9.8, val, "monob", 9.5)
        y += 12
    p.text(
        14,
        y + 8,
        "Kodlar / Codes: Jour-JJ, Mois-MM, Année-AAAA; M = masculin, F = féminin",
        "sans",
        6.5,
    )
    p.text(14, y + 18, "Veriliş tarihi / Date de délivrance: " + b["issued_s"], "sans", 8.5)
    p.text(14, y + 24, "Düzenleyen / Signature: Nüfus Müdürü", "sans", 8.5)
    p.text(14, y + 30, "Doğrulama kodu / Code de vérification: " + b["code"], "monob", 8)
    stamp(p, 150, y + 30, 16, ["NÜFUS MÜDÜRLÜĞÜ", "KADIKÖY", "İSTANBUL"], (150, 30, 40))
    sign(p, 110, y + 18, 50, 16, "Demir", rng, color=(20, 20, 90))
    return p


def ukr_svidotstvo(b, rng):
    p = Page(148, 210, (222, 236, 222))
    guilloche(p, 0, 0, 148, 210, (190, 215, 195), rng, 30)
    ink = (20, 60, 30)
    p.text(74, 14, "УКРАЇНА", "serifb", 12, ink, "c")
    p.text(74, 24, "СВІДОЦТВО ПРО НАРОДЖЕННЯ", "serifb", 12, ink, "c")
    rows = [
        ("Прізвище", b["surname_uk"]),
        ("Ім'я", b["name_uk"]),
        ("По батькові", b["patr_uk"]),
        ("народився(лася)", b["dob_uk"]),
        ("", b["dob_words_uk"]),
        ("Місце народження: місто, село", b["city_uk"]),
        ("район", ""),
        ("область", b["oblast_uk"]),
        ("країна", "Україна"),
        ("про що", b["act_uk"]),
        ("Батько", b["father_uk"]),
        ("громадянство", "Україна"),
        ("Мати", b["mother_uk"]),
        ("громадянство", "Україна"),
        ("Місце державної реєстрації", b["office_uk"]),
        ("Дата видачі", b["issued_uk"]),
    ]
    y = 36
    for lab, val in rows:
        if lab:
            p.text(10, y - 3.2, lab, "serif", 5.5, ink)
        p.line(10, y + 1, 138, y + 1, 0.12, ink)
        p.text(14, y, val, "sans", 8.2, (10, 10, 10))
        y += 9
    p.text(
        10, y + 3, "Керівник органу державної реєстрації актів цивільного стану", "serif", 5.5, ink
    )
    sign(p, 80, y + 2, 40, 12, "Shevchuk", rng, color=(20, 20, 100), width=0.3)
    stamp(p, 45, y + 17, 11, ["ВІДДІЛ ДРАЦС", "ХАРКІВ"], (40, 50, 150))
    p.text(74, 204, b["serial"], "serifb", 10, (150, 20, 20), "c")
    return p


def ukr_apostille(a, rng):
    p = Page(148, 210, (252, 252, 248))
    p.rect(8, 8, 132, 150, lw=0.5)
    p.text(74, 18, "АПОСТИЛЬ / APOSTILLE", "serifb", 12, align="c")
    p.text(74, 24, "(Convention de La Haye du 5 octobre 1961)", "serif", 6.5, align="c")
    items = [
        ("1. Країна / Country:", "Україна / Ukraine"),
        ("Цей офіційний документ / This public document", None),
        ("2. підписаний / has been signed by:", a["signer"]),
        ("3. який діє як / acting in the capacity of:", a["capacity"]),
        ("4. скріплений печаткою / bears the seal of:", a["seal"]),
        ("Засвідчено / Certified", None),
        ("5. в / at:", a["at"]),
        ("6. дата / the:", a["issued_s"]),
        ("7. ким / by:", a["by_org"]),
        ("8. за № / No:", a["number"]),
        ("9. Печатка / Seal:", ""),
        ("10. Підпис / Signature:", ""),
    ]
    y = 34
    for lab, val in items:
        p.text(12, y, lab, "serifb" if val is None else "serif", 6.6)
        if val:
            p.text(16, y + 4.2, val, "sans", 7.2, (10, 10, 60))
            y += 4
        y += 7.4
    stamp(p, 42, 140, 11, ["МІНІСТЕРСТВО", "ЮСТИЦІЇ", "УКРАЇНИ"], (40, 50, 150))
    sign(p, 80, 128, 45, 14, a["by_person"], rng, color=(20, 20, 100), width=0.3)
    p.text(100, 152, a["by_person"], "serif", 6.5, align="c")
    return p


def translation(t, rng):
    p = Page()
    p.text(20, 18, t["translator"], "timesb", 11)
    p.text(
        20, 23, "Traductrice-interprète expert près la Cour d'appel de " + t["court"], "times", 9
    )
    p.text(20, 27.5, t["addr"], "times", 9)
    p.text(105, 42, "TRADUCTION DE L'UKRAINIEN", "timesb", 12, align="c")
    p.text(105, 50, "UKRAINE", "timesb", 11, align="c")
    p.text(105, 57, "CERTIFICAT DE NAISSANCE", "timesb", 13, align="c")
    rows = [
        ("Nom", t["surname"]),
        ("Prénom", t["name"]),
        ("Patronyme", t["patr"]),
        ("est né(e) le", t["dob_s"] + " (" + t["dob_words"] + ")"),
        ("Lieu de naissance : ville", t["city"]),
        ("région", t["oblast"]),
        ("pays", "Ukraine"),
        ("ce dont a été dressé l'acte de naissance", t["act"]),
        ("Père", t["father"]),
        ("nationalité", "Ukraine"),
        ("Mère", t["mother"]),
        ("nationalité", "Ukraine"),
        ("Lieu d'enregistrement", t["office"]),
        ("Date de délivrance", t["issued_s"]),
        ("Série et numéro", t["serial"]),
    ]
    y = 70
    for lab, val in rows:
        p.text(22, y, lab + " :", "times", 10)
        p.text(80, y, val, "timesb", 10)
        y += 7.2
    p.text(
        22,
        y + 3,
        "Sceau : Département de l'enregistrement de l'état civil [sceau rond]",
        "serifi",
        8.5,
    )
    p.text(
        22,
        y + 9,
        "Apostille n° " + t["apost_no"] + " du " + t["apost_s"] + " (traduite en annexe)",
        "serifi",
        8.5,
    )
    p.para(
        22,
        y + 22,
        166,
        "Je soussignée, " + t["translator"] + ", traductrice-interprète "
        "expert près la Cour d'appel de " + t["court"] + ", certifie que la présente "
        "traduction est conforme à l'original rédigé en langue ukrainienne qui m'a été "
        "présenté. TRADUCTION CERTIFIÉE CONFORME.",
        "times",
        10,
    )
    p.text(
        22,
        y + 46,
        "Fait à " + t["city_fr"] + ", le " + t["date_s"] + "   —   N° de registre : " + t["reg"],
        "times",
        10,
    )
    stamp(
        p,
        150,
        y + 65,
        17,
        [t["translator"].upper()[:22], "TRADUCTRICE EXPERT", "COUR D'APPEL", t["court"].upper()],
        (40, 60, 160),
    )
    sign(p, 95, y + 52, 45, 16, t["translator"], rng)
    return p


def random_seed(rng):
    return random.Random(rng.randrange(1 << 30))
