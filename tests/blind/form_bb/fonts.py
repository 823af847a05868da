"""TrueType fonts of the machine registered under short names for reportlab."""

from __future__ import annotations

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

T = "/usr/share/fonts/truetype/"
FONT_FILES = {
    "LibSans": T + "liberation/LiberationSans-Regular.ttf",
    "LibSans-B": T + "liberation/LiberationSans-Bold.ttf",
    "LibSans-I": T + "liberation/LiberationSans-Italic.ttf",
    "LibMono": T + "liberation/LiberationMono-Regular.ttf",
    "Caladea": T + "crosextra/Caladea-Regular.ttf",
    "Caladea-B": T + "crosextra/Caladea-Bold.ttf",
    "Caladea-I": T + "crosextra/Caladea-Italic.ttf",
    "Carlito": T + "crosextra/Carlito-Regular.ttf",
    "OpenSans": T + "open-sans/OpenSans-Regular.ttf",
    "OpenSans-B": T + "open-sans/OpenSans-Bold.ttf",
    "OpenSans-SB": T + "open-sans/OpenSans-Semibold.ttf",
    "OpenSans-I": T + "open-sans/OpenSans-Italic.ttf",
    "DejaVuSans": T + "dejavu/DejaVuSans.ttf",
    # handwriting
    "H-dkg": T + "fifthhorseman/dkg.ttf",
    "H-dkgIt": T + "fifthhorseman/dkgIt.ttf",
    "H-breip": T + "breip/Breip.ttf",
    "H-ecolier": T + "ecolier-court/Ecolier-court.ttf",
    "H-humor": T + "humor-sans/Humor-Sans.ttf",
}

_done = False


def register_fonts() -> None:
    global _done
    if _done:
        return
    for name, path in FONT_FILES.items():
        pdfmetrics.registerFont(TTFont(name, path))
    _done = True


def has_glyph(font: str, ch: str) -> bool:
    face = pdfmetrics.getFont(font).face
    return ord(ch) in face.charToGlyph
