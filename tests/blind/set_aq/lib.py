"""Shared helpers for set_aq: fonts, a two-backend page canvas, MRZ, IBAN, handwriting, looks."""

from __future__ import annotations

import io
import math
import random
import unicodedata

import cv2
import numpy as np
from PIL import Image, ImageDraw, ImageFilter, ImageFont
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas as rl_canvas

cv2.setNumThreads(1)

F = "/usr/share/fonts/"
FONTS = {
    "sans": F + "truetype/dejavu/DejaVuSans.ttf",
    "sans-b": F + "truetype/dejavu/DejaVuSans-Bold.ttf",
    "cond": F + "truetype/dejavu/DejaVuSansCondensed.ttf",
    "cond-b": F + "truetype/dejavu/DejaVuSansCondensed-Bold.ttf",
    "serif": F + "truetype/dejavu/DejaVuSerif.ttf",
    "serif-b": F + "truetype/dejavu/DejaVuSerif-Bold.ttf",
    "lib": F + "truetype/liberation/LiberationSans-Regular.ttf",
    "lib-b": F + "truetype/liberation/LiberationSans-Bold.ttf",
    "libserif": F + "truetype/liberation/LiberationSerif-Regular.ttf",
    "libserif-b": F + "truetype/liberation/LiberationSerif-Bold.ttf",
    "libserif-i": F + "truetype/liberation/LiberationSerif-Italic.ttf",
    "mono": F + "truetype/liberation/LiberationMono-Regular.ttf",
    "lato": F + "truetype/lato/Lato-Regular.ttf",
    "lato-b": F + "truetype/lato/Lato-Bold.ttf",
    "open": F + "truetype/open-sans/OpenSans-Regular.ttf",
    "open-b": F + "truetype/open-sans/OpenSans-Bold.ttf",
    "open-sb": F + "truetype/open-sans/OpenSans-Semibold.ttf",
    "carlito": F + "truetype/crosextra/Carlito-Regular.ttf",
    "carlito-b": F + "truetype/crosextra/Carlito-Bold.ttf",
    "caladea": F + "truetype/crosextra/Caladea-Regular.ttf",
    "caladea-b": F + "truetype/crosextra/Caladea-Bold.ttf",
    "amiri": F + "opentype/fonts-hosny-amiri/Amiri-Regular.ttf",
    "amiri-b": F + "opentype/fonts-hosny-amiri/Amiri-Bold.ttf",
    "ocrb": F + "opentype/ocr-b/OCRB.otf",
}
HANDS = {
    "dkg": F + "truetype/fifthhorseman/dkg.ttf",
    "ecolier": F + "truetype/ecolier-court/Ecolier-court.ttf",
    "femke": F + "truetype/femkeklaver/femkeklaver.ttf",
    "humor": F + "truetype/humor-sans/Humor-Sans.ttf",
    "ruf": F + "truetype/rufscript/Rufscript010.ttf",
    "dancing": F + "opentype/dancingscript/DancingScript-Regular.otf",
    "kaushan": F + "opentype/kaushanscript/KaushanScript-Regular.otf",
}
_pil_cache: dict = {}


def pil_font(name: str, px: float) -> ImageFont.FreeTypeFont:
    path = FONTS.get(name) or HANDS[name]
    key = (path, int(round(px)))
    if key not in _pil_cache:
        _pil_cache[key] = ImageFont.truetype(path, max(4, key[1]))
    return _pil_cache[key]


_registered: set = set()


def rl_font(name: str) -> str:
    if name not in _registered:
        pdfmetrics.registerFont(TTFont("aq-" + name, FONTS[name]))
        _registered.add(name)
    return "aq-" + name


MM = 72 / 25.4


