"""Drawing primitives for blind set AM: one display list, two back ends (PDF, raster).

A ``Page`` records drawing operations in millimetres (origin top left, text y = baseline).
It can be written into a reportlab canvas (vector text, a real text layer) or rasterised
with Pillow at any resolution. The same layout therefore serves text PDFs, scans, phone
photos and screenshots.
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

MM = 72.0 / 25.4
_TT = "/usr/share/fonts/truetype/"
FONTS = {
    "sans": _TT + "liberation/LiberationSans-Regular.ttf",
    "sans-b": _TT + "liberation/LiberationSans-Bold.ttf",
    "sans-i": _TT + "liberation/LiberationSans-Italic.ttf",
    "narrow": _TT + "liberation/LiberationSansNarrow-Regular.ttf",
    "narrow-b": _TT + "liberation/LiberationSansNarrow-Bold.ttf",
    "serif": _TT + "liberation/LiberationSerif-Regular.ttf",
    "serif-b": _TT + "liberation/LiberationSerif-Bold.ttf",
    "serif-i": _TT + "liberation/LiberationSerif-Italic.ttf",
    "mono": _TT + "liberation/LiberationMono-Regular.ttf",
    "mono-b": _TT + "liberation/LiberationMono-Bold.ttf",
    "dejavu": _TT + "dejavu/DejaVuSans.ttf",
    "dejavu-b": _TT + "dejavu/DejaVuSans-Bold.ttf",
    "dejavu-c": _TT + "dejavu/DejaVuSansCondensed.ttf",
    "dserif": _TT + "dejavu/DejaVuSerif.ttf",
    "dserif-b": _TT + "dejavu/DejaVuSerif-Bold.ttf",
    "open": _TT + "open-sans/OpenSans-Regular.ttf",
    "open-b": _TT + "open-sans/OpenSans-Bold.ttf",
    "open-sb": _TT + "open-sans/OpenSans-Semibold.ttf",
    "lato": _TT + "lato/Lato-Regular.ttf",
    "lato-b": _TT + "lato/Lato-Bold.ttf",
    "lato-black": _TT + "lato/Lato-Black.ttf",
    "roboto": _TT + "roboto/unhinted/RobotoTTF/Roboto-Regular.ttf",
    "roboto-m": _TT + "roboto/unhinted/RobotoTTF/Roboto-Medium.ttf",
    "roboto-b": _TT + "roboto/unhinted/RobotoTTF/Roboto-Bold.ttf",
    "carlito": _TT + "crosextra/Carlito-Regular.ttf",
    "carlito-b": _TT + "crosextra/Carlito-Bold.ttf",
    "free": _TT + "freefont/FreeSerif.ttf",
    "free-b": _TT + "freefont/FreeSerifBold.ttf",
    "freesans": _TT + "freefont/FreeSans.ttf",
    "hand1": _TT + "fifthhorseman/dkg.ttf",
    "hand2": _TT + "breip/Breip.ttf",
    "hand3": _TT + "ecolier-court/Ecolier-court.ttf",
    "hand4": "/usr/share/fonts/opentype/kaushanscript/KaushanScript-Regular.otf",
    "ocrb": "/usr/share/fonts/opentype/ocr-b/OCRB.otf",
}
_PDF_FALLBACK = {"ocrb": "mono"}
_REGISTERED: set[str] = set()
_PIL_CACHE: dict[tuple[str, int], ImageFont.FreeTypeFont] = {}


def pil_font(name: str, px: float) -> ImageFont.FreeTypeFont:
    key = (name, max(1, int(round(px))))
    if key not in _PIL_CACHE:
        _PIL_CACHE[key] = ImageFont.truetype(FONTS[name], key[1])
    return _PIL_CACHE[key]


def pdf_font(name: str) -> str:
    name = _PDF_FALLBACK.get(name, name)
    if name not in _REGISTERED:
        pdfmetrics.registerFont(TTFont("am-" + name, FONTS[name]))
        _REGISTERED.add(name)
    return "am-" + name


def text_width(s: str, font: str, size_pt: float) -> float:
    """Width in millimetres of ``s`` set in ``font`` at ``size_pt``."""
    return pil_font(font, 200).getlength(s) / 200.0 * size_pt / MM


class Page:
    def __init__(self, w: float = 210.0, h: float = 297.0, bg=(255, 255, 255)):
        self.w, self.h, self.bg = w, h, bg
        self.ops: list[tuple] = []

    # -- recording -------------------------------------------------------------------------
    def text(self, x, y, s, font="sans", size=10.0, color=(0, 0, 0), anchor="l", rot=0.0):
        self.ops.append(("text", x, y, str(s), font, size, color, anchor, rot))
        return text_width(str(s), font, size)

    def rect(self, x, y, w, h, stroke=(0, 0, 0), fill=None, lw=0.3):
        self.ops.append(("rect", x, y, w, h, stroke, fill, lw))

    def line(self, x1, y1, x2, y2, color=(0, 0, 0), lw=0.3):
        self.ops.append(("poly", [(x1, y1), (x2, y2)], color, lw, False, None))

    def poly(self, pts, color=(0, 0, 0), lw=0.3, closed=False, fill=None):
        self.ops.append(("poly", list(pts), color, lw, closed, fill))

    def circle(self, cx, cy, r, color=(0, 0, 0), lw=0.3, fill=None):
        self.ops.append(("circle", cx, cy, r, color, lw, fill))

    def image(self, img: Image.Image, x, y, w, h):
        self.ops.append(("image", img, x, y, w, h))

    def para(self, x, y, width, s, font="sans", size=10.0, lead=None, color=(0, 0, 0)):
        """Word-wrapped left-aligned paragraph; returns the y after the last line."""
        lead = lead or size * 1.3 / MM
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

    def field(self, x, y, label, value, lfont="sans", vfont="sans-b", size=9.0, gap=1.5):
        w = self.text(x, y, label, lfont, size)
        self.text(x + w + gap, y, value, vfont, size)

    # -- PDF back end ----------------------------------------------------------------------
    def to_pdf(self, c: rl_canvas.Canvas) -> None:
        H = self.h * MM
        c.setPageSize((self.w * MM, H))
        if self.bg != (255, 255, 255):
            c.setFillColorRGB(*[v / 255 for v in self.bg])
            c.rect(0, 0, self.w * MM, H, stroke=0, fill=1)
        for op in self.ops:
            kind = op[0]
            if kind == "text":
                _, x, y, s, font, size, color, anchor, rot = op
                c.setFillColorRGB(*[v / 255 for v in color])
                c.setFont(pdf_font(font), size)
                c.saveState()
                c.translate(x * MM, H - y * MM)
                c.rotate(rot)
                tw = text_width(s, font, size) * MM
                dx = {"l": 0, "m": -tw / 2, "r": -tw}[anchor]
                c.drawString(dx, 0, s)
                c.restoreState()
            elif kind == "rect":
                _, x, y, w, h, stroke, fill, lw = op
                if fill is not None:
                    c.setFillColorRGB(*[v / 255 for v in fill])
                if stroke is not None:
                    c.setStrokeColorRGB(*[v / 255 for v in stroke])
                    c.setLineWidth(lw * MM)
                c.rect(
                    x * MM,
                    H - (y + h) * MM,
                    w * MM,
                    h * MM,
                    stroke=int(stroke is not None),
                    fill=int(fill is not None),
                )
            elif kind == "poly":
                _, pts, color, lw, closed, fill = op
                p = c.beginPath()
                p.moveTo(pts[0][0] * MM, H - pts[0][1] * MM)
                for px, py in pts[1:]:
                    p.lineTo(px * MM, H - py * MM)
                if closed:
                    p.close()
                c.setLineJoin(1)
                c.setLineCap(1)
                if fill is not None:
                    c.setFillColorRGB(*[v / 255 for v in fill])
                if color is not None:
                    c.setStrokeColorRGB(*[v / 255 for v in color])
                    c.setLineWidth(lw * MM)
                c.drawPath(p, stroke=int(color is not None), fill=int(fill is not None))
            elif kind == "circle":
                _, cx, cy, r, color, lw, fill = op
                if fill is not None:
                    c.setFillColorRGB(*[v / 255 for v in fill])
                if color is not None:
                    c.setStrokeColorRGB(*[v / 255 for v in color])
                    c.setLineWidth(lw * MM)
                c.circle(
                    cx * MM,
                    H - cy * MM,
                    r * MM,
                    stroke=int(color is not None),
                    fill=int(fill is not None),
                )
            elif kind == "image":
                _, img, x, y, w, h = op
                buf = io.BytesIO()
                img.convert("RGB").save(buf, "JPEG", quality=88)
                buf.seek(0)
                c.drawImage(ImageReader(buf), x * MM, H - (y + h) * MM, w * MM, h * MM)
        c.showPage()

    # -- raster back end -------------------------------------------------------------------
    def raster(self, dpi: float = 200.0) -> Image.Image:
        k = dpi / 25.4
        W, Hh = int(round(self.w * k)), int(round(self.h * k))
        img = Image.new("RGB", (W, Hh), self.bg)
        d = ImageDraw.Draw(img)
        for op in self.ops:
            kind = op[0]
            if kind == "text":
                _, x, y, s, font, size, color, anchor, rot = op
                f = pil_font(font, size * dpi / 72.0)
                if rot:
                    tw = int(f.getlength(s)) + 4
                    th = int(size * dpi / 72.0 * 1.6)
                    tmp = Image.new("L", (tw, th), 0)
                    ImageDraw.Draw(tmp).text((2, th * 0.75), s, font=f, fill=255, anchor="ls")
                    tmp = tmp.rotate(rot, expand=True, resample=Image.BICUBIC)
                    col = Image.new("RGB", tmp.size, color)
                    img.paste(col, (int(x * k), int(y * k - tmp.size[1] / 2)), tmp)
                    continue
                d.text((x * k, y * k), s, font=f, fill=color, anchor=anchor + "s")
            elif kind == "rect":
                _, x, y, w, h, stroke, fill, lw = op
                d.rectangle(
                    [x * k, y * k, (x + w) * k, (y + h) * k],
                    fill=fill,
                    outline=stroke,
                    width=max(1, int(round(lw * k))) if stroke is not None else 0,
                )
            elif kind == "poly":
                _, pts, color, lw, closed, fill = op
                q = [(px * k, py * k) for px, py in pts]
                if fill is not None:
                    d.polygon(q, fill=fill)
                if color is not None:
                    if closed:
                        q = q + [q[0]]
                    d.line(q, fill=color, width=max(1, int(round(lw * k))), joint="curve")
            elif kind == "circle":
                _, cx, cy, r, color, lw, fill = op
                box = [(cx - r) * k, (cy - r) * k, (cx + r) * k, (cy + r) * k]
                d.ellipse(
                    box,
                    fill=fill,
                    outline=color,
                    width=max(1, int(round(lw * k))) if color is not None else 0,
                )
            elif kind == "image":
                _, im, x, y, w, h = op
                im2 = im.convert("RGB").resize((max(1, int(w * k)), max(1, int(h * k))))
                img.paste(im2, (int(x * k), int(y * k)))
        return img


# -- PDF writers ---------------------------------------------------------------------------
def new_pdf(path: str, title: str = "") -> rl_canvas.Canvas:
    c = rl_canvas.Canvas(path, invariant=1, pageCompression=1)
    if title:
        c.setTitle(title)
    return c


def write_text_pdf(path: str, pages: list[Page], title: str = "", producer: str = "") -> None:
    c = new_pdf(path, title)
    if producer:
        c.setProducer(producer)
    for p in pages:
        p.to_pdf(c)
    c.save()


def write_image_pdf(path: str, images: list[Image.Image], dpi: float = 200.0) -> None:
    """A scanner's PDF: one JPEG per page, no text layer."""
    c = new_pdf(path)
    c.setCreator("Canon MF Scan Utility")
    for im in images:
        w, h = im.size[0] / dpi * 72.0, im.size[1] / dpi * 72.0
        c.setPageSize((w, h))
        buf = io.BytesIO()
        im.convert("RGB").save(buf, "JPEG", quality=72)
        buf.seek(0)
        c.drawImage(ImageReader(buf), 0, 0, w, h)
        c.showPage()
    c.save()


