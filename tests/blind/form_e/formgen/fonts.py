"""Font files used by the generator (system fonts listed in the brief)."""

import os

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

TT = "/usr/share/fonts/truetype"
OT = "/usr/share/fonts/opentype"

# Printed-form font families: (regular, bold, italic) registered for reportlab.
PRINT_FAMILIES = {
    "liberation": (
        f"{TT}/liberation/LiberationSans-Regular.ttf",
        f"{TT}/liberation/LiberationSans-Bold.ttf",
        f"{TT}/liberation/LiberationSans-Italic.ttf",
    ),
    "dejavucond": (
        f"{TT}/dejavu/DejaVuSansCondensed.ttf",
        f"{TT}/dejavu/DejaVuSansCondensed-Bold.ttf",
        f"{TT}/dejavu/DejaVuSansCondensed-Oblique.ttf",
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
    "lato": (
        f"{TT}/lato/Lato-Regular.ttf",
        f"{TT}/lato/Lato-Bold.ttf",
        f"{TT}/lato/Lato-Italic.ttf",
    ),
    "carlito": (
        f"{TT}/crosextra/Carlito-Regular.ttf",
        f"{TT}/crosextra/Carlito-Bold.ttf",
        f"{TT}/crosextra/Carlito-Italic.ttf",
    ),
    "freesans": (
        f"{TT}/freefont/FreeSans.ttf",
        f"{TT}/freefont/FreeSansBold.ttf",
        f"{TT}/freefont/FreeSansOblique.ttf",
    ),
}

# Fonts people type with (on-screen filling before printing).
TYPE_FONTS = {
    "courier": f"{TT}/liberation/LiberationMono-Regular.ttf",
    "arial": f"{TT}/liberation/LiberationSans-Regular.ttf",
    "calibri": f"{TT}/crosextra/Carlito-Regular.ttf",
    "times": f"{TT}/liberation/LiberationSerif-Regular.ttf",
    "dejavu": f"{TT}/dejavu/DejaVuSans.ttf",
    "freemono": f"{TT}/freefont/FreeMono.ttf",
}

# Handwriting-like fonts (rendered with Pillow, never embedded in a PDF).
HAND_FONTS = {
    "dancing": f"{OT}/dancingscript/DancingScript-Regular.otf",
    "dancing_bold": f"{OT}/dancingscript/DancingScript-Bold.otf",
    "kaushan": f"{OT}/kaushanscript/KaushanScript-Regular.otf",
    "dkg": f"{TT}/fifthhorseman/dkg.ttf",
    "dkg_italic": f"{TT}/fifthhorseman/dkgIt.ttf",
    "breip": f"{TT}/breip/Breip.ttf",
    "breipfont": f"{TT}/breip/breipfont.ttf",
    "humor": f"{TT}/humor-sans/Humor-Sans.ttf",
    "rufscript": f"{TT}/rufscript/Rufscript010.ttf",
    "ecolier": f"{TT}/ecolier-court/Ecolier-court.ttf",
    "comicneue": f"{OT}/comic-neue/ComicNeue-Regular.otf",
    "comicneue_light": f"{OT}/comic-neue/ComicNeue-Light.otf",
}

_registered = set()


def rl_font(path):
    """Register a TTF with reportlab once; return its reportlab name."""
    name = "F_" + os.path.splitext(os.path.basename(path))[0].replace("-", "_")
    if name not in _registered:
        pdfmetrics.registerFont(TTFont(name, path))
        _registered.add(name)
    return name


def family(key):
    reg, bold, ital = PRINT_FAMILIES[key]
    return rl_font(reg), rl_font(bold), rl_font(ital)
