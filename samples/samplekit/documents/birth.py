"""Birth certificates: US (State of Oregon) and UK (GRO certified copy)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from ..output import PageSpec
from ..page import A4_LANDSCAPE, GREY, Surface
from .common import Person, en_long


@dataclass(frozen=True)
class OregonBirthContent:
    person: Person = field(default_factory=Person)
    county: str = "Multnomah"
    facility: str = "Willamette Valley General Hospital"
    mother: str = "Susan Marie WALKER"
    mother_birthplace: str = "Washington"
    father: str = "David James CARTER"
    father_birthplace: str = "California"
    state_file_number: str = "136-1990-008417"
    registrar: str = "Karen L. Whitfield"
    registered_on: dt.date = dt.date(1990, 4, 24)
    issued_on: dt.date = dt.date(2026, 2, 27)
    seed: int = 31


def _box(s: Surface, x: float, y: float, w: float, h: float, label: str, value: str) -> None:
    s.rect(x, y, w, h, width=0.25)
    s.text(x + 1.2, y + 3.2, label, "sans", 6.5, color=GREY)
    s.fit_text(x + 2, y + h - 2.2, value, w - 4, "sans-bold", 10.5)


def oregon_birth_pages(c: OregonBirthContent) -> list[PageSpec]:
    p = c.person

    def draw(s: Surface) -> None:
        s.rect(10, 10, 190, 277, outline=(60, 90, 60), width=1.2)
        s.rect(12, 12, 186, 273, outline=(60, 90, 60), width=0.3)
        s.guilloche(14, 14, 182, 50, color=(215, 232, 215), seed=c.seed, n=10)
        s.stamp(35, 35, 14, "STATE OF OREGON", "1859")
        s.text(110, 30, "STATE OF OREGON", "serif-bold", 18, align="center")
        s.text(110, 40, "CERTIFICATE OF LIVE BIRTH", "serif-bold", 15, align="center")
        s.text(
            110,
            47,
            "OREGON HEALTH AUTHORITY - CENTER FOR HEALTH STATISTICS",
            "sans",
            8.5,
            align="center",
        )
        s.text(190, 58, f"STATE FILE NUMBER  {c.state_file_number}", "sans-bold", 9, align="right")
        y = 62.0
        _box(
            s,
            18,
            y,
            174,
            12,
            "1. CHILD'S NAME (First, Middle, Last)",
            f"{p.given_names.upper()} {p.surname.upper()}",
        )
        y += 12
        _box(s, 18, y, 58, 12, "2. DATE OF BIRTH", en_long(p.birth_date))
        _box(s, 76, y, 40, 12, "3. SEX", "Female" if p.sex == "F" else "Male")
        _box(s, 116, y, 76, 12, "4. TIME OF BIRTH", "08:42 AM")
        y += 12
        _box(s, 18, y, 58, 12, "5a. PLACE OF BIRTH - CITY", p.birth_place)
        _box(s, 76, y, 40, 12, "5b. COUNTY", c.county)
        _box(s, 116, y, 76, 12, "5c. FACILITY NAME", c.facility)
        y += 16
        s.text(18, y, "PARENTS", "sans-bold", 9)
        y += 2
        _box(s, 18, y, 116, 12, "6a. MOTHER'S NAME PRIOR TO FIRST MARRIAGE", c.mother.upper())
        _box(s, 134, y, 58, 12, "6b. BIRTHPLACE (State)", c.mother_birthplace)
        y += 12
        _box(s, 18, y, 116, 12, "7a. FATHER'S NAME", c.father.upper())
        _box(s, 134, y, 58, 12, "7b. BIRTHPLACE (State)", c.father_birthplace)
        y += 16
        _box(s, 18, y, 87, 12, "8. DATE FILED BY REGISTRAR", en_long(c.registered_on))
        _box(s, 105, y, 87, 12, "9. AMENDMENTS", "NONE")
        y += 24
        y = s.paragraph(
            20,
            y,
            170,
            "This is a true and correct reproduction of the original record as recorded in "
            "this office. Issued under authority of ORS 432.121. This certified copy is not "
            "valid unless printed on security paper with the raised seal of the Oregon Center "
            "for Health Statistics. Any alteration or erasure voids this certificate.",
            "serif",
            10,
        )
        y += 10
        s.text(20, y, f"DATE ISSUED: {en_long(c.issued_on).upper()}", "sans-bold", 10)
        s.signature(120, y - 14, 60, 16, seed=c.seed, name=None)
        s.line(118, y + 3, 188, y + 3, width=0.3)
        s.text(153, y + 8, c.registrar.upper(), "sans-bold", 8.5, align="center")
        s.text(153, y + 12, "STATE REGISTRAR", "sans", 8, align="center")
        s.stamp(60, y + 35, 16, "OREGON CENTER FOR HEALTH STAT", "SEAL", color=(130, 130, 130))
        s.text(
            105,
            278,
            "OHA 45-1 (REV. 01/2024)   WARNING: DOCUMENT PRINTED ON SECURITY PAPER",
            "sans",
            7,
            color=GREY,
            align="center",
        )

    return [PageSpec(draw)]


@dataclass(frozen=True)
class UkBirthContent:
    person: Person = field(
        default_factory=lambda: Person(
            surname="THOMPSON",
            given_names="Michael Andrew",
            sex="M",
            birth_date=dt.date(1985, 2, 3),
            birth_place="Manchester",
            birth_region="",
            birth_country="GBR",
            nationality="GBR",
        )
    )
    district: str = "Manchester"
    sub_district: str = "Manchester North"
    county: str = "City of Manchester"
    birth_address: str = "St Mary's Hospital, Manchester"
    father: str = "Robert James THOMPSON"
    father_occupation: str = "Electrician"
    mother: str = "Helen Margaret THOMPSON formerly BRADLEY"
    informant: str = "H. M. Thompson, Mother, 41 Ashfield Road, Manchester"
    registered_on: dt.date = dt.date(1985, 2, 20)
    registrar: str = "P. Holmes, Registrar"
    entry_no: str = "187"
    application_no: str = "G 4471829/1"
    certified_on: dt.date = dt.date(2026, 1, 12)
    seed: int = 33


def _ordinal(n: int) -> str:
    suf = "th" if 11 <= n % 100 <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suf}"


def uk_birth_pages(c: UkBirthContent) -> list[PageSpec]:
    p = c.person

    def draw(s: Surface) -> None:
        red = (150, 40, 50)
        s.rect(8, 8, 281, 194, outline=red, width=0.8)
        s.guilloche(10, 10, 277, 30, color=(245, 222, 222), seed=c.seed, n=8)
        s.text(
            148,
            20,
            "CERTIFIED COPY OF AN ENTRY OF BIRTH",
            "serif-bold",
            16,
            color=red,
            align="center",
        )
        s.text(
            148,
            27,
            "GIVEN AT THE GENERAL REGISTER OFFICE",
            "serif-bold",
            10,
            color=red,
            align="center",
        )
        s.text(280, 20, f"Application Number {c.application_no}", "sans", 8.5, align="right")
        s.text(15, 37, f"REGISTRATION DISTRICT  {c.district.upper()}", "serif-bold", 10)
        y = 45
        s.text(
            15,
            y,
            f"1985  BIRTH in the Sub-district of {c.sub_district}  in the {c.county}",
            "serif",
            10,
        )
        y += 4
        widths = [9, 32, 26, 11, 30, 36, 20, 36, 20, 24, 18]
        heads = [
            "No.",
            "When and where born",
            "Name, if any",
            "Sex",
            "Name and surname of father",
            "Name, surname and maiden surname of mother",
            "Occupation of father",
            "Signature, description and residence of informant",
            "When registered",
            "Signature of registrar",
            "Name entered after registration",
        ]
        x = 15.0
        s.rect(x, y, sum(widths), 62, width=0.4, outline=red)
        for i, (w, h) in enumerate(zip(widths, heads, strict=True)):
            s.text(x + w / 2, y + 4, str(i + 1), "serif", 7, color=red, align="center")
            s.paragraph(x + 1, y + 8, w - 2, h, "serif", 6.5, color=red)
            if i:
                s.line(x, y, x, y + 62, color=red, width=0.2)
            x += w
        s.line(15, y + 20, 15 + sum(widths), y + 20, color=red, width=0.3)
        vals = [
            c.entry_no,
            f"{_ordinal(p.birth_date.day)} {p.birth_date.strftime('%B %Y')} {c.birth_address}",
            f"{p.given_names}",
            "Boy" if p.sex == "M" else "Girl",
            c.father,
            c.mother,
            c.father_occupation,
            c.informant,
            f"{_ordinal(c.registered_on.day)} {c.registered_on.strftime('%B %Y')}",
            c.registrar,
            "",
        ]
        x = 15.0
        for w, v in zip(widths, vals, strict=True):
            if v:
                s.paragraph(x + 1.5, y + 26, w - 3, v, "serif-italic", 9.5, color=(30, 30, 70))
            x += w
        y += 72
        s.paragraph(
            15,
            y,
            265,
            "CERTIFIED to be a true copy of an entry in the certified copy of a Register of "
            "Births in the District above mentioned.",
            "serif",
            10,
        )
        y += 6
        cd = c.certified_on
        s.text(
            15,
            y,
            "Given at the GENERAL REGISTER OFFICE, under the Seal of the said Office, "
            f"the {_ordinal(cd.day)} day of {cd.strftime('%B')} {cd.year}",
            "serif",
            10,
        )
        s.stamp(250, y + 12, 13, "GENERAL REGISTER OFFICE", "GRO", color=red)
        y += 12
        s.text(15, y, f"BXCF {c.entry_no}9{c.seed}42", "mono-bold", 10, color=red)
        y += 14
        s.text(
            15,
            y,
            "CAUTION: THERE ARE OFFENCES RELATING TO FALSIFYING OR ALTERING A "
            "CERTIFICATE AND USING OR POSSESSING A FALSE CERTIFICATE. ©CROWN COPYRIGHT",
            "sans-bold",
            7.5,
            color=red,
        )
        y += 5
        s.text(
            15, y, "WARNING: A CERTIFICATE IS NOT EVIDENCE OF IDENTITY.", "sans-bold", 9, color=red
        )

    return [PageSpec(draw, *A4_LANDSCAPE)]
