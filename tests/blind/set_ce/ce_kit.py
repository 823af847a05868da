"""Drawing kit for set_ce: pages as op lists, rendered to images or text PDFs; checksums; looks."""

import io
import math
import unicodedata

import cv2
import numpy as np
from PIL import Image, ImageDraw, ImageFilter, ImageFont
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas as rl_canvas

cv2.setNumThreads(1)

FD = "/usr/share/fonts/truetype/"
FONTS = {
    "sans": FD + "dejavu/DejaVuSans.ttf",
    "sansb": FD + "dejavu/DejaVuSans-Bold.ttf",
    "cond": FD + "dejavu/DejaVuSansCondensed.ttf",
    "condb": FD + "dejavu/DejaVuSansCondensed-Bold.ttf",
    "serif": FD + "liberation/LiberationSerif-Regular.ttf",
    "serifb": FD + "liberation/LiberationSerif-Bold.ttf",
    "serifi": FD + "liberation/LiberationSerif-Italic.ttf",
    "arial": FD + "liberation/LiberationSans-Regular.ttf",
    "arialb": FD + "liberation/LiberationSans-Bold.ttf",
    "lato": FD + "lato/Lato-Regular.ttf",
    "latob": FD + "lato/Lato-Bold.ttf",
    "roboto": FD + "roboto/unhinted/RobotoTTF/Roboto-Regular.ttf",
    "robotob": FD + "roboto/unhinted/RobotoTTF/Roboto-Bold.ttf",
    "robotom": FD + "roboto/unhinted/RobotoTTF/Roboto-Medium.ttf",
    "open": FD + "open-sans/OpenSans-Regular.ttf",
    "openb": FD + "open-sans/OpenSans-Bold.ttf",
    "carlito": FD + "crosextra/Carlito-Regular.ttf",
    "carlitob": FD + "crosextra/Carlito-Bold.ttf",
    "mono": FD + "dejavu/DejaVuSansMono.ttf",
    "monob": FD + "dejavu/DejaVuSansMono-Bold.ttf",
    "courier": FD + "liberation/LiberationMono-Regular.ttf",
    "free": FD + "freefont/FreeSerif.ttf",
    "freeb": FD + "freefont/FreeSerifBold.ttf",
    "h_ecolier": FD + "ecolier-court/Ecolier-court.ttf",
    "h_femke": FD + "femkeklaver/femkeklaver.ttf",
    "h_ruf": FD + "rufscript/Rufscript010.ttf",
    "h_dkg": FD + "fifthhorseman/dkg.ttf",
    "h_breip": FD + "breip/Breip.ttf",
}
HAND_SCALE = {"h_ecolier": 1.6, "h_femke": 1.1, "h_dkg": 0.85}
_PIL_CACHE = {}
_RL_DONE = set()


def pil_font(key, px):
    k = (key, int(px))
    if k not in _PIL_CACHE:
        _PIL_CACHE[k] = ImageFont.truetype(FONTS[key], max(4, int(px)))
    return _PIL_CACHE[k]


def rl_font(key):
    name = "ce_" + key
    if name not in _RL_DONE:
        pdfmetrics.registerFont(TTFont(name, FONTS[key]))
        _RL_DONE.add(name)
    return name


# ----------------------------------------------------------------- checksums
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


def mrz_name(s):
    s = unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode().upper()
    s = s.replace("'", "").replace("-", "<").replace(" ", "<")
    return s


def _pad(s, n):
    return (s + "<" * n)[:n]


def mrz_td3(kind, country, surname, given, number, nat, dob, sex, exp, personal=""):
    l1 = _pad(kind + "<" + country + mrz_name(surname) + "<<" + mrz_name(given), 44)
    num = _pad(number, 9)
    pers = _pad(personal, 14)
    pcd = mrz_cd(pers) if personal else "<"
    core = num + mrz_cd(num) + nat + dob + mrz_cd(dob) + sex + exp + mrz_cd(exp) + pers + pcd
    comp = core[0:10] + core[13:20] + core[21:43]
    l2 = core + mrz_cd(comp)
    assert len(l1) == 44 and len(l2) == 44
    return [l1, l2]