class Page:
    """A page drawn in millimetres from the top-left; rendered to PIL or to reportlab."""

    def __init__(self, w: float = 210, h: float = 297, bg=(255, 255, 255)):
        self.w, self.h, self.bg = w, h, bg
        self.ops: list = []

    def text(self, x, y, s, font="sans", size=9, color=(0, 0, 0), anchor="l"):
        self.ops.append(("text", x, y, s, font, size, color, anchor))

    def rect(self, x, y, w, h, stroke=(0, 0, 0), fill=None, lw=0.3):
        self.ops.append(("rect", x, y, w, h, stroke, fill, lw))

    def line(self, x1, y1, x2, y2, color=(0, 0, 0), lw=0.3, dash=False):
        self.ops.append(("line", x1, y1, x2, y2, color, lw, dash))

    def image(self, img, x, y, w, h):
        self.ops.append(("image", img, x, y, w, h))

    def para(self, x, y, s, width, font="sans", size=9, lead=None, color=(0, 0, 0)):
        """Word-wrap a paragraph; return the y after the last line."""
        lead = lead or size * 0.45
        f = pil_font(font, size * 10)
        words, line = s.split(), ""
        for wd in words:
            trial = (line + " " + wd).strip()
            if f.getlength(trial) / 10 * 25.4 / 72 > width and line:
                self.text(x, y, line, font, size, color)
                y += lead
                line = wd
            else:
                line = trial
        if line:
            self.text(x, y, line, font, size, color)
            y += lead
        return y

    def hand(self, x, y, s, size=5.0, rng=None, font="dkg", color=(20, 30, 110), slant=0.0):
        """Handwritten text: y is the baseline, size the x-height-ish in mm."""
        img = hand_image(s, size, rng or random.Random(len(s)), font, color, slant)
        wmm = img.width / 20
        hmm = img.height / 20
        self.image(img, x, y - hmm * 0.72, wmm, hmm)
        return wmm

    def render(self, dpi=150) -> Image.Image:
        k = dpi / 25.4
        im = Image.new("RGB", (int(self.w * k), int(self.h * k)), self.bg)
        d = ImageDraw.Draw(im)
        for op in self.ops:
            if op[0] == "text":
                _, x, y, s, font, size, color, anchor = op
                f = pil_font(font, size * dpi / 72)
                a = {"l": "ls", "r": "rs", "c": "ms"}[anchor]
                d.text((x * k, y * k), s, font=f, fill=color, anchor=a)
            elif op[0] == "rect":
                _, x, y, w, h, stroke, fill, lw = op
                d.rectangle(
                    [x * k, y * k, (x + w) * k, (y + h) * k],
                    outline=stroke,
                    fill=fill,
                    width=max(1, int(lw * k)) if stroke else 0,
                )
            elif op[0] == "line":
                _, x1, y1, x2, y2, color, lw, dash = op
                wpx = max(1, int(lw * k))
                if dash:
                    n = int(math.hypot(x2 - x1, y2 - y1) / 1.2)
                    for i in range(0, n, 2):
                        t0, t1 = i / n, min(1, (i + 1) / n)
                        d.line(
                            [
                                ((x1 + (x2 - x1) * t0) * k, (y1 + (y2 - y1) * t0) * k),
                                ((x1 + (x2 - x1) * t1) * k, (y1 + (y2 - y1) * t1) * k),
                            ],
                            fill=color,
                            width=wpx,
                        )
                else:
                    d.line([(x1 * k, y1 * k), (x2 * k, y2 * k)], fill=color, width=wpx)
            elif op[0] == "image":
                _, img, x, y, w, h = op
                sz = (max(1, int(w * k)), max(1, int(h * k)))
                src = img.convert("RGBA").resize(sz, Image.LANCZOS)
                im.paste(src, (int(x * k), int(y * k)), src)
        return im

    def draw_rl(self, c: rl_canvas.Canvas):
        H = self.h
        if self.bg != (255, 255, 255):
            c.setFillColorRGB(*[v / 255 for v in self.bg])
            c.rect(0, 0, self.w * MM, H * MM, stroke=0, fill=1)
        for op in self.ops:
            if op[0] == "text":
                _, x, y, s, font, size, color, anchor = op
                c.setFillColorRGB(*[v / 255 for v in color])
                c.setFont(rl_font(font), size)
                fn = {
                    "l": c.drawString,
                    "r": c.drawRightString,
                    "c": c.drawCentredString,
                }[anchor]
                fn(x * MM, (H - y) * MM, s)
            elif op[0] == "rect":
                _, x, y, w, h, stroke, fill, lw = op
                if stroke:
                    c.setStrokeColorRGB(*[v / 255 for v in stroke])
                    c.setLineWidth(lw * MM)
                if fill:
                    c.setFillColorRGB(*[v / 255 for v in fill])
                c.rect(
                    x * MM,
                    (H - y - h) * MM,
                    w * MM,
                    h * MM,
                    stroke=1 if stroke else 0,
                    fill=1 if fill else 0,
                )
            elif op[0] == "line":
                _, x1, y1, x2, y2, color, lw, dash = op
                c.setStrokeColorRGB(*[v / 255 for v in color])
                c.setLineWidth(lw * MM)
                c.setDash(1.2 * MM, 1.2 * MM) if dash else c.setDash()
                c.line(x1 * MM, (H - y1) * MM, x2 * MM, (H - y2) * MM)
                c.setDash()
            elif op[0] == "image":
                _, img, x, y, w, h = op
                c.drawImage(
                    ImageReader(img.convert("RGBA")),
                    x * MM,
                    (H - y - h) * MM,
                    w * MM,
                    h * MM,
                    mask="auto",
                )


