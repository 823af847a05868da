"""The official cerfa 15763*02 renders (samplekit.cerfa_variants): deterministic files, and
a fillable PDF whose AcroForm fields hold the values (read by a PDF reader, no OCR)."""

from __future__ import annotations

import dataclasses
import hashlib
from pathlib import Path

import pypdf
import pytest
import samplekit.cerfa_variants as cv


def _digests(folder: Path, v: cv.CerfaVariant) -> dict[str, str]:
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in cv.write_cerfa(folder, v)}


def _first(fill: str) -> cv.CerfaVariant:
    return next(v for v in cv.variants(24) if v.fill == fill)


def test_series_spreads_over_fills_looks_and_cases() -> None:
    series = cv.variants(72)
    assert len(series) == 72 and len({v.name for v in series}) == 72
    assert cv.variants(10) == series[:10]
    spread = cv.summary(series)
    assert set(spread["fill"]) == {"hand", "typed", "acroform", "acroform_printed"}
    assert set(spread["look"]) == {"scan", "photo", "digital"}
    assert set(spread["packaging"]) == {"pdf", "images", "pdf_reversed", "images_reversed"}
    assert set(spread["verdict"]) == {"complete", "questionable", "invalid"}
    assert {"none", "salaried", "self_employed", "job_seeker", "student", "inactive",
            "other"} <= set(spread["situation"])  # fmt: skip


@pytest.mark.parametrize("fill", ["hand", "acroform"])
def test_render_is_byte_identical(fill: str, tmp_path: Path) -> None:
    v = _first(fill)
    first = _digests(tmp_path / "a", v)
    again = _digests(tmp_path / "b", v)
    assert first == again
    assert sorted(first) == sorted(v.truth.files)


@pytest.mark.parametrize("scheme", ["acrobat", "livecycle"])
def test_acroform_fields_hold_the_values(scheme: str, tmp_path: Path) -> None:
    v = dataclasses.replace(_first("acroform"), scheme=scheme)
    truth = v.truth
    (path,) = cv.write_cerfa(tmp_path, v)
    fields = pypdf.PdfReader(path).get_fields() or {}

    def value(key: str, page: int = 0) -> object:
        return fields[cv.field_name(scheme, key, page)].get("/V")

    assert value("surname") == v.content.person.surname
    assert value("given_names") == truth.given_names
    born = truth.date_of_birth
    assert (value("dob_d"), value("dob_m"), value("dob_y")) == (
        f"{born:%d}",
        f"{born:%m}",
        f"{born:%Y}",
    )
    assert value("place", 1) == truth.place
    assert value("date", 1) == (truth.date_text or "")
    for situation in ("salaried", "self_employed", "job_seeker", "student", "inactive", "other"):
        ticked = situation in truth.ticked
        assert value(f"sit_{situation}") == ("/Yes" if ticked else "/Off"), situation
    if scheme == "livecycle":
        assert any(name.startswith("topmostSubform[0].Page2[0].") for name in fields)
