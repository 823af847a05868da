"""Birth certificates (DR Congo, Russia, Egypt, Peru), apostilles, legalisation, translations."""

from render import Page

BLUE, VIOLET = (35, 55, 150), (95, 50, 140)


def drc_birth(b: dict, rng) -> list:
    """Acte de naissance, RDC (état civil communal, in French) + legalisation on the back."""
    p = Page(bg=(248, 246, 238))
    for i, ln in enumerate(
        [
            "RÉPUBLIQUE DÉMOCRATIQUE DU CONGO",
            "VILLE DE KINSHASA",
            f"COMMUNE DE {b['commune']}",
            "BUREAU DE L'ÉTAT CIVIL",
        ]
    ):
        p.text(18, 18 + i * 5, ln, "serifb", 9.5)
    p.text(140, 22, f"Volume {b['volume']}", "serif", 10)
    p.text(140, 27, f"Folio {b['folio']}", "serif", 10)
    p.text(105, 52, f"ACTE DE NAISSANCE N° {b['acte_no']}", "serifb", 14, align="c")
    y = 66
    y = p.para(20, y, b["narrative"], 170, "serif", 11, 6.2)
    y += 4
    for lab, val in b["rows"]:
        p.text(20, y, lab, "serif", 10.5)
        p.text(75, y, val, "serifb", 10.5)
        y += 6.5
    y += 4
    y = p.para(20, y, b["closing"], 170, "serif", 11, 6.2)
    p.text(125, y + 10, "L'Officier de l'État Civil", "serifb", 10.5)
    p.signature(125, y + 13, 55, 20, rng, color=(20, 20, 90))
    p.text(125, y + 38, b["officer"], "serif", 10.5)
    p.stamp_round(
        70,
        y + 25,
        17,
        f"COMMUNE DE {b['commune']}",
        "ÉTAT CIVIL",
        ["RDC", "KINSHASA"],
        BLUE,
        pt=5.6,
    )
    q = Page(bg=(248, 246, 238))
    q.rect(20, 25, 85, 55, stroke=BLUE, lw=0.6)
    y = 32
    for ln in b["legal_mae"]:
        q.text(24, y, ln, "sansb" if y == 32 else "sans", 8.3, BLUE)
        y += 4.6
    q.signature(30, 62, 40, 14, rng, color=BLUE)
    q.stamp_round(88, 68, 11, "MINISTÈRE DES AFFAIRES ÉTRANGÈRES", "", ["RDC"], BLUE, pt=4.4)
    q.rect(100, 100, 92, 62, stroke=VIOLET, lw=0.6)
    y = 108
    for ln in b["legal_fr"]:
        q.text(104, y, ln, "sansb" if y == 108 else "sans", 8.3, VIOLET)
        y += 4.6
    q.signature(115, 142, 40, 14, rng, color=VIOLET)
    q.stamp_round(178, 150, 11, "AMBASSADE DE FRANCE", "KINSHASA", ["RF"], VIOLET, pt=4.4)
    q.text(104, 158, f"Timbre fiscal : {b['legal_fee']}", "sans", 7.5, VIOLET)
    return [p, q]


def russia_birth(b: dict, rng) -> Page:
    """Свидетельство о рождении (повторное), form used since 2018."""
    p = Page(148, 210, bg=(236, 240, 226))
    from ids import guilloche

    guilloche(p, 0, 0, 148, 210, (190, 215, 185), rng, n=40, lw=0.12)
    p.rect(4, 4, 140, 202, stroke=(120, 160, 120), lw=0.6)
    p.text(74, 16, "РОССИЙСКАЯ ФЕДЕРАЦИЯ", "dvsb", 10, align="c")
    p.text(74, 30, "СВИДЕТЕЛЬСТВО", "dvsb", 16, (120, 40, 40), "c")
    p.text(74, 37, "О РОЖДЕНИИ", "dvsb", 12, (120, 40, 40), "c")
    y = 50
    ink = (20, 20, 20)
    for val, lab in b["rows"]:
        p.text(74, y, val, "dvs", 9.5, ink, "c")
        p.line(12, y + 1.2, 136, y + 1.2, (90, 90, 90), 0.15)
        p.text(74, y + 4, lab, "dv", 5.3, (80, 80, 80), "c")
        y += 11
    p.text(12, y + 2, "М.П.", "dv", 7)
    p.stamp_round(40, y + 12, 15, b["stamp_top"], "ЗАГС", ["*"], (60, 70, 160), pt=4.4)
    p.text(70, y + 8, "Руководитель органа", "dv", 6.5)
    p.text(70, y + 11, "записи актов гражданского состояния", "dv", 6.5)
    p.signature(95, y + 13, 30, 10, rng, color=(40, 40, 120))
    p.text(136, y + 24, b["chief"], "dvs", 8, align="r")
    p.text(74, 200, b["series"], "dvsb", 11, (150, 30, 30), "c")
    return p


