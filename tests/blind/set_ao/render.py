"""Drawing backends (reportlab text PDF, Pillow raster) and the looks of set_ao.

Layouts draw in millimetres from the top-left corner through the small `Pen` interface, so
one layout can become a text PDF, a scanner PDF, a flatbed scan or a phone photo.
"""

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

FD = "/usr/share/fonts/truetype/"
FONTS = {
    "sans": FD + "liberation/LiberationSans-Regular.ttf",
    "sans-b": FD + "liberation/LiberationSans-Bold.ttf",
    "sans-i": FD + "liberation/LiberationSans-Italic.ttf",
    "narrow": FD + "liberation/LiberationSansNarrow-Regular.ttf",
    "narrow-b": FD + "liberation/LiberationSansNarrow-Bold.ttf",
    "serif": FD + "liberation/LiberationSerif-Regular.ttf",
    "serif-b": FD + "liberation/LiberationSerif-Bold.ttf",
    "serif-i": FD + "liberation/LiberationSerif-Italic.ttf",
    "dv": FD + "dejavu/DejaVuSans.ttf",
    "dv-b": FD + "dejavu/DejaVuSans-Bold.ttf",
    "dvc": FD + "dejavu/DejaVuSansCondensed.ttf",
    "dvc-b": FD + "dejavu/DejaVuSansCondensed-Bold.ttf",
    "dvserif": FD + "dejavu/DejaVuSerif.ttf",
    "mono": FD + "dejavu/DejaVuSansMono.ttf",
    "mono-b": FD + "dejavu/DejaVuSansMono-Bold.ttf",
    "lmono": FD + "liberation/LiberationMono-Regular.ttf",
    "hand": FD + "fifthhorseman/dkg.ttf",
    "hand-i": FD + "fifthhorseman/dkgIt.ttf",
}
_REGISTERED: set[str] = set()


def _rl_font(name: str) -> str:
    key = "ao-" + name
    if key not in _REGISTERED:
        pdfmetrics.registerFont(TTFont(key, FONTS[name]))
        _REGISTERED.add(key)
    return key


class Pen:
    """Common drawing interface; coordinates in mm, y downwards, text y = baseline."""

    w: float
    h: float

    def text(self, x, y, s, size=9, font="sans", color=(0, 0, 0), align="left"):
        raise NotImplementedError

    def rect(self, x, y, w, h, stroke=(0, 0, 0), fill=None, width=0.25):
        raise NotImplementedError

    def line(self, x1, y1, x2, y2, color=(0, 0, 0), width=0.25):
        raise NotImplementedError

    def image(self, x, y, w, h, img: Image.Image):
        raise NotImplementedError

    def width_of(self, s, size, font):
        return pdfmetrics.stringWidth(s, _rl_font(font), size) * 25.4 / 72

    def para(self, x, y, s, width, size=9, font="sans", lead=1.35, color=(0, 0, 0)):
        """Greedy word wrap; returns the y after the last line."""
        words = s.split()
        line = ""
        for word in words:
            cand = (line + " " + word).strip()
            if self.width_of(cand, size, font) > width and line:
                self.text(x, y, line, size, font, color)
                y += size * lead * 0.3528
                line = word
            else:
                line = cand
        if line:
            self.text(x, y, line, size, font, color)
            y += size * lead * 0.3528
        return y

    def hand(self, x, y, s, size=12, color=(20, 30, 110), rng=None, font="hand"):
        """Handwriting: per-word jitter. Raster backends only look right."""
        rng = rng or random.Random(len(s))
        cx = x
        for word in s.split(" "):
            dy = rng.uniform(-0.5, 0.5)
            sz = size * rng.uniform(0.94, 1.06)
            self.text(cx, y + dy, word, sz, font, color)
            cx += self.width_of(word + " ", sz, font) * rng.uniform(1.0, 1.12)

    def field(self, x, y, label, value, size=9, lfont="sans", vfont="sans-b", gap=None):
        self.text(x, y, label, size, lfont, (70, 70, 70))
        gx = gap if gap is not None else self.width_of(label + " ", size, lfont)
        self.text(x + gx, y, value, size, vfont)


