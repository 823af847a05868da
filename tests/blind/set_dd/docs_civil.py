"""Birth certificates (Sudan, Georgia, Chad, Moldova), apostilles, legalisation, translation."""

from __future__ import annotations

import random

from gfx import Page, guilloche, rect_stamp, signature_img, stamp_img

A4 = (210, 297)


def _ar_row(pg: Page, y, label, value, xr=190, gap=4, vfont="amirib"):
    """Arabic row: label at the right, value to its left (never overlapping)."""
    pg.text(xr, y, label + " :", "amiri", 12, "#222222", "r")
    lw = pg.width(label + " :", "amiri", 12)
    pg.text(xr - lw - gap, y, value, vfont, 12.5, "#101010", "r")


def sudan_birth(b: dict, rng: random.Random):
    """Computer-printed Sudanese civil registry birth certificate (Arabic only)."""

    def draw(pg: Page):
        pg.rect(10, 10, 190, 277, stroke="#2b5e3c", width=1.2)
        pg.rect(12, 12, 186, 273, stroke="#2b5e3c", width=0.3)
        guilloche(pg, 14, 60, 182, 180, rng, color="#e4ece2", n=26)
        for i, t in enumerate(["جمهورية السودان", "وزارة الداخلية", "الإدارة العامة للسجل المدني"]):
            pg.text(190, 24 + i * 7, t, "amirib", 13 if i == 0 else 11, "#1d3d28", "r")
        pg.ellipse(92, 16, 26, 26, stroke="#1d3d28", width=0.6)
        pg.ellipse(95, 19, 20, 20, stroke="#1d3d28", width=0.3)
        pg.text(105, 31, "SUDAN", "sansb", 6, "#1d3d28", "c")
        pg.text(20, 24, "الرقم: " + b["cert_no"], "amiri", 11, "#222222")
        pg.text(105, 58, "شهادة ميلاد", "amirib", 22, "#1d3d28", "c")
        pg.line(80, 61.5, 130, 61.5, 0.5, "#1d3d28")
        rows = [
            ("الرقم الوطني", b["national_no"]),
            ("اسم المولود", b["name_ar"]),
            ("النوع", b["sex_ar"]),
            ("تاريخ الميلاد", b["dob_text"]),
            ("مكان الميلاد", b["pob_ar"]),
            ("اسم الأب", b["father_ar"]),
            ("جنسية الأب", "سوداني"),
            ("اسم الأم", b["mother_ar"]),
            ("جنسية الأم", "سودانية"),
            ("تاريخ التسجيل", b["reg_date"]),
            ("مكتب التسجيل", b["office_ar"]),
            ("تاريخ الإصدار", b["issue_date"]),
        ]
        y = 80
        for lab, val in rows:
            _ar_row(pg, y, lab, val)
            pg.line(22, y + 3, 190, y + 3, 0.15, "#9fb5a5", dash=0.8)
            y += 12.5
        pg.text(60, 245, "المسجل المدني", "amirib", 12, "#222222", "c")
        pg.image(35, 248, 50, None, signature_img(rng, 500, 170, color=(20, 30, 90)))
        st = stamp_img(
            rng,
            "REPUBLIC OF SUDAN * CIVIL REGISTRY *",
            ["السجل المدني", "أم درمان"],
            color=(40, 60, 150),
            diam=600,
            center_font="amirib",
        )
        pg.image(135, 232, 40, 40, st)

    return draw


def legalisation_verso(l_: dict, rng: random.Random):
    """Back of the certificate: Sudanese MFA attestation and French embassy legalisation."""

    def draw(pg: Page):
        st1 = rect_stamp(
            rng,
            [
                "وزارة الخارجية",
                "Ministry of Foreign Affairs - Sudan",
                "Consular Dept. - Attestation",
                "التاريخ " + l_["mfa_date"],
                "No " + l_["mfa_no"],
            ],
            color=(130, 40, 120),
            w=820,
            font="amirib",
        )
        pg.image(20, 30, 78, None, st1)
        pg.image(40, 70, 42, None, signature_img(rng, 480, 160, color=(110, 30, 110)))
        st2 = rect_stamp(
            rng,
            [
                "AMBASSADE DE FRANCE AU SOUDAN",
                "VU POUR LÉGALISATION",
                "de la signature de M. " + l_["mfa_officer"],
                "apposée au recto",
                "Khartoum, le " + l_["fr_date"],
                "Pour l'Ambassadeur, l'Agent consulaire",
            ],
            color=(30, 50, 140),
            w=980,
            font="sansb",
        )
        pg.image(95, 120, 95, None, st2)
        pg.image(120, 172, 45, None, signature_img(rng, 480, 160, color=(20, 30, 120)))
        pg.image(
            40,
            150,
            40,
            40,
            stamp_img(
                rng,
                "AMBASSADE DE FRANCE * KHARTOUM *",
                ["RF", "CONSULAT"],
                color=(30, 50, 140),
                diam=520,
            ),
        )
        pg.rect(150, 70, 30, 36, stroke="#6a4a2a", fill="#efe0c0", width=0.4)
        pg.text(165, 82, "TIMBRE", "sansb", 7, "#6a4a2a", "c")
        pg.text(165, 90, "FISCAL", "sansb", 7, "#6a4a2a", "c")
        pg.text(165, 99, l_["fee"], "sansb", 9, "#6a4a2a", "c")

    return draw


