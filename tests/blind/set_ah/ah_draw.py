"""Drawing primitives for set_ah: a page model rendered to Pillow images or reportlab PDFs,
plus the capture "looks" (scan, photocopy, phone photo, scanner PDF) and check-digit helpers."""

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

F = "/usr/share/fonts/"
FONTS = {
    "sans": F + "truetype/dejavu/DejaVuSans.ttf",
    "sansb": F + "truetype/dejavu/DejaVuSans-Bold.ttf",
    "cond": F + "truetype/dejavu/DejaVuSansCondensed.ttf",
    "condb": F + "truetype/dejavu/DejaVuSansCondensed-Bold.ttf",
    "lib": F + "truetype/liberation/LiberationSans-Regular.ttf",
    "libb": F + "truetype/liberation/LiberationSans-Bold.ttf",
    "narrow": F + "truetype/liberation/LiberationSansNarrow-Regular.ttf",
    "narrowb": F + "truetype/liberation/LiberationSansNarrow-Bold.ttf",
    "serif": F + "truetype/liberation/LiberationSerif-Regular.ttf",
    "serifb": F + "truetype/liberation/LiberationSerif-Bold.ttf",
    "serifi": F + "truetype/liberation/LiberationSerif-Italic.ttf",
    "lato": F + "truetype/lato/Lato-Regular.ttf",
    "latob": F + "truetype/lato/Lato-Bold.ttf",
    "open": F + "truetype/open-sans/OpenSans-Regular.ttf",
    "openb": F + "truetype/open-sans/OpenSans-Bold.ttf",
    "roboto": F + "truetype/roboto/unhinted/RobotoTTF/Roboto-Regular.ttf",
    "robotob": F + "truetype/roboto/unhinted/RobotoTTF/Roboto-Bold.ttf",
    "robotom": F + "truetype/roboto/unhinted/RobotoTTF/Roboto-Medium.ttf",
    "carlito": F + "truetype/crosextra/Carlito-Regular.ttf",
    "carlitob": F + "truetype/crosextra/Carlito-Bold.ttf",
    "mono": F + "truetype/liberation/LiberationMono-Regular.ttf",
    "ocrb": F + "opentype/ocr-b/OCRB.otf",
    "hand": F + "opentype/comic-neue/ComicNeue-Regular.otf",
    "hand0": F + "truetype/femkeklaver/femkeklaver.ttf",
    "hand2": F + "truetype/ecolier-court/Ecolier-court.ttf",
    "hand3": F + "truetype/rufscript/Rufscript010.ttf",
    "sig": F + "opentype/dancingscript/DancingScript-Regular.otf",
    "sig2": F + "opentype/kaushanscript/KaushanScript-Regular.otf",
}
_PIL_CACHE = {}
_RL_DONE = set()


def pil_font(key, px):
    k = (key, int(px))
    if k not in _PIL_CACHE:
        _PIL_CACHE[k] = ImageFont.truetype(FONTS[key], max(4, int(px)))
    return _PIL_CACHE[k]


def rl_font(key):
    path = FONTS[key]
    if not path.endswith(".ttf"):
        key, path = "sans", FONTS["sans"]
    if key not in _RL_DONE:
        pdfmetrics.registerFont(TTFont("ah_" + key, path))
        _RL_DONE.add(key)
    return "ah_" + key


