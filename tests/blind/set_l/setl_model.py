"""Data model: people and documents."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from setl_render import Page


@dataclass
class Person:
    key: str
    surname: str  # birth surname, natural case ("O'Sullivan")
    given: str  # given names, natural case
    sex: str  # "F" / "M"
    dob: dt.date
    birth_city: str
    birth_country: str  # alpha-3 of the country of birth
    nat: str  # alpha-3 nationality
    usage: str = ""  # usage (married) name, natural case
    middle: str = ""  # Filipino-style middle name (mother's surname)
    native: dict = field(default_factory=dict)  # native script forms
    address: list = field(default_factory=list)  # [street, "75011 Paris"]
    phone: str = ""
    email: str = ""

    @property
    def SUR(self) -> str:
        return self.surname.upper()

    @property
    def GIV(self) -> str:
        return self.given.upper()

    def full(self, upper_sur: bool = True) -> str:
        return f"{self.given} {self.SUR if upper_sur else self.surname}"

    @property
    def addr_line(self) -> str:
        return ", ".join(self.address)


@dataclass
class Doc:
    type: str
    fields: dict
    pages: list[Page]
    kind: str = "a4"  # a4 | card | td3 | screen
    notes: str = ""
    key: str = ""
    faces: list = field(default_factory=list)
    meta: dict = field(default_factory=dict)

    def truth(self, files, look) -> dict:
        d = {"files": files, "type": self.type, "look": look, "fields": self.fields}
        if self.notes:
            d["notes"] = self.notes
        return d
