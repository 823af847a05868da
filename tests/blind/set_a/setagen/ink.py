"""Things drawn by hand or by rubber stamp: handwriting with jitter, signatures,
stamps, ID photos, simple logos. All randomness comes from a passed-in rng."""

import hashlib
import math
import random

BLUE_INK = (22, 42, 120)
BLACK_INK = (25, 25, 35)
STAMP_BLUE = (40, 70, 160)
STAMP_VIOLET = (95, 50, 140)
STAMP_RED = (180, 40, 50)


def rng(*keys):
    h = hashlib.sha256("|".join(str(k) for k in keys).encode()).hexdigest()
    return random.Random(int(h[:16], 16))


def hand(
    s,
    x,
    y,
    text,
    font="h-dkg",
    size=12,
    color=BLUE_INK,
    r=None,
    jitter=0.22,
    slope=0.0,
    mode="char",
    spacing=1.0,
):
    """Handwritten text: per-letter (or per-word) baseline and size jitter.
    Returns the x where the text ends."""
    r = r or rng(text, x, y)
    cx = x
    if mode == "word":
        for wd in text.split(" "):
            sz = size * (1 + r.uniform(-0.04, 0.04))
            dy = r.gauss(0, jitter) + slope * (cx - x)
            s.text(cx, y + dy, wd, font, sz, color)
            cx += s.textw(wd + " ", font, sz) * spacing * (1 + r.uniform(-0.05, 0.08))
        return cx
    for ch in text:
        if ch == " ":
            cx += s.textw(" ", font, size) * (1.0 + r.uniform(0.0, 0.5)) * spacing
            continue
        sz = size * (1 + r.uniform(-0.06, 0.06))
        dy = r.gauss(0, jitter) + slope * (cx - x)
        s.text(cx + r.gauss(0, jitter * 0.3), y + dy, ch, font, sz, color)
        cx += s.textw(ch, font, sz) * spacing * (1 + r.uniform(-0.04, 0.07))
    return cx


def hand_caps_comb(s, x, y, cw, ch, text, font="h-ecolier", size=12, color=BLUE_INK, r=None):
    """Capitals written one per comb box, each slightly off-centre."""
    r = r or rng(text, x, y)
    for i, c in enumerate(text):
        if c == " ":
            continue
        s.text(
            x + i * cw + cw / 2 + r.gauss(0, cw * 0.06),
            y + ch * 0.8 + r.gauss(0, ch * 0.05),
            c,
            font,
            size * (1 + r.uniform(-0.06, 0.05)),
            color,
            "c",
        )


def cross(s, x, y, size=3.2, color=BLUE_INK, r=None, lw=0.35, tick=False):
    """A hand-made cross (or tick) in a box whose top-left is (x, y)."""
    r = r or rng(x, y, size)
    ox, oy = r.uniform(-0.5, 0.6), r.uniform(-0.5, 0.5)
    if tick:
        pts = [
            (x + 0.3 + ox, y + size * 0.55 + oy),
            (x + size * 0.4 + ox, y + size + 0.2 + oy),
            (x + size * 1.25 + ox, y - 0.8 + oy),
        ]
        s.polyline(pts, color, lw)
        return
    s.line(
        x + ox,
        y + oy,
        x + size + ox + r.uniform(0, 0.6),
        y + size + oy + r.uniform(0, 0.5),
        color,
        lw,
    )
    s.line(
        x + ox + r.uniform(0, 0.4),
        y + size + oy,
        x + size + ox,
        y + oy - r.uniform(0, 0.5),
        color,
        lw,
    )


def _catmull(pts, n=10):
    out = []
    for i in range(len(pts) - 1):
        p0 = pts[i - 1] if i > 0 else pts[i]
        p1, p2 = pts[i], pts[i + 1]
        p3 = pts[i + 2] if i + 2 < len(pts) else p2
        for k in range(n):
            t = k / n
            t2, t3 = t * t, t * t * t
            out.append(
                tuple(
                    0.5
                    * (
                        (2 * p1[j])
                        + (-p0[j] + p2[j]) * t
                        + (2 * p0[j] - 5 * p1[j] + 4 * p2[j] - p3[j]) * t2
                        + (-p0[j] + 3 * p1[j] - 3 * p2[j] + p3[j]) * t3
                    )
                    for j in range(2)
                )
            )
    out.append(pts[-1])
    return out


