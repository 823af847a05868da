"""Blind set AM: four PUMa packets (three in order, one with a single defect).

Usage: python generate.py OUT_DIR
Deterministic, one process; writes OUT_DIR/manifest.json and OUT_DIR/packets/.
"""

from __future__ import annotations

import json
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

import civil  # noqa: E402
import frdocs  # noqa: E402
import housing  # noqa: E402
import ids  # noqa: E402
import render as R  # noqa: E402
from packet import Packet, all_complete, form_fields, id_fields, on_a4, visa_fields  # noqa: E402


# =========================================================================================
def p01_ethiopia(out: str) -> None:
    P = Packet(out, "p01", "2026-11-16", True)
    app = {"surname": "WOLDEMARIAM", "given_names": "MEKDES TSEGAYE", "date_of_birth": "1993-04-11"}
    addr = ["8 allée des Glycines, Appt 24", "93200 Saint-Denis"]
    form = {
        "surname": "Woldemariam", "given": "Mekdes Tsegaye", "sex": "F", "dob": "1993-04-11",
        "pob_city": "ADDIS ABEBA", "pob_country": "ÉTHIOPIE", "nationality": "ÉTHIOPIENNE",
        "address1": addr[0].upper(), "address2": addr[1].upper(), "phone": "07 58 41 29 63",
        "email": "mekdes.tsegaye93@gmail.com", "activity": "employed",
        "employer": "CLINIQUE DES LILAS SAS", "job": "AIDE-SOIGNANTE", "contract": "CDI",
        "hired": "02/06/2026", "place": "SAINT-DENIS", "signed_on": "2026-11-09",
    }  # fmt: skip
    R.write_text_pdf(P.path("Cerfa_15763_Woldemariam.pdf"), frdocs.cerfa(form, "typed", 11),
                     "cerfa_15763-02", "Adobe Acrobat Pro 2024")  # fmt: skip
    P.doc("application_form", "text_pdf", [("Cerfa_15763_Woldemariam.pdf", [1, 2])],
          form_fields(app, True, "2026-11-09"), "typed in the fillable PDF, signature image")  # fmt: skip

    pp = {
        "country": "ETH", "nat": "ETH", "surname": "Woldemariam", "given": "Mekdes Tsegaye",
        "number": "EP7264193", "dob": "1993-04-11", "sex": "F", "pob": "ADDIS ABABA",
        "issued": "2024-02-20", "expiry": "2029-02-19",
    }  # fmt: skip
    style = {
        "tint": (30, 80, 60), "guil": (200, 220, 200), "header": "FEDERAL DEMOCRATIC REPUBLIC "
        "OF ETHIOPIA", "header2": "PASSPORT / ፓስፖርት", "font_h": "free", "inside1": "IMMIGRATION AND "
        "CITIZENSHIP SERVICE", "inside2": "This passport contains 32 pages", "nat_text":
        "ETHIOPIAN", "authority": "ICS ADDIS ABABA", "skin": (120, 80, 60),
        "labels": ["Type", "Code", "Passport No.", "Surname", "Given Names", "Nationality",
                   "Date of Birth", "Sex", "Place of Birth", "Date of Issue", "Authority",
                   "Date of Expiry"],
    }  # fmt: skip
    bk = ids.passport_booklet(pp, style, 101).raster(300)
    img = R.phone_photo(bk, P.rng("pass"), 4000, 0, 0.8)
    R.save_jpeg(img, P.path("IMG_20261104_183022.jpg"), 88)
    P.doc("passport", "phone_photo", [("IMG_20261104_183022.jpg", [1])], id_fields(pp),
          "open booklet on a table")  # fmt: skip

    v = {
        "number": "031648257", "from": "2026-05-02", "until": "2027-05-01", "days": 365,
        "place": "ADDIS ABEBA", "issued": "2026-04-14", "passport_no": "EP7264193",
        "surname": "WOLDEMARIAM", "given": "MEKDES TSEGAYE", "nat": "ETH", "dob": "1993-04-11",
        "sex": "F", "remarks1": "VLS-TS SALARIE", "remarks2": "CESEDA R.431-16 15°",
        "skin": (120, 80, 60),
    }  # fmt: skip
    vis = ids.visa_page(v, 102).raster(300)
    img = R.phone_photo(vis, P.rng("visa"), 3600, 90, 0.82)
    R.save_jpeg(img, P.path("IMG_20261104_183107.jpg"), 87)
    P.doc("long_stay_visa", "phone_photo", [("IMG_20261104_183107.jpg", [1])],
          visa_fields(v, "salarié"), "visa sticker, photo rotated 90°")  # fmt: skip

    bc = {
        "reg": "AA/0172/2018/0455931", "cert": "0923114", "name": "MEKDES", "father": "TSEGAYE",
        "grandfather": "WOLDEMARIAM", "sex": "Female", "dob_ec": "03/08/1985",
        "dob_gc": "11/04/1993", "pob": "Addis Ababa, Yeka Sub-City", "mother":
        "ALMAZ GIRMA BEYENE", "registered": "22/01/2018", "issued": "14/03/2026",
        "registrar": "Ato Dawit Haile", "mofa_no": "MFA/AUTH/26/41177", "mofa_date":
        "17/03/2026", "fr_legal_date": "24/03/2026", "fr_legal_no": "2026-0612",
    }  # fmt: skip
    im = R.scan(civil.ethiopia(bc, 103).raster(200), P.rng("bc"))
    R.write_image_pdf(P.path("acte de naissance.pdf"), [im])
    P.doc("birth_certificate", "image_pdf", [("acte de naissance.pdf", [1])], {
        "surname": "WOLDEMARIAM", "given_names": "MEKDES TSEGAYE", "date_of_birth": "1993-04-11",
        "place_of_birth": "Addis Ababa, Yeka Sub-City", "issuing_country": "ETH",
        "language": "en", "has_apostille": False},
        "bilingual Amharic/English; name = given name, father's name, grandfather's name; "
        "Ethiopia is not a Hague Apostille party: legalised by the Ethiopian MoFA and the "
        "French embassy (stamps on the certificate), so no apostille is expected")  # fmt: skip

    L = {
        "landlord": "SCI LES GLYCINES, société civile immobilière au capital de 1 500 €",
        "landlord_addr": "dont le siège est 3 rue de la République, 93200 Saint-Denis",
        "agent": "FONCIA Saint-Denis, 12 boulevard Jules Guesde, 93200 Saint-Denis",
        "tenants_printed": ["Madame Mekdes Tsegaye WOLDEMARIAM"],
        "address": "8 allée des Glycines, bâtiment B, 2e étage, appartement 24, 93200 "
        "Saint-Denis", "built": "1975", "surface": "41,5", "rooms": "2",
        "start_words": "1er juin 2026", "rent": 780.0, "charges": 95.0,
        "city": "Saint-Denis", "signed_words": "22 mai 2026",
    }  # fmt: skip
    R.write_text_pdf(P.path("Bail_Glycines_signé.pdf"), housing.lease(L, 104), "Bail",
                     "FONCIA — Signature électronique Yousign")  # fmt: skip
    P.doc("lease", "text_pdf", [("Bail_Glycines_signé.pdf", [1, 2, 3])], {
        "tenant_names": ["Mekdes Tsegaye WOLDEMARIAM"], "landlord": "SCI LES GLYCINES",
        "address": L["address"], "start_date": "2026-06-01"},
        "bail loi 1989 logement nu, 3 pages, agency-managed")  # fmt: skip

    s = {
        "employer": "CLINIQUE DES LILAS SAS", "employer_addr": ["41 avenue du Maréchal "
        "Juin", "93260 Les Lilas"], "siret": "412 336 987 00029", "ape": "8610Z",
        "ccn": "Hospitalisation privée (IDCC 2264)", "p1": "01/10/2026", "p2": "31/10/2026",
        "paid": "31/10/2026", "employee": "Mme WOLDEMARIAM Mekdes Tsegaye",
        "employee_addr": addr, "job": "Aide-soignante", "status": "Non cadre",
        "hired": "02/06/2026", "contract": "CDI temps plein", "hours": 151.67,
        "gross": 2104.35, "net_before_tax": 1642.18, "net": 1609.34, "pas_rate": 2.0,
    }  # fmt: skip
    R.write_text_pdf(P.path("bulletin_salaire_2026_10.pdf"), [housing.payslip(s)],
                     "Bulletin 10-2026", "Silae Paie")  # fmt: skip
    P.doc("payslip", "text_pdf", [("bulletin_salaire_2026_10.pdf", [1])], {
        "employer": "CLINIQUE DES LILAS SAS", "employee_name": "WOLDEMARIAM Mekdes Tsegaye",
        "period": "2026-10", "net_pay": 1609.34, "siret": "41233698700029"},
        "bulletin de paie clarifié; net payé après prélèvement à la source")  # fmt: skip

    ib, key = ids.fr_iban("30002", "00418", "0000751183P")
    r = {"holder": "MME WOLDEMARIAM MEKDES TSEGAYE", "address": addr,
         "branch_name": "LCL SAINT DENIS REPUBLIQUE", "branch_addr": "2 rue de la "
         "République 93200 Saint-Denis", "bank": "30002", "branch": "00418",
         "account": "0000751183P", "key": key, "iban": ib, "bic": "CRLYFRPP"}  # fmt: skip
    R.write_text_pdf(P.path("RIB LCL.pdf"), [frdocs.rib_lcl(r)], "RIB", "LCL")
    P.doc("rib", "text_pdf", [("RIB LCL.pdf", [1])], {
        "holder_name": "MEKDES TSEGAYE WOLDEMARIAM", "iban": ib, "bic": "CRLYFRPP",
        "bank_name": "LCL", "iban_valid": True, "rib_key_valid": True})  # fmt: skip
    P.truth("complete", all_complete(True), None, app)


