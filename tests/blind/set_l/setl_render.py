"""Fonts, vector pages, rasterisation and the looks (scan, photo, screenshot)."""

from __future__ import annotations

import io
import os
import shutil
import tempfile
import zlib
from dataclasses import dataclass, field
from typing import Callable

import cv2
import numpy as np
import pypdfium2 as pdfium
from fontTools.pens.cu2quPen import Cu2QuPen
from fontTools.pens.ttGlyphPen import TTGlyphPen
from fontTools.ttLib import TTFont as FTFont
from fontTools.ttLib import newTable
from PIL import Image, ImageDraw, ImageFilter, ImageFont
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas as rl_canvas

cv2.setNumThreads(1)

MM = 72.0 / 25.4
A4 = (595.2756, 841.8898)
ID1 = (85.6 * MM, 53.98 * MM)
TD3 = (125.0 * MM, 88.0 * MM)
PHONE = (390.0, 844.0)

FONT_DIRS = "/usr/share/fonts"
_FONT_FILES = {
    "Sans": "truetype/dejavu/DejaVuSans.ttf",
    "Sans-B": "truetype/dejavu/DejaVuSans-Bold.ttf",
    "SansC": "truetype/dejavu/DejaVuSansCondensed.ttf",
    "SansC-B": "truetype/dejavu/DejaVuSansCondensed-Bold.ttf",
    "Serif": "truetype/dejavu/DejaVuSerif.ttf",
    "Serif-B": "truetype/dejavu/DejaVuSerif-Bold.ttf",
    "Lib": "truetype/liberation/LiberationSans-Regular.ttf",
    "Lib-B": "truetype/liberation/LiberationSans-Bold.ttf",
    "Lib-I": "truetype/liberation/LiberationSans-Italic.ttf",
    "LibN": "truetype/liberation/LiberationSansNarrow-Regular.ttf",
    "LibN-B": "truetype/liberation/LiberationSansNarrow-Bold.ttf",
    "LibSerif": "truetype/liberation/LiberationSerif-Regular.ttf",
    "LibSerif-B": "truetype/liberation/LiberationSerif-Bold.ttf",
    "LibSerif-I": "truetype/liberation/LiberationSerif-Italic.ttf",
    "LibMono": "truetype/liberation/LiberationMono-Regular.ttf",
    "LibMono-B": "truetype/liberation/LiberationMono-Bold.ttf",
    "FreeSans": "truetype/freefont/FreeSans.ttf",
    "FreeSans-B": "truetype/freefont/FreeSansBold.ttf",
    "FreeSerif": "truetype/freefont/FreeSerif.ttf",
    "FreeSerif-B": "truetype/freefont/FreeSerifBold.ttf",
    "FreeSerif-I": "truetype/freefont/FreeSerifItalic.ttf",
    "FreeMono": "truetype/freefont/FreeMono.ttf",
    "Open": "truetype/open-sans/OpenSans-Regular.ttf",
    "Open-B": "truetype/open-sans/OpenSans-Bold.ttf",
    "Open-SB": "truetype/open-sans/OpenSans-Semibold.ttf",
    "Roboto": "truetype/roboto/unhinted/RobotoTTF/Roboto-Regular.ttf",
    "Roboto-M": "truetype/roboto/unhinted/RobotoTTF/Roboto-Medium.ttf",
    "Roboto-B": "truetype/roboto/unhinted/RobotoTTF/Roboto-Bold.ttf",
    "RobotoC": "truetype/roboto/unhinted/RobotoCondensed-Regular.ttf",
    "RobotoC-B": "truetype/roboto/unhinted/RobotoCondensed-Bold.ttf",
    "Lato": "truetype/lato/Lato-Regular.ttf",
    "Lato-B": "truetype/lato/Lato-Bold.ttf",
    "Lato-L": "truetype/lato/Lato-Light.ttf",
    "Carlito": "truetype/crosextra/Carlito-Regular.ttf",
    "Carlito-B": "truetype/crosextra/Carlito-Bold.ttf",
    "Caladea": "truetype/crosextra/Caladea-Regular.ttf",
    "Caladea-B": "truetype/crosextra/Caladea-Bold.ttf",
    "Amiri": "opentype/fonts-hosny-amiri/Amiri-Regular.ttf",
    "H-dkg": "truetype/fifthhorseman/dkg.ttf",
    "H-ecolier": "truetype/ecolier-court/Ecolier-court.ttf",
    "H-femke": "truetype/femkeklaver/femkeklaver.ttf",
    "H-breip": "truetype/breip/Breip.ttf",
    "H-humor": "truetype/humor-sans/Humor-Sans.ttf",
}
_OTF = {
    "OCRB": "opentype/ocr-b/OCRB.otf",
    "H-dancing": "opentype/dancingscript/DancingScript-Regular.otf",
    "H-kaushan": "opentype/kaushanscript/KaushanScript-Regular.otf",
    "Gothic": "opentype/urw-base35/URWGothic-Book.otf",
    "Gothic-B": "opentype/urw-base35/URWGothic-Demi.otf",
    "Bookman": "opentype/urw-base35/URWBookman-Light.otf",
    "Bookman-B": "opentype/urw-base35/URWBookman-Demi.otf",
    "Schoolbook": "opentype/urw-base35/C059-Roman.otf",
    "Schoolbook-B": "opentype/urw-base35/C059-Bold.otf",
    "Chancery": "opentype/urw-base35/Z003-MediumItalic.otf",
}
HAND_FONTS = ["H-dkg", "H-ecolier", "H-breip", "H-humor", "H-dancing", "H-kaushan"]
CAPS_HAND = ["H-dkg", "H-breip", "H-humor", "H-ecolier"]
FONT_PATHS: dict[str, str] = {}
CMAPS: dict[str, set[int]] = {}


