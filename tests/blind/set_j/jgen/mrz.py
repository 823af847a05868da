"""MRZ text drawn with the OCR-B face (a CFF font that reportlab cannot embed)."""

from __future__ import annotations

from functools import lru_cache

from PIL import Image, ImageDraw, ImageFont
from reportlab.lib.utils import ImageReader

OCRB = "/usr/share/fonts/opentype/ocr-b/OCRB.otf"


@lru_cache(maxsize=256)
def _mrz_img(lines: tuple, px_per_char: int, color: tuple) -> Image.Image:
    size = int(px_per_char / 0.6)
    font = ImageFont.truetype(OCRB, size)
    adv = font.getlength("M")
    scale = px_per_char / adv
    font = ImageFont.truetype(OCRB, max(8, int(size * scale)))
    adv = font.getlength("M")
    n = max(len(s) for s in lines)
    lh = int(size * 1.45)
    w = int(adv * n) + 4
    h = lh * len(lines) + 4
    mask = Image.new("L", (w, h), 0)
    dr = ImageDraw.Draw(mask)
    for i, s in enumerate(lines):
        for j, ch in enumerate(s):
            dr.text((2 + j * adv, 2 + i * lh), ch, font=font, fill=255)
    img = Image.new("RGBA", (w, h), color + (0,))
    img.putalpha(mask)
    return img


def draw_mrz(c, x, y, lines, width_pt, color=(20, 20, 24), px_per_char=42):
    """Draw the MRZ block with its lower-left corner at (x, y), width_pt wide."""
    img = _mrz_img(tuple(lines), px_per_char, color)
    h = width_pt * img.height / img.width
    c.drawImage(ImageReader(img), x, y, width_pt, h, mask="auto")
    return h
