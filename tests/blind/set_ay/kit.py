"""Drawing kit for set_ay: one layout, two back ends (Pillow raster, reportlab text PDF).

A `Page` records drawing operations in millimetres (origin top-left, y down, text y is the
baseline).  `raster()` draws them with Pillow; `write_text_pdf()` draws them with reportlab
so the PDF keeps a real text layer.  Non-Latin text (Arabic, Dari) and handwriting are
rasterised into image operations, so both back ends show them.
"""

from __future__ import annotations

import io
import math

import cv2
import numpy as np
from PIL import Image, ImageDraw, ImageFilter, ImageFont
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas as rl_canvas

cv2.setNumThreads(1)

TT = "/usr/share/fonts/truetype/"
OT = "/usr/share/fonts/opentype/"
FONTS = {
    "sans": TT + "liberation/LiberationSans-Regular.ttf",
    "sansb": TT + "liberation/LiberationSans-Bold.ttf",
    "sansi": TT + "liberation/LiberationSans-Italic.ttf",
    "serif": TT + "liberation/LiberationSerif-Regular.ttf",
    "serifb": TT + "liberation/LiberationSerif-Bold.ttf",
    "serifi": TT + "liberation/LiberationSerif-Italic.ttf",
    "mono": TT + "liberation/LiberationMono-Regular.ttf",
    "monob": TT + "liberation/LiberationMono-Bold.ttf",
    "dejavu": TT + "dejavu/DejaVuSans.ttf",
    "dejavub": TT + "dejavu/DejaVuSans-Bold.ttf",
    "dvserif": TT + "dejavu/DejaVuSerif.ttf",
    "dvserifb": TT + "dejavu/DejaVuSerif-Bold.ttf",
    "open": TT + "open-sans/OpenSans-Regular.ttf",
    "openb": TT + "open-sans/OpenSans-Bold.ttf",
    "opensb": TT + "open-sans/OpenSans-Semibold.ttf",
    "lato": TT + "lato/Lato-Regular.ttf",
    "latob": TT + "lato/Lato-Bold.ttf",
    "latol": TT + "lato/Lato-Light.ttf",
    "roboto": TT + "roboto/unhinted/RobotoTTF/Roboto-Regular.ttf",
    "robotob": TT + "roboto/unhinted/RobotoTTF/Roboto-Bold.ttf",
    "robotom": TT + "roboto/unhinted/RobotoTTF/Roboto-Medium.ttf",
    "cond": TT + "roboto/unhinted/RobotoCondensed-Regular.ttf",
    "condb": TT + "roboto/unhinted/RobotoCondensed-Bold.ttf",
    "carlito": TT + "crosextra/Carlito-Regular.ttf",
    "carlitob": TT + "crosextra/Carlito-Bold.ttf",
    "freemono": TT + "freefont/FreeMono.ttf",
    "freeserif": TT + "freefont/FreeSerif.ttf",
    "freeserifb": TT + "freefont/FreeSerifBold.ttf",
    # raster only (CFF or script fonts)
    "ocrb": OT + "ocr-b/OCRB.otf",
    "arabic": OT + "fonts-hosny-amiri/Amiri-Regular.ttf",
    "arabicb": OT + "fonts-hosny-amiri/Amiri-Bold.ttf",
}
HANDS = {
    "femke": TT + "femkeklaver/femkeklaver.ttf",
    "breip": TT + "breip/Breip.ttf",
    "dkg": TT + "fifthhorseman/dkgIt.ttf",
    "ecolier": TT + "ecolier-court/Ecolier-court.ttf",
    "dancing": OT + "dancingscript/DancingScript-Regular.otf",
    "kaushan": OT + "kaushanscript/KaushanScript-Regular.otf",
}
RASTER_ONLY = {"ocrb", "arabic", "arabicb"}
PX_MM = 12.0  # resolution of rasterised snippets (about 305 dpi)
MM_PT = 25.4 / 72.0
INK_BLUE = (24, 42, 120)
INK_BLACK = (28, 28, 34)
_font_cache: dict = {}
_rl_done: set = set()


