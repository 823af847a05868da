"""Handwriting on a raster page: words, comb capitals, ticks, signatures.

All ink goes into a float32 alpha mask the size of the page; `composite`
lays it over the page in the writer's ink colour.  Pen widths are chosen in
millimetres (0.38-0.6 mm), i.e. >= 3 px at 200 dpi, so every stroke looks like
a ball-point or felt pen, never a hairline.
"""

import math

import cv2
import fonts
import numpy as np
from PIL import Image, ImageDraw

CAPS_FONTS = ["dkg", "breip", "humor", "ruf", "comic", "kaushan", "dancing"]
SCRIPT_FONTS = ["dancing", "dkg", "kaushan", "breip", "comic", "ruf"]
DIGIT_FONTS = ["dkg", "comic", "kaushan", "humor", "ruf", "dancing"]
INKS = {
    "blue": (22, 38, 128),
    "darkblue": (18, 26, 88),
    "black": (22, 22, 28),
    "blueblack": (28, 34, 62),
}


class Hand:
    """One writer: fonts, pen, ink, habits."""

    def __init__(self, rng, dpi, prefer=None):
        self.rng = rng
        self.dpi = dpi
        p = prefer or {}
        self.caps = p.get("caps") or CAPS_FONTS[rng.integers(len(CAPS_FONTS))]
        self.script = p.get("script") or SCRIPT_FONTS[rng.integers(len(SCRIPT_FONTS))]
        self.digits = p.get("digits") or DIGIT_FONTS[rng.integers(len(DIGIT_FONTS))]
        self.ink = (
            p.get("ink") or ["blue", "blue", "darkblue", "black", "blueblack"][rng.integers(5)]
        )
        self.pen_mm = p.get("pen_mm") or float(rng.uniform(0.40, 0.58))
        self.cap_mm = float(rng.uniform(3.2, 4.1))
        self.slant = float(rng.normal(3, 4))
        self.jitter = float(rng.uniform(0.6, 1.3))
        self.tick = p.get("tick") or ("cross" if rng.random() < 0.5 else "check")
        self.sig_style = p.get("sig_style", int(rng.integers(5)))
        self.lower_caps = rng.random() < 0.25  # writes city names in lower case

    # units
    def px(self, mm):
        return mm / 25.4 * self.dpi

    @property
    def pen_px(self):
        return max(3.0, self.px(self.pen_mm))

    def font_for(self, text, kind):
        """kind: caps / script / digits; fall back when glyphs are missing."""
        first = {"caps": self.caps, "script": self.script, "digits": self.digits}[kind]
        order = [first] + {"caps": CAPS_FONTS, "script": SCRIPT_FONTS, "digits": DIGIT_FONTS}[kind]
        for k in order:
            if fonts.supports(k, text):
                return k
        return "comic"


def _stroke_for(fkey, size_px, pen_px):
    native = fonts.HAND_FONTS[fkey][1] * size_px
    return int(round(max(0.0, (pen_px - native) / 2.0)))


def _elastic(img, rng, amp, scale):
    """Smooth random displacement: the font never looks perfectly regular."""
    h, w = img.shape
    gh, gw = max(2, int(h / scale) + 2), max(2, int(w / scale) + 2)
    dx = cv2.resize(
        rng.normal(0, amp, (gh, gw)).astype(np.float32), (w, h), interpolation=cv2.INTER_CUBIC
    )
    dy = cv2.resize(
        rng.normal(0, amp, (gh, gw)).astype(np.float32), (w, h), interpolation=cv2.INTER_CUBIC
    )
    xx, yy = np.meshgrid(np.arange(w, dtype=np.float32), np.arange(h, dtype=np.float32))
    return cv2.remap(img, xx + dx, yy + dy, cv2.INTER_LINEAR, borderValue=0)


