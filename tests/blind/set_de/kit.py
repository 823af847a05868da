"""Drawing kit for set_de: pages as op lists, rendered to PIL or reportlab, plus looks."""

import io
import logging
import math

import cv2
import numpy as np
from fontTools.ttLib import TTFont as FtFont
from PIL import Image, ImageDraw, ImageFilter, ImageFont
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas as rl_canvas

cv2.setNumThreads(1)
logging.getLogger("fontTools").setLevel(logging.ERROR)

FD = "/usr/share/fonts/truetype/"
FONTS = {
    "sans": FD + "dejavu/DejaVuSans.ttf",
    "sansb": FD + "dejavu/DejaVuSans-Bold.ttf",
    "cond": FD + "dejavu/DejaVuSansCondensed.ttf",
    "condb": FD + "dejavu/DejaVuSansCondensed-Bold.ttf",
    "serif": FD + "dejavu/DejaVuSerif.ttf",
    "serifb": FD + "dejavu/DejaVuSerif-Bold.ttf",
    "serifi": FD + "dejavu/DejaVuSerif-Italic.ttf",
    "mono": FD + "dejavu/DejaVuSansMono.ttf",
    "monob": FD + "dejavu/DejaVuSansMono-Bold.ttf",
    "lato": FD + "lato/Lato-Regular.ttf",
    "latob": FD + "lato/Lato-Bold.ttf",
    "roboto": FD + "roboto/unhinted/RobotoTTF/Roboto-Regular.ttf",
    "robotob": FD + "roboto/unhinted/RobotoTTF/Roboto-Bold.ttf",
    "robotom": FD + "roboto/unhinted/RobotoTTF/Roboto-Medium.ttf",
    "open": FD + "open-sans/OpenSans-Regular.ttf",
    "openb": FD + "open-sans/OpenSans-Bold.ttf",
    "carlito": FD + "crosextra/Carlito-Regular.ttf",
    "carlitob": FD + "crosextra/Carlito-Bold.ttf",
    "libserif": FD + "liberation/LiberationSerif-Regular.ttf",
    "libserifb": FD + "liberation/LiberationSerif-Bold.ttf",
    "freeserif": FD + "freefont/FreeSerif.ttf",
    "freeserifb": FD + "freefont/FreeSerifBold.ttf",
    "courier": FD + "liberation/LiberationMono-Regular.ttf",
    "hand1": FD + "ecolier-court/Ecolier-court.ttf",
    "hand3": FD + "fifthhorseman/dkg.ttf",
    "arabic": "/usr/share/fonts/opentype/fonts-hosny-amiri/Amiri-Regular.ttf",
    "arabicb": "/usr/share/fonts/opentype/fonts-hosny-amiri/Amiri-Bold.ttf",
}
PT = 25.4 / 72  # mm per point
_pil_cache = {}
_cmap = {}
_rl_done = set()


def pil_font(key, px):
    k = (key, int(round(px)))
    if k not in _pil_cache:
        _pil_cache[k] = ImageFont.truetype(FONTS[key], max(1, k[1]))
    return _pil_cache[k]


def covers(key, s):
    if key not in _cmap:
        _cmap[key] = FtFont(FONTS[key]).getBestCmap()
    return all(ord(c) in _cmap[key] or c == " " for c in s)


def text_metrics(key, size_pt, s, rtl=False):
    """Return (width_mm, ascent_mm, descent_mm) of a string."""
    f = pil_font(key, 200)
    kw = {"direction": "rtl"} if rtl else {}
    w = f.getlength(s, **kw)
    _, t, r, b = f.getbbox(s, anchor="ls", **kw)
    k = size_pt * PT / 200
    return max(w, r) * k, -t * k, max(b, 0) * k


