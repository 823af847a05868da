"""French postal addresses, normalised for comparison across documents."""

from __future__ import annotations

import re
from dataclasses import dataclass

from rapidfuzz import fuzz

from docverify.values.names import fold_upper

STREET_TYPES = {
    "R": "RUE", "RUE": "RUE",
    "AV": "AVENUE", "AVE": "AVENUE", "AVENUE": "AVENUE",
    "BD": "BOULEVARD", "BLD": "BOULEVARD", "BOUL": "BOULEVARD", "BOULEVARD": "BOULEVARD",
    "PL": "PLACE", "PLACE": "PLACE",
    "CHE": "CHEMIN", "CHEM": "CHEMIN", "CHEMIN": "CHEMIN",
    "IMP": "IMPASSE", "IMPASSE": "IMPASSE",
    "ALL": "ALLEE", "ALLEE": "ALLEE",
    "QU": "QUAI", "QUAI": "QUAI",
    "RTE": "ROUTE", "ROUTE": "ROUTE",
    "CRS": "COURS", "COURS": "COURS",
    "FBG": "FAUBOURG", "FAUBOURG": "FAUBOURG",
    "PASS": "PASSAGE", "PASSAGE": "PASSAGE",
    "SQ": "SQUARE", "SQUARE": "SQUARE",
    "RES": "RESIDENCE", "RESIDENCE": "RESIDENCE",
    "CH": "CHEMIN", "CHAUSSEE": "CHAUSSEE", "PROM": "PROMENADE", "PROMENADE": "PROMENADE",
    "VOIE": "VOIE", "HAMEAU": "HAMEAU", "LOT": "LOTISSEMENT", "LOTISSEMENT": "LOTISSEMENT",
    "CITE": "CITE", "VILLA": "VILLA", "MAIL": "MAIL", "PARVIS": "PARVIS", "ESP": "ESPLANADE",
    "ESPLANADE": "ESPLANADE", "SENTIER": "SENTIER", "RPT": "ROND-POINT",
}  # fmt: skip
REPETITIONS = {
    "B": "BIS",
    "BIS": "BIS",
    "T": "TER",
    "TER": "TER",
    "Q": "QUATER",
    "QUATER": "QUATER",
}
POSTCODE = re.compile(r"\b((?:0[1-9]|[1-8]\d|9[0-8]|2[AB])\s?\d{3})\b")
STREET = re.compile(
    r"\b(\d{1,4})\s*(BIS|TER|QUATER|B|T)?\s*,?\s+"
    r"(R|RUE|AV|AVE|AVENUE|BD|BLD|BOULEVARD|PL|PLACE|CHE|CHEM|CHEMIN|IMP|IMPASSE|ALL|ALLEE|QU|"
    r"QUAI|RTE|ROUTE|CRS|COURS|FBG|FAUBOURG|PASS|PASSAGE|SQ|SQUARE|RES|RESIDENCE|CH|CHAUSSEE|PROM|"
    r"PROMENADE|VOIE|HAMEAU|LOT|LOTISSEMENT|CITE|VILLA|MAIL|PARVIS|ESP|ESPLANADE|SENTIER|RPT)\.?\s+"
    r"([A-Z' \-]{2,60}?)(?=\s*(?:,|\d{5}|\n|$|BAT|APPT|ETAGE|ESC))"
)


