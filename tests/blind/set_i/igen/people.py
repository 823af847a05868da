"""Fictional people, addresses and bank accounts."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from .util import fr_iban


@dataclass
class Address:
    line1: str
    postcode: str
    city: str
    line2: str = ""

    def lines(self) -> list[str]:
        out = [self.line1]
        if self.line2:
            out.append(self.line2)
        out.append(f"{self.postcode} {self.city.upper()}")
        return out

    def one(self) -> str:
        extra = f", {self.line2}" if self.line2 else ""
        return f"{self.line1}{extra}, {self.postcode} {self.city}"


@dataclass
class Person:
    surname: str  # birth surname as in the passport visual zone (may carry accents)
    given: str  # given names, all of them, as in the passport
    sex: str
    dob: dt.date
    pob: str  # place of birth as written in civil status documents
    birth_country: str  # ISO alpha-3
    nat: str  # ISO alpha-3 of nationality
    address: Address | None = None
    usage: str = ""  # nom d'usage (married name)
    phone: str = ""
    email: str = ""
    pob_country_fr: str = ""  # country name in French for the form
    extra: dict = field(default_factory=dict)

    @property
    def first(self) -> str:
        return self.given.split()[0]

    def title(self) -> str:
        return "Mme" if self.sex == "F" else "M."

    def cap(self, s: str) -> str:
        out = []
        for w in s.split(" "):
            out.append("-".join(p[:1].upper() + p[1:].lower() for p in w.split("-")))
        return " ".join(out)

    def given_cap(self, first_only: bool = False) -> str:
        g = self.first if first_only else self.given
        return self.cap(g)

    def surname_cap(self) -> str:
        s = self.cap(self.surname)
        # O'NEILL -> O'Neill
        if "'" in s:
            a, b = s.split("'", 1)
            s = a + "'" + b[:1].upper() + b[1:]
        return s

    def full(self, first_only: bool = False, upper_surname: bool = True) -> str:
        sn = self.surname if upper_surname else self.surname_cap()
        return f"{self.given_cap(first_only)} {sn}"


@dataclass
class Account:
    bank: str
    branch: str
    number: str
    bank_name: str
    bic: str
    agency: str = ""
    agency_addr: list[str] = field(default_factory=list)
    holder: str = ""
    holder_lines: list[str] = field(default_factory=list)
    iban_override: str = ""  # for foreign IBANs or deliberately wrong ones

    @property
    def parts(self) -> dict:
        return fr_iban(self.bank, self.branch, self.number)

    @property
    def iban(self) -> str:
        return self.iban_override or self.parts["iban"]

    @property
    def key(self) -> str:
        return self.parts["key"]
