"""Page model drawn to a PDF with a text layer (reportlab) or to a raster (Pillow), plus looks."""

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

A4 = (210.0, 297.0)
LIB = "/usr/share/fonts/truetype/liberation/"
DJV = "/usr/share/fonts/truetype/dejavu/"
FONTS = {
    "sans": LIB + "LiberationSans-Regular.ttf",
    "sans-b": LIB + "LiberationSans-Bold.ttf",
    "sans-i": LIB + "LiberationSans-Italic.ttf",
    "serif": LIB + "LiberationSerif-Regular.ttf",
    "serif-b": LIB + "LiberationSerif-Bold.ttf",
    "serif-i": LIB + "LiberationSerif-Italic.ttf",
    "mono": LIB + "LiberationMono-Regular.ttf",
    "narrow": LIB + "LiberationSansNarrow-Regular.ttf",
    "narrow-b": LIB + "LiberationSansNarrow-Bold.ttf",
    "dv": DJV + "DejaVuSans.ttf",
    "dv-b": DJV + "DejaVuSans-Bold.ttf",
    "dvc": DJV + "DejaVuSansCondensed.ttf",
    "dvc-b": DJV + "DejaVuSansCondensed-Bold.ttf",
    "ocrb": "/usr/share/fonts/opentype/ocr-b/OCRB.otf",
}
HANDS = {
    "dancing": "/usr/share/fonts/opentype/dancingscript/DancingScript-Regular.otf",
    "kaushan": "/usr/share/fonts/opentype/kaushanscript/KaushanScript-Regular.otf",
    "dkg": "/usr/share/fonts/truetype/fifthhorseman/dkg.ttf",
    "breip": "/usr/share/fonts/truetype/breip/Breip.ttf",
}
PDF_OK = {k for k, v in FONTS.items() if v.endswith(".ttf")}
_registered = set()
_pil_cache = {}


def pil_font(path, px):
    key = (path, int(px))
    if key not in _pil_cache:
        _pil_cache[key] = ImageFont.truetype(path, max(4, int(px)))
    return _pil_cache[key]


def _rl_font(name):
    if name not in _registered:
        pdfmetrics.registerFont(TTFont("F_" + name, FONTS[name]))
        _registered.add(name)
    return "F_" + name


def text_width_mm(s, font, size_pt):
    return pdfmetrics.stringWidth(s, _rl_font(font), size_pt) * 25.4 / 72


class Page:
    """Drawing ops in mm from the top-left corner; text y is the baseline."""

    def __init__(self, size=A4, paper=(255, 255, 255)):
        self.w, self.h = size
        self.paper = paper
        self.ops = []

    def text(self, x, y, s, size=9, font="sans", color=(0, 0, 0), align="l"):
        self.ops.append(("text", x, y, str(s), size, font, color, align))

    def rect(self, x, y, w, h, stroke=(0, 0, 0), fill=None, lw=0.3):
        self.ops.append(("rect", x, y, w, h, stroke, fill, lw))

    def line(self, x1, y1, x2, y2, color=(0, 0, 0), lw=0.3, dash=None):
        self.ops.append(("line", x1, y1, x2, y2, color, lw, dash))

    def image(self, img, x, y, w, h):
        self.ops.append(("image", img, x, y, w, h))

    def para(self, x, y, s, width, size=8, font="sans", lead=1.25, color=(0, 0, 0)):
        """Wrap text into width mm; return the y after the last line."""
        words, cur, lh = s.split(), "", size * lead * 25.4 / 72
        for wd in words:
            t = (cur + " " + wd).strip()
            if text_width_mm(t, font, size) > width and cur:
                self.text(x, y, cur, size, font, color)
                y, cur = y + lh, wd
            else:
                cur = t
        if cur:
            self.text(x, y, cur, size, font, color)
            y += lh
        return y

    def combs(self, x, y, n, cw=5.0, ch=6.0, lw=0.25, color=(0, 0, 0)):
        self.rect(x, y, cw * n, ch, stroke=color, lw=lw)
        for i in range(1, n):
            self.line(x + i * cw, y + ch * 0.45, x + i * cw, y + ch, color, lw)


