"""Drawing primitives for set_do: one page model, a PIL backend and a reportlab backend.

Coordinates are millimetres from the top-left corner; text y is the baseline.
"""

import io
import math
import unicodedata

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
    "serif": T + "liberation/LiberationSerif-Regular.ttf",
    "serifb": T + "liberation/LiberationSerif-Bold.ttf",
    "serifi": T + "liberation/LiberationSerif-Italic.ttf",
    "dv": T + "dejavu/DejaVuSans.ttf",
    "dvb": T + "dejavu/DejaVuSans-Bold.ttf",
    "cond": T + "dejavu/DejaVuSansCondensed.ttf",
    "condb": T + "dejavu/DejaVuSansCondensed-Bold.ttf",
    "mono": T + "dejavu/DejaVuSansMono.ttf",
    "monob": T + "dejavu/DejaVuSansMono-Bold.ttf",
    "carlito": T + "crosextra/Carlito-Regular.ttf",
    "carlitob": T + "crosextra/Carlito-Bold.ttf",
    "open": T + "open-sans/OpenSans-Regular.ttf",
    "openb": T + "open-sans/OpenSans-Bold.ttf",
    "lato": T + "lato/Lato-Regular.ttf",
    "latob": T + "lato/Lato-Bold.ttf",
    "roboto": T + "roboto/unhinted/RobotoTTF/Roboto-Regular.ttf",
    "robotob": T + "roboto/unhinted/RobotoTTF/Roboto-Bold.ttf",
    "robotom": T + "roboto/unhinted/RobotoTTF/Roboto-Medium.ttf",
    "freeserif": T + "freefont/FreeSerif.ttf",
    "hand": T + "breip/Breip.ttf",
    "handcaps": T + "humor-sans/Humor-Sans.ttf",
    "amiri": "/usr/share/fonts/opentype/fonts-hosny-amiri/Amiri-Regular.ttf",
    "amirib": "/usr/share/fonts/opentype/fonts-hosny-amiri/Amiri-Bold.ttf",
    # CJK only exists as a TrueType collection on this machine (PIL backend only).
    "jp": T + "wqy/wqy-zenhei.ttc",
}
PDF_OK = {k for k in FONTS if k not in ("jp", "amiri", "amirib")}
for _k in sorted(PDF_OK):
    pdfmetrics.registerFont(TTFont("F_" + _k, FONTS[_k]))

_CACHE = {}


def pil_font(key, px):
    k = (key, int(px))
    if k not in _CACHE:
        _CACHE[k] = ImageFont.truetype(FONTS[key], max(4, int(px)))
    return _CACHE[k]


def width_mm(text, font, size):
    if font in PDF_OK:
        return pdfmetrics.stringWidth(text, "F_" + font, size) * 25.4 / 72
    return pil_font(font, size * 10).getlength(text) / 10 * 25.4 / 72


def strip_accents(s):
    return "".join(c for c in unicodedata.normalize("NFD", s) if unicodedata.category(c) != "Mn")


class Page:
    def __init__(self, w=210.0, h=297.0, bg=(255, 255, 255)):
        self.w, self.h, self.bg, self.ops = w, h, bg, []

    def text(self, x, y, s, font="sans", size=9, color=(0, 0, 0), align="l"):
        self.ops.append(("t", x, y, str(s), font, size, color, align))

    def lines(self, x, y, rows, font="sans", size=9, lead=None, color=(0, 0, 0), align="l"):
        lead = lead or size * 0.45
        for i, r in enumerate(rows):
            self.text(x, y + i * lead, r, font, size, color, align)
        return y + len(rows) * lead

    def line(self, x1, y1, x2, y2, w=0.3, color=(0, 0, 0)):
        self.ops.append(("l", x1, y1, x2, y2, w, color))

    def rect(self, x, y, w, h, lw=0.3, stroke=(0, 0, 0), fill=None):
        self.ops.append(("r", x, y, w, h, lw, stroke, fill))

    def hand(self, x, y, s, size=13, color=(20, 30, 110), seed=0, font="hand"):
        self.ops.append(("h", x, y, str(s), size, color, seed, font))

    def sig(self, x, y, w, h, seed, color=(20, 30, 110)):
        self.ops.append(("s", x, y, w, h, seed, color))

    def stamp(self, cx, cy, r, outer, inner, color=(60, 70, 160), seed=0):
        self.ops.append(("st", cx, cy, r, outer, inner, color, seed))

    def photo(self, x, y, w, h, seed=0):
        self.ops.append(("p", x, y, w, h, seed))

    def ellipse(self, x, y, w, h, fill):
        self.ops.append(("e", x, y, w, h, fill))


