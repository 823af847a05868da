"""Pen ink on a page raster: handwriting with per-glyph jitter, signatures, ticks, typed text.

The page is a float32 numpy array (H, W, 3) in 0..255. Every mark is an alpha mask
composited with an ink colour (multiply-like "over" blend).
"""

import math

import cv2
import numpy as np
from PIL import Image, ImageDraw, ImageFilter, ImageFont

HAND_FONTS = {
    "dkg": "/usr/share/fonts/truetype/fifthhorseman/dkg.ttf",
    "ecolier": "/usr/share/fonts/truetype/ecolier-court/Ecolier-court.ttf",
    "breip": "/usr/share/fonts/truetype/breip/Breip.ttf",
    "comic": "/usr/share/fonts/opentype/comic-neue/ComicNeue-Regular.otf",
}
SIG_FONTS = {
    "dancing": "/usr/share/fonts/opentype/dancingscript/DancingScript-Regular.otf",
    "kaushan": "/usr/share/fonts/opentype/kaushanscript/KaushanScript-Regular.otf",
    "dkgit": "/usr/share/fonts/truetype/fifthhorseman/dkgIt.ttf",
    "ecolier": "/usr/share/fonts/truetype/ecolier-court/Ecolier-court.ttf",
}
TYPE_FONTS = {
    "arial": "/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf",
    "times": "/usr/share/fonts/truetype/liberation/LiberationSerif-Regular.ttf",
    "courier": "/usr/share/fonts/truetype/liberation/LiberationMono-Regular.ttf",
    "calibri": "/usr/share/fonts/truetype/crosextra/Carlito-Regular.ttf",
    "helv": "/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf",
}
INKS = {
    "black_ball": ((28, 28, 38), 1.0, False),
    "blue_ball": ((22, 45, 140), 1.0, False),
    "blue_felt": ((18, 38, 165), 1.9, True),
    "black_felt": ((15, 15, 18), 2.0, True),
    "blue_gel": ((30, 30, 120), 1.4, False),
}
_font_cache = {}


def font(path, size):
    key = (path, int(size))
    if key not in _font_cache:
        _font_cache[key] = ImageFont.truetype(path, int(size))
    return _font_cache[key]


def blend(img, mask, x0, y0, color, strength=1.0):
    """Composite a 0..1 float mask onto img at (x0, y0) with the ink colour."""
    h, w = mask.shape
    H, W = img.shape[:2]
    x0, y0 = int(round(x0)), int(round(y0))
    ax0, ay0, ax1, ay1 = max(0, x0), max(0, y0), min(W, x0 + w), min(H, y0 + h)
    if ax0 >= ax1 or ay0 >= ay1:
        return
    m = mask[ay0 - y0 : ay1 - y0, ax0 - x0 : ax1 - x0, None] * strength
    region = img[ay0:ay1, ax0:ax1]
    img[ay0:ay1, ax0:ax1] = region * (1 - m) + np.asarray(color, np.float32) * m