def mrz_mrva(country, surname, given, number, nat, dob, sex, exp, optional=""):
    l1 = _pad("V<" + country + mrz_name(surname) + "<<" + mrz_name(given), 44)
    num = _pad(number, 9)
    l2 = num + mrz_cd(num) + nat + dob + mrz_cd(dob) + sex + exp + mrz_cd(exp) + _pad(optional, 16)
    assert len(l2) == 44
    return [l1, l2]


def mrz_td1(kind, country, number, dob, sex, exp, nat, surname, given, opt1="", opt2=""):
    num = _pad(number, 9)
    l1 = _pad(kind, 2) + country + num + mrz_cd(num) + _pad(opt1, 15)
    l2a = dob + mrz_cd(dob) + sex + exp + mrz_cd(exp) + nat + _pad(opt2, 11)
    comp = l1[5:30] + l2a[0:7] + l2a[8:15] + l2a[18:29]
    l2 = l2a + mrz_cd(comp)
    l3 = _pad(mrz_name(surname) + "<<" + mrz_name(given), 30)
    assert len(l1) == 30 and len(l2) == 30 and len(l3) == 30
    return [l1, l2, l3]


def verify_mrz(lines):
    """Independent check of every check digit; raises AssertionError when one is wrong."""

    def ok(field, cd):
        return mrz_cd(field) == cd

    if len(lines) == 2 and lines[0][0] == "P":
        l2 = lines[1]
        assert ok(l2[0:9], l2[9]) and ok(l2[13:19], l2[19]) and ok(l2[21:27], l2[27])
        assert l2[42] == "<" and set(l2[28:42]) == {"<"} or ok(l2[28:42], l2[42])
        assert ok(l2[0:10] + l2[13:20] + l2[21:43], l2[43])
    elif len(lines) == 2:
        l2 = lines[1]
        assert ok(l2[0:9], l2[9]) and ok(l2[13:19], l2[19]) and ok(l2[21:27], l2[27])
    else:
        l1, l2 = lines[0], lines[1]
        assert ok(l1[5:14], l1[14]) and ok(l2[0:6], l2[6]) and ok(l2[8:14], l2[14])
        assert ok(l1[5:30] + l2[0:7] + l2[8:15] + l2[18:29], l2[29])
    return True


def _num(s):
    return "".join(str(int(c, 36)) for c in s)


def rib_key(bank, branch, account):
    conv = {**{c: str(i + 1) for i, c in enumerate("ABCDEFGHI")}}
    conv.update({c: str(i + 1) for i, c in enumerate("JKLMNOPQR")})
    conv.update({c: str(i + 2) for i, c in enumerate("STUVWXYZ")})
    acc = "".join(conv.get(c, c) for c in account)
    k = 97 - ((89 * int(bank) + 15 * int(branch) + 3 * int(acc)) % 97)
    return f"{k:02d}"


def make_iban(country, bban):
    chk = 98 - int(_num(bban + country + "00")) % 97
    iban = f"{country}{chk:02d}{bban}"
    assert int(_num(iban[4:] + iban[:4])) % 97 == 1
    return iban


def fr_iban(bank, branch, account):
    key = rib_key(bank, branch, account)
    iban = make_iban("FR", bank + branch + account + key)
    assert account.isdigit()
    assert (89 * int(bank) + 15 * int(branch) + 3 * int(account) + int(key)) % 97 == 0
    return iban, key


def iban_groups(iban):
    return " ".join(iban[i : i + 4] for i in range(0, len(iban), 4))


def nir_key(nir13):
    k = 97 - int(nir13) % 97
    assert len(nir13) == 13 and (int(nir13) + k) % 97 == 0
    return f"{k:02d}"


def siret_with_luhn(base13):
    for d in range(10):
        s = base13 + str(d)
        tot = 0
        for i, ch in enumerate(reversed(s)):
            v = int(ch) * (2 if i % 2 else 1)
            tot += v - 9 if v > 9 else v
        if tot % 10 == 0:
            return s
    raise AssertionError


