"""Handwriting on a rendered page (PIL): jittered glyphs, ticks, crosses, signatures.

Ink is accumulated in a grey "ink layer" the size of the page, then multiplied onto the
page in a ballpoint colour, so strokes darken the paper the way real ink does.
"""

from __future__ import annotations

import math
import random
import unicodedata

import fonts
import numpy as np
from PIL import Image, ImageChops, ImageDraw, ImageFilter

INKS = {
    "blue": (28, 42, 130),
    "blue2": (20, 60, 160),
    "black": (28, 28, 34),
    "darkblue": (18, 24, 80),
}


class Hand:
    def __init__(
        self,
        size_px,
        dpi,
        rng: random.Random,
        font_path,
        ink="blue",
        size_mm=3.6,
        slant=0.0,
        weight=0,
    ):
        self.W, self.H = size_px
        self.dpi = dpi
        self.rng = rng
        self.font_path = font_path
        self.ink = INKS[ink]
        self.size_mm = size_mm
        self.slant = slant
        self.weight = weight
        self.layer = Image.new("L", size_px, 0)
        self.drift = rng.uniform(-0.6, 0.6)  # degrees of baseline drift for this writer

    def px(self, v_mm):
        return v_mm * self.dpi / 25.4

    # ---------------------------------------------------------------- glyphs
    def _glyph(self, ch, size_px, angle):
        f = fonts.pil_font(self.font_path, max(8, int(round(size_px))))
        pad = int(size_px * 0.8)
        im = Image.new("L", (int(size_px * 2.2) + pad, int(size_px * 2.2) + pad), 0)
        d = ImageDraw.Draw(im)
        ox, oy = pad // 2, int(size_px * 1.4) + pad // 2
        marks = ""
        if not fonts.has_glyph(self.font_path, ch):
            ch, marks = _decompose(ch)
            if not fonts.has_glyph(self.font_path, ch):
                ch = FALLBACK.get(ch, "?")
        d.text((ox, oy), ch, font=f, fill=255, anchor="ls")
        if marks:
            _draw_marks(d, im, marks, size_px)
        if self.slant:
            sh = self.slant
            im = im.transform(
                im.size, Image.AFFINE, (1, sh, -sh * oy, 0, 1, 0), resample=Image.BICUBIC
            )
        if angle:
            im = im.rotate(angle, resample=Image.BICUBIC, center=(ox, oy))
        adv = f.getlength(ch)
        return im, (ox, oy), adv

    def write(self, x_mm, y_mm, text, size_mm=None, max_w_mm=None, spacing=1.0):
        """Write text with its baseline at y_mm starting at x_mm. Returns end x in mm."""
        rng = self.rng
        size_mm = size_mm or self.size_mm
        size_px = self.px(size_mm) * 1.35 * fonts.HAND_SCALE.get(self.font_path, 1.0)
        if max_w_mm:
            est = self._measure(text, size_px) / self.px(1)
            if est > max_w_mm:
                size_px *= max_w_mm / est
        x = self.px(x_mm)
        y = self.px(y_mm)
        slope = math.tan(math.radians(self.drift + rng.uniform(-0.5, 0.5)))
        x0 = x
        for ch in text:
            if ch == " ":
                x += size_px * rng.uniform(0.28, 0.42) * spacing
                continue
            s = size_px * rng.uniform(0.94, 1.06)
            ang = rng.uniform(-4, 4)
            im, (ox, oy), adv = self._glyph(ch, s, ang)
            by = y + (x - x0) * slope + rng.uniform(-0.05, 0.05) * s
            self._stamp(im, int(round(x - ox)), int(round(by - oy)))
            x += adv * rng.uniform(0.95, 1.08) * spacing + rng.uniform(-0.02, 0.05) * s
        return x / self.px(1)

    def _measure(self, text, size_px):
        f = fonts.pil_font(self.font_path, max(8, int(round(size_px))))
        return f.getlength(text) * 1.02

    def _stamp(self, im, x, y):
        region = (x, y, x + im.size[0], y + im.size[1])
        cur = self.layer.crop(region)
        self.layer.paste(ImageChops.lighter(cur, im), region[:2])

    def char_in_box(self, box_mm, ch, size_mm=None):
        bx, by, bw, bh = box_mm
        size_mm = size_mm or min(bh * 0.62, self.size_mm * 1.05)
        rng = self.rng
        size_px = self.px(size_mm) * 1.35 * fonts.HAND_SCALE.get(self.font_path, 1.0)
        im, (ox, oy), adv = self._glyph(ch, size_px * rng.uniform(0.93, 1.05), rng.uniform(-5, 5))
        cx = self.px(bx + bw / 2) + rng.uniform(-0.12, 0.12) * self.px(bw)
        base = self.px(by + bh * 0.5 + size_mm * 0.5) + rng.uniform(-0.1, 0.1) * self.px(bh)
        self._stamp(im, int(round(cx - adv / 2 - ox)), int(round(base - oy)))

    def comb(self, boxes, text, size_mm=None):
        for b, ch in zip(boxes, text):
            if ch != " ":
                self.char_in_box(b, ch, size_mm)

    # ---------------------------------------------------------------- strokes
    def stroke(self, pts_mm, width_mm=0.32, pressure=True):
        d = ImageDraw.Draw(self.layer)
        pts = [(self.px(x), self.px(y)) for x, y in pts_mm]
        n = len(pts)
        for i in range(n - 1):
            t = i / max(1, n - 2)
            w = width_mm * (0.65 + 0.5 * math.sin(math.pi * t)) if pressure else width_mm
            wpx = max(1, int(round(self.px(w))))
            d.line([pts[i], pts[i + 1]], fill=235, width=wpx)
            if wpx > 2:
                r = wpx / 2
                d.ellipse(
                    [pts[i + 1][0] - r, pts[i + 1][1] - r, pts[i + 1][0] + r, pts[i + 1][1] + r],
                    fill=235,
                )

    def cross(self, box_mm, kind="x", spill=0.0):
        """Tick a checkbox with an X or a check mark; spill shifts it partly outside."""
        rng = self.rng
        bx, by, bw, bh = box_mm
        cx = bx + bw / 2 + rng.uniform(-0.15, 0.15) * bw + spill * bw * rng.choice([-1, 1])
        cy = by + bh / 2 + rng.uniform(-0.15, 0.15) * bh - spill * bh * rng.uniform(0.2, 0.9)
        s = bw * rng.uniform(0.9, 1.3)
        w = rng.uniform(0.28, 0.42)
        if kind == "x":
            a = [
                (cx - s / 2 + rng.uniform(-0.3, 0.3), cy - s / 2 + rng.uniform(-0.3, 0.3)),
                (cx + s / 2 + rng.uniform(-0.3, 0.3), cy + s / 2 + rng.uniform(-0.3, 0.3)),
            ]
            b = [
                (cx + s / 2 + rng.uniform(-0.3, 0.3), cy - s / 2 + rng.uniform(-0.3, 0.3)),
                (cx - s / 2 + rng.uniform(-0.3, 0.3), cy + s / 2 + rng.uniform(-0.3, 0.3)),
            ]
            self.stroke(_curve(a, rng, 0.25), w)
            self.stroke(_curve(b, rng, 0.25), w)
        else:
            p = [
                (cx - s * 0.45, cy - s * 0.02),
                (cx - s * 0.12, cy + s * 0.38),
                (cx + s * 0.25, cy - s * 0.35),
                (cx + s * 0.62, cy - s * 0.85),
            ]
            self.stroke(catmull(p, 8), w)

    def dot(self, box_mm):
        rng = self.rng
        bx, by, bw, bh = box_mm
        x = bx + bw * rng.uniform(0.3, 0.7)
        y = by + bh * rng.uniform(0.45, 0.75)
        r = self.px(rng.uniform(0.35, 0.6))
        d = ImageDraw.Draw(self.layer)
        d.ellipse(
            [self.px(x) - r, self.px(y) - r * 0.85, self.px(x) + r, self.px(y) + r * 0.85], fill=235
        )
        return (round(x, 1), round(y, 1))

    def short_mark(self, box_mm):
        """A short tick/dash, like a pen touched down: no signature."""
        rng = self.rng
        bx, by, bw, bh = box_mm
        x = bx + bw * rng.uniform(0.35, 0.6)
        y = by + bh * rng.uniform(0.5, 0.7)
        L = rng.uniform(2.5, 4.5)
        if rng.random() < 0.5:
            pts = [(x, y), (x + L * 0.3, y + L * 0.25), (x + L, y - L * 0.5)]
        else:
            pts = [(x, y), (x + L * 0.5, y - 0.15), (x + L, y + 0.1)]
        self.stroke(catmull(pts, 6), 0.3)

    def signature(self, box_mm, name, style="scribble"):
        rng = self.rng
        bx, by, bw, bh = box_mm
        if style == "font":
            self._font_signature(box_mm, name)
            return
        pts = scribble(rng, name)
        # fit into box region
        xs = [p[0] for p in pts if p]
        ys = [p[1] for p in pts if p]
        w0, h0 = max(xs) - min(xs), max(ys) - min(ys)
        tw = bw * rng.uniform(0.45, 0.75)
        th = bh * rng.uniform(0.45, 0.7)
        k = min(tw / w0, th / h0)
        ox = bx + bw * rng.uniform(0.1, 0.9 - tw / bw * 0.9) if bw > 0 else bx
        oy = by + bh * rng.uniform(0.18, 0.35)
        mx, my = min(xs), min(ys)
        P = [None if p is None else (ox + (p[0] - mx) * k, oy + (p[1] - my) * k) for p in pts]
        w = rng.uniform(0.25, 0.42)
        # split into strokes where the generator lifted the pen (None markers)
        cur = []
        for p in P + [None]:
            if p is None:
                if len(cur) > 1:
                    self.stroke(cur, w)
                cur = []
            else:
                cur.append(p)

    def _font_signature(self, box_mm, name):
        rng = self.rng
        bx, by, bw, bh = box_mm
        path = rng.choice(
            [
                fonts.SIGNATURE_FONTS["dancing"],
                fonts.SIGNATURE_FONTS["kaushan"],
                fonts.SIGNATURE_FONTS["dancing_bold"],
            ]
        )
        if not fonts.covers(path, name):
            path = fonts.SIGNATURE_FONTS["kaushan"]
        old = (self.font_path, self.slant)
        self.font_path = path
        self.slant = rng.uniform(0.15, 0.35)
        size = bh * rng.uniform(0.26, 0.36)
        x = bx + bw * rng.uniform(0.08, 0.22)
        y = by + bh * rng.uniform(0.55, 0.7)
        end = self.write(x, y, name, size_mm=size, max_w_mm=bw * 0.72, spacing=0.9)
        self.font_path, self.slant = old
        # flourish: underline or a sweep back under the name
        if rng.random() < 0.8:
            y2 = y + rng.uniform(1.5, 3.5)
            pts = [
                (end + 1, y - size * 0.3),
                (end - 2, y2 + 0.6),
                ((x + end) / 2, y2 + rng.uniform(-0.5, 1.2)),
                (x - 2, y2 + rng.uniform(-1, 0.8)),
            ]
            self.stroke(catmull(pts, 10), rng.uniform(0.22, 0.35))

    # ---------------------------------------------------------------- compose
    def apply(self, page: Image.Image, thick=0) -> Image.Image:
        strength = self.rng.uniform(0.82, 0.95)
        page = page.convert("RGB")
        bbox = self.layer.getbbox()
        if not bbox:
            return page
        pad = 8
        x0, y0 = max(0, bbox[0] - pad), max(0, bbox[1] - pad)
        x1, y1 = min(self.W, bbox[2] + pad), min(self.H, bbox[3] + pad)
        layer = self.layer.crop((x0, y0, x1, y1))
        if thick:
            layer = layer.filter(ImageFilter.MaxFilter(3))
        layer = layer.filter(ImageFilter.GaussianBlur(0.6 * self.dpi / 300))
        a = np.asarray(layer, dtype=np.float32)[..., None] / 255.0 * strength
        base = np.asarray(page.crop((x0, y0, x1, y1)), dtype=np.float32)
        ink = np.array(self.ink, dtype=np.float32)[None, None, :]
        out = base * (1 - a) + np.minimum(base, ink) * a
        page = page.copy()
        page.paste(Image.fromarray(np.clip(out + 0.5, 0, 255).astype(np.uint8), "RGB"), (x0, y0))
        return page


