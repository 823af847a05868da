"""Packets p03 (Haiti) and p04 (Sri Lanka) of set_dn."""

import docs_bc as bc
import docs_fr as fr
import docs_id as di
import render as r
from pkt import Packet, formf, idf, reqs, ribf, siret

# ----------------------------------------------------------------------------- p03 Haiti


def p03(out):
    k = Packet(out, "p03", 4903)
    as_of = "2026-11-27"
    dob = "1990-02-26"
    street, zp, city = "8 allée des Peupliers", "93200", "Saint-Denis"
    form = fr.form_s1106(
        {
            "surname": "JEAN-BAPTISTE",
            "given": "Wesner",
            "dob": "26/02/1990",
            "pob": "Port-au-Prince (Haïti)",
            "nat": "haïtienne",
            "street": street,
            "zip": zp,
            "city": city,
            "status": "not_employed",
            "date": "12/11/2026",
        },
        "hand2",
        "p03f",
    )
    k.photo(form, "IMG_4471.jpg", 0)
    k.add(
        [("IMG_4471.jpg", [1])],
        "application_form",
        "phone_photo",
        formf("JEAN-BAPTISTE", "Wesner", dob, "not_employed", "2026-11-12"),
        "hand-filled, photographed",
    )
    pp = {
        "state": "HTI",
        "surname_mrz": "JEAN BAPTISTE",
        "given_mrz": "WESNER",
        "num": "RD4823917",
        "nat": "HTI",
        "dob": dob,
        "sex": "M",
        "exp": "2033-08-09",
        "surname_print": "JEAN-BAPTISTE",
        "given_print": "WESNER",
        "nat_print": "HAITIENNE",
        "dob_print": "26 FEV/FEB 1990",
        "pob": "PORT-AU-PRINCE",
        "iss_print": "10 AOU/AUG 2023",
        "exp_print": "09 AOU/AUG 2033",
        "authority": "DIE",
    }
    lbl = {
        "type": "Type",
        "code": "Code du pays/Country code",
        "num": "No. du passeport",
        "surname": "Nom/Surname",
        "given": "Prénoms/Given names",
        "nat": "Nationalité/Nationality",
        "sex": "Sexe/Sex",
        "dob": "Date de naissance",
        "pob": "Lieu de naissance",
        "iss": "Date de délivrance",
        "exp": "Date d'expiration",
        "auth": "Autorité/Authority",
    }
    page, _ = di.passport(pp, (226, 232, 244), ("RÉPUBLIQUE D'HAÏTI", "PASSEPORT / PASSPORT"), lbl)
    k.scan(page, "passeport_wesner.jpg", 300)
    k.add(
        [("passeport_wesner.jpg", [1])],
        "passport",
        "scan",
        idf("JEAN-BAPTISTE", "WESNER", "RD4823917", "HTI", "HTI", dob, "M", "2033-08-09"),
    )
    ts = {
        "surname": "JEAN-BAPTISTE",
        "given_mrz": "WESNER",
        "given_print": "WESNER",
        "num": "HT5510382",
        "nat": "HTI",
        "dob": dob,
        "sex": "M",
        "exp": "2027-04-01",
        "iss": "2026-04-02",
        "category": "VIE PRIVEE ET FAMILIALE",
        "pob": "PORT-AU-PRINCE (HAITI)",
        "addr": "8 ALLEE DES PEUPLIERS 93200 SAINT-DENIS",
        "pref": "PREFECTURE DE SEINE-SAINT-DENIS",
    }
    tf, tb, _ = di.residence_card(ts)
    k.scan_a4([(tf, 25, 25), (tb, 25, 90)], "titre_de_sejour.jpg", 300)
    k.add(
        [("titre_de_sejour.jpg", [1])],
        "residence_permit",
        "scan",
        idf("JEAN-BAPTISTE", "WESNER", "HT5510382", "HTI", "FRA", dob, "M", "2027-04-01"),
        "front and back on one A4 photocopy",
    )
    ha = {
        "reg_year_words": "mil neuf cent quatre-vingt-dix",
        "reg_day_words": "douze mars",
        "officer": "Maître Jocelyn ÉTIENNE",
        "commune": "Port-au-Prince",
        "father": "Jean-Robert JEAN-BAPTISTE",
        "dob": dob,
        "given": "Wesner",
        "surname": "JEAN-BAPTISTE",
        "mother": "Marie-Claude DORSAINVIL",
        "reg": "B-1990",
        "act": "412",
        "folio": "87",
        "issued": "2025-12-15",
        "leg_no": "L-25-30417",
        "leg_date": "2026-01-08",
    }
    k.image_pdf([bc.haiti_extract(ha)], "acte_naissance_legalise.pdf")
    k.add(
        [("acte_naissance_legalise.pdf", [1])],
        "birth_certificate",
        "image_pdf",
        {
            "surname": "JEAN-BAPTISTE",
            "given_names": "Wesner",
            "date_of_birth": dob,
            "place_of_birth": "Port-au-Prince",
            "issuing_country": "HTI",
            "language": "fr",
            "has_apostille": False,
        },
        "extrait des archives (Archives nationales d'Haïti), legalised by the Haitian MAEC",
    )
    months = [
        ("2026-08", "2026-08-01", "2026-08-31", "2026-09-03", "2026-09-12", "37,98"),
        ("2026-09", "2026-09-01", "2026-09-30", "2026-10-03", "2026-10-12", "37,98"),
        ("2026-10", "2026-10-01", "2026-10-31", "2026-11-03", "2026-11-12", "41,47"),
    ]
    looks = ["text_pdf", "screenshot", "image_pdf"]
    names = ["Facture_Bbox_2026-08.pdf", "Screenshot_20261115-101233.png", "facture_octobre.pdf"]
    for i, (m, st, en, iss, deb, amt) in enumerate(months):
        lines = [
            ("Abonnement Bbox fit - Fibre", "32,99"),
            ("Location Bbox", "inclus"),
            ("Appels vers mobiles", "0,00" if i < 2 else "3,49"),
            ("Option TV", "4,99"),
        ]
        b = {
            "no": "FA%s-%06d" % (m.replace("-", ""), 418330 + i),
            "issue": iss,
            "account": "1.27745190",
            "holder": "M. WESNER JEAN-BAPTISTE",
            "street": street,
            "zip": zp,
            "city": city.upper(),
            "amount": amt,
            "debit": deb,
            "line": "01 48 20 77 35",
            "start": st,
            "end": en,
            "lines": lines,
        }
        if looks[i] == "text_pdf":
            k.text_pdf([fr.bbox_bill(b)], names[i])
        elif looks[i] == "screenshot":
            k.shot(fr.bill_screenshot(b), names[i])
        else:
            k.image_pdf([fr.bbox_bill(b)], names[i])
        k.add(
            [(names[i], [1])],
            "utility_bill",
            looks[i],
            {
                "provider": "Bouygues Telecom",
                "service": "internet",
                "holder_name": "WESNER JEAN-BAPTISTE",
                "address": street + ", " + zp + " " + city.upper(),
                "issue_date": iss,
                "period_start": st,
                "period_end": en,
                "amount": amt.replace(",", "."),
                "month": m,
            },
        )
    bank, branch, acct = "17515", "90000", "08123456789"
    key = r.rib_key(bank, branch, acct)
    rs = {
        "bank": "CAISSE D'EPARGNE ILE-DE-FRANCE",
        "agency": "Agence Saint-Denis Basilique",
        "holder": "M JEAN-BAPTISTE WESNER",
        "addr": street + " 93200 SAINT-DENIS",
        "bank_code": bank,
        "branch": branch,
        "account": acct,
        "key": key,
    }
    k.photo(fr.rib_slip_no_iban(rs), "IMG_4473.jpg", 270)
    k.add(
        [("IMG_4473.jpg", [1])],
        "rib",
        "phone_photo",
        {
            "holder_name": "JEAN-BAPTISTE WESNER",
            "iban": None,
            "bic": None,
            "bank_name": "Caisse d'Epargne Ile-de-France",
            "iban_valid": None,
            "rib_key_valid": True,
        },
        "old chequebook RIB slip: domestic RIB only (bank/branch/account/key "
        + key
        + "), no IBAN and no BIC; photo rotated 270 degrees",
    )
    k.truth(
        as_of,
        False,
        reqs("not_applicable", bank_details="invalid"),
        "RIB without IBAN (old chequebook slip with only the domestic RIB, no IBAN/BIC)",
        {"surname": "JEAN-BAPTISTE", "given_names": "WESNER", "date_of_birth": dob},
    )


