"""Shared helpers: check digits, fonts, handwriting strokes, and the "looks" (scan, photo...)."""

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

FONT_FILES = {
    "Sans": "/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf",
    "SansB": "/usr/share/fonts/truetype/liberation/LiberationSans-Bold.ttf",
    "SansI": "/usr/share/fonts/truetype/liberation/LiberationSans-Italic.ttf",
    "Narrow": "/usr/share/fonts/truetype/liberation/LiberationSansNarrow-Regular.ttf",
    "Serif": "/usr/share/fonts/truetype/liberation/LiberationSerif-Regular.ttf",
    "SerifB": "/usr/share/fonts/truetype/liberation/LiberationSerif-Bold.ttf",
    "Mono": "/usr/share/fonts/truetype/liberation/LiberationMono-Regular.ttf",
    "MonoB": "/usr/share/fonts/truetype/liberation/LiberationMono-Bold.ttf",
    "OCR": "/usr/share/fonts/truetype/dejavu/DejaVuSansMono.ttf",
    "DejaVu": "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
    "DejaVuB": "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf",
    "Roboto": "/usr/share/fonts/truetype/roboto/unhinted/RobotoTTF/Roboto-Regular.ttf",
    "RobotoB": "/usr/share/fonts/truetype/roboto/unhinted/RobotoTTF/Roboto-Bold.ttf",
    "RobotoL": "/usr/share/fonts/truetype/roboto/unhinted/RobotoTTF/Roboto-Light.ttf",
    "Lato": "/usr/share/fonts/truetype/lato/Lato-Regular.ttf",
    "LatoB": "/usr/share/fonts/truetype/lato/Lato-Bold.ttf",
    "Open": "/usr/share/fonts/truetype/open-sans/OpenSans-Regular.ttf",
    "OpenB": "/usr/share/fonts/truetype/open-sans/OpenSans-Bold.ttf",
    "Carlito": "/usr/share/fonts/truetype/crosextra/Carlito-Regular.ttf",
    "CarlitoB": "/usr/share/fonts/truetype/crosextra/Carlito-Bold.ttf",
    "FreeSerif": "/usr/share/fonts/truetype/freefont/FreeSerif.ttf",
    "FreeSerifB": "/usr/share/fonts/truetype/freefont/FreeSerifBold.ttf",
    "Hand1": "/usr/share/fonts/truetype/ecolier-court/Ecolier-court.ttf",
    "Hand2": "/usr/share/fonts/truetype/fifthhorseman/dkg.ttf",
    "Hand3": "/usr/share/fonts/truetype/breip/Breip.ttf",
    "Hand4": "/usr/share/fonts/truetype/humor-sans/Humor-Sans.ttf",
    "Amiri": "/usr/share/fonts/opentype/fonts-hosny-amiri/Amiri-Regular.ttf",
    "AmiriB": "/usr/share/fonts/opentype/fonts-hosny-amiri/Amiri-Bold.ttf",
}
_registered = set()


def reg_fonts():
    for name, path in FONT_FILES.items():
        if name not in _registered:
            pdfmetrics.registerFont(TTFont(name, path))
            _registered.add(name)


def pil_font(name, size):
    return ImageFont.truetype(FONT_FILES[name], size)


# ---------------------------------------------------------------- check digits
def mrz_cd(s):
    total = 0
    for i, ch in enumerate(s):
        if ch.isdigit():
            v = int(ch)
        elif ch.isalpha():
            v = ord(ch) - 55
        else:
            v = 0
        total += v * (7, 3, 1)[i % 3]
    return str(total % 10)


def mrz_name(surname, given, width):
    def clean(s):
        return "".join(c if c.isalpha() else "<" for c in s.upper().replace("-", " ")).replace(
            " ", "<"
        )

    s = clean(surname) + "<<" + clean(given).replace(" ", "<")
    return (s + "<" * width)[:width]


