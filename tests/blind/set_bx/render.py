"""Page model (mm, origin top-left, y = text baseline) rendered to PIL images or to a
reportlab text PDF, plus the 'looks': scan, phone photo, scanner PDF."""

from __future__ import annotations

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

T = "/usr/share/fonts/truetype/"
FONTS = {
    "sans": T + "liberation/LiberationSans-Regular.ttf",
    "sansb": T + "liberation/LiberationSans-Bold.ttf",
    "sansi": T + "liberation/LiberationSans-Italic.ttf",
    "narrow": T + "liberation/LiberationSansNarrow-Regular.ttf",
    "narrowb": T + "liberation/LiberationSansNarrow-Bold.ttf",
    "serif": T + "liberation/LiberationSerif-Regular.ttf",
    "serifb": T + "liberation/LiberationSerif-Bold.ttf",
    "serifi": T + "liberation/LiberationSerif-Italic.ttf",
    "mono": T + "liberation/LiberationMono-Regular.ttf",
    "dejavu": T + "dejavu/DejaVuSans.ttf",
    "dejavub": T + "dejavu/DejaVuSans-Bold.ttf",
    "lato": T + "lato/Lato-Regular.ttf",
    "latob": T + "lato/Lato-Bold.ttf",
    "open": T + "open-sans/OpenSans-Regular.ttf",
    "openb": T + "open-sans/OpenSans-Bold.ttf",
    "carlito": T + "crosextra/Carlito-Regular.ttf",
    "carlitob": T + "crosextra/Carlito-Bold.ttf",
    "roboto": T + "roboto/unhinted/RobotoCondensed-Regular.ttf",
    "robotob": T + "roboto/unhinted/RobotoCondensed-Bold.ttf",
    "freeserif": T + "freefont/FreeSerif.ttf",
    "cursive": T + "ecolier-court/Ecolier-court.ttf",
    "print": T + "humor-sans/Humor-Sans.ttf",
    "breip": T + "breip/Breip.ttf",
    "dkg": T + "fifthhorseman/dkg.ttf",
    "ruf": T + "rufscript/Rufscript010.ttf",
    "humor": T + "humor-sans/Humor-Sans.ttf",
    "ocrb": "/usr/share/fonts/opentype/ocr-b/OCRB.otf",
}
RL_FALLBACK = {"ocrb": "mono"}
_pil_cache: dict = {}
_rl_done: set = set()


def pil_font(name: str, px: float) -> ImageFont.FreeTypeFont:
    key = (name, int(round(px)))
    if key not in _pil_cache:
        _pil_cache[key] = ImageFont.truetype(FONTS[name], max(4, key[1]))
    return _pil_cache[key]


def rl_font(name: str) -> str:
    name = RL_FALLBACK.get(name, name)
    if name not in _rl_done:
        pdfmetrics.registerFont(TTFont("bx_" + name, FONTS[name]))
        _rl_done.add(name)
    return "bx_" + name


def text_width_mm(s: str, font: str, size_pt: float) -> float:
    f = pil_font(font, 200)
    return f.getlength(s) / 200 * size_pt * 25.4 / 72


PT = 25.4 / 72  # mm per point


