"""Tiny page model (mm, origin top-left, y = text baseline) with a PIL and a reportlab backend,
plus the "looks": scan, phone photo, image PDF."""

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

T = "/usr/share/fonts/truetype/"
FONTS = {
    "sans": T + "liberation/LiberationSans-Regular.ttf",
    "sansb": T + "liberation/LiberationSans-Bold.ttf",
    "sansi": T + "liberation/LiberationSans-Italic.ttf",
    "narrow": T + "liberation/LiberationSansNarrow-Regular.ttf",
    "narrowb": T + "liberation/LiberationSansNarrow-Bold.ttf",
    "serif": T + "liberation/LiberationSerif-Regular.ttf",
    "serifb": T + "liberation/LiberationSerif-Bold.ttf",
    "serifi": T + "liberation/LiberationSerif-Italic.ttf",
    "mono": T + "liberation/LiberationMono-Regular.ttf",
    "monob": T + "liberation/LiberationMono-Bold.ttf",
    "dejavu": T + "dejavu/DejaVuSans.ttf",
    "dejavub": T + "dejavu/DejaVuSans-Bold.ttf",
    "dserif": T + "dejavu/DejaVuSerif.ttf",
    "dserifb": T + "dejavu/DejaVuSerif-Bold.ttf",
    "lato": T + "lato/Lato-Regular.ttf",
    "latob": T + "lato/Lato-Bold.ttf",
    "latol": T + "lato/Lato-Light.ttf",
    "open": T + "open-sans/OpenSans-Regular.ttf",
    "openb": T + "open-sans/OpenSans-Bold.ttf",
    "opens": T + "open-sans/OpenSans-Semibold.ttf",
    "roboto": T + "roboto/unhinted/RobotoTTF/Roboto-Regular.ttf",
    "robotob": T + "roboto/unhinted/RobotoTTF/Roboto-Bold.ttf",
    "robotom": T + "roboto/unhinted/RobotoTTF/Roboto-Medium.ttf",
    "cond": T + "roboto/unhinted/RobotoCondensed-Regular.ttf",
    "condb": T + "roboto/unhinted/RobotoCondensed-Bold.ttf",
    "carlito": T + "crosextra/Carlito-Regular.ttf",
    "carlitob": T + "crosextra/Carlito-Bold.ttf",
    "caladea": T + "crosextra/Caladea-Regular.ttf",
    "caladeab": T + "crosextra/Caladea-Bold.ttf",
    "free": T + "freefont/FreeSans.ttf",
    "freeb": T + "freefont/FreeSansBold.ttf",
    "freeserif": T + "freefont/FreeSerif.ttf",
    "freeserifb": T + "freefont/FreeSerifBold.ttf",
    "hand1": T + "ecolier-court/Ecolier-court.ttf",
    "hand2": T + "femkeklaver/femkeklaver.ttf",
    "hand3": T + "fifthhorseman/dkg.ttf",
    "hand4": T + "rufscript/Rufscript010.ttf",
    "hand5": T + "humor-sans/Humor-Sans.ttf",
    "hand6": T + "breip/Breip.ttf",
    "arabic": "/usr/share/fonts/opentype/fonts-hosny-amiri/Amiri-Regular.ttf",
    "arabicb": "/usr/share/fonts/opentype/fonts-hosny-amiri/Amiri-Bold.ttf",
    "ocrb": "/usr/share/fonts/opentype/ocr-b/OCRB.otf",
}
PT = 25.4 / 72.0
_font_cache: dict = {}


def pil_font(key: str, px: float) -> ImageFont.FreeTypeFont:
    k = (key, int(round(px)))
    if k not in _font_cache:
        _font_cache[k] = ImageFont.truetype(FONTS[key], max(4, k[1]))
    return _font_cache[k]


def text_w(s: str, font: str, size: float) -> float:
    """Width in mm of s at size pt."""
    return pil_font(font, 200).getlength(s) * size / 200.0 * PT


