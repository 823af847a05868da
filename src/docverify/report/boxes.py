"""Where on its pages a finding's evidence was read: boxes (page pixels) for the report.

A finding names no box itself; the box is found at report time from what the finding is
about: the fields its code speaks of (``rib_key_invalid`` -> the IBAN's line,
``expired`` -> the expiry date, ``unsigned`` -> the signature date), and the values of
its evidence grounded in the document's words. Read-only over the audit result.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from docverify.evidence import Grounding, ground, ground_fields
from docverify.model import Document, Finding, PageRef

Box = tuple[int, int, int, int]

# words of a finding code -> the fields whose place shows what the finding rests on
HINTS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("iban", ("iban",)),
    ("rib_key", ("iban",)),
    ("parts", ("iban",)),
    ("bic", ("bic",)),
    ("holder", ("holder_name", "surname", "given_names")),
    ("hosted", ("hosted_name",)),
    ("host_", ("host_name",)),
    ("tenant", ("tenant_names",)),
    ("name", ("holder_name", "hosted_name", "tenant_names", "surname", "given_names",
              "employee_name")),
    ("other_person", ("surname", "given_names", "holder_name", "hosted_name",
                      "employee_name")),
    ("expir", ("expiry_date", "valid_until")),
    ("validity", ("valid_until", "valid_from")),
    ("birth_date", ("date_of_birth",)),
    ("date_of_birth", ("date_of_birth",)),
    ("sign", ("signed_on",)),
    ("date", ("signed_on", "issue_date", "start_date", "since_date")),
    ("since", ("since_date",)),
    ("too_recent", ("start_date", "since_date")),
    ("lease_", ("start_date", "tenant_names")),
    ("bill", ("holder_name", "period_start", "issue_date")),
    ("stale", ("issue_date", "period_end")),
    ("consecutive", ("period_start", "issue_date")),
    ("address", ("address",)),
    ("payslip", ("period", "employee_name")),
    ("contract", ("start_date", "employer")),
    ("employer", ("employer",)),
    ("siret", ("siret",)),
    ("nir", ("nir",)),
    ("mrz", ("document_number", "surname")),
    ("document_number", ("document_number",)),
    ("visa", ("visa_type", "category")),
    ("vls_ts", ("category", "visa_type")),
    ("apostille", ("issuing_country", "country")),
    ("surname_not_stated", ("given_names",)),
    ("translat", ("language",)),
    ("situation", ("employment_status",)),
)  # fmt: skip


@dataclass(frozen=True)
class PageBox:
    page: PageRef
    box: Box
    field: str = ""


def fields_for(code: str) -> list[str]:
    """The fields a finding code speaks of, most telling first.

    >>> fields_for("bank_details.rib_key_invalid")
    ['iban']
    >>> fields_for("identity.expired")
    ['expiry_date', 'valid_until']
    """
    what = code.split(".", 1)[-1]
    out: list[str] = []
    for word, fields in HINTS:
        if word in what:
            out.extend(f for f in fields if f not in out)
    return out


class BoxFinder:
    """The boxes of every finding of one audit result; each document grounded once."""

    def __init__(self, documents: Sequence[Document]) -> None:
        self.docs = {d.id: d for d in documents}
        self._reads: dict[str, dict[str, Grounding]] = {}

    def reads(self, doc: Document) -> dict[str, Grounding]:
        if doc.id not in self._reads:
            self._reads[doc.id] = ground_fields(doc)
        return self._reads[doc.id]

    def _documents_of(self, f: Finding) -> list[Document]:
        if f.document in self.docs:
            return [self.docs[f.document]]
        refs = set(f.pages)
        return [d for d in self.docs.values() if refs & set(d.page_refs)]

    def boxes(self, f: Finding) -> list[PageBox]:
        out: list[PageBox] = []
        wanted = fields_for(f.code)
        for doc in self._documents_of(f):
            reads = self.reads(doc)
            for name in wanted:
                g = reads.get(name)
                if g is not None and g.page is not None and g.box is not None:
                    out.append(PageBox(g.page, g.box, name))
                    if len(out) >= 3 and f.document is None:
                        break
            if not wanted or not any(b.page in doc.page_refs for b in out):
                out.extend(self._from_evidence(doc, f.evidence.values()))
        return _unique(out)

    def _from_evidence(self, doc: Document, values: Iterable[object]) -> list[PageBox]:
        out: list[PageBox] = []
        for v in values:
            if isinstance(v, str) and len(v) >= 4 and "*" not in v:
                g = ground(doc, v)
                if g is not None and g.page is not None and g.box is not None and g.reliable:
                    out.append(PageBox(g.page, g.box))
        return out[:3]


def _unique(boxes: list[PageBox]) -> list[PageBox]:
    seen: set[tuple[PageRef, Box]] = set()
    out: list[PageBox] = []
    for b in boxes:
        if (b.page, b.box) not in seen:
            seen.add((b.page, b.box))
            out.append(b)
    return out
