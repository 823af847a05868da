"""Page model (mm coordinates, y down, text at baseline) with two back ends:
Pillow rasters and reportlab PDFs with a text layer; plus the five looks."""

from __future__ import annotations

import io
import math
import random

import cv2
import numpy as np
from mcommon import font_path
from PIL import Image, ImageDraw, ImageFilter, ImageFont

cv2.setNumThreads(1)

A4 = (210.0, 297.0)
ID1 = (85.6, 54.0)
TD3 = (125.0, 88.0)
MRV = (120.0, 80.0)


class Page:
    def __init__(self, w: float = 210.0, h: float = 297.0, bg=(255, 255, 255), card=False):
        self.w, self.h, self.bg, self.card = w, h, bg, card
        self.ops: list[tuple] = []

    # text at baseline; anchor l / m / r
    def text(self, x, y, s, font="sans", size=9.0, color=(0, 0, 0), anchor="l"):
        if s:
            self.ops.append(("text", x, y, str(s), font, size, color, anchor))

    def hand(self, x, y, s, size=12.0, color=(20, 30, 110), font="hand1", seed=0, anchor="l"):
        if s:
            self.ops.append(("hand", x, y, str(s), font, size, color, seed, anchor))

    def line(self, x1, y1, x2, y2, width=0.25, color=(0, 0, 0), dash=False):
        self.ops.append(("line", x1, y1, x2, y2, width, color, dash))

    def rect(self, x, y, w, h, stroke=(0, 0, 0), fill=None, width=0.25):
        self.ops.append(("rect", x, y, w, h, stroke, fill, width))

    def image(self, x, y, w, h, img: Image.Image):
        self.ops.append(("img", x, y, w, h, img))

    def para(self, x, y, s, width_mm, font="sans", size=9.0, lead=None, color=(0, 0, 0)):
        """Greedy wrapped paragraph; returns the y after it."""
        lead = lead or size * 0.42
        words = s.split()
        cur = ""
        f = _pil_font(font, 100)
        scale = size / 100 * 25.4 / 72
        for w in words:
            t = (cur + " " + w).strip()
            if f.getlength(t) * scale > width_mm and cur:
                self.text(x, y, cur, font, size, color)
                y += lead
                cur = w
            else:
                cur = t
        if cur:
            self.text(x, y, cur, font, size, color)
            y += lead
        return y

    def width_of(self, s, font, size):
        return _pil_font(font, 100).getlength(s) * size / 100 * 25.4 / 72

    def comb(self, x, y, n, cw=5.0, ch=6.0, color=(0, 0, 0), width=0.25):
        self.rect(x, y, n * cw, ch, stroke=color, width=width)
        for i in range(1, n):
            self.line(x + i * cw, y + ch * 0.45, x + i * cw, y + ch, width=width, color=color)


_FONTS: dict = {}


def _pil_font(role: str, px: int):
    key = (role, px)
    if key not in _FONTS:
        p = font_path(role)
        try:
            _FONTS[key] = ImageFont.truetype(p, px) if p else ImageFont.load_default(px)
        except OSError:
            _FONTS[key] = ImageFont.load_default(px)
    return _FONTS[key]


def hand_image(s, font, size_pt, color, seed, dpi=200):
    """Handwritten text as an RGBA image (per-glyph jitter) and its baseline offset."""
    rng = random.Random(seed)
    px = max(8, int(size_pt * dpi / 72))
    f = _pil_font(font, px)
    w = int(f.getlength(s) * 1.25) + px * 2
    h = int(px * 2.4)
    im = Image.new("RGBA", (w, h), (0, 0, 0, 0))
    dr = ImageDraw.Draw(im)
    x = px * 0.3
    base = px * 1.5
    drift = rng.uniform(-0.04, 0.04)
    for i, c in enumerate(s):
        jy = rng.uniform(-0.06, 0.06) * px + drift * i * px * 0.2
        fs = _pil_font(font, max(6, int(px * rng.uniform(0.93, 1.07))))
        a = rng.randint(200, 255)
        dr.text((x, base + jy), c, font=fs, fill=tuple(color) + (a,), anchor="ls")
        x += fs.getlength(c) * rng.uniform(0.97, 1.06)
    im.info["x0"], im.info["x1"] = px * 0.3, x
    return im, base


