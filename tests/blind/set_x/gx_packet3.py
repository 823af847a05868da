"""The data of set_x packet p03 (Filipino applicant, one defect)."""

from __future__ import annotations

from gx_base import iban_make, iban_ok
from gx_packets import ALL_OK, LAB_PH, f_en

# ---------------------------------------------------------------------------------------------
# p03: Filipino, three Bbox bills in her name, CDD. One defect: birth certificate, no apostille.
PH_ADDR = ["5 allée des Peupliers", "92130 Issy-les-Moulineaux"]


def _bbox(month: int, amount: float, n: int) -> dict:
    last = {8: 31, 9: 30, 10: 31}[month]
    return {
        "holder": "Mme Maria Kristine DELA CRUZ",
        "holder_truth": "Maria Kristine DELA CRUZ",
        "addr": PH_ADDR,
        "addr_truth": "5 allée des Peupliers, 92130 Issy-les-Moulineaux",
        "client": "1.0384.27516",
        "invoice": f"F26{month:02d}{n:07d}",
        "issue": f"2026-{month:02d}-0{4 + month % 3}",
        "start": f"2026-{month:02d}-01",
        "end": f"2026-{month:02d}-{last}",
        "debit": f"2026-{month:02d}-15",
        "lines": [
            ("Forfait Bbox Must fibre", 30.99),
            ("Option appels vers mobiles", 5.0),
            ("Communications hors forfait", round(amount - 35.99, 2)),
        ],
        "amount": amount,
    }


_be = "967" + "4821093"
_be += f"{int(_be) % 97 or 97:02d}"
WISE_IBAN = iban_make("BE", _be)
assert iban_ok(WISE_IBAN)

P03 = {
    "as_of": "2026-11-27",
    "employed": True,
    "status": "incomplete",
    "requirements": {**ALL_OK, "birth_certificate": "invalid"},
    "defect": "birth certificate (PSA, Philippines, a Hague apostille country) has no apostille",
    "applicant": {
        "surname": "DELA CRUZ",
        "given_names": "MARIA KRISTINE",
        "date_of_birth": "1996-08-22",
    },
    "form": {
        "surname": "DELA CRUZ",
        "usage": None,
        "given": "Maria Kristine",
        "sex": "F",
        "dob": "1996-08-22",
        "pob": "Quezon City, Philippines",
        "nat": "Philippine",
        "addr": "5 allée des Peupliers",
        "cp": "92130",
        "city": "Issy-les-Moulineaux",
        "tel": "07 81 36 50 12",
        "mail": "mk.delacruz96@yahoo.com",
        "situation": "salarie",
        "contract": "CDD",
        "place": "Issy-les-Moulineaux",
        "date_text": "16/11/2026",
        "signed_on": "2026-11-16",
        "sign_name": "MK Dela Cruz",
    },
    "passport": {
        "country": "PHL",
        "tint": (232, 236, 246),
        "line": (210, 218, 236),
        "ink": (30, 40, 120),
        "head1": "REPUBLIKA NG PILIPINAS / REPUBLIC OF THE PHILIPPINES",
        "head2": "PASAPORTE / PASSPORT",
        "labels": LAB_PH,
        "fmt": f_en,
        "number": "P4829173B",
        "surname": "DELA CRUZ",
        "given": "MARIA KRISTINE",
        "middle": "SANTOS",
        "mrz_surname": "DELA CRUZ",
        "mrz_given": "MARIA KRISTINE",
        "nat_text": "FILIPINO",
        "dob": "1996-08-22",
        "sex": "F",
        "pob": "QUEZON CITY",
        "issued": "2023-05-10",
        "expiry": "2033-05-09",
        "authority": "DFA MANILA",
        "sig": "MK Dela Cruz",
    },
    "visa": {
        "number": "072451986",
        "surname": "DELA CRUZ",
        "given": "MARIA KRISTINE",
        "mrz_surname": "DELA CRUZ",
        "mrz_given": "MARIA KRISTINE",
        "nat": "PHL",
        "dob": "1996-08-22",
        "sex": "F",
        "from": "2026-06-08",
        "until": "2027-06-07",
        "issued": "2026-05-20",
        "days": "365",
        "place": "MANILLE",
        "passport": "P4829173B",
        "remark1": "VLS-TS TRAVAILLEUR TEMPORAIRE",
        "remark2": "CDD 12 MOIS / VALIDATION EN LIGNE OBLIGATOIRE",
        "category": "TRAVAILLEUR TEMPORAIRE",
    },
    "birth": {
        "province": "METRO MANILA",
        "city": "QUEZON CITY",
        "reg_no": "96-18273",
        "first": "MARIA KRISTINE",
        "middle": "SANTOS",
        "last": "DELA CRUZ",
        "sex_en": "FEMALE",
        "dob_en": "22 AUGUST 1996",
        "hospital": "EAST AVENUE MEDICAL CENTER",
        "mother": "ROSARIO MENDOZA SANTOS",
        "father": "EDUARDO REYES DELA CRUZ",
        "marriage": "FEBRUARY 14, 1993 - QUEZON CITY",
        "psa_officer": "CLAIRE DENNIS S. MAPA",
        "issued": "February 11, 2026",
        "secpa": "E04817263",
    },
    "birth_fields": {
        "surname": "DELA CRUZ",
        "given_names": "MARIA KRISTINE",
        "date_of_birth": "1996-08-22",
        "place_of_birth": "Quezon City",
        "issuing_country": "PHL",
        "language": "en",
        "has_apostille": False,
    },
    "bills": [_bbox(8, 38.49, 4418207), _bbox(9, 35.99, 4519933), _bbox(10, 41.79, 4620518)],
    "contract": {
        "employer": "Maison Lumière Services",
        "form": "SARL au capital de 20 000 €",
        "emp_addr": "48 rue du Général Leclerc, 92130 Issy-les-Moulineaux",
        "siret": "51294837600011",
        "rep": "Hélène Marchetti",
        "employee_line": "Madame Maria Kristine DELA CRUZ, née le 22/08/1996 à Quezon City "
        "(Philippines), de nationalité philippine",
        "motif": "Le présent contrat est conclu pour faire face à un accroissement temporaire "
        "d'activité lié à l'ouverture d'un service d'aide à domicile de nuit.",
        "start": "2026-06-15",
        "end": "2027-06-14",
        "job": "auxiliaire de vie",
        "gross": 1901.0,
        "place": "Au domicile des personnes accompagnées, à Issy-les-Moulineaux et dans les "
        "communes limitrophes.",
        "city": "Issy-les-Moulineaux",
        "signed": "2026-03-12",
        "emp_sig": "MK Dela Cruz",
    },
    "contract_fields": {
        "employer": "Maison Lumière Services",
        "employee_name": "Maria Kristine DELA CRUZ",
        "contract_type": "CDD",
        "job_title": "auxiliaire de vie",
        "start_date": "2026-06-15",
    },
    "rib": {
        "holder_line": "MARIA KRISTINE DELA CRUZ",
        "iban": WISE_IBAN,
        "bic": "TRWIBEB1XXX",
        "issued": "2026-11-10",
    },
    "rib_fields": {
        "holder_name": "MARIA KRISTINE DELA CRUZ",
        "iban": WISE_IBAN,
        "bic": "TRWIBEB1XXX",
        "bank_name": "Wise",
        "iban_valid": True,
        "rib_key_valid": None,
    },
}
