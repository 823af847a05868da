"""Packets p01 (Pakistan, employed, lease) and p02 (Bangladesh, hosted by spouse)."""

from __future__ import annotations

import os

import docs_form as dfm
import docs_fr as dfr
import docs_id as did
from checkdigits import fr_date, fr_iban, mrva, td1, td3, yymmdd
from pkutil import bill_set, doc, form_dict, form_fields, ident, rib_fields, truth
from render import image_pdf, phone_look, place_on_a4, save_jpeg, scan_look, to_image, to_text_pdf


def p01(d):
    a = {
        "surname": "AWAN",
        "given": "ZAINAB FATIMA",
        "given_form": "Zainab Fatima",
        "dob": "1993-04-17",
        "sex": "F",
    }
    docs = []
    addr = ["27 rue Paul Bert, Appt 12", "69003 LYON"]
    # form: typed on screen, printed, dated and signed by hand, scanned to PDF
    f = form_dict(
        101,
        a,
        fill="typed",
        type_font="sans",
        run="A",
        usage="",
        pob_city="Sialkot",
        pob_country="Pakistan",
        nationality="pakistanaise",
        street="27 rue Paul Bert, Appt 12",
        cp="69003",
        city="Lyon",
        tel="07 81 44 20 96",
        email="zainab.awan93@gmail.com",
        situation="salarie",
        contract_type="CDI",
        job="Data engineer",
        place="Lyon",
        date_fill="hand",
        hand_font="dkg",
        date_text="12/11/2026",
        signed_on="2026-11-12",
        signed=True,
    )
    pages = [
        scan_look(to_image(p, 200), 111 + i, grey=True) for i, p in enumerate(dfm.form_pages(f))
    ]
    image_pdf(pages, os.path.join(d, "formulaire_cpam.pdf"))
    docs.append(
        doc(
            [("formulaire_cpam.pdf", [1, 2])],
            "application_form",
            "image_pdf",
            form_fields(a, f, "employed"),
            "typed, printed, date and signature by hand",
        )
    )
    # passport
    num, cnic = "BK4821937", "3460358912344"
    m = td3("P", "PAK", a["surname"], a["given"], num, "PAK", yymmdd(a["dob"]), "F", "320613", cnic)
    pp = did.passport_page(
        {
            "seed": 102,
            "header": "ISLAMIC REPUBLIC OF PAKISTAN",
            "header2": "PASSPORT",
            "code": "PAK",
            "number": num,
            "surname": a["surname"],
            "given": a["given"],
            "nat_text": "PAKISTANI",
            "dob": a["dob"],
            "sex": "F",
            "pob": "SIALKOT, PAK",
            "issued": "2022-06-14",
            "expiry": "2032-06-13",
            "authority": "PAKISTAN",
            "mrz": m,
            "paper": (226, 236, 222),
            "ink": (20, 100, 60),
            "scarf": (70, 40, 60),
            "extra": ("Citizenship No.", "34603-5891234-4"),
        }
    )
    save_jpeg(
        phone_look(to_image(pp, 600), 103, rot90=90), os.path.join(d, "IMG_20261103_184512.jpg"), 88
    )
    docs.append(
        doc(
            [("IMG_20261103_184512.jpg", [1])],
            "passport",
            "phone_photo",
            ident("AWAN", "ZAINAB FATIMA", num, "PAK", "PAK", a["dob"], "F", "2032-06-13"),
            "data page photographed, rotated 90",
        )
    )
    # titre de séjour pluriannuel passeport talent, front and back scans
    tnum = "4Y9R2KT7M"
    tm = td1(
        "IR", "FRA", tnum, "", yymmdd(a["dob"]), "F", "291201", "PAK", "", a["surname"], a["given"]
    )
    card = {
        "kind": "ts",
        "seed": 104,
        "number": tnum,
        "number_label": "N° du document",
        "mrz": tm,
        "skin": (150, 105, 75),
        "hair": (30, 25, 22),
        "scarf": (70, 40, 60),
        "front": [
            ("NOM", "AWAN"),
            ("Prénoms", "ZAINAB, FATIMA"),
            ("Sexe / Nationalité", "F     PAK"),
            ("Date de naissance", "17 04 1993"),
            ("Type de titre", "CARTE DE SEJOUR PLURIANNUELLE"),
            ("Valable jusqu'au", "01 12 2029"),
        ],
        "back": [
            ("Remarques", "PASSEPORT TALENT - SALARIE QUALIFIE"),
            ("Lieu de naissance", "SIALKOT (PAKISTAN)"),
            ("Adresse", "27 RUE PAUL BERT APPT 12 69003 LYON"),
            ("Délivré le / par", "02 12 2025  PREFET DU RHONE"),
        ],
    }
    for side, fn, sd in (("recto", did.fr_card_front, 105), ("verso", did.fr_card_back, 106)):
        sheet = place_on_a4([to_image(fn(card), 600)], 200, [(20, 20, 86)])
        save_jpeg(
            scan_look(sheet.crop((0, 0, 1654, 900)), sd),
            os.path.join(d, f"titre_sejour_{side}.jpg"),
            82,
            200,
        )
    docs.append(
        doc(
            [("titre_sejour_recto.jpg", [1]), ("titre_sejour_verso.jpg", [1])],
            "residence_permit",
            "scan",
            ident("AWAN", "ZAINAB FATIMA", tnum, "PAK", "FRA", a["dob"], "F", "2029-12-01"),
            "carte de séjour pluriannuelle passeport talent",
        )
    )
    # birth certificate + apostille (Pakistan is a party since 9 March 2023)
    bc = did.birth_pakistan(
        {
            "seed": 107,
            "council": "Union Council No. 14, Rangpura",
            "district": "Tehsil & District Sialkot, Punjab",
            "cert_no": "UC14-0917-2025",
            "registered": "1993-05-02",
            "name": "ZAINAB FATIMA AWAN",
            "gender": "Female",
            "dob": a["dob"],
            "dob_words": "Seventeenth April Nineteen Ninety Three",
            "pob": "Sialkot",
            "father": "MUHAMMAD ASLAM AWAN",
            "father_cnic": "34603-1029384-5",
            "mother": "NASREEN AKHTAR",
            "mother_cnic": "34603-4857120-2",
            "address": "House 22, Street 4, Rangpura, Sialkot",
            "crc": "34603-5891234-4",
            "issued": "2025-06-30",
            "secretary": "Muhammad Tariq Javed",
        }
    )
    ap = did.apostille(
        {
            "seed": 108,
            "country": "ISLAMIC REPUBLIC OF PAKISTAN",
            "signed_by": "Muhammad Tariq Javed",
            "capacity": "Secretary, Union Council No. 14",
            "seal_of": "Union Council No. 14, Sialkot",
            "at": "Islamabad",
            "issued_on": "2025-07-08",
            "by": "Ministry of Foreign Affairs",
            "number": "PK-APT-2025-0418736",
            "ring": "MINISTRY OF FOREIGN AFFAIRS",
            "header": "Ministry of Foreign Affairs - Government of Pakistan",
        }
    )
    image_pdf(
        [scan_look(to_image(bc, 200), 109), scan_look(to_image(ap, 200), 110)],
        os.path.join(d, "acte_naissance_apostille.pdf"),
    )
    docs.append(
        doc(
            [("acte_naissance_apostille.pdf", [1])],
            "birth_certificate",
            "image_pdf",
            {
                "surname": "AWAN",
                "given_names": "ZAINAB FATIMA",
                "date_of_birth": a["dob"],
                "place_of_birth": "Sialkot",
                "issuing_country": "PAK",
                "language": "en",
                "has_apostille": True,
            },
            "NADRA computerised, English",
        )
    )
    docs.append(
        doc(
            [("acte_naissance_apostille.pdf", [2])],
            "apostille",
            "image_pdf",
            {
                "country": "PAK",
                "issued_on": "2025-07-08",
                "number": "PK-APT-2025-0418736",
                "signed_by": "Muhammad Tariq Javed",
            },
        )
    )
    # lease (text PDF from the agency)
    le = {
        "seed": 112,
        "kind": "Logement vide - résidence principale",
        "landlord_text": "la SCI LES TILLEULS DE MONTCHAT, 4 place Ambroise Courtois, 69008 "
        "Lyon, représentée par son gérant M. Bernard Giraud",
        "tenant_text": "Mme Zainab Fatima AWAN, née le 17/04/1993 à Sialkot (Pakistan)",
        "address_text": "27 rue Paul Bert, appartement 12, 3e étage, 69003 Lyon",
        "desc": "Type T2, surface habitable 42 m², cave n° 7.",
        "start": "2025-09-01",
        "duration": "3 ans",
        "rent": "780,00",
        "charges": "65,00",
        "deposit": "780,00",
        "dpe": "D",
        "city": "Lyon",
        "signed": "2025-08-22",
    }
    to_text_pdf(dfr.lease(le), os.path.join(d, "bail.pdf"), "Bail", "Foncia")
    docs.append(
        doc(
            [("bail.pdf", [1, 2])],
            "lease",
            "text_pdf",
            {
                "tenant_names": ["Zainab Fatima AWAN"],
                "landlord": "SCI LES TILLEULS DE MONTCHAT",
                "address": "27 rue Paul Bert, appartement 12, 69003 Lyon",
                "start_date": "2025-09-01",
            },
        )
    )
    # employment contract
    ct = {
        "seed": 113,
        "employer_text": "la société KESTREL ANALYTICS SAS, au capital de "
        "120 000 €, SIRET 852 417 906 00028, 18 quai Perrache, 69002 Lyon, représentée par "
        "Mme Hélène Marchetti, directrice générale",
        "employee_text": "Mme Zainab Fatima "
        "AWAN, née le 17/04/1993 à Sialkot (Pakistan), de nationalité pakistanaise, "
        "demeurant 27 rue Paul Bert, 69003 Lyon",
        "articles": [
            (
                "Article 1 - Engagement",
                "Le Salarié est engagé à compter du "
                "06/10/2025 par contrat à durée indéterminée, sous réserve des "
                "résultats de la visite d'information et de prévention.",
            ),
            (
                "Article 2 - Fonctions",
                "Le Salarié exercera les fonctions de Data "
                "engineer, statut cadre, position 2.2, coefficient 130 de la "
                "convention collective SYNTEC (IDCC 1486).",
            ),
            (
                "Article 3 - Période d'essai",
                "Le contrat ne deviendra définitif "
                "qu'à l'issue d'une période d'essai de quatre mois.",
            ),
            (
                "Article 4 - Rémunération",
                "Rémunération annuelle brute de 48 000 €, versée en douze mensualités.",
            ),
        ],
        "articles2": [
            ("Article 5 - Lieu de travail", "18 quai Perrache, 69002 Lyon."),
            ("Article 6 - Durée du travail", "Forfait annuel de 218 jours."),
        ],
        "city": "Lyon",
        "signed": "2025-09-24",
        "signatory": "Hélène Marchetti",
    }
    to_text_pdf(dfr.contract(ct), os.path.join(d, "contrat_travail_CDI.pdf"), "CDI")
    docs.append(
        doc(
            [("contrat_travail_CDI.pdf", [1, 2])],
            "employment_contract",
            "text_pdf",
            {
                "employer": "KESTREL ANALYTICS SAS",
                "employee_name": "Zainab Fatima AWAN",
                "contract_type": "CDI",
                "job_title": "Data engineer",
                "start_date": "2025-10-06",
            },
        )
    )
    # RIB BNP Paribas
    iban, key = fr_iban("30004", "00823", "00010428315")
    r = {
        "bank": "BNP PARIBAS",
        "color": (0, 130, 80),
        "holder": "MME ZAINAB FATIMA AWAN",
        "holder_addr": addr,
        "agency": ["LYON PART DIEU", "62 RUE DE LA VILLETTE", "69003 LYON", "Tél. 3477"],
        "bank_code": "30004",
        "branch": "00823",
        "account": "00010428315",
        "key": key,
        "iban": iban,
        "bic": "BNPAFRPPXXX",
    }
    to_text_pdf([dfr.rib(r)], os.path.join(d, "RIB_BNP.pdf"), "RIB", "BNP Paribas")
    docs.append(
        doc(
            [("RIB_BNP.pdf", [1])],
            "rib",
            "text_pdf",
            rib_fields("ZAINAB FATIMA AWAN", iban, "BNPAFRPPXXX", "BNP PARIBAS"),
        )
    )
    return truth("2026-11-20", True, a, docs)


