"""Identity pieces, civil status, apostille, translation, hosting attestation for set_cf."""

from __future__ import annotations

import random

from core import Page, face, guilloche, sign

GREY = (90, 90, 90)
INK = (20, 30, 110)
BLACK_INK = (25, 25, 30)


def _mrz(page, x, y, lines, size=10.6, step=5.2):
    for i, ln in enumerate(lines):
        page.text(x, y + i * step, ln, "mono", size, (15, 15, 15))


def passport(c: dict, seed: int) -> Page:
    """Data page of a TD3 passport (125 x 88 mm). c holds labels and values."""
    p = Page(125, 88, c.get("bg", (236, 232, 222)))
    guilloche(p, 0, 10, 125, 55, c.get("gcol", (190, 170, 200)), 12, seed)
    p.rect(0, 0, 125, 9, None, c["band"])
    p.text(4, 6, c["state_name"], "sansb", 7.5, (255, 255, 255))
    p.text(121, 6, c["title"], "sansb", 7, (255, 255, 255), "r")
    p.image(5, 13, 30, 38, face(seed, skin=c.get("skin", (150, 105, 75))))
    x = 40
    rows = [
        (c["l_type"], c["type_code"], c["l_code"], c["state"], c["l_no"], c["number"]),
    ]
    y = 14
    for la, va, lb, vb, lc, vc in rows:
        p.text(x, y, la, "sans", 4.6, GREY)
        p.text(x, y + 3.6, va, "sansb", 7.5)
        p.text(x + 22, y, lb, "sans", 4.6, GREY)
        p.text(x + 22, y + 3.6, vb, "sansb", 7.5)
        p.text(x + 50, y, lc, "sans", 4.6, GREY)
        p.text(x + 50, y + 3.6, vc, "sansb", 8, (120, 20, 20) if c.get("red_no") else (0, 0, 0))
    y = 23
    for lab, val in c["fields"]:
        p.text(x, y, lab, "sans", 4.6, GREY)
        p.text(x, y + 3.6, val, "sansb", 7.5)
        y += 7.4
    sign(p, 6, 52, 28, 8, random.Random(seed + 1), BLACK_INK, 0.3, 4)
    _mrz(p, 4, 76, c["mrz"])
    return p


def id1_card(title_lines, fields, seed, bg=(226, 236, 240), band=(40, 70, 140), mrz=None,
             photo=True, skin=(180, 130, 100), extra=None) -> Page:  # fmt: skip
    p = Page(85.6, 54, bg)
    guilloche(p, 0, 8, 85.6, 44, (170, 190, 215), 10, seed)
    p.rect(0, 0, 85.6, 7.5, None, band)
    for i, t in enumerate(title_lines):
        p.text(
            3,
            3.2 + i * 3.3,
            t,
            "sansb",
            5.2 if i == 0 else 4.6,
            (255, 255, 255),
        )
    if photo:
        p.image(3, 10, 21, 27, face(seed, 240, 310, skin))
    x = 27 if photo else 4
    y = 11
    for lab, val in fields:
        p.text(x, y, lab, "sans", 3.5, GREY)
        p.text(x, y + 3.1, val, "sansb", 5.8)
        y += 6.6
    if extra:
        extra(p)
    if mrz:
        p.rect(0, 36.5, 85.6, 17.5, None, (244, 244, 240))
        _mrz(p, 3, 41.5, mrz, 8.4, 4.4)
    return p


