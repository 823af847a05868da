"""Drawing kit: a page model rendered either by Pillow (images) or reportlab (text PDFs),
handwriting, check digits and the "looks" (scan, phone photo, scanner PDF)."""

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

TT = "/usr/share/fonts/truetype/"
OT = "/usr/share/fonts/opentype/"
FONTS = {
    "sans": TT + "liberation/LiberationSans-Regular.ttf",
    "sansb": TT + "liberation/LiberationSans-Bold.ttf",
    "sansi": TT + "liberation/LiberationSans-Italic.ttf",
    "serif": TT + "liberation/LiberationSerif-Regular.ttf",
    "serifb": TT + "liberation/LiberationSerif-Bold.ttf",
    "serifi": TT + "liberation/LiberationSerif-Italic.ttf",
    "mono": TT + "dejavu/DejaVuSansMono.ttf",
    "dejavu": TT + "dejavu/DejaVuSans.ttf",
    "dejavub": TT + "dejavu/DejaVuSans-Bold.ttf",
    "dserif": TT + "dejavu/DejaVuSerif.ttf",
    "dserifb": TT + "dejavu/DejaVuSerif-Bold.ttf",
    "roboto": TT + "roboto/unhinted/RobotoTTF/Roboto-Regular.ttf",
    "robotob": TT + "roboto/unhinted/RobotoTTF/Roboto-Bold.ttf",
    "robotom": TT + "roboto/unhinted/RobotoTTF/Roboto-Medium.ttf",
    "cond": TT + "roboto/unhinted/RobotoCondensed-Regular.ttf",
    "condb": TT + "roboto/unhinted/RobotoCondensed-Bold.ttf",
    "lato": TT + "lato/Lato-Regular.ttf",
    "latob": TT + "lato/Lato-Bold.ttf",
    "open": TT + "open-sans/OpenSans-Regular.ttf",
    "openb": TT + "open-sans/OpenSans-Bold.ttf",
    "carlito": TT + "crosextra/Carlito-Regular.ttf",
    "carlitob": TT + "crosextra/Carlito-Bold.ttf",
    "ocrb": OT + "ocr-b/OCRB.otf",
}
HANDS = {
    "dancing": OT + "dancingscript/DancingScript-Regular.otf",
    "kaushan": OT + "kaushanscript/KaushanScript-Regular.otf",
    "femke": TT + "femkeklaver/femkeklaver.ttf",
    "ecolier": TT + "ecolier-court/Ecolier-court.ttf",
    "breip": TT + "breip/Breip.ttf",
    "rufscript": TT + "rufscript/Rufscript010.ttf",
}
_RL_DONE: set[str] = set()
_PIL_CACHE: dict = {}


def pil_font(path: str, px: int) -> ImageFont.FreeTypeFont:
    key = (path, px)
    if key not in _PIL_CACHE:
        _PIL_CACHE[key] = ImageFont.truetype(path, max(px, 4))
    return _PIL_CACHE[key]


def rl_font(name: str) -> str:
    if name == "ocrb" or FONTS[name].endswith(".otf"):
        name = "mono"
    if name not in _RL_DONE:
        pdfmetrics.registerFont(TTFont("F_" + name, FONTS[name]))
        _RL_DONE.add(name)
    return "F_" + name


PT = 25.4 / 72  # mm per point


class Page:
    """A page in millimetres, origin top-left. Text y is the baseline; sizes in points."""

    def __init__(self, w: float = 210, h: float = 297, bg=(255, 255, 255)):
        self.w, self.h, self.bg, self.ops = w, h, bg, []

    def text(self, x, y, s, font="sans", size=9, color=(0, 0, 0), align="l"):
        self.ops.append(("text", x, y, str(s), font, size, color, align))

    def rect(self, x, y, w, h, stroke=(0, 0, 0), fill=None, lw=0.25):
        self.ops.append(("rect", x, y, w, h, stroke, fill, lw))

    def line(self, x1, y1, x2, y2, color=(0, 0, 0), lw=0.25, dash=False):
        self.ops.append(("line", x1, y1, x2, y2, color, lw, dash))

    def image(self, x, y, w, h, img: Image.Image):
        self.ops.append(("image", x, y, w, h, img))

    def para(self, x, y, text, width, font="sans", size=8, lead=None, color=(0, 0, 0)):
        """Word-wrapped paragraph; returns the y after the last line."""
        lead = lead or size * 1.25 * PT
        f = pil_font(FONTS[font], 200)
        scale = size * PT / 200 * 1.0
        line = ""
        for word in text.split():
            cand = (line + " " + word).strip()
            if f.getlength(cand) * scale * 200 / 200 > width and line:
                self.text(x, y, line, font, size, color)
                y += lead
                line = word
            else:
                line = cand
        if line:
            self.text(x, y, line, font, size, color)
            y += lead
        return y

    def width_of(self, s, font, size):
        return pil_font(FONTS[font], 200).getlength(s) * size * PT / 200

    def checkbox(self, x, y, size=3.2, ticked=False, lw=0.3):
        self.rect(x, y, size, size, lw=lw)
        if ticked:
            self.line(x + 0.5, y + 0.5, x + size - 0.5, y + size - 0.5, lw=0.45)
            self.line(x + 0.5, y + size - 0.5, x + size - 0.5, y + 0.5, lw=0.45)

    def comb(self, x, y, n, cell=4.2, h=5.0, text="", font="mono", size=10, lw=0.25):
        for i in range(n):
            self.rect(x + i * cell, y, cell, h, lw=lw)
        for i, ch in enumerate(text[:n]):
            self.text(x + i * cell + cell / 2, y + h - 1.2, ch, font, size, align="m")


