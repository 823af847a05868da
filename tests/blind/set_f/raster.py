"""Render a Page to a Pillow image; handwriting, signatures and stamps."""

from __future__ import annotations

import math
import random

import numpy as np
from core import FONTS, THIN_HANDS, fix_text_for_font, pil_font
from PIL import Image, ImageDraw, ImageFilter

PRINT_HANDS = {"h-dkg", "h-breip", "h-ecolier", "h-humor", "h-ruf"}


def _px(v, k):
    return round(v * k)


def _lw(lw, k):
    return max(1, round(lw * k))


# --------------------------------------------------------------------------
# handwriting
# --------------------------------------------------------------------------
def hand_image(s, font, size_pt, color, seed, dpi, slant=0.0):
    """Return (RGBA image, x of the pen start, y of the baseline, advance)."""
    r = random.Random(seed)
    s = fix_text_for_font(s, font)
    px = size_pt * dpi / 72.0
    f0 = pil_font(font, px)
    sizes = [pil_font(font, px * m) for m in (0.94, 1.0, 1.05)]
    asc, desc = f0.getmetrics()
    pad = int(px * 0.8) + 4
    adv_est = f0.getlength(s) * 1.2 + px
    W = int(adv_est + 2 * pad)
    H = int(asc + desc + 2 * pad)
    layer = Image.new("L", (W, H), 0)
    d = ImageDraw.Draw(layer)
    x = float(pad)
    base = pad + asc
    tilt = math.tan(math.radians(r.uniform(-1.2, 1.2)))
    sw = round(THIN_HANDS.get(font, 0.0) * px / 18.0)
    drift = 0.0
    units = list(s) if font in PRINT_HANDS else s.split(" ")
    for i, u in enumerate(units):
        if font not in PRINT_HANDS and i > 0:
            x += f0.getlength(" ") * r.uniform(0.85, 1.25)
        fnt = sizes[r.choice((0, 1, 1, 2))]
        drift += r.gauss(0, px * 0.012)
        drift = max(-px * 0.06, min(px * 0.06, drift))
        dy = r.gauss(0, px * 0.018) + drift + (x - pad) * tilt
        d.text((x, base + dy), u, font=fnt, fill=255, anchor="ls", stroke_width=sw, stroke_fill=255)
        step = fnt.getlength(u)
        if font in PRINT_HANDS:
            step *= r.uniform(0.97, 1.08)
        x += step
    adv = x - pad
    if slant:
        sh = math.tan(math.radians(slant))
        layer = layer.transform(
            layer.size, Image.AFFINE, (1, sh, -sh * base, 0, 1, 0), resample=Image.BICUBIC
        )
    layer = layer.filter(ImageFilter.GaussianBlur(max(0.4, px / 80.0)))
    # pen pressure: slightly uneven, but solid
    layer = layer.point(lambda v: 0 if v < 40 else min(255, int(v * 1.25)))
    col = tuple(max(0, min(255, c + r.randint(-8, 8))) for c in color)
    img = Image.new("RGBA", (W, H), col + (0,))
    img.putalpha(layer)
    return img, pad, base, adv


def signature_image(name, seed, dpi, w_mm, h_mm, color):
    """A scribbled signature fitting w_mm x h_mm."""
    r = random.Random(seed)
    k = dpi / 25.4
    W, H = max(8, _px(w_mm, k)), max(8, _px(h_mm, k))
    font = r.choice(["h-kaushan", "h-dancing-b", "h-dancing", "h-kaushan"])
    parts = name.split()
    txt = parts[0][0] + ". " + parts[-1].capitalize() if len(parts) > 1 else name.capitalize()
    if r.random() < 0.4:
        txt = parts[-1].capitalize()
    px = H * 0.55
    f = pil_font(font, px)
    while f.getlength(txt) > W * 0.85 and px > 8:
        px *= 0.9
        f = pil_font(font, px)
    layer = Image.new("L", (W, H), 0)
    d = ImageDraw.Draw(layer)
    x0 = W * r.uniform(0.03, 0.12)
    y0 = H * 0.68
    d.text((x0, y0), txt, font=f, fill=255, anchor="ls")
    # flourish
    tw = f.getlength(txt)
    pts = []
    a = r.uniform(0.5, 1.2)
    for i in range(40):
        t = i / 39
        xx = x0 - W * 0.02 + t * (tw + W * 0.08)
        yy = y0 + H * 0.08 + math.sin(t * math.pi * a + r.random() * 0.2) * H * 0.07 - t * H * 0.1
        pts.append((xx, yy))
    d.line(pts, fill=255, width=max(2, int(px / 18)), joint="curve")
    if r.random() < 0.6:
        xs = x0 + tw * r.uniform(0.2, 0.5)
        d.line(
            [(xs, y0 - px * 0.7), (xs + px * 0.25, y0 + H * 0.15)],
            fill=255,
            width=max(2, int(px / 20)),
        )
    layer = layer.rotate(r.uniform(-4, 7), resample=Image.BICUBIC, center=(W / 2, H / 2))
    layer = layer.filter(ImageFilter.GaussianBlur(0.6))
    img = Image.new("RGBA", (W, H), tuple(color) + (0,))
    img.putalpha(layer)
    return img


