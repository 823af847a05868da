"""Drawing back ends (PIL raster, reportlab PDF) and capture looks for set_ag."""

import io
import math

import cv2
import numpy as np
from PIL import Image, ImageDraw, ImageFilter, ImageFont
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

cv2.setNumThreads(1)

FD = "/usr/share/fonts/"
FONTS = {
    "sans": FD + "truetype/dejavu/DejaVuSans.ttf",
    "sansb": FD + "truetype/dejavu/DejaVuSans-Bold.ttf",
    "cond": FD + "truetype/dejavu/DejaVuSansCondensed.ttf",
    "condb": FD + "truetype/dejavu/DejaVuSansCondensed-Bold.ttf",
    "lib": FD + "truetype/liberation/LiberationSans-Regular.ttf",
    "libb": FD + "truetype/liberation/LiberationSans-Bold.ttf",
    "serif": FD + "truetype/liberation/LiberationSerif-Regular.ttf",
    "serifb": FD + "truetype/liberation/LiberationSerif-Bold.ttf",
    "serifi": FD + "truetype/liberation/LiberationSerif-Italic.ttf",
    "carlito": FD + "truetype/crosextra/Carlito-Regular.ttf",
    "carlitob": FD + "truetype/crosextra/Carlito-Bold.ttf",
    "open": FD + "truetype/open-sans/OpenSans-Regular.ttf",
    "openb": FD + "truetype/open-sans/OpenSans-Bold.ttf",
    "lato": FD + "truetype/lato/Lato-Regular.ttf",
    "latob": FD + "truetype/lato/Lato-Bold.ttf",
    "roboto": FD + "truetype/roboto/unhinted/RobotoTTF/Roboto-Regular.ttf",
    "robotob": FD + "truetype/roboto/unhinted/RobotoTTF/Roboto-Bold.ttf",
    "robotom": FD + "truetype/roboto/unhinted/RobotoTTF/Roboto-Medium.ttf",
    "mono": FD + "truetype/liberation/LiberationMono-Regular.ttf",
    "courier": FD + "truetype/freefont/FreeMono.ttf",
    "ocrb": FD + "opentype/ocr-b/OCRB.otf",
    "amiri": FD + "opentype/fonts-hosny-amiri/Amiri-Regular.ttf",
    "amirib": FD + "opentype/fonts-hosny-amiri/Amiri-Bold.ttf",
    "cjk": FD + "truetype/wqy/wqy-zenhei.ttc",
    "dancing": FD + "opentype/dancingscript/DancingScript-Regular.otf",
    "kaushan": FD + "opentype/kaushanscript/KaushanScript-Regular.otf",
    "ecolier": FD + "truetype/ecolier-court/Ecolier-court.ttf",
    "femke": FD + "truetype/femkeklaver/femkeklaver.ttf",
    "ruf": FD + "truetype/rufscript/Rufscript010.ttf",
    "breip": FD + "truetype/breip/Breip.ttf",
    "dkg": FD + "truetype/fifthhorseman/dkg.ttf",
    "comic": FD + "opentype/comic-neue/ComicNeue-Regular.otf",
}
_pil_cache = {}
_rl_done = set()


def pil_font(key, px):
    k = (key, int(px))
    if k not in _pil_cache:
        _pil_cache[k] = ImageFont.truetype(FONTS[key], max(4, int(px)))
    return _pil_cache[k]


def rl_font(key):
    """Register a TrueType font with reportlab; CFF fonts fall back to DejaVu."""
    path = FONTS[key]
    if path.endswith(".otf"):
        key, path = "ecolier" if key in ("dancing", "kaushan", "comic") else "mono", None
        path = FONTS[key]
    if key not in _rl_done:
        if key == "cjk":
            pdfmetrics.registerFont(TTFont(key, path, subfontIndex=0))
        else:
            pdfmetrics.registerFont(TTFont(key, path))
        _rl_done.add(key)
    return key