def mrz_td3(doc, country, surname, given, number, nat, dob, sex, exp, opt=""):
    l1 = (doc + "<" * 2)[:2] + country + mrz_name(surname, given, 39)
    num = (number + "<" * 9)[:9]
    optf = (opt + "<" * 14)[:14]
    ocd = mrz_cd(optf) if opt else "<"
    body = num + mrz_cd(num) + nat + dob + mrz_cd(dob) + sex + exp + mrz_cd(exp) + optf + ocd
    comp = mrz_cd(body[0:10] + body[13:20] + body[21:43])
    l2 = body + comp
    assert len(l1) == 44 and len(l2) == 44
    assert l2[9] == mrz_cd(l2[0:9]) and l2[19] == mrz_cd(l2[13:19]) and l2[27] == mrz_cd(l2[21:27])
    assert l2[43] == mrz_cd(l2[0:10] + l2[13:20] + l2[21:43])
    return [l1, l2]


def mrz_mrva(country, surname, given, number, nat, dob, sex, exp, opt=""):
    l1 = "V<" + country + mrz_name(surname, given, 39)
    num = (number + "<" * 9)[:9]
    l2 = num + mrz_cd(num) + nat + dob + mrz_cd(dob) + sex + exp + mrz_cd(exp)
    l2 = (l2 + opt + "<" * 16)[:44]
    assert len(l1) == 44 and len(l2) == 44
    assert l2[9] == mrz_cd(l2[0:9]) and l2[19] == mrz_cd(l2[13:19]) and l2[27] == mrz_cd(l2[21:27])
    return [l1, l2]


def mrz_td1(doc, country, number, dob, sex, exp, nat, surname, given, opt1="", opt2=""):
    num = (number + "<" * 9)[:9]
    l1 = (doc + "<<")[:2] + country + num + mrz_cd(num) + (opt1 + "<" * 15)[:15]
    l2 = dob + mrz_cd(dob) + sex + exp + mrz_cd(exp) + nat + (opt2 + "<" * 11)[:11]
    l2 = l2 + mrz_cd(l1[5:30] + l2[0:7] + l2[8:15] + l2[18:29])
    l3 = mrz_name(surname, given, 30)
    assert len(l1) == len(l2) == len(l3) == 30
    assert l1[14] == mrz_cd(l1[5:14]) and l2[6] == mrz_cd(l2[0:6]) and l2[14] == mrz_cd(l2[8:14])
    assert l2[29] == mrz_cd(l1[5:30] + l2[0:7] + l2[8:15] + l2[18:29])
    return [l1, l2, l3]


def iban_valid(iban):
    s = iban[4:] + iban[:4]
    return int("".join(str(int(c, 36)) for c in s)) % 97 == 1


def make_iban(country, bban):
    s = bban + country + "00"
    cd = 98 - int("".join(str(int(c, 36)) for c in s)) % 97
    iban = f"{country}{cd:02d}{bban}"
    assert iban_valid(iban)
    return iban


def rib_key(bank, branch, account):
    assert account.isdigit()
    return 97 - (89 * int(bank) + 15 * int(branch) + 3 * int(account)) % 97


def fr_iban(bank, branch, account):
    key = rib_key(bank, branch, account)
    iban = make_iban("FR", f"{bank}{branch}{account}{key:02d}")
    assert (89 * int(bank) + 15 * int(branch) + 3 * int(account) + key) % 97 == 0
    return iban, f"{key:02d}"


def nir_key(nir13):
    k = 97 - int(nir13) % 97
    assert (int(nir13) + k) % 97 == 0
    return f"{k:02d}"


def luhn_ok(num):
    tot = 0
    for i, ch in enumerate(reversed(num)):
        d = int(ch) * (2 if i % 2 else 1)
        tot += d - 9 if d > 9 else d
    return tot % 10 == 0


def make_siret(siren8, nic4):
    for last in range(10):
        siren = siren8 + str(last)
        if luhn_ok(siren):
            break
    for last in range(10):
        siret = siren + nic4 + str(last)
        if luhn_ok(siret):
            assert luhn_ok(siret[:9])
            return siret
    raise ValueError(siren8)


