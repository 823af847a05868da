"""Drawing kit for set_cr: check digits, a page recorder with PDF and PIL back-ends, pen strokes."""

from __future__ import annotations

import functools
import io
import math
import random
import string

from PIL import Image, ImageDraw, ImageFont
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

MM = 72.0 / 25.4  # points per millimetre

_T = "/usr/share/fonts/truetype/"
FONTS = {
    "sans": _T + "dejavu/DejaVuSans.ttf",
    "sans-b": _T + "dejavu/DejaVuSans-Bold.ttf",
    "sansc": _T + "dejavu/DejaVuSansCondensed.ttf",
    "sansc-b": _T + "dejavu/DejaVuSansCondensed-Bold.ttf",
    "serif": _T + "dejavu/DejaVuSerif.ttf",
    "serif-b": _T + "dejavu/DejaVuSerif-Bold.ttf",
    "mono": _T + "dejavu/DejaVuSansMono.ttf",
    "mono-b": _T + "dejavu/DejaVuSansMono-Bold.ttf",
    "lib": _T + "liberation/LiberationSans-Regular.ttf",
    "lib-b": _T + "liberation/LiberationSans-Bold.ttf",
    "libserif": _T + "liberation/LiberationSerif-Regular.ttf",
    "libserif-b": _T + "liberation/LiberationSerif-Bold.ttf",
    "libserif-i": _T + "liberation/LiberationSerif-Italic.ttf",
    "libmono": _T + "liberation/LiberationMono-Regular.ttf",
    "courier": _T + "freefont/FreeMono.ttf",
    "open": _T + "open-sans/OpenSans-Regular.ttf",
    "open-b": _T + "open-sans/OpenSans-Bold.ttf",
    "open-sb": _T + "open-sans/OpenSans-Semibold.ttf",
    "lato": _T + "lato/Lato-Regular.ttf",
    "lato-b": _T + "lato/Lato-Bold.ttf",
    "lato-l": _T + "lato/Lato-Light.ttf",
    "roboto": _T + "roboto/unhinted/RobotoTTF/Roboto-Regular.ttf",
    "roboto-m": _T + "roboto/unhinted/RobotoTTF/Roboto-Medium.ttf",
    "roboto-b": _T + "roboto/unhinted/RobotoTTF/Roboto-Bold.ttf",
    "carlito": _T + "crosextra/Carlito-Regular.ttf",
    "carlito-b": _T + "crosextra/Carlito-Bold.ttf",
    "caladea": _T + "crosextra/Caladea-Regular.ttf",
    "caladea-b": _T + "crosextra/Caladea-Bold.ttf",
    "amiri": "/usr/share/fonts/opentype/fonts-hosny-amiri/Amiri-Regular.ttf",
    "amiri-b": "/usr/share/fonts/opentype/fonts-hosny-amiri/Amiri-Bold.ttf",
    "h-ecolier": _T + "ecolier-court/Ecolier-court.ttf",
    "h-dkg": _T + "fifthhorseman/dkg.ttf",
    "h-breip": _T + "breip/Breip.ttf",
}
INK_BLUE = (28, 45, 120)
INK_BLACK = (25, 25, 30)


# ----------------------------------------------------------------------------- check digits
def mrz_cd(s: str) -> str:
    w = (7, 3, 1)
    total = 0
    for i, ch in enumerate(s):
        if ch.isdigit():
            v = int(ch)
        elif ch.isalpha():
            v = ord(ch) - 55
        else:
            v = 0
        total += v * w[i % 3]
    return str(total % 10)


def mrz_name(surname: str, given: str, width: int) -> str:
    def clean(s: str) -> str:
        s = s.upper().replace("-", " ").replace("'", "").replace("’", "")
        s = s.translate(str.maketrans("ÁÀÂÄÉÈÊËÍÌÎÏÓÒÔÖÚÙÛÜÇÑ", "AAAAEEEEIIIIOOOOUUUUCN"))
        return "<".join(s.split())

    out = clean(surname) + "<<" + clean(given)
    return out[:width].ljust(width, "<")


def ymd(d: str) -> str:
    return d[2:4] + d[5:7] + d[8:10]


