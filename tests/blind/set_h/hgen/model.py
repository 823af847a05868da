"""Plain data: people, addresses, documents and the files that hold them."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from .canvas import Page


@dataclass
class Address:
    street: str  # "12 rue des Lilas"
    postcode: str
    city: str  # "Lyon"
    extra: str = ""  # "Bât. B, 3e étage"

    def lines(self, upper: bool = False) -> list[str]:
        out = [self.street]
        if self.extra:
            out.append(self.extra)
        out.append(f"{self.postcode} {self.city.upper() if upper else self.city}")
        return [o.upper() for o in out] if upper else out

    def one_line(self, upper: bool = False) -> str:
        return ", ".join(self.lines(upper))


@dataclass
class Person:
    surname: str  # birth surname as printed on the passport
    given: str  # all given names as printed on the passport
    sex: str  # "F" / "M"
    dob: date
    birth_city: str
    birth_country: str  # French name of the country of birth ("Algérie")
    nationality: str  # ISO 3166 alpha-3
    nationality_fr: str = ""  # "algérienne"
    usage: str = ""  # nom d'usage (married name)
    address: Address | None = None
    phone: str = ""
    email: str = ""
    middle: str = ""  # a printed middle name kept out of the MRZ (Philippines)

    @property
    def first(self) -> str:
        return self.given.split()[0]

    def civ(self) -> str:
        return "Mme" if self.sex == "F" else "M."

    def full(
        self,
        order: str = "gs",
        usage: bool = False,
        upper_surname: bool = True,
        first_only: bool = False,
    ) -> str:
        sn = self.usage if (usage and self.usage) else self.surname
        if upper_surname:
            sn = sn.upper()
        gv = self.first if first_only else self.given
        gv = " ".join(w.capitalize() if w.isupper() else w for w in gv.split())
        gv = "-".join(x[:1].upper() + x[1:] for x in gv.split("-"))
        return f"{gv} {sn}" if order == "gs" else f"{sn} {gv}"


@dataclass
class Doc:
    """One logical document: its sheets (Pages) and its truth."""

    type: str
    pages: list[Page]
    fields: dict
    notes: str = ""
    key: str = ""


@dataclass
class Sheet:
    page: Page
    docs: list[Doc]


@dataclass
class FileOut:
    name: str
    kind: str  # pdf_text | pdf_image | scan_jpg | scan_png | photo | screen
    sheets: list[Sheet]
    opts: dict = field(default_factory=dict)


LOOK = {
    "pdf_text": "text_pdf",
    "pdf_image": "image_pdf",
    "scan_jpg": "scan",
    "scan_png": "scan",
    "photo": "phone_photo",
    "screen": "screenshot",
}
