"""Drawing backend, check digits and "looks" for blind set set_dj (deterministic)."""

import io
import math

import cv2
import numpy as np
from PIL import Image, ImageDraw, ImageFilter, ImageFont
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas as rl_canvas

cv2.setNumThreads(1)
MM = 72 / 25.4
_T = "/usr/share/fonts/truetype/"
FONTS = {
    "sans": _T + "liberation/LiberationSans-Regular.ttf",
    "sansb": _T + "liberation/LiberationSans-Bold.ttf",
    "serif": _T + "liberation/LiberationSerif-Regular.ttf",
    "serifb": _T + "liberation/LiberationSerif-Bold.ttf",
    "mono": _T + "dejavu/DejaVuSansMono.ttf",
    "lato": _T + "lato/Lato-Regular.ttf",
    "latob": _T + "lato/Lato-Bold.ttf",
    "open": _T + "open-sans/OpenSans-Regular.ttf",
    "openb": _T + "open-sans/OpenSans-Bold.ttf",
    "roboto": _T + "roboto/unhinted/RobotoTTF/Roboto-Regular.ttf",
    "robotob": _T + "roboto/unhinted/RobotoTTF/Roboto-Bold.ttf",
    "cond": _T + "roboto/unhinted/RobotoCondensed-Regular.ttf",
    "carlito": _T + "crosextra/Carlito-Regular.ttf",
    "carlitob": _T + "crosextra/Carlito-Bold.ttf",
    "free": _T + "freefont/FreeSerif.ttf",
    "freeb": _T + "freefont/FreeSerifBold.ttf",
    "amiri": "/usr/share/fonts/opentype/fonts-hosny-amiri/Amiri-Regular.ttf",
    "hand1": _T + "ecolier-court/Ecolier-court.ttf",
    "hand2": _T + "femkeklaver/femkeklaver.ttf",
    "hand3": _T + "breip/Breip.ttf",
}
_PIL_CACHE = {}
_RL_DONE = set()


def pil_font(key, px):
    k = (key, int(px))
    if k not in _PIL_CACHE:
        _PIL_CACHE[k] = ImageFont.truetype(FONTS[key], max(4, int(px)))
    return _PIL_CACHE[k]


def rl_font(key):
    if key not in _RL_DONE:
        pdfmetrics.registerFont(TTFont("dj_" + key, FONTS[key]))
        _RL_DONE.add(key)
    return "dj_" + key


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


def _pad(s, n):
    s = s.replace(" ", "<").replace("-", "<").replace("'", "")
    assert len(s) <= n, s
    return s + "<" * (n - len(s))


def _names(sur, giv, n):
    s = _pad(sur.replace(" ", "<") + "<<" + giv.replace(" ", "<"), 200)[:n]
    return s


def td3(doc, cc, nat, sur, giv, dob, sex, exp, pers=""):
    assert len(doc) <= 9
    l1 = _names(sur, giv, 39)
    l1 = ("P<" + cc + l1)[:44]
    d = _pad(doc, 9)
    p = _pad(pers, 14)
    body = d + mrz_cd(d) + nat + dob + mrz_cd(dob) + sex + exp + mrz_cd(exp) + p + mrz_cd(p)
    comp = body[0:10] + body[13:20] + body[21:43]
    l2 = body + mrz_cd(comp)
    assert len(l1) == 44 and len(l2) == 44
    return [l1, l2]


def mrva(doc, cc, nat, sur, giv, dob, sex, exp, opt=""):
    assert len(doc) <= 9
    l1 = ("V<" + cc + _names(sur, giv, 39))[:44]
    d = _pad(doc, 9)
    l2 = d + mrz_cd(d) + nat + dob + mrz_cd(dob) + sex + exp + mrz_cd(exp) + _pad(opt, 16)
    assert len(l1) == 44 and len(l2) == 44
    return [l1, l2]


