"""set_bs packet p01: data, files, looks and expected truth."""

from __future__ import annotations

import docs_birth as db
import docs_fr as df
from kit import (
    ALL_OK,
    PASS_LABELS_EN,
    applicant_block,
    bill_set,
    cerfa_args,
    dmy_en,
    emit,
    form_fields,
    passport,
    rib_doc,
    visa,
)


def p01(pk, rng):
    """USA, sans activité, VLS-TS visiteur, 3 Orange bills, BNP RIB, Illinois birth certificate."""
    a = {
        "surname": "O'CONNELL",
        "mrz_surname": "O'CONNELL",
        "given_names": "Katherine Anne",
        "given": "KATHERINE ANNE",
        "dob": "1984-06-21",
        "sex": "F",
        "nat": "USA",
        "issuing": "USA",
        "number": "A04718263",
        "expiry": "2033-02-13",
        "skin": (232, 196, 170),
        "hair": (150, 95, 50),
        "pob_city": "Evanston",
        "pob_country": "États-Unis",
        "nat_fr": "Américaine",
        "phone": "06 48 21 73 90",
        "email": "kate.oconnell84@gmail.com",
    }
    addr = ["27 quai Saint-Vincent, Apt 12", "69001 Lyon"]
    pp = {
        **a,
        "surname": "O'CONNELL",
        "given_names": "KATHERINE ANNE",
        "country_title": "UNITED STATES OF AMERICA",
        "labels": PASS_LABELS_EN,
        "nat_text": "UNITED STATES OF AMERICA",
        "dob_text": dmy_en(a["dob"]),
        "pob": "ILLINOIS, U.S.A.",
        "issue_text": dmy_en("2023-02-14"),
        "expiry_text": dmy_en(a["expiry"]),
        "authority": "United States Department of State",
        "base": (232, 236, 244),
        "line": (208, 216, 234),
    }
    passport(pk, rng, "IMG_4471.jpg", "phone_photo", pp, rot=90)
    pk.docs[-1]["fields"]["given_names"] = "KATHERINE ANNE"
    visa(
        pk,
        rng,
        "IMG_4473.jpg",
        "phone_photo",
        a,
        {
            "number": "041873526",
            "from": "2026-03-02",
            "until": "2027-03-01",
            "issued": "2026-02-10",
            "issued_in": "WASHINGTON",
            "days": "365",
            "remarks": "VLS-TS VISITEUR",
            "category": "VISITEUR",
        },
    )
    pk.docs[-1]["fields"]["given_names"] = "KATHERINE ANNE"
    # application form, handwritten, scanner PDF
    f = cerfa_args(
        a,
        addr,
        {
            "employed": False,
            "arrival": "2026-03-14",
            "place": "Lyon",
            "date": "2026-11-09",
            "hfont": "h-dancing",
            "surname": "O'CONNELL",
            "given": "Katherine Anne",
        },
    )
    files = emit(pk, df.cerfa(f, rng, hand=True), "image_pdf", "S1106_rempli.pdf", rng)
    pk.add(
        files,
        "application_form",
        "image_pdf",
        form_fields(a, False, True, "2026-11-09"),
        "cerfa 15763*02 filled by hand, section B 'sans activité'",
    )
    # three Orange bills
    bill_set(
        pk,
        rng,
        "orange",
        ["2026-08", "2026-09", "2026-10"],
        "MME KATHERINE O'CONNELL",
        "KATHERINE O'CONNELL",
        addr,
        [
            (
                "scan_orange_aout.jpg",
                "scan",
                {"dpi": 200},
                [("Abonnement Livebox Fibre", 39.99), ("Appels vers mobiles", 4.99)],
            ),
            ("scan_orange_sept.jpg", "scan", {"dpi": 150}, [("Abonnement Livebox Fibre", 39.99)]),
            (
                "Facture_Orange_2026-11.pdf",
                "text_pdf",
                {},
                [("Abonnement Livebox Fibre", 39.99), ("Communications hors forfait", 2.50)],
            ),
        ],
    )
    rib_doc(
        pk,
        rng,
        "RIB_BNP.png",
        "scan",
        {
            "color": (0, 130, 80),
            "bank_title": "BNP PARIBAS",
            "holder_line": "MME KATHERINE O'CONNELL",
            "holder_addr": addr,
            "branch": [
                "BNP PARIBAS LYON TERREAUX",
                "2 place des Terreaux",
                "69001 LYON",
                "Tél. 04 78 39 84 00",
            ],
            "bank": "30004",
            "guichet": "00828",
            "account": "00010573829",
            "bic": "BNPAFRPPXXX",
            "footer": "BNP Paribas SA au capital de 2 261 621 342 € - 662 042 449 RCS Paris - "
            "ORIAS 07 022 735",
        },
        "KATHERINE O'CONNELL",
        "BNP Paribas",
    )
    # birth certificate + apostille + translation
    files = emit(
        pk,
        db.us_birth(
            {
                "state_title": "STATE OF ILLINOIS",
                "dept": "Department of Public Health - Division of Vital Records",
                "file_no": "1984-016-048213",
                "district": "16-0452",
                "child": "KATHERINE ANNE O'CONNELL",
                "dob_text": "JUNE 21, 1984",
                "hour": "04:37 AM",
                "sex": "FEMALE",
                "place": "EVANSTON, COOK COUNTY",
                "facility": "EVANSTON HOSPITAL",
                "mother": "MARGARET ROSE DUFFY",
                "mother_bp": "MASSACHUSETTS",
                "father": "PATRICK JAMES O'CONNELL",
                "father_bp": "ILLINOIS",
                "attendant": "R. T. KOWALSKI, M.D.",
                "filed": "JUNE 26, 1984",
                "issued_text": "AUGUST 27, 2026",
                "registrar": "DR. ELAINE M. VOSS",
                "serial": "No 0837164",
            },
            rng,
        ),
        "scan",
        "birth_certificate.jpg",
        rng,
        dpi=200,
    )
    pk.add(
        files,
        "birth_certificate",
        "scan",
        {
            "surname": "O'CONNELL",
            "given_names": "KATHERINE ANNE",
            "date_of_birth": a["dob"],
            "place_of_birth": "EVANSTON, COOK COUNTY",
            "issuing_country": "USA",
            "language": "en",
            "has_apostille": True,
        },
        "Illinois certified copy, Certificate of Live Birth",
    )
    files = emit(
        pk,
        db.apostille_hague(
            {
                "letter": True,
                "header": [
                    "STATE OF ILLINOIS",
                    "Office of the Secretary of State",
                    "Index Department - Springfield, Illinois 62756",
                ],
                "items": [
                    "United States of America",
                    "Elaine M. Voss",
                    "State Registrar of Vital Records",
                    "Illinois Department of Public Health",
                    "Springfield, Illinois",
                    "September 8, 2026",
                    "Secretary of State of Illinois",
                    "2026-0418837",
                ],
                "seal_ring": "SEAL OF THE STATE OF ILLINOIS * ",
                "seal_center": ["AUG. 26", "1818"],
            },
            rng,
        ),
        "scan",
        "apostille.jpg",
        rng,
        dpi=200,
    )
    pk.add(
        files,
        "apostille",
        "scan",
        {
            "country": "United States of America",
            "issued_on": "2026-09-08",
            "number": "2026-0418837",
            "signed_by": "Secretary of State of Illinois",
        },
        "apostille of the Illinois Secretary of State for the birth certificate",
    )
    files = emit(
        pk,
        db.translation(
            {
                "translator": "Claire BOUVIER-ROCHE",
                "translator_lines": [
                    "Traductrice-interprète expert près la Cour d'appel de Lyon",
                    "Anglais - Français",
                    "12 rue Mercière 69002 Lyon - 06 12 40 77 18",
                ],
                "subtitle": "de l'anglais (États-Unis) vers le français - Acte de naissance",
                "rows": [
                    ("#ÉTAT DE L'ILLINOIS - CERTIFICAT DE NAISSANCE VIVANTE", ""),
                    ("N° de dossier de l'État :", "1984-016-048213"),
                    ("1. Nom de l'enfant :", "KATHERINE ANNE O'CONNELL"),
                    ("2. Date de naissance :", "21 juin 1984"),
                    ("3. Heure :", "4 h 37"),
                    ("4. Sexe :", "féminin"),
                    ("5. Lieu de naissance :", "EVANSTON, COMTÉ DE COOK"),
                    ("7. Nom de jeune fille de la mère :", "MARGARET ROSE DUFFY"),
                    ("9. Nom du père :", "PATRICK JAMES O'CONNELL"),
                    ("Date de délivrance :", "27 août 2026"),
                    ("[Apostille n° 2026-0418837 du 8 septembre 2026]", ""),
                ],
                "certify": "Je soussignée, Claire BOUVIER-ROCHE, traductrice expert près la "
                "Cour d'appel de Lyon, "
                "certifie que la présente traduction est conforme à l'original en langue "
                "anglaise qui "
                "m'a été présenté.",
                "place": "Lyon",
                "date_fr": "2 octobre 2026",
                "rep": "2026/1187",
                "stamp_ring": "EXPERT PRES LA COUR D'APPEL DE LYON * ",
                "stamp_center": ["C. BOUVIER-", "ROCHE", "ANGLAIS"],
            },
            rng,
        ),
        "text_pdf",
        "traduction_acte_naissance.pdf",
        rng,
        title="Traduction",
        author="C. Bouvier-Roche",
    )
    pk.add(
        files, "translation", "text_pdf", {}, "sworn French translation of the birth certificate"
    )
    return {
        "as_of": "2026-11-18",
        "employed": False,
        "status": "complete",
        "requirements": {**ALL_OK, "employment": "not_applicable"},
        "defect": None,
        "applicant": applicant_block({**a, "given_names": "KATHERINE ANNE"}),
    }


#
