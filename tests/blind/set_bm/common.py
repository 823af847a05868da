"""Drawing primitives shared by the set_bm generators.

A Page is a list of drawing operations in millimetres (origin top-left, text y = baseline).
It renders either to a PIL image (scans, photos) or to a reportlab page (text PDFs).
"""

from __future__ import annotations

import io
import math
import random

import cv2
import numpy as np
from PIL import Image, ImageDraw, ImageFilter, ImageFont
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas as rl_canvas

cv2.setNumThreads(1)

TT = "/usr/share/fonts/truetype/"
FONTS = {
    "sans": TT + "liberation/LiberationSans-Regular.ttf",
    "sans_b": TT + "liberation/LiberationSans-Bold.ttf",
    "sans_i": TT + "liberation/LiberationSans-Italic.ttf",
    "serif": TT + "liberation/LiberationSerif-Regular.ttf",
    "serif_b": TT + "liberation/LiberationSerif-Bold.ttf",
    "serif_i": TT + "liberation/LiberationSerif-Italic.ttf",
    "dejavu": TT + "dejavu/DejaVuSans.ttf",
    "dejavu_b": TT + "dejavu/DejaVuSans-Bold.ttf",
    "dserif": TT + "dejavu/DejaVuSerif.ttf",
    "dserif_b": TT + "dejavu/DejaVuSerif-Bold.ttf",
    "cond": TT + "dejavu/DejaVuSansCondensed.ttf",
    "cond_b": TT + "dejavu/DejaVuSansCondensed-Bold.ttf",
    "lato": TT + "lato/Lato-Regular.ttf",
    "lato_b": TT + "lato/Lato-Bold.ttf",
    "lato_l": TT + "lato/Lato-Light.ttf",
    "open": TT + "open-sans/OpenSans-Regular.ttf",
    "open_b": TT + "open-sans/OpenSans-Bold.ttf",
    "roboto": TT + "roboto/unhinted/RobotoTTF/Roboto-Regular.ttf",
    "roboto_b": TT + "roboto/unhinted/RobotoTTF/Roboto-Bold.ttf",
    "roboto_m": TT + "roboto/unhinted/RobotoTTF/Roboto-Medium.ttf",
    "carlito": TT + "crosextra/Carlito-Regular.ttf",
    "carlito_b": TT + "crosextra/Carlito-Bold.ttf",
    "caladea": TT + "crosextra/Caladea-Regular.ttf",
    "caladea_b": TT + "crosextra/Caladea-Bold.ttf",
    "mono": TT + "liberation/LiberationMono-Regular.ttf",
    "free_mono": TT + "freefont/FreeMono.ttf",
    "hand1": TT + "ecolier-court/Ecolier-court.ttf",
    "hand2": TT + "femkeklaver/femkeklaver.ttf",
    "hand3": TT + "rufscript/Rufscript010.ttf",
    "hand4": TT + "breip/Breip.ttf",
    "hand5": TT + "humor-sans/Humor-Sans.ttf",
    "amiri": "/usr/share/fonts/opentype/fonts-hosny-amiri/Amiri-Regular.ttf",
    "ocrb": "/usr/share/fonts/opentype/ocr-b/OCRB.otf",
}
PDF_SAFE = {k for k, v in FONTS.items() if v.endswith(".ttf") and k != "amiri"}
_PIL_CACHE: dict = {}
_RL_DONE: set = set()
INK_BLUE = (25, 35, 120)
INK_BLACK = (25, 25, 30)


def pil_font(key: str, px: int) -> ImageFont.FreeTypeFont:
    k = (key, px)
    if k not in _PIL_CACHE:
        _PIL_CACHE[k] = ImageFont.truetype(FONTS[key], max(px, 4))
    return _PIL_CACHE[k]


def text_width(s: str, key: str, size: float) -> float:
    """Width in mm of s in font key at size points."""
    f = pil_font(key, 200)
    return f.getlength(s) / 200 * size * 25.4 / 72


def rl_font(key: str) -> str:
    if key not in _RL_DONE:
        pdfmetrics.registerFont(TTFont("F_" + key, FONTS[key]))
        _RL_DONE.add(key)
    return "F_" + key


