"""Packets p01 (DR Congo, employed, own lease) and p02 (Russia, hosted by French spouse)."""

import checks
import civil
import form
import frdocs
import ids
from checks import yymmdd
from frdocs import fr

REQ_OK = {
    k: "complete"
    for k in (
        "application_form",
        "identity",
        "residence_status",
        "birth_certificate",
        "residence_proof",
        "bank_details",
        "employment",
    )
}


def _pp_fields(sur, giv, num, nat, iss, dob, sex, exp, mrz):
    l1, l2 = mrz
    ok = l2[9] == checks.mrz_check(l2[0:9])
    return {
        "surname": sur,
        "given_names": giv,
        "document_number": num,
        "nationality": nat,
        "issuing_country": iss,
        "date_of_birth": dob,
        "sex": sex,
        "expiry_date": exp,
        "mrz_valid": ok,
    }


def p01(P):
    sur, giv, dob = "KABAMBA MBUYI", "GRACE", "1994-03-12"
    num, exp = "OP0482713", "2027-05-09"
    mrz = checks.td3("P", "COD", sur, giv, num, "COD", yymmdd(dob), "F", yymmdd(exp))
    skin = (92, 62, 45)
    pp = {
        "bg": (232, 238, 246),
        "ink": (170, 195, 225),
        "title": (20, 50, 120),
        "sex": "F",
        "skin": skin,
        "mrz": mrz,
        "header": ["RÉPUBLIQUE DÉMOCRATIQUE DU CONGO", "PASSEPORT / PASSPORT"],
        "rows": [
            ("Type", "P"),
            ("Code du pays / Country code", "COD"),
            ("!Nom / Surname", sur),
            ("!Prénoms / Given names", giv),
            ("Nationalité / Nationality", "CONGOLAISE"),
            ("N° Passeport", num),
            ("Date de naissance / Date of birth", "12/03/1994"),
            ("Sexe / Sex", "F"),
            ("Lieu de naissance / Place of birth", "KINSHASA"),
            ("Autorité / Authority", "MINAFFET"),
            ("Date de délivrance / Date of issue", "10/05/2022"),
            ("Date d'expiration / Date of expiry", "09/05/2027"),
        ],
    }
    f = P.photo(
        "IMG_20261103_184512.jpg",
        ids.passport_page(pp, P.r("pp")),
        "pp1",
        dpi=300,
        rotate=90,
        fill=0.85,
    )
    P.add(
        f,
        "passport",
        "phone_photo",
        _pp_fields(sur, giv, num, "COD", "COD", dob, "F", exp, mrz),
        "rotated 90°",
    )
    # titre de séjour (carte pluriannuelle), front and back copied on one A4 page
    tnum, texp = "YF4173852", "2028-09-14"
    td = checks.td1("IR", "FRA", tnum, yymmdd(dob), "F", yymmdd(texp), "COD", sur, giv)
    rp = {
        "sex": "F",
        "skin": skin,
        "number": tnum,
        "mrz": td,
        "front_rows": [
            ("NOM", sur),
            ("Prénoms", giv),
            ("Sexe  /  Nationalité", "F   COD"),
            ("Date de naissance", "12 03 1994"),
            ("Type de titre / Validité", "CARTE DE SEJOUR PLURIANNUELLE"),
            ("Valable jusqu'au", "14 09 2028"),
        ],
        "back_rows": [
            ("Remarques", "SALARIÉ"),
            ("Adresse", "12 RUE PAUL BERT"),
            ("", "69003 LYON"),
            ("Lieu de délivrance", "PRÉFECTURE DU RHÔNE"),
            ("Date de délivrance", "15 09 2026"),
        ],
    }
    fr_im = ids.to_image_card(ids.rf_card_front(rp, P.r("tsf")))
    bk_im = ids.to_image_card(ids.rf_card_back(rp, P.r("tsb")))
    f = P.scan(
        "scan_0014.jpg",
        ids.a4_copy([(fr_im, 85.6, 54), (bk_im, 85.6, 54)], P.r("a4")),
        "ts",
        dpi=200,
    )
    P.add(
        f,
        "residence_permit",
        "scan",
        {
            "surname": sur,
            "given_names": giv,
            "document_number": tnum,
            "nationality": "COD",
            "issuing_country": "FRA",
            "date_of_birth": dob,
            "sex": "F",
            "expiry_date": texp,
            "mrz_valid": True,
        },
        "front and back of the card copied on one A4 page",
    )
    # birth certificate with legalisation (MAE RDC + Ambassade de France)
    b = {
        "commune": "LINGWALA",
        "volume": "III",
        "folio": "47",
        "acte_no": "1128/2019",
        "narrative": "L'an deux mille dix-neuf, le quatorzième jour du mois d'août, à dix "
        "heures trente minutes, Devant Nous, MUKENDI TSHIBANDA Albert, Officier de l'État "
        "Civil de la Commune de Lingwala, Ville de Kinshasa, a comparu Monsieur KABAMBA "
        "NGOYI Pascal, de nationalité congolaise, lequel nous a déclaré que le douze mars "
        "mil neuf cent quatre-vingt-quatorze, à Kinshasa, est née l'enfant de sexe féminin :",
        "rows": [
            ("Nom et post-nom :", "KABAMBA MBUYI"),
            ("Prénom :", "Grâce"),
            ("Date de naissance :", "12 mars 1994"),
            ("Lieu de naissance :", "Kinshasa / Lingwala"),
            ("Fille de :", "KABAMBA NGOYI Pascal, enseignant"),
            ("Et de :", "MBUYI KALALA Thérèse, commerçante"),
            ("Domicile des parents :", "Av. Kasa-Vubu n° 214, Lingwala"),
        ],
        "closing": "En foi de quoi, Nous avons dressé le présent acte que nous avons signé "
        "avec le déclarant après lecture faite. Acte dressé sur base du jugement supplétif "
        "RC 18.433 du Tribunal pour enfants de Kinshasa/Gombe.",
        "officer": "MUKENDI TSHIBANDA Albert",
        "legal_mae": [
            "MINISTÈRE DES AFFAIRES ÉTRANGÈRES",
            "Direction de la Chancellerie",
            "Vu pour légalisation de la signature",
            "de M. MUKENDI TSHIBANDA A.",
            "Kinshasa, le 02/09/2019   N° 4417/CH/19",
        ],
        "legal_fr": [
            "AMBASSADE DE FRANCE EN RDC",
            "Vu pour légalisation de la signature",
            "de M. MBOMBO K., Direction de la",
            "Chancellerie du MAE de la RDC",
            "Kinshasa, le 05/09/2019",
            "N° 2019/1876 - Le Consul",
        ],
        "legal_fee": "10 €",
    }
    f = P.image_pdf("acte_naissance.pdf", civil.drc_birth(b, P.r("bc")), "bc1")
    P.add(
        f,
        "birth_certificate",
        "image_pdf",
        {
            "surname": "KABAMBA MBUYI",
            "given_names": "Grâce",
            "date_of_birth": dob,
            "place_of_birth": "Kinshasa / Lingwala",
            "issuing_country": "COD",
            "language": "fr",
            "has_apostille": False,
        },
        "DR Congo is not a Hague party: page 2 carries the legalisation by the Congolese MFA "
        "and the French embassy in Kinshasa (no apostille needed)",
    )
    # lease
    addr = "12 rue Paul Bert, 69003 Lyon"
    L = {
        "landlord": "M. Bernard Giraud",
        "landlord_addr": "5 chemin des Vignes, 69290 Craponne",
        "tenants_print": "Mme KABAMBA MBUYI Grâce",
        "address": addr,
        "desc": "appartement T2 de 41 m², 2e étage gauche, cave n° 7.",
        "start_date": "2025-02-01",
        "signed_on": "2025-01-24",
        "city": "Lyon",
        "rent": 690.0,
        "charges": 60.0,
        "clauses": [
            "VII. CLAUSE DE SOLIDARITÉ — sans objet.",
            "VIII. CLAUSE RÉSOLUTOIRE — Le "
            "bail sera résilié de plein droit en cas de défaut de paiement du loyer, "
            "des charges ou du dépôt de garantie, deux mois après un commandement de "
            "payer demeuré infructueux, ou à défaut d'assurance contre les risques "
            "locatifs.",
            "IX. HONORAIRES — sans objet (location entre particuliers).",
        ],
    }
    f = P.image_pdf("bail_lyon.pdf", frdocs.lease(L, P.r("ls")), "ls1")
    P.add(
        f,
        "lease",
        "image_pdf",
        {
            "tenant_names": ["KABAMBA MBUYI Grâce"],
            "landlord": "Bernard Giraud",
            "address": addr,
            "start_date": "2025-02-01",
        },
    )
    # payslip
    s = {
        "employer_lines": [
            "CLINIQUE DU PARC LYON SAS",
            "155 boulevard Stalingrad",
            "69006 LYON",
            "SIRET : 501 436 883 00027",
            "Code NAF : 8610Z",
        ],
        "employee_lines": ["Madame KABAMBA MBUYI Grâce", "12 rue Paul Bert", "69003 LYON"],
        "p_start": "2026-10-01",
        "p_end": "2026-10-31",
        "paid_on": "2026-10-30",
        "info": [
            ("Emploi", "Aide-soignante"),
            ("Entrée le", "03/03/2025"),
            ("Contrat", "CDI - temps plein"),
            ("Convention", "FHP (IDCC 2264)"),
        ],
        "lines": [
            ("Salaire de base", "151,67", "14,2100", "", "2 155,23"),
            ("Prime dimanches et jours fériés", "", "", "", "126,40"),
            ("SALAIRE BRUT", "", "", "", "2 281,63"),
            ("Santé", "2 281,63", "", "38,12", ""),
            ("Retraite", "2 281,63", "", "245,48", ""),
            ("Assurance chômage", "", "", "0,00", ""),
            ("CSG/CRDS", "2 241,70", "9,70", "217,44", ""),
            ("TOTAL DES COTISATIONS", "", "", "501,04", ""),
        ],
        "net": 1749.43,
        "net_before_tax": 1780.59,
        "pas_rate": "1,75 %",
    }
    f = P.text_pdf("bulletin_octobre_2026.pdf", [frdocs.payslip(s, P.r("ps"))])
    P.add(
        f,
        "payslip",
        "text_pdf",
        {
            "employer": "CLINIQUE DU PARC LYON SAS",
            "employee_name": "KABAMBA MBUYI Grâce",
            "period": "2026-10",
            "net_pay": 1749.43,
            "siret": "50143688300027",
        },
    )
    # RIB BNP
    iban, key = checks.fr_iban("30004", "00812", "00010284731")
    r = {
        "holder_lines": ["MME KABAMBA MBUYI GRACE", "12 RUE PAUL BERT", "69003 LYON"],
        "branch_lines": ["BNP PARIBAS LYON GUILLOTIERE", "4 PLACE GABRIEL PERI", "69007 LYON"],
        "bank": "30004",
        "branch": "00812",
        "account": "00010284731",
        "key": key,
        "iban": iban,
        "bic": "BNPAFRPPXXX",
    }
    f = P.text_pdf("RIB_BNP.pdf", [frdocs.rib_bnp(r, P.r("rib"))])
    P.add(
        f,
        "rib",
        "text_pdf",
        {
            "holder_name": "MME KABAMBA MBUYI GRACE",
            "iban": iban,
            "bic": "BNPAFRPPXXX",
            "bank_name": "BNP Paribas",
            "iban_valid": True,
            "rib_key_valid": True,
        },
    )
    # application form, filled by hand, two phone photos
    v = {
        "fill": "hand",
        "hand_font": "h_femke",
        "surname": sur,
        "given": "Grâce",
        "sex": "F",
        "dob": dob,
        "pob": "Kinshasa, RD Congo",
        "nat": "Congolaise",
        "addr1": "12 rue Paul Bert",
        "addr2": "69003 Lyon",
        "tel": "07 58 21 44 90",
        "email": "grace.kabamba94@gmail.com",
        "situation": ["salarie"],
        "contract": "CDI",
        "job": "aide-soignante",
        "place": "Lyon",
        "date_text": "09/11/2026",
        "signed": True,
        "date_hand": True,
    }
    fa = P.photo("IMG_20261109_201133.jpg", form.page1(v, P.r("f1")), "fp1", dpi=160)
    fb = P.photo("IMG_20261109_201147.jpg", form.page2(v, P.r("f2")), "fp2", dpi=160, rotate=270)
    P.add(
        fa + fb,
        "application_form",
        "phone_photo",
        {
            "surname": sur,
            "given_names": "Grâce",
            "date_of_birth": dob,
            "employment_status": "employed",
            "signed": True,
            "signed_on": "2026-11-09",
            "nir": None,
        },
        "cerfa 15763*02 filled by hand; page 2 photo rotated",
    )
    return {
        "as_of": "2026-11-18",
        "employed": True,
        "status": "complete",
        "requirements": dict(REQ_OK),
        "defect": None,
        "applicant": {"surname": sur, "given_names": giv, "date_of_birth": dob},
    }