# ----------------------------------------------------------------- page model
class Page:
    """A page in millimetres, origin top-left; text y is the baseline."""

    def __init__(self, w=210.0, h=297.0, bg=(255, 255, 255)):
        self.w, self.h, self.bg, self.ops = w, h, bg, []

    def text(self, x, y, s, font="sans", size=9, color=(0, 0, 0), anchor="l"):
        self.ops.append(("t", x, y, str(s), font, size, color, anchor))

    def line(self, x1, y1, x2, y2, width=0.3, color=(0, 0, 0)):
        self.ops.append(("l", x1, y1, x2, y2, width, color))

    def rect(self, x, y, w, h, width=0.3, color=(0, 0, 0), fill=None):
        self.ops.append(("r", x, y, w, h, width, color, fill))

    def ellipse(self, x, y, w, h, width=0.3, color=(0, 0, 0), fill=None):
        self.ops.append(("e", x, y, w, h, width, color, fill))

    def poly(self, pts, width=0.4, color=(0, 0, 0)):
        self.ops.append(("p", pts, width, color))

    def para(self, x, y, s, width_mm, font="sans", size=9, lead=None, color=(0, 0, 0)):
        """Wrap s in width_mm; return the y after the last line."""
        lead = lead or size * 0.45
        f = pil_font(font, size * 10)
        words, cur = s.split(), ""
        for wd in words:
            trial = (cur + " " + wd).strip()
            if f.getlength(trial) / 10 * 25.4 / 72 > width_mm and cur:
                self.text(x, y, cur, font, size, color)
                y += lead
                cur = wd
            else:
                cur = trial
        if cur:
            self.text(x, y, cur, font, size, color)
            y += lead
        return y

    def hand(self, x, y, s, rng, font="h_ecolier", size=14, color=(20, 40, 120), spacing=1.0):
        """Handwritten text: one glyph at a time, with jitter."""
        size *= HAND_SCALE.get(font, 1.0)
        f = pil_font(font, size * 10)
        cx = x
        for ch in s:
            dy = rng.gauss(0, size * 0.012)
            sz = size * rng.uniform(0.93, 1.07)
            self.text(cx + rng.gauss(0, 0.08), y + dy, ch, font, sz, color)
            cx += f.getlength(ch) / 10 * 25.4 / 72 * spacing * rng.uniform(0.97, 1.05)
        return cx

    def comb(self, x, y, s, rng, cell=5.0, font="h_ecolier", size=13, color=(20, 40, 120)):
        size *= HAND_SCALE.get(font, 1.0)
        for i, ch in enumerate(s):
            if ch != " ":
                self.text(
                    x + i * cell + cell / 2 + rng.gauss(0, 0.3),
                    y + rng.gauss(0, 0.3),
                    ch,
                    font,
                    size * rng.uniform(0.92, 1.06),
                    color,
                    "c",
                )

    def signature(self, x, y, w, h, rng, color=(15, 30, 110), width=0.45):
        """Pen strokes: a scribbled name-like curve and a flourish."""
        n = rng.randint(2, 3)
        cx = x + w * 0.05
        for _ in range(n):
            seg_w = w * rng.uniform(0.22, 0.35)
            pts = []
            loops = rng.randint(2, 5)
            amps = [h * rng.uniform(0.08, 0.45) for _ in range(loops + 1)]
            rads = [w * rng.uniform(0.005, 0.05) for _ in range(loops + 1)]
            slant = rng.uniform(0.1, 0.5)
            for i in range(loops * 10 + 1):
                t = i / (loops * 10)
                k = min(loops, int(t * loops))
                ang = t * loops * 2 * math.pi
                dy = math.sin(ang) * amps[k]
                px = cx + t * seg_w + math.cos(ang) * rads[k] - dy * slant
                py = y + h * 0.55 + dy - t * h * 0.15
                pts.append((px + rng.gauss(0, 0.12), py + rng.gauss(0, 0.12)))
            self.poly(pts, width * rng.uniform(0.85, 1.15), color)
            cx += seg_w * rng.uniform(0.9, 1.15)
        p0 = (x + w * rng.uniform(0.0, 0.15), y + h * 0.82)
        p1 = (x + w * 0.4, y + h * rng.uniform(0.95, 1.1))
        p2 = (x + w * 0.8, y + h * 0.45)
        p3 = (x + w * rng.uniform(0.85, 1.0), y + h * 0.7)
        pts = []
        for i in range(41):
            t = i / 40
            bx = (1 - t) ** 3 * p0[0] + 3 * (1 - t) ** 2 * t * p1[0] + 3 * (1 - t) * t * t * p2[0]
            by = (1 - t) ** 3 * p0[1] + 3 * (1 - t) ** 2 * t * p1[1] + 3 * (1 - t) * t * t * p2[1]
            pts.append((bx + t**3 * p3[0] + rng.gauss(0, 0.1), by + t**3 * p3[1]))
        self.poly(pts, width, color)

    def stamp(self, cx, cy, r, lines, rng, color=(40, 60, 160), round_=True):
        c = tuple(min(255, int(v + rng.uniform(0, 40))) for v in color)
        if round_:
            self.ellipse(cx - r, cy - r, 2 * r, 2 * r, 0.6, c)
            self.ellipse(cx - r * 0.86, cy - r * 0.86, 1.72 * r, 1.72 * r, 0.3, c)
        else:
            self.rect(cx - r * 1.6, cy - r * 0.75, r * 3.2, r * 1.5, 0.6, c)
        n = len(lines)
        for i, s in enumerate(lines):
            yy = cy + (i - (n - 1) / 2) * r * 0.36 + r * 0.1
            self.text(cx, yy, s, "sansb", r * 0.75 if len(s) < 14 else r * 0.55, c, "c")

    def grid2d(self, x, y, size, rng, n=29):
        """A square 2D code look (no decodable payload)."""
        cell = size / n
        for i in range(n):
            for j in range(n):
                finder = (i < 7 and j < 7) or (i < 7 and j >= n - 7) or (i >= n - 7 and j < 7)
                if finder:
                    a, b = i % (n - 7) if i >= 7 else i, j % (n - 7) if j >= 7 else j
                    on = a in (0, 6) or b in (0, 6) or (2 <= a <= 4 and 2 <= b <= 4)
                else:
                    on = rng.random() < 0.5
                if on:
                    self.rect(x + j * cell, y + i * cell, cell, cell, 0, None, (0, 0, 0))

    def photo(self, x, y, w, h, rng, tone=(150, 110, 80), ghost=False):
        bg = (205, 215, 225) if not ghost else (235, 232, 228)
        self.rect(x, y, w, h, 0, None, bg)
        sk = tuple(int(v + rng.uniform(-10, 10)) for v in tone)
        if ghost:
            sk = tuple(int(235 - (235 - v) * 0.3) for v in sk)
        self.ellipse(
            x + w * 0.1,
            y + h * 0.7,
            w * 0.8,
            h * 0.5,
            0,
            None,
            (60, 60, 70) if not ghost else (210, 210, 212),
        )
        self.ellipse(x + w * 0.27, y + h * 0.15, w * 0.46, h * 0.58, 0, None, sk)
        hair = (30, 25, 20) if not ghost else (205, 200, 198)
        self.ellipse(x + w * 0.25, y + h * 0.1, w * 0.5, h * 0.2, 0, None, hair)

    def mrz(self, x, y, lines, size=10.5, lead=None):
        lead = lead or size * 0.5
        for i, ln in enumerate(lines):
            self.text(x, y + i * lead, ln, "monob", size, (10, 10, 10))


