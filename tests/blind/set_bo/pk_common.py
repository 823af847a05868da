"""Shared bits of the packet builders: passport labels, ID truth fields, requirement ids."""

P_LABELS_FR_EN = dict(
    type="Type",
    code="Code du pays / Country code",
    number="Passeport N° / Passport No.",
    surname="Nom / Surname",
    given="Prénoms / Given names",
    nationality="Nationalité / Nationality",
    dob="Date de naissance / Date of birth",
    personal="N° personnel / Personal No.",
    sex="Sexe / Sex",
    pob="Lieu de naissance / Place of birth",
    issue="Date de délivrance / Date of issue",
    authority="Autorité / Authority",
    expiry="Date d'expiration / Date of expiry",
    signature="Signature du titulaire / Holder's signature",
)


def id_fields(surname, given, number, nat, issuer, dob, sex, exp, ok=True):
    return {
        "surname": surname,
        "given_names": given,
        "document_number": number,
        "nationality": nat,
        "issuing_country": issuer,
        "date_of_birth": dob.isoformat(),
        "sex": sex,
        "expiry_date": exp.isoformat(),
        "mrz_valid": ok,
    }


REQ = [
    "application_form",
    "identity",
    "residence_status",
    "birth_certificate",
    "residence_proof",
    "bank_details",
    "employment",
]