def td1(kind, doc, cc, nat, sur, giv, dob, sex, exp, opt1="", opt2=""):
    assert len(doc) <= 9
    d = _pad(doc, 9)
    l1 = kind + cc + d + mrz_cd(d) + _pad(opt1, 15)
    l2a = dob + mrz_cd(dob) + sex + exp + mrz_cd(exp) + nat + _pad(opt2, 11)
    comp = l1[5:30] + l2a[0:7] + l2a[8:15] + l2a[18:29]
    l2 = l2a + mrz_cd(comp)
    l3 = _names(sur, giv, 30)
    assert len(l1) == len(l2) == len(l3) == 30, (l1, l2, l3)
    return [l1, l2, l3]


def check_td3(l1, l2):
    ok = mrz_cd(l2[0:9]) == l2[9] and mrz_cd(l2[13:19]) == l2[19]
    ok = ok and mrz_cd(l2[21:27]) == l2[27] and mrz_cd(l2[28:42]) == l2[42]
    return ok and mrz_cd(l2[0:10] + l2[13:20] + l2[21:43]) == l2[43]


def check_mrva(l1, l2):
    return mrz_cd(l2[0:9]) == l2[9] and mrz_cd(l2[13:19]) == l2[19] and mrz_cd(l2[21:27]) == l2[27]


def check_td1(l1, l2, l3):
    ok = mrz_cd(l1[5:14]) == l1[14] and mrz_cd(l2[0:6]) == l2[6] and mrz_cd(l2[8:14]) == l2[14]
    return ok and mrz_cd(l1[5:30] + l2[0:7] + l2[8:15] + l2[18:29]) == l2[29]


def _num(s):
    return int("".join(str(int(c, 36)) for c in s))


def iban_ok(iban):
    s = iban[4:] + iban[:4]
    return _num(s) % 97 == 1


def make_iban(cc, bban):
    chk = 98 - _num(bban + cc + "00") % 97
    ib = f"{cc}{chk:02d}{bban}"
    assert iban_ok(ib)
    return ib


