"""Drawing layer of set_n: a page is a list of drawing operations in millimetres (origin top
left, y is the text baseline) that can be rendered either as a vector PDF page with a real text
layer (reportlab) or as a raster image (Pillow) at any resolution."""

import io
import math
import random

from PIL import Image, ImageDraw, ImageFont
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas as rl_canvas

T = "/usr/share/fonts/truetype/"
O = "/usr/share/fonts/opentype/"
FONT_FILES = {
    "sans": T + "dejavu/DejaVuSans.ttf",
    "sans-b": T + "dejavu/DejaVuSans-Bold.ttf",
    "sansc": T + "dejavu/DejaVuSansCondensed.ttf",
    "sansc-b": T + "dejavu/DejaVuSansCondensed-Bold.ttf",
    "serif": T + "dejavu/DejaVuSerif.ttf",
    "serif-b": T + "dejavu/DejaVuSerif-Bold.ttf",
    "lib": T + "liberation/LiberationSans-Regular.ttf",
    "lib-b": T + "liberation/LiberationSans-Bold.ttf",
    "libs": T + "liberation/LiberationSerif-Regular.ttf",
    "libs-b": T + "liberation/LiberationSerif-Bold.ttf",
    "libs-i": T + "liberation/LiberationSerif-Italic.ttf",
    "libn": T + "liberation/LiberationSansNarrow-Regular.ttf",
    "libn-b": T + "liberation/LiberationSansNarrow-Bold.ttf",
    "mono": T + "liberation/LiberationMono-Regular.ttf",
    "mono-b": T + "liberation/LiberationMono-Bold.ttf",
    "lato": T + "lato/Lato-Regular.ttf",
    "lato-b": T + "lato/Lato-Bold.ttf",
    "lato-l": T + "lato/Lato-Light.ttf",
    "open": T + "open-sans/OpenSans-Regular.ttf",
    "open-b": T + "open-sans/OpenSans-Bold.ttf",
    "open-sb": T + "open-sans/OpenSans-Semibold.ttf",
    "rob": T + "roboto/unhinted/RobotoTTF/Roboto-Regular.ttf",
    "rob-b": T + "roboto/unhinted/RobotoTTF/Roboto-Bold.ttf",
    "rob-m": T + "roboto/unhinted/RobotoTTF/Roboto-Medium.ttf",
    "rob-l": T + "roboto/unhinted/RobotoTTF/Roboto-Light.ttf",
    "robc": T + "roboto/unhinted/RobotoCondensed-Regular.ttf",
    "robc-b": T + "roboto/unhinted/RobotoCondensed-Bold.ttf",
    "carl": T + "crosextra/Carlito-Regular.ttf",
    "carl-b": T + "crosextra/Carlito-Bold.ttf",
    "cala": T + "crosextra/Caladea-Regular.ttf",
    "cala-b": T + "crosextra/Caladea-Bold.ttf",
    "free": T + "freefont/FreeSans.ttf",
    "free-b": T + "freefont/FreeSansBold.ttf",
    "frees": T + "freefont/FreeSerif.ttf",
    "frees-b": T + "freefont/FreeSerifBold.ttf",
    "cjk": T + "wqy/wqy-zenhei.ttc",
    "arab": O + "fonts-hosny-amiri/Amiri-Regular.ttf",
    "arab-b": O + "fonts-hosny-amiri/Amiri-Bold.ttf",
    # raster only (PostScript outlines): replaced by a TrueType cousin in vector PDFs
    "ocrb": O + "ocr-b/OCRB.otf",
    "times": O + "urw-base35/NimbusRoman-Regular.otf",
    "times-b": O + "urw-base35/NimbusRoman-Bold.otf",
    "helv": O + "urw-base35/NimbusSans-Regular.otf",
    "helv-b": O + "urw-base35/NimbusSans-Bold.otf",
    "gothic": O + "urw-base35/URWGothic-Book.otf",
    "gothic-b": O + "urw-base35/URWGothic-Demi.otf",
    "book": O + "urw-base35/URWBookman-Light.otf",
    "palat": O + "urw-base35/P052-Roman.otf",
    "palat-b": O + "urw-base35/P052-Bold.otf",
    "courier": O + "urw-base35/NimbusMonoPS-Regular.otf",
}
PDF_FALLBACK = {
    "ocrb": "mono",
    "times": "libs",
    "times-b": "libs-b",
    "helv": "lib",
    "helv-b": "lib-b",
    "gothic": "lato",
    "gothic-b": "lato-b",
    "book": "cala",
    "palat": "frees",
    "palat-b": "frees-b",
    "courier": "mono",
    "cjk": "sans",
    "arab": "sans",
    "arab-b": "sans-b",
}
HAND_FONTS = [
    O + "dancingscript/DancingScript-Regular.otf",
    O + "kaushanscript/KaushanScript-Regular.otf",
    T + "rufscript/Rufscript010.ttf",
    T + "fifthhorseman/dkg.ttf",
    T + "femkeklaver/femkeklaver.ttf",
    T + "ecolier-court/Ecolier-court.ttf",
    T + "breip/Breip.ttf",
    O + "comic-neue/ComicNeue-Regular.otf",
    T + "humor-sans/Humor-Sans.ttf",
    O + "urw-base35/Z003-MediumItalic.otf",
]
SCRIPT_FONTS = [HAND_FONTS[0], HAND_FONTS[1], HAND_FONTS[9], HAND_FONTS[3]]
PT = 25.4 / 72.0  # mm per point
_pil_cache: dict = {}
_pdf_registered: set = set()


