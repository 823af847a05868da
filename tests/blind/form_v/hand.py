"""Handwriting on page rasters (solid handwriting fonts, per-glyph jitter) and camera/scanner
looks."""

import io
import math

import cv2
import numpy as np
from fontTools.ttLib import TTFont as FTFont
from PIL import Image, ImageDraw, ImageFilter, ImageFont

cv2.setNumThreads(1)

HAND_FONTS = {
    "comic": "/usr/share/fonts/opentype/comic-neue/ComicNeue-Regular.otf",
    "comicb": "/usr/share/fonts/opentype/comic-neue/ComicNeue-Bold.otf",
    "kaushan": "/usr/share/fonts/opentype/kaushanscript/KaushanScript-Regular.otf",
    "dancing": "/usr/share/fonts/opentype/dancingscript/DancingScript-Regular.otf",
    "dancingb": "/usr/share/fonts/opentype/dancingscript/DancingScript-Bold.otf",
    "z003": "/usr/share/fonts/opentype/urw-base35/Z003-MediumItalic.otf",
}
SIG_FONTS = ["z003", "dancing", "dancingb", "kaushan"]
INKS = {"blue": (22, 38, 150), "black": (28, 28, 36), "blue2": (35, 60, 170)}
_cmaps = {}
_fonts = {}


def covers(font_key, text):
    if font_key not in _cmaps:
        _cmaps[font_key] = set(FTFont(HAND_FONTS[font_key]).getBestCmap())
    return all(ord(ch) in _cmaps[font_key] or ch == " " for ch in text)


def _font(key, size):
    k = (key, int(size))
    if k not in _fonts:
        _fonts[k] = ImageFont.truetype(HAND_FONTS[key], int(size))
    return _fonts[k]


def _glyph(img, ch, x, y_base, font_key, size, ink, rng, angle=0.0):
    """Draw one glyph with its baseline at y_base; returns the advance in px."""
    size = size * rng.uniform(0.93, 1.07)
    font = _font(font_key, size)
    asc, desc = font.getmetrics()
    w = int(font.getlength(ch)) + 1
    pad = int(size * 0.4)
    tile = Image.new("L", (w + 2 * pad, asc + desc + 2 * pad), 0)
    ImageDraw.Draw(tile).text((pad, pad), ch, font=font, fill=255)
    tile = tile.rotate(angle + rng.uniform(-6, 6), resample=Image.BICUBIC, expand=False)
    dy = rng.uniform(-0.06, 0.06) * size
    ox, oy = int(x - pad), int(y_base - asc - pad + dy)
    color = tuple(max(0, min(255, c + rng.randint(-12, 12))) for c in ink)
    img.paste(color, (ox, oy), tile)
    return font.getlength(ch)


def write(img, text, x, y_base, font_key, size, ink, rng, slope=0.0, spacing=1.0):
    """Free handwriting along a (slightly sloped) baseline."""
    cx = x
    for ch in text:
        adv = _glyph(img, ch, cx, y_base + (cx - x) * slope, font_key, size, ink, rng)
        cx += adv * spacing * rng.uniform(0.96, 1.05)
    return cx


def write_comb(img, text, boxes_px, font_key, ink, rng):
    """Capitals one per comb box."""
    for ch, (bx, by, bw, bh) in zip(text, boxes_px):
        if ch == " ":
            continue
        size = bh * rng.uniform(0.78, 0.9)
        font = _font(font_key, size)
        adv = font.getlength(ch)
        x = bx + (bw - adv) / 2 + rng.uniform(-0.1, 0.1) * bw
        _glyph(img, ch, x, by + bh * rng.uniform(0.8, 0.9), font_key, size, ink, rng)


def tick(img, box_px, ink, rng, style):
    x, y, s = box_px
    d = ImageDraw.Draw(img)
    w = max(2, int(s / 6))
    j = lambda: rng.uniform(-0.12, 0.12) * s  # noqa: E731
    if style == "cross":
        d.line([(x + j(), y + j()), (x + s + j(), y + s + j())], fill=ink, width=w)
        d.line([(x + s + j(), y + j()), (x + j(), y + s + j())], fill=ink, width=w)
    else:
        pts = [(x + 0.1 * s + j(), y + 0.5 * s), (x + 0.4 * s, y + 0.9 * s + j())]
        pts.append((x + 1.2 * s + j(), y - 0.3 * s + j()))
        d.line(pts, fill=ink, width=w, joint="curve")


