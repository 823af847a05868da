"""What a rendered document is before it gets a look."""

from __future__ import annotations

from dataclasses import dataclass, field

from PIL import Image

from .paint import Page


@dataclass
class ImgSheet:
    """A raster sheet: a photocopy of cards on A4, or a card alone (for photos)."""

    img: Image.Image
    w: float  # physical size in mm
    h: float
    subject: str = "paper"  # paper | card | booklet


Sheet = Page | ImgSheet


@dataclass
class Doc:
    type: str
    fields: dict
    sheets: list = field(default_factory=list)
    notes: str = ""
    # optional alternative sheets for a phone photo (e.g. the card itself, not a photocopy)
    photo_sheets: list = field(default_factory=list)
    cards: list = field(default_factory=list)  # card images (passport page, card faces)
    card_mm: list = field(default_factory=list)  # their physical sizes (w, h) in mm
