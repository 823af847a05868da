"""A tiny page model (mm, baseline text) rendered either to a Pillow image or to a PDF."""

from __future__ import annotations

import io
import math
import random

from PIL import Image, ImageDraw, ImageFilter, ImageFont
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

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
    "narrow": TT + "liberation/LiberationSansNarrow-Regular.ttf",
    "narrowb": TT + "liberation/LiberationSansNarrow-Bold.ttf",
    "dejavu": TT + "dejavu/DejaVuSans.ttf",
    "dejavub": TT + "dejavu/DejaVuSans-Bold.ttf",
    "lato": TT + "lato/Lato-Regular.ttf",
    "latob": TT + "lato/Lato-Bold.ttf",
    "open": TT + "open-sans/OpenSans-Regular.ttf",
    "openb": TT + "open-sans/OpenSans-Bold.ttf",
    "carlito": TT + "crosextra/Carlito-Regular.ttf",
    "carlitob": TT + "crosextra/Carlito-Bold.ttf",
    "free": TT + "freefont/FreeSerif.ttf",
    "freeb": TT + "freefont/FreeSerifBold.ttf",
    "bn": TT + "freefont/FreeSans.ttf",
    "bnb": TT + "freefont/FreeSans.ttf",
    "ar": OT + "fonts-hosny-amiri/Amiri-Regular.ttf",
    "arb": OT + "fonts-hosny-amiri/Amiri-Bold.ttf",
    "ocrb": OT + "ocr-b/OCRB.otf",
}
HANDS = [
    TT + "fifthhorseman/dkg.ttf",
    TT + "ecolier-court/Ecolier-court.ttf",
    TT + "femkeklaver/femkeklaver.ttf",
    OT + "comic-neue/ComicNeue-Regular.otf",
]
_PIL_CACHE: dict = {}
_RL_DONE: set = set()


def pil_font(name_or_path: str, px: int) -> ImageFont.FreeTypeFont:
    path = FONTS.get(name_or_path, name_or_path)
    key = (path, px)
    if key not in _PIL_CACHE:
        _PIL_CACHE[key] = ImageFont.truetype(path, px, layout_engine=ImageFont.Layout.RAQM)
    return _PIL_CACHE[key]


def rl_font(name: str) -> str:
    if name not in _RL_DONE:
        pdfmetrics.registerFont(TTFont("F_" + name, FONTS[name]))
        _RL_DONE.add(name)
    return "F_" + name


def text_width_mm(s: str, font: str, size: float) -> float:
    f = pil_font(font, 200)
    return f.getlength(s) / 200 * size * 25.4 / 72


class Page:
    """Ops in mm from the top-left corner; text y is the baseline; size in points."""

    def __init__(self, w: float = 210, h: float = 297, bg=(255, 255, 255)):
        self.w, self.h, self.bg, self.ops = w, h, bg, []

    def text(self, x, y, s, size=9, font="sans", color=(0, 0, 0), anchor="l"):
        self.ops.append(("text", x, y, str(s), size, font, color, anchor))

    def rect(self, x, y, w, h, stroke=(0, 0, 0), fill=None, lw=0.25):
        self.ops.append(("rect", x, y, w, h, stroke, fill, lw))

    def line(self, x1, y1, x2, y2, color=(0, 0, 0), lw=0.25, dash=False):
        self.ops.append(("line", x1, y1, x2, y2, color, lw, dash))

    def image(self, img, x, y, w, h):
        self.ops.append(("img", img, x, y, w, h))

    def para(self, x, y, s, width, size=9, font="sans", lead=1.35, color=(0, 0, 0)):
        """Greedy word wrap; returns the y after the last line."""
        words, line = s.split(), ""
        step = size * lead * 25.4 / 72
        for w_ in words:
            cand = (line + " " + w_).strip()
            if text_width_mm(cand, font, size) > width and line:
                self.text(x, y, line, size, font, color)
                y += step
                line = w_
            else:
                line = cand
        if line:
            self.text(x, y, line, size, font, color)
            y += step
        return y

    def comb(self, x, y, n, cell=5.0, h=6.0, color=(0, 0, 0), lw=0.25):
        for i in range(n):
            self.rect(x + i * cell, y, cell, h, stroke=color, lw=lw)

    def checkbox(self, x, y, s=3.2, color=(0, 0, 0)):
        self.rect(x, y, s, s, stroke=color, lw=0.3)


