"""Pen-like handwriting and signatures drawn on page rasters (numpy RGB arrays)."""

import math

import cv2
import numpy as np
from fontTools.ttLib import TTFont as FTFont
from PIL import Image, ImageDraw, ImageFont

HAND_FONTS = {
    "dkg": "/usr/share/fonts/truetype/fifthhorseman/dkg.ttf",
    "dkg_it": "/usr/share/fonts/truetype/fifthhorseman/dkgIt.ttf",
    "rufscript": "/usr/share/fonts/truetype/rufscript/Rufscript010.ttf",
    "breip": "/usr/share/fonts/truetype/breip/Breip.ttf",
    "ecolier": "/usr/share/fonts/truetype/ecolier-court/Ecolier-court.ttf",
    "dancing": "/usr/share/fonts/opentype/dancingscript/DancingScript-Regular.otf",
    "kaushan": "/usr/share/fonts/opentype/kaushanscript/KaushanScript-Regular.otf",
    "comic": "/usr/share/fonts/opentype/comic-neue/ComicNeue-Regular.otf",
}
INKS = {
    "blue": (28, 45, 140),
    "black": (25, 25, 30),
    "dark_blue": (20, 30, 90),
}
_CMAPS = {}
_FONT_CACHE = {}


def covers(font_key, text):
    """True when the font has a glyph for every non-space character of text."""
    if font_key not in _CMAPS:
        _CMAPS[font_key] = set(FTFont(HAND_FONTS[font_key]).getBestCmap().keys())
    return all(ord(ch) in _CMAPS[font_key] for ch in text if not ch.isspace())


def _font(key, size):
    k = (key, int(size))
    if k not in _FONT_CACHE:
        _FONT_CACHE[k] = ImageFont.truetype(HAND_FONTS[key], int(size))
    return _FONT_CACHE[k]


def _blend(page, mask, x0, y0, ink, strength):
    """Darken page with ink where mask (float 0..1) is set, top-left at (x0, y0)."""
    h, w = mask.shape
    H, W = page.shape[:2]
    xa, ya = max(0, x0), max(0, y0)
    xb, yb = min(W, x0 + w), min(H, y0 + h)
    if xa >= xb or ya >= yb:
        return
    m = mask[ya - y0 : yb - y0, xa - x0 : xb - x0, None] * strength
    region = page[ya:yb, xa:xb].astype(np.float32)
    inkv = np.array(ink, np.float32)[None, None, :]
    # multiply-like: ink can only darken the paper
    out = region * (1 - m) + np.minimum(region, inkv) * m
    page[ya:yb, xa:xb] = out.astype(np.uint8)


