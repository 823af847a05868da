"""Builders: turn people and document parameters into Doc objects (pages + truth fields),
and the engine that writes files in their looks."""

from __future__ import annotations

import json
import os
import random

import mlayout_civil as civ
import mlayout_fr as lfr
import mlayout_id as lid
import mlayout_misc as misc
from mcommon import fr, iban_ok, month_bounds, rib_key
from mrender import (
    compose_sheet,
    jpeg_pdf,
    pdf_bytes,
    phone_photo,
    raster,
    scanner,
    to_jpeg,
    to_png,
)
from PIL import Image


class Doc:
    def __init__(self, type_, pages, fields, notes="", meta=None, acro=None):
        self.type, self.pages, self.fields, self.notes = type_, pages, fields, notes
        self.meta, self.acro = meta or {}, acro
        self.files: list[dict] = []
        self.looks: list[str] = []


# ---------------------------------------------------------------- builders
def passport(p, rng, bad=False):
    t = dict(
        p["passport"],
        surname=p["surname"],
        given_names=p["given_names"],
        dob=p["dob"],
        sex=p["sex"],
        nationality=p["nat"],
        pob=p.get("pob_pass", p["pob"]),
    )
    t.setdefault("issuing", p["nat"])
    fields = lid.id_fields(t, "passport", bad)
    return Doc("passport", lid.passport(t, rng, bad), fields, "data page")


def visa(p, v, rng, bad=False):
    t = dict(
        v,
        surname=p["surname"],
        given_names=p["given_names"],
        dob=p["dob"],
        sex=p["sex"],
        nationality=p["nat"],
        issuing="FRA",
        expiry=v["valid_until"],
        passport_no=p["passport"]["number"],
    )
    t.setdefault("remarks", lid.VISA_CAT.get(v.get("category", ""), "VLS-TS"))
    fields = lid.id_fields(t, "visa", bad)
    return Doc("long_stay_visa", lid.visa_sticker(t, rng, bad), fields, "visa sticker")


def permit(p, c, rng, bad=False):
    t = dict(
        c,
        surname=p["surname"],
        given_names=p["given_names"],
        dob=p["dob"],
        sex=p["sex"],
        nationality=p["nat"],
        issuing="FRA",
        pob=p["pob"].upper(),
        address1=p["street"].upper(),
        address2=f"{p['cp']} {p['city'].upper()}",
    )
    if c.get("recepisse"):
        return Doc(
            "residence_permit",
            lid.recepisse(t, rng),
            lid.id_fields(t, "recepisse"),
            "récépissé, no MRZ",
        )
    return Doc(
        "residence_permit",
        lid.residence_card(t, rng, bad),
        lid.id_fields(t, "permit", bad),
        "titre de séjour card, front and back",
    )


def idcard(p, c, rng, bad=False):
    t = dict(
        c,
        surname=p["surname"],
        given_names=p["given_names"],
        dob=p["dob"],
        sex=p["sex"],
        nationality=p["nat"],
        pob=p["pob"].upper(),
    )
    return Doc(
        "national_id",
        lid.id_card(t, rng, bad),
        lid.id_fields(t, "id", bad),
        "ID card, front and back",
    )


def birth(b, rng, has_apostille):
    bc = civ.BC[b["country"]]
    fields = dict(
        surname=b["surname"],
        given_names=b["given_names"],
        date_of_birth=b["dob"],
        place_of_birth=b["place"],
        issuing_country=b["country"],
        language=bc["lang"],
        has_apostille=has_apostille,
    )
    return Doc("birth_certificate", civ.birth_certificate(b, rng), fields, b.get("notes", ""))


def apostille(a, rng):
    fields = dict(
        country=a["country"], issued_on=a["issued_on"], number=a["number"], signed_by=a["official"]
    )
    return Doc(
        "apostille",
        civ.apostille(a, rng),
        fields,
        f"item 2 (signer of the public document): {a['signer']}; signed_by = the "
        "apostille's own signatory (item 10)",
    )


def translation(t, rng):
    fields = dict(
        source_language=t["src"],
        translator=t["translator"],
        of="birth_certificate",
        surname=t.get("surname_latin", t["b"]["surname"]),
        given_names=t.get("given_latin", t["b"]["given_names"]),
        date_of_birth=t["b"]["dob"],
    )
    return Doc("translation", civ.translation(t, rng), fields, "sworn translation into French")


def bill(b, rng, screen=False):
    if b.get("month"):
        b["start"], b["end"] = month_bounds(b["month"])
    P = lfr.PROVIDERS[b["provider"]]
    fields = dict(
        provider=b["provider"],
        service=b.get("service", P["service"]),
        holder_name=b["holder"],
        address=", ".join(b["addr"]),
        issue_date=b["issue"],
        period_start=b["start"],
        period_end=b["end"],
        amount=b["amount"],
    )
    if b.get("month"):
        fields["month"] = b["month"]
    pages = lfr.bill_screen(b, rng) if screen else lfr.bill(b, rng)
    return Doc(
        "utility_bill",
        pages,
        fields,
        "app screen" if screen else "",
        meta=dict(
            title=f"Facture {b['provider']} {b['invoice']}",
            author=b["provider"],
            creator="Exstream",
            producer="Exstream Output Server",
        ),
    )


