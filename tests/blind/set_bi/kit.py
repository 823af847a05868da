"""Small shared builders used by the packet scripts."""

from ids import dmy_mon, passport_page

LABELS_FR = dict(
    type="Type / Type",
    code="Code du pays / Country code",
    number="N° du passeport / Passport No.",
    surname="Nom / Surname",
    given="Prénoms / Given names",
    middle="",
    nat="Nationalité / Nationality",
    sex="Sexe / Sex",
    dob="Date de naissance / Date of birth",
    pob="Lieu de naissance / Place of birth",
    issue="Date de délivrance / Date of issue",
    auth="Autorité / Authority",
    expiry="Date d'expiration / Date of expiry",
)
LABELS_PH = dict(
    type="Uri/Type",
    code="Kodigo ng Bansa/Country Code",
    number="Pasaporte Blg./Passport No.",
    surname="Apelyido/Surname",
    given="Mga Pangalan/Given Names",
    middle="Panggitnang Apelyido/Middle Name",
    nat="Nasyonalidad/Nationality",
    sex="Kasarian/Sex",
    dob="Petsa ng Kapanganakan/Date of Birth",
    pob="Lugar ng Kapanganakan/Place of Birth",
    issue="Petsa ng Pagkakaloob/Date of Issue",
    auth="Maykapangyarihang Naglabas/Authority",
    expiry="Valid Until/Date of Expiry",
)
LABELS_ES = dict(
    type="Tipo/Type",
    code="Código/Code",
    number="Pasaporte No./Passport No.",
    surname="Apellidos/Surname",
    given="Nombres/Given names",
    middle="",
    nat="Nacionalidad/Nationality",
    sex="Sexo/Sex",
    dob="Fecha de nacimiento/Date of birth",
    pob="Lugar de nacimiento/Place of birth",
    issue="Fecha de expedición/Date of issue",
    auth="Autoridad/Authority",
    expiry="Fecha de vencimiento/Date of expiry",
)


def make_passport(rng, **p):
    langs = p.pop("langs", ("en",))
    p["dob_print"] = dmy_mon(p["dob"], langs)
    p["issue_print"] = dmy_mon(p["issue"], langs)
    p["expiry_print"] = dmy_mon(p["expiry"], langs)
    p.setdefault("surname_print", p["surname"])
    p.setdefault("given_print", p["given"])
    p.setdefault("paper", (0.95, 0.93, 0.88))
    p.setdefault("tint", (0.85, 0.8, 0.88))
    p.setdefault("ink", (0.2, 0.2, 0.3))
    pdf, mrz = passport_page(p, rng)
    fields = {
        "surname": p["surname"],
        "given_names": p["given"],
        "document_number": p["number"],
        "nationality": p["country"],
        "issuing_country": p["country"],
        "date_of_birth": p["dob"],
        "sex": p["sex"][0],
        "expiry_date": p["expiry"],
        "mrz_valid": True,
    }
    return pdf, fields, mrz


def visa_fields(v):
    return {
        "surname": v["surname"],
        "given_names": v["given"],
        "document_number": v["number"],
        "nationality": v["nat"],
        "issuing_country": "FRA",
        "date_of_birth": v["dob"],
        "sex": v["sex"],
        "expiry_date": v["until"],
        "mrz_valid": True,
        "visa_type": "D",
        "vls_ts": True,
        "category": v["category"],
        "valid_from": v["from"],
        "valid_until": v["until"],
    }


def visa_prints(v):
    for k in ("from", "until", "issue"):
        v[k + "_print"] = v[k][8:10] + "-" + v[k][5:7] + "-" + v[k][2:4]
    return v


def luhn_ok(s):
    tot = 0
    for i, ch in enumerate(reversed(s)):
        d = int(ch)
        if i % 2 == 1:
            d = d * 2 - 9 if d > 4 else d * 2
        tot += d
    return tot % 10 == 0


def siret(prefix13):
    for d in range(10):
        if luhn_ok(prefix13 + str(d)):
            return prefix13 + str(d)
    raise ValueError


def siren_luhn(prefix8):
    for d in range(10):
        if luhn_ok(prefix8 + str(d)):
            return prefix8 + str(d)
    raise ValueError


def make_siret(p8, nic4):
    return siret(siren_luhn(p8) + nic4)


def siret_print(s):
    return s[0:3] + " " + s[3:6] + " " + s[6:9] + " " + s[9:14]


def form_fields(surname, given, dob, status, signed, signed_on, nir=None):
    return {
        "surname": surname,
        "given_names": given,
        "date_of_birth": dob,
        "employment_status": status,
        "signed": signed,
        "signed_on": signed_on,
        "nir": nir,
    }
