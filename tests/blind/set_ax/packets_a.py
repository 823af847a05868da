"""Packets p01 (Algeria) and p02 (Côte d'Ivoire)."""

from __future__ import annotations

import docs_birth as bc
import docs_fr as fr
import ids
import looks
from docs_form import cerfa, form_truth
from docs_id import cni_fr, passport, titre_sejour, visa_sticker
from gfx import render, signature
from packet import Packet, bill_fields, luhn_complete, requirements, rib_fields


# ============================================================== p01 Algeria
def p01(out: str) -> None:
    P = Packet(out, "p01", 1)
    person = {
        "surname": "HADJ-AHMED",
        "given": "SARAH LYNA",
        "dob": "1994-03-14",
        "sex": "F",
        "pob": "ORAN",
        "nat": "DZA",
        "pp_number": "198402375",
        "pp_issued": "2022-06-19",
        "pp_expiry": "2032-06-18",
    }
    addr1, addr2 = "14 rue Paul Bert", "69003 Lyon"
    # form: typed, printed, date and signature by hand, scanned into a PDF
    f = {
        "surname": "HADJ-AHMED",
        "given": "Sarah Lyna",
        "sex": "F",
        "dob": person["dob"],
        "pob_city": "Oran",
        "pob_country": "Algérie",
        "nationality": "algérienne",
        "address": addr1,
        "cp": "69003",
        "city": "Lyon",
        "phone": "06 51 27 84 09",
        "email": "sarah.hadjahmed94@gmail.com",
        "situation": "salarie",
        "contract": "CDI",
        "job": "Aide-soignante",
        "place": "Lyon",
        "date_text": "12/11/2026",
        "date_typed": False,
    }
    pages = cerfa(f, P.rng("form"), hand=False)
    P.image_pdf("formulaire_cpam.pdf", [render(p) for p in pages], "form_scan")
    P.add(
        [("formulaire_cpam.pdf", [1, 2])],
        "application_form",
        "image_pdf",
        form_truth(f, "2026-11-12"),
        "typed, printed, dated and signed by hand",
    )
    # passport: phone photo, rotated 90
    pp_img, pp_truth = passport("DZA", person, P.rng("pp"))
    P.photo(
        "IMG_4471.jpg",
        looks.on_a4(pp_img, 125, P.rng("pp_a4")).crop((0, 0, 1654, 900)),
        "pp_photo",
        rot=90,
        fill=0.85,
    )
    P.add(
        [("IMG_4471.jpg", [1])],
        "passport",
        "phone_photo",
        pp_truth,
        "Algerian biometric passport data page, photo rotated 90 degrees",
    )
    # certificat de résidence algérien (card), both sides scanned on one page
    t = {
        "number": "2C9HN7L4R",
        "type": "CERTIFICAT DE RÉSIDENCE ALGÉRIEN",
        "until": "2027-03-01",
        "issued": "2026-03-02",
        "remarks": "SALARIÉ",
        "address1": addr1.upper(),
        "address2": "69003 LYON",
        "prefecture": "du Rhône",
    }
    person["pob"] = "ORAN (ALGERIE)"
    front, back, ts_truth = titre_sejour(person, t, P.rng("ts"))
    a4 = looks.on_a4(front, 85.6, P.rng("ts_a4"), 200, [(back, 85.6)])
    P.image_pdf("titre de sejour.pdf", [a4], "ts_scan")
    P.add(
        [("titre de sejour.pdf", [1])],
        "residence_permit",
        "image_pdf",
        ts_truth,
        "certificat de résidence algérien (accord franco-algérien 1968), front and back",
    )
    # birth certificate: scan, no apostille (exempt)
    b = {
        "wilaya": "Oran",
        "wilaya_ar": "وهران",
        "act_no": "01742",
        "dob": person["dob"],
        "hour": "10 h 30",
        "dob_words": "الرابع عشر مارس ألف وتسعمائة وأربعة وتسعين",
        "dob_words_fr": "(quatorze mars mil neuf cent quatre-vingt-quatorze)",
        "pob": "Oran",
        "pob_ar": "وهران",
        "surname": "HADJ-AHMED",
        "surname_ar": "حاج أحمد",
        "given": "Sarah Lyna",
        "given_ar": "سارة لينة",
        "sex_fr": "Féminin",
        "sex_ar": "أنثى",
        "father": "Mohamed",
        "father_ar": "محمد",
        "mother": "BELKACEM Fatima Zohra",
        "mother_ar": "بلقاسم فاطمة الزهراء",
        "issued": "2026-04-12",
    }
    P.scan_jpg("acte de naissance.jpg", bc.algeria(b, P.rng("bc")), "bc_scan", 200)
    P.add(
        [("acte de naissance.jpg", [1])],
        "birth_certificate",
        "scan",
        {
            "surname": "HADJ-AHMED",
            "given_names": "Sarah Lyna",
            "date_of_birth": "1994-03-14",
            "place_of_birth": "Oran",
            "issuing_country": "DZA",
            "language": "fr+ar",
            "has_apostille": False,
        },
        "extrait d'acte de naissance, APC d'Oran; no apostille: civil-status acts of Algeria "
        "are exempt from legalisation in France (protocole judiciaire franco-algérien du "
        "28 août 1962)",
    )
    # lease: scanner PDF, 2 pages
    L = {
        "landlord": "SCI LES PLATANES, représentée par son mandataire Foncia Lyon Saxe",
        "landlord_addr": "52 avenue Maréchal de Saxe, 69006 Lyon",
        "tenants_printed": ["Madame Sarah Lyna HADJ-AHMED"],
        "tenants": ["Sarah Lyna"],
        "address": f"{addr1}, 2e étage porte gauche, {addr2}",
        "surface": "38,5",
        "rooms": "2",
        "start": "2025-10-01",
        "rent": "640,00 €",
        "charges": "55,00 €",
        "city": "Lyon",
        "signed": "2025-09-24",
    }
    P.image_pdf(
        "bail.pdf", [render(p) for p in fr.lease_pages(L, P.rng("lease"))], "lease_s", grey=True
    )
    P.add(
        [("bail.pdf", [1, 2])],
        "lease",
        "image_pdf",
        {
            "tenant_names": ["Sarah Lyna HADJ-AHMED"],
            "landlord": "SCI LES PLATANES",
            "address": f"{addr1}, {addr2}",
            "start_date": "2025-10-01",
        },
        "bail loi 1989, first and signature pages, greyscale scan",
    )
    # RIB BNP: text PDF
    acct = "00010347281"
    iban, key = ids.fr_iban("30004", "00819", acct)
    r = {
        "bank": "BNP PARIBAS",
        "bank_display": "BNP PARIBAS",
        "holder": "MME HADJ-AHMED SARAH",
        "addr1": addr1.upper(),
        "addr2": "69003 LYON",
        "agency": "LYON GUILLOTIERE",
        "agency_addr": "2 place Gabriel Péri, 69007 Lyon",
        "bank_code": "30004",
        "branch": "00819",
        "account": acct,
        "key": key,
        "iban": iban,
        "bic": "BNPAFRPPXXX",
        "edited": "2026-10-03",
        "footer": "BNP Paribas SA - 16 bd des Italiens 75009 Paris",
    }
    P.text_pdf("RIB_BNP.pdf", [fr.rib_page(r, P.rng("rib"))], "RIB")
    P.add(
        [("RIB_BNP.pdf", [1])],
        "rib",
        "text_pdf",
        rib_fields("HADJ-AHMED SARAH", iban, "BNPAFRPPXXX", "BNP Paribas"),
    )
    # payslip October: text PDF
    siret = luhn_complete("8123457940001")
    ps = {
        "start": "2026-10-01",
        "end": "2026-10-31",
        "paid": "2026-10-31",
        "employer": "SAS EHPAD LES GLYCINES",
        "emp_addr1": "7 chemin de Montessuy",
        "emp_addr2": "69300 Caluire-et-Cuire",
        "siret": siret,
        "naf": "8710A",
        "ccn": "FEHAP / CCN 51 (IDCC 0029)",
        "employee": "Mme Sarah HADJ-AHMED",
        "addr1": addr1,
        "addr2": addr2,
        "job": "Aide-soignante",
        "coef": "329",
        "entry": "2025-09-15",
        "contract": "CDI",
        "gross": 2105.40,
        "net_before": 1648.73,
        "pas_rate": "0,00 %",
        "net": 1648.73,
    }
    P.text_pdf("bulletin_salaire_octobre_2026.pdf", [fr.payslip(ps)], "Bulletin de paie")
    P.add(
        [("bulletin_salaire_octobre_2026.pdf", [1])],
        "payslip",
        "text_pdf",
        {
            "employer": "SAS EHPAD LES GLYCINES",
            "employee_name": "Sarah HADJ-AHMED",
            "period": "2026-10",
            "net_pay": 1648.73,
            "siret": siret,
        },
    )
    P.write(
        {
            "as_of": "2026-11-20",
            "employed": True,
            "status": "complete",
            "requirements": requirements(True),
            "defect": None,
            "applicant": {
                "surname": "HADJ-AHMED",
                "given_names": "SARAH LYNA",
                "date_of_birth": "1994-03-14",
            },
        }
    )