class Page:
    def __init__(self, w: float = 210, h: float = 297, bg=(255, 255, 255)):
        self.w, self.h, self.bg = w, h, bg
        self.ops: list = []

    # --- primitives -------------------------------------------------------
    def text(self, x, y, s, font="sans", size=10, color=(0, 0, 0), anchor="l", rtl=False):
        self.ops.append(("text", x, y, str(s), font, size, color, anchor, rtl))
        return x + text_width(str(s), font, size)

    def rect(self, x, y, w, h, stroke=(0, 0, 0), fill=None, lw=0.3):
        self.ops.append(("rect", x, y, w, h, stroke, fill, lw))

    def line(self, x1, y1, x2, y2, color=(0, 0, 0), lw=0.3, dash=False):
        self.ops.append(("line", x1, y1, x2, y2, color, lw, dash))

    def poly(self, pts, color=INK_BLUE, lw=0.45):
        self.ops.append(("poly", list(pts), color, lw))

    def image(self, x, y, w, h, img: Image.Image):
        self.ops.append(("img", x, y, w, h, img))

    def ellipse(self, x, y, w, h, stroke=(0, 0, 0), fill=None, lw=0.3):
        self.ops.append(("ell", x, y, w, h, stroke, fill, lw))

    # --- composites -------------------------------------------------------
    def para(self, x, y, txt, width, font="sans", size=9, lead=None, color=(0, 0, 0)):
        """Wrap txt into width mm; returns next y."""
        lead = lead or size * 0.42
        for block in txt.split("\n"):
            line = ""
            for word in block.split(" "):
                cand = (line + " " + word).strip()
                if text_width(cand, font, size) > width and line:
                    self.text(x, y, line, font, size, color)
                    y += lead
                    line = word
                else:
                    line = cand
            self.text(x, y, line, font, size, color)
            y += lead
        return y

    def hand(self, x, y, s, rng: random.Random, font="hand1", size=13, color=INK_BLUE):
        """Handwritten text: one op per glyph with jitter of baseline, size and spacing."""
        slope = rng.uniform(-0.015, 0.015)
        x0 = x
        for ch in s:
            sz = size * rng.uniform(0.93, 1.07)
            dy = rng.uniform(-0.35, 0.35) + (x - x0) * slope
            self.text(x, y + dy, ch, font, sz, color)
            x += text_width(ch, font, sz) * rng.uniform(0.96, 1.06)
        return x

    def comb(self, x, y, n, cw=5.0, ch=6.0, lw=0.25, color=(0, 0, 0)):
        for i in range(n):
            self.rect(x + i * cw, y, cw, ch, stroke=color, lw=lw)

    def comb_hand(self, x, y, s, rng, cw=5.0, ch=6.0, font="hand1", size=13):
        for i, c in enumerate(s):
            if c != " ":
                w = text_width(c, font, size)
                jx = rng.uniform(-0.5, 0.5)
                self.text(x + i * cw + (cw - w) / 2 + jx, y + ch - 1.2, c, font, size, INK_BLUE)

    def cross(self, x, y, s, rng, color=INK_BLUE):
        """Hand-drawn cross in a box at x,y size s."""
        j = lambda: rng.uniform(-0.4, 0.4)  # noqa: E731
        self.poly(
            [(x + 0.5 + j(), y + 0.5 + j()), (x + s - 0.3 + j(), y + s - 0.2 + j())], color, 0.5
        )
        self.poly(
            [(x + s - 0.4 + j(), y + 0.4 + j()), (x + 0.4 + j(), y + s - 0.3 + j())], color, 0.5
        )

    def signature(self, x, y, w, h, name: str, rng: random.Random, color=INK_BLUE):
        """Pen strokes: a cursive-like wave over w mm, a loop at the start and a flourish."""
        pts = []
        n = max(6, len(name)) * 3
        cx, cy = x + w * 0.08, y + h * 0.55
        amp = h * rng.uniform(0.22, 0.34)
        # capital loop
        for t in np.linspace(0, 2 * math.pi * 1.1, 18):
            pts.append((cx + math.sin(t) * h * 0.12, cy - amp * 0.8 * (1 - math.cos(t)) / 2))
        freq = rng.uniform(1.6, 2.4)
        for i in range(n):
            t = i / (n - 1)
            px = cx + t * w * 0.75
            py = cy - amp * abs(math.sin(t * math.pi * freq * 3 + rng.uniform(-0.3, 0.3)))
            py += rng.uniform(-0.25, 0.25) + t * h * rng.uniform(-0.1, 0.05)
            pts.append((px, py))
        self.poly(pts, color, rng.uniform(0.35, 0.55))
        # flourish underline
        fx = x + w * rng.uniform(0.05, 0.2)
        fl = [
            (
                fx + t * w * 0.8,
                y + h * 0.78 - math.sin(t * math.pi) * h * 0.12 + rng.uniform(-0.2, 0.2),
            )
            for t in np.linspace(0, 1, 14)
        ]
        self.poly(fl, color, rng.uniform(0.3, 0.45))
        if rng.random() < 0.6:
            ex, ey = pts[-1]
            self.poly([(ex, ey), (ex + 3, ey - h * 0.3), (ex + 2, ey + 1)], color, 0.4)

    def stamp(self, x, y, r, lines, color=(60, 70, 160), rng=None):
        """Round rubber stamp with text lines."""
        self.ellipse(x - r, y - r, 2 * r, 2 * r, stroke=color, lw=0.6)
        self.ellipse(x - r + 1.5, y - r + 1.5, 2 * r - 3, 2 * r - 3, stroke=color, lw=0.3)
        yy = y - (len(lines) - 1) * 1.6
        for ln in lines:
            self.text(x, yy + 1, ln, "sans_b", 5.5, color, anchor="m")
            yy += 3.2


