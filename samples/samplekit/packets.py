"""Bundled packet scenarios. Each scenario writes its folder and returns the expected
verdicts (the content of ``<name>.expected.json``)."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from PIL import Image

from . import mrz, output
from .documents.apostille import ApostilleContent, apostille_pages, uk_apostille
from .documents.bills import BillContent, bill_pages
from .documents.birth import OregonBirthContent, UkBirthContent, oregon_birth_pages, uk_birth_pages
from .documents.common import Address, Person
from .documents.form import FormContent, form_pages
from .documents.idcard import IdCardContent, idcard_pages
from .documents.letters import HostingContent, _thompson, hosting_pages
from .documents.passport import PassportContent, passport_pages, uk_passport
from .documents.payslip import PayslipContent, payslip_pages
from .documents.rib import RibContent, boursorama, rib_pages
from .documents.visa import VisaContent, visa_pages
from .output import PageSpec
from .scan import PhotoOptions, ScanOptions, photo, scan, seed_for
from .validity import rib_key_valid, wrong_rib_key

AS_OF = "2026-11-15"
REQUIREMENTS = (
    "application_form",
    "identity",
    "residence_status",
    "birth_certificate",
    "residence_proof",
    "bank_details",
    "employment",
)

EMILY = Person()
MICHAEL = _thompson()


def iso(d: dt.date | None) -> str | None:
    return d.isoformat() if d else None


class PacketWriter:
    """Writes the files of one packet and collects the ground truth of its documents."""

    def __init__(self, out: Path, name: str) -> None:
        self.name = name
        self.root = Path(out) / name
        self.documents: list[dict[str, Any]] = []

    def seed(self, rel: str, page: int = 1) -> int:
        return seed_for(self.name, rel, page)

    # ---- degraded renderings -------------------------------------------------------------
    def scanned(
        self,
        rel: str,
        pages: Sequence[PageSpec],
        first_page: int = 1,
        opts: ScanOptions | None = None,
    ) -> list[Image.Image]:
        return [
            scan(spec.render(), self.seed(rel, first_page + i), opts or ScanOptions())
            for i, spec in enumerate(pages)
        ]

    def photographed(
        self,
        rel: str,
        spec: PageSpec,
        page: int = 1,
        scale: float = 1.0,
        opts: PhotoOptions | None = None,
    ) -> Image.Image:
        im = photo(spec.render(), self.seed(rel, page), opts or PhotoOptions())
        if scale != 1.0:
            im = im.resize(
                (round(im.width * scale), round(im.height * scale)), Image.Resampling.LANCZOS
            )
        return im

    # ---- writers ---------------------------------------------------------------------------
    def image_pdf(
        self, rel: str, images: Sequence[Image.Image], dpis: Sequence[int], quality: int = 55
    ) -> None:
        output.write_image_pdf(self.root / rel, images, dpis, quality=quality)

    def jpeg(self, rel: str, img: Image.Image, quality: int = 75, dpi: int = 200) -> None:
        output.write_jpeg(self.root / rel, img, quality=quality, dpi=dpi)

    def png(self, rel: str, img: Image.Image, dpi: int = 200, colors: int | None = 32) -> None:
        output.write_png(self.root / rel, img, dpi=dpi, colors=colors)

    def text_pdf(self, rel: str, pages: Sequence[PageSpec]) -> None:
        output.write_text_pdf(self.root / rel, pages)

    # ---- ground truth ----------------------------------------------------------------------
    def doc(
        self, doc_type: str, files: Sequence[tuple[str, Sequence[int]]], fields: dict[str, Any]
    ) -> None:
        self.documents.append(
            {
                "file": files[0][0],
                "pages": list(files[0][1]),
                "files": [{"path": f, "pages": list(p)} for f, p in files],
                "type": doc_type,
                "fields": fields,
            }
        )

    def expected(
        self,
        *,
        employed: bool,
        applicant: Person,
        requirements: dict[str, str],
        findings: Sequence[str] = (),
    ) -> dict[str, Any]:
        reqs = {r: requirements.get(r, "complete") for r in REQUIREMENTS}
        statuses = set(reqs.values())
        status = (
            "incomplete"
            if statuses & {"invalid", "missing"}
            else "questionable"
            if "questionable" in statuses
            else "complete"
        )
        return {
            "packet": self.name,
            "as_of": AS_OF,
            "employed": employed,
            "status": status,
            "requirements": reqs,
            "expected_findings": list(findings),
            "applicant": {
                "surname": applicant.surname.upper(),
                "given_names": applicant.given_names.upper(),
                "date_of_birth": applicant.birth_date.isoformat(),
                "nationality": applicant.nationality,
            },
            "documents": self.documents,
        }


def _mrz_ok(c: PassportContent | VisaContent | IdCardContent) -> bool:
    """Recompute every check digit of the rendered MRZ; the bundled packets must pass."""
    ok = mrz.verify(c.mrz_lines())
    assert ok, c.mrz_lines()
    return ok


# ---- ground-truth field builders -------------------------------------------------------------
def form_fields(c: FormContent) -> dict[str, Any]:
    return {
        "surname": c.person.surname.upper(),
        "given_names": c.person.given_names.upper(),
        "date_of_birth": iso(c.person.birth_date),
        "employment_status": c.situation,
        "signed": c.signed,
        "signed_on": iso(c.signed_on),
        "nir": None,
    }


def passport_fields(c: PassportContent) -> dict[str, Any]:
    p = c.person
    return {
        "surname": p.surname.upper(),
        "given_names": p.given_names.upper(),
        "document_number": c.number,
        "nationality": p.nationality,
        "issuing_country": c.issuing,
        "date_of_birth": iso(p.birth_date),
        "sex": p.sex,
        "expiry_date": iso(c.expiry_date),
        "mrz_valid": _mrz_ok(c),
    }


def visa_fields(c: VisaContent) -> dict[str, Any]:
    p = c.person
    return {
        "surname": p.surname.upper(),
        "given_names": p.given_names.upper(),
        "document_number": c.visa_number,
        "nationality": p.nationality,
        "issuing_country": "FRA",
        "date_of_birth": iso(p.birth_date),
        "sex": p.sex,
        "expiry_date": iso(c.valid_until),
        "mrz_valid": _mrz_ok(c),
        "visa_type": c.visa_type,
        "vls_ts": c.vls_ts,
        "category": c.category,
        "valid_from": iso(c.valid_from),
        "valid_until": iso(c.valid_until),
    }


def idcard_fields(c: IdCardContent) -> dict[str, Any]:
    p = c.person
    return {
        "surname": p.surname.upper(),
        "given_names": p.given_names.upper(),
        "document_number": c.number,
        "nationality": "FRA",
        "issuing_country": "FRA",
        "date_of_birth": iso(p.birth_date),
        "sex": p.sex,
        "expiry_date": iso(c.expiry_date),
        "mrz_valid": _mrz_ok(c),
    }


def apostille_fields(c: ApostilleContent) -> dict[str, Any]:
    return {
        "country": c.country,
        "issued_on": iso(c.date),
        "number": c.number,
        "signed_by": c.signed_by,
    }


def bill_fields(c: BillContent) -> dict[str, Any]:
    return {
        "provider": c.provider,
        "service": c.service,
        "holder_name": f"{c.holder.first_name} {c.holder.surname}".upper(),
        "address": c.addr.one_line(),
        "issue_date": iso(c.issue_date),
        "period_start": iso(c.period_start),
        "period_end": iso(c.period_end),
        "amount": c.amount,
    }


def rib_fields(c: RibContent) -> dict[str, Any]:
    holder = c.holder
    for title in ("MME ", "M ", "M. ", "MR ", "MRS "):
        if holder.startswith(title):
            holder = holder[len(title) :]
    return {
        "holder_name": holder,
        "iban": c.iban,
        "bic": c.bic,
        "bank_name": c.bank_name,
        "iban_valid": True,
        "rib_key_valid": rib_key_valid(c.bank_code, c.branch_code, c.account, c.rib_key),
    }


# ---- applicant A: Emily CARTER, employed, Paris ------------------------------------------------
EMILY_BILLS = {
    "factures/edf_2026-08.pdf": BillContent(
        provider="EDF",
        issue_date=dt.date(2026, 9, 5),
        period_start=dt.date(2026, 8, 1),
        period_end=dt.date(2026, 8, 31),
        amount=64.20,
        invoice_number="10 245 873 196",
    ),
    "factures/edf_2026-09.pdf": BillContent(
        provider="EDF",
        issue_date=dt.date(2026, 10, 5),
        period_start=dt.date(2026, 9, 1),
        period_end=dt.date(2026, 9, 30),
        amount=58.90,
        invoice_number="10 251 409 772",
    ),
    "factures/free_2026-10.pdf": BillContent(
        provider="Free",
        issue_date=dt.date(2026, 11, 2),
        period_start=dt.date(2026, 10, 1),
        period_end=dt.date(2026, 10, 31),
        amount=29.99,
        invoice_number="FB-2026-11-4481927",
        customer_number="fbx71493826",
    ),
}


def build_employed(
    w: PacketWriter,
    *,
    passport: PassportContent | None = None,
    bills: Sequence[str] = tuple(EMILY_BILLS),
) -> None:
    """Applicant A's full packet; ``passport`` and ``bills`` allow defect variants."""
    form = FormContent(
        person=EMILY,
        situation="employed",
        signed_on=dt.date(2026, 11, 10),
        place="Paris",
        seed=w.seed("form-signature"),
    )
    rel = "formulaire_s1106.pdf"
    w.image_pdf(rel, w.scanned(rel, form_pages(form)), [200, 200])
    w.doc("application_form", [(rel, [1, 2])], form_fields(form))

    pp = passport or PassportContent(person=EMILY)
    rel = "passeport.jpg"
    w.jpeg(rel, w.photographed(rel, passport_pages(pp)[0]), quality=65, dpi=300)
    w.doc("passport", [(rel, [1])], passport_fields(pp))

    visa = VisaContent(person=EMILY, passport_number=pp.number, category="SALARIE")
    rel = "visa.png"
    (im,) = w.scanned(
        rel, visa_pages(visa), opts=ScanOptions(noise_sigma=0, rotate=90, blur_radius=0.4)
    )
    w.png(rel, im, dpi=300, colors=16)
    w.doc("long_stay_visa", [(rel, [1])], visa_fields(visa))

    birth = OregonBirthContent(person=EMILY)
    apo = ApostilleContent()
    rel = "acte_naissance.pdf"
    w.image_pdf(rel, w.scanned(rel, oregon_birth_pages(birth) + apostille_pages(apo)), [200, 200])
    w.doc(
        "birth_certificate",
        [(rel, [1])],
        {
            "surname": "CARTER",
            "given_names": "EMILY ROSE",
            "date_of_birth": "1990-04-17",
            "place_of_birth": "Portland, Oregon",
            "issuing_country": "USA",
            "language": "en",
            "has_apostille": True,
        },
    )
    w.doc("apostille", [(rel, [2])], apostille_fields(apo))

    for rel in bills:
        bill = EMILY_BILLS[rel]
        w.text_pdf(rel, bill_pages(bill))
        w.doc("utility_bill", [(rel, [1])], bill_fields(bill))

    rib = RibContent()
    w.text_pdf("rib.pdf", rib_pages(rib))
    w.doc("rib", [("rib.pdf", [1])], rib_fields(rib))

    pay = PayslipContent()
    rel = "bulletin_paie_2026-10.jpg"
    (im,) = w.scanned(rel, payslip_pages(pay))
    w.jpeg(rel, im, quality=60)
    w.doc(
        "payslip",
        [(rel, [1])],
        {
            "employer": pay.employer,
            "employee_name": "EMILY CARTER",
            "period": "2026-10",
            "net_pay": pay.net_before_tax,
            "siret": pay.siret,
        },
    )