def lease(le, rng):
    le.setdefault("tenants_print", le["tenants"])
    fields = dict(
        tenant_names=le["tenants"],
        landlord=le["landlord"],
        address=", ".join(le["address"]),
        start_date=le["start"],
    )
    return Doc(
        "lease",
        lfr.lease(le, rng),
        fields,
        le.get("notes", ""),
        meta=dict(title="Bail", creator="Microsoft Word"),
    )


def attestation(a, rng):
    fields = dict(
        host_name=a["host"],
        hosted_name=a["hosted"],
        address=", ".join(a["address"]),
        since_date=a["since"],
        signed_on=a["signed_on"],
        signed=a.get("signed", True),
    )
    return Doc(
        "hosting_attestation",
        lfr.attestation(a, rng),
        fields,
        "handwritten" if a.get("hand") else "typed",
    )


def payslip(p, rng):
    fields = dict(
        employer=p["employer"],
        employee_name=p["employee"],
        period=p["period"],
        net_pay=p["net"],
        siret=p["siret"],
    )
    return Doc(
        "payslip",
        lfr.payslip(p, rng),
        fields,
        "",
        meta=dict(title=f"Bulletin {p['period']}", creator="Silae", producer="Silae"),
    )


def contract(c, rng):
    c.setdefault("employee_print", c["employee"])
    fields = dict(
        employer=c["employer"],
        employee_name=c["employee"],
        contract_type=c["ctype"],
        job_title=c["job"],
        start_date=c["start"],
    )
    return Doc(
        "employment_contract",
        lfr.contract(c, rng),
        fields,
        "",
        meta=dict(title="Contrat de travail", creator="Microsoft Word"),
    )


def rib(r, rng, kind="paper"):
    iban = r["iban"]
    fr_ = iban.startswith("FR")
    key_ok = None
    if fr_ and r.get("account"):
        key_ok = rib_key(r["bank_code"], r["branch"], r["account"]) == r["key"]
    elif fr_:
        bb = iban[4:]
        key_ok = rib_key(bb[:5], bb[5:10], bb[10:21]) == bb[21:]
    fields = dict(
        holder_name=r["holder"],
        iban=iban,
        bic=r["bic"],
        bank_name=r["bank_name"],
        iban_valid=iban_ok(iban),
        rib_key_valid=key_ok,
    )
    fn = {"paper": misc.rib_paper, "self": misc.rib_selfmade, "screen": misc.rib_screen}[kind]
    return Doc(
        "rib",
        fn(r, rng),
        fields,
        r.get("notes", ""),
        meta=dict(title="RIB", author=r["bank_name"], producer="iText"),
    )


def form(p, f, rng, run, fill, appearance=True):
    f = dict(f)
    for k in ("surname", "given_names", "sex", "dob"):
        f.setdefault(k, p[k])
    f.setdefault("addr", p["street"].upper() if fill == "hand" else p["street"])
    f.setdefault("cp", p["cp"])
    f.setdefault("city", p["city"])
    f.setdefault("phone", p.get("phone", ""))
    f.setdefault("email", p.get("email", ""))
    f.setdefault("place", p["city"])
    f.setdefault("pob", p["pob"])
    sit = f.get("situation") or ""
    emp = None
    if sit and "+" not in sit:
        emp = {"salarie": "employed", "independant": "employed"}.get(
            sit,
            "not_employed" if sit in ("sans_activite", "etudiant", "demandeur_emploi") else "other",
        )
    fields = dict(
        surname=f["surname"],
        usage_name=f.get("usage_name"),
        given_names=f["given_names"],
        sex=f["sex"],
        date_of_birth=f["dob"],
        employment_status=emp,
        situation=sit or None,
        contract_type=f.get("contract_type") if sit == "salarie" else None,
        signed=bool(f.get("signed")),
        signed_on=f.get("signed_on"),
        date_text=f.get("date_text") or None,
        place=f["place"],
        nir=None,
    )
    pages = misc.form(f, rng, run, {"hand": "hand", "typed": "typed", "acro": "acro"}[fill])
    acro = misc.acro_cb(appearance) if fill == "acro" else None
    notes = f"cerfa 15763*02, print run {'AB'[run]}, filled {fill}"
    meta = dict(
        title="S1106 Demande d'ouverture des droits",
        creator="ameli.fr",
        no_ap=fill == "acro" and not appearance,
    )
    return Doc("application_form", pages, fields, notes, acro=acro, meta=meta)