class Page:
    def __init__(self, w=210.0, h=297.0, bg=(255, 255, 255)):
        self.w, self.h, self.bg = w, h, bg
        self.ops: list = []

    def text(self, x, y, s, font="sans", size=9, color=(0, 0, 0), anchor="l"):
        self.ops.append(("text", x, y, str(s), font, size, color, anchor))

    def para(self, x, y, s, width, font="sans", size=9, lead=1.3, color=(0, 0, 0)):
        """Word-wrapped paragraph; returns next y."""
        line = ""
        for word in s.split():
            trial = (line + " " + word).strip()
            if text_width_mm(trial, font, size) > width and line:
                self.text(x, y, line, font, size, color)
                y += size * PT * lead
                line = word
            else:
                line = trial
        if line:
            self.text(x, y, line, font, size, color)
            y += size * PT * lead
        return y

    def hand(self, x, y, s, seed, font="cursive", size=12, color=(25, 35, 120), anchor="l"):
        rng = random.Random(seed)
        f = pil_font(font, 200)
        scale = size * PT / 200
        total = f.getlength(s) * scale
        x0 = x - (total if anchor == "r" else total / 2 if anchor == "m" else 0)
        slope = rng.uniform(-0.012, 0.012)
        glyphs, cx = [], 0.0
        for ch in s:
            sz = size * rng.uniform(0.93, 1.07)
            dy = rng.gauss(0, 0.18) + slope * cx
            glyphs.append((ch, x0 + cx + rng.gauss(0, 0.06), y + dy, sz))
            cx += f.getlength(ch) * scale * rng.uniform(0.97, 1.04)
        self.ops.append(("hand", glyphs, font, color))

    def line(self, x1, y1, x2, y2, width=0.25, color=(0, 0, 0), dash=None):
        self.ops.append(("line", x1, y1, x2, y2, width, color, dash))

    def rect(self, x, y, w, h, width=0.25, stroke=(0, 0, 0), fill=None):
        self.ops.append(("rect", x, y, w, h, width, stroke, fill))

    def poly(self, pts, width=0.4, color=(20, 30, 110)):
        self.ops.append(("poly", pts, width, color))

    def image(self, x, y, w, h, img):
        self.ops.append(("image", x, y, w, h, img))

    def ellipse(self, x, y, w, h, width=0.4, stroke=(0, 0, 0), fill=None):
        self.ops.append(("ellipse", x, y, w, h, width, stroke, fill))

    def comb(self, x, y, n, cw=5.0, ch=6.0, width=0.2, color=(0, 0, 0)):
        for i in range(n):
            self.rect(x + i * cw, y, cw, ch, width, color)

    def sig(self, x, y, w, h, seed, color=(20, 30, 110), width=0.45):
        for stroke in signature_strokes(x, y, w, h, seed):
            self.poly(stroke, width, color)

    def stamp(self, cx, cy, r, lines, ring, seed, color=(40, 60, 150)):
        """Round rubber stamp: two circles, ring text, centre lines."""
        rng = random.Random(seed)
        self.ellipse(cx - r, cy - r, 2 * r, 2 * r, 0.5, color)
        self.ellipse(cx - r * 0.72, cy - r * 0.72, r * 1.44, r * 1.44, 0.3, color)
        n = len(ring)
        for i, ch in enumerate(ring):
            a = -math.pi + math.pi * 0.1 + i * (math.pi * 1.8 / max(1, n - 1)) * 0.55 * 2 / 1.1
            a = math.pi * (-0.95 + 1.9 * i / max(1, n - 1))
            px = cx + math.cos(a - math.pi / 2) * r * 0.86
            py = cy + math.sin(a - math.pi / 2) * r * 0.86 + 1.0
            self.text(px, py, ch, "sansb", r * 0.42, color, "m")
        for k, s in enumerate(lines):
            self.text(
                cx, cy + (k - (len(lines) - 1) / 2) * r * 0.35 + 1, s, "sansb", r * 0.3, color, "m"
            )
        _ = rng


def signature_strokes(x, y, w, h, seed):
    rng = random.Random(seed)
    strokes = []
    n_loops = rng.randint(4, 8)
    pts = []
    steps = 160
    amp = [rng.uniform(0.35, 1.0) for _ in range(n_loops + 1)]
    ph = rng.uniform(0, math.pi)
    r = rng.uniform(0.06, 0.11) * w
    for i in range(steps):
        t = i / (steps - 1)
        k = min(n_loops, int(t * n_loops))
        om = 2 * math.pi * n_loops * t + ph
        px = x + 0.05 * w + 0.8 * w * t + r * math.cos(om) * 0.6
        py = y + h * 0.55 - h * 0.38 * amp[k] * math.sin(om) - h * 0.1 * t
        pts.append((px + rng.gauss(0, 0.08), py + rng.gauss(0, 0.08)))
    strokes.append(pts)
    # a first capital-like upstroke
    cap = []
    for i in range(40):
        t = i / 39
        cap.append(
            (
                x + 0.02 * w + 0.12 * w * math.sin(t * math.pi) + rng.gauss(0, 0.05),
                y + h * (0.9 - 0.85 * t) + rng.gauss(0, 0.05),
            )
        )
    strokes.append(cap)
    # flourish underline
    fl = []
    y0 = y + h * rng.uniform(0.75, 0.92)
    for i in range(60):
        t = i / 59
        fl.append(
            (
                x + w * (0.95 - 0.9 * t) + rng.gauss(0, 0.05),
                y0 + h * 0.12 * math.sin(t * math.pi * rng.uniform(0.8, 1.4)),
            )
        )
    strokes.append(fl)
    return strokes