def render(page: Page, dpi: int = 200) -> Image.Image:
    k = dpi / 25.4
    img = Image.new("RGB", (round(page.w * k), round(page.h * k)), page.bg)
    d = ImageDraw.Draw(img, "RGBA")
    for op in page.ops:
        kind = op[0]
        if kind == "text":
            _, x, y, s, size, font, color, anchor = op
            f = pil_font(font, max(4, round(size * dpi / 72)))
            a = {"l": "ls", "r": "rs", "m": "ms"}[anchor]
            d.text((x * k, y * k), s, font=f, fill=tuple(color), anchor=a)
        elif kind == "rect":
            _, x, y, w, h, stroke, fill, lw = op
            box = [x * k, y * k, (x + w) * k, (y + h) * k]
            width = max(1, round(lw * k)) if stroke else 0
            d.rectangle(
                box,
                fill=tuple(fill) if fill else None,
                outline=tuple(stroke) if stroke else None,
                width=width,
            )
        elif kind == "line":
            _, x1, y1, x2, y2, color, lw, dash = op
            wpx = max(1, round(lw * k))
            if not dash:
                d.line([x1 * k, y1 * k, x2 * k, y2 * k], fill=tuple(color), width=wpx)
            else:
                length = math.hypot(x2 - x1, y2 - y1)
                n = max(1, int(length / 1.2))
                for i in range(0, n, 2):
                    t0, t1 = i / n, min(1, (i + 1) / n)
                    d.line(
                        [
                            (x1 + (x2 - x1) * t0) * k,
                            (y1 + (y2 - y1) * t0) * k,
                            (x1 + (x2 - x1) * t1) * k,
                            (y1 + (y2 - y1) * t1) * k,
                        ],
                        fill=tuple(color),
                        width=wpx,
                    )
        elif kind == "img":
            _, im, x, y, w, h = op
            im2 = im.convert("RGBA").resize(
                (max(1, round(w * k)), max(1, round(h * k))), Image.LANCZOS
            )
            img.paste(im2, (round(x * k), round(y * k)), im2)
    return img


def to_pdf(pages: list[Page], path: str, title: str = "") -> None:
    c = canvas.Canvas(path, pagesize=(pages[0].w * mm, pages[0].h * mm), invariant=1)
    if title:
        c.setTitle(title)
    for page in pages:
        c.setPageSize((page.w * mm, page.h * mm))
        H = page.h
        if page.bg != (255, 255, 255):
            c.setFillColorRGB(*[v / 255 for v in page.bg])
            c.rect(0, 0, page.w * mm, H * mm, stroke=0, fill=1)
        for op in page.ops:
            kind = op[0]
            if kind == "text":
                _, x, y, s, size, font, color, anchor = op
                c.setFont(rl_font(font), size)
                c.setFillColorRGB(*[v / 255 for v in color])
                fn = {"l": c.drawString, "r": c.drawRightString, "m": c.drawCentredString}
                fn[anchor](x * mm, (H - y) * mm, s)
            elif kind == "rect":
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
            elif kind == "line":
                _, x1, y1, x2, y2, color, lw, dash = op
                c.setStrokeColorRGB(*[v / 255 for v in color])
                c.setLineWidth(lw * mm)
                c.setDash(3, 3) if dash else c.setDash()
                c.line(x1 * mm, (H - y1) * mm, x2 * mm, (H - y2) * mm)
                c.setDash()
            elif kind == "img":
                _, im, x, y, w, h = op
                buf = io.BytesIO()
                im.convert("RGBA").save(buf, "PNG")
                buf.seek(0)
                c.drawImage(ImageReader(buf), x * mm, (H - y - h) * mm, w * mm, h * mm, mask="auto")
        c.showPage()
    c.save()


# ------------------------------------------------------------------ handwriting & ink
INK_BLUE = (22, 38, 120)
INK_BLACK = (25, 25, 30)


def hand_text(
    s: str,
    rng: random.Random,
    px: int = 60,
    font: str | None = None,
    color=INK_BLUE,
    slant: float = 0.0,
) -> Image.Image:
    """Handwritten line as an RGBA image: per-glyph jitter of size, baseline and angle."""
    path = font or rng.choice(HANDS)
    w = int(px * 0.75 * max(1, len(s)) + px * 2)
    img = Image.new("RGBA", (w, int(px * 2.2)), (0, 0, 0, 0))
    x = px * 0.3
    base = px * 1.4
    drift = rng.uniform(-0.04, 0.04) * px
    for i, ch in enumerate(s):
        size = max(8, int(px * rng.uniform(0.9, 1.08)))
        f = pil_font(path, size)
        adv = f.getlength(ch)
        if ch == " ":
            x += adv * rng.uniform(0.9, 1.4)
            continue
        gw = int(adv + size)
        g = Image.new("RGBA", (gw, int(size * 2)), (0, 0, 0, 0))
        ImageDraw.Draw(g).text(
            (size * 0.4, size * 1.4), ch, font=f, anchor="ls", fill=color + (235,)
        )
        g = g.rotate(rng.uniform(-5, 5) - slant, resample=Image.BICUBIC, expand=False)
        y = base + drift * i / max(1, len(s)) + rng.uniform(-0.05, 0.05) * px
        img.alpha_composite(g, (int(x - size * 0.4), int(y - size * 1.4)))
        x += adv * rng.uniform(0.95, 1.08)
    img = img.crop((0, 0, min(w, int(x + px * 0.4)), img.height))
    return img.filter(ImageFilter.GaussianBlur(0.5))


