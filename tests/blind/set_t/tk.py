"""Drawing toolkit: fonts, pages, text helpers, handwriting, signatures, stamps, portraits."""

from __future__ import annotations

import math
import random
from dataclasses import dataclass, field
from typing import Callable

import numpy as np
from PIL import Image, ImageDraw, ImageFilter, ImageFont
from reportlab import rl_config
from reportlab.graphics import renderPDF
from reportlab.graphics.barcode import qr as rl_qr
from reportlab.graphics.shapes import Drawing
from reportlab.lib.utils import ImageReader, simpleSplit
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

rl_config.useA85 = 0
MM = 72 / 25.4
A4 = (595.28, 841.89)
FD = "/usr/share/fonts/"

_TTF = {
    "Sans": "truetype/liberation/LiberationSans-Regular.ttf",
    "SansB": "truetype/liberation/LiberationSans-Bold.ttf",
    "SansI": "truetype/liberation/LiberationSans-Italic.ttf",
    "Narrow": "truetype/liberation/LiberationSansNarrow-Regular.ttf",
    "NarrowB": "truetype/liberation/LiberationSansNarrow-Bold.ttf",
    "Serif": "truetype/liberation/LiberationSerif-Regular.ttf",
    "SerifB": "truetype/liberation/LiberationSerif-Bold.ttf",
    "SerifI": "truetype/liberation/LiberationSerif-Italic.ttf",
    "Mono": "truetype/liberation/LiberationMono-Regular.ttf",
    "MonoB": "truetype/liberation/LiberationMono-Bold.ttf",
    "DV": "truetype/dejavu/DejaVuSans.ttf",
    "DVB": "truetype/dejavu/DejaVuSans-Bold.ttf",
    "DVC": "truetype/dejavu/DejaVuSansCondensed.ttf",
    "DVCB": "truetype/dejavu/DejaVuSansCondensed-Bold.ttf",
    "DVS": "truetype/dejavu/DejaVuSerif.ttf",
    "DVSB": "truetype/dejavu/DejaVuSerif-Bold.ttf",
    "DVM": "truetype/dejavu/DejaVuSansMono.ttf",
    "Open": "truetype/open-sans/OpenSans-Regular.ttf",
    "OpenB": "truetype/open-sans/OpenSans-Bold.ttf",
    "OpenSB": "truetype/open-sans/OpenSans-Semibold.ttf",
    "OpenL": "truetype/open-sans/OpenSans-Light.ttf",
    "Lato": "truetype/lato/Lato-Regular.ttf",
    "LatoB": "truetype/lato/Lato-Bold.ttf",
    "LatoBk": "truetype/lato/Lato-Black.ttf",
    "LatoL": "truetype/lato/Lato-Light.ttf",
    "Rob": "truetype/roboto/unhinted/RobotoTTF/Roboto-Regular.ttf",
    "RobB": "truetype/roboto/unhinted/RobotoTTF/Roboto-Bold.ttf",
    "RobM": "truetype/roboto/unhinted/RobotoTTF/Roboto-Medium.ttf",
    "RobL": "truetype/roboto/unhinted/RobotoTTF/Roboto-Light.ttf",
    "RobC": "truetype/roboto/unhinted/RobotoCondensed-Regular.ttf",
    "RobCB": "truetype/roboto/unhinted/RobotoCondensed-Bold.ttf",
    "Carl": "truetype/crosextra/Carlito-Regular.ttf",
    "CarlB": "truetype/crosextra/Carlito-Bold.ttf",
    "Cala": "truetype/crosextra/Caladea-Regular.ttf",
    "CalaB": "truetype/crosextra/Caladea-Bold.ttf",
    "FSans": "truetype/freefont/FreeSans.ttf",
    "FSansB": "truetype/freefont/FreeSansBold.ttf",
    "FSerif": "truetype/freefont/FreeSerif.ttf",
    "FSerifB": "truetype/freefont/FreeSerifBold.ttf",
    "FMono": "truetype/freefont/FreeMono.ttf",
    "WQY": "truetype/wqy/wqy-microhei.ttc",
}
for _n, _p in _TTF.items():
    if _p.endswith(".ttc"):
        pdfmetrics.registerFont(TTFont(_n, FD + _p, subfontIndex=0))
    else:
        pdfmetrics.registerFont(TTFont(_n, FD + _p))

