"""Civil-status documents: birth certificates of four countries, apostilles, translations."""

from __future__ import annotations

from common import INK, Page

GREY = (80, 80, 80)


def _ar(p: Page, x, y, s, size=11, bold=False, color=(15, 15, 15), anchor="r"):
    p.text(x, y, s, "amirib" if bold else "amiri", size, color, anchor, rtl=True)


def morocco_birth(b: dict, rng) -> Page:
    """Copie intégrale d'acte de naissance, bilingual form (French left, Arabic right)."""
    p = Page(210, 297, (252, 250, 244))
    p.text(20, 18, "ROYAUME DU MAROC", "serifb", 11)
    _ar(p, 190, 18, "المملكة المغربية", 14, True)
    p.text(20, 24, "Ministère de l'Intérieur", "serif", 9)
    _ar(p, 190, 24, "وزارة الداخلية", 11)
    p.text(20, 29, f"Province de {b['province']}", "serif", 9)
    _ar(p, 190, 29, f"عمالة {b['province_ar']}", 11)
    p.text(20, 34, f"Commune de {b['commune']}", "serif", 9)
    _ar(p, 190, 34, f"جماعة {b['commune_ar']}", 11)
    p.text(20, 39, "Bureau de l'état civil", "serif", 9)
    _ar(p, 190, 39, "مكتب الحالة المدنية", 11)
    p.text(105, 54, "COPIE INTÉGRALE D'ACTE DE NAISSANCE", "serifb", 13, anchor="c")
    _ar(p, 105, 63, "نسخة كاملة من رسم الولادة", 16, True, anchor="c")
    p.text(20, 74, f"Acte n° {b['act']}    Année {b['year']}", "serif", 10)
    _ar(p, 190, 74, f"رسم عدد {b['act']} سنة {b['year']}", 12)
    p.line(15, 78, 195, 78, GREY, 0.4)
    p.line(105, 80, 105, 228, (160, 160, 160), 0.3)
    fr = [
        ("Nom", b["surname"]),
        ("Prénom", b["given"]),
        ("Né le", b["dob_words"]),
        ("Correspondant au", b["hijri"]),
        ("À", b["pob"]),
        ("Sexe", b["sex_fr"]),
        ("Nationalité", "Marocaine"),
        ("Fils de", b["father"]),
        ("Et de", b["mother"]),
        ("Mentions marginales", "Néant"),
    ]
    ar = [
        ("النسب", b["surname_ar"]),
        ("الاسم الشخصي", b["given_ar"]),
        ("ولد في", b["dob_ar"]),
        ("الموافق ل", b["hijri_ar"]),
        ("بـ", b["pob_ar"]),
        ("الجنس", "ذكر"),
        ("الجنسية", "مغربية"),
        ("ابن", b["father_ar"]),
        ("و", b["mother_ar"]),
        ("البيانات الهامشية", "لا شيء"),
    ]
    y = 90
    for (lf, vf), (la, va) in zip(fr, ar):
        p.text(20, y, lf + " :", "serif", 9, GREY)
        p.text(20, y + 5.5, vf, "sansb", 10.5)
        _ar(p, 190, y + 1, la + " :", 11, color=GREY)
        _ar(p, 190, y + 7.5, va, 13, True)
        y += 13.5
    p.para(20, 236, b["certif"], 170, "serif", 9)
    p.text(20, 252, f"{b['commune']}, le {b['issued_words']}", "serif", 10)
    _ar(p, 190, 252, f"حرر ب{b['commune_ar']} في {b['issued_ar']}", 12)
    p.text(120, 262, "L'Officier de l'état civil", "serifi", 9)
    p.signature(125, 265, 40, 12, rng, INK)
    p.stamp(75, 272, 13, ["ROYAUME DU MAROC", "ETAT CIVIL", b["commune"].upper()], (60, 70, 160))
    p.text(20, 290, "Modèle n° 5 — Imprimerie officielle", "sans", 6, GREY)
    return p


