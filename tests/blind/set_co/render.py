"""Drawing primitives, check digits and the looks (text PDF, scanner PDF, scan, phone photo)."""

import io
import itertools
import random

import cv2
import numpy as np
from PIL import Image, ImageDraw, ImageFont
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

cv2.setNumThreads(1)

LIB = "/usr/share/fonts/truetype/liberation/"
FONTS = {
    "sans": LIB + "LiberationSans-Regular.ttf",
    "sansb": LIB + "LiberationSans-Bold.ttf",
    "serif": LIB + "LiberationSerif-Regular.ttf",
    "serifb": LIB + "LiberationSerif-Bold.ttf",
    "mono": LIB + "LiberationMono-Regular.ttf",
    "narrow": LIB + "LiberationSansNarrow-Regular.ttf",
    "hand": "/usr/share/fonts/truetype/fifthhorseman/dkg.ttf",
    "hand2": "/usr/share/fonts/truetype/ecolier-court/Ecolier-court.ttf",
}
_REGISTERED = set()
_PIL_CACHE = {}


# ---------------------------------------------------------------- check digits
def mrz_cd(s):
    w = (7, 3, 1)
    total = 0
    for i, ch in enumerate(s):
        if ch.isdigit():
            v = int(ch)
        elif ch.isalpha():
            v = ord(ch) - 55
        else:
            v = 0
        total += v * w[i % 3]
    return str(total % 10)


def _fr_num(s):
    table = {
        c: str(d)
        for d, letters in enumerate(
            ["AJ", "BKS", "CLT", "DMU", "ENV", "FOW", "GPX", "HQY", "IRZ"], 1
        )
        for c in letters
    }
    return "".join(table.get(c, c) for c in s)


def rib_key(bank, branch, account):
    b, g, a = int(_fr_num(bank)), int(_fr_num(branch)), int(_fr_num(account))
    return f"{97 - ((89 * b + 15 * g + 3 * a) % 97):02d}"


def iban_ok(iban):
    s = iban[4:] + iban[:4]
    digits = "".join(str(int(c, 36)) for c in s)
    return int(digits) % 97 == 1


def make_fr_iban(bank, branch, account):
    key = rib_key(bank, branch, account)
    bban = bank + branch + account + key
    digits = "".join(str(int(c, 36)) for c in bban + "FR00")
    iban = f"FR{98 - int(digits) % 97:02d}{bban}"
    assert iban_ok(iban)
    b, g, a = int(_fr_num(bank)), int(_fr_num(branch)), int(_fr_num(account))
    assert (89 * b + 15 * g + 3 * a + int(key)) % 97 == 0
    return iban, key


def group4(s):
    return " ".join(s[i : i + 4] for i in range(0, len(s), 4))


# ---------------------------------------------------------------- page model
class Page:
    """A page in millimetres, y from the top. Ops are replayed on PIL or reportlab."""

    def __init__(self, w=210.0, h=297.0, bg=(255, 255, 255)):
        self.w, self.h, self.bg, self.ops = w, h, bg, []

    def text(self, x, y, s, size=10, font="sans", color=(0, 0, 0), align="left"):
        self.ops.append(("t", x, y, s, size, font, color, align))

    def rect(self, x, y, w, h, fill=None, stroke=(0, 0, 0), lw=0.3):
        self.ops.append(("r", x, y, w, h, fill, stroke, lw))

    def line(self, x1, y1, x2, y2, lw=0.3, color=(0, 0, 0)):
        self.ops.append(("l", x1, y1, x2, y2, lw, color))

    def stroke(self, pts, color=(20, 30, 110)):
        """pts: list of (x, y, width_mm): a pen stroke with varying width."""
        self.ops.append(("s", pts, color))

    def hand(self, rng, x, y, s, size=13, font="hand", color=(25, 35, 120)):
        """Handwriting: each glyph jittered in position and size."""
        cx = x
        for ch in s:
            sz = size * rng.uniform(0.92, 1.08)
            dy = rng.uniform(-0.5, 0.5)
            self.text(cx, y + dy, ch, sz, font, color)
            cx += _advance(ch, font, sz) + rng.uniform(-0.15, 0.25)
        return cx

    def signature(self, rng, x, y, name, w=45, color=(20, 30, 110)):
        """A script-like signature: a looping stroke through the initials plus a flourish."""
        pts = []
        n = 40 + 10 * min(len(name), 8)
        amp = rng.uniform(3, 6)
        freq = rng.uniform(5, 9)
        ph = rng.uniform(0, 6.28)
        for i in range(n):
            t = i / (n - 1)
            px = x + t * w + 2.2 * np.sin(t * freq * 6.28 + ph)
            py = y - amp * np.sin(t * freq * 3.14) * (1 - 0.5 * t) + rng.uniform(-0.3, 0.3)
            pts.append((px, py, 0.25 + 0.35 * abs(np.sin(t * 9 + ph))))
        self.stroke(pts, color)
        fl = []
        for i in range(20):
            t = i / 19
            fl.append(
                (
                    x - 3 + t * (w + 6),
                    y + 3 - 2 * t + 1.5 * np.sin(t * 3.14),
                    0.2 + 0.3 * np.sin(t * 3.14),
                )
            )
        self.stroke(fl, color)