# fonts drawn through Pillow (CFF outlines, complex scripts, handwriting)
PF = {
    "ocrb": FD + "opentype/ocr-b/OCRB.otf",
    "dancing": FD + "opentype/dancingscript/DancingScript-Regular.otf",
    "kaushan": FD + "opentype/kaushanscript/KaushanScript-Regular.otf",
    "dkg": FD + "truetype/fifthhorseman/dkg.ttf",
    "breip": FD + "truetype/breip/Breip.ttf",
    "comic": FD + "opentype/comic-neue/ComicNeue-Regular.otf",
    "z003": FD + "opentype/urw-base35/Z003-MediumItalic.otf",
    "amiri": FD + "opentype/fonts-hosny-amiri/Amiri-Regular.ttf",
    "amirib": FD + "opentype/fonts-hosny-amiri/Amiri-Bold.ttf",
    "fserif": FD + "truetype/freefont/FreeSerif.ttf",
    "fsans": FD + "truetype/freefont/FreeSans.ttf",
    "dv": FD + "truetype/dejavu/DejaVuSans.ttf",
    "dvb": FD + "truetype/dejavu/DejaVuSans-Bold.ttf",
    "sans": FD + "truetype/liberation/LiberationSans-Regular.ttf",
    "sansb": FD + "truetype/liberation/LiberationSans-Bold.ttf",
    "wqy": FD + "truetype/wqy/wqy-microhei.ttc",
}
HANDS = ["dancing", "kaushan", "dkg"]
SIGN_FONTS = ["dancing", "kaushan", "z003", "dkg"]
INKS = [(22, 38, 120), (18, 18, 28), (30, 50, 150), (12, 30, 90), (40, 40, 60)]

_FONT_CACHE: dict = {}


def pfont(name: str, px: int) -> ImageFont.FreeTypeFont:
    key = (name, px)
    if key not in _FONT_CACHE:
        _FONT_CACHE[key] = ImageFont.truetype(PF.get(name, name), px)
    return _FONT_CACHE[key]


@dataclass
class Page:
    """One printed surface: an A4 sheet, a card face, a passport page, a phone screen."""

    w: float
    h: float
    draw: Callable
    kind: str = "paper"  # paper | card | booklet | screen | sticker
    meta: dict = field(default_factory=dict)


@dataclass
class Sheet:
    """Several cards or booklet pages photocopied onto one A4 sheet."""

    items: list
    layout: str = "stack"  # stack | side


def rgb(h: str):
    h = h.lstrip("#")
    return tuple(int(h[i : i + 2], 16) / 255 for i in (0, 2, 4))


# ---------------------------------------------------------------- reportlab helpers


def _cjk(s):
    return any("\u2e80" <= ch <= "\u9fff" or "\uff00" <= ch <= "\uffef" for ch in s)


def txt(c, x, y, s, font="Sans", size=9, color=(0, 0, 0), anchor="l", cs=0):
    if _cjk(s):
        font = "WQY"
    c.setFont(font, size)
    c.setFillColorRGB(*color)
    if cs:
        t = c.beginText(x, y)
        t.setFont(font, size)
        t.setCharSpace(cs)
        t.textOut(s)
        if anchor != "l":
            w = pdfmetrics.stringWidth(s, font, size) + cs * len(s)
            t = c.beginText(x - (w if anchor == "r" else w / 2), y)
            t.setFont(font, size)
            t.setCharSpace(cs)
            t.textOut(s)
        c.drawText(t)
        return
    if anchor == "l":
        c.drawString(x, y, s)
    elif anchor == "r":
        c.drawRightString(x, y, s)
    else:
        c.drawCentredString(x, y, s)


def sw(s, font, size):
    if _cjk(s):
        font = "WQY"
    return pdfmetrics.stringWidth(s, font, size)


def fit(c, x, y, s, font, size, maxw, color=(0, 0, 0), anchor="l"):
    while size > 4 and sw(s, font, size) > maxw:
        size -= 0.25
    txt(c, x, y, s, font, size, color, anchor)


