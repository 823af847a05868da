"""Drawing, rendering and "look" helpers for blind set set_dh.

A page is a list of drawing operations in millimetres (origin top-left). The same page renders
either to a PIL image (scans, photos, screenshots, image PDFs) or to a reportlab PDF with a
real text layer (text_pdf).
"""

from __future__ import annotations

import io
import math
import random

import cv2
import numpy as np
from PIL import Image, ImageDraw, ImageFilter, ImageFont
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas as rl_canvas

cv2.setNumThreads(1)

_TT = "/usr/share/fonts/truetype/"
FONTS = {
    "sans": _TT + "dejavu/DejaVuSans.ttf",
    "sansb": _TT + "dejavu/DejaVuSans-Bold.ttf",
    "cond": _TT + "dejavu/DejaVuSansCondensed.ttf",
    "serif": _TT + "dejavu/DejaVuSerif.ttf",
    "serifb": _TT + "dejavu/DejaVuSerif-Bold.ttf",
    "lib": _TT + "liberation/LiberationSans-Regular.ttf",
    "libb": _TT + "liberation/LiberationSans-Bold.ttf",
    "times": _TT + "liberation/LiberationSerif-Regular.ttf",
    "timesb": _TT + "liberation/LiberationSerif-Bold.ttf",
    "timesi": _TT + "liberation/LiberationSerif-Italic.ttf",
    "mono": _TT + "liberation/LiberationMono-Regular.ttf",
    "lato": _TT + "lato/Lato-Regular.ttf",
    "latob": _TT + "lato/Lato-Bold.ttf",
    "roboto": _TT + "roboto/unhinted/RobotoTTF/Roboto-Regular.ttf",
    "robotob": _TT + "roboto/unhinted/RobotoTTF/Roboto-Bold.ttf",
    "robotom": _TT + "roboto/unhinted/RobotoTTF/Roboto-Medium.ttf",
    "open": _TT + "open-sans/OpenSans-Regular.ttf",
    "openb": _TT + "open-sans/OpenSans-Bold.ttf",
    "carlito": _TT + "crosextra/Carlito-Regular.ttf",
    "carlitob": _TT + "crosextra/Carlito-Bold.ttf",
    "free": _TT + "freefont/FreeSans.ttf",
    "freeb": _TT + "freefont/FreeSansBold.ttf",
    "ocrb": _TT + "dejavu/DejaVuSansMono.ttf",
    "hand1": _TT + "ecolier-court/Ecolier-court.ttf",
    "hand2": _TT + "femkeklaver/femkeklaver.ttf",
    "hand3": _TT + "rufscript/Rufscript010.ttf",
    "arabic": "/usr/share/fonts/opentype/fonts-hosny-amiri/Amiri-Regular.ttf",
}
_REGISTERED: set[str] = set()
_PIL_CACHE: dict = {}


def _reg(key: str) -> str:
    if key not in _REGISTERED:
        pdfmetrics.registerFont(TTFont("F_" + key, FONTS[key]))
        _REGISTERED.add(key)
    return "F_" + key


def text_width(s: str, font: str, size: float) -> float:
    """Width in mm of a string set in font at size (pt)."""
    if font == "arabic":
        return len(s) * size * 0.18
    return pdfmetrics.stringWidth(s, _reg(font), size) * 25.4 / 72


def pil_font(key: str, px: int):
    k = (key, px)
    if k not in _PIL_CACHE:
        _PIL_CACHE[k] = ImageFont.truetype(FONTS[key], max(px, 4))
    return _PIL_CACHE[k]


