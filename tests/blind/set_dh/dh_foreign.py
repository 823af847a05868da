"""Foreign civil-status documents, legalisations, apostille and sworn translation (set_dh)."""

from __future__ import annotations

import random

from dh_core import Page, guilloche, rect_stamp, signature, stamp

GREY = (90, 90, 90)


def _rows(pg: Page, x, y, rows, lfont, vfont, size=10, gap=7.0, vx=None):
    for lbl, v in rows:
        pg.text(x, y, lbl, lfont, size - 1)
        pg.text(vx or x + 62, y, v, vfont, size)
        y += gap
    return y


def rdc_acte(d: dict, rng: random.Random) -> Page:
    """Acte de naissance, République démocratique du Congo (commune office register copy)."""
    pg = Page(bg=(248, 246, 238))
    f, fb = "times", "timesb"
    for i, s in enumerate(
        [
            "RÉPUBLIQUE DÉMOCRATIQUE DU CONGO",
            "VILLE-PROVINCE DE KINSHASA",
            f"COMMUNE DE {d['commune'].upper()}",
            "BUREAU DE L'ÉTAT CIVIL",
        ]
    ):
        pg.text(20, 20 + i * 5.5, s, fb if i == 0 else f, 10)
    pg.text(190, 20, f"Acte n° {d['acte_no']}", f, 10, align="r")
    pg.text(190, 25.5, f"Volume {d['volume']} - Folio {d['folio']}", f, 10, align="r")
    pg.text(105, 55, "ACTE DE NAISSANCE", fb, 17, align="m")
    pg.text(105, 61, "(Copie conforme)", "timesi", 10, align="m")
    y = pg.para(20, 74, d["preamble"], 170, f, 11, 5.6) + 4
    y = _rows(pg, 28, y, d["rows"], f, fb, 11, 7.2, 82) + 4
    y = pg.para(20, y, d["closing"], 170, f, 11, 5.6) + 8
    pg.text(130, y, "L'Officier de l'État Civil,", f, 11)
    signature(pg, 132, y + 4, 40, rng, (20, 20, 90))
    stamp(
        pg,
        110,
        y + 12,
        14,
        ["RDC - KINSHASA", f"COMMUNE DE {d['commune'].upper()}", "ÉTAT CIVIL"],
        (70, 40, 140),
    )
    pg.text(130, y + 26, d["officer"], fb, 10.5)
    return pg


def rdc_legalisation(d: dict, rng: random.Random) -> Page:
    """Back page: legalisation by the DRC foreign ministry then by the French embassy."""
    pg = Page(bg=(248, 246, 238))
    _w, h = rect_stamp(
        pg,
        20,
        30,
        [
            "MINISTÈRE DES AFFAIRES ÉTRANGÈRES",
            "ET COOPÉRATION INTERNATIONALE",
            "Direction de la Chancellerie - Légalisation",
            "Vu pour légalisation de la signature de",
            f"M. {d['officer']}, Officier de l'État Civil",
            f"Kinshasa/Gombe, le {d['mae_date']}",
            f"N° {d['mae_no']}",
        ],
        (30, 60, 130),
        7.5,
    )
    signature(pg, 40, 30 + h + 3, 36, rng, (20, 30, 120))
    stamp(pg, 150, 45, 15, ["RDC", "AFFAIRES ÉTRANGÈRES", "LÉGALISATION"], (30, 60, 130))
    y = 110.0
    _w2, h2 = rect_stamp(
        pg,
        60,
        y,
        [
            "AMBASSADE DE FRANCE EN RÉPUBLIQUE",
            "DÉMOCRATIQUE DU CONGO - SECTION CONSULAIRE",
            "Vu pour légalisation de la signature de",
            f"M. {d['mae_signer']}, apposée ci-contre",
            f"Kinshasa, le {d['amb_date']}",
            f"Légalisation n° {d['amb_no']}",
            "L'Agent consulaire",
        ],
        (140, 30, 50),
        7.5,
    )
    signature(pg, 90, y + h2 + 3, 34, rng, (20, 20, 20))
    stamp(pg, 170, y + 18, 14, ["RÉPUBLIQUE FRANÇAISE", "AMBASSADE", "KINSHASA"], (140, 30, 50))
    pg.rect(25, 200, 28, 32, stroke=(40, 120, 60), fill=(210, 235, 215), lw=0.4)
    pg.text(39, 212, "TIMBRE", "sansb", 7, (40, 120, 60), "m")
    pg.text(39, 218, "FISCAL", "sansb", 7, (40, 120, 60), "m")
    pg.text(39, 225, d["fee"], "sansb", 7, (40, 120, 60), "m")
    return pg


