"""Handwriting on page images: pen strokes from handwriting fonts with per-glyph jitter."""

from __future__ import annotations

import logging
import math
import unicodedata

import numpy as np
from fontTools.ttLib import TTFont as FTFont
from PIL import Image, ImageDraw, ImageFilter, ImageFont

FONT_DIR = "/usr/share/fonts/"
# solid-stroke handwriting fonts (outline/hollow display fonts left out)
HANDS = {
    "dkg": (FONT_DIR + "truetype/fifthhorseman/dkg.ttf", 1.0, 0),
    "dkgit": (FONT_DIR + "truetype/fifthhorseman/dkgIt.ttf", 1.0, 0),
    "breip": (FONT_DIR + "truetype/breip/Breip.ttf", 1.05, 0),
    "breipf": (FONT_DIR + "truetype/breip/breipfont.ttf", 1.05, 0),
    "dancing": (FONT_DIR + "opentype/dancingscript/DancingScript-Regular.otf", 1.1, 0),
    "comic": (FONT_DIR + "opentype/comic-neue/ComicNeue-Regular.otf", 0.95, 0),
    "ecolier": (FONT_DIR + "truetype/ecolier-court/Ecolier-court.ttf", 1.35, 1),
}
SIGN_FONTS = {
    "dancing": FONT_DIR + "opentype/dancingscript/DancingScript-Regular.otf",
    "dancingb": FONT_DIR + "opentype/dancingscript/DancingScript-Bold.otf",
    "kaushan": FONT_DIR + "opentype/kaushanscript/KaushanScript-Regular.otf",
    "z003": FONT_DIR + "opentype/urw-base35/Z003-MediumItalic.otf",
    "ecolier": FONT_DIR + "truetype/ecolier-court/Ecolier-court.ttf",
    "dkgit": FONT_DIR + "truetype/fifthhorseman/dkgIt.ttf",
}
INKS = {
    "blue": [(22, 42, 140), (30, 60, 170), (15, 35, 110), (40, 55, 150)],
    "black": [(25, 25, 30), (40, 38, 45), (15, 15, 20)],
}
logging.getLogger("fontTools").setLevel(logging.ERROR)
_cmaps: dict[str, set] = {}
_fonts: dict[tuple, ImageFont.FreeTypeFont] = {}


def cmap(path: str) -> set:
    if path not in _cmaps:
        _cmaps[path] = set(FTFont(path, fontNumber=0, lazy=True).getBestCmap())
    return _cmaps[path]


def font(path: str, size: int) -> ImageFont.FreeTypeFont:
    key = (path, size)
    if key not in _fonts:
        _fonts[key] = ImageFont.truetype(path, size)
    return _fonts[key]


class Pen:
    """One writer: a hand (font), an ink, a size, a slant, a jitter level."""

    def __init__(self, rng, ink=None, hand=None):
        self.rng = rng
        self.hand = hand or rng.choice(sorted(HANDS))
        self.path, self.scale, self.stroke = HANDS[self.hand]
        self.ink_name = ink or rng.choice(["blue", "blue", "black"])
        self.color = rng.choice(INKS[self.ink_name])
        self.size = rng.uniform(0.9, 1.15)
        self.slant = rng.uniform(-0.12, 0.28)
        self.jitter = rng.uniform(0.5, 1.3)
        self.spacing = rng.uniform(0.95, 1.12)
        self.pressure = rng.uniform(0.82, 1.0)
        self.sig_font = rng.choice(sorted(SIGN_FONTS))


