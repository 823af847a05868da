"""Tiny page model rendered either to a text PDF (reportlab) or to a PIL image."""

import io
import math
import random

import cv2
import numpy as np
from PIL import Image, ImageDraw, ImageFilter, ImageFont
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas as rl_canvas

cv2.setNumThreads(1)

FT = "/usr/share/fonts/truetype/"
FONTS = {
    "sans": FT + "dejavu/DejaVuSans.ttf",
    "sansb": FT + "dejavu/DejaVuSans-Bold.ttf",
    "cond": FT + "dejavu/DejaVuSansCondensed.ttf",
    "condb": FT + "dejavu/DejaVuSansCondensed-Bold.ttf",
    "arial": FT + "liberation/LiberationSans-Regular.ttf",
    "arialb": FT + "liberation/LiberationSans-Bold.ttf",
    "narrow": FT + "liberation/LiberationSansNarrow-Regular.ttf",
    "serif": FT + "liberation/LiberationSerif-Regular.ttf",
    "serifb": FT + "liberation/LiberationSerif-Bold.ttf",
    "serifi": FT + "liberation/LiberationSerif-Italic.ttf",
    "dserif": FT + "dejavu/DejaVuSerif.ttf",
    "dserifb": FT + "dejavu/DejaVuSerif-Bold.ttf",
    "dserifi": FT + "dejavu/DejaVuSerif-Italic.ttf",
    "mono": FT + "dejavu/DejaVuSansMono.ttf",
    "monob": FT + "liberation/LiberationMono-Bold.ttf",
    "typew": FT + "freefont/FreeMono.ttf",
    "hand1": FT + "ecolier-court/Ecolier-court.ttf",
    "hand2": FT + "femkeklaver/femkeklaver.ttf",
    "hand3": FT + "rufscript/Rufscript010.ttf",
    "hand4": FT + "humor-sans/Humor-Sans.ttf",
}
_REG = set()
_PIL_CACHE = {}


def _rl_font(name):
    if name not in _REG:
        pdfmetrics.registerFont(TTFont("bb_" + name, FONTS[name]))
        _REG.add(name)
    return "bb_" + name


def _pil_font(name, px):
    key = (name, px)
    if key not in _PIL_CACHE:
        _PIL_CACHE[key] = ImageFont.truetype(FONTS[name], max(4, px))
    return _PIL_CACHE[key]


def _rgb(c):
    if isinstance(c, str):
        c = c.lstrip("#")
        return tuple(int(c[i : i + 2], 16) for i in (0, 2, 4))
    return c


