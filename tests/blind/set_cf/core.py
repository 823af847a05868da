"""Drawing core for set_cf: a page of vector ops rendered to PIL or to a text PDF, looks, checksums."""

from __future__ import annotations

import hashlib
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

FT = "/usr/share/fonts/truetype/"
FONTS = {
    "sans": FT + "liberation/LiberationSans-Regular.ttf",
    "sansb": FT + "liberation/LiberationSans-Bold.ttf",
    "sansi": FT + "liberation/LiberationSans-Italic.ttf",
    "narrow": FT + "liberation/LiberationSansNarrow-Regular.ttf",
    "serif": FT + "liberation/LiberationSerif-Regular.ttf",
    "serifb": FT + "liberation/LiberationSerif-Bold.ttf",
    "serifi": FT + "liberation/LiberationSerif-Italic.ttf",
    "mono": FT + "dejavu/DejaVuSansMono.ttf",
    "monob": FT + "liberation/LiberationMono-Bold.ttf",
    "dejavu": FT + "dejavu/DejaVuSans.ttf",
    "dejavub": FT + "dejavu/DejaVuSans-Bold.ttf",
    "lato": FT + "lato/Lato-Regular.ttf",
    "latob": FT + "lato/Lato-Black.ttf",
    "roboto": FT + "roboto/unhinted/RobotoTTF/Roboto-Regular.ttf",
    "robotob": FT + "roboto/unhinted/RobotoTTF/Roboto-Bold.ttf",
    "robotoc": FT + "roboto/unhinted/RobotoCondensed-Regular.ttf",
    "open": FT + "open-sans/OpenSans-Regular.ttf",
    "openb": FT + "open-sans/OpenSans-Bold.ttf",
    "carlito": FT + "crosextra/Carlito-Regular.ttf",
    "carlitob": FT + "crosextra/Carlito-Bold.ttf",
    "caladea": FT + "crosextra/Caladea-Regular.ttf",
    "arabic": "/usr/share/fonts/opentype/fonts-hosny-amiri/Amiri-Regular.ttf",
    "h_femke": FT + "femkeklaver/femkeklaver.ttf",
    "h_ecolier": FT + "ecolier-court/Ecolier-court.ttf",
    "h_dkg": FT + "fifthhorseman/dkgIt.ttf",
    "h_breip": FT + "breip/Breip.ttf",
    "h_ruf": FT + "rufscript/Rufscript010.ttf",
}
# Amiri ships as .ttf inside an "opentype" folder; it is used only for raster Arabic text.
_PIL_FONTS: dict = {}
_RL_DONE: set = set()


def pil_font(key: str, px: float) -> ImageFont.FreeTypeFont:
    k = (key, round(px))
    if k not in _PIL_FONTS:
        _PIL_FONTS[k] = ImageFont.truetype(FONTS[key], max(4, k[1]))
    return _PIL_FONTS[k]


def rl_font(key: str) -> str:
    if key not in _RL_DONE:
        pdfmetrics.registerFont(TTFont("F_" + key, FONTS[key]))
        _RL_DONE.add(key)
    return "F_" + key


def seed_of(*parts) -> int:
    return int(hashlib.sha256("|".join(map(str, parts)).encode()).hexdigest()[:12], 16)


