"""Fonts, handwriting, signatures, rasterising and the looks (scan, photo, screenshot)."""

import io
import math

import cv2
import numpy as np
import pypdfium2 as pdfium
from PIL import Image, ImageDraw, ImageFont
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

cv2.setNumThreads(1)
T = "/usr/share/fonts/truetype/"
FONTS = {
    "sans": T + "dejavu/DejaVuSans.ttf",
    "sansb": T + "dejavu/DejaVuSans-Bold.ttf",
    "cond": T + "dejavu/DejaVuSansCondensed.ttf",
    "condb": T + "dejavu/DejaVuSansCondensed-Bold.ttf",
    "serif": T + "dejavu/DejaVuSerif.ttf",
    "serifb": T + "dejavu/DejaVuSerif-Bold.ttf",
    "mono": T + "liberation/LiberationMono-Regular.ttf",
    "arial": T + "liberation/LiberationSans-Regular.ttf",
    "arialb": T + "liberation/LiberationSans-Bold.ttf",
    "times": T + "liberation/LiberationSerif-Regular.ttf",
    "timesb": T + "liberation/LiberationSerif-Bold.ttf",
    "timesi": T + "liberation/LiberationSerif-Italic.ttf",
    "lato": T + "lato/Lato-Regular.ttf",
    "latob": T + "lato/Lato-Bold.ttf",
    "open": T + "open-sans/OpenSans-Regular.ttf",
    "openb": T + "open-sans/OpenSans-Bold.ttf",
    "carlito": T + "crosextra/Carlito-Regular.ttf",
    "carlitob": T + "crosextra/Carlito-Bold.ttf",
    "ecolier": T + "ecolier-court/Ecolier-court.ttf",
    "femke": T + "femkeklaver/femkeklaver.ttf",
    "breip": T + "breip/Breip.ttf",
    "dkgi": T + "fifthhorseman/dkgIt.ttf",
}
ARABIC = "/usr/share/fonts/opentype/fonts-hosny-amiri/Amiri-Regular.ttf"
OCRB = "/usr/share/fonts/opentype/ocr-b/OCRB.otf"
for _k, _p in FONTS.items():
    pdfmetrics.registerFont(TTFont(_k, _p))

INK = {"blue": (0.08, 0.15, 0.55), "black": (0.1, 0.1, 0.12), "bluebk": (0.1, 0.1, 0.35)}


def new_pdf(size):
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=size, invariant=1)
    return c, buf


def text(c, x, y, s, font="sans", size=9, color=(0, 0, 0), anchor="l"):
    c.setFont(font, size)
    c.setFillColorRGB(*color)
    if anchor == "c":
        c.drawCentredString(x, y, s)
    elif anchor == "r":
        c.drawRightString(x, y, s)
    else:
        c.drawString(x, y, s)


def para(c, x, y, s, width, font="sans", size=8, lead=None, color=(0, 0, 0)):
    """Simple word-wrap; returns the y under the last line."""
    lead = lead or size * 1.25
    c.setFont(font, size)
    c.setFillColorRGB(*color)
    line = ""
    for w in s.split():
        t = (line + " " + w).strip()
        if pdfmetrics.stringWidth(t, font, size) > width and line:
            c.drawString(x, y, line)
            y -= lead
            line = w
        else:
            line = t
    if line:
        c.drawString(x, y, line)
        y -= lead
    return y


def hand(c, x, y, s, rng, font="ecolier", size=13, ink="blue", slant=0.0, spacing=1.0):
    """Handwriting: glyph by glyph with jitter of baseline, size and angle."""
    col = INK[ink]
    c.setFillColorRGB(*col)
    drift = 0.0
    for ch in s:
        sz = size * (1 + rng.uniform(-0.06, 0.06))
        drift += rng.uniform(-0.25, 0.25)
        drift = max(-1.2, min(1.2, drift))
        c.saveState()
        c.translate(x, y + drift + rng.uniform(-0.4, 0.4))
        c.rotate(rng.uniform(-4, 4) + slant)
        c.setFont(font, sz)
        c.drawString(0, 0, ch)
        c.restoreState()
        x += pdfmetrics.stringWidth(ch, font, sz) * spacing + rng.uniform(-0.2, 0.3)
    return x


