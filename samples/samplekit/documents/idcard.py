"""French national identity card (2021 ID-1 format), front and back photocopied on one page."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from .. import mrz
from ..output import PageSpec
from ..page import Surface
from .common import Address, Person
from .passport import draw_mrz, draw_photo

CW, CH = 85.6, 54.0


def _claire() -> Person:
    return Person(
        surname="DUBOIS",
        given_names="Claire Marie",
        sex="F",
        birth_date=dt.date(1987, 9, 22),
        birth_place="Lyon",
        birth_region="Rhône",
        birth_country="FRA",
        nationality="FRA",
        address=Address("8 avenue Jean Jaurès", "69007", "Lyon"),
    )


@dataclass(frozen=True)
class IdCardContent:
    person: Person = field(default_factory=_claire)
    number: str = "X4RTBPFW4"
    issue_date: dt.date = dt.date(2022, 5, 16)
    expiry_date: dt.date = dt.date(2032, 5, 15)
    birth_place_label: str = "LYON 7E ARRONDISSEMENT (69)"
    can: str = "428715"
    seed: int = 21

    def mrz_lines(self) -> list[str]:
        p = self.person
        return mrz.td1(
            "ID",
            "FRA",
            self.number,
            "FRA",
            p.birth_date,
            p.sex,
            self.expiry_date,
            p.surname,
            p.given_names,
        )


def _d(d: dt.date) -> str:
    return d.strftime("%d %m %Y")


def _lv(s: Surface, x: float, y: float, label: str, value: str, vsize: float = 7.5) -> None:
    s.text(x, y, label, "sans", 4.6, color=(50, 60, 90))
    s.text(x, y + 3.2, value, "sans-bold", vsize)


def draw_front(s: Surface, c: IdCardContent, ox: float, oy: float) -> None:
    p = c.person
    s.rect(ox, oy, CW, CH, outline=(150, 150, 160), fill=(236, 238, 246), width=0.25)
    s.guilloche(ox, oy, CW, CH, color=(215, 220, 236), seed=c.seed, n=16)
    s.rect(ox + 3, oy + 2.5, 2.5, 4, outline=None, fill=(0, 35, 149))
    s.rect(ox + 5.5, oy + 2.5, 2.5, 4, outline=None, fill=(255, 255, 255))
    s.rect(ox + 8, oy + 2.5, 2.5, 4, outline=None, fill=(237, 41, 57))
    s.text(ox + 12.5, oy + 5.6, "RÉPUBLIQUE FRANÇAISE", "sans-bold", 6.5, color=(20, 40, 110))
    s.text(
        ox + 3,
        oy + 10,
        "CARTE NATIONALE D'IDENTITÉ / IDENTITY CARD",
        "sans-bold",
        6,
        color=(20, 40, 110),
    )
    s.text(ox + CW - 3, oy + 5.6, c.number, "mono-bold", 7, align="right")
    draw_photo(s, ox + 3, oy + 13, 22, 28, bg=(236, 238, 246))
    x = ox + 28
    _lv(s, x, oy + 14, "NOM / Surname", p.surname.upper())
    _lv(s, x, oy + 21, "Prénoms / Given names", p.given_names.replace(" ", ", "))
    _lv(s, x, oy + 28, "SEXE / Sex", p.sex)
    _lv(s, x + 14, oy + 28, "NATIONALITÉ / Nationality", p.nationality)
    _lv(s, x + 36, oy + 28, "NÉ(E) LE / Date of birth", _d(p.birth_date))
    _lv(s, x, oy + 35, "LIEU DE NAISSANCE / Place of birth", c.birth_place_label, 6.5)
    _lv(s, x, oy + 42, "N° DU DOCUMENT / Document No", c.number, 7)
    _lv(s, x + 30, oy + 42, "DATE D'EXPIR. / Expiry date", _d(c.expiry_date), 7)
    s.text(ox + 3, oy + 47, "SIGNATURE", "sans", 4.2, color=(50, 60, 90))
    s.signature(ox + 3, oy + 47.5, 22, 6, seed=c.seed + 3)
    s.text(ox + CW - 3, oy + CH - 2.5, c.can, "mono", 6, align="right")


def draw_back(s: Surface, c: IdCardContent, ox: float, oy: float) -> None:
    p = c.person
    s.rect(ox, oy, CW, CH, outline=(150, 150, 160), fill=(236, 238, 246), width=0.25)
    s.guilloche(ox, oy, CW, 32, color=(215, 220, 236), seed=c.seed + 1, n=10)
    _lv(s, ox + 4, oy + 5, "ADRESSE / Address", p.address.street.upper(), 7)
    s.text(ox + 4, oy + 11.5, f"{p.address.postcode} {p.address.city.upper()}", "sans-bold", 7)
    _lv(s, ox + 4, oy + 16, "DATE DE DÉLIVRANCE / Date of issue", _d(c.issue_date), 7)
    _lv(s, ox + 44, oy + 16, "AUTORITÉ / Authority", "PRÉFECTURE DU RHÔNE", 6.5)
    s.rect(ox + 62, oy + 3, 18, 10, outline=(170, 170, 190), fill=(226, 229, 240), width=0.2)
    s.rect(ox, oy + 34, CW, CH - 34, outline=None, fill=(248, 248, 252))
    s.rect(ox, oy, CW, CH, outline=(150, 150, 160), width=0.25)
    draw_mrz(s, ox + 4.5, oy + 40.5, c.mrz_lines(), size=10, spacing=5.0)


def idcard_pages(c: IdCardContent) -> list[PageSpec]:
    """Front above back, as photocopied on one sheet (cropped, 300 dpi)."""

    def draw(s: Surface) -> None:
        draw_front(s, c, 8, 8)
        draw_back(s, c, 8, 8 + CH + 12)

    return [PageSpec(draw, CW + 16, 2 * CH + 28, dpi=300)]