class Page:
    """A page in millimetres, origin top-left, y downwards; text y is the baseline."""

    def __init__(self, w=210.0, h=297.0, bg=(255, 255, 255)):
        self.w, self.h, self.bg, self.ops = w, h, bg, []

    def text(self, x, y, s, font="sans", size=9, color=(0, 0, 0), anchor="l"):
        self.ops.append(("text", x, y, str(s), font, size, color, anchor))

    def hand(self, x, y, s, font="hand", size=12, color=(20, 30, 110), seed=0, anchor="l"):
        self.ops.append(("hand", x, y, str(s), font, size, color, seed, anchor))

    def rect(self, x, y, w, h, stroke=(0, 0, 0), fill=None, lw=0.3):
        self.ops.append(("rect", x, y, w, h, stroke, fill, lw))

    def line(self, x1, y1, x2, y2, color=(0, 0, 0), lw=0.3):
        self.ops.append(("line", x1, y1, x2, y2, color, lw))

    def ellipse(self, x, y, w, h, stroke=None, fill=(0, 0, 0), lw=0.3):
        self.ops.append(("ellipse", x, y, w, h, stroke, fill, lw))

    def poly(self, pts, color=(0, 0, 0), lw=0.3, fill=None):
        self.ops.append(("poly", pts, color, lw, fill))

    def wrap(self, x, y, width, s, font="sans", size=8, lead=None, color=(0, 0, 0)):
        """Word-wrapped paragraph; returns the y after the last line."""
        lead = lead or size * 0.45
        words, line = s.split(), ""
        for w in words:
            t = (line + " " + w).strip()
            if pdfmetrics.stringWidth(t, rl_font(font), size) * 0.3528 > width and line:
                self.text(x, y, line, font, size, color)
                y += lead
                line = w
            else:
                line = t
        if line:
            self.text(x, y, line, font, size, color)
            y += lead
        return y


def render(page, dpi=150):
    s = dpi / 25.4
    img = Image.new("RGB", (int(page.w * s), int(page.h * s)), page.bg)
    d = ImageDraw.Draw(img)
    for op in page.ops:
        k = op[0]
        if k == "text":
            _, x, y, t, font, size, color, anchor = op
            f = pil_font(font, size * dpi / 72)
            d.text((x * s, y * s), t, font=f, fill=color, anchor=anchor + "s")
        elif k == "hand":
            _, x, y, t, font, size, color, seed, anchor = op
            _hand_pil(img, x * s, y * s, t, font, size * dpi / 72, color, seed, anchor)
            d = ImageDraw.Draw(img)
        elif k == "rect":
            _, x, y, w, h, stroke, fill, lw = op
            d.rectangle(
                [x * s, y * s, (x + w) * s, (y + h) * s],
                outline=stroke,
                fill=fill,
                width=max(1, round(lw * s)) if stroke else 0,
            )
        elif k == "line":
            _, x1, y1, x2, y2, color, lw = op
            d.line([x1 * s, y1 * s, x2 * s, y2 * s], fill=color, width=max(1, round(lw * s)))
        elif k == "ellipse":
            _, x, y, w, h, stroke, fill, lw = op
            d.ellipse([x * s, y * s, (x + w) * s, (y + h) * s], outline=stroke, fill=fill)
        elif k == "poly":
            _, pts, color, lw, fill = op
            pp = [(a * s, b * s) for a, b in pts]
            if fill:
                d.polygon(pp, fill=fill)
            else:
                d.line(pp, fill=color, width=max(1, round(lw * s)), joint="curve")
    return img


def _hand_pil(img, x, y, t, font, px, color, seed, anchor):
    import random

    rng = random.Random(seed)
    d = ImageDraw.Draw(img)
    f0 = pil_font(font, px)
    total = d.textlength(t, font=f0)
    if anchor == "r":
        x -= total
    elif anchor == "m":
        x -= total / 2
    slant = rng.uniform(-0.02, 0.02)
    for i, ch in enumerate(t):
        f = pil_font(font, px * rng.uniform(0.94, 1.06))
        dy = rng.gauss(0, px * 0.03) + slant * i * px * 0.3
        c = tuple(max(0, min(255, v + rng.randint(-12, 12))) for v in color)
        d.text((x, y + dy), ch, font=f, fill=c, anchor="ls")
        x += d.textlength(ch, font=f) + rng.uniform(-0.03, 0.05) * px


