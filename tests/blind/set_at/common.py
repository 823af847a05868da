"""Shared helpers: a two-backend page model, handwriting, looks and check digits."""

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

FT = "/usr/share/fonts/truetype/"
OT = "/usr/share/fonts/opentype/"
FONTS = {
    "sans": FT + "liberation/LiberationSans-Regular.ttf",
    "sans-b": FT + "liberation/LiberationSans-Bold.ttf",
    "sans-i": FT + "liberation/LiberationSans-Italic.ttf",
    "serif": FT + "liberation/LiberationSerif-Regular.ttf",
    "serif-b": FT + "liberation/LiberationSerif-Bold.ttf",
    "serif-i": FT + "liberation/LiberationSerif-Italic.ttf",
    "mono": FT + "liberation/LiberationMono-Regular.ttf",
    "dejavu": FT + "dejavu/DejaVuSans.ttf",
    "dejavu-b": FT + "dejavu/DejaVuSans-Bold.ttf",
    "cond": FT + "dejavu/DejaVuSansCondensed.ttf",
    "cond-b": FT + "dejavu/DejaVuSansCondensed-Bold.ttf",
    "lato": FT + "lato/Lato-Regular.ttf",
    "lato-b": FT + "lato/Lato-Bold.ttf",
    "lato-l": FT + "lato/Lato-Light.ttf",
    "open": FT + "open-sans/OpenSans-Regular.ttf",
    "open-b": FT + "open-sans/OpenSans-Bold.ttf",
    "roboto": FT + "roboto/unhinted/RobotoTTF/Roboto-Regular.ttf",
    "roboto-b": FT + "roboto/unhinted/RobotoTTF/Roboto-Bold.ttf",
    "roboto-m": FT + "roboto/unhinted/RobotoTTF/Roboto-Medium.ttf",
    "carlito": FT + "crosextra/Carlito-Regular.ttf",
    "carlito-b": FT + "crosextra/Carlito-Bold.ttf",
    "caladea": FT + "crosextra/Caladea-Regular.ttf",
    "caladea-b": FT + "crosextra/Caladea-Bold.ttf",
    "freeserif": FT + "freefont/FreeSerif.ttf",
    "freeserif-b": FT + "freefont/FreeSerifBold.ttf",
    "ocrb": OT + "ocr-b/OCRB.otf",
}
HANDS = {
    "ecolier": FT + "ecolier-court/Ecolier-court.ttf",
    "femke": FT + "femkeklaver/femkeklaver.ttf",
    "breip": FT + "breip/Breip.ttf",
    "dkg": FT + "fifthhorseman/dkg.ttf",
    "humor": FT + "humor-sans/Humor-Sans.ttf",
    "comic": OT + "comic-neue/ComicNeue-Regular.otf",
}
SCRIPTS = {
    "kaushan": OT + "kaushanscript/KaushanScript-Regular.otf",
    "dancing": OT + "dancingscript/DancingScript-Regular.otf",
    "rufscript": FT + "rufscript/Rufscript010.ttf",
    "dkgbi": FT + "fifthhorseman/dkgBI.ttf",
}
_FCACHE: dict = {}
_RL_DONE: set = set()


def pil_font(path: str, px: float) -> ImageFont.FreeTypeFont:
    key = (path, int(round(px)))
    if key not in _FCACHE:
        _FCACHE[key] = ImageFont.truetype(path, max(4, int(round(px))))
    return _FCACHE[key]


def rl_font(key: str) -> str:
    if key not in _RL_DONE:
        pdfmetrics.registerFont(TTFont(key, FONTS[key]))
        _RL_DONE.add(key)
    return key


def text_width_mm(s: str, font: str, size: float) -> float:
    f = pil_font(FONTS[font], size * 10)
    return f.getlength(s) / 10 * 25.4 / 72