def pil_font(key_or_path, px):
    path = FONT_FILES.get(key_or_path, key_or_path)
    k = (path, int(px))
    if k not in _pil_cache:
        _pil_cache[k] = ImageFont.truetype(path, max(1, int(px)))
    return _pil_cache[k]


def width_mm(s, font, size):
    """Width of s in mm at size points."""
    f = pil_font(font, 200)
    return f.getlength(s) / 200.0 * size * PT


def _rgb(c):
    return tuple(int(v) for v in c)


class Page:
    def __init__(self, w=210.0, h=297.0, bg=(255, 255, 255)):
        self.w, self.h, self.bg = w, h, bg
        self.ops: list = []

    def text(self, x, y, s, font="sans", size=10, color=(0, 0, 0), anchor="l"):
        if s:
            s = str(s)
            if font not in ("cjk", "arab", "arab-b") and not all(
                has_glyph(FONT_FILES[font], c) for c in s
            ):
                font = "sans-b" if font.endswith("-b") else "sans"  # wide coverage
            self.ops.append(("text", x, y, s, font, size, color, anchor))

    def rect(self, x, y, w, h, stroke=(0, 0, 0), fill=None, lw=0.3, radius=0):
        self.ops.append(("rect", x, y, w, h, stroke, fill, lw, radius))

    def line(self, x1, y1, x2, y2, color=(0, 0, 0), lw=0.3, dash=None):
        self.ops.append(("line", x1, y1, x2, y2, color, lw, dash))

    def image(self, x, y, w, h, img):
        self.ops.append(("image", x, y, w, h, img))

    def para(self, x, y, w, s, font="sans", size=9, leading=None, color=(0, 0, 0), just=False):
        """Wrap s into width w mm; returns the baseline after the last line."""
        leading = leading or size * PT * 1.35
        for block in s.split("\n"):
            words, line = block.split(" "), ""
            lines = []
            for wd in words:
                cand = (line + " " + wd).strip()
                if width_mm(cand, font, size) > w and line:
                    lines.append(line)
                    line = wd
                else:
                    line = cand
            lines.append(line)
            for ln in lines:
                self.text(x, y, ln, font, size, color)
                y += leading
        return y

    def hand(self, x, y, s, rng, size=13, color=(25, 35, 110), font=None, anchor="l"):
        """Handwritten text: glyphs from a handwriting font with jitter, pasted as an image."""
        font = font or HAND_FONTS[rng.randrange(len(HAND_FONTS))]
        img, asc = hand_image(s, font, size, color, rng)
        scale = 1 / 12.0  # the image is drawn at 12 px per mm
        w, h = img.width * scale, img.height * scale
        if anchor == "c":
            x -= w / 2
        elif anchor == "r":
            x -= w
        self.image(x, y - asc * scale, w, h, img)
        return x + w

    def signature(self, x, y, w, h, name, rng, color=(20, 30, 120)):
        img = signature_image(name, rng, color)
        r = min(w / img.width, h / img.height)
        self.image(
            x + (w - img.width * r) / 2,
            y + (h - img.height * r) / 2,
            img.width * r,
            img.height * r,
            img,
        )

    def stamp(self, x, y, r, lines, rng, color=(40, 60, 170)):
        """A round rubber stamp, centre (x, y), radius r mm, pasted as an image."""
        img = stamp_image(r, lines, rng, color)
        self.image(x - r * 1.1, y - r * 1.1, 2.2 * r, 2.2 * r, img)