def para(c, x, y, w, s, font="Sans", size=9, leading=None, color=(0, 0, 0), justify=False):
    leading = leading or size * 1.25
    c.setFillColorRGB(*color)
    lines = simpleSplit(s, font, size, w)
    for i, ln in enumerate(lines):
        if justify and i < len(lines) - 1 and " " in ln:
            words = ln.split(" ")
            gap = (w - sw(ln.replace(" ", ""), font, size)) / (len(words) - 1)
            xx = x
            c.setFont(font, size)
            for wd in words:
                c.drawString(xx, y, wd)
                xx += sw(wd, font, size) + gap
        else:
            c.setFont(font, size)
            c.drawString(x, y, ln)
        y -= leading
    return y


def rect(c, x, y, w, h, stroke=(0, 0, 0), fill=None, lw=0.6, r=0):
    c.setLineWidth(lw)
    if stroke is not None:
        c.setStrokeColorRGB(*stroke)
    if fill is not None:
        c.setFillColorRGB(*fill)
    if r:
        c.roundRect(x, y, w, h, r, stroke=1 if stroke is not None else 0, fill=1 if fill else 0)
    else:
        c.rect(x, y, w, h, stroke=1 if stroke is not None else 0, fill=1 if fill else 0)


def line(c, x1, y1, x2, y2, color=(0, 0, 0), lw=0.6, dash=None):
    c.setStrokeColorRGB(*color)
    c.setLineWidth(lw)
    if dash:
        c.setDash(*dash)
    c.line(x1, y1, x2, y2)
    if dash:
        c.setDash()


def img(c, im: Image.Image, x, y, w=None, h=None):
    """Place a Pillow image; x, y bottom-left in points."""
    if w is None and h is None:
        raise ValueError("size")
    if w is None:
        w = h * im.width / im.height
    if h is None:
        h = w * im.height / im.width
    c.drawImage(ImageReader(im), x, y, w, h, mask="auto")
    return w, h


def qr(c, x, y, size, data):
    w = rl_qr.QrCodeWidget(data)
    b = w.getBounds()
    d = Drawing(size, size, transform=[size / (b[2] - b[0]), 0, 0, size / (b[3] - b[1]), 0, 0])
    d.add(w)
    renderPDF.draw(d, c, x, y)


def guilloche(c, x, y, w, h, rng, colors, n=14, lw=0.25, amp=None, step=3.0):
    c.saveState()
    p = c.beginPath()
    p.rect(x, y, w, h)
    c.clipPath(p, stroke=0, fill=0)
    amp = amp or h / 9
    c.setLineWidth(lw)
    for k in range(n):
        col = colors[k % len(colors)]
        c.setStrokeColorRGB(*col)
        f1 = rng.uniform(1.5, 4.5) * 2 * math.pi / w
        f2 = rng.uniform(5, 11) * 2 * math.pi / w
        ph = rng.uniform(0, 6.3)
        base = y + h * (k + 0.5) / n
        path = c.beginPath()
        xx = x
        path.moveTo(xx, base)
        while xx <= x + w:
            yy = base + amp * math.sin(f1 * (xx - x) + ph) + amp * 0.35 * math.sin(f2 * (xx - x))
            path.lineTo(xx, yy)
            xx += step
        c.drawPath(path, stroke=1, fill=0)
    c.restoreState()


def rosette(c, cx, cy, r, rng, color, n=36, lw=0.25):
    c.setStrokeColorRGB(*color)
    c.setLineWidth(lw)
    k = rng.choice([5, 7, 9, 11])
    for i in range(n):
        a0 = 2 * math.pi * i / n
        p = c.beginPath()
        for t in range(0, 121):
            th = 2 * math.pi * t / 120
            rr = r * (0.55 + 0.45 * math.cos(k * th))
            px = cx + rr * math.cos(th + a0) * 0.5 + r * 0.5 * math.cos(a0)
            py = cy + rr * math.sin(th + a0) * 0.5 + r * 0.5 * math.sin(a0)
            if t == 0:
                p.moveTo(px, py)
            else:
                p.lineTo(px, py)
        c.drawPath(p, stroke=1, fill=0)


def vgrad(c, x, y, w, h, c1, c2, steps=40):
    for i in range(steps):
        t = i / (steps - 1)
        col = tuple(a + (b - a) * t for a, b in zip(c1, c2))
        c.setFillColorRGB(*col)
        c.rect(x, y + h * i / steps, w, h / steps + 0.5, stroke=0, fill=1)


