"""Shared helpers for blind set_cd: check digits, fonts, handwriting, rendering, looks."""

from __future__ import annotations

import io
import itertools
import math
import random

import cv2
import numpy as np
import pypdfium2 as pdfium
from PIL import Image, ImageDraw, ImageFilter
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas as rl_canvas

cv2.setNumThreads(1)

F = "/usr/share/fonts/truetype/"
FONTS = {
    "sans": F + "dejavu/DejaVuSans.ttf",
    "sans-b": F + "dejavu/DejaVuSans-Bold.ttf",
    "cond": F + "dejavu/DejaVuSansCondensed.ttf",
    "cond-b": F + "dejavu/DejaVuSansCondensed-Bold.ttf",
    "serif": F + "liberation/LiberationSerif-Regular.ttf",
    "serif-b": F + "liberation/LiberationSerif-Bold.ttf",
    "serif-i": F + "liberation/LiberationSerif-Italic.ttf",
    "arial": F + "liberation/LiberationSans-Regular.ttf",
    "arial-b": F + "liberation/LiberationSans-Bold.ttf",
    "narrow": F + "liberation/LiberationSansNarrow-Regular.ttf",
    "narrow-b": F + "liberation/LiberationSansNarrow-Bold.ttf",
    "roboto": F + "roboto/unhinted/RobotoTTF/Roboto-Regular.ttf",
    "roboto-b": F + "roboto/unhinted/RobotoTTF/Roboto-Bold.ttf",
    "roboto-m": F + "roboto/unhinted/RobotoTTF/Roboto-Medium.ttf",
    "lato": F + "lato/Lato-Regular.ttf",
    "lato-b": F + "lato/Lato-Bold.ttf",
    "open": F + "open-sans/OpenSans-Regular.ttf",
    "open-b": F + "open-sans/OpenSans-Bold.ttf",
    "carlito": F + "crosextra/Carlito-Regular.ttf",
    "carlito-b": F + "crosextra/Carlito-Bold.ttf",
    "mono": F + "dejavu/DejaVuSansMono.ttf",
    "ocr": F + "liberation/LiberationMono-Regular.ttf",
    "free-mono": F + "freefont/FreeMono.ttf",
    "h-breip": F + "breip/Breip.ttf",
    "h-dkg": F + "fifthhorseman/dkg.ttf",
}
HANDS = ["h-breip", "h-dkg"]
for _n, _p in FONTS.items():
    assert _p.endswith(".ttf")
    pdfmetrics.registerFont(TTFont(_n, _p))

INK_BLUE = (0.08, 0.16, 0.55)
INK_BLACK = (0.1, 0.1, 0.14)


# --------------------------------------------------------------------------- check digits
def mrz_cd(s: str) -> str:
    """ICAO 9303 check digit, weights 7-3-1."""
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


assert mrz_cd("L898902C3") == "6" and mrz_cd("740812") == "2" and mrz_cd("120415") == "9"


def mrz_name(surname: str, given: str, width: int) -> str:
    def clean(s):
        s = s.upper().replace("'", "").replace("’", "")
        for a, b in zip("ÀÂÄÁÃÉÈÊËÍÌÎÏÓÒÔÖÕÚÙÛÜÇÑ", "AAAAAEEEEIIIIOOOOOUUUUCN", strict=True):
            s = s.replace(a, b)
        return "".join(c if c.isalpha() else "<" for c in s)

    out = clean(surname) + "<<" + clean(given)
    return (out + "<" * width)[:width]


def td3(country, surname, given, number, nat, dob, sex, exp, personal="", code="P<"):
    l1 = code + country + mrz_name(surname, given, 39)
    num = (number + "<" * 9)[:9]
    pers = (personal + "<" * 14)[:14]
    pcd = mrz_cd(pers) if personal else "<"
    if not personal:
        pcd = "0"
    part = num + mrz_cd(num) + nat + dob + mrz_cd(dob) + sex + exp + mrz_cd(exp) + pers + pcd
    comp = part[0:10] + part[13:20] + part[21:43]
    l2 = part + mrz_cd(comp)
    assert len(l1) == 44 and len(l2) == 44
    return [l1, l2]