def translation_en(t: dict, rng: random.Random):
    """English certified translation of the Sudanese certificate (text PDF page)."""

    def draw(pg: Page):
        pg.text(20, 20, t["office"], "serifb", 13, "#1a2a4a")
        pg.text(20, 26, t["office_addr"], "serif", 9, "#444444")
        pg.line(20, 29, 190, 29, 0.6, "#1a2a4a")
        pg.text(105, 44, "CERTIFIED TRANSLATION FROM ARABIC", "serifb", 12, anchor="c")
        pg.text(105, 53, "Republic of the Sudan - Ministry of Interior", "serif", 10.5, anchor="c")
        pg.text(105, 59, "General Directorate of Civil Registry", "serif", 10.5, anchor="c")
        pg.text(105, 70, "BIRTH CERTIFICATE", "serifb", 14, anchor="c")
        pg.text(20, 80, "No: " + t["cert_no"], "serif", 10)
        rows = [
            ("National Number", t["national_no"]),
            ("Name of the newborn", t["name"]),
            ("Sex", t["sex"]),
            ("Date of birth", t["dob"]),
            ("Place of birth", t["pob"]),
            ("Father's name", t["father"]),
            ("Father's nationality", "Sudanese"),
            ("Mother's name", t["mother"]),
            ("Mother's nationality", "Sudanese"),
            ("Date of registration", t["reg_date"]),
            ("Registration office", t["office_reg"]),
            ("Date of issue", t["issue_date"]),
        ]
        y = 92
        for lab, val in rows:
            pg.text(24, y, lab + ":", "serif", 10.5, "#333333")
            pg.text(88, y, val, "serifb", 10.5)
            y += 8.5
        y += 4
        y = pg.para(
            20,
            y,
            'Signature of the Civil Registrar: [signed]. Round stamp: "Republic '
            'of Sudan - Civil Registry - Omdurman". On the reverse: attestation stamp '
            "of the Ministry of Foreign Affairs No " + t["mfa_no"] + " and legalisation "
            "stamp of the Embassy of France in Khartoum.",
            170,
            "serifi",
            10,
        )
        y = pg.para(
            20,
            y + 6,
            "I, the undersigned, " + t["translator"] + ", certified "
            "translator, hereby certify that the above is a true and faithful "
            "translation of the Arabic original submitted to me.",
            170,
            "serif",
            10.5,
        )
        pg.text(20, y + 6, "Khartoum, " + t["date"], "serif", 10.5)
        pg.image(120, y + 2, 45, None, signature_img(rng, 480, 170, color=(20, 30, 110)))
        pg.image(
            150,
            y + 8,
            38,
            38,
            stamp_img(
                rng,
                "AL-NILEIN CERTIFIED TRANSLATION *",
                ["TRANSLATOR", "LIC. 0417"],
                color=(30, 60, 150),
                diam=520,
            ),
        )

    return draw


def georgia_birth(b: dict, rng: random.Random):
    def draw(pg: Page):
        pg.rect(12, 12, 186, 273, stroke="#7a2430", width=0.8)
        guilloche(pg, 14, 14, 182, 269, rng, color="#efe3e0", n=30)
        pg.text(105, 30, "საქართველო", "dejavub", 15, "#7a2430", "c")
        pg.text(105, 37, "GEORGIA", "dejavub", 10, "#7a2430", "c")
        pg.text(105, 52, "დაბადების მოწმობა", "dejavub", 17, "#111111", "c")
        pg.text(105, 59, "BIRTH CERTIFICATE", "dejavu", 10, "#333333", "c")
        pg.text(186, 70, "№ " + b["cert_no"], "monob", 11, "#9a1010", "r")
        rows = [
            ("გვარი", "Surname", b["surname_ka"] + " / " + b["surname"]),
            ("სახელი", "Name", b["given_ka"] + " / " + b["given"]),
            ("სქესი", "Sex", "მდედრობითი / Female"),
            ("დაბადების თარიღი", "Date of birth", b["dob_text"]),
            ("დაბადების ადგილი", "Place of birth", b["pob"]),
            ("პირადი ნომერი", "Personal number", b["personal_no"]),
            ("მამა", "Father", b["father"]),
            ("დედა", "Mother", b["mother"]),
            ("სააქტო ჩანაწერის №", "Record No.", b["record"]),
            ("გაცემის თარიღი", "Date of issue", b["issue_text"]),
        ]
        y = 84
        for ka, en, val in rows:
            pg.text(24, y, ka, "dejavu", 9, "#555555")
            pg.text(24, y + 4, en, "dejavu", 7, "#777777")
            pg.text(92, y + 2, val, "dejavub", 10.5)
            pg.line(92, y + 4.5, 186, y + 4.5, 0.15, "#bbbbbb")
            y += 14
        pg.text(
            24, 240, "სსიპ სახელმწიფო სერვისების განვითარების სააგენტო", "dejavu", 8.5, "#333333"
        )
        pg.text(
            24,
            245,
            "LEPL Public Service Development Agency, Ministry of Justice of Georgia",
            "dejavu",
            7.5,
            "#555555",
        )
        pg.image(30, 252, 44, None, signature_img(rng, 480, 160, color=(25, 25, 90)))
        pg.image(
            130,
            235,
            40,
            40,
            stamp_img(
                rng,
                "PUBLIC SERVICE DEVELOPMENT AGENCY * ",
                ["GEORGIA", "PSDA"],
                color=(40, 50, 140),
                diam=520,
            ),
        )

    return draw


