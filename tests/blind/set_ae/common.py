"""Drawing primitives, looks (scan, phone photo, scanner PDF, text PDF) and check digits.

A document page is recorded once as a list of drawing operations on a `Page` (millimetres,
origin top-left, text y = baseline) and rendered either to a PIL image or to a reportlab
PDF page with a real text layer.
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

F = "/usr/share/fonts/"
FONTS = {
    "sans": F + "truetype/liberation/LiberationSans-Regular.ttf",
    "sansb": F + "truetype/liberation/LiberationSans-Bold.ttf",
    "sansi": F + "truetype/liberation/LiberationSans-Italic.ttf",
    "narrow": F + "truetype/liberation/LiberationSansNarrow-Regular.ttf",
    "narrowb": F + "truetype/liberation/LiberationSansNarrow-Bold.ttf",
    "serif": F + "truetype/liberation/LiberationSerif-Regular.ttf",
    "serifb": F + "truetype/liberation/LiberationSerif-Bold.ttf",
    "serifi": F + "truetype/liberation/LiberationSerif-Italic.ttf",
    "mono": F + "truetype/liberation/LiberationMono-Regular.ttf",
    "free": F + "truetype/freefont/FreeSerif.ttf",
    "dejavu": F + "truetype/dejavu/DejaVuSans.ttf",
    "dejavub": F + "truetype/dejavu/DejaVuSans-Bold.ttf",
    "dserif": F + "truetype/dejavu/DejaVuSerif.ttf",
    "dserifb": F + "truetype/dejavu/DejaVuSerif-Bold.ttf",
    "lato": F + "truetype/lato/Lato-Regular.ttf",
    "latob": F + "truetype/lato/Lato-Bold.ttf",
    "open": F + "truetype/open-sans/OpenSans-Regular.ttf",
    "openb": F + "truetype/open-sans/OpenSans-Bold.ttf",
    "roboto": F + "truetype/roboto/unhinted/RobotoTTF/Roboto-Regular.ttf",
    "robotob": F + "truetype/roboto/unhinted/RobotoTTF/Roboto-Bold.ttf",
    "robotom": F + "truetype/roboto/unhinted/RobotoTTF/Roboto-Medium.ttf",
    "carlito": F + "truetype/crosextra/Carlito-Regular.ttf",
    "carlitob": F + "truetype/crosextra/Carlito-Bold.ttf",
    "caladea": F + "truetype/crosextra/Caladea-Regular.ttf",
    "ocrb": F + "opentype/ocr-b/OCRB.otf",
    "hand1": F + "truetype/fifthhorseman/dkg.ttf",
    "hand2": F + "truetype/ecolier-court/Ecolier-court.ttf",
    "hand3": F + "truetype/femkeklaver/femkeklaver.ttf",
    "sig1": F + "opentype/kaushanscript/KaushanScript-Regular.otf",
    "sig2": F + "opentype/dancingscript/DancingScript-Regular.otf",
}
_PIL_CACHE: dict = {}
_RL_DONE: set = set()


def pil_font(key: str, px: float) -> ImageFont.FreeTypeFont:
    k = (key, int(round(px)))
    if k not in _PIL_CACHE:
        _PIL_CACHE[k] = ImageFont.truetype(FONTS[key], max(4, k[1]))
    return _PIL_CACHE[k]


def text_width_mm(s: str, key: str, size_pt: float) -> float:
    f = pil_font(key, size_pt * 10)
    return f.getlength(s) / 10 * 25.4 / 72


def rl_font(key: str) -> str:
    path = FONTS[key]
    if path.endswith(".otf"):
        return "Courier"
    name = "F_" + key
    if name not in _RL_DONE:
        pdfmetrics.registerFont(TTFont(name, path))
        _RL_DONE.add(name)
    return name


class Page:
    """Recorded page: operations in mm, top-left origin."""

    def __init__(self, w: float = 210.0, h: float = 297.0, bg=(255, 255, 255)):
        self.w, self.h, self.bg, self.ops = w, h, bg, []

    def text(self, x, y, s, font="sans", size=10, color=(0, 0, 0), align="l"):
        self.ops.append(("text", x, y, str(s), font, size, color, align))

    def line(self, x1, y1, x2, y2, width=0.3, color=(0, 0, 0), dash=False):
        self.ops.append(("line", x1, y1, x2, y2, width, color, dash))

    def rect(self, x, y, w, h, stroke=(0, 0, 0), fill=None, width=0.3):
        self.ops.append(("rect", x, y, w, h, stroke, fill, width))

    def image(self, img: Image.Image, x, y, w, h):
        self.ops.append(("img", img, x, y, w, h))

    def para(self, x, y, w, s, font="sans", size=9, leading=None, color=(0, 0, 0)):
        """Wrapped paragraph; returns the y below it."""
        leading = leading or size * 0.3528 * 1.3
        for raw in s.split("\n"):
            line = ""
            for word in raw.split(" "):
                cand = (line + " " + word).strip()
                if text_width_mm(cand, font, size) > w and line:
                    self.text(x, y, line, font, size, color)
                    y += leading
                    line = word
                else:
                    line = cand
            self.text(x, y, line, font, size, color)
            y += leading
        return y

    def field(self, x, y, label, value, lf="sans", vf="sansb", size=9, gap=None, color=(0, 0, 0)):
        self.text(x, y, label, lf, size, (60, 60, 60))
        gx = x + (gap if gap is not None else text_width_mm(label, lf, size) + 1.5)
        self.text(gx, y, value, vf, size, color)


# ---------------------------------------------------------------- rendering


def render_pil(pg: Page, dpi: int) -> Image.Image:
    s = dpi / 25.4
    im = Image.new("RGB", (int(pg.w * s), int(pg.h * s)), pg.bg)
    d = ImageDraw.Draw(im)
    for op in pg.ops:
        kind = op[0]
        if kind == "text":
            _, x, y, t, font, size, color, align = op
            anchor = {"l": "ls", "r": "rs", "c": "ms"}[align]
            d.text(
                (x * s, y * s), t, font=pil_font(font, size * dpi / 72), fill=color, anchor=anchor
            )
        elif kind == "line":
            _, x1, y1, x2, y2, width, color, dash = op
            wpx = max(1, int(round(width * s)))
            if dash:
                n = max(1, int(math.hypot(x2 - x1, y2 - y1) / 1.2))
                for i in range(0, n, 2):
                    a, b = i / n, min(1, (i + 1) / n)
                    d.line(
                        [
                            ((x1 + (x2 - x1) * a) * s, (y1 + (y2 - y1) * a) * s),
                            ((x1 + (x2 - x1) * b) * s, (y1 + (y2 - y1) * b) * s),
                        ],
                        fill=color,
                        width=wpx,
                    )
            else:
                d.line([(x1 * s, y1 * s), (x2 * s, y2 * s)], fill=color, width=wpx)
        elif kind == "rect":
            _, x, y, w, h, stroke, fill, width = op
            d.rectangle(
                [x * s, y * s, (x + w) * s, (y + h) * s],
                outline=stroke,
                fill=fill,
                width=max(1, int(round(width * s))) if stroke else 0,
            )
        elif kind == "img":
            _, img, x, y, w, h = op
            sub = img.convert("RGBA").resize(
                (max(1, int(w * s)), max(1, int(h * s))), Image.LANCZOS
            )
            im.paste(sub, (int(x * s), int(y * s)), sub)
    return im


def render_pdf_page(c, pg: Page, extra=None):
    from reportlab.lib.units import mm

    c.setPageSize((pg.w * mm, pg.h * mm))
    if pg.bg != (255, 255, 255):
        c.setFillColorRGB(*[v / 255 for v in pg.bg])
        c.rect(0, 0, pg.w * mm, pg.h * mm, stroke=0, fill=1)
    H = pg.h
    for op in pg.ops:
        kind = op[0]
        if kind == "text":
            _, x, y, t, font, size, color, align = op
            c.setFont(rl_font(font), size)
            c.setFillColorRGB(*[v / 255 for v in color])
            fn = {"l": c.drawString, "r": c.drawRightString, "c": c.drawCentredString}[align]
            fn(x * mm, (H - y) * mm, t)
        elif kind == "line":
            _, x1, y1, x2, y2, width, color, dash = op
            c.setLineWidth(width * mm)
            c.setStrokeColorRGB(*[v / 255 for v in color])
            c.setDash(1, 2) if dash else c.setDash()
            c.line(x1 * mm, (H - y1) * mm, x2 * mm, (H - y2) * mm)
            c.setDash()
        elif kind == "rect":
            _, x, y, w, h, stroke, fill, width = op
            if fill:
                c.setFillColorRGB(*[v / 255 for v in fill])
            if stroke:
                c.setStrokeColorRGB(*[v / 255 for v in stroke])
                c.setLineWidth(width * mm)
            c.rect(
                x * mm,
                (H - y - h) * mm,
                w * mm,
                h * mm,
                stroke=1 if stroke else 0,
                fill=1 if fill else 0,
            )
        elif kind == "img":
            _, img, x, y, w, h = op
            buf = io.BytesIO()
            img.convert("RGBA").save(buf, "PNG")
            buf.seek(0)
            c.drawImage(ImageReader(buf), x * mm, (H - y - h) * mm, w * mm, h * mm, mask="auto")
    if extra:
        extra(c)
    c.showPage()


def new_pdf(path: str, title: str = "", author: str = ""):
    c = rl_canvas.Canvas(path, invariant=1, pageCompression=1)
    if title:
        c.setTitle(title)
    if author:
        c.setAuthor(author)
    return c


def write_text_pdf(path: str, pages: list[Page], title="", author=""):
    c = new_pdf(path, title, author)
    for pg in pages:
        render_pdf_page(c, pg)
    c.save()


# ---------------------------------------------------------------- handwriting


def hand_image(text: str, rng: random.Random, font="hand1", px=70, color=(20, 30, 110)):
    """Handwritten text as an RGBA image with per-glyph jitter."""
    f = pil_font(font, px)
    w = int(f.getlength(text) * 1.15 + px)
    im = Image.new("RGBA", (w, int(px * 1.9)), (0, 0, 0, 0))
    d = ImageDraw.Draw(im)
    x = px * 0.3
    base = px * 1.25
    slope = rng.uniform(-0.03, 0.03)
    for ch in text:
        ff = pil_font(font, px * rng.uniform(0.93, 1.07))
        d.text(
            (x, base + rng.uniform(-px * 0.05, px * 0.05) + slope * x),
            ch,
            font=ff,
            fill=color + (235,),
            anchor="ls",
        )
        x += ff.getlength(ch) * rng.uniform(0.96, 1.06)
    return im.crop((0, 0, int(x + px * 0.3), im.height))


def signature_image(name: str, rng: random.Random, color=(15, 25, 95)):
    font = rng.choice(["sig1", "sig2"])
    parts = name.split(",")[0].split("/")[0].split()
    txt = parts[0][0] + ". " + parts[-1].capitalize() if len(parts) > 1 else name.capitalize()
    im = hand_image(txt, rng, font, 90, color)
    d = ImageDraw.Draw(im)
    w, h = im.size
    pts = []
    for i in range(40):
        t = i / 39
        pts.append((w * (0.1 + 0.9 * t), h * (0.78 + 0.1 * math.sin(t * 6 + rng.random()))))
    d.line(pts, fill=color + (230,), width=4)
    return im


def hand(pg: Page, x, y, text, rng, h=4.0, font="hand1", color=(20, 30, 110)):
    """Place handwriting with its baseline at y and capitals about h mm high."""
    im = hand_image(text, rng, font, 80, color)
    k = h / 56.0
    pg.image(im, x, y - 100 * k, im.width * k, im.height * k)
    return x + im.width * k


# ---------------------------------------------------------------- pictures


def face_photo(rng: random.Random, w=350, h=450, skin=None):
    bg = rng.choice([(222, 230, 238), (236, 236, 236), (214, 226, 240)])
    im = Image.new("RGB", (w, h), bg)
    d = ImageDraw.Draw(im)
    skin = skin or rng.choice([(224, 187, 150), (196, 146, 108), (141, 98, 70), (236, 200, 170)])
    hair = rng.choice([(30, 22, 18), (60, 40, 25), (15, 15, 15), (90, 70, 50)])
    d.ellipse(
        [w * 0.08, h * 0.68, w * 0.92, h * 1.3], fill=rng.choice([(40, 50, 70), (90, 90, 95)])
    )
    d.rectangle([w * 0.4, h * 0.55, w * 0.6, h * 0.75], fill=skin)
    d.ellipse([w * 0.25, h * 0.12, w * 0.75, h * 0.65], fill=hair)
    d.ellipse([w * 0.29, h * 0.2, w * 0.71, h * 0.66], fill=skin)
    for ex in (0.4, 0.6):
        d.ellipse([w * (ex - 0.03), h * 0.38, w * (ex + 0.03), h * 0.41], fill=(40, 30, 30))
    d.line([(w * 0.44, h * 0.56), (w * 0.56, h * 0.56)], fill=(150, 80, 80), width=3)
    return im.filter(ImageFilter.GaussianBlur(1.2))


def guilloche(w_px, h_px, rng: random.Random, c1, c2):
    """Security background: tint gradient and fine sine rosettes."""
    yy, xx = np.mgrid[0:h_px, 0:w_px].astype(np.float32)
    t = (xx / w_px * 0.6 + yy / h_px * 0.4)[..., None]
    base = np.array(c1, np.float32) * (1 - t) + np.array(c2, np.float32) * t
    ph = rng.uniform(0, 6)
    wav = np.sin(xx / 9 + 3 * np.sin(yy / 23 + ph)) * np.sin(yy / 11 + 2 * np.sin(xx / 31))
    base -= (wav[..., None] > 0.82) * 28
    return Image.fromarray(np.clip(base, 0, 255).astype(np.uint8))


def fake_qr(rng: random.Random, n=29, px=6):
    m = np.array([[rng.random() < 0.5 for _ in range(n)] for _ in range(n)])
    for cx, cy in ((0, 0), (n - 7, 0), (0, n - 7)):
        m[cy : cy + 7, cx : cx + 7] = True
        m[cy + 1 : cy + 6, cx + 1 : cx + 6] = False
        m[cy + 2 : cy + 5, cx + 2 : cx + 5] = True
    img = np.where(m, 0, 255).astype(np.uint8)
    img = np.pad(img, 2, constant_values=255)
    return Image.fromarray(img).resize(((n + 4) * px, (n + 4) * px), Image.NEAREST).convert("RGB")


def stamp_image(lines: list[str], rng: random.Random, color=(40, 60, 160), round_=True, px=420):
    im = Image.new("RGBA", (px, px if round_ else px // 2), (0, 0, 0, 0))
    d = ImageDraw.Draw(im)
    c = color + (200,)
    if round_:
        d.ellipse([8, 8, px - 8, px - 8], outline=c, width=7)
        d.ellipse([40, 40, px - 40, px - 40], outline=c, width=3)
        f = pil_font("sansb", px * 0.075)
        for i, ln in enumerate(lines[:3]):
            d.text((px / 2, px * (0.42 + 0.1 * i)), ln, font=f, fill=c, anchor="ms")
    else:
        d.rectangle([6, 6, px - 6, px // 2 - 6], outline=c, width=6)
        f = pil_font("sansb", px * 0.06)
        for i, ln in enumerate(lines[:4]):
            d.text((px / 2, px * (0.12 + 0.09 * i)), ln, font=f, fill=c, anchor="ms")
    return im.rotate(rng.uniform(-18, 18), resample=Image.BICUBIC, expand=True)


# ---------------------------------------------------------------- looks


def _paper(im: Image.Image, rng: random.Random, tint=None):
    a = np.asarray(im).astype(np.float32)
    if tint is None:
        g = rng.uniform(236, 249)
        tint = (g, g - rng.uniform(0, 2), g - rng.uniform(2, 7))
    tint = np.array(tint)
    a = a / 255.0 * tint
    return a


def scan_look(im: Image.Image, rng: random.Random) -> Image.Image:
    """Flatbed scan: grey-ish paper, small skew, noise, slight blur."""
    a = _paper(im, rng)
    a += np.random.default_rng(rng.randrange(1 << 30)).normal(0, 3.5, a.shape)
    h, w = a.shape[:2]
    ang = rng.uniform(-1.3, 1.3)
    m = cv2.getRotationMatrix2D((w / 2, h / 2), ang, 1.0)
    m[:, 2] += (rng.uniform(-8, 8), rng.uniform(-8, 8))
    out = cv2.warpAffine(
        np.clip(a, 0, 255).astype(np.uint8), m, (w, h), borderValue=(236, 236, 232)
    )
    out = cv2.GaussianBlur(out, (3, 3), rng.uniform(0.4, 0.8))
    return Image.fromarray(out)


def _table(w, h, rng: random.Random):
    g = np.random.default_rng(rng.randrange(1 << 30))
    kind = rng.choice(["wood", "cloth", "desk"])
    yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
    if kind == "wood":
        base = np.array([120, 84, 52], np.float32)
        grain = np.sin(yy / 7 + 4 * np.sin(xx / 260 + yy / 90)) * 16
    elif kind == "cloth":
        base = np.array([70, 80, 95], np.float32)
        grain = (np.sin(xx / 2.1) + np.sin(yy / 2.1)) * 6
    else:
        base = np.array([200, 198, 190], np.float32)
        grain = np.zeros_like(xx)
    a = base[None, None, :] + grain[..., None] + g.normal(0, 5, (h, w, 1))
    return a


def phone_look(im: Image.Image, rng: random.Random, long_side=None, rotate=None) -> Image.Image:
    """Photo on a table: perspective, shading, colour cast, blur, JPEG-ready."""
    long_side = long_side or rng.choice([3024, 3264, 4000, 2592])
    portrait = im.height >= im.width
    W, H = (long_side * 3 // 4, long_side) if portrait else (long_side, long_side * 3 // 4)
    doc = _paper(im, rng, tint=(250, 248, 242))
    dh, dw = doc.shape[:2]
    fill = rng.uniform(0.72, 0.86)
    sc = min(W * fill / dw, H * fill / dh)
    cw, ch = dw * sc, dh * sc
    cx, cy = W / 2 + rng.uniform(-0.04, 0.04) * W, H / 2 + rng.uniform(-0.04, 0.04) * H
    j = 0.05 * min(cw, ch)
    dst = np.float32(
        [
            [cx - cw / 2 + rng.uniform(-j, j), cy - ch / 2 + rng.uniform(-j, j)],
            [cx + cw / 2 + rng.uniform(-j, j), cy - ch / 2 + rng.uniform(-j, j)],
            [cx + cw / 2 + rng.uniform(-j, j), cy + ch / 2 + rng.uniform(-j, j)],
            [cx - cw / 2 + rng.uniform(-j, j), cy + ch / 2 + rng.uniform(-j, j)],
        ]
    )
    src = np.float32([[0, 0], [dw, 0], [dw, dh], [0, dh]])
    m = cv2.getPerspectiveTransform(src, dst)
    warped = cv2.warpPerspective(doc.astype(np.float32), m, (W, H))
    mask = cv2.warpPerspective(np.ones((dh, dw), np.float32), m, (W, H))[..., None]
    table = _table(W, H, rng)
    shadow = cv2.GaussianBlur(mask[..., 0], (0, 0), 18)[..., None]
    table = table * (1 - 0.45 * np.roll(np.roll(shadow, 14, 0), 10, 1))
    a = warped * mask + table * (1 - mask)
    yy, xx = np.mgrid[0:H, 0:W].astype(np.float32)
    lx, ly = rng.uniform(0, W), rng.uniform(0, H)
    light = 1.0 - rng.uniform(0.15, 0.35) * np.hypot(xx - lx, yy - ly) / math.hypot(W, H)
    if rng.random() < 0.6:
        sx = rng.uniform(0.2, 0.8) * W
        light *= 1 - 0.22 / (1 + np.exp(-(xx - sx - 0.3 * (yy - H / 2)) / 60))
    cast = np.array([rng.uniform(0.95, 1.05), 1.0, rng.uniform(0.86, 0.98)])
    a = a * light[..., None] * cast[::-1][None, None, :][..., ::-1]
    a = cv2.GaussianBlur(a, (0, 0), rng.uniform(0.8, 1.6))
    a += np.random.default_rng(rng.randrange(1 << 30)).normal(0, 4, a.shape)
    out = Image.fromarray(np.clip(a, 0, 255).astype(np.uint8))
    rot = rotate if rotate is not None else 0
    if rot:
        out = out.rotate(rot, expand=True)
    return out


def save_jpeg(im: Image.Image, path: str, q=88, dpi=None):
    kw = {"quality": q, "optimize": False}
    if dpi:
        kw["dpi"] = (dpi, dpi)
    im.convert("RGB").save(path, "JPEG", **kw)


def write_image_pdf(path: str, images: list[Image.Image], rng: random.Random, dpi=200):
    """Scanner PDF: each page an A4 JPEG image, no text layer."""
    c = new_pdf(path, "", "")
    from reportlab.lib.units import mm

    for im in images:
        buf = io.BytesIO()
        save_jpeg(im, buf, q=rng.randint(72, 86))
        buf.seek(0)
        w_mm, h_mm = im.width / dpi * 25.4, im.height / dpi * 25.4
        c.setPageSize((w_mm * mm, h_mm * mm))
        c.drawImage(ImageReader(buf), 0, 0, w_mm * mm, h_mm * mm)
        c.showPage()
    c.save()


def on_scanner(card: Image.Image, rng: random.Random, dpi: int, card_mm) -> Image.Image:
    """A card or passport page lying in the corner of an A4 flatbed."""
    s = dpi / 25.4
    pg = Image.new("RGB", (int(210 * s), int(297 * s)), (252, 252, 250))
    cw, ch = int(card_mm[0] * s), int(card_mm[1] * s)
    c = card.resize((cw, ch), Image.LANCZOS)
    ox, oy = int(rng.uniform(6, 20) * s), int(rng.uniform(6, 20) * s)
    pg.paste(c, (ox, oy))
    d = ImageDraw.Draw(pg)
    d.line([(ox, oy + ch + 2), (ox + cw, oy + ch + 2)], fill=(200, 200, 200), width=3)
    return pg


# ---------------------------------------------------------------- MRZ / bank


def mrz_cd(s: str) -> str:
    vals = {c: i for i, c in enumerate("0123456789")}
    vals.update({chr(65 + i): 10 + i for i in range(26)})
    vals["<"] = 0
    w = (7, 3, 1)
    return str(sum(vals[c] * w[i % 3] for i, c in enumerate(s)) % 10)


def mrz_name(surname: str, given: str, n: int) -> str:
    def clean(x):
        x = x.upper().replace("-", " ").replace("'", "").replace(",", "")
        for a, b in zip("ÁÀÂÄÃÉÈÊËÍÎÏÓÔÖÕÚÙÛÜÇÑ", "AAAAAEEEEIIIOOOOUUUUCN", strict=True):
            x = x.replace(a, b)
        return "<".join(x.split())

    return (clean(surname) + "<<" + clean(given)).ljust(n, "<")[:n]


def yymmdd(iso: str) -> str:
    return iso[2:4] + iso[5:7] + iso[8:10]


def td3(doc_type, iss, surname, given, num, nat, dob, sex, exp, personal=""):
    l1 = (doc_type + "<")[:2] + iss + mrz_name(surname, given, 39)
    n = num.ljust(9, "<")
    p = personal.ljust(14, "<")
    pcd = mrz_cd(p) if personal else "<"
    d, e = yymmdd(dob), yymmdd(exp)
    body = n + mrz_cd(n) + nat + d + mrz_cd(d) + sex + e + mrz_cd(e) + p + pcd
    comp = mrz_cd(n + mrz_cd(n) + d + mrz_cd(d) + e + mrz_cd(e) + p + pcd)
    return [l1, body + comp]


def td1(doc_type, iss, surname, given, num, nat, dob, sex, exp, opt1="", opt2=""):
    n = num.ljust(9, "<")
    l1 = (doc_type + "<")[:2] + iss + n + mrz_cd(n) + opt1.ljust(15, "<")
    d, e = yymmdd(dob), yymmdd(exp)
    l2 = d + mrz_cd(d) + sex + e + mrz_cd(e) + nat + opt2.ljust(11, "<")
    comp = mrz_cd(l1[5:30] + l2[0:7] + l2[8:15] + l2[18:29])
    return [l1, l2 + comp, mrz_name(surname, given, 30)]


def mrva(vtype, iss, surname, given, num, nat, dob, sex, exp, opt=""):
    l1 = "V" + vtype + iss + mrz_name(surname, given, 39)
    n = num.ljust(9, "<")
    d, e = yymmdd(dob), yymmdd(exp)
    l2 = n + mrz_cd(n) + nat + d + mrz_cd(d) + sex + e + mrz_cd(e) + opt.ljust(16, "<")
    return [l1, l2]


def _num(s: str) -> str:
    return "".join(str(int(c, 36)) for c in s)


def fr_rib_key(bank: str, branch: str, account: str) -> str:
    conv = {
        c: str(v)
        for v, letters in enumerate(
            ["", "AJ", "BKS", "CLT", "DMU", "ENV", "FOW", "GPX", "HQY", "IRZ"]
        )
        for c in letters
    }
    acc = "".join(conv.get(c, c) for c in account.upper())
    return "%02d" % (97 - ((89 * int(bank) + 15 * int(branch) + 3 * int(acc)) % 97))


def iban(country: str, bban: str) -> str:
    chk = 98 - int(_num(bban + country + "00")) % 97
    return "%s%02d%s" % (country, chk, bban)


def fr_iban(bank: str, branch: str, account: str) -> str:
    return iban("FR", bank + branch + account + fr_rib_key(bank, branch, account))


def iban_groups(ib: str) -> str:
    return " ".join(ib[i : i + 4] for i in range(0, len(ib), 4))


FR_MONTHS = [
    "janvier",
    "février",
    "mars",
    "avril",
    "mai",
    "juin",
    "juillet",
    "août",
    "septembre",
    "octobre",
    "novembre",
    "décembre",
]


def fr_date(iso: str) -> str:
    return iso[8:10] + "/" + iso[5:7] + "/" + iso[0:4]


def fr_words(iso: str) -> str:
    d = int(iso[8:10])
    return ("1er" if d == 1 else str(d)) + " " + FR_MONTHS[int(iso[5:7]) - 1] + " " + iso[:4]
