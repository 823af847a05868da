"""Font lookup (by file name, no fontconfig needed) for reportlab and Pillow."""

import os
from functools import cache

from PIL import ImageFont
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

FONT_DIRS = ["/usr/share/fonts", "/usr/local/share/fonts", os.path.expanduser("~/.fonts")]


@cache
def _index():
    idx = {}
    for root_dir in FONT_DIRS:
        if not os.path.isdir(root_dir):
            continue
        for dirpath, dirnames, filenames in os.walk(root_dir):
            dirnames.sort()
            for fn in sorted(filenames):
                idx.setdefault(fn, os.path.join(dirpath, fn))
    return idx


def find(filename):
    path = _index().get(filename)
    if path is None:
        raise FileNotFoundError("font file not found: %s" % filename)
    return path


# Printed-form families: (regular, bold, italic) TrueType files usable by reportlab.
PRINT_FAMILIES = {
    "liberation": (
        "LiberationSans-Regular.ttf",
        "LiberationSans-Bold.ttf",
        "LiberationSans-Italic.ttf",
    ),
    "opensans": ("OpenSans-Regular.ttf", "OpenSans-Bold.ttf", "OpenSans-Italic.ttf"),
    "roboto": ("Roboto-Regular.ttf", "Roboto-Bold.ttf", "Roboto-Italic.ttf"),
    "carlito": ("Carlito-Regular.ttf", "Carlito-Bold.ttf", "Carlito-Italic.ttf"),
    "lato": ("Lato-Regular.ttf", "Lato-Bold.ttf", "Lato-Italic.ttf"),
    "dejavu": (
        "DejaVuSansCondensed.ttf",
        "DejaVuSansCondensed-Bold.ttf",
        "DejaVuSansCondensed-Oblique.ttf",
    ),
}

# Fonts used to "type" values on screen.
TYPE_FONTS = {
    "mono": "LiberationMono-Regular.ttf",
    "arial": "LiberationSans-Regular.ttf",
    "dejavu": "DejaVuSans.ttf",
    "calibri": "Carlito-Regular.ttf",
}

# Handwriting-like fonts (Pillow can read OTF/CFF too).  accents: has É, È, Ç...
HAND_FONTS = {
    "dkg": ("dkg.ttf", True),
    "dkgbold": ("dkgBd.ttf", True),
    "dkgital": ("dkgIt.ttf", True),
    "breip": ("Breip.ttf", True),
    "ecolier": ("Ecolier-court.ttf", True),
    "dancing": ("DancingScript-Regular.otf", True),
    "kaushan": ("KaushanScript-Regular.otf", True),
    "comic": ("ComicNeue-Regular.otf", True),
    "humor": ("Humor-Sans.ttf", False),
    "ruf": ("Rufscript010.ttf", False),
}

_registered = set()


def rl_family(key):
    """Register a print family with reportlab, return (regular, bold, italic) font names."""
    names = []
    for style, fn in zip(("R", "B", "I"), PRINT_FAMILIES[key]):
        name = "fc-%s-%s" % (key, style)
        if name not in _registered:
            pdfmetrics.registerFont(TTFont(name, find(fn)))
            _registered.add(name)
        names.append(name)
    return tuple(names)


def rl_font(filename):
    name = "fc-" + os.path.splitext(filename)[0]
    if name not in _registered:
        pdfmetrics.registerFont(TTFont(name, find(filename)))
        _registered.add(name)
    return name


@cache
def pil_font(filename, size):
    return ImageFont.truetype(find(filename), int(size))


def pil_hand(key, size):
    return pil_font(HAND_FONTS[key][0], size)


def ascii_only(text):
    return all(ord(ch) < 128 for ch in text)