def other(kind, q, rng):
    fn = {"quittance": misc.quittance, "insurance": misc.insurance, "caf": misc.caf_letter}[kind]
    return Doc("unknown", fn(q, rng), {}, kind)


# ---------------------------------------------------------------- engine
def write_files(out: str, files: list[dict], seed: str):
    """files: dicts {path, look, pages: [[(doc, page_idx, rot), ...], ...], opts}.
    Each output page holds one A4 page or one or more card pages (photocopy sheet)."""
    os.makedirs(out, exist_ok=True)
    for fi, f in enumerate(files):
        rng = random.Random(f"{seed}/{f['path']}")
        look, path = f["look"], os.path.join(out, f["path"])
        out_pages = f["pages"]
        for pno, slot in enumerate(out_pages, start=1):
            for doc, pi, _rot in slot:
                ent = next((e for e in doc.files if e["path"] == f["path"]), None)
                if ent is None:
                    doc.files.append({"path": f["path"], "pages": [], "_pi": []})
                    ent = doc.files[-1]
                if pno not in ent["pages"]:
                    ent["pages"].append(pno)
                    ent["_pi"].append(pi)
                if look not in doc.looks:
                    doc.looks.append(look)
        if look == "text_pdf":
            pages = [doc.pages[pi] for slot in out_pages for doc, pi, _ in slot]
            doc0 = out_pages[0][0][0]
            data = pdf_bytes(pages, doc0.meta, doc0.acro)
            if doc0.meta.get("no_ap"):
                data = strip_appearances(data)
        elif look == "screenshot":
            doc, pi, _ = out_pages[0][0]
            data = to_png(raster(doc.pages[pi], lfr.SCREEN_DPI))
        else:
            imgs = [_page_image(slot, look, rng, f) for slot in out_pages]
            if look == "image_pdf":
                jp = []
                for im in imgs:
                    jp.append((to_jpeg(im, rng.randint(60, 82)), im.width, im.height))
                data = jpeg_pdf(
                    jp,
                    producer=rng.choice(
                        ["HP Scan", "Canon ScanGear", "EPSON Scan", "Xerox WorkCentre"]
                    ),
                )
            elif path.lower().endswith(".png"):
                data = to_png(imgs[0])
            else:
                data = to_jpeg(imgs[0], rng.randint(78, 92))
        with open(path, "wb") as fh:
            fh.write(data)


def strip_appearances(data: bytes) -> bytes:
    """Fillable PDF saved by a viewer that leaves appearance streams to the reader."""
    import io

    import pikepdf

    with pikepdf.open(io.BytesIO(data)) as pdf:
        for fld in pdf.Root.AcroForm.Fields:
            if "/AP" in fld:
                del fld["/AP"]
        pdf.Root.AcroForm.NeedAppearances = True
        buf = io.BytesIO()
        pdf.save(buf, deterministic_id=True)
    return buf.getvalue()


def _page_image(slot, look, rng, f) -> Image.Image:
    cards = [(doc.pages[pi], rot) for doc, pi, rot in slot if doc.pages[pi].card]
    if look == "phone_photo":
        if len(slot) == 1 and cards:
            im = raster(cards[0][0], rng.uniform(500, 700))
            return phone_photo(im, rng, f.get("rotate"), fill=rng.uniform(0.5, 0.7))
        if cards:
            im = compose_sheet(cards, rng, 150)
        else:
            doc, pi, _ = slot[0]
            im = raster(doc.pages[pi], rng.uniform(130, 170))
        return phone_photo(im, rng, f.get("rotate"))
    dpi = f.get("dpi") or rng.choice([150, 200, 200, 300] if look == "scan" else [150, 200])
    if cards:
        if f.get("crop") and len(cards) == 1:
            im = raster(cards[0][0], 300)
        else:
            im = compose_sheet(cards, rng, dpi)
    else:
        doc, pi, _ = slot[0]
        im = raster(doc.pages[pi], dpi)
    return scanner(im, rng, grey=look == "image_pdf" or rng.random() < 0.5)


def truth_doc(doc: Doc) -> dict:
    look = doc.looks[0]
    files = []
    for e in sorted(doc.files, key=lambda e: min(e["_pi"])):
        order = sorted(zip(e["_pi"], e["pages"]))
        files.append({"path": e["path"], "pages": [pno for _, pno in order]})
    return {
        "files": files,
        "type": doc.type,
        "look": look,
        "fields": doc.fields,
        "notes": doc.notes,
    }


def write_truth(path: str, truth: dict):
    with open(path, "w", encoding="utf-8") as fh:
        json.dump(truth, fh, ensure_ascii=False, indent=1)
        fh.write("\n")


def one(doc, pi=0, rot=0):
    return [(doc, pi, rot)]


def fdate(s):
    return fr(s)
