"""The four packets: data, files and truth."""

from checks import fr_iban, nir_key
from docs_civil import bangladesh, sworn_translation, syria_extract
from docs_form import form
from docs_id import passport, permit, visa_page
from docs_paper import (
    apostille,
    bill_edf,
    contract,
    lease,
    payslip,
    rib_page,
    screenshot_bill,
)

ALL_OK = {
    "application_form": "complete",
    "identity": "complete",
    "residence_status": "complete",
    "birth_certificate": "complete",
    "residence_proof": "complete",
    "bank_details": "complete",
    "employment": "complete",
}
PP_LABELS = [
    "Type / Code / Passport No.",
    "Surname",
    "Given names",
    "Nationality",
    "Date of birth",
    "Sex / Place of birth",
    "Date of issue",
    "Date of expiry",
]


def id_fields(a, num, country, expiry, nat=None):
    return {
        "surname": a["surname_print"],
        "given_names": a["given_print"],
        "document_number": num,
        "nationality": nat or a["nat"],
        "issuing_country": country,
        "date_of_birth": a["dob"],
        "sex": a["sex"],
        "expiry_date": expiry,
        "mrz_valid": True,
    }


def form_fields(a, f, status):
    return {
        "surname": f["surname"],
        "given_names": f["given"],
        "date_of_birth": a["dob"],
        "employment_status": status,
        "signed": f["signed"],
        "signed_on": f["signed_on"],
        "nir": None,
    }


def rows_pay(gross, net):
    return [
        ("Salaire de base", "151,67 h", "", gross),
        ("Santé - Sécurité sociale", gross, "", "0,00"),
        ("Retraite complémentaire T1", gross, "4,01 %", "-"),
        ("CSG déductible", "", "6,80 %", "-"),
        ("CSG/CRDS non déductible", "", "2,90 %", "-"),
        ("Net à payer avant impôt", "", "", net),
        ("Impôt sur le revenu (taux neutre)", "", "0,00 %", "0,00"),
    ]


def bill_lines(kind, amount):
    if kind == "elec":
        return [
            ("Abonnement (1 mois)", "14,85"),
            ("Consommation", "-"),
            ("Taxes et contributions", "-"),
        ]
    return [("Forfait mensuel", amount), ("Options", "0,00"), ("dont TVA 20 %", "-")]


