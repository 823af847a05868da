"""Shared helpers for set_cj: check digits, a tiny page model, two renderers and the looks."""

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
    "sansi": _T + "dejavu/DejaVuSans-Oblique.ttf",
    "cond": _T + "dejavu/DejaVuSansCondensed.ttf",
    "condb": _T + "dejavu/DejaVuSansCondensed-Bold.ttf",
    "serif": _T + "liberation/LiberationSerif-Regular.ttf",
    "serifb": _T + "liberation/LiberationSerif-Bold.ttf",
    "serifi": _T + "liberation/LiberationSerif-Italic.ttf",
    "arial": _T + "liberation/LiberationSans-Regular.ttf",
    "arialb": _T + "liberation/LiberationSans-Bold.ttf",
    "mono": _T + "dejavu/DejaVuSansMono.ttf",
    "courier": _T + "liberation/LiberationMono-Regular.ttf",
    "roboto": _T + "roboto/unhinted/RobotoTTF/Roboto-Regular.ttf",
    "robotob": _T + "roboto/unhinted/RobotoTTF/Roboto-Bold.ttf",
    "robotom": _T + "roboto/unhinted/RobotoTTF/Roboto-Medium.ttf",
    "lato": _T + "lato/Lato-Regular.ttf",
    "latob": _T + "lato/Lato-Bold.ttf",
    "opens": _T + "open-sans/OpenSans-Regular.ttf",
    "opensb": _T + "open-sans/OpenSans-Bold.ttf",
    "carlito": _T + "crosextra/Carlito-Regular.ttf",
    "carlitob": _T + "crosextra/Carlito-Bold.ttf",
    "caladea": _T + "crosextra/Caladea-Regular.ttf",
    "free": _T + "freefont/FreeSerif.ttf",
    "freeb": _T + "freefont/FreeSerifBold.ttf",
    "hand1": _T + "ecolier-court/Ecolier-court.ttf",
    "hand2": _T + "rufscript/Rufscript010.ttf",
    "hand3": _T + "fifthhorseman/dkg.ttf",
    "hand4": _T + "breip/Breip.ttf",
}
for _k, _p in FONTS.items():
    pdfmetrics.registerFont(TTFont("cj_" + _k, _p))

BLACK = (20, 20, 20)
BLUE_INK = (25, 40, 120)

# ---------------------------------------------------------------- check digits


def mrz_cd(s):
    tot = 0
    for i, ch in enumerate(s):
        if ch.isdigit():
            v = int(ch)
        elif ch.isalpha():
            v = ord(ch) - 55
        else:
            v = 0
        tot += v * (7, 3, 1)[i % 3]
    return str(tot % 10)


def _mrz_name(surname, given, width):
    s = surname.upper().replace("-", "<").replace(" ", "<").replace("'", "")
    g = given.upper().replace("-", "<").replace(" ", "<")
    return (s + "<<" + g)[:width].ljust(width, "<")


def mrz_td3(issuer, surname, given, num, nat, dob, sex, exp, personal=""):
    l1 = "P<" + issuer + _mrz_name(surname, given, 39)
    num = num.ljust(9, "<")
    pers = personal.ljust(14, "<")
    l2 = num + mrz_cd(num) + nat + dob + mrz_cd(dob) + sex + exp + mrz_cd(exp)
    l2 += pers + mrz_cd(pers)
    l2 += mrz_cd(l2[0:10] + l2[13:20] + l2[21:43])
    assert len(l1) == 44 and len(l2) == 44
    assert td3_valid(l2)
    return [l1, l2]


def td3_valid(l2):
    ok = mrz_cd(l2[0:9]) == l2[9] and mrz_cd(l2[13:19]) == l2[19]
    ok = ok and mrz_cd(l2[21:27]) == l2[27] and mrz_cd(l2[28:42]) == l2[42]
    return ok and mrz_cd(l2[0:10] + l2[13:20] + l2[21:43]) == l2[43]


