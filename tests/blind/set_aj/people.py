"""The four applicants of set_aj and everything printed about them."""

from __future__ import annotations

import codes as C


def luhn_ok(num: str) -> bool:
    s = 0
    for i, ch in enumerate(reversed(num)):
        v = int(ch) * (2 if i % 2 else 1)
        s += v - 9 if v > 9 else v
    return s % 10 == 0


def luhn_fix(prefix: str) -> str:
    for last in "0123456789":
        if luhn_ok(prefix + last):
            return prefix + last
    raise ValueError(prefix)


def passport(p: dict) -> dict:
    p["mrz"] = list(
        C.td3(
            "P",
            p["nat"],
            p["surname"],
            p["given_names"],
            p["doc_number"],
            p["nat"],
            C.d(p["dob"]),
            p["sex"],
            C.d(p["expiry"]),
            p.get("personal", ""),
        )
    )
    return p


def visa(p: dict, v: dict) -> dict:
    v["mrz"] = list(
        C.mrva(
            "FRA",
            p["surname"],
            p["given_names"],
            v["number"],
            p["nat"],
            C.d(p["dob"]),
            p["sex"],
            C.d(v["valid_until"]),
        )
    )
    return v


EGYPT = passport(
    {
        "surname": "ABDELRAHMAN",
        "given_names": "NOURHAN MOSTAFA MAHMOUD",
        "nat": "EGY",
        "doc_number": "A27364815",
        "dob": "1993-04-17",
        "sex": "F",
        "pob": "ALEXANDRIA",
        "issued": "2023-02-12",
        "expiry": "2030-02-11",
        "skin": (190, 145, 110),
    }
)
EGYPT_VISA = visa(
    EGYPT,
    {
        "number": "024718365",
        "valid_from": "2026-05-20",
        "valid_until": "2027-05-19",
        "days": 365,
        "post": "LE CAIRE",
        "issued": "2026-05-06",
        "category": "SALARIE",
        "remarks": [
            "VLS-TS SALARIE",
            "DISPENSE TEMPORAIRE DE CARTE DE SEJOUR",
            "CESEDA R.431-16 - VALIDATION EN LIGNE",
        ],
    },
)

HAITI = passport(
    {
        "surname": "JEAN-BAPTISTE",
        "given_names": "WILNER FRANTZ",
        "nat": "HTI",
        "doc_number": "RD4620931",
        "dob": "1988-09-02",
        "sex": "M",
        "pob": "PORT-AU-PRINCE",
        "issued": "2022-08-15",
        "expiry": "2032-08-14",
        "skin": (110, 75, 55),
    }
)
HAITI_PERMIT = {
    "surname": "JEAN-BAPTISTE",
    "given_names": "WILNER FRANTZ",
    "given_names_printed": "WILNER, FRANTZ",
    "sex": "M",
    "nationality": "HTI",
    "dob": "1988-09-02",
    "doc_number": "350127894",
    "expiry": "2027-03-09",
    "issued": "2026-03-10",
    "permit_type": "CARTE DE SÉJOUR TEMPORAIRE",
    "remarks": "VIE PRIVÉE ET FAMILIALE",
    "pob": "PORT-AU-PRINCE (HTI)",
    "authority": "PRÉFECTURE D'ILLE-ET-VILAINE",
    "address_lines": ["14 RUE DE CHATEAUGIRON APT 32", "35000 RENNES"],
    "skin": (110, 75, 55),
    "hair": (20, 15, 12),
}
HAITI_PERMIT["mrz"] = list(
    C.td1(
        "IR",
        "FRA",
        "JEAN-BAPTISTE",
        "WILNER FRANTZ",
        "350127894",
        "HTI",
        C.d("1988-09-02"),
        "M",
        C.d("2027-03-09"),
    )
)
HOST = {
    "surname": "MORVAN",
    "given_names": "CLAIRE ANNE",
    "given_names_printed": "CLAIRE, ANNE",
    "sex": "F",
    "nationality": "FRA",
    "dob": "1990-03-14",
    "pob": "QUIMPER (29)",
    "doc_number": "X4RTBPFW4",
    "expiry": "2032-05-11",
    "issued": "2022-05-12",
    "can": "582914",
    "authority": "PRÉFECTURE DU FINISTÈRE",
    "address_lines": ["14 RUE DE CHATEAUGIRON APT 32", "35000 RENNES"],
}
HOST["mrz"] = list(
    C.td1(
        "ID",
        "FRA",
        "MORVAN",
        "CLAIRE ANNE",
        "X4RTBPFW4",
        "FRA",
        C.d("1990-03-14"),
        "F",
        C.d("2032-05-11"),
    )
)

ARMENIA = passport(
    {
        "surname": "HOVHANNISYAN",
        "given_names": "ARAM",
        "nat": "ARM",
        "native_surname": "ՀՈՎՀԱՆՆԻՍՅԱՆ",
        "native_given": "ԱՐԱՄ",
        "doc_number": "AV0483916",
        "dob": "1990-12-05",
        "sex": "M",
        "pob": "ARMENIA",
        "issued": "2021-06-03",
        "expiry": "2031-06-02",
        "skin": (205, 165, 135),
    }
)
ARMENIA_VISA = visa(
    ARMENIA,
    {
        "number": "025913406",
        "valid_from": "2026-08-20",
        "valid_until": "2027-08-19",
        "days": 365,
        "post": "EREVAN",
        "issued": "2026-08-04",
        "category": "PASSEPORT TALENT",
        "remarks": [
            "VLS-TS PASSEPORT TALENT",
            "SALARIE QUALIFIE - L.421-9 CESEDA",
            "DISPENSE TEMPORAIRE DE CARTE DE SEJOUR",
        ],
    },
)

JAPAN = passport(
    {
        "surname": "TAKAHASHI",
        "given_names": "KENTA",
        "nat": "JPN",
        "doc_number": "TK5820374",
        "dob": "1988-02-11",
        "sex": "M",
        "pob": "HOKKAIDO",
        "issued": "2024-03-18",
        "expiry": "2034-03-18",
        "skin": (225, 190, 160),
    }
)
JAPAN_VISA = visa(
    JAPAN,
    {
        "number": "024377190",
        "valid_from": "2026-04-01",
        "valid_until": "2027-03-31",
        "days": 365,
        "post": "TOKYO",
        "issued": "2026-03-12",
        "category": "PASSEPORT TALENT FAMILLE",
        "remarks": [
            "VLS-TS PASSEPORT TALENT (FAMILLE)",
            "CONJOINT - L.421-22 CESEDA",
            "DISPENSE TEMPORAIRE DE CARTE DE SEJOUR",
        ],
    },
)

SIREN_LUMINA = luhn_fix("89234517")
SIRET_LUMINA = luhn_fix(SIREN_LUMINA + "0002")
SIREN_OCCI = luhn_fix("84120936")
SIRET_OCCI = luhn_fix(SIREN_OCCI + "0001")


def iban_fr(bank, branch, account):
    iban, key = C.fr_iban(bank, branch, account)
    return {"bank_code": bank, "branch": branch, "account": account, "key": key, "iban": iban}


RIB_EGYPT = iban_fr("30004", "00804", "00010458712")
RIB_HAITI = iban_fr("20041", "01013", "0736521M035")
RIB_JAPAN = iban_fr("30003", "03140", "00050918273")
REVOLUT_IBAN = C.make_iban("LT", "32500" + "74019283645")