# ---- applicant B: Michael THOMPSON, hosted by his wife in Lyon ----------------------------------
CLAIRE_BILLS = [
    (dt.date(2026, 9, 4), dt.date(2026, 8, 1), dt.date(2026, 8, 31), 78.40, "3004 5512 8871"),
    (dt.date(2026, 10, 4), dt.date(2026, 9, 1), dt.date(2026, 9, 30), 71.15, "3004 5519 2046"),
    (dt.date(2026, 11, 4), dt.date(2026, 10, 1), dt.date(2026, 10, 31), 84.60, "3004 5526 7390"),
]


def build_hosted(w: PacketWriter, *, rib: RibContent | None = None) -> None:
    form = FormContent(
        person=MICHAEL,
        situation="not_employed",
        profession="",
        contract_type="",
        employer="",
        place="Lyon",
        signed_on=dt.date(2026, 11, 5),
        phone="07 81 22 40 19",
        email="m.thompson@example.org",
        arrival_date=dt.date(2026, 5, 28),
        seed=w.seed("form-signature"),
    )
    p1, p2 = form_pages(form)
    w.jpeg("formulaire.jpg", w.photographed("formulaire.jpg", p1, scale=0.8), quality=60, dpi=160)
    w.jpeg(
        "formulaire_p2.jpg", w.photographed("formulaire_p2.jpg", p2, scale=0.8), quality=60, dpi=160
    )
    w.doc(
        "application_form", [("formulaire.jpg", [1]), ("formulaire_p2.jpg", [1])], form_fields(form)
    )

    pp = uk_passport(MICHAEL, "125473869", dt.date(2023, 3, 14), dt.date(2033, 3, 14))
    visa = VisaContent(
        person=MICHAEL,
        passport_number=pp.number,
        visa_number="047218653",
        valid_from=dt.date(2026, 4, 15),
        valid_until=dt.date(2027, 4, 14),
        issued_in="LONDRES",
        issued_on=dt.date(2026, 3, 30),
        category="VIE PRIVEE ET FAMILIALE",
        passport_page_no=9,
        seed=13,
    )
    rel = "passeport_et_visa.pdf"
    w.image_pdf(rel, w.scanned(rel, passport_pages(pp) + visa_pages(visa)), [300, 300])
    w.doc("passport", [(rel, [1])], passport_fields(pp))
    w.doc("long_stay_visa", [(rel, [2])], visa_fields(visa))

    birth = UkBirthContent(person=MICHAEL)
    apo = uk_apostille()
    rel = "birth_certificate.pdf"
    w.image_pdf(rel, w.scanned(rel, uk_birth_pages(birth) + apostille_pages(apo)), [200, 200])
    w.doc(
        "birth_certificate",
        [(rel, [1])],
        {
            "surname": "THOMPSON",
            "given_names": "MICHAEL ANDREW",
            "date_of_birth": "1985-02-03",
            "place_of_birth": "Manchester",
            "issuing_country": "GBR",
            "language": "en",
            "has_apostille": True,
        },
    )
    w.doc("apostille", [(rel, [2])], apostille_fields(apo))

    host = HostingContent(guest=MICHAEL, seed=w.seed("host-signature"))
    rel = "hebergement/attestation.png"
    (im,) = w.scanned(rel, hosting_pages(host), opts=ScanOptions(noise_sigma=0))
    w.png(rel, im, colors=16)
    h = host.host
    w.doc(
        "hosting_attestation",
        [(rel, [1])],
        {
            "host_name": f"{h.first_name} {h.surname}".upper(),
            "hosted_name": f"{MICHAEL.given_names} {MICHAEL.surname}".upper(),
            "address": h.address.one_line(),
            "since_date": iso(host.since),
            "signed_on": iso(host.signed_on),
            "signed": True,
        },
    )

    cni = IdCardContent()
    rel = "hebergement/cni_claire.jpg"
    (im,) = w.scanned(rel, idcard_pages(cni))
    w.jpeg(rel, im, quality=65, dpi=300)
    w.doc("national_id", [(rel, [1])], idcard_fields(cni))

    rel = "hebergement/factures_claire.pdf"
    bills = [
        BillContent(
            provider="Engie",
            holder=h,
            issue_date=i,
            period_start=a,
            period_end=b,
            amount=amt,
            invoice_number=num,
            customer_number="1 207 448 390",
        )
        for i, a, b, amt, num in CLAIRE_BILLS
    ]
    w.image_pdf(rel, w.scanned(rel, [bill_pages(b)[0] for b in bills]), [200] * 3)
    for i, b in enumerate(bills):
        w.doc("utility_bill", [(rel, [i + 1])], bill_fields(b))

    r = rib or boursorama("M MICHAEL THOMPSON", MICHAEL.address)
    (spec,) = rib_pages(r)
    w.png("rib.png", spec.render(), dpi=spec.dpi, colors=64)
    w.doc("rib", [("rib.png", [1])], rib_fields(r))


