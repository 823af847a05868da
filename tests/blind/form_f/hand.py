"""Handwriting on a rasterised page: jittered handwriting fonts with a solid
pen-like fill, ticks and crosses, signatures built from pen strokes.

Everything is drawn into a coverage layer (0..255) that is composited once
onto the page in an ink colour, as ballpoint ink on paper.
"""

from __future__ import annotations

import math
from functools import lru_cache

import cv2
import numpy as np
from PIL import Image, ImageChops, ImageDraw, ImageFont

OTF = "/usr/share/fonts/opentype"
TTF = "/usr/share/fonts/truetype"
# key: (path, size factor, extra stroke (fraction of size), ascii only, letter spacing)
HAND_FONTS = {
    "dancing": (f"{OTF}/dancingscript/DancingScript-Regular.otf", 1.18, 0.0, False, 0.02),
    "dancing_b": (f"{OTF}/dancingscript/DancingScript-Bold.otf", 1.15, 0.0, False, 0.02),
    "dkg": (f"{TTF}/fifthhorseman/dkg.ttf", 0.92, 0.018, False, 0.14),
    "dkg_b": (f"{TTF}/fifthhorseman/dkgBd.ttf", 0.92, 0.0, False, 0.14),
    "dkg_i": (f"{TTF}/fifthhorseman/dkgIt.ttf", 0.92, 0.018, False, 0.16),
    "breip": (f"{TTF}/breip/Breip.ttf", 1.1, 0.045, False, 0.03),
    "ecolier": (f"{TTF}/ecolier-court/Ecolier-court.ttf", 1.3, 0.03, False, 0.0),
    "kaushan": (f"{OTF}/kaushanscript/KaushanScript-Regular.otf", 1.0, 0.0, False, 0.04),
    "humor": (f"{TTF}/humor-sans/Humor-Sans.ttf", 0.95, 0.0, True, 0.02),
    "ruf": (f"{TTF}/rufscript/Rufscript010.ttf", 0.92, 0.0, True, 0.02),
}
CAPS_FONTS = ["dkg", "dkg_b", "kaushan", "humor", "ruf", "dancing_b", "dkg_i", "dancing"]
SCRIPT_FONTS = ["dancing", "dancing_b", "kaushan", "ecolier", "dkg_i", "breip"]

INKS = {
    "blue": (22, 38, 128),
    "bleu_nuit": (18, 28, 80),
    "black": (24, 24, 30),
    "blue_light": (30, 60, 160),
}


@lru_cache(maxsize=512)
def font(key: str, px: int) -> ImageFont.FreeTypeFont:
    return ImageFont.truetype(HAND_FONTS[key][0], max(6, px))


@lru_cache(maxsize=4096)
def _has_glyph(key: str, ch: str) -> bool:
    if ch.isspace():
        return True
    f = font(key, 40)
    m = f.getmask(ch)
    nd = f.getmask("\ue000")
    return not (m.size == nd.size and bytes(m) == bytes(nd))


def covers(key: str, text: str) -> bool:
    return all(_has_glyph(key, ch) for ch in text)


def pick_font(rng, prefs, text):
    order = list(prefs)
    rng.shuffle(order)
    for k in order:
        if covers(k, text):
            return k
    return "dkg"


def bezier(p0, p1, p2, p3, n=24):
    t = np.linspace(0, 1, n)[:, None]
    p0, p1, p2, p3 = (np.asarray(p, float) for p in (p0, p1, p2, p3))
    return ((1 - t) ** 3) * p0 + 3 * ((1 - t) ** 2) * t * p1 + 3 * (1 - t) * t * t * p2 + t**3 * p3


def catmull(points, n=10):
    pts = np.asarray(points, float)
    if len(pts) < 3:
        return pts
    pts = np.vstack([pts[0], pts, pts[-1]])
    out = []
    for i in range(1, len(pts) - 2):
        p0, p1, p2, p3 = pts[i - 1], pts[i], pts[i + 1], pts[i + 2]
        for t in np.linspace(0, 1, n, endpoint=False):
            t2, t3 = t * t, t * t * t
            out.append(
                0.5
                * (
                    (2 * p1)
                    + (-p0 + p2) * t
                    + (2 * p0 - 5 * p1 + 4 * p2 - p3) * t2
                    + (-p0 + 3 * p1 - 3 * p2 + p3) * t3
                )
            )
    out.append(pts[-2])
    return np.array(out)


