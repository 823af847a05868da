"""Display lists (mm, y down) rendered to PIL images or reportlab PDFs, plus the looks."""

import io
import math

import cv2
import numpy as np
from PIL import Image, ImageDraw, ImageFilter, ImageFont
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas as rl_canvas

cv2.setNumThreads(1)

_T = "/usr/share/fonts/truetype/"
FONTS = {
    "sans": _T + "liberation/LiberationSans-Regular.ttf",
    "sansb": _T + "liberation/LiberationSans-Bold.ttf",
    "narrow": _T + "liberation/LiberationSansNarrow-Regular.ttf",
    "serif": _T + "liberation/LiberationSerif-Regular.ttf",
    "serifb": _T + "liberation/LiberationSerif-Bold.ttf",
    "serifi": _T + "liberation/LiberationSerif-Italic.ttf",
    "dv": _T + "dejavu/DejaVuSans.ttf",
    "dvb": _T + "dejavu/DejaVuSans-Bold.ttf",
    "dvc": _T + "dejavu/DejaVuSansCondensed.ttf",
    "dvs": _T + "dejavu/DejaVuSerif.ttf",
    "mono": _T + "dejavu/DejaVuSansMono.ttf",
    "lato": _T + "lato/Lato-Regular.ttf",
    "latob": _T + "lato/Lato-Bold.ttf",
    "rob": _T + "roboto/unhinted/RobotoTTF/Roboto-Regular.ttf",
    "robm": _T + "roboto/unhinted/RobotoTTF/Roboto-Medium.ttf",
    "robb": _T + "roboto/unhinted/RobotoTTF/Roboto-Bold.ttf",
    "os": _T + "open-sans/OpenSans-Regular.ttf",
    "osb": _T + "open-sans/OpenSans-Bold.ttf",
    "carl": _T + "crosextra/Carlito-Regular.ttf",
    "carlb": _T + "crosextra/Carlito-Bold.ttf",
    "cala": _T + "crosextra/Caladea-Regular.ttf",
    "calab": _T + "crosextra/Caladea-Bold.ttf",
    "frees": _T + "freefont/FreeSerif.ttf",
    "amiri": "/usr/share/fonts/opentype/fonts-hosny-amiri/Amiri-Regular.ttf",
    "amirib": "/usr/share/fonts/opentype/fonts-hosny-amiri/Amiri-Bold.ttf",
    "h1": _T + "ecolier-court/Ecolier-court.ttf",
    "h3": _T + "fifthhorseman/dkg.ttf",
}
PT = 25.4 / 72.0
_cache = {}


def font(key, px):
    k = (key, int(px))
    if k not in _cache:
        _cache[k] = ImageFont.truetype(FONTS[key], max(1, int(px)))
    return _cache[k]


def width(s, key, size):
    """Advance width in mm of s at size pt."""
    return font(key, 400).getlength(s) / 400.0 * size * PT


class Doc:
    def __init__(self, w=210.0, h=297.0, bg=(255, 255, 255)):
        self.w, self.h, self.bg, self.ops = w, h, bg, []

    def text(self, x, y, s, f="sans", size=10, color=(0, 0, 0), align="l", rot=0.0, rtl=False):
        self.ops.append(("text", x, y, s, f, size, color, align, rot, rtl))

    def line(self, x1, y1, x2, y2, wd=0.25, color=(0, 0, 0)):
        self.ops.append(("line", x1, y1, x2, y2, wd, color))

    def rect(self, x, y, w, h, wd=0.25, color=(0, 0, 0), fill=None):
        self.ops.append(("rect", x, y, w, h, wd, color, fill))

    def ellipse(self, cx, cy, rx, ry, wd=0.25, color=(0, 0, 0), fill=None):
        self.ops.append(("ell", cx, cy, rx, ry, wd, color, fill))

    def poly(self, pts, wd=0.35, color=(25, 35, 110)):
        self.ops.append(("poly", pts, wd, color))

    def label(self, x, y, lab, val, f="sans", fv=None, size=9, vsize=None, gap=2.0, above=False):
        """Label then value beside it (or above it), never overlapping."""
        fv, vsize = fv or f, vsize or size
        self.text(x, y - (vsize * PT * 1.25 if above else 0), lab, f, size)
        vx = x if above else x + width(lab, f, size) + gap
        self.text(vx, y, val, fv, vsize)
        return vx


