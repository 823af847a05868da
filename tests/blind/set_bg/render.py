"""A tiny page model (mm, top-left origin, baselines) drawn by PIL or by reportlab."""

import io
import math

from PIL import Image, ImageDraw, ImageFont
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas as rl_canvas

T = "/usr/share/fonts/truetype/"
FONTS = {
    "sans": T + "liberation/LiberationSans-Regular.ttf",
    "sansb": T + "liberation/LiberationSans-Bold.ttf",
    "sansi": T + "liberation/LiberationSans-Italic.ttf",
    "serif": T + "liberation/LiberationSerif-Regular.ttf",
    "serifb": T + "liberation/LiberationSerif-Bold.ttf",
    "serifi": T + "liberation/LiberationSerif-Italic.ttf",
    "mono": T + "liberation/LiberationMono-Regular.ttf",
    "monob": T + "liberation/LiberationMono-Bold.ttf",
    "dv": T + "dejavu/DejaVuSans.ttf",
    "dvb": T + "dejavu/DejaVuSans-Bold.ttf",
    "dvs": T + "dejavu/DejaVuSerif.ttf",
    "dvsb": T + "dejavu/DejaVuSerif-Bold.ttf",
    "dvc": T + "dejavu/DejaVuSansCondensed.ttf",
    "lato": T + "lato/Lato-Regular.ttf",
    "latob": T + "lato/Lato-Bold.ttf",
    "latol": T + "lato/Lato-Light.ttf",
    "carlito": T + "crosextra/Carlito-Regular.ttf",
    "carlitob": T + "crosextra/Carlito-Bold.ttf",
    "caladea": T + "crosextra/Caladea-Regular.ttf",
    "roboto": T + "roboto/unhinted/RobotoTTF/Roboto-Regular.ttf",
    "robotob": T + "roboto/unhinted/RobotoTTF/Roboto-Bold.ttf",
    "open": T + "open-sans/OpenSans-Regular.ttf",
    "openb": T + "open-sans/OpenSans-Bold.ttf",
    "free": T + "freefont/FreeSans.ttf",
    "freeb": T + "freefont/FreeSansBold.ttf",
    "freeserif": T + "freefont/FreeSerif.ttf",
    "amiri": "/usr/share/fonts/opentype/fonts-hosny-amiri/Amiri-Regular.ttf",
    "amirib": "/usr/share/fonts/opentype/fonts-hosny-amiri/Amiri-Bold.ttf",
    "h_ecolier": T + "ecolier-court/Ecolier-court.ttf",
    "h_femke": T + "femkeklaver/femkeklaver.ttf",
    "h_breip": T + "breip/Breip.ttf",
    "h_humor": T + "humor-sans/Humor-Sans.ttf",
    "h_ruf": T + "rufscript/Rufscript010.ttf",
    "h_dkg": T + "fifthhorseman/dkg.ttf",
}
HANDS = ["h_ecolier", "h_femke", "h_breip", "h_humor", "h_ruf", "h_dkg"]
_pil_cache: dict = {}
_rl_done: set = set()
MM = 72 / 25.4


def _resolve(key: str) -> str:
    import os

    p = FONTS[key]
    if not os.path.exists(p):
        import glob

        base = os.path.basename(p)
        hits = glob.glob("/usr/share/fonts/**/" + base, recursive=True)
        p = hits[0] if hits else FONTS["dv"]
        FONTS[key] = p
    return p


def pil_font(key: str, px: float):
    k = (key, round(px, 1))
    if k not in _pil_cache:
        _pil_cache[k] = ImageFont.truetype(_resolve(key), max(1, int(round(px))))
    return _pil_cache[k]


def text_width_mm(s: str, key: str, pt: float) -> float:
    return pil_font(key, 100).getlength(s) * pt / 100 / MM


