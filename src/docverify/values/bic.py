"""The BIC (ISO 9362) as a self-validating value, and the directory of the banks French
RIBs come from (``data/banks.toml``): who a bank code or a printed name is."""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from functools import cache
from importlib import resources

from schwifty import BIC as _SchwiftyBIC
from schwifty import exceptions as _sx

from docverify.values.bank import _OCR_LETTERS, _SEPARATORS, Iban
from docverify.values.errors import InvalidFormat, InvalidLength

__all__ = ["Bank", "Bic", "bank_by_code", "bank_directory", "bank_named_in"]


@dataclass(frozen=True)
class Bic:
    """A BIC (SWIFT code) checked by schwifty: length, structure, country code.

    >>> b = Bic.parse("crly fr pp")
    >>> b.compact, b.bank_code, b.country_code, b.bank_name
    ('CRLYFRPP', 'CRLY', 'FR', 'CREDIT LYONNAIS')
    """

    compact: str
    bank_code: str
    country_code: str
    location_code: str
    branch_code: str
    bank_name: str | None

    repairs: tuple[str, ...] = ()

    @classmethod
    def parse(cls, text: str, *, repair: bool = False) -> Bic:
        """Parse a printed BIC; with ``repair``, digits read in its first six characters
        (bank and country codes, letters only) are turned back into letters (0->O, 1->I,
        5->S, 8->B...). Callers accept such a repair only when something confirms it
        (the IBAN's bank).

        >>> Bic.parse("BNPAFRPPXXX").compact
        'BNPAFRPPXXX'
        >>> fixed = Bic.parse("B0USFRPP", repair=True)
        >>> fixed.compact, fixed.repairs
        ('BOUSFRPP', ('bic: 0->O at position 1',))
        """
        compact = _SEPARATORS.sub("", _clean_bic_prefix(text)).upper()
        if len(compact) not in (8, 11):
            raise InvalidLength(f"a BIC has 8 or 11 characters, got {len(compact)}")
        repairs: tuple[str, ...] = ()
        if repair:
            fixed = "".join(_OCR_LETTERS.get(c, c) if i < 6 else c for i, c in enumerate(compact))
            repairs = tuple(
                f"bic: {a}->{b} at position {i}"
                for i, (a, b) in enumerate(zip(compact, fixed, strict=True))
                if a != b
            )
            compact = fixed
        try:
            bic = _SchwiftyBIC(compact)
        except _sx.InvalidLength as exc:
            raise InvalidLength(str(exc)) from None
        except _sx.SchwiftyException as exc:
            raise InvalidFormat(str(exc)) from None
        return cls(
            compact=compact,
            bank_code=bic.bank_code,
            country_code=bic.country_code,
            location_code=bic.location_code,
            branch_code=bic.branch_code or "",
            bank_name=next(iter(bic.bank_names), None),
            repairs=repairs,
        )

    def matches_iban(self, iban: Iban) -> bool | None:
        """Does schwifty's registry list this BIC for the IBAN's bank code? None if unknown.

        Compared on the first 8 characters (bank, country, location), since a bank's
        branch codes vary (``CEPAFRPP333`` vs ``CEPAFRPPXXX``).
        """
        known: set[str] = set()
        try:
            candidates = _SchwiftyBIC.candidates_from_bank_code(iban.country_code, iban.bank_code)
            known.update(str(c)[:8] for c in candidates)
        except _sx.SchwiftyException:
            pass
        bank = bank_by_code(iban.country_code, iban.bank_code)
        if bank is not None:  # banks.toml fills the registry's gaps
            known.update(bank.bics)
        if not known:
            return None
        return self.compact[:8] in known


def _clean_bic_prefix(text: str) -> str:
    return re.sub(r"^\s*(BIC|SWIFT)\s*(CODE)?\s*[:.]?\s*", "", text, flags=re.IGNORECASE)


# --------------------------------------------------------------------------- bank directory


@dataclass(frozen=True)
class Bank:
    """One bank of ``data/banks.toml``: how its RIBs name it and which codes it uses."""

    name: str
    patterns: tuple[re.Pattern[str], ...]
    bank_codes: tuple[str, ...]
    bics: tuple[str, ...]
    brand_of: str | None = None


@cache
def bank_directory() -> tuple[Bank, ...]:
    """The banks listed in ``docverify/data/banks.toml``, in file order.

    >>> any(b.name == "Qonto" and "16958" in b.bank_codes for b in bank_directory())
    True
    """
    text = resources.files("docverify.data").joinpath("banks.toml").read_text("utf-8")
    return tuple(
        Bank(
            name=entry["name"],
            patterns=tuple(re.compile(p) for p in entry.get("patterns", ())),
            bank_codes=tuple(entry.get("bank_codes", ())),
            bics=tuple(b[:8] for b in entry.get("bics", ())),
            brand_of=entry.get("brand_of"),
        )
        for entry in tomllib.loads(text)["bank"]
    )


def bank_by_code(country_code: str, bank_code: str) -> Bank | None:
    """The directory's bank for a national bank code (None if unknown or ambiguous).

    >>> bank_by_code("LT", "32500").name
    'Revolut'
    """
    found = [b for b in bank_directory() if bank_code in b.bank_codes and b.brand_of is None]
    return found[0] if len(found) == 1 else None


def bank_named_in(folded: str) -> Bank | None:
    """The bank named on a document (text in upper case without accents): the one named
    first (the letterhead), a brand beating its parent bank named elsewhere.

    >>> bank_named_in("HELLO BANK! ... UNE MARQUE DE BNP PARIBAS").name
    'Hello bank!'
    >>> bank_named_in("RELEVE D'IDENTITE BANCAIRE QONTO").name
    'Qonto'
    """
    hits: list[tuple[int, Bank]] = []
    for bank in bank_directory():
        spots = [m.start() for p in bank.patterns if (m := p.search(folded))]
        if spots:
            hits.append((min(spots), bank))
    if not hits:
        return None
    names = {b.name for _, b in hits}
    brands = [(pos, b) for pos, b in hits if b.brand_of in names]
    return min(brands or hits, key=lambda h: h[0])[1]