def sig_points(seed, w, h):
    rng = np.random.default_rng(seed)
    n = 220
    t = np.linspace(0, 1, n)
    loops = rng.integers(4, 8)
    ph = rng.uniform(0, 6.28)
    x = t * w * 0.85 + np.sin(t * loops * 6.28 + ph) * w * 0.05
    amp = h * (0.25 + 0.15 * np.sin(t * 3.1 + ph))
    y = h * 0.5 - amp * np.sin(t * loops * 6.28 * 1.5 + ph * 0.5)
    pts = list(zip(x, y))
    fx = np.linspace(w * 0.05, w * 0.95, 40)
    fy = h * 0.78 + np.sin(np.linspace(0, 3.14, 40)) * h * 0.08 * rng.uniform(-1, 1)
    return [pts, list(zip(fx, fy))]


def render_pil(page, dpi=200):
    k = dpi / 25.4
    img = Image.new("RGB", (int(page.w * k), int(page.h * k)), page.bg)
    d = ImageDraw.Draw(img)
    for op in page.ops:
        kind = op[0]
        if kind == "t":
            _, x, y, s, font, size, color, align = op
            px = size / 72 * dpi
            f = pil_font(font, px)
            anchor = {"l": "ls", "r": "rs", "c": "ms"}[align]
            if font.startswith("amiri"):
                f = ImageFont.truetype(FONTS[font], int(px), layout_engine=ImageFont.Layout.RAQM)
                d.text((x * k, y * k), s, font=f, fill=color, anchor=anchor, direction="rtl")
            else:
                d.text((x * k, y * k), s, font=f, fill=color, anchor=anchor)
        elif kind == "l":
            _, x1, y1, x2, y2, w, color = op
            d.line([(x1 * k, y1 * k), (x2 * k, y2 * k)], fill=color, width=max(1, round(w * k)))
        elif kind == "r":
            _, x, y, w, h, lw, stroke, fill = op
            box = [x * k, y * k, (x + w) * k, (y + h) * k]
            if fill is not None:
                d.rectangle(box, fill=fill)
            if stroke is not None and lw > 0:
                d.rectangle(box, outline=stroke, width=max(1, round(lw * k)))
        elif kind == "e":
            _, x, y, w, h, fill = op
            d.ellipse([x * k, y * k, (x + w) * k, (y + h) * k], fill=fill)
        elif kind == "h":
            _draw_hand(img, d, op, k, dpi)
        elif kind == "s":
            _, x, y, w, h, seed, color = op
            for stroke in sig_points(seed, w, h):
                pts = [((x + a) * k, (y + b) * k) for a, b in stroke]
                d.line(pts, fill=color, width=max(2, round(0.35 * k)), joint="curve")
        elif kind == "st":
            _draw_stamp(img, op, k, dpi)
        elif kind == "p":
            _, x, y, w, h, seed = op
            d.rectangle([x * k, y * k, (x + w) * k, (y + h) * k], fill=(200, 205, 210))
            g = 70 + seed % 60
            d.ellipse(
                [(x + w * 0.28) * k, (y + h * 0.15) * k, (x + w * 0.72) * k, (y + h * 0.62) * k],
                fill=(g + 60, g + 40, g + 20),
            )
            d.ellipse(
                [(x + w * 0.08) * k, (y + h * 0.62) * k, (x + w * 0.92) * k, (y + h * 1.25) * k],
                fill=(g, g, g + 15),
            )
            d.rectangle([x * k, (y + h) * k, (x + w) * k, (y + h * 1.3) * k], fill=page.bg)
    return img


def _draw_hand(img, d, op, k, dpi):
    _, x, y, s, size, color, seed, font = op
    rng = np.random.default_rng(int(seed) + sum(map(ord, s)))
    px = size / 72 * dpi
    cx = x * k
    if font == "handcaps":
        s = strip_accents(s).upper()
    for ch in s:
        f = pil_font(font, px * rng.uniform(0.93, 1.07))
        dy = rng.normal(0, px * 0.03)
        d.text(
            (cx, y * k + dy),
            ch,
            font=f,
            fill=color,
            anchor="ls",
            stroke_width=1 if rng.random() < 0.5 else 0,
            stroke_fill=color,
        )
        cx += f.getlength(ch) * rng.uniform(0.96, 1.06)


