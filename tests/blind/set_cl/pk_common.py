"""Shared data helpers for the packet modules."""

ALL_COMPLETE = dict(
    application_form="complete",
    identity="complete",
    residence_status="complete",
    birth_certificate="complete",
    residence_proof="complete",
    bank_details="complete",
    employment="complete",
)


def ymd6(iso):
    return iso[2:4] + iso[5:7] + iso[8:10]


def passport_fields(sn, gn, num, nat, dob, sex, exp):
    return dict(
        surname=sn,
        given_names=gn,
        document_number=num,
        nationality=nat,
        issuing_country=nat,
        date_of_birth=dob,
        sex=sex,
        expiry_date=exp,
        mrz_valid=True,
    )
