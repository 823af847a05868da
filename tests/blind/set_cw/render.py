"""Page model, renderers (Pillow / reportlab) and capture looks for set_cw."""

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

_T = "/usr/share/fonts/truetype/"
FONTS = {
    "sans": _T + "dejavu/DejaVuSans.ttf",
    "sansb": _T + "dejavu/DejaVuSans-Bold.ttf",
    "lib": _T + "liberation/LiberationSans-Regular.ttf",
    "libb": _T + "liberation/LiberationSans-Bold.ttf",
    "narrow": _T + "liberation/LiberationSansNarrow-Regular.ttf",
    "serif": _T + "liberation/LiberationSerif-Regular.ttf",
    "serifb": _T + "liberation/LiberationSerif-Bold.ttf",
    "mono": _T + "liberation/LiberationMono-Regular.ttf",
    "ocr": _T + "freefont/FreeMono.ttf",
    "roboto": _T + "roboto/unhinted/RobotoTTF/Roboto-Regular.ttf",
    "robotob": _T + "roboto/unhinted/RobotoTTF/Roboto-Bold.ttf",
    "open": _T + "open-sans/OpenSans-Regular.ttf",
    "openb": _T + "open-sans/OpenSans-Bold.ttf",
    "lato": _T + "lato/Lato-Regular.ttf",
    "latob": _T + "lato/Lato-Bold.ttf",
    "carlito": _T + "crosextra/Carlito-Regular.ttf",
    "carlitob": _T + "crosextra/Carlito-Bold.ttf",
    "h_ecolier": _T + "ecolier-court/Ecolier-court.ttf",
    "h_femke": _T + "femkeklaver/femkeklaver.ttf",
    "h_breip": _T + "breip/Breip.ttf",
    "h_dkg": _T + "fifthhorseman/dkgIt.ttf",
    "s_ruf": _T + "rufscript/Rufscript010.ttf",
    "s_dkg": _T + "fifthhorseman/dkgBI.ttf",
    "arabic": "/usr/share/fonts/opentype/fonts-hosny-amiri/Amiri-Regular.ttf",
}
_REG = set()
_PILF = {}


def pil_font(key, px):
    k = (key, int(px))
    if k not in _PILF:
        _PILF[k] = ImageFont.truetype(FONTS[key], max(1, int(px)))
    return _PILF[k]


def rl_font(key):
    if key not in _REG:
        pdfmetrics.registerFont(TTFont("F_" + key, FONTS[key]))
        _REG.add(key)
    return "F_" + key


def text_width_mm(s, key, pt):
    return pdfmetrics.stringWidth(s, rl_font(key), pt) * 25.4 / 72


class Page:
    """A page drawn in millimetres from the top-left corner; y of text is its baseline."""

    def __init__(self, w=210.0, h=297.0, bg=(255, 255, 255)):
        self.w, self.h, self.bg, self.ops = w, h, bg, []
        self.fields = []

    def text(self, x, y, s, pt=9, f="sans", c=(0, 0, 0), a="l"):
        self.ops.append(("text", x, y, str(s), pt, f, c, a))

    def hand(self, x, y, s, pt, rng, f="h_ecolier", c=(20, 30, 120), a="l"):
        """Handwriting: each glyph placed with jitter (position, size)."""
        if a != "l":
            w = text_width_mm(s, f, pt)
            x -= w if a == "r" else w / 2
        cx = x
        for ch in str(s):
            p = pt * (1 + rng.uniform(-0.06, 0.06))
            self.ops.append(
                (
                    "text",
                    cx + rng.uniform(-0.2, 0.2),
                    y + rng.uniform(-0.35, 0.35),
                    ch,
                    p,
                    f,
                    c,
                    "l",
                )
            )
            cx += text_width_mm(ch, f, p) * rng.uniform(0.97, 1.06)
        return cx

    def comb(self, x, y, n, cw, ch_h, lw=0.25, c=(0, 0, 0)):
        self.rect(x, y, n * cw, ch_h, lw, c)
        for i in range(1, n):
            self.line(x + i * cw, y + ch_h * 0.45, x + i * cw, y + ch_h, lw, c)

    def comb_hand(self, x, y, cw, ch_h, s, rng, pt=11, f="h_ecolier"):
        for i, ch in enumerate(s):
            if ch != " ":
                self.hand(x + i * cw + cw / 2, y + ch_h - 1.0, ch, pt, rng, f, a="c")

    def line(self, x1, y1, x2, y2, lw=0.3, c=(0, 0, 0), dash=None):
        self.ops.append(("line", x1, y1, x2, y2, lw, c, dash))

    def rect(self, x, y, w, h, lw=0.3, c=(0, 0, 0), fill=None):
        self.ops.append(("rect", x, y, w, h, lw, c, fill))

    def image(self, x, y, w, h, img):
        self.ops.append(("image", x, y, w, h, img))

    def para(self, x, y, s, width, pt=8.5, f="sans", c=(0, 0, 0), lead=1.35):
        """Wrapped paragraph; returns the y below it."""
        words, line_s = s.split(), ""
        step = pt * lead * 25.4 / 72
        for wd in words:
            t = (line_s + " " + wd).strip()
            if text_width_mm(t, f, pt) > width and line_s:
                self.text(x, y, line_s, pt, f, c)
                y += step
                line_s = wd
            else:
                line_s = t
        if line_s:
            self.text(x, y, line_s, pt, f, c)
            y += step
        return y

    def field(self, kind, name, x, y, w, h, value):
        self.fields.append((kind, name, x, y, w, h, value))


