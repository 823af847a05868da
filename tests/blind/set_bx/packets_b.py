"""Packets p03 (Madagascar, employed, three bills) and p04 (Comoros, expired VLS-TS)."""

from __future__ import annotations

import os

import docs_form as dfm
import docs_fr as dfr
import docs_id as did
from checkdigits import fr_iban, luhn_complete, mrva, td3, yymmdd
from pkutil import bill_set, doc, form_dict, form_fields, ident, rib_fields, truth
from render import image_pdf, phone_look, save_jpeg, scan_look, to_image, to_text_pdf


def p03(d):
    a = {
        "surname": "RAZAFINDRAKOTO",
        "given": "FANJA LALAINA",
        "given_form": "Fanja Lalaina",
        "dob": "1996-07-09",
        "sex": "F",
    }
    docs = []
    f = form_dict(
        301,
        a,
        fill="hand",
        hand_font="dkg",
        caps_font="print",
        run="A",
        usage="",
        pob_city="Antananarivo",
        pob_country="Madagascar",
        nationality="malgache",
        street="5 rue des Acacias, Bât B",
        cp="31200",
        city="Toulouse",
        tel="07 69 02 11 58",
        email="fanja.raza@outlook.fr",
        situation="salarie",
        contract_type="CDI",
        job="Aide-soignante",
        place="Toulouse",
        date_fill="hand",
        date_text="09/11/2026",
        signed_on="2026-11-09",
        signed=True,
        ink=(15, 15, 20),
    )
    for i, p in enumerate(dfm.form_pages(f)):
        save_jpeg(
            scan_look(to_image(p, 150), 302 + i), os.path.join(d, f"scan_004{i + 1}.jpg"), 80, 150
        )
    docs.append(
        doc(
            [("scan_0041.jpg", [1]), ("scan_0042.jpg", [1])],
            "application_form",
            "scan",
            form_fields(a, f, "employed"),
            "hand-filled: capitals in combs, print handwriting on lines",
        )
    )
    num = "MG1572046"
    m = td3("P", "MDG", a["surname"], a["given"], num, "MDG", yymmdd(a["dob"]), "F", "300317", "")
    pp = did.passport_page(
        {
            "seed": 304,
            "header": "REPOBLIKAN'I MADAGASIKARA",
            "header2": "PASIPAORO / PASSEPORT / PASSPORT",
            "code": "MDG",
            "number": num,
            "surname": a["surname"],
            "given": a["given"],
            "nat_text": "MALAGASY",
            "dob": a["dob"],
            "sex": "F",
            "pob": "ANTANANARIVO",
            "issued": "2025-03-18",
            "expiry": "2030-03-17",
            "authority": "MINISTERE DE L'INTERIEUR",
            "mrz": m,
            "paper": (240, 228, 220),
            "ink": (110, 40, 40),
            "skin": (160, 115, 85),
            "labels": {
                "surname": "Anarana / Nom / Surname",
                "given": "Fanampiny / Prénoms / Given names",
                "nat": "Zom-pirenena / Nationalité",
            },
        }
    )
    image_pdf([scan_look(to_image(pp, 300), 305)], os.path.join(d, "passeport_madagascar.pdf"))
    docs.append(
        doc(
            [("passeport_madagascar.pdf", [1])],
            "passport",
            "image_pdf",
            ident(
                "RAZAFINDRAKOTO", "FANJA LALAINA", num, "MDG", "MDG", a["dob"], "F", "2030-03-17"
            ),
        )
    )
    rnum = "3102458719"
    rc = did.recepisse(
        {
            "seed": 306,
            "prefecture": "PRÉFECTURE DE LA HAUTE-GARONNE",
            "number": rnum,
            "surname": "RAZAFINDRAKOTO",
            "given": "Fanja Lalaina",
            "dob": a["dob"],
            "pob": "Antananarivo (Madagascar)",
            "nat_text": "malgache",
            "sex": "F",
            "address": "5 rue des Acacias, Bât B, 31200 Toulouse",
            "demande": "renouvellement - carte de séjour temporaire « salarié »",
            "validity": "Ce récépissé est valable du 15/10/2026 au 14/01/2027 inclus.",
            "work": True,
            "city": "Toulouse",
            "issued": "2026-10-15",
            "stamp_ring": "PREFECTURE DE LA HAUTE GARONNE",
        }
    )
    save_jpeg(phone_look(to_image(rc, 300), 307, rot90=180), os.path.join(d, "recepisse.jpg"), 86)
    docs.append(
        doc(
            [("recepisse.jpg", [1])],
            "residence_permit",
            "phone_photo",
            ident(
                "RAZAFINDRAKOTO",
                "FANJA LALAINA",
                rnum,
                "MDG",
                "FRA",
                a["dob"],
                "F",
                "2027-01-14",
                None,
            ),
            "récépissé (no MRZ), photo upside down",
        )
    )
    bc = did.birth_madagascar(
        {
            "seed": 308,
            "commune": "Antananarivo Renivohitra",
            "bureau": "Boriborintany faha-4 / 4e arrondissement",
            "dob": a["dob"],
            "acte_no": "1523",
            "issued": "2025-12-03",
            "officer": "RAKOTONIRINA Haingo",
            "text_mg": "Tamin'ny faha-sivy jolay taona iray arivo "
            "sivy zato sivy folo enina, tamin'ny folo ora maraina, no teraka tao Antananarivo "
            "RAZAFINDRAKOTO Fanja Lalaina, zazavavy, zanak'i RAZAFINDRAKOTO Jean Pierre sy "
            "RASOANIRINA Voahangy.",
            "text_fr": "Le neuf juillet mil neuf cent quatre-vingt-seize, à dix heures, est née à "
            "Antananarivo RAZAFINDRAKOTO Fanja Lalaina, de sexe féminin, fille de RAZAFINDRAKOTO "
            "Jean Pierre, comptable, et de RASOANIRINA Voahangy, institutrice, domiciliés à "
            "Ambohijatovo, Antananarivo. Dressé le douze juillet mil neuf cent quatre-vingt-seize "
            "sur la déclaration du père.",
        }
    )
    save_jpeg(phone_look(to_image(bc, 220), 309), os.path.join(d, "acte_de_naissance.jpg"), 86)
    docs.append(
        doc(
            [("acte_de_naissance.jpg", [1])],
            "birth_certificate",
            "phone_photo",
            {
                "surname": "RAZAFINDRAKOTO",
                "given_names": "FANJA LALAINA",
                "date_of_birth": a["dob"],
                "place_of_birth": "Antananarivo",
                "issuing_country": "MDG",
                "language": "mg+fr",
                "has_apostille": False,
            },
            "Madagascar: exempt from legalisation/apostille (France-Madagascar "
            "convention of 4 June 1973)",
        )
    )
    base = {
        "brand": "orange",
        "color": (255, 121, 0),
        "invoice": "OR-26-77401",
        "site": "orange.fr > Espace client",
        "client": "9009 417 552",
        "holder": "MME FANJA RAZAFINDRAKOTO",
        "address": ["5 RUE DES ACACIAS BAT B", "31200 TOULOUSE"],
        "service_label": "Livebox Fibre",
        "legal": "Orange SA au capital de 10 640 226 "
        "396 € - 111 quai du Président Roosevelt 92130 Issy-les-Moulineaux - RCS Nanterre "
        "380 129 866",
        "lines_of": lambda amt: [("Offre Livebox Fibre", amt), ("Location décodeur TV", "0.00")],
    }
    for b in bill_set(base, ["2026-08", "2026-09", "2026-10"], ["39.99", "39.99", "41.99"]):
        fn = f"orange_facture_{b['start'][:7]}.pdf"
        to_text_pdf([dfr.bill(b)], os.path.join(d, fn), "Facture Orange", "Orange")
        docs.append(
            doc(
                [(fn, [1])],
                "utility_bill",
                "text_pdf",
                {
                    "provider": "Orange",
                    "service": "internet",
                    "holder_name": "FANJA RAZAFINDRAKOTO",
                    "address": "5 RUE DES ACACIAS BAT B, 31200 TOULOUSE",
                    "issue_date": b["issue"],
                    "period_start": b["start"],
                    "period_end": b["end"],
                    "month": b["start"][:7],
                    "amount": b["amount"],
                },
            )
        )
    siret = luhn_complete("8123456780001")
    ps = {
        "start": "2026-10-01",
        "end": "2026-10-31",
        "paid": "2026-10-30",
        "employer": "EHPAD LES GLYCINES",
        "emp_addr": ["12 avenue de Lardenne", "31100 TOULOUSE"],
        "siret": siret,
        "naf": "8710A",
        "ccn": "FEHAP (IDCC 29)",
        "employee": "Mme RAZAFINDRAKOTO Fanja Lalaina",
        "addr": ["5 rue des Acacias, Bât B", "31200 Toulouse"],
        "job": "Aide-soignante",
        "hired": "2024-03-04",
        "rows": [
            ("Salaire de base", "151,67 h", "13,4100", "2 033,89"),
            ("Prime dimanches et fériés", "", "", "96,00"),
            ("SALAIRE BRUT", "", "", "2 129,89"),
            ("Santé", "", "", "-34,50"),
            ("Retraite", "", "", "-162,30"),
            ("Assurance chômage", "", "", "0,00"),
            ("CSG/CRDS", "", "", "-207,39"),
            ("TOTAL DES COTISATIONS", "", "", "-404,19"),
        ],
        "net_before": "1 725,70",
        "pas_rate": "1,3 %",
        "pas": "22,43",
        "net": "1 703,27",
    }
    to_text_pdf(
        [dfr.payslip(ps)],
        os.path.join(d, "bulletin_paie_octobre_2026.pdf"),
        "Bulletin de paie",
        "Silae",
    )
    docs.append(
        doc(
            [("bulletin_paie_octobre_2026.pdf", [1])],
            "payslip",
            "text_pdf",
            {
                "employer": "EHPAD LES GLYCINES",
                "employee_name": "RAZAFINDRAKOTO Fanja Lalaina",
                "period": "2026-10",
                "net_pay": "1703.27",
                "siret": siret,
            },
        )
    )
    iban, key = fr_iban("40618", "80216", "00041827305")
    sc = dfr.bourso_screenshot(
        {
            "clock": "20:15",
            "account_name": "Compte bancaire Welcome",
            "holder": "MME FANJA LALAINA RAZAFINDRAKOTO",
            "iban": iban,
            "bic": "BOUSFRPPXXX",
            "bank_code": "40618",
            "branch": "80216",
            "account": "00041827305",
            "key": key,
        }
    )
    sc.save(os.path.join(d, "Screenshot_20261105-201533.png"), "PNG")
    docs.append(
        doc(
            [("Screenshot_20261105-201533.png", [1])],
            "rib",
            "screenshot",
            rib_fields("FANJA LALAINA RAZAFINDRAKOTO", iban, "BOUSFRPPXXX", "BoursoBank"),
        )
    )
    return truth("2026-11-17", True, a, docs)


