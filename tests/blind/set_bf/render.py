"""Page model in millimetres with two back-ends (Pillow raster, reportlab PDF) and looks."""

from __future__ import annotations

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

T = "/usr/share/fonts/truetype/"
FONTS = {
    "sans": T + "liberation/LiberationSans-Regular.ttf",
    "sansb": T + "liberation/LiberationSans-Bold.ttf",
    "sansi": T + "liberation/LiberationSans-Italic.ttf",
    "serif": T + "liberation/LiberationSerif-Regular.ttf",
    "serifb": T + "liberation/LiberationSerif-Bold.ttf",
    "serifi": T + "liberation/LiberationSerif-Italic.ttf",
    "mono": T + "liberation/LiberationMono-Regular.ttf",
    "monob": T + "liberation/LiberationMono-Bold.ttf",
    "dv": T + "dejavu/DejaVuSans.ttf",
    "dvb": T + "dejavu/DejaVuSans-Bold.ttf",
    "dvc": T + "dejavu/DejaVuSansCondensed.ttf",
    "dvcb": T + "dejavu/DejaVuSansCondensed-Bold.ttf",
    "lato": T + "lato/Lato-Regular.ttf",
    "latob": T + "lato/Lato-Bold.ttf",
    "latol": T + "lato/Lato-Light.ttf",
    "open": T + "open-sans/OpenSans-Regular.ttf",
    "openb": T + "open-sans/OpenSans-Bold.ttf",
    "opensb": T + "open-sans/OpenSans-Semibold.ttf",
    "carlito": T + "crosextra/Carlito-Regular.ttf",
    "carlitob": T + "crosextra/Carlito-Bold.ttf",
    "robc": T + "roboto/unhinted/RobotoCondensed-Regular.ttf",
    "robcb": T + "roboto/unhinted/RobotoCondensed-Bold.ttf",
    "free": T + "freefont/FreeSans.ttf",
    "freeb": T + "freefont/FreeSansBold.ttf",
    "freeserif": T + "freefont/FreeSerif.ttf",
    "ocrb": "/usr/share/fonts/opentype/ocr-b/OCRB.otf",
    # handwriting
    "h_ecolier": T + "ecolier-court/Ecolier-court.ttf",
    "h_femke": T + "femkeklaver/femkeklaver.ttf",
    "h_breip": T + "breip/Breip.ttf",
    "h_humor": T + "humor-sans/Humor-Sans.ttf",
    "h_ruf": T + "rufscript/Rufscript010.ttf",
    "h_dkg": T + "fifthhorseman/dkg.ttf",
}
PDF_FALLBACK = {"ocrb": "mono"}
HAND_SCALE = {"h_ecolier": 1.7, "h_femke": 1.1, "h_breip": 1.15}
_REG: set[str] = set()
_PIL: dict = {}


def pil_font(name: str, px: float):
    key = (name, int(round(px)))
    if key not in _PIL:
        _PIL[key] = ImageFont.truetype(FONTS[name], max(4, key[1]))
    return _PIL[key]


def pdf_font(name: str) -> str:
    name = PDF_FALLBACK.get(name, name)
    if name not in _REG:
        pdfmetrics.registerFont(TTFont("F_" + name, FONTS[name]))
        _REG.add(name)
    return "F_" + name


def text_width_mm(s: str, font: str, size: float) -> float:
    return pil_font(font, size * 10).getlength(s) / 10 * 25.4 / 72


