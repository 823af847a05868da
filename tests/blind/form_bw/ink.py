"""Pen ink on page images: handwriting (glyph by glyph, jittered), ticks, signatures.

Everything works on a numpy float image (H, W, 3) in 0..255 at a known scale
(pixels per PDF point); geometry comes in PDF points (origin bottom-left).
Signatures are pen strokes (polylines with jitter and pressure), never a font.
"""

import logging
import math

import cv2
import numpy as np
from fontTools.ttLib import TTFont as FTFont
from PIL import Image, ImageDraw, ImageFont

from layout import H as PAGE_H

TT = "/usr/share/fonts/truetype/"
HAND_FONTS = {
    "breip": TT + "breip/Breip.ttf",
    "dkg": TT + "fifthhorseman/dkg.ttf",
    "humor": TT + "humor-sans/Humor-Sans.ttf",
    "ruf": TT + "rufscript/Rufscript010.ttf",
    "ecolier": TT + "ecolier-court/Ecolier-court.ttf",
}
# size factor so that capitals come out alike whatever the font
SCALE = {"breip": 1.0, "dkg": 1.05, "humor": 1.2, "ruf": 1.0, "ecolier": 1.45}
_cmaps = {}
logging.getLogger("fontTools").setLevel(logging.ERROR)
_fonts = {}


def _cmap(path):
    if path not in _cmaps:
        _cmaps[path] = set(FTFont(path).getBestCmap())
    return _cmaps[path]


def _font(path, size):
    key = (path, int(size))
    if key not in _fonts:
        _fonts[key] = ImageFont.truetype(path, int(size))
    return _fonts[key]


class Page:
    """A page image plus the points -> pixels mapping."""

    def __init__(self, pil_img):
        self.a = np.asarray(pil_img.convert("RGB"), dtype=np.float32).copy()
        self.s = self.a.shape[0] / PAGE_H

    def px(self, x, y):
        return x * self.s, (PAGE_H - y) * self.s

    def ink(self, mask, x0, y0, color, alpha):
        """Darken with `color` where mask (float 0..1) is, mask top-left at pixel (x0, y0)."""
        h, w = mask.shape
        x0, y0 = int(round(x0)), int(round(y0))
        ys, xs = max(0, y0), max(0, x0)
        ye, xe = min(self.a.shape[0], y0 + h), min(self.a.shape[1], x0 + w)
        if ye <= ys or xe <= xs:
            return
        m = mask[ys - y0 : ye - y0, xs - x0 : xe - x0, None] * alpha
        region = self.a[ys:ye, xs:xe]
        region[:] = region * (1 - m) + np.array(color, np.float32) * m

    def image(self):
        return Image.fromarray(np.clip(self.a, 0, 255).astype(np.uint8))