def to_pdf(pages, path=None, title=None):
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=(A4[0] * 72 / 25.4, A4[1] * 72 / 25.4), invariant=1)
    if title:
        c.setTitle(title)
    for p in pages:
        pw, ph = p.w * 72 / 25.4, p.h * 72 / 25.4
        c.setPageSize((pw, ph))
        if p.paper != (255, 255, 255):
            c.setFillColorRGB(*[v / 255 for v in p.paper])
            c.rect(0, 0, pw, ph, stroke=0, fill=1)
        for op in p.ops:
            _pdf_op(c, op, ph)
        c.showPage()
    c.save()
    data = buf.getvalue()
    if path:
        with open(path, "wb") as f:
            f.write(data)
    return data


def _k(v):
    return v * 72 / 25.4


def _pdf_op(c, op, ph):
    kind = op[0]
    if kind == "text":
        _, x, y, s, size, font, color, align = op
        if font not in PDF_OK:
            font = "mono" if font == "ocrb" else "sans"
        c.setFont(_rl_font(font), size)
        c.setFillColorRGB(*[v / 255 for v in color])
        fn = {"l": c.drawString, "r": c.drawRightString, "c": c.drawCentredString}[align]
        fn(_k(x), ph - _k(y), s)
    elif kind == "rect":
        _, x, y, w, h, stroke, fill, lw = op
        c.setLineWidth(_k(lw))
        if stroke:
            c.setStrokeColorRGB(*[v / 255 for v in stroke])
        if fill:
            c.setFillColorRGB(*[v / 255 for v in fill])
        c.rect(
            _k(x), ph - _k(y + h), _k(w), _k(h), stroke=1 if stroke else 0, fill=1 if fill else 0
        )
    elif kind == "line":
        _, x1, y1, x2, y2, color, lw, dash = op
        c.setLineWidth(_k(lw))
        c.setStrokeColorRGB(*[v / 255 for v in color])
        c.setDash(*(dash or ([], 0))) if dash else c.setDash([], 0)
        c.line(_k(x1), ph - _k(y1), _k(x2), ph - _k(y2))
        c.setDash([], 0)
    elif kind == "image":
        _, img, x, y, w, h = op
        mask = "auto" if img.mode == "RGBA" else None
        c.drawImage(ImageReader(img), _k(x), ph - _k(y + h), _k(w), _k(h), mask=mask)


def to_image(p, dpi=200):
    s = dpi / 25.4
    im = Image.new("RGB", (int(p.w * s), int(p.h * s)), p.paper)
    d = ImageDraw.Draw(im)
    for op in p.ops:
        kind = op[0]
        if kind == "text":
            _, x, y, s_, size, font, color, align = op
            f = pil_font(FONTS[font], size * dpi / 72)
            anchor = {"l": "ls", "r": "rs", "c": "ms"}[align]
            d.text((x * s, y * s), s_, font=f, fill=color, anchor=anchor)
        elif kind == "rect":
            _, x, y, w, h, stroke, fill, lw = op
            d.rectangle(
                [x * s, y * s, (x + w) * s, (y + h) * s],
                outline=stroke,
                fill=fill,
                width=max(1, round(lw * s)) if stroke else 0,
            )
        elif kind == "line":
            _, x1, y1, x2, y2, color, lw, dash = op
            width = max(1, round(lw * s))
            if dash:
                n = max(1, int(math.hypot(x2 - x1, y2 - y1) / (dash[0][0] * 25.4 / 72 * 2)))
                for i in range(n):
                    a, b = i / n, (i + 0.5) / n
                    pts = [
                        ((x1 + (x2 - x1) * a) * s, (y1 + (y2 - y1) * a) * s),
                        ((x1 + (x2 - x1) * b) * s, (y1 + (y2 - y1) * b) * s),
                    ]
                    d.line(pts, fill=color, width=width)
            else:
                d.line([x1 * s, y1 * s, x2 * s, y2 * s], fill=color, width=width)
        elif kind == "image":
            _, img, x, y, w, h = op
            sub = img.resize((max(1, int(w * s)), max(1, int(h * s))), Image.LANCZOS)
            if sub.mode == "RGBA":
                im.paste(sub, (int(x * s), int(y * s)), sub)
            else:
                im.paste(sub.convert("RGB"), (int(x * s), int(y * s)))
    return im