def visa_page(c: dict, seed: int) -> Page:
    """A passport page with a French type D visa sticker (MRV-A)."""
    p = Page(125, 88, (232, 234, 226))
    guilloche(p, 0, 0, 125, 88, (200, 205, 190), 14, seed)
    p.text(62, 6, c.get("page_no", "8"), "sans", 6, GREY, "c")
    x0, y0 = 2.5, 2.5
    p.rect(x0, y0, 120, 83, (150, 150, 170), (236, 232, 244), 0.2)
    guilloche(p, x0, y0 + 6, 120, 48, (200, 180, 215), 11, seed + 5)
    p.text(x0 + 3, y0 + 5, "VISA", "sansb", 10, (60, 40, 110))
    p.text(x0 + 60, y0 + 5, "RÉPUBLIQUE FRANÇAISE", "sansb", 6.5, (60, 40, 110), "c")
    p.text(x0 + 117, y0 + 5, c["vignette"], "monob", 8, (150, 20, 20), "r")
    p.image(x0 + 3, y0 + 14, 24, 30, face(seed, skin=c.get("skin", (170, 120, 90))))
    rows = [
        [("VALABLE POUR / VALID FOR", "FRANCE"), ("TYPE", "D")],
        [("DU / FROM", c["from"]), ("AU / UNTIL", c["until"])],
        [
            ("NOMBRE D'ENTREES / NUMBER OF ENTRIES", "MULT"),
            ("DUREE DE SEJOUR / DURATION", c["days"]),
        ],
        [("DELIVRE A / ISSUED IN", c["place"]), ("LE / ON", c["issued"])],
        [("NUMERO DE PASSEPORT / PASSPORT NUMBER", c["passport_no"]), ("", "")],
        [("NOM, PRENOM / SURNAME, NAME", c["name"]), ("", "")],
    ]
    y = y0 + 12
    for r in rows:
        for j, (lab, val) in enumerate(r):
            xx = x0 + 30 + j * 48
            if lab:
                p.text(xx, y, lab, "sans", 3.8, GREY)
                p.text(xx, y + 3.4, val, "sansb", 6.4)
        y += 7.2
    p.text(x0 + 30, y, "REMARQUES / REMARKS", "sans", 3.8, GREY)
    p.text(x0 + 30, y + 3.4, c["remarks"], "sansb", 6.2)
    p.text(x0 + 30, y + 7, c.get("remarks2", ""), "sansb", 6.2)
    _mrz(p, x0 + 2, y0 + 73, c["mrz"], 10.2, 5.0)
    return p


