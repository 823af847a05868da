"""Pen ink on page rasters: handwriting glyphs with jitter, ticks, signatures; scan and
phone-photo looks."""

import math

import cv2
import numpy as np
from fontTools.ttLib import TTFont
from PIL import Image, ImageDraw, ImageFilter, ImageFont

cv2.setNumThreads(1)

HAND_FONTS = {
    "breip": "/usr/share/fonts/truetype/breip/Breip.ttf",
    "dkg": "/usr/share/fonts/truetype/fifthhorseman/dkg.ttf",
    "ecolier": "/usr/share/fonts/truetype/ecolier-court/Ecolier-court.ttf",
}
INKS = {
    "blue": (28, 48, 150),
    "blue2": (40, 62, 125),
    "black": (28, 28, 34),
}
_FONT_CACHE = {}
_CMAPS = {}


def check_glyphs(path, text):
    if path not in _CMAPS:
        _CMAPS[path] = set(TTFont(path).getBestCmap())
    missing = {ch for ch in text if ch != " " and ord(ch) not in _CMAPS[path]}
    assert not missing, f"{path} lacks {missing}"


def font(path, size):
    key = (path, int(size))
    if key not in _FONT_CACHE:
        _FONT_CACHE[key] = ImageFont.truetype(path, int(size))
    return _FONT_CACHE[key]