def russia_apostille(a: dict, rng) -> Page:
    p = Page(148, 210, bg=(247, 247, 242))
    x = 18
    p.rect(12, 20, 124, 120, stroke=(30, 30, 30), lw=0.5)
    p.text(74, 30, "АПОСТИЛЬ", "dvsb", 13, align="c")
    p.text(74, 36, "(Convention de La Haye du 5 octobre 1961)", "dvs", 8, align="c")
    y = 46
    for i, (lab, val) in enumerate(a["items"], start=1):
        p.text(x, y, f"{i}. {lab}", "dv", 7.2)
        p.hand(x + 4, y + 4.5, val, rng, "h_dkg", 10, (30, 30, 110))
        y += 9.0
    p.stamp_round(50, 128, 10, "УПРАВЛЕНИЕ ЗАГС", "", ["*"], (60, 70, 160), pt=4)
    p.signature(85, 120, 40, 14, rng, color=(40, 40, 120))
    return p


def egypt_birth(b: dict, rng) -> Page:
    """مستخرج رسمي مميكن من قيد الميلاد (computerised extract, Civil Status Sector)."""
    p = Page(bg=(245, 242, 232))
    from ids import guilloche

    guilloche(p, 10, 60, 190, 150, (215, 205, 180), rng, n=30, lw=0.12)
    g = (25, 25, 25)
    p.text(195, 18, "جمهورية مصر العربية", "amirib", 13, g, "r", rtl=True)
    p.text(195, 25, "وزارة الداخلية", "amiri", 12, g, "r", rtl=True)
    p.text(195, 32, "قطاع الأحوال المدنية", "amiri", 12, g, "r", rtl=True)
    p.text(15, 18, f"{b['serial']}", "monob", 10, (160, 30, 30))
    p.text(105, 48, "شهادة ميلاد", "amirib", 22, g, "c", rtl=True)
    p.text(105, 56, "مستخرج رسمي مميكن", "amiri", 12, g, "c", rtl=True)
    y = 72
    for lab, val in b["rows"]:
        p.text(195, y, lab, "amirib", 12, g, "r", rtl=True)
        p.text(140, y, val, "amiri", 12.5, (10, 10, 10), "r", rtl=True)
        p.line(20, y + 2.2, 195, y + 2.2, (170, 160, 140), 0.15)
        y += 9.5
    y += 6
    for lab, val in b["foot"]:
        p.text(195, y, lab, "amiri", 11, g, "r", rtl=True)
        p.text(140, y, val, "amiri", 11, g, "r", rtl=True)
        y += 8
    p.stamp_round(45, y + 8, 17, "CIVIL STATUS", "EGYPT", ["A.R.E."], (110, 50, 140), pt=5)
    p.signature(120, y, 45, 18, rng, color=(30, 30, 30))
    p.rect(15, 268, 45, 15, stroke=(40, 40, 40), fill=(230, 230, 230), lw=0.2)
    p.text(37, 277, b["barcode_no"], "mono", 6.5, align="c")
    return p