def _otf_to_ttf(src: str, dst: str) -> None:
    f = FTFont(src, recalcTimestamp=False)
    order = f.getGlyphOrder()
    gs = f.getGlyphSet()
    glyphs = {}
    for name in order:
        pen = TTGlyphPen(gs)
        gs[name].draw(Cu2QuPen(pen, 1.0, reverse_direction=True))
        glyphs[name] = pen.glyph()
    f["loca"] = newTable("loca")
    f["glyf"] = glyf = newTable("glyf")
    glyf.glyphOrder = order
    glyf.glyphs = glyphs
    del f["CFF "]
    if "VORG" in f:
        del f["VORG"]
    glyf.compile(f)
    hmtx = f["hmtx"]
    for name, g in glyphs.items():
        adv, _ = hmtx.metrics[name]
        hmtx.metrics[name] = (adv, getattr(g, "xMin", 0))
    maxp = newTable("maxp")
    f["maxp"] = maxp
    maxp.tableVersion = 0x00010000
    maxp.maxZones = 1
    for a in (
        "maxTwilightPoints",
        "maxStorage",
        "maxFunctionDefs",
        "maxInstructionDefs",
        "maxStackElements",
        "maxSizeOfInstructions",
        "maxComponentElements",
    ):
        setattr(maxp, a, 0)
    maxp.compile(f)
    post = f["post"]
    post.formatType = 2.0
    post.extraNames = []
    post.mapping = {}
    post.glyphOrder = order
    f.sfntVersion = "\000\001\000\000"
    f.save(dst)


_REGISTERED = False


def register_fonts() -> None:
    global _REGISTERED
    if _REGISTERED:
        return
    cache = tempfile.mkdtemp(prefix="setl_fonts_")
    for name, rel in _FONT_FILES.items():
        FONT_PATHS[name] = os.path.join(FONT_DIRS, rel)
    for name, rel in _OTF.items():
        dst = os.path.join(cache, name + ".ttf")
        _otf_to_ttf(os.path.join(FONT_DIRS, rel), dst)
        FONT_PATHS[name] = dst
    for name, path in FONT_PATHS.items():
        pdfmetrics.registerFont(TTFont(name, path))
        CMAPS[name] = set(FTFont(path).getBestCmap().keys())
    pdfmetrics.registerFont(
        TTFont("CJK", os.path.join(FONT_DIRS, "truetype/wqy/wqy-zenhei.ttc"), subfontIndex=0)
    )
    FONT_PATHS["CJK"] = os.path.join(FONT_DIRS, "truetype/wqy/wqy-zenhei.ttc")
    CMAPS["CJK"] = set(FTFont(FONT_PATHS["CJK"], fontNumber=0).getBestCmap().keys())
    # reportlab holds the font data in memory: the converted copies are no longer needed
    shutil.rmtree(cache, ignore_errors=True)
    for name in _OTF:
        FONT_PATHS[name] = ""
    _REGISTERED = True