# =========================================================================================
def p02_burkina(out: str) -> None:
    P = Packet(out, "p02", "2026-12-03", False)
    app = {"surname": "OUEDRAOGO", "given_names": "AMINATA RASMATA", "date_of_birth": "1998-09-23"}
    addr = ["41 rue de Marseille, Appt 305", "69007 Lyon"]
    form = {
        "surname": "Ouedraogo", "given": "Aminata Rasmata", "sex": "F", "dob": "1998-09-23",
        "pob_city": "Koudougou", "pob_country": "Burkina Faso", "nationality": "Burkinabè",
        "address1": "41 rue de Marseille, Appt 305", "address2": "69007 Lyon",
        "phone": "07 66 12 08 45", "email": "aminata.oued@yahoo.fr", "activity": "student",
        "place": "Lyon", "signed_on": "2026-11-28", "hand_font": "hand1",
    }  # fmt: skip
    pages = frdocs.cerfa(form, "hand", 21)
    for i, (fname, rot) in enumerate((("IMG_4471.JPG", 0), ("IMG_4472.JPG", 270))):
        img = R.phone_photo(pages[i].raster(150), P.rng(f"form{i}"), 4000, rot, 0.84)
        R.save_jpeg(img, P.path(fname), 86)
    P.doc("application_form", "phone_photo", [("IMG_4471.JPG", [1]), ("IMG_4472.JPG", [1])],
          form_fields(app, False, "2026-11-28"),
          "printed blank cerfa filled in with a pen; page 2 photographed rotated; section B "
          "'étudiant(e)' ticked (no job)")  # fmt: skip

    pp = {
        "country": "BFA", "nat": "BFA", "surname": "Ouedraogo", "given": "Aminata Rasmata",
        "number": "B01938472", "dob": "1998-09-23", "sex": "F", "pob": "KOUDOUGOU",
        "issued": "2023-06-12", "expiry": "2028-06-11",
    }  # fmt: skip
    style = {
        "tint": (120, 40, 40), "guil": (230, 205, 190), "paper": (240, 236, 226),
        "header": "BURKINA FASO  •  CEDEAO / ECOWAS", "header2": "PASSEPORT / PASSPORT",
        "inside1": "COMMUNAUTÉ ÉCONOMIQUE DES ÉTATS DE L'AFRIQUE DE L'OUEST",
        "inside2": "Le Ministre des Affaires étrangères prie les autorités civiles et militaires",
        "nat_text": "BURKINABE", "authority": "DGPN", "skin": (110, 75, 55),
        "labels": ["Type", "Code du pays", "N° de passeport", "Nom / Surname",
                   "Prénoms / Given names", "Nationalité", "Date de naissance", "Sexe",
                   "Lieu de naissance", "Date de délivrance", "Autorité",
                   "Date d'expiration"],
    }  # fmt: skip
    bk = ids.passport_booklet(pp, style, 201).raster(200)
    v = {
        "number": "031902774", "from": "2026-08-25", "until": "2027-08-24", "days": 365,
        "place": "OUAGADOUGOU", "issued": "2026-07-30", "passport_no": "B01938472",
        "surname": "OUEDRAOGO", "given": "AMINATA RASMATA", "nat": "BFA", "dob": "1998-09-23",
        "sex": "F", "remarks1": "VLS-TS ETUDIANT", "remarks2": "CAMPUS FRANCE",
        "skin": (110, 75, 55),
    }  # fmt: skip
    vis = ids.visa_page(v, 202).raster(200)
    im1 = R.scan(on_a4(bk, 200, (40, 30)), P.rng("s1"), skew=0.8)
    im2 = R.scan(on_a4(vis, 200, (40, 40)), P.rng("s2"), skew=1.5)
    R.write_image_pdf(P.path("scan_identite.pdf"), [im1, im2])
    P.doc("passport", "image_pdf", [("scan_identite.pdf", [1])], id_fields(pp),
          "ECOWAS passport booklet on the scanner glass")  # fmt: skip
    P.doc("long_stay_visa", "image_pdf", [("scan_identite.pdf", [2])],
          visa_fields(v, "étudiant"), "visa page, second page of the same scan")  # fmt: skip

    bc = {
        "region": "CENTRE-OUEST", "province": "BOULKIEMDÉ", "commune": "KOUDOUGOU",
        "acte": "2417", "registered": "1998-09-28", "dob_words": "vingt-trois septembre mil "
        "neuf cent quatre-vingt-dix-huit", "time": "dix heures trente minutes",
        "pob": "Centre Hospitalier Régional de Koudougou", "given": "Aminata Rasmata",
        "surname": "OUEDRAOGO", "sex_words": "féminin", "father": "OUEDRAOGO Salif",
        "father_dob": "vers 1964 à Réo", "father_job": "enseignant", "mother":
        "KABORE Awa", "mother_dob": "le 02/03/1972 à Koudougou", "mother_job": "commerçante",
        "domicile": "Koudougou, secteur 7", "issued": "2026-06-18",
        "officer": "Mme ZONGO Bintou",
    }  # fmt: skip
    im = R.scan(civil.burkina(bc, 203).raster(200), P.rng("bc"), paper=(236, 234, 224))
    R.save_jpeg(im, P.path("extrait_naissance.jpg"), 82, 200)
    P.doc("birth_certificate", "scan", [("extrait_naissance.jpg", [1])], {
        "surname": "OUEDRAOGO", "given_names": "AMINATA RASMATA", "date_of_birth": "1998-09-23",
        "place_of_birth": "Koudougou", "issuing_country": "BFA", "language": "fr",
        "has_apostille": False},
        "date of birth in words; Burkina Faso is exempt from legalisation/apostille with "
        "France (convention franco-burkinabè of 24 April 1961), so none is expected")  # fmt: skip

    ib_masked = "FR76 **** **** **** **** ***4 512"
    for month, issue, debit in (("09", "2026-09-03", "2026-09-10"),
                                ("10", "2026-10-03", "2026-10-10"),
                                ("11", "2026-11-03", "2026-11-10")):  # fmt: skip
        last = {"09": "30", "10": "31", "11": "30"}[month]
        b = {
            "holder": "Mme Aminata OUEDRAOGO", "address": addr, "account": "1.23187.4409",
            "number": f"F2026{month}7741096", "line": "04 78 61 22 90",
            "issue_fr": frdocs.in_words(issue), "debit_fr": ids.dmy(debit),
            "iban_masked": ib_masked, "p1": f"01/{month}/2026", "p2": f"{last}/{month}/2026",
            "amount": 27.99,
        }  # fmt: skip
        fname = f"Facture_Bbox_{month}2026.pdf"
        R.write_text_pdf(P.path(fname), [frdocs.bouygues_bill(b, 204 + int(month))],
                         "Facture Bouygues Telecom", "Bouygues Telecom")  # fmt: skip
        P.doc("utility_bill", "text_pdf", [(fname, [1])], {
            "provider": "Bouygues Telecom", "service": "internet",
            "holder_name": "Aminata OUEDRAOGO", "address": ", ".join(addr),
            "issue_date": issue, "period_start": f"2026-{month}-01",
            "period_end": f"2026-{month}-{last}", "amount": 27.99, "month": f"2026-{month}"},
            "Bbox monthly bill downloaded from the customer area")  # fmt: skip

    bban = "32500" + "41268930517"
    ib = ids.iban("LT", bban)
    scr = frdocs.revolut_screen({"holder": "Aminata Rasmata Ouedraogo", "iban": ib,
                                 "bic": "REVOLT21"}).raster(254)  # fmt: skip
    scr.save(P.path("Screenshot_20261127-214503.png"))
    P.doc("rib", "screenshot", [("Screenshot_20261127-214503.png", [1])], {
        "holder_name": "Aminata Rasmata Ouedraogo", "iban": ib, "bic": "REVOLT21",
        "bank_name": "Revolut Bank UAB", "iban_valid": True, "rib_key_valid": None},
        "Revolut app account details; Lithuanian SEPA IBAN, acceptable (SEPA regulation)")  # fmt: skip
    P.truth("complete", all_complete(False), None, app)