def write_pdf(pages, path, title=None, author=None):
    c = rl_canvas.Canvas(
        path, pagesize=(pages[0].w * 72 / 25.4, pages[0].h * 72 / 25.4), invariant=1
    )
    c.setPageCompression(1)
    c._doc.invariant = 1
    if title:
        c.setTitle(title)
    if author:
        c.setAuthor(author)
        c.setCreator(author)
    for p in pages:
        k = 72 / 25.4
        H = p.h * k
        c.setPageSize((p.w * k, H))
        if p.bg != (255, 255, 255):
            c.setFillColorRGB(*[v / 255 for v in p.bg])
            c.rect(0, 0, p.w * k, H, stroke=0, fill=1)
        for op in p.ops:
            kind = op[0]
            if kind in ("text", "hand"):
                x, y, t, font, size, color = op[1:7]
                anchor = op[-1]
                c.setFont(rl_font(font), size)
                c.setFillColorRGB(*[v / 255 for v in color])
                fn = {"l": c.drawString, "r": c.drawRightString, "m": c.drawCentredString}
                fn[anchor](x * k, H - y * k, t)
            elif kind in ("rect", "ellipse"):
                _, x, y, w, h, stroke, fill, lw = op
                c.setLineWidth(lw * k)
                if stroke:
                    c.setStrokeColorRGB(*[v / 255 for v in stroke])
                if fill:
                    c.setFillColorRGB(*[v / 255 for v in fill])
                draw = c.rect if kind == "rect" else c.ellipse
                if kind == "rect":
                    draw(x * k, H - (y + h) * k, w * k, h * k, stroke=bool(stroke), fill=bool(fill))
                else:
                    draw(
                        x * k,
                        H - y * k,
                        (x + w) * k,
                        H - (y + h) * k,
                        stroke=bool(stroke),
                        fill=bool(fill),
                    )
            elif kind == "line":
                _, x1, y1, x2, y2, color, lw = op
                c.setLineWidth(lw * k)
                c.setStrokeColorRGB(*[v / 255 for v in color])
                c.line(x1 * k, H - y1 * k, x2 * k, H - y2 * k)
            elif kind == "poly":
                _, pts, color, lw, fill = op
                pth = c.beginPath()
                pth.moveTo(pts[0][0] * k, H - pts[0][1] * k)
                for a, b in pts[1:]:
                    pth.lineTo(a * k, H - b * k)
                if fill:
                    pth.close()
                    c.setFillColorRGB(*[v / 255 for v in fill])
                    c.drawPath(pth, stroke=0, fill=1)
                else:
                    c.setLineWidth(lw * k)
                    c.setStrokeColorRGB(*[v / 255 for v in color])
                    c.drawPath(pth, stroke=1, fill=0)
            elif kind == "image":
                _, x, y, w, h, pil = op
                c.drawImage(ImageReader(pil), x * k, H - (y + h) * k, w * k, h * k)
        c.showPage()
    c.save()


def image_pdf(imgs, path, dpi=200, quality=70):
    """A scanner's PDF: one JPEG image per page, no text layer."""
    c = rl_canvas.Canvas(path, invariant=1)
    c._doc.invariant = 1
    c.setCreator("Canon MF Scan Utility")
    for im in imgs:
        w, h = im.size
        pw, ph = w * 72 / dpi, h * 72 / dpi
        c.setPageSize((pw, ph))
        b = io.BytesIO()
        im.convert("RGB").save(b, "JPEG", quality=quality)
        b.seek(0)
        c.drawImage(ImageReader(b), 0, 0, pw, ph)
        c.showPage()
    c.save()


def save_jpg(img, path, q=88):
    img.convert("RGB").save(path, "JPEG", quality=q, optimize=False)


# ---------------------------------------------------------------- looks


def _noise(arr, rng, sigma):
    g = np.random.default_rng(rng.randint(0, 2**31))
    return np.clip(arr + g.normal(0, sigma, arr.shape), 0, 255)