def td3(doc_type, country, surname, given, number, nat, dob, sex, expiry, optional=""):
    l1 = (doc_type + "<")[:2] + country + mrz_name(surname, given, 39)
    num = number.ljust(9, "<")
    opt = optional.ljust(14, "<")
    opt_cd = mrz_cd(opt) if optional else "<"
    body = num + mrz_cd(num) + nat + ymd(dob) + mrz_cd(ymd(dob)) + sex
    body += ymd(expiry) + mrz_cd(ymd(expiry)) + opt + opt_cd
    comp = num + mrz_cd(num) + ymd(dob) + mrz_cd(ymd(dob)) + ymd(expiry) + mrz_cd(ymd(expiry))
    comp += opt + opt_cd
    l2 = body + mrz_cd(comp)
    assert len(l1) == 44 and len(l2) == 44, (l1, l2)
    return [l1, l2]


def mrv_a(country, surname, given, number, nat, dob, sex, until, optional=""):
    l1 = "V<" + country + mrz_name(surname, given, 39)
    num = number.ljust(9, "<")
    l2 = num + mrz_cd(num) + nat + ymd(dob) + mrz_cd(ymd(dob)) + sex
    l2 += ymd(until) + mrz_cd(ymd(until)) + optional.ljust(16, "<")
    assert len(l1) == 44 and len(l2) == 44
    return [l1, l2]


def td1(doc_type, country, number, dob, sex, expiry, nat, surname, given, optional=""):
    num = number.ljust(9, "<")
    opt1 = optional.ljust(15, "<")
    l1 = doc_type.ljust(2, "<")[:2] + country + num + mrz_cd(num) + opt1
    l2a = ymd(dob) + mrz_cd(ymd(dob)) + sex + ymd(expiry) + mrz_cd(ymd(expiry)) + nat
    l2 = l2a + "<" * 11
    comp = l1[5:30] + l2[0:7] + l2[8:15] + l2[18:29]
    l2 = l2 + mrz_cd(comp)
    l3 = mrz_name(surname, given, 30)
    assert len(l1) == 30 and len(l2) == 30 and len(l3) == 30, (l1, l2, l3)
    return [l1, l2, l3]


def mrz_ok(lines: list[str]) -> bool:
    """Independent re-check of the check digits of the MRZ made above (TD3, MRV-A, TD1)."""
    if len(lines) == 2 and lines[0][0] == "P":
        a = lines[1]
        comp = a[0:10] + a[13:20] + a[21:43]
        return (
            mrz_cd(a[0:9]) == a[9]
            and mrz_cd(a[13:19]) == a[19]
            and mrz_cd(a[21:27]) == a[27]
            and mrz_cd(comp) == a[43]
        )
    if len(lines) == 2:
        a = lines[1]
        return mrz_cd(a[0:9]) == a[9] and mrz_cd(a[13:19]) == a[19] and mrz_cd(a[21:27]) == a[27]
    a, b = lines[0], lines[1]
    comp = a[5:30] + b[0:7] + b[8:15] + b[18:29]
    return (
        mrz_cd(a[5:14]) == a[14]
        and mrz_cd(b[0:6]) == b[6]
        and mrz_cd(b[8:14]) == b[14]
        and mrz_cd(comp) == b[29]
    )


def iban_ok(iban: str) -> bool:
    s = iban[4:] + iban[:4]
    return int("".join(str(int(c, 36)) for c in s)) % 97 == 1


def make_iban(country: str, bban: str) -> str:
    s = bban + country + "00"
    check = 98 - int("".join(str(int(c, 36)) for c in s)) % 97
    iban = f"{country}{check:02d}{bban}"
    assert iban_ok(iban)
    return iban


def rib_key(bank: str, branch: str, account: str) -> str:
    table = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "12345678912345678923456789")
    acc = account.upper().translate(table)
    return f"{97 - (89 * int(bank) + 15 * int(branch) + 3 * int(acc)) % 97:02d}"


def french_iban(bank: str, branch: str, account: str) -> tuple[str, str]:
    key = rib_key(bank, branch, account)
    iban = make_iban("FR", bank + branch + account + key)
    return iban, key


def luhn_ok(num: str) -> bool:
    total = 0
    for i, ch in enumerate(reversed(num)):
        d = int(ch) * (2 if i % 2 else 1)
        total += d - 9 if d > 9 else d
    return total % 10 == 0