class Page:
    """A page of w x h mm holding drawing ops."""

    def __init__(self, w=210.0, h=297.0, bg=(255, 255, 255)):
        self.w, self.h, self.bg = w, h, bg
        self.ops: list = []

    # ---- primitives
    def text(self, x, y, s, font="sans", pt=10, color=(0, 0, 0), align="l", angle=0.0, rtl=False):
        self.ops.append(("text", x, y, str(s), font, pt, color, align, angle, rtl))

    def rect(self, x, y, w, h, stroke=(0, 0, 0), fill=None, lw=0.3):
        self.ops.append(("rect", x, y, w, h, stroke, fill, lw))

    def line(self, x1, y1, x2, y2, color=(0, 0, 0), lw=0.3):
        self.ops.append(("poly", [(x1, y1), (x2, y2)], color, lw))

    def poly(self, pts, color=(0, 0, 0), lw=0.3):
        self.ops.append(("poly", list(pts), color, lw))

    def circle(self, cx, cy, r, color=(0, 0, 0), lw=0.3):
        pts = [
            (cx + r * math.cos(a / 60 * 2 * math.pi), cy + r * math.sin(a / 60 * 2 * math.pi))
            for a in range(61)
        ]
        self.poly(pts, color, lw)

    def image(self, x, y, w, h, img):
        self.ops.append(("img", x, y, w, h, img))

    # ---- helpers
    def para(self, x, y, s, width, font="sans", pt=9, lead=None, color=(0, 0, 0)):
        """Wrap text to width mm; returns the y after the last line."""
        lead = lead or pt * 0.45
        for block in s.split("\n"):
            line = ""
            for word in block.split(" "):
                cand = (line + " " + word).strip()
                if text_width_mm(cand, font, pt) > width and line:
                    self.text(x, y, line, font, pt, color)
                    y += lead
                    line = word
                else:
                    line = cand
            self.text(x, y, line, font, pt, color)
            y += lead
        return y

    def hand(self, x, y, s, rng, font="h_ecolier", pt=13, color=(20, 30, 110), slope=0.0):
        """Handwritten text: per-glyph jitter of position, size and angle."""
        cx = x
        for ch in s:
            p = pt * rng.uniform(0.93, 1.07)
            dy = rng.gauss(0, 0.25) - (cx - x) * slope
            self.text(cx, y + dy, ch, font, p, color, angle=rng.gauss(0, 3))
            cx += text_width_mm(ch, font, p) * rng.uniform(0.95, 1.05)
        return cx

    def comb(self, x, y, s, n, cell, rng, font="h_ecolier", pt=12, h=6.0, color=(20, 30, 110)):
        """Draw n comb boxes and write one capital per box by hand."""
        for i in range(n):
            self.rect(x + i * cell, y, cell, h, lw=0.25)
        for i, ch in enumerate(s[:n]):
            if ch != " ":
                self.text(
                    x + i * cell + cell / 2 + rng.gauss(0, 0.3),
                    y + h - 1.2 + rng.gauss(0, 0.3),
                    ch,
                    font,
                    pt * rng.uniform(0.92, 1.05),
                    color,
                    "c",
                    rng.gauss(0, 4),
                )

    def signature(self, x, y, w, h, rng, color=(15, 25, 100), lw=0.45):
        """A pen signature: a few random connected curves and a flourish, in box (x,y,w,h)."""
        n = rng.randint(2, 3)
        cx = x + w * 0.08
        for _ in range(n):
            seg_w = w * rng.uniform(0.22, 0.35)
            pts = []
            f1, f2 = rng.uniform(2.5, 5), rng.uniform(6, 11)
            a1, a2 = rng.uniform(0.25, 0.4) * h, rng.uniform(0.08, 0.18) * h
            ph = rng.uniform(0, 6.28)
            for i in range(80):
                t = i / 79
                px = cx + seg_w * t + a2 * 0.6 * math.cos(f2 * t * 6.28 + ph)
                py = y + h * 0.55 - a1 * math.sin(f1 * t * 3.14 + ph) * (1 - t * 0.5)
                py -= a2 * math.sin(f2 * t * 6.28)
                pts.append((px, py))
            self.poly(pts, color, lw * rng.uniform(0.8, 1.2))
            cx += seg_w * rng.uniform(0.85, 1.1)
        x0 = x + w * rng.uniform(0.05, 0.2)
        x1 = min(x + w * 0.95, cx + w * 0.05)
        pts = [
            (
                x0 + (x1 - x0) * t / 40,
                y + h * 0.8 + h * 0.12 * math.sin(t / 40 * 3.14 * 1.3) - (t / 40) * h * 0.15,
            )
            for t in range(41)
        ]
        self.poly(pts, color, lw * 0.9)

    def stamp_round(self, cx, cy, r, top, bottom, center, color=(40, 60, 160), rng=None, pt=6):
        self.circle(cx, cy, r, color, 0.5)
        self.circle(cx, cy, r * 0.72, color, 0.3)
        for txt, start, sign in ((top, -90, 1), (bottom, 90, -1)):
            if not txt:
                continue
            step = min(300 / max(len(txt), 1), 12)
            a0 = start - sign * step * (len(txt) - 1) / 2
            for i, ch in enumerate(txt):
                a = math.radians(a0 + sign * step * i)
                rr = r * 0.86 if sign > 0 else r * 0.80
                self.text(
                    cx + rr * math.cos(a),
                    cy + rr * math.sin(a) + (0 if sign > 0 else 1),
                    ch,
                    "sansb",
                    pt,
                    color,
                    "c",
                    -(math.degrees(a) + 90 * sign),
                )
        yy = cy - (len(center) - 1) * pt * 0.22
        for ln in center:
            self.text(cx, yy + pt * 0.15, ln, "sansb", pt * 0.95, color, "c")
            yy += pt * 0.45


