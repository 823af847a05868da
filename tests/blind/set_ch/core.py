"""Drawing primitives, renderers (PDF / raster), capture effects and check-digit helpers."""

import io
import math
import random
import unicodedata

import cv2
import numpy as np
from PIL import Image, ImageDraw, ImageFilter, ImageFont
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

cv2.setNumThreads(1)

FD = "/usr/share/fonts/truetype/"
FONTS = {
    "sans": FD + "liberation/LiberationSans-Regular.ttf",
    "sansb": FD + "liberation/LiberationSans-Bold.ttf",
    "serif": FD + "liberation/LiberationSerif-Regular.ttf",
    "serifb": FD + "liberation/LiberationSerif-Bold.ttf",
    "serifi": FD + "liberation/LiberationSerif-Italic.ttf",
    "narrow": FD + "liberation/LiberationSansNarrow-Regular.ttf",
    "mono": FD + "dejavu/DejaVuSansMono.ttf",
    "carlito": FD + "crosextra/Carlito-Regular.ttf",
    "carlitob": FD + "crosextra/Carlito-Bold.ttf",
    "caladea": FD + "crosextra/Caladea-Regular.ttf",
    "open": FD + "open-sans/OpenSans-Regular.ttf",
    "openb": FD + "open-sans/OpenSans-ExtraBold.ttf",
    "lato": FD + "lato/Lato-Medium.ttf",
    "latob": FD + "lato/Lato-Black.ttf",
    "roboto": FD + "roboto/unhinted/RobotoTTF/Roboto-Regular.ttf",
    "robotob": FD + "roboto/unhinted/RobotoTTF/Roboto-Bold.ttf",
    "dejavu": FD + "dejavu/DejaVuSans.ttf",
    "dejavub": FD + "dejavu/DejaVuSans-Bold.ttf",
    "freeserif": FD + "freefont/FreeSerif.ttf",
    "hand1": FD + "fifthhorseman/dkg.ttf",
    "hand2": FD + "femkeklaver/femkeklaver.ttf",
    "hand3": FD + "ecolier-court/Ecolier-court.ttf",
    "hand4": FD + "rufscript/Rufscript010.ttf",
}
for _k, _p in FONTS.items():
    pdfmetrics.registerFont(TTFont("F_" + _k, _p))

PT = 25.4 / 72.0  # mm per point
INK_BLUE = (25, 40, 120)
INK_BLACK = (20, 20, 25)


def width_mm(s, font, size):
    return pdfmetrics.stringWidth(s, "F_" + font, size) * PT


