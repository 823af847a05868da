"""Pen strokes on rendered pages: handwriting with per-glyph jitter, ticks, signatures,
crossed-out corrections; then scanner / phone-camera looks."""

from __future__ import annotations

import io
import math
import unicodedata

import cv2
import numpy as np
from fontTools.ttLib import TTFont as FTFont
from PIL import Image, ImageDraw, ImageFilter, ImageFont

cv2.setNumThreads(1)

TT = "/usr/share/fonts/truetype/"
HAND_FONTS = {
    "breip": TT + "breip/Breip.ttf",
    "ecolier": TT + "ecolier-court/Ecolier-court.ttf",
    "dkg": TT + "fifthhorseman/dkg.ttf",
    "humor": TT + "humor-sans/Humor-Sans.ttf",
    "ruf": TT + "rufscript/Rufscript010.ttf",
}
# size factor (x-height differs a lot between fonts) and pen width (MaxFilter size)
TUNE = {
    "breip": (1.12, 3),
    "ecolier": (1.45, 3),
    "dkg": (0.95, 1),
    "humor": (0.92, 1),
    "ruf": (1.0, 1),
}
INKS = {
    "blue": (22, 42, 140),
    "black": (28, 28, 34),
    "darkblue": (15, 25, 90),
    "bic": (35, 60, 165),
}
_CMAPS: dict = {}
_FONTS: dict = {}


def cmap(font_key):
    if font_key not in _CMAPS:
        _CMAPS[font_key] = set(FTFont(HAND_FONTS[font_key]).getBestCmap())
    return _CMAPS[font_key]


def as_written(text: str, font_key: str) -> str:
    """What the hand really puts on paper: letters missing from the pen's repertoire lose
    their accent (people often drop accents when writing capitals)."""
    cm = cmap(font_key)
    out = []
    for ch in text:
        if ord(ch) in cm or ch == " ":
            out.append(ch)
            continue
        base = unicodedata.normalize("NFKD", ch)
        base = "".join(b for b in base if not unicodedata.combining(b))
        base = {"ł": "l", "Ł": "L", "ı": "i"}.get(ch, base)
        out.append(base if base and all(ord(b) in cm for b in base) else "?")
    s = "".join(out)
    assert "?" not in s, (text, font_key)
    return s


def comb_font(key):
    return "breip" if key == "ecolier" else key


def _font(key, px):
    k = (key, int(px))
    if k not in _FONTS:
        _FONTS[k] = ImageFont.truetype(HAND_FONTS[key], int(px))
    return _FONTS[k]


class Hand:
    def __init__(self, rng, font, ink="blue", slant=0.0, jitter=1.0, size=1.0, wall=0.0):
        self.rng, self.font, self.ink = rng, font, INKS[ink]
        self.slant, self.jitter, self.size, self.wall = slant, jitter, size, wall


