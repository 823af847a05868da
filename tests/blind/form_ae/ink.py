"""Pen strokes drawn on page rasters: handwriting fonts with per-glyph jitter, ticks,
signatures (script name plus flourish) and stray marks."""

import unicodedata

from fontTools.ttLib import TTFont as FTFont
from layouts import PAGE_H
from PIL import Image, ImageDraw, ImageFilter, ImageFont

F = "/usr/share/fonts/"
HAND_FONTS = {
    "ecolier": (F + "truetype/ecolier-court/Ecolier-court.ttf", "print", 1.15),
    "femke": (F + "truetype/femkeklaver/femkeklaver.ttf", "print", 1.0),
    "dkg": (F + "truetype/fifthhorseman/dkg.ttf", "print", 1.0),
    "humor": (F + "truetype/humor-sans/Humor-Sans.ttf", "print", 0.95),
    "breip": (F + "truetype/breip/Breip.ttf", "print", 1.15),
    "comic": (F + "opentype/comic-neue/ComicNeue-Regular.otf", "print", 1.0),
    "ruf": (F + "truetype/rufscript/Rufscript010.ttf", "print", 0.9),
    "kaushan": (F + "opentype/kaushanscript/KaushanScript-Regular.otf", "script", 1.0),
    "dancing": (F + "opentype/dancingscript/DancingScript-Regular.otf", "script", 1.2),
}
SIG_FONTS = [
    F + "opentype/dancingscript/DancingScript-Bold.otf",
    F + "opentype/kaushanscript/KaushanScript-Regular.otf",
    F + "opentype/urw-base35/Z003-MediumItalic.otf",
    F + "truetype/fifthhorseman/dkgBI.ttf",
]
INKS = {
    "blue": (22, 38, 140),
    "darkblue": (15, 25, 85),
    "black": (25, 25, 30),
    "bic": (30, 55, 160),
}

_CMAPS = {}


def _cmap(path):
    if path not in _CMAPS:
        _CMAPS[path] = set(FTFont(path, fontNumber=0).getBestCmap())
    return _CMAPS[path]


def strip_accents(s):
    out = []
    for ch in s:
        d = unicodedata.normalize("NFD", ch)
        out.append("".join(c for c in d if unicodedata.category(c) != "Mn"))
    return "".join(out)


