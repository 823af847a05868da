"""Birth certificates, part 2: West/Central Africa, Haiti, China, Ukraine, Türkiye,
Philippines, Vietnam, Australia, EU member states (layouts after public samples)."""

from __future__ import annotations

import checks as ck
from civil import INK, H, W, en_date, fields_of
from tk import (
    INKS,
    Page,
    fit,
    guilloche,
    hand,
    line,
    para,
    rect,
    rosette,
    signature,
    stamp,
    txt,
    vgrad,
)

AFR = {
    "SEN": (
        "RÉPUBLIQUE DU SÉNÉGAL",
        "Un Peuple - Un But - Une Foi",
        "EXTRAIT DU REGISTRE DES ACTES DE NAISSANCE",
    ),
    "CIV": (
        "RÉPUBLIQUE DE CÔTE D'IVOIRE",
        "Union - Discipline - Travail",
        "EXTRAIT DU REGISTRE DES ACTES DE L'ÉTAT CIVIL",
    ),
    "CMR": ("RÉPUBLIQUE DU CAMEROUN", "Paix - Travail - Patrie", "ACTE DE NAISSANCE"),
    "MLI": ("RÉPUBLIQUE DU MALI", "Un Peuple - Un But - Une Foi", "ACTE DE NAISSANCE - VOLET N° 3"),
    "COD": ("RÉPUBLIQUE DÉMOCRATIQUE DU CONGO", "Justice - Paix - Travail", "ACTE DE NAISSANCE"),
    "HTI": (
        "RÉPUBLIQUE D'HAÏTI",
        "Liberté - Égalité - Fraternité",
        "EXTRAIT DES REGISTRES DE L'ÉTAT CIVIL - ACTE DE NAISSANCE",
    ),
}


def africa(b, rng, country):
    """Pre-printed civil-status form, filled by hand or typewriter."""
    h1, motto, title = AFR[country]
    handfill = b.get("handfill", True)
    hn = b.get("hand", "dkg")

    ink = rng.choice(INKS[:4])

    def val(c, x, y, s, size=11):
        if handfill:
            hand(c, x, y, s, rng, size + 1, hn, color=ink, jitter=0.9)
        else:
            txt(c, x, y, s, "Mono", size - 1, INK)

    def draw(c):
        rect(c, 0, 0, W, H, stroke=None, fill=(0.97, 0.96, 0.9))
        txt(c, 150, H - 50, h1, "SerifB", 10, INK, "c")
        txt(c, 150, H - 63, motto, "SerifI", 8, INK, "c")
        line(c, 110, H - 70, 190, H - 70, INK, 0.5)
        txt(c, 60, H - 88, b["region_label"], "Serif", 8.5, INK)
        txt(c, 60, H - 101, b["centre_label"], "Serif", 8.5, INK)
        txt(c, W - 60, H - 55, "N° " + b["acte"], "SerifB", 11, INK, "r")
        txt(c, W - 60, H - 70, "Année %d" % b["reg_date"].year, "Serif", 9, INK, "r")
        fit(c, W / 2, H - 140, title, "SerifB", 13, W - 100, INK, "c")
        rows = [
            ("Le", b["dob_text"]),
            ("à", b["tob"]),
            ("est né(e) à", b["city"]),
            ("un enfant de sexe", b["sex_word"]),
            ("Prénom(s)", b["given"]),
            ("Nom", b["surname"].upper()),
            ("Fils / Fille de", b["father"]),
            ("Profession", b.get("father_job", "")),
            ("et de", b["mother"]),
            ("Profession", b.get("mother_job", "")),
            ("Domicile des parents", b["address"]),
        ]
        y = H - 190
        for lab, v in rows:
            txt(c, 60, y, lab, "Serif", 10, (0.2, 0.2, 0.25))
            line(c, 170, y - 3, W - 60, y - 3, (0.55, 0.55, 0.55), 0.4, dash=(1, 2))
            val(c, 175, y + 1, v)
            y -= 33
        para(
            c,
            60,
            y - 5,
            W - 120,
            "Dressé le %s, sur la déclaration de %s, lecture faite et invité à lire l'acte, le déclarant a signé avec Nous, %s, Officier de l'état civil."
            % (ck.dmy(b["reg_date"]), b["father"], b["registrar"]),
            "Serif",
            9.5,
            13,
        )
        txt(c, 60, 170, "POUR EXTRAIT CERTIFIÉ CONFORME", "SerifB", 10, INK)
        txt(
            c,
            60,
            155,
            "Délivré à %s, le %s" % (b["issue_place"], ck.dmy(b["issue_date"])),
            "Serif",
            10,
            INK,
        )
        txt(c, W - 120, 170, "L'Officier de l'état civil", "Serif", 10, INK, "c")
        signature(c, W - 210, 95, 170, 55, b["registrar"], rng)
        stamp(c, W - 200, 120, h1[:28], [b["issue_place"].upper()[:16], "ÉTAT CIVIL"], rng, d_mm=32)
        if country in ("SEN", "MLI", "CIV"):
            stamp(
                c,
                150,
                95,
                "",
                ["TIMBRE", "%d FCFA" % rng.choice([200, 500, 1000])],
                rng,
                color=(150, 40, 60),
                d_mm=16,
                shape="rect",
            )

    return [Page(W, H, draw)], fields_of(
        b, b["city"], country, "fr", b["surname"].upper(), b["given"]
    )


