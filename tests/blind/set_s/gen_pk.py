"""Packet assembly: a folder of files plus the truth entries of the documents they hold."""

from __future__ import annotations

import json
import random
from pathlib import Path

from gen_codes import add_months, d, fr, month_bounds
from gen_core import Page, render
from gen_form import fill, write_acroform
from gen_fx import emit, out_image_pdf, out_text_pdf, sheet
from gen_home import bill
from gen_ids import booklet

REQS = [
    "application_form",
    "identity",
    "residence_status",
    "birth_certificate",
    "residence_proof",
    "bank_details",
    "employment",
]


CIVS = (
    "M. OU MME ",
    "M OU MME ",
    "MR OU MME ",
    "MME ",
    "Mme ",
    "MLLE ",
    "Mlle ",
    "M. ",
    "M ",
    "Mr ",
    "MR ",
    "Mrs ",
    "Ms ",
)


def strip_civ(s):
    if not isinstance(s, str):
        return s
    parts = [x.strip() for x in s.split(" OU ")]
    out = []
    for part in parts:
        for c in CIVS:
            if part.startswith(c):
                part = part[len(c) :]
                break
        out.append(part)
    return " OU ".join(out)


def clean_fields(fields):
    for k in ("holder_name", "landlord", "employee_name", "host_name", "hosted_name"):
        if k in fields:
            fields[k] = strip_civ(fields[k])
    if "tenant_names" in fields:
        fields["tenant_names"] = [strip_civ(t) for t in fields["tenant_names"]]
    return fields


class Pk:
    def __init__(self, root: Path, name: str, as_of: str):
        self.name = name
        self.dir = root / name
        self.dir.mkdir(parents=True, exist_ok=True)
        self.rng = random.Random(f"set_s/{name}")
        self.as_of = d(as_of)
        self.docs: list[dict] = []

    def sub(self, tag: str) -> random.Random:
        return random.Random(f"set_s/{self.name}/{tag}")

    def add(self, pages, look, names, dtype, fields, notes="", meta=None, rots=None, tag=""):
        files = emit(pages, look, self.dir, names, self.sub(tag or names[0]), meta, rots)
        self.docs.append(
            dict(files=files, type=dtype, look=look, fields=clean_fields(fields), notes=notes)
        )

    def add_pdf_multi(self, parts, look, name, tag=""):
        """Several documents in one PDF: parts = [(pages, dtype, fields, notes), ...]."""
        allp = [p for part in parts for p in part[0]]
        rng = self.sub(tag or name)
        if look == "text_pdf":
            out_text_pdf(allp, self.dir / name)
        else:
            out_image_pdf(allp, self.dir / name, rng)
        k = 1
        for pages, dtype, fields, notes in parts:
            rng_pages = list(range(k, k + len(pages)))
            k += len(pages)
            self.docs.append(
                dict(
                    files=[{"path": name, "pages": rng_pages}],
                    type=dtype,
                    look=look,
                    fields=clean_fields(fields),
                    notes=notes,
                )
            )

    def add_sheet(self, items, look, name, dtype, fields, notes="", w=210, h=297):
        """Cards or passport pages photocopied together on one A4 sheet (one document)."""
        rng = self.sub(name)
        sh = sheet(items, rng, w, h)
        self.add([sh], look, [name], dtype, fields, notes, tag=name)

    def form(
        self,
        p,
        run,
        way,
        look,
        names,
        situation,
        contract=None,
        job="",
        place="Paris",
        signed_on=None,
        date_text=None,
        signed=True,
        usage=None,
        addr=None,
        notes="",
        rots=None,
    ):
        rng = self.sub("form")
        pages, fields, acro = fill(
            rng,
            p,
            run,
            way,
            situation,
            contract,
            job,
            place,
            signed_on,
            date_text,
            signed,
            usage,
            p.phone,
            p.email,
            addr or p.addr,
        )
        if way == "acroform":
            write_acroform(pages, acro, self.dir / names[0])
            files = [{"path": names[0], "pages": [1, 2]}]
            self.docs.append(
                dict(
                    files=files,
                    type="application_form",
                    look="text_pdf",
                    fields=fields,
                    notes=notes or "fillable PDF (AcroForm values)",
                )
            )
            return fields
        self.add(
            pages,
            look,
            names,
            "application_form",
            fields,
            notes or f"cerfa 15763*02 print run {run}, filled {way}",
            rots=rots,
            tag="form",
        )
        return fields

    def passport_doc(self, pg, fields, look, name, notes="", with_booklet=None):
        rng = self.sub("pp")
        if with_booklet is None:
            with_booklet = look != "scan"
        if look in ("scan", "image_pdf"):
            bk = booklet(pg, rng)
            self.add_sheet([(bk, 14, 16)], look, name, "passport", fields, notes)
        else:
            page = booklet(pg, rng) if with_booklet else pg
            self.add([page], look, [name], "passport", fields, notes, tag=name)

    def truth(self, employed, defect, applicant, reqs):
        status = "complete"
        vals = [reqs[r] for r in REQS]
        if any(v in ("invalid", "missing") for v in vals):
            status = "incomplete"
        elif any(v == "questionable" for v in vals):
            status = "questionable"
        t = dict(
            as_of=self.as_of.isoformat(),
            employed=employed,
            status=status,
            requirements={r: reqs[r] for r in REQS},
            defect=defect,
            applicant=applicant,
            documents=self.docs,
        )
        (self.dir.parent / f"{self.name}.truth.json").write_text(
            json.dumps(t, ensure_ascii=False, indent=1)
        )
        return t


