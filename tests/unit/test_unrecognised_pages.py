"""A missing piece and a page read too poorly to be recognised: the page is named, so the
helper looks at it (a handwritten attestation, a certificate in Cyrillic)."""

from __future__ import annotations

import dataclasses

from docverify import assess
from docverify.model import (
    DocType,
    Document,
    Finding,
    PageRef,
    PageText,
    RequirementResult,
    Severity,
    Status,
    Word,
)


def _unknown(conf: float, source: str = "ocr") -> Document:
    page = PageText(PageRef("attestation.jpg", 1), None, 200, (), source, mean_conf=conf)
    return Document("d3", DocType.UNKNOWN, 0.0, (page,))


def _missing() -> RequirementResult:
    f = Finding("residence_proof.missing", Severity.ERROR, "No proof of residence.")
    return RequirementResult("residence_proof", Status.MISSING, (), (f,))


def test_a_poorly_read_unrecognised_page_is_named_for_a_missing_piece() -> None:
    pages = assess.poorly_read_unknown([_unknown(41.0)])
    assert pages == ["attestation.jpg p.1"]
    req = assess.note_unrecognised(_missing(), pages)
    assert req.status == Status.MISSING
    note = req.findings[-1]
    assert (
        note.code == "residence_proof.maybe_unrecognised" and "attestation.jpg p.1" in note.message
    )


def test_a_clearly_read_page_that_is_no_piece_is_not_named() -> None:
    assert assess.poorly_read_unknown([_unknown(91.0), _unknown(30.0, "text_layer")]) == []


def test_bills_in_the_hosts_name_wait_for_a_look_at_an_unrecognised_page() -> None:
    """Bills in another person's name count with that person's attestation; a handwritten
    page read too poorly to be recognised may be it: questionable, the page named. Any
    other error stands."""
    other = Finding("residence_proof.bills_other_name", Severity.ERROR, "Bills of NADIA PETIT.")
    req = RequirementResult("residence_proof", Status.INVALID, (), (other,))
    noted = assess.note_unrecognised(req, ["attestation.jpg p.1"])
    assert noted.status == Status.QUESTIONABLE
    assert noted.findings[-1].code == "residence_proof.attestation_maybe_unrecognised"
    assert assess.note_unrecognised(req, []).status == Status.INVALID
    gap = Finding("residence_proof.bills_not_consecutive", Severity.ERROR, "2026-10 missing.")
    req = RequirementResult("residence_proof", Status.INVALID, (), (other, gap))
    assert assess.note_unrecognised(req, ["attestation.jpg p.1"]).status == Status.INVALID


def test_a_lease_in_the_hosts_name_waits_for_a_look_at_an_unrecognised_page() -> None:
    """Someone else's lease, and a handwritten page beside it that could not be read (the
    tenant's attestation d'hébergement, set_l p01): questionable, the page named."""
    other = Finding("residence_proof.lease_other_person", Severity.ERROR, "Lease of J. MOREAU.")
    req = RequirementResult("residence_proof", Status.INVALID, (), (other,))
    noted = assess.note_unrecognised(req, ["attestation_hebergement.jpg p.1"])
    assert noted.status == Status.QUESTIONABLE
    note = noted.findings[-1]
    assert note.code == "residence_proof.attestation_maybe_unrecognised"
    assert "the lease counts" in note.message and "attestation_hebergement.jpg p.1" in note.message
    assert all(f.severity != Severity.ERROR for f in noted.findings)
    assert assess.note_unrecognised(req, []).status == Status.INVALID


def test_a_page_read_partly_as_an_attestation_waits_for_a_look_even_when_read_clearly() -> None:
    """A handwritten attestation whose words came out fairly confident but garbled (set_aa
    p03: "Attestation Abba EmEnt", "Je SouSSiané Julien MARCHAND", "? mon domicile"): no
    type claims it, it is not read poorly by its confidence, yet it reads partly as an
    attestation d'hébergement. Bills in the host's name beside it wait for a look at it;
    the other requirements do not name it."""
    words = [("Attestation", 0), ("Abba", 0), ("EmEnt", 0), ("Je", 1), ("SouSSiané", 1),
             ("Julien", 1), ("MARCHAND,", 1), ("né", 1), ("le", 1), ("04/02/1990", 1),
             ("?", 2), ("mon", 2), ("domicile", 2), ("depuis", 2)]  # fmt: skip
    page = PageText(
        PageRef("attestation_hebergement.jpg", 1), None, 200,
        tuple(Word(t, (40 * i, 50 * r, 40 * i + 35, 50 * r + 30), 72.0, (1, 1, r))
              for i, (t, r) in enumerate(words)),
        "ocr", mean_conf=72.0,
    )  # fmt: skip
    unknown = Document("d7", DocType.UNKNOWN, 0.0, (page,))
    assert assess.poorly_read_unknown([unknown]) == []
    assert assess.attestation_like_unknown([unknown]) == ["attestation_hebergement.jpg p.1"]
    other = Finding("residence_proof.bills_other_name", Severity.ERROR, "Bills of J. MARCHAND.")
    bills = RequirementResult("residence_proof", Status.INVALID, (), (other,))
    noted = assess.note_unrecognised_pages([bills, _missing_identity()], [unknown])
    assert noted[0].status == Status.QUESTIONABLE
    assert noted[0].findings[-1].code == "residence_proof.attestation_maybe_unrecognised"
    assert noted[1] == _missing_identity()
    # a clearly read page with nothing of an attestation is named for nothing
    plain = dataclasses.replace(page, words=page.words[:3])
    assert assess.attestation_like_unknown([dataclasses.replace(unknown, pages=(plain,))]) == []


def _missing_identity() -> RequirementResult:
    f = Finding("identity.missing", Severity.ERROR, "No passport.")
    return RequirementResult("identity", Status.MISSING, (), (f,))
