"""Packets p03 (Egypt, employed, three bills) and p04 (Peru, student, expired VLS-TS)."""

import checks
import civil
import form
import frdocs
import ids
from checks import yymmdd
from frdocs import fr
from pk_a import REQ_OK, _pp_fields


def _visa(
    P,
    name,
    look,
    sur,
    giv,
    dob,
    sex,
    skin,
    nat,
    ppnum,
    vnum,
    vfrom,
    vuntil,
    city,
    issued,
    r1,
    r2,
    cat,
    tag,
):
    vm = checks.mrva("FRA", sur, giv, vnum, nat, yymmdd(dob), sex, yymmdd(vuntil))
    v = {
        "number_printed": "FRA " + vnum,
        "sex": sex,
        "skin": skin,
        "from_p": fr(vfrom),
        "until_p": fr(vuntil),
        "days": 365,
        "issued_in": city,
        "issued_p": fr(issued),
        "passport_no": ppnum,
        "surname": sur,
        "given": giv,
        "remarks1": r1,
        "remarks2": r2,
        "mrz": vm,
    }
    page = ids.visa_sticker(v, P.r(tag))
    if look == "phone_photo":
        f = P.photo(name, page, tag, dpi=320, fill=0.75)
    else:
        f = P.scan(name, page, tag, dpi=300)
    P.add(
        f,
        "long_stay_visa",
        look,
        {
            "surname": sur,
            "given_names": giv,
            "document_number": vnum,
            "nationality": nat,
            "issuing_country": "FRA",
            "date_of_birth": dob,
            "sex": sex,
            "expiry_date": vuntil,
            "mrz_valid": True,
            "visa_type": "D",
            "vls_ts": True,
            "category": cat,
            "valid_from": vfrom,
            "valid_until": vuntil,
        },
    )


