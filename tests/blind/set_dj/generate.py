"""Blind set set_dj (wave 47): four PUMa packets. Usage: generate.py OUT_DIR"""

import json
import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import dj_certs as C
import dj_docs as D
import dj_lib as L
from dj_docs import eur, fr_date


def rng_for(name):
    return random.Random("set_dj/" + name)


def sv(d):
    return d[2:4] + d[5:7] + d[8:10]


def doc(path, typ, look, fields, notes="", pages=None):
    files = [
        {"path": x, "pages": pages or [1]} for x in ([path] if isinstance(path, str) else path)
    ]
    return {"files": files, "type": typ, "look": look, "fields": fields, "notes": notes}


def id_fields(p, mrz_ok=True):
    return {
        "surname": p["pp_sur"],
        "given_names": p["pp_giv"],
        "document_number": p["pp_no"],
        "nationality": p["cc"],
        "issuing_country": p["cc"],
        "date_of_birth": p["dob"],
        "sex": p["sex"],
        "expiry_date": p["exp"],
        "mrz_valid": mrz_ok,
    }


def passport(p, style):
    m = L.td3(
        p["pp_no"], p["cc"], p["cc"], p["pp_sur"], p["pp_giv"], sv(p["dob"]), p["sex"], sv(p["exp"])
    )
    assert L.check_td3(*m)
    return D.passport_page(p, m, style).render(300)


def visa(p, v, rng):
    m = L.mrva(
        v["no"], "FRA", p["cc"], p["pp_sur"], p["pp_giv"], sv(p["dob"]), p["sex"], sv(v["until"])
    )
    assert L.check_mrva(*m) and m[1][:9] == v["no"]
    return D.visa_sticker(p, v, m, rng).render(300)


def permit(p, r):
    m = L.td1(
        "IR",
        r["no"],
        "FRA",
        p["cc"],
        p["pp_sur"],
        p["pp_giv"],
        sv(p["dob"]),
        p["sex"],
        sv(r["until"]),
    )
    assert L.check_td1(*m) and m[0][5:14] == r["no"]
    f = D.id1_card((232, 238, 232), (40, 90, 150), "RÉPUBLIQUE FRANÇAISE", r["title"])
    L.photo_box(f, 3, 10, 22, 28)
    D.card_fields(
        f,
        28,
        11,
        [
            ("NOM / SURNAME", p["pp_sur"]),
            ("PRÉNOMS / GIVEN NAMES", p["pp_giv"]),
            ("SEXE  NATIONALITÉ", p["sex"] + "   " + p["cc"]),
            ("DATE DE NAISSANCE", fr_date(p["dob"]).replace("/", " ")),
            ("N° DU TITRE", r["no"]),
            ("VALABLE JUSQU'AU", fr_date(r["until"]).replace("/", " ")),
        ],
    )
    f.text(3, 50, r["remark"], 4.6, "sansb", (40, 60, 110))
    b = D.card_back(
        (232, 238, 232),
        m,
        [
            ("ADRESSE", p["addr1"]),
            ("", p["addr2"]),
            ("REMARQUES", r["back"]),
            ("DATE DE DÉLIVRANCE  /  LIEU", r["issued"]),
        ],
    )
    return f.render(300), b.render(300)


def save_pdf_text(out, name, pages, title):
    L.save_text_pdf(out / name, pages, title)


# ---------------------------------------------------------------- bills
def free_bill(p, month, rng, ymd_issue, amount, holder):
    pg = L.Page()
    D.bill_header(
        pg,
        "free",
        (205, 30, 38),
        "sans",
        [
            "Free - 75371 Paris Cedex 08",
            "Facture n° FB" + month.replace("-", "") + "-" + str(rng.randint(1000000, 9999999)),
            "Identifiant : 5" + str(rng.randint(10**7, 10**8)),
        ],
    )
    pg.text(15, 40, "Votre facture Freebox Révolution", 11, "sansb")
    pg.text(15, 46, "du " + fr_date(ymd_issue), 10, "sans")
    D.address_block(pg, 115, 52, [holder, p["addr1"], p["bat"], p["addr2"]])
    y, m = month.split("-")
    last = {"08": "31", "09": "30", "10": "31"}[m]
    pg.text(15, 80, f"Période de facturation : du 01/{m}/{y} au {last}/{m}/{y}", 10, "sans")
    yy = D.amount_table(
        pg,
        15,
        90,
        [
            ("Forfait Freebox Révolution avec TV", eur(amount - 2.0)),
            ("Location équipement Player", eur(2.0)),
            ("Communications hors forfait", "0,00 €"),
            ("Total TTC (dont TVA 20 %)", eur(amount)),
        ],
    )
    pg.rect(15, yy + 4, 180, 12, 0, fill=(245, 235, 235))
    pg.text(18, yy + 12, "Montant prélevé le 04/" + (f"{int(m) + 1:02d}") + "/" + y, 10, "sansb")
    pg.text(192, yy + 12, eur(amount), 12, "sansb", align="r")
    pg.text(
        105,
        285,
        "Free SAS au capital de 3 441 812 € - RCS Paris B 421 938 861",
        7,
        "sans",
        (100, 100, 100),
        "c",
    )
    return pg


