"""Plain data: people, addresses, logical documents and output files."""

from __future__ import annotations

import datetime as dt
import hashlib
import unicodedata
from dataclasses import dataclass, field

from core import Page


def seed_of(*parts) -> int:
    h = hashlib.sha256("|".join(str(p) for p in parts).encode()).digest()
    return int.from_bytes(h[:4], "big")


def strip_accents(s: str) -> str:
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if not unicodedata.combining(c))


@dataclass
class Addr:
    street: str
    cp: str
    city: str
    extra: str = ""  # "Bât. B, 3e étage", "Appt 12"

    def lines(self) -> list[str]:
        out = [self.street]
        if self.extra:
            out.append(self.extra)
        out.append(f"{self.cp} {self.city.upper()}")
        return out

    def one(self) -> str:
        return ", ".join(
            [self.street] + ([self.extra] if self.extra else []) + [f"{self.cp} {self.city}"]
        )


@dataclass
class Person:
    surname: str  # birth surname, as in the passport (upper case)
    given: str  # given names as in the passport ("María Alejandra")
    sex: str  # F / M
    dob: dt.date
    nat: str  # ICAO code
    birth_city: str
    birth_country: str  # French name of the country ("Colombie")
    addr: Addr | None = None
    usage: str = ""  # nom d'usage (married name)
    phone: str = ""
    email: str = ""
    father: str = ""
    mother: str = ""
    native: str = ""  # name in native script, when relevant
    middle: str = ""  # e.g. Philippine middle name (mother's maiden name)
    nationality_fr: str = ""  # "colombienne"

    @property
    def given_up(self) -> str:
        return self.given.upper()

    @property
    def first(self) -> str:
        return self.given.split()[0]

    def civ(self) -> str:
        return "Mme" if self.sex == "F" else "M."

    def full(self, upper_surname=True, usage=False) -> str:
        sn = self.usage if (usage and self.usage) else self.surname
        return f"{self.given} {sn.upper() if upper_surname else sn.title()}"

    def ne(self) -> str:
        return "née" if self.sex == "F" else "né"


@dataclass
class Doc:
    type: str
    fields: dict
    pages: list[Page]
    notes: str = ""
    id: str = ""


@dataclass
class Sheet:
    page: Page
    docs: list[Doc]


@dataclass
class OutFile:
    name: str
    look: str  # text_pdf | image_pdf | scan | phone_photo | screenshot
    sheets: list[Sheet]
    opts: dict = field(default_factory=dict)


def sheets_of(doc: Doc) -> list[Sheet]:
    return [Sheet(p, [doc]) for p in doc.pages]
