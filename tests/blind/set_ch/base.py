"""Packet writer and truth helpers shared by the packet builders."""

import json
import random
from datetime import date as D

from PIL import Image

from core import (
    images_pdf,
    luhn_fix,
    photo,
    render_img,
    render_pdf,  # fmt: skip
    save_jpg,
    scan,
)

REQS = ["application_form", "identity", "residence_status", "birth_certificate",
        "residence_proof", "bank_details", "employment"]  # fmt: skip


class Packet:
    def __init__(self, out, name, seed):
        self.dir = out / "packets" / name
        self.dir.mkdir(parents=True, exist_ok=True)
        self.name, self.docs, self.seed = name, [], seed

    def rng(self, key):
        return random.Random(f"{self.seed}:{key}")

    def add(self, files, typ, look, fields, notes=""):
        self.docs.append({"files": files, "type": typ, "look": look, "fields": fields,
                          "notes": notes})  # fmt: skip

    # ---- writers: each returns the file name
    def text_pdf(self, pages, fn, acro=False):
        render_pdf(pages, self.dir / fn, acro)
        return fn

    def image_pdf(self, pages, fn, key, pxmm=7.9):
        r = self.rng(key)
        images_pdf([scan(render_img(p, pxmm), r) for p in pages], self.dir / fn, r, dpi=200)
        return fn

    def scan_jpg(self, page, fn, key, pxmm=7.9, png=False):
        r = self.rng(key)
        im = scan(render_img(page, pxmm), r, grey=not png)
        if png:
            im.save(self.dir / fn, "PNG", optimize=False)
        else:
            save_jpg(im, self.dir / fn, r)
        return fn

    def photo_jpg(self, page, fn, key, rot=0, long_side=4032):
        r = self.rng(key)
        pxmm = 2600.0 / max(page.w, page.h)
        save_jpg(photo(render_img(page, pxmm), r, long_side, rot), self.dir / fn, r)
        return fn

    def bed(self, cards, fn, key, pdf=False):
        """Cards laid on an A4 flatbed (200 dpi), one scan."""
        r = self.rng(key)
        pxmm = 7.9
        sheet = Image.new("RGB", (int(210 * pxmm), int(297 * pxmm)), (250, 250, 250))
        y = int(12 * pxmm)
        for c in cards:
            im = render_img(c, pxmm)
            sheet.paste(im, (int(14 * pxmm), y))
            y += im.size[1] + int(14 * pxmm)
        im = scan(sheet, r)
        if pdf:
            return im
        save_jpg(im, self.dir / fn, r)
        return fn

    def write_truth(self, truth):
        listed = {f["path"] for d in self.docs for f in d["files"]}
        on_disk = {p.name for p in self.dir.iterdir()}
        assert listed == on_disk, (self.name, listed ^ on_disk)
        truth["documents"] = self.docs
        path = self.dir.parent / f"{self.name}.truth.json"
        path.write_text(json.dumps(truth, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")


def F(path, pages=(1,)):
    return {"path": path, "pages": list(pages)}


def id_fields(surname, given, number, nat, issuing, dob, sex, exp):
    return {"surname": surname, "given_names": given, "document_number": number,
            "nationality": nat, "issuing_country": issuing, "date_of_birth": dob.isoformat(),
            "sex": sex, "expiry_date": exp.isoformat(), "mrz_valid": True}  # fmt: skip


def visa_fields(v, category):
    f = id_fields(v["surname"], v["given"], v["number"], v["nat"], "FRA", v["dob"], v["sex"],
                  v["until"])  # fmt: skip
    f.update({"visa_type": "D", "vls_ts": True, "category": category,
              "valid_from": v["from"].isoformat(), "valid_until": v["until"].isoformat()})  # fmt: skip
    return f


def bill_fields(b, service, holder):
    return {"provider": b["provider"], "service": service, "holder_name": holder,
            "address": b["addr1"] + ", " + b["addr2"], "issue_date": b["issue"].isoformat(),
            "period_start": b["start"].isoformat(), "period_end": b["end"].isoformat(),
            "amount": b["amount"], "month": b["start"].strftime("%Y-%m")}  # fmt: skip


def form_fields(d, employed):
    return {"surname": d["surname"], "given_names": d["given"],
            "date_of_birth": d["dob"].isoformat(),
            "employment_status": "employed" if employed else "not_employed", "signed": True,
            "signed_on": d["signed_on"].isoformat(), "nir": None, "usage_name": d.get("usage"),
            "situation": d["situation"], "date_text": d["date_text"], "place": d["place"]}  # fmt: skip


def truth(as_of, employed, applicant, status="complete", defect=None, over=None):
    req = {k: "complete" for k in REQS}
    if not employed:
        req["employment"] = "not_applicable"
    req.update(over or {})
    return {"as_of": as_of.isoformat(), "employed": employed, "status": status,
            "requirements": req, "defect": defect, "applicant": applicant}  # fmt: skip


def bill(provider, hold, a1, a2, issue, start, end, amount, ref, inv, lines, legal):
    return {"provider": provider, "holder_print": hold, "addr1": a1, "addr2": a2, "issue": issue, "start": start,
                "end": end, "amount": amount, "due": D(issue.year, issue.month, min(28, issue.day + 10)),
                "client_ref": ref, "invoice": inv, "lines": lines, "legal": legal}  # fmt: skip


def siret(prefix8, est="0001"):
    siren = luhn_fix(prefix8)
    return luhn_fix(siren + est)


def payslip_lines(gross, extra=()):
    g = float(gross)
    rows = [("Salaire de base", "151,67", "", "", f"{g:.2f}".replace(".", ","))]
    rows += list(extra)
    for lb, rate in [("Santé – Sécurité sociale", 0.0), ("Complémentaire santé", 0.011),
                     ("Retraite – Sécurité sociale plafonnée", 0.069),
                     ("Retraite – Sécurité sociale déplafonnée", 0.004),
                     ("Retraite complémentaire T1", 0.0401), ("Assurance chômage", 0.0),
                     ("CSG déductible de l'impôt sur le revenu", 0.068),
                     ("CSG/CRDS non déductible", 0.029)]:  # fmt: skip
        rows.append((lb, f"{g:.2f}".replace(".", ","), f"{rate * 100:.2f}".replace(".", ","),
                     f"{g * rate:.2f}".replace(".", ",") if rate else "", ""))  # fmt: skip
    return rows
