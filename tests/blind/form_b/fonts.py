"""Font registry: printed-form fonts (reportlab TTF) and handwriting fonts (Pillow)."""

import os
import unicodedata

from PIL import Image, ImageDraw, ImageFont
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

_T = "/usr/share/fonts/truetype"
_O = "/usr/share/fonts/opentype"

# Families used to print the blank cerfa (one per "print run").
PRINT_FAMILIES = {
    "LiberationSans": (
        f"{_T}/liberation/LiberationSans-Regular.ttf",
        f"{_T}/liberation/LiberationSans-Bold.ttf",
        f"{_T}/liberation/LiberationSans-Italic.ttf",
    ),
    "LiberationSansNarrow": (
        f"{_T}/liberation/LiberationSansNarrow-Regular.ttf",
        f"{_T}/liberation/LiberationSansNarrow-Bold.ttf",
        f"{_T}/liberation/LiberationSansNarrow-Italic.ttf",
    ),
    "OpenSans": (
        f"{_T}/open-sans/OpenSans-Regular.ttf",
        f"{_T}/open-sans/OpenSans-Bold.ttf",
        f"{_T}/open-sans/OpenSans-Italic.ttf",
    ),
    "Roboto": (
        f"{_T}/roboto/unhinted/RobotoTTF/Roboto-Regular.ttf",
        f"{_T}/roboto/unhinted/RobotoTTF/Roboto-Bold.ttf",
        f"{_T}/roboto/unhinted/RobotoTTF/Roboto-Italic.ttf",
    ),
    "RobotoCondensed": (
        f"{_T}/roboto/unhinted/RobotoCondensed-Regular.ttf",
        f"{_T}/roboto/unhinted/RobotoCondensed-Bold.ttf",
        f"{_T}/roboto/unhinted/RobotoCondensed-Italic.ttf",
    ),
    "Lato": (
        f"{_T}/lato/Lato-Regular.ttf",
        f"{_T}/lato/Lato-Bold.ttf",
        f"{_T}/lato/Lato-Italic.ttf",
    ),
    "Carlito": (
        f"{_T}/crosextra/Carlito-Regular.ttf",
        f"{_T}/crosextra/Carlito-Bold.ttf",
        f"{_T}/crosextra/Carlito-Italic.ttf",
    ),
    "DejaVuSansCondensed": (
        f"{_T}/dejavu/DejaVuSansCondensed.ttf",
        f"{_T}/dejavu/DejaVuSansCondensed-Bold.ttf",
        f"{_T}/dejavu/DejaVuSansCondensed-Oblique.ttf",
    ),
    "FreeSans": (
        f"{_T}/freefont/FreeSans.ttf",
        f"{_T}/freefont/FreeSansBold.ttf",
        f"{_T}/freefont/FreeSansOblique.ttf",
    ),
}

# Fonts used to *type* values (on-screen filling, AcroForm appearance).
TYPE_FAMILIES = {
    "Arimo": f"{_T}/liberation/LiberationSans-Regular.ttf",
    "Mono": f"{_T}/liberation/LiberationMono-Regular.ttf",
    "Cousine": f"{_T}/dejavu/DejaVuSansMono.ttf",
    "Serif": f"{_T}/liberation/LiberationSerif-Regular.ttf",
    "Calibri": f"{_T}/crosextra/Carlito-Regular.ttf",
}

HAND = {
    "dancing": f"{_O}/dancingscript/DancingScript-Regular.otf",
    "dancing_b": f"{_O}/dancingscript/DancingScript-Bold.otf",
    "kaushan": f"{_O}/kaushanscript/KaushanScript-Regular.otf",
    "dkg": f"{_T}/fifthhorseman/dkg.ttf",
    "dkg_it": f"{_T}/fifthhorseman/dkgIt.ttf",
    "breip": f"{_T}/breip/Breip.ttf",
    "femke": f"{_T}/femkeklaver/femkeklaver.ttf",
    "humor": f"{_T}/humor-sans/Humor-Sans.ttf",
    "ruf": f"{_T}/rufscript/Rufscript010.ttf",
    "ecolier": f"{_T}/ecolier-court/Ecolier-court.ttf",
    "comic": f"{_O}/comic-neue/ComicNeue-Regular.otf",
    "comic_l": f"{_O}/comic-neue/ComicNeue-Light.otf",
}

_registered = set()


def register_print_family(name):
    """Register a family in reportlab; returns (regular, bold, italic) font names."""
    reg, bold, ital = PRINT_FAMILIES[name]
    names = (name, name + "-Bold", name + "-Italic")
    for fname, path in zip(names, (reg, bold, ital)):
        if fname not in _registered:
            pdfmetrics.registerFont(TTFont(fname, path))
            _registered.add(fname)
    return names


def register_type_font(name):
    fname = "Type" + name
    if fname not in _registered:
        pdfmetrics.registerFont(TTFont(fname, TYPE_FAMILIES[name]))
        _registered.add(fname)
    return fname


_pil_cache = {}


def pil_font(path, size):
    key = (path, int(size))
    f = _pil_cache.get(key)
    if f is None:
        f = ImageFont.truetype(path, int(size))
        _pil_cache[key] = f
    return f


_cover_cache = {}


def _raster(font, ch):
    im = Image.new("L", (96, 96))
    ImageDraw.Draw(im).text((16, 16), ch, font=font, fill=255)
    return im.tobytes()


def has_glyph(path, ch):
    """True when the font really draws `ch` (not .notdef, not empty)."""
    if ch == " ":
        return True
    key = (path, ch)
    r = _cover_cache.get(key)
    if r is None:
        font = pil_font(path, 48)
        refs = _cover_cache.get((path, None))
        if refs is None:
            refs = {_raster(font, c) for c in ("\U0010ffff", "\uffff", "\u0378")}
            refs.add(bytes(96 * 96))
            _cover_cache[(path, None)] = refs
        r = _raster(font, ch) not in refs
        _cover_cache[key] = r
    return r


def decompose(ch):
    """Split an accented letter into (base, [combining marks])."""
    d = unicodedata.normalize("NFD", ch)
    return d[0], list(d[1:])


assert all(os.path.exists(p) for fam in PRINT_FAMILIES.values() for p in fam)
assert all(os.path.exists(p) for p in HAND.values())
assert all(os.path.exists(p) for p in TYPE_FAMILIES.values())
