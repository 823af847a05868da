"""Page model (ops in millimetres, y from the top), PDF/image renderers and the "looks"."""

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

F = "/usr/share/fonts/"
FONTS = {
    "sans": F + "truetype/liberation/LiberationSans-Regular.ttf",
    "sans-b": F + "truetype/liberation/LiberationSans-Bold.ttf",
    "serif": F + "truetype/liberation/LiberationSerif-Regular.ttf",
    "serif-b": F + "truetype/liberation/LiberationSerif-Bold.ttf",
    "serif-i": F + "truetype/liberation/LiberationSerif-Italic.ttf",
    "mono": F + "truetype/liberation/LiberationMono-Regular.ttf",
    "carlito": F + "truetype/crosextra/Carlito-Regular.ttf",
    "carlito-b": F + "truetype/crosextra/Carlito-Bold.ttf",
    "lato": F + "truetype/lato/Lato-Regular.ttf",
    "lato-b": F + "truetype/lato/Lato-Bold.ttf",
    "lato-l": F + "truetype/lato/Lato-Light.ttf",
    "open": F + "truetype/open-sans/OpenSans-Regular.ttf",
    "open-b": F + "truetype/open-sans/OpenSans-Bold.ttf",
    "open-sb": F + "truetype/open-sans/OpenSans-Semibold.ttf",
    "dejavu": F + "truetype/dejavu/DejaVuSans.ttf",
    "dejavu-b": F + "truetype/dejavu/DejaVuSans-Bold.ttf",
    "dejavu-c": F + "truetype/dejavu/DejaVuSansCondensed.ttf",
    "free-serif": F + "truetype/freefont/FreeSerif.ttf",
    "free-serif-b": F + "truetype/freefont/FreeSerifBold.ttf",
    # image-only fonts (OpenType CFF: PIL only)
    "ocrb": F + "opentype/ocr-b/OCRB.otf",
    "amiri": F + "opentype/fonts-hosny-amiri/Amiri-Regular.ttf",
    "amiri-b": F + "opentype/fonts-hosny-amiri/Amiri-Bold.ttf",
    "hand1": F + "opentype/dancingscript/DancingScript-Regular.otf",
    "hand2": F + "truetype/ecolier-court/Ecolier-court.ttf",
    "hand3": F + "truetype/femkeklaver/femkeklaver.ttf",
    "hand4": F + "opentype/kaushanscript/KaushanScript-Regular.otf",
    "hand5": F + "opentype/comic-neue/ComicNeue-Regular.otf",
}
PDF_FONTS = [k for k, v in FONTS.items() if v.endswith(".ttf") and not k.startswith("amiri")]
_pil_cache: dict = {}
SCALE = {"hand2": 1.55}  # school cursive with a small x-height


def pil_font(name: str, px: float) -> ImageFont.FreeTypeFont:
    key = (name, int(round(px * SCALE.get(name, 1.0))))
    if key not in _pil_cache:
        _pil_cache[key] = ImageFont.truetype(FONTS[name], max(4, key[1]))
    return _pil_cache[key]


class Page:
    """One page: a list of drawing ops in mm (origin top-left, text y is the baseline)."""

    def __init__(self, w: float = 210.0, h: float = 297.0, bg=(255, 255, 255)):
        self.w, self.h, self.bg, self.ops = w, h, bg, []

    def text(self, x, y, s, font="sans", size=10.0, color=(20, 20, 20), align="l", jitter=None):
        self.ops.append(("text", x, y, str(s), font, size, color, align, jitter))

    def rect(self, x, y, w, h, stroke=(0, 0, 0), fill=None, lw=0.3):
        self.ops.append(("rect", x, y, w, h, stroke, fill, lw))

    def line(self, x1, y1, x2, y2, color=(0, 0, 0), lw=0.3):
        self.ops.append(("line", x1, y1, x2, y2, color, lw))

    def image(self, x, y, w, h, img: Image.Image):
        self.ops.append(("image", x, y, w, h, img))

    def para(self, x, y, lines, font="sans", size=9.0, lead=None, color=(20, 20, 20)):
        lead = lead or size * 0.42
        for i, s in enumerate(lines):
            self.text(x, y + i * lead, s, font, size, color)
        return y + len(lines) * lead

    def pdf_ok(self) -> bool:
        return all(op[0] != "text" or op[4] in PDF_FONTS for op in self.ops)


