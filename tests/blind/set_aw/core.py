"""Page model (ops in mm, origin top-left), rendering to a text PDF or a Pillow image,
handwriting, signatures and rubber stamps."""

import math
import random

from PIL import Image, ImageDraw, ImageFilter, ImageFont
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

A4 = (210.0, 297.0)
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
    "narrow": TT + "liberation/LiberationSansNarrow-Regular.ttf",
    "narrowb": TT + "liberation/LiberationSansNarrow-Bold.ttf",
    "dv": TT + "dejavu/DejaVuSans.ttf",
    "dvb": TT + "dejavu/DejaVuSans-Bold.ttf",
    "dvc": TT + "dejavu/DejaVuSansCondensed.ttf",
    "dvcb": TT + "dejavu/DejaVuSansCondensed-Bold.ttf",
    "dvs": TT + "dejavu/DejaVuSerif.ttf",
    "dvsb": TT + "dejavu/DejaVuSerif-Bold.ttf",
}
# Pillow-only faces (CFF .otf): used for images, handwriting and MRZ
PIL_ONLY = {
    "ocrb": OT + "ocr-b/OCRB.otf",
    "gothic": OT + "urw-base35/URWGothic-Book.otf",
    "gothicb": OT + "urw-base35/URWGothic-Demi.otf",
    "bookman": OT + "urw-base35/URWBookman-Light.otf",
    "chancery": OT + "urw-base35/Z003-MediumItalic.otf",
}
HANDS = {
    "dkg": TT + "fifthhorseman/dkg.ttf",
    "breip": TT + "breip/Breip.ttf",
    "dancing": OT + "dancingscript/DancingScript-Regular.otf",
    "kaushan": OT + "kaushanscript/KaushanScript-Regular.otf",
    "comic": OT + "comic-neue/ComicNeue-Regular.otf",
    "z003": OT + "urw-base35/Z003-MediumItalic.otf",
}
_REG = set()
_PILF = {}


def reg(key):
    if key not in _REG:
        pdfmetrics.registerFont(TTFont("F_" + key, FONTS[key]))
        _REG.add(key)
    return "F_" + key


def pfont(key, px):
    px = max(4, int(round(px)))
    k = (key, px)
    if k not in _PILF:
        path = FONTS.get(key) or PIL_ONLY.get(key) or HANDS[key]
        _PILF[k] = ImageFont.truetype(path, px)
    return _PILF[k]


def text_w(s, key, size_pt):
    """Width of a string in mm."""
    if key in FONTS:
        return pdfmetrics.stringWidth(s, reg(key), size_pt) / 72 * 25.4
    f = pfont(key, size_pt * 10)
    return f.getlength(s) / 10 / 72 * 25.4


def wrap(s, key, size, width):
    lines, cur = [], ""
    for word in s.split():
        t = (cur + " " + word).strip()
        if text_w(t, key, size) > width and cur:
            lines.append(cur)
            cur = word
        else:
            cur = t
    if cur:
        lines.append(cur)
    return lines


class Page:
    """One page; all positions in mm from the top-left corner."""

    def __init__(self, size=A4, bg=(255, 255, 255)):
        self.w, self.h = size
        self.bg = bg
        self.ops = []

    def text(self, x, y, s, size=9, font="sans", color=(0, 0, 0), anchor="l"):
        self.ops.append(("text", x, y, str(s), size, font, color, anchor))
        return text_w(str(s), font, size)

    def para(self, x, y, w, s, size=8, font="sans", color=(0, 0, 0), lead=1.25):
        step = size * lead * 25.4 / 72
        for ln in wrap(s, font, size, w):
            self.text(x, y, ln, size, font, color)
            y += step
        return y

    def rect(self, x, y, w, h, stroke=(0, 0, 0), fill=None, lw=0.25):
        self.ops.append(("rect", x, y, w, h, stroke, fill, lw))

    def line(self, x1, y1, x2, y2, color=(0, 0, 0), lw=0.25, dash=False):
        self.ops.append(("line", x1, y1, x2, y2, color, lw, dash))

    def img(self, x, y, w, h, im):
        self.ops.append(("img", x, y, w, h, im))

    def circle(self, x, y, r, stroke=(0, 0, 0), fill=None, lw=0.25):
        self.ops.append(("circle", x, y, r, stroke, fill, lw))

    def hand(self, x, y, s, size_mm=4.2, font="dkg", color=(20, 30, 110), seed=0, slant=0.0):
        im = hand_image(s, size_mm, font, color, seed, slant=slant)
        h = size_mm * 2.0
        w = im.width / im.height * h
        self.img(x, y - size_mm * 1.3, w, h, im)
        return w

    def checkbox(self, x, y, s=3.2, checked=False, lw=0.3):
        self.rect(x, y, s, s, lw=lw)
        if checked:
            self.text(x + 0.45, y + s - 0.45, "X", s * 2.6, "sansb")