def font(name: str, px: float) -> ImageFont.FreeTypeFont:
    path = FONTS.get(name) or HANDS[name]
    key = (path, int(round(px)))
    if key not in _font_cache:
        _font_cache[key] = ImageFont.truetype(path, max(4, key[1]))
    return _font_cache[key]


def text_mm(s: str, size: float, name: str = "sans") -> float:
    """Width in mm of `s` set at `size` points."""
    return font(name, 200).getlength(s) / 200.0 * size * MM_PT


def _non_latin(s: str) -> bool:
    return any(0x0590 <= ord(c) <= 0x08FF or 0xFB50 <= ord(c) <= 0xFEFF for c in s)


def raster_text(s: str, size: float, name: str, color) -> Image.Image:
    """Render one line into an RGBA image at PX_MM; returns image (baseline at 80 %)."""
    px = size * MM_PT * PX_MM
    f = font(name, px)
    w = int(f.getlength(s)) + 8
    h = int(px * 2.0) + 4
    im = Image.new("RGBA", (w, h), (0, 0, 0, 0))
    ImageDraw.Draw(im).text((4, int(h * 0.72)), s, font=f, fill=tuple(color) + (255,), anchor="ls")
    return im


class Page:
    def __init__(self, w: float = 210.0, h: float = 297.0, bg=(255, 255, 255)):
        self.w, self.h, self.bg = w, h, bg
        self.ops: list = []

    # -- primitives -------------------------------------------------------------------------
    def text(self, x, y, s, size=9.0, name="sans", color=(0, 0, 0), anchor="l"):
        s = str(s)
        if not s:
            return
        if _non_latin(s) and not name.startswith("arabic"):
            name = "arabicb" if name.endswith("b") else "arabic"
        if name in RASTER_ONLY or _non_latin(s):
            im = raster_text(s, size, name, color)
            w, h = im.width / PX_MM, im.height / PX_MM
            dx = {"l": 0, "m": w / 2, "r": w}[anchor]
            self.ops.append(("image", x - dx, y - h * 0.72, w, h, im))
        else:
            self.ops.append(("text", x, y, s, size, name, tuple(color), anchor))

    def rect(self, x, y, w, h, stroke=(0, 0, 0), fill=None, lw=0.25):
        self.ops.append(("rect", x, y, w, h, stroke, fill, lw))

    def line(self, x1, y1, x2, y2, color=(0, 0, 0), lw=0.25):
        self.ops.append(("line", x1, y1, x2, y2, tuple(color), lw))

    def image(self, x, y, w, h, im: Image.Image):
        self.ops.append(("image", x, y, w, h, im))

    def ellipse(self, x, y, w, h, stroke=None, fill=None, lw=0.3):
        self.ops.append(("ellipse", x, y, w, h, stroke, fill, lw))

    # -- helpers ----------------------------------------------------------------------------
    def para(self, x, y, width, s, size=9.0, name="sans", lead=1.35, color=(0, 0, 0)):
        """Left-aligned wrapped paragraph; returns the y below it."""
        step = size * MM_PT * lead
        for raw in s.split("\n"):
            line = ""
            for word in raw.split(" "):
                cand = (line + " " + word).strip()
                if line and text_mm(cand, size, name) > width:
                    self.text(x, y, line, size, name, color)
                    y += step
                    line = word
                else:
                    line = cand
            self.text(x, y, line, size, name, color)
            y += step
        return y

    def hand(self, x, y, s, size, rng, hand="breip", color=INK_BLUE, anchor="l"):
        im = handwriting(s, size, rng, hand, color)
        w, h = im.width / PX_MM, im.height / PX_MM
        dx = {"l": 0, "m": w / 2, "r": w}[anchor]
        self.image(x - dx, y - h * 0.7, w, h, im)
        return w

    def comb(self, x, y, n, cell=5.0, h=6.0, lw=0.25, color=(0, 0, 0)):
        self.rect(x, y, n * cell, h, stroke=color, lw=lw)
        for i in range(1, n):
            self.line(x + i * cell, y + h * 0.45, x + i * cell, y + h, color, lw)
        return [x + (i + 0.5) * cell for i in range(n)]

    def box(self, x, y, s=3.5, lw=0.3):
        self.rect(x, y, s, s, lw=lw)


