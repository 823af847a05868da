"""Handwriting, signatures and captures (flatbed scan, phone photo) for the form_al set.

Everything is driven by a seeded ``random.Random`` passed in by the caller; numpy noise is
seeded from it, OpenCV runs on one thread.
"""

import math

import cv2
import numpy as np
from fontTools.ttLib import TTFont
from PIL import Image, ImageDraw, ImageFilter, ImageFont

cv2.setNumThreads(1)

F = "/usr/share/fonts"
HAND_FONTS = {
    "comic": f"{F}/opentype/comic-neue/ComicNeue-Regular.otf",
    "comic_bold": f"{F}/opentype/comic-neue/ComicNeue-Bold.otf",
    "humor": f"{F}/truetype/humor-sans/Humor-Sans.ttf",
    "dkg": f"{F}/truetype/fifthhorseman/dkg.ttf",
    "rufscript": f"{F}/truetype/rufscript/Rufscript010.ttf",
}
SIG_FONTS = {
    "dancing": f"{F}/opentype/dancingscript/DancingScript-Regular.otf",
    "dancing_bold": f"{F}/opentype/dancingscript/DancingScript-Bold.otf",
    "kaushan": f"{F}/opentype/kaushanscript/KaushanScript-Regular.otf",
    "z003": f"{F}/opentype/urw-base35/Z003-MediumItalic.otf",
}
INKS = {
    "blue": (24, 38, 128),
    "black": (22, 22, 30),
    "royal": (35, 60, 160),
    "gel_black": (10, 10, 12),
}

_FONTS: dict = {}
_CMAPS: dict = {}
FALLBACK = f"{F}/truetype/dejavu/DejaVuSans.ttf"


def _font(path: str, size: int) -> ImageFont.FreeTypeFont:
    key = (path, size)
    if key not in _FONTS:
        _FONTS[key] = ImageFont.truetype(path, size)
    return _FONTS[key]


def _has_glyph(path: str, ch: str) -> bool:
    if path not in _CMAPS:
        _CMAPS[path] = set(TTFont(path, fontNumber=0, lazy=True).getBestCmap() or {})
    return ord(ch) in _CMAPS[path]


class Pen:
    """A person's handwriting: one font, one ink, their own size and slant habits."""

    def __init__(self, rng, font_key: str, ink: str, px_per_pt: float):
        self.rng = rng
        self.path = HAND_FONTS[font_key]
        self.ink = INKS[ink]
        self.k = px_per_pt
        self.scale = rng.uniform(0.92, 1.1)
        self.slant = rng.uniform(-4.0, 3.0)
        self.weight = rng.choice([0, 0, 1])
        box = _font(self.path, 100).getbbox("H")
        self.scale *= 76.0 / max(40, box[3] - box[1])  # same cap height whatever the font

    def _glyph(self, ch: str, size: int):
        rng = self.rng
        path = self.path if _has_glyph(self.path, ch) else FALLBACK
        f = _font(path, size)
        pad = size
        w = int(f.getlength(ch)) + 2 * pad
        mask = Image.new("L", (w, 3 * size), 0)
        d = ImageDraw.Draw(mask)
        d.text((pad, 2 * size), ch, font=f, fill=255, anchor="ls", stroke_width=self.weight)
        ang = self.slant + rng.uniform(-4.5, 4.5)
        mask = mask.rotate(ang, resample=Image.BICUBIC, center=(pad, 2 * size))
        return mask, f.getlength(ch), pad, 2 * size

    def write(self, img: Image.Image, text: str, x: float, base: float, size_pt: float):
        """Write ``text`` from (x, base) in pixels; returns the end x."""
        rng = self.rng
        size = max(8, int(size_pt * self.k * self.scale))
        drift = rng.uniform(-0.03, 0.03)
        cx = x
        for i, ch in enumerate(text):
            if ch == " ":
                cx += size * rng.uniform(0.42, 0.58)
                continue
            s = max(8, int(size * rng.uniform(0.93, 1.07)))
            mask, adv, ox, oy = self._glyph(ch, s)
            dy = rng.uniform(-0.05, 0.05) * s + drift * i * s * 0.3
            alpha = rng.uniform(0.8, 1.0)
            m = mask.point(lambda v, a=alpha: int(v * a))
            col = Image.new("RGB", mask.size, self.ink)
            img.paste(col, (int(cx - ox), int(base + dy - oy)), m)
            cx += adv * rng.uniform(1.0, 1.1) + rng.uniform(0.0, 1.5)
        return cx

    def write_in(self, img, text: str, rect, size_pt: float = 11.0, indent: float = 0.0):
        x, y, w, h = rect
        size = min(size_pt, h / self.k * 1.05)
        # shrink to fit, as people squeeze their writing at the end of a line
        est = len(text) * size * self.k * self.scale * 0.55
        if est > w * 0.95:
            size *= w * 0.95 / est
        base = y + h - h * self.rng.uniform(0.12, 0.25)
        return self.write(img, text, x + indent + self.rng.uniform(2, 8), base, size)

    def comb(self, img, text: str, rects):
        for ch, (x, y, w, h) in zip(text, rects):
            if ch == " ":
                continue
            size = h / self.k * self.rng.uniform(0.72, 0.82)
            s = max(8, int(size * self.k * self.scale))
            f = _font(self.path if _has_glyph(self.path, ch) else FALLBACK, s)
            gw = f.getlength(ch)
            cx = x + (w - gw) / 2 + self.rng.uniform(-0.1, 0.1) * w
            base = y + h - h * self.rng.uniform(0.1, 0.22)
            self.write(img, ch, cx, base, size)

    def stroke(self, img, pts, width: float):
        d = ImageDraw.Draw(img)
        d.line(pts, fill=self.ink, width=max(1, int(width)), joint="curve")

    def tick(self, img, rect, style: str = "x"):
        x, y, w, h = rect
        r = self.rng
        wd = max(2, int(1.1 * self.k))
        if style == "x":
            over = w * r.uniform(0.0, 0.25)
            a = [(x - over + r.uniform(0, 3), y - over), (x + w + over, y + h + over)]
            b = [(x + w + over * 0.5, y - over), (x - over, y + h + over * r.uniform(0.2, 1))]
            self.stroke(img, a, wd)
            self.stroke(img, b, wd)
        else:
            p = [
                (x + w * 0.1, y + h * 0.5),
                (x + w * 0.4, y + h * 0.95),
                (x + w * 1.2, y - h * r.uniform(0.2, 0.6)),
            ]
            self.stroke(img, p, wd)

    def dot(self, img, rect):
        x, y, w, h = rect
        cx = x + w * self.rng.uniform(0.3, 0.7)
        cy = y + h * self.rng.uniform(0.4, 0.75)
        rad = max(2, int(self.k * self.rng.uniform(0.9, 1.5)))
        if self.rng.random() < 0.5:
            ImageDraw.Draw(img).ellipse(
                [cx - rad, cy - rad * 0.8, cx + rad, cy + rad * 0.8], fill=self.ink
            )
        else:
            s = self.k * 6
            self.stroke(img, [(cx, cy), (cx + s * 0.3, cy + s * 0.4), (cx + s, cy - s * 0.5)], 2)