def group(s, n=4):
    return " ".join(s[i : i + n] for i in range(0, len(s), n))


def fr_date(iso):
    y, m, d = iso.split("-")
    return f"{d}/{m}/{y}"


MOIS = "janvier février mars avril mai juin juillet août septembre octobre novembre décembre"
MOIS = MOIS.split()


def fr_words(iso):
    y, m, d = iso.split("-")
    return f"{int(d)} {MOIS[int(m) - 1]} {y}"


def money(v):
    s = f"{v:,.2f}".replace(",", " ").replace(".", ",")
    return s + " €"


# ---------------------------------------------------------------- pdf making
def make_pdf(pages, pagesize=A4):
    """pages: list of callables f(canvas, w, h) or (callable, pagesize)."""
    reg_fonts()
    buf = io.BytesIO()
    c = rl_canvas.Canvas(buf, pagesize=pagesize, invariant=1)
    for p in pages:
        fn, size = p if isinstance(p, tuple) else (p, pagesize)
        c.setPageSize(size)
        fn(c, size[0], size[1])
        c.showPage()
    c.save()
    return buf.getvalue()


def rasterize(pdf_bytes, dpi=200):
    doc = pdfium.PdfDocument(pdf_bytes)
    out = []
    for i in range(len(doc)):
        page = doc[i]
        img = page.render(scale=dpi / 72.0).to_pil().convert("RGB")
        out.append(img)
        page.close()
    doc.close()
    return out


def images_to_pdf(images, dpi=200, quality=72):
    buf = io.BytesIO()
    c = rl_canvas.Canvas(buf, invariant=1)
    for img in images:
        w, h = img.size[0] * 72.0 / dpi, img.size[1] * 72.0 / dpi
        c.setPageSize((w, h))
        jb = io.BytesIO()
        img.save(jb, "JPEG", quality=quality)
        jb.seek(0)
        c.drawImage(ImageReader(jb), 0, 0, w, h)
        c.showPage()
    c.save()
    return buf.getvalue()


# ---------------------------------------------------------------- handwriting
HAND_SCALE = {"Hand1": 1.55, "Hand3": 1.1}


def hand_text(c, x, y, text, rng, font="Hand1", size=12, ink=(0.08, 0.12, 0.45), slant=0.0):
    """Write text glyph by glyph with jitter of size, baseline and angle."""
    size *= HAND_SCALE.get(font, 1.0)
    c.saveState()
    c.setFillColorRGB(*ink)
    cx = x
    base_tilt = rng.uniform(-1.5, 1.5)
    for i, ch in enumerate(text):
        s = size * rng.uniform(0.92, 1.08)
        dy = rng.gauss(0, size * 0.035) + i * math.tan(math.radians(base_tilt)) * size * 0.3
        c.saveState()
        c.translate(cx, y + dy)
        c.rotate(rng.gauss(0, 3.0))
        c.skew(0, slant)
        c.setFont(font, s)
        c.drawString(0, 0, ch)
        c.restoreState()
        cx += pdfmetrics.stringWidth(ch, font, s) * rng.uniform(0.95, 1.08)
    c.restoreState()
    return cx


def hand_comb(c, x, y, pitch, text, rng, font="Hand1", size=11, ink=(0.08, 0.12, 0.45)):
    for i, ch in enumerate(text):
        if ch != " ":
            w = pdfmetrics.stringWidth(ch, font, size * HAND_SCALE.get(font, 1.0))
            hand_text(
                c, x + i * pitch + (pitch - w) / 2 + rng.uniform(-1, 1), y, ch, rng, font, size, ink
            )