# -------------------------------------------------------------------- accents
FALLBACK = {"—": "-", "–": "-", "ı": "i", "’": "'", "œ": "oe", "Œ": "OE"}


def _decompose(ch):
    nfd = unicodedata.normalize("NFD", ch)
    return nfd[0], nfd[1:]


def _draw_marks(d, im, marks, size_px):
    """Hand-drawn diacritics over (or under) the glyph already drawn on im."""
    bbox = im.getbbox()
    if not bbox:
        return
    x0, y0, x1, y1 = bbox
    cx = (x0 + x1) / 2
    w = max(2, int(round(size_px * 0.07)))
    u = size_px * 0.12
    top = y0 - u * 0.9
    for m in marks:
        if m == "\u0301":  # acute
            d.line(
                [(cx - u * 0.6, top + u * 0.6), (cx + u * 0.6, top - u * 0.6)], fill=255, width=w
            )
        elif m == "\u0300":  # grave
            d.line(
                [(cx - u * 0.6, top - u * 0.6), (cx + u * 0.6, top + u * 0.6)], fill=255, width=w
            )
        elif m == "\u0302":  # circumflex
            d.line(
                [(cx - u, top + u * 0.5), (cx, top - u * 0.6), (cx + u, top + u * 0.5)],
                fill=255,
                width=w,
            )
        elif m == "\u030c":  # caron
            d.line(
                [(cx - u, top - u * 0.6), (cx, top + u * 0.5), (cx + u, top - u * 0.6)],
                fill=255,
                width=w,
            )
        elif m == "\u0308":  # diaeresis
            for dx in (-u * 0.7, u * 0.7):
                d.ellipse([cx + dx - w, top - w, cx + dx + w, top + w], fill=255)
        elif m == "\u0307":  # dot above
            d.ellipse([cx - w, top - w, cx + w, top + w], fill=255)
        elif m == "\u0303":  # tilde
            pts = [
                (cx - u + i * u / 4, top + math.sin(i * math.pi / 4) * -u * 0.35) for i in range(9)
            ]
            d.line(pts, fill=255, width=w)
        elif m == "\u0306":  # breve
            pts = [
                (cx - u + i * u / 4, top - u * 0.5 + math.sin(i * math.pi / 8) * u * 0.7)
                for i in range(9)
            ]
            d.line(pts, fill=255, width=w)
        elif m == "\u030a":  # ring
            d.ellipse(
                [cx - u * 0.5, top - u * 0.9, cx + u * 0.5, top + u * 0.1], outline=255, width=w
            )
        elif m == "\u0327":  # cedilla
            d.line(
                [
                    (cx, y1 - w),
                    (cx + u * 0.2, y1 + u * 0.5),
                    (cx + u * 0.5, y1 + u * 0.6),
                    (cx - u * 0.3, y1 + u * 1.2),
                ],
                fill=255,
                width=w,
            )