# ----------------------------------------------------------------- rendering
def to_image(page, dpi):
    k = dpi / 25.4
    img = Image.new("RGB", (round(page.w * k), round(page.h * k)), page.bg)
    d = ImageDraw.Draw(img)
    for op in page.ops:
        if op[0] == "t":
            _, x, y, s, font, size, color, anchor = op
            f = pil_font(font, size * dpi / 72)
            d.text(
                (x * k, y * k),
                s,
                fill=color,
                font=f,
                anchor={"l": "ls", "r": "rs", "c": "ms"}[anchor],
            )
        elif op[0] == "l":
            _, x1, y1, x2, y2, w, c = op
            d.line([(x1 * k, y1 * k), (x2 * k, y2 * k)], fill=c, width=max(1, round(w * k)))
        elif op[0] in ("r", "e"):
            _, x, y, w, h, lw, c, fill = op
            box = [x * k, y * k, (x + w) * k, (y + h) * k]
            fn = d.rectangle if op[0] == "r" else d.ellipse
            fn(box, fill=fill, outline=c if lw else None, width=max(1, round(lw * k)) if lw else 0)
        elif op[0] == "p":
            _, pts, w, c = op
            d.line(
                [(px * k, py * k) for px, py in pts],
                fill=c,
                width=max(1, round(w * k)),
                joint="curve",
            )
    return img