def signature_image(name: str, seed: int, color=(15, 25, 90)) -> Image.Image:
    """Scribbled signature: a script rendering of part of the name plus a flourish."""
    rng = random.Random(seed)
    font = rng.choice(["script", "hand3", "hand4", "hand1"])
    parts = name.split()
    txt = rng.choice(
        [parts[0][:1] + ". " + parts[-1].title(), parts[-1].title(), name.title()[:14]]
    )
    im, base = hand_image(txt, font, rng.uniform(18, 26), color, seed + 1, dpi=150)
    dr = ImageDraw.Draw(im)
    w, h = im.size
    pts = []
    x0, y0 = w * 0.05, base + rng.uniform(2, 12)
    for i in range(24):
        t = i / 23
        pts.append(
            (x0 + t * w * rng.uniform(0.8, 0.95), y0 + math.sin(t * rng.uniform(3, 8)) * h * 0.12)
        )
    dr.line(pts, fill=tuple(color) + (230,), width=max(2, int(h / 40)), joint="curve")
    return im.crop(im.getbbox() or (0, 0, w, h))


def stamp_image(lines: list[str], seed: int, color=(40, 60, 160), round_=True, size=300):
    rng = random.Random(seed)
    im = Image.new("RGBA", (size, size if round_ else size // 2), (0, 0, 0, 0))
    dr = ImageDraw.Draw(im)
    c = tuple(color) + (rng.randint(150, 210),)
    W, H = im.size
    if round_:
        dr.ellipse((6, 6, W - 6, H - 6), outline=c, width=6)
        dr.ellipse((34, 34, W - 34, H - 34), outline=c, width=3)
        f = _pil_font("sans_b", 22)
        top = lines[0]
        n = len(top)
        for i, ch in enumerate(top):
            ang = math.pi * (1.15 + 0.7 * i / max(1, n - 1))
            x = W / 2 + (W / 2 - 22) * math.cos(ang)
            y = H / 2 + (H / 2 - 22) * math.sin(ang)
            dr.text((x, y), ch, font=f, fill=c, anchor="mm")
        fm = _pil_font("sans_b", 26)
        for i, t in enumerate(lines[1:4]):
            dr.text((W / 2, H / 2 - 20 + i * 30), t, font=fm, fill=c, anchor="mm")
    else:
        dr.rectangle((4, 4, W - 4, H - 4), outline=c, width=5)
        fm = _pil_font("sans_b", 24)
        for i, t in enumerate(lines[:4]):
            dr.text((W / 2, 30 + i * 32), t, font=fm, fill=c, anchor="mm")
    im = im.rotate(rng.uniform(-20, 20), resample=Image.BICUBIC, expand=True)
    # ink gaps
    a = np.array(im)
    noise = np.random.default_rng(seed).random(a.shape[:2])
    a[..., 3] = (a[..., 3] * (noise > 0.18)).astype(np.uint8)
    return Image.fromarray(a)


def face_image(seed: int, w=280, h=360) -> Image.Image:
    rng = random.Random(seed)
    bgc = rng.choice([(232, 234, 238), (214, 226, 240), (240, 240, 236)])
    im = Image.new("RGB", (w, h), bgc)
    dr = ImageDraw.Draw(im)
    skin = rng.choice(
        [(236, 200, 170), (198, 150, 110), (150, 100, 70), (96, 64, 44), (225, 185, 150)]
    )
    hair = rng.choice([(30, 22, 18), (70, 45, 25), (20, 20, 20), (120, 90, 50)])
    cloth = rng.choice([(40, 50, 80), (90, 90, 90), (20, 20, 20), (120, 30, 40), (230, 230, 230)])
    dr.ellipse((w * 0.05, h * 0.72, w * 0.95, h * 1.35), fill=cloth)
    dr.rectangle((w * 0.41, h * 0.55, w * 0.59, h * 0.78), fill=skin)
    dr.ellipse((w * 0.24, h * 0.12, w * 0.76, h * 0.42), fill=hair)
    dr.ellipse((w * 0.28, h * 0.2, w * 0.72, h * 0.66), fill=skin)
    for ex in (0.4, 0.6):
        dr.ellipse((w * ex - 9, h * 0.4 - 5, w * ex + 9, h * 0.4 + 5), fill=(40, 30, 30))
    dr.line(
        (w * 0.5, h * 0.42, w * 0.48, h * 0.52), fill=tuple(int(c * 0.8) for c in skin), width=3
    )
    dr.arc((w * 0.42, h * 0.52, w * 0.58, h * 0.6), 20, 160, fill=(120, 60, 60), width=3)
    return im.filter(ImageFilter.GaussianBlur(1.2))


def guilloche(seed: int, w: int, h: int, base=(236, 240, 230), ink=(190, 205, 215)):
    rng = random.Random(seed)
    a = np.zeros((h, w, 3), np.uint8)
    a[:] = base
    yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
    f1, f2, f3 = rng.uniform(0.01, 0.03), rng.uniform(0.02, 0.05), rng.uniform(5, 14)
    v = np.sin(xx * f1 + np.sin(yy * f2) * f3) * np.cos(yy * f1 * 0.7 + xx * 0.004)
    m = (np.abs(v) < 0.06).astype(np.float32)
    for c in range(3):
        a[..., c] = (a[..., c] * (1 - m) + ink[c] * m).astype(np.uint8)
    return Image.fromarray(a)


# ---------------------------------------------------------------- raster back end
def raster(page: Page, dpi: float) -> Image.Image:
    k = dpi / 25.4
    W, H = max(1, round(page.w * k)), max(1, round(page.h * k))
    im = Image.new("RGB", (W, H), page.bg)
    dr = ImageDraw.Draw(im)
    for op in page.ops:
        kind = op[0]
        if kind == "text":
            _, x, y, s, font, size, color, anchor = op
            f = _pil_font(font, max(4, round(size * dpi / 72)))
            dr.text((x * k, y * k), s, font=f, fill=tuple(color), anchor=anchor + "s")
        elif kind == "hand":
            _, x, y, s, font, size, color, seed, anchor = op
            him, base = hand_image(s, font, size, color, seed, dpi)
            x0, x1 = him.info["x0"], him.info["x1"]
            px = x * k - {"l": x0, "m": (x0 + x1) / 2, "r": x1}[anchor]
            im.paste(him, (round(px), round(y * k - base)), him)
        elif kind == "line":
            _, x1, y1, x2, y2, width, color, dash = op
            lw = max(1, round(width * k))
            if dash:
                L = math.hypot(x2 - x1, y2 - y1)
                n = max(1, int(L / 0.8))
                for i in range(0, n, 2):
                    a, b = i / n, min(1, (i + 1) / n)
                    dr.line(
                        (
                            (x1 + (x2 - x1) * a) * k,
                            (y1 + (y2 - y1) * a) * k,
                            (x1 + (x2 - x1) * b) * k,
                            (y1 + (y2 - y1) * b) * k,
                        ),
                        fill=tuple(color),
                        width=lw,
                    )
            else:
                dr.line((x1 * k, y1 * k, x2 * k, y2 * k), fill=tuple(color), width=lw)
        elif kind == "rect":
            _, x, y, w, h, stroke, fill, width = op
            box = (x * k, y * k, (x + w) * k, (y + h) * k)
            dr.rectangle(
                box,
                fill=tuple(fill) if fill else None,
                outline=tuple(stroke) if stroke else None,
                width=max(1, round(width * k)) if stroke else 0,
            )
        elif kind == "img":
            _, x, y, w, h, src = op
            sz = (max(1, round(w * k)), max(1, round(h * k)))
            s2 = src.resize(sz, Image.LANCZOS)
            if s2.mode == "RGBA":
                im.paste(s2, (round(x * k), round(y * k)), s2)
            else:
                im.paste(s2.convert("RGB"), (round(x * k), round(y * k)))
    return im


# ---------------------------------------------------------------- PDF back end
_RL_FONTS: dict[str, str] = {}


def _rl_font(role: str) -> str:
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    if role in _RL_FONTS:
        return _RL_FONTS[role]
    if role in ("ocrb",):
        role = "dmono"
    p = font_path(role, ttf_only=True)
    name = "F_" + role
    try:
        if not p:
            raise OSError
        pdfmetrics.registerFont(TTFont(name, p))
    except Exception:
        name = {"serif": "Times-Roman", "mono": "Courier"}.get(role.split("_")[0], "Helvetica")
    _RL_FONTS[role] = name
    return name


def pdf_bytes(pages: list[Page], meta: dict | None = None, form_cb=None) -> bytes:
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfgen import canvas

    mm = 72 / 25.4
    buf = io.BytesIO()
    c = canvas.Canvas(buf, invariant=1, pageCompression=1)
    meta = meta or {}
    if meta.get("title"):
        c.setTitle(meta["title"])
    c.setAuthor(meta.get("author", ""))
    c.setCreator(meta.get("creator", ""))
    c.setProducer(meta.get("producer", "ReportLab PDF Library - www.reportlab.com"))
    for pi, page in enumerate(pages):
        H = page.h
        c.setPageSize((page.w * mm, page.h * mm))
        if page.bg != (255, 255, 255):
            c.setFillColorRGB(*[v / 255 for v in page.bg])
            c.rect(0, 0, page.w * mm, page.h * mm, stroke=0, fill=1)
        for op in page.ops:
            kind = op[0]
            if kind == "text":
                _, x, y, s, font, size, color, anchor = op
                c.setFont(_rl_font(font), size)
                c.setFillColorRGB(*[v / 255 for v in color])
                fn = {"l": c.drawString, "m": c.drawCentredString, "r": c.drawRightString}[anchor]
                fn(x * mm, (H - y) * mm, s)
            elif kind == "hand":
                _, x, y, s, font, size, color, seed, anchor = op
                him, base = hand_image(s, font, size, color, seed, 200)
                k = 200 / 25.4
                wmm, hmm = him.width / k, him.height / k
                x0, x1 = him.info["x0"] / k, him.info["x1"] / k
                off = {"l": x0, "m": (x0 + x1) / 2, "r": x1}[anchor]
                flat = Image.new("RGB", him.size, (255, 255, 255))
                flat.paste(him, (0, 0), him)
                c.drawImage(
                    ImageReader(flat),
                    (x - off) * mm,
                    (H - y + base / k - hmm) * mm,
                    wmm * mm,
                    hmm * mm,
                    mask=[250, 255, 250, 255, 250, 255],
                )
            elif kind == "line":
                _, x1, y1, x2, y2, width, color, dash = op
                c.setStrokeColorRGB(*[v / 255 for v in color])
                c.setLineWidth(width * mm)
                c.setDash(1, 1.5) if dash else c.setDash()
                c.line(x1 * mm, (H - y1) * mm, x2 * mm, (H - y2) * mm)
                c.setDash()
            elif kind == "rect":
                _, x, y, w, h, stroke, fill, width = op
                if stroke:
                    c.setStrokeColorRGB(*[v / 255 for v in stroke])
                    c.setLineWidth(width * mm)
                if fill:
                    c.setFillColorRGB(*[v / 255 for v in fill])
                c.rect(
                    x * mm,
                    (H - y - h) * mm,
                    w * mm,
                    h * mm,
                    stroke=1 if stroke else 0,
                    fill=1 if fill else 0,
                )
            elif kind == "img":
                _, x, y, w, h, src = op
                if src.mode == "RGBA":
                    flat = Image.new("RGB", src.size, (255, 255, 255))
                    flat.paste(src, (0, 0), src)
                    src, mask = flat, [248, 255, 248, 255, 248, 255]
                else:
                    mask = None
                c.drawImage(ImageReader(src), x * mm, (H - y - h) * mm, w * mm, h * mm, mask=mask)
        if form_cb:
            form_cb(c, pi, page)
        c.showPage()
    c.save()
    return buf.getvalue()


def jpeg_pdf(jpegs: list[tuple[bytes, int, int]], page_mm=(210.0, 297.0), producer="") -> bytes:
    """Minimal PDF of JPEG page images (what a scanner writes): no text layer."""
    objs: list[bytes] = []
    n = len(jpegs)
    kids = " ".join(f"{3 + 3 * i} 0 R" for i in range(n))
    objs.append(b"<< /Type /Catalog /Pages 2 0 R >>")
    objs.append(f"<< /Type /Pages /Kids [{kids}] /Count {n} >>".encode())
    for i, (data, w, h) in enumerate(jpegs):
        pw, ph = page_mm[0] * 72 / 25.4, page_mm[1] * 72 / 25.4
        if (w > h) != (pw > ph):
            pw, ph = ph, pw
        po, co, io_ = 3 + 3 * i, 4 + 3 * i, 5 + 3 * i
        objs.append(
            f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 {pw:.2f} {ph:.2f}] "
            f"/Resources << /XObject << /Im{i} {io_} 0 R >> >> /Contents {co} 0 R >>".encode()
        )
        cs = f"q {pw:.2f} 0 0 {ph:.2f} 0 0 cm /Im{i} Do Q".encode()
        objs.append(b"<< /Length %d >>\nstream\n" % len(cs) + cs + b"\nendstream")
        objs.append(
            f"<< /Type /XObject /Subtype /Image /Width {w} /Height {h} /ColorSpace /DeviceRGB "
            f"/BitsPerComponent 8 /Filter /DCTDecode /Length {len(data)} >>\nstream\n".encode()
            + data
            + b"\nendstream"
        )
    info = len(objs) + 1
    objs.append(f"<< /Producer ({producer}) >>".encode())
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offs = []
    for i, o in enumerate(objs):
        offs.append(len(out))
        out += f"{i + 1} 0 obj\n".encode() + o + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objs) + 1}\n0000000000 65535 f \n".encode()
    for o in offs:
        out += f"{o:010d} 00000 n \n".encode()
    out += f"trailer\n<< /Size {len(objs) + 1} /Root 1 0 R /Info {info} 0 R >>\n".encode()
    out += f"startxref\n{xref}\n%%EOF\n".encode()
    return bytes(out)


