"""Writing files in their looks, and truth helpers."""

from __future__ import annotations

import os

from PIL import Image

from cx_common import (
    image_pdf,
    pdf_bytes,
    photo_look,
    raster,
    save_jpeg,
    scan_look,
    signature,
)

PT = 200 / 72.0


def px(x, y, page_h=841.89):
    return x * PT, (page_h - y) * PT


def text_pdf(pdir, name, build):
    data = pdf_bytes(build)
    with open(os.path.join(pdir, name), "wb") as fh:
        fh.write(data)
    return data


def pages_of(build):
    return raster(pdf_bytes(build), 200)


def as_image_pdf(pdir, name, pages, rng):
    image_pdf(pages, os.path.join(pdir, name), rng)


def as_scan(pdir, name, img, rng, dpi_out=200, q=85):
    s = scan_look(img, rng, 200, dpi_out)
    if name.endswith(".png"):
        s.save(os.path.join(pdir, name), optimize=False)
    else:
        save_jpeg(s, os.path.join(pdir, name), q)


def as_photo(pdir, name, img, rng, rot=0, fill=0.8, long_side=3264):
    p = photo_look(img, rng, long_side, rot, fill)
    save_jpeg(p, os.path.join(pdir, name), 88)


def as_png(pdir, name, img: Image.Image):
    img.save(os.path.join(pdir, name), optimize=False)


def sign_at(img, x0, y_top, x1, y_bot, rng, color=(15, 25, 90)):
    """Signature in a box given in points (x0, y_top) - (x1, y_bot)."""
    a, b = px(x0, y_top)
    c, d = px(x1, y_bot)
    signature(img, (a, b, c, d), rng, color)


def doc(files, typ, look, fields, notes=""):
    return {"files": files, "type": typ, "look": look, "fields": fields, "notes": notes}


def f1(path, pages=(1,)):
    return {"path": path, "pages": list(pages)}


def id_fields(surname, given, number, nat, issuing, dob, sex, expiry, mrz_valid=True):
    return {
        "surname": surname,
        "given_names": given,
        "document_number": number,
        "nationality": nat,
        "issuing_country": issuing,
        "date_of_birth": dob,
        "sex": sex,
        "expiry_date": expiry,
        "mrz_valid": mrz_valid,
    }


def truth(as_of, employed, status, reqs, defect, applicant, docs):
    order = [
        "application_form",
        "identity",
        "residence_status",
        "birth_certificate",
        "residence_proof",
        "bank_details",
        "employment",
    ]
    assert set(reqs) == set(order)
    bad = [k for k in order if reqs[k] in ("invalid", "missing")]
    assert (status == "incomplete") == bool(bad) and len(bad) <= 1
    assert (defect is None) == (not bad)
    return {
        "as_of": as_of,
        "employed": employed,
        "status": status,
        "requirements": {k: reqs[k] for k in order},
        "defect": defect,
        "applicant": applicant,
        "documents": docs,
    }


def luhn_ok(num: str) -> bool:
    s = 0
    for i, ch in enumerate(reversed(num)):
        v = int(ch) * (2 if i % 2 else 1)
        s += v - 9 if v > 9 else v
    return s % 10 == 0


def siret(siren8: str, nic4: str) -> str:
    """SIREN from 8 digits + Luhn digit, then a NIC making the SIRET Luhn-valid."""
    siren = next(siren8 + str(k) for k in range(10) if luhn_ok(siren8 + str(k)))
    out = next(siren + nic4 + str(k) for k in range(10) if luhn_ok(siren + nic4 + str(k)))
    assert len(out) == 14 and luhn_ok(out)
    return out