def render_string(text, fkey, size_px, pen_px, rng, jitter=1.0, slant_deg=0.0, per_char=None):
    """Return (uint8 mask, baseline_y, x_start) for `text`."""
    font = fonts.pil_font(fkey, size_px)
    sw = _stroke_for(fkey, size_px, pen_px)
    if per_char is None:
        per_char = fkey not in ("dancing", "ecolier", "kaushan")
    pad = int(size_px * 0.8) + sw
    total = int(font.getlength(text) * 1.15 + 2 * pad + size_px)
    hgt = int(size_px * 2.2 + 2 * pad)
    img = Image.new("L", (total, hgt), 0)
    d = ImageDraw.Draw(img)
    base = pad + int(size_px * 1.1)
    if per_char:
        x = float(pad)
        for ch in text:
            s = size_px * (1 + rng.normal(0, 0.035 * jitter))
            f = fonts.pil_font(fkey, max(6, int(s)))
            if ch != " ":
                gw = int(f.getlength(ch)) + 4 * sw + int(s)
                g = Image.new("L", (gw, int(s * 2.4)), 0)
                ImageDraw.Draw(g).text(
                    (sw + s * 0.2, s * 1.5),
                    ch,
                    font=f,
                    fill=255,
                    anchor="ls",
                    stroke_width=sw,
                    stroke_fill=255,
                )
                g = g.rotate(
                    float(rng.normal(0, 2.2 * jitter)),
                    resample=Image.BILINEAR,
                    center=(sw + s * 0.2, s * 1.5),
                )
                dy = rng.normal(0, s * 0.025 * jitter)
                img.paste(255, (int(x - sw - s * 0.2), int(base - s * 1.5 + dy)), g)
            x += f.getlength(ch) + rng.normal(0.02, 0.03 * jitter) * s + sw * 0.6
        right = x
    else:
        d.text(
            (pad, base), text, font=font, fill=255, anchor="ls", stroke_width=sw, stroke_fill=255
        )
        right = pad + font.getlength(text) + sw
    arr = np.array(img)
    if slant_deg:
        sh = math.tan(math.radians(slant_deg))
        M = np.float32([[1, -sh, sh * base], [0, 1, 0]])
        arr = cv2.warpAffine(arr, M, (arr.shape[1], arr.shape[0]), flags=cv2.INTER_LINEAR)
    arr = _elastic(arr, rng, amp=size_px * 0.018 * jitter, scale=size_px * 0.9)
    arr = arr[:, : int(min(arr.shape[1], right + pad))]
    return arr, base, pad


class Ink:
    def __init__(self, shape, rng):
        self.a = np.zeros(shape[:2], np.float32)
        self.rng = rng

    def paste(self, mask_u8, x, y, strength=1.0):
        """Paste an uint8 mask with its top-left at (x, y) (max blend)."""
        h, w = mask_u8.shape
        H, W = self.a.shape
        x, y = int(round(x)), int(round(y))
        x0, y0 = max(0, x), max(0, y)
        x1, y1 = min(W, x + w), min(H, y + h)
        if x1 <= x0 or y1 <= y0:
            return
        sub = mask_u8[y0 - y : y1 - y, x0 - x : x1 - x].astype(np.float32) / 255.0 * strength
        np.maximum(self.a[y0:y1, x0:x1], sub, out=self.a[y0:y1, x0:x1])

    def polyline(self, pts, width, strength=1.0):
        pts = np.asarray(pts, np.float64)
        if len(pts) < 2:
            return
        x0, y0 = pts.min(0) - width * 2 - 2
        x1, y1 = pts.max(0) + width * 2 + 2
        w, h = int(x1 - x0) + 1, int(y1 - y0) + 1
        m = np.zeros((h, w), np.uint8)
        sh = 4
        q = np.round((pts - [x0, y0]) * (1 << sh)).astype(np.int32)
        cv2.polylines(m, [q.reshape(-1, 1, 2)], False, 255, int(round(width)), cv2.LINE_AA, sh)
        self.paste(m, x0, y0, strength)

    def dot(self, x, y, r):
        r = max(2, int(round(r)))
        m = np.zeros((4 * r + 2, 4 * r + 2), np.uint8)
        cv2.circle(m, (2 * r + 1, 2 * r + 1), r, 255, -1, cv2.LINE_AA)
        self.paste(m, x - 2 * r - 1, y - 2 * r - 1)


