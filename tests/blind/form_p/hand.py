"""Pen-like handwriting: handwriting fonts drawn glyph by glyph with jitter, ticks, signatures."""

from __future__ import annotations

import logging
import math

import numpy as np
from fontTools.ttLib import TTFont as FTFont
from PIL import Image, ImageChops, ImageDraw, ImageFilter, ImageFont

HAND_FONTS = {
    "dancing": "/usr/share/fonts/opentype/dancingscript/DancingScript-Regular.otf",
    "kaushan": "/usr/share/fonts/opentype/kaushanscript/KaushanScript-Regular.otf",
    "comic": "/usr/share/fonts/opentype/comic-neue/ComicNeue-Regular.otf",
    "comic_b": "/usr/share/fonts/opentype/comic-neue/ComicNeue-Bold.otf",
    "ecolier": "/usr/share/fonts/truetype/ecolier-court/Ecolier-court.ttf",
    "dkg": "/usr/share/fonts/truetype/fifthhorseman/dkg.ttf",
    "dkg_it": "/usr/share/fonts/truetype/fifthhorseman/dkgIt.ttf",
    "breip": "/usr/share/fonts/truetype/breip/Breip.ttf",
}
SIG_FONTS = {
    "dancing": HAND_FONTS["dancing"],
    "kaushan": HAND_FONTS["kaushan"],
    "z003": "/usr/share/fonts/opentype/urw-base35/Z003-MediumItalic.otf",
    "dkg_it": HAND_FONTS["dkg_it"],
    "breip": HAND_FONTS["breip"],
}
# print-like capitals (for comb boxes) look best with these
CAPS_FONTS = ["comic", "comic_b", "dkg", "breip", "kaushan", "dancing"]
INKS = {
    "blue": (22, 45, 140),
    "blue2": (30, 60, 170),
    "black": (25, 25, 30),
    "navy": (20, 30, 80),
}

logging.getLogger("fontTools").setLevel(logging.ERROR)
_cmaps: dict[str, set] = {}
_fonts: dict[tuple, ImageFont.FreeTypeFont] = {}


def covers(key: str, text: str, table=HAND_FONTS) -> bool:
    path = table[key]
    if path not in _cmaps:
        _cmaps[path] = set(FTFont(path).getBestCmap())
    return all(ord(c) in _cmaps[path] or c == " " for c in text)


def _font(path: str, size: int) -> ImageFont.FreeTypeFont:
    k = (path, size)
    if k not in _fonts:
        _fonts[k] = ImageFont.truetype(path, size)
    return _fonts[k]


