"""Font lookup for the sample generator.

Fonts are system fonts from Debian packages; a missing font fails with a message naming
the package to install.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

_LIB = "/usr/share/fonts/truetype/liberation"
_DEJAVU = "/usr/share/fonts/truetype/dejavu"

# name -> (path, debian package)
FONTS: dict[str, tuple[str, str]] = {
    "sans": (f"{_LIB}/LiberationSans-Regular.ttf", "fonts-liberation"),
    "sans-bold": (f"{_LIB}/LiberationSans-Bold.ttf", "fonts-liberation"),
    "sans-italic": (f"{_LIB}/LiberationSans-Italic.ttf", "fonts-liberation"),
    "narrow": (f"{_LIB}/LiberationSansNarrow-Regular.ttf", "fonts-liberation"),
    "narrow-bold": (f"{_LIB}/LiberationSansNarrow-Bold.ttf", "fonts-liberation"),
    "serif": (f"{_LIB}/LiberationSerif-Regular.ttf", "fonts-liberation"),
    "serif-bold": (f"{_LIB}/LiberationSerif-Bold.ttf", "fonts-liberation"),
    "serif-italic": (f"{_LIB}/LiberationSerif-Italic.ttf", "fonts-liberation"),
    "mono": (f"{_LIB}/LiberationMono-Regular.ttf", "fonts-liberation"),
    "mono-bold": (f"{_LIB}/LiberationMono-Bold.ttf", "fonts-liberation"),
    "dejavu": (f"{_DEJAVU}/DejaVuSans.ttf", "fonts-dejavu-core"),
    "dejavu-bold": (f"{_DEJAVU}/DejaVuSans-Bold.ttf", "fonts-dejavu-core"),
    "ocrb": ("/usr/share/fonts/opentype/ocr-b/OCRB.otf", "fonts-ocr-b"),
    "hand": (
        "/usr/share/fonts/opentype/dancingscript/DancingScript-Regular.otf",
        "fonts-dancingscript",
    ),
    "hand-bold": (
        "/usr/share/fonts/opentype/dancingscript/DancingScript-Bold.otf",
        "fonts-dancingscript",
    ),
    # handwriting of people filling a form in: block capitals and figures in a pen's hand
    "pen-print": ("/usr/share/fonts/truetype/breip/Breip.ttf", "fonts-breip"),
    "pen-rough": ("/usr/share/fonts/truetype/fifthhorseman/dkg.ttf", "fonts-dkg-handwriting"),
    "pen-marker": (
        "/usr/share/fonts/opentype/kaushanscript/KaushanScript-Regular.otf",
        "fonts-kaushanscript",
    ),
}

# Fonts reportlab can embed (TrueType outlines). OpenType/CFF fonts (ocrb, hand) are
# rasterised when drawn on a vector surface.
TRUETYPE = {name for name, (path, _) in FONTS.items() if path.endswith(".ttf")}


class FontMissingError(RuntimeError):
    pass


@cache
def font_path(name: str) -> str:
    """Return the file path of font ``name``; raise with the package to install."""
    if name not in FONTS:
        raise KeyError(f"unknown font {name!r}; known: {', '.join(sorted(FONTS))}")
    path, package = FONTS[name]
    if not Path(path).is_file():
        raise FontMissingError(
            f"font {name!r} not found at {path}: install it with `apt-get install {package}`"
        )
    return path