# ---------------------------------------------------------------- birth certificates
def dz_s12(a: dict, seed: int) -> Page:
    """Algeria: extrait d'acte de naissance (modèle S12S, 12S), bilingual French / Arabic."""
    p = Page(210, 297, (250, 248, 240))
    p.text(105, 14, "الجمهورية الجزائرية الديمقراطية الشعبية", "arabic", 13, rtl=True, anchor="c")
    p.text(105, 21, "REPUBLIQUE ALGERIENNE DEMOCRATIQUE ET POPULAIRE", "serifb", 10.5, anchor="c")
    p.text(12, 31, "Wilaya d'Oran", "serif", 9)
    p.text(12, 36, "Commune d'Oran", "serif", 9)
    p.text(198, 31, "ولاية وهران", "arabic", 11, rtl=True, anchor="r")
    p.text(198, 37, "بلدية وهران", "arabic", 11, rtl=True, anchor="r")
    p.text(12, 44, "N° 12 S", "serifb", 9)
    p.rect(60, 40, 90, 15, (0, 0, 0), None, 0.4)
    p.text(105, 46, "مستخرج من عقد الميلاد", "arabic", 13, rtl=True, anchor="c")
    p.text(105, 52.5, "EXTRAIT D'ACTE DE NAISSANCE", "serifb", 11, anchor="c")
    p.text(12, 62, f"N° de l'acte : {a['act_no']}   Année : {a['act_year']}", "serif", 9.5)
    p.text(
        198,
        62,
        f"رقم العقد : {a['act_no']}  سنة : {a['act_year']}",
        "arabic",
        11,
        rtl=True,
        anchor="r",
    )
    rows = [
        ("Nom", a["surname"], "اللقب", a["surname_ar"]),
        ("Prénom(s)", a["given"], "الاسم", a["given_ar"]),
        ("Né(e) le", a["dob_fr"], "المولود(ة) في", a["dob_ar"]),
        ("à", a["place"], "ب", a["place_ar"]),
        ("Sexe", a["sex_fr"], "الجنس", a["sex_ar"]),
        ("Fils / Fille de", a["father"], "ابن / ابنة", a["father_ar"]),
        ("et de", a["mother"], "و", a["mother_ar"]),
    ]
    y = 76
    for lf, vf, la, va in rows:
        p.text(12, y, lf + " :", "serif", 10)
        p.text(48, y, vf, "serifb", 10.5)
        p.text(198, y, la + " :", "arabic", 11.5, rtl=True, anchor="r")
        p.text(165, y, va, "arabic", 12, rtl=True, anchor="r")
        p.line(48, y + 1.5, 110, y + 1.5, (150, 150, 150), 0.15, True)
        y += 11
    p.text(12, y + 4, "Mentions marginales : Néant", "serif", 9.5)
    p.text(198, y + 4, "البيانات الهامشية : لا شيء", "arabic", 11, rtl=True, anchor="r")
    p.text(12, y + 16, f"Délivré à Oran, le {a['issued_fr']}", "serif", 10)
    p.text(198, y + 16, f"حرر بوهران في {a['issued_num']}", "arabic", 11, rtl=True, anchor="r")
    p.text(140, y + 26, "L'Officier de l'état civil", "serif", 9.5, anchor="c")
    p.ellipse(118, y + 30, 40, 40, (60, 70, 150), None, 0.6)
    p.ellipse(124, y + 36, 28, 28, (60, 70, 150), None, 0.3)
    p.text(138, y + 49, "APC ORAN", "sansb", 7, (60, 70, 150), "c")
    p.text(138, y + 53, "ETAT CIVIL", "sans", 5.5, (60, 70, 150), "c")
    sign(p, 128, y + 36, 36, 14, random.Random(seed), INK, 0.5, 6)
    p.text(
        12,
        285,
        "Imprimé S 12 S — Ministère de l'Intérieur et des Collectivités Locales",
        "serif",
        7,
        GREY,
    )
    return p


def ga_acte(a: dict, seed: int) -> Page:
    p = Page(210, 297, (248, 247, 242))
    p.text(105, 15, "RÉPUBLIQUE GABONAISE", "serifb", 13, anchor="c")
    p.text(105, 21, "Union — Travail — Justice", "serifi", 9, anchor="c")
    p.line(85, 24, 125, 24, (0, 0, 0), 0.3)
    p.text(20, 33, "PROVINCE DE L'ESTUAIRE", "serif", 9)
    p.text(20, 38, "COMMUNE DE LIBREVILLE", "serif", 9)
    p.text(20, 43, "1er ARRONDISSEMENT", "serif", 9)
    p.text(20, 48, "CENTRE PRINCIPAL D'ÉTAT CIVIL", "serif", 9)
    p.text(190, 33, f"Acte N° {a['act_no']}", "serifb", 10, anchor="r")
    p.text(190, 39, f"Année {a['act_year']}", "serif", 9.5, anchor="r")
    p.text(105, 62, "COPIE INTÉGRALE D'ACTE DE NAISSANCE", "serifb", 13, anchor="c")
    y = 76
    for lab, val in a["rows"]:
        p.text(22, y, lab, "serif", 10)
        p.text(78, y, val, "serifb", 10.5)
        p.line(78, y + 1.4, 192, y + 1.4, (120, 120, 120), 0.15, True)
        y += 10
    y = p.para(22, y + 6, 166, a["body"], "serif", 9.5, 5)
    p.text(22, y + 8, "Mentions marginales : Néant", "serif", 9.5)
    p.text(
        22, y + 18, f"Pour copie certifiée conforme, Libreville, le {a['issued_fr']}", "serif", 10
    )
    p.text(140, y + 28, "L'Officier d'État Civil", "serif", 10, anchor="c")
    p.ellipse(112, y + 32, 44, 30, (150, 40, 60), None, 0.6)
    p.text(134, y + 46, "MAIRIE DE LIBREVILLE", "sansb", 6.2, (150, 40, 60), "c")
    p.text(134, y + 50, "ÉTAT CIVIL", "sans", 5.5, (150, 40, 60), "c")
    sign(p, 118, y + 34, 40, 14, random.Random(seed), INK, 0.5, 5)
    p.rect(20, 250, 50, 20, (120, 120, 120), None, 0.3)
    p.text(45, 258, "Timbre fiscal", "serif", 7, GREY, "c")
    p.text(45, 264, "1 000 FCFA", "serifb", 8, GREY, "c")
    return p


