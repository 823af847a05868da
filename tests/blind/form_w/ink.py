"""Pen strokes on a raster page: handwriting from solid handwriting fonts with per-glyph
jitter, ticks and crosses, signatures (script name with a flourish, or a scribble) and stray
marks. Everything is drawn into a float "ink coverage" layer that is multiplied onto the page.
"""

from __future__ import annotations

import math
import random
from dataclasses import dataclass

import cv2
import numpy as np
from PIL import Image, ImageDraw, ImageFont

# Solid (filled-stroke) handwriting fonts that carry French accents.
HAND_FONTS = {
    "dancing": "/usr/share/fonts/opentype/dancingscript/DancingScript-Regular.otf",
    "dancing_b": "/usr/share/fonts/opentype/dancingscript/DancingScript-Bold.otf",
    "kaushan": "/usr/share/fonts/opentype/kaushanscript/KaushanScript-Regular.otf",
    "breip": "/usr/share/fonts/truetype/breip/Breip.ttf",
    "dkg_bold": "/usr/share/fonts/truetype/fifthhorseman/dkgBd.ttf",
    "comic": "/usr/share/fonts/opentype/comic-neue/ComicNeue-Regular.otf",
    "comic_b": "/usr/share/fonts/opentype/comic-neue/ComicNeue-Bold.otf",
}
# print-like hands used for capitals in combs and on lines
PRINT_HANDS = ["breip", "dkg_bold", "comic", "comic_b", "kaushan", "dancing_b"]
SIGN_FONTS = [
    "dancing",
    "dancing_b",
    "kaushan",
    "/usr/share/fonts/opentype/urw-base35/Z003-MediumItalic.otf",
]

INKS = {
    "blue": (28, 48, 150),
    "blue_dark": (20, 32, 105),
    "black": (28, 28, 34),
    "blue_gel": (30, 70, 185),
}

_FONT_CACHE: dict[tuple[str, int], ImageFont.FreeTypeFont] = {}


def font(path: str, px: int) -> ImageFont.FreeTypeFont:
    path = HAND_FONTS.get(path, path)
    key = (path, px)
    if key not in _FONT_CACHE:
        _FONT_CACHE[key] = ImageFont.truetype(path, px)
    return _FONT_CACHE[key]


@dataclass
class Hand:
    font: str
    size: float = 1.0  # relative to the slot height
    slant: float = 0.0  # shear, + leans right
    jitter: float = 1.0  # amount of per-glyph randomness
    spacing: float = 1.0
    weight: int = 0  # extra stroke width in px
    ink: str = "blue"


def random_hand(rng: random.Random, ink: str | None = None) -> Hand:
    name = rng.choice(PRINT_HANDS)
    return Hand(
        font=name,
        size=rng.uniform(0.92, 1.1),
        slant=rng.uniform(-0.08, 0.22),
        jitter=rng.uniform(0.7, 1.4),
        spacing=rng.uniform(0.95, 1.12),
        weight=rng.choice([0, 0, 1]) if name in ("breip", "comic") else 0,
        ink=ink or rng.choice(["blue", "blue", "blue_dark", "black", "blue_gel"]),
    )