class Pen:
    def __init__(
        self,
        rng,
        font="breip",
        digits=None,
        color=(20, 30, 110),
        pressure=0.9,
        slant=0.0,
        wobble=1.0,
        width=1.0,
        caps=None,
    ):
        self.rng = rng
        self.font = HAND_FONTS[font]
        self.scale = SCALE[font]
        self.digits = HAND_FONTS[digits] if digits else self.font
        self.caps = HAND_FONTS[caps] if caps else self.font
        self.color = color
        self.pressure = pressure
        self.slant = slant
        self.wobble = wobble
        self.width = width

    def _path_for(self, ch):
        path = self.digits if ch.isdigit() else self.caps if ch.isupper() else self.font
        if ord(ch) in _cmap(path):
            return path
        for alt in (HAND_FONTS["dkg"], HAND_FONTS["breip"]):
            if ord(ch) in _cmap(alt):
                return alt
        return path

    def glyph(self, ch, size_px):
        """Return (mask float array, baseline offset from top, advance)."""
        path = self._path_for(ch)
        f = _font(path, size_px)
        pad = int(size_px * 0.6)
        w = int(f.getlength(ch) + 2 * pad) + 2
        h = int(size_px * 1.6 + 2 * pad)
        im = Image.new("L", (w, h), 0)
        d = ImageDraw.Draw(im)
        base = pad + int(size_px * 1.1)
        stroke = 1 if self.width > 1.15 and size_px > 30 else 0
        d.text((pad, base), ch, font=f, fill=255, anchor="ls", stroke_width=stroke, stroke_fill=255)
        ang = self.rng.gauss(0, 2.5 * self.wobble) - self.slant
        im = im.rotate(ang, resample=Image.BICUBIC, center=(pad, base))
        m = np.asarray(im, np.float32) / 255.0
        m *= self.rng.uniform(0.82, 1.0)
        return m, pad, base, f.getlength(ch)

    def text(self, page, x, y, text, size_pt, max_w=None, box=None):
        """Write text with its baseline at (x, y) points; shrink to fit max_w.

        With box (x, y, w, h in points) the ink is kept inside that box: scaled down
        if it is too big, nudged if it pokes out.
        """
        s = page.s
        size_px = size_pt * s * self.scale
        if max_w:
            est = _font(self.font, size_px).getlength(text) * 1.1
            if est > max_w * s:
                size_px *= max_w * s / est
        # render into a local buffer first
        bw = int(size_px * (len(text) + 4))
        bh = int(size_px * 4)
        buf = np.zeros((bh, bw), np.float32)
        ox, oy = size_px, size_px * 2.2  # baseline origin inside the buffer
        cx = ox
        drift = 0.0
        for ch in text:
            if ch == " ":
                cx += size_px * self.rng.uniform(0.3, 0.42)
                continue
            m, pad, base, adv = self.glyph(ch, size_px)
            drift += self.rng.gauss(0, 0.25 * self.wobble)
            drift = max(-2, min(2, drift))
            jy = self.rng.gauss(0, 0.035 * size_px * self.wobble) + drift * s * 0.2
            gx, gy = int(round(cx - pad)), int(round(oy - base + jy))
            h, w = m.shape
            if gx < 0 or gy < 0 or gx + w > bw or gy + h > bh:
                continue
            region = buf[gy : gy + h, gx : gx + w]
            np.maximum(region, m, out=region)
            cx += adv * self.rng.uniform(1.0, 1.08) + size_px * 0.03
        ys, xs = np.nonzero(buf > 0.08)
        if len(xs) == 0:
            return 0
        x0, x1, y0, y1 = xs.min(), xs.max() + 1, ys.min(), ys.max() + 1
        buf = buf[y0:y1, x0:x1]
        px, py = page.px(x, y)
        left, top = px + (x0 - ox), py + (y0 - oy)
        if box:
            bx, by, bwid, bhei = box
            L, T = page.px(bx, by + bhei)
            R, B = page.px(bx + bwid, by)
            mg = 1.2 * s
            room_w, room_h = (R - L) - 2 * mg, (B - T) - 2 * mg
            hh, ww = buf.shape
            k = min(1.0, room_w / ww, room_h / hh)
            if k < 1.0:
                buf = cv2.resize(
                    buf, (max(1, int(ww * k)), max(1, int(hh * k))), interpolation=cv2.INTER_AREA
                )
                top += hh - buf.shape[0]  # keep it sitting on the baseline
                hh, ww = buf.shape
            left = min(max(left, L + mg), R - mg - ww)
            top = min(max(top, T + mg), B - mg - hh)
        page.ink(buf, left, top, self.color, self.pressure)
        return buf.shape[1] / s

    def in_box(self, page, rect, ch, fill=0.72):
        """One character centred in a comb cell, kept inside the cell."""
        x, y, w, h = rect
        s = page.s
        size_px = h * fill * s
        m, pad, base, adv = self.glyph(ch, size_px)
        ys, xs = np.nonzero(m > 0.08)
        if len(xs) == 0:
            return
        gx0, gx1, gy0, gy1 = xs.min(), xs.max(), ys.min(), ys.max()
        gw, gh = gx1 - gx0, gy1 - gy0
        margin = 0.14 * w * s
        room_w, room_h = w * s - 2 * margin, h * s - 2 * margin
        m = m[gy0 : gy1 + 1, gx0 : gx1 + 1]
        if gh > room_h:  # too tall: scale down evenly
            k = room_h / gh
            m = cv2.resize(
                m, (max(1, int(gw * k)), max(1, int(gh * k))), interpolation=cv2.INTER_AREA
            )
            gh, gw = m.shape[0] - 1, m.shape[1] - 1
        if gw > room_w:  # too wide: squeeze it, as people do in a narrow box
            m = cv2.resize(m, (max(1, int(room_w)), gh + 1), interpolation=cv2.INTER_AREA)
            gw = m.shape[1] - 1
        left, top = page.px(x, y + h)
        free_x = w * s - 2 * margin - gw
        free_y = h * s - 2 * margin - gh
        ox = left + margin + free_x * min(1, max(0, self.rng.gauss(0.5, 0.18)))
        oy = top + margin + free_y * min(1, max(0, self.rng.gauss(0.6, 0.18)))
        page.ink(m, ox, oy, self.color, self.pressure)

    def comb(self, page, cells, text, fill=0.72):
        for rect, ch in zip(cells, text, strict=False):
            if ch != " ":
                self.in_box(page, rect, ch, fill)

    def stroke(self, page, pts_pt, width_pt=0.9, taper=True):
        """Polyline in points with pressure varying along the stroke."""
        s = page.s
        pts = np.array([page.px(x, y) for x, y in pts_pt], np.float32)
        if len(pts) < 2:
            return
        x0, y0 = pts.min(0) - 20
        x1, y1 = pts.max(0) + 20
        mask = np.zeros((int(y1 - y0) + 1, int(x1 - x0) + 1), np.float32)
        n = len(pts)
        base_w = width_pt * s * self.width
        phase = self.rng.uniform(0, 6.28)
        for i in range(n - 1):
            t = i / max(1, n - 2)
            p = 0.75 + 0.25 * math.sin(phase + 7 * t)
            if taper:
                p *= min(1.0, 0.35 + 3 * t, 0.35 + 3 * (1 - t))
            th = max(1, int(round(base_w * p)))
            a = (int(round((pts[i, 0] - x0) * 4)), int(round((pts[i, 1] - y0) * 4)))
            b = (int(round((pts[i + 1, 0] - x0) * 4)), int(round((pts[i + 1, 1] - y0) * 4)))
            cv2.line(mask, a, b, 1.0, th, cv2.LINE_AA, shift=2)
        page.ink(np.clip(mask, 0, 1), x0, y0, self.color, self.pressure)

    def tick(self, page, rect, style="tick"):
        x, y, w, h = rect
        r = self.rng
        i = 0.18
        if style == "cross":
            a = [
                (x + w * (i + r.uniform(0, 0.05)), y + h * (1 - i)),
                (x + w * (1 - i), y + h * (i + r.uniform(0, 0.05))),
            ]
            b = [(x + w * (1 - i - r.uniform(0, 0.05)), y + h * (1 - i)), (x + w * i, y + h * i)]
            self.stroke(page, _dense(a, r, 0.15), 0.9)
            self.stroke(page, _dense(b, r, 0.15), 0.9)
        else:
            pts = [
                (x + w * 0.2, y + h * 0.5),
                (x + w * 0.42, y + h * 0.2),
                (x + w * 0.84, y + h * 0.86),
            ]
            self.stroke(page, _dense(pts, r, 0.1), 1.0)


