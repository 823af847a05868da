"""Identity and residence documents beyond the bundled packets, rendered at test time:
a titre de séjour (front and back, as two files or one), a type C (short-stay) visa, an
EU identity card (with a Portuguese-style long document number), and seeded degraded
renders of MRZ-bearing pages for the MRZ benchmark (rotations, skew, perspective photos,
150 dpi scans, heavy JPEG, glare).

Nothing here is committed as a binary: tests and ``bench/mrz_bench.py`` render into a
temporary folder.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import io
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
from PIL import Image

from . import mrz
from .documents.common import Address, Person
from .documents.idcard import CH, CW
from .documents.passport import PassportContent, draw_mrz, draw_photo, passport_pages
from .documents.visa import VisaContent, visa_pages
from .output import PageSpec, write_jpeg, write_png
from .page import Surface
from .scan import PhotoOptions, ScanOptions, photo, scan, seed_for

# ---- people ------------------------------------------------------------------------------------

AMINA = Person(
    surname="DIALLO",
    given_names="Amina Fatou",
    sex="F",
    birth_date=dt.date(1992, 7, 3),
    birth_place="Dakar",
    birth_region="Dakar",
    birth_country="SEN",
    nationality="SEN",
    address=Address("5 rue de la République", "13001", "Marseille"),
)
"""A Senegalese national with a French residence permit."""

LUCAS = Person(
    surname="FERREIRA DA SILVA",
    given_names="Lucas Miguel",
    sex="M",
    birth_date=dt.date(1988, 11, 21),
    birth_place="Porto",
    birth_region="Porto",
    birth_country="PRT",
    nationality="PRT",
    address=Address("14 rue Paradis", "13006", "Marseille"),
)
"""A Portuguese national: an EU identity card is enough, no residence permit."""


def _d(d: dt.date) -> str:
    return d.strftime("%d/%m/%Y")


def _lv(s: Surface, x: float, y: float, label: str, value: str, vsize: float = 7.5) -> None:
    s.text(x, y, label, "sans", 4.6, color=(50, 60, 90))
    s.text(x, y + 3.2, value, "sans-bold", vsize)


# ---- titre de séjour (ID-1, TD1 MRZ on the back) ----------------------------------------------


@dataclass(frozen=True)
class PermitContent:
    person: Person = AMINA
    number: str = "K7Q2X4N81"
    kind: str = "CARTE DE SEJOUR TEMPORAIRE"
    category: str = "VIE PRIVEE ET FAMILIALE"
    issue_date: dt.date = dt.date(2026, 2, 10)
    expiry_date: dt.date = dt.date(2027, 2, 9)
    seed: int = 31

    def mrz_lines(self) -> list[str]:
        p = self.person
        return mrz.td1(
            "IR", "FRA", self.number, p.nationality, p.birth_date, p.sex, self.expiry_date,
            p.surname, p.given_names,
        )  # fmt: skip


def draw_permit_front(s: Surface, c: PermitContent, ox: float = 0, oy: float = 0) -> None:
    p = c.person
    s.rect(ox, oy, CW, CH, outline=(150, 150, 160), fill=(238, 242, 236), width=0.25)
    s.guilloche(ox, oy, CW, CH, color=(214, 226, 210), seed=c.seed, n=14)
    s.text(ox + 3, oy + 5.5, "RÉPUBLIQUE FRANÇAISE", "sans-bold", 6.5, color=(20, 40, 110))
    s.text(
        ox + 3, oy + 10, "TITRE DE SÉJOUR / RESIDENCE PERMIT", "sans-bold", 6, color=(20, 40, 110)
    )
    draw_photo(s, ox + 3, oy + 13, 22, 28, bg=(238, 242, 236))
    x = ox + 28
    _lv(s, x, oy + 13, "NOM / Surname", p.surname.upper())
    _lv(s, x, oy + 20, "Prénoms / Given names", p.given_names.upper())
    _lv(s, x, oy + 27, "Date de naissance / Date of birth", _d(p.birth_date), 7)
    _lv(s, x + 34, oy + 27, "Nationalité", p.nationality, 7)
    _lv(s, x, oy + 34, "Type de titre / Type of permit", c.kind, 5.6)
    _lv(s, x, oy + 41, "Remarques / Remarks", c.category, 5.6)
    _lv(s, ox + 3, oy + 47, "Valable jusqu'au / Valid until", _d(c.expiry_date), 7)


def draw_permit_back(s: Surface, c: PermitContent, ox: float = 0, oy: float = 0) -> None:
    p = c.person
    s.rect(ox, oy, CW, CH, outline=(150, 150, 160), fill=(238, 242, 236), width=0.25)
    s.guilloche(ox, oy, CW, 32, color=(214, 226, 210), seed=c.seed + 1, n=8)
    _lv(s, ox + 4, oy + 5, "ADRESSE / Address", p.address.street.upper(), 6.5)
    s.text(ox + 4, oy + 11.5, f"{p.address.postcode} {p.address.city.upper()}", "sans-bold", 6.5)
    _lv(s, ox + 4, oy + 16, "DATE DE DÉLIVRANCE / Date of issue", _d(c.issue_date), 7)
    _lv(s, ox + 4, oy + 23, "AUTORITÉ / Authority", "PRÉFECTURE DES BOUCHES-DU-RHÔNE", 6)
    s.rect(ox, oy + 34, CW, CH - 34, outline=None, fill=(248, 250, 248))
    draw_mrz(s, ox + 4.5, oy + 40.5, c.mrz_lines(), size=10, spacing=5.0)


def permit_front_pages(c: PermitContent) -> list[PageSpec]:
    return [PageSpec(lambda s: draw_permit_front(s, c, 6, 6), CW + 12, CH + 12, dpi=300)]


def permit_back_pages(c: PermitContent) -> list[PageSpec]:
    return [PageSpec(lambda s: draw_permit_back(s, c, 6, 6), CW + 12, CH + 12, dpi=300)]


# ---- EU identity card with a long (overflow) document number ----------------------------------


def td1_overflow(
    doc_type: str, issuing: str, number: str, nationality: str, birth: dt.date, sex: str,
    expiry: dt.date, surname: str, given: str,
) -> list[str]:  # fmt: skip
    """TD1 with a document number over 9 characters (ICAO 9303-5 4.2.4): the first 9 in the
    number field, ``<`` in its check digit, the rest plus the check digit in optional data.

    >>> td1_overflow("I", "PRT", "007777779ZZ9", "PRT", dt.date(1983, 3, 14), "M",
    ...              dt.date(2034, 5, 28), "CACADOR DE ARAUJO", "ANDRE ESTEVAO")[0]
    'I<PRT007777779<ZZ92<<<<<<<<<<<'
    """
    number = mrz.clean(number)
    head, tail = number[:9], number[9:]
    opt1 = mrz.pad(tail + mrz.check_digit(number), 15)
    l1 = mrz.pad(doc_type, 2) + mrz.pad(issuing, 3) + head + "<" + opt1
    b, e = mrz.yymmdd(birth), mrz.yymmdd(expiry)
    l2 = b + mrz.check_digit(b) + sex + e + mrz.check_digit(e) + mrz.pad(nationality, 3)
    l2 += "<" * 11
    comp = l1[5:30] + l2[0:7] + l2[8:15] + l2[18:29]
    l2 += mrz.check_digit(comp)
    return [l1, l2, mrz.name_field(surname, given, 30)]


@dataclass(frozen=True)
class EuIdContent:
    person: Person = LUCAS
    number: str = "154872396ZX8"
    issuing: str = "PRT"
    expiry_date: dt.date = dt.date(2031, 3, 2)
    seed: int = 41

    def mrz_lines(self) -> list[str]:
        p = self.person
        return td1_overflow(
            "I", self.issuing, self.number, p.nationality, p.birth_date, p.sex, self.expiry_date,
            p.surname, p.given_names,
        )  # fmt: skip


def draw_euid(s: Surface, c: EuIdContent, ox: float, oy: float) -> None:
    p = c.person
    s.rect(ox, oy, CW, CH, outline=(150, 150, 160), fill=(240, 236, 246), width=0.25)
    s.guilloche(ox, oy, CW, CH, color=(222, 214, 236), seed=c.seed, n=14)
    s.text(ox + 3, oy + 5.5, "REPÚBLICA PORTUGUESA", "sans-bold", 6.5, color=(40, 30, 110))
    s.text(
        ox + 3, oy + 10, "CARTÃO DE CIDADÃO / IDENTITY CARD", "sans-bold", 6, color=(40, 30, 110)
    )
    draw_photo(s, ox + 3, oy + 13, 22, 28, bg=(240, 236, 246))
    x = ox + 28
    _lv(s, x, oy + 13, "APELIDO / Surname", p.surname.upper(), 7)
    _lv(s, x, oy + 20, "NOME / Given names", p.given_names.upper(), 7)
    _lv(s, x, oy + 27, "DATA DE NASCIMENTO / Date of birth", p.birth_date.strftime("%d %m %Y"), 7)
    _lv(s, x, oy + 34, "NACIONALIDADE / Nationality", p.nationality, 7)
    _lv(s, x, oy + 41, "VALIDADE / Date of expiry", c.expiry_date.strftime("%d %m %Y"), 7)
    oy2 = oy + CH + 10
    s.rect(ox, oy2, CW, CH, outline=(150, 150, 160), fill=(240, 236, 246), width=0.25)
    s.rect(ox, oy2 + 34, CW, CH - 34, outline=None, fill=(250, 248, 252))
    draw_mrz(s, ox + 4.5, oy2 + 40.5, c.mrz_lines(), size=10, spacing=5.0)


def euid_pages(c: EuIdContent) -> list[PageSpec]:
    """Front above back on one sheet, as photocopied."""
    return [PageSpec(lambda s: draw_euid(s, c, 8, 8), CW + 16, 2 * CH + 26, dpi=300)]


# ---- visas ---------------------------------------------------------------------------------------


def short_stay_visa(person: Person, **changes: object) -> VisaContent:
    """A Schengen type C visa: 90 days, no VLS-TS, 'VC' in the MRZ."""
    base = VisaContent(
        person=person, visa_type="C", vls_ts=False, category="TOURISME", duration_days=90,
        valid_from=dt.date(2026, 6, 1), valid_until=dt.date(2026, 12, 1), entries="MULT",
    )  # fmt: skip
    return dataclasses.replace(base, **changes)  # type: ignore[arg-type]


# ---- degradations ------------------------------------------------------------------------------


def glare(img: Image.Image, seed: int, strength: float = 0.75) -> Image.Image:
    """A bright, soft reflection across part of the document (a phone flash on a laminate)."""
    rng = np.random.default_rng(seed)
    a = np.asarray(img.convert("L"), dtype=np.float32)
    h, w = a.shape
    yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
    cx, cy = rng.uniform(0.3, 0.7) * w, rng.uniform(0.55, 0.9) * h
    blob = np.exp(-(((xx - cx) / (0.22 * w)) ** 2 + ((yy - cy) / (0.12 * h)) ** 2))
    a = a + (255 - a) * strength * blob
    return Image.fromarray(a.clip(0, 255).astype(np.uint8))


def jpeg(img: Image.Image, quality: int) -> Image.Image:
    buf = io.BytesIO()
    img.convert("L").save(buf, "JPEG", quality=quality)
    out = Image.open(io.BytesIO(buf.getvalue()))
    out.load()
    return out


def at_dpi(img: Image.Image, src_dpi: int, dpi: int) -> Image.Image:
    f = dpi / src_dpi
    return img.resize((round(img.width * f), round(img.height * f)), Image.Resampling.LANCZOS)


Degrade = Callable[[Image.Image, int], Image.Image]

DEGRADATIONS: dict[str, Degrade] = {
    "rot90": lambda im, s: scan(im, s, ScanOptions(rotate=90, max_skew=1.0)),
    "rot180": lambda im, s: scan(im, s, ScanOptions(rotate=180, max_skew=1.0)),
    "rot270": lambda im, s: scan(im, s, ScanOptions(rotate=270, max_skew=1.0)),
    "skew8": lambda im, s: scan(im, s, ScanOptions(skew_deg=8.0)),
    "skew-10": lambda im, s: scan(im, s, ScanOptions(skew_deg=-10.0)),
    "photo": lambda im, s: photo(im, s, PhotoOptions(perspective=0.04, skew_deg=4.0)),
    "dpi150": lambda im, s: at_dpi(scan(im, s, ScanOptions(blur_radius=0.6)), 300, 150),
    "jpeg25": lambda im, s: jpeg(scan(im, s, ScanOptions(max_skew=1.0)), 25),
    "glare": lambda im, s: glare(scan(im, s, ScanOptions(max_skew=1.0)), s),
    "photo150-jpeg": lambda im, s: jpeg(
        at_dpi(photo(im, s, PhotoOptions(perspective=0.03)), 300, 150), 40
    ),
}


@dataclass(frozen=True)
class Render:
    """One benchmark image and the MRZ printed on it (the truth)."""

    name: str
    image: Image.Image
    truth: tuple[str, ...]


@dataclass(frozen=True)
class _Source:
    name: str
    pages: list[PageSpec]
    truth: list[str]
    extra: dict[str, object] = field(default_factory=dict)


def _sources() -> list[_Source]:
    emily = Person()
    pp = PassportContent(person=emily)
    gb = PassportContent(
        person=Person(surname="O'NEILL", given_names="Siobhan", birth_date=dt.date(1979, 12, 30),
                      nationality="IRL"),
        number="PD0O81B52", style="GB", issuing="IRL", authority="DFA",
    )  # fmt: skip
    visa = VisaContent(person=emily, category="ETUDIANT")
    visa_c = short_stay_visa(emily)
    permit = PermitContent()
    euid = EuIdContent()
    return [
        _Source("passport-us", passport_pages(pp), pp.mrz_lines()),
        _Source("passport-gb-o0", passport_pages(gb), gb.mrz_lines()),
        _Source("visa-d", visa_pages(visa), visa.mrz_lines()),
        _Source("visa-c", visa_pages(visa_c), visa_c.mrz_lines()),
        _Source("permit-back", permit_back_pages(permit), permit.mrz_lines()),
        _Source("euid-prt", euid_pages(euid), euid.mrz_lines()),
    ]


def degraded_renders() -> Iterator[Render]:
    """Every source document under every degradation (seeded: identical on every run)."""
    for src in _sources():
        clean = src.pages[0].render()
        for name, degrade in DEGRADATIONS.items():
            seed = seed_for("mrz-bench", src.name, name)
            yield Render(f"{src.name}/{name}", degrade(clean, seed), tuple(src.truth))


def write_degraded(out: Path) -> list[tuple[Path, tuple[str, ...]]]:
    """Write the benchmark renders as PNG files under ``out``; returns (path, truth)."""
    written = []
    for r in degraded_renders():
        path = out / (r.name.replace("/", "__") + ".png")
        write_png(path, r.image, dpi=300)
        written.append((path, r.truth))
    return written


# ---- small packets for the identity tests ------------------------------------------------------


def write_passport(folder: Path, rel: str, content: PassportContent, seed: int = 0) -> None:
    (page,) = passport_pages(content)
    write_jpeg(folder / rel, scan(page.render(), seed or seed_for(rel)), quality=80, dpi=300)


def write_visa(folder: Path, rel: str, content: VisaContent, seed: int = 0) -> None:
    (page,) = visa_pages(content)
    img = scan(page.render(), seed or seed_for(rel), ScanOptions(noise_sigma=0, blur_radius=0.4))
    write_png(folder / rel, img, dpi=300, colors=32)


def write_permit(folder: Path, content: PermitContent, *, two_files: bool = True) -> list[str]:
    """The permit as front + back files (``titre_sejour_recto/verso.jpg``) or one file."""
    front = scan(permit_front_pages(content)[0].render(), seed_for("front", content.number))
    back = scan(permit_back_pages(content)[0].render(), seed_for("back", content.number))
    if two_files:
        write_jpeg(folder / "titre_sejour_recto.jpg", front, quality=80, dpi=300)
        write_jpeg(folder / "titre_sejour_verso.jpg", back, quality=80, dpi=300)
        return ["titre_sejour_recto.jpg", "titre_sejour_verso.jpg"]
    sheet = Image.new("L", (front.width, front.height + back.height + 60), 250)
    sheet.paste(front.convert("L"), (0, 0))
    sheet.paste(back.convert("L"), (0, front.height + 60))
    write_jpeg(folder / "titre_sejour.jpg", sheet, quality=80, dpi=300)
    return ["titre_sejour.jpg"]


def write_euid(folder: Path, rel: str, content: EuIdContent) -> None:
    (page,) = euid_pages(content)
    img = scan(page.render(), seed_for(rel))
    write_jpeg(folder / rel, img, quality=85, dpi=300)


__all__ = [
    "AMINA",
    "DEGRADATIONS",
    "LUCAS",
    "EuIdContent",
    "PermitContent",
    "Render",
    "degraded_renders",
    "short_stay_visa",
    "td1_overflow",
    "write_degraded",
    "write_euid",
    "write_passport",
    "write_permit",
    "write_visa",
]
