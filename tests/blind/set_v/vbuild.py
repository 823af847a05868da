"""Builders: render one document in one look, write its files, return its truth entry."""

from __future__ import annotations

import json
import random
from pathlib import Path

import vdocs_civil as C
import vdocs_form
import vdocs_fr as F
import vdocs_id as I
from reportlab.lib.pagesizes import A4
from vcore import (
    HANDS,
    INKS,
    fr,
    fr_iban,
    iban_ok,
    make_pdf,
    on_a4,
    phone_photo,
    raster,
    save_image_pdf,
    save_jpeg,
    scanned,
    to_size,
)


class Unit:
    """A packet or a single-document folder."""

    def __init__(self, root: Path, kind: str, name: str, seed: int):
        self.dir = root / kind / name
        self.dir.mkdir(parents=True, exist_ok=True)
        self.truth_path = root / kind / f"{name}.truth.json"
        self.rng = random.Random(seed)
        self.docs: list[dict] = []

    def add(self, files, dtype, look, fields, notes=""):
        self.docs.append(
            {"files": files, "type": dtype, "look": look, "fields": fields, "notes": notes}
        )

    def write(self, **top):
        truth = dict(top)
        truth["documents"] = self.docs
        self.truth_path.write_text(json.dumps(truth, ensure_ascii=False, indent=2) + "\n")


def emit(
    u: Unit,
    look: str,
    names: list[str],
    pdf: bytes | None = None,
    imgs=None,
    card: bool = False,
    rot=None,
) -> list[dict]:
    """Write the pages of one document in a look. names: one per file."""
    rng = u.rng
    if look == "text_pdf":
        (u.dir / names[0]).write_bytes(pdf)
        n = len(raster(pdf, 20))
        return [{"path": names[0], "pages": list(range(1, n + 1))}]
    if imgs is None:
        imgs = raster(pdf, 200 if look != "phone_photo" else 230)
    if look == "image_pdf":
        pages = [scanned(on_a4(im, rng, card_mm=im.card_mm) if card else im, rng) for im in imgs]
        save_image_pdf(pages, u.dir / names[0], rng)
        return [{"path": names[0], "pages": list(range(1, len(pages) + 1))}]
    out = []
    for i, im in enumerate(imgs):
        name = names[min(i, len(names) - 1)]
        if look == "scan":
            page = on_a4(im, rng, card_mm=im.card_mm) if card else im
            page = scanned(page, rng)
            if name.endswith(".png"):
                page.convert("L" if rng.random() < 0.5 else "RGB").save(u.dir / name)
            else:
                save_jpeg(page, u.dir / name, rng.randint(80, 92), dpi=200)
        elif look == "phone_photo":
            save_jpeg(phone_photo(im, rng, rot), u.dir / name, rng.randint(82, 92))
        elif look == "screenshot":
            im.save(u.dir / name)
        out.append({"path": name, "pages": [1]})
    return out


def _card(img, width_mm):
    img.card_mm = width_mm
    return img


# ---------------------------------------------------------------- identity
def id_fields(p, nat, mrz_ok=True):
    return {
        "surname": p["surname"],
        "given_names": p["given"],
        "document_number": p["number"],
        "nationality": nat,
        "issuing_country": p["cc"],
        "date_of_birth": p["dob"],
        "sex": p["sex"],
        "expiry_date": p["expiry"],
        "mrz_valid": mrz_ok,
    }


def passport(u, p, look, names, notes=""):
    img = _card(I.passport_image(p, u.rng), 125)
    files = emit(u, look, names, imgs=[img], card=True)
    u.add(files, "passport", look, id_fields(p, p["cc"]), notes)
    return p


def passport_and_visa(u, p, v, look, names):
    """Passport data page and the visa sticker page scanned as one two-page file or two files."""
    pimg = _card(I.passport_image(p, u.rng), 125)
    vimg = _card(I.visa_image(v, u.rng), 120)
    if look == "image_pdf":
        files = emit(u, look, names, imgs=[pimg, vimg], card=True)
        pf, vf = (
            [{"path": files[0]["path"], "pages": [1]}],
            [{"path": files[0]["path"], "pages": [2]}],
        )
    else:
        pf = emit(u, look, names[:1], imgs=[pimg], card=True)
        vf = emit(u, look, names[1:], imgs=[vimg], card=True)
    u.add(pf, "passport", look, id_fields(p, p["cc"]))
    u.add(vf, "long_stay_visa", look, visa_fields(v))


