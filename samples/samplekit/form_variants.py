"""Variants of the application form (Cerfa 15763 / S1106), rendered at test time.

* typed or hand-style values (``FormContent.handwritten_values``), scanned with seeded
  noise, skew, blur and JPEG recompression;
* a digitally filled PDF: the form printed as vector pages with a text layer, its values
  held in real AcroForm fields (text fields and checkboxes, reportlab ``acroForm``), the
  signature pasted into the page or absent;
* signed and unsigned, different dates (also written the American way), each box of
  section B ticked.

``variants()`` is the seeded series ``bench/form_bench.py`` measures; ``write_form`` and
``write_packet`` are what the tests use. Nothing here is committed as a binary.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import random
import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

from PIL import Image

from .documents.common import Person
from .documents.form import FormContent, form_pages
from .documents.passport import PassportContent, passport_pages
from .output import _fixed_meta, write_image_pdf, write_jpeg, write_png
from .page import INK_BLUE, RGB, Align, PdfSurface
from .scan import CLEAN, ScanOptions, scan, seed_for

Style = Literal["typed", "hand", "digital"]
Situation = Literal["employed", "not_employed", "other"]


@dataclass(frozen=True)
class FormVariant:
    """One rendering of the form and its ground truth."""

    name: str
    content: FormContent
    style: Style = "typed"
    scan: ScanOptions | None = field(default_factory=ScanOptions)
    """None: a clean render (digital PDFs are never scanned)."""
    dpi: int = 200
    as_jpeg: bool = False
    """Write two JPEG files (one per page) instead of an image-only PDF."""
    jpeg_quality: int = 60

    @property
    def signed(self) -> bool:
        return self.content.signed

    @property
    def situation(self) -> Situation:
        return self.content.situation


# ---- the digitally filled PDF ------------------------------------------------------------------


def _slug(label: str) -> str:
    """Field name from a printed label: "Nom de naissance :" -> "nom_de_naissance"."""
    folded = unicodedata.normalize("NFKD", label)
    folded = "".join(c for c in folded if not unicodedata.combining(c)).lower()
    return re.sub(r"[^a-z0-9]+", "_", folded).strip("_")


CHECKBOX_NAMES = (
    "sexe_feminin",
    "sexe_masculin",
    "situation_salarie",
    "situation_sans_activite",
    "situation_autre",
)
"""The form's checkboxes in drawing order, as named in the fillable PDF."""


class _FieldSurface(PdfSurface):
    """Draws the printed form only; the values it would have written become AcroForm
    fields at the same place (values are what the form draws in ink blue)."""

    def __init__(self, canvas: Any, width_mm: float, height_mm: float, signature: bool) -> None:
        super().__init__(canvas, width_mm, height_mm)
        self.last_label = ""
        self.signature_drawn = signature
        self.texts: list[tuple[str, float, float, str]] = []
        self.boxes: list[tuple[float, float, float, bool]] = []
        self._in_signature = False

    def text(
        self,
        x: float,
        y: float,
        s: str,
        font: str = "sans",
        size: float = 10,
        *,
        color: RGB = (0, 0, 0),
        align: Align = "left",
    ) -> float:
        if color == INK_BLUE and not self._in_signature:
            name = _slug(self.last_label) or f"champ_{len(self.texts)}"
            self.texts.append((name, x, y, s))
            return self.text_width(s, font, size)
        if s.strip():
            self.last_label = s
        return super().text(x, y, s, font, size, color=color, align=align)

    def checkbox(
        self,
        x: float,
        y: float,
        checked: bool = False,
        *,
        size: float = 3.5,
        mark: Literal["x", "check"] = "x",
        ink: RGB = INK_BLUE,
    ) -> None:
        self.boxes.append((x, y, size, checked))

    def signature(
        self,
        x: float,
        y: float,
        w: float,
        h: float,
        *,
        seed: int,
        name: str | None = None,
        color: RGB = INK_BLUE,
    ) -> None:
        if self.signature_drawn:  # a signature image pasted into the PDF
            self._in_signature = True
            try:
                super().signature(x, y, w, h, seed=seed, name=name, color=color)
            finally:
                self._in_signature = False


def write_acroform_pdf(path: Path, content: FormContent, *, signature: bool | None = None) -> Path:
    """The form as a vector PDF whose values live in AcroForm fields only.

    ``signature`` pastes the signature into the page (default: ``content.signed``).
    """
    from reportlab.lib.colors import Color
    from reportlab.lib.units import mm
    from reportlab.pdfgen import canvas

    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    c = canvas.Canvas(str(path), invariant=1, pageCompression=1)
    _fixed_meta(c, "S1106")
    box_index = 0
    blue = Color(INK_BLUE[0] / 255, INK_BLUE[1] / 255, INK_BLUE[2] / 255)
    for spec in form_pages(content):
        surf = _FieldSurface(
            c, spec.width_mm, spec.height_mm, content.signed if signature is None else signature
        )
        spec.draw(surf)
        height = spec.height_mm
        for name, x, y, value in surf.texts:
            c.acroForm.textfield(
                name=name,
                value=value,
                x=x * mm,
                y=(height - y - 1.2) * mm,
                width=min(90.0, 198 - x) * mm,
                height=5.5 * mm,
                fontName="Helvetica",
                fontSize=10,
                borderWidth=0,
                fillColor=None,
                textColor=blue,
                forceBorder=False,
            )
        for x, y, size, checked in surf.boxes:
            c.acroForm.checkbox(
                name=CHECKBOX_NAMES[box_index]
                if box_index < len(CHECKBOX_NAMES)
                else f"case_{box_index}",
                x=x * mm,
                y=(height - y - size) * mm,
                size=size * mm,
                checked=checked,
                buttonStyle="cross",
                borderWidth=1,
                textColor=blue,
            )
            box_index += 1
        c.showPage()
    c.save()
    return path


