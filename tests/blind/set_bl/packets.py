"""Data of packets p01 (Vietnam) and p02 (Iran) and their verdicts; shared helpers."""

from __future__ import annotations

from util import fr, fr_iban, month_end, siret

REQ = [
    "application_form",
    "identity",
    "residence_status",
    "birth_certificate",
    "residence_proof",
    "bank_details",
    "employment",
]


def reqs(employed, **over):
    r = {k: "complete" for k in REQ}
    if not employed:
        r["employment"] = "not_applicable"
    r.update(over)
    return r


def head(as_of, employed, a, status="complete", defect=None, **over):
    return {
        "as_of": as_of,
        "employed": employed,
        "status": status,
        "requirements": reqs(employed, **over),
        "defect": defect,
        "applicant": {
            "surname": a["surname"],
            "given_names": a["given"],
            "date_of_birth": a["dob"],
        },
    }


def money(x):
    s = "%.2f" % x
    ent, dec = s.split(".")
    if len(ent) > 3:
        ent = ent[:-3] + " " + ent[-3:]
    return ent + "," + dec


def make_rib(bank, branch, account, **kw):
    ib, key = fr_iban(bank, branch, account)
    return dict(kw, bank=bank, branch=branch, account=account, key=key, iban=ib)


def edf(holder, addr, months, client, amounts):
    out = []
    for i, (y, m) in enumerate(months):
        nm = m % 12 + 1
        ny = y + (m == 12)
        out.append(
            {
                "holder_print": holder,
                "address_lines": addr,
                "no": "10%08d" % (31467000 + i * 1731),
                "issue_date": "%04d-%02d-0%d" % (ny, nm, 3 + i % 2),
                "debit": "%04d-%02d-1%d" % (ny, nm, 5 + i % 2),
                "start": "%04d-%02d-01" % (y, m),
                "end": month_end(y, m),
                "amount_fr": money(amounts[i]),
                "client": client,
                "account": "3004 8712 5509",
                "pdl": "1433 0985 2271 04",
                "lines": [
                    ("Abonnement Tarif Bleu Base 6 kVA", money(15.65)),
                    ("Consommation Base", money(amounts[i] - 15.65 - 6.02)),
                    ("Accise sur l'électricité (ex-CSPE)", money(3.87)),
                    ("Contribution tarifaire d'acheminement", money(2.15)),
                ],
            }
        )
    return out


