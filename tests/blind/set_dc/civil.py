"""Civil-status pieces: birth certificates (Ukraine, Sri Lanka, Madagascar), apostilles,
a sworn translation."""

from __future__ import annotations

import random

from common import Page, signature, stamp

INK = (25, 25, 35)


def _uline(p: Page, xl, xv, y, label, value, xend, lf="dvs", ls=7.5, vf="dvsb", vs=9.5):
    p.text(xl, y, label, lf, ls, (60, 60, 60))
    p.text(xv, y, value, vf, vs, INK)
    p.line(xv - 1, y + 1.8, xend, y + 1.8, (120, 120, 120), 0.2)
    return y + 7.6


def birth_ua(d: dict, rng: random.Random) -> Page:
    """Ukrainian birth certificate (свідоцтво про народження, duplicate), 148 x 210 mm."""
    p = Page(148, 210, (232, 240, 228))
    p.rect(5, 5, 138, 200, (110, 140, 110), None, 1.2, free=True)
    p.rect(8, 8, 132, 194, (150, 170, 140), None, 0.3, free=True)
    p.ellipse(66, 12, 16, 16, (180, 150, 40), (240, 225, 150), 0.5)
    p.text(74, 22.5, "Ш", "dvsb", 10, (150, 120, 30), "c", free=True)
    p.text(122, 20, "ПОВТОРНО", "dvsb", 8, (170, 40, 40), "c")
    p.text(74, 36, "УКРАЇНА", "dvsb", 12, INK, "c")
    p.text(74, 46, "СВІДОЦТВО", "dvsb", 15, INK, "c")
    p.text(74, 53, "ПРО НАРОДЖЕННЯ", "dvsb", 11, INK, "c")
    y = 66
    y = _uline(p, 14, 44, y, "Прізвище", d["surname"], 134)
    y = _uline(p, 14, 44, y, "Ім'я", d["given"], 134)
    y = _uline(p, 14, 44, y, "По батькові", d["patronymic"], 134)
    y = _uline(p, 14, 44, y, "Дата народження", d["dob_digits"], 134)
    p.text(44, y - 2.5, d["dob_words"], "dvs", 6.8, INK)
    y += 4
    y = _uline(p, 14, 44, y, "Місце народження", d["place1"], 134, vs=8.5)
    y = _uline(p, 14, 44, y, "", d["place2"], 134, vs=8.5)
    y = p.para(14, y + 1, 120, d["record"], "dvs", 7.2, color=INK)
    y += 3
    p.text(14, y, "БАТЬКИ", "dvsb", 8, INK)
    y += 7
    y = _uline(p, 14, 30, y, "батько", d["father"], 134, vs=8.5)
    y = _uline(p, 14, 30, y, "мати", d["mother"], 134, vs=8.5)
    p.text(14, y, "Місце державної реєстрації:", "dvs", 7.0, (60, 60, 60))
    y = p.para(14, y + 4, 120, d["office"], "dvs", 7.4, color=INK) + 2
    y = _uline(p, 14, 44, y, "Дата видачі", d["issued_digits"], 90, vs=9)
    p.text(14, y + 2, "Керівник органу державної реєстрації", "dvs", 6.8, (60, 60, 60))
    p.text(14, y + 6, "актів цивільного стану", "dvs", 6.8, (60, 60, 60))
    assert y + 23 < 192, y
    stamp(p, 96, y + 13, 10, ["ВІДДІЛ ДРАЦС", "м. Харків"], (60, 70, 170), "УКРАЇНА")
    signature(p, rng, 70, y + 6, 35, 11)
    p.text(108, y + 26, d["registrar"], "dvs", 7.5, INK)
    p.text(74, 198, "Серія " + d["series"] + "   № " + d["cert_no"], "dvsb", 10, (170, 40, 40), "c")
    return p


def apostille(d: dict, rng: random.Random, bilingual_left=None) -> Page:
    """Hague-model apostille, 10 numbered items, bilingual; A5 portrait."""
    p = Page(148, 210, (250, 250, 246))
    p.rect(10, 12, 128, 186, (40, 40, 40), None, 0.6)
    p.text(74, 26, "APOSTILLE", "dvsb", 16, INK, "c")
    p.text(74, 33, "(Convention de La Haye du 5 octobre 1961)", "dvs", 7.5, INK, "c")
    y = 44
    lab = d["labels"]
    vals = d["values"]
    for i in range(1, 11):
        if i == 5:
            p.text(74, y, d["certified"], "dvsb", 8.5, INK, "c")
            y += 7
        if i == 2:
            p.text(16, y, d["this_doc"], "dvs", 7.0, (50, 50, 50))
            y += 6
        p.text(16, y, "%d." % i, "dvsb", 8, INK)
        p.text(22, y, lab[i - 1], "dvs", 6.6, (60, 60, 60))
        v = vals[i - 1]
        if v:
            lines = v if isinstance(v, list) else [v]
            for ln in lines:
                y += 3.9
                p.text(26, y, ln, "dvsb", 7.8, INK)
        y += 6.2
    assert y < 172, y
    stamp(p, 45, 182, 12, d["stamp"], (50, 60, 160), d.get("ring", ""))
    signature(p, rng, 80, 172, 40, 13)
    return p