def mrz_mrva(issuer, surname, given, num, nat, dob, sex, exp, opt=""):
    l1 = "V<" + issuer + _mrz_name(surname, given, 39)
    num = num.ljust(9, "<")
    l2 = num + mrz_cd(num) + nat + dob + mrz_cd(dob) + sex + exp + mrz_cd(exp)
    l2 += opt.ljust(16, "<")
    assert len(l1) == 44 and len(l2) == 44
    assert mrz_cd(l2[0:9]) == l2[9] and mrz_cd(l2[13:19]) == l2[19]
    assert mrz_cd(l2[21:27]) == l2[27]
    return [l1, l2]


def mrz_td1(code, issuer, surname, given, num, nat, dob, sex, exp):
    num = num.ljust(9, "<")
    l1 = code + issuer + num + mrz_cd(num) + "<" * 15
    l2 = dob + mrz_cd(dob) + sex + exp + mrz_cd(exp) + nat + "<" * 11
    l2 += mrz_cd(l1[5:30] + l2[0:7] + l2[8:15] + l2[18:29])
    l3 = _mrz_name(surname, given, 30)
    assert len(l1) == 30 and len(l2) == 30 and len(l3) == 30
    assert mrz_cd(l1[5:14]) == l1[14] and mrz_cd(l2[0:6]) == l2[6]
    assert mrz_cd(l2[8:14]) == l2[14]
    assert mrz_cd(l1[5:30] + l2[0:7] + l2[8:15] + l2[18:29]) == l2[29]
    return [l1, l2, l3]


def _alnum_to_num(s):
    return "".join(str(int(c, 36)) if c.isalpha() else c for c in s)


def iban_make(country, bban):
    chk = 98 - int(_alnum_to_num(bban + country + "00")) % 97
    iban = f"{country}{chk:02d}{bban}"
    assert iban_valid(iban)
    return iban


def iban_valid(iban):
    s = iban[4:] + iban[:4]
    return int(_alnum_to_num(s)) % 97 == 1


def rib_key(bank, guichet, account):
    tr = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "12345678912345678923456789")
    acc = int(account.upper().translate(tr))
    return 97 - ((89 * int(bank) + 15 * int(guichet) + 3 * acc) % 97)


def fr_rib(bank, guichet, account):
    key = rib_key(bank, guichet, account)
    iban = iban_make("FR", f"{bank}{guichet}{account}{key:02d}")
    assert rib_key(bank, guichet, account) == int(iban[-2:])
    return key, iban


def nir_key(nir13):
    return 97 - int(nir13) % 97


def spaced(s, n=4):
    return " ".join(s[i : i + n] for i in range(0, len(s), n))


# ---------------------------------------------------------------- page model


def text_w(s, size, font):
    return pdfmetrics.stringWidth(s, "cj_" + font, size) * 25.4 / 72


