"""Tiny drawing model (mm, top-left origin) with a Pillow and a reportlab backend, plus looks."""

import io
import math

import cv2
import numpy as np
from PIL import Image, ImageDraw, ImageFilter, ImageFont
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas as rl_canvas

cv2.setNumThreads(1)

T = "/usr/share/fonts/truetype/"
FONTS = {
    "sans": T + "liberation/LiberationSans-Regular.ttf",
    "sansb": T + "liberation/LiberationSans-Bold.ttf",
    "serif": T + "liberation/LiberationSerif-Regular.ttf",
    "serifb": T + "liberation/LiberationSerif-Bold.ttf",
    "serifi": T + "liberation/LiberationSerif-Italic.ttf",
    "mono": T + "liberation/LiberationMono-Regular.ttf",
    "monob": T + "liberation/LiberationMono-Bold.ttf",
    "dv": T + "dejavu/DejaVuSans.ttf",
    "dvb": T + "dejavu/DejaVuSans-Bold.ttf",
    "lato": T + "lato/Lato-Regular.ttf",
    "latob": T + "lato/Lato-Bold.ttf",
    "rob": T + "roboto/unhinted/RobotoTTF/Roboto-Regular.ttf",
    "robb": T + "roboto/unhinted/RobotoTTF/Roboto-Bold.ttf",
    "open": T + "open-sans/OpenSans-Regular.ttf",
    "openb": T + "open-sans/OpenSans-Bold.ttf",
    "carl": T + "crosextra/Carlito-Regular.ttf",
    "carlb": T + "crosextra/Carlito-Bold.ttf",
    "hand": T + "ecolier-court/Ecolier-court.ttf",
    "hand2": T + "femkeklaver/femkeklaver.ttf",
    # only CJK face on the machine (a .ttc); used by the Pillow backend only
    "cjk": T + "wqy/wqy-microhei.ttc",
}
_RL_DONE = set()
_PIL_CACHE = {}


class Doc:
    """A page: width/height in mm and a list of drawing operations."""

    def __init__(self, w=210.0, h=297.0, bg=(255, 255, 255)):
        self.w, self.h, self.bg, self.ops = w, h, bg, []

    def t(self, x, y, s, font="sans", size=10, color=(0, 0, 0), align="l"):
        self.ops.append(("t", x, y, str(s), font, size, color, align))

    def line(self, x1, y1, x2, y2, w=0.3, color=(0, 0, 0)):
        self.ops.append(("l", x1, y1, x2, y2, w, color))

    def rect(self, x, y, w, h, stroke=(0, 0, 0), fill=None, lw=0.3):
        self.ops.append(("r", x, y, w, h, stroke, fill, lw))

    def ell(self, x, y, w, h, fill):
        self.ops.append(("e", x, y, w, h, fill))

    def poly(self, pts, w=0.5, color=(20, 30, 120)):
        self.ops.append(("p", pts, w, color))

    def box(self, x, y, w, h, label, value, vfont="sans", vsize=11, lsize=6.5, vcolor=(0, 0, 0)):
        """Labelled box: label inside top, value below it; neither touches the lines."""
        self.rect(x, y, w, h, lw=0.25)
        self.t(x + 1.5, y + 2.9, label, "sans", lsize, (60, 60, 60))
        if value:
            self.t(x + 2.5, y + h - 2.3, value, vfont, vsize, vcolor)


def signature(doc, x, y, rng, width=38.0, color=(25, 35, 110)):
    """Pen strokes: a looping polyline and an underline flourish."""
    for k in range(rng.randint(1, 2)):
        pts, n = [], rng.randint(18, 30)
        amp = rng.uniform(2.5, 4.5)
        ph = rng.uniform(0, 6)
        x0 = x + k * width * 0.55
        for i in range(n):
            u = i / (n - 1)
            px = x0 + u * width * 0.5 + math.sin(u * 17 + ph) * 2.2
            py = y - amp * math.sin(u * 11 + ph) * (1 - u * 0.4) + rng.uniform(-0.4, 0.4)
            pts.append((px, py))
        doc.poly(pts, 0.45, color)
    doc.poly([(x - 1, y + 3), (x + width * 0.5, y + 2.2), (x + width, y + 3.4)], 0.4, color)


def _pil_font(name, px):
    key = (name, px)
    if key not in _PIL_CACHE:
        _PIL_CACHE[key] = ImageFont.truetype(FONTS[name], px)
    return _PIL_CACHE[key]


