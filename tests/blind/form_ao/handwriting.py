"""Pen-like handwriting, ticks, signatures and the scan / phone-photo looks (PIL + OpenCV)."""

import math

import cv2
import numpy as np
from PIL import Image, ImageDraw, ImageFont

cv2.setNumThreads(1)

HAND_FONTS = [
    "/usr/share/fonts/truetype/fifthhorseman/dkg.ttf",
    "/usr/share/fonts/truetype/humor-sans/Humor-Sans.ttf",
    "/usr/share/fonts/opentype/comic-neue/ComicNeue-Regular.otf",
    "/usr/share/fonts/truetype/rufscript/Rufscript010.ttf",
    "/usr/share/fonts/truetype/fifthhorseman/dkgIt.ttf",
]
SIG_FONTS = [
    "/usr/share/fonts/opentype/urw-base35/Z003-MediumItalic.otf",
    "/usr/share/fonts/opentype/dancingscript/DancingScript-Regular.otf",
    "/usr/share/fonts/opentype/kaushanscript/KaushanScript-Regular.otf",
    "/usr/share/fonts/truetype/fifthhorseman/dkgBI.ttf",
    "/usr/share/fonts/truetype/ecolier-court/Ecolier-court.ttf",
]
INKS = [(22, 34, 120), (28, 28, 36), (15, 55, 150), (40, 40, 60)]
_CACHE = {}


def font(path, size):
    key = (path, int(size))
    if key not in _CACHE:
        _CACHE[key] = ImageFont.truetype(path, int(size))
    return _CACHE[key]


def covers(path, chars):
    """True when the font draws every character (not blank, not the .notdef box)."""
    f = font(path, 40)
    notdef = bytes(f.getmask("\uffff"))
    for ch in sorted(set(chars) - set(" ")):
        m = f.getmask(ch)
        if m.getbbox() is None or bytes(m) == notdef:
            return False
    return True