def hgrad(c, x, y, w, h, c1, c2, steps=40):
    for i in range(steps):
        t = i / (steps - 1)
        col = tuple(a + (b - a) * t for a, b in zip(c1, c2))
        c.setFillColorRGB(*col)
        c.rect(x + w * i / steps, y, w / steps + 0.5, h, stroke=0, fill=1)


# ---------------------------------------------------------------- Pillow-made pieces

DPI_IMG = 400


def text_img(s, font, size_pt, color=(0, 0, 0), dpi=DPI_IMG, direction=None):
    """Text through Pillow (OCR-B, Arabic, Devanagari...). Returns (image, w_pt, h_pt, desc_pt)."""
    px = max(6, int(size_pt * dpi / 72))
    f = pfont(font, px)
    kw = {"direction": direction} if direction else {}
    bb = f.getbbox(s, anchor="ls", **kw)
    pad = px // 4
    w = bb[2] - min(0, bb[0]) + 2 * pad
    top = -bb[1]
    h = top + bb[3] + 2 * pad
    im = Image.new("L", (max(1, w), max(1, h)), 0)
    ImageDraw.Draw(im).text(
        (pad - min(0, bb[0]), pad + top), s, font=f, fill=255, anchor="ls", **kw
    )
    out = Image.new("RGBA", im.size, color + (0,))
    out.putalpha(im)
    k = 72 / dpi
    return out, w * k, h * k, (bb[3] + pad) * k, pad * k


def ptext(c, x, y, s, font, size, color=(0, 0, 0), anchor="l", direction=None):
    """Draw Pillow-rendered text with its baseline at y."""
    im, w, h, desc, padk = text_img(
        s, font, size, tuple(int(v * 255) for v in color), direction=direction
    )
    if anchor == "r":
        x -= w - 2 * padk
    elif anchor == "c":
        x -= (w - 2 * padk) / 2
    img(c, im, x - padk, y - desc, w, h)
    return w - 2 * padk


def mrz_block(c, x, y, lines, char_pitch=2.54 * MM, size=10.5, color=(0.05, 0.05, 0.08), lead=None):
    """MRZ lines in OCR-B with fixed pitch; y is the baseline of the first line."""
    lead = lead or 4.3 * MM
    f = pfont("ocrb", int(size * DPI_IMG / 72))
    for i, ln in enumerate(lines):
        bb = f.getbbox("<")
        px_pitch = char_pitch * DPI_IMG / 72
        W = int(px_pitch * len(ln) + 20)
        H = int(size * DPI_IMG / 72 * 1.4)
        im = Image.new("L", (W, H), 0)
        d = ImageDraw.Draw(im)
        for j, ch in enumerate(ln):
            d.text((10 + j * px_pitch + px_pitch / 2, H * 0.8), ch, font=f, fill=255, anchor="ms")
        del bb
        out = Image.new("RGBA", im.size, tuple(int(v * 255) for v in color) + (0,))
        out.putalpha(im)
        k = 72 / DPI_IMG
        img(c, out, x - 10 * k, y - i * lead - H * 0.2 * k, W * k, H * k)