# ---------------------------------------------------------------- page model (mm, top-left)
class Page:
    def __init__(self, w: float = 210.0, h: float = 297.0, bg=(255, 255, 255)):
        self.w, self.h, self.bg, self.ops = w, h, bg, []

    def text(self, x, y, s, font="sans", size=9.0, color=(0, 0, 0), anchor="l", rtl=False):
        self.ops.append(("text", x, y, str(s), font, size, color, anchor, rtl))

    def hand(self, x, y, s, font="h_femke", size=13.0, color=(20, 30, 110), seed=0):
        self.ops.append(("hand", x, y, str(s), font, size, color, seed))

    def rect(self, x, y, w, h, stroke=(0, 0, 0), fill=None, lw=0.3):
        self.ops.append(("rect", x, y, w, h, stroke, fill, lw))

    def line(self, x1, y1, x2, y2, color=(0, 0, 0), lw=0.3, dash=False):
        self.ops.append(("line", x1, y1, x2, y2, color, lw, dash))

    def poly(self, pts, color=(20, 30, 110), lw=0.45):
        self.ops.append(("poly", pts, color, lw))

    def image(self, x, y, w, h, img: Image.Image):
        self.ops.append(("image", x, y, w, h, img))

    def ellipse(self, x, y, w, h, stroke=(0, 0, 0), fill=None, lw=0.3):
        self.ops.append(("ellipse", x, y, w, h, stroke, fill, lw))

    def para(self, x, y, width, s, font="sans", size=8.0, lead=None, color=(0, 0, 0)):
        """Wrapped text; returns the y after the last line."""
        lead = lead or size * 0.45
        f = pil_font(font, 100)
        words, line = s.split(), ""
        for w in words:
            trial = (line + " " + w).strip()
            if f.getlength(trial) * size / 100 * 0.3528 > width and line:
                self.text(x, y, line, font, size, color)
                y += lead
                line = w
            else:
                line = trial
        if line:
            self.text(x, y, line, font, size, color)
            y += lead
        return y

    def comb(self, x, y, n, cw=5.0, ch=6.0, lw=0.25, color=(0, 0, 0)):
        for i in range(n):
            self.rect(x + i * cw, y, cw, ch, color, None, lw)


def _hand_chars(s, seed, size):
    rng = random.Random(seed)
    out = []
    for ch in s:
        out.append((ch, rng.gauss(0, 0.09) * size * 0.3528, rng.uniform(0.92, 1.08)))
    return out


def render_pil(page: Page, dpi: float = 200) -> Image.Image:
    k = dpi / 25.4
    img = Image.new("RGB", (int(page.w * k), int(page.h * k)), page.bg)
    d = ImageDraw.Draw(img)
    for op in page.ops:
        kind = op[0]
        if kind == "text":
            _, x, y, s, font, size, color, anchor, rtl = op
            f = pil_font(font, size * dpi / 72)
            a = {"l": "ls", "r": "rs", "c": "ms"}[anchor]
            kw = {"direction": "rtl", "language": "ar"} if rtl else {}
            d.text((x * k, y * k), s, font=f, fill=color, anchor=a, **kw)
        elif kind == "hand":
            _, x, y, s, font, size, color, seed = op
            cx = x * k
            for ch, dy, sc in _hand_chars(s, seed, size):
                f = pil_font(font, size * sc * dpi / 72)
                d.text((cx, (y + dy) * k), ch, font=f, fill=color, anchor="ls")
                cx += f.getlength(ch)
        elif kind == "rect":
            _, x, y, w, h, stroke, fill, lw = op
            d.rectangle(
                [x * k, y * k, (x + w) * k, (y + h) * k],
                fill=fill,
                outline=stroke,
                width=max(1, int(lw * k)) if stroke else 0,
            )
        elif kind == "ellipse":
            _, x, y, w, h, stroke, fill, lw = op
            d.ellipse(
                [x * k, y * k, (x + w) * k, (y + h) * k],
                fill=fill,
                outline=stroke,
                width=max(1, int(lw * k)) if stroke else 0,
            )
        elif kind == "line":
            _, x1, y1, x2, y2, color, lw, dash = op
            if dash:
                n = max(1, int(math.hypot(x2 - x1, y2 - y1) / 1.2))
                for i in range(0, n, 2):
                    a, b = i / n, min(1, (i + 1) / n)
                    d.line(
                        [
                            ((x1 + (x2 - x1) * a) * k, (y1 + (y2 - y1) * a) * k),
                            ((x1 + (x2 - x1) * b) * k, (y1 + (y2 - y1) * b) * k),
                        ],
                        fill=color,
                        width=max(1, int(lw * k)),
                    )
            else:
                d.line([(x1 * k, y1 * k), (x2 * k, y2 * k)], fill=color, width=max(1, int(lw * k)))
        elif kind == "poly":
            _, pts, color, lw = op
            d.line([(px * k, py * k) for px, py in pts], fill=color, width=max(1, int(lw * k)))
        elif kind == "image":
            _, x, y, w, h, im = op
            im2 = im.convert("RGB").resize((max(1, int(w * k)), max(1, int(h * k))))
            img.paste(im2, (int(x * k), int(y * k)))
    return img