def total_bill(h, month, rng, amount):
    pg = L.Page()
    D.bill_header(
        pg,
        "TotalEnergies",
        (225, 30, 45),
        "open",
        ["TotalEnergies Électricité et Gaz France", "TSA 21519", "75901 Paris Cedex 15"],
    )
    y, m = month.split("-")
    nm = f"{int(m) + 1:02d}"
    issue = f"{y}-{nm}-03"
    last = {"08": "31", "09": "30", "10": "31"}[m]
    pg.text(15, 40, "Facture mensuelle d'électricité", 12, "openb")
    pg.text(
        15, 46, f"Facture n° 1020{m}{rng.randint(100000, 999999)} du {fr_date(issue)}", 9, "open"
    )
    pg.text(
        15,
        51,
        "Offre Verte Fixe - Référence client 2 718 604 " + str(rng.randint(100, 999)),
        9,
        "open",
    )
    D.address_block(pg, 115, 58, [h["name"], h["addr1"], h["addr2"]], "open")
    pg.text(15, 80, "Lieu de consommation : " + h["addr1"] + ", " + h["addr2"], 9, "open")
    pg.text(
        15, 86, f"Consommation du 01/{m}/{y} au {last}/{m}/{y} - PDL 1445 8820 1377 52", 9, "open"
    )
    yy = D.amount_table(
        pg,
        15,
        92,
        [
            ("Abonnement 6 kVA", eur(15.65)),
            ("Consommation " + str(rng.randint(140, 210)) + " kWh", eur(amount - 15.65 - 6.1)),
            ("Taxes et contributions (accise, CTA)", eur(6.1)),
            ("Montant TTC", eur(amount)),
        ],
        "open",
    )
    pg.text(15, yy + 6, f"Prélèvement le {fr_date(y + '-' + nm + '-15')}", 10, "openb")
    return pg, issue


# ---------------------------------------------------------------- screenshots
def screen(w_px=1170, h_px=2532):
    return L.Page(117, 253.2, (246, 246, 248)), 254


def revolut_screen(p, iban, rng):
    pg, dpi = screen()
    pg.text(6, 5, "9:41", 6, "robotob")
    pg.text(111, 5, "5G  87%", 5, "roboto", align="r")
    pg.text(6, 18, "<", 10, "roboto")
    pg.text(58.5, 18, "Account details", 7.5, "robotob", align="c")
    pg.rect(6, 26, 105, 14, 0, fill=(255, 255, 255))
    pg.text(10, 32, "EUR  ·  Euro", 6, "robotob")
    pg.text(
        10,
        37,
        "Use these details to receive salary and direct debits",
        4.2,
        "roboto",
        (110, 110, 120),
    )
    rows = [
        ("Beneficiary", p["rev_name"]),
        ("IBAN", L.spaced(iban)),
        ("BIC / SWIFT", "REVOLT21"),
        ("Bank", "Revolut Bank UAB"),
        ("Bank address", "Konstitucijos ave. 21B, 08130 Vilnius, Lithuania"),
    ]
    y = 46
    for lab, v in rows:
        pg.rect(6, y, 105, 17, 0, fill=(255, 255, 255))
        pg.text(10, y + 6, lab, 4.4, "roboto", (120, 120, 130))
        pg.text(10, y + 12.5, v, 5.4 if lab != "Bank address" else 4.2, "robotob")
        y += 19
    pg.rect(6, y + 4, 105, 12, 0, fill=(10, 90, 255))
    pg.text(58.5, y + 11.5, "Share details", 5.5, "robotob", (255, 255, 255), "c")
    return pg.render(dpi)


