"""Packet p04 (Guinea, Conakry): the one with a gap between the bills."""

from __future__ import annotations

import bills
import civil
import form
import ids
import life
import output
from bank import fr_iban, iban_ok
from packets import (
    bill_fields,
    doc,
    form_fields,
    id_fields,
    luhn_siret,
    make_bill,
    truth,
    visa_fields,
)


# ------------------------------------------------------------------ p04 Guinea
def p04(rng, d):
    as_of = "2026-11-27"
    A = {"surname": "DIALLO", "given": "MAMADOU ALIOU", "dob": "1997-01-09", "sex": "M"}
    pp = {
        **A,
        "country": "GIN",
        "number": "G02784519",
        "issued": "2024-03-11",
        "expiry": "2029-03-10",
        "pob": "CONAKRY",
        "nat_text": "GUINEENNE",
        "authority": "DCPAF CONAKRY",
    }
    docs = []
    page, _ = ids.passport_page(rng, pp)
    output.photo_jpg(d / "IMG_20261120_093318.jpg", page, rng, rotate=0)
    docs.append(doc([("IMG_20261120_093318.jpg", [1])], "passport", "phone_photo", id_fields(pp)))
    v = {
        **A,
        "number": "023918455",
        "nat": "GIN",
        "valid_from": "2026-04-20",
        "valid_until": "2027-04-19",
        "days": 365,
        "issued_in": "CONAKRY",
        "issued_on": "2026-04-02",
        "passport": pp["number"],
        "remarks": ["VLS-TS TRAVAILLEUR TEMPORAIRE", "AUTORISATION DE TRAVAIL ANEF"],
    }
    page, _ = ids.visa_sticker(rng, v)
    output.photo_jpg(d / "IMG_20261120_093355.jpg", page, rng, rotate=270)
    docs.append(
        doc(
            [("IMG_20261120_093355.jpg", [1])],
            "long_stay_visa",
            "phone_photo",
            visa_fields(v, "TRAVAILLEUR TEMPORAIRE"),
        )
    )
    bc = {
        "surname": "DIALLO",
        "given": "Mamadou Aliou",
        "dob": "1997-01-09",
        "sex": "M",
        "commune": "Ratoma",
        "act_no": "0412",
        "year_reg": "1997",
        "pob": "Conakry (Ratoma)",
        "father": "Thierno Oumar DIALLO",
        "father_job": "Commerçant",
        "mother": "Mariama Dalanda BAH",
        "mother_job": "Ménagère",
        "parents_home": "Hamdallaye, Ratoma, Conakry",
        "registered": "1997-01-20",
        "issued_at": "Conakry",
        "issued": "2025-11-03",
        "officer": "M. Sékou CAMARA",
        "leg1": "2025-11-10",
        "leg1_no": "MAE/2025/18744",
        "mfa_signer": "Ibrahima SOUMAH",
        "leg2": "2025-11-17",
        "leg2_no": "2025/3129",
    }
    output.scan_jpg(d / "scan_extrait_naissance.jpg", civil.guinea_birth(rng, bc), rng, dpi=250)
    docs.append(
        doc(
            [("scan_extrait_naissance.jpg", [1])],
            "birth_certificate",
            "scan",
            {
                "surname": "DIALLO",
                "given_names": "Mamadou Aliou",
                "date_of_birth": "1997-01-09",
                "place_of_birth": "Conakry",
                "issuing_country": "GIN",
                "language": "fr",
                "has_apostille": False,
            },
            "legalised (Guinean MFA, then French embassy in Conakry) instead of "
            "apostille: Guinea is not a Hague Apostille party",
        )
    )
    addr = ["5 allée des Tilleuls, Bât. C", "76300 Sotteville-lès-Rouen"]
    for ym in ["2026-07", "2026-08", "2026-10"]:
        b = make_bill(
            rng,
            "SFR",
            ym,
            "Mamadou Aliou DIALLO",
            "M MAMADOU ALIOU DIALLO",
            addr,
            "3 118 406 952",
            35.99,
            "",
            "09 81 27 44 03",
        )
        fn = f"SFR_facture_{ym.replace('-', '_')}.pdf"
        output.text_pdf(d / fn, bills.telecom_bill(rng, b), "Facture SFR", "SFR")
        docs.append(
            doc(
                [(fn, [1, 2])],
                "utility_bill",
                "text_pdf",
                bill_fields(b),
                "SFR box bill; September 2026 is missing from the packet"
                if ym == "2026-10"
                else "SFR box bill",
            )
        )
    siret = luhn_siret("5326180940002")
    C = {
        "title": "CONTRAT DE TRAVAIL À DURÉE DÉTERMINÉE",
        "employer": "LOGISTIQUE SEINE NORMANDIE",
        "form": "SAS",
        "capital": "150 000 €",
        "rcs": "Rouen",
        "siren": "532 618 094",
        "seat": "ZA du Madrillet, 12 rue Ettore Bugatti, 76800 Saint-Étienne-du-Rouvray",
        "boss": "Mme Claire LEMOINE",
        "boss_role": "Directrice des ressources humaines",
        "employee_print": "Monsieur Mamadou Aliou DIALLO",
        "dob": A["dob"],
        "pob": "Conakry (Guinée)",
        "nat": "guinéenne",
        "addr": ", ".join(addr),
        "start": "2026-05-04",
        "duration": "pour une durée "
        "déterminée de douze mois, jusqu'au 3 mai 2027, motif : accroissement temporaire "
        "d'activité",
        "job": "préparateur de commandes",
        "status": "employé",
        "coef": "115M",
        "ccn": "des transports routiers (IDCC 16)",
        "trial": "Le contrat comporte une période d'essai de deux semaines.",
        "site": "Saint-Étienne-du-Rouvray",
        "gross": 1880.0,
        "end_clause": "Le contrat prendra fin de plein droit à son terme. Une indemnité de "
        "fin de contrat égale à 10 % de la rémunération brute sera versée.",
        "city": "Saint-Étienne-du-Rouvray",
        "signed": "2026-04-28",
    }
    output.scanned_pdf(d / "contrat_CDD.pdf", life.contract(rng, C), rng)
    docs.append(
        doc(
            [("contrat_CDD.pdf", [1, 2])],
            "employment_contract",
            "image_pdf",
            {
                "employer": "LOGISTIQUE SEINE NORMANDIE",
                "employee_name": "Mamadou Aliou DIALLO",
                "contract_type": "CDD",
                "job_title": "préparateur de commandes",
                "start_date": "2026-05-04",
            },
        )
    )
    P = {
        "employer": "LOGISTIQUE SEINE NORMANDIE SAS",
        "employer_addr": ["ZA du Madrillet", "76800 Saint-Étienne-du-Rouvray"],
        "siret": siret,
        "naf": "5210B",
        "ccn": "Transports routiers (IDCC 16)",
        "start": "2026-10-01",
        "end": "2026-10-31",
        "paid": "2026-11-03",
        "employee_print": "M. DIALLO Mamadou Aliou",
        "employee_addr": addr,
        "matricule": "2261",
        "job": "Préparateur de commandes",
        "status": "Employé",
        "hired": "2026-05-04",
        "gross": 1880.0,
        "pas_rate": 0.0,
    }
    output.photo_jpg(d / "IMG_20261120_094102.jpg", life.payslip(rng, P), rng, rotate=0)
    docs.append(
        doc(
            [("IMG_20261120_094102.jpg", [1])],
            "payslip",
            "phone_photo",
            {
                "employer": "LOGISTIQUE SEINE NORMANDIE SAS",
                "employee_name": "DIALLO Mamadou Aliou",
                "period": "2026-10",
                "net_pay": P["net"],
                "siret": siret,
            },
        )
    )
    ib, key = fr_iban("20041", "01014", "0829417K032")
    r = {
        "bank": "La Banque Postale",
        "holder_lines": [
            "M MAMADOU ALIOU DIALLO",
            "5 ALLEE DES TILLEULS BAT C",
            "76300 SOTTEVILLE LES ROUEN",
        ],
        "bank_code": "20041",
        "branch": "01014",
        "account": "0829417K032",
        "key": key,
        "iban": ib,
        "bic": "PSSTFRPPROU",
        "printed": "2026-05-12",
        "branch_lines": ["La Banque Postale", "Centre Financier de Rouen", "76900 Rouen CEDEX 9"],
        "legal": "La Banque Postale - SA à Directoire et Conseil de surveillance - RCS Paris "
        "421 100 645",
    }
    output.photo_jpg(d / "IMG_20261120_094230.jpg", bills.rib_bank_pdf(rng, r), rng, rotate=90)
    docs.append(
        doc(
            [("IMG_20261120_094230.jpg", [1])],
            "rib",
            "phone_photo",
            {
                "holder_name": "M MAMADOU ALIOU DIALLO",
                "iban": ib,
                "bic": "PSSTFRPPROU",
                "bank_name": "La Banque Postale",
                "iban_valid": iban_ok(ib),
                "rib_key_valid": True,
            },
        )
    )
    f = {
        "surname": "DIALLO",
        "given": "Mamadou Aliou",
        "sex": "M",
        "dob": A["dob"],
        "pob": "Conakry",
        "pob_country": "Guinée",
        "nationality": "Guinéenne",
        "address": "5 allée des Tilleuls Bât C",
        "cp": "76300",
        "city": "Sotteville-lès-Rouen",
        "phone": "07 51 83 20 64",
        "situation": "salarie",
        "job": "Préparateur de commandes",
        "contract": "CDD",
        "place": "Sotteville",
        "date_text": "19/11/2026",
        "hand_font": "h_breip",
        "ink": (15, 15, 20),
    }
    pages, _, _ = form.build(rng, 1, f, "hand")
    output.scanned_pdf(d / "demande_PUMa.pdf", pages, rng, producer="Epson Scan 2")
    docs.insert(
        0,
        doc(
            [("demande_PUMa.pdf", [1, 2])],
            "application_form",
            "image_pdf",
            form_fields(f, True, "salarie", "CDD", "2026-11-19", "19/11/2026"),
            "hand-filled in black pen, print run 1, scanned",
        ),
    )
    return truth(
        as_of,
        True,
        {"surname": A["surname"], "given_names": A["given"], "date_of_birth": A["dob"]},
        docs,
        defect="residence proof: the three SFR bills cover July, August and October "
        "2026; September is missing, so the months are not consecutive",
        bad=("residence_proof", "invalid"),
    )