# ------------------------------------------------------------------ raster renderer
def to_image(page: Page, dpi=200) -> Image.Image:
    s = dpi / 25.4
    img = Image.new("RGB", (int(page.w * s), int(page.h * s)), page.bg)
    d = ImageDraw.Draw(img)
    for op in page.ops:
        kind = op[0]
        if kind == "text":
            _, x, y, txt, font, size, color, anchor = op
            f = pil_font(font, size * PT * s)
            d.text((x * s, y * s), txt, font=f, fill=color, anchor=anchor + "s")
        elif kind == "hand":
            _, glyphs, font, color = op
            for ch, gx, gy, sz in glyphs:
                d.text(
                    (gx * s, gy * s), ch, font=pil_font(font, sz * PT * s), fill=color, anchor="ls"
                )
        elif kind == "line":
            _, x1, y1, x2, y2, w, color, dash = op
            if dash:
                n = int(math.hypot(x2 - x1, y2 - y1) / (dash * 2)) or 1
                for i in range(n):
                    a, b = i / n, (i + 0.5) / n
                    d.line(
                        [
                            (s * (x1 + (x2 - x1) * a), s * (y1 + (y2 - y1) * a)),
                            (s * (x1 + (x2 - x1) * b), s * (y1 + (y2 - y1) * b)),
                        ],
                        fill=color,
                        width=max(1, round(w * s)),
                    )
            else:
                d.line([(x1 * s, y1 * s), (x2 * s, y2 * s)], fill=color, width=max(1, round(w * s)))
        elif kind == "rect":
            _, x, y, w, h, lw, stroke, fill = op
            d.rectangle(
                [x * s, y * s, (x + w) * s, (y + h) * s],
                fill=fill,
                outline=stroke,
                width=max(1, round(lw * s)) if stroke else 0,
            )
        elif kind == "ellipse":
            _, x, y, w, h, lw, stroke, fill = op
            d.ellipse(
                [x * s, y * s, (x + w) * s, (y + h) * s],
                fill=fill,
                outline=stroke,
                width=max(1, round(lw * s)),
            )
        elif kind == "poly":
            _, pts, w, color = op
            d.line(
                [(px * s, py * s) for px, py in pts],
                fill=color,
                width=max(1, round(w * s)),
                joint="curve",
            )
        elif kind == "image":
            _, x, y, w, h, im = op
            im2 = im.convert("RGB").resize((max(1, int(w * s)), max(1, int(h * s))))
            img.paste(im2, (int(x * s), int(y * s)))
    return img


# ------------------------------------------------------------------ reportlab renderer
def to_text_pdf(pages: list[Page], path: str, title="", author=""):
    c = canvas.Canvas(path, pagesize=(pages[0].w / PT, pages[0].h / PT), invariant=1)
    c.setTitle(title)
    c.setAuthor(author)
    for page in pages:
        c.setPageSize((page.w / PT, page.h / PT))
        H = page.h
        if page.bg != (255, 255, 255):
            c.setFillColorRGB(*[v / 255 for v in page.bg])
            c.rect(0, 0, page.w / PT, page.h / PT, stroke=0, fill=1)
        for op in page.ops:
            kind = op[0]
            if kind == "text":
                _, x, y, txt, font, size, color, anchor = op
                c.setFont(rl_font(font), size)
                c.setFillColorRGB(*[v / 255 for v in color])
                fn = {"l": c.drawString, "m": c.drawCentredString, "r": c.drawRightString}
                fn[anchor](x / PT, (H - y) / PT, txt)
            elif kind == "hand":
                _, glyphs, font, color = op
                c.setFillColorRGB(*[v / 255 for v in color])
                for ch, gx, gy, sz in glyphs:
                    c.setFont(rl_font(font), sz)
                    c.drawString(gx / PT, (H - gy) / PT, ch)
            elif kind == "line":
                _, x1, y1, x2, y2, w, color, dash = op
                c.setStrokeColorRGB(*[v / 255 for v in color])
                c.setLineWidth(w / PT)
                c.setDash(dash / PT, dash / PT) if dash else c.setDash()
                c.line(x1 / PT, (H - y1) / PT, x2 / PT, (H - y2) / PT)
                c.setDash()
            elif kind in ("rect", "ellipse"):
                _, x, y, w, h, lw, stroke, fill = op
                if stroke:
                    c.setStrokeColorRGB(*[v / 255 for v in stroke])
                if fill:
                    c.setFillColorRGB(*[v / 255 for v in fill])
                c.setLineWidth(lw / PT)
                fnc = c.rect if kind == "rect" else c.ellipse
                if kind == "rect":
                    fnc(
                        x / PT,
                        (H - y - h) / PT,
                        w / PT,
                        h / PT,
                        stroke=1 if stroke else 0,
                        fill=1 if fill else 0,
                    )
                else:
                    fnc(
                        x / PT,
                        (H - y - h) / PT,
                        (x + w) / PT,
                        (H - y) / PT,
                        stroke=1 if stroke else 0,
                        fill=1 if fill else 0,
                    )
            elif kind == "poly":
                _, pts, w, color = op
                c.setStrokeColorRGB(*[v / 255 for v in color])
                c.setLineWidth(w / PT)
                c.setLineCap(1)
                c.setLineJoin(1)
                p = c.beginPath()
                p.moveTo(pts[0][0] / PT, (H - pts[0][1]) / PT)
                for px, py in pts[1:]:
                    p.lineTo(px / PT, (H - py) / PT)
                c.drawPath(p, stroke=1, fill=0)
            elif kind == "image":
                _, x, y, w, h, im = op
                buf = io.BytesIO()
                im.convert("RGB").save(buf, "PNG")
                buf.seek(0)
                c.drawImage(ImageReader(buf), x / PT, (H - y - h) / PT, w / PT, h / PT)
        c.showPage()
    c.save()


