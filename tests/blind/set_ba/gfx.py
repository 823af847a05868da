"""Drawing: one page API (mm, y from top, text on baseline) over Pillow or reportlab."""

from __future__ import annotations

import io
import math
import random

from PIL import Image, ImageDraw, ImageFilter, ImageFont
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas as rl_canvas

T = "/usr/share/fonts/truetype/"
OT = "/usr/share/fonts/opentype/"
FONTS = {
    "sans": T + "liberation/LiberationSans-Regular.ttf",
    "sansb": T + "liberation/LiberationSans-Bold.ttf",
    "sansi": T + "liberation/LiberationSans-Italic.ttf",
    "narrow": T + "liberation/LiberationSansNarrow-Regular.ttf",
    "serif": T + "liberation/LiberationSerif-Regular.ttf",
    "serifb": T + "liberation/LiberationSerif-Bold.ttf",
    "serifi": T + "liberation/LiberationSerif-Italic.ttf",
    "dv": T + "dejavu/DejaVuSans.ttf",
    "dvb": T + "dejavu/DejaVuSans-Bold.ttf",
    "dvc": T + "dejavu/DejaVuSansCondensed.ttf",
    "dvs": T + "dejavu/DejaVuSerif.ttf",
    "dvsb": T + "dejavu/DejaVuSerif-Bold.ttf",
    "mono": T + "liberation/LiberationMono-Regular.ttf",
    "open": T + "open-sans/OpenSans-Regular.ttf",
    "openb": T + "open-sans/OpenSans-Bold.ttf",
    "roboto": T + "roboto/unhinted/RobotoTTF/Roboto-Regular.ttf",
    "robotob": T + "roboto/unhinted/RobotoTTF/Roboto-Bold.ttf",
    "free": T + "freefont/FreeSans.ttf",
    "freeb": T + "freefont/FreeSansBold.ttf",
    "hand": T + "fifthhorseman/dkg.ttf",
    # Pillow only (CFF / TTC):
    "cjk": T + "wqy/wqy-zenhei.ttc",
    "ocrb": OT + "ocr-b/OCRB.otf",
    "script": OT + "dancingscript/DancingScript-Regular.otf",
    "kaushan": OT + "kaushanscript/KaushanScript-Regular.otf",
}
_PIL_ONLY = {"cjk", "ocrb", "script", "kaushan"}
_cache: dict = {}
_registered: set = set()
MM = 72 / 25.4


def pil_font(name: str, px: float) -> ImageFont.FreeTypeFont:
    key = (name, int(round(px)))
    if key not in _cache:
        _cache[key] = ImageFont.truetype(FONTS[name], max(4, key[1]))
    return _cache[key]


def rgb(c):
    if isinstance(c, str):
        c = c.lstrip("#")
        return tuple(int(c[i : i + 2], 16) for i in (0, 2, 4))
    return tuple(c)


class Page:
    """Abstract page; subclasses draw on Pillow or reportlab."""

    def __init__(self, w_mm=210.0, h_mm=297.0):
        self.w, self.h = w_mm, h_mm

    def para(self, x, y, width, s, font="sans", size=9, lead=None, color=(0, 0, 0)):
        """Greedy word wrap; returns the y after the paragraph."""
        lead = lead or size * 0.42
        for raw in s.split("\n"):
            line = ""
            for word in raw.split(" "):
                cand = (line + " " + word).strip()
                if self.width(cand, font, size) > width and line:
                    self.text(x, y, line, font, size, color)
                    y += lead
                    line = word
                else:
                    line = cand
            self.text(x, y, line, font, size, color)
            y += lead
        return y


