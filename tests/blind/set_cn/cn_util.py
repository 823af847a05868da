"""Helpers for set_cn: check digits, fonts, handwriting, signatures, stamps and looks."""

import io
import math

import cv2
import numpy as np
import pypdfium2 as pdfium
from PIL import Image, ImageDraw, ImageFilter, ImageFont
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas as rl_canvas

cv2.setNumThreads(1)

MM = 72.0 / 25.4
A4 = (210 * MM, 297 * MM)
FD = "/usr/share/fonts/truetype/"
FONTS = {
    "sans": "liberation/LiberationSans-Regular.ttf",
    "sansb": "liberation/LiberationSans-Bold.ttf",
    "sansi": "liberation/LiberationSans-Italic.ttf",
    "serif": "liberation/LiberationSerif-Regular.ttf",
    "serifb": "liberation/LiberationSerif-Bold.ttf",
    "serifi": "liberation/LiberationSerif-Italic.ttf",
    "narrow": "liberation/LiberationSansNarrow-Regular.ttf",
    "narrowb": "liberation/LiberationSansNarrow-Bold.ttf",
    "mono": "dejavu/DejaVuSansMono.ttf",
    "monob": "dejavu/DejaVuSansMono-Bold.ttf",
    "dv": "dejavu/DejaVuSans.ttf",
    "dvb": "dejavu/DejaVuSans-Bold.ttf",
    "lato": "lato/Lato-Regular.ttf",
    "latob": "lato/Lato-Bold.ttf",
    "latoblk": "lato/Lato-Black.ttf",
    "open": "open-sans/OpenSans-Regular.ttf",
    "openb": "open-sans/OpenSans-Bold.ttf",
    "rob": "roboto/unhinted/RobotoTTF/Roboto-Regular.ttf",
    "robb": "roboto/unhinted/RobotoTTF/Roboto-Bold.ttf",
    "robc": "roboto/unhinted/RobotoCondensed-Regular.ttf",
    "robcb": "roboto/unhinted/RobotoCondensed-Bold.ttf",
    "carlito": "crosextra/Carlito-Regular.ttf",
    "carlitob": "crosextra/Carlito-Bold.ttf",
    "caladea": "crosextra/Caladea-Regular.ttf",
    "caladeab": "crosextra/Caladea-Bold.ttf",
    "freeserif": "freefont/FreeSerif.ttf",
    "freeserifb": "freefont/FreeSerifBold.ttf",
    "ecolier": "ecolier-court/Ecolier-court.ttf",
    "femke": "femkeklaver/femkeklaver.ttf",
    "dkg": "fifthhorseman/dkg.ttf",
    "breip": "breip/Breip.ttf",
}
HAND_FONTS = ["ecolier", "femke", "dkg", "breip"]
AMIRI = "/usr/share/fonts/opentype/fonts-hosny-amiri/Amiri-Regular.ttf"
AMIRI_B = "/usr/share/fonts/opentype/fonts-hosny-amiri/Amiri-Bold.ttf"

for _n, _p in FONTS.items():
    pdfmetrics.registerFont(TTFont(_n, FD + _p))


def font_path(name):
    return FD + FONTS[name]


# ---------------------------------------------------------------- check digits
def mrz_cd(s):
    w = (7, 3, 1)
    tot = 0
    for i, ch in enumerate(s):
        if ch.isdigit():
            v = int(ch)
        elif ch.isalpha():
            v = ord(ch) - 55
        else:
            v = 0
        tot += v * w[i % 3]
    return str(tot % 10)


def mrz_name(surname, given, width):
    def clean(x):
        out = []
        for ch in x.upper():
            if ch.isalpha() and ch.isascii():
                out.append(ch)
            elif ch in " -":
                out.append("<")
        return "".join(out)

    s = clean(surname) + "<<" + clean(given)
    return (s + "<" * width)[:width]