class InkLayer:
    def __init__(self, width: int, height: int, dpi: float):
        self.a = np.zeros((height, width), np.float32)
        self.dpi = dpi
        self.k = dpi / 72.0

    # -- low level ------------------------------------------------------------------------
    def _stamp(self, mask: np.ndarray, m: np.ndarray, strength: float) -> None:
        """Warp mask (float 0..1) with the 2x3 matrix m into the layer (max blend)."""
        h, w = mask.shape
        corners = np.array([[0, 0, 1], [w, 0, 1], [0, h, 1], [w, h, 1]], np.float32) @ m.T
        x0, y0 = np.floor(corners.min(0)).astype(int) - 2
        x1, y1 = np.ceil(corners.max(0)).astype(int) + 2
        H, W = self.a.shape
        cx0, cy0, cx1, cy1 = max(x0, 0), max(y0, 0), min(x1, W), min(y1, H)
        if cx0 >= cx1 or cy0 >= cy1:
            return
        mm = m.copy()
        mm[0, 2] -= cx0
        mm[1, 2] -= cy0
        patch = cv2.warpAffine(
            mask, mm, (cx1 - cx0, cy1 - cy0), flags=cv2.INTER_LINEAR, borderValue=0
        )
        region = self.a[cy0:cy1, cx0:cx1]
        np.maximum(region, patch * strength, out=region)

    def glyph(
        self,
        ch: str,
        f: ImageFont.FreeTypeFont,
        x: float,
        base: float,
        angle: float,
        shear: float,
        scale: float,
        strength: float,
        weight: int = 0,
    ) -> float:
        """Draw one glyph with its baseline origin at (x, base) px; returns the advance."""
        adv = f.getlength(ch)
        if ch == " ":
            return adv * scale
        l_, t_, r_, b_ = f.getbbox(ch, anchor="ls", stroke_width=weight)
        pad = 4
        w, h = int(r_ - l_) + 2 * pad, int(b_ - t_) + 2 * pad
        if w <= 2 * pad or h <= 2 * pad:
            return adv * scale
        im = Image.new("L", (w, h), 0)
        ox, oy = pad - l_, pad - t_  # origin position in the glyph image
        ImageDraw.Draw(im).text(
            (ox, oy), ch, font=f, fill=255, anchor="ls", stroke_width=weight, stroke_fill=255
        )
        mask = np.asarray(im, np.float32) / 255.0
        ca, sa = math.cos(math.radians(angle)), math.sin(math.radians(angle))
        # glyph coords relative to origin -> shear -> rotate -> scale -> translate
        a = np.array([[1.0, -shear], [0.0, 1.0]])
        rot = np.array([[ca, sa], [-sa, ca]])
        lin = scale * rot @ a
        t = np.array([x, base]) - lin @ np.array([ox, oy])
        m = np.hstack([lin, t[:, None]]).astype(np.float32)
        self._stamp(mask, m, strength)
        return adv * scale

    def stroke(self, pts, width: float, strength: float = 1.0) -> None:
        """Anti-aliased polyline of px points."""
        pts = np.asarray(pts, np.float64)
        if len(pts) < 2:
            return
        x0, y0 = np.floor(pts.min(0) - width - 3).astype(int)
        x1, y1 = np.ceil(pts.max(0) + width + 3).astype(int)
        H, W = self.a.shape
        x0, y0, x1, y1 = max(x0, 0), max(y0, 0), min(x1, W), min(y1, H)
        if x0 >= x1 or y0 >= y1:
            return
        patch = np.zeros((y1 - y0, x1 - x0), np.uint8)
        shift = 3
        q = np.round((pts - [x0, y0]) * (1 << shift)).astype(np.int32)
        cv2.polylines(patch, [q], False, 255, max(1, int(round(width))), cv2.LINE_AA, shift)
        region = self.a[y0:y1, x0:x1]
        np.maximum(region, patch.astype(np.float32) / 255.0 * strength, out=region)

    # -- writing --------------------------------------------------------------------------
    def write(
        self,
        text: str,
        x_pt: float,
        base_pt: float,
        size_pt: float,
        hand: Hand,
        rng: random.Random,
        max_w_pt: float | None = None,
    ) -> None:
        """Handwrite text from x_pt on baseline base_pt (points from the top-left)."""
        k = self.k
        px = max(8, int(size_pt * k * hand.size))
        f = font(hand.font, px)
        total = sum(f.getlength(ch) for ch in text) * hand.spacing
        squeeze = 1.0
        if max_w_pt and total > max_w_pt * k:
            squeeze = max_w_pt * k / total
        x = x_pt * k
        base = base_pt * k
        slope = rng.uniform(-1.2, 1.2) * hand.jitter
        drift = 0.0
        for ch in text:
            j = hand.jitter
            drift = 0.8 * drift + rng.gauss(0, 0.05 * px * j)
            ang = slope + rng.gauss(0, 2.2 * j)
            sc = squeeze * (1 + rng.gauss(0, 0.045 * j))
            st = rng.uniform(0.82, 1.0)
            dy = drift - (x - x_pt * k) * math.tan(math.radians(slope))
            adv = self.glyph(ch, f, x, base + dy, ang, hand.slant, sc, st, hand.weight)
            x += adv * hand.spacing + rng.gauss(0, 0.035 * px * j) * squeeze

    def write_comb(self, text: str, boxes, hand: Hand, rng: random.Random) -> None:
        """One character per comb box (boxes in points, top-left)."""
        k = self.k
        for ch, (bx, bt, bw, bh) in zip(text, boxes):
            if ch == " ":
                continue
            px = max(8, int(bh * 0.92 * k * hand.size))
            f = font(hand.font, px)
            adv = f.getlength(ch)
            cx = (bx + bw / 2) * k + rng.gauss(0, 0.06 * bw * k * hand.jitter)
            base = (bt + bh * 0.84) * k + rng.gauss(0, 0.05 * bh * k * hand.jitter)
            self.glyph(
                ch,
                f,
                cx - adv / 2,
                base,
                rng.gauss(0, 3 * hand.jitter),
                hand.slant,
                1 + rng.gauss(0, 0.05),
                rng.uniform(0.85, 1.0),
                hand.weight,
            )

    def tick(self, box, rng: random.Random, kind: str = "cross", width_pt: float = 0.9):
        """A cross or check mark over a checkbox (points, top-left)."""
        k = self.k
        x, t, w, h = (v * k for v in box)
        wd = width_pt * k
        j = lambda s=0.12: rng.gauss(0, s * w)  # noqa: E731
        if kind == "cross":
            o = rng.uniform(0.0, 0.25) * w
            self.stroke(
                _curve(
                    [
                        (x - o + j(), t - o + j()),
                        (x + w / 2 + j(), t + h / 2 + j()),
                        (x + w + o + j(), t + h + o + j()),
                    ],
                    rng,
                ),
                wd,
            )
            self.stroke(
                _curve(
                    [
                        (x + w + o + j(), t - o + j()),
                        (x + w / 2 + j(), t + h / 2),
                        (x - o + j(), t + h + o + j()),
                    ],
                    rng,
                ),
                wd,
            )
        elif kind == "check":
            p = [
                (x + 0.1 * w + j(), t + 0.5 * h + j()),
                (x + 0.42 * w + j(), t + 0.95 * h),
                (x + 1.25 * w + j(0.2), t - 0.45 * h + j(0.2)),
            ]
            self.stroke(_curve(p, rng, n=14), wd)
        else:  # filled blob / scribble inside the box
            cx, cy = x + w / 2, t + h / 2
            pts = [
                (
                    cx + math.cos(a) * w * 0.32 * rng.uniform(0.6, 1.1),
                    cy + math.sin(a) * h * 0.32 * rng.uniform(0.6, 1.1),
                )
                for a in np.linspace(0, 5 * math.pi, 18)
            ]
            self.stroke(pts, wd * 1.4)

    def paste_mask(
        self,
        mask: np.ndarray,
        box_pt,
        rng: random.Random,
        fill: float,
        dx: float = 0.0,
        dy: float = 0.0,
    ) -> None:
        """Scale a signature mask into a box (points), keep aspect, slight rotation."""
        k = self.k
        bx, bt, bw, bh = (v * k for v in box_pt)
        h, w = mask.shape
        sc = min(bw * fill / w, bh * 0.8 / h)
        ang = math.radians(rng.uniform(-7, 4))
        ca, sa = math.cos(ang), math.sin(ang)
        lin = sc * np.array([[ca, sa], [-sa, ca]])
        cx = bx + bw / 2 + dx * bw
        cy = bt + bh * 0.55 + dy * bh
        t = np.array([cx, cy]) - lin @ np.array([w / 2, h / 2])
        m = np.hstack([lin, t[:, None]]).astype(np.float32)
        self._stamp(mask, m, 1.0)

    def apply(self, img: np.ndarray, ink: str, rng: random.Random) -> np.ndarray:
        """Multiply the ink onto an RGB uint8 page; returns a new array."""
        col = np.array(INKS.get(ink, INKS["blue"]), np.float32) / 255.0
        a = self.a
        if not a.any():
            return img
        a = cv2.GaussianBlur(a, (0, 0), 0.45 * self.k / 2.78)
        nr = np.random.default_rng(rng.randrange(1 << 30))
        tex = nr.random(a.shape, dtype=np.float32) * 0.22 + 0.78
        a = np.clip(a * tex * 1.05, 0, 1)[..., None]
        factor = 1.0 - a * (1.0 - col)
        return np.clip(img * factor + 0.5, 0, 255).astype(np.uint8)


