"""set_bs packet p04: data, files, looks and expected truth."""

from __future__ import annotations

import docs_birth as db
import docs_fr as df
import looks
from kit import (
    ALL_OK,
    PASS_LABELS_FR,
    applicant_block,
    bill_set,
    cerfa_args,
    dmy_bi,
    emit,
    form_fields,
    fr_iban,
    passport,
    permit,
    rib_key,
    screenshot_rib,
    siret,
)


def p04(pk, rng):
    """Mali, intérim, 3 Bouygues bills, LBP screenshot RIB; DEFECT: the form is not signed."""
    a = {
        "surname": "TRAORE",
        "mrz_surname": "TRAORE",
        "given_names": "BAKARY SEYDOU",
        "given": "BAKARY SEYDOU",
        "dob": "1990-11-03",
        "sex": "M",
        "nat": "MLI",
        "issuing": "MLI",
        "number": "AA3619274",
        "expiry": "2027-07-31",
        "skin": (110, 75, 50),
        "hair": (20, 15, 12),
        "pob_city": "Kayes",
        "pob_country": "Mali",
        "nat_fr": "Malienne",
        "phone": "06 21 94 38 07",
        "email": "bakary.traore90@yahoo.fr",
    }
    addr = ["12 rue Gabriel Péri, Appt 31", "93200 Saint-Denis"]
    pp = {
        **a,
        "country_title": "RÉPUBLIQUE DU MALI",
        "doc_title": "PASSEPORT",
        "labels": PASS_LABELS_FR,
        "nat_text": "MALIENNE",
        "dob_text": dmy_bi(a["dob"]),
        "pob": "KAYES",
        "issue_text": dmy_bi("2022-08-01"),
        "expiry_text": dmy_bi(a["expiry"]),
        "authority": "DGPN BAMAKO",
        "base": (236, 232, 214),
        "line": (222, 212, 186),
        "hdr": (0, 110, 60),
    }
    passport(pk, rng, "Scan_20261120_0001.jpg", "scan", pp)
    c = {
        "number": "MJ7305184",
        "expiry": "2029-04-30",
        "card_type": "CARTE DE SEJOUR PLURIANNUELLE",
        "mention": "SALARIE",
        "back_rows": [
            ("LIEU DE NAISSANCE", "KAYES (MLI)"),
            ("ADRESSE", "12 RUE GABRIEL PERI 93200 SAINT-DENIS"),
            ("REMARQUES", "AUTORISE SON TITULAIRE A TRAVAILLER"),
            ("DATE ET LIEU DE DELIVRANCE", "02.05.2025  PREFECTURE DE LA SEINE-SAINT-DENIS"),
        ],
    }
    front, back = permit(a, c, rng)
    sheet = looks.card_scan_sheet([front, back], rng, dpi=200)
    files = emit(pk, [sheet], "scan", "Scan_20261120_0002.jpg", rng, dpi=200)
    pk.add(
        files,
        "residence_permit",
        "scan",
        {
            "surname": "TRAORE",
            "given_names": "BAKARY, SEYDOU",
            "document_number": c["number"],
            "nationality": "MLI",
            "issuing_country": "FRA",
            "date_of_birth": a["dob"],
            "sex": "M",
            "expiry_date": c["expiry"],
            "mrz_valid": True,
        },
        "carte de séjour pluriannuelle, both sides on one scan",
    )
    f = cerfa_args(
        {**a, "surname": "TRAORÉ", "given_names": "Bakary Seydou"},
        addr,
        {
            "employed": True,
            "job": "Cariste (mission d'intérim)",
            "contract": "Intérim",
            "employer": "Plaine Commune Intérim SAS, 40 av. du Président Wilson, 93210 Saint-Denis",
            "arrival": "2025-04-11",
            "place": "Saint-Denis",
            "date": "2026-11-21",
            "tfont": "sans",
        },
    )
    files = emit(
        pk,
        df.cerfa(f, rng, hand=False, signed=False),
        "text_pdf",
        "formulaire_cerfa_15763.pdf",
        rng,
        title="cerfa 15763*02",
        author="",
    )
    ff = form_fields(
        {**a, "surname": "TRAORÉ", "given_names": "Bakary Seydou"}, True, False, "2026-11-21"
    )
    pk.add(
        files,
        "application_form",
        "text_pdf",
        ff,
        "DEFECT: typed in a PDF editor, place and date filled, signature box left empty",
    )
    bill_set(
        pk,
        rng,
        "bouygues",
        ["2026-08", "2026-09", "2026-10"],
        "M BAKARY TRAORE",
        "BAKARY TRAORE",
        addr,
        [
            (
                "Facture_Bbox_08-2026.pdf",
                "text_pdf",
                {},
                [("Forfait Bbox fit fibre", 25.99), ("Location décodeur TV", 3.00)],
            ),
            (
                "Facture_Bbox_09-2026.pdf",
                "text_pdf",
                {},
                [
                    ("Forfait Bbox fit fibre", 25.99),
                    ("Location décodeur TV", 3.00),
                    ("Appels vers l'international (Mali)", 6.40),
                ],
            ),
            (
                "photo_facture_oct.jpg",
                "phone_photo",
                {"rot": 90},
                [("Forfait Bbox fit fibre", 25.99), ("Location décodeur TV", 3.00)],
            ),
        ],
    )
    r = {
        "holder_line": "M BAKARY TRAORE",
        "holder_addr": [x.upper() for x in addr],
        "bank": "20041",
        "guichet": "01012",
        "account": "2143857X020",
        "bic": "PSSTFRPPPAR",
    }
    r["key"] = rib_key(r["bank"], r["guichet"], r["account"])
    r["iban"] = fr_iban(r["bank"], r["guichet"], r["account"], r["key"])
    pk.write("Screenshot_20261118-201544.png", looks.png_bytes(screenshot_rib(r, rng)))
    pk.add(
        [{"path": "Screenshot_20261118-201544.png", "pages": [1]}],
        "rib",
        "screenshot",
        {
            "holder_name": "BAKARY TRAORE",
            "iban": r["iban"],
            "bic": r["bic"],
            "bank_name": "La Banque Postale",
            "iban_valid": True,
            "rib_key_valid": True,
        },
        "La Banque Postale app screen, account number with a letter",
    )
    emp = "PLAINE COMMUNE INTÉRIM SAS"
    sir = siret("5291847360001")
    s = {
        "start": "2026-10-01",
        "end": "2026-10-31",
        "employer": emp,
        "employer_addr": ["40 avenue du Président Wilson", "93210 Saint-Denis"],
        "siret": sir,
        "naf": "7820Z",
        "urssaf": "Île-de-France 117 000 3391",
        "employee_line": "M. TRAORE Bakary Seydou",
        "employee_addr": addr,
        "job": "Cariste CACES 3 - mission chez LOGIPARC ROISSY",
        "status": "Intérimaire - ouvrier",
        "entry": "2026-03-02",
        "ccn": "Travail temporaire (IDCC 2378)",
        "contract": "Contrat de mission",
        "gross": 2012.40,
        "pas_rate": 0.0,
        "paid": "2026-11-06",
        "deductions": [
            ("Sécurité sociale plafonnée", 6.90),
            ("Sécurité sociale déplafonnée", 0.40),
            ("Retraite complémentaire T1", 4.01),
            ("Prévoyance / santé FASTT", 0.95),
            ("CSG déductible", 6.68),
            ("CSG/CRDS non déductible", 2.87),
        ],
    }
    files = emit(
        pk,
        df.payslip(s, rng),
        "text_pdf",
        "bulletin_paie_oct2026.pdf",
        rng,
        title="Bulletin de salaire",
        author="Plaine Commune Interim",
    )
    pk.add(
        files,
        "payslip",
        "text_pdf",
        {
            "employer": emp,
            "employee_name": "TRAORE Bakary Seydou",
            "period": "2026-10",
            "net_pay": s["net"],
            "siret": sir,
        },
        "temporary-work (intérim) payslip; includes end-of-mission indemnities not itemised",
    )
    m = {
        "region": "Région de Kayes",
        "cercle": "Cercle de Kayes",
        "commune": "Commune urbaine de Kayes",
        "centre": "Centre principal d'état civil de Kayes",
        "no": "0847",
        "year": "1990",
        "given": "Bakary Seydou",
        "surname": "TRAORÉ",
        "sex_text": "Masculin",
        "dob_words": "le trois novembre mil neuf cent quatre-vingt-dix",
        "dob_num": "03/11/1990 à 06 h 15",
        "pob": "Kayes, quartier Légal Ségou",
        "father": "Seydou TRAORÉ",
        "father_job": "Commerçant",
        "mother": "Aminata DIAKITÉ",
        "mother_job": "Ménagère",
        "domicile": "Kayes, Légal Ségou",
        "drawn": "Dressé le douze novembre mil neuf cent quatre-vingt-dix, sur la déclaration "
        "du père, par "
        "Nous, Officier de l'état civil du Centre principal de Kayes.",
        "place": "Kayes",
        "issued_text": "14/08/2026",
        "officer": "Mamadou Lamine COULIBALY",
        "stamp_ring": "REPUBLIQUE DU MALI * MAIRIE DE KAYES * ",
        "stamp_center": ["ETAT", "CIVIL"],
        "legal_lines": [
            "MINISTÈRE DES AFFAIRES ÉTRANGÈRES",
            "ET DE LA COOPÉRATION INTERNATIONALE",
            "Vu pour légalisation de la signature de",
            "M. Mamadou Lamine COULIBALY",
            "Bamako, le 22/08/2026 - N° 2026/11584",
        ],
    }
    files = emit(pk, db.mali_acte(m, rng), "scan", "acte_de_naissance_mali.jpg", rng, dpi=200)
    pk.add(
        files,
        "birth_certificate",
        "scan",
        {
            "surname": "TRAORÉ",
            "given_names": "Bakary Seydou",
            "date_of_birth": a["dob"],
            "place_of_birth": "Kayes, quartier Légal Ségou",
            "issuing_country": "MLI",
            "language": "fr",
            "has_apostille": False,
        },
        "copie intégrale; Mali is not a Hague Apostille party: legalisation stamp of the Malian "
        "MFA on "
        "the page, and France-Mali 1962 judicial cooperation agreement dispenses legalisation",
    )
    reqs = dict(ALL_OK)
    reqs["application_form"] = "invalid"
    return {
        "as_of": "2026-11-30",
        "employed": True,
        "status": "incomplete",
        "requirements": reqs,
        "defect": "application form not signed (signature box empty; all other fields filled, "
        "dated "
        "21/11/2026)",
        "applicant": applicant_block(a),
    }
