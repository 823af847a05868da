"""Blind set set_az: four whole PUMa packets (Morocco, Senegal, DR Congo, Haiti).

Usage: python generate.py OUT_DIR
"""

from __future__ import annotations

import json
import os
import random
import sys

import cv2

import docs_fr
import docs_money
import docs_world
import kit
import looks
from packets import P01, P02
from packets_b import P03, P04

cv2.setNumThreads(1)


class Writer:
    def __init__(self, out: str, name: str, seed: int):
        self.dir = os.path.join(out, "packets", name)
        os.makedirs(self.dir, exist_ok=True)
        self.seed = seed
        self.n = 0
        self.docs: list[dict] = []

    def rng(self) -> random.Random:
        self.n += 1
        return random.Random(self.seed * 1000 + self.n)

    def path(self, name):
        return os.path.join(self.dir, name)

    def doc(self, typ, look, files, fields, notes=""):
        self.docs.append(
            {
                "files": [{"path": p, "pages": pages} for p, pages in files],
                "type": typ,
                "look": look,
                "fields": fields,
                "notes": notes,
            }
        )

    # renderers -------------------------------------------------------------
    def photo(self, page, name, rotate=0, fill=0.78):
        looks.save_photo(page, self.path(name), self.rng(), rotate=rotate, fill=fill)

    def scan(self, page, name, dpi=200):
        fmt = "PNG" if name.endswith(".png") else "JPEG"
        looks.save_scan(page, self.path(name), self.rng(), dpi=dpi, fmt=fmt)

    def image_pdf(self, pages, name, dpi=150):
        looks.save_image_pdf(pages, self.path(name), self.rng(), dpi=dpi)

    def text_pdf(self, pages, name, title="", author=""):
        looks.save_text_pdf(pages, self.path(name), title=title, author=author)

    def screenshot(self, img, name):
        img.save(self.path(name), "PNG")


def on_a4(cards: list[kit.Page], scale=1.0) -> kit.Page:
    """Cards (passport page, ID card sides) photocopied onto one A4 sheet."""
    pg = kit.Page()
    y = 60
    for c in cards:
        img = kit.render(c, 300)
        w, h = c.w * scale, c.h * scale
        pg.image((kit.A4[0] - w) / 2, y, w, h, img)
        y += h + 40
    return pg


def id_fields(p, mrz_ok=True, **extra):
    f = {
        "surname": p["surname"],
        "given_names": p["given"],
        "document_number": p["number"],
        "nationality": p.get("nat", p.get("country")),
        "issuing_country": p.get("country", "FRA"),
        "date_of_birth": p["dob"],
        "sex": p["sex"],
        "expiry_date": p.get("expiry") or p.get("valid_until"),
        "mrz_valid": mrz_ok,
    }
    f.update(extra)
    return f