# ---------------------------------------------------------------- handwriting


def handwriting(text, rng, hand="dancing", height_mm=6.0, color=(20, 30, 110), slant=None):
    """Return an RGBA image of handwritten text (per-glyph jitter); 12 px per mm."""
    px = int(height_mm * 12)
    font = pil_font(HANDS[hand], px)
    width = int(font.getlength(text) * 1.15) + px
    im = Image.new("RGBA", (width, int(px * 1.9)), (0, 0, 0, 0))
    d = ImageDraw.Draw(im)
    x = px * 0.2
    base = px * 1.35
    for ch in text:
        dy = rng.uniform(-0.06, 0.06) * px
        sz = int(px * rng.uniform(0.93, 1.07))
        f = pil_font(HANDS[hand], sz)
        d.text((x, base + dy), ch, font=f, fill=color + (235,), anchor="ls")
        x += f.getlength(ch) * rng.uniform(0.96, 1.06)
    sl = rng.uniform(-0.12, 0.05) if slant is None else slant
    im = im.transform(im.size, Image.AFFINE, (1, sl, -sl * im.size[1] / 2, 0, 1, 0), Image.BICUBIC)
    bb = im.getbbox() or (0, 0, 1, 1)
    return im.crop((max(0, bb[0] - 4), max(0, bb[1] - 4), bb[2] + 4, bb[3] + 4))


def put_hand(page, x, y_base, text, rng, hand="dancing", h=5.0, color=(20, 30, 110)):
    """Place handwriting with its baseline roughly at y_base (mm)."""
    im = handwriting(text, rng, hand, h, color)
    w_mm, h_mm = im.size[0] / 12, im.size[1] / 12
    page.image(im, x, y_base - h_mm * 0.78, w_mm, h_mm)
    return w_mm


def signature(name, rng, color=(15, 25, 95), hand="kaushan"):
    """A handwritten signature: script initial + scrawl + flourish stroke, RGBA, 12 px/mm."""
    parts = name.split()
    txt = parts[0][0] + ". " + parts[-1].capitalize() if len(parts) > 1 else name
    im = handwriting(txt, rng, hand, 8.0, color, slant=-0.25)
    w, h = im.size
    canvas_ = Image.new("RGBA", (w + 80, h + 50), (0, 0, 0, 0))
    canvas_.paste(im, (10, 5), im)
    d = ImageDraw.Draw(canvas_)
    pts = []
    x0, y0 = 20, h * 0.9
    for i in range(40):
        t = i / 39
        x = x0 + t * (w + 40)
        y = y0 + math.sin(t * math.pi * rng.uniform(1.2, 2.2)) * rng.uniform(6, 14) + t * 10
        pts.append((x, y))
    d.line(pts, fill=color + (230,), width=3, joint="curve")
    d.line([(w * 0.7, h * 0.2), (w * 0.45, h + 20)], fill=color + (200,), width=2)
    return canvas_.filter(ImageFilter.GaussianBlur(0.5))


def put_signature(page, x, y, w_mm, name, rng):
    im = signature(name, rng)
    h_mm = w_mm * im.size[1] / im.size[0]
    page.image(im, x, y, w_mm, h_mm)


def stamp(lines, rng, color=(40, 60, 150), diam_mm=30, seal=True):
    """A round rubber stamp, RGBA at 12 px/mm."""
    n = int(diam_mm * 12)
    im = Image.new("RGBA", (n, n), (0, 0, 0, 0))
    d = ImageDraw.Draw(im)
    a = rng.randint(150, 210)
    d.ellipse([4, 4, n - 4, n - 4], outline=color + (a,), width=5)
    if seal:
        d.ellipse([n * 0.16, n * 0.16, n * 0.84, n * 0.84], outline=color + (a,), width=3)
    f = pil_font(FONTS["dv-b"], n * 0.075)
    top = lines[0]
    for i, ch in enumerate(top):
        ang = math.pi * (1.1 + 0.8 * i / max(1, len(top) - 1))
        cx, cy = n / 2 + math.cos(ang) * n * 0.41, n / 2 + math.sin(ang) * n * 0.41
        d.text((cx, cy), ch, font=f, fill=color + (a,), anchor="mm")
    f2 = pil_font(FONTS["dv-b"], n * 0.07)
    for j, s in enumerate(lines[1:]):
        d.text((n / 2, n * (0.45 + 0.11 * j)), s, font=f2, fill=color + (a,), anchor="mm")
    im = im.rotate(rng.uniform(-25, 25), resample=Image.BICUBIC)
    arr = np.array(im)
    mask = np.random.default_rng(rng.randint(0, 10**6)).random(arr.shape[:2]) < 0.2
    arr[mask, 3] = arr[mask, 3] // 3
    return Image.fromarray(arr)


