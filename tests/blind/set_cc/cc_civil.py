"""Civil-status papers of blind set cc: birth certificates (Morocco, DR Congo, Brazil,
Turkey), Hague apostilles (10 numbered items), a legalisation chain and a sworn translation."""

from __future__ import annotations

import random

from cc_checks import fr

INK = (22, 22, 28)
TYPE = (35, 35, 45)
STAMP_BLUE = (40, 50, 150)
STAMP_VIOLET = (95, 45, 130)


def emblem(pg, cx, cy, r, col):
    """A generic coat of arms: a shield in a wreath (no real emblem copied)."""
    pg.ellipse(cx, cy, r, r, stroke=col, lw=0.35)
    pg.poly(
        [
            (cx - r * 0.45, cy - r * 0.5),
            (cx + r * 0.45, cy - r * 0.5),
            (cx + r * 0.45, cy + r * 0.1),
            (cx, cy + r * 0.6),
            (cx - r * 0.45, cy + r * 0.1),
        ],
        stroke=col,
        lw=0.35,
    )
    pg.poly(
        [
            (cx, cy - r * 0.35),
            (cx + r * 0.1, cy - r * 0.08),
            (cx + r * 0.32, cy - r * 0.08),
            (cx + r * 0.14, cy + 0.06 * r),
            (cx + r * 0.22, cy + r * 0.3),
            (cx, cy + r * 0.15),
            (cx - r * 0.22, cy + r * 0.3),
            (cx - r * 0.14, cy + 0.06 * r),
            (cx - r * 0.32, cy - r * 0.08),
            (cx - r * 0.1, cy - r * 0.08),
        ],
        fill=col,
    )


# --------------------------------------------------------------------------- Morocco