def signature_image(name, rng, ink, height=180):
    """A handwritten signature on a transparent background (RGBA)."""
    key = SIG_FONTS[rng.randrange(len(SIG_FONTS))]
    if not covers(key, name):
        key = "kaushan" if covers("kaushan", name) else "comic"
    size = height * 0.5
    w = int(_font(key, size).getlength(name) * 1.15 + height)
    img = Image.new("RGBA", (w, height), (255, 255, 255, 0))
    layer = Image.new("RGB", (w, height), ink)
    mask = Image.new("L", (w, height), 0)
    end = write(mask, name, height * 0.15, height * 0.62, key, size, (255,), rng, slope=-0.08)
    d = ImageDraw.Draw(mask)
    # flourish: an underline swoosh, sometimes a loop back
    pts = []
    x0, x1 = height * 0.1, min(end + height * 0.3, w - 5)
    for i in range(40):
        t = i / 39
        xx = x0 + (x1 - x0) * t
        yy = height * (0.78 + 0.08 * math.sin(t * math.pi * rng.uniform(1.0, 2.2)))
        pts.append((xx, yy - (xx - x0) * 0.05))
    d.line(pts, fill=255, width=max(2, height // 45), joint="curve")
    img.paste(layer, (0, 0), mask)
    return img


def paste_signature(img, sig, box_px, rng):
    bx, by, bw, bh = box_px
    scale = min(bw * rng.uniform(0.55, 0.85) / sig.width, bh * 0.85 / sig.height)
    s = sig.resize((max(1, int(sig.width * scale)), max(1, int(sig.height * scale))))
    s = s.rotate(rng.uniform(-5, 5), expand=True, resample=Image.BICUBIC)
    x = int(bx + rng.uniform(0.05, 0.95) * max(1, bw - s.width))
    y = int(by + rng.uniform(0.05, 0.95) * max(1, bh - s.height))
    img.paste(s, (x, y), s)


def stray_mark(img, box_px, ink, rng):
    bx, by, bw, bh = box_px
    d = ImageDraw.Draw(img)
    x, y = bx + rng.uniform(0.2, 0.8) * bw, by + rng.uniform(0.3, 0.8) * bh
    r = max(2, bh * 0.03)
    if rng.random() < 0.5:
        d.ellipse([x - r, y - r, x + r, y + r], fill=ink)
    else:
        d.line([(x, y), (x + 3 * r, y + 3 * r), (x + 8 * r, y - 4 * r)], fill=ink, width=int(r))


# ---------------------------------------------------------------- looks


def _jpeg(img, q):
    buf = io.BytesIO()
    img.save(buf, "JPEG", quality=q, optimize=False)
    return buf.getvalue()


def scan_look(img, rng):
    """Flatbed scan: grey paper, slight skew, noise, softening."""
    arr = np.asarray(img.convert("RGB")).astype(np.float32)
    tint = np.array([rng.uniform(228, 242), rng.uniform(228, 240), rng.uniform(222, 236)])
    arr = arr / 255.0 * tint
    nrng = np.random.default_rng(rng.randrange(1 << 30))
    arr += nrng.normal(0, 3.5, arr.shape[:2])[..., None]
    out = Image.fromarray(np.clip(arr, 0, 255).astype(np.uint8))
    out = out.rotate(rng.uniform(-0.9, 0.9), resample=Image.BICUBIC, fillcolor=(238, 238, 236))
    return out.filter(ImageFilter.GaussianBlur(rng.uniform(0.3, 0.7)))


def photo_look(img, rng, rot):
    """Phone photo of a sheet on a table: perspective, shadow, colour cast, blur."""
    page = np.asarray(img.convert("RGB"))
    ph, pw = page.shape[:2]
    out_h = rng.randint(3000, 3600)
    out_w = int(out_h * 0.75)
    nrng = np.random.default_rng(rng.randrange(1 << 30))
    table = np.array([rng.randint(90, 160), rng.randint(70, 130), rng.randint(50, 100)])
    bg = np.ones((out_h, out_w, 3), np.float32) * table
    bg += nrng.normal(0, 6, (out_h, out_w, 1))
    m = 0.06
    dst = []
    for fx, fy in ((m, m), (1 - m, m), (1 - m, 1 - m), (m, 1 - m)):
        dst.append(
            [
                (fx + rng.uniform(-0.04, 0.04)) * out_w,
                (fy + rng.uniform(-0.03, 0.03)) * out_h,
            ]
        )
    src = np.float32([[0, 0], [pw, 0], [pw, ph], [0, ph]])
    mat = cv2.getPerspectiveTransform(src, np.float32(dst))
    warped = cv2.warpPerspective(page, mat, (out_w, out_h), flags=cv2.INTER_LINEAR)
    mask = cv2.warpPerspective(np.ones((ph, pw), np.float32), mat, (out_w, out_h))
    comp = bg * (1 - mask[..., None]) + warped.astype(np.float32) * mask[..., None]
    yy, xx = np.mgrid[0:out_h, 0:out_w].astype(np.float32)
    ang = rng.uniform(0, 2 * math.pi)
    grad = (xx / out_w * math.cos(ang) + yy / out_h * math.sin(ang)) * 0.5 + 0.5
    light = 0.72 + 0.3 * grad
    cast = np.array([rng.uniform(0.92, 1.04), rng.uniform(0.94, 1.02), rng.uniform(0.85, 1.0)])
    comp = comp * light[..., None] * cast
    # soft shadow of the phone / hand across one corner
    sx, sy = rng.uniform(0.3, 0.9) * out_w, rng.uniform(0.5, 1.0) * out_h
    dist = np.sqrt((xx - sx) ** 2 + (yy - sy) ** 2) / out_h
    comp *= (1 - 0.25 * np.exp(-((dist / 0.25) ** 2)))[..., None]
    comp = cv2.GaussianBlur(np.clip(comp, 0, 255).astype(np.uint8), (0, 0), rng.uniform(0.8, 1.6))
    if rot:
        comp = np.ascontiguousarray(np.rot90(comp, k=rot // 90))
    return Image.fromarray(comp)
