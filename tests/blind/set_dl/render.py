"""Page model (mm, top-left origin) rendered to PIL images or to reportlab text PDFs, plus looks."""

import io
import math
import random

import cv2
import numpy as np
from PIL import Image, ImageDraw, ImageFilter, ImageFont
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

cv2.setNumThreads(1)
TT = "/usr/share/fonts/truetype/"
FONTS = {
    "sans": TT + "liberation/LiberationSans-Regular.ttf",
    "sansb": TT + "liberation/LiberationSans-Bold.ttf",
    "serif": TT + "liberation/LiberationSerif-Regular.ttf",
    "serifb": TT + "liberation/LiberationSerif-Bold.ttf",
    "serifi": TT + "liberation/LiberationSerif-Italic.ttf",
    "mono": TT + "liberation/LiberationMono-Regular.ttf",
    "dejavu": TT + "dejavu/DejaVuSans.ttf",
    "dejavub": TT + "dejavu/DejaVuSans-Bold.ttf",
    "roboto": TT + "roboto/unhinted/RobotoTTF/Roboto-Regular.ttf",
    "robotob": TT + "roboto/unhinted/RobotoTTF/Roboto-Bold.ttf",
    "lato": TT + "lato/Lato-Regular.ttf",
    "latob": TT + "lato/Lato-Bold.ttf",
    "carlito": TT + "crosextra/Carlito-Regular.ttf",
    "carlitob": TT + "crosextra/Carlito-Bold.ttf",
    "open": TT + "open-sans/OpenSans-Regular.ttf",
    "openb": TT + "open-sans/OpenSans-Bold.ttf",
    "ocrb": TT + "dejavu/DejaVuSansMono.ttf",
    "amiri": "/usr/share/fonts/opentype/fonts-hosny-amiri/Amiri-Regular.ttf",
    "amirib": "/usr/share/fonts/opentype/fonts-hosny-amiri/Amiri-Bold.ttf",
    "hand1": TT + "fifthhorseman/dkg.ttf",
    "hand2": TT + "femkeklaver/femkeklaver.ttf",
    "hand3": TT + "ecolier-court/Ecolier-court.ttf",
}
_PIL = {}
_RL = set()


def pil_font(key, px):
    k = (key, int(px))
    if k not in _PIL:
        _PIL[k] = ImageFont.truetype(FONTS[key], max(4, int(px)))
    return _PIL[k]


def text_w(key, size_pt, s):
    """Width in mm of s in font key at size_pt."""
    return pil_font(key, size_pt * 10).getlength(s) / 10 * 25.4 / 72


class Page:
    def __init__(self, w=210.0, h=297.0, bg=(255, 255, 255)):
        self.w, self.h, self.bg, self.ops = w, h, bg, []

    def text(self, x, y, s, font="sans", size=10, color=(0, 0, 0), align="l"):
        self.ops.append(("text", x, y, s, font, size, color, align))
        return x + text_w(font, size, s)

    def line(self, x1, y1, x2, y2, w=0.3, color=(0, 0, 0)):
        self.ops.append(("line", x1, y1, x2, y2, w, color))

    def rect(self, x, y, w, h, lw=0.3, stroke=(0, 0, 0), fill=None):
        self.ops.append(("rect", x, y, w, h, lw, stroke, fill))

    def ellipse(self, x, y, w, h, fill=(120, 120, 120), stroke=None):
        self.ops.append(("ellipse", x, y, w, h, fill, stroke))

    def hand(self, x, y, s, size=13, font="hand1", seed=0, color=(20, 30, 120)):
        self.ops.append(("hand", x, y, s, font, size, color, seed))

    def sig(self, x, y, w, h, seed=0, color=(20, 30, 110)):
        self.ops.append(("sig", x, y, w, h, seed, color))

    def poly(self, pts, w=0.4, color=(0, 0, 0)):
        self.ops.append(("poly", pts, w, color))

    def kv(self, x, y, label, value, lf="sans", vf="sansb", size=9.5, gap=2.0):
        end = self.text(x, y, label, lf, size)
        return self.text(end + gap, y, value, vf, size)

    def para(self, x, y, s, width, font="serif", size=10, lead=1.35):
        words, line, yy = s.split(), "", y
        for wd in words:
            t = (line + " " + wd).strip()
            if text_w(font, size, t) > width and line:
                self.text(x, yy, line, font, size)
                yy += size * 0.3528 * lead
                line = wd
            else:
                line = t
        if line:
            self.text(x, yy, line, font, size)
            yy += size * 0.3528 * lead
        return yy