class Page:
    """A page described in millimetres from the top-left corner, drawn by PIL or reportlab."""

    def __init__(self, w: float = 210.0, h: float = 297.0, bg=(255, 255, 255)):
        self.w, self.h, self.bg = w, h, bg
        self.ops: list = []

    def text(self, x, y, s, font="sans", size=9.0, color=(0, 0, 0), align="l"):
        self.ops.append(("text", x, y, str(s), font, size, color, align))

    def rect(self, x, y, w, h, stroke=(0, 0, 0), fill=None, lw=0.25):
        self.ops.append(("rect", x, y, w, h, stroke, fill, lw))

    def line(self, x1, y1, x2, y2, color=(0, 0, 0), lw=0.25):
        self.ops.append(("line", x1, y1, x2, y2, color, lw))

    def image(self, img: Image.Image, x, y, w, h=None):
        if h is None:
            h = w * img.height / img.width
        self.ops.append(("image", img, x, y, w, h))

    def para(self, x, y, width, s, font="sans", size=8.0, lead=None, color=(0, 0, 0)):
        """Wrap text into width mm; returns the y below the paragraph."""
        lead = lead or size * 0.45
        for raw in s.split("\n"):
            words, cur = raw.split(" "), ""
            for wd in words:
                cand = (cur + " " + wd).strip()
                if text_width_mm(cand, font, size) > width and cur:
                    self.text(x, y, cur, font, size, color)
                    y += lead
                    cur = wd
                else:
                    cur = cand
            self.text(x, y, cur, font, size, color)
            y += lead
        return y

    def comb(self, x, y, n, cell=5.0, h=6.0, color=(0, 0, 0), lw=0.25):
        for i in range(n):
            self.rect(x + i * cell, y, cell, h, stroke=color, lw=lw)

    # -- backends -----------------------------------------------------------------
    def to_image(self, dpi: int = 200) -> Image.Image:
        k = dpi / 25.4
        img = Image.new("RGB", (int(self.w * k), int(self.h * k)), self.bg)
        d = ImageDraw.Draw(img)
        for op in self.ops:
            if op[0] == "text":
                _, x, y, s, font, size, color, align = op
                path = FONTS.get(font, font)
                f = pil_font(path, size * dpi / 72)
                anchor = {"l": "ls", "r": "rs", "c": "ms"}[align]
                d.text((x * k, y * k), s, font=f, fill=tuple(color), anchor=anchor)
            elif op[0] == "rect":
                _, x, y, w, h, stroke, fill, lw = op
                box = [x * k, y * k, (x + w) * k, (y + h) * k]
                width = max(1, int(round(lw * k))) if stroke else 0
                d.rectangle(
                    box,
                    outline=tuple(stroke) if stroke else None,
                    fill=tuple(fill) if fill else None,
                    width=width,
                )
            elif op[0] == "line":
                _, x1, y1, x2, y2, color, lw = op
                d.line(
                    [x1 * k, y1 * k, x2 * k, y2 * k],
                    fill=tuple(color),
                    width=max(1, int(round(lw * k))),
                )
            elif op[0] == "image":
                _, im, x, y, w, h = op
                im2 = im.convert("RGBA").resize(
                    (max(1, int(w * k)), max(1, int(h * k))), Image.LANCZOS
                )
                img.paste(im2, (int(x * k), int(y * k)), im2)
        return img

    def draw_pdf(self, c) -> None:
        mm = 72 / 25.4
        H = self.h
        if self.bg != (255, 255, 255):
            c.setFillColorRGB(*[v / 255 for v in self.bg])
            c.rect(0, 0, self.w * mm, H * mm, stroke=0, fill=1)
        for op in self.ops:
            if op[0] == "text":
                _, x, y, s, font, size, color, align = op
                c.setFont(rl_font(font), size)
                c.setFillColorRGB(*[v / 255 for v in color])
                fn = {"l": c.drawString, "r": c.drawRightString, "c": c.drawCentredString}
                fn[align](x * mm, (H - y) * mm, s)
            elif op[0] == "rect":
                _, x, y, w, h, stroke, fill, lw = op
                c.setLineWidth(lw * mm)
                if stroke:
                    c.setStrokeColorRGB(*[v / 255 for v in stroke])
                if fill:
                    c.setFillColorRGB(*[v / 255 for v in fill])
                c.rect(
                    x * mm,
                    (H - y - h) * mm,
                    w * mm,
                    h * mm,
                    stroke=1 if stroke else 0,
                    fill=1 if fill else 0,
                )
            elif op[0] == "line":
                _, x1, y1, x2, y2, color, lw = op
                c.setLineWidth(lw * mm)
                c.setStrokeColorRGB(*[v / 255 for v in color])
                c.line(x1 * mm, (H - y1) * mm, x2 * mm, (H - y2) * mm)
            elif op[0] == "image":
                _, im, x, y, w, h = op
                c.drawImage(
                    ImageReader(im.convert("RGBA")),
                    x * mm,
                    (H - y - h) * mm,
                    w * mm,
                    h * mm,
                    mask="auto",
                )