class Page:
    def __init__(self, w=210.0, h=297.0, bg=(255, 255, 255)):
        self.w, self.h, self.bg = w, h, bg
        self.ops = []
        self.boxes = []  # (x0, y0, x1, y1, text)
        self.segs = []  # checked stroked segments

    def text(self, x, y, s, font="sans", size=9, color=(0, 0, 0), anchor="l", rtl=False, chk=True):
        s = str(s)
        assert covers(font, s), (font, s)
        w, a, d = text_metrics(font, size, s, rtl)
        x0 = x - w if anchor == "r" else x - w / 2 if anchor == "m" else x
        self.ops.append(("text", x0, y, s, font, size, color, rtl))
        if chk and s.strip():
            self.boxes.append((x0, y - a, x0 + w, y + d, s))
        return x0 + w

    def width(self, s, font="sans", size=9):
        return text_metrics(font, size, s)[0]

    def wrap(self, x, y, s, maxw, font="sans", size=9, lead=1.35, color=(0, 0, 0)):
        words, line = s.split(), ""
        for wd in words:
            t = (line + " " + wd).strip()
            if self.width(t, font, size) > maxw and line:
                self.text(x, y, line, font, size, color)
                y += size * PT * lead
                line = wd
            else:
                line = t
        if line:
            self.text(x, y, line, font, size, color)
            y += size * PT * lead
        return y

    def line(self, x1, y1, x2, y2, width=0.3, color=(0, 0, 0), chk=True):
        self.ops.append(("poly", [(x1, y1), (x2, y2)], width, color))
        if chk:
            self.segs.append((x1, y1, x2, y2))

    def rect(self, x, y, w, h, width=0.3, color=(0, 0, 0), fill=None, chk=True):
        self.ops.append(("rect", x, y, w, h, width if color else 0, color, fill))
        if color and chk:
            for s in (
                (x, y, x + w, y),
                (x, y + h, x + w, y + h),
                (x, y, x, y + h),
                (x + w, y, x + w, y + h),
            ):
                self.segs.append(s)

    def poly(self, pts, width=0.4, color=(0, 0, 0)):
        self.ops.append(("poly", list(pts), width, color))

    def ellipse(self, cx, cy, rx, ry, width=0.4, color=(0, 0, 0), fill=None):
        self.ops.append(("ellipse", cx, cy, rx, ry, width, color, fill))

    def image(self, x, y, w, h, img, chk=True):
        self.ops.append(("image", x, y, w, h, img))
        if chk:
            self.boxes.append((x, y, x + w, y + h, "<image>"))

    def check(self):
        bx = self.boxes
        for i in range(len(bx)):
            a = bx[i]
            assert -0.5 <= a[0] and a[2] <= self.w + 0.5, ("off page", a)
            for b in bx[i + 1 :]:
                if a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]:
                    raise AssertionError(f"text overlap: {a} / {b}")
            for x1, y1, x2, y2 in self.segs:
                if x1 == x2:
                    hit = a[0] < x1 < a[2] and min(y1, y2) < a[3] and a[1] < max(y1, y2)
                elif y1 == y2:
                    hit = a[1] < y1 < a[3] and min(x1, x2) < a[2] and a[0] < max(x1, x2)
                else:
                    hit = False
                if hit:
                    raise AssertionError(f"line crosses text: {a} / {(x1, y1, x2, y2)}")


def render(page, ppmm=8.0):
    page.check()
    W, H = int(round(page.w * ppmm)), int(round(page.h * ppmm))
    im = Image.new("RGB", (W, H), page.bg)
    dr = ImageDraw.Draw(im)
    for op in page.ops:
        kind = op[0]
        if kind == "text":
            _, x, y, s, font, size, color, rtl = op
            f = pil_font(font, size * PT * ppmm)
            kw = {"direction": "rtl"} if rtl else {}
            dr.text((x * ppmm, y * ppmm), s, font=f, fill=color, anchor="ls", **kw)
        elif kind == "poly":
            _, pts, width, color = op
            dr.line(
                [(px * ppmm, py * ppmm) for px, py in pts],
                fill=color,
                width=max(1, int(round(width * ppmm))),
                joint="curve",
            )
        elif kind == "rect":
            _, x, y, w, h, width, color, fill = op
            dr.rectangle(
                [x * ppmm, y * ppmm, (x + w) * ppmm, (y + h) * ppmm],
                fill=fill,
                outline=color if width else None,
                width=max(1, int(round(width * ppmm))) if width else 0,
            )
        elif kind == "ellipse":
            _, cx, cy, rx, ry, width, color, fill = op
            dr.ellipse(
                [(cx - rx) * ppmm, (cy - ry) * ppmm, (cx + rx) * ppmm, (cy + ry) * ppmm],
                outline=color,
                fill=fill,
                width=max(1, int(round(width * ppmm))),
            )
        elif kind == "image":
            _, x, y, w, h, img = op
            sub = img.convert("RGB").resize((int(w * ppmm), int(h * ppmm)), Image.LANCZOS)
            im.paste(sub, (int(x * ppmm), int(y * ppmm)))
    return im