def lebanon_extrait(d: dict, rng: random.Random) -> Page:
    """Extrait d'état civil individuel (إخراج قيد فردي), bilingual Arabic / French."""
    pg = Page(bg=(246, 244, 236))
    guilloche(pg, 10, 10, 190, 270, rng, (225, 215, 200), 30)
    pg.text(20, 20, "RÉPUBLIQUE LIBANAISE", "timesb", 11)
    pg.text(20, 25.5, "Ministère de l'Intérieur et des Municipalités", "times", 9.5)
    pg.text(20, 30.5, "Direction Générale du Statut Personnel", "times", 9.5)
    pg.text(190, 21, "الجمهورية اللبنانية", "arabic", 13, align="r")
    pg.text(190, 27.5, "وزارة الداخلية والبلديات", "arabic", 11, align="r")
    pg.text(190, 33.5, "المديرية العامة للأحوال الشخصية", "arabic", 11, align="r")
    pg.text(105, 50, "إخراج قيد فردي", "arabic", 18, align="m")
    pg.text(105, 58, "EXTRAIT D'ÉTAT CIVIL INDIVIDUEL", "timesb", 13, align="m")
    y = 72.0
    for fr, ar, vfr, var in d["rows"]:
        pg.line(18, y - 5, 192, y - 5, (170, 160, 150), 0.2)
        pg.text(20, y, fr, "times", 9, GREY)
        pg.text(190, y, ar, "arabic", 10.5, GREY, "r")
        pg.text(20, y + 9, vfr, "timesb", 11)
        if var:
            pg.text(190, y + 9, var, "arabic", 12.5, align="r")
        y += 15
    y += 4
    pg.text(20, y, f"Délivré à Zahlé, le {d['issued']}", "times", 10)
    pg.text(190, y, "مأمور النفوس", "arabic", 12, align="r")
    signature(pg, 140, y + 4, 36, rng, (20, 20, 90))
    stamp(
        pg, 60, y + 20, 14, ["RÉP. LIBANAISE", "NOUFOUS ZAHLÉ", "STATUT PERSONNEL"], (60, 50, 130)
    )
    yy = y + 42
    _w, h = rect_stamp(
        pg,
        20,
        yy,
        [
            "MINISTÈRE DES AFFAIRES ÉTRANGÈRES ET DES ÉMIGRÉS",
            "Vu pour légalisation de la signature ci-dessus",
            f"Beyrouth, le {d['mae_date']} - N° {d['mae_no']}",
        ],
        (30, 90, 60),
        7,
    )
    signature(pg, 40, yy + h + 1, 28, rng, (30, 60, 40))
    rect_stamp(
        pg,
        110,
        yy + 22,
        [
            "AMBASSADE DE FRANCE AU LIBAN",
            "Vu pour légalisation de la signature de",
            f"M. {d['mae_signer']}",
            f"Beyrouth, le {d['amb_date']} - n° {d['amb_no']}",
        ],
        (140, 30, 50),
        7,
    )
    signature(pg, 130, yy + 44, 28, rng, (20, 20, 20))
    return pg


def albania_cert(d: dict, rng: random.Random) -> Page:
    """Certifikatë lindjeje (e-Albania print) - no apostille attached."""
    pg = Page()
    pg.text(105, 20, "REPUBLIKA E SHQIPËRISË", "sansb", 12, align="m")
    pg.text(105, 26, "MINISTRIA E BRENDSHME", "sans", 10, align="m")
    pg.text(105, 31.5, "DREJTORIA E PËRGJITHSHME E GJENDJES CIVILE", "sans", 9.5, align="m")
    pg.text(105, 48, "CERTIFIKATË LINDJEJE", "sansb", 16, align="m")
    pg.text(105, 54, "(Certificat de naissance)", "sans", 8.5, GREY, "m")
    y = 70.0
    for lbl, v in d["rows"]:
        pg.rect(25, y - 5, 160, 8, stroke=(170, 170, 170), lw=0.2)
        pg.text(27, y, lbl, "sans", 8.5, GREY)
        pg.text(92, y, v, "sansb", 10)
        y += 8
    y += 8
    pg.para(
        25,
        y,
        "Ky certifikatë lëshohet nga Zyra e Gjendjes Civile në bazë të të dhënave të "
        "Regjistrit Kombëtar të Gjendjes Civile dhe vulosur elektronikisht.",
        160,
        "sans",
        8.5,
    )
    pg.text(25, y + 20, f"Lëshuar më: {d['issued']}", "sans", 9)
    pg.text(25, y + 25, f"Nr. i dokumentit: {d['doc_no']}", "sans", 9)
    pg.rect(150, y + 14, 30, 30, stroke=(0, 0, 0), lw=0.3)
    r2 = random.Random(rng.randint(0, 10**6))
    for i in range(14):
        for j in range(14):
            if r2.random() < 0.5:
                pg.rect(151 + i * 2, y + 15 + j * 2, 2, 2, stroke=None, fill=(0, 0, 0))
    pg.text(165, y + 49, "Vulë elektronike", "sans", 6.5, GREY, "m")
    return pg