def _pil_font(font, px):
    key = (font, int(px))
    if key not in _PIL_CACHE:
        _PIL_CACHE[key] = ImageFont.truetype(FONTS[font], max(int(px), 4))
    return _PIL_CACHE[key]


def _advance(s, font, size_pt):
    f = _pil_font(font, size_pt * 10)
    return f.getlength(s) / 10 * 25.4 / 72


def render_pil(page, dpi=200):
    k = dpi / 25.4
    img = Image.new("RGB", (int(page.w * k), int(page.h * k)), page.bg)
    d = ImageDraw.Draw(img)
    for op in page.ops:
        if op[0] == "t":
            _, x, y, s, size, font, color, align = op
            px = size * dpi / 72
            f = _pil_font(font, px)
            if align == "right":
                x -= f.getlength(s) / k
            elif align == "center":
                x -= f.getlength(s) / k / 2
            d.text((x * k, y * k - px * 0.8), s, font=f, fill=color)
        elif op[0] == "r":
            _, x, y, w, h, fill, stroke, lw = op
            d.rectangle(
                [x * k, y * k, (x + w) * k, (y + h) * k],
                fill=fill,
                outline=stroke,
                width=max(1, int(lw * k)) if stroke else 0,
            )
        elif op[0] == "l":
            _, x1, y1, x2, y2, lw, color = op
            d.line([x1 * k, y1 * k, x2 * k, y2 * k], fill=color, width=max(1, int(lw * k)))
        elif op[0] == "s":
            _, pts, color = op
            for a, b in itertools.pairwise(pts):
                d.line(
                    [a[0] * k, a[1] * k, b[0] * k, b[1] * k],
                    fill=color,
                    width=max(1, round(b[2] * k)),
                )
    return img


def _rl_font(font):
    name = "F_" + font
    if name not in _REGISTERED:
        pdfmetrics.registerFont(TTFont(name, FONTS[font]))
        _REGISTERED.add(name)
    return name


def render_pdf(pages, path, title="document"):
    c = canvas.Canvas(path, pagesize=(pages[0].w * mm, pages[0].h * mm), invariant=1)
    c.setTitle(title)
    for page in pages:
        H = page.h
        for op in page.ops:
            if op[0] == "t":
                _, x, y, s, size, font, color, align = op
                c.setFont(_rl_font(font), size)
                c.setFillColorRGB(*[v / 255 for v in color])
                args = (x * mm, (H - y) * mm, s)
                {"left": c.drawString, "right": c.drawRightString, "center": c.drawCentredString}[
                    align
                ](*args)
            elif op[0] == "r":
                _, x, y, w, h, fill, stroke, lw = op
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
                    fill=1 if fill else 0,
                    stroke=1 if stroke else 0,
                )
            elif op[0] == "l":
                _, x1, y1, x2, y2, lw, color = op
                c.setStrokeColorRGB(*[v / 255 for v in color])
                c.setLineWidth(lw * mm)
                c.line(x1 * mm, (H - y1) * mm, x2 * mm, (H - y2) * mm)
            elif op[0] == "s":
                _, pts, color = op
                c.setStrokeColorRGB(*[v / 255 for v in color])
                c.setLineCap(1)
                for a, b in itertools.pairwise(pts):
                    c.setLineWidth(b[2] * mm)
                    c.line(a[0] * mm, (H - a[1]) * mm, b[0] * mm, (H - b[1]) * mm)
        c.showPage()
    c.save()


