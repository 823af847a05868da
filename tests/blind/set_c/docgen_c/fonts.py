"""Font registration (reportlab TrueType fonts) and paths of OpenType fonts drawn through Pillow."""

from __future__ import annotations

import os

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

T = "/usr/share/fonts/truetype"
O = "/usr/share/fonts/opentype"

TTF = {
    "Sans": f"{T}/liberation/LiberationSans-Regular.ttf",
    "Sans-B": f"{T}/liberation/LiberationSans-Bold.ttf",
    "Sans-I": f"{T}/liberation/LiberationSans-Italic.ttf",
    "Sans-BI": f"{T}/liberation/LiberationSans-BoldItalic.ttf",
    "Narrow": f"{T}/liberation/LiberationSansNarrow-Regular.ttf",
    "Narrow-B": f"{T}/liberation/LiberationSansNarrow-Bold.ttf",
    "Serif": f"{T}/liberation/LiberationSerif-Regular.ttf",
    "Serif-B": f"{T}/liberation/LiberationSerif-Bold.ttf",
    "Serif-I": f"{T}/liberation/LiberationSerif-Italic.ttf",
    "Mono": f"{T}/liberation/LiberationMono-Regular.ttf",
    "Mono-B": f"{T}/liberation/LiberationMono-Bold.ttf",
    "DV": f"{T}/dejavu/DejaVuSans.ttf",
    "DV-B": f"{T}/dejavu/DejaVuSans-Bold.ttf",
    "DVC": f"{T}/dejavu/DejaVuSansCondensed.ttf",
    "DVC-B": f"{T}/dejavu/DejaVuSansCondensed-Bold.ttf",
    "DVSerif": f"{T}/dejavu/DejaVuSerif.ttf",
    "DVSerif-B": f"{T}/dejavu/DejaVuSerif-Bold.ttf",
    "DVMono": f"{T}/dejavu/DejaVuSansMono.ttf",
    "Open": f"{T}/open-sans/OpenSans-Regular.ttf",
    "Open-B": f"{T}/open-sans/OpenSans-Bold.ttf",
    "Open-SB": f"{T}/open-sans/OpenSans-Semibold.ttf",
    "Open-L": f"{T}/open-sans/OpenSans-Light.ttf",
    "Roboto": f"{T}/roboto/unhinted/RobotoTTF/Roboto-Regular.ttf",
    "Roboto-B": f"{T}/roboto/unhinted/RobotoTTF/Roboto-Bold.ttf",
    "Roboto-M": f"{T}/roboto/unhinted/RobotoTTF/Roboto-Medium.ttf",
    "Roboto-L": f"{T}/roboto/unhinted/RobotoTTF/Roboto-Light.ttf",
    "RobotoC": f"{T}/roboto/unhinted/RobotoCondensed-Regular.ttf",
    "RobotoC-B": f"{T}/roboto/unhinted/RobotoCondensed-Bold.ttf",
    "Lato": f"{T}/lato/Lato-Regular.ttf",
    "Lato-B": f"{T}/lato/Lato-Bold.ttf",
    "Lato-H": f"{T}/lato/Lato-Heavy.ttf",
    "Lato-L": f"{T}/lato/Lato-Light.ttf",
    "Carlito": f"{T}/crosextra/Carlito-Regular.ttf",
    "Carlito-B": f"{T}/crosextra/Carlito-Bold.ttf",
    "Carlito-I": f"{T}/crosextra/Carlito-Italic.ttf",
    "Serif-BI": f"{T}/liberation/LiberationSerif-BoldItalic.ttf",
    "Caladea": f"{T}/crosextra/Caladea-Regular.ttf",
    "Caladea-B": f"{T}/crosextra/Caladea-Bold.ttf",
    "FreeSans": f"{T}/freefont/FreeSans.ttf",
    "FreeSans-B": f"{T}/freefont/FreeSansBold.ttf",
    "FreeSerif": f"{T}/freefont/FreeSerif.ttf",
    "FreeSerif-B": f"{T}/freefont/FreeSerifBold.ttf",
    "FreeMono": f"{T}/freefont/FreeMono.ttf",
    # handwriting-like
    "H-dkg": f"{T}/fifthhorseman/dkg.ttf",
    "H-breip": f"{T}/breip/Breip.ttf",
    "H-femke": f"{T}/femkeklaver/femkeklaver.ttf",
    "H-humor": f"{T}/humor-sans/Humor-Sans.ttf",
    "H-ruf": f"{T}/rufscript/Rufscript010.ttf",
    "H-ecolier": f"{T}/ecolier-court/Ecolier-court.ttf",
}

# Fonts drawn with Pillow (CFF OpenType, complex scripts) and placed as images.
PIL_FONTS = {
    "ocrb": f"{O}/ocr-b/OCRB.otf",
    "dancing": f"{O}/dancingscript/DancingScript-Regular.otf",
    "dancing-b": f"{O}/dancingscript/DancingScript-Bold.otf",
    "kaushan": f"{O}/kaushanscript/KaushanScript-Regular.otf",
    "amiri": f"{O}/fonts-hosny-amiri/Amiri-Regular.ttf",
    "amiri-b": f"{O}/fonts-hosny-amiri/Amiri-Bold.ttf",
    "wqy": f"{T}/wqy/wqy-microhei.ttc",
    "dv": f"{T}/dejavu/DejaVuSans.ttf",
    "dv-b": f"{T}/dejavu/DejaVuSans-Bold.ttf",
}

# handwriting styles usable for French text (accents present): two TrueType, two drawn by Pillow
HANDS = ["H-dkg", "H-breip", "dancing", "kaushan"]

_done = False


def register():
    global _done
    if _done:
        return
    for name, path in TTF.items():
        if not os.path.exists(path):
            raise FileNotFoundError(f"font {name} missing: {path}")
        pdfmetrics.registerFont(TTFont(name, path))
    pdfmetrics.registerFont(TTFont("WQY", PIL_FONTS["wqy"], subfontIndex=0))
    for name, path in PIL_FONTS.items():
        if not os.path.exists(path):
            raise FileNotFoundError(f"font {name} missing: {path}")
    _done = True