def hand_comb(c, x0, y, s, pitch, rng, font="ecolier", size=12, ink="blue"):
    for i, ch in enumerate(s):
        if ch != " ":
            w = pdfmetrics.stringWidth(ch, font, size)
            hand(
                c,
                x0 + i * pitch + (pitch - w) / 2 + rng.uniform(-0.6, 0.6),
                y,
                ch,
                rng,
                font,
                size,
                ink,
            )


def signature(c, x, y, w, h, rng, ink="blue", loops=5):
    """A pen signature: a flowing polyline of loops, a capital stroke and a flourish."""
    c.setStrokeColorRGB(*INK[ink])
    c.setLineCap(1)
    c.setLineJoin(1)
    pts = []
    n = 160
    amp = h * rng.uniform(0.22, 0.32)
    freq = loops + rng.uniform(-0.5, 0.5)
    ph = rng.uniform(0, 6)
    for i in range(n):
        t = i / (n - 1)
        px = x + w * 0.12 + t * w * 0.72 + amp * 0.5 * math.cos(2 * math.pi * freq * t + ph)
        env = 0.6 + 0.4 * math.sin(math.pi * t)
        py = y + h * 0.5 + env * amp * math.sin(2 * math.pi * freq * t + ph) + rng.gauss(0, 0.35)
        pts.append((px, py))
    cap = [
        (x + w * 0.05, y + h * 0.25),
        (x + w * 0.1, y + h * 0.95),
        (x + w * 0.16, y + h * 0.3),
        (x + w * 0.13, y + h * 0.55),
    ]
    for stroke, lw in ((cap, 1.1), (pts, 0.9)):
        c.setLineWidth(lw + rng.uniform(-0.15, 0.2))
        p = c.beginPath()
        p.moveTo(*stroke[0])
        for q in stroke[1:]:
            p.lineTo(q[0] + rng.gauss(0, 0.25), q[1] + rng.gauss(0, 0.25))
        c.drawPath(p, stroke=1, fill=0)
    c.setLineWidth(0.8)
    p = c.beginPath()
    p.moveTo(x + w * 0.15, y + h * 0.12)
    p.curveTo(
        x + w * 0.45,
        y - h * 0.05,
        x + w * 0.8,
        y + h * 0.2,
        x + w * 0.95,
        y + h * rng.uniform(0.3, 0.5),
    )
    c.drawPath(p, stroke=1, fill=0)


def pil_text(s, font_path, px, color=(0, 0, 0), rtl=False):
    f = ImageFont.truetype(font_path, px)
    kw = {"direction": "rtl", "language": "ar"} if rtl else {}
    box = f.getbbox(s, **kw)
    im = Image.new("RGBA", (box[2] - box[0] + 8, box[3] - box[1] + 8), (255, 255, 255, 0))
    ImageDraw.Draw(im).text((4 - box[0], 4 - box[1]), s, font=f, fill=color + (255,), **kw)
    return im


def place(c, im, x, y, h=None, w=None, anchor="l"):
    """Draw a PIL RGBA image at (x, y) bottom-left with given height (points)."""
    if h is None:
        h = w * im.height / im.width
    if w is None:
        w = h * im.width / im.height
    if anchor == "r":
        x -= w
    elif anchor == "c":
        x -= w / 2
    c.drawImage(ImageReader(im), x, y, w, h, mask="auto")
    return w


def mrz_lines(c, x, y, lines, pt=10.5, lead=None, width=None):
    lead = lead or pt * 1.45
    for i, ln in enumerate(lines):
        im = pil_text(ln, OCRB, 60)
        if width:
            place(c, im, x, y - i * lead, w=width)
        else:
            place(c, im, x, y - i * lead, h=pt * 1.25)