# =========================================================================================
def p03_uzbekistan(out: str) -> None:
    P = Packet(out, "p03", "2027-01-20", True)
    app = {"surname": "TURSUNOV", "given_names": "JASUR", "date_of_birth": "1990-02-14"}
    host_addr = ["14 rue des Tanneurs", "59000 Lille"]
    form = {
        "surname": "TURSUNOV", "given": "Jasur", "sex": "M", "dob": "1990-02-14",
        "pob_city": "Samarcande", "pob_country": "Ouzbékistan", "nationality": "ouzbèke",
        "address1": "chez M. Carpentier, 14 rue des Tanneurs", "address2": "59000 LILLE",
        "phone": "06 45 90 17 38", "email": "j.tursunov@proton.me", "activity": "employed",
        "employer": "NEXALYS TECHNOLOGIES", "job": "Ingénieur logiciel", "contract": "CDI",
        "hired": "01/09/2026", "place": "Lille", "signed_on": "2027-01-11",
        "hand_font": "hand2",
    }  # fmt: skip
    pages = [
        R.scan(p.raster(200), P.rng(f"f{i}")) for i, p in enumerate(frdocs.cerfa(form, "hand", 31))
    ]
    R.write_image_pdf(P.path("formulaire_S1106.pdf"), pages)
    P.doc("application_form", "image_pdf", [("formulaire_S1106.pdf", [1, 2])],
          form_fields(app, True, "2027-01-11"), "filled by hand, scanned")  # fmt: skip

    pp = {
        "country": "UZB", "nat": "UZB", "surname": "Tursunov", "given": "Jasur",
        "number": "FA4729105", "dob": "1990-02-14", "sex": "M", "pob": "SAMARQAND",
        "issued": "2022-03-15", "expiry": "2032-03-14", "personal": "31402905420036",
    }  # fmt: skip
    style = {
        "tint": (20, 60, 110), "guil": (190, 210, 230), "paper": (232, 238, 240),
        "header": "O'ZBEKISTON RESPUBLIKASI / REPUBLIC OF UZBEKISTAN",
        "header2": "PASPORT / PASSPORT", "inside1": "O'ZBEKISTON RESPUBLIKASI",
        "inside2": "Biometrik pasport / Biometric passport", "nat_text": "UZBEKISTAN",
        "authority": "IIV 26275", "skin": (190, 150, 120), "font": "dejavu-c",
        "font_v": "dejavu-b",
        "labels": ["Turi / Type", "Kodi / Code", "Pasport № / Passport No", "Familiyasi / "
                   "Surname", "Ismi / Given names", "Fuqaroligi / Nationality",
                   "Tug'ilgan sanasi / Date of birth", "Jinsi / Sex", "Tug'ilgan joyi",
                   "Berilgan sana / Date of issue", "Organ / Authority",
                   "Amal qilish muddati / Date of expiry"],
    }  # fmt: skip
    bk = ids.passport_booklet(pp, style, 301).raster(300)
    img = R.phone_photo(bk, P.rng("pass"), 3264, 270, 0.86)
    R.save_jpeg(img, P.path("passeport.jpg"), 85)
    P.doc("passport", "phone_photo", [("passeport.jpg", [1])], id_fields(pp),
          "booklet photographed sideways (rotated 270°); PINFL in the MRZ personal number")  # fmt: skip

    t = {
        "surname": "TURSUNOV", "given": "JASUR", "kind": "CARTE DE SÉJOUR PLURIANNUELLE",
        "remarks": "PASSEPORT TALENT - SALARIÉ QUALIFIÉ", "number": "K7F2P9W41",
        "expiry": "2030-07-14", "dob": "1990-02-14", "pob": "SAMARQAND (UZB)", "nat": "UZB",
        "sex": "M", "address": "14 RUE DES TANNEURS 59000 LILLE", "prefecture":
        "PRÉFECTURE DU NORD", "issued": "2026-07-15", "skin": (190, 150, 120),
    }  # fmt: skip
    front, back = ids.titre_sejour(t, 302)
    for fname, pg, tag, rot in (("titre_sejour_recto.jpg", front, "tsr", 0),
                                ("titre_sejour_verso.jpg", back, "tsv", 180)):  # fmt: skip
        img = R.phone_photo(pg.raster(400), P.rng(tag), 3264, rot, 0.62)
        R.save_jpeg(img, P.path(fname), 86)
    P.doc("residence_permit", "phone_photo",
          [("titre_sejour_recto.jpg", [1]), ("titre_sejour_verso.jpg", [1])], {
              "surname": "TURSUNOV", "given_names": "JASUR", "document_number": "K7F2P9W41",
              "nationality": "UZB", "issuing_country": "FRA", "date_of_birth": "1990-02-14",
              "sex": "M", "expiry_date": "2030-07-14", "mrz_valid": True},
          "carte de séjour pluriannuelle passeport talent, recto and verso (verso upside down)")  # fmt: skip

    bc = {
        "surname": "TURSUNOV", "given": "JASUR", "patronymic": "BAXODIR O'G'LI",
        "dob_text": "14.02.1990", "dob_words": "o'n to'rtinchi fevral bir ming to'qqiz yuz "
        "to'qsoninchi yil", "pob": "Samarqand shahri, Samarqand viloyati", "father":
        "TURSUNOV BAXODIR ALIMOVICH", "father_nat": "o'zbek", "mother": "TURSUNOVA "
        "NODIRA KAMOLOVNA", "mother_nat": "o'zbek", "act": "318", "registered":
        "1990-02-21", "office": "Samarqand shahar FHDYo bo'limi", "issued": "2026-02-09",
        "series": "I-SM", "number": "0827341",
    }  # fmt: skip
    ap = {
        "country_text": "REPUBLIC OF UZBEKISTAN / RÉPUBLIQUE D'OUZBÉKISTAN",
        "local_title": "O'zbekiston Respublikasi Adliya vazirligi",
        "signer": "Xolmatova D.R.", "capacity": "Head of Civil Registry Office",
        "seal": "Samarkand City Civil Registry Office", "place": "Tashkent",
        "date_text": "18.02.2026", "by": "Ministry of Justice of the Republic of Uzbekistan",
        "number": "04-26/1187", "stamp": "MINISTRY OF JUSTICE * UZBEKISTAN",
    }  # fmt: skip
    tr = {
        "translator": "Mme Elena KOVALENKO-DUBOIS", "court": "Douai",
        "tr_addr": "27 rue Nationale, 59000 Lille", "no": "2026/0311", "from_lang": "ouzbek",
        "title": "CERTIFICAT DE NAISSANCE", "rows": [
            ("Nom", "TURSUNOV"), ("Prénom", "JASUR"), ("Patronyme", "fils de BAKHODIR"),
            ("Date de naissance", "14 février 1990"),
            ("Lieu de naissance", "ville de Samarcande, région de Samarcande"),
            ("Père", "TURSUNOV Bakhodir Alimovitch, ouzbek"),
            ("Mère", "TURSUNOVA Nodira Kamolovna, ouzbèke"),
            ("Acte n°", "318 du 21.02.1990"), ("Série / numéro", "I-SM n° 0827341")],
        "extra": ["[Sceau rond : Service de l'état civil de la ville de Samarcande]",
                  "[Apostille n° 04-26/1187 du 18.02.2026, Ministère de la Justice]"],
        "date": "2026-04-02", "stamp": "E. KOVALENKO-DUBOIS * COUR D'APPEL DE DOUAI",
    }  # fmt: skip
    imgs = [
        R.scan(on_a4(civil.uzbekistan(bc, 303).raster(200), 200, (31, 40)), P.rng("bc")),
        R.scan(on_a4(civil.apostille(ap, 304).raster(200), 200, (31, 30)), P.rng("ap")),
        R.scan(civil.translation(tr, 305).raster(200), P.rng("tr")),
    ]
    fn = "acte_naissance_apostille_traduction.pdf"
    R.write_image_pdf(P.path(fn), imgs)
    P.doc("birth_certificate", "image_pdf", [(fn, [1])], {
        "surname": "TURSUNOV", "given_names": "JASUR", "date_of_birth": "1990-02-14",
        "place_of_birth": "Samarqand", "issuing_country": "UZB", "language": "uz",
        "has_apostille": True}, "Uzbek Latin with Russian labels, patronymic separate")  # fmt: skip
    P.doc("apostille", "image_pdf", [(fn, [2])], {
        "country": "UZB", "issued_on": "2026-02-18", "number": "04-26/1187",
        "signed_by": "Ministry of Justice of the Republic of Uzbekistan"})  # fmt: skip
    P.doc("translation", "image_pdf", [(fn, [3])], {}, "sworn translation uz -> fr")

    at = {
        "host": "Julien Carpentier", "host_dob": "1988-05-12", "host_pob": "Lyon (69)",
        "addr1": "14 rue des Tanneurs", "addr2": "59000 Lille", "hosted_title": "M.",
        "hosted": "Jasur TURSUNOV", "hosted_dob": "1990-02-14",
        "hosted_pob": "Samarcande (Ouzbékistan)", "since": "2026-07-20", "city": "Lille",
        "signed_on": "2027-01-08", "font": "hand4",
    }  # fmt: skip
    im = R.scan(housing.attestation_hand(at, 306).raster(200), P.rng("att"), skew=1.8)
    R.save_jpeg(im, P.path("attestation_hebergement.jpg"), 80, 200)
    P.doc("hosting_attestation", "scan", [("attestation_hebergement.jpg", [1])], {
        "host_name": "Julien Carpentier", "hosted_name": "Jasur TURSUNOV",
        "address": "14 rue des Tanneurs, 59000 Lille", "since_date": "2026-07-20",
        "signed_on": "2027-01-08", "signed": True}, "handwritten on squared paper")  # fmt: skip

    c = {"surname": "CARPENTIER", "given": "Julien, Marc", "sex": "M", "dob": "1988-05-12",
         "pob": "LYON 3E ARRONDISSEMENT (69)", "number": "YF8K2L7Q1", "expiry": "2032-09-02",
         "issued": "2022-09-03"}  # fmt: skip
    cf, cb = ids.cni_2021(c, 307)
    bed = on_a4(cf.raster(300), 300, (30, 30), cb.raster(300), (30, 100))
    R.write_image_pdf(P.path("CNI_Julien.pdf"), [R.scan(bed, P.rng("cni"))], dpi=300)
    P.doc("national_id", "image_pdf", [("CNI_Julien.pdf", [1])], {
        "surname": "CARPENTIER", "given_names": "JULIEN MARC", "document_number": "YF8K2L7Q1",
        "nationality": "FRA", "issuing_country": "FRA", "date_of_birth": "1988-05-12",
        "sex": "M", "expiry_date": "2032-09-02", "mrz_valid": True},
        "host's identity card, recto and verso on one scanned page")  # fmt: skip

    for month, name_fr, issue, due, last in (
        ("10", "Octobre", "2026-10-02", "2026-10-05", "31"),
        ("11", "Novembre", "2026-11-02", "2026-11-05", "30"),
        ("12", "Décembre", "2026-12-02", "2026-12-05", "31"),
    ):
        b = {
            "holder": "Carpentier Julien", "address": ["Carpentier Julien"] + host_addr,
            "email": "julien.carpentier@free.fr", "line": "FO31882047", "client": "20561193",
            "number": f"7{month}4410{int(month) * 37:03d}", "amount": 29.99,
            "issue_long": f"{issue[8:]} {name_fr} 2026", "due_long": f"{due[8:]} {name_fr} 2026",
            "period_long": f"1er au {last} {name_fr} 2026",
        }  # fmt: skip
        b["address"] = host_addr
        fname = f"Free_facture_{name_fr.lower()}.pdf"
        R.write_text_pdf(P.path(fname), frdocs.free_bill(b), "Facture Free", "Free")
        P.doc("utility_bill", "text_pdf", [(fname, [1, 2])], {
            "provider": "Free", "service": "internet", "holder_name": "Carpentier Julien",
            "address": "14 rue des Tanneurs, 59000 Lille", "issue_date": issue,
            "period_start": f"2026-{month}-01", "period_end": f"2026-{month}-{last}",
            "amount": 29.99, "month": f"2026-{month}"}, "host's Freebox bill")  # fmt: skip

    k = {
        "employer": "Nexalys Technologies", "form": "SAS au capital de 250 000 €",
        "employer_addr": "165 avenue de Bretagne, 59000 Lille", "siret": "832 914 057 00018",
        "rep": "Mme Sophie Delattre", "employee": "Jasur TURSUNOV", "dob": "1990-02-14",
        "pob": "Samarcande (Ouzbékistan)", "nat_fr": "ouzbèke",
        "address": "14 rue des Tanneurs, 59000 Lille", "start": "2026-09-01",
        "job": "Ingénieur logiciel", "position": "2.2, coefficient 130",
        "ccn": "Syntec (IDCC 1486)", "salary": 52000.0,
        "workplace": "165 avenue de Bretagne, 59000 Lille", "city": "Lille",
        "signed_on": "2026-07-28",
    }  # fmt: skip
    imgs = [R.scan(p.raster(200), P.rng(f"k{i}")) for i, p in enumerate(housing.contract(k, 308))]
    R.write_image_pdf(P.path("contrat_CDI_Nexalys.pdf"), imgs)
    P.doc("employment_contract", "image_pdf", [("contrat_CDI_Nexalys.pdf", [1, 2])], {
        "employer": "Nexalys Technologies", "employee_name": "Jasur TURSUNOV",
        "contract_type": "CDI", "job_title": "Ingénieur logiciel", "start_date": "2026-09-01"},
        "signed CDI, scanned")  # fmt: skip

    ib, key = ids.fr_iban("30003", "02790", "00050412876")
    r = {"holder": "M JASUR TURSUNOV", "address": host_addr, "branch_name": "LILLE NATIONALE",
         "branch_addr": "60 rue Nationale 59000 Lille", "bank": "30003", "branch": "02790",
         "account": "00050412876", "key": key, "iban": ib, "bic": "SOGEFRPP"}  # fmt: skip
    R.write_text_pdf(P.path("RIB_SG.pdf"), [frdocs.rib_sg(r)], "RIB", "Société Générale")
    P.doc("rib", "text_pdf", [("RIB_SG.pdf", [1])], {
        "holder_name": "JASUR TURSUNOV", "iban": ib, "bic": "SOGEFRPP",
        "bank_name": "Société Générale", "iban_valid": True, "rib_key_valid": True})  # fmt: skip
    P.truth("complete", all_complete(True), None, app)


