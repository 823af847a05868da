"""Font registration for reportlab (TrueType only) and paths for Pillow."""

from __future__ import annotations

from functools import cache

from PIL import ImageFont
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

TT = "/usr/share/fonts/truetype/"
OT = "/usr/share/fonts/opentype/"

RL_FONTS = {
    "DejaVu": TT + "dejavu/DejaVuSans.ttf",
    "DejaVu-B": TT + "dejavu/DejaVuSans-Bold.ttf",
    "DejaVu-I": TT + "dejavu/DejaVuSans-Oblique.ttf",
    "DejaVuCond": TT + "dejavu/DejaVuSansCondensed.ttf",
    "DejaVuCond-B": TT + "dejavu/DejaVuSansCondensed-Bold.ttf",
    "DejaVuSerif": TT + "dejavu/DejaVuSerif.ttf",
    "DejaVuSerif-B": TT + "dejavu/DejaVuSerif-Bold.ttf",
    "DejaVuSerif-I": TT + "dejavu/DejaVuSerif-Italic.ttf",
    "DejaVuMono": TT + "dejavu/DejaVuSansMono.ttf",
    "DejaVuMono-B": TT + "dejavu/DejaVuSansMono-Bold.ttf",
    "Arial": TT + "liberation/LiberationSans-Regular.ttf",
    "Arial-B": TT + "liberation/LiberationSans-Bold.ttf",
    "Arial-I": TT + "liberation/LiberationSans-Italic.ttf",
    "ArialN": TT + "liberation/LiberationSansNarrow-Regular.ttf",
    "ArialN-B": TT + "liberation/LiberationSansNarrow-Bold.ttf",
    "Times": TT + "liberation/LiberationSerif-Regular.ttf",
    "Times-B": TT + "liberation/LiberationSerif-Bold.ttf",
    "Times-I": TT + "liberation/LiberationSerif-Italic.ttf",
    "Courier": TT + "liberation/LiberationMono-Regular.ttf",
    "Courier-B": TT + "liberation/LiberationMono-Bold.ttf",
    "OpenSans": TT + "open-sans/OpenSans-Regular.ttf",
    "OpenSans-B": TT + "open-sans/OpenSans-Bold.ttf",
    "OpenSans-I": TT + "open-sans/OpenSans-Italic.ttf",
    "Roboto": TT + "roboto/unhinted/RobotoTTF/Roboto-Regular.ttf",
    "Roboto-B": TT + "roboto/unhinted/RobotoTTF/Roboto-Bold.ttf",
    "Roboto-I": TT + "roboto/unhinted/RobotoTTF/Roboto-Italic.ttf",
    "RobotoCond": TT + "roboto/unhinted/RobotoCondensed-Regular.ttf",
    "RobotoCond-B": TT + "roboto/unhinted/RobotoCondensed-Bold.ttf",
    "Carlito": TT + "crosextra/Carlito-Regular.ttf",
    "Carlito-B": TT + "crosextra/Carlito-Bold.ttf",
    "Carlito-I": TT + "crosextra/Carlito-Italic.ttf",
    "Caladea": TT + "crosextra/Caladea-Regular.ttf",
    "Caladea-B": TT + "crosextra/Caladea-Bold.ttf",
    "Caladea-I": TT + "crosextra/Caladea-Italic.ttf",
    "FreeSans": TT + "freefont/FreeSans.ttf",
    "FreeSans-B": TT + "freefont/FreeSansBold.ttf",
    "FreeSerif": TT + "freefont/FreeSerif.ttf",
    "FreeSerif-B": TT + "freefont/FreeSerifBold.ttf",
    "FreeSerif-I": TT + "freefont/FreeSerifItalic.ttf",
    "FreeMono": TT + "freefont/FreeMono.ttf",
    "FreeMono-B": TT + "freefont/FreeMonoBold.ttf",
    "Amiri": OT + "fonts-hosny-amiri/Amiri-Regular.ttf",
}

# Handwriting and other OpenType-CFF fonts are drawn with Pillow only.
PIL_FONTS = {
    "breip": TT + "breip/Breip.ttf",
    "femke": TT + "femkeklaver/femkeklaver.ttf",
    "dkg": TT + "fifthhorseman/dkg.ttf",
    "dkg-b": TT + "fifthhorseman/dkgBd.ttf",
    "ecolier": TT + "ecolier-court/Ecolier-court.ttf",
    "humor": TT + "humor-sans/Humor-Sans.ttf",
    "ruf": TT + "rufscript/Rufscript010.ttf",
    "dancing": OT + "dancingscript/DancingScript-Regular.otf",
    "dancing-b": OT + "dancingscript/DancingScript-Bold.otf",
    "kaushan": OT + "kaushanscript/KaushanScript-Regular.otf",
    "comic": OT + "comic-neue/ComicNeue-Regular.otf",
    "ocrb": OT + "ocr-b/OCRB.otf",
    "amiri": OT + "fonts-hosny-amiri/Amiri-Regular.ttf",
    "amiri-b": OT + "fonts-hosny-amiri/Amiri-Bold.ttf",
    "wqy": TT + "wqy/wqy-microhei.ttc",
    "dejavu": TT + "dejavu/DejaVuSans.ttf",
    "dejavu-b": TT + "dejavu/DejaVuSans-Bold.ttf",
    "dejavuserif": TT + "dejavu/DejaVuSerif.ttf",
    "arial": TT + "liberation/LiberationSans-Regular.ttf",
    "arial-b": TT + "liberation/LiberationSans-Bold.ttf",
    "times": TT + "liberation/LiberationSerif-Regular.ttf",
    "times-b": TT + "liberation/LiberationSerif-Bold.ttf",
    "roboto": TT + "roboto/unhinted/RobotoTTF/Roboto-Regular.ttf",
    "roboto-b": TT + "roboto/unhinted/RobotoTTF/Roboto-Bold.ttf",
    "roboto-m": TT + "roboto/unhinted/RobotoTTF/Roboto-Medium.ttf",
    "opensans": TT + "open-sans/OpenSans-Regular.ttf",
    "opensans-b": TT + "open-sans/OpenSans-Bold.ttf",
}

_done = False


def register() -> None:
    global _done
    if _done:
        return
    for name, path in RL_FONTS.items():
        pdfmetrics.registerFont(TTFont(name, path))
    pdfmetrics.registerFont(TTFont("WQY", TT + "wqy/wqy-microhei.ttc", subfontIndex=0))
    _done = True


@cache
def pil(name: str, size: int) -> ImageFont.FreeTypeFont:
    return ImageFont.truetype(PIL_FONTS[name], size)


@cache
def _notdef(name: str) -> bytes:
    f = pil(name, 40)
    return bytes(f.getmask("\U000f0000"))


@cache
def has_glyph(name: str, ch: str) -> bool:
    if ch == " ":
        return True
    f = pil(name, 40)
    return bytes(f.getmask(ch)) != _notdef(name)


def width(text: str, font: str, size: float) -> float:
    return pdfmetrics.stringWidth(text, font, size)