def signature(rng, name: str, ink: str, height_px: int) -> Image.Image:
    """A handwritten signature (script name with a flourish) as an RGBA image."""
    key = rng.choice(sorted(SIG_FONTS))
    size = int(height_px * 0.55)
    f = _font(SIG_FONTS[key], size)
    w = int(f.getlength(name)) + size * 2
    h = int(size * 2.2)
    mask = Image.new("L", (w, h), 0)
    d = ImageDraw.Draw(mask)
    d.text((size // 2, int(size * 1.4)), name, font=f, fill=255, anchor="ls", stroke_width=1)
    # flourish: an underline swash that starts under the last letters and loops back
    n = 40
    x0, x1 = size * 0.3, w - size * 0.6
    amp = size * rng.uniform(0.08, 0.22)
    yb = size * rng.uniform(1.5, 1.75)
    pts = []
    for i in range(n + 1):
        t = i / n
        xx = x1 - (x1 - x0) * t
        yy = yb + amp * math.sin(t * math.pi * rng.uniform(1.0, 2.2)) + t * size * 0.1
        pts.append((xx, yy))
    d.line(pts, fill=255, width=max(2, size // 18), joint="curve")
    if rng.random() < 0.5:
        cx = w - size * 0.8
        d.line(
            [(cx, yb - size * 0.9), (cx + size * 0.3, yb - size * 0.2), (cx - size * 0.2, yb)],
            fill=255,
            width=max(2, size // 20),
        )
    shear = rng.uniform(-0.25, 0.05)
    mask = mask.transform(mask.size, Image.AFFINE, (1, shear, -shear * h / 2, 0, 1, 0))
    mask = mask.rotate(rng.uniform(-7, 5), resample=Image.BICUBIC, expand=True)
    bbox = mask.getbbox()
    mask = mask.crop(bbox)
    out = Image.new("RGBA", mask.size, INKS[ink] + (0,))
    out.putalpha(mask.point(lambda v: int(v * 0.93)))
    return out


def paste_signature(img: Image.Image, sig: Image.Image, rect, rng):
    x, y, w, h = rect
    scale = min(w * rng.uniform(0.55, 0.85) / sig.width, h * rng.uniform(0.6, 0.9) / sig.height)
    s = sig.resize((max(1, int(sig.width * scale)), max(1, int(sig.height * scale))))
    px = int(x + rng.uniform(0.05, max(0.06, 1 - s.width / w - 0.05)) * w)
    py = int(y + (h - s.height) * rng.uniform(0.2, 0.8))
    img.paste(s.convert("RGB"), (px, py), s)


# ---------------------------------------------------------------- captures


def _np_rng(rng) -> np.random.Generator:
    return np.random.default_rng(rng.randrange(2**32))


def scan(page: Image.Image, rng) -> Image.Image:
    """Flatbed scan: small skew, grey-ish paper, sensor noise, slight blur."""
    nr = _np_rng(rng)
    bg = tuple(int(v) for v in (rng.uniform(236, 250),) * 3)
    im = page.rotate(rng.uniform(-0.9, 0.9), resample=Image.BICUBIC, fillcolor=bg)
    a = np.asarray(im).astype(np.float32)
    tint = np.array([rng.uniform(0.93, 0.99), rng.uniform(0.93, 0.99), rng.uniform(0.9, 0.98)])
    a = a * tint + nr.normal(0, rng.uniform(2.0, 5.0), a.shape)
    if rng.random() < 0.5:  # darker band along the scanner lid edge
        w = a.shape[1]
        band = np.linspace(rng.uniform(0.82, 0.92), 1.0, max(2, w // 40))
        a[:, : band.size] *= band[None, :, None]
    im = Image.fromarray(np.clip(a, 0, 255).astype(np.uint8))
    if rng.random() < 0.6:
        im = im.filter(ImageFilter.GaussianBlur(rng.uniform(0.3, 0.7)))
    if rng.random() < 0.3:
        im = im.convert("L").convert("RGB")
    return im


def phone_photo(page: Image.Image, rng, long_side: int) -> Image.Image:
    """Photo of a sheet on a table: perspective, shadow, uneven light, colour cast, blur."""
    nr = _np_rng(rng)
    H = long_side
    W = int(long_side * 3 / 4)
    table = np.array(
        rng.choice([(120, 86, 58), (190, 182, 170), (70, 72, 78), (160, 120, 80), (215, 210, 200)]),
        dtype=np.float32,
    )
    bg = np.ones((H, W, 3), np.float32) * table
    grain = cv2.GaussianBlur(nr.normal(0, 18, (H // 4, W // 4)).astype(np.float32), (0, 0), 3)
    bg += cv2.resize(grain, (W, H))[:, :, None]
    pw, ph = page.size
    fill = rng.uniform(0.78, 0.92)
    sw = W * fill
    sh = sw * ph / pw
    if sh > H * 0.94:
        sh = H * 0.94
        sw = sh * pw / ph
    cx, cy = W / 2 + rng.uniform(-0.03, 0.03) * W, H / 2 + rng.uniform(-0.03, 0.03) * H
    j = 0.035
    dst = np.array(
        [
            [cx - sw / 2 + rng.uniform(-j, j) * W, cy - sh / 2 + rng.uniform(-j, j) * H],
            [cx + sw / 2 + rng.uniform(-j, j) * W, cy - sh / 2 + rng.uniform(-j, j) * H],
            [cx + sw / 2 + rng.uniform(-j, j) * W, cy + sh / 2 + rng.uniform(-j, j) * H],
            [cx - sw / 2 + rng.uniform(-j, j) * W, cy + sh / 2 + rng.uniform(-j, j) * H],
        ],
        np.float32,
    )
    src = np.array([[0, 0], [pw, 0], [pw, ph], [0, ph]], np.float32)
    M = cv2.getPerspectiveTransform(src, dst)
    pg = np.asarray(page.convert("RGB")).astype(np.float32)
    warped = cv2.warpPerspective(pg, M, (W, H), flags=cv2.INTER_LINEAR)
    mask = cv2.warpPerspective(np.ones((ph, pw), np.float32), M, (W, H))
    # drop shadow of the sheet on the table
    sh_mask = cv2.GaussianBlur(np.roll(mask, (int(H * 0.006), int(W * 0.008)), (0, 1)), (0, 0), 9)
    bg *= 1 - 0.35 * sh_mask[:, :, None]
    out = bg * (1 - mask[:, :, None]) + warped * mask[:, :, None]
    # uneven light: a soft gradient plus a phone/hand shadow across one corner
    yy, xx = np.mgrid[0:H, 0:W].astype(np.float32)
    ang = rng.uniform(0, 2 * math.pi)
    grad = (xx / W - 0.5) * math.cos(ang) + (yy / H - 0.5) * math.sin(ang)
    light = 1.0 - rng.uniform(0.1, 0.28) * (grad + 0.5)
    if rng.random() < 0.7:
        r = rng.uniform(0.3, 0.55) * W
        sx, sy = rng.choice([(0, 0), (W, 0), (0, H), (W, H)])
        d = np.sqrt((xx - sx) ** 2 + (yy - sy) ** 2)
        light *= 1 - rng.uniform(0.15, 0.3) * np.clip(1 - d / r, 0, 1)
    out *= light[:, :, None]
    cast = np.array([rng.uniform(0.95, 1.05), rng.uniform(0.95, 1.02), rng.uniform(0.89, 0.99)])
    out = out * cast + nr.normal(0, rng.uniform(2, 5), out.shape)
    out = np.clip(out, 0, 255).astype(np.uint8)
    k = rng.choice([0, 1, 1.3, 1.7])
    if k:
        out = cv2.GaussianBlur(out, (0, 0), k)
    return Image.fromarray(out)


def rotate_quarter(im: Image.Image, quarters: int) -> Image.Image:
    return {
        0: im,
        1: im.transpose(Image.ROTATE_90),
        2: im.transpose(Image.ROTATE_180),
        3: im.transpose(Image.ROTATE_270),
    }[quarters % 4]
