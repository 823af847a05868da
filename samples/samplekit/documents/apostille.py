"""Apostille following the Hague Convention model certificate (ten numbered fields)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from ..output import PageSpec
from ..page import GREY, Surface


@dataclass(frozen=True)
class ApostilleContent:
    country: str = "United States of America"
    signed_by: str = "Karen L. Whitfield"
    capacity: str = "State Registrar, Oregon Health Authority"
    seal_of: str = "Oregon Center for Health Statistics"
    at: str = "Salem, Oregon"
    date: dt.date = dt.date(2026, 3, 14)
    by: str = "Secretary of State of Oregon"
    number: str = "2026-04417"
    signer: str = "Daniel R. Okafor, Deputy Secretary of State"
    authority_header: str = "OFFICE OF THE SECRETARY OF STATE - CORPORATION DIVISION"
    seed: int = 41


def _day(d: dt.date) -> str:
    return f"{d.day} {d.strftime('%B %Y')}"


def apostille_pages(c: ApostilleContent) -> list[PageSpec]:
    def draw(s: Surface) -> None:
        s.text(105, 22, c.authority_header, "serif-bold", 10, align="center", color=GREY)
        s.rect(25, 32, 160, 170, width=0.8)
        s.rect(27, 34, 156, 166, width=0.3)
        s.text(105, 50, "APOSTILLE", "serif-bold", 22, align="center")
        s.text(
            105, 58, "(Convention de La Haye du 5 octobre 1961)", "serif-italic", 11, align="center"
        )
        y = 72.0
        s.text(33, y, "1. Country:", "serif", 11)
        s.text(60, y, c.country, "serif-bold", 11)
        y += 9
        s.text(105, y, "This public document", "serif-italic", 11, align="center")
        rows = [
            ("2. has been signed by", c.signed_by),
            ("3. acting in the capacity of", c.capacity),
            ("4. bears the seal/stamp of", c.seal_of),
        ]
        for label, val in rows:
            y += 9
            w = s.text(33, y, label, "serif", 11)
            s.fit_text(33 + w + 3, y, val, 145 - w, "serif-bold", 11)
        y += 11
        s.text(105, y, "Certified", "serif-italic", 11, align="center")
        y += 10
        s.text(33, y, "5. at", "serif", 11)
        s.text(45, y, c.at, "serif-bold", 11)
        s.text(110, y, "6. the", "serif", 11)
        s.text(124, y, _day(c.date), "serif-bold", 11)
        y += 9
        s.text(33, y, "7. by", "serif", 11)
        s.fit_text(45, y, c.by, 135, "serif-bold", 11)
        y += 9
        s.text(33, y, "8. No", "serif", 11)
        s.text(47, y, c.number, "serif-bold", 11)
        y += 11
        s.text(33, y, "9. Seal/stamp:", "serif", 11)
        s.text(110, y, "10. Signature:", "serif", 11)
        s.stamp(60, y + 22, 15, c.by.upper()[:30], "SEAL")
        s.signature(115, y + 5, 60, 20, seed=c.seed)
        s.text(145, y + 33, c.signer, "serif", 8.5, align="center")

    return [PageSpec(draw)]


def uk_apostille() -> ApostilleContent:
    return ApostilleContent(
        country="United Kingdom of Great Britain and Northern Ireland",
        signed_by="P. Holmes",
        capacity="Registrar, General Register Office",
        seal_of="General Register Office",
        at="Milton Keynes",
        date=dt.date(2026, 1, 20),
        by="His Majesty's Principal Secretary of State for Foreign, Commonwealth and "
        "Development Affairs",
        number="APO-3817264",
        signer="for the Foreign, Commonwealth & Development Office",
        authority_header="FOREIGN, COMMONWEALTH & DEVELOPMENT OFFICE - LEGALISATION OFFICE",
        seed=43,
    )