class Pen:
    """One person's hand: a font, an ink, a slant, a size habit."""

    def __init__(self, rng, chars, sig_chars):
        self.rng = rng
        self.font = rng.choice([f for f in HAND_FONTS if covers(f, chars)])
        self.ink = rng.choice(INKS)
        self.slant = rng.uniform(-0.12, 0.05)
        self.scale = rng.uniform(0.9, 1.12)
        self.sig_font = rng.choice([f for f in SIG_FONTS if covers(f, sig_chars)])
        self.caps = False

    def strip(self, text, size):
        """Render text glyph by glyph with jitter into an RGBA strip; returns image, baseline."""
        rng = self.rng
        size = int(size * self.scale)
        pad = size
        total = sum(font(self.font, size).getlength(ch) for ch in text) * 1.1 + 2 * pad
        img = Image.new("RGBA", (int(total) + 4, size * 3), (0, 0, 0, 0))
        d = ImageDraw.Draw(img)
        x, base = pad, int(size * 1.9)
        drift = 0.0
        for ch in text:
            fs = max(6, int(size * rng.uniform(0.93, 1.07)))
            f = font(self.font, fs)
            drift += rng.uniform(-0.04, 0.04) * size
            drift = max(-0.12 * size, min(0.12 * size, drift))
            alpha = int(rng.uniform(200, 255))
            d.text((x, base + drift), ch, font=f, fill=self.ink + (alpha,), anchor="ls")
            x += f.getlength(ch) * rng.uniform(0.98, 1.1)
        img = img.crop((0, 0, int(x) + pad, img.height))
        sh = self.slant
        img = img.transform(
            img.size,
            Image.AFFINE,
            (1, sh, -sh * base, 0, 1, 0),
            resample=Image.BICUBIC,
        )
        img = img.rotate(self.rng.uniform(-1.2, 1.2), resample=Image.BICUBIC, center=(pad, base))
        return img, pad, base

    def write(self, page, x, y, text, size, max_w=None):
        """Write text with its left baseline at pixel (x, y)."""
        if not text:
            return
        img, ox, oy = self.strip(text, size)
        if max_w and img.width - 2 * ox > max_w:
            f = max_w / (img.width - 2 * ox)
            img = img.resize((int(img.width * f), int(img.height * f)), Image.LANCZOS)
            ox, oy = int(ox * f), int(oy * f)
        page.alpha_composite(img, (int(x - ox), int(y - oy)))

    def char_in_cell(self, page, cell, ch, size):
        img, ox, oy = self.strip(ch, size)
        cx, cy, cw, chh = cell
        gw = img.width - 2 * ox
        px = cx + (cw - gw) / 2 + self.rng.uniform(-1.5, 1.5) - ox
        py = cy + chh * 0.8 + self.rng.uniform(-1.5, 1.5) - oy
        page.alpha_composite(img, (int(px), int(py)))

    def tick(self, page, box, lw):
        rng = self.rng
        x, y, w, h = box
        d = ImageDraw.Draw(page)
        col = self.ink + (235,)
        j = lambda v: v + rng.uniform(-0.15, 0.15) * w  # noqa: E731
        if rng.random() < 0.6:
            d.line([(j(x), j(y)), (j(x + w), j(y + h))], fill=col, width=lw)
            d.line([(j(x + w), j(y)), (j(x), j(y + h))], fill=col, width=lw)
        else:
            pts = [(j(x + 0.1 * w), j(y + 0.5 * h)), (j(x + 0.4 * w), j(y + h))]
            pts.append((j(x + 1.2 * w), j(y - 0.3 * h)))
            d.line(pts, fill=col, width=lw, joint="curve")

    def signature(self, name, height):
        """A script signature with a flourish, as an RGBA image about `height` px tall."""
        rng = self.rng
        size = int(height * 0.5)
        f = font(self.sig_font, size)
        w = int(f.getlength(name)) + size * 2
        img = Image.new("RGBA", (w, int(height * 1.4)), (0, 0, 0, 0))
        d = ImageDraw.Draw(img)
        base = int(height * 0.85)
        d.text((size // 2, base), name, font=f, fill=self.ink + (245,), anchor="ls")
        n = 60
        x0, x1 = size * 0.3, w - size * rng.uniform(0.2, 0.8)
        amp, ph, k = size * rng.uniform(0.1, 0.3), rng.uniform(0, 6), rng.uniform(1.2, 3.0)
        pts = []
        for i in range(n):
            t = i / (n - 1)
            px = x0 + (x1 - x0) * t
            py = base + size * 0.25 + amp * math.sin(ph + k * math.pi * t) - size * 0.35 * t
            pts.append((px, py))
        d.line(pts, fill=self.ink + (230,), width=max(2, size // 14), joint="curve")
        if rng.random() < 0.5:
            cx, cy = size * 0.5, base - size * 0.4
            d.arc(
                [cx - size * 0.4, cy - size * 0.6, cx + size * 0.6, cy + size * 0.5],
                120,
                420,
                fill=self.ink + (230,),
                width=max(2, size // 16),
            )
        sh = rng.uniform(-0.35, -0.1)
        img = img.transform(img.size, Image.AFFINE, (1, sh, -sh * base, 0, 1, 0), Image.BICUBIC)
        img = img.rotate(rng.uniform(-6, 8), resample=Image.BICUBIC, expand=True)
        return img.crop(img.getchannel("A").getbbox())


def paste_center(page, img, box, rng, fill=0.8):
    x, y, w, h = box
    f = min(fill * w / img.width, fill * h / img.height)
    img = img.resize((max(1, int(img.width * f)), max(1, int(img.height * f))), Image.LANCZOS)
    px = x + (w - img.width) / 2 + rng.uniform(-0.1, 0.1) * w
    py = y + (h - img.height) / 2 + rng.uniform(-0.08, 0.12) * h
    page.alpha_composite(img, (int(px), int(py)))


def stray_mark(page, box, rng, ink):
    x, y, w, h = box
    d = ImageDraw.Draw(page)
    cx, cy = x + rng.uniform(0.15, 0.5) * w, y + rng.uniform(0.5, 0.8) * h
    if rng.random() < 0.5:
        r = rng.uniform(2.5, 4.5)
        d.ellipse([cx - r, cy - r, cx + r, cy + r], fill=ink + (240,))
    else:
        d.line([(cx, cy), (cx + 7, cy + 9), (cx + 20, cy - 12)], fill=ink + (230,), width=3)


# ---- looks -------------------------------------------------------------------------------


def scan_look(img, rng, seed):
    """Flatbed scan: grey paper, slight skew, noise, light blur."""
    nrng = np.random.default_rng(seed)
    a = np.asarray(img.convert("RGB")).astype(np.float32)
    tone = np.array([rng.uniform(232, 246)] * 3) + np.array([2, 1, -3]) * rng.random()
    a = a / 255.0 * tone
    h, w = a.shape[:2]
    ang = rng.uniform(-1.0, 1.0)
    m = cv2.getRotationMatrix2D((w / 2, h / 2), ang, 1.0)
    m[:, 2] += (rng.uniform(-8, 8), rng.uniform(-8, 8))
    a = cv2.warpAffine(a, m, (w, h), borderMode=cv2.BORDER_CONSTANT, borderValue=(250,) * 3)
    a = cv2.GaussianBlur(a, (0, 0), rng.uniform(0.4, 0.8))
    a += nrng.normal(0, rng.uniform(2, 5), a.shape[:2])[..., None]
    return Image.fromarray(np.clip(a, 0, 255).astype(np.uint8))


def photo_look(img, rng, seed, long_side=4032, rot=0):
    """Phone photo of a sheet on a table: perspective, uneven light, shadow, cast, blur."""
    nrng = np.random.default_rng(seed)
    page = np.asarray(img.convert("RGB")).astype(np.float32)
    ph, pw = page.shape[:2]
    H, W = long_side, int(long_side * 0.75)
    base = np.array(rng.choice([(120, 86, 60), (150, 150, 145), (190, 175, 150), (70, 60, 55)]))
    low = cv2.resize(nrng.normal(0, 1, (6, 5)).astype(np.float32), (W, H))
    bg = np.ones((H, W, 3), np.float32) * base + low[..., None] * 12
    mx, my = W * rng.uniform(0.05, 0.12), H * rng.uniform(0.04, 0.09)
    j = lambda s: rng.uniform(-0.035, 0.035) * s  # noqa: E731
    dst = np.float32(
        [
            [mx + j(W), my + j(H)],
            [W - mx + j(W), my + j(H)],
            [W - mx + j(W), H - my + j(H)],
            [mx + j(W), H - my + j(H)],
        ]
    )
    src = np.float32([[0, 0], [pw, 0], [pw, ph], [0, ph]])
    m = cv2.getPerspectiveTransform(src, dst)
    warped = cv2.warpPerspective(page, m, (W, H), flags=cv2.INTER_LINEAR)
    mask = cv2.warpPerspective(np.ones((ph, pw), np.float32), m, (W, H))
    mask = cv2.GaussianBlur(mask, (0, 0), 1.2)[..., None]
    out = warped * mask + bg * (1 - mask)
    yy, xx = np.mgrid[0:H, 0:W].astype(np.float32)
    gx, gy = rng.uniform(-0.25, 0.25), rng.uniform(-0.25, 0.25)
    light = 1.0 + gx * (xx / W - 0.5) + gy * (yy / H - 0.5)
    r = np.sqrt((xx / W - 0.5) ** 2 + (yy / H - 0.5) ** 2)
    light *= 1.0 - rng.uniform(0.1, 0.25) * r
    if rng.random() < 0.8:
        sx = rng.uniform(0.3, 0.9) * W
        shadow = np.where(xx + 0.4 * (yy - H / 2) > sx, rng.uniform(0.7, 0.85), 1.0)
        light *= cv2.GaussianBlur(shadow.astype(np.float32), (0, 0), 60)
    out *= light[..., None] * rng.uniform(0.85, 1.0)
    cast = np.array([rng.uniform(0.98, 1.05), 1.0, rng.uniform(0.86, 0.98)])
    out *= cast
    out = cv2.GaussianBlur(out, (0, 0), rng.uniform(0.9, 1.6))
    out += nrng.normal(0, 3.0, out.shape[:2])[..., None]
    out = np.clip(out, 0, 255).astype(np.uint8)
    out = np.ascontiguousarray(np.rot90(out, rot))
    return Image.fromarray(out)
