"""Packet p01: applicant from Morocco, employed (CDD + payslip), récépissé, lease; in order."""

from __future__ import annotations

from cc_checks import D, fr_iban, siret_make, td3
from cc_civil import maroc_acte, maroc_apostille
from cc_home import lease
from cc_ids import (
    booklet,
    recepisse,
)
from cc_money import cdd, payslip, rib_lcl
from cc_pack import ALL_OK, Packet, form_fields, form_pages, id_fields, page

# =========================================================================== p01 Morocco


def p01(root):
    P = Packet(
        root,
        "p01",
        D("2026-11-24"),
        True,
        {"surname": "AIT EL HAJ", "given_names": "FATIMA-ZAHRA", "date_of_birth": "1996-02-14"},
    )
    dob, _rng = D("1996-02-14"), P.rng("main")
    who = {"face_seed": 101, "skin": (196, 150, 118), "hair": (35, 25, 20), "sex": "F"}
    addr = ("23 rue Francis de Pressensé", "69100 Villeurbanne")
    # passport, photographed on a table, file turned 90°
    pp = dict(
        who,
        state="MAR",
        number="VF4812073",
        surname_vis="AIT EL HAJ",
        given_vis="FATIMA-ZAHRA",
        surname_ar="آيت الحاج",
        given_ar="فاطمة الزهراء",
        dob=dob,
        pob_vis="TAROUDANT",
        issued=D("2023-05-11"),
        expiry=D("2028-05-10"),
        authority="MINISTÈRE DE L'INTÉRIEUR",
        personal_vis="J512874",
        cover=(32, 78, 52),
        holder_signs=True,
        sig_seed=1011,
    )
    pp["mrz"] = td3(
        "P",
        "MAR",
        "AIT EL HAJ",
        "FATIMA ZAHRA",
        pp["number"],
        "MAR",
        dob,
        "F",
        pp["expiry"],
        "J512874",
    )
    P.photo("IMG_20261109_183412.jpg", booklet(pp, P.rng("pp")), "pp-photo", rotate=90)
    P.add(
        [("IMG_20261109_183412.jpg", [1])],
        "passport",
        "phone_photo",
        id_fields("AIT EL HAJ", "FATIMA-ZAHRA", "VF4812073", "MAR", "MAR", dob, "F", pp["expiry"]),
        "Moroccan passport, data page under the first visa page; photo turned 90° clockwise.",
    )
    # récépissé
    rc = dict(
        who,
        prefecture="Préfecture du Rhône",
        city="Lyon",
        motif="Première demande - changement de statut",
        number="6926041875",
        surname="AIT EL HAJ",
        given="Fatima-Zahra",
        dob=dob,
        pob="Taroudant (Maroc)",
        nat_word="Marocaine",
        address=", ".join(addr) + " (apt 31)",
        agdref="6902418375",
        category="Carte de séjour temporaire « salarié »",
        valid_from=D("2026-09-15"),
        valid_until=D("2027-03-14"),
        work="AUTORISE SON TITULAIRE À TRAVAILLER",
        issued=D("2026-09-15"),
        sig_seed=1021,
        holder_sig=1011,
    )
    P.scan_jpg("recepisse.jpg", page(lambda pg: recepisse(pg, rc, P.rng("rc")), dpi=200), "rc-scan")
    P.add(
        [("recepisse.jpg", [1])],
        "residence_permit",
        "scan",
        id_fields(
            "AIT EL HAJ",
            "Fatima-Zahra",
            "6926041875",
            "MAR",
            "FRA",
            dob,
            "F",
            rc["valid_until"],
            None,
        ),
        "Récépissé de demande de titre de séjour (first application, 'salarié'), valid 15/09/2026-14/03/2027, "
        "authorises work. Paper document, no MRZ (mrz_valid null). Also shows the AGDREF 'N° étranger' "
        "6902418375.",
    )
    # birth certificate + apostille, one scanner PDF
    ac = {
        "province": "Taroudant",
        "commune": "Taroudant",
        "province_ar": "تارودانت",
        "commune_ar": "تارودانت",
        "act_no": "412",
        "act_year": "1996",
        "surname": "AIT EL HAJ",
        "surname_ar": "آيت الحاج",
        "given": "Fatima-Zahra",
        "given_ar": "فاطمة الزهراء",
        "sex_fr": "Féminin",
        "sex_ar": "أنثى",
        "dob_words": "Quatorze février mil neuf cent quatre-vingt-seize (14/02/1996)",
        "dob_ar": "14 فبراير 1996",
        "hijri": "24 Ramadan 1416",
        "hijri_ar": "24 رمضان 1416",
        "pob": "Taroudant",
        "pob_ar": "تارودانت",
        "father": "Mohamed ben Lahcen AIT EL HAJ",
        "father_ar": "محمد بن لحسن آيت الحاج",
        "mother": "Aicha bent Brahim OUFKIR",
        "mother_ar": "عائشة بنت ابراهيم",
        "drawn": "20/02/1996",
        "officer": "Lahcen BOUZID",
        "issued": D("2026-03-03"),
        "sig_seed": 1031,
    }
    ap = {
        "doc_signer": "M. Khalid AMRANI",
        "doc_capacity": "Officier de l'état civil",
        "doc_seal": "Bureau de l'état civil - Commune de Taroudant",
        "place": "Taroudant",
        "date": D("2026-03-05"),
        "by": "M. Rachid EL FASSI, Substitut du Procureur du Roi près le Tribunal de Première Instance de "
        "Taroudant",
        "number": "2026/TRD/004718",
        "sig_seed": 1032,
        "signer_line": "Rachid EL FASSI",
    }
    ims = [
        page(lambda pg: maroc_acte(pg, ac, P.rng("ac"))),
        page(lambda pg: maroc_apostille(pg, ap, P.rng("ap"))),
    ]
    P.image_pdf("acte de naissance + apostille.pdf", ims, "ac-scan", creator="HP Scan")
    P.add(
        [("acte de naissance + apostille.pdf", [1])],
        "birth_certificate",
        "image_pdf",
        {
            "surname": "AIT EL HAJ",
            "given_names": "Fatima-Zahra",
            "date_of_birth": dob,
            "place_of_birth": "Taroudant",
            "issuing_country": "MAR",
            "language": "ar+fr",
            "has_apostille": True,
        },
        "Copie intégrale d'acte de naissance, bilingual Arabic/French, issued 03/03/2026.",
    )
    P.add(
        [("acte de naissance + apostille.pdf", [2])],
        "apostille",
        "image_pdf",
        {
            "country": "MAR",
            "issued_on": ap["date"],
            "number": ap["number"],
            "signed_by": "Rachid EL FASSI",
        },
        "Moroccan apostille (French with Arabic labels) for the birth certificate on page 1.",
    )
    # CDD contract (e-signed PDF) and October payslip (payroll PDF)
    siret = siret_make(P.rng("siret"))
    emp = "SAS Résidence Les Glycines"
    k = {
        "employer": emp,
        "employee": "Fatima-Zahra AIT EL HAJ",
        "motif": "accroissement temporaire d'activité lié à "
        "l'ouverture d'une unité de vie protégée de 14 lits",
        "start": D("2026-07-06"),
        "end": D("2027-01-05"),
        "job": "Agent de service hospitalier (ASH)",
        "coef": "211",
        "ccn": "convention collective nationale de l'hospitalisation privée du 18 avril 2002",
        "site": "14 rue Léon Blum, 69100 Villeurbanne",
        "gross": 1862.00,
        "retraite": "AGIRC-ARRCO (Malakoff Humanis)",
        "prevoyance": "Harmonie Mutuelle",
        "urssaf": "Rhône-Alpes",
        "place": "Villeurbanne",
        "signed_on": D("2026-07-03"),
        "signer": "Mme Claire VANNIER, Directrice",
        "sig_employer": 1041,
        "sig_employee": 1011,
        "esign": "YS-7F3A-22C1-9B0E",
        "party_employer": f"La société {emp}, société par actions simplifiée au capital de 150 000 euros, "
        f"immatriculée au RCS de Lyon sous le numéro {siret[:3]} {siret[3:6]} {siret[6:9]}, SIRET {siret}, dont "
        "le siège social est situé 14 rue Léon Blum, 69100 Villeurbanne, représentée par Madame Claire "
        "VANNIER, agissant en qualité de Directrice, ci-après dénommée « l'Employeur », d'une part,",
        "party_employee": "Madame Fatima-Zahra AIT EL HAJ, née le 14 février 1996 à Taroudant (Maroc), de "
        "nationalité marocaine, demeurant 23 rue Francis de Pressensé, appartement 31, 69100 Villeurbanne, "
        "titulaire d'un document de séjour l'autorisant à travailler, ci-après dénommée « la Salariée », "
        "d'autre part,",
    }
    P.text_pdf(
        "CDD_AIT_EL_HAJ_signe.pdf",
        [lambda pg, i=i: cdd(pg, k, P.rng(f"cdd{i}"), i) for i in range(3)],
        title="Contrat CDD - AIT EL HAJ",
        author="Résidence Les Glycines - RH",
        creator="Microsoft Word",
        producer="Yousign",
    )
    P.add(
        [("CDD_AIT_EL_HAJ_signe.pdf", [1, 2, 3])],
        "employment_contract",
        "text_pdf",
        {
            "employer": emp,
            "employee_name": "Fatima-Zahra AIT EL HAJ",
            "contract_type": "CDD",
            "job_title": "Agent de service hospitalier (ASH)",
            "start_date": k["start"],
        },
        "Fixed-term contract 06/07/2026-05/01/2027, e-signed by both parties.",
    )
    s = {
        "start": D("2026-10-01"),
        "end": D("2026-10-31"),
        "paid": D("2026-10-30"),
        "gross": 1862.00,
        "employer_block": [
            emp,
            "Résidence Les Glycines - EHPAD",
            "14 rue Léon Blum",
            "69100 VILLEURBANNE",
            f"SIRET : {siret}",
            "Code NAF : 8710A",
            "URSSAF Rhône-Alpes",
            "Convention collective : hospitalisation privée (IDCC 2264)",
        ],
        "employee_block": [
            "Madame AIT EL HAJ Fatima-Zahra",
            "23 rue Francis de Pressensé, apt 31",
            "69100 VILLEURBANNE",
            "Matricule : 000417",
            "N° de sécurité sociale : en cours d'immatriculation",
            "Emploi : Agent de service hospitalier",
            "Statut : Non cadre - Coefficient 211",
            "Entrée le 06/07/2026 - CDD",
        ],
        "info": [
            ("Période", "Octobre 2026"),
            ("Heures payées", "151,67"),
            ("Date d'entrée", "06/07/2026"),
            ("Contrat", "CDD temps complet"),
            ("Niveau", "Employé"),
        ],
        "cp": ["10,00", "0,00", "10,00"],
        "cumul": [7448.00, 6021.84],
    }
    holder = {}
    P.text_pdf(
        "Bulletin_paie_2026-10.pdf",
        [lambda pg: holder.update(c=payslip(pg, s, P.rng("pay")))],
        title="Bulletin de salaire 10/2026",
        author="Silae",
        creator="Silae Paie",
    )
    P.add(
        [("Bulletin_paie_2026-10.pdf", [1])],
        "payslip",
        "text_pdf",
        {
            "employer": emp,
            "employee_name": "AIT EL HAJ Fatima-Zahra",
            "period": "2026-10",
            "net_pay": holder["c"]["net_paye"],
            "siret": siret,
        },
        "Bulletin de paie clarifié, October 2026; net_pay is the 'NET PAYÉ' after withholding tax.",
    )
    # lease (scanned paper, 3 pages)
    L = {
        "landlord_full": "SCI LES CHARMETTES, société civile immobilière familiale, dont le siège est 5 "
        "chemin de Montessuy, 69300 Caluire-et-Cuire",
        "agent": "Régie Gerland Immobilier, 42 avenue Jean "
        "Jaurès, 69007 Lyon, carte professionnelle CPI 6901 2019 000 041 827 délivrée par la CCI de Lyon",
        "tenant_full": "Madame Fatima-Zahra AIT EL HAJ, née le 14/02/1996 à Taroudant (Maroc)",
        "address": "23 rue Francis de Pressensé, 69100 Villeurbanne",
        "address_short": "23 rue F. de Pressensé",
        "floor": "bâtiment B, 3e étage, porte 31",
        "built": "de 1949 à 1974",
        "surface": "34,20",
        "rooms": "2",
        "other": "cellier",
        "heating": "collectif",
        "hot_water": "individuelle (ballon électrique)",
        "annex": "cave n° 12.",
        "start": D("2026-06-01"),
        "rent": 585.00,
        "charges": 75.00,
        "deposit": 585.00,
        "irl": "1er trimestre 2026",
        "rent_rule": "b) Le logement est situé dans une zone où s'applique l'encadrement des loyers (Lyon et "
        "Villeurbanne) : montant du loyer de référence : 13,10 €/m² ; montant du loyer de référence majoré : "
        "15,72 €/m².",
        "fees": "Honoraires à la charge du locataire : 8,00 €/m² pour la visite, la constitution "
        "du dossier et la rédaction du bail, et 3,00 €/m² pour l'état des lieux, soit 376,20 € TTC.",
        "place": "Lyon",
        "signed_on": D("2026-05-22"),
        "tenant_sig": 1011,
        "landlord_sig": 1051,
        "initials": ("RG", "FZ"),
        "agent_stamp": [
            "RÉGIE GERLAND IMMOBILIER",
            "42 av. Jean Jaurès 69007 LYON",
            "Tél. 04 78 XX XX XX",
        ],
    }
    ims = [page(lambda pg, i=i: lease(pg, L, P.rng(f"lease{i}"), i, "paper")) for i in range(3)]
    P.image_pdf("bail.pdf", ims, "lease-scan", creator="Canon MF Scan Utility")
    P.add(
        [("bail.pdf", [1, 2, 3])],
        "lease",
        "image_pdf",
        {
            "tenant_names": ["Fatima-Zahra AIT EL HAJ"],
            "landlord": "SCI LES CHARMETTES",
            "address": ", ".join(addr),
            "start_date": L["start"],
        },
        "Bail loi 1989 (logement nu, 2015 model contract), signed on paper, initialled; landlord represented "
        "by a régie; started 01/06/2026.",
    )
    # RIB LCL
    iban, key = fr_iban("30002", "00432", "0000468213K")
    r = {
        "holder_block": [
            "MME AIT EL HAJ FATIMA-ZAHRA",
            "23 RUE FRANCIS DE PRESSENSE APT 31",
            "69100 VILLEURBANNE",
        ],
        "branch_block": [
            "LCL VILLEURBANNE GRATTE CIEL",
            "2 AVENUE HENRI BARBUSSE",
            "69100 VILLEURBANNE",
        ],
        "bank": "30002",
        "branch": "00432",
        "account": "0000468213K",
        "key": key,
        "iban": iban,
        "bic": "CRLYFRPP",
    }
    P.text_pdf(
        "RIB_LCL.pdf",
        [lambda pg: rib_lcl(pg, r, P.rng("rib"))],
        title="Relevé d'identité bancaire",
        author="LCL",
        creator="LCL Mes Comptes",
    )
    P.add(
        [("RIB_LCL.pdf", [1])],
        "rib",
        "text_pdf",
        {
            "holder_name": "AIT EL HAJ FATIMA-ZAHRA",
            "iban": iban,
            "bic": "CRLYFRPP",
            "bank_name": "LCL",
            "iban_valid": True,
            "rib_key_valid": True,
        },
        "RIB printed twice on the page (cut line).",
    )
    # application form: hand-filled, print run A, two phone photos
    v = {
        "surname": "AIT EL HAJ",
        "given": "FATIMA-ZAHRA",
        "sex": "F",
        "dob": dob,
        "pob_city": "TAROUDANT",
        "pob_country": "MAROC",
        "nationality": "MAROCAINE",
        "address": "23 RUE FRANCIS DE PRESSENSÉ APT 31",
        "postcode": "69100",
        "city": "VILLEURBANNE",
        "phone": "06 51 27 84 09",
        "email": "fz.aitelhaj96@gmail.com",
        "situation": "salarie",
        "contract": "CDD",
        "job": "AGENT DE SERVICE HOSPITALIER",
        "place": "Villeurbanne",
        "signed_on": D("2026-11-20"),
        "signature": "pen",
        "sig_seed": 1011,
    }
    ims = form_pages(v, "A", "hand", P.rng("form"), dpi=220)
    P.photo("formulaire_page1.jpg", ims[0], "f1")
    P.photo("formulaire_page2.jpg", ims[1], "f2", rotate=270)
    P.add(
        [("formulaire_page1.jpg", [1]), ("formulaire_page2.jpg", [1])],
        "application_form",
        "phone_photo",
        form_fields(v, "employed"),
        "Cerfa 15763*02, print run A, filled by hand (capitals in comb boxes), dated 20/11/2026 in comb "
        "boxes, pen signature; page 2 photo turned 270° clockwise.",
    )
    return P.truth(dict(ALL_OK, employment="complete"))