class Page:
    def __init__(self, w=210.0, h=297.0, bg=(255, 255, 255)):
        self.w, self.h, self.bg, self.ops = w, h, bg, []

    def text(self, x, y, s, font="sans", size=10, color=(0, 0, 0), anchor="l", rtl=False):
        self.ops.append(("text", x, y, str(s), font, size, color, anchor, rtl))

    def rect(self, x, y, w, h, stroke=(0, 0, 0), fill=None, lw=0.25):
        self.ops.append(("rect", x, y, w, h, stroke, fill, lw))

    def line(self, x1, y1, x2, y2, color=(0, 0, 0), lw=0.25):
        self.ops.append(("line", x1, y1, x2, y2, color, lw))

    def poly(self, pts, fill, stroke=None):
        self.ops.append(("poly", pts, fill, stroke))

    def ellipse(self, x, y, w, h, stroke=(0, 0, 0), fill=None, lw=0.25):
        self.ops.append(("ellipse", x, y, w, h, stroke, fill, lw))

    def pen(self, pts, color=(20, 30, 110), lw=0.45):
        """pts: list of (x, y, width_factor)."""
        self.ops.append(("pen", pts, color, lw))

    def image(self, img, x, y, w, h):
        self.ops.append(("image", img, x, y, w, h))

    def wrap(self, x, y, width, s, font="sans", size=10, lead=None, color=(0, 0, 0)):
        lead = lead or size * PT * 1.35
        for para in s.split("\n"):
            line = ""
            for word in para.split(" "):
                cand = (line + " " + word).strip()
                if text_w(cand, font, size) > width and line:
                    self.text(x, y, line, font, size, color)
                    y += lead
                    line = word
                else:
                    line = cand
            self.text(x, y, line, font, size, color)
            y += lead
        return y

    def box(self, x, y, w, h, label, value, lfont="sans", vfont="sansb", ls=6.5, vs=9.5):
        self.rect(x, y, w, h, lw=0.2)
        self.text(x + 1.2, y + 2.6 + ls * PT * 0.5, label, lfont, ls, (70, 70, 70))
        self.text(x + 1.2, y + h - 1.6, value, vfont, vs)


def to_pil(page: Page, dpi=200) -> Image.Image:
    s = dpi / 25.4
    im = Image.new("RGB", (int(round(page.w * s)), int(round(page.h * s))), page.bg)
    d = ImageDraw.Draw(im)
    for op in page.ops:
        kind = op[0]
        if kind == "text":
            _, x, y, txt, font, size, color, anchor, rtl = op
            f = pil_font(font, size * PT * s)
            a = {"l": "ls", "r": "rs", "c": "ms"}[anchor]
            kw = {"direction": "rtl", "language": "ar"} if rtl else {}
            d.text((x * s, y * s), txt, font=f, fill=color, anchor=a, **kw)
        elif kind == "rect":
            _, x, y, w, h, stroke, fill, lw = op
            d.rectangle(
                [x * s, y * s, (x + w) * s, (y + h) * s],
                fill=fill,
                outline=stroke,
                width=max(1, int(round(lw * s))) if stroke else 0,
            )
        elif kind == "ellipse":
            _, x, y, w, h, stroke, fill, lw = op
            d.ellipse(
                [x * s, y * s, (x + w) * s, (y + h) * s],
                fill=fill,
                outline=stroke,
                width=max(1, int(round(lw * s))) if stroke else 0,
            )
        elif kind == "line":
            _, x1, y1, x2, y2, color, lw = op
            d.line([x1 * s, y1 * s, x2 * s, y2 * s], fill=color, width=max(1, int(round(lw * s))))
        elif kind == "poly":
            _, pts, fill, stroke = op
            d.polygon([(px * s, py * s) for px, py in pts], fill=fill, outline=stroke)
        elif kind == "pen":
            _, pts, color, lw = op
            for (x1, y1, w1), (x2, y2, _w2) in zip(pts, pts[1:], strict=False):
                wpx = max(1.0, lw * w1 * s)
                d.line([x1 * s, y1 * s, x2 * s, y2 * s], fill=color, width=int(round(wpx)))
                r = wpx / 2
                d.ellipse([x2 * s - r, y2 * s - r, x2 * s + r, y2 * s + r], fill=color)
        elif kind == "image":
            _, img, x, y, w, h = op
            sub = img.convert("RGB").resize((int(w * s), int(h * s)), Image.LANCZOS)
            im.paste(sub, (int(x * s), int(y * s)))
    return im


_registered: set = set()