def draw_pdf_page(c, page):
    H = page.h
    mm = 72 / 25.4
    if page.bg != (255, 255, 255):
        c.setFillColorRGB(*[v / 255 for v in page.bg])
        c.rect(0, 0, page.w * mm, H * mm, stroke=0, fill=1)
    for op in page.ops:
        if op[0] == "t":
            _, x, y, s, font, size, color, anchor = op
            c.setFillColorRGB(*[v / 255 for v in color])
            c.setFont(rl_font(font), size)
            fn = {"l": c.drawString, "r": c.drawRightString, "c": c.drawCentredString}[anchor]
            fn(x * mm, (H - y) * mm, s)
        elif op[0] == "l":
            _, x1, y1, x2, y2, w, col = op
            c.setStrokeColorRGB(*[v / 255 for v in col])
            c.setLineWidth(w * mm)
            c.line(x1 * mm, (H - y1) * mm, x2 * mm, (H - y2) * mm)
        elif op[0] in ("r", "e"):
            _, x, y, w, h, lw, col, fill = op
            if fill:
                c.setFillColorRGB(*[v / 255 for v in fill])
            if lw and col:
                c.setStrokeColorRGB(*[v / 255 for v in col])
                c.setLineWidth(lw * mm)
            args = (x * mm, (H - y - h) * mm, w * mm, h * mm)
            st, fi = (1 if lw and col else 0), (1 if fill else 0)
            if op[0] == "r":
                c.rect(*args, stroke=st, fill=fi)
            else:
                c.ellipse(
                    args[0], args[1], args[0] + args[2], args[1] + args[3], stroke=st, fill=fi
                )
        elif op[0] == "p":
            _, pts, w, col = op
            c.setStrokeColorRGB(*[v / 255 for v in col])
            c.setLineWidth(w * mm)
            c.setLineCap(1)
            c.setLineJoin(1)
            path = c.beginPath()
            path.moveTo(pts[0][0] * mm, (H - pts[0][1]) * mm)
            for px, py in pts[1:]:
                path.lineTo(px * mm, (H - py) * mm)
            c.drawPath(path, stroke=1, fill=0)


def new_pdf(path, title="", author="", creator="", producer=None):
    c = rl_canvas.Canvas(str(path), pagesize=(595.2756, 841.8898), invariant=1)
    if title:
        c.setTitle(title)
    if author:
        c.setAuthor(author)
    if creator:
        c.setCreator(creator)
    return c


def text_pdf(path, pages, **meta):
    c = new_pdf(path, **meta)
    for pg in pages:
        c.setPageSize((pg.w * 72 / 25.4, pg.h * 72 / 25.4))
        draw_pdf_page(c, pg)
        c.showPage()
    c.save()


def jpeg_bytes(img, q=82):
    b = io.BytesIO()
    img.save(b, "JPEG", quality=q, optimize=False)
    return b.getvalue()


def image_pdf(path, images, dpi=200, creator="Canon MF Scan Utility"):
    c = new_pdf(path, creator=creator)
    for img in images:
        w, h = img.size[0] * 72 / dpi, img.size[1] * 72 / dpi
        c.setPageSize((w, h))
        c.drawImage(ImageReader(io.BytesIO(jpeg_bytes(img, 78))), 0, 0, w, h)
        c.showPage()
    c.save()


# ----------------------------------------------------------------- looks
def _np(img):
    return np.asarray(img, dtype=np.float32)


def _pil(a):
    return Image.fromarray(np.clip(a, 0, 255).astype(np.uint8))


def scan_look(img, rng, paper=(244, 242, 236)):
    """Flatbed scan: grey paper, slight skew, noise, mild blur."""
    a = _np(img) * (np.array(paper, np.float32) / 255.0)
    h, w = a.shape[:2]
    nrs = np.random.default_rng(rng.randrange(1 << 30))
    a += nrs.normal(0, 3.0, a.shape).astype(np.float32)
    ang = rng.uniform(-1.2, 1.2)
    m = cv2.getRotationMatrix2D((w / 2, h / 2), ang, 1.0)
    m[:, 2] += (rng.uniform(-8, 8), rng.uniform(-8, 8))
    a = cv2.warpAffine(a, m, (w, h), borderMode=cv2.BORDER_CONSTANT, borderValue=(250, 250, 250))
    a = cv2.GaussianBlur(a, (0, 0), 0.6)
    return _pil(a)