class Pen:
    """A writer: font, ink, neatness. ``scale`` is pixels per point of the page raster."""

    def __init__(self, rng, scale, font_key, ink_key, hasty=0.0):
        self.rng = rng
        self.scale = scale
        self.path = HAND_FONTS.get(font_key) or SIG_FONTS[font_key]
        self.color, self.weight, self.felt = INKS[ink_key]
        self.hasty = hasty
        self.slant = rng.uniform(-0.05, 0.18) + hasty * 0.1
        # block capitals are printed even by people whose joined hand is school cursive
        self.caps_path = HAND_FONTS["comic"] if font_key == "ecolier" else self.path

    def _f(self, size_px, caps=False):
        """Font at a size normalised so that cap and x heights look alike across fonts."""
        path = self.caps_path if caps else self.path
        k, _ = _metrics(path)
        return font(path, max(4, size_px * k))

    def _stroke_px(self, path, size_px):
        _, ratio = _metrics(path)
        want = self.weight * 0.62 * self.scale
        have = ratio * size_px
        return int(round(max(0.0, want - have)))

    def _glyph(self, ch, size_px, caps=False):
        rng = self.rng
        f = self._f(size_px, caps)
        fs = f.size
        pad = int(fs * 0.6)
        w = int(f.getlength(ch) + 2 * pad) + 2
        h = int(fs * 1.6 + 2 * pad)
        im = Image.new("L", (w, h), 0)
        ImageDraw.Draw(im).text((pad, pad + fs), ch, font=f, fill=255, anchor="ls")
        grow = self._stroke_px(self.caps_path if caps else self.path, size_px)
        if grow >= 1:
            im = im.filter(ImageFilter.MaxFilter(min(7, 2 * ((grow + 1) // 2) + 1)))
        ang = rng.gauss(0, 1.6 + 5 * self.hasty)
        sh = self.slant + rng.gauss(0, 0.03 + 0.05 * self.hasty)
        sc = 1 + rng.gauss(0, 0.04 + 0.05 * self.hasty)
        cx, cy = pad, pad + fs
        a = math.radians(ang)
        m = np.array(
            [
                [sc * math.cos(a), -sc * math.sin(a) - sh, 0],
                [sc * math.sin(a), sc * math.cos(a), 0],
            ],
            np.float32,
        )
        m[:, 2] = np.array([cx, cy]) - m[:, :2] @ np.array([cx, cy])
        arr = cv2.warpAffine(np.asarray(im, np.float32) / 255.0, m, (w, h), flags=cv2.INTER_LINEAR)
        if not self.felt:
            # ballpoint: faint skips along the stroke
            noise = np.array([rng.random() for _ in range(16)], np.float32).reshape(4, 4)
            noise = cv2.resize(noise, (w, h), interpolation=cv2.INTER_CUBIC)
            arr *= np.clip(0.78 + 0.3 * noise, 0, 1)
        return arr, pad, pad + fs, f.getlength(ch)

    def write(self, img, text, x_pt, base_pt, size_pt=11.0, spacing=1.0, caps=False):
        """Write ``text`` starting at (x, baseline) in page points; returns end x in points."""
        s = self.scale
        size_px = size_pt * s
        x = x_pt * s
        base = base_pt * s + self.rng.gauss(0, 0.6) * s
        drift = self.rng.gauss(0, 0.012 + 0.02 * self.hasty)
        x0 = x
        for ch in text:
            if ch == " ":
                x += self._f(size_px, caps).getlength(" ") * self.rng.uniform(0.9, 1.4) * spacing
                continue
            arr, ox, oy, adv = self._glyph(ch, size_px, caps)
            dy = self.rng.gauss(0, 0.5 + 1.2 * self.hasty) + (x - x0) * drift
            blend(img, arr, x - ox, base - oy + dy, self.color, self.rng.uniform(0.82, 0.97))
            x += adv * self.rng.uniform(0.93, 1.06) * spacing
        return x / s

    def write_in(self, img, text, rect, size_pt=None, caps=False):
        """Write in a field rectangle (x, y, w, h points), shrinking to fit."""
        x, y, w, h = rect
        text = text.upper() if caps else text
        size = size_pt or min(12.5, h * 0.95)
        up = text.upper() == text
        while self._f(size * self.scale, up).getlength(text) / self.scale > w * 0.95 and size > 6:
            size -= 0.5
        return self.write(img, text, x + self.rng.uniform(1, 8), y + h - 2.5, size, caps=up)

    def comb(self, img, text, cells):
        """One capital per comb box."""
        for ch, (x, y, w, h) in zip(text.upper(), cells):
            if ch == " ":
                continue
            size = h * self.rng.uniform(0.84, 0.95)
            cw = self._f(size * self.scale, True).getlength(ch) / self.scale
            self.write(
                img, ch, x + (w - cw) / 2 + self.rng.gauss(0, 0.5), y + h - 2.0, size, caps=True
            )

    def stroke(self, img, pts_pt, width=None):
        """A polyline in page points drawn with the pen (used for ticks, flourishes)."""
        s = self.scale
        pts = np.array(pts_pt, np.float32) * s
        x0, y0 = pts.min(0) - 10
        x1, y1 = pts.max(0) + 10
        k = 4
        w, h = int((x1 - x0) * k) + 1, int((y1 - y0) * k) + 1
        m = np.zeros((h, w), np.uint8)
        th = max(1, int(round((width or 0.55 * self.weight) * s * k / 2.2)))
        p = ((pts - [x0, y0]) * k).astype(np.int32)
        cv2.polylines(m, [p], False, 255, th, cv2.LINE_AA)
        m = cv2.resize(m, (w // k + 1, h // k + 1), interpolation=cv2.INTER_AREA)
        blend(img, m.astype(np.float32) / 255.0, x0, y0, self.color, 0.92)

    def tick(self, img, rect, kind="cross"):
        x, y, w, h = rect
        r = self.rng
        j = 1.0 + 1.5 * self.hasty
        if kind == "cross":
            self.stroke(
                img,
                [
                    (x + r.uniform(-1, 1) * j, y + r.uniform(-1, 1) * j),
                    (x + w + r.uniform(-1, 1) * j, y + h + r.uniform(-1, 1) * j),
                ],
            )
            self.stroke(
                img,
                [
                    (x + w + r.uniform(-1, 1) * j, y + r.uniform(-1, 1) * j),
                    (x + r.uniform(-1, 1) * j, y + h + r.uniform(-1, 1) * j),
                ],
            )
        else:
            self.stroke(
                img,
                _curve(
                    [
                        (x + 1, y + h * 0.5),
                        (x + w * 0.4, y + h + 1),
                        (x + w + 3 + r.uniform(0, 3) * j, y - 3 - r.uniform(0, 3)),
                    ]
                ),
            )

    def dot(self, img, cx, cy, radius=1.2):
        s = self.scale
        rr = int(radius * s * 2) + 3
        m = np.zeros((2 * rr + 1, 2 * rr + 1), np.float32)
        cv2.circle(m, (rr, rr), max(1, int(radius * s)), 1.0, -1, cv2.LINE_AA)
        blend(img, m, cx * s - rr, cy * s - rr, self.color, 0.9)


_metric_cache = {}


def _metrics(path):
    """(size factor, stroke width / size) of a font, measured once."""
    if path not in _metric_cache:
        f = font(path, 200)
        cap = f.getbbox("H", anchor="ls")
        xh = f.getbbox("x", anchor="ls")
        kc = 0.7 * 200 / max(1, cap[3] - cap[1])
        kx = 0.44 * 200 / max(1, xh[3] - xh[1])
        k = max(kc, min(kx, kc * 1.5))
        im = Image.new("L", (300, 300), 0)
        ImageDraw.Draw(im).text(
            (50, 250), "i", font=font(path, int(200 * k)), fill=255, anchor="ls"
        )
        row = np.asarray(im)[235] > 127
        _metric_cache[path] = (k, row.sum() / 200)
    return _metric_cache[path]


def _curve(pts, n=24):
    """Quadratic-ish smooth curve through three points (Chaikin-style)."""
    a, b, c = (np.array(p, np.float32) for p in pts)
    t = np.linspace(0, 1, n)[:, None]
    return ((1 - t) ** 2 * a + 2 * (1 - t) * t * b + t**2 * c).tolist()


def signature_mask(rng, name, font_key, weight, w_px, h_px):
    """A handwritten signature: slanted script name squeezed together plus a flourish."""
    path = SIG_FONTS[font_key]
    size = int(h_px * rng.uniform(0.42, 0.55))
    im = Image.new("L", (w_px * 2, h_px * 2), 0)
    d = ImageDraw.Draw(im)
    x, base = int(w_px * 0.12), int(h_px * 1.05)
    first = True
    for ch in name:
        if ch == " ":
            x += int(size * rng.uniform(0.12, 0.3))
            continue
        dy = int(rng.gauss(0, size * 0.04))
        sz = int(size * (1.25 if first else rng.uniform(0.9, 1.05)))
        d.text((x, base + dy), ch, font=font(path, sz), fill=255, anchor="ls")
        x += int(font(path, sz).getlength(ch) * rng.uniform(0.72, 0.88))
        first = False
    end_x = x
    arr = np.asarray(im, np.float32) / 255.0
    k = max(1, int(weight * size / 38))
    if k > 1:
        arr = cv2.dilate(arr, np.ones((k, k), np.uint8))
    # flourish: a long stroke from the end of the name, under it and back
    pts, n = [], 60
    sx, sy = end_x, base - size * rng.uniform(0.1, 0.4)
    ex, ey = w_px * 0.12 + rng.uniform(-20, 40), base + size * rng.uniform(0.15, 0.4)
    mx, my = (sx + ex) / 2 + rng.uniform(-40, 40), base + size * rng.uniform(0.5, 0.9)
    for i in range(n + 1):
        t = i / n
        px = (1 - t) ** 2 * sx + 2 * (1 - t) * t * mx + t * t * ex
        py = (1 - t) ** 2 * sy + 2 * (1 - t) * t * my + t * t * ey
        pts.append((px, py))
    if rng.random() < 0.5:
        pts += [
            (ex + size * 0.6 * i / 8 + size * 0.2, ey - size * 0.05 * math.sin(i)) for i in range(9)
        ]
    m = np.zeros(arr.shape, np.uint8)
    cv2.polylines(
        m, [np.array(pts, np.int32)], False, 255, max(2, int(size / 22 * weight)), cv2.LINE_AA
    )
    arr = np.maximum(arr, m.astype(np.float32) / 255.0)
    # slant the whole thing and crop back to the box size
    sh = rng.uniform(0.15, 0.35)
    mat = np.array([[1, -sh, sh * base], [0, 1, 0]], np.float32)
    arr = cv2.warpAffine(arr, mat, (w_px * 2, h_px * 2))
    ys, xs = np.nonzero(arr > 0.05)
    if len(xs):
        arr = arr[max(0, ys.min() - 4) : ys.max() + 4, max(0, xs.min() - 4) : xs.max() + 4]
    fit = min(w_px * 0.9 / arr.shape[1], h_px * 0.9 / arr.shape[0], 1.0)
    if fit < 1.0:
        arr = cv2.resize(
            arr, (int(arr.shape[1] * fit), int(arr.shape[0] * fit)), interpolation=cv2.INTER_AREA
        )
    return np.clip(arr, 0, 1)


def sign(img, rng, scale, rect, name, font_key, ink_key):
    """Put a handwritten signature in the box ``rect`` (points)."""
    x, y, w, h = rect
    color, weight, _ = INKS[ink_key]
    m = signature_mask(rng, name, font_key, weight, int(w * scale), int(h * scale))
    mh, mw = m.shape
    ox = x * scale + rng.uniform(0.05, 0.9) * max(1, w * scale - mw)
    oy = y * scale + rng.uniform(0.2, 0.8) * max(1, h * scale - mh)
    blend(img, m, ox, oy, color, rng.uniform(0.85, 0.97))


def signature_png(rng, name, font_key, ink_key, w_px, h_px):
    """A signature as an RGBA PIL image (a scanned signature pasted into a PDF)."""
    color, weight, _ = INKS[ink_key]
    m = signature_mask(rng, name, font_key, weight, w_px, h_px)
    rgba = np.zeros(m.shape + (4,), np.uint8)
    rgba[..., :3] = color
    rgba[..., 3] = (m * 255).astype(np.uint8)
    return Image.fromarray(rgba, "RGBA")


def typed(img, text, x_pt, base_pt, scale, font_key="arial", size_pt=10.0, color=(20, 20, 20)):
    """Machine-printed text (typed on screen then printed)."""
    f = font(TYPE_FONTS[font_key], size_pt * scale)
    w = int(f.getlength(text)) + 8
    h = int(size_pt * scale * 1.8) + 4
    im = Image.new("L", (w, h), 0)
    ImageDraw.Draw(im).text((2, int(size_pt * scale * 1.2)), text, font=f, fill=255, anchor="ls")
    blend(
        img,
        np.asarray(im, np.float32) / 255.0,
        x_pt * scale - 2,
        base_pt * scale - size_pt * scale * 1.2,
        color,
    )
    return x_pt + f.getlength(text) / scale