def write_text_pdf(pages: list[Page], path: str, title: str = "") -> None:
    c = rl_canvas.Canvas(path, pagesize=(pages[0].w / PT, pages[0].h / PT), invariant=1)
    if title:
        c.setTitle(title)
    for page in pages:
        c.setPageSize((page.w / PT, page.h / PT))
        H = page.h

        def P(v):
            return v / PT

        for op in page.ops:
            kind = op[0]
            if kind == "text":
                _, x, y, txt, font, size, color, anchor, _rtl = op
                if font not in _registered:
                    pdfmetrics.registerFont(TTFont(font, FONTS[font]))
                    _registered.add(font)
                c.setFont(font, size)
                c.setFillColorRGB(*[v / 255 for v in color])
                fn = {"l": c.drawString, "r": c.drawRightString, "c": c.drawCentredString}[anchor]
                fn(P(x), P(H - y), txt)
            elif kind in ("rect", "ellipse"):
                _, x, y, w, h, stroke, fill, lw = op
                if fill:
                    c.setFillColorRGB(*[v / 255 for v in fill])
                if stroke:
                    c.setStrokeColorRGB(*[v / 255 for v in stroke])
                c.setLineWidth(P(lw))
                draw = c.rect if kind == "rect" else c.ellipse
                if kind == "rect":
                    draw(
                        P(x),
                        P(H - y - h),
                        P(w),
                        P(h),
                        stroke=1 if stroke else 0,
                        fill=1 if fill else 0,
                    )
                else:
                    draw(
                        P(x),
                        P(H - y - h),
                        P(x + w),
                        P(H - y),
                        stroke=1 if stroke else 0,
                        fill=1 if fill else 0,
                    )
            elif kind == "line":
                _, x1, y1, x2, y2, color, lw = op
                c.setStrokeColorRGB(*[v / 255 for v in color])
                c.setLineWidth(P(lw))
                c.line(P(x1), P(H - y1), P(x2), P(H - y2))
            elif kind == "poly":
                _, pts, fill, stroke = op
                c.setFillColorRGB(*[v / 255 for v in fill])
                pth = c.beginPath()
                pth.moveTo(P(pts[0][0]), P(H - pts[0][1]))
                for px, py in pts[1:]:
                    pth.lineTo(P(px), P(H - py))
                pth.close()
                c.drawPath(pth, stroke=0, fill=1)
            elif kind == "pen":
                _, pts, color, lw = op
                c.setStrokeColorRGB(*[v / 255 for v in color])
                c.setLineCap(1)
                for (x1, y1, w1), (x2, y2, _w2) in zip(pts, pts[1:], strict=False):
                    c.setLineWidth(P(lw * w1))
                    c.line(P(x1), P(H - y1), P(x2), P(H - y2))
            elif kind == "image":
                _, img, x, y, w, h = op
                c.drawImage(ImageReader(img.convert("RGB")), P(x), P(H - y - h), P(w), P(h))
        c.showPage()
    c.save()


# ----------------------------------------------------------------- pen strokes


def signature(page: Page, x, y, rng: random.Random, width=38.0, color=(25, 35, 120), lw=0.5):
    """A scribbled signature as pen strokes: a few loops and a final flourish."""
    pts = []
    n = rng.randint(3, 5)
    cx = x
    for i in range(n):
        amp = rng.uniform(3.0, 7.0)
        span = width / (n + 1)
        steps = 18
        for k in range(steps):
            t = k / steps
            ang = t * 2 * math.pi
            px = cx + span * t + math.cos(ang) * span * 0.35 * rng.uniform(0.8, 1.1)
            py = y - math.sin(ang) * amp * (0.6 if i % 2 else 1.0) + rng.uniform(-0.2, 0.2)
            pts.append((px, py, 0.6 + 0.7 * math.sin(math.pi * t)))
        cx += span
    # flourish underline
    fx = cx
    for k in range(20):
        t = k / 19
        pts.append((fx - t * width * 1.05, y + 2.5 + math.sin(t * 3.1) * 1.5, 1.1 - 0.7 * t))
    page.pen(pts, color, lw)


def handwrite(page: Page, x, y, s, rng: random.Random, font="hand1", size=12, color=(25, 35, 120)):
    """Hand-filled text: word by word with a wandering baseline and size."""
    cx = x
    drift = 0.0
    for word in s.split(" "):
        drift += rng.uniform(-0.25, 0.25)
        drift = max(-0.8, min(0.8, drift))
        sz = size * rng.uniform(0.94, 1.06)
        page.text(cx, y + drift, word, font, sz, color)
        cx += text_w(word + " ", font, sz) * rng.uniform(0.98, 1.12)
    return cx