# ---------------------------------------------------------------- rendering
def render(page: Page, dpi: int = 200) -> Image.Image:
    k = dpi / 25.4
    img = Image.new("RGB", (round(page.w * k), round(page.h * k)), page.bg)
    d = ImageDraw.Draw(img)
    for op in page.ops:
        kind = op[0]
        if kind == "text":
            _, x, y, s, font, size, color, anchor, rtl = op
            f = pil_font(font, round(size * dpi / 72))
            a = {"l": "ls", "m": "ms", "r": "rs"}[anchor]
            kw = {"direction": "rtl", "language": "ar"} if rtl else {}
            d.text((x * k, y * k), s, font=f, fill=color, anchor=a, **kw)
        elif kind == "rect":
            _, x, y, w, h, stroke, fill, lw = op
            d.rectangle(
                [x * k, y * k, (x + w) * k, (y + h) * k],
                fill=fill,
                outline=stroke,
                width=max(1, round(lw * k)) if stroke else 0,
            )
        elif kind == "ell":
            _, x, y, w, h, stroke, fill, lw = op
            d.ellipse(
                [x * k, y * k, (x + w) * k, (y + h) * k],
                fill=fill,
                outline=stroke,
                width=max(1, round(lw * k)) if stroke else 0,
            )
        elif kind == "line":
            _, x1, y1, x2, y2, color, lw, dash = op
            if dash:
                n = max(1, int(math.hypot(x2 - x1, y2 - y1) / 1.2))
                for i in range(0, n, 2):
                    a, b = i / n, min(1, (i + 1) / n)
                    d.line(
                        [(x1 + (x2 - x1) * a) * k, (y1 + (y2 - y1) * a) * k,
                         (x1 + (x2 - x1) * b) * k, (y1 + (y2 - y1) * b) * k],
                        fill=color, width=max(1, round(lw * k)),
                    )  # fmt: skip
            else:
                d.line([x1 * k, y1 * k, x2 * k, y2 * k], fill=color, width=max(1, round(lw * k)))
        elif kind == "poly":
            _, pts, color, lw = op
            d.line([(px * k, py * k) for px, py in pts], fill=color, width=max(1, round(lw * k)),
                   joint="curve")  # fmt: skip
        elif kind == "img":
            _, x, y, w, h, im = op
            im2 = im.convert("RGB").resize((max(1, round(w * k)), max(1, round(h * k))))
            img.paste(im2, (round(x * k), round(y * k)))
    return img


