"""Tiny layout engine: a Page of drawing ops (mm, origin top-left) rendered to PDF or image."""

import io
import math

import cv2
import numpy as np
from PIL import Image, ImageDraw, ImageFilter, ImageFont
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

cv2.setNumThreads(1)

F = "/usr/share/fonts/truetype/"
FONTS = {
    "sans": F + "liberation/LiberationSans-Regular.ttf",
    "sans-b": F + "liberation/LiberationSans-Bold.ttf",
    "serif": F + "liberation/LiberationSerif-Regular.ttf",
    "serif-b": F + "liberation/LiberationSerif-Bold.ttf",
    "serif-i": F + "liberation/LiberationSerif-Italic.ttf",
    "mono": F + "liberation/LiberationMono-Regular.ttf",
    "dejavu": F + "dejavu/DejaVuSans.ttf",
    "dejavu-b": F + "dejavu/DejaVuSans-Bold.ttf",
    "dserif": F + "dejavu/DejaVuSerif.ttf",
    "dserif-b": F + "dejavu/DejaVuSerif-Bold.ttf",
    "open": F + "open-sans/OpenSans-Regular.ttf",
    "open-b": F + "open-sans/OpenSans-Bold.ttf",
    "lato": F + "lato/Lato-Regular.ttf",
    "lato-b": F + "lato/Lato-Bold.ttf",
    "carlito": F + "crosextra/Carlito-Regular.ttf",
    "carlito-b": F + "crosextra/Carlito-Bold.ttf",
    "caladea": F + "crosextra/Caladea-Regular.ttf",
    "roboto": F + "roboto/unhinted/RobotoCondensed-Regular.ttf",
    "roboto-b": F + "roboto/unhinted/RobotoCondensed-Bold.ttf",
    "cjk": F + "wqy/wqy-microhei.ttc",
    "hand1": F + "ecolier-court/Ecolier-court.ttf",
    "hand2": F + "femkeklaver/femkeklaver.ttf",
    "hand3": F + "rufscript/Rufscript010.ttf",
    "ocrb": "/usr/share/fonts/opentype/ocr-b/OCRB.otf",
    "script": "/usr/share/fonts/opentype/dancingscript/DancingScript-Regular.otf",
}
_pil_cache = {}
_rl_done = set()


def pil_font(name, px):
    key = (name, int(px))
    if key not in _pil_cache:
        _pil_cache[key] = ImageFont.truetype(FONTS[name], max(4, int(px)))
    return _pil_cache[key]


def text_width_mm(s, font, size):
    return pil_font(font, 100).getlength(s) / 100 * size * 25.4 / 72


def rl_font(name):
    if name not in _rl_done:
        path = FONTS[name]
        if path.endswith(".ttc"):
            pdfmetrics.registerFont(TTFont(name, path, subfontIndex=0))
        else:
            pdfmetrics.registerFont(TTFont(name, path))
        _rl_done.add(name)
    return name