def build(out: str, name: str, spec: dict) -> dict:
    w = Writer(out, name, spec["seed"])
    a = spec["applicant"]
    # application form ------------------------------------------------------
    form = spec["form"]
    pages = docs_fr.cerfa(form, w.rng(), form["run"])
    files = []
    for how, fname, rot in form["files"]:
        idx = [0, 1] if how == "pdf" else [int(fname.split(":")[0])]
        fn = fname.split(":")[-1]
        if how == "pdf":
            w.image_pdf(pages, fn)
            files.append((fn, [1, 2]))
        elif how == "photo":
            w.photo(pages[idx[0]], fn, rotate=rot, fill=0.86)
            files.append((fn, [1]))
        else:
            w.scan(pages[idx[0]], fn)
            files.append((fn, [1]))
    w.doc(
        "application_form",
        form["look"],
        files,
        {
            "surname": form["surname"].upper(),
            "given_names": form["given"].upper(),
            "date_of_birth": form["dob"],
            "employment_status": "employed" if form["situation"] == "salarie" else "not_employed",
            "signed": True,
            "signed_on": form["signed_on"],
            "nir": None,
        },
        form["notes"],
    )
    # passport ----------------------------------------------------------------
    pp = spec["passport"]
    page = docs_world.passport(pp, w.rng())
    how, fn, rot = pp["out"]
    if how == "photo":
        w.photo(page, fn, rotate=rot, fill=0.7)
    else:
        w.scan(on_a4([page]), fn, dpi=300)
    w.doc("passport", pp["look"], [(fn, [1])], id_fields(pp), pp["notes"])
    # residence status ----------------------------------------------------------
    rs = spec["status_doc"]
    if rs["kind"] == "visa":
        page = docs_fr.vls_ts(rs, w.rng())
        how, fn, rot = rs["out"]
        if how == "photo":
            w.photo(page, fn, rotate=rot, fill=0.72)
        else:
            w.scan(on_a4([page]), fn, dpi=300)
        fields = id_fields(
            rs,
            issuing_country="FRA",
            expiry_date=rs["valid_until"],
            visa_type="D",
            vls_ts=True,
            category=rs["category"],
            valid_from=rs["valid_from"],
            valid_until=rs["valid_until"],
        )
        w.doc("long_stay_visa", rs["look"], [(fn, [1])], fields, rs["notes"])
    else:
        files = []
        for side, fn in (("front", rs["out"][0]), ("back", rs["out"][1])):
            w.scan(docs_fr.id1_card(rs, w.rng(), side), fn, dpi=300)
            files.append((fn, [1]))
        w.doc(
            "residence_permit", rs["look"], files, id_fields(rs, issuing_country="FRA"), rs["notes"]
        )
    # birth certificate (+ apostille / legalisation) ---------------------------------
    bc = spec["birth"]
    maker = getattr(docs_world, bc["maker"])
    bpages = [maker(bc, w.rng())]
    if bc.get("legalisation"):
        bpages.append(docs_world.legalisation_page(bc["legalisation"], w.rng()))
    ap_page = (
        docs_world.apostille_page(bc["apostille"], w.rng(), True) if bc.get("apostille") else None
    )
    how = bc["out"][0]
    if how == "pdf":
        allp = bpages + ([ap_page] if ap_page else [])
        w.image_pdf(allp, bc["out"][1])
        bfiles = [(bc["out"][1], list(range(1, len(bpages) + 1)))]
        afiles = [(bc["out"][1], [len(allp)])]
    else:
        bfiles = []
        for i, pgx in enumerate(bpages):
            fn = bc["out"][1 + i]
            if how == "photo":
                w.photo(pgx, fn, rotate=bc["out_rot"], fill=0.84)
            else:
                w.scan(pgx, fn)
            bfiles.append((fn, [1]))
        afiles = []
        if ap_page:
            fn = bc["out"][-1]
            w.scan(ap_page, fn)
            afiles = [(fn, [1])]
    w.doc("birth_certificate", bc["look"], bfiles, bc["fields"], bc["notes"])
    if ap_page:
        ap = bc["apostille"]
        w.doc(
            "apostille",
            bc["look"],
            afiles,
            {
                "country": ap["country_code"],
                "issued_on": ap["issued_on"],
                "number": ap["number"],
                "signed_by": ap["signed_by"],
            },
            "Hague model apostille, 10 numbered items, on a separate sheet stapled to the extract",
        )
    # residence proof ------------------------------------------------------------
    rp = spec["residence"]
    if rp["route"] == "lease":
        lz = rp["lease"]
        w.image_pdf(docs_money.lease_pages(lz, w.rng()), lz["file"])
        w.doc(
            "lease",
            "image_pdf",
            [(lz["file"], [1, 2])],
            {
                "tenant_names": lz["tenants"],
                "landlord": lz["landlord"],
                "address": lz["address"],
                "start_date": lz["start"],
            },
            lz["notes"],
        )
    elif rp["route"] == "bills":
        bill_pages = [docs_money.telecom_bill(b, w.rng()) for b in rp["bills"]]
        if rp["one_file"]:
            w.image_pdf(bill_pages, rp["one_file"])
        for i, (b, bp) in enumerate(zip(rp["bills"], bill_pages, strict=True)):
            if rp["one_file"]:
                fpath, pages_, look = rp["one_file"], [i + 1], "image_pdf"
            else:
                fpath, pages_, look = b["file"], [1], "text_pdf"
                w.text_pdf([bp], fpath, title=f"Facture {b['invoice']}", author=b["provider"])
            w.doc("utility_bill", look, [(fpath, pages_)], bill_fields(b), b.get("notes", ""))
    else:
        h = rp["attestation"]
        w.photo(docs_money.hosting_attestation(h, w.rng()), h["file"], rotate=h["rot"], fill=0.86)
        w.doc(
            "hosting_attestation",
            "phone_photo",
            [(h["file"], [1])],
            {
                "host_name": h["host"],
                "hosted_name": h["hosted"],
                "address": h["addr1"] + ", " + h["addr2"],
                "since_date": h["since"],
                "signed_on": h["signed_on"],
                "signed": True,
            },
            h["notes"],
        )
        hid = rp["host_id"]
        front = docs_fr.id1_card(hid, w.rng(), "front")
        back = docs_fr.id1_card(hid, w.rng(), "back")
        w.image_pdf([on_a4([front, back], 1.25)], hid["file"])
        w.doc("national_id", "image_pdf", [(hid["file"], [1])], id_fields(hid), hid["notes"])
        lz = rp["lease"]
        w.image_pdf(docs_money.lease_pages(lz, w.rng()), lz["file"])
        w.doc(
            "lease",
            "image_pdf",
            [(lz["file"], [1, 2])],
            {
                "tenant_names": lz["tenants"],
                "landlord": lz["landlord"],
                "address": lz["address"],
                "start_date": lz["start"],
            },
            lz["notes"],
        )
    # bank details -------------------------------------------------------------------
    rib = spec["rib"]
    if rib["out"] == "screenshot":
        w.screenshot(docs_money.app_rib(rib, w.rng(), rib["style"]), rib["file"])
    else:
        w.text_pdf(
            [docs_money.rib_pdf(rib, w.rng())], rib["file"], title="RIB", author=rib["bank_name"]
        )
    w.doc(
        "rib",
        rib["look"],
        [(rib["file"], [1])],
        {
            "holder_name": rib.get("holder_truth", rib["holder"]),
            "iban": rib["iban"],
            "bic": rib["bic"],
            "bank_name": rib["bank_name"],
            "iban_valid": kit.iban_ok(rib["iban"]),
            "rib_key_valid": rib.get("key_valid"),
        },
        rib["notes"],
    )
    # employment ---------------------------------------------------------------------
    emp = spec.get("employment")
    if emp and emp["kind"] == "payslip":
        pg = docs_money.payslip(emp, w.rng())
        w.text_pdf([pg], emp["file"], title="Bulletin de paie", author=emp["employer"])
        w.doc(
            "payslip",
            "text_pdf",
            [(emp["file"], [1])],
            {
                "employer": emp["employer"],
                "employee_name": emp["employee"],
                "period": emp["start"][:7],
                "net_pay": emp["net"],
                "siret": emp["siret"],
            },
            emp["notes"],
        )
    elif emp:
        w.image_pdf(docs_money.contract_pages(emp, w.rng()), emp["file"])
        w.doc(
            "employment_contract",
            "image_pdf",
            [(emp["file"], [1, 2])],
            {
                "employer": emp["employer"],
                "employee_name": emp["employee"],
                "contract_type": "CDD",
                "job_title": emp["job"],
                "start_date": emp["start"],
            },
            emp["notes"],
        )
    truth = {
        "as_of": spec["as_of"],
        "employed": spec["employed"],
        "status": spec["status"],
        "requirements": spec["requirements"],
        "defect": spec["defect"],
        "applicant": {
            "surname": a["surname"],
            "given_names": a["given"],
            "date_of_birth": a["dob"],
        },
        "documents": w.docs,
    }
    with open(os.path.join(out, "packets", name + ".truth.json"), "w", encoding="utf-8") as fh:
        json.dump(truth, fh, ensure_ascii=False, indent=2)
    return truth


def bill_fields(b):
    return {
        "provider": b["provider"],
        "service": b["service"],
        "holder_name": b["holder"].removeprefix("MME ").removeprefix("M "),
        "address": ", ".join(b["address"]),
        "issue_date": b["issue_date"],
        "period_start": b["period_start"],
        "period_end": b["period_end"],
        "amount": f"{b['amount']:.2f}",
        "month": b["period_start"][:7],
    }


def main(argv):
    if len(argv) != 2:
        print("usage: generate.py OUT_DIR", file=sys.stderr)
        return 2
    out = argv[1]
    os.makedirs(os.path.join(out, "packets"), exist_ok=True)
    os.makedirs(os.path.join(out, "documents"), exist_ok=True)
    names = []
    for name, spec in (("p01", P01), ("p02", P02), ("p03", P03), ("p04", P04)):
        build(out, name, spec)
        names.append(name)
    with open(os.path.join(out, "manifest.json"), "w", encoding="utf-8") as fh:
        json.dump({"packets": names, "documents": []}, fh, indent=2)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
