"""Shared helpers: check digits, a tiny page model, two renderers and the capture looks."""

from __future__ import annotations

import io
import math
import random

import cv2
import numpy as np
from fontTools.ttLib import TTFont as FtFont
from PIL import Image, ImageDraw, ImageFilter, ImageFont
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas as rl_canvas

cv2.setNumThreads(1)

TT = "/usr/share/fonts/truetype/"
FONTS = {
    "sans": TT + "dejavu/DejaVuSans.ttf",
    "sansb": TT + "dejavu/DejaVuSans-Bold.ttf",
    "cond": TT + "dejavu/DejaVuSansCondensed.ttf",
    "condb": TT + "dejavu/DejaVuSansCondensed-Bold.ttf",
    "serif": TT + "dejavu/DejaVuSerif.ttf",
    "serifb": TT + "dejavu/DejaVuSerif-Bold.ttf",
    "serifi": TT + "dejavu/DejaVuSerif-Italic.ttf",
    "mono": TT + "dejavu/DejaVuSansMono.ttf",
    "monob": TT + "dejavu/DejaVuSansMono-Bold.ttf",
    "lib": TT + "liberation/LiberationSans-Regular.ttf",
    "libb": TT + "liberation/LiberationSans-Bold.ttf",
    "times": TT + "liberation/LiberationSerif-Regular.ttf",
    "timesb": TT + "liberation/LiberationSerif-Bold.ttf",
    "courier": TT + "liberation/LiberationMono-Regular.ttf",
    "lato": TT + "lato/Lato-Regular.ttf",
    "latob": TT + "lato/Lato-Bold.ttf",
    "roboto": TT + "roboto/unhinted/RobotoTTF/Roboto-Regular.ttf",
    "robotob": TT + "roboto/unhinted/RobotoTTF/Roboto-Bold.ttf",
    "robotom": TT + "roboto/unhinted/RobotoTTF/Roboto-Medium.ttf",
    "rcond": TT + "roboto/unhinted/RobotoCondensed-Regular.ttf",
    "rcondb": TT + "roboto/unhinted/RobotoCondensed-Bold.ttf",
    "open": TT + "open-sans/OpenSans-Regular.ttf",
    "openb": TT + "open-sans/OpenSans-Bold.ttf",
    "carlito": TT + "crosextra/Carlito-Regular.ttf",
    "carlitob": TT + "crosextra/Carlito-Bold.ttf",
    "hand2": TT + "breip/Breip.ttf",
    "hand3": TT + "fifthhorseman/dkg.ttf",
    "hand4": TT + "ecolier-court/Ecolier-court.ttf",
}
HAND_FALLBACK = "serifi"
_PIL: dict = {}
_CMAP: dict = {}
_RL_DONE: set = set()


# ---------------------------------------------------------------- check digits
def mrz_check(s: str) -> str:
    w = (7, 3, 1)
    t = 0
    for i, c in enumerate(s):
        if c.isdigit():
            v = int(c)
        elif c.isalpha():
            v = ord(c) - 55
        else:
            v = 0
        t += v * w[i % 3]
    return str(t % 10)


def mrz_name(surname: str, given: str, width: int) -> str:
    s = surname.replace("-", "<").replace(" ", "<").replace("'", "")
    g = given.replace("-", "<").replace(" ", "<").replace("'", "")
    out = (s + "<<" + g)[:width]
    return out + "<" * (width - len(out))


def pad(s: str, n: int) -> str:
    assert len(s) <= n, s
    return s + "<" * (n - len(s))


def td3(doc_type, state, surname, given, number, nat, dob, sex, exp, personal=""):
    l1 = pad(doc_type, 2) + state + mrz_name(surname, given, 39)
    num = pad(number, 9)
    pers = pad(personal, 14)
    pc = mrz_check(pers) if personal else "<"
    l2 = num + mrz_check(num) + nat + dob + mrz_check(dob) + sex + exp + mrz_check(exp)
    l2 += pers + pc
    comp = l2[0:10] + l2[13:20] + l2[21:43]
    l2 += mrz_check(comp)
    assert len(l1) == 44 and len(l2) == 44
    assert verify_td3(l2), l2
    return l1, l2