# ------------------------------------------------------------------ looks
def _noise(arr, rng, sigma):
    return arr + rng.normal(0, sigma, arr.shape)


def scan_look(img: Image.Image, seed: int, angle=None, paper=None, grey=False) -> Image.Image:
    rng = np.random.default_rng(seed)
    r = random.Random(seed)
    a = np.asarray(img).astype(np.float32)
    tint = np.array(paper or (r.uniform(0.93, 0.98), r.uniform(0.92, 0.97), r.uniform(0.89, 0.95)))
    a = a * tint
    a = _noise(a, rng, r.uniform(2.0, 4.0))
    a = np.clip(a, 0, 255).astype(np.uint8)
    h, w = a.shape[:2]
    ang = angle if angle is not None else r.uniform(-0.9, 0.9)
    m = cv2.getRotationMatrix2D((w / 2, h / 2), ang, 1.0)
    bv = tuple(int(v) for v in (tint * 250))
    a = cv2.warpAffine(a, m, (w, h), flags=cv2.INTER_LINEAR, borderValue=bv)
    a = cv2.GaussianBlur(a, (0, 0), 0.55)
    out = Image.fromarray(a)
    if grey:
        out = out.convert("L").convert("RGB")
    return out


def place_on_a4(card: Image.Image, dpi: int, positions, bg=(255, 255, 255)) -> Image.Image:
    """Paste card images on an A4 sheet (a photocopy/scan of cards). positions in mm."""
    s = dpi / 25.4
    sheet = Image.new("RGB", (int(210 * s), int(297 * s)), bg)
    for im, (x, y, wmm) in zip(card, positions, strict=True):
        hmm = wmm * im.height / im.width
        sheet.paste(im.resize((int(wmm * s), int(hmm * s))), (int(x * s), int(y * s)))
    return sheet