class Page:
    """Ops in millimetres, origin top-left, y is the text baseline."""

    def __init__(self, w=210.0, h=297.0, bg=(255, 255, 255)):
        self.w, self.h, self.bg, self.ops = w, h, bg, []

    def text(self, x, y, s, size=10, font="sans", color=BLACK, anchor="l"):
        self.ops.append(("text", x, y, s, size, font, color, anchor))

    def line(self, x1, y1, x2, y2, w=0.3, color=BLACK):
        self.ops.append(("poly", [(x1, y1), (x2, y2)], w, color))

    def poly(self, pts, w=0.5, color=BLUE_INK):
        self.ops.append(("poly", list(pts), w, color))

    def rect(self, x, y, w, h, lw=0.3, stroke=BLACK, fill=None):
        self.ops.append(("rect", x, y, w, h, lw, stroke, fill))

    def ellipse(self, x, y, w, h, fill=None, stroke=None, lw=0.3):
        self.ops.append(("ellipse", x, y, w, h, fill, stroke, lw))

    def image(self, x, y, w, h, img):
        self.ops.append(("image", x, y, w, h, img))

    def wrap(self, x, y, s, width, size=9, font="sans", lead=None, color=BLACK):
        lead = lead or size * 0.45
        for para in s.split("\n"):
            cur = ""
            for word in para.split(" "):
                t = (cur + " " + word).strip()
                if text_w(t, size, font) > width and cur:
                    self.text(x, y, cur, size, font, color)
                    y += lead
                    cur = word
                else:
                    cur = t
            self.text(x, y, cur, size, font, color)
            y += lead
        return y

    def hand(self, x, y, s, rng, size=12, font="hand1", color=BLUE_INK, slant=0.0):
        """Handwriting: per-glyph jitter of position and size."""
        for ch in s:
            sz = size * rng.uniform(0.93, 1.07)
            self.text(
                x + rng.uniform(-0.15, 0.15), y + rng.uniform(-0.35, 0.35), ch, sz, font, color
            )
            x += text_w(ch, sz, font) * rng.uniform(0.95, 1.08)
            y += slant
        return x

    def comb(self, x, y, n, cw=5.0, ch=6.5, lw=0.25, color=BLACK):
        self.rect(x, y, n * cw, ch, lw, color)
        for i in range(1, n):
            self.line(x + i * cw, y + ch * 0.45, x + i * cw, y + ch, lw, color)

    def comb_hand(self, x, y, s, rng, cw=5.0, ch=6.5, size=12, font="hand1"):
        for i, c in enumerate(s):
            if c != " ":
                cx = x + i * cw + cw / 2 - text_w(c, size, font) / 2
                self.hand(cx, y + ch - 1.2, c, rng, size, font)

    def signature(self, x, y, w, h, rng, name="", color=BLUE_INK):
        for pts in signature_strokes(rng, x, y, w, h, name):
            self.poly(pts, rng.uniform(0.35, 0.55), color)

    def cross(self, x, y, s, rng, color=BLUE_INK):
        j = [rng.uniform(-0.4, 0.4) for _ in range(8)]
        self.poly([(x + j[0], y + j[1]), (x + s + j[2], y + s + j[3])], 0.5, color)
        self.poly([(x + s + j[4], y + j[5]), (x + j[6], y + s + j[7])], 0.5, color)


def _bez(p0, p1, p2, p3, n=18):
    out = []
    for i in range(n + 1):
        t = i / n
        a, b, c, d = (1 - t) ** 3, 3 * t * (1 - t) ** 2, 3 * t * t * (1 - t), t**3
        out.append(
            (
                a * p0[0] + b * p1[0] + c * p2[0] + d * p3[0],
                a * p0[1] + b * p1[1] + c * p2[1] + d * p3[1],
            )
        )
    return out


def signature_strokes(rng, x, y, w, h, name=""):
    """A pen signature: a capital loop, a wavy run of letters, a flourish underline."""
    strokes = []
    cx, cy = x + w * rng.uniform(0.08, 0.2), y + h * 0.6
    # capital loop
    p = [
        (cx, cy),
        (cx - w * 0.05, cy - h * 0.7),
        (cx + w * 0.12, cy - h * 0.8),
        (cx + w * 0.06, cy),
    ]
    pts = _bez(*p)
    pts += _bez(
        pts[-1], (cx, cy + h * 0.2), (cx + w * 0.1, cy - h * 0.3), (cx + w * 0.16, cy - h * 0.1)
    )
    strokes.append(pts)
    # letters as a wavy line
    n = max(4, min(10, len(name.replace(" ", "")) or 7))
    run, xx = [], cx + w * 0.17
    step = w * 0.55 / n
    style = rng.choice(["zig", "loops", "wave"])
    amps = [h * rng.uniform(0.12, 0.4) for _ in range(n + 1)]
    for i in range(n * 8 + 1):
        t = i / 8
        a = amps[int(t)]
        if style == "loops":
            ph = t * 2 * math.pi
            px = xx + t * step - a * 0.5 * math.sin(ph)
            py = cy - h * 0.1 - a * (1 - math.cos(ph)) / 2
        elif style == "wave":
            px = xx + t * step
            py = cy - h * 0.15 - a * math.sin(t * math.pi * 1.3)
        else:
            px = xx + t * step
            py = cy - h * 0.15 - a * abs(math.sin(t * math.pi))
        run.append((px + rng.gauss(0, 0.12), py + rng.gauss(0, 0.12)))
    strokes.append(run)
    # flourish
    ex = run[-1]
    fl = _bez(
        ex,
        (ex[0] + w * 0.1, ex[1] + h * 0.5),
        (x + w * 0.2, y + h * rng.uniform(0.85, 1.0)),
        (x + w * rng.uniform(0.02, 0.1), y + h * 0.75),
        26,
    )
    strokes.append([(a + rng.gauss(0, 0.12), b + rng.gauss(0, 0.12)) for a, b in fl])
    return strokes