# ------------------------------------------------------------------ p01 Syria
def p01(o):
    a = {
        "surname_print": "AL HASSAN",
        "given_print": "MOHAMMAD",
        "mrz_surname": "AL<HASSAN",
        "mrz_given": "MOHAMMAD",
        "dob": "1991-04-17",
        "sex": "M",
        "nat": "SYR",
        "pob_print": "HOMS",
    }
    pp = {
        "country": "SYR",
        "number": "N01873452",
        "expiry": "2029-02-10",
        "issued": "2023-02-11",
        "nat_print": "SYRIAN ARAB REPUBLIC",
    }
    pg, _ = passport(a, pp, (236, 232, 218), "SYRIAN ARAB REPUBLIC  PASSPORT", PP_LABELS)
    o.photo("IMG_20261103_181422.jpg", pg, rot=0, card=True, dpi=400)
    o.add(
        [("IMG_20261103_181422.jpg", [1])],
        "passport",
        "phone_photo",
        id_fields(a, pp["number"], "SYR", pp["expiry"]),
        "Syrian passport data page on a table",
    )
    t = {
        "number": "E4K7P2R91",
        "until": "2027-09-02",
        "issued": "2025-09-03",
        "title": "CARTE DE SÉJOUR — VIE PRIVÉE ET FAMILIALE",
        "remarks": "VIE PRIVÉE ET FAMILIALE — AUTORISE SON TITULAIRE À TRAVAILLER",
        "address": "27 RUE DE TANGER 75019 PARIS",
        "pref": "PRÉFECTURE DE POLICE",
    }
    fr, bk, _ = permit(a, t)
    o.scan("titre_sejour_recto.jpg", fr, 300)
    o.scan("titre_sejour_verso.jpg", bk, 300)
    o.add(
        [("titre_sejour_recto.jpg", [1]), ("titre_sejour_verso.jpg", [1])],
        "residence_permit",
        "scan",
        id_fields(a, t["number"], "FRA", t["until"]),
        "carte de séjour VPF, TD1 on back",
    )
    b = {
        "ar_given": "محمد",
        "ar_surname": "الحسن",
        "ar_father": "خالد",
        "ar_mother": "فاطمة الأحمد",
        "ar_birth": "حمص 1991/04/17",
        "ar_reg": "الخالدية 214",
        "ref": "N° 2026/118734",
        "given": "Mohammad",
        "surname_tr": "Al-Hassan",
        "father": "Khaled",
        "mother": "Fatima El-Ahmad",
        "pob": "Homs",
        "dob": a["dob"],
        "reg": "Khaldiyé 214",
        "issued": "2026-03-14",
        "legal_no": "2026/CS/0412",
    }
    o.scan("scan_0007.jpg", syria_extract(b), 200)
    o.add(
        [("scan_0007.jpg", [1])],
        "birth_certificate",
        "scan",
        {
            "surname": "الحسن",
            "given_names": "محمد",
            "date_of_birth": a["dob"],
            "place_of_birth": "حمص",
            "issuing_country": "SYR",
            "language": "ar",
            "has_apostille": False,
        },
        "Arabic ikhraj qaid fardi; Syria is not party to the Apostille Convention: legalised "
        "(MAE stamp + French consulate) instead, so the requirement is complete",
    )
    tr = {
        "translator": "Nadia BENSALEM-ROUX",
        "court": "Paris",
        "no": "NB-26-0931",
        "addr": "14 boulevard de la Villette, 75010 Paris",
        "city": "Paris",
        "date": "2026-04-02",
    }
    o.img_pdf("traduction_acte_naissance.pdf", [sworn_translation(b, tr)])
    o.add(
        [("traduction_acte_naissance.pdf", [1])],
        "translation",
        "image_pdf",
        {
            "surname": "Al-Hassan",
            "given_names": "Mohammad",
            "date_of_birth": a["dob"],
            "language": "fr",
        },
        "sworn French translation of the extract (surname spelt Al-Hassan)",
    )
    ls = {
        "landlord": "SCI Les Jardins de Flandre",
        "landlord_addr": "3 rue Riquet, 75019 Paris",
        "tenants_print": ["Mohammad AL-HASSAN", "Omar AL-HASSAN"],
        "address": "27 rue de Tanger, 75019 Paris, 3e étage gauche",
        "kind": "T2, 2 pièces",
        "surface": "41 m²",
        "start": "2025-10-01",
        "duration": "3 ans",
        "rent": "1 020,00 €",
        "charges": "85,00 €",
        "deposit": "1 020,00 €",
        "city": "Paris",
        "signed_on": "2025-09-22",
        "seed": 1101,
    }
    o.img_pdf("bail_appartement.pdf", lease(ls))
    o.add(
        [("bail_appartement.pdf", [1, 2])],
        "lease",
        "image_pdf",
        {
            "tenant_names": ls["tenants_print"],
            "landlord": ls["landlord"],
            "address": "27 rue de Tanger, 75019 Paris",
            "start_date": ls["start"],
        },
        "lease shared with his brother Omar (joint tenants)",
    )
    c = {
        "title": "CONTRAT DE TRAVAIL À DURÉE DÉTERMINÉE",
        "subtitle": "(articles L. 1242-1 et suivants du code du travail)",
        "employer_par": "La société ATELIER BATIGNOLLES "
        "RÉNOVATION, SAS au capital de 20 000 €, SIRET 812 554 903 00027, 41 rue Boursault "
        "75017 Paris, représentée par M. Laurent Picard, gérant, ci-après « l'employeur »,",
        "employee_par": "M. Mohammad AL HASSAN, né le 17/04/1991 à Homs (Syrie), de nationalité "
        "syrienne, demeurant 27 rue de Tanger 75019 Paris, ci-après « le salarié »,",
        "articles": [
            (
                "Article 1 – Motif et durée",
                (
                    "Le présent contrat est conclu pour accroissement "
                    "temporaire d'activité, du 01/06/2026 au 31/05/2027 inclus."
                ),
            ),
            (
                "Article 2 – Fonctions",
                (
                    "Le salarié est engagé en qualité de plaquiste, niveau "
                    "N2P1 de la convention collective du bâtiment."
                ),
            ),
            (
                "Article 3 – Rémunération",
                "Rémunération brute mensuelle de 2 150,00 € pour 35 heures hebdomadaires.",
            ),
            (
                "Article 4 – Période d'essai",
                "Le contrat comporte une période d'essai de deux semaines.",
            ),
        ],
        "city": "Paris",
        "signed_on": "2026-05-27",
        "seed": 1201,
    }
    o.text_pdf("CDD_Atelier_Batignolles.pdf", [contract(c)], "Contrat CDD")
    o.add(
        [("CDD_Atelier_Batignolles.pdf", [1])],
        "employment_contract",
        "text_pdf",
        {
            "employer": "ATELIER BATIGNOLLES RÉNOVATION",
            "employee_name": "Mohammad AL HASSAN",
            "contract_type": "CDD",
            "job_title": "plaquiste",
            "start_date": "2026-06-01",
        },
    )
    nir13 = "1910499206214"
    nir = (
        f"{nir13[0]} {nir13[1:3]} {nir13[3:5]} {nir13[5:7]} {nir13[7:10]} {nir13[10:13]} "
        f"{nir_key(nir13)}"
    )
    assert (int(nir13) + int(nir_key(nir13))) % 97 == 0
    s = {
        "start": "2026-10-01",
        "end": "2026-10-31",
        "employer": "ATELIER BATIGNOLLES RÉNOVATION",
        "emp_addr": "41 rue Boursault 75017 Paris",
        "siret": "812 554 903 00027",
        "naf": "4331Z",
        "employee_print": "M. AL HASSAN MOHAMMAD",
        "addr1": "27 rue de Tanger",
        "addr2": "75019 PARIS",
        "job": "Plaquiste",
        "nir": nir,
        "entry": "2026-06-01",
        "ccn": "Bâtiment ouvriers (IDCC 1597)",
        "rows": rows_pay("2 150,00", "1 683,74"),
        "net": "1 683,74",
        "paid": "2026-10-31",
    }
    o.text_pdf("bulletin_octobre_2026.pdf", [payslip(s)], "Bulletin de paie", "Silae")
    o.add(
        [("bulletin_octobre_2026.pdf", [1])],
        "payslip",
        "text_pdf",
        {
            "employer": s["employer"],
            "employee_name": "AL HASSAN MOHAMMAD",
            "period": "2026-10",
            "net_pay": "1683.74",
            "siret": "81255490300027",
        },
        "carries a provisional NIR",
    )
    iban, key = fr_iban("30002", "00412", "0000445621F")
    r = {
        "bank": "LCL",
        "color": (20, 40, 120),
        "holder_print": "M MOHAMMAD AL HASSAN",
        "addr_lines": ["27 RUE DE TANGER", "75019 PARIS"],
        "iban": iban,
        "iban_valid": True,
        "bic": "CRLYFRPP",
        "branch": "LCL PARIS FLANDRE",
        "rib": ["30002", "00412", "0000445621F", key],
    }
    o.text_pdf("RIB_LCL.pdf", [rib_page(r)], "RIB", "LCL")
    o.add(
        [("RIB_LCL.pdf", [1])],
        "rib",
        "text_pdf",
        {
            "holder_name": "MOHAMMAD AL HASSAN",
            "iban": iban,
            "bic": "CRLYFRPP",
            "bank_name": "LCL",
            "iban_valid": True,
            "rib_key_valid": True,
        },
        "account number with a letter (F)",
    )
    f = {
        "run": 0,
        "fill": "hand",
        "hand": "hand1",
        "seed": 1300,
        "surname": "AL-HASSAN",
        "given": "Mohammad",
        "sex": "M",
        "dob": a["dob"],
        "pob": "Homs, Syrie",
        "nat": "syrienne",
        "address": "27 rue de Tanger",
        "cp_commune": "75019 Paris",
        "contact": "07 58 22 41 09",
        "situation": "salarie",
        "contract": "CDD",
        "place": "Paris",
        "date_text": "09/11/2026",
        "signed": True,
        "signed_on": "2026-11-09",
    }
    p1, p2 = form(f)
    o.scan("scan_0001.jpg", p1, 200)
    o.scan("scan_0002.jpg", p2, 200)
    o.add(
        [("scan_0001.jpg", [1]), ("scan_0002.jpg", [1])],
        "application_form",
        "scan",
        form_fields(a, f, "employed"),
        "hand-filled; surname written with a hyphen",
    )
    return {
        "as_of": "2026-11-18",
        "employed": True,
        "requirements": dict(ALL_OK),
        "defect": None,
        "applicant": {"surname": "AL HASSAN", "given_names": "MOHAMMAD", "date_of_birth": a["dob"]},
    }


