"""Shared helpers: fonts, check digits, pen strokes, stamps, rendering and camera/scanner looks."""

import io
import math

import cv2
import numpy as np
import pypdfium2 as pdfium
from PIL import Image
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

cv2.setNumThreads(1)

MM = 72 / 25.4
A4 = (210 * MM, 297 * MM)
FD = "/usr/share/fonts/truetype/"
FONTS = {
    "Sans": "dejavu/DejaVuSans.ttf",
    "SansB": "dejavu/DejaVuSans-Bold.ttf",
    "SansC": "dejavu/DejaVuSansCondensed.ttf",
    "SansCB": "dejavu/DejaVuSansCondensed-Bold.ttf",
    "Serif": "dejavu/DejaVuSerif.ttf",
    "SerifB": "dejavu/DejaVuSerif-Bold.ttf",
    "SerifI": "dejavu/DejaVuSerif-Italic.ttf",
    "Mono": "dejavu/DejaVuSansMono.ttf",
    "MonoB": "dejavu/DejaVuSansMono-Bold.ttf",
    "Lib": "liberation/LiberationSans-Regular.ttf",
    "LibB": "liberation/LiberationSans-Bold.ttf",
    "LibSerif": "liberation/LiberationSerif-Regular.ttf",
    "LibSerifB": "liberation/LiberationSerif-Bold.ttf",
    "Courier": "liberation/LiberationMono-Regular.ttf",
    "Lato": "lato/Lato-Regular.ttf",
    "LatoB": "lato/Lato-Bold.ttf",
    "LatoBl": "lato/Lato-Black.ttf",
    "Open": "open-sans/OpenSans-Regular.ttf",
    "OpenB": "open-sans/OpenSans-Bold.ttf",
    "OpenSB": "open-sans/OpenSans-Semibold.ttf",
    "Rob": "roboto/unhinted/RobotoTTF/Roboto-Regular.ttf",
    "RobB": "roboto/unhinted/RobotoTTF/Roboto-Bold.ttf",
    "RobM": "roboto/unhinted/RobotoTTF/Roboto-Medium.ttf",
    "RobC": "roboto/unhinted/RobotoCondensed-Regular.ttf",
    "Carlito": "crosextra/Carlito-Regular.ttf",
    "CarlitoB": "crosextra/Carlito-Bold.ttf",
    "Caladea": "crosextra/Caladea-Regular.ttf",
    "CaladeaB": "crosextra/Caladea-Bold.ttf",
    "Thai": "freefont/FreeSerif.ttf",
    "ThaiB": "freefont/FreeSerifBold.ttf",
    "FreeSans": "freefont/FreeSans.ttf",
    "FreeSansB": "freefont/FreeSansBold.ttf",
    "Ecolier": "ecolier-court/Ecolier-court.ttf",
    "Femke": "femkeklaver/femkeklaver.ttf",
    "Rufs": "rufscript/Rufscript010.ttf",
    "Dkg": "fifthhorseman/dkg.ttf",
    "Humor": "humor-sans/Humor-Sans.ttf",
}
for _n, _p in FONTS.items():
    pdfmetrics.registerFont(TTFont(_n, FD + _p))

FR_MONTHS = "janvier février mars avril mai juin juillet août septembre octobre novembre décembre"
FR_MONTHS = FR_MONTHS.split()


def fr_date(iso):
    y, m, d = iso.split("-")
    return f"{d}/{m}/{y}"


def fr_words(iso):
    y, m, d = (int(x) for x in iso.split("-"))
    return f"{'1er' if d == 1 else d} {FR_MONTHS[m - 1]} {y}"


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


def mrz_name(surname, given, n):
    s = surname.replace("-", "<").replace(" ", "<").replace("'", "")
    g = given.replace("-", "<").replace(" ", "<").replace("'", "")
    return (s + "<<" + g).upper()[:n].ljust(n, "<")


def pad(s, n):
    return s.upper().ljust(n, "<")[:n]


def td3(country, surname, given, number, nat, dob, sex, exp, personal=""):
    """dob/exp as YYMMDD."""
    l1 = "P<" + country + mrz_name(surname, given, 39)
    num = pad(number, 9)
    pers = pad(personal, 14)
    pcd = mrz_cd(pers) if personal else "<"
    body = num + mrz_cd(num) + nat + dob + mrz_cd(dob) + sex + exp + mrz_cd(exp) + pers + pcd
    comp = num + mrz_cd(num) + dob + mrz_cd(dob) + exp + mrz_cd(exp) + pers + pcd
    l2 = body + mrz_cd(comp)
    lines = [l1, l2]
    assert check_td3(lines)
    return lines


