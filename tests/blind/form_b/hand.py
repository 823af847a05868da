"""Handwriting on a rasterised page: jittered glyphs from handwriting fonts, accents drawn
as pen strokes when a font lacks them, ticks / crosses, signatures made of pen strokes.

All drawing goes into float "ink" masks (0..1) that are composited at the end, so a
blue ballpoint and a black felt pen can coexist on one page.
"""

import math

import cv2
import numpy as np
from fonts import HAND, decompose, has_glyph, pil_font
from PIL import Image, ImageDraw

INKS = {
    "blue": (22, 44, 140),
    "blue_light": (40, 70, 170),
    "black": (25, 25, 32),
    "navy": (18, 28, 80),
}


class Ink:
    def __init__(self, shape, colour):
        self.m = np.zeros(shape[:2], np.float32)
        self.colour = np.array(INKS[colour] if isinstance(colour, str) else colour, np.float32)

    def add(self, x, y, tile):
        """max-blend a float tile (0..1) at integer top-left (x, y), clipped."""
        h, w = tile.shape
        H, W = self.m.shape
        x0, y0 = max(x, 0), max(y, 0)
        x1, y1 = min(x + w, W), min(y + h, H)
        if x1 <= x0 or y1 <= y0:
            return
        sub = tile[y0 - y : y1 - y, x0 - x : x1 - x]
        np.maximum(self.m[y0:y1, x0:x1], sub, out=self.m[y0:y1, x0:x1])


def composite(page, inks):
    """page: HxWx3 uint8 -> new uint8 array with the inks laid on it. Works band by band
    on the rows that hold ink (most of a page is blank)."""
    out = page.copy()
    band = 48
    for ink in inks:
        m = ink.m
        rows = m.max(axis=1) > 0
        H = m.shape[0]
        for y0 in range(0, H, band):
            y1 = min(H, y0 + band)
            if not rows[y0:y1].any():
                continue
            cols = np.flatnonzero(m[y0:y1].max(axis=0) > 0)
            x0, x1 = cols[0], cols[-1] + 1
            a = m[y0:y1, x0:x1, None]
            reg = out[y0:y1, x0:x1].astype(np.float32)
            reg = reg * (1 - a) + ink.colour[None, None, :] * a
            out[y0:y1, x0:x1] = np.clip(reg, 0, 255).astype(np.uint8)
    return out


# ------------------------------------------------------------------------ strokes
def stroke(ink, pts, width, alpha=1.0, taper=True):
    """Draw a polyline (list of (x, y) px) with pen width `width` px."""
    pts = np.asarray(pts, np.float64)
    if len(pts) < 2:
        return
    pad = int(width * 2 + 4)
    x0, y0 = np.floor(pts.min(0)).astype(int) - pad
    x1, y1 = np.ceil(pts.max(0)).astype(int) + pad
    tile = np.zeros((y1 - y0, x1 - x0), np.uint8)
    rel = ((pts - [x0, y0]) * 16).astype(np.int32)
    n = len(rel)
    if taper and n > 6:
        # thinner at both ends, like a real pen stroke
        for i in range(n - 1):
            t = i / (n - 1)
            f = min(1.0, 0.55 + 3.0 * min(t, 1 - t))
            wi = max(1, int(round(width * f)))
            cv2.line(tile, tuple(rel[i]), tuple(rel[i + 1]), 255, wi, cv2.LINE_AA, shift=4)
    else:
        cv2.polylines(
            tile,
            [rel.reshape(-1, 1, 2)],
            False,
            255,
            max(1, int(round(width))),
            cv2.LINE_AA,
            shift=4,
        )
    ink.add(x0, y0, tile.astype(np.float32) / 255.0 * alpha)


def bezier(p0, p1, p2, p3, n=24):
    t = np.linspace(0, 1, n)[:, None]
    p0, p1, p2, p3 = (np.asarray(p, float) for p in (p0, p1, p2, p3))
    return (1 - t) ** 3 * p0 + 3 * (1 - t) ** 2 * t * p1 + 3 * (1 - t) * t**2 * p2 + t**3 * p3


def dot(ink, x, y, r, alpha=1.0):
    s = int(r * 2 + 6)
    tile = np.zeros((s, s), np.uint8)
    cv2.circle(tile, (s * 8, s * 8), int(r * 16), 255, -1, cv2.LINE_AA, shift=4)
    ink.add(int(x - s / 2), int(y - s / 2), tile.astype(np.float32) / 255.0 * alpha)


