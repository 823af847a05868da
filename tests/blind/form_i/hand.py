"""Handwriting on a rendered page: letters, comb capitals, ticks, signatures.

Ink is drawn into a grey "ink mask" (0 = none, 255 = full ink) at the page's
pixel resolution, then multiplied onto the page in an ink colour. Letters come
from handwriting fonts, one glyph at a time with a small random shift, size
change and rotation, on a slightly sloped and slanted line, at a normal pen
size (capitals 3-4 mm high).
"""

from __future__ import annotations

import math
import random

from PIL import Image, ImageChops, ImageDraw, ImageFilter, ImageFont

OT = "/usr/share/fonts/opentype"
TT = "/usr/share/fonts/truetype"
# key: (path, stroke px at 250 dpi, accents ok, cursive)
HAND_FONTS = {
    "dkg": (f"{TT}/fifthhorseman/dkg.ttf", 0, True, False),
    "dkgbd": (f"{TT}/fifthhorseman/dkgBd.ttf", 0, True, False),
    "breip": (f"{TT}/breip/Breip.ttf", 1, True, False),
    "humor": (f"{TT}/humor-sans/Humor-Sans.ttf", 0, False, False),
    "ruf": (f"{TT}/rufscript/Rufscript010.ttf", 0, False, False),
    "kaushan": (f"{OT}/kaushanscript/KaushanScript-Regular.otf", 0, True, False),
    "dancing": (f"{OT}/dancingscript/DancingScript-Regular.otf", 1, True, True),
    "dancingbd": (f"{OT}/dancingscript/DancingScript-Bold.otf", 0, True, True),
}
SIG_FONTS = ["dancing", "dancingbd", "kaushan", "ecolier", "dkg"]
ECOLIER = f"{TT}/ecolier-court/Ecolier-court.ttf"

INKS = {
    "blue": (22, 38, 120),
    "darkblue": (18, 26, 82),
    "black": (22, 22, 28),
    "blueblack": (28, 34, 66),
}

_FONT_CACHE: dict[tuple[str, int], ImageFont.FreeTypeFont] = {}
_CAP_RATIO: dict[str, float] = {}


def get_font(path: str, size: int) -> ImageFont.FreeTypeFont:
    key = (path, size)
    if key not in _FONT_CACHE:
        _FONT_CACHE[key] = ImageFont.truetype(path, size)
    return _FONT_CACHE[key]


def cap_ratio(path: str) -> float:
    """Cap height / font size, measured on 'H'."""
    if path not in _CAP_RATIO:
        f = get_font(path, 200)
        b = f.getbbox("H", anchor="ls")
        _CAP_RATIO[path] = max(0.35, (b[3] - b[1]) / 200.0)
    return _CAP_RATIO[path]


def ascii_only(text: str) -> bool:
    return all(ord(ch) < 128 for ch in text)