def hand_img(s, rng, size_pt=12, hand="dkg", color=None, jitter=1.0, dpi=300, slant=0.0):
    """Handwriting: each glyph drawn with its own small offset, tilt and scale."""
    color = color or rng.choice(INKS)
    px = int(size_pt * dpi / 72)
    f = pfont(hand, px)
    total = int(f.getlength(s) * 1.25 + px * 2)
    H = int(px * 2.4)
    im = Image.new("L", (total, H), 0)
    x = px * 0.4
    base = px * 1.55
    cursive = hand in ("dancing", "z003")
    drift = rng.uniform(-0.03, 0.03) * px
    for i, ch in enumerate(s):
        adv = f.getlength(ch)
        if ch == " ":
            x += adv * rng.uniform(0.9, 1.35)
            continue
        j = jitter * (0.35 if cursive else 1.0)
        sc = 1 + rng.gauss(0, 0.045 * j)
        g = pfont(hand, max(6, int(px * sc)))
        gw = int(g.getlength(ch) + px)
        gim = Image.new("L", (gw, H), 0)
        ImageDraw.Draw(gim).text((px // 2, base), ch, font=g, fill=255, anchor="ls")
        ang = rng.gauss(0, 3.0 * j) + slant
        if abs(ang) > 0.2:
            gim = gim.rotate(ang, resample=Image.BICUBIC, center=(px // 2, base))
        dy = rng.gauss(0, px * 0.035 * j) + drift * i / max(1, len(s))
        ox = int(x - px // 2)
        region = np.asarray(im.crop((ox, 0, ox + gw, H)))
        moved = np.asarray(gim.transform(gim.size, Image.AFFINE, (1, 0, 0, 0, 1, -dy)))
        im.paste(Image.fromarray(np.maximum(region, moved)), (ox, 0))
        x += adv * sc * rng.uniform(0.97, 1.06 if not cursive else 1.0)
    bbox = im.getbbox() or (0, 0, 1, 1)
    im = im.crop((0, 0, max(bbox[2] + 4, 2), H))
    ink = rng.uniform(0.82, 1.0)
    im = im.point(lambda v: int(v * ink))
    out = Image.new("RGBA", im.size, color + (0,))
    out.putalpha(im)
    k = 72 / dpi
    return out, im.width * k, H * k, (H - base) * k


def hand(c, x, y, s, rng, size=12, hand_name="dkg", color=None, jitter=1.0, slant=0.0):
    """Handwritten string with its baseline at y; returns width in points."""
    if not s:
        return 0
    im, w, h, desc = hand_img(s, rng, size, hand_name, color, jitter, slant=slant)
    img(c, im, x - size * 0.4, y - desc, w, h)
    return w


def signature_img(name, rng, color=None, dpi=300, style=None):
    """A signature: script name or initials, with a flourish stroke."""
    color = color or rng.choice(INKS[:4])
    style = style or rng.choice(["full", "initial", "scribble", "full"])
    font = rng.choice(SIGN_FONTS)
    px = int(rng.uniform(20, 30) * dpi / 72)
    parts = name.split()
    if style == "initial":
        text = parts[0][0] + ". " + parts[-1].capitalize()
    elif style == "scribble":
        text = parts[-1][:1].upper() + parts[-1][1:4].lower()
    else:
        text = parts[-1].capitalize()
    f = pfont(font, px)
    W = int(f.getlength(text) + px * 3)
    H = int(px * 2.6)
    im = Image.new("L", (W, H), 0)
    d = ImageDraw.Draw(im)
    d.text((px * 0.5, px * 1.6), text, font=f, fill=255, anchor="ls")
    pts = []
    x0 = px * 0.3
    x1 = W - px * 0.3
    y0 = px * rng.uniform(1.6, 2.0)
    amp = px * rng.uniform(0.15, 0.45)
    fr = rng.uniform(1.0, 2.5)
    for t in np.linspace(0, 1, 60):
        pts.append(
            (x0 + (x1 - x0) * t, y0 + amp * math.sin(fr * math.pi * t + rng.uniform(0, 0.2)))
        )
    d.line(pts, fill=255, width=max(2, px // 14))
    if style == "scribble":
        pts = []
        for t in np.linspace(0, 1, 40):
            pts.append((W * 0.55 + W * 0.35 * t, px * 1.2 + px * 0.5 * math.sin(9 * t)))
        d.line(pts, fill=255, width=max(2, px // 16))
    im = im.rotate(rng.uniform(-8, 10), resample=Image.BICUBIC, expand=True)
    im = im.filter(ImageFilter.GaussianBlur(0.6))
    out = Image.new("RGBA", im.size, color + (0,))
    out.putalpha(im)
    return out


def signature(c, x, y, w, h, name, rng, color=None, style=None):
    """Place a signature centred in the box (x, y, w, h)."""
    im = signature_img(name, rng, color, style=style)
    ar = im.width / im.height
    sw_ = min(w * rng.uniform(0.6, 0.9), h * rng.uniform(0.8, 1.1) * ar)
    sh = sw_ / ar
    img(c, im, x + (w - sw_) / 2 + rng.uniform(-w, w) * 0.05, y + (h - sh) / 2, sw_, sh)


def stamp_img(outer, inner, rng, color=None, d_mm=34, shape="round", dpi=300):
    """Rubber stamp: ring text around, lines in the middle, patchy ink."""
    color = color or rng.choice([(40, 60, 160), (150, 30, 50), (60, 40, 130), (30, 90, 60)])
    sf = "wqy" if _cjk(outer + "".join(inner)) else "dvb"
    D_ = int(d_mm / 25.4 * dpi)
    Wd = D_ if shape == "round" else int(D_ * 1.7)
    im = Image.new("L", (Wd + 20, D_ + 20), 0)
    d = ImageDraw.Draw(im)
    lw = max(3, D_ // 70)
    if shape == "round":
        d.ellipse((10, 10, 10 + D_, 10 + D_), outline=255, width=lw)
        d.ellipse(
            (10 + D_ * 0.16, 10 + D_ * 0.16, 10 + D_ * 0.84, 10 + D_ * 0.84),
            outline=255,
            width=lw // 2 + 1,
        )
        f = pfont(sf, int(D_ * 0.085))
        r = D_ * 0.42
        cx = cy = 10 + D_ / 2
        n = len(outer)
        span = min(330.0, n * 12.5)
        for i, ch in enumerate(outer):
            a = math.radians(-90 - span / 2 + span * (i + 0.5) / n)
            g = Image.new("L", (int(D_ * 0.12), int(D_ * 0.12)), 0)
            ImageDraw.Draw(g).text((g.width / 2, g.height / 2), ch, font=f, fill=255, anchor="mm")
            g = g.rotate(-math.degrees(a) - 90, resample=Image.BICUBIC)
            im.paste(
                255,
                (int(cx + r * math.cos(a) - g.width / 2), int(cy + r * math.sin(a) - g.height / 2)),
                g,
            )
        fi = pfont(sf, int(D_ * 0.075))
        for k, ln in enumerate(inner):
            d.text(
                (cx, cy + (k - (len(inner) - 1) / 2) * D_ * 0.1), ln, font=fi, fill=255, anchor="mm"
            )
    else:
        d.rounded_rectangle((10, 10, 10 + Wd, 10 + D_), radius=D_ // 12, outline=255, width=lw)
        f = pfont(sf, int(D_ * 0.11))
        lines = ([outer] if outer else []) + list(inner)
        for k, ln in enumerate(lines):
            d.text(
                (10 + Wd / 2, 10 + D_ / 2 + (k - (len(lines) - 1) / 2) * D_ * 0.16),
                ln,
                font=f,
                fill=255,
                anchor="mm",
            )
    a = np.asarray(im).astype(np.float32) / 255
    nrng = np.random.default_rng(rng.getrandbits(32))
    noise = nrng.random((a.shape[0] // 6 + 1, a.shape[1] // 6 + 1)).astype(np.float32)
    noise = (
        np.asarray(
            Image.fromarray((noise * 255).astype(np.uint8)).resize(
                (a.shape[1], a.shape[0]), Image.BILINEAR
            )
        )
        / 255
    )
    a = a * np.clip(0.45 + noise * 0.9, 0, 1) * rng.uniform(0.7, 0.95)
    im = Image.fromarray((a * 255).astype(np.uint8)).rotate(
        rng.uniform(-25, 25), resample=Image.BICUBIC, expand=True
    )
    out = Image.new("RGBA", im.size, color + (0,))
    out.putalpha(im.filter(ImageFilter.GaussianBlur(0.7)))
    return out


def stamp(c, cx, cy, outer, inner, rng, color=None, d_mm=34, shape="round"):
    im = stamp_img(outer, inner, rng, color, d_mm, shape)
    w = im.width * 72 / 300
    h = im.height * 72 / 300
    img(c, im, cx - w / 2, cy - h / 2, w, h)


SKIN = [
    (241, 204, 178),
    (224, 172, 140),
    (198, 140, 102),
    (160, 105, 72),
    (120, 78, 52),
    (92, 60, 40),
    (232, 190, 160),
]
HAIR = [(25, 20, 18), (60, 40, 25), (110, 75, 40), (170, 130, 80), (40, 30, 28), (90, 90, 90)]


def portrait_img(seed, sex="F", w=350, h=450, grey=False, bg=(222, 226, 232)):
    """A passport-style head-and-shoulders photo (synthetic, no real person)."""
    r = random.Random(seed)
    skin = r.choice(SKIN)
    hair = r.choice(HAIR)
    im = Image.new("RGB", (w, h), bg)
    d = ImageDraw.Draw(im)
    cx = w / 2 + r.uniform(-10, 10)
    cloth = r.choice(
        [(30, 40, 70), (60, 60, 60), (120, 30, 40), (230, 230, 230), (40, 80, 60), (20, 20, 20)]
    )
    d.ellipse((cx - w * 0.55, h * 0.78, cx + w * 0.55, h * 1.5), fill=cloth)
    d.rectangle(
        (cx - w * 0.1, h * 0.6, cx + w * 0.1, h * 0.82), fill=tuple(int(v * 0.9) for v in skin)
    )
    hw, hh = w * r.uniform(0.22, 0.26), h * r.uniform(0.25, 0.28)
    hy = h * 0.43
    long_hair = sex == "F" and r.random() < 0.75
    if long_hair:
        d.rounded_rectangle(
            (cx - hw * 1.22, hy - hh * 1.1, cx + hw * 1.22, hy + hh * 1.5),
            radius=int(hw * 0.9),
            fill=hair,
        )
    d.ellipse((cx - hw * 1.06, hy - hh * 1.14, cx + hw * 1.06, hy + hh * 0.55), fill=hair)
    for sx in (-1, 1):
        d.ellipse(
            (
                cx + sx * hw * 0.95 - hw * 0.13,
                hy - hh * 0.12,
                cx + sx * hw * 0.95 + hw * 0.13,
                hy + hh * 0.28,
            ),
            fill=skin,
        )
    d.ellipse((cx - hw * 0.95, hy - hh * 0.78, cx + hw * 0.95, hy + hh), fill=skin)
    d.chord((cx - hw * 1.0, hy - hh * 1.1, cx + hw * 1.0, hy - hh * 0.05), 180, 360, fill=hair)
    ey = hy - hh * 0.05
    for sx in (-1, 1):
        ex = cx + sx * hw * 0.4
        d.ellipse(
            (ex - hw * 0.14, ey - hh * 0.05, ex + hw * 0.14, ey + hh * 0.05), fill=(245, 245, 240)
        )
        d.ellipse(
            (ex - hw * 0.06, ey - hh * 0.05, ex + hw * 0.06, ey + hh * 0.05), fill=(50, 35, 30)
        )
        d.line(
            (ex - hw * 0.18, ey - hh * 0.16, ex + hw * 0.16, ey - hh * 0.18),
            fill=tuple(int(v * 0.6) for v in hair),
            width=max(2, w // 90),
        )
    d.line(
        (cx, ey + hh * 0.05, cx - hw * 0.08, ey + hh * 0.32),
        fill=tuple(int(v * 0.8) for v in skin),
        width=max(2, w // 120),
    )
    d.arc(
        (cx - hw * 0.32, ey + hh * 0.3, cx + hw * 0.32, ey + hh * 0.62),
        20,
        160,
        fill=(150, 80, 80),
        width=max(2, w // 100),
    )
    if sex == "M" and r.random() < 0.3:
        d.arc(
            (cx - hw * 0.7, hy - hh * 0.2, cx + hw * 0.7, hy + hh * 0.98),
            20,
            160,
            fill=hair,
            width=max(3, w // 40),
        )
    im = im.filter(ImageFilter.GaussianBlur(w / 260))
    a = np.asarray(im).astype(np.int16)
    a += np.random.default_rng(r.getrandbits(32)).integers(-6, 7, a.shape, dtype=np.int16)
    im = Image.fromarray(np.clip(a, 0, 255).astype(np.uint8))
    if grey:
        im = im.convert("L").convert("RGB")
    return im


def photo(c, x, y, w, h, seed, sex="F", grey=False, bg=(222, 226, 232), alpha=1.0):
    im = portrait_img(seed, sex, int(w * 3), int(h * 3), grey, bg)
    if alpha < 1:
        im = im.convert("RGBA")
        im.putalpha(int(255 * alpha))
    img(c, im, x, y, w, h)


def rng_for(name: str) -> random.Random:
    return random.Random("set_t/" + name)
