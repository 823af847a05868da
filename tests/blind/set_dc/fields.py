"""Shared label sets and truth-field helpers for the packet builders."""

from __future__ import annotations

UA_LAB = {
    "type": "Тип / Type",
    "code": "Код держави / Code of State",
    "no": "Паспорт № / Passport No.",
    "surname": "Прізвище / Surname",
    "given": "Ім'я / Given Names",
    "nat": "Громадянство / Nationality",
    "dob": "Дата народження / Date of birth",
    "sex": "Стать / Sex",
    "pob": "Місце народження / Place of birth",
    "issue": "Дата видачі / Date of issue",
    "auth": "Орган, що видав / Authority",
    "exp": "Дата закінчення строку дії / Date of expiry",
}
EN_LAB = {
    "type": "Type",
    "code": "Country Code",
    "no": "Passport No.",
    "surname": "Surname",
    "given": "Other Names",
    "nat": "Nationality",
    "dob": "Date of Birth",
    "sex": "Sex",
    "pob": "Place of Birth",
    "issue": "Date of Issue",
    "auth": "Authority",
    "exp": "Date of Expiry",
}


def id_fields(surname, given, num, nat, country, dob, sex, exp, ok=True):
    return {
        "surname": surname,
        "given_names": given,
        "document_number": num,
        "nationality": nat,
        "issuing_country": country,
        "date_of_birth": dob,
        "sex": sex,
        "expiry_date": exp,
        "mrz_valid": ok,
    }


def bill_fields(provider, service, holder, address, issue, start, end, amount):
    return {
        "provider": provider,
        "service": service,
        "holder_name": holder,
        "address": address,
        "issue_date": issue,
        "period_start": start,
        "period_end": end,
        "amount": amount,
        "month": start[:7],
    }
