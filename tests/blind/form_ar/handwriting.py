"""Pen-like handwriting drawn with Pillow into an ink mask (per-glyph jitter, ticks, signatures)."""

import math

import numpy as np
from PIL import Image, ImageDraw, ImageFilter, ImageFont

HAND_FONTS = {
    "ecolier": "/usr/share/fonts/truetype/ecolier-court/Ecolier-court.ttf",
    "breip": "/usr/share/fonts/truetype/breip/Breip.ttf",
    "dkg": "/usr/share/fonts/truetype/fifthhorseman/dkg.ttf",
}
SIG_FONTS = [
    "/usr/share/fonts/opentype/urw-base35/Z003-MediumItalic.otf",
    "/usr/share/fonts/truetype/ecolier-court/Ecolier-court.ttf",
    "/usr/share/fonts/truetype/breip/Breip.ttf",
]
INKS = {
    "blue": (22, 38, 120),
    "black": (25, 25, 30),
    "darkblue": (15, 25, 80),
}

_font_cache = {}


def _font(path, size):
    key = (path, int(size))
    if key not in _font_cache:
        _font_cache[key] = ImageFont.truetype(path, int(size))
    return _font_cache[key]


def cap_size(path, cap_px):
    """Font size whose capital letters are about cap_px tall."""
    f = _font(path, 100)
    box = f.getbbox("HE")
    return max(6, cap_px * 100 / max(1, box[3] - box[1]))


class InkLayer:
    """A greyscale mask the size of the page; 255 = full ink. Composited once at the end."""

    def __init__(self, size, rng, font="ecolier", pen=1.0):
        self.mask = Image.new("L", size, 0)
        self.rng = rng
        self.font_path = HAND_FONTS[font]
        self.pen = pen

    def text(self, x, y_base, text, size, slope=0.0, spacing=1.0):
        """Write text with its baseline at y_base, glyph by glyph with jitter. Returns end x."""
        rng = self.rng
        cx = x
        drift = 0.0
        stroke = 1 if self.pen * size > 38 else 0
        for ch in text:
            fsz = size * (1 + rng.uniform(-0.06, 0.06))
            f = _font(self.font_path, fsz)
            adv = f.getlength(ch) * spacing * (1 + rng.uniform(-0.05, 0.05))
            if ch != " ":
                self._glyph(f, ch, cx, y_base + drift + rng.uniform(-1.2, 1.2), stroke)
            cx += adv
            drift += adv * slope + rng.uniform(-0.25, 0.25)
        return cx

    def _glyph(self, f, ch, x, y_base, stroke):
        asc, desc = f.getmetrics()
        w = int(f.getlength(ch)) + asc + 8
        h = asc + desc + 8
        g = Image.new("L", (w, h), 0)
        ImageDraw.Draw(g).text((4, 4), ch, font=f, fill=255, stroke_width=stroke, stroke_fill=255)
        g = g.rotate(self.rng.uniform(-5, 5), resample=Image.BICUBIC, center=(w / 3, 4 + asc))
        px, py = int(x - 4), int(y_base - asc - 4)
        region = self.mask.crop((px, py, px + w, py + h))
        region = Image.fromarray(np.maximum(np.asarray(region), np.asarray(g)))
        self.mask.paste(region, (px, py))

    def comb(self, cells, text, size):
        """One capital per comb cell (cells in pixels: x, y_top, w, h)."""
        for (x, y, w, h), ch in zip(cells, text):
            if ch == " ":
                continue
            size = cap_size(self.font_path, h * self.rng.uniform(0.62, 0.78))
            f = _font(self.font_path, size)
            while f.getlength(ch) > w * 0.95 and size > 8:
                size *= 0.9
                f = _font(self.font_path, size)
            gw = f.getlength(ch)
            bx = x + (w - gw) / 2 + self.rng.uniform(-w * 0.12, w * 0.12)
            by = y + h * 0.86 + self.rng.uniform(-h * 0.05, h * 0.04)
            self.text(bx, by, ch, size)

    def tick(self, rect, cross=None):
        """rect in pixels (x, y_top, w, h): a check mark or a cross, slightly off the box."""
        rng = self.rng
        x, y, w, h = rect
        d = ImageDraw.Draw(self.mask)
        lw = max(2, int(w * 0.14))
        cross = rng.random() < 0.5 if cross is None else cross
        if cross:
            j = [rng.uniform(-0.15, 0.15) * w for _ in range(8)]
            d.line([(x + j[0], y + j[1]), (x + w + j[2], y + h + j[3])], fill=255, width=lw)
            d.line([(x + w + j[4], y + j[5]), (x + j[6], y + h + j[7])], fill=255, width=lw)
        else:
            pts = [
                (x + 0.1 * w, y + 0.5 * h),
                (x + 0.4 * w + rng.uniform(-2, 2), y + 0.9 * h),
                (x + 1.25 * w + rng.uniform(-3, 3), y - 0.35 * h + rng.uniform(-3, 3)),
            ]
            d.line(pts, fill=255, width=lw, joint="curve")

    def stray(self, rect):
        """A small dot or a short accidental stroke somewhere in the signature box."""
        rng = self.rng
        x, y, w, h = rect
        cx = x + rng.uniform(0.2, 0.8) * w
        cy = y + rng.uniform(0.3, 0.8) * h
        d = ImageDraw.Draw(self.mask)
        r = max(2.5, w * 0.008)
        if rng.random() < 0.5:
            d.ellipse([cx - r, cy - r * 0.8, cx + r, cy + r * 0.8], fill=255)
        else:
            d.line([(cx, cy), (cx + w * 0.03, cy - h * 0.06)], fill=255, width=int(r))

    def paste_mask(self, m, x, y):
        region = self.mask.crop((x, y, x + m.width, y + m.height))
        region = Image.fromarray(np.maximum(np.asarray(region), np.asarray(m)))
        self.mask.paste(region, (x, y))

    def composite(self, page, ink="blue"):
        """Return page (RGB) with the ink applied."""
        m = self.mask.filter(ImageFilter.GaussianBlur(0.6))
        a = np.asarray(m, dtype=np.float32)[..., None] / 255.0 * 0.92
        base = np.asarray(page.convert("RGB"), dtype=np.float32)
        col = np.array(INKS[ink], dtype=np.float32)[None, None, :]
        out = base * (1 - a) + col * a
        return Image.fromarray(out.clip(0, 255).astype(np.uint8))


