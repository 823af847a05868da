"""Passport data page (TD3, 125 x 88 mm) with its MRZ: US and UK styles."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Literal

from .. import mrz
from ..output import PageSpec
from ..page import Surface
from .common import Person, passport_date

W, H = 125.0, 88.0


@dataclass(frozen=True)
class PassportContent:
    person: Person = field(default_factory=Person)
    number: str = "573926418"
    issue_date: dt.date = dt.date(2021, 6, 10)
    expiry_date: dt.date = dt.date(2031, 6, 9)
    style: Literal["US", "GB"] = "US"
    issuing: str = "USA"
    authority: str = "United States\nDepartment of State"
    seed: int = 7

    def mrz_lines(self) -> list[str]:
        p = self.person
        return mrz.td3(
            "P",
            self.issuing,
            p.surname,
            p.given_names,
            self.number,
            p.nationality,
            p.birth_date,
            p.sex,
            self.expiry_date,
        )


def draw_photo(
    s: Surface,
    x: float,
    y: float,
    w: float,
    h: float,
    shade: int = 175,
    bg: tuple[int, int, int] = (255, 255, 255),
) -> None:
    """Grey ID photo with a head-and-shoulders silhouette; ``bg`` is the page colour."""
    s.rect(x, y, w, h, outline=(120, 120, 120), fill=(shade + 40,) * 3, width=0.2)
    s.ellipse(x + w * 0.3, y + h * 0.16, w * 0.4, h * 0.45, outline=None, fill=(shade - 40,) * 3)
    body = (shade - 60,) * 3
    s.ellipse(x + w * 0.08, y + h * 0.64, w * 0.84, h * 0.3, outline=None, fill=body)
    s.rect(x + w * 0.08, y + h * 0.79, w * 0.84, h * 0.21, outline=None, fill=body)
    del bg  # kept for API compatibility: the silhouette now stays inside the frame
    s.rect(x, y, w, h, outline=(120, 120, 120), width=0.2)


def draw_mrz(
    s: Surface, x: float, y: float, lines: list[str], size: float = 10.0, spacing: float = 5.2
) -> None:
    """MRZ lines in OCR-B (10 pt gives the ICAO 2.54 mm pitch); y = first baseline."""
    for i, line in enumerate(lines):
        s.text(x, y + i * spacing, line, "ocrb", size)


def _label(s: Surface, x: float, y: float, label: str, value: str, vsize: float = 8.5) -> None:
    s.text(x, y, label, "sans", 5.2, color=(60, 60, 90))
    s.text(x, y + 3.6, value, "sans-bold", vsize)


def _draw_us(s: Surface, c: PassportContent) -> None:
    p = c.person
    s.rect(0, 0, W, H, outline=None, fill=(236, 242, 250))
    s.guilloche(0, 0, W, 64, color=(200, 214, 236), seed=c.seed, n=22)
    s.text(50, 7, "PASSPORT", "serif-bold", 11, color=(25, 45, 100))
    s.text(86, 7, "PASSEPORT", "serif-bold", 9, color=(25, 45, 100))
    s.text(50, 12, "UNITED STATES OF AMERICA", "serif-bold", 8.5, color=(25, 45, 100))
    draw_photo(s, 5, 14, 31, 40)
    x1, x2, x3 = 42, 66, 90
    _label(s, x1, 17, "Type / Type", "P")
    _label(s, x2, 17, "Code / Code", c.issuing)
    _label(s, x3, 17, "Passport No. / No. du Passeport", c.number)
    _label(s, x1, 24, "Surname / Nom", p.surname.upper())
    _label(s, x1, 31, "Given Names / Prénoms", p.given_names.upper())
    _label(s, x1, 38, "Nationality / Nationalité", "UNITED STATES OF AMERICA")
    _label(s, x1, 45, "Date of birth / Date de naissance", passport_date(p.birth_date))
    _label(s, x3 + 8, 45, "Sex / Sexe", p.sex)
    _label(s, x1, 52, "Place of birth / Lieu de naissance", f"{p.birth_region.upper()}, U.S.A.")
    _label(s, x1, 59, "Date of issue / Date de délivrance", passport_date(c.issue_date))
    _label(s, x3, 59, "Authority / Autorité", c.authority.split("\n")[0], 6.5)
    s.text(x3, 65.6, c.authority.split("\n")[-1], "sans-bold", 6.5)
    _label(s, x1, 66, "Date of expiration / Date d'expiration", passport_date(c.expiry_date))
    s.text(5, 62, "Endorsements / Mentions", "sans", 5.2, color=(60, 60, 90))
    s.text(5, 65.6, "SEE PAGE 27", "sans-bold", 7)
    s.rect(0, 71.5, W, H - 71.5, outline=None, fill=(250, 251, 253))
    draw_mrz(s, 6.5, 78.5, c.mrz_lines())


def _draw_gb(s: Surface, c: PassportContent) -> None:
    p = c.person
    s.rect(0, 0, W, H, outline=None, fill=(246, 236, 242))
    s.guilloche(0, 0, W, 64, color=(228, 205, 222), seed=c.seed, n=22)
    s.text(
        5,
        6,
        "UNITED KINGDOM OF GREAT BRITAIN AND NORTHERN IRELAND",
        "serif-bold",
        7.5,
        color=(90, 30, 70),
    )
    s.text(5, 10.5, "PASSPORT", "serif-bold", 9, color=(90, 30, 70))
    s.text(30, 10.5, "PASSEPORT", "serif", 8, color=(90, 30, 70))
    draw_photo(s, 5, 14, 31, 40, shade=170)
    x1, x2, x3 = 42, 59, 84
    _label(s, x1, 17, "Type/Type", "P")
    _label(s, x2, 17, "Code/Code", c.issuing)
    _label(s, x3, 17, "Passport No./Passeport No.", c.number)
    _label(s, x1, 24, "Surname/Nom (1)", p.surname.upper())
    _label(s, x1, 31, "Given names/Prénoms (2)", p.given_names.upper())
    _label(s, x1, 38, "Nationality/Nationalité (3)", "BRITISH CITIZEN")
    bd = p.birth_date

    def gbdate(d: dt.date) -> str:
        mon = passport_date(d).split()[1].upper()
        fm = [
            "JAN",
            "FEV",
            "MARS",
            "AVR",
            "MAI",
            "JUIN",
            "JUIL",
            "AOUT",
            "SEPT",
            "OCT",
            "NOV",
            "DEC",
        ][d.month - 1]
        return f"{d.day:02d} {mon} /{fm} {d.strftime('%y')}"

    _label(s, x1, 45, "Date of birth/Date de naissance (4)", gbdate(bd))
    _label(s, x3 + 10, 45, "Sex/Sexe (5)", p.sex)
    _label(s, x1, 52, "Place of birth/Lieu de naissance (6)", p.birth_place.upper())
    _label(s, x1, 59, "Date of issue/Date de délivrance (7)", gbdate(c.issue_date))
    _label(s, x3 + 10, 59, "Authority/Autorité (8)", c.authority)
    _label(s, x1, 66, "Date of expiry/Date d'expiration (9)", gbdate(c.expiry_date))
    s.rect(0, 71.5, W, H - 71.5, outline=None, fill=(252, 250, 251))
    draw_mrz(s, 6.5, 78.5, c.mrz_lines())


def passport_pages(c: PassportContent) -> list[PageSpec]:
    """The data page at 300 dpi, cropped to 125 x 88 mm."""

    def draw(s: Surface) -> None:
        (_draw_us if c.style == "US" else _draw_gb)(s, c)

    return [PageSpec(draw, W, H, dpi=300)]


def uk_passport(person: Person, number: str, issue: dt.date, expiry: dt.date) -> PassportContent:
    return PassportContent(
        person=person,
        number=number,
        issue_date=issue,
        expiry_date=expiry,
        style="GB",
        issuing="GBR",
        authority="HMPO",
    )