def _rl_font(key):
    if key not in _rl_done:
        pdfmetrics.registerFont(TTFont(key, FONTS[key]))
        _rl_done.add(key)
    return key


def write_text_pdf(pages, path, title="", author=""):
    """Pages -> PDF with a text layer (what a bank or a payroll service emails)."""
    c = rl_canvas.Canvas(str(path), invariant=1, pagesize=(pages[0].w / PT, pages[0].h / PT))
    c.setTitle(title)
    c.setAuthor(author)
    for page in pages:
        page.check()
        c.setPageSize((page.w / PT, page.h / PT))
        H = page.h

        def P(x, y, H=H):
            return x / PT, (H - y) / PT

        if page.bg != (255, 255, 255):
            c.setFillColorRGB(*[v / 255 for v in page.bg])
            c.rect(0, 0, page.w / PT, page.h / PT, stroke=0, fill=1)
        for op in page.ops:
            kind = op[0]
            if kind == "text":
                _, x, y, s, font, size, color, rtl = op
                assert not rtl, "no RTL text in a text PDF"
                c.setFont(_rl_font(font), size)
                c.setFillColorRGB(*[v / 255 for v in color])
                c.drawString(*P(x, y), s)
            elif kind == "poly":
                _, pts, width, color = op
                c.setStrokeColorRGB(*[v / 255 for v in color])
                c.setLineWidth(width / PT)
                pth = c.beginPath()
                pth.moveTo(*P(*pts[0]))
                for pt in pts[1:]:
                    pth.lineTo(*P(*pt))
                c.drawPath(pth, stroke=1, fill=0)
            elif kind == "rect":
                _, x, y, w, h, width, color, fill = op
                if fill:
                    c.setFillColorRGB(*[v / 255 for v in fill])
                if width:
                    c.setStrokeColorRGB(*[v / 255 for v in color])
                    c.setLineWidth(width / PT)
                c.rect(
                    x / PT,
                    (H - y - h) / PT,
                    w / PT,
                    h / PT,
                    stroke=1 if width else 0,
                    fill=1 if fill else 0,
                )
            elif kind == "ellipse":
                _, cx, cy, rx, ry, width, color, fill = op
                c.setStrokeColorRGB(*[v / 255 for v in color])
                c.setLineWidth(width / PT)
                if fill:
                    c.setFillColorRGB(*[v / 255 for v in fill])
                c.ellipse(
                    (cx - rx) / PT,
                    (H - cy - ry) / PT,
                    (cx + rx) / PT,
                    (H - cy + ry) / PT,
                    stroke=1,
                    fill=1 if fill else 0,
                )
            elif kind == "image":
                _, x, y, w, h, img = op
                c.drawImage(
                    ImageReader(img.convert("RGB")), x / PT, (H - y - h) / PT, w / PT, h / PT
                )
        c.showPage()
    c.save()


# ---------------------------------------------------------------- looks


def _paper(img, rng, tint=(246, 244, 238), noise=5.0):
    a = np.asarray(img).astype(np.float32)
    t = np.array(tint, np.float32) / 255.0
    a = a * t
    a += rng.normal(0, noise, a.shape[:2])[..., None]
    return Image.fromarray(np.clip(a, 0, 255).astype(np.uint8))


def scan_look(img, rng, angle=None, dpi=200, src_ppmm=8.0):
    """Flatbed scan: resample to dpi, tiny skew, grey paper, noise, slight blur."""
    s = dpi / 25.4 / src_ppmm
    img = img.resize((int(img.width * s), int(img.height * s)), Image.LANCZOS)
    ang = rng.uniform(-1.2, 1.2) if angle is None else angle
    img = img.rotate(ang, resample=Image.BICUBIC, expand=False, fillcolor=(250, 250, 248))
    img = img.filter(ImageFilter.GaussianBlur(0.5))
    return _paper(img, rng, tint=tuple(int(v) for v in rng.integers(236, 250, 3)), noise=4.0)