class Page:
    def __init__(self, w: float = 210.0, h: float = 297.0, bg=(255, 255, 255)):
        self.w, self.h, self.bg = w, h, bg
        self.ops: list = []

    def text(self, x, y, s, font="sans", size=10.0, color=(0, 0, 0), align="l", pdf=True):
        """y is the baseline. pdf=False: ink only (handwriting/stamp) but still in text layer."""
        self.ops.append(("t", x, y, str(s), font, size, color, align))
        return text_width(str(s), font, size)

    def rect(self, x, y, w, h, stroke=(0, 0, 0), fill=None, lw=0.3):
        self.ops.append(("r", x, y, w, h, stroke, fill, lw))

    def line(self, x1, y1, x2, y2, color=(0, 0, 0), lw=0.3):
        self.ops.append(("l", x1, y1, x2, y2, color, lw))

    def poly(self, pts, color=(0, 0, 0), lw=0.4):
        self.ops.append(("p", list(pts), color, lw))

    def ellipse(self, x, y, w, h, stroke=None, fill=(200, 200, 200), lw=0.3):
        self.ops.append(("e", x, y, w, h, stroke, fill, lw))

    def image(self, x, y, w, h, img: Image.Image):
        self.ops.append(("i", x, y, w, h, img))

    def para(self, x, y, s, width, font="sans", size=9.0, lead=None, color=(0, 0, 0)):
        """Wrap text into lines of at most width mm; returns the y after the last line."""
        lead = lead or size * 0.45
        line = ""
        for word in s.split():
            trial = (line + " " + word).strip()
            if text_width(trial, font, size) > width and line:
                self.text(x, y, line, font, size, color)
                y += lead
                line = word
            else:
                line = trial
        if line:
            self.text(x, y, line, font, size, color)
            y += lead
        return y

    def field(self, x, y, w, h, label, value, lfont="sans", vfont="sansb", lsize=6.5, vsize=10):
        """A box with its label in the top-left corner and the value below it, inside."""
        self.rect(x, y, w, h, lw=0.25, stroke=(90, 90, 90))
        self.text(x + 1.2, y + 1.2 + lsize * 0.3, label, lfont, lsize, (70, 70, 70))
        if value:
            self.text(x + 1.8, y + h - 1.6, value, vfont, vsize)


# ----------------------------------------------------------------------------- rendering
def render(page: Page, dpi: int = 150) -> Image.Image:
    k = dpi / 25.4
    img = Image.new("RGB", (round(page.w * k), round(page.h * k)), page.bg)
    d = ImageDraw.Draw(img)
    for op in page.ops:
        kind = op[0]
        if kind == "t":
            _, x, y, s, font, size, color, align = op
            f = pil_font(font, round(size * dpi / 72))
            anchor = {"l": "ls", "m": "ms", "r": "rs"}[align]
            kw = {"direction": "rtl"} if font == "arabic" and align != "m" else {}
            if font == "arabic":
                anchor = "rs" if align == "r" else anchor
            d.text((x * k, y * k), s, font=f, fill=color, anchor=anchor, **kw)
        elif kind == "r":
            _, x, y, w, h, stroke, fill, lw = op
            d.rectangle(
                [x * k, y * k, (x + w) * k, (y + h) * k],
                outline=stroke,
                fill=fill,
                width=max(1, round(lw * k)) if stroke else 0,
            )
        elif kind == "l":
            _, x1, y1, x2, y2, color, lw = op
            d.line([x1 * k, y1 * k, x2 * k, y2 * k], fill=color, width=max(1, round(lw * k)))
        elif kind == "p":
            _, pts, color, lw = op
            d.line([(px * k, py * k) for px, py in pts], fill=color, width=max(1, round(lw * k)))
        elif kind == "e":
            _, x, y, w, h, stroke, fill, lw = op
            d.ellipse([x * k, y * k, (x + w) * k, (y + h) * k], outline=stroke, fill=fill)
        elif kind == "i":
            _, x, y, w, h, sub = op
            sub = sub.convert("RGB").resize((max(1, round(w * k)), max(1, round(h * k))))
            img.paste(sub, (round(x * k), round(y * k)))
    return img


def _rl(c):
    return tuple(v / 255 for v in c)