def phone_look(img: Image.Image, seed: int, rot90=0, long_side=None, fill=0.82) -> Image.Image:
    rng = np.random.default_rng(seed)
    r = random.Random(seed)
    src = np.asarray(img.convert("RGB")).astype(np.uint8)
    sh, sw = src.shape[:2]
    L = long_side or r.randint(2900, 3600)
    portrait = sh >= sw
    W, H = (int(L * 0.75), L) if portrait else (L, int(L * 0.75))
    # table background
    base = np.array(
        r.choice([(120, 92, 64), (170, 165, 158), (95, 80, 70), (200, 190, 175)]), np.float32
    )
    low = cv2.resize(rng.normal(0, 1, (6, 8)).astype(np.float32), (W, H))
    bg = base[None, None, :] * (1 + 0.08 * low[..., None])
    bg = _noise(bg, rng, 6)
    scale = min(W * fill / sw, H * fill / sh)
    dw, dh = sw * scale, sh * scale
    ox, oy = (W - dw) / 2 + r.uniform(-0.04, 0.04) * W, (H - dh) / 2 + r.uniform(-0.04, 0.04) * H
    j = 0.045 * min(W, H)
    dst = np.float32(
        [
            [ox + r.uniform(-j, j), oy + r.uniform(-j, j)],
            [ox + dw + r.uniform(-j, j), oy + r.uniform(-j, j)],
            [ox + dw + r.uniform(-j, j), oy + dh + r.uniform(-j, j)],
            [ox + r.uniform(-j, j), oy + dh + r.uniform(-j, j)],
        ]
    )
    srcq = np.float32([[0, 0], [sw, 0], [sw, sh], [0, sh]])
    M = cv2.getPerspectiveTransform(srcq, dst)
    warped = cv2.warpPerspective(src, M, (W, H), flags=cv2.INTER_LINEAR)
    mask = cv2.warpPerspective(np.full((sh, sw), 255, np.uint8), M, (W, H))
    mask = cv2.GaussianBlur(mask, (0, 0), 1.2).astype(np.float32)[..., None] / 255
    # drop shadow of the sheet
    shadow = cv2.GaussianBlur(np.roll(mask[..., 0], (18, 14), (0, 1)), (0, 0), 18)[..., None]
    bg = bg * (1 - 0.35 * shadow)
    out = warped.astype(np.float32) * mask + bg * (1 - mask)
    # uneven light + hand/phone shadow
    yy, xx = np.mgrid[0:H, 0:W].astype(np.float32)
    ang = r.uniform(0, 2 * math.pi)
    grad = 1 + 0.12 * ((xx / W - 0.5) * math.cos(ang) + (yy / H - 0.5) * math.sin(ang))
    cx, cy = r.uniform(0.1, 0.9) * W, r.choice([-0.15, 1.15]) * H
    dist = np.sqrt((xx - cx) ** 2 + (yy - cy) ** 2) / max(W, H)
    blob = 1 - 0.28 * np.clip(1.1 - dist * 1.6, 0, 1)
    out = out * (grad * blob)[..., None]
    cast = np.array([r.uniform(1.0, 1.06), r.uniform(0.97, 1.02), r.uniform(0.86, 0.95)])
    out = out * cast
    out = _noise(out, rng, r.uniform(2.5, 4.5))
    out = np.clip(out, 0, 255).astype(np.uint8)
    out = cv2.GaussianBlur(out, (0, 0), r.uniform(0.7, 1.3))
    if rot90:
        out = np.ascontiguousarray(np.rot90(out, k=rot90 // 90))
    return Image.fromarray(out)


def save_jpeg(img: Image.Image, path: str, q=85, dpi=None):
    kw = {"quality": q, "optimize": False}
    if dpi:
        kw["dpi"] = (dpi, dpi)
    img.convert("RGB").save(path, "JPEG", **kw)


def image_pdf(images: list[Image.Image], path: str, q=70):
    c = canvas.Canvas(path, pagesize=(595.27, 841.89), invariant=1)
    c.setCreator("Canon MF Scan Utility")
    for im in images:
        w_pt = 595.27 if im.width < im.height else 841.89
        h_pt = w_pt * im.height / im.width
        c.setPageSize((w_pt, h_pt))
        buf = io.BytesIO()
        im.convert("RGB").save(buf, "JPEG", quality=q)
        buf.seek(0)
        c.drawImage(ImageReader(buf), 0, 0, w_pt, h_pt)
        c.showPage()
    c.save()


def face(
    seed: int, w=300, h=380, skin=(150, 105, 75), hair=(30, 25, 22), bg=(215, 225, 232), scarf=None
) -> Image.Image:
    r = random.Random(seed)
    im = Image.new("RGB", (w, h), bg)
    d = ImageDraw.Draw(im)
    cloth = r.choice([(40, 45, 60), (90, 30, 40), (60, 70, 60), (20, 20, 25)])
    d.ellipse([w * 0.05, h * 0.72, w * 0.95, h * 1.35], fill=cloth)
    d.rectangle([w * 0.42, h * 0.6, w * 0.58, h * 0.8], fill=skin)
    if scarf:
        d.ellipse([w * 0.2, h * 0.08, w * 0.8, h * 0.82], fill=scarf)
    else:
        d.ellipse([w * 0.24, h * 0.1, w * 0.76, h * 0.5], fill=hair)
    d.ellipse([w * 0.3, h * 0.18, w * 0.7, h * 0.68], fill=skin)
    for ex in (0.41, 0.59):
        d.ellipse([w * (ex - 0.03), h * 0.38, w * (ex + 0.03), h * 0.41], fill=(35, 25, 20))
    d.arc([w * 0.43, h * 0.5, w * 0.57, h * 0.58], 20, 160, fill=(90, 50, 45), width=3)
    return im.filter(ImageFilter.GaussianBlur(1.6))


def guilloche(page: Page, x, y, w, h, color, seed, n=18):
    r = random.Random(seed)
    for k in range(n):
        ph = r.uniform(0, 6.28)
        f = r.uniform(1.5, 4)
        pts = [
            (x + w * i / 80, y + h / 2 + h * 0.45 * math.sin(f * 6.28 * i / 80 + ph + k * 0.3))
            for i in range(81)
        ]
        page.poly(pts, 0.12, color)
