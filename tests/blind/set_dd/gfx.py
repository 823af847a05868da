"""Drawing helpers: one Page API (millimetres, origin top-left, y = text baseline) drawn either
into a Pillow image (for scans, photos, screenshots) or into a reportlab canvas (text PDFs)."""

from __future__ import annotations

import io
import math
import random
from functools import lru_cache

import numpy as np
from PIL import Image, ImageDraw, ImageFilter, ImageFont

FD = "/usr/share/fonts/truetype/"
FONTS = {
    "sans": FD + "liberation/LiberationSans-Regular.ttf",
    "sansb": FD + "liberation/LiberationSans-Bold.ttf",
    "sansi": FD + "liberation/LiberationSans-Italic.ttf",
    "narrow": FD + "liberation/LiberationSansNarrow-Regular.ttf",
    "narrowb": FD + "liberation/LiberationSansNarrow-Bold.ttf",
    "serif": FD + "liberation/LiberationSerif-Regular.ttf",
    "serifb": FD + "liberation/LiberationSerif-Bold.ttf",
    "serifi": FD + "liberation/LiberationSerif-Italic.ttf",
    "mono": FD + "liberation/LiberationMono-Regular.ttf",
    "monob": FD + "liberation/LiberationMono-Bold.ttf",
    "mrz": FD + "dejavu/DejaVuSansMono.ttf",
    "dejavu": FD + "dejavu/DejaVuSans.ttf",
    "dejavub": FD + "dejavu/DejaVuSans-Bold.ttf",
    "dserif": FD + "dejavu/DejaVuSerif.ttf",
    "dserifb": FD + "dejavu/DejaVuSerif-Bold.ttf",
    "carlito": FD + "crosextra/Carlito-Regular.ttf",
    "carlitob": FD + "crosextra/Carlito-Bold.ttf",
    "caladea": FD + "crosextra/Caladea-Regular.ttf",
    "caladeab": FD + "crosextra/Caladea-Bold.ttf",
    "open": FD + "open-sans/OpenSans-Regular.ttf",
    "openb": FD + "open-sans/OpenSans-Bold.ttf",
    "opensb": FD + "open-sans/OpenSans-Semibold.ttf",
    "roboto": FD + "roboto/unhinted/RobotoTTF/Roboto-Regular.ttf",
    "robotom": FD + "roboto/unhinted/RobotoTTF/Roboto-Medium.ttf",
    "robotob": FD + "roboto/unhinted/RobotoTTF/Roboto-Bold.ttf",
    "robotoc": FD + "roboto/unhinted/RobotoCondensed-Regular.ttf",
    "robotocb": FD + "roboto/unhinted/RobotoCondensed-Bold.ttf",
    "lato": FD + "lato/Lato-Regular.ttf",
    "latob": FD + "lato/Lato-Bold.ttf",
    "latoh": FD + "lato/Lato-Heavy.ttf",
    "free": FD + "freefont/FreeSans.ttf",
    "freeb": FD + "freefont/FreeSansBold.ttf",
    "freeserif": FD + "freefont/FreeSerif.ttf",
    "amiri": "/usr/share/fonts/opentype/fonts-hosny-amiri/Amiri-Regular.ttf",
    "amirib": "/usr/share/fonts/opentype/fonts-hosny-amiri/Amiri-Bold.ttf",
    # handwriting
    "h_ecolier": FD + "ecolier-court/Ecolier-court.ttf",
    "h_dkg": FD + "fifthhorseman/dkg.ttf",
    "h_femke": FD + "femkeklaver/femkeklaver.ttf",
    "h_ruf": FD + "rufscript/Rufscript010.ttf",
    "h_breip": FD + "breip/Breip.ttf",
    "h_humor": FD + "humor-sans/Humor-Sans.ttf",
}
RTL_FONTS = {"amiri", "amirib"}
MM = 72 / 25.4


@lru_cache(maxsize=512)
def pil_font(key: str, px: int) -> ImageFont.FreeTypeFont:
    return ImageFont.truetype(FONTS[key], max(4, px), layout_engine=ImageFont.Layout.RAQM)


_RL_DONE: set[str] = set()


def rl_font(key: str) -> str:
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    if key not in _RL_DONE:
        pdfmetrics.registerFont(TTFont(key, FONTS[key]))
        _RL_DONE.add(key)
    return key


def rgb(c) -> tuple[int, int, int]:
    if isinstance(c, str):
        c = c.lstrip("#")
        return tuple(int(c[i : i + 2], 16) for i in (0, 2, 4))
    return tuple(c)