# ---------------------------------------------------------------- looks
def scanned(img, rng, grey=True):
    """Flatbed look: slight skew, grey paper, noise."""
    a = np.asarray(img).astype(np.float32)
    if grey:
        a = a * rng.uniform(0.88, 0.95) + rng.uniform(8, 16)
    h, w = a.shape[:2]
    m = cv2.getRotationMatrix2D((w / 2, h / 2), rng.uniform(-1.2, 1.2), 1.0)
    a = cv2.warpAffine(a, m, (w, h), borderValue=(235, 235, 232))
    nrng = np.random.default_rng(rng.randrange(1 << 30))
    a = a + nrng.normal(0, 4, a.shape)
    a = cv2.GaussianBlur(np.clip(a, 0, 255), (3, 3), 0.6)
    return Image.fromarray(np.clip(a, 0, 255).astype(np.uint8))


def phone_photo(img, rng, long_side=3200, rotate=0):
    """A page or card on a table: perspective, shadow, cast, blur, optional 90/180/270."""
    src = np.asarray(img.convert("RGB")).astype(np.float32)
    H, W = long_side, int(long_side * 0.75)
    if src.shape[1] > src.shape[0]:
        H, W = W, H
    nrng = np.random.default_rng(rng.randrange(1 << 30))
    table = np.zeros((H, W, 3), np.float32)
    base = np.array([rng.uniform(90, 140), rng.uniform(70, 110), rng.uniform(50, 80)])
    table[:] = base
    table += nrng.normal(0, 6, table.shape)
    sh, sw = src.shape[:2]
    scale = min(W * 0.82 / sw, H * 0.82 / sh)
    tw, th = sw * scale, sh * scale
    ox, oy = (W - tw) / 2, (H - th) / 2
    j = [rng.uniform(-0.04, 0.04) * min(W, H) for _ in range(8)]
    dst = np.float32(
        [
            [ox + j[0], oy + j[1]],
            [ox + tw + j[2], oy + j[3]],
            [ox + tw + j[4], oy + th + j[5]],
            [ox + j[6], oy + th + j[7]],
        ]
    )
    srcq = np.float32([[0, 0], [sw, 0], [sw, sh], [0, sh]])
    M = cv2.getPerspectiveTransform(srcq, dst)
    warped = cv2.warpPerspective(src, M, (W, H))
    mask = cv2.warpPerspective(np.ones((sh, sw), np.float32), M, (W, H))[..., None]
    out = table * (1 - mask) + warped * mask
    yy, xx = np.mgrid[0:H, 0:W].astype(np.float32)
    gx, gy = rng.uniform(-1, 1), rng.uniform(-1, 1)
    light = 1 + 0.12 * (gx * (xx / W - 0.5) + gy * (yy / H - 0.5)) * 2
    sx = rng.uniform(0.2, 0.8) * W
    light -= 0.18 * (xx > sx) * np.clip((yy / H) - 0.3, 0, 1)
    out = out * light[..., None]
    out *= np.array([rng.uniform(1.0, 1.08), 1.0, rng.uniform(0.86, 0.95)])
    out = cv2.GaussianBlur(np.clip(out, 0, 255), (0, 0), rng.uniform(0.8, 1.6))
    out = np.clip(out + nrng.normal(0, 3, out.shape), 0, 255).astype(np.uint8)
    im = Image.fromarray(out)
    if rotate:
        im = im.rotate(rotate, expand=True)
    return im


def save_jpeg(img, path, q=85):
    img.save(path, "JPEG", quality=q, optimize=False)


def image_pdf(images, path, dpi=200):
    """A scanner PDF: each page a JPEG image, no text layer."""
    first = images[0]
    wpt, hpt = first.width * 72 / dpi, first.height * 72 / dpi
    c = canvas.Canvas(path, pagesize=(wpt, hpt), invariant=1)
    from reportlab.lib.utils import ImageReader

    for im in images:
        buf = io.BytesIO()
        im.convert("RGB").save(buf, "JPEG", quality=80)
        buf.seek(0)
        c.drawImage(ImageReader(buf), 0, 0, wpt, hpt)
        c.showPage()
    c.save()


def seeded(key):
    return random.Random("set_co:" + key)
