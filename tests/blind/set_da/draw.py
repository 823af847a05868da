"""Drawing backends (PIL raster / reportlab text PDF), handwriting, signatures, capture looks."""

from __future__ import annotations

import io
import itertools
import math

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
    "sans-b": T + "liberation/LiberationSans-Bold.ttf",
    "sans-i": T + "liberation/LiberationSans-Italic.ttf",
    "narrow": T + "liberation/LiberationSansNarrow-Regular.ttf",
    "narrow-b": T + "liberation/LiberationSansNarrow-Bold.ttf",
    "serif": T + "liberation/LiberationSerif-Regular.ttf",
    "serif-b": T + "liberation/LiberationSerif-Bold.ttf",
    "serif-i": T + "liberation/LiberationSerif-Italic.ttf",
    "mono": T + "liberation/LiberationMono-Regular.ttf",
    "mono-b": T + "dejavu/DejaVuSansMono-Bold.ttf",
    "dejavu": T + "dejavu/DejaVuSans.ttf",
    "dejavu-b": T + "dejavu/DejaVuSans-Bold.ttf",
    "dvserif": T + "dejavu/DejaVuSerif.ttf",
    "dvserif-b": T + "dejavu/DejaVuSerif-Bold.ttf",
    "roboto": T + "roboto/unhinted/RobotoTTF/Roboto-Regular.ttf",
    "roboto-b": T + "roboto/unhinted/RobotoTTF/Roboto-Bold.ttf",
    "roboto-m": T + "roboto/unhinted/RobotoTTF/Roboto-Medium.ttf",
    "lato": T + "lato/Lato-Regular.ttf",
    "lato-b": T + "lato/Lato-Bold.ttf",
    "open": T + "open-sans/OpenSans-Regular.ttf",
    "open-b": T + "open-sans/OpenSans-Bold.ttf",
    "carlito": T + "crosextra/Carlito-Regular.ttf",
    "carlito-b": T + "crosextra/Carlito-Bold.ttf",
    "amiri": "/usr/share/fonts/opentype/fonts-hosny-amiri/Amiri-Regular.ttf",
    "amiri-b": "/usr/share/fonts/opentype/fonts-hosny-amiri/Amiri-Bold.ttf",
    "h-dkg": T + "fifthhorseman/dkg.ttf",
    "h-ecolier": T + "ecolier-court/Ecolier-court.ttf",
    "h-femke": T + "femkeklaver/femkeklaver.ttf",
    "h-ruf": T + "rufscript/Rufscript010.ttf",
    "h-humor": T + "humor-sans/Humor-Sans.ttf",
}
_PIL_CACHE: dict = {}
_RL_DONE: set = set()
MM = 72 / 25.4


def pil_font(name: str, px: float) -> ImageFont.FreeTypeFont:
    key = (name, round(px))
    if key not in _PIL_CACHE:
        _PIL_CACHE[key] = ImageFont.truetype(FONTS[name], max(4, round(px)))
    return _PIL_CACHE[key]


def rl_font(name: str) -> str:
    if name not in _RL_DONE:
        pdfmetrics.registerFont(TTFont("F_" + name, FONTS[name]))
        _RL_DONE.add(name)
    return "F_" + name


def rgb(c):
    if isinstance(c, str):
        c = c.lstrip("#")
        if len(c) == 3:
            c = "".join(ch * 2 for ch in c)
        return tuple(int(c[i : i + 2], 16) for i in (0, 2, 4))
    return c


