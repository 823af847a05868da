"""Birth certificates (Algeria, Morocco, Philippines, Brazil) and apostilles (raster A4)."""

from __future__ import annotations

from docs_id import MOIS, dmy
from draw import RasterPage, guilloche, sign, stamp

AR = "amiri"


def dz_birth(rng, b):
    """Algeria: extrait d'acte de naissance, bilingual model (French left, Arabic right)."""
    pg = RasterPage(210, 297, 200, "#fbfaf6")
    pg.text(
        105,
        16,
        "الجمهورية الجزائرية الديمقراطية الشعبية",
        AR + "-b",
        13,
        "#111",
        align="center",
        direction="rtl",
    )
    pg.text(
        105,
        23,
        "RÉPUBLIQUE ALGÉRIENNE DÉMOCRATIQUE ET POPULAIRE",
        "serif-b",
        10.5,
        "#111",
        align="center",
    )
    pg.text(15, 34, "Wilaya de Tizi Ouzou", "serif", 10)
    pg.text(15, 40, "Commune de Tizi Ouzou", "serif", 10)
    pg.text(195, 34, "ولاية تيزي وزو", AR, 12, align="right", direction="rtl")
    pg.text(195, 40, "بلدية تيزي وزو", AR, 12, align="right", direction="rtl")
    pg.text(105, 56, "مستخرج من سجل عقود الميلاد", AR + "-b", 14, align="center", direction="rtl")
    pg.text(105, 64, "EXTRAIT D'ACTE DE NAISSANCE", "serif-b", 13, align="center")
    pg.text(
        105, 71, f"Acte N° {b['act_no']}  -  Année {b['dob'].year}", "serif", 10, align="center"
    )
    pg.line(15, 76, 195, 76, lw=0.4)
    pg.line(105, 80, 105, 200, lw=0.2, color="#888")
    d = b["dob"]
    y = 86
    for lab, val in [
        ("Le :", f"{d.day} {MOIS[d.month - 1]} {d.year}"),
        ("à :", b["hour"]),
        ("est né(e) à :", b["pob"]),
        ("Nom :", b["surname"]),
        ("Prénom(s) :", b["given"]),
        ("Sexe :", b["sexp"]),
        ("Fils / fille de :", b["father"]),
        ("et de :", b["mother"]),
    ]:
        pg.text(17, y, lab, "serif", 9.5, "#333")
        y = pg.wrap(48, y, val, "serif-b", 10, 55)
        y += 3.5
    y = 86
    for lab, val in [
        ("في :", dmy(d)),
        ("على الساعة :", b["hour"]),
        ("ولد(ت) بـ :", b["pob_ar"]),
        ("اللقب :", b["surname_ar"]),
        ("الاسم :", b["given_ar"]),
        ("الجنس :", b["sex_ar"]),
        ("ابن / ابنة :", b["father_ar"]),
        ("و :", b["mother_ar"]),
    ]:
        pg.text(193, y, lab, AR, 11, "#333", align="right", direction="rtl")
        pg.text(160, y, val, AR + "-b", 11.5, "#111", align="right", direction="rtl")
        y += 10.5
    pg.line(15, 200, 195, 200, lw=0.4)
    pg.text(17, 208, "Mentions marginales :", "serif-b", 9.5)
    pg.wrap(17, 214, b["mention"], "serif-i", 9.5, 170)
    pg.text(17, 240, f"Délivré à Tizi Ouzou, le {dmy(b['issued'])}", "serif", 10)
    pg.text(17, 246, "L'officier de l'état civil", "serif", 10)
    stamp(pg, 150, 250, 16, ["APC TIZI OUZOU", "ETAT CIVIL", "بلدية تيزي وزو"])
    sign(pg, rng, 40, 250, 45, 16, "officier", ink="black")
    pg.text(105, 285, "Modèle 12 - Extrait d'acte de naissance", "sans", 7, "#666", align="center")
    return pg.im


