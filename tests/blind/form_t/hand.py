"""Pen-like handwriting on a raster page: solid glyphs from handwriting fonts, one glyph at
a time with jitter in size, baseline, rotation and slant; ticks, crosses, signatures."""

from __future__ import annotations

import math
import unicodedata

from fontTools.ttLib import TTFont
from PIL import Image, ImageDraw, ImageFilter, ImageFont

OT = "/usr/share/fonts/opentype/"
TT = "/usr/share/fonts/truetype/"
HAND_FONTS = {
    "dancing": OT + "dancingscript/DancingScript-Regular.otf",
    "dancing_b": OT + "dancingscript/DancingScript-Bold.otf",
    "kaushan": OT + "kaushanscript/KaushanScript-Regular.otf",
    "breip": TT + "breip/Breip.ttf",
    "dkg": TT + "fifthhorseman/dkg.ttf",
    "dkg_it": TT + "fifthhorseman/dkgIt.ttf",
    "dkg_b": TT + "fifthhorseman/dkgBd.ttf",
    "rufscript": TT + "rufscript/Rufscript010.ttf",
    "humor": TT + "humor-sans/Humor-Sans.ttf",
    "z003": OT + "urw-base35/Z003-MediumItalic.otf",
}
# fonts whose glyphs are joined (cursive): less jitter so the strokes still meet
CURSIVE = {"dancing", "dancing_b", "kaushan", "z003"}
# thin fonts drawn with a small stroke so the line looks like a ballpoint
THIN = {"breip": 1}
FALLBACK = ["kaushan", "dkg", "z003"]
# Breip's digits are too ambiguous (2 like Z): that writer's figures look like dkg's
DIGITS = {"breip": "dkg"}

# writers: (letters font, block-capitals font, signature font)
WRITERS = [
    ("dkg", "dkg_b", "dancing"),
    ("kaushan", "humor", "kaushan"),
    ("breip", "breip", "z003"),
    ("dancing", "rufscript", "dancing_b"),
    ("dkg_it", "humor", "dancing"),
    ("rufscript", "rufscript", "kaushan"),
    ("dancing_b", "dkg_b", "z003"),
    ("kaushan", "dkg_b", "z003"),
    ("breip", "humor", "dkg_it"),
]
INKS = {
    "blue": (22, 44, 150),
    "blue_bic": (30, 60, 170),
    "dark_blue": (20, 30, 95),
    "black": (28, 28, 34),
}

_cmaps: dict[str, set] = {}
_fonts: dict[tuple, ImageFont.FreeTypeFont] = {}


def cmap(name: str) -> set:
    if name not in _cmaps:
        _cmaps[name] = set(TTFont(HAND_FONTS[name]).getBestCmap())
    return _cmaps[name]


def font(name: str, px: int) -> ImageFont.FreeTypeFont:
    key = (name, px)
    if key not in _fonts:
        _fonts[key] = ImageFont.truetype(HAND_FONTS[name], px)
    return _fonts[key]


_ink: dict[tuple, bool] = {}


def has_glyph(name: str, ch: str) -> bool:
    """In the cmap and really drawn (some fonts map accented letters to empty glyphs)."""
    key = (name, ch)
    if key not in _ink:
        ok = ord(ch) in cmap(name)
        if ok and not ch.isspace():
            m = Image.new("L", (120, 120), 0)
            ImageDraw.Draw(m).text((30, 80), ch, font=font(name, 40), fill=255, anchor="ls")
            ok = m.getbbox() is not None
        _ink[key] = ok
    return _ink[key]


def pick_font(name: str, ch: str) -> str:
    if ch.isdigit() and name in DIGITS:
        name = DIGITS[name]
    if has_glyph(name, ch):
        return name
    for alt in FALLBACK:
        if has_glyph(alt, ch):
            return alt
    return name


def normalize(ch: str) -> str:
    return {"’": "'", "‘": "'", "–": "-", "—": "-"}.get(ch, ch)


