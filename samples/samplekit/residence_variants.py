"""Proof-of-residence variants: bills of more providers in four more layouts, and small
packet builders for the residence_proof tests and the bills benchmark (bench/bills_bench.py).

The bundled ``documents/bills.py`` draws EDF, Free, Engie, Eau de Paris and Orange in
their own layouts. Here four generic layouts are parameterised by a provider's look:

* ``telecom``      word dates ("15 septembre 2026"), "Titulaire de la ligne", a period
                   written "du 01/08 au 31/08/2026" (start without its year);
* ``energy``       an envelope block only (no holder label), "M. OU MME" couples, a
                   short date "15.09.26", a period "du 1er août au 31 août 2026";
* ``water``        bimonthly periods, "Facture émise le", "Abonné :", "Adresse de desserte";
* ``month``        a bill for a named month ("Facture de sept. 2026"), "Nom du client".

Every bill can be written as a text PDF or as a scan (``ScanOptions``), so both the
text-layer and OCR paths are exercised.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .documents.bills import BillContent, bill_pages
from .documents.common import MONTHS_FR, Address, Person, fr_date, money
from .documents.idcard import IdCardContent, _claire, idcard_pages
from .documents.letters import HostingContent, LeaseContent, hosting_pages, lease_pages
from .documents.passport import PassportContent, passport_pages
from .output import PageSpec, write_image_pdf, write_jpeg, write_png, write_text_pdf
from .page import GREY, LIGHT, WHITE, Surface
from .scan import ScanOptions, scan

RGB = tuple[int, int, int]


@dataclass(frozen=True)
class Look:
    """A provider's letterhead: its name as printed, colour, service and legal footer."""

    provider: str  # as docverify should report it
    brand: str  # as printed in the letterhead
    service: str
    color: RGB
    footer: str
    layout: str  # telecom, energy, water, month
    offer: str = ""


LOOKS: dict[str, Look] = {
    "SFR": Look(
        "SFR",
        "SFR",
        "internet",
        (226, 0, 26),
        "SFR - SA au capital de 3 423 265 598 € - RCS Paris 343 059 564",
        "telecom",
        "SFR Fibre Premium",
    ),
    "RED by SFR": Look(
        "RED by SFR",
        "RED by SFR",
        "mobile",
        (200, 0, 20),
        "SFR - SA - RCS Paris 343 059 564 - 16 rue du Général Alain de Boissieu 75015 Paris",
        "telecom",
        "Forfait mobile RED 100 Go",
    ),
    "Bouygues Telecom": Look(
        "Bouygues Telecom",
        "Bouygues Telecom",
        "internet",
        (0, 150, 200),
        "Bouygues Telecom - SA au capital de 712 588 399 € - RCS Paris 397 480 930",
        "telecom",
        "Bbox fit",
    ),
    "B&You": Look(
        "B&You",
        "B&You",
        "mobile",
        (0, 170, 160),
        "B&You est une marque de Bouygues Telecom - RCS Paris 397 480 930",
        "month",
        "Forfait mobile B&You 80 Go",
    ),
    "Sosh": Look(
        "Sosh",
        "Sosh",
        "mobile",
        (60, 60, 60),
        "Orange SA au capital de 10 640 226 396 € - RCS Nanterre 380 129 866",
        "month",
        "Forfait mobile Sosh 40 Go",
    ),
    "TotalEnergies": Look(
        "TotalEnergies",
        "TotalEnergies",
        "electricity",
        (237, 0, 0),
        "TotalEnergies Electricité et Gaz France - SA - RCS Nanterre 478 733 151",
        "energy",
        "Offre Verte Fixe électricité",
    ),
    "Ekwateur": Look(
        "Ekwateur",
        "ekWateur",
        "electricity",
        (20, 150, 110),
        "ekWateur SAS - RCS Paris 813 041 547",
        "energy",
        "Électricité verte - prix fixe",
    ),
    "Vattenfall": Look(
        "Vattenfall",
        "Vattenfall",
        "electricity",
        (0, 90, 170),
        "Vattenfall Energies SAS - RCS Paris 494 006 045",
        "energy",
        "Électricité Eco - option base",
    ),
    "Mint Energie": Look(
        "Mint Energie",
        "Mint Energie",
        "electricity",
        (40, 170, 90),
        "Mint Energie SAS - RCS Nanterre 525 141 974",
        "energy",
        "Électricité 100% verte",
    ),
    "OHM Energie": Look(
        "OHM Energie",
        "OHM Energie",
        "electricity",
        (250, 160, 0),
        "OHM Energie SAS - RCS Paris 841 520 587",
        "energy",
        "Électricité Classique",
    ),
    "Veolia": Look(
        "Veolia",
        "Veolia Eau",
        "water",
        (230, 30, 40),
        "Veolia Eau - Compagnie Générale des Eaux - RCS Paris 572 025 526",
        "water",
    ),
    "Suez": Look(
        "Suez",
        "SUEZ Eau France",
        "water",
        (0, 120, 190),
        "SUEZ Eau France SAS - RCS Nanterre 410 034 607",
        "water",
    ),
    "Saur": Look(
        "Saur", "SAUR", "water", (0, 100, 170), "SAUR SAS - RCS Versailles 339 379 984", "water"
    ),
    "Régie des eaux": Look(
        "Régie des eaux",
        "Régie des eaux de Grenoble",
        "water",
        (0, 130, 120),
        "Régie des eaux - SIRET 200 040 715 00011",
        "water",
    ),
}