def card_on_scanner(card, rng, dpi=200, src_ppmm=8.0, pos=(20, 25)):
    """An ID card or passport page laid on an A4 scanner glass."""
    page = Image.new("RGB", (int(210 * src_ppmm), int(297 * src_ppmm)), (255, 255, 255))
    sh = Image.new("RGB", card.size, (200, 200, 200))
    x, y = int(pos[0] * src_ppmm), int(pos[1] * src_ppmm)
    page.paste(sh, (x + 6, y + 6))
    page.paste(card, (x, y))
    return scan_look(page, rng, dpi=dpi, src_ppmm=src_ppmm)


def save_jpeg(img, path, q=82, dpi=None):
    kw = {"dpi": (dpi, dpi)} if dpi else {}
    img.convert("RGB").save(path, "JPEG", quality=q, optimize=False, **kw)


def write_image_pdf(imgs, path, rng, q=70):
    """Scanner PDF: each page an image (JPEG), no text layer."""
    w0, h0 = 210 / PT, 297 / PT
    c = rl_canvas.Canvas(str(path), invariant=1, pagesize=(w0, h0))
    c.setCreator("Canon iR-ADV C3525 / ScanFront")
    for im in imgs:
        buf = io.BytesIO()
        im.convert("RGB").save(buf, "JPEG", quality=q)
        buf.seek(0)
        ratio = im.height / im.width
        h = w0 * ratio
        c.setPageSize((w0, h))
        c.drawImage(ImageReader(buf), 0, 0, w0, h)
        c.showPage()
    c.save()


def phone_photo(img, rng, rot=0, long_side=4000, table=None, fill=0.78):
    """A page or card photographed on a table: perspective, shadow, cast, blur, rotation."""
    portrait = img.height >= img.width
    W, H = (3000, 4000) if portrait else (4000, 3000)
    if long_side != 4000:
        k = long_side / 4000
        W, H = int(W * k), int(H * k)
    tb = np.array(table or rng.integers(90, 170, 3), np.float32)
    yy, xx = np.mgrid[0:H, 0:W].astype(np.float32)
    grain = (np.sin(yy / rng.uniform(9, 25) + np.sin(xx / 300.0) * 3) * 8)[..., None]
    bg = tb[None, None, :] + grain + rng.normal(0, 3, (H, W, 1)).astype(np.float32)
    src = np.asarray(img.convert("RGB")).astype(np.float32)
    sh, sw = src.shape[:2]
    sc = min(W * fill / sw, H * fill / sh)
    cw, ch = sw * sc, sh * sc
    cx, cy = W / 2 + rng.uniform(-0.04, 0.04) * W, H / 2 + rng.uniform(-0.04, 0.04) * H
    j = lambda: rng.uniform(-0.035, 0.035) * min(W, H)  # noqa: E731
    top_shrink = rng.uniform(0.0, 0.07) * cw
    dst = np.float32(
        [
            [cx - cw / 2 + top_shrink + j(), cy - ch / 2 + j()],
            [cx + cw / 2 - top_shrink + j(), cy - ch / 2 + j()],
            [cx + cw / 2 + j(), cy + ch / 2 + j()],
            [cx - cw / 2 + j(), cy + ch / 2 + j()],
        ]
    )
    M = cv2.getPerspectiveTransform(np.float32([[0, 0], [sw, 0], [sw, sh], [0, sh]]), dst)
    warped = cv2.warpPerspective(src, M, (W, H), flags=cv2.INTER_AREA)
    mask = cv2.warpPerspective(np.ones((sh, sw), np.float32), M, (W, H), flags=cv2.INTER_LINEAR)
    shadow = cv2.GaussianBlur(np.roll(mask, (25, 30), (0, 1)), (0, 0), 25)
    bg *= (1 - 0.45 * shadow)[..., None]
    out = bg * (1 - mask[..., None]) + warped * mask[..., None]
    # uneven light + colour cast + vignetting + a soft hand shadow
    gx = np.linspace(rng.uniform(0.78, 0.95), rng.uniform(1.0, 1.08), W, dtype=np.float32)
    gy = np.linspace(rng.uniform(0.85, 1.05), rng.uniform(0.8, 1.0), H, dtype=np.float32)
    light = gy[:, None] * gx[None, :]
    r2 = ((xx - W / 2) / W) ** 2 + ((yy - H / 2) / H) ** 2
    light *= 1 - 0.35 * r2
    bx, by = rng.uniform(0.1, 0.9) * W, rng.uniform(0.1, 0.9) * H
    blob = np.exp(-(((xx - bx) / (0.25 * W)) ** 2 + ((yy - by) / (0.2 * H)) ** 2))
    light *= 1 - rng.uniform(0.05, 0.18) * blob
    cast = np.array([rng.uniform(0.97, 1.06), 1.0, rng.uniform(0.86, 0.98)], np.float32)
    out = out * light[..., None] * cast[None, None, :]
    out = cv2.GaussianBlur(out, (0, 0), rng.uniform(0.7, 1.6))
    out += rng.normal(0, 3.0, out.shape[:2])[..., None]
    res = Image.fromarray(np.clip(out, 0, 255).astype(np.uint8))
    if rot:
        res = res.rotate(rot, expand=True)
    return res


