"""Country groups the rules need (EU/EEA/Swiss, apostille exemptions), and how documents
name the country that issued them; all read from data (``countries.toml``,
``certificates.toml``)."""

from __future__ import annotations

import functools
import re
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


@functools.cache
def _certificates() -> dict[str, Any]:
    return tomllib.loads(
        resources.files("docverify.data").joinpath("certificates.toml").read_text("utf-8")
    )


@functools.cache
def _issuer_patterns() -> tuple[tuple[re.Pattern[str], str, int], ...]:
    """(pattern, country, rank): rank 0 for a sign naming the state, 1 for a hint."""
    return tuple(
        (re.compile(sign), str(entry["country"]), rank)
        for entry in _certificates()["issuer"]
        for rank, key in enumerate(("signs", "hints"))
        for sign in entry.get(key, ())
    )


def issuer_from_text(folded: str) -> str | None:
    r"""The country whose civil-status office issued a certificate, from what the
    document says of its issuer (folded text), as ISO 3166 alpha-3: the state it names
    first; else the first weaker hint (an administrative word, a country name alone).
    The language is no sign: French wording alone is not France.

    >>> issuer_from_text("ESTADOS UNIDOS MEXICANOS\nACTA DE NACIMIENTO\nREGISTRO CIVIL")
    'MEX'
    >>> issuer_from_text("GEBURTSURKUNDE\nSTANDESAMT MUNCHEN"), issuer_from_text("NOTHING")
    ('DEU', None)
    >>> issuer_from_text("REPUBLIQUE TUNISIENNE\nEXTRAIT D'ACTE DE NAISSANCE\nMAIRIE DE SOUSSE")
    'TUN'
    >>> issuer_from_text("EXTRAIT D'ACTE DE NAISSANCE\nL'OFFICIER DE L'ETAT CIVIL")
    """
    best: tuple[int, int, str] | None = None
    for rx, country, rank in _issuer_patterns():
        m = rx.search(folded)
        if m and (best is None or (rank, m.start()) < best[:2]):
            best = (rank, m.start(), country)
    return best[2] if best else None


def code_from_name(name: str | None) -> str | None:
    """ISO 3166 alpha-3 of a country name as documents write it (in any of the languages
    listed), or an alpha-3 code itself; the longest known name inside ``name`` wins.

    >>> code_from_name("República Federativa do Brasil"), code_from_name("United States of America")
    ('BRA', 'USA')
    >>> code_from_name("Estados Unidos Mexicanos"), code_from_name("Atlantis")
    ('MEX', None)
    """
    if not name:
        return None
    folded = " ".join(re.findall(r"[A-Z]+", _fold(name)))
    names: dict[str, str] = _certificates()["names"]
    best: tuple[int, str] | None = None
    for known, code in names.items():
        key = " ".join(re.findall(r"[A-Z]+", known))
        if re.search(rf"\b{re.escape(key)}\b", folded) and (best is None or len(key) > best[0]):
            best = (len(key), code)
    if best:
        return best[1]
    if re.fullmatch(r"[A-Z]{3}", folded) and folded in _all_codes():
        return folded
    return None


def _fold(text: str) -> str:
    from docverify.values.names import fold_upper

    return fold_upper(text)


@functools.cache
def _all_codes() -> frozenset[str]:
    d = _data()
    codes = {*d["eu"], *d["eea_extra"], *d["swiss"]}
    codes |= set(d["apostille"]["exempt_bilateral"]) | set(d["apostille"]["legalisation"])
    codes |= set(_certificates()["names"].values())
    return frozenset(codes)


@functools.cache
def _number_formats() -> dict[str, dict[str, re.Pattern[str]]]:
    raw = tomllib.loads(
        resources.files("docverify.data").joinpath("document_numbers.toml").read_text("utf-8")
    )
    return {family: {c: re.compile(rx) for c, rx in table.items()} for family, table in raw.items()}


def number_format(issuer: str | None, document_code: str | None) -> re.Pattern[str] | None:
    """How ``issuer`` numbers this kind of document (``P``... passport, ``V``... visa), when
    known (``document_numbers.toml``).

    >>> bool(number_format("HUN", "P").match("BD0002028")), number_format("HUN", "ID")
    (True, None)
    """
    family = {"P": "passport", "V": "visa"}.get((document_code or "")[:1])
    code = normalise(issuer)
    if family is None or code is None:
        return None
    return _number_formats().get(family, {}).get(code)


@functools.cache
def _icao_codes() -> frozenset[str]:
    import pycountry

    return frozenset(c.alpha_3 for c in pycountry.countries) | frozenset(_data()["icao_extra"])


def icao_code(code: str | None) -> bool:
    """Is ``code`` a state or organisation an MRZ may name (ISO 3166-1 alpha-3 or ICAO's own
    codes, fillers stripped)? A misread issuing state ("RAO" for "ITA") is none.

    >>> icao_code("ITA"), icao_code("D<<"), icao_code("UTO"), icao_code("RAO")
    (True, True, True, False)
    """
    return bool(code) and (code or "").strip("<").upper() in _icao_codes()