def _title(p: Person, couple: Person | None) -> str:
    if couple is None:
        return f"{p.civility} {p.first_name} {p.surname}"
    return (
        f"M. et Mme {couple.surname}"
        if couple.surname == p.surname
        else f"M. ou Mme {p.surname} {p.first_name}"
    )


@dataclass(frozen=True)
class VariantBill:
    """One bill in a generic layout; ``co_holder`` makes it a couple's bill."""

    provider: str = "SFR"
    holder: Person = field(default_factory=Person)
    co_holder: Person | None = None
    address: Address | None = None
    issue_date: dt.date = dt.date(2026, 9, 15)
    period_start: dt.date = dt.date(2026, 8, 1)
    period_end: dt.date = dt.date(2026, 8, 31)
    amount: float = 39.99
    invoice_number: str = "FA 2026 0915 7731"

    @property
    def look(self) -> Look:
        return LOOKS[self.provider]

    @property
    def addr(self) -> Address:
        return self.address or self.holder.address

    @property
    def holder_line(self) -> str:
        return _title(self.holder, self.co_holder)


def _head(s: Surface, b: VariantBill) -> None:
    lk = b.look
    s.logo(15, 12, max(30, len(lk.brand) * 3.2), 13, fill=lk.color, text=lk.brand, size=13)
    s.text(15, 32, f"{lk.brand} - Service clients", "sans", 8, color=GREY)


def _envelope(s: Surface, b: VariantBill, y: float = 45) -> None:
    s.text(118, y, b.holder_line.upper(), "sans", 10)
    s.text(118, y + 5, b.addr.street.upper(), "sans", 10)
    s.text(118, y + 10, f"{b.addr.postcode} {b.addr.city.upper()}", "sans", 10)


def _footer(s: Surface, b: VariantBill) -> None:
    s.line(15, 280, 195, 280, color=GREY, width=0.2)
    s.text(105, 285, b.look.footer, "sans", 7, color=GREY, align="center")


def _lines_table(s: Surface, y: float, rows: list[list[str]]) -> float:
    return s.table(15, y, [140, 40], rows, row_h=8, size=9.5, align=["left", "right"])


def _telecom(s: Surface, b: VariantBill) -> None:
    _head(s, b)
    _envelope(s, b)
    d = b.issue_date
    s.text(15, 66, f"Facture du {d.day} {MONTHS_FR[d.month - 1]} {d.year}", "sans-bold", 15)
    s.text(15, 73, f"N° de facture : {b.invoice_number}", "sans", 10)
    s.text(15, 82, f"Titulaire de la ligne : {b.holder_line}", "sans", 10)
    s.text(15, 87, f"Adresse de la ligne : {b.addr.one_line()}", "sans", 10)
    short = b.period_start.strftime("%d/%m")
    y = _lines_table(
        s,
        96,
        [
            ["Désignation", "Montant TTC"],
            [f"{b.look.offer} - période du {short} au {fr_date(b.period_end)}", money(b.amount)],
            ["Options et services", "0,00 €"],
        ],
    )
    s.rect(110, y + 6, 85, 10, outline=None, fill=LIGHT)
    s.text(193, y + 13, f"Total à payer : {money(b.amount)}", "sans-bold", 11, align="right")
    _footer(s, b)