def verify_td3(l2: str) -> bool:
    ok = mrz_check(l2[0:9]) == l2[9] and mrz_check(l2[13:19]) == l2[19]
    ok = ok and mrz_check(l2[21:27]) == l2[27]
    ok = ok and (l2[42] == "<" and set(l2[28:42]) == {"<"} or mrz_check(l2[28:42]) == l2[42])
    comp = l2[0:10] + l2[13:20] + l2[21:43]
    return ok and mrz_check(comp) == l2[43]


def mrva(state, surname, given, number, nat, dob, sex, exp, optional=""):
    l1 = "V" + "<" + state + mrz_name(surname, given, 39)
    num = pad(number, 9)
    l2 = num + mrz_check(num) + nat + dob + mrz_check(dob) + sex + exp + mrz_check(exp)
    l2 += pad(optional, 16)
    assert len(l1) == 44 and len(l2) == 44
    assert mrz_check(l2[0:9]) == l2[9] and mrz_check(l2[13:19]) == l2[19]
    assert mrz_check(l2[21:27]) == l2[27]
    return l1, l2


def td1(doc_type, state, number, dob, sex, exp, nat, surname, given, opt1="", opt2=""):
    num = pad(number, 9)
    l1 = pad(doc_type, 2) + state + num + mrz_check(num) + pad(opt1, 15)
    l2 = dob + mrz_check(dob) + sex + exp + mrz_check(exp) + nat + pad(opt2, 11)
    comp = l1[5:30] + l2[0:7] + l2[8:15] + l2[18:29]
    l2 += mrz_check(comp)
    l3 = mrz_name(surname, given, 30)
    assert len(l1) == 30 and len(l2) == 30 and len(l3) == 30
    assert mrz_check(l1[5:14]) == l1[14] and mrz_check(l2[0:6]) == l2[6]
    assert mrz_check(l2[8:14]) == l2[14]
    assert mrz_check(l1[5:30] + l2[0:7] + l2[8:15] + l2[18:29]) == l2[29]
    return l1, l2, l3


def iban_valid(iban: str) -> bool:
    s = iban[4:] + iban[:4]
    n = "".join(str(int(c, 36)) for c in s)
    return int(n) % 97 == 1


def make_iban(country: str, bban: str) -> str:
    s = bban + country + "00"
    n = "".join(str(int(c, 36)) for c in s)
    iban = country + f"{98 - int(n) % 97:02d}" + bban
    assert iban_valid(iban)
    return iban


def rib_key(bank: str, branch: str, account: str) -> str:
    conv = {c: str((i % 9) + 1) for i, c in enumerate("ABCDEFGHIJKLMNOPQRSTUVWXYZ")}
    conv.update({"S": "2", "T": "3", "U": "4", "V": "5", "W": "6", "X": "7", "Y": "8", "Z": "9"})
    acc = "".join(conv.get(c, c) for c in account)
    k = 97 - ((89 * int(bank) + 15 * int(branch) + 3 * int(acc)) % 97)
    return f"{k:02d}"


def french_iban(bank, branch, account):
    assert account.isdigit()
    key = rib_key(bank, branch, account)
    assert (89 * int(bank) + 15 * int(branch) + 3 * int(account) + int(key)) % 97 == 0
    return make_iban("FR", bank + branch + account + key), key


def nir_key(nir13: str) -> str:
    k = f"{97 - int(nir13) % 97:02d}"
    assert (int(nir13) + int(k)) % 97 == 0
    return k


def luhn_ok(s: str) -> bool:
    t = 0
    for i, c in enumerate(reversed(s)):
        d = int(c) * (2 if i % 2 else 1)
        t += d - 9 if d > 9 else d
    return t % 10 == 0