class Pen:
    """Writes on a page raster; coordinates in PDF points are converted with dpi."""

    def __init__(self, page, dpi, font_key, ink, rng, slant=0.0):
        self.page = page
        self.k = dpi / 72.0
        self.H = page.shape[0]
        self.font_key = font_key
        self.ink = INKS[ink] if isinstance(ink, str) else ink
        self.rng = rng
        self.slant = slant

    def px(self, x, y):
        return x * self.k, self.H - y * self.k

    def _glyph(self, ch, size_px):
        font = _font(self.font_key, size_px)
        pad = int(size_px * 0.6)
        bbox = font.getbbox(ch)
        w = max(4, bbox[2] - min(0, bbox[0]) + 2 * pad)
        h = int(size_px * 1.6) + 2 * pad
        im = Image.new("L", (w, h), 0)
        ImageDraw.Draw(im).text((pad, pad), ch, font=font, fill=255)
        ang = self.slant + self.rng.uniform(-4, 4)
        im = im.rotate(ang, resample=Image.BICUBIC, center=(pad, pad + size_px))
        m = np.asarray(im, np.float32) / 255.0
        m = cv2.GaussianBlur(m, (3, 3), 0.5)
        adv = font.getlength(ch)
        return m, pad, adv

    def text(self, x, y, text, size_pt=11.0):
        """Handwrite text with its baseline starting at (x, y) points; returns end x."""
        size_px = size_pt * self.k * self.rng.uniform(0.95, 1.08)
        cx, cy = self.px(x, y)
        drift = self.rng.uniform(-0.04, 0.04)
        for ch in text:
            if ch == " ":
                cx += size_px * self.rng.uniform(0.3, 0.42)
                continue
            s = size_px * self.rng.uniform(0.93, 1.07)
            m, pad, adv = self._glyph(ch, s)
            jy = self.rng.gauss(0, s * 0.03) + drift * (cx - x * self.k) * 0.1
            font = _font(self.font_key, s)
            asc = font.getmetrics()[0]
            _blend(
                self.page,
                m,
                int(cx - pad),
                int(cy - asc - pad + jy),
                self.ink,
                self.rng.uniform(0.82, 0.97),
            )
            cx += adv * self.rng.uniform(0.96, 1.05) + self.rng.uniform(-0.5, 0.8)
        return cx / self.k

    def fit_size(self, text, width_pt, size_pt):
        font = _font(self.font_key, size_pt * self.k)
        w = font.getlength(text) / self.k
        return size_pt if w <= width_pt else max(6.0, size_pt * width_pt / w)

    def comb(self, boxes, text, size_ratio=0.95):
        """One capital per comb box, roughly centred."""
        for (bx, by, bw, bh), ch in zip(boxes, text, strict=False):
            if ch == " ":
                continue
            s = bh * size_ratio * self.rng.uniform(0.9, 1.05)
            font = _font(self.font_key, s * self.k)
            gw = font.getlength(ch) / self.k
            self.text(
                bx + (bw - gw) / 2 + self.rng.uniform(-1, 1),
                by + bh * 0.18 + self.rng.uniform(-1, 1.2),
                ch,
                s,
            )

    def tick(self, box, style="cross"):
        x, y, s = box["x"], box["y"], box["s"]
        r = self.rng
        if style == "cross":
            strokes = [
                [(x - 1, y + s + 1), (x + s / 2, y + s / 2), (x + s + 1.5, y - 1)],
                [(x + s + 1, y + s + 1.5), (x + s / 2 + 0.5, y + s / 2), (x - 1, y - 0.5)],
            ]
        elif style == "check":
            strokes = [[(x, y + s * 0.5), (x + s * 0.35, y - 0.5), (x + s * 1.3, y + s * 1.5)]]
        else:  # filled blob / dot
            strokes = [[(x + s * 0.3, y + s * 0.4), (x + s * 0.6, y + s * 0.6)]]
        for st in strokes:
            pts = [(px + r.uniform(-0.8, 0.8), py + r.uniform(-0.8, 0.8)) for px, py in st]
            self.polyline(pts, width_pt=r.uniform(0.9, 1.4) if style != "dot" else 3.0)

    def polyline(self, pts_pt, width_pt=1.0):
        pts = np.array([self.px(x, y) for x, y in pts_pt], np.float32)
        pts = _smooth(pts, 8)
        mask = np.zeros(self.page.shape[:2], np.uint8)
        th = max(1, int(round(width_pt * self.k)))
        cv2.polylines(mask, [np.round(pts * 4).astype(np.int32)], False, 255, th, cv2.LINE_AA, 2)
        m = cv2.GaussianBlur(mask.astype(np.float32) / 255.0, (3, 3), 0.6)
        _blend(self.page, m, 0, 0, self.ink, 0.92)


def _smooth(pts, per):
    """Catmull-Rom through points, per samples per segment."""
    if len(pts) < 3:
        return pts
    p = np.vstack([pts[0], pts, pts[-1]])
    out = []
    for i in range(1, len(p) - 2):
        p0, p1, p2, p3 = p[i - 1], p[i], p[i + 1], p[i + 2]
        for t in np.linspace(0, 1, per, endpoint=False):
            t2, t3 = t * t, t * t * t
            out.append(
                0.5
                * (
                    2 * p1
                    + (-p0 + p2) * t
                    + (2 * p0 - 5 * p1 + 4 * p2 - p3) * t2
                    + (-p0 + 3 * p1 - 3 * p2 + p3) * t3
                )
            )
    out.append(p[-2])
    return np.array(out, np.float32)