@dataclass(frozen=True)
class Address:
    """A French address reduced to what identifies the dwelling.

    >>> a = Address.parse("12 r. des Lilas, 75011 PARIS")
    >>> a.number, a.street, a.postcode, a.city
    ('12', 'RUE DES LILAS', '75011', 'PARIS')
    >>> a.same_place(Address.parse("12, rue des lilas 75011 Paris 11e"))
    True
    >>> a.same_place(Address.parse("14 rue des Lilas 75011 Paris"))
    False
    >>> Address.parse("8 bis av. Jean Jaurès 69007 Lyon").street
    'AVENUE JEAN JAURES'
    """

    number: str | None
    street: str | None
    postcode: str | None
    city: str | None
    raw: str

    @classmethod
    def parse(cls, text: str) -> Address:
        up = fold_upper(text).replace("\n", " \n ")
        up = re.sub(r"[ \t]+", " ", up)
        number = street = postcode = city = None
        m = STREET.search(up)
        if m:
            number = m[1] + (" " + REPETITIONS[m[2]] if m[2] else "")
            kind = STREET_TYPES[m[3]]
            name = re.sub(r"[\s'\-]+", " ", m[4]).strip()
            street = f"{kind} {name}"
        pm = None
        for pm in POSTCODE.finditer(up):
            if not m or pm.start() > m.start():
                break
        if pm:
            postcode = pm[1].replace(" ", "")
            after = up[pm.end() :].strip().split("\n")[0]
            cm = re.match(r"([A-Z][A-Z' \-]+)", after)
            if cm:
                city = re.sub(r"\b(CEDEX|\d+E|\d+ER)\b.*$", "", cm[1]).strip(" -") or None
        return cls(number, street, postcode, city, text.strip())

    @property
    def display(self) -> str:
        parts = [p for p in (self.number, self.street) if p]
        tail = " ".join(p for p in (self.postcode, self.city) if p)
        return ", ".join(x for x in (" ".join(parts), tail) if x) or self.raw

    @property
    def complete(self) -> bool:
        return bool(self.street and self.postcode)

    def same_place(self, other: Address, loose: bool = False) -> bool | None:
        """True/False when both addresses are readable enough to compare, else None.

        Postcodes decide first; then the house number (with bis/ter) and the street name,
        compared loosely for OCR slips. An address without a postcode (a form that gives
        only the street line) is still compared on its street.

        >>> Address.parse("8 avenue Jean Jaurès").same_place(Address.parse("8 av. Jean Jaures 69007 Lyon"))
        True
        >>> Address.parse("8 bis rue X 69007 Lyon").same_place(Address.parse("8 rue X 69007 Lyon"))
        False
        >>> Address.parse("4 avenue Jean Jaures").same_place(Address.parse("41 av. Jean Jaurès"))
        >>> Address.parse("4 avenue Jean Jaures").same_place(Address.parse("47 rue Pasteur"))
        False

        Two postcodes of one town, without a street to compare, cannot tell: one of them
        is likely a misread (a handwritten "38000" read "01910"), or a town's other district.

        >>> Address.parse("01910 GRENOBLE").same_place(Address.parse("11 rue X, 38000 Grenoble"))
        >>> Address.parse("69003 Lyon").same_place(Address.parse("13001 Marseille"))
        False

        ``loose``: one side is a doubtful read (handwriting): one postcode and one house
        number, the street names differing, cannot tell (a hand's "Jaurès" read "pass").

        >>> hand = Address.parse("27 avenue Jean pass 69007 Lyon")
        >>> bill = Address.parse("27 AVENUE JEAN JAURÈS, 69007 LYON")
        >>> hand.same_place(bill), hand.same_place(bill, loose=True)
        (False, None)
        >>> hand = Address.parse("52 boulevard Voltaire, 75011 Paris")
        >>> bill = Address.parse("42 BOULEVARD VOLTAIRE, 75011 PARIS")
        >>> hand.same_place(bill), hand.same_place(bill, loose=True)
        (False, None)
        >>> hand = Address.parse("7 allée des Tilleuls, 27000 Limoges")
        >>> bill = Address.parse("7 ALLEE DES TILLEULS, 87000 LIMOGES")
        >>> hand.same_place(bill), hand.same_place(bill, loose=True)
        (False, None)
        """
        if self.postcode and other.postcode and self.postcode != other.postcode:
            town_likeness = fuzz.ratio(self.city, other.city) if self.city and other.city else 0
            one_town = town_likeness >= 90 or (
                # a hand's "35000 Rennes" read "25000 Remes": one digit and the town misread
                loose
                and town_likeness >= MISREAD_TOWN_RATIO
                and len(self.postcode) == len(other.postcode)
                and _one_apart(self.postcode, other.postcode)
            )
            if one_town and not (self.street and other.street):
                return None
            if one_town and loose and self.number == other.number and self.street and other.street:
                # a hand's "87000" read "27000", the town, house and street the same
                return None if fuzz.ratio(self.street, other.street) >= 85 else False
            return False
        if self.street and other.street:
            same_street = fuzz.ratio(self.street, other.street) >= 85
            if self.number and other.number and self.number != other.number:
                a, b = sorted((self.number.split()[0], other.number.split()[0]), key=len)
                if same_street and len(b) == len(a) + 1 and a in b:
                    return None  # "4" for "41": a digit lost in a read, not another house
                if same_street and loose and len(a) == len(b) and _one_apart(a, b):
                    return None  # a hand's "42" read "52": one digit of a doubtful read
                return False
            if not same_street and loose and self.postcode and self.postcode == other.postcode:
                return None if self.number and self.number == other.number else False
            return same_street
        return None


MISREAD_TOWN_RATIO = 70
"""Likeness (rapidfuzz ratio) from which a doubtful read of a town, its postcode one digit
off, is the same town misread ("Remes" for Rennes: 73)."""


def _one_apart(a: str, b: str) -> bool:
    """Two numbers of one length that differ at one place ("42", "52")."""
    return sum(x != y for x, y in zip(a, b, strict=True)) == 1
