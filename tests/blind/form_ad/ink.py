"""Handwriting on page images, signatures, and the scan / phone-photo degradations."""

import math

import cv2
import numpy as np
from PIL import Image, ImageDraw, ImageFilter, ImageFont

cv2.setNumThreads(1)

HAND_FONTS = {
    "dkg": "/usr/share/fonts/truetype/fifthhorseman/dkg.ttf",
    "ecolier": "/usr/share/fonts/truetype/ecolier-court/Ecolier-court.ttf",
    "comic": "/usr/share/fonts/opentype/comic-neue/ComicNeue-Regular.otf",
    "humor": "/usr/share/fonts/truetype/humor-sans/Humor-Sans.ttf",
    "breip": "/usr/share/fonts/truetype/breip/Breip.ttf",
}
# per font: size factor (normalise the letter height) and pen thickening (MaxFilter size)
HAND_TUNE = {
    "dkg": (1.0, 0),
    "ecolier": (1.35, 3),
    "comic": (0.95, 0),
    "humor": (0.95, 0),
    "breip": (1.05, 0),
}
# cursive school hand writes its capitals in print letters
CAPS_FONT = {"ecolier": "dkg"}
SIG_FONTS = {
    "dancing": "/usr/share/fonts/opentype/dancingscript/DancingScript-Regular.otf",
    "kaushan": "/usr/share/fonts/opentype/kaushanscript/KaushanScript-Regular.otf",
    "z003": "/usr/share/fonts/opentype/urw-base35/Z003-MediumItalic.otf",
    "dkg_it": "/usr/share/fonts/truetype/fifthhorseman/dkgIt.ttf",
}
INKS = {
    "blue": (22, 45, 150),
    "black": (28, 28, 34),
    "navy": (20, 30, 90),
    "blue_gel": (30, 70, 190),
}
_cache = {}


def font(path, size):
    key = (path, int(size))
    if key not in _cache:
        _cache[key] = ImageFont.truetype(path, int(size))
    return _cache[key]


class Pen:
    """A writer: one handwriting font, one ink, jitter drawn from rng."""

    def __init__(self, rng, hand, ink, scale):
        self.rng = rng
        self.hand = hand
        self.path = HAND_FONTS[hand]
        self.caps_path = HAND_FONTS[CAPS_FONT.get(hand, hand)]
        self.k, self.thick = HAND_TUNE[hand]
        self.ink = INKS[ink]
        self.s = scale  # px per point
        self.slant = rng.uniform(-3, 4)
        self.width = max(2, round(scale * 0.8))

    def glyph(self, img, ch, x, y_base, size, caps=False):
        """Paste one glyph with its left at x, baseline at y_base (px). Returns advance."""
        r = self.rng
        path = self.caps_path if caps else self.path
        sz = size * r.uniform(0.92, 1.08) * (1.0 if caps and path != self.path else self.k)
        f = font(path, sz)
        adv = f.getlength(ch)
        if not ch.strip():
            return adv
        pad = int(sz * 0.6)
        w = int(adv + 2 * pad)
        h = int(sz * 1.6 + 2 * pad)
        m = Image.new("L", (w, h), 0)
        ImageDraw.Draw(m).text((pad, pad + sz * 1.15), ch, font=f, fill=255, anchor="ls")
        if self.thick and not (caps and path != self.path):
            m = m.filter(ImageFilter.MaxFilter(self.thick))
        m = m.rotate(r.uniform(-5, 5) - self.slant, resample=Image.BICUBIC, center=(w / 2, h / 2))
        a = r.uniform(0.78, 1.0)
        if a < 0.99:
            m = m.point(lambda v, a=a: int(v * a))
        dy = r.uniform(-1.2, 1.2) * self.s
        img.paste(self.ink, (int(x - pad), int(y_base - pad - sz * 1.15 + dy)), m)
        return adv

    def write(self, img, x, y_base, text, size, max_w=None):
        """Write text (px coords), shrinking if it would overflow max_w."""
        if max_w:
            f = font(self.path, size * self.k)
            w = f.getlength(text) * 1.05
            if w > max_w:
                size = size * max_w / w
        slope = self.rng.uniform(-0.02, 0.02)
        cx = x
        for ch in text:
            cx += self.glyph(img, ch, cx, y_base + (cx - x) * slope, size)
            cx += self.rng.uniform(-0.4, 1.2) * self.s * 0.4
        return cx

    def stroke(self, img, pts, width=None):
        r = self.rng
        pts = [
            (px + r.uniform(-0.6, 0.6) * self.s, py + r.uniform(-0.6, 0.6) * self.s)
            for px, py in pts
        ]
        ImageDraw.Draw(img).line(pts, fill=self.ink, width=width or self.width, joint="curve")

    def tick(self, img, x, y, size, kind):
        """Mark a check box at (x, y) px of side size: 'cross' or 'tick'."""
        r = self.rng
        o = size * 0.1
        if kind == "cross":
            self.stroke(
                img,
                [
                    (x + o, y + o),
                    (x + size / 2, y + size / 2),
                    (x + size - o, y + size - o + r.uniform(-2, 2)),
                ],
            )
            self.stroke(img, [(x + size - o, y + o), (x + o + r.uniform(-2, 2), y + size - o)])
        else:
            self.stroke(
                img,
                [
                    (x + o, y + size * 0.5),
                    (x + size * 0.35, y + size * 0.7),
                    (x + size * 0.45, y + size - o),
                    (x + size * 0.75, y + size * 0.2),
                    (x + size * 1.2, y - size * 0.5),
                ],
            )

    def dot(self, img, x, y):
        rad = self.width * 1.2
        ImageDraw.Draw(img).ellipse([x - rad, y - rad, x + rad, y + rad], fill=self.ink)


