"""Packet p01 (Chad, lease, employed with CDI and payslip) and helpers shared by the packets."""

from __future__ import annotations

import civil
import frdocs
import ids
import lib
import money
from build import booklet, card_scan, fr, payslip, phone, render, scan_pages

ALL_OK = {
    "application_form": "complete",
    "identity": "complete",
    "residence_status": "complete",
    "birth_certificate": "complete",
    "residence_proof": "complete",
    "bank_details": "complete",
    "employment": "complete",
}


def pp_cfg(country: str) -> dict:
    base = {"paper": (0.95, 0.95, 0.9), "ink": (0.1, 0.2, 0.4), "label_ink": (0.3, 0.35, 0.5)}
    if country == "TCD":
        return dict(
            base,
            header=["RÉPUBLIQUE DU TCHAD - REPUBLIC OF CHAD", "PASSEPORT / PASSPORT"],
            guil=(0.75, 0.85, 0.8),
            font="Sans",
            font_b="SansB",
            font_v="SansB",
            labels={
                "type": "Type",
                "code": "Code du pays/Country code",
                "no": "N° du passeport/Passport No",
                "surname": "Nom/Surname",
                "given": "Prénoms/Given names",
                "nat": "Nationalité/Nationality",
                "sex": "Sexe/Sex",
                "dob": "Date de naissance/Date of birth",
                "pob": "Lieu de naissance/Place of birth",
                "issue": "Date de délivrance/Date of issue",
                "auth": "Autorité/Authority",
                "exp": "Date d'expiration/Date of expiry",
            },
        )
    return dict(
        base,
        header=["REPÚBLICA DEL ECUADOR", "PASAPORTE / PASSPORT"],
        guil=(0.88, 0.82, 0.7),
        ink=(0.1, 0.15, 0.35),
        font="Open",
        font_b="OpenB",
        font_v="OpenB",
        labels={
            "type": "Tipo/Type",
            "code": "Código/Code",
            "no": "Pasaporte No./Passport No.",
            "surname": "Apellidos/Surnames",
            "given": "Nombres/Given names",
            "nat": "Nacionalidad/Nationality",
            "sex": "Sexo/Sex",
            "dob": "Fecha de nacimiento/Date of birth",
            "pob": "Lugar de nacimiento/Place of birth",
            "issue": "Fecha de emisión/Date of issue",
            "auth": "Autoridad/Authority",
            "exp": "Fecha de caducidad/Date of expiry",
        },
    )