def _draw_stamp(img, op, k, dpi):
    _, cx, cy, r, outer, inner, color, seed = op
    size = int(2 * r * k) + 8
    st = Image.new("RGBA", (size, size), (0, 0, 0, 0))
    d = ImageDraw.Draw(st)
    c = size / 2
    rr = r * k
    col = tuple(color) + (205,)
    d.ellipse([c - rr, c - rr, c + rr, c + rr], outline=col, width=max(2, int(0.5 * k)))
    d.ellipse(
        [c - rr * 0.68, c - rr * 0.68, c + rr * 0.68, c + rr * 0.68],
        outline=col,
        width=max(1, int(0.3 * k)),
    )
    f = pil_font("sansb", rr * 0.2)
    n = len(outer)
    for i, ch in enumerate(outer):
        a = math.pi * (1.1 + 1.8 * i / max(1, n - 1)) / 1.0 - math.pi * 0.45
        a = -math.pi / 2 - math.pi * 0.85 + 1.7 * math.pi * i / max(1, n - 1)
        px_, py_ = c + rr * 0.84 * math.cos(a), c + rr * 0.84 * math.sin(a)
        g = Image.new("RGBA", (int(rr * 0.3) + 4, int(rr * 0.3) + 4), (0, 0, 0, 0))
        ImageDraw.Draw(g).text((g.width / 2, g.height / 2), ch, font=f, fill=col, anchor="mm")
        g = g.rotate(-math.degrees(a) - 90, resample=Image.BICUBIC)
        st.alpha_composite(g, (int(px_ - g.width / 2), int(py_ - g.height / 2)))
    fi = pil_font("sansb", rr * 0.17)
    for j, row in enumerate(inner):
        d.text((c, c + (j - (len(inner) - 1) / 2) * rr * 0.24), row, font=fi, fill=col, anchor="mm")
    st = st.rotate((seed % 40) - 20, resample=Image.BICUBIC)
    img.paste(st, (int(cx * k - size / 2), int(cy * k - size / 2)), st)


def render_pdf(pages, path, title="document"):
    """text_pdf: every op drawn as vector text/lines (hand/sig/stamp as embedded images)."""
    first = pages[0]
    c = canvas.Canvas(path, pagesize=(first.w * 72 / 25.4, first.h * 72 / 25.4), invariant=1)
    c.setTitle(title)
    for page in pages:
        k = 72 / 25.4
        c.setPageSize((page.w * k, page.h * k))
        hh = page.h * k
        for op in page.ops:
            kind = op[0]
            if kind == "t":
                _, x, y, s, font, size, color, align = op
                c.setFillColorRGB(*[v / 255 for v in color])
                c.setFont("F_" + font, size)
                fn = {"l": c.drawString, "r": c.drawRightString, "c": c.drawCentredString}[align]
                fn(x * k, hh - y * k, s)
            elif kind == "l":
                _, x1, y1, x2, y2, w, color = op
                c.setStrokeColorRGB(*[v / 255 for v in color])
                c.setLineWidth(w * k)
                c.line(x1 * k, hh - y1 * k, x2 * k, hh - y2 * k)
            elif kind == "r":
                _, x, y, w, h, lw, stroke, fill = op
                if fill is not None:
                    c.setFillColorRGB(*[v / 255 for v in fill])
                if stroke is not None:
                    c.setStrokeColorRGB(*[v / 255 for v in stroke])
                    c.setLineWidth(lw * k)
                c.rect(
                    x * k,
                    hh - (y + h) * k,
                    w * k,
                    h * k,
                    stroke=int(stroke is not None and lw > 0),
                    fill=int(fill is not None),
                )
            elif kind == "e":
                _, x, y, w, h, fill = op
                c.setFillColorRGB(*[v / 255 for v in fill])
                c.ellipse(x * k, hh - y * k, (x + w) * k, hh - (y + h) * k, stroke=0, fill=1)
            else:
                sub = Page(page.w, page.h, (255, 255, 255))
                sub.ops = [op]
                im = render_pil(sub, 200).convert("L")
                bbox = Image.eval(im, lambda v: 255 - v).getbbox()
                if bbox:
                    full = render_pil(sub, 200).crop(bbox)
                    rgba = full.convert("RGBA")
                    a = np.array(rgba)
                    a[..., 3] = 255 - np.array(full.convert("L"))
                    rgba = Image.fromarray(a)
                    x0, y0 = bbox[0] / 200 * 25.4, bbox[1] / 200 * 25.4
                    wmm, hmm = full.width / 200 * 25.4, full.height / 200 * 25.4
                    c.drawImage(
                        ImageReader(rgba),
                        x0 * k,
                        hh - (y0 + hmm) * k,
                        wmm * k,
                        hmm * k,
                        mask="auto",
                    )
        c.showPage()
    c.save()


# ---------------------------------------------------------------- looks


def _noise(a, rng, sigma):
    return np.clip(a + rng.normal(0, sigma, a.shape), 0, 255)