def check_td3(lines):
    a = lines[1]
    assert len(lines[0]) == 44 and len(a) == 44
    ok = mrz_cd(a[0:9]) == a[9] and mrz_cd(a[13:19]) == a[19] and mrz_cd(a[21:27]) == a[27]
    ok = ok and (a[42] == "<" and set(a[28:42]) == {"<"} or mrz_cd(a[28:42]) == a[42])
    comp = a[0:10] + a[13:20] + a[21:43]
    return ok and mrz_cd(comp) == a[43]


def mrva(country, surname, given, number, nat, dob, sex, exp, optional=""):
    l1 = "V<" + country + mrz_name(surname, given, 39)
    num = pad(number, 9)
    l2 = num + mrz_cd(num) + nat + dob + mrz_cd(dob) + sex + exp + mrz_cd(exp) + pad(optional, 16)
    lines = [l1, l2]
    assert check_mrva(lines)
    return lines


def check_mrva(lines):
    a = lines[1]
    assert len(lines[0]) == 44 and len(a) == 44
    return mrz_cd(a[0:9]) == a[9] and mrz_cd(a[13:19]) == a[19] and mrz_cd(a[21:27]) == a[27]


def td1(doctype, country, number, dob, sex, exp, nat, surname, given, opt1="", opt2=""):
    num = pad(number, 9)
    l1 = pad(doctype, 2) + country + num + mrz_cd(num) + pad(opt1, 15)
    l2a = dob + mrz_cd(dob) + sex + exp + mrz_cd(exp) + nat + pad(opt2, 11)
    comp = l1[5:30] + l2a[0:7] + l2a[8:15] + l2a[18:29]
    l2 = l2a + mrz_cd(comp)
    l3 = mrz_name(surname, given, 30)
    lines = [l1, l2, l3]
    assert check_td1(lines)
    return lines


def check_td1(lines):
    a, b = lines[0], lines[1]
    assert len(a) == len(b) == len(lines[2]) == 30
    ok = mrz_cd(a[5:14]) == a[14] and mrz_cd(b[0:6]) == b[6] and mrz_cd(b[8:14]) == b[14]
    return ok and mrz_cd(a[5:30] + b[0:7] + b[8:15] + b[18:29]) == b[29]


def iban_ok(iban):
    s = iban[4:] + iban[:4]
    return int("".join(str(int(c, 36)) for c in s)) % 97 == 1


def rib_key(bank, branch, account):
    tr = {}
    for i, grp in enumerate(["AJ", "BKS", "CLT", "DMU", "ENV", "FOW", "GPX", "HQY", "IRZ"]):
        for ch in grp:
            tr[ch] = str(i + 1)
    acc = "".join(tr.get(c, c) for c in account)
    return f"{97 - (89 * int(bank) + 15 * int(branch) + 3 * int(acc)) % 97:02d}"


def fr_iban(bank, branch, account):
    key = rib_key(bank, branch, account)
    bban = bank + branch + account + key
    num = "".join(str(int(c, 36)) for c in bban + "FR00")
    iban = f"FR{98 - int(num) % 97:02d}" + bban
    assert iban_ok(iban) and rib_key(bank, branch, account) == iban[-2:]
    return iban, key


def group4(s):
    return " ".join(s[i : i + 4] for i in range(0, len(s), 4))


def nir_key(nir13):
    n = nir13.replace("2A", "19").replace("2B", "18")
    return f"{97 - int(n) % 97:02d}"


def luhn_ok(num):
    tot = 0
    for i, ch in enumerate(reversed(num)):
        d = int(ch)
        if i % 2:
            d *= 2
            d -= 9 if d > 9 else 0
        tot += d
    return tot % 10 == 0


def siret(siren8, nic4):
    """Complete a SIREN (8 digits + Luhn digit) and a NIC (4 digits + Luhn digit)."""
    for d in range(10):
        if luhn_ok(siren8 + str(d)):
            siren = siren8 + str(d)
            break
    for d in range(10):
        if luhn_ok(siren + nic4 + str(d)):
            s = siren + nic4 + str(d)
            assert luhn_ok(siren) and luhn_ok(s)
            return s