_cmaps: dict = {}


def has_glyph(path, ch):
    if path not in _cmaps:
        import logging

        from fontTools.ttLib import TTFont as FTFont

        logging.getLogger("fontTools").setLevel(logging.ERROR)

        _cmaps[path] = set(FTFont(path, fontNumber=0).getBestCmap())
    return ch == " " or ord(ch) in _cmaps[path]


def _glyph_font(font, ch):
    """The handwriting font itself, or another one that has the glyph (many lack accents)."""
    if has_glyph(font, ch):
        return font
    for alt in HAND_FONTS:
        if has_glyph(alt, ch):
            return alt
    return FONT_FILES["sans"]


def hand_image(s, font, size, color, rng):
    px = size * PT * 12
    fonts = [pil_font(_glyph_font(font, c), px) for c in s]
    widths = [f.getlength(c) for f, c in zip(fonts, s)]
    W = int(sum(widths) * 1.08 + px)
    H = int(px * 1.8)
    img = Image.new("RGBA", (W, H), (0, 0, 0, 0))
    d = ImageDraw.Draw(img)
    x = px * 0.2
    asc = px * 1.15
    slope = rng.uniform(-0.02, 0.02)
    for c, cw, f in zip(s, widths, fonts):
        dy = rng.gauss(0, px * 0.03) + slope * x
        a = rng.randint(200, 255)
        d.text(
            (x + rng.gauss(0, px * 0.02), asc + dy),
            c,
            font=f,
            fill=(*color, a),
            stroke_width=max(1, round(px * 0.025)),
            stroke_fill=(*color, a),
            anchor="ls",
        )
        x += cw * rng.uniform(0.95, 1.08)
    return img, asc


def signature_image(name, rng, color):
    font = SCRIPT_FONTS[rng.randrange(len(SCRIPT_FONTS))]
    parts = name.split()
    style = rng.randrange(3)
    if style == 0:
        txt = parts[0][0] + ". " + parts[-1].capitalize()
    elif style == 1:
        txt = parts[-1].capitalize()
    else:
        txt = parts[0][:1] + parts[-1][:1].lower() + parts[-1][1:4].lower()
    px = 90
    f = pil_font(font, px)
    W = int(f.getlength(txt) + 160)
    H = 190
    img = Image.new("RGBA", (W, H), (0, 0, 0, 0))
    d = ImageDraw.Draw(img)
    x = 40
    for c in txt:
        fc = f if has_glyph(font, c) else pil_font(_glyph_font(font, c), px)
        d.text((x, 120 + rng.gauss(0, 3)), c, font=fc, fill=(*color, 240), anchor="ls")
        x += fc.getlength(c) * rng.uniform(0.9, 1.05)
    # flourish: an underline loop
    pts = []
    x0, x1 = 30, min(W - 10, x + rng.randint(10, 60))
    amp = rng.uniform(6, 18)
    for i in range(60):
        t = i / 59
        pts.append(
            (
                x0 + (x1 - x0) * t,
                140 + amp * math.sin(t * math.pi * rng.uniform(1, 3)) - 25 * t * (1 - t),
            )
        )
    d.line(pts, fill=(*color, 230), width=4, joint="curve")
    if rng.random() < 0.5:
        cx = x1 - 20
        d.line([(cx, 150), (cx + 25, 60), (cx + 8, 140)], fill=(*color, 220), width=3)
    return img