# ---------------------------------------------------------------- China (notarial certificate)


def china(b, rng):
    red = (0.7, 0.1, 0.1)

    def zh(c):
        rect(c, 0, 0, W, H, stroke=None, fill=(1, 1, 0.98))
        txt(c, W / 2, H - 110, "公 证 书", "WQY", 26, INK, "c")
        txt(
            c,
            W - 70,
            H - 160,
            "（%d）%s第%s号" % (b["issue_date"].year, b["office_code"], b["cert_no"]),
            "WQY",
            11,
            INK,
            "r",
        )
        y = H - 220
        for lab, v in [
            ("申请人：", b["zh_name"]),
            ("性别：", "男" if b["sex"] == "M" else "女"),
            ("出生日期：", "%d年%d月%d日" % (b["dob"].year, b["dob"].month, b["dob"].day)),
            ("公证事项：", "出生"),
        ]:
            txt(c, 80, y, lab + v, "WQY", 12, INK)
            y -= 26
        y -= 20
        body = (
            "兹证明%s（男，%d年%d月%d日出生）于%d年%d月%d日在%s出生。%s的父亲是%s，%s的母亲是%s。"
            % (
                b["zh_name"],
                b["dob"].year,
                b["dob"].month,
                b["dob"].day,
                b["dob"].year,
                b["dob"].month,
                b["dob"].day,
                b["zh_place"],
                b["zh_name"],
                b["zh_father"],
                b["zh_name"],
                b["zh_mother"],
            )
        )
        if b["sex"] == "F":
            body = body.replace("（男，", "（女，")
        for i in range(0, len(body), 24):
            txt(c, 80, y, body[i : i + 24], "WQY", 13, INK)
            y -= 24
        txt(c, W - 80, 260, "中华人民共和国%s" % b["zh_office"], "WQY", 12, INK, "r")
        txt(c, W - 80, 236, "公证员  %s" % b["zh_notary"], "WQY", 12, INK, "r")
        txt(
            c,
            W - 80,
            212,
            "%d年%d月%d日" % (b["issue_date"].year, b["issue_date"].month, b["issue_date"].day),
            "WQY",
            12,
            INK,
            "r",
        )
        stamp(c, W - 160, 240, b["zh_office"], ["★"], rng, color=(200, 30, 30), d_mm=40)
        signature(c, W - 220, 220, 80, 30, "Zhang Wei", rng, color=(30, 30, 30))

    def en(c):
        rect(c, 0, 0, W, H, stroke=None, fill=(1, 1, 0.98))
        txt(c, W / 2, H - 110, "NOTARIAL CERTIFICATE", "SerifB", 18, INK, "c")
        txt(
            c,
            W - 70,
            H - 150,
            "(%d) %s No. %s" % (b["issue_date"].year, b["office_code_en"], b["cert_no"]),
            "Serif",
            10.5,
            INK,
            "r",
        )
        y = H - 200
        for lab, v in [
            ("Applicant: ", b["en_name"]),
            ("Sex: ", "Male" if b["sex"] == "M" else "Female"),
            ("Date of Birth: ", en_date(b["dob"])),
            ("Subject: ", "Birth"),
        ]:
            txt(c, 80, y, lab + v, "Serif", 11.5, INK)
            y -= 22
        y -= 20
        y = para(
            c,
            80,
            y,
            W - 160,
            "This is to certify that %s (%s, born on %s) was born in %s on %s. The father of %s is %s and the mother of %s is %s."
            % (
                b["en_name"],
                "male" if b["sex"] == "M" else "female",
                en_date(b["dob"]),
                b["en_place"],
                en_date(b["dob"]),
                b["en_name"],
                b["en_father"],
                b["en_name"],
                b["en_mother"],
            ),
            "Serif",
            12,
            18,
        )
        txt(c, W - 80, 260, b["en_office"], "Serif", 11, INK, "r")
        txt(c, W - 80, 240, "The People's Republic of China", "Serif", 11, INK, "r")
        txt(c, W - 80, 220, "Notary: " + b["en_notary"], "Serif", 11, INK, "r")
        txt(c, W - 80, 200, en_date(b["issue_date"]), "Serif", 11, INK, "r")
        para(
            c,
            80,
            140,
            W - 160,
            "This is to certify that the English translation is in conformity with the Chinese original.",
            "SerifI",
            9.5,
            12,
        )
        stamp(c, W - 170, 225, b["zh_office"], ["★"], rng, color=(200, 30, 30), d_mm=40)

    return [Page(W, H, zh), Page(W, H, en)], fields_of(
        b, b["en_place"], "CHN", "zh+en", b["en_surname"], b["en_given"]
    )