# ---------------------------------------------------------------- handwriting
def hand(doc, x, y, s, rng, size=13, f="h1", color=(20, 30, 100), comb=None):
    """Per-glyph jittered handwriting; comb = list of box centre xs (one glyph per box)."""
    cx = x
    for i, ch in enumerate(s):
        sz = size * rng.uniform(0.93, 1.07)
        dy = rng.uniform(-0.35, 0.35)
        rot = rng.uniform(-5, 5)
        if comb is not None:
            if i >= len(comb):
                break
            if ch != " ":
                doc.text(comb[i] + rng.uniform(-0.4, 0.4), y + dy, ch, f, sz, color, "c", rot)
            continue
        if ch != " ":
            doc.text(cx, y + dy, ch, f, sz, color, "l", rot)
        cx += width(ch, f, size) * rng.uniform(0.98, 1.08)
    return cx


def signature(doc, x, y, w, h, rng, color=(20, 30, 110)):
    """A pen signature: a capital loop, a cursive wave and a flourish, as polylines."""
    pts = []
    n = rng.randint(4, 7)
    amp = h * rng.uniform(0.25, 0.4)
    for i in range(90):
        t = i / 89.0
        px = x + w * 0.15 + t * w * 0.7
        py = y + h * 0.55 - amp * math.sin(t * n * 2 * math.pi) * (1 - 0.5 * t)
        py += amp * 0.35 * math.sin(t * 3.1 + rng.random())
        pts.append((px, py))
    loop = [
        (
            x + w * 0.12 + w * 0.1 * math.sin(a),
            y + h * 0.45 - h * 0.4 * math.cos(a) * rng.uniform(0.95, 1.05),
        )
        for a in np.linspace(0, 2 * math.pi * 1.1, 40)
    ]
    flo = [
        (x + w * (0.1 + 0.85 * t), y + h * (0.85 - 0.15 * math.sin(t * math.pi)))
        for t in np.linspace(0, 1, 30)
    ]
    for p in (loop, pts, flo):
        doc.poly(p, rng.uniform(0.3, 0.45), color)


def tick(doc, x, y, s, rng, color=(20, 30, 100), cross=False):
    if cross:
        doc.poly([(x + 0.5, y + 0.5), (x + s - 0.3, y + s - 0.4)], 0.45, color)
        doc.poly([(x + s - 0.4, y + 0.4), (x + 0.6, y + s - 0.2)], 0.45, color)
    else:
        j = rng.uniform(-0.3, 0.3)
        doc.poly([(x + 0.4, y + s * 0.5), (x + s * 0.4, y + s - 0.3 + j), (x + s + 1, y - 1)])


def stamp(doc, cx, cy, r, ring, centre, color=(40, 60, 150), f="sansb"):
    doc.ellipse(cx, cy, r, r, 0.5, color)
    doc.ellipse(cx, cy, r * 0.72, r * 0.72, 0.3, color)
    n = len(ring)
    for i, ch in enumerate(ring):
        a = -math.pi / 2 - math.pi * 0.8 + 1.6 * math.pi * i / max(1, n - 1)
        px, py = cx + r * 0.84 * math.cos(a), cy + r * 0.84 * math.sin(a)
        doc.text(px, py + 0.9, ch, f, r * 0.42, color, "c", -math.degrees(a) - 90)
    for k, s in enumerate(centre):
        doc.text(cx, cy + (k - (len(centre) - 1) / 2) * r * 0.3 + 0.8, s, f, r * 0.33, color, "c")


def photo(doc, x, y, w, h, rng, skin=(170, 125, 95), bg=(215, 220, 228)):
    doc.rect(x, y, w, h, 0.1, (120, 120, 120), bg)
    doc.ellipse(x + w / 2, y + h * 0.86, w * 0.4, h * 0.1, 0, skin, (60, 60, 70))
    doc.rect(x + w * 0.1, y + h * 0.86, w * 0.8, h * 0.14, 0, skin, (60, 60, 70))
    doc.ellipse(x + w / 2, y + h * 0.45, w * 0.24, h * 0.25, 0, skin, skin)
    hair = tuple(int(c * rng.uniform(0.15, 0.4)) for c in (120, 90, 70))
    doc.ellipse(x + w / 2, y + h * 0.3, w * 0.25, h * 0.13, 0, hair, hair)