def translation_fr(d: dict, rng: random.Random) -> Page:
    """Sworn translation into French, A4."""
    p = Page(210, 297, (255, 255, 255))
    y = 18
    for i, ln in enumerate(d["header"]):
        p.text(20, y, ln, "serifb" if i == 0 else "serif", 10 if i == 0 else 8.5)
        y += 4.6
    p.line(20, y, 190, y, (0, 0, 0), 0.4)
    y += 9
    p.text(105, y, d["title"], "serifb", 11, anchor="c")
    y += 5.5
    p.text(105, y, d["subtitle"], "serifi", 9, anchor="c")
    y += 12
    for lab, val in d["rows"]:
        if lab.startswith("#"):
            p.text(20, y, lab[1:], "serifb", 10)
            y += 7
            continue
        p.text(20, y, lab, "serif", 10)
        y = p.para(72, y, 118, val, "serifb", 10, 4.6) + 2.4
    y += 4
    y = p.para(20, y, 170, d["footer"], "serifi", 9.5, 4.6) + 4
    p.text(120, y + 2, d["place_date"], "serif", 10)
    stamp(p, 60, y + 26, 17, d["stamp"], (40, 70, 150), d["ring"])
    signature(p, rng, 120, y + 10, 45, 16)
    p.text(20, 285, d["page_footer"], "serif", 7.5, (90, 90, 90))
    return p


def birth_lk(d: dict, rng: random.Random) -> Page:
    """Sri Lankan certified copy of a birth entry, English version, A4."""
    p = Page(210, 297, (246, 243, 232))
    p.text(105, 20, "DEMOCRATIC SOCIALIST REPUBLIC OF SRI LANKA", "serifb", 11, anchor="c")
    p.text(105, 27, "REGISTRAR GENERAL'S DEPARTMENT", "serif", 9.5, anchor="c")
    p.text(105, 38, "BIRTH CERTIFICATE", "serifb", 16, anchor="c")
    p.text(
        105,
        45,
        "Certified copy of an entry of birth (Births and Deaths Registration Act)",
        "serifi",
        8.5,
        anchor="c",
    )
    p.text(20, 56, "District: " + d["district"], "serif", 9.5)
    p.text(90, 56, "Division: " + d["division"], "serif", 9.5)
    p.text(190, 56, "No. " + d["entry"], "serifb", 9.5, anchor="r")
    x0, xm, x1 = 18, 82, 192
    y = 62
    rh = 10.5
    for i, (lab, val) in enumerate(d["rows"]):
        p.rect(x0, y, x1 - x0, rh, (60, 60, 60), None, 0.25)
        p.line(xm, y, xm, y + rh, (60, 60, 60), 0.25)
        p.text(x0 + 2, y + 6.6, "%d. %s" % (i + 1, lab), "serif", 8.2)
        p.text(xm + 2.5, y + 6.8, val, "serifb", 9.2)
        y += rh
    y += 10
    y = p.para(20, y, 170, d["certify"], "serif", 9.2, 4.8) + 6
    p.text(20, y, "Date of issue: " + d["issued_txt"], "serif", 9.5)
    stamp(p, 55, y + 26, 15, ["ADDL. DISTRICT", "REGISTRAR", d["district"].upper()], (120, 40, 120))
    signature(p, rng, 120, y + 10, 45, 14, (30, 30, 40))
    p.text(120, y + 32, d["registrar"], "serif", 9)
    p.text(120, y + 37, "Additional District Registrar", "serifi", 8.5)
    return p


def birth_mg(d: dict, rng: random.Random) -> Page:
    """Malagasy copy of a birth record (kopian'ny sora-pahaterahana), prose in French, A4."""
    p = Page(210, 297, (252, 251, 246))
    p.text(105, 18, "REPOBLIKAN'I MADAGASIKARA", "serifb", 12, anchor="c")
    p.text(105, 24, "Fitiavana – Tanindrazana – Fandrosoana", "serifi", 9, anchor="c")
    y = 36
    for ln in d["left_head"]:
        p.text(18, y, ln, "serif", 8.5)
        y += 4.4
    p.text(192, 36, "N° " + d["number"], "serifb", 10, anchor="r")
    p.text(192, 41, "Taona / Année " + d["year"], "serif", 9, anchor="r")
    p.text(105, 66, "KOPIAN'NY SORA-PAHATERAHANA", "serifb", 13, anchor="c")
    p.text(105, 73, "COPIE D'ACTE DE NAISSANCE", "serifb", 11, anchor="c")
    p.text(18, 88, "Anarana / Nom :", "serif", 9)
    p.text(55, 88, d["name_line"], "serifb", 9.5)
    y = p.para(18, 100, 174, d["body"], "serif", 10.2, 5.6) + 6
    p.text(18, y, "Kopia manaraka ny boky / Copie certifiée conforme au registre.", "serifi", 9.5)
    y += 10
    p.text(110, y, d["place_date"], "serif", 10)
    p.text(110, y + 6, "Ny Mpiandraikitra ny Sora-piankohonana", "serif", 8.5)
    p.text(110, y + 10.5, "L'Officier de l'État Civil", "serif", 8.5)
    stamp(p, 60, y + 22, 15, ["KAOMININA", "FIANARANTSOA", "Sora-piankohonana"], (60, 40, 150))
    signature(p, rng, 115, y + 14, 42, 14)
    p.text(110, y + 35, d["officer"], "serifb", 9)
    p.text(18, 280, "Hajia nalaina / Droit perçu : 2 000 Ariary", "serif", 8)
    return p