class PilPage(Page):
    def __init__(self, w_mm=210.0, h_mm=297.0, dpi=200, bg=(255, 255, 255)):
        super().__init__(w_mm, h_mm)
        self.dpi = dpi
        self.k = dpi / 25.4
        self.img = Image.new("RGB", (int(w_mm * self.k), int(h_mm * self.k)), bg)
        self.d = ImageDraw.Draw(self.img)

    def p(self, v):
        return v * self.k

    def _f(self, font, size):
        return pil_font(font, size / 72 * self.dpi)

    def width(self, s, font="sans", size=9):
        return self._f(font, size).getlength(s) / self.k

    def text(self, x, y, s, font="sans", size=9, color=(0, 0, 0), align="l"):
        f = self._f(font, size)
        anchor = {"l": "ls", "c": "ms", "r": "rs"}[align]
        self.d.text((self.p(x), self.p(y)), s, font=f, fill=rgb(color), anchor=anchor)

    def line(self, x1, y1, x2, y2, w=0.25, color=(0, 0, 0), dash=None):
        pw = max(1, int(round(self.p(w))))
        if not dash:
            self.d.line([(self.p(x1), self.p(y1)), (self.p(x2), self.p(y2))], rgb(color), pw)
            return
        n = max(1, int(math.hypot(x2 - x1, y2 - y1) / (2 * dash)))
        for i in range(n):
            a, b = i / n, (i + 0.5) / n
            self.d.line(
                [
                    (self.p(x1 + (x2 - x1) * a), self.p(y1 + (y2 - y1) * a)),
                    (self.p(x1 + (x2 - x1) * b), self.p(y1 + (y2 - y1) * b)),
                ],
                rgb(color),
                pw,
            )

    def rect(self, x, y, w, h, stroke=(0, 0, 0), fill=None, lw=0.25):
        box = [self.p(x), self.p(y), self.p(x + w), self.p(y + h)]
        pw = max(1, int(round(self.p(lw)))) if stroke else 0
        self.d.rectangle(
            box, fill=rgb(fill) if fill else None, outline=rgb(stroke) if stroke else None, width=pw
        )

    def image(self, im, x, y, w=None, h=None):
        """Paste a Pillow image (RGBA alpha respected); give w or h in mm."""
        if w is None:
            w = h * im.width / im.height
        if h is None:
            h = w * im.height / im.width
        im2 = im.resize((max(1, int(self.p(w))), max(1, int(self.p(h)))), Image.LANCZOS)
        if im2.mode == "RGBA":
            self.img.paste(im2, (int(self.p(x)), int(self.p(y))), im2)
        else:
            self.img.paste(im2.convert("RGB"), (int(self.p(x)), int(self.p(y))))

    def hand(self, x, y, s, size=12, rng=None, color=(20, 30, 110), font="hand", slant=0.0):
        """Handwritten text: per-glyph jitter in position, size and angle."""
        rng = rng or random.Random(0)
        cx = self.p(x)
        for ch in s:
            px = size / 72 * self.dpi * rng.uniform(0.93, 1.07)
            f = pil_font(font, px)
            if ch == " ":
                cx += f.getlength(" ") * rng.uniform(0.8, 1.2)
                continue
            bw = int(f.getlength(ch)) + int(px)
            tile = Image.new("L", (bw + 4, int(px * 1.8)), 0)
            ImageDraw.Draw(tile).text((2, int(px * 1.3)), ch, font=f, fill=255, anchor="ls")
            ang = rng.uniform(-5, 5) + slant
            tile = tile.rotate(ang, resample=Image.BICUBIC, expand=False)
            dy = rng.uniform(-0.06, 0.06) * px
            ink = Image.new("RGB", tile.size, rgb(color))
            self.img.paste(ink, (int(cx - 2), int(self.p(y) - px * 1.3 + dy)), tile)
            cx += f.getlength(ch) * rng.uniform(0.96, 1.06)
        return (cx - self.p(x)) / self.k


class PdfPage(Page):
    def __init__(self, c, w_mm=210.0, h_mm=297.0):
        super().__init__(w_mm, h_mm)
        self.c = c

    def _font(self, font):
        if font in _PIL_ONLY:
            font = "dv"
        if font not in _registered:
            pdfmetrics.registerFont(TTFont(font, FONTS[font]))
            _registered.add(font)
        return font

    def width(self, s, font="sans", size=9):
        return pdfmetrics.stringWidth(s, self._font(font), size) / MM

    def text(self, x, y, s, font="sans", size=9, color=(0, 0, 0), align="l"):
        c = self.c
        c.setFont(self._font(font), size)
        c.setFillColorRGB(*[v / 255 for v in rgb(color)])
        X, Y = x * MM, (self.h - y) * MM
        {"l": c.drawString, "c": c.drawCentredString, "r": c.drawRightString}[align](X, Y, s)

    def line(self, x1, y1, x2, y2, w=0.25, color=(0, 0, 0), dash=None):
        c = self.c
        c.setLineWidth(w * MM)
        c.setStrokeColorRGB(*[v / 255 for v in rgb(color)])
        c.setDash(dash * MM, dash * MM) if dash else c.setDash()
        c.line(x1 * MM, (self.h - y1) * MM, x2 * MM, (self.h - y2) * MM)
        c.setDash()

    def rect(self, x, y, w, h, stroke=(0, 0, 0), fill=None, lw=0.25):
        c = self.c
        c.setLineWidth(lw * MM)
        if stroke:
            c.setStrokeColorRGB(*[v / 255 for v in rgb(stroke)])
        if fill:
            c.setFillColorRGB(*[v / 255 for v in rgb(fill)])
        c.rect(
            x * MM,
            (self.h - y - h) * MM,
            w * MM,
            h * MM,
            stroke=1 if stroke else 0,
            fill=1 if fill else 0,
        )

    def image(self, im, x, y, w=None, h=None):
        if w is None:
            w = h * im.width / im.height
        if h is None:
            h = w * im.height / im.width
        buf = io.BytesIO()
        im.save(buf, "PNG")
        buf.seek(0)
        self.c.drawImage(
            ImageReader(buf), x * MM, (self.h - y - h) * MM, w * MM, h * MM, mask="auto"
        )