def render_pdf_page(c, page: Page):
    mm = 72 / 25.4
    H = page.h
    c.setPageSize((page.w * mm, page.h * mm))
    if page.bg != (255, 255, 255):
        c.setFillColorRGB(*[v / 255 for v in page.bg])
        c.rect(0, 0, page.w * mm, page.h * mm, stroke=0, fill=1)
    for op in page.ops:
        kind = op[0]
        if kind == "text":
            _, x, y, s, font, size, color, anchor, rtl = op
            if rtl:
                raise ValueError("RTL text is raster-only")
            c.setFillColorRGB(*[v / 255 for v in color])
            c.setFont(rl_font(font), size)
            fn = {"l": c.drawString, "r": c.drawRightString, "c": c.drawCentredString}[anchor]
            fn(x * mm, (H - y) * mm, s)
        elif kind == "hand":
            _, x, y, s, font, size, color, seed = op
            c.setFillColorRGB(*[v / 255 for v in color])
            cx = x * mm
            for ch, dy, sc in _hand_chars(s, seed, size):
                c.setFont(rl_font(font), size * sc)
                c.drawString(cx, (H - y - dy) * mm, ch)
                cx += pdfmetrics.stringWidth(ch, rl_font(font), size * sc)
        elif kind in ("rect", "ellipse"):
            _, x, y, w, h, stroke, fill, lw = op
            if fill:
                c.setFillColorRGB(*[v / 255 for v in fill])
            if stroke:
                c.setStrokeColorRGB(*[v / 255 for v in stroke])
            c.setLineWidth(lw * mm)
            f = c.rect if kind == "rect" else c.ellipse
            if kind == "rect":
                f(
                    x * mm,
                    (H - y - h) * mm,
                    w * mm,
                    h * mm,
                    stroke=1 if stroke else 0,
                    fill=1 if fill else 0,
                )
            else:
                f(x * mm, (H - y - h) * mm, (x + w) * mm, (H - y) * mm, stroke=1 if stroke else 0,
                  fill=1 if fill else 0)  # fmt: skip
        elif kind == "line":
            _, x1, y1, x2, y2, color, lw, dash = op
            c.setStrokeColorRGB(*[v / 255 for v in color])
            c.setLineWidth(lw * mm)
            c.setDash(1.2 * mm, 1.2 * mm) if dash else c.setDash()
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
        elif kind == "image":
            _, x, y, w, h, im = op
            c.drawImage(ImageReader(im.convert("RGB")), x * mm, (H - y - h) * mm, w * mm, h * mm)


def write_text_pdf(path, pages, title="document", author=""):
    c = rl_canvas.Canvas(str(path), invariant=1)
    c.setTitle(title)
    c.setAuthor(author)
    c.setCreator("")
    for p in pages:
        render_pdf_page(c, p)
        c.showPage()
    c.save()


# ---------------------------------------------------------------- looks
def paperize(img: Image.Image, rng: random.Random, grey=236, skew=0.6) -> Image.Image:
    a = np.asarray(img).astype(np.float32)
    tint = np.array([grey, grey - rng.randint(0, 4), grey - rng.randint(2, 10)], np.float32)
    a = a * (tint / 255.0)
    a += np.random.default_rng(rng.randint(0, 2**31)).normal(0, 3.0, a.shape[:2])[..., None]
    out = Image.fromarray(np.clip(a, 0, 255).astype(np.uint8))
    ang = rng.uniform(-skew, skew)
    out = out.rotate(
        ang, resample=Image.BICUBIC, expand=False, fillcolor=tuple(int(v) for v in tint)
    )
    return out.filter(ImageFilter.GaussianBlur(rng.uniform(0.2, 0.6)))


def save_jpeg(img: Image.Image, path, q=85, dpi=None):
    kw = {"dpi": (dpi, dpi)} if dpi else {}
    img.save(str(path), "JPEG", quality=q, optimize=False, **kw)


def scan_image(page: Page, rng: random.Random, dpi=200) -> Image.Image:
    return paperize(render_pil(page, dpi), rng)