class Page:
    """Drawing ops in mm, origin top-left; sizes of text in points."""

    def __init__(self, w=210.0, h=297.0, bg=(255, 255, 255)):
        self.w, self.h, self.bg, self.ops = w, h, bg, []

    def text(self, x, y, s, font="sans", size=9, color=(0, 0, 0), anchor="l"):
        self.ops.append(("text", x, y, str(s), font, size, color, anchor))

    def hand(self, rng, x, y, s, font="h_ecolier", size=13, color=(20, 30, 110), spacing=1.0):
        """Handwritten text: one glyph at a time with jitter on size and baseline."""
        size *= HAND_SCALE.get(font, 1.0)
        cx = x
        for ch in str(s):
            sz = size * rng.uniform(0.93, 1.08)
            dy = rng.uniform(-0.35, 0.35)
            self.ops.append(("text", cx, y + dy, ch, font, sz, color, "l"))
            cx += text_width_mm(ch, font, sz) * spacing + rng.uniform(-0.1, 0.25)
        return cx

    def comb(self, rng, x, y, chars, cell, font="h_ecolier", size=13, color=(20, 30, 110)):
        size *= HAND_SCALE.get(font, 1.0)
        for i, ch in enumerate(chars):
            if ch == " ":
                continue
            cx = x + i * cell + cell / 2 + rng.uniform(-0.5, 0.5)
            self.ops.append(
                (
                    "text",
                    cx,
                    y + rng.uniform(-0.4, 0.4),
                    ch,
                    font,
                    size * rng.uniform(0.92, 1.08),
                    color,
                    "m",
                )
            )

    def rect(self, x, y, w, h, stroke=(0, 0, 0), fill=None, width=0.25):
        self.ops.append(("rect", x, y, w, h, stroke, fill, width))

    def line(self, x1, y1, x2, y2, color=(0, 0, 0), width=0.25, dash=None):
        self.ops.append(("line", x1, y1, x2, y2, color, width, dash))

    def poly(self, pts, color=(20, 30, 110), width=0.45):
        self.ops.append(("poly", list(pts), color, width))

    def ellipse(self, x, y, w, h, stroke=None, fill=(0, 0, 0), width=0.3):
        self.ops.append(("ellipse", x, y, w, h, stroke, fill, width))

    def image(self, img, x, y, w, h):
        self.ops.append(("image", img, x, y, w, h))

    def paragraph(self, x, y, text, width, font="sans", size=8, lead=None, color=(0, 0, 0)):
        """Greedy word wrap; returns the y after the last line."""
        lead = lead or size * 0.42
        line = ""
        for word in text.split():
            trial = (line + " " + word).strip()
            if text_width_mm(trial, font, size) > width and line:
                self.text(x, y, line, font, size, color)
                y += lead
                line = word
            else:
                line = trial
        if line:
            self.text(x, y, line, font, size, color)
            y += lead
        return y

    # ---------- back-ends ----------
    def to_image(self, dpi=200) -> Image.Image:
        k = dpi / 25.4
        img = Image.new("RGB", (int(self.w * k), int(self.h * k)), self.bg)
        d = ImageDraw.Draw(img)
        for op in self.ops:
            kind = op[0]
            if kind == "text":
                _, x, y, s, font, size, color, anchor = op
                f = pil_font(font, size * dpi / 72)
                d.text((x * k, y * k), s, font=f, fill=color, anchor=anchor + "s")
            elif kind == "rect":
                _, x, y, w, h, stroke, fill, width = op
                d.rectangle(
                    [x * k, y * k, (x + w) * k, (y + h) * k],
                    fill=fill,
                    outline=stroke,
                    width=max(1, int(width * k)) if stroke else 0,
                )
            elif kind == "line":
                _, x1, y1, x2, y2, color, width, dash = op
                wpx = max(1, int(round(width * k)))
                if dash:
                    n = max(1, int(math.hypot(x2 - x1, y2 - y1) / (dash * 2)))
                    for i in range(n):
                        a, b = i / n, (i + 0.5) / n
                        d.line(
                            [
                                ((x1 + (x2 - x1) * a) * k, (y1 + (y2 - y1) * a) * k),
                                ((x1 + (x2 - x1) * b) * k, (y1 + (y2 - y1) * b) * k),
                            ],
                            fill=color,
                            width=wpx,
                        )
                else:
                    d.line([(x1 * k, y1 * k), (x2 * k, y2 * k)], fill=color, width=wpx)
            elif kind == "poly":
                _, pts, color, width = op
                wpx = max(1, int(round(width * k)))
                d.line([(px * k, py * k) for px, py in pts], fill=color, width=wpx, joint="curve")
            elif kind == "ellipse":
                _, x, y, w, h, stroke, fill, width = op
                d.ellipse(
                    [x * k, y * k, (x + w) * k, (y + h) * k],
                    fill=fill,
                    outline=stroke,
                    width=max(1, int(width * k)) if stroke else 0,
                )
            elif kind == "image":
                _, im, x, y, w, h = op
                sub = im.convert("RGBA").resize((max(1, int(w * k)), max(1, int(h * k))))
                img.paste(sub, (int(x * k), int(y * k)), sub)
        return img

    def draw_pdf(self, c: canvas.Canvas):
        mm = 72 / 25.4
        H = self.h
        if self.bg != (255, 255, 255):
            c.setFillColorRGB(*[v / 255 for v in self.bg])
            c.rect(0, 0, self.w * mm, H * mm, stroke=0, fill=1)
        for op in self.ops:
            kind = op[0]
            if kind == "text":
                _, x, y, s, font, size, color, anchor = op
                c.setFillColorRGB(*[v / 255 for v in color])
                c.setFont(pdf_font(font), size)
                fx = {"l": c.drawString, "r": c.drawRightString, "m": c.drawCentredString}
                fx[anchor](x * mm, (H - y) * mm, s)
            elif kind == "rect":
                _, x, y, w, h, stroke, fill, width = op
                if fill:
                    c.setFillColorRGB(*[v / 255 for v in fill])
                if stroke:
                    c.setStrokeColorRGB(*[v / 255 for v in stroke])
                    c.setLineWidth(width * mm)
                c.rect(
                    x * mm,
                    (H - y - h) * mm,
                    w * mm,
                    h * mm,
                    stroke=1 if stroke else 0,
                    fill=1 if fill else 0,
                )
            elif kind == "line":
                _, x1, y1, x2, y2, color, width, dash = op
                c.setStrokeColorRGB(*[v / 255 for v in color])
                c.setLineWidth(width * mm)
                c.setDash([dash * mm, dash * mm] if dash else [])
                c.line(x1 * mm, (H - y1) * mm, x2 * mm, (H - y2) * mm)
                c.setDash([])
            elif kind == "poly":
                _, pts, color, width = op
                c.setStrokeColorRGB(*[v / 255 for v in color])
                c.setLineWidth(width * mm)
                c.setLineCap(1)
                c.setLineJoin(1)
                p = c.beginPath()
                p.moveTo(pts[0][0] * mm, (H - pts[0][1]) * mm)
                for px, py in pts[1:]:
                    p.lineTo(px * mm, (H - py) * mm)
                c.drawPath(p, stroke=1, fill=0)
            elif kind == "ellipse":
                _, x, y, w, h, stroke, fill, width = op
                if fill:
                    c.setFillColorRGB(*[v / 255 for v in fill])
                if stroke:
                    c.setStrokeColorRGB(*[v / 255 for v in stroke])
                    c.setLineWidth(width * mm)
                c.ellipse(
                    x * mm,
                    (H - y - h) * mm,
                    (x + w) * mm,
                    (H - y) * mm,
                    stroke=1 if stroke else 0,
                    fill=1 if fill else 0,
                )
            elif kind == "image":
                _, im, x, y, w, h = op
                buf = io.BytesIO()
                im.convert("RGB").save(buf, "PNG")
                buf.seek(0)
                c.drawImage(ImageReader(buf), x * mm, (H - y - h) * mm, w * mm, h * mm)


