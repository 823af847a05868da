"""Drawing primitives (mm coordinates), check-digit helpers and the five looks."""

import io
import math
import random

import cv2
import numpy as np
from PIL import Image, ImageDraw, ImageFont
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

cv2.setNumThreads(1)

T = "/usr/share/fonts/truetype/"
FONTS = {
    "sans": T + "dejavu/DejaVuSans.ttf",
    "sansb": T + "dejavu/DejaVuSans-Bold.ttf",
    "cond": T + "dejavu/DejaVuSansCondensed.ttf",
    "condb": T + "dejavu/DejaVuSansCondensed-Bold.ttf",
    "serif": T + "dejavu/DejaVuSerif.ttf",
    "serifb": T + "dejavu/DejaVuSerif-Bold.ttf",
    "lib": T + "liberation/LiberationSans-Regular.ttf",
    "libb": T + "liberation/LiberationSans-Bold.ttf",
    "times": T + "liberation/LiberationSerif-Regular.ttf",
    "timesb": T + "liberation/LiberationSerif-Bold.ttf",
    "timesi": T + "liberation/LiberationSerif-Italic.ttf",
    "roboto": T + "roboto/unhinted/RobotoTTF/Roboto-Regular.ttf",
    "robotob": T + "roboto/unhinted/RobotoTTF/Roboto-Bold.ttf",
    "open": T + "open-sans/OpenSans-Regular.ttf",
    "openb": T + "open-sans/OpenSans-Bold.ttf",
    "mono": T + "dejavu/DejaVuSansMono.ttf",
    "free": T + "freefont/FreeSerif.ttf",
    "freeb": T + "freefont/FreeSerifBold.ttf",
    "breip": T + "breip/Breip.ttf",
    "ecolier": T + "ecolier-court/Ecolier-court.ttf",
    "ruf": T + "rufscript/Rufscript010.ttf",
}
MM = 72 / 25.4
INK = (25, 35, 120)
_PIL = {}
_RL = set()


def _fix_paths():
    import glob
    import os

    for k, p in FONTS.items():
        if not os.path.exists(p):
            hits = sorted(glob.glob(T + "**/" + os.path.basename(p), recursive=True))
            FONTS[k] = hits[0]


_fix_paths()


def pil_font(key, px):
    k = (key, round(px))
    if k not in _PIL:
        _PIL[k] = ImageFont.truetype(FONTS[key], max(4, k[1]))
    return _PIL[k]


def tw(text, font, size):
    """Width in mm of text at size pt."""
    return pil_font(font, size * 10).getlength(text) / 10 / MM