def _energy(s: Surface, b: VariantBill) -> None:
    _head(s, b)
    _envelope(s, b, 40)
    s.text(15, 66, "Votre facture d'électricité", "sans-bold", 15, color=b.look.color)
    s.text(15, 73, f"Date d'émission : {b.issue_date.strftime('%d.%m.%y')}", "sans", 10)
    s.text(110, 73, f"Facture n° {b.invoice_number}", "sans", 10)
    s.text(15, 80, f"Adresse de consommation : {b.addr.one_line()}", "sans", 10)
    s.text(15, 85, f"Offre : {b.look.offer}", "sans", 10)
    a, e = b.period_start, b.period_end
    s.text(
        15,
        95,
        f"Consommation du {a.day}{'er' if a.day == 1 else ''} {MONTHS_FR[a.month - 1]} "
        f"au {e.day} {MONTHS_FR[e.month - 1]} {e.year}",
        "sans-bold",
        11,
    )
    y = s.table(
        15,
        100,
        [80, 30, 35, 35],
        [
            ["Détail", "Quantité", "Prix unitaire", "Montant"],
            ["Abonnement", "1", "14,20 €", "14,20 €"],
            ["Consommation électricité", "212 kWh", "0,2276 €", money(b.amount - 14.20)],
        ],
        row_h=7,
        size=9.5,
        align=["left", "right", "right", "right"],
    )
    s.rect(15, y + 6, 180, 12, outline=None, fill=b.look.color)
    s.text(20, y + 14, f"Montant TTC : {money(b.amount)}", "sans-bold", 12, color=WHITE)
    _footer(s, b)


def _water(s: Surface, b: VariantBill) -> None:
    _head(s, b)
    _envelope(s, b)
    s.text(15, 66, "Facture d'eau", "sans-bold", 15, color=b.look.color)
    s.text(15, 73, f"Facture émise le {fr_date(b.issue_date)}", "sans", 10)
    s.text(110, 73, f"Référence facture : {b.invoice_number}", "sans", 10)
    s.text(15, 82, f"Abonné : {b.holder_line}", "sans", 10)
    s.text(15, 87, f"Adresse de desserte : {b.addr.one_line()}", "sans", 10)
    s.text(
        15,
        96,
        f"Période du {fr_date(b.period_start)} au {fr_date(b.period_end)}",
        "sans-bold",
        11,
    )
    y = _lines_table(
        s,
        101,
        [
            ["Rubrique", "Montant"],
            ["Distribution de l'eau potable (18 m3)", money(round(b.amount * 0.45, 2))],
            ["Collecte et traitement des eaux usées", money(round(b.amount * 0.55, 2))],
        ],
    )
    s.text(20, y + 12, f"Total à payer : {money(b.amount)}", "sans-bold", 12, color=b.look.color)
    _footer(s, b)


def _month(s: Surface, b: VariantBill) -> None:
    _head(s, b)
    _envelope(s, b)
    m = MONTHS_FR[b.period_start.month - 1]
    short = m if len(m) <= 4 else m[:4].rstrip("é") + "."
    s.text(15, 66, f"Facture de {short} {b.period_start.year}", "sans-bold", 15)
    s.text(15, 73, f"Date : {fr_date(b.issue_date)}", "sans", 10)
    s.text(15, 78, f"Facture n° {b.invoice_number}", "sans", 10)
    s.text(15, 87, f"Nom du client : {b.holder_line}", "sans", 10)
    s.text(15, 92, f"Adresse : {b.addr.one_line()}", "sans", 10)
    y = _lines_table(
        s,
        100,
        [
            ["Désignation", "Montant TTC"],
            [b.look.offer, money(b.amount)],
            ["Hors forfait", "0,00 €"],
        ],
    )
    s.text(20, y + 12, f"Montant total TTC : {money(b.amount)}", "sans-bold", 12)
    _footer(s, b)


LAYOUTS: dict[str, Callable[[Surface, VariantBill], None]] = {
    "telecom": _telecom,
    "energy": _energy,
    "water": _water,
    "month": _month,
}


def variant_pages(b: VariantBill) -> list[PageSpec]:
    return [PageSpec(lambda s: LAYOUTS[b.look.layout](s, b))]


AnyBill = BillContent | VariantBill


def pages_of(b: AnyBill) -> list[PageSpec]:
    return bill_pages(b) if isinstance(b, BillContent) else variant_pages(b)


def truth(b: AnyBill) -> dict[str, Any]:
    """The fields docverify should read on the bill."""
    if isinstance(b, BillContent):
        holder = f"{b.holder.first_name} {b.holder.surname}"
        provider, service = b.provider, b.service
    else:
        holder = b.holder_line
        provider, service = b.provider, b.look.service
    return {
        "provider": provider,
        "service": service,
        "holder_name": holder,
        "address": b.addr.one_line(),
        "issue_date": b.issue_date.isoformat(),
        "period_start": b.period_start.isoformat(),
        "period_end": b.period_end.isoformat(),
        "amount": b.amount,
    }