# -- little drawings -----------------------------------------------------------------------
def signature(page: Page, x, y, w, rng: random.Random, color=(20, 30, 110), lw=0.45):
    """A handwritten-looking scribble of width ``w`` mm starting at (x, y)."""
    pts = []
    n = rng.randint(5, 8)
    amp = w * 0.18
    t = 0.0
    for i in range(n * 12):
        t = i / (n * 12)
        px = x + w * t + math.sin(t * n * math.pi * 2) * w * 0.05
        py = y - amp * math.sin(t * n * math.pi * 1.3 + rng.random() * 0.3) * (1 - t * 0.5)
        pts.append((px, py))
    page.poly(pts, color, lw)
    tail = [(x + w * 0.2, y + 1.5), (x + w * 0.6, y + 0.5), (x + w * 1.05, y - 1.2)]
    page.poly(tail, color, lw * 0.8)


def round_stamp(page: Page, cx, cy, r, outer: str, inner: list[str], color, font="sans-b"):
    page.circle(cx, cy, r, color, 0.6)
    page.circle(cx, cy, r * 0.72, color, 0.35)
    n = len(outer)
    for i, ch in enumerate(outer):
        a = -150 + 300 * i / max(1, n - 1)
        rad = math.radians(a - 90)
        px, py = cx + r * 0.86 * math.cos(rad), cy + r * 0.86 * math.sin(rad)
        page.text(px, py + 0.8, ch, font, r * 0.55, color, "m")
    for j, s in enumerate(inner):
        page.text(cx, cy - (len(inner) - 1) * r * 0.14 + j * r * 0.3, s, font, r * 0.42, color, "m")


