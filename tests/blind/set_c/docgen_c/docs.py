"""Factories joining layouts and truth: each returns the document's pages/items and registers the
logical document (type + true field values) in a Folder."""

from __future__ import annotations

from . import civil, form, housing, money
from . import identity as I
from . import util as u

# ------------------------------------------------------------------ identity


def passport_fields(p):
    pp = p["passport"]
    return {
        "surname": pp.get("viz_surname", p["surname"]).upper(),
        "given_names": pp.get("viz_given", p["given"]).upper(),
        "document_number": pp["number"],
        "nationality": p["nat"],
        "date_of_birth": p["dob"],
        "expiry_date": pp["expiry"],
        "sex": p["sex"],
        "mrz_valid": not pp.get("corrupt"),
    }


def passport(F, p, rng, notes=None):
    doc = F.doc("passport", passport_fields(p), notes)
    return doc


def visa_fields(p, v):
    return {
        "surname": u.strip_accents(p["surname"]).upper(),
        "given_names": u.strip_accents(p["given"]).upper(),
        "document_number": v["number"],
        "nationality": p["nat"],
        "date_of_birth": p["dob"],
        "expiry_date": v["valid_until"],
        "sex": p["sex"],
        "mrz_valid": True,
        "visa_type": v["type"],
        "vls_ts": bool(v.get("vls_ts")),
        "valid_until": v["valid_until"],
    }


def visa(F, p, v, notes=None):
    n = (
        "Visa number printed in red with the FRA prefix (FRA"
        + v["number"]
        + "); the MRZ holds the 9 digits."
    )
    return F.doc("long_stay_visa", visa_fields(p, v), (notes + " " if notes else "") + n)


def titre_fields(p, t):
    return {
        "surname": u.strip_accents(t.get("surname", p["surname"])).upper(),
        "given_names": u.strip_accents(t.get("given", p["given"])).upper(),
        "document_number": t["number"],
        "nationality": p["nat"],
        "date_of_birth": p["dob"],
        "expiry_date": t["expiry"],
        "sex": p["sex"],
        "mrz_valid": True,
    }


def titre(F, p, t, rng, notes=None):
    doc = F.doc("residence_permit", titre_fields(p, t), notes)
    return doc, I.titre_front(p, t, rng), I.titre_back(p, t, rng)


def cni_fields(h, k, nat="FRA"):
    return {
        "surname": h["surname"].upper(),
        "given_names": h["given"].upper(),
        "document_number": k["number"],
        "nationality": nat,
        "date_of_birth": h["dob"],
        "expiry_date": k["expiry"],
        "sex": h["sex"],
        "mrz_valid": True,
    }


def passport_sheet(p, rng, visa_v=None, upper_text=None, note=None, angle=0.0, x=15, y=12):
    """Flatbed A4: the open passport (data page at the bottom of the spread), optionally the visa page below."""
    pl = [(I.passport_spread(p, rng, upper_text), x, y, angle)]
    if visa_v:
        pl.append((I.visa_page(p, visa_v, rng), x + 2, y + 188, -angle * 0.5))
    return I.sheet(pl, note=note, rng=rng)


def datapage_only(p, rng, margin=4):
    return I.crop(I.passport_datapage(p, rng), margin)


def visa_only(p, v, rng, margin=4):
    return I.crop(I.visa_page(p, v, rng), margin)


def two_sides_sheet(front, back, rng, layout="vertical"):
    if layout == "vertical":
        return I.sheet(
            [
                (front, 25, 25, (rng.random() - 0.5) * 1.5),
                (back, 25, 95, (rng.random() - 0.5) * 1.5),
            ]
        )
    return I.sheet([(front, 12, 30, 0.0), (back, 110, 30, 0.0)])


# ------------------------------------------------------------------ civil status

TITLE_GIVEN = {"DZA", "MAR", "TUN", "SEN", "MLI", "CIV", "COD", "CMR", "GBR"}


