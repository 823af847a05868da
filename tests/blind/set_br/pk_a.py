"""Packets p01 (Tunisia, CDI, EDF bills) and p02 (Cameroon, student, lease, N26)."""

from __future__ import annotations

from docs_bank import n26_screen, sg_rib
from docs_civil import cameroon_birth, tunisia_birth, visa_page
from docs_fr import cerfa_form, edf_bill
from docs_work import contract, lease, payslip
from ids import fr_iban, iban_ok, make_iban, make_siret, mrva, passport_page, td3

ALL_OK = {
    "application_form": "complete",
    "identity": "complete",
    "residence_status": "complete",
    "birth_certificate": "complete",
    "residence_proof": "complete",
    "bank_details": "complete",
    "employment": "complete",
}


def p01(pk):
    as_of = "2026-11-18"
    sur, giv, dob = "BEN SALAH", "AMIRA", "1993-04-17"
    addr = ["14 rue Jean-Baptiste Clément, Apt 32", "93200 Saint-Denis"]
    addr_s = ", ".join(addr)
    # passport (TD3) + VLS-TS (MRV-A)
    pno = "E0734158"
    mrz = td3("P<", "TUN", sur, giv, pno, "TUN", "930417", "F", "280111")
    pp = passport_page(
        {
            "header": "RÉPUBLIQUE TUNISIENNE",
            "header_ar": "الجمهورية التونسية",
            "header2": "PASSEPORT / PASSPORT",
            "bg": (232, 228, 236),
            "tint": (190, 170, 200),
            "skin": (175, 130, 100),
            "fields": [
                ("Type / Code du pays / N° du passeport", "P    TUN    " + pno, False),
                ("Nom / Surname", sur, False),
                ("Prénoms / Given names", giv, False),
                (
                    ("Nationalité / Nationality", "Date de naissance / Date of birth"),
                    ("TUNISIENNE", "17/04/1993"),
                    True,
                ),
                (("Sexe / Sex", "Lieu de naissance / Place of birth"), ("F", "SFAX"), True),
                (
                    ("Date de délivrance / Date of issue", "Date d'expiration / Date of expiry"),
                    ("12/01/2023", "11/01/2028"),
                    True,
                ),
            ],
            "mrz": mrz,
        },
        pk.seed("pp"),
    )
    f = pk.emit("IMG_20261103_184512.jpg", pp, "phone_photo", dpi=380, rot90=1, table="white")
    pk.doc(
        f,
        "passport",
        "phone_photo",
        {
            "surname": sur,
            "given_names": giv,
            "document_number": pno,
            "nationality": "TUN",
            "issuing_country": "TUN",
            "date_of_birth": dob,
            "sex": "F",
            "expiry_date": "2028-01-11",
            "mrz_valid": True,
        },
        "data page photographed on a white desk, image rotated 90° (portrait "
        "JPEG of a landscape page)",
    )
    vno = "018462035"
    vm = mrva("VD", "FRA", sur, giv, vno, "TUN", "930417", "F", "270219")
    vp = visa_page(
        {
            "sticker_no": vno,
            "skin": (175, 130, 100),
            "from": "20-02-26",
            "until": "19-02-27",
            "days": "365",
            "issued_in": "TUNIS",
            "issued_on": "09-02-26",
            "passport": pno,
            "name": f"{sur}, {giv}",
            "remarks": ["VLS-TS SALARIE", "CESEDA R431-16 / DISPENSE TITRE"],
            "mrz": vm,
        },
        pk.seed("visa"),
    )
    f = pk.emit("IMG_20261103_184538.jpg", vp, "phone_photo", dpi=380, table="white")
    pk.doc(
        f,
        "long_stay_visa",
        "phone_photo",
        {
            "surname": sur,
            "given_names": giv,
            "document_number": vno,
            "nationality": "TUN",
            "issuing_country": "FRA",
            "date_of_birth": dob,
            "sex": "F",
            "expiry_date": "2027-02-19",
            "mrz_valid": True,
            "visa_type": "D",
            "vls_ts": True,
            "category": "salarié",
            "valid_from": "2026-02-20",
            "valid_until": "2027-02-19",
        },
        "MRV-A MRZ (no composite digit); printed dates DD-MM-YY",
    )
    # birth certificate (exempt from apostille: France-Tunisia convention of 28 June 1972)
    bc = tunisia_birth(
        {
            "commune_fr": "Sfax",
            "commune_ar": "صفاقس",
            "year": "1993",
            "act_no": "1247",
            "surname": "BEN SALAH",
            "surname_ar": "بن صالح",
            "given": "Amira",
            "given_ar": "أميرة",
            "sex_fr": "Féminin",
            "sex_ar": "أنثى",
            "dob_fr": "17/04/1993",
            "dob_ar": "17 أفريل 1993",
            "pob_fr": "Sfax",
            "pob_ar": "صفاقس",
            "father_fr": "Mohamed BEN SALAH",
            "father_ar": "محمد بن صالح",
            "mother_fr": "Fatma CHABBI",
            "mother_ar": "فاطمة الشابي",
            "issued_fr": "03/12/2025",
        },
        pk.seed("bc"),
    )
    f = pk.emit("extrait_naissance.jpg", bc, "scan", dpi=240, tone=0.93)
    pk.doc(
        f,
        "birth_certificate",
        "scan",
        {
            "surname": "BEN SALAH",
            "given_names": "Amira",
            "date_of_birth": dob,
            "place_of_birth": "Sfax",
            "issuing_country": "TUN",
            "language": "ar+fr",
            "has_apostille": False,
        },
        "bilingual Arabic/French extract; no apostille: Tunisian civil "
        "status documents are exempt from legalisation/apostille in France (bilateral "
        "convention of 28 June 1972), so the requirement is complete",
    )
    # residence proof: three monthly EDF bills
    months = [
        ("2026-08", "2026-08-01", "2026-08-31", "2026-09-04", 46.18, 212, "2026-09-19"),
        ("2026-09", "2026-09-01", "2026-09-30", "2026-10-05", 41.07, 181, "2026-10-20"),
        ("2026-10", "2026-10-01", "2026-10-31", "2026-11-04", 57.93, 268, "2026-11-19"),
    ]
    idx = 18342
    looks = [
        ("IMG_20261105_091207.jpg", "phone_photo", 0),
        ("IMG_20261105_091233.jpg", "phone_photo", 3),
        ("Facture_EDF_novembre_2026.pdf", "text_pdf", 0),
    ]
    for i, (mo, lk) in enumerate(zip(months, looks, strict=True)):
        m, s, e, iss, amt, kwh, deb = mo
        fn, look, rot = lk
        b = {
            "issue": iss,
            "number": f"10{287 + i}4459{61 + i}",
            "holder_line": "MME BEN SALAH AMIRA",
            "addr": ["14 RUE JEAN-BAPTISTE CLEMENT APT 32", "93200 SAINT-DENIS"],
            "client": "6 024 118 375",
            "account": "4002 731 958",
            "pdl": "09 1247 5533 2087",
            "amount": amt,
            "debit": deb,
            "start": s,
            "end": e,
            "kwh": kwh,
            "idx0": idx,
            "idx1": idx + kwh,
        }
        idx += kwh
        pg = edf_bill(b)
        amt = b["amount"]
        f = pk.emit(fn, pg, look, dpi=220, rot90=rot, table="dark" if i else "wood", fill=0.86)
        pk.doc(
            f,
            "utility_bill",
            look,
            {
                "provider": "EDF",
                "service": "electricity",
                "holder_name": "BEN SALAH AMIRA",
                "address": "14 RUE JEAN-BAPTISTE CLEMENT APT 32, 93200 SAINT-DENIS",
                "issue_date": iss,
                "period_start": s,
                "period_end": e,
                "amount": amt,
                "month": m,
            },
            "monthly EDF bill (Tarif Bleu)",
        )
    # RIB Société Générale
    bank, branch, acct = "30003", "01641", "00050742189"
    key, iban = fr_iban(bank, branch, acct)
    r = {
        "holder_line": "MME BEN SALAH AMIRA",
        "addr": addr,
        "agency": "SG ST DENIS REPUBLIQUE",
        "agency_addr": ["42 rue de la République", "93200 Saint-Denis"],
        "bank": bank,
        "branch": branch,
        "account": acct,
        "key": key,
        "iban_printed": iban,
        "bic": "SOGEFRPP",
    }
    f = pk.emit("RIB_SG.pdf", sg_rib(r), "text_pdf")
    pk.doc(
        f,
        "rib",
        "text_pdf",
        {
            "holder_name": "BEN SALAH AMIRA",
            "iban": iban,
            "bic": "SOGEFRPP",
            "bank_name": "Société Générale",
            "iban_valid": True,
            "rib_key_valid": True,
        },
    )
    # employment: payslip + CDI
    siret = make_siret("81245937", "0002")
    emp = "LANDY MAINTENANCE INDUSTRIELLE"
    e = {
        "p_start": "2026-10-01",
        "p_end": "2026-10-31",
        "paid": "2026-10-30",
        "employer": emp + " SAS",
        "emp_addr": ["8 rue du Landy", "93210 Saint-Denis La Plaine"],
        "siret": siret,
        "naf": "3312Z",
        "urssaf": "117 000 482 913",
        "employee_line": "Madame Amira BEN SALAH",
        "addr": addr,
        "job": "Technicienne de maintenance",
        "status": "ETAM",
        "coef": "255",
        "matricule": "00417",
        "entry": "2026-03-02",
        "ccn": "Métallurgie (IDCC 3248)",
        "gross": 2450.00,
        "tax_rate": 2.1,
        "net": None,
    }
    f = pk.emit("Bulletin_2026_10_BENSALAH.pdf", payslip(e), "text_pdf")
    pk.doc(
        f,
        "payslip",
        "text_pdf",
        {
            "employer": emp + " SAS",
            "employee_name": "Amira BEN SALAH",
            "period": "2026-10",
            "net_pay": e["net"],
            "siret": siret,
        },
        "bulletin de paie clarifié",
    )
    c = {
        "type": "CDI",
        "employer": emp + " SAS",
        "form": "société par actions simplifiée au capital de 50 000 €",
        "emp_addr": "8 rue du Landy, 93210 Saint-Denis La Plaine",
        "siret": siret,
        "rep": "M. Laurent VIGNAUD",
        "rep_role": "Président",
        "civ": "Madame",
        "employee": "Amira BEN SALAH",
        "e": "e",
        "dob": dob,
        "pob": "Sfax (Tunisie)",
        "nat": "tunisienne",
        "addr": addr_s,
        "start": "2026-03-02",
        "ccn": "de la métallurgie",
        "job": "technicienne de maintenance",
        "status": "ETAM, niveau C, coefficient 255",
        "trial": "deux mois",
        "gross": 2450.0,
        "workplace": "Saint-Denis (93)",
        "city": "Saint-Denis",
        "signed": "2026-02-26",
    }
    f = pk.emit("contrat_CDI_signe.pdf", contract(c, pk.seed("cdi")), "image_pdf", dpi=160)
    pk.doc(
        f,
        "employment_contract",
        "image_pdf",
        {
            "employer": emp + " SAS",
            "employee_name": "Amira BEN SALAH",
            "contract_type": "CDI",
            "job_title": "technicienne de maintenance",
            "start_date": "2026-03-02",
        },
    )
    # form, typed then printed, signed and scanned
    a = {
        "surname": sur,
        "given": "AMIRA",
        "dob_fr": "17/04/1993",
        "pob": "SFAX (TUNISIE)",
        "nationality": "TUNISIENNE",
        "addr1": "14 RUE JEAN-BAPTISTE CLEMENT APT 32",
        "addr2": "93200 SAINT-DENIS",
        "phone": "07 58 21 44 90",
        "email": "amira.bs93@gmail.com",
        "activity": "employed",
        "job": "TECHNICIENNE DE MAINTENANCE",
        "contract": "CDI",
        "place": "SAINT-DENIS",
        "signed_fr": "09/11/2026",
        "type_font": "mono",
    }
    f = pk.emit(
        "demande_PUMA_S1106.pdf", cerfa_form(a, False, pk.seed("form")), "image_pdf", dpi=170
    )
    pk.doc(
        f,
        "application_form",
        "image_pdf",
        {
            "surname": sur,
            "given_names": "AMIRA",
            "date_of_birth": dob,
            "employment_status": "employed",
            "signed": True,
            "signed_on": "2026-11-09",
            "nir": None,
        },
        "typed in the fillable PDF, printed, signed by pen, scanned (2 pages)",
    )
    assert iban_ok(iban)
    return (
        as_of,
        True,
        dict(ALL_OK),
        None,
        {"surname": sur, "given_names": giv, "date_of_birth": dob},
    )


