"""Handwriting on a page raster: glyphs of handwriting fonts drawn one by one with jitter,
accents as pen strokes, ticks and crosses, and signatures as pen strokes (never text)."""

from __future__ import annotations

import math
import unicodedata

import cv2
import numpy as np
from PIL import Image, ImageDraw, ImageFont

HAND_FONTS = {
    "breip": "/usr/share/fonts/truetype/breip/Breip.ttf",
    "dkg": "/usr/share/fonts/truetype/fifthhorseman/dkg.ttf",
    "ecolier": "/usr/share/fonts/truetype/ecolier-court/Ecolier-court.ttf",
    "rufscript": "/usr/share/fonts/truetype/rufscript/Rufscript010.ttf",
    "humor": "/usr/share/fonts/truetype/humor-sans/Humor-Sans.ttf",
}
INKS = {
    "blue": (28, 42, 140),
    "black": (25, 25, 32),
    "bic": (20, 55, 165),
    "navy": (30, 35, 90),
}

_FONT_CACHE: dict[tuple[str, int], ImageFont.FreeTypeFont] = {}


def _font(key: str, size: int) -> ImageFont.FreeTypeFont:
    k = (key, max(6, size))
    if k not in _FONT_CACHE:
        _FONT_CACHE[k] = ImageFont.truetype(HAND_FONTS[key], k[1])
    return _FONT_CACHE[k]


def cap_ratio(key: str) -> float:
    """Cap height of a handwriting font as a fraction of its size."""
    top = _font(key, 100).getbbox("H", anchor="ls")[1]
    return max(0.4, -top / 100)


def x_ratio(key: str) -> float:
    """x-height of a handwriting font as a fraction of its size."""
    top = _font(key, 100).getbbox("x", anchor="ls")[1]
    return max(0.2, -top / 100)


THIN_FONTS = {"ecolier"}