def build_p01(out: str) -> None:
    pk = lib.Packet(out, "p01", 1101)
    rng = pk.rng
    sur, giv, dob = "DJIMADOUM", "Nadège Rosine", "1993-07-14"
    addr = "14 rue des Glycines, Appartement 12, 93100 Montreuil"
    # passport (phone photo of the open booklet)
    pp_no, pp_exp = "NA0248391", "2028-02-09"
    mrz = lib.td3("TCD", sur, giv, pp_no, "TCD", dob, "F", pp_exp)
    person = {
        "iss": "TCD",
        "number": pp_no,
        "surname_print": sur,
        "given_print": "NADÈGE ROSINE",
        "nat_print": "TCHADIENNE / CHADIAN",
        "sex_print": "F",
        "dob_print": ids.pp_date(dob, "fr_en"),
        "pob": "MOUNDOU",
        "issue_print": ids.pp_date("2023-02-10", "fr_en"),
        "authority": "ANATS",
        "exp_print": ids.pp_date(pp_exp, "fr_en"),
        "skin": (0.36, 0.24, 0.17),
        "hair": (0.08, 0.06, 0.05),
    }
    page = render(ids.passport_page(pp_cfg("TCD"), person, mrz, rng), 300)[0]
    pk.write("passeport_nadege.jpg", phone(booklet(page, rng), rng, fill=0.8))
    id_fields = {
        "surname": sur,
        "given_names": "NADÈGE ROSINE",
        "document_number": pp_no,
        "nationality": "TCD",
        "issuing_country": "TCD",
        "date_of_birth": dob,
        "sex": "F",
        "expiry_date": pp_exp,
        "mrz_valid": True,
    }
    pk.doc([("passeport_nadege.jpg", [1])], "passport", "phone_photo", id_fields, "open booklet")
    # titre de séjour, recto and verso in two flatbed scans
    ts_no, ts_until = "9TF4K2710", "2027-04-01"
    tmrz = lib.td1("IR", "FRA", sur, giv, ts_no, "TCD", dob, "F", ts_until)
    card = {
        "number": ts_no,
        "surname": sur,
        "given": "NADÈGE ROSINE",
        "sex": "F",
        "nat": "TCD",
        "dob_print": fr(dob),
        "kind": "CARTE DE SÉJOUR TEMPORAIRE",
        "mention": "SALARIÉ",
        "until_print": fr(ts_until),
        "pob": "MOUNDOU (TCHAD)",
        "address": "14 RUE DES GLYCINES 93100 MONTREUIL",
        "issue_print": fr("2026-04-02"),
        "authority": "PRÉFECTURE DE LA SEINE-SAINT-DENIS",
        "skin": (0.36, 0.24, 0.17),
        "hair": (0.08, 0.06, 0.05),
    }
    faces = render(ids.residence_card(card, tmrz, rng), 300)
    pk.write("titre_sejour_recto.jpg", card_scan(faces[:1], rng))
    pk.write("titre_sejour_verso.jpg", card_scan(faces[1:], rng))
    pk.doc(
        [("titre_sejour_recto.jpg", [1]), ("titre_sejour_verso.jpg", [1])],
        "residence_permit",
        "scan",
        dict(
            id_fields,
            document_number=ts_no,
            nationality="TCD",
            issuing_country="FRA",
            given_names="NADÈGE ROSINE",
            expiry_date=ts_until,
        ),
        "carte de séjour temporaire 'salarié', MRZ on the verso",
    )
    # birth certificate (Chad: exempt from legalisation under the 1976 Franco-Chadian convention)
    acte = {
        "province": "LOGONE OCCIDENTAL",
        "commune": "MOUNDOU",
        "acte_no": "0427/1993",
        "year_words": "mil neuf cent quatre-vingt-treize",
        "day_words": "quatorze juillet",
        "hour": "six heures trente minutes",
        "commune_birth": "Moundou, quartier Dombao",
        "surname": sur,
        "given": "Nadège Rosine",
        "sex_word": "Féminin",
        "father": "DJIMADOUM Ngarlejy, né vers 1962 à Bébédjia",
        "father_job": "Enseignant",
        "mother": "MBAÏKOUA Odette, née le 03/03/1970 à Doba",
        "mother_job": "Ménagère",
        "parents_home": "Moundou",
        "drawn": "le 20 juillet 1993",
        "declarant": "DJIMADOUM Ngarlejy, le père",
        "copy_date": "03/02/2026",
        "officer": "NGARMBAYE Abel",
    }
    pk.write("acte_de_naissance.pdf", lib.image_pdf(scan_pages(civil.chad_acte(acte, rng), rng)))
    pk.doc(
        [("acte_de_naissance.pdf", [1])],
        "birth_certificate",
        "image_pdf",
        {
            "surname": sur,
            "given_names": "Nadège Rosine",
            "date_of_birth": dob,
            "place_of_birth": "Moundou",
            "issuing_country": "TCD",
            "language": "fr",
            "has_apostille": False,
        },
        "Chad: dispense de légalisation (convention franco-tchadienne du 6 mars 1976), no apostille needed",
    )
    # lease, scanned
    landlord = "Bernard COLLIGNON"
    sections = [
        (
            "I. DÉSIGNATION DES PARTIES",
            [
                "Le bailleur : M. Bernard COLLIGNON, demeurant 3 avenue Gabriel Péri, 94300 Vincennes,",
                "personne physique, ci-après « le bailleur » ;",
                "Le locataire : Mme Nadège Rosine DJIMADOUM, née le 14/07/1993 à Moundou (Tchad),",
                "ci-après « le locataire ».",
            ],
        ),
        (
            "II. OBJET DU CONTRAT",
            [
                "Adresse du logement : 14 rue des Glycines, 93100 Montreuil - bâtiment B, 3e étage,",
                "appartement n° 12. Type : T2, surface habitable 41 m², immeuble collectif, chauffage",
                "individuel électrique. Annexes : cave n° 7.",
            ],
        ),
        (
            "III. DATE DE PRISE D'EFFET ET DURÉE DU CONTRAT",
            [
                "Date de prise d'effet du contrat : 1er mai 2026.",
                "Durée du contrat : trois ans, renouvelable par tacite reconduction.",
            ],
        ),
        (
            "IV. CONDITIONS FINANCIÈRES",
            [
                "Loyer mensuel hors charges : 735,00 €. Provision sur charges : 45,00 € (régularisation",
                "annuelle). Paiement mensuel, à terme à échoir, le 5 de chaque mois, par virement.",
                "Révision annuelle selon l'IRL du 4e trimestre. Zone tendue : loyer de référence respecté.",
            ],
        ),
        ("V. TRAVAUX", ["Néant."]),
        ("VI. GARANTIES", ["Dépôt de garantie : 735,00 € (un mois de loyer hors charges)."]),
        (
            "VII. CLAUSE RÉSOLUTOIRE",
            [
                "Le bail sera résilié de plein droit deux mois après un commandement de payer demeuré",
                "infructueux, pour défaut de paiement du loyer, des charges ou du dépôt de garantie.",
            ],
        ),
        (
            "VIII. ANNEXES",
            [
                "Dossier de diagnostic technique (DPE classe D, ERP, CREP), notice d'information,",
                "état des lieux d'entrée établi le 1er mai 2026.",
            ],
        ),
    ]
    bail = {
        "sections": sections,
        "split": 4,
        "initials": ["BC", "NRD"],
        "signed_line": "Fait à Montreuil, le 24 avril 2026, en deux exemplaires originaux.",
    }
    pk.write("bail_montreuil.pdf", lib.image_pdf(scan_pages(frdocs.lease(bail, rng), rng)))
    pk.doc(
        [("bail_montreuil.pdf", [1, 2])],
        "lease",
        "image_pdf",
        {
            "tenant_names": ["Nadège Rosine DJIMADOUM"],
            "landlord": landlord,
            "address": addr,
            "start_date": "2026-05-01",
        },
        "private landlord, signed 2026-04-24",
    )
    # CDI (text PDF from HR) and payslip
    siret = lib.luhn_siret("8123456780002")
    emp = "SAS Résidence Les Tilleuls"
    k = {
        "employer": "Résidence Les Tilleuls - EHPAD",
        "employer_lines": [
            emp + " - 22 rue de Rosny, 93100 Montreuil",
            "SIRET " + siret + " - APE 8710A",
        ],
        "parties": [
            "Entre les soussignés :",
            f"{emp}, SIRET {siret}, dont le siège est 22 rue de Rosny, 93100 Montreuil, représentée",
            "par Mme Claire VANDENBERGHE, en qualité de directrice, ci-après « l'employeur »,",
            "et Mme Nadège Rosine DJIMADOUM, née le 14 juillet 1993 à Moundou (Tchad), de nationalité",
            "tchadienne, demeurant 14 rue des Glycines, 93100 Montreuil, ci-après « la salariée ».",
        ],
        "articles": [
            (
                "Article 1 - Engagement",
                [
                    (
                        "La salariée est engagée à durée indéterminée à compter du "
                        "18 mai 2026, sous réserve"
                    ),
                    "de la visite d'information et de prévention.",
                ],
            ),
            (
                "Article 2 - Fonctions",
                [
                    (
                        "La salariée exerce les fonctions d'aide-soignante, coefficient "
                        "329, statut employé,"
                    ),
                    "selon la convention collective du 31 octobre 1951 (FEHAP).",
                ],
            ),
            (
                "Article 3 - Période d'essai",
                [
                    (
                        "Le contrat ne deviendra définitif qu'à l'issue d'une période "
                        "d'essai de deux mois."
                    )
                ],
            ),
            (
                "Article 4 - Rémunération",
                [
                    (
                        "Rémunération brute mensuelle : 2 180,00 € pour 151,67 heures, "
                        "versée le dernier jour du mois."
                    )
                ],
            ),
            (
                "Article 5 - Durée du travail",
                [
                    (
                        "35 heures hebdomadaires, en horaires variables de jour et de "
                        "week-end selon planning."
                    )
                ],
            ),
            (
                "Article 6 - Lieu de travail",
                ["Résidence Les Tilleuls, 22 rue de Rosny, 93100 Montreuil."],
            ),
            (
                "Article 7 - Congés et protection sociale",
                [
                    (
                        "Congés payés selon la loi. Mutuelle et prévoyance "
                        "d'entreprise : Harmonie Mutuelle."
                    )
                ],
            ),
        ],
        "done": "Fait à Montreuil, le 12 mai 2026, en deux exemplaires.",
        "signatory": "Claire VANDENBERGHE, directrice",
    }
    pk.write("contrat_CDI_Tilleuls.pdf", frdocs.cdi(k, rng))
    pk.doc(
        [("contrat_CDI_Tilleuls.pdf", [1, 2])],
        "employment_contract",
        "text_pdf",
        {
            "employer": emp,
            "employee_name": "Nadège Rosine DJIMADOUM",
            "contract_type": "CDI",
            "job_title": "Aide-soignante",
            "start_date": "2026-05-18",
        },
    )
    ps = {
        "font": "Carlito",
        "accent": (0.25, 0.45, 0.4),
        "start_print": "01/10/2026",
        "end_print": "31/10/2026",
        "paid_print": "30/10/2026",
        "hours": 151.67,
        "pas_rate": 0.019,
        "employer_block": [
            emp,
            "22 rue de Rosny",
            "93100 Montreuil",
            "SIRET : " + siret,
            "Code NAF : 8710A",
            "Convention collective : FEHAP (CCN 51)",
            "URSSAF Île-de-France",
        ],
        "employee_block": [
            "Mme DJIMADOUM Nadège Rosine",
            "14 rue des Glycines, Appt 12",
            "93100 Montreuil",
            "Emploi : Aide-soignante - Coef. 329",
            "Contrat : CDI - Entrée le 18/05/2026",
            "N° SS : en cours d'immatriculation",
            "Matricule : 00217",
        ],
    }
    pdf, net = payslip(ps, 2180.0, rng)
    pk.write("bulletin_paie_2026_10.pdf", pdf)
    pk.doc(
        [("bulletin_paie_2026_10.pdf", [1])],
        "payslip",
        "text_pdf",
        {
            "employer": emp,
            "employee_name": "Nadège Rosine DJIMADOUM",
            "period": "2026-10",
            "net_pay": net,
            "siret": siret,
        },
    )
    # RIB Crédit Agricole
    acc = lib.french_iban("18206", "00412", "65031287403")
    rib = {
        "style": "ca",
        "acc": acc,
        "bank_sub": "Île-de-France",
        "title": "RELEVÉ D'IDENTITÉ BANCAIRE",
        "holder_lines": [
            "MME DJIMADOUM NADEGE ROSINE",
            "14 RUE DES GLYCINES APT 12",
            "93100 MONTREUIL",
        ],
        "domic": ["CA IDF MONTREUIL CROIX DE CHAVAUX", "Tél. 09 69 39 99 10"],
        "bic": "AGRIFRPP882",
        "edited": "Édité le 06/11/2026 depuis votre espace Crédit Agricole En Ligne",
    }
    pk.write("RIB_credit_agricole.pdf", money.rib_pdf(rib, rng))
    pk.doc(
        [("RIB_credit_agricole.pdf", [1])],
        "rib",
        "text_pdf",
        {
            "holder_name": "DJIMADOUM NADEGE ROSINE",
            "iban": acc["iban"],
            "bic": "AGRIFRPP882",
            "bank_name": "Crédit Agricole Île-de-France",
            "iban_valid": True,
            "rib_key_valid": True,
        },
    )
    # application form: typed on screen, printed, signed by hand, scanned to PDF
    f = {
        "surname": sur,
        "given": "Nadège Rosine",
        "sex": "F",
        "dob": "14/07/1993",
        "pob_commune": "Moundou",
        "pob_country": "Tchad",
        "nationality": "Tchadienne",
        "address": "14 rue des Glycines, Appt 12",
        "cp": "93100",
        "commune": "Montreuil",
        "tel": "07 58 21 44 93",
        "email": "nadege.djimadoum@gmail.com",
        "situation": "salarie",
        "contract": "CDI",
        "job": "Aide-soignante",
        "place": "Montreuil",
        "date_text": "12/11/2026",
        "signed": True,
        "sign_mode": "typed",
    }
    pk.write(
        "formulaire_CPAM_scan.pdf",
        lib.image_pdf(scan_pages(frdocs.cerfa_form(f, rng, "typed", 1), rng)),
    )
    pk.doc(
        [("formulaire_CPAM_scan.pdf", [1, 2])],
        "application_form",
        "image_pdf",
        {
            "surname": sur,
            "given_names": "Nadège Rosine",
            "date_of_birth": dob,
            "employment_status": "employed",
            "signed": True,
            "signed_on": "2026-11-12",
            "nir": None,
        },
        "typed, printed, signed by hand",
    )
    pk.save_truth(
        {
            "as_of": "2026-11-20",
            "employed": True,
            "status": "complete",
            "requirements": dict(ALL_OK),
            "defect": None,
            "applicant": {"surname": sur, "given_names": "Nadège Rosine", "date_of_birth": dob},
        }
    )