def maroc_acte(pg, a, rng: random.Random):
    """Copie intégrale d'acte de naissance, bilingual (French left, Arabic right)."""
    pg.rect(10, 10, 190, 277, stroke=(90, 110, 90), lw=0.5)
    pg.rect(11.5, 11.5, 187, 274, stroke=(90, 110, 90), lw=0.2)
    pg.guilloche(14, 14, 182, 268, (236, 240, 232), rng, n=30, lw=0.1, amp=6)
    head_fr = [
        "ROYAUME DU MAROC",
        "Ministère de l'Intérieur",
        f"Province de {a['province']}",
        f"Commune de {a['commune']}",
        "Bureau de l'État Civil",
    ]
    head_ar = [
        "المملكة المغربية",
        "وزارة الداخلية",
        f"إقليم {a['province_ar']}",
        f"جماعة {a['commune_ar']}",
        "مكتب الحالة المدنية",
    ]
    for i, (f, r) in enumerate(zip(head_fr, head_ar)):
        pg.text(18, 22 + i * 5, f, "serif-b" if i == 0 else "serif", 9.5 if i == 0 else 8.5, INK)
        pg.text(
            192,
            22 + i * 5.2,
            r,
            "amiri-b" if i == 0 else "amiri",
            11 if i == 0 else 10,
            INK,
            "r",
            rtl=True,
        )
    emblem(pg, 105, 30, 9, (150, 30, 40))
    pg.text(105, 56, "COPIE INTÉGRALE D'ACTE DE NAISSANCE", "serif-b", 13, INK, "c")
    pg.text(105, 64, "نسخة كاملة من رسم الولادة", "amiri-b", 15, INK, "c", rtl=True)
    pg.text(18, 74, f"Acte n° : {a['act_no']}    Année : {a['act_year']}", "serif", 9.5, INK)
    pg.text(
        192,
        74,
        f"عدد الرسم : {a['act_no']}   السنة : {a['act_year']}",
        "amiri",
        11,
        INK,
        "r",
        rtl=True,
    )
    pg.line(105, 80, 105, 200, 0.3, (120, 120, 120))
    pg.line(16, 80, 194, 80, 0.3, (120, 120, 120))
    rows = [
        ("Nom de famille", a["surname"], "الاسم العائلي", a["surname_ar"]),
        ("Prénom", a["given"], "الاسم الشخصي", a["given_ar"]),
        ("Sexe", a["sex_fr"], "الجنس", a["sex_ar"]),
        ("Né(e) le", a["dob_words"], "تاريخ الازدياد", a["dob_ar"]),
        ("Correspondant au", a["hijri"], "الموافق ل", a["hijri_ar"]),
        ("à", a["pob"], "مكان الازدياد", a["pob_ar"]),
        ("Nationalité", "Marocaine", "الجنسية", "مغربية"),
        ("Fille de", a["father"], "الأب", a["father_ar"]),
        ("et de", a["mother"], "الأم", a["mother_ar"]),
        ("Mentions marginales", "Néant", "البيانات الهامشية", "لا شيء"),
    ]
    y = 89
    for lf, vf, la, va in rows:
        pg.text(18, y, lf + " :", "serif-i", 8.5, (70, 70, 70))
        yy = pg.para(46, y, 56, vf, "serif-b", 9.5, 4.2, INK)
        pg.text(192, y + 0.5, la + " :", "amiri", 10, (70, 70, 70), "r", rtl=True)
        pg.text(160, y + 0.5, va, "amiri-b", 11, INK, "r", rtl=True)
        y = max(yy, y + 5) + 5.2
    pg.line(16, 200, 194, 200, 0.3, (120, 120, 120))
    pg.para(
        18,
        208,
        84,
        f"Dressé le {a['drawn']}, sur déclaration du père, par Nous, "
        f"{a['officer']}, officier de l'état civil.",
        "serif",
        8.5,
        4.0,
        INK,
    )
    pg.text(
        192, 208.5, f"حرر بتاريخ {a['drawn']} بناء على تصريح الأب", "amiri", 10, INK, "r", rtl=True
    )
    pg.text(192, 214, "من طرف ضابط الحالة المدنية", "amiri", 10, INK, "r", rtl=True)
    pg.text(18, 228, "Copie certifiée conforme au registre de l'état civil", "serif-b", 9, INK)
    pg.text(18, 233.5, f"Délivrée à {a['commune']}, le {fr(a['issued'])}", "serif", 9, INK)
    pg.text(
        192, 228.5, "نسخة مطابقة لما في سجلات الحالة المدنية", "amiri-b", 10.5, INK, "r", rtl=True
    )
    pg.text(
        192, 234, f"سلمت ب{a['commune_ar']} في {fr(a['issued'])}", "amiri", 10, INK, "r", rtl=True
    )
    pg.text(140, 245, "L'Officier de l'État Civil", "serif", 8.5, INK, "c")
    pg.signature(118, 247, 40, 14, random.Random(a["sig_seed"]), (30, 30, 90), lw=0.4)
    pg.round_stamp(
        160,
        258,
        13,
        f"ROYAUME DU MAROC * COMMUNE DE {a['commune'].upper()} * ",
        ["ETAT", "CIVIL"],
        STAMP_VIOLET,
        rng,
    )
    with pg.ink(0.85):  # fiscal stamp (timbre)
        pg.rect(22, 246, 20, 24, fill=(215, 180, 120), stroke=(150, 110, 60), lw=0.3)
        pg.text(32, 256, "TIMBRE", "sans-b", 5.5, (110, 60, 30), "c")
        pg.text(32, 262, "5,00 DH", "sans-b", 6, (110, 60, 30), "c")
    pg.text(
        105,
        281,
        "Imprimé réglementaire - modèle n° 16 - état civil",
        "sans",
        6,
        (110, 110, 110),
        "c",
    )


def apostille_items(
    pg, x, y, w, items, font="serif", size=8.5, lab_font="serif-i", lead=7.4, rtl=None
):
    """The ten numbered items of the Hague model certificate (rtl: Arabic labels, right)."""
    full = w
    for i, (num, label, value) in enumerate(items):
        if rtl and rtl[i]:
            pg.text(x + full, y, rtl[i], "amiri", size + 1.5, (60, 60, 60), "r", rtl=True)
            w = full - 34
        if num == "":
            pg.text(x + full / 2, y, label, "serif-b", size, INK, "c")
            y += lead * 0.85
            continue
        pg.text(x, y, f"{num}.", "serif-b", size, INK)
        pg.text(x + 6, y, label, lab_font, size * 0.92, (60, 60, 60))
        lw = pg.width(label, lab_font, size * 0.92)
        if lw > w * 0.45 and value:
            y += size * 0.4
            y = pg.para(x + 12, y, w - 12, value, font + "-b", size, size * 0.42, INK)
        elif value:
            y = pg.para(x + 8 + lw, y, w - lw - 8, value, font + "-b", size, size * 0.42, INK)
        else:
            y += size * 0.42
        y += lead - size * 0.42
    return y