class Hand:
    """One writer: a font, an ink, a slant and habits, at a given dpi."""

    def __init__(self, rng: random.Random, dpi: int, font_key: str, ink: str, offset=(0.0, 0.0)):
        self.rng = rng
        self.dpi = dpi
        self.pxmm = dpi / 25.4
        self.font_key = font_key
        self.path, stroke, _, self.cursive = HAND_FONTS[font_key]
        self.stroke = max(0, round(stroke * dpi / 250.0))
        self.ink = INKS[ink]
        self.slant = rng.uniform(-4.0, 9.0)  # degrees, forward lean positive
        self.jitter = rng.uniform(0.5, 1.0)
        self.cap_mm = rng.uniform(3.0, 3.7)
        self.pen_mm = rng.uniform(0.32, 0.45)
        self.ox, self.oy = offset  # page print offset (mm)

    def px(self, x_mm: float, y_mm: float) -> tuple[float, float]:
        return (x_mm + self.ox) * self.pxmm, (y_mm + self.oy) * self.pxmm

    def pen_px(self) -> int:
        return max(2, round(self.pen_mm * self.pxmm))

    # ---- text ------------------------------------------------------------

    def _line_image(
        self, text: str, size_px: int, font_path: str, stroke: int
    ) -> tuple[Image.Image, int]:
        """Render text with per-glyph jitter into an L image; returns (img, baseline_y)."""
        rng = self.rng
        font = get_font(font_path, size_px)
        pad = size_px
        width = int(font.getlength(text) * 1.2) + 2 * pad
        height = size_px * 3
        img = Image.new("L", (max(4, width), height), 0)
        base = int(size_px * 1.8)
        if self.cursive:
            d = ImageDraw.Draw(img)
            d.text(
                (pad, base),
                text,
                font=font,
                fill=255,
                anchor="ls",
                stroke_width=stroke,
                stroke_fill=255,
            )
            return img, base
        x = float(pad)
        j = self.jitter
        for ch in text:
            adv = font.getlength(ch)
            if ch == " ":
                x += adv * rng.uniform(0.9, 1.3)
                continue
            s = max(6, int(size_px * rng.uniform(1 - 0.05 * j, 1 + 0.05 * j)))
            f = get_font(font_path, s)
            tile = Image.new("L", (s * 3, s * 3), 0)
            dt = ImageDraw.Draw(tile)
            dt.text(
                (s, 2 * s), ch, font=f, fill=255, anchor="ls", stroke_width=stroke, stroke_fill=255
            )
            ang = rng.uniform(-3.5, 3.5) * j
            tile = tile.rotate(ang, resample=Image.BICUBIC, center=(s + adv / 2, 2 * s))
            dy = rng.uniform(-0.045, 0.045) * size_px * j
            ox = int(round(x - s))
            oy = int(round(base + dy - 2 * s))
            _stamp(img, tile, ox, oy)
            x += adv * rng.uniform(0.98, 1.10) + size_px * 0.02
        img = img.crop((0, 0, min(img.width, int(x) + pad), img.height))
        return img, base

    def write(
        self,
        mask: Image.Image,
        text: str,
        x_mm: float,
        base_mm: float,
        max_w_mm: float | None = None,
        cap_mm: float | None = None,
        font_path: str | None = None,
        angle: float | None = None,
    ) -> None:
        if not text:
            return
        rng = self.rng
        path = font_path or self.path
        cap = (cap_mm or self.cap_mm) * rng.uniform(0.95, 1.05)
        if any(ch.islower() for ch in text):
            cap *= 1.18  # small letters: write a little larger so the x-height stays readable
        size_px = max(8, int(cap * self.pxmm / cap_ratio(path)))
        if max_w_mm:
            f = get_font(path, size_px)
            w_mm = f.getlength(text) * 1.04 / self.pxmm
            if w_mm > max_w_mm:
                size_px = max(8, int(size_px * max_w_mm / w_mm))
        img, base = self._line_image(text, size_px, path, self.stroke)
        # slant (shear around the baseline) then a small slope
        sh = math.tan(math.radians(self.slant))
        img = img.transform(
            img.size, Image.AFFINE, (1, sh, -sh * base, 0, 1, 0), resample=Image.BICUBIC
        )
        ang = angle if angle is not None else rng.uniform(-1.1, 1.1)
        img = img.rotate(ang, resample=Image.BICUBIC, center=(size_px, base))
        x, y = self.px(x_mm, base_mm)
        ox = int(round(x - size_px))
        oy = int(round(y - base))
        _stamp(mask, img, ox, oy)

    def write_comb(
        self, mask: Image.Image, text: str, cells: list, cap_scale: float = 0.72
    ) -> None:
        rng = self.rng
        path = self.path
        for ch, (cx, cy, cw, chh) in zip(text, cells):
            if ch == " ":
                continue
            cap = chh * cap_scale * rng.uniform(0.92, 1.06)
            size_px = max(8, int(cap * self.pxmm / cap_ratio(path)))
            f = get_font(path, size_px)
            tile = Image.new("L", (size_px * 3, size_px * 3), 0)
            d = ImageDraw.Draw(tile)
            d.text(
                (size_px * 1.5, size_px * 2),
                ch,
                font=f,
                fill=255,
                anchor="ms",
                stroke_width=self.stroke,
                stroke_fill=255,
            )
            tile = tile.rotate(
                rng.uniform(-5, 5) * self.jitter + -self.slant * 0.4,
                resample=Image.BICUBIC,
                center=(size_px * 1.5, size_px * 2),
            )
            bx, by = self.px(
                cx + cw / 2 + rng.uniform(-0.4, 0.4),
                cy + chh * 0.5 + cap / 2 + rng.uniform(-0.35, 0.35),
            )
            _stamp(mask, tile, int(round(bx - size_px * 1.5)), int(round(by - size_px * 2)))

    # ---- marks -----------------------------------------------------------

    def tick(self, mask: Image.Image, box, kind: str = "x", outside: float = 0.0) -> None:
        rng = self.rng
        x, y, w, h = box
        dxo = outside * w * rng.choice([-1, 1])
        dyo = outside * h * rng.uniform(-0.6, 0.6)
        cx, cy = x + w / 2 + dxo + rng.uniform(-0.3, 0.3), y + h / 2 + dyo + rng.uniform(-0.3, 0.3)
        s = max(w, h) * rng.uniform(0.55, 0.75)
        d = ImageDraw.Draw(mask)
        pw = self.pen_px()
        if kind == "x":
            for a, b in (((-1, -1), (1, 1)), ((1, -1), (-1, 1))):
                p0 = self.px(
                    cx + a[0] * s + rng.uniform(-0.3, 0.3), cy + a[1] * s + rng.uniform(-0.3, 0.3)
                )
                p1 = self.px(
                    cx + b[0] * s + rng.uniform(-0.3, 0.3), cy + b[1] * s + rng.uniform(-0.3, 0.3)
                )
                d.line(_bend(p0, p1, rng, 0.05), fill=255, width=pw, joint="curve")
        else:
            pts = [
                (cx - s * 0.9, cy - s * 0.05),
                (cx - s * 0.2, cy + s * 0.85),
                (cx + s * 1.3, cy - s * 1.5),
            ]
            pts = [
                self.px(px + rng.uniform(-0.25, 0.25), py + rng.uniform(-0.25, 0.25))
                for px, py in pts
            ]
            d.line(
                _bend(pts[0], pts[1], rng, 0.05) + _bend(pts[1], pts[2], rng, 0.06)[1:],
                fill=255,
                width=pw,
                joint="curve",
            )

    def dot(self, mask: Image.Image, box) -> None:
        rng = self.rng
        x, y, w, h = box
        cx, cy = self.px(x + w * rng.uniform(0.3, 0.7), y + h * rng.uniform(0.45, 0.75))
        r = self.pen_px() * rng.uniform(0.8, 1.2)
        ImageDraw.Draw(mask).ellipse((cx - r, cy - r, cx + r, cy + r), fill=255)

    def short_mark(self, mask: Image.Image, box) -> None:
        rng = self.rng
        x, y, w, h = box
        cx, cy = x + w * rng.uniform(0.3, 0.7), y + h * rng.uniform(0.4, 0.75)
        ln = rng.uniform(2.5, 4.5)
        ang = math.radians(rng.uniform(-70, -30))
        p0 = self.px(cx, cy)
        p1 = self.px(cx + ln * math.cos(ang), cy + ln * math.sin(ang))
        ImageDraw.Draw(mask).line(
            _bend(p0, p1, rng, 0.08), fill=255, width=self.pen_px(), joint="curve"
        )

    def signature(self, mask: Image.Image, box, given: str, surname: str, kind: int) -> None:
        """A handwritten signature inside box (x, y, w, h in mm)."""
        rng = self.rng
        x, y, w, h = box
        first = given.split()[0] if given else ""
        sur = surname.split()[0].capitalize() if surname else ""
        fkey = SIG_FONTS[kind % len(SIG_FONTS)]
        path = ECOLIER if fkey == "ecolier" else HAND_FONTS[fkey][0]
        if kind % 4 == 0:
            txt = f"{first[:1]}. {sur}"
        elif kind % 4 == 1:
            txt = sur
        elif kind % 4 == 2:
            txt = f"{first} {sur}"
        else:
            txt = f"{first[:1]}{sur[:1]}"
        cap = rng.uniform(5.5, 8.0) if len(txt) > 3 else rng.uniform(9, 12)
        size_px = max(10, int(cap * self.pxmm / cap_ratio(path)))
        f = get_font(path, size_px)
        tw = f.getlength(txt) / self.pxmm
        if tw > w * 0.78:
            size_px = int(size_px * w * 0.78 / tw)
            f = get_font(path, size_px)
            tw = f.getlength(txt) / self.pxmm
        img = Image.new("L", (int(f.getlength(txt)) + 4 * size_px, size_px * 4), 0)
        d = ImageDraw.Draw(img)
        base = int(size_px * 2.2)
        sw = max(1, round(self.pen_mm * self.pxmm * 0.45)) if fkey in ("dancing", "ecolier") else 0
        d.text(
            (size_px, base), txt, font=f, fill=255, anchor="ls", stroke_width=sw, stroke_fill=255
        )
        # flourish: an underline or a loop back from the last letter
        pw = self.pen_px()
        end_x = size_px + f.getlength(txt)
        if kind % 3 == 0:
            pts = _curve(
                [
                    (size_px * 0.6, base + size_px * 0.25),
                    (end_x * 0.6, base + size_px * 0.55),
                    (end_x + size_px * 0.6, base - size_px * 0.1),
                ],
                24,
            )
            d.line(pts, fill=255, width=pw, joint="curve")
        elif kind % 3 == 1:
            pts = []
            n = 40
            for i in range(n):
                t = i / (n - 1)
                pts.append(
                    (
                        end_x
                        - size_px * 0.2
                        + t * size_px * 1.3
                        + math.sin(t * 9.4) * size_px * 0.25,
                        base - size_px * 0.3 + math.cos(t * 9.4) * size_px * 0.35,
                    )
                )
            d.line(pts, fill=255, width=pw, joint="curve")
        else:
            d.line(
                [
                    (size_px * 0.8, base - size_px * 0.55),
                    (end_x + size_px * 0.3, base - size_px * 0.75),
                ],
                fill=255,
                width=pw,
            )
        sh = math.tan(math.radians(rng.uniform(5, 20)))
        img = img.transform(
            img.size, Image.AFFINE, (1, sh, -sh * base, 0, 1, 0), resample=Image.BICUBIC
        )
        img = img.rotate(
            rng.uniform(-9, 6), resample=Image.BICUBIC, center=(size_px, base), expand=False
        )
        bbox = img.getbbox()
        if bbox:
            img = img.crop(bbox)
        # place it in the box (not always centred), leaving room for a printed label
        bw, bh = img.size
        maxw, maxh = w * self.pxmm * 0.86, h * self.pxmm * 0.7
        k = min(1.0, maxw / bw, maxh / bh)
        if k < 1.0:
            img = img.resize((max(1, int(bw * k)), max(1, int(bh * k))), Image.LANCZOS)
            bw, bh = img.size
        x0, y0 = self.px(x, y)
        free_w = w * self.pxmm - bw
        free_h = h * self.pxmm - bh
        ox = int(x0 + free_w * rng.uniform(0.15, 0.75))
        oy = int(y0 + free_h * rng.uniform(0.45, 0.85))
        _stamp(mask, img, ox, oy)