def signature_rgba(rng, name, sig_font, ink, height_px):
    """A handwritten signature (script name plus a flourish) on a transparent patch."""
    size = height_px * 0.55
    f = font(SIG_FONTS[sig_font], size)
    w = int(f.getlength(name) + height_px * 1.2)
    h = int(height_px * 1.3)
    mask = Image.new("L", (w * 2, h * 2), 0)
    d = ImageDraw.Draw(mask)
    big = font(SIG_FONTS[sig_font], size * 2)
    d.text((height_px * 0.3 * 2, h * 1.05), name, font=big, fill=255, anchor="ls")
    # flourish: a looping underline through a few random control points
    pts = []
    x0, x1 = height_px * 0.2 * 2, (w - height_px * 0.1) * 2
    y0 = h * 1.25
    amp = rng.uniform(0.05, 0.18) * h * 2
    turns = rng.uniform(1.0, 2.4)
    for i in range(60):
        t = i / 59
        pts.append(
            (
                x0 + (x1 - x0) * t + math.sin(t * math.pi * 2 * turns) * amp * 0.4,
                y0 + math.sin(t * math.pi * turns) * amp - t * h * 0.3,
            )
        )
    d.line(pts, fill=255, width=max(3, int(height_px / 18)), joint="curve")
    mask = mask.resize((w, h), Image.LANCZOS)
    mask = mask.rotate(rng.uniform(-7, 6), resample=Image.BICUBIC, expand=True)
    patch = Image.new("RGBA", mask.size, INKS[ink] + (0,))
    patch.putalpha(mask)
    return patch


# ---------------------------------------------------------------- degradations


def _nrng(rng):
    return np.random.default_rng(rng.randrange(1 << 30))


def scan(img, rng, dpi_out=200, dpi_in=200):
    """A flatbed scan: grey-ish paper, slight skew, noise, optional rescale."""
    nr = _nrng(rng)
    a = np.asarray(img.convert("RGB")).astype(np.float32)
    tint = np.array([rng.uniform(0.92, 0.97), rng.uniform(0.92, 0.97), rng.uniform(0.88, 0.95)])
    a = a * tint + nr.normal(0, 3.0, a.shape[:2])[..., None]
    im = Image.fromarray(np.clip(a, 0, 255).astype(np.uint8))
    border = tuple(int(v) for v in (tint * 235))
    im = im.rotate(rng.uniform(-1.1, 1.1), resample=Image.BICUBIC, fillcolor=border)
    if rng.random() < 0.5:  # lid shadow on one edge
        d = ImageDraw.Draw(im)
        d.rectangle([0, 0, im.width, int(rng.uniform(4, 14))], fill=(70, 70, 70))
    im = im.filter(ImageFilter.GaussianBlur(rng.uniform(0.3, 0.7)))
    if dpi_out != dpi_in:
        f = dpi_out / dpi_in
        im = im.resize((int(im.width * f), int(im.height * f)), Image.LANCZOS)
    return im