def scan(img, rng, dpi_out=200, dpi_in=200, grey=True):
    """Flatbed scan: grey-ish paper, slight skew, noise."""
    if dpi_out != dpi_in:
        img = img.resize(
            (int(img.width * dpi_out / dpi_in), int(img.height * dpi_out / dpi_in)), Image.LANCZOS
        )
    ang = rng.uniform(-0.9, 0.9)
    img = img.rotate(ang, resample=Image.BICUBIC, expand=False, fillcolor=(246, 246, 244))
    a = np.asarray(img).astype(np.float32)
    tint = np.array([rng.uniform(232, 246)] * 3) if grey else np.array([250, 250, 250])
    a = a / 255 * tint + rng.uniform(0, 8)
    a = _noise(a, rng, 3.5)
    out = Image.fromarray(a.astype(np.uint8)).filter(ImageFilter.GaussianBlur(0.45))
    return out


def jpeg_bytes(img, q=82):
    b = io.BytesIO()
    img.save(b, "JPEG", quality=q, optimize=False)
    return b.getvalue()


def save_jpeg(img, path, q=84, dpi=None):
    img.save(path, "JPEG", quality=q, dpi=(dpi, dpi) if dpi else (72, 72))


def image_pdf(imgs, path, dpi=200):
    """Scanner PDF: JPEG pages, no text layer."""
    c = canvas.Canvas(path, invariant=1)
    for im in imgs:
        w, h = im.width * 72 / dpi, im.height * 72 / dpi
        c.setPageSize((w, h))
        c.drawImage(ImageReader(io.BytesIO(jpeg_bytes(im, 78))), 0, 0, w, h)
        c.showPage()
    c.save()


def phone_photo(img, rng, rot=0, long_side=3264, fill=0.78):
    """A phone photo of a page or card lying on a table."""
    src = np.asarray(img.convert("RGB"))
    h, w = src.shape[:2]
    portrait = h >= w
    cw, ch = (3, 4) if portrait else (4, 3)
    scale = long_side / max(cw, ch)
    W, H = int(cw * scale), int(ch * scale)
    s = min(W / w, H / h) * fill
    pw, ph = w * s, h * s
    ox, oy = (
        (W - pw) / 2 + rng.uniform(-0.04, 0.04) * W,
        (H - ph) / 2 + rng.uniform(-0.04, 0.04) * H,
    )
    j = 0.045
    dst = np.float32(
        [
            [ox + rng.uniform(-j, j) * pw, oy + rng.uniform(-j, j) * ph],
            [ox + pw + rng.uniform(-j, j) * pw, oy + rng.uniform(-j, j) * ph],
            [ox + pw + rng.uniform(-j, j) * pw, oy + ph + rng.uniform(-j, j) * ph],
            [ox + rng.uniform(-j, j) * pw, oy + ph + rng.uniform(-j, j) * ph],
        ]
    )
    M = cv2.getPerspectiveTransform(np.float32([[0, 0], [w, 0], [w, h], [0, h]]), dst)
    warped = cv2.warpPerspective(src, M, (W, H), flags=cv2.INTER_LINEAR)
    mask = cv2.warpPerspective(np.full((h, w), 255, np.uint8), M, (W, H))
    base = np.array([rng.uniform(90, 150), rng.uniform(70, 120), rng.uniform(50, 90)])
    yy, xx = np.mgrid[0:H, 0:W].astype(np.float32)
    grain = (np.sin(xx / rng.uniform(9, 20) + np.sin(yy / 140) * 3) * 10)[..., None]
    table = np.clip(base + grain, 0, 255)
    m = (mask.astype(np.float32) / 255)[..., None]
    sh = cv2.GaussianBlur(np.roll(mask, (int(H * 0.01), int(W * 0.012)), (0, 1)), (0, 0), 25)
    table = table * (1 - 0.45 * (sh.astype(np.float32) / 255)[..., None])
    out = warped * m + table * (1 - m)
    gx, gy = rng.uniform(-1, 1), rng.uniform(-1, 1)
    light = 1.0 + 0.16 * ((xx / W - 0.5) * gx + (yy / H - 0.5) * gy)
    out = out * light[..., None]
    cast = np.array([rng.uniform(0.96, 1.05), 1.0, rng.uniform(0.88, 0.99)])
    out = _noise(out * cast, rng, 4.0).astype(np.uint8)
    out = cv2.GaussianBlur(out, (0, 0), rng.uniform(0.8, 1.4))
    if rot:
        out = np.ascontiguousarray(np.rot90(out, k=-(rot // 90)))
    return Image.fromarray(out)


def on_a4(cards, dpi=200, gap=12):
    """Photocopy layout: card images (rendered at dpi) placed on an A4 sheet."""
    k = dpi / 25.4
    sheet = Image.new("RGB", (int(210 * k), int(297 * k)), (255, 255, 255))
    y = int(25 * k)
    for im in cards:
        sheet.paste(im, (int(30 * k), y))
        y += im.height + int(gap * k)
    return sheet
