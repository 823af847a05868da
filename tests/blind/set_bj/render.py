"""A tiny page model (mm, top-left origin) rendered either by Pillow or by reportlab,
plus pen signatures, rubber stamps and the scanner / phone camera effects."""

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

TT = "/usr/share/fonts/truetype/"
FONTS = {
    "sans": TT + "liberation/LiberationSans-Regular.ttf",
    "sansb": TT + "liberation/LiberationSans-Bold.ttf",
    "sansi": TT + "liberation/LiberationSans-Italic.ttf",
    "narrow": TT + "liberation/LiberationSansNarrow-Regular.ttf",
    "narrowb": TT + "liberation/LiberationSansNarrow-Bold.ttf",
    "serif": TT + "liberation/LiberationSerif-Regular.ttf",
    "serifb": TT + "liberation/LiberationSerif-Bold.ttf",
    "serifi": TT + "liberation/LiberationSerif-Italic.ttf",
    "mono": TT + "liberation/LiberationMono-Regular.ttf",
    "dejavu": TT + "dejavu/DejaVuSans.ttf",
    "dejavub": TT + "dejavu/DejaVuSans-Bold.ttf",
    "dejavuc": TT + "dejavu/DejaVuSansCondensed.ttf",
    "lato": TT + "lato/Lato-Regular.ttf",
    "latob": TT + "lato/Lato-Bold.ttf",
    "carlito": TT + "crosextra/Carlito-Regular.ttf",
    "carlitob": TT + "crosextra/Carlito-Bold.ttf",
    "caladea": TT + "crosextra/Caladea-Regular.ttf",
    "caladeab": TT + "crosextra/Caladea-Bold.ttf",
    "ocrb": "/usr/share/fonts/opentype/ocr-b/OCRB.otf",
    "cjk": TT + "wqy/wqy-zenhei.ttc",
    "hand1": TT + "ecolier-court/Ecolier-court.ttf",
    "hand2": TT + "femkeklaver/femkeklaver.ttf",
    "hand3": TT + "fifthhorseman/dkg.ttf",
    "hand4": TT + "breip/Breip.ttf",
    "hand5": TT + "rufscript/Rufscript010.ttf",
}
# reportlab cannot embed CFF fonts: fall back for the PDF backend only
RL_FALLBACK = {"ocrb": "mono"}
_rl_done: set[str] = set()
_pil_cache: dict = {}


def pil_font(key: str, px: float):
    k = (key, int(round(px)))
    if k not in _pil_cache:
        _pil_cache[k] = ImageFont.truetype(FONTS[key], max(4, int(round(px))))
    return _pil_cache[k]


def rl_font(key: str) -> str:
    key = RL_FALLBACK.get(key, key)
    if key not in _rl_done:
        pdfmetrics.registerFont(TTFont("F_" + key, FONTS[key]))
        _rl_done.add(key)
    return "F_" + key


class Page:
    def __init__(self, w=210.0, h=297.0, bg=(255, 255, 255)):
        self.w, self.h, self.bg = w, h, bg
        self.ops: list[tuple] = []

    def text(self, x, y, s, font="sans", size=10, color=(0, 0, 0), align="l"):
        self.ops.append(("text", x, y, str(s), font, size, color, align))

    def lines(self, x, y, rows, font="sans", size=10, lead=1.25, **kw):
        for i, r in enumerate(rows):
            self.text(x, y + i * size * lead * 0.3528, r, font, size, **kw)
        return y + len(rows) * size * lead * 0.3528

    def rect(self, x, y, w, h, stroke=(0, 0, 0), fill=None, lw=0.3):
        self.ops.append(("rect", x, y, w, h, stroke, fill, lw))

    def line(self, x1, y1, x2, y2, color=(0, 0, 0), lw=0.3):
        self.ops.append(("poly", [(x1, y1), (x2, y2)], color, lw))

    def poly(self, pts, color=(0, 0, 0), lw=0.3):
        self.ops.append(("poly", list(pts), color, lw))

    def image(self, x, y, w, h, img: Image.Image):
        self.ops.append(("image", x, y, w, h, img))

    def hand(self, x, y, s, rng, font="hand3", size=12, color=(20, 30, 110), spacing=1.0):
        """Handwritten text: glyph by glyph with jitter in position and size."""
        f = pil_font(font, 100)
        for ch in s:
            sz = size * rng.uniform(0.92, 1.08)
            self.text(
                x + rng.uniform(-0.15, 0.15), y + rng.uniform(-0.35, 0.35), ch, font, sz, color
            )
            x += f.getlength(ch) / 100 * sz * 0.3528 * spacing
        return x

    def comb(self, x, y, s, n, cw, rng, font="hand3", size=12, color=(20, 30, 110)):
        for i in range(n):
            self.rect(x + i * cw, y - cw * 0.85, cw, cw * 1.05, stroke=(60, 60, 60), lw=0.2)
        for i, ch in enumerate(s[:n]):
            if ch != " ":
                self.hand(x + i * cw + cw * 0.22, y - 0.6, ch, rng, font, size, color)

    def signature(self, x, y, w, h, rng, color=(15, 25, 95), lw=0.45):
        for stroke in signature_strokes(rng, w, h):
            self.poly([(x + px, y + py) for px, py in stroke], color, lw)