def td3(kind, country, surname, given, num, nat, dob, sex, exp, opt=""):
    """TD3 passport ('P') or MRV-A visa ('V') lines; dates as YYMMDD."""
    l1 = ((kind + "<")[:2] + country + mrz_name(surname, given, 39))[:44]
    num9 = (num + "<" * 9)[:9]
    if kind.startswith("P"):
        o = (opt + "<" * 14)[:14]
        b = num9 + mrz_cd(num9) + nat + dob + mrz_cd(dob) + sex + exp + mrz_cd(exp)
        b += o + mrz_cd(o)
        comp = b[0:10] + b[13:20] + b[21:43]
        l2 = b + mrz_cd(comp)
    else:
        o = (opt + "<" * 16)[:16]
        l2 = num9 + mrz_cd(num9) + nat + dob + mrz_cd(dob) + sex + exp + mrz_cd(exp) + o
    assert len(l1) == 44 and len(l2) == 44
    check_td3(l2, kind.startswith("P"))
    return l1, l2


def check_td3(l2, passport):
    assert mrz_cd(l2[0:9]) == l2[9]
    assert mrz_cd(l2[13:19]) == l2[19]
    assert mrz_cd(l2[21:27]) == l2[27]
    if passport:
        assert mrz_cd(l2[28:42]) == l2[42]
        assert mrz_cd(l2[0:10] + l2[13:20] + l2[21:43]) == l2[43]


def td1(code, country, num, dob, sex, exp, nat, surname, given, opt1="", opt2=""):
    n9 = (num + "<" * 9)[:9]
    l1 = (code + country + n9 + mrz_cd(n9) + opt1 + "<" * 30)[:30]
    mid = dob + mrz_cd(dob) + sex + exp + mrz_cd(exp) + nat + (opt2 + "<" * 11)[:11]
    comp = l1[5:30] + mid[0:7] + mid[8:15] + mid[18:29]
    l2 = mid + mrz_cd(comp)
    l3 = mrz_name(surname, given, 30)
    assert len(l1) == 30 and len(l2) == 30
    assert mrz_cd(l1[5:14]) == l1[14] and mrz_cd(l2[0:6]) == l2[6]
    assert mrz_cd(l2[8:14]) == l2[14]
    assert mrz_cd(l1[5:30] + l2[0:7] + l2[8:15] + l2[18:29]) == l2[29]
    return l1, l2, l3


def _num(s):
    return "".join(str(int(ch, 36)) for ch in s)


def rib_key(bank, branch, account):
    tr = {}
    for i, ch in enumerate("ABCDEFGHIJKLMNOPQRSTUVWXYZ"):
        tr[ch] = "123456789123456789234567890"[i] if i < 26 else ""
    acc = "".join(tr.get(ch, ch) for ch in account)
    return f"{97 - ((89 * int(bank) + 15 * int(branch) + 3 * int(acc)) % 97):02d}"


def iban_make(cc, bban):
    cd = 98 - int(_num(bban + cc + "00")) % 97
    iban = f"{cc}{cd:02d}{bban}"
    assert iban_ok(iban)
    return iban


def iban_ok(iban):
    return int(_num(iban[4:] + iban[:4])) % 97 == 1


def fr_iban(bank, branch, account):
    key = rib_key(bank, branch, account)
    iban = iban_make("FR", bank + branch + account + key)
    assert (89 * int(bank) + 15 * int(branch) + 3 * int(account) + int(key)) % 97 == 0
    return iban, key


def iban_groups(iban):
    return " ".join(iban[i : i + 4] for i in range(0, len(iban), 4))


def luhn_fix(base):
    """Append a digit so that base+digit passes Luhn (SIRET)."""
    for d in "0123456789":
        s = base + d
        tot = 0
        for i, ch in enumerate(reversed(s)):
            v = int(ch) * (2 if i % 2 else 1)
            tot += v - 9 if v > 9 else v
        if tot % 10 == 0:
            return s
    raise AssertionError