class Ink:
    """An ink layer (alpha mask) the size of a page, composited at the end."""

    def __init__(self, size):
        self.mask = Image.new("L", size, 0)
        self.layers: list[tuple[Image.Image, tuple]] = []

    def glyph(self, pen: Pen, ch: str, x: float, base: float, px: int, angle: float = 0.0):
        """Draw one character with its left at x and baseline at base; return its advance."""
        rng = pen.rng
        path = pen.path
        cm = cmap(path)
        marks = []
        if ord(ch) not in cm and not ch.isspace():
            dec = unicodedata.normalize("NFD", ch)
            base_ch = dec[0]
            marks = [m for m in dec[1:]]
            if ch in "łŁ":
                base_ch, marks = ("l" if ch == "ł" else "L"), ["slash"]
            elif ch in "đĐ":
                base_ch, marks = ("d" if ch == "đ" else "D"), ["bar"]
            elif ch == "ı":
                base_ch, marks = "i", ["dotless"]
            if ord(base_ch) not in cm:
                base_ch = "?"
            ch = base_ch
        size = max(6, int(px * rng.uniform(0.94, 1.06)))
        f = font(path, size)
        if ch.isspace():
            return f.getlength(" ") * pen.spacing
        asc, desc = f.getmetrics()
        pad = size // 2
        wbox = int(f.getlength(ch)) + 2 * pad + size // 2
        hbox = asc + desc + 2 * pad
        g = Image.new("L", (wbox, hbox), 0)
        d = ImageDraw.Draw(g)
        d.text((pad, pad), ch, font=f, fill=int(255 * pen.pressure),
               stroke_width=pen.stroke, stroke_fill=int(255 * pen.pressure))  # fmt: skip
        gw = f.getlength(ch)
        top = f.getbbox(ch)[1] if ch.strip() else asc
        for m in marks:
            self._mark(d, m, pad, pad, gw, top, asc, size, pen)
        sh = pen.slant + rng.uniform(-0.05, 0.05) * pen.jitter
        g = g.transform(g.size, Image.AFFINE, (1, sh, -sh * (pad + asc), 0, 1, 0),
                        resample=Image.BILINEAR)  # fmt: skip
        rot = angle + rng.uniform(-3, 3) * pen.jitter
        g = g.rotate(rot, resample=Image.BILINEAR, center=(pad, pad + asc))
        dx = rng.uniform(-0.04, 0.04) * size * pen.jitter
        dy = rng.uniform(-0.05, 0.05) * size * pen.jitter
        ox, oy = int(round(x - pad + dx)), int(round(base - pad - asc + dy))
        self._paste(g, ox, oy)
        return gw * pen.spacing + rng.uniform(-0.03, 0.05) * size

    def _mark(self, d, m, ox, oy, gw, top, asc, size, pen):
        w = max(1, size // 14)
        cx = ox + gw / 2
        t = oy + top
        fill = int(255 * pen.pressure)
        s = size * 0.12
        if m == "\u0301":
            d.line([(cx - s * 0.4, t - s * 0.4), (cx + s * 0.6, t - s * 1.6)], fill=fill, width=w)
        elif m == "\u0300":
            d.line([(cx + s * 0.4, t - s * 0.4), (cx - s * 0.6, t - s * 1.6)], fill=fill, width=w)
        elif m == "\u0302":
            d.line([(cx - s, t - s * 0.3), (cx, t - s * 1.3), (cx + s, t - s * 0.3)], fill=fill,
                   width=w)  # fmt: skip
        elif m in ("\u0306", "\u030c"):
            d.arc([cx - s, t - s * 1.6, cx + s, t - s * 0.2], 0 if m == "\u0306" else 180,
                  180 if m == "\u0306" else 360, fill=fill, width=w)  # fmt: skip
        elif m == "\u0303":
            d.line([(cx - s, t - s * 0.6), (cx - s * 0.3, t - s * 1.2), (cx + s * 0.3, t - s * 0.6),
                    (cx + s, t - s * 1.2)], fill=fill, width=w)  # fmt: skip
        elif m == "\u0308":
            for k in (-0.6, 0.6):
                d.ellipse([cx + k * s - w, t - s - w, cx + k * s + w, t - s + w], fill=fill)
        elif m in ("\u0307",):
            d.ellipse([cx - w, t - s - w, cx + w, t - s + w], fill=fill)
        elif m in ("\u0327", "\u0326", "\u0328"):
            b = oy + asc
            d.line([(cx, b + s * 0.2), (cx - s * 0.5, b + s * 1.4)], fill=fill, width=w)
        elif m == "\u0323":
            b = oy + asc
            d.ellipse([cx - w, b + s - w, cx + w, b + s + w], fill=fill)
        elif m == "slash":
            d.line([(cx - s, oy + asc - size * 0.3), (cx + s, oy + asc - size * 0.5)], fill=fill,
                   width=w)  # fmt: skip
        elif m == "bar":
            d.line([(ox, oy + asc - size * 0.35), (ox + gw * 0.6, oy + asc - size * 0.35)],
                   fill=fill, width=w)  # fmt: skip

    def _paste(self, g: Image.Image, ox: int, oy: int):
        W, H = self.mask.size
        x0, y0 = max(0, ox), max(0, oy)
        x1, y1 = min(W, ox + g.width), min(H, oy + g.height)
        if x1 <= x0 or y1 <= y0:
            return
        region = g.crop((x0 - ox, y0 - oy, x1 - ox, y1 - oy))
        cur = self.mask.crop((x0, y0, x1, y1))
        self.mask.paste(Image.fromarray(np.maximum(np.asarray(cur), np.asarray(region))), (x0, y0))

    def write(self, pen: Pen, text: str, x: float, base: float, px: float, max_w=None):
        """Write text from x along baseline base (pixels); shrink to max_w when given."""
        if max_w:
            f = font(pen.path, max(6, int(px)))
            est = f.getlength(text) * pen.spacing * 1.05
            if est > max_w:
                px = px * max_w / est
        drift = pen.rng.uniform(-0.02, 0.02)
        x0 = x
        for ch in text:
            adv = self.glyph(pen, ch, x, base + (x - x0) * drift, int(px))
            x += adv
        return x

    def comb(self, pen: Pen, text: str, cells, fill_px=0.72):
        """One capital per comb box (cells in pixel coordinates: x, y_top, w, h)."""
        for ch, (cx, cy, cw, chh) in zip(text, cells):
            if ch == " ":
                continue
            px = int(chh * fill_px * min(pen.size, 1.05) * pen.scale)
            f = font(pen.path, px)
            gw = f.getlength(ch)
            x = cx + (cw - gw) / 2 + pen.rng.uniform(-0.08, 0.08) * cw
            base = cy + chh * 0.84 + pen.rng.uniform(-0.06, 0.04) * chh
            self.glyph(pen, ch, x, base, px)

    def stroke(self, pts, width, value=235):
        g = Image.new("L", self.mask.size, 0)
        xs = [p[0] for p in pts]
        ys = [p[1] for p in pts]
        x0, y0 = int(min(xs)) - 10, int(min(ys)) - 10
        g = Image.new("L", (int(max(xs)) - x0 + 12, int(max(ys)) - y0 + 12), 0)
        d = ImageDraw.Draw(g)
        rel = [(x - x0, y - y0) for x, y in pts]
        for i in range(len(rel) - 1):
            d.line([rel[i], rel[i + 1]], fill=value, width=max(1, int(round(width))))
            r = width / 2
            d.ellipse([rel[i][0] - r, rel[i][1] - r, rel[i][0] + r, rel[i][1] + r], fill=value)
        self._paste(g.filter(ImageFilter.GaussianBlur(0.5)), x0, y0)

    def tick(self, pen: Pen, rect, style=None):
        """A cross or a check mark in a box (x, y_top, w, h in pixels)."""
        rng = pen.rng
        x, y, w, h = rect
        style = style or rng.choice(["cross", "cross", "check"])
        lw = max(2, w / 9)
        j = lambda: rng.uniform(-0.12, 0.12) * w  # noqa: E731
        if style == "cross":
            self.stroke([(x + 0.1 * w + j(), y + 0.1 * h + j()), (x + 0.9 * w + j(),
                         y + 0.92 * h + j())], lw)  # fmt: skip
            self.stroke([(x + 0.88 * w + j(), y + 0.08 * h + j()), (x + 0.12 * w + j(),
                         y + 0.9 * h + j())], lw)  # fmt: skip
        else:
            pts = [(x + 0.1 * w, y + 0.5 * h), (x + 0.4 * w, y + 0.88 * h),
                   (x + 1.05 * w, y - 0.25 * h)]  # fmt: skip
            self.stroke([(px + j(), py + j()) for px, py in pts], lw)

    def stray(self, pen: Pen, rect):
        """A dot or a tiny tick somewhere in the signature box, no signature."""
        rng = pen.rng
        x, y, w, h = rect
        px, py = x + w * rng.uniform(0.2, 0.8), y + h * rng.uniform(0.3, 0.8)
        s = h * 0.05
        if rng.random() < 0.5:
            self.stroke([(px, py), (px + s * 0.3, py + s * 0.2)], max(3, s * 0.6))
        else:
            self.stroke([(px, py), (px + s * 0.6, py + s), (px + s * 2.0, py - s * 1.1)],
                        max(2, s * 0.35))  # fmt: skip

    def signature(self, pen: Pen, rect, given: str, surname: str):
        """A handwritten signature: script name and a flourish, inside rect (pixels)."""
        rng = pen.rng
        x, y, w, h = rect
        sur = "".join(ch for ch in surname.split()[0].split("-")[0] if ch.isalpha()).capitalize()
        ini = given[:1].upper()
        kind = rng.choice(["full", "initial", "surname", "scribble"])
        text = {"full": f"{given.split()[0].capitalize()} {sur}", "initial": f"{ini}. {sur}",
                "surname": sur, "scribble": f"{ini}{sur[:3].lower()}"}[kind]  # fmt: skip
        path = SIGN_FONTS[pen.sig_font]
        px = int(h * rng.uniform(0.42, 0.58))
        f = font(path, px)
        tw = f.getlength(text)
        if tw > w * 0.78:
            px = int(px * w * 0.78 / tw)
            f = font(path, px)
            tw = f.getlength(text)
        sp = Pen(rng, ink=pen.ink_name)
        sp.color = pen.color
        sp.path, sp.stroke, sp.jitter = path, 0 if "z003" not in path else 1, 0.35
        sp.slant = rng.uniform(0.05, 0.3)
        sp.spacing = rng.uniform(0.9, 1.0)
        cmap(path)
        sx = x + rng.uniform(0.08, max(0.1, 0.92 - tw / w - 0.05)) * w
        base = y + h * rng.uniform(0.55, 0.7)
        ang = rng.uniform(-8, 6)
        end = sx
        for ch in text:
            end += self.glyph(sp, ch, end, base - (end - sx) * math.tan(math.radians(ang)), px,
                              angle=ang)  # fmt: skip
        # flourish: an underline swash or a loop back through the name
        lw = max(2.0, px / (28 if pen.sig_font in ("ecolier", "z003", "dancing") else 15))
        n = 40
        fl = rng.choice(["under", "under", "loop", "tail", "none"])
        pts = []
        if fl == "under":
            sgn = rng.choice([-1, 1])
            for i in range(n):
                t = i / (n - 1)
                px_ = sx - 0.05 * w + t * (end - sx + 0.15 * w)
                py_ = base + px * 0.25 + math.sin(t * math.pi) * px * 0.18 * sgn
                pts.append((px_, py_ - t * (end - sx) * math.tan(math.radians(ang))))
        elif fl == "loop":
            mx, my = (sx + end) / 2, base - px * 0.3
            rx, ry = (end - sx) / 2 + px * 0.35, px * rng.uniform(0.5, 0.75)
            a0 = math.radians(rng.uniform(150, 210))
            for i in range(n):
                t = a0 - i / (n - 1) * math.radians(rng.uniform(300, 320))
                pts.append((mx + math.cos(t) * rx, my - math.sin(t) * ry))
            pts.append((pts[-1][0] + px * 0.8, pts[-1][1] - px * 0.25))
        else:  # a return stroke sweeping back under the name
            p0, p1 = (end - px * 0.1, base - px * 0.1), (end + px * 0.7, base + px * 0.7)
            p2 = (sx - px * 0.3, base + px * rng.uniform(0.1, 0.4))
            for i in range(n):
                t = i / (n - 1)
                pts.append(
                    (
                        (1 - t) ** 2 * p0[0] + 2 * t * (1 - t) * p1[0] + t * t * p2[0],
                        (1 - t) ** 2 * p0[1] + 2 * t * (1 - t) * p1[1] + t * t * p2[1],
                    )
                )
        if not pts:
            return
        pts = [(min(x + w - 4, max(x + 4, a)), min(y + h - 4, max(y + 4, b))) for a, b in pts]
        self.stroke(pts, lw)

    def composite(self, page: Image.Image, color) -> Image.Image:
        arr = np.asarray(page.convert("RGB")).astype(np.float32)
        a = np.asarray(self.mask).astype(np.float32)[..., None] / 255.0
        col = np.array(color, dtype=np.float32)[None, None, :]
        # ballpoint: slightly uneven density along the strokes
        out = arr * (1 - a) + np.minimum(arr, col) * a
        return Image.fromarray(out.clip(0, 255).astype(np.uint8))