def _register(name: str) -> str:
    if name not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont(name, FONTS[name]))
    return name


def render_pdf(pages: list[Page], path, title="", producer="") -> None:
    """Vector PDF with a text layer (what a bank or a biller e-mails)."""
    mm = 72 / 25.4
    c = rl_canvas.Canvas(str(path), invariant=1, pagesize=(pages[0].w * mm, pages[0].h * mm))
    c.setTitle(title)
    c.setAuthor("")
    c.setProducer(producer or "ReportLab PDF Library")
    for pg in pages:
        c.setPageSize((pg.w * mm, pg.h * mm))
        H = pg.h * mm
        for op in pg.ops:
            kind = op[0]
            if kind == "text":
                _, x, y, s, font, size, color, align, _j = op
                c.setFont(_register(font), size)
                c.setFillColorRGB(*[v / 255 for v in color])
                fn = {"l": c.drawString, "r": c.drawRightString, "c": c.drawCentredString}[align]
                fn(x * mm, H - y * mm, s)
            elif kind == "rect":
                _, x, y, w, h, stroke, fill, lw = op
                c.setLineWidth(lw * mm)
                if stroke:
                    c.setStrokeColorRGB(*[v / 255 for v in stroke])
                if fill:
                    c.setFillColorRGB(*[v / 255 for v in fill])
                c.rect(
                    x * mm, H - (y + h) * mm, w * mm, h * mm, stroke=bool(stroke), fill=bool(fill)
                )
            elif kind == "line":
                _, x1, y1, x2, y2, color, lw = op
                c.setLineWidth(lw * mm)
                c.setStrokeColorRGB(*[v / 255 for v in color])
                c.line(x1 * mm, H - y1 * mm, x2 * mm, H - y2 * mm)
            elif kind == "image":
                _, x, y, w, h, img = op
                c.drawImage(ImageReader(img), x * mm, H - (y + h) * mm, w * mm, h * mm, mask="auto")
        c.showPage()
    c.save()


def render_img(pg: Page, dpi: float, seed: int = 0) -> Image.Image:
    k = dpi / 25.4
    im = Image.new("RGB", (int(pg.w * k), int(pg.h * k)), pg.bg)
    d = ImageDraw.Draw(im)
    rng = random.Random(seed)
    for op in pg.ops:
        kind = op[0]
        if kind == "text":
            _, x, y, s, font, size, color, align, jitter = op
            f = pil_font(font, size * dpi / 72)
            if jitter:  # handwriting: per-glyph jitter of position and size
                cx = x * k
                if align != "l":
                    tw = f.getlength(s)
                    cx -= tw if align == "r" else tw / 2
                for ch in s:
                    g = pil_font(font, size * dpi / 72 * (1 + rng.uniform(-jitter, jitter)))
                    dy = rng.uniform(-jitter, jitter) * size * dpi / 72 * 0.4
                    d.text((cx, y * k + dy), ch, font=g, fill=color, anchor="ls")
                    cx += g.getlength(ch) * (1 + rng.uniform(-jitter / 2, jitter / 2))
            else:
                anchor = {"l": "ls", "r": "rs", "c": "ms"}[align]
                d.text((x * k, y * k), s, font=f, fill=color, anchor=anchor)
        elif kind == "rect":
            _, x, y, w, h, stroke, fill, lw = op
            d.rectangle(
                [x * k, y * k, (x + w) * k, (y + h) * k],
                outline=stroke,
                fill=fill,
                width=max(1, int(round(lw * k))) if stroke else 0,
            )
        elif kind == "line":
            _, x1, y1, x2, y2, color, lw = op
            d.line([x1 * k, y1 * k, x2 * k, y2 * k], fill=color, width=max(1, int(round(lw * k))))
        elif kind == "image":
            _, x, y, w, h, img = op
            sub = img.convert("RGBA").resize((max(1, int(w * k)), max(1, int(h * k))))
            im.paste(sub, (int(x * k), int(y * k)), sub)
    return im


# ---------------------------------------------------------------- small drawn things