# ------------------------------------------------------------------------ writer
class Writer:
    """One person's hand: fonts, size, slant, wobble, pen."""

    def __init__(
        self,
        rng,
        caps="dkg",
        text="dkg",
        sig_font="dancing",
        scale=1.0,
        jitter=1.0,
        pen=3.0,
        px_per_pt=300 / 72,
        weight=0,
    ):
        self.rng = rng
        self.caps = HAND[caps]
        self.textf = HAND[text]
        self.sig_font = HAND[sig_font]
        self.scale = scale
        self.jitter = jitter
        self.pen = pen
        self.k = px_per_pt
        self.weight = weight  # extra pen width (px) for thin fonts
        self.tilt = rng.uniform(-1.2, 1.0)  # line slope in degrees
        self.rot = rng.uniform(-3, 4)  # glyph slant (rotation)
        self._cap = {}

    def cap_ratio(self, path, ch="H"):
        """cap height (or x-height with ch='x') / font size for a font."""
        r = self._cap.get((path, ch))
        if r is None:
            f = pil_font(path, 200)
            l, t, rr, b = f.getbbox(ch, anchor="ls")
            r = max(0.2, -t / 200.0)
            self._cap[(path, ch)] = r
        return r

    # -- glyphs
    def _glyph(self, ink, path, ch, size, x, yb, angle, alpha):
        font = pil_font(path, size)
        S = int(size * 2.2) + 8
        ox, oy = int(size * 0.5), int(size * 1.45)
        im = Image.new("L", (S, S))
        ImageDraw.Draw(im).text((ox, oy), ch, font=font, fill=255, anchor="ls")
        if abs(angle) > 0.05:
            im = im.rotate(angle, resample=Image.BICUBIC, center=(ox, oy))
        tile = np.asarray(im, np.float32) / 255.0
        if self.weight:
            k = self.weight + 1
            tile = cv2.dilate(tile, cv2.getStructuringElement(cv2.MORPH_ELLIPSE, (k, k)))
        ink.add(int(round(x - ox)), int(round(yb - oy)), tile * alpha)
        return font.getlength(ch)

    def _accent(self, ink, path, base, mark, size, x, yb, adv, alpha):
        font = pil_font(path, size)
        l, t, r, b = font.getbbox(base, anchor="ls")
        cx = x + (l + r) / 2 + self.rng.uniform(-0.05, 0.05) * size
        top = yb + t - 0.10 * size
        w = max(1.5, self.pen * 0.8)
        a = 0.14 * size
        rj = self.rng.uniform
        if mark == "\u0301":  # acute
            stroke(ink, [(cx - a * 0.4, top), (cx + a * 0.5, top - a * 0.9)], w, alpha, False)
        elif mark == "\u0300":  # grave
            stroke(ink, [(cx - a * 0.5, top - a * 0.9), (cx + a * 0.4, top)], w, alpha, False)
        elif mark == "\u0302":  # circumflex
            stroke(
                ink,
                [(cx - a * 0.6, top), (cx, top - a * 0.8), (cx + a * 0.6, top)],
                w,
                alpha,
                False,
            )
        elif mark == "\u0308":  # diaeresis
            dot(ink, cx - a * 0.45, top - a * 0.3, w * 0.8, alpha)
            dot(ink, cx + a * 0.45, top - a * 0.3 + rj(-1, 1), w * 0.8, alpha)
        elif mark == "\u0303":  # tilde
            pts = [
                (
                    cx - a * 0.7 + i * a * 0.14,
                    top - a * 0.4 - math.sin(i / 10 * 2 * math.pi) * a * 0.3,
                )
                for i in range(11)
            ]
            stroke(ink, pts, w, alpha, False)
        elif mark == "\u0327":  # cedilla
            stroke(
                ink,
                [(cx, yb + 1), (cx + a * 0.3, yb + a * 0.6), (cx - a * 0.3, yb + a)],
                w,
                alpha,
                False,
            )
        elif mark == "\u0328":  # ogonek
            stroke(
                ink,
                [(cx + a * 0.3, yb), (cx, yb + a * 0.6), (cx + a * 0.4, yb + a * 0.8)],
                w,
                alpha,
                False,
            )
        elif mark == "\u0306":  # breve
            stroke(
                ink,
                [(cx - a * 0.5, top - a * 0.6), (cx, top), (cx + a * 0.5, top - a * 0.6)],
                w,
                alpha,
                False,
            )
        elif mark == "\u0301\u0301":
            pass

    def char(self, ink, path, ch, size, x, yb, angle, alpha):
        if has_glyph(path, ch):
            return self._glyph(ink, path, ch, size, x, yb, angle, alpha)
        base, marks = decompose(ch)
        if marks and has_glyph(path, base):
            adv = self._glyph(ink, path, base, size, x, yb, angle, alpha)
            for m in marks:
                self._accent(ink, path, base, m, size, x, yb, adv, alpha)
            return adv
        alt = HAND["dkg"] if has_glyph(HAND["dkg"], ch) else HAND["dancing"]
        return self._glyph(ink, alt, ch, size, x, yb, angle, alpha)

    # -- public
    def text(self, ink, x, yb, s, cap_px, caps=None, max_w=None, spacing=1.0):
        """Write `s` starting at (x, baseline yb) in px; cap height about cap_px."""
        rng = self.rng
        use_caps = caps if caps is not None else s.upper() == s
        path = self.caps if use_caps else self.textf
        size = cap_px / self.cap_ratio(path) * self.scale
        if not use_caps:
            # mixed case: size the small letters, whatever the font's proportions
            size = max(
                size, min(size * 1.5, cap_px * 0.56 / self.cap_ratio(path, "x") * self.scale)
            )
        font = pil_font(path, size)
        est = sum(font.getlength(ch) for ch in s) * spacing
        if max_w and est > max_w:
            size *= max(0.55, max_w / est)
        slope = math.tan(math.radians(self.tilt))
        alpha = rng.uniform(0.9, 1.0)
        cx = x
        drift = 0.0
        for ch in s:
            if ch == " ":
                cx += size * rng.uniform(0.28, 0.40) * spacing
                continue
            j = self.jitter
            sz = size * (1 + rng.uniform(-0.05, 0.05) * j)
            drift += rng.uniform(-0.012, 0.012) * size * j
            drift = max(-0.08 * size, min(0.08 * size, drift))
            yy = yb + (cx - x) * slope + drift + rng.uniform(-0.02, 0.02) * size * j
            ang = -self.rot + rng.uniform(-3, 3) * j
            adv = self.char(ink, path, ch, sz, cx, yy, ang, alpha * rng.uniform(0.93, 1.0))
            cx += adv * spacing * (1 + rng.uniform(-0.05, 0.06) * j)
        return cx

    def comb(self, ink, boxes_px, s, fill_ratio=0.6):
        """One character per box (boxes: list of (x, y_top, w, h) px)."""
        rng = self.rng
        path = self.caps
        alpha = rng.uniform(0.9, 1.0)
        for ch, (bx, by, bw, bh) in zip(s, boxes_px):
            if ch == " ":
                continue
            size = bh * fill_ratio / self.cap_ratio(path) * rng.uniform(0.9, 1.06) * self.scale
            font = pil_font(path, size)
            adv = font.getlength(ch)
            x = bx + (bw - adv) / 2 + rng.uniform(-0.09, 0.09) * bw * self.jitter
            yb = by + bh * rng.uniform(0.76, 0.86)
            self.char(
                ink, path, ch, size, x, yb, -self.rot + rng.uniform(-4, 4) * self.jitter, alpha
            )

    def mark(self, ink, box_px, kind="cross", outside=0.0):
        """Tick ✓ or cross X in a square box (x, y_top, s) px; `outside` shifts it by a
        fraction of the box size, as when a hurried hand misses the box a little."""
        rng = self.rng
        x, y, s = box_px
        ang = rng.uniform(0, 2 * math.pi)
        x += math.cos(ang) * outside * s
        y += math.sin(ang) * outside * s
        w = self.pen * rng.uniform(0.9, 1.2)
        j = lambda: rng.uniform(-0.08, 0.08) * s
        if kind == "cross":
            e = rng.uniform(0.0, 0.18) * s
            stroke(
                ink,
                _wobbly(
                    [(x - e + j(), y - e + j()), (x + s + e + j(), y + s + e + j())], rng, s * 0.03
                ),
                w,
            )
            stroke(
                ink,
                _wobbly(
                    [(x + s + e + j(), y - e + j()), (x - e + j(), y + s + e + j())], rng, s * 0.03
                ),
                w,
            )
        else:
            p0 = (x + 0.08 * s + j(), y + 0.50 * s + j())
            p1 = (x + 0.40 * s + j(), y + 0.92 * s + j())
            p2 = (x + 1.15 * s + j(), y - 0.35 * s + j())
            pts = np.vstack(
                [
                    bezier(
                        p0, (p0[0] + 0.1 * s, p0[1] + 0.2 * s), (p1[0] - 0.1 * s, p1[1]), p1, 10
                    ),
                    bezier(
                        p1,
                        (p1[0] + 0.15 * s, p1[1] - 0.3 * s),
                        (p2[0] - 0.3 * s, p2[1] + 0.4 * s),
                        p2,
                        16,
                    )[1:],
                ]
            )
            stroke(ink, pts, w)

    def signature(self, ink, rect_px, name, style=None, scale=1.0, initials=None):
        """A signature in the rect (x, y_top, w, h) px. Styles: script, loops, initials."""
        rng = self.rng
        x, y, w, h = rect_px
        style = style or rng.choice(["script", "loops", "initials"])
        pen = self.pen * rng.uniform(0.9, 1.25)
        cx = x + w * rng.uniform(0.15, 0.35)
        base = y + h * rng.uniform(0.55, 0.72)
        if style == "script":
            cap = h * rng.uniform(0.20, 0.28) * scale
            saved = self.rot, self.textf
            self.rot, self.textf = rng.uniform(4, 12), self.sig_font
            end = Writer.text(self, ink, cx, base, name, cap, caps=False, max_w=w * 0.7)
            self.rot, self.textf = saved
            # flourish under the name, coming back leftwards
            p0 = (end + rng.uniform(-5, 5), base - cap * rng.uniform(0.0, 0.5))
            p3 = (cx - rng.uniform(0, 0.1) * w, base + cap * rng.uniform(0.35, 0.7))
            pts = bezier(
                p0,
                (p0[0] + cap * 0.8, base + cap * 0.7),
                (p0[0] - w * 0.2, base + cap * 1.0),
                p3,
                40,
            )
            stroke(ink, pts, pen * 0.9)
        elif style == "loops":
            # a prolate trochoid: the loops of a fast cursive "llll", with uneven heights
            n = rng.randint(3, 6)
            L = w * rng.uniform(0.40, 0.58) * scale
            A = h * rng.uniform(0.18, 0.30) * scale
            t = np.linspace(0, 1, 320)
            om = 2 * np.pi * n
            r = L / om * rng.uniform(1.6, 2.6)
            knots = np.array([rng.uniform(0.45, 1.15) for _ in range(n + 2)])
            env = np.interp(t * (n + 1), np.arange(n + 2), knots)
            xs = cx + L * t - r * np.sin(om * t)
            ys = base - A * env * (0.5 + 0.5 * np.cos(om * t)) + A * 0.25 * np.sin(np.pi * t)
            xs = xs + (base - ys) * rng.uniform(0.15, 0.45)
            head = bezier(
                (cx - A * 0.2, base + A * 0.25),
                (cx - A * 0.5, base - A * 1.8),
                (cx + A * 0.6, base - A * 1.9),
                (cx, base),
                30,
            )
            stroke(ink, head, pen)
            stroke(ink, np.column_stack([xs, ys]), pen)
            y2 = base + rng.uniform(0.1, 0.5) * A
            stroke(
                ink,
                bezier(
                    (xs[-1], ys[-1]),
                    (xs[-1] + 0.12 * w, y2 - A * 0.3),
                    (cx + 0.3 * w, y2 + A * 0.9),
                    (cx - 0.08 * w, y2 + A * 0.5),
                    36,
                ),
                pen * 0.8,
            )
        else:
            ini = (
                initials or "".join(p[0] for p in name.replace("-", " ").split()[:2]).upper() or "X"
            )
            cap = h * rng.uniform(0.32, 0.42) * scale
            saved = self.rot, self.textf
            self.rot, self.textf = rng.uniform(6, 16), self.sig_font
            end = Writer.text(self, ink, cx, base, ini, cap, caps=False)
            self.rot, self.textf = saved
            yl = base - cap * rng.uniform(0.2, 0.5)
            stroke(
                ink,
                bezier(
                    (cx - cap * 0.3, yl + cap * 0.3),
                    (cx + w * 0.2, yl - cap * 0.2),
                    (end + w * 0.1, yl + cap * 0.2),
                    (end + w * 0.3, yl - cap * 0.4),
                    36,
                ),
                pen,
            )
        return style