def p02(pk):
    as_of = "2026-11-24"
    sur, giv, dob = "NGO BILLONG", "ESTHER MANUELA", "2001-09-03"
    pno = "AA1084572"
    mrz = td3("P<", "CMR", sur, giv, pno, "CMR", "010903", "F", "301119")
    pp = passport_page(
        {
            "header": "RÉPUBLIQUE DU CAMEROUN / REPUBLIC OF CAMEROON",
            "header2": "PASSEPORT / PASSPORT",
            "bg": (230, 236, 226),
            "tint": (170, 200, 170),
            "skin": (110, 75, 55),
            "hfont": "serifb",
            "fields": [
                ("Type / Code / Passport N°", "P   CMR   " + pno, False),
                ("Nom / Surname", sur, False),
                ("Prénoms / Given names", giv, False),
                (
                    ("Nationalité / Nationality", "Date de naissance / Date of birth"),
                    ("CAMEROUNAISE", "03 SEP / SEP 2001"),
                    True,
                ),
                (("Sexe / Sex", "Lieu de naissance / Place of birth"), ("F", "EDEA"), True),
                (
                    ("Date de délivrance / Date of issue", "Date d'expiration / Date of expiry"),
                    ("20 NOV / NOV 2025", "19 NOV / NOV 2030"),
                    True,
                ),
            ],
            "mrz": mrz,
        },
        pk.seed("pp"),
    )
    f = pk.emit("passeport.jpg", pp, "scan", dpi=300, tone=0.96)
    pk.doc(
        f,
        "passport",
        "scan",
        {
            "surname": sur,
            "given_names": giv,
            "document_number": pno,
            "nationality": "CMR",
            "issuing_country": "CMR",
            "date_of_birth": dob,
            "sex": "F",
            "expiry_date": "2030-11-19",
            "mrz_valid": True,
        },
        "surname-first culture: NGO BILLONG is the whole surname",
    )
    vno = "021937460"
    vm = mrva("VD", "FRA", sur, giv, vno, "CMR", "010903", "F", "270719")
    vp = visa_page(
        {
            "sticker_no": vno,
            "skin": (110, 75, 55),
            "from": "20-07-26",
            "until": "19-07-27",
            "days": "365",
            "issued_in": "YAOUNDE",
            "issued_on": "06-07-26",
            "passport": pno,
            "name": f"{sur}, {giv}",
            "remarks": ["VLS-TS ETUDIANT", "CESEDA R431-16"],
            "mrz": vm,
        },
        pk.seed("visa"),
    )
    f = pk.emit("visa.jpg", vp, "scan", dpi=300, tone=0.95)
    pk.doc(
        f,
        "long_stay_visa",
        "scan",
        {
            "surname": sur,
            "given_names": giv,
            "document_number": vno,
            "nationality": "CMR",
            "issuing_country": "FRA",
            "date_of_birth": dob,
            "sex": "F",
            "expiry_date": "2027-07-19",
            "mrz_valid": True,
            "visa_type": "D",
            "vls_ts": True,
            "category": "étudiant",
            "valid_from": "2026-07-20",
            "valid_until": "2027-07-19",
        },
    )
    bc, back = cameroon_birth(
        {
            "centre": "ÉDÉA Ier (Sanaga-Maritime)",
            "act_no": "0412/2001",
            "name_line": "NGO BILLONG Esther Manuela",
            "dob_words": "03 septembre 2001 / 3rd September 2001",
            "pob": "Hôpital Laquintinie, Édéa",
            "sex": "Féminin / Female",
            "father": "BILLONG Jean-Pierre",
            "father_birth": "Édéa, 12/05/1968",
            "father_job": "Enseignant / Teacher",
            "mother": "NGO MANDENG Odile",
            "mother_birth": "Pouma, 27/11/1974",
            "mother_job": "Commerçante / Trader",
            "domicile": "Édéa, quartier Pongo",
            "declarant": "BILLONG Jean-Pierre, le père / the father",
            "drawn": "10 septembre 2001 / 10th September 2001",
            "officer": "ESSOMBA Paul",
            "secretary": "NDJOCK Marthe",
            "legal": {
                "of": "M. ESSOMBA Paul",
                "capacity": "Officier d'état civil, Édéa Ier",
                "date1": "14/04/2026",
                "no1": "MINREX/DAC/4471",
                "of2": "M. le Directeur des Affaires Consulaires (MINREX)",
                "date2": "22/04/2026",
                "no2": "2026/1893",
            },
        },
        pk.seed("bc"),
    )
    f = pk.emit("acte_naissance_legalise.pdf", [bc, back], "image_pdf", dpi=170, tone=0.94)
    pk.doc(
        f,
        "birth_certificate",
        "image_pdf",
        {
            "surname": "NGO BILLONG",
            "given_names": "Esther Manuela",
            "date_of_birth": dob,
            "place_of_birth": "Édéa",
            "issuing_country": "CMR",
            "language": "fr+en",
            "has_apostille": False,
        },
        "page 1 bilingual act (name written surname first in one line); "
        "page 2 (verso) LEGALISATION stamps (Cameroon MINREX + French embassy consular service). "
        "Cameroon is not party to the Apostille Convention, so legalisation is the route "
        "domain.md allows: requirement complete",
    )
    L = {
        "landlord": "M. Gérard FONTAINE",
        "landlord_addr": "3 quai Chateaubriand, 35000 Rennes",
        "tenant_line": "Mme Esther Manuela NGO BILLONG",
        "e": "e",
        "dob": dob,
        "pob": "Édéa (Cameroun)",
        "address": "7 allée des Capucines, Bât. B, 35200 Rennes",
        "floor": "2e étage, porte droite",
        "surface": "24,5",
        "rooms": "1",
        "start": "2026-08-01",
        "rent": 455.0,
        "charges": 40.0,
        "city": "Rennes",
        "signed": "2026-07-28",
    }
    f = pk.emit("bail_Rennes_scan.pdf", lease(L, pk.seed("bail")), "image_pdf", dpi=160, tone=0.96)
    pk.doc(
        f,
        "lease",
        "image_pdf",
        {
            "tenant_names": ["Esther Manuela NGO BILLONG"],
            "landlord": "Gérard FONTAINE",
            "address": "7 allée des Capucines, Bât. B, 35200 Rennes",
            "start_date": "2026-08-01",
        },
        "bail loi 1989 locaux vides, 3 pages; started more than 3 months before as_of",
    )
    bban = "10011001" + "2627483915"
    iban = make_iban("DE", bban)
    r = {
        "clock": "10:15",
        "holder_line": "Esther Manuela Ngo Billong",
        "iban_printed": iban,
        "bic": "NTSBDEB1XXX",
    }
    f = pk.emit("IMG_0412.PNG", n26_screen(r), "screenshot", dpi=254)
    pk.doc(
        f,
        "rib",
        "screenshot",
        {
            "holder_name": "Esther Manuela Ngo Billong",
            "iban": iban,
            "bic": "NTSBDEB1XXX",
            "bank_name": "N26 Bank SE",
            "iban_valid": True,
            "rib_key_valid": None,
        },
        "N26 app screen 1170x2532; German (DE) SEPA IBAN: acceptable, info finding only",
    )
    a = {
        "surname": sur,
        "given": "ESTHER MANUELA",
        "dob_fr": "03/09/2001",
        "pob": "EDEA (CAMEROUN)",
        "nationality": "CAMEROUNAISE",
        "addr1": "7 ALLÉE DES CAPUCINES BÂT. B",
        "addr2": "35200 RENNES",
        "phone": "06 44 17 82 03",
        "activity": "other",
        "other": "ÉTUDIANTE",
        "place": "Rennes",
        "signed_fr": "16/11/2026",
        "hand_font": "hand3",
        "ink": (20, 40, 140),
    }
    p1, p2 = cerfa_form(a, True, pk.seed("form"))
    f1 = pk.emit("IMG_0398.jpg", p1, "phone_photo", dpi=200, table="wood", fill=0.84)
    f2 = pk.emit("IMG_0399.jpg", p2, "phone_photo", dpi=200, rot90=1, table="wood", fill=0.84)
    f1["pages"], f2["pages"] = [1], [1]
    pk.doc(
        [f1, f2],
        "application_form",
        "phone_photo",
        {
            "surname": sur,
            "given_names": "ESTHER MANUELA",
            "date_of_birth": dob,
            "employment_status": "other",
            "signed": True,
            "signed_on": "2026-11-16",
            "nir": None,
        },
        "filled by hand (blue ink); section B 'Autre situation: ÉTUDIANTE'; page 2 photo rotated",
    )
    reqs = dict(ALL_OK)
    reqs["employment"] = "not_applicable"
    return as_of, False, reqs, None, {"surname": sur, "given_names": giv, "date_of_birth": dob}