def birth_fields(p, b, has_apostille):
    """Names exactly as the certificate prints them (case included)."""
    surname = b.get("truth_surname") or b.get("bc_surname", p["surname"]).upper()
    if "truth_given" in b:
        given = b["truth_given"]
    elif b["country"] in TITLE_GIVEN:
        given = b.get("bc_given", p["given"]).title()
    else:
        given = b.get("bc_given", p["given"]).upper()
    return {
        "surname": surname,
        "given_names": given,
        "date_of_birth": p["dob"],
        "place_of_birth": b["truth_place"],
        "issuing_country": b["country"],
        "has_apostille": has_apostille,
    }


def birth(F, p, b, rng, has_apostille, notes=None):
    doc = F.doc("birth_certificate", birth_fields(p, b, has_apostille), notes)
    pages = civil.BIRTH[b["country"]](p, b, rng)
    return doc, pages


def apostille(F, a, rng, header=None, footer=None, notes=None):
    doc = F.doc("apostille", {"country": a["country"], "issued_on": a["date"]}, notes)
    return doc, civil.apostille_page(a, rng, header, footer)


def translation(F, t, rng, notes=None):
    doc = F.doc("translation", {}, notes)
    return doc, civil.translation_pages(t, rng)


# ------------------------------------------------------------------ residence


def bill(F, b, rng, notes=None, only_page2=False):
    f = {
        "provider": b["provider"],
        "service": b["service"],
        "holder_name": b["holder"],
        "issue_date": b["issue"],
        "period_start": b.get("start") if not b.get("month_only") else None,
        "period_end": b.get("end") if not b.get("month_only") else None,
    }
    if b.get("month_only"):
        f["month"] = b["start"][:7]
    doc = F.doc("utility_bill", f, notes)
    if only_page2:
        pages = housing.bill_edf(b, rng, only_page2=True)
    else:
        pages = housing.BILLS[b["provider"]](b, rng)
    return doc, pages


def lease(F, L, rng, notes=None):
    doc = F.doc(
        "lease",
        {"tenant_names": L["tenants"], "landlord": L["landlord"], "start_date": L["start"]},
        notes,
    )
    return doc, housing.lease_pages(L, rng)


def attestation(F, a, rng, typed=False, notes=None):
    doc = F.doc(
        "hosting_attestation",
        {
            "host_name": a["host_name"],
            "hosted_name": a["hosted_name"],
            "since_date": a["since"],
            "signed": a.get("signed", True),
        },
        notes,
    )
    return doc, (housing.attestation_typed(a, rng) if typed else housing.attestation_hand(a, rng))


# ------------------------------------------------------------------ money and work


def rib(F, R, rng, kind="pdf", notes=None):
    doc = F.doc("rib", {"holder_name": R["holder_name"], "iban": R["iban"], "bic": R["bic"]}, notes)
    fn = {
        "pdf": money.rib_bank_pdf,
        "slip": money.rib_cheque_slip,
        "app": money.rib_app_screen,
        "letter": money.rib_letter,
        "foreign": money.bank_details_foreign,
    }[kind]
    return doc, fn(R, rng)


def payslip(F, P, rng, notes=None):
    doc = F.doc(
        "payslip",
        {"employer": P["employer"], "employee_name": P["employee"], "period": P["month"]},
        notes,
    )
    return doc, money.payslip(P, rng)


def contract(F, K, rng, notes=None):
    doc = F.doc(
        "employment_contract",
        {
            "employer": K["employer"],
            "employee_name": K["employee_name"],
            "contract_type": K["kind"],
            "start_date": K["start"],
        },
        notes,
    )
    return doc, money.contract(K, rng)


def application_form(F, Fm, rng, notes=None):
    doc = F.doc(
        "application_form",
        {
            "surname": Fm["birth_surname"].upper(),
            "given_names": Fm["given"].upper(),
            "date_of_birth": Fm["dob"],
            "employment_status": form.EMPLOYMENT_STATUS[Fm["situation"]],
            "signed": Fm.get("signed", True),
            "signed_on": Fm.get("signed_on"),
        },
        notes,
    )
    return doc, form.form_pages(Fm, rng)


def unknown(F, pages, notes=None):
    doc = F.doc("unknown", {}, notes)
    return doc, pages