def siret(siren8: str, nic4: str) -> str:
    """Complete a SIREN (8 digits + Luhn key) and a NIC (4 digits + Luhn key)."""
    siren = next(siren8 + k for k in string.digits if luhn_ok(siren8 + k))
    return next(siren + nic4 + k for k in string.digits if luhn_ok(siren + nic4 + k))


def group4(s: str) -> str:
    return " ".join(s[i : i + 4] for i in range(0, len(s), 4))


# ----------------------------------------------------------------------------- page recorder
@functools.cache
def _pil_font(name: str, px: int) -> ImageFont.FreeTypeFont:
    return ImageFont.truetype(FONTS[name], px, layout_engine=ImageFont.Layout.RAQM)


_registered: set[str] = set()


def _rl_font(name: str) -> str:
    if name not in _registered:
        pdfmetrics.registerFont(TTFont(name, FONTS[name]))
        _registered.add(name)
    return name


def text_w(s: str, font: str, size: float) -> float:
    """Width in mm of s set in font at size pt."""
    if font.startswith("amiri"):
        return _pil_font(font, 200).getlength(s, direction="rtl") / 200 * size / MM
    return pdfmetrics.stringWidth(s, _rl_font(font), size) / MM


class Page:
    """Records drawing operations in millimetres (origin top-left, y = baseline for text)."""

    def __init__(self, w: float = 210.0, h: float = 297.0, paper=(255, 255, 255)):
        self.w, self.h, self.paper = w, h, paper
        self.ops: list[tuple] = []

    def text(self, x, y, s, font="sans", size=9.0, color=INK_BLACK, align="l", angle=0.0):
        if s:
            self.ops.append(("text", x, y, str(s), font, size, color, align, angle))

    def fit(self, x, y, s, font, size, maxw, color=INK_BLACK, align="l"):
        while size > 4 and text_w(s, font, size) > maxw:
            size -= 0.25
        self.text(x, y, s, font, size, color, align)

    def para(self, x, y, s, font="sans", size=9.0, width=170.0, lead=None, color=INK_BLACK):
        lead = lead or size * 0.42
        line = ""
        for word in s.split():
            cand = (line + " " + word).strip()
            if text_w(cand, font, size) > width and line:
                self.text(x, y, line, font, size, color)
                y += lead
                line = word
            else:
                line = cand
        self.text(x, y, line, font, size, color)
        return y + lead

    def line(self, x1, y1, x2, y2, w=0.25, color=INK_BLACK, dash=None):
        self.ops.append(("line", x1, y1, x2, y2, w, color, dash))

    def rect(self, x, y, w, h, lw=0.25, color=INK_BLACK, fill=None):
        self.ops.append(("rect", x, y, w, h, lw, color, fill))

    def circle(self, cx, cy, r, lw=0.3, color=INK_BLACK, fill=None):
        self.ops.append(("circle", cx, cy, r, lw, color, fill))

    def stroke(self, pts, widths, color=INK_BLUE):
        self.ops.append(("stroke", list(pts), list(widths), color))

    def image(self, img, x, y, w, h):
        self.ops.append(("image", img, x, y, w, h))

    def hand(self, x, y, s, rng, font="h-ecolier", size=13.0, color=INK_BLUE, slope=0.0):
        """Handwritten text: per-glyph jitter of position and size, slight baseline drift."""
        cx = x
        for ch in s:
            sz = size * rng.uniform(0.93, 1.07)
            dy = rng.uniform(-0.35, 0.35) + slope * (cx - x)
            self.text(cx, y + dy, ch, font, sz, color)
            cx += text_w(ch, font, sz) * rng.uniform(0.96, 1.04)
        return cx


def _rl_color(c):
    return tuple(v / 255.0 for v in c)


