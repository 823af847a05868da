"""Shared content types and formatting for the document families."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

MONTHS_FR = [
    "janvier",
    "février",
    "mars",
    "avril",
    "mai",
    "juin",
    "juillet",
    "août",
    "septembre",
    "octobre",
    "novembre",
    "décembre",
]
MONTHS_EN = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]


@dataclass(frozen=True)
class Address:
    street: str = "12 rue des Lilas"
    postcode: str = "75011"
    city: str = "Paris"

    def one_line(self) -> str:
        return f"{self.street} {self.postcode} {self.city}"

    def lines(self) -> list[str]:
        return [self.street, f"{self.postcode} {self.city.upper()}"]


@dataclass(frozen=True)
class Person:
    """A fictional person. ``given_names`` in natural case, e.g. "Emily Rose"."""

    surname: str = "CARTER"
    given_names: str = "Emily Rose"
    sex: str = "F"  # F or M
    birth_date: dt.date = dt.date(1990, 4, 17)
    birth_place: str = "Portland"
    birth_region: str = "Oregon"
    birth_country: str = "USA"
    nationality: str = "USA"  # ISO 3166 alpha-3
    address: Address = Address()

    @property
    def first_name(self) -> str:
        return self.given_names.split()[0]

    @property
    def civility(self) -> str:
        return "Mme" if self.sex == "F" else "M."

    @property
    def madame_monsieur(self) -> str:
        return "Madame" if self.sex == "F" else "Monsieur"

    def display(self) -> str:
        """ "Emily CARTER" style."""
        return f"{self.first_name} {self.surname}"


COUNTRIES_FR = {
    "USA": "États-Unis",
    "GBR": "Royaume-Uni",
    "FRA": "France",
    "CAN": "Canada",
    "DEU": "Allemagne",
    "IND": "Inde",
    "BRA": "Brésil",
    "JPN": "Japon",
    "ESP": "Espagne",
    "PRT": "Portugal",
    "IRL": "Irlande",
    "POL": "Pologne",
    "MEX": "Mexique",
    "LBN": "Liban",
    "NGA": "Nigeria",
    "UKR": "Ukraine",
    "VNM": "Viêt Nam",
    "TUR": "Turquie",
    "COL": "Colombie",
}
"""French names of the countries the samples use (ISO 3166 alpha-3)."""

NATIONALITIES_FR = {
    "USA": "américaine",
    "GBR": "britannique",
    "FRA": "française",
    "CAN": "canadienne",
    "DEU": "allemande",
    "IND": "indienne",
    "BRA": "brésilienne",
    "JPN": "japonaise",
    "ESP": "espagnole",
    "PRT": "portugaise",
    "IRL": "irlandaise",
    "POL": "polonaise",
    "MEX": "mexicaine",
    "LBN": "libanaise",
    "NGA": "nigériane",
    "UKR": "ukrainienne",
    "VNM": "vietnamienne",
    "TUR": "turque",
    "COL": "colombienne",
}


def country_fr(code: str) -> str:
    return COUNTRIES_FR.get(code, code)


def nationality_fr(code: str) -> str:
    return NATIONALITIES_FR.get(code, code)


def fr_date(d: dt.date) -> str:
    return d.strftime("%d/%m/%Y")


def fr_words(d: dt.date) -> str:
    return f"{d.day} {MONTHS_FR[d.month - 1]} {d.year}"


def en_long(d: dt.date) -> str:
    """ "April 17, 1990"."""
    return f"{MONTHS_EN[d.month - 1]} {d.day}, {d.year}"


def passport_date(d: dt.date) -> str:
    """ "17 Apr 1990"."""
    return f"{d.day:02d} {MONTHS_EN[d.month - 1][:3]} {d.year}"


def money(x: float) -> str:
    """French money format: "2 845,12 €"."""
    whole, cents = f"{x:.2f}".split(".")
    groups = []
    while whole:
        groups.insert(0, whole[-3:])
        whole = whole[:-3]
    return f"{' '.join(groups)},{cents} €"


def money_nosym(x: float) -> str:
    return money(x)[:-2]


def month_end(year: int, month: int) -> dt.date:
    nxt = dt.date(year + month // 12, month % 12 + 1, 1)
    return nxt - dt.timedelta(days=1)