def signature(name: str, rng: random.Random, color=(20, 30, 110)) -> Image.Image:
    """A handwritten signature: script name plus a flourish, RGBA."""
    im = Image.new("RGBA", (700, 260), (0, 0, 0, 0))
    d = ImageDraw.Draw(im)
    f = ImageFont.truetype(FONTS[rng.choice(["hand1", "hand4"])], rng.randint(80, 100))
    d.text((30, 150), name, font=f, fill=color + (255,), anchor="ls")
    w = int(min(650, 60 + f.getlength(name)))
    pts = []
    a, b = rng.uniform(0.02, 0.04), rng.uniform(0, 6)
    for i in range(40):
        t = i / 39
        pts.append((20 + t * w, 185 + 30 * math.sin(a * t * 200 + b) * (1 - t)))
    d.line(pts, fill=color + (255,), width=5)
    return im.rotate(rng.uniform(-8, 8), resample=Image.BICUBIC)


def stamp(lines: list[str], rng: random.Random, color=(40, 60, 150), rnd=True) -> Image.Image:
    """A round or rectangular rubber stamp, RGBA, a bit faded."""
    im = Image.new("RGBA", (520, 520 if rnd else 260), (0, 0, 0, 0))
    d = ImageDraw.Draw(im)
    c = color + (200,)
    if rnd:
        d.ellipse([10, 10, 510, 510], outline=c, width=8)
        d.ellipse([45, 45, 475, 475], outline=c, width=4)
        f = ImageFont.truetype(FONTS["dejavu-b"], 38)
        for i, s in enumerate(lines):
            d.text((260, 200 + i * 55), s, font=f, fill=c, anchor="ms")
    else:
        d.rectangle([8, 8, 512, 252], outline=c, width=7)
        f = ImageFont.truetype(FONTS["dejavu-b"], 34)
        for i, s in enumerate(lines):
            d.text((260, 70 + i * 50), s, font=f, fill=c, anchor="ms")
    a = np.array(im)
    noise = np.random.default_rng(rng.randint(0, 10**6)).random(a.shape[:2]) < 0.25
    a[noise, 3] = 0
    return Image.fromarray(a).rotate(rng.uniform(-15, 15), resample=Image.BICUBIC)


def face(rng: random.Random, skin=(150, 110, 80), bgc=(225, 228, 230)) -> Image.Image:
    im = Image.new("RGB", (350, 450), bgc)
    d = ImageDraw.Draw(im)
    d.ellipse([60, 330, 290, 560], fill=(60, 60, 70))
    d.rectangle([145, 270, 205, 350], fill=skin)
    d.ellipse([95, 80, 255, 300], fill=skin)
    d.chord([85, 55, 265, 220], 180, 360, fill=(25, 20, 20))
    for ex in (140, 205):
        d.ellipse([ex - 10, 170, ex + 10, 182], fill=(30, 25, 25))
    d.line([155, 250, 195, 250], fill=(110, 60, 50), width=4)
    return im.filter(ImageFilter.GaussianBlur(1.2))


# ---------------------------------------------------------------- looks


def _paper(im: Image.Image, rng: random.Random, tone: int, noise: float) -> Image.Image:
    a = np.asarray(im).astype(np.float32)
    g = np.random.default_rng(rng.randint(0, 10**6))
    a = a * (tone / 255.0) + g.normal(0, noise, a.shape[:2])[..., None]
    return Image.fromarray(np.clip(a, 0, 255).astype(np.uint8))


def scan_look(pg: Page, rng: random.Random, dpi=200, grey=False) -> Image.Image:
    im = render_img(pg, dpi, rng.randint(0, 10**6))
    im = _paper(im, rng, rng.randint(236, 248), rng.uniform(2, 5))
    im = im.rotate(rng.uniform(-1.2, 1.2), resample=Image.BICUBIC, fillcolor=(245, 245, 243))
    im = im.filter(ImageFilter.GaussianBlur(rng.uniform(0.3, 0.7)))
    return im.convert("L").convert("RGB") if grey else im


def save_jpeg(im: Image.Image, path, q=85, dpi=200) -> None:
    im.save(str(path), "JPEG", quality=q, dpi=(dpi, dpi), optimize=False)


def image_pdf(pages: list[Page], path, rng: random.Random, dpi=150) -> None:
    """A scanner's PDF: JPEG page images, no text layer."""
    mm = 72 / 25.4
    c = rl_canvas.Canvas(str(path), invariant=1)
    c.setProducer("Canon iR-ADV C3530 PDF")
    for pg in pages:
        im = scan_look(pg, rng, dpi, grey=rng.random() < 0.4)
        buf = io.BytesIO()
        im.save(buf, "JPEG", quality=rng.randint(60, 80))
        buf.seek(0)
        c.setPageSize((pg.w * mm, pg.h * mm))
        c.drawImage(ImageReader(Image.open(buf)), 0, 0, pg.w * mm, pg.h * mm)
        c.showPage()
    c.save()