def bolivia_cert(d: dict, rng: random.Random) -> Page:
    pg = Page(bg=(246, 248, 242))
    guilloche(pg, 10, 40, 190, 200, rng, (215, 230, 210), 22)
    pg.text(105, 18, "ESTADO PLURINACIONAL DE BOLIVIA", "serifb", 12, align="m")
    pg.text(105, 24, "ÓRGANO ELECTORAL PLURINACIONAL", "serif", 9.5, align="m")
    pg.text(105, 29, "SERVICIO DE REGISTRO CÍVICO - SERECI", "serif", 9.5, align="m")
    pg.text(105, 42, "CERTIFICADO DE NACIMIENTO", "serifb", 15, align="m")
    pg.text(190, 52, f"Serie: {d['serie']}", "serif", 8.5, align="r")
    y = 62.0
    for lbl, v in d["rows"]:
        pg.text(22, y, lbl, "serif", 8.5, GREY)
        pg.text(80, y, v, "serifb", 10)
        pg.line(78, y + 1.5, 190, y + 1.5, (180, 190, 180), 0.2)
        y += 7.2
    y += 6
    pg.text(22, y, f"Lugar y fecha de emisión: {d['issued_text']}", "serif", 9)
    signature(pg, 120, y + 8, 40, rng, (20, 20, 80))
    pg.text(140, y + 28, "Director Departamental SERECI La Paz", "serif", 8, align="m")
    stamp(pg, 70, y + 20, 14, ["SERECI", "LA PAZ", "BOLIVIA"], (30, 90, 60))
    pg.text(22, 280, f"Código de verificación: {d['code']}", "mono", 8)
    return pg


def apostille(d: dict, rng: random.Random) -> Page:
    """Hague Convention apostille, 10 numbered items (model annexed to the Convention)."""
    pg = Page(bg=(250, 250, 250))
    pg.rect(40, 25, 130, 150, stroke=(30, 30, 30), lw=0.6)
    pg.text(105, 38, "APOSTILLE", "serifb", 16, align="m")
    pg.text(105, 45, "(Convention de La Haye du 5 octobre 1961)", "serif", 8.5, align="m")
    items = [
        ("1. País / Country:", d["country"]),
        ("   El presente documento público / This public document", ""),
        ("2. ha sido firmado por / has been signed by:", d["signer_doc"]),
        ("3. quien actúa en calidad de / acting in the capacity of:", d["capacity"]),
        ("4. y está revestido del sello / bears the seal of:", d["seal"]),
        ("   Certificado / Certified", ""),
        ("5. en / at:", d["place"]),
        ("6. el día / the:", d["date_text"]),
        ("7. por / by:", d["by"]),
        ("8. bajo el número / No:", d["number"]),
        ("9. Sello / Seal:", ""),
        ("10. Firma / Signature:", ""),
    ]
    y = 56.0
    for lbl, v in items:
        pg.text(45, y, lbl, "serif", 7.5)
        if v:
            pg.text(52, y + 4.5, v, "serifb", 8.5)
            y += 4.5
        y += 6.3
    stamp(pg, 80, 158, 12, ["MINISTERIO DE", "RELACIONES", "EXTERIORES"], (110, 40, 110))
    signature(pg, 115, 150, 38, rng, (20, 20, 90))
    return pg


def translation(d: dict, rng: random.Random) -> Page:
    pg = Page()
    pg.text(20, 20, d["translator"], "timesb", 11)
    for i, ln in enumerate(d["translator_lines"]):
        pg.text(20, 25.5 + i * 4.8, ln, "times", 9)
    pg.text(105, 52, "TRADUCTION", "timesb", 14, align="m")
    pg.text(105, 58, "de l'espagnol vers le français", "timesi", 10, align="m")
    y = pg.para(
        20,
        70,
        "[Armoiries] ÉTAT PLURINATIONAL DE BOLIVIE - ORGANE ÉLECTORAL "
        "PLURINATIONAL - SERVICE D'ENREGISTREMENT CIVIQUE (SERECI)",
        170,
        "times",
        10,
    )
    pg.text(105, y + 6, "ACTE DE NAISSANCE", "timesb", 12, align="m")
    y += 16
    for lbl, v in d["rows"]:
        pg.text(22, y, lbl, "times", 10)
        pg.text(88, y, v, "timesb", 10)
        y += 6.4
    y = pg.para(20, y + 4, d["tail"], 170, "times", 10) + 10
    pg.para(
        20,
        y,
        "Traduction certifiée conforme à l'original en langue espagnole qui m'a été "
        "présenté, et enregistrée sous le n° " + d["reg"] + ".",
        170,
        "timesi",
        10,
    )
    pg.text(20, y + 16, f"Fait à Paris, le {d['date']}", "times", 10)
    stamp(
        pg,
        150,
        y + 30,
        17,
        ["TRADUCTEUR EXPERT", "COUR D'APPEL DE PARIS", d["translator"]],
        (30, 50, 140),
    )
    signature(pg, 115, y + 22, 30, rng, (20, 20, 100))
    return pg
