"""Shared helpers of the set_ct packets (MRZ-bearing documents, the form, check digits)."""

from __future__ import annotations

import form_ct as fm
import ids_ct as idc
from common_ct import (
    fit,
    fr_date,
    hand,
    mrvb,
    mrz_yymmdd,
    render_pdf,
    signature_rgba,
    td3,
    tick,
)

REQS = [
    "application_form",
    "identity",
    "residence_status",
    "birth_certificate",
    "residence_proof",
    "bank_details",
    "employment",
]
SKIN = [(120, 85, 60), (92, 62, 45), (175, 130, 100), (205, 170, 135)]


def spaced(iban):
    return " ".join(iban[i : i + 4] for i in range(0, len(iban), 4))


def siret(base13):
    for d in range(10):
        s = base13 + str(d)
        tot = 0
        for i, ch in enumerate(reversed(s)):
            v = int(ch) * (2 if i % 2 else 1)
            tot += v - 9 if v > 9 else v
        if tot % 10 == 0:
            return s
    raise AssertionError


def mrz_ok_td3(lines):
    from common_ct import mrz_cd

    l2 = lines[1]
    return (
        mrz_cd(l2[0:9]) == l2[9]
        and mrz_cd(l2[13:19]) == l2[19]
        and mrz_cd(l2[21:27]) == l2[27]
        and mrz_cd(l2[0:10] + l2[13:20] + l2[21:43]) == l2[43]
    )


def passport_dict(a, rng):
    lines = td3(
        a["code"],
        a["surname"],
        a["given"],
        a["pp_no"],
        a["code"],
        mrz_yymmdd(a["dob"]),
        a["sex"],
        mrz_yymmdd(a["pp_exp"]),
    )
    assert mrz_ok_td3(lines)
    d = dict(a["pp_print"])
    d.update(
        code=a["code"],
        number=a["pp_no"],
        mrz=lines,
        sex=a["sex"],
        skin=a["skin"],
        hair=(25, 20, 18),
        sig_name=a["sig"],
    )
    return d, lines


def pp_fields(a):
    return {
        "surname": a["surname"],
        "given_names": a["given"],
        "document_number": a["pp_no"],
        "nationality": a["code"],
        "issuing_country": a["code"],
        "date_of_birth": a["dob"],
        "sex": a["sex"],
        "expiry_date": a["pp_exp"],
        "mrz_valid": True,
    }


def visa(a, v, rng):
    lines = mrvb(
        "D",
        "FRA",
        a["surname"],
        a["given"],
        a["pp_no"],
        a["code"],
        mrz_yymmdd(a["dob"]),
        a["sex"],
        mrz_yymmdd(v["until"]),
    )
    from common_ct import mrz_cd

    assert mrz_cd(lines[1][0:9]) == lines[1][9]
    vd = {
        "serial": v["serial"],
        "skin": a["skin"],
        "hair": (25, 20, 18),
        "sex": a["sex"],
        "from_print": fr_date(v["from"]),
        "until_print": fr_date(v["until"]),
        "type": "D",
        "days": v["days"],
        "post": v["post"],
        "issued_print": fr_date(v["issued"]),
        "passport": a["pp_no"],
        "name_print": f"{a['surname']} {a['given']}",
        "remarks": v["remarks"],
        "mrz": lines,
        "entry_print": v["entry"],
    }
    img = idc.visa_sticker(vd, rng)
    fields = {
        "surname": a["surname"],
        "given_names": a["given"],
        "document_number": a["pp_no"],
        "nationality": a["code"],
        "issuing_country": "FRA",
        "date_of_birth": a["dob"],
        "sex": a["sex"],
        "expiry_date": v["until"],
        "mrz_valid": True,
        "visa_type": "D",
        "vls_ts": True,
        "category": v["category"],
        "valid_from": v["from"],
        "valid_until": v["until"],
    }
    return img, fields


# ------------------------------------------------------------------ application form
def form_hand(path_pdf, a, rng, run):
    """Blank form printed, filled in by hand (ballpoint)."""
    vals = fm.values(a)
    boxes = fm.Form(path_pdf, run, "blank", vals).build()
    pages = render_pdf(path_pdf, dpi=200)
    k = 200 / 72
    key = a.get("hand_font", "ecolier")
    ink = (25, 40, 125)
    for name, b in boxes.items():
        img = pages[b["page"] - 1]
        val = vals.get(name)
        if name == "signature":
            s = signature_rgba(a["sig"], rng, 560, 190, key=a.get("sig_font", "ruf"), color=ink)
            s = fit(s, (int((b["w"] - 40) * k), int((b["h"] - 14) * k)))
            img.paste(s, (int((b["x"] + 15) * k), int((842 - b["y"] - b["h"] + 8) * k)), s)
            continue
        if not val:
            continue
        if b.get("check"):
            tick(
                img,
                (b["x"] + 1) * k,
                (842 - b["y"] - b["h"] + 1) * k,
                (b["w"] - 1) * k,
                rng,
                ink,
                cross=True,
            )
        elif "cells" in b:
            for ch, cx in zip(str(val), b["cells"]):
                hand(img, (cx + 3.5) * k, (842 - b["y"] - 3.5) * k, ch, key, 14 * k, rng, ink)
        else:
            hand(
                img,
                (b["x"] + 5) * k,
                (842 - b["y"] - 3.5) * k,
                str(val).upper() if name in ("nom_naissance", "nom_usage") else str(val),
                key,
                14 * k,
                rng,
                ink,
            )
    return pages


def sign_pages(pages, boxes, a, rng, key="ruf"):
    b = boxes["signature"]
    k = pages[0].size[0] / 595
    s = signature_rgba(a["sig"], rng, 560, 190, key=key, color=(20, 25, 90))
    s = fit(s, (int((b["w"] - 40) * k), int((b["h"] - 16) * k)))
    pages[1].paste(s, (int((b["x"] + 15) * k), int((842 - b["y"] - b["h"] + 9) * k)), s)
    return pages


def form_fields(a):
    emp = {"salarie": "employed", "autre": "other", "independant": "other"}.get(
        a["situation"], "not_employed"
    )
    d, m, y = a["date_text"].split("/")
    return {
        "surname": a["form_surname"],
        "given_names": a["form_given"],
        "date_of_birth": a["dob"],
        "employment_status": emp,
        "signed": True,
        "signed_on": f"{y}-{m}-{d}",
        "nir": None,
    }


# ------------------------------------------------------------------ packets
