"""p02 continued: Russian birth certificate, apostille, translation, hosting, bank, form."""

import checks
import civil
import form
import frdocs
import ids
from checks import yymmdd
from pk_a import REQ_OK


def p02_rest(P, sur, giv, dob, skin):
    b = {
        "rows": [
            ("СОКОЛОВА", "фамилия"),
            ("ЕКАТЕРИНА", "имя"),
            ("АНДРЕЕВНА", "отчество"),
            ("12.07.1991", "дата рождения"),
            ("двенадцатого июля тысяча девятьсот девяносто первого года", ""),
            ("г. Новосибирск, Новосибирская обл., РСФСР", "место рождения"),
            ("№ 2418 от 19.07.1991", "запись акта о рождении"),
            ("СОКОЛОВ АНДРЕЙ ВИКТОРОВИЧ, гражданин СССР", "отец"),
            ("СОКОЛОВА ИРИНА ПАВЛОВНА, гражданка СССР", "мать"),
            ("Отдел ЗАГС Центрального района г. Новосибирска", "место гос. регистрации"),
            ("14.01.2026", "дата выдачи (повторное)"),
        ],
        "stamp_top": "ОТДЕЛ ЗАГС НОВОСИБИРСК",
        "chief": "Е.В. Кравченко",
        "series": "III-ЕТ № 718402",
    }
    f = P.scan("svidetelstvo.jpg", civil.russia_birth(b, P.r("bc")), "bc2", dpi=250)
    P.add(
        f,
        "birth_certificate",
        "scan",
        {
            "surname": "СОКОЛОВА",
            "given_names": "ЕКАТЕРИНА АНДРЕЕВНА",
            "date_of_birth": dob,
            "place_of_birth": "г. Новосибирск",
            "issuing_country": "RUS",
            "language": "ru",
            "has_apostille": True,
        },
        "duplicate (повторное) issued 2026; patronymic Andreevna",
    )
    a = {
        "items": [
            ("Страна / Pays:", "Российская Федерация"),
            ("Настоящий документ подписан", "Е.В. Кравченко"),
            ("выступающим в качестве", "руководителя отдела ЗАГС"),
            ("скреплен печатью / штампом", "отдела ЗАГС Центрального района"),
            ("Удостоверено / Attesté à", "г. Новосибирск"),
            ("Дата / le", "21.01.2026"),
            ("кем / par", "Управление по делам ЗАГС Новосибирской обл."),
            ("за № / sous n°", "54/26-0193"),
            ("Печать / штамп", "М.П."),
            ("Подпись / Signature", "О.Н. Лаптева"),
        ]
    }
    f = P.scan("apostille.jpg", civil.russia_apostille(a, P.r("ap")), "ap2", dpi=250)
    P.add(
        f,
        "apostille",
        "scan",
        {
            "country": "Russian Federation",
            "issued_on": "2026-01-21",
            "number": "54/26-0193",
            "signed_by": "О.Н. Лаптева",
        },
        "separate sheet stapled to the certificate",
    )
    t = {
        "head": [
            "Natalia VERDIER",
            "Traductrice-interprète expert près la Cour d'appel de Rennes",
            "12 rue de Brest, 35000 Rennes — 06 12 48 90 33",
        ],
        "from_lang": "russe",
        "body": [
            "[Armoiries de la Fédération de Russie]",
            "FÉDÉRATION DE RUSSIE",
            "ACTE DE NAISSANCE (duplicata)",
            "Nom : SOKOLOVA",
            "Prénom : Ekaterina",
            "Patronyme : Andreevna",
            "Date de naissance : 12 juillet 1991",
            "Lieu de naissance : Novossibirsk, région de Novossibirsk, RSFSR",
            "Acte de naissance : n° 2418 du 19/07/1991",
            "Père : SOKOLOV Andreï Viktorovitch, citoyen de l'URSS",
            "Mère : SOKOLOVA Irina Pavlovna, citoyenne de l'URSS",
            "Lieu d'enregistrement : Bureau de l'état civil (ZAGS) du district Central "
            "de Novossibirsk",
            "Date de délivrance : 14/01/2026",
            "[Sceau rond : ZAGS Novossibirsk] [Signature illisible] E.V. Kravtchenko",
            "Série : III-ET n° 718402",
            "[Au verso : apostille n° 54/26-0193 du 21/01/2026]",
        ],
        "cert": "Traduction certifiée conforme à l'original en langue russe qui m'a été "
        "présenté. Rennes, le 02/04/2026. Répertoire n° 26/0412.",
        "stamp_top": "NATALIA VERDIER",
        "stamp_bottom": "COUR D'APPEL DE RENNES",
        "stamp_mid": ["TRADUCTRICE", "EXPERT", "RUSSE"],
        "translator": "N. Verdier",
        "ref": "26/0412",
    }
    f = P.image_pdf("traduction_acte_naissance.pdf", civil.translation(t, P.r("tr")), "tr2")
    P.add(
        f,
        "translation",
        "image_pdf",
        {
            "surname": "SOKOLOVA",
            "given_names": "Ekaterina Andreevna",
            "date_of_birth": dob,
            "place_of_birth": "Novossibirsk",
            "issuing_country": "RUS",
            "language": "fr",
        },
        "sworn translation of the birth certificate",
    )
    # host: French spouse, CNI + lease in his name + handwritten attestation
    hs, hg, hdob = "MARCHAND", "Julien Pierre", "1988-02-03"
    cnum, cexp = "X4RTB7PW2", "2032-06-21"
    td = checks.td1("ID", "FRA", cnum, yymmdd(hdob), "M", yymmdd(cexp), "FRA", hs, hg)
    rp = {
        "sex": "M",
        "skin": (226, 190, 160),
        "number": cnum,
        "mrz": td,
        "num_label": "N° DU DOCUMENT / DOCUMENT NO",
        "front_rows": [
            ("NOM / Surname", hs),
            ("Prénoms / Given names", "JULIEN, PIERRE"),
            ("SEXE  NATIONALITÉ", "M   FRA"),
            ("DATE DE NAISS. / Date of birth", "03 02 1988"),
            ("LIEU DE NAISSANCE", "NANTES (44)"),
            ("DATE D'EXPIR. / Expiry date", "21 06 2032"),
        ],
        "back_rows": [
            ("Adresse / Address", "8 ALLÉE DES TILLEULS 35000 RENNES"),
            ("Date de délivrance", "22 06 2022"),
            ("Autorité", "PRÉFET D'ILLE-ET-VILAINE"),
        ],
    }
    front = ids.rf_card_front(rp, P.r("cnif"), "CARTE NATIONALE D'IDENTITÉ", "IDENTITY CARD")
    f1 = P.photo("IMG_4471.jpg", front, "cni1", dpi=500, fill=0.6)
    f2 = P.photo("IMG_4472.jpg", ids.rf_card_back(rp, P.r("cnib")), "cni2", dpi=500, fill=0.6)
    P.add(
        f1 + f2,
        "national_id",
        "phone_photo",
        {
            "surname": hs,
            "given_names": "JULIEN PIERRE",
            "document_number": cnum,
            "nationality": "FRA",
            "issuing_country": "FRA",
            "date_of_birth": hdob,
            "sex": "M",
            "expiry_date": cexp,
            "mrz_valid": True,
        },
        "host's identity card, front and back",
    )
    addr = "8 allée des Tilleuls, 35000 Rennes"
    L = {
        "landlord": "SCI LES TILLEULS, représentée par Mme Odile Le Gall",
        "landlord_addr": "3 rue de Paris, 35000 Rennes",
        "tenants_print": "M. Julien MARCHAND",
        "address": addr,
        "desc": "appartement T3 de 64 m², 3e étage, parking n° 12.",
        "start_date": "2021-09-01",
        "signed_on": "2021-08-20",
        "city": "Rennes",
        "rent": 780.0,
        "charges": 85.0,
        "clauses": [
            "VII. CLAUSE RÉSOLUTOIRE — Le bail sera résilié de plein "
            "droit à défaut de paiement du loyer deux mois après "
            "commandement de payer demeuré infructueux."
        ],
    }
    f = P.text_pdf("bail_julien.pdf", frdocs.lease(L, P.r("ls")), "Bail d'habitation")
    P.add(
        f,
        "lease",
        "text_pdf",
        {
            "tenant_names": ["Julien MARCHAND"],
            "landlord": "SCI LES TILLEULS",
            "address": addr,
            "start_date": "2021-09-01",
        },
        "host's lease",
    )
    h = {
        "font": "h_dkg",
        "lines": [
            "Je soussigné Julien Marchand, né le 03/02/1988 à Nantes,",
            "demeurant 8 allée des Tilleuls, 35000 Rennes,",
            "atteste sur l'honneur héberger à mon domicile mon épouse",
            "Ekaterina SOKOLOVA, née le 12/07/1991 à Novossibirsk (Russie),",
            "depuis le 15/03/2026.",
            "",
            "Attestation faite pour servir et valoir ce que de droit.",
            "Pièces jointes : copie de ma carte d'identité et de mon bail.",
        ],
        "place_date": "Rennes, le 16/11/2026",
    }
    f = P.scan(
        "attestation_hebergement.jpg", frdocs.hosting_attestation(h, P.r("ah")), "ah2", dpi=200
    )
    P.add(
        f,
        "hosting_attestation",
        "scan",
        {
            "host_name": "Julien Marchand",
            "hosted_name": "Ekaterina SOKOLOVA",
            "address": addr,
            "since_date": "2026-03-15",
            "signed_on": "2026-11-16",
            "signed": True,
        },
        "handwritten by the host",
    )
    iban, key = checks.fr_iban("20041", "01013", "0512873T035")
    r = {
        "holder_lines": [
            "M. JULIEN MARCHAND",
            "OU MME EKATERINA SOKOLOVA",
            "8 ALLEE DES TILLEULS",
            "35000 RENNES",
        ],
        "branch_lines": ["LA BANQUE POSTALE", "CENTRE FINANCIER DE RENNES", "35900 RENNES CEDEX 9"],
        "bank": "20041",
        "branch": "01013",
        "account": "0512873T035",
        "key": key,
        "iban": iban,
        "bic": "PSSTFRPPREN",
    }
    f = P.scan("rib_compte_joint.jpg", frdocs.rib_lbp(r, P.r("rib")), "rib2", dpi=200)
    P.add(
        f,
        "rib",
        "scan",
        {
            "holder_name": "M. JULIEN MARCHAND OU MME EKATERINA SOKOLOVA",
            "iban": iban,
            "bic": "PSSTFRPPREN",
            "bank_name": "La Banque Postale",
            "iban_valid": True,
            "rib_key_valid": True,
        },
        "joint account",
    )
    v = {
        "fill": "typed",
        "surname": sur,
        "usage": "MARCHAND",
        "given": "Ekaterina",
        "sex": "F",
        "dob": dob,
        "pob": "Novossibirsk, Russie",
        "nat": "Russe",
        "addr1": "8 allée des Tilleuls",
        "addr2": "35000 Rennes",
        "tel": "06 41 72 55 18",
        "email": "e.sokolova.marchand@yandex.ru",
        "situation": ["sans_activite"],
        "place": "Rennes",
        "date_text": "17/11/2026",
        "signed": True,
        "date_hand": True,
        "hand_font": "h_breip",
    }
    f = P.image_pdf(
        "demande_PUMa_signee.pdf", [form.page1(v, P.r("f1"), 1), form.page2(v, P.r("f2"), 1)], "fm2"
    )
    P.add(
        f,
        "application_form",
        "image_pdf",
        {
            "surname": sur,
            "given_names": "Ekaterina",
            "date_of_birth": dob,
            "employment_status": "not_employed",
            "signed": True,
            "signed_on": "2026-11-17",
            "nir": None,
        },
        "typed, printed, dated and signed by hand, scanned; usage name MARCHAND",
    )
    req = dict(REQ_OK)
    req["employment"] = "not_applicable"
    return {
        "as_of": "2026-11-23",
        "employed": False,
        "status": "complete",
        "requirements": req,
        "defect": None,
        "applicant": {"surname": sur, "given_names": giv, "date_of_birth": dob},
    }
