"""Looks: text PDF, scanner PDF, flatbed scan, phone photo, phone screenshot."""

from __future__ import annotations

import io
import math
from pathlib import Path

import cv2
import numpy as np
from gen_core import PT, Page, render, write_pdf
from PIL import Image, ImageFilter
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen import canvas

cv2.setNumThreads(1)

SCANNERS = [
    ("Canon MF Scan Utility", "Canon iR-ADV C3530"),
    ("HP Smart", "HP ENVY 6000 series"),
    ("EPSON Scan 2", "EPSON ET-2810"),
    ("Brother iPrint&Scan", "Brother MFC-L2750DW"),
    ("Xerox WorkCentre", "Xerox VersaLink C405"),
    ("Adobe Scan", "Adobe Scan for Android"),
]


def _np_rng(rng):
    return np.random.default_rng(rng.randint(0, 2**31 - 1))


def save_jpeg(img: Image.Image, path, q=88):
    img.convert("RGB").save(path, "JPEG", quality=q)


def scan_look(img: Image.Image, rng, grey=None, skew=1.0) -> Image.Image:
    g = _np_rng(rng)
    grey = rng.random() < 0.3 if grey is None else grey
    ang = rng.uniform(-1.2, 1.2) * skew
    fill = tuple(rng.randint(235, 250) for _ in range(3))
    img = img.rotate(ang, resample=Image.BILINEAR, fillcolor=fill)
    gamma = rng.uniform(0.85, 1.1)
    luts = []
    for _ in range(3):
        t = rng.uniform(0.90, 0.99)
        luts += [int(255 * (i / 255) ** gamma * t) for i in range(256)]
    img = img.point(luts)
    a = np.asarray(img).astype(np.int16)
    h, w = a.shape[:2]
    k = rng.randint(3, 7)
    a += g.integers(-k, k + 1, (h, w, 1), dtype=np.int16)
    if rng.random() < 0.35:  # lid shadow along one edge
        band = int(w * rng.uniform(0.01, 0.03))
        ramp = np.linspace(0.35, 1.0, band, dtype=np.float32)[None, :, None]
        if rng.random() < 0.5:
            a[:, :band] = (a[:, :band] * ramp).astype(np.int16)
        else:
            a[:, w - band :] = (a[:, w - band :] * ramp[:, ::-1]).astype(np.int16)
    if rng.random() < 0.5:  # dust
        for _ in range(rng.randint(3, 25)):
            y, x = int(g.integers(0, h)), int(g.integers(0, w))
            a[max(0, y - 1) : y + 1, max(0, x - 1) : x + 2] //= 3
    out = Image.fromarray(np.clip(a, 0, 255).astype(np.uint8))
    out = out.filter(ImageFilter.GaussianBlur(rng.uniform(0.3, 0.8)))
    if grey:
        out = out.convert("L").convert("RGB")
    return out