def render_pdf(pages, path, title="document", author=""):
    size = (pages[0].w / 25.4 * 72, pages[0].h / 25.4 * 72)
    c = canvas.Canvas(path, pagesize=size, invariant=1)
    c.setTitle(title)
    c.setAuthor(author)
    for p in pages:
        k = 72 / 25.4
        ph = p.h * k
        if p.bg != (255, 255, 255):
            c.setFillColorRGB(*[v / 255 for v in p.bg])
            c.rect(0, 0, p.w * k, ph, stroke=0, fill=1)
        for op in p.ops:
            kind = op[0]
            if kind == "text":
                _, x, y, s, size, font, color, anchor = op
                c.setFillColorRGB(*[v / 255 for v in color])
                if font not in FONTS:
                    font = "sans"
                c.setFont(reg(font), size)
                fn = {"l": c.drawString, "r": c.drawRightString, "c": c.drawCentredString}
                fn[anchor](x * k, ph - y * k, s)
            elif kind == "rect":
                _, x, y, w, h, stroke, fill, lw = op
                c.setLineWidth(lw * k)
                if stroke:
                    c.setStrokeColorRGB(*[v / 255 for v in stroke])
                if fill:
                    c.setFillColorRGB(*[v / 255 for v in fill])
                c.rect(
                    x * k,
                    ph - (y + h) * k,
                    w * k,
                    h * k,
                    stroke=1 if stroke else 0,
                    fill=1 if fill else 0,
                )
            elif kind == "circle":
                _, x, y, r, stroke, fill, lw = op
                c.setLineWidth(lw * k)
                c.setStrokeColorRGB(*[v / 255 for v in (stroke or (0, 0, 0))])
                if fill:
                    c.setFillColorRGB(*[v / 255 for v in fill])
                c.circle(x * k, ph - y * k, r * k, stroke=1 if stroke else 0, fill=1 if fill else 0)
            elif kind == "line":
                _, x1, y1, x2, y2, color, lw, dash = op
                c.setLineWidth(lw * k)
                c.setStrokeColorRGB(*[v / 255 for v in color])
                c.setDash(1, 1.5) if dash else c.setDash()
                c.line(x1 * k, ph - y1 * k, x2 * k, ph - y2 * k)
                c.setDash()
            elif kind == "img":
                _, x, y, w, h, im = op
                c.drawImage(ImageReader(im), x * k, ph - (y + h) * k, w * k, h * k, mask="auto")
        c.showPage()
    c.save()


