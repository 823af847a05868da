"""Handwriting (font glyphs with per-glyph jitter), pen-stroke signatures, ticks, and the
paper looks: flatbed scan, scanner PDF page, phone photo."""

import math
import unicodedata

import cv2
import numpy as np
from fontTools.ttLib import TTFont
from PIL import Image, ImageDraw, ImageFilter, ImageFont

cv2.setNumThreads(1)

TT = "/usr/share/fonts/truetype/"
HANDS = {
    "femke": TT + "femkeklaver/femkeklaver.ttf",
    "dkg": TT + "fifthhorseman/dkg.ttf",
    "dkg_it": TT + "fifthhorseman/dkgIt.ttf",
    "breip": TT + "breip/Breip.ttf",
    "ecolier": TT + "ecolier-court/Ecolier-court.ttf",
    "humor": TT + "humor-sans/Humor-Sans.ttf",
}
_CMAPS = {}
_FONTS = {}


def cmap(name):
    if name not in _CMAPS:
        _CMAPS[name] = set(TTFont(HANDS[name]).getBestCmap())
    return _CMAPS[name]


def font(name, px):
    key = (name, px)
    if key not in _FONTS:
        _FONTS[key] = ImageFont.truetype(HANDS[name], px)
    return _FONTS[key]


def writable(text, hand):
    """The text as this hand can write it: letters the font lacks lose their accent."""
    out = []
    cm = cmap(hand)
    for ch in text:
        if ord(ch) in cm or ch == " ":
            out.append(ch)
        else:
            base = unicodedata.normalize("NFD", ch)[0]
            if base == "’":
                base = "'"
            if ord(base) not in cm:
                raise ValueError(f"{hand} cannot write {ch!r}")
            out.append(base)
    return "".join(out)


def text_width(text, hand, px):
    f = font(hand, px)
    return sum(f.getlength(ch) for ch in text) * 1.04


def write(img, text, hand, px, x, base_y, rng, ink, slant=0.0):
    """Write text glyph by glyph; base_y is the baseline in pixels. Returns end x."""
    f = font(hand, px)
    asc = f.getmetrics()[0]
    drift = 0.0
    for ch in text:
        adv = f.getlength(ch)
        if ch != " ":
            sc = rng.uniform(0.94, 1.06)
            g = ImageFont.truetype(HANDS[hand], max(6, int(px * sc)))
            pad = int(px * 0.6)
            gw = int(adv * 1.4) + 2 * pad
            gh = int(px * 1.6) + 2 * pad
            mask = Image.new("L", (gw, gh), 0)
            ImageDraw.Draw(mask).text((pad, pad), ch, font=g, fill=255)
            mask = mask.rotate(
                rng.uniform(-5, 5) + slant,
                resample=Image.BICUBIC,
                center=(pad + adv / 2, pad + asc),
            )
            drift += rng.uniform(-0.04, 0.04) * px
            drift = max(-0.08 * px, min(0.08 * px, drift))
            oy = int(base_y - asc * sc - pad + drift)
            ox = int(x - pad + rng.uniform(-0.03, 0.03) * px)
            layer = Image.new("RGB", mask.size, ink)
            img.paste(layer, (ox, oy), mask.point(lambda v: int(v * 0.92)))
        x += adv * rng.uniform(1.0, 1.08)
    return x


def _stroke(img, pts, ink, width):
    d = ImageDraw.Draw(img)
    for (x0, y0), (x1, y1) in zip(pts[:-1], pts[1:], strict=False):
        d.line((x0, y0, x1, y1), fill=ink, width=width)
    r = width / 2
    for x, y in pts:
        d.ellipse((x - r, y - r, x + r, y + r), fill=ink)