class Sheet:
    """A rendered page with a point->pixel scale; origin top-left."""

    def __init__(self, img: Image.Image, dpi: float):
        self.img = img.convert("RGB")
        self.k = dpi / 72.0

    def px(self, v):
        return v * self.k

    # --- handwriting -------------------------------------------------------------------
    def glyph(self, hand: Hand, ch, cx, base, size_pt, center=False):
        """Draw one glyph; return its advance in points."""
        rng = hand.rng
        if ch == " ":
            return size_pt * 0.35
        tune, thick = TUNE[hand.font]
        sz = size_pt * tune * hand.size * (1 + rng.uniform(-0.07, 0.07) * hand.jitter)
        f = _font(hand.font, self.px(sz))
        adv = f.getlength(ch) / self.k
        pad = int(self.px(sz))
        box = Image.new("L", (int(adv * self.k) + 2 * pad, 3 * pad), 0)
        ImageDraw.Draw(box).text((pad, pad), ch, font=f, fill=255)
        ang = -hand.slant + rng.uniform(-4, 4) * hand.jitter
        if thick > 1:
            box = box.filter(ImageFilter.MaxFilter(thick))
        box = box.rotate(ang, resample=Image.BICUBIC, center=(pad, pad * 2))
        ox = 0.0
        if center:
            ox = -adv / 2
        asc = f.getmetrics()[0] / self.k
        x = self.px(cx + ox + rng.uniform(-0.4, 0.4) * hand.jitter) - pad
        y = self.px(base - asc + rng.uniform(-0.7, 0.7) * hand.jitter) - pad
        ink = Image.new("RGB", box.size, hand.ink)
        dens = rng.uniform(0.82, 1.0)
        mask = box.point(lambda v, d=dens: int(v * d))
        self.img.paste(ink, (round(x), round(y)), mask)
        return adv

    def write(self, hand: Hand, text, x, base, size_pt=11.0, spacing=1.0):
        """Write text on a baseline; returns the x where it ended."""
        for ch in text:
            x += self.glyph(hand, ch, x, base, size_pt) * spacing
            x += hand.rng.uniform(-0.2, 0.5)
        return x

    def write_in(self, hand: Hand, text, rect, size_pt=11.0, dx=4.0):
        x, top, w, h = rect
        need = self.measure(hand, text, size_pt)
        if need > w - dx - 2:
            size_pt *= (w - dx - 2) / need
        base = top + h - max(2.5, h * 0.22) + hand.rng.uniform(-1, 1)
        return self.write(hand, text, x + dx + hand.rng.uniform(0, 4), base, size_pt)

    def measure(self, hand, text, size_pt):
        f = _font(hand.font, self.px(size_pt * hand.size * TUNE[hand.font][0]))
        return sum((f.getlength(c) / self.k if c != " " else size_pt * 0.35) + 0.15 for c in text)

    def write_comb(self, hand: Hand, text, cells, size_pt=None):
        """Capitals one per box (school-cursive hands switch to print capitals)."""
        rng = hand.rng
        font = hand.font
        hand.font = comb_font(font)
        for ch, (x, top, w, h) in zip(text, cells):
            if ch == " ":
                continue
            sz = size_pt or h * 0.78
            off = rng.uniform(-0.12, 0.12) * w
            if hand.wall and rng.random() < hand.wall:
                off = rng.choice([-1, 1]) * w * rng.uniform(0.28, 0.4)
                sz *= 1.12
            self.glyph(hand, ch, x + w / 2 + off, top + h * 0.84, sz, center=True)
        hand.font = font

    # --- strokes ---------------------------------------------------------------------
    def stroke(self, pts_pt, hand: Hand, width_pt=0.9):
        pts = [(self.px(x), self.px(y)) for x, y in pts_pt]
        d = ImageDraw.Draw(self.img)
        wpx = max(1, round(self.px(width_pt)))
        d.line(pts, fill=hand.ink, width=wpx, joint="curve")

    def tick(self, hand: Hand, rect, style="check"):
        rng = hand.rng
        x, top, w, h = rect
        j = lambda: rng.uniform(-0.8, 0.8)
        if style == "cross":
            self.stroke([(x - 1 + j(), top - 1 + j()), (x + w + 1 + j(), top + h + 1 + j())], hand)
            self.stroke([(x + w + 1 + j(), top - 1 + j()), (x - 1 + j(), top + h + 1 + j())], hand)
        elif style == "fill":
            for i in range(9):
                yy = top + 1 + i * (h - 2) / 8
                self.stroke(
                    [(x + 1 + j() * 0.3, yy), (x + w - 1 + j() * 0.3, yy + j() * 0.4)], hand, 1.3
                )
        else:
            pts = [
                (x + w * 0.15, top + h * 0.5),
                (x + w * 0.42, top + h * 0.9),
                (x + w * 1.15, top - h * 0.45),
            ]
            pts = [(a + j() * 0.5, b + j() * 0.5) for a, b in pts]
            self.stroke(pts, hand, 1.0)

    def strike(self, hand: Hand, x0, x1, base, size_pt):
        y = base - size_pt * 0.33
        rng = hand.rng
        self.stroke([(x0 - 1, y + rng.uniform(-1, 1)), (x1 + 1, y + rng.uniform(-1, 1))], hand, 1.1)
        if rng.random() < 0.6:
            self.stroke([(x0, y + 2), (x1, y - 1.5)], hand, 1.0)

    def signature(self, hand: Hand, rect, initials: str):
        """A pen-stroke signature: an initial loop, a cursive wave and a flourish."""
        rng = hand.rng
        x, top, w, h = rect
        cx0 = x + w * rng.uniform(0.12, 0.3)
        base = top + h * rng.uniform(0.58, 0.7)
        amp = h * rng.uniform(0.16, 0.26)
        pts = []
        # big initial loop
        r = amp * 1.25
        for t in np.linspace(0, 2 * math.pi * 1.1, 40):
            pts.append((cx0 + r * 0.55 * math.sin(t), base - r + r * math.cos(t) * 1.1))
        length = w * rng.uniform(0.42, 0.6)
        n = 120
        freq = rng.uniform(5.0, 8.5) + len(initials)
        phase = rng.uniform(0, 6)
        x1 = pts[-1][0]
        for i in range(n):
            t = i / (n - 1)
            xx = x1 + t * length + 0.18 * amp * math.sin(freq * 2 * math.pi * t * 1.3 + phase)
            yy = base - amp * 0.5 * (1 + math.sin(freq * 2 * math.pi * t + phase))
            yy -= amp * 0.15 * t * rng.uniform(0.5, 1.5)
            pts.append((xx, yy))
        self.stroke(pts, hand, rng.uniform(0.8, 1.2))
        # flourish underline
        fx0 = x + w * rng.uniform(0.08, 0.2)
        fl = [
            (fx0 + t * w * 0.7, base + h * 0.12 + math.sin(t * 3.0) * h * 0.05)
            for t in np.linspace(0, 1, 30)
        ]
        self.stroke(fl, hand, 0.9)
        if rng.random() < 0.5:
            dx = x1 + length + 6
            self.stroke([(dx, base - amp), (dx + 1.2, base - amp + 1.2)], hand, 1.6)