def _curve(pts, rng: random.Random, n: int = 10):
    """Smooth a few control points into a slightly wobbly polyline."""
    pts = np.asarray(pts, np.float64)
    out = []
    for i in range(len(pts) - 1):
        for t in np.linspace(0, 1, n, endpoint=False):
            out.append(pts[i] * (1 - t) + pts[i + 1] * t)
    out.append(pts[-1])
    out = np.array(out)
    kern = np.array([0.25, 0.5, 0.25])
    for _ in range(2):
        out[1:-1] = np.stack([np.convolve(out[:, d], kern, "same")[1:-1] for d in range(2)], 1)
    out += np.array([[rng.gauss(0, 0.4), rng.gauss(0, 0.4)] for _ in range(len(out))])
    return out


# ---------------------------------------------------------------------------------------
def signature_mask(name_text: str, rng: random.Random, style: str | None = None) -> np.ndarray:
    """A handwritten signature as a float mask (about 900 px wide)."""
    style = style or rng.choice(["script", "script", "scribble"])
    H, W = 460, 1400
    layer = InkLayer(W, H, 72.0)
    if style == "script":
        path = rng.choice(SIGN_FONTS)
        f = font(path, rng.randint(110, 140))
        x, base = 60.0, 250.0
        slant = rng.uniform(0.05, 0.35)
        for ch in name_text:
            adv = layer.glyph(
                ch,
                f,
                x,
                base + rng.gauss(0, 3),
                rng.gauss(-3, 2),
                slant,
                1 + rng.gauss(0, 0.03),
                1.0,
                rng.choice([0, 1, 2]),
            )
            x += adv * rng.uniform(0.9, 1.0)
        end = min(x, W - 80)
        # flourish: from the last letter back under the name, sometimes a loop
        y0 = base + rng.uniform(15, 45)
        pts = [
            (end, base - 30),
            (end + 40, base + 10),
            (end - 60, y0 + 20),
            ((end + 60) / 2, y0 + rng.uniform(-10, 25)),
            (60 + rng.uniform(-20, 60), y0 + 5),
        ]
        if rng.random() < 0.5:
            pts = pts[:3] + [(end * 0.7, y0 + 40), (end * 0.75, y0 - 10)] + pts[3:]
        layer.stroke(_bezierish(pts, rng), rng.uniform(5, 8))
    else:
        _scribble(layer, rng)
    a = layer.a
    ys, xs = np.nonzero(a > 0.05)
    if len(xs) == 0:
        return a
    return a[max(ys.min() - 6, 0) : ys.max() + 6, max(xs.min() - 6, 0) : xs.max() + 6].copy()