def render(page, dpi=200):
    s = dpi / 25.4
    img = Image.new("RGB", (int(page.w * s), int(page.h * s)), page.bg)
    d = ImageDraw.Draw(img)
    for op in page.ops:
        k = op[0]
        if k == "text":
            _, x, y, t, pt, f, c, a = op
            anchor = {"l": "ls", "r": "rs", "c": "ms"}[a]
            d.text((x * s, y * s), t, fill=c, font=pil_font(f, pt * dpi / 72), anchor=anchor)
        elif k == "line":
            _, x1, y1, x2, y2, lw, c, dash = op
            w = max(1, round(lw * s))
            if dash:
                n = int(math.hypot(x2 - x1, y2 - y1) / (dash * 2)) or 1
                for i in range(n):
                    t0, t1 = i / n, (i + 0.5) / n
                    d.line(
                        [
                            (s * (x1 + (x2 - x1) * t0), s * (y1 + (y2 - y1) * t0)),
                            (s * (x1 + (x2 - x1) * t1), s * (y1 + (y2 - y1) * t1)),
                        ],
                        c,
                        w,
                    )
            else:
                d.line([(x1 * s, y1 * s), (x2 * s, y2 * s)], fill=c, width=w)
        elif k == "rect":
            _, x, y, w, h, lw, c, fill = op
            d.rectangle(
                [x * s, y * s, (x + w) * s, (y + h) * s],
                fill=fill,
                outline=c if lw else None,
                width=max(1, round(lw * s)) if lw else 0,
            )
        elif k == "image":
            _, x, y, w, h, im = op
            im2 = im.resize((max(1, int(w * s)), max(1, int(h * s))), Image.LANCZOS)
            if im2.mode == "RGBA":
                img.paste(im2, (int(x * s), int(y * s)), im2)
            else:
                img.paste(im2.convert("RGB"), (int(x * s), int(y * s)))
    for kind, _n, x, y, w, h, value in page.fields:  # printed form: values as typed
        if kind == "text" and value:
            d.text(
                ((x + 1) * s, (y + h - 1.2) * s),
                value,
                fill=(0, 0, 0),
                font=pil_font("lib", 9 * dpi / 72),
                anchor="ls",
            )
        elif kind == "check" and value:
            d.text(
                ((x + w / 2) * s, (y + h - 0.6) * s),
                "X",
                fill=(0, 0, 0),
                font=pil_font("lib", 9 * dpi / 72),
                anchor="ms",
            )
    return img