def lb_ikhraj(a: dict, seed: int) -> list[Page]:
    """Lebanon: individual civil registry extract (ikhraj qaid fardi) + legalisation on the back."""
    p = Page(210, 297, (246, 244, 236))
    p.text(105, 16, "الجمهورية اللبنانية", "arabic", 15, rtl=True, anchor="c")
    p.text(105, 24, "وزارة الداخلية والبلديات", "arabic", 12, rtl=True, anchor="c")
    p.text(105, 31, "المديرية العامة للأحوال الشخصية", "arabic", 12, rtl=True, anchor="c")
    p.rect(55, 37, 100, 12, (0, 0, 0), None, 0.5)
    p.text(105, 45.5, "إخراج قيد فردي", "arabic", 15, rtl=True, anchor="c")
    y = 62
    for lab, val in a["rows"]:
        p.text(196, y, lab, "arabic", 12, rtl=True, anchor="r")
        p.text(140, y, val, "arabic", 12.5, (20, 20, 80), rtl=True, anchor="r")
        p.line(40, y + 2, 142, y + 2, (140, 140, 140), 0.15, True)
        y += 11
    p.text(196, y + 6, "الملاحظات : لا شيء", "arabic", 11, rtl=True, anchor="r")
    p.text(196, y + 18, f"بيروت في {a['issued_num']}", "arabic", 11.5, rtl=True, anchor="r")
    p.text(60, y + 22, "مأمور النفوس", "arabic", 11.5, rtl=True, anchor="c")
    p.ellipse(40, y + 26, 40, 40, (40, 90, 60), None, 0.6)
    p.text(60, y + 47, "دائرة نفوس بيروت", "arabic", 9, (40, 90, 60), rtl=True, anchor="c")
    sign(p, 44, y + 30, 34, 14, random.Random(seed), INK, 0.5, 6)
    p.rect(150, 250, 40, 24, (120, 120, 120), None, 0.3)
    p.text(170, 262, "طابع مالي", "arabic", 10, GREY, rtl=True, anchor="c")
    p.text(170, 269, "1000 L.L.", "sans", 7, GREY, "c")
    b = Page(210, 297, (246, 244, 236))
    b.rect(18, 30, 84, 58, (40, 60, 120), None, 0.6)
    b.text(
        60,
        40,
        "الجمهورية اللبنانية - وزارة الخارجية والمغتربين",
        "arabic",
        9.5,
        (40, 60, 120),
        rtl=True,
        anchor="c",
    )
    b.text(60, 50, "مصلحة التصديقات", "arabic", 10, (40, 60, 120), rtl=True, anchor="c")
    b.text(
        60,
        60,
        f"صدق على صحة توقيع مأمور النفوس  رقم {a['mfa_no']}",
        "arabic",
        9,
        (40, 60, 120),
        rtl=True,
        anchor="c",
    )
    b.text(60, 70, f"بيروت في {a['mfa_date']}", "arabic", 9.5, (40, 60, 120), rtl=True, anchor="c")
    sign(b, 40, 72, 40, 12, random.Random(seed + 2), INK, 0.5, 4)
    b.rect(108, 110, 88, 64, (120, 30, 40), None, 0.6)
    b.text(152, 118, "AMBASSADE DE FRANCE AU LIBAN", "sansb", 7.5, (120, 30, 40), "c")
    b.text(152, 124, "Service des légalisations — Beyrouth", "sans", 6.5, (120, 30, 40), "c")
    b.text(112, 133, "Vu pour légalisation de la signature de M. / Mme", "sans", 6.2, (120, 30, 40))
    b.text(
        112, 138, "le Chef du service des légalisations du MAE libanais", "sans", 6.2, (120, 30, 40)
    )
    b.text(112, 146, f"N° {a['fr_no']}    Beyrouth, le {a['fr_date']}", "sans", 6.8, (120, 30, 40))
    b.text(112, 153, "Droits perçus : 22 €", "sans", 6.2, (120, 30, 40))
    sign(b, 150, 156, 38, 14, random.Random(seed + 3), INK, 0.5, 5)
    return [p, b]


