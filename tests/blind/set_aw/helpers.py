"""Shared helpers for the packet builders (truth fields, passports, visas)."""

import ids
from core import signature_image
from frdocs import dfr


def luhn_siret(prefix13):
    for d in range(10):
        s = prefix13 + str(d)
        tot = 0
        for i, c in enumerate(reversed(s)):
            v = int(c) * (2 if i % 2 else 1)
            tot += v - 9 if v > 9 else v
        if tot % 10 == 0:
            return s
    raise ValueError


def passport_fields(sur, giv, num, nat, dob, sex, exp, mrz, ok=True):
    return {
        "surname": sur,
        "given_names": giv,
        "document_number": num,
        "nationality": nat,
        "issuing_country": nat,
        "date_of_birth": dob,
        "sex": sex,
        "expiry_date": exp,
        "mrz_valid": ok,
    }


def visa_for(pk, a, num, frm, until, issued, issued_in, remarks, seed):
    mrz = ids.mrva("FRA", a["sur"], a["giv"], num, a["nat"], a["dob"], a["sex"], until)
    v = {
        "number": num,
        "from_txt": dfr(frm),
        "until_txt": dfr(until),
        "days": "365",
        "issued_in": issued_in,
        "issued_txt": dfr(issued),
        "passport": a["pp_num"],
        "name_line": f"{a['sur']}, {a['giv']}",
        "remarks": remarks,
        "mrz": mrz,
    }
    img = ids.visa_sticker(v, seed)
    fields = passport_fields(a["sur"], a["giv"], num, a["nat"], a["dob"], a["sex"], until, mrz)
    fields.update(
        {
            "issuing_country": "FRA",
            "visa_type": "D",
            "vls_ts": True,
            "category": remarks,
            "valid_from": frm,
            "valid_until": until,
        }
    )
    return img, fields


def passport_img(a, country_title, doc_title, labels, style, seed, skin=None):
    mrz = ids.td3(
        "P", a["nat"], a["sur"], a["giv"], a["pp_num"], a["nat"], a["dob"], a["sex"], a["pp_exp"]
    )
    f = ids.fmt_date
    fields = [
        (labels[0], a["sur"], 0, 0),
        (labels[1], a["giv"], 0, 1),
        (labels[2], a["nat_txt"], 0, 2),
        (labels[3], f(a["dob"], style), 0, 3),
        (labels[4], a["sex"], 1, 3),
        (labels[5], a["pob_pp"], 0, 4),
        (labels[6], f(a["pp_iss"], style), 0, 5),
        (labels[7], f(a["pp_exp"], style), 1, 5),
        (labels[8], a["pp_auth"], 0, 6),
        (labels[9], a["pp_num"], 1, 0),
    ]
    p = {
        "country_title": country_title,
        "doc_title": doc_title,
        "fields": fields,
        "mrz": mrz,
        "skin": skin,
        "signature": signature_image(a["sig"], seed + 50),
    }
    return ids.passport_page(p, seed), passport_fields(
        a["sur"], a["giv"], a["pp_num"], a["nat"], a["dob"], a["sex"], a["pp_exp"], mrz
    )


def form_dict(a, extra):
    d = {
        "surname": a["sur"],
        "given": a["giv"],
        "sex": a["sex"],
        "dob": a["dob"],
        "sig_name": a["sig"],
    }
    d.update(extra)
    return d


def form_fields(a, situation, place, signed_on, date_txt):
    emp = {"salarie": "employed", "sans_activite": "not_employed"}[situation]
    return {
        "surname": a["sur"],
        "given_names": a["giv"],
        "date_of_birth": a["dob"],
        "employment_status": emp,
        "signed": True,
        "signed_on": signed_on,
        "nir": None,
        "situation": situation,
        "place": place,
        "date_text": date_txt,
    }


def rib_fields(holder, iban, bic, bank, key_ok=True):
    return {
        "holder_name": holder,
        "iban": iban,
        "bic": bic,
        "bank_name": bank,
        "iban_valid": ids.iban_ok(iban),
        "rib_key_valid": key_ok,
    }