class Page:
    def __init__(self, w=210.0, h=297.0, bg=(255, 255, 255)):
        self.w, self.h, self.bg, self.ops = w, h, bg, []

    def text(self, x, y, s, font="sans", size=10, color=(0, 0, 0), anchor="l", rot=0.0):
        self.ops.append(("text", x, y, str(s), font, size, color, anchor, rot))

    def lines(self, x, y, rows, font="sans", size=10, lead=None, color=(0, 0, 0)):
        lead = lead or size * 0.45
        for i, r in enumerate(rows):
            self.text(x, y + i * lead, r, font, size, color)
        return y + len(rows) * lead

    def rect(self, x, y, w, h, stroke=(0, 0, 0), fill=None, width=0.25):
        self.ops.append(("rect", x, y, w, h, stroke, fill, width))

    def line(self, x1, y1, x2, y2, color=(0, 0, 0), width=0.25):
        self.ops.append(("poly", [(x1, y1), (x2, y2)], color, width))

    def poly(self, pts, color=(0, 0, 0), width=0.3):
        self.ops.append(("poly", list(pts), color, width))

    def ellipse(self, x, y, w, h, stroke=None, fill=(200, 200, 200), width=0.3):
        self.ops.append(("ellipse", x, y, w, h, stroke, fill, width))

    def hand(self, rng, x, y, s, font="hand1", size=13, color=(20, 40, 140), slant=0.0):
        """Handwritten text: glyph by glyph with jitter of position, size and angle."""
        cx = x
        for ch in s:
            sz = size * rng.uniform(0.93, 1.07)
            dy = rng.gauss(0, 0.25) + (cx - x) * slant
            self.text(cx, y + dy, ch, font, sz, color, rot=rng.uniform(-4, 4))
            cx += text_width_mm(ch, font, sz) * rng.uniform(0.95, 1.08)
        return cx

    def signature(self, rng, x, y, w, h, color=(15, 30, 120)):
        """A scribbled signature with a flourish, inside box (x, y, w, h)."""
        pts = []
        n = rng.randint(5, 8)
        for i in range(n * 24):
            t = i / (n * 24)
            ph = t * n * 2 * math.pi
            px = x + w * (0.05 + 0.8 * t) + math.cos(ph) * w * 0.045
            py = y + h * 0.5 - math.sin(ph) * h * 0.28 * (1 - 0.5 * t)
            pts.append((px + rng.gauss(0, 0.05), py + rng.gauss(0, 0.05)))
        self.poly(pts, color, 0.45)
        y0 = y + h * rng.uniform(0.6, 0.8)
        self.poly(
            [
                (x + w * (0.1 + 0.85 * t), y0 - math.sin(t * 3) * h * 0.1)
                for t in np.linspace(0, 1, 20)
            ],
            color,
            0.4,
        )

    def stamp(self, cx, cy, r, top, bottom, color=(60, 70, 170), center=""):
        self.ellipse(cx - r, cy - r, 2 * r, 2 * r, stroke=color, fill=None, width=0.6)
        self.ellipse(cx - r * 0.68, cy - r * 0.68, r * 1.36, r * 1.36, color, None, 0.35)
        for txt, sign in ((top, -1), (bottom, 1)):
            n = len(txt)
            for i, ch in enumerate(txt):
                a = sign * math.pi / 2 - sign * (i - (n - 1) / 2) * (2.6 / max(n, 8))
                px, py = cx + r * 0.84 * math.cos(a), cy + r * 0.84 * math.sin(a)
                rot = math.degrees(a) - 90 if sign > 0 else math.degrees(a) + 90
                self.text(px, py + 0.8, ch, "sans-b", r * 0.55, color, "m", -rot)
        if center:
            self.text(cx, cy + 1, center, "sans-b", r * 0.5, color, "m")


def _c(col):
    return tuple(v / 255 for v in col)