# ---------------------------------------------------------------- rendering


def render(page: Page, dpi: float = 200) -> Image.Image:
    k = dpi / 25.4
    img = Image.new("RGB", (round(page.w * k), round(page.h * k)), page.bg)
    d = ImageDraw.Draw(img)
    for op in page.ops:
        kind = op[0]
        if kind == "text":
            _, x, y, s, font, size, color, align = op
            f = pil_font(FONTS[font], round(size * PT * k))
            d.text((x * k, y * k), s, font=f, fill=color, anchor=align + "s")
        elif kind == "rect":
            _, x, y, w, h, stroke, fill, lw = op
            width = max(1, round(lw * k)) if stroke else 0
            d.rectangle(
                [x * k, y * k, (x + w) * k, (y + h) * k], fill=fill, outline=stroke, width=width
            )
        elif kind == "line":
            _, x1, y1, x2, y2, color, lw, dash = op
            width = max(1, round(lw * k))
            if dash:
                n = max(1, int(math.hypot(x2 - x1, y2 - y1) / 1.0))
                for i in range(0, n, 2):
                    a, b = i / n, min(1, (i + 1) / n)
                    d.line(
                        [
                            (x1 + (x2 - x1) * a) * k,
                            (y1 + (y2 - y1) * a) * k,
                            (x1 + (x2 - x1) * b) * k,
                            (y1 + (y2 - y1) * b) * k,
                        ],
                        fill=color,
                        width=width,
                    )
            else:
                d.line([x1 * k, y1 * k, x2 * k, y2 * k], fill=color, width=width)
        elif kind == "image":
            _, x, y, w, h, im = op
            im2 = im.resize((max(1, round(w * k)), max(1, round(h * k))), Image.LANCZOS)
            if im2.mode == "RGBA":
                img.paste(im2, (round(x * k), round(y * k)), im2)
            else:
                img.paste(im2.convert("RGB"), (round(x * k), round(y * k)))
    return img


def write_text_pdf(pages: list[Page], path: str, title: str = "", author: str = "") -> None:
    c = rl_canvas.Canvas(path, invariant=1, pageCompression=1)
    c.setTitle(title)
    c.setAuthor(author)
    c.setCreator(author or "Editique")
    for page in pages:
        c.setPageSize((page.w / PT, page.h / PT))
        H = page.h

        def Y(y, H=H):
            return (H - y) / PT

        if page.bg != (255, 255, 255):
            c.setFillColorRGB(*[v / 255 for v in page.bg])
            c.rect(0, 0, page.w / PT, page.h / PT, stroke=0, fill=1)
        for op in page.ops:
            kind = op[0]
            if kind == "text":
                _, x, y, s, font, size, color, align = op
                c.setFont(rl_font(font), size)
                c.setFillColorRGB(*[v / 255 for v in color])
                fn = {"l": c.drawString, "r": c.drawRightString, "m": c.drawCentredString}
                fn[align](x / PT, Y(y), s)
            elif kind == "rect":
                _, x, y, w, h, stroke, fill, lw = op
                c.setLineWidth(lw / PT)
                if stroke:
                    c.setStrokeColorRGB(*[v / 255 for v in stroke])
                if fill:
                    c.setFillColorRGB(*[v / 255 for v in fill])
                c.rect(x / PT, Y(y + h), w / PT, h / PT, stroke=1 if stroke else 0, fill=bool(fill))
            elif kind == "line":
                _, x1, y1, x2, y2, color, lw, dash = op
                c.setLineWidth(lw / PT)
                c.setStrokeColorRGB(*[v / 255 for v in color])
                c.setDash(2, 2) if dash else c.setDash()
                c.line(x1 / PT, Y(y1), x2 / PT, Y(y2))
                c.setDash()
            elif kind == "image":
                _, x, y, w, h, im = op
                buf = io.BytesIO()
                im.save(buf, "PNG")
                buf.seek(0)
                c.drawImage(ImageReader(buf), x / PT, Y(y + h), w / PT, h / PT, mask="auto")
        c.showPage()
    c.save()