def chad_birth(b: dict, rng: random.Random):
    """Pre-printed Chadian civil status form, values written by hand."""

    def draw(pg: Page):
        pg.text(20, 22, "RÉPUBLIQUE DU TCHAD", "serifb", 12)
        pg.text(20, 27.5, "Unité - Travail - Progrès", "serifi", 9)
        pg.text(20, 35, "Ministère de l'Administration du Territoire", "serif", 9)
        pg.text(20, 40, "et de la Décentralisation", "serif", 9)
        pg.text(190, 22, "جمهورية تشاد", "amirib", 13, anchor="r")
        pg.text(190, 35, "Centre d'État Civil de", "serif", 9, anchor="r")
        pg.text(190, 40, b["centre"], "serifb", 9, anchor="r")
        pg.text(105, 58, "COPIE INTÉGRALE D'ACTE DE NAISSANCE", "serifb", 14, anchor="c")
        pg.text(105, 66, "N° " + b["act_no"], "serif", 11, anchor="c")
        rows = [
            ("Nom :", b["surname"]),
            ("Prénoms :", b["given"]),
            ("Sexe :", b["sex_text"]),
            ("Date de naissance :", b["dob_text"]),
            ("Lieu de naissance :", b["pob"]),
            ("Fils / Fille de :", b["father"]),
            ("Profession du père :", b["father_job"]),
            ("Et de :", b["mother"]),
            ("Profession de la mère :", b["mother_job"]),
            ("Domicile des parents :", b["home"]),
            ("Acte dressé le :", b["reg_text"]),
            ("Par Nous, Officier d'état civil :", b["officer"]),
        ]
        y = 84
        for lab, val in rows:
            pg.text(22, y, lab, "serif", 10.5, "#222222")
            x0 = 22 + pg.width(lab, "serif", 10.5) + 3
            pg.line(x0, y + 1.2, 188, y + 1.2, 0.2, "#555555", dash=0.6)
            pg.hand(x0 + 2, y - 0.3, val, rng, "h_dkg", 12.5, "#1d2f8a")
            y += 11.5
        pg.text(22, y + 6, "Copie certifiée conforme au registre, délivrée à", "serif", 10)
        pg.hand(
            22 + pg.width("Copie certifiée conforme au registre, délivrée à", "serif", 10) + 3,
            y + 5.7,
            b["delivered_at"] + ", le " + b["issue_text"],
            rng,
            "h_dkg",
            12,
            "#1d2f8a",
        )
        pg.text(140, y + 18, "L'Officier d'état civil", "serifb", 10, anchor="c")
        pg.image(118, y + 21, 45, None, signature_img(rng, 480, 170, color=(20, 30, 110)))
        pg.image(
            40,
            y + 14,
            42,
            42,
            stamp_img(
                rng,
                "RÉPUBLIQUE DU TCHAD * ÉTAT CIVIL *",
                ["MAIRIE", b["stamp_city"]],
                color=(50, 40, 140),
                diam=520,
            ),
        )

    return draw