def cameroon_birth(b: dict, rng) -> Page:
    """Acte de naissance / Birth certificate, bilingual French/English (Cameroon)."""
    p = Page(210, 297, (250, 248, 240))
    p.text(55, 14, "RÉPUBLIQUE DU CAMEROUN", "sansb", 9, anchor="c")
    p.text(55, 18.5, "Paix - Travail - Patrie", "sansi", 7.5, anchor="c")
    p.text(155, 14, "REPUBLIC OF CAMEROON", "sansb", 9, anchor="c")
    p.text(155, 18.5, "Peace - Work - Fatherland", "sansi", 7.5, anchor="c")
    p.text(20, 28, "Région du / Region:", "sans", 8)
    p.text(55, 28, b["region"], "sansb", 9)
    p.text(20, 33, "Département / Division:", "sans", 8)
    p.text(58, 33, b["division"], "sansb", 9)
    p.text(20, 38, "Centre d'état civil de / Civil Status Registration Centre of:", "sans", 8)
    p.text(105, 38, b["centre"], "sansb", 9)
    p.rect(140, 24, 55, 16, BLACK_, None, 0.3)
    p.text(143, 30, "N° / No.", "sans", 8)
    p.text(158, 30, b["act"], "sansb", 10)
    p.text(143, 36, "du / of " + b["year"], "sans", 8)
    p.text(105, 52, "ACTE DE NAISSANCE", "serifb", 15, anchor="c")
    p.text(105, 59, "BIRTH CERTIFICATE", "serifb", 12, anchor="c")
    rows = [
        ("Nom de l'enfant", "Surname of child", b["surname"]),
        ("Prénoms de l'enfant", "Given names of child", b["given"]),
        ("Né le", "Born on", b["dob_words"]),
        ("À", "At", b["pob"]),
        ("De sexe", "Sex", b["sex_fr"]),
        ("Fils ou fille de", "Son or daughter of", b["father"]),
        ("Né à", "Born at", b["father_pob"]),
        ("Profession", "Occupation", b["father_job"]),
        ("Et de", "And of", b["mother"]),
        ("Née à", "Born at", b["mother_pob"]),
        ("Profession", "Occupation", b["mother_job"]),
        ("Dressé le", "Drawn up on", b["drawn"]),
        ("Sur la déclaration de", "In accordance with the declaration of", b["declarant"]),
        ("Par Nous", "By Us", b["officer"]),
        ("Officier d'état civil", "Civil Status Registrar", ""),
        ("Assisté de", "In the presence of", b["secretary"]),
    ]
    y = 72
    for fr, en, val in rows:
        p.text(20, y, fr, "sans", 8.5)
        p.text(20, y + 3.6, en, "sansi", 7, GREY)
        p.dotted(78, 195, y + 2)
        if val:
            p.hand(80, y + 1.2, val, rng, "hand1", 11.5, (20, 20, 30), 0.25)
        y += 10.2
    p.text(20, 244, "Secrétaire d'état civil / Secretary", "sans", 8)
    p.text(130, 244, "L'Officier d'état civil / The Registrar", "sans", 8)
    p.signature(25, 248, 35, 11, rng, (20, 20, 60))
    p.signature(135, 248, 40, 13, rng, (20, 20, 60))
    p.stamp(100, 262, 14, ["COMMUNE D'ARRONDISSEMENT", b["centre"].upper(), "ETAT CIVIL"])
    p.text(20, 282, "COPIE CERTIFIÉE CONFORME À L'ORIGINAL / CERTIFIED TRUE COPY", "sansb", 7.5)
    p.text(20, 287, f"Délivrée le / Issued on {b['copy_date']}", "sans", 7.5)
    return p


BLACK_ = (0, 0, 0)