class Page:
    """A page (or card) in millimetres, origin top-left, y = baseline for text."""

    def __init__(self, w=210.0, h=297.0, bg=(255, 255, 255)):
        self.w, self.h, self.bg, self.ops = w, h, bg, []

    def text(self, x, y, s, size=9, font="sans", color=(0, 0, 0), anchor="l"):
        self.ops.append(("text", x, y, str(s), size, font, color, anchor))

    def rect(self, x, y, w, h, stroke=(0, 0, 0), fill=None, lw=0.25):
        self.ops.append(("rect", x, y, w, h, stroke, fill, lw))

    def line(self, x1, y1, x2, y2, lw=0.25, color=(0, 0, 0)):
        self.ops.append(("poly", [(x1, y1), (x2, y2)], lw, color))

    def poly(self, pts, lw=0.4, color=INK_BLUE):
        self.ops.append(("poly", list(pts), lw, color))

    def ellipse(self, cx, cy, rx, ry, stroke=(0, 0, 0), fill=None, lw=0.3):
        self.ops.append(("ellipse", cx, cy, rx, ry, stroke, fill, lw))

    def image(self, img, x, y, w, h):
        self.ops.append(("image", img, x, y, w, h))

    def field(self, name, x, y, w, h, value, size=10, kind="text"):
        self.ops.append(("field", name, x, y, w, h, value, size, kind))

    def para(self, x, y, width, s, size=9, font="sans", lead=1.35, color=(0, 0, 0)):
        words, cur = s.split(), ""
        for wd in words:
            t = (cur + " " + wd).strip()
            if width_mm(t, font, size) > width and cur:
                self.text(x, y, cur, size, font, color)
                y += size * PT * lead
                cur = wd
            else:
                cur = t
        if cur:
            self.text(x, y, cur, size, font, color)
            y += size * PT * lead
        return y

    def hand(self, x, y, s, rng, size=13, font="hand1", color=INK_BLUE, slant=0.0):
        """Handwritten text: per-glyph size, baseline and angle jitter (fixed at build time)."""
        cx = x
        drift = rng.uniform(-0.4, 0.4)
        for i, ch in enumerate(s):
            sz = size * rng.uniform(0.92, 1.08)
            dy = rng.uniform(-0.35, 0.35) + drift * i / max(1, len(s))
            ang = rng.uniform(-6, 6) + slant
            if ch != " ":
                self.ops.append(("glyph", cx, y + dy, ch, sz, font, color, ang))
            cx += width_mm(ch, font, sz) * rng.uniform(0.95, 1.1)
        return cx

    def comb(self, x, y, s, rng, cell=5.0, size=12, font="hand3", color=INK_BLUE):
        for i, ch in enumerate(s):
            if ch != " ":
                self.hand(x + i * cell + cell * 0.22, y, ch, rng, size, font, color)

    def signature(self, x, y, w, h, rng, name, color=INK_BLUE, lw=0.45):
        for pts in signature_strokes(rng, name):
            self.poly(
                [(x + px * w, y + py * h) for px, py in pts], lw * rng.uniform(0.8, 1.2), color
            )

    def tick(self, x, y, s, rng, color=INK_BLUE):
        if rng.random() < 0.5:
            self.poly([(x + 0.1 * s, y + 0.1 * s), (x + 0.9 * s, y + 0.95 * s)], 0.5, color)
            self.poly([(x + 0.9 * s, y + 0.05 * s), (x + 0.15 * s, y + 0.9 * s)], 0.5, color)
        else:
            self.poly([(x + 0.1 * s, y + 0.5 * s), (x + 0.4 * s, y + 0.9 * s), (x + s, -0.2 * s + y)],
                      0.5, color)  # fmt: skip


def bezier(p0, p1, p2, p3, n=24):
    out = []
    for i in range(n + 1):
        t = i / n
        a, b, c, d = (1 - t) ** 3, 3 * t * (1 - t) ** 2, 3 * t * t * (1 - t), t**3
        out.append((a * p0[0] + b * p1[0] + c * p2[0] + d * p3[0],
                    a * p0[1] + b * p1[1] + c * p2[1] + d * p3[1]))  # fmt: skip
    return out


def signature_strokes(rng, name):
    """Pen strokes in a unit box: a looped initial, a wavy body, a flourish; jittered."""
    strokes = []
    x = 0.05
    seed = sum(ord(c) for c in name)
    r = random.Random(seed * 7 + rng.randint(0, 3))
    for k in range(2):
        pts = []
        loops = r.randint(3, 6)
        for j in range(loops):
            x0 = x + j * 0.09
            pts += bezier((x0, 0.6), (x0 + 0.02, r.uniform(0.0, 0.2)),
                          (x0 + 0.1, r.uniform(0.0, 0.3)), (x0 + 0.08, r.uniform(0.55, 0.8)), 10)  # fmt: skip
        strokes.append(pts)
        x += loops * 0.09 + 0.05
        if x > 0.8:
            break
    strokes.append(bezier((0.05, 0.8), (0.3, r.uniform(0.9, 1.05)), (0.7, r.uniform(0.5, 0.7)),
                          (0.98, r.uniform(0.3, 0.6)), 30))  # fmt: skip
    out = []
    for s in strokes:
        out.append(
            [(px + rng.uniform(-0.006, 0.006), py + rng.uniform(-0.01, 0.01)) for px, py in s]
        )
    return out


