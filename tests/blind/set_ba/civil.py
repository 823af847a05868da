"""Foreign civil-status documents: birth certificates, apostilles, sworn translation."""

from __future__ import annotations

import random

from gfx import round_stamp, signature

MOIS = (
    "janvier février mars avril mai juin juillet août septembre octobre novembre décembre"
).split()
MONTHS = (
    "January February March April May June July August September October November December"
).split()


def fr(iso):
    return f"{iso[8:10]}/{iso[5:7]}/{iso[0:4]}"


def _dotted(pg, x1, x2, y):
    pg.line(x1, y + 0.8, x2, y + 0.8, 0.2, (90, 90, 90), dash=0.5)


# ------------------------------------------------------------------ Mali


def mali_acte(a, rng: random.Random):
    """Acte de naissance (Mali, centre d'état civil, volet n° 3) pre-printed and hand-filled."""

    def p1(pg):
        ink = (30, 30, 40)
        pg.text(30, 18, "DISTRICT DE BAMAKO", "serifb", 10)
        pg.text(30, 23, f"COMMUNE {a['commune']}", "serifb", 10)
        pg.text(30, 28, f"CENTRE D'ÉTAT CIVIL DE {a['centre']}", "serif", 9)
        pg.text(160, 18, "RÉPUBLIQUE DU MALI", "serifb", 11, (0, 0, 0), "c")
        pg.text(160, 23, "Un Peuple - Un But - Une Foi", "serifi", 9, (0, 0, 0), "c")
        pg.text(160, 29, "-----------------", "serif", 9, (0, 0, 0), "c")
        pg.text(30, 38, "N° de l'acte :", "serif", 10)
        pg.hand(58, 38, a["acte_no"], 13, rng, ink)
        pg.text(105, 52, "ACTE DE NAISSANCE", "serifb", 18, (0, 0, 0), "c")
        pg.text(105, 58, "(Volet n° 3 - à remettre au déclarant)", "serifi", 8.5, (0, 0, 0), "c")
        rows = [
            ("L'an", a["year_words"]),
            ("et le", a["day_words"]),
            ("est né(e) à", a["pob"]),
            ("un enfant de sexe", a["sex_word"]),
            ("Prénom(s)", a["given"]),
            ("Nom", a["surname"]),
            ("Fils / Fille de", a["father"]),
            ("Profession", a["father_job"]),
            ("Domicile", a["father_home"]),
            ("et de", a["mother"]),
            ("Profession", a["mother_job"]),
            ("Domicile", a["mother_home"]),
        ]
        y = 72
        for label, value in rows:
            pg.text(24, y, label, "serif", 10.5)
            _dotted(pg, 62, 190, y)
            pg.hand(65, y - 0.5, value, 13, rng, ink)
            y += 10.5
        y += 3
        pg.para(24, y, 165, "Dressé le", "serif", 10.5)
        _dotted(pg, 45, 100, y)
        pg.hand(47, y - 0.5, fr(a["drawn"]), 13, rng, ink)
        pg.text(103, y, "sur la déclaration de", "serif", 10.5)
        _dotted(pg, 140, 190, y)
        pg.hand(142, y - 0.5, a["declarant"], 12, rng, ink)
        y += 10.5
        pg.para(
            24,
            y,
            165,
            "qui a signé avec nous, Officier de l'état civil, après lecture.",
            "serif",
            10.5,
        )
        y += 10.5
        pg.text(24, y, "Mention marginale :", "serif", 10)
        pg.hand(62, y, "Néant", 13, rng, ink)
        y += 14
        pg.text(24, y, "Pour copie certifiée conforme,", "serif", 10.5)
        pg.text(24, y + 6, f"Bamako, le {fr(a['copy_date'])}", "serif", 10.5)
        pg.text(130, y, "L'Officier de l'état civil", "serifb", 10.5)
        pg.hand(130, y + 30, a["officer"], 12, rng, ink)
        st = round_stamp(
            rng,
            f"RÉPUBLIQUE DU MALI * MAIRIE DE LA COMMUNE {a['commune']} *",
            ["ÉTAT CIVIL", "BAMAKO"],
            (70, 50, 140),
            420,
        )
        pg.image(st, 118, y + 2, w=38)
        pg.image(signature(rng, a["officer"].split()[-1], 140, (20, 20, 80)), 140, y + 6, h=18)
        pg.text(
            105,
            285,
            "Imprimerie nationale du Mali — Modèle E.C. 3",
            "serif",
            6.5,
            (100, 100, 100),
            "c",
        )

    return [p1]