# ============================================================== p02 Côte d'Ivoire
def p02(out: str) -> None:
    P = Packet(out, "p02", 2)
    person = {
        "surname": "N'GUESSAN",
        "given": "KOFFI JEAN-BAPTISTE",
        "dob": "1988-07-02",
        "sex": "M",
        "pob": "BOUAKE",
        "nat": "CIV",
        "pp_number": "20AD48193",
        "pp_issued": "2023-01-16",
        "pp_expiry": "2028-01-15",
    }
    addr1, addr2 = "12 allée des Érables", "44300 Nantes"
    address = f"{addr1}, {addr2}"
    f = {
        "surname": "N'GUESSAN",
        "given": "Koffi Jean-Baptiste",
        "sex": "M",
        "dob": person["dob"],
        "pob_city": "Bouaké",
        "pob_country": "Côte d'Ivoire",
        "nationality": "ivoirienne",
        "address": addr1,
        "cp": "44300",
        "city": "Nantes",
        "phone": "07 68 14 52 90",
        "email": "kjb.nguessan@yahoo.fr",
        "situation": "sans_activite",
        "place": "Nantes",
        "date_text": "18/11/2026",
    }
    pages = cerfa(f, P.rng("form"), hand=True)
    P.photo("IMG_20261118_192233.jpg", render(pages[0], 150), "f1", rot=90)
    P.photo("IMG_20261118_192301.jpg", render(pages[1], 150), "f2", rot=0)
    P.add(
        [("IMG_20261118_192233.jpg", [1]), ("IMG_20261118_192301.jpg", [1])],
        "application_form",
        "phone_photo",
        form_truth(f, "2026-11-18"),
        "filled by hand in capitals, one photo per page, page 1 rotated",
    )
    pp_img, pp_truth = passport("CIV", person, P.rng("pp"))
    P.photo("IMG_20261118_191540.jpg", pp_img, "pp_photo", rot=0, fill=0.7)
    P.add([("IMG_20261118_191540.jpg", [1])], "passport", "phone_photo", pp_truth)
    v = {
        "number": "031847262",
        "from": "2026-05-10",
        "until": "2027-05-09",
        "place": "ABIDJAN",
        "issued": "2026-04-28",
        "category": "CONJOINT DE FRANCAIS",
        "remarks": "VLS-TS CONJOINT DE FRANCAIS",
    }
    vis, vis_truth = visa_sticker(person, v, P.rng("visa"))
    P.photo("IMG_20261118_191602.jpg", vis, "visa_photo", rot=270, fill=0.7)
    P.add(
        [("IMG_20261118_191602.jpg", [1])],
        "long_stay_visa",
        "phone_photo",
        vis_truth,
        "visa sticker in the passport, photo rotated 270",
    )
    b = {
        "dept": "BOUAKE",
        "commune": "BOUAKE",
        "centre": "BOUAKE (PRINCIPAL)",
        "dob": person["dob"],
        "act_no": "1437",
        "reg_date": "1988-07-06",
        "dob_words": "deux juillet mil neuf cent quatre-vingt-huit",
        "hour": "14 heures 20",
        "surname": "N'GUESSAN",
        "given": "Koffi Jean-Baptiste",
        "pob": "Bouaké (Maternité du CHU)",
        "father": "N'GUESSAN Kouadio Firmin",
        "father_job": "instituteur",
        "mother": "YAO Affoué Pauline",
        "mother_job": "commerçante",
        "mentions": ["Marié le 14/02/2025 à Abidjan-Cocody avec DUPUIS Claire Marie."],
        "place_issued": "Bouaké",
        "issued": "2026-02-20",
        "officer": "Le Maire Adjoint",
    }
    P.photo("extrait de naissance.jpg", bc.cote_divoire(b, P.rng("bc")), "bc_photo", rot=180)
    P.add(
        [("extrait de naissance.jpg", [1])],
        "birth_certificate",
        "phone_photo",
        {
            "surname": "N'GUESSAN",
            "given_names": "Koffi Jean-Baptiste",
            "date_of_birth": "1988-07-02",
            "place_of_birth": "Bouaké",
            "issuing_country": "CIV",
            "language": "fr",
            "has_apostille": False,
        },
        "extrait du registre des actes de l'état civil, centre de Bouaké, photo upside down; "
        "no apostille needed: Côte d'Ivoire acts are exempt from legalisation in France "
        "(accord de coopération en matière de justice du 24 avril 1961)",
    )
    host = {
        "surname": "DUPUIS",
        "given": "CLAIRE MARIE",
        "sex": "F",
        "dob": "1990-09-21",
        "pob": "RENNES (35)",
        "number": "X4RT27KC1",
        "expiry": "2033-03-07",
        "issued": "2023-03-08",
        "can": "481920",
        "address1": "12 ALLEE DES ERABLES",
        "address2": "44300 NANTES",
        "sig": signature(P.rng("host_sig")),
    }
    cf, cb, cni_truth = cni_fr(host, P.rng("cni"))
    P.image_pdf(
        "CNI_Claire.pdf", [looks.on_a4(cf, 85.6, P.rng("cni_a4"), 200, [(cb, 85.6)])], "cni_scan"
    )
    P.add(
        [("CNI_Claire.pdf", [1])],
        "national_id",
        "image_pdf",
        cni_truth,
        "host's (spouse's) French identity card, front and back",
    )
    att_lines = [
        "Je soussignée Claire DUPUIS, née le 21/09/1990",
        "à Rennes (35), demeurant au 12 allée des Érables,",
        "44300 Nantes, atteste sur l'honneur héberger à mon",
        "domicile mon époux, Monsieur Koffi Jean-Baptiste",
        "N'GUESSAN, né le 02/07/1988 à Bouaké (Côte d'Ivoire),",
        "depuis le 12 mai 2026.",
        "",
        "Je joins la copie de ma carte d'identité et mes",
        "trois dernières factures.",
        "Fait pour servir et valoir ce que de droit.",
        "",
        "Fait à Nantes, le 16/11/2026",
    ]
    att = fr.hosting_attestation(
        {"font": "/usr/share/fonts/truetype/fifthhorseman/dkg.ttf", "lines": att_lines},
        P.rng("att"),
    )
    P.photo("attestation hebergement.jpg", render(att, 150), "att_photo", rot=0)
    P.add(
        [("attestation hebergement.jpg", [1])],
        "hosting_attestation",
        "phone_photo",
        {
            "host_name": "Claire DUPUIS",
            "hosted_name": "Koffi Jean-Baptiste N'GUESSAN",
            "address": address,
            "since_date": "2026-05-12",
            "signed_on": "2026-11-16",
            "signed": True,
        },
        "handwritten on squared paper",
    )
    for i, (mo, last) in enumerate([("08", "31"), ("09", "30"), ("10", "31")]):
        bl = {
            "holder": "Mme Claire DUPUIS",
            "addr1": addr1,
            "addr2": addr2,
            "number": f"FB2026{mo}{4719382 + i * 17}",
            "issue": f"2026-{mo}-02",
            "client": "fbx8831207",
            "line": "0983 27 41 56",
            "start": f"2026-{mo}-01",
            "end": f"2026-{mo}-{last}",
            "amount": 31.99,
            "debit": f"2026-{mo}-08",
        }
        fn = f"facture_free_2026{mo}.pdf"
        P.text_pdf(fn, [fr.free_bill(bl)], "Facture Freebox")
        P.add(
            [(fn, [1])],
            "utility_bill",
            "text_pdf",
            bill_fields("Free", "internet", "Claire DUPUIS", address, bl),
            "host's bill (route 3: attestation + host ID + host's three bills)",
        )
    acct = "2841953N027"
    iban, key = ids.fr_iban("20041", "01011", acct)
    r = {
        "bank": "LA BANQUE POSTALE",
        "bank_display": "LA BANQUE POSTALE",
        "holder": "M KOFFI JEAN-BAPTISTE N'GUESSAN",
        "addr1": addr1.upper(),
        "addr2": "44300 NANTES",
        "agency": "LA BANQUE POSTALE",
        "agency_addr": "Centre financier de Nantes, 44900 Nantes Cedex 9",
        "bank_code": "20041",
        "branch": "01011",
        "account": acct,
        "key": key,
        "iban": iban,
        "bic": "PSSTFRPPNTE",
        "edited": "2026-06-22",
        "footer": "La Banque Postale - SA à Directoire et Conseil de surveillance",
    }
    P.scan_jpg("RIB.jpg", render(fr.rib_page(r, P.rng("rib"))), "rib_scan", 150)
    P.add(
        [("RIB.jpg", [1])],
        "rib",
        "scan",
        rib_fields("KOFFI JEAN-BAPTISTE N'GUESSAN", iban, "PSSTFRPPNTE", "La Banque Postale"),
        "account number contains a letter (RIB key table)",
    )
    P.write(
        {
            "as_of": "2026-11-27",
            "employed": False,
            "status": "complete",
            "requirements": requirements(False),
            "defect": None,
            "applicant": {
                "surname": "N'GUESSAN",
                "given_names": "KOFFI JEAN-BAPTISTE",
                "date_of_birth": "1988-07-02",
            },
        }
    )
