"""Handwriting on a raster page: jittered glyphs from handwriting fonts, pen
models, tick marks, crosses and procedural signatures.

All drawing goes into per-pen coverage layers (float32 0..1) that are
composited onto the page at the end, so pens of different colours (filled in
pencil, signed in ink) can coexist."""

import math
import unicodedata

import cv2
import numpy as np
from PIL import Image, ImageDraw, ImageFont

from .fonts import HAND_FONTS

# ---------------------------------------------------------------- pens


class Pen:
    def __init__(self, name, rgb, width_mm, cover=0.92, grain=0.0, bleed=0.0, skip=0.0):
        self.name = name
        self.rgb = np.array(rgb, np.float32)
        self.width_mm = width_mm  # stroke width
        self.cover = cover  # max coverage of one stroke
        self.grain = grain  # pixel-level texture (pencil)
        self.bleed = bleed  # blur radius in mm (fountain, felt on cheap paper)
        self.skip = skip  # ballpoint skipping (low-frequency gaps)


PENS = {
    "ballpoint_blue": Pen("ballpoint_blue", (25, 45, 135), 0.38, 0.85, skip=0.25),
    "ballpoint_black": Pen("ballpoint_black", (30, 30, 38), 0.36, 0.85, skip=0.25),
    "bic_blue_light": Pen("bic_blue_light", (60, 85, 170), 0.32, 0.7, skip=0.35),
    "gel_black": Pen("gel_black", (15, 15, 20), 0.45, 0.97),
    "gel_blue": Pen("gel_blue", (20, 30, 150), 0.45, 0.96),
    "felt_black": Pen("felt_black", (20, 20, 22), 0.75, 0.98, bleed=0.06),
    "felt_blue": Pen("felt_blue", (15, 40, 120), 0.7, 0.97, bleed=0.06),
    "fountain_blue": Pen("fountain_blue", (35, 55, 175), 0.5, 0.9, bleed=0.09),
    "pencil": Pen("pencil", (70, 70, 78), 0.4, 0.62, grain=0.55),
}


# ---------------------------------------------------------------- fonts

# per-font tuning: extra stroke weight (px at 300 dpi) and slant that suits it
FONT_TUNING = {
    "dancing": (0.0, 0.0),
    "dancing_bold": (0.0, 0.0),
    "kaushan": (0.0, 0.0),
    "dkg": (0.6, 0.0),
    "dkg_italic": (0.6, 0.0),
    "breip": (1.6, 0.0),
    "breipfont": (1.2, 0.0),
    "humor": (0.0, 0.0),
    "rufscript": (0.0, 0.0),
    "ecolier": (2.2, 0.0),
    "comicneue": (0.4, 0.0),
    "comicneue_light": (1.4, 0.0),
}

_font_cache = {}
_missing_cache = {}
_cap_cache = {}


def font(key, size):
    size = max(6, int(round(size)))
    k = (key, size)
    f = _font_cache.get(k)
    if f is None:
        f = ImageFont.truetype(HAND_FONTS[key], size)
        _font_cache[k] = f
    return f


def has_glyph(key, ch):
    k = (key, ch)
    if k not in _missing_cache:
        f = font(key, 40)
        nd = f.getmask("\ue000")
        m = f.getmask(ch)
        same = m.size == nd.size and bytes(m) == bytes(nd)
        _missing_cache[k] = not same
    return _missing_cache[k]


def cap_ratio(key):
    """Writing-size ratio of a font: height of capitals/digits (and of the
    x-height, scaled) divided by the font size, whichever is smallest, so that
    fonts with tiny lowercase or digits are enlarged to stay legible."""
    if key not in _cap_cache:
        f = font(key, 200)

        def hgt(s):
            b = f.getbbox(s, anchor="ls")
            return max(1, b[3] - b[1]) / 200.0

        _cap_cache[key] = max(0.25, min(hgt("H"), hgt("0"), hgt("x") / 0.62))
    return _cap_cache[key]


# ---------------------------------------------------------------- layers