def render_image(page, dpi=200):
    s = dpi / 25.4
    W, H = int(page.w * s), int(page.h * s)
    im = Image.new("RGB", (W, H), page.bg)
    d = ImageDraw.Draw(im)
    for op in page.ops:
        kind = op[0]
        if kind == "text":
            _, x, y, txt, size, font, color, anchor = op
            f = pfont(font, size / 72 * dpi)
            d.text(
                (x * s, y * s),
                txt,
                font=f,
                fill=color,
                anchor={"l": "ls", "r": "rs", "c": "ms"}[anchor],
            )
        elif kind == "rect":
            _, x, y, w, h, stroke, fill, lw = op
            d.rectangle(
                [x * s, y * s, (x + w) * s, (y + h) * s],
                fill=fill,
                outline=stroke,
                width=max(1, int(round(lw * s))) if stroke else 0,
            )
        elif kind == "circle":
            _, x, y, r, stroke, fill, lw = op
            d.ellipse(
                [(x - r) * s, (y - r) * s, (x + r) * s, (y + r) * s],
                fill=fill,
                outline=stroke,
                width=max(1, int(round(lw * s))),
            )
        elif kind == "line":
            _, x1, y1, x2, y2, color, lw, dash = op
            wpx = max(1, int(round(lw * s)))
            if dash:
                n = int(math.hypot(x2 - x1, y2 - y1) / 1.25)
                for i in range(0, n, 2):
                    a, b = i / n, min(1, (i + 0.8) / n)
                    d.line(
                        [
                            (x1 + (x2 - x1) * a) * s,
                            (y1 + (y2 - y1) * a) * s,
                            (x1 + (x2 - x1) * b) * s,
                            (y1 + (y2 - y1) * b) * s,
                        ],
                        fill=color,
                        width=wpx,
                    )
            else:
                d.line([x1 * s, y1 * s, x2 * s, y2 * s], fill=color, width=wpx)
        elif kind == "img":
            _, x, y, w, h, sub = op
            sub = sub.resize((max(1, int(w * s)), max(1, int(h * s))), Image.LANCZOS)
            if sub.mode == "RGBA":
                im.paste(sub, (int(x * s), int(y * s)), sub)
            else:
                im.paste(sub.convert("RGB"), (int(x * s), int(y * s)))
    return im


def hand_image(s, size_mm, font, color, seed, slant=0.0, dpi=300):
    """Pen-like text: glyph by glyph with jitter in size, baseline, angle and ink."""
    rng = random.Random(seed)
    px = size_mm / 25.4 * dpi
    H = int(px * 2.0)
    W = int(px * (0.75 * len(s) + 2)) + 10
    im = Image.new("RGBA", (W, H), (0, 0, 0, 0))
    x = px * 0.2
    base = px * 1.3
    drift = rng.uniform(-0.04, 0.04)
    for ch in s:
        if ch == " ":
            x += px * rng.uniform(0.32, 0.45)
            continue
        f = pfont(font if font in HANDS else "dkg", px * rng.uniform(0.92, 1.08) * 1.35)
        gw = int(f.getlength(ch)) + 8
        g = Image.new("RGBA", (gw + 16, H), (0, 0, 0, 0))
        gd = ImageDraw.Draw(g)
        ink = tuple(max(0, min(255, c + rng.randint(-18, 18))) for c in color)
        gd.text(
            (8, base + rng.uniform(-0.06, 0.06) * px),
            ch,
            font=f,
            fill=ink + (rng.randint(215, 255),),
            anchor="ls",
        )
        g = g.rotate(rng.uniform(-4, 4), resample=Image.BICUBIC, center=(8 + gw / 2, base))
        im.alpha_composite(g, (int(x) - 8, int(drift * x)))
        x += f.getlength(ch) * rng.uniform(0.94, 1.04)
    im = im.crop((0, 0, min(W, int(x + px * 0.4)), H))
    if slant:
        im = im.transform(
            im.size, Image.AFFINE, (1, slant, -slant * H / 2, 0, 1, 0), resample=Image.BICUBIC
        )
    return im.filter(ImageFilter.GaussianBlur(0.5))