class Pen:
    """One writer: a font, a size, a slant, an ink, a hand that wobbles."""

    def __init__(self, rng, font_key: str, px_per_pt: float, size_pt: float, ink: str,
                 slant: float, jitter: float = 1.0, weight: int = 0):  # fmt: skip
        self.rng = rng
        self.key = font_key
        self.path = HAND_FONTS.get(font_key) or SIG_FONTS[font_key]
        self.k = px_per_pt
        self.size_pt = size_pt
        self.ink = INKS[ink]
        self.slant = slant
        self.jitter = jitter
        self.weight = weight
        if font_key == "ecolier":  # a thin school cursive: write it larger, with a wider pen
            self.size_pt = size_pt * 1.3
            self.weight = 1

    def word_mask(self, text: str, size_pt: float | None = None) -> tuple[Image.Image, int]:
        """Grey mask (L) of the text and the baseline row in it."""
        rng = self.rng
        size = (size_pt or self.size_pt) * self.k
        pad = int(size * 0.8)
        est = int(len(text) * 1.05 * size) + 2 * pad
        canvas = Image.new("L", (est + pad, int(size * 2.2) + 2 * pad), 0)
        base = pad + int(size * 1.1)
        x = float(pad)
        drift = 0.0
        for ch in text:
            if ch == " ":
                x += size * rng.uniform(0.25, 0.42)
                continue
            s = max(
                6, int(round(size * rng.uniform(1 - 0.06 * self.jitter, 1 + 0.06 * self.jitter)))
            )
            f = _font(self.path, s)
            asc, _ = f.getmetrics()
            l, t, r, b = f.getbbox(ch)
            gw, gh = max(1, r - l + 4), max(1, b - t + 4)
            g = Image.new("L", (gw, gh), 0)
            ImageDraw.Draw(g).text((2 - l, 2 - t), ch, font=f, fill=255)
            ang = rng.uniform(-3.5, 3.5) * self.jitter
            g = g.rotate(ang, resample=Image.BICUBIC, expand=True)
            drift += rng.uniform(-0.02, 0.02) * size * self.jitter
            drift = max(-0.08 * size, min(0.08 * size, drift))
            dy = base - asc + t - 2 + drift + rng.uniform(-0.03, 0.03) * size * self.jitter
            canvas.paste(
                ImageChops.lighter(canvas.crop((int(x + l), int(dy), int(x + l) + g.width,
                                                int(dy) + g.height)), g),
                (int(x + l), int(dy)),
            )  # fmt: skip
            adv = f.getlength(ch)
            x += adv * rng.uniform(0.93, 1.07) + size * rng.uniform(-0.01, 0.04)
        bbox = canvas.getbbox() or (0, 0, 2, 2)
        canvas = canvas.crop((0, 0, min(canvas.width, int(x) + pad), canvas.height))
        if self.slant:
            sh = math.tan(math.radians(self.slant))
            w0, h0 = canvas.size
            extra = int(abs(sh) * h0) + 2
            canvas = canvas.transform(
                (w0 + extra, h0), Image.AFFINE,
                (1, sh, -extra if sh > 0 else 0, 0, 1, 0), resample=Image.BICUBIC,
            )  # fmt: skip
        if self.weight > 0:
            canvas = canvas.filter(ImageFilter.MaxFilter(3))
        bbox = canvas.getbbox() or (0, 0, 2, 2)
        top = bbox[1]
        canvas = canvas.crop((bbox[0], top, bbox[2], bbox[3]))
        return canvas, base - top

    def ink_on(self, page: Image.Image, mask: Image.Image, x: int, y: int):
        """Lay ink through the mask onto the page (RGB) at pixel x, y."""
        rng = self.rng
        m = np.asarray(mask, dtype=np.float32) / 255.0
        m = np.clip(m * rng.uniform(0.82, 1.0), 0, 1)
        noise = np.asarray(
            Image.effect_noise(mask.size, 40).filter(ImageFilter.GaussianBlur(0.8)), np.float32
        )[: m.shape[0], : m.shape[1]]
        m = np.clip(m * (0.8 + 0.2 * noise / 255.0 + 0.1), 0, 1)
        x0, y0 = max(0, x), max(0, y)
        x1, y1 = min(page.width, x + mask.width), min(page.height, y + mask.height)
        if x1 <= x0 or y1 <= y0:
            return
        m = m[y0 - y : y1 - y, x0 - x : x1 - x, None]
        region = np.asarray(page.crop((x0, y0, x1, y1)), np.float32)
        ink = np.array(self.ink, np.float32)[None, None, :]
        out = region * (1 - m) + np.minimum(region, ink) * m
        page.paste(Image.fromarray(out.astype(np.uint8)), (x0, y0))

    def write(self, page, text, x_pt, y_base_pt, max_w_pt=None, size_pt=None):
        """Write text with its baseline at y_base_pt, starting at x_pt (points)."""
        mask, base = self.word_mask(text, size_pt)
        if max_w_pt and mask.width > max_w_pt * self.k:
            r = max_w_pt * self.k / mask.width
            mask = mask.resize((int(mask.width * r), max(1, int(mask.height * r))), Image.LANCZOS)
            base = int(base * r)
        self.ink_on(page, mask, int(x_pt * self.k), int(y_base_pt * self.k) - base)

    def write_in_box(self, page, ch, box):
        """One capital centred (roughly) in one comb cell."""
        x, y, w, h = box
        mask, _ = self.word_mask(ch, min(self.size_pt, h * 0.78))
        cx = (x + w / 2) * self.k - mask.width / 2 + self.rng.uniform(-1.2, 1.2) * self.k
        cy = (y + h * 0.55) * self.k - mask.height / 2 + self.rng.uniform(-1.0, 1.2) * self.k
        self.ink_on(page, mask, int(cx), int(cy))

    def stroke(self, page, pts, width_px):
        """A polyline pen stroke (pixel coordinates)."""
        x0 = int(min(p[0] for p in pts)) - 8
        y0 = int(min(p[1] for p in pts)) - 8
        x1 = int(max(p[0] for p in pts)) + 8
        y1 = int(max(p[1] for p in pts)) + 8
        m = Image.new("L", (max(2, x1 - x0), max(2, y1 - y0)), 0)
        d = ImageDraw.Draw(m)
        loc = [(p[0] - x0, p[1] - y0) for p in pts]
        d.line(loc, fill=255, width=max(1, int(round(width_px))), joint="curve")
        m = m.filter(ImageFilter.GaussianBlur(0.6))
        self.ink_on(page, m, x0, y0)

    def tick(self, page, box, style: str):
        rng = self.rng
        x, y, w, h = (v * self.k for v in box)
        wd = self.k * rng.uniform(0.9, 1.3)
        if style == "cross":
            o = rng.uniform(-0.1, 0.25)
            self.stroke(page, [(x - o * w, y - o * h), (x + w * (1 + o), y + h * (1 + o))], wd)
            o2 = rng.uniform(-0.1, 0.25)
            self.stroke(page, [(x + w * (1 + o2), y - o2 * h), (x - o2 * w, y + h * (1 + o2))], wd)
        else:  # check mark
            pts = [
                (x + w * 0.05, y + h * rng.uniform(0.45, 0.6)),
                (x + w * 0.38, y + h * rng.uniform(0.9, 1.05)),
                (x + w * rng.uniform(1.05, 1.35), y - h * rng.uniform(0.2, 0.6)),
            ]
            self.stroke(page, pts, wd)

    def dot(self, page, x_pt, y_pt):
        r = self.k * self.rng.uniform(0.7, 1.4)
        m = Image.new("L", (int(4 * r) + 4, int(4 * r) + 4), 0)
        ImageDraw.Draw(m).ellipse((r, r, 3 * r, 2.6 * r), fill=255)
        self.ink_on(page, m.filter(ImageFilter.GaussianBlur(0.5)), int(x_pt * self.k),
                    int(y_pt * self.k))  # fmt: skip


