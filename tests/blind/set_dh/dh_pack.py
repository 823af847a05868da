"""Packet writer and shared document emitters for set_dh."""

from __future__ import annotations

import json
import os
import random

import dh_bills as B
import dh_docs as D
import dh_ids as I
from dh_core import (
    Page,
    render,
    save_photo,
    save_scan,
    write_image_pdf,
    write_text_pdf,
)

REQ = [
    "application_form",
    "identity",
    "residence_status",
    "birth_certificate",
    "residence_proof",
    "bank_details",
    "employment",
]


class Packet:
    def __init__(self, out: str, name: str, seed: int):
        self.name, self.dir = name, os.path.join(out, "packets", name)
        os.makedirs(self.dir, exist_ok=True)
        self.docs: list[dict] = []
        self.seed = seed

    def rng(self, tag: str) -> random.Random:
        return random.Random(f"{self.seed}-{tag}")

    def path(self, fname):
        return os.path.join(self.dir, fname)

    def add(self, files, dtype, look, fields, notes=""):
        self.docs.append(
            {"files": files, "type": dtype, "look": look, "fields": fields, "notes": notes}
        )

    # writers
    def text_pdf(self, fname, pages):
        write_text_pdf(self.path(fname), pages)

    def image_pdf(self, fname, pages, tag):
        write_image_pdf(self.path(fname), [render(p, 150) for p in pages], 150, self.rng(tag))

    def scan(self, fname, page, tag, dpi=200):
        save_scan(self.path(fname), render(page, dpi), self.rng(tag))

    def photo(self, fname, page, tag, rot=0, dpi=200, long_side=3200):
        save_photo(self.path(fname), render(page, dpi), self.rng(tag), rot, long_side)

    def screenshot(self, fname, page):
        render(page, 254).save(self.path(fname), optimize=False)

    def truth(self, as_of, employed, reqs, defect, applicant):
        bad = [k for k in REQ if reqs[k] in ("invalid", "missing")]
        status = "incomplete" if bad else "complete"
        assert (defect is None) == (not bad) and len(bad) <= 1
        t = {
            "as_of": as_of,
            "employed": employed,
            "status": status,
            "requirements": {k: reqs[k] for k in REQ},
            "defect": defect,
            "applicant": applicant,
            "documents": self.docs,
        }
        with open(self.dir + ".truth.json", "w", encoding="utf-8") as fh:
            json.dump(t, fh, ensure_ascii=False, indent=2)


def on_a4(img_pages: list[tuple[Page, float, float, float]], dpi=400) -> Page:
    """Photocopy layout: card-sized pages pasted on a white A4 sheet."""
    a4 = Page()
    for pg, x, y, scale in img_pages:
        a4.image(x, y, pg.w * scale, pg.h * scale, render(pg, dpi))
    return a4


def mrz_fields(lines, **kw):
    assert I.verify_mrz(lines), lines
    return dict(kw, mrz_valid=True)


def passport(pk, p, fname, look, tag, rot=0):
    pg = I.passport_page(p, pk.rng(tag))
    if look == "scan":
        pk.scan(fname, on_a4([(pg, 20, 25, 1.0)]), tag)
    else:
        pk.photo(fname, pg, tag, rot, 400, 3400)
    fields = mrz_fields(
        p["mrz"],
        surname=p["surname"],
        given_names=p["given"],
        document_number=p["number"],
        nationality=p["nat"],
        issuing_country=p["country"],
        date_of_birth=p["dob"],
        sex=p["sex"],
        expiry_date=p["expiry"],
    )
    pk.add([{"path": fname, "pages": [1]}], "passport", look, fields)


def pp_labels(lang_pairs):
    keys = [
        "lab_code",
        "lab_no",
        "lab_sur",
        "lab_giv",
        "lab_nat",
        "lab_dob",
        "lab_sex",
        "lab_pob",
        "lab_iss",
        "lab_auth",
        "lab_exp",
    ]
    return dict(zip(keys, lang_pairs))


FR_LABELS = pp_labels(
    [
        "Code / Code",
        "N° du passeport / Passport No.",
        "Nom / Surname",
        "Prénoms / Given names",
        "Nationalité / Nationality",
        "Date de naissance / Date of birth",
        "Sexe / Sex",
        "Lieu de naissance / Place of birth",
        "Date de délivrance / Date of issue",
        "Autorité / Authority",
        "Date d'expiration / Date of expiry",
    ]
)


def mon(iso):
    m = ["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"]
    return f"{iso[8:10]} {m[int(iso[5:7]) - 1]} {iso[0:4]}"