class Hand:
    """One writer with one pen: a density layer the size of the page, composited at the end."""

    def __init__(self, rng, shape, font="breip", caps_font=None, ink="blue", scale=1.0):
        self.rng = rng
        self.h, self.w = shape
        self.layer = np.zeros(shape, np.float32)
        self.font = font
        self.caps_font = caps_font or font
        self.ink = INKS[ink]
        self.scale = scale  # pixels per point
        self.slant = rng.uniform(-0.12, 0.22)
        self.pen = max(1.0, scale * rng.uniform(0.55, 0.8))  # stroke width, px

    # -- low level ---------------------------------------------------------------------------
    def _stamp(self, mask: np.ndarray, x: int, y: int, alpha: float) -> None:
        """Max-blend a float mask into the layer with its top-left corner at (x, y)."""
        mh, mw = mask.shape
        x0, y0 = max(0, x), max(0, y)
        x1, y1 = min(self.w, x + mw), min(self.h, y + mh)
        if x1 <= x0 or y1 <= y0:
            return
        sub = mask[y0 - y : y1 - y, x0 - x : x1 - x] * alpha
        np.maximum(self.layer[y0:y1, x0:x1], sub, out=self.layer[y0:y1, x0:x1])

    def stroke(self, pts, widths=None, alpha=0.95) -> None:
        """A pen stroke through points (px), widths per point (px)."""
        pts = np.asarray(pts, np.float64)
        if len(pts) < 2:
            return
        x0, y0 = np.floor(pts.min(axis=0)).astype(int) - 12
        x1, y1 = np.ceil(pts.max(axis=0)).astype(int) + 12
        tmp = np.zeros((y1 - y0, x1 - x0), np.uint8)
        if widths is None:
            widths = [self.pen] * len(pts)
        elif len(widths) != len(pts):
            src = np.linspace(0, 1, len(widths))
            widths = list(np.interp(np.linspace(0, 1, len(pts)), src, widths))
        sh = 4
        for i in range(len(pts) - 1):
            a = pts[i] - (x0, y0)
            b = pts[i + 1] - (x0, y0)
            t = max(1, int(round((widths[i] + widths[i + 1]) / 2)))
            pa = (int(a[0] * (1 << sh)), int(a[1] * (1 << sh)))
            pb = (int(b[0] * (1 << sh)), int(b[1] * (1 << sh)))
            cv2.line(tmp, pa, pb, 255, t, cv2.LINE_AA, sh)
        self._stamp(tmp.astype(np.float32) / 255.0, x0, y0, alpha)

    def glyph(self, ch: str, x: float, base: float, size: float, font: str) -> float:
        """Draw one character with jitter; returns the advance in px."""
        rng = self.rng
        if ch == " ":
            return _font(font, int(size)).getlength(" ") * rng.uniform(0.9, 1.4)
        dec = unicodedata.normalize("NFD", ch)
        basech, marks = dec[0], dec[1:]
        sz = int(round(size * rng.uniform(0.93, 1.07)))
        f = _font(font, sz)
        left, top, right, bottom = f.getbbox(basech, anchor="ls")
        pad = int(sz * 0.4) + 4
        wimg, himg = right - left + 2 * pad, bottom - top + 2 * pad
        im = Image.new("L", (max(1, wimg), max(1, himg)), 0)
        ImageDraw.Draw(im).text((pad - left, pad - top), basech, font=f, fill=255, anchor="ls")
        m = np.asarray(im, np.float32) / 255.0
        if font in THIN_FONTS:
            k = max(2, int(round(size * 0.06)))
            m = cv2.dilate(m, np.ones((k, k), np.uint8))
        ang = rng.gauss(0, 2.5)
        shear = self.slant + rng.gauss(0, 0.03)
        cx, cy = pad - left, pad - top  # baseline origin inside the mask
        rot = cv2.getRotationMatrix2D((cx, cy), ang, 1.0)
        rot[0, 1] -= shear
        rot[0, 2] += shear * cy
        m = cv2.warpAffine(m, rot, (m.shape[1], m.shape[0]), flags=cv2.INTER_LINEAR)
        dy = rng.gauss(0, size * 0.025)
        ox, oy = int(round(x - cx)), int(round(base + dy - cy))
        self._stamp(m, ox, oy, rng.uniform(0.82, 1.0))
        adv = f.getlength(basech)
        if marks:
            self._accents(marks, x + left, x + right, base + dy + top, size)
        return adv * rng.uniform(0.97, 1.08)

    def _accents(self, marks, xl, xr, ytop, size) -> None:
        rng = self.rng
        cx = (xl + xr) / 2 + size * 0.04
        u = size * 0.09
        y = ytop - u * 1.2
        w = [self.pen * 0.9] * 3
        for mk in marks:
            name = unicodedata.name(mk, "")
            j = rng.uniform(-0.5, 0.5) * u
            if "ACUTE" in name:
                self.stroke([(cx - u + j, y + u), (cx + u + j, y - u * 0.8)], w[:2])
            elif "GRAVE" in name:
                self.stroke([(cx - u + j, y - u * 0.8), (cx + u + j, y + u)], w[:2])
            elif "CIRCUMFLEX" in name:
                self.stroke([(cx - 1.2 * u, y + u), (cx + j, y - u), (cx + 1.2 * u, y + u)], w)
            elif "DIAERESIS" in name:
                for dx in (-u, u):
                    self.stroke([(cx + dx + j, y), (cx + dx + j + 1.5, y + 1.5)], w[:2])
            elif "DOT ABOVE" in name:
                self.stroke([(cx + j, y), (cx + j + 1.5, y + 1.5)], w[:2])
            elif "TILDE" in name:
                pts = [
                    (cx - 1.4 * u + k * u * 0.7, y + math.sin(k * 1.3) * u * 0.6) for k in range(5)
                ]
                self.stroke(pts, [self.pen * 0.9] * 5)
            elif "CEDILLA" in name:
                yb = ytop + size * 0.72
                self.stroke([(cx, yb), (cx + u * 0.6, yb + u * 1.2), (cx - u, yb + u * 2)], w)

    # -- text --------------------------------------------------------------------------------
    def measure(self, text, size, font) -> float:
        f = _font(font, int(size))
        return sum(f.getlength(unicodedata.normalize("NFD", c)[0]) for c in text) * 1.02

    def write(self, x, base, text, size, max_w=None, font=None) -> float:
        font = font or (self.font if any(c.islower() for c in text) else self.caps_font)
        if max_w:
            need = self.measure(text, size, font)
            if need > max_w:
                size *= max(0.55, max_w / need)
        drift = 0.0
        for ch in text:
            drift += self.rng.gauss(0, size * 0.01)
            x += self.glyph(ch, x, base + drift, size, font)
        return x

    def write_rect(self, rect_px, text, size=None, align_x=None):
        """Write on the baseline of a value rectangle (x, y_top, w, h) in px."""
        x, y, w, h = rect_px
        if any(ch.islower() for ch in text):
            font = self.font
            size = size or min(
                h * self.rng.uniform(0.4, 0.48) / x_ratio(font), h * 1.4 / cap_ratio(font)
            )
        else:
            font = self.caps_font
            size = size or h * self.rng.uniform(0.6, 0.72) / cap_ratio(font)
        x0 = x + (align_x if align_x is not None else self.rng.uniform(0.0, 0.05) * w)
        base = y + h * self.rng.uniform(0.78, 0.92)
        return self.write(x0, base, text, size, max_w=x + w - x0, font=font)

    def comb(self, cells_px, chars) -> None:
        for (x, y, w, h), ch in zip(cells_px, chars, strict=False):
            if ch == " ":
                continue
            size = h * self.rng.uniform(0.6, 0.7) / cap_ratio(self.caps_font)
            f = _font(self.caps_font, int(size))
            adv = f.getlength(unicodedata.normalize("NFD", ch)[0])
            cx = x + (w - adv) / 2 + self.rng.gauss(0, w * 0.04)
            self.glyph(ch, cx, y + h * self.rng.uniform(0.8, 0.88), size, self.caps_font)

    def tick(self, rect_px, style="cross") -> None:
        x, y, w, h = rect_px
        r = self.rng
        j = [r.uniform(-0.12, 0.12) * w for _ in range(8)]
        pw = [self.pen * 1.1] * 12
        if style == "cross":
            self.stroke(_curve([(x + j[0], y + j[1]), (x + w + j[2], y + h + j[3])], 6), pw[:6])
            self.stroke(_curve([(x + w + j[4], y + j[5]), (x + j[6], y + h + j[7])], 6), pw[:6])
        else:
            pts = [
                (x + 0.1 * w, y + 0.5 * h),
                (x + 0.4 * w + j[0], y + 0.95 * h),
                (x + 1.3 * w + j[1], y - 0.35 * h + j[2]),
            ]
            self.stroke(_curve(pts, 10), [self.pen * (1.3 - 0.05 * k) for k in range(20)])

    def dot(self, x, y) -> None:
        r = max(2.5, self.pen * 1.6)
        self.stroke([(x, y), (x + r * 0.6, y + r * 0.3), (x + r * 0.2, y + r)], [r * 1.4] * 3)

    # -- signature ---------------------------------------------------------------------------
    def signature(self, rect_px, name: str) -> None:
        """A scribbled signature: a capital loop, running letters, a flourish."""
        rng = self.rng
        x, y, w, h = rect_px
        u = h * rng.uniform(0.13, 0.18)  # x-height in px
        pts = [(0.0, 0.0)]
        cx = 0.0
        # capital: big loop rising to ~2.6u
        hcap = u * rng.uniform(2.2, 3.0)
        style = rng.randrange(4)
        if style == 0:  # looped capital
            pts += [
                (cx + u * 0.4, -hcap * 0.6),
                (cx + u * 0.9, -hcap),
                (cx + u * 0.2, -hcap * 0.9),
                (cx - u * 0.2, -hcap * 0.2),
                (cx + u * 0.6, u * 0.2),
                (cx + u * 1.4, -u * 0.5),
            ]
        elif style == 1:  # tall stem with a bowl (B, D, P, R...)
            pts += [
                (cx + u * 0.2, -hcap),
                (cx + u * 0.1, u * 0.3),
                (cx - u * 0.3, -hcap * 0.7),
                (cx + u * 1.4, -hcap * 0.9),
                (cx + u * 1.2, -hcap * 0.4),
                (cx + u * 0.3, -u),
                (cx + u * 1.5, -u * 0.3),
            ]
        elif style == 2:  # round capital (O, C, G...) opened to the right
            pts += [
                (cx + u * 1.2, -hcap * 0.8),
                (cx + u * 0.4, -hcap),
                (cx - u * 0.3, -hcap * 0.5),
                (cx + u * 0.2, u * 0.1),
                (cx + u * 1.3, -u * 0.2),
                (cx + u * 1.6, -u * 0.6),
            ]
        else:  # angular (M, N, K...)
            pts += [
                (cx + u * 0.1, -hcap),
                (cx + u * 0.5, -u * 0.2),
                (cx + u * 1.0, -hcap * 0.9),
                (cx + u * 1.2, 0),
                (cx + u * 1.6, -u * 0.5),
            ]
        cx += u * 1.8
        letters = [c for c in name.lower()[1:] if c.isalpha()][: rng.randint(4, 8)]
        for c in letters:
            a = rng.uniform(0.85, 1.15)
            if c in "bdfhklt":
                pts += [(cx + u * 0.5, -u * 2.3 * a), (cx + u * 0.1, -u * 1.9), (cx + u * 0.6, 0)]
                cx += u * 0.8
            elif c in "gjpqyz":
                pts += [
                    (cx + u * 0.5, -u),
                    (cx + u * 0.6, u * 1.6 * a),
                    (cx + u * 0.2, u * 1.2),
                    (cx + u * 0.9, 0),
                ]
                cx += u * 1.0
            elif c in "mnuvw":
                pts += [
                    (cx + u * 0.3, -u * a),
                    (cx + u * 0.6, 0),
                    (cx + u * 0.9, -u * a),
                    (cx + u * 1.2, 0),
                ]
                cx += u * 1.3
            elif c in "aeoc":
                pts += [
                    (cx + u * 0.6, -u * a),
                    (cx + u * 0.1, -u * 0.6),
                    (cx + u * 0.5, 0),
                    (cx + u * 0.9, -u * 0.4),
                ]
                cx += u * 1.0
            else:
                pts += [(cx + u * 0.4, -u * 0.9 * a), (cx + u * 0.7, 0)]
                cx += u * 0.8
        # flourish back under the name
        end = cx
        pts += [
            (end + u * 0.8, -u * 0.8),
            (end + u * 0.3, u * 0.9),
            (end * 0.5, u * 1.3),
            (-u * 0.5, u * 0.8 + rng.uniform(-u, u) * 0.3),
        ]
        arr = np.array(pts) + np.array([[rng.gauss(0, u * 0.08) for _ in "xy"] for _ in pts])
        shear = rng.uniform(0.1, 0.45)
        arr[:, 0] -= arr[:, 1] * shear
        ang = math.radians(rng.uniform(-9, 3))
        rot = np.array([[math.cos(ang), -math.sin(ang)], [math.sin(ang), math.cos(ang)]])
        arr = arr @ rot.T
        span = arr.max(axis=0) - arr.min(axis=0)
        k = min(w * rng.uniform(0.5, 0.75) / span[0], h * 0.8 / span[1])
        arr = (arr - arr.min(axis=0)) * k
        size = arr.max(axis=0)
        off = (
            x + rng.uniform(0.08, 0.9) * (w - size[0]),
            y + (h - size[1]) * rng.uniform(0.3, 0.7),
        )
        dense = _curve([tuple(p) for p in arr + off], 10)
        n = len(dense)
        phase = rng.uniform(0, 6)
        base = self.pen * rng.uniform(1.0, 1.4)
        widths = [
            base
            * (0.55 + 0.45 * abs(math.sin(i / 9.0 + phase)))
            * min(1, (i + 3) / 12, (n - i) / 20)
            + 0.6
            for i in range(n)
        ]
        self.stroke(dense, widths, alpha=rng.uniform(0.85, 1.0))
        if rng.random() < 0.5:  # dot of an i or a short dash after the name
            px, py = dense[len(dense) // 2]
            self.dot(px + u * 0.3, max(y + u * 0.5, py - u * 2.2))

    # -- output ------------------------------------------------------------------------------
    def apply(self, img: Image.Image) -> Image.Image:
        a = np.asarray(img.convert("RGB"), np.float32)
        d = np.clip(self.layer, 0, 1)[..., None]
        ink = np.array(self.ink, np.float32)[None, None, :]
        out = a * (1 - d) + np.minimum(a, ink) * d
        return Image.fromarray(np.clip(out, 0, 255).astype(np.uint8))

    def rgba(self) -> Image.Image:
        """The ink alone as an RGBA image (for a pasted signature)."""
        a = (np.clip(self.layer, 0, 1) * 255).astype(np.uint8)
        rgb = np.zeros((self.h, self.w, 3), np.uint8) + np.array(self.ink, np.uint8)
        return Image.fromarray(np.dstack([rgb, a]), "RGBA")


def _curve(pts, steps):
    """Catmull-Rom spline through the points."""
    p = [pts[0]] + list(pts) + [pts[-1]]
    out = []
    for i in range(1, len(p) - 2):
        p0, p1, p2, p3 = (np.array(q, float) for q in p[i - 1 : i + 3])
        for s in range(steps):
            t = s / steps
            out.append(
                0.5
                * (
                    2 * p1
                    + (-p0 + p2) * t
                    + (2 * p0 - 5 * p1 + 4 * p2 - p3) * t * t
                    + (-p0 + 3 * p1 - 3 * p2 + p3) * t**3
                )
            )
    out.append(np.array(pts[-1], float))
    return out