# -------------------------------------------------------------------- curves
def catmull(pts, steps=8):
    if len(pts) < 3:
        return list(pts)
    P = [pts[0]] + list(pts) + [pts[-1]]
    out = []
    for i in range(1, len(P) - 2):
        p0, p1, p2, p3 = P[i - 1], P[i], P[i + 1], P[i + 2]
        for s in range(steps):
            t = s / steps
            t2, t3 = t * t, t * t * t
            x = 0.5 * (
                (2 * p1[0])
                + (-p0[0] + p2[0]) * t
                + (2 * p0[0] - 5 * p1[0] + 4 * p2[0] - p3[0]) * t2
                + (-p0[0] + 3 * p1[0] - 3 * p2[0] + p3[0]) * t3
            )
            y = 0.5 * (
                (2 * p1[1])
                + (-p0[1] + p2[1]) * t
                + (2 * p0[1] - 5 * p1[1] + 4 * p2[1] - p3[1]) * t2
                + (-p0[1] + 3 * p1[1] - 3 * p2[1] + p3[1]) * t3
            )
            out.append((x, y))
    out.append(pts[-1])
    return out


def _curve(seg, rng, bow):
    (x1, y1), (x2, y2) = seg
    mx, my = (x1 + x2) / 2, (y1 + y2) / 2
    nx, ny = -(y2 - y1), (x2 - x1)
    k = rng.uniform(-bow, bow) * 0.3
    return catmull([(x1, y1), (mx + nx * k, my + ny * k), (x2, y2)], 8)