# ---------------------------------------------------------------- pen and stamps
def bez(p0, p1, p2, p3, n=18):
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


def signature(c, x, y, w, h, rng, ink=(0.05, 0.1, 0.45), loops=None, flourish=True):
    """Pen-like signature: chained Bezier loops with pressure-varying width."""
    loops = loops or rng.randint(4, 8)
    pts = []
    cx, cy = x, y + h * 0.4
    step = w * 0.8 / loops
    for i in range(loops):
        up = h * rng.uniform(0.35, 1.0) * (1.4 if i == 0 else 1)
        dn = -h * rng.uniform(0.0, 0.35)
        nx = cx + step * rng.uniform(0.7, 1.3)
        p1 = (cx + step * rng.uniform(0.2, 0.9), cy + up)
        p2 = (cx - step * rng.uniform(0.1, 0.6), cy + up * rng.uniform(0.5, 1.1))
        p3 = (cx + step * rng.uniform(0.3, 0.6), cy + dn)
        pts += bez((cx, cy), p1, p2, p3)
        p4 = (nx, cy + h * rng.uniform(-0.1, 0.2))
        pts += bez(p3, (p3[0] + step * 0.2, p3[1] - h * 0.1), (nx - step * 0.3, cy), p4, 8)
        cx, cy = p4
    if flourish:
        back = (x + w * rng.uniform(0.05, 0.3), y + h * rng.uniform(0.0, 0.2))
        pts += bez(
            (cx, cy),
            (cx + w * 0.15, cy - h * 0.4),
            (x + w * 0.6, y - h * 0.25),
            back,
            24,
        )
    pen(c, pts, rng, ink, base=rng.uniform(0.7, 1.2))


def pen(c, pts, rng, ink, base=0.9):
    c.saveState()
    c.setStrokeColorRGB(*ink)
    c.setLineCap(1)
    c.setLineJoin(1)
    n = len(pts)
    ph = rng.uniform(0, 6)
    for i in range(n - 1):
        t = i / max(n - 1, 1)
        press = 0.55 + 0.45 * math.sin(t * math.pi) * (0.8 + 0.2 * math.sin(t * 23 + ph))
        c.setLineWidth(base * press * 1.4)
        c.line(pts[i][0], pts[i][1], pts[i + 1][0], pts[i + 1][1])
    c.restoreState()


def handtext(c, x, y, text, rng, font="Ecolier", size=12, ink=(0.08, 0.12, 0.5), spacing=1.0):
    """Handwriting font with per-glyph jitter (size, baseline, rotation)."""
    c.saveState()
    c.setFillColorRGB(*ink)
    cx = x
    for ch in text:
        s = size * rng.uniform(0.93, 1.07)
        c.saveState()
        c.translate(cx, y + rng.uniform(-0.8, 0.8))
        c.rotate(rng.uniform(-4, 4))
        c.setStrokeColorRGB(*ink)
        c.setLineWidth(size * 0.035)
        t = c.beginText()
        t.setTextRenderMode(2)
        t.setFont(font, s)
        t.setTextOrigin(0, 0)
        t.textOut(ch)
        c.drawText(t)
        c.restoreState()
        cx += pdfmetrics.stringWidth(ch, font, s) * spacing + rng.uniform(-0.3, 0.5)
    c.restoreState()
    return cx


def tick(c, x, y, s, rng, ink=(0.08, 0.12, 0.5), cross=False):
    if cross:
        pen(c, [(x + 1, y + 1), (x + s - 1, y + s - 1)], rng, ink, 1.0)
        pen(c, [(x + s - 1, y + 1), (x + 1, y + s - 1)], rng, ink, 1.0)
    else:
        pts = bez(
            (x + 1, y + s * 0.5), (x + s * 0.3, y + s * 0.2), (x + s * 0.35, y), (x + s, y + s)
        )
        pen(c, pts, rng, ink, 1.1)