def write_pdf(path, pages, title=None, appearance=True):
    """Text PDF with reportlab (invariant); AcroForm fields when the pages carry some."""
    c = canvas.Canvas(
        str(path), invariant=1, pagesize=(pages[0].w * 72 / 25.4, pages[0].h * 72 / 25.4)
    )
    if title:
        c.setTitle(title)
    k = 72 / 25.4
    for pg in pages:
        c.setPageSize((pg.w * k, pg.h * k))
        for op in pg.ops:
            t = op[0]
            if t == "text":
                _, x, y, s, pt, f, col, a = op
                c.setFillColorRGB(*[v / 255 for v in col])
                c.setFont(rl_font(f), pt)
                fn = {"l": c.drawString, "r": c.drawRightString, "c": c.drawCentredString}[a]
                fn(x * k, (pg.h - y) * k, s)
            elif t == "line":
                _, x1, y1, x2, y2, lw, col, dash = op
                c.setStrokeColorRGB(*[v / 255 for v in col])
                c.setLineWidth(lw * k)
                c.setDash([dash * k, dash * k] if dash else [])
                c.line(x1 * k, (pg.h - y1) * k, x2 * k, (pg.h - y2) * k)
                c.setDash([])
            elif t == "rect":
                _, x, y, w, h, lw, col, fill = op
                if fill:
                    c.setFillColorRGB(*[v / 255 for v in fill])
                c.setStrokeColorRGB(*[v / 255 for v in col])
                c.setLineWidth(max(lw, 0.01) * k)
                c.rect(
                    x * k,
                    (pg.h - y - h) * k,
                    w * k,
                    h * k,
                    stroke=1 if lw else 0,
                    fill=1 if fill else 0,
                )
            elif t == "image":
                _, x, y, w, h, im = op
                c.drawImage(ImageReader(im), x * k, (pg.h - y - h) * k, w * k, h * k, mask="auto")
        for kind, name, x, y, w, h, value in pg.fields:
            if kind == "text":
                c.acroForm.textfield(
                    name=name,
                    value=value or "",
                    x=x * k,
                    y=(pg.h - y - h) * k,
                    width=w * k,
                    height=h * k,
                    fontSize=9,
                    borderWidth=0,
                    fillColor=None,
                    fontName="Helvetica",
                )
            else:
                c.acroForm.checkbox(
                    name=name,
                    checked=bool(value),
                    x=x * k,
                    y=(pg.h - y - h) * k,
                    size=min(w, h) * k,
                    borderWidth=0.5,
                    buttonStyle="cross",
                )
        c.showPage()
    c.save()


def image_pdf(path, imgs, rng, page_mm=(210, 297)):
    """Scanner PDF: each page a JPEG, no text layer."""
    k = 72 / 25.4
    c = canvas.Canvas(str(path), invariant=1, pagesize=(page_mm[0] * k, page_mm[1] * k))
    for im in imgs:
        b = io.BytesIO()
        im.convert("RGB").save(b, "JPEG", quality=rng.randint(72, 86))
        b.seek(0)
        c.drawImage(ImageReader(b), 0, 0, page_mm[0] * k, page_mm[1] * k)
        c.showPage()
    c.save()


def save_jpg(img, path, rng, q=(78, 90)):
    img.convert("RGB").save(path, "JPEG", quality=rng.randint(*q))