def pdf_bytes(pages: list[Page], title: str = "", author: str = "") -> bytes:
    buf = io.BytesIO()
    c = rl_canvas.Canvas(
        buf, invariant=1, pagesize=(pages[0].w * 72 / 25.4, pages[0].h * 72 / 25.4)
    )
    if title:
        c.setTitle(title)
    if author:
        c.setAuthor(author)
    for p in pages:
        c.setPageSize((p.w * 72 / 25.4, p.h * 72 / 25.4))
        p.draw_pdf(c)
        c.showPage()
    c.save()
    return buf.getvalue()


# -- handwriting ------------------------------------------------------------------------
INK_BLUE = (28, 42, 130)
INK_BLACK = (30, 30, 38)


def hand(
    text: str,
    rng: random.Random,
    size_mm: float = 5.0,
    font: str = "ecolier",
    ink=INK_BLUE,
    slant: float = 0.0,
    spacing: float = 1.0,
) -> Image.Image:
    """Render text glyph by glyph with jitter (300 dpi). Returns a trimmed RGBA image."""
    px = size_mm * 300 / 25.4 * 1.6
    f = pil_font(HANDS.get(font, font), px)
    width = int(f.getlength(text) * 1.15 * spacing + px * 2)
    hgt = int(px * 2.2)
    img = Image.new("RGBA", (width, hgt), (0, 0, 0, 0))
    x = px * 0.4
    base = hgt * 0.68
    for ch in text:
        adv = f.getlength(ch) * spacing
        if ch != " ":
            tile = Image.new("RGBA", (int(px * 2), int(px * 2.2)), (0, 0, 0, 0))
            a = rng.randint(200, 255)
            ImageDraw.Draw(tile).text((px * 0.5, px * 1.5), ch, font=f, fill=(*ink, a), anchor="ls")
            tile = tile.rotate(rng.uniform(-6, 6) - slant, resample=Image.BICUBIC)
            dy = rng.uniform(-0.06, 0.06) * px
            img.alpha_composite(tile, (int(x - px * 0.5), int(base - px * 1.5 + dy)))
        x += adv * rng.uniform(0.95, 1.08)
    img = img.filter(ImageFilter.GaussianBlur(0.6))
    bbox = img.getbbox()
    return img.crop(bbox) if bbox else img


