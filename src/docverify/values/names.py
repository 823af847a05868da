"""Person names compared the way a clerk compares them.

Case, accents, hyphens, apostrophes, word order and titles (M., Mme, Mr, Mrs...) are
ignored; a usage (married) name may stand beside the birth surname; an OCR slip of
one or two letters is told apart from a different name.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from enum import StrEnum

from rapidfuzz.distance import Levenshtein

TITLES = frozenset(
    [
        "M",
        "MR",
        "MME",
        "MMES",
        "MRS",
        "MS",
        "MISS",
        "MLLE",
        "MONSIEUR",
        "MADAME",
        "MADEMOISELLE",
        "DR",
        "DOCTEUR",
        "SIR",
        "HERR",
        "FRAU",
        "SR",
        "SRA",
        "SENOR",
        "SENORA",
        "SIG",
        "SIGRA",
        "SIGNOR",
        "SIGNORA",
    ]
)
CONNECTORS = frozenset(
    ["ET", "OU", "AND", "OR", "EPOUSE", "EP", "NEE", "NE", "VEUVE", "VVE", "DIT", "DITE"]
)
PARTICLES = frozenset(
    ["DE", "DU", "DES", "LA", "LE", "DI", "DA", "DOS", "DAS", "VAN", "VON", "DER", "DEL", "Y"]
)


def fold_upper(text: str) -> str:
    """Upper case, no accents, ligatures split.

    >>> fold_upper("Gaëlle Œuvray-Müller")
    'GAELLE OEUVRAY-MULLER'
    """
    text = text.replace("œ", "oe").replace("Œ", "OE").replace("æ", "ae").replace("Æ", "AE")
    text = text.replace("ß", "ss")
    nfkd = unicodedata.normalize("NFKD", text)
    return "".join(c for c in nfkd if not unicodedata.combining(c)).upper()


def name_tokens(text: str, drop_titles: bool = True) -> list[str]:
    """Words of a name: no accents, hyphens or apostrophes, no titles or connectors.

    >>> name_tokens("Mme Marie-Hélène d'Arcy")
    ['MARIE', 'HELENE', 'D', 'ARCY']
    >>> name_tokens("M. et Mme DUPONT")
    ['DUPONT']
    """
    words = re.split(r"[^A-Z0-9]+", fold_upper(text))
    out = []
    for w in words:
        if not w or w.isdigit():
            continue
        if drop_titles and (w in TITLES or w in CONNECTORS):
            continue
        out.append(w)
    return out


class NameMatch(StrEnum):
    MATCH = "match"  # same person
    SLIP = "slip"  # same person but for an OCR slip or a spelling variant: questionable
    SURNAME_ONLY = "surname_only"  # e.g. "M. et Mme DUPONT": the family, given name absent
    MISMATCH = "mismatch"  # a different person
    UNKNOWN = "unknown"  # nothing to compare


def _tolerance(token: str) -> int:
    return 0 if len(token) <= 3 else 1 if len(token) <= 7 else 2


def _best(token: str, candidates: Sequence[str]) -> tuple[int, str | None]:
    best, found = 99, None
    for c in candidates:
        if c == token:
            return 0, c
        d = Levenshtein.distance(token, c)
        # MRZ names may be truncated: a prefix of 4+ letters counts as the same word
        if len(c) >= 4 and (token.startswith(c) or c.startswith(token)):
            d = min(d, 1)
        if d < best:
            best, found = d, c
    return best, found


@dataclass(frozen=True)
class PersonName:
    """A person's name split in surname(s) and given names, normalised.

    >>> PersonName.parse("Carter", "Emily Rose").matches("Mme Emily CARTER")
    <NameMatch.MATCH: 'match'>
    >>> PersonName.parse("CARTER", "EMILY ROSE").matches("CARTER EMILY ROSE")
    <NameMatch.MATCH: 'match'>
    >>> PersonName.parse("CARTER", "EMILY").matches("Mme Emlly CARTER")
    <NameMatch.SLIP: 'slip'>
    >>> PersonName.parse("CARTER", "EMILY").matches("M. John SMITH")
    <NameMatch.MISMATCH: 'mismatch'>
    >>> PersonName.parse("DUPONT", "ANNE", ("MARTIN",)).matches("Mme Anne MARTIN")
    <NameMatch.MATCH: 'match'>
    >>> PersonName.parse("ERIKSSON", "ANNA").matches("DUPONT JEAN OU ERIKSSON ANNA")
    <NameMatch.MATCH: 'match'>
    """

    surnames: tuple[str, ...]
    given_names: tuple[str, ...]
    other_surnames: tuple[str, ...] = ()

    @classmethod
    def parse(
        cls, surname: str | None, given_names: str | None, other_surnames: Iterable[str] = ()
    ) -> PersonName:
        others: list[str] = []
        for o in other_surnames:
            others.extend(name_tokens(o))
        return cls(
            tuple(name_tokens(surname or "")),
            tuple(name_tokens(given_names or "")),
            tuple(others),
        )

    @property
    def display(self) -> str:
        return " ".join((*self.given_names, *self.surnames))

    def matches(self, text: str | None) -> NameMatch:
        """How a name written on another document relates to this person."""
        cand = name_tokens(text or "")
        if not cand or not self.surnames:
            return NameMatch.UNKNOWN
        significant = [t for t in self.surnames if t not in PARTICLES] or list(self.surnames)
        slips = 0
        surname_found = True
        for tok in significant:
            d, _ = _best(tok, cand)
            if d == 0:
                continue
            if d <= _tolerance(tok):
                slips += 1
            else:
                surname_found = False
                break
        if not surname_found and self.other_surnames:
            surname_found = all(_best(t, cand)[0] <= _tolerance(t) for t in self.other_surnames)
            slips = sum(_best(t, cand)[0] > 0 for t in self.other_surnames)
        if not surname_found:
            return NameMatch.MISMATCH
        known = {*self.surnames, *self.other_surnames}
        rest = [t for t in cand if _best(t, list(known))[0] > _tolerance(t)]
        if not self.given_names:
            return NameMatch.SLIP if slips else NameMatch.MATCH
        first = self.given_names[0]
        d, _ = _best(first, cand)
        if d == 0:
            return NameMatch.SLIP if slips else NameMatch.MATCH
        if d <= _tolerance(first):
            return NameMatch.SLIP
        if not rest:
            return NameMatch.SURNAME_ONLY
        # other given names may come first ("Rose Emily"); any given name present will do
        for g in self.given_names[1:]:
            dg, _ = _best(g, cand)
            if dg <= _tolerance(g):
                return NameMatch.SLIP if dg or slips else NameMatch.MATCH
        # initial only: "E. CARTER"
        if any(len(t) == 1 and t == first[0] for t in cand):
            return NameMatch.SLIP if slips else NameMatch.MATCH
        return NameMatch.MISMATCH


def person_from_text(text: str) -> PersonName:
    """A loose PersonName from "SURNAME Given" or "Given SURNAME" text (capitals = surname)."""
    raw = re.split(r"\s+", text.strip())
    upper = [w for w in raw if w.isupper() and len(w) > 1]
    lower = [w for w in raw if not (w.isupper() and len(w) > 1)]
    if upper and lower:
        return PersonName.parse(" ".join(upper), " ".join(lower))
    toks = name_tokens(text)
    return PersonName.parse(toks[-1] if toks else "", " ".join(toks[:-1]))
