"""Packets p03 (Cameroon, defect) and p04 (Iran, defect) of set_dg."""

import docs_fin as F
import docs_id as D
import render as R
from generate import fr, ident, rib_fields, ymd


def p03(o):
    rng = o.rng
    dob = "1992-11-04"
    addr = "12 rue des Tanneurs, appt 23, 31000 Toulouse"
    o.scan(
        D.cerfa_form(
            {
                "surname": "FOTSO NGUEMO",
                "given": "Christelle Aurore",
                "dob": "04/11/1992",
                "pob": "Bafoussam (Cameroun)",
                "addr": "12 rue des Tanneurs, appt 23",
                "cp": "31000",
                "city": "Toulouse",
                "status": "not_employed",
                "fait_a": "Toulouse",
                "date": "10/11/2026",
            },
            rng,
            True,
        ),
        "scan_formulaire.png",
        150,
    )
    o.doc(
        [("scan_formulaire.png", [1])],
        "application_form",
        "scan",
        {
            "surname": "FOTSO NGUEMO",
            "given_names": "Christelle Aurore",
            "date_of_birth": dob,
            "employment_status": "not_employed",
            "signed": True,
            "signed_on": "2026-11-10",
            "nir": None,
        },
        "hand-filled",
    )
    num, exp = "AA0954271", "2027-05-02"
    mrz = R.td3(
        "CMR", "FOTSO NGUEMO", "CHRISTELLE AURORE", num, "CMR", ymd(dob), "F", ymd(exp), bad="exp"
    )
    assert not R.td3_ok(mrz)
    good = R.td3("CMR", "FOTSO NGUEMO", "CHRISTELLE AURORE", num, "CMR", ymd(dob), "F", ymd(exp))
    assert R.td3_ok(good) and good[1][27] != mrz[1][27]
    o.photo(
        D.passport(
            {
                "head": ["RÉPUBLIQUE DU CAMEROUN – REPUBLIC OF CAMEROON", "PASSEPORT – PASSPORT"],
                "bg": (222, 234, 224),
                "col": (20, 90, 50),
                "rows": [
                    ("Type   Code du pays / Country code   N° / No", "P   CMR   " + num),
                    ("Nom / Surname", "FOTSO NGUEMO"),
                    ("Prénoms / Given names", "CHRISTELLE AURORE"),
                    ("Nationalité / Nationality", "CAMEROUNAISE / CAMEROONIAN"),
                    ("Date de naissance / Date of birth   Sexe / Sex", "04 NOV 1992     F"),
                    ("Lieu de naissance / Place of birth", "BAFOUSSAM"),
                    ("Date d'expiration / Date of expiry", "02 MAI/MAY 2027"),
                ],
                "mrz": mrz,
            },
            rng,
        ),
        "IMG_3381.jpg",
        270,
    )
    o.doc(
        [("IMG_3381.jpg", [1])],
        "passport",
        "phone_photo",
        ident("FOTSO NGUEMO", "CHRISTELLE AURORE", num, "CMR", "CMR", dob, "F", exp, False),
        "DEFECT: the expiry-date check digit of the MRZ is wrong (printed "
        + mrz[1][27]
        + ", correct "
        + good[1][27]
        + "); composite digit computed on the correct value; photo "
        "rotated 270°",
    )
    tnum, texp = "7FG230518", "2027-08-21"
    tm = R.td1(
        "IR", "FRA", tnum, ymd(dob), "F", ymd(texp), "CMR", "FOTSO NGUEMO", "CHRISTELLE AURORE"
    )
    assert R.td1_ok(tm)
    front, back = D.id1_card(
        ["RÉPUBLIQUE FRANÇAISE", "TITRE DE SÉJOUR"],
        [
            ("NOM", "FOTSO NGUEMO"),
            ("Prénoms", "CHRISTELLE AURORE"),
            ("Nationalité  Sexe  Date de naiss.", "CMR   F   04 11 1992"),
            ("Type de titre", "CARTE DE SÉJOUR TEMPORAIRE"),
            ("N° / Valable jusqu'au", tnum + "   21 08 2027"),
        ],
        tm,
        [
            ("Lieu de délivrance", "PRÉFECTURE DE LA HAUTE-GARONNE"),
            ("Date de délivrance", "22 08 2026"),
            ("Mentions", "VIE PRIVÉE ET FAMILIALE"),
            ("Adresse", "12 RUE DES TANNEURS 31000 TOULOUSE"),
        ],
        rng,
    )
    ims = []
    for c in (front, back):
        ims.append(R.on_a4(R.render_pil(c, 300), 300, rng, 60, 40).resize((1240, 1754)))
    R.image_pdf(ims, o.p("titre_de_sejour.pdf"), rng)
    v = ident("FOTSO NGUEMO", "CHRISTELLE AURORE", tnum, "CMR", "FRA", dob, "F", texp)
    o.doc(
        [("titre_de_sejour.pdf", [1, 2])],
        "residence_permit",
        "image_pdf",
        v,
        "carte de séjour temporaire, recto page 1, verso page 2",
    )
    rows = [
        ("Nom de l'enfant", "Surname of child", "FOTSO NGUEMO"),
        ("Prénoms de l'enfant", "Given names of child", "Christelle Aurore"),
        ("Né(e) le", "Born on the", "04 novembre 1992 / 4th November 1992"),
        ("À", "At", "Bafoussam"),
        ("Sexe", "Sex", "Féminin / Female"),
        ("De (père)", "Of (father)", "FOTSO Jean-Pierre"),
        ("Et de (mère)", "And of (mother)", "NGUEMO Berthe"),
        ("Sur la déclaration de", "According to the declaration of", "FOTSO Jean-Pierre"),
    ]
    o.scan(
        D.cameroon_birth(
            {
                "centre": "Bafoussam 1er",
                "dept": "Mifi",
                "acte": "1174/1992",
                "rows": rows,
                "dresse": "09/11/1992",
                "officer": "NJOYA Ibrahim",
                "copy_on": "17/02/2026",
                "legal_on": "03/03/2026",
            },
            rng,
        ),
        "acte_de_naissance.jpg",
        200,
    )
    o.doc(
        [("acte_de_naissance.jpg", [1])],
        "birth_certificate",
        "scan",
        {
            "surname": "FOTSO NGUEMO",
            "given_names": "Christelle Aurore",
            "date_of_birth": dob,
            "place_of_birth": "Bafoussam",
            "issuing_country": "CMR",
            "language": "fr/en",
            "has_apostille": False,
        },
        "bilingual FR/EN Cameroonian certificate with a legalisation stamp; Cameroon is "
        "exempt from legalisation for France (1974 judicial cooperation agreement)",
    )
    L = {
        "landlord": "M. Jean-Luc BERTRAND-ESPINASSE",
        "landlord_addr": "4 chemin de Lestang, 31100 Toulouse",
        "tenants_text": "Mme Christelle Aurore FOTSO NGUEMO",
        "address": addr,
        "kind": "appartement T2, immeuble collectif",
        "surface": "41 m²",
        "start": "01/10/2025",
        "rent": "610,00 €",
        "charges": "45,00 €",
        "deposit": "610,00 €",
        "dpe": "C",
        "city": "Toulouse",
        "signed": "26/09/2025",
        "n_tenants": 1,
    }
    o.text_pdf(F.lease(L, rng), "bail_toulouse.pdf")
    o.doc(
        [("bail_toulouse.pdf", [1, 2])],
        "lease",
        "text_pdf",
        {
            "tenant_names": ["Christelle Aurore FOTSO NGUEMO"],
            "landlord": "Jean-Luc BERTRAND-ESPINASSE",
            "address": addr,
            "start_date": "2025-10-01",
        },
    )
    iban = R.fr_iban("13106", "00500", "30012874561")
    o.image_pdf(
        [
            F.rib_page(
                {
                    "bank": "Crédit Agricole Toulouse 31",
                    "color": (0, 110, 100),
                    "holder_lines": [
                        "MME FOTSO NGUEMO CHRISTELLE",
                        "12 RUE DES TANNEURS APPT 23",
                        "31000 TOULOUSE",
                    ],
                    "branch_lines": [
                        "CA TOULOUSE 31",
                        "AGENCE TOULOUSE CAPITOLE",
                        "Tél. 05 61 26 xx xx",
                    ],
                    "iban": iban,
                    "bic": "AGRIFRPP831",
                    "edited": "28/10/2026",
                },
                rng,
            )
        ],
        "RIB.pdf",
    )
    o.doc(
        [("RIB.pdf", [1])],
        "rib",
        "image_pdf",
        rib_fields(
            "MME FOTSO NGUEMO CHRISTELLE", iban, "AGRIFRPP831", "Crédit Agricole Toulouse 31"
        ),
    )
    return {
        "as_of": "2026-11-18",
        "employed": False,
        "defect": "passport MRZ check digit wrong (date of expiry check digit)",
        "bad": {"identity": "invalid"},
        "applicant": {
            "surname": "FOTSO NGUEMO",
            "given_names": "CHRISTELLE AURORE",
            "date_of_birth": dob,
        },
    }