class Pen:
    """A pen writing on one page image."""

    def __init__(
        self,
        img: Image.Image,
        rng: np.random.Generator,
        ink="blue",
        dpi: float = 200,
        width_mm: float = 0.45,
    ):
        self.img = img
        self.rng = rng
        self.ink = INKS.get(ink, ink) if isinstance(ink, str) else ink
        self.dpi = dpi
        self.cov = Image.new("L", img.size, 0)
        self.width = max(1.6, width_mm / 25.4 * dpi)

    # -------------------------------------------------------------- basics
    def px(self, pt: float) -> float:
        return pt * self.dpi / 72.0

    def rect_px(self, rect, page_h_pt):
        x0, y0, x1, y1 = rect
        return (self.px(x0), self.px(page_h_pt - y1), self.px(x1), self.px(page_h_pt - y0))

    def _paste(self, layer: Image.Image, x: int, y: int) -> None:
        W, H = self.cov.size
        w, h = layer.size
        cx0, cy0 = max(0, x), max(0, y)
        cx1, cy1 = min(W, x + w), min(H, y + h)
        if cx1 <= cx0 or cy1 <= cy0:
            return
        part = layer.crop((cx0 - x, cy0 - y, cx1 - x, cy1 - y))
        base = self.cov.crop((cx0, cy0, cx1, cy1))
        self.cov.paste(ImageChops.lighter(base, part), (cx0, cy0))

    # -------------------------------------------------------------- text
    def write(
        self,
        x: float,
        base: float,
        text: str,
        size: float,
        fkey: str,
        slant: float = 0.12,
        jitter: float = 0.06,
        max_w: float | None = None,
        angle: float = 0.0,
        spacing: float = 0.0,
        weight: float = 1.0,
    ) -> float:
        """Write ``text`` with its baseline starting at (x, base) in page pixels.
        Returns the width used."""
        if not text:
            return 0.0
        rng = self.rng
        _path, fac, stroke_frac, _, spacing0 = HAND_FONTS[fkey]
        spacing = spacing + spacing0
        size = size * fac
        f0 = font(fkey, round(size))
        est = f0.getlength(text) * (1 + spacing) + 0.3 * size
        if max_w and est > max_w:
            size *= max(0.55, max_w / est)
            f0 = font(fkey, round(size))
            est = f0.getlength(text) * (1 + spacing) + 0.3 * size
        pad = int(size * 1.2)
        lw, lh = int(est + 2 * pad + size), int(size * 2.6)
        bl = int(size * 1.6)
        layer = Image.new("L", (lw, lh), 0)
        cx = float(pad)
        drift = 0.0
        for i, ch in enumerate(text):
            if ch == " ":
                cx += f0.getlength(" ") * rng.uniform(0.8, 1.3)
                continue
            s_i = size * (1 + rng.normal(0, jitter))
            fi = font(fkey, round(s_i))
            drift = 0.7 * drift + rng.normal(0, jitter * 0.35 * size)
            sw = round(stroke_frac * s_i * weight)
            cw = int(fi.getlength(ch) + 2 * sw + s_i)
            ch_img = Image.new("L", (cw + 2 * pad, lh), 0)
            d = ImageDraw.Draw(ch_img)
            d.text((pad, bl), ch, font=fi, fill=255, anchor="ls", stroke_width=sw, stroke_fill=255)
            rot = rng.normal(0, 2.2)
            ch_img = ch_img.rotate(rot, resample=Image.BICUBIC, center=(pad, bl))
            layer = ImageChops.lighter(layer, _shift(ch_img, int(cx) - pad, int(drift), layer.size))
            if i + 1 < len(text):
                adv = fi.getlength(text[i : i + 2]) - fi.getlength(text[i + 1])
            else:
                adv = fi.getlength(ch)
            cx += adv * (1 + spacing) + rng.normal(0, 0.025 * size)
        used = cx - pad
        # slant (shear) and small rotation of the whole line
        k = slant
        layer = layer.transform(
            layer.size, Image.AFFINE, (1, k, -k * bl, 0, 1, 0), resample=Image.BICUBIC
        )
        if abs(angle) > 0.01:
            layer = layer.rotate(angle, resample=Image.BICUBIC, center=(pad, bl))
        self._paste(layer, round(x - pad), round(base - bl))
        return used

    def write_in_box(self, box, ch, fkey, rng_scale=1.0, slant=0.05):
        x0, y0, x1, y1 = box
        h = y1 - y0
        size = h * 0.78
        f = font(fkey, int(size * HAND_FONTS[fkey][1]))
        w = f.getlength(ch)
        cx = (x0 + x1) / 2 - w / 2 + self.rng.normal(0, 0.06 * h) * rng_scale
        base = y1 - h * 0.2 + self.rng.normal(0, 0.06 * h) * rng_scale
        self.write(cx, base, ch, size, fkey, slant=slant, jitter=0.04)

    # -------------------------------------------------------------- strokes
    def stroke(self, pts, width: float | None = None, taper: bool = True) -> None:
        pts = np.asarray(pts, float)
        if len(pts) < 2:
            return
        w = width or self.width
        ss = 4
        m = w * 2 + 4
        x0, y0 = pts.min(0) - m
        x1, y1 = pts.max(0) + m
        W, H = int(x1 - x0) + 1, int(y1 - y0) + 1
        layer = Image.new("L", (W * ss, H * ss), 0)
        d = ImageDraw.Draw(layer)
        loc = (pts - [x0, y0]) * ss
        n = len(loc)
        for i in range(n - 1):
            f = 1.0
            if taper:
                t = i / max(1, n - 2)
                f = 0.55 + 0.45 * math.sin(math.pi * min(1.0, 0.15 + t * 0.85)) ** 0.4
            ww = max(1.0, w * ss * f)
            a, b = tuple(loc[i]), tuple(loc[i + 1])
            d.line([a, b], fill=255, width=round(ww))
            r = ww / 2
            d.ellipse([b[0] - r, b[1] - r, b[0] + r, b[1] + r], fill=255)
        layer = layer.reduce(ss)
        self._paste(layer, int(x0), int(y0))

    def dot(self, x, y, r):
        self.stroke([(x - r * 0.3, y), (x + r * 0.3, y + r * 0.2)], width=2 * r, taper=False)

    # -------------------------------------------------------------- marks
    def tick(self, box, kind="x", outside=False):
        """A cross or check mark in a check box (page pixels)."""
        rng = self.rng
        x0, y0, x1, y1 = box
        s = x1 - x0
        grow = rng.uniform(1.25, 1.7) if outside else rng.uniform(0.75, 1.05)
        cx = (x0 + x1) / 2 + rng.normal(0, 0.08 * s) + (0.3 * s if outside else 0)
        cy = (y0 + y1) / 2 + rng.normal(0, 0.08 * s) - (0.25 * s if outside else 0)
        h = s * grow / 2
        w = self.width * rng.uniform(0.9, 1.25)
        if kind == "x":
            a = [(cx - h, cy - h), (cx + h * 0.2, cy - h * 0.05), (cx + h, cy + h)]
            b = [
                (cx + h * rng.uniform(0.8, 1.1), cy - h),
                (cx - h * 0.1, cy + h * 0.1),
                (cx - h * rng.uniform(0.8, 1.1), cy + h),
            ]
            self.stroke(catmull(a, 6), w)
            self.stroke(catmull(b, 6), w)
        elif kind == "v":
            pts = [
                (cx - h * 0.9, cy - h * 0.05),
                (cx - h * 0.35, cy + h * 0.75),
                (cx + h * 0.2, cy - h * 0.2),
                (cx + h * 1.2, cy - h * 1.5),
            ]
            self.stroke(catmull(pts, 8), w)
        else:  # filled scribble
            pts = []
            for i in range(7):
                yy = cy - h * 0.8 + i * h * 0.27
                pts += [(cx - h * 0.85, yy), (cx + h * 0.85, yy + h * 0.12)]
            self.stroke(catmull(pts, 4), w, taper=False)

    def scribble_out(self, rect):
        """Heavy crossing-out over a written zone (makes it illegible)."""
        rng = self.rng
        x0, y0, x1, y1 = rect
        pts = []
        x = x0
        up = True
        while x < x1:
            pts.append((x, y0 + (0 if up else (y1 - y0)) + rng.normal(0, 2)))
            x += rng.uniform(0.02, 0.045) * (x1 - x0) + 3
            up = not up
        self.stroke(catmull(pts, 3), self.width * 1.4, taper=False)
        pts2 = [
            (x1, (y0 + y1) / 2 + rng.normal(0, 3)),
            ((x0 + x1) / 2, y0 + (y1 - y0) * 0.3),
            (x0, (y0 + y1) / 2 + rng.normal(0, 3)),
        ]
        self.stroke(catmull(pts2, 10), self.width * 1.4)

    # -------------------------------------------------------------- signature
    def signature(self, box, surname: str, given: str, style: int) -> None:
        """A signature of varied shape inside ``box`` (page pixels)."""
        rng = self.rng
        x0, y0, x1, y1 = box
        bw, bh = x1 - x0, y1 - y0
        left = x0 + bw * rng.uniform(0.12, 0.3)
        base = y0 + bh * rng.uniform(0.62, 0.75)
        size = bh * rng.uniform(0.34, 0.46)
        w = self.width * rng.uniform(0.9, 1.2)
        if style == 0:
            # given initial + surname in a script font, with an underline flourish
            fk = pick_font(rng, ["dancing", "kaushan", "dancing_b"], surname)
            txt = (
                f"{given[:1].upper()}. {surname.title()}" if rng.random() < 0.6 else surname.title()
            )
            used = self.write(
                left,
                base,
                txt,
                size,
                fk,
                slant=rng.uniform(0.15, 0.35),
                jitter=0.05,
                max_w=bw * 0.7,
                angle=rng.uniform(-6, 8),
                weight=1.4,
            )
            fx = left + used
            self.stroke(
                bezier(
                    (left - size * 0.2, base + size * 0.35),
                    (left + used * 0.3, base + size * 0.75),
                    (fx, base + size * 0.1),
                    (fx + size * 0.6, base - size * 0.4),
                    40,
                ),
                w,
            )
        elif style == 1:
            # initial letter then a loopy tail
            fk = pick_font(rng, ["dancing_b", "kaushan", "dkg_b"], given[:1] + surname[:1])
            used = self.write(
                left,
                base,
                given[:1].upper() + surname[:1].upper(),
                size * 1.35,
                fk,
                slant=rng.uniform(0.2, 0.4),
                jitter=0.05,
                weight=1.5,
            )
            self._loops(left + used * 0.9, base, size, rng.integers(4, 8), w, max_x=x1 - bw * 0.06)
        elif style == 2:
            # pure pen scribble: loops with decreasing height and a crossing stroke
            self._loops(left, base, size * 1.1, rng.integers(5, 10), w, max_x=x1 - bw * 0.08)
            self.stroke(
                bezier(
                    (left - size * 0.3, base - size * 0.2),
                    (left + bw * 0.2, base - size * 1.3),
                    (left + bw * 0.35, base + size * 0.9),
                    (left + bw * 0.55, base - size * 0.3),
                    40,
                ),
                w,
            )
        else:
            # surname in quick capitals, encircled start, trailing line
            fk = pick_font(rng, ["dkg_i", "dkg_b", "kaushan"], surname)
            used = self.write(
                left,
                base,
                surname.capitalize(),
                size * 0.95,
                fk,
                slant=0.3,
                jitter=0.08,
                max_w=bw * 0.6,
                angle=rng.uniform(-4, 10),
                weight=1.3,
            )
            cx, cy = left + size * 0.2, base - size * 0.5
            t = np.linspace(0.3, 2 * math.pi + 0.8, 50)
            ring = np.c_[cx + size * 0.75 * np.cos(t), cy + size * 0.85 * np.sin(t)]
            self.stroke(ring, w)
            self.stroke(
                bezier(
                    (left + used, base - size * 0.2),
                    (left + used + size, base + size * 0.5),
                    (left + used * 0.5, base + size * 0.6),
                    (left - size * 0.4, base + size * 0.45),
                    40,
                ),
                w,
            )
        if rng.random() < 0.3:
            self.dot(x0 + bw * rng.uniform(0.72, 0.85), base - size * 0.1, w * 0.9)

    def _loops(self, x, base, size, n, w, max_x):
        rng = self.rng
        n = int(n)
        step = min(size * 0.55, (max_x - x) / (n + 1.5))
        t = np.linspace(0, n * 2 * math.pi, n * 26)
        amp = size * (0.85 - 0.5 * t / t[-1]) * rng.uniform(0.8, 1.1)
        r = step * 0.65
        xs = x + t / (2 * math.pi) * step + r * np.cos(t + math.pi) + r
        ys = (
            base
            - amp * (0.5 + 0.5 * np.sin(t - math.pi / 2))
            + rng.normal(0, 0.6, len(t)).cumsum() * 0.2
        )
        xs = xs + (base - ys) * 0.3
        pts = np.c_[xs, ys]
        tail = bezier(
            pts[-1],
            (pts[-1][0] + step, base + size * 0.3),
            (pts[-1][0] + step * 2, base + size * 0.1),
            (min(max_x, pts[-1][0] + step * 3.5), base - size * 0.4),
            20,
        )
        self.stroke(np.vstack([pts, tail]), w)

    # -------------------------------------------------------------- compose
    def finish(self, alpha: float = 0.93) -> Image.Image:
        """Composite the ink: out = page * (1 - a) + ink * a, never lighter than
        the paper (ink is absorbed). Done per channel in 8 bits to stay fast."""
        a8 = cv2.convertScaleAbs(np.asarray(self.cov), alpha=alpha)
        inv8 = cv2.bitwise_not(a8)
        page = np.asarray(self.img.convert("RGB"))
        chans = []
        for c in range(3):
            pc = np.ascontiguousarray(page[..., c])
            t1 = cv2.multiply(pc, inv8, scale=1 / 255.0)
            t2 = cv2.convertScaleAbs(a8, alpha=self.ink[c] / 255.0)
            chans.append(cv2.min(cv2.add(t1, t2), pc))
        return Image.fromarray(cv2.merge(chans))


def _shift(img: Image.Image, dx: int, dy: int, size) -> Image.Image:
    out = Image.new("L", size, 0)
    out.paste(img, (dx, dy))
    return out