class Page:
    """A page in millimetres. backend 'pil' (raster at dpi) or 'pdf' (reportlab canvas)."""

    def __init__(
        self,
        w_mm: float,
        h_mm: float,
        backend: str = "pil",
        dpi: int = 200,
        canvas=None,
        bg="#ffffff",
    ):
        self.w, self.h, self.backend, self.dpi = w_mm, h_mm, backend, dpi
        if backend == "pil":
            self.img = Image.new("RGB", (self.px(w_mm), self.px(h_mm)), rgb(bg))
            self.d = ImageDraw.Draw(self.img)
        else:
            self.c = canvas
            if bg != "#ffffff":
                self.rect(0, 0, w_mm, h_mm, fill=bg, stroke=None)

    # -- units
    def px(self, mm: float) -> int:
        return int(round(mm * self.dpi / 25.4))

    def fpx(self, pt: float) -> int:
        return int(round(pt * self.dpi / 72))

    def width(self, s: str, font: str, size: float) -> float:
        """Text width in mm."""
        return pil_font(font, 200).getlength(s) * size / 200 / MM

    # -- primitives
    def text(self, x, y, s, font="sans", size=10, color="#000000", anchor="l"):
        if not s:
            return
        if self.backend == "pil":
            f = pil_font(font, self.fpx(size))
            kw = {}
            if font in RTL_FONTS:
                kw = {"direction": "rtl", "language": "ar"}
            a = {"l": "ls", "r": "rs", "c": "ms"}[anchor]
            self.d.text((self.px(x), self.px(y)), s, font=f, fill=rgb(color), anchor=a, **kw)
        else:
            c = self.c
            c.setFillColorRGB(*[v / 255 for v in rgb(color)])
            c.setFont(rl_font(font), size)
            yy = (self.h - y) * MM
            if anchor == "l":
                c.drawString(x * MM, yy, s)
            elif anchor == "r":
                c.drawRightString(x * MM, yy, s)
            else:
                c.drawCentredString(x * MM, yy, s)

    def line(self, x1, y1, x2, y2, width=0.25, color="#000000", dash=None):
        if self.backend == "pil":
            w = max(1, self.px(width))
            if dash:
                n = max(1, int(math.hypot(x2 - x1, y2 - y1) / (dash * 2)))
                for i in range(n):
                    a, b = i / n, (i + 0.5) / n
                    self.d.line(
                        [
                            (self.px(x1 + (x2 - x1) * a), self.px(y1 + (y2 - y1) * a)),
                            (self.px(x1 + (x2 - x1) * b), self.px(y1 + (y2 - y1) * b)),
                        ],
                        fill=rgb(color),
                        width=w,
                    )
                return
            self.d.line(
                [(self.px(x1), self.px(y1)), (self.px(x2), self.px(y2))], fill=rgb(color), width=w
            )
        else:
            c = self.c
            c.setStrokeColorRGB(*[v / 255 for v in rgb(color)])
            c.setLineWidth(width * MM)
            c.setDash([dash * MM, dash * MM] if dash else [])
            c.line(x1 * MM, (self.h - y1) * MM, x2 * MM, (self.h - y2) * MM)
            c.setDash([])

    def rect(self, x, y, w, h, stroke="#000000", fill=None, width=0.25, radius=0):
        if self.backend == "pil":
            box = [self.px(x), self.px(y), self.px(x + w), self.px(y + h)]
            sw = max(1, self.px(width)) if stroke else 0
            kw = dict(
                fill=rgb(fill) if fill else None, outline=rgb(stroke) if stroke else None, width=sw
            )
            if radius:
                self.d.rounded_rectangle(box, radius=self.px(radius), **kw)
            else:
                self.d.rectangle(box, **kw)
        else:
            c = self.c
            if fill:
                c.setFillColorRGB(*[v / 255 for v in rgb(fill)])
            if stroke:
                c.setStrokeColorRGB(*[v / 255 for v in rgb(stroke)])
                c.setLineWidth(width * MM)
            args = (x * MM, (self.h - y - h) * MM, w * MM, h * MM)
            if radius:
                c.roundRect(*args, radius * MM, stroke=1 if stroke else 0, fill=1 if fill else 0)
            else:
                c.rect(*args, stroke=1 if stroke else 0, fill=1 if fill else 0)

    def ellipse(self, x, y, w, h, stroke="#000000", fill=None, width=0.25):
        if self.backend == "pil":
            self.d.ellipse(
                [self.px(x), self.px(y), self.px(x + w), self.px(y + h)],
                fill=rgb(fill) if fill else None,
                outline=rgb(stroke) if stroke else None,
                width=max(1, self.px(width)),
            )
        else:
            c = self.c
            if fill:
                c.setFillColorRGB(*[v / 255 for v in rgb(fill)])
            if stroke:
                c.setStrokeColorRGB(*[v / 255 for v in rgb(stroke)])
                c.setLineWidth(width * MM)
            c.ellipse(
                x * MM,
                (self.h - y) * MM,
                (x + w) * MM,
                (self.h - y - h) * MM,
                stroke=1 if stroke else 0,
                fill=1 if fill else 0,
            )

    def image(self, x, y, w, h, im: Image.Image):
        """Paste an RGB/RGBA image in the box (mm); h=None keeps the aspect ratio."""
        if h is None:
            h = w * im.height / im.width
        if self.backend == "pil":
            im2 = im.resize((max(1, self.px(w)), max(1, self.px(h))), Image.LANCZOS)
            if im2.mode == "RGBA":
                self.img.paste(im2, (self.px(x), self.px(y)), im2)
            else:
                self.img.paste(im2.convert("RGB"), (self.px(x), self.px(y)))
        else:
            from reportlab.lib.utils import ImageReader

            buf = io.BytesIO()
            im.save(buf, "PNG")
            buf.seek(0)
            self.c.drawImage(
                ImageReader(buf), x * MM, (self.h - y - h) * MM, w * MM, h * MM, mask="auto"
            )
        return h

    def hand(self, x, y, s, rng, font="h_ruf", size=13, color="#1b2a7a", anchor="l", slant=0.0):
        """Handwritten text, baseline at y (mm)."""
        dpi = self.dpi if self.backend == "pil" else 300
        im, base = hand_img(s, rng, font, int(size * dpi / 72), color, slant)
        w = im.width * 25.4 / dpi
        h = im.height * 25.4 / dpi
        if anchor == "r":
            x -= w
        elif anchor == "c":
            x -= w / 2
        self.image(x, y - base * 25.4 / dpi, w, h, im)
        return w

    def para(
        self, x, y, text, wmax, font="sans", size=9, lead=None, color="#000000", justify=False
    ):
        """Wrapped paragraph; returns y after the last line."""
        lead = lead or size * 0.42
        for ln in wrap(text, wmax, lambda s: self.width(s, font, size)):
            self.text(x, y, ln, font, size, color)
            y += lead
        return y