def write_image_pdf(images: list[Image.Image], path: str, dpi: float = 200, q: int = 80) -> None:
    c = rl_canvas.Canvas(path, invariant=1)
    c.setCreator("Canon iR-ADV C3530 PDF")
    for im in images:
        w, h = im.size[0] / dpi * 72, im.size[1] / dpi * 72
        c.setPageSize((w, h))
        buf = io.BytesIO()
        im.convert("RGB").save(buf, "JPEG", quality=q)
        buf.seek(0)
        c.drawImage(ImageReader(buf), 0, 0, w, h)
        c.showPage()
    c.save()


def save_jpeg(im: Image.Image, path: str, q: int = 88, dpi: int | None = None) -> None:
    kw = {"quality": q}
    if dpi:
        kw["dpi"] = (dpi, dpi)
    im.convert("RGB").save(path, "JPEG", **kw)


# ---------------------------------------------------------------- handwriting


def hand_image(text, size_pt, rng, font="dancing", color=(25, 35, 110), slant=0.0, px_mm=12):
    """Handwritten text as an RGBA image (transparent background) with per-glyph jitter."""
    px = round(size_pt * PT * px_mm)
    f = pil_font(HANDS[font], px)
    wtot = int(f.getlength(text) * 1.15 + px * 2)
    im = Image.new("RGBA", (wtot, int(px * 2.2)), (0, 0, 0, 0))
    x = px * 0.4
    base = px * 1.5
    drift = rng.uniform(-0.04, 0.04)
    for ch in text:
        g = pil_font(HANDS[font], max(4, round(px * rng.uniform(0.93, 1.07))))
        gw = g.getlength(ch)
        if ch != " ":
            tile = Image.new("RGBA", (int(gw + px), int(px * 2.2)), (0, 0, 0, 0))
            ImageDraw.Draw(tile).text(
                (px * 0.5, base), ch, font=g, fill=color + (rng.randint(200, 255),), anchor="ls"
            )
            tile = tile.rotate(rng.uniform(-5, 5), resample=Image.BICUBIC, center=(px * 0.5, base))
            dy = int(rng.uniform(-0.05, 0.05) * px + drift * x)
            im.alpha_composite(tile, (max(0, int(x - px * 0.5)), max(0, dy)))
        x += gw * rng.uniform(0.97, 1.06)
    im = im.crop((0, 0, min(wtot, int(x + px * 0.6)), im.size[1]))
    if slant:
        im = im.transform(im.size, Image.AFFINE, (1, slant, -slant * base, 0, 1, 0), Image.BICUBIC)
    return im, px_mm, base


def put_hand(page, x, y, text, size_pt=12, rng=None, font="dancing", color=(25, 35, 110)):
    """Handwritten text whose baseline starts at (x, y) mm."""
    rng = rng or random.Random(text)
    im, k, base = hand_image(text, size_pt, rng, font, color)
    page.image(x - im.size[0] * 0 / k, y - base / k, im.size[0] / k, im.size[1] / k, im)


def signature_image(name, rng, color=(20, 30, 100), font="kaushan"):
    """A script signature with a flourish; name drawn loosely, then underlined by a loop."""
    im, k, base = hand_image(name, 20, rng, font, color, slant=-0.25)
    w, h = im.size
    d = ImageDraw.Draw(im)
    pts = []
    x0, y0 = w * rng.uniform(0.05, 0.2), base + h * 0.12
    for i in range(60):
        t = i / 59
        px_ = x0 + (w * 0.95 - x0) * t
        py_ = y0 + math.sin(t * math.pi * rng.uniform(1.2, 2.2)) * h * 0.12 - t * h * 0.15
        pts.append((px_, py_))
    d.line(pts, fill=color + (235,), width=max(2, int(h * 0.025)), joint="curve")
    return im.filter(ImageFilter.GaussianBlur(0.6)), k