def rib_key(bank, branch, acct):
    tr = {c: str(v) for c, v in zip("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "12345678912345678923456789")}
    a = "".join(tr.get(c, c) for c in acct)
    return f"{97 - (89 * int(bank) + 15 * int(branch) + 3 * int(a)) % 97:02d}"


def fr_iban(bank, branch, acct):
    key = rib_key(bank, branch, acct)
    ib = make_iban("FR", bank + branch + acct + key)
    assert rib_key(ib[4:9], ib[9:14], ib[14:25]) == ib[25:27]
    return ib, key


def spaced(iban):
    return " ".join(iban[i : i + 4] for i in range(0, len(iban), 4))


# ---------------------------------------------------------------- page model
class Page:
    """Vector page in mm, origin top-left; renders to PIL and to reportlab."""

    def __init__(self, w=210.0, h=297.0, bg=(255, 255, 255)):
        self.w, self.h, self.bg, self.ops = w, h, bg, []

    def text(self, x, y, s, size=10, font="sans", color=(0, 0, 0), align="l"):
        self.ops.append(("t", x, y, str(s), size, font, color, align))

    def line(self, x1, y1, x2, y2, width=0.3, color=(0, 0, 0)):
        self.ops.append(("l", x1, y1, x2, y2, width, color))

    def rect(self, x, y, w, h, width=0.3, color=(0, 0, 0), fill=None):
        self.ops.append(("r", x, y, w, h, width, color, fill))

    def poly(self, pts, width=0.5, color=(20, 30, 110)):
        self.ops.append(("p", pts, width, color))

    def ellipse(self, x, y, w, h, fill=(200, 200, 200)):
        self.ops.append(("e", x, y, w, h, fill))

    def box(self, x, y, w, h, label, value, lsize=6.5, vsize=10, font="sans", vfont=None):
        """Label in the cell's top-left corner, value below it: no overlaps."""
        self.rect(x, y, w, h, 0.25)
        self.text(x + 1.2, y + 1.2 + lsize * 0.3528, label, lsize, font, (70, 70, 70))
        if value:
            self.text(x + 2, y + h - 1.8, value, vsize, vfont or font)

    def wrap(self, x, y, s, width_mm, size=9, font="sans", lead=1.35, color=(0, 0, 0)):
        f = pil_font(font, 100)
        words, line, lines = s.split(), "", []
        for w in words:
            t = (line + " " + w).strip()
            if f.getlength(t) * size / 100 * 0.3528 > width_mm and line:
                lines.append(line)
                line = w
            else:
                line = t
        if line:
            lines.append(line)
        for i, ln in enumerate(lines):
            self.text(x, y + i * size * 0.3528 * lead, ln, size, font, color)
        return y + len(lines) * size * 0.3528 * lead

    def render(self, dpi=150):
        k = dpi / 25.4
        im = Image.new("RGB", (round(self.w * k), round(self.h * k)), self.bg)
        d = ImageDraw.Draw(im)
        for op in self.ops:
            if op[0] == "t":
                _, x, y, s, size, font, color, align = op
                f = pil_font(font, size * dpi / 72)
                anchor = {"l": "ls", "r": "rs", "c": "ms"}[align]
                d.text((x * k, y * k), s, font=f, fill=color, anchor=anchor)
            elif op[0] == "l":
                _, x1, y1, x2, y2, wd, color = op
                d.line((x1 * k, y1 * k, x2 * k, y2 * k), fill=color, width=max(1, round(wd * k)))
            elif op[0] == "r":
                _, x, y, w, h, wd, color, fill = op
                box = (x * k, y * k, (x + w) * k, (y + h) * k)
                d.rectangle(
                    box, fill=fill, outline=color if wd else None, width=max(1, round(wd * k))
                )
            elif op[0] == "e":
                _, x, y, w, h, fill = op
                d.ellipse((x * k, y * k, (x + w) * k, (y + h) * k), fill=fill)
            elif op[0] == "p":
                _, pts, wd, color = op
                d.line(
                    [(a * k, b * k) for a, b in pts],
                    fill=color,
                    width=max(1, round(wd * k)),
                    joint="curve",
                )
        return im

    def to_rl(self, c):
        H = self.h * MM
        c.setFillColorRGB(*[v / 255 for v in self.bg])
        c.rect(0, 0, self.w * MM, H, stroke=0, fill=1)
        for op in self.ops:
            if op[0] == "t":
                _, x, y, s, size, font, color, align = op
                c.setFont(rl_font(font), size)
                c.setFillColorRGB(*[v / 255 for v in color])
                fn = {"l": c.drawString, "r": c.drawRightString, "c": c.drawCentredString}[align]
                fn(x * MM, H - y * MM, s)
            elif op[0] == "l":
                _, x1, y1, x2, y2, wd, color = op
                c.setStrokeColorRGB(*[v / 255 for v in color])
                c.setLineWidth(wd * MM)
                c.line(x1 * MM, H - y1 * MM, x2 * MM, H - y2 * MM)
            elif op[0] == "r":
                _, x, y, w, h, wd, color, fill = op
                if fill:
                    c.setFillColorRGB(*[v / 255 for v in fill])
                c.setStrokeColorRGB(*[v / 255 for v in color])
                c.setLineWidth(max(wd, 0.01) * MM)
                c.rect(
                    x * MM,
                    H - (y + h) * MM,
                    w * MM,
                    h * MM,
                    stroke=1 if wd else 0,
                    fill=1 if fill else 0,
                )
            elif op[0] == "e":
                _, x, y, w, h, fill = op
                c.setFillColorRGB(*[v / 255 for v in fill])
                c.ellipse(x * MM, H - y * MM, (x + w) * MM, H - (y + h) * MM, stroke=0, fill=1)
            elif op[0] == "p":
                _, pts, wd, color = op
                c.setStrokeColorRGB(*[v / 255 for v in color])
                c.setLineWidth(wd * MM)
                c.setLineJoin(1)
                c.setLineCap(1)
                p = c.beginPath()
                p.moveTo(pts[0][0] * MM, H - pts[0][1] * MM)
                for a, b in pts[1:]:
                    p.lineTo(a * MM, H - b * MM)
                c.drawPath(p, stroke=1, fill=0)


def signature(rng, x, y, w=38, h=10):
    """A pen scribble: a few smooth strokes."""
    strokes = []
    n = rng.randint(2, 3)
    for s in range(n):
        pts = []
        x0 = x + s * w / (n + 0.5)
        f1, f2 = rng.uniform(0.8, 1.6), rng.uniform(2.0, 3.5)
        ph = rng.uniform(0, 6)
        for i in range(60):
            t = i / 59
            px = x0 + t * w / n * 1.3 + math.sin(t * f2 * 6.28 + ph) * 2.5
            py = y + h / 2 + math.sin(t * f1 * 6.28 + ph) * h / 2.2 - t * 2
            pts.append((px, py))
        strokes.append(pts)
    strokes.append([(x + w * 0.1, y + h + 1), (x + w * 0.95, y + h - 1.5)])
    return strokes


def put_signature(page, rng, x, y, w=38, h=10, color=(20, 30, 110)):
    for s in signature(rng, x, y, w, h):
        page.poly(s, rng.uniform(0.35, 0.55), color)


def stamp(page, x, y, r, lines, color=(40, 60, 160), font="sansb"):
    """A round rubber stamp: two circles and a few centered lines."""
    n = 40
    for rr in (r, r * 0.8):
        pts = [
            (x + rr * math.cos(i * 6.2832 / n), y + rr * math.sin(i * 6.2832 / n))
            for i in range(n + 1)
        ]
        page.poly(pts, 0.5, color)
    for i, s in enumerate(lines):
        page.text(x, y - (len(lines) - 1) * 1.6 + i * 3.2, s, 5.5, font, color, "c")


def photo_box(page, x, y, w, h, tone=(150, 150, 150)):
    page.rect(x, y, w, h, 0, fill=(225, 225, 222))
    page.ellipse(x + w * 0.3, y + h * 0.15, w * 0.4, h * 0.45, fill=tone)
    page.ellipse(x + w * 0.1, y + h * 0.62, w * 0.8, h * 0.6, fill=tone)
    page.rect(x, y + h, w, 2, 0, fill=(255, 255, 255))


# ---------------------------------------------------------------- outputs / looks
def save_text_pdf(path, pages, title="document"):
    c = rl_canvas.Canvas(str(path), pagesize=(pages[0].w * MM, pages[0].h * MM), invariant=1)
    c.setTitle(title)
    for p in pages:
        c.setPageSize((p.w * MM, p.h * MM))
        p.to_rl(c)
        c.showPage()
    c.save()


def _jpeg(im, q):
    b = io.BytesIO()
    im.save(b, "JPEG", quality=q, optimize=False)
    b.seek(0)
    return Image.open(b).convert("RGB")


def scan_look(im, rng, grey=0.93):
    a = np.asarray(im).astype(np.float32)
    a = a * grey + 255 * (1 - grey) * 0.6
    a += np.random.default_rng(rng.randint(0, 10**6)).normal(0, 4.0, a.shape)
    im = Image.fromarray(np.clip(a, 0, 255).astype(np.uint8))
    ang = rng.uniform(-1.2, 1.2)
    im = im.rotate(ang, resample=Image.BICUBIC, expand=False, fillcolor=(238, 238, 236))
    return _jpeg(im.filter(ImageFilter.GaussianBlur(0.5)), rng.randint(70, 86))


def save_image_pdf(path, images, rng):
    w0, h0 = 210 * MM, 297 * MM
    c = rl_canvas.Canvas(str(path), pagesize=(w0, h0), invariant=1)
    for im in images:
        im = scan_look(im, rng)
        b = io.BytesIO()
        im.save(b, "JPEG", quality=75)
        b.seek(0)
        c.drawImage(ImageReader(b), 0, 0, w0, h0)
        c.showPage()
    c.save()


def save_scan(path, im, rng):
    im = scan_look(im, rng)
    if str(path).endswith(".png"):
        im.save(path, optimize=False)
    else:
        im.save(path, "JPEG", quality=rng.randint(78, 90))


def phone_photo(im, rng, rot=0, long_side=3264, table=None):
    """Paper or card on a table, seen by a phone: perspective, shadow, cast, blur."""
    src = np.asarray(im.convert("RGB"))[:, :, ::-1]
    h, w = src.shape[:2]
    W, H = (long_side, int(long_side * 0.75)) if w > h else (int(long_side * 0.75), long_side)
    nr = np.random.default_rng(rng.randint(0, 10**6))
    base = np.array(
        table or rng.choice([(96, 120, 150), (70, 90, 120), (160, 165, 170), (60, 60, 62)])
    )
    bg = np.ones((H, W, 3), np.float32) * base[None, None, :]
    bg += nr.normal(0, 6, (H, W, 1))
    bg = cv2.GaussianBlur(bg, (0, 0), 3)
    s = min(W * 0.80 / w, H * 0.80 / h)
    cx, cy = W / 2 + rng.uniform(-0.04, 0.04) * W, H / 2 + rng.uniform(-0.04, 0.04) * H
    hw, hh = w * s / 2, h * s / 2
    j = lambda: rng.uniform(-0.05, 0.05) * min(W, H)
    dst = np.float32(
        [
            [cx - hw + j(), cy - hh + j()],
            [cx + hw + j(), cy - hh + j()],
            [cx + hw + j(), cy + hh + j()],
            [cx - hw + j(), cy + hh + j()],
        ]
    )
    M = cv2.getPerspectiveTransform(np.float32([[0, 0], [w, 0], [w, h], [0, h]]), dst)
    warped = cv2.warpPerspective(src, M, (W, H), flags=cv2.INTER_LINEAR)
    mask = cv2.warpPerspective(np.ones((h, w), np.float32), M, (W, H))
    shadow = cv2.GaussianBlur(mask, (0, 0), 12)
    bg = bg * (1 - 0.35 * np.roll(np.roll(shadow, 18, 0), 14, 1))[:, :, None]
    out = bg * (1 - mask[:, :, None]) + warped.astype(np.float32) * mask[:, :, None]
    yy, xx = np.mgrid[0:H, 0:W].astype(np.float32)
    ang = rng.uniform(0, 6.28)
    grad = 0.78 + 0.22 * ((np.cos(ang) * xx / W + np.sin(ang) * yy / H) + 1) / 2
    out *= grad[:, :, None]
    out *= np.array([rng.uniform(0.9, 1.0), rng.uniform(0.95, 1.02), rng.uniform(1.0, 1.08)])
    out += nr.normal(0, 3, out.shape)
    out = cv2.GaussianBlur(np.clip(out, 0, 255).astype(np.uint8), (0, 0), rng.uniform(0.8, 1.4))
    img = Image.fromarray(out[:, :, ::-1].copy())
    if rot:
        img = img.rotate(rot, expand=True)
    return img


def save_phone(path, im, rng, rot=0, table=None):
    phone_photo(im, rng, rot, table=table).save(path, "JPEG", quality=rng.randint(82, 90))


def on_a4(card_imgs, dpi=200, bg=(255, 255, 255)):
    """Photocopy layout: one or two card images placed on an A4 sheet."""
    k = dpi / 25.4
    a4 = Image.new("RGB", (round(210 * k), round(297 * k)), bg)
    y = round(25 * k)
    for im in card_imgs:
        a4.paste(im, (round(30 * k), y))
        y += im.size[1] + round(15 * k)
    return a4