def wrap(text: str, wmax: float, meas) -> list[str]:
    out: list[str] = []
    for para in text.split("\n"):
        cur = ""
        for word in para.split(" "):
            t = (cur + " " + word).strip()
            if meas(t) <= wmax or not cur:
                cur = t
            else:
                out.append(cur)
                cur = word
        out.append(cur)
    return out


# ---------------------------------------------------------------- handwriting


def hand_img(s: str, rng: random.Random, font: str, px: int, color, slant=0.0):
    """Render text glyph by glyph with jitter; returns (RGBA image, baseline px from top)."""
    f = pil_font(font, px)
    pad = px
    width = int(f.getlength(s) * 1.15) + 2 * pad
    im = Image.new("RGBA", (width, px * 3), (0, 0, 0, 0))
    base = int(px * 1.9)
    x = pad
    col = rgb(color)
    drift = rng.uniform(-0.03, 0.03) * px
    for i, ch in enumerate(s):
        adv = f.getlength(ch)
        if ch == " ":
            x += adv * rng.uniform(0.9, 1.4)
            continue
        sc = rng.uniform(0.93, 1.07)
        g = pil_font(font, int(px * sc))
        gi = Image.new("RGBA", (int(px * 2.2), int(px * 3)), (0, 0, 0, 0))
        gd = ImageDraw.Draw(gi)
        a = rng.randint(200, 255)
        gd.text((int(px * 0.5), int(px * 1.9)), ch, font=g, fill=col + (a,), anchor="ls")
        gi = gi.rotate(
            rng.uniform(-5, 5) - slant,
            resample=Image.BICUBIC,
            center=(int(px * 0.5), int(px * 1.9)),
        )
        dy = int(rng.gauss(0, px * 0.035) + drift * i / max(1, len(s)))
        im.alpha_composite(gi, (int(x - px * 0.5), base - int(px * 1.9) + dy))
        x += adv * sc + rng.uniform(-0.04, 0.06) * px
    bbox = im.getbbox() or (0, 0, 1, 1)
    x0, y0, x1, y1 = bbox
    y0 = min(y0, base - px)
    y1 = max(y1, base + 2)
    return im.crop((x0, y0, x1, y1)), base - y0