def put_signature(page, x, y, w, h, name, rng, font="kaushan"):
    im, _ = signature_image(name, rng, font=font)
    r = min(w / im.size[0], h / im.size[1])
    page.image(x, y, im.size[0] * r, im.size[1] * r, im)


def portrait(rng, w=300, h=380, skin=(120, 85, 60)):
    im = Image.new("RGB", (w, h), (225, 228, 232))
    d = ImageDraw.Draw(im)
    for i in range(h):
        v = 230 - i // 12
        d.line([(0, i), (w, i)], fill=(v, v + 2, v + 5))
    sk = tuple(max(0, min(255, c + rng.randint(-15, 15))) for c in skin)
    d.ellipse([w * 0.08, h * 0.72, w * 0.92, h * 1.3], fill=(40, 45, 60))
    d.rectangle([w * 0.42, h * 0.55, w * 0.58, h * 0.78], fill=sk)
    d.ellipse([w * 0.28, h * 0.18, w * 0.72, h * 0.68], fill=sk)
    d.ellipse([w * 0.26, h * 0.12, w * 0.74, h * 0.38], fill=(25, 20, 20))
    for ex in (0.4, 0.6):
        d.ellipse([w * ex - 6, h * 0.42 - 3, w * ex + 6, h * 0.42 + 3], fill=(30, 25, 25))
    d.line([(w * 0.43, h * 0.57), (w * 0.57, h * 0.57)], fill=(90, 50, 45), width=3)
    return im.filter(ImageFilter.GaussianBlur(1.2))


# ---------------------------------------------------------------- check digits


def mrz_cd(s: str) -> str:
    w = (7, 3, 1)
    t = 0
    for i, ch in enumerate(s):
        v = int(ch) if ch.isdigit() else (0 if ch == "<" else ord(ch) - 55)
        t += v * w[i % 3]
    return str(t % 10)


def mrz_name(surname: str, given: str, n: int) -> str:
    s = surname.upper().replace(" ", "<").replace("-", "<").replace("'", "")
    g = given.upper().replace(" ", "<").replace("-", "<")
    return (s + "<<" + g).ljust(n, "<")[:n]


def td3(doc_type, country, surname, given, num, nat, dob, sex, exp, opt=""):
    """dob/exp as YYMMDD."""
    l1 = (doc_type.ljust(2, "<") + country + mrz_name(surname, given, 39))[:44]
    num9 = num.ljust(9, "<")
    opt14 = opt.ljust(14, "<")
    optcd = mrz_cd(opt14) if opt else "<"
    part = num9 + mrz_cd(num9) + nat + dob + mrz_cd(dob) + sex + exp + mrz_cd(exp) + opt14 + optcd
    comp = part[0:10] + part[13:20] + part[21:43]
    return l1, part + mrz_cd(comp)


def mrva(country, surname, given, num, nat, dob, sex, exp, opt=""):
    l1 = ("V<" + country + mrz_name(surname, given, 39))[:44]
    num9 = num.ljust(9, "<")
    l2 = num9 + mrz_cd(num9) + nat + dob + mrz_cd(dob) + sex + exp + mrz_cd(exp)
    return l1, (l2 + opt).ljust(44, "<")[:44]


def td1(doc_type, country, num, dob, sex, exp, nat, surname, given, opt1="", opt2=""):
    num9 = num.ljust(9, "<")
    l1 = (doc_type.ljust(2, "<") + country + num9 + mrz_cd(num9) + opt1).ljust(30, "<")[:30]
    l2 = (dob + mrz_cd(dob) + sex + exp + mrz_cd(exp) + nat + opt2).ljust(29, "<")[:29]
    comp = l1[5:30] + l2[0:7] + l2[8:15] + l2[18:29]
    l2 += mrz_cd(comp)
    return l1, l2, mrz_name(surname, given, 30)


def _num(s: str) -> str:
    return "".join(str(int(c, 36)) for c in s)


def iban(country: str, bban: str) -> str:
    ck = 98 - int(_num(bban + country + "00")) % 97
    return f"{country}{ck:02d}{bban}"


def iban_ok(s: str) -> bool:
    s = s.replace(" ", "")
    return int(_num(s[4:] + s[:4])) % 97 == 1


RIB_TABLE = {
    c: d
    for d, cs in enumerate(["", "AJ", "BKS", "CLT", "DMU", "ENV", "FOW", "GPX", "HQY", "IRZ"])
    for c in cs
}


def rib_key(bank: str, branch: str, account: str) -> str:
    acc = "".join(str(RIB_TABLE[c]) if c.isalpha() else c for c in account.upper())
    return f"{97 - (89 * int(bank) + 15 * int(branch) + 3 * int(acc)) % 97:02d}"