# ---------------------------------------------------------------- renderers

_FC = {}


def _font(key, px):
    k = (key, px)
    if k not in _FC:
        _FC[k] = ImageFont.truetype(FONTS[key], px)
    return _FC[k]


def render(page, dpi=200):
    s = dpi / 25.4
    img = Image.new("RGB", (round(page.w * s), round(page.h * s)), page.bg)
    d = ImageDraw.Draw(img)
    for op in page.ops:
        kind = op[0]
        if kind == "text":
            _, x, y, t, size, font, color, anchor = op
            px = max(4, round(size * dpi / 72))
            d.text((x * s, y * s), t, font=_font(font, px), fill=color, anchor=anchor + "s")
        elif kind == "poly":
            _, pts, w, color = op
            d.line(
                [(a * s, b * s) for a, b in pts],
                fill=color,
                width=max(1, round(w * s)),
                joint="curve",
            )
        elif kind == "rect":
            _, x, y, w, h, lw, stroke, fill = op
            d.rectangle(
                [x * s, y * s, (x + w) * s, (y + h) * s],
                fill=fill,
                outline=stroke,
                width=max(1, round(lw * s)) if stroke else 0,
            )
        elif kind == "ellipse":
            _, x, y, w, h, fill, stroke, lw = op
            d.ellipse(
                [x * s, y * s, (x + w) * s, (y + h) * s],
                fill=fill,
                outline=stroke,
                width=max(1, round(lw * s)),
            )
        elif kind == "image":
            _, x, y, w, h, im = op
            im2 = im.convert("RGBA").resize((max(1, round(w * s)), max(1, round(h * s))))
            img.paste(im2, (round(x * s), round(y * s)), im2)
    return img


def text_pdf(pages, path, title=None, author=None):
    mm = 72 / 25.4
    c = canvas.Canvas(str(path), invariant=1, pagesize=(pages[0].w * mm, pages[0].h * mm))
    if title:
        c.setTitle(title)
    if author:
        c.setAuthor(author)
        c.setCreator(author)
    for pg in pages:
        c.setPageSize((pg.w * mm, pg.h * mm))
        _draw_rl(c, pg, mm)
        c.showPage()
    c.save()