def ma_birth(rng, b):
    """Morocco: copie intégrale d'acte de naissance (bilingual)."""
    pg = RasterPage(210, 297, 200, "#fdfcf8")
    pg.text(105, 15, "المملكة المغربية", AR + "-b", 14, align="center", direction="rtl")
    pg.text(105, 21, "ROYAUME DU MAROC", "sans-b", 10.5, align="center")
    pg.text(15, 31, "Ministère de l'Intérieur", "sans", 9)
    pg.text(15, 36, "Province : Fès", "sans", 9)
    pg.text(15, 41, "Commune : Fès - Bureau d'état civil Agdal", "sans", 9)
    pg.text(195, 31, "وزارة الداخلية", AR, 11, align="right", direction="rtl")
    pg.text(195, 37, "عمالة فاس", AR, 11, align="right", direction="rtl")
    pg.rect(15, 48, 180, 14, stroke="#222", fill="#eef0e8", lw=0.4)
    pg.text(105, 54, "نسخة كاملة من رسم الولادة", AR + "-b", 12, align="center", direction="rtl")
    pg.text(105, 60, "COPIE INTÉGRALE D'ACTE DE NAISSANCE", "sans-b", 10.5, align="center")
    pg.text(15, 70, f"Acte n° {b['act_no']}", "sans", 9.5)
    pg.text(195, 70, f"رقم العقد {b['act_no']}", AR, 11, align="right", direction="rtl")
    d = b["dob"]
    rows = [
        ("Nom de famille", b["surname"], "الاسم العائلي", b["surname_ar"]),
        ("Prénom", b["given"], "الاسم الشخصي", b["given_ar"]),
        (
            "Date de naissance",
            f"{d.day:02d} {MOIS[d.month - 1]} {d.year}",
            "تاريخ الازدياد",
            b["hijri"],
        ),
        ("Lieu de naissance", b["pob"], "مكان الازدياد", b["pob_ar"]),
        ("Sexe", b["sexp"], "الجنس", b["sex_ar"]),
        ("Nationalité", "Marocaine", "الجنسية", "مغربية"),
        ("Père", b["father"], "الأب", b["father_ar"]),
        ("Mère", b["mother"], "الأم", b["mother_ar"]),
    ]
    y = 80
    for lf, vf, la, va in rows:
        pg.rect(15, y - 5, 180, 11, stroke="#999", lw=0.2)
        pg.text(18, y, lf, "sans", 8, "#555")
        pg.text(18, y + 4.3, vf, "sans-b", 10)
        pg.text(192, y, la, AR, 9.5, "#555", align="right", direction="rtl")
        pg.text(192, y + 4.3, va, AR + "-b", 10.5, align="right", direction="rtl")
        y += 11
    pg.wrap(
        15,
        178,
        (
            f"Acte dressé le {dmy(b['reg'])} sur déclaration du père, lu et approuvé par "
            "l'officier de l'état civil soussigné."
        ),
        "sans",
        9,
        180,
    )
    pg.text(15, 196, "Mentions marginales : néant", "sans-i", 9)
    pg.text(
        15,
        214,
        f"Pour copie certifiée conforme au registre, Fès le {dmy(b['issued'])}",
        "sans",
        9.5,
    )
    pg.text(130, 224, "L'officier de l'état civil", "sans", 9.5)
    stamp(pg, 60, 244, 16, ["ETAT CIVIL", "FES AGDAL", "مكتب الحالة المدنية"], color="#6a2a8a")
    sign(pg, rng, 130, 230, 45, 16, "officier", ink="black")
    return pg.im