def signature_mask(rng, given, surname, height):
    """A handwritten signature as an L mask about `height` px tall (script name and a flourish)."""
    style = rng.randrange(4)
    if style == 0:
        text = surname.split()[0].split("-")[0].replace("'", "").capitalize()
    elif style == 1:
        text = given[0].upper() + ". " + surname.split()[0].capitalize()
    elif style == 2:
        text = given.split()[0].split("-")[0].capitalize() + " " + surname[0].upper()
    else:
        letters = "".join(ch for ch in surname.split()[0] if ch.isalpha())
        text = given[0].upper() + letters[:5].lower()
    path = rng.choice(SIG_FONTS)
    size = int(height * rng.uniform(0.55, 0.75))
    f = _font(path, size)
    tw = int(f.getlength(text)) + size
    w, h = tw + size * 2, int(size * 2.4)
    img = Image.new("L", (w, h), 0)
    d = ImageDraw.Draw(img)
    pen = 0 if path.endswith(".otf") else max(0, size // 90)
    d.text((size // 2, int(size * 0.5)), text, font=f, fill=255, stroke_width=pen, stroke_fill=255)
    # flourish: a sine-ish underline sweeping back under the name, or a loop through it
    lw = max(2, size // 16)
    base_y = size * 1.55
    n = 60
    kind = rng.randrange(3)
    pts = []
    amp = size * rng.uniform(0.08, 0.25)
    freq = rng.uniform(1.0, 2.5)
    for i in range(n + 1):
        t = i / n
        if kind == 0:
            px = size * 0.3 + t * (tw + size * 0.4)
            py = base_y + amp * math.sin(t * math.pi * freq) - t * size * 0.3
        elif kind == 1:
            px = size * 0.5 + tw * (1 - t) + size * 0.3 * math.sin(t * math.pi)
            py = base_y - size * 0.4 + amp * math.sin(t * math.pi * 2 * freq) + t * size * 0.2
        else:
            ang = t * math.pi * 2.2
            px = tw * 0.75 + t * size * 1.4 + size * 0.35 * math.cos(ang)
            py = base_y - size * 0.7 + size * 0.45 * math.sin(ang)
        pts.append((px, py))
    d.line(pts, fill=255, width=lw, joint="curve")
    if rng.random() < 0.5:
        x0 = tw + rng.uniform(-size, 0)
        d.line([(x0, base_y - size * 0.9), (x0 + size * 0.6, base_y - size * 1.1)], 255, lw)
    # slant
    shear = rng.uniform(0.1, 0.35)
    img = img.transform(
        (w + int(h * shear), h), Image.AFFINE, (1, -shear, 0, 0, 1, 0), resample=Image.BICUBIC
    )
    img = img.rotate(rng.uniform(-8, 6), resample=Image.BICUBIC, expand=True)
    bbox = img.getbbox()
    return img.crop(bbox) if bbox else img


def place_signature(layer, rng, given, surname, rect):
    """Draw a signature into the box rect (pixels x, y_top, w, h) of an InkLayer."""
    x, y, w, h = rect
    m = signature_mask(rng, given, surname, int(h * 0.75))
    scale = min(w * rng.uniform(0.55, 0.85) / m.width, h * 0.85 / m.height)
    m = m.resize((max(1, int(m.width * scale)), max(1, int(m.height * scale))), Image.LANCZOS)
    px = int(x + rng.uniform(0.05, 0.95) * max(1, w - m.width))
    py = int(y + rng.uniform(0.15, 0.9) * max(1, h - m.height))
    layer.paste_mask(m, px, py)


def signature_rgba(rng, given, surname, height=260, ink="blue"):
    """A signature as an RGBA image (transparent background) for pasting in a PDF."""
    m = signature_mask(rng, given, surname, height)
    m = m.filter(ImageFilter.GaussianBlur(0.7))
    col = Image.new("RGBA", m.size, INKS[ink] + (0,))
    col.putalpha(m)
    return col
