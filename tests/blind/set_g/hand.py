"""Pen-like things: handwriting, signatures, ticks, rubber stamps, ID photos."""

from __future__ import annotations

import math
import random

import numpy as np
from core import MM_PER_PT, Page, pil_font
from PIL import Image, ImageDraw, ImageFilter

INK_BLUE = (22, 34, 120)
INK_BLACK = (18, 18, 28)
INK_DARKBLUE = (10, 25, 80)
HDPI = 300.0  # handwriting is drawn at 300 dpi then placed
S = HDPI / 25.4  # px per mm


def _stroke_for(font: str, size_mm: float) -> int:
    # thin script fonts get an extra stroke so that the pen line is >= 2 px at 200 dpi
    thin = {
        "h-dancing": 1,
        "h-kaushan": 0,
        "h-dkg": 1,
        "h-breip": 1,
        "h-femke": 1,
        "h-humor": 1,
        "h-ruf": 0,
        "h-ecolier": 1,
        "h-comic": 1,
    }
    base = thin.get(font.partition(":")[0], 1)
    return base + (1 if size_mm > 6 else 0)


def hand_image(
    text: str,
    font: str = "h-dancing",
    size_mm: float = 5.0,
    color=INK_BLUE,
    seed: int = 0,
    jitter: float = 1.0,
    slant_deg: float | None = None,
):
    """Render handwriting; returns (RGBA image, baseline_px_from_top)."""
    rng = random.Random(seed)
    px = int(size_mm * S)
    stroke = _stroke_for(font, size_mm)
    f = pil_font(font, px)
    total = int(f.getlength(text) * 1.12) + px * 2
    H = int(px * 2.2)
    base_y = int(px * 1.45)
    im = Image.new("RGBA", (total, H), (0, 0, 0, 0))
    d = ImageDraw.Draw(im)
    x = px * 0.3
    drift = rng.uniform(-0.03, 0.03) * px
    for i, ch in enumerate(text):
        sc = 1.0 + rng.uniform(-0.05, 0.05) * jitter
        fc = pil_font(font, int(px * sc)) if abs(sc - 1) > 0.01 else f
        dy = rng.gauss(0, 0.035 * px) * jitter + drift * i / max(1, len(text))
        alpha = rng.randint(225, 255)
        d.text(
            (x, base_y + dy),
            ch,
            font=fc,
            fill=tuple(color) + (alpha,),
            anchor="ls",
            stroke_width=stroke,
            stroke_fill=tuple(color) + (alpha,),
        )
        x += fc.getlength(ch) + rng.uniform(-0.02, 0.05) * px * jitter
    im = im.crop((0, 0, min(total, int(x + px * 0.4)), H))
    ang = slant_deg if slant_deg is not None else rng.uniform(-1.6, 1.6)
    if abs(ang) > 0.05:
        im = im.rotate(ang, resample=Image.BILINEAR, expand=False)
    return im, base_y


def hand(
    page: Page,
    x: float,
    y: float,
    text: str,
    font="h-dancing",
    size_mm=5.0,
    color=INK_BLUE,
    seed=0,
    jitter=1.0,
    maxw: float | None = None,
    anchor="l",
):
    """Write `text` by hand with its baseline at y (mm)."""
    if not text:
        return 0.0
    im, by = hand_image(text, font, size_mm, color, seed, jitter)
    w, h, by_mm, k = im.width / S, im.height / S, by / S, 1.0
    if maxw and w > maxw:
        k = maxw / w
        w, h, by_mm = w * k, h * k, by_mm * k
    x0 = x if anchor == "l" else (x - w / 2 if anchor == "c" else x - w)
    page.image(im, x0 - 0.3 * size_mm * k, y - by_mm, w, h)
    return w


def comb(
    page: Page,
    x: float,
    y: float,
    cell: float,
    n: int,
    h: float | None = None,
    lw=0.2,
    color=(0, 0, 0),
):
    """Draw n comb boxes; returns the x positions of each box."""
    h = h or cell * 1.15
    page.rect(x, y, cell * n, h, stroke=color, lw=lw)
    for i in range(1, n):
        page.line(x + cell * i, y + h * 0.35, x + cell * i, y + h, color, lw)
    return [x + cell * i for i in range(n)]


