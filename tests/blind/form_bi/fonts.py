"""TrueType fonts used by the set (only .ttf files installed on the machine)."""

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

T = "/usr/share/fonts/truetype/"

PRINT_FONTS = {
    "LibSans": T + "liberation/LiberationSans-Regular.ttf",
    "LibSans-B": T + "liberation/LiberationSans-Bold.ttf",
    "LibSans-I": T + "liberation/LiberationSans-Italic.ttf",
    "LibSansN": T + "liberation/LiberationSansNarrow-Regular.ttf",
    "LibSerif": T + "liberation/LiberationSerif-Regular.ttf",
    "LibMono": T + "liberation/LiberationMono-Regular.ttf",
    "OpenSans": T + "open-sans/OpenSans-Regular.ttf",
    "OpenSans-B": T + "open-sans/OpenSans-Bold.ttf",
    "OpenSans-SB": T + "open-sans/OpenSans-Semibold.ttf",
    "OpenSans-I": T + "open-sans/OpenSans-Italic.ttf",
    "Carlito": T + "crosextra/Carlito-Regular.ttf",
    "Carlito-B": T + "crosextra/Carlito-Bold.ttf",
    "Carlito-I": T + "crosextra/Carlito-Italic.ttf",
    "RobotoC": T + "roboto/unhinted/RobotoCondensed-Regular.ttf",
    "RobotoC-B": T + "roboto/unhinted/RobotoCondensed-Bold.ttf",
    "Lato": T + "lato/Lato-Regular.ttf",
    "Lato-B": T + "lato/Lato-Bold.ttf",
    "Lato-BI": T + "lato/Lato-BoldItalic.ttf",
    "DejaVuC": T + "dejavu/DejaVuSansCondensed.ttf",
}

# handwriting fonts: name -> (path, uppercase_only, has_accents, size factor)
HAND_FONTS = {
    "Breip": (T + "breip/Breip.ttf", False, True, 1.05),
    "Dkg": (T + "fifthhorseman/dkg.ttf", False, True, 0.95),
    "DkgIt": (T + "fifthhorseman/dkgIt.ttf", False, True, 0.95),
    "DkgBd": (T + "fifthhorseman/dkgBd.ttf", False, True, 0.92),
    "Ecolier": (T + "ecolier-court/Ecolier-court.ttf", False, True, 1.7),
    "Humor": (T + "humor-sans/Humor-Sans.ttf", True, False, 0.95),
    "Ruf": (T + "rufscript/Rufscript010.ttf", False, False, 0.9),
}

_done = False


def register() -> None:
    global _done
    if _done:
        return
    for name, path in PRINT_FONTS.items():
        pdfmetrics.registerFont(TTFont(name, path))
    for name, (path, _u, _a, _s) in HAND_FONTS.items():
        pdfmetrics.registerFont(TTFont(name, path))
    _done = True


def covers(font: str, text: str) -> bool:
    """True when the font has a glyph for every character of text."""
    face = pdfmetrics.getFont(font).face
    cmap = face.charToGlyph
    return all(cmap.get(ord(ch), 0) != 0 or ch == " " for ch in text)
