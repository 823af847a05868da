"""Pen and printer marks on a rasterised form page: handwriting with per-glyph jitter,
typed text, ticks and crosses, handwritten signatures drawn as pen strokes."""

import math
import unicodedata

import cv2
import numpy as np
from PIL import Image, ImageDraw, ImageFont

_TT = "/usr/share/fonts/truetype/"
_LATIN1 = set(chr(i) for i in range(32, 256))
_ASCII = set(chr(i) for i in range(32, 127))
# name: (path, characters it draws properly, extra pen weight as a fraction of the size)
HAND_FONTS = {
    "breip": (_TT + "breip/Breip.ttf", _LATIN1, 0.018),
    "dkg": (_TT + "fifthhorseman/dkg.ttf", _LATIN1, 0.012),
    "ecolier": (
        _TT + "ecolier-court/Ecolier-court.ttf",
        _ASCII | set("ÉÈÀÇÏËÖÜéèàçïëöüôâêîù"),
        0.012,
    ),
    "humor": (_TT + "humor-sans/Humor-Sans.ttf", _ASCII, 0.0),
    "rufscript": (_TT + "rufscript/Rufscript010.ttf", _ASCII, 0.0),
}
# free-text size correction per font (their x-heights are not drawn alike)
FONT_SCALE = {"breip": 1.0, "dkg": 1.25, "ecolier": 0.9, "humor": 1.0, "rufscript": 1.35}
TYPE_FONTS = {
    "arial": _TT + "liberation/LiberationSans-Regular.ttf",
    "times": _TT + "liberation/LiberationSerif-Regular.ttf",
    "courier": _TT + "liberation/LiberationMono-Regular.ttf",
    "calibri": _TT + "crosextra/Carlito-Regular.ttf",
    "dejavu": _TT + "dejavu/DejaVuSans.ttf",
}
_FONT_CACHE = {}


def get_font(path, size):
    key = (path, int(size))
    if key not in _FONT_CACHE:
        _FONT_CACHE[key] = ImageFont.truetype(path, int(size))
    return _FONT_CACHE[key]


def cap_ratio(path, ch="H"):
    f = get_font(path, 200)
    b = f.getbbox(ch, anchor="ls")
    return (b[3] - b[1]) / 200.0


def strip_accents(s):
    return "".join(ch for ch in unicodedata.normalize("NFD", s) if unicodedata.category(ch) != "Mn")


def fit_charset(text, charset):
    """What a writer using this font ends up writing: characters missing from the
    font lose their accent."""
    out = []
    for ch in text:
        out.append(ch if ch in charset else strip_accents(ch))
    return "".join(out)


class Page:
    """A rasterised page (float RGB 0..1) plus ink layers composited multiplicatively."""

    def __init__(self, img, dpi):
        self.base = np.asarray(img.convert("RGB"), dtype=np.float32) / 255.0
        self.h, self.w = self.base.shape[:2]
        self.dpi = dpi
        self.layers = []

    def layer(self, rgb):
        mask = np.zeros((self.h, self.w), dtype=np.float32)
        self.layers.append((np.array(rgb, dtype=np.float32) / 255.0, mask))
        return mask

    def pt(self, x, y):
        s = self.dpi / 72.0
        return x * s, self.h - y * s

    def rect_px(self, rect):
        """(x, y, w, h) in points, origin bottom-left -> (left, top, right, bottom) px."""
        x, y, w, h = rect
        left, bottom = self.pt(x, y)
        right, top = self.pt(x + w, y + h)
        return left, top, right, bottom

    def mm(self, v):
        return v * self.dpi / 25.4

    def composite(self):
        out = self.base.copy()
        for rgb, mask in self.layers:
            m = np.clip(mask, 0, 1)[..., None]
            out = out * (1.0 - m * (1.0 - rgb))
        return Image.fromarray(np.clip(out * 255.0 + 0.5, 0, 255).astype(np.uint8))


def _paste_max(mask, patch, x0, y0):
    h, w = patch.shape
    H, W = mask.shape
    xa, ya = max(0, x0), max(0, y0)
    xb, yb = min(W, x0 + w), min(H, y0 + h)
    if xa >= xb or ya >= yb:
        return
    sub = patch[ya - y0 : yb - y0, xa - x0 : xb - x0]
    np.maximum(mask[ya:yb, xa:xb], sub, out=mask[ya:yb, xa:xb])


