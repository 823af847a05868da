"""Blind set set_dh (wave 46): four whole PUMa packets p01..p04. Usage: generate.py OUT_DIR."""

from __future__ import annotations

import json
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

import dh_bills as B
import dh_docs as D
import dh_foreign as F
import dh_ids as I
from dh_pack import FR_LABELS, Packet, bill, form, passport, permit, rib, visa

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


# ---------------------------------------------------------------------------- p01 DR Congo
def build_p01(pk: Packet):
    sur, giv, dob = "NSIMBA MAKIESE", "BOLINGO NZOLA", "2003-05-14"
    addr = ["Appartement 32, 3e étage", "27 rue Gabriel Péri", "94200 IVRY-SUR-SEINE"]
    form(
        pk,
        {
            "surname": "NSIMBA MAKIESE",
            "given": "Bolingo Nzola",
            "dob": "14/05/2003",
            "pob": "Kinshasa (Lemba), RD Congo",
            "address": "27 rue Gabriel Péri, appt 32, 94200 Ivry-sur-Seine",
            "situation": "not_employed",
            "place": "Ivry-sur-Seine",
            "date": "06/11/2026",
            "hand": "hand1",
            "rot": 90,
        },
        "IMG_20261106_181544.jpg",
        "phone_photo",
        "form",
        {
            "surname": "NSIMBA MAKIESE",
            "given_names": "Bolingo Nzola",
            "date_of_birth": dob,
            "employment_status": "not_employed",
            "signed_on": "2026-11-06",
        },
    )
    mrz = I.td3("COD", sur, giv, "OP0418273", "COD", dob, "F", "2029-08-11")
    p = dict(
        FR_LABELS,
        header="RÉPUBLIQUE DÉMOCRATIQUE DU CONGO",
        header2="PASSEPORT / PASSPORT",
        country="COD",
        number="OP0418273",
        surname=sur,
        given=giv,
        nat="COD",
        nat_text="CONGOLAISE",
        dob=dob,
        dob_text="14/05/2003",
        sex="F",
        pob="KINSHASA",
        issue_text="12/08/2024",
        authority="MINAFFET",
        exp_text="11/08/2029",
        expiry="2029-08-11",
        mrz=mrz,
        bg=(232, 238, 244),
        guil=(190, 205, 230),
        tone=(95, 65, 50),
    )
    passport(pk, p, "scan_passeport.jpg", "scan", "pp")
    visa(
        pk,
        {
            "surname": sur,
            "given": giv,
            "number": "FR7305512",
            "nat": "COD",
            "dob": dob,
            "sex": "F",
            "from": "2026-01-12",
            "until": "2027-01-11",
            "issued": "2025-12-18",
            "days": "365",
            "place": "KINSHASA",
            "passport": "OP0418273",
            "tone": (95, 65, 50),
            "category": "ÉTUDIANT",
            "remarks": [
                "VLS-TS ÉTUDIANT",
                "DISPENSE TEMPORAIRE DE CARTE DE SÉJOUR",
                "A VALIDER EN LIGNE DANS LES 3 MOIS",
            ],
        },
        "IMG_20261106_181702.jpg",
        "visa",
        270,
    )
    acte = {
        "commune": "Lemba",
        "acte_no": "1187/2003",
        "volume": "IV",
        "folio": "212",
        "preamble": "L'an deux mille trois, le vingt-et-unième jour du mois de mai, à dix "
        "heures, par-devant Nous, Officier de l'État Civil de la Commune de Lemba, a "
        "comparu Monsieur NSIMBA LUZOLO Fiston, lequel nous a déclaré la naissance de :",
        "rows": [
            ("Nom :", "NSIMBA"),
            ("Post-nom :", "MAKIESE"),
            ("Prénom(s) :", "Bolingo Nzola"),
            ("Sexe :", "Féminin"),
            ("Né(e) le :", "14 mai 2003"),
            ("À :", "Kinshasa, Commune de Lemba"),
            ("Fille de :", "NSIMBA LUZOLO Fiston, enseignant"),
            ("Et de :", "MBUNGU KIESE Nathalie, commerçante"),
        ],
        "closing": "Dressé par Nous, après lecture faite et traduction donnée au comparant "
        "en lingala, lequel a signé avec Nous. Copie conforme délivrée le 3 octobre 2025.",
        "officer": "MBOMA KAPINGA Jean-Pierre",
    }
    leg = {
        "officer": acte["officer"],
        "mae_date": "08/10/2025",
        "mae_no": "MAE/LEG/25/44871",
        "mae_signer": "KALONJI MWAMBA Didier",
        "amb_date": "15/10/2025",
        "amb_no": "2025/3312",
        "fee": "10 USD",
    }
    rng = pk.rng("acte")
    pk.image_pdf(
        "acte_naissance_legalise.pdf", [F.rdc_acte(acte, rng), F.rdc_legalisation(leg, rng)], "acte"
    )
    pk.add(
        [{"path": "acte_naissance_legalise.pdf", "pages": [1, 2]}],
        "birth_certificate",
        "image_pdf",
        {
            "surname": "NSIMBA MAKIESE",
            "given_names": "Bolingo Nzola",
            "date_of_birth": dob,
            "place_of_birth": "Kinshasa, Commune de Lemba",
            "issuing_country": "COD",
            "language": "fr",
            "has_apostille": False,
        },
        "Page 2: legalisation by the DRC Ministry of Foreign Affairs then by the French "
        "embassy in Kinshasa (DRC is not a party to the Apostille Convention: legalisation "
        "is the required formality). Surname = nom NSIMBA + post-nom MAKIESE.",
    )
    tenants = [
        "Mme NSIMBA MAKIESE Bolingo Nzola, née le 14/05/2003 à Kinshasa",
        "M. Tran Minh-Đức, né le 02/09/2001 à Hô-Chi-Minh-Ville",
        "Mlle Ferreira da Costa Júlia, née le 27/01/2002 à Porto",
    ]
    pk.text_pdf(
        "Bail_colocation_Peri_signe.pdf",
        D.lease_pages(
            {
                "subtitle": "Logement meublé - Colocation (bail unique)",
                "landlord_line": "SCI LES TILLEULS D'IVRY, 8 avenue Danielle Casanova, 94200 "
                "Ivry-sur-Seine, représentée par M. Olivier Lemarchand, gérant",
                "tenants": tenants,
                "address": "27 rue Gabriel Péri, appt 32, 94200 Ivry-sur-Seine",
                "desc": "Appartement de type T4 au 3e étage, 78 m², trois chambres meublées, cuisine "
                "équipée, salle d'eau, WC séparés. Usage exclusif d'habitation principale.",
                "start_text": "1er février 2026",
                "duration": "1 an, reconductible tacitement",
                "money": [
                    ("Loyer mensuel hors charges", "1 470,00 €"),
                    ("Provision sur charges", "150,00 €"),
                    ("Total mensuel", "1 620,00 €"),
                ],
                "clause": "Le loyer est payable mensuellement et d'avance le 5 de chaque mois.",
                "sign_place": "Ivry-sur-Seine",
                "sign_date": "24 janvier 2026",
            },
            pk.rng("bail"),
        ),
    )
    pk.add(
        [{"path": "Bail_colocation_Peri_signe.pdf", "pages": [1, 2]}],
        "lease",
        "text_pdf",
        {
            "tenant_names": [
                "NSIMBA MAKIESE Bolingo Nzola",
                "Tran Minh-Đức",
                "Ferreira da Costa Júlia",
            ],
            "landlord": "SCI LES TILLEULS D'IVRY",
            "address": "27 rue Gabriel Péri, appt 32, 94200 Ivry-sur-Seine",
            "start_date": "2026-02-01",
        },
        "Shared furnished lease, three co-tenants",
    )
    key, iban = I.french_rib("30002", "00419", "0000447812K")
    assert I.iban_ok(iban) and I.rib_key_ok("30002", "00419", "0000447812K", key)
    pk.screenshot(
        "Screenshot_20261105-213010.png",
        B.lcl_rib_screen(
            {
                "time": "21:30",
                "rows": B.iban_rows(
                    "MLLE NSIMBA MAKIESE BOLINGO", iban, "CRLYFRPP", "LCL IVRY CENTRE"
                )
                + [("Banque / Guichet / Compte / Clé", f"30002 00419 0000447812K {key}")],
            }
        ),
    )
    pk.add(
        [{"path": "Screenshot_20261105-213010.png", "pages": [1]}],
        "rib",
        "screenshot",
        {
            "holder_name": "NSIMBA MAKIESE BOLINGO",
            "iban": iban,
            "bic": "CRLYFRPP",
            "bank_name": "LCL",
            "iban_valid": True,
            "rib_key_valid": True,
        },
    )
    _ = addr
    pk.truth(
        "2026-11-18",
        False,
        dict(DONE, employment="not_applicable"),
        None,
        {"surname": sur, "given_names": giv, "date_of_birth": dob},
    )