def scan(img, rng, gray=False, tint=(248, 246, 240), angle=None):
    a = np.asarray(img.convert("RGB"), dtype=np.float32)
    a = a * (np.array(tint, dtype=np.float32) / 255.0)
    a = _noise(a, rng, 3.0)
    im = Image.fromarray(a.astype(np.uint8))
    ang = rng.uniform(-1.2, 1.2) if angle is None else angle
    im = im.rotate(ang, resample=Image.BICUBIC, expand=False, fillcolor=tint)
    im = im.filter(ImageFilter.GaussianBlur(0.5))
    if gray:
        im = im.convert("L").convert("RGB")
    return im


def photocopy(img, rng):
    g = np.asarray(img.convert("L"), dtype=np.float32)
    g = np.clip((g - 40) * 1.35, 0, 255)
    gr = np.random.default_rng(rng.randint(0, 2**31))
    speck = gr.random(g.shape) < 0.0015
    g[speck] = gr.uniform(0, 90, int(speck.sum()))
    h, w = g.shape
    x = np.linspace(0, 1, w)[None, :]
    g = g * (0.92 + 0.08 * x)
    g[:, : max(2, w // 90)] *= 0.55
    im = Image.fromarray(np.clip(g, 0, 255).astype(np.uint8)).convert("RGB")
    im = im.rotate(rng.uniform(-1.5, 1.5), resample=Image.BICUBIC, fillcolor=(235, 235, 235))
    return im.filter(ImageFilter.GaussianBlur(0.6))


def phone_photo(img, rng, long_side=None, rot=0, table=None, fill=0.78):
    """Photo of a flat document on a table: perspective, shadow, uneven light, cast, blur."""
    long_side = long_side or rng.choice([3024, 3264, 4000])
    doc = np.asarray(img.convert("RGB"), dtype=np.float32)
    dh, dw = doc.shape[:2]
    portrait = dh >= dw
    W, H = (long_side * 3 // 4, long_side) if portrait else (long_side, long_side * 3 // 4)
    table = table or rng.choice([(122, 92, 64), (180, 176, 168), (60, 62, 70), (205, 190, 160)])
    g = np.random.default_rng(rng.randint(0, 2**31))
    bg = np.ones((H, W, 3), np.float32) * np.array(table, np.float32)
    grain = cv2.GaussianBlur(g.normal(0, 18, (H, W)).astype(np.float32), (0, 0), 6)
    bg += grain[..., None]
    sc = min(W * fill / dw, H * fill / dh)
    tw, th = dw * sc, dh * sc
    cx, cy = W / 2 + rng.uniform(-0.04, 0.04) * W, H / 2 + rng.uniform(-0.04, 0.04) * H
    j = 0.05
    dst = np.float32(
        [
            [cx - tw / 2 + rng.uniform(-j, j) * tw, cy - th / 2 + rng.uniform(-j, j) * th],
            [cx + tw / 2 + rng.uniform(-j, j) * tw, cy - th / 2 + rng.uniform(-j, j) * th],
            [cx + tw / 2 + rng.uniform(-j, j) * tw, cy + th / 2 + rng.uniform(-j, j) * th],
            [cx - tw / 2 + rng.uniform(-j, j) * tw, cy + th / 2 + rng.uniform(-j, j) * th],
        ]
    )
    src = np.float32([[0, 0], [dw, 0], [dw, dh], [0, dh]])
    M = cv2.getPerspectiveTransform(src, dst)
    warped = cv2.warpPerspective(doc, M, (W, H), flags=cv2.INTER_LINEAR)
    mask = cv2.warpPerspective(np.ones((dh, dw), np.float32), M, (W, H))
    sh = cv2.GaussianBlur(mask, (0, 0), 25)
    sh = np.roll(np.roll(sh, 30, axis=0), 22, axis=1)
    bg = bg * (1 - 0.45 * sh[..., None])
    out = bg * (1 - mask[..., None]) + warped * mask[..., None]
    yy, xx = np.mgrid[0:H, 0:W].astype(np.float32)
    ang = rng.uniform(0, 2 * math.pi)
    grad = (xx / W - 0.5) * math.cos(ang) + (yy / H - 0.5) * math.sin(ang)
    light = 0.95 + 0.22 * grad
    # a soft shadow from the phone/hand across one corner
    sx, sy = rng.choice([(0.0, 0.0), (1.0, 0.0), (0.0, 1.0), (1.0, 1.0)])
    d = np.sqrt((xx / W - sx) ** 2 + (yy / H - sy) ** 2)
    light *= 1 - 0.28 * np.clip(1 - d / 0.55, 0, 1)
    out = out * light[..., None]
    cast = np.array([rng.uniform(0.96, 1.05), 1.0, rng.uniform(0.86, 0.98)], np.float32)
    out = out * cast
    out = cv2.GaussianBlur(out, (0, 0), rng.uniform(0.8, 1.6))
    out = np.clip(out + g.normal(0, 3.5, out.shape), 0, 255).astype(np.uint8)
    im = Image.fromarray(out)
    if rot:
        im = im.rotate(rot, expand=True)
    return im


# ---------------------------------------------------------------- check digits


def mrz_cd(s):
    w, t = (7, 3, 1), 0
    for i, ch in enumerate(s):
        if ch.isdigit():
            v = int(ch)
        elif ch.isalpha():
            v = ord(ch) - 55
        else:
            v = 0
        t += v * w[i % 3]
    return str(t % 10)


def mrz_name(surname, given, n):
    import unicodedata

    def clean(x):
        x = unicodedata.normalize("NFKD", x).encode("ascii", "ignore").decode().upper()
        return "".join(c if c.isalpha() else "<" for c in x.replace("'", ""))

    s = clean(surname) + "<<" + clean(given)
    return (s + "<" * n)[:n]


def td3(code, country, surname, given, number, nat, dob, sex, exp, personal=""):
    l1 = (code + country + mrz_name(surname, given, 39))[:44]
    num = (number + "<" * 9)[:9]
    pers = (personal + "<" * 14)[:14]
    body = num + mrz_cd(num) + nat + dob + mrz_cd(dob) + sex + exp + mrz_cd(exp)
    body += pers + mrz_cd(pers)
    comp = body[0:10] + body[13:20] + body[21:43]
    return [l1, body + mrz_cd(comp)]


def mrva(country, surname, given, number, nat, dob, sex, until, opt=""):
    l1 = ("VD" + country + mrz_name(surname, given, 39))[:44]
    num = (number + "<" * 9)[:9]
    l2 = num + mrz_cd(num) + nat + dob + mrz_cd(dob) + sex + until + mrz_cd(until)
    l2 = (l2 + opt + "<" * 16)[:44]
    return [l1, l2]


def td1(code, country, number, dob, sex, exp, nat, surname, given, opt1="", opt2=""):
    num = (number + "<" * 9)[:9]
    l1 = (code + country + num + mrz_cd(num) + opt1 + "<" * 15)[:30]
    l2 = dob + mrz_cd(dob) + sex + exp + mrz_cd(exp) + nat + (opt2 + "<" * 11)[:11]
    comp = l1[5:30] + l2[0:7] + l2[8:15] + l2[18:29]
    l2 += mrz_cd(comp)
    return [l1, l2, mrz_name(surname, given, 30)]


def _mod97(s):
    n = "".join(str(int(c, 36)) for c in s)
    return int(n) % 97


def fr_rib_key(bank, branch, account):
    acc = "".join(str(int(c, 36)) if c.isdigit() else "" for c in account)
    return "%02d" % (97 - ((89 * int(bank) + 15 * int(branch) + 3 * int(acc)) % 97))


def iban(country, bban):
    ck = 98 - _mod97(bban + country + "00")
    return "%s%02d%s" % (country, ck, bban)


def fr_iban(bank, branch, account):
    key = fr_rib_key(bank, branch, account)
    return iban("FR", bank + branch + account + key), key


def group4(s):
    return " ".join(s[i : i + 4] for i in range(0, len(s), 4))