def stroke(mask, pts, width, rng=None, taper=True):
    """Draw a pen stroke (polyline, pixel coords) with a pressure profile."""
    pts = np.asarray(pts, dtype=np.float64)
    if len(pts) < 2:
        pts = np.vstack([pts, pts + 0.8])
    ss = 4
    x0, y0 = np.floor(pts.min(axis=0) - width * 2 - 2).astype(int)
    x1, y1 = np.ceil(pts.max(axis=0) + width * 2 + 2).astype(int)
    local = np.zeros(((y1 - y0) * ss, (x1 - x0) * ss), dtype=np.uint8)
    p = ((pts - [x0, y0]) * ss).astype(np.int32)
    n = len(p)
    chunk = 6
    for i in range(0, n - 1, chunk - 1):
        seg = p[i : i + chunk]
        if len(seg) < 2:
            continue
        f = (i + len(seg) / 2) / max(1, n)
        press = 1.0
        if taper:
            press = 0.55 + 0.45 * math.sin(math.pi * min(1.0, max(0.0, f * 1.05)))
        if rng is not None:
            press *= 0.9 + 0.2 * rng.random()
        th = max(1, int(round(width * press * ss)))
        cv2.polylines(local, [seg.reshape(-1, 1, 2)], False, 255, th, cv2.LINE_AA)
    small = cv2.resize(local, (x1 - x0, y1 - y0), interpolation=cv2.INTER_AREA).astype(np.float32)
    _paste_max(mask, small / 255.0, x0, y0)