class Pen:
    def __init__(self, rng, font, k, ink="blue", size_pt=11.0, slant=None, keep_accents=True):
        self.rng = rng
        self.path, self.kind, self.scale = HAND_FONTS[font]
        self.all_caps = font == "humor"  # its lower case looks like capitals
        self.k = k  # pixels per point
        self.ink = INKS[ink]
        self.size_pt = size_pt * self.scale
        self.slant = slant if slant is not None else rng.uniform(-0.05, 0.22)
        self.keep_accents = keep_accents
        self.cmap = _cmap(self.path)
        self._fonts = {}

    def font(self, px):
        px = max(6, int(round(px)))
        if px not in self._fonts:
            self._fonts[px] = ImageFont.truetype(self.path, px)
        return self._fonts[px]

    def clean(self, text):
        """Return the text as this writer puts it on paper (accents kept or dropped)."""
        if self.all_caps:
            text = text.upper()
        if not self.keep_accents:
            text = strip_accents(text)
        out = []
        for ch in text:
            if ord(ch) in self.cmap or ch == " ":
                out.append(ch)
            else:
                out.append(strip_accents(ch))
        return "".join(out)

    def _stamp(self, img, mask, x, y, angle, cx, cy):
        """Paste mask (origin cx, cy at baseline point) at pixel x, y with rotation/shear."""
        w, h = mask.size
        sh = self.slant
        mask = mask.transform(
            (w, h), Image.AFFINE, (1, sh, -sh * cy, 0, 1, 0), resample=Image.BICUBIC
        )
        if abs(angle) > 0.05:
            mask = mask.rotate(angle, resample=Image.BICUBIC, center=(cx, cy))
        mask = mask.filter(ImageFilter.GaussianBlur(0.35 * self.k / 3))
        press = self.rng.uniform(0.78, 1.0)
        mask = mask.point(lambda v: int(v * press))
        col = tuple(max(0, min(255, c + self.rng.randint(-8, 8))) for c in self.ink)
        img.paste(col, (int(round(x - cx)), int(round(y - cy))), mask)

    def _mask(self, text, px):
        f = self.font(px)
        L, T, R, B = f.getbbox(text, anchor="ls")
        pad = int(px * 0.4) + 4
        w, h = int(R - L) + 2 * pad, int(B - T) + 2 * pad
        m = Image.new("L", (max(w, 4), max(h, 4)), 0)
        ImageDraw.Draw(m).text((pad - L, pad - T), text, font=f, fill=255, anchor="ls")
        return m, pad - L, pad - T

    def width_pt(self, text, size_pt=None):
        px = (size_pt or self.size_pt) * self.k
        return self.font(px).getlength(text) / self.k

    def write(self, img, x_pt, y_pt, text, size_pt=None, max_w=None):
        """Write text with baseline at (x_pt, y_pt) in page points. Returns text written."""
        text = self.clean(text)
        size = size_pt or self.size_pt
        if max_w and self.width_pt(text, size) > max_w:
            size *= max_w / self.width_pt(text, size) * 0.97
        rng = self.rng
        x = x_pt * self.k
        y = (PAGE_H - y_pt) * self.k
        drift = rng.uniform(-0.03, 0.03)
        px = size * self.k
        f = self.font(px)
        if self.kind == "script":
            for word in text.split(" "):
                if word:
                    m, cx, cy = self._mask(word, px * rng.uniform(0.96, 1.04))
                    self._stamp(
                        img,
                        m,
                        x,
                        y + rng.uniform(-1, 1) * self.k * 0.5,
                        rng.uniform(-2.5, 2.5),
                        cx,
                        cy,
                    )
                    x += f.getlength(word) * rng.uniform(0.98, 1.05)
                x += f.getlength(" ") * rng.uniform(0.9, 1.4)
                y += drift * f.getlength(word or " ")
            return text
        for ch in text:
            adv = f.getlength(ch)
            if ch != " ":
                m, cx, cy = self._mask(ch, px * rng.uniform(0.92, 1.08))
                self._stamp(img, m, x, y + rng.gauss(0, 0.35) * self.k, rng.gauss(0, 2.5), cx, cy)
            x += adv * rng.uniform(0.97, 1.1) + rng.uniform(0, 0.4) * self.k
            y += drift * adv
        return text

    def write_comb(self, img, slot, text):
        """One capital per cell, roughly centred, with jitter."""
        text = self.clean(text)
        rng = self.rng
        cw, h = slot["cw"], slot["h"]
        size = min(h * 0.95, cw * 1.25) * rng.uniform(0.9, 1.0)
        for i, ch in enumerate(text[: slot["n"]]):
            if ch == " ":
                continue
            px = size * self.k * rng.uniform(0.9, 1.05)
            m, cx, cy = self._mask(ch, px)
            gw = self.font(px).getlength(ch) / self.k
            xp = slot["x"] + i * cw + (cw - gw) / 2 + rng.gauss(0, 0.5)
            yp = slot["y"] + h * 0.18 + rng.gauss(0, 0.4)
            self._stamp(img, m, xp * self.k, (PAGE_H - yp) * self.k, rng.gauss(0, 3), cx, cy)
        return text

    def stroke(self, img, pts_pt, width=1.3):
        d = ImageDraw.Draw(img)
        pts = [(x * self.k, (PAGE_H - y) * self.k) for x, y in pts_pt]
        d.line(pts, fill=self.ink, width=max(1, int(round(width * self.k / 2.2))), joint="curve")

    def tick(self, img, slot, style="x"):
        r = self.rng
        x, y, s = slot["x"], slot["y"], slot["w"]
        j = lambda: r.uniform(-1.2, 1.2)  # noqa: E731
        if style == "x":
            self.stroke(
                img, [(x + j(), y + s + j()), (x + s / 2, y + s / 2 + j()), (x + s + j(), y + j())]
            )
            self.stroke(img, [(x + j(), y + j()), (x + s + j(), y + s + j())])
        else:
            self.stroke(
                img,
                [
                    (x + 1 + j(), y + s * 0.5 + j()),
                    (x + s * 0.4, y + 1 + j() / 2),
                    (x + s * 1.3 + j(), y + s * 1.5 + j()),
                ],
            )