# ---------------------------------------------------------------- PDF making
def make_pdf(path, pages, size=A4, title=None):
    """pages: list of callables f(c, w, h), one per page; size may be a list per page."""
    first = size if not isinstance(size, list) else size[0]
    c = rl_canvas.Canvas(
        path if isinstance(path, io.BytesIO) else str(path), pagesize=first, invariant=1
    )
    if title:
        c.setTitle(title)
    for i, f in enumerate(pages):
        sz = size[i] if isinstance(size, list) else size
        c.setPageSize(sz)
        f(c, sz[0], sz[1])
        c.showPage()
    c.save()


def pdf_bytes(pages, size=A4):
    buf = io.BytesIO()
    make_pdf(buf, pages, size)
    return buf.getvalue()


def render(pages, size=A4, dpi=200):
    """Draw pages with reportlab then rasterise them; returns RGB PIL images."""
    doc = pdfium.PdfDocument(pdf_bytes(pages, size))
    out = []
    for i in range(len(doc)):
        out.append(doc[i].render(scale=dpi / 72.0).to_pil().convert("RGB"))
    doc.close()
    return out


def jpeg_bytes(img, q=85):
    b = io.BytesIO()
    img.save(b, "JPEG", quality=q)
    return b.getvalue()


def image_pdf(path, imgs, dpi=200, q=78):
    """A scanner's PDF: JPEG pages, no text layer."""
    sizes = [(im.width * 72.0 / dpi, im.height * 72.0 / dpi) for im in imgs]

    def pg(im):
        def f(c, w, h):
            c.drawImage(ImageReader(io.BytesIO(jpeg_bytes(im, q))), 0, 0, w, h)

        return f

    make_pdf(path, [pg(im) for im in imgs], sizes)


# ---------------------------------------------------------------- pen work
def hand(c, x, y, text, size, rng, font="ecolier", color=(0.08, 0.12, 0.45), slant=0.0):
    """Handwritten text: per-glyph jitter of position, size and angle."""
    c.saveState()
    c.setFillColorRGB(*color)
    cx = x
    base = rng.uniform(-0.6, 0.6)
    for ch in text:
        s = size * rng.uniform(0.93, 1.07)
        c.saveState()
        c.translate(cx, y + base + rng.uniform(-0.7, 0.7))
        c.rotate(rng.uniform(-4, 4) + slant)
        c.setFont(font, s)
        c.drawString(0, 0, ch)
        c.restoreState()
        cx += pdfmetrics.stringWidth(ch, font, s) * rng.uniform(0.97, 1.08)
        base += rng.uniform(-0.25, 0.25)
    c.restoreState()
    return cx


def comb_hand(c, x, y, text, cell, size, rng, font="ecolier", color=(0.08, 0.12, 0.45)):
    for i, ch in enumerate(text):
        if ch != " ":
            w = pdfmetrics.stringWidth(ch, font, size)
            hand(
                c, x + i * cell + (cell - w) / 2 + rng.uniform(-1, 1), y, ch, size, rng, font, color
            )


def _bez(p0, p1, p2, p3, n):
    t = np.linspace(0, 1, n)[:, None]
    return (1 - t) ** 3 * p0 + 3 * (1 - t) ** 2 * t * p1 + 3 * (1 - t) * t**2 * p2 + t**3 * p3