def wobble(pts, rng, amp):
    """Add smooth low-frequency noise to a polyline."""
    pts = np.asarray(pts, dtype=np.float64)
    n = len(pts)
    if n < 6:
        return pts
    noise = rng_normal(rng, (n, 2)) * amp
    k = max(3, n // 12)
    kernel = np.ones(k) / k
    for j in range(2):
        noise[:, j] = np.convolve(np.cumsum(noise[:, j]) / math.sqrt(n), kernel, mode="same")
    return pts + noise * 3


def rng_normal(rng, shape):
    n = int(np.prod(shape))
    return np.array([rng.gauss(0, 1) for _ in range(n)], dtype=np.float64).reshape(shape)


class Hand:
    """A person writing with a pen: one font, one ink, own slant and size habits."""

    def __init__(self, rng, font, caps_font=None, ink_alpha=0.92, slant=None, size=1.0):
        """font: for free text; caps_font: for capitals in comb cells (default: font)."""
        self.rng = rng
        self.use("text", font)
        self.fonts = {"text": HAND_FONTS[font], "caps": HAND_FONTS[caps_font or font]}
        self.text_scale = FONT_SCALE[font]
        self.caps_only = font == "humor"
        self.slant = rng.uniform(-0.12, 0.22) if slant is None else slant
        self.size = size
        self.alpha = ink_alpha

    def use(self, which, font=None):
        if font is None:
            self.path, self.charset, self.weight = self.fonts[which]
        else:
            self.path, self.charset, self.weight = HAND_FONTS[font]
        self.cap = cap_ratio(self.path)
        self.xh = cap_ratio(self.path, "x")

    def prep(self, text):
        t = fit_charset(text, self.charset)
        return t.upper() if self.caps_only else t

    def written(self, text, comb=False):
        """The text as this writer ends up writing it (accents lost, capitals)."""
        self.use("caps" if comb else "text")
        t = self.prep(text)
        return t.upper() if comb else t

    def glyph(self, mask, ch, x, base, size_px, angle=None):
        rng = self.rng
        font = get_font(self.path, size_px)
        bb = font.getbbox(ch, anchor="ls")
        gw, gh = bb[2] - bb[0], bb[3] - bb[1]
        if gw <= 0 or gh <= 0:
            return font.getlength(ch)
        sw = int(round(size_px * self.weight))
        pad = 4 + sw
        im = Image.new("L", (gw + 2 * pad, gh + 2 * pad), 0)
        ox, oy = pad - bb[0], pad - bb[1]
        ImageDraw.Draw(im).text(
            (ox, oy), ch, font=font, fill=255, anchor="ls", stroke_width=sw, stroke_fill=255
        )
        src = np.asarray(im, dtype=np.float32) / 255.0
        ang = math.radians(angle if angle is not None else rng.gauss(0, 2.2))
        sc = 1.0 + rng.gauss(0, 0.045)
        sh = self.slant + rng.gauss(0, 0.04)
        rot = np.array([[math.cos(ang), -math.sin(ang)], [math.sin(ang), math.cos(ang)]])
        shear = np.array([[1.0, -sh], [0.0, 1.0]])
        m = rot @ shear * sc
        size = int(2 * max(gw, gh) + 4 * pad)
        c = size / 2.0
        t = np.array([c, c]) - m @ np.array([ox, oy])
        aff = np.hstack([m, t[:, None]]).astype(np.float32)
        out = cv2.warpAffine(src, aff, (size, size), flags=cv2.INTER_LINEAR)
        out *= self.alpha * (0.85 + 0.15 * rng.random())
        _paste_max(mask, out, int(round(x - c)), int(round(base - c)))
        return font.getlength(ch) * sc

    def write(self, page, mask, rect, text, xh_mm=2.4, indent_mm=None, rise_mm=0.8):
        """Write `text` in a free field (rect in points); returns the text written."""
        text = self.written(text)
        rng = self.rng
        left, top, right, bottom = page.rect_px(rect)
        # lower-case height sets the size; a capitals-only hand writes ~3.3 mm capitals
        target = page.mm(xh_mm * self.size * self.text_scale * rng.uniform(0.92, 1.08))
        size_px = target * 1.4 / self.cap if self.caps_only else target / self.xh
        avail = right - left - page.mm(2)
        width = get_font(self.path, size_px).getlength(text) * 1.04
        if width > avail:
            size_px *= avail / width
            width = avail
        indent = page.mm(indent_mm if indent_mm is not None else rng.uniform(1.5, 6))
        x = left + min(indent, max(0.0, avail - width))
        base = bottom - page.mm(rise_mm) + rng.gauss(0, page.mm(0.3))
        drift = rng.gauss(0, 0.012)
        for ch in text:
            if ch == " ":
                x += get_font(self.path, size_px).getlength(" ") * rng.uniform(0.9, 1.5)
                continue
            adv = self.glyph(mask, ch, x, base + rng.gauss(0, page.mm(0.12)), size_px)
            x += adv * rng.uniform(0.97, 1.08)
            base += adv * drift
        return text

    def comb(self, page, mask, rects, text, fill=0.68):
        """One capital per comb cell (rects in points); returns the text written."""
        text = self.written(text, comb=True)
        rng = self.rng
        for rect, ch in zip(rects, text, strict=False):
            if ch == " ":
                continue
            left, top, right, bottom = page.rect_px(rect)
            bh = bottom - top
            size_px = fill * bh / self.cap * rng.uniform(0.92, 1.06) * self.size
            font = get_font(self.path, size_px)
            gw = font.getlength(ch)
            cx = (left + right) / 2 + rng.gauss(0, (right - left) * 0.06)
            base = bottom - bh * rng.uniform(0.14, 0.24)
            self.glyph(mask, ch, cx - gw / 2, base, size_px)
        return text

    def tick(self, page, mask, rect, style="x", width_mm=0.38):
        rng = self.rng
        left, top, right, bottom = page.rect_px(rect)
        w, h = right - left, bottom - top
        pw = page.mm(width_mm)
        if style == "x":
            o = rng.uniform(0.0, 0.2)
            a = [
                (left + w * (0.1 - o), top + h * (0.05 - o)),
                (right + w * o, bottom + h * o * 0.5),
            ]
            b = [(right + w * (o - 0.05), top + h * (0.1 - o)), (left + w * 0.05, bottom + h * o)]
            for seg in (a, b):
                pts = np.linspace(seg[0], seg[1], 14)
                stroke(mask, wobble(pts, rng, 0.15), pw, rng)
        else:
            pts = np.array(
                [
                    (left + w * 0.1, top + h * 0.5),
                    (left + w * 0.4, top + h * 0.95),
                    (left + w * rng.uniform(1.05, 1.35), top - h * rng.uniform(0.2, 0.55)),
                ]
            )
            dense = np.vstack([np.linspace(pts[0], pts[1], 8), np.linspace(pts[1], pts[2], 14)[1:]])
            stroke(mask, wobble(dense, rng, 0.15), pw, rng)


class Typist:
    """Text typed on a computer before printing (toner black)."""

    def __init__(self, rng, font, size_pt=10.0, caps=False):
        self.rng = rng
        self.path = TYPE_FONTS[font]
        self.size_pt = size_pt
        self.caps = caps
        self.dx = rng.uniform(-0.6, 0.9)
        self.dy = rng.uniform(-0.5, 0.7)

    def prep(self, text):
        return text.upper() if self.caps else text

    def _draw(self, page, mask, x, base, text, size_px):
        font = get_font(self.path, size_px)
        bb = font.getbbox(text, anchor="ls")
        if bb[2] <= bb[0]:
            return
        pad = 3
        im = Image.new("L", (bb[2] - bb[0] + 2 * pad, bb[3] - bb[1] + 2 * pad), 0)
        ImageDraw.Draw(im).text((pad - bb[0], pad - bb[1]), text, font=font, fill=255, anchor="ls")
        arr = np.asarray(im, dtype=np.float32) / 255.0 * 0.95
        _paste_max(mask, arr, int(round(x + bb[0] - pad)), int(round(base + bb[1] - pad)))

    def write(self, page, mask, rect, text, size_pt=None):
        text = self.prep(text)
        left, top, right, bottom = page.rect_px(rect)
        size_px = (size_pt or self.size_pt) * page.dpi / 72.0
        font = get_font(self.path, size_px)
        avail = right - left - page.mm(2)
        if font.getlength(text) > avail:
            size_px *= avail / font.getlength(text)
        x = left + page.mm(1.2 + self.dx)
        base = bottom - page.mm(1.3 + self.dy)
        self._draw(page, mask, x, base, text, size_px)
        return text

    def comb(self, page, mask, rects, text, size_pt=None):
        """Typed in a PDF editor with a fixed advance: drifts slightly across the cells."""
        text = self.prep(text)
        if not rects:
            return text
        size_px = (size_pt or self.size_pt) * page.dpi / 72.0
        font = get_font(self.path, size_px)
        drift = self.rng.uniform(-0.012, 0.012)
        run_i = 0
        prev = None
        for i, ch in enumerate(text[: len(rects)]):
            rect = rects[i]
            if prev is not None and abs(prev[0] + prev[2] - rect[0]) > 0.5:
                run_i = 0  # a gap between groups of cells: the typist realigns
            prev = rect
            left, top, right, bottom = page.rect_px(rect)
            cw = right - left
            run_i += 1
            if ch == " ":
                continue
            cx = (left + right) / 2 + (run_i - 1) * drift * cw + page.mm(self.dx * 0.3)
            base = bottom - (bottom - top) * 0.22 - page.mm(self.dy * 0.3)
            self._draw(page, mask, cx - font.getlength(ch) / 2, base, ch, size_px)
        return text

    def tick(self, page, mask, rect):
        left, top, right, bottom = page.rect_px(rect)
        size_px = (bottom - top) * 1.05
        font = get_font(self.path, size_px)
        cx = (left + right) / 2 - font.getlength("X") / 2 + page.mm(self.dx * 0.2)
        self._draw(page, mask, cx, bottom - (bottom - top) * 0.1, "X", size_px)


# -- signatures ---------------------------------------------------------------------------
def _trochoid(rng, x0, x1, yc, amp, loops, decay=0.8):
    n = int(loops * 24)
    t = np.linspace(0, loops * 2 * math.pi, n)
    s = (x1 - x0) / (loops * 2 * math.pi)
    r = s * rng.uniform(1.3, 2.2)
    a = amp * (1.0 - (1.0 - decay) * t / t[-1])
    x = x0 + s * t - r * np.sin(t) * 0.6
    y = yc - a * np.cos(t) * np.array([rng.uniform(0.7, 1.15) for _ in range(n)]).cumsum() / (
        np.arange(n) + 1
    )
    return np.stack([x, y], axis=1)


def _bezier(p0, p1, p2, p3, n=40):
    t = np.linspace(0, 1, n)[:, None]
    p0, p1, p2, p3 = (np.array(p, dtype=np.float64) for p in (p0, p1, p2, p3))
    return (1 - t) ** 3 * p0 + 3 * (1 - t) ** 2 * t * p1 + 3 * (1 - t) * t**2 * p2 + t**3 * p3


def _initial(rng, x, kind):
    """A capital-like opening stroke starting near x; returns points (unit box, y down)."""
    h = rng.uniform(0.55, 0.85)
    top = 0.62 - h
    if kind == "loop":
        t = np.linspace(0.3 * math.pi, 2.4 * math.pi, 50)
        return np.stack([x + 0.07 * np.sin(t) * 0.9, 0.5 - 0.36 * np.cos(t * 0.5)], 1)
    if kind == "stem":
        up = np.linspace((x, 0.7), (x + 0.04, top), 12)
        t = np.linspace(math.pi, 2.6 * math.pi, 30)
        loop = np.stack([x + 0.04 + 0.06 * np.cos(t), top + 0.15 + 0.15 * np.sin(t)], 1)
        down = np.linspace(loop[-1], (x + 0.06, 0.62), 10)
        return np.vstack([up, loop, down])
    if kind == "oval":
        t = np.linspace(-0.3 * math.pi, 1.75 * math.pi, 50)
        rx = rng.uniform(0.07, 0.12)
        return np.stack([x + rx - rx * np.cos(t), 0.42 - 0.27 * np.sin(t)], 1)
    # "hump": an M-like double arch
    n = rng.randint(2, 3)
    xs = np.linspace(x, x + 0.08 * n, 2 * n + 1)
    ys = [0.62 if i % 2 == 0 else top + rng.uniform(0, 0.1) for i in range(2 * n + 1)]
    pts = np.stack([xs, ys], 1)
    return np.vstack(
        [
            _bezier(pts[i], pts[i] + (0, -0.2), pts[i + 1] + (0, -0.2), pts[i + 1], 12)
            for i in range(0, len(pts) - 1)
        ]
    )


def _body(rng, x0, x1, kind):
    if kind == "peaks":
        n = rng.randint(4, 9)
        xs = np.linspace(x0, x1, 2 * n)
        ys = [0.62 if i % 2 == 0 else rng.uniform(0.25, 0.5) for i in range(2 * n)]
        zz = np.stack([xs, ys], 1)
        return np.vstack([np.linspace(zz[i], zz[i + 1], 5) for i in range(len(zz) - 1)])
    loops = rng.randint(2, 7)
    amp = rng.uniform(0.06, 0.17)
    return _trochoid(rng, x0, x1, rng.uniform(0.5, 0.62), amp, loops, rng.uniform(0.5, 1.0))


def signature_strokes(rng, style=None):
    """Strokes in a unit box (x right, y down), loosely like a cursive signature: an
    initial, a running body, sometimes a second word, an ending flourish, dots."""
    strokes = []
    words = 2 if rng.random() < 0.4 else 1
    x = rng.uniform(0.02, 0.1)
    span = rng.uniform(0.6, 0.95)
    for _ in range(words):
        init = _initial(rng, x, rng.choice(["loop", "stem", "oval", "hump"]))
        x_end = x + span / words * rng.uniform(0.75, 1.0)
        body = _body(rng, init[-1][0], x_end, rng.choice(["troch", "troch", "peaks"]))
        strokes.append(np.vstack([init, body]))
        x = x_end + rng.uniform(0.03, 0.08)
    end = strokes[-1][-1]
    ending = rng.choice(["under", "back", "rise", "none"])
    if ending == "under":
        flo = _bezier(
            end,
            (end[0] + 0.12, rng.uniform(0.85, 1.0)),
            (rng.uniform(0.3, 0.6), rng.uniform(0.9, 1.05)),
            (rng.uniform(0.0, 0.2), rng.uniform(0.72, 0.9)),
        )
        strokes[-1] = np.vstack([strokes[-1], flo])
    elif ending == "back":
        t = np.linspace(0, 1, 30)[:, None]
        back = end + t * (np.array([rng.uniform(0.1, 0.4), rng.uniform(0.2, 0.35)]) - end)
        strokes[-1] = np.vstack([strokes[-1], _bezier(end, (end[0] + 0.1, 0.1), *back[[10, -1]])])
    elif ending == "rise":
        strokes[-1] = np.vstack([strokes[-1], np.linspace(end, (end[0] + 0.08, 0.15), 8)])
    if rng.random() < 0.35:
        y = rng.uniform(0.7, 0.95)
        strokes.append(_bezier((0.05, y), (0.35, y - 0.12), (0.65, y + 0.08), (0.97, y - 0.1), 26))
    if rng.random() < 0.3:
        d = np.array([rng.uniform(0.3, 0.9), rng.uniform(0.1, 0.3)])
        strokes.append(np.vstack([d, d + (0.008, 0.004)]))
    shear = rng.uniform(-0.25, 0.2)
    out = []
    for st in strokes:
        st = np.asarray(st, dtype=np.float64).copy()
        st[:, 0] += (0.6 - st[:, 1]) * shear
        out.append(st)
    return out


def draw_signature(page, mask, rect, rng, width_mm=0.42, style=None, fill=(0.75, 0.7)):
    left, top, right, bottom = page.rect_px(rect)
    w, h = right - left, bottom - top
    sw, sh = w * fill[0] * rng.uniform(0.85, 1.1), h * fill[1] * rng.uniform(0.8, 1.1)
    ox = left + (w - sw) * rng.uniform(0.2, 0.7)
    oy = top + (h - sh) * rng.uniform(0.3, 0.7)
    ang = math.radians(rng.uniform(-8, 4))
    for s in signature_strokes(rng, style):
        pts = np.array(s)
        px = ox + pts[:, 0] * sw
        py = oy + pts[:, 1] * sh
        cx, cy = ox + sw / 2, oy + sh / 2
        rx = cx + (px - cx) * math.cos(ang) - (py - cy) * math.sin(ang)
        ry = cy + (px - cx) * math.sin(ang) + (py - cy) * math.cos(ang)
        stroke(mask, wobble(np.stack([rx, ry], 1), rng, 0.25), page.mm(width_mm), rng)


def draw_stray(page, mask, rect, rng, kind="dot"):
    """A pen dot or a tiny tick in the signature box: no signature."""
    left, top, right, bottom = page.rect_px(rect)
    x = left + (right - left) * rng.uniform(0.15, 0.8)
    y = top + (bottom - top) * rng.uniform(0.3, 0.8)
    if kind == "dot":
        r = page.mm(rng.uniform(0.35, 0.55))
        t = np.linspace(0, 4 * math.pi, 30)
        pts = np.stack([x + r * 0.5 * np.cos(t) * t / t[-1], y + r * 0.5 * np.sin(t) * t / t[-1]])
        stroke(mask, pts.T, r * 1.4, rng, taper=False)
    else:
        s = page.mm(rng.uniform(1.8, 2.6))
        pts = np.array([(x, y), (x + s * 0.3, y + s * 0.4), (x + s, y - s * 0.5)])
        dense = np.vstack([np.linspace(pts[0], pts[1], 5), np.linspace(pts[1], pts[2], 8)[1:]])
        stroke(mask, dense, page.mm(0.35), rng)


def signature_image(rng, w=720, h=260, kind="png", ink=(20, 30, 110)):
    """A signature as an image to paste into a PDF: transparent PNG, or a cropped photo of
    a signature on paper."""
    blank = Image.new("RGB", (w, h), (255, 255, 255))
    page = Page(blank, 150)
    mask = page.layer(ink)
    rect_pt = (0, 0, w * 72.0 / 150, h * 72.0 / 150)
    draw_signature(page, mask, rect_pt, rng, width_mm=0.55, fill=(0.85, 0.8))
    if kind == "png":
        rgba = np.zeros((h, w, 4), dtype=np.uint8)
        rgba[..., 0], rgba[..., 1], rgba[..., 2] = ink
        rgba[..., 3] = (np.clip(mask, 0, 1) * 255).astype(np.uint8)
        return Image.fromarray(rgba, "RGBA")
    img = page.composite()
    arr = np.asarray(img, dtype=np.float32)
    yy, xx = np.mgrid[0:h, 0:w]
    shade = 0.86 + 0.08 * (xx / w) - 0.05 * (yy / h)
    paper = np.array([0.97, 0.95, 0.9])
    arr = arr * shade[..., None] * paper
    nrng = np.random.default_rng(rng.randrange(2**32))
    arr += nrng.normal(0, 3, (h, w))[..., None]
    return Image.fromarray(np.clip(arr, 0, 255).astype(np.uint8))