def stamp_round(c, x, y, r, ring_text, center_lines, rng, color=(0.3, 0.2, 0.6), font="SansB"):
    c.saveState()
    c.translate(x, y)
    c.rotate(rng.uniform(-25, 25))
    c.setStrokeColorRGB(*color)
    c.setFillColorRGB(*color)
    c.setFillAlpha(0.8)
    c.setStrokeAlpha(0.8)
    c.setLineWidth(1.4)
    c.circle(0, 0, r)
    c.setLineWidth(0.6)
    c.circle(0, 0, r * 0.7)
    fs = r * 0.17
    n = len(ring_text)
    for i, ch in enumerate(ring_text):
        ang = 90 + 160 - i * (320 / max(n, 1))
        c.saveState()
        c.rotate(ang)
        c.translate(r * 0.78, 0)
        c.rotate(-90)
        c.setFont(font, fs)
        c.drawCentredString(0, 0, ch)
        c.restoreState()
    fs2 = r * 0.16
    for j, ln in enumerate(center_lines):
        c.setFont(font, fs2)
        c.drawCentredString(0, (len(center_lines) / 2 - j - 0.7) * fs2 * 1.2, ln)
    c.restoreState()


def stamp_box(c, x, y, lines, rng, color=(0.15, 0.25, 0.6), size=8, font="SansB", w=None):
    c.saveState()
    c.translate(x, y)
    c.rotate(rng.uniform(-4, 4))
    c.setStrokeColorRGB(*color)
    c.setFillColorRGB(*color)
    c.setFillAlpha(0.85)
    w = w or max(pdfmetrics.stringWidth(s, font, size) for s in lines) + 12
    h = len(lines) * size * 1.3 + 8
    c.setLineWidth(1.2)
    c.rect(0, 0, w, h)
    for i, ln in enumerate(lines):
        c.setFont(font, size)
        c.drawCentredString(w / 2, h - 4 - size * 1.3 * (i + 1) + 2, ln)
    c.restoreState()


def guilloche(c, x, y, w, h, rng, color=(0.75, 0.85, 0.8), n=26):
    c.saveState()
    p = c.beginPath()
    p.rect(x, y, w, h)
    c.clipPath(p, stroke=0)
    c.setStrokeColorRGB(*color)
    c.setLineWidth(0.3)
    f1, f2 = rng.uniform(2, 5), rng.uniform(5, 11)
    for k in range(n):
        pts = []
        for i in range(121):
            t = i / 120
            yy = y + h * k / n + h * 0.05 * math.sin(t * f1 * 6.28 + k * 0.4)
            yy += h * 0.02 * math.sin(t * f2 * 6.28 + k)
            pts.append((x + w * t, yy))
        path = c.beginPath()
        path.moveTo(*pts[0])
        for q in pts[1:]:
            path.lineTo(*q)
        c.drawPath(path, stroke=1, fill=0)
    c.restoreState()


def face(c, x, y, w, h, rng, skin=(0.55, 0.4, 0.3), bg=(0.85, 0.87, 0.9), hair=(0.1, 0.08, 0.07)):
    c.saveState()
    c.setFillColorRGB(*bg)
    c.rect(x, y, w, h, stroke=0, fill=1)
    c.setFillColorRGB(*[v * 0.8 for v in skin])
    c.ellipse(x + w * 0.05, y - h * 0.1, x + w * 0.95, y + h * 0.35, stroke=0, fill=1)
    c.setFillColorRGB(*skin)
    c.rect(x + w * 0.4, y + h * 0.2, w * 0.2, h * 0.2, stroke=0, fill=1)
    c.ellipse(x + w * 0.25, y + h * 0.32, x + w * 0.75, y + h * 0.88, stroke=0, fill=1)
    c.setFillColorRGB(*hair)
    c.ellipse(x + w * 0.23, y + h * 0.68, x + w * 0.77, y + h * 0.95, stroke=0, fill=1)
    c.setFillColorRGB(0.1, 0.1, 0.1)
    c.circle(x + w * 0.4, y + h * 0.62, w * 0.025, stroke=0, fill=1)
    c.circle(x + w * 0.6, y + h * 0.62, w * 0.025, stroke=0, fill=1)
    c.setStrokeColorRGB(0.35, 0.15, 0.15)
    c.setLineWidth(0.8)
    c.line(x + w * 0.43, y + h * 0.45, x + w * 0.57, y + h * 0.45)
    c.restoreState()


# ---------------------------------------------------------------- pdf and rendering
def new_pdf(size=A4):
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=size, invariant=1, pageCompression=1)
    return c, buf