class Page:
    def __init__(self, w=210, h=297, bg=(255, 255, 255)):
        self.w, self.h, self.bg, self.ops = w, h, bg, []

    def t(self, x, y, s, font="sans", size=9, color=(0, 0, 0), anchor="l"):
        self.ops.append(("t", x, y, s, font, size, color, anchor))
        return x + tw(s, font, size)

    def tlines(self, x, y, text, font="sans", size=9, width=170, lead=None, color=(0, 0, 0)):
        lead = lead or size * 0.45
        for para in text.split("\n"):
            words, line = para.split(" "), ""
            for wd in words:
                cand = (line + " " + wd).strip()
                if tw(cand, font, size) > width and line:
                    self.t(x, y, line, font, size, color)
                    y += lead
                    line = wd
                else:
                    line = cand
            self.t(x, y, line, font, size, color)
            y += lead
        return y

    def kv(self, x, y, label, value, lf="sans", ls=8, vf="sansb", vs=9, col=0, color=(0, 0, 0)):
        """Label then value on one line; the value never overlaps the label."""
        end = self.t(x, y, label, lf, ls, (60, 60, 60))
        vx = max(x + col, end + 2)
        self.t(vx, y, value, vf, vs, color)
        return vx

    def l(self, x1, y1, x2, y2, width=0.5, color=(0, 0, 0)):
        self.ops.append(("l", x1, y1, x2, y2, width, color))

    def r(self, x, y, w, h, width=0.5, color=(0, 0, 0), fill=None):
        self.ops.append(("r", x, y, w, h, width, color, fill))

    def c(self, cx, cy, rad, width=0.6, color=(0, 0, 0)):
        self.ops.append(("c", cx, cy, rad, width, color))

    def p(self, pts, width=0.8, color=INK):
        self.ops.append(("p", pts, width, color))

    def img(self, x, y, w, h, im):
        self.ops.append(("img", x, y, w, h, im))

    def hand(self, x, y, s, rng, font="breip", size=13, color=INK, spacing=0.0):
        """Handwriting: one glyph at a time with jitter."""
        cx = x
        for ch in s:
            if ch == " ":
                cx += tw(" ", font, size) * rng.uniform(0.8, 1.3)
                continue
            sz = size * rng.uniform(0.93, 1.07)
            self.t(cx, y + rng.uniform(-0.35, 0.35), ch, font, sz, color)
            cx += tw(ch, font, sz) * rng.uniform(0.92, 1.05) + spacing
        return cx

    def comb(self, x, y, n, cell=5.0, h=6.0, width=0.4):
        self.r(x, y, n * cell, h, width)
        for i in range(1, n):
            self.l(x + i * cell, y + h * 0.45, x + i * cell, y + h, width)

    def comb_fill(self, x, y, s, cell, h, rng=None, font="sans", size=10):
        for i, ch in enumerate(s):
            if ch == " ":
                continue
            cx = x + i * cell + cell / 2
            if rng is None:
                self.t(cx, y + h - 1.3, ch, font, size, (0, 0, 0), "m")
            else:
                self.t(
                    cx + rng.uniform(-0.5, 0.4),
                    y + h - 1.2 + rng.uniform(-0.4, 0.3),
                    ch,
                    font,
                    size * rng.uniform(0.92, 1.06),
                    INK,
                    "m",
                )

    def signature(self, x, y, w, h, rng, name="", color=INK):
        """Pen-stroke signature inside box (x, y, w, h)."""
        n = 160
        amp = [rng.uniform(0.55, 1.15) for _ in range(8)]
        a1, a2, f1, f2 = (
            rng.uniform(0.2, 0.4),
            rng.uniform(0.1, 0.2),
            rng.uniform(3, 6),
            rng.uniform(8, 14),
        )
        ph = rng.uniform(0, 6)
        pts = []
        for i in range(n):
            u = i / (n - 1)
            px = x + w * (0.08 + 0.7 * u) + w * 0.05 * math.sin(f2 * u * 6.28 + ph)
            m = amp[min(7, int(u * 8))]
            py = y + h * (
                0.55
                - m * a1 * math.sin(f1 * u * 6.28 + ph) * (1 - u * 0.5)
                - a2 * math.cos(f2 * u * 6.28)
            )
            pts.append((px, py))
        self.p(pts, 0.7, color)
        fl = [
            (x + w * 0.1, y + h * 0.78),
            (x + w * 0.45, y + h * rng.uniform(0.7, 0.85)),
            (x + w * 0.9, y + h * rng.uniform(0.6, 0.75)),
        ]
        self.p(fl, 0.6, color)
        if name:
            ini = [
                (x + w * 0.05, y + h * 0.8),
                (x + w * 0.1, y + h * 0.2),
                (x + w * 0.16, y + h * 0.75),
            ]
            self.p(ini, 0.7, color)

    def stamp(self, cx, cy, rad, lines, color=(40, 60, 160), font="sansb", size=6.0):
        self.c(cx, cy, rad, 0.9, color)
        self.c(cx, cy, rad * 0.78, 0.5, color)
        n = len(lines)
        for i, s in enumerate(lines):
            yy = cy + (i - (n - 1) / 2) * size * 0.42 + size * 0.15
            sz = size
            while tw(s, font, sz) > rad * 1.45 and sz > 3:
                sz -= 0.3
            self.t(cx, yy, s, font, sz, color, "m")


def to_pil(page, dpi=200):
    k = dpi / 25.4
    im = Image.new("RGB", (int(page.w * k), int(page.h * k)), page.bg)
    d = ImageDraw.Draw(im)
    for op in page.ops:
        kind = op[0]
        if kind == "t":
            _, x, y, s, font, size, color, anchor = op
            f = pil_font(font, size * dpi / 72)
            d.text((x * k, y * k), s, font=f, fill=color, anchor=anchor + "s")
        elif kind == "l":
            _, x1, y1, x2, y2, w, color = op
            d.line(
                [(x1 * k, y1 * k), (x2 * k, y2 * k)], fill=color, width=max(1, int(w * dpi / 72))
            )
        elif kind == "r":
            _, x, y, w, h, lw, color, fill = op
            d.rectangle(
                [x * k, y * k, (x + w) * k, (y + h) * k],
                fill=fill,
                outline=color if lw else None,
                width=max(1, int(lw * dpi / 72)),
            )
        elif kind == "c":
            _, cx, cy, rad, w, color = op
            d.ellipse(
                [(cx - rad) * k, (cy - rad) * k, (cx + rad) * k, (cy + rad) * k],
                outline=color,
                width=max(1, int(w * dpi / 72)),
            )
        elif kind == "p":
            _, pts, w, color = op
            d.line(
                [(a * k, b * k) for a, b in pts],
                fill=color,
                width=max(1, int(w * dpi / 72)),
                joint="curve",
            )
        elif kind == "img":
            _, x, y, w, h, sub = op
            im.paste(sub.resize((int(w * k), int(h * k))), (int(x * k), int(y * k)))
    return im


