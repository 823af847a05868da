"""Section C's handwritten date read with a slip or two (recorded tesseract reads of the
development forms' date zones): the date the fewest slips make of it is taken when no
other date needs as few, and only when it is plausible (a guess never faults a form)."""

from __future__ import annotations

import datetime as dt

import pytest

from docverify.doctypes.application_form.date_text import misread_date, repair_digits

AS_OF = dt.date(2026, 11, 25)


@pytest.mark.parametrize(
    ("read", "meant"),
    [
        ("16/19/2026", dt.date(2026, 10, 16)),  # an open 0 read 9
        ("I8/N/2026", dt.date(2026, 11, 18)),  # "1" read I, "11" read N
        ("le 2l/ll/2026", dt.date(2026, 11, 21)),
        ("O3/U/26", dt.date(2026, 11, 3)),
    ],
)
def test_a_date_read_with_slips_is_put_right(read: str, meant: dt.date) -> None:
    found = misread_date(read, AS_OF)
    assert found is not None and found[0] == meant


@pytest.mark.parametrize(
    "read",
    [
        "IS/N/2026",  # 15 or 18: as many slips either way
        "02/12/2026",  # read clearly: after the audit date, nothing to put right
        "O2/I2/2O26",  # slips that make it a future date: never a plausible guess
        "18/N/TOU",  # a year that cannot be read is not guessed
        "17/2026",
    ],
)
def test_no_date_is_guessed(read: str) -> None:
    assert misread_date(read, AS_OF) is None


def test_a_month_of_two_leaning_ones_read_as_backslashes() -> None:
    assert repair_digits("03/" + 2 * chr(92) + "/2026") == "03/11/2026"


def test_a_legal_notices_date_under_the_signing_line_is_no_signing_date() -> None:
    """set_ak p03: the hand's date after "le" unreadable, the next line the notice "La loi
    n° 78-17 du 6 janvier 1978": no date, not a form signed in 1978. A date written alone
    under its label is still read."""
    from docverify.doctypes.application_form.date_text import signed_date

    lines = ["Faità Paris le LO/IT/TOU Signature",
             "La loi n° 78-17 du 6 janvier 1978 modifiée relative à l'informatique"]  # fmt: skip
    assert signed_date(lines)[0] is None
    assert signed_date(["Fait à Paris le", "12/11/2026   Signature"])[0] == dt.date(2026, 11, 12)