def put_hand(
    page: Page,
    x: float,
    y: float,
    s: str,
    rng: random.Random,
    size_mm: float = 4.2,
    font: str | None = None,
    color=INK_BLUE,
) -> float:
    """Handwritten text with baseline at y (mm); returns its width in mm."""
    px = 60
    im = hand_text(s, rng, px, font, color)
    scale = size_mm / (px * 0.72)
    w, h = im.width * scale, im.height * scale
    page.image(im, x - 0.3 * px * scale, y - 1.4 * px * scale, w, h)
    return w


def signature(
    rng: random.Random, initials: str = "", color=INK_BLUE, w: int = 900, h: int = 360
) -> Image.Image:
    """Pen strokes: a capital with a loop, a cursive run of loops (trochoid with varying
    heights), an optional second word, and an underline flourish. Never a typed name."""
    ss = 3
    img = Image.new("RGBA", (w * ss, h * ss), (0, 0, 0, 0))
    d = ImageDraw.Draw(img)
    base = h * rng.uniform(0.55, 0.65)
    strokes = []
    # capital: down stroke, then a loop back to the right
    x0 = w * rng.uniform(0.06, 0.12)
    cap_h = h * rng.uniform(0.45, 0.6)
    cap = []
    turn = rng.uniform(1.6, 2.0)
    for t in range(60):
        u = t / 59
        ang = u * math.pi * turn
        cap.append(
            (
                x0 + w * 0.05 * (1 - math.cos(ang)) + u * w * 0.02,
                base - cap_h * (1 - u) + cap_h * 0.25 * math.sin(ang),
            )
        )
    strokes.append(cap)
    words = rng.choice([1, 2, 2])
    x = x0 + w * 0.1
    for wi in range(words):
        n = rng.randint(3, 7)
        amps = [h * rng.uniform(0.08, 0.3) for _ in range(n + 1)]
        step = w * rng.uniform(0.035, 0.055)
        pts = []
        tilt = rng.uniform(-0.6, 0.6)
        steps = n * 24
        for t in range(steps):
            u = t / 24
            k = int(u)
            frac = u - k
            amp = amps[k] * (1 - frac) + amps[k + 1] * frac
            px = x + step * u - step * 0.9 * math.sin(u * 2 * math.pi) * 0.35
            py = base - amp * (1 - math.cos(u * 2 * math.pi)) / 2 + u * tilt * 4
            pts.append((px, py))
        strokes.append(pts)
        x = pts[-1][0] + w * rng.uniform(0.04, 0.08)
        if wi == 0 and words == 2:
            x += w * 0.02
    end_x = min(w * 0.95, x)
    if rng.random() < 0.8:
        fl = []
        bow = rng.uniform(-0.1, 0.06)
        for t in range(80):
            u = t / 79
            fl.append(
                (
                    x0 - w * 0.02 + u * (end_x - x0 + w * 0.05),
                    base + h * 0.12 + math.sin(u * math.pi) * h * bow - u * h * 0.08,
                )
            )
        strokes.append(fl)
    width = rng.uniform(3.0, 4.6) * ss
    for stroke in strokes:
        sc = [(px * ss, py * ss) for px, py in stroke]
        for i in range(len(sc) - 1):
            wv = width * (0.65 + 0.35 * math.sin(i / 9.0))
            d.line([sc[i], sc[i + 1]], fill=color + (255,), width=max(2, int(wv)))
    img = img.resize((w, h), Image.LANCZOS).rotate(rng.uniform(-7, 9), Image.BICUBIC)
    return img.filter(ImageFilter.GaussianBlur(0.6))