class PdfPen(Pen):
    def __init__(self, c: rl_canvas.Canvas, w: float, h: float):
        self.c, self.w, self.h = c, w, h
        self.k = 72 / 25.4

    def _y(self, y):
        return (self.h - y) * self.k

    def text(self, x, y, s, size=9, font="sans", color=(0, 0, 0), align="left"):
        c = self.c
        c.setFont(_rl_font(font), size)
        c.setFillColorRGB(*[v / 255 for v in color])
        px, py = x * self.k, self._y(y)
        if align == "right":
            c.drawRightString(px, py, s)
        elif align == "center":
            c.drawCentredString(px, py, s)
        else:
            c.drawString(px, py, s)

    def rect(self, x, y, w, h, stroke=(0, 0, 0), fill=None, width=0.25):
        c = self.c
        c.setLineWidth(width * self.k)
        if stroke:
            c.setStrokeColorRGB(*[v / 255 for v in stroke])
        if fill:
            c.setFillColorRGB(*[v / 255 for v in fill])
        c.rect(
            x * self.k, self._y(y + h), w * self.k, h * self.k, stroke=bool(stroke), fill=bool(fill)
        )

    def line(self, x1, y1, x2, y2, color=(0, 0, 0), width=0.25):
        self.c.setLineWidth(width * self.k)
        self.c.setStrokeColorRGB(*[v / 255 for v in color])
        self.c.line(x1 * self.k, self._y(y1), x2 * self.k, self._y(y2))

    def image(self, x, y, w, h, img):
        buf = io.BytesIO()
        rgba = img.mode == "RGBA"
        img.save(buf, "PNG") if rgba else img.convert("RGB").save(buf, "PNG")
        buf.seek(0)
        k = self.k
        mask = "auto" if rgba else None
        self.c.drawImage(ImageReader(buf), x * k, self._y(y + h), w * k, h * k, mask=mask)


class RasterPen(Pen):
    def __init__(self, w: float, h: float, dpi: int = 200, bg=(255, 255, 255)):
        self.w, self.h, self.dpi = w, h, dpi
        self.k = dpi / 25.4
        self.img = Image.new("RGB", (round(w * self.k), round(h * self.k)), bg)
        self.d = ImageDraw.Draw(self.img)
        self._fonts: dict = {}

    def _font(self, name, size):
        px = max(4, round(size * self.dpi / 72))
        key = (name, px)
        if key not in self._fonts:
            self._fonts[key] = ImageFont.truetype(FONTS[name], px)
        return self._fonts[key]

    def text(self, x, y, s, size=9, font="sans", color=(0, 0, 0), align="left"):
        f = self._font(font, size)
        px, py = x * self.k, y * self.k
        if align != "left":
            tw = self.d.textlength(s, font=f)
            px -= tw if align == "right" else tw / 2
        self.d.text((px, py), s, font=f, fill=tuple(color), anchor="ls")

    def rect(self, x, y, w, h, stroke=(0, 0, 0), fill=None, width=0.25):
        box = [x * self.k, y * self.k, (x + w) * self.k, (y + h) * self.k]
        lw = max(1, round(width * self.k)) if stroke else 0
        self.d.rectangle(box, outline=tuple(stroke) if stroke else None, fill=fill, width=lw)

    def line(self, x1, y1, x2, y2, color=(0, 0, 0), width=0.25):
        pts = [x1 * self.k, y1 * self.k, x2 * self.k, y2 * self.k]
        self.d.line(pts, fill=tuple(color), width=max(1, round(width * self.k)))

    def image(self, x, y, w, h, img):
        size = (max(1, round(w * self.k)), max(1, round(h * self.k)))
        pos = (round(x * self.k), round(y * self.k))
        if img.mode == "RGBA":
            im = img.resize(size)
            self.img.paste(im.convert("RGB"), pos, im)
        else:
            self.img.paste(img.convert("RGB").resize(size), pos)


# ----------------------------------------------------------------------------- pages


class Page:
    """One page of a document: size in mm and a draw(pen) function."""

    def __init__(self, w, h, draw, bg=(255, 255, 255)):
        self.w, self.h, self.draw, self.bg = w, h, draw, bg

    def raster(self, dpi):
        pen = RasterPen(self.w, self.h, dpi, self.bg)
        self.draw(pen)
        return pen.img