def photo(img, rng, long_side=3000):
    """A phone photo of the page lying on a table: perspective, light, shadow, cast, blur."""
    nr = _nrng(rng)
    page = np.asarray(img.convert("RGB"))
    ph, pw = page.shape[:2]
    H = long_side
    W = int(H * rng.uniform(0.72, 0.78))
    # table
    base = np.array(rng.choice([(120, 86, 55), (180, 170, 160), (70, 70, 78), (205, 190, 160)]))
    grain = cv2.GaussianBlur(
        nr.normal(0, 25, (H, W)).astype(np.float32), (0, 0), sigmaX=18, sigmaY=2
    )
    bg = np.clip(base[None, None, :] + grain[..., None], 0, 255).astype(np.uint8)
    # page quad
    m = rng.uniform(0.05, 0.11)
    tw, th = W * (1 - 2 * m), W * (1 - 2 * m) * ph / pw
    if th > H * 0.92:
        th = H * 0.92
        tw = th * pw / ph
    cx, cy = W / 2 + rng.uniform(-0.03, 0.03) * W, H / 2 + rng.uniform(-0.03, 0.03) * H
    j = 0.045 * W
    dst = np.float32(
        [
            [cx - tw / 2 + rng.uniform(-j, j), cy - th / 2 + rng.uniform(-j, j)],
            [cx + tw / 2 + rng.uniform(-j, j), cy - th / 2 + rng.uniform(-j, j)],
            [cx + tw / 2 + rng.uniform(-j, j), cy + th / 2 + rng.uniform(-j, j)],
            [cx - tw / 2 + rng.uniform(-j, j), cy + th / 2 + rng.uniform(-j, j)],
        ]
    )
    src = np.float32([[0, 0], [pw, 0], [pw, ph], [0, ph]])
    M = cv2.getPerspectiveTransform(src, dst)
    warped = cv2.warpPerspective(page, M, (W, H), flags=cv2.INTER_LINEAR)
    mask = cv2.warpPerspective(np.full((ph, pw), 255, np.uint8), M, (W, H))
    mask = cv2.GaussianBlur(mask, (0, 0), 1.2).astype(np.float32)[..., None] / 255
    out = bg * (1 - mask) + warped * mask
    # uneven light + a soft shadow (phone / hand)
    yy, xx = np.mgrid[0:H, 0:W].astype(np.float32)
    lx, ly = rng.uniform(0, W), rng.uniform(0, H * 0.5)
    light = 1.05 - 0.25 * np.sqrt((xx - lx) ** 2 + (yy - ly) ** 2) / math.hypot(W, H)
    sh = np.zeros((H, W), np.float32)
    sx = rng.choice([0, W])
    poly = np.int32([[sx, H * rng.uniform(0.5, 0.8)], [W * 0.5, H], [sx, H]])
    cv2.fillPoly(sh, [poly], rng.uniform(0.25, 0.4))
    sh = cv2.GaussianBlur(sh, (0, 0), W * 0.06)
    out = out * (light * (1 - sh))[..., None]
    cast = np.array([rng.uniform(1.0, 1.06), rng.uniform(0.97, 1.02), rng.uniform(0.86, 0.96)])
    out = out * cast + nr.normal(0, 4.0, (H, W))[..., None]
    out = np.clip(out, 0, 255).astype(np.uint8)
    out = cv2.GaussianBlur(out, (0, 0), rng.uniform(0.8, 1.7))
    return Image.fromarray(out)