def finish(c, buf):
    c.save()
    return buf.getvalue()


def wrap(c, x, y, text, width, font, size, lead=None):
    lead = lead or size * 1.3
    words = text.split(" ")
    line = ""
    for wd in words:
        t = (line + " " + wd).strip()
        if pdfmetrics.stringWidth(t, font, size) > width and line:
            c.setFont(font, size)
            c.drawString(x, y, line)
            y -= lead
            line = wd
        else:
            line = t
    if line:
        c.setFont(font, size)
        c.drawString(x, y, line)
        y -= lead
    return y


def render(pdf_bytes, dpi=200):
    doc = pdfium.PdfDocument(pdf_bytes)
    out = []
    for i in range(len(doc)):
        img = doc[i].render(scale=dpi / 72, rev_byteorder=True).to_numpy()
        out.append(np.ascontiguousarray(img[:, :, :3]))
    doc.close()
    return out


def jpeg_bytes(img, q=85):
    ok, enc = cv2.imencode(".jpg", img[:, :, ::-1], [cv2.IMWRITE_JPEG_QUALITY, q])
    assert ok
    return enc.tobytes()


def save_jpg(path, img, q=88):
    with open(path, "wb") as f:
        f.write(jpeg_bytes(img, q))


def save_png(path, img):
    _ok, enc = cv2.imencode(".png", img[:, :, ::-1])
    with open(path, "wb") as f:
        f.write(enc.tobytes())


def image_pdf(imgs, dpi=200, q=70):
    """A scanner's PDF: each page a JPEG, no text layer."""
    buf = io.BytesIO()
    c = canvas.Canvas(buf, invariant=1)
    for img in imgs:
        h, w = img.shape[:2]
        pw, ph = w * 72 / dpi, h * 72 / dpi
        c.setPageSize((pw, ph))
        c.drawImage(ImageReader(Image.open(io.BytesIO(jpeg_bytes(img, q)))), 0, 0, pw, ph)
        c.showPage()
    c.save()
    return buf.getvalue()


def _noise(shape, rng, sigma):
    g = np.random.default_rng(rng.randint(0, 2**31))
    return g.normal(0, sigma, shape).astype(np.float32)


