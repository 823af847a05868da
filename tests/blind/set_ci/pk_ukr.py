"""Packet p04: Ukraine, hosted by a friend, intérim; passport expired."""

from __future__ import annotations

from builders import Packet, passport_fields, passport_images
from cerfa import fill, layout, values
from common import french_iban, make_siret, nir_key, render_pil, td1, td3
from docs_fr import attestation_typed, bill, contract, payslip, rib
from docs_id import (
    MON_UK,
    card_scan_page,
    id1_back,
    id1_front,
    mrzd,
    translation,
    ukr_apostille,
    ukr_svidotstvo,
)


def p04(root):
    p = Packet(root, "p04", 404)
    as_of = "2026-12-02"
    pp = {
        "surname": "KOVALENKO",
        "given": "OLEKSANDRA",
        "mrz_surname": "KOVALENKO",
        "mrz_given": "OLEKSANDRA",
        "number": "FX482913",
        "nat": "UKR",
        "state": "UKR",
        "dob": "1997-06-23",
        "sex": "F",
        "exp": "2026-08-14",
    }
    l1, l2 = td3(
        "P",
        "UKR",
        "KOVALENKO",
        "OLEKSANDRA",
        pp["number"],
        "UKR",
        mrzd(pp["dob"]),
        "F",
        mrzd(pp["exp"]),
        "1997062301245",
    )
    pp["card"] = {
        "head1": "УКРАЇНА / UKRAINE",
        "head2": "ПАСПОРТ / PASSPORT",
        "number": pp["number"],
        "mrz": (l1, l2),
        "bg": (232, 236, 242),
        "guil": (190, 205, 228),
        "face": {"skin": (236, 204, 180), "hair": (170, 130, 80), "long_hair": True},
        "holder_sig": "Kovalenko",
        "rows": [
            ("Тип / Type", "P"),
            (("Код держави / Code", 25), "UKR"),
            ("Прізвище / Surname", "КОВАЛЕНКО / KOVALENKO"),
            ("Ім'я / Given names", "ОЛЕКСАНДРА / OLEKSANDRA"),
            ("Громадянство / Nationality", "УКРАЇНА / UKRAINE"),
            ("Дата народження / Date of birth", "23 " + MON_UK[5] + "/JUN 97"),
            (("Стать / Sex", 50), "Ж/F"),
            ("Запис № / Record No.", "19970623-01245"),
            ("Дата видачі / Date of issue", "14 СЕР/AUG 16"),
            ("Дата закінчення / Date of expiry", "14 СЕР/AUG 26"),
        ],
    }
    bk = passport_images(pp, p.r())
    p.photo(bk, "passport_ua.jpg", long_side=3648, fill=0.8)
    p.add(
        [("passport_ua.jpg", [1])],
        "passport",
        "phone_photo",
        passport_fields(pp),
        "biometric Ukrainian passport; EXPIRED on 2026-08-14, before the audit date; "
        "MRZ check digits are correct",
    )
    tn = "ZB4R71936"
    t1, t2, t3 = td1(
        "IR", "FRA", tn, mrzd(pp["dob"]), "F", mrzd("2027-03-09"), "UKR", "KOVALENKO", "OLEKSANDRA"
    )
    card = {
        "head1": "RÉPUBLIQUE FRANÇAISE",
        "head2": "TITRE DE SÉJOUR / RESIDENCE PERMIT",
        "number": tn,
        "sig": "Kovalenko",
        "face": {"skin": (236, 204, 180), "hair": (170, 130, 80), "long_hair": True},
        "rows": [
            ("NOM / Surname", "KOVALENKO", 0),
            ("Prénoms / Given names", "OLEKSANDRA", 0),
            ("Sexe / Nationalité", "F   UKR", 0),
            ("Date de naissance / Date of birth", "23 06 1997", 0),
            ("Type de titre", "CARTE DE SEJOUR TEMPORAIRE", 0),
            ("Remarques", "TRAVAILLEUR TEMPORAIRE", 0),
        ],
        "back_rows": [
            ("Valable jusqu'au / Valid until", "09 03 2027"),
            ("Lieu de naissance", "KHARKIV (UKRAINE)"),
            ("Adresse", "5 IMP DES MESANGES 44300 NANTES"),
            ("Délivré le / Préfecture", "10 03 2026  LOIRE-ATLANTIQUE"),
        ],
        "mrz": (t1, t2, t3),
    }
    page = card_scan_page(id1_front(card, p.r()), id1_back(card, p.r()), p.r())
    p.scan(page, "titre_sejour_recto_verso.jpg", dpi=250)
    p.add(
        [("titre_sejour_recto_verso.jpg", [1])],
        "residence_permit",
        "scan",
        {
            "surname": "KOVALENKO",
            "given_names": "OLEKSANDRA",
            "document_number": tn,
            "nationality": "UKR",
            "issuing_country": "FRA",
            "date_of_birth": "1997-06-23",
            "sex": "F",
            "expiry_date": "2027-03-09",
            "mrz_valid": True,
        },
        "front and back photocopied on one page; valid until 2027-03-09",
    )
    b = {
        "surname_uk": "КОВАЛЕНКО",
        "name_uk": "ОЛЕКСАНДРА",
        "patr_uk": "ВОЛОДИМИРІВНА",
        "dob_uk": "23.06.1997",
        "dob_words_uk": "двадцять третього червня тисяча дев'ятсот дев'яносто сьомого року",
        "city_uk": "м. Харків",
        "oblast_uk": "Харківська",
        "act_uk": "актовий запис № 1874 від 01.07.1997",
        "father_uk": "КОВАЛЕНКО ВОЛОДИМИР ІВАНОВИЧ",
        "mother_uk": "КОВАЛЕНКО ТЕТЯНА ПЕТРІВНА",
        "office_uk": "Відділ РАЦС Київського району м. Харкова",
        "issued_uk": "01.07.1997",
        "serial": "I-ВЛ № 418253",
    }
    p.photo(ukr_svidotstvo(b, p.r()), "svidotstvo.jpg", long_side=3264, fill=0.82)
    p.add(
        [("svidotstvo.jpg", [1])],
        "birth_certificate",
        "phone_photo",
        {
            "surname": "КОВАЛЕНКО",
            "given_names": "ОЛЕКСАНДРА",
            "date_of_birth": "1997-06-23",
            "place_of_birth": "м. Харків, Харківська обл., Україна",
            "issuing_country": "UKR",
            "language": "uk",
            "has_apostille": True,
        },
        "свідоцтво про народження, Cyrillic only",
    )
    ap = {
        "signer": "Бондаренко О. М.",
        "capacity": "завідувач відділу державної реєстрації актів цивільного стану",
        "seal": "Відділ РАЦС Київського району м. Харкова",
        "at": "м. Київ / Kyiv",
        "issued_s": "22.07.2025",
        "by_org": "Міністерство юстиції України / Ministry of Justice of Ukraine",
        "number": "0719-48321/25",
        "by_person": "Мельник І.",
    }
    p.scan(ukr_apostille(ap, p.r()), "apostil.jpg", dpi=200)
    p.add(
        [("apostil.jpg", [1])],
        "apostille",
        "scan",
        {
            "country": "UKR",
            "issued_on": "2025-07-22",
            "number": "0719-48321/25",
            "signed_by": "Мельник І.",
        },
        "apostille for the birth certificate",
    )
    t = {
        "translator": "Iryna MELNYK-DUPONT",
        "court": "Rennes",
        "addr": "12 rue de Strasbourg, 44000 Nantes — 06 81 22 47 30",
        "surname": "KOVALENKO",
        "name": "OLEKSANDRA",
        "patr": "VOLODYMYRIVNA",
        "dob_s": "23/06/1997",
        "dob_words": "vingt-trois juin mil neuf cent quatre-vingt-dix-sept",
        "city": "Kharkiv",
        "oblast": "Kharkiv",
        "act": "acte n° 1874 du 01/07/1997",
        "father": "KOVALENKO Volodymyr Ivanovytch",
        "mother": "KOVALENKO Tetiana Petrivna",
        "office": "Service de l'état civil du district de Kyivskyi, ville de Kharkiv",
        "issued_s": "01/07/1997",
        "serial": "I-ВЛ n° 418253",
        "apost_no": "0719-48321/25",
        "apost_s": "22/07/2025",
        "city_fr": "Nantes",
        "date_s": "14/01/2026",
        "reg": "2026/0031",
    }
    p.imgpdf([translation(t, p.r())], "traduction_acte_naissance.pdf")
    p.add(
        [("traduction_acte_naissance.pdf", [1])],
        "translation",
        "image_pdf",
        {
            "source_language": "uk",
            "target_language": "fr",
            "of_type": "birth_certificate",
            "translator": "Iryna MELNYK-DUPONT",
            "surname": "KOVALENKO",
            "given_names": "OLEKSANDRA",
            "date_of_birth": "1997-06-23",
        },
        "sworn translation (traduction certifiée conforme) with the translator's stamp",
    )
    # host
    cn = "X4RTB7F2K"
    c1, c2, c3 = td1(
        "ID",
        "FRA",
        cn,
        mrzd("1985-02-27"),
        "M",
        mrzd("2033-05-17"),
        "FRA",
        "MOREL",
        "JEAN BAPTISTE",
    )
    cni = {
        "head1": "RÉPUBLIQUE FRANÇAISE",
        "head2": "CARTE NATIONALE D'IDENTITÉ / IDENTITY CARD",
        "number": cn,
        "sig": "JB Morel",
        "bg": (226, 234, 240),
        "band": (40, 80, 150),
        "face": {"skin": (228, 190, 160), "hair": (60, 45, 30)},
        "rows": [
            ("NOM / Surname", "MOREL", 0),
            ("Prénoms / Given names", "JEAN-BAPTISTE", 0),
            ("SEXE / NATIONALITÉ", "M   FRA", 0),
            ("DATE DE NAISS. / Date of birth", "27 02 1985", 0),
            ("LIEU DE NAISSANCE", "SAINT-NAZAIRE (44)", 0),
            ("DATE D'EXPIR. / Expiry date", "17 05 2033", 0),
        ],
        "back_rows": [
            ("Adresse", "5 IMPASSE DES MESANGES"),
            ("", "44300 NANTES"),
            ("Date de délivrance", "18 05 2023"),
        ],
        "mrz": (c1, c2, c3),
    }
    p.photo(render_pil(id1_front(cni, p.r()), 600), "cni_jb_recto.jpg", long_side=3000, fill=0.6)
    p.photo(render_pil(id1_back(cni, p.r()), 600), "cni_jb_verso.jpg", long_side=3000, fill=0.6)
    p.add(
        [("cni_jb_recto.jpg", [1]), ("cni_jb_verso.jpg", [1])],
        "national_id",
        "phone_photo",
        {
            "surname": "MOREL",
            "given_names": "JEAN-BAPTISTE",
            "document_number": cn,
            "nationality": "FRA",
            "issuing_country": "FRA",
            "date_of_birth": "1985-02-27",
            "sex": "M",
            "expiry_date": "2033-05-17",
            "mrz_valid": True,
        },
        "host's French identity card (2021 model), front and back photographed",
    )
    addr = ["5 impasse des Mésanges", "44300 Nantes"]
    bills = [
        (
            "TotalEnergies",
            "electricity",
            "2026-08-01",
            "2026-08-31",
            "2026-09-04",
            61.37,
            "totalenergies_aout.pdf",
            [("Abonnement 9 kVA", 17.21), ("Consommation 236 kWh", 44.16)],
        ),
        (
            "SFR",
            "internet",
            "2026-09-01",
            "2026-09-30",
            "2026-09-02",
            37.00,
            "Facture_SFR_09-2026.pdf",
            [("SFR Fibre Power", 37.00)],
        ),
        (
            "Engie",
            "gas",
            "2026-10-01",
            "2026-10-31",
            "2026-11-06",
            44.85,
            "engie_octobre.pdf",
            [("Abonnement gaz", 21.09), ("Consommation 214 kWh", 23.76)],
        ),
    ]
    for i, (prov, svc, s0, s1, iss, amt, fn, lines) in enumerate(bills):
        bd = {
            "provider": prov,
            "holder_line": "M. Jean-Baptiste MOREL",
            "addr": addr,
            "issue": iss,
            "start": s0,
            "end": s1,
            "number": f"{1090 + i}{iss[2:4]}{iss[5:7]}4471{i}",
            "client": f"{60281374 + i * 4409}",
            "amount": amt,
            "lines": lines,
            "debit": iss[:8] + "20",
            "iban_mask": "FR76 **** **** **** **** ***8 214",
        }
        p.text([bill(bd, p.r())], fn, meta={"title": "Facture", "creator": prov})
        p.add(
            [(fn, [1])],
            "utility_bill",
            "text_pdf",
            {
                "provider": prov,
                "service": svc,
                "holder_name": "Jean-Baptiste MOREL",
                "address": "5 impasse des Mésanges, 44300 Nantes",
                "issue_date": iss,
                "period_start": s0,
                "period_end": s1,
                "amount": amt,
                "month": s0[:7],
            },
            "host's bill; Aug-Sep-Oct 2026, three providers",
        )
    at = {
        "host": "JB Morel",
        "city": "Nantes",
        "date": "2026-11-16",
        "host_block": [
            "Jean-Baptiste MOREL",
            "5 impasse des Mésanges",
            "44300 Nantes",
            "jb.morel@laposte.net",
        ],
        "body": "Je soussigné Jean-Baptiste MOREL, né le 27/02/1985 à Saint-Nazaire (44), "
        "demeurant 5 impasse des Mésanges, 44300 Nantes, certifie sur l'honneur héberger "
        "à mon domicile, à titre gratuit, Madame Oleksandra KOVALENKO, née le 23/06/1997 "
        "à Kharkiv (Ukraine), de nationalité ukrainienne, depuis le 20/02/2026.",
    }
    p.photo(attestation_typed(at, p.r()), "attestation_hebergement_JB.jpg", long_side=3264)
    p.add(
        [("attestation_hebergement_JB.jpg", [1])],
        "hosting_attestation",
        "phone_photo",
        {
            "host_name": "Jean-Baptiste MOREL",
            "hosted_name": "Oleksandra KOVALENKO",
            "address": "5 impasse des Mésanges, 44300 Nantes",
            "since_date": "2026-02-20",
            "signed_on": "2026-11-16",
            "signed": True,
        },
        "typed, printed, signed by hand, photographed",
    )
    nir13 = "2970699155083"
    nir = nir13 + nir_key(nir13)
    siret = make_siret("8531974620002")
    agency = "ALTÉO INTÉRIM NANTES SAS"
    c = {
        "title": "CONTRAT DE MISSION",
        "subtitle": "Contrat de travail temporaire n° "
        "2026-10-00417 (articles L. 1251-1 et suivants du code du travail)",
        "font": "carlito",
        "bold": "carlitob",
        "employer_par": "L'entreprise de travail temporaire " + agency + ", 21 boulevard "
        "des Martyrs Nantais, 44200 Nantes, SIRET " + siret + ", garantie financière "
        "auprès de l'APST, représentée par Mme Claire Rouxel, responsable d'agence ;",
        "employee_par": "Mme Oleksandra KOVALENKO, née le 23/06/1997 à Kharkiv (Ukraine), "
        "demeurant chez M. Morel, 5 impasse des Mésanges, 44300 Nantes, N° SS "
        + nir
        + ", titre de séjour n° "
        + tn
        + " valable jusqu'au 09/03/2027.",
        "articles": [
            (
                "Entreprise utilisatrice",
                ("LOGISUD ATLANTIQUE, ZAC de la Lorie, 44800 Saint-Herblain."),
            ),
            (
                "Motif du recours",
                ("Accroissement temporaire d'activité : pics d'activité de fin d'année."),
            ),
            (
                "Mission",
                (
                    "Préparatrice de commandes (CACES non requis), du "
                    "05/10/2026 au 31/12/2026, 35 h hebdomadaires, horaires 6h-13h."
                ),
            ),
            (
                "Rémunération",
                (
                    "Taux horaire brut : 12,10 €, plus indemnité de fin "
                    "de mission (10 %) et indemnité compensatrice de congés payés (10 %)."
                ),
            ),
            ("Période d'essai", "3 jours travaillés."),
            (
                "Équipements de protection",
                ("Chaussures de sécurité fournies par l'entreprise utilisatrice."),
            ),
        ],
        "city": "Nantes",
        "signed": "2026-10-02",
        "employer_signer": "Rouxel",
        "stamp1": "ALTEO INTERIM",
        "stamp2": "NANTES",
        "employee_name": "Kovalenko",
    }
    p.text(contract(c, p.r()), "contrat_mission_alteo.pdf")
    p.add(
        [("contrat_mission_alteo.pdf", [1, 2])],
        "employment_contract",
        "text_pdf",
        {
            "employer": agency,
            "employee_name": "Oleksandra KOVALENKO",
            "contract_type": "intérim",
            "job_title": "Préparatrice de commandes",
            "start_date": "2026-10-05",
        },
        "contrat de mission (temporary work)",
    )
    nir_s = " ".join([nir[0], nir[1:3], nir[3:5], nir[5:7], nir[7:10], nir[10:13], nir[13:]])
    s = {
        "pstart": "2026-10-01",
        "pend": "2026-10-31",
        "paid": "2026-11-10",
        "job": "Préparatrice de commandes",
        "contract": "Mission intérim",
        "start": "2026-10-05",
        "nir_s": nir_s,
        "ccn": "Travail temporaire (IDCC 2378)",
        "employer_block": [
            agency,
            "21 boulevard des Martyrs Nantais",
            "44200 Nantes",
            "SIRET : " + siret,
            "Code NAF : 7820Z",
        ],
        "employee_block": [
            "Madame KOVALENKO Oleksandra",
            "chez M. Morel",
            "5 impasse des Mésanges",
            "44300 Nantes",
            "Matricule : 26-11873",
        ],
        "rows": [
            ("Heures normales", "140,00", "12,1000", "", "1 694,00"),
            ("Indemnité de fin de mission", "1 694,00", "10,00 %", "", "169,40"),
            ("Indemnité congés payés", "1 863,40", "10,00 %", "", "186,34"),
            ("SALAIRE BRUT", "", "", "", "2 049,74"),
            ("Santé", "2 049,74", "", "24,10", ""),
            ("Retraite", "2 049,74", "", "231,62", ""),
            ("CSG/CRDS", "2 013,87", "9,70 %", "195,35", ""),
            ("Acompte versé le 20/10", "", "", "100,00", ""),
        ],
        "net_before": 1498.67,
        "net": 1486.52,
        "net_social": 1601.84,
        "pas": "0,81 %",
    }
    p.photo(payslip(s, p.r()), "IMG_20261112_081455.jpg", long_side=4032, fill=0.83)
    p.add(
        [("IMG_20261112_081455.jpg", [1])],
        "payslip",
        "phone_photo",
        {
            "employer": agency,
            "employee_name": "KOVALENKO Oleksandra",
            "period": "2026-10",
            "net_pay": 1486.52,
            "siret": siret,
        },
        "printed payslip photographed",
    )
    iban, key = french_iban("14706", "00032", "72841593016")
    r = {
        "bank": "CRÉDIT AGRICOLE ATLANTIQUE VENDÉE",
        "color": (0, 114, 103),
        "bank_code": "14706",
        "branch": "00032",
        "account": "72841593016",
        "key": key,
        "iban": iban,
        "bic": "AGRIFRPP847",
        "font": "roboto",
        "bold": "robotob",
        "holder_block": [
            "MME KOVALENKO OLEKSANDRA",
            "CHEZ M MOREL",
            "5 IMPASSE DES MESANGES",
            "44300 NANTES",
        ],
        "branch_block": ["CA NANTES DOULON", "125 RUE DU PERRAY", "44300 NANTES"],
    }
    p.photo(rib(r, p.r()), "rib_credit_agricole.jpg", rot=90, long_side=3264)
    p.add(
        [("rib_credit_agricole.jpg", [1])],
        "rib",
        "phone_photo",
        {
            "holder_name": "MME KOVALENKO OLEKSANDRA",
            "iban": iban,
            "bic": "AGRIFRPP847",
            "bank_name": "CRÉDIT AGRICOLE ATLANTIQUE VENDÉE",
            "iban_valid": True,
            "rib_key_valid": True,
        },
        "printed RIB photographed, stored rotated 90",
    )
    a = {
        "surname": "KOVALENKO",
        "given": "Oleksandra",
        "sex": "F",
        "dob": "1997-06-23",
        "pob": "Kharkiv, Ukraine",
        "nationality": "Ukrainienne",
        "street": "chez M. Morel, 5 impasse des Mésanges",
        "cp": "44300",
        "city": "Nantes",
        "tel": "07 45 90 12 63",
        "email": "o.kovalenko97@ukr.net",
        "situation": "salarie",
        "contract": "Intérim",
        "job": "Préparatrice de commandes",
        "fait_a": "Nantes",
        "date_text": "27/11/2026",
        "nir": nir,
    }
    p1, p2, sl = layout(1)
    fill([p1, p2], sl, values(a), "hand", "Kovalenko", p.r(), "hand2")
    p.scan(p1, "scan_0007.jpg", dpi=200)
    p.scan(p2, "scan_0008.jpg", dpi=200)
    p.add(
        [("scan_0007.jpg", [1]), ("scan_0008.jpg", [1])],
        "application_form",
        "scan",
        {
            "surname": "KOVALENKO",
            "given_names": "OLEKSANDRA",
            "date_of_birth": "1997-06-23",
            "employment_status": "employed",
            "signed": True,
            "signed_on": "2026-11-27",
            "nir": nir,
        },
        "filled by hand, NIR (foreign-born, temporary) written in the comb boxes",
    )
    return p, {
        "as_of": as_of,
        "employed": True,
        "status": "incomplete",
        "defect": "passport expired on 2026-08-14, before the audit date",
        "applicant": {
            "surname": "KOVALENKO",
            "given_names": "OLEKSANDRA",
            "date_of_birth": "1997-06-23",
        },
        "requirements": {"identity": "invalid", "employment": "complete"},
    }