def sig_points(w, h, seed):
    """A handwritten-looking signature as a list of pen strokes (polylines, mm)."""
    r = random.Random(seed)
    strokes, x = [], w * 0.05
    for _ in range(r.randint(2, 3)):
        pts, n = [], r.randint(30, 50)
        span = w * r.uniform(0.25, 0.45)
        amp, fr, ph = h * r.uniform(0.2, 0.35), r.uniform(3, 6), r.uniform(0, 6)
        for i in range(n):
            t = i / (n - 1)
            xx = x + span * t + amp * 0.35 * math.sin(t * fr * 2 * math.pi + ph)
            yy = h * 0.55 - amp * math.sin(t * fr * math.pi + ph) * (1 - 0.4 * t)
            pts.append((xx, yy))
        strokes.append(pts)
        x += span * r.uniform(0.7, 1.0)
    y0 = h * r.uniform(0.7, 0.85)
    strokes.append([(w * 0.02, y0), (w * 0.5, y0 + h * 0.08), (min(x, w * 0.95), y0 - h * 0.05)])
    return strokes


def render_pil(page, dpi=150):
    s = dpi / 25.4
    W, H = int(page.w * s), int(page.h * s)
    img = Image.new("RGB", (W, H), page.bg)
    d = ImageDraw.Draw(img)
    for op in page.ops:
        k = op[0]
        if k == "text":
            _, x, y, t, f, size, col, al = op
            fnt = pil_font(f, size * dpi / 72)
            px = x * s
            if al == "r":
                px -= fnt.getlength(t)
            elif al == "c":
                px -= fnt.getlength(t) / 2
            kw = {"direction": "rtl", "language": "ar"} if f.startswith("amiri") else {}
            d.text((px, y * s), t, font=fnt, fill=col, anchor="ls", **kw)
        elif k == "line":
            _, x1, y1, x2, y2, w, col = op
            d.line([(x1 * s, y1 * s), (x2 * s, y2 * s)], fill=col, width=max(1, round(w * s)))
        elif k == "rect":
            _, x, y, w, h, lw, st, fi = op
            d.rectangle(
                [x * s, y * s, (x + w) * s, (y + h) * s],
                outline=st,
                fill=fi,
                width=max(1, round(lw * s)) if st else 0,
            )
        elif k == "ellipse":
            _, x, y, w, h, fi, st = op
            d.ellipse([x * s, y * s, (x + w) * s, (y + h) * s], fill=fi, outline=st)
        elif k == "poly":
            _, pts, w, col = op
            d.line([(a * s, b * s) for a, b in pts], fill=col, width=max(1, round(w * s)))
        elif k == "hand":
            _, x, y, t, f, size, col, seed = op
            r = random.Random(seed)
            fnt = pil_font(f, size * dpi / 72)
            px = x * s
            for ch in t:
                dy = r.uniform(-0.35, 0.35) * s
                d.text((px, y * s + dy), ch, font=fnt, fill=col, anchor="ls")
                px += fnt.getlength(ch) * r.uniform(0.96, 1.06)
        elif k == "sig":
            _, x, y, w, h, seed, col = op
            for st in sig_points(w, h, seed):
                d.line(
                    [((x + a) * s, (y + b) * s) for a, b in st],
                    fill=col,
                    width=max(2, int(s * 0.35)),
                    joint="curve",
                )
    return img