def scan_look(img, rng, bed=None, tone=None, skew=None, scale=1.0, pos=None):
    """Flatbed scan: item on a light bed, slight skew, grey/cream paper, noise, soft blur."""
    img = img.astype(np.float32)
    if scale != 1.0:
        img = cv2.resize(img, None, fx=scale, fy=scale, interpolation=cv2.INTER_AREA)
    h, w = img.shape[:2]
    tone = tone or (rng.uniform(0.9, 0.97),) * 3
    img = img * np.array(tone, np.float32)
    if bed is None:
        bh, bw = h, w
    else:
        bh, bw = bed
    bedimg = np.full((bh, bw, 3), rng.uniform(236, 250), np.float32)
    ang = skew if skew is not None else rng.uniform(-1.2, 1.2)
    ox, oy = pos if pos else ((bw - w) // 2, (bh - h) // 2)
    M = cv2.getRotationMatrix2D((w / 2, h / 2), ang, 1.0)
    M[0, 2] += ox
    M[1, 2] += oy
    mask = cv2.warpAffine(np.ones((h, w), np.float32), M, (bw, bh))
    warped = cv2.warpAffine(img, M, (bw, bh))
    out = bedimg * (1 - mask[..., None]) + warped * mask[..., None]
    out = cv2.GaussianBlur(out, (3, 3), rng.uniform(0.4, 0.8))
    out += _noise(out.shape[:2], rng, 1.5)[..., None]
    return np.clip(out, 0, 255).astype(np.uint8)


def table_bg(h, w, rng):
    base = np.array([rng.uniform(90, 170), rng.uniform(70, 130), rng.uniform(40, 100)], np.float32)
    if rng.random() < 0.4:
        base = np.array([rng.uniform(170, 215)] * 3, np.float32) * np.array([1, 0.98, 0.95])
    g = np.random.default_rng(rng.randint(0, 2**31))
    grain = cv2.resize(g.normal(0, 1, (h // 40 + 2, 6)).astype(np.float32), (w, h))
    bg = base[None, None, :] * (1 + 0.035 * grain[..., None])
    return bg + g.normal(0, 3, (h, w, 1)).astype(np.float32)


def photo_look(img, rng, long_side=None, rot=0, dark=1.0, tilt=1.0):
    """Phone photo of a page or card on a table: perspective, shadow, cast, blur, noise."""
    long_side = long_side or rng.choice([3024, 3264, 4000])
    img = img.astype(np.float32)
    h, w = img.shape[:2]
    portrait = h >= w
    W, H = (int(long_side * 0.75), long_side) if portrait else (long_side, int(long_side * 0.75))
    fill = rng.uniform(0.68, 0.85)
    s = min(W * fill / w, H * fill / h)
    dw, dh = w * s, h * s
    cx, cy = W / 2 + rng.uniform(-0.04, 0.04) * W, H / 2 + rng.uniform(-0.04, 0.04) * H
    src = np.float32([[0, 0], [w, 0], [w, h], [0, h]])
    j = 0.05 * tilt
    dst = []
    for sx, sy in [(-1, -1), (1, -1), (1, 1), (-1, 1)]:
        dst.append(
            [
                cx + sx * dw / 2 + rng.uniform(-j, j) * dw,
                cy + sy * dh / 2 + rng.uniform(-j, j) * dh,
            ]
        )
    # small in-plane rotation
    a = math.radians(rng.uniform(-4, 4))
    dst = [
        [cx + (x - cx) * math.cos(a) - (y - cy) * math.sin(a),
         cy + (x - cx) * math.sin(a) + (y - cy) * math.cos(a)]
        for x, y in dst
    ]  # fmt: skip
    M = cv2.getPerspectiveTransform(src, np.float32(dst))
    warped = cv2.warpPerspective(img, M, (W, H), flags=cv2.INTER_LINEAR)
    mask = cv2.warpPerspective(np.ones((h, w), np.float32), M, (W, H))
    bg = table_bg(H, W, rng)
    # drop shadow of the item
    small = cv2.resize(mask, (W // 4, H // 4))
    sh = cv2.resize(cv2.GaussianBlur(small, (0, 0), W * 0.0025), (W, H))
    sh = np.roll(sh, (int(W * 0.006), int(W * 0.008)), axis=(0, 1))
    bg = bg * (1 - 0.45 * sh[..., None])
    out = bg * (1 - mask[..., None]) + warped * mask[..., None]
    # uneven light + a soft shadow band (phone/hand), computed at 1/8 size
    h8, w8 = H // 8, W // 8
    yy, xx = np.mgrid[0:h8, 0:w8].astype(np.float32)
    lx, ly = rng.uniform(0, w8), rng.uniform(0, h8)
    d = np.sqrt((xx - lx) ** 2 + (yy - ly) ** 2) / max(w8, h8)
    light = (1.05 - 0.35 * d) * dark
    ang = rng.uniform(0, math.pi)
    band = (xx - w8 / 2) * math.cos(ang) + (yy - h8 / 2) * math.sin(ang)
    off = rng.uniform(-0.3, 0.3) * w8
    shadow = 1 - rng.uniform(0.15, 0.35) / (1 + np.exp(-(band - off) / (w8 * 0.03)))
    gain = cv2.resize((light * shadow).astype(np.float32), (W, H))
    out = out * gain[..., None]
    cast = np.array([rng.uniform(0.95, 1.06), 1.0, rng.uniform(0.86, 0.98)], np.float32)
    out = out * cast
    out = cv2.GaussianBlur(out, (0, 0), rng.uniform(0.8, 1.6) * long_side / 3000)
    out += _noise((H, W), rng, 4.0 + 5 * (1 - min(dark, 1)))[..., None]
    out = np.clip(out, 0, 255).astype(np.uint8)
    if rot:
        out = np.ascontiguousarray(np.rot90(out, k=rot // 90))
    return out


def card_on_page(card, page_px=(2480, 3508), rng=None, pos=(0.12, 0.08)):
    """A card image (or two) photocopied onto a white A4 page (for scans of cards)."""
    page = np.full((page_px[1], page_px[0], 3), 255, np.uint8)
    y = int(page_px[1] * pos[1])
    for im in card:
        h, w = im.shape[:2]
        x = int(page_px[0] * pos[0])
        page[y : y + h, x : x + w] = im
        y += h + int(page_px[1] * 0.04)
    return page