def stamp(
    rng: random.Random,
    ring: str,
    center: list[str],
    color=(40, 60, 160),
    size: int = 420,
    font: str = "sansb",
    rect: bool = False,
) -> Image.Image:
    """An ink stamp (round or rectangular) with uneven ink, as an RGBA image."""
    img = Image.new("RGBA", (size, size if not rect else size // 2), (0, 0, 0, 0))
    d = ImageDraw.Draw(img)
    c = size / 2
    if not rect:
        d.ellipse([6, 6, size - 6, size - 6], outline=color + (255,), width=7)
        d.ellipse([size * 0.2, size * 0.2, size * 0.8, size * 0.8], outline=color + (255,), width=4)
        f = pil_font(font, int(size * 0.075))
        n = len(ring)
        for i, ch in enumerate(ring):
            ang = -math.pi * 0.95 + i * (1.9 * math.pi) / max(1, n)
            r = size * 0.38
            g = Image.new("RGBA", (60, 60), (0, 0, 0, 0))
            ImageDraw.Draw(g).text((30, 30), ch, font=f, fill=color + (255,), anchor="mm")
            g = g.rotate(-math.degrees(ang) - 90, Image.BICUBIC)
            img.alpha_composite(
                g, (int(c + r * math.cos(ang) - 30), int(c + r * math.sin(ang) - 30))
            )
        cy = c - (len(center) - 1) * size * 0.05
        for j, s in enumerate(center):
            fn = (
                "arb"
                if any("\u0600" <= ch <= "\u06ff" for ch in s)
                else ("bnb" if any("\u0980" <= ch <= "\u09ff" for ch in s) else font)
            )
            f2 = pil_font(fn, int(size * 0.07))
            d.text((c, cy + j * size * 0.1), s, font=f2, fill=color + (255,), anchor="mm")
    else:
        d.rectangle([4, 4, size - 4, size // 2 - 4], outline=color + (255,), width=5)
        lines = [ring] + center
        for j, s in enumerate(lines):
            f2 = pil_font(font, int(size * (0.07 if j == 0 else 0.055)))
            d.text((c, size * 0.1 + j * size * 0.075), s, font=f2, fill=color + (255,), anchor="mm")
    # uneven ink
    a = img.getchannel("A")
    noise = Image.effect_noise(img.size, 90).point(lambda v: 255 if v > 95 else 120)
    a = Image.composite(a, Image.new("L", img.size, 0), noise.convert("L"))
    img.putalpha(a.point(lambda v: int(v * 0.8)))
    return img.rotate(rng.uniform(-25, 25), Image.BICUBIC, expand=True)


def guilloche(w: int, h: int, color, rng: random.Random, n: int = 40) -> Image.Image:
    img = Image.new("RGBA", (w, h), (0, 0, 0, 0))
    d = ImageDraw.Draw(img)
    f1, f2 = rng.uniform(2, 5), rng.uniform(5, 9)
    for j in range(n):
        off = j * h / n
        pts = [
            (
                x,
                off
                + math.sin(x / w * f1 * 6.28 + j * 0.3) * h * 0.05
                + math.sin(x / w * f2 * 6.28) * h * 0.02,
            )
            for x in range(0, w, 4)
        ]
        d.line(pts, fill=color + (90,), width=1)
    return img


def fake_photo(rng: random.Random, w: int = 350, h: int = 450, skin=None, grey=False):
    """A neutral ID-photo placeholder: plain background, head and shoulders."""
    bg = (222, 226, 230) if not grey else (210, 210, 210)
    img = Image.new("RGB", (w, h), bg)
    d = ImageDraw.Draw(img)
    skin = skin or rng.choice([(120, 84, 62), (168, 122, 92), (196, 152, 120), (90, 62, 48)])
    hair = rng.choice([(20, 18, 18), (45, 32, 25), (70, 50, 30)])
    cloth = rng.choice([(40, 45, 70), (90, 90, 95), (30, 30, 30), (120, 40, 50)])
    d.ellipse([w * 0.05, h * 0.72, w * 0.95, h * 1.3], fill=cloth)
    d.rectangle([w * 0.4, h * 0.55, w * 0.6, h * 0.78], fill=skin)
    d.ellipse([w * 0.26, h * 0.12, w * 0.74, h * 0.52], fill=hair)
    d.ellipse([w * 0.3, h * 0.18, w * 0.7, h * 0.66], fill=skin)
    d.ellipse([w * 0.38, h * 0.36, w * 0.45, h * 0.4], fill=(40, 30, 30))
    d.ellipse([w * 0.55, h * 0.36, w * 0.62, h * 0.4], fill=(40, 30, 30))
    d.arc([w * 0.42, h * 0.46, w * 0.58, h * 0.56], 20, 160, fill=(90, 50, 50), width=3)
    img = img.filter(ImageFilter.GaussianBlur(1.5))
    return img.convert("L").convert("RGB") if grey else img