def _reg(key):
    if key not in _RL:
        pdfmetrics.registerFont(TTFont("f_" + key, FONTS[key]))
        _RL.add(key)
    return "f_" + key


def render_pdf(pages, path, title="document", author=""):
    """Vector PDF with a real text layer (what a supplier or a bank emails)."""
    c = canvas.Canvas(path, invariant=1, pagesize=(pages[0].w * 72 / 25.4, pages[0].h * 72 / 25.4))
    c.setTitle(title)
    c.setAuthor(author)
    for page in pages:
        H = page.h * 72 / 25.4
        m = 72 / 25.4
        for op in page.ops:
            k = op[0]
            if k == "text":
                _, x, y, t, f, size, col, al = op
                c.setFont(_reg(f), size)
                c.setFillColorRGB(*[v / 255 for v in col])
                fn = {"l": c.drawString, "r": c.drawRightString, "c": c.drawCentredString}[al]
                fn(x * m, H - y * m, t)
            elif k in ("line", "poly"):
                pts = [(op[1], op[2]), (op[3], op[4])] if k == "line" else op[1]
                w, col = (op[5], op[6]) if k == "line" else (op[2], op[3])
                c.setLineWidth(w * m)
                c.setStrokeColorRGB(*[v / 255 for v in col])
                p = c.beginPath()
                p.moveTo(pts[0][0] * m, H - pts[0][1] * m)
                for a, b in pts[1:]:
                    p.lineTo(a * m, H - b * m)
                c.drawPath(p, stroke=1, fill=0)
            elif k == "rect":
                _, x, y, w, h, lw, st, fi = op
                if fi:
                    c.setFillColorRGB(*[v / 255 for v in fi])
                if st:
                    c.setStrokeColorRGB(*[v / 255 for v in st])
                    c.setLineWidth(lw * m)
                c.rect(
                    x * m, H - (y + h) * m, w * m, h * m, stroke=1 if st else 0, fill=1 if fi else 0
                )
            elif k == "ellipse":
                _, x, y, w, h, fi, st = op
                c.setFillColorRGB(*[v / 255 for v in fi])
                c.ellipse(x * m, H - (y + h) * m, (x + w) * m, H - y * m, stroke=0, fill=1)
            elif k == "hand":
                _, x, y, t, f, size, col, seed = op
                r = random.Random(seed)
                c.setFont(_reg(f), size)
                c.setFillColorRGB(*[v / 255 for v in col])
                px = x * m
                for ch in t:
                    c.drawString(px, H - y * m + r.uniform(-1, 1), ch)
                    px += pdfmetrics.stringWidth(ch, _reg(f), size) * r.uniform(0.96, 1.06)
            elif k == "sig":  # a pasted signature image (scanned pen strokes)
                _, x, y, w, h, seed, col = op
                sp = Page(w, h)
                sp.sig(0, 0, w, h, seed, col)
                im = render_pil(sp, 300)
                c.drawImage(
                    ImageReader(im),
                    x * m,
                    H - (y + h) * m,
                    w * m,
                    h * m,
                    mask=[250, 255, 250, 255, 250, 255],
                )
        c.showPage()
    c.save()


# ---------------------------------------------------------------- looks
def _noise(a, r, sigma):
    rs = np.random.RandomState(r.randint(0, 2**31 - 1))
    return np.clip(a + rs.normal(0, sigma, a.shape), 0, 255)


def scan_look(img, r, tint=(246, 244, 238)):
    a = np.asarray(img).astype(np.float32)
    a = 255 - (255 - a) * r.uniform(0.85, 0.97)
    a = a * (np.array(tint, np.float32) / 255.0)
    a = _noise(a, r, r.uniform(2, 5)).astype(np.uint8)
    im = Image.fromarray(a).rotate(r.uniform(-0.9, 0.9), resample=Image.BICUBIC, fillcolor=tint)
    return im.filter(ImageFilter.GaussianBlur(r.uniform(0.3, 0.7)))