def _dense(pts, rng, jit=0.2, per=8):
    out = []
    for (ax, ay), (bx, by) in zip(pts, pts[1:], strict=False):
        for k in range(per):
            t = k / per
            out.append(
                (
                    ax + (bx - ax) * t + rng.gauss(0, jit * 0.1),
                    ay + (by - ay) * t + rng.gauss(0, jit * 0.1),
                )
            )
    out.append(pts[-1])
    return out


def _smooth_noise(rng, n, amp, k=9):
    v = np.array([rng.gauss(0, 1) for _ in range(n + k)], np.float32)
    v = np.convolve(v, np.ones(k) / k, mode="valid")[:n]
    return v * amp


def signature_strokes(rng, style, name):
    """Strokes (list of point lists) in a unit-ish box: x in 0..1, y in 0..0.45."""
    strokes = []
    if style == "cursive":
        letters = max(5, min(10, len(name)))
        n = 60 * letters
        t = np.linspace(0, 2 * math.pi * letters, n)
        a, b = 0.13, rng.uniform(0.17, 0.26)
        x = a * t - b * np.sin(t)
        hts = np.interp(
            t,
            np.linspace(0, t[-1], letters + 1),
            [1.8] + [rng.uniform(0.6, 1.2) for _ in range(letters)],
        )
        y = (1 - np.cos(t)) * 0.5 * hts
        x = x + 0.35 * y + _smooth_noise(rng, n, 0.05)
        y = y + _smooth_noise(rng, n, 0.06)
        pts = list(zip(x, y, strict=False))
        # trailing flourish back under the name
        ex, ey = pts[-1]
        p0 = np.array([ex, ey])
        p1 = np.array([ex + 0.5, ey - 0.2])
        p2 = np.array([ex + 0.6, -0.9])
        p3 = np.array([rng.uniform(-0.3, 0.6), -0.45 + rng.uniform(-0.1, 0.1)])
        k = np.linspace(0, 1, 50)[:, None]
        bez = (1 - k) ** 3 * p0 + 3 * (1 - k) ** 2 * k * p1 + 3 * (1 - k) * k**2 * p2 + k**3 * p3
        strokes.append(pts + [tuple(q) for q in bez[1:]])
    elif style == "scrawl":
        n = 160
        t = np.linspace(0, 1, n)
        x = 8 * t + _smooth_noise(rng, n, 0.6)
        y = 1.8 * np.sin(2 * math.pi * t * rng.uniform(3, 5)) * (1.2 - t) + _smooth_noise(
            rng, n, 0.35
        )
        strokes.append(list(zip(x, y + 1, strict=False)))
        strokes.append(
            [(1 + 6.5 * k, -0.4 + 0.3 * k + rng.gauss(0, 0.03)) for k in np.linspace(0, 1, 25)]
        )
    else:  # initials with an underline
        x0 = 0.0
        for _ in range(2):
            n = 90
            t = np.linspace(0, 1, n)
            x = x0 + 1.2 * np.sin(math.pi * t) * rng.uniform(0.6, 1.0) + 0.9 * t
            y = 2.2 * (1 - t) + 0.6 * np.sin(3 * math.pi * t) + _smooth_noise(rng, n, 0.08)
            strokes.append(list(zip(x, y, strict=False)))
            strokes.append(
                [(x0 + 2.3 + rng.gauss(0, 0.05), 0.05 + rng.gauss(0, 0.05)), (x0 + 2.4, 0.1)]
            )
            x0 += 2.8
        strokes.append(
            [(-0.3 + 6.4 * k, -0.45 + 0.15 * math.sin(3 * k)) for k in np.linspace(0, 1, 40)]
            + [(5.9, -0.2), (5.6, 0.05)]
        )
    # normalise
    allp = np.concatenate([np.array(s) for s in strokes])
    mn, mx = allp.min(0), allp.max(0)
    span = mx - mn
    sc = 1.0 / span[0]
    out = []
    for s in strokes:
        a = (np.array(s) - mn) * sc
        out.append([(float(p[0]), float(p[1])) for p in a])
    return out, span[1] * sc