def signature(c, x, y, w, h, rng, color=(0.05, 0.08, 0.35), strokes=None):
    """Pen-like signature: chained Bezier strokes with pressure-varying width."""
    c.saveState()
    c.setStrokeColorRGB(*color)
    c.setLineCap(1)
    c.setLineJoin(1)
    nstrokes = strokes or rng.randint(2, 3)
    x0 = x
    for s in range(nstrokes):
        seg = rng.randint(4, 7)
        pts = []
        px, py = x0 + rng.uniform(0, w * 0.15), y + rng.uniform(0.2, 0.7) * h
        span = w * (0.75 if s == 0 else 0.45)
        for k in range(seg):
            nx = px + span / seg * rng.uniform(0.6, 1.4)
            ny = y + rng.uniform(0.05, 0.95) * h
            p0 = np.array([px, py])
            p3 = np.array([nx, ny])
            p1 = p0 + np.array([rng.uniform(-8, 12), rng.uniform(-h, h) * 0.8])
            p2 = p3 + np.array([rng.uniform(-12, 8), rng.uniform(-h, h) * 0.8])
            pts.append(_bez(p0, p1, p2, p3, 24))
            px, py = nx, ny
        pts = np.concatenate(pts)
        n = len(pts)
        for i in range(n - 1):
            t = i / n
            press = math.sin(math.pi * min(1.0, t * 1.1 + 0.05)) ** 0.6
            c.setLineWidth(0.35 + 1.25 * press * (0.8 + 0.2 * math.sin(i * 0.3)))
            c.line(pts[i][0], pts[i][1], pts[i + 1][0], pts[i + 1][1])
        x0 += w * rng.uniform(0.2, 0.4)
    # underline flourish
    p0 = np.array([x + w * 0.05, y + h * 0.05])
    p3 = np.array([x + w * rng.uniform(0.8, 1.0), y + h * rng.uniform(0.1, 0.3)])
    fl = _bez(p0, p0 + [w * 0.3, -h * 0.3], p3 + [-w * 0.3, h * 0.2], p3, 50)
    for i in range(len(fl) - 1):
        c.setLineWidth(0.4 + 0.9 * math.sin(math.pi * i / len(fl)))
        c.line(fl[i][0], fl[i][1], fl[i + 1][0], fl[i + 1][1])
    c.restoreState()


def stamp(c, x, y, r, top, bottom="", centre="", rng=None, color=(0.15, 0.2, 0.6), ang=0):
    """Round rubber stamp with text around the rim."""
    c.saveState()
    c.setFillAlpha(0.8)
    c.setStrokeAlpha(0.8)
    c.setStrokeColorRGB(*color)
    c.setFillColorRGB(*color)
    c.translate(x, y)
    c.rotate(ang)
    c.setLineWidth(1.4)
    c.circle(0, 0, r)
    c.setLineWidth(0.6)
    c.circle(0, 0, r * 0.7)
    fs = r * 0.16
    for txt, sgn in ((top, 1), (bottom, -1)):
        if not txt:
            continue
        n = len(txt)
        span = min(170.0, n * fs * 0.75 / (r * 0.84) * 57.3)
        for i, ch in enumerate(txt):
            a = (
                (90 + span / 2 - span * (i + 0.5) / n)
                if sgn > 0
                else (270 - span / 2 + span * (i + 0.5) / n)
            )
            c.saveState()
            c.rotate(a)
            c.translate(r * 0.8 if sgn > 0 else r * 0.8 + fs * 0.7, 0)
            c.rotate(-90 if sgn > 0 else 90)
            c.setFont("sansb", fs)
            c.drawCentredString(0, 0, ch)
            c.restoreState()
    if centre:
        lines = centre.split("\n")
        for i, ln in enumerate(lines):
            c.setFont("sansb", fs * 0.95)
            c.drawCentredString(0, (len(lines) / 2 - i - 0.8) * fs * 1.1, ln)
    c.restoreState()


def face(c, x, y, w, h, tone=(0.55, 0.5, 0.48), bg=(0.86, 0.88, 0.9)):
    """Grey placeholder portrait: background, shoulders, head."""
    c.saveState()
    c.setFillColorRGB(*bg)
    c.rect(x, y, w, h, stroke=0, fill=1)
    c.setFillColorRGB(*[v * 0.6 for v in tone])
    c.ellipse(x + w * 0.08, y - h * 0.2, x + w * 0.92, y + h * 0.38, stroke=0, fill=1)
    c.setFillColorRGB(*[v * 0.45 for v in tone])
    c.ellipse(x + w * 0.25, y + h * 0.45, x + w * 0.75, y + h * 0.9, stroke=0, fill=1)
    c.setFillColorRGB(*tone)
    c.ellipse(x + w * 0.3, y + h * 0.3, x + w * 0.7, y + h * 0.8, stroke=0, fill=1)
    c.restoreState()