def maroc_apostille(pg, ap, rng: random.Random):
    pg.rect(28, 30, 154, 176, stroke=INK, lw=0.6)
    pg.text(105, 42, "APOSTILLE", "serif-b", 16, INK, "c")
    pg.text(105, 50, "أبوستيل", "amiri-b", 15, INK, "c", rtl=True)
    pg.text(105, 57, "(Convention de La Haye du 5 octobre 1961)", "serif-i", 9, INK, "c")
    pg.text(105, 63, "(اتفاقية لاهاي المؤرخة في 5 أكتوبر 1961)", "amiri", 10, INK, "c", rtl=True)
    items = [
        ("1", "Pays :", "Royaume du Maroc"),
        ("", "Le présent acte public", ""),
        ("2", "a été signé par :", ap["doc_signer"]),
        ("3", "agissant en qualité de :", ap["doc_capacity"]),
        ("4", "est revêtu du sceau / timbre de :", ap["doc_seal"]),
        ("", "Attesté", ""),
        ("5", "à :", ap["place"]),
        ("6", "le :", fr(ap["date"])),
        ("7", "par :", ap["by"]),
        ("8", "sous n° :", ap["number"]),
        ("9", "Sceau / timbre :", ""),
        ("10", "Signature :", ""),
    ]
    ar = [
        "البلد",
        "هذه الوثيقة العمومية",
        "وقعها",
        "بصفته",
        "تحمل خاتم",
        "مصادق عليها",
        "في",
        "بتاريخ",
        "من طرف",
        "تحت رقم",
        "الخاتم",
        "التوقيع",
    ]
    apostille_items(pg, 34, 75, 142, items, rtl=ar)
    pg.round_stamp(
        75,
        190,
        12,
        "ROYAUME DU MAROC * MINISTÈRE DE LA JUSTICE * ",
        ["TPI", ap["place"][:9].upper()],
        STAMP_BLUE,
        rng,
    )
    pg.signature(120, 178, 42, 15, random.Random(ap["sig_seed"]), (20, 30, 100), lw=0.45)
    pg.text(140, 199, ap["signer_line"], "serif", 7.5, INK, "c")


# --------------------------------------------------------------------------- DR Congo


def rdc_acte(pg, a, rng: random.Random):
    """Acte de naissance, typed on the commune's pre-printed sheet."""
    hdr = [
        "RÉPUBLIQUE DÉMOCRATIQUE DU CONGO",
        "VILLE DE KINSHASA",
        f"COMMUNE DE {a['commune'].upper()}",
        "BUREAU DE L'ÉTAT CIVIL",
    ]
    for i, s in enumerate(hdr):
        pg.text(20, 20 + i * 5, s, "serif-b" if i == 0 else "serif", 9.5, INK)
    emblem(pg, 180, 28, 9, (30, 90, 160))
    pg.text(105, 52, "ACTE DE NAISSANCE", "serif-b", 16, INK, "c")
    pg.line(70, 54, 140, 54, 0.4, INK)
    pg.text(
        105,
        61,
        f"N° {a['act_no']}  Folio {a['folio']}  Volume {a['volume']}",
        "fmono-b",
        10,
        TYPE,
        "c",
    )
    body = (
        f"L'an {a['year_words']}, le {a['decl_words']}, à {a['decl_hour']}, "
        f"par-devant Nous, {a['officer']}, Officier de l'État Civil de la Commune de {a['commune']}, "
        f"a comparu {a['declarant']}, lequel nous a déclaré que le {a['birth_words']}, "
        f"est née à Kinshasa / {a['commune']}, un enfant de sexe féminin nommé :\n"
    )
    y = pg.para(20, 74, 170, body, "fmono", 10.2, 5.6, TYPE, just=True)
    pg.text(105, y + 2, a["child"], "fmono-b", 12, TYPE, "c")
    y += 12
    rest = (
        f"fille de {a['father']}, né à {a['father_pob']}, de nationalité congolaise, "
        f"profession {a['father_job']}, et de {a['mother']}, née à {a['mother_pob']}, "
        f"de nationalité congolaise, ménagère, tous deux domiciliés au n° {a['parents_addr']}.\n"
        "Lecture faite et interprétation donnée en lingala, le comparant a signé avec Nous le "
        "présent acte."
    )
    y = pg.para(20, y, 170, rest, "fmono", 10.2, 5.6, TYPE, just=True)
    pg.text(40, y + 10, "Le comparant,", "fmono", 10, TYPE, "c")
    pg.text(155, y + 10, "L'Officier de l'État Civil,", "fmono", 10, TYPE, "c")
    pg.signature(25, y + 12, 32, 11, random.Random(a["sig_seed"] + 1), (40, 40, 60), lw=0.35)
    pg.signature(138, y + 12, 36, 12, random.Random(a["sig_seed"]), (30, 30, 110), lw=0.4)
    pg.text(155, y + 28, a["officer"], "fmono", 9, TYPE, "c")
    y += 42
    pg.line(20, y, 190, y, 0.3, (100, 100, 100))
    pg.text(
        20,
        y + 8,
        f"POUR COPIE CERTIFIÉE CONFORME, Kinshasa, le {fr(a['issued'])}",
        "fmono-b",
        10,
        TYPE,
    )
    pg.text(155, y + 16, "L'Officier de l'État Civil", "fmono", 9.5, TYPE, "c")
    pg.signature(138, y + 18, 36, 12, random.Random(a["sig_seed"] + 7), (30, 30, 110), lw=0.4)
    pg.round_stamp(
        118,
        y + 26,
        13,
        f"RDC * VILLE DE KINSHASA * COMMUNE DE {a['commune'].upper()} * ",
        ["ÉTAT", "CIVIL"],
        STAMP_BLUE,
        rng,
    )