def _scribble(layer: InkLayer, rng: random.Random) -> None:
    """An illegible cursive signature: a tall initial loop, a garland of loops, a flourish."""
    base = 250.0
    x = 90.0
    t = np.linspace(0, 2 * math.pi, 70)
    h0 = rng.uniform(130, 210)
    lean = rng.uniform(0.1, 0.45)
    xs = [x + 35 * np.sin(t) + t * 6 + lean * h0 * (0.5 - 0.5 * np.cos(t))]
    ys = [base - h0 * (0.5 - 0.5 * np.cos(t))]
    x = float(xs[0][-1])
    for _ in range(rng.randint(4, 9)):
        h = rng.uniform(28, 85) * (1.7 if rng.random() < 0.25 else 1.0)
        w = rng.uniform(28, 60)
        back = rng.uniform(4, 22)
        t = np.linspace(0, 2 * math.pi, 34)
        ys.append(base - h * (0.5 - 0.5 * np.cos(t)) + rng.uniform(-6, 6))
        xs.append(x + w * t / (2 * math.pi) - back * np.sin(t) + lean * (base - ys[-1]))
        x += w
    px, py = np.concatenate(xs), np.concatenate(ys)
    slope = math.tan(math.radians(rng.uniform(-8, 3)))
    py = py + (px - 90) * slope
    width = rng.uniform(5, 8)
    layer.stroke(np.stack([px, py], 1), width)
    if rng.random() < 0.8:
        y = base + rng.uniform(20, 50)
        xe = float(px.max())
        pts = [(xe, float(py[-1])), (xe + 40, y - 20), (xe * 0.6, y + 15), (80, y)]
        if rng.random() < 0.5:
            pts = [(60, y + 10), (xe * 0.5, y - 5), (xe + 60, y - 40)]
        layer.stroke(_bezierish(pts, rng), width * 0.85)
    if rng.random() < 0.4:  # a dot or dash after the name
        cx, cy = float(px.max()) + rng.uniform(20, 50), base - rng.uniform(0, 40)
        layer.stroke([(cx, cy), (cx + rng.uniform(4, 30), cy + rng.uniform(-4, 4))], width)