def cl_certificado(a: dict, seed: int) -> Page:
    p = Page(215.9, 279.4, (255, 255, 255))
    guilloche(p, 0, 40, 215.9, 200, (225, 230, 240), 18, seed)
    p.rect(15, 12, 28, 18, None, (30, 60, 130))
    p.text(29, 23, "SRCeI", "sansb", 9, (255, 255, 255), "c")
    p.text(48, 18, "SERVICIO DE REGISTRO CIVIL E IDENTIFICACIÓN", "sansb", 9.5, (30, 60, 130))
    p.text(48, 23, "Gobierno de Chile", "sans", 8, (30, 60, 130))
    p.text(108, 44, "CERTIFICADO DE NACIMIENTO", "sansb", 15, anchor="c")
    p.text(108, 51, "Para: TODO TRÁMITE", "sans", 9, anchor="c")
    y = 66
    for lab, val in a["rows"]:
        p.text(25, y, lab, "sansb", 9)
        p.text(82, y, ":  " + val, "sans", 9.5)
        y += 8.5
    p.text(25, y + 8, f"FECHA EMISIÓN: {a['issued']}", "sans", 8.5)
    p.text(25, y + 14, f"Folio: {a['folio']}     Código Verificación: {a['code']}", "sans", 8.5)
    p.para(25, y + 24, 165, "Verifique este documento en www.registrocivil.cl, opción Verificación de "
           "certificados, o en el teléfono 600 370 2000. Certificado con firma electrónica avanzada.",
           "sans", 7.5, 4)  # fmt: skip
    rng = random.Random(seed)
    for i in range(28):
        for j in range(28):
            if rng.random() < 0.5:
                p.rect(160 + i * 1.1, 225 + j * 1.1, 1.1, 1.1, None, (0, 0, 0))
    p.text(25, 240, "Jefe de Archivo General", "sansi", 8.5)
    sign(p, 25, 222, 40, 12, random.Random(seed + 1), (30, 30, 30), 0.4, 4)
    return p


def apostille(a: dict, seed: int) -> Page:
    p = Page(215.9, 279.4)
    p.rect(20, 18, 176, 160, (40, 40, 40), None, 0.5)
    p.text(108, 30, "APOSTILLE", "serifb", 18, anchor="c")
    p.text(108, 37, "(Convention de La Haye du 5 octobre 1961 / Convention de La Haye du 5 octobre 1961)",
           "serifi", 7.5, anchor="c")  # fmt: skip
    items = [
        ("1. País / Country / Pays:", a["country"]),
        ("   El presente documento público / This public document / Le présent acte public", ""),
        ("2. ha sido firmado por / has been signed by / a été signé par:", a["signer"]),
        (
            "3. quien actúa en calidad de / acting in the capacity of / agissant en qualité de:",
            a["capacity"],
        ),
        ("4. y está revestido del sello / timbre de / bears the seal / stamp of:", a["seal"]),
        ("   Certificado / Certified / Attesté", ""),
        ("5. en / at / à:", a["city"]),
        ("6. el día / the / le:", a["date_text"]),
        ("7. por / by / par:", a["by"]),
        ("8. bajo el número / No / sous n°:", a["number"]),
        ("9. Sello / timbre:  (sello electrónico)", ""),
        ("10. Firma / Signature:", a["by_person"]),
    ]
    y = 50
    for lab, val in items:
        p.text(26, y, lab, "serif", 8.6)
        if val:
            p.text(190, y, val, "serifb", 8.8, anchor="r")
        y += 9.5
    rng = random.Random(seed)
    for i in range(24):
        for j in range(24):
            if rng.random() < 0.5:
                p.rect(30 + i * 1.2, 190 + j * 1.2, 1.2, 1.2, None, (0, 0, 0))
    p.para(70, 195, 120, f"Verifique la autenticidad de esta apostilla en https://apostilla.gob.cl con el "
           f"código {a['code']}.", "sans", 8, 4.2)  # fmt: skip
    return p


