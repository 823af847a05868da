"""Who issued a bill and for which service.

Provider knowledge (names, patterns, services, brands, the titles of contract
attestations) lives in ``data/providers.toml``. A bill from a provider the table does not
know is still named: French companies must print their legal name with their legal form,
capital and RCS registration (Code de commerce, art. R123-237), usually in the footer
("Eaux de la Marne SAS — 14 quai de la Marne ... RCS Créteil"), and that name is taken.
"""

from __future__ import annotations

import functools
import re
import tomllib
from collections.abc import Sequence
from dataclasses import dataclass
from importlib import resources

from docverify.doctypes.base import fold_text


@dataclass(frozen=True)
class Provider:
    name: str
    service: str
    patterns: tuple[re.Pattern[str], ...]
    services: tuple[str, ...] = ()
    brand_of: str | None = None

    def first_hit(self, folded: str) -> int | None:
        """Offset of the first mention of this provider in ``folded``, or None."""
        hits = [m.start() for rx in self.patterns if (m := rx.search(folded))]
        return min(hits) if hits else None


@functools.cache
def _data() -> dict[str, object]:
    text = resources.files("docverify.data").joinpath("providers.toml").read_text("utf-8")
    return tomllib.loads(text)


@functools.cache
def providers() -> tuple[Provider, ...]:
    raw = _data()["provider"]
    assert isinstance(raw, list)
    return tuple(
        Provider(
            p["name"],
            p["service"],
            tuple(re.compile(x) for x in p["patterns"]),
            tuple(p.get("services", ())),
            p.get("brand_of"),
        )
        for p in raw
    )


@functools.cache
def service_words() -> tuple[tuple[str, tuple[re.Pattern[str], ...]], ...]:
    raw = _data()["services"]
    assert isinstance(raw, dict)
    return tuple((k, tuple(re.compile(x) for x in v)) for k, v in raw.items())


@functools.cache
def attestation_titles() -> re.Pattern[str]:
    """The titles of the contract attestations suppliers issue as proofs of address."""
    raw = _data()["attestation"]
    assert isinstance(raw, dict)
    return re.compile("|".join(f"(?:{x})" for x in raw["titles"]))


def any_provider() -> re.Pattern[str]:
    """One pattern matching any provider of ``providers.toml`` (a classification signal)."""
    return re.compile("|".join(f"(?:{rx.pattern})" for p in providers() for rx in p.patterns))


def find_provider(folded: str) -> Provider | None:
    """The provider named on the bill: a brand beats its parent company named after it or
    in the legal notice (Sosh bills carry "Orange SA" in the footer), not a parent in the
    letterhead above an offer named for the brand ("Bouygues Telecom" ... "Forfait B&YOU");
    then the earliest mention (the letterhead) wins.

    >>> find_provider("SOSH\\nVOTRE FACTURE\\nORANGE SA AU CAPITAL").name
    'Sosh'
    >>> find_provider("BOUYGUES TELECOM\\nFACTURE\\nFORFAIT B&YOU 100 GO 34,03 EUR").name
    'Bouygues Telecom'
    >>> find_provider("BOUYGUES VOTRE FACTURE\\nTELECOM DU 31/08/2026\\nFORFAIT B&YOU 100 GO").name
    'Bouygues Telecom'
    >>> find_provider("VEOLIA EAU\\nFACTURE D'EAU").name
    'Veolia'
    >>> find_provider("BONJOUR") is None
    True

    An app's bar, read over its lines: the brand alone, its name cut short.

    >>> find_provider("MES FACTURES\\nFREE\\nFACTURE DE JUILLET 2026").name
    'Free'
    >>> find_provider("MES FACTURES\\nD ORANGE\\nFACTURE DE AOUT 2026").name
    'Orange'
    >>> find_provider("MES FACTURES\\nBOUYGUES TELECO\\nFACTURE DE SEPTEMBRE").name
    'Bouygues Telecom'
    >>> find_provider("TOLL-FREE NUMBER\\n0800 123 456") is None
    True
    >>> find_provider("EDF\\n12 RUE DES LILAS\\n84100 ORANGE\\nFACTURE").name
    'EDF'
    >>> find_provider("M. PONS\\n84100 ORANGE\\nFACTURE DU 3 MARS") is None
    True
    """
    found = [
        (pos, i, p) for i, p in enumerate(providers()) if (pos := p.first_hit(folded)) is not None
    ]
    first = {p.name: pos for pos, _, p in found}
    parents = {
        p.brand_of
        for pos, _, p in found
        if p.brand_of
        and (
            pos < first.get(p.brand_of, pos + 1)
            or LEGAL_LINE.search(_line_at(folded, first.get(p.brand_of, 0)))
        )
    }
    found = [f for f in found if f[2].name not in parents]
    return min(found, key=lambda f: (f[0], f[1]))[2] if found else None


