"""Persons and logical documents."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from core import strip_accents


@dataclass
class Person:
    surname: str  # birth surname as written with accents, e.g. "García López"
    given: str  # all given names, e.g. "Andrés Felipe"
    sex: str  # "F" / "M"
    dob: dt.date
    birth_city: str
    birth_country: str  # French name, e.g. "Colombie"
    birth_iso: str  # alpha-3 of the country of birth
    nationality: str  # alpha-3
    street: str = ""
    postcode: str = ""
    city: str = ""
    usage_name: str = ""  # nom d'usage (married name)
    phone: str = ""
    email: str = ""
    job: str = ""
    father: str = ""
    mother: str = ""

    # printed forms ------------------------------------------------------
    @property
    def SUR(self):
        return strip_accents(self.surname).upper()

    @property
    def GIV(self):
        return strip_accents(self.given).upper()

    @property
    def first(self):
        return self.given.split()[0]

    def full(self, usage=False, first_only=False):
        g = self.first if first_only else self.given
        s = self.usage_name if (usage and self.usage_name) else self.surname
        return f"{g} {s}"

    def civ(self):
        return "Mme" if self.sex == "F" else "M."

    def address_lines(self):
        return [self.street, f"{self.postcode} {self.city}"]


@dataclass
class Doc:
    type: str
    fields: dict
    pages: list
    notes: str = ""
    key: str = ""
    refs: list = field(default_factory=list)  # (path, page_no, look)