# ---- scenarios ---------------------------------------------------------------------------------
def complete_employed(out: Path) -> dict[str, Any]:
    w = PacketWriter(out, "complete_employed")
    build_employed(w)
    return w.expected(employed=True, applicant=EMILY, requirements={})


def complete_hosted(out: Path) -> dict[str, Any]:
    w = PacketWriter(out, "complete_hosted")
    build_hosted(w)
    return w.expected(
        employed=False, applicant=MICHAEL, requirements={"employment": "not_applicable"}
    )


def defect_two_bills(out: Path) -> dict[str, Any]:
    w = PacketWriter(out, "defect_two_bills")
    build_employed(w, bills=("factures/edf_2026-09.pdf", "factures/free_2026-10.pdf"))
    return w.expected(
        employed=True,
        applicant=EMILY,
        requirements={"residence_proof": "invalid"},
        findings=["residence_proof.not_enough_bills"],
    )


def defect_expired_passport(out: Path) -> dict[str, Any]:
    w = PacketWriter(out, "defect_expired_passport")
    pp = PassportContent(
        person=EMILY, issue_date=dt.date(2016, 10, 1), expiry_date=dt.date(2026, 9, 30)
    )
    build_employed(w, passport=pp)
    return w.expected(
        employed=True,
        applicant=EMILY,
        requirements={"identity": "invalid"},
        findings=["identity.expired"],
    )