def comb_fill(
    page: Page,
    x: float,
    y: float,
    cell: float,
    n: int,
    text: str,
    font="h-humor",
    seed=0,
    color=INK_BLUE,
    h: float | None = None,
):
    """Capitals written one per box."""
    h = h or cell * 1.15
    rng = random.Random(seed)
    text = text.upper()[:n]
    for i, ch in enumerate(text):
        if ch == " ":
            continue
        im, by = hand_image(ch, font, cell * 0.92, color, seed * 131 + i, jitter=0.6)
        w = im.width / S
        hh = im.height / S
        cx = x + cell * i + cell / 2 + rng.uniform(-0.25, 0.25)
        base = y + h * 0.86 + rng.uniform(-0.3, 0.15)
        # the glyph box includes side bearings: centre the inked part
        bbox = im.getbbox() or (0, 0, im.width, im.height)
        ink_cx = (bbox[0] + bbox[2]) / 2 / S
        page.image(im, cx - ink_cx, base - by / S, w, hh)


def tick(kind: str = "x", size_mm: float = 3.2, color=INK_BLUE, seed: int = 0) -> Image.Image:
    rng = random.Random(seed)
    n = int(size_mm * S)
    big = Image.new("RGBA", (n * 2, n * 2), (0, 0, 0, 0))
    d = ImageDraw.Draw(big)
    w = max(5, int(0.55 * S * 2))
    c = tuple(color) + (250,)

    def j(v):
        return v + rng.uniform(-0.08, 0.08) * n * 2

    if kind == "x":
        d.line([(j(0.3 * n), j(0.3 * n)), (j(1.7 * n), j(1.7 * n))], fill=c, width=w)
        d.line([(j(1.7 * n), j(0.25 * n)), (j(0.3 * n), j(1.7 * n))], fill=c, width=w)
    else:  # check mark
        d.line(
            [(j(0.3 * n), j(1.0 * n)), (j(0.8 * n), j(1.6 * n)), (j(1.8 * n), j(0.1 * n))],
            fill=c,
            width=w,
            joint="curve",
        )
    return big.resize((n, n), Image.LANCZOS)


def _catmull(pts, steps=14):
    out = []
    P = [pts[0]] + list(pts) + [pts[-1]]
    for i in range(1, len(P) - 2):
        p0, p1, p2, p3 = P[i - 1], P[i], P[i + 1], P[i + 2]
        for k in range(steps):
            t = k / steps
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
    out.append(P[-2])
    return out