def visa(pk, v, fname, tag, rot):
    lines = I.mrva(
        "FRA", v["surname"], v["given"], v["number"], v["nat"], v["dob"], v["sex"], v["until"]
    )
    assert I.verify_mrz(lines)
    vs = dict(
        v,
        mrz=lines,
        from_text=I.dmy(v["from"], "-"),
        until_text=I.dmy(v["until"], "-"),
        issued_text=I.dmy(v["issued"], "-"),
        name_line=f"{I.mrz_name(v['surname']).replace('<', ' ')}, "
        f"{I.mrz_name(v['given']).replace('<', ' ')}",
    )
    pg = I.visa_sticker(vs, pk.rng(tag))
    pk.photo(fname, pg, tag, rot, 400, 3000)
    fields = mrz_fields(
        lines,
        surname=v["surname"],
        given_names=v["given"],
        document_number=v["number"],
        nationality=v["nat"],
        issuing_country="FRA",
        date_of_birth=v["dob"],
        sex=v["sex"],
        expiry_date=v["until"],
        visa_type="D",
        vls_ts=True,
        category=v["category"],
        valid_from=v["from"],
        valid_until=v["until"],
    )
    pk.add(
        [{"path": fname, "pages": [1]}],
        "long_stay_visa",
        "phone_photo",
        fields,
        "VLS-TS sticker photographed in the passport",
    )


def permit(pk, c, fname, look, tag, rot=0):
    lines = I.td1(
        "IR",
        "FRA",
        c["number"],
        c["dob"],
        c["sex"],
        c["expiry"],
        c["nat"],
        c["surname"],
        c["given"],
    )
    assert I.verify_mrz(lines)
    c = dict(c, mrz=lines)
    c["rows"] = [
        ("NOM / SURNAME", c["surname"]),
        ("PRÉNOMS / GIVEN NAMES", c["given"]),
        (
            "SEXE  NATIONALITÉ  DATE DE NAISSANCE",
            f"{c['sex']}   {c['nat']}   {I.dmy(c['dob'], ' ')}",
        ),
        ("N° DU TITRE / DOCUMENT No", c["number"]),
        ("VALABLE JUSQU'AU / VALID UNTIL", I.dmy(c["expiry"], " ")),
        ("TYPE DE TITRE", c["kind"]),
    ]
    c["back_rows"] = [
        ("REMARQUES", c["remark"]),
        ("ADRESSE", c["addr"]),
        ("LIEU ET DATE DE DÉLIVRANCE", c["issued"]),
    ]
    front, back = I.fr_card_front(c, pk.rng(tag + "f")), I.fr_card_back(c, pk.rng(tag + "b"))
    if look == "scan":
        pk.scan(fname, on_a4([(front, 25, 30, 1.3), (back, 25, 110, 1.3)]), tag)
        files = [{"path": fname, "pages": [1]}]
    else:
        a, b = fname
        pk.photo(a, front, tag + "f", rot, 600, 3000)
        pk.photo(b, back, tag + "b", 0, 600, 3000)
        files = [{"path": a, "pages": [1]}, {"path": b, "pages": [1]}]
    fields = mrz_fields(
        lines,
        surname=c["surname"],
        given_names=c["given"],
        document_number=c["number"],
        nationality=c["nat"],
        issuing_country="FRA",
        date_of_birth=c["dob"],
        sex=c["sex"],
        expiry_date=c["expiry"],
    )
    pk.add(files, "residence_permit", look, fields, c.get("note", ""))


def rib(pk, d, fname, look, tag):
    key, iban = I.french_rib(d["bank_code"], d["branch"], d["account"])
    assert I.iban_ok(iban) and I.rib_key_ok(d["bank_code"], d["branch"], d["account"], key)
    d = dict(d, key=key, iban=iban)
    pg = D.rib_page(d, pk.rng(tag))
    if look == "text_pdf":
        pk.text_pdf(fname, [pg])
    elif look == "image_pdf":
        pk.image_pdf(fname, [pg], tag)
    else:
        pk.scan(fname, pg, tag)
    pk.add(
        [{"path": fname, "pages": [1]}],
        "rib",
        look,
        {
            "holder_name": d["holder"].removeprefix("MLLE ").removeprefix("M "),
            "iban": iban,
            "bic": d["bic"],
            "bank_name": d["bank"],
            "iban_valid": True,
            "rib_key_valid": True,
        },
    )


def bill(pk, d, fname, look, tag, fields):
    pg = B.bill_page(d, pk.rng(tag))
    if look == "text_pdf":
        pk.text_pdf(fname, [pg])
    elif look == "image_pdf":
        pk.image_pdf(fname, [pg], tag)
    else:
        pk.scan(fname, pg, tag)
    pk.add([{"path": fname, "pages": [1]}], "utility_bill", look, fields)


def form(pk, d, fname, look, tag, fields):
    pg = D.form_s1106(d, pk.rng(tag))
    if look == "text_pdf":
        pk.text_pdf(fname, [pg])
    elif look == "image_pdf":
        pk.image_pdf(fname, [pg], tag)
    elif look == "scan":
        pk.scan(fname, pg, tag)
    else:
        pk.photo(fname, pg, tag, d.get("rot", 0), 150, 3600)
    pk.add(
        [{"path": fname, "pages": [1]}],
        "application_form",
        look,
        dict(fields, signed=True, nir=None),
    )