def signature_png(rng, ink="blue", w_pt=200, h_pt=70, dpi=200, initials="XX") -> bytes:
    """A handwritten signature on a transparent background (to paste in a PDF)."""
    k = dpi / 72
    img = Image.new("RGB", (int(w_pt * k), int(h_pt * k)), (255, 255, 255))
    sh = Sheet(img, dpi)
    hand = Hand(rng, "dkg", ink)
    sh.signature(hand, (0, 0, w_pt, h_pt), initials)
    arr = np.asarray(sh.img).astype(np.float32)
    alpha = np.clip((255 - arr.min(axis=2)) * 1.6, 0, 255).astype(np.uint8)
    rgba = np.dstack([np.asarray(sh.img), alpha])
    out = io.BytesIO()
    Image.fromarray(rgba, "RGBA").save(out, "PNG")
    return out.getvalue()


# --- looks ----------------------------------------------------------------------------
def _jpeg(img: Image.Image, q: int) -> bytes:
    out = io.BytesIO()
    img.save(out, "JPEG", quality=q, optimize=False)
    return out.getvalue()


def scan_look(img: Image.Image, rng, dpi_in: float, dpi_out=200, grey=True) -> Image.Image:
    """Flatbed scan: grey paper, small skew, slight blur, noise."""
    k = dpi_out / dpi_in
    img = img.resize((int(img.width * k), int(img.height * k)), Image.LANCZOS)
    a = np.asarray(img).astype(np.float32)
    paper = np.array([rng.uniform(232, 246)] * 3, dtype=np.float32)
    paper += np.array([rng.uniform(-3, 3), rng.uniform(-3, 3), rng.uniform(-6, 0)])
    a = a / 255.0 * paper
    h, w = a.shape[:2]
    ang = rng.uniform(-1.2, 1.2)
    m = cv2.getRotationMatrix2D((w / 2, h / 2), ang, 1.0)
    m[0, 2] += rng.uniform(-12, 12)
    m[1, 2] += rng.uniform(-12, 12)
    a = cv2.warpAffine(
        a, m, (w, h), flags=cv2.INTER_LINEAR, borderValue=tuple(float(v) for v in paper * 0.97)
    )
    nrng = np.random.default_rng(rng.randrange(1 << 30))
    a += nrng.normal(0, 3.0, a.shape[:2])[..., None]
    a = np.clip(a, 0, 255).astype(np.uint8)
    out = Image.fromarray(a).filter(ImageFilter.GaussianBlur(rng.uniform(0.3, 0.7)))
    if grey and rng.random() < 0.5:
        out = out.convert("L").convert("RGB")
    return out