def _bezierish(pts, rng: random.Random):
    """Catmull-Rom through the points: a smooth pen flourish."""
    p = np.asarray(pts, np.float64)
    p = np.vstack([p[0], p, p[-1]])
    out = []
    for i in range(1, len(p) - 2):
        p0, p1, p2, p3 = p[i - 1], p[i], p[i + 1], p[i + 2]
        for t in np.linspace(0, 1, 24, endpoint=False):
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
    return np.array(out) + np.array([[rng.gauss(0, 0.6), rng.gauss(0, 0.6)] for _ in out])


def signature_text(surname: str, given: str, rng: random.Random) -> str:
    sur = surname.split()[0].split("-")[0].capitalize()
    first = given.split()[0]
    return rng.choice(
        [
            f"{first[0]}. {sur}",
            sur,
            f"{first} {sur[0]}.",
            f"{first[0]}{sur[0]} {sur}",
            f"{first} {sur}",
        ]
    )


def stray_mark(layer: InkLayer, box_pt, rng: random.Random) -> str:
    """A dot, a short dash or a little tick in the signature box; returns its kind."""
    k = layer.k
    bx, bt, bw, bh = box_pt
    x = (bx + bw * rng.uniform(0.2, 0.8)) * k
    y = (bt + bh * rng.uniform(0.3, 0.8)) * k
    kind = rng.choice(["dot", "dash", "tick"])
    wd = 0.9 * k
    if kind == "dot":
        r = rng.uniform(0.6, 1.1) * k
        pts = [
            (x + r * math.cos(a) * 0.5, y + r * math.sin(a) * 0.5)
            for a in np.linspace(0, 4 * math.pi, 16)
        ]
        layer.stroke(pts, r)
    elif kind == "dash":
        ln = rng.uniform(4, 9) * k
        layer.stroke(_curve([(x, y), (x + ln, y + rng.uniform(-1.5, 1.5) * k)], rng), wd)
    else:
        s = rng.uniform(4, 7) * k
        layer.stroke(_curve([(x, y), (x + s * 0.35, y + s * 0.45), (x + s, y - s * 0.6)], rng), wd)
    return kind