class Pen:
    """One writer: fonts, ink, size and habits, drawing on an RGB page at a given dpi."""

    def __init__(self, rng, dpi, writer=None, ink=None):
        self.rng = rng
        self.dpi = dpi
        self.letters, self.caps, self.sigfont = writer or rng.choice(WRITERS)
        self.ink = INKS[ink or rng.choice(["blue", "blue", "blue_bic", "black", "dark_blue"])]
        self.slant = rng.uniform(-4, 10)  # degrees, positive leans right
        self.scale = rng.uniform(0.92, 1.12)
        self.press = rng.uniform(0.82, 1.0)

    def pt(self, v):
        return v * self.dpi / 72.0

    def glyph(self, page, ch, fname, px, x, base, rot, shear, alpha):
        """Draw one glyph with its left baseline at (x, base); return its advance."""
        f = font(fname, px)
        adv = f.getlength(ch)
        if ch == " ":
            return adv
        pad = px
        size = (int(adv + 2 * pad), int(2.2 * px + pad))
        mask = Image.new("L", size, 0)
        d = ImageDraw.Draw(mask)
        stroke = THIN.get(fname, 0)
        stroke = stroke if px > 26 else 0
        d.text(
            (pad, int(1.4 * px)),
            ch,
            font=f,
            fill=255,
            anchor="ls",
            stroke_width=stroke,
            stroke_fill=255,
        )
        cx, cy = pad, int(1.4 * px)
        m = math.tan(math.radians(shear))
        # shear around the baseline point, then rotate around it
        mask = mask.transform(size, Image.AFFINE, (1, m, -m * cy, 0, 1, 0), Image.BICUBIC)
        mask = mask.rotate(rot, Image.BICUBIC, center=(cx, cy))
        if alpha < 1:
            mask = mask.point(lambda v: int(v * alpha))
        ox, oy = int(round(x - cx)), int(round(base - cy))
        page.paste(self.ink, (ox, oy), mask)
        return adv

    def write(self, page, x, base, text, size_pt, caps=False, max_w=None, jitter=1.0):
        """Write text from (x, base) in page pixels; return the x reached."""
        rng = self.rng
        fname0 = self.caps if caps else self.letters
        cursive = fname0 in CURSIVE
        px = max(10, int(self.pt(size_pt) * self.scale))
        # shrink to fit
        if max_w:
            est = sum(
                font(pick_font(fname0, normalize(c)), px).getlength(normalize(c)) for c in text
            )
            if est > max_w:
                px = max(10, int(px * max_w / est))
        j = jitter * (0.35 if cursive else 1.0)
        drift = 0.0
        for ch in text:
            ch = normalize(ch)
            fname = pick_font(fname0, ch)
            gpx = int(px * (1 + rng.uniform(-0.07, 0.07) * j))
            drift += rng.uniform(-0.025, 0.025) * px * j
            drift = max(-0.12 * px, min(0.12 * px, drift))
            rot = rng.uniform(-4.0, 4.0) * j
            shear = self.slant + rng.uniform(-3, 3) * j
            alpha = self.press * rng.uniform(0.86, 1.0)
            adv = self.glyph(page, ch, fname, gpx, x, base + drift, rot, shear, alpha)
            x += adv * (1 + rng.uniform(-0.04, 0.06) * j) + (0 if cursive else px * 0.03)
        return x

    def comb(self, page, boxes, text, size_factor=0.78):
        """One capital per box; boxes = [(x, y, s)] in pixels (top-left, side)."""
        rng = self.rng
        for (bx, by, s), ch in zip(boxes, text):
            if ch == " ":
                continue
            ch = normalize(ch)
            fname = pick_font(self.caps, ch)
            px = int(s * size_factor * rng.uniform(0.9, 1.05) * (1.15 if fname == "humor" else 1))
            f = font(fname, px)
            adv = f.getlength(ch)
            x = bx + (s - adv) / 2 + rng.uniform(-0.08, 0.08) * s
            base = by + s * 0.84 + rng.uniform(-0.07, 0.05) * s
            self.glyph(
                page,
                ch,
                fname,
                px,
                x,
                base,
                rng.uniform(-5, 5),
                self.slant * 0.5 + rng.uniform(-3, 3),
                self.press * rng.uniform(0.88, 1),
            )

    # -- strokes ------------------------------------------------------------------------
    def stroke(self, page, pts, width):
        """A ballpoint stroke through points (pixels), drawn supersampled for smooth edges."""
        xs = [p[0] for p in pts]
        ys = [p[1] for p in pts]
        pad = width * 3 + 4
        x0, y0 = int(min(xs) - pad), int(min(ys) - pad)
        w, h = int(max(xs) - x0 + pad), int(max(ys) - y0 + pad)
        ss = 3
        mask = Image.new("L", (w * ss, h * ss), 0)
        d = ImageDraw.Draw(mask)
        sp = [((px - x0) * ss, (py - y0) * ss) for px, py in pts]
        wid = max(1, int(width * ss))
        d.line(sp, fill=int(255 * self.press), width=wid, joint="curve")
        for p in (sp[0], sp[-1]):
            d.ellipse(
                [p[0] - wid / 2, p[1] - wid / 2, p[0] + wid / 2, p[1] + wid / 2],
                fill=int(255 * self.press),
            )
        mask = mask.resize((w, h), Image.LANCZOS)
        page.paste(self.ink, (x0, y0), mask)

    def pen_width(self):
        return max(2.0, self.pt(0.85) * self.rng.uniform(0.85, 1.15))

    def tick(self, page, x, y, s, style=None):
        """A cross or a check mark in the box at (x, y) of side s (pixels)."""
        rng = self.rng
        style = style or rng.choice(["x", "x", "check", "check", "fill"])
        w = self.pen_width()

        def j(v):
            return v + rng.uniform(-0.08, 0.08) * s

        if style == "x":
            over = rng.uniform(0.0, 0.25) * s
            self.stroke(page, [(j(x - over), j(y - over)), (j(x + s + over), j(y + s + over))], w)
            self.stroke(page, [(j(x + s + over), j(y - over)), (j(x - over), j(y + s + over))], w)
        elif style == "check":
            pts = [
                (j(x + 0.1 * s), j(y + 0.5 * s)),
                (j(x + 0.4 * s), j(y + 0.9 * s)),
                (j(x + 0.75 * s), j(y + 0.2 * s)),
                (j(x + 1.2 * s), j(y - 0.35 * s)),
            ]
            self.stroke(page, pts, w)
        else:  # a scribble filling most of the box
            pts = []
            for k in range(6):
                yy = y + s * (0.15 + 0.14 * k)
                pts += [(j(x + 0.15 * s), yy), (j(x + 0.85 * s), yy + 0.05 * s)]
            self.stroke(page, pts, w * 0.8)

    def stray(self, page, x, y, w, h):
        """A dot, a short dash or a tiny tick in the signature box: not a signature."""
        rng = self.rng
        cx = x + w * rng.uniform(0.25, 0.75)
        cy = y + h * rng.uniform(0.35, 0.75)
        kind = rng.choice(["dot", "dash", "tick"])
        pw = self.pen_width()
        if kind == "dot":
            r = pw * rng.uniform(0.8, 1.4)
            d = ImageDraw.Draw(page)
            d.ellipse([cx - r, cy - r, cx + r, cy + r], fill=self.ink)
        elif kind == "dash":
            self.stroke(page, [(cx, cy), (cx + self.pt(6), cy + self.pt(rng.uniform(-1, 1)))], pw)
        else:
            s = self.pt(5)
            self.stroke(page, [(cx, cy), (cx + 0.3 * s, cy + 0.5 * s), (cx + s, cy - 0.5 * s)], pw)
        return kind

    def signature(self, name_parts, width_px, height_px):
        """Return an RGBA image of a handwritten signature (script name and a flourish)."""
        rng = self.rng
        given, surname = name_parts
        style = rng.choice(["full", "initial", "surname", "scribble"])
        if style == "full":
            text = f"{given.split()[0].capitalize()} {surname.split()[0].capitalize()}"
        elif style == "initial":
            text = f"{given[0].upper()}. {surname.split()[0].capitalize()}"
        elif style == "surname":
            text = surname.split()[0].capitalize()
        else:
            text = given[0].upper() + surname[0].lower()
        W, H = int(width_px * 1.1), int(height_px * 1.1)
        img = Image.new("RGBA", (W, H), self.ink + (0,))
        layer = Image.new("RGB", (W, H), (255, 255, 255))
        sig_pen = Pen(rng, self.dpi, (self.sigfont, self.sigfont, self.sigfont))
        sig_pen.ink = (0, 0, 0)
        sig_pen.slant = rng.uniform(8, 22)
        sig_pen.press = 1.0
        px_target = H * rng.uniform(0.36, 0.5)
        x_end = sig_pen.write(
            layer, W * 0.06, H * 0.62, text, px_target * 72 / self.dpi, max_w=W * 0.75, jitter=0.6
        )
        # flourish: a smooth curve under or through the name, sometimes a loop back
        pw = max(2.0, self.pt(1.1))
        n = 40
        x0, x1 = W * rng.uniform(0.04, 0.15), min(W * 0.97, x_end + W * rng.uniform(0.02, 0.15))
        amp = H * rng.uniform(0.05, 0.16)
        yb = H * rng.uniform(0.66, 0.8)
        ph = rng.uniform(0, math.pi)
        pts = [
            (
                x0 + (x1 - x0) * k / n,
                yb + amp * math.sin(ph + 2.2 * math.pi * k / n) - H * 0.1 * k / n,
            )
            for k in range(n + 1)
        ]
        if style == "scribble":
            # a fast garland of narrow, slanted loops after the initials, fading out
            pts = []
            loops = rng.randint(4, 8)
            x_start = x_end - H * 0.05
            span = W * rng.uniform(0.3, 0.5)
            sl = math.tan(math.radians(rng.uniform(10, 30)))
            n = loops * 14
            amps = [rng.uniform(0.6, 1.2) for _ in range(loops + 1)]
            for k in range(n + 1):
                t = k / n
                a = amps[int(t * loops)] * (1 - 0.45 * t) * H * 0.2
                th = 2 * math.pi * loops * t
                yy = -a * (1 - math.cos(th)) / 2
                xx = x_start + span * t - H * 0.05 * math.sin(th) - yy * sl
                pts.append((xx, H * 0.62 + yy))
        sig_pen.stroke(layer, pts, pw)
        if rng.random() < 0.5:
            tx = x1 - W * 0.05
            sig_pen.stroke(layer, [(tx, yb - H * 0.2), (tx + W * 0.06, yb + H * 0.05)], pw)
        alpha = Image.eval(layer.convert("L"), lambda v: 255 - v)
        img.putalpha(alpha.filter(ImageFilter.GaussianBlur(0.4)))
        bbox = alpha.getbbox() or (0, 0, W, H)
        return img.crop(bbox), text, style


def paste_sig(page, sig, x, y, w, h, rng):
    """Paste a signature image into a box (pixels), keeping its aspect ratio."""
    sw, sh = sig.size
    k = min(w * rng.uniform(0.55, 0.85) / sw, h * rng.uniform(0.55, 0.85) / sh)
    sig = sig.resize((max(1, int(sw * k)), max(1, int(sh * k))), Image.LANCZOS)
    ox = int(x + rng.uniform(0.05, 0.95) * (w - sig.width))
    oy = int(y + rng.uniform(0.15, 0.9) * (h - sig.height))
    page.paste(sig.convert("RGB"), (ox, oy), sig.split()[3])


def strip_accents(s: str) -> str:
    out = unicodedata.normalize("NFKD", s)
    return "".join(c for c in out if not unicodedata.combining(c))