def text_pdf(path, pages: list[Page], title="Document", author=""):
    c = rl_canvas.Canvas(str(path), pagesize=(pages[0].w * MM, pages[0].h * MM), invariant=1)
    c.setTitle(title)
    c.setAuthor(author)
    c.setCreator(author or "Edition")
    for p in pages:
        c.setPageSize((p.w * MM, p.h * MM))
        p.draw_rl(c)
        c.showPage()
    c.save()


def image_pdf(path, images: list[Image.Image], dpi=200, creator="Canon iR-ADV C3530"):
    """A scanner's PDF: JPEG page images, no text layer."""
    w0, h0 = images[0].size
    c = rl_canvas.Canvas(str(path), pagesize=(w0 * 72 / dpi, h0 * 72 / dpi), invariant=1)
    c.setCreator(creator)
    c.setProducer(creator)
    for im in images:
        w, h = im.size
        c.setPageSize((w * 72 / dpi, h * 72 / dpi))
        buf = io.BytesIO()
        im.convert("RGB").save(buf, "JPEG", quality=72)
        buf.seek(0)
        c.drawImage(ImageReader(buf), 0, 0, w * 72 / dpi, h * 72 / dpi)
        c.showPage()
    c.save()


# ---------------------------------------------------------------- handwriting


def hand_image(s, size_mm, rng, font="dkg", color=(20, 30, 110), slant=0.0):
    """Render handwriting at 20 px/mm with per-glyph jitter; returns RGBA."""
    px = size_mm * 20 * 1.6
    f = ImageFont.truetype(HANDS[font], int(px))
    width = int(f.getlength(s) * 1.15 + px * 2)
    height = int(px * 2.2)
    im = Image.new("RGBA", (width, height), (0, 0, 0, 0))
    d = ImageDraw.Draw(im)
    x = px * 0.3
    base = height * 0.72
    drift = rng.uniform(-0.04, 0.04)
    for i, ch in enumerate(s):
        fs = int(px * rng.uniform(0.93, 1.07))
        fch = ImageFont.truetype(HANDS[font], fs) if fs != int(px) else f
        y = base + rng.uniform(-px * 0.05, px * 0.05) + drift * i * px * 0.3
        alpha = rng.randint(200, 255)
        d.text((x, y), ch, font=fch, fill=color + (alpha,), anchor="ls")
        x += fch.getlength(ch) * rng.uniform(0.96, 1.06)
    im = im.crop((0, 0, int(min(width, x + px * 0.3)), height))
    if slant:
        im = im.transform(
            im.size, Image.AFFINE, (1, slant, -slant * height * 0.7, 0, 1, 0), Image.BICUBIC
        )
    return im.filter(ImageFilter.GaussianBlur(0.6))


