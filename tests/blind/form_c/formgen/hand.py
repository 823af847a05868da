"""Simulated handwriting on a raster page (Pillow): letters, comb capitals, ticks,
crosses, signatures, stray dots and marks.  Every random choice comes from the
`random.Random` given by the caller, so the result is reproducible."""

import math

from PIL import Image, ImageDraw

from . import fonts

SS = 3  # supersampling factor for strokes

INKS = {
    "blue": (22, 42, 140),
    "darkblue": (18, 28, 95),
    "black": (28, 28, 34),
    "bic": (30, 55, 160),
}


def catmull_rom(points, n=8):
    """Dense polyline through control points (list of (x, y))."""
    if len(points) < 3:
        return list(points)
    pts = [points[0]] + list(points) + [points[-1]]
    out = []
    for i in range(1, len(pts) - 2):
        p0, p1, p2, p3 = pts[i - 1], pts[i], pts[i + 1], pts[i + 2]
        for k in range(n):
            t = k / n
            t2, t3 = t * t, t * t * t
            x = 0.5 * (
                (2 * p1[0])
                + (-p0[0] + p2[0]) * t
                + (2 * p0[0] - 5 * p1[0] + 4 * p2[0] - p3[0]) * t2
                + (-p0[0] + 3 * p1[0] - 3 * p2[0] + p3[0]) * t3
            )
            y = 0.5 * (
                (2 * p1[1])
                + (-p0[1] + p2[1]) * t
                + (2 * p0[1] - 5 * p1[1] + 4 * p2[1] - p3[1]) * t2
                + (-p0[1] + 3 * p1[1] - 3 * p2[1] + p3[1]) * t3
            )
            out.append((x, y))
    out.append(points[-1])
    return out


# ---------------------------------------------------------------------------
# signature shapes, in a unit box (x right, y down, roughly within [0,1]x[0,1])


def sig_strokes(rng, style):
    strokes = []
    if style == "loops":
        n = rng.randint(4, 7)
        a = rng.uniform(0.55, 0.8)
        b = rng.uniform(0.9, 1.4)
        pts = []
        steps = n * 16
        for i in range(steps + 1):
            t = i / steps * n * 2 * math.pi
            amp = b * (0.6 + 0.4 * math.sin(t / (n * 2) * math.pi + rng.uniform(-0.05, 0.05)))
            x = a * t - amp * math.sin(t)
            y = -amp * math.cos(t) * rng.uniform(0.93, 1.07)
            pts.append((x, y))
        xs = [p[0] for p in pts]
        ys = [p[1] for p in pts]
        x0, x1, y0, y1 = min(xs), max(xs), min(ys), max(ys)
        tilt = rng.uniform(-0.12, 0.05)
        pts = [
            (
                (p[0] - x0) / (x1 - x0) * 0.85,
                0.15 + (p[1] - y0) / (y1 - y0) * 0.55 + tilt * (p[0] - x0) / (x1 - x0),
            )
            for p in pts
        ]
        strokes.append(pts)
        # final underline swoosh
        y = rng.uniform(0.72, 0.85)
        strokes.append(
            catmull_rom(
                [(0.9, 0.45), (0.97, 0.62), (0.7, y), (0.25, y + 0.05), (0.02, y - 0.02)], 10
            )
        )
    elif style == "zigzag":
        n = rng.randint(6, 10)
        ctrl = [(0.02, 0.6)]
        for i in range(n):
            x = 0.05 + 0.8 * (i + 0.5) / n
            ctrl.append((x, rng.uniform(0.05, 0.3) if i % 2 == 0 else rng.uniform(0.55, 0.75)))
        ctrl.append((0.92, 0.35))
        strokes.append(catmull_rom(ctrl, 5))
        strokes.append(
            catmull_rom(
                [(0.96, 0.3), (0.8, 0.8), (0.45, 0.88), (0.1, 0.8), (0.2, 0.7), (0.5, 0.72)], 10
            )
        )
    elif style == "spiral":
        # a big leading capital loop, then a small wave, then a flourish
        pts = []
        for i in range(40):
            t = i / 39 * 2.2 * math.pi
            pts.append(
                (0.18 + 0.14 * math.sin(t) + 0.02 * t, 0.45 - 0.35 * math.cos(t) * (1 - 0.08 * t))
            )
        strokes.append(pts)
        ctrl = [pts[-1]]
        x = pts[-1][0]
        k = rng.randint(5, 9)
        for i in range(k):
            x += rng.uniform(0.06, 0.1)
            ctrl.append((x, 0.62 + (0.1 if i % 2 else -0.12) * rng.uniform(0.6, 1.3)))
        ctrl.append((x + 0.08, 0.3))
        ctrl.append((x + 0.02, 0.85))
        strokes.append(catmull_rom(ctrl, 8))
        strokes.append([(0.05, 0.9), (0.5, 0.84), (0.95, 0.8)])
    else:  # "scribble": wide connected arches, and a dot
        ctrl = []
        n = rng.randint(5, 8)
        for i in range(n * 2 + 1):
            x = 0.04 + 0.84 * i / (n * 2)
            y = 0.3 if i % 2 else 0.7
            ctrl.append((x + rng.uniform(-0.02, 0.02), y + rng.uniform(-0.12, 0.12)))
        strokes.append(catmull_rom(ctrl, 7))
        strokes.append(catmull_rom([(0.1, 0.85), (0.5, 0.78), (0.9, 0.9)], 8))
        strokes.append([(0.93, 0.2), (0.935, 0.21)])
    # wobble
    out = []
    for s in strokes:
        out.append([(x + rng.uniform(-0.004, 0.004), y + rng.uniform(-0.006, 0.006)) for x, y in s])
    return out