def _bezier(p0, p1, p2, p3, n=16):
    pts = []
    for i in range(n + 1):
        t = i / n
        a = (1 - t) ** 3
        b = 3 * (1 - t) ** 2 * t
        cc = 3 * (1 - t) * t**2
        d = t**3
        pts.append(
            (
                a * p0[0] + b * p1[0] + cc * p2[0] + d * p3[0],
                a * p0[1] + b * p1[1] + cc * p2[1] + d * p3[1],
            )
        )
    return pts


def signature_paths(rng, w, h, letters=6):
    """A script-like signature: a loopy Bezier chain and a flourish, as point lists (0..w, 0..h)."""
    strokes = []
    pts = []
    x = rng.uniform(0.02, 0.08) * w
    y = h * 0.45
    step = w * 0.78 / letters
    p_prev = (x, y)
    for i in range(letters):
        up = (
            h * rng.uniform(0.35, 0.95)
            if rng.random() < 0.45 or i == 0
            else h * rng.uniform(0.15, 0.5)
        )
        x2 = p_prev[0] + step * rng.uniform(0.7, 1.3)
        c1 = (p_prev[0] + step * rng.uniform(0.1, 0.6), h * 0.2 + up)
        c2 = (p_prev[0] + step * rng.uniform(-0.4, 0.4), h * rng.uniform(0.0, 0.3))
        p3 = (x2, h * rng.uniform(0.25, 0.5))
        pts += _bezier(p_prev, c1, c2, p3, 18)[1 if pts else 0 :]
        p_prev = p3
    strokes.append(pts)
    # flourish underline
    a = (w * rng.uniform(0.05, 0.25), h * rng.uniform(0.05, 0.2))
    b = (w * rng.uniform(0.96, 1.0), h * rng.uniform(0.15, 0.4))
    strokes.append(_bezier(a, (w * 0.45, h * -0.1), (w * 0.8, h * 0.5), b, 24))
    if rng.random() < 0.6:
        q = (w * rng.uniform(0.3, 0.6), h * 0.9)
        strokes.append(
            _bezier(q, (q[0] + 5, h * 0.4), (q[0] - 8, h * 0.2), (q[0] + 3, h * 0.1), 12)
        )
    return strokes


def draw_signature(c, x, y, w, h, rng, ink=(0.05, 0.1, 0.45), width=1.2):
    """Pen-like strokes: each segment drawn with a varying line width."""
    c.saveState()
    c.setStrokeColorRGB(*ink)
    c.setLineCap(1)
    c.setLineJoin(1)
    for stroke in signature_paths(rng, w, h, rng.randint(5, 8)):
        n = len(stroke)
        for i in range(n - 1):
            t = i / max(1, n - 1)
            c.setLineWidth(width * (0.45 + 0.9 * math.sin(math.pi * t) * rng.uniform(0.8, 1.1)))
            (ax, ay), (bx, by) = stroke[i], stroke[i + 1]
            c.line(x + ax, y + ay, x + bx, y + by)
    c.restoreState()


def draw_stamp(c, x, y, r, lines, rng, color=(0.15, 0.25, 0.6), center=None, font="SansB"):
    """Round rubber stamp with text around and in the centre."""
    c.saveState()
    c.translate(x, y)
    c.rotate(rng.uniform(-18, 18))
    c.setStrokeColorRGB(*color)
    c.setFillColorRGB(*color)
    c.setLineWidth(1.4)
    c.circle(0, 0, r)
    c.setLineWidth(0.7)
    c.circle(0, 0, r * 0.72)
    text = " * ".join(lines) + " * "
    n = len(text)
    fs = min(r * 0.2, 2 * math.pi * r * 0.86 / max(n, 1) * 1.55)
    for i, ch in enumerate(text):
        ang = 90 - i * 360.0 / n
        c.saveState()
        c.rotate(ang)
        c.translate(0, r * 0.8)
        c.setFont(font, fs)
        c.drawCentredString(0, 0, ch)
        c.restoreState()
    if center:
        c.setFont(font, r * 0.18)
        for k, ln in enumerate(center):
            c.drawCentredString(0, r * 0.1 - k * r * 0.24, ln)
    c.restoreState()