def signature_image(name, rng, color=(15, 25, 95), font="dancing"):
    """A signature: script name, then a flourish drawn as pen strokes."""
    core = hand_image(name, 6.5, rng, font, color, slant=rng.uniform(-0.25, -0.05))
    w, h = core.size
    im = Image.new("RGBA", (w + 120, h + 40), (0, 0, 0, 0))
    im.paste(core, (20, 10), core)
    d = ImageDraw.Draw(im)
    pts = []
    x0, y0 = 30, h * 0.85
    for i in range(60):
        t = i / 59
        pts.append(
            (x0 + t * (w + 60), y0 + math.sin(t * math.pi * rng.uniform(1.5, 2.5)) * 12 + t * 8)
        )
    d.line(pts, fill=color + (230,), width=5, joint="curve")
    return im.filter(ImageFilter.GaussianBlur(0.8))


def tick(kind="x", rng=None, color=(20, 30, 110)):
    rng = rng or random.Random(1)
    im = Image.new("RGBA", (80, 80), (0, 0, 0, 0))
    d = ImageDraw.Draw(im)
    j = [rng.uniform(-6, 6) for _ in range(8)]
    if kind == "x":
        d.line([(12 + j[0], 12 + j[1]), (68 + j[2], 68 + j[3])], fill=color + (240,), width=7)
        d.line([(66 + j[4], 14 + j[5]), (14 + j[6], 66 + j[7])], fill=color + (240,), width=7)
    else:
        d.line([(10, 44 + j[0]), (32, 68), (72 + j[1], 8)], fill=color + (240,), width=7)
    return im.filter(ImageFilter.GaussianBlur(0.7))


def stamp(lines, rng, color=(40, 60, 150), round_=True, size=260):
    """An ink stamp (round or rectangular) with uneven ink."""
    im = Image.new("RGBA", (size * 2, size if not round_ else size), (0, 0, 0, 0))
    if round_:
        im = Image.new("RGBA", (size, size), (0, 0, 0, 0))
    d = ImageDraw.Draw(im)
    W, H = im.size
    if round_:
        d.ellipse([6, 6, W - 6, H - 6], outline=color + (220,), width=6)
        d.ellipse([30, 30, W - 30, H - 30], outline=color + (200,), width=3)
        f = pil_font("sans-b", size * 0.075)
        n = len(lines)
        for i, ln in enumerate(lines):
            d.text(
                (W / 2, H / 2 + (i - (n - 1) / 2) * size * 0.1),
                ln,
                font=f,
                fill=color + (220,),
                anchor="mm",
            )
    else:
        d.rectangle([6, 6, W - 6, H - 6], outline=color + (220,), width=5)
        f = pil_font("sans-b", size * 0.09)
        for i, ln in enumerate(lines):
            d.text((20, 30 + i * size * 0.14), ln, font=f, fill=color + (220,), anchor="lm")
    arr = np.array(im)
    noise = np.array([rng.random() for _ in range(64)]).reshape(8, 8)
    noise = cv2.resize(noise, (W, H), interpolation=cv2.INTER_CUBIC)
    arr[..., 3] = (arr[..., 3] * np.clip(0.45 + noise * 0.7, 0, 1)).astype(np.uint8)
    return Image.fromarray(arr).rotate(rng.uniform(-14, 14), expand=True, resample=Image.BICUBIC)


# ---------------------------------------------------------------- MRZ


def mrz_name(s: str) -> str:
    s = unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode().upper()
    s = s.replace("'", "").replace("-", "<").replace(" ", "<")
    return s


def check_digit(s: str) -> str:
    w = [7, 3, 1]
    t = 0
    for i, ch in enumerate(s):
        if ch.isdigit():
            v = int(ch)
        elif ch.isalpha():
            v = ord(ch) - 55
        else:
            v = 0
        t += v * w[i % 3]
    return str(t % 10)


