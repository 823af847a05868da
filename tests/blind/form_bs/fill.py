"""Putting the values on the printed form: by hand, typed with a PDF editor, or not at all
(the AcroForm fields carry them, see acro.py). The signature box is handled here too."""

from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

import ink

TYPE_FONTS = {
    "T-liber": "/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf",
    "T-dejavu": "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
    "T-mono": "/usr/share/fonts/truetype/liberation/LiberationMono-Regular.ttf",
    "T-carlito": "/usr/share/fonts/truetype/crosextra/Carlito-Regular.ttf",
}
_typed = set()


class Typer:
    """Text added with a PDF editor's "add text" tool: one font, one size, a small
    systematic offset from the boxes, capital X in the tick boxes."""

    def __init__(self, rng, font="T-liber", size=10.0):
        if font not in _typed:
            pdfmetrics.registerFont(TTFont(font, TYPE_FONTS[font]))
            _typed.add(font)
        self.font = font
        self.size = size
        self.dx = rng.uniform(-0.4, 0.9) * mm
        self.dy = rng.uniform(-0.3, 0.5) * mm

    def write(self, c, text, rect, dotted=False):
        x, y, w, h = rect
        size = self.size
        tw = pdfmetrics.stringWidth(text, self.font, size)
        if tw > w - 3 * mm:
            size *= (w - 3 * mm) / tw
        c.setFillColorRGB(0, 0, 0)
        c.setFont(self.font, size)
        base = y + (0.9 * mm if dotted else (h - size * 0.7) / 2)
        c.drawString(x + 1.6 * mm + self.dx, base + self.dy, text)

    def comb(self, c, groups, text):
        cells = [(gx + i * cw, gy, cw, gh) for gx, gy, cw, gh, n in groups for i in range(n)]
        size = min(self.size * 1.1, cells[0][3] * 0.62)
        c.setFillColorRGB(0, 0, 0)
        c.setFont(self.font, size)
        for ch, (bx, by, bw, bh) in zip(text, cells):
            gw = pdfmetrics.stringWidth(ch, self.font, size)
            c.drawString(
                bx + (bw - gw) / 2 + self.dx * 0.5, by + (bh - size * 0.7) / 2 + self.dy, ch
            )

    def tick(self, c, rect):
        x, y, w, h = rect
        size = h * 1.05
        c.setFillColorRGB(0, 0, 0)
        c.setFont(self.font, size)
        gw = pdfmetrics.stringWidth("X", self.font, size)
        c.drawString(x + (w - gw) / 2 + self.dx * 0.3, y + h * 0.14 + self.dy * 0.3, "X")


def make_overlay(item, writer, typer):
    """item: dict with way, values, ticks, sign, hand_keys, sig_image, signer_name."""
    way = item["way"]
    values = item["values"]
    ticks = item["ticks"]
    hand_keys = item.get("hand_keys", set())
    dotted = item["run"] == "R2"

    def overlay(c, page, slots):
        for key, slot in slots.items():
            if slot.page != page:
                continue
            by_hand = way == "hand" or key in hand_keys
            typed = way == "typed_print" and not by_hand
            if slot.kind == "sig":
                sign_box(c, slot.rect, item, writer)
            elif slot.kind == "tick":
                if key not in ticks:
                    continue
                if by_hand:
                    writer.tick(c, slot.rect, item.get("tick_style", "cross"))
                elif typed:
                    typer.tick(c, slot.rect)
            else:
                text = values.get(key)
                if not text:
                    continue
                if by_hand and slot.kind == "comb":
                    writer.comb(c, slot.groups, text)
                elif by_hand:
                    x, y, w, h = slot.rect
                    base = y + (0.7 * mm if dotted else 1.3 * mm)
                    size = writer.size if dotted else min(writer.size, h * 0.6)
                    writer.write(
                        c,
                        text,
                        x + 2.2 * mm,
                        base,
                        max_w=w - 4 * mm,
                        size=size * writer.rng.uniform(0.95, 1.05),
                    )
                elif typed and slot.kind == "comb":
                    typer.comb(c, slot.groups, text)
                elif typed:
                    typer.write(c, text, slot.rect, dotted)

    return overlay


def sign_box(c, rect, item, writer):
    sign = item["sign"]
    x, y, w, h = rect
    if sign == "pen":
        writer.sign(c, (x + 2 * mm, y + 1.5 * mm, w - 4 * mm, h - 9 * mm), item["signer_name"])
    elif sign == "stray":
        writer.stray(c, (x + 2 * mm, y + 2 * mm, w - 4 * mm, h - 10 * mm))
    elif sign == "image":
        img = item["sig_image"]
        iw = w * item.get("sig_scale", 0.62)
        ih = iw * img.size[1] / img.size[0]
        ih = min(ih, h - 9 * mm)
        iw = ih * img.size[0] / img.size[1]
        ox = x + (w - iw) * item.get("sig_pos", 0.4)
        c.drawImage(ImageReader(img), ox, y + 2 * mm, iw, ih, mask="auto")
    # "none": nothing in the box


def writer_for(rng, hand, caps_font=None):
    """hand: (font, ink, size, slant); caps_font: the hand used for words in capitals."""
    font, ink_name, size, slant = hand
    return ink.Writer(
        rng, font, ink_name, size, slant, weight=rng.uniform(0.2, 0.45), caps_font=caps_font
    )