def pdf_doc(path, pages_fn, title="", w_mm=210.0, h_mm=297.0):
    """pages_fn: list of callables f(page). Writes a text PDF (deterministic)."""
    c = rl_canvas.Canvas(str(path), pagesize=(w_mm * MM, h_mm * MM), invariant=1)
    c.setTitle(title)
    c.setCreator("")
    c.setProducer("")
    for fn in pages_fn:
        fn(PdfPage(c, w_mm, h_mm))
        c.showPage()
    c.save()


def render(pages_fn, dpi=200, w_mm=210.0, h_mm=297.0, bg=(255, 255, 255)):
    out = []
    for fn in pages_fn:
        pg = PilPage(w_mm, h_mm, dpi, bg)
        fn(pg)
        out.append(pg.img)
    return out


# ---------------------------------------------------------------- ink


def signature(rng: random.Random, name: str, h_px=160, color=(15, 25, 90)):
    """A handwritten-looking signature: script initial + cursive scribble + flourish."""
    w_px = int(h_px * rng.uniform(2.6, 3.6))
    im = Image.new("RGBA", (w_px, h_px), (0, 0, 0, 0))
    d = ImageDraw.Draw(im)
    col = rgb(color) + (255,)
    fnt = pil_font(rng.choice(["script", "kaushan"]), h_px * 0.55)
    d.text((int(h_px * 0.1), int(h_px * 0.62)), name[:1].upper(), font=fnt, fill=col, anchor="ls")
    # cursive scribble: sum of sines along x
    x0 = h_px * 0.45
    x1 = w_px * rng.uniform(0.78, 0.92)
    n = 260
    f1, f2 = rng.uniform(0.09, 0.16), rng.uniform(0.02, 0.05)
    ph = rng.uniform(0, 6)
    amp = h_px * rng.uniform(0.14, 0.22)
    pts = []
    for i in range(n):
        t = i / (n - 1)
        x = x0 + (x1 - x0) * t + math.sin(i * f1 * 2 + ph) * h_px * 0.05
        y = h_px * 0.52 - abs(math.sin(i * f1 + ph)) * amp - math.sin(i * f2) * amp * 0.4
        pts.append((x, y + t * h_px * 0.05))
    wid = max(2, int(h_px / 45))
    for i in range(n - 1):
        d.line([pts[i], pts[i + 1]], fill=col, width=wid + (1 if i % 37 < 12 else 0))
    # flourish under the name
    ya = h_px * rng.uniform(0.66, 0.78)
    fl = [
        (h_px * 0.15 + (w_px * 0.85) * t, ya + math.sin(t * math.pi * rng.uniform(0.8, 1.3)) * 10)
        for t in [i / 40 for i in range(41)]
    ]
    d.line(fl, fill=col, width=wid, joint="curve")
    return im.filter(ImageFilter.GaussianBlur(0.6))


