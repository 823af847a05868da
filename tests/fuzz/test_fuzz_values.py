"""Fuzzing every parser of outside text (OCR output, PDF text layers): MRZ, IBAN, BIC,
French RIB, NIR, SIRET and SIREN, dates, names, addresses. Whatever the text, a parser
returns a value or raises the project's own errors (``ValueParseError`` for the value
objects, which extends stdnum's ``ValidationError``), never anything else, and finders
(``find_dates``...) never raise at all. See ``fuzzing.py`` for CI and long modes."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from docverify.errors import DocverifyError
from docverify.values.address import Address
from docverify.values.bank import FrenchRib, Iban
from docverify.values.bic import Bic
from docverify.values.dates import (
    find_dates,
    find_month_years,
    fold,
    looks_american,
    parse_fr_date,
)
from docverify.values.errors import ValueParseError
from docverify.values.ids import Nir, Siren, Siret
from docverify.values.mrz import Mrz
from docverify.values.names import (
    PersonName,
    fold_upper,
    name_tokens,
    ocr_typical,
    person_from_text,
)
from tests.fuzz.fuzzing import fuzz
from tests.values.test_mrz import compose, identities

OWN_ERRORS = (ValueParseError, DocverifyError)
AS_OF = dt.date(2026, 11, 15)

ANY_CHAR = st.characters(codec=None, exclude_categories=())  # surrogates and controls too
ANY_TEXT = st.text(ANY_CHAR, max_size=200)
MRZ_ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789<<<<<<OIBSKZ «‹ \t|"
DIGITISH = "0123456789 O0lI|.-/ABCDEFGHJKLMNPQRSTUVWXYZ"


def _parse(call: Callable[[], Any]) -> Any:
    try:
        return call()
    except OWN_ERRORS:
        return None


# ---------------------------------------------------------------------- MRZ


def _mrz_lines(draw: st.DrawFn) -> str:
    width = draw(st.sampled_from([30, 36, 44]))
    lines = draw(
        st.lists(
            st.text(MRZ_ALPHABET, min_size=width - 3, max_size=width + 3),
            min_size=1,
            max_size=4,
        )
    )
    return "\n".join(lines)


MRZ_LIKE = st.composite(_mrz_lines)()


@st.composite
def damaged_mrz(draw: st.DrawFn) -> list[str]:
    """A valid MRZ with OCR-like damage: characters replaced, dropped or inserted."""
    lines = compose(draw(st.sampled_from(["TD1", "TD3", "MRVA"])), draw(identities()))
    for _ in range(draw(st.integers(1, 6))):
        i = draw(st.integers(0, len(lines) - 1))
        line = lines[i]
        at = draw(st.integers(0, len(line)))
        char = draw(st.sampled_from(MRZ_ALPHABET))
        action = draw(st.sampled_from(["replace", "drop", "insert"]))
        if action == "replace":
            line = line[:at] + char + line[at + 1 :]
        elif action == "drop":
            line = line[:at] + line[at + 1 :]
        else:
            line = line[:at] + char + line[at:]
        lines[i] = line
    return lines


@fuzz(300)
@given(st.one_of(ANY_TEXT, MRZ_LIKE), st.booleans())
def test_mrz_parse_text(text: str, repair: bool) -> None:
    m = _parse(lambda: Mrz.parse(text, AS_OF, repair=repair))
    if m is not None:
        assert isinstance(m.valid, bool)
        repr(m)


@fuzz(300)
@given(damaged_mrz())
def test_mrz_parse_damaged(lines: list[str]) -> None:
    m = _parse(lambda: Mrz.parse(lines, AS_OF))
    if m is not None:
        assert m.valid in (True, False)
        assert m.date_of_birth is None or isinstance(m.date_of_birth, dt.date)


@fuzz(200)
@given(st.one_of(ANY_TEXT, MRZ_LIKE, st.lists(st.one_of(ANY_TEXT, MRZ_LIKE)).map("\n".join)))
def test_mrz_candidates_from_text(text: str) -> None:
    for group in Mrz.candidates_from_text(text):
        _parse(lambda g=group: Mrz.parse(g, AS_OF))


# ---------------------------------------------------------------------- bank

IBAN_LIKE = st.builds(
    lambda cc, rest: cc + rest,
    st.sampled_from(["FR", "DE", "LT", "BE", "MC", "GB", "XX", "F", "fr", ""]),
    st.text(DIGITISH, max_size=40),
)


@fuzz(300)
@given(st.one_of(ANY_TEXT, IBAN_LIKE), st.booleans())
def test_iban_parse(text: str, repair: bool) -> None:
    iban = _parse(lambda: Iban.parse(text, repair=repair))
    if iban is not None:
        assert iban.masked.count("*") > 0 or len(iban.compact) < 8
        rib = _parse(lambda: FrenchRib.from_iban(iban))
        if rib is not None:
            assert isinstance(rib.key_valid, bool)


@fuzz(200)
@given(st.one_of(ANY_TEXT, st.text("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789 O", max_size=14)))
def test_bic_parse(text: str) -> None:
    for repair in (False, True):
        bic = _parse(lambda r=repair: Bic.parse(text, repair=r))
        if bic is not None:
            assert len(bic.compact) in (8, 11)


@fuzz(200)
@given(st.lists(st.one_of(ANY_TEXT, st.text(DIGITISH, max_size=13)), min_size=4, max_size=4))
def test_french_rib_parts(parts: list[str]) -> None:
    rib = _parse(lambda: FrenchRib.parse_parts(*parts))
    if rib is not None:
        assert len(rib.expected_key) == 2
        _parse(lambda: rib.to_iban())


# ---------------------------------------------------------------------- ids

ID_LIKE = st.text("0123456789 .-AB2aO", max_size=22)


@pytest.mark.parametrize("parser", [Nir.parse, Siret.parse, Siren.parse])
@fuzz(200)
@given(text=st.one_of(ANY_TEXT, ID_LIKE))
def test_ids_parse(parser: Callable[[str], Any], text: str) -> None:
    value = _parse(lambda: parser(text))
    if value is not None:
        assert isinstance(value.formatted, str)


# ---------------------------------------------------------------------- dates

MONTHS = ["janvier", "février", "fevrier", "mars", "août", "aout", "décembre", "Sept.", "MAY",
          "Januar", "marzo", "de", "er", "1er"]  # fmt: skip
DATE_LIKE = st.builds(
    lambda parts, seps: "".join(p + s for p, s in zip(parts, seps, strict=False)),
    st.lists(
        st.one_of(
            st.integers(-5, 100_000).map(str),
            st.sampled_from(MONTHS),
            st.text(DIGITISH, max_size=6),
        ),
        min_size=1,
        max_size=6,
    ),
    st.lists(st.sampled_from(["/", ".", "-", " ", ", ", ". ", " de ", ""]), min_size=6, max_size=6),
)


@fuzz(300)
@given(st.one_of(ANY_TEXT, DATE_LIKE))
def test_dates(text: str) -> None:
    day = _parse(lambda: parse_fr_date(text))
    assert day is None or isinstance(day, dt.date)
    for found in find_dates(text):
        assert isinstance(found.value, dt.date)
    for year, month in find_month_years(text):
        assert 1 <= month <= 12 and year > 0
    assert looks_american(text) in (True, False)
    fold(text)


# ---------------------------------------------------------------------- names and addresses

NAME_LIKE = st.text(
    st.sampled_from("ABCDEÉÈËabcdeéïç- '.<MmRrSsÉmileÇİıßØøŁłNGUYỄN 0O1l"), max_size=40
)


@fuzz(300)
@given(
    st.one_of(ANY_TEXT, NAME_LIKE),
    st.one_of(st.none(), ANY_TEXT, NAME_LIKE),
    st.lists(st.one_of(ANY_TEXT, NAME_LIKE), max_size=2),
    st.one_of(st.none(), ANY_TEXT, NAME_LIKE),
)
def test_names(surname: str, given_names: str | None, others: list[str], text: str | None) -> None:
    person = PersonName.parse(surname, given_names, others)
    comparison = person.compare(text)
    assert comparison.match in type(comparison.match)
    person.matches(text)
    person.display  # noqa: B018
    name_tokens(surname)
    fold_upper(surname)
    person_from_text(text or "").compare(surname)
    ocr_typical(surname, text or "")


@fuzz(300)
@given(st.one_of(ANY_TEXT, st.text("0123456789 ,bisterrueavdupDELAParis75011CEDEX\n-'", max_size=80)),
       ANY_TEXT)  # fmt: skip
def test_addresses(text: str, other: str) -> None:
    a = _parse(lambda: Address.parse(text))
    b = _parse(lambda: Address.parse(other))
    if a is not None:
        a.display  # noqa: B018
        assert a.complete in (True, False)
        if b is not None:
            assert a.same_place(b) in (True, False, None)