def to_image(doc, ppm=8.0):
    """Raster a Doc at ppm pixels per mm."""
    W, H = round(doc.w * ppm), round(doc.h * ppm)
    im = Image.new("RGB", (W, H), doc.bg)
    d = ImageDraw.Draw(im)
    for op in doc.ops:
        k = op[0]
        if k == "t":
            _, x, y, s, font, size, color, align = op
            f = _pil_font(font, max(6, round(size * 0.3528 * ppm)))
            anchor = {"l": "ls", "r": "rs", "c": "ms"}[align]
            d.text((x * ppm, y * ppm), s, font=f, fill=color, anchor=anchor)
        elif k == "l":
            _, x1, y1, x2, y2, w, color = op
            d.line([(x1 * ppm, y1 * ppm), (x2 * ppm, y2 * ppm)], color, max(1, int(w * ppm)))
        elif k == "r":
            _, x, y, w, h, stroke, fill, lw = op
            box = [x * ppm, y * ppm, (x + w) * ppm, (y + h) * ppm]
            d.rectangle(
                box, fill=fill, outline=stroke, width=max(1, int(lw * ppm)) if stroke else 0
            )
        elif k == "e":
            _, x, y, w, h, fill = op
            d.ellipse([x * ppm, y * ppm, (x + w) * ppm, (y + h) * ppm], fill=fill)
        elif k == "p":
            _, pts, w, color = op
            d.line([(a * ppm, b * ppm) for a, b in pts], color, max(1, int(w * ppm)), joint="curve")
    return im


def to_pdf(pages):
    """Pages (Docs, latin fonts only) to a PDF with a text layer; returns bytes."""
    buf = io.BytesIO()
    c = rl_canvas.Canvas(buf, pagesize=(pages[0].w * mm, pages[0].h * mm), invariant=1)
    for doc in pages:
        c.setPageSize((doc.w * mm, doc.h * mm))
        H = doc.h
        for op in doc.ops:
            k = op[0]
            if k == "t":
                _, x, y, s, font, size, color, align = op
                if font not in _RL_DONE:
                    pdfmetrics.registerFont(TTFont("F_" + font, FONTS[font]))
                    _RL_DONE.add(font)
                c.setFont("F_" + font, size)
                c.setFillColorRGB(*[v / 255 for v in color])
                fn = {"l": c.drawString, "r": c.drawRightString, "c": c.drawCentredString}[align]
                fn(x * mm, (H - y) * mm, s)
            elif k == "l":
                _, x1, y1, x2, y2, w, color = op
                c.setStrokeColorRGB(*[v / 255 for v in color])
                c.setLineWidth(w * mm)
                c.line(x1 * mm, (H - y1) * mm, x2 * mm, (H - y2) * mm)
            elif k == "r":
                _, x, y, w, h, stroke, fill, lw = op
                if fill:
                    c.setFillColorRGB(*[v / 255 for v in fill])
                if stroke:
                    c.setStrokeColorRGB(*[v / 255 for v in stroke])
                    c.setLineWidth(lw * mm)
                c.rect(
                    x * mm,
                    (H - y - h) * mm,
                    w * mm,
                    h * mm,
                    stroke=1 if stroke else 0,
                    fill=1 if fill else 0,
                )
            elif k == "e":
                _, x, y, w, h, fill = op
                c.setFillColorRGB(*[v / 255 for v in fill])
                c.ellipse(x * mm, (H - y) * mm, (x + w) * mm, (H - y - h) * mm, stroke=0, fill=1)
            elif k == "p":
                _, pts, w, color = op
                c.setStrokeColorRGB(*[v / 255 for v in color])
                c.setLineWidth(w * mm)
                p = c.beginPath()
                p.moveTo(pts[0][0] * mm, (H - pts[0][1]) * mm)
                for a, b in pts[1:]:
                    p.lineTo(a * mm, (H - b) * mm)
                c.drawPath(p)
        c.showPage()
    c.save()
    return buf.getvalue()


def on_a4(card_docs, ppm=8.0, positions=None):
    """Paste card Docs onto a white A4 Doc raster (photocopy of a card)."""
    page = Image.new("RGB", (int(210 * ppm), int(297 * ppm)), (255, 255, 255))
    y = 20.0
    for i, cd in enumerate(card_docs):
        im = to_image(cd, ppm)
        x, yy = positions[i] if positions else (20.0, y)
        page.paste(im, (int(x * ppm), int(yy * ppm)))
        y += cd.h + 15
    return page