# ICAO 9303 part 4 example (specimens README): Utopia, ERIKSSON ANNA MARIA
assert td3("UTO", "ERIKSSON", "ANNA MARIA", "L898902C3", "UTO", "740812", "F", "120415",
           "ZE184226B")[1] == "L898902C36UTO7408122F1204159ZE184226B<<<<<10"  # fmt: skip


def td1(code, country, number, dob, sex, exp, nat, surname, given, opt1="", opt2=""):
    num = (number + "<" * 9)[:9]
    l1 = code + country + num + mrz_cd(num) + (opt1 + "<" * 15)[:15]
    l2 = dob + mrz_cd(dob) + sex + exp + mrz_cd(exp) + nat + (opt2 + "<" * 11)[:11]
    comp = l1[5:30] + l2[0:7] + l2[8:15] + l2[18:29]
    l2 += mrz_cd(comp)
    l3 = mrz_name(surname, given, 30)
    assert len(l1) == len(l2) == len(l3) == 30
    return [l1, l2, l3]


def mrva(code, country, surname, given, number, nat, dob, sex, exp, opt=""):
    l1 = code + country + mrz_name(surname, given, 39)
    num = (number + "<" * 9)[:9]
    l2 = num + mrz_cd(num) + nat + dob + mrz_cd(dob) + sex + exp + mrz_cd(exp)
    l2 += (opt + "<" * 16)[:16]
    assert len(l1) == 44 and len(l2) == 44
    return [l1, l2]


def _alnum_to_digits(s: str) -> str:
    return "".join(str(int(c, 36)) for c in s)


def iban_check(country: str, bban: str) -> str:
    n = int(_alnum_to_digits(bban + country + "00"))
    return f"{98 - n % 97:02d}"


def iban_valid(iban: str) -> bool:
    s = iban[4:] + iban[:4]
    return int(_alnum_to_digits(s)) % 97 == 1


def rib_key(bank: str, branch: str, account: str) -> str:
    conv = {c: str(v) for v, cs in enumerate(["", "AJ", "BKS", "CLT", "DMU", "ENV", "FOW", "GPX",
                                              "HQY", "IRZ"]) for c in cs}  # fmt: skip
    acc = int("".join(conv.get(c, c) for c in account))
    return f"{97 - (89 * int(bank) + 15 * int(branch) + 3 * acc) % 97:02d}"


def fr_iban(bank: str, branch: str, account: str) -> tuple[str, str]:
    key = rib_key(bank, branch, account)
    bban = bank + branch + account + key
    iban = "FR" + iban_check("FR", bban) + bban
    assert iban_valid(iban) and len(iban) == 27
    return iban, key


assert fr_iban("30006", "00001", "12345678901")[0] == "FR7630006000011234567890189"
assert fr_iban("20041", "01005", "0500013M026")[0] == "FR1420041010050500013M02606"


def nir_with_key(nir13: str) -> str:
    assert len(nir13) == 13 and nir13.isdigit()
    key = 97 - int(nir13) % 97
    full = nir13 + f"{key:02d}"
    assert (int(full[:13]) + int(full[13:])) % 97 == 0
    return full


def luhn_ok(num: str) -> bool:
    tot = 0
    for i, ch in enumerate(reversed(num)):
        d = int(ch) * (2 if i % 2 else 1)
        tot += d - 9 if d > 9 else d
    return tot % 10 == 0


def make_siret(rng: random.Random) -> str:
    while True:
        s = "".join(str(rng.randint(0, 9)) for _ in range(8))
        s = str(rng.randint(3, 9)) + s
        if not luhn_ok(s):
            continue
        for _ in range(50):
            nic = "000" + f"{rng.randint(10, 99):02d}"
            if luhn_ok(s + nic):
                return s + nic


