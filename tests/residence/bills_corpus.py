"""The bills corpus shared by the extraction tests and ``bench/bills_bench.py``: every
provider the sample kit can draw, each in its layout, with the fields docverify must read.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from docverify.values.names import NameMatch, person_from_text

FIELDS = ("provider", "issue_date", "holder_name", "period_start", "period_end")


def corpus() -> list[Any]:
    """One bill per provider: the five bundled layouts and the four variant layouts."""
    import samplekit.residence_variants as rv

    emily = rv.Person()
    husband = rv.Person(given_names="John", sex="M")
    bills: list[Any] = []
    for i, provider in enumerate(("EDF", "Free", "Engie", "Eau de Paris", "Orange")):
        m = 6 + i
        bills.append(
            rv.BillContent(
                provider=provider,
                holder=emily,
                issue_date=dt.date(2026, m + 1, 4 + i),
                period_start=dt.date(2026, m, 1),
                period_end=dt.date(2026, m + 1, 1) - dt.timedelta(days=1),
                amount=40.0 + i,
                invoice_number=f"4{i}07 2291 {i}56",
            )
        )
    for i, provider in enumerate(rv.LOOKS):
        water = rv.LOOKS[provider].layout == "water"
        monthly = rv.LOOKS[provider].layout == "month"  # a bill for a named calendar month
        start = dt.date(2026, 7 if water else 8, 1 if i % 2 or water or monthly else 16)
        end = (
            dt.date(2026, 8, 31)
            if water
            else dt.date(2026, 9, 15)
            if start.day == 16
            else dt.date(2026, 8, 31)
        )
        bills.append(
            rv.VariantBill(
                provider=provider,
                holder=emily,
                co_holder=husband if i % 4 == 0 else None,
                issue_date=end + dt.timedelta(days=3 + i),
                period_start=start,
                period_end=end,
                amount=30.0 + i,
                invoice_number=f"FA{i:02d} 2026 {7000 + i}",
            )
        )
    return bills


def score(bill: Any, fields: dict[str, Any]) -> dict[str, bool]:
    """Which of ``FIELDS`` were read right (names compared as a clerk would)."""
    import samplekit.residence_variants as rv

    want = rv.truth(bill)
    out = {}
    for key in FIELDS:
        got = fields.get(key)
        if key == "holder_name":
            expected = person_from_text(want["holder_name"].replace("M. et Mme", "").strip())
            out[key] = (got is not None and expected.matches(got) == NameMatch.MATCH) or (
                got is not None and got.upper() == want[key].upper()
            )
        else:
            out[key] = got == want[key]
    return out