def peru_birth(b: dict, rng) -> Page:
    """Copia certificada de acta de nacimiento (RENIEC / municipalidad, Peru)."""
    p = Page(bg=(250, 250, 247))
    red = (170, 20, 30)
    p.rect(15, 12, 180, 18, stroke=None, fill=(240, 240, 240))
    p.text(20, 19, "REGISTRO NACIONAL DE IDENTIFICACIÓN Y ESTADO CIVIL", "sansb", 10, red)
    p.text(20, 25, "RENIEC - PERÚ", "sansb", 9)
    p.text(190, 22, f"CUI / DNI: {b['dni']}", "sansb", 9, align="r")
    p.text(105, 42, "ACTA DE NACIMIENTO", "sansb", 16, align="c")
    p.text(105, 48, f"N° {b['acta_no']}", "sans", 10, align="c")
    y = 58
    for sec, rows in b["sections"]:
        p.rect(15, y - 4, 180, 6, stroke=None, fill=(225, 225, 225))
        p.text(17, y, sec, "sansb", 9)
        y += 7
        for i, (lab, val) in enumerate(rows):
            x = 17 if i % 2 == 0 else 108
            p.text(x, y, lab, "sans", 6.8, (80, 80, 80))
            p.text(x, y + 4.2, val, "monob", 9.5)
            if i % 2 == 1 or i == len(rows) - 1:
                y += 10.5
        y += 2
    y += 4
    y = p.para(17, y, b["cert_text"], 176, "sans", 8.5, 4.4)
    p.signature(120, y + 4, 50, 16, rng, color=(20, 30, 110))
    p.text(145, y + 26, b["registrar"], "sans", 8, align="c")
    p.text(145, y + 30, "Registrador Civil", "sans", 8, align="c")
    p.stamp_round(55, y + 16, 15, "RENIEC", "REGISTRO CIVIL", ["PERÚ"], (40, 50, 150), pt=5)
    return p


def peru_apostille(a: dict, rng) -> Page:
    p = Page()
    p.text(105, 22, "MINISTERIO DE RELACIONES EXTERIORES DEL PERÚ", "sansb", 11, align="c")
    p.rect(30, 32, 150, 130, stroke=(20, 20, 20), lw=0.5)
    p.text(105, 44, "APOSTILLE", "sansb", 16, align="c")
    p.text(105, 51, "(Convention de La Haye du 5 octobre 1961)", "sansi", 9, align="c")
    y = 62
    for i, (lab, val) in enumerate(a["items"], start=1):
        p.text(36, y, f"{i}. {lab}", "sans", 8.5)
        p.text(110, y, val, "sansb", 8.5)
        y += 8.5
    p.signature(110, y - 2, 45, 14, rng, color=(20, 20, 100))
    p.rect(36, 172, 28, 28, stroke=(0, 0, 0), lw=0.2)
    for i in range(7):
        for j in range(7):
            if rng.random() < 0.5 or (i in (0, 6) and j in (0, 6)):
                p.rect(37 + i * 3.7, 173 + j * 3.7, 3.6, 3.6, stroke=None, fill=(0, 0, 0))
    p.para(70, 178, a["verify"], 110, "sans", 8, 4.2)
    return p


def translation(t: dict, rng) -> list:
    """Traduction certifiée conforme by an expert translator near a cour d'appel."""
    p = Page()
    y = 18
    for ln in t["head"]:
        p.text(20, y, ln, "serifb" if y == 18 else "serif", 9)
        y += 4.5
    p.text(105, y + 8, "TRADUCTION", "serifb", 13, align="c")
    p.text(105, y + 14, f"(de l'{t['from_lang']} vers le français)", "serifi", 9.5, align="c")
    y += 26
    for ln in t["body"]:
        if ln.startswith("["):
            y = p.para(20, y, ln, 170, "serifi", 10, 5) + 1
        elif ":" in ln and len(ln.split(":")[0]) < 45:
            lab, val = ln.split(":", 1)
            p.text(20, y, lab + " :", "serif", 10.5)
            p.text(85, y, val.strip(), "serifb", 10.5)
            y += 6
        else:
            y = p.para(20, y, ln, 170, "serif", 10.5, 5.2) + 1
    y += 8
    y = p.para(20, y, t["cert"], 170, "serifi", 9.5, 4.8)
    p.stamp_round(
        60, y + 22, 18, t["stamp_top"], t["stamp_bottom"], t["stamp_mid"], (40, 60, 150), pt=4.8
    )
    p.signature(110, y + 10, 50, 18, rng)
    p.text(110, y + 34, t["translator"], "serif", 9.5)
    p.text(190, 288, t["ref"], "serif", 7.5, align="r")
    return [p]