# ------------------------------------------------------------------ p01 Vietnam
A1 = {
    "surname": "NGUYEN",
    "given": "THI THU HA",
    "dob": "1996-03-14",
    "sex": "F",
    "nat": "VNM",
    "surname_form": "NGUYEN",
    "given_form": "Thi Thu Ha",
}
ADDR1 = ["27 rue Paul Bert", "69003 LYON"]
SIRET1 = siret("8123456780002")
P01 = {
    "applicant": A1,
    "truth_head": head("2026-11-18", True, A1),
    "form": {
        "fill": "typed",
        "pob": "Ha Noi, Viet Nam",
        "nationality": "vietnamienne",
        "street": "27 rue Paul Bert",
        "cp": "69003",
        "city": "Lyon",
        "phone": "07 68 41 22 90",
        "email": "thuha.nguyen96@gmail.com",
        "situation": "salarie",
        "contract": "CDI",
        "job": "Ingénieure logiciel",
        "place": "Lyon",
        "date_text": "12/11/2026",
        "signed_on": "2026-11-12",
    },
    "passport": {
        "code": "VNM",
        "number": "C4829173",
        "expiry": "2033-05-10",
        "surname_print": "NGUYEN",
        "given_print": "THI THU HA",
        "country": [
            "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
            "SOCIALIST REPUBLIC OF VIET NAM",
            "HỘ CHIẾU / PASSPORT",
        ],
        "labels": {"type": "Loại/Type", "code": "Mã số/Code", "number": "Số hộ chiếu/Passport N°"},
        "rows": [
            ("Họ và tên/Full name", "NGUYEN THI THU HA"),
            ("Quốc tịch/Nationality", "VIET NAM"),
            ("Ngày sinh/Date of birth", "14/03/1996", "Giới tính/Sex", "F"),
            ("Nơi sinh/Place of birth", "HA NOI"),
            ("Ngày cấp/Date of issue", "10/05/2023", "Có giá trị đến/Date of expiry", "10/05/2033"),
            ("Nơi cấp/Place of issue", "Cục Quản lý xuất nhập cảnh"),
        ],
        "lab_font": "dejavu",
        "val_font": "dejavub",
        "head_font": "dejavub",
        "bg": (232, 236, 226),
        "gl": (200, 215, 200),
        "red_no": True,
        "skin": (214, 182, 150),
    },
    "visa": {
        "passport_no": "C4829173",
        "visa_no": "102938475",
        "valid_from": "2026-02-01",
        "valid_until": "2027-01-31",
        "issued_in": "HANOI",
        "issued_on": "2026-01-12",
        "category": "salarié",
        "remarks": [
            "VLS-TS SALARIE",
            "CESEDA R.431-16 15° - ARTICLE L.421-1",
            "A VALIDER EN LIGNE DES L'ARRIVEE",
        ],
        "skin": (214, 182, 150),
    },
    "birth": {
        "ward": "Phường Láng Thượng",
        "ward_short": "P. Láng Thượng",
        "no": "118/2026/TLKS-BS",
        "issued_place_date": "Hà Nội, ngày 06 tháng 01 năm 2026",
        "officer": "Đỗ Minh Khang",
        "mofa_no": "2026/LS-HN 10482",
        "mofa_date": "2026-01-09",
        "legal_date": "2026-01-12",
        "consul": "Claire Vasseur-Morin",
        "rows": [
            ("Họ, chữ đệm, tên:", "NGUYỄN THỊ THU HÀ"),
            ("Ngày, tháng, năm sinh:", "14/03/1996"),
            ("ghi bằng chữ:", "Ngày mười bốn, tháng ba, năm một nghìn chín trăm chín mươi sáu"),
            ("Giới tính:", "Nữ        Dân tộc: Kinh        Quốc tịch: Việt Nam"),
            ("Nơi sinh:", "Bệnh viện Phụ sản Hà Nội, thành phố Hà Nội"),
            ("Quê quán:", "xã Vân Đình, huyện Ứng Hòa, thành phố Hà Nội"),
            ("Họ, chữ đệm, tên người mẹ:", "LÊ THỊ MAI"),
            ("Năm sinh:", "1970     Dân tộc: Kinh     Quốc tịch: Việt Nam"),
            ("Họ, chữ đệm, tên người cha:", "NGUYỄN VĂN HÙNG"),
            ("Năm sinh:", "1967     Dân tộc: Kinh     Quốc tịch: Việt Nam"),
            ("Nơi đăng ký khai sinh:", "UBND phường Láng Thượng, quận Đống Đa, Hà Nội"),
            ("Ngày, tháng, năm đăng ký:", "25/03/1996"),
        ],
    },
    "birth_fields": {
        "surname": "NGUYỄN",
        "given_names": "THỊ THU HÀ",
        "date_of_birth": "1996-03-14",
        "place_of_birth": "Bệnh viện Phụ sản Hà Nội, thành phố Hà Nội",
        "issuing_country": "VNM",
        "language": "vi",
        "has_apostille": False,
    },
    "translation": {
        "translator": "Mai-Linh Tran Duc",
        "court": "LYON",
        "letterhead": [
            "Traductrice-interprète expert près la Cour d'appel de Lyon",
            "Vietnamien - Français",
            "12 quai Saint-Vincent, 69001 Lyon",
        ],
        "from_line": "du vietnamien vers le français",
        "rows": [
            (
                "",
                "République Socialiste du Viet Nam - Indépendance - Liberté - "
                "Bonheur. Comité populaire du quartier de Láng Thượng. "
                "N° 118/2026/TLKS-BS",
            ),
            ("", "EXTRAIT D'ACTE DE NAISSANCE (copie)"),
            ("Nom et prénoms :", "NGUYỄN THỊ THU HÀ"),
            (
                "Date de naissance :",
                "14/03/1996 (le quatorze mars mil neuf cent quatre-vingt-seize)",
            ),
            ("Sexe :", "féminin - Ethnie : Kinh - Nationalité : vietnamienne"),
            ("Lieu de naissance :", "Maternité de Hà Nội, ville de Hà Nội"),
            ("Mère :", "LÊ THỊ MAI, née en 1970, vietnamienne"),
            ("Père :", "NGUYỄN VĂN HÙNG, né en 1967, vietnamien"),
            (
                "Enregistré le :",
                "25/03/1996, Comité populaire du quartier de "
                "Láng Thượng, arrondissement de Đống Đa, Hà Nội",
            ),
            (
                "",
                "Au verso : légalisation du ministère des Affaires étrangères du "
                "Viet Nam et de l'Ambassade de France (12/01/2026).",
            ),
        ],
        "cert": "Je soussignée, Mai-Linh TRAN DUC, traductrice-interprète expert "
        "près la Cour d'appel de Lyon, certifie la présente traduction "
        "conforme à l'original en langue vietnamienne qui m'a été présenté. "
        "Répertoire n° 2026-0871.",
        "place_date": "Lyon, le " + fr("2026-02-20"),
    },
    "translation_fields": {
        "surname": "NGUYỄN",
        "given_names": "THỊ THU HÀ",
        "date_of_birth": "1996-03-14",
        "source_language": "vi",
        "target_language": "fr",
        "translator": "Mai-Linh Tran Duc",
    },
    "bills": edf(
        "MME NGUYEN THI THU HA",
        ADDR1,
        [(2026, 8), (2026, 9), (2026, 10)],
        "6 012 884 317",
        [41.37, 38.92, 52.16],
    ),
    "rib": make_rib(
        "30003",
        "01820",
        "00050274619",
        holder_print="MME NGUYEN THI THU HA",
        address_lines=ADDR1,
        bank_name="SOCIETE GENERALE",
        bank_label="Société Générale",
        bic="SOGEFRPP",
        color=(226, 0, 26),
        agency=["SG LYON GUILLOTIERE", "2 cours Gambetta", "69007 LYON"],
    ),
    "contract": {
        "title": "CONTRAT DE TRAVAIL À DURÉE INDÉTERMINÉE",
        "employer_line": "La société SOLVEXIA CONSEIL, SAS au capital de 120 000 €, "
        "dont le siège est situé 54 rue de la République, 69002 Lyon, "
        "SIRET " + SIRET1 + ", représentée par M. Julien Ferrand-"
        "Gautier, Directeur général,",
        "employee_line": "Mme NGUYEN Thi Thu Ha, née le 14/03/1996 à Hà Nội (Viêt Nam), "
        "de nationalité vietnamienne, demeurant 27 rue Paul Bert, "
        "69003 Lyon,",
        "articles": [
            (
                "Article 1 - Engagement",
                "Le présent contrat est conclu pour une "
                "durée indéterminée à compter du 2 mars 2026, sous réserve des "
                "résultats de la visite d'information et de prévention.",
            ),
            (
                "Article 2 - Fonctions",
                "La Salariée est engagée en qualité "
                "d'Ingénieure logiciel, statut cadre, position 2.1, coefficient "
                "115 de la convention collective Syntec (IDCC 1486).",
            ),
            (
                "Article 3 - Période d'essai",
                "Le contrat ne deviendra définitif "
                "qu'à l'issue d'une période d'essai de quatre mois.",
            ),
            (
                "Article 4 - Rémunération",
                "Rémunération annuelle brute de "
                "40 800 euros, versée en douze mensualités de 3 400 euros.",
            ),
            ("Article 5 - Durée du travail", "Forfait annuel de 218 jours."),
            ("Article 6 - Lieu de travail", "54 rue de la République, 69002 Lyon."),
            ("Article 7 - Congés payés", "Vingt-cinq jours ouvrés par an."),
        ],
        "place": "Lyon",
        "signed_on": "2026-02-16",
        "signatory": "Julien Ferrand-Gautier",
        "fields": {
            "employer": "SOLVEXIA CONSEIL",
            "employee_name": "NGUYEN Thi Thu Ha",
            "contract_type": "CDI",
            "job_title": "Ingénieure logiciel",
            "start_date": "2026-03-02",
        },
    },
    "payslip": {
        "employer": "SOLVEXIA CONSEIL SAS",
        "employer_lines": ["54 rue de la République", "69002 LYON"],
        "start": "2026-10-01",
        "end": "2026-10-31",
        "paid": "2026-10-30",
        "employee_print": "Madame NGUYEN THI THU HA",
        "employee_lines": ADDR1,
        "job": "Ingénieure logiciel",
        "status": "Cadre",
        "hired": "2026-03-02",
        "ccn": "Syntec (IDCC 1486)",
        "siret": SIRET1,
        "naf": "6201Z",
        "urssaf": "Rhône-Alpes",
        "net_fr": "2 596,48",
        "net_before": "2 711,07",
        "lines": [
            ("Salaire de base", "151,67", "", "3 400,00"),
            ("SALAIRE BRUT", "", "", "3 400,00"),
            ("Santé", "3 400,00", "", "-41,20"),
            ("Retraite", "3 400,00", "", "-371,32"),
            ("Assurance chômage", "3 400,00", "0,00", "0,00"),
            ("CSG/CRDS non déductible", "3 340,50", "2,90", "-96,87"),
            ("CSG déductible", "3 340,50", "6,80", "-227,15"),
            ("NET À PAYER AVANT IMPÔT", "", "", "2 711,07"),
            ("Impôt sur le revenu (PAS)", "2 711,07", "4,23", "-114,68"),
        ],
        "fields": {
            "employer": "SOLVEXIA CONSEIL SAS",
            "employee_name": "NGUYEN THI THU HA",
            "period": "2026-10",
            "net_pay": "2 596,48",
            "siret": SIRET1,
        },
    },
}
P01["rib"]["title"] = "Relevé d'Identité Bancaire"

