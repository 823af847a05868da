"""Packets p03 (Albania, hosted by a cousin) and p04 (Bolivia) of set_dh."""

from __future__ import annotations

import dh_docs as D
import dh_foreign as F
import dh_ids as I
from dh_core import Page
from dh_pack import FR_LABELS, Packet, bill, form, on_a4, passport, permit, rib, visa

DONE = {
    k: "complete"
    for k in (
        "application_form",
        "identity",
        "residence_status",
        "birth_certificate",
        "residence_proof",
        "bank_details",
    )
}


# ---------------------------------------------------------------------------- p03 Albania
def build_p03(pk: Packet):
    sur, giv, dob = "ÇELA", "DËSHIRA", "1996-09-23"
    form(
        pk,
        {
            "surname": "ÇELA",
            "given": "Dëshira",
            "dob": "23/09/1996",
            "pob": "Korçë (Albanie)",
            "address": "14 allée des Acacias, chez M. Muçaj, 69100 Villeurbanne",
            "situation": "not_employed",
            "place": "Villeurbanne",
            "date": "09/11/2026",
            "hand": "hand2",
        },
        "scan0007.jpg",
        "scan",
        "form",
        {
            "surname": "ÇELA",
            "given_names": "Dëshira",
            "date_of_birth": dob,
            "employment_status": "not_employed",
            "signed_on": "2026-11-09",
        },
    )
    mrz = I.td3("ALB", sur, giv, "BJ4417285", "ALB", dob, "F", "2033-02-14")
    lab = dict(
        FR_LABELS,
        lab_code="Kodi / Code",
        lab_no="Nr. i pasaportës / Passport No.",
        lab_sur="Mbiemri / Surname",
        lab_giv="Emri / Given names",
        lab_nat="Shtetësia / Nationality",
        lab_dob="Datëlindja / Date of birth",
        lab_sex="Gjinia / Sex",
        lab_pob="Vendlindja / Place of birth",
        lab_iss="Data e lëshimit / Date of issue",
        lab_auth="Autoriteti / Authority",
        lab_exp="Data e mbarimit / Date of expiry",
    )
    p = dict(
        lab,
        header="REPUBLIKA E SHQIPËRISË",
        header2="PASAPORTË / PASSPORT",
        country="ALB",
        number="BJ4417285",
        surname=sur,
        given=giv,
        nat="ALB",
        nat_text="SHQIPTARE / ALBANIAN",
        dob=dob,
        dob_text="23 SEP 1996",
        sex="F",
        pob="KORÇË",
        issue_text="15 FEB 2023",
        authority="DPGJC",
        exp_text="14 FEB 2033",
        expiry="2033-02-14",
        mrz=mrz,
        bg=(240, 232, 228),
        guil=(230, 200, 200),
        tone=(205, 170, 145),
    )
    passport(pk, p, "IMG_3302.jpg", "phone_photo", "pp", rot=180)
    visa(
        pk,
        {
            "surname": sur,
            "given": giv,
            "number": "FR6628143",
            "nat": "ALB",
            "dob": dob,
            "sex": "F",
            "from": "2026-03-10",
            "until": "2027-03-09",
            "issued": "2026-02-16",
            "days": "365",
            "place": "TIRANA",
            "passport": "BJ4417285",
            "tone": (205, 170, 145),
            "category": "VISITEUR",
            "remarks": [
                "VLS-TS VISITEUR",
                "PAS D'ACTIVITÉ PROFESSIONNELLE",
                "A VALIDER EN LIGNE DANS LES 3 MOIS",
            ],
        },
        "IMG_3303.jpg",
        "visa",
        0,
    )
    cert = {
        "rows": [
            ("Emri / Prénom", "Dëshira"),
            ("Mbiemri / Nom", "Çela"),
            ("Atësia / Père", "Agron"),
            ("Amësia / Mère", "Lindita"),
            ("Datëlindja / Date de naissance", "23.09.1996"),
            ("Vendlindja / Lieu de naissance", "Korçë"),
            ("Gjinia / Sexe", "F"),
            ("Shtetësia / Nationalité", "Shqiptare"),
            ("Nr. personal / N° personnel", "I65923071K"),
        ],
        "issued": "18.12.2025",
        "doc_no": "GJC-2025-8830417",
    }
    pk.scan("certifikate_lindje.png", F.albania_cert(cert, pk.rng("cert")), "cert", 150)
    pk.add(
        [{"path": "certifikate_lindje.png", "pages": [1]}],
        "birth_certificate",
        "scan",
        {
            "surname": "Çela",
            "given_names": "Dëshira",
            "date_of_birth": dob,
            "place_of_birth": "Korçë",
            "issuing_country": "ALB",
            "language": "sq",
            "has_apostille": False,
        },
        "DEFECT: Albania is a party to the Apostille Convention and not EU: the certificate "
        "carries only the e-Albania electronic seal, no apostille anywhere in the packet.",
    )
    hadr = ["14 allée des Acacias", "69100 VILLEURBANNE"]
    pk.photo(
        "attestation_hebergement.jpg",
        D.attestation_hand(
            {
                "hand": "hand3",
                "lines": [
                    "Je soussigné Gentian Muçaj, né le 04/06/1988 à Korçë,",
                    "demeurant 14 allée des Acacias, 69100 Villeurbanne,",
                    "atteste sur l'honneur héberger à mon domicile ma",
                    "cousine Mademoiselle Dëshira Çela, née le 23/09/1996",
                    "à Korçë (Albanie), depuis le 15 mars 2026.",
                    "Je joins la copie de ma carte d'identité et mes",
                    "trois dernières factures.",
                ],
                "made": "Fait à Villeurbanne, le 02/11/2026",
            },
            pk.rng("att"),
        ),
        "att",
        0,
        150,
        3600,
    )
    pk.add(
        [{"path": "attestation_hebergement.jpg", "pages": [1]}],
        "hosting_attestation",
        "phone_photo",
        {
            "host_name": "Gentian Muçaj",
            "hosted_name": "Dëshira Çela",
            "address": "14 allée des Acacias, 69100 Villeurbanne",
            "since_date": "2026-03-15",
            "signed_on": "2026-11-02",
            "signed": True,
        },
        "Handwritten on lined paper, host is her cousin",
    )
    lines = I.td1(
        "ID", "FRA", "X7RK2P4T9", "1988-06-04", "M", "2032-05-19", "FRA", "MUÇAJ", "GENTIAN"
    )
    assert I.verify_mrz(lines)
    c = {
        "title": "CARTE NATIONALE D'IDENTITÉ",
        "tone": (200, 160, 130),
        "bg": (232, 226, 238),
        "rows": [
            ("NOM / SURNAME", "MUÇAJ"),
            ("PRÉNOMS / GIVEN NAMES", "GENTIAN"),
            ("SEXE  NATIONALITÉ  DATE DE NAISS.", "M   FRA   04 06 1988"),
            ("LIEU DE NAISSANCE", "KORÇË (ALBANIE)"),
            ("N° DU DOCUMENT", "X7RK2P4T9"),
            ("DATE D'EXPIRATION", "19 05 2032"),
        ],
        "back_rows": [
            ("ADRESSE", "14 ALLÉE DES ACACIAS 69100 VILLEURBANNE"),
            ("DATE DE DÉLIVRANCE", "20 05 2022"),
        ],
        "mrz": lines,
    }
    rng = pk.rng("cni")
    pk.scan(
        "cni_gentian.jpg",
        on_a4([(I.fr_card_front(c, rng), 30, 30, 1.2), (I.fr_card_back(c, rng), 30, 105, 1.2)]),
        "cni",
    )
    pk.add(
        [{"path": "cni_gentian.jpg", "pages": [1]}],
        "national_id",
        "scan",
        {
            "surname": "MUÇAJ",
            "given_names": "GENTIAN",
            "document_number": "X7RK2P4T9",
            "nationality": "FRA",
            "issuing_country": "FRA",
            "date_of_birth": "1988-06-04",
            "sex": "M",
            "expiry_date": "2032-05-19",
            "mrz_valid": True,
        },
        "Host's French identity card, front and back on one page",
    )
    for k, (mon, s, e, iss, amt) in enumerate(
        (
            ("08", "01/08/2026", "31/08/2026", "05/09/2026", "42,99"),
            ("09", "01/09/2026", "30/09/2026", "05/10/2026", "42,99"),
            ("10", "01/10/2026", "31/10/2026", "05/11/2026", "44,49"),
        )
    ):
        d = {
            "provider": "Bouygues Telecom",
            "color": (0, 60, 120),
            "tagline": "Bbox fibre",
            "doc_title": "Facture",
            "number": f"0387714{k}2{mon}",
            "issue_text": iss,
            "holder": "M GENTIAN MUCAJ",
            "address": hadr,
            "client": "Compte 1.0294.77381",
            "site_label": "Ligne Bbox",
            "site": ["04 72 35 81 06", "14 allée des Acacias"],
            "period_label": "Abonnement et consommations",
            "period_text": f"du {s} au {e}",
            "amount_text": amt,
            "lines": [("Bbox fit fibre", "39,99 €"), ("Option TV", "3,00 €")]
            + ([("Appels hors forfait", "1,50 €")] if mon == "10" else []),
            "footer": "Cette facture sera prélevée sur votre compte le 15 du mois.",
            "legal": "Bouygues Telecom SA - 37-39 rue Boissière 75116 Paris - RCS Paris "
            "397 480 930",
        }
        iso = f"2026-{mon}"
        last = {"08": "31", "09": "30", "10": "31"}[mon]
        bill(
            pk,
            d,
            f"Facture_Bbox_{iso}.pdf",
            "text_pdf",
            "bb" + mon,
            {
                "provider": "Bouygues Telecom",
                "service": "internet",
                "holder_name": "GENTIAN MUCAJ",
                "address": "14 allée des Acacias, 69100 Villeurbanne",
                "issue_date": f"{iss[6:]}-{iss[3:5]}-{iss[:2]}",
                "period_start": f"{iso}-01",
                "period_end": f"{iso}-{last}",
                "amount": float(amt.replace(",", ".")),
                "month": iso,
            },
        )
    rib(
        pk,
        {
            "bank": "LA BANQUE POSTALE",
            "color": (0, 50, 120),
            "holder": "MLLE ÇELA DËSHIRA",
            "holder_addr": ["CHEZ M. MUÇAJ", "14 ALLÉE DES ACACIAS", "69100 VILLEURBANNE"],
            "branch_addr": ["LA BANQUE POSTALE", "CENTRE FINANCIER DE LYON", "69900 LYON CEDEX 20"],
            "bank_code": "20041",
            "branch": "01007",
            "account": "0658321K038",
            "bic": "PSSTFRPPLYO",
        },
        "RIB_LBP.pdf",
        "image_pdf",
        "rib",
    )
    pk.truth(
        "2026-11-20",
        False,
        dict(DONE, birth_certificate="invalid", employment="not_applicable"),
        "birth certificate (Albania, an Apostille Convention party) has no apostille",
        {"surname": sur, "given_names": giv, "date_of_birth": dob},
    )


