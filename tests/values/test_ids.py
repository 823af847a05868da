"""Tests for docverify.values.ids (NIR, SIREN, SIRET)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from docverify.values.errors import InvalidChecksum, InvalidFormat, InvalidLength, ValueParseError
from docverify.values.ids import Nir, Siren, Siret

BANK_VECTORS = (
    Path(__file__).resolve().parents[3]
    / "shared"
    / "specimens"
    / "vectors"
    / "fr_bank_vectors.json"
)
_NIRS: list[dict[str, Any]] = (
    json.loads(BANK_VECTORS.read_text(encoding="utf-8"))["nir"] if BANK_VECTORS.is_file() else []
)


@pytest.mark.skipif(not _NIRS, reason=f"shared specimens not found at {BANK_VECTORS}")
@pytest.mark.parametrize("v", _NIRS, ids=[v["nir"] for v in _NIRS])
def test_nir_vectors(v: dict[str, Any]) -> None:
    if v["stdnum_fr_nir_valid"]:
        nir = Nir.parse(v["nir"])
        assert nir.compact == v["nir"].replace(" ", "")
    else:
        with pytest.raises(ValueParseError) as info:
            Nir.parse(v["nir"])
        compact = v["nir"].replace(" ", "")
        assert compact not in str(info.value).replace(" ", "")


def test_nir_errors_are_precise() -> None:
    with pytest.raises(InvalidChecksum):
        Nir.parse("295109912611199")
    with pytest.raises(InvalidFormat):
        Nir.parse("253072C07300443")
    with pytest.raises(InvalidLength):
        Nir.parse("6546546546546703")


def test_nir_fields_and_masking() -> None:
    nir = Nir.parse("2 95 10 99 126 111 93")
    assert (nir.sex, nir.birth_year_2digits, nir.birth_month, nir.department, nir.key) == (
        "F",
        "95",
        "10",
        "99",
        "93",
    )
    assert nir.formatted == "2 95 10 99 126 111 93"
    assert nir.masked == "2 95 ** ** *** *** 93"
    assert "12611193" not in repr(nir) and "12611193" not in str(nir)
    assert Nir.parse("253072A07300443").department == "2A"
    assert Nir.parse("253072B07300470").sex == "F"


@pytest.mark.parametrize(
    ("text", "valid"),
    [
        ("73282932000074", True),
        ("732 829 320 00074", True),
        ("73282932000079", False),
        ("35600000000048", True),  # La Poste head office (Luhn)
        ("35600000049837", True),  # La Poste establishment: digit sum multiple of 5
        ("35600000049838", False),
        ("552 100 554 00013", True),
        ("7328293200007", False),
        ("7328293200007A", False),
    ],
)
def test_siret(text: str, valid: bool) -> None:
    if valid:
        siret = Siret.parse(text)
        assert siret.siren.compact == siret.compact[:9]
        assert len(siret.nic) == 5
        assert siret.formatted.replace(" ", "") == siret.compact
    else:
        with pytest.raises(ValueParseError):
            Siret.parse(text)


def test_siren() -> None:
    assert Siren.parse("404 833 048").compact == "404833048"
    with pytest.raises(InvalidChecksum):
        Siren.parse("404833047")
    with pytest.raises(InvalidLength):
        Siren.parse("40483304")