# ---------------------------------------------------------------- packets
def packet_p01(out, rng):
    p = {
        "cc": "DZA",
        "pp_no": "198427355",
        "pp_sur": "HADJ-AHMED",
        "pp_giv": "SOFIANE",
        "sex": "M",
        "dob": "1991-04-17",
        "exp": "2030-02-10",
        "nat_en": "ALGERIENNE / ALGERIAN",
        "dob_pp": "17 APR / AVR 1991",
        "pob_pp": "ORAN",
        "iss_pp": "11 FEB / FEV 2020",
        "exp_pp": "10 FEB / FEV 2030",
        "form_surname": "HADJ-AHMED",
        "form_given": "Sofiane",
        "pob_form": "Oran (Algérie)",
        "nat_fr": "Algérienne",
        "addr1": "14 rue Félix Pyat",
        "addr2": "13003 Marseille",
        "phone": "06 52 71 88 40",
        "ar_sur": "حاج أحمد",
        "ar_giv": "سفيان",
        "ar_dob": "17 أفريل 1991",
        "father": "Mustapha",
        "ar_father": "مصطفى",
        "grandfather": "Larbi",
        "ar_gf": "العربي",
        "mother": "Fatima Zohra BELKACEM",
        "ar_mother": "فاطمة الزهراء بلقاسم",
    }
    docs = []
    form = D.cerfa_form(p, rng, True, "2026-11-09", "employed", "Cariste", "CDI")
    L.save_scan(out / "scan_0012.jpg", form.render(200), rng)
    docs.append(
        doc(
            "scan_0012.jpg",
            "application_form",
            "scan",
            {
                "surname": "HADJ-AHMED",
                "given_names": "Sofiane",
                "date_of_birth": p["dob"],
                "employment_status": "employed",
                "signed": True,
                "signed_on": "2026-11-09",
                "nir": None,
            },
            "hand-filled in blue ink, scanned",
        )
    )
    style = {
        "bg": (226, 238, 226),
        "band": (0, 98, 51),
        "head": "REPUBLIQUE ALGERIENNE DEMOCRATIQUE ET POPULAIRE  -  PASSEPORT / PASSPORT",
        "l_sur": "Nom / Surname",
        "l_giv": "Prénoms / Given names",
    }
    L.save_phone(out / "IMG_20261108_191544.jpg", passport(p, style), rng, rot=90)
    docs.append(
        doc(
            "IMG_20261108_191544.jpg",
            "passport",
            "phone_photo",
            id_fields(p),
            "data page photographed, image rotated 90°",
        )
    )
    r = {
        "no": "130784521",
        "until": "2027-08-31",
        "title": "CERTIFICAT DE RÉSIDENCE POUR ALGÉRIEN",
        "remark": "VIE PRIVÉE ET FAMILIALE",
        "back": "Accord franco-algérien du 27/12/1968 art. 6-5",
        "issued": "01 09 2025  PRÉFECTURE DES BOUCHES-DU-RHÔNE",
    }
    fr, bk = permit(p, r)
    L.save_phone(out / "IMG_20261108_191702.jpg", fr, rng, table=(110, 80, 55))
    L.save_phone(out / "IMG_20261108_191716.jpg", bk, rng, table=(110, 80, 55))
    f = id_fields(p)
    f.update(document_number=r["no"], issuing_country="FRA", expiry_date=r["until"])
    docs.append(
        doc(
            ["IMG_20261108_191702.jpg", "IMG_20261108_191716.jpg"],
            "residence_permit",
            "phone_photo",
            f,
            "CRA vie privée et familiale, front and back; TD1 MRZ",
        )
    )
    L.save_image_pdf(out / "extrait_naissance.pdf", [C.dz_birth(p, rng).render(200)], rng)
    docs.append(
        doc(
            "extrait_naissance.pdf",
            "birth_certificate",
            "image_pdf",
            {
                "surname": "HADJ-AHMED",
                "given_names": "Sofiane",
                "date_of_birth": p["dob"],
                "place_of_birth": "Oran",
                "issuing_country": "DZA",
                "language": "ar+fr",
                "has_apostille": False,
            },
            "S12 bilingual; Algeria: no apostille, exempt of legalisation (convention "
            "franco-algérienne 1962)",
        )
    )
    t = {
        "landlord_txt": "M. Gérard Castellani, demeurant 5 boulevard National, 13001 Marseille",
        "tenants_txt": "M. Sofiane HADJ-AHMED, né le 17/04/1991 à Oran (Algérie)",
        "tenants": ["Sofiane HADJ-AHMED"],
        "address": "14 rue Félix Pyat, 2e étage gauche, 13003 Marseille",
        "desc": "Appartement T2 de 38 m², cave n° 4.",
        "start": "2025-10-01",
        "rent": 620.0,
        "charges": 45.0,
        "city": "Marseille",
        "signed": "2025-09-24",
    }
    save_pdf_text(out, "bail_felix_pyat.pdf", C.lease_pages(p, t, rng), "Bail")
    docs.append(
        doc(
            "bail_felix_pyat.pdf",
            "lease",
            "text_pdf",
            {
                "tenant_names": ["Sofiane HADJ-AHMED"],
                "landlord": "Gérard Castellani",
                "address": "14 rue Félix Pyat, 2e étage gauche, 13003 Marseille",
                "start_date": "2025-10-01",
            },
            pages=[1, 2],
        )
    )
    siret = "81234567800029"
    c = {
        "employer": "TRANSPORTS MÉDITERRANÉE LOGISTIQUE",
        "form": "SAS au capital de 150 000 €",
        "siret": siret,
        "emp_addr": "ZI Saumaty-Séon, 13016 Marseille",
        "rep": "Mme Carole Vidal",
        "rep_title": "Directrice des ressources humaines",
        "employee": "Sofiane HADJ-AHMED",
        "start": "2025-11-03",
        "job": "Cariste",
        "cat": "ouvrier, coefficient 138M",
        "ccn": "des transports routiers (IDCC 16)",
        "gross": 1980.0,
        "site": "l'entrepôt de Saumaty, Marseille",
        "signed": "2025-10-27",
    }
    save_pdf_text(out, "contrat_CDI.pdf", C.contract_pages(p, c, rng), "CDI")
    docs.append(
        doc(
            "contrat_CDI.pdf",
            "employment_contract",
            "text_pdf",
            {
                "employer": c["employer"],
                "employee_name": "Sofiane HADJ-AHMED",
                "contract_type": "CDI",
                "job_title": "Cariste",
                "start_date": c["start"],
            },
        )
    )
    s = {
        "employer": "TRANSPORTS MÉDITERRANÉE LOGISTIQUE",
        "emp_addr": ("ZI Saumaty-Séon", "13016 Marseille"),
        "siret": siret,
        "ape": "4941A",
        "employee": "M. Sofiane HADJ-AHMED",
        "job": "Cariste",
        "entry": "03/11/2025",
        "ccn": "Transports routiers (IDCC 16)",
        "gross": 1980.0,
        "net_before": 1545.42,
        "net": 1499.06,
        "pas": "3,0 %",
        "from_": "",
        "paid": "31/10/2026",
    }
    s["from"], s["to"] = "01/10/2026", "31/10/2026"
    save_pdf_text(out, "bulletin_2026_10.pdf", [C.payslip(p, s, rng)], "Bulletin")
    docs.append(
        doc(
            "bulletin_2026_10.pdf",
            "payslip",
            "text_pdf",
            {
                "employer": s["employer"],
                "employee_name": "Sofiane HADJ-AHMED",
                "period": "2026-10",
                "net_pay": 1499.06,
                "siret": siret,
            },
        )
    )
    iban, key = L.fr_iban("11306", "00012", "48215377051")
    bank = {"name": "CRÉDIT AGRICOLE ALPES PROVENCE", "color": (0, 122, 112), "font": "carlito"}
    pg = D.rib_page(
        bank,
        "M. HADJ-AHMED SOFIANE",
        (p["addr1"], p["addr2"]),
        iban,
        "AGRIFRPP813",
        "11306",
        "00012",
        "48215377051",
        key,
        ["AGENCE MARSEILLE ST-LAZARE", "62 boulevard National"],
        rng,
    )
    save_pdf_text(out, "RIB.pdf", [pg], "RIB")
    docs.append(
        doc(
            "RIB.pdf",
            "rib",
            "text_pdf",
            {
                "holder_name": "HADJ-AHMED SOFIANE",
                "iban": iban,
                "bic": "AGRIFRPP813",
                "bank_name": "Crédit Agricole Alpes Provence",
                "iban_valid": True,
                "rib_key_valid": True,
            },
        )
    )
    return p, docs, "2026-11-18", True, {}, None