class Page:
    """A page described in millimetres; y grows downwards (text y is the baseline)."""

    def __init__(self, w=210.0, h=297.0, bg=(255, 255, 255)):
        self.w, self.h, self.bg = w, h, bg
        self.ops = []
        self.fields = []  # AcroForm fields: (kind, name, x, y, w, h, value)

    def text(self, x, y, s, font="sans", size=9, color=(0, 0, 0), align="l"):
        self.ops.append(("text", x, y, str(s), font, size, color, align))

    def hand(self, x, y, s, font="ecolier", size=12, color=(25, 40, 120), seed=0):
        self.ops.append(("hand", x, y, str(s), font, size, color, seed))

    def line(self, x1, y1, x2, y2, width=0.5, color=(0, 0, 0), dash=None):
        self.ops.append(("line", x1, y1, x2, y2, width, color, dash))

    def rect(self, x, y, w, h, stroke=(0, 0, 0), fill=None, width=0.5):
        self.ops.append(("rect", x, y, w, h, stroke, fill, width))

    def image(self, x, y, w, h, img):
        self.ops.append(("image", x, y, w, h, img))

    def para(self, x, y, text, width, font="sans", size=8, lead=None, color=(0, 0, 0)):
        """Greedy word wrap; returns the y after the paragraph."""
        lead = lead or size * 0.42
        f = pil_font(font, size * 10)
        words, cur = text.split(), ""
        for w in words:
            t = (cur + " " + w).strip()
            if f.getlength(t) / 10 * 0.3528 > width and cur:
                self.text(x, y, cur, font, size, color)
                y += lead
                cur = w
            else:
                cur = t
        if cur:
            self.text(x, y, cur, font, size, color)
            y += lead
        return y


def hand_glyphs(s, font, size_px, seed):
    """Per-glyph jitter for handwriting: list of (dx, dy, scale)."""
    import random

    r = random.Random(seed)
    out, x = [], 0.0
    f = pil_font(font, size_px)
    for ch in s:
        sc = 1 + r.uniform(-0.06, 0.06)
        out.append((ch, x, r.uniform(-0.05, 0.05) * size_px, sc))
        x += f.getlength(ch) * sc * r.uniform(0.97, 1.06)
    return out


def render_pil(page, dpi=200):
    k = dpi / 25.4
    img = Image.new("RGB", (int(page.w * k), int(page.h * k)), page.bg)
    d = ImageDraw.Draw(img)
    for op in page.ops:
        kind = op[0]
        if kind == "text":
            _, x, y, s, font, size, color, align = op
            f = pil_font(font, size * dpi / 72)
            anchor = {"l": "ls", "r": "rs", "c": "ms"}[align]
            d.text((x * k, y * k), s, font=f, fill=color, anchor=anchor)
        elif kind == "hand":
            _, x, y, s, font, size, color, seed = op
            px = size * dpi / 72
            for ch, dx, dy, sc in hand_glyphs(s, font, px, seed):
                d.text(
                    (x * k + dx, y * k + dy),
                    ch,
                    font=pil_font(font, px * sc),
                    fill=color,
                    anchor="ls",
                )
        elif kind == "line":
            _, x1, y1, x2, y2, wd, color, dash = op
            w = max(1, int(wd * dpi / 72))
            if dash:
                n = int(math.hypot(x2 - x1, y2 - y1) / dash)
                for i in range(0, n, 2):
                    a, b = i / max(n, 1), min(1, (i + 1) / max(n, 1))
                    d.line(
                        [
                            ((x1 + (x2 - x1) * a) * k, (y1 + (y2 - y1) * a) * k),
                            ((x1 + (x2 - x1) * b) * k, (y1 + (y2 - y1) * b) * k),
                        ],
                        color,
                        w,
                    )
            else:
                d.line([(x1 * k, y1 * k), (x2 * k, y2 * k)], fill=color, width=w)
        elif kind == "rect":
            _, x, y, w, h, stroke, fill, wd = op
            d.rectangle(
                [x * k, y * k, (x + w) * k, (y + h) * k],
                fill=fill,
                outline=stroke,
                width=max(1, int(wd * dpi / 72)) if stroke else 0,
            )
        elif kind == "image":
            _, x, y, w, h, im = op
            im2 = im.resize((max(1, int(w * k)), max(1, int(h * k))), Image.LANCZOS)
            if im2.mode == "RGBA":
                img.paste(im2, (int(x * k), int(y * k)), im2)
            else:
                img.paste(im2.convert("RGB"), (int(x * k), int(y * k)))
    return img