def _word(rng, x, base, xh, cap_kind):
    """Control points of one cursive word: a capital then a run of letter-like waves."""
    pts = []
    cap = rng.uniform(8, 14)
    if cap_kind == "loop":
        pts += [
            (x, base),
            (x + 1.5, base - cap * 0.6),
            (x + 3.5, base - cap),
            (x + 5.0, base - cap * 0.7),
            (x + 2.5, base - cap * 0.35),
            (x + 0.5, base - cap * 0.5),
            (x + 4.0, base - 1.0),
        ]
        x += 5.0
    elif cap_kind == "stem":
        pts += [
            (x + 1.0, base - cap * 0.2),
            (x + 2.5, base - cap),
            (x + 2.2, base - cap * 0.3),
            (x + 1.0, base + 1.0),
            (x + 0.2, base),
            (x + 3.5, base - xh * 0.8),
        ]
        x += 3.5
    elif cap_kind == "round":
        r = cap * 0.45
        pts += [
            (x + r * 1.6, base - cap * 0.8),
            (x + r * 0.6, base - cap * 0.95),
            (x, base - cap * 0.45),
            (x + r * 0.5, base),
            (x + r * 1.5, base - r * 0.3),
            (x + r * 1.9, base - xh * 0.6),
        ]
        x += r * 1.9
    else:  # double hump
        pts += [
            (x, base),
            (x + 1.0, base - cap * 0.9),
            (x + 2.2, base - cap * 0.2),
            (x + 3.4, base - cap),
            (x + 4.4, base),
            (x + 5.2, base - xh * 0.6),
        ]
        x += 5.2
    body = rng.choice(["garland", "arcade", "angular", "thread"])
    n = rng.randint(3, 9)
    for i in range(n):
        step = rng.uniform(1.5, 2.8)
        r = rng.random()
        if r < 0.12:
            h = rng.uniform(6, 10)
            pts += [
                (x + step * 0.3, base - h),
                (x + step * 0.6, base - h * 0.9),
                (x + step * 0.4, base),
                (x + step, base - 0.6),
            ]
        elif r < 0.2:
            h = rng.uniform(4, 7)
            pts += [
                (x + step * 0.4, base - xh),
                (x + step * 0.5, base + h),
                (x + step * 0.2, base + h * 0.8),
                (x + step, base - 0.4),
            ]
        elif body == "garland":
            pts += [(x + step * 0.5, base + 0.3), (x + step, base - xh * rng.uniform(0.7, 1.1))]
        elif body == "arcade":
            pts += [(x + step * 0.5, base - xh * rng.uniform(0.8, 1.15)), (x + step, base + 0.2)]
        elif body == "angular":
            pts += [
                (x + step * 0.45, base - xh * rng.uniform(0.8, 1.3)),
                (x + step * 0.55, base - xh * 0.9),
                (x + step, base + 0.4),
            ]
        else:
            pts += [(x + step * 0.5, base - xh * 0.35), (x + step, base + 0.1)]
        x += step
    return pts, x