def packet_p02(out, rng):
    p = {
        "cc": "PHL",
        "pp_no": "P4827163B",
        "pp_sur": "DELA CRUZ",
        "pp_giv": "MARIA KRISTINE",
        "sex": "F",
        "dob": "1996-08-03",
        "exp": "2034-05-21",
        "nat_en": "FILIPINO",
        "dob_pp": "03 AUG 1996",
        "pob_pp": "ILOILO CITY",
        "iss_pp": "22 MAY 2024",
        "exp_pp": "21 MAY 2034",
        "form_surname": "DELA CRUZ",
        "form_given": "Maria Kristine",
        "pob_form": "Iloilo City (Philippines)",
        "nat_fr": "Philippine",
        "addr1": "chez Mme Hélène Vasseur-Nguyen, 27 avenue Jean Jaurès",
        "addr2": "69007 Lyon",
        "ph_first": "MARIA KRISTINE",
        "ph_middle": "REYES",
        "ph_dob": "03  AUGUST  1996",
        "mother": "LORNA SANTOS REYES",
        "father": "RODOLFO BAUTISTA DELA CRUZ",
        "rev_name": "Maria Kristine Dela Cruz",
    }
    docs = []
    fm = D.cerfa_form(p, rng, False, "2026-11-16", "employed", "Aide-soignante", "CDI")
    save_pdf_text(out, "formulaire_S1106.pdf", [fm], "S1106")
    docs.append(
        doc(
            "formulaire_S1106.pdf",
            "application_form",
            "text_pdf",
            {
                "surname": "DELA CRUZ",
                "given_names": "Maria Kristine",
                "date_of_birth": p["dob"],
                "employment_status": "employed",
                "signed": True,
                "signed_on": "2026-11-16",
                "nir": None,
            },
            "typed, pen-stroke signature",
        )
    )
    style = {
        "bg": (230, 236, 246),
        "band": (0, 56, 168),
        "head": "REPUBLIKA NG PILIPINAS  -  PASAPORTE / PASSPORT",
        "l_sur": "Apelyido / Surname",
        "l_giv": "Mga Pangalan / Given Names",
        "extra": ("Panggitnang Apelyido / Middle Name", "REYES"),
    }
    L.save_scan(out / "passport.jpg", L.on_a4([passport(p, style).resize((984, 693))]), rng)
    docs.append(
        doc(
            "passport.jpg",
            "passport",
            "scan",
            id_fields(p),
            "middle name REYES shown apart, not in the MRZ",
        )
    )
    v = {
        "no": "004517823",
        "from_p": "10-06-2026",
        "until_p": "09-06-2027",
        "until": "2027-06-09",
        "days": "365",
        "place": "MANILLE",
        "on_p": "28-05-2026",
        "remarks": ("VLS-TS SALARIE", "DISPENSE TEMPORAIRE DE CARTE DE SEJOUR"),
    }
    L.save_phone(out / "IMG_4471.jpg", visa(p, v, rng), rng, table=(150, 150, 155))
    f = id_fields(p)
    f.update(
        document_number=v["no"],
        issuing_country="FRA",
        expiry_date="2027-06-09",
        visa_type="D",
        vls_ts=True,
        category="SALARIE",
        valid_from="2026-06-10",
        valid_until="2027-06-09",
    )
    docs.append(doc("IMG_4471.jpg", "long_stay_visa", "phone_photo", f, "visa sticker"))
    ap_items = [
        "ROSARIO T. MANALANG",
        "Assistant National Statistician, PSA",
        "Philippine Statistics Authority",
        "Manila",
        "18 March 2026",
        "Department of Foreign Affairs, Office of Consular Affairs",
        "AP 2026-0318-66412",
        ["DEPARTMENT OF", "FOREIGN AFFAIRS", "MANILA"],
    ]
    L.save_image_pdf(
        out / "PSA_birth_apostille.pdf",
        [
            C.ph_birth(p, rng).render(200),
            D.apostille("Republic of the Philippines", ap_items, rng).render(200),
        ],
        rng,
    )
    docs.append(
        doc(
            "PSA_birth_apostille.pdf",
            "birth_certificate",
            "image_pdf",
            {
                "surname": "DELA CRUZ",
                "given_names": "MARIA KRISTINE",
                "date_of_birth": p["dob"],
                "place_of_birth": "Iloilo City",
                "issuing_country": "PHL",
                "language": "en",
                "has_apostille": True,
            },
            "PSA SECPA copy; middle name REYES",
        )
    )
    docs.append(
        doc(
            "PSA_birth_apostille.pdf",
            "apostille",
            "image_pdf",
            {
                "country": "PHL",
                "issued_on": "2026-03-18",
                "number": "AP 2026-0318-66412",
                "signed_by": "Department of Foreign Affairs, Office of Consular Affairs",
            },
            pages=[2],
        )
    )
    h = {
        "name": "Mme Hélène VASSEUR-NGUYEN",
        "addr1": "27 avenue Jean Jaurès",
        "addr2": "69007 Lyon",
    }
    a = {
        "host": "Hélène Vasseur-Nguyen",
        "host_dob": "12/02/1984",
        "host_pob": "Villeurbanne",
        "addr1": "27 avenue Jean Jaurès",
        "addr2": "69007 Lyon",
        "since": "2026-06-15",
        "hosted": "Maria Kristine DELA CRUZ",
        "hosted_dob": "03/08/1996",
        "hosted_pob": "Iloilo City (Philippines)",
        "signed": "2026-11-12",
    }
    L.save_phone(out / "IMG_4480.jpg", C.attestation_hand(a, rng).render(170), rng, rot=180)
    docs.append(
        doc(
            "IMG_4480.jpg",
            "hosting_attestation",
            "phone_photo",
            {
                "host_name": "Hélène Vasseur-Nguyen",
                "hosted_name": "Maria Kristine DELA CRUZ",
                "address": "27 avenue Jean Jaurès, 69007 Lyon",
                "since_date": "2026-06-15",
                "signed_on": "2026-11-12",
                "signed": True,
            },
            "handwritten, photo upside down (180°)",
        )
    )
    hp = {
        "pp_sur": "VASSEUR-NGUYEN",
        "pp_giv": "HELENE",
        "dob": "1984-02-12",
        "sex": "F",
        "no": "X7KR2PLT5",
        "exp": "2031-07-03",
    }
    m = L.td1(
        "ID", hp["no"], "FRA", "FRA", hp["pp_sur"], hp["pp_giv"], sv(hp["dob"]), "F", sv(hp["exp"])
    )
    assert L.check_td1(*m)
    fc = D.id1_card(
        (225, 232, 245),
        (35, 60, 140),
        "RÉPUBLIQUE FRANÇAISE",
        "CARTE NATIONALE D'IDENTITÉ / IDENTITY CARD",
    )
    L.photo_box(fc, 3, 10, 22, 28)
    D.card_fields(
        fc,
        28,
        11,
        [
            ("NOM / SURNAME", hp["pp_sur"]),
            ("PRÉNOMS / GIVEN NAMES", "HÉLÈNE"),
            ("SEXE  NATIONALITÉ", "F   FRA"),
            ("DATE DE NAISS.", "12 02 1984"),
            ("N° DU DOCUMENT", hp["no"]),
            ("DATE D'EXPIR.", "03 07 2031"),
        ],
    )
    bc = D.card_back(
        (225, 232, 245),
        m,
        [
            ("ADRESSE", "27 AV JEAN JAURES"),
            ("", "69007 LYON"),
            ("LIEU DE NAISSANCE", "VILLEURBANNE"),
            ("DATE DE DÉLIVRANCE", "04 07 2021"),
        ],
    )
    sheet = L.on_a4([fc.render(300).resize((1012, 638)), bc.render(300).resize((1012, 638))])
    L.save_scan(out / "CNI_Helene.jpg", sheet, rng)
    docs.append(
        doc(
            "CNI_Helene.jpg",
            "national_id",
            "scan",
            {
                "surname": "VASSEUR-NGUYEN",
                "given_names": "HELENE",
                "document_number": hp["no"],
                "nationality": "FRA",
                "issuing_country": "FRA",
                "date_of_birth": hp["dob"],
                "sex": "F",
                "expiry_date": hp["exp"],
                "mrz_valid": True,
            },
            "host's ID, front and back on one sheet",
        )
    )
    for month, amt in (("2026-08", 61.37), ("2026-09", 58.92), ("2026-10", 67.15)):
        pg, issue = total_bill(h, month, rng, amt)
        name = f"facture_TotalEnergies_{month.replace('-', '')}.pdf"
        save_pdf_text(out, name, [pg], "Facture")
        _y, mo = month.split("-")
        last = {"08": "31", "09": "30", "10": "31"}[mo]
        docs.append(
            doc(
                name,
                "utility_bill",
                "text_pdf",
                {
                    "provider": "TotalEnergies",
                    "service": "electricity",
                    "holder_name": "Hélène VASSEUR-NGUYEN",
                    "address": "27 avenue Jean Jaurès, 69007 Lyon",
                    "issue_date": issue,
                    "period_start": f"{month}-01",
                    "period_end": f"{month}-{last}",
                    "amount": amt,
                },
                "host's bill",
            )
        )
    emp = {
        "employer": "CLINIQUE DU PARC LYON",
        "emp_addr": ("155 boulevard de Stalingrad", "69006 Lyon"),
        "siret": "38290472500011",
        "ape": "8610Z",
        "employee": "Mme Maria Kristine DELA CRUZ",
        "job": "Aide-soignante",
        "entry": "15/06/2026",
        "ccn": "FHP (IDCC 2264)",
        "gross": 2050.0,
        "pas": "0,0 %",
    }
    for mo, net in (("09", 1598.63), ("10", 1611.20)):
        s = dict(emp, net_before=net, net=net, paid=f"{30 if mo == '09' else 31}/{mo}/2026")
        s["from"], s["to"] = f"01/{mo}/2026", f"{30 if mo == '09' else 31}/{mo}/2026"
        save_pdf_text(out, f"bulletin_{mo}_2026.pdf", [C.payslip(p, s, rng)], "Bulletin")
        docs.append(
            doc(
                f"bulletin_{mo}_2026.pdf",
                "payslip",
                "text_pdf",
                {
                    "employer": emp["employer"],
                    "employee_name": "Maria Kristine DELA CRUZ",
                    "period": f"2026-{mo}",
                    "net_pay": net,
                    "siret": emp["siret"],
                },
            )
        )
    iban = L.make_iban("LT", "32500" + "04417263908")
    assert len(iban) == 20
    revolut_screen(p, iban, rng).save(out / "Screenshot_20261115-2214.png", optimize=False)
    docs.append(
        doc(
            "Screenshot_20261115-2214.png",
            "rib",
            "screenshot",
            {
                "holder_name": "Maria Kristine Dela Cruz",
                "iban": iban,
                "bic": "REVOLT21",
                "bank_name": "Revolut Bank UAB",
                "iban_valid": True,
                "rib_key_valid": None,
            },
            "Revolut app account details, LT IBAN (foreign SEPA, acceptable)",
        )
    )
    return p, docs, "2026-11-24", True, {}, None