# -- raster back end ------------------------------------------------------------------------
def raster(page: Page, dpi: float = 200) -> Image.Image:
    k = dpi / 25.4
    img = Image.new("RGB", (int(page.w * k), int(page.h * k)), page.bg)
    d = ImageDraw.Draw(img)
    for op in page.ops:
        kind = op[0]
        if kind == "text":
            _, x, y, s, size, name, color, anchor = op
            f = font(name, size * MM_PT * k)
            d.text(
                (x * k, y * k),
                s,
                font=f,
                fill=color,
                anchor={"l": "ls", "m": "ms", "r": "rs"}[anchor],
            )
        elif kind == "rect":
            _, x, y, w, h, stroke, fill, lw = op
            d.rectangle(
                [x * k, y * k, (x + w) * k, (y + h) * k],
                outline=stroke,
                fill=fill,
                width=max(1, int(round(lw * k))) if stroke else 0,
            )
        elif kind == "ellipse":
            _, x, y, w, h, stroke, fill, lw = op
            d.ellipse(
                [x * k, y * k, (x + w) * k, (y + h) * k],
                outline=stroke,
                fill=fill,
                width=max(1, int(round(lw * k))),
            )
        elif kind == "line":
            _, x1, y1, x2, y2, color, lw = op
            d.line([x1 * k, y1 * k, x2 * k, y2 * k], fill=color, width=max(1, int(round(lw * k))))
        elif kind == "image":
            _, x, y, w, h, im = op
            im2 = im.convert("RGBA").resize((max(1, int(w * k)), max(1, int(h * k))), Image.LANCZOS)
            img.paste(im2, (int(x * k), int(y * k)), im2)
    return img


# -- reportlab back end ---------------------------------------------------------------------
def _rl_font(name: str) -> str:
    if name not in _rl_done:
        pdfmetrics.registerFont(TTFont("F_" + name, FONTS[name]))
        _rl_done.add(name)
    return "F_" + name


def write_text_pdf(pages: list[Page], path: str, title: str = "", author: str = "") -> None:
    c = rl_canvas.Canvas(path, pagesize=(pages[0].w / MM_PT, pages[0].h / MM_PT), invariant=1)
    c.setTitle(title)
    c.setAuthor(author)
    c.setCreator(author or "reportlab")
    for page in pages:
        c.setPageSize((page.w / MM_PT, page.h / MM_PT))
        H = page.h

        def P(v):
            return v / MM_PT

        for op in page.ops:
            kind = op[0]
            if kind == "text":
                _, x, y, s, size, name, color, anchor = op
                c.setFont(_rl_font(name), size)
                c.setFillColorRGB(*[v / 255 for v in color])
                fn = {"l": c.drawString, "m": c.drawCentredString, "r": c.drawRightString}[anchor]
                fn(P(x), P(H - y), s)
            elif kind in ("rect", "ellipse"):
                _, x, y, w, h, stroke, fill, lw = op
                c.setLineWidth(P(lw))
                if stroke:
                    c.setStrokeColorRGB(*[v / 255 for v in stroke])
                if fill:
                    c.setFillColorRGB(*[v / 255 for v in fill])
                if kind == "rect":
                    c.rect(
                        P(x),
                        P(H - y - h),
                        P(w),
                        P(h),
                        stroke=1 if stroke else 0,
                        fill=1 if fill else 0,
                    )
                else:
                    c.ellipse(
                        P(x),
                        P(H - y - h),
                        P(x + w),
                        P(H - y),
                        stroke=1 if stroke else 0,
                        fill=1 if fill else 0,
                    )
            elif kind == "line":
                _, x1, y1, x2, y2, color, lw = op
                c.setLineWidth(P(lw))
                c.setStrokeColorRGB(*[v / 255 for v in color])
                c.line(P(x1), P(H - y1), P(x2), P(H - y2))
            elif kind == "image":
                _, x, y, w, h, im = op
                buf = io.BytesIO()
                im.convert("RGBA").save(buf, "PNG")
                buf.seek(0)
                c.drawImage(ImageReader(buf), P(x), P(H - y - h), P(w), P(h), mask="auto")
        c.showPage()
    c.save()