class Pen:
    """Writes on a PIL RGB page image whose resolution is dpi."""

    def __init__(self, img, dpi, rng, hand="breip", ink="blue", slant=0.0, size=1.0):
        self.img = img
        self.k = dpi / 25.4
        self.rng = rng
        self.path = HAND_FONTS[hand]
        self.ink = INKS[ink]
        self.slant = slant
        self.size = size
        self.width = max(1, round(self.k * 0.28))
        if "ecolier" in self.path:
            self.size *= 1.35
        self.bold = 1.0 if "ecolier" in self.path or "breip" in self.path else 0.7

    def px(self, v):
        return v * self.k

    def _glyph(self, ch, size):
        f = font(self.path, size)
        box = f.getbbox(ch)
        w, h = max(1, box[2] - box[0] + 6), max(1, box[3] - box[1] + 6)
        m = Image.new("L", (w, h), 0)
        ImageDraw.Draw(m).text((3 - box[0], 3 - box[1]), ch, font=f, fill=255)
        if self.k * self.bold > 7:
            m = m.filter(ImageFilter.MaxFilter(3))
        ang = self.rng.uniform(-4, 4)
        sh = self.slant + self.rng.uniform(-0.05, 0.05)
        m = m.transform(m.size, Image.AFFINE, (1, sh, -sh * h / 2, 0, 1, 0), Image.BICUBIC)
        m = m.rotate(ang, Image.BICUBIC, expand=True)
        bb = m.getbbox()
        if bb:
            m = m.crop(bb)
            box = (box[0] + bb[0], box[1] + bb[1]) + tuple(box[2:])
        return m, box

    def _paste(self, m, x, y):
        a = np.asarray(m, dtype=np.float32) * self.rng.uniform(0.78, 0.97)
        m = Image.fromarray(a.clip(0, 255).astype(np.uint8))
        self.img.paste(self.ink, (int(x), int(y)), m)

    def _advance(self, text, size):
        f = font(self.path, size)
        return f.getlength(text)

    def write(self, text, x, base, max_w, height=6.0):
        """Write text from x (mm) on baseline base (mm) within max_w mm."""
        check_glyphs(self.path, text)
        size = self.px(height) * 0.95 * self.size
        while size > 8 and self._advance(text, size) * 1.06 > self.px(max_w):
            size *= 0.93
        f = font(self.path, size)
        asc = f.getmetrics()[0]
        cx = self.px(x) + self.rng.uniform(0, self.px(1.2))
        drift = self.rng.uniform(-0.02, 0.02)
        y0 = self.px(base) - asc
        for ch in text:
            adv = f.getlength(ch)
            if ch != " ":
                m, box = self._glyph(ch, size * self.rng.uniform(0.95, 1.04))
                dy = self.rng.uniform(-0.06, 0.06) * size + drift * (cx - self.px(x))
                self._paste(m, cx + box[0] - 3, y0 + box[1] - 3 + dy)
            cx += adv * self.rng.uniform(0.99, 1.05)

    def cells(self, text, cells):
        """One capital per comb cell (cells: list of mm rects)."""
        check_glyphs(self.path, text)
        assert len(text) <= len(cells), text
        for ch, (x, y, w, h) in zip(text, cells):
            if ch == " ":
                continue
            size = self.px(h) * self.rng.uniform(0.66, 0.74) * self.size
            m, _box = self._glyph(ch, size)
            lim_w, lim_h = self.px(w) * 0.78, self.px(h) * 0.8
            if m.width > lim_w or m.height > lim_h:
                f = min(lim_w / m.width, lim_h / m.height)
                m = m.resize((max(1, int(m.width * f)), max(1, int(m.height * f))), Image.LANCZOS)
            gw, gh = m.size
            cx = self.px(x + w / 2) - gw / 2 + self.rng.uniform(-0.08, 0.08) * self.px(w)
            cy = self.px(y + h / 2) - gh / 2 + self.rng.uniform(-0.07, 0.07) * self.px(h)
            cx = min(max(cx, self.px(x) + 2), self.px(x + w) - gw - 2)
            cy = min(max(cy, self.px(y) + 2), self.px(y + h) - gh - 2)
            self._paste(m, cx, cy)

    def strokes(self, polys, rect, width=None, ss=3):
        """Draw polylines given in 0..1 coordinates of rect (mm) with supersampling."""
        x, y, w, h = rect
        W, H = int(self.px(w) * ss), int(self.px(h) * ss)
        m = Image.new("L", (W, H), 0)
        d = ImageDraw.Draw(m)
        lw = (width or self.width) * ss
        for poly in polys:
            pts = [(u * W, v * H) for u, v in poly]
            for i in range(len(pts) - 1):
                wv = lw * self.rng.uniform(0.8, 1.15)
                d.line([pts[i], pts[i + 1]], fill=255, width=max(1, int(wv)))
                r = wv / 2
                d.ellipse([pts[i][0] - r, pts[i][1] - r, pts[i][0] + r, pts[i][1] + r], fill=255)
        m = m.resize((W // ss, H // ss), Image.LANCZOS)
        self._paste(m, self.px(x), self.px(y))

    def tick(self, rect, style="check"):
        j = self.rng.uniform
        if style == "check":
            polys = [
                [
                    (0.15 + j(-0.05, 0.05), 0.5 + j(-0.08, 0.08)),
                    (0.42, 0.84 + j(-0.04, 0.04)),
                    (0.88 + j(-0.04, 0.04), 0.1 + j(-0.04, 0.06)),
                ]
            ]
        else:
            polys = [
                [(0.14 + j(-0.04, 0.04), 0.14), (0.86, 0.86 + j(-0.04, 0.02))],
                [(0.86 + j(-0.04, 0.02), 0.14), (0.14, 0.86 + j(-0.04, 0.02))],
            ]
        self.strokes(polys, rect, width=max(1, round(self.k * 0.32)))

    def dot(self, rect):
        x, y, w, h = rect
        cx, cy = x + w * self.rng.uniform(0.3, 0.6), y + h * self.rng.uniform(0.4, 0.7)
        polys = [[(0.45, 0.45), (0.52, 0.5), (0.5, 0.56)]]
        self.strokes(polys, (cx - 1.5, cy - 1.5, 3, 3), width=max(2, round(self.k * 0.5)))

    def signature(self, rect, name, style):
        x, y, w, h = rect
        sw = w * self.rng.uniform(0.55, 0.8)
        sh = h * self.rng.uniform(0.55, 0.75)
        sx = x + self.rng.uniform(0.08, 0.95) * (w - sw)
        sy = y + (h - sh) * self.rng.uniform(0.45, 0.75)
        self.strokes(
            signature_polys(self.rng, name, style),
            (sx, sy, sw, sh),
            width=max(1, round(self.k * 0.3)),
        )


def _smooth(pts, n=8):
    """Catmull-Rom through pts."""
    out = []
    p = [pts[0]] + pts + [pts[-1]]
    for i in range(1, len(p) - 2):
        p0, p1, p2, p3 = p[i - 1], p[i], p[i + 1], p[i + 2]
        for t in np.linspace(0, 1, n, endpoint=False):
            t2, t3 = t * t, t * t * t
            out.append(
                tuple(
                    0.5
                    * (
                        2 * p1[k]
                        + (-p0[k] + p2[k]) * t
                        + (2 * p0[k] - 5 * p1[k] + 4 * p2[k] - p3[k]) * t2
                        + (-p0[k] + 3 * p1[k] - 3 * p2[k] + p3[k]) * t3
                    )
                    for k in (0, 1)
                )
            )
    out.append(pts[-1])
    return out


def signature_polys(rng, name, style):
    """Pen strokes of a signature in a unit box; style in loops, zigzag, initials, underlined."""
    j = rng.uniform
    polys = []
    letters = max(4, min(11, len(name)))
    if style in ("loops", "underlined"):
        pts = [(0.02, 0.75)]
        # capital: a tall loop
        pts += [(0.08, 0.1), (0.14 + j(-0.02, 0.02), 0.05), (0.16, 0.45), (0.05, 0.62), (0.2, 0.58)]
        x = 0.2
        step = 0.72 / letters
        for i in range(letters):
            top = j(0.35, 0.55) if rng.random() < 0.7 else j(0.1, 0.25)
            pts += [
                (x + step * 0.35, top),
                (x + step * 0.55, 0.7 + j(-0.05, 0.05)),
                (x + step, 0.62 + j(-0.06, 0.06)),
            ]
            x += step
        pts.append((0.97, 0.45 + j(-0.1, 0.1)))
        polys.append(_smooth(pts))
        if style == "underlined":
            polys.append(
                _smooth([(0.05, 0.9), (0.4, 0.82 + j(-0.04, 0.04)), (0.75, 0.86), (0.98, 0.78)])
            )
    elif style == "zigzag":
        pts = [(0.02, 0.6)]
        n = letters + 3
        for i in range(n):
            xx = 0.04 + 0.9 * (i + 1) / n
            amp = 0.5 * (1 - i / (n * 1.4))
            pts += [(xx - 0.03, 0.55 - amp + j(-0.05, 0.05)), (xx, 0.7 + j(-0.05, 0.08))]
        polys.append(_smooth(pts, 5))
        polys.append(_smooth([(0.0, 0.82), (0.5, 0.95), (1.0, 0.7)]))
    else:  # initials: two big letters and a slash
        a = [(0.05, 0.85), (0.15, 0.05), (0.26, 0.82), (0.08, 0.5), (0.3, 0.45)]
        b = [(0.36, 0.9), (0.4, 0.1), (0.58, 0.25), (0.42, 0.5), (0.62, 0.7), (0.4, 0.85)]
        c = [(0.55, 0.6), (0.7, 0.4), (0.8, 0.65), (0.98, 0.3)]
        polys += [_smooth(a), _smooth(b), _smooth(c)]
        polys.append(_smooth([(0.0, 0.72), (0.5, 0.6 + j(-0.05, 0.05)), (1.0, 0.5)]))
    out = []
    for poly in polys:
        q = [(u + j(-0.006, 0.006), v + j(-0.01, 0.01)) for u, v in poly]
        out.append([(min(max(u, 0.01), 0.99), min(max(v, 0.01), 0.99)) for u, v in q])
    return out


# ---------------------------------------------------------------- looks


def scan_look(img, rng, skew=True):
    tone = rng.uniform(0.9, 0.97)
    a = np.asarray(img, dtype=np.float32)
    a = a * np.array([tone, tone * rng.uniform(0.99, 1.0), tone * rng.uniform(0.96, 0.99)])
    a += np.random.default_rng(rng.randrange(1 << 30)).normal(0, rng.uniform(2, 4.5), a.shape)
    out = Image.fromarray(a.clip(0, 255).astype(np.uint8))
    if skew:
        bg = tuple(int(255 * tone) for _ in range(3))
        out = out.rotate(rng.uniform(-0.9, 0.9), Image.BICUBIC, fillcolor=bg)
    out = out.filter(ImageFilter.GaussianBlur(rng.uniform(0.35, 0.7)))
    if rng.random() < 0.5:
        d = ImageDraw.Draw(out)
        w = rng.randrange(4, 14)
        d.rectangle([0, 0, out.width, w], fill=(60, 60, 62))
    return out


def photo_look(img, rng, rotate=0, shadow=False):
    """Place a page on a table, photographed: perspective, light, cast, blur, noise."""
    nr = np.random.default_rng(rng.randrange(1 << 30))
    long_side = rng.choice([3024, 3264, 4000])
    W, H = int(long_side * 0.75), long_side
    page = np.asarray(img.convert("RGB"), dtype=np.uint8)
    ph, pw = page.shape[:2]
    tables = [(120, 84, 58), (180, 176, 168), (92, 96, 104), (205, 190, 160)]
    base = np.array(rng.choice(tables), dtype=np.float32)
    low = cv2.resize(nr.normal(0, 14, (12, 9)).astype(np.float32), (W, H))
    bg = base[None, None, :] + low[..., None] + nr.normal(0, 5, (H, W, 1)).astype(np.float32)
    margin_x, margin_y = W * rng.uniform(0.05, 0.1), H * rng.uniform(0.04, 0.08)
    scale = min((W - 2 * margin_x) / pw, (H - 2 * margin_y) / ph)
    dw, dh = pw * scale, ph * scale
    ox, oy = (W - dw) / 2, (H - dh) / 2
    jx, jy = dw * 0.045, dh * 0.03
    dst = np.float32(
        [
            [ox + rng.uniform(-jx, jx), oy + rng.uniform(-jy, jy)],
            [ox + dw + rng.uniform(-jx, jx), oy + rng.uniform(-jy, jy)],
            [ox + dw + rng.uniform(-jx, jx), oy + dh + rng.uniform(-jy, jy)],
            [ox + rng.uniform(-jx, jx), oy + dh + rng.uniform(-jy, jy)],
        ]
    )
    src = np.float32([[0, 0], [pw, 0], [pw, ph], [0, ph]])
    M = cv2.getPerspectiveTransform(src, dst)
    warped = cv2.warpPerspective(page, M, (W, H), flags=cv2.INTER_LINEAR)
    mask = cv2.warpPerspective(np.full((ph, pw), 255, np.uint8), M, (W, H))
    mask = cv2.GaussianBlur(mask, (5, 5), 0).astype(np.float32)[..., None] / 255.0
    out = warped.astype(np.float32) * mask + bg * (1 - mask)
    yy, xx = np.mgrid[0:H, 0:W].astype(np.float32)
    ang = rng.uniform(0, 2 * math.pi)
    grad = np.cos(ang) * (xx / W - 0.5) + np.sin(ang) * (yy / H - 0.5)
    light = 1.0 - rng.uniform(0.1, 0.22) * (grad + 0.5)
    vign = 1.0 - 0.18 * (((xx / W - 0.5) ** 2 + (yy / H - 0.5) ** 2) * 2)
    out *= (light * vign)[..., None]
    if shadow:
        sm = np.zeros((H, W), np.uint8)
        cx = rng.uniform(0.2, 0.8) * W
        poly = np.int32(
            [
                [cx, H],
                [cx + W * 0.35, H],
                [cx + W * 0.2, H * rng.uniform(0.45, 0.65)],
                [cx - W * 0.05, H * rng.uniform(0.5, 0.7)],
            ]
        )
        cv2.fillPoly(sm, [poly], 255)
        sm = cv2.GaussianBlur(sm, (0, 0), W * 0.03).astype(np.float32) / 255.0
        out *= (1 - rng.uniform(0.3, 0.45) * sm)[..., None]
    cast = np.array([rng.uniform(0.95, 1.05), 1.0, rng.uniform(0.88, 1.02)], np.float32)
    out *= cast
    out = cv2.GaussianBlur(out, (0, 0), rng.uniform(0.9, 1.6))
    out += nr.normal(0, rng.uniform(2.5, 5), out.shape).astype(np.float32)
    out = out.clip(0, 255).astype(np.uint8)
    if rotate:
        out = np.ascontiguousarray(np.rot90(out, k=-(rotate // 90)))
    return Image.fromarray(out)