# ------------------------------------------------------------------ China


def china_notarial(c, rng):
    """公证书: Chinese page, English translation page, translation conformity page."""
    red = (200, 20, 30)

    def p_zh(pg):
        pg.text(105, 45, "公  证  书", "cjk", 26, (0, 0, 0), "c")
        pg.text(190, 62, c["no_zh"], "cjk", 11, (0, 0, 0), "r")
        y = 80
        pg.text(25, y, "申请人：" + c["zh_name"] + "，女，" + c["zh_dob"] + "出生，", "cjk", 12.5)
        pg.text(25, y + 9, "公民身份号码：" + c["id_no"] + "。", "cjk", 12.5)
        pg.text(25, y + 22, "公证事项：出生", "cjk", 12.5)
        body = [
            f"    兹证明{c['zh_name']}（女）于{c['zh_dob']}在{c['zh_pob']}出生。",
            f"{c['zh_name']}的父亲是{c['zh_father']}，{c['zh_name']}的母亲是{c['zh_mother']}。",
        ]
        yy = y + 38
        for ln in body:
            for k in range(0, len(ln), 34):
                pg.text(25, yy, ln[k : k + 34], "cjk", 12.5)
                yy += 9
        pg.text(105, 215, "中华人民共和国" + c["zh_office"], "cjk", 12.5)
        pg.text(128, 227, "公 证 员     " + c["zh_notary"], "cjk", 12.5)
        pg.text(128, 240, c["zh_issue"], "cjk", 12.5)
        seal = round_stamp(rng, c["zh_office"], [], red, 420, "cjk", star=True)
        pg.image(seal, 128, 208, w=40)
        pg.image(signature(rng, "Z", 120, (10, 10, 10)), 150, 228, h=11)

    def p_en(pg):
        pg.text(105, 40, "NOTARIAL CERTIFICATE", "serifb", 18, (0, 0, 0), "c")
        pg.text(190, 56, c["no_en"], "serif", 11, (0, 0, 0), "r")
        y = 74
        for s in [
            f"Applicant: {c['en_name']}, female, born on {c['en_dob']},",
            f"Citizen ID Number: {c['id_no']}.",
            "",
            "Subject: Birth",
            "",
        ]:
            pg.text(25, y, s, "serif", 12)
            y += 8
        y = pg.para(
            25,
            y,
            160,
            f"    This is to certify that {c['en_name']} (female) was born on "
            f"{c['en_dob']} in {c['en_pob']}. The father of {c['en_name']} is "
            f"{c['en_father']}, and the mother of {c['en_name']} is {c['en_mother']}.",
            "serif",
            12,
            8,
        )
        y = 200
        for s in [
            c["en_office"],
            "The People's Republic of China",
            "",
            f"Notary: {c['en_notary']}",
            c["en_issue"],
        ]:
            pg.text(105, y, s, "serif", 12)
            y += 8

    def p_conf(pg):
        pg.text(105, 45, "公  证  书", "cjk", 22, (0, 0, 0), "c")
        pg.text(190, 60, c["no_zh"], "cjk", 11, (0, 0, 0), "r")
        pg.text(25, 85, "    兹证明前面的英文译文与中文原本内容相符。", "cjk", 12.5)
        pg.text(105, 205, "中华人民共和国" + c["zh_office"], "cjk", 12.5)
        pg.text(128, 217, "公 证 员     " + c["zh_notary"], "cjk", 12.5)
        pg.text(128, 230, c["zh_issue"], "cjk", 12.5)
        seal = round_stamp(rng, c["zh_office"], [], red, 420, "cjk", star=True)
        pg.image(seal, 126, 192, w=40)
        y = 120
        pg.text(105, y, "NOTARIAL CERTIFICATE", "serifb", 14, (0, 0, 0), "c")
        pg.para(
            25,
            y + 14,
            160,
            "This is to certify that the foregoing English translation is in "
            "conformity with the original Chinese document.",
            "serif",
            11.5,
            7,
        )
        pg.text(25, y + 40, f"Notary: {c['en_notary']}    {c['en_issue']}", "serif", 11)

    return [p_zh, p_en, p_conf]