def write_image_pdf(path, imgs, dpi=200):
    c = rl_canvas.Canvas(str(path), invariant=1)
    c.setCreator("")
    for im in imgs:
        w, h = im.size[0] * 72 / dpi, im.size[1] * 72 / dpi
        c.setPageSize((w, h))
        buf = io.BytesIO()
        im.convert("RGB").save(buf, "JPEG", quality=72)
        buf.seek(0)
        c.drawImage(ImageReader(buf), 0, 0, w, h)
        c.showPage()
    c.save()


def phone_photo(img: Image.Image, rng: random.Random, long_side=3264, rot=0, table=(92, 70, 52)):
    """Put a rendered document on a table, with perspective, shadow, cast, blur, rotation."""
    W, H = (long_side, int(long_side * 3 / 4))
    if img.size[1] > img.size[0]:
        W, H = H, W
    doc = np.asarray(img.convert("RGB")).astype(np.float32)
    dh, dw = doc.shape[:2]
    scale = min(W / dw, H / dh) * rng.uniform(0.72, 0.86)
    cw, ch = dw * scale, dh * scale
    ox, oy = (W - cw) / 2 + rng.uniform(-60, 60), (H - ch) / 2 + rng.uniform(-60, 60)
    j = lambda: rng.uniform(-0.045, 0.045) * min(cw, ch)
    dst = np.float32(
        [[ox + j(), oy + j()], [ox + cw + j(), oy + j()], [ox + cw + j(), oy + ch + j()],
         [ox + j(), oy + ch + j()]]
    )  # fmt: skip
    src = np.float32([[0, 0], [dw, 0], [dw, dh], [0, dh]])
    M = cv2.getPerspectiveTransform(src, dst)
    nrng = np.random.default_rng(rng.randint(0, 2**31))
    bg = np.ones((H, W, 3), np.float32) * np.array(table, np.float32)
    bg += nrng.normal(0, 6, (H, W))[..., None]
    yy, xx = np.mgrid[0:H, 0:W].astype(np.float32)
    bg *= (0.85 + 0.25 * (xx / W))[..., None]
    warped = cv2.warpPerspective(doc, M, (W, H), flags=cv2.INTER_LINEAR)
    mask = cv2.warpPerspective(np.ones((dh, dw), np.float32), M, (W, H))
    sh = cv2.GaussianBlur(
        cv2.warpAffine(mask, np.float32([[1, 0, 25], [0, 1, 30]]), (W, H)), (0, 0), 25
    )
    bg *= (1 - 0.45 * sh)[..., None]
    out = bg * (1 - mask[..., None]) + warped * mask[..., None]
    # uneven light + a soft shadow band (hand/phone)
    cx, cy = rng.uniform(0.2, 0.8) * W, rng.uniform(0.2, 0.8) * H
    light = 1.08 - 0.28 * np.sqrt(((xx - cx) / W) ** 2 + ((yy - cy) / H) ** 2)
    ang = rng.uniform(0, math.pi)
    band = np.cos(ang) * (xx - W * rng.uniform(0.5, 0.9)) + np.sin(ang) * (yy - H * 0.5)
    light *= 1 - 0.22 * (1 / (1 + np.exp(-band / 40.0)))
    out *= light[..., None]
    out *= np.array([1.0 + rng.uniform(0, 0.05), 1.0, 1.0 - rng.uniform(0.03, 0.1)], np.float32)
    out += nrng.normal(0, 3.5, (H, W))[..., None]
    out = np.clip(out, 0, 255).astype(np.uint8)
    out = cv2.GaussianBlur(out, (0, 0), rng.uniform(0.7, 1.4))
    if rot:
        out = np.rot90(out, k=rot // 90).copy()
    return Image.fromarray(out)


# ---------------------------------------------------------------- signatures, faces, guilloche
def signature(x, y, w, h, rng: random.Random, loops=5):
    """Pen strokes: a jittered cursive-looking curve and an underline flourish (mm)."""
    strokes = []
    pts = []
    n = loops * 14
    for i in range(n + 1):
        t = i / n
        px = x + w * (0.05 + 0.8 * t) + math.sin(t * loops * 2 * math.pi) * w * 0.035
        py = y + h * (0.5 - 0.32 * math.sin(t * loops * 2 * math.pi + rng.uniform(-0.3, 0.3)))
        py += h * 0.15 * math.sin(t * 3.1) + rng.gauss(0, h * 0.015)
        pts.append((px, py))
    strokes.append(pts)
    fl = []
    a, b = rng.uniform(0.0, 0.2), rng.uniform(0.75, 1.0)
    for i in range(31):
        t = i / 30
        fl.append(
            (
                x + w * (a + (b - a) * t),
                y + h * (0.78 + 0.1 * math.sin(t * math.pi * 1.3)) + rng.gauss(0, 0.08),
            )
        )
    strokes.append(fl)
    dot = (x + w * rng.uniform(0.3, 0.6), y + h * 0.15)
    strokes.append([dot, (dot[0] + 0.6, dot[1] + 0.3)])
    return strokes


def sign(page: Page, x, y, w, h, rng, color=(25, 35, 120), lw=0.45, loops=5):
    for s in signature(x, y, w, h, rng, loops):
        page.poly(s, color, lw)


def face(seed: int, w=300, h=380, skin=(160, 110, 80), bgc=(225, 228, 232)) -> Image.Image:
    rng = random.Random(seed)
    im = Image.new("RGB", (w, h), bgc)
    d = ImageDraw.Draw(im)
    hair = tuple(max(0, c - rng.randint(90, 130)) for c in skin)
    d.ellipse([w * 0.1, h * 0.72, w * 0.9, h * 1.35], fill=(rng.randint(30, 90),) * 3)
    d.rectangle([w * 0.42, h * 0.55, w * 0.58, h * 0.8], fill=skin)
    d.ellipse([w * 0.26, h * 0.12, w * 0.74, h * 0.68], fill=skin)
    d.chord([w * 0.24, h * 0.06, w * 0.76, h * 0.5], 180, 360, fill=hair)
    for ex in (0.39, 0.61):
        d.ellipse([w * (ex - 0.035), h * 0.36, w * (ex + 0.035), h * 0.4], fill=(40, 30, 25))
    d.line(
        [w * 0.5, h * 0.4, w * 0.48, h * 0.5, w * 0.52, h * 0.5],
        fill=tuple(c - 40 for c in skin),
        width=3,
    )
    d.arc([w * 0.42, h * 0.5, w * 0.58, h * 0.6], 20, 160, fill=(110, 50, 50), width=4)
    return im.filter(ImageFilter.GaussianBlur(1.2))


def guilloche(page: Page, x, y, w, h, color, n=9, seed=0):
    rng = random.Random(seed)
    for i in range(n):
        ph, amp, fr = rng.uniform(0, 6.28), rng.uniform(0.05, 0.2) * h, rng.uniform(2, 5)
        pts = [
            (x + w * t / 80, y + h * (i + 0.5) / n + amp * math.sin(fr * 6.28 * t / 80 + ph))
            for t in range(81)
        ]
        page.poly(pts, color, 0.12)


# ---------------------------------------------------------------- checksums
def mrz_cd(s: str) -> str:
    w, t = (7, 3, 1), 0
    for i, ch in enumerate(s):
        v = int(ch) if ch.isdigit() else (0 if ch == "<" else ord(ch) - 55)
        t += v * w[i % 3]
    return str(t % 10)


def mrz_name(surname: str, given: str, n: int) -> str:
    import unicodedata

    def clean(s):
        s = unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode().upper()
        s = s.replace("'", "").replace("-", "<").replace(" ", "<")
        return s

    out = clean(surname) + "<<" + clean(given)
    return (out + "<" * n)[:n]


def td3(doc_type, state, surname, given, number, nat, dob, sex, exp, opt=""):
    l1 = (doc_type + "<")[:2] + state + mrz_name(surname, given, 39)
    num = (number + "<" * 9)[:9]
    opt = (opt + "<" * 14)[:14]
    optcd = mrz_cd(opt) if opt.strip("<") else "<"
    body = num + mrz_cd(num) + nat + dob + mrz_cd(dob) + sex + exp + mrz_cd(exp) + opt + optcd
    comp = num + mrz_cd(num) + dob + mrz_cd(dob) + exp + mrz_cd(exp) + opt + optcd
    l2 = body + mrz_cd(comp)
    assert len(l1) == 44 and len(l2) == 44
    assert_td3(l2)
    return [l1, l2]


def assert_td3(l2):
    assert mrz_cd(l2[0:9]) == l2[9] and mrz_cd(l2[13:19]) == l2[19] and mrz_cd(l2[21:27]) == l2[27]
    assert mrz_cd(l2[0:10] + l2[13:20] + l2[21:43]) == l2[43]


def mrva(state, surname, given, number, nat, dob, sex, exp, opt=""):
    l1 = "V<" + state + mrz_name(surname, given, 39)
    num = (number + "<" * 9)[:9]
    l2 = (
        num
        + mrz_cd(num)
        + nat
        + dob
        + mrz_cd(dob)
        + sex
        + exp
        + mrz_cd(exp)
        + (opt + "<" * 16)[:16]
    )
    assert len(l1) == 44 and len(l2) == 44
    assert mrz_cd(l2[0:9]) == l2[9] and mrz_cd(l2[13:19]) == l2[19] and mrz_cd(l2[21:27]) == l2[27]
    return [l1, l2]


def td1(doc_type, state, number, dob, sex, exp, nat, surname, given, opt1="", opt2=""):
    if len(number) > 9:  # ICAO 9303-5 long document number: overflow into optional data
        o1 = (number[9:] + mrz_cd(number) + "<" + opt1 + "<" * 15)[:15]
        l1 = (doc_type + "<")[:2] + state + number[:9] + "<" + o1
    else:
        num = (number + "<" * 9)[:9]
        o1 = (opt1 + "<" * 15)[:15]
        l1 = (doc_type + "<")[:2] + state + num + mrz_cd(num) + o1
    o2 = (opt2 + "<" * 11)[:11]
    l2a = dob + mrz_cd(dob) + sex + exp + mrz_cd(exp) + nat + o2
    comp = l1[5:30] + l2a[0:7] + l2a[8:15] + l2a[18:29]
    l2 = l2a + mrz_cd(comp)
    l3 = mrz_name(surname, given, 30)
    assert len(l1) == 30 and len(l2) == 30 and len(l3) == 30
    assert len(number) > 9 or mrz_cd(l1[5:14]) == l1[14]
    assert mrz_cd(l2[0:6]) == l2[6] and mrz_cd(l2[8:14]) == l2[14]
    assert mrz_cd(l1[5:30] + l2[0:7] + l2[8:15] + l2[18:29]) == l2[29]
    return [l1, l2, l3]


def _alnum_to_int(s):
    return int("".join(str(int(c, 36)) for c in s))


def iban_make(cc, bban):
    cd = 98 - _alnum_to_int(bban + cc + "00") % 97
    iban = f"{cc}{cd:02d}{bban}"
    assert iban_ok(iban)
    return iban


def iban_ok(iban):
    s = iban[4:] + iban[:4]
    return _alnum_to_int(s) % 97 == 1


def rib_key(bank, branch, account):
    conv = {
        c: str("12345678912345678923456789"[i]) for i, c in enumerate("ABCDEFGHIJKLMNOPQRSTUVWXYZ")
    }
    acc = "".join(conv.get(c, c) for c in account)
    k = 97 - ((89 * int(bank) + 15 * int(branch) + 3 * int(acc)) % 97)
    return f"{k:02d}"


def fr_iban(bank, branch, account):
    key = rib_key(bank, branch, account)
    conv = {
        c: str("12345678912345678923456789"[i]) for i, c in enumerate("ABCDEFGHIJKLMNOPQRSTUVWXYZ")
    }
    acc = "".join(conv.get(c, c) for c in account)
    assert int(bank + branch + acc + key) % 97 == 0
    iban = iban_make("FR", bank + branch + account + key)
    return iban, key


def nir_make(sex, yy, mm, dept, commune, order):
    base = f"{sex}{yy:02d}{mm:02d}{dept}{commune}{order:03d}"
    key = 97 - int(base) % 97
    assert len(base) == 13 and (int(base) + key) % 97 == 0
    return base, f"{key:02d}"


def group(s, n=4):
    return " ".join(s[i : i + n] for i in range(0, len(s), n))
