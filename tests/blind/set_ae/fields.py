"""Truth field builders (report contract field names)."""


def id_fields(p, kind):
    if kind == "passport":
        d = p["passport"]
        return {
            "surname": p["surname"].upper(),
            "given_names": p["given"].upper(),
            "document_number": d["number"],
            "nationality": p["nat"],
            "issuing_country": p["nat"],
            "date_of_birth": p["dob"],
            "sex": p["sex"],
            "expiry_date": d["expiry"],
            "mrz_valid": True,
        }
    if kind == "visa":
        v = p["visa"]
        return {
            "surname": p["surname"].upper(),
            "given_names": p["given"].upper(),
            "document_number": v["number"],
            "nationality": p["nat"],
            "issuing_country": "FRA",
            "date_of_birth": p["dob"],
            "sex": p["sex"],
            "expiry_date": v["until"],
            "mrz_valid": True,
            "visa_type": "D",
            "vls_ts": True,
            "category": v["remark"],
            "valid_from": v["from"],
            "valid_until": v["until"],
        }
    r = p["permit"]
    return {
        "surname": p["surname"].upper(),
        "given_names": p["given"].upper(),
        "document_number": r["number"],
        "nationality": p["nat"],
        "issuing_country": "FRA",
        "date_of_birth": p["dob"],
        "sex": p["sex"],
        "expiry_date": r["expiry"],
        "mrz_valid": True,
    }


def birth_fields(p):
    b = p["birth"]
    return {
        "surname": b["t_surname"],
        "given_names": b["t_given"],
        "date_of_birth": b["dob"],
        "place_of_birth": b["t_place"],
        "issuing_country": p["nat"],
        "language": b["language"],
        "has_apostille": True,
    }


def apo_fields(a):
    return {
        "country": a["country"],
        "issued_on": a["issued_on"],
        "number": a["number"],
        "signed_by": a["signed_by"],
    }


def bill_fields(b):
    return {
        "provider": b["provider"],
        "service": b["service"],
        "holder_name": b["t_holder"],
        "address": ", ".join(b["addr"]),
        "issue_date": b["issue"],
        "period_start": b["start"],
        "period_end": b["end"],
        "amount": b["amount"],
        "month": b["start"][:7],
    }


def rib_fields(r):
    return {
        "holder_name": r["t_holder"],
        "iban": r["iban"],
        "bic": r["bic"],
        "bank_name": r["bank_name"],
        "iban_valid": True,
        "rib_key_valid": True if r["iban"].startswith("FR") else None,
    }


def form_fields(v, employed):
    return {
        "surname": v["surname"].upper(),
        "given_names": v["given"].upper(),
        "date_of_birth": v["dob"],
        "employment_status": "employed" if employed else "not_employed",
        "signed": v["signed"],
        "signed_on": v["signed_on"],
        "nir": None,
    }


def payslip_fields(s):
    return {
        "employer": s["employer"],
        "employee_name": s["t_employee"],
        "period": s["start"][:7],
        "net_pay": s["net_value"],
        "siret": s["siret"].replace(" ", ""),
    }


def contract_fields(c):
    return {
        "employer": c["employer"],
        "employee_name": c["t_employee"],
        "contract_type": c["type"],
        "job_title": c["job"],
        "start_date": c["start"],
    }