# =========================================================================================
def p04_honduras(out: str) -> None:
    P = Packet(out, "p04", "2026-12-21", False)
    app = {"surname": "MEJIA CASTILLO", "given_names": "DANIELA SOFIA",
           "date_of_birth": "1995-07-30"}  # fmt: skip
    addr = ["17 cours de l'Argonne", "33000 Bordeaux"]
    form = {
        "surname": "Mejía Castillo", "usage": "Bertrand", "given": "Daniela Sofía", "sex": "F",
        "dob": "1995-07-30", "pob_city": "SAN PEDRO SULA", "pob_country": "HONDURAS",
        "nationality": "HONDURIENNE", "address1": "17 COURS DE L'ARGONNE",
        "address2": "33000 BORDEAUX", "phone": "06 31 77 52 08",
        "email": "danielamejia.c@outlook.com", "activity": "none", "place": "BORDEAUX",
        "signed_on": "2026-12-14",
    }  # fmt: skip
    scans, docs = [], []
    fpages = frdocs.cerfa(form, "print", 41)
    scans += [R.scan(p.raster(200), P.rng(f"f{i}")) for i, p in enumerate(fpages)]
    docs.append(("application_form", [1, 2], form_fields(app, False, "2026-12-14"),
                 "typed on screen, printed, signed in blue ink, scanned; usage name "
                 "BERTRAND (married name)"))  # fmt: skip
    pp = {
        "country": "HND", "nat": "HND", "surname": "Mejía Castillo", "given": "Daniela Sofía",
        "number": "F43109287", "dob": "1995-07-30", "sex": "F", "pob": "SAN PEDRO SULA, CORTES",
        "issued": "2025-01-09", "expiry": "2035-01-08",
    }  # fmt: skip
    style = {
        "tint": (20, 50, 120), "guil": (195, 215, 235), "paper": (235, 240, 244),
        "header": "REPÚBLICA DE HONDURAS", "header2": "PASAPORTE / PASSPORT",
        "inside1": "REPÚBLICA DE HONDURAS — INSTITUTO NACIONAL DE MIGRACIÓN",
        "inside2": "Este pasaporte es propiedad del Estado de Honduras",
        "nat_text": "HONDUREÑA", "authority": "INM HONDURAS", "skin": (185, 140, 110),
        "font": "open", "font_v": "open-b",
        "labels": ["Tipo/Type", "Código/Code", "Pasaporte No./Passport No.",
                   "Apellidos/Surname", "Nombres/Given names", "Nacionalidad/Nationality",
                   "Fecha de nacimiento", "Sexo/Sex", "Lugar de nacimiento",
                   "Fecha de expedición", "Autoridad", "Fecha de vencimiento/Expiry"],
    }  # fmt: skip
    bk = ids.passport_booklet(pp, style, 401).raster(200)
    scans.append(R.scan(on_a4(bk, 200, (42, 24)), P.rng("pass")))
    docs.append(("passport", [3], id_fields(pp, "MEJÍA CASTILLO", "DANIELA SOFÍA"),
                 "names printed with accents, MRZ without"))  # fmt: skip
    v = {
        "number": "031577120", "from": "2026-04-10", "until": "2027-04-09", "days": 365,
        "place": "TEGUCIGALPA", "issued": "2026-03-20", "passport_no": "F43109287",
        "surname": "MEJIA CASTILLO", "given": "DANIELA SOFIA", "nat": "HND",
        "dob": "1995-07-30", "sex": "F", "remarks1": "VLS-TS CONJOINT DE FRANCAIS",
        "remarks2": "VIE PRIVEE ET FAMILIALE", "skin": (185, 140, 110),
    }  # fmt: skip
    scans.append(R.scan(on_a4(ids.visa_page(v, 402).raster(200), 200, (42, 30)), P.rng("visa")))
    docs.append(("long_stay_visa", [4], visa_fields(v, "conjoint de Français"), ""))
    bc = {
        "city": "San Pedro Sula", "dept": "Cortés", "tomo": "0412", "folio": "0187",
        "acta": "0501-1995-04873", "dni": "0501-1995-04873", "name": "DANIELA SOFÍA",
        "ap1": "MEJÍA", "ap2": "CASTILLO", "sex": "FEMENINO",
        "dob_text": "30 DE JULIO DE 1995", "pob": "SAN PEDRO SULA, CORTÉS",
        "father": "JOSÉ ARMANDO MEJÍA PAZ", "mother": "ROSA ELENA CASTILLO MURILLO",
        "registered": "14 DE AGOSTO DE 1995", "issued_words": "cinco días del mes de "
        "febrero de dos mil veintiséis", "verif": "RNP-CN-8H2K-47QX-2026",
    }  # fmt: skip
    scans.append(R.scan(on_a4(civil.honduras(bc, 403)[0].raster(200), 200, (0, 0)),
                        P.rng("bc")))  # fmt: skip
    docs.append(("birth_certificate", [5], {
        "surname": "MEJÍA CASTILLO", "given_names": "DANIELA SOFÍA",
        "date_of_birth": "1995-07-30", "place_of_birth": "SAN PEDRO SULA, CORTÉS",
        "issuing_country": "HND", "language": "es", "has_apostille": False},
        "RNP certification; Honduras is a Hague party and the certificate carries NO "
        "apostille (the defect)"))  # fmt: skip
    tr = {
        "translator": "M. Antoine Lacoste", "court": "Bordeaux",
        "tr_addr": "9 rue Sainte-Catherine, 33000 Bordeaux", "no": "T-26-0458",
        "from_lang": "espagnol", "title": "CERTIFICATION D'ACTE DE NAISSANCE",
        "rows": [("Nom de l'inscrite", "DANIELA SOFÍA MEJÍA CASTILLO"),
                 ("Sexe", "féminin"), ("Date de naissance", "30 juillet 1995"),
                 ("Lieu de naissance", "San Pedro Sula, Cortés (Honduras)"),
                 ("Père", "José Armando MEJÍA PAZ"), ("Mère", "Rosa Elena CASTILLO MURILLO"),
                 ("Tome / Folio / Acte", "0412 / 0187 / 0501-1995-04873")],
        "extra": ["[Sceau : Registro Nacional de las Personas, Honduras]"],
        "date": "2026-03-02", "stamp": "A. LACOSTE * COUR D'APPEL DE BORDEAUX",
    }  # fmt: skip
    scans.append(R.scan(civil.translation(tr, 404).raster(200), P.rng("tr")))
    docs.append(("translation", [6], {}, "sworn translation es -> fr (no apostille mentioned)"))
    L = {
        "landlord": "Mme Françoise Dupuy-Larrieu", "landlord_addr": "demeurant 4 rue du "
        "Loup, 33000 Bordeaux", "tenants_printed": ["Monsieur Lucas BERTRAND",
        "Madame Daniela Sofía MEJÍA CASTILLO épouse BERTRAND"],
        "address": "17 cours de l'Argonne, 3e étage gauche, 33000 Bordeaux", "built": "1930",
        "surface": "58", "rooms": "3", "start_words": "1er mai 2026", "rent": 920.0,
        "charges": 60.0, "city": "Bordeaux", "signed_words": "18 avril 2026",
        "font": "sans", "font_b": "sans-b",
    }  # fmt: skip
    scans += [R.scan(p.raster(200), P.rng(f"l{i}")) for i, p in enumerate(housing.lease(L, 405))]
    docs.append(("lease", [7, 8, 9], {
        "tenant_names": ["Lucas BERTRAND", "Daniela Sofía MEJÍA CASTILLO épouse BERTRAND"],
        "landlord": "Françoise Dupuy-Larrieu", "address": L["address"],
        "start_date": "2026-05-01"}, "joint lease with the French husband"))  # fmt: skip
    fn = "Dossier CPAM Daniela.pdf"
    R.write_image_pdf(P.path(fn), scans)
    for dtype, pages, fields, notes in docs:
        P.doc(dtype, "image_pdf", [(fn, pages)], fields, notes)

    ib, key = ids.fr_iban("13306", "00021", "47219803511")
    r = {"holder": "M BERTRAND LUCAS OU MME MEJIA CASTILLO DANIELA", "address": addr,
         "branch_name": "Crédit Agricole d'Aquitaine — Bordeaux Gambetta",
         "branch_addr": "CA Bordeaux Gambetta, 2 place Gambetta 33000 Bordeaux",
         "bank": "13306", "branch": "00021", "account": "47219803511", "key": key,
         "iban": ib, "bic": "AGRIFRPP833"}  # fmt: skip
    R.write_text_pdf(P.path("RIB_compte_joint.pdf"), [frdocs.rib_ca(r)], "RIB",
                     "Crédit Agricole en ligne")  # fmt: skip
    P.doc("rib", "text_pdf", [("RIB_compte_joint.pdf", [1])], {
        "holder_name": "M BERTRAND LUCAS OU MME MEJIA CASTILLO DANIELA", "iban": ib,
        "bic": "AGRIFRPP833", "bank_name": "Crédit Agricole", "iban_valid": True,
        "rib_key_valid": True}, "joint account including the applicant")  # fmt: skip
    reqs = all_complete(False)
    reqs["birth_certificate"] = "invalid"
    P.truth("incomplete", reqs, "birth certificate from Honduras (Hague party) without apostille",
            app)  # fmt: skip


def main() -> None:
    if len(sys.argv) != 2:
        sys.exit("usage: generate.py OUT_DIR")
    out = sys.argv[1]
    os.makedirs(os.path.join(out, "packets"), exist_ok=True)
    os.makedirs(os.path.join(out, "documents"), exist_ok=True)
    for fn in (p01_ethiopia, p02_burkina, p03_uzbekistan, p04_honduras):
        fn(out)
    with open(os.path.join(out, "manifest.json"), "w") as f:
        json.dump({"packets": ["p01", "p02", "p03", "p04"], "documents": []}, f, indent=2)


if __name__ == "__main__":
    main()