def write_text_pdf(path, pages, title="document"):
    c = rl_canvas.Canvas(str(path), invariant=1, pagesize=(pages[0].w * 72 / 25.4, 1))
    c.setTitle(title)
    c.setAuthor("")
    for p in pages:
        c.setPageSize((p.w * 72 / 25.4, p.h * 72 / 25.4))
        if p.bg != (255, 255, 255):
            c.setFillColorRGB(*[v / 255 for v in p.bg])
            c.rect(0, 0, p.w * 72 / 25.4, p.h * 72 / 25.4, stroke=0, fill=1)
        p.draw(PdfPen(c, p.w, p.h))
        c.showPage()
    c.save()


def write_image_pdf(path, images, dpi=200):
    """Scanner PDF: JPEG pages, no text layer."""
    c = rl_canvas.Canvas(str(path), invariant=1)
    for im in images:
        w, h = im.size[0] * 72 / dpi, im.size[1] * 72 / dpi
        c.setPageSize((w, h))
        buf = io.BytesIO()
        im.convert("RGB").save(buf, "JPEG", quality=72)
        buf.seek(0)
        c.drawImage(ImageReader(buf), 0, 0, w, h)
        c.showPage()
    c.save()


# ----------------------------------------------------------------------------- looks


def scanned(img: Image.Image, rng: random.Random, grey=True, skew=1.2) -> Image.Image:
    """Flatbed look: off-white paper, slight skew, noise, softness."""
    a = np.asarray(img.convert("RGB")).astype(np.float32)
    tint = np.array([rng.uniform(232, 246)] * 3, np.float32)
    if not grey:
        tint += np.array([4, 2, -6], np.float32)
    a = a / 255.0 * tint
    a += np.random.default_rng(rng.randrange(1 << 30)).normal(0, 3.5, a.shape[:2])[..., None]
    out = Image.fromarray(np.clip(a, 0, 255).astype(np.uint8))
    if grey:
        out = out.convert("L").convert("RGB")
    angle = rng.uniform(-skew, skew)
    fill = tuple(int(v) for v in tint)
    out = out.rotate(angle, resample=Image.BICUBIC, expand=False, fillcolor=fill)
    return out.filter(ImageFilter.GaussianBlur(rng.uniform(0.3, 0.7)))