def signature(name: str, rng: random.Random, ink=INK_BLUE, font: str | None = None) -> Image.Image:
    """A handwritten-looking signature: script name, slanted, with a flourish stroke."""
    font = font or rng.choice(sorted(SCRIPTS))
    f = pil_font(SCRIPTS[font], 150)
    w = int(f.getlength(name) + 500)
    img = Image.new("RGBA", (w, 420), (0, 0, 0, 0))
    d = ImageDraw.Draw(img)
    d.text((120, 260), name, font=f, fill=(*ink, 235), anchor="ls")
    # flourish: a loose underline curve, drawn as a thick polyline
    x0, x1 = 60, w - rng.randint(80, 260)
    pts = []
    amp = rng.uniform(15, 45)
    for i in range(60):
        t = i / 59
        x = x0 + (x1 - x0) * t
        y = 300 + amp * math.sin(t * math.pi * rng.uniform(1.0, 1.6)) - 60 * t * t
        pts.append((x, y))
    for i in range(len(pts) - 1):
        width = int(3 + 5 * math.sin(math.pi * i / len(pts)))
        d.line([pts[i], pts[i + 1]], fill=(*ink, 230), width=width)
    # shear to slant the whole thing
    sh = rng.uniform(0.15, 0.35)
    img = img.transform(img.size, Image.AFFINE, (1, sh, -sh * 200, 0, 1, 0), Image.BICUBIC)
    img = img.rotate(rng.uniform(-8, 5), resample=Image.BICUBIC, expand=True)
    img = img.filter(ImageFilter.GaussianBlur(0.8))
    bbox = img.getbbox()
    return img.crop(bbox) if bbox else img


def tick(rng: random.Random, ink=INK_BLUE, cross: bool = True) -> Image.Image:
    img = Image.new("RGBA", (120, 120), (0, 0, 0, 0))
    d = ImageDraw.Draw(img)
    j = [rng.uniform(-8, 8) for _ in range(8)]
    if cross:
        d.line([(15 + j[0], 15 + j[1]), (105 + j[2], 105 + j[3])], fill=(*ink, 240), width=10)
        d.line([(105 + j[4], 12 + j[5]), (12 + j[6], 108 + j[7])], fill=(*ink, 240), width=9)
    else:
        d.line([(10, 65 + j[0]), (45 + j[1], 105), (112, 8 + j[2])], fill=(*ink, 240), width=10)
    return img.filter(ImageFilter.GaussianBlur(0.7))


def stamp(
    lines: list[str], rng: random.Random, color=(40, 60, 170), w=520, h=300, round_: bool = False
) -> Image.Image:
    img = Image.new("RGBA", (w, h), (0, 0, 0, 0))
    d = ImageDraw.Draw(img)
    a = rng.randint(150, 210)
    if round_:
        d.ellipse([6, 6, w - 6, h - 6], outline=(*color, a), width=8)
        d.ellipse([34, 34, w - 34, h - 34], outline=(*color, a), width=3)
    else:
        d.rounded_rectangle([6, 6, w - 6, h - 6], radius=18, outline=(*color, a), width=7)
    f = pil_font(FONTS["sans-b"], h / (len(lines) + 2.2))
    for i, s in enumerate(lines):
        y = h * (i + 1.3) / (len(lines) + 0.6)
        d.text((w / 2, y), s, font=f, fill=(*color, a), anchor="mm")
    img = img.rotate(rng.uniform(-14, 14), resample=Image.BICUBIC, expand=True)
    arr = np.array(img)
    mask = np.random.default_rng(rng.randint(0, 10**6)).random(arr.shape[:2]) < 0.18
    arr[mask, 3] = arr[mask, 3] // 3
    return Image.fromarray(arr)