def scribble(rng: random.Random, name: str):
    """Points of a cursive-looking signature; None lifts the pen."""
    base = 10.0
    xh = rng.uniform(2.5, 4.8)
    caps = ["loop", "stem", "round", "hump"]
    path = []
    x = 0.0
    if rng.random() < 0.3:  # an initial, pen lift, then the name
        pts, x = _word(rng, 0.0, base, xh, rng.choice(caps))
        path += catmull(pts[:7], 7) + [None]
        x = pts[6][0] + rng.uniform(2, 5) if len(pts) > 6 else x + 3
    pts, x = _word(rng, x, base, xh, rng.choice(caps))
    path += catmull(pts, 7)
    f = rng.random()
    if f < 0.35:
        tail = [
            (x, base),
            (x + 3, base + 2),
            (x * 0.6, base + 4 + rng.uniform(0, 2)),
            (-2, base + 3 + rng.uniform(-1, 2)),
        ]
        path += catmull(tail, 10)
    elif f < 0.6:
        path += catmull([(x, base), (x + 2, base - 4), (x + 6, base - 9)], 8)
    elif f < 0.75:
        path += catmull([(x, base), (x + 2, base + 1.5), (x + 1, base - 2), (x + 9, base - 1)], 8)
    if rng.random() < 0.3:  # a separate underline stroke
        path += [None]
        y0 = base + rng.uniform(2.5, 5)
        path += catmull(
            [
                (rng.uniform(-2, 3), y0),
                (x * 0.5, y0 + rng.uniform(-1, 1)),
                (x + 2, y0 - rng.uniform(0, 2)),
            ],
            8,
        )
    sl = rng.uniform(-0.1, 0.5)
    return [None if p is None else (p[0] + sl * (base - p[1]), p[1]) for p in path]