class Page:
    """A page in millimetres, origin top-left. Sizes of text in points."""

    def __init__(self, w=210.0, h=297.0, bg="#ffffff"):
        self.w, self.h, self.bg, self.ops = w, h, bg, []

    def text(self, x, y, s, size=9, font="sans", color="#000000", anchor="l"):
        self.ops.append(("text", x, y, str(s), size, font, color, anchor))

    def rect(self, x, y, w, h, fill=None, stroke="#000000", lw=0.3):
        self.ops.append(("rect", x, y, w, h, fill, stroke, lw))

    def line(self, x1, y1, x2, y2, color="#000000", lw=0.3):
        self.ops.append(("poly", [(x1, y1), (x2, y2)], color, lw))

    def poly(self, pts, color="#000000", lw=0.3):
        self.ops.append(("poly", list(pts), color, lw))

    def ellipse(self, x, y, w, h, fill=None, stroke="#000000", lw=0.3):
        self.ops.append(("ellipse", x, y, w, h, fill, stroke, lw))

    def lines(self, x, y, rows, size=9, font="sans", lead=1.35, color="#000000"):
        for i, r in enumerate(rows):
            self.text(x, y + i * size * lead * 0.3528, r, size, font, color)

    def signature(self, x, y, w, h, seed, color="#1a2a7a"):
        """Handwritten-looking strokes: a few smooth loopy polylines."""
        rng = random.Random(seed)
        if rng.random() < 0.45:
            # angular style: a capital initial then a fast zig-zag and a long underline
            pts = [(x, y + h * 0.9), (x + w * 0.08, y), (x + w * 0.14, y + h * 0.8)]
            px = x + w * 0.14
            while px < x + w * 0.85:
                px += rng.uniform(0.03, 0.08) * w
                pts.append((px, y + h * rng.uniform(0.3, 0.85)))
            self.poly(pts, color, 0.45)
            self.poly(
                [(x - w * 0.03, y + h * 0.95), (x + w * rng.uniform(0.8, 1.05), y + h * 0.7)],
                color,
                0.4,
            )
            return
        n_strokes = rng.randint(2, 3)
        cx = x
        for k in range(n_strokes):
            pts = []
            seg_w = w * rng.uniform(0.35, 0.6) if k < n_strokes - 1 else w * 0.5
            loops = rng.randint(3, 6)
            ph = rng.uniform(0, 6.28)
            for i in range(60):
                t = i / 59
                px = cx + t * seg_w + math.sin(t * loops * 6.28 + ph) * h * 0.12
                amp = h * (0.45 - 0.25 * t) * rng.uniform(0.9, 1.1)
                py = y + h * 0.5 + math.cos(t * loops * 6.28 + ph) * amp - t * h * 0.15
                pts.append((px, py))
            self.poly(pts, color, 0.45)
            cx += seg_w * rng.uniform(0.6, 0.9)
        fy = y + h * rng.uniform(0.7, 0.95)
        self.poly(
            [(x + w * 0.05, fy), (x + w * 0.5, fy + h * 0.05), (x + w, fy - h * 0.2)], color, 0.4
        )

    def photo(self, x, y, w, h, seed, tone="#c9a27e"):
        rng = random.Random(seed)
        self.rect(x, y, w, h, fill="#d8dde3", stroke=None)
        self.ellipse(x + w * 0.05, y + h * 0.62, w * 0.9, h * 0.6, fill="#3b4252", stroke=None)
        self.ellipse(x + w * 0.25, y + h * 0.15, w * 0.5, h * 0.55, fill=tone, stroke=None)
        hair = rng.choice(["#1b1b1b", "#3a2416", "#5a3a1c"])
        self.ellipse(x + w * 0.23, y + h * 0.1, w * 0.54, h * 0.2, fill=hair, stroke=None)

    def code2d(self, x, y, size, seed, cells=22):
        rng = random.Random(seed)
        c = size / cells
        self.rect(x, y, size, size, fill="#ffffff", stroke=None)
        for i in range(cells):
            for j in range(cells):
                edge = i == 0 or j == cells - 1
                alt = (j == 0 and i % 2 == 0) or (i == cells - 1 and j % 2 == 1)
                if edge or alt or (0 < i < cells - 1 and 0 < j < cells - 1 and rng.random() < 0.5):
                    self.rect(x + j * c, y + i * c, c, c, fill="#000000", stroke=None)

    def stamp(self, x, y, r, lines, color="#2b3f9e", seed=0):
        self.ellipse(x - r, y - r, 2 * r, 2 * r, stroke=color, lw=0.8)
        self.ellipse(x - r * 0.8, y - r * 0.8, 1.6 * r, 1.6 * r, stroke=color, lw=0.4)
        for i, s in enumerate(lines):
            self.text(x, y - (len(lines) - 1) * 1.6 + i * 3.2, s, 6, "sansb", color, "c")