def p02(P):
    sur, giv, dob = "SOKOLOVA", "EKATERINA", "1991-07-12"
    num, exp = "751234567", "2035-04-17"
    mrz = checks.td3("P", "RUS", sur, giv, num, "RUS", yymmdd(dob), "F", yymmdd(exp))
    skin = (226, 190, 160)
    pp = {
        "bg": (238, 236, 244),
        "ink": (205, 190, 220),
        "title": (110, 30, 40),
        "sex": "F",
        "skin": skin,
        "mrz": mrz,
        "header": ["РОССИЙСКАЯ ФЕДЕРАЦИЯ / RUSSIAN FEDERATION", "ПАСПОРТ / PASSPORT"],
        "rows": [
            ("Тип/Type", "P"),
            ("Код государства/Code of State", "RUS"),
            ("!Фамилия/Surname", "СОКОЛОВА / SOKOLOVA"),
            ("!Имя/Given names", "ЕКАТЕРИНА / EKATERINA"),
            ("Гражданство/Nationality", "РОССИЙСКАЯ ФЕДЕРАЦИЯ / RUSSIAN FEDERATION"),
            ("Номер/Passport No.", "75 1234567"),
            ("Дата рождения/Date of birth", "12.07.1991"),
            ("Пол/Sex", "Ж/F"),
            ("Место рождения/Place of birth", "НОВОСИБИРСКАЯ ОБЛ. / USSR"),
            ("Орган, выдавший документ/Authority", "МВД 54001"),
            ("Дата выдачи/Date of issue", "17.04.2025"),
            ("Дата окончания срока/Date of expiry", "17.04.2035"),
        ],
    }
    f = P.scan("passeport_sokolova.jpg", ids.passport_page(pp, P.r("pp")), "pp2", dpi=300)
    P.add(f, "passport", "scan", _pp_fields(sur, giv, num, "RUS", "RUS", dob, "F", exp, mrz))
    # VLS-TS
    vnum = "041873562"
    vfrom, vuntil = "2026-03-10", "2027-03-09"
    vm = checks.mrva("FRA", sur, giv, vnum, "RUS", yymmdd(dob), "F", yymmdd(vuntil))
    v = {
        "number_printed": "FRA " + vnum,
        "sex": "F",
        "skin": skin,
        "from_p": fr(vfrom),
        "until_p": fr(vuntil),
        "days": 365,
        "issued_in": "MOSCOU",
        "issued_p": "20/02/2026",
        "passport_no": num,
        "surname": sur,
        "given": giv,
        "remarks1": "VLS-TS VIE PRIVEE ET FAMILIALE",
        "remarks2": "CONJOINT DE FRANCAIS",
        "mrz": vm,
    }
    f = P.scan("visa_vlsts.jpg", ids.visa_sticker(v, P.r("vs")), "vs2", dpi=300)
    P.add(
        f,
        "long_stay_visa",
        "scan",
        {
            "surname": sur,
            "given_names": giv,
            "document_number": vnum,
            "nationality": "RUS",
            "issuing_country": "FRA",
            "date_of_birth": dob,
            "sex": "F",
            "expiry_date": vuntil,
            "mrz_valid": True,
            "visa_type": "D",
            "vls_ts": True,
            "category": "VIE PRIVEE ET FAMILIALE - CONJOINT DE FRANCAIS",
            "valid_from": vfrom,
            "valid_until": vuntil,
        },
        "validated online on arrival (not shown)",
    )
    from pk_a2 import p02_rest

    return p02_rest(P, sur, giv, dob, skin)