def face(c, x, y, w, h, rng, tone=(0.72, 0.58, 0.48), hair=(0.15, 0.12, 0.1), veil=False):
    c.setFillColorRGB(0.86, 0.88, 0.9)
    c.rect(x, y, w, h, stroke=0, fill=1)
    c.setFillColorRGB(*hair)
    if veil:
        c.setFillColorRGB(0.2, 0.22, 0.3)
        c.ellipse(x + w * 0.18, y + h * 0.25, x + w * 0.82, y + h * 0.95, stroke=0, fill=1)
    else:
        c.ellipse(x + w * 0.26, y + h * 0.42, x + w * 0.74, y + h * 0.92, stroke=0, fill=1)
    c.setFillColorRGB(0.25, 0.27, 0.33)
    c.ellipse(x + w * 0.05, y - h * 0.25, x + w * 0.95, y + h * 0.32, stroke=0, fill=1)
    c.setFillColorRGB(*tone)
    c.rect(x + w * 0.43, y + h * 0.22, w * 0.14, h * 0.15, stroke=0, fill=1)
    c.ellipse(x + w * 0.3, y + h * 0.33, x + w * 0.7, y + h * 0.85, stroke=0, fill=1)
    c.setFillColorRGB(0.2, 0.15, 0.12)
    for ex in (0.42, 0.58):
        c.circle(x + w * ex, y + h * 0.62, w * 0.018, stroke=0, fill=1)


def guilloche(c, x, y, w, h, rng, color=(0.8, 0.85, 0.9), n=28):
    c.setStrokeColorRGB(*color)
    c.setLineWidth(0.25)
    a, f = rng.uniform(2, 5), rng.uniform(0.02, 0.05)
    for k in range(n):
        p = c.beginPath()
        yy = y + h * k / n
        p.moveTo(x, yy)
        for i in range(1, 60):
            xx = x + w * i / 59
            p.lineTo(xx, yy + a * math.sin(f * xx + k * 0.5))
        c.drawPath(p, stroke=1, fill=0)


def finish(c, buf):
    c.save()
    return buf.getvalue()


def raster(pdf_bytes, dpi):
    doc = pdfium.PdfDocument(pdf_bytes)
    out = [doc[i].render(scale=dpi / 72).to_pil().convert("RGB") for i in range(len(doc))]
    doc.close()
    return out


def _jpeg(im, q):
    b = io.BytesIO()
    im.save(b, "JPEG", quality=q, optimize=False)
    return b.getvalue()


def scan(im, rng, gray=False, tint=(246, 244, 238)):
    a = np.asarray(im).astype(np.float32)
    h, w = a.shape[:2]
    ang = rng.uniform(-0.9, 0.9)
    m = cv2.getRotationMatrix2D((w / 2, h / 2), ang, 1.0)
    a = cv2.warpAffine(a, m, (w, h), borderValue=(255, 255, 255))
    a = a / 255.0 * np.array(tint, np.float32)
    a = cv2.GaussianBlur(a, (0, 0), 0.6)
    nrs = np.random.default_rng(rng.randrange(1 << 30))
    a += nrs.normal(0, 3.0, a.shape[:2])[..., None]
    a = np.clip((a - 128) * 1.06 + 128, 0, 255).astype(np.uint8)
    out = Image.fromarray(a)
    return out.convert("L").convert("RGB") if gray else out


def save_scan(im, path, rng, q=82, **kw):
    data = _jpeg(scan(im, rng, **kw), q) if path.endswith(".jpg") else None
    if data is None:
        scan(im, rng, **kw).save(path, optimize=False)
    else:
        with open(path, "wb") as fh:
            fh.write(data)


def image_pdf(pages, path, rng, gray=False, dpi=200):
    c = canvas.Canvas(path, invariant=1)
    for im in pages:
        s = scan(im, rng, gray=gray, tint=(238, 236, 230))
        wpt, hpt = s.width * 72 / dpi, s.height * 72 / dpi
        c.setPageSize((wpt, hpt))
        c.drawImage(ImageReader(io.BytesIO(_jpeg(s, 70))), 0, 0, wpt, hpt)
        c.showPage()
    c.save()