def ph_birth(rng, b):
    """Philippines: PSA-certified Certificate of Live Birth (Municipal Form No. 102)."""
    pg = RasterPage(216, 279, 200, "#f6f3e9")
    guilloche(pg, rng, 0, 0, 216, 279, "#ece3cc", 40)
    pg.text(10, 9, "Municipal Form No. 102", "sans", 6.5)
    pg.text(10, 12.5, "(Revised January 2007)", "sans", 6.5)
    pg.text(108, 11, "Republic of the Philippines", "serif", 8.5, align="center")
    pg.text(108, 15.5, "OFFICE OF THE CIVIL REGISTRAR GENERAL", "serif-b", 9, align="center")
    pg.text(108, 23, "CERTIFICATE OF LIVE BIRTH", "serif-b", 14, align="center")
    pg.rect(10, 27, 196, 10, lw=0.3)
    pg.text(12, 30.5, "Province", "sans", 6.5)
    pg.text(30, 34.5, "METRO MANILA", "mono-b", 9)
    pg.text(95, 30.5, "City/Municipality", "sans", 6.5)
    pg.text(120, 34.5, b["city"], "mono-b", 9)
    pg.text(170, 30.5, "Registry No.", "sans", 6.5)
    pg.text(170, 34.5, b["reg_no"], "mono-b", 9)
    boxes = [
        ("1. NAME", [("(First)", b["given"]), ("(Middle)", b["middle"]), ("(Last)", b["surname"])]),
        ("2. SEX", [("(Male / Female)", b["sexp"])]),
        (
            "3. DATE OF BIRTH",
            [
                ("(Day)", str(b["dob"].day)),
                ("(Month)", b["dob"].strftime("%B")),
                ("(Year)", str(b["dob"].year)),
            ],
        ),
        (
            "4. PLACE OF BIRTH",
            [
                ("(Name of Hospital/Clinic)", b["hospital"]),
                ("(City/Municipality)", b["city"]),
                ("(Province)", "METRO MANILA"),
            ],
        ),
        (
            "7. MAIDEN NAME (MOTHER)",
            [("(First)", b["m_first"]), ("(Middle)", b["m_mid"]), ("(Last)", b["m_last"])],
        ),
        (
            "13. NAME (FATHER)",
            [("(First)", b["f_first"]), ("(Middle)", b["f_mid"]), ("(Last)", b["f_last"])],
        ),
    ]
    y = 39
    for title, cells in boxes:
        pg.rect(10, y, 196, 13, lw=0.3)
        pg.text(12, y + 3.2, title, "sans-b", 6.5)
        cw = 150 / len(cells)
        for i, (lab, val) in enumerate(cells):
            cx = 52 + i * cw
            pg.text(cx, y + 3.2, lab, "sans", 5.8, "#444")
            pg.text(cx, y + 9.8, val, "mono-b", 9.5)
        y += 13
    pg.rect(10, y, 196, 30, lw=0.3)
    pg.text(
        12,
        y + 4,
        "26. CERTIFICATION OF INFORMANT / 27. PREPARED BY / RECEIVED AT THE OFFICE",
        "sans-b",
        6.2,
    )
    pg.text(12, y + 12, f"Date of registration: {b['reg'].strftime('%B %d, %Y')}", "mono", 8.5)
    sign(pg, rng, 120, y + 12, 40, 12, "registrar", ink="black")
    y += 38
    pg.rect(10, y, 196, 52, stroke="#3a3a8a", fill="#eef0fa", lw=0.4)
    pg.text(108, y + 7, "PHILIPPINE STATISTICS AUTHORITY", "sans-b", 11, "#2a2a7a", align="center")
    y2 = pg.wrap(
        16,
        y + 15,
        (
            "This is to certify that this is a true copy of the Certificate of Live Birth on file "
            f"at the PSA Civil Registry System. Issued upon request of {b['given']} "
            f"{b['middle']} {b['surname']} for passport / foreign use."
        ),
        "serif",
        9,
        184,
    )
    pg.text(16, y2 + 3, f"Date issued: {b['issued'].strftime('%d %B %Y')}", "serif-b", 9)
    pg.text(130, y2 + 3, "BSN: 2026-" + b["bsn"], "mono", 8.5)
    sign(pg, rng, 130, y2 + 6, 50, 14, "psa", ink="black")
    pg.text(155, y2 + 24, "Civil Registrar General", "serif-i", 8, align="center")
    return pg.im


def br_birth(rng, b):
    """Brazil: certidão de nascimento, national model (2010)."""
    pg = RasterPage(210, 297, 200, "#fbfdf8")
    pg.rect(7, 7, 196, 283, stroke="#3f8f5a", lw=1.6)
    pg.rect(9.5, 9.5, 191, 278, stroke="#8cc49c", lw=0.4)
    pg.text(105, 22, "REPÚBLICA FEDERATIVA DO BRASIL", "serif-b", 12, "#1d5030", align="center")
    pg.text(105, 29, "REGISTRO CIVIL DAS PESSOAS NATURAIS", "serif", 10, "#1d5030", align="center")
    pg.text(105, 40, "CERTIDÃO DE NASCIMENTO", "serif-b", 15, "#111", align="center")
    rows = [
        [("NOME", b["name_full"], 176)],
        [("CPF", b["cpf"], 176)],
        [("MATRÍCULA", b["matricula"], 176)],
        [
            ("DATA DE NASCIMENTO POR EXTENSO", b["dob_words"], 110),
            ("DIA", f"{b['dob'].day:02d}", 20),
            ("MÊS", f"{b['dob'].month:02d}", 20),
            ("ANO", str(b["dob"].year), 26),
        ],
        [
            ("HORA", b["hour"], 30),
            ("MUNICÍPIO DE REGISTRO E UNIDADE DA FEDERAÇÃO", "RECIFE - PE", 90),
            ("SEXO", b["sexp"], 56),
        ],
        [("LOCAL DE NASCIMENTO", b["place"], 176)],
        [("MUNICÍPIO DE NASCIMENTO E UNIDADE DA FEDERAÇÃO", "RECIFE - PE", 176)],
        [("FILIAÇÃO", b["parents"], 176)],
        [("AVÓS", b["grand"], 176)],
        [("DATA DO REGISTRO POR EXTENSO", b["reg_words"], 176)],
        [("OBSERVAÇÕES / AVERBAÇÕES", "Nada consta.", 176)],
    ]
    y = 48
    for row in rows:
        x = 17
        for lab, val, w in row:
            pg.rect(x, y, w, 13, stroke="#3f8f5a", lw=0.3)
            pg.text(x + 1.5, y + 3.6, lab, "sans", 6, "#1d5030")
            pg.wrap(x + 1.5, y + 9.5, val, "sans-b", 9, w - 3)
            x += w
        y += 15
    y += 6
    y = pg.wrap(
        17,
        y,
        (
            f"{b['cartorio']}. O conteúdo da certidão é verdadeiro. Dou fé. "
            f"Recife, {b['issued_words']}."
        ),
        "serif",
        9.5,
        176,
    )
    sign(pg, rng, 110, y + 4, 55, 16, "oficial", ink="black")
    pg.line(100, y + 22, 185, y + 22, lw=0.3)
    pg.text(142, y + 27, "Oficial / Escrevente autorizado", "serif-i", 8.5, align="center")
    stamp(pg, 50, y + 16, 14, ["CARTÓRIO", "2º OFÍCIO", "RECIFE-PE"], color="#3a3a3a")
    return pg.im