def _rl_font(key):
    name = "F_" + key
    if name not in _RL:
        pdfmetrics.registerFont(TTFont(name, FONTS[key]))
        _RL.add(name)
    return name


def to_pdf(pages, path, title="document", author=""):
    """Vector PDF with a text layer (looks: text_pdf)."""
    c = canvas.Canvas(path, invariant=1, pagesize=(pages[0].w * MM, pages[0].h * MM))
    c.setTitle(title)
    c.setAuthor(author)
    c.setCreator(author or "PDF")
    for page in pages:
        c.setPageSize((page.w * MM, page.h * MM))
        H = page.h * MM
        if page.bg != (255, 255, 255):
            c.setFillColorRGB(*[v / 255 for v in page.bg])
            c.rect(0, 0, page.w * MM, H, stroke=0, fill=1)
        for op in page.ops:
            kind = op[0]
            if kind == "t":
                _, x, y, s, font, size, color, anchor = op
                c.setFont(_rl_font(font), size)
                c.setFillColorRGB(*[v / 255 for v in color])
                fn = {"l": c.drawString, "m": c.drawCentredString, "r": c.drawRightString}
                fn[anchor](x * MM, H - y * MM, s)
            elif kind in ("l", "p"):
                pts = [(op[1], op[2]), (op[3], op[4])] if kind == "l" else op[1]
                w, color = (op[5], op[6]) if kind == "l" else (op[2], op[3])
                c.setStrokeColorRGB(*[v / 255 for v in color])
                c.setLineWidth(w)
                path = c.beginPath()
                path.moveTo(pts[0][0] * MM, H - pts[0][1] * MM)
                for a, b in pts[1:]:
                    path.lineTo(a * MM, H - b * MM)
                c.drawPath(path, stroke=1, fill=0)
            elif kind == "r":
                _, x, y, w, h, lw, color, fill = op
                c.setStrokeColorRGB(*[v / 255 for v in color])
                c.setLineWidth(lw or 0.1)
                if fill:
                    c.setFillColorRGB(*[v / 255 for v in fill])
                c.rect(
                    x * MM,
                    H - (y + h) * MM,
                    w * MM,
                    h * MM,
                    stroke=1 if lw else 0,
                    fill=1 if fill else 0,
                )
            elif kind == "c":
                _, cx, cy, rad, w, color = op
                c.setStrokeColorRGB(*[v / 255 for v in color])
                c.setLineWidth(w)
                c.circle(cx * MM, H - cy * MM, rad * MM, stroke=1, fill=0)
            elif kind == "img":
                _, x, y, w, h, sub = op
                c.drawImage(ImageReader(sub), x * MM, H - (y + h) * MM, w * MM, h * MM)
        c.showPage()
    c.save()


# ---------------------------------------------------------------- looks
def _noise(a, rng, sigma):
    g = np.random.default_rng(rng.randrange(1 << 30))
    return np.clip(a + g.normal(0, sigma, a.shape), 0, 255)


def scan(page, rng, dpi=200, paper=0.93):
    im = to_pil(page, dpi)
    ang = rng.uniform(-0.9, 0.9)
    im = im.rotate(ang, resample=Image.BICUBIC, expand=False, fillcolor=(255, 255, 255))
    a = np.asarray(im).astype(np.float32)
    a = a * paper + 255 * (1 - paper) * 0.3
    a = _noise(a, rng, 3.0)
    return Image.fromarray(a.astype(np.uint8)).filter(_blur(0.5))


def _blur(r):
    from PIL import ImageFilter

    return ImageFilter.GaussianBlur(r)


def card_scan(pages, rng, dpi=300):
    """Cards/booklet pages laid on a flatbed, A4 at dpi."""
    a4 = Page()
    y = 18
    for pg in pages:
        a4.img(20, y, pg.w, pg.h, to_pil(pg, dpi))
        y += pg.h + 12
    return scan(a4, rng, dpi=dpi)


def save_jpg(im, path, q=86):
    im.save(path, "JPEG", quality=q, optimize=False)


