"""Truth-field helpers shared by the packet builders."""

from datetime import date

FMT_DMY = lambda d: d.strftime("%d/%m/%Y")  # noqa: E731
FMT_DOT = lambda d: d.strftime("%d.%m.%Y")  # noqa: E731


def fmt_en(d):
    return (
        d.strftime("%d ")
        + "JAN FEB MAR APR MAY JUN JUL AUG SEP OCT NOV DEC".split()[d.month - 1]
        + d.strftime(" %Y")
    )


def iso(d):
    return d.isoformat() if d else None


def id_fields(p, number, nat, issuer, expiry):
    return {
        "surname": p["surname"],
        "given_names": p["given"],
        "document_number": number,
        "nationality": nat,
        "issuing_country": issuer,
        "date_of_birth": iso(p["dob"]),
        "sex": p["sex"],
        "expiry_date": iso(expiry),
        "mrz_valid": True,
    }


def visa_fields(p, v):
    f = id_fields(p, v["number"], p["nat"], "FRA", v["until"])
    f.update(
        visa_type="D",
        vls_ts=True,
        category=v["remarks"][0].replace("VLS-TS ", ""),
        valid_from=iso(v["from"]),
        valid_until=iso(v["until"]),
    )
    return f


def form_fields(f):
    return {
        "surname": f["surname"],
        "given_names": f["given"],
        "date_of_birth": iso(f["dob"]),
        "employment_status": "employed" if "salarie" in f["situation"] else "not_employed",
        "signed": f["signed"],
        "signed_on": iso(f["signed_on"]),
        "nir": None,
    }


def bill_fields(b, service):
    return {
        "provider": b["provider_name"],
        "service": service,
        "holder_name": b["holder_clean"],
        "address": ", ".join(b["address"]),
        "issue_date": iso(b["issue"]),
        "period_start": iso(b["start"]),
        "period_end": iso(b["end"]),
        "amount": b["amount"],
        "month": b["start"].strftime("%Y-%m"),
    }


def month_end(y, m):
    nxt = date(y + (m == 12), m % 12 + 1, 1)
    return date.fromordinal(nxt.toordinal() - 1)


def monthly_bills(base, months, rng, total_fn):
    out = []
    for i, (y, m) in enumerate(months):
        b = dict(base)
        b["start"], b["end"] = date(y, m, 1), month_end(y, m)
        b["issue"] = date(y + (m == 12), m % 12 + 1, base["issue_day"])
        b["number"] = f"{base['num_prefix']}{rng.randint(10**7, 10**8 - 1)}"
        b["lines"], b["amount"] = total_fn(i, rng)
        out.append(b)
    return out


def rib_fields(holder, ib, bic, bank, key_ok=True):
    return {
        "holder_name": holder,
        "iban": ib,
        "bic": bic,
        "bank_name": bank,
        "iban_valid": True,
        "rib_key_valid": key_ok if ib.startswith("FR") else None,
    }


def truth(as_of, employed, p, docs, defect=None, bad=None):
    req = {
        k: "complete"
        for k in [
            "application_form",
            "identity",
            "residence_status",
            "birth_certificate",
            "residence_proof",
            "bank_details",
            "employment",
        ]
    }
    if not employed:
        req["employment"] = "not_applicable"
    if bad:
        req[bad[0]] = bad[1]
    return {
        "as_of": as_of,
        "employed": employed,
        "status": "incomplete" if bad else "complete",
        "requirements": req,
        "defect": defect,
        "applicant": {
            "surname": p["surname"],
            "given_names": p["given"],
            "date_of_birth": iso(p["dob"]),
        },
        "documents": docs,
    }