def bill(o, fname, look, kind, holder, addr, month, amount, seed, **kw):
    start, end = month + "-01", month + ("-31" if month[5:] in ("08", "10") else "-30")
    nxt = {"08": "09", "09": "10", "10": "11"}[month[5:]]
    issue = f"{month[:5]}{nxt}-0{3 + seed % 5}"
    b = {
        "holder_print": holder,
        "addr_lines": addr,
        "issue": issue,
        "start": start,
        "end": end,
        "amount": amount,
        "due": issue[:8] + "18",
        "site": ", ".join(addr),
        "invoice": f"{seed * 7919 % 10**10:010d}",
        "ref": f"{seed * 104729 % 10**9:09d}",
        "lines": bill_lines(kind, amount),
    }
    b.update(kw)
    if look == "screenshot":
        o.png(fname, screenshot_bill(b))
    elif look == "text_pdf":
        o.text_pdf(fname, [bill_edf(b)], "Facture", b["brand"])
    else:
        o.img_pdf(fname, [bill_edf(b)])
    svc = {"elec": "electricity", "net": "internet", "mob": "mobile"}[kind]
    o.add(
        [(fname, [1])],
        "utility_bill",
        look,
        {
            "provider": b["brand"],
            "service": svc,
            "holder_name": holder,
            "address": b["site"],
            "issue_date": issue,
            "period_start": start,
            "period_end": end,
            "amount": amount.replace(",", "."),
        },
        f"covers {month}",
    )