def face(seed: int, w: int = 300, h: int = 380, skin=(150, 105, 80), bg=(225, 228, 232)):
    """A neutral synthetic ID photo (no real person)."""
    rng = random.Random(seed)
    im = Image.new("RGB", (w, h), bg)
    d = ImageDraw.Draw(im)
    hair = tuple(max(0, c - 110) for c in skin)
    d.ellipse([w * 0.08, h * 0.72, w * 0.92, h * 1.35], fill=(60 + rng.randint(0, 60), 60, 70))
    d.rectangle([w * 0.4, h * 0.55, w * 0.6, h * 0.8], fill=skin)
    d.ellipse([w * 0.22, h * 0.1, w * 0.78, h * 0.7], fill=hair)
    d.ellipse([w * 0.27, h * 0.18, w * 0.73, h * 0.68], fill=skin)
    for ex in (0.39, 0.61):
        d.ellipse([w * (ex - 0.04), h * 0.38, w * (ex + 0.04), h * 0.42], fill=(40, 30, 30))
    d.line([w * 0.42, h * 0.57, w * 0.58, h * 0.57], fill=(110, 60, 60), width=3)
    return im.filter(ImageFilter.GaussianBlur(1.2))


def guilloche(page: Page, x, y, w, h, color, rng: random.Random, n=18, lw=0.12):
    for i in range(n):
        ph = rng.random() * 6.28
        f = 2 + rng.random() * 4
        pts = []
        for j in range(61):
            t = j / 60
            pts.append((x + w * t, y + h * (i + 0.5) / n + math.sin(t * f * 6.28 + ph) * h / n))
        page.poly(pts, color, lw)