# ---------------------------------------------------------------- strokes and stamps
def signature(name, rng, w_px=520, h_px=200, col=(15, 25, 110)):
    """Pen strokes: a script-font name with per-glyph jitter plus a jittered flourish."""
    im = Image.new("RGBA", (w_px, h_px), (0, 0, 0, 0))
    d = ImageDraw.Draw(im)
    f = pil_font(rng.choice(["s_ruf", "s_dkg", "h_femke"]), h_px * rng.uniform(0.36, 0.46))
    x, y0 = w_px * 0.06, h_px * 0.62
    for ch in name:
        y = y0 + rng.uniform(-4, 4) - (x / w_px) * rng.uniform(0, 18)
        d.text((x, y), ch, fill=col + (255,), font=f, anchor="ls")
        x += d.textlength(ch, font=f) * rng.uniform(0.82, 0.98)
        if x > w_px * 0.8:
            break
    pts, n = [], 40
    a, b = rng.uniform(0.15, 0.35), rng.uniform(0.7, 0.95)
    for i in range(n + 1):
        t = i / n
        px = w_px * (a + (b - a) * t)
        py = h_px * (0.72 + 0.12 * math.sin(t * math.pi * rng.uniform(1.4, 2.4))) + rng.uniform(
            -1.5, 1.5
        )
        pts.append((px, py))
    d.line(pts, fill=col + (255,), width=max(2, h_px // 70), joint="curve")
    return im.filter(ImageFilter.GaussianBlur(0.6))


def stamp(lines_round, center_lines, rng, size=300, col=(40, 60, 160), rect=False):
    """An ink stamp: round (text around a ring) or rectangular, partly faded, rotated."""
    im = Image.new("RGBA", (size, size), (0, 0, 0, 0))
    d = ImageDraw.Draw(im)
    c = col + (int(rng.uniform(170, 230)),)
    if rect:
        d.rectangle([6, size * 0.2, size - 6, size * 0.8], outline=c, width=5)
        f = pil_font("sansb", size * 0.075)
        y = size * 0.3
        for ln in [*lines_round, *center_lines]:
            d.text((size / 2, y), ln, fill=c, font=f, anchor="mm")
            y += size * 0.1
    else:
        d.ellipse([4, 4, size - 4, size - 4], outline=c, width=5)
        d.ellipse([size * 0.18, size * 0.18, size * 0.82, size * 0.82], outline=c, width=3)
        f = pil_font("sansb", size * 0.07)
        txt = "  ".join(lines_round) + "  *"
        n = len(txt)
        for i, ch in enumerate(txt):
            ang = -math.pi / 2 + 2 * math.pi * i / n
            r = size * 0.40
            chim = Image.new("RGBA", (40, 40), (0, 0, 0, 0))
            ImageDraw.Draw(chim).text((20, 20), ch, fill=c, font=f, anchor="mm")
            chim = chim.rotate(-math.degrees(ang) - 90, resample=Image.BICUBIC)
            im.alpha_composite(
                chim,
                (int(size / 2 + r * math.cos(ang) - 20), int(size / 2 + r * math.sin(ang) - 20)),
            )
        f2 = pil_font("sansb", size * 0.065)
        y = size / 2 - (len(center_lines) - 1) * size * 0.045
        for ln in center_lines:
            d.text((size / 2, y), ln, fill=c, font=f2, anchor="mm")
            y += size * 0.09
    im = im.rotate(rng.uniform(-25, 25), resample=Image.BICUBIC)
    a = np.array(im)
    noise = np.array([[rng.random() for _ in range(8)] for _ in range(8)], dtype=np.float32)
    noise = cv2.resize(noise, (size, size)) * 0.6 + 0.4
    a[..., 3] = (a[..., 3] * noise).astype(np.uint8)
    return Image.fromarray(a)


def arabic(text, pt_px, rng, col=(10, 10, 10), hand=False):
    """Arabic / Persian text shaped by raqm with the Amiri font, as a transparent image."""
    f = pil_font("arabic", pt_px)
    d0 = ImageDraw.Draw(Image.new("RGBA", (10, 10)))
    l_, t_, r_, b_ = d0.textbbox((0, 0), text, font=f, direction="rtl", anchor="ls")
    im = Image.new("RGBA", (r_ - l_ + 8, b_ - t_ + 8), (0, 0, 0, 0))
    ImageDraw.Draw(im).text(
        (4 - l_, 4 - t_), text, font=f, fill=col + (255,), direction="rtl", anchor="ls"
    )
    if hand:
        im = im.rotate(rng.uniform(-1.5, 1.5), resample=Image.BICUBIC, expand=True)
    return im


def photo_face(rng, w=350, h=450, bg=(225, 228, 232)):
    """A neutral ID photo placeholder: head and shoulders in flat tones."""
    im = Image.new("RGB", (w, h), bg)
    d = ImageDraw.Draw(im)
    skin = rng.choice([(120, 80, 55), (160, 115, 85), (200, 160, 130), (95, 62, 45)])
    hair = rng.choice([(20, 15, 10), (40, 30, 20), (60, 45, 30)])
    d.ellipse(
        [w * 0.08, h * 0.72, w * 0.92, h * 1.3],
        fill=rng.choice([(40, 40, 60), (70, 60, 50), (30, 50, 80)]),
    )
    d.rectangle([w * 0.42, h * 0.55, w * 0.58, h * 0.78], fill=skin)
    d.ellipse([w * 0.26, h * 0.12, w * 0.74, h * 0.66], fill=hair)
    d.ellipse([w * 0.30, h * 0.2, w * 0.70, h * 0.68], fill=skin)
    for ex in (0.41, 0.59):
        d.ellipse([w * ex - 8, h * 0.4 - 4, w * ex + 8, h * 0.4 + 4], fill=(30, 20, 15))
    d.line([(w * 0.44, h * 0.56), (w * 0.56, h * 0.56)], fill=(90, 40, 40), width=3)
    return im.filter(ImageFilter.GaussianBlur(1.2))


# ---------------------------------------------------------------- looks
def _noise(a, rng, sigma):
    g = np.random.default_rng(rng.randint(0, 2**31))
    return np.clip(a + g.normal(0, sigma, a.shape), 0, 255)


def scan_look(img, rng, paper=(242, 240, 234)):
    """Flatbed scan: paper tone, small skew, noise, slight blur."""
    a = np.asarray(img.convert("RGB"), dtype=np.float32)
    tone = np.array(paper, dtype=np.float32) / 255.0
    a = a * tone
    a = _noise(a, rng, rng.uniform(2.5, 5))
    im = Image.fromarray(a.astype(np.uint8))
    ang = rng.uniform(-1.1, 1.1)
    im = im.rotate(ang, resample=Image.BICUBIC, fillcolor=tuple(int(v * 0.97) for v in paper))
    return im.filter(ImageFilter.GaussianBlur(rng.uniform(0.3, 0.7)))


def phone_look(img, rng, long_side=None, rot=0, table=None):
    """Phone photo of a sheet or card on a table: perspective, shadow, cast, blur."""
    long_side = long_side or rng.choice([3024, 3264, 4000])
    short = int(long_side * 0.75)
    W, H = short, long_side
    src = np.asarray(img.convert("RGB"), dtype=np.float32)
    h0, w0 = src.shape[:2]
    scale = min(W * rng.uniform(0.72, 0.86) / w0, H * rng.uniform(0.72, 0.86) / h0)
    pw, ph = w0 * scale, h0 * scale
    cx, cy = W / 2 + rng.uniform(-0.05, 0.05) * W, H / 2 + rng.uniform(-0.04, 0.04) * H
    j = lambda: rng.uniform(-0.035, 0.035) * W
    dst = np.float32(
        [
            [cx - pw / 2 + j(), cy - ph / 2 + j()],
            [cx + pw / 2 + j(), cy - ph / 2 + j()],
            [cx + pw / 2 + j(), cy + ph / 2 + j()],
            [cx - pw / 2 + j(), cy + ph / 2 + j()],
        ]
    )
    M = cv2.getPerspectiveTransform(np.float32([[0, 0], [w0, 0], [w0, h0], [0, h0]]), dst)
    table = table or rng.choice([(120, 85, 55), (185, 180, 170), (70, 70, 75), (150, 120, 90)])
    bg = np.empty((H, W, 3), np.float32)
    bg[:] = table
    g = np.random.default_rng(rng.randint(0, 2**31))
    grain = cv2.resize(g.normal(0, 1, (H // 16, W // 16)).astype(np.float32), (W, H))
    bg += grain[..., None] * 9
    warped = cv2.warpPerspective(src, M, (W, H), flags=cv2.INTER_LINEAR)
    mask = cv2.warpPerspective(np.ones((h0, w0), np.float32), M, (W, H))
    sh = cv2.GaussianBlur(np.roll(np.roll(mask, 18, 0), 14, 1), (0, 0), 25)
    bg *= (1 - 0.45 * sh)[..., None]
    out = bg * (1 - mask[..., None]) + warped * mask[..., None]
    yy, xx = np.mgrid[0:H, 0:W].astype(np.float32)
    ang = rng.uniform(0, 2 * math.pi)
    grad = (xx / W - 0.5) * math.cos(ang) + (yy / H - 0.5) * math.sin(ang)
    light = 1.0 - rng.uniform(0.12, 0.28) * (grad + 0.5)
    out *= light[..., None]
    cast = np.array([rng.uniform(0.95, 1.05), rng.uniform(0.96, 1.02), rng.uniform(0.86, 0.98)])
    out = _noise(out * cast, rng, 3.0)
    out = cv2.GaussianBlur(out.astype(np.uint8), (0, 0), rng.uniform(0.8, 1.6))
    im = Image.fromarray(out)
    if rot:
        im = im.rotate(rot, expand=True)
    return im


def pages_sheet(cards, rng, dpi=200, w=210, h=297):
    """Photocopy of cards (images, width mm) placed on an A4 sheet, one under another."""
    pg = Page(w, h)
    y = 20 + rng.uniform(0, 10)
    for im, wmm in cards:
        hmm = wmm * im.height / im.width
        pg.image(25 + rng.uniform(0, 15), y, wmm, hmm, im)
        y += hmm + 15
    return render(pg, dpi)