class Hand:
    """One writer: a font, an ink, a size habit and a shaky hand."""

    def __init__(
        self,
        rng,
        font_key="dkg",
        ink="blue",
        px_per_pt=200 / 72,
        size=1.0,
        shake=1.0,
        caps_only=True,
        pen=1.0,
    ):
        self.rng = rng
        self.font_key = font_key
        self.ink = INKS.get(ink, ink) if isinstance(ink, str) else ink
        self.k = px_per_pt
        self.size = size
        self.shake = shake
        self.pen = pen

    # -- helpers --------------------------------------------------------------
    def px(self, v):
        return v * self.k

    def _paste(self, img, mask, x, y, strength=1.0):
        if strength < 0.999:
            mask = mask.point(lambda v: int(v * strength))
        img.paste(self.ink, (int(round(x)), int(round(y))), mask)

    def stroke(self, img, pts_px, width_px, strength=1.0):
        """Antialiased polyline in page pixels."""
        xs = [p[0] for p in pts_px]
        ys = [p[1] for p in pts_px]
        pad = width_px * 2 + 2
        x0, y0 = min(xs) - pad, min(ys) - pad
        w = int(max(xs) - x0 + pad) + 1
        h = int(max(ys) - y0 + pad) + 1
        m = Image.new("L", (w * SS, h * SS), 0)
        d = ImageDraw.Draw(m)
        pts = [((x - x0) * SS, (y - y0) * SS) for x, y in pts_px]
        lw = max(1, int(round(width_px * SS)))
        d.line(pts, fill=255, width=lw, joint="curve")
        r = lw / 2
        for px_, py_ in (pts[0], pts[-1]):
            d.ellipse((px_ - r, py_ - r, px_ + r, py_ + r), fill=255)
        m = m.resize((w, h), Image.LANCZOS)
        self._paste(img, m, x0, y0, strength)

    # -- letters ----------------------------------------------------------------
    def glyph_font(self, size_px):
        return fonts.pil_hand(self.font_key, max(6, int(size_px)))

    def write(self, img, x, base, text, size_px, max_w=None):
        """Write text starting at page pixel x, baseline base. Returns end x."""
        rng = self.rng
        f = self.glyph_font(size_px)
        total = f.getlength(text) * 1.06
        if max_w and total > max_w:
            size_px = size_px * max_w / total
            f = self.glyph_font(size_px)
        drift = 0.0
        slope = rng.uniform(-0.012, 0.012) * self.shake
        cx = x
        for ch in text:
            adv = f.getlength(ch)
            if ch != " ":
                drift += rng.uniform(-0.05, 0.05) * size_px * 0.12 * self.shake
                drift = max(-size_px * 0.08, min(size_px * 0.08, drift))
                self.glyph(
                    img,
                    ch,
                    f,
                    cx,
                    base + drift + slope * (cx - x),
                    rng.uniform(-4, 4) * self.shake,
                    rng.uniform(0.82, 1.0),
                )
            cx += adv * rng.uniform(0.97, 1.08) + size_px * 0.015
        return cx

    def glyph(self, img, ch, f, x, base, angle, strength):
        asc, desc = f.getmetrics()
        pad = 4
        w = int(f.getlength(ch)) + 2 * pad + int(asc * 0.4)
        h = asc + desc + 2 * pad
        m = Image.new("L", (w, h), 0)
        d = ImageDraw.Draw(m)
        sw = 1 if self.pen > 1.25 else 0
        d.text(
            (pad, pad + asc), ch, font=f, fill=255, anchor="ls", stroke_width=sw, stroke_fill=255
        )
        if abs(angle) > 0.3:
            m2 = m.rotate(angle, resample=Image.BICUBIC, expand=True)
            ox = (m2.width - w) / 2
            oy = (m2.height - h) / 2
            m = m2
        else:
            ox = oy = 0
        self._paste(img, m, x - pad - ox, base - pad - asc - oy, strength)

    # -- fields -------------------------------------------------------------------
    def in_rect(self, img, rect, text, style="box", align="left", scale=1.0):
        x, y, w, h = rect
        rng = self.rng
        size = self.px(min(h, 15) * 0.95 * self.size * scale * rng.uniform(0.94, 1.06))
        if style == "line":
            base = self.px(y + h) - self.px(2.2) + rng.uniform(-1, 1) * self.k * 0.6
        else:
            base = self.px(y + h) - self.px(h * 0.2) + rng.uniform(-0.8, 0.8) * self.k * 0.6
        x0 = self.px(x + 3 + rng.uniform(0, 8))
        maxw = self.px(w - 5) - (x0 - self.px(x))
        if align == "center":
            f = self.glyph_font(size)
            tw = min(f.getlength(text) * 1.03, maxw)
            x0 = self.px(x + w / 2) - tw / 2
        return self.write(img, x0, base, text, size, maxw)

    def in_cells(self, img, cells, text):
        rng = self.rng
        for (x, y, w, h), ch in zip(cells, text):
            if ch == " ":
                continue
            size = self.px(h * 0.92 * self.size * rng.uniform(0.92, 1.05))
            f = self.glyph_font(size)
            cw = f.getlength(ch)
            if cw > self.px(w) * 0.82:
                size = size * self.px(w) * 0.82 / cw
                f = self.glyph_font(size)
                cw = f.getlength(ch)
            cx = self.px(x + w / 2) - cw / 2 + rng.uniform(-0.9, 0.9) * self.k
            base = self.px(y + h) - self.px(h * 0.16) + rng.uniform(-0.9, 0.7) * self.k
            self.glyph(
                img, ch, f, cx, base, rng.uniform(-5, 5) * self.shake, rng.uniform(0.85, 1.0)
            )

    def mark(self, img, rect, kind="x", off=(0.0, 0.0), size=1.0):
        """A tick or a cross in a check box; off in box sizes (may land partly outside)."""
        rng = self.rng
        x, y, w, h = rect
        s = w * size * rng.uniform(0.95, 1.2)
        cx = x + w / 2 + off[0] * w
        cy = y + h / 2 + off[1] * h
        lw = self.px(0.9) * self.pen * rng.uniform(0.9, 1.15)
        P = lambda a, b: (self.px(cx + a * s), self.px(cy + b * s))
        j = lambda: rng.uniform(-0.06, 0.06)
        if kind == "x":
            self.stroke(
                img,
                catmull_rom(
                    [P(-0.5 + j(), -0.5 + j()), P(j() * 0.5, j() * 0.5), P(0.5 + j(), 0.55 + j())],
                    6,
                ),
                lw,
            )
            self.stroke(
                img,
                catmull_rom(
                    [P(0.5 + j(), -0.55 + j()), P(j() * 0.5, j() * 0.5), P(-0.5 + j(), 0.5 + j())],
                    6,
                ),
                lw,
            )
        else:  # check mark
            self.stroke(
                img,
                catmull_rom(
                    [
                        P(-0.45 + j(), 0.0 + j()),
                        P(-0.2, 0.3 + j()),
                        P(-0.05 + j(), 0.45),
                        P(0.3 + j(), -0.2),
                        P(0.75 + j(), -0.75 + j()),
                    ],
                    6,
                ),
                lw,
            )

    def signature(self, img, rect, style, name=None, fill=(0.55, 0.85), overflow=False):
        rng = self.rng
        x, y, w, h = rect
        fw = rng.uniform(*fill)
        sw = w * fw
        shh = h * rng.uniform(0.45, 0.75)
        sx = x + rng.uniform(0.04, 1 - fw - 0.03) * w
        sy = y + rng.uniform(0.12, 0.9 - shh / h) * h
        if overflow:
            sx = x + w * (1 - fw) + w * 0.12
            sy = y + h * 0.45
        lw = self.px(rng.uniform(0.75, 1.15)) * self.pen
        if style == "name" and name:
            # cursive name in a script font, then a flourish
            key = rng.choice(["dancing", "kaushan"])
            f = fonts.pil_hand(key, 10)
            tw = f.getlength(name)
            size = min(self.px(shh) * 0.75, self.px(sw) * 0.8 / tw * 10)
            keep = self.font_key
            self.font_key = key
            end = self.write(img, self.px(sx), self.px(sy) + size * 0.8, name, size)
            self.font_key = keep
            fy = self.px(sy) + size * rng.uniform(0.9, 1.1)
            pts = catmull_rom(
                [
                    (end - size * 0.2, fy - size * 0.6),
                    (end + size * 0.1, fy - size * 0.2),
                    (end - size * 0.5, fy + size * 0.15),
                    (self.px(sx) + size * 0.3, fy + size * 0.1),
                    (self.px(sx), fy - size * 0.05),
                ],
                10,
            )
            self.stroke(img, pts, lw)
            return
        if style == "initials" and name:
            key = rng.choice(["kaushan", "dancing", "breip"])
            f = fonts.pil_hand(key, 10)
            size = self.px(shh) * 0.9
            keep = self.font_key
            self.font_key = key
            end = self.write(img, self.px(sx), self.px(sy) + size * 0.85, name, size)
            self.font_key = keep
            sub = sig_strokes(rng, "scribble")
            x1 = (end - self.px(sx)) / self.k + sx
            ww = max(10, sx + sw - x1)
            for s in sub[:2]:
                self.stroke(
                    img,
                    [
                        (self.px(x1 + p[0] * ww), self.px(sy + shh * 0.35 + p[1] * shh * 0.55))
                        for p in s
                    ],
                    lw,
                )
            return
        if style == "loops" and name and rng.random() < 0.6:
            # a big script capital first, the loops trailing after it
            key = rng.choice(["dancing", "kaushan", "dkgital"])
            size = self.px(shh) * rng.uniform(1.0, 1.3)
            keep = self.font_key
            self.font_key = key
            end = self.write(img, self.px(sx), self.px(sy) + size * 0.8, name[0], size)
            self.font_key = keep
            x1 = (end - self.px(sx)) / self.k + sx - 2
            sw = max(sw * 0.5, sw - (x1 - sx))
            sx = x1
        slope = rng.uniform(-0.25, 0.1)
        for s in sig_strokes(rng, style):
            self.stroke(
                img,
                [
                    (self.px(sx + p[0] * sw), self.px(sy + p[1] * shh + slope * p[0] * shh))
                    for p in s
                ],
                lw,
            )

    def dot(self, img, rect):
        rng = self.rng
        x, y, w, h = rect
        cx = self.px(x + w * rng.uniform(0.3, 0.8))
        cy = self.px(y + h * rng.uniform(0.4, 0.8))
        r = self.px(rng.uniform(0.55, 0.8))
        pts = [
            (cx + r * 0.3 * math.cos(a / 6 * math.pi), cy + r * 0.3 * math.sin(a / 6 * math.pi))
            for a in range(13)
        ]
        self.stroke(img, pts, r * 1.6)

    def short_mark(self, img, rect):
        rng = self.rng
        x, y, w, h = rect
        cx = x + w * rng.uniform(0.3, 0.75)
        cy = y + h * rng.uniform(0.45, 0.8)
        L = rng.uniform(7, 11)  # pt, ~3-4 mm
        a = math.radians(rng.uniform(-60, -25))
        pts = [
            (self.px(cx), self.px(cy)),
            (self.px(cx + L * 0.5 * math.cos(a)), self.px(cy + L * 0.5 * math.sin(a)) + 0.5),
            (self.px(cx + L * math.cos(a)), self.px(cy + L * math.sin(a))),
        ]
        self.stroke(img, pts, self.px(0.9) * self.pen)