def write_image_pdf(images: list[Image.Image], path: str, dpi: float = 200, quality: int = 72):
    """A scanner's PDF: JPEG pages, no text layer."""
    c = rl_canvas.Canvas(path, invariant=1)
    c.setCreator("Canon MF Scan Utility")
    for im in images:
        w, h = im.width / dpi * 72, im.height / dpi * 72
        c.setPageSize((w, h))
        buf = io.BytesIO()
        im.convert("RGB").save(buf, "JPEG", quality=quality)
        buf.seek(0)
        c.drawImage(ImageReader(buf), 0, 0, w, h)
        c.showPage()
    c.save()


# -- handwriting, signatures, stamps --------------------------------------------------------
def handwriting(s: str, size: float, rng, hand="breip", color=INK_BLUE) -> Image.Image:
    px = size * MM_PT * PX_MM
    f = font(hand, px)
    w = int(f.getlength(s) * 1.15 + px)
    h = int(px * 2.2)
    im = Image.new("RGBA", (w, h), (0, 0, 0, 0))
    x = px * 0.2
    base = h * 0.7
    drift = rng.uniform(-0.012, 0.012)
    for ch in s:
        adv = f.getlength(ch)
        if ch != " ":
            g = Image.new("RGBA", (int(px * 2), int(px * 2.2)), (0, 0, 0, 0))
            dark = rng.uniform(0.85, 1.0)
            col = tuple(int(c * dark) for c in color) + (int(255 * rng.uniform(0.85, 1.0)),)
            ImageDraw.Draw(g).text((px * 0.5, px * 1.5), ch, font=f, fill=col, anchor="ls")
            g = g.rotate(rng.uniform(-4, 4), resample=Image.BICUBIC, center=(px * 0.5, px * 1.5))
            im.alpha_composite(
                g,
                (
                    int(x - px * 0.5),
                    int(base - px * 1.5 + rng.uniform(-1, 1) * px * 0.05 + drift * x),
                ),
            )
        x += adv * rng.uniform(0.96, 1.08)
    return im.crop((0, 0, min(w, int(x + px * 0.3)), h))


def signature(rng, name: str, w_mm=44.0, h_mm=17.0, color=INK_BLUE) -> Image.Image:
    """A handwritten-looking signature: a script initial, looped strokes, a flourish."""
    W, H = int(w_mm * PX_MM), int(h_mm * PX_MM)
    a = np.zeros((H, W), np.uint8)
    th = max(2, int(PX_MM * rng.uniform(0.28, 0.45)))
    # script initial
    ini = Image.new("L", (W, H), 0)
    f = font(rng.choice(["dancing", "kaushan"]), H * 0.8)
    ImageDraw.Draw(ini).text((W * 0.05, H * 0.78), name[:1].upper(), font=f, fill=255, anchor="ls")
    ini = ini.rotate(rng.uniform(-8, 8), resample=Image.BICUBIC)
    a = np.maximum(a, np.array(ini))
    # cursive body: random control points, smoothed (Catmull-Rom), some backward loops
    x = W * rng.uniform(0.2, 0.28)
    pts = []
    up = True
    while x < W * rng.uniform(0.8, 0.92):
        amp = H * rng.uniform(0.08, 0.3)
        pts.append((x, H * 0.55 + (-amp if up else amp * 0.5)))
        if rng.random() < 0.25:  # a loop: go back a little
            pts.append((x - W * rng.uniform(0.02, 0.05), H * 0.55 - amp * 0.3))
        up = not up
        x += W * rng.uniform(0.035, 0.09)
    pts = np.array(pts, np.float64)
    curve = []
    for i in range(1, len(pts) - 2):
        p0, p1, p2, p3 = pts[i - 1], pts[i], pts[i + 1], pts[i + 2]
        for t in np.linspace(0, 1, 12, endpoint=False):
            t2, t3 = t * t, t * t * t
            curve.append(
                0.5
                * (
                    (2 * p1)
                    + (-p0 + p2) * t
                    + (2 * p0 - 5 * p1 + 4 * p2 - p3) * t2
                    + (-p0 + 3 * p1 - 3 * p2 + p3) * t3
                )
            )
    if len(curve) > 2:
        cv2.polylines(a, [np.array(curve).astype(np.int32)], False, 255, th, cv2.LINE_AA)
    # flourish underline
    t2 = np.linspace(0, 1, 200)
    fx = W * (0.08 + 0.85 * t2)
    fy = H * (0.82 + 0.08 * np.sin(math.pi * t2 + rng.uniform(-1, 1))) - H * 0.12 * t2
    cv2.polylines(
        a, [np.stack([fx, fy], 1).astype(np.int32)], False, 255, max(2, th - 1), cv2.LINE_AA
    )
    rgba = np.zeros((H, W, 4), np.uint8)
    rgba[..., :3] = color
    rgba[..., 3] = (a.astype(np.float32) * rng.uniform(0.8, 0.95)).astype(np.uint8)
    return Image.fromarray(rgba, "RGBA")