def signature(w, h, rng, ink, scale=3):
    """A signature as pen polylines (cursive loops + flourish), RGBA image of w x h."""
    big = Image.new("RGBA", (w * scale, h * scale), (0, 0, 0, 0))
    wid = max(2, int(rng.uniform(0.9, 1.6) * scale * h / 60))
    n_loops = rng.randint(5, 11)
    amp = h * scale * rng.uniform(0.18, 0.3)
    pts = []
    cx, cy = w * scale * rng.uniform(0.08, 0.18), h * scale * rng.uniform(0.45, 0.6)
    span = w * scale * rng.uniform(0.55, 0.78)
    steps = 60 * n_loops
    freq = n_loops * 2 * math.pi
    phase = rng.uniform(0, 6.28)
    tilt = rng.uniform(-0.18, 0.05)
    r1 = rng.uniform(0.25, 0.5)
    for i in range(steps + 1):
        t = i / steps
        a = amp * (1.0 + 0.6 * math.sin(3.1 * t + phase)) * (1.25 if t < 0.12 else 1.0)
        x = cx + span * t + a * r1 * math.cos(freq * t)
        y = cy - a * math.sin(freq * t) + tilt * span * t
        pts.append((x, y))
    _stroke(big, pts, ink, wid)
    # flourish / underline back to the left
    x0, y0 = pts[-1]
    fl = []
    back = rng.uniform(0.5, 0.9) * span
    for i in range(40):
        t = i / 39
        fl.append(
            (
                x0 + 12 * scale * math.sin(t * 3) - back * t,
                y0 + amp * 0.9 * math.sin(t * 1.6) + 8 * scale * t,
            )
        )
    _stroke(big, fl, ink, max(2, wid - 1))
    if rng.random() < 0.5:  # initial dot or bar
        px, py = cx + span * rng.uniform(0.1, 0.3), cy - amp * 1.6
        _stroke(big, [(px, py), (px + 14 * scale, py - 3 * scale)], ink, wid)
    return big.resize((w, h), Image.LANCZOS)


def tick(img, x, y, size, rng, ink, style):
    """A cross or check mark in a box at (x, y) with side `size` pixels."""
    j = lambda: rng.uniform(-0.12, 0.12) * size  # noqa: E731
    wdt = max(2, int(size / 6))
    if style == "x":
        _stroke(
            img,
            [
                (x + 0.1 * size + j(), y + 0.1 * size + j()),
                (x + 0.9 * size + j(), y + 0.9 * size + j()),
            ],
            ink,
            wdt,
        )
        _stroke(
            img,
            [
                (x + 0.9 * size + j(), y + 0.1 * size + j()),
                (x + 0.12 * size + j(), y + 0.92 * size + j()),
            ],
            ink,
            wdt,
        )
    elif style == "check":
        _stroke(
            img,
            [
                (x + 0.1 * size, y + 0.5 * size + j()),
                (x + 0.4 * size, y + 0.9 * size),
                (x + 1.15 * size + j(), y - 0.25 * size + j()),
            ],
            ink,
            wdt,
        )
    else:  # filled
        d = ImageDraw.Draw(img)
        d.rectangle((x + 0.2 * size, y + 0.2 * size, x + 0.8 * size, y + 0.8 * size), fill=ink)


def stray(img, x, y, w, h, rng, ink):
    """A dot or a tiny tick somewhere in the signature box."""
    cx, cy = x + w * rng.uniform(0.3, 0.7), y + h * rng.uniform(0.4, 0.75)
    if rng.random() < 0.5:
        r = max(2, int(h * 0.025))
        ImageDraw.Draw(img).ellipse((cx - r, cy - r, cx + r, cy + r), fill=ink)
    else:
        s = h * 0.08
        _stroke(img, [(cx, cy), (cx + s * 0.4, cy + s * 0.5), (cx + s, cy - s * 0.6)], ink, 2)


# -- looks -------------------------------------------------------------------------
def _noise(arr, rng, sigma):
    g = np.random.default_rng(rng.randint(0, 2**31))
    return np.clip(arr + g.normal(0, sigma, arr.shape), 0, 255)


