"""Bills read end to end: the real Free bill of the public specimens (text layer, never
OCR'd), and bills of 19 providers in 9 layouts as text PDFs and as scans."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

import pytest

from docverify.report.json_report import to_dict
from tests.conftest import specimens_or_skip
from tests.residence.bills_corpus import FIELDS, corpus, score

pytestmark = pytest.mark.e2e


def test_real_free_bill_is_read_from_its_text_layer(tmp_path: Path, audit_packet: Any) -> None:
    specimens = specimens_or_skip()
    src = specimens / "bills" / "invoice2data_free_fiber.pdf"
    truth = json.loads(src.with_suffix(".json").read_text())[0]
    (tmp_path / src.name).write_bytes(src.read_bytes())
    report = to_dict(audit_packet(tmp_path, "2015-09-01"))
    (doc,) = report["documents"]
    assert doc["type"] == "utility_bill"
    assert doc["text_source"] == ["text_layer"]  # a bill with a text layer is not OCR'd
    f = doc["fields"]
    assert f["provider"] == truth["issuer"] == "Free"
    assert f["service"] == "internet"
    assert f["holder_name"] == "de Lattre Alexis"
    assert f["address"] == "35 RUE du logiciel libre, 69100 VILLEURBANNE"
    assert f["issue_date"] == truth["date"]
    assert f["period_start"] == truth["date_start"]
    assert f["period_end"] == truth["date_end"]
    assert f["amount"] == truth["amount"]
    assert f["invoice_number"] == truth["invoice_number"]


SCANNED = {"EDF", "Saur", "RED by SFR", "Sosh"}
"""One bundled layout and three variant layouts also go through tesseract (kept few:
each scan costs seconds of OCR)."""


@pytest.fixture(scope="module")
def bills_report(
    tmp_path_factory: pytest.TempPathFactory, audit_packet: Any
) -> tuple[dict[str, Any], dict[str, Any]]:
    import samplekit.residence_variants as rv

    folder = tmp_path_factory.mktemp("bills-corpus")
    by_file: dict[str, Any] = {}
    for i, bill in enumerate(corpus()):
        slug = f"{i:02d}_{bill.provider.replace(' ', '_').replace('&', 'and')}"
        rv.write_bill(folder / f"{slug}.pdf", bill)
        by_file[f"{slug}.pdf"] = bill
        if bill.provider in SCANNED:
            rv.write_bill(folder / f"{slug}_scan.pdf", bill, rv.SCAN, seed=i)
            by_file[f"{slug}_scan.pdf"] = bill
    report = to_dict(audit_packet(folder, dt.date(2026, 11, 15)))
    return by_file, report


def test_every_bill_is_typed_and_read(bills_report: tuple[dict[str, Any], dict[str, Any]]) -> None:
    by_file, report = bills_report
    docs = {d["files"][0]["path"]: d for d in report["documents"]}
    assert set(docs) == set(by_file)
    wrong = []
    for path, bill in by_file.items():
        d = docs[path]
        assert d["type"] == "utility_bill", path
        ok = score(bill, d["fields"])
        wrong += [f"{path}: {k}={d['fields'].get(k)!r}" for k, good in ok.items() if not good]
        if not path.endswith("_scan.pdf"):
            assert d["text_source"] == ["text_layer"], path
    total = len(by_file) * len(FIELDS)
    assert len(wrong) / total <= 0.02, wrong  # at most 2% of fields wrong
    providers = {b.provider for b in by_file.values()}
    assert len(providers) >= 8


def test_bimonthly_and_mid_month_periods(
    bills_report: tuple[dict[str, Any], dict[str, Any]],
) -> None:
    _, report = bills_report
    saur = next(d for d in report["documents"] if d["fields"]["provider"] == "Saur")
    assert (saur["fields"]["period_start"], saur["fields"]["period_end"]) == (
        "2026-07-01",
        "2026-08-31",
    )