def scanned(im, rng, grey=True):
    """Flatbed look: paper tint, slight skew, noise, softness."""
    a = np.asarray(im.convert("RGB")).astype(np.float32)
    tint = np.array([rng.uniform(236, 247)] * 3 if grey else [248, 246, 240], np.float32)
    a = a * (tint / 255.0)
    a += np.random.default_rng(rng.randint(0, 2**31)).normal(0, 4.0, a.shape[:2])[..., None]
    out = Image.fromarray(np.clip(a, 0, 255).astype(np.uint8))
    out = out.rotate(
        rng.uniform(-1.2, 1.2),
        resample=Image.BICUBIC,
        expand=False,
        fillcolor=tuple(int(v) for v in tint),
    )
    return out.filter(ImageFilter.GaussianBlur(0.6))


def jpeg(im, q=82):
    buf = io.BytesIO()
    im.save(buf, "JPEG", quality=q, optimize=False)
    return buf.getvalue()


def image_pdf(imgs, rng):
    """A scanner's PDF: JPEG pages, no text layer."""
    from reportlab.lib.utils import ImageReader

    buf = io.BytesIO()
    c = rl_canvas.Canvas(buf, pagesize=(210 * mm, 297 * mm), invariant=1)
    for im in imgs:
        sc = scanned(im, rng)
        c.drawImage(ImageReader(io.BytesIO(jpeg(sc, 70))), 0, 0, 210 * mm, 297 * mm)
        c.showPage()
    c.save()
    return buf.getvalue()


def phone_photo(im, rng, rot=0, long_side=3200):
    """Page or card photographed on a table: perspective, shadow, cast, blur, rotation."""
    src = np.asarray(im.convert("RGB"))
    h0, w0 = src.shape[:2]
    H = long_side
    W = int(long_side * 0.75)
    r = np.random.default_rng(rng.randint(0, 2**31))
    base = np.array([rng.randint(90, 150), rng.randint(70, 120), rng.randint(50, 90)], np.float32)
    bg = np.ones((H, W, 3), np.float32) * base
    bg += r.normal(0, 7, (H, W))[..., None]
    yy = np.linspace(0, 1, H)[:, None]
    bg += (np.sin(yy * 40 + np.linspace(0, 3, W)[None, :]) * 8)[..., None]
    scale = min(W * 0.82 / w0, H * 0.82 / h0)
    dw, dh = w0 * scale, h0 * scale
    cx, cy = W / 2 + rng.uniform(-60, 60), H / 2 + rng.uniform(-60, 60)
    j = [rng.uniform(-0.05, 0.05) * dw for _ in range(8)]
    dst = np.float32(
        [
            [cx - dw / 2 + j[0], cy - dh / 2 + j[1]],
            [cx + dw / 2 + j[2], cy - dh / 2 + j[3]],
            [cx + dw / 2 + j[4], cy + dh / 2 + j[5]],
            [cx - dw / 2 + j[6], cy + dh / 2 + j[7]],
        ]
    )
    srcq = np.float32([[0, 0], [w0, 0], [w0, h0], [0, h0]])
    M = cv2.getPerspectiveTransform(srcq, dst)
    warped = cv2.warpPerspective(src.astype(np.float32), M, (W, H), flags=cv2.INTER_LINEAR)
    mask = cv2.warpPerspective(np.ones((h0, w0), np.float32), M, (W, H))[..., None]
    out = bg * (1 - mask) + warped * mask
    gx = np.linspace(0, 1, W)[None, :]
    light = 0.78 + 0.3 * (1 - np.abs(gx - rng.uniform(0.2, 0.8))) * (0.8 + 0.2 * yy)
    sh = rng.uniform(0.3, 0.7)
    light = light * np.where(gx + yy * 0.3 < sh, 0.82, 1.0)
    out = out * light[..., None]
    cast = np.array([rng.uniform(0.95, 1.05), 1.0, rng.uniform(0.88, 1.0)], np.float32)
    out = np.clip(out * cast, 0, 255).astype(np.uint8)
    out = cv2.GaussianBlur(out, (0, 0), rng.uniform(0.8, 1.5))
    out = np.rot90(out, k=rot // 90)
    return Image.fromarray(np.ascontiguousarray(out))