def face(rng: random.Random, w=350, h=450, bg=(222, 226, 230), grey=False) -> Image.Image:
    """A plain stylised ID photo (no real person)."""
    img = Image.new("RGB", (w, h), bg)
    d = ImageDraw.Draw(img)
    skin = rng.choice([(92, 62, 45), (120, 82, 58), (150, 105, 78), (70, 48, 36), (176, 130, 100)])
    hair = rng.choice([(20, 16, 14), (35, 25, 20), (55, 40, 30)])
    d.ellipse(
        [w * 0.12, h * 0.78, w * 0.88, h * 1.3],
        fill=rng.choice([(40, 50, 80), (90, 90, 95), (140, 40, 50)]),
    )
    d.rectangle([w * 0.42, h * 0.6, w * 0.58, h * 0.82], fill=skin)
    d.ellipse([w * 0.24, h * 0.14, w * 0.76, h * 0.7], fill=hair)
    d.ellipse([w * 0.28, h * 0.22, w * 0.72, h * 0.72], fill=skin)
    for ex in (0.4, 0.6):
        d.ellipse([w * ex - 9, h * 0.42 - 5, w * ex + 9, h * 0.42 + 5], fill=(30, 25, 25))
    d.line([w * 0.44, h * 0.6, w * 0.56, h * 0.6], fill=(90, 40, 40), width=4)
    img = img.filter(ImageFilter.GaussianBlur(1.2))
    return img.convert("L").convert("RGB") if grey else img


# -- looks -------------------------------------------------------------------------------
def _jpeg(img: Image.Image, q: int) -> bytes:
    buf = io.BytesIO()
    img.convert("RGB").save(buf, "JPEG", quality=q, optimize=False)
    return buf.getvalue()


def png_bytes(img: Image.Image) -> bytes:
    buf = io.BytesIO()
    img.save(buf, "PNG")
    return buf.getvalue()


def scanned(img: Image.Image, rng: random.Random, paper=(246, 244, 238)) -> Image.Image:
    """Flatbed look: grey/cream paper, slight skew, noise, soft focus."""
    nrng = np.random.default_rng(rng.randint(0, 10**9))
    arr = np.asarray(img.convert("RGB")).astype(np.float32)
    tint = np.array(paper, np.float32) / 255.0
    arr = arr * tint
    arr += nrng.normal(0, 4.0, arr.shape[:2])[..., None]
    arr = np.clip(arr, 0, 255).astype(np.uint8)
    out = Image.fromarray(arr).rotate(
        rng.uniform(-1.0, 1.0),
        resample=Image.BICUBIC,
        fillcolor=tuple(int(v * 0.95) for v in paper),
    )
    return out.filter(ImageFilter.GaussianBlur(rng.uniform(0.3, 0.7)))


def scan_jpeg(img: Image.Image, rng: random.Random, q: int = 82) -> bytes:
    return _jpeg(scanned(img, rng), q)


def image_pdf(imgs: list[Image.Image], rng: random.Random, dpi: int = 200) -> bytes:
    """Scanner PDF: each page an A4 JPEG image, no text layer."""
    buf = io.BytesIO()
    c = rl_canvas.Canvas(buf, invariant=1, pagesize=(595.27, 841.89))
    c.setCreator("Canon MF Scan Utility")
    for im in imgs:
        s = scanned(im, rng)
        jb = io.BytesIO(_jpeg(s, rng.randint(70, 85)))
        w, h = 595.27, 595.27 * s.height / s.width
        c.setPageSize((w, h))
        c.drawImage(ImageReader(jb), 0, 0, w, h)
        c.showPage()
    c.save()
    return buf.getvalue()