def group4(iban: str) -> str:
    return " ".join(iban[i : i + 4] for i in range(0, len(iban), 4))


# --------------------------------------------------------------------------- dates
MOIS = "janvier février mars avril mai juin juillet août septembre octobre novembre décembre"
MOIS = MOIS.split()


def fr_long(d) -> str:
    return (
        f"{d.day} {MOIS[d.month - 1]} {d.year}"
        if d.day != 1
        else f"1er {MOIS[d.month - 1]} {d.year}"
    )


def dmy(d, sep="/") -> str:
    return f"{d.day:02d}{sep}{d.month:02d}{sep}{d.year}"


def yymmdd(d) -> str:
    return d.strftime("%y%m%d")


# --------------------------------------------------------------------------- drawing
def new_canvas(pagesize):
    buf = io.BytesIO()
    c = rl_canvas.Canvas(buf, pagesize=pagesize, invariant=1, pageCompression=1)
    return c, buf


def finish(c, buf) -> bytes:
    c.save()
    return buf.getvalue()


def hand(c, x, y, text, rng, font=None, size=12, ink=INK_BLUE, slant=True, spread=1.0):
    """Handwriting: one glyph at a time with jitter in position, size and angle."""
    font = font or rng.choice(HANDS)
    c.saveState()
    c.setFillColorRGB(*ink)
    base_rot = rng.uniform(-1.5, 1.5)
    cx = x
    drift = 0.0
    for ch in text:
        s = size * rng.uniform(0.93, 1.07)
        drift += rng.uniform(-0.18, 0.18)
        drift = max(-1.5, min(1.5, drift))
        c.saveState()
        c.translate(cx, y + drift + rng.uniform(-0.5, 0.5))
        c.rotate(base_rot + rng.uniform(-4, 4))
        c.setFont(font, s)
        c.drawString(0, 0, ch)
        c.restoreState()
        cx += pdfmetrics.stringWidth(ch, font, s) * spread * rng.uniform(0.97, 1.06)
    c.restoreState()
    return cx


def hand_comb(c, x, y, text, cell, rng, font=None, size=12, ink=INK_BLUE):
    font = font or rng.choice(HANDS)
    for i, ch in enumerate(text):
        if ch == " ":
            continue
        w = pdfmetrics.stringWidth(ch, font, size)
        hand(c, x + i * cell + (cell - w) / 2 + rng.uniform(-1, 1), y, ch, rng, font, size, ink)


def _chaikin(pts, n=3):
    for _ in range(n):
        out = [pts[0]]
        for (x0, y0), (x1, y1) in itertools.pairwise(pts):
            out += [
                (0.75 * x0 + 0.25 * x1, 0.75 * y0 + 0.25 * y1),
                (0.25 * x0 + 0.75 * x1, 0.25 * y0 + 0.75 * y1),
            ]
        out.append(pts[-1])
        pts = out
    return pts