def visa_fields(v):
    return {
        "surname": v["surname"],
        "given_names": v["given"],
        "document_number": v["number"],
        "nationality": v["nat"],
        "issuing_country": "FRA",
        "date_of_birth": v["dob"],
        "sex": v["sex"],
        "expiry_date": v["valid_until"],
        "mrz_valid": True,
        "visa_type": v["visa_type"],
        "vls_ts": v["vls_ts"],
        "category": v["category"],
        "valid_from": v["valid_from"],
        "valid_until": v["valid_until"],
    }


def visa(u, v, look, names):
    img = _card(I.visa_image(v, u.rng), 120)
    files = emit(u, look, names, imgs=[img], card=True)
    u.add(files, "long_stay_visa", look, visa_fields(v))


def two_sided(u, imgs, look, names, dtype, fields, notes=""):
    f, b = imgs
    if look in ("scan", "image_pdf") and len(names) == 1:
        f.card_mm = b.card_mm = 86
        if look == "scan":
            from vcore import on_a4 as _on

            page = scanned(_on(f, u.rng, card_mm=86, extra=b), u.rng)
            save_jpeg(page, u.dir / names[0], 88, dpi=200)
            files = [{"path": names[0], "pages": [1]}]
        else:
            page = scanned(on_a4(f, u.rng, card_mm=86, extra=b), u.rng)
            save_image_pdf([page], u.dir / names[0], u.rng)
            files = [{"path": names[0], "pages": [1]}]
    else:
        files = emit(u, look, names, imgs=[_card(f, 86), _card(b, 86)], card=True)
    u.add(files, dtype, look, fields, notes)


def titre(u, t, look, names, notes=""):
    imgs = I.titre_images(t, u.rng)
    fields = id_fields(t, t["nat"])
    fields["issuing_country"] = "FRA"
    two_sided(u, imgs, look, names, "residence_permit", fields, notes)


def id_card(u, p, look, names, notes=""):
    imgs = I.id_card_images(p, u.rng)
    two_sided(u, imgs, look, names, "national_id", id_fields(p, p["cc"]), notes)


# ---------------------------------------------------------------- civil status
def birth(u, b, look, names, fields, apo=None, apo_fields=None, together=True):
    pdf_b = make_pdf(C.birth_certificate, A4, b=b, rng=u.rng)
    if apo is None:
        files = emit(u, look, names, pdf=pdf_b)
        u.add(files, "birth_certificate", look, fields)
        return
    pdf_a = make_pdf(C.apostille, A4, a=apo, rng=u.rng)
    if together and look == "image_pdf":
        imgs = raster(pdf_b) + raster(pdf_a)
        files = emit(u, look, names[:1], imgs=imgs)
        bf = [{"path": names[0], "pages": [1]}]
        af = [{"path": names[0], "pages": [2]}]
    else:
        bf = emit(u, look, names[:1], pdf=pdf_b)
        af = emit(u, look, names[1:], pdf=pdf_a)
    u.add(bf, "birth_certificate", look, fields)
    u.add(af, "apostille", look, apo_fields)


# ---------------------------------------------------------------- residence, bank, work
def bill(u, b, look, names, notes=""):
    if look == "screenshot":
        raise ValueError
    pdf = make_pdf(F.bill, A4, b=b, rng=u.rng)
    files = emit(u, look, names, pdf=pdf)
    fields = {
        "provider": b["provider"],
        "service": b["service"],
        "holder_name": b["holder"],
        "address": b["address"],
        "issue_date": b["issue"],
        "period_start": b["start"],
        "period_end": b["end"],
        "amount": b["amount"],
    }
    if b["start"][:7] == b["end"][:7]:
        fields["month"] = b["start"][:7]
    u.add(files, "utility_bill", look, fields, notes)