def _pad(s, n):
    return (s + "<" * n)[:n]


def ymd(iso: str) -> str:
    return iso[2:4] + iso[5:7] + iso[8:10]


def td3(doc_type, country, surname, given, number, nat, dob, sex, expiry, personal=""):
    l1 = _pad(doc_type + "<" + country + mrz_name(surname) + "<<" + mrz_name(given), 44)
    num = _pad(number, 9)
    pers = _pad(personal, 14)
    body = (
        num
        + check_digit(num)
        + nat
        + ymd(dob)
        + check_digit(ymd(dob))
        + sex
        + ymd(expiry)
        + check_digit(ymd(expiry))
        + pers
        + check_digit(pers)
    )
    comp = body[0:10] + body[13:20] + body[21:43]
    return [l1, body + check_digit(comp)]


def mrva(country, surname, given, number, nat, dob, sex, valid_until, optional=""):
    l1 = _pad("V<" + country + mrz_name(surname) + "<<" + mrz_name(given), 44)
    num = _pad(number, 9)
    l2 = (
        num
        + check_digit(num)
        + nat
        + ymd(dob)
        + check_digit(ymd(dob))
        + sex
        + ymd(valid_until)
        + check_digit(ymd(valid_until))
        + _pad(optional, 16)
    )
    return [l1, l2]


def td1(doc_type, country, number, dob, sex, expiry, nat, surname, given, opt1="", opt2=""):
    num = _pad(number, 9)
    l1 = _pad(doc_type, 2) + country + num + check_digit(num) + _pad(opt1, 15)
    l2 = ymd(dob) + check_digit(ymd(dob)) + sex + ymd(expiry) + check_digit(ymd(expiry))
    l2 += nat + _pad(opt2, 11)
    comp = l1[5:30] + l2[0:7] + l2[8:15] + l2[18:29]
    l2 += check_digit(comp)
    l3 = _pad(mrz_name(surname) + "<<" + mrz_name(given), 30)
    return [l1, l2, l3]


# ---------------------------------------------------------------- IBAN / RIB

_RIB = {
    c: str(v)
    for v, cs in enumerate(["", "AJ", "BKS", "CLT", "DMU", "ENV", "FOW", "GPX", "HQY", "IRZ"])
    for c in cs
}


def rib_key(bank, branch, account):
    acc = "".join(_RIB.get(c, c) for c in account.upper())
    return "%02d" % (97 - (89 * int(bank) + 15 * int(branch) + 3 * int(acc)) % 97)


def iban(country, bban):
    s = bban + country + "00"
    num = "".join(str(int(c, 36)) for c in s.upper())
    return country + "%02d" % (98 - int(num) % 97) + bban


def iban_ok(ib):
    s = ib[4:] + ib[:4]
    return int("".join(str(int(c, 36)) for c in s.upper())) % 97 == 1


def fr_iban(bank, branch, account):
    key = rib_key(bank, branch, account)
    ib = iban("FR", bank + branch + account + key)
    assert len(ib) == 27 and iban_ok(ib)
    return ib, key


def spaced(ib):
    return " ".join(ib[i : i + 4] for i in range(0, len(ib), 4))


# ---------------------------------------------------------------- looks


def paper(im: Image.Image, rng: random.Random, grey=240, skew=0.8, noise=5.0, tint=(0, 0, 0)):
    """Flatbed scan: grey paper, slight skew, sensor noise, a little blur."""
    arr = np.asarray(im.convert("RGB")).astype(np.float32)
    g = grey / 255
    arr = arr * g + np.array(tint, np.float32)
    nr = np.random.default_rng(rng.randint(0, 2**31))
    arr += nr.normal(0, noise, arr.shape[:2])[..., None]
    out = Image.fromarray(np.clip(arr, 0, 255).astype(np.uint8))
    ang = rng.uniform(-skew, skew)
    fill = tuple(int(grey * 0.98 + t) for t in tint)
    out = out.rotate(ang, resample=Image.BICUBIC, expand=False, fillcolor=fill)
    return out.filter(ImageFilter.GaussianBlur(rng.uniform(0.3, 0.7)))