def signature_points(rng: random.Random, w: float, h: float):
    """Pen strokes of a signature: a looped capital, uneven letter humps, a flourish."""
    strokes = []
    # capital: a tall loop
    cx = 0.12 * w
    cap = [(cx + 0.02 * w, 0.15 * h), (cx - 0.02 * w, 0.95 * h), (cx + 0.1 * w, 0.9 * h),
           (cx + 0.08 * w, 0.55 * h), (cx - 0.04 * w, 0.45 * h), (cx + 0.14 * w, 0.35 * h)]  # fmt: skip
    cap = [(x + rng.uniform(-3, 3), y + rng.uniform(-3, 3)) for x, y in cap]
    # letters: humps of random height, some ascenders and descenders
    pts = [cap[-1]]
    x = cap[-1][0]
    for _ in range(rng.randint(6, 11)):
        kind = rng.random()
        top = h * (0.85 if kind < 0.2 else 0.55) * rng.uniform(0.85, 1.1)
        bot = h * (0.0 if kind > 0.88 else 0.3) * rng.uniform(0.9, 1.1)
        step = w * rng.uniform(0.045, 0.075)
        pts.append((x + step * 0.5, top))
        if kind < 0.2:
            pts.append((x + step * 0.2, top * 0.8))
        pts.append((x + step, bot))
        x += step
        if x > 0.85 * w:
            break
    strokes.append(_chaikin(cap + pts[1:], 3))
    fl = [(x, 0.3 * h), (x + 0.05 * w, 0.45 * h), (0.9 * w, 0.2 * h), (0.5 * w, 0.1 * h),
          (0.1 * w, 0.16 * h)]  # fmt: skip
    fl = [(min(px, 0.98 * w) + rng.uniform(-4, 4), py + rng.uniform(-3, 3)) for px, py in fl]
    strokes.append(_chaikin(fl, 3))
    if rng.random() < 0.5:
        strokes.append([(0.45 * w, 0.75 * h), (0.48 * w + rng.uniform(-3, 3), 0.78 * h)])
    return strokes


def draw_signature(c, x, y, w, h, rng, ink=INK_BLUE):
    c.saveState()
    c.setStrokeColorRGB(*ink)
    c.setLineCap(1)
    c.setLineJoin(1)
    for st in signature_points(rng, w, h):
        p = c.beginPath()
        p.moveTo(x + st[0][0], y + st[0][1])
        for px, py in st[1:]:
            p.lineTo(x + px, y + py)
        c.setLineWidth(rng.uniform(0.8, 1.3))
        c.drawPath(p, stroke=1, fill=0)
    c.restoreState()


def signature_png(rng: random.Random, w=420, h=150) -> bytes:
    img = Image.new("RGBA", (w, h), (255, 255, 255, 0))
    d = ImageDraw.Draw(img)
    for st in signature_points(rng, w, h):
        d.line([(px, h - py) for px, py in st], fill=(20, 35, 120, 255), width=3, joint="curve")
    buf = io.BytesIO()
    img.save(buf, "PNG")
    return buf.getvalue()


def stamp(c, x, y, r, lines_round, center, rng, color=(0.55, 0.15, 0.5)):
    """Round rubber stamp: text on the ring, a centre label."""
    c.saveState()
    c.translate(x, y)
    c.rotate(rng.uniform(-20, 20))
    c.setStrokeColorRGB(*color)
    c.setFillColorRGB(*color)
    c.setLineWidth(1.2)
    c.circle(0, 0, r)
    c.circle(0, 0, r * 0.68)
    text = lines_round
    fs = r * 0.2
    c.setFont("sans-b", fs)
    step = 340.0 / max(len(text), 1)
    for i, ch in enumerate(text):
        a = math.radians(90 + 170 - i * step)
        c.saveState()
        c.translate(r * 0.82 * math.cos(a), r * 0.82 * math.sin(a))
        c.rotate(math.degrees(a) - 90)
        c.drawCentredString(0, -fs * 0.35, ch)
        c.restoreState()
    for j, ln in enumerate(center):
        c.setFont("sans-b", r * 0.16)
        c.drawCentredString(0, r * 0.1 - j * r * 0.22, ln)
    c.restoreState()


def face(c, x, y, w, h, rng, skin=None, grey=False):
    """A plain portrait for ID photos."""
    skin = skin or rng.choice([(0.45, 0.3, 0.22), (0.75, 0.58, 0.45), (0.9, 0.75, 0.62),
                                (0.6, 0.42, 0.3), (0.32, 0.22, 0.16)])  # fmt: skip
    if grey:
        g = sum(skin) / 3
        skin = (g, g, g)
    c.saveState()
    c.setFillColorRGB(0.86, 0.88, 0.9)
    c.rect(x, y, w, h, stroke=0, fill=1)
    c.setFillColorRGB(*[v * 0.55 for v in skin])
    c.ellipse(x + w * 0.1, y - h * 0.05, x + w * 0.9, y + h * 0.32, stroke=0, fill=1)
    c.setFillColorRGB(*skin)
    c.ellipse(x + w * 0.27, y + h * 0.28, x + w * 0.73, y + h * 0.86, stroke=0, fill=1)
    c.setFillColorRGB(0.12, 0.1, 0.08)
    c.ellipse(x + w * 0.25, y + h * 0.66, x + w * 0.75, y + h * 0.92, stroke=0, fill=1)
    c.setFillColorRGB(*skin)
    c.ellipse(x + w * 0.29, y + h * 0.5, x + w * 0.71, y + h * 0.78, stroke=0, fill=1)
    c.restoreState()