def p04(d):
    a = {
        "surname": "SOILIHI",
        "given": "ANLIYAT",
        "given_form": "Anliyat",
        "dob": "1998-03-22",
        "sex": "F",
    }
    docs = []
    f = form_dict(
        401,
        a,
        fill="typed",
        type_font="sans",
        run="B",
        usage="",
        pob_city="Mutsamudu",
        pob_country="Comores",
        nationality="comorienne",
        street="3 impasse des Mouettes, Résidence Le Phare, appt 21",
        cp="13015",
        city="Marseille",
        tel="07 45 90 31 62",
        email="anliyat.soilihi@gmail.com",
        situation="sans_activite",
        place="Marseille",
        date_fill="typed",
        hand_font="cursive",
        date_text="10/11/2026",
        signed_on="2026-11-10",
        signed=True,
    )
    to_text_pdf(dfm.form_pages(f), os.path.join(d, "demande_puma.pdf"), "S1106")
    docs.append(
        doc(
            [("demande_puma.pdf", [1, 2])],
            "application_form",
            "text_pdf",
            form_fields(a, f, "not_employed"),
            "typed on screen, signature drawn",
        )
    )
    num = "C00482761"
    m = td3("P", "COM", a["surname"], a["given"], num, "COM", yymmdd(a["dob"]), "F", "290804", "")
    pp = did.passport_page(
        {
            "seed": 402,
            "header": "UNION DES COMORES",
            "header2": "PASSEPORT / PASSPORT",
            "code": "COM",
            "number": num,
            "surname": a["surname"],
            "given": a["given"],
            "nat_text": "COMORIENNE",
            "dob": a["dob"],
            "sex": "F",
            "pob": "MUTSAMUDU",
            "issued": "2024-08-05",
            "expiry": "2029-08-04",
            "authority": "DGST MORONI",
            "mrz": m,
            "paper": (232, 236, 226),
            "ink": (30, 90, 60),
            "scarf": (40, 90, 110),
            "labels": {
                "surname": "Nom / Surname",
                "given": "Prénoms / Given names",
                "no": "N° Passeport",
            },
        }
    )
    vnum = "019934720"
    vm = mrva("FRA", a["surname"], a["given"], vnum, "COM", yymmdd(a["dob"]), "F", "260914")
    vp = did.visa_page(
        {
            "seed": 403,
            "number": vnum,
            "valid_from": "2025-09-15",
            "valid_until": "2026-09-14",
            "issued_in": "MORONI",
            "issued_on": "2025-08-28",
            "passport_no": num,
            "surname": a["surname"],
            "given": a["given"],
            "remarks": "VLS-TS ETUDIANT",
            "remarks2": "DISPENSE TEMPORAIRE DE CARTE DE SEJOUR",
            "mrz": vm,
            "scarf": (40, 90, 110),
        }
    )
    image_pdf(
        [scan_look(to_image(pp, 300), 404), scan_look(to_image(vp, 300), 405)],
        os.path.join(d, "passeport_visa.pdf"),
    )
    docs.append(
        doc(
            [("passeport_visa.pdf", [1])],
            "passport",
            "image_pdf",
            ident("SOILIHI", "ANLIYAT", num, "COM", "COM", a["dob"], "F", "2029-08-04"),
        )
    )
    docs.append(
        doc(
            [("passeport_visa.pdf", [2])],
            "long_stay_visa",
            "image_pdf",
            dict(
                ident("SOILIHI", "ANLIYAT", vnum, "COM", "FRA", a["dob"], "F", "2026-09-14"),
                visa_type="D",
                vls_ts=True,
                category="VLS-TS étudiant",
                valid_from="2025-09-15",
                valid_until="2026-09-14",
            ),
            "DEFECT: expired 2026-09-14",
        )
    )
    bc = did.birth_comoros(
        {
            "seed": 406,
            "prefecture": "Mutsamudu",
            "commune": "Mutsamudu",
            "dob": a["dob"],
            "acte_no": "0412",
            "surname": "SOILIHI",
            "given": "Anliyat",
            "dob_words": "Vingt-deux mars mil neuf cent quatre-vingt-dix-huit (22/03/1998)",
            "hour": "14 h 30",
            "pob": "Mutsamudu (Ndzuani)",
            "sex": "Féminin",
            "father": "SOILIHI Ahmed Combo",
            "father_job": "Commerçant",
            "mother": "MADI Zainaba",
            "mother_job": "Ménagère",
            "home": "Mutsamudu, Hampanga",
            "issued": "2025-06-16",
            "officer": "ATTOUMANI Said",
            "legal_moroni": "2025-06-23",
            "legal_fr": "2025-07-02",
            "legal_no1": "MAE/LEG/2025/3318",
            "legal_no2": "2025/1147",
        }
    )
    save_jpeg(scan_look(to_image(bc, 200), 407), os.path.join(d, "acte_naissance.jpg"), 84, 200)
    docs.append(
        doc(
            [("acte_naissance.jpg", [1])],
            "birth_certificate",
            "scan",
            {
                "surname": "SOILIHI",
                "given_names": "ANLIYAT",
                "date_of_birth": a["dob"],
                "place_of_birth": "Mutsamudu (Ndzuani)",
                "issuing_country": "COM",
                "language": "fr",
                "has_apostille": False,
            },
            "Comoros: not a Hague party, no bilateral exemption: legalised by the "
            "Comorian MFA and the French embassy in Moroni",
        )
    )
    le = {
        "seed": 408,
        "kind": "Logement meublé - résidence principale",
        "paper": (250, 250, 247),
        "font": "dejavu",
        "fontb": "dejavub",
        "landlord_text": "M. Gérard Pastorelli, demeurant 41 boulevard Baille, 13006 Marseille",
        "tenant_text": "Mlle Anliyat SOILIHI, née le 22/03/1998 à Mutsamudu (Comores)",
        "address_text": "3 impasse des Mouettes, Résidence Le Phare, "
        "appartement 21, 13015 Marseille",
        "desc": "Studio meublé de 24 m², inventaire du mobilier annexé.",
        "start": "2025-10-01",
        "duration": "1 an reconductible",
        "rent": "520,00",
        "charges": "40,00",
        "deposit": "1 040,00",
        "dpe": "E",
        "city": "Marseille",
        "signed": "2025-09-25",
    }
    pages = [scan_look(to_image(p, 200), 409 + i) for i, p in enumerate(dfr.lease(le))]
    image_pdf(pages, os.path.join(d, "bail_location.pdf"))
    docs.append(
        doc(
            [("bail_location.pdf", [1, 2])],
            "lease",
            "image_pdf",
            {
                "tenant_names": ["Anliyat SOILIHI"],
                "landlord": "Gérard Pastorelli",
                "address": "3 impasse des Mouettes, Résidence Le Phare, appartement 21, "
                "13015 Marseille",
                "start_date": "2025-10-01",
            },
        )
    )
    iban, key = fr_iban("13306", "00087", "71204598100")
    r = {
        "bank": "CRÉDIT AGRICOLE ALPES PROVENCE",
        "color": (0, 110, 100),
        "holder": "MLLE SOILIHI ANLIYAT",
        "holder_addr": ["3 IMP DES MOUETTES APPT 21", "13015 MARSEILLE"],
        "agency": ["MARSEILLE SAINT-LOUIS", "280 RUE DE LYON", "13015 MARSEILLE"],
        "bank_code": "13306",
        "branch": "00087",
        "account": "71204598100",
        "key": key,
        "iban": iban,
        "bic": "AGRIFRPP813",
        "font": "carlito",
        "fontb": "carlitob",
    }
    save_jpeg(
        phone_look(to_image(dfr.rib(r), 220), 412, rot90=90),
        os.path.join(d, "IMG_20261106_093018.jpg"),
        87,
    )
    docs.append(
        doc(
            [("IMG_20261106_093018.jpg", [1])],
            "rib",
            "phone_photo",
            rib_fields("SOILIHI ANLIYAT", iban, "AGRIFRPP813", "Crédit Agricole Alpes Provence"),
        )
    )
    return truth(
        "2026-11-18",
        False,
        a,
        docs,
        "residence_status invalid: the only residence document is a VLS-TS "
        "(valid 2025-09-15 to 2026-09-14) expired before as_of; no récépissé or titre "
        "de séjour",
        {"residence_status": "invalid"},
    )