def signature_png(rng, name, w=600, h=220, color=INK_BLUE):
    img = Image.new("RGBA", (w, h), (255, 255, 255, 0))
    d = ImageDraw.Draw(img)
    for pts in signature_strokes(rng, name):
        d.line([(px * w, py * h) for px, py in pts], fill=color + (255,), width=4, joint="curve")
    return img


# ---------------------------------------------------------------- renderers
def render_pdf(pages, path, acro=False, title=None):
    c = canvas.Canvas(str(path), invariant=1, pageCompression=1)
    if title:
        c.setTitle(title)
    for pg in pages:
        c.setPageSize((pg.w / PT, pg.h / PT))
        H = pg.h / PT

        def P(v):
            return v / PT

        for op in pg.ops:
            k = op[0]
            if k == "text":
                _, x, y, s, size, font, col, anc = op
                c.setFillColorRGB(*[v / 255 for v in col])
                c.setFont("F_" + font, size)
                fn = {"l": c.drawString, "c": c.drawCentredString, "r": c.drawRightString}[anc]
                fn(P(x), H - P(y), s)
            elif k == "glyph":
                _, x, y, ch, size, font, col, ang = op
                c.saveState()
                c.translate(P(x), H - P(y))
                c.rotate(-ang)
                c.setFillColorRGB(*[v / 255 for v in col])
                c.setFont("F_" + font, size)
                c.drawString(0, 0, ch)
                c.restoreState()
            elif k == "rect":
                _, x, y, w, h, st, fi, lw = op
                c.setLineWidth(P(lw))
                if st:
                    c.setStrokeColorRGB(*[v / 255 for v in st])
                if fi:
                    c.setFillColorRGB(*[v / 255 for v in fi])
                c.rect(P(x), H - P(y + h), P(w), P(h), stroke=1 if st else 0, fill=1 if fi else 0)
            elif k == "poly":
                _, pts, lw, col = op
                c.setLineWidth(P(lw))
                c.setLineCap(1)
                c.setLineJoin(1)
                c.setStrokeColorRGB(*[v / 255 for v in col])
                p = c.beginPath()
                p.moveTo(P(pts[0][0]), H - P(pts[0][1]))
                for px, py in pts[1:]:
                    p.lineTo(P(px), H - P(py))
                c.drawPath(p, stroke=1, fill=0)
            elif k == "ellipse":
                _, cx, cy, rx, ry, st, fi, lw = op
                c.setLineWidth(P(lw))
                if st:
                    c.setStrokeColorRGB(*[v / 255 for v in st])
                if fi:
                    c.setFillColorRGB(*[v / 255 for v in fi])
                c.ellipse(P(cx - rx), H - P(cy - ry), P(cx + rx), H - P(cy + ry),
                          stroke=1 if st else 0, fill=1 if fi else 0)  # fmt: skip
            elif k == "image":
                _, img, x, y, w, h = op
                buf = io.BytesIO()
                img.save(buf, "PNG")
                buf.seek(0)
                c.drawImage(ImageReader(buf), P(x), H - P(y + h), P(w), P(h), mask="auto")
            elif k == "field":
                _, name, x, y, w, h, val, size, kind = op
                if kind == "check":
                    c.acroForm.checkbox(name=name, x=P(x), y=H - P(y + h), size=P(h), checked=bool(val),
                                        buttonStyle="cross", borderWidth=0.5)  # fmt: skip
                else:
                    c.acroForm.textfield(name=name, value=val, x=P(x), y=H - P(y + h), width=P(w),
                                         height=P(h), fontSize=size, borderWidth=0,
                                         fillColor=None, fontName="Helvetica")  # fmt: skip
        c.showPage()
    c.save()


_FC = {}


def _font(name, px):
    key = (name, int(px))
    if key not in _FC:
        _FC[key] = ImageFont.truetype(FONTS[name], max(1, int(px)))
    return _FC[key]