def guilloche(c, x, y, w, h, rng, color=(0.8, 0.85, 0.9), n=40):
    c.saveState()
    c.setStrokeColorRGB(*color)
    c.setLineWidth(0.3)
    ph = rng.uniform(0, 6)
    for k in range(n):
        p = c.beginPath()
        for i in range(121):
            t = i / 120
            px = x + t * w
            py = y + h * (k / n) + 6 * math.sin(t * 14 + k * 0.4 + ph) + 3 * math.sin(t * 37 + k)
            py = min(max(py, y), y + h)
            if i == 0:
                p.moveTo(px, py)
            else:
                p.lineTo(px, py)
        c.drawPath(p, stroke=1, fill=0)
    c.restoreState()


def mrz_draw(c, x, y, lines, size=10.5, font="ocr", lead=1.45):
    c.saveState()
    c.setFillColorRGB(0.05, 0.05, 0.05)
    c.setFont(font, size)
    for i, ln in enumerate(lines):
        c.drawString(x, y - i * size * lead, ln)
    c.restoreState()


# --------------------------------------------------------------------------- rendering & looks
def render(pdf: bytes, dpi=200) -> list[Image.Image]:
    doc = pdfium.PdfDocument(pdf)
    out = []
    for i in range(len(doc)):
        page = doc[i]
        out.append(page.render(scale=dpi / 72.0).to_pil().convert("RGB"))
        page.close()
    doc.close()
    return out


def _noise(arr, rng, sigma):
    g = np.random.default_rng(rng.randint(0, 2**31))
    return np.clip(arr + g.normal(0, sigma, arr.shape), 0, 255)


def scan_look(img: Image.Image, rng: random.Random, grey=False, tone=None) -> Image.Image:
    """Flatbed scan: paper tone, tiny skew, noise, softness."""
    if grey:
        img = img.convert("L").convert("RGB")
    tone = tone or (rng.uniform(0.9, 0.97),) * 3
    arr = np.asarray(img).astype(np.float32)
    arr = arr * np.array(tone, dtype=np.float32) + 6
    arr = _noise(arr, rng, 3.5)
    out = Image.fromarray(arr.astype(np.uint8))
    out = out.rotate(rng.uniform(-1.2, 1.2), resample=Image.BICUBIC, expand=False,
                     fillcolor=(235, 235, 232))  # fmt: skip
    return out.filter(ImageFilter.GaussianBlur(rng.uniform(0.3, 0.6)))


def place_on_a4(items, dpi=200, bg=(250, 250, 248)):
    """Paste card images on an A4 sheet (a photocopy / scan of cards)."""
    w, h = int(8.27 * dpi), int(11.69 * dpi)
    sheet = Image.new("RGB", (w, h), bg)
    for im, (fx, fy) in items:
        sheet.paste(im, (int(fx * w), int(fy * h)))
    return sheet