def packet_p03(out, rng):
    p = {
        "cc": "ERI",
        "pp_no": "E0381746",
        "pp_sur": "TESFAMARIAM",
        "pp_giv": "SEMHAR",
        "sex": "F",
        "dob": "1993-09-14",
        "exp": "2031-03-01",
        "nat_en": "ERITREAN",
        "dob_pp": "14 SEP 1993",
        "pob_pp": "ASMARA",
        "iss_pp": "02 MAR 2021",
        "exp_pp": "01 MAR 2031",
        "form_surname": "TESFAMARIAM",
        "form_given": "Semhar",
        "pob_form": "Asmara (Érythrée)",
        "nat_fr": "Érythréenne",
        "addr1": "8 allée des Tilleuls",
        "bat": "Bâtiment C, apt 41",
        "addr2": "93200 Saint-Denis",
        "er_first": "Semhar",
        "er_father": "Tesfamariam",
        "er_gf": "Gebremedhin",
        "er_dob": "14 September 1992",
        "mother": "Letteberhan Woldu",
    }
    docs = []
    form = D.cerfa_form(p, rng, True, "2026-11-19", "not_employed")
    L.save_phone(out / "IMG_20261120_0931.jpg", form.render(170), rng, table=(70, 72, 80))
    docs.append(
        doc(
            "IMG_20261120_0931.jpg",
            "application_form",
            "phone_photo",
            {
                "surname": "TESFAMARIAM",
                "given_names": "Semhar",
                "date_of_birth": p["dob"],
                "employment_status": "not_employed",
                "signed": True,
                "signed_on": "2026-11-19",
                "nir": None,
            },
            "hand-filled, sans activité",
        )
    )
    style = {
        "bg": (236, 232, 220),
        "band": (20, 100, 60),
        "head": "STATE OF ERITREA  -  PASSPORT",
        "l_sur": "Surname",
        "l_giv": "Given Names",
    }
    L.save_scan(out / "passeport.png", L.on_a4([passport(p, style).resize((984, 693))]), rng)
    docs.append(doc("passeport.png", "passport", "scan", id_fields(p)))
    r = {
        "no": "930562178",
        "until": "2027-06-30",
        "title": "TITRE DE SÉJOUR",
        "remark": "CARTE DE SÉJOUR TEMPORAIRE - VIE PRIVÉE ET FAMILIALE",
        "back": "Autorise son titulaire à travailler",
        "issued": "01 07 2026  PRÉFECTURE SEINE-ST-DENIS",
    }
    fr, bk = permit(p, r)
    sheet = L.on_a4([fr.resize((1012, 638)), bk.resize((1012, 638))])
    L.save_scan(out / "titre_sejour.jpg", sheet, rng)
    f = id_fields(p)
    f.update(document_number=r["no"], issuing_country="FRA", expiry_date=r["until"])
    docs.append(doc("titre_sejour.jpg", "residence_permit", "scan", f, "front and back on A4"))
    L.save_image_pdf(out / "birth_certificate_legalised.pdf", [C.er_birth(p, rng).render(200)], rng)
    docs.append(
        doc(
            "birth_certificate_legalised.pdf",
            "birth_certificate",
            "image_pdf",
            {
                "surname": "Tesfamariam Gebremedhin",
                "given_names": "Semhar",
                "date_of_birth": "1992-09-14",
                "place_of_birth": "Asmara",
                "issuing_country": "ERI",
                "language": "ti+en",
                "has_apostille": False,
            },
            "Eritrea is not a Hague party: legalised (MoFA + French embassy). DEFECT: "
            "date of birth 14 September 1992, passport says 1993-09-14",
        )
    )
    holders = {
        "2026-08": "Mme SEMHAR TESFAMARIAM",
        "2026-09": "Mme Semhar TESFAMARYAM",
        "2026-10": "MME TESFAMARIAM GEBREMEDHIN SEMHAR",
    }
    plan = [
        ("2026-08", "2026-09-02", 29.99, "Facture_Free_aout.pdf", "text_pdf"),
        ("2026-09", "2026-10-02", 29.99, "scan_free_sept.pdf", "image_pdf"),
        ("2026-10", "2026-11-02", 31.99, "IMG_20261120_0940.jpg", "phone_photo"),
    ]
    for month, issue, amt, name, look in plan:
        pg = free_bill(p, month, rng, issue, amt, holders[month])
        if look == "text_pdf":
            save_pdf_text(out, name, [pg], "Facture Free")
        elif look == "image_pdf":
            L.save_image_pdf(out / name, [pg.render(200)], rng)
        else:
            L.save_phone(out / name, pg.render(170), rng, rot=270)
        last = {"08": "31", "09": "30", "10": "31"}[month[5:]]
        docs.append(
            doc(
                name,
                "utility_bill",
                look,
                {
                    "provider": "Free",
                    "service": "internet",
                    "holder_name": holders[month].replace("Mme ", "").replace("MME ", ""),
                    "address": "8 allée des Tilleuls, Bâtiment C, apt 41, 93200 Saint-Denis",
                    "issue_date": issue,
                    "period_start": f"{month}-01",
                    "period_end": f"{month}-{last}",
                    "amount": amt,
                },
                "name spelling varies (TESFAMARYAM; grandfather's name added)",
            )
        )
    iban, key = L.fr_iban("20041", "01012", "4417263X033")
    bank = {"name": "LA BANQUE POSTALE", "color": (0, 56, 115), "font": "sans"}
    pg = D.rib_page(
        bank,
        "MME SEMHAR TESFAMARIAM GEBREMEDHIN",
        (p["addr1"], p["addr2"]),
        iban,
        "PSSTFRPPPAR",
        "20041",
        "01012",
        "4417263X033",
        key,
        ["LA BANQUE POSTALE", "Centre financier de Paris"],
        rng,
    )
    L.save_image_pdf(out / "RIB_LBP.pdf", [pg.render(200)], rng)
    docs.append(
        doc(
            "RIB_LBP.pdf",
            "rib",
            "image_pdf",
            {
                "holder_name": "SEMHAR TESFAMARIAM GEBREMEDHIN",
                "iban": iban,
                "bic": "PSSTFRPPPAR",
                "bank_name": "La Banque Postale",
                "iban_valid": True,
                "rib_key_valid": True,
            },
        )
    )
    req = {"birth_certificate": "invalid", "employment": "not_applicable"}
    return (
        p,
        docs,
        "2026-11-27",
        False,
        req,
        ("birth certificate gives date of birth 1992-09-14, passport 1993-09-14"),
    )