def _line_at(text: str, pos: int) -> str:
    """The line of ``text`` holding character ``pos``."""
    start = text.rfind("\n", 0, pos) + 1
    end = text.find("\n", pos)
    return text[start : end if end >= 0 else len(text)]


LEGAL_LINE = re.compile(r"\bR\.?C\.?S\b|AU CAPITAL|\bSIRE[NT]\b|SIEGE SOCIAL")
LEGAL_FORM = re.compile(
    r"\s*(?:[,\-–—(]\s*)?\b(?:SAS|SASU|SARL|EURL|SA|SCA|SE|SNC|SEM|SPL|EPIC|GIE|"
    r"SOCIETE (?:ANONYME|PAR ACTIONS SIMPLIFIEE|EN COMMANDITE|D'ECONOMIE MIXTE)|"
    r"SOCIETE|ENTREPRISE|ETABLISSEMENT)\b"
)


def legal_name(lines: Sequence[str]) -> str | None:
    """The company named in the legal notice (name, legal form, capital, RCS).

    >>> legal_name(["Eaux de la Marne SAS — 14 quai de la Marne — RCS Créteil 512 334 887"])
    'Eaux de la Marne'
    >>> legal_name(["SFR — Société anonyme au capital de 3 423 265 598,40 € — RCS Paris"])
    'SFR'
    >>> legal_name(["Total TTC 32,99 €"]) is None
    True
    """
    for raw in reversed(lines):  # the footer is at the bottom
        line = re.sub(r"\s+", " ", raw).strip()
        folded = fold_text(line)
        if not LEGAL_LINE.search(folded):
            continue
        m = LEGAL_FORM.search(folded)
        cut = m.start() if m else None
        head = re.split(r"\s[—–\-|]\s|,|\bAU CAPITAL\b", line[:cut] if cut else line)[0]
        head = re.sub(r"\s+", " ", head).strip(" .-—–,")
        words = head.split()
        if 1 <= len(words) <= 6 and not re.search(r"\d", head) and len(head) >= 2:
            return head
    return None


def service_of(provider: Provider | None, folded: str) -> str | None:
    """The service billed: the provider's default, refined by the bill's words among the
    services this provider sells (electricity + gas on one bill is ``energy``)."""
    allowed = set(provider.services) if provider else set()
    hits = {name for name, rxs in service_words() if any(rx.search(folded) for rx in rxs)}
    if provider is None:
        order = ("water", "electricity", "gas", "mobile", "internet", "landline")
        found = [s for s in order if s in hits]
        if {"electricity", "gas"} <= hits:
            return "energy"
        return found[0] if found else None
    if not allowed:
        return provider.service
    if {"electricity", "gas"} & allowed:
        elec, gas = "electricity" in hits, "gas" in hits
        if elec and gas and "energy" in allowed:
            return "energy"
        if elec:
            return "electricity"
        if gas:
            return "gas"
        return provider.service
    for s in ("mobile", "internet", "landline"):
        if s in allowed and s in hits:
            return s
    return provider.service