class Draw:
    """Common API in millimetres, origin top-left. Subclasses: RasterPage, PdfPage."""

    def __init__(self, w_mm: float, h_mm: float):
        self.w, self.h = w_mm, h_mm

    def width_of(self, s: str, font: str, size: float) -> float:
        return pdfmetrics.stringWidth(s, rl_font(font), size) / MM

    def wrap(self, x, y, s, font="sans", size=9, width=100, lead=1.3, color="#000000"):
        """Simple word wrap; returns y after the paragraph."""
        words, line = s.split(), ""
        for w in words:
            t = (line + " " + w).strip()
            if self.width_of(t, font, size) > width and line:
                self.text(x, y, line, font, size, color)
                y += size * lead / MM
                line = w
            else:
                line = t
        if line:
            self.text(x, y, line, font, size, color)
            y += size * lead / MM
        return y

    def labval(self, x, y, label, value, lf="sans", vf="sans-b", size=9, gap=2.0, color="#000000"):
        self.text(x, y, label, lf, size, "#444444")
        self.text(x + self.width_of(label, lf, size) + gap, y, value, vf, size, color)


class RasterPage(Draw):
    def __init__(self, w_mm, h_mm, dpi=200, bg="#ffffff"):
        super().__init__(w_mm, h_mm)
        self.dpi = dpi
        self.k = dpi / 25.4
        self.im = Image.new("RGB", (int(w_mm * self.k), int(h_mm * self.k)), rgb(bg))
        self.d = ImageDraw.Draw(self.im)

    def p(self, v):
        return round(v * self.k)

    def text(self, x, y, s, font="sans", size=9, color="#000000", align="left", direction=None):
        """y is the baseline (as in PDF)."""
        if not font.startswith("amiri") and any("\u0600" <= ch <= "\u06ff" for ch in s):
            font = "amiri-b" if font.endswith("-b") else "amiri"
        f = pil_font(font, size / 72 * self.dpi)
        anchor = {"left": "ls", "right": "rs", "center": "ms"}[align]
        kw = {"direction": direction} if direction else {}
        self.d.text((self.p(x), self.p(y)), s, font=f, fill=rgb(color), anchor=anchor, **kw)

    def rect(self, x, y, w, h, stroke="#000000", fill=None, lw=0.3):
        self.d.rectangle(
            [self.p(x), self.p(y), self.p(x + w), self.p(y + h)],
            outline=rgb(stroke) if stroke else None,
            fill=rgb(fill) if fill else None,
            width=max(1, self.p(lw)) if stroke else 0,
        )

    def line(self, x1, y1, x2, y2, color="#000000", lw=0.3, dash=None):
        if dash:
            n = int(math.hypot(x2 - x1, y2 - y1) / dash)
            for i in range(0, n, 2):
                a, b = i / n, min(1, (i + 1) / n)
                self.d.line(
                    [
                        self.p(x1 + (x2 - x1) * a),
                        self.p(y1 + (y2 - y1) * a),
                        self.p(x1 + (x2 - x1) * b),
                        self.p(y1 + (y2 - y1) * b),
                    ],
                    fill=rgb(color),
                    width=max(1, self.p(lw)),
                )
            return
        self.d.line(
            [self.p(x1), self.p(y1), self.p(x2), self.p(y2)],
            fill=rgb(color),
            width=max(1, self.p(lw)),
        )

    def image(self, im, x, y, w, h):
        im = im.convert("RGBA").resize((self.p(w), self.p(h)), Image.LANCZOS)
        self.im.paste(im, (self.p(x), self.p(y)), im)

    def ellipse(self, x, y, w, h, stroke="#000000", lw=0.3, fill=None):
        self.d.ellipse(
            [self.p(x), self.p(y), self.p(x + w), self.p(y + h)],
            outline=rgb(stroke) if stroke else None,
            fill=rgb(fill) if fill else None,
            width=max(1, self.p(lw)),
        )