def photo_look(img, r, rot=0, long_side=3200, card=False):
    """Page or card photographed on a table: perspective, shadow, cast, blur, rotation."""
    src = np.asarray(img.convert("RGB"))
    h, w = src.shape[:2]
    W, H = (long_side, int(long_side * 0.75)) if card else (int(long_side * 0.75), long_side)
    bg = np.zeros((H, W, 3), np.float32)
    base = np.array(
        r.choice([(120, 90, 60), (70, 70, 75), (180, 170, 150), (60, 45, 35)]), np.float32
    )
    bg[:] = base
    yy, xx = np.mgrid[0:H, 0:W]
    bg += (np.sin(xx / r.uniform(30, 90)) * 6)[..., None]
    fill = r.uniform(0.62, 0.72) if card else r.uniform(0.78, 0.88)
    sc = min(W * fill / w, H * fill / h)
    cw, ch = w * sc, h * sc
    cx, cy = W / 2 + r.uniform(-0.04, 0.04) * W, H / 2 + r.uniform(-0.04, 0.04) * H
    j = lambda: r.uniform(-0.035, 0.035) * min(W, H)
    dst = np.float32(
        [
            [cx - cw / 2 + j(), cy - ch / 2 + j()],
            [cx + cw / 2 + j(), cy - ch / 2 + j()],
            [cx + cw / 2 + j(), cy + ch / 2 + j()],
            [cx - cw / 2 + j(), cy + ch / 2 + j()],
        ]
    )
    M = cv2.getPerspectiveTransform(np.float32([[0, 0], [w, 0], [w, h], [0, h]]), dst)
    warped = cv2.warpPerspective(src, M, (W, H), flags=cv2.INTER_LINEAR).astype(np.float32)
    mask = cv2.warpPerspective(np.full((h, w), 255, np.uint8), M, (W, H)).astype(np.float32) / 255
    sh = cv2.GaussianBlur(mask, (0, 0), 25)
    sh = np.roll(sh, (int(H * 0.01), int(W * 0.01)), (0, 1))
    bg *= (1 - 0.45 * sh)[..., None]
    out = bg * (1 - mask[..., None]) + warped * mask[..., None]
    light = 0.78 + 0.3 * (xx / W * r.uniform(-1, 1) + yy / H * r.uniform(0.2, 1)) / 2
    gx, gy = r.uniform(0, W), r.uniform(0, H)
    light -= 0.18 * np.exp(-(((xx - gx) / (W * 0.3)) ** 2 + ((yy - gy) / (H * 0.25)) ** 2))
    out = out * light[..., None] * np.array([r.uniform(0.97, 1.05), 1.0, r.uniform(0.86, 0.98)])
    out = _noise(out, r, 4).astype(np.uint8)
    out = cv2.GaussianBlur(out, (0, 0), r.uniform(0.8, 1.5))
    im = Image.fromarray(out)
    if rot:
        im = im.rotate(rot, expand=True)
    return im


def save_jpeg(img, path, q=85, dpi=None):
    kw = {"dpi": (dpi, dpi)} if dpi else {}
    img.convert("RGB").save(path, "JPEG", quality=q, optimize=False, **kw)


def image_pdf(imgs, path, r):
    """Scanner PDF: each page one JPEG image, no text layer."""
    c = canvas.Canvas(path, invariant=1, pagesize=(595.27, 841.89))
    c.setCreator("Canon MF Scan Utility")
    for im in imgs:
        s = scan_look(im, r)
        b = io.BytesIO()
        s.save(b, "JPEG", quality=r.randint(70, 85))
        b.seek(0)
        c.drawImage(ImageReader(b), 0, 0, 595.27, 841.89)
        c.showPage()
    c.save()
