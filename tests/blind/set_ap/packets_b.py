"""Packets p03 (Laos) and p04 (Mauritius) of set_ap."""

from __future__ import annotations

import cards
import papers as pp
import papers2 as p2
import papers3 as p3
from common import (
    a4_with,
    fr_iban,
    iban,
    image_pdf,
    jpeg,
    mrva,
    pdf_pages,
    photo_look,
    png,
    scan_look,
    spaced,
    td3,
)
from kit import bill_f, idf, luhn_siret, merge, pages_scanned, reqs, visa_fields


# ============================================================== p03: Laos, three bills, CDD
def p03(out, P):
    A = dict(surname="PHOMMAVONGSA", given="Manivanh", dob="1996-09-27", sex="F")
    addr = "5 rue Camille Desmoulins, Bât B, 94200 Ivry-sur-Seine"
    pno = "P1284376"
    mrz = td3("P", "LAO", A["surname"], A["given"], pno, "LAO", A["dob"], "F", "2034-02-09")
    pas = {
        "paper": (236, 228, 226), "tint": (222, 200, 204), "ink": (110, 30, 50),
        "header": ["ສາທາລະນະລັດ ປະຊາທິປະໄຕ ປະຊາຊົນລາວ", "LAO PEOPLE'S DEMOCRATIC REPUBLIC",
                   "ໜັງສືຜ່ານແດນ / PASSPORT"],
        "rows": [[("Type", "P"), ("Code", "LAO"), ("Passport No", pno)],
                 [("ນາມສະກຸນ / Surname", A["surname"])], [("ຊື່ / Given names", "MANIVANH")],
                 [("ສັນຊາດ / Nationality", "LAO"), ("ເພດ / Sex", "F")],
                 [("ວັນເດືອນປີເກີດ / Date of birth", "27 SEP 1996"),
                  ("ບ່ອນເກີດ / Place of birth", "LUANG PRABANG")],
                 [("Date of issue", "10 FEB 2024"), ("Date of expiry", "09 FEB 2034")],
                 [("Authority", "MINISTRY OF FOREIGN AFFAIRS")]],
        "mrz": mrz, "skin": (190, 150, 110),
    }  # fmt: skip
    vno = "038461927"
    vm = mrva("FRA", A["surname"], A["given"], vno, "LAO", A["dob"], "F", "2027-06-19")
    visa = {"sticker_no": vno, "from_fr": "20-06-2026", "until_fr": "19-06-2027",
            "days": "365 JOURS", "place": "VIENTIANE", "issued_fr": "02-06-2026",
            "passport_no": pno, "name_line": "PHOMMAVONGSA, MANIVANH",
            "remarks": "VLS-TS TRAVAILLEUR TEMPORAIRE", "mrz": vm,
            "skin": (190, 150, 110)}  # fmt: skip
    rng = P.rng()
    pgs = []
    for card in (cards.passport_page(pas, rng), cards.visa_page(visa, rng)):
        pgs.append(scan_look(a4_with(card.resize((984, 693)), rng, 200, (0.1, 0.05)), rng))
    P.put("scan_passeport_visa.pdf", image_pdf(pgs, 66))
    P.doc(
        [("scan_passeport_visa.pdf", [1])],
        "passport",
        "image_pdf",
        idf(A["surname"], "MANIVANH", pno, "LAO", "LAO", A["dob"], "F", "2034-02-09"),
        "Lao passport data page; same scanner PDF as the visa.",
    )
    vf = idf(A["surname"], "MANIVANH", vno, "LAO", "FRA", A["dob"], "F", "2027-06-19")
    P.doc(
        [("scan_passeport_visa.pdf", [2])],
        "long_stay_visa",
        "image_pdf",
        visa_fields(vf, "TRAVAILLEUR TEMPORAIRE", "2026-06-20", "2027-06-19"),
        "VLS-TS sticker page, page 2 of the scan.",
    )
    # birth certificate (Laos: not an Apostille state; legalised by Lao MFA + French embassy)
    b = {"province_lo": "ຫຼວງພະບາງ", "province": "Luang Prabang", "district_lo": "ຫຼວງພະບາງ",
         "district": "Luang Prabang", "no": "0472/96", "given": "Manivanh",
         "surname": "PHOMMAVONGSA", "sex_word": "ຍິງ / F", "dob_dot": "27/09/1996",
         "pob": "Luang Prabang", "father": "Bounmy PHOMMAVONGSA",
         "mother": "Khamsouk SOUVANNAVONG", "home": "Ban Xieng Mouane, Luang Prabang",
         "issued_dot": "14/03/2026",
         "legal": [("MINISTRY OF FOREIGN AFFAIRS — LAO PDR",
                    ["Consular Department — Legalization", "Seen for legalization of the",
                     "signature above. No 2026/L/3391", "Vientiane, 21/03/2026"]),
                   ("AMBASSADE DE FRANCE AU LAOS",
                    ["Vu pour légalisation de la signature", "de M. Phomma, MAE Lao",
                     "N° 26-0612 — Vientiane, le 25/03/2026", "Droits perçus : 18 €"])]}  # fmt: skip
    rng = P.rng()
    bc = scan_look(pdf_pages(p2.birth_laos(b, rng), 200)[0], rng, (247, 244, 236))
    P.put("birth_certificate_lao.jpg", jpeg(bc, 84))
    P.doc(
        [("birth_certificate_lao.jpg", [1])],
        "birth_certificate",
        "scan",
        {
            "surname": "PHOMMAVONGSA",
            "given_names": "Manivanh",
            "date_of_birth": A["dob"],
            "place_of_birth": "Luang Prabang",
            "issuing_country": "LAO",
            "language": "lo",
            "has_apostille": False,
        },
        "Lao/English certificate. Laos is not party to the Apostille Convention: legalised "
        "by the Lao MFA and the French embassy in Vientiane (stamps at the bottom).",
    )
    tr = {"header": "Kham Sisouk — Traducteur expert près la Cour d'appel de Paris (lao)",
          "from_lang": "Traduit du lao",
          "lines": ["RÉPUBLIQUE DÉMOCRATIQUE POPULAIRE LAO — Paix Indépendance Démocratie Unité "
                    "Prospérité", "Province de Luang Prabang — District de Luang Prabang — "
                    "N° 0472/96", "CERTIFICAT DE NAISSANCE",
                    "Nom et prénom : Manivanh PHOMMAVONGSA. Sexe : féminin. Date de naissance : "
                    "27/09/1996. Lieu de naissance : Luang Prabang. Nationalité : lao.",
                    "Père : Bounmy PHOMMAVONGSA. Mère : Khamsouk SOUVANNAVONG. Adresse : village "
                    "de Xieng Mouane, Luang Prabang.",
                    "Délivré à Luang Prabang le 14/03/2026. Signature et cachet du chef de "
                    "bureau. Mentions de légalisation du MAE lao et de l'Ambassade de France."],
          "cert": "Je soussigné, traducteur expert près la Cour d'appel de Paris, certifie la "
          "présente traduction conforme à l'original rédigé en langue lao.", "city": "Paris",
          "date": "2026-04-22", "sig": "KSisouk",
          "stamp_ring": "KHAM SISOUK EXPERT C.A. PARIS ", "no": "L-2026-118"}  # fmt: skip
    rng = P.rng()
    P.put("traduction_acte_naissance.pdf", p2.translation(tr, rng))
    P.doc(
        [("traduction_acte_naissance.pdf", [1])],
        "translation",
        "text_pdf",
        {},
        "Sworn translation emailed by the translator as a PDF.",
    )
    # three Free Mobile bills in one PDF
    bills = []
    for k, (iss, start, end) in enumerate(
        [
            ("2026-10-01", "2026-09-01", "2026-09-30"),
            ("2026-11-01", "2026-10-01", "2026-10-31"),
            ("2026-12-01", "2026-11-01", "2026-11-30"),
        ]
    ):
        bb = {"issue": iss, "no": f"FM{iss[:4]}{iss[5:7]}-{48213 + k * 7}",
              "client": "41187720", "line": "07 81 22 54 09", "start": start, "end": end,
              "amount": 19.99, "debit": iss[:8] + "05", "mandate": "FM-41187720-01",
              "holder_block": ["Mme Manivanh PHOMMAVONGSA", "5 rue Camille Desmoulins",
                               "Bât B", "94200 IVRY-SUR-SEINE"]}  # fmt: skip
        bills.append(p2.bill_free_mobile(bb, P.rng()))
        P.doc(
            [("factures_free.pdf", [k + 1])],
            "utility_bill",
            "text_pdf",
            bill_f("Free Mobile", "mobile", "Manivanh PHOMMAVONGSA", addr, iss, start, end, 19.99),
            "Three monthly bills merged into one PDF.",
        )
    P.put("factures_free.pdf", merge(bills))
    siret = luhn_siret("8421730560001")
    k = {"employer": "MÉKONG SAVEURS", "form": "SARL", "capital": "10 000",
         "employer_addr": "48 avenue de Choisy, 75013 Paris", "rcs": "Paris 842 173 056",
         "siret": siret, "boss": "M. Vannasone KEOLA", "employee_title": "Madame",
         "employee": "Manivanh PHOMMAVONGSA", "dob": A["dob"], "pob": "Luang Prabang (Laos)",
         "nat": "laotienne", "address": addr, "start": "2026-07-01", "end": "2027-06-30",
         "months": "douze (12)", "job": "commis de cuisine", "gross": "1 823,03",
         "city": "Paris", "signed": "2026-06-26", "boss_sig": "VKeola",
         "employee_sig": "Manivanh"}  # fmt: skip
    rng = P.rng()
    P.put("contrat_CDD.pdf", p3.contract(k, rng))
    P.doc(
        [("contrat_CDD.pdf", [1, 2])],
        "employment_contract",
        "text_pdf",
        {
            "employer": "MÉKONG SAVEURS",
            "employee_name": "Manivanh PHOMMAVONGSA",
            "contract_type": "CDD",
            "job_title": "commis de cuisine",
            "start_date": "2026-07-01",
        },
        "CDD, HCR collective agreement, signed by both parties.",
    )
    ib, key = fr_iban("30002", "00448", "00000781425")
    r = {"holder_lines": ["MLLE PHOMMAVONGSA MANIVANH", "5 RUE CAMILLE DESMOULINS BAT B",
                          "94200 IVRY SUR SEINE"],
         "branch_lines": ["LCL IVRY SUR SEINE", "2 PLACE DE LA REPUBLIQUE",
                          "94200 IVRY SUR SEINE"],
         "bank": "30002", "branch": "00448", "account": "00000781425", "key": key, "iban": ib,
         "bic": "CRLYFRPP", "brand": "LCL", "colour": (0.0, 0.2, 0.55),
         "accent": (1.0, 0.82, 0.0),
         "legal": "LCL - Le Crédit Lyonnais - SA au capital de 2 037 713 591 € - "
         "SIREN 954 509 741 RCS Lyon"}  # fmt: skip
    rng = P.rng()
    P.put("RIB_LCL.pdf", p3.rib_lbp(r, rng))
    P.doc(
        [("RIB_LCL.pdf", [1])],
        "rib",
        "text_pdf",
        {
            "holder_name": "MLLE PHOMMAVONGSA MANIVANH",
            "iban": ib,
            "bic": "CRLYFRPP",
            "bank_name": "LCL",
            "iban_valid": True,
            "rib_key_valid": True,
        },
    )
    f = {"surname": A["surname"], "given": "Manivanh", "sex": "F", "dob": A["dob"],
         "pob_city": "Luang Prabang", "pob_country": "Laos", "nationality": "Laotienne",
         "street": "5 rue Camille Desmoulins, Bât B", "postcode": "94200",
         "city": "Ivry-sur-Seine", "phone": "07 81 22 54 09", "email": "manivanh.ph@gmail.com",
         "situation": "salarie", "contract": "CDD", "job": "Commis de cuisine",
         "employer": "Mékong Saveurs SARL", "place": "Ivry-sur-Seine",
         "date_text": "03/01/2027", "signed": True, "sig_name": "Manivanh",
         "hand_font": "Ecolier"}  # fmt: skip
    rng = P.rng()
    ims = pdf_pages(pp.form_s1106(f, rng, "typed", "B"), 200)
    P.put("IMG_4471.jpg", jpeg(photo_look(ims[0], rng, 4032, 0.82), 86))
    P.put("IMG_4472.jpg", jpeg(photo_look(ims[1], rng, 4032, 0.82, 180), 86))
    P.doc(
        [("IMG_4471.jpg", [1]), ("IMG_4472.jpg", [1])],
        "application_form",
        "phone_photo",
        {
            "surname": A["surname"],
            "given_names": "Manivanh",
            "date_of_birth": A["dob"],
            "employment_status": "employed",
            "signed": True,
            "signed_on": "2027-01-03",
            "nir": None,
        },
        "Typed on screen, printed, dated and signed by hand, photographed; page 2 upside down.",
    )
    P.truth(
        out,
        as_of="2027-01-06",
        employed=True,
        status="complete",
        requirements=reqs(True),
        defect=None,
        applicant={"surname": A["surname"], "given_names": "MANIVANH", "date_of_birth": A["dob"]},
    )