def phone_photo(
    img: Image.Image,
    rng: random.Random,
    rot: int = 0,
    long_side: int = 3264,
    table: str = "wood",
    fill: float = 0.78,
) -> bytes:
    """A phone photo of a page/card on a table: perspective, shadow, cast, blur."""
    nrng = np.random.default_rng(rng.randint(0, 10**9))
    W, H = int(long_side * 0.75), long_side
    if table == "wood":
        base = np.array([150, 110, 72], np.float32)
        yy = np.linspace(0, 30, W)[None, :] * np.sin(np.linspace(0, 40, H))[:, None]
        bg = base[None, None, :] + (yy + nrng.normal(0, 6, (H, W)))[..., None]
    else:
        base = (
            np.array([200, 200, 195], np.float32)
            if table == "white"
            else np.array([60, 64, 70], np.float32)
        )
        bg = base[None, None, :] + nrng.normal(0, 5, (H, W))[..., None]
    src = np.asarray(img.convert("RGB")).astype(np.float32)
    sh, sw = src.shape[:2]
    scale = min(W * fill / sw, H * fill / sh)
    tw, th = sw * scale, sh * scale
    cx, cy = W / 2 + rng.uniform(-0.04, 0.04) * W, H / 2 + rng.uniform(-0.04, 0.04) * H
    j = [rng.uniform(-0.05, 0.05) * tw for _ in range(8)]
    top = rng.uniform(0.0, 0.07) * tw
    dst = np.float32(
        [
            [cx - tw / 2 + top + j[0], cy - th / 2 + j[1]],
            [cx + tw / 2 - top + j[2], cy - th / 2 + j[3]],
            [cx + tw / 2 + j[4], cy + th / 2 + j[5]],
            [cx - tw / 2 + j[6], cy + th / 2 + j[7]],
        ]
    )
    srcq = np.float32([[0, 0], [sw, 0], [sw, sh], [0, sh]])
    M = cv2.getPerspectiveTransform(srcq, dst)
    warped = cv2.warpPerspective(src, M, (W, H), flags=cv2.INTER_LINEAR)
    mask = cv2.warpPerspective(np.ones((sh, sw), np.float32), M, (W, H))
    # drop shadow
    smask = cv2.GaussianBlur(np.roll(mask, (18, 14), (0, 1)), (0, 0), 25)
    bg = bg * (1 - 0.45 * smask[..., None])
    out = bg * (1 - mask[..., None]) + warped * mask[..., None]
    # uneven light and colour cast
    gx = np.linspace(rng.uniform(0.75, 0.95), rng.uniform(1.0, 1.12), W)[None, :]
    gy = np.linspace(rng.uniform(0.85, 1.05), rng.uniform(0.8, 1.0), H)[:, None]
    light = gx * gy
    # a soft hand/phone shadow blob
    yy, xx = np.mgrid[0:H, 0:W]
    bx, by = rng.uniform(0, W), rng.uniform(0, H)
    blob = np.exp(-(((xx - bx) / (W * 0.35)) ** 2 + ((yy - by) / (H * 0.3)) ** 2))
    light = light * (1 - 0.25 * blob)
    cast = np.array([rng.uniform(0.95, 1.05), 1.0, rng.uniform(0.85, 1.0)], np.float32)
    out = out * light[..., None] * cast[None, None, :]
    out += nrng.normal(0, 3.5, out.shape)
    out = np.clip(out, 0, 255).astype(np.uint8)
    out = cv2.GaussianBlur(out, (0, 0), rng.uniform(0.8, 1.6))
    pim = Image.fromarray(out)
    if rot:
        pim = pim.rotate(rot, expand=True)
    return _jpeg(pim, rng.randint(84, 92))


# -- check digits ------------------------------------------------------------------------
def mrz_cd(s: str) -> str:
    w = (7, 3, 1)
    tot = 0
    for i, ch in enumerate(s):
        if ch.isdigit():
            v = int(ch)
        elif ch.isalpha():
            v = ord(ch) - 55
        else:
            v = 0
        tot += v * w[i % 3]
    return str(tot % 10)


def mrz_name(surname: str, given: str, n: int) -> str:
    def clean(s):
        tr = str.maketrans("ÀÁÂÄÃÇÈÉÊËÌÍÎÏÑÒÓÔÖÙÚÛÜ", "AAAAACEEEEIIIINOOOOUUUU")
        s = s.upper().translate(tr).replace("'", "").replace("-", "<").replace(" ", "<")
        return "".join(c for c in s if c.isalnum() or c == "<")

    s = clean(surname) + "<<" + clean(given)
    return (s + "<" * n)[:n]


def yymmdd(iso: str) -> str:
    return iso[2:4] + iso[5:7] + iso[8:10]