def _draw_rl(c, pg, mm, form_hook=None):
    H = pg.h
    if pg.bg != (255, 255, 255):
        c.setFillColorRGB(*[v / 255 for v in pg.bg])
        c.rect(0, 0, pg.w * mm, pg.h * mm, stroke=0, fill=1)
    for op in pg.ops:
        kind = op[0]
        if kind == "text":
            _, x, y, t, size, font, color, anchor = op
            c.setFont("cj_" + font, size)
            c.setFillColorRGB(*[v / 255 for v in color])
            fn = {"l": c.drawString, "r": c.drawRightString, "m": c.drawCentredString}[anchor]
            fn(x * mm, (H - y) * mm, t)
        elif kind == "poly":
            _, pts, w, color = op
            c.setStrokeColorRGB(*[v / 255 for v in color])
            c.setLineWidth(w * mm)
            c.setLineCap(1)
            c.setLineJoin(1)
            p = c.beginPath()
            p.moveTo(pts[0][0] * mm, (H - pts[0][1]) * mm)
            for a, b in pts[1:]:
                p.lineTo(a * mm, (H - b) * mm)
            c.drawPath(p, stroke=1, fill=0)
        elif kind in ("rect", "ellipse"):
            if kind == "rect":
                _, x, y, w, h, lw, stroke, fill = op
            else:
                _, x, y, w, h, fill, stroke, lw = op
            if fill:
                c.setFillColorRGB(*[v / 255 for v in fill])
            if stroke:
                c.setStrokeColorRGB(*[v / 255 for v in stroke])
                c.setLineWidth(lw * mm)
            draw = c.rect if kind == "rect" else c.ellipse
            if kind == "rect":
                draw(
                    x * mm,
                    (H - y - h) * mm,
                    w * mm,
                    h * mm,
                    stroke=1 if stroke else 0,
                    fill=1 if fill else 0,
                )
            else:
                draw(
                    x * mm,
                    (H - y - h) * mm,
                    (x + w) * mm,
                    (H - y) * mm,
                    stroke=1 if stroke else 0,
                    fill=1 if fill else 0,
                )
        elif kind == "image":
            _, x, y, w, h, im = op
            c.drawImage(ImageReader(im), x * mm, (H - y - h) * mm, w * mm, h * mm, mask="auto")


# ---------------------------------------------------------------- looks


def paper(img, rng, tint=(246, 244, 238), noise=5.0):
    a = np.asarray(img).astype(np.float32) / 255.0
    a = a * (np.array(tint, np.float32) / 255.0)
    nrng = np.random.default_rng(rng.randrange(1 << 30))
    a = a * 255 + nrng.normal(0, noise, a.shape)
    return Image.fromarray(np.clip(a, 0, 255).astype(np.uint8))


def scanned(img, rng, angle=None, tint=None):
    angle = rng.uniform(-0.9, 0.9) if angle is None else angle
    tint = tint or (rng.randint(238, 250),) * 3
    img = img.rotate(angle, resample=Image.BICUBIC, expand=False, fillcolor=(255, 255, 255))
    img = img.filter(ImageFilter.GaussianBlur(rng.uniform(0.3, 0.7)))
    return paper(img, rng, tint, rng.uniform(3, 6))


def save_jpeg(img, path, q=85, dpi=None):
    kw = {"quality": q, "optimize": False}
    if dpi:
        kw["dpi"] = (dpi, dpi)
    img.convert("RGB").save(str(path), "JPEG", **kw)


def image_pdf(imgs, path, rng, pagesize_mm=(210, 297)):
    mm = 72 / 25.4
    c = canvas.Canvas(str(path), invariant=1, pagesize=(pagesize_mm[0] * mm, pagesize_mm[1] * mm))
    c.setCreator("Canon MF Scan Utility")
    for im in imgs:
        buf = io.BytesIO()
        scanned(im, rng).save(buf, "JPEG", quality=rng.randint(70, 85))
        buf.seek(0)
        c.drawImage(ImageReader(buf), 0, 0, pagesize_mm[0] * mm, pagesize_mm[1] * mm)
        c.showPage()
    c.save()


def a4_with(items, dpi=200, bg=(255, 255, 255)):
    """Flatbed bed: paste rendered cards [(img, x_mm, y_mm, w_mm)] on an A4 white sheet."""
    s = dpi / 25.4
    sheet = Image.new("RGB", (round(210 * s), round(297 * s)), bg)
    for im, x, y, w in items:
        h = w * im.height / im.width
        sheet.paste(
            im.resize((round(w * s), round(h * s)), Image.LANCZOS), (round(x * s), round(y * s))
        )
    return sheet