def write_text_pdf(pages: list[Page], path: str, title: str = "") -> None:
    c = rl_canvas.Canvas(path, invariant=1, pageCompression=1)
    if title:
        c.setTitle(title)
    for page in pages:
        H = page.h
        c.setPageSize((page.w * mm, page.h * mm))
        if page.bg != (255, 255, 255):
            c.setFillColorRGB(*[v / 255 for v in page.bg])
            c.rect(0, 0, page.w * mm, page.h * mm, stroke=0, fill=1)
        for op in page.ops:
            kind = op[0]
            if kind == "text":
                _, x, y, s, font, size, color, anchor, _rtl = op
                if font not in PDF_SAFE:
                    font = "dejavu"
                c.setFont(rl_font(font), size)
                c.setFillColorRGB(*[v / 255 for v in color])
                fn = {"l": c.drawString, "m": c.drawCentredString, "r": c.drawRightString}[anchor]
                fn(x * mm, (H - y) * mm, s)
            elif kind in ("rect", "ell"):
                _, x, y, w, h, stroke, fill, lw = op
                if fill:
                    c.setFillColorRGB(*[v / 255 for v in fill])
                if stroke:
                    c.setStrokeColorRGB(*[v / 255 for v in stroke])
                    c.setLineWidth(lw * mm)
                f = c.rect if kind == "rect" else c.ellipse
                if kind == "rect":
                    f(x * mm, (H - y - h) * mm, w * mm, h * mm, stroke=1 if stroke else 0,
                      fill=1 if fill else 0)  # fmt: skip
                else:
                    f(x * mm, (H - y - h) * mm, (x + w) * mm, (H - y) * mm,
                      stroke=1 if stroke else 0, fill=1 if fill else 0)  # fmt: skip
            elif kind == "line":
                _, x1, y1, x2, y2, color, lw, dash = op
                c.setStrokeColorRGB(*[v / 255 for v in color])
                c.setLineWidth(lw * mm)
                c.setDash(1, 2) if dash else c.setDash()
                c.line(x1 * mm, (H - y1) * mm, x2 * mm, (H - y2) * mm)
                c.setDash()
            elif kind == "poly":
                _, pts, color, lw = op
                c.setStrokeColorRGB(*[v / 255 for v in color])
                c.setLineWidth(lw * mm)
                c.setLineCap(1)
                c.setLineJoin(1)
                p = c.beginPath()
                p.moveTo(pts[0][0] * mm, (H - pts[0][1]) * mm)
                for px, py in pts[1:]:
                    p.lineTo(px * mm, (H - py) * mm)
                c.drawPath(p, stroke=1, fill=0)
            elif kind == "img":
                _, x, y, w, h, im = op
                c.drawImage(
                    ImageReader(im.convert("RGB")), x * mm, (H - y - h) * mm, w * mm, h * mm
                )
        c.showPage()
    c.save()


# ---------------------------------------------------------------- looks
def _noise(arr: np.ndarray, rng: random.Random, sigma: float) -> np.ndarray:
    g = np.random.default_rng(rng.randrange(1 << 30))
    return np.clip(arr + g.normal(0, sigma, arr.shape), 0, 255)


def scan_look(img: Image.Image, rng: random.Random, tint=None, angle=None) -> Image.Image:
    """Flatbed scan: slight skew, paper tint, noise, softness."""
    tint = tint or (rng.randint(232, 246), rng.randint(230, 244), rng.randint(222, 238))
    angle = rng.uniform(-1.2, 1.2) if angle is None else angle
    img = img.rotate(angle, resample=Image.BICUBIC, expand=False, fillcolor=(255, 255, 255))
    a = np.asarray(img).astype(np.float32)
    a = a / 255.0 * np.array(tint, dtype=np.float32)
    a = _noise(a, rng, 4.0)
    out = Image.fromarray(a.astype(np.uint8)).filter(ImageFilter.GaussianBlur(0.6))
    return out


def card_on_a4(card: Image.Image, dpi: int, rng: random.Random, y_mm: float = 30) -> Image.Image:
    """A photocopy-like A4 with the card placed near the top."""
    k = dpi / 25.4
    page = Image.new("RGB", (round(210 * k), round(297 * k)), (255, 255, 255))
    x = round(rng.uniform(18, 40) * k)
    page.paste(card, (x, round(y_mm * k)))
    return page