def phone_photo(im: Image.Image, rng: random.Random, long_side=3264, rot=0, table="wood"):
    """Photograph a page lying on a table: perspective, shadow, light, colour cast, blur."""
    src = np.asarray(im.convert("RGB"))
    h, w = src.shape[:2]
    portrait = h >= w
    W, H = (long_side * 3 // 4, long_side) if portrait else (long_side, long_side * 3 // 4)
    nr = np.random.default_rng(rng.randint(0, 2**31))
    if table == "wood":
        base = np.array([120, 85, 55], np.float32)
        yy = np.arange(H)[:, None]
        grain = np.sin(yy / rng.uniform(9, 20) + np.sin(np.arange(W)[None, :] / 300) * 3) * 14
        bg = base[None, None, :] + grain[..., None] + nr.normal(0, 4, (H, W, 1))
    else:
        base = np.array([rng.randint(60, 200)] * 3, np.float32) * np.array([1.0, 0.98, 0.94])
        bg = np.broadcast_to(base, (H, W, 3)) + nr.normal(0, 5, (H, W, 1))
    bg = np.clip(bg, 0, 255).astype(np.uint8)
    scale = min(W / w, H / h) * rng.uniform(0.72, 0.86)
    cw, ch = w * scale, h * scale
    cx, cy = W / 2 + rng.uniform(-0.04, 0.04) * W, H / 2 + rng.uniform(-0.04, 0.04) * H
    j = lambda: rng.uniform(-0.035, 0.035) * min(W, H)  # noqa: E731
    dst = np.float32(
        [
            [cx - cw / 2 + j(), cy - ch / 2 + j()],
            [cx + cw / 2 + j(), cy - ch / 2 + j()],
            [cx + cw / 2 + j(), cy + ch / 2 + j()],
            [cx - cw / 2 + j(), cy + ch / 2 + j()],
        ]
    )
    M = cv2.getPerspectiveTransform(np.float32([[0, 0], [w, 0], [w, h], [0, h]]), dst)
    warped = cv2.warpPerspective(src, M, (W, H), flags=cv2.INTER_LINEAR)
    mask = cv2.warpPerspective(np.full((h, w), 255, np.uint8), M, (W, H))
    sh = cv2.GaussianBlur(mask, (0, 0), 18)
    bgf = bg.astype(np.float32) * (1 - 0.35 * sh[..., None] / 255)
    m = mask[..., None].astype(np.float32) / 255
    out = warped.astype(np.float32) * m + bgf * (1 - m)
    gx = np.linspace(rng.uniform(0.7, 0.95), rng.uniform(1.0, 1.12), W)[None, :]
    gy = np.linspace(rng.uniform(0.85, 1.05), rng.uniform(0.8, 1.05), H)[:, None]
    light = gx * gy
    if rng.random() < 0.7:
        x0 = rng.uniform(0, W)
        light = light * np.where(np.arange(W)[None, :] < x0, 1.0, rng.uniform(0.72, 0.85))
        light = cv2.GaussianBlur(light.astype(np.float32), (0, 0), 40)
    cast = np.array([rng.uniform(0.95, 1.06), 1.0, rng.uniform(0.86, 0.98)], np.float32)
    out = out * light[..., None] * cast[None, None, :] + nr.normal(0, 3.5, (H, W, 1))
    out = np.clip(out, 0, 255).astype(np.uint8)
    out = cv2.GaussianBlur(out, (0, 0), rng.uniform(0.8, 1.6))
    img = Image.fromarray(out)
    if rot:
        img = img.rotate(rot, expand=True)
    return img


def save_jpeg(im, path, q=85):
    im.convert("RGB").save(str(path), "JPEG", quality=q, optimize=False)
