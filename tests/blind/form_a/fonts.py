"""Font files used by the form_a generator (system fonts, see README)."""

from __future__ import annotations

import os
from functools import lru_cache

from PIL import ImageFont
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

TT = "/usr/share/fonts/truetype"
OT = "/usr/share/fonts/opentype"

# Printed-form families: (regular, bold, italic) TrueType files, usable by reportlab.
PRINT_FAMILIES = {
    "liberation": (
        f"{TT}/liberation/LiberationSans-Regular.ttf",
        f"{TT}/liberation/LiberationSans-Bold.ttf",
        f"{TT}/liberation/LiberationSans-Italic.ttf",
    ),
    "opensans": (
        f"{TT}/open-sans/OpenSans-Regular.ttf",
        f"{TT}/open-sans/OpenSans-Bold.ttf",
        f"{TT}/open-sans/OpenSans-Italic.ttf",
    ),
    "roboto": (
        f"{TT}/roboto/unhinted/RobotoTTF/Roboto-Regular.ttf",
        f"{TT}/roboto/unhinted/RobotoTTF/Roboto-Bold.ttf",
        f"{TT}/roboto/unhinted/RobotoTTF/Roboto-Italic.ttf",
    ),
    "carlito": (
        f"{TT}/crosextra/Carlito-Regular.ttf",
        f"{TT}/crosextra/Carlito-Bold.ttf",
        f"{TT}/crosextra/Carlito-Italic.ttf",
    ),
    "lato": (
        f"{TT}/lato/Lato-Regular.ttf",
        f"{TT}/lato/Lato-Bold.ttf",
        f"{TT}/lato/Lato-Italic.ttf",
    ),
    "dejavucond": (
        f"{TT}/dejavu/DejaVuSansCondensed.ttf",
        f"{TT}/dejavu/DejaVuSansCondensed-Bold.ttf",
        f"{TT}/dejavu/DejaVuSansCondensed-Oblique.ttf",
    ),
    "freesans": (
        f"{TT}/freefont/FreeSans.ttf",
        f"{TT}/freefont/FreeSansBold.ttf",
        f"{TT}/freefont/FreeSansOblique.ttf",
    ),
    "robotocond": (
        f"{TT}/roboto/unhinted/RobotoCondensed-Regular.ttf",
        f"{TT}/roboto/unhinted/RobotoCondensed-Bold.ttf",
        f"{TT}/roboto/unhinted/RobotoCondensed-Italic.ttf",
    ),
}

# Fonts for values typed on a computer before printing.
TYPED_FONTS = {
    "liberation": f"{TT}/liberation/LiberationSans-Regular.ttf",
    "dejavu": f"{TT}/dejavu/DejaVuSans.ttf",
    "mono": f"{TT}/liberation/LiberationMono-Regular.ttf",
    "serif": f"{TT}/liberation/LiberationSerif-Regular.ttf",
    "arialish_bold": f"{TT}/liberation/LiberationSans-Bold.ttf",
}

# Handwriting-like fonts (PIL can read both TrueType and CFF OpenType).
# (dkg regular/italic, femkeklaver and Ecolier are left out: hollow or school-cursive capitals
# do not look like block capitals written with a ballpoint.)
HAND_FONTS = {
    "dkg_bd": f"{TT}/fifthhorseman/dkgBd.ttf",
    "breip": f"{TT}/breip/Breip.ttf",
    "ruf": f"{TT}/rufscript/Rufscript010.ttf",
    "humor": f"{TT}/humor-sans/Humor-Sans.ttf",
    "comic": f"{OT}/comic-neue/ComicNeue-Regular.otf",
}
# relative size so that capitals come out about the same height in every hand font
HAND_SCALE = {
    HAND_FONTS["dkg_bd"]: 0.78,
    HAND_FONTS["breip"]: 1.0,
    HAND_FONTS["ruf"]: 1.0,
    HAND_FONTS["humor"]: 1.0,
    HAND_FONTS["comic"]: 1.0,
}

SIGNATURE_FONTS = {
    "dancing": f"{OT}/dancingscript/DancingScript-Regular.otf",
    "dancing_bold": f"{OT}/dancingscript/DancingScript-Bold.otf",
    "kaushan": f"{OT}/kaushanscript/KaushanScript-Regular.otf",
    "dkg_bi": f"{TT}/fifthhorseman/dkgBI.ttf",
}


def check_files() -> None:
    missing = [p for fam in PRINT_FAMILIES.values() for p in fam if not os.path.exists(p)]
    missing += [
        p
        for d in (TYPED_FONTS, HAND_FONTS, SIGNATURE_FONTS)
        for p in d.values()
        if not os.path.exists(p)
    ]
    if missing:
        raise SystemExit("missing font files: " + ", ".join(missing))


_registered: set[str] = set()


def rl_font(path: str) -> str:
    """Register a TrueType file with reportlab and return its name."""
    name = "F_" + os.path.splitext(os.path.basename(path))[0].replace("-", "_")
    if name not in _registered:
        pdfmetrics.registerFont(TTFont(name, path))
        _registered.add(name)
    return name


def rl_family(key: str) -> tuple[str, str, str]:
    r, b, i = PRINT_FAMILIES[key]
    return rl_font(r), rl_font(b), rl_font(i)


@lru_cache(maxsize=512)
def pil_font(path: str, size: int) -> ImageFont.FreeTypeFont:
    return ImageFont.truetype(path, size)


@lru_cache(maxsize=64)
def _notdef_signature(path: str) -> bytes:
    f = pil_font(path, 40)
    return _mask_bytes(f.getmask("\ue0ff"))


@lru_cache(maxsize=4096)
def has_glyph(path: str, ch: str) -> bool:
    if ch.isspace():
        return True
    f = pil_font(path, 40)
    m = f.getmask(ch)
    if m.size[0] == 0:
        return False
    return _mask_bytes(m) != _notdef_signature(path)


def covers(path: str, text: str) -> bool:
    return all(has_glyph(path, c) for c in text)


def _mask_bytes(m) -> bytes:
    w, h = m.size
    return bytes(
        w.to_bytes(4, "big")
        + h.to_bytes(4, "big")
        + bytes(m.getpixel((x, y)) for y in range(h) for x in range(w))
    )