# ---------------------------------------------------------------- renderers
def render(doc, dpi=200):
    k = dpi / 25.4
    W, H = round(doc.w * k), round(doc.h * k)
    im = Image.new("RGBA", (W, H), doc.bg + (255,))
    d = ImageDraw.Draw(im)
    for op in doc.ops:
        kind = op[0]
        if kind == "text":
            _, x, y, s, f, size, color, align, rot, rtl = op
            fnt = font(f, size * PT * k)
            anchor = {"l": "ls", "c": "ms", "r": "rs"}[align]
            kw = {"direction": "rtl", "language": "ar"} if rtl else {}
            if abs(rot) < 0.01:
                d.text((x * k, y * k), s, fill=color, font=fnt, anchor=anchor, **kw)
            else:
                n = int(fnt.getlength(s) * 2 + size * PT * k * 3) + 4
                lay = Image.new("RGBA", (n, n), (0, 0, 0, 0))
                ImageDraw.Draw(lay).text((n / 2, n / 2), s, fill=color, font=fnt, anchor=anchor)
                lay = lay.rotate(rot, resample=Image.BICUBIC, center=(n / 2, n / 2))
                im.alpha_composite(lay, (int(x * k - n / 2), int(y * k - n / 2)))
                d = ImageDraw.Draw(im)
        elif kind == "line":
            _, x1, y1, x2, y2, wd, color = op
            d.line([(x1 * k, y1 * k), (x2 * k, y2 * k)], fill=color, width=max(1, round(wd * k)))
        elif kind == "rect":
            _, x, y, w, h, wd, color, fill = op
            lw = max(1, round(wd * k)) if wd > 0 else 0
            d.rectangle(
                [x * k, y * k, (x + w) * k, (y + h) * k], fill=fill, outline=color, width=lw
            )
        elif kind == "ell":
            _, cx, cy, rx, ry, wd, color, fill = op
            lw = max(1, round(wd * k)) if wd > 0 else 0
            box = [(cx - rx) * k, (cy - ry) * k, (cx + rx) * k, (cy + ry) * k]
            d.ellipse(box, fill=fill, outline=color if lw else None, width=lw)
        elif kind == "poly":
            _, pts, wd, color = op
            d.line([(a * k, b * k) for a, b in pts], fill=color, width=max(1, round(wd * k)))
    return im.convert("RGB")


_reg = set()


def _rl_font(key):
    if key not in _reg:
        pdfmetrics.registerFont(TTFont("dk_" + key, FONTS[key]))
        _reg.add(key)
    return "dk_" + key


def text_pdf(docs, path, title="document"):
    c = rl_canvas.Canvas(path, invariant=1, pagesize=(docs[0].w * mm, docs[0].h * mm))
    c.setTitle(title)
    c.setAuthor("")
    for doc in docs:
        c.setPageSize((doc.w * mm, doc.h * mm))
        if doc.bg != (255, 255, 255):
            c.setFillColorRGB(*[v / 255 for v in doc.bg])
            c.rect(0, 0, doc.w * mm, doc.h * mm, stroke=0, fill=1)
        for op in doc.ops:
            _rl_op(c, doc, op)
        c.showPage()
    c.save()


def _rgb(c, color, fill=False):
    v = [x / 255 for x in color]
    (c.setFillColorRGB if fill else c.setStrokeColorRGB)(*v)


def _rl_op(c, doc, op):
    H = doc.h
    kind = op[0]
    if kind == "text":
        _, x, y, s, f, size, color, align, rot, rtl = op
        assert not rtl, "right-to-left text is only drawn in images"
        c.saveState()
        c.translate(x * mm, (H - y) * mm)
        c.rotate(rot)
        _rgb(c, color, True)
        c.setFont(_rl_font(f), size)
        {"l": c.drawString, "c": c.drawCentredString, "r": c.drawRightString}[align](0, 0, s)
        c.restoreState()
    elif kind == "line":
        _, x1, y1, x2, y2, wd, color = op
        _rgb(c, color)
        c.setLineWidth(wd * mm)
        c.line(x1 * mm, (H - y1) * mm, x2 * mm, (H - y2) * mm)
    elif kind in ("rect", "ell"):
        if kind == "rect":
            _, x, y, w, h, wd, color, fill = op
        else:
            _, cx, cy, rx, ry, wd, color, fill = op
            x, y, w, h = cx - rx, cy - ry, 2 * rx, 2 * ry
        if fill:
            _rgb(c, fill, True)
        _rgb(c, color)
        c.setLineWidth(max(wd, 0.01) * mm)
        draw = c.rect if kind == "rect" else c.ellipse
        if kind == "rect":
            draw(x * mm, (H - y - h) * mm, w * mm, h * mm, stroke=int(wd > 0), fill=int(bool(fill)))
        else:
            draw(x * mm, (H - y) * mm, (x + w) * mm, (H - y - h) * mm, stroke=int(wd > 0),
                 fill=int(bool(fill)))  # fmt: skip
    elif kind == "poly":
        _, pts, wd, color = op
        _rgb(c, color)
        c.setLineWidth(wd * mm)
        c.setLineCap(1)
        c.setLineJoin(1)
        p = c.beginPath()
        p.moveTo(pts[0][0] * mm, (H - pts[0][1]) * mm)
        for a, b in pts[1:]:
            p.lineTo(a * mm, (H - b) * mm)
        c.drawPath(p, stroke=1, fill=0)


# ---------------------------------------------------------------- looks
def _noise(a, rng, sigma):
    g = np.random.default_rng(rng.randint(0, 2**31))
    return np.clip(a + g.normal(0, sigma, a.shape), 0, 255)