def composite(page_rgb, ink, color, rng):
    """Lay the ink over the page (uint8 RGB) with a little pressure variation."""
    a = ink.a
    rows = np.flatnonzero(a.any(axis=1))
    if len(rows) == 0:
        return page_rgb
    cols = np.flatnonzero(a.any(axis=0))
    y0, y1, x0, x1 = rows[0], rows[-1] + 1, cols[0], cols[-1] + 1
    sub = a[y0:y1, x0:x1]
    h, w = sub.shape
    var = cv2.resize(
        rng.uniform(0.86, 1.0, (max(2, h // 60), max(2, w // 60))).astype(np.float32),
        (w, h),
        interpolation=cv2.INTER_LINEAR,
    )
    al = np.clip(sub * var * 1.05, 0, 1)[..., None]
    col = np.array(color, np.float32)[None, None, :]
    out = page_rgb.copy()
    region = out[y0:y1, x0:x1].astype(np.float32)
    out[y0:y1, x0:x1] = np.clip(region * (1 - al) + col * al, 0, 255).astype(np.uint8)
    return out


# ---------------------------------------------------------------- writers
def write_line(ink, hand, text, x0, y_base, x1, kind="caps", size_scale=1.0, indent=None):
    """Write `text` on a form line (pixels). Shrinks to fit the line."""
    if not text:
        return
    rng = hand.rng
    fkey = hand.font_for(text, kind)
    cap_px = hand.px(hand.cap_mm) * size_scale
    capr, xr = fonts.metrics(fkey)
    size = cap_px / capr
    if kind == "script" and any(c.islower() for c in text):
        size = min(size, cap_px * 0.62 / xr)
    avail = (x1 - x0) * 0.96
    for _ in range(6):
        arr, base, pad = render_string(text, fkey, size, hand.pen_px, rng, hand.jitter, hand.slant)
        if arr.shape[1] - 2 * pad <= avail:
            break
        size *= max(0.7, avail / (arr.shape[1] - 2 * pad) * 0.98)
    w = arr.shape[1] - 2 * pad
    if w > avail:  # still too long: squeeze horizontally
        arr = cv2.resize(arr, (int(avail + 2 * pad), arr.shape[0]), interpolation=cv2.INTER_AREA)
        w = avail
    if indent is None:
        indent = rng.uniform(0.01, 0.12) * max(0.0, (x1 - x0) - w)
    lift = cap_px * rng.uniform(0.08, 0.3)
    # slight baseline slope
    ang = float(rng.normal(0, 0.8))
    M = cv2.getRotationMatrix2D((pad, base), ang, 1.0)
    arr = cv2.warpAffine(arr, M, (arr.shape[1], arr.shape[0]), flags=cv2.INTER_LINEAR)
    ink.paste(arr, x0 + indent - pad, y_base - lift - base)


def write_comb(ink, hand, chars, cells, kind="digits"):
    """One capital/digit per cell, centred with jitter."""
    rng = hand.rng
    for ch, (x, y, w, h) in zip(chars, cells):
        if ch in (" ", ""):
            continue
        fkey = hand.font_for(ch, kind)
        size = h * rng.uniform(0.62, 0.78) / fonts.metrics(fkey)[0]
        arr, base, pad = render_string(
            ch, fkey, size, hand.pen_px, rng, hand.jitter, hand.slant * 0.6, per_char=False
        )
        ys, xs = np.nonzero(arr > 60)
        if len(xs) == 0:
            continue
        # people fill the cell: normalise the glyph height (dkg's "0" is x-height only)
        gh = ys.max() - ys.min() + 1
        target = h * rng.uniform(0.58, 0.72)
        if gh < target * 0.85 and ch.isalnum():
            f = target / gh
            arr = cv2.resize(
                arr, (int(arr.shape[1] * f), int(arr.shape[0] * f)), interpolation=cv2.INTER_LINEAR
            )
            ys, xs = np.nonzero(arr > 60)
        cx, cy = (xs.min() + xs.max()) / 2, (ys.min() + ys.max()) / 2
        tx = x + w / 2 + rng.normal(0, w * 0.06)
        ty = y + h / 2 + rng.normal(0, h * 0.05)
        ink.paste(arr, tx - cx, ty - cy)


def tick(ink, hand, box, outside=False, style=None):
    """A check mark or a cross in a box (x, y, s in px)."""
    rng = hand.rng
    x, y, s = box
    style = style or hand.tick
    k = rng.uniform(1.0, 1.35)
    ox = rng.normal(0, s * 0.08)
    oy = rng.normal(0, s * 0.08)
    if outside:
        ox += s * rng.choice([-1, 1]) * rng.uniform(0.35, 0.55)
        oy -= s * rng.uniform(0.2, 0.45)
    cx, cy = x + s / 2 + ox, y + s / 2 + oy
    wpen = hand.pen_px * rng.uniform(1.0, 1.25)
    if style == "check":
        p0 = (cx - 0.45 * s * k, cy + 0.02 * s)
        p1 = (cx - 0.12 * s * k, cy + 0.42 * s * k)
        p2 = (cx + 0.6 * s * k, cy - 0.7 * s * k)
        pts = _curve([p0, p1], 6) + _curve(
            [p1, ((p1[0] + p2[0]) / 2 + 0.05 * s, (p1[1] + p2[1]) / 2), p2], 12
        )
        ink.polyline(pts, wpen)
    else:
        d = 0.5 * s * k
        j = lambda: rng.normal(0, s * 0.06)
        ink.polyline(
            _curve(
                [(cx - d + j(), cy - d + j()), (cx + j(), cy + j()), (cx + d + j(), cy + d + j())],
                10,
            ),
            wpen,
        )
        ink.polyline(
            _curve(
                [(cx + d + j(), cy - d + j()), (cx + j(), cy + j()), (cx - d + j(), cy + d + j())],
                10,
            ),
            wpen,
        )


def _curve(ctrl, n):
    """Quadratic/Bezier-ish smooth path through control points."""
    ctrl = np.asarray(ctrl, np.float64)
    if len(ctrl) == 2:
        t = np.linspace(0, 1, n)[:, None]
        return list(map(tuple, ctrl[0] * (1 - t) + ctrl[1] * t))
    pts = []
    for t in np.linspace(0, 1, n):
        c = ctrl.copy()
        while len(c) > 1:
            c = c[:-1] * (1 - t) + c[1:] * t
        pts.append(tuple(c[0]))
    return pts


def _smooth(pts, k=3):
    pts = np.asarray(pts, np.float64)
    for _ in range(k):
        pts[1:-1] = (pts[:-2] + 2 * pts[1:-1] + pts[2:]) / 4
    return pts


def signature_ops(hand, box, name, given):
    """A real pen scribble in the signature frame (box = x, y, w, h in px).
    Returns drawing ops: ("poly", pts, width) and ("mask", uint8, x, y)."""
    ops = []
    rng = hand.rng
    x, y, w, h = box
    style = hand.sig_style
    pen = hand.pen_px * rng.uniform(1.0, 1.3)
    # the zone actually used: people rarely centre
    zw = w * rng.uniform(0.45, 0.75)
    zh = h * rng.uniform(0.42, 0.62)
    zx = x + rng.uniform(0.08, 0.95) * (w - zw)
    zy = y + h * 0.28 + rng.uniform(0, 0.9) * max(1.0, (h * 0.92 - h * 0.28 - zh))
    ang = rng.uniform(-12, 4)
    if style in (0, 1):
        # written name (or initial + surname) in a script font, then a flourish
        word = (given[:1].upper() + ". " + name.title()) if style == 1 else name.title()
        word = "".join(c for c in word if fonts.has_glyph("dancing", c)) or "Sig"
        fkey = ["dancing", "kaushan", "ecolier"][int(rng.integers(3))]
        if not fonts.supports(fkey, word):
            fkey = "dancing"
        if fkey == "ecolier":
            pen *= 1.25
        size = zh * 0.95
        slant = rng.uniform(8, 22)
        for _ in range(4):
            arr, base, pad = render_string(word, fkey, size, pen, rng, 1.4, slant, per_char=False)
            tw = arr.shape[1] - 2 * pad
            if tw <= zw * 1.05:
                break
            size *= max(0.5, zw / tw)
        M = cv2.getRotationMatrix2D((pad, base), ang * 0.6, 1.0)
        arr = cv2.warpAffine(arr, M, (arr.shape[1], arr.shape[0]))
        ops.append(("mask", arr, zx - pad, zy + zh * 0.75 - base))
        # flourish under or through the name
        bx0, by0 = zx + rng.uniform(-0.05, 0.2) * tw, zy + zh * rng.uniform(0.8, 1.05)
        bx1 = zx + tw * rng.uniform(0.9, 1.15)
        pts = _curve(
            [
                (bx0, by0),
                ((bx0 + bx1) / 2, by0 + zh * rng.uniform(0.15, 0.35)),
                (bx1, by0 - zh * rng.uniform(0.1, 0.6)),
            ],
            40,
        )
        if rng.random() < 0.5:  # loop back
            pts += _curve(
                [
                    pts[-1],
                    (bx1 + zh * 0.2, pts[-1][1] - zh * 0.3),
                    (bx1 - tw * 0.3, by0 + zh * 0.05),
                ],
                30,
            )
        ops.append(("poly", pts, pen * rng.uniform(0.8, 1.0)))
    elif style == 4:
        # initials in a fast script, enclosed by an open oval stroke
        ini = (given[:1] + name[:1]).upper()
        fkey = "kaushan" if fonts.supports("kaushan", ini) else "dancing"
        arr, base, pad = render_string(
            ini, fkey, zh * 1.1, pen, rng, 1.2, rng.uniform(10, 20), per_char=False
        )
        tw = arr.shape[1] - 2 * pad
        ops.append(("mask", arr, zx + zw * 0.15 - pad, zy + zh * 0.85 - base))
        t = np.linspace(rng.uniform(0.2, 0.8), rng.uniform(5.6, 6.6), 90)
        ex, ey = zx + zw * 0.15 + tw * 0.55, zy + zh * 0.5
        rx, ry = tw * rng.uniform(0.75, 0.95), zh * rng.uniform(0.65, 0.85)
        pts = np.stack([ex + rx * np.cos(t), ey - ry * np.sin(t) + (t - t[0]) * zh * 0.02], 1)
        pts = _rotate(pts, ang, (ex, ey))
        ops.append(("poly", pts, pen * 0.9))
        ops.append(
            (
                "poly",
                _curve(
                    [
                        tuple(pts[-1]),
                        (ex + rx * 1.3, ey + ry * 0.2),
                        (ex + rx * 1.8, ey - ry * 0.5),
                    ],
                    20,
                ),
                pen * 0.8,
            )
        )
    elif style == 2:
        # big initial loop then a garland of decaying loops and a final stroke
        n = int(rng.integers(4, 8))
        t = np.linspace(0, n * 2 * np.pi, 60 * n)
        L = zw * 0.85
        r = zh * 0.32
        decay = np.linspace(1.0, rng.uniform(0.35, 0.7), len(t))
        knots = np.linspace(0, t[-1], n + 2)
        amp = np.interp(t, knots, rng.uniform(0.6, 1.35, n + 2))
        wid = np.interp(t, knots, rng.uniform(0.3, 0.9, n + 2))
        speed = np.cumsum(np.interp(t, knots, rng.uniform(0.5, 1.6, n + 2)))
        px_ = zx + zh * 0.3 + speed / speed[-1] * L + r * wid * np.sin(t) * decay
        py_ = (
            zy
            + zh * 0.55
            - r * np.cos(t) * decay * amp
            + rng.normal(0, 0.4, len(t)).cumsum() * 0.03 * r
            - (t / t[-1]) * zh * rng.uniform(-0.2, 0.35)
        )
        lead = _curve(
            [
                (zx, zy + zh * 0.95),
                (zx - zh * 0.1, zy - zh * 0.1),
                (zx + zh * 0.45, zy),
                (px_[0], py_[0]),
            ],
            40,
        )
        pts = np.vstack([np.array(lead), np.stack([px_, py_], 1)])
        pts = _rotate(_smooth(pts, 2), ang, (zx, zy))
        ops.append(("poly", pts, pen))
        tail = _curve(
            [
                (pts[-1][0], pts[-1][1]),
                (zx + L * 0.6, zy + zh * 1.2),
                (zx + L * 0.1, zy + zh * 0.9),
            ],
            30,
        )
        ops.append(("poly", tail, pen * 0.85))
    else:
        # zig-zag scribble with a capital-like opening stroke and a crossing line
        k = int(rng.integers(6, 12))
        xs = np.linspace(zx + zw * 0.12, zx + zw, k)
        ys = np.where(np.arange(k) % 2 == 0, zy + zh * 0.15, zy + zh * 0.85)
        ys = ys + rng.normal(0, zh * 0.08, k)
        amp = np.linspace(1.0, 0.5, k)
        ys = zy + zh * 0.5 + (ys - zy - zh * 0.5) * amp
        ctrl = np.stack([xs, ys], 1)
        pts = []
        for i in range(len(ctrl) - 1):
            a, b = ctrl[i], ctrl[i + 1]
            mid = (a + b) / 2 + [zw * 0.03, 0]
            pts += _curve([a, mid, b], 10)
        head = _curve(
            [
                (zx, zy + zh),
                (zx + zw * 0.02, zy - zh * 0.05),
                (zx + zw * 0.12, zy + zh * 0.3),
                tuple(ctrl[0]),
            ],
            30,
        )
        pts = _rotate(_smooth(np.array(head + pts), 2), ang, (zx, zy))
        ops.append(("poly", pts, pen))
        cross = _curve(
            [
                (zx - zw * 0.05, zy + zh * rng.uniform(0.4, 0.8)),
                (zx + zw * 0.5, zy + zh * rng.uniform(0.2, 1.0)),
                (zx + zw * 1.05, zy + zh * rng.uniform(0.2, 0.6)),
            ],
            40,
        )
        ops.append(("poly", _rotate(np.array(cross), ang, (zx, zy)), pen * 0.9))
    return ops


def apply_ops(ink, ops):
    for op in ops:
        if op[0] == "poly":
            ink.polyline(op[1], op[2])
        else:
            ink.paste(op[1], op[2], op[3])


def signature(ink, hand, box, name, given):
    apply_ops(ink, signature_ops(hand, box, name, given))


def _rotate(pts, deg, c):
    pts = np.asarray(pts, np.float64)
    a = math.radians(deg)
    R = np.array([[math.cos(a), -math.sin(a)], [math.sin(a), math.cos(a)]])
    return (pts - c) @ R.T + c


def stray_mark(ink, hand, box, kind):
    """Not a signature: a pen rest dot or a short stroke."""
    rng = hand.rng
    x, y, w, h = box
    cx = x + w * rng.uniform(0.3, 0.75)
    cy = y + h * rng.uniform(0.45, 0.8)
    if kind == "dot":
        ink.dot(cx, cy, hand.pen_px * rng.uniform(0.7, 1.0))
    else:
        L = hand.px(rng.uniform(3.0, 5.0))
        a = math.radians(rng.uniform(-70, -30))
        ink.polyline(
            _curve(
                [
                    (cx, cy),
                    (cx + L * 0.5 * math.cos(a) + 2, cy + L * 0.5 * math.sin(a)),
                    (cx + L * math.cos(a), cy + L * math.sin(a)),
                ],
                8,
            ),
            hand.pen_px,
        )