def phone_photo(img: Image.Image, rng: random.Random, rot: int = 0, long_side=None) -> Image.Image:
    """A page or card photographed on a table: perspective, shadow, cast, blur, rotation."""
    long_side = long_side or rng.choice([3024, 3264, 4000])
    short = round(long_side * 3 / 4)
    W, H = (short, long_side) if img.height >= img.width else (long_side, short)
    g = np.random.default_rng(rng.randrange(1 << 30))
    base = np.array(rng.choice([(120, 92, 64), (150, 150, 148), (85, 70, 60), (190, 180, 160)]))
    bg = np.ones((H, W, 3), np.float32) * base
    tex = g.normal(0, 9, (H // 8 + 1, W // 8 + 1)).astype(np.float32)
    bg += cv2.resize(tex, (W, H), interpolation=cv2.INTER_CUBIC)[..., None]
    src = np.asarray(img.convert("RGB")).astype(np.float32)
    h, w = src.shape[:2]
    fill = rng.uniform(0.72, 0.86)
    s = min(W * fill / w, H * fill / h)
    cw, ch = w * s, h * s
    ox, oy = (
        (W - cw) / 2 + rng.uniform(-0.04, 0.04) * W,
        (H - ch) / 2 + rng.uniform(-0.04, 0.04) * H,
    )
    j = lambda m: rng.uniform(-m, m) * min(W, H)  # noqa: E731
    dst = np.float32(
        [[ox + j(0.03), oy + j(0.03)], [ox + cw + j(0.03), oy + j(0.02)],
         [ox + cw + j(0.04), oy + ch + j(0.03)], [ox + j(0.04), oy + ch + j(0.03)]]
    )  # fmt: skip
    M = cv2.getPerspectiveTransform(np.float32([[0, 0], [w, 0], [w, h], [0, h]]), dst)
    warped = cv2.warpPerspective(src, M, (W, H), flags=cv2.INTER_AREA)
    mask = cv2.warpPerspective(np.ones((h, w), np.float32), M, (W, H))[..., None]
    # soft drop shadow
    sh = cv2.GaussianBlur(np.roll(mask[..., 0], (14, 10), (0, 1)), (0, 0), 18)[..., None]
    bg = bg * (1 - 0.45 * sh)
    out = bg * (1 - mask) + warped * mask
    # uneven light: gradient + a hand/phone shadow
    yy, xx = np.mgrid[0:H, 0:W].astype(np.float32)
    ang = rng.uniform(0, 2 * math.pi)
    grad = ((xx / W - 0.5) * math.cos(ang) + (yy / H - 0.5) * math.sin(ang)) * rng.uniform(
        0.2, 0.35
    )
    light = 1.0 + grad
    cx, cy = rng.uniform(0, W), rng.uniform(0, H)
    light -= 0.18 * np.exp(-(((xx - cx) / (0.35 * W)) ** 2 + ((yy - cy) / (0.3 * H)) ** 2))
    out = out * light[..., None]
    cast = np.array([rng.uniform(0.95, 1.06), rng.uniform(0.96, 1.03), rng.uniform(0.86, 0.98)])
    out = out * cast
    out = _noise(out, rng, 5.0).astype(np.uint8)
    out = cv2.GaussianBlur(out, (0, 0), rng.uniform(0.8, 1.5))
    res = Image.fromarray(out)
    if rot:
        res = res.rotate(rot, expand=True)
    return res


def save_jpeg(img: Image.Image, path: str, q: int = 82, dpi: int | None = None) -> None:
    kw = {"dpi": (dpi, dpi)} if dpi else {}
    img.convert("RGB").save(path, "JPEG", quality=q, optimize=False, **kw)


def write_image_pdf(imgs: list[Image.Image], path: str, rng: random.Random, dpi: int = 200):
    """Scanner PDF: each image is a page (grey paper, skew, JPEG), no text layer."""
    c = rl_canvas.Canvas(path, invariant=1)
    c.setCreator("Canon MF240 / ScanGear")
    for im in imgs:
        sc = scan_look(im, rng)
        buf = io.BytesIO()
        sc.save(buf, "JPEG", quality=rng.randint(68, 80))
        buf.seek(0)
        w_mm, h_mm = sc.width / dpi * 25.4, sc.height / dpi * 25.4
        c.setPageSize((w_mm * mm, h_mm * mm))
        c.drawImage(ImageReader(buf), 0, 0, w_mm * mm, h_mm * mm)
        c.showPage()
    c.save()


def face(w: int, h: int, rng: random.Random, grey=False) -> Image.Image:
    """A crude ID photo: plain backdrop, head and shoulders."""
    im = Image.new("RGB", (w, h), (228, 230, 232))
    d = ImageDraw.Draw(im)
    skin = rng.choice([(224, 188, 160), (196, 148, 110), (150, 105, 75), (105, 72, 50)])
    hair = rng.choice([(30, 22, 18), (55, 38, 25), (20, 20, 20)])
    cloth = rng.choice([(40, 50, 80), (90, 30, 40), (60, 60, 60), (200, 200, 210)])
    d.ellipse([w * 0.05, h * 0.72, w * 0.95, h * 1.3], fill=cloth)
    d.rectangle([w * 0.42, h * 0.55, w * 0.58, h * 0.78], fill=skin)
    d.ellipse([w * 0.24, h * 0.1, w * 0.76, h * 0.52], fill=hair)
    d.ellipse([w * 0.29, h * 0.18, w * 0.71, h * 0.68], fill=skin)
    for ex in (0.41, 0.59):
        d.ellipse([w * (ex - 0.03), h * 0.38, w * (ex + 0.03), h * 0.41], fill=(40, 30, 25))
    d.line([w * 0.44, h * 0.56, w * 0.56, h * 0.56], fill=(120, 60, 60), width=max(1, w // 40))
    if grey:
        im = im.convert("L").convert("RGB")
    return im
