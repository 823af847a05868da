"""The three applicants of set_ab and every value printed on their papers (one source of truth)."""

from __future__ import annotations

from codes import iban_fr, mrva, siret, td1, td3

MOIS = [
    "janvier",
    "février",
    "mars",
    "avril",
    "mai",
    "juin",
    "juillet",
    "août",
    "septembre",
    "octobre",
    "novembre",
    "décembre",
]


def fr(iso: str) -> str:
    return f"{iso[8:10]}/{iso[5:7]}/{iso[0:4]}"


def fr_words(iso: str) -> str:
    return f"{int(iso[8:10])} {MOIS[int(iso[5:7]) - 1]} {iso[0:4]}"


MON3 = ["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"]
MON3_FR = ["JAN", "FÉV", "MARS", "AVR", "MAI", "JUIN", "JUIL", "AOÛT", "SEPT", "OCT", "NOV", "DÉC"]
MON3_ES = ["ENE", "FEB", "MAR", "ABR", "MAY", "JUN", "JUL", "AGO", "SET", "OCT", "NOV", "DIC"]


def dmy_bi(iso: str, alt=MON3_FR) -> str:
    m = int(iso[5:7]) - 1
    return f"{iso[8:10]} {alt[m]}/{MON3[m]} {iso[2:4]}"


# ---------------------------------------------------------------- p01: Peru, lease, employed
P01 = dict(
    as_of="2026-11-20",
    surname="HUAMAN QUISPE",
    given="MARIA DEL PILAR",
    dob="1991-03-14",
    sex="F",
    passport_no="118402736",
    passport_exp="2030-06-21",
    passport_iss="2024-06-21",
    dni="45871236",
    street="12 rue Paul Bert",
    cp="69003",
    city="Lyon",
    permit_no="ZK4T81P07",
    permit_from="2026-04-10",
    permit_exp="2027-04-09",
    lease_start="2026-02-01",
    lease_signed="2026-01-24",
)
P01["passport_mrz"] = td3(
    "P",
    "PER",
    P01["surname"],
    P01["given"],
    P01["passport_no"],
    "PER",
    P01["dob"],
    "F",
    P01["passport_exp"],
    P01["dni"],
)
P01["permit_mrz"] = td1(
    "IR",
    "FRA",
    P01["permit_no"],
    P01["dob"],
    "F",
    P01["permit_exp"],
    "PER",
    P01["surname"],
    P01["given"],
)
P01["iban"], P01["key"] = iban_fr("30002", "00791", "00004458716")
P01["siret"] = siret("81274530", "0002")

# ---------------------------------------------------------------- p02: China, bills, no job
P02 = dict(
    as_of="2026-11-24",
    surname="LIU",
    given="YUTING",
    dob="1996-07-08",
    sex="F",
    passport_no="EK4821973",
    passport_exp="2033-05-11",
    passport_iss="2023-05-12",
    visa_no="012638457",
    visa_from="2026-03-02",
    visa_until="2027-03-01",
    visa_issued="2026-02-10",
    street="47 avenue d'Ivry",
    cp="75013",
    city="Paris",
)
P02["passport_mrz"] = td3(
    "PO", "CHN", "LIU", "YUTING", P02["passport_no"], "CHN", P02["dob"], "F", P02["passport_exp"]
)
P02["visa_mrz"] = mrva(
    "VD", "FRA", "LIU", "YUTING", P02["visa_no"], "CHN", P02["dob"], "F", P02["visa_until"]
)
P02["iban"], P02["key"] = iban_fr("40618", "80000", "00447128391")
P02["bills"] = [  # (issue date, month start, month end, amount)
    ("2026-08-02", "2026-08-01", "2026-08-31", "29,99"),
    ("2026-09-02", "2026-09-01", "2026-09-30", "34,98"),
    ("2026-10-02", "2026-10-01", "2026-10-31", "29,99"),
]

# ------------------------------------------- p03: Canada, hosted by spouse, employed, DEFECT
P03 = dict(
    as_of="2026-11-27",
    surname="O'CONNOR-GAGNON",
    given="ÉMILIE ROSE",
    dob="1988-11-02",
    sex="F",
    passport_no="AK627315",
    passport_exp="2032-02-09",
    passport_iss="2022-02-09",
    visa_no="014471926",
    visa_from="2025-09-15",
    visa_until="2026-09-14",
    visa_issued="2025-08-28",
    street="8 rue des Tanneurs",
    cp="67000",
    city="Strasbourg",
    host_surname="MARCHETTI",
    host_given="JULIEN PAUL",
    host_dob="1986-05-23",
    cni_no="X7PR2KQ94",
    cni_exp="2032-03-14",
    cni_iss="2022-03-15",
    since="2025-09-20",
    att_signed="2026-11-10",
    contract_start="2026-03-02",
    contract_signed="2026-02-20",
)
P03["passport_mrz"] = td3(
    "P",
    "CAN",
    P03["surname"],
    P03["given"],
    P03["passport_no"],
    "CAN",
    P03["dob"],
    "F",
    P03["passport_exp"],
)
P03["visa_mrz"] = mrva(
    "VD",
    "FRA",
    P03["surname"],
    P03["given"],
    P03["visa_no"],
    "CAN",
    P03["dob"],
    "F",
    P03["visa_until"],
)
P03["cni_mrz"] = td1(
    "ID",
    "FRA",
    P03["cni_no"],
    P03["host_dob"],
    "M",
    P03["cni_exp"],
    "FRA",
    P03["host_surname"],
    P03["host_given"],
)
P03["iban"], P03["key"] = iban_fr("30003", "02360", "00050871234")
P03["siret"] = siret("84351297", "0001")
P03["bills"] = [
    ("2026-08-06", "2026-08-01", "2026-08-31", "42,99"),
    ("2026-09-06", "2026-09-01", "2026-09-30", "42,99"),
    ("2026-10-06", "2026-10-01", "2026-10-31", "47,98"),
]