def signature_strokes(rng: random.Random, w: float, h: float):
    strokes = []
    n = rng.randint(5, 9)
    pts = []
    for i in range(n * 14):
        t = i / 14
        px = w * 0.05 + (w * 0.7) * t / n + 1.2 * math.sin(t * 6.3 + rng.random() * 0.2)
        amp = h * (0.22 + 0.18 * math.sin(t * 1.7 + 0.5))
        py = h * 0.55 - amp * math.sin(t * 2 * math.pi) * (1.3 if i % 14 < 5 else 0.8)
        pts.append((px + rng.uniform(-0.12, 0.12), py + rng.uniform(-0.12, 0.12)))
    strokes.append(pts)
    x0 = w * 0.02
    fl = [
        (
            x0 + w * 0.9 * t / 30,
            h * (0.78 + 0.1 * math.sin(t / 30 * math.pi * 1.5)) + rng.uniform(-0.1, 0.1),
        )
        for t in range(31)
    ]
    strokes.append(fl)
    if rng.random() < 0.6:
        cx = w * rng.uniform(0.1, 0.25)
        strokes.append(
            [
                (cx + 2.5 * math.cos(a / 10), h * 0.35 + 4 * math.sin(a / 10))
                for a in range(0, 63, 3)
            ]
        )
    return strokes


