"""The public MRZ specimens (../shared/specimens/mrz_images), read end to end with the
real tesseract: never a valid claim on a number or date other than the one printed.

The truth (``tests/data/specimen_mrz_truth.json``) was transcribed by eye from the images,
not by any OCR. A read may fail (questionable); it may not be wrong and valid.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any

import pytest

from docverify.report.json_report import to_dict
from tests.conftest import REPO, specimens_or_skip

pytestmark = pytest.mark.e2e

TRUTH = json.loads((REPO / "tests" / "data" / "specimen_mrz_truth.json").read_text("utf-8"))


def _yymmdd(iso: str | None) -> str:
    return (iso or "")[2:].replace("-", "")


@pytest.mark.parametrize("name", sorted(TRUTH["specimens"]))
def test_no_false_valid(name: str, audit_packet: Any, tmp_path: Path) -> None:
    truth = TRUTH["specimens"][name]
    shutil.copy(specimens_or_skip() / "mrz_images" / name, tmp_path / name)
    report = to_dict(audit_packet(tmp_path, "2026-11-20"))
    docs = [d for d in report["documents"] if "mrz_valid" in d["fields"]]
    for doc in docs:
        f = doc["fields"]
        if f["mrz_valid"] is not True:
            continue
        assert truth["check_digits_valid"], f"{name}: printed check digits fail, read valid"
        assert f["document_number"] == truth["document_number"]
        assert _yymmdd(f["date_of_birth"]) == truth["birth"]
        assert _yymmdd(f["expiry_date"]) == truth["expiry"]


def test_settled_numbers_on_known_misreads(audit_packet: Any, tmp_path: Path) -> None:
    """The Hungarian and Polish specimens are read with O/0, Z/2, B/8 slips whose check
    digits still verify; the issuing state's number format settles them."""
    specimens = specimens_or_skip()
    got = {}
    for name in ("passporteye_79_pass-hun.png", "passporteye_100_pass-polx.jpg"):
        folder = tmp_path / Path(name).stem
        folder.mkdir()
        shutil.copy(specimens / "mrz_images" / name, folder / name)
        report = to_dict(audit_packet(folder, "2026-11-20"))
        got[name] = report["documents"][0]["fields"]["document_number"]
    assert got == {"passporteye_79_pass-hun.png": "BD0002028",
                   "passporteye_100_pass-polx.jpg": "AA0000000"}  # fmt: skip


def test_a_number_read_as_it_is_printed_stays_settled_beside_a_two_swap_rival(
    audit_packet: Any, tmp_path: Path
) -> None:
    """The Romanian card specimen reads HD198025; "H019802S" (two swaps away) passes the
    check digits too. Readings one character apart are not settled by the read alone
    (G/6: set_o p10), but a rival two swaps away is a less likely reading than what OCR
    saw: the card stays valid, on its printed number."""
    name = "passporteye_100_id-rou.jpg"
    shutil.copy(specimens_or_skip() / "mrz_images" / name, tmp_path / name)
    fields = to_dict(audit_packet(tmp_path, "2026-11-20"))["documents"][0]["fields"]
    assert (fields["document_number"], fields["mrz_valid"]) == ("HD198025", True)


def test_pp_ocr_reads_a_small_id_cards_mrz_as_printed() -> None:
    """The Swiss ID card specimen: 290 pixels wide, its number S0002068. Tesseract's reads
    gave "SOO02O68" (its check digit verifying all the same); PP-OCR's read of the band,
    a line at a time (``mrz_band.hand_read_band``), gives the number as printed."""
    import datetime as dt

    import cv2

    from docverify.vision.mrz import read_mrz_image

    image = cv2.imread(str(specimens_or_skip() / "mrz_images" / "passporteye_100_id-che.jpg"))
    read = read_mrz_image(image, dt.date(2026, 11, 20))
    assert read is not None and read.mrz.valid
    assert read.mrz.document_number == "S0002068"