# ------------------------------------------------------------------ p02 Iran
A2 = {
    "surname": "TAVAKOLI",
    "given": "AMIRHOSSEIN",
    "dob": "1993-07-22",
    "sex": "M",
    "nat": "IRN",
    "surname_form": "TAVAKOLI",
    "given_form": "AMIRHOSSEIN",
}
H2 = {"surname": "NIKPOUR", "given": "DARIUS", "dob": "1984-11-02", "sex": "M", "nat": "FRA"}
ADDR2 = ["8 allée des Tilleuls", "94200 IVRY-SUR-SEINE"]
P02 = {
    "applicant": A2,
    "host": H2,
    "truth_head": head("2026-11-23", False, A2),
    "form": {
        "fill": "hand",
        "hand_font": "h_dkg",
        "comb_names": True,
        "pob": "Ispahan, Iran",
        "nationality": "iranienne",
        "street": "chez M. Nikpour, 8 allée des Tilleuls",
        "cp": "94200",
        "city": "Ivry-sur-Seine",
        "phone": "06 51 73 08 42",
        "email": "amir.tavakoli93@yahoo.com",
        "situation": "sans_activite",
        "place": "Ivry-sur-Seine",
        "date_text": "19/11/2026",
        "signed_on": "2026-11-19",
    },
    "passport": {
        "code": "IRN",
        "number": "E48219375",
        "expiry": "2027-02-14",
        "surname_print": "TAVAKOLI",
        "given_print": "AMIRHOSSEIN",
        "country": ["جمهوری اسلامی ایران  ISLAMIC REPUBLIC OF IRAN", "PASSPORT"],
        "labels": {"type": "Type", "code": "Country Code", "number": "Passport No."},
        "rows": [
            ("Surname", "TAVAKOLI"),
            ("Given Names", "AMIRHOSSEIN"),
            ("Nationality", "IRANIAN", "Sex", "M"),
            ("Date of Birth", "22 JUL 1993", "Place of Birth", "ESFAHAN"),
            ("Date of Issue", "15 FEB 2022", "Date of Expiry", "14 FEB 2027"),
            ("Father's Name", "MOHAMMAD"),
        ],
        "lab_font": "amiri",
        "head_font": "amirib",
        "bg": (226, 232, 228),
        "gl": (196, 214, 204),
        "skin": (210, 176, 146),
    },
    "permit": {
        "number": "AE2948173",
        "surname": "TAVAKOLI",
        "given": "AMIRHOSSEIN",
        "sex": "M",
        "nat": "IRN",
        "dob": "1993-07-22",
        "expiry": "2027-03-14",
        "title_type": "CARTE DE SEJOUR TEMPORAIRE",
        "remark": "VISITEUR",
        "pob": "ESFAHAN (IRAN)",
        "address": "8 ALL DES TILLEULS 94200 IVRY-SUR-SEINE",
        "issued": "2026-03-20",
        "prefecture": "PREF. VAL-DE-MARNE",
        "agdref": "9404172853",
        "skin": (210, 176, 146),
    },
    "birth": {
        "rows": [
            ("شماره ملی", "۱۲۷۰۴۸۳۹۱۶"),
            ("نام", "امیرحسین"),
            ("نام خانوادگی", "توکلی"),
            ("نام پدر", "محمد"),
            ("نام مادر", "فاطمه"),
            ("تاریخ تولد", "۱۳۷۲/۰۴/۳۱"),
            ("محل تولد", "اصفهان"),
            ("محل صدور", "اصفهان"),
        ],
        "serial": "۹۳ / ۴۸۱۲۷۶ الف",
        "mofa_no": "1405/C/88412",
        "mofa_date": "2026-02-08",
        "legal_date": "2026-02-15",
        "consul": "Thomas Keraudren",
    },
    "birth_fields": {
        "surname": "توکلی",
        "given_names": "امیرحسین",
        "date_of_birth": "1993-07-22",
        "place_of_birth": "اصفهان",
        "issuing_country": "IRN",
        "language": "fa",
        "has_apostille": False,
    },
    "birth_notes": "Shenasnameh page (Persian; TAVAKOLI Amirhossein, born 31 Tir 1372 = "
    "1993-07-22 in Esfahan); second file = legalisation by the Iranian MFA and "
    "the French embassy in Tehran",
    "translation": {
        "translator": "Shirin Amini-Leclerc",
        "court": "PARIS",
        "letterhead": [
            "Traductrice-interprète expert près la Cour d'appel de Paris",
            "Persan (farsi) - Français",
            "41 boulevard Voltaire, 75011 Paris - Tél. 01 43 57 20 19",
        ],
        "from_line": "du persan vers le français",
        "rows": [
            (
                "",
                "République islamique d'Iran - Organisation de l'état civil - "
                "ACTE DE NAISSANCE (Shenasnameh)",
            ),
            ("Numéro national :", "1270483916"),
            ("Nom :", "TAVAKOLI"),
            ("Prénom :", "AMIRHOSSEIN"),
            ("Nom du père :", "Mohammad"),
            ("Nom de la mère :", "Fatemeh"),
            ("Date de naissance :", "31/04/1372 du calendrier iranien, soit le 22 juillet 1993"),
            ("Lieu de naissance :", "Ispahan"),
            ("Lieu de délivrance :", "Ispahan"),
            (
                "",
                "Au verso : cachet du ministère des Affaires étrangères d'Iran "
                "et légalisation de l'Ambassade de France à Téhéran.",
            ),
        ],
        "cert": "Traduction certifiée conforme à l'original rédigé en langue persane "
        "qui m'a été présenté. Traduction n° 26/1173 inscrite au répertoire.",
        "place_date": "Paris, le " + fr("2026-03-04"),
    },
    "translation_fields": {
        "surname": "TAVAKOLI",
        "given_names": "AMIRHOSSEIN",
        "date_of_birth": "1993-07-22",
        "source_language": "fa",
        "target_language": "fr",
        "translator": "Shirin Amini-Leclerc",
    },
    "host_passport": {
        "code": "FRA",
        "number": "21CK48305",
        "expiry": "2031-06-08",
        "surname_print": "NIKPOUR",
        "given_print": "DARIUS",
        "country": ["RÉPUBLIQUE FRANÇAISE", "PASSEPORT / PASSPORT"],
        "labels": {
            "type": "Type",
            "code": "Code du pays / Country code",
            "number": "Passeport n° / Passport No.",
        },
        "rows": [
            ("Nom / Surname", "NIKPOUR"),
            ("Prénoms / Given names", "DARIUS"),
            ("Nationalité / Nationality", "FRANÇAISE", "Sexe / Sex", "M"),
            (
                "Date de naissance / Date of birth",
                "02 11 1984",
                "Lieu de naissance",
                "PARIS 14E (75)",
            ),
            ("Date de délivrance / Date of issue", "09 06 2021", "Date d'expiration", "08 06 2031"),
            ("Autorité / Authority", "Préfecture du Val-de-Marne"),
        ],
        "bg": (230, 226, 236),
        "gl": (210, 200, 222),
        "skin": (205, 170, 140),
    },
    "attestation": {
        "host_print": "Darius NIKPOUR",
        "address_lines": ADDR2,
        "place": "Ivry",
        "signed_on": "2026-11-16",
        "host_dob": "1984-11-02",
        "host_pob": "Paris 14e",
        "since": "2026-05-10",
        "hosted_print": "Amirhossein TAVAKOLI",
        "hosted_dob": "1993-07-22",
        "hosted_pob": "Ispahan",
    },
    "bills": [
        {
            "holder_print": "M DARIUS NIKPOUR",
            "address_lines": ADDR2,
            "line": "01 46 72 18 93",
            "no": "IF%07d" % (4418270 + i * 37),
            "client": "0946721893",
            "issue_date": "2026-%02d-0%d" % (m + 1, 2 + i),
            "debit": "2026-%02d-1%d" % (m + 1, 2),
            "start": "2026-%02d-01" % m,
            "end": month_end(2026, m),
            "month_name": mn,
            "abo": "33,33",
            "comm": c,
            "ht": ht,
            "tva": tva,
            "amount_fr": tot,
        }
        for i, (m, mn, c, ht, tva, tot) in enumerate(
            [
                (8, "aout", "0,00", "33,33", "6,66", "39,99"),
                (9, "septembre", "1,25", "34,58", "6,91", "41,49"),
                (10, "octobre", "0,00", "33,33", "6,66", "39,99"),
            ]
        )
    ],
    "rib": make_rib(
        "20041",
        "00001",
        "5318204R020",
        holder_print="M AMIRHOSSEIN TAVAKOLI",
        address_lines=["CHEZ M NIKPOUR", "8 ALLEE DES TILLEULS", "94200 IVRY SUR SEINE"],
        bank_name="LA BANQUE POSTALE",
        bank_label="La Banque Postale",
        bic="PSSTFRPPPAR",
        color=(0, 62, 138),
        agency=["LA BANQUE POSTALE", "CENTRE FINANCIER DE PARIS", "75900 PARIS CEDEX 15"],
    ),
}