def signature(s, x, y, w, h, name="X", color=BLUE_INK, r=None, lw=0.32, style=None):
    """A signature of varied shape inside the box (x, y, w, h)."""
    r = r or rng("sig", name)
    style = style if style is not None else r.randrange(4)
    base = y + h * 0.62
    initial = (name.strip() or "X")[0].upper()
    if style in (0, 2):
        font = ["h-dancing-b", "h-kaushan", "h-dancing", "h-kaushan"][r.randrange(4)]
        s.text(x + w * 0.02, base, initial, font, h * 2.2, color)
        x0 = x + s.textw(initial, font, h * 2.2) * 0.85
    else:
        x0 = x + w * 0.04
    pts = []
    n = 5 + r.randrange(5)
    span = (x + w * 0.9) - x0
    amp = h * (0.22 + r.random() * 0.15)
    for i in range(n * 2 + 1):
        t = i / (n * 2)
        px = x0 + span * t + (r.uniform(-1.2, 1.2) if i % 2 else 0)
        py = (
            base
            + (-amp if i % 2 else amp * 0.3) * (1 + r.uniform(-0.3, 0.3))
            - t * h * r.uniform(0.0, 0.25)
        )
        pts.append((px, py))
    if style in (1, 2):
        # loops like a cursive "ll"
        loops = []
        for px, py in pts:
            loops.append((px, py))
            if r.random() < 0.3:
                loops.append((px - 1.2, py - amp * 0.9))
                loops.append((px + 0.6, py - amp * 1.2))
        pts = loops
    curve = _catmull(pts, 8)
    s.polyline(curve, color, lw)
    # final flourish / underline
    fx = x0 + span * r.uniform(0.1, 0.3)
    if style == 3:
        s.polyline(
            _catmull(
                [
                    (x + w * 0.05, base + h * 0.25),
                    (x + w * 0.5, base + h * 0.12),
                    (x + w * 0.95, base + h * 0.2),
                    (x + w * 0.8, base + h * 0.33),
                ],
                10,
            ),
            color,
            lw * 0.9,
        )
    else:
        s.polyline(
            _catmull(
                [
                    (fx, base + h * 0.2),
                    (x + w * 0.6, base + h * 0.28),
                    (x + w * 0.97, base + h * 0.05),
                ],
                12,
            ),
            color,
            lw * 0.9,
        )


def round_stamp(
    s,
    cx,
    cy,
    rad,
    top,
    bottom="",
    centre=(),
    color=STAMP_BLUE,
    opacity=0.78,
    angle=0.0,
    font="sans-b",
):
    s.begin_layer(opacity, True)
    s.ellipse(cx, cy, rad, rad, color, None, 0.45)
    s.ellipse(cx, cy, rad * 0.68, rad * 0.68, color, None, 0.3)
    fs = rad * 0.55
    if top:
        s.circle_text(cx, cy, rad * 0.8, top, font, fs, color, start=180 + angle + 10, span=160)
    if bottom:
        # bottom arc, letters upright-ish: read left to right along the bottom
        n = len(bottom)
        for i, ch in enumerate(bottom):
            a = math.radians(160 - 140 * (i + 0.5) / n + angle)
            px, py = cx + rad * 0.84 * math.cos(a), cy + rad * 0.84 * math.sin(a)
            s.text(px, py, ch, font, fs, color, "c", angle=-(math.degrees(a) - 90))
    lh = rad * 0.28
    y0 = cy - (len(centre) - 1) * lh / 2 + lh * 0.3
    for i, ln in enumerate(centre):
        s.text(cx, y0 + i * lh, ln, font, rad * 0.62, color, "c")
    s.end_layer()


def box_stamp(
    s, x, y, lines, color=STAMP_BLUE, opacity=0.8, size=8, font="sans-b", pad=2.0, border=True
):
    s.begin_layer(opacity, True)
    w = max(s.textw(t, font, size) for t in lines) + 2 * pad
    lh = size * 0.3528 * 1.3
    h = lh * len(lines) + pad * 1.4
    if border:
        s.rect(x, y, w, h, color, None, 0.5)
        s.rect(x + 0.8, y + 0.8, w - 1.6, h - 1.6, color, None, 0.2)
    for i, t in enumerate(lines):
        s.text(x + w / 2, y + pad + lh * (i + 0.75), t, font, size, color, "c")
    s.end_layer()
    return w, h