def hand_wrap(page, x, y, width, s, rng, font="hand1", size=12, lead=7.5, color=(25, 35, 120)):
    for para in s.split("\n"):
        line = ""
        for word in para.split(" "):
            cand = (line + " " + word).strip()
            if text_w(cand, font, size) * 1.06 > width and line:
                handwrite(page, x + rng.uniform(-0.6, 0.6), y, line, rng, font, size, color)
                y += lead * rng.uniform(0.97, 1.04)
                line = word
            else:
                line = cand
        handwrite(page, x + rng.uniform(-0.6, 0.6), y, line, rng, font, size, color)
        y += lead
    return y


def stamp_round(page: Page, cx, cy, r, lines, color=(60, 70, 160), font="sansb", outer=""):
    page.ellipse(cx - r, cy - r, 2 * r, 2 * r, stroke=color, lw=0.6)
    page.ellipse(cx - r * 0.72, cy - r * 0.72, 1.44 * r, 1.44 * r, stroke=color, lw=0.35)
    if outer:
        n = len(outer)
        for i, ch in enumerate(outer):
            a = math.pi + (i + 0.5) / n * math.pi * 1.7 - math.pi * 0.35
            page.text(
                cx + math.cos(a) * r * 0.84,
                cy + math.sin(a) * r * 0.84 + 0.8,
                ch,
                font,
                r * 0.55,
                color,
                "c",
            )
    for i, t in enumerate(lines):
        page.text(
            cx, cy + (i - (len(lines) - 1) / 2) * r * 0.32 + 0.8, t, font, r * 0.5, color, "c"
        )


# ----------------------------------------------------------------- looks


def _np(img):
    return np.asarray(img.convert("RGB")).astype(np.float32)


def _pil(a):
    return Image.fromarray(np.clip(a, 0, 255).astype(np.uint8))


def jpeg_bytes(img, q=85) -> bytes:
    b = io.BytesIO()
    img.convert("RGB").save(b, "JPEG", quality=q, optimize=False, subsampling=2)
    return b.getvalue()


def scan_look(img: Image.Image, seed: int, tone=0.95, skew=1.0) -> Image.Image:
    nr = np.random.default_rng(seed)
    rng = random.Random(seed)
    a = _np(img)
    paper = np.array([tone * 255, tone * 252, tone * 246], np.float32)
    a = a / 255.0 * paper
    a += nr.normal(0, 3.0, a.shape[:2])[..., None]
    im = _pil(a).filter(ImageFilter.GaussianBlur(0.55))
    ang = rng.uniform(-skew, skew)
    fill = tuple(int(v) for v in paper * 0.97)
    im = im.rotate(ang, resample=Image.BICUBIC, expand=False, fillcolor=fill)
    return im


def _table(w, h, nr, kind):
    yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
    if kind == "wood":
        base = np.array([150, 105, 70], np.float32)
        low = cv2.resize(nr.normal(0, 1, (8, 8)).astype(np.float32), (w, h))
        grain = np.sin(xx / 6.0 + low * 3.0 + np.sin(yy / 700.0) * 2.0) * 5 + low * 9
        grain += nr.normal(0, 5, (h, w))
        a = base[None, None, :] + grain[..., None]
    elif kind == "white":
        base = np.array([214, 210, 204], np.float32)
        a = base[None, None, :] + nr.normal(0, 4, (h, w))[..., None]
    else:
        base = np.array([62, 66, 74], np.float32)
        a = base[None, None, :] + nr.normal(0, 6, (h, w))[..., None]
    return a