def render_pdf(pages: list[Page], path: str, title: str = "", author: str = "") -> None:
    c = canvas.Canvas(path, pagesize=(pages[0].w * MM, pages[0].h * MM), invariant=1)
    c.setTitle(title)
    c.setAuthor(author)
    c.setCreator(author)
    for pg in pages:
        c.setPageSize((pg.w * MM, pg.h * MM))
        H = pg.h * MM
        for op in pg.ops:
            kind = op[0]
            if kind == "text":
                _, x, y, s, font, size, color, align, angle = op
                c.setFillColorRGB(*_rl_color(color))
                c.setFont(_rl_font(font), size)
                c.saveState()
                c.translate(x * MM, H - y * MM)
                c.rotate(angle)
                fn = {"l": c.drawString, "r": c.drawRightString, "c": c.drawCentredString}
                fn[align](0, 0, s)
                c.restoreState()
            elif kind == "line":
                _, x1, y1, x2, y2, w, color, dash = op
                c.setStrokeColorRGB(*_rl_color(color))
                c.setLineWidth(w * MM)
                c.setDash(*(dash or ([], 0)))
                c.line(x1 * MM, H - y1 * MM, x2 * MM, H - y2 * MM)
                c.setDash([], 0)
            elif kind in ("rect", "circle"):
                lw, color, fill = op[-3], op[-2], op[-1]
                c.setStrokeColorRGB(*_rl_color(color))
                c.setLineWidth(max(lw, 0.01) * MM)
                if fill:
                    c.setFillColorRGB(*_rl_color(fill))
                if kind == "rect":
                    _, x, y, w, h = op[:5]
                    c.rect(x * MM, H - (y + h) * MM, w * MM, h * MM, stroke=lw > 0, fill=bool(fill))
                else:
                    _, cx, cy, r = op[:4]
                    c.circle(cx * MM, H - cy * MM, r * MM, stroke=lw > 0, fill=bool(fill))
            elif kind == "stroke":
                _, pts, widths, color = op
                c.setStrokeColorRGB(*_rl_color(color))
                c.setLineCap(1)
                c.setLineJoin(1)
                for (xa, ya), (xb, yb), w in zip(pts, pts[1:], widths):
                    c.setLineWidth(w * MM)
                    c.line(xa * MM, H - ya * MM, xb * MM, H - yb * MM)
            elif kind == "image":
                _, img, x, y, w, h = op
                buf = io.BytesIO()
                img.convert("RGB").save(buf, "JPEG", quality=90)
                buf.seek(0)
                c.drawImage(ImageReader(buf), x * MM, H - (y + h) * MM, w * MM, h * MM)
        c.showPage()
    c.save()


def render_pil(pg: Page, dpi: int = 200) -> Image.Image:
    k = dpi / 25.4
    im = Image.new("RGB", (round(pg.w * k), round(pg.h * k)), pg.paper)
    dr = ImageDraw.Draw(im)
    for op in pg.ops:
        kind = op[0]
        if kind == "text":
            _, x, y, s, font, size, color, align, angle = op
            px = max(4, round(size / 72 * dpi))
            f = _pil_font(font, px)
            rtl = font.startswith("amiri")
            kw = {"direction": "rtl"} if rtl else {}
            anchor = {"l": "ls", "r": "rs", "c": "ms"}[align]
            if angle:
                tw = int(f.getlength(s, **kw)) + px
                tmp = Image.new("L", (tw * 2, tw * 2), 0)
                ImageDraw.Draw(tmp).text((tw, tw), s, font=f, fill=255, anchor=anchor, **kw)
                tmp = tmp.rotate(angle, resample=Image.BICUBIC, center=(tw, tw))
                col = Image.new("RGB", tmp.size, color)
                im.paste(col, (round(x * k) - tw, round(y * k) - tw), tmp)
            else:
                dr.text((x * k, y * k), s, font=f, fill=color, anchor=anchor, **kw)
        elif kind == "line":
            _, x1, y1, x2, y2, w, color, dash = op
            wid = max(1, round(w * k))
            if dash:
                on, off = dash[0][0] / MM, dash[0][-1] / MM
                length = math.hypot(x2 - x1, y2 - y1) or 1
                t = 0.0
                while t < length:
                    t2 = min(length, t + on)
                    a = (x1 + (x2 - x1) * t / length, y1 + (y2 - y1) * t / length)
                    b = (x1 + (x2 - x1) * t2 / length, y1 + (y2 - y1) * t2 / length)
                    dr.line([(a[0] * k, a[1] * k), (b[0] * k, b[1] * k)], fill=color, width=wid)
                    t = t2 + off
            else:
                dr.line([(x1 * k, y1 * k), (x2 * k, y2 * k)], fill=color, width=wid)
        elif kind == "rect":
            _, x, y, w, h, lw, color, fill = op
            box = [x * k, y * k, (x + w) * k, (y + h) * k]
            wid = max(1, round(lw * k)) if lw > 0 else 0
            dr.rectangle(box, fill=fill, outline=color if lw > 0 else None, width=wid)
        elif kind == "circle":
            _, cx, cy, r, lw, color, fill = op
            box = [(cx - r) * k, (cy - r) * k, (cx + r) * k, (cy + r) * k]
            wid = max(1, round(lw * k)) if lw > 0 else 0
            dr.ellipse(box, fill=fill, outline=color if lw > 0 else None, width=wid)
        elif kind == "stroke":
            _, pts, widths, color = op
            for (xa, ya), (xb, yb), w in zip(pts, pts[1:], widths):
                wid = max(1, round(w * k))
                dr.line([(xa * k, ya * k), (xb * k, yb * k)], fill=color, width=wid)
                r = wid / 2
                dr.ellipse([xb * k - r, yb * k - r, xb * k + r, yb * k + r], fill=color)
        elif kind == "image":
            _, img, x, y, w, h = op
            im.paste(
                img.convert("RGB").resize((round(w * k), round(h * k))),
                (round(x * k), round(y * k)),
            )
    return im