# ------------------------------------------------------------------ India


def india_birth(b, rng):
    """Municipal birth certificate under the RBD Act 1969 (bilingual Hindi / English)."""

    def p1(pg):
        pg.rect(10, 10, 190, 277, (40, 40, 90), None, 1.0)
        pg.rect(12, 12, 186, 273, (40, 40, 90), None, 0.3)
        pg.text(105, 24, b["hi_body"], "free", 12, (0, 0, 0), "c")
        pg.text(105, 31, b["body"], "sansb", 13, (0, 0, 0), "c")
        pg.text(105, 37, b["dept"], "sans", 10, (0, 0, 0), "c")
        pg.text(105, 47, "जन्म प्रमाण-पत्र", "freeb", 14, (0, 0, 0), "c")
        pg.text(105, 54, "BIRTH CERTIFICATE", "sansb", 15, (0, 0, 0), "c")
        pg.para(
            22,
            61,
            166,
            "(ISSUED UNDER SECTION 12 / 17 OF THE REGISTRATION OF BIRTHS AND DEATHS "
            f"ACT, 1969 AND RULE 8 / 13 OF THE {b['state_rules']} REGISTRATION OF BIRTHS AND "
            "DEATHS RULES, 2000)",
            "sans",
            8.2,
            3.8,
        )
        pg.para(
            22,
            74,
            166,
            "This is to certify that the following information has been taken from "
            "the original record of birth which is the register for (local area / local body) "
            f"{b['local_body']} of Tahsil / Block {b['tahsil']} of District {b['district']} of "
            f"State / Union Territory {b['state']}, India.",
            "sans",
            9,
            4.4,
        )
        rows = [
            ("नाम / Name", b["name"]),
            ("लिंग / Sex", b["sex"]),
            ("जन्म तिथि / Date of Birth", b["dob_text"]),
            ("जन्म स्थान / Place of Birth", b["pob"]),
            ("माता का नाम / Name of Mother", b["mother"]),
            ("पिता का नाम / Name of Father", b["father"]),
            (
                "जन्म के समय माता-पिता का पता /\nAddress of parents at the time of birth",
                b["addr_birth"],
            ),
            ("माता-पिता का स्थायी पता /\nPermanent address", b["addr_perm"]),
            ("पंजीकरण संख्या / Registration Number", b["reg_no"]),
            ("पंजीकरण की तिथि / Date of Registration", b["reg_date"]),
            ("टिप्पणी / Remarks (if any)", "—"),
        ]
        y = 96
        for label, value in rows:
            for i, ln in enumerate(label.split("\n")):
                pg.text(22, y + i * 4.4, ln, "free", 9.5)
            pg.text(105, y, ":", "sans", 10)
            y2 = pg.para(109, y, 82, value, "sansb", 10, 4.6)
            y = max(y2, y + 4.4 * label.count("\n") + 4.6) + 4.7
        y += 6
        pg.text(22, y, f"जारी करने की तिथि / Date of Issue : {b['issue_text']}", "free", 9.5)
        pg.text(22, y + 7, f"Certificate No. : {b['cert_no']}", "sans", 9.5)
        pg.text(140, y + 30, "जारीकर्ता प्राधिकारी के हस्ताक्षर", "free", 8.5, (0, 0, 0), "c")
        pg.text(140, y + 35, "Signature of the Issuing Authority", "sans", 8.5, (0, 0, 0), "c")
        pg.text(140, y + 40, b["registrar"], "sansb", 8.5, (0, 0, 0), "c")
        pg.text(140, y + 45, "Registrar of Births and Deaths", "sans", 8.5, (0, 0, 0), "c")
        pg.image(signature(rng, b["registrar"].split()[-1], 140, (20, 30, 120)), 122, y + 12, h=16)
        seal = round_stamp(
            rng,
            f"{b['body'].upper()} * REGISTRAR OF BIRTHS & DEATHS *",
            [b["ward"], b["district"].upper()],
            (60, 40, 140),
            400,
        )
        pg.image(seal, 40, y + 14, w=36)
        pg.para(
            22,
            270,
            166,
            "“ENSURE REGISTRATION OF EVERY BIRTH AND DEATH” / “प्रत्येक जन्म और "
            "मृत्यु का पंजीकरण सुनिश्चित करें”",
            "free",
            8,
            3.8,
        )

    return [p1]