def photo_look(img: Image.Image, seed: int, rot90=0, long_side=3264, table="wood", fill=0.8):
    """A phone photo of a page or card lying on a table."""
    nr = np.random.default_rng(seed)
    rng = random.Random(seed)
    src = _np(img)
    sh, sw = src.shape[:2]
    land = sw > sh
    W, H = (long_side, int(long_side * 0.75)) if land else (int(long_side * 0.75), long_side)
    bg = _table(W, H, nr, table)
    scale = min(W * fill / sw, H * fill / sh)
    dw, dh = sw * scale, sh * scale
    cx, cy = W / 2 + rng.uniform(-0.04, 0.04) * W, H / 2 + rng.uniform(-0.04, 0.04) * H
    j = 0.045 * min(W, H)
    quad = np.float32(
        [
            [cx - dw / 2 + rng.uniform(-j, j) + j * 0.6, cy - dh / 2 + rng.uniform(-j, j)],
            [cx + dw / 2 + rng.uniform(-j, j) - j * 0.6, cy - dh / 2 + rng.uniform(-j, j)],
            [cx + dw / 2 + rng.uniform(-j, j), cy + dh / 2 + rng.uniform(-j, j)],
            [cx - dw / 2 + rng.uniform(-j, j), cy + dh / 2 + rng.uniform(-j, j)],
        ]
    )
    srcq = np.float32([[0, 0], [sw, 0], [sw, sh], [0, sh]])
    M = cv2.getPerspectiveTransform(srcq, quad)
    warped = cv2.warpPerspective(src, M, (W, H), flags=cv2.INTER_LINEAR)
    mask = cv2.warpPerspective(np.ones((sh, sw), np.float32), M, (W, H), flags=cv2.INTER_LINEAR)
    # drop shadow
    shadow = cv2.GaussianBlur(np.roll(np.roll(mask, 18, 0), 14, 1), (0, 0), 22)
    bg = bg * (1 - 0.45 * shadow[..., None])
    a = bg * (1 - mask[..., None]) + warped * mask[..., None]
    # uneven light + colour cast
    yy, xx = np.mgrid[0:H, 0:W].astype(np.float32)
    lx, ly = rng.uniform(0.1, 0.9) * W, rng.uniform(0.0, 0.5) * H
    dist = np.sqrt((xx - lx) ** 2 + (yy - ly) ** 2) / max(W, H)
    light = 1.08 - 0.42 * dist
    if rng.random() < 0.7:  # a soft shadow of the phone/hand
        sx = rng.uniform(0.2, 0.8) * W
        sy = rng.uniform(0.5, 0.8) * H
        sig_y = 1 / (1 + np.exp(-(yy - sy) / (0.04 * H)))
        light *= 1 - 0.22 / (1 + np.exp(-(xx - sx) / (0.05 * W))) * sig_y
    cast = np.array([rng.uniform(0.97, 1.05), 1.0, rng.uniform(0.86, 0.97)], np.float32)
    a = a * light[..., None] * cast[None, None, :]
    a = cv2.GaussianBlur(a, (0, 0), rng.uniform(0.8, 1.5))
    a += nr.normal(0, 3.5, (H, W))[..., None]
    out = _pil(a)
    if rot90:
        out = out.rotate(90 * rot90, expand=True)
    return out


def save_jpeg(img, path, q=86, dpi=None):
    kw = {"dpi": (dpi, dpi)} if dpi else {}
    img.convert("RGB").save(path, "JPEG", quality=q, optimize=False, **kw)


def write_image_pdf(images: list[Image.Image], path: str, w_mm=210.0, h_mm=297.0, q=78) -> None:
    c = rl_canvas.Canvas(path, pagesize=(w_mm / PT, h_mm / PT), invariant=1)
    for im in images:
        data = io.BytesIO(jpeg_bytes(im, q))
        c.drawImage(ImageReader(data), 0, 0, w_mm / PT, h_mm / PT)
        c.showPage()
    c.save()


def portrait(w=350, h=450, seed=0, tone=(150, 110, 85), bgc=(225, 228, 232)) -> Image.Image:
    """A plain ID photo: head and shoulders silhouette."""
    rng = random.Random(seed)
    im = Image.new("RGB", (w, h), bgc)
    d = ImageDraw.Draw(im)
    shirt = (rng.randint(20, 90), rng.randint(20, 90), rng.randint(40, 120))
    d.ellipse([w * 0.08, h * 0.68, w * 0.92, h * 1.35], fill=shirt)
    d.rectangle([w * 0.4, h * 0.55, w * 0.6, h * 0.75], fill=tuple(int(v * 0.9) for v in tone))
    d.ellipse([w * 0.27, h * 0.16, w * 0.73, h * 0.66], fill=tone)
    hair = (rng.randint(10, 50),) * 3
    d.chord([w * 0.25, h * 0.1, w * 0.75, h * 0.5], 180, 360, fill=hair)
    for ex in (0.41, 0.59):
        d.ellipse([w * ex - 7, h * 0.38 - 4, w * ex + 7, h * 0.38 + 4], fill=(40, 30, 25))
    d.arc([w * 0.42, h * 0.5, w * 0.58, h * 0.58], 20, 160, fill=(90, 50, 50), width=3)
    return im.filter(ImageFilter.GaussianBlur(1.2))