def place_on_a4(card_imgs, dpi, rng, bg=(255, 255, 255)):
    """Put card images (same dpi) onto an A4 page, as a copier would."""
    W, H = round(210 / 25.4 * dpi), round(297 / 25.4 * dpi)
    page = Image.new("RGB", (W, H), bg)
    y = round(20 / 25.4 * dpi)
    for im in card_imgs:
        x = round(rng.uniform(15, 30) / 25.4 * dpi)
        page.paste(im, (x, y))
        y += im.size[1] + round(rng.uniform(12, 25) / 25.4 * dpi)
    return page


def photo_look(img, rng, long_side=3968, rotate=0, table=(120, 92, 66), fill=0.78):
    """Phone photo of a flat document on a table: perspective, shadow, cast, blur."""
    portrait = img.size[1] >= img.size[0]
    W, H = (
        (round(long_side * 0.75), long_side) if portrait else (long_side, round(long_side * 0.75))
    )
    nrs = np.random.default_rng(rng.randrange(1 << 30))
    yy, xx = np.mgrid[0:H, 0:W].astype(np.float32)
    tab = np.zeros((H, W, 3), np.float32) + np.array(table, np.float32)
    grain = cv2.resize(nrs.normal(0, 14, (H // 40 + 1, W // 4 + 1)).astype(np.float32), (W, H))
    tab += grain[..., None]
    src = _np(img)
    sh, sw = src.shape[:2]
    s = min(W * fill / sw, H * fill / sh)
    cw, chh = sw * s, sh * s
    ox, oy = (
        (W - cw) / 2 + rng.uniform(-0.04, 0.04) * W,
        (H - chh) / 2 + rng.uniform(-0.04, 0.04) * H,
    )
    j = 0.035
    dst = np.float32(
        [
            [ox + rng.uniform(-j, j) * W, oy + rng.uniform(-j, j) * H],
            [ox + cw + rng.uniform(-j, j) * W, oy + rng.uniform(-j, j) * H],
            [ox + cw + rng.uniform(-j, j) * W, oy + chh + rng.uniform(-j, j) * H],
            [ox + rng.uniform(-j, j) * W, oy + chh + rng.uniform(-j, j) * H],
        ]
    )
    m = cv2.getPerspectiveTransform(np.float32([[0, 0], [sw, 0], [sw, sh], [0, sh]]), dst)
    warped = cv2.warpPerspective(src, m, (W, H), flags=cv2.INTER_AREA)
    mask = cv2.warpPerspective(np.ones((sh, sw), np.float32), m, (W, H))
    mask = cv2.GaussianBlur(mask, (0, 0), 1.2)[..., None]
    a = warped * mask + tab * (1 - mask)
    # light: gradient plus a soft shadow blob (hand / phone)
    gx, gy = rng.uniform(-0.35, 0.35), rng.uniform(-0.35, 0.35)
    light = 1.0 + gx * (xx / W - 0.5) + gy * (yy / H - 0.5)
    bx, by = (
        rng.uniform(0.1, 0.9) * W,
        rng.choice([rng.uniform(-0.1, 0.2), rng.uniform(0.8, 1.1)]) * H,
    )
    blob = np.exp(-(((xx - bx) / (0.35 * W)) ** 2 + ((yy - by) / (0.25 * H)) ** 2))
    light *= 1.0 - rng.uniform(0.25, 0.45) * blob
    cast = np.array([rng.uniform(0.97, 1.05), rng.uniform(0.96, 1.02), rng.uniform(0.86, 0.97)])
    a = a * light[..., None] * cast.astype(np.float32)
    a = cv2.GaussianBlur(a, (0, 0), rng.uniform(0.9, 1.6))
    a += nrs.normal(0, 4.0, a.shape).astype(np.float32)
    out = _pil(a)
    if rotate:
        out = out.transpose(
            {
                90: Image.Transpose.ROTATE_90,
                180: Image.Transpose.ROTATE_180,
                270: Image.Transpose.ROTATE_270,
            }[rotate]
        )
    return out


def soft(img, r=0.4):
    return img.filter(ImageFilter.GaussianBlur(r))