# -- degradations --------------------------------------------------------------------------
def _noise(a: np.ndarray, rng: random.Random, sigma: float) -> np.ndarray:
    g = np.random.default_rng(rng.randint(0, 2**31))
    return np.clip(a.astype(np.float32) + g.normal(0, sigma, a.shape), 0, 255).astype(np.uint8)


def scan(img: Image.Image, rng: random.Random, paper=(242, 240, 234), skew=1.0) -> Image.Image:
    """Flatbed scan: grey paper, slight skew, noise, softness."""
    a = np.asarray(img.convert("RGB")).astype(np.float32)
    tint = np.array(paper, np.float32) / 255.0
    a = a * tint
    h, w = a.shape[:2]
    ang = rng.uniform(-skew, skew)
    m = cv2.getRotationMatrix2D((w / 2, h / 2), ang, 1.0)
    m[0, 2] += rng.uniform(-6, 6)
    m[1, 2] += rng.uniform(-6, 6)
    a = cv2.warpAffine(a, m, (w, h), borderValue=tuple(float(v) * 0.97 for v in paper))
    a = cv2.GaussianBlur(a, (3, 3), 0.6)
    return Image.fromarray(_noise(a, rng, 4.0))


def table(rng: random.Random, w: int, h: int) -> np.ndarray:
    """A wooden or laminate table top."""
    g = np.random.default_rng(rng.randint(0, 2**31))
    base = np.array(rng.choice([(120, 85, 55), (170, 140, 105), (90, 90, 95), (200, 195, 185)]))
    yy = np.linspace(0, 1, h)[:, None]
    grain = np.sin(yy * rng.uniform(40, 90) + g.normal(0, 0.4, (h, 1)) * 3) * 10
    a = np.ones((h, w, 3), np.float32) * base[None, None, :] + grain[..., None]
    small = g.normal(0, 12, (h // 16 + 1, w // 16 + 1, 1)).astype(np.float32)
    a += cv2.resize(small, (w, h))[..., None]
    return a


def phone_photo(
    img: Image.Image, rng: random.Random, long_side: int = 4000, rot: int = 0, fill=0.78
) -> Image.Image:
    """A document or card photographed on a table: perspective, shadow, cast, blur."""
    src = np.asarray(img.convert("RGB")).astype(np.float32)
    sh, sw = src.shape[:2]
    portrait = sh >= sw
    W, H = (long_side * 3 // 4, long_side) if portrait else (long_side, long_side * 3 // 4)
    bg = table(rng, W, H)
    scale = min(W / sw, H / sh) * fill
    dw, dh = sw * scale, sh * scale
    cx, cy = W / 2 + rng.uniform(-0.04, 0.04) * W, H / 2 + rng.uniform(-0.04, 0.04) * H
    j = 0.05 * min(dw, dh)
    dst = np.float32(
        [
            [cx - dw / 2 + rng.uniform(-j, j), cy - dh / 2 + rng.uniform(-j, j)],
            [cx + dw / 2 + rng.uniform(-j, j), cy - dh / 2 + rng.uniform(-j, j)],
            [cx + dw / 2 + rng.uniform(-j, j), cy + dh / 2 + rng.uniform(-j, j)],
            [cx - dw / 2 + rng.uniform(-j, j), cy + dh / 2 + rng.uniform(-j, j)],
        ]
    )
    srcq = np.float32([[0, 0], [sw, 0], [sw, sh], [0, sh]])
    m = cv2.getPerspectiveTransform(srcq, dst)
    warped = cv2.warpPerspective(src, m, (W, H), flags=cv2.INTER_LINEAR)
    mask = cv2.warpPerspective(np.ones((sh, sw), np.float32), m, (W, H))
    soft = cv2.GaussianBlur(mask, (0, 0), 14)
    shadow_under = np.clip(soft - mask, 0, 1) * 0.45
    bg = bg * (1 - shadow_under[..., None])
    a = bg * (1 - mask[..., None]) + warped * mask[..., None]
    # uneven light and a soft hand/phone shadow
    yy, xx = np.mgrid[0:H, 0:W].astype(np.float32)
    lx, ly = rng.uniform(0, W), rng.uniform(0, H)
    light = 1.08 - 0.28 * np.sqrt((xx - lx) ** 2 + (yy - ly) ** 2) / max(W, H)
    a *= light[..., None]
    sx = rng.uniform(0.2, 0.8) * W
    band = 1 - 0.22 / (1 + np.exp(-(xx - sx - (yy - H / 2) * rng.uniform(-0.5, 0.5)) / 80))
    a *= band[..., None]
    cast = np.array([rng.uniform(1.0, 1.07), 1.0, rng.uniform(0.86, 0.97)], np.float32)
    a *= cast[None, None, :]
    a = cv2.GaussianBlur(a, (0, 0), rng.uniform(1.0, 1.8))
    out = Image.fromarray(_noise(a, rng, 3.5))
    if rot:
        out = out.rotate(rot, expand=True)
    return out


def save_jpeg(img: Image.Image, path: str, quality: int = 85, dpi: int | None = None) -> None:
    kw = {"quality": quality}
    if dpi:
        kw["dpi"] = (dpi, dpi)
    img.convert("RGB").save(path, "JPEG", **kw)