APO = {
    "fr": [
        "APOSTILLE",
        "(Convention de La Haye du 5 octobre 1961)",
        "1. Pays :",
        "Le présent acte public",
        "2. a été signé par",
        "3. agissant en qualité de",
        "4. est revêtu du sceau / timbre de",
        "Attesté",
        "5. à",
        "6. le",
        "7. par",
        "8. sous n°",
        "9. Sceau / timbre :",
        "10. Signature :",
    ],
    "en": [
        "APOSTILLE",
        "(Convention de La Haye du 5 octobre 1961)",
        "1. Country:",
        "This public document",
        "2. has been signed by",
        "3. acting in the capacity of",
        "4. bears the seal / stamp of",
        "Certified",
        "5. at",
        "6. the",
        "7. by",
        "8. No",
        "9. Seal / stamp:",
        "10. Signature:",
    ],
    "pt": [
        "APOSTILA / APOSTILLE",
        "(Convention de La Haye du 5 octobre 1961)",
        "1. País / Country / Pays:",
        "Este documento público / This public document",
        "2. Foi assinado por / Has been signed by / A été signé par",
        "3. Na qualidade de / Acting in the capacity of / Agissant en qualité de",
        "4. Tem o selo/carimbo de / Bears the seal/stamp of / Est revêtu du sceau de",
        "Reconhecido / Certified / Attesté",
        "5. Em / At / À",
        "6. Data / Date / Le",
        "7. Por / By / Par",
        "8. Nº / No / Sous nº",
        "9. Selo / Seal / Sceau:",
        "10. Assinatura / Signature:",
    ],
}


def apostille(rng, a):
    L = APO[a["lang"]]
    pg = RasterPage(210, 297, 200, a.get("paper", "#fdfdfb"))
    x0, y0, w = 30, 30, 150
    pg.rect(x0, y0, w, 175, stroke="#222", lw=0.6)
    if a.get("header"):
        pg.text(105, y0 - 8, a["header"], "sans-b", 10, "#1a1a5a", align="center")
    pg.text(105, y0 + 12, L[0], "serif-b", 16, align="center")
    pg.text(105, y0 + 19, L[1], "serif-i", 9, align="center")
    vals = a["vals"]
    y = y0 + 32
    pg.text(x0 + 6, y, L[2], "serif", 9.5)
    pg.text(x0 + 62, y, vals[0], "sans-b", 10)
    y += 9
    pg.text(x0 + 6, y, L[3], "serif-i", 9.5)
    for i in range(3):
        y += 9
        pg.text(x0 + 6, y, L[4 + i], "serif", 8.5 if a["lang"] == "pt" else 9.5)
        y += 5.5
        pg.text(x0 + 12, y, vals[1 + i], "sans-b", 10)
    y += 11
    pg.text(105, y, L[7], "serif-i", 9.5, align="center")
    y += 9
    pg.text(x0 + 6, y, L[8], "serif", 9.5)
    pg.text(x0 + 40, y, vals[4], "sans-b", 10)
    pg.text(x0 + 80, y, L[9], "serif", 9.5)
    pg.text(x0 + 110, y, vals[5], "sans-b", 10)
    y += 10
    pg.text(x0 + 6, y, L[10], "serif", 9.5)
    y += 5.5
    pg.text(x0 + 12, y, vals[6], "sans-b", 10)
    y += 10
    pg.text(x0 + 6, y, L[11], "serif", 9.5)
    pg.text(x0 + 50, y, vals[7], "mono-b", 10.5)
    y += 12
    pg.text(x0 + 6, y, L[12], "serif", 9.5)
    pg.text(x0 + 80, y, L[13], "serif", 9.5)
    stamp(pg, x0 + 38, y + 20, 14, a["stamp"], color=a.get("ink", "#2a3d9a"))
    sign(pg, rng, x0 + 82, y + 6, 50, 16, vals[6], ink="black")
    if a.get("foot"):
        pg.wrap(x0, y0 + 186, a["foot"], "sans", 7.5, w, color="#444")
    return pg.im