def fit_font(font: str, s: str) -> str:
    """Replace characters the font lacks by their unaccented form."""
    from setl_core import deaccent

    cm = CMAPS.get(font)
    if not cm:
        return s
    out = []
    for ch in s:
        if ord(ch) in cm or ch in " \n":
            out.append(ch)
        else:
            r = deaccent(ch)
            out.append(r if all(ord(x) in cm for x in r) else ("'" if ch in "’‘" else r))
    return "".join(out)


# ---------------------------------------------------------------- pages
@dataclass
class Page:
    w: float
    h: float
    draw: Callable
    acro: bool = False


def pdf_bytes(pages: list[Page], title: str = "", strip_ap: bool = False) -> bytes:
    buf = io.BytesIO()
    c = rl_canvas.Canvas(buf, pagesize=(pages[0].w, pages[0].h), invariant=1, pageCompression=1)
    if title:
        c.setTitle(title)
    c.setCreator("")
    c.setProducer("")
    for p in pages:
        c.setPageSize((p.w, p.h))
        p.draw(c)
        c.showPage()
    c.save()
    data = buf.getvalue()
    if strip_ap:
        data = _strip_appearances(data)
    return data


def _strip_appearances(data: bytes) -> bytes:
    import pikepdf

    pdf = pikepdf.open(io.BytesIO(data))
    for page in pdf.pages:
        for annot in page.get("/Annots", []):
            if "/AP" in annot:
                del annot["/AP"]
    if "/AcroForm" in pdf.Root:
        pdf.Root.AcroForm.NeedAppearances = True
    out = io.BytesIO()
    pdf.save(out, deterministic_id=True, static_id=True)
    return out.getvalue()


def raster_pages(pages: list[Page], dpi: float, strip_ap: bool = False) -> list[Image.Image]:
    data = pdf_bytes(pages, strip_ap=strip_ap)
    doc = pdfium.PdfDocument(data)
    if any(p.acro for p in pages):
        doc.init_forms()
    out = []
    for i in range(len(pages)):
        bmp = doc[i].render(scale=dpi / 72.0, may_draw_forms=True)
        out.append(bmp.to_pil().convert("RGB"))
    doc.close()
    return out


def raster(page: Page, dpi: float) -> Image.Image:
    return raster_pages([page], dpi)[0]


def shaped_text_image(
    text: str,
    font_name: str,
    size_pt: float,
    color=(0, 0, 0),
    scale: float = 4.0,
    direction: str | None = None,
) -> Image.Image:
    """Render complex-script text (Arabic, Devanagari) with Pillow/raqm, as RGBA."""
    font = ImageFont.truetype(
        FONT_PATHS[font_name], int(size_pt * scale), layout_engine=ImageFont.Layout.RAQM
    )
    kw = {"direction": direction} if direction else {}
    bbox = font.getbbox(text, **kw)
    w, h = bbox[2] - bbox[0] + 8, int(size_pt * scale * 1.6)
    img = Image.new("RGBA", (max(w, 4), h), (255, 255, 255, 0))
    d = ImageDraw.Draw(img)
    d.text((4 - bbox[0], int(size_pt * scale * 0.25)), text, font=font, fill=color + (255,), **kw)
    return img