def rib(u, r, look, names, notes=""):
    iban, key = fr_iban(r["bank_code"], r["branch"], r["account"])
    r["iban"], r["key"] = iban, key
    pdf = make_pdf(F.rib, A4, r=r, rng=u.rng)
    files = emit(u, look, names, pdf=pdf)
    u.add(
        files,
        "rib",
        look,
        {
            "holder_name": r["holder"],
            "iban": iban,
            "bic": F.BANKS[r["bank"]][1],
            "bank_name": r["bank"],
            "iban_valid": iban_ok(iban),
            "rib_key_valid": True,
        },
        notes,
    )


def bank_screen(u, s, names, fields, notes=""):
    img = F.bank_screen(s, u.rng)
    files = emit(u, "screenshot", names, imgs=[img])
    u.add(files, "rib", "screenshot", fields, notes)


def payslip(u, p, look, names, notes=""):
    pdf = make_pdf(F.payslip, A4, p=p, rng=u.rng)
    files = emit(u, look, names, pdf=pdf)
    u.add(
        files,
        "payslip",
        look,
        {
            "employer": p["employer"],
            "employee_name": p["employee"],
            "period": p["start"][:7],
            "net_pay": p["net"],
            "siret": p["siret"].replace(" ", ""),
        },
        notes,
    )


def contract(u, k, look, names, notes=""):
    pdf = make_pdf(F.contract, A4, k=k, rng=u.rng)
    files = emit(u, look, names, pdf=pdf)
    u.add(
        files,
        "employment_contract",
        look,
        {
            "employer": k["employer"],
            "employee_name": k["employee"],
            "contract_type": k["type"],
            "job_title": k["job"],
            "start_date": k["start"],
        },
        notes,
    )


def lease(u, b, look, names, notes=""):
    pdf = make_pdf(F.lease, A4, b=b, rng=u.rng)
    files = emit(u, look, names, pdf=pdf)
    u.add(
        files,
        "lease",
        look,
        {
            "tenant_names": b["tenants"],
            "landlord": b["landlord"],
            "address": b["address"],
            "start_date": b["start"],
        },
        notes,
    )


def attestation(u, a, look, names, fields, notes=""):
    a.setdefault("hand_font", u.rng.choice(HANDS))
    a.setdefault("ink", INKS[u.rng.randrange(len(INKS))])
    pdf = make_pdf(F.attestation, A4, a=a, rng=u.rng)
    files = emit(u, look, names, pdf=pdf)
    u.add(files, "hosting_attestation", look, fields, notes)


# ---------------------------------------------------------------- the form
def form(u, f, look, names, order=None):
    """f: form data; fill in hand | typed | acro. Returns nothing; adds the document."""
    f.setdefault("hand_font", u.rng.choice(HANDS))
    f.setdefault("ink", INKS[u.rng.randrange(len(INKS))])
    pdf = make_pdf(vdocs_form.form_pages, A4, f=f, rng=u.rng)
    if f["fill"] == "acro":
        files = emit(u, "text_pdf", names, pdf=pdf)
        look = "text_pdf"
    else:
        imgs = raster(pdf, 230 if look == "phone_photo" else 200)
        if order == "reverse":
            imgs = imgs[::-1]
        files = emit(u, look, names, imgs=imgs)
        if order == "reverse" and look == "image_pdf":
            files = [{"path": files[0]["path"], "pages": [2, 1]}]
        elif order == "reverse":
            files = files[::-1]
    sit = f["situation"]
    emp = (
        "employed" if sit == "salarie" else ("not_employed" if sit == "sans_activite" else "other")
    )
    fields = {
        "surname": f["surname"],
        "usage_name": f.get("usage"),
        "given_names": f["given"],
        "sex": f["sex"],
        "date_of_birth": f["dob"],
        "employment_status": emp,
        "situation": sit,
        "contract_type": f.get("contract"),
        "signed": f["signed"],
        "signed_on": f.get("signed_on"),
        "date_text": f.get("date_text"),
        "place": f.get("place"),
        "nir": None,
    }
    u.add(
        files,
        "application_form",
        look,
        fields,
        {
            "hand": "filled by hand",
            "typed": "typed, printed, signed by hand",
            "acro": "fillable PDF with AcroForm fields, signature image pasted",
        }[f["fill"]],
    )


def screenshot_small(img, long_side=2400):
    return to_size(img, long_side)


__all__ = ["fr"]