def guilloche(c, x, y, w, h, rng, color=(0.6, 0.75, 0.7), n=40):
    c.saveState()
    c.setStrokeColorRGB(*color)
    c.setLineWidth(0.25)
    ph = rng.uniform(0, 6)
    for k in range(n):
        p = c.beginPath()
        for i in range(101):
            t = i / 100
            yy = y + h * (k / n) + 6 * math.sin(t * 12 + k * 0.4 + ph) + 3 * math.sin(t * 31 + k)
            if i == 0:
                p.moveTo(x + w * t, yy)
            else:
                p.lineTo(x + w * t, yy)
        c.drawPath(p)
    c.restoreState()


def arabic_image(text, size_px, bold=False, color=(20, 20, 20)):
    """Arabic text shaped by raqm, as a transparent PNG image (PIL)."""
    f = ImageFont.truetype(AMIRI_B if bold else AMIRI, size_px, layout_engine=ImageFont.Layout.RAQM)
    bb = f.getbbox(text, direction="rtl", language="ar")
    im = Image.new("RGBA", (bb[2] - bb[0] + 8, bb[3] - bb[1] + 12), (255, 255, 255, 0))
    ImageDraw.Draw(im).text(
        (4 - bb[0], 4 - bb[1]), text, font=f, fill=color + (255,), direction="rtl", language="ar"
    )
    return im


def draw_arabic(c, x_right, y, text, pt, bold=False):
    im = arabic_image(text, int(pt * 6), bold)
    w, h = im.width / 6.0, im.height / 6.0
    c.drawImage(ImageReader(im), x_right - w, y - h * 0.25, w, h, mask="auto")


# ---------------------------------------------------------------- looks
def _noise(arr, rng, sigma):
    nrng = np.random.default_rng(rng.randint(0, 2**31))
    return np.clip(arr + nrng.normal(0, sigma, arr.shape), 0, 255)


def scan_look(img, rng, tint=(246, 244, 238), angle=None, sigma=3.0, blur=0.5):
    """Flatbed scan: grey/ivory paper, slight skew, noise, soft blur."""
    a = np.asarray(img).astype(np.float32)
    paper = np.array(tint, np.float32) / 255.0
    a = a * paper
    a = _noise(a, rng, sigma).astype(np.uint8)
    im = Image.fromarray(a)
    ang = rng.uniform(-1.2, 1.2) if angle is None else angle
    im = im.rotate(ang, resample=Image.BICUBIC, expand=False, fillcolor=tint)
    if blur:
        im = im.filter(ImageFilter.GaussianBlur(blur))
    return im


def on_scanner_bed(img, bed_px, rng, pos=(0.04, 0.04)):
    """Put a small item (card, booklet page) on an A4 scanner bed."""
    bed = Image.new("RGB", bed_px, (250, 250, 248))
    bed.paste(img, (int(bed_px[0] * pos[0]), int(bed_px[1] * pos[1])))
    return bed


def table_texture(w, h, rng, kind="wood"):
    nrng = np.random.default_rng(rng.randint(0, 2**31))
    yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
    if kind == "wood":
        base = np.array([150, 110, 75], np.float32)
        ph = rng.uniform(0, 6)
        warp = 9 * np.sin(xx / 310.0 + ph) + 4 * np.sin(xx / 97.0 + yy / 400.0)
        g = np.sin((yy + warp) / rng.uniform(5, 11)) * 0.5 + 0.5
        g = g * (0.6 + 0.4 * np.sin(yy / 53.0 + xx / 700.0) ** 2)
        tex = base[None, None, :] * (0.8 + 0.25 * g[..., None])
    else:
        base = np.array([rng.randint(70, 200)] * 3, np.float32) * np.array([1.0, 0.98, 0.95])
        tex = np.ones((h, w, 3), np.float32) * base
    tex += nrng.normal(0, 6, (h, w, 3))
    return np.clip(tex, 0, 255).astype(np.uint8)