def new_canvas(path, title="", author=""):
    c = canvas.Canvas(str(path), invariant=1, pageCompression=1)
    if title:
        c.setTitle(title)
    if author:
        c.setAuthor(author)
        c.setCreator(author)
        c.setProducer(author)
    return c


def write_text_pdf(path, pages, title="", author="", setup=None):
    c = new_canvas(path, title, author)
    for pg in pages:
        c.setPageSize((pg.w * 72 / 25.4, pg.h * 72 / 25.4))
        pg.draw_pdf(c)
        if setup:
            setup(c, pg)
        c.showPage()
    c.save()


# ---------------- signatures and stamps ----------------
def signature(page: Page, rng, x, y, w, h, color=(15, 25, 95)):
    """A handwritten signature: a few random pen curves (Catmull-Rom), then a flourish."""
    strokes = rng.randint(2, 3)
    cx = x + rng.uniform(0, w * 0.1)
    for s in range(strokes):
        n = rng.randint(6, 11)
        seg_w = w * rng.uniform(0.25, 0.45)
        ctrl = []
        for i in range(n):
            px = cx + seg_w * i / (n - 1) + rng.uniform(-2, 2)
            py = y + h * 0.5 + rng.uniform(-h * 0.42, h * 0.42)
            ctrl.append((px, py))
        page.poly(_spline(ctrl, 10), color, rng.uniform(0.3, 0.5))
        cx += seg_w * rng.uniform(0.6, 0.95)
        if s == strokes - 1:
            ex, ey = ctrl[-1]
            fl = [
                (ex, ey),
                (ex + w * 0.1, ey + h * 0.2),
                (x + w * rng.uniform(0.1, 0.3), y + h * rng.uniform(0.75, 0.95)),
                (x + w * rng.uniform(0.8, 1.0), y + h * rng.uniform(0.6, 0.9)),
            ]
            page.poly(_spline(fl, 14), color, rng.uniform(0.3, 0.45))