ELEC = {
    "service_title": "Votre facture d'électricité",
    "tag": "Électricité de France",
    "legal": "EDF SA au capital de 2 084 365 041 € – 552 081 317 R.C.S. Paris – "
    "22-30 avenue de Wagram 75008 Paris.",
}


# ------------------------------------------------------------------ p02 Bangladesh
def p02(o):
    a = {
        "surname_print": "AKTER",
        "given_print": "NUSRAT JAHAN",
        "mrz_surname": "AKTER",
        "mrz_given": "NUSRAT JAHAN",
        "dob": "2001-08-23",
        "sex": "F",
        "nat": "BGD",
        "pob_print": "SYLHET",
    }
    pp = {
        "country": "BGD",
        "number": "A07316824",
        "expiry": "2033-01-18",
        "issued": "2023-01-19",
        "nat_print": "BANGLADESHI",
    }
    pg, _ = passport(a, pp, (228, 236, 226), "PEOPLE'S REPUBLIC OF BANGLADESH  PASSPORT", PP_LABELS)
    o.scan("passport_nusrat.jpg", pg, 300)
    o.add(
        [("passport_nusrat.jpg", [1])],
        "passport",
        "scan",
        id_fields(a, pp["number"], "BGD", pp["expiry"]),
    )
    v = {
        "number": "D52417983",
        "from": "2026-07-10",
        "until": "2027-07-09",
        "days": 365,
        "place": "DHAKA",
        "issued": "2026-06-24",
        "pp": pp["number"],
        "remarks": "VLS-TS ÉTUDIANT  /  CESEDA R.431-16",
    }
    vp, _ = visa_page(a, v)
    o.photo("IMG_4471.jpg", vp, rot=90, card=True, dpi=400)
    fv = id_fields(a, v["number"], "FRA", v["until"])
    fv.update(
        {
            "visa_type": "D",
            "vls_ts": True,
            "category": "étudiant",
            "valid_from": v["from"],
            "valid_until": v["until"],
        }
    )
    o.add([("IMG_4471.jpg", [1])], "long_stay_visa", "phone_photo", fv, "photo rotated 90°")
    b = {
        "office": "Sylhet City Corporation, Ward No. 14",
        "reg_date": "2001-09-30",
        "issued": "2026-02-11",
        "brn": "20019117214003581",
        "name": "Nusrat Jahan Akter",
        "dob": a["dob"],
        "dob_words": "Twenty Third August Two Thousand One",
        "pob": "Sylhet, Bangladesh",
        "mother": "Rokeya Begum",
        "father": "Abdul Karim",
        "addr": "House 22, Zindabazar, Sylhet",
    }
    assert len(b["brn"]) == 17
    ap = {
        "country": "BANGLADESH",
        "doc_signer": "Md. Harun Or Rashid",
        "doc_capacity": "Registrar",
        "doc_seal": "Sylhet City Corporation",
        "place": "Dhaka",
        "issued": "2026-03-05",
        "by": "Ministry of Foreign Affairs",
        "number": "MOFA/APT/2026/58214",
    }
    o.scan("birth_certificate.jpg", bangladesh(b), 200)
    o.scan("apostille.jpg", apostille(ap), 200)
    o.add(
        [("birth_certificate.jpg", [1])],
        "birth_certificate",
        "scan",
        {
            "surname": "Akter",
            "given_names": "Nusrat Jahan",
            "date_of_birth": a["dob"],
            "place_of_birth": "Sylhet, Bangladesh",
            "issuing_country": "BGD",
            "language": "en",
            "has_apostille": True,
        },
        "17-digit BRN " + b["brn"],
    )
    o.add(
        [("apostille.jpg", [1])],
        "apostille",
        "scan",
        {
            "country": "BANGLADESH",
            "issued_on": ap["issued"],
            "number": ap["number"],
            "signed_by": ap["by"],
        },
    )
    addr = ["12 rue Paul Bert", "69003 Lyon"]
    bill(
        o,
        "facture_edf_aout.pdf",
        "text_pdf",
        "elec",
        "Mme NUSRAT JAHAN AKTER",
        addr,
        "2026-08",
        "48,62",
        21,
        brand="EDF",
        color=(0, 90, 170),
        **ELEC,
    )
    bill(
        o,
        "Facture_Free_septembre.pdf",
        "image_pdf",
        "net",
        "Mme Akter Nusrat Jahan",
        addr,
        "2026-09",
        "29,99",
        22,
        brand="free",
        color=(200, 0, 0),
        tag="Freebox Pop",
        service_title="Votre facture Freebox",
        legal="Free SAS – 8 rue de la Ville l'Évêque 75008 Paris – RCS Paris 421 938 861.",
    )
    bill(
        o,
        "Screenshot_20261104-214510.png",
        "screenshot",
        "mob",
        "Nusrat Jahan AKTER",
        addr,
        "2026-10",
        "15,99",
        23,
        brand="orange",
        color=(255, 121, 0),
        line_no="06 44 18 27 93",
        offer="Forfait 100 Go",
        month_label="Octobre 2026",
    )
    s = {
        "start": "2026-10-01",
        "end": "2026-10-31",
        "employer": "SARL SAVEURS DU RHÔNE",
        "emp_addr": "5 place Guichard 69003 Lyon",
        "siret": "893 411 207 00018",
        "naf": "5610C",
        "employee_print": "Mme AKTER Nusrat Jahan",
        "addr1": addr[0],
        "addr2": addr[1].upper(),
        "job": "Équipière polyvalente",
        "entry": "2026-09-07",
        "ccn": "Restauration rapide (IDCC 1501)",
        "rows": rows_pay("782,04", "611,35"),
        "net": "611,35",
        "paid": "2026-11-05",
    }
    o.photo("IMG_4502.jpg", payslip(s), rot=270)
    o.add(
        [("IMG_4502.jpg", [1])],
        "payslip",
        "phone_photo",
        {
            "employer": s["employer"],
            "employee_name": "AKTER Nusrat Jahan",
            "period": "2026-10",
            "net_pay": "611.35",
            "siret": "89341120700018",
        },
        "student job, part time; rotated 270°",
    )
    iban, key = fr_iban("20041", "10007", "0612345X038")
    r = {
        "bank": "La Banque Postale",
        "color": (0, 60, 120),
        "holder_print": "MLLE AKTER NUSRAT JAHAN",
        "addr_lines": ["12 RUE PAUL BERT", "69003 LYON"],
        "iban": iban,
        "iban_valid": True,
        "bic": "PSSTFRPPLYO",
        "branch": "La Banque Postale Centre Financier de Lyon",
        "rib": ["20041", "10007", "0612345X038", key],
    }
    o.text_pdf("rib_banque_postale.pdf", [rib_page(r)], "RIB", "La Banque Postale")
    o.add(
        [("rib_banque_postale.pdf", [1])],
        "rib",
        "text_pdf",
        {
            "holder_name": "AKTER NUSRAT JAHAN",
            "iban": iban,
            "bic": "PSSTFRPPLYO",
            "bank_name": "La Banque Postale",
            "iban_valid": True,
            "rib_key_valid": True,
        },
    )
    f = {
        "run": 1,
        "fill": "typed",
        "seed": 2300,
        "surname": "AKTER",
        "given": "Nusrat Jahan",
        "sex": "F",
        "dob": a["dob"],
        "pob": "Sylhet, Bangladesh",
        "nat": "bangladaise",
        "address": "12 rue Paul Bert",
        "cp_commune": "69003 Lyon",
        "contact": "nusrat.akter01@gmail.com",
        "situation": "salarie",
        "contract": "CDD",
        "detail": "",
        "place": "Lyon",
        "date_text": "12/11/2026",
        "signed": True,
        "signed_on": "2026-11-12",
    }
    o.img_pdf("formulaire_cpam.pdf", list(form(f)))
    o.add(
        [("formulaire_cpam.pdf", [1, 2])],
        "application_form",
        "image_pdf",
        form_fields(a, f, "employed"),
        "typed, printed, signed by hand, scanned",
    )
    return {
        "as_of": "2026-11-24",
        "employed": True,
        "requirements": dict(ALL_OK),
        "defect": None,
        "applicant": {"surname": "AKTER", "given_names": "NUSRAT JAHAN", "date_of_birth": a["dob"]},
    }