# ----------------------------------------------------------------------------- pen strokes
def _bezier(p0, p1, p2, p3, n):
    out = []
    for i in range(n + 1):
        t = i / n
        a = (1 - t) ** 3
        b = 3 * (1 - t) ** 2 * t
        c = 3 * (1 - t) * t**2
        d = t**3
        out.append(
            (
                a * p0[0] + b * p1[0] + c * p2[0] + d * p3[0],
                a * p0[1] + b * p1[1] + c * p2[1] + d * p3[1],
            )
        )
    return out


def signature(pg: Page, x, y, w, h, rng: random.Random, color=INK_BLUE, pen=0.45):
    """A pen signature inside the box (x, y, w, h): looped Bézier strokes, varying width."""
    n_loops = rng.randint(3, 6)
    pts = []
    cx = x + w * rng.uniform(0.05, 0.15)
    base = y + h * 0.62
    cur = (cx, base)
    step = w * 0.7 / n_loops
    for i in range(n_loops):
        up = h * rng.uniform(0.35, 0.6)
        nxt = (cur[0] + step * rng.uniform(0.7, 1.3), base + rng.uniform(-h * 0.08, h * 0.08))
        c1 = (cur[0] + step * rng.uniform(0.8, 1.3), cur[1] - up)
        c2 = (nxt[0] - step * rng.uniform(0.9, 1.4), nxt[1] - up * rng.uniform(0.5, 0.9))
        if i == 0:
            c1 = (cur[0] + step * 0.1, base - up * 1.3)
        pts += _bezier(cur, c1, c2, nxt, 14)
        cur = nxt
    # closing flourish back under the name
    end = (x + w * rng.uniform(0.1, 0.3), base + h * rng.uniform(0.12, 0.25))
    c1 = (cur[0] + w * 0.15, cur[1] + h * 0.25)
    c2 = (x + w * 0.7, end[1] + h * 0.1)
    pts += _bezier(cur, c1, c2, end, 24)
    pts = [(min(max(px, x), x + w), min(max(py, y), y + h)) for px, py in pts]
    widths = []
    ph = rng.uniform(0, 6.28)
    for i in range(len(pts) - 1):
        t = i / max(1, len(pts) - 2)
        taper = min(1.0, 4 * t, 4 * (1 - t)) * 0.7 + 0.3
        widths.append(pen * taper * (0.75 + 0.25 * math.sin(ph + i * 0.21)))
    pg.stroke(pts, widths, color)
    if rng.random() < 0.6:  # a dot or a short dash
        dx = x + w * rng.uniform(0.75, 0.92)
        dy = y + h * rng.uniform(0.3, 0.5)
        pg.stroke([(dx, dy), (dx + 1.2, dy - 0.2)], [pen * 1.1], color)


def tick(pg: Page, x, y, size, rng, color=INK_BLUE):
    """A handwritten cross in a box of side `size` at (x, y)."""

    def j() -> float:
        return rng.uniform(-0.3, 0.3)

    a = [(x + 0.6 + j(), y + 0.6 + j()), (x + size - 0.6 + j(), y + size - 0.6 + j())]
    b = [(x + size - 0.5 + j(), y + 0.7 + j()), (x + 0.7 + j(), y + size - 0.5 + j())]
    pg.stroke(a, [0.4], color)
    pg.stroke(b, [0.38], color)


