"""Country groups the rules need (EU/EEA/Swiss, apostille exemptions), read from data."""

from __future__ import annotations

import functools
import tomllib
from importlib import resources
from typing import Any


@functools.cache
def _data() -> dict[str, Any]:
    return tomllib.loads(
        resources.files("docverify.data").joinpath("countries.toml").read_text("utf-8")
    )


def normalise(code: str | None) -> str | None:
    if not code:
        return None
    code = code.strip("<").upper()
    return str(_data()["aliases"].get(code, code))


def free_movement(code: str | None) -> bool:
    """EU, EEA or Swiss national: no residence permit needed.

    >>> free_movement("DEU"), free_movement("D"), free_movement("USA"), free_movement("NOR")
    (True, True, False, True)
    """
    c = normalise(code)
    d = _data()
    return c in d["eu"] or c in d["eea_extra"] or c in d["swiss"]


def apostille_rule(code: str | None) -> str:
    """``exempt_france``, ``exempt_eu``, ``exempt_bilateral``, ``legalisation`` or ``apostille``.

    >>> apostille_rule("FRA"), apostille_rule("DEU"), apostille_rule("USA"), apostille_rule("EGY")
    ('exempt_france', 'exempt_eu', 'apostille', 'legalisation')
    """
    c = normalise(code)
    d = _data()
    if c == "FRA":
        return "exempt_france"
    if c in d["eu"]:
        return "exempt_eu"
    if c in d["apostille"]["exempt_bilateral"]:
        return "exempt_bilateral"
    if c in d["apostille"]["legalisation"]:
        return "legalisation"
    return "apostille"