def sign(page, pen, rect, style, name, fill=0.8):
    """Put a signature inside rect (points), kept within the frame."""
    x, y, w, h = rect
    strokes, aspect = signature_strokes(pen.rng, style, name)
    sw = w * fill * pen.rng.uniform(0.55, 0.85)
    sh = sw * aspect
    if sh > h * 0.75:
        sw *= h * 0.75 / sh
        sh = h * 0.75
    ox = x + (w - sw) * pen.rng.uniform(0.25, 0.6)
    oy = y + (h - sh) * pen.rng.uniform(0.3, 0.6)
    for s in strokes:
        pen.stroke(page, [(ox + px * sw, oy + py * sw) for px, py in s], 1.0)


def signature_png(rng, style, name, color=(25, 35, 120), width_px=520):
    """A pasted signature image (RGBA) for the AcroForm fill way."""
    strokes, aspect = signature_strokes(rng, style, name)
    h = int(width_px * aspect) + 40
    mask = np.zeros((h, width_px + 40), np.float32)
    for s in strokes:
        pts = [(int((20 + px * width_px) * 4), int((h - 20 - py * width_px) * 4)) for px, py in s]
        for a, b in zip(pts, pts[1:], strict=False):
            cv2.line(mask, a, b, 1.0, 4, cv2.LINE_AA, shift=2)
    rgba = np.zeros(mask.shape + (4,), np.uint8)
    rgba[..., :3] = color
    rgba[..., 3] = np.clip(mask * 255, 0, 255).astype(np.uint8)
    return Image.fromarray(rgba, "RGBA"), aspect
