"""The five looks: a vector PDF, a scanner's image PDF, a flatbed scan, a phone photo on a table
and a phone screenshot. Every function takes Page objects (core.Page) and a seeded rng."""

import io

import cv2
import numpy as np
from core import render_pdf, render_raster
from PIL import Image
from reportlab import rl_config
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen import canvas as rl_canvas

cv2.setNumThreads(1)
rl_config.useA85 = 0


def text_pdf(pages, path, **meta):
    render_pdf(pages, str(path), **meta)


def _np(img):
    return np.asarray(img.convert("RGB")).astype(np.float32)


def _pil(arr):
    return Image.fromarray(np.clip(arr, 0, 255).astype(np.uint8))


def scan_degrade(img, rng, skew=True, grey=True):
    nrs = np.random.default_rng(rng.randrange(1 << 30))
    arr = _np(img)
    h, w = arr.shape[:2]
    if grey:
        tone = rng.uniform(228, 250)
        arr = arr * (tone / 255.0) + rng.uniform(0, 5)
        # faint vertical banding of a scanner lamp
        band = 1 + 0.015 * np.sin(np.linspace(0, rng.uniform(2, 9), w, dtype=np.float32))
        band = band[None, :, None]
        arr = arr * band
    arr = (
        arr + (nrs.standard_normal(arr.shape[:2], dtype=np.float32) * rng.uniform(2, 6))[..., None]
    )
    arr = cv2.GaussianBlur(arr, (0, 0), rng.uniform(0.35, 0.8))
    if skew:
        ang = rng.uniform(-1.4, 1.4)
        M = cv2.getRotationMatrix2D((w / 2, h / 2), ang, 1.0)
        M[0, 2] += rng.uniform(-0.01, 0.01) * w
        M[1, 2] += rng.uniform(-0.01, 0.01) * h
        edge = float(rng.uniform(200, 240))
        arr = cv2.warpAffine(arr, M, (w, h), flags=cv2.INTER_LINEAR, borderValue=(edge, edge, edge))
    if rng.random() < 0.35:  # lid shadow along one edge
        side = rng.randrange(4)
        n = int(rng.uniform(0.01, 0.03) * (w if side < 2 else h))
        ramp = np.linspace(0.35, 1.0, n, dtype=np.float32)
        if side == 0:
            arr[:, :n] *= ramp[None, :, None]
        elif side == 1:
            arr[:, w - n :] *= ramp[::-1][None, :, None]
        elif side == 2:
            arr[:n] *= ramp[:, None, None]
        else:
            arr[h - n :] *= ramp[::-1][:, None, None]
    return _pil(arr)


def on_bed(page_img, rng, dpi, bed=(210, 297)):
    """Place a small document (card, passport page) on an A4 scanner bed."""
    k = dpi / 25.4
    W, H = round(bed[0] * k), round(bed[1] * k)
    base = Image.new("RGB", (W, H), (250, 250, 248))
    x = int(rng.uniform(0.03, 0.35) * W)
    y = int(rng.uniform(0.02, 0.3) * H)
    x = min(x, max(0, W - page_img.width - 10))
    y = min(y, max(0, H - page_img.height - 10))
    base.paste(page_img, (x, y))
    return base


def scan(page, path, rng, dpi=None, fmt=None, bed=False):
    dpi = dpi or rng.choice([150, 200, 200, 300])
    img = render_raster(page, dpi)
    if bed:
        img = on_bed(img, rng, dpi)
    img = scan_degrade(img, rng)
    _save(img, path, rng, fmt, dpi)


def _save(img, path, rng, fmt=None, dpi=None):
    path = str(path)
    fmt = fmt or ("PNG" if path.lower().endswith(".png") else "JPEG")
    kw = {"dpi": (dpi, dpi)} if dpi else {}
    if fmt == "JPEG":
        img.save(path, "JPEG", quality=rng.randint(78, 92), **kw)
    else:
        img.save(path, "PNG", compress_level=3, **kw)