def phone_photo(img, rng, long_side=3200, rot90=0, table="wood", cover=0.78, cast=None):
    """Photo of a page/card lying on a table: perspective, light, shadow, cast, blur."""
    src = np.asarray(img.convert("RGB"))
    h0, w0 = src.shape[:2]
    portrait = h0 >= w0
    W, H = (int(long_side * 0.75), long_side) if portrait else (long_side, int(long_side * 0.75))
    bg = table_texture(W, H, rng, table)
    s = min(W / w0, H / h0) * cover
    cw, ch = w0 * s, h0 * s
    cx, cy = W / 2 + rng.uniform(-0.04, 0.04) * W, H / 2 + rng.uniform(-0.04, 0.04) * H
    j = lambda: rng.uniform(-0.035, 0.035) * min(W, H)
    tilt = rng.uniform(-0.04, 0.04) * cw
    dst = np.float32(
        [
            [cx - cw / 2 + j() + tilt, cy - ch / 2 + j()],
            [cx + cw / 2 + j() - tilt, cy - ch / 2 + j()],
            [cx + cw / 2 + j(), cy + ch / 2 + j()],
            [cx - cw / 2 + j(), cy + ch / 2 + j()],
        ]
    )
    ang = math.radians(rng.uniform(-3, 3))
    ctr = dst.mean(0)
    rotm = np.array([[math.cos(ang), -math.sin(ang)], [math.sin(ang), math.cos(ang)]], np.float32)
    dst = ((dst - ctr) @ rotm.T + ctr).astype(np.float32)
    srcq = np.float32([[0, 0], [w0, 0], [w0, h0], [0, h0]])
    M = cv2.getPerspectiveTransform(srcq, dst)
    warped = cv2.warpPerspective(src, M, (W, H), flags=cv2.INTER_AREA)
    mask = cv2.warpPerspective(np.full((h0, w0), 255, np.uint8), M, (W, H))
    # drop shadow under the sheet
    sh = cv2.GaussianBlur(np.roll(mask, (18, 14), (0, 1)), (0, 0), 14).astype(np.float32) / 255
    out = bg.astype(np.float32) * (1 - 0.45 * sh[..., None])
    m = (mask.astype(np.float32) / 255)[..., None]
    out = out * (1 - m) + warped.astype(np.float32) * m
    # uneven light: gradient + soft shadow of the phone/hand
    yy, xx = np.mgrid[0:H, 0:W].astype(np.float32)
    gx, gy = rng.uniform(-1, 1), rng.uniform(-1, 1)
    light = 0.9 + 0.12 * ((xx / W - 0.5) * gx + (yy / H - 0.5) * gy)
    sx, sy = rng.uniform(0.2, 0.8) * W, rng.uniform(0.6, 1.1) * H
    d = np.sqrt(((xx - sx) / (0.35 * W)) ** 2 + ((yy - sy) / (0.3 * H)) ** 2)
    light *= 1 - 0.28 * np.clip(1.2 - d, 0, 1)
    cast = cast or (rng.uniform(1.0, 1.06), 1.0, rng.uniform(0.86, 0.96))
    out = out * light[..., None] * np.array(cast, np.float32)
    out = _noise(out, rng, 4.0).astype(np.uint8)
    out = cv2.GaussianBlur(out, (0, 0), rng.uniform(0.7, 1.3))
    im = Image.fromarray(out)
    if rot90:
        im = im.rotate(90 * rot90, expand=True)
    return im


def save_jpeg(img, path, q=88, dpi=None):
    kw = {"quality": q}
    if dpi:
        kw["dpi"] = (dpi, dpi)
    img.save(str(path), "JPEG", **kw)