def psa_birth(b: dict, rng) -> Page:
    """PSA copy of a Certificate of Live Birth (Municipal Form No. 102) on security paper."""
    p = Page(216, 330, (236, 244, 238))
    p.guilloche(0, 0, 216, 330, rng, (214, 228, 220), 40)
    p.text(108, 10, "Republic of the Philippines", "serif", 8, anchor="c")
    p.text(108, 14.5, "PHILIPPINE STATISTICS AUTHORITY", "serifb", 10, anchor="c")
    p.text(200, 10, b["secpa"], "mono", 9, (180, 20, 30), "r")
    p.rect(12, 20, 192, 238, BLACK_, (250, 250, 248), 0.4)
    p.text(15, 25, "Municipal Form No. 102", "sans", 6)
    p.text(15, 28, "(Revised January 2007)", "sans", 6)
    p.text(108, 25, "Republic of the Philippines", "sans", 7, anchor="c")
    p.text(108, 29, "OFFICE OF THE CIVIL REGISTRAR GENERAL", "sansb", 7.5, anchor="c")
    p.text(108, 35, "CERTIFICATE OF LIVE BIRTH", "sansb", 12, anchor="c")
    p.text(15, 41, "Province", "sans", 6.5)
    p.text(40, 41, b["province"], "mono", 9)
    p.text(140, 41, "Registry No.", "sans", 6.5)
    p.text(160, 41, b["registry"], "mono", 9)
    p.text(15, 46, "City/Municipality", "sans", 6.5)
    p.text(40, 46, b["city"], "mono", 9)
    p.line(12, 48.5, 204, 48.5)
    cells = [
        (
            52,
            "1. NAME",
            [
                ("(First)", b["first"], 32),
                ("(Middle)", b["middle"], 95),
                ("(Last)", b["last"], 145),
            ],
        ),
        (64, "2. SEX", [("", b["sex"], 32)]),
        (
            64,
            "3. DATE OF BIRTH",
            [("(Day)", b["day"], 110), ("(Month)", b["month"], 135), ("(Year)", b["year"], 170)],
        ),
        (
            76,
            "4. PLACE OF BIRTH",
            [
                ("(Name of Hospital/Clinic)", b["hospital"], 40),
                ("(City/Municipality)", b["city"], 120),
                ("(Province)", b["province"], 170),
            ],
        ),
        (88, "5a. TYPE OF BIRTH", [("", "SINGLE", 40), ("6. WEIGHT AT BIRTH", "3100 grams", 120)]),
        (
            100,
            "MOTHER  7. MAIDEN NAME",
            [
                ("(First)", b["m_first"], 50),
                ("(Middle)", b["m_mid"], 100),
                ("(Last)", b["m_last"], 150),
            ],
        ),
        (112, "8. CITIZENSHIP", [("", "FILIPINO", 40), ("9. RELIGION", "ROMAN CATHOLIC", 120)]),
        (
            124,
            "FATHER  14. NAME",
            [
                ("(First)", b["f_first"], 50),
                ("(Middle)", b["f_mid"], 100),
                ("(Last)", b["f_last"], 150),
            ],
        ),
        (136, "15. CITIZENSHIP", [("", "FILIPINO", 40), ("17. OCCUPATION", b["f_job"], 120)]),
        (148, "20a. DATE AND PLACE OF MARRIAGE OF PARENTS", [("", b["marriage"], 100)]),
    ]
    for y, lab, items in cells:
        p.text(15, y, lab, "sansb", 6.5)
        for sub, val, x in items:
            if sub:
                p.text(x, y, sub, "sans", 5.5, GREY)
            p.text(x, y + 5.5, val, "mono", 9.5)
        p.line(12, y + 8, 204, y + 8, (120, 120, 120), 0.2)
    p.text(15, 162, "21. CERTIFICATION OF ATTENDANT AT BIRTH", "sansb", 6.5)
    p.para(
        15,
        166,
        "I hereby certify that I attended the birth of the child who was born alive "
        "at the time and date specified above.",
        185,
        "sans",
        6.5,
    )
    p.signature(30, 170, 35, 9, rng, (20, 20, 80))
    p.text(120, 176, b["attendant"], "mono", 8.5)
    p.text(15, 190, "25. REMARKS/ANNOTATION (For LCRO/OCRG Use Only)", "sansb", 6.5)
    p.text(15, 205, "Received at the Office of the Civil Registrar", "sans", 6.5)
    p.text(15, 210, b["received"], "mono", 8.5)
    p.text(15, 252, "TO BE FILLED-UP AT THE OFFICE OF THE CIVIL REGISTRAR", "sans", 5.5, GREY)
    p.para(
        14,
        268,
        f"This is a certified true copy of the record of birth filed in this Office. "
        f"Issued upon the request of {b['requester']} for {b['purpose']} purposes.",
        188,
        "serif",
        8.5,
    )
    p.signature(140, 276, 45, 10, rng, (20, 20, 80))
    p.text(160, 292, b["registrar"], "serifb", 8.5, anchor="c")
    p.text(160, 296, "OIC-Civil Registrar General", "serif", 7.5, anchor="c")
    p.text(15, 296, f"Date Issued: {b['issued']}", "sans", 7.5)
    p.text(15, 300, f"OR No.: {b['orno']}", "sans", 7.5)
    p.text(
        108,
        322,
        "PSA SECURITY PAPER — ANY ALTERATION OR ERASURE INVALIDATES THIS DOCUMENT",
        "sans",
        5.5,
        (90, 120, 100),
        "c",
    )
    return p