def translation(a: dict, seed: int) -> list[Page]:
    p = Page()
    p.text(20, 18, a["translator"], "serifb", 10.5)
    for i, ln in enumerate(a["translator_lines"]):
        p.text(20, 23.5 + i * 4.5, ln, "serifi", 8.5)
    p.text(105, 52, "TRADUCTION CERTIFIÉE CONFORME", "serifb", 12, anchor="c")
    p.text(105, 58, "de l'arabe vers le français", "serif", 9, anchor="c")
    p.text(105, 70, "RÉPUBLIQUE LIBANAISE", "serifb", 10.5, anchor="c")
    p.text(105, 75, "Ministère de l'Intérieur et des Municipalités", "serif", 9.5, anchor="c")
    p.text(105, 80, "Direction Générale du Statut Personnel", "serif", 9.5, anchor="c")
    p.text(105, 90, "EXTRAIT D'ÉTAT CIVIL INDIVIDUEL (Ikhraj Qaid Fardi)", "serifb", 11, anchor="c")
    y = 104
    for lab, val in a["rows"]:
        p.text(25, y, lab, "serif", 10)
        p.text(85, y, val, "serifb", 10)
        y += 8
    y = p.para(25, y + 4, 160, a["tail"], "serif", 9.5, 5)
    p.para(25, y + 8, 160, a["certif"], "serifi", 9, 4.6)
    p.ellipse(120, 228, 46, 46, (30, 60, 150), None, 0.7)
    p.ellipse(125, 233, 36, 36, (30, 60, 150), None, 0.3)
    p.text(143, 248, a["stamp1"], "sansb", 5.5, (30, 60, 150), "c")
    p.text(143, 252, a["stamp2"], "sans", 5, (30, 60, 150), "c")
    p.text(143, 256, a["stamp3"], "sans", 5, (30, 60, 150), "c")
    sign(p, 118, 240, 44, 16, random.Random(seed), INK, 0.5, 5)
    p.text(25, 262, a["signed_line"], "serif", 9.5)
    p.text(25, 282, f"Traduction n° {a['number']} — page 1/1", "serif", 7.5, GREY)
    return [p]


def hosting_handwritten(a: dict, seed: int) -> Page:
    """Attestation d'hébergement written by hand on plain or lined paper."""
    p = Page(210, 297, (252, 251, 246))
    for i in range(26):
        p.line(0, 40 + i * 9, 210, 40 + i * 9, (170, 200, 225), 0.2)
    p.line(30, 0, 30, 297, (230, 150, 160), 0.3)
    rng = random.Random(seed)
    font = a.get("font", "h_dkg")
    y = 38.5
    for i, ln in enumerate(a["lines"]):
        if ln:
            x = 105 if ln.startswith("^") else 34 + rng.uniform(0, 1.5)
            txt = ln.lstrip("^")
            p.hand(
                x - (len(txt) * 1.2 if ln.startswith("^") else 0), y, txt, font, 14.5, INK, seed + i
            )
        y += 9
    sign(p, 120, y - 4, 50, 18, rng, INK, 0.55, 6)
    return p