def write_pdf(path, pages, title="", author=""):
    """Born-digital PDF with a text layer (and AcroForm fields when pages carry some)."""
    mm = 72 / 25.4
    c = canvas.Canvas(str(path), invariant=1, pagesize=(pages[0].w * mm, pages[0].h * mm))
    c.setTitle(title)
    c.setAuthor(author)
    c.setCreator(author or "PDF")
    for page in pages:
        c.setPageSize((page.w * mm, page.h * mm))
        H = page.h * mm
        if page.bg != (255, 255, 255):
            c.setFillColorRGB(*[v / 255 for v in page.bg])
            c.rect(0, 0, page.w * mm, H, stroke=0, fill=1)
        for op in page.ops:
            kind = op[0]
            if kind in ("text", "hand"):
                _, x, y, s, font, size, color, extra = op
                c.setFillColorRGB(*[v / 255 for v in color])
                c.setFont(rl_font(font), size)
                if kind == "text" and extra == "r":
                    c.drawRightString(x * mm, H - y * mm, s)
                elif kind == "text" and extra == "c":
                    c.drawCentredString(x * mm, H - y * mm, s)
                else:
                    c.drawString(x * mm, H - y * mm, s)
            elif kind == "line":
                _, x1, y1, x2, y2, wd, color, dash = op
                c.setStrokeColorRGB(*[v / 255 for v in color])
                c.setLineWidth(wd)
                c.setDash(dash * mm, dash * mm) if dash else c.setDash()
                c.line(x1 * mm, H - y1 * mm, x2 * mm, H - y2 * mm)
                c.setDash()
            elif kind == "rect":
                _, x, y, w, h, stroke, fill, wd = op
                if fill:
                    c.setFillColorRGB(*[v / 255 for v in fill])
                if stroke:
                    c.setStrokeColorRGB(*[v / 255 for v in stroke])
                c.setLineWidth(wd)
                c.rect(
                    x * mm,
                    H - (y + h) * mm,
                    w * mm,
                    h * mm,
                    stroke=1 if stroke else 0,
                    fill=1 if fill else 0,
                )
            elif kind == "image":
                _, x, y, w, h, im = op
                buf = io.BytesIO()
                im.save(buf, "PNG")
                buf.seek(0)
                c.drawImage(ImageReader(buf), x * mm, H - (y + h) * mm, w * mm, h * mm, mask="auto")
        form = c.acroForm
        for kind, name, x, y, w, h, value in page.fields:
            if kind == "text":
                form.textfield(
                    name=name,
                    value=value,
                    x=x * mm,
                    y=H - (y + h) * mm,
                    width=w * mm,
                    height=h * mm,
                    borderWidth=0,
                    fontSize=9,
                    fillColor=None,
                    fontName="Helvetica",
                    forceBorder=False,
                )
            else:
                form.checkbox(
                    name=name,
                    checked=bool(value),
                    x=x * mm,
                    y=H - (y + h) * mm,
                    size=w * mm,
                    buttonStyle="cross",
                    borderWidth=0.5,
                )
        c.showPage()
    c.save()


# ---------------------------------------------------------------- looks


def _noise(arr, rng, sigma):
    g = np.random.default_rng(rng.randrange(1 << 30))
    return arr + g.standard_normal(arr.shape, dtype=np.float32) * np.float32(sigma)


def scan_look(img, rng, bed=None, tone=None):
    """Flatbed scan: page or card on the glass, grey paper, slight skew, noise, JPEG-ready."""
    a = np.asarray(img.convert("RGB")).astype(np.float32)
    tone = tone or rng.uniform(0.90, 0.97)
    a = a * tone + rng.uniform(0, 6)
    if bed:  # card placed on an A4 bed (bed = (w, h) px)
        bw, bh = bed
        canvas_ = np.full((bh, bw, 3), 246 + rng.uniform(-6, 6), np.float32)
        ox, oy = int(bw * rng.uniform(0.05, 0.12)), int(bh * rng.uniform(0.04, 0.1))
        canvas_[oy : oy + a.shape[0], ox : ox + a.shape[1]] = a
        a = canvas_
    h, w = a.shape[:2]
    ang = rng.uniform(-1.2, 1.2)
    m = cv2.getRotationMatrix2D((w / 2, h / 2), ang, 1.0)
    a = cv2.warpAffine(a, m, (w, h), borderValue=(238, 238, 236))
    a = cv2.GaussianBlur(a, (0, 0), rng.uniform(0.5, 0.9))
    a = _noise(a, rng, rng.uniform(1.5, 3.5))
    return Image.fromarray(np.clip(a, 0, 255).astype(np.uint8))


