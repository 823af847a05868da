"""Who the packet is for: the holder of the identity document (passport MRZ).

With several identity documents (the applicant's passport and a host's ID card), the
passport wins, then the document whose holder matches the application form's name.
"""

from __future__ import annotations

from collections.abc import Sequence

from docverify.model import Applicant, DocType, Document
from docverify.values.names import NameMatch, PersonName


def _form_person(docs: Sequence[Document]) -> PersonName | None:
    for d in docs:
        if d.type == DocType.APPLICATION_FORM and d.fields is not None and d.fields.surname:
            return PersonName.parse(d.fields.surname, d.fields.given_names)
    return None


def choose_applicant(docs: Sequence[Document]) -> Applicant:
    candidates = [
        d
        for d in docs
        if d.type in (DocType.PASSPORT, DocType.NATIONAL_ID) and d.fields is not None
    ]
    if not candidates:
        form = next(
            (d for d in docs if d.type == DocType.APPLICATION_FORM and d.fields is not None), None
        )
        if form is None:
            return Applicant()
        f = form.fields
        return Applicant(f.surname, f.given_names, f.date_of_birth, None, None)
    person = _form_person(docs)

    def rank(d: Document) -> tuple[int, int, int]:
        f = d.fields
        named = " ".join(x for x in (f.given_names, f.surname) if x)
        agrees = person is not None and person.matches(named) in (NameMatch.MATCH, NameMatch.SLIP)
        return (int(agrees), int(d.type == DocType.PASSPORT), int(bool(f.mrz_valid)))

    best = max(candidates, key=rank)
    f = best.fields
    return Applicant(f.surname, f.given_names, f.date_of_birth, f.nationality, best.id)