def applicant(p):
    return dict(surname=p.surname, given_names=p.given, date_of_birth=p.dob.isoformat())


def reqs(
    form="complete",
    identity="complete",
    status="complete",
    birth="complete",
    proof="complete",
    bank="complete",
    employment="complete",
):
    return dict(
        application_form=form,
        identity=identity,
        residence_status=status,
        birth_certificate=birth,
        residence_proof=proof,
        bank_details=bank,
        employment=employment,
    )


def monthly_bills(
    pk: Pk,
    key,
    holder,
    address,
    months,
    look,
    namefmt,
    base_amount,
    day=3,
    label_style=None,
    variant=None,
    tag="bill",
    notes="",
):
    """One bill per calendar month, issued on `day` of the following month (energy) or of the
    month itself (telecom subscriptions)."""
    telecom = key in ("FREE", "FREEMOB", "SFR", "ORANGE", "BOUYGUES", "SOSH")
    rng = pk.sub(tag)
    var = rng.randint(0, 2) if variant is None else variant
    for i, ym in enumerate(months):
        start, end = month_bounds(ym)
        issue = start.replace(day=day) if telecom else add_months(start, 1).replace(day=day)
        amount = round(base_amount + rng.uniform(-6, 9), 2) if not telecom else base_amount
        pages, fields = bill(
            pk.sub(f"{tag}{i}"),
            key,
            holder,
            address,
            issue,
            start,
            end,
            amount,
            variant=var,
            label_style=label_style,
        )
        names = [namefmt.format(ym=ym, i=i + 1, mm=ym[5:], n=len(pages))]
        if look in ("scan", "phone_photo", "screenshot"):
            names = [namefmt.format(ym=ym, i=i + 1, mm=ym[5:], n=k) for k in range(len(pages))]
        pk.add(
            pages,
            look,
            names,
            "utility_bill",
            fields,
            notes or f"monthly bill {ym}",
            tag=f"{tag}{i}",
        )


def card_sheet_items(front: Page, back: Page, two_rows=True):
    if two_rows:
        return [(front, 30, 30), (back, 30, 110)]
    return [(front, 15, 30), (back, 108, 30)]


def raster_page(page: Page, dpi=300):
    return render(page, dpi)


def fmt_fr(x):
    return fr(x)