def _table(w, h, rng):
    base = np.array(rng.choice([(120, 86, 60), (170, 150, 125), (60, 62, 66), (205, 200, 190)]))
    gen = np.random.default_rng(rng.randrange(1 << 30))
    small = gen.normal(0, 14, (h // 40 + 2, w // 40 + 2))
    grain = cv2.resize(small.astype(np.float32), (w, h), interpolation=cv2.INTER_CUBIC)
    streak = np.sin(np.linspace(0, rng.uniform(20, 60), w))[None, :] * 6
    a = base[None, None, :] + (grain + streak)[..., None]
    return np.clip(a, 0, 255).astype(np.float32)


def phone_photo(img: Image.Image, rng: random.Random, long_side=None, rotate=None) -> Image.Image:
    """The page or card lies on a table; perspective, shadow, uneven light, cast, blur."""
    long_side = long_side or rng.choice([3024, 3264, 4000, 2560])
    src = np.asarray(img.convert("RGB")).astype(np.float32)
    sh, sw = src.shape[:2]
    portrait = sh >= sw
    W, H = (
        (round(long_side * 0.75), long_side) if portrait else (long_side, round(long_side * 0.75))
    )
    fill = rng.uniform(0.72, 0.86)
    scale = min(W * fill / sw, H * fill / sh)
    ow, oh = sw * scale, sh * scale
    cx, cy = W / 2 + rng.uniform(-0.04, 0.04) * W, H / 2 + rng.uniform(-0.04, 0.04) * H
    j = 0.045
    dst = []
    for dx, dy in [(-1, -1), (1, -1), (1, 1), (-1, 1)]:
        dst.append(
            [
                cx + dx * ow / 2 + rng.uniform(-j, j) * ow,
                cy + dy * oh / 2 + rng.uniform(-j, j) * oh,
            ]
        )
    srcq = np.float32([[0, 0], [sw, 0], [sw, sh], [0, sh]])
    m = cv2.getPerspectiveTransform(srcq, np.float32(dst))
    warped = cv2.warpPerspective(src, m, (W, H), flags=cv2.INTER_LINEAR)
    mask = cv2.warpPerspective(np.ones((sh, sw), np.float32), m, (W, H))
    mask = cv2.GaussianBlur(mask, (5, 5), 0)[..., None]
    table = _table(W, H, rng)
    # drop shadow of the object on the table
    sm = cv2.GaussianBlur(mask[..., 0], (0, 0), 25)
    sm = np.roll(sm, (18, 14), axis=(0, 1))[..., None]
    table = table * (1 - 0.45 * sm)
    out = warped * mask + table * (1 - mask)
    # uneven light: a gradient and a soft hand/phone shadow
    yy, xx = np.mgrid[0:H, 0:W].astype(np.float32)
    ang = rng.uniform(0, 2 * math.pi)
    grad = (np.cos(ang) * xx / W + np.sin(ang) * yy / H) * rng.uniform(0.15, 0.3)
    light = 1.0 - grad + grad.mean()
    r = rng.uniform(0.25, 0.45) * max(W, H)
    sx, sy = rng.uniform(0, W), rng.uniform(0, H)
    blob = np.exp(-(((xx - sx) ** 2 + (yy - sy) ** 2) / (2 * r * r)))
    light = light * (1 - rng.uniform(0.12, 0.25) * blob)
    out = out * light[..., None]
    cast = np.array([rng.uniform(0.95, 1.05), 1.0, rng.uniform(0.86, 0.98)], np.float32)
    out = out * cast[None, None, :]
    out += np.random.default_rng(rng.randrange(1 << 30)).normal(0, 4, out.shape[:2])[..., None]
    out = np.clip(out, 0, 255).astype(np.uint8)
    out = cv2.GaussianBlur(out, (0, 0), rng.uniform(0.8, 1.6))
    im = Image.fromarray(out)
    rot = rotate if rotate is not None else rng.choice([0, 0, 0, 90, 270, 180])
    if rot:
        im = im.rotate(rot, expand=True)
    return im


def save_jpeg(img, path, quality=85, dpi=None):
    kw = {"quality": quality}
    if dpi:
        kw["dpi"] = (dpi, dpi)
    img.convert("RGB").save(path, "JPEG", **kw)


# ----------------------------------------------------------------------------- check digits


def mrz_cd(s: str) -> str:
    w = [7, 3, 1]
    tot = 0
    for i, ch in enumerate(s):
        if ch.isdigit():
            v = int(ch)
        elif ch.isalpha():
            v = ord(ch) - 55
        else:
            v = 0
        tot += v * w[i % 3]
    return str(tot % 10)


def mrz_name(surname, given, width):
    s = surname.replace(" ", "<").replace("-", "<").replace("'", "")
    g = given.replace(" ", "<").replace("-", "<").replace("'", "")
    return (s + "<<" + g + "<" * width)[:width]


def td3(doc, code, country, surname, given, num, nat, dob, sex, exp, opt=""):
    l1 = (doc + "<")[:2] + country + mrz_name(surname, given, 39)
    n = (num + "<" * 9)[:9]
    o = (opt + "<" * 14)[:14]
    oc = mrz_cd(o) if opt else "<"
    l2 = n + mrz_cd(n) + nat + dob + mrz_cd(dob) + sex + exp + mrz_cd(exp) + o + oc
    comp = l2[0:10] + l2[13:20] + l2[21:43]
    return [l1, l2 + mrz_cd(comp)]


def mrva(country, surname, given, num, nat, dob, sex, exp, opt=""):
    l1 = "V<" + country + mrz_name(surname, given, 39)
    n = (num + "<" * 9)[:9]
    o = (opt + "<" * 16)[:16]
    l2 = n + mrz_cd(n) + nat + dob + mrz_cd(dob) + sex + exp + mrz_cd(exp) + o
    return [l1, l2]


def td1(code, country, num, dob, sex, exp, nat, surname, given, opt1="", opt2=""):
    n = (num + "<" * 9)[:9]
    l1 = (code + "<")[:2] + country + n + mrz_cd(n) + (opt1 + "<" * 15)[:15]
    l2 = dob + mrz_cd(dob) + sex + exp + mrz_cd(exp) + nat + (opt2 + "<" * 11)[:11]
    comp = l1[5:30] + l2[0:7] + l2[8:15] + l2[18:29]
    l2 += mrz_cd(comp)
    return [l1, l2, mrz_name(surname, given, 30)]


def _alnum(s):
    return "".join(str(int(c, 36)) if c.isalpha() else c for c in s)


def iban_from_bban(country, bban):
    n = int(_alnum(bban + country + "00"))
    return f"{country}{98 - n % 97:02d}{bban}"


def rib_key(bank, branch, account):
    conv = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "12345678912345678923456789")
    acc = account.upper().translate(conv)
    return f"{97 - (89 * int(bank) + 15 * int(branch) + 3 * int(acc)) % 97:02d}"


def iban_ok(iban):
    s = iban[4:] + iban[:4]
    return int(_alnum(s)) % 97 == 1


def spaced(iban):
    return " ".join(iban[i : i + 4] for i in range(0, len(iban), 4))


# ----------------------------------------------------------------------------- small art


def face(seed: int, w=300, h=380, skin=(150, 105, 75), bg=(225, 228, 232)) -> Image.Image:
    """A neutral ID-photo placeholder: head and shoulders silhouette."""
    rng = random.Random(seed)
    im = Image.new("RGB", (w, h), bg)
    d = ImageDraw.Draw(im)
    dark = tuple(max(0, c - 70) for c in skin)
    d.ellipse(
        [w * 0.05, h * 0.72, w * 0.95, h * 1.4], fill=rng.choice([(40, 40, 60), (90, 30, 30)])
    )
    d.rectangle([w * 0.4, h * 0.55, w * 0.6, h * 0.8], fill=skin)
    d.ellipse([w * 0.25, h * 0.15, w * 0.75, h * 0.68], fill=skin)
    d.chord([w * 0.22, h * 0.08, w * 0.78, h * 0.5], 180, 360, fill=(30, 25, 25))
    for ex in (0.4, 0.6):
        d.ellipse([w * ex - 9, h * 0.38 - 5, w * ex + 9, h * 0.38 + 5], fill=dark)
    d.line([w * 0.43, h * 0.56, w * 0.57, h * 0.56], fill=dark, width=4)
    return im.filter(ImageFilter.GaussianBlur(1.2))


def signature(seed: int, w=420, h=150, color=(15, 25, 90)) -> Image.Image:
    """A scribbled signature on a transparent-white background."""
    rng = random.Random(seed)
    im = Image.new("RGBA", (w, h), (255, 255, 255, 0))
    d = ImageDraw.Draw(im)
    color = (*color, 255)
    pts = []
    x = 15.0
    n = rng.randint(5, 8)
    for i in range(n * 12):
        t = i / 12
        x += rng.uniform(2.5, 5.5)
        y = h / 2 + math.sin(t * rng.uniform(2.5, 3.5)) * h * 0.28 + rng.uniform(-6, 6)
        pts.append((x, y))
        if x > w - 30:
            break
    d.line(pts, fill=color, width=3, joint="curve")
    d.line([(pts[0][0] + 10, h * 0.78), (pts[-1][0], h * 0.7)], fill=color, width=2)
    return im


def stamp(pen: Pen, cx, cy, r, lines, color=(40, 60, 150), rng=None):
    """A round rubber stamp with centred lines of text."""
    rng = rng or random.Random(0)
    for k in range(2):
        rr = r - k * 1.6
        n = 48
        for i in range(n):
            a1, a2 = 2 * math.pi * i / n, 2 * math.pi * (i + 1) / n
            pen.line(
                cx + rr * math.cos(a1),
                cy + rr * math.sin(a1),
                cx + rr * math.cos(a2),
                cy + rr * math.sin(a2),
                color,
                0.4,
            )
    y = cy - (len(lines) - 1) * 1.6
    for s in lines:
        pen.text(cx, y + 1, s, 5.5, "sans-b", color, "center")
        y += 3.2