def write_text_pdf(path: str, pages: list[Page], title: str = "") -> None:
    mm = 72 / 25.4
    c = rl_canvas.Canvas(path, invariant=1, pagesize=(pages[0].w * mm, pages[0].h * mm))
    c.setTitle(title)
    c.setAuthor("")
    for pg in pages:
        c.setPageSize((pg.w * mm, pg.h * mm))
        H = pg.h * mm
        for op in pg.ops:
            kind = op[0]
            if kind == "t":
                _, x, y, s, font, size, color, align = op
                c.setFont(_reg(font), size)
                c.setFillColorRGB(*_rl(color))
                fn = {"l": c.drawString, "m": c.drawCentredString, "r": c.drawRightString}[align]
                fn(x * mm, H - y * mm, s)
            elif kind == "r":
                _, x, y, w, h, stroke, fill, lw = op
                c.setLineWidth(lw * mm)
                if stroke:
                    c.setStrokeColorRGB(*_rl(stroke))
                if fill:
                    c.setFillColorRGB(*_rl(fill))
                c.rect(
                    x * mm, H - (y + h) * mm, w * mm, h * mm, stroke=bool(stroke), fill=bool(fill)
                )
            elif kind == "l":
                _, x1, y1, x2, y2, color, lw = op
                c.setStrokeColorRGB(*_rl(color))
                c.setLineWidth(lw * mm)
                c.line(x1 * mm, H - y1 * mm, x2 * mm, H - y2 * mm)
            elif kind == "p":
                _, pts, color, lw = op
                c.setStrokeColorRGB(*_rl(color))
                c.setLineWidth(lw * mm)
                p = c.beginPath()
                p.moveTo(pts[0][0] * mm, H - pts[0][1] * mm)
                for px, py in pts[1:]:
                    p.lineTo(px * mm, H - py * mm)
                c.drawPath(p, stroke=1, fill=0)
            elif kind == "e":
                _, x, y, w, h, stroke, fill, lw = op
                if fill:
                    c.setFillColorRGB(*_rl(fill))
                c.ellipse(x * mm, H - y * mm, (x + w) * mm, H - (y + h) * mm, stroke=0, fill=1)
            elif kind == "i":
                _, x, y, w, h, sub = op
                buf = io.BytesIO()
                sub.convert("RGB").save(buf, "JPEG", quality=88)
                buf.seek(0)
                c.drawImage(ImageReader(buf), x * mm, H - (y + h) * mm, w * mm, h * mm)
        c.showPage()
    c.save()


def write_image_pdf(path: str, images: list[Image.Image], dpi: int, rng: random.Random) -> None:
    """A scanner's PDF: each page a JPEG, no text layer."""
    mm = 72 / 25.4
    first = images[0]
    c = rl_canvas.Canvas(path, invariant=1, pagesize=(210 * mm, 297 * mm))
    for im in images:
        im = scan_effect(im, rng, grey=True)
        buf = io.BytesIO()
        im.save(buf, "JPEG", quality=70)
        buf.seek(0)
        w_mm, h_mm = im.width / dpi * 25.4, im.height / dpi * 25.4
        c.setPageSize((w_mm * mm, h_mm * mm))
        c.drawImage(ImageReader(buf), 0, 0, w_mm * mm, h_mm * mm)
        c.showPage()
    del first
    c.save()


# ----------------------------------------------------------------------------- looks
def scan_effect(img: Image.Image, rng: random.Random, grey: bool = False) -> Image.Image:
    ang = rng.uniform(-1.3, 1.3)
    tint = (rng.randint(236, 248),) * 3 if grey else (rng.randint(246, 255),) * 3
    im = img.rotate(ang, resample=Image.BICUBIC, expand=False, fillcolor=(255, 255, 255))
    arr = np.asarray(im).astype(np.float32)
    arr = arr * (np.array(tint) / 255.0)
    nrng = np.random.default_rng(rng.randint(0, 2**31))
    arr += nrng.normal(0, 4.5, arr.shape[:2])[..., None]
    if grey:
        g = arr.mean(axis=2, keepdims=True)
        arr = arr * 0.35 + g * 0.65
    im = Image.fromarray(np.clip(arr, 0, 255).astype(np.uint8))
    return im.filter(ImageFilter.GaussianBlur(0.45))