def bezier(p0, p1, p2, p3, n=40):
    pts = []
    for i in range(n + 1):
        t = i / n
        a, b, c, d = (1 - t) ** 3, 3 * t * (1 - t) ** 2, 3 * t * t * (1 - t), t**3
        pts.append(
            (
                a * p0[0] + b * p1[0] + c * p2[0] + d * p3[0],
                a * p0[1] + b * p1[1] + c * p2[1] + d * p3[1],
            )
        )
    return pts


def signature_image(rng, name, w_px, h_px, ink="blue"):
    """A handwritten signature on a transparent RGBA image."""
    col = INKS[ink]
    font = ImageFont.truetype(rng.choice(SIG_FONTS), int(h_px * rng.uniform(0.38, 0.5)))
    big = Image.new("L", (w_px * 2, h_px * 2), 0)
    d = ImageDraw.Draw(big)
    x0, y0 = w_px * 0.5 + rng.uniform(0, w_px * 0.15), h_px * 1.1
    d.text((x0, y0), name, font=font, fill=255, anchor="ls")
    tw = font.getlength(name)
    lw = max(2, int(h_px / 45))
    style = rng.randint(0, 2)
    if style == 0:  # underline loop back to the left
        pts = bezier(
            (x0 + tw, y0 - h_px * 0.05),
            (x0 + tw + h_px * 0.3, y0 + h_px * 0.25),
            (x0 - h_px * 0.2, y0 + h_px * 0.05),
            (x0 + tw * 0.2, y0 + h_px * 0.18),
        )
    elif style == 1:  # rising stroke through the end
        pts = bezier(
            (x0 + tw * 0.1, y0 + h_px * 0.12),
            (x0 + tw * 0.5, y0 + h_px * 0.2),
            (x0 + tw * 0.9, y0 - h_px * 0.1),
            (x0 + tw * 1.15, y0 - h_px * 0.35),
        )
    else:  # zigzag paraph
        pts = [(x0 + tw * 0.05, y0 + h_px * 0.1)]
        for i in range(1, 6):
            pts.append((x0 + tw * (0.05 + 0.2 * i), y0 + h_px * (0.1 + 0.08 * (-1) ** i)))
    d.line(pts, fill=255, width=lw, joint="curve")
    big = big.rotate(rng.uniform(-9, 6), resample=Image.BICUBIC, center=(w_px, h_px))
    box = big.getbbox() or (0, 0, 4, 4)
    big = big.crop(box).filter(ImageFilter.GaussianBlur(0.6))
    scale = min(w_px * 0.9 / big.width, h_px * 0.85 / big.height, 1.0)
    big = big.resize((max(1, int(big.width * scale)), max(1, int(big.height * scale))))
    out = Image.new("RGBA", (w_px, h_px), col + (0,))
    ox = int(rng.uniform(0.02, 1.0) * (w_px - big.width))
    oy = int(rng.uniform(0.2, 0.9) * (h_px - big.height))
    alpha = Image.new("L", (w_px, h_px), 0)
    alpha.paste(big, (ox, oy))
    out.putalpha(alpha)
    return out


def paste_signature(img, rng, slot, k, name, ink="blue"):
    w_px, h_px = int(slot["w"] * k), int(slot["h"] * k)
    sig = signature_image(rng, name, w_px, h_px, ink)
    x = int(slot["x"] * k)
    y = int((PAGE_H - slot["y"] - slot["h"]) * k)
    img.paste(sig.convert("RGB"), (x, y), sig.getchannel("A"))


def stray_mark(img, rng, slot, k, ink="blue"):
    d = ImageDraw.Draw(img)
    cx = (slot["x"] + slot["w"] * rng.uniform(0.3, 0.8)) * k
    cy = (PAGE_H - slot["y"] - slot["h"] * rng.uniform(0.3, 0.7)) * k
    col = INKS[ink]
    if rng.random() < 0.5:
        r = k * rng.uniform(0.7, 1.1)
        d.ellipse((cx - r, cy - r, cx + r, cy + r), fill=col)
    else:
        s = k * 4
        d.line(
            [(cx, cy), (cx + s * 0.4, cy + s * 0.5), (cx + s, cy - s * 0.6)],
            fill=col,
            width=max(1, int(k * 0.6)),
        )