# ---------------------------------------------------------------- looks
def _jpeg(img, quality):
    b = io.BytesIO()
    img.save(b, "JPEG", quality=quality)
    return b.getvalue()


def scan_page(img, rng, paper=(244, 242, 236), angle=None):
    """A flatbed scan: grey paper, slight skew, noise, blur."""
    a = np.asarray(img).astype(np.float32)
    tint = np.array(paper, np.float32) / 255.0
    a = a * tint
    h, w = a.shape[:2]
    ang = rng.uniform(-0.9, 0.9) if angle is None else angle
    m = cv2.getRotationMatrix2D((w / 2, h / 2), ang, 1.0)
    a = cv2.warpAffine(a, m, (w, h), borderMode=cv2.BORDER_CONSTANT, borderValue=paper)
    nrng = np.random.default_rng(rng.randint(0, 2**31))
    a = a + nrng.normal(0, 4.0, a.shape).astype(np.float32)
    a = cv2.GaussianBlur(a, (3, 3), 0.6)
    return Image.fromarray(np.clip(a, 0, 255).astype(np.uint8))


def cards_on_bed(cards, rng, dpi=200):
    """Place card images (already rendered at dpi) on an A4 scanner bed."""
    W, H = int(8.27 * dpi), int(11.69 * dpi)
    bed = Image.new("RGB", (W, H), (250, 250, 248))
    y = int(0.6 * dpi)
    for img in cards:
        x = int(0.5 * dpi + rng.uniform(0, 0.3) * dpi)
        rot = img.rotate(
            rng.uniform(-2.0, 2.0), expand=True, fillcolor=(250, 250, 248), resample=Image.BICUBIC
        )
        bed.paste(rot, (x, y))
        y += rot.size[1] + int(0.35 * dpi)
    return bed