def p04(o):
    rng = o.rng
    dob = "1987-02-09"
    addr = "5 rue Jean Jaurès, 92130 Issy-les-Moulineaux"
    o.photo(
        D.cerfa_form(
            {
                "surname": "HOSSEINZADEH",
                "given": "Alireza",
                "dob": "09/02/1987",
                "pob": "Tabriz (Iran)",
                "addr": "5 rue Jean Jaurès, esc. A",
                "cp": "92130",
                "city": "Issy-les-Moulineaux",
                "status": "employed",
                "job": "Ingénieur logiciel",
                "contract": "CDI",
                "fait_a": "Issy-les-Moulineaux",
                "date": "20/11/2026",
            },
            rng,
            False,
        ),
        "IMG_20261121_093015.jpg",
        0,
    )
    o.doc(
        [("IMG_20261121_093015.jpg", [1])],
        "application_form",
        "phone_photo",
        {
            "surname": "HOSSEINZADEH",
            "given_names": "Alireza",
            "date_of_birth": dob,
            "employment_status": "employed",
            "signed": True,
            "signed_on": "2026-11-20",
            "nir": None,
        },
        "typed form, printed, signed by pen, photographed",
    )
    num, exp = "Z45812736", "2028-08-13"
    mrz = R.td3("IRN", "HOSSEINZADEH", "ALIREZA", num, "IRN", ymd(dob), "M", ymd(exp))
    assert R.td3_ok(mrz)
    o.scan(
        D.passport(
            {
                "head": ["FA:جمهوری اسلامی ایران", "ISLAMIC REPUBLIC OF IRAN", "PASSPORT"],
                "bg": (232, 226, 214),
                "col": (120, 40, 40),
                "rows": [
                    (("Type  Country code  Passport No.", "شماره گذرنامه"), "P   IRN   " + num),
                    (("Surname", "نام خانوادگی"), ("HOSSEINZADEH", "حسین‌زاده")),
                    (("Given names", "نام"), ("ALIREZA", "علیرضا")),
                    (("Nationality", "ملیت"), "IRANIAN"),
                    (("Date of birth  Sex", "تاریخ تولد"), "09/02/1987   M"),
                    (("Place of birth", "محل تولد"), ("TABRIZ", "تبریز")),
                    (("Date of expiry", "تاریخ انقضا"), "13/08/2028"),
                ],
                "mrz": mrz,
            },
            rng,
        ),
        "passeport.jpg",
        200,
        card=True,
    )
    o.doc(
        [("passeport.jpg", [1])],
        "passport",
        "scan",
        ident("HOSSEINZADEH", "ALIREZA", num, "IRN", "IRN", dob, "M", exp),
        "Persian script + Latin transliteration",
    )
    vnum, vfrom, vto = "013592847", "2026-04-01", "2027-03-31"
    vm = R.mrva("D", "FRA", "HOSSEINZADEH", "ALIREZA", vnum, "IRN", ymd(dob), "M", ymd(vto))
    assert R.mrva_ok(vm)
    im = R.on_a4(
        R.render_pil(
            D.visa_page(
                {
                    "from": fr(vfrom),
                    "until": fr(vto),
                    "days": "365",
                    "place": "TEHERAN",
                    "issued": "10/03/2026",
                    "passno": num,
                    "name": "HOSSEINZADEH ALIREZA",
                    "number": "FRA " + vnum,
                    "remarks": "VLS-TS SALARIÉ",
                    "mrz": vm,
                },
                rng,
            ),
            300,
        ),
        300,
        rng,
    )
    R.image_pdf([im.resize((1240, 1754))], o.p("visa.pdf"), rng)
    v = ident("HOSSEINZADEH", "ALIREZA", vnum, "IRN", "FRA", dob, "M", vto)
    v.update(
        {
            "visa_type": "D",
            "vls_ts": True,
            "category": "SALARIÉ",
            "valid_from": vfrom,
            "valid_until": vto,
        }
    )
    o.doc([("visa.pdf", [1])], "long_stay_visa", "image_pdf", v, "VLS-TS salarié")
    o.photo(
        F.shenasnameh(
            {
                "rows": [
                    ("نام", "علیرضا"),
                    ("نام خانوادگی", "حسین‌زاده"),
                    ("تاریخ تولد", "۱۳۶۵/۱۱/۲۰"),
                    ("محل تولد", "تبریز"),
                    ("نام پدر", "محمد"),
                    ("نام مادر", "زهرا"),
                ],
                "serial": "۱۲۳۴۵۶ / ۷۴",
            },
            rng,
        ),
        "shenasnameh.jpg",
        90,
        400,
    )
    o.doc(
        [("shenasnameh.jpg", [1])],
        "birth_certificate",
        "phone_photo",
        {
            "surname": "حسین‌زاده",
            "given_names": "علیرضا",
            "date_of_birth": dob,
            "place_of_birth": "تبریز",
            "issuing_country": "IRN",
            "language": "fa",
            "has_apostille": False,
        },
        "Iranian shenasnameh, Persian only; Solar Hijri date 1365/11/20 = 1987-02-09; "
        "legalised (MFA Iran + French embassy), mentioned in the sworn translation",
    )
    o.text_pdf(
        [
            F.translation(
                {
                    "translator": "Parisa MORADI-LEROUX",
                    "translator_lines": [
                        "Traductrice-interprète expert près la Cour d'appel de Paris",
                        "Langue persane",
                        "18 rue de Vaugirard, 75006 Paris",
                    ],
                    "rows": [
                        ("Nom", "HOSSEINZADEH"),
                        ("Prénom", "Alireza"),
                        (
                            "Date de naissance",
                            "20/11/1365 (calendrier iranien), soit le 09/02/1987",
                        ),
                        ("Lieu de naissance", "Tabriz"),
                        ("Nom du père", "Mohammad"),
                        ("Nom de la mère", "Zahra"),
                        ("N° de série", "123456 / 74"),
                    ],
                    "legal_note": "L'original porte les cachets de légalisation du Ministère des Affaires "
                    "étrangères de la République islamique d'Iran et de l'Ambassade de France "
                    "à Téhéran (légalisation n° 2026/0317).",
                    "reg": "PML-2026-884",
                    "date": "14/04/2026",
                },
                rng,
            )
        ],
        "traduction_acte_naissance.pdf",
    )
    o.doc(
        [("traduction_acte_naissance.pdf", [1])],
        "translation",
        "text_pdf",
        {"surname": "HOSSEINZADEH", "given_names": "Alireza", "date_of_birth": dob},
        "sworn translation of the shenasnameh",
    )
    L = {
        "landlord": "Mme Catherine LEFÈVRE-DUMAS",
        "landlord_addr": "61 bd Saint-Michel, 75005 Paris",
        "tenants_text": "M. Alireza HOSSEINZADEH et Mme Shirin RAHIMI",
        "address": addr,
        "kind": "appartement T3, 2e étage",
        "surface": "63 m²",
        "start": "15/04/2026",
        "rent": "1 420,00 €",
        "charges": "140,00 €",
        "deposit": "1 420,00 €",
        "dpe": "D",
        "city": "Paris",
        "signed": "08/04/2026",
        "n_tenants": 2,
    }
    o.image_pdf(F.lease(L, rng), "bail.pdf")
    o.doc(
        [("bail.pdf", [1, 2])],
        "lease",
        "image_pdf",
        {
            "tenant_names": ["Alireza HOSSEINZADEH", "Shirin RAHIMI"],
            "landlord": "Catherine LEFÈVRE-DUMAS",
            "address": addr,
            "start_date": "2026-04-15",
        },
        "joint lease with his wife",
    )
    siret = R.luhn_siret("4398120550002")
    o.text_pdf(
        [
            F.payslip(
                {
                    "from": "01/10/2026",
                    "to": "31/10/2026",
                    "paid": "30/10/2026",
                    "employer_lines": [
                        "CENTRE DENTAIRE DES MOULINEAUX",
                        "48 rue du Général Leclerc",
                        "92130 Issy-les-Moulineaux",
                        "SIRET : " + siret,
                        "Code NAF : 8623Z",
                    ],
                    "employee_lines": [
                        "Mme Shirin RAHIMI",
                        "5 rue Jean Jaurès, esc. A",
                        "92130 Issy-les-Moulineaux",
                        "Matricule 00217",
                    ],
                    "info": [
                        ("Emploi :", "Assistante dentaire qualifiée"),
                        ("Contrat :", "CDI"),
                        ("Date d'entrée :", "04/05/2026"),
                        ("Convention collective :", "Cabinets dentaires (IDCC 1619)"),
                    ],
                    "rows": [
                        ("Salaire de base", "151,67", "14,20", "", "2 153,71"),
                        ("Santé",),
                        ("Complémentaire santé", "", "", "32,10", ""),
                        ("Retraite",),
                        ("Sécurité sociale plafonnée", "", "6,90 %", "148,61", ""),
                        ("Complémentaire Tranche 1", "", "4,01 %", "86,36", ""),
                        ("CSG déductible", "", "6,80 %", "143,90", ""),
                        ("CSG/CRDS non déductible", "", "2,90 %", "61,37", ""),
                    ],
                    "net_before": "1 681,37",
                    "net": "1 622,53",
                    "pas": "58,84",
                },
                rng,
            )
        ],
        "fiche_de_paie_octobre.pdf",
    )
    o.doc(
        [("fiche_de_paie_octobre.pdf", [1])],
        "payslip",
        "text_pdf",
        {
            "employer": "CENTRE DENTAIRE DES MOULINEAUX",
            "employee_name": "Shirin RAHIMI",
            "period": "2026-10",
            "net_pay": "1622.53",
            "siret": siret,
        },
        "DEFECT: the wife's payslip, not the applicant's; no contract or own payslip",
    )
    iban = R.fr_iban("30003", "03620", "00050412789")
    o.text_pdf(
        [
            F.rib_page(
                {
                    "bank": "SOCIETE GENERALE",
                    "color": (200, 0, 30),
                    "holder_lines": [
                        "M ALIREZA HOSSEINZADEH",
                        "OU MME SHIRIN RAHIMI",
                        "5 RUE JEAN JAURES",
                        "92130 ISSY LES MOULINEAUX",
                    ],
                    "branch_lines": [
                        "SG ISSY LES MOULINEAUX",
                        "2 PLACE DE LA RÉPUBLIQUE",
                        "92130 ISSY LES MOULINEAUX",
                    ],
                    "iban": iban,
                    "bic": "SOGEFRPP",
                    "edited": "02/11/2026",
                },
                rng,
            )
        ],
        "RIB_compte_joint.pdf",
    )
    o.doc(
        [("RIB_compte_joint.pdf", [1])],
        "rib",
        "text_pdf",
        rib_fields(
            "M ALIREZA HOSSEINZADEH OU MME SHIRIN RAHIMI", iban, "SOGEFRPP", "Société Générale"
        ),
        "joint account including the applicant",
    )
    return {
        "as_of": "2026-11-27",
        "employed": True,
        "defect": "payslip belongs to another person (the spouse); no own job document",
        "bad": {"employment": "invalid"},
        "applicant": {"surname": "HOSSEINZADEH", "given_names": "ALIREZA", "date_of_birth": dob},
    }