def signature_mask(rng, name_text: str, font_key: str, px: int) -> Image.Image:
    """A signature: script name, slanted, with a flourish. Returns an L mask."""
    pen = Pen(rng, font_key, 1.0, px, "blue", rng.uniform(-4, 14), jitter=1.4)
    m, base = pen.word_mask(name_text)
    w, h = m.size
    big = Image.new("L", (w + px * 2, h + px), 0)
    big.paste(m, (px // 2, px // 4))
    d = ImageDraw.Draw(big)
    kind = rng.choice(["under", "loop", "strike", "under", "none"])
    lw = max(2, px // 14)
    if kind in ("under", "loop"):
        y = px // 4 + base + rng.randint(2, px // 5)
        pts = []
        n = 24
        for i in range(n + 1):
            t = i / n
            xx = px // 3 + t * (w + px * rng.uniform(0.4, 1.0))
            yy = y + math.sin(t * math.pi * rng.uniform(0.8, 1.3)) * px * 0.12 - t * px * 0.25
            pts.append((xx, yy))
        if kind == "loop":
            cx, cy = pts[-1]
            for i in range(14):
                a = i / 13 * math.pi * 1.6
                pts.append((cx - px * 0.3 + math.cos(a) * px * 0.3, cy - math.sin(a) * px * 0.25))
        d.line(pts, fill=255, width=lw, joint="curve")
    elif kind == "strike":
        y = px // 4 + base - px // 3
        d.line([(px // 4, y + px // 6), (w + px, y - px // 5)], fill=255, width=lw)
    big = big.filter(ImageFilter.GaussianBlur(0.7))
    return big.crop(big.getbbox() or (0, 0, 2, 2))


def signature_text(rng, given: str, surname: str) -> str:
    g = given.split()[0].replace("-", " ").split()[0].capitalize()
    s = surname.split()[0].replace("'", "").capitalize()
    style = rng.choice(["full", "init", "surname", "init", "given_init"])
    if style == "full":
        return f"{g} {s}"
    if style == "init":
        return f"{g[0]}. {s}"
    if style == "surname":
        return s
    return f"{g} {s[0]}."


def paste_signature(rng, page, pen_k: float, box, sig: Image.Image, ink):
    """Fit a signature mask into the box (points) on the page raster."""
    x, y, w, h = box
    bw, bh = w * pen_k, h * pen_k
    scale = min(bw * rng.uniform(0.45, 0.8) / sig.width, bh * rng.uniform(0.45, 0.75) / sig.height)
    m = sig.resize((max(2, int(sig.width * scale)), max(2, int(sig.height * scale))), Image.LANCZOS)
    px = int(x * pen_k + rng.uniform(0.08, 0.95) * (bw - m.width))
    py = int(y * pen_k + rng.uniform(0.15, 0.9) * (bh - m.height))
    if rng.random() < 0.2:  # spills over the frame
        py += int(bh * 0.2)
    pen = Pen(rng, "dancing", pen_k, 10, ink, 0)
    pen.ink_on(page, m, px, py)


def signature_rgba(sig: Image.Image, ink) -> Image.Image:
    """A signature as a transparent PNG (what Fill & Sign pastes)."""
    rgba = Image.new("RGBA", sig.size, (*INKS[ink], 0))
    rgba.putalpha(sig.point(lambda v: min(255, int(v * 1.05))))
    return rgba