def image_pdf(pages, path, rng, dpi=None, bed=False):
    """A scanner's PDF: every page an image (JPEG), no text layer."""
    dpi = dpi or rng.choice([150, 200, 200, 300])
    c = rl_canvas.Canvas(str(path), invariant=1)
    c.setProducer(
        rng.choice(
            [
                "Canon MF Scan Utility",
                "HP Scan",
                "Epson Scan 2",
                "Brother iPrint&Scan",
                "RICOH MP C3004",
            ]
        )
    )
    for page in pages:
        img = render_raster(page, dpi)
        wmm, hmm = page.w, page.h
        if bed or page.w < 180:
            img = on_bed(img, rng, dpi)
            wmm, hmm = 210, 297
        img = scan_degrade(img, rng)
        buf = io.BytesIO()
        img.save(buf, "JPEG", quality=rng.randint(70, 88))
        buf.seek(0)
        from reportlab.lib.units import mm

        c.setPageSize((wmm * mm, hmm * mm))
        c.drawImage(ImageReader(buf), 0, 0, wmm * mm, hmm * mm)
        c.showPage()
    c.save()


def _table(rng, W, H):
    """A table top, computed at 1/4 resolution and enlarged."""
    nrs = np.random.default_rng(rng.randrange(1 << 30))
    w, h = W // 4 + 1, H // 4 + 1
    kind = rng.choice(["wood", "wood", "grey", "cloth", "white"])
    if kind == "wood":
        base = np.array(rng.choice([(150, 105, 70), (190, 150, 105), (110, 75, 50)]), np.float32)
        y = np.linspace(0, 1, h, dtype=np.float32)[:, None]
        x = np.linspace(0, 1, w, dtype=np.float32)[None, :]
        grain = np.sin((y * rng.uniform(30, 80) + 0.6 * np.sin(x * 6 + y * 3)) * 2 * np.pi)
        arr = base[None, None, :] * (1 + 0.08 * grain[..., None])
    elif kind == "grey":
        arr = np.full((h, w, 3), rng.uniform(90, 160), np.float32)
    elif kind == "cloth":
        arr = np.zeros((h, w, 3), np.float32) + np.array(
            rng.choice([(60, 80, 120), (120, 40, 50), (70, 110, 80)]), np.float32
        )
    else:
        arr = np.full((h, w, 3), rng.uniform(200, 235), np.float32)
    small = nrs.standard_normal((h // 2 + 1, w // 2 + 1), dtype=np.float32) * 6
    arr = arr + cv2.resize(small, (w, h))[..., None]
    return cv2.resize(arr.astype(np.float32), (W, H), interpolation=cv2.INTER_LINEAR)


def phone_photo(page, path, rng, long_side=None, fill=None, rotate=None):
    """A phone photo of a page or card lying on a table."""
    L = long_side or rng.choice([3024, 3264, 2448, 2592, 4000])
    S = int(L * 0.75)
    landscape_doc = page.w > page.h
    W, H = (L, S) if landscape_doc else (S, L)
    fill = fill or rng.uniform(0.62, 0.86)
    k = min(W * fill / page.w, H * fill / page.h)  # px per mm
    img = render_raster(page, k * 25.4)
    doc = _np(img)
    dh, dw = doc.shape[:2]
    table = _table(rng, W, H)
    cx, cy = W / 2 + rng.uniform(-0.06, 0.06) * W, H / 2 + rng.uniform(-0.05, 0.05) * H
    src = np.float32([[0, 0], [dw, 0], [dw, dh], [0, dh]])
    j = 0.05 * min(dw, dh)
    base = np.float32(
        [
            [cx - dw / 2, cy - dh / 2],
            [cx + dw / 2, cy - dh / 2],
            [cx + dw / 2, cy + dh / 2],
            [cx - dw / 2, cy + dh / 2],
        ]
    )
    ks = rng.uniform(0.0, 0.07) * dw  # keystone: one edge shorter than the other
    top = rng.random() < 0.7
    base[0 if top else 3, 0] += ks
    base[1 if top else 2, 0] -= ks
    dst = base + np.float32([[rng.uniform(-j, j), rng.uniform(-j, j)] for _ in range(4)])
    ang = np.deg2rad(rng.uniform(-4, 4))
    R = np.array([[np.cos(ang), -np.sin(ang)], [np.sin(ang), np.cos(ang)]], np.float32)
    dst = ((dst - [cx, cy]) @ R.T + [cx, cy]).astype(np.float32)
    M = cv2.getPerspectiveTransform(src, dst)
    warped = cv2.warpPerspective(doc, M, (W, H), flags=cv2.INTER_LINEAR)
    # the sheet mask and its drop shadow, at 1/8 resolution
    q = 8
    Ms = np.diag([1 / q, 1 / q, 1]).astype(np.float64) @ M
    ws, hs = W // q + 1, H // q + 1
    mask_s = cv2.warpPerspective(np.ones((dh, dw), np.float32), Ms, (ws, hs))
    sh = cv2.GaussianBlur(mask_s, (0, 0), 2)
    sh = np.roll(sh, (int(rng.uniform(1, 3)), int(rng.uniform(1, 3))), (0, 1))
    yy, xx = np.mgrid[0:hs, 0:ws].astype(np.float32)
    gx, gy = rng.uniform(-1, 1), rng.uniform(-1, 1)
    light = 1 + rng.uniform(0.08, 0.22) * ((xx / ws - 0.5) * gx + (yy / hs - 0.5) * gy)
    if rng.random() < 0.6:  # soft shadow of the phone or hand
        ox, oy = rng.uniform(0, ws), rng.uniform(0, hs)
        rad = rng.uniform(0.25, 0.5) * ws
        blob = np.exp(-(((xx - ox) ** 2 + (yy - oy) ** 2) / (2 * rad**2)))
        light = light * (1 - rng.uniform(0.12, 0.3) * blob)
    mask = cv2.warpPerspective(np.ones((dh, dw), np.float32), M, (W, H))[..., None]
    tshade = cv2.resize((1 - 0.35 * sh).astype(np.float32), (W, H))[..., None]
    arr = warped * mask + table * tshade * (1 - mask)
    cast = np.array(
        [rng.uniform(0.93, 1.05), rng.uniform(0.95, 1.02), rng.uniform(0.85, 1.0)], np.float32
    )
    arr *= cv2.resize(light.astype(np.float32), (W, H))[..., None] * cast[None, None, :]
    arr = cv2.GaussianBlur(arr, (0, 0), rng.uniform(0.6, 1.6))
    nrs = np.random.default_rng(rng.randrange(1 << 30))
    noise = nrs.standard_normal((H // 2 + 1, W // 2 + 1), dtype=np.float32)
    arr += cv2.resize(noise, (W, H), interpolation=cv2.INTER_NEAREST)[..., None] * rng.uniform(2, 5)
    out = _pil(arr)
    rot = rotate if rotate is not None else rng.choice([0, 0, 0, 0, 90, 270, 180])
    if rot:
        out = out.transpose(
            {90: Image.ROTATE_90, 180: Image.ROTATE_180, 270: Image.ROTATE_270}[rot]
        )
    out.save(str(path), "JPEG", quality=rng.randint(84, 93))
    return rot


def screenshot(page, path):
    """page is 117 x 253.2 mm: rendered at 10 px/mm gives 1170 x 2532 px."""
    img = render_raster(page, 254)
    img.save(str(path), "PNG")


def save_look(look, pages, folder, name, rng, bed=False):
    """Write pages in the given look; returns the list of (filename, pages) entries. name may be
    a list of file stems, one per page, for images."""
    names = name if isinstance(name, list) else None
    name = names[0] if names else name
    if look == "text_pdf":
        text_pdf(pages, folder / (name + ".pdf"))
        return [(name + ".pdf", list(range(1, len(pages) + 1)))]
    if look == "image_pdf":
        image_pdf(pages, folder / (name + ".pdf"), rng, bed=bed)
        return [(name + ".pdf", list(range(1, len(pages) + 1)))]
    out = []
    for i, p in enumerate(pages):
        stem = names[i] if names else name + ("" if len(pages) == 1 else f"_{i + 1}")
        if look == "scan":
            ext = rng.choice([".jpg", ".jpg", ".png"])
            fn = stem + ext
            scan(p, folder / fn, rng, bed=bed)
        elif look == "phone_photo":
            fn = stem + ".jpg"
            phone_photo(p, folder / fn, rng)
        else:
            fn = stem + ".png"
            screenshot(p, folder / fn)
        out.append((fn, [1]))
    return out