def td3(
    doc: str,
    code: str,
    country: str,
    sur: str,
    giv: str,
    nat: str,
    dob: str,
    sex: str,
    exp: str,
    opt: str = "",
) -> list[str]:
    l1 = (code + "<")[:2] + country + mrz_name(sur, giv, 39)
    num = (doc + "<" * 9)[:9]
    o = (opt + "<" * 14)[:14]
    part = num + mrz_cd(num) + nat + yymmdd(dob) + mrz_cd(yymmdd(dob)) + sex
    part2 = yymmdd(exp) + mrz_cd(yymmdd(exp)) + o + mrz_cd(o)
    comp = num + mrz_cd(num) + yymmdd(dob) + mrz_cd(yymmdd(dob)) + part2
    return [l1, part + part2 + mrz_cd(comp)]


def mrva(
    doc: str, sur: str, giv: str, nat: str, dob: str, sex: str, exp: str, opt: str = ""
) -> list[str]:
    l1 = "V<FRA" + mrz_name(sur, giv, 39)
    num = (doc + "<" * 9)[:9]
    o = (opt + "<" * 16)[:16]
    l2 = (
        num
        + mrz_cd(num)
        + nat
        + yymmdd(dob)
        + mrz_cd(yymmdd(dob))
        + sex
        + yymmdd(exp)
        + mrz_cd(yymmdd(exp))
        + o
    )
    return [l1, l2]


def td1(
    code: str,
    country: str,
    doc: str,
    sur: str,
    giv: str,
    nat: str,
    dob: str,
    sex: str,
    exp: str,
    opt1: str = "",
    opt2: str = "",
) -> list[str]:
    num = (doc + "<" * 9)[:9]
    l1 = (code + "<")[:2] + country + num + mrz_cd(num) + (opt1 + "<" * 15)[:15]
    l2a = yymmdd(dob) + mrz_cd(yymmdd(dob)) + sex + yymmdd(exp) + mrz_cd(yymmdd(exp)) + nat
    l2a += (opt2 + "<" * 11)[:11]
    comp = l1[5:30] + l2a[0:7] + l2a[8:15] + l2a[18:29]
    l2 = l2a + mrz_cd(comp)
    l3 = mrz_name(sur, giv, 30)
    return [l1, l2, l3]


RIB_MAP = {
    c: str(v)
    for v, cs in enumerate(["", "AJ", "BKS", "CLT", "DMU", "ENV", "FOW", "GPX", "HQY", "IRZ"])
    for c in cs
}


def rib_key(bank: str, branch: str, account: str) -> str:
    acc = "".join(RIB_MAP.get(c, c) for c in account.upper())
    k = 97 - ((89 * int(bank) + 15 * int(branch) + 3 * int(acc)) % 97)
    return f"{k:02d}"


def iban_make(country: str, bban: str) -> str:
    s = bban + country + "00"
    n = int("".join(str(int(c, 36)) for c in s))
    return f"{country}{98 - n % 97:02d}{bban}"


def iban_ok(iban: str) -> bool:
    s = iban[4:] + iban[:4]
    return int("".join(str(int(c, 36)) for c in s)) % 97 == 1


def fr_iban(bank: str, branch: str, account: str) -> tuple[str, str]:
    key = rib_key(bank, branch, account)
    return iban_make("FR", bank + branch + account + key), key


def group4(s: str) -> str:
    return " ".join(s[i : i + 4] for i in range(0, len(s), 4))


def luhn_ok(s: str) -> bool:
    tot = 0
    for i, ch in enumerate(reversed(s)):
        d = int(ch) * (2 if i % 2 else 1)
        tot += d - 9 if d > 9 else d
    return tot % 10 == 0


def siret(siren8: str, nic4: str) -> str:
    """Complete an 8-digit SIREN stem with its Luhn digit, then NIC so that SIRET is Luhn."""
    siren = next(siren8 + str(d) for d in range(10) if luhn_ok(siren8 + str(d)))
    return next(siren + nic4 + str(d) for d in range(10) if luhn_ok(siren + nic4 + str(d)))