# ---------------------------------------------------------------- Ukraine


def ukraine(b, rng):
    def draw(c):
        vgrad(c, 0, 0, W, H, (0.9, 0.95, 0.9), (0.95, 0.96, 0.88), 30)
        guilloche(
            c,
            30,
            30,
            W - 60,
            H - 60,
            rng,
            [(0.78, 0.88, 0.78), (0.9, 0.88, 0.7)],
            n=80,
            lw=0.3,
            amp=10,
            step=4,
        )
        rosette(c, W / 2, H - 80, 22, rng, (0.3, 0.45, 0.3), n=24)
        txt(c, W / 2, H - 125, "УКРАЇНА", "DVB", 14, INK, "c")
        txt(c, W / 2, H - 155, "СВІДОЦТВО ПРО НАРОДЖЕННЯ", "DVB", 16, INK, "c")
        y = H - 210
        rows = [
            ("Прізвище", b["uk_surname"]),
            ("Ім'я", b["uk_given"]),
            ("По батькові", b["uk_patr"]),
            ("Дата народження", "%s (%s)" % (b["uk_date_words"], b["dob"].strftime("%d.%m.%Y"))),
            ("Місце народження", b["uk_place"]),
            (
                "про що %s року складено відповідний актовий запис № %s"
                % (b["reg_date"].strftime("%d.%m.%Y"), b["act_no"]),
                "",
            ),
            ("Батьки: батько", b["uk_father"]),
            ("громадянство", "України"),
            ("мати", b["uk_mother"]),
            ("громадянство", "України"),
            ("Місце державної реєстрації", b["uk_office"]),
            ("Дата видачі", b["issue_date"].strftime("%d.%m.%Y")),
        ]
        for lab, v in rows:
            if v:
                txt(c, 60, y, lab, "DV", 8.5, (0.25, 0.3, 0.25))
                fit(c, 200, y, v, "DVSB", 11, W - 260, INK)
                line(c, 198, y - 3, W - 60, y - 3, (0.5, 0.55, 0.5), 0.3)
            else:
                fit(c, 60, y, lab, "DV", 8.5, W - 120, (0.25, 0.3, 0.25))
            y -= 32
        txt(
            c, 60, 150, "Керівник відділу державної реєстрації актів цивільного стану", "DV", 8, INK
        )
        signature(c, 330, 110, 150, 45, b["registrar"], rng)
        stamp(
            c,
            170,
            110,
            "ВІДДІЛ ДЕРЖАВНОЇ РЕЄСТРАЦІЇ АКТІВ ЦИВІЛЬНОГО СТАНУ",
            ["УКРАЇНА"],
            rng,
            color=(50, 60, 150),
            d_mm=34,
        )
        txt(
            c,
            W - 60,
            60,
            "Серія %s № %s" % (b["series"], b["serial"]),
            "DVB",
            11,
            (0.6, 0.1, 0.1),
            "r",
        )

    return [Page(W, H, draw)], fields_of(
        b, b["uk_place"], "UKR", "uk", b["uk_surname"], b["uk_given"]
    )