def tunisia_birth(b: dict, rng) -> Page:
    """مضمون ولادة (extract of birth record), Arabic only, Tunisian municipal register."""
    p = Page(210, 297, (250, 250, 246))
    _ar(p, 190, 20, "الجمهورية التونسية", 15, True)
    _ar(p, 190, 28, "وزارة الداخلية", 12)
    _ar(p, 190, 35, f"بلدية {b['city_ar']}", 12)
    _ar(p, 190, 42, "دفاتر الحالة المدنية", 11)
    p.text(20, 20, f"N° {b['serial']}", "mono", 9, (150, 30, 30))
    _ar(p, 105, 62, "مضمون ولادة", 22, True, anchor="c")
    p.line(70, 66, 140, 66, BLACK_, 0.4)
    _ar(p, 190, 80, f"عدد الرسم : {b['act']}        السنة : {b['year']}", 12)
    rows = [
        ("الاسم", b["given_ar"]),
        ("اللقب", b["surname_ar"]),
        ("الجنس", "ذكر"),
        ("تاريخ الولادة", b["dob_ar"]),
        ("مكان الولادة", b["city_ar"]),
        ("اسم الأب ولقبه", b["father_ar"]),
        ("اسم الأم ولقبها", b["mother_ar"]),
        ("الجنسية", "تونسية"),
        ("التنصيصات الطرّة", "لا شيء"),
    ]
    y = 96
    for lab, val in rows:
        _ar(p, 190, y, lab + " :", 12, color=GREY)
        _ar(p, 140, y, val, 14, True)
        p.dotted(30, 138, y + 1.5)
        y += 13
    _ar(p, 190, 225, f"حرر ب{b['city_ar']} في {b['issued_ar']}", 12)
    _ar(p, 75, 238, "ضابط الحالة المدنية", 12, anchor="c")
    p.signature(50, 242, 40, 12, rng, INK)
    p.stamp(140, 250, 14, ["REPUBLIQUE TUNISIENNE", "BALADIYAT " + b["city"].upper(), "ETAT CIVIL"])
    _ar(p, 190, 285, "هذا المضمون صالح لمدة غير محدودة", 9, color=GREY)
    return p


def apostille(a: dict, rng, w=148, h=175, bilingual=None) -> Page:
    """Apostille, model of the Hague Convention of 5 October 1961 (10 numbered items)."""
    p = Page(w, h, (255, 255, 252))
    p.rect(5, 5, w - 10, h - 10, BLACK_, None, 0.6)
    p.text(w / 2, 20, "APOSTILLE", "serifb", 17, anchor="c")
    p.text(w / 2, 27, "(Convention de La Haye du 5 octobre 1961)", "serifi", 9, anchor="c")
    if bilingual:
        _ar(p, w / 2, 34, bilingual, 12, True, anchor="c")
    items = [
        ("1. Pays / Country:", a["country"]),
        ("   Le présent acte public / This public document", ""),
        ("2. a été signé par / has been signed by", a["doc_signer"]),
        ("3. agissant en qualité de / acting in the capacity of", a["doc_role"]),
        ("4. est revêtu du sceau / timbre de / bears the seal / stamp of", a["doc_seal"]),
        ("Attesté / Certified", ""),
        ("5. à / at", a["place"]),
        ("6. le / the", a["date_text"]),
        ("7. par / by", a["authority"]),
        ("8. sous n° / No.", a["number"]),
        ("9. Sceau / timbre :", ""),
        ("10. Signature :", a["signed_by"]),
    ]
    y = 44
    for lab, val in items:
        p.text(12, y, lab, "serif", 8.5)
        if val:
            p.text(12, y + 4.5, val, "mono", 8.8)
            y += 4.5
        y += 7
    p.stamp(45, h - 28, 13, a["seal_lines"], (60, 60, 160))
    p.signature(w - 60, h - 35, 42, 12, rng, INK)
    return p


def translation(t: dict, rng) -> Page:
    """Sworn translation into French (traduction certifiée conforme) with translator stamp."""
    p = Page(210, 297)
    p.text(20, 18, t["translator"], "serifb", 11)
    p.text(
        20, 23, "Traductrice-interprète expert près la Cour d'appel de " + t["court"], "serif", 9
    )
    p.text(20, 27.5, t["tr_address"], "serif", 9)
    p.text(190, 18, f"Traduction n° {t['number']}", "serif", 9, anchor="r")
    p.text(105, 42, "TRADUCTION DE L'ARABE", "serifb", 12, anchor="c")
    p.line(20, 46, 190, 46, GREY, 0.4)
    y = 56
    for ln in t["lines"]:
        if ln.startswith("#"):
            p.text(105, y, ln[1:], "serifb", 11, anchor="c")
        elif ln:
            p.text(25, y, ln, "serif", 10.5)
        y += 7
    p.para(20, 225, t["cert"], 170, "serifi", 9.5)
    p.text(120, 248, f"Fait à {t['court']}, le {t['date_text']}", "serif", 10)
    p.signature(128, 252, 42, 12, rng, INK)
    p.stamp(
        60,
        262,
        17,
        [
            t["translator"].upper(),
            "TRADUCTRICE EXPERT",
            "ARABE - FRANÇAIS",
            "C.A. " + t["court"].upper(),
        ],
        (30, 90, 60),
    )
    return p