# ---------------------------------------------------------------------------- p02 Lebanon
def build_p02(pk: Packet):
    sur, giv, dob = "EL-KHOURY", "RAMI GEORGES", "1991-03-07"
    adr = ["12 rue Paul Bert", "69003 LYON"]
    form(
        pk,
        {
            "surname": "EL-KHOURY",
            "given": "Rami Georges",
            "dob": "07/03/1991",
            "pob": "Zahlé (Liban)",
            "address": "12 rue Paul Bert, 69003 Lyon",
            "situation": "employed",
            "job": "Technicien bureau d'études",
            "contract": "CDD",
            "place": "Lyon",
            "date": "20/11/2026",
        },
        "demande_ouverture_droits.pdf",
        "text_pdf",
        "form",
        {
            "surname": "EL-KHOURY",
            "given_names": "Rami Georges",
            "date_of_birth": dob,
            "employment_status": "employed",
            "signed_on": "2026-11-20",
        },
    )
    mrz = I.td3("LBN", sur, giv, "LR2049318", "LBN", dob, "M", "2030-04-02")
    p = dict(
        FR_LABELS,
        header="RÉPUBLIQUE LIBANAISE  -  LEBANESE REPUBLIC",
        header2="PASSEPORT / PASSPORT",
        country="LBN",
        number="LR2049318",
        surname=sur,
        given=giv,
        nat="LBN",
        nat_text="LIBANAISE / LEBANESE",
        dob=dob,
        dob_text="07 MAR 1991",
        sex="M",
        pob="ZAHLE",
        issue_text="03 APR 2025",
        authority="GENERAL SECURITY",
        exp_text="02 APR 2030",
        expiry="2030-04-02",
        mrz=mrz,
        bg=(236, 232, 222),
        guil=(200, 220, 200),
        tone=(170, 130, 100),
    )
    passport(pk, p, "IMG_4471.jpg", "phone_photo", "pp")
    permit(
        pk,
        {
            "surname": sur,
            "given": giv,
            "number": "6902447815"[:9],
            "dob": dob,
            "sex": "M",
            "expiry": "2027-02-28",
            "nat": "LBN",
            "title": "TITRE DE SÉJOUR",
            "kind": "CARTE DE SÉJOUR TEMPORAIRE",
            "remark": "SALARIÉ",
            "addr": "12 RUE PAUL BERT 69003 LYON",
            "issued": "PRÉFECTURE DU RHÔNE 03.03.2026",
            "tone": (170, 130, 100),
        },
        "scan_titre_sejour_recto_verso.jpg",
        "scan",
        "ts",
    )
    ex = {
        "rows": [
            ("Nom", "الشهرة", "EL-KHOURY", "الخوري"),
            ("Prénom", "الاسم", "Rami", "رامي"),
            ("Nom du père", "اسم الأب", "Georges", "جورج"),
            ("Nom et prénom de la mère", "اسم الأم وشهرتها", "Nada HADDAD", "ندى حداد"),
            (
                "Lieu et date de naissance",
                "محل وتاريخ الولادة",
                "Zahlé - 07/03/1991",
                "زحلة ١٩٩١/٣/٧",
            ),
            ("Sexe", "الجنس", "Masculin", "ذكر"),
            (
                "Registre n° / Localité",
                "رقم السجل / المحلة",
                "112 / Zahlé - Maalaka",
                "١١٢ / زحلة - المعلقة",
            ),
            ("État matrimonial", "الوضع العائلي", "Célibataire", "عازب"),
        ],
        "issued": "14/07/2025",
        "mae_date": "22/07/2025",
        "mae_no": "8841/25",
        "mae_signer": "Fadi NASSAR",
        "amb_date": "29/07/2025",
        "amb_no": "BEY-25-6120",
    }
    pk.scan("extrait_etat_civil.jpg", F.lebanon_extrait(ex, pk.rng("ex")), "ex")
    pk.add(
        [{"path": "extrait_etat_civil.jpg", "pages": [1]}],
        "birth_certificate",
        "scan",
        {
            "surname": "EL-KHOURY",
            "given_names": "Rami",
            "date_of_birth": dob,
            "place_of_birth": "Zahlé",
            "issuing_country": "LBN",
            "language": "ar+fr",
            "has_apostille": False,
        },
        "Lebanon is not a party to the Apostille Convention: legalised by the Lebanese "
        "foreign ministry and the French embassy in Beirut (stamps on the same page). "
        "Second given name on the passport (GEORGES) is the father's name.",
    )
    edf = {
        "provider": "EDF",
        "color": (0, 80, 160),
        "tagline": "Électricité de France - Offre Tarif Bleu",
        "doc_title": "Facture",
        "number": "10238871562",
        "issue_text": "03/09/2026",
        "holder": "M. RAMI EL-KHOURY",
        "address": adr,
        "client": "6 004 219 873",
        "site_label": "Adresse du logement",
        "site": adr + ["PDL 21453378106622"],
        "period_label": "Consommation facturée",
        "period_text": "du 01/08/2026 au 31/08/2026",
        "amount_text": "48,72",
        "lines": [
            ("Abonnement Tarif Bleu 6 kVA (1 mois)", "15,65 €"),
            ("Consommation 142 kWh x 0,2016 €", "28,63 €"),
            ("Taxes et contributions (CTA, accise)", "4,44 €"),
        ],
        "footer": "Montant prélevé le 18/09/2026 sur votre compte. Service client EDF : "
        "09 69 32 15 15 (appel non surtaxé).",
        "legal": "EDF SA au capital de 2 084 365 041 € - 552 081 317 R.C.S. Paris - "
        "22-30 avenue de Wagram 75008 Paris",
    }
    bill(
        pk,
        edf,
        "facture_EDF_aout2026.pdf",
        "text_pdf",
        "edf",
        {
            "provider": "EDF",
            "service": "electricity",
            "holder_name": "RAMI EL-KHOURY",
            "address": "12 rue Paul Bert, 69003 Lyon",
            "issue_date": "2026-09-03",
            "period_start": "2026-08-01",
            "period_end": "2026-08-31",
            "amount": 48.72,
            "month": "2026-08",
        },
    )
    free = {
        "provider": "free",
        "color": (205, 30, 35),
        "tagline": "Freebox Pop",
        "doc_title": "Facture Freebox",
        "number": "FB2610-7719034",
        "issue_text": "02/10/2026",
        "holder": "Monsieur Rami El-Khoury",
        "address": adr,
        "client": "Identifiant 3429771885",
        "site_label": "Ligne",
        "site": ["Freebox - ligne fibre 04 78 60 22 14"],
        "period_label": "Période facturée",
        "period_text": "du 01/09/2026 au 30/09/2026",
        "amount_text": "29,99",
        "lines": [("Forfait Freebox Pop", "29,99 €"), ("Appels vers fixes et mobiles", "0,00 €")],
        "footer": "Prélèvement automatique le 07/10/2026. Free SAS - 8 rue de la Ville "
        "l'Évêque 75008 Paris.",
        "legal": "Free SAS - RCS Paris 421 938 861",
    }
    bill(
        pk,
        free,
        "Facture_Free_septembre.pdf",
        "image_pdf",
        "free",
        {
            "provider": "Free",
            "service": "internet",
            "holder_name": "Rami El-Khoury",
            "address": "12 rue Paul Bert, 69003 Lyon",
            "issue_date": "2026-10-02",
            "period_start": "2026-09-01",
            "period_end": "2026-09-30",
            "amount": 29.99,
            "month": "2026-09",
        },
    )
    pk.screenshot(
        "Screenshot_SFR_octobre.png",
        B.sfr_bill_screen(
            {
                "time": "09:12",
                "line_label": "Ligne mobile 06 51 88 23 07",
                "month_title": "Facture d'octobre 2026",
                "amount_text": "15,99",
                "debit_text": "Prélevée le 12/11/2026",
                "rows": [
                    ("Titulaire", "M. Rami EL-KHOURY"),
                    ("Adresse", "12 rue Paul Bert 69003 Lyon"),
                    ("Période", "du 01/10/2026 au 31/10/2026"),
                    ("Date d'émission", "04/11/2026"),
                    ("N° de facture", "SFR-MB-26110488213"),
                ],
            }
        ),
    )
    pk.add(
        [{"path": "Screenshot_SFR_octobre.png", "pages": [1]}],
        "utility_bill",
        "screenshot",
        {
            "provider": "SFR",
            "service": "mobile",
            "holder_name": "Rami EL-KHOURY",
            "address": "12 rue Paul Bert, 69003 Lyon",
            "issue_date": "2026-11-04",
            "period_start": "2026-10-01",
            "period_end": "2026-10-31",
            "amount": 15.99,
            "month": "2026-10",
        },
    )
    emp = "ATELIER CÈDRE INGÉNIERIE SAS"
    siret = "852 147 963 00021"
    c1 = D.Page()
    y = c1.para(20, 25, "CONTRAT DE TRAVAIL À DURÉE DÉTERMINÉE", 170, "timesb", 15)
    y = c1.para(
        20,
        y + 6,
        f"Entre la société {emp}, SAS au capital de 40 000 €, dont le siège "
        "est situé 41 quai Perrache, 69002 Lyon, immatriculée au RCS de Lyon sous le "
        f"n° 852 147 963, SIRET {siret}, représentée par Mme Hélène Vasseur, Présidente,"
        " ci-après « l'employeur »,",
        170,
        "times",
        11,
        5.4,
    )
    y = c1.para(
        20,
        y + 3,
        "et Monsieur Rami EL-KHOURY, né le 07/03/1991 à Zahlé (Liban), de "
        "nationalité libanaise, demeurant 12 rue Paul Bert, 69003 Lyon, ci-après « le "
        "salarié »,",
        170,
        "times",
        11,
        5.4,
    )
    arts = [
        (
            "Article 1 - Engagement",
            (
                "Le salarié est engagé à compter du 2 mars 2026 en "
                "qualité de Technicien bureau d'études, statut ETAM, position 2.2, coefficient "
                "310 de la convention collective nationale des bureaux d'études techniques "
                "(Syntec)."
            ),
        ),
        (
            "Article 2 - Motif et durée",
            (
                "Le présent contrat est conclu pour accroissement "
                "temporaire d'activité (article L.1242-2 du Code du travail) pour une durée de "
                "douze mois, du 2 mars 2026 au 1er mars 2027 inclus."
            ),
        ),
        ("Article 3 - Période d'essai", "Le contrat comporte une période d'essai d'un mois."),
        (
            "Article 4 - Rémunération",
            (
                "Le salarié percevra une rémunération brute mensuelle "
                "de 2 450,00 € pour 35 heures hebdomadaires."
            ),
        ),
    ]
    for h, t in arts:
        c1.text(20, y + 6, h, "timesb", 11)
        y = c1.para(20, y + 12, t, 170, "times", 11, 5.4)
    c1.text(20, y + 10, "Fait à Lyon, le 27 février 2026, en deux exemplaires.", "times", 11)
    c1.text(25, y + 20, "L'employeur", "timesb", 10)
    c1.text(125, y + 20, "Le salarié (lu et approuvé)", "timesb", 10)
    rng = pk.rng("cdd")
    D.signature(c1, 25, y + 24, 40, rng)
    D.signature(c1, 125, y + 24, 40, rng)
    pk.text_pdf("CDD_Atelier_Cedre.pdf", [c1])
    pk.add(
        [{"path": "CDD_Atelier_Cedre.pdf", "pages": [1]}],
        "employment_contract",
        "text_pdf",
        {
            "employer": emp,
            "employee_name": "Rami EL-KHOURY",
            "contract_type": "CDD",
            "job_title": "Technicien bureau d'études",
            "start_date": "2026-03-02",
        },
    )
    for month, start, end, paid, look in (
        ("2026-09", "01/09/2026", "30/09/2026", "30/09/2026", "text_pdf"),
        ("2026-10", "01/10/2026", "31/10/2026", "30/10/2026", "scan"),
    ):
        d = {
            "start": start,
            "end": end,
            "employer": emp,
            "employer_addr": ["41 quai Perrache", "69002 LYON"],
            "siret": siret,
            "ape": "7112B",
            "employee": "M. Rami EL-KHOURY",
            "employee_addr": adr,
            "job": "Technicien bureau d'études",
            "contract": "CDD - 35 h",
            "entry": "02/03/2026",
            "ccn": "Syntec (IDCC 1486)",
            "net": "1 907,77",
            "paid": paid,
            "lines": [
                ("Salaire de base", "151,67", "16,1537", "2 450,00", ""),
                ("SALAIRE BRUT", "", "", "2 450,00", ""),
                ("Santé", "2 450,00", "", "32,10", "48,15"),
                ("Retraite", "2 450,00", "", "276,62", "442,11"),
                ("Assurance chômage", "2 450,00", "", "", "98,00"),
                ("CSG déductible", "2 407,38", "6,80", "163,70", ""),
                ("CSG/CRDS non déductible", "2 407,38", "2,90", "69,81", ""),
                ("Indemnité de fin de contrat (provision)", "", "", "", "245,00"),
                ("TOTAL DES RETENUES", "", "", "542,23", ""),
            ],
        }
        fn = f"bulletin_{month.replace('-', '_')}" + (".pdf" if look == "text_pdf" else ".jpg")
        pg = D.payslip_page(d, pk.rng(month))
        if look == "text_pdf":
            pk.text_pdf(fn, [pg])
        else:
            pk.scan(fn, pg, month)
        pk.add(
            [{"path": fn, "pages": [1]}],
            "payslip",
            look,
            {
                "employer": emp,
                "employee_name": "Rami EL-KHOURY",
                "period": month,
                "net_pay": 1907.77,
                "siret": siret.replace(" ", ""),
            },
        )
    rib(
        pk,
        {
            "bank": "CRÉDIT AGRICOLE CENTRE-EST",
            "color": (0, 110, 100),
            "holder": "M EL-KHOURY RAMI",
            "holder_addr": adr,
            "branch_addr": ["CA CENTRE-EST LYON GUILLOTIÈRE", "69007 LYON"],
            "bank_code": "17806",
            "branch": "00310",
            "account": "04418237000",
            "bic": "AGRIFRPP878",
        },
        "RIB_CA.jpg",
        "scan",
        "rib",
    )
    pk.truth(
        "2026-11-25",
        True,
        dict(DONE, employment="complete"),
        None,
        {"surname": sur, "given_names": giv, "date_of_birth": dob},
    )


from generate_b import build_p03, build_p04


def main(out: str) -> None:
    os.makedirs(out, exist_ok=True)
    names = []
    for i, fn in enumerate((build_p01, build_p02, build_p03, build_p04)):
        name = f"p{i + 1:02d}"
        fn(Packet(out, name, 4600 + i))
        names.append(name)
    os.makedirs(os.path.join(out, "documents"), exist_ok=True)
    with open(os.path.join(out, "manifest.json"), "w", encoding="utf-8") as fh:
        json.dump({"packets": names, "documents": []}, fh, indent=2)


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit("usage: generate.py OUT_DIR")
    main(sys.argv[1])