def _ink_texture(alpha: np.ndarray, rng) -> np.ndarray:
    nrs = np.random.default_rng(rng.randint(0, 2**31))
    small = nrs.uniform(0.35, 1.0, (alpha.shape[0] // 12 + 2, alpha.shape[1] // 12 + 2))
    tex = cv2.resize(small.astype(np.float32), (alpha.shape[1], alpha.shape[0]))
    grain = nrs.uniform(0.7, 1.0, alpha.shape)
    return (alpha * tex * grain).clip(0, 255).astype(np.uint8)


def round_stamp(
    rng, outer: str, inner: list[str], color=(60, 60, 170), d_mm=36.0, name="sansb"
) -> Image.Image:
    D = int(d_mm * PX_MM)
    im = Image.new("L", (D, D), 0)
    dr = ImageDraw.Draw(im)
    lw = max(2, int(PX_MM * 0.45))
    dr.ellipse([lw, lw, D - lw, D - lw], outline=255, width=lw)
    r2 = D * 0.33
    dr.ellipse([D / 2 - r2, D / 2 - r2, D / 2 + r2, D / 2 + r2], outline=255, width=max(1, lw // 2))
    fpx = D * 0.075
    f = font(name, fpx)
    total = sum(f.getlength(c) for c in outer)
    rad = D / 2 - lw * 2 - fpx * 0.75
    span = min(340.0, math.degrees(total / rad))
    ang = -90 - span / 2
    for ch in outer:
        adv = math.degrees(f.getlength(ch) / rad)
        a = math.radians(ang + adv / 2)
        g = Image.new("L", (int(fpx * 1.6), int(fpx * 1.6)), 0)
        ImageDraw.Draw(g).text((fpx * 0.8, fpx * 0.8), ch, font=f, fill=255, anchor="mm")
        g = g.rotate(-(ang + adv / 2 + 90), resample=Image.BICUBIC)
        cx, cy = D / 2 + rad * math.cos(a), D / 2 + rad * math.sin(a)
        im.paste(255, (int(cx - g.width / 2), int(cy - g.height / 2)), g)
        ang += adv
    fi = font(name, D * 0.07)
    y = D / 2 - (len(inner) - 1) * D * 0.045
    for s in inner:
        dr.text((D / 2, y), s, font=fi, fill=255, anchor="mm")
        y += D * 0.09
    return _stamp_rgba(np.array(im), rng, color, rng.uniform(-25, 25))


def rect_stamp(
    rng, lines: list[str], color=(60, 60, 170), w_mm=55.0, h_mm=22.0, name="sansb", border=True
) -> Image.Image:
    W, H = int(w_mm * PX_MM), int(h_mm * PX_MM)
    im = Image.new("L", (W, H), 0)
    dr = ImageDraw.Draw(im)
    lw = max(2, int(PX_MM * 0.4))
    if border:
        dr.rectangle([lw, lw, W - lw, H - lw], outline=255, width=lw)
    step = (H - 4 * lw) / max(1, len(lines))
    fpx = min(step * 0.72, H * 0.3)
    for i, s in enumerate(lines):
        f = font(name, fpx)
        while f.getlength(s) > W - 6 * lw and fpx > 8:
            fpx *= 0.92
            f = font(name, fpx)
        dr.text((W / 2, 2 * lw + step * (i + 0.5)), s, font=f, fill=255, anchor="mm")
    return _stamp_rgba(np.array(im), rng, color, rng.uniform(-6, 6))


def _stamp_rgba(alpha: np.ndarray, rng, color, angle: float) -> Image.Image:
    a = _ink_texture(alpha.astype(np.float32) * rng.uniform(0.75, 0.92), rng)
    rgba = np.zeros(alpha.shape + (4,), np.uint8)
    rgba[..., :3] = color
    rgba[..., 3] = a
    return Image.fromarray(rgba, "RGBA").rotate(angle, resample=Image.BICUBIC, expand=True)


def guilloche(page: Page, x, y, w, h, color, rng, n=26, lw=0.12):
    for i in range(n):
        ph = rng.uniform(0, 6.3)
        amp = h * rng.uniform(0.05, 0.18)
        fr = rng.uniform(1.5, 4.0)
        y0 = y + h * (i + 0.5) / n
        prev = None
        for j in range(0, 61):
            xx = x + w * j / 60
            yy = y0 + amp * math.sin(fr * 2 * math.pi * j / 60 + ph)
            yy = min(max(yy, y), y + h)
            if prev:
                page.line(prev[0], prev[1], xx, yy, color, lw)
            prev = (xx, yy)


def face(rng, w=300, h=380, female=False, bg=(230, 232, 236)) -> Image.Image:
    """A plain ID-photo stand-in: background, shoulders, head, hair."""
    im = Image.new("RGB", (w, h), bg)
    d = ImageDraw.Draw(im)
    skin = rng.choice([(198, 150, 118), (150, 104, 78), (95, 64, 48), (214, 176, 146)])
    hair = rng.choice([(30, 24, 22), (48, 36, 30), (20, 20, 20)])
    cloth = rng.choice([(40, 48, 70), (90, 90, 95), (120, 40, 50), (30, 30, 30)])
    d.ellipse([w * 0.08, h * 0.72, w * 0.92, h * 1.35], fill=cloth)
    d.rectangle([w * 0.42, h * 0.55, w * 0.58, h * 0.78], fill=skin)
    if female:
        d.ellipse([w * 0.22, h * 0.1, w * 0.78, h * 0.8], fill=hair)
    d.ellipse([w * 0.28, h * 0.16, w * 0.72, h * 0.66], fill=skin)
    d.chord([w * 0.26, h * 0.1, w * 0.74, h * 0.42], 180, 360, fill=hair)
    for ex in (0.41, 0.59):
        d.ellipse([w * (ex - 0.03), h * 0.38, w * (ex + 0.03), h * 0.41], fill=(40, 30, 30))
    d.line([w * 0.44, h * 0.55, w * 0.56, h * 0.55], fill=(120, 60, 60), width=3)
    return im.filter(ImageFilter.GaussianBlur(1.2))


# -- looks ----------------------------------------------------------------------------------
def look_scan(img: Image.Image, rng, grey=True, skew=0.7) -> Image.Image:
    nrs = np.random.default_rng(rng.randint(0, 2**31))
    a = np.asarray(img.convert("RGB")).astype(np.float32)
    paper = np.array([rng.uniform(232, 246)] * 3) if grey else np.array([250, 250, 248])
    a = a / 255.0 * paper
    a += nrs.normal(0, 3.0, a.shape)
    im = Image.fromarray(a.clip(0, 255).astype(np.uint8))
    im = im.rotate(
        rng.uniform(-skew, skew),
        resample=Image.BICUBIC,
        expand=False,
        fillcolor=tuple(int(v) for v in paper),
    )
    return im.filter(ImageFilter.GaussianBlur(rng.uniform(0.3, 0.7)))


def _table(nrs, W, H, kind):
    if kind == "wood":
        base = np.array([120, 82, 52], np.float32)
        yy = np.arange(H)[:, None]
        stripes = 12 * np.sin(yy / rng_f(nrs, 9, 20) + 3 * np.sin(np.arange(W)[None, :] / 300))
        bg = base[None, None, :] + stripes[..., None]
    else:
        base = np.array(
            {"grey": [110, 112, 115], "white": [214, 210, 200], "dark": [45, 47, 52]}[kind],
            np.float32,
        )
        bg = np.broadcast_to(base, (H, W, 3)).copy()
    bg += nrs.normal(0, 5, (H, W, 3))
    return bg


def rng_f(nrs, a, b):
    return float(nrs.uniform(a, b))


def look_photo(img: Image.Image, rng, rot=0, long_side=3200, cover=0.82, table=None):
    """Phone photo of a page or card lying on a table."""
    nrs = np.random.default_rng(rng.randint(0, 2**31))
    src = np.asarray(img.convert("RGB"))
    h, w = src.shape[:2]
    if h >= w:
        H = long_side
        W = int(long_side * 0.75)
    else:
        W = long_side
        H = int(long_side * 0.75)
    scale = cover * min(W / w, H / h)
    dw, dh = w * scale, h * scale
    cx, cy = W / 2 + rng.uniform(-0.04, 0.04) * W, H / 2 + rng.uniform(-0.04, 0.04) * H
    j = 0.035 * min(W, H)
    dst = np.float32(
        [
            [cx - dw / 2 + rng.uniform(-j, j), cy - dh / 2 + rng.uniform(-j, j)],
            [cx + dw / 2 + rng.uniform(-j, j), cy - dh / 2 + rng.uniform(-j, j)],
            [cx + dw / 2 + rng.uniform(-j, j), cy + dh / 2 + rng.uniform(-j, j)],
            [cx - dw / 2 + rng.uniform(-j, j), cy + dh / 2 + rng.uniform(-j, j)],
        ]
    )
    M = cv2.getPerspectiveTransform(np.float32([[0, 0], [w, 0], [w, h], [0, h]]), dst)
    warped = cv2.warpPerspective(src, M, (W, H), flags=cv2.INTER_LINEAR)
    mask = cv2.warpPerspective(np.full((h, w), 255, np.uint8), M, (W, H))
    mask = cv2.GaussianBlur(mask, (5, 5), 0).astype(np.float32)[..., None] / 255
    bg = _table(nrs, W, H, table or rng.choice(["wood", "grey", "white", "dark"]))
    out = warped.astype(np.float32) * mask + bg * (1 - mask)
    # light: gradient + soft shadow blob + vignette
    yy, xx = np.mgrid[0:H, 0:W].astype(np.float32)
    ang = rng.uniform(0, 6.28)
    grad = 1 + 0.12 * ((xx / W - 0.5) * math.cos(ang) + (yy / H - 0.5) * math.sin(ang))
    sx, sy = rng.uniform(0, W), rng.uniform(0, H)
    shadow = 1 - 0.22 * np.exp(-(((xx - sx) / (0.35 * W)) ** 2 + ((yy - sy) / (0.3 * H)) ** 2))
    vign = 1 - 0.18 * (((xx / W - 0.5) ** 2 + (yy / H - 0.5) ** 2) * 2)
    light = (grad * shadow * vign)[..., None]
    cast = np.array([rng.uniform(0.96, 1.06), 1.0, rng.uniform(0.86, 0.98)], np.float32)
    out = out * light * cast
    out = cv2.GaussianBlur(out, (0, 0), rng.uniform(0.8, 1.6))
    out += nrs.normal(0, 4, out.shape)
    out = out.clip(0, 255).astype(np.uint8)
    if rot:
        out = np.ascontiguousarray(np.rot90(out, k={90: 3, 180: 2, 270: 1}[rot]))
    return Image.fromarray(out)


def save_jpeg(img: Image.Image, path: str, quality=85, dpi=None):
    kw = {"quality": quality}
    if dpi:
        kw["dpi"] = (dpi, dpi)
    img.convert("RGB").save(path, "JPEG", **kw)
