"""Handwritten signatures made of pen strokes (never typed text).

A signature is a capital loop for the initial, a garland of cursive humps and loops for the
rest of the name, and a flourish; each stroke carries a pressure profile.
"""

from __future__ import annotations

import math

import cv2
import numpy as np
from PIL import Image

from hand import catmull, draw_stroke, pressure


def gen_signature(rng, surname: str):
    """Strokes in signature units (about 1 unit tall): list of (points, widths)."""
    strokes = []
    slant = rng.uniform(0.12, 0.45)
    cap = rng.uniform(0.9, 1.35)

    def jit(p, s=0.06):
        return (p[0] + rng.gauss(0, s), p[1] + rng.gauss(0, s))

    # the initial, one of a few capital shapes, then into the body
    templates = [
        [(0.0, 0.15), (0.12, cap * 0.75), (0.3, cap), (0.42, cap * 0.7), (0.2, 0.45),
         (0.05, 0.25), (0.35, 0.3), (0.55, 0.12)],
        [(0.32, cap), (0.36, 0.5), (0.3, 0.0), (0.15, -0.18), (0.02, -0.02), (0.12, 0.2),
         (0.55, 0.3)],
        [(0.0, 0.0), (0.1, cap), (0.2, 0.15), (0.3, cap * 0.9), (0.4, 0.05), (0.55, 0.25)],
        [(0.48, cap * 0.85), (0.32, cap), (0.06, cap * 0.6), (0.05, 0.15), (0.3, 0.0),
         (0.56, 0.2)],
        [(0.3, cap), (0.05, cap * 0.6), (0.1, 0.05), (0.4, 0.1), (0.45, cap * 0.7),
         (0.25, cap), (0.15, 0.7), (0.58, 0.35)],
    ]  # fmt: skip
    ctrl = [jit(p) for p in rng.choice(templates)]
    if rng.random() < 0.35:  # the given name's initial first, lifted pen
        strokes.append(catmull([jit((-0.5, 0.1)), jit((-0.38, cap * 0.8)), jit((-0.3, 0.2)),
                                jit((-0.12, 0.35))], 8))  # fmt: skip

    strokes.append(catmull(ctrl, 9))
    # body: a garland of humps, some with loops, some tall like l / h / d
    letters = max(4, min(9, len(surname.replace(" ", "")) - rng.randint(0, 3)))
    a = rng.uniform(0.035, 0.05)
    x0, body = 0.58, []
    heights = [rng.choice([0.35, 0.4, 0.45, 0.5, 0.85, 1.0]) for _ in range(letters)]
    loops = [rng.uniform(0.01, 0.08) for _ in range(letters)]
    sag = rng.uniform(-0.06, 0.04)
    n = 18
    for k in range(letters):
        for i in range(n):
            t = 2 * math.pi * (k + i / n)
            b = loops[k] * (1.8 if heights[k] > 0.7 else 1.0)
            x = x0 + a * t - b * math.sin(t)
            y = heights[k] * (0.5 - 0.5 * math.cos(t)) * 0.75 + sag * t / (2 * math.pi)
            body.append((x + rng.gauss(0, 0.004), y + rng.gauss(0, 0.006)))
    strokes.append(body)
    end = body[-1]
    style = rng.randint(0, 2)
    if style == 0:  # return under the name
        fl = [end, (end[0] + 0.25, end[1] - 0.05), (end[0] + 0.1, -0.3), (0.6, -0.32),
              (0.1, -0.2), (0.0, -0.1)]  # fmt: skip
    elif style == 1:  # straight underline with a hook
        fl = [(0.1, -0.18), (0.8, -0.22), (end[0] + 0.3, -0.12), (end[0] + 0.45, 0.05)]
    else:  # rising tail
        fl = [end, (end[0] + 0.15, 0.1), (end[0] + 0.35, 0.45), (end[0] + 0.3, 0.7)]
    strokes.append(catmull([jit(p, 0.03) for p in fl], 10))
    if rng.random() < 0.5:  # a dot or a short bar
        cx, cy = rng.uniform(0.9, end[0]), rng.uniform(0.75, 1.0)
        strokes.append([(cx, cy), (cx + 0.05, cy + 0.01)])
    out = []
    for st in strokes:
        pts = [(x + slant * y, y) for x, y in st]
        out.append((pts, pressure(len(pts), rng)))
    return out


def _bounds(strokes):
    xs = [p[0] for st, _ in strokes for p in st]
    ys = [p[1] for st, _ in strokes for p in st]
    return min(xs), min(ys), max(xs), max(ys)


def draw_signature(c, x, y, w, h, strokes, ink, rng, base=1.2):
    """Draw the signature in the box (x, y, w, h), placed and tilted like a real one."""
    x0, y0, x1, y1 = _bounds(strokes)
    s = min(h * rng.uniform(0.5, 0.72) / (y1 - y0), w * rng.uniform(0.55, 0.8) / (x1 - x0))
    sw, sh = (x1 - x0) * s, (y1 - y0) * s
    ox = x + rng.uniform(0.06, 0.94) * (w - sw)
    oy = y + rng.uniform(0.15, 0.85) * (h - sh)
    ang = math.radians(rng.uniform(-4, 7))
    ca, sa = math.cos(ang), math.sin(ang)

    def tr(p):
        px, py = (p[0] - x0) * s, (p[1] - y0) * s
        return ox + px * ca - py * sa, oy + px * sa + py * ca

    for pts, ws in strokes:
        draw_stroke(c, [tr(p) for p in pts], ws, ink, base)


def signature_image(strokes, ink, width_px, height_px, rng, background=False):
    """The signature as a PIL image: RGBA (transparent) or a cropped photo of paper."""
    ss = 3
    x0, y0, x1, y1 = _bounds(strokes)
    pad = 0.08
    s = min(width_px * (1 - 2 * pad) / (x1 - x0), height_px * (1 - 2 * pad) / (y1 - y0)) * ss
    big = np.zeros((height_px * ss, width_px * ss), np.uint8)
    ox = (width_px * ss - (x1 - x0) * s) / 2
    oy = (height_px * ss - (y1 - y0) * s) / 2
    base = max(1.0, s * 0.022)
    for pts, ws in strokes:
        pp = [
            (int(ox + (p[0] - x0) * s), int(height_px * ss - (oy + (p[1] - y0) * s))) for p in pts
        ]
        for i in range(len(pp) - 1):
            t = max(1, int(round(base * 0.5 * (ws[i] + ws[i + 1]))))
            cv2.line(big, pp[i], pp[i + 1], 255, t, cv2.LINE_AA)
    mask = cv2.resize(big, (width_px, height_px), interpolation=cv2.INTER_AREA)
    mask = cv2.GaussianBlur(mask, (3, 3), 0.6)
    ink8 = [int(v * 255) for v in ink]
    if not background:
        rgba = np.zeros((height_px, width_px, 4), np.uint8)
        rgba[..., 0], rgba[..., 1], rgba[..., 2] = ink8
        rgba[..., 3] = mask
        return Image.fromarray(rgba, "RGBA")
    paper = np.array([236, 233, 226], np.float32) + rng.uniform(-6, 6)
    gy = np.linspace(0.96, 1.02, height_px)[:, None, None]
    bg = np.clip(
        paper[None, None, :] * gy
        + np.random.default_rng(rng.randrange(2**32)).normal(0, 2.5, (height_px, width_px, 3)),
        0,
        255,
    )
    a = (mask.astype(np.float32) / 255.0)[..., None]
    out = bg * (1 - a) + np.array(ink8, np.float32)[None, None, :] * a
    return Image.fromarray(out.astype(np.uint8), "RGB")