def _table(g, rng, w, h):
    kind = rng.choice(["wood", "wood", "grey", "white", "dark", "cloth"])
    sw, sh = max(8, w // 4), max(8, h // 4)
    yy = np.arange(sh)[:, None]
    if kind == "wood":
        base = np.array(rng.choice([(150, 105, 70), (120, 80, 50), (185, 145, 100)]), np.float32)
        grain = np.sin(yy / rng.uniform(1.2, 3) + g.normal(0, 0.6, (sh, sw)).cumsum(1) * 0.04)
        t = base[None, None] * (0.85 + 0.12 * grain[..., None])
    else:
        base = {
            "grey": (150, 150, 152),
            "white": (228, 226, 220),
            "dark": (55, 55, 60),
            "cloth": (90, 110, 140),
        }[kind]
        t = np.ones((sh, sw, 3), np.float32) * np.array(base, np.float32)
    t += g.normal(0, 6, (sh, sw, 1))
    t = cv2.resize(t, (w, h), interpolation=cv2.INTER_LINEAR)
    t += g.normal(0, 3, (h, w, 1)).astype(np.float32)
    return t


def photo_look(src: Image.Image, rng, fill=None, rot=None) -> Image.Image:
    """A phone photo of src lying on a table."""
    g = _np_rng(rng)
    sw, sh = src.size
    long_side, short_side = rng.choice(
        [(4032, 3024), (4000, 3000), (3264, 2448), (4032, 2268), (2560, 1920), (3840, 2160)]
    )
    if sh >= sw:
        W, H = short_side, long_side
    else:
        W, H = long_side, short_side
    fill = fill or rng.uniform(0.72, 0.92)
    sc = fill * min(W / sw, H / sh)
    dw, dh = sw * sc, sh * sc
    small = cv2.resize(
        np.asarray(src.convert("RGB")),
        (max(2, int(dw)), max(2, int(dh))),
        interpolation=cv2.INTER_AREA,
    )
    cx = W / 2 + rng.uniform(-0.5, 0.5) * (W - dw) * 0.8
    cy = H / 2 + rng.uniform(-0.5, 0.5) * (H - dh) * 0.8
    ang = math.radians(rng.uniform(-5, 5))
    ca, sa = math.cos(ang), math.sin(ang)
    dst = []
    for px, py in [(-dw / 2, -dh / 2), (dw / 2, -dh / 2), (dw / 2, dh / 2), (-dw / 2, dh / 2)]:
        jx, jy = rng.uniform(-0.05, 0.05) * dw, rng.uniform(-0.04, 0.04) * dh
        dst.append((cx + (px + jx) * ca - (py + jy) * sa, cy + (px + jx) * sa + (py + jy) * ca))
    # top edge farther from camera: shrink it a little
    k = rng.uniform(0.0, 0.08)
    mx = (dst[0][0] + dst[1][0]) / 2
    dst[0] = (dst[0][0] + (mx - dst[0][0]) * k, dst[0][1])
    dst[1] = (dst[1][0] + (mx - dst[1][0]) * k, dst[1][1])
    h0, w0 = small.shape[:2]
    M = cv2.getPerspectiveTransform(
        np.float32([(0, 0), (w0, 0), (w0, h0), (0, h0)]), np.float32(dst)
    )
    warped = cv2.warpPerspective(small, M, (W, H), flags=cv2.INTER_LINEAR)
    q = 4  # masks and light are computed at a quarter of the size
    Mq = np.diag([1 / q, 1 / q, 1.0]) @ M
    mask_q = cv2.warpPerspective(np.ones((h0, w0), np.float32), Mq, (W // q, H // q))
    bg = _table(g, rng, W // q, H // q)
    sh_mask = cv2.GaussianBlur(mask_q, (0, 0), W * 0.01 / q)
    off = max(1, int(W * 0.006 / q))
    sh_mask = np.roll(np.roll(sh_mask, off, 0), off, 1)
    bg *= (1 - 0.45 * sh_mask)[..., None]
    yy, xx = np.mgrid[0 : H // q, 0 : W // q].astype(np.float32)
    lx, ly = rng.uniform(0, W / q), rng.uniform(0, H / q)
    dist = np.sqrt((xx - lx) ** 2 + (yy - ly) ** 2) / (max(W, H) / q)
    light = rng.uniform(1.0, 1.12) - rng.uniform(0.15, 0.35) * dist
    if rng.random() < 0.6:  # cast shadow of phone / hand
        side = rng.randint(0, 3)
        pts = [(x / q, y / q) for x, y in _shadow_poly(rng, W, H, side)]
        sm = np.zeros((H // q, W // q), np.float32)
        cv2.fillPoly(sm, [np.int32(pts)], 1.0)
        sm = cv2.GaussianBlur(sm, (0, 0), W * rng.uniform(0.01, 0.04) / q)
        light *= 1 - rng.uniform(0.2, 0.4) * sm
    cast = np.array(
        rng.choice([(1.06, 1.0, 0.88), (0.94, 0.98, 1.06), (1.0, 1.0, 1.0), (1.04, 1.02, 0.94)]),
        np.float32,
    )
    gain = np.clip(light[..., None] * cast[None, None] * 128, 0, 255).astype(np.uint8)
    gain = cv2.resize(gain, (W, H), interpolation=cv2.INTER_LINEAR)
    wt = cv2.warpPerspective(np.ones((h0, w0), np.float32), M, (W, H))
    bgf = cv2.resize(np.clip(bg, 0, 255).astype(np.uint8), (W, H), interpolation=cv2.INTER_LINEAR)
    a = cv2.blendLinear(warped, bgf, wt, 1 - wt)
    a = cv2.multiply(a, gain, scale=1 / 128)
    k = rng.choice([3, 5])
    a = cv2.GaussianBlur(a, (k, k), rng.uniform(0.6, 1.4))
    noise = g.integers(0, 9, (H // 2, W // 2, 1), dtype=np.uint8)
    noise = cv2.resize(noise, (W, H), interpolation=cv2.INTER_NEAREST)
    a = cv2.add(a, cv2.merge([noise, noise, noise]))
    out = cv2.subtract(a, np.full_like(a, 4))
    rot = rot if rot is not None else rng.choice([0, 0, 0, 0, 1, 2, 3])
    if rot:
        out = np.ascontiguousarray(np.rot90(out, rot))
    return Image.fromarray(out)


def _shadow_poly(rng, W, H, side):
    d = rng.uniform(0.15, 0.4)
    if side == 0:
        return [
            (0, 0),
            (W * rng.uniform(0.3, 0.7), 0),
            (W * rng.uniform(0.1, 0.4), H * d),
            (0, H * d),
        ]
    if side == 1:
        return [
            (W, H),
            (W * (1 - d), H),
            (W * (1 - d * 0.7), H * rng.uniform(0.4, 0.7)),
            (W, H * 0.5),
        ]
    if side == 2:
        return [
            (0, H),
            (0, H * (1 - d)),
            (W * rng.uniform(0.3, 0.6), H),
        ]
    return [(W, 0), (W, H * d), (W * (1 - d), 0)]


# ------------------------------------------------------------------------------ emit


def page_dpi_for(page: Page, px: int) -> float:
    return px / max(page.w, page.h) * 25.4


def out_text_pdf(pages, path, meta=None):
    meta = meta or {}
    write_pdf(pages, path, **meta)


def out_image_pdf(pages, path, rng, dpi=None, grey=None):
    dpi = dpi or rng.choice([150, 200, 200, 300])
    creator, producer = rng.choice(SCANNERS)
    grey = rng.random() < 0.3 if grey is None else grey
    c = canvas.Canvas(str(path), invariant=1)
    c.setCreator(creator)
    c.setProducer(producer)
    for p in pages:
        img = scan_look(render(p, dpi), rng, grey=grey)
        buf = io.BytesIO()
        img.save(buf, "JPEG", quality=rng.randint(60, 85))
        buf.seek(0)
        c.setPageSize((p.w * PT, p.h * PT))
        c.drawImage(ImageReader(buf), 0, 0, p.w * PT, p.h * PT)
        c.showPage()
    c.save()


def out_scan(page, path, rng, dpi=None, grey=None):
    small = max(page.w, page.h) < 140
    dpi = dpi or rng.choice([300, 400, 600] if small else [150, 200, 240, 300])
    img = scan_look(render(page, dpi), rng, grey=grey)
    if str(path).lower().endswith(".png"):
        img.save(path, "PNG", compress_level=6)
    else:
        save_jpeg(img, path, rng.randint(72, 92))


def out_photo(page, path, rng, rot=None, fill=None):
    px = 3300 if max(page.w, page.h) > 150 else 2600
    img = render(page, page_dpi_for(page, px))
    save_jpeg(photo_look(img, rng, fill=fill, rot=rot), path, rng.randint(84, 93))


def out_screenshot(page, path, px_w=None):
    px_w = px_w or (1080 if abs(page.w - 108) < 0.5 else 1170)
    img = render(page, px_w / page.w * 25.4)
    img.save(path, "PNG", compress_level=6)


def emit(pages, look, folder: Path, names, rng, meta=None, rots=None):
    """Write one document's pages with one look. Returns the truth `files` list."""
    folder.mkdir(parents=True, exist_ok=True)
    if look in ("text_pdf", "image_pdf"):
        name = names[0]
        if look == "text_pdf":
            out_text_pdf(pages, folder / name, meta)
        else:
            out_image_pdf(pages, folder / name, rng)
        return [{"path": name, "pages": list(range(1, len(pages) + 1))}]
    files = []
    for i, p in enumerate(pages):
        name = names[i]
        if look == "scan":
            out_scan(p, folder / name, rng)
        elif look == "phone_photo":
            out_photo(p, folder / name, rng, rot=(rots[i] if rots else None))
        elif look == "screenshot":
            out_screenshot(p, folder / name)
        else:
            raise ValueError(look)
        files.append({"path": name, "pages": [1]})
    return files


def sheet(items, rng, w=210, h=297, dpi=300, margin=None):
    """Photocopy sheet: rasterised pieces (cards, passport pages) laid on an A4 page.

    items: list of (Page, x_mm, y_mm). Returns a new Page holding images.
    """
    sh = Page(w, h)
    for p, x, y in items:
        img = render(p, dpi).convert("RGBA")
        ang = rng.uniform(-1.5, 1.5)
        img = img.rotate(ang, resample=Image.BICUBIC, expand=True)
        s = dpi / 25.4
        sh.image(x, y, img.width / s, img.height / s, img)
    return sh