def draw_shaped(
    c,
    x: float,
    y: float,
    text: str,
    font: str,
    size: float,
    color=(0, 0, 0),
    align: str = "left",
    direction: str | None = None,
) -> float:
    img = shaped_text_image(text, font, size, color, direction=direction)
    scale = 4.0
    w, h = img.size[0] / scale, img.size[1] / scale
    if align == "right":
        x -= w
    elif align == "center":
        x -= w / 2
    c.drawImage(ImageReader(img), x, y - h * 0.3, w, h, mask="auto")
    return w


# ---------------------------------------------------------------- effects
def _np(img: Image.Image) -> np.ndarray:
    return np.asarray(img.convert("RGB"), dtype=np.float32)


def _pil(a: np.ndarray) -> Image.Image:
    return Image.fromarray(cv2.convertScaleAbs(np.clip(a, 0, 255)))


_NOISE_TILE: list = []


def _noise(rng, shape, std):
    """Gaussian-like grain from a fixed tile, shifted by the seeded generator (fast)."""
    if not _NOISE_TILE:
        _NOISE_TILE.append(
            np.random.default_rng(20261120).normal(0, 1, (1031, 1031, 3)).astype(np.float32)
        )
    tile = _NOISE_TILE[0]
    h, w = shape[:2]
    dy, dx = rng.randint(0, 1030), rng.randint(0, 1030)
    t = np.roll(np.roll(tile, dy, axis=0), dx, axis=1)
    reps = (h // 1031 + 1, w // 1031 + 1, 1)
    big = np.tile(t, reps)[:h, :w]
    if len(shape) == 2:
        big = big[..., 0]
    return big * np.float32(std)


def _lowfreq(rng, h, w, cells=6, amp=1.0):
    nrng = np.random.default_rng(rng.randint(0, 2**31))
    small = nrng.normal(0, 1, (cells, cells)).astype(np.float32)
    big = cv2.resize(small, (w, h), interpolation=cv2.INTER_CUBIC)
    return big * amp


def _up(small: np.ndarray, w: int, h: int) -> np.ndarray:
    return cv2.resize(small, (w, h), interpolation=cv2.INTER_LINEAR)


def fx_scan(img: Image.Image, rng, grey: bool = False, strength: float = 1.0) -> Image.Image:
    a = np.asarray(img.convert("RGB"), dtype=np.float32)
    h, w = a.shape[:2]
    ink = rng.uniform(0.78, 0.92)
    tint = np.array(
        [rng.uniform(238, 252), rng.uniform(236, 250), rng.uniform(226, 244)], dtype=np.float32
    )
    # a' = (255 - (255 - a) * ink) * tint / 255
    a = cv2.multiply(a, tuple((tint * ink / 255.0).tolist() + [0.0]))
    a = cv2.add(a, tuple((tint * (1 - ink)).tolist() + [0.0]))
    ang = rng.uniform(0.3, 2.0) * rng.choice([-1, 1]) * strength
    m = cv2.getRotationMatrix2D((w / 2, h / 2), ang, 1.0)
    border = tuple(float(x) for x in tint)
    a = cv2.warpAffine(
        a, m, (w, h), flags=cv2.INTER_LINEAR, borderMode=cv2.BORDER_CONSTANT, borderValue=border
    )
    a = cv2.GaussianBlur(a, (0, 0), rng.uniform(0.5, 1.0))
    sh, sw = max(8, h // 16), max(8, w // 16)
    fac = 1.0 + _lowfreq(rng, sh, sw, 4, 0.02)
    if rng.random() < 0.5:
        k = max(2, int(sw * 0.012) + 1)
        fac[:, :k] *= np.linspace(0.55, 1.0, k, dtype=np.float32)[None, :]
    fac = _up(fac.astype(np.float32), w, h)
    a = cv2.multiply(a, cv2.merge([fac, fac, fac]))
    a = cv2.add(a, _noise(rng, a.shape, rng.uniform(2.5, 5.5)))
    if grey:
        g = cv2.cvtColor(np.clip(a, 0, 255).astype(np.uint8), cv2.COLOR_RGB2GRAY)
        return Image.fromarray(cv2.cvtColor(g, cv2.COLOR_GRAY2RGB))
    return _pil(a)


def _table(rng, w, h):
    palettes = [
        (150, 110, 75),
        (190, 160, 120),
        (95, 70, 50),
        (205, 205, 200),
        (70, 75, 85),
        (175, 185, 190),
        (120, 90, 70),
        (225, 220, 210),
    ]
    base = np.array(rng.choice(palettes), dtype=np.float32)
    sw, sh = w // 4, h // 4
    grain = _lowfreq(rng, sh, sw, rng.choice([8, 16, 40]), 14.0)
    if rng.random() < 0.5:
        nrng = np.random.default_rng(rng.randint(0, 2**31))
        streak = nrng.normal(0, 1, (1, 64)).astype(np.float32)
        streak = cv2.resize(np.repeat(streak, 4, axis=0), (sw, sh), interpolation=cv2.INTER_CUBIC)
        grain = grain + streak * 10
    small = np.ones((sh, sw, 3), np.float32) * base + grain[..., None]
    return cv2.resize(small, (w, h), interpolation=cv2.INTER_LINEAR)


def fx_photo(
    img: Image.Image, rng, long_side: int = 3200, coverage: float = 0.8, rotate: int = 0
) -> Image.Image:
    """A phone photo of a flat document lying on a table."""
    src = np.asarray(img.convert("RGB"), dtype=np.float32)
    sh, sw = src.shape[:2]
    portrait = sh >= sw
    if rng.random() < 0.2:
        portrait = not portrait
    W, H = (int(long_side * 0.75), long_side) if portrait else (long_side, int(long_side * 0.75))
    bg = _table(rng, W, H)
    scale = coverage * min(W / sw, H / sh)
    dw, dh = sw * scale, sh * scale
    cx, cy = W / 2 + rng.uniform(-0.05, 0.05) * W, H / 2 + rng.uniform(-0.05, 0.05) * H
    j = 0.035
    pts = []
    for px, py in ((-1, -1), (1, -1), (1, 1), (-1, 1)):
        pts.append(
            [cx + px * dw / 2 + rng.uniform(-j, j) * dw, cy + py * dh / 2 + rng.uniform(-j, j) * dh]
        )
    keystone = rng.uniform(-0.06, 0.06) * dw
    pts[0][0] += keystone
    pts[1][0] -= keystone
    dst = np.array(pts, np.float32)
    srcq = np.array([[0, 0], [sw, 0], [sw, sh], [0, sh]], np.float32)
    M = cv2.getPerspectiveTransform(srcq, dst)
    paper = cv2.warpPerspective(src, M, (W, H), flags=cv2.INTER_LINEAR)
    mask = cv2.warpPerspective(np.ones((sh, sw), np.float32), M, (W, H), flags=cv2.INTER_LINEAR)
    # shadow and light computed at low resolution
    lw_, lh_ = W // 8, H // 8
    msmall = cv2.resize(mask, (lw_, lh_), interpolation=cv2.INTER_AREA)
    smsm = cv2.GaussianBlur(msmall, (0, 0), lw_ * 0.012 + 0.5)
    off = max(1, int(lw_ * 0.01))
    smsm = np.roll(np.roll(smsm, off, axis=0), off, axis=1)
    yy, xx = np.mgrid[0:lh_, 0:lw_].astype(np.float32)
    lx, ly = rng.uniform(0, lw_), rng.uniform(0, lh_)
    dist = np.sqrt((xx - lx) ** 2 + (yy - ly) ** 2) / max(lw_, lh_)
    light = rng.uniform(1.02, 1.1) - dist * rng.uniform(0.25, 0.45)
    if rng.random() < 0.5:
        x0 = rng.uniform(0.2, 0.8) * lw_
        light = light - 0.12 * (1 / (1 + np.exp(-(xx - x0) / (lw_ * 0.02))))
    shade = _up((1 - 0.45 * smsm).astype(np.float32), W, H)
    lightb = _up(light.astype(np.float32), W, H)
    m3 = cv2.merge([mask, mask, mask])
    bg = cv2.multiply(bg, cv2.merge([shade, shade, shade]))
    a = bg + cv2.multiply(m3, paper - bg)
    cast = [rng.uniform(0.95, 1.06), rng.uniform(0.96, 1.03), rng.uniform(0.86, 1.0)]
    a = cv2.multiply(a, cv2.merge([lightb * cast[0], lightb * cast[1], lightb * cast[2]]))
    a = cv2.GaussianBlur(a, (0, 0), rng.uniform(0.8, 1.6))
    a = cv2.add(a, _noise(rng, a.shape, rng.uniform(3, 7)))
    out = _pil(a)
    if rotate:
        out = out.rotate(rotate, expand=True)
    return out


def photocopy_sheet(
    items: list[tuple[Image.Image, float, float, float]], dpi: int, rng
) -> Image.Image:
    """White A4 at dpi; items are (card image, x_mm, y_mm, width_mm), top-left origin."""
    W, H = int(210 / 25.4 * dpi), int(297 / 25.4 * dpi)
    sheet = Image.new("RGB", (W, H), (255, 255, 255))
    for im, x, y, wmm in items:
        wpx = int(wmm / 25.4 * dpi)
        hpx = int(im.size[1] * wpx / im.size[0])
        card = im.resize((wpx, hpx), Image.LANCZOS)
        ang = rng.uniform(-2.5, 2.5)
        card = card.convert("RGBA").rotate(ang, expand=True, resample=Image.BICUBIC)
        sheet.paste(card, (int(x / 25.4 * dpi), int(y / 25.4 * dpi)), card)
    return sheet


def card_shadow(img: Image.Image) -> Image.Image:
    """Rounded corners on a card raster (white outside)."""
    w, h = img.size
    r = int(min(w, h) * 0.05)
    mask = Image.new("L", (w, h), 0)
    ImageDraw.Draw(mask).rounded_rectangle((0, 0, w - 1, h - 1), r, fill=255)
    bg = Image.new("RGB", (w, h), (255, 255, 255))
    bg.paste(img, (0, 0), mask)
    return bg


def card_on_table(img: Image.Image, rng, long_side: int, rotate: int) -> Image.Image:
    w, h = img.size
    r = int(min(w, h) * 0.05)
    mask = Image.new("L", (w, h), 0)
    ImageDraw.Draw(mask).rounded_rectangle((0, 0, w - 1, h - 1), r, fill=255)
    bgc = (int(rng.uniform(60, 200)),) * 3
    flat = Image.new("RGB", (w, h), bgc)
    flat.paste(img, (0, 0), mask)
    return fx_photo(flat, rng, long_side=long_side, coverage=rng.uniform(0.55, 0.72), rotate=rotate)


# ---------------------------------------------------------------- screenshot chrome
def phone_chrome(
    content: Image.Image, rng, app_title: str, dark: bool = False, time_s: str = "09:41"
) -> Image.Image:
    """Paste a rendered page into a phone viewer screen 1170x2532."""
    W, H = 1170, 2532
    bgc = (32, 33, 36) if dark else (242, 242, 247)
    fg = (255, 255, 255) if dark else (20, 20, 20)
    scr = Image.new("RGB", (W, H), bgc)
    d = ImageDraw.Draw(scr)
    f_status = ImageFont.truetype(FONT_PATHS["Roboto-M"], 44)
    f_title = ImageFont.truetype(FONT_PATHS["Roboto-M"], 50)
    d.text((90, 50), time_s, font=f_status, fill=fg)
    bx = W - 170
    d.rounded_rectangle((bx, 58, bx + 80, 96), 10, outline=fg, width=4)
    d.rectangle((bx + 6, 64, bx + 6 + int(68 * rng.uniform(0.3, 0.95)), 90), fill=fg)
    for i in range(4):
        d.rectangle((W - 330 + i * 22, 92 - 10 * (i + 1), W - 316 + i * 22, 92), fill=fg)
    d.text((60, 180), "‹", font=ImageFont.truetype(FONT_PATHS["Roboto"], 90), fill=(10, 132, 255))
    tw = d.textlength(app_title, font=f_title)
    d.text(((W - tw) / 2, 200), app_title, font=f_title, fill=fg)
    d.line((0, 300, W, 300), fill=(200, 200, 205) if not dark else (60, 60, 60), width=2)
    cw = W - 60
    ch = int(content.size[1] * cw / content.size[0])
    page = content.resize((cw, ch), Image.LANCZOS)
    top = 340
    scr.paste(page, (30, top))
    d.rectangle((0, H - 190, W, H), fill=bgc)
    d.line((0, H - 190, W, H - 190), fill=(200, 200, 205) if not dark else (60, 60, 60), width=2)
    f_icon = ImageFont.truetype(FONT_PATHS["Roboto"], 40)
    for i, lab in enumerate(["Partager", "Annoter", "Imprimer", "Plus"]):
        d.text((80 + i * 280, H - 140), lab, font=f_icon, fill=(10, 132, 255))
    d.rounded_rectangle((W / 2 - 200, H - 30, W / 2 + 200, H - 18), 6, fill=fg)
    return scr


# ---------------------------------------------------------------- writers
def jpeg_bytes(img: Image.Image, quality: int = 88) -> bytes:
    buf = io.BytesIO()
    img.convert("RGB").save(buf, "JPEG", quality=quality, optimize=False, progressive=False)
    return buf.getvalue()


def png_bytes(img: Image.Image) -> bytes:
    buf = io.BytesIO()
    img.save(buf, "PNG", compress_level=6)
    return buf.getvalue()


def image_pdf(images: list[tuple[bytes, int, int, float]]) -> bytes:
    """A PDF whose pages are JPEG images (no text layer). items: (jpeg, w_px, h_px, dpi)."""
    objs: list[bytes] = []
    n = len(images)
    kids = " ".join(f"{3 + 3 * i} 0 R" for i in range(n))
    objs.append(b"<< /Type /Catalog /Pages 2 0 R >>")
    objs.append(f"<< /Type /Pages /Kids [{kids}] /Count {n} >>".encode())
    for i, (jpg, w, h, dpi) in enumerate(images):
        pw, ph = w * 72.0 / dpi, h * 72.0 / dpi
        pid, cid, iid = 3 + 3 * i, 4 + 3 * i, 5 + 3 * i
        objs.append(
            (
                f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 {pw:.2f} {ph:.2f}] "
                f"/Resources << /XObject << /Im{i} {iid} 0 R >> >> /Contents {cid} 0 R >>"
            ).encode()
        )
        content = f"q {pw:.2f} 0 0 {ph:.2f} 0 0 cm /Im{i} Do Q".encode()
        zc = zlib.compress(content)
        objs.append(
            f"<< /Length {len(zc)} /Filter /FlateDecode >>\nstream\n".encode() + zc + b"\nendstream"
        )
        objs.append(
            (
                f"<< /Type /XObject /Subtype /Image /Width {w} /Height {h} "
                f"/ColorSpace /DeviceRGB /BitsPerComponent 8 /Filter /DCTDecode "
                f"/Length {len(jpg)} >>\nstream\n"
            ).encode()
            + jpg
            + b"\nendstream"
        )
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offs = []
    for i, o in enumerate(objs):
        offs.append(out.tell())
        out.write(f"{i + 1} 0 obj\n".encode() + o + b"\nendobj\n")
    xref = out.tell()
    out.write(f"xref\n0 {len(objs) + 1}\n0000000000 65535 f \n".encode())
    for o in offs:
        out.write(f"{o:010d} 00000 n \n".encode())
    out.write(
        f"trailer\n<< /Size {len(objs) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    )
    return out.getvalue()


def downscale(img: Image.Image, factor: float) -> Image.Image:
    w, h = img.size
    return img.resize((int(w * factor), int(h * factor)), Image.LANCZOS)


def sharpen(img: Image.Image) -> Image.Image:
    return img.filter(ImageFilter.UnsharpMask(radius=1.2, percent=60, threshold=2))


@dataclass
class Sheet:
    """One output page: either a vector page of one document or a composite raster."""

    refs: list  # list of (doc, page index or face name)
    page: Page | None = None
    compose: Callable | None = None  # (dpi, rng) -> PIL image
    meta: dict = field(default_factory=dict)