def image_pdf(pages, path, rng, dpi=150):
    c = canvas.Canvas(path, invariant=1, pagesize=(210 * MM, 297 * MM))
    c.setCreator("Canon MF Scan Utility")
    for pg in pages:
        im = scan(pg, rng, dpi=dpi, paper=rng.uniform(0.88, 0.94))
        buf = io.BytesIO()
        im.save(buf, "JPEG", quality=75)
        buf.seek(0)
        c.setPageSize((pg.w * MM, pg.h * MM))
        c.drawImage(ImageReader(buf), 0, 0, pg.w * MM, pg.h * MM)
        c.showPage()
    c.save()


def phone_photo(page, rng, rot=0, dpi=None, long_side=3264):
    """Page or card on a table, photographed with a phone."""
    dpi = dpi or (420 if page.w < 140 else 170)
    doc = np.asarray(to_pil(page, dpi))[:, :, ::-1].copy()
    h, w = doc.shape[:2]
    land = w > h
    W, H = (long_side, int(long_side * 0.75)) if land else (int(long_side * 0.75), long_side)
    g = np.random.default_rng(rng.randrange(1 << 30))
    base = np.array([rng.randint(90, 150), rng.randint(100, 150), rng.randint(120, 170)], float)
    yy, xx = np.mgrid[0:H, 0:W]
    grain = np.sin(xx / rng.uniform(9, 20) + np.sin(yy / 60.0) * 3) * 12
    table = base[None, None, :] + grain[:, :, None] + g.normal(0, 4, (H, W, 1))
    fill = rng.uniform(0.78, 0.88)
    sc = min(W * fill / w, H * fill / h)
    dw, dh = w * sc, h * sc
    ox, oy = (W - dw) / 2, (H - dh) / 2
    j = lambda: rng.uniform(-0.045, 0.045) * min(W, H)
    dst = np.float32(
        [
            [ox + j(), oy + j()],
            [ox + dw + j(), oy + j()],
            [ox + dw + j(), oy + dh + j()],
            [ox + j(), oy + dh + j()],
        ]
    )
    src = np.float32([[0, 0], [w, 0], [w, h], [0, h]])
    M = cv2.getPerspectiveTransform(src, dst)
    warped = cv2.warpPerspective(doc, M, (W, H), flags=cv2.INTER_AREA)
    mask = cv2.warpPerspective(np.full((h, w), 255, np.uint8), M, (W, H))
    m = (mask.astype(np.float32) / 255)[:, :, None]
    # drop shadow
    sh = cv2.GaussianBlur(np.roll(np.roll(m[:, :, 0], 18, 0), 14, 1), (0, 0), 15)[:, :, None]
    table = table * (1 - 0.45 * sh)
    out = warped * m + table * (1 - m)
    # uneven light + colour cast
    cx, cy = rng.uniform(0, W), rng.uniform(0, H)
    light = 1.05 - 0.3 * np.sqrt(((xx - cx) / W) ** 2 + ((yy - cy) / H) ** 2)
    cast = np.array([rng.uniform(0.86, 0.97), rng.uniform(0.95, 1.0), rng.uniform(1.0, 1.06)])
    out = out * light[:, :, None] * cast[None, None, :]
    out = _noise(out, rng, 4.0).astype(np.uint8)
    out = cv2.GaussianBlur(out, (0, 0), rng.uniform(0.8, 1.4))
    out = np.ascontiguousarray(np.rot90(out, k=rot // 90))
    return Image.fromarray(out[:, :, ::-1])


# ---------------------------------------------------------------- check digits
def mrz_cd(s):
    tot = 0
    for i, ch in enumerate(s):
        v = int(ch) if ch.isdigit() else (0 if ch == "<" else ord(ch) - 55)
        tot += v * (7, 3, 1)[i % 3]
    return str(tot % 10)


def mrz_name(surname, given, n):
    s = surname.replace("-", "<").replace(" ", "<").replace("'", "")
    g = given.replace("-", "").replace(" ", "<")
    return (s + "<<" + g).ljust(n, "<")[:n]


def ymd(d):
    return d[2:4] + d[5:7] + d[8:10]


def td3(country, surname, given, num, nat, dob, sex, exp, opt=""):
    assert len(num) <= 9
    n = num.ljust(9, "<")
    o = opt.ljust(14, "<")
    l1 = "P<" + country + mrz_name(surname, given, 39)
    part = n + mrz_cd(n) + nat + ymd(dob) + mrz_cd(ymd(dob)) + sex + ymd(exp) + mrz_cd(ymd(exp))
    part += o + mrz_cd(o)
    comp = part[0:10] + part[13:20] + part[21:43]
    l2 = part + mrz_cd(comp)
    assert len(l1) == 44 and len(l2) == 44
    return [l1, l2]


def mrva(state, surname, given, num, nat, dob, sex, exp, opt=""):
    assert len(num) <= 9
    n = num.ljust(9, "<")
    l1 = "VD" + state + mrz_name(surname, given, 39)
    l2 = n + mrz_cd(n) + nat + ymd(dob) + mrz_cd(ymd(dob)) + sex + ymd(exp) + mrz_cd(ymd(exp))
    l2 += opt.ljust(16, "<")
    assert len(l1) == 44 and len(l2) == 44
    return [l1, l2]


def td1(kind, state, surname, given, num, nat, dob, sex, exp, opt1="", opt2=""):
    assert len(num) <= 9
    n = num.ljust(9, "<")
    l1 = (kind + state + n + mrz_cd(n) + opt1.ljust(15, "<"))[:30]
    l2 = ymd(dob) + mrz_cd(ymd(dob)) + sex + ymd(exp) + mrz_cd(ymd(exp)) + nat
    l2 += opt2.ljust(11, "<")
    comp = l1[5:30] + l2[0:7] + l2[8:15] + l2[18:29]
    l2 += mrz_cd(comp)
    l3 = mrz_name(surname, given, 30)
    assert len(l1) == len(l2) == len(l3) == 30
    return [l1, l2, l3]


def mrz_ok(lines):
    """Independent re-check of every check digit."""
    if len(lines) == 3:
        a, b, _ = lines
        return (
            mrz_cd(a[5:14]) == a[14]
            and mrz_cd(b[0:6]) == b[6]
            and mrz_cd(b[8:14]) == b[14]
            and mrz_cd(a[5:30] + b[0:7] + b[8:15] + b[18:29]) == b[29]
        )
    a, b = lines
    ok = mrz_cd(b[0:9]) == b[9] and mrz_cd(b[13:19]) == b[19] and mrz_cd(b[21:27]) == b[27]
    if a[0] == "P":
        ok = ok and mrz_cd(b[28:42]) == b[42]
        ok = ok and mrz_cd(b[0:10] + b[13:20] + b[21:43]) == b[43]
    return ok


def _num(s):
    return "".join(str(ord(ch) - 55) if ch.isalpha() else ch for ch in s)


def iban_make(cc, bban):
    chk = 98 - int(_num(bban + cc + "00")) % 97
    return cc + f"{chk:02d}" + bban


def iban_ok(iban):
    return int(_num(iban[4:] + iban[:4])) % 97 == 1


def _rib_digits(s):
    conv = {c: str((i % 9) + 1) for i, c in enumerate("ABCDEFGHIJKLMNOPQR")}
    conv.update({c: str(i + 2) for i, c in enumerate("STUVWXYZ")})
    return "".join(conv.get(ch, ch) for ch in s)


def rib_key(bank, branch, acct):
    v = 89 * int(bank) + 15 * int(branch) + 3 * int(_rib_digits(acct))
    return f"{97 - v % 97:02d}"


def fr_iban(bank, branch, acct):
    key = rib_key(bank, branch, acct)
    return iban_make("FR", bank + branch + acct + key), key


def rib_ok(iban):
    b = iban[4:]
    return rib_key(b[0:5], b[5:10], b[10:21]) == b[21:23]


def group4(iban):
    return " ".join(iban[i : i + 4] for i in range(0, len(iban), 4))


def photo(w=300, h=380, seed=0, skin=(190, 150, 120), hair=(40, 30, 25)):
    rng = random.Random(seed)
    im = Image.new("RGB", (w, h), (215 + rng.randint(0, 20), 222, 230))
    d = ImageDraw.Draw(im)
    d.ellipse([w * 0.12, h * 0.68, w * 0.88, h * 1.3], fill=(60 + rng.randint(0, 40), 60, 80))
    d.rectangle([w * 0.42, h * 0.55, w * 0.58, h * 0.75], fill=skin)
    d.ellipse([w * 0.27, h * 0.14, w * 0.73, h * 0.66], fill=skin)
    d.chord([w * 0.24, h * 0.08, w * 0.76, h * 0.5], 180, 360, fill=hair)
    for ex in (0.41, 0.59):
        d.ellipse([w * ex - 8, h * 0.38, w * ex + 8, h * 0.42], fill=(40, 30, 30))
    d.arc([w * 0.42, h * 0.5, w * 0.58, h * 0.58], 20, 160, fill=(120, 60, 60), width=3)
    return im