def signature_strokes(rng, name):
    """Pen strokes of a signature in unit coords (x right, y up, height ~1).

    A capital loop for the initial, a run of cursive loops (one per letter of the
    name, heights following ascenders/descenders), sometimes a second word, and a flourish.
    """
    strokes = []
    slant = rng.uniform(0.15, 0.45)
    x = 0.0

    def word(x, letters, cap_h):
        pts = []
        # capital: a tall loop
        for t in np.linspace(0, 1, 22):
            a = 2 * math.pi * t
            pts.append((x + 0.18 * math.sin(a) + 0.1 * t, cap_h * (0.5 - 0.5 * math.cos(a))))
        x += 0.25
        for ch in letters.lower():
            if not ch.isalpha():
                continue
            h = 0.32
            if ch in "bdfhklt":
                h = 0.8
            elif ch in "gjpqy":
                h = -0.5
            h *= rng.uniform(0.75, 1.2)
            w = rng.uniform(0.13, 0.2)
            for t in np.linspace(0, 1, 9)[1:]:
                a = 2 * math.pi * t
                yy = (0.5 - 0.5 * math.cos(a)) * h
                pts.append((x + w * t - 0.06 * math.sin(a) * abs(h), yy))
            x += w
        return pts, x

    parts = [p for p in name.replace("-", " ").split() if p][:2]
    first = parts[0]
    n_letters = rng.randint(4, max(5, min(8, len(first))))
    pts, x = word(0.0, first[1:n_letters] if len(first) > 1 else "ee", rng.uniform(0.9, 1.3))
    strokes.append(pts)
    if len(parts) > 1 and rng.random() < 0.5:
        pts2, x = word(x + 0.2, parts[1][1 : rng.randint(3, 6)], rng.uniform(0.8, 1.1))
        strokes.append(pts2)
    # flourish: back under the name and out to the right
    fl = rng.choice(["under", "loop", "tail", "none_dot"])
    if fl == "under":
        strokes.append(
            [(x, 0.05), (x + 0.2, -0.15), (x * 0.5, -0.3), (-0.1, -0.25), (x * 0.7, -0.35)]
        )
    elif fl == "loop":
        strokes[-1] += [(x + 0.3, 0.4), (x + 0.1, 0.7), (x - 0.1, 0.2), (x + 0.6, -0.2)]
    elif fl == "tail":
        strokes[-1] += [(x + 0.25, -0.05), (x + 0.9, 0.2)]
    else:
        strokes.append([(x + 0.2, 0.5), (x + 0.22, 0.52)])
    out = []
    for st in strokes:
        arr = np.array(st, np.float32)
        arr[:, 0] += arr[:, 1] * slant
        noise = np.cumsum(np.array([(rng.gauss(0, 0.01), rng.gauss(0, 0.01)) for _ in arr]), 0)
        out.append(arr + noise.astype(np.float32))
    return out


def draw_signature(pen, rect, name, rng, scale=None):
    """Sign inside rect (points) with the pen."""
    strokes = signature_strokes(rng, name)
    allp = np.vstack(strokes)
    minx, miny = allp.min(0)
    maxx, maxy = allp.max(0)
    sw = rect["w"] * rng.uniform(0.45, 0.7)
    k = scale or min(sw / max(maxx - minx, 1e-3), rect["h"] * 0.6 / max(maxy - miny, 1e-3))
    ox = rect["x"] + rng.uniform(0.12, 0.35) * rect["w"]
    oy = rect["y"] + rect["h"] * rng.uniform(0.2, 0.35)
    rot = math.radians(rng.uniform(-7, 9))
    cr, sr = math.cos(rot), math.sin(rot)
    w = rng.uniform(0.9, 1.5)
    for st in strokes:
        pts = []
        for px, py in st:
            u, v = (px - minx) * k, (py - miny) * k
            pts.append((ox + u * cr - v * sr, oy + u * sr + v * cr))
        pen.polyline(pts, width_pt=w)


def signature_png(rng, name, ink, w_px=700, h_px=260):
    """A handwritten signature as an RGBA image (for pasting into a PDF)."""
    page = np.full((h_px, w_px, 3), 255, np.uint8)
    dpi = 72.0 * w_px / 250.0
    pen = Pen(page, dpi, "dkg", ink, rng)
    draw_signature(pen, {"x": 0, "y": 0, "w": 250, "h": 250 * h_px / w_px}, name, rng)
    gray = page.astype(np.float32).mean(2)
    alpha = np.clip((255 - gray) * 1.6, 0, 255).astype(np.uint8)
    rgba = np.dstack([np.zeros_like(page) + np.array(INKS[ink], np.uint8), alpha])
    ys, xs = np.nonzero(alpha > 20)
    rgba = rgba[max(0, ys.min() - 8) : ys.max() + 8, max(0, xs.min() - 8) : xs.max() + 8]
    return Image.fromarray(np.ascontiguousarray(rgba), "RGBA")