# ---------------------------------------------------------------- PIL backend
def to_image(page: Page, dpi=200) -> Image.Image:
    k = dpi / 25.4
    im = Image.new("RGB", (int(page.w * k), int(page.h * k)), page.bg)
    dr = ImageDraw.Draw(im)
    for op in page.ops:
        kind = op[0]
        if kind == "text":
            _, x, y, s, font, pt, color, align, angle, rtl = op
            f = pil_font(font, pt * dpi / 72)
            anchor = {"l": "ls", "r": "rs", "c": "ms"}[align]
            kw = {"direction": "rtl", "language": "ar"} if rtl else {}
            if not angle:
                dr.text((x * k, y * k), s, fill=color, font=f, anchor=anchor, **kw)
            else:
                side = int(f.size * (len(s) + 2) * 1.2) + 4
                tile = Image.new("L", (side, side), 0)
                ImageDraw.Draw(tile).text(
                    (side / 2, side / 2), s, fill=255, font=f, anchor=anchor, **kw
                )
                tile = tile.rotate(angle, resample=Image.BICUBIC, center=(side / 2, side / 2))
                im.paste(
                    Image.new("RGB", tile.size, color),
                    (int(x * k - side / 2), int(y * k - side / 2)),
                    tile,
                )
        elif kind == "rect":
            _, x, y, w, h, stroke, fill, lw = op
            dr.rectangle(
                [x * k, y * k, (x + w) * k, (y + h) * k],
                fill=fill,
                outline=stroke,
                width=max(1, int(lw * k)) if stroke else 0,
            )
        elif kind == "poly":
            _, pts, color, lw = op
            dr.line(
                [(a * k, b * k) for a, b in pts],
                fill=color,
                width=max(1, round(lw * k)),
                joint="curve",
            )
        elif kind == "img":
            _, x, y, w, h, img = op
            im.paste(img.convert("RGB").resize((int(w * k), int(h * k))), (int(x * k), int(y * k)))
    return im


# ---------------------------------------------------------- reportlab backend
def _rl_font(key: str) -> str:
    if key not in _rl_done:
        pdfmetrics.registerFont(TTFont("F_" + key, _resolve(key)))
        _rl_done.add(key)
    return "F_" + key


def to_pdf(pages: list, path: str, title="", author=""):
    c = rl_canvas.Canvas(path, pagesize=(pages[0].w * MM, pages[0].h * MM), invariant=1)
    if title:
        c.setTitle(title)
    if author:
        c.setAuthor(author)
    for page in pages:
        c.setPageSize((page.w * MM, page.h * MM))
        H = page.h * MM
        for op in page.ops:
            kind = op[0]
            if kind == "text":
                _, x, y, s, font, pt, color, align, angle, _rtl = op
                c.setFillColorRGB(*[v / 255 for v in color])
                c.setFont(_rl_font(font), pt)
                c.saveState()
                c.translate(x * MM, H - y * MM)
                if angle:
                    c.rotate(angle)
                {"l": c.drawString, "r": c.drawRightString, "c": c.drawCentredString}[align](
                    0, 0, s
                )
                c.restoreState()
            elif kind == "rect":
                _, x, y, w, h, stroke, fill, lw = op
                c.setLineWidth(lw * MM)
                if stroke:
                    c.setStrokeColorRGB(*[v / 255 for v in stroke])
                if fill:
                    c.setFillColorRGB(*[v / 255 for v in fill])
                c.rect(
                    x * MM,
                    H - (y + h) * MM,
                    w * MM,
                    h * MM,
                    stroke=1 if stroke else 0,
                    fill=1 if fill else 0,
                )
            elif kind == "poly":
                _, pts, color, lw = op
                c.setStrokeColorRGB(*[v / 255 for v in color])
                c.setLineWidth(lw * MM)
                c.setLineCap(1)
                c.setLineJoin(1)
                p = c.beginPath()
                p.moveTo(pts[0][0] * MM, H - pts[0][1] * MM)
                for a, b in pts[1:]:
                    p.lineTo(a * MM, H - b * MM)
                c.drawPath(p, stroke=1, fill=0)
            elif kind == "img":
                _, x, y, w, h, img = op
                buf = io.BytesIO()
                img.convert("RGB").save(buf, "JPEG", quality=85)
                buf.seek(0)
                c.drawImage(ImageReader(buf), x * MM, H - (y + h) * MM, w * MM, h * MM)
        c.showPage()
    c.save()