def face(rng, w=300, h=380, tint=(200, 205, 210)):
    """A synthetic ID portrait (no real person)."""
    im = Image.new("RGB", (w, h), tint)
    d = ImageDraw.Draw(im)
    skin = rng.choice(
        [(224, 186, 150), (198, 150, 110), (141, 96, 64), (101, 67, 45), (236, 200, 170)]
    )
    hair = rng.choice([(30, 25, 20), (60, 40, 25), (20, 20, 20), (110, 80, 50)])
    d.ellipse(
        [w * 0.12, h * 0.72, w * 0.88, h * 1.3], fill=rng.choice([(40, 50, 70), (90, 90, 95)])
    )
    d.rectangle([w * 0.42, h * 0.55, w * 0.58, h * 0.8], fill=skin)
    d.ellipse([w * 0.25, h * 0.12, w * 0.75, h * 0.66], fill=hair)
    d.ellipse([w * 0.29, h * 0.2, w * 0.71, h * 0.68], fill=skin)
    for ex in (0.41, 0.59):
        d.ellipse([w * (ex - 0.03), h * 0.4, w * (ex + 0.03), h * 0.43], fill=(40, 30, 30))
    d.line([w * 0.44, h * 0.57, w * 0.56, h * 0.57], fill=(120, 60, 60), width=3)
    return im.convert("L").convert("RGB") if rng.random() < 0.3 else im


def guilloche(w, h, rng, base=(230, 240, 235), ink=(170, 200, 190)):
    im = Image.new("RGB", (w, h), base)
    d = ImageDraw.Draw(im)
    f1, f2 = rng.uniform(0.01, 0.03), rng.uniform(0.02, 0.05)
    for k in range(0, h + 40, 9):
        pts = [
            (x, k + 12 * math.sin(x * f1 + k * 0.05) + 5 * math.sin(x * f2)) for x in range(0, w, 6)
        ]
        d.line(pts, fill=ink, width=1)
    return im


# ---------------------------------------------------------------- looks


def _jpeg(im, q):
    b = io.BytesIO()
    im.save(b, "JPEG", quality=q)
    return b.getvalue()


def scan_look(im, rng, skew=True):
    """Flatbed scan: grey paper, faint noise, slight skew."""
    arr = np.asarray(im).astype(np.float32)
    g = np.random.default_rng(rng.randint(0, 10**6))
    tone = rng.uniform(0.9, 0.97)
    arr = arr * tone + rng.uniform(2, 10)
    arr += g.normal(0, 3.0, arr.shape[:2])[..., None]
    out = Image.fromarray(np.clip(arr, 0, 255).astype(np.uint8))
    if skew:
        out = out.rotate(
            rng.uniform(-1.2, 1.2), resample=Image.BICUBIC, expand=False, fillcolor=(245, 245, 245)
        )
    return out.filter(ImageFilter.GaussianBlur(rng.uniform(0.3, 0.7)))


def image_pdf(images, path, rng):
    """A scanner PDF: pages as JPEG, no text layer."""
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=(595.27, 841.89), invariant=1)
    c.setCreator("Canon iR-ADV C3520 III")
    for im in images:
        s = scan_look(im, rng)
        c.drawImage(ImageReader(io.BytesIO(_jpeg(s, 70))), 0, 0, 595.27, 841.89)
        c.showPage()
    c.save()
    with open(path, "wb") as f:
        f.write(buf.getvalue())


def save_scan(im, path, rng, dpi=200):
    s = scan_look(im, rng)
    if path.endswith(".png"):
        s.convert("L").save(path, dpi=(dpi, dpi))
    else:
        s.save(path, "JPEG", quality=82, dpi=(dpi, dpi))