def make_siret(prefix13: str) -> str:
    for d in "0123456789":
        if luhn_ok(prefix13 + d):
            return prefix13 + d
    raise AssertionError


def group(s: str, n: int = 4) -> str:
    return " ".join(s[i : i + n] for i in range(0, len(s), n))


# ---------------------------------------------------------------- page model
def pil_font(key: str, px: float):
    k = (key, round(px))
    if k not in _PIL:
        _PIL[k] = ImageFont.truetype(FONTS[key], max(1, k[1]))
    return _PIL[k]


def has_glyph(key: str, ch: str) -> bool:
    if key not in _CMAP:
        _CMAP[key] = FtFont(FONTS[key]).getBestCmap()
    return ord(ch) in _CMAP[key] or ch == " "


def text_w(s: str, key: str, size: float) -> float:
    """Width in mm of s at size pt."""
    return pil_font(key, 200).getlength(s) / 200 * size * 25.4 / 72


class Page:
    def __init__(self, w=210.0, h=297.0, bg=(255, 255, 255)):
        self.w, self.h, self.bg, self.ops = w, h, bg, []

    def text(self, x, y, s, font="sans", size=9, color=(0, 0, 0), align="l"):
        self.ops.append(("text", x, y, str(s), font, size, color, align))

    def hand(self, x, y, s, font="hand2", size=13, color=(25, 35, 110), seed=0, slope=0.0):
        self.ops.append(("hand", x, y, str(s), font, size, color, seed, slope))

    def line(self, x1, y1, x2, y2, w=0.25, color=(0, 0, 0)):
        self.ops.append(("line", x1, y1, x2, y2, w, color))

    def rect(self, x, y, w, h, stroke=(0, 0, 0), fill=None, lw=0.25):
        self.ops.append(("rect", x, y, w, h, stroke, fill, lw))

    def poly(self, pts, w=0.45, color=(25, 35, 110)):
        self.ops.append(("poly", [tuple(p) for p in pts], w, color))

    def image(self, x, y, w, h, img):
        self.ops.append(("image", x, y, w, h, img))

    def para(self, x, y, width, s, font="sans", size=9, lead=None, color=(0, 0, 0)):
        lead = lead or size * 0.42
        for paragraph in str(s).split("\n"):
            words, cur = paragraph.split(" "), ""
            for wd in words:
                t = (cur + " " + wd).strip()
                if text_w(t, font, size) > width and cur:
                    self.text(x, y, cur, font, size, color)
                    y += lead
                    cur = wd
                else:
                    cur = t
            self.text(x, y, cur, font, size, color)
            y += lead
        return y

    def comb(self, x, y, n, cw=5.0, h=6.0, lw=0.25, color=(0, 0, 0)):
        for i in range(n):
            self.rect(x + i * cw, y, cw, h, stroke=color, lw=lw)

    def check(self, x, y, s=3.2, lw=0.25):
        self.rect(x, y, s, s, lw=lw)


def _hand_glyphs(op):
    _, x, y, s, font, size, color, seed, slope = op
    rng = random.Random(seed)
    out, cx = [], x
    for ch in s:
        f = font if has_glyph(font, ch) else HAND_FALLBACK
        sz = size * (1 + rng.uniform(-0.06, 0.06))
        dy = rng.uniform(-0.35, 0.35) + (cx - x) * slope
        out.append((cx + rng.uniform(-0.1, 0.1), y + dy, ch, f, sz))
        cx += text_w(ch, f, size) * (1 + rng.uniform(-0.05, 0.08))
    return out, color