def p02(d):
    a = {
        "surname": "HOSSAIN",
        "given": "TANVIR AHMED",
        "given_form": "Tanvir Ahmed",
        "dob": "1990-11-02",
        "sex": "M",
    }
    docs = []
    f = form_dict(
        201,
        a,
        fill="hand",
        hand_font="cursive",
        caps_font="print",
        run="B",
        usage="",
        pob_city="Sylhet",
        pob_country="Bangladesh",
        nationality="bangladaise",
        street="14 allée des Tilleuls",
        cp="44300",
        city="Nantes",
        tel="06 52 18 73 40",
        email="tanvir.hossain90@yahoo.com",
        situation="sans_activite",
        place="Nantes",
        date_fill="hand",
        date_text="18/11/2026",
        signed_on="2026-11-18",
        signed=True,
    )
    p1, p2 = dfm.form_pages(f)
    save_jpeg(phone_look(to_image(p1, 250), 202), os.path.join(d, "IMG_4471.jpg"), 86)
    save_jpeg(phone_look(to_image(p2, 250), 203, rot90=270), os.path.join(d, "IMG_4472.jpg"), 86)
    docs.append(
        doc(
            [("IMG_4471.jpg", [1]), ("IMG_4472.jpg", [1])],
            "application_form",
            "phone_photo",
            form_fields(a, f, "not_employed"),
            "hand-filled, cursive; page 2 photo rotated 270",
        )
    )
    num = "A09381527"
    m = td3("P", "BGD", a["surname"], a["given"], num, "BGD", yymmdd(a["dob"]), "M", "340109", "")
    pp = did.passport_page(
        {
            "seed": 204,
            "header": "PEOPLE'S REPUBLIC OF BANGLADESH",
            "header2": "PASSPORT",
            "code": "BGD",
            "number": num,
            "surname": a["surname"],
            "given": a["given"],
            "nat_text": "BANGLADESHI",
            "dob": a["dob"],
            "sex": "M",
            "pob": "SYLHET",
            "issued": "2024-01-10",
            "expiry": "2034-01-09",
            "authority": "DIP/DHAKA",
            "mrz": m,
            "paper": (238, 230, 214),
            "ink": (120, 30, 50),
            "skin": (135, 95, 70),
        }
    )
    img = place_on_a4([to_image(pp, 500)], 300, [(15, 15, 125)]).crop((0, 0, 2480, 1300))
    save_jpeg(scan_look(img, 205), os.path.join(d, "passeport.jpg"), 84, 300)
    docs.append(
        doc(
            [("passeport.jpg", [1])],
            "passport",
            "scan",
            ident("HOSSAIN", "TANVIR AHMED", num, "BGD", "BGD", a["dob"], "M", "2034-01-09"),
        )
    )
    vnum = "028745613"
    vm = mrva("FRA", a["surname"], a["given"], vnum, "BGD", yymmdd(a["dob"]), "M", "270213")
    vp = did.visa_page(
        {
            "seed": 206,
            "number": vnum,
            "valid_from": "2026-02-14",
            "valid_until": "2027-02-13",
            "issued_in": "DACCA",
            "issued_on": "2026-02-02",
            "passport_no": num,
            "surname": a["surname"],
            "given": a["given"],
            "remarks": "VLS-TS CONJOINT DE FRANCAIS",
            "remarks2": "CARTE A SOLLICITER DANS LES 2 MOIS SUIVANT L'EXPIRATION",
            "mrz": vm,
            "skin": (135, 95, 70),
        }
    )
    save_jpeg(phone_look(to_image(vp, 600), 207), os.path.join(d, "visa.jpg"), 87)
    docs.append(
        doc(
            [("visa.jpg", [1])],
            "long_stay_visa",
            "phone_photo",
            dict(
                ident("HOSSAIN", "TANVIR AHMED", vnum, "BGD", "FRA", a["dob"], "M", "2027-02-13"),
                visa_type="D",
                vls_ts=True,
                category="VLS-TS conjoint de Français",
                valid_from="2026-02-14",
                valid_until="2027-02-13",
            ),
        )
    )
    bc = did.birth_bangladesh(
        {
            "seed": 208,
            "office": "Sylhet City Corporation, Ward No. 12",
            "registered": "2009-03-15",
            "issued": "2025-11-04",
            "brn": "19909112345678021",
            "dob": a["dob"],
            "sex": "Male",
            "dob_words": "Second November Nineteen Hundred Ninety",
            "name": "TANVIR AHMED HOSSAIN",
            "pob": "Sylhet, Bangladesh",
            "mother": "RAHIMA BEGUM",
            "father": "MD. ABUL HOSSAIN",
            "address": "Shibganj, Sylhet Sadar, Sylhet",
        }
    )
    ap = did.apostille(
        {
            "seed": 209,
            "country": "PEOPLE'S REPUBLIC OF BANGLADESH",
            "signed_by": "Md. Kamrul Hasan",
            "capacity": "Assistant to Registrar",
            "seal_of": "Office of the Registrar, Sylhet City Corp.",
            "at": "Dhaka",
            "issued_on": "2026-01-12",
            "by": "Ministry of Foreign Affairs",
            "number": "BD-APO-2026-0045172",
            "ring": "MINISTRY OF FOREIGN AFFAIRS DHAKA",
            "footer": "This Apostille only certifies the authenticity of the signature and the "
            "capacity of the person who has signed the public document. Verify at "
            "apostille.mofa.gov.bd",
        }
    )
    image_pdf(
        [scan_look(to_image(bc, 200), 210), scan_look(to_image(ap, 200), 211)],
        os.path.join(d, "birth_certificate.pdf"),
    )
    docs.append(
        doc(
            [("birth_certificate.pdf", [1])],
            "birth_certificate",
            "image_pdf",
            {
                "surname": "HOSSAIN",
                "given_names": "TANVIR AHMED",
                "date_of_birth": a["dob"],
                "place_of_birth": "Sylhet, Bangladesh",
                "issuing_country": "BGD",
                "language": "en",
                "has_apostille": True,
            },
            "name printed given-first",
        )
    )
    docs.append(
        doc(
            [("birth_certificate.pdf", [2])],
            "apostille",
            "image_pdf",
            {
                "country": "BGD",
                "issued_on": "2026-01-12",
                "number": "BD-APO-2026-0045172",
                "signed_by": "Md. Kamrul Hasan",
            },
        )
    )
    lines = [
        "Je soussignée Camille Rouvière, née le 30/05/1992",
        "à Angers (49), demeurant 14 allée des Tilleuls,",
        "44300 Nantes, atteste sur l'honneur héberger à",
        "mon domicile mon époux, Monsieur Tanvir Ahmed",
        "HOSSAIN, né le 02/11/1990 à Sylhet (Bangladesh),",
        "depuis le 20 février 2026.",
        "",
        "Attestation faite pour servir et valoir ce que de droit.",
        "Pièces jointes : copie de ma carte d'identité,",
        "mes 3 dernières factures SFR.",
    ]
    at = dfr.attestation_hand(
        {
            "seed": 212,
            "font": "cursive",
            "lines": lines,
            "city": "Nantes",
            "signed_text": "08/11/2026",
        }
    )
    save_jpeg(scan_look(to_image(at, 200), 213), os.path.join(d, "scan_attestation.jpg"), 84, 200)
    docs.append(
        doc(
            [("scan_attestation.jpg", [1])],
            "hosting_attestation",
            "scan",
            {
                "host_name": "Camille Rouvière",
                "hosted_name": "Tanvir Ahmed HOSSAIN",
                "address": "14 allée des Tilleuls, 44300 Nantes",
                "since_date": "2026-02-20",
                "signed_on": "2026-11-08",
                "signed": True,
            },
            "handwritten, signed by the host (spouse)",
        )
    )
    cnum = "T7HN2PLQ8"
    cm = td1("ID", "FRA", cnum, "", "920530", "F", "330321", "FRA", "", "ROUVIERE", "CAMILLE ANNE")
    card = {
        "kind": "cni",
        "seed": 214,
        "number": cnum,
        "number_label": "N° DU DOCUMENT",
        "mrz": cm,
        "front": [
            ("NOM / Surname", "ROUVIÈRE"),
            ("Prénoms / Given names", "Camille, Anne"),
            ("SEXE / NATIONALITÉ", "F     FRA"),
            ("DATE DE NAISS. / LIEU", "30 05 1992   ANGERS"),
            ("DATE D'EXPIR.", "21 03 2033"),
        ],
        "back": [
            ("ADRESSE", "14 ALLEE DES TILLEULS"),
            ("", "44300 NANTES"),
            ("DATE DE DÉLIVRANCE", "22 03 2023"),
            ("AUTORITÉ", "Préfecture de Loire-Atlantique"),
        ],
    }
    sheet = place_on_a4(
        [to_image(did.fr_card_front(card), 600), to_image(did.fr_card_back(card), 600)],
        200,
        [(25, 30, 86), (25, 95, 86)],
    )
    save_jpeg(scan_look(sheet, 215, grey=True), os.path.join(d, "cni_camille.jpg"), 80, 200)
    docs.append(
        doc(
            [("cni_camille.jpg", [1])],
            "national_id",
            "scan",
            ident("ROUVIÈRE", "CAMILLE ANNE", cnum, "FRA", "FRA", "1992-05-30", "F", "2033-03-21"),
            "host's ID, photocopy of both sides",
        )
    )
    base = {
        "brand": "SFR",
        "color": (226, 0, 26),
        "invoice": "FB26-0183374",
        "site": "sfr.fr/mon-espace-client",
        "client": "0142 887 319",
        "holder": "Mme Camille ROUVIERE",
        "address": ["14 allée des Tilleuls", "44300 NANTES"],
        "service_label": "SFR Box Fibre",
        "legal": "SFR - SA au capital de 3 423 265 598,40 "
        "€ - 16 rue du Général Alain de Boissieu 75015 Paris - RCS Paris 343 059 564",
        "lines_of": lambda amt: [
            ("Forfait SFR Fibre Power", amt),
            ("Appels illimités fixes", "0.00"),
        ],
    }
    for i, b in enumerate(
        bill_set(base, ["2026-08", "2026-09", "2026-10"], ["42.99", "42.99", "44.49"])
    ):
        fn = f"Facture_SFR_{b['start'][:7]}.pdf"
        to_text_pdf([dfr.bill(b)], os.path.join(d, fn), "Facture SFR", "SFR")
        docs.append(
            doc(
                [(fn, [1])],
                "utility_bill",
                "text_pdf",
                {
                    "provider": "SFR",
                    "service": "internet",
                    "holder_name": "Camille ROUVIERE",
                    "address": "14 allée des Tilleuls, 44300 NANTES",
                    "issue_date": b["issue"],
                    "period_start": b["start"],
                    "period_end": b["end"],
                    "month": b["start"][:7],
                    "amount": b["amount"],
                },
                f"host's bill {i + 1}/3",
            )
        )
    iban, key = fr_iban("20041", "01012", "0624819K035")
    r = {
        "bank": "LA BANQUE POSTALE",
        "color": (0, 60, 140),
        "holder": "M TANVIR AHMED HOSSAIN",
        "holder_addr": ["14 ALLEE DES TILLEULS", "44300 NANTES"],
        "agency": ["LA BANQUE POSTALE", "CENTRE FINANCIER DE NANTES", "44900 NANTES CEDEX 9"],
        "bank_code": "20041",
        "branch": "01012",
        "account": "0624819K035",
        "key": key,
        "iban": iban,
        "bic": "PSSTFRPPNTE",
        "half": True,
        "font": "dejavu",
        "fontb": "dejavub",
    }
    save_jpeg(scan_look(to_image(dfr.rib(r), 200), 216), os.path.join(d, "rib_lbp.jpg"), 83, 200)
    docs.append(
        doc(
            [("rib_lbp.jpg", [1])],
            "rib",
            "scan",
            rib_fields("TANVIR AHMED HOSSAIN", iban, "PSSTFRPPNTE", "LA BANQUE POSTALE"),
        )
    )
    _ = fr_date
    return truth("2026-11-25", False, a, docs)