def phone_look(img: Image.Image, rng: random.Random, rot=0, shadow=False, long_side=3264):
    """Photo of a page on a table: perspective, light, shadow, cast, blur; rotated rot*90."""
    src = np.asarray(img.convert("RGB"))
    sh, sw = src.shape[:2]
    portrait = sh >= sw
    W, H = (long_side * 3 // 4, long_side) if portrait else (long_side, long_side * 3 // 4)
    g = np.random.default_rng(rng.randint(0, 2**31))
    base = np.array(rng.choice([(120, 90, 60), (160, 140, 115), (90, 92, 96), (190, 185, 175)]))
    table = np.ones((H, W, 3), np.float32) * base
    table += g.normal(0, 9, (H, W, 1))
    table = cv2.GaussianBlur(table, (0, 0), 3)
    scale = min(W / sw, H / sh) * rng.uniform(0.78, 0.88)
    pw, ph = sw * scale, sh * scale
    ox, oy = (W - pw) / 2 + rng.uniform(-60, 60), (H - ph) / 2 + rng.uniform(-60, 60)
    j = lambda: rng.uniform(-0.04, 0.04) * min(pw, ph)
    dst = np.float32([[ox + j(), oy + j()], [ox + pw + j(), oy + j()],
                      [ox + pw + j(), oy + ph + j()], [ox + j(), oy + ph + j()]])  # fmt: skip
    srcq = np.float32([[0, 0], [sw, 0], [sw, sh], [0, sh]])
    M = cv2.getPerspectiveTransform(srcq, dst)
    warped = cv2.warpPerspective(src, M, (W, H), flags=cv2.INTER_LINEAR)
    mask = cv2.warpPerspective(np.ones((sh, sw), np.float32), M, (W, H))
    mask = cv2.GaussianBlur(mask, (0, 0), 1.2)[..., None]
    out = warped.astype(np.float32) * mask + table * (1 - mask)
    yy, xx = np.mgrid[0:H, 0:W].astype(np.float32)
    ang = rng.uniform(0, 2 * math.pi)
    grad = (xx / W - 0.5) * math.cos(ang) + (yy / H - 0.5) * math.sin(ang)
    light = 1.0 - 0.22 * grad - 0.18 * (((xx / W - 0.5) ** 2 + (yy / H - 0.5) ** 2) * 2)
    out *= light[..., None]
    if shadow:
        sm = np.zeros((H, W), np.uint8)
        x0 = rng.uniform(0.1, 0.6) * W
        poly = np.int32([[x0, -10], [x0 + W * rng.uniform(0.2, 0.5), -10],
                         [x0 + W * rng.uniform(0.4, 0.9), H + 10], [x0 - W * 0.1, H + 10]])  # fmt: skip
        cv2.fillPoly(sm, [poly], 255)
        sm = cv2.GaussianBlur(sm.astype(np.float32) / 255, (0, 0), 40)
        out *= (1 - 0.42 * sm)[..., None]
    cast = np.array([rng.uniform(1.0, 1.08), rng.uniform(0.97, 1.02), rng.uniform(0.86, 0.96)])
    out = out * cast
    out = cv2.GaussianBlur(out, (0, 0), rng.uniform(0.8, 1.5))
    out = _noise(out, rng, 4.0).astype(np.uint8)
    if rot:
        out = np.ascontiguousarray(np.rot90(out, k=rot))
    return Image.fromarray(out)


def save_jpeg(img: Image.Image, path, q=85, dpi=None):
    kw = {"quality": q, "optimize": False}
    if dpi:
        kw["dpi"] = (dpi, dpi)
    img.save(path, "JPEG", **kw)


def image_pdf(images, path, rng: random.Random, dpi=200, grey=True):
    """A scanner's PDF: each page is a JPEG, no text layer."""
    from reportlab.lib.utils import ImageReader

    c = rl_canvas.Canvas(str(path), invariant=1)
    for im in images:
        im = scan_look(im, rng, grey=grey)
        buf = io.BytesIO()
        im.save(buf, "JPEG", quality=72)
        buf.seek(0)
        w, h = im.size[0] * 72.0 / dpi, im.size[1] * 72.0 / dpi
        c.setPageSize((w, h))
        c.drawImage(ImageReader(buf), 0, 0, w, h)
        c.showPage()
    c.save()


MM = mm