def table_texture(w, h, rng):
    g = np.random.default_rng(rng.randint(0, 10**6))
    kind = rng.choice(["wood", "grey", "cloth"])
    if kind == "wood":
        y = np.linspace(0, 1, h)[:, None]
        x = np.linspace(0, 1, w)[None, :]
        rings = np.sin((x * 40 + np.sin(y * 6) * 3) * rng.uniform(0.8, 1.4)) * 0.5 + 0.5
        base = np.stack([150 + 40 * rings, 105 + 30 * rings, 65 + 20 * rings], -1)
    elif kind == "grey":
        base = np.ones((h, w, 3)) * np.array([120, 122, 128])
    else:
        base = np.ones((h, w, 3)) * np.array([60, 75, 105])
    base = base + g.normal(0, 6, (h, w, 1))
    return np.clip(base, 0, 255).astype(np.float32)


def phone_photo(im, rng, rotate=0, long_side=3000, fill=0.78):
    """Photo of a page/card on a table: perspective, shading, cast, blur, rotation."""
    W, H = (
        (long_side * 3 // 4, long_side)
        if im.height >= im.width
        else (long_side, long_side * 3 // 4)
    )
    bg = table_texture(W, H, rng)
    sc = min(W * fill / im.width, H * fill / im.height)
    pw, ph = im.width * sc, im.height * sc
    cx, cy = W / 2 + rng.uniform(-0.04, 0.04) * W, H / 2 + rng.uniform(-0.04, 0.04) * H
    j = lambda: rng.uniform(-0.035, 0.035) * min(W, H)  # noqa: E731
    dst = np.float32(
        [
            [cx - pw / 2 + j(), cy - ph / 2 + j()],
            [cx + pw / 2 + j(), cy - ph / 2 + j()],
            [cx + pw / 2 + j(), cy + ph / 2 + j()],
            [cx - pw / 2 + j(), cy + ph / 2 + j()],
        ]
    )
    src = np.float32([[0, 0], [im.width, 0], [im.width, im.height], [0, im.height]])
    M = cv2.getPerspectiveTransform(src, dst)
    arr = np.asarray(im.convert("RGB")).astype(np.float32)
    warped = cv2.warpPerspective(arr, M, (W, H), flags=cv2.INTER_LINEAR)
    mask = cv2.warpPerspective(np.ones(arr.shape[:2], np.float32), M, (W, H))
    # soft shadow under the sheet
    sh = cv2.GaussianBlur(
        cv2.warpPerspective(np.ones(arr.shape[:2], np.float32), M, (W, H)), (0, 0), 25
    )
    sh = np.roll(sh, (int(W * 0.01), int(H * 0.01)), axis=(1, 0))
    bg = bg * (1 - 0.35 * sh[..., None])
    out = bg * (1 - mask[..., None]) + warped * mask[..., None]
    yy, xx = np.mgrid[0:H, 0:W].astype(np.float32)
    ang = rng.uniform(0, 2 * math.pi)
    grad = (np.cos(ang) * xx / W + np.sin(ang) * yy / H) * rng.uniform(0.15, 0.3)
    light = 1.0 - grad + grad.mean()
    blob = np.exp(
        -(((xx - rng.uniform(0, W)) / (W * 0.3)) ** 2 + ((yy - rng.uniform(0, H)) / (H * 0.3)) ** 2)
    )
    light = light * (0.88 + 0.12 * blob)
    cast = np.array([rng.uniform(0.97, 1.04), 1.0, rng.uniform(0.88, 0.98)], np.float32)
    out = out * light[..., None] * cast
    g = np.random.default_rng(rng.randint(0, 10**6))
    out = out + g.normal(0, 4, (H, W, 1))
    out = cv2.GaussianBlur(np.clip(out, 0, 255), (0, 0), rng.uniform(0.8, 1.6))
    res = Image.fromarray(out.astype(np.uint8))
    if rotate:
        res = res.rotate(rotate, expand=True)
    return res


def save_photo(im, path, rng, rotate=0, long_side=3000, fill=0.78):
    phone_photo(im, rng, rotate, long_side, fill).save(path, "JPEG", quality=85)
