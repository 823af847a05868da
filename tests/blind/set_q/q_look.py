"""Looks: scanner, phone photo, scanner PDF; writing files."""

import io
import math

import cv2
import numpy as np
from PIL import Image, ImageFilter
from q_core import images_to_pdf, pages_to_pdf, render_pil

cv2.setNumThreads(1)


def _np_rng(rng):
    return np.random.default_rng(rng.randrange(1 << 30))


def card_raster(page, dpi):
    """Card raster with rounded corners on a transparent background."""
    im = render_pil(page, dpi).convert("RGBA")
    r = int(3.2 * dpi / 25.4)
    mask = Image.new("L", im.size, 0)
    from PIL import ImageDraw

    ImageDraw.Draw(mask).rounded_rectangle([0, 0, im.width - 1, im.height - 1], r, fill=255)
    im.putalpha(mask)
    return im


def flatbed(cards, rng, dpi=200, a4=True):
    """Cards (Page objects) laid on a scanner glass: returns an RGB image of an A4 sheet."""
    k = dpi / 25.4
    W, H = int(210 * k), int(297 * k)
    sheet = Image.new("RGB", (W, H), (250, 250, 248))
    y = int(rng.uniform(8, 25) * k)
    for pg in cards:
        c = card_raster(pg, dpi)
        ang = rng.uniform(-2.5, 2.5)
        c = c.rotate(ang, expand=True, resample=Image.BICUBIC)
        x = int(rng.uniform(8, max(9, 210 - pg.w - 10)) * k)
        # faint shadow of the card edge
        sh = Image.new("RGBA", c.size, (0, 0, 0, 0))
        sh.putalpha(c.getchannel("A").point(lambda v: v // 5))
        sheet.paste((120, 120, 120), (x + 3, y + 3), sh.getchannel("A"))
        sheet.paste(c, (x, y), c)
        y += c.height + int(rng.uniform(6, 20) * k)
    return sheet


def _noise(nr, h, w, sigma):
    n = nr.standard_normal((max(1, h // 2), max(1, w // 2)), dtype=np.float32) * sigma
    return cv2.resize(n, (w, h), interpolation=cv2.INTER_LINEAR)


def scanner(im, rng, paper=(247, 246, 242), skew=1.0, dark=0.0):
    """Flatbed scanner effect on a page image (RGB)."""
    a = np.asarray(im.convert("RGB")).astype(np.float32)
    nr = _np_rng(rng)
    tone = np.array(paper, np.float32) / 255.0
    a *= tone
    a += _noise(nr, a.shape[0], a.shape[1], 3.0)[..., None]
    out = Image.fromarray(np.clip(a, 0, 255).astype(np.uint8))
    ang = rng.uniform(-skew, skew)
    out = out.rotate(
        ang, resample=Image.BILINEAR, fillcolor=tuple(int(v) for v in paper), expand=False
    )
    if rng.random() < 0.5:
        out = out.filter(ImageFilter.GaussianBlur(rng.uniform(0.3, 0.7)))
    if rng.random() < 0.35:
        b = np.asarray(out).copy()
        w = int(b.shape[1] * rng.uniform(0.006, 0.015))
        b[:, -w:] = (b[:, -w:] * 0.35).astype(np.uint8)
        out = Image.fromarray(b)
    return out


def phone(im, rng, long_side=None, rotate=None):
    """Phone photo of a page or card lying on a table."""
    nr = _np_rng(rng)
    long_side = long_side or rng.choice([2448, 3024, 3264, 2592, 4000])
    short = int(long_side * 3 / 4)
    W, H = short, long_side
    base = rng.choice(
        [
            (120, 86, 60),
            (176, 160, 140),
            (60, 62, 66),
            (214, 210, 200),
            (150, 110, 70),
            (90, 100, 110),
        ]
    )
    if im.mode == "RGBA":
        flat = Image.new("RGB", im.size, base)
        flat.paste(im, (0, 0), im)
        im = flat
    doc = np.asarray(im.convert("RGB"))
    h, w = doc.shape[:2]
    if w > h:
        W, H = long_side, short
    sw, sh_ = W // 8, H // 8
    small = np.ones((sh_, sw, 3), np.float32) * np.array(base, np.float32)
    small += nr.standard_normal((sh_, sw), dtype=np.float32)[..., None] * 10
    bg = cv2.resize(np.clip(small, 0, 255).astype(np.uint8), (W, H), interpolation=cv2.INTER_LINEAR)
    fill = rng.uniform(0.62, 0.86)
    s = min(W * fill / w, H * fill / h)
    dw, dh = w * s, h * s
    cx, cy = W / 2 + rng.uniform(-0.05, 0.05) * W, H / 2 + rng.uniform(-0.05, 0.05) * H
    j = 0.045
    quad = np.float32(
        [
            [cx - dw / 2 + rng.uniform(-j, j) * W, cy - dh / 2 + rng.uniform(-j, j) * H],
            [cx + dw / 2 + rng.uniform(-j, j) * W, cy - dh / 2 + rng.uniform(-j, j) * H],
            [cx + dw / 2 + rng.uniform(-j, j) * W, cy + dh / 2 + rng.uniform(-j, j) * H],
            [cx - dw / 2 + rng.uniform(-j, j) * W, cy + dh / 2 + rng.uniform(-j, j) * H],
        ]
    )
    src = np.float32([[0, 0], [w, 0], [w, h], [0, h]])
    M = cv2.getPerspectiveTransform(src, quad)
    # shadow under the sheet, computed small
    Ms = cv2.getPerspectiveTransform(src, quad / 8)
    m_small = cv2.warpPerspective(
        np.ones((h // 8 + 1, w // 8 + 1), np.float32),
        cv2.getPerspectiveTransform(
            np.float32([[0, 0], [w // 8 + 1, 0], [w // 8 + 1, h // 8 + 1], [0, h // 8 + 1]]),
            quad / 8,
        ),
        (sw, sh_),
    )
    _ = Ms
    shadow = cv2.GaussianBlur(m_small, (0, 0), max(1.0, sw * 0.01))
    shadow = np.roll(np.roll(shadow, max(1, int(sw * 0.006)), 1), max(1, int(sh_ * 0.006)), 0)
    cv2.warpPerspective(
        doc, M, (W, H), dst=bg, flags=cv2.INTER_LINEAR, borderMode=cv2.BORDER_TRANSPARENT
    )
    yy, xx = np.mgrid[0:sh_, 0:sw].astype(np.float32)
    ang = rng.uniform(0, 2 * math.pi)
    grad = (xx / sw - 0.5) * math.cos(ang) + (yy / sh_ - 0.5) * math.sin(ang)
    light = 1.0 + grad * rng.uniform(0.15, 0.4)
    light *= 1 - ((xx / sw - 0.5) ** 2 + (yy / sh_ - 0.5) ** 2) * rng.uniform(0.3, 0.7)
    if rng.random() < 0.4:
        x0 = rng.uniform(0.2, 0.8) * sw
        soft = 1 / (1 + np.exp(-(xx - x0 - (yy - sh_ / 2) * rng.uniform(-0.5, 0.5)) / (sw * 0.03)))
        light *= 1 - 0.25 * soft
    light *= 1 - 0.35 * shadow * (1 - m_small)
    cast = np.array(
        [rng.uniform(1.0, 1.08), rng.uniform(0.97, 1.02), rng.uniform(0.85, 0.97)], np.float32
    )
    fac = cv2.resize(
        (light[..., None] * cast).astype(np.float32), (W, H), interpolation=cv2.INTER_LINEAR
    )
    out = bg.astype(np.float32) * fac
    out += _noise(nr, H, W, 4.0)[..., None]
    out = np.clip(out, 0, 255).astype(np.uint8)
    k = rng.choice([0, 0.6, 0.9, 1.3])
    if k:
        out = cv2.GaussianBlur(out, (0, 0), k)
    img = Image.fromarray(out)
    rot = rotate if rotate is not None else rng.choice([0, 0, 0, 0, 90, 180, 270])
    if rot:
        img = img.rotate(rot, expand=True)
    return img


def jpeg_bytes(im, q):
    b = io.BytesIO()
    im.convert("RGB").save(b, "JPEG", quality=q, optimize=False)
    return b.getvalue()


def png_bytes(im):
    b = io.BytesIO()
    im.save(b, "PNG", compress_level=6)
    return b.getvalue()


def page_raster(pg, rng, dpi, card_on_sheet=True):
    """Raster of a page; a card page is laid on a flatbed sheet."""
    if getattr(pg, "card", False) and card_on_sheet:
        return flatbed([pg], rng, dpi)
    return render_pil(pg, dpi)


def produce(pages, look, rng, names, meta=None):
    """Return [(filename, bytes, [page numbers])] for one document in one look.

    names: list of candidate file names (first used for single-file looks, then one per page).
    """
    meta = meta or {}
    out = []
    if look == "text_pdf":
        out.append(
            (
                names[0],
                pages_to_pdf(pages, meta.get("title"), meta.get("author")),
                list(range(1, len(pages) + 1)),
            )
        )
    elif look == "image_pdf":
        dpi = rng.choice([150, 200, 200, 300])
        ims = [scanner(page_raster(p, rng, dpi), rng, skew=1.2) for p in pages]
        out.append(
            (
                names[0],
                images_to_pdf(ims, quality=rng.choice([55, 65, 75])),
                list(range(1, len(pages) + 1)),
            )
        )
    elif look == "scan":
        dpi = rng.choice([150, 200, 300])
        for i, p in enumerate(pages):
            im = scanner(page_raster(p, rng, dpi), rng)
            nm = names[i]
            data = (
                png_bytes(im.convert("L") if rng.random() < 0.3 else im)
                if nm.endswith(".png")
                else jpeg_bytes(im, rng.choice([70, 80, 88]))
            )
            out.append((nm, data, [1]))
    elif look == "phone_photo":
        for i, p in enumerate(pages):
            card = getattr(p, "card", False)
            if card:
                dpi = rng.choice([500, 600])
                src = card_raster(p, dpi)
            else:
                src = render_pil(p, rng.choice([180, 220]))
            im = phone(src, rng)
            out.append((names[i], jpeg_bytes(im, rng.choice([82, 88, 92])), [1]))
    elif look == "screenshot":
        for i, p in enumerate(pages):
            im = render_pil(p, 254)
            out.append((names[i], png_bytes(im), [1]))
    else:
        raise ValueError(look)
    return out
