"""Tests for docverify.values.bank: shared vectors, OCR repair, round-trips."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from schwifty import IBAN as SchwiftyIBAN

from docverify.values.bank import FrenchRib, Iban, mask_iban, restore_letter, rib_key
from docverify.values.bic import Bic
from docverify.values.errors import InvalidFormat, InvalidLength, ValueParseError

VECTORS = Path(__file__).resolve().parents[3] / "shared" / "specimens" / "vectors"
BANK_VECTORS = VECTORS / "fr_bank_vectors.json"


def _load() -> dict[str, Any]:
    if not BANK_VECTORS.is_file():
        return {"iban": [], "bic": [], "nir": []}
    return dict(json.loads(BANK_VECTORS.read_text(encoding="utf-8")))


_V = _load()
needs_vectors = pytest.mark.skipif(
    not _V["iban"],
    reason=f"shared specimens not found at {BANK_VECTORS} (../shared beside the repo)",
)


def _expected_valid(v: dict[str, Any]) -> bool:
    return bool(v.get("schwifty_valid", v.get("schwifty_valid_with_validate_bban")))


@needs_vectors
@pytest.mark.parametrize("v", _V["iban"], ids=[v["iban"] for v in _V["iban"]])
def test_iban_vectors(v: dict[str, Any]) -> None:
    if "*" in v["iban"]:  # a masked IBAN printed on a bill is not an IBAN
        with pytest.raises(InvalidFormat):
            Iban.parse(v["iban"])
        return
    iban = Iban.parse(v["iban"], repair=False)
    assert iban.valid is _expected_valid(v)
    assert iban.checksum_valid is v["stdnum_valid"]  # stdnum checks mod-97 only for FR
    error = v.get("schwifty_error", "")
    if "InvalidBBANChecksum" in error or "schwifty_valid_with_validate_bban" in v:
        assert iban.checksum_valid and iban.bban_valid is False
    if "bank_code" in v:
        rib = FrenchRib.from_iban(iban)
        assert (rib.code_banque, rib.code_guichet, rib.numero_compte, rib.cle) == (
            v["bank_code"],
            v["branch_code"],
            v["account_code"],
            v["rib_key"],
        )
        assert rib.expected_key == v["rib_key_recomputed"]
        assert rib.key_valid
        assert iban.bic == v["schwifty_bic_from_bank_code"]
        assert iban.is_sepa
    # Repair must not change anything on these: they contain no letters in numeric parts.
    assert Iban.parse(v["iban"]) == iban


@needs_vectors
@pytest.mark.parametrize("v", _V["bic"], ids=[v["bic"] for v in _V["bic"]])
def test_bic_vectors(v: dict[str, Any]) -> None:
    if v["schwifty_valid"]:
        assert Bic.parse(v["bic"]).compact == v["bic"]
    else:
        with pytest.raises(ValueParseError):
            Bic.parse(v["bic"])


def test_bic_length_and_structure_errors() -> None:
    with pytest.raises(InvalidLength):
        Bic.parse("BNPAFRP")
    with pytest.raises(InvalidFormat):
        Bic.parse("CEPA1RPP")
    assert Bic.parse("BIC : bnpa fr pp").compact == "BNPAFRPP"


def test_bic_matches_iban() -> None:
    iban = Iban.parse("FR7613335000400893289136106")
    assert Bic.parse("CEPAFRPP333").matches_iban(iban) is True
    assert Bic.parse("BNPAFRPP").matches_iban(iban) is False
    unknown_bank = Iban.parse("FR20 1254 2547 2569 8542 5874 698")
    assert Bic.parse("BNPAFRPP").matches_iban(unknown_bank) is None


@pytest.mark.parametrize(
    "text",
    [
        "FR7630006000011234567890189",
        "fr76 3000 6000 0112 3456 7890 189",
        "IBAN FR76 3000 6000 0112 3456 7890 189",
        "iban: FR76-3000-6000-0112-3456-7890-189",
        "  IBAN\tFR7630006000011234567890189 ",
    ],
)
def test_tolerant_input(text: str) -> None:
    iban = Iban.parse(text)
    assert iban.compact == "FR7630006000011234567890189"
    assert iban.formatted == "FR76 3000 6000 0112 3456 7890 189"
    assert iban.masked == "FR76 **** **** **** **** ***0 189"
    assert iban.bank_name == "CREDIT AGRICOLE SA"
    assert iban.valid


@pytest.mark.parametrize(
    ("text", "error"),
    [
        ("", InvalidFormat),
        ("FR76 3000 6000 0112 3456 7890 18", InvalidLength),
        ("FR76 3000 6000 0112 3456 7890 1899", InvalidLength),
        ("XX76 3000 6000 0112 3456 7890 189", InvalidFormat),
        ("FR76 3000 6000 0112 3456 7890 18€", InvalidFormat),
        ("7630006000011234567890189", InvalidFormat),
        ("FR76 3000 600X 0112 3456 7890 189", InvalidFormat),  # X cannot be a digit
    ],
)
def test_not_an_iban(text: str, error: type[Exception]) -> None:
    with pytest.raises(error) as info:
        Iban.parse(text)
    assert "30006000011234567890" not in str(info.value)


def test_foreign_ibans() -> None:
    de = Iban.parse("DE89 3704 0044 0532 0130 00")
    assert de.valid and de.is_sepa and de.country_code == "DE"
    gb = Iban.parse("GB82WEST12345698765432")
    assert gb.checksum_valid and gb.bban_valid is None  # no national check digits
    assert gb.is_sepa  # SEPA is wider than the EU
    assert Iban.parse("BR1800360305000010009795493C1").is_sepa is False


def test_repr_and_str_are_masked() -> None:
    iban = Iban.parse("FR7630006000011234567890189")
    assert "1234567890" not in repr(iban) and "1234567890" not in str(iban)


def test_mask_iban_short() -> None:
    assert mask_iban("NO9386011117947") == "NO93 **** ***7 947"


# --------------------------------------------------------------------------- repair


def test_ocr_repair_in_numeric_parts() -> None:
    text = "FR76 3OOO 6OOO OI12 3456 7890 189"
    iban = Iban.parse(text)
    assert iban.compact == "FR7630006000011234567890189"
    assert iban.valid
    assert "iban: O->0 at position 5" in iban.repairs
    assert "iban: I->1 at position 13" in iban.repairs
    assert len(iban.repairs) == 8
    with pytest.raises(InvalidFormat):
        Iban.parse(text, repair=False)


def test_ocr_repair_s_and_b() -> None:
    iban = Iban.parse("FR14" + "2OO41O1OOS" + "0500013M026" + "O6")
    assert iban.compact == "FR1420041010050500013M02606" and iban.valid
    assert "iban: S->5 at position 13" in iban.repairs
    key = Iban.parse("fr76 3000 6000 0112 3456 7890 1B9")
    assert key.compact == "FR7630006000011234567890189"
    assert key.repairs == ("iban: B->8 at position 25",)


def test_repair_refused_when_checks_fail() -> None:
    # O in the bank code, but the account also has a wrong digit: nothing verifies.
    iban_text = "FR76 3OOO 6000 0112 3456 7890 199"
    with pytest.raises(InvalidFormat):
        Iban.parse(iban_text)


def test_digit_never_touched() -> None:
    iban = Iban.parse("FR7630006000011234567890188")  # wrong last digit, nothing to repair
    assert not iban.valid and iban.repairs == ()
    assert iban.compact == "FR7630006000011234567890188"


def test_letters_in_account_part_kept() -> None:
    # La Banque Postale account numbers carry a letter: it is never "repaired".
    iban = Iban.parse("FR1420041010050500013M02606")
    assert iban.valid and iban.repairs == ()


# --------------------------------------------------------------------------- RIB


def test_rib_key_examples() -> None:
    assert rib_key("20041", "01005", "0500013M026") == "06"
    assert rib_key("30002", "00550", "0000157845Z") == "02"
    assert rib_key("30006", "00001", "12345678901") == "89"


def test_rib_parse_parts_errors() -> None:
    with pytest.raises(InvalidLength):
        FrenchRib.parse_parts("2004", "01005", "0500013M026", "06")
    with pytest.raises(InvalidFormat):
        FrenchRib.parse_parts("2004A", "01005", "0500013M026", "06")
    with pytest.raises(InvalidFormat):
        FrenchRib.parse_parts("20041", "01005", "0500013M02-", "06")
    rib = FrenchRib.parse_parts("20041", "01005", "0500013M026", "07")
    assert not rib.key_valid and rib.expected_key == "06"


def test_rib_from_non_french_iban() -> None:
    with pytest.raises(InvalidFormat):
        FrenchRib.from_iban(Iban.parse("DE89 3704 0044 0532 0130 00"))


ACCOUNT = st.text("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ", min_size=11, max_size=11)
DIGITS5 = st.text("0123456789", min_size=5, max_size=5)


@settings(max_examples=200, deadline=None)
@given(DIGITS5, DIGITS5, ACCOUNT)
def test_rib_round_trip(bank: str, branch: str, account: str) -> None:
    key = rib_key(bank, branch, account)
    rib = FrenchRib.parse_parts(bank, branch, account, key)
    assert rib.key_valid
    iban = rib.to_iban()
    assert iban.valid and iban.checksum_valid and iban.bban_valid is True
    assert FrenchRib.from_iban(iban) == rib
    # schwifty's own French algorithm agrees with ours
    assert SchwiftyIBAN(iban.compact, validate_bban=True).compact == iban.compact


@settings(max_examples=200, deadline=None)
@given(DIGITS5, DIGITS5, ACCOUNT, st.data())
def test_flipped_digit_is_invalid(
    bank: str, branch: str, account: str, data: st.DataObject
) -> None:
    iban = FrenchRib.parse_parts(bank, branch, account, rib_key(bank, branch, account)).to_iban()
    digits = [i for i, c in enumerate(iban.compact) if c.isdigit()]
    pos = data.draw(st.sampled_from(digits))
    new = data.draw(st.sampled_from([d for d in "0123456789" if d != iban.compact[pos]]))
    flipped = iban.compact[:pos] + new + iban.compact[pos + 1 :]
    parsed = Iban.parse(flipped)
    assert not parsed.valid
    assert parsed.repairs == ()
    assert not parsed.checksum_valid  # mod-97 catches every single-digit change


def test_a_letter_of_an_account_number_read_as_a_digit_is_offered_when_both_checks_agree() -> None:
    """An LCL account number ends in a letter ("0000738219Z"); on a blurred photo OCR
    reads the Z as 2, in the IBAN and the RIB table alike. Only places the structure allows
    a letter are tried, and a reading is offered when mod-97 and the RIB key both pass
    with exactly one such change; parsing itself never takes it."""
    assert restore_letter("FR1030002005120000738219276") == (
        "FR1030002005120000738219Z76", "iban: 2->Z at position 24",
    )  # fmt: skip
    assert not Iban.parse("FR10 3000 2005 1200 0073 8219 276").valid
    # a real digit slip in the same IBAN: no letter makes both checks pass
    assert restore_letter("FR1030002005120000738218276") is None
    # a valid IBAN, or one of a country whose account holds no letter, gets nothing
    assert restore_letter("DE89370400440532013001") is None


def test_restore_digit_puts_back_the_digits_of_an_account_read_as_letters() -> None:
    """A La Banque Postale account "0241830K020" read with both 0s round the K as Os: the
    one change that passes mod 97 and the RIB key; a reading that several changes make
    pass alike is none."""
    from docverify.values.bank import restore_digit

    assert restore_digit("FR932004100001024183OKO2071") == (
        "FR9320041000010241830K02071",
        "iban: O->0 at position 20, O->0 at position 22",
    )
    assert restore_digit("FR932004100001024183OKO2072") is None  # a digit slip besides