# ---------------------------------------------------------------------------- p04 Bolivia
def build_p04(pk: Packet):
    sur, giv, dob = "QUISPE MAMANI", "RODRIGO ÁLVARO", "1999-12-02"
    adr = ["5 rue des Trois-Frères", "75018 PARIS"]
    form(
        pk,
        {
            "surname": "QUISPE MAMANI",
            "given": "Rodrigo Álvaro",
            "dob": "02/12/1999",
            "pob": "La Paz (Bolivie)",
            "address": "5 rue des Trois-Frères, 75018 Paris",
            "situation": "employed",
            "job": "Employé polyvalent de restauration",
            "contract": "CDI temps partiel",
            "place": "Paris",
            "date": "21/11/2026",
        },
        "formulaire_cpam_signe.pdf",
        "image_pdf",
        "form",
        {
            "surname": "QUISPE MAMANI",
            "given_names": "Rodrigo Álvaro",
            "date_of_birth": dob,
            "employment_status": "employed",
            "signed_on": "2026-11-21",
        },
    )
    mrz = I.td3("BOL", sur, giv, "12873645", "BOL", dob, "M", "2031-06-29")
    lab = dict(
        FR_LABELS,
        lab_code="Código / Code",
        lab_no="Pasaporte N° / Passport No.",
        lab_sur="Apellidos / Surname",
        lab_giv="Nombres / Given names",
        lab_nat="Nacionalidad / Nationality",
        lab_dob="Fecha de nacimiento / Date of birth",
        lab_sex="Sexo / Sex",
        lab_pob="Lugar de nacimiento / Place of birth",
        lab_iss="Fecha de emisión / Date of issue",
        lab_auth="Autoridad / Authority",
        lab_exp="Fecha de vencimiento / Date of expiry",
    )
    p = dict(
        lab,
        header="ESTADO PLURINACIONAL DE BOLIVIA",
        header2="PASAPORTE / PASSPORT",
        country="BOL",
        number="12873645",
        surname=sur,
        given=giv,
        nat="BOL",
        nat_text="BOLIVIANA",
        dob=dob,
        dob_text="02 DIC 1999",
        sex="M",
        pob="LA PAZ",
        issue_text="30 JUN 2021",
        authority="DIGEMIG",
        exp_text="29 JUN 2031",
        expiry="2031-06-29",
        mrz=mrz,
        bg=(236, 236, 226),
        guil=(200, 215, 190),
        tone=(160, 115, 85),
    )
    passport(pk, p, "pasaporte.jpg", "scan", "pp")
    permit(
        pk,
        {
            "surname": sur,
            "given": giv,
            "number": "7512940863"[:9],
            "dob": dob,
            "sex": "M",
            "expiry": "2026-10-15",
            "nat": "BOL",
            "title": "TITRE DE SÉJOUR",
            "kind": "CARTE DE SÉJOUR TEMPORAIRE",
            "remark": "ÉTUDIANT",
            "addr": "5 RUE DES TROIS-FRÈRES 75018 PARIS",
            "issued": "PRÉFECTURE DE POLICE 16.10.2025",
            "tone": (160, 115, 85),
            "note": "DEFECT: expired on 2026-10-15, before the audit date; no récépissé",
        },
        ("IMG_20261120_0931.jpg", "IMG_20261120_0932.jpg"),
        "phone_photo",
        "ts",
        rot=90,
    )
    rows_es = [
        ("Oficialía N°:", "2010-LP"),
        ("Libro N° / Partida N°:", "14 / 877"),
        ("Nombre(s):", "RODRIGO ÁLVARO"),
        ("Primer apellido:", "QUISPE"),
        ("Segundo apellido:", "MAMANI"),
        ("Fecha de nacimiento:", "02/12/1999"),
        ("Lugar de nacimiento:", "La Paz - Murillo - Nuestra Señora de La Paz"),
        ("Sexo:", "Masculino"),
        ("Padre:", "Felipe QUISPE CONDORI"),
        ("Madre:", "Martha MAMANI TICONA"),
    ]
    pk.scan(
        "certificado_nacimiento.jpg",
        F.bolivia_cert(
            {
                "serie": "B-2425 N° 0881342",
                "rows": rows_es,
                "code": "SRC-LP-8E71-20Q4",
                "issued_text": "La Paz, 11 de agosto de 2025",
            },
            pk.rng("bc"),
        ),
        "bc",
    )
    pk.add(
        [{"path": "certificado_nacimiento.jpg", "pages": [1]}],
        "birth_certificate",
        "scan",
        {
            "surname": "QUISPE MAMANI",
            "given_names": "RODRIGO ÁLVARO",
            "date_of_birth": dob,
            "place_of_birth": "Nuestra Señora de La Paz",
            "issuing_country": "BOL",
            "language": "es",
            "has_apostille": True,
        },
    )
    pk.scan(
        "apostilla.jpg",
        F.apostille(
            {
                "country": "Estado Plurinacional de Bolivia",
                "signer_doc": "Lic. Marcelo Apaza Yujra",
                "capacity": "Director Departamental SERECI La Paz",
                "seal": "SERECI La Paz",
                "place": "La Paz",
                "date_text": "19/08/2025",
                "by": "Ministerio de Relaciones Exteriores",
                "number": "AP-BO-2025-0412277",
            },
            pk.rng("apo"),
        ),
        "apo",
    )
    pk.add(
        [{"path": "apostilla.jpg", "pages": [1]}],
        "apostille",
        "scan",
        {
            "country": "Bolivia",
            "issued_on": "2025-08-19",
            "number": "AP-BO-2025-0412277",
            "signed_by": "Ministerio de Relaciones Exteriores",
        },
    )
    rows_fr = [
        ("Nom(s) :", "RODRIGO ÁLVARO"),
        ("Premier nom de famille :", "QUISPE"),
        ("Second nom de famille :", "MAMANI"),
        ("Date de naissance :", "02/12/1999"),
        ("Lieu de naissance :", "La Paz - Murillo - Nuestra Señora de La Paz"),
        ("Sexe :", "Masculin"),
        ("Père :", "Felipe QUISPE CONDORI"),
        ("Mère :", "Martha MAMANI TICONA"),
    ]
    pk.image_pdf(
        "traduccion_jurada.pdf",
        [
            F.translation(
                {
                    "translator": "Isabel MORENO-GARNIER",
                    "translator_lines": [
                        "Traductrice-interprète expert près la Cour d'appel de Paris",
                        "Espagnol - Français",
                        "22 rue de Rivoli, 75004 Paris",
                    ],
                    "rows": rows_fr,
                    "tail": "Délivré à La Paz, le 11 août 2025. [Signature illisible] "
                    "[Cachet du SERECI]. Apostille n° AP-BO-2025-0412277 du 19/08/2025.",
                    "reg": "2025/IMG-1187",
                    "date": "03/09/2025",
                },
                pk.rng("tr"),
            )
        ],
        "tr",
    )
    pk.add(
        [{"path": "traduccion_jurada.pdf", "pages": [1]}],
        "translation",
        "image_pdf",
        {},
        "Sworn French translation of the birth certificate and its apostille",
    )
    lp = D.lease_pages(
        {
            "subtitle": "Logement vide - Résidence principale",
            "font": "lib",
            "fontb": "libb",
            "landlord_line": "Mme Françoise BERTHELOT-NAUD, 40 boulevard de Clichy, 75018 Paris",
            "tenants": ["M. QUISPE MAMANI Rodrigo Álvaro"],
            "address": "5 rue des Trois-Frères, 75018 Paris",
            "desc": "Studio de 21 m² au 4e étage sans ascenseur, kitchenette, salle d'eau avec WC.",
            "start_text": "1er octobre 2025",
            "duration": "3 ans",
            "money": [
                ("Loyer mensuel hors charges", "690,00 €"),
                ("Provision sur charges", "45,00 €"),
            ],
            "clause": "Révision annuelle du loyer selon l'IRL du 2e trimestre.",
            "sign_place": "Paris",
            "sign_date": "26 septembre 2025",
        },
        pk.rng("lease"),
    )
    pk.photo("IMG_20261120_0940.jpg", lp[0], "l1", 270, 150, 3600)
    pk.photo("IMG_20261120_0941.jpg", lp[1], "l2", 0, 150, 3600)
    pk.add(
        [
            {"path": "IMG_20261120_0940.jpg", "pages": [1]},
            {"path": "IMG_20261120_0941.jpg", "pages": [1]},
        ],
        "lease",
        "phone_photo",
        {
            "tenant_names": ["QUISPE MAMANI Rodrigo Álvaro"],
            "landlord": "Françoise BERTHELOT-NAUD",
            "address": "5 rue des Trois-Frères, 75018 Paris",
            "start_date": "2025-10-01",
        },
        "First page photographed rotated 270, signature page upright",
    )
    emp, siret = "SARL LA PETITE CANTINE DES ABBESSES", "81234567800019"
    d = {
        "start": "01/10/2026",
        "end": "31/10/2026",
        "employer": emp,
        "employer_addr": ["18 rue Yvonne-Le Tac", "75018 PARIS"],
        "siret": "812 345 678 00019",
        "ape": "5610A",
        "employee": "QUISPE MAMANI Rodrigo Álvaro",
        "employee_addr": adr,
        "job": "Employé polyvalent",
        "contract": "CDI - temps partiel 20 h",
        "entry": "05/01/2026",
        "ccn": "HCR (IDCC 1979)",
        "net": "797,00",
        "paid": "31/10/2026",
        "lines": [
            ("Salaire de base", "86,67", "11,88", "1 029,64", ""),
            ("SALAIRE BRUT", "", "", "1 029,64", ""),
            ("Santé", "1 029,64", "", "18,25", "27,40"),
            ("Retraite", "1 029,64", "", "116,27", "185,81"),
            ("CSG/CRDS", "1 011,54", "9,70", "98,12", ""),
            ("TOTAL DES RETENUES", "", "", "232,64", ""),
        ],
    }
    pk.text_pdf("Bulletin_salaire_octobre_2026.pdf", [D.payslip_page(d, pk.rng("ps"))])
    pk.add(
        [{"path": "Bulletin_salaire_octobre_2026.pdf", "pages": [1]}],
        "payslip",
        "text_pdf",
        {
            "employer": emp,
            "employee_name": "QUISPE MAMANI Rodrigo Álvaro",
            "period": "2026-10",
            "net_pay": 797.00,
            "siret": siret,
        },
    )
    rib(
        pk,
        {
            "bank": "BNP PARIBAS",
            "color": (0, 130, 80),
            "holder": "M RODRIGO ALVARO QUISPE MAMANI",
            "holder_addr": adr,
            "branch_addr": ["BNP PARIBAS PARIS ABBESSES", "75018 PARIS"],
            "bank_code": "30004",
            "branch": "02871",
            "account": "00010442193",
            "bic": "BNPAFRPPXXX",
        },
        "RIB_BNP.pdf",
        "text_pdf",
        "rib",
    )
    _ = Page
    pk.truth(
        "2026-11-27",
        True,
        dict(DONE, residence_status="invalid", employment="complete"),
        "carte de séjour (the only residence-status piece) expired on 2026-10-15",
        {"surname": sur, "given_names": giv, "date_of_birth": dob},
    )