class Ink:
    """Per-pen coverage layers over a page raster (H x W)."""

    def __init__(self, shape, dpi, seed=0):
        self.shape = shape[:2]
        self.dpi = dpi
        self.layers = {}
        self.nprng = np.random.default_rng(seed)
        self.dirty = set()

    def px(self, mm):
        return mm * self.dpi / 25.4

    def layer(self, pen):
        if pen.name not in self.layers:
            self.layers[pen.name] = (pen, np.zeros(self.shape, np.float32))
        return self.layers[pen.name][1]

    def stamp(self, pen, local, x0, y0, rng):
        """Put a local coverage patch (float 0..1) at integer (x0, y0)."""
        if local is None or local.size == 0:
            return
        local = self._pen_texture(pen, local, rng)
        L = self.layer(pen)
        H, W = L.shape
        h, w = local.shape
        x0, y0 = int(round(x0)), int(round(y0))
        xa, ya = max(0, x0), max(0, y0)
        xb, yb = min(W, x0 + w), min(H, y0 + h)
        if xa >= xb or ya >= yb:
            return
        sub = local[ya - y0 : yb - y0, xa - x0 : xb - x0]
        np.maximum(L[ya:yb, xa:xb], sub, out=L[ya:yb, xa:xb])
        T = self.TILE
        for ty in range(ya // T, (yb - 1) // T + 1):
            for tx in range(xa // T, (xb - 1) // T + 1):
                self.dirty.add((ty, tx))

    def _pen_texture(self, pen, m, rng):
        s = self.dpi / 300.0
        if pen.bleed > 0:
            k = max(1, int(self.px(pen.bleed)))
            m = cv2.GaussianBlur(m, (2 * k + 1, 2 * k + 1), k * 0.6)
            m = np.clip(m * 1.25, 0, 1)
        m = m * pen.cover
        h, w = m.shape
        if pen.skip > 0 and h > 4 and w > 4:
            # low-frequency pressure / skipping of a ballpoint
            gh, gw = max(2, h // int(18 * s + 1)), max(2, w // int(18 * s + 1))
            g = self.nprng.random((gh, gw)).astype(np.float32)
            g = cv2.resize(g, (w, h), interpolation=cv2.INTER_CUBIC)
            m = m * np.clip(1.0 - pen.skip * (g - 0.3), 0.55, 1.0)
        if pen.grain > 0:
            g = self.nprng.random((h, w)).astype(np.float32)
            m = m * (1.0 - pen.grain * g)
        return m

    TILE = 128

    def composite(self, img):
        """img: uint8 HxWx3 (RGB).  Multiply-blend every pen layer (dirty tiles only)."""
        out = img.copy()
        T = self.TILE
        pens = [(1.0 - pen.rgb / 255.0, L) for pen, L in self.layers.values()]
        for ty, tx in sorted(self.dirty):
            ys, xs = slice(ty * T, (ty + 1) * T), slice(tx * T, (tx + 1) * T)
            sub = out[ys, xs].astype(np.float32)
            for absorb, L in pens:
                sub *= 1.0 - L[ys, xs][..., None] * absorb[None, None, :]
            out[ys, xs] = sub.astype(np.uint8)  # factors are in [0, 1]
        return out


# ---------------------------------------------------------------- strokes


def _polyline(m, pts, width, taper=True):
    """Draw a polyline with (optionally tapered) width into float mask m."""
    n = len(pts)
    if n < 2:
        return
    tmp = np.zeros(m.shape, np.uint8)
    for i in range(n - 1):
        t = i / max(1, n - 2)
        wf = 1.0
        if taper:
            wf = 0.55 + 0.45 * math.sin(math.pi * min(1.0, max(0.0, t)) * 0.999 + 0.001)
        th = max(1, int(round(width * wf)))
        p1 = (int(round(pts[i][0] * 4)), int(round(pts[i][1] * 4)))
        p2 = (int(round(pts[i + 1][0] * 4)), int(round(pts[i + 1][1] * 4)))
        cv2.line(tmp, p1, p2, 255, th, cv2.LINE_AA, 2)
    np.maximum(m, tmp.astype(np.float32) / 255.0, out=m)


def _circle(m, cx, cy, radius):
    """Filled anti-aliased disc (pixel units) into float mask m."""
    tmp = np.zeros(m.shape, np.uint8)
    cv2.circle(
        tmp,
        (int(round(cx * 4)), int(round(cy * 4))),
        max(1, int(round(radius * 4))),
        255,
        -1,
        cv2.LINE_AA,
        2,
    )
    np.maximum(m, tmp.astype(np.float32) / 255.0, out=m)


def _smooth_noise(rng, n, amp, k=7):
    v = np.array([rng.gauss(0, 1) for _ in range(n + 2 * k)])
    ker = np.ones(k) / k
    v = np.convolve(v, ker, mode="same")[k : k + n]
    return v * amp


def _bezier(p0, p1, p2, p3, n=40):
    t = np.linspace(0, 1, n)[:, None]
    p0, p1, p2, p3 = map(np.array, (p0, p1, p2, p3))
    return (
        ((1 - t) ** 3) * p0 + 3 * ((1 - t) ** 2) * t * p1 + 3 * (1 - t) * t * t * p2 + (t**3) * p3
    )


# ---------------------------------------------------------------- writer


class Hand:
    """One person's handwriting: a font, a pen, a size and habits."""

    def __init__(
        self,
        ink,
        pen,
        font_key,
        rng,
        cap_mm=3.6,
        slant=0.0,
        jitter=1.0,
        spacing=1.0,
        caps_font=None,
    ):
        self.ink = ink
        self.pen = pen
        self.font_key = font_key
        self.caps_font = caps_font or font_key
        self.rng = rng
        self.cap_mm = cap_mm
        self.slant = slant  # degrees, positive leans right
        self.jitter = jitter
        self.spacing = spacing

    # -- text ------------------------------------------------------------
    def _glyph(self, key, ch, size, angle):
        f = font(key, size)
        asc, desc = f.getmetrics()
        wch = max(1, int(f.getlength(ch))) if ch.strip() else 1
        pad = int(size * 0.35) + 2
        im = Image.new("L", (wch + 2 * pad, asc + desc + 2 * pad), 0)
        d = ImageDraw.Draw(im)
        d.text((pad, pad + asc), ch, font=f, fill=255, anchor="ls")
        if abs(angle) > 0.05:
            im = im.rotate(angle, resample=Image.BICUBIC, center=(pad, pad + asc))
        return np.asarray(im, np.float32) / 255.0, pad, pad + asc, f.getlength(ch)

    def _accent(self, m, mark, gx0, gx1, top, size, width):
        """Draw a combining accent by hand above x-range [gx0, gx1]."""
        cx = (gx0 + gx1) / 2
        a = size * 0.09
        y = top - size * 0.08
        r = self.rng
        jx = r.uniform(-0.04, 0.04) * size
        if mark == "\u0301":  # acute
            pts = [(cx - a + jx, y), (cx + a + jx, y - a * 1.6)]
        elif mark == "\u0300":  # grave
            pts = [(cx - a + jx, y - a * 1.6), (cx + a + jx, y)]
        elif mark == "\u0302":  # circumflex
            pts = [(cx - a * 1.2 + jx, y), (cx + jx, y - a * 1.4), (cx + a * 1.2 + jx, y)]
        elif mark == "\u0308":  # diaeresis
            for dx in (-a, a):
                _circle(m, cx + dx + jx, y - a * 0.5, max(1.0, width * 0.55))
            return
        elif mark == "\u0303":  # tilde
            pts = [
                (cx - a * 1.3 + jx, y - a * 0.3),
                (cx - a * 0.4 + jx, y - a * 1.1),
                (cx + a * 0.4 + jx, y - a * 0.3),
                (cx + a * 1.3 + jx, y - a * 1.1),
            ]
        elif mark == "\u0327":  # cedilla: drawn under the letter
            base = top + size * 0.75
            pts = [
                (cx + jx, base),
                (cx + a * 0.8 + jx, base + a * 0.9),
                (cx - a * 0.6 + jx, base + a * 1.6),
            ]
        else:
            return
        _polyline(m, pts, width, taper=False)

    def text_mask(self, text, cap_px, key=None):
        """Render a string with per-glyph jitter; return (mask, x_org, y_base)."""
        key = key or self.font_key
        r = self.rng
        size = cap_px / cap_ratio(key)
        width = max(1.0, self.ink.px(self.pen.width_mm))
        est_w = int(size * (0.75 * len(text) + 2)) + 10
        H = int(size * 2.2) + 10
        m = np.zeros((H, est_w), np.float32)
        x = size * 0.3
        base = size * 1.2
        drift = math.tan(math.radians(r.uniform(-1.2, 1.2) * self.jitter))
        for ch in text:
            if ch == " ":
                x += size * 0.28 * self.spacing * r.uniform(0.8, 1.3)
                continue
            parts = [ch]
            if not has_glyph(key, ch):
                dec = unicodedata.normalize("NFD", ch)
                parts = [dec[0]] + [c for c in dec[1:]]
                if not has_glyph(key, dec[0]):
                    parts = [dec[0]]
            g_ch = parts[0]
            sc = 1.0 + r.uniform(-0.06, 0.06) * self.jitter
            ang = -self.slant + r.uniform(-3.5, 3.5) * self.jitter
            g, ox, oy, adv = self._glyph(key, g_ch, size * sc, ang)
            dy = r.uniform(-0.05, 0.05) * size * self.jitter + drift * x
            px0 = int(x - ox)
            py0 = int(base + dy - oy)
            gh, gw = g.shape
            xa, ya = max(0, px0), max(0, py0)
            xb, yb = min(est_w, px0 + gw), min(H, py0 + gh)
            if xb > xa and yb > ya:
                sub = g[ya - py0 : yb - py0, xa - px0 : xb - px0]
                np.maximum(m[ya:yb, xa:xb], sub, out=m[ya:yb, xa:xb])
            if len(parts) > 1:
                cols = np.where(g.max(axis=0) > 0.3)[0]
                rows = np.where(g.max(axis=1) > 0.3)[0]
                if len(cols) and len(rows):
                    gx0, gx1 = px0 + cols[0], px0 + cols[-1]
                    top = py0 + rows[0]
                    acc = np.zeros_like(m)
                    for mk in parts[1:]:
                        self._accent(acc, mk, gx0, gx1, top, size, width)
                    np.maximum(m, acc, out=m)
            x += adv * sc * self.spacing * r.uniform(0.96, 1.06)
            if x > est_w - size:
                break
        m = self._weight(m, key)
        return m, 0, base

    def _weight(self, m, key):
        extra = FONT_TUNING.get(key, (0.0, 0.0))[0] * self.ink.dpi / 300.0
        pen_px = self.ink.px(self.pen.width_mm)
        # thicker pens thicken the glyph outlines a little
        grow = extra + max(0.0, pen_px - self.ink.px(0.4)) * 0.6
        k = int(round(grow))
        if k >= 1:
            ker = cv2.getStructuringElement(cv2.MORPH_ELLIPSE, (k + 1, k + 1))
            m = cv2.dilate(m, ker)
        return m

    def write(self, text, x_px, base_px, cap_px=None, key=None, max_w=None):
        """Write text with its baseline starting at (x_px, base_px).  When the
        text would not fit in max_w, write smaller, then squeeze it."""
        if not text:
            return x_px
        cap_px = cap_px or self.ink.px(self.cap_mm)
        m, ox, base = self.text_mask(text, cap_px, key)
        cols = np.where(m.max(axis=0) > 0.05)[0]
        if len(cols) == 0:
            return x_px
        if max_w and cols[-1] > max_w:
            k = max(0.7, max_w / cols[-1])
            m, ox, base = self.text_mask(text, cap_px * k, key)
            cols = np.where(m.max(axis=0) > 0.05)[0]
            if cols[-1] > max_w:
                sq = max_w / cols[-1]
                m = cv2.resize(
                    m, (max(1, int(m.shape[1] * sq)), m.shape[0]), interpolation=cv2.INTER_AREA
                )
                cols = np.where(m.max(axis=0) > 0.05)[0]
        m = m[:, : cols[-1] + 3]
        self.ink.stamp(self.pen, m, x_px - ox, base_px - base, self.rng)
        return x_px + cols[-1]

    def write_cells(self, chars, cells_px, key=None, fill=0.7):
        """One character per comb cell (capitals, digits)."""
        key = key or self.caps_font
        r = self.rng
        for ch, (cx, cy, cw, chh) in zip(chars, cells_px):
            if ch == " " or ch == "":
                continue
            cap = chh * fill * r.uniform(0.9, 1.08)
            m, _, base = self.text_mask(ch, cap, key)
            cols = np.where(m.max(axis=0) > 0.05)[0]
            if not len(cols):
                continue
            gw = cols[-1] - cols[0]
            if gw > cw * 0.86:
                cap *= cw * 0.86 / gw
                m, _, base = self.text_mask(ch, cap, key)
                cols = np.where(m.max(axis=0) > 0.05)[0]
                gw = cols[-1] - cols[0]
            x = cx + (cw - gw) / 2 - cols[0] + r.uniform(-0.09, 0.09) * cw * self.jitter
            y = cy + chh * 0.5 + cap * 0.5 - base + r.uniform(-0.07, 0.07) * chh * self.jitter
            self.ink.stamp(self.pen, m, x, y, r)

    # -- marks -----------------------------------------------------------
    def tick(self, box_px, style="check", outside=0.0, scale=1.0):
        """A tick/cross in a box; `outside` shifts it by that fraction of the box."""
        x, y, w, h = box_px
        r = self.rng
        s = w * scale * r.uniform(1.0, 1.3)
        ox = x + w / 2 + outside * w * r.choice([-1, 1]) * r.uniform(0.6, 1.0)
        oy = y + h / 2 - outside * h * r.uniform(0.2, 0.7)
        width = max(1.5, self.ink.px(self.pen.width_mm) * 1.1)
        pad = int(s * 1.2) + 4
        m = np.zeros((2 * pad, 2 * pad), np.float32)
        c = pad

        def P(u, v):
            return (c + (u - 0.5) * s, c + (v - 0.5) * s)

        if style == "check":
            mid = P(0.38 + r.uniform(-0.05, 0.05), 0.9)
            pts = _bezier(P(0.1, 0.5), P(0.22, 0.65), mid, mid, 10).tolist()
            pts += _bezier(
                mid,
                P(0.55, 0.55),
                P(0.8, 0.05),
                P(1.05 + r.uniform(0, 0.25), -0.25 - r.uniform(0, 0.2)),
                18,
            ).tolist()
            _polyline(m, pts, width)
        elif style == "cross":
            e = r.uniform(0.0, 0.12)
            _polyline(
                m,
                _bezier(
                    P(0.1 - e, 0.1 - e), P(0.4, 0.45), P(0.6, 0.6), P(0.9 + e, 0.92 + e), 16
                ).tolist(),
                width,
            )
            _polyline(
                m,
                _bezier(
                    P(0.88 + e, 0.08 - e), P(0.6, 0.42), P(0.42, 0.6), P(0.12 - e, 0.9 + e), 16
                ).tolist(),
                width,
            )
        elif style == "fill":
            pts = []
            for i in range(7):
                v = 0.15 + i * 0.11
                pts += [P(0.12, v), P(0.88, v + 0.05)]
            _polyline(m, pts, width, taper=False)
        elif style == "dot":
            _circle(m, c, c, s * 0.12)
        self.ink.stamp(self.pen, m, ox - c, oy - c, r)

    def dot(self, x, y, r_mm=0.5):
        rr = self.ink.px(r_mm)
        pad = int(rr * 2) + 3
        m = np.zeros((2 * pad, 2 * pad), np.float32)
        pts = [
            (
                pad + self.rng.uniform(-rr * 0.3, rr * 0.3),
                pad + self.rng.uniform(-rr * 0.3, rr * 0.3),
            )
            for _ in range(3)
        ]
        for p in pts:
            _circle(m, p[0], p[1], rr * 0.8)
        self.ink.stamp(self.pen, m, x - pad, y - pad, self.rng)

    def line_mark(self, x, y, length_mm, angle_deg):
        L = self.ink.px(length_mm)
        a = math.radians(angle_deg)
        pad = int(L) + 6
        m = np.zeros((2 * pad, 2 * pad), np.float32)
        p0 = (pad, pad)
        p1 = (pad + L * math.cos(a), pad - L * math.sin(a))
        pts = _bezier(
            p0,
            ((p0[0] * 2 + p1[0]) / 3, (p0[1] * 2 + p1[1]) / 3 + 2),
            ((p0[0] + p1[0] * 2) / 3, (p0[1] + p1[1] * 2) / 3 - 1),
            p1,
            12,
        )
        _polyline(m, pts.tolist(), max(1.5, self.ink.px(self.pen.width_mm)))
        self.ink.stamp(self.pen, m, x - pad, y - pad, self.rng)

    def scribble_over(self, rect_px, loops=9):
        """Cross out / smudge a written area so it cannot be read."""
        x, y, w, h = rect_px
        r = self.rng
        pad = 6
        m = np.zeros((int(h) + 2 * pad, int(w) + 2 * pad), np.float32)
        pts = []
        for i in range(loops * 2):
            u = i / (loops * 2 - 1)
            pts.append(
                (
                    pad + u * w + r.uniform(-3, 3),
                    pad + (0.1 if i % 2 == 0 else 0.9) * h + r.uniform(-h * 0.1, h * 0.1),
                )
            )
        _polyline(m, pts, max(2.0, self.ink.px(self.pen.width_mm) * 1.6), taper=False)
        pts2 = [
            (pad + u * w, pad + h * (0.5 + 0.35 * math.sin(u * 31))) for u in np.linspace(0, 1, 80)
        ]
        _polyline(m, pts2, max(2.0, self.ink.px(self.pen.width_mm) * 1.6), taper=False)
        self.ink.stamp(self.pen, m, x - pad, y - pad, r)

    # -- signatures ------------------------------------------------------
    def signature(self, box_px, name, style, fill=0.75, overflow=False, sig_font=None):
        """A handwritten signature inside box_px (x, y, w, h in px)."""
        x, y, w, h = box_px
        r = self.rng
        width = max(1.6, self.ink.px(self.pen.width_mm) * r.uniform(1.0, 1.25))
        tw, th = w * fill * r.uniform(0.75, 1.0), h * r.uniform(0.45, 0.7)
        if overflow:
            tw, th = w * 0.95, h * 1.25
        W, H = int(tw) + 40, int(th) + 40
        m = np.zeros((H, W), np.float32)
        if style in ("script", "initials", "script_underline"):
            key = sig_font or r.choice(["dancing", "kaushan", "dkg_italic", "dancing_bold"])
            label = name if style != "initials" else name
            cap = th * (0.55 if style != "initials" else 0.7)
            hw = Hand(
                self.ink,
                self.pen,
                key,
                r,
                slant=r.uniform(4, 14),
                jitter=1.3,
                spacing=r.uniform(0.85, 1.0),
            )
            tm, _, base = hw.text_mask(label, cap, key)
            cols = np.where(tm.max(axis=0) > 0.05)[0]
            rows = np.where(tm.max(axis=1) > 0.05)[0]
            if len(cols):
                tm = tm[rows[0] : rows[-1] + 1, cols[0] : cols[-1] + 1]
                # shear for a running hand
                sh = math.tan(math.radians(r.uniform(8, 20)))
                hh, ww = tm.shape
                M = np.float32([[1, -sh, sh * hh], [0, 1, 0]])
                tm = cv2.warpAffine(tm, M, (ww + int(sh * hh) + 2, hh))
                k = min((W - 30) / tm.shape[1], (H - 30) / tm.shape[0], 1.6)
                tm = cv2.resize(
                    tm,
                    (max(1, int(tm.shape[1] * k)), max(1, int(tm.shape[0] * k))),
                    interpolation=cv2.INTER_AREA,
                )
                oy = int((H - tm.shape[0]) * r.uniform(0.2, 0.5))
                ox = 10
                hh, ww = tm.shape
                np.maximum(
                    m[oy : oy + hh, ox : ox + ww],
                    tm[: H - oy, : W - ox],
                    out=m[oy : oy + hh, ox : ox + ww],
                )
                if style == "script_underline" or style == "initials":
                    y0 = oy + hh * r.uniform(0.85, 1.05)
                    x1 = ox + ww * r.uniform(0.95, 1.1)
                    pts = _bezier(
                        (ox + ww * 0.1, y0 + 4),
                        (ox + ww * 0.5, y0 + 14),
                        (x1, y0 - 6),
                        (min(W - 5, x1 + 25), y0 - 20),
                        40,
                    )
                    pts[:, 1] += _smooth_noise(r, len(pts), 1.5)
                    _polyline(m, pts.tolist(), width * 0.9)
                    if style == "initials":
                        _circle(m, min(W - 6, x1 + 30), min(H - 6, y0), width * 0.8)
        elif style == "loops":
            self._sig_loops(m, W, H, width)
        elif style == "zigzag":
            self._sig_zigzag(m, W, H, width)
        else:  # "scrawl": capital swirl + flat line
            self._sig_scrawl(m, W, H, width)
        cols = np.where(m.max(axis=0) > 0.05)[0]
        rows = np.where(m.max(axis=1) > 0.05)[0]
        if not len(cols):
            return
        m = m[rows[0] : rows[-1] + 1, cols[0] : cols[-1] + 1]
        hh, ww = m.shape
        if overflow:
            px0 = x + w * r.uniform(0.05, 0.2)
            py0 = y + h - hh * r.uniform(0.55, 0.7)
        else:
            px0 = x + (w - ww) * r.uniform(0.15, 0.75)
            py0 = y + (h - hh) * r.uniform(0.35, 0.8)
        self.ink.stamp(self.pen, m, px0, py0, r)

    def _draw_fitted(self, m, W, H, strokes, widths, dots=()):
        """Scale stroke lists (arbitrary units) to fill the W x H canvas."""
        allp = np.concatenate([np.asarray(st, float) for st in strokes])
        x0, y0 = allp.min(axis=0)
        x1, y1 = allp.max(axis=0)
        k = min((W - 24) / max(1e-6, x1 - x0), (H - 24) / max(1e-6, y1 - y0))
        for st, wd in zip(strokes, widths):
            a = (np.asarray(st, float) - [x0, y0]) * k + 12
            _polyline(m, a.tolist(), wd)
        for dx, dy, rr in dots:
            _circle(m, (dx - x0) * k + 12, (dy - y0) * k + 12, rr)

    def _sig_loops(self, m, W, H, width):
        r = self.rng
        pts = []
        t = np.linspace(0.3 * math.pi, 2.4 * math.pi, 60)
        rx, ry = r.uniform(0.5, 0.9), r.uniform(1.6, 2.4)
        pts += [(rx * math.cos(a) + a * 0.12, -ry * math.sin(a)) for a in t]
        x = pts[-1][0]
        base = r.uniform(0.3, 0.8)
        n = r.randint(5, 9)
        step = r.uniform(0.5, 0.8)
        for i in range(n):
            tall = r.random() < 0.35
            amp = (1.9 if tall else 0.55) * r.uniform(0.8, 1.2)
            for a in np.linspace(0, 2 * math.pi, 16, endpoint=False):
                pts.append(
                    (
                        x + step * a / (2 * math.pi) - step * 0.35 * math.sin(a),
                        base - amp * (1 - math.cos(a)) / 2,
                    )
                )
            x += step
        pts.append((x + 0.9, base - 0.1))
        pts.append((x + 1.6, base - r.uniform(0.6, 1.4)))
        arr = np.array(pts)
        arr[:, 1] += _smooth_noise(r, len(arr), 0.03)
        u = _bezier(
            (0.2, base + 0.5),
            (x * 0.4, base + 0.9),
            (x * 0.7, base + 0.2),
            (x + 0.6, base + 0.45),
            30,
        )
        strokes = [arr, u] if r.random() < 0.7 else [arr]
        self._draw_fitted(m, W, H, strokes, [width, width * 0.8])

    def _sig_zigzag(self, m, W, H, width):
        r = self.rng
        pts = [(0, 0.7)]
        x = 0
        n = r.randint(6, 10)
        for i in range(n):
            x += 0.35
            pts.append((x, r.uniform(0.0, 0.4) if i % 2 == 0 else r.uniform(0.75, 1.0)))
        arr = np.array(pts, float)
        fine = []
        for i in range(len(arr) - 1):
            for t in np.linspace(0, 1, 8, endpoint=False):
                fine.append(arr[i] * (1 - t) + arr[i + 1] * t)
        fine = np.array(fine)
        fine[:, 1] += _smooth_noise(r, len(fine), 0.02)
        cx, cy = x + 0.35, 0.5
        circ = [
            (cx + 0.25 * math.cos(a), cy + 0.3 * math.sin(a))
            for a in np.linspace(0, 2 * math.pi * 1.1, 40)
        ]
        self._draw_fitted(
            m, W, H, [fine, circ], [width, width * 0.9], dots=[(cx + 0.5, 0.25, width * 0.8)]
        )

    def _sig_scrawl(self, m, W, H, width):
        r = self.rng
        sw = [
            (0.5 * (1 - a / 12) * math.cos(a), 0.5 * (1 - a / 12) * math.sin(a))
            for a in np.linspace(0, 4 * math.pi, 70)
        ]
        xs = np.linspace(0.1, 3.2, 90)
        ys = 0.25 + 0.12 * np.sin(xs * r.uniform(3, 5)) + _smooth_noise(r, len(xs), 0.03)
        ys[40:48] -= 0.45 * np.sin(np.linspace(0, math.pi, 8))
        self._draw_fitted(m, W, H, [sw, list(zip(xs, ys))], [width, width])


STAMP_PEN = Pen("stamp_violet", (95, 40, 140), 0.5, 0.8, grain=0.35)


def rubber_stamp(ink, x, y, lines, rng, angle=None, size_mm=3.0):
    """A CPAM reception stamp: framed capitals, uneven ink, slightly rotated."""
    fpath = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
    px = ink.px(size_mm)
    f = ImageFont.truetype(fpath, max(8, int(px)))
    widths = [f.getlength(t) for t in lines]
    W = int(max(widths) + px * 2)
    H = int(len(lines) * px * 1.45 + px * 1.2)
    im = Image.new("L", (W, H), 0)
    d = ImageDraw.Draw(im)
    lw = max(2, int(px * 0.12))
    d.rounded_rectangle(
        (lw, lw, W - lw - 1, H - lw - 1), radius=int(px * 0.4), outline=255, width=lw
    )
    for i, t in enumerate(lines):
        d.text((W / 2, px * 0.6 + (i + 0.8) * px * 1.45), t, font=f, fill=255, anchor="ms")
    ang = rng.uniform(-6, 6) if angle is None else angle
    im = im.rotate(ang, resample=Image.BICUBIC, expand=True)
    m = np.asarray(im, np.float32) / 255.0
    # uneven inking: a soft gradient plus patches
    h, w = m.shape
    g = ink.nprng.random((max(2, h // 25), max(2, w // 25))).astype(np.float32)
    g = cv2.resize(g, (w, h), interpolation=cv2.INTER_CUBIC)
    m = m * np.clip(0.55 + 0.6 * g, 0, 1)
    ink.stamp(STAMP_PEN, m, x, y, rng)