def _table(w, h, rng):
    g = np.random.default_rng(rng.randrange(1 << 30))
    kind = rng.choice(["wood", "grey", "cloth"])
    base = {"wood": (112, 78, 52), "grey": (132, 134, 138), "cloth": (58, 72, 96)}[kind]
    yy = np.linspace(0, 1, h, dtype=np.float32)[:, None]
    xx = np.linspace(0, 1, w, dtype=np.float32)[None, :]
    t = np.zeros((h, w, 3), np.float32) + np.array(base, np.float32)
    if kind == "wood":
        streak = np.sin(yy * rng.uniform(60, 120) + np.sin(xx * 7) * 2) * 14
        t += streak[..., None]
    small = g.normal(0, 10, (h // 16 + 1, w // 16 + 1)).astype(np.float32)
    t += cv2.resize(small, (w, h))[..., None]
    return t


def photo_look(img, rng, long_side=None, rot=0, cover=0.78):
    """Phone photo of a page/card on a table: perspective, light, shadow, cast, blur."""
    src = np.asarray(img.convert("RGB")).astype(np.float32)
    sh, sw = src.shape[:2]
    long_side = long_side or rng.choice([3000, 3264, 4000, 4032])
    if sw > sh:
        W, H = long_side, int(long_side * 0.75)
    else:
        W, H = int(long_side * 0.75), long_side
    bg = _table(W, H, rng)
    s = min(W / sw, H / sh) * cover
    dw, dh = sw * s, sh * s
    cx, cy = W / 2 + rng.uniform(-0.04, 0.04) * W, H / 2 + rng.uniform(-0.04, 0.04) * H
    j = 0.05
    dst = np.float32(
        [
            [cx - dw / 2 + rng.uniform(-j, j) * dw, cy - dh / 2 + rng.uniform(-j, j) * dh],
            [cx + dw / 2 + rng.uniform(-j, j) * dw, cy - dh / 2 + rng.uniform(-j, j) * dh],
            [cx + dw / 2 + rng.uniform(-j, j) * dw, cy + dh / 2 + rng.uniform(-j, j) * dh],
            [cx - dw / 2 + rng.uniform(-j, j) * dw, cy + dh / 2 + rng.uniform(-j, j) * dh],
        ]
    )
    m = cv2.getPerspectiveTransform(np.float32([[0, 0], [sw, 0], [sw, sh], [0, sh]]), dst)
    warped = cv2.warpPerspective(src, m, (W, H), flags=cv2.INTER_LINEAR)
    mask = cv2.warpPerspective(np.ones((sh, sw), np.float32), m, (W, H))
    # drop shadow, uneven light, vignette and a soft hand/phone shadow, computed small
    sw8, sh8 = W // 8, H // 8
    m8 = cv2.resize(mask, (sw8, sh8), interpolation=cv2.INTER_AREA)
    sm = cv2.GaussianBlur(
        np.roll(m8, (max(1, sh8 // 150), max(1, sw8 // 150)), (0, 1)), (0, 0), 1.5
    )
    shade_bg = 1 - 0.35 * sm * (1 - m8)
    yy, xx = np.mgrid[0:sh8, 0:sw8].astype(np.float32)
    gx, gy = rng.uniform(-0.25, 0.25), rng.uniform(-0.25, 0.25)
    light = 1 + gx * (xx / sw8 - 0.5) + gy * (yy / sh8 - 0.5)
    light *= 1 - 0.35 * ((xx / sw8 - 0.5) ** 2 + (yy / sh8 - 0.5) ** 2)
    poly = np.zeros((sh8, sw8), np.float32)
    x0 = rng.uniform(0.55, 0.85) * sw8
    pts = np.int32([[x0, 0], [sw8, 0], [sw8, sh8], [x0 + rng.uniform(-0.2, 0.2) * sw8, sh8]])
    cv2.fillPoly(poly, [pts], 1.0)
    poly = cv2.GaussianBlur(poly, (0, 0), sw8 * 0.03)
    light *= 1 - rng.uniform(0.18, 0.32) * poly
    light = cv2.resize(light * shade_bg, (W, H), interpolation=cv2.INTER_LINEAR)
    a = bg * (1 - mask[..., None]) + warped * mask[..., None]
    a *= light[..., None]
    cast = np.array([rng.uniform(0.96, 1.05), rng.uniform(0.97, 1.02), rng.uniform(0.86, 0.98)])
    a = a * cast[None, None, ::-1][..., ::-1]
    a = cv2.GaussianBlur(a, (0, 0), rng.uniform(0.9, 1.8))
    a = _noise(a, rng, rng.uniform(2.5, 5))
    out = np.clip(a, 0, 255).astype(np.uint8)
    if rot:
        out = np.ascontiguousarray(np.rot90(out, rot // 90))
    return Image.fromarray(out)


def save_jpeg(img, path, q=88, dpi=None):
    kw = {"quality": q, "optimize": False}
    if dpi:
        kw["dpi"] = (dpi, dpi)
    img.convert("RGB").save(path, "JPEG", **kw)


def write_image_pdf(path, images, dpi=200, q=72):
    """Scanner PDF: one JPEG per page, no text layer."""
    c = canvas.Canvas(str(path), invariant=1)
    c.setCreator("Canon MF Scan Utility")
    for im in images:
        w, h = im.size[0] * 72 / dpi, im.size[1] * 72 / dpi
        c.setPageSize((w, h))
        buf = io.BytesIO()
        im.convert("RGB").save(buf, "JPEG", quality=q)
        buf.seek(0)
        c.drawImage(ImageReader(buf), 0, 0, w, h)
        c.showPage()
    c.save()


def signature(name, seed, font="dancing", w=600, h=220, color=(20, 30, 110)):
    """A handwritten signature as an RGBA image: script name plus a flourish."""
    import random

    r = random.Random(seed)
    im = Image.new("RGBA", (w, h), (0, 0, 0, 0))
    d = ImageDraw.Draw(im)
    f = pil_font(font, h * 0.42)
    d.text((w * 0.06, h * 0.62), name, font=f, fill=color + (255,), anchor="ls")
    pts = []
    x0, y0 = w * 0.05, h * r.uniform(0.7, 0.8)
    amp = h * r.uniform(0.05, 0.12)
    for i in range(60):
        t = i / 59
        pts.append((x0 + t * w * r.uniform(0.85, 0.9), y0 + math.sin(t * math.pi * 1.3) * amp))
    d.line(pts, fill=color + (255,), width=max(2, h // 60))
    im = im.transform(im.size, Image.AFFINE, (1, 0.25, -h * 0.1, 0, 1, 0), Image.BICUBIC)
    return im.filter(ImageFilter.GaussianBlur(0.6))


def guilloche(w, h, rng, color, n=40, scale=1.0):
    im = Image.new("RGB", (w, h), (255, 255, 255))
    d = ImageDraw.Draw(im)
    f1, f2 = rng.uniform(2, 5), rng.uniform(5, 11)
    for i in range(n):
        off = i * h / n
        pts = [
            (
                x,
                off
                + math.sin(x / w * math.pi * f1 + i * 0.3) * h * 0.06 * scale
                + math.sin(x / w * math.pi * f2) * h * 0.02,
            )
            for x in range(0, w, 6)
        ]
        d.line(pts, fill=color, width=1)
    return im


def portrait(w, h, rng, skin=(150, 110, 85), bgc=(225, 228, 230)):
    im = Image.new("RGB", (w, h), bgc)
    d = ImageDraw.Draw(im)
    hair = rng.choice([(30, 25, 20), (55, 40, 30), (20, 20, 22)])
    d.ellipse(
        [w * 0.08, h * 0.72, w * 0.92, h * 1.4],
        fill=rng.choice([(40, 50, 70), (90, 90, 95), (120, 40, 40)]),
    )
    d.rectangle([w * 0.4, h * 0.6, w * 0.6, h * 0.8], fill=skin)
    d.ellipse([w * 0.24, h * 0.1, w * 0.76, h * 0.7], fill=hair)
    d.ellipse([w * 0.28, h * 0.2, w * 0.72, h * 0.72], fill=skin)
    for ex in (0.4, 0.6):
        d.ellipse([w * (ex - 0.04), h * 0.4, w * (ex + 0.04), h * 0.44], fill=(40, 30, 25))
    d.line([(w * 0.44, h * 0.6), (w * 0.56, h * 0.6)], fill=(110, 60, 55), width=max(1, w // 40))
    return im.filter(ImageFilter.GaussianBlur(w / 200))