def signature(
    name: str,
    seed: int = 0,
    w_mm: float = 45,
    h_mm: float = 16,
    color=INK_BLUE,
    style: int | None = None,
) -> Image.Image:
    """A pen signature: initials in a script face then a scribbled, looping flourish."""
    rng = random.Random(seed)
    style = rng.randrange(3) if style is None else style
    k = 3  # supersampling
    W, H = int(w_mm * S * k), int(h_mm * S * k)
    im = Image.new("RGBA", (W, H), (0, 0, 0, 0))
    d = ImageDraw.Draw(im)
    pen = max(2, int(0.42 * S * k * rng.uniform(0.9, 1.2)))  # ~0.4-0.5 mm pen
    c = tuple(color) + (255,)
    parts = [p for p in name.replace("-", " ").split() if p]
    initials = "".join(p[0] for p in parts[:2]).upper() or "X"
    fontname = ["h-kaushan", "h-dancing:b", "h-dkg:bi"][style]
    f = pil_font(fontname, int(H * 0.62))
    x0 = int(W * rng.uniform(0.03, 0.1))
    base = int(H * 0.72)
    if style == 0:
        txt = initials[0] + parts[-1][1:5].lower() if len(parts) > 1 else initials
    elif style == 1:
        txt = parts[0][:1].upper() + ". " + (parts[-1][:6].capitalize() if len(parts) > 1 else "")
    else:
        txt = initials
    d.text(
        (x0, base), txt, font=f, fill=c, anchor="ls", stroke_width=max(1, pen // 3), stroke_fill=c
    )
    tw = int(f.getlength(txt))
    # flourish: loops then a long underline stroke
    pts = []
    x = x0 + tw * rng.uniform(0.6, 1.0)
    y = base - H * 0.15
    n = rng.randint(4, 7)
    for i in range(n):
        pts.append((x, y))
        x += W * rng.uniform(0.04, 0.09)
        y = (
            base - H * rng.uniform(0.05, 0.55)
            if i % 2 == 0
            else base + H * rng.uniform(-0.05, 0.12)
        )
    pts.append((min(W * 0.97, x + W * 0.1), base - H * rng.uniform(0.0, 0.3)))
    curve = _catmull(pts)
    d.line(curve, fill=c, width=pen, joint="curve")
    # underline sweep back to the left
    u = [
        (W * rng.uniform(0.75, 0.95), base + H * rng.uniform(0.02, 0.12)),
        (W * 0.5, base + H * rng.uniform(0.1, 0.2)),
        (x0 + W * rng.uniform(0.0, 0.1), base + H * rng.uniform(0.05, 0.2)),
    ]
    d.line(_catmull(u, 10), fill=c, width=max(2, int(pen * 0.8)), joint="curve")
    im = im.resize((W // k, H // k), Image.LANCZOS)
    return im.rotate(rng.uniform(-4, 5), resample=Image.BILINEAR)


def stamp(
    lines: list[str],
    shape: str = "circle",
    size_mm: float = 32,
    color=(60, 50, 150),
    seed: int = 0,
    center: str = "",
    font="sans:b",
) -> Image.Image:
    """Rubber stamp: ring text around a circle or boxed lines, with uneven ink."""
    rng = random.Random(seed)
    n = int(size_mm * S)
    if shape == "circle":
        W = H = n
    else:
        W, H = n, int(n * 0.55)
    im = Image.new("L", (W, H), 0)
    d = ImageDraw.Draw(im)
    lw = max(3, int(0.45 * S))
    if shape == "circle":
        d.ellipse([lw, lw, W - lw, H - lw], outline=255, width=lw)
        r2 = int(W * 0.30)
        d.ellipse(
            [W // 2 - r2, H // 2 - r2, W // 2 + r2, H // 2 + r2], outline=255, width=max(2, lw // 2)
        )
        ring = lines[0] if lines else ""
        fpx = int(W * 0.085)
        f = pil_font(font, fpx)
        R = W / 2 - lw * 2 - fpx * 0.75
        total = len(ring)
        span = min(330.0, 11.5 * total)
        for i, ch in enumerate(ring):
            a = math.radians(-90 - span / 2 + span * (i + 0.5) / max(1, total))
            cx, cy = W / 2 + R * math.cos(a), H / 2 + R * math.sin(a)
            g = Image.new("L", (fpx * 2, fpx * 2), 0)
            ImageDraw.Draw(g).text((fpx, fpx), ch, font=f, fill=255, anchor="mm")
            g = g.rotate(-math.degrees(a) - 90, resample=Image.BICUBIC)
            im.paste(255, (int(cx - fpx), int(cy - fpx)), g)
        inner = lines[1:] if len(lines) > 1 else ([center] if center else [])
        fi = pil_font(font, int(W * 0.075))
        yy = H / 2 - (len(inner) - 1) * W * 0.045
        for ln in inner:
            d.text((W / 2, yy), ln, font=fi, fill=255, anchor="mm")
            yy += W * 0.09
    else:
        d.rectangle([lw, lw, W - lw, H - lw], outline=255, width=lw)
        fpx = int(H / (len(lines) + 1) * 0.62)
        yy = H / (len(lines) + 1)
        for i, ln in enumerate(lines):
            f = pil_font(font if i == 0 else font.split(":")[0], fpx)
            while f.getlength(ln) > W - 4 * lw and fpx > 6:
                fpx -= 2
                f = pil_font(font if i == 0 else font.split(":")[0], fpx)
            d.text((W / 2, yy * (i + 1)), ln, font=f, fill=255, anchor="mm")
    # uneven ink
    a = np.asarray(im, dtype=np.float32) / 255.0
    nrng = np.random.default_rng(seed)
    lo = nrng.random((max(2, H // 40), max(2, W // 40))).astype(np.float32)
    lo = (
        np.asarray(
            Image.fromarray((lo * 255).astype(np.uint8)).resize((W, H), Image.BICUBIC),
            dtype=np.float32,
        )
        / 255
    )
    speck = nrng.random((H, W)).astype(np.float32)
    a = a * (0.55 + 0.45 * lo) * (speck > 0.12)
    alpha = Image.fromarray((a * 235).clip(0, 255).astype(np.uint8))
    out = Image.new("RGBA", (W, H), tuple(color) + (0,))
    out.putalpha(alpha)
    return out.rotate(rng.uniform(-12, 12), resample=Image.BICUBIC, expand=True)


# ------------------------------------------------------------- portraits ---
SKIN = [
    (241, 204, 171),
    (224, 172, 135),
    (198, 134, 94),
    (141, 85, 56),
    (96, 58, 38),
    (232, 190, 150),
]
HAIR = [(25, 20, 18), (60, 40, 25), (110, 75, 40), (190, 150, 90), (30, 25, 25)]


def portrait(seed: int, w_mm=35, h_mm=45, grey=False, sex="F", bg=(228, 232, 236)) -> Image.Image:
    rng = random.Random(seed)
    W, H = int(w_mm * 12), int(h_mm * 12)
    im = Image.new("RGB", (W, H), bg)
    d = ImageDraw.Draw(im)
    skin = SKIN[rng.randrange(len(SKIN))]
    hair = HAIR[rng.randrange(len(HAIR))]
    shirt = rng.choice([(40, 50, 80), (90, 90, 95), (150, 40, 40), (30, 30, 30), (200, 200, 205)])
    cx = W / 2 + rng.uniform(-W * 0.03, W * 0.03)
    # hair back (long hair falls behind the shoulders, not under the chin)
    long_hair = sex == "F" and rng.random() < 0.8
    if long_hair:
        d.rounded_rectangle(
            [cx - W * 0.31, H * 0.14, cx + W * 0.31, H * 0.86], radius=int(W * 0.2), fill=hair
        )
    # shoulders and neck
    d.ellipse([cx - W * 0.55, H * 0.78, cx + W * 0.55, H * 1.35], fill=shirt)
    d.rectangle(
        [cx - W * 0.09, H * 0.62, cx + W * 0.09, H * 0.82], fill=tuple(int(v * 0.92) for v in skin)
    )
    hw, hh = W * rng.uniform(0.22, 0.25), H * rng.uniform(0.25, 0.28)
    top = H * 0.16
    d.ellipse([cx - hw, top, cx + hw, top + 2 * hh], fill=skin)
    # hair top
    d.chord([cx - hw * 1.08, top - H * 0.03, cx + hw * 1.08, top + hh * 1.1], 180, 360, fill=hair)
    # eyes, brows, nose, mouth
    ey = top + hh * 0.95
    for sgn in (-1, 1):
        ex = cx + sgn * hw * 0.42
        d.ellipse(
            [ex - W * 0.03, ey - H * 0.012, ex + W * 0.03, ey + H * 0.012], fill=(245, 245, 245)
        )
        d.ellipse(
            [ex - W * 0.013, ey - H * 0.011, ex + W * 0.013, ey + H * 0.011], fill=(50, 35, 25)
        )
        d.line(
            [ex - W * 0.045, ey - H * 0.035, ex + W * 0.045, ey - H * 0.04],
            fill=hair,
            width=max(2, W // 90),
        )
    d.line(
        [cx, ey + H * 0.01, cx - W * 0.015, ey + hh * 0.45, cx + W * 0.01, ey + hh * 0.47],
        fill=tuple(int(v * 0.8) for v in skin),
        width=max(2, W // 120),
    )
    my = ey + hh * 0.68
    d.arc(
        [cx - W * 0.07, my - H * 0.03, cx + W * 0.07, my + H * 0.02],
        20,
        160,
        fill=(150, 70, 70),
        width=max(2, W // 100),
    )
    im = im.filter(ImageFilter.GaussianBlur(1.2))
    if grey:
        im = im.convert("L").convert("RGB")
    return im


def ghost(photo: Image.Image, tint=(200, 160, 160), alpha=110) -> Image.Image:
    g = photo.convert("L")
    out = Image.new("RGBA", g.size, tuple(tint) + (0,))
    a = np.asarray(g, dtype=np.float32)
    a = (255 - a) / 255.0 * alpha
    out.putalpha(Image.fromarray(a.clip(0, 255).astype(np.uint8)))
    return out


def guilloche(
    w_mm, h_mm, color=(120, 160, 200), seed=0, density=26, alpha=70, dpi=150
) -> Image.Image:
    """Fine wavy security lines used as a background on ID documents."""
    rng = random.Random(seed)
    s = dpi / 25.4
    W, H = int(w_mm * s), int(h_mm * s)
    im = Image.new("RGBA", (W, H), (0, 0, 0, 0))
    d = ImageDraw.Draw(im)
    c = tuple(color) + (alpha,)
    f1, f2 = rng.uniform(1.5, 3.5), rng.uniform(4, 9)
    ph = rng.uniform(0, 6.28)
    for i in range(density):
        y0 = H * i / density
        pts = []
        for xx in range(0, W + 4, 4):
            t = xx / W * 2 * math.pi
            y = y0 + H * 0.05 * math.sin(f1 * t + ph + i * 0.25) + H * 0.015 * math.sin(f2 * t + i)
            pts.append((xx, y))
        d.line(pts, fill=c, width=1)
    return im


def emblem(size_mm: float, color=(150, 120, 60), seed=0, kind="star", alpha=255) -> Image.Image:
    """A simple national emblem/seal shape."""
    n = int(size_mm * S)
    im = Image.new("RGBA", (n, n), (0, 0, 0, 0))
    d = ImageDraw.Draw(im)
    c = tuple(color) + (alpha,)
    lw = max(2, n // 40)
    d.ellipse([lw, lw, n - lw, n - lw], outline=c, width=lw)
    d.ellipse([n * 0.12, n * 0.12, n * 0.88, n * 0.88], outline=c, width=max(1, lw // 2))
    if kind == "star":
        pts = []
        for i in range(10):
            r = n * (0.3 if i % 2 == 0 else 0.13)
            a = math.radians(-90 + 36 * i)
            pts.append((n / 2 + r * math.cos(a), n / 2 + r * math.sin(a)))
        d.polygon(pts, fill=c)
    elif kind == "shield":
        d.polygon(
            [
                (n * 0.32, n * 0.3),
                (n * 0.68, n * 0.3),
                (n * 0.68, n * 0.55),
                (n * 0.5, n * 0.72),
                (n * 0.32, n * 0.55),
            ],
            outline=c,
            width=lw,
        )
        d.line([(n * 0.5, n * 0.3), (n * 0.5, n * 0.72)], fill=c, width=lw)
    elif kind == "eagle":
        d.polygon(
            [
                (n * 0.5, n * 0.25),
                (n * 0.78, n * 0.42),
                (n * 0.6, n * 0.45),
                (n * 0.62, n * 0.72),
                (n * 0.5, n * 0.62),
                (n * 0.38, n * 0.72),
                (n * 0.4, n * 0.45),
                (n * 0.22, n * 0.42),
            ],
            fill=c,
        )
    else:
        d.ellipse([n * 0.3, n * 0.3, n * 0.7, n * 0.7], outline=c, width=lw)
        d.line([(n * 0.5, n * 0.2), (n * 0.5, n * 0.8)], fill=c, width=lw)
        d.line([(n * 0.2, n * 0.5), (n * 0.8, n * 0.5)], fill=c, width=lw)
    return im


def size_pt_for_mm(mm: float) -> float:
    return mm / MM_PER_PT
