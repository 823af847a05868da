"""Golden packets for ``birth_certificate``, rendered at test time by
``samplekit.birth_variants`` and audited with the real tesseract.

German (no apostille, complete), US (no apostille, invalid), Mexican in Spanish with its
apostilla as page 2 of the same PDF, Brazilian in Portuguese with its apostila as a
separate file and a French sworn translation, and a German certificate of someone else:
five languages, four national layouts. Pages are shared between packets (same rendering,
same bytes) so the session OCR cache reads each only once.
"""

from __future__ import annotations

from typing import Any

import pytest
import samplekit.birth_variants as bv

from docverify.report.json_report import to_dict

pytestmark = pytest.mark.e2e

AS_OF = "2026-11-15"

# name: (layout, apostille placement, translation, passport holder, status, findings)
SCENARIOS: dict[str, tuple[str, str, bool, str, str, set[str]]] = {
    "de_no_apostille": (
        "de", "none", False, "de", "complete",
        {"birth_certificate.apostille_exempt_eu", "birth_certificate.translation_may_be_requested"},
    ),
    "us_no_apostille": ("us", "none", False, "us", "invalid", {"birth_certificate.no_apostille"}),
    "mx_apostille_same_pdf": (
        "mx", "same_pdf", False, "mx", "complete", {"birth_certificate.translation_may_be_requested"}
    ),
    "br_apostille_separate_translated": (
        "br", "separate_file", True, "br", "complete", {"birth_certificate.translated"}
    ),
    "de_other_person": ("de", "none", False, "us", "invalid", {"birth_certificate.other_person"}),
}  # fmt: skip


@pytest.fixture(scope="module")
def reports(
    tmp_path_factory: pytest.TempPathFactory, audit_packet: Any
) -> dict[str, dict[str, Any]]:
    out: dict[str, dict[str, Any]] = {}
    root = tmp_path_factory.mktemp("birth-packets")
    for name, (layout, where, translated, holder, _, _) in SCENARIOS.items():
        packet = bv.write_packet(
            root / name,
            layout,
            apostille=where,
            translation=translated,
            passport_of=bv.person_of(holder),
        )
        out[name] = to_dict(audit_packet(packet, AS_OF))
    return out


def _requirement(report: dict[str, Any]) -> dict[str, Any]:
    return next(r for r in report["requirements"] if r["id"] == "birth_certificate")


@pytest.mark.parametrize("name", sorted(SCENARIOS))
def test_verdict_and_findings(name: str, reports: dict[str, dict[str, Any]]) -> None:
    *_, status, findings = SCENARIOS[name]
    req = _requirement(reports[name])
    codes = {f["code"] for f in req["findings"]}
    assert req["status"] == status, req
    assert findings <= codes, req


@pytest.mark.parametrize("name", sorted(SCENARIOS))
def test_certificate_fields(name: str, reports: dict[str, dict[str, Any]]) -> None:
    layout = SCENARIOS[name][0]
    certs = [d for d in reports[name]["documents"] if d["type"] == "birth_certificate"]
    assert len(certs) == 1, [(d["type"], d["files"]) for d in reports[name]["documents"]]
    fields = certs[0]["fields"]
    truth = bv.truth(layout)
    for key in ("date_of_birth", "issuing_country", "language"):
        assert fields[key] == truth[key], (key, fields)
    if layout != "br":  # the Brazilian certidão writes the whole name in one field
        for key in ("surname", "given_names"):
            assert fields[key] and fields[key].upper() == truth[key], (key, fields)


@pytest.mark.parametrize(
    ("name", "file"),
    [("mx_apostille_same_pdf", "acte_naissance.pdf"), ("br_apostille_separate_translated", "apostille.pdf")],
)  # fmt: skip
def test_apostille_read_and_linked(
    name: str, file: str, reports: dict[str, dict[str, Any]]
) -> None:
    report = reports[name]
    (apo,) = [d for d in report["documents"] if d["type"] == "apostille"]
    assert apo["files"][0]["path"] == file
    content, _ = bv.APOSTILLES[name[:2]]
    assert apo["fields"]["issued_on"] == content.date.isoformat()
    assert apo["fields"]["number"] == content.number
    assert apo["fields"]["country_code"] == bv.COUNTRY[name[:2]]
    assert apo["id"] in _requirement(report)["documents"]


def test_translation_recognised_and_linked(reports: dict[str, dict[str, Any]]) -> None:
    report = reports["br_apostille_separate_translated"]
    (tr,) = [d for d in report["documents"] if d["type"] == "translation"]
    assert tr["fields"]["translates"] == "birth_certificate"
    assert tr["id"] in _requirement(report)["documents"]