def rdc_legalisations(pg, a, rng: random.Random):
    """Back of the act: town hall, Ministry of Foreign Affairs, French embassy."""
    blocks = [
        (
            "HÔTEL DE VILLE DE KINSHASA",
            "Division urbaine de l'État Civil",
            (
                f"Vu pour légalisation de la signature de M. {a['officer']}, Officier de l'État Civil "
                f"de la Commune de {a['commune']}."
            ),
            f"Kinshasa, le {fr(a['leg1'])}",
            "Le Chef de Division",
            "HÔTEL DE VILLE * KINSHASA * ",
        ),
        (
            "MINISTÈRE DES AFFAIRES ÉTRANGÈRES",
            "Direction de la Chancellerie et du Contentieux",
            (
                f"Vu pour légalisation de la signature de {a['leg1_signer']}, apposée ci-dessus. "
                f"N° {a['leg2_no']}"
            ),
            f"Kinshasa, le {fr(a['leg2'])}",
            "Le Chef de Bureau Légalisation",
            "RDC * MINISTÈRE DES AFFAIRES ÉTRANGÈRES * ",
        ),
        (
            "AMBASSADE DE FRANCE EN RÉPUBLIQUE DÉMOCRATIQUE DU CONGO",
            "Service consulaire",
            (
                f"Vu pour légalisation de la signature de {a['leg2_signer']}, apposée ci-dessus. "
                f"N° {a['leg3_no']}. Droits perçus : 10 € (contre-valeur)."
            ),
            f"Kinshasa, le {fr(a['leg3'])}",
            "Pour l'Ambassadeur et par délégation, le Consul",
            "AMBASSADE DE FRANCE * KINSHASA * ",
        ),
    ]
    y = 22
    for i, (t1, t2, body, date, who, ring) in enumerate(blocks):
        x = 20 + (i % 2) * 22
        col = [STAMP_VIOLET, STAMP_BLUE, (30, 30, 120)][i]
        with pg.ink(rng.uniform(0.65, 0.85)):
            pg.rect(x, y, 128, 66, stroke=col, lw=0.6)
            pg.text(x + 64, y + 7, t1, "sans-b", 8.5 if len(t1) < 40 else 7, col, "c")
            pg.text(x + 64, y + 12, t2, "sans", 7, col, "c")
            yy = pg.para(x + 5, y + 20, 118, body, "serif", 8.5, 4.0, col)
            pg.text(x + 5, yy + 3, date, "serif", 8.5, col)
            pg.text(x + 90, yy + 3, who, "serif-i", 7, col, "c")
        pg.signature(
            x + 72, y + 44, 36, 13, random.Random(a["sig_seed"] + 20 + i), (25, 25, 80), lw=0.4
        )
        pg.round_stamp(x + 30, y + 52, 11, ring, ["RF"] if i == 2 else ["RDC"], col, rng)
        if i == 1:
            with pg.ink(0.9):
                pg.rect(x + 104, y + 22, 18, 22, fill=(150, 200, 170), stroke=(40, 100, 60), lw=0.3)
                pg.text(x + 113, y + 32, "TIMBRE", "sans-b", 5, (20, 70, 40), "c")
                pg.text(x + 113, y + 38, "FISCAL", "sans-b", 5, (20, 70, 40), "c")
        y += 80