# ------------------------------------------------------------------ Ukraine


def ukraine_birth(u, rng):
    """Свідоцтво про народження (post-2016 A4-like form, on green security paper)."""

    def p1(pg):
        grn = (30, 90, 60)
        pg.rect(14, 14, 182, 269, grn, None, 0.8)
        pg.text(105, 32, "УКРАЇНА", "dvsb", 16, grn, "c")
        pg.text(105, 45, "СВІДОЦТВО", "dvsb", 20, grn, "c")
        pg.text(105, 53, "ПРО НАРОДЖЕННЯ", "dvsb", 14, grn, "c")
        pg.text(105, 63, f"Серія {u['series']}   № {u['number']}", "dvs", 11, (160, 20, 30), "c")
        rows = [
            ("Прізвище", u["surname"]),
            ("Ім'я", u["given"]),
            ("По батькові", u["patronymic"]),
            ("Дата народження", u["dob_num"]),
            ("", u["dob_words"]),
            ("Місце народження: місто (селище, село)", u["city"]),
            ("район, область", u["region"]),
            ("країна", "Україна"),
        ]
        y = 80
        for label, value in rows:
            if label:
                pg.text(24, y, label, "dvs", 8.5, (60, 60, 60))
            y2 = pg.para(96, y, 94, value, "dvsb", 11.5 if len(value) < 30 else 10, 5)
            pg.line(94, y2 - 3.8, 190, y2 - 3.8, 0.2, (120, 120, 120))
            y = y2 + 4
        pg.para(
            24,
            y + 2,
            166,
            f"про що {u['reg_words']} складено відповідний актовий запис № {u['act_no']}",
            "dvs",
            9.5,
            5,
        )
        y += 18
        pg.text(105, y, "БАТЬКИ", "dvsb", 11, grn, "c")
        y += 9
        for who, name, cit in [
            ("Батько", u["father"], "громадянин України"),
            ("Мати", u["mother"], "громадянка України"),
        ]:
            pg.text(24, y, who, "dvs", 8.5, (60, 60, 60))
            pg.text(96, y, name, "dvsb", 11)
            pg.line(94, y + 1.2, 190, y + 1.2, 0.2, (120, 120, 120))
            pg.text(96, y + 6, f"громадянство   {cit}", "dvs", 9)
            y += 15
        pg.text(24, y, "Місце державної реєстрації", "dvs", 8.5, (60, 60, 60))
        y = pg.para(96, y, 94, u["office"], "dvsb", 10, 5) + 6
        pg.text(24, y, "Дата видачі", "dvs", 8.5, (60, 60, 60))
        pg.text(96, y, u["issued"], "dvsb", 11)
        y += 14
        pg.text(24, y, "Керівник органу державної реєстрації актів цивільного стану", "dvs", 8.5)
        pg.text(150, y + 16, u["head"], "dvs", 10)
        pg.image(signature(rng, u["head"].split()[-1], 130, (20, 30, 110)), 110, y + 2, h=16)
        seal = round_stamp(rng, u["seal_text"], ["ДРАЦС"], (40, 60, 170), 400, "dv")
        pg.image(seal, 30, y + 4, w=36)

    return [p1]


# ------------------------------------------------------------------ apostille