def stamp_image(dpi, w_mm, h_mm, lines, ring, color, seed, shape="round"):
    """Rubber stamp: ring text around an ellipse (or a rectangle) and inner lines."""
    r = random.Random(seed)
    k = dpi / 25.4
    W, H = max(8, _px(w_mm, k)), max(8, _px(h_mm, k))
    layer = Image.new("L", (W, H), 0)
    d = ImageDraw.Draw(layer)
    lwpx = max(2, int(0.5 * k))
    if shape == "round":
        d.ellipse([lwpx, lwpx, W - lwpx, H - lwpx], outline=255, width=lwpx)
        d.ellipse([W * 0.17, H * 0.17, W * 0.83, H * 0.83], outline=255, width=max(1, lwpx // 2))
        if ring:
            n = len(ring)
            fpx = min(W, H) * 0.095
            f = pil_font("sans-b", fpx)
            rad = min(W, H) * 0.41
            span = min(330.0, n * 360.0 / max(20, n * 1.15))
            start = -90 - span / 2
            for i, ch in enumerate(ring):
                ang = math.radians(start + span * (i + 0.5) / n)
                cx = W / 2 + rad * math.cos(ang)
                cy = H / 2 + rad * math.sin(ang)
                g = Image.new("L", (int(fpx * 2), int(fpx * 2)), 0)
                ImageDraw.Draw(g).text((fpx, fpx), ch, font=f, fill=255, anchor="mm")
                g = g.rotate(-math.degrees(ang) - 90, resample=Image.BICUBIC)
                layer.paste(255, (int(cx - fpx), int(cy - fpx)), g)
        fpx = min(W, H) * 0.085
        box_w = W * 0.62
    else:
        d.rectangle([lwpx, lwpx, W - lwpx, H - lwpx], outline=255, width=lwpx)
        fpx = H / (len(lines) + 1.5) * 0.7
        box_w = W * 0.9
    n = len(lines)
    for i, ln in enumerate(lines):
        f = pil_font("sans-b", fpx)
        while f.getlength(ln) > box_w and fpx > 6:
            fpx *= 0.92
            f = pil_font("sans-b", fpx)
        yy = H / 2 + (i - (n - 1) / 2) * fpx * 1.25
        d.text((W / 2, yy), ln, font=f, fill=255, anchor="mm")
    # ink texture: uneven pressure and small gaps
    g = np.random.default_rng(seed)
    noise = np.where(g.random((H, W)) < 0.18, 0.35, 1.0)
    yy, xx = np.mgrid[0:H, 0:W]
    ang = r.uniform(0, 2 * math.pi)
    grad = xx * math.cos(ang) + yy * math.sin(ang)
    grad = 0.6 + 0.4 * (grad - grad.min()) / max(1e-6, grad.max() - grad.min())
    arr = np.asarray(layer, dtype=np.float32) * noise * grad
    layer = Image.fromarray(arr.clip(0, 255).astype(np.uint8))
    layer = layer.rotate(r.uniform(-18, 18), resample=Image.BICUBIC)
    layer = layer.filter(ImageFilter.GaussianBlur(0.5))
    img = Image.new("RGBA", (W, H), tuple(color) + (0,))
    img.putalpha(layer)
    return img


# --------------------------------------------------------------------------
# op -> RGBA helpers shared with the PDF backend
# --------------------------------------------------------------------------
def special_to_rgba(op, dpi):
    """For ops that are always raster (handwriting, signature, stamp, raster-only
    text): return (image, x_mm, y_mm, w_mm, h_mm)."""
    k = dpi / 25.4
    kind = op[0]
    if kind == "hand":
        _, x, y, s, font, size, color, seed, align, slant = op
        img, pad, base, adv = hand_image(s, font, size, color, seed, dpi, slant)
        adv_mm = adv / k
        if align == "c":
            x -= adv_mm / 2
        elif align == "r":
            x -= adv_mm
        return img, x - pad / k, y - base / k, img.width / k, img.height / k
    if kind == "sig":
        _, x, y, w, h, name, seed, color = op
        return signature_image(name, seed, dpi, w, h, color), x, y, w, h
    if kind == "stamp":
        _, x, y, w, h, lines, ring, color, seed, shape = op
        return stamp_image(dpi, w, h, lines, ring, color, seed, shape), x, y, w, h
    if kind == "text":
        _, x, y, s, font, size, color, align = op
        s = fix_text_for_font(s, font)
        px = size * dpi / 72.0
        f = pil_font(font, px)
        asc, desc = f.getmetrics()
        wpx = int(f.getlength(s)) + 4
        img = Image.new("RGBA", (wpx, asc + desc + 4), tuple(color) + (0,))
        dd = ImageDraw.Draw(img)
        dd.text((2, 2 + asc), s, font=f, fill=tuple(color) + (255,), anchor="ls")
        w_mm = wpx / k
        if align == "c":
            x -= w_mm / 2
        elif align == "r":
            x -= w_mm
        return img, x - 2 / k, y - (2 + asc) / k, w_mm, img.height / k
    raise ValueError(kind)


# --------------------------------------------------------------------------
# page rendering
# --------------------------------------------------------------------------
def _dash_line(d, p1, p2, fill, width, dash):
    x1, y1 = p1
    x2, y2 = p2
    L = math.hypot(x2 - x1, y2 - y1)
    if L == 0:
        return
    on, off = dash
    t = 0.0
    while t < L:
        t2 = min(L, t + on)
        d.line(
            [
                (x1 + (x2 - x1) * t / L, y1 + (y2 - y1) * t / L),
                (x1 + (x2 - x1) * t2 / L, y1 + (y2 - y1) * t2 / L),
            ],
            fill=fill,
            width=width,
        )
        t = t2 + off


def render(page, dpi):
    k = dpi / 25.4
    W, H = _px(page.w, k), _px(page.h, k)
    im = Image.new("RGB", (W, H), page.bg)
    d = ImageDraw.Draw(im)
    for op in page.ops:
        kind = op[0]
        if kind == "text":
            _, x, y, s, font, size, color, align = op
            s = fix_text_for_font(s, font)
            f = pil_font(font, size * dpi / 72.0)
            anchor = {"l": "ls", "c": "ms", "r": "rs"}[align]
            d.text((x * k, y * k), s, font=f, fill=tuple(color), anchor=anchor)
        elif kind == "rect":
            _, x, y, w, h, stroke, fill, lw, radius = op
            box = [x * k, y * k, (x + w) * k, (y + h) * k]
            kw = {}
            if stroke is not None:
                kw = {"outline": tuple(stroke), "width": _lw(lw, k)}
            if radius:
                d.rounded_rectangle(box, radius=radius * k, fill=fill and tuple(fill), **kw)
            else:
                d.rectangle(box, fill=fill and tuple(fill), **kw)
        elif kind == "line":
            _, x1, y1, x2, y2, color, lw, dash = op
            if dash:
                _dash_line(
                    d,
                    (x1 * k, y1 * k),
                    (x2 * k, y2 * k),
                    tuple(color),
                    _lw(lw, k),
                    (dash[0] * k, dash[1] * k),
                )
            else:
                d.line([(x1 * k, y1 * k), (x2 * k, y2 * k)], fill=tuple(color), width=_lw(lw, k))
        elif kind == "ellipse":
            _, cx, cy, rx, ry, stroke, fill, lw = op
            box = [(cx - rx) * k, (cy - ry) * k, (cx + rx) * k, (cy + ry) * k]
            d.ellipse(
                box, fill=fill and tuple(fill), outline=stroke and tuple(stroke), width=_lw(lw, k)
            )
        elif kind == "poly":
            _, pts, fill, stroke, lw = op
            pp = [(a * k, b * k) for a, b in pts]
            if fill is not None:
                d.polygon(pp, fill=tuple(fill))
            if stroke is not None:
                d.line(pp + [pp[0]], fill=tuple(stroke), width=_lw(lw, k))
        elif kind == "image":
            _, x, y, w, h, img = op
            box = (_px(x, k), _px(y, k))
            size = (max(1, _px(w, k)), max(1, _px(h, k)))
            src = img.resize(size, Image.LANCZOS)
            if src.mode == "RGBA":
                im.paste(src.convert("RGB"), box, src.split()[3])
            else:
                im.paste(src.convert("RGB"), box)
        elif kind == "field":
            _, _name, x, y, w, h, value, ftype, n = op
            if not value:
                continue
            f = pil_font("lib", 9 * dpi / 72.0)
            if ftype == "comb":
                cw = w / n
                for i, ch in enumerate(value):
                    d.text(
                        ((x + (i + 0.5) * cw) * k, (y + h * 0.78) * k),
                        ch,
                        font=f,
                        fill=(0, 0, 0),
                        anchor="ms",
                    )
            else:
                d.text(
                    ((x + 0.8) * k, (y + h * 0.78) * k), value, font=f, fill=(0, 0, 0), anchor="ls"
                )
        elif kind == "checkbox":
            _, _name, x, y, size, on = op
            if on:
                d.line(
                    [(x * k, y * k), ((x + size) * k, (y + size) * k)],
                    fill=(0, 0, 0),
                    width=_lw(0.35, k),
                )
                d.line(
                    [((x + size) * k, y * k), (x * k, (y + size) * k)],
                    fill=(0, 0, 0),
                    width=_lw(0.35, k),
                )
        elif kind in ("hand", "sig", "stamp"):
            img, x, y, w, h = special_to_rgba(op, dpi)
            if kind != "hand":
                img = img.resize((max(1, _px(w, k)), max(1, _px(h, k))), Image.LANCZOS)
            im.paste(img.convert("RGB"), (_px(x, k), _px(y, k)), img.split()[3])
        else:
            raise ValueError(kind)
    return im


def font_is_pdf_safe(key):
    return FONTS[key][1]