# ============================================================== p04: Mauritius, expired récépissé
def p04(out, P):
    A = dict(surname="L'ESPÉRANCE", given="Marie Stéphanie Josiane", dob="1988-12-04", sex="F")
    addr = "Appt 34, 112 boulevard Michelet, 13008 Marseille"
    pno = "M1784392"
    mrz = td3("P", "MUS", A["surname"], A["given"], pno, "MUS", A["dob"], "F", "2029-03-10")
    pas = {
        "paper": (226, 232, 240), "tint": (196, 212, 232), "ink": (20, 50, 110),
        "header": ["REPUBLIC OF MAURITIUS", "RÉPUBLIQUE DE MAURICE", "PASSPORT / PASSEPORT"],
        "rows": [[("Type", "P"), ("Code", "MUS"), ("Passport No. / N° du passeport", pno)],
                 [("Surname / Nom", "L'ESPERANCE")],
                 [("Given names / Prénoms", "MARIE STEPHANIE JOSIANE")],
                 [("Nationality / Nationalité", "MAURITIAN"), ("Sex / Sexe", "F")],
                 [("Date of birth / Date de naissance", "04 DEC 1988"),
                  ("Place of birth", "CUREPIPE")],
                 [("Date of issue", "11 MAR 2019"), ("Date of expiry", "10 MAR 2029")],
                 [("Authority / Autorité", "PASSPORT AND IMMIGRATION OFFICE")]],
        "mrz": mrz, "skin": (150, 105, 75), "lab_font": "Lato", "val_font": "LatoB",
    }  # fmt: skip
    rng = P.rng()
    sheet = a4_with(cards.passport_page(pas, rng).resize((984, 693)), rng, 200, (0.08, 0.04))
    P.put("scan_0012.jpg", jpeg(scan_look(sheet.crop((0, 0, 1654, 1100)), rng), 82))
    P.doc(
        [("scan_0012.jpg", [1])],
        "passport",
        "scan",
        idf(
            "L'ESPERANCE", "MARIE STEPHANIE JOSIANE", pno, "MUS", "MUS", A["dob"], "F", "2029-03-10"
        ),
        "Flatbed scan of the data page (top of the glass).",
    )
    rc = {"number": "1302093847", "agdref": "1309847362", "surname": "L'ESPÉRANCE",
          "given": "Marie Stéphanie Josiane", "sex": "F", "dob": A["dob"],
          "pob": "Curepipe (Maurice)", "nat_word": "Mauricienne", "address": addr,
          "motive": "Visiteur (article L. 426-20 du CESEDA)",
          "work_line": "Le présent récépissé n'autorise pas son titulaire à travailler.",
          "from": "2026-09-29", "until": "2026-12-28"}  # fmt: skip
    rng = P.rng()
    P.put("recepisse.pdf", image_pdf(pages_scanned(p2.recepisse(rc, rng), rng), 66))
    P.doc(
        [("recepisse.pdf", [1])],
        "residence_permit",
        "image_pdf",
        {
            "surname": "L'ESPÉRANCE",
            "given_names": "Marie Stéphanie Josiane",
            "document_number": "1302093847",
            "nationality": "Mauricienne",
            "issuing_country": "FRA",
            "date_of_birth": A["dob"],
            "sex": "F",
            "expiry_date": "2026-12-28",
            "mrz_valid": None,
        },
        "Récépissé de première demande, valid 29/09/2026 to 28/12/2026: expired at the audit "
        "date (THE DEFECT).",
    )
    b = {"office": "Curepipe", "entry": "2417", "dob": A["dob"], "surname": "L'ESPÉRANCE",
         "given": "Marie Stéphanie Josiane", "sex_word": "Female",
         "dob_words": "Fourth December Nineteen Hundred and Eighty Eight",
         "pob": "Curepipe, Plaines Wilhems", "father": "Jean-Claude L'ESPÉRANCE",
         "mother": "Marie Annick L'ESPÉRANCE", "mother_maiden": "BÉGUE",
         "reg_words": "9 December 1988", "issued_words": "2 July 2026"}  # fmt: skip
    rng = P.rng()
    P.put(
        "acte_naissance_maurice.jpg",
        jpeg(scan_look(pdf_pages(p2.birth_mauritius(b, rng), 150)[0], rng), 84),
    )
    P.doc(
        [("acte_naissance_maurice.jpg", [1])],
        "birth_certificate",
        "scan",
        {
            "surname": "L'ESPÉRANCE",
            "given_names": "Marie Stéphanie Josiane",
            "date_of_birth": A["dob"],
            "place_of_birth": "Curepipe",
            "issuing_country": "MUS",
            "language": "en",
            "has_apostille": True,
        },
        "Mauritian extract, English.",
    )
    ap = {"conv_line": "(Convention de La Haye du 5 octobre 1961)", "l_country": "Country",
          "country": "REPUBLIC OF MAURITIUS", "l_intro": "This public document",
          "l_signed": "has been signed by", "signer": "R. Jugnauth",
          "l_capacity": "acting in the capacity of", "capacity": "Civil Status Officer",
          "l_seal": "bears the seal/stamp of", "seal": "Civil Status Office, Curepipe",
          "l_cert": "Certified", "l_at": "at", "place": "Port Louis", "l_date": "the",
          "date_txt": "14 July 2026", "l_by": "by",
          "by": "Ministry of Foreign Affairs, Regional Integration and International Trade",
          "l_no": "No", "number": "APT/2026/05813", "l_stamp": "Seal/stamp",
          "l_sig": "Signature", "seal_ring": "MINISTRY OF FOREIGN AFFAIRS MAURITIUS ",
          "signed_by_sig": "D. Ramdin", "col": (0.1, 0.2, 0.55)}  # fmt: skip
    rng = P.rng()
    P.put("apostille.jpg", jpeg(scan_look(pdf_pages(p2.apostille(ap, rng), 150)[0], rng), 84))
    P.doc(
        [("apostille.jpg", [1])],
        "apostille",
        "scan",
        {
            "country": "Mauritius",
            "issued_on": "2026-07-14",
            "number": "APT/2026/05813",
            "signed_by": "D. Ramdin",
        },
        "Apostille for the birth certificate, separate scan.",
    )
    names = {"10": "octobre", "11": "novembre", "12": "decembre"}
    for k, (mon, last) in enumerate([("10", "31"), ("11", "30"), ("12", "31")]):
        iss, start, end = f"2026-{mon}-05", f"2026-{mon}-01", f"2026-{mon}-{last}"
        amt = [39.99, 39.99, 42.99][k]
        bb = {"issue": iss, "no": f"0{41829 + k}7A{mon}", "client": "2390 4471 55",
              "line": "04 91 77 20 36", "start": start, "end": end, "amount": amt,
              "debit": f"2026-{mon}-20",
              "holder_block": ["Mme Marie Stéphanie L'ESPÉRANCE", "Appt 34",
                               "112 boulevard Michelet", "13008 MARSEILLE"]}  # fmt: skip
        fn = f"Facture_Orange_{names[mon]}.pdf"
        P.put(fn, p2.bill_orange(bb, P.rng()))
        P.doc(
            [(fn, [1])],
            "utility_bill",
            "text_pdf",
            bill_f("Orange", "internet", "Marie Stéphanie L'ESPÉRANCE", addr, iss, start, end, amt),
            "Livebox Fibre monthly bill.",
        )
    lt = iban("LT", "32500" + "04718296350")
    rv = {
        "clock": "09:12",
        "holder": "Marie Stephanie Josiane L'Esperance",
        "iban_sp": spaced(lt),
        "bic": "REVOLT21",
    }
    rng = P.rng()
    P.put("Screenshot_2027-01-15-09-12-44.png", png(cards.revolut_details(rv, rng)))
    P.doc(
        [("Screenshot_2027-01-15-09-12-44.png", [1])],
        "rib",
        "screenshot",
        {
            "holder_name": "Marie Stephanie Josiane L'Esperance",
            "iban": lt,
            "bic": "REVOLT21",
            "bank_name": "Revolut Bank UAB",
            "iban_valid": True,
            "rib_key_valid": None,
        },
        "Revolut account details, Lithuanian IBAN (foreign SEPA, acceptable).",
    )
    f = {"surname": "L'ESPÉRANCE", "given": "Marie Stéphanie Josiane", "sex": "F",
         "dob": A["dob"], "pob_city": "Curepipe", "pob_country": "Maurice",
         "nationality": "Mauricienne", "street": "Appt 34, 112 bd Michelet", "postcode": "13008",
         "city": "Marseille", "phone": "06 44 18 72 05", "email": "stephlesperance@yahoo.fr",
         "situation": "sans_activite", "place": "Marseille", "date_text": "14/01/2027",
         "signed": True, "sig_name": "SLespérance", "hand_font": "Dkg"}  # fmt: skip
    rng = P.rng()
    ims = pdf_pages(pp.form_s1106(f, rng, "hand", "B"), 220)
    P.put("page1.jpg", jpeg(photo_look(ims[0], rng, 4032, 0.8, 90), 85))
    P.put("page2.jpg", jpeg(photo_look(ims[1], rng, 3264, 0.8), 85))
    P.doc(
        [("page1.jpg", [1]), ("page2.jpg", [1])],
        "application_form",
        "phone_photo",
        {
            "surname": "L'ESPÉRANCE",
            "given_names": "Marie Stéphanie Josiane",
            "date_of_birth": A["dob"],
            "employment_status": "not_employed",
            "signed": True,
            "signed_on": "2027-01-14",
            "nir": None,
        },
        "Handwritten, phone photos; page 1 rotated 90 degrees.",
    )
    P.truth(
        out,
        as_of="2027-01-19",
        employed=False,
        status="incomplete",
        requirements=reqs(False, residence_status="invalid"),
        defect="récépissé de demande de titre de séjour expired on 2026-12-28, before the "
        "audit date 2027-01-19 (residence_status invalid)",
        applicant={
            "surname": "L'ESPERANCE",
            "given_names": "MARIE STEPHANIE JOSIANE",
            "date_of_birth": A["dob"],
        },
    )