def render_pil(page, dpi=200, w_px=None):
    scale = (w_px / page.w) if w_px else dpi / 25.4
    img = Image.new("RGB", (int(page.w * scale), int(page.h * scale)), _rgb(page.bg))
    d = ImageDraw.Draw(img)
    for op in page.ops:
        kind = op[0]
        if kind == "text":
            _, x, y, s, size, font, color, anchor = op
            px = int(size * 0.3528 * scale)
            f = _pil_font(font, px)
            a = {"l": "ls", "c": "ms", "r": "rs"}[anchor]
            sw = max(1, px // 28) if font == "hand1" else 0
            d.text(
                (x * scale, y * scale),
                s,
                font=f,
                fill=_rgb(color),
                anchor=a,
                stroke_width=sw,
                stroke_fill=_rgb(color),
            )
        elif kind in ("rect", "ellipse"):
            _, x, y, w, h, fill, stroke, lw = op
            box = [x * scale, y * scale, (x + w) * scale, (y + h) * scale]
            width = max(1, int(lw * scale)) if stroke else 0
            fn = d.rectangle if kind == "rect" else d.ellipse
            fn(
                box,
                fill=_rgb(fill) if fill else None,
                outline=_rgb(stroke) if stroke else None,
                width=width,
            )
        elif kind == "poly":
            _, pts, color, lw = op
            d.line(
                [(px * scale, py * scale) for px, py in pts],
                fill=_rgb(color),
                width=max(1, int(lw * scale)),
                joint="curve",
            )
    return img


def render_pdf(pages, path, title="document", author=""):
    c = rl_canvas.Canvas(path, invariant=1, pagesize=(pages[0].w * mm, pages[0].h * mm))
    c.setTitle(title)
    c.setAuthor(author)
    for page in pages:
        c.setPageSize((page.w * mm, page.h * mm))
        H = page.h * mm
        if page.bg not in ("#ffffff", "#fff"):
            c.setFillColorRGB(*[v / 255 for v in _rgb(page.bg)])
            c.rect(0, 0, page.w * mm, H, stroke=0, fill=1)
        for op in page.ops:
            kind = op[0]
            if kind == "text":
                _, x, y, s, size, font, color, anchor = op
                c.setFont(_rl_font(font), size)
                c.setFillColorRGB(*[v / 255 for v in _rgb(color)])
                fn = {"l": c.drawString, "c": c.drawCentredString, "r": c.drawRightString}[anchor]
                fn(x * mm, H - y * mm, s)
            elif kind in ("rect", "ellipse"):
                _, x, y, w, h, fill, stroke, lw = op
                if fill:
                    c.setFillColorRGB(*[v / 255 for v in _rgb(fill)])
                if stroke:
                    c.setStrokeColorRGB(*[v / 255 for v in _rgb(stroke)])
                    c.setLineWidth(lw * mm)
                args = (x * mm, H - (y + h) * mm, w * mm, h * mm)
                if kind == "rect":
                    c.rect(*args, stroke=1 if stroke else 0, fill=1 if fill else 0)
                else:
                    c.ellipse(
                        args[0],
                        args[1],
                        args[0] + args[2],
                        args[1] + args[3],
                        stroke=1 if stroke else 0,
                        fill=1 if fill else 0,
                    )
            elif kind == "poly":
                _, pts, color, lw = op
                c.setStrokeColorRGB(*[v / 255 for v in _rgb(color)])
                c.setLineWidth(lw * mm)
                c.setLineCap(1)
                c.setLineJoin(1)
                p = c.beginPath()
                p.moveTo(pts[0][0] * mm, H - pts[0][1] * mm)
                for px, py in pts[1:]:
                    p.lineTo(px * mm, H - py * mm)
                c.drawPath(p, stroke=1, fill=0)
        c.showPage()
    c.save()


# ---------------------------------------------------------------- looks


def _noise(arr, rng, sigma):
    nrng = np.random.default_rng(rng.randint(0, 2**31))
    return np.clip(arr + nrng.normal(0, sigma, arr.shape), 0, 255)


def scan_look(img, rng, grey=238, skew=None):
    """Flatbed scan: grey paper, slight skew, a little noise and blur."""
    a = np.asarray(img).astype(np.float32)
    a = a * (grey / 255.0) + rng.uniform(0, 6)
    a = _noise(a, rng, 3.0).astype(np.uint8)
    out = Image.fromarray(a)
    ang = skew if skew is not None else rng.uniform(-1.2, 1.2)
    out = out.rotate(ang, resample=Image.BICUBIC, expand=True, fillcolor=(grey, grey, grey))
    return out.filter(ImageFilter.GaussianBlur(0.5))


def phone_look(img, rng, long_side=3200, rot=0, table=(96, 72, 52)):
    """Photo of a page on a table: perspective, shadow, colour cast, blur, rotation."""
    src = np.asarray(img.convert("RGB"))[:, :, ::-1].astype(np.float32)
    h, w = src.shape[:2]
    W, H = (long_side, int(long_side * 0.75)) if w > h else (int(long_side * 0.75), long_side)
    s = min(W / w, H / h) * rng.uniform(0.72, 0.82)
    cx, cy = W / 2 + rng.uniform(-0.04, 0.04) * W, H / 2 + rng.uniform(-0.04, 0.04) * H
    dw, dh = w * s / 2, h * s / 2
    j = lambda: rng.uniform(-0.045, 0.045) * min(W, H)  # noqa: E731
    dst = np.float32(
        [
            [cx - dw + j(), cy - dh + j()],
            [cx + dw + j(), cy - dh + j()],
            [cx + dw + j(), cy + dh + j()],
            [cx - dw + j(), cy + dh + j()],
        ]
    )
    srcq = np.float32([[0, 0], [w, 0], [w, h], [0, h]])
    M = cv2.getPerspectiveTransform(srcq, dst)
    bg = np.zeros((H, W, 3), np.float32)
    bg[:] = table[::-1]
    yy, xx = np.mgrid[0:H, 0:W].astype(np.float32)
    bg *= (0.85 + 0.25 * (xx / W))[..., None]
    warped = cv2.warpPerspective(src, M, (W, H), flags=cv2.INTER_LINEAR)
    mask = cv2.warpPerspective(np.ones((h, w), np.float32), M, (W, H))[..., None]
    out = warped * mask + bg * (1 - mask)
    light = 0.78 + 0.3 * (
        1 - ((xx - W * rng.uniform(0.2, 0.8)) ** 2 + (yy - H * 0.3) ** 2) / (W * W + H * H)
    )
    sx = rng.uniform(0.15, 0.6) * W
    shadow = np.where(xx + 0.4 * yy < sx, rng.uniform(0.62, 0.78), 1.0)
    shadow = cv2.GaussianBlur(shadow.astype(np.float32), (0, 0), 40)
    out = out * (light * shadow)[..., None]
    out *= np.float32([rng.uniform(0.88, 0.95), rng.uniform(0.97, 1.0), rng.uniform(1.0, 1.06)])
    out = cv2.GaussianBlur(out, (0, 0), rng.uniform(0.8, 1.6))
    out = _noise(out, rng, 4.0).astype(np.uint8)
    im = Image.fromarray(out[:, :, ::-1])
    if rot:
        im = im.rotate(rot, expand=True)
    return im


def save_jpeg(img, path, q=85):
    img.convert("RGB").save(path, "JPEG", quality=q, optimize=False)


def image_pdf(imgs, path, rng, dpi=200):
    """Scanner PDF: each page an image (JPEG), no text layer."""
    first = imgs[0]
    c = rl_canvas.Canvas(
        path, invariant=1, pagesize=(first.width * 72 / dpi, first.height * 72 / dpi)
    )
    from reportlab.lib.utils import ImageReader

    for img in imgs:
        im = scan_look(img, rng)
        buf = io.BytesIO()
        im.save(buf, "JPEG", quality=80)
        buf.seek(0)
        pw, ph = im.width * 72 / dpi, im.height * 72 / dpi
        c.setPageSize((pw, ph))
        c.drawImage(ImageReader(buf), 0, 0, pw, ph)
        c.showPage()
    c.save()