def stamp_round(page, cx, cy, r, ring_text, center_lines, color=(40, 70, 160), font="condb"):
    """A round rubber stamp: two rings, text around, lines in the centre (not checked)."""
    page.ellipse(cx, cy, r, r, 0.5, color)
    page.ellipse(cx, cy, r * 0.72, r * 0.72, 0.35, color)
    n = len(ring_text)
    size = r * 0.36 / PT
    for i, ch in enumerate(ring_text):
        a = math.pi + (i + 0.5) / n * 2 * math.pi * 0.92
        px, py = cx + math.cos(a) * r * 0.8, cy + math.sin(a) * r * 0.8
        page.text(px, py + size * PT * 0.35, ch, font, size, color, anchor="m", chk=False)
    for k, ln in enumerate(center_lines):
        page.text(
            cx,
            cy + (k - (len(center_lines) - 1) / 2) * r * 0.3 + r * 0.1,
            ln,
            font,
            size * 0.85,
            color,
            anchor="m",
            chk=False,
        )


def signature(page, x, y, w, h, rng, color=(20, 30, 90), width=0.45):
    """A pen signature drawn as polylines inside box (x, y, w, h)."""
    pts = []
    n = int(rng.integers(3, 6))
    for i in range(n * 12 + 1):
        t = i / (n * 12)
        px = x + t * w * 0.85 + math.sin(t * n * 2 * math.pi) * w * 0.05
        py = y + h * 0.55 + math.sin(t * n * 2 * math.pi + rng.uniform(0, 0.4)) * h * 0.35
        pts.append((px, py))
    page.poly(pts, width, color)
    page.poly([(x + w * 0.1, y + h * 0.8), (x + w * 0.95, y + h * 0.6)], width * 0.9, color)
    loop = [
        (x + w * 0.15 + math.cos(a / 8) * w * 0.08, y + h * 0.4 + math.sin(a / 8) * h * 0.4)
        for a in range(0, 51)
    ]
    page.poly(loop, width, color)


def person_photo(w_px, h_px, rng, skin=(150, 110, 80), bgc=(225, 228, 232)):
    im = Image.new("RGB", (w_px, h_px), bgc)
    d = ImageDraw.Draw(im)
    cx = w_px / 2
    d.ellipse(
        [cx - w_px * 0.45, h_px * 0.72, cx + w_px * 0.45, h_px * 1.3],
        fill=tuple(int(v) for v in rng.integers(30, 90, 3)),
    )
    d.rectangle([cx - w_px * 0.09, h_px * 0.55, cx + w_px * 0.09, h_px * 0.78], fill=skin)
    d.ellipse([cx - w_px * 0.24, h_px * 0.18, cx + w_px * 0.24, h_px * 0.66], fill=skin)
    hair = tuple(int(v) for v in rng.integers(10, 50, 3))
    d.chord([cx - w_px * 0.26, h_px * 0.12, cx + w_px * 0.26, h_px * 0.5], 180, 360, fill=hair)
    return im.filter(ImageFilter.GaussianBlur(1.2))


def guilloche(page, x, y, w, h, rng, color=(200, 215, 225), n=14):
    for k in range(n):
        ph = rng.uniform(0, 6.28)
        amp = rng.uniform(1.5, 4)
        per = rng.uniform(12, 30)
        pts = [
            (x + t, y + h * (k + 0.5) / n + amp * math.sin(t / per * 6.28 + ph))
            for t in np.linspace(0, w, 120)
        ]
        pts = [(px, min(max(py, y), y + h)) for px, py in pts]
        page.poly(pts, 0.15, color)