# ----------------------------------------------------------------------------- p04 Sri Lanka


def p04(out):
    k = Packet(out, "p04", 4904)
    as_of = "2026-11-30"
    dob = "1992-11-05"
    sur, giv = "RANASINGHE ARACHCHIGE", "DILSHAN KUMARA"
    street, zp, city = "14 avenue de Lardenne", "31100", "Toulouse"
    form = fr.form_s1106(
        {
            "surname": sur,
            "given": "Dilshan Kumara",
            "dob": "05/11/1992",
            "pob": "Kandy (Sri Lanka)",
            "nat": "sri-lankaise",
            "street": street,
            "zip": zp,
            "city": city,
            "status": "employed",
            "job": "Commis de cuisine",
            "contract": "CDI",
            "date": "20/11/2026",
        },
        None,
        "p04f",
    )
    k.image_pdf([form], "doc_cpam_001.pdf")
    k.add(
        [("doc_cpam_001.pdf", [1])],
        "application_form",
        "image_pdf",
        formf(sur, "Dilshan Kumara", dob, "employed", "2026-11-20"),
        "typed, printed, signed by hand, scanned",
    )
    pp = {
        "state": "LKA",
        "surname_mrz": sur,
        "given_mrz": giv,
        "num": "N8734215",
        "nat": "LKA",
        "dob": dob,
        "sex": "M",
        "exp": "2034-06-20",
        "surname_print": sur,
        "given_print": giv,
        "nat_print": "SRI LANKAN",
        "dob_print": "05/11/1992",
        "pob": "KANDY",
        "iss_print": "20/06/2024",
        "exp_print": "20/06/2034",
        "authority": "AUTHORITY COLOMBO",
    }
    page, _ = di.passport(
        pp, (232, 226, 214), ("DEMOCRATIC SOCIALIST REPUBLIC OF SRI LANKA", "PASSPORT")
    )
    k.photo(page, "IMG20261118_084512.jpg", 90)
    k.add(
        [("IMG20261118_084512.jpg", [1])],
        "passport",
        "phone_photo",
        idf(sur, giv, "N8734215", "LKA", "LKA", dob, "M", "2034-06-20"),
        "photo rotated 90 degrees",
    )
    sl = {
        "district": "Kandy",
        "division": "Kandy Four Gravets",
        "reg_no": "4127",
        "dob_print": "05.11.1992",
        "pob": "General Hospital, Kandy",
        "name": "Ranasinghe Arachchige Dilshan Kumara",
        "father": "Ranasinghe Arachchige Sunil Premasiri",
        "mother": "Herath Mudiyanselage Kusumalatha",
        "reg_date": "19.11.1992",
        "issued": "14.08.2025",
        "office": "Divisional Secretariat, Kandy Four Gravets",
    }
    k.scan(bc.srilanka_birth(sl), "birth_certificate_SL.jpg", 200)
    k.add(
        [("birth_certificate_SL.jpg", [1])],
        "birth_certificate",
        "scan",
        {
            "surname": "Ranasinghe Arachchige",
            "given_names": "Dilshan Kumara",
            "date_of_birth": dob,
            "place_of_birth": "General Hospital, Kandy",
            "issuing_country": "LKA",
            "language": "si+en",
            "has_apostille": True,
        },
        "bilingual Sinhala/English certified copy; name written in one line",
    )
    items = [
        ("Country:", "Democratic Socialist Republic of Sri Lanka"),
        ("This public document has been signed by:", "K.P. Wijesinghe"),
        ("acting in the capacity of:", "Additional District Registrar"),
        ("bears the seal/stamp of:", "Divisional Secretariat"),
        ("at:", "Colombo"),
        ("the:", "21.08.2025"),
        ("by:", "Consular Affairs Division, MFA"),
        ("No:", "CA/APO/2025/48213"),
        ("Seal/stamp:", ""),
        ("Signature:", ""),
    ]
    ap = di.apostille(
        "LKA",
        items,
        "(Convention de La Haye du 5 octobre 1961)",
        ["MFA", "SRI LANKA", "APOSTILLE"],
        "p04ap",
        (120, 30, 120),
    )
    k.scan(ap, "apostille_SL.jpg", 200)
    k.add(
        [("apostille_SL.jpg", [1])],
        "apostille",
        "scan",
        {
            "country": "Sri Lanka",
            "issued_on": "2025-08-21",
            "number": "CA/APO/2025/48213",
            "signed_by": "K.P. Wijesinghe",
        },
        "",
    )
    ls = {
        "landlord": "Mme Hélène CASTEX",
        "landlord_addr": "3 rue Ozenne, 31000 Toulouse",
        "tenant_print": "M. Dilshan Kumara RANASINGHE ARACHCHIGE",
        "address": street + ", bâtiment B, 31100 Toulouse",
        "desc": "Studio de 27 m², 1er étage.",
        "start_print": "1er février 2026",
        "duration": "trois ans",
        "rent": "510,00",
        "charges": "40,00",
        "city": city,
        "signed_print": "26 janvier 2026",
    }
    k.image_pdf(fr.lease(ls), "bail_toulouse.pdf")
    k.add(
        [("bail_toulouse.pdf", [1, 2])],
        "lease",
        "image_pdf",
        {
            "tenant_names": ["Dilshan Kumara RANASINGHE ARACHCHIGE"],
            "landlord": "Hélène CASTEX",
            "address": street + ", bâtiment B, 31100 Toulouse",
            "start_date": "2026-02-01",
        },
        "given names first, surname last",
    )
    emp = "SARL LE PETIT CAPITOLE"
    sir = siret("5123806740001")
    rows = [
        ("Salaire de base", "151,67", "12,1800", "1 847,34", ""),
        ("Heures supplémentaires 25 %", "8,00", "15,2250", "121,80", ""),
        ("Avantage en nature repas", "22,00", "4,22", "92,84", ""),
        ("Santé - complémentaire", "", "", "-24,50", "24,50"),
        ("Retraite - Sécurité sociale plafonnée", "2 061,98", "6,90 %", "-142,28", "176,30"),
        ("CSG déductible", "2 026,10", "6,80 %", "-137,77", ""),
        ("CSG/CRDS non déductible", "2 026,10", "2,90 %", "-58,76", ""),
    ]
    ps = {
        "start": "2026-10-01",
        "end": "2026-10-31",
        "employer": emp,
        "emp_street": "7 place du Capitole",
        "emp_city": "31000 TOULOUSE",
        "siret": sir,
        "ape": "5610A",
        "ccn": "HCR (1979)",
        "employee": "M. R.A. DILSHAN KUMARA",
        "street": street + " bât. B",
        "zip_city": "31100 TOULOUSE",
        "job": "Commis de cuisine",
        "hired": "2026-03-02",
        "rows": rows,
        "net_before": "1 605,79",
        "pas": "0,0 %",
        "tax": "0,00",
        "net": "1 512,95",
        "paid": "2026-10-31",
    }
    k.text_pdf([fr.payslip(ps)], "BS_octobre_2026.pdf")
    k.add(
        [("BS_octobre_2026.pdf", [1])],
        "payslip",
        "text_pdf",
        {
            "employer": emp,
            "employee_name": "R.A. DILSHAN KUMARA",
            "period": "2026-10",
            "net_pay": "1512.95",
            "siret": sir,
        },
        "employee name with initials for the long surname",
    )
    iban = r.fr_iban("30002", "00550", "0000157841Z")
    rb = {
        "colors": ((0, 40, 110), (250, 200, 0)),
        "bank": "LCL Banque et Assurance",
        "holder": "M RANASINGHE ARACHCHIGE DILSHAN KUMARA",
        "street": street + " BAT B",
        "zip_city": "31100 TOULOUSE",
        "agency": "LCL TOULOUSE SAINT-CYPRIEN",
        "iban": iban,
        "bic": "CRLYFRPP",
    }
    k.text_pdf([fr.rib_pdf(rb)], "RIB_LCL.pdf")
    k.add(
        [("RIB_LCL.pdf", [1])],
        "rib",
        "text_pdf",
        ribf("RANASINGHE ARACHCHIGE DILSHAN KUMARA", iban, "CRLYFRPP", "LCL"),
        "account number ends with a letter (Z)",
    )
    k.truth(
        as_of,
        True,
        reqs("complete", residence_status="missing"),
        "no residence permit, VLS-TS or récépissé in the packet (Sri Lankan national)",
        {"surname": sur, "given_names": giv, "date_of_birth": dob},
    )