def defect_bad_rib(out: Path) -> dict[str, Any]:
    w = PacketWriter(out, "defect_bad_rib")
    base = boursorama("M MICHAEL THOMPSON", MICHAEL.address)
    bad = dataclasses.replace(
        base, key=wrong_rib_key(base.bank_code, base.branch_code, base.account)
    )
    build_hosted(w, rib=bad)
    return w.expected(
        employed=False,
        applicant=MICHAEL,
        requirements={"employment": "not_applicable", "bank_details": "invalid"},
        findings=["bank_details.rib_key_invalid"],
    )


SCENARIOS: dict[str, Callable[[Path], dict[str, Any]]] = {
    "complete_employed": complete_employed,
    "complete_hosted": complete_hosted,
    "defect_two_bills": defect_two_bills,
    "defect_expired_passport": defect_expired_passport,
    "defect_bad_rib": defect_bad_rib,
}


def write_packet(out: Path, name: str) -> Path:
    """(Re)write packet ``name`` under ``out`` and its ``<name>.expected.json``."""
    import shutil

    folder = Path(out) / name
    if folder.exists():
        shutil.rmtree(folder)
    expected = SCENARIOS[name](Path(out))
    path = Path(out) / f"{name}.expected.json"
    path.write_text(json.dumps(expected, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    return path


__all__ = ["SCENARIOS", "Address", "PacketWriter", "write_packet"]