def layout_of(b: AnyBill) -> str:
    return f"bills.{b.provider}" if isinstance(b, BillContent) else b.look.layout


# ---- writing -----------------------------------------------------------------------------------
SCAN = ScanOptions(noise_sigma=0.8, blur_radius=0.5, max_skew=1.0)
"""A decent flatbed scan: what most people send."""
POOR_SCAN = ScanOptions(noise_sigma=2.0, blur_radius=0.9, max_skew=2.0, jpeg_quality=45)
"""A poor scan: skewed, noisy, JPEG artefacts."""


def write_doc(
    path: Path,
    pages: Sequence[PageSpec],
    *,
    scanned: ScanOptions | None = None,
    seed: int = 1,
    dpi: int = 200,
) -> Path:
    """A text PDF, or (``scanned``) an image PDF / PNG / JPEG by the path's suffix."""
    if scanned is None:
        return write_text_pdf(path, pages)
    images = [scan(p.render(dpi), seed + i, scanned) for i, p in enumerate(pages)]
    if path.suffix == ".png":
        return write_png(path, images[0], dpi=dpi, colors=32)
    if path.suffix in (".jpg", ".jpeg"):
        return write_jpeg(path, images[0], quality=70, dpi=dpi)
    return write_image_pdf(path, images, [dpi] * len(images), quality=60)


def write_bill(path: Path, b: AnyBill, scanned: ScanOptions | None = None, seed: int = 1) -> Path:
    return write_doc(path, pages_of(b), scanned=scanned, seed=seed)


def monthly(
    make: Callable[..., AnyBill], months: Sequence[tuple[int, int]], **kw: Any
) -> list[AnyBill]:
    """One bill per (year, month), issued on the 5th of the next month."""
    out = []
    for y, m in months:
        start = dt.date(y, m, 1)
        end = dt.date(y + (m == 12), m % 12 + 1, 1) - dt.timedelta(days=1)
        issue = end + dt.timedelta(days=5)
        out.append(
            make(
                issue_date=issue,
                period_start=start,
                period_end=end,
                invoice_number=f"{y}{m:02d} {abs(hash((y, m))) % 10**6:06d}",
                **kw,
            )
        )
    return out


_PASSPORT_CACHE: dict[str, bytes] = {}


def write_passport(path: Path, person: Person) -> Path:
    """The applicant's passport as a clean 200 dpi JPEG: the same bytes for the same
    person, so the OCR cache serves it once per test session."""
    key = person.surname
    if key not in _PASSPORT_CACHE:
        tmp = path.with_suffix(".tmp.jpg")
        (spec,) = passport_pages(PassportContent(person=person))
        write_jpeg(tmp, spec.render(200), quality=85, dpi=200)
        _PASSPORT_CACHE[key] = tmp.read_bytes()
        tmp.unlink()
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(_PASSPORT_CACHE[key])
    return path


_ID_CACHE: dict[str, bytes] = {}


def write_host_id(path: Path, host: Person | None = None) -> Path:
    """The host's national ID card (Claire DUBOIS by default), same bytes every time."""
    c = IdCardContent() if host is None else dataclasses.replace(IdCardContent(), person=host)
    key = c.person.surname
    if key not in _ID_CACHE:
        tmp = path.with_suffix(".tmp.jpg")
        (spec,) = idcard_pages(c)
        write_jpeg(tmp, spec.render(200), quality=85, dpi=200)
        _ID_CACHE[key] = tmp.read_bytes()
        tmp.unlink()
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(_ID_CACHE[key])
    return path


def claire() -> Person:
    return _claire()


def write_lease(path: Path, c: LeaseContent, scanned: ScanOptions | None = None) -> Path:
    return write_doc(path, lease_pages(c), scanned=scanned, seed=c.seed)


def write_attestation(path: Path, c: HostingContent, scanned: ScanOptions | None = None) -> Path:
    """The attestation as an image (the signature check needs pixels): a clean PNG unless
    ``scanned`` says otherwise."""
    opts = scanned or ScanOptions(skew_deg=0.0, noise_sigma=0.0, blur_radius=0.0)
    return write_doc(path.with_suffix(".png"), hosting_pages(c), scanned=opts, seed=c.seed)


__all__ = [
    "LOOKS",
    "POOR_SCAN",
    "SCAN",
    "Address",
    "BillContent",
    "HostingContent",
    "LeaseContent",
    "Person",
    "VariantBill",
    "claire",
    "layout_of",
    "monthly",
    "pages_of",
    "truth",
    "variant_pages",
    "write_attestation",
    "write_bill",
    "write_doc",
    "write_host_id",
    "write_lease",
    "write_passport",
]
