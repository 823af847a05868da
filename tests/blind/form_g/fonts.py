"""Font registry: printed-form typefaces (reportlab) and handwriting fonts (Pillow)."""

import functools

from PIL import Image, ImageDraw, ImageFont
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

_TT = "/usr/share/fonts/truetype/"
_OT = "/usr/share/fonts/opentype/"

# Printed form families: (regular, bold, italic) reportlab names.
_TTF_FAMILIES = {
    "LiberationSans": (
        _TT + "liberation/LiberationSans-Regular.ttf",
        _TT + "liberation/LiberationSans-Bold.ttf",
        _TT + "liberation/LiberationSans-Italic.ttf",
    ),
    "OpenSans": (
        _TT + "open-sans/OpenSans-Regular.ttf",
        _TT + "open-sans/OpenSans-Bold.ttf",
        _TT + "open-sans/OpenSans-Italic.ttf",
    ),
    "Roboto": (
        _TT + "roboto/unhinted/RobotoTTF/Roboto-Regular.ttf",
        _TT + "roboto/unhinted/RobotoTTF/Roboto-Bold.ttf",
        _TT + "roboto/unhinted/RobotoTTF/Roboto-Italic.ttf",
    ),
    "Carlito": (
        _TT + "crosextra/Carlito-Regular.ttf",
        _TT + "crosextra/Carlito-Bold.ttf",
        _TT + "crosextra/Carlito-Italic.ttf",
    ),
    "DejaVuCond": (
        _TT + "dejavu/DejaVuSansCondensed.ttf",
        _TT + "dejavu/DejaVuSansCondensed-Bold.ttf",
        _TT + "dejavu/DejaVuSansCondensed-Oblique.ttf",
    ),
    "Lato": (
        _TT + "lato/Lato-Regular.ttf",
        _TT + "lato/Lato-Bold.ttf",
        _TT + "lato/Lato-Italic.ttf",
    ),
    "LiberationMono": (
        _TT + "liberation/LiberationMono-Regular.ttf",
        _TT + "liberation/LiberationMono-Bold.ttf",
        _TT + "liberation/LiberationMono-Italic.ttf",
    ),
}

_registered = False


def register_pdf_fonts():
    global _registered
    if _registered:
        return
    for fam, (r, b, i) in _TTF_FAMILIES.items():
        pdfmetrics.registerFont(TTFont(fam, r))
        pdfmetrics.registerFont(TTFont(fam + "-Bold", b))
        pdfmetrics.registerFont(TTFont(fam + "-Italic", i))
    _registered = True


def family(name):
    """(regular, bold, italic) font names for reportlab."""
    if name == "Helvetica":
        return ("Helvetica", "Helvetica-Bold", "Helvetica-Oblique")
    if name == "Times":
        return ("Times-Roman", "Times-Bold", "Times-Italic")
    if name == "Courier":
        return ("Courier", "Courier-Bold", "Courier-Oblique")
    register_pdf_fonts()
    return (name, name + "-Bold", name + "-Italic")


# Handwriting fonts for Pillow, with the font's own stroke width as a fraction
# of the font size (measured once with a distance transform).  The renderer
# adds a Pillow stroke so that the total matches the pen width it wants.
HAND_FONTS = {
    "dancing": (_OT + "dancingscript/DancingScript-Regular.otf", 0.050),
    "kaushan": (_OT + "kaushanscript/KaushanScript-Regular.otf", 0.100),
    "breip": (_TT + "breip/Breip.ttf", 0.060),
    "dkg": (_TT + "fifthhorseman/dkg.ttf", 0.064),
    "humor": (_TT + "humor-sans/Humor-Sans.ttf", 0.100),
    "ruf": (_TT + "rufscript/Rufscript010.ttf", 0.088),
    "ecolier": (_TT + "ecolier-court/Ecolier-court.ttf", 0.020),
    "comic": (_OT + "comic-neue/ComicNeue-Regular.otf", 0.060),
}


@functools.lru_cache(maxsize=256)
def pil_font(key, size):
    return ImageFont.truetype(HAND_FONTS[key][0], int(size))


@functools.lru_cache(maxsize=4096)
def has_glyph(key, ch):
    """True when the handwriting font draws `ch` with a real glyph."""
    if ch.isspace():
        return True
    f = pil_font(key, 40)

    def mask(c):
        im = Image.new("L", (80, 80), 0)
        ImageDraw.Draw(im).text((10, 10), c, font=f, fill=255)
        return im.tobytes()

    m = mask(ch)
    if not any(m):
        return False
    return m != mask("\uffff") and m != mask("\u0378")


@functools.lru_cache(maxsize=64)
def metrics(key):
    """(cap height, x height) as fractions of the font size."""
    f = pil_font(key, 200)
    cap = f.getbbox("H", anchor="ls")
    xh = f.getbbox("x", anchor="ls")
    return (-cap[1] / 200.0, -xh[1] / 200.0)


def supports(key, text):
    return all(has_glyph(key, c) for c in text)