def signature_img(rng: random.Random, w=600, h=220, color=(20, 30, 110), width=4.0):
    """A pen signature made of polylines: initial loop, cursive waves, flourish."""
    ss = 3
    im = Image.new("RGBA", (w * ss, h * ss), (0, 0, 0, 0))
    d = ImageDraw.Draw(im)
    col = tuple(color) + (235,)
    pts = []
    cx, cy = w * 0.18, h * 0.5
    r1, r2 = h * rng.uniform(0.25, 0.38), w * rng.uniform(0.06, 0.1)
    a0 = rng.uniform(0, 1)
    for i in range(60):
        t = a0 + i / 59 * 2 * math.pi * 1.15
        pts.append((cx + r2 * math.cos(t) * (1 + 0.2 * math.sin(3 * t)), cy - r1 * math.sin(t)))
    n = rng.randint(4, 8)
    x = pts[-1][0]
    amp = h * rng.uniform(0.12, 0.22)
    span = w * rng.uniform(0.5, 0.65)
    ph = rng.uniform(0, 3)
    for i in range(160):
        t = i / 159
        yy = cy + h * 0.08 - amp * abs(math.sin(n * math.pi * t + ph)) * (1 - 0.4 * t)
        yy += h * 0.05 * math.sin(7 * t + ph)
        pts.append((x + span * t, yy))
    xe, ye = pts[-1]
    back = rng.uniform(0.55, 0.85)
    for i in range(50):
        t = i / 49
        pts.append(
            (
                xe + w * 0.08 * math.sin(t * math.pi) - back * span * t,
                ye + h * 0.28 * math.sin(t * math.pi * 0.9) + h * 0.05 * t,
            )
        )
    pts = [(px * ss + rng.gauss(0, 0.6) * ss, py * ss + rng.gauss(0, 0.6) * ss) for px, py in pts]
    for i in range(len(pts) - 1):
        ww = width * ss * (0.7 + 0.5 * math.sin(i / 9.0 + ph) ** 2)
        d.line([pts[i], pts[i + 1]], fill=col, width=max(1, int(ww)))
    if rng.random() < 0.6:
        dx = rng.uniform(0.55, 0.8) * w * ss
        d.ellipse(
            [dx - 5 * ss, h * 0.3 * ss - 5 * ss, dx + 5 * ss, h * 0.3 * ss + 5 * ss], fill=col
        )
    im = im.resize((w, h), Image.LANCZOS)
    return im


# ---------------------------------------------------------------- stamps, photos, textures


