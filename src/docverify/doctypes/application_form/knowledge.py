"""What the cerfa 15763 prints and names, read from ``data/application_form.toml``."""

from __future__ import annotations

import functools
import re
import tomllib
from dataclasses import dataclass
from importlib import resources
from typing import Any

EMPLOYED, NOT_EMPLOYED, OTHER = "employed", "not_employed", "other"
STATUSES = (EMPLOYED, NOT_EMPLOYED, OTHER)


@dataclass(frozen=True)
class Situation:
    """One box of section B: its id, the status it means, how its caption begins."""

    id: str
    status: str
    captions: tuple[re.Pattern[str], ...]


@functools.cache
def _data() -> dict[str, Any]:
    text = resources.files("docverify.data").joinpath("application_form.toml").read_text("utf-8")
    return tomllib.loads(text)


@functools.cache
def situations() -> tuple[Situation, ...]:
    """Section B's boxes, the more specific captions first (a non-salaried activity before
    a salaried one: "activité non salariée" also holds "salariée")."""
    out = tuple(
        Situation(s["id"], s["status"], tuple(re.compile(c) for c in s["captions"]))
        for s in _data()["situation"]
    )
    order = {"independant": 0}
    return tuple(sorted(out, key=lambda s: order.get(s.id, 1)))


def situation(sid: str) -> Situation:
    return next(s for s in situations() if s.id == sid)


@functools.cache
def contract_types() -> tuple[str, ...]:
    return tuple(_data()["contract_types"])


@functools.cache
def acroform_patterns() -> tuple[tuple[str, re.Pattern[str]], ...]:
    """(meaning, regex over the folded field name), first match wins."""
    return tuple((a["meaning"], re.compile(a["pattern"])) for a in _data()["acroform"])


@functools.cache
def hand_digit_slips() -> dict[str, tuple[tuple[str, str, float], ...]]:
    """For each character OCR may read in a handwritten number, the digits it may stand
    for: (digits, cost); a letter read for a digit costs 1, another digit 2."""
    slips: dict[str, list[tuple[str, str, float]]] = {}
    table = _data()["hand_digits"]
    for cost, kind in ((1.0, "letters"), (2.0, "digits")):
        for digits, reads in table[kind].items():
            for read in reads:
                slips.setdefault(read, []).append((read, digits, cost))
    return {k: tuple(v) for k, v in slips.items()}