def stamp(lines_round, center, rng, color=(40, 60, 150), d_mm=34, rect=False, dpi=300):
    """A rubber stamp as an RGBA image (width d_mm)."""
    px = int(d_mm / 25.4 * dpi)
    im = Image.new("RGBA", (px, px if not rect else px // 2), (0, 0, 0, 0))
    dr = ImageDraw.Draw(im)
    c = color + (210,)
    w = max(2, px // 90)
    if rect:
        dr.rectangle([w, w, px - w, px // 2 - w], outline=c, width=w)
        dr.rectangle([3 * w, 3 * w, px - 3 * w, px // 2 - 3 * w], outline=c, width=1)
        f = pil_font("sansb", px / 13)
        all_l = list(lines_round) + list(center)
        for i, t in enumerate(all_l):
            dr.text(
                (px / 2, px / 4 + (i - (len(all_l) - 1) / 2) * px / 11),
                t,
                font=f,
                fill=c,
                anchor="mm",
            )
    else:
        dr.ellipse([w, w, px - w, px - w], outline=c, width=w)
        dr.ellipse([px * 0.2, px * 0.2, px * 0.8, px * 0.8], outline=c, width=max(1, w // 2))
        text = "  ".join(lines_round) + "  *  "
        f = pil_font("sansb", px / 12)
        r = px * 0.4
        for i, ch in enumerate(text):
            a = -math.pi / 2 + 2 * math.pi * i / len(text)
            g = Image.new("RGBA", (int(px / 8), int(px / 8)), (0, 0, 0, 0))
            ImageDraw.Draw(g).text((px / 16, px / 16), ch, font=f, fill=c, anchor="mm")
            g = g.rotate(-math.degrees(a) - 90, resample=Image.BICUBIC)
            im.alpha_composite(
                g,
                (int(px / 2 + r * math.cos(a) - px / 16), int(px / 2 + r * math.sin(a) - px / 16)),
            )
        f2 = pil_font("sansb", px / 14)
        for i, t in enumerate(center):
            dr.text(
                (px / 2, px / 2 + (i - (len(center) - 1) / 2) * px / 12),
                t,
                font=f2,
                fill=c,
                anchor="mm",
            )
    im = im.rotate(rng.uniform(-18, 18), resample=Image.BICUBIC, expand=True)
    a = np.array(im)
    mask = np.random.default_rng(rng.randint(0, 10**6)).random(a.shape[:2]) < 0.25
    a[..., 3][mask] = (a[..., 3][mask] * 0.3).astype(np.uint8)
    return Image.fromarray(a)


def portrait(rng: random.Random, skin=(150, 110, 80), w=350, h=450):
    im = Image.new("RGB", (w, h), (222, 226, 230))
    d = ImageDraw.Draw(im)
    hair = rng.choice([(20, 15, 12), (40, 30, 20), (70, 50, 30), (15, 15, 15)])
    d.ellipse(
        [w * 0.12, h * 0.72, w * 0.88, h * 1.35],
        fill=rng.choice([(40, 50, 80), (90, 90, 95), (200, 200, 205), (60, 30, 40)]),
    )
    d.rectangle([w * 0.42, h * 0.55, w * 0.58, h * 0.78], fill=skin)
    d.ellipse([w * 0.27, h * 0.12, w * 0.73, h * 0.68], fill=hair)
    d.ellipse([w * 0.3, h * 0.2, w * 0.7, h * 0.68], fill=skin)
    d.ellipse([w * 0.39, h * 0.38, w * 0.45, h * 0.42], fill=(30, 25, 20))
    d.ellipse([w * 0.55, h * 0.38, w * 0.61, h * 0.42], fill=(30, 25, 20))
    d.line([w * 0.43, h * 0.56, w * 0.57, h * 0.56], fill=(120, 60, 60), width=3)
    return im.filter(ImageFilter.GaussianBlur(1.2))


# ----------------------------------------------------------------- backends
def to_pil(page: Page, dpi=200) -> Image.Image:
    k = dpi / 25.4
    im = Image.new("RGB", (int(page.w * k), int(page.h * k)), page.bg)
    d = ImageDraw.Draw(im)
    for op in page.ops:
        if op[0] == "text":
            _, x, y, s, font, size, color, align = op
            f = pil_font(font, size * dpi / 72)
            anchor = {"l": "ls", "r": "rs", "c": "ms"}[align]
            d.text((x * k, y * k), s, font=f, fill=color, anchor=anchor)
        elif op[0] == "rect":
            _, x, y, w, h, stroke, fill, lw = op
            d.rectangle(
                [x * k, y * k, (x + w) * k, (y + h) * k],
                fill=fill,
                outline=stroke,
                width=max(1, int(lw * k)) if stroke else 0,
            )
        elif op[0] == "poly":
            _, pts, color, lw = op
            d.line(
                [(px * k, py * k) for px, py in pts],
                fill=color,
                width=max(1, int(round(lw * k))),
                joint="curve",
            )
        elif op[0] == "image":
            _, x, y, w, h, img = op
            sub = img.resize((max(1, int(w * k)), max(1, int(h * k))), Image.LANCZOS)
            if sub.mode == "RGBA":
                im.paste(sub, (int(x * k), int(y * k)), sub)
            else:
                im.paste(sub.convert("RGB"), (int(x * k), int(y * k)))
    return im


def to_pdf(pages: list[Page], path: str, title="", author=""):
    mm = 72 / 25.4
    c = rl_canvas.Canvas(path, pagesize=(pages[0].w * mm, pages[0].h * mm), invariant=1)
    c.setTitle(title)
    c.setAuthor(author)
    for page in pages:
        c.setPageSize((page.w * mm, page.h * mm))
        H = page.h * mm
        for op in page.ops:
            if op[0] == "text":
                _, x, y, s, font, size, color, align = op
                c.setFont(rl_font(font), size)
                c.setFillColorRGB(*[v / 255 for v in color])
                fn = {"l": c.drawString, "r": c.drawRightString, "c": c.drawCentredString}
                fn[align](x * mm, H - y * mm, s)
            elif op[0] == "rect":
                _, x, y, w, h, stroke, fill, lw = op
                if fill:
                    c.setFillColorRGB(*[v / 255 for v in fill])
                if stroke:
                    c.setStrokeColorRGB(*[v / 255 for v in stroke])
                c.setLineWidth(lw * mm)
                c.rect(
                    x * mm,
                    H - (y + h) * mm,
                    w * mm,
                    h * mm,
                    stroke=1 if stroke else 0,
                    fill=1 if fill else 0,
                )
            elif op[0] == "poly":
                _, pts, color, lw = op
                c.setStrokeColorRGB(*[v / 255 for v in color])
                c.setLineWidth(lw * mm)
                c.setLineCap(1)
                c.setLineJoin(1)
                p = c.beginPath()
                p.moveTo(pts[0][0] * mm, H - pts[0][1] * mm)
                for px, py in pts[1:]:
                    p.lineTo(px * mm, H - py * mm)
                c.drawPath(p, stroke=1, fill=0)
            elif op[0] == "image":
                _, x, y, w, h, img = op
                c.drawImage(ImageReader(img), x * mm, H - (y + h) * mm, w * mm, h * mm, mask="auto")
        c.showPage()
    c.save()


# ----------------------------------------------------------------- effects
def _np(img):
    return np.asarray(img.convert("RGB")).astype(np.float32)


def scan_effect(img: Image.Image, rng: random.Random, tint=None) -> Image.Image:
    a = _np(img)
    tint = tint or rng.choice([(246, 245, 240), (238, 238, 236), (250, 248, 242)])
    a = a * (np.array(tint, np.float32) / 255.0)
    g = np.random.default_rng(rng.randint(0, 10**6))
    a += g.normal(0, 4.0, a.shape[:2])[..., None]
    out = Image.fromarray(np.clip(a, 0, 255).astype(np.uint8))
    out = out.rotate(rng.uniform(-0.9, 0.9), resample=Image.BICUBIC, expand=False, fillcolor=tint)
    return out.filter(ImageFilter.GaussianBlur(rng.uniform(0.3, 0.7)))


def photo_effect(img: Image.Image, rng: random.Random, rot=0, long_side=3200) -> Image.Image:
    src = np.asarray(img.convert("RGB"))
    h, w = src.shape[:2]
    s = long_side / max(w, h) * 0.78
    src = cv2.resize(src, (int(w * s), int(h * s)), interpolation=cv2.INTER_AREA)
    h, w = src.shape[:2]
    W, H = (long_side, int(long_side * 0.75)) if w > h else (int(long_side * 0.75), long_side)
    g = np.random.default_rng(rng.randint(0, 10**6))
    base = np.array(
        rng.choice([(120, 90, 60), (160, 150, 140), (90, 95, 100), (185, 160, 120)]), np.float32
    )
    table = np.ones((H, W, 3), np.float32) * base
    table += g.normal(0, 9, (H, W, 1))
    table = cv2.GaussianBlur(table, (0, 0), 3)
    ox, oy = (W - w) / 2, (H - h) / 2
    j = lambda: rng.uniform(-0.05, 0.05) * min(W, H)  # noqa: E731
    dst = np.float32(
        [
            [ox + j(), oy + j()],
            [ox + w + j(), oy + j()],
            [ox + w + j(), oy + h + j()],
            [ox + j(), oy + h + j()],
        ]
    )
    M = cv2.getPerspectiveTransform(np.float32([[0, 0], [w, 0], [w, h], [0, h]]), dst)
    warped = cv2.warpPerspective(src, M, (W, H)).astype(np.float32)
    mask = cv2.warpPerspective(np.ones((h, w), np.float32), M, (W, H))
    sh = cv2.GaussianBlur(
        cv2.warpPerspective(np.ones((h, w), np.float32), M, (W, H), borderValue=0), (0, 0), 18
    )
    sh = np.roll(np.roll(sh, 14, 0), 10, 1)
    out = table * (1 - 0.45 * sh[..., None])
    out = out * (1 - mask[..., None]) + warped * mask[..., None]
    yy, xx = np.mgrid[0:H, 0:W].astype(np.float32)
    cx, cy = rng.uniform(0, W), rng.uniform(0, H)
    light = 1.08 - 0.35 * np.sqrt((xx - cx) ** 2 + (yy - cy) ** 2) / max(W, H)
    if rng.random() < 0.6:  # the phone's shadow
        x0 = rng.uniform(0.2, 0.8) * W
        light *= 1 - 0.22 * (1 / (1 + np.exp(-(xx - x0) / 60)))
    cast = np.array(
        [rng.uniform(0.95, 1.05), rng.uniform(0.96, 1.02), rng.uniform(0.86, 0.98)], np.float32
    )
    out = out * light[..., None] * cast
    out += g.normal(0, 3.5, out.shape)
    out = cv2.GaussianBlur(np.clip(out, 0, 255), (0, 0), rng.uniform(0.6, 1.3))
    res = Image.fromarray(out.astype(np.uint8))
    if rot:
        res = res.rotate(rot, expand=True)
    return res


def save_jpeg(img: Image.Image, path: str, q=85, dpi=None):
    kw = {"quality": q}
    if dpi:
        kw["dpi"] = (dpi, dpi)
    img.convert("RGB").save(path, "JPEG", **kw)


def image_pdf(imgs: list[Image.Image], path: str, rng: random.Random, dpi=200):
    mm = 72 / 25.4
    c = rl_canvas.Canvas(path, pagesize=(210 * mm, 297 * mm), invariant=1)
    c.setCreator("Canon MF Scan Utility")
    for img in imgs:
        s = scan_effect(img, rng)
        buf = io.BytesIO()
        s.convert("RGB").save(buf, "JPEG", quality=rng.randint(70, 85))
        buf.seek(0)
        c.drawImage(ImageReader(buf), 0, 0, 210 * mm, 297 * mm)
        c.showPage()
    c.save()


def on_a4(card: Image.Image, card_w_mm: float, x=20, y=20, dpi=200, extra=()) -> Image.Image:
    """A card / passport page placed on an A4 photocopy (extra: more (img, w, x, y))."""
    p = Page()
    for im, w, xx, yy in ((card, card_w_mm, x, y), *extra):
        p.image(xx, yy, w, w * im.height / im.width, im)
    return to_pil(p, dpi)