SKIN = [
    (241, 205, 176),
    (224, 172, 130),
    (198, 134, 92),
    (160, 102, 66),
    (112, 70, 44),
    (236, 192, 160),
    (205, 150, 110),
]
HAIR = [(30, 22, 18), (60, 40, 25), (100, 70, 40), (150, 110, 60), (20, 20, 20), (120, 100, 90)]


_portraits = {}


def portrait(
    s,
    x,
    y,
    w,
    h,
    seed,
    sex="F",
    skin=None,
    hair=None,
    bg=(214, 222, 230),
    grey=False,
    long_hair=None,
):
    """A stylised ID photo (no real face), clipped to its frame."""
    from .surface import PilSurface

    k = (seed, sex, skin, hair, bg, grey, long_hair, round(w, 2), round(h, 2))
    im = _portraits.get(k)
    if im is None:
        ps = PilSurface(w, h, 300, bg)
        _portrait(ps, 0, 0, w, h, seed, sex, skin, hair, bg, grey, long_hair)
        im = ps.img
        _portraits[k] = im
    s.image(im, x, y, w, h)


def _portrait(s, x, y, w, h, seed, sex, skin, hair, bg, grey, long_hair):
    r = rng("face", seed)
    skin = SKIN[skin] if isinstance(skin, int) else (skin or SKIN[r.randrange(len(SKIN))])
    hair = HAIR[hair] if isinstance(hair, int) else (hair or HAIR[r.randrange(len(HAIR))])
    long_hair = (sex == "F") if long_hair is None else long_hair

    def g(c):
        if not grey:
            return c
        v = int(0.3 * c[0] + 0.59 * c[1] + 0.11 * c[2])
        return (v, v, v)

    s.rect(x, y, w, h, None, g(bg), 0)
    cx = x + w / 2
    hy = y + h * 0.42
    hr_x, hr_y = w * 0.26, h * 0.24
    cloth = g(
        [(40, 50, 80), (70, 70, 75), (120, 30, 40), (30, 70, 60), (200, 200, 205)][r.randrange(5)]
    )
    if long_hair:
        s.ellipse(cx, hy + h * 0.08, hr_x * 1.35, hr_y * 1.45, None, g(hair))
    s.ellipse(cx, y + h * 1.02, w * 0.5, h * 0.26, None, cloth)
    s.rect(cx - w * 0.09, hy + hr_y * 0.6, w * 0.18, h * 0.2, None, g(skin))
    s.ellipse(cx, hy, hr_x, hr_y, None, g(skin))
    # hair on top
    s.ellipse(cx, hy - hr_y * 0.62, hr_x * 1.05, hr_y * 0.55, None, g(hair))
    if not long_hair:
        s.rect(cx - hr_x * 1.02, hy - hr_y * 0.7, hr_x * 0.25, hr_y * 0.6, None, g(hair))
        s.rect(cx + hr_x * 0.77, hy - hr_y * 0.7, hr_x * 0.25, hr_y * 0.6, None, g(hair))
    # eyes, brows, nose, mouth
    ey = hy - hr_y * 0.05
    for dx in (-1, 1):
        s.ellipse(cx + dx * hr_x * 0.38, ey, hr_x * 0.12, hr_y * 0.055, None, g((250, 250, 250)))
        s.ellipse(cx + dx * hr_x * 0.38, ey, hr_x * 0.06, hr_y * 0.05, None, g((50, 40, 35)))
        s.line(
            cx + dx * hr_x * 0.22,
            ey - hr_y * 0.17,
            cx + dx * hr_x * 0.55,
            ey - hr_y * 0.19,
            g(hair),
            w * 0.02,
        )
    s.line(cx, ey + hr_y * 0.1, cx - hr_x * 0.06, ey + hr_y * 0.38, g((150, 100, 80)), w * 0.012)
    s.line(
        cx - hr_x * 0.25,
        hy + hr_y * 0.55,
        cx + hr_x * 0.25,
        hy + hr_y * 0.55,
        g((150, 70, 70)),
        w * 0.022,
    )