def packet_p04(out, rng):
    p = {
        "cc": "BRA",
        "pp_no": "FX482917",
        "pp_sur": "FERREIRA GONCALVES",
        "pp_giv": "ANA LUIZA",
        "sex": "F",
        "dob": "1989-12-02",
        "exp": "2033-04-18",
        "nat_en": "BRASILEIRO(A)",
        "dob_pp": "02 DEZ/DEC 1989",
        "pob_pp": "BELO HORIZONTE/MG",
        "iss_pp": "19 ABR/APR 2023",
        "exp_pp": "18 ABR/APR 2033",
        "form_surname": "FERREIRA GONÇALVES",
        "form_given": "Ana Luíza",
        "pob_form": "Belo Horizonte (Brésil)",
        "nat_fr": "Brésilienne",
        "addr1": "41 rue Camille Sauvageau, appt 12",
        "addr2": "33800 Bordeaux",
        "br_name": "ANA LUÍZA FERREIRA GONÇALVES",
        "parents": "ROBERTO CARLOS GONÇALVES  e  MARIA APARECIDA FERREIRA GONÇALVES",
        "grand": "Paternos: José Gonçalves e Irene Gonçalves; Maternos: Antônio Ferreira e "
        "Lúcia Ferreira",
    }
    docs = []
    form = D.cerfa_form(p, rng, False, None, "not_employed")
    L.save_image_pdf(out / "demande_ouverture_droits.pdf", [form.render(200)], rng)
    docs.append(
        doc(
            "demande_ouverture_droits.pdf",
            "application_form",
            "image_pdf",
            {
                "surname": "FERREIRA GONÇALVES",
                "given_names": "Ana Luíza",
                "date_of_birth": p["dob"],
                "employment_status": "not_employed",
                "signed": True,
                "signed_on": None,
                "nir": None,
            },
            "typed, printed, signed by hand and scanned; DEFECT: 'Fait le' left blank",
        )
    )
    style = {
        "bg": (226, 236, 246),
        "band": (0, 45, 110),
        "head": "REPÚBLICA FEDERATIVA DO BRASIL  -  PASSAPORTE / PASSPORT",
        "l_sur": "Sobrenome / Surname",
        "l_giv": "Nome / Given names",
    }
    L.save_phone(out / "IMG_0932.JPG", passport(p, style), rng, rot=270)
    docs.append(doc("IMG_0932.JPG", "passport", "phone_photo", id_fields(p), "rotated 270°"))
    v = {
        "no": "003819264",
        "from_p": "10-02-2026",
        "until_p": "09-02-2027",
        "until": "2027-02-09",
        "days": "365",
        "place": "BRASILIA",
        "on_p": "26-01-2026",
        "remarks": ("VLS-TS CONJOINT DE FRANCAIS", "DISPENSE TEMPORAIRE DE CARTE DE SEJOUR"),
    }
    L.save_scan(out / "visa_page.jpg", L.on_a4([visa(p, v, rng).resize((1134, 794))]), rng)
    f = id_fields(p)
    f.update(
        document_number=v["no"],
        issuing_country="FRA",
        expiry_date="2027-02-09",
        visa_type="D",
        vls_ts=True,
        category="CONJOINT DE FRANCAIS",
        valid_from="2026-02-10",
        valid_until="2027-02-09",
    )
    docs.append(doc("visa_page.jpg", "long_stay_visa", "scan", f))
    ap = [
        "Luciana Prado Mendes",
        "Oficial Substituta do Registro Civil",
        "1º Ofício RCPN de Belo Horizonte",
        "Belo Horizonte - MG",
        "05/02/2026",
        "Cartório do 1º Ofício de Notas de Belo Horizonte",
        "AAA0B1C2-9F3E-4D71",
        ["REPÚBLICA", "FEDERATIVA", "DO BRASIL"],
    ]
    L.save_image_pdf(
        out / "certidao_apostila.pdf",
        [
            C.br_birth(p, rng).render(200),
            D.apostille(
                "República Federativa do Brasil",
                ap,
                rng,
                "Apostila (Convention de La Haye)",
                "free",
            ).render(200),
        ],
        rng,
    )
    docs.append(
        doc(
            "certidao_apostila.pdf",
            "birth_certificate",
            "image_pdf",
            {
                "surname": "FERREIRA GONÇALVES",
                "given_names": "ANA LUÍZA",
                "date_of_birth": p["dob"],
                "place_of_birth": "Belo Horizonte - MG",
                "issuing_country": "BRA",
                "language": "pt",
                "has_apostille": True,
            },
        )
    )
    docs.append(
        doc(
            "certidao_apostila.pdf",
            "apostille",
            "image_pdf",
            {"country": "BRA", "issued_on": "2026-02-05", "number": ap[6], "signed_by": ap[5]},
            pages=[2],
        )
    )
    t = {
        "landlord_txt": "SCI Chartrons Patrimoine, représentée par son gérant M. Pierre Dubourg, "
        "12 cours Portal, 33000 Bordeaux",
        "tenants_txt": "Mme Ana Luíza FERREIRA GONÇALVES et M. Julien LAFFARGUE, solidairement",
        "tenants": ["Ana Luíza FERREIRA GONÇALVES", "Julien LAFFARGUE"],
        "address": "41 rue Camille Sauvageau, appartement 12, 33800 Bordeaux",
        "desc": "Appartement T3 de 61 m² au 3e étage.",
        "start": "2026-03-01",
        "rent": 890.0,
        "charges": 70.0,
        "city": "Bordeaux",
        "signed": "2026-02-20",
    }
    save_pdf_text(out, "Bail_Sauvageau.pdf", C.lease_pages(p, t, rng), "Bail")
    docs.append(
        doc(
            "Bail_Sauvageau.pdf",
            "lease",
            "text_pdf",
            {
                "tenant_names": t["tenants"],
                "landlord": "SCI Chartrons Patrimoine",
                "address": t["address"],
                "start_date": t["start"],
            },
            pages=[1, 2],
        )
    )
    iban, key = L.fr_iban("30002", "00437", "0000471285M")
    bank = {"name": "LCL  Le Crédit Lyonnais", "color": (0, 40, 120), "font": "open"}
    pg = D.rib_page(
        bank,
        "MME FERREIRA GONCALVES ANA LUIZA",
        (p["addr1"], p["addr2"]),
        iban,
        "CRLYFRPP",
        "30002",
        "00437",
        "0000471285M",
        key,
        ["LCL BORDEAUX BASTIDE", "1 avenue Thiers"],
        rng,
    )
    save_pdf_text(out, "RIB_LCL.pdf", [pg], "RIB")
    docs.append(
        doc(
            "RIB_LCL.pdf",
            "rib",
            "text_pdf",
            {
                "holder_name": "FERREIRA GONCALVES ANA LUIZA",
                "iban": iban,
                "bic": "CRLYFRPP",
                "bank_name": "LCL",
                "iban_valid": True,
                "rib_key_valid": True,
            },
        )
    )
    req = {"application_form": "invalid", "employment": "not_applicable"}
    return p, docs, "2026-11-19", False, req, "application form signed but not dated"