def on_a4(card, dpi=200, at=(0.12, 0.06), extra=None):
    """Photocopy of a card: the card image pasted near the top of a white A4 at dpi."""
    page = Image.new("RGB", (int(8.27 * dpi), int(11.69 * dpi)), (255, 255, 255))
    x, y = int(page.width * at[0]), int(page.height * at[1])
    page.paste(card, (x, y))
    if extra is not None:
        page.paste(extra, (x, y + card.height + int(0.4 * dpi)))
    return page


def phone_photo(im, path, rng, rot=0, table=(120, 92, 70), long_side=3264):
    src_a = np.asarray(im.convert("RGB"))
    h, w = src_a.shape[:2]
    cw, ch = (long_side * 3 // 4, long_side) if h >= w else (long_side, long_side * 3 // 4)
    nrs = np.random.default_rng(rng.randrange(1 << 30))
    yy, xx = np.mgrid[0:ch, 0:cw].astype(np.float32)
    bg = np.empty((ch, cw, 3), np.float32)
    grain = nrs.normal(0, 6, (ch // 8 + 1, cw // 8 + 1)).astype(np.float32)
    grain = cv2.resize(grain, (cw, ch))[:ch, :cw]
    for k in range(3):
        bg[..., k] = table[k] + grain + 10 * np.sin(xx / 37.0 + yy / 400.0)
    s = min(cw * rng.uniform(0.74, 0.86) / w, ch * rng.uniform(0.74, 0.86) / h)
    cx, cy = cw / 2 + rng.uniform(-0.04, 0.04) * cw, ch / 2 + rng.uniform(-0.04, 0.04) * ch
    hw, hh = w * s / 2, h * s / 2
    j = 0.05 * min(cw, ch)
    dst = np.float32(
        [
            [cx - hw + rng.uniform(-j, j), cy - hh + rng.uniform(-j, j) * 0.5],
            [cx + hw + rng.uniform(-j, j), cy - hh + rng.uniform(-j, j) * 0.5],
            [cx + hw + rng.uniform(-j, j) * 0.4, cy + hh + rng.uniform(-j, j) * 0.4],
            [cx - hw + rng.uniform(-j, j) * 0.4, cy + hh + rng.uniform(-j, j) * 0.4],
        ]
    )
    srcq = np.float32([[0, 0], [w, 0], [w, h], [0, h]])
    m = cv2.getPerspectiveTransform(srcq, dst)
    warped = cv2.warpPerspective(src_a, m, (cw, ch), flags=cv2.INTER_AREA).astype(np.float32)
    mask = cv2.warpPerspective(np.ones((h, w), np.float32), m, (cw, ch))
    sh = cv2.GaussianBlur(cv2.warpPerspective(np.ones((h, w), np.float32), m, (cw, ch)), (0, 0), 25)
    sh = np.roll(sh, (18, 14), (0, 1))
    bg *= (1 - 0.45 * sh)[..., None]
    a = bg * (1 - mask[..., None]) + warped * mask[..., None]
    gx = rng.uniform(-1, 1)
    light = 0.78 + 0.22 * ((xx / cw) * gx + (yy / ch) * rng.uniform(-1, 1) + 1) / 2
    bx, by = rng.uniform(0.1, 0.9) * cw, rng.uniform(0.1, 0.9) * ch
    blob = np.exp(-(((xx - bx) ** 2 + (yy - by) ** 2) / (2 * (0.25 * cw) ** 2)))
    light = light * (1 - 0.28 * blob)
    a *= light[..., None]
    a *= np.array([1.03, 1.0, 0.9 + rng.uniform(-0.03, 0.03)], np.float32)
    a = cv2.GaussianBlur(a, (0, 0), rng.uniform(1.0, 1.8))
    a += nrs.normal(0, 2.5, a.shape).astype(np.float32)
    a = np.clip(a, 0, 255).astype(np.uint8)
    if rot:
        a = np.rot90(a, k=rot // 90)
    with open(path, "wb") as fh:
        fh.write(_jpeg(Image.fromarray(np.ascontiguousarray(a)), 87))