# ---------------------------------------------------------------- looks
def to_jpeg(im: Image.Image, q: int) -> bytes:
    b = io.BytesIO()
    im.save(b, "JPEG", quality=q, optimize=False)
    return b.getvalue()


def to_png(im: Image.Image) -> bytes:
    b = io.BytesIO()
    im.save(b, "PNG", compress_level=6)
    return b.getvalue()


def compose_sheet(items: list[tuple[Page, float]], rng: random.Random, dpi: float):
    """Photocopy sheet: card pages laid out on an A4 page. items: (page, rotation)."""
    k = dpi / 25.4
    sheet = Image.new("RGB", (round(210 * k), round(297 * k)), (255, 255, 255))
    y = rng.uniform(12, 30)
    for page, rot in items:
        im = raster(page, dpi)
        if rot:
            im = im.rotate(rot, expand=True, fillcolor=(255, 255, 255))
        x = rng.uniform(14, 35)
        sheet.paste(im, (round(x * k), round(y * k)))
        y += im.height / k + rng.uniform(10, 25)
    return sheet


def scanner(im: Image.Image, rng: random.Random, grey=True) -> Image.Image:
    a = np.asarray(im.convert("RGB"))
    tint = np.array([rng.uniform(0.9, 0.97)] * 3, np.float32)
    if not grey:
        tint[:] = rng.uniform(0.96, 1.0)
    tint *= np.array([1.0, rng.uniform(0.99, 1.0), rng.uniform(0.96, 1.0)], np.float32)
    h, w = a.shape[:2]
    nrng = np.random.default_rng(rng.randrange(1 << 30))
    noise = nrng.normal(0, 3.0, (h // 2 + 1, w // 2 + 1)).astype(np.float32)
    noise = cv2.resize(noise, (w, h), interpolation=cv2.INTER_NEAREST)
    af = a.astype(np.float32)
    cv2.multiply(af, tuple(float(t) for t in tint) + (0.0,), dst=af)
    af += noise[..., None] + float((1 - tint.mean()) * 20)
    a = cv2.convertScaleAbs(af)
    ang = rng.uniform(-1.2, 1.2)
    M = cv2.getRotationMatrix2D((w / 2, h / 2), ang, 1.0)
    M[0, 2] += rng.uniform(-8, 8)
    M[1, 2] += rng.uniform(-8, 8)
    border = tuple(int(v) for v in (tint * 235))
    a = cv2.warpAffine(a, M, (w, h), flags=cv2.INTER_LINEAR, borderValue=border)
    a = cv2.GaussianBlur(a, (3, 3), rng.uniform(0.4, 0.8))
    return Image.fromarray(a)


def table_texture(rng: random.Random, w: int, h: int) -> np.ndarray:
    kind = rng.choice(["wood", "grey", "cloth", "dark"])
    sw, sh = w // 4, h // 4
    yy, xx = np.mgrid[0:sh, 0:sw].astype(np.float32)
    nrng = np.random.default_rng(rng.randrange(1 << 30))
    if kind == "wood":
        base = np.array(rng.choice([(150, 105, 70), (185, 140, 95), (120, 80, 50)]), np.float32)
        v = np.sin(yy * 0.08 + np.sin(xx * 0.01) * 3 + nrng.normal(0, 0.3, (sh, sw))) * 0.12
    elif kind == "grey":
        base = np.array(rng.choice([(200, 200, 196), (170, 172, 175)]), np.float32)
        v = nrng.normal(0, 0.03, (sh, sw))
    elif kind == "cloth":
        base = np.array(rng.choice([(70, 90, 120), (110, 60, 60), (60, 100, 80)]), np.float32)
        v = (np.sin(xx * 1.5) * np.sin(yy * 1.5)) * 0.06
    else:
        base = np.array((45, 45, 50), np.float32)
        v = nrng.normal(0, 0.04, (sh, sw))
    t = base[None, None, :] * (1 + v[..., None])
    t = cv2.resize(np.clip(t, 0, 255).astype(np.uint8), (w, h), interpolation=cv2.INTER_LINEAR)
    return t


def phone_photo(im: Image.Image, rng: random.Random, rotate=None, fill=None) -> Image.Image:
    W, H = rng.choice([(3024, 4032), (3000, 4000), (2448, 3264), (2736, 3648)])
    src = np.asarray(im.convert("RGB"))
    sh, sw = src.shape[:2]
    if sw > sh:
        W, H = H, W
    bg = table_texture(rng, W, H)
    fill = fill or rng.uniform(0.72, 0.9)
    s = min(W * fill / sw, H * fill / sh)
    cw, ch = sw * s, sh * s
    cx, cy = W / 2 + rng.uniform(-0.04, 0.04) * W, H / 2 + rng.uniform(-0.04, 0.04) * H
    j = 0.05 * min(W, H)
    dst = np.float32(
        [
            [cx - cw / 2 + rng.uniform(-j, j), cy - ch / 2 + rng.uniform(-j, j)],
            [cx + cw / 2 + rng.uniform(-j, j), cy - ch / 2 + rng.uniform(-j, j)],
            [cx + cw / 2 + rng.uniform(-j, j), cy + ch / 2 + rng.uniform(-j, j)],
            [cx - cw / 2 + rng.uniform(-j, j), cy + ch / 2 + rng.uniform(-j, j)],
        ]
    )
    srcq = np.float32([[0, 0], [sw, 0], [sw, sh], [0, sh]])
    M = cv2.getPerspectiveTransform(srcq, dst)
    out = bg.copy()
    cv2.warpPerspective(
        src, M, (W, H), dst=out, flags=cv2.INTER_AREA, borderMode=cv2.BORDER_TRANSPARENT
    )
    # light map at low resolution: drop shadow around the paper, gradient, vignette, shade
    q = 16
    lw, lh = W // q, H // q
    Ms = cv2.getPerspectiveTransform(srcq, dst / q)
    mask = cv2.warpPerspective(np.full((sh, sw), 1.0, np.float32), Ms, (lw, lh))
    sm = cv2.GaussianBlur(mask, (0, 0), 1.2)
    sm = np.roll(sm, (1, 1), axis=(1, 0))
    shade = 1 - 0.35 * sm * (1 - mask)
    yy, xx = np.mgrid[0:lh, 0:lw].astype(np.float32)
    gx, gy = rng.uniform(-0.25, 0.25), rng.uniform(-0.25, 0.25)
    light = 1 + gx * (xx / lw - 0.5) + gy * (yy / lh - 0.5)
    r = np.hypot(xx / lw - 0.5, yy / lh - 0.5)
    light *= 1 - rng.uniform(0.1, 0.3) * r**2 * 2
    if rng.random() < 0.6:  # a soft shadow (phone / hand)
        px, py = rng.uniform(0, lw), rng.uniform(0, lh)
        rr = rng.uniform(0.25, 0.5) * lw
        shadow = np.exp(-(((xx - px) ** 2 + (yy - py) ** 2) / (2 * rr * rr)))
        light *= 1 - rng.uniform(0.15, 0.35) * shadow
    light = (light * shade).astype(np.float32)
    cast = [rng.uniform(0.9, 1.06), rng.uniform(0.95, 1.03), rng.uniform(0.82, 1.0)]
    lm = cv2.merge([light * c for c in cast])
    lm = cv2.resize(lm, (W, H), interpolation=cv2.INTER_LINEAR)
    nrng = np.random.default_rng(rng.randrange(1 << 30))
    noise = nrng.normal(0, 3.5, (H // 4, W // 4)).astype(np.float32)
    noise = cv2.resize(noise, (W, H), interpolation=cv2.INTER_NEAREST)
    outf = out.astype(np.float32)
    cv2.multiply(outf, lm, dst=outf)
    outf += noise[..., None]
    out = cv2.convertScaleAbs(outf)
    sig = rng.uniform(0.7, 1.5)
    out = cv2.GaussianBlur(out, (5, 5), sig)
    rot = rotate if rotate is not None else rng.choice([0, 0, 0, 0, 90, 180, 270])
    if rot:
        code = {
            90: cv2.ROTATE_90_COUNTERCLOCKWISE,
            180: cv2.ROTATE_180,
            270: cv2.ROTATE_90_CLOCKWISE,
        }[rot]
        out = cv2.rotate(out, code)
    return Image.fromarray(out)