def p03(P):
    sur, giv, dob = "ABDELRAHMAN", "MAHMOUD HASSAN", "1993-11-04"
    num, exp = "A24817365", "2030-06-01"
    mrz = checks.td3("P", "EGY", sur, giv, num, "EGY", yymmdd(dob), "M", yymmdd(exp))
    skin = (198, 150, 120)
    pp = {
        "bg": (236, 240, 232),
        "ink": (190, 210, 185),
        "title": (20, 70, 40),
        "sex": "M",
        "skin": skin,
        "mrz": mrz,
        "header": ["ARAB REPUBLIC OF EGYPT", "PASSPORT"],
        "rows": [
            ("Type", "P"),
            ("Country code", "EGY"),
            ("!Surname", sur),
            ("!Given names", giv),
            ("Nationality", "EGYPTIAN"),
            ("Passport No.", num),
            ("Date of birth", "04/11/1993"),
            ("Sex", "M"),
            ("Place of birth", "ALEXANDRIA"),
            ("Profession", "ENGINEER"),
            ("Date of issue", "02/06/2023"),
            ("Date of expiry", "01/06/2030"),
        ],
    }
    f = P.scan("passport.png", ids.passport_page(pp, P.r("pp")), "pp3", dpi=300)
    P.add(f, "passport", "scan", _pp_fields(sur, giv, num, "EGY", "EGY", dob, "M", exp, mrz))
    _visa(
        P,
        "visa.jpg",
        "phone_photo",
        sur,
        giv,
        dob,
        "M",
        skin,
        "EGY",
        num,
        "052316478",
        "2026-02-01",
        "2027-01-31",
        "LE CAIRE",
        "2026-01-12",
        "VLS-TS SALARIE",
        "",
        "SALARIE",
        "vs3",
    )
    nid = "29311040201537"
    b = {
        "serial": "No 0048217",
        "barcode_no": nid,
        "rows": [
            ("اسم المولود", "محمود"),
            ("النوع", "ذكر"),
            ("تاريخ الميلاد", "٤ / ١١ / ١٩٩٣"),
            ("محل الميلاد", "الإسكندرية - محرم بك"),
            ("الديانة", "مسلم"),
            ("الرقم القومي", "٢٩٣١١٠٤٠٢٠١٥٣٧"),
            ("اسم الأب", "حسن عبد الرحمن علي"),
            ("جنسيته", "مصري"),
            ("اسم الأم", "سعاد محمد إبراهيم"),
            ("جنسيتها", "مصرية"),
        ],
        "foot": [
            ("تاريخ القيد", "١٠ / ١١ / ١٩٩٣"),
            ("جهة القيد", "مكتب صحة محرم بك"),
            ("تاريخ الإصدار", "٢٠٢٥ / ٠٨ / ١٧"),
        ],
    }
    f = P.scan("shahadet_milad.jpg", civil.egypt_birth(b, P.r("bc")), "bc3", dpi=200)
    P.add(
        f,
        "birth_certificate",
        "scan",
        {
            "surname": "عبد الرحمن",
            "given_names": "محمود حسن",
            "date_of_birth": dob,
            "place_of_birth": "الإسكندرية - محرم بك",
            "issuing_country": "EGY",
            "language": "ar",
            "has_apostille": False,
        },
        "computerised extract; child's name محمود, father حسن عبد الرحمن علي; Egypt "
        "exempt from legalisation (convention franco-égyptienne 15/03/1982, art. 42)",
    )
    t = {
        "head": [
            "Karim BENSALEM",
            "Traducteur expert près la Cour d'appel de Paris",
            "Arabe - Français",
            "41 rue de Turbigo, 75003 Paris",
        ],
        "from_lang": "arabe",
        "body": [
            "[Emblème] République Arabe d'Égypte — Ministère de l'Intérieur",
            "Secteur de l'état civil",
            "ACTE DE NAISSANCE (extrait officiel informatisé)",
            "Nom : ABDELRAHMAN",
            "Prénoms : Mahmoud Hassan",
            "Sexe : masculin",
            "Date de naissance : 4 novembre 1993",
            "Lieu de naissance : Alexandrie - Moharram Bek",
            f"N° national : {nid}",
            "Père : Hassan Abdelrahman Ali, égyptien",
            "Mère : Souad Mohamed Ibrahim, égyptienne",
            "Date d'enregistrement : 10/11/1993",
            "Date de délivrance : 17/08/2025",
            "[Cachet : Secteur de l'état civil] [Signature illisible]",
        ],
        "cert": "Je soussigné certifie la présente traduction conforme à l'original rédigé en "
        "langue arabe. Paris, le 03/10/2025. N° 2025-1187.",
        "stamp_top": "KARIM BENSALEM",
        "stamp_bottom": "COUR D'APPEL DE PARIS",
        "stamp_mid": ["TRADUCTEUR", "EXPERT", "ARABE"],
        "translator": "K. Bensalem",
        "ref": "2025-1187",
    }
    f = P.text_pdf("traduction_acte_naissance.pdf", civil.translation(t, P.r("tr")))
    P.add(
        f,
        "translation",
        "text_pdf",
        {
            "surname": "ABDELRAHMAN",
            "given_names": "Mahmoud Hassan",
            "date_of_birth": dob,
            "place_of_birth": "Alexandrie",
            "issuing_country": "EGY",
            "language": "fr",
        },
    )
    addr = ["47 RUE DE LA ROQUETTE", "75011 PARIS"]
    months = [
        ("2026-08-01", "2026-08-31", "2026-09-02", 42.99),
        ("2026-09-01", "2026-09-30", "2026-10-02", 39.99),
        ("2026-10-01", "2026-10-31", "2026-11-02", 39.99),
    ]
    for i, (a, z, iss, amt) in enumerate(months):
        bb = {
            "issue_date": iss,
            "holder_print": "M MAHMOUD ABDELRAHMAN",
            "addr_lines": addr,
            "client": "1.22874610",
            "invoice": f"FAC{26090000 + 3517 + i * 41}",
            "line": "09 81 47 22 35",
            "amount": amt,
            "extra": round(amt - 39.99, 2),
            "offer": "Must",
            "period_start": a,
            "period_end": z,
            "debit_date": iss[:8] + "12",
            "iban_masked": "BE** **** **** **14",
        }
        name = f"Facture_Bbox_{a[:7].replace('-', '')}.pdf"
        f = P.text_pdf(name, [frdocs.bouygues_bill(bb, P.r(f"b{i}"))])
        P.add(
            f,
            "utility_bill",
            "text_pdf",
            {
                "provider": "Bouygues Telecom",
                "service": "internet",
                "holder_name": "MAHMOUD ABDELRAHMAN",
                "address": "47 rue de la Roquette, 75011 Paris",
                "issue_date": iss,
                "period_start": a,
                "period_end": z,
                "amount": amt,
                "month": a[:7],
            },
        )
    s = {
        "employer_lines": [
            "NUMERIA CONSEIL SAS",
            "18 rue de la Pépinière",
            "75008 PARIS",
            "SIRET : 824 511 937 00019",
            "Code NAF : 6202A",
        ],
        "employee_lines": [
            "Monsieur ABDELRAHMAN Mahmoud Hassan",
            "47 rue de la Roquette",
            "75011 PARIS",
        ],
        "p_start": "2026-10-01",
        "p_end": "2026-10-31",
        "paid_on": "2026-10-29",
        "info": [
            ("Emploi", "Ingénieur logiciel"),
            ("Statut", "Cadre"),
            ("Entrée le", "02/02/2026"),
            ("Convention", "Syntec (IDCC 1486)"),
        ],
        "lines": [
            ("Salaire de base", "151,67", "", "", "3 750,00"),
            ("SALAIRE BRUT", "", "", "", "3 750,00"),
            ("Santé", "3 750,00", "", "61,30", ""),
            ("Retraite", "3 750,00", "", "412,88", ""),
            ("CSG/CRDS", "3 684,38", "9,70", "357,38", ""),
            ("TOTAL DES COTISATIONS", "", "", "831,56", ""),
        ],
        "net": 2782.68,
        "net_before_tax": 2918.44,
        "pas_rate": "4,65 %",
    }
    f = P.text_pdf("bulletin_10_2026.pdf", [frdocs.payslip(s, P.r("ps"))])
    P.add(
        f,
        "payslip",
        "text_pdf",
        {
            "employer": "NUMERIA CONSEIL SAS",
            "employee_name": "ABDELRAHMAN Mahmoud Hassan",
            "period": "2026-10",
            "net_pay": 2782.68,
            "siret": "82451193700019",
        },
    )
    iban = checks.be_iban("967", "4381276")
    f = P.image(
        "Screenshot_20261120-213405.png",
        frdocs.wise_screen(
            {
                "holder": "Mahmoud Hassan Abdelrahman",
                "iban": iban,
                "bic": "TRWIBEB1XXX",
                "time": "21:34",
            },
            P.r("wise"),
        ),
    )
    P.add(
        f,
        "rib",
        "screenshot",
        {
            "holder_name": "Mahmoud Hassan Abdelrahman",
            "iban": iban,
            "bic": "TRWIBEB1XXX",
            "bank_name": "Wise",
            "iban_valid": True,
            "rib_key_valid": None,
        },
        "Wise EUR account, Belgian IBAN: foreign SEPA IBAN (information)",
    )
    v = {
        "fill": "typed",
        "surname": sur,
        "given": "Mahmoud Hassan",
        "sex": "M",
        "dob": dob,
        "pob": "Alexandrie, Égypte",
        "nat": "Égyptienne",
        "addr1": "47 rue de la Roquette",
        "addr2": "75011 Paris",
        "tel": "07 66 12 90 41",
        "email": "m.abdelrahman93@gmail.com",
        "situation": ["salarie"],
        "contract": "CDI",
        "job": "Ingénieur logiciel",
        "place": "Paris",
        "date_text": "21/11/2026",
        "signed": True,
        "date_hand": False,
    }
    fa = P.scan("scan_001.jpg", form.page1(v, P.r("f1")), "fs1", dpi=200)
    fb = P.scan("scan_002.jpg", form.page2(v, P.r("f2")), "fs2", dpi=200)
    P.add(
        fa + fb,
        "application_form",
        "scan",
        {
            "surname": sur,
            "given_names": "Mahmoud Hassan",
            "date_of_birth": dob,
            "employment_status": "employed",
            "signed": True,
            "signed_on": "2026-11-21",
            "nir": None,
        },
        "typed on screen, printed, signed by hand",
    )
    return {
        "as_of": "2026-11-27",
        "employed": True,
        "status": "complete",
        "requirements": dict(REQ_OK),
        "defect": None,
        "applicant": {"surname": sur, "given_names": giv, "date_of_birth": dob},
    }


def p04(P):
    from pk_b2 import p04_rest

    return p04_rest(P, _visa)