def _spline(pts, steps):
    out = []
    p = [pts[0]] + pts + [pts[-1]]
    for i in range(1, len(p) - 2):
        p0, p1, p2, p3 = p[i - 1], p[i], p[i + 1], p[i + 2]
        for s in range(steps):
            t = s / steps
            t2, t3 = t * t, t * t * t
            out.append(
                tuple(
                    0.5
                    * (
                        (2 * p1[j])
                        + (-p0[j] + p2[j]) * t
                        + (2 * p0[j] - 5 * p1[j] + 4 * p2[j] - p3[j]) * t2
                        + (-p0[j] + 3 * p1[j] - 3 * p2[j] + p3[j]) * t3
                    )
                    for j in range(2)
                )
            )
    out.append(pts[-1])
    return out


def stamp_image(rng, lines, ring="", color=(40, 60, 160), size_px=420, rect=False):
    """A rubber stamp (round or rectangular) as an RGBA image, with uneven ink."""
    im = Image.new("RGBA", (size_px, size_px if not rect else size_px // 2), (0, 0, 0, 0))
    d = ImageDraw.Draw(im)
    W, H = im.size
    ink = color + (215,)
    if rect:
        d.rectangle([6, 6, W - 6, H - 6], outline=ink, width=6)
        px = H / (len(lines) + 1.6)
        while px > 8 and max(pil_font("sansb", px).getlength(ln) for ln in lines) > W * 0.9:
            px -= 2
        f = pil_font("sansb", px)
        for i, ln in enumerate(lines):
            d.text((W / 2, H * (i + 1.1) / (len(lines) + 0.6)), ln, font=f, fill=ink, anchor="mm")
    else:
        d.ellipse([6, 6, W - 6, H - 6], outline=ink, width=7)
        d.ellipse([W * 0.2, H * 0.2, W * 0.8, H * 0.8], outline=ink, width=4)
        f = pil_font("sansb", W * 0.075)
        n = len(ring)
        for i, ch in enumerate(ring):
            a = math.pi * (1.15 + 0.7 * i / max(1, n - 1)) if n > 1 else math.pi * 1.5
            a = -math.pi / 2 - 2.6 / 2 + 2.6 * i / max(1, n - 1)
            r = W * 0.39
            cx, cy = W / 2 + r * math.cos(a), H / 2 + r * math.sin(a)
            g = Image.new("RGBA", (int(W * 0.12), int(W * 0.12)), (0, 0, 0, 0))
            ImageDraw.Draw(g).text((g.width / 2, g.height / 2), ch, font=f, fill=ink, anchor="mm")
            g = g.rotate(-math.degrees(a) - 90, resample=Image.BICUBIC)
            im.alpha_composite(g, (int(cx - g.width / 2), int(cy - g.height / 2)))
        f2 = pil_font("sansb", W * 0.065)
        for i, ln in enumerate(lines):
            d.text(
                (W / 2, H / 2 + (i - (len(lines) - 1) / 2) * W * 0.08),
                ln,
                font=f2,
                fill=ink,
                anchor="mm",
            )
    a = np.array(im)
    noise = np.array([rng.random() for _ in range(64 * 64)]).reshape(64, 64)
    noise = cv2.resize(noise, (a.shape[1], a.shape[0]))
    a[..., 3] = (a[..., 3] * np.clip(noise * 1.4, 0.25, 1)).astype(np.uint8)
    return Image.fromarray(a).rotate(rng.uniform(-18, 18), resample=Image.BICUBIC, expand=True)


# ---------------- looks ----------------
def _np_rng(rng):
    return np.random.default_rng(rng.randint(0, 2**31))


def scan_look(img, rng, dpi_from=200, dpi_to=200, grey=True):
    nr = _np_rng(rng)
    if dpi_to != dpi_from:
        f = dpi_to / dpi_from
        img = img.resize((int(img.width * f), int(img.height * f)), Image.LANCZOS)
    a = np.asarray(img.convert("RGB")).astype(np.float32)
    if grey:
        a = a * rng.uniform(0.9, 0.95) + rng.uniform(4, 12)
        a[..., 2] *= rng.uniform(0.97, 1.0)
    a += nr.normal(0, 3.5, a.shape)
    out = Image.fromarray(np.clip(a, 0, 255).astype(np.uint8))
    out = out.rotate(
        rng.uniform(-1.2, 1.2), resample=Image.BICUBIC, expand=False, fillcolor=(238, 238, 235)
    )
    return out.filter(ImageFilter.GaussianBlur(rng.uniform(0.3, 0.7)))


def place_on_bed(card, rng, dpi=200, w_mm=210, h_mm=297):
    """A small card or passport page placed on an A4 scanner bed."""
    k = dpi / 25.4
    bed = Image.new("RGB", (int(w_mm * k), int(h_mm * k)), (250, 250, 248))
    x = int(rng.uniform(8, 25) * k)
    y = int(rng.uniform(8, 30) * k)
    bed.paste(card.rotate(rng.uniform(-2, 2), expand=True, fillcolor=(250, 250, 248)), (x, y))
    return bed


def _table(rng, w, h):
    nr = _np_rng(rng)
    kind = rng.choice(["wood", "grey", "cloth"])
    if kind == "wood":
        base = np.array(
            [rng.randint(120, 160), rng.randint(80, 110), rng.randint(50, 70)], np.float32
        )
        yy = np.arange(h, dtype=np.float32)[:, None]
        xx = np.arange(w, dtype=np.float32)[None, :]
        grain = np.sin(yy / rng.uniform(9, 20) + np.sin(xx / 300.0) * 3) * 14
        a = base[None, None, :] + grain[..., None]
    elif kind == "grey":
        a = np.full((h, w, 3), rng.randint(90, 150), np.float32)
    else:
        a = np.full(
            (h, w, 3), [rng.randint(40, 80), rng.randint(60, 90), rng.randint(90, 130)], np.float32
        )
    a += nr.normal(0, 6, (h, w, 3))
    return a


def phone_photo(img, rng, long_side=None, rotate=None):
    """A page or card photographed on a table: perspective, shadow, colour cast, blur."""
    nr = _np_rng(rng)
    long_side = long_side or rng.choice([3024, 3264, 4000, 2592])
    portrait = img.height >= img.width
    W, H = (long_side * 3 // 4, long_side) if portrait else (long_side, long_side * 3 // 4)
    src = np.asarray(img.convert("RGB")).astype(np.float32)
    sh, sw = src.shape[:2]
    fill = rng.uniform(0.72, 0.88)
    scale = min(W * fill / sw, H * fill / sh)
    cw, ch = sw * scale, sh * scale
    ox, oy = (
        (W - cw) / 2 + rng.uniform(-0.04, 0.04) * W,
        (H - ch) / 2 + rng.uniform(-0.04, 0.04) * H,
    )
    j = lambda: rng.uniform(-0.035, 0.035) * min(W, H)  # noqa: E731
    dst = np.float32(
        [
            [ox + j(), oy + j()],
            [ox + cw + j(), oy + j()],
            [ox + cw + j(), oy + ch + j()],
            [ox + j(), oy + ch + j()],
        ]
    )
    M = cv2.getPerspectiveTransform(np.float32([[0, 0], [sw, 0], [sw, sh], [0, sh]]), dst)
    warped = cv2.warpPerspective(src, M, (W, H), flags=cv2.INTER_LINEAR)
    mask = cv2.warpPerspective(np.ones((sh, sw), np.float32), M, (W, H))
    table = _table(rng, W, H)
    # drop shadow under the page
    sm = cv2.GaussianBlur(np.roll(np.roll(mask, 18, 0), 12, 1), (0, 0), 25)
    table *= (1 - 0.45 * sm)[..., None]
    a = table * (1 - mask[..., None]) + warped * mask[..., None]
    # uneven light + a soft shadow of the phone / hand
    yy, xx = np.mgrid[0:H, 0:W].astype(np.float32)
    gx, gy = rng.uniform(0, W), rng.uniform(0, H)
    light = 1.08 - 0.3 * np.sqrt(((xx - gx) / W) ** 2 + ((yy - gy) / H) ** 2)
    if rng.random() < 0.7:
        cx, cy, r = rng.uniform(0, W), rng.uniform(0, H), rng.uniform(0.2, 0.45) * W
        shadow = np.clip(np.sqrt((xx - cx) ** 2 + (yy - cy) ** 2) / r, 0, 1)
        light *= 0.72 + 0.28 * cv2.GaussianBlur(shadow, (0, 0), 60)
    a *= light[..., None]
    cast = np.array([rng.uniform(0.95, 1.06), rng.uniform(0.96, 1.03), rng.uniform(0.86, 0.98)])
    a = a * cast + nr.normal(0, 4, a.shape)
    a = cv2.GaussianBlur(np.clip(a, 0, 255).astype(np.uint8), (0, 0), rng.uniform(0.8, 1.6))
    out = Image.fromarray(a)
    rot = rotate if rotate is not None else rng.choice([0, 0, 0, 90, 180, 270])
    if rot:
        out = out.rotate(rot, expand=True)
    return out


def save_jpeg(img, path, rng, q=None):
    img.convert("RGB").save(path, "JPEG", quality=q or rng.randint(78, 92), optimize=False)


def image_pdf(path, imgs, rng, dpi=200, title="", producer="Canon MF Scan Utility"):
    """A scanner's PDF: each page a JPEG image, no text layer."""
    c = canvas.Canvas(str(path), invariant=1, pageCompression=1)
    c.setProducer(producer)
    c.setCreator(producer)
    if title:
        c.setTitle(title)
    for im in imgs:
        w_pt, h_pt = im.width * 72 / dpi, im.height * 72 / dpi
        c.setPageSize((w_pt, h_pt))
        buf = io.BytesIO()
        im.convert("RGB").save(buf, "JPEG", quality=rng.randint(70, 85))
        buf.seek(0)
        c.drawImage(ImageReader(buf), 0, 0, w_pt, h_pt)
        c.showPage()
    c.save()


def face(rng, w=300, h=380, bg=None):
    """A passport-style portrait: plain background, head and shoulders."""
    bg = bg or rng.choice([(226, 232, 238), (240, 240, 236), (210, 220, 232)])
    im = Image.new("RGB", (w, h), bg)
    d = ImageDraw.Draw(im)
    skin = rng.choice(
        [
            (92, 60, 42),
            (120, 80, 55),
            (150, 105, 75),
            (205, 160, 130),
            (230, 190, 165),
            (75, 50, 38),
        ]
    )
    hair = rng.choice([(20, 15, 12), (40, 30, 25), (90, 60, 35), (140, 110, 70)])
    cloth = rng.choice([(30, 40, 70), (60, 60, 60), (200, 200, 210), (120, 30, 40)])
    d.ellipse([w * 0.05, h * 0.72, w * 0.95, h * 1.35], fill=cloth)
    d.rectangle([w * 0.4, h * 0.6, w * 0.6, h * 0.78], fill=skin)
    d.ellipse([w * 0.26, h * 0.14, w * 0.74, h * 0.68], fill=skin)
    if rng.random() < 0.8:
        d.chord([w * 0.24, h * 0.1, w * 0.76, h * 0.5], 180, 360, fill=hair)
    for ex in (0.4, 0.6):
        d.ellipse([w * (ex - 0.035), h * 0.38, w * (ex + 0.035), h * 0.42], fill=(30, 25, 25))
    d.line([w * 0.43, h * 0.56, w * 0.57, h * 0.56], fill=(90, 40, 40), width=3)
    return im.filter(ImageFilter.GaussianBlur(1.2))


def guilloche(page: Page, rng, x, y, w, h, color, n=40):
    """Fine wavy background lines of security documents."""
    for i in range(n):
        ph = rng.uniform(0, 6.28)
        amp = rng.uniform(1, 3)
        yy = y + h * i / n
        pts = [(x + w * t / 60, yy + amp * math.sin(ph + t / 5.0)) for t in range(61)]
        page.poly(pts, color, 0.12)