def photo_look(img: Image.Image, rng, rot=0) -> Image.Image:
    """Phone photo of a sheet on a table: perspective, shadow, uneven light, cast, blur."""
    long_side = rng.choice([3024, 3264, 4000])
    short = long_side * 3 // 4
    W, H = short, long_side
    nrng = np.random.default_rng(rng.randrange(1 << 30))
    table = np.array(
        rng.choice([(120, 92, 64), (180, 176, 168), (70, 72, 78), (205, 190, 160)]),
        dtype=np.float32,
    )
    bg = np.ones((H, W, 3), np.float32) * table
    grain = cv2.GaussianBlur(nrng.normal(0, 14, (H // 8, W // 8)).astype(np.float32), (0, 0), 3)
    bg += cv2.resize(grain, (W, H))[..., None]
    src = np.asarray(img.convert("RGB")).astype(np.float32)
    sh, sw = src.shape[:2]
    scale = rng.uniform(0.78, 0.9) * min(W / sw, H / sh)
    pw, ph = sw * scale, sh * scale
    cx, cy = W / 2 + rng.uniform(-60, 60), H / 2 + rng.uniform(-80, 80)
    corners = np.float32(
        [
            [cx - pw / 2, cy - ph / 2],
            [cx + pw / 2, cy - ph / 2],
            [cx + pw / 2, cy + ph / 2],
            [cx - pw / 2, cy + ph / 2],
        ]
    )
    jit = lambda: rng.uniform(-0.045, 0.045) * pw
    dst = corners + np.float32([[jit(), jit()] for _ in range(4)])
    dst[0, 0] += pw * rng.uniform(0, 0.04)
    dst[1, 0] -= pw * rng.uniform(0, 0.04)
    m = cv2.getPerspectiveTransform(np.float32([[0, 0], [sw, 0], [sw, sh], [0, sh]]), dst)
    warped = cv2.warpPerspective(src, m, (W, H), flags=cv2.INTER_LINEAR)
    mask = cv2.warpPerspective(np.ones((sh, sw), np.float32), m, (W, H))
    mask = cv2.GaussianBlur(mask, (0, 0), 1.2)[..., None]
    a = warped * mask + bg * (1 - mask)
    # light: gradient + soft shadow of the phone/hand
    yy, xx = np.mgrid[0:H, 0:W].astype(np.float32)
    gx, gy = rng.uniform(-1, 1), rng.uniform(-1, 1)
    light = 1.0 + 0.16 * (gx * (xx / W - 0.5) + gy * (yy / H - 0.5))
    sx, sy, sr = rng.uniform(0, W), rng.uniform(0, H), rng.uniform(0.25, 0.5) * W
    shadow = 1 - rng.uniform(0.12, 0.3) * np.exp(-((xx - sx) ** 2 + (yy - sy) ** 2) / (2 * sr**2))
    a = a * (light * shadow)[..., None]
    cast = np.array([rng.uniform(0.95, 1.05), rng.uniform(0.97, 1.02), rng.uniform(0.86, 0.98)])
    a = a * cast * rng.uniform(0.85, 1.0)
    a += nrng.normal(0, 4.0, (H, W, 1))
    a = np.clip(a, 0, 255).astype(np.uint8)
    a = cv2.GaussianBlur(a, (0, 0), rng.uniform(0.8, 1.6))
    out = Image.fromarray(a)
    if rot:
        out = out.rotate(rot, expand=True)
    return out


def jpeg_bytes(img, rng, lo=78, hi=92):
    return _jpeg(img, rng.randint(lo, hi))