def main():
    out = Path(sys.argv[1])
    packets = {"p01": packet_p01, "p02": packet_p02, "p03": packet_p03, "p04": packet_p04}
    (out / "documents").mkdir(parents=True, exist_ok=True)
    for name, fn in packets.items():
        d = out / "packets" / name
        d.mkdir(parents=True, exist_ok=True)
        p, docs, as_of, employed, req, defect = fn(d, rng_for(name))
        reqs = {
            k: "complete"
            for k in [
                "application_form",
                "identity",
                "residence_status",
                "birth_certificate",
                "residence_proof",
                "bank_details",
                "employment",
            ]
        }
        reqs.update(req)
        bad = any(v in ("invalid", "missing") for v in reqs.values())
        assert bad == (defect is not None)
        truth = {
            "as_of": as_of,
            "employed": employed,
            "status": "incomplete" if bad else "complete",
            "requirements": reqs,
            "defect": defect,
            "applicant": {
                "surname": p["pp_sur"],
                "given_names": p["pp_giv"],
                "date_of_birth": p["dob"],
            },
            "documents": docs,
        }
        for dc in docs:
            for fl in dc["files"]:
                assert (d / fl["path"]).exists(), fl
        (out / "packets" / f"{name}.truth.json").write_text(
            json.dumps(truth, ensure_ascii=False, indent=2) + "\n", encoding="utf-8"
        )
    manifest = {"packets": list(packets), "documents": []}
    (out / "manifest.json").write_text(json.dumps(manifest, indent=2) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