def round_stamp(pg, cx, cy, r, outer: str, inner: list[str], color=(60, 70, 150), rng=None):
    """An ink stamp: two rings, text around the ring, lines in the middle."""
    rng = rng or random.Random(0)
    pg.circle(cx, cy, r, 0.45, color)
    pg.circle(cx, cy, r - 3.6, 0.3, color)
    n = len(outer)
    span = min(300.0, n * 360.0 / max(n, 1) * 0.9, n * 11.0)
    size = max(4.5, min(7.0, r * 0.33))
    for i, ch in enumerate(outer):
        a = math.radians(90 + span / 2 - span * (i + 0.5) / n)
        tx = cx + (r - 2.6) * math.cos(a)
        ty = cy - (r - 2.6) * math.sin(a)
        pg.text(tx, ty, ch, "sans-b", size, color, "c", angle=math.degrees(a) - 90)
    y = cy - (len(inner) - 1) * 1.9 + 1.0
    for s in inner:
        dy = max(abs(y - cy), abs(y - 2.2 - cy))
        half = math.sqrt(max((r - 4.6) ** 2 - dy**2, 1.0))
        pg.fit(cx, y, s, "sans-b", 6.0, 2 * half - 1.0, color, "c")
        y += 3.8


def pseudo_qr(rng: random.Random, n: int = 29, px: int = 8) -> Image.Image:
    """A QR-like matrix (finder patterns, timing, random modules); not decodable."""
    m = [[rng.random() < 0.5 for _ in range(n)] for _ in range(n)]

    def finder(r0, c0):
        for r in range(-1, 8):
            for c in range(-1, 8):
                rr, cc = r0 + r, c0 + c
                if 0 <= rr < n and 0 <= cc < n:
                    ring = max(abs(r - 3), abs(c - 3))
                    m[rr][cc] = ring in (0, 1, 3) and 0 <= r < 7 and 0 <= c < 7

    finder(0, 0)
    finder(0, n - 7)
    finder(n - 7, 0)
    for i in range(8, n - 8):
        m[6][i] = m[i][6] = i % 2 == 0
    im = Image.new("L", ((n + 8) * px, (n + 8) * px), 255)
    dr = ImageDraw.Draw(im)
    for r in range(n):
        for c in range(n):
            if m[r][c]:
                x, y = (c + 4) * px, (r + 4) * px
                dr.rectangle([x, y, x + px - 1, y + px - 1], fill=0)
    return im


def portrait(rng: random.Random, w=350, h=450, skin=(190, 150, 120), hair=(40, 30, 25), bg=None):
    """A plain ID-photo-like portrait (no real person)."""
    bg = bg or (rng.randint(215, 235), rng.randint(220, 238), rng.randint(225, 242))
    im = Image.new("RGB", (w, h), bg)
    dr = ImageDraw.Draw(im)
    cx = w // 2
    dr.ellipse([cx - w * 0.45, h * 0.72, cx + w * 0.45, h * 1.35], fill=(60, 62, 70))
    dr.rectangle([cx - w * 0.09, h * 0.55, cx + w * 0.09, h * 0.78], fill=skin)
    dr.ellipse([cx - w * 0.26, h * 0.1, cx + w * 0.26, h * 0.66], fill=hair)
    dr.ellipse([cx - w * 0.22, h * 0.18, cx + w * 0.22, h * 0.68], fill=skin)
    dr.rectangle([cx - w * 0.24, h * 0.1, cx + w * 0.24, h * 0.25], fill=hair)
    for ex in (-0.09, 0.09):
        dr.ellipse(
            [cx + w * ex - 9, h * 0.39 - 5, cx + w * ex + 9, h * 0.39 + 5], fill=(45, 35, 30)
        )
    dr.line([cx, h * 0.42, cx - 6, h * 0.5, cx + 4, h * 0.51], fill=(150, 110, 90), width=3)
    dr.arc([cx - 28, h * 0.5, cx + 28, h * 0.6], 20, 160, fill=(130, 70, 70), width=4)
    return im