def render_img(pg, pxmm=8.0):
    W, H = int(pg.w * pxmm), int(pg.h * pxmm)
    img = Image.new("RGB", (W, H), pg.bg)
    d = ImageDraw.Draw(img)
    ptpx = PT * pxmm
    for op in pg.ops:
        k = op[0]
        if k == "text":
            _, x, y, s, size, font, col, anc = op
            d.text((x * pxmm, y * pxmm), s, font=_font(font, size * ptpx), fill=col,
                   anchor={"l": "ls", "c": "ms", "r": "rs"}[anc])  # fmt: skip
        elif k == "glyph":
            _, x, y, ch, size, font, col, ang = op
            f = _font(font, size * ptpx)
            bw = int(size * ptpx * 2) + 4
            g = Image.new("L", (bw, bw), 0)
            ImageDraw.Draw(g).text((bw // 4, bw * 3 // 4), ch, font=f, fill=255, anchor="ls")
            g = g.rotate(ang, resample=Image.BICUBIC, center=(bw // 4, bw * 3 // 4))
            img.paste(Image.new("RGB", (bw, bw), col), (int(x * pxmm) - bw // 4,
                      int(y * pxmm) - bw * 3 // 4), g)  # fmt: skip
        elif k == "rect":
            _, x, y, w, h, st, fi, lw = op
            d.rectangle([x * pxmm, y * pxmm, (x + w) * pxmm, (y + h) * pxmm], fill=fi, outline=st,
                        width=max(1, round(lw * pxmm)))  # fmt: skip
        elif k == "poly":
            _, pts, lw, col = op
            d.line([(px * pxmm, py * pxmm) for px, py in pts], fill=col,
                   width=max(1, round(lw * pxmm)), joint="curve")  # fmt: skip
        elif k == "ellipse":
            _, cx, cy, rx, ry, st, fi, lw = op
            d.ellipse([(cx - rx) * pxmm, (cy - ry) * pxmm, (cx + rx) * pxmm, (cy + ry) * pxmm],
                      fill=fi, outline=st, width=max(1, round(lw * pxmm)))  # fmt: skip
        elif k == "image":
            _, im, x, y, w, h = op
            im2 = im.convert("RGBA").resize((max(1, int(w * pxmm)), max(1, int(h * pxmm))))
            img.paste(im2, (int(x * pxmm), int(y * pxmm)), im2)
        elif k == "field":
            _, _name, x, y, w, h, val, size, kind = op
            if kind == "check":
                if val:
                    d.text(((x + h * 0.15) * pxmm, (y + h * 0.85) * pxmm), "X",
                           font=_font("sans", h * 0.9 / PT * ptpx), fill=(0, 0, 0), anchor="ls")  # fmt: skip
            elif val:
                d.text(((x + 0.8) * pxmm, (y + h * 0.75) * pxmm), val,
                       font=_font("sans", size * ptpx), fill=(0, 0, 0), anchor="ls")  # fmt: skip
    return img


# ---------------------------------------------------------------- capture effects
def _noise(arr, rng, sigma):
    nr = np.random.default_rng(rng.randint(0, 2**31))
    return np.clip(arr + nr.normal(0, sigma, arr.shape), 0, 255)


def scan(img, rng, grey=True):
    """Flatbed scan: paper tint, small skew, noise, mild blur."""
    tint = rng.randint(228, 246)
    ang = rng.uniform(-1.3, 1.3)
    im = img.rotate(ang, resample=Image.BICUBIC, expand=True, fillcolor=(tint, tint, tint - 3))
    arr = np.asarray(im).astype(np.float32)
    arr = arr * (tint / 255.0) + rng.uniform(0, 6)
    arr = _noise(arr, rng, 3.5)
    im = Image.fromarray(arr.astype(np.uint8)).filter(ImageFilter.GaussianBlur(0.6))
    if grey and rng.random() < 0.4:
        im = im.convert("L").convert("RGB")
    return im


def photo(img, rng, long_side=4032, rot=0, bg=None):
    """Phone photo of a flat document on a table: perspective, shadow, light, cast, blur."""
    src = np.asarray(img.convert("RGB"))
    h0, w0 = src.shape[:2]
    land = w0 > h0
    W, H = (long_side, long_side * 3 // 4) if land else (long_side * 3 // 4, long_side)
    nr = np.random.default_rng(rng.randint(0, 2**31))
    base = np.array(bg or rng.choice([(150, 110, 80), (90, 90, 95), (200, 195, 185), (60, 45, 35)]))
    h4, w4 = H // 4, W // 4
    yy, xx = np.mgrid[0:h4, 0:w4].astype(np.float32) * 4
    grain = np.sin(xx / rng.uniform(20, 60) + np.sin(yy / 300.0) * 3) * 8
    table = base[None, None, :].astype(np.float32) + grain[..., None]
    fill = rng.uniform(0.62, 0.8)
    sc = min(W * fill / w0, H * fill / h0)
    dw, dh = w0 * sc, h0 * sc
    cx, cy = W / 2 + rng.uniform(-0.05, 0.05) * W, H / 2 + rng.uniform(-0.05, 0.05) * H
    j = 0.05 * min(dw, dh)
    dst = np.float32(
        [[cx + sx * dw / 2 + rng.uniform(-j, j), cy + sy * dh / 2 + rng.uniform(-j, j)]
         for sx, sy in ((-1, -1), (1, -1), (1, 1), (-1, 1))]
    )  # fmt: skip
    M = cv2.getPerspectiveTransform(np.float32([[0, 0], [w0, 0], [w0, h0], [0, h0]]), dst)
    warped = cv2.warpPerspective(src, M, (W, H), flags=cv2.INTER_LINEAR)
    mask = cv2.warpPerspective(np.full((h0, w0), 255, np.uint8), M, (W, H))
    small = cv2.resize(mask, (w4, h4), interpolation=cv2.INTER_AREA)
    ds = cv2.GaussianBlur(small, (0, 0), 7).astype(np.float32) / 255.0
    table = table * (1 - 0.45 * np.roll(np.roll(ds, 8, 0), 6, 1))[..., None]
    gx = rng.uniform(-1, 1)
    light = 1.0 - 0.22 * ((xx / W - 0.5) * gx + (yy / H) * rng.uniform(0.2, 0.8))
    sh_x = rng.uniform(0.2, 0.8) * W
    shadow = 1.0 - 0.3 * (1 / (1 + np.exp(-(xx - sh_x - (yy - H / 2) * 0.4) / 60.0)))
    cast = np.array([rng.uniform(1.0, 1.08), rng.uniform(0.97, 1.02), rng.uniform(0.86, 0.98)])
    gain = (light * shadow)[..., None] * cast[None, None, :].astype(np.float32)
    gain = cv2.resize(gain.astype(np.float32), (W, H), interpolation=cv2.INTER_LINEAR)
    table = cv2.resize(table.astype(np.float32), (W, H), interpolation=cv2.INTER_LINEAR)
    m = (mask.astype(np.float32) / 255.0)[..., None]
    out = (warped.astype(np.float32) * m + table * (1 - m)) * gain
    noise = nr.standard_normal((H, W), dtype=np.float32) * 4
    out = np.clip(out + noise[..., None], 0, 255).astype(np.uint8)
    out = cv2.GaussianBlur(out, (0, 0), rng.uniform(0.8, 1.6))
    im = Image.fromarray(out)
    if rot:
        im = im.rotate(rot, expand=True)
    return im


def save_jpg(im, path, rng, q=None):
    im.convert("RGB").save(path, "JPEG", quality=q or rng.randint(78, 90))


def images_pdf(images, path, rng, dpi=200):
    c = canvas.Canvas(str(path), invariant=1)
    for im in images:
        w, h = im.size
        pw, ph = w * 72.0 / dpi, h * 72.0 / dpi
        c.setPageSize((pw, ph))
        buf = io.BytesIO()
        im.convert("RGB").save(buf, "JPEG", quality=rng.randint(70, 85))
        buf.seek(0)
        c.drawImage(ImageReader(buf), 0, 0, pw, ph)
        c.showPage()
    c.save()


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


def mrz_name(s):
    s = unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode().upper()
    return s.replace("'", "").replace("-", "<").replace(" ", "<")


def td3(doc_type, state, surname, given, number, nat, dob, sex, exp, opt=""):
    l1 = (doc_type + "<" + state + mrz_name(surname) + "<<" + mrz_name(given)).ljust(44, "<")[:44]
    num = number.ljust(9, "<")
    o = opt.ljust(14, "<")
    l2 = num + mrz_cd(num) + nat + dob + mrz_cd(dob) + sex + exp + mrz_cd(exp) + o + mrz_cd(o)
    comp = l2[0:10] + l2[13:20] + l2[21:43]
    l2 += mrz_cd(comp)
    assert len(l1) == 44 and len(l2) == 44 and check_td3(l2)
    return l1, l2


def check_td3(l2):
    comp = l2[0:10] + l2[13:20] + l2[21:43]
    return (mrz_cd(l2[0:9]) == l2[9] and mrz_cd(l2[13:19]) == l2[19] and mrz_cd(l2[21:27]) == l2[27]
            and mrz_cd(l2[28:42]) == l2[42] and mrz_cd(comp) == l2[43])  # fmt: skip


def mrva(state, surname, given, number, nat, dob, sex, exp, opt=""):
    l1 = ("V<" + state + mrz_name(surname) + "<<" + mrz_name(given)).ljust(44, "<")[:44]
    num = number.ljust(9, "<")
    l2 = num + mrz_cd(num) + nat + dob + mrz_cd(dob) + sex + exp + mrz_cd(exp) + opt.ljust(16, "<")
    assert len(l2) == 44 and mrz_cd(l2[0:9]) == l2[9] and mrz_cd(l2[13:19]) == l2[19]
    assert mrz_cd(l2[21:27]) == l2[27]
    return l1, l2


def td1(doc_type, state, number, dob, sex, exp, nat, surname, given, opt1="", opt2=""):
    num = number.ljust(9, "<")
    l1 = (doc_type + state + num + mrz_cd(num) + opt1).ljust(30, "<")
    l2 = dob + mrz_cd(dob) + sex + exp + mrz_cd(exp) + nat + opt2.ljust(11, "<")
    comp = l1[5:30] + l2[0:7] + l2[8:15] + l2[18:29]
    l2 += mrz_cd(comp)
    l3 = (mrz_name(surname) + "<<" + mrz_name(given)).ljust(30, "<")[:30]
    assert len(l1) == 30 and len(l2) == 30 and check_td1(l1, l2)
    return l1, l2, l3


def check_td1(l1, l2):
    comp = l1[5:30] + l2[0:7] + l2[8:15] + l2[18:29]
    return (mrz_cd(l1[5:14]) == l1[14] and mrz_cd(l2[0:6]) == l2[6] and mrz_cd(l2[8:14]) == l2[14]
            and mrz_cd(comp) == l2[29])  # fmt: skip


def iban_ok(iban):
    s = iban[4:] + iban[:4]
    return int("".join(str(int(ch, 36)) for ch in s)) % 97 == 1


def make_iban(cc, bban):
    s = bban + cc + "00"
    chk = 98 - int("".join(str(int(ch, 36)) for ch in s)) % 97
    iban = f"{cc}{chk:02d}{bban}"
    assert iban_ok(iban)
    return iban


_RIBMAP = {c: d for d, cs in
           {"1": "AJ", "2": "BKS", "3": "CLT", "4": "DMU", "5": "ENV", "6": "FOW", "7": "GPX",
            "8": "HQY", "9": "IRZ"}.items() for c in cs}  # fmt: skip


def rib_key(bank, branch, account):
    acc = "".join(_RIBMAP.get(c, c) for c in account.upper())
    return f"{97 - (89 * int(bank) + 15 * int(branch) + 3 * int(acc)) % 97:02d}"


def rib_ok(bank, branch, account, key):
    acc = "".join(_RIBMAP.get(c, c) for c in account.upper())
    return (89 * int(bank) + 15 * int(branch) + 3 * int(acc) + int(key)) % 97 == 0


def fr_iban(bank, branch, account):
    key = rib_key(bank, branch, account)
    assert rib_ok(bank, branch, account, key)
    return make_iban("FR", bank + branch + account + key), key


def nir_key(n13):
    k = 97 - int(n13) % 97
    assert (int(n13) * 100 + k) % 97 == 0 or (int(n13) + k) % 97 == 0
    return f"{k:02d}"


def luhn_fix(prefix):
    for d in "0123456789":
        s = prefix + d
        tot = 0
        for i, ch in enumerate(reversed(s)):
            v = int(ch) * (2 if i % 2 else 1)
            tot += v - 9 if v > 9 else v
        if tot % 10 == 0:
            return s
    raise ValueError(prefix)


def group4(s):
    return " ".join(s[i : i + 4] for i in range(0, len(s), 4))


MOIS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
        "octobre", "novembre", "décembre"]  # fmt: skip


def fr(d):
    return d.strftime("%d/%m/%Y")


def fr_words(d):
    return f"{d.day} {MOIS[d.month - 1]} {d.year}"


def ymd(d):
    return d.strftime("%y%m%d")


def guilloche(pg, x, y, w, h, color, n=18, amp=3.0, lw=0.12):
    for i in range(n):
        yy = y + h * i / n
        pts = [(x + w * t / 80, yy + amp * math.sin(t / 6.0 + i * 0.7)) for t in range(81)]
        pg.poly(pts, lw, color)


def portrait(pg, x, y, w, h, rng, skin=(150, 110, 85), hair=(30, 25, 20), bg=(215, 220, 228)):
    pg.rect(x, y, w, h, None, bg)
    pg.ellipse(x + w / 2, y + h * 1.02, w * 0.48, h * 0.32, None, (60, 60, 75))
    pg.ellipse(x + w / 2, y + h * 0.45, w * 0.3, h * 0.32, None, hair)
    pg.ellipse(x + w / 2, y + h * 0.5, w * 0.25, h * 0.28, None, skin)
    pg.ellipse(x + w * 0.4, y + h * 0.47, w * 0.03, h * 0.015, None, (40, 30, 30))
    pg.ellipse(x + w * 0.6, y + h * 0.47, w * 0.03, h * 0.015, None, (40, 30, 30))
    pg.line(x + w * 0.42, y + h * 0.63, x + w * 0.58, y + h * 0.63, 0.3, (120, 60, 60))


def stamp(pg, cx, cy, r, color, top="", rng=None, star=False):
    pg.ellipse(cx, cy, r, r, color, None, 0.5)
    pg.ellipse(cx, cy, r * 0.72, r * 0.72, color, None, 0.3)
    if star:
        pts = []
        for i in range(11):
            a = -math.pi / 2 + i * math.pi * 2 / 10
            rr = r * 0.35 if i % 2 == 0 else r * 0.14
            pts.append((cx + rr * math.cos(a), cy + rr * math.sin(a)))
        pg.poly(pts, 0.4, color)
    n = len(top)
    for i, ch in enumerate(top):
        a = math.pi + (i + 0.5) * math.pi / max(n, 1) * 1.6 - 0.3
        pg.text(cx + r * 0.82 * math.cos(a) - 0.8, cy + r * 0.82 * math.sin(a) + 0.8, ch,
                max(4, r * 0.9), "sansb", color)  # fmt: skip