def _table(rng, W, H):
    nrng = np.random.default_rng(rng.randint(0, 2**31))
    kind = rng.choice(["wood", "grey", "white", "dark"])
    base = {
        "wood": (150, 105, 70),
        "grey": (120, 120, 118),
        "white": (225, 222, 215),
        "dark": (55, 50, 48),
    }[kind]
    small = nrng.normal(0, 1, (H // 40 + 2, W // 40 + 2)).astype(np.float32)
    small = cv2.resize(small, (W, H), interpolation=cv2.INTER_CUBIC)
    if kind == "wood":
        streak = nrng.normal(0, 1, (H // 6 + 2, 8)).astype(np.float32)
        small = 0.3 * small + cv2.resize(streak, (W, H), interpolation=cv2.INTER_CUBIC)
    t = np.zeros((H, W, 3), np.float32)
    for k in range(3):
        t[:, :, k] = base[k] + small * 10
    if kind == "wood":
        yy = np.arange(H, dtype=np.float32)[:, None]
        grain = 8 * np.sin(yy / rng.uniform(9, 20) + small * 0.8)
        t += grain[:, :, None] * np.array([1, 0.8, 0.6], np.float32)
    return t


def phone_photo(img, rng, long_side=None, rotate=0, fill=0.8):
    """Photo of a page/card on a table: perspective, shadow, light gradient, cast, blur."""
    long_side = long_side or rng.choice([3024, 3264, 4000])
    short = int(long_side * 0.75)
    doc = np.asarray(img.convert("RGB")).astype(np.float32)
    dh, dw = doc.shape[:2]
    portrait = dh >= dw
    W, H = (short, long_side) if portrait else (long_side, short)
    scale = min(W * fill / dw, H * fill / dh)
    tw, th = dw * scale, dh * scale
    cx, cy = W / 2 + rng.uniform(-0.04, 0.04) * W, H / 2 + rng.uniform(-0.04, 0.04) * H
    j = 0.05 * min(W, H)
    dst = np.float32(
        [
            [cx - tw / 2 + rng.uniform(-j, j), cy - th / 2 + rng.uniform(-j, j)],
            [cx + tw / 2 + rng.uniform(-j, j), cy - th / 2 + rng.uniform(-j, j)],
            [cx + tw / 2 + rng.uniform(-j, j), cy + th / 2 + rng.uniform(-j, j)],
            [cx - tw / 2 + rng.uniform(-j, j), cy + th / 2 + rng.uniform(-j, j)],
        ]
    )
    ang = math.radians(rng.uniform(-3, 3))
    ca, sa = math.cos(ang), math.sin(ang)
    dst = np.float32(
        [[cx + (x - cx) * ca - (y - cy) * sa, cy + (x - cx) * sa + (y - cy) * ca] for x, y in dst]
    )
    src = np.float32([[0, 0], [dw, 0], [dw, dh], [0, dh]])
    m = cv2.getPerspectiveTransform(src, dst)
    table = _table(rng, W, H)
    warped = cv2.warpPerspective(doc, m, (W, H), flags=cv2.INTER_AREA)
    mask = cv2.warpPerspective(np.ones((dh, dw), np.float32), m, (W, H))
    # drop shadow of the sheet
    sh = cv2.GaussianBlur(
        cv2.warpAffine(mask, np.float32([[1, 0, 12], [0, 1, 16]]), (W, H)), (0, 0), 14
    )
    table = table * (1 - 0.45 * sh[:, :, None])
    out = table * (1 - mask[:, :, None]) + warped * mask[:, :, None]
    # light gradient + a soft shadow (hand/phone)
    yy, xx = np.mgrid[0:H, 0:W].astype(np.float32)
    gx, gy = rng.uniform(-1, 1), rng.uniform(-1, 1)
    light = 1.0 + 0.16 * ((xx / W - 0.5) * gx + (yy / H - 0.5) * gy)
    sx, sy = rng.uniform(0, W), rng.uniform(0, H)
    r = rng.uniform(0.25, 0.5) * max(W, H)
    d = np.sqrt((xx - sx) ** 2 + (yy - sy) ** 2) / r
    light *= 1.0 - 0.28 * np.clip(1.2 - d, 0, 1)
    cast = np.array(
        [rng.uniform(0.95, 1.05), rng.uniform(0.96, 1.03), rng.uniform(0.85, 0.98)], np.float32
    )
    out = out * light[:, :, None] * cast[None, None, :]
    out = cv2.GaussianBlur(out, (0, 0), rng.uniform(0.8, 1.6))
    nrng = np.random.default_rng(rng.randint(0, 2**31))
    out = out + nrng.normal(0, 3.5, out.shape).astype(np.float32)
    res = Image.fromarray(np.clip(out, 0, 255).astype(np.uint8))
    if rotate:
        res = res.rotate(rotate, expand=True)
    return res


def save_jpeg(img, path, quality=86):
    with open(path, "wb") as f:
        f.write(_jpeg(img, quality))


def grey_scan_pdf(pages, rng, dpi=200):
    imgs = [scan_page(p, rng) for p in pages]
    imgs = [i.convert("L").convert("RGB") if rng.random() < 0.5 else i for i in imgs]
    return images_to_pdf(imgs, dpi=dpi, quality=rng.randint(62, 80))


def card_image(pdf_bytes, dpi=400):
    return rasterize(pdf_bytes, dpi)[0]


def pil_signature(draw, x, y, w, h, rng, ink=(20, 30, 110), width=3.0):
    for stroke in signature_paths(rng, w, h, rng.randint(5, 8)):
        n = len(stroke)
        for i in range(n - 1):
            t = i / max(1, n - 1)
            lw = max(1, int(width * (0.45 + 0.9 * math.sin(math.pi * t))))
            (ax, ay), (bx, by) = stroke[i], stroke[i + 1]
            draw.line([(x + ax, y + h - ay), (x + bx, y + h - by)], fill=ink, width=lw)


def soften(img, radius=0.6):
    return img.filter(ImageFilter.GaussianBlur(radius))


__all__ = ["Image", "ImageDraw"]