def stamp_img(
    rng: random.Random,
    ring: str,
    center: list[str],
    color=(40, 60, 160),
    diam=520,
    font="sansb",
    center_font=None,
    ring2: str = "",
):
    im = Image.new("RGBA", (diam, diam), (0, 0, 0, 0))
    d = ImageDraw.Draw(im)
    col = tuple(color) + (255,)
    c = diam / 2
    lw = max(3, diam // 90)
    d.ellipse([lw, lw, diam - lw, diam - lw], outline=col, width=lw)
    d.ellipse([diam * 0.17, diam * 0.17, diam * 0.83, diam * 0.83], outline=col, width=lw // 2 + 1)
    fpx = int(diam * 0.075)
    f = pil_font(font, fpx)

    def ring_text(txt, top=True):
        total = sum(f.getlength(ch) for ch in txt)
        r = diam * 0.38
        span = min(total / r, math.pi * (1.75 if not ring2 else 0.95))
        scale = span / max(total / r, 1e-6)
        ang = -math.pi / 2 - span / 2 if top else math.pi / 2 + span / 2
        for ch in txt:
            a_w = f.getlength(ch) / r * scale
            a = ang + (a_w / 2 if top else -a_w / 2)
            g = Image.new("RGBA", (fpx * 2, fpx * 2), (0, 0, 0, 0))
            ImageDraw.Draw(g).text((fpx, fpx), ch, font=f, fill=col, anchor="mm")
            rot = -math.degrees(a) - 90 if top else -math.degrees(a) + 90
            g = g.rotate(rot, resample=Image.BICUBIC)
            px_, py_ = c + r * math.cos(a), c + r * math.sin(a)
            im.alpha_composite(g, (int(px_ - fpx), int(py_ - fpx)))
            ang += a_w if top else -a_w

    ring_text(ring, True)
    if ring2:
        ring_text(ring2, False)
    cf = center_font or font
    n = len(center)
    for i, ln in enumerate(center):
        size = int(diam * (0.085 if n <= 2 else 0.065))
        ff = pil_font(cf, size)
        while ff.getlength(ln) > diam * 0.6 and size > 8:
            size -= 2
            ff = pil_font(cf, size)
        kw = {"direction": "rtl", "language": "ar"} if cf in RTL_FONTS else {}
        d.text((c, c + (i - (n - 1) / 2) * diam * 0.1), ln, font=ff, fill=col, anchor="mm", **kw)
    arr = np.array(im)
    gen = np.random.default_rng(rng.randint(0, 2**31))
    low = Image.fromarray((gen.random((diam // 8, diam // 8)) * 255).astype(np.uint8))
    noise = np.array(low.resize((diam, diam), Image.BICUBIC)).astype(float) / 255
    keep = (noise * 0.7 + 0.45 + gen.normal(0, 0.08, noise.shape)).clip(0, 1)
    arr[..., 3] = (arr[..., 3] * keep * rng.uniform(0.7, 0.9)).astype(np.uint8)
    out = Image.fromarray(arr).rotate(rng.uniform(-25, 25), resample=Image.BICUBIC)
    return out


def rect_stamp(rng: random.Random, lines: list[str], color=(40, 60, 160), w=700, font="sansb"):
    h = int(len(lines) * w * 0.085 + w * 0.06)
    im = Image.new("RGBA", (w, h), (0, 0, 0, 0))
    d = ImageDraw.Draw(im)
    col = tuple(color) + (255,)
    d.rectangle([3, 3, w - 4, h - 4], outline=col, width=max(3, w // 150))
    for i, ln in enumerate(lines):
        size = int(w * 0.06)
        f = pil_font(font, size)
        while f.getlength(ln) > w * 0.9 and size > 8:
            size -= 2
            f = pil_font(font, size)
        kw = {"direction": "rtl", "language": "ar"} if font in RTL_FONTS else {}
        d.text((w / 2, w * 0.03 + (i + 0.5) * w * 0.085), ln, font=f, fill=col, anchor="mm", **kw)
    arr = np.array(im)
    gen = np.random.default_rng(rng.randint(0, 2**31))
    keep = (0.75 + gen.normal(0, 0.15, arr.shape[:2])).clip(0.2, 1)
    arr[..., 3] = (arr[..., 3] * keep).astype(np.uint8)
    return Image.fromarray(arr).rotate(rng.uniform(-6, 6), expand=True, resample=Image.BICUBIC)


def face_img(
    rng: random.Random,
    w=350,
    h=450,
    skin=(150, 105, 75),
    hair=(25, 20, 18),
    bg=(225, 228, 232),
    long_hair=False,
    grey=False,
):
    im = Image.new("RGB", (w, h), bg)
    d = ImageDraw.Draw(im)
    sk = tuple(int(v * rng.uniform(0.95, 1.05)) for v in skin)
    shirt = tuple(rng.randint(30, 120) for _ in range(3))
    if long_hair:
        d.ellipse([w * 0.2, h * 0.12, w * 0.8, h * 0.85], fill=hair)
    d.ellipse([w * 0.05, h * 0.78, w * 0.95, h * 1.3], fill=shirt)
    d.rectangle([w * 0.42, h * 0.6, w * 0.58, h * 0.82], fill=sk)
    d.ellipse([w * 0.28, h * 0.2, w * 0.72, h * 0.72], fill=sk)
    d.chord([w * 0.27, h * 0.15, w * 0.73, h * 0.5], 180, 360, fill=hair)
    for ex in (0.4, 0.6):
        d.ellipse([w * ex - 9, h * 0.44 - 4, w * ex + 9, h * 0.44 + 4], fill=(40, 30, 30))
    d.line([w * 0.44, h * 0.6, w * 0.56, h * 0.6], fill=(110, 60, 55), width=4)
    im = im.filter(ImageFilter.GaussianBlur(1.5))
    if grey:
        im = im.convert("L").convert("RGB")
    return im


def guilloche(page: Page, x, y, w, h, rng: random.Random, color="#c9d6e8", n=14, width=0.12):
    for k in range(n):
        ph = rng.uniform(0, 6.28)
        amp = h * rng.uniform(0.04, 0.12)
        fr = rng.uniform(1.5, 4)
        yy = y + h * (k + 0.5) / n
        prev = None
        steps = 90
        for i in range(steps + 1):
            xx = x + w * i / steps
            cur = (xx, yy + amp * math.sin(fr * 6.28 * i / steps + ph))
            if prev:
                page.line(prev[0], prev[1], cur[0], cur[1], width, color)
            prev = cur