class PdfPage(Draw):
    def __init__(self, c, w_mm=210, h_mm=297):
        super().__init__(w_mm, h_mm)
        self.c = c

    def Y(self, y):
        return (self.h - y) * MM

    def text(self, x, y, s, font="sans", size=9, color="#000000", align="left", direction=None):
        self.c.setFillColorRGB(*[v / 255 for v in rgb(color)])
        self.c.setFont(rl_font(font), size)
        fn = {
            "left": self.c.drawString,
            "right": self.c.drawRightString,
            "center": self.c.drawCentredString,
        }[align]
        fn(x * MM, self.Y(y), s)

    def rect(self, x, y, w, h, stroke="#000000", fill=None, lw=0.3):
        if fill:
            self.c.setFillColorRGB(*[v / 255 for v in rgb(fill)])
        if stroke:
            self.c.setStrokeColorRGB(*[v / 255 for v in rgb(stroke)])
        self.c.setLineWidth(lw * MM)
        self.c.rect(
            x * MM, self.Y(y + h), w * MM, h * MM, stroke=1 if stroke else 0, fill=1 if fill else 0
        )

    def line(self, x1, y1, x2, y2, color="#000000", lw=0.3, dash=None):
        self.c.setStrokeColorRGB(*[v / 255 for v in rgb(color)])
        self.c.setLineWidth(lw * MM)
        self.c.setDash(dash * MM, dash * MM) if dash else self.c.setDash()
        self.c.line(x1 * MM, self.Y(y1), x2 * MM, self.Y(y2))
        self.c.setDash()

    def image(self, im, x, y, w, h):
        buf = io.BytesIO()
        im.save(buf, "PNG")
        buf.seek(0)
        self.c.drawImage(ImageReader(buf), x * MM, self.Y(y + h), w * MM, h * MM, mask="auto")

    def ellipse(self, x, y, w, h, stroke="#000000", lw=0.3, fill=None):
        self.c.setStrokeColorRGB(*[v / 255 for v in rgb(stroke)])
        self.c.setLineWidth(lw * MM)
        self.c.ellipse(x * MM, self.Y(y + h), (x + w) * MM, self.Y(y), stroke=1, fill=0)


def make_pdf(path, pages, title="", author=""):
    """pages: list of callables f(PdfPage). Deterministic (invariant=1)."""
    c = rl_canvas.Canvas(str(path), pagesize=(210 * MM, 297 * MM), invariant=1)
    c.setTitle(title)
    c.setAuthor(author)
    c.setCreator(author or "")
    for f in pages:
        f(PdfPage(c))
        c.showPage()
    c.save()
    return c


def raster(f, w=210, h=297, dpi=200, bg="#ffffff"):
    pg = RasterPage(w, h, dpi, bg)
    f(pg)
    return pg.im


# ---------------------------------------------------------------- handwriting and signatures
INKS = {"blue": (28, 42, 120), "black": (25, 25, 30), "bblue": (20, 60, 160)}


def hand(pg, rng, x, y, s, font="h-dkg", size=12, ink="blue", slant=0.0):
    """Handwritten text: each glyph drawn with jitter of position, size and angle."""
    k = getattr(pg, "k", 200 / 25.4)
    px = size / 72 * 25.4 * k
    col = INKS.get(ink, ink)
    pad = int(px * 1.6)
    cx = 0.0
    layer = Image.new(
        "RGBA", (int(px * 0.75 * (len(s) + 2)) + 2 * pad, int(px * 2.4)), (0, 0, 0, 0)
    )
    base = int(px * 1.5)
    for ch in s:
        sz = px * rng.uniform(0.92, 1.08)
        f = pil_font(font, sz)
        adv = f.getlength(ch)
        if ch != " ":
            g = Image.new("RGBA", (int(sz * 2) + 4, int(sz * 2.2) + 4), (0, 0, 0, 0))
            gd = ImageDraw.Draw(g)
            sw = max(1, round(sz / 28))
            gd.text(
                (int(sz * 0.5), int(sz * 1.5)),
                ch,
                font=f,
                fill=col + (235,),
                anchor="ls",
                stroke_width=sw,
                stroke_fill=col + (235,),
            )
            g = g.rotate(
                rng.uniform(-6, 6) - slant, resample=Image.BICUBIC, center=(sz * 0.5, sz * 1.5)
            )
            ox = int(pad + cx - sz * 0.5 + rng.uniform(-0.6, 0.6))
            oy = int(base - sz * 1.5 + rng.uniform(-px * 0.06, px * 0.06))
            layer.alpha_composite(g, (max(0, ox), max(0, oy)))
        cx += adv * rng.uniform(0.95, 1.05)
    layer = layer.crop((0, 0, int(pad * 2 + cx) + 2, layer.height))
    w_mm, h_mm = layer.width / k, layer.height / k
    pg.image(layer, x - pad / k, y - base / k, w_mm, h_mm)
    return cx / k