# ---- scanned renderings ------------------------------------------------------------------------


def page_images(v: FormVariant) -> list[Image.Image]:
    """The two pages as images, degraded as the variant says."""
    content = dataclasses.replace(v.content, handwritten_values=v.style == "hand")
    out: list[Image.Image] = []
    for i, spec in enumerate(form_pages(content)):
        img = spec.render(v.dpi)
        out.append(scan(img, seed_for(v.name, i + 1), v.scan or CLEAN))
    return out


def write_form(folder: Path, v: FormVariant) -> list[Path]:
    """Write the variant's file(s) into ``folder``; return their paths."""
    folder = Path(folder)
    if v.style == "digital":
        return [write_acroform_pdf(folder / "formulaire_s1106.pdf", v.content)]
    images = page_images(v)
    if v.as_jpeg:
        return [
            write_jpeg(folder / f"formulaire_p{i + 1}.jpg", im, quality=v.jpeg_quality, dpi=v.dpi)
            for i, im in enumerate(images)
        ]
    return [write_image_pdf(folder / "formulaire_s1106.pdf", images, v.dpi, quality=v.jpeg_quality)]


def write_passport(folder: Path, person: Person, name: str = "passeport.png") -> Path:
    """A flat, clean scan of the passport data page: the applicant's anchor."""
    (img,) = [spec.render(300) for spec in passport_pages(PassportContent(person=person))]
    return write_png(Path(folder) / name, img.convert("L"), dpi=300, colors=32)


def write_packet(folder: Path, v: FormVariant, *, passport: bool = True) -> Path:
    """A minimal packet: the form (and the applicant's passport)."""
    folder = Path(folder)
    write_form(folder, v)
    if passport:
        write_passport(folder, v.content.person)
    return folder


# ---- the measured series ----------------------------------------------------------------------

SITUATIONS: tuple[Situation, ...] = ("employed", "not_employed", "other")


def form_content(
    *,
    situation: Situation = "employed",
    signed: bool = True,
    signed_on: dt.date | None = dt.date(2026, 11, 10),
    date_text: str = "",
    person: Person | None = None,
    seed: int = 1,
) -> FormContent:
    """Content with section B consistent with ``situation``."""
    employed = situation == "employed"
    return FormContent(
        person=person or Person(),
        situation=situation,
        profession="Ingénieure logiciel" if employed else "",
        contract_type="CDI" if employed else "",
        employer="Logiciels Mistral SAS" if employed else "",
        other_situation="Étudiante" if situation == "other" else "",
        signed=signed,
        signed_on=signed_on,
        date_text=date_text,
        seed=seed,
    )


def variants(n: int = 24, seed: int = 7) -> list[FormVariant]:
    """``n`` seeded scanned variants: every box ticked in turn, signed and unsigned,
    typed and hand-style values, skew up to 2.5 degrees, noise up to sigma 6, blur,
    JPEG quality 25 to 85, 150 to 300 dpi."""
    rng = random.Random(seed)
    out: list[FormVariant] = []
    for i in range(n):
        situation = SITUATIONS[i % 3]
        signed = (i // 3) % 2 == 0
        style: Style = "hand" if i % 4 in (1, 2) else "typed"
        opts = ScanOptions(
            skew_deg=round(rng.uniform(-2.5, 2.5), 2),
            noise_sigma=round(rng.uniform(0.5, 6.0), 1),
            blur_radius=round(rng.uniform(0.3, 1.2), 2),
            jpeg_quality=rng.choice((25, 40, 60, 85)),
        )
        day = dt.date(2026, rng.randint(8, 11), rng.randint(1, 28))
        out.append(
            FormVariant(
                name=f"v{i:02d}-{situation}-{'signed' if signed else 'unsigned'}-{style}",
                content=form_content(
                    situation=situation, signed=signed, signed_on=day, seed=1000 + i
                ),
                style=style,
                scan=opts,
                dpi=rng.choice((150, 200, 200, 300)),
                as_jpeg=i % 5 == 4,
                jpeg_quality=rng.choice((45, 60, 75)),
            )
        )
    return out


def digital_variants() -> Sequence[FormVariant]:
    """AcroForm PDFs: each box ticked, signed and unsigned."""
    return [
        FormVariant(
            name=f"digital-{s}-{'signed' if signed else 'unsigned'}",
            content=form_content(situation=s, signed=signed, seed=50 + k),
            style="digital",
            scan=None,
        )
        for k, (s, signed) in enumerate(
            (("employed", True), ("not_employed", False), ("other", True))
        )
    ]