def moldova_birth(b: dict, rng: random.Random):
    def draw(pg: Page):
        pg.rect(14, 14, 182, 269, stroke="#2a3f7a", width=1.0)
        guilloche(pg, 16, 16, 178, 265, rng, color="#e2e6f2", n=30)
        pg.text(105, 32, "REPUBLICA MOLDOVA", "dserifb", 15, "#2a3f7a", "c")
        pg.text(105, 48, "CERTIFICAT DE NAȘTERE", "dserifb", 17, "#111111", "c")
        pg.text(
            105, 58, "Seria " + b["series"] + "   Nr. " + b["number"], "dserif", 11, "#9a1010", "c"
        )
        rows = [
            ("Numele de familie", b["surname"]),
            ("Prenumele", b["given"]),
            ("Data nașterii", b["dob_text"]),
            ("", b["dob_words"]),
            ("Locul nașterii", b["pob"]),
            ("Cod personal (IDNP)", b["idnp"]),
            ("Tatăl", b["father"]),
            ("Mama", b["mother"]),
            ("Actul de naștere nr.", b["act"]),
            ("Locul înregistrării", b["reg_office"]),
            ("Data eliberării", b["issue_text"]),
        ]
        y = 78
        for lab, val in rows:
            if lab:
                pg.text(26, y, lab, "dserif", 9, "#555555")
            pg.text(80, y, val, "dserifb", 10.5 if lab else 8.5)
            pg.line(80, y + 1.8, 186, y + 1.8, 0.15, "#aab0c8")
            y += 11
        pg.text(26, y + 12, "Agenția Servicii Publice", "dserif", 9.5)
        pg.text(
            26,
            y + 17,
            "Departamentul înregistrare și licențiere a unităților de drept",
            "dserif",
            7.5,
            "#555555",
        )
        pg.text(26, y + 30, "Registrator", "dserif", 10)
        pg.image(55, y + 20, 44, None, signature_img(rng, 480, 160, color=(25, 25, 100)))
        pg.image(
            135,
            y + 12,
            42,
            42,
            stamp_img(
                rng,
                "REPUBLICA MOLDOVA * AGENȚIA SERVICII PUBLICE *",
                ["STARE", "CIVILĂ"],
                color=(40, 50, 150),
                diam=520,
            ),
        )

    return draw


def apostille(a: dict, rng: random.Random, lang="fr"):
    """Hague model apostille (10 numbered items), bilingual labels."""
    second = {
        "ka": (
            "dejavu",
            [
                "ქვეყანა",
                "ხელმოწერილია",
                "თანამდებობა",
                "ბეჭედი",
                "ადგილი",
                "თარიღი",
                "ვის მიერ",
                "№",
                "ბეჭედი",
                "ხელმოწერა",
            ],
        ),
        "ro": (
            "dserif",
            [
                "Țara",
                "a fost semnat de",
                "în calitate de",
                "poartă sigiliul/ștampila",
                "la",
                "data",
                "de către",
                "sub nr.",
                "Sigiliu/ștampilă",
                "Semnătura",
            ],
        ),
    }[lang]
    en = [
        "Country",
        "has been signed by",
        "acting in the capacity of",
        "bears the seal/stamp of",
        "at",
        "the",
        "by",
        "No",
        "Seal/stamp",
        "Signature",
    ]
    vals = [
        a["country"],
        a["signed_by"],
        a["capacity"],
        a["seal_of"],
        a["at"],
        a["date_text"],
        a["by"],
        a["number"],
        "",
        "",
    ]

    def draw(pg: Page):
        x0, y0, w, h = 30, 40, 150, 180
        pg.rect(x0, y0, w, h, stroke="#222222", width=0.7)
        pg.text(105, y0 + 12, "APOSTILLE", "dserifb", 18, anchor="c")
        pg.text(
            105, y0 + 19, "(Convention de La Haye du 5 octobre 1961)", "dserif", 8.5, anchor="c"
        )
        y = y0 + 29
        f2 = second[0]
        for i in range(10):
            if i == 1:
                pg.text(
                    x0 + 5,
                    y,
                    "This public document / "
                    + ("ეს ოფიციალური დოკუმენტი" if lang == "ka" else "Acest act oficial"),
                    f2,
                    8,
                    "#333333",
                )
                y += 6
            if i == 4:
                pg.text(
                    x0 + 5,
                    y,
                    "Certified / " + ("დამოწმებულია" if lang == "ka" else "Certificat"),
                    f2,
                    8,
                    "#333333",
                )
                y += 6
            lab = f"{i + 1}. {en[i]} / {second[1][i]}"
            pg.text(x0 + 5, y, lab, f2, 7.5, "#333333")
            lw = pg.width(lab, f2, 7.5)
            if vals[i]:
                vx = x0 + 5 + lw + 3
                if vx + pg.width(vals[i], "dserifb", 9) > x0 + w - 4:
                    y += 4.5
                    vx = x0 + 12
                pg.text(vx, y, vals[i], "dserifb", 9)
            y += 7.5 if i < 8 else 6
        pg.image(
            x0 + 12,
            y + 2,
            40,
            40,
            stamp_img(rng, a["stamp_ring"], a["stamp_center"], color=(40, 50, 150), diam=520),
        )
        pg.image(x0 + 80, y + 8, 50, None, signature_img(rng, 500, 170, color=(25, 25, 100)))

    return draw