def save_scan(path: str, img: Image.Image, rng: random.Random) -> None:
    im = scan_effect(img, rng)
    if path.endswith(".png"):
        im.save(path, optimize=False)
    else:
        im.save(path, "JPEG", quality=rng.randint(78, 90))


def photo(img: Image.Image, rng: random.Random, rot: int = 0, long_side: int = 3200) -> Image.Image:
    """Phone photo of a page or card lying on a table."""
    W, H = (long_side * 3 // 4, long_side)
    if img.width > img.height:
        W, H = H, W
    nrng = np.random.default_rng(rng.randint(0, 2**31))
    base = np.array([rng.randint(90, 150), rng.randint(70, 120), rng.randint(50, 90)], np.float32)
    table = np.ones((H, W, 3), np.float32) * base
    grain = cv2.GaussianBlur(nrng.normal(0, 18, (H, W)).astype(np.float32), (0, 0), 6)
    stripes = 12 * np.sin(np.linspace(0, rng.uniform(20, 40), W))[None, :]
    table += (grain + stripes)[..., None]
    src = np.asarray(img.convert("RGB")).astype(np.float32)
    sh, sw = src.shape[:2]
    scale = min(W * rng.uniform(0.72, 0.84) / sw, H * rng.uniform(0.72, 0.84) / sh)
    cw, ch = sw * scale, sh * scale
    cx, cy = W / 2 + rng.uniform(-0.04, 0.04) * W, H / 2 + rng.uniform(-0.04, 0.04) * H
    j = 0.035 * min(W, H)
    dst = np.float32(
        [
            [cx - cw / 2 + rng.uniform(-j, j), cy - ch / 2 + rng.uniform(-j, j)],
            [cx + cw / 2 + rng.uniform(-j, j), cy - ch / 2 + rng.uniform(-j, j)],
            [cx + cw / 2 + rng.uniform(-j, j), cy + ch / 2 + rng.uniform(-j, j)],
            [cx - cw / 2 + rng.uniform(-j, j), cy + ch / 2 + rng.uniform(-j, j)],
        ]
    )
    M = cv2.getPerspectiveTransform(np.float32([[0, 0], [sw, 0], [sw, sh], [0, sh]]), dst)
    warped = cv2.warpPerspective(src, M, (W, H), flags=cv2.INTER_LINEAR)
    mask = cv2.warpPerspective(np.ones((sh, sw), np.float32), M, (W, H))
    shadow = cv2.GaussianBlur(np.roll(mask, (int(0.012 * H), int(0.01 * W)), (0, 1)), (0, 0), 25)
    table *= (1 - 0.45 * shadow)[..., None]
    out = warped * mask[..., None] + table * (1 - mask[..., None])
    yy, xx = np.mgrid[0:H, 0:W].astype(np.float32)
    ang = rng.uniform(0, 2 * math.pi)
    grad = (np.cos(ang) * xx / W + np.sin(ang) * yy / H) * rng.uniform(0.18, 0.32)
    light = 1.0 - grad + grad.mean()
    out *= light[..., None]
    cast = np.array([rng.uniform(1.0, 1.07), 1.0, rng.uniform(0.86, 0.96)], np.float32)
    out = out * cast + nrng.normal(0, 3.0, (H, W))[..., None]
    out = cv2.GaussianBlur(np.clip(out, 0, 255), (0, 0), rng.uniform(0.7, 1.4))
    im = Image.fromarray(out.astype(np.uint8))
    if rot:
        im = im.rotate(rot, expand=True)
    return im


def save_photo(path, img, rng, rot=0, long_side=3200):
    photo(img, rng, rot, long_side).save(path, "JPEG", quality=rng.randint(84, 92))


# ----------------------------------------------------------------------------- ink
def signature(page: Page, x, y, w, rng: random.Random, color=(20, 30, 110), lw=0.45):
    """A pen signature: a few cursive-like polylines inside (x, y)-(x+w, y+w/3)."""
    h = w / 3
    for stroke in range(rng.randint(2, 3)):
        pts = []
        n = rng.randint(25, 40)
        x0 = x + stroke * w * 0.1
        span = w * rng.uniform(0.55, 0.9)
        f1, f2 = rng.uniform(2.5, 5.5), rng.uniform(6, 11)
        ph = rng.uniform(0, 6)
        for i in range(n):
            t = i / (n - 1)
            px = x0 + span * t + 1.6 * math.sin(t * f2 * 2 * math.pi + ph)
            py = y + h * (0.5 + 0.38 * math.sin(t * f1 * 2 * math.pi + ph) * (1 - 0.4 * t))
            pts.append((px, py))
        page.poly(pts, color, lw)
    page.poly([(x + w * 0.1, y + h * 0.95), (x + w * 0.95, y + h * 0.8)], color, lw * 0.8)


def stamp(page: Page, cx, cy, r, lines, color=(40, 60, 150), font="sansb"):
    """A round rubber stamp with up to three lines of text inside."""
    pts = [
        (cx + r * math.cos(a / 40 * 2 * math.pi), cy + r * math.sin(a / 40 * 2 * math.pi))
        for a in range(41)
    ]
    page.poly(pts, color, 0.6)
    pts2 = [
        (
            cx + (r - 1.5) * math.cos(a / 40 * 2 * math.pi),
            cy + (r - 1.5) * math.sin(a / 40 * 2 * math.pi),
        )
        for a in range(41)
    ]
    page.poly(pts2, color, 0.3)
    n = len(lines)
    for i, s in enumerate(lines):
        size = 6.0 if len(s) < 18 else 4.8
        page.text(cx, cy + (i - (n - 1) / 2) * 3.2 + 1, s, font, size, color, "m")


def rect_stamp(page: Page, x, y, lines, color=(150, 40, 60), size=6.5, font="sansb"):
    w = max(text_width(s, font, size) for s in lines) + 5
    h = len(lines) * size * 0.42 + 3
    page.rect(x, y, w, h, stroke=color, lw=0.5)
    for i, s in enumerate(lines):
        page.text(x + 2.5, y + 2.6 + size * 0.3 + i * size * 0.42, s, font, size, color)
    return w, h


def guilloche(page: Page, x, y, w, h, rng, color=(205, 225, 215), n=9):
    for i in range(n):
        f = rng.uniform(3, 7)
        ph = rng.uniform(0, 6)
        a = h * rng.uniform(0.05, 0.12)
        yy = y + h * (i + 0.5) / n
        pts = [
            (x + w * t / 80, yy + a * math.sin(f * t / 80 * 2 * math.pi + ph)) for t in range(81)
        ]
        page.poly(pts, color, 0.2)


def face(page: Page, x, y, w, h, tone=(120, 95, 80), bg=(225, 228, 232), hair=(30, 25, 25)):
    page.rect(x, y, w, h, stroke=None, fill=bg)
    page.ellipse(x + w * 0.05, y + h * 0.7, w * 0.9, h * 0.3, fill=(60, 60, 75))
    page.ellipse(x + w * 0.24, y + h * 0.1, w * 0.52, h * 0.24, fill=hair)
    page.ellipse(x + w * 0.27, y + h * 0.16, w * 0.46, h * 0.56, fill=tone)
    page.rect(x + w * 0.4, y + h * 0.66, w * 0.2, h * 0.1, stroke=None, fill=tone)