def _wobbly(pts, rng, amp, n=10):
    (x0, y0), (x1, y1) = pts
    t = np.linspace(0, 1, n)
    nx, ny = -(y1 - y0), (x1 - x0)
    ln = math.hypot(nx, ny) or 1
    bow = rng.uniform(-1, 1) * amp
    xs = x0 + (x1 - x0) * t + nx / ln * bow * np.sin(np.pi * t)
    ys = y0 + (y1 - y0) * t + ny / ln * bow * np.sin(np.pi * t)
    return np.column_stack([xs, ys])


def signature_image(rng, name, writer_kwargs, w=700, h=260, style=None, colour="blue"):
    """A signature alone, as an RGBA image (for pasting into a PDF)."""
    wr = Writer(rng, **writer_kwargs)
    ink = Ink((h, w), colour)
    wr.signature(ink, (0, 0, w, h), name, style=style)
    a = np.clip(ink.m * 255, 0, 255).astype(np.uint8)
    rgba = np.zeros((h, w, 4), np.uint8)
    rgba[..., :3] = ink.colour.astype(np.uint8)
    rgba[..., 3] = a
    ys, xs = np.nonzero(a > 8)
    im = Image.fromarray(rgba, "RGBA")
    if len(xs):
        im = im.crop(
            (max(0, xs.min() - 6), max(0, ys.min() - 6), min(w, xs.max() + 7), min(h, ys.max() + 7))
        )
    return im