def apostille(ap, rng):
    """Hague model apostille (10 numbered items), bilingual as the issuing state prints it."""

    def p1(pg):
        x0, y0, w = 30, 30 + ap.get("top", 0), 150
        pg.rect(x0, y0, w, 170, (0, 0, 0), (252, 252, 248), 0.6)
        pg.text(
            105, y0 + 13, ap.get("title", "APOSTILLE"), ap.get("tfont", "dvsb"), 17, (0, 0, 0), "c"
        )
        pg.text(105, y0 + 20, "(Convention de La Haye du 5 octobre 1961)", "dvs", 9, (0, 0, 0), "c")
        items = ap["items"]
        y = y0 + 32
        lf = ap.get("font", "dvs")
        lw = max(pg.width(f"{i}. {la}", lf, 8.2) for i, (la, _) in enumerate(items, 1)) + 4
        for n, (label, value) in enumerate(items, 1):
            if n in (2, 5) and ap.get("headers"):
                pg.text(x0 + 5, y, ap["headers"][0 if n == 2 else 1], lf, 8.5, (60, 60, 60))
                y += 6
            pg.text(x0 + 5, y, f"{n}. {label}", lf, 8.2, (50, 50, 50))
            if value and lw <= 72:
                pg.text(x0 + 5 + lw, y, value, ap.get("vfont", "dvsb"), 9.5)
            elif value:
                y += 4.6
                pg.text(x0 + 12, y, value, ap.get("vfont", "dvsb"), 9.5)
            y += 8.5 if lw <= 72 else 7
        seal = round_stamp(
            rng,
            ap["seal"],
            ap.get("seal_center", []),
            ap.get("seal_color", (30, 50, 150)),
            420,
            ap.get("seal_font", "dvb"),
            star=ap.get("star", False),
        )
        pg.image(seal, x0 + 12, y0 + 126, w=38)
        pg.image(
            signature(rng, ap["signer"].split()[-1], 140, (20, 20, 90)), x0 + 85, y0 + 135, h=18
        )
        if ap.get("footer"):
            pg.para(x0 + 5, y0 + 176, w - 10, ap["footer"], "dvs", 7.5, 3.5, (70, 70, 70))

    return [p1]


# ------------------------------------------------------------------ sworn translation


def sworn_translation(t, rng):
    """Traduction certifiée conforme (French), by a traducteur expert près la cour d'appel."""

    def p1(pg):
        pg.text(20, 20, t["translator"], "serifb", 10)
        for i, s in enumerate(t["tr_lines"]):
            pg.text(20, 25 + i * 4.5, s, "serif", 9)
        pg.text(105, 52, "TRADUCTION DE L'UKRAINIEN", "serifb", 12, (0, 0, 0), "c")
        pg.text(105, 60, "UKRAINE", "serifb", 13, (0, 0, 0), "c")
        pg.text(105, 68, "ACTE DE NAISSANCE", "serifb", 14, (0, 0, 0), "c")
        pg.text(105, 75, f"Série {t['series_fr']} N° {t['number']}", "serif", 11, (0, 0, 0), "c")
        y = 88
        for label, value in t["rows"]:
            pg.text(22, y, label, "serif", 10)
            y = pg.para(85, y, 105, value, "serifb", 10.5, 5) + 3
        y += 4
        y = pg.para(22, y, 168, t["stamp_desc"], "serifi", 9.5, 4.6)
        pg.text(105, y + 8, "APOSTILLE", "serifb", 11, (0, 0, 0), "c")
        y = pg.para(22, y + 15, 168, t["apostille_fr"], "serif", 9.5, 4.6)
        pg.para(
            22,
            y + 6,
            168,
            f"Je soussignée, {t['translator']}, traductrice-interprète expert "
            f"près la Cour d'appel de {t['court']}, certifie que la présente traduction est "
            "conforme à l'original en langue ukrainienne qui m'a été présenté.",
            "serif",
            10,
            5,
        )
        pg.text(
            22,
            262,
            f"Traduction n° {t['tr_no']}   —   {t['city']}, le {fr(t['date'])}",
            "serif",
            10,
        )
        st = round_stamp(
            rng,
            f"{t['translator'].upper()} * EXPERT PRÈS LA COUR D'APPEL DE {t['court'].upper()} *",
            ["TRADUCTRICE", "UKRAINIEN", "RUSSE"],
            (30, 60, 160),
            440,
            "dvb",
        )
        pg.image(st, 128, 232, w=42)
        pg.image(signature(rng, t["translator"].split()[-1], 140, (20, 20, 90)), 140, 246, h=18)

    return [p1]