def fr_iban(bank, branch, account):
    key = rib_key(bank, branch, account)
    return iban("FR", bank + branch + account + key), key


def group4(s: str) -> str:
    return " ".join(s[i : i + 4] for i in range(0, len(s), 4))


# ---------------------------------------------------------------- looks


def _paper(im, rng, tone):
    a = np.asarray(im).astype(np.float32)
    a = a * (np.array(tone, np.float32) / 255.0)
    a += np.random.default_rng(rng.randint(0, 2**31)).normal(0, 3.0, a.shape)
    return Image.fromarray(np.clip(a, 0, 255).astype(np.uint8))


def scan_look(im: Image.Image, rng: random.Random, tone=(246, 244, 238)) -> Image.Image:
    ang = rng.uniform(-1.3, 1.3)
    im = im.rotate(ang, resample=Image.BICUBIC, expand=False, fillcolor=(255, 255, 255))
    im = im.filter(ImageFilter.GaussianBlur(rng.uniform(0.3, 0.7)))
    return _paper(im, rng, tone)


def on_scanner_bed(card: Image.Image, rng, dpi=200, offset=(15, 15)) -> Image.Image:
    """A card or passport page lying on an A4 flatbed scan."""
    k = dpi / 25.4
    bed = Image.new("RGB", (round(210 * k), round(297 * k)), (252, 252, 250))
    bed.paste(card, (round(offset[0] * k), round(offset[1] * k)))
    return bed


def phone_photo(im: Image.Image, rng: random.Random, long_side=3264, rot=0, table=None):
    """Photo of a page/card on a table: perspective, shadow, colour cast, blur."""
    table = table or rng.choice([(120, 88, 60), (190, 190, 185), (60, 62, 70), (150, 120, 95)])
    portrait_ = im.size[1] >= im.size[0]
    W, H = (
        (round(long_side * 0.75), long_side) if portrait_ else (long_side, round(long_side * 0.75))
    )
    bg = np.zeros((H, W, 3), np.float32) + np.array(table, np.float32)
    nrng = np.random.default_rng(rng.randint(0, 2**31))
    grain = cv2.GaussianBlur(nrng.normal(0, 18, (H // 8, W // 8)).astype(np.float32), (0, 0), 3)
    bg += cv2.resize(grain, (W, H))[..., None]
    src = np.array(im.convert("RGB")).astype(np.float32)
    h, w = src.shape[:2]
    fill = rng.uniform(0.72, 0.86)
    s = min(W * fill / w, H * fill / h)
    cx, cy = W / 2 + rng.uniform(-0.04, 0.04) * W, H / 2 + rng.uniform(-0.04, 0.04) * H
    corners = []
    for px, py in [(-1, -1), (1, -1), (1, 1), (-1, 1)]:
        j = 0.035
        corners.append(
            [
                cx + px * w * s / 2 * (1 + rng.uniform(-j, j)) + rng.uniform(-1, 1) * W * 0.015,
                cy + py * h * s / 2 * (1 + rng.uniform(-j, j)) + rng.uniform(-1, 1) * H * 0.015,
            ]
        )
    M = cv2.getPerspectiveTransform(
        np.float32([[0, 0], [w, 0], [w, h], [0, h]]), np.float32(corners)
    )
    warped = cv2.warpPerspective(src, M, (W, H), flags=cv2.INTER_LINEAR)
    mask = cv2.warpPerspective(np.ones((h, w), np.float32), M, (W, H))
    out = bg * (1 - mask[..., None]) + warped * mask[..., None]
    yy, xx = np.mgrid[0:H, 0:W].astype(np.float32)
    ang = rng.uniform(0, 2 * math.pi)
    grad = (xx / W - 0.5) * math.cos(ang) + (yy / H - 0.5) * math.sin(ang)
    light = 1.0 - rng.uniform(0.12, 0.3) * (grad + 0.5)
    out *= light[..., None]
    cast = np.array([rng.uniform(0.95, 1.04), rng.uniform(0.96, 1.02), rng.uniform(0.86, 0.98)])
    out *= cast.astype(np.float32)
    out = cv2.GaussianBlur(out, (0, 0), rng.uniform(0.8, 1.6))
    out += nrng.normal(0, 4, out.shape).astype(np.float32)
    res = Image.fromarray(np.clip(out, 0, 255).astype(np.uint8))
    if rot:
        res = res.rotate(rot, expand=True)
    return res