def signature_image(name, seed, color=(15, 25, 95), font=None):
    """A handwritten signature: a script rendering of a name, slanted, with a flourish."""
    rng = random.Random(seed)
    font = font or rng.choice(["dancing", "kaushan", "z003"])
    im = hand_image(name, 6.5, font, color, seed, slant=-rng.uniform(0.15, 0.35))
    W, H = im.size
    canvas_ = Image.new("RGBA", (W + 80, H + 60), (0, 0, 0, 0))
    canvas_.alpha_composite(im, (20, 10))
    d = ImageDraw.Draw(canvas_)
    pts = []
    x0, y0 = 30 + rng.uniform(0, 30), H * 0.95 + rng.uniform(-5, 10)
    x1 = W + rng.uniform(20, 60)
    amp = rng.uniform(6, 16)
    for i in range(60):
        t = i / 59
        x = x0 + (x1 - x0) * t
        y = y0 - amp * math.sin(t * math.pi * rng.choice([1, 1.5])) + 6 * t
        pts.append((x, y))
    if rng.random() < 0.6:
        cx, cy = pts[-1]
        r = rng.uniform(10, 22)
        for i in range(30):
            a = i / 29 * math.pi * 1.7
            pts.append((cx - r * math.sin(a) * 0.7, cy - r + r * math.cos(a)))
    for i in range(len(pts) - 1):
        wdt = 2 + int(3 * math.sin(math.pi * i / len(pts)))
        d.line([pts[i], pts[i + 1]], fill=color + (235,), width=wdt)
    return canvas_.filter(ImageFilter.GaussianBlur(0.6))


def stamp_image(ring, center, diameter_mm=36, color=(60, 50, 150), seed=0, dpi=300):
    """Round rubber stamp: text along the ring, lines in the middle, patchy ink."""
    rng = random.Random(seed)
    D = int(diameter_mm / 25.4 * dpi)
    im = Image.new("RGBA", (D, D), (0, 0, 0, 0))
    d = ImageDraw.Draw(im)
    c = D / 2
    w = max(3, D // 90)
    d.ellipse([w, w, D - w, D - w], outline=color + (255,), width=w)
    d.ellipse([D * 0.17, D * 0.17, D * 0.83, D * 0.83], outline=color + (255,), width=w - 1)
    f = pfont("sansb", D * 0.085)
    r = D * 0.39
    n = len(ring)
    span = min(330, n * 10.5)
    for i, ch in enumerate(ring):
        a = math.radians(-90 - span / 2 + span * (i + 0.5) / n)
        g = Image.new("RGBA", (int(D * 0.12), int(D * 0.12)), (0, 0, 0, 0))
        ImageDraw.Draw(g).text(
            (g.width / 2, g.height / 2), ch, font=f, fill=color + (255,), anchor="mm"
        )
        g = g.rotate(-math.degrees(a) - 90, resample=Image.BICUBIC)
        im.alpha_composite(
            g, (int(c + r * math.cos(a) - g.width / 2), int(c + r * math.sin(a) - g.height / 2))
        )
    fs = D * 0.075
    f2 = pfont("sansb", fs)
    y = c - (len(center) - 1) * fs * 0.6
    for ln in center:
        d.text((c, y), ln, font=f2, fill=color + (255,), anchor="mm")
        y += fs * 1.2
    im = im.rotate(rng.uniform(-25, 25), resample=Image.BICUBIC)
    a = im.split()[3].point(lambda v: v * rng.uniform(0.7, 0.9))
    noise = Image.effect_noise((D, D), 90).point(lambda v: 255 if v > 95 else 120)
    from PIL import ImageChops

    im.putalpha(ImageChops.multiply(a, noise))
    return im.filter(ImageFilter.GaussianBlur(0.7))


def box_stamp(lines, w_mm, color=(40, 40, 140), seed=0, dpi=300):
    """Rectangular stamp (translator / legalisation / 'copie conforme')."""
    rng = random.Random(seed)
    fs = 3.0 / 25.4 * dpi
    W = int(w_mm / 25.4 * dpi)
    H = int(fs * (1.35 * len(lines) + 1.2))
    im = Image.new("RGBA", (W, H), (0, 0, 0, 0))
    d = ImageDraw.Draw(im)
    d.rectangle([3, 3, W - 4, H - 4], outline=color + (255,), width=6)
    y = fs * 1.15
    for i, ln in enumerate(lines):
        d.text(
            (W / 2, y),
            ln,
            font=pfont("sansb" if i == 0 else "sans", fs),
            anchor="ms",
            fill=color + (255,),
        )
        y += fs * 1.35
    im = im.rotate(rng.uniform(-6, 6), expand=True, resample=Image.BICUBIC)
    a = im.split()[3].point(lambda v: int(v * 0.8))
    im.putalpha(a)
    return im.filter(ImageFilter.GaussianBlur(0.6))
