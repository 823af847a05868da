"""The four packets of set_ao: data, file plan and truth."""

from __future__ import annotations

from render import iban_from_bban, iban_ok, rib_key

REQS = ["application_form", "identity", "residence_status", "birth_certificate",
        "residence_proof", "bank_details", "employment"]  # fmt: skip
MOIS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
        "octobre", "novembre", "décembre"]  # fmt: skip


def fr(iso):
    y, m, d = iso.split("-")
    return f"{d}/{m}/{y}"


def yymmdd(iso):
    return iso[2:4] + iso[5:7] + iso[8:10]


def euro(x):
    return f"{x:,.2f}".replace(",", " ").replace(".", ",")


def siret(prefix13):
    digits = [int(c) for c in prefix13]
    for last in range(10):
        ds = digits + [last]
        tot = 0
        for i, v in enumerate(reversed(ds)):
            v = v * 2 if i % 2 else v
            tot += v - 9 if v > 9 else v
        if tot % 10 == 0:
            return prefix13 + str(last)
    raise ValueError


def fr_rib(bank, branch, account):
    key = rib_key(bank, branch, account)
    iban = iban_from_bban("FR", bank + branch + account + key)
    assert iban_ok(iban)
    return key, iban


def reqs(**over):
    r = {k: "complete" for k in REQS}
    r.update(over)
    return r


def doc(type_, look, files, fields, notes=""):
    return {"type": type_, "look": look, "files": files, "fields": fields, "notes": notes}


def F(path, *pages):
    return {"path": path, "pages": list(pages) or [1]}


def ident(surname, given, num, nat, issuing, dob, sex, exp, ok=True):
    return {"surname": surname, "given_names": given, "document_number": num,
            "nationality": nat, "issuing_country": issuing, "date_of_birth": dob, "sex": sex,
            "expiry_date": exp, "mrz_valid": ok}  # fmt: skip


def form_fields(surname, given, dob, status, signed, signed_on):
    return {"surname": surname, "given_names": given, "date_of_birth": dob,
            "employment_status": status, "signed": signed, "signed_on": signed_on, "nir": None}  # fmt: skip


def bill_fields(provider, service, holder, address, issue, start, end, amount):
    return {"provider": provider, "service": service, "holder_name": holder, "address": address,
            "issue_date": issue, "period_start": start, "period_end": end, "amount": amount,
            "month": start[:7]}  # fmt: skip


def truth(as_of, employed, status, requirements, defect, applicant, documents):
    return {"as_of": as_of, "employed": employed, "status": status,
            "requirements": requirements, "defect": defect, "applicant": applicant,
            "documents": documents}  # fmt: skip


FR_LABELS = ["Type", "Code du pays / Code", "Passeport N° / Passport No.", "Nom / Surname",
             "Prénoms / Given names", "Nationalité / Nationality",
             "Date de naissance / Date of birth", "Sexe/Sex", "Lieu de naissance / Place of birth",
             "Date de délivrance / Date of issue", "Date d'expiration / Date of expiry",
             "Autorité / Authority"]  # fmt: skip
MN_LABELS = ["Төрөл/Type", "Улсын код/Code", "Паспортын дугаар/Passport No.", "Овог/Surname",
             "Нэр/Given name", "Иргэншил/Nationality", "Төрсөн он сар өдөр/Date of birth",
             "Хүйс/Sex", "Төрсөн газар/Place of birth", "Олгосон огноо/Date of issue",
             "Дуусах хугацаа/Date of expiry", "Олгосон байгууллага/Authority"]  # fmt: skip
ES_LABELS = ["Tipo/Type", "Código/Code", "Pasaporte No./Passport No.", "Apellidos/Surname",
             "Nombres/Given names", "Nacionalidad/Nationality",
             "Fecha de nacimiento/Date of birth", "Sexo/Sex",
             "Lugar de nacimiento/Place of birth", "Fecha de expedición/Date of issue",
             "Fecha de vencimiento/Date of expiry", "Autoridad/Authority"]  # fmt: skip
BY_LABELS = ["Тып/Type", "Код дзяржавы/Code", "Пашпарт №/Passport No.", "Прозвішча/Surname",
             "Імя/Given names", "Грамадзянства/Nationality", "Дата нараджэння/Date of birth",
             "Пол/Sex", "Месца нараджэння/Place of birth", "Дата выдачы/Date of issue",
             "Тэрмін дзеяння/Date of expiry", "Орган, які выдаў/Authority"]  # fmt: skip


def apostille_items(country, signer, capacity, seal, place, date, authority, number):
    return [("Pays / Country :", country), ("a été signé par / has been signed by", signer),
            ("agissant en qualité de / acting in the capacity of", capacity),
            ("est revêtu du sceau / bears the seal of", seal),
            ("à / at", place), ("le / the", date), ("par / by", authority),
            ("sous N° / No", number), ("Sceau / timbre - Seal / stamp", "(voir ci-dessous)"),
            ("Signature", "")]  # fmt: skip
