"""Shared helpers for the packets of set_da: truth records, form drawing, passport booklet."""

from __future__ import annotations

import docs_id as di
import form
from draw import (
    RasterPage,
)

ALL_COMPLETE = dict.fromkeys(
    [
        "application_form",
        "identity",
        "residence_status",
        "birth_certificate",
        "residence_proof",
        "bank_details",
        "employment",
    ],
    "complete",
)


def iso(d):
    return d.isoformat() if d else None


def mrz_fields(p, number, expiry, ok=True):
    return {
        "surname": p["surname"],
        "given_names": p["given"],
        "document_number": number,
        "nationality": p["nat"],
        "issuing_country": p.get("issuer", p["nat"]),
        "date_of_birth": iso(p["dob"]),
        "sex": p["sex"],
        "expiry_date": iso(expiry),
        "mrz_valid": ok,
    }


def form_fields(v, employed, signed_on):
    return {
        "surname": v["surname"],
        "usage_name": v["usage"] or None,
        "given_names": v["given"],
        "date_of_birth": iso(v["dob"]),
        "employment_status": "employed" if employed else "not_employed",
        "signed": True,
        "signed_on": iso(signed_on),
        "nir": None,
    }


def doc(files, typ, look, fields, notes=""):
    return {
        "files": [{"path": f, "pages": pg} for f, pg in files],
        "type": typ,
        "look": look,
        "fields": fields,
        "notes": notes,
    }


def draw_form(run, v, rng, way, dpi=200, hfont="h-dkg", hand_date=False):
    pages = []
    for fn in (form.page1, form.page2):
        pg = RasterPage(210, 297, dpi)
        sl = fn(pg, run, v)
        form.fill(pg, sl, rng, way, hfont=hfont, hand_date=hand_date)
        pages.append(pg.im)
    return pages


def booklet(rng, data_page):
    """Open passport: an upper visa page above the data page."""
    pg = RasterPage(125, 176, 300, "#efe9e0")
    di.guilloche(pg, rng, 0, 0, 125, 88, "#e3d8c8", 14)
    pg.line(0, 88, 125, 88, color="#b8ae9f", lw=0.5)
    pg.image(data_page, 0, 88, 125, 88)
    return pg.im