def phone_photo(pg: Page, rng: random.Random, rot=0, long_side=3264, dpi=None) -> Image.Image:
    """A phone photo of a page or card on a table: perspective, shading, cast, blur, rotation."""
    dpi = dpi or (300 if pg.w < 150 else 160)
    doc = np.asarray(render_img(pg, dpi, rng.randint(0, 10**6)).convert("RGB"))
    h, w = doc.shape[:2]
    W, H = (long_side * 3) // 4, long_side
    g = np.random.default_rng(rng.randint(0, 10**6))
    table = np.array(rng.choice([(120, 90, 60), (200, 196, 188), (70, 70, 75), (160, 130, 100)]))
    bgi = np.ones((H, W, 3), np.float32) * table + g.normal(0, 6, (H, W, 1))
    scale = min(W * rng.uniform(0.72, 0.86) / w, H * rng.uniform(0.72, 0.86) / h)
    cw, ch = w * scale, h * scale
    cx, cy = W / 2 + rng.uniform(-0.05, 0.05) * W, H / 2 + rng.uniform(-0.05, 0.05) * H
    src = np.float32([[0, 0], [w, 0], [w, h], [0, h]])
    j = 0.04
    dst = np.float32(
        [
            [cx - cw / 2 + rng.uniform(-j, j) * cw, cy - ch / 2 + rng.uniform(-j, j) * ch],
            [cx + cw / 2 + rng.uniform(-j, j) * cw, cy - ch / 2 + rng.uniform(-j, j) * ch],
            [cx + cw / 2 + rng.uniform(-j, j) * cw, cy + ch / 2 + rng.uniform(-j, j) * ch],
            [cx - cw / 2 + rng.uniform(-j, j) * cw, cy + ch / 2 + rng.uniform(-j, j) * ch],
        ]
    )
    M = cv2.getPerspectiveTransform(src, dst)
    warped = cv2.warpPerspective(doc, M, (W, H), flags=cv2.INTER_LINEAR)
    mask = cv2.warpPerspective(np.ones((h, w), np.float32), M, (W, H))[..., None]
    out = bgi * (1 - mask) + warped.astype(np.float32) * mask
    # uneven light + a soft shadow, colour cast
    yy, xx = np.mgrid[0:H, 0:W].astype(np.float32)
    ang = rng.uniform(0, 2 * math.pi)
    grad = 0.82 + 0.2 * ((xx / W - 0.5) * math.cos(ang) + (yy / H - 0.5) * math.sin(ang) + 0.5)
    sx = rng.uniform(0.2, 0.8) * W
    shadow = 1 - 0.25 / (1 + np.exp(-(xx - sx) / (W * 0.03)))
    cast = np.array([rng.uniform(0.95, 1.05), 1.0, rng.uniform(0.86, 0.98)], np.float32)
    out = out * (grad * shadow)[..., None] * cast + g.normal(0, 3.5, (H, W, 1))
    out = np.clip(out, 0, 255).astype(np.uint8)
    k = rng.choice([3, 5])
    out = cv2.GaussianBlur(out, (k, k), 0)
    im = Image.fromarray(out)
    if rot:
        im = im.rotate(rot, expand=True)
    return im


def screenshot_page(w_px=1170, h_px=2532, bg=(255, 255, 255)) -> Page:
    """A page sized so that render_img(page, 254) gives w_px x h_px (1 mm = 10 px)."""
    return Page(w_px / 10, h_px / 10, bg)


def status_bar(pg: Page, clock="10:42", dark=False) -> None:
    c = (240, 240, 240) if dark else (10, 10, 10)
    pg.text(9, 9.5, clock, "open-sb", 12.5, c)
    pg.text(pg.w - 9, 9.5, "5G  87 %", "open-sb", 11, c, align="r")


def on_a4(card: Page, x=20.0, y=20.0, seed=0) -> Page:
    """A card or booklet laid on the glass of a scanner / photocopier."""
    pg = Page()
    pg.image(x, y, card.w, card.h, render_img(card, 300, seed))
    return pg