def scan(im, rng, paper=None, angle=None):
    """Flatbed look: grey/cream paper, slight skew, noise, soft."""
    a = np.asarray(im).astype(np.float32)
    tint = paper or (rng.uniform(0.9, 0.97), rng.uniform(0.9, 0.96), rng.uniform(0.86, 0.94))
    a = a * np.array(tint, dtype=np.float32)
    a = _noise(a, rng, 4.0).astype(np.uint8)
    out = Image.fromarray(a)
    ang = rng.uniform(-1.2, 1.2) if angle is None else angle
    fill = tuple(int(255 * t) for t in tint)
    out = out.rotate(ang, resample=Image.BICUBIC, expand=False, fillcolor=fill)
    return out.filter(ImageFilter.GaussianBlur(0.5))


def on_bed(card_imgs, rng, dpi=200):
    """Cards laid on an A4 flatbed (white lid), returns a page image."""
    k = dpi / 25.4
    page = Image.new("RGB", (int(210 * k), int(297 * k)), (250, 250, 248))
    y = int(rng.uniform(12, 25) * k)
    for c in card_imgs:
        x = int(rng.uniform(12, 30) * k)
        c2 = c.rotate(rng.uniform(-2, 2), resample=Image.BICUBIC, expand=True, fillcolor=(250,) * 3)
        page.paste(c2, (x, y))
        y += c2.height + int(rng.uniform(10, 20) * k)
    return page


def phone_photo(im, rng, rot=0, long_side=3264, table=None):
    """Phone photo of a page or card on a table: perspective, light, cast, blur, rotation."""
    W = long_side
    Hh = int(W * 0.75)
    tb = table or rng.choice([(120, 86, 60), (205, 200, 190), (70, 72, 78), (160, 120, 85)])
    g = np.random.default_rng(rng.randint(0, 2**31))
    bg = np.ones((W, Hh, 3), np.float32) * np.array(tb, np.float32)
    bg += g.normal(0, 6, (W, Hh, 1)).astype(np.float32)
    src = np.asarray(im).astype(np.float32)
    h0, w0 = src.shape[:2]
    fit = min(Hh * rng.uniform(0.78, 0.88) / w0, W * rng.uniform(0.78, 0.86) / h0)
    ow, oh = w0 * fit, h0 * fit
    x0, y0 = (Hh - ow) / 2, (W - oh) / 2
    j = lambda: rng.uniform(-0.05, 0.05) * ow
    dst = np.float32(
        [[x0 + j(), y0 + j()], [x0 + ow + j(), y0 + j()], [x0 + ow + j(), y0 + oh + j()],
         [x0 + j(), y0 + oh + j()]]
    )  # fmt: skip
    M = cv2.getPerspectiveTransform(np.float32([[0, 0], [w0, 0], [w0, h0], [0, h0]]), dst)
    warped = cv2.warpPerspective(src, M, (Hh, W), flags=cv2.INTER_AREA)
    mask = cv2.warpPerspective(np.ones((h0, w0), np.float32), M, (Hh, W))[..., None]
    sh = cv2.GaussianBlur(np.roll(mask[..., 0], (25, 18), (0, 1)), (0, 0), 30)[..., None]
    out = bg * (1 - 0.45 * sh) * (1 - mask) + warped * mask
    yy, xx = np.mgrid[0:W, 0:Hh].astype(np.float32)
    ang = rng.uniform(0, 2 * math.pi)
    grad = (np.cos(ang) * xx / Hh + np.sin(ang) * yy / W + 1) / 2
    out *= (rng.uniform(0.72, 0.85) + rng.uniform(0.15, 0.28) * grad)[..., None]
    cast = np.array([rng.uniform(1.0, 1.06), 1.0, rng.uniform(0.86, 0.96)], np.float32)
    out = _noise(out * cast, rng, 3.0).astype(np.uint8)
    out = cv2.GaussianBlur(out, (0, 0), rng.uniform(0.9, 1.6))
    out = np.ascontiguousarray(np.rot90(out, k=rot // 90))
    return Image.fromarray(out)


def save_jpg(im, path, q=85):
    im.save(path, "JPEG", quality=q, optimize=False, subsampling=2)


def image_pdf(imgs, path, rng, dpi=200, q=70):
    """A scanner's PDF: JPEG pages, no text layer."""
    c = rl_canvas.Canvas(path, invariant=1)
    c.setTitle("")
    c.setAuthor("")
    c.setCreator("Canon MF Scan Utility")
    for im in imgs:
        w, h = im.width / dpi * 72, im.height / dpi * 72
        c.setPageSize((w, h))
        buf = io.BytesIO()
        im.save(buf, "JPEG", quality=q)
        buf.seek(0)
        c.drawImage(ImageReader(buf), 0, 0, w, h)
        c.showPage()
    c.save()