# ---------------------------------------------------------------- Türkiye (Formül A, CIEC multilingual)


def turkey(b, rng):
    def draw(c):
        rect(c, 0, 0, W, H, stroke=None, fill=(0.99, 0.98, 0.96))
        txt(c, W / 2, H - 55, "TÜRKİYE CUMHURİYETİ", "SansB", 12, INK, "c")
        txt(
            c,
            W / 2,
            H - 70,
            "İÇİŞLERİ BAKANLIĞI - NÜFUS VE VATANDAŞLIK İŞLERİ GENEL MÜDÜRLÜĞÜ",
            "Sans",
            7.5,
            INK,
            "c",
        )
        txt(c, W / 2, H - 98, "DOĞUM KAYIT ÖRNEĞİ (FORMÜL A)", "SansB", 12, INK, "c")
        txt(
            c,
            W / 2,
            H - 112,
            "EXTRAIT D'ACTE DE NAISSANCE - EXTRACT FROM THE REGISTER OF BIRTHS - AUSZUG AUS DEM GEBURTSEINTRAG",
            "Sans",
            6.5,
            INK,
            "c",
        )
        txt(c, 50, H - 140, "1  Devlet / État / State: TÜRKİYE CUMHURİYETİ", "Sans", 8, INK)
        txt(
            c,
            50,
            H - 154,
            "2  Nüfus idaresi / Service de l'état civil: %s" % b["office"],
            "Sans",
            8,
            INK,
        )
        rows = [
            (
                "3",
                "Doğum tarihi / Date de naissance / Date of birth",
                b["dob"].strftime("%d.%m.%Y"),
            ),
            ("4", "Doğum yeri / Lieu de naissance / Place of birth", b["city"].upper()),
            ("5", "Cinsiyeti / Sexe / Sex", "E / M" if b["sex"] == "M" else "K / F"),
            ("6", "Soyadı / Nom / Surname", b["surname"].upper()),
            ("7", "Adı / Prénoms / Forenames", b["given"].upper()),
            ("8", "Babasının soyadı / Nom du père / Father's surname", b["surname"].upper()),
            (
                "9",
                "Babasının adı / Prénoms du père / Father's forenames",
                b["father_given"].upper(),
            ),
            (
                "10",
                "Annesinin soyadı / Nom de la mère / Mother's surname",
                b["mother_surname"].upper(),
            ),
            (
                "11",
                "Annesinin adı / Prénoms de la mère / Mother's forenames",
                b["mother_given"].upper(),
            ),
            ("12", "T.C. Kimlik No / N° d'identité / ID number", b["tckn"]),
        ]
        y = H - 190
        for n, lab, v in rows:
            rect(c, 50, y - 8, W - 100, 30, stroke=(0.5, 0.5, 0.5), lw=0.4)
            txt(c, 56, y + 10, n, "SansB", 8, INK)
            txt(c, 74, y + 10, lab, "Sans", 6.8, (0.3, 0.3, 0.35))
            txt(c, 74, y - 2, v, "MonoB", 10, INK)
            y -= 30
        txt(
            c,
            50,
            y - 20,
            "Verildiği tarih / Date de délivrance: %s" % b["issue_date"].strftime("%d.%m.%Y"),
            "Sans",
            8.5,
            INK,
        )
        txt(c, 50, y - 34, "Veren / Délivré par: %s" % b["office"], "Sans", 8.5, INK)
        signature(c, W - 230, y - 110, 160, 45, b["registrar"], rng)
        stamp(
            c,
            W - 140,
            y - 70,
            "T.C. %s NÜFUS MÜDÜRLÜĞÜ" % b["office_city"].upper(),
            ["★"],
            rng,
            color=(40, 60, 150),
            d_mm=32,
        )
        txt(
            c,
            50,
            60,
            "Belge doğrulama kodu: %s  -  https://www.turkiye.gov.tr/belge-dogrulama" % b["verify"],
            "Sans",
            7,
            (0.3, 0.3, 0.3),
        )

    return [Page(W, H, draw)], fields_of(
        b, b["city"].upper(), "TUR", "tr+fr+en", b["surname"].upper(), b["given"].upper()
    )
