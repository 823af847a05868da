"""Build a whole packet from a compact specification."""

from __future__ import annotations

from . import cards, civil, dates, form, papers
from .build import Doc, Folder

REQS = [
    "application_form",
    "identity",
    "residence_status",
    "birth_certificate",
    "residence_proof",
    "bank_details",
    "employment",
]


def id_doc(h: dict, kind: str) -> Doc:
    if kind == "passport":
        pg, f, _ = cards.passport_page(h)
        return Doc("passport", [pg], f, card=True)
    pages, f = cards.national_id(h)
    return Doc("national_id", pages, f, card=True)


def bills(spec: dict, holder: str, address: list, seed: str) -> list[Doc]:
    out = []
    for i, ym in enumerate(spec["months"]):
        pg, f = papers.utility_bill(
            {
                "provider": spec["provider"],
                "holder": holder,
                "address": address,
                "month": ym,
                "layout": spec.get("layout"),
                "client_no": spec.get("client"),
                "seed": seed,
            }
        )
        out.append(Doc("utility_bill", [pg], f))
    return out


def build(root: str, s: dict):
    ap = s["ap"]
    docs: dict[str, Doc] = {}
    addr = ap["addr"]
    # form
    fm = dict(
        surname=ap.get("form_sur", ap["sur"]),
        usage=ap.get("usage"),
        given=ap.get("form_giv", ap["giv"]),
        dob=ap["dob"],
        sex=ap["sex"],
        pob_city=ap["pob_city"],
        pob_country=ap["pob_country_fr"],
        nationality=ap["nat_fr"],
        address=addr[0],
        cp=addr[1][:5],
        city=addr[1][6:],
        phone=ap.get("phone"),
        email=ap.get("email"),
        seed=len(s["name"]) * 7 + int(s["name"][1:]),
    )
    fm.update(s["form"])
    pages, f = form.application_form(fm)
    docs["form"] = Doc("application_form", pages, f)
    # identity
    if s.get("eu"):
        docs["id"] = id_doc(s["id"], "national_id")
    else:
        docs["id"] = id_doc(s["id"], "passport")
    st = s.get("status")
    if st and st["kind"] == "visa":
        pg, f = cards.visa_page(st)
        docs["status"] = Doc("long_stay_visa", [pg], f, card=True)
    elif st and st["kind"] == "permit":
        pages, f = cards.residence_permit(st)
        docs["status"] = Doc("residence_permit", pages, f, card=True)
    # birth
    pg, f = civil.birth_certificate(s["birth"])
    if s.get("apo"):
        f["has_apostille"] = True
    docs["birth"] = Doc("birth_certificate", [pg], f)
    if s.get("apo"):
        pg, f = civil.apostille(s["apo"])
        docs["apo"] = Doc("apostille", [pg], f)
    if s.get("trans"):
        pg, f = civil.translation(s["trans"])
        docs["trans"] = Doc(
            "translation", [pg], f, notes="sworn French translation of the birth certificate"
        )
    # residence proof
    rt = s["route"]
    if rt == "lease":
        pages, f = papers.lease(s["lease"])
        docs["lease"] = Doc("lease", pages, f)
    elif rt == "bills":
        b = s["bills"]
        for i, d in enumerate(bills(b, b.get("holder", ap["sur"]), addr, s["name"])):
            docs[f"bill{i + 1}"] = d
    elif rt == "host":
        h = s["host"]
        pg, f = papers.hosting_attestation(h["att"])
        docs["att"] = Doc("hosting_attestation", [pg], f)
        if h.get("id"):
            docs["host_id"] = id_doc(h["id"], h.get("id_kind", "national_id"))
            docs["host_id"].notes = "identity document of the host"
        if h.get("lease"):
            pages, f = papers.lease(h["lease"])
            docs["host_lease"] = Doc("lease", pages, f, notes="the host's lease")
        if h.get("bills"):
            hb = h["bills"]
            for i, d in enumerate(bills(hb, hb["holder"], addr, s["name"] + "h")):
                d.notes = "bill in the host's name"
                docs[f"hbill{i + 1}"] = d
    # bank
    bk = s["bank"]
    if bk.get("app"):
        pg, f = papers.neobank_screen(bk)
        docs["rib"] = Doc("rib", [pg], f)
    else:
        pg, f = papers.rib(bk)
        docs["rib"] = Doc("rib", [pg], f)
    # employment
    job = s.get("job")
    if job:
        if job.get("payslip"):
            pg, f = papers.payslip(job["payslip"])
            docs["payslip"] = Doc("payslip", [pg], f)
        if job.get("contract"):
            pages, f = papers.employment_contract(job["contract"])
            docs["contract"] = Doc("employment_contract", pages, f)
    # write files
    fold = Folder(root + "/packets", s["name"])
    used = set()
    for ent in s["files"]:
        if ent[0] == "bundle":
            _, keys, name, look = ent
            fold.add_bundle([docs[k] for k in keys], name, look)
            used.update(keys)
        else:
            key, look, name = ent[:3]
            opt = ent[3] if len(ent) > 3 else {}
            fold.add(docs[key], look, name, **opt)
            used.add(key)
    missing = set(docs) - used
    assert not missing, (s["name"], missing)
    req = {k: "complete" for k in REQS}
    if s.get("eu"):
        req["residence_status"] = "not_applicable"
    if not job:
        req["employment"] = "not_applicable"
    req.update(s.get("req", {}))
    status = (
        "incomplete"
        if any(v in ("invalid", "missing") for v in req.values())
        else ("questionable" if "questionable" in req.values() else "complete")
    )
    fold.truth(
        employed=bool(job),
        status=status,
        requirements=req,
        defect=s.get("defect"),
        applicant={"surname": ap["sur"], "given_names": ap["giv"], "date_of_birth": ap["dob"]},
    )
    return status


__all__ = ["build", "dates"]