def render_pil(page: Page, dpi: float = 200) -> Image.Image:
    k = dpi / 25.4
    img = Image.new("RGB", (int(page.w * k), int(page.h * k)), page.bg)
    d = ImageDraw.Draw(img)
    for op in page.ops:
        t = op[0]
        if t == "text":
            _, x, y, s, font, size, color, align = op
            anc = {"l": "ls", "r": "rs", "c": "ms"}[align]
            d.text((x * k, y * k), s, font=pil_font(font, size * dpi / 72), fill=color, anchor=anc)
        elif t == "hand":
            glyphs, color = _hand_glyphs(op)
            for gx, gy, ch, f, sz in glyphs:
                d.text(
                    (gx * k, gy * k), ch, font=pil_font(f, sz * dpi / 72), fill=color, anchor="ls"
                )
        elif t == "line":
            _, x1, y1, x2, y2, w, color = op
            d.line([(x1 * k, y1 * k), (x2 * k, y2 * k)], fill=color, width=max(1, round(w * k)))
        elif t == "rect":
            _, x, y, w, h, stroke, fill, lw = op
            box = [x * k, y * k, (x + w) * k, (y + h) * k]
            d.rectangle(
                box, fill=fill, outline=stroke, width=max(1, round(lw * k)) if stroke else 0
            )
        elif t == "poly":
            _, pts, w, color = op
            d.line([(px * k, py * k) for px, py in pts], fill=color, width=max(1, round(w * k)))
            r = w * k / 2
            for px, py in pts[:: max(1, len(pts) // 40)]:
                d.ellipse([px * k - r, py * k - r, px * k + r, py * k + r], fill=color)
        elif t == "image":
            _, x, y, w, h, im = op
            im2 = im.convert("RGB").resize((max(1, int(w * k)), max(1, int(h * k))), Image.LANCZOS)
            img.paste(im2, (int(x * k), int(y * k)))
    return img


def _rl_font(key):
    if key not in _RL_DONE:
        pdfmetrics.registerFont(TTFont("F_" + key, FONTS[key]))
        _RL_DONE.add(key)
    return "F_" + key


def _rgb(c):
    return tuple(v / 255 for v in c)


def render_pdf(pages, path, fields=None, meta=None):
    """Vector PDF with a text layer. fields: list of (page_index, kind, name, x, y, w, h, value)."""
    first = pages[0]
    c = rl_canvas.Canvas(path, pagesize=(first.w * 72 / 25.4, first.h * 72 / 25.4), invariant=1)
    if meta:
        c.setAuthor(meta.get("author", ""))
        c.setTitle(meta.get("title", ""))
        c.setCreator(meta.get("creator", ""))
    mm = 72 / 25.4
    for pi, page in enumerate(pages):
        c.setPageSize((page.w * mm, page.h * mm))
        if page.bg != (255, 255, 255):
            c.setFillColorRGB(*_rgb(page.bg))
            c.rect(0, 0, page.w * mm, page.h * mm, stroke=0, fill=1)
        H = page.h
        for op in page.ops:
            t = op[0]
            if t == "text":
                _, x, y, s, font, size, color, align = op
                c.setFont(_rl_font(font), size)
                c.setFillColorRGB(*_rgb(color))
                fn = {"l": c.drawString, "r": c.drawRightString, "c": c.drawCentredString}[align]
                fn(x * mm, (H - y) * mm, s)
            elif t == "hand":
                glyphs, color = _hand_glyphs(op)
                c.setFillColorRGB(*_rgb(color))
                for gx, gy, ch, f, sz in glyphs:
                    c.setFont(_rl_font(f), sz)
                    c.drawString(gx * mm, (H - gy) * mm, ch)
            elif t == "line":
                _, x1, y1, x2, y2, w, color = op
                c.setStrokeColorRGB(*_rgb(color))
                c.setLineWidth(w * mm)
                c.line(x1 * mm, (H - y1) * mm, x2 * mm, (H - y2) * mm)
            elif t == "rect":
                _, x, y, w, h, stroke, fill, lw = op
                if fill:
                    c.setFillColorRGB(*_rgb(fill))
                if stroke:
                    c.setStrokeColorRGB(*_rgb(stroke))
                    c.setLineWidth(lw * mm)
                c.rect(
                    x * mm,
                    (H - y - h) * mm,
                    w * mm,
                    h * mm,
                    stroke=1 if stroke else 0,
                    fill=1 if fill else 0,
                )
            elif t == "poly":
                _, pts, w, color = op
                c.setStrokeColorRGB(*_rgb(color))
                c.setLineWidth(w * mm)
                c.setLineCap(1)
                c.setLineJoin(1)
                p = c.beginPath()
                p.moveTo(pts[0][0] * mm, (H - pts[0][1]) * mm)
                for px, py in pts[1:]:
                    p.lineTo(px * mm, (H - py) * mm)
                c.drawPath(p, stroke=1, fill=0)
            elif t == "image":
                _, x, y, w, h, im = op
                c.drawImage(
                    ImageReader(im.convert("RGB")),
                    x * mm,
                    (H - y - h) * mm,
                    w * mm,
                    h * mm,
                    mask="auto",
                )
        for f in fields or []:
            fp, kind, name, x, y, w, h, value = f
            if fp != pi:
                continue
            if kind == "text" or kind.startswith("comb"):
                extra = {}
                if kind.startswith("comb"):
                    extra = {"maxlen": int(kind[4:]), "fieldFlags": "comb"}
                c.acroForm.textfield(
                    name=name,
                    value=value,
                    x=x * mm,
                    y=(H - y - h) * mm,
                    width=w * mm,
                    height=h * mm,
                    borderWidth=0,
                    fontSize=9,
                    fontName="Helvetica",
                    fillColor=None,
                    borderColor=None,
                    forceBorder=False,
                    **extra,
                )
            else:
                c.acroForm.checkbox(
                    name=name,
                    checked=bool(value),
                    x=x * mm,
                    y=(H - y - h) * mm,
                    size=w * mm,
                    borderWidth=0.5,
                    buttonStyle="cross",
                )
        c.showPage()
    c.save()


# ---------------------------------------------------------------- pen strokes
def signature(x, y, w, h, name, rng):
    """Return strokes (lists of mm points) of a cursive-like signature in box x,y,w,h."""
    strokes = []
    n = max(4, min(9, len(name) // 2 + 2))
    pts = []
    base = y + h * 0.62
    amp = h * rng.uniform(0.18, 0.3)
    x0 = x + w * rng.uniform(0.08, 0.2)
    L = w * rng.uniform(0.5, 0.7)
    steps = 160
    slant = rng.uniform(0.15, 0.4)
    freqs = [rng.uniform(0.7, 1.3) for _ in range(n)]
    for i in range(steps):
        t = i / (steps - 1)
        k = min(n - 1, int(t * n))
        ph = t * n * 2 * math.pi
        yy = base - amp * (0.5 + 0.5 * math.sin(ph * freqs[k])) * (1.4 if k == 0 else 1.0)
        xx = x0 + t * L + amp * 0.35 * math.cos(ph) - (yy - base) * slant
        pts.append((xx + rng.gauss(0, 0.08), yy + rng.gauss(0, 0.08)))
    strokes.append(pts)
    # initial capital loop
    cx, cy, r = x0 + 1, base - amp * 1.1, amp * 0.9
    strokes.append(
        [
            (
                cx + r * 0.6 * math.cos(a) + rng.gauss(0, 0.05),
                cy + r * math.sin(a) + rng.gauss(0, 0.05),
            )
            for a in np.linspace(0.3, 2 * math.pi + 1.2, 40)
        ]
    )
    # flourish underline
    fx0, fx1 = x0 - w * 0.05, x0 + L + w * rng.uniform(0.0, 0.12)
    fy = base + h * rng.uniform(0.08, 0.18)
    fl = []
    for i in range(50):
        t = i / 49
        fl.append(
            (fx0 + t * (fx1 - fx0), fy - math.sin(t * math.pi) * h * 0.08 + rng.gauss(0, 0.06))
        )
    strokes.append(fl)
    return strokes


def sign(page, x, y, w, h, name, rng, color=(20, 30, 100), width=0.42):
    for s in signature(x, y, w, h, name, rng):
        page.poly(s, w=width * rng.uniform(0.85, 1.15), color=color)


def signature_image(name, rng, w_mm=55, h_mm=20):
    p = Page(w_mm, h_mm)
    sign(p, 0, 0, w_mm, h_mm, name, rng)
    return render_pil(p, 200)


def stamp(page, x, y, r, lines, color=(40, 60, 160), rng=None):
    """Round rubber stamp centred at x,y radius r mm."""
    pts = [(x + r * math.cos(a), y + r * math.sin(a)) for a in np.linspace(0, 2 * math.pi, 90)]
    page.poly(pts, w=0.5, color=color)
    pts = [
        (x + r * 0.8 * math.cos(a), y + r * 0.8 * math.sin(a))
        for a in np.linspace(0, 2 * math.pi, 90)
    ]
    page.poly(pts, w=0.25, color=color)
    yy = y - (len(lines) - 1) * 1.6
    for ln in lines:
        page.text(x, yy + 1, ln, "sansb", 5.2, color, "c")
        yy += 3.2


# ---------------------------------------------------------------- looks
def _noise(arr, rng, sigma):
    g = np.random.default_rng(rng.randrange(1 << 30))
    return np.clip(arr + g.normal(0, sigma, arr.shape), 0, 255)


def scan_look(img: Image.Image, rng: random.Random, tint=(244, 242, 236)) -> Image.Image:
    a = np.asarray(img).astype(np.float32)
    a = a * (np.array(tint, np.float32) / 255)
    h, w = a.shape[:2]
    ang = rng.uniform(-0.9, 0.9)
    m = cv2.getRotationMatrix2D((w / 2, h / 2), ang, 1.0)
    m[0, 2] += rng.uniform(-8, 8)
    m[1, 2] += rng.uniform(-8, 8)
    a = cv2.warpAffine(a, m, (w, h), borderValue=tuple(float(v) for v in tint))
    a = cv2.GaussianBlur(a, (0, 0), rng.uniform(0.4, 0.7))
    a = _noise(a, rng, rng.uniform(2.0, 4.0))
    # darker scanner edge
    a[:, : int(w * 0.006)] *= 0.55
    return Image.fromarray(a.astype(np.uint8))


def table_bg(W, H, rng):
    g = np.random.default_rng(rng.randrange(1 << 30))
    base = np.array(
        rng.choice([(120, 88, 60), (160, 150, 140), (90, 90, 95), (200, 195, 185), (140, 100, 70)]),
        np.float32,
    )
    low = g.normal(0, 1, (H // 64 + 2, W // 64 + 2)).astype(np.float32)
    low = cv2.resize(low, (W, H), interpolation=cv2.INTER_CUBIC)
    grain = cv2.resize(g.normal(0, 1, (H // 4 + 1, 8)).astype(np.float32), (W, H))
    a = base[None, None, :] * (1 + 0.06 * low[..., None] + 0.05 * grain[..., None])
    return a


def photo_look(
    img: Image.Image, rng: random.Random, long_side=3264, fill=0.82, rot=0, portrait=None
) -> Image.Image:
    src = np.asarray(img.convert("RGB")).astype(np.float32)
    sh, sw = src.shape[:2]
    if portrait is None:
        portrait = sh >= sw
    H, W = (long_side, long_side * 3 // 4) if portrait else (long_side * 3 // 4, long_side)
    bg = table_bg(W, H, rng)
    s = min(W * fill / sw, H * fill / sh)
    dw, dh = sw * s, sh * s
    cx, cy = W / 2 + rng.uniform(-0.04, 0.04) * W, H / 2 + rng.uniform(-0.04, 0.04) * H
    j = 0.05 * min(dw, dh)
    dst = np.float32(
        [
            [cx - dw / 2 + rng.uniform(-j, j), cy - dh / 2 + rng.uniform(-j, j)],
            [cx + dw / 2 + rng.uniform(-j, j), cy - dh / 2 + rng.uniform(-j, j)],
            [cx + dw / 2 + rng.uniform(-j, j), cy + dh / 2 + rng.uniform(-j, j)],
            [cx - dw / 2 + rng.uniform(-j, j), cy + dh / 2 + rng.uniform(-j, j)],
        ]
    )
    # keep the far edge narrower: perspective
    k = rng.uniform(0.02, 0.07) * dw
    dst[0, 0] += k
    dst[1, 0] -= k
    srcq = np.float32([[0, 0], [sw, 0], [sw, sh], [0, sh]])
    M = cv2.getPerspectiveTransform(srcq, dst)
    warped = cv2.warpPerspective(src, M, (W, H), flags=cv2.INTER_AREA)
    mask = cv2.warpPerspective(np.ones((sh, sw), np.float32), M, (W, H))
    mask = cv2.GaussianBlur(mask, (0, 0), 1.2)[..., None]
    # soft drop shadow of the paper
    sm = cv2.GaussianBlur(np.roll(mask[..., 0], (9, 9), (0, 1)), (0, 0), 12)[..., None]
    a = bg * (1 - 0.35 * sm)
    a = a * (1 - mask) + warped * mask
    # light gradient + shadow of the phone / hand
    yy, xx = np.mgrid[0:H, 0:W].astype(np.float32)
    ang = rng.uniform(0, 2 * math.pi)
    grad = (xx / W - 0.5) * math.cos(ang) + (yy / H - 0.5) * math.sin(ang)
    a *= (1 + 0.22 * grad)[..., None]
    poly = np.int32(
        [
            [rng.uniform(0.5, 1.0) * W, 0],
            [W, 0],
            [W, rng.uniform(0.3, 0.7) * H],
            [rng.uniform(0.6, 0.95) * W, rng.uniform(0.2, 0.5) * H],
        ]
    )
    sh_m = np.zeros((H, W), np.float32)
    cv2.fillPoly(sh_m, [poly], 1.0)
    sh_m = cv2.GaussianBlur(sh_m, (0, 0), W * 0.03)
    a *= (1 - rng.uniform(0.25, 0.42) * sh_m)[..., None]
    cast = np.array([rng.uniform(1.0, 1.07), 1.0, rng.uniform(0.86, 0.97)], np.float32)
    a *= cast
    vig = 1 - 0.25 * (((xx / W - 0.5) ** 2 + (yy / H - 0.5) ** 2) * 2)
    a *= vig[..., None]
    a = cv2.GaussianBlur(a, (0, 0), rng.uniform(0.7, 1.3))
    a = _noise(a, rng, rng.uniform(3, 6))
    out = Image.fromarray(a.astype(np.uint8))
    if rot:
        out = out.rotate(rot, expand=True)
    return out


def save_jpeg(img, path, q=88):
    img.save(path, "JPEG", quality=q, optimize=False)


def image_pdf(images, path, page_mm=(210, 297), q=80):
    mm = 72 / 25.4
    c = rl_canvas.Canvas(path, pagesize=(page_mm[0] * mm, page_mm[1] * mm), invariant=1)
    c.setCreator("Scanner")
    for im in images:
        buf = io.BytesIO()
        im.convert("RGB").save(buf, "JPEG", quality=q)
        buf.seek(0)
        c.drawImage(ImageReader(buf), 0, 0, page_mm[0] * mm, page_mm[1] * mm)
        c.showPage()
    c.save()


def grey_doc(img: Image.Image, rng) -> Image.Image:
    """Photocopy look: greyscale, contrast, speckles."""
    g = img.convert("L")
    a = np.asarray(g).astype(np.float32)
    a = np.clip((a - 30) * 1.15, 0, 255)
    a = _noise(a, rng, 5)
    return Image.fromarray(a.astype(np.uint8)).convert("RGB").filter(ImageFilter.SMOOTH)