def to_pdf(pages, path, title=None, author=None):
    c = canvas.Canvas(path, invariant=1, pageCompression=1)
    if title:
        c.setTitle(title)
    if author:
        c.setAuthor(author)
        c.setCreator(author)
    for pg in pages:
        k = 72 / 25.4
        c.setPageSize((pg.w * k, pg.h * k))
        H = pg.h * k
        for op in pg.ops:
            kind = op[0]
            if kind == "text":
                _, x, y, s, font, size, color, anchor, rot = op
                c.setFillColorRGB(*_c(color))
                c.setFont(rl_font(font), size)
                c.saveState()
                c.translate(x * k, H - y * k)
                c.rotate(rot)
                fn = {"l": c.drawString, "m": c.drawCentredString, "r": c.drawRightString}
                fn[anchor](0, 0, s)
                c.restoreState()
            elif kind == "rect":
                _, x, y, w, h, stroke, fill, width = op
                c.setLineWidth(width * k)
                if stroke:
                    c.setStrokeColorRGB(*_c(stroke))
                if fill:
                    c.setFillColorRGB(*_c(fill))
                c.rect(x * k, H - (y + h) * k, w * k, h * k, stroke=bool(stroke), fill=bool(fill))
            elif kind == "poly":
                _, pts, color, width = op
                c.setStrokeColorRGB(*_c(color))
                c.setLineWidth(width * k)
                p = c.beginPath()
                p.moveTo(pts[0][0] * k, H - pts[0][1] * k)
                for px, py in pts[1:]:
                    p.lineTo(px * k, H - py * k)
                c.drawPath(p, stroke=1, fill=0)
            elif kind == "ellipse":
                _, x, y, w, h, stroke, fill, width = op
                c.setLineWidth(width * k)
                if stroke:
                    c.setStrokeColorRGB(*_c(stroke))
                if fill:
                    c.setFillColorRGB(*_c(fill))
                c.ellipse(x * k, H - y * k, (x + w) * k, H - (y + h) * k, bool(stroke), bool(fill))
        c.showPage()
    c.save()


def to_image(pg, dpi=200):
    s = dpi / 25.4
    im = Image.new("RGB", (round(pg.w * s), round(pg.h * s)), pg.bg)
    d = ImageDraw.Draw(im)
    for op in pg.ops:
        kind = op[0]
        if kind == "text":
            _, x, y, txt, font, size, color, anchor, rot = op
            f = pil_font(font, size * dpi / 72)
            a = {"l": "ls", "m": "ms", "r": "rs"}[anchor]
            if abs(rot) < 0.01:
                d.text((x * s, y * s), txt, fill=color, font=f, anchor=a)
            else:
                pad = int(size * dpi / 72 * 2) + 4
                tile = Image.new("L", (pad * 2, pad * 2), 0)
                ImageDraw.Draw(tile).text((pad, pad), txt, fill=255, font=f, anchor=a)
                tile = tile.rotate(rot, resample=Image.BICUBIC, center=(pad, pad))
                im.paste(
                    Image.new("RGB", tile.size, color), (int(x * s) - pad, int(y * s) - pad), tile
                )
        elif kind == "rect":
            _, x, y, w, h, stroke, fill, width = op
            d.rectangle(
                [x * s, y * s, (x + w) * s, (y + h) * s],
                fill=fill,
                outline=stroke,
                width=max(1, round(width * s)) if stroke else 0,
            )
        elif kind == "poly":
            _, pts, color, width = op
            d.line([(px * s, py * s) for px, py in pts], fill=color, width=max(1, round(width * s)))
        elif kind == "ellipse":
            _, x, y, w, h, stroke, fill, width = op
            d.ellipse(
                [x * s, y * s, (x + w) * s, (y + h) * s],
                fill=fill,
                outline=stroke,
                width=max(1, round(width * s)) if stroke else 0,
            )
    return im


# ---------------------------------------------------------------- looks


def scan(im, rng, paper=(238, 236, 230), skew=0.8):
    """Flatbed scan: grey paper, slight skew, noise, soft blur."""
    a = np.asarray(im).astype(np.float32)
    a = a / 255.0 * np.array(paper, np.float32)
    g = np.random.default_rng(rng.randrange(1 << 30))
    a += g.normal(0, 4.0, a.shape[:2])[..., None]
    out = Image.fromarray(np.clip(a, 0, 255).astype(np.uint8))
    out = out.rotate(
        rng.uniform(-skew, skew), resample=Image.BICUBIC, expand=False, fillcolor=paper
    )
    return out.filter(ImageFilter.GaussianBlur(rng.uniform(0.3, 0.7)))


def jpeg_bytes(im, q=85):
    b = io.BytesIO()
    im.save(b, "JPEG", quality=q, optimize=False)
    return b.getvalue()


def save_jpeg(im, path, q=85):
    with open(path, "wb") as f:
        f.write(jpeg_bytes(im, q))