def signature_image(rng, name, w=600, h=220, ink="blue"):
    """A pen-stroke signature: cursive-like polyline with jitter, then a flourish."""
    S = 3
    im = Image.new("RGBA", (w * S, h * S), (0, 0, 0, 0))
    d = ImageDraw.Draw(im)
    col = INKS.get(ink, ink) + (255,)
    n_loops = max(3, min(8, len(name.replace(" ", "")) // 2 + rng.randint(-2, 1)))
    pts = []
    x0 = w * rng.uniform(0.05, 0.12)
    amp = h * rng.uniform(0.2, 0.34)
    seg = 20
    step = (w * rng.uniform(0.6, 0.78)) / (n_loops * seg)
    loop_amp = [rng.uniform(0.45, 1.7) for _ in range(n_loops)]
    width_k = [rng.uniform(3.5, 7.0) for _ in range(n_loops)]
    slope = rng.uniform(-0.12, 0.05)
    for i in range(n_loops * seg):
        li = i // seg
        phase = (i + 1) / seg * 2 * math.pi
        a = amp * loop_amp[li]
        x = x0 + i * step + math.cos(phase) * step * width_k[li]
        y = h * 0.55 - math.sin(phase) * a * 0.5 + i * step * slope + rng.uniform(-1.2, 1.2)
        pts.append((x, y))
    fl = []
    xe, ye = pts[-1]
    for j in range(40):
        u = j / 39
        fl.append(
            (
                xe - u * w * 0.75 + rng.uniform(-1, 1),
                ye + h * 0.18 * math.sin(u * math.pi) + u * h * 0.08,
            )
        )
    for seg in (pts, fl):
        sp = [(px * S, py * S) for px, py in seg]
        for a, b in itertools.pairwise(sp):
            d.line([a, b], fill=col, width=int(S * rng.uniform(2.0, 2.8)))
    # initial capital stroke
    cx, cy = x0 * S, h * 0.2 * S
    d.line(
        [(cx, cy), (cx - 8 * S, h * 0.8 * S), (cx + 20 * S, h * 0.35 * S)],
        fill=col,
        width=int(S * 2.4),
        joint="curve",
    )
    im = im.resize((w, h), Image.LANCZOS)
    return im


def sign(pg, rng, x, y, w, h, name, ink="blue"):
    pg.image(signature_image(rng, name, int(w * 12), int(h * 12), ink), x, y, w, h)


def stamp(pg, x, y, r, lines, color="#2a3d9a", font="sans-b"):
    pg.ellipse(x - r, y - r, 2 * r, 2 * r, stroke=color, lw=0.6)
    pg.ellipse(x - r * 0.8, y - r * 0.8, 1.6 * r, 1.6 * r, stroke=color, lw=0.3)
    n = len(lines)
    for i, s in enumerate(lines):
        size = r * 0.85
        while size > 3 and pg.width_of(s, font, size) > 1.45 * r:
            size -= 0.25
        pg.text(x, y + (i - (n - 1) / 2) * r * 0.34 + r * 0.1, s, font, size, color, align="center")


def photo_face(rng, w=300, h=380, skin=(196, 150, 120), hair=(40, 30, 25), female=True):
    """Simple portrait (ID photo placeholder drawn as shapes)."""
    im = Image.new("RGB", (w, h), (222, 226, 230))
    d = ImageDraw.Draw(im)
    d.ellipse([w * 0.2, h * 0.12, w * 0.8, h * 0.7], fill=hair)
    d.rectangle([w * 0.08, h * 0.78, w * 0.92, h], fill=(70, 80, 110))
    d.ellipse([w * 0.05, h * 0.72, w * 0.95, h * 1.2], fill=(70, 80, 110))
    d.rectangle([w * 0.4, h * 0.58, w * 0.6, h * 0.8], fill=skin)
    d.ellipse([w * 0.28, h * 0.2, w * 0.72, h * 0.68], fill=skin)
    if female:
        d.rectangle([w * 0.2, h * 0.35, w * 0.3, h * 0.8], fill=hair)
        d.rectangle([w * 0.7, h * 0.35, w * 0.8, h * 0.8], fill=hair)
    for ex in (0.4, 0.6):
        d.ellipse([w * (ex - 0.04), h * 0.4, w * (ex + 0.04), h * 0.44], fill=(40, 35, 30))
    d.arc([w * 0.42, h * 0.5, w * 0.58, h * 0.6], 20, 160, fill=(120, 60, 60), width=3)
    return im.filter(ImageFilter.GaussianBlur(1.2))


def guilloche(pg, rng, x, y, w, h, color="#d9c7e6", n=26):
    for i in range(n):
        pts = []
        ph = rng.uniform(0, 6.28)
        for j in range(60):
            u = j / 59
            pts.append((x + u * w, y + h * (0.5 + 0.45 * math.sin(u * 9 + ph + i * 0.25))))
        for a, b in itertools.pairwise(pts):
            pg.line(a[0], a[1], b[0], b[1], color=color, lw=0.15)


# ---------------------------------------------------------------- capture looks
def _np(im):
    return np.asarray(im.convert("RGB")).astype(np.float32)


def _pil(a):
    return Image.fromarray(np.clip(a, 0, 255).astype(np.uint8))


def scan_look(im, rng, paper=(238, 236, 230), skew=0.6, noise=5.0, dpi_scale=1.0):
    """Flatbed scan: grey paper, slight skew, noise, mild blur."""
    a = _np(im)
    tint = np.array(paper, np.float32) / 255.0
    a = a * tint
    h, w = a.shape[:2]
    ang = rng.uniform(-skew, skew)
    m = cv2.getRotationMatrix2D((w / 2, h / 2), ang, 1.0)
    m[0, 2] += rng.uniform(-8, 8)
    m[1, 2] += rng.uniform(-8, 8)
    a = cv2.warpAffine(a, m, (w, h), borderMode=cv2.BORDER_CONSTANT, borderValue=paper)
    nr = np.random.default_rng(rng.randint(0, 2**31))
    a += nr.normal(0, noise, a.shape[:2])[..., None]
    a = cv2.GaussianBlur(a, (3, 3), 0.6)
    out = _pil(a)
    if dpi_scale != 1.0:
        out = out.resize((int(w * dpi_scale), int(h * dpi_scale)), Image.LANCZOS)
    return out


def place_on_scanner(card, rng, page_mm=(210, 297), dpi=200, at=(18, 20), card_mm=None):
    """A card or passport page laid on the scanner glass (white cover)."""
    pg = RasterPage(page_mm[0], page_mm[1], dpi, "#fbfbfa")
    if card_mm is None:
        card_mm = (card.width / (300 / 25.4), card.height / (300 / 25.4))
    pg.image(card, at[0], at[1], card_mm[0], card_mm[1])
    return pg.im


def phone_photo(im, rng, long_side=4032, rot=0, table=None, cover=0.78, blur=1.0):
    """Page photographed on a table: perspective, shadow, light gradient, colour cast, blur."""
    W, H = (3024, long_side) if im.height >= im.width else (long_side, 3024)
    nr = np.random.default_rng(rng.randint(0, 2**31))
    table = table or rng.choice([(120, 90, 60), (170, 160, 150), (60, 62, 70), (200, 190, 170)])
    bg = np.ones((H, W, 3), np.float32) * np.array(table, np.float32)
    # wood-ish streaks
    streak = cv2.GaussianBlur(nr.normal(0, 18, (H, 1)).astype(np.float32), (1, 41), 12)
    bg += np.repeat(streak, W, axis=1)[..., None]
    bg += nr.normal(0, 4, (H, W))[..., None]
    src = _np(im)
    sh, sw = src.shape[:2]
    scale = min(W * cover / sw, H * cover / sh)
    tw, th = sw * scale, sh * scale
    cx, cy = W / 2 + rng.uniform(-0.04, 0.04) * W, H / 2 + rng.uniform(-0.04, 0.04) * H
    j = 0.035
    dst = np.float32(
        [
            [cx - tw / 2 + rng.uniform(-j, j) * tw, cy - th / 2 + rng.uniform(-j, j) * th],
            [cx + tw / 2 + rng.uniform(-j, j) * tw, cy - th / 2 + rng.uniform(-j, j) * th],
            [cx + tw / 2 + rng.uniform(-j, j) * tw, cy + th / 2 + rng.uniform(-j, j) * th],
            [cx - tw / 2 + rng.uniform(-j, j) * tw, cy + th / 2 + rng.uniform(-j, j) * th],
        ]
    )
    srcq = np.float32([[0, 0], [sw, 0], [sw, sh], [0, sh]])
    M = cv2.getPerspectiveTransform(srcq, dst)
    warped = cv2.warpPerspective(src, M, (W, H), flags=cv2.INTER_LINEAR)
    mask = cv2.warpPerspective(np.ones((sh, sw), np.float32), M, (W, H))
    # drop shadow of the sheet
    sm = cv2.GaussianBlur(np.roll(np.roll(mask, 18, 0), 14, 1), (0, 0), 14)
    bg *= (1 - 0.45 * sm)[..., None]
    a = bg * (1 - mask[..., None]) + warped * mask[..., None]
    # light gradient + a soft hand/phone shadow
    yy, xx = np.mgrid[0:H, 0:W].astype(np.float32)
    gx, gy = rng.uniform(-1, 1), rng.uniform(-1, 1)
    light = 1.0 + 0.12 * ((xx / W - 0.5) * gx + (yy / H - 0.5) * gy)
    sx, sy = rng.uniform(0.2, 0.8) * W, rng.uniform(0.6, 1.1) * H
    shadow = np.exp(-(((xx - sx) / (W * 0.35)) ** 2 + ((yy - sy) / (H * 0.25)) ** 2))
    light *= 1 - 0.22 * shadow
    a *= light[..., None]
    cast = np.array([rng.uniform(0.97, 1.04), rng.uniform(0.97, 1.02), rng.uniform(0.88, 0.98)])
    a *= cast[None, None, :]
    a = cv2.GaussianBlur(a, (0, 0), blur)
    a += nr.normal(0, 3.0, a.shape)
    out = _pil(a)
    if rot:
        out = out.rotate(rot, expand=True)
    return out


def save_jpeg(im, path, q=88):
    im.convert("RGB").save(path, "JPEG", quality=q, optimize=False)


def image_pdf(path, images, rng, dpi=200, q=70):
    """A scanner's PDF: every page an A4 JPEG image, no text layer."""
    c = rl_canvas.Canvas(str(path), pagesize=(210 * MM, 297 * MM), invariant=1)
    c.setCreator("Canon MF Scan Utility")
    for im in images:
        s = scan_look(im, rng)
        buf = io.BytesIO()
        s.convert("RGB").save(buf, "JPEG", quality=q)
        buf.seek(0)
        c.drawImage(ImageReader(buf), 0, 0, 210 * MM, 297 * MM)
        c.showPage()
    c.save()