def phone_photo(img, rng, rot_k=0, long_side=None, fill=0.78, table=None):
    """Photo of a page or card on a table: perspective, shadow, colour cast, blur, noise."""
    long_side = long_side or rng.choice([3024, 3264, 4000, 2592, 4032])
    portrait = img.height >= img.width
    W, H = (
        (round(long_side * 0.75), long_side) if portrait else (long_side, round(long_side * 0.75))
    )
    nrng = np.random.default_rng(rng.randrange(1 << 30))
    base = np.array(
        table or rng.choice([(120, 86, 60), (200, 196, 188), (70, 72, 78), (168, 132, 96)]),
        np.float32,
    )
    low = cv2.resize(
        nrng.normal(0, 1, (6, 8)).astype(np.float32), (W, H), interpolation=cv2.INTER_CUBIC
    )
    bgimg = base[None, None, :] * (1 + 0.08 * low[..., None]) + nrng.normal(0, 6, (H, W, 1))
    src = np.asarray(img.convert("RGB")).astype(np.float32)
    sh, sw = src.shape[:2]
    sc = min(W * fill / sw, H * fill / sh)
    dw, dh = sw * sc, sh * sc
    cx, cy = W / 2 + rng.uniform(-0.04, 0.04) * W, H / 2 + rng.uniform(-0.04, 0.04) * H
    j = [rng.uniform(-0.05, 0.05) * min(W, H) for _ in range(8)]
    dst = np.float32(
        [
            [cx - dw / 2 + j[0], cy - dh / 2 + j[1]],
            [cx + dw / 2 + j[2], cy - dh / 2 + j[3]],
            [cx + dw / 2 + j[4], cy + dh / 2 + j[5]],
            [cx - dw / 2 + j[6], cy + dh / 2 + j[7]],
        ]
    )
    M = cv2.getPerspectiveTransform(np.float32([[0, 0], [sw, 0], [sw, sh], [0, sh]]), dst)
    warped = cv2.warpPerspective(src, M, (W, H), flags=cv2.INTER_LINEAR)
    mask = cv2.warpPerspective(np.ones((sh, sw), np.float32), M, (W, H), flags=cv2.INTER_LINEAR)[
        ..., None
    ]
    out = warped * mask + bgimg * (1 - mask)
    # light: gradient plus a soft shadow blob
    yy, xx = np.mgrid[0:H, 0:W].astype(np.float32)
    ang = rng.uniform(0, 2 * math.pi)
    g = np.cos(ang) * xx / W + np.sin(ang) * yy / H
    g = 1.0 - rng.uniform(0.12, 0.3) * (g - g.min()) / (g.max() - g.min() + 1e-6)
    bx, by = rng.uniform(0, W), rng.uniform(0, H)
    r = rng.uniform(0.25, 0.5) * max(W, H)
    blob = 1.0 - rng.uniform(0.15, 0.35) * np.exp(
        -(((xx - bx) ** 2 + (yy - by) ** 2) / (2 * r * r))
    )
    out = out * (g * blob)[..., None]
    cast = np.array(
        [rng.uniform(0.95, 1.06), rng.uniform(0.97, 1.02), rng.uniform(0.86, 0.98)], np.float32
    )
    out = out * cast + nrng.normal(0, 4, out.shape)
    out = np.clip(out, 0, 255).astype(np.uint8)
    out = cv2.GaussianBlur(out, (0, 0), rng.uniform(0.6, 1.4))
    if rot_k:
        out = np.ascontiguousarray(np.rot90(out, rot_k))
    return Image.fromarray(out)


def face(w=300, h=380, seed_rng=None, skin=(150, 110, 80), bg=(225, 228, 232)):
    """A neutral photo placeholder: head and shoulders."""
    im = Image.new("RGB", (w, h), bg)
    d = ImageDraw.Draw(im)
    d.ellipse([w * 0.05, h * 0.72, w * 0.95, h * 1.3], fill=(60, 62, 70))
    d.ellipse([w * 0.27, h * 0.14, w * 0.73, h * 0.68], fill=skin)
    d.ellipse([w * 0.25, h * 0.08, w * 0.75, h * 0.33], fill=(30, 24, 20))
    return im.filter(ImageFilter.GaussianBlur(2))