def scan(page, rng, dpi_from, dpi_to):
    """Flatbed scan: grey paper, slight skew, noise."""
    img = page.convert("RGB")
    if dpi_to != dpi_from:
        f = dpi_to / dpi_from
        img = img.resize((int(img.width * f), int(img.height * f)), Image.LANCZOS)
    arr = np.asarray(img).astype(np.float32)
    tint = np.array([rng.uniform(232, 248)] * 3) + np.array([rng.uniform(-3, 3) for _ in "rgb"])
    arr = arr * (tint / 255.0)
    arr = _noise(arr, rng, rng.uniform(2, 5))
    img = Image.fromarray(arr.astype(np.uint8))
    ang = rng.uniform(-1.1, 1.1)
    img = img.rotate(ang, resample=Image.BICUBIC, expand=False, fillcolor=(250, 250, 250))
    if rng.random() < 0.5:
        img = img.filter(ImageFilter.GaussianBlur(rng.uniform(0.3, 0.7)))
    return img


def phone_photo(page, rng):
    """A photo of the sheet on a table: perspective, shadow, colour cast, blur."""
    src = np.asarray(page.convert("RGB")).astype(np.float32)
    ph, pw = src.shape[:2]
    out_w, out_h = (3024, 4032) if rng.random() < 0.7 else (3000, 4000)
    g = np.random.default_rng(rng.randint(0, 2**31))
    base = np.array([rng.uniform(90, 170), rng.uniform(70, 130), rng.uniform(40, 100)])
    table = np.ones((out_h, out_w, 3), np.float32) * base
    grain = cv2.GaussianBlur(g.normal(0, 18, (out_h, out_w)).astype(np.float32), (0, 0), 6)
    table += grain[..., None]
    fill = rng.uniform(0.78, 0.9)
    sw_, sh_ = out_w * fill, out_w * fill * ph / pw
    if sh_ > out_h * 0.93:
        sh_ = out_h * 0.93
        sw_ = sh_ * pw / ph
    cx, cy = out_w / 2 + rng.uniform(-60, 60), out_h / 2 + rng.uniform(-60, 60)
    jit = lambda: rng.uniform(-0.035, 0.035) * sw_  # noqa: E731
    dst = np.float32(
        [
            [cx - sw_ / 2 + jit(), cy - sh_ / 2 + jit()],
            [cx + sw_ / 2 + jit(), cy - sh_ / 2 + jit()],
            [cx + sw_ / 2 + jit(), cy + sh_ / 2 + jit()],
            [cx - sw_ / 2 + jit(), cy + sh_ / 2 + jit()],
        ]
    )
    srcq = np.float32([[0, 0], [pw, 0], [pw, ph], [0, ph]])
    m = cv2.getPerspectiveTransform(srcq, dst)
    warped = cv2.warpPerspective(src, m, (out_w, out_h), flags=cv2.INTER_LINEAR)
    mask = cv2.warpPerspective(np.ones((ph, pw), np.float32), m, (out_w, out_h))
    mask = cv2.GaussianBlur(mask, (0, 0), 1.2)[..., None]
    # drop shadow under the sheet
    sh = cv2.GaussianBlur(np.roll(mask[..., 0], (14, 10), (0, 1)), (0, 0), 12)[..., None]
    table = table * (1 - 0.45 * sh)
    img = warped * mask + table * (1 - mask)
    yy, xx = np.mgrid[0:out_h, 0:out_w].astype(np.float32)
    ang = rng.uniform(0, 6.28)
    grad = np.cos(ang) * xx / out_w + np.sin(ang) * yy / out_h
    light = 1.0 - rng.uniform(0.12, 0.3) * (grad - grad.min()) / (grad.max() - grad.min())
    if rng.random() < 0.5:  # the phone's own shadow
        sx, sy = rng.uniform(0.2, 0.8) * out_w, rng.uniform(0.6, 1.0) * out_h
        d = np.sqrt((xx - sx) ** 2 + (yy - sy) ** 2) / out_w
        light *= 1.0 - 0.25 * np.exp(-((d / 0.22) ** 2))
    cast = np.array([rng.uniform(0.97, 1.06), rng.uniform(0.96, 1.02), rng.uniform(0.86, 0.98)])
    img = img * light[..., None] * cast
    img = cv2.GaussianBlur(img, (0, 0), rng.uniform(0.6, 1.6))
    img = _noise(img, rng, rng.uniform(3, 6))
    out = Image.fromarray(img.astype(np.uint8))
    rot = rng.choice([0, 0, 0, 90, 180, 270])
    if rot:
        out = out.rotate(rot, expand=True)
    return out, rot