def stamp_image(r, lines, rng, color):
    S = 10  # px per mm
    R = int(r * S)
    img = Image.new("RGBA", (int(2.2 * R), int(2.2 * R)), (0, 0, 0, 0))
    d = ImageDraw.Draw(img)
    c = 1.1 * R
    a = rng.randint(150, 210)
    col = (*color, a)
    d.ellipse([c - R, c - R, c + R, c + R], outline=col, width=max(2, R // 25))
    d.ellipse([c - R * 0.72, c - R * 0.72, c + R * 0.72, c + R * 0.72], outline=col, width=2)
    outer = lines[0] if lines else ""
    f = pil_font("sans-b", R * 0.16)
    n = max(1, len(outer))
    for i, ch in enumerate(outer):
        ang = math.pi + (i + 0.5) / n * math.pi * 1.6 - 0.3 * math.pi
        ch_img = Image.new("RGBA", (int(R * 0.3), int(R * 0.3)), (0, 0, 0, 0))
        ImageDraw.Draw(ch_img).text((R * 0.15, R * 0.15), ch, font=f, fill=col, anchor="mm")
        ch_img = ch_img.rotate(-math.degrees(ang) - 90, resample=Image.BICUBIC)
        px = c + R * 0.86 * math.cos(ang) - ch_img.width / 2
        py = c + R * 0.86 * math.sin(ang) - ch_img.height / 2
        img.alpha_composite(ch_img, (int(px), int(py)))
    f2 = pil_font("sans-b", R * 0.15)
    inner = lines[1:]
    for i, ln in enumerate(inner):
        yy = c + (i - (len(inner) - 1) / 2) * R * 0.22
        d.text((c, yy), ln, font=f2, fill=col, anchor="mm")
    return img.rotate(rng.uniform(-25, 25), resample=Image.BICUBIC)


# ---------------------------------------------------------------- rendering


def render_raster(page, dpi):
    k = dpi / 25.4
    W, H = round(page.w * k), round(page.h * k)
    img = Image.new("RGB", (W, H), _rgb(page.bg))
    d = ImageDraw.Draw(img)
    for op in page.ops:
        kind = op[0]
        if kind == "text":
            _, x, y, s, font, size, color, anchor = op
            f = pil_font(font, size * PT * k)
            anc = {"l": "ls", "r": "rs", "c": "ms"}[anchor]
            d.text((x * k, y * k), s, font=f, fill=_rgb(color), anchor=anc)
        elif kind == "rect":
            _, x, y, w, h, stroke, fill, lw, radius = op
            box = [x * k, y * k, (x + w) * k, (y + h) * k]
            wpx = max(1, round(lw * k)) if stroke else 0
            if radius:
                d.rounded_rectangle(
                    box,
                    radius=radius * k,
                    fill=fill and _rgb(fill),
                    outline=stroke and _rgb(stroke),
                    width=wpx,
                )
            else:
                d.rectangle(
                    box, fill=fill and _rgb(fill), outline=stroke and _rgb(stroke), width=wpx
                )
        elif kind == "line":
            _, x1, y1, x2, y2, color, lw, dash = op
            wpx = max(1, round(lw * k))
            if dash:
                L = math.hypot(x2 - x1, y2 - y1)
                on, off = dash
                t = 0.0
                while t < L:
                    t2 = min(L, t + on)
                    d.line(
                        [
                            ((x1 + (x2 - x1) * t / L) * k, (y1 + (y2 - y1) * t / L) * k),
                            ((x1 + (x2 - x1) * t2 / L) * k, (y1 + (y2 - y1) * t2 / L) * k),
                        ],
                        fill=_rgb(color),
                        width=wpx,
                    )
                    t = t2 + off
            else:
                d.line([(x1 * k, y1 * k), (x2 * k, y2 * k)], fill=_rgb(color), width=wpx)
        elif kind == "image":
            _, x, y, w, h, im = op
            tw, th = max(1, round(w * k)), max(1, round(h * k))
            im2 = im.resize((tw, th), Image.LANCZOS)
            if im2.mode == "RGBA":
                img.paste(im2, (round(x * k), round(y * k)), im2)
            else:
                img.paste(im2.convert("RGB"), (round(x * k), round(y * k)))
    return img


def _pdf_font(key):
    key = PDF_FALLBACK.get(key, key) if key in PDF_FALLBACK else key
    if key not in FONT_FILES:
        key = "sans"
    if key not in _pdf_registered:
        pdfmetrics.registerFont(TTFont("sn_" + key, FONT_FILES[key]))
        _pdf_registered.add(key)
    return "sn_" + key


def render_pdf(pages, path_or_buf, title="", author="", producer=None, creator=None):
    c = rl_canvas.Canvas(path_or_buf, invariant=1, pageCompression=1)
    if title:
        c.setTitle(title)
    if author:
        c.setAuthor(author)
    if producer:
        c.setProducer(producer)
    if creator:
        c.setCreator(creator)
    for page in pages:
        _pdf_page(c, page, getattr(page, "form_hook", None))
        c.showPage()
    c.save()


def _pdf_page(c, page, form_hook=None):
    from reportlab.lib.units import mm

    c.setPageSize((page.w * mm, page.h * mm))
    H = page.h
    if tuple(page.bg) != (255, 255, 255):
        c.setFillColorRGB(*[v / 255 for v in page.bg])
        c.rect(0, 0, page.w * mm, page.h * mm, stroke=0, fill=1)
    for op in page.ops:
        kind = op[0]
        if kind == "text":
            _, x, y, s, font, size, color, anchor = op
            fn = _pdf_font(font)
            c.setFont(fn, size)
            c.setFillColorRGB(*[v / 255 for v in color])
            if anchor == "l":
                c.drawString(x * mm, (H - y) * mm, s)
            elif anchor == "r":
                c.drawRightString(x * mm, (H - y) * mm, s)
            else:
                c.drawCentredString(x * mm, (H - y) * mm, s)
        elif kind == "rect":
            _, x, y, w, h, stroke, fill, lw, radius = op
            if stroke:
                c.setStrokeColorRGB(*[v / 255 for v in stroke])
                c.setLineWidth(lw / PT)
            if fill:
                c.setFillColorRGB(*[v / 255 for v in fill])
            if radius:
                c.roundRect(
                    x * mm,
                    (H - y - h) * mm,
                    w * mm,
                    h * mm,
                    radius * mm,
                    stroke=1 if stroke else 0,
                    fill=1 if fill else 0,
                )
            else:
                c.rect(
                    x * mm,
                    (H - y - h) * mm,
                    w * mm,
                    h * mm,
                    stroke=1 if stroke else 0,
                    fill=1 if fill else 0,
                )
        elif kind == "line":
            _, x1, y1, x2, y2, color, lw, dash = op
            c.setStrokeColorRGB(*[v / 255 for v in color])
            c.setLineWidth(lw / PT)
            c.setDash([v / PT for v in dash] if dash else [])
            c.line(x1 * mm, (H - y1) * mm, x2 * mm, (H - y2) * mm)
            c.setDash([])
        elif kind == "image":
            _, x, y, w, h, im = op
            buf = io.BytesIO()
            im.save(buf, "PNG")
            buf.seek(0)
            c.drawImage(
                ImageReader(buf),
                x * mm,
                (H - y - h) * mm,
                w * mm,
                h * mm,
                mask="auto" if im.mode == "RGBA" else None,
            )
    if form_hook:
        form_hook(c, page)


def noise_rng(*parts):
    return random.Random("|".join(str(p) for p in parts))