def _bend(p0, p1, rng: random.Random, amount: float) -> list:
    """A slightly curved stroke from p0 to p1."""
    mx, my = (p0[0] + p1[0]) / 2, (p0[1] + p1[1]) / 2
    dx, dy = p1[0] - p0[0], p1[1] - p0[1]
    k = rng.uniform(-amount, amount)
    ctrl = (mx - dy * k, my + dx * k)
    return _curve([p0, ctrl, p1], 12)


def _curve(ctrl: list, n: int) -> list:
    """Quadratic Bezier through 3 control points, n samples."""
    (x0, y0), (x1, y1), (x2, y2) = ctrl
    pts = []
    for i in range(n):
        t = i / (n - 1)
        a, b, c = (1 - t) ** 2, 2 * (1 - t) * t, t * t
        pts.append((a * x0 + b * x1 + c * x2, a * y0 + b * y1 + c * y2))
    return pts


def _stamp(mask: Image.Image, tile: Image.Image, ox: int, oy: int) -> None:
    """mask = max(mask, tile) at (ox, oy), clipped to the mask."""
    mw, mh = mask.size
    tw, th = tile.size
    x0, y0 = max(0, ox), max(0, oy)
    x1, y1 = min(mw, ox + tw), min(mh, oy + th)
    if x1 <= x0 or y1 <= y0:
        return
    t = tile.crop((x0 - ox, y0 - oy, x1 - ox, y1 - oy))
    region = mask.crop((x0, y0, x1, y1))
    mask.paste(ImageChops.lighter(region, t), (x0, y0))


def apply_ink(
    page: Image.Image, mask: Image.Image, ink: tuple, strength: float = 0.96
) -> Image.Image:
    """Multiply the ink mask onto the RGB page."""
    m = mask.filter(ImageFilter.GaussianBlur(0.55))
    if strength < 1.0:
        m = m.point([int(v * strength + 0.5) for v in range(256)])
    page = page.convert("RGB")
    layer = Image.composite(
        Image.new("RGB", page.size, ink), Image.new("RGB", page.size, (255, 255, 255)), m
    )
    return ImageChops.multiply(page, layer)