def round_stamp(
    rng, outer: str, center: list, color=(40, 60, 160), d_px=380, font="sansb", star=False
):
    im = Image.new("RGBA", (d_px, d_px), (0, 0, 0, 0))
    dr = ImageDraw.Draw(im)
    col = rgb(color) + (235,)
    r = d_px / 2 - 4
    c = d_px / 2
    dr.ellipse([c - r, c - r, c + r, c + r], outline=col, width=max(3, d_px // 70))
    r2 = r * 0.70
    dr.ellipse([c - r2, c - r2, c + r2, c + r2], outline=col, width=max(2, d_px // 130))
    n = max(1, len(outer))
    fpx = r * 0.17 * min(1.0, 26 / n)
    f = pil_font(font, fpx)
    span = min(340.0, n * 12.5 * min(1.0, 26 / n))
    for i, ch in enumerate(outer):
        ang = -90 - span / 2 + span * (i + 0.5) / n
        tile = Image.new("L", (int(fpx * 1.6), int(fpx * 1.6)), 0)
        ImageDraw.Draw(tile).text((fpx * 0.8, fpx * 0.8), ch, font=f, fill=255, anchor="mm")
        tile = tile.rotate(-(ang + 90), resample=Image.BICUBIC)
        rr = r * 0.85
        px = c + rr * math.cos(math.radians(ang)) - tile.width / 2
        py = c + rr * math.sin(math.radians(ang)) - tile.height / 2
        im.paste(Image.new("RGBA", tile.size, col), (int(px), int(py)), tile)
    if star:
        pts = []
        for k in range(10):
            rr = r2 * (0.55 if k % 2 == 0 else 0.22)
            a = math.radians(-90 + k * 36)
            pts.append((c + rr * math.cos(a), c - r2 * 0.1 + rr * math.sin(a)))
        dr.polygon(pts, fill=col)
    fc = pil_font(font, r * 0.15)
    y = c - (len(center) - 1) * r * 0.09 + (r2 * 0.45 if star else 0)
    for ln in center:
        dr.text((c, y), ln, font=fc, fill=col, anchor="mm")
        y += r * 0.19
    return ink_noise(im, rng)


def rect_stamp(rng, lines: list, color=(30, 50, 150), w_px=560, font="sansb"):
    h_px = int(w_px * (0.14 + 0.1 * len(lines)))
    im = Image.new("RGBA", (w_px, h_px), (0, 0, 0, 0))
    dr = ImageDraw.Draw(im)
    col = rgb(color) + (230,)
    dr.rounded_rectangle([3, 3, w_px - 4, h_px - 4], radius=12, outline=col, width=5)
    step = (h_px - 20) / len(lines)
    for i, ln in enumerate(lines):
        size = step * (0.62 if i == 0 else 0.52)
        f = pil_font(font if i == 0 else "sans", size)
        while f.getlength(ln) > w_px - 30 and size > 8:
            size -= 1
            f = pil_font(font if i == 0 else "sans", size)
        dr.text((w_px / 2, 10 + step * (i + 0.5)), ln, font=f, fill=col, anchor="mm")
    return ink_noise(im, rng)


def ink_noise(im, rng):
    """Uneven stamp ink: random patches of lower alpha."""
    import numpy as np

    a = np.array(im)
    g = np.random.default_rng(rng.randrange(1 << 30))
    low = g.random((max(1, a.shape[0] // 12), max(1, a.shape[1] // 12)))
    low = np.array(
        Image.fromarray((low * 255).astype("uint8")).resize(im.size[::1], Image.BILINEAR)
    )
    fac = 0.45 + 0.55 * (low / 255.0)
    a[..., 3] = (a[..., 3] * fac).astype("uint8")
    return Image.fromarray(a).rotate(rng.uniform(-12, 12), resample=Image.BICUBIC, expand=True)


def guilloche(w_px, h_px, rng, color=(200, 220, 210), lines=28):
    im = Image.new("RGB", (w_px, h_px), (248, 250, 246))
    d = ImageDraw.Draw(im)
    for k in range(lines):
        ph = rng.uniform(0, 6.28)
        fr = rng.uniform(2, 5) * 6.28 / w_px
        amp = h_px * rng.uniform(0.04, 0.12)
        y0 = h_px * k / lines
        pts = [(x, y0 + amp * math.sin(x * fr + ph)) for x in range(0, w_px + 8, 8)]
        d.line(pts, fill=color, width=2)
    return im


def face(w_px, h_px, rng, skin=(150, 110, 80)):
    """A neutral ID photo: plain background, head and shoulders silhouette."""
    im = Image.new("RGB", (w_px, h_px), (226, 230, 234))
    d = ImageDraw.Draw(im)
    cx = w_px / 2
    d.ellipse([cx - w_px * 0.45, h_px * 0.72, cx + w_px * 0.45, h_px * 1.35], fill=(50, 55, 70))
    d.rectangle([cx - w_px * 0.1, h_px * 0.55, cx + w_px * 0.1, h_px * 0.8], fill=skin)
    d.ellipse([cx - w_px * 0.24, h_px * 0.18, cx + w_px * 0.24, h_px * 0.68], fill=skin)
    hair = (25, 20, 18)
    d.chord([cx - w_px * 0.26, h_px * 0.12, cx + w_px * 0.26, h_px * 0.5], 180, 360, fill=hair)
    for sx in (-1, 1):
        d.ellipse(
            [cx + sx * w_px * 0.1 - 6, h_px * 0.40 - 4, cx + sx * w_px * 0.1 + 6, h_px * 0.40 + 4],
            fill=(30, 30, 30),
        )
    d.line(
        [cx - w_px * 0.07, h_px * 0.58, cx + w_px * 0.07, h_px * 0.58], fill=(110, 60, 60), width=3
    )
    return im.filter(ImageFilter.GaussianBlur(1.2))