def image_pdf(images, path, dpi=200):
    """A scanner's PDF: JPEG pages, no text layer."""
    c = canvas.Canvas(path, invariant=1)
    c.setCreator("Canon iR-ADV C3525 PDF")
    for im in images:
        w, h = im.size[0] * 72 / dpi, im.size[1] * 72 / dpi
        c.setPageSize((w, h))
        c.drawImage(ImageReader(io.BytesIO(jpeg_bytes(im, 70))), 0, 0, w, h)
        c.showPage()
    c.save()


def phone_photo(im, rng, long_side=4000, rotate=0, table=(120, 92, 66), fill=0.78):
    """Photo of a page/card lying on a table: perspective, shadow, light, cast, blur, noise."""
    g = np.random.default_rng(rng.randrange(1 << 30))
    W, H = (3000, long_side) if im.size[1] >= im.size[0] else (long_side, 3000)
    W, H = (W * long_side // 4000, H * long_side // 4000)
    bg = np.ones((H, W, 3), np.float32) * np.array(table, np.float32)
    grain = cv2.GaussianBlur(g.normal(0, 18, (H // 8, W // 8)).astype(np.float32), (0, 0), 3)
    bg += cv2.resize(grain, (W, H))[..., None] * np.array([1.0, 0.8, 0.6], np.float32)
    src = np.asarray(im.convert("RGB")).astype(np.float32)
    sh, sw = src.shape[:2]
    k = min(W * fill / sw, H * fill / sh)
    dw, dh = sw * k, sh * k
    cx, cy = W / 2 + rng.uniform(-0.04, 0.04) * W, H / 2 + rng.uniform(-0.04, 0.04) * H
    j = 0.035
    dst = np.float32(
        [
            [cx - dw / 2 + rng.uniform(-j, j) * W, cy - dh / 2 + rng.uniform(-j, j) * H],
            [cx + dw / 2 + rng.uniform(-j, j) * W, cy - dh / 2 + rng.uniform(-j, j) * H],
            [cx + dw / 2 + rng.uniform(-j, j) * W, cy + dh / 2 + rng.uniform(-j, j) * H],
            [cx - dw / 2 + rng.uniform(-j, j) * W, cy + dh / 2 + rng.uniform(-j, j) * H],
        ]
    )
    M = cv2.getPerspectiveTransform(np.float32([[0, 0], [sw, 0], [sw, sh], [0, sh]]), dst)
    warped = cv2.warpPerspective(src, M, (W, H), flags=cv2.INTER_LINEAR)
    mask = cv2.warpPerspective(np.ones((sh, sw), np.float32), M, (W, H))
    soft = cv2.GaussianBlur(mask, (0, 0), 12)
    bg *= (1 - 0.45 * cv2.GaussianBlur(np.roll(soft, (25, 18), (0, 1)), (0, 0), 25))[..., None]
    out = bg * (1 - mask[..., None]) + warped * mask[..., None]
    yy, xx = np.mgrid[0:H, 0:W].astype(np.float32)
    ang = rng.uniform(0, 2 * math.pi)
    grad = (np.cos(ang) * xx / W + np.sin(ang) * yy / H) * rng.uniform(0.15, 0.3)
    vign = 1 - 0.25 * (((xx - W / 2) / W) ** 2 + ((yy - H / 2) / H) ** 2) * 2
    light = (0.92 + grad - grad.mean()) * vign
    cast = np.array([rng.uniform(1.0, 1.06), 1.0, rng.uniform(0.86, 0.96)], np.float32)
    out = out * light[..., None] * cast
    out = cv2.GaussianBlur(out, (0, 0), rng.uniform(0.8, 1.6))
    out += g.normal(0, 3.5, out.shape[:2]).astype(np.float32)[..., None]
    res = Image.fromarray(np.clip(out, 0, 255).astype(np.uint8))
    if rotate:
        res = res.rotate(rotate, expand=True)
    return res
