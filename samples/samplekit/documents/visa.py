"""French long-stay visa sticker (MRV-A), drawn on a passport visa page."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from .. import mrz
from ..output import PageSpec
from ..page import Surface
from .common import Person
from .passport import draw_mrz, draw_photo

W, H = 125.0, 88.0  # passport page


@dataclass(frozen=True)
class VisaContent:
    person: Person = field(default_factory=Person)
    passport_number: str = "573926418"
    visa_number: str = "031456789"
    visa_type: str = "D"
    valid_from: dt.date = dt.date(2026, 5, 1)
    valid_until: dt.date = dt.date(2027, 4, 30)
    entries: str = "MULT"
    duration_days: int = 365
    issued_in: str = "WASHINGTON"
    issued_on: dt.date = dt.date(2026, 3, 24)
    category: str = "SALARIE"  # or "VIE PRIVEE ET FAMILIALE", "ETUDIANT"...
    vls_ts: bool = True
    passport_page_no: int = 14
    seed: int = 11

    @property
    def remarks(self) -> str:
        return f"VLS-TS {self.category}" if self.vls_ts else self.category

    def mrz_lines(self) -> list[str]:
        p = self.person
        return mrz.mrva(
            "V" + self.visa_type,
            "FRA",
            p.surname,
            p.given_names,
            self.visa_number,
            p.nationality,
            p.birth_date,
            p.sex,
            self.valid_until,
        )


def _d(d: dt.date) -> str:
    return d.strftime("%d-%m-%y")


def _lv(s: Surface, x: float, y: float, label: str, value: str, vsize: float = 8.0) -> None:
    w = s.text(x, y, label + " ", "sans", 5.6, color=(40, 60, 70))
    s.text(x + w, y, value, "sans-bold", vsize)


def draw_visa(s: Surface, c: VisaContent) -> None:
    p = c.person
    # passport page
    s.rect(0, 0, W, H, outline=None, fill=(241, 238, 228))
    s.guilloche(0, 0, W, H, color=(225, 220, 205), seed=c.seed + 1, n=6)
    s.text(W - 4, H - 1.5, str(c.passport_page_no), "serif", 7, color=(120, 110, 90), align="right")
    # sticker
    ox, oy, sw, sh = 2.5, 2.0, 120.0, 82.0
    s.rect(ox, oy, sw, sh, outline=(170, 190, 180), fill=(228, 240, 236), width=0.2)
    s.guilloche(ox, oy, sw, 58, color=(200, 222, 214), seed=c.seed, n=9)
    s.text(ox + 4, oy + 9, "VISA", "sans-bold", 16, color=(20, 60, 110))
    s.rect(ox + 27, oy + 3.5, 4, 6, outline=None, fill=(0, 35, 149))
    s.rect(ox + 31, oy + 3.5, 4, 6, outline=None, fill=(255, 255, 255))
    s.rect(ox + 35, oy + 3.5, 4, 6, outline=None, fill=(237, 41, 57))
    s.text(ox + 42, oy + 8.5, "FRA", "sans-bold", 10, color=(20, 60, 110))
    s.text(
        ox + sw - 4,
        oy + 8.5,
        f"N° {c.visa_number}",
        "mono-bold",
        10,
        color=(190, 30, 40),
        align="right",
    )
    draw_photo(s, ox + 4, oy + 14, 25, 32, bg=(228, 240, 236))
    x = ox + 33
    rows: list[list[tuple[float, str, str]]] = [
        [(0, "VALABLE POUR / VALID FOR:", "FRANCE")],
        [(0, "DU / FROM", _d(c.valid_from)), (38, "AU / UNTIL", _d(c.valid_until))],
        [(0, "TYPE DE VISA / TYPE OF VISA:", c.visa_type)],
        [(0, "NOMBRE D'ENTREES / NUMBER OF ENTRIES:", c.entries)],
        [(0, "DUREE DE SEJOUR / DURATION OF STAY:", f"{c.duration_days} JOURS")],
        [(0, "DELIVRE A / ISSUED IN:", c.issued_in), (52, "LE / ON", _d(c.issued_on))],
        [(0, "NUMERO DE PASSEPORT / PASSPORT NUMBER:", c.passport_number)],
        [(0, "NOM, PRENOM / SURNAME, NAME:", f"{p.surname.upper()}, {p.given_names.upper()}")],
    ]
    for i, row in enumerate(rows):
        for dx, label, value in row:
            _lv(s, x + dx, oy + 16 + i * 4.8, label, value)
    _lv(s, ox + 4, oy + 55.5, "REMARQUES:", c.remarks, 8.5)
    if c.vls_ts:
        s.text(
            ox + 4,
            oy + 60,
            "VISA DE LONG SEJOUR VALANT TITRE DE SEJOUR - A VALIDER EN LIGNE "
            "DES L'ARRIVEE EN FRANCE",
            "sans",
            5.6,
            color=(40, 60, 70),
        )
    s.rect(ox, oy + 62.5, sw, sh - 62.5, outline=None, fill=(246, 250, 248))
    draw_mrz(s, ox + 4, oy + 70, c.mrz_lines())


def visa_pages(c: VisaContent) -> list[PageSpec]:
    """The passport page bearing the visa, 125 x 88 mm at 300 dpi."""
    return [PageSpec(lambda s: draw_visa(s, c), W, H, dpi=300)]
