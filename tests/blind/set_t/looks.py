"""From pages to files: text PDFs, scanner PDFs, flatbed scans, phone photos, screenshots."""

from __future__ import annotations

import io
import math
import os

import cv2
import numpy as np
import pypdfium2 as pdfium
from PIL import Image, ImageDraw, ImageFilter
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen import canvas as rl_canvas
from tk import A4, MM, Page, Sheet

cv2.setNumThreads(1)


def pdf_bytes(pages, meta=None):
    meta = meta or {}
    buf = io.BytesIO()
    c = rl_canvas.Canvas(buf, pagesize=(pages[0].w, pages[0].h), invariant=1)
    if meta.get("title"):
        c.setTitle(meta["title"])
    if meta.get("author"):
        c.setAuthor(meta["author"])
    c.setCreator(meta.get("creator", "ReportLab"))
    if meta.get("producer"):
        c.setProducer(meta["producer"])
    for p in pages:
        c.setPageSize((p.w, p.h))
        p.draw(c)
        c.showPage()
    c.save()
    return buf.getvalue()


def raster(page: Page, dpi: float, alpha=False) -> Image.Image:
    doc = pdfium.PdfDocument(pdf_bytes([page]))
    fill = (255, 255, 255, 0) if alpha else (255, 255, 255, 255)
    im = doc[0].render(scale=dpi / 72, fill_color=fill).to_pil()
    doc.close()
    return im.convert("RGBA" if alpha else "RGB")


def _card_raster(item: Page, dpi):
    im = raster(item, dpi, alpha=True)
    if item.kind == "card":
        r = int(3.2 * MM * dpi / 72)
        m = Image.new("L", im.size, 0)
        ImageDraw.Draw(m).rounded_rectangle((0, 0, im.width - 1, im.height - 1), r, fill=255)
        a = np.minimum(np.asarray(im.split()[3]), np.asarray(m))
        im.putalpha(Image.fromarray(a))
    else:
        bg = Image.new("RGBA", im.size, (255, 255, 255, 255))
        bg.alpha_composite(im)
        im = bg
    return im


def sheet_raster(obj, dpi, rng) -> Image.Image:
    """A4 sheet image: a paper page, or cards/booklet pages laid on the copier glass."""
    if isinstance(obj, Page) and obj.kind in ("paper", "screen"):
        return raster(obj, dpi)
    items = obj.items if isinstance(obj, Sheet) else [obj]
    W, H = int(A4[0] * dpi / 72), int(A4[1] * dpi / 72)
    sheet = Image.new("RGB", (W, H), (255, 255, 255))
    y = int(rng.uniform(12, 30) * MM * dpi / 72)
    x0 = int(rng.uniform(10, 30) * MM * dpi / 72)
    side = isinstance(obj, Sheet) and obj.layout == "side"
    x = x0
    for it in items:
        im = _card_raster(it, dpi)
        ang = rng.uniform(-1.5, 1.5)
        im = im.rotate(ang, resample=Image.BICUBIC, expand=True)
        if x + im.width > W:
            x = max(0, W - im.width - 10)
        sheet.paste(im, (x, y), im)
        if side:
            x += im.width + int(8 * MM * dpi / 72)
        else:
            y += im.height + int(rng.uniform(6, 18) * MM * dpi / 72)
    return sheet


def _np(im):
    return np.asarray(im).astype(np.float32)


def _img(a):
    return Image.fromarray(np.clip(a, 0, 255).astype(np.uint8))


def scan_effects(im: Image.Image, rng, grey=None, strength=1.0) -> Image.Image:
    nr = np.random.default_rng(rng.getrandbits(32))
    a = _np(im)
    tone = np.array([rng.uniform(0.92, 0.99), rng.uniform(0.92, 0.99), rng.uniform(0.88, 0.97)])
    a = 255 - (255 - a) * rng.uniform(0.9, 1.08)
    a = a * tone
    h, w = a.shape[:2]
    if rng.random() < 0.5:  # darker band where the lid did not close
        band = np.linspace(rng.uniform(0.7, 0.9), 1, max(2, int(w * 0.03)))
        a[:, : band.size] *= band[None, :, None]
    noise = np.empty(a.shape[:2], np.float32)
    cv2.setRNGSeed(rng.getrandbits(31))
    cv2.randn(noise, 0, 3.5 * strength)
    a += noise[..., None]
    im = _img(a)
    ang = rng.uniform(-1.3, 1.3) * strength
    im = im.rotate(ang, resample=Image.BICUBIC, fillcolor=tuple(int(v * 235) for v in tone))
    im = im.filter(ImageFilter.GaussianBlur(rng.uniform(0.3, 0.8)))
    if grey or (grey is None and rng.random() < 0.3):
        im = im.convert("L").convert("RGB")
    return im


def jpeg(im, q):
    b = io.BytesIO()
    im.save(b, "JPEG", quality=q, optimize=False, subsampling=2)
    return b.getvalue()


def _table(W, H, rng, nr):
    kind = rng.choice(["wood", "grey", "white", "dark", "wood", "cloth"])
    base = {
        "wood": (150, 105, 70),
        "grey": (150, 150, 148),
        "white": (225, 222, 215),
        "dark": (55, 58, 66),
        "cloth": (70, 90, 120),
    }[kind]
    sw_, sh_ = W // 12 + 1, H // 12 + 1
    small = nr.normal(0, 1, (sh_, sw_)).astype(np.float32)
    if kind == "wood":
        small = cv2.resize(cv2.resize(small, (sw_, 6)), (sw_, sh_), interpolation=cv2.INTER_CUBIC)
        small += nr.normal(0, 0.35, small.shape).astype(np.float32)
    amp = 14 if kind in ("wood", "cloth") else 6
    t = np.stack([base[k] + small * amp for k in range(3)], axis=-1).astype(np.float32)
    return cv2.resize(t, (W, H), interpolation=cv2.INTER_CUBIC)


def _lowres_light(W, H, rng):
    w, h = W // 8, H // 8
    yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
    gx, gy = rng.uniform(-1, 1), rng.uniform(-1, 1)
    light = 1 + rng.uniform(0.06, 0.2) * ((xx / w - 0.5) * gx + (yy / h - 0.5) * gy)
    light *= 1 - rng.uniform(0.08, 0.25) * (((xx / w - 0.5) ** 2 + (yy / h - 0.5) ** 2) * 2)
    if rng.random() < 0.55:  # shadow of the phone / hand
        poly = np.zeros((h, w), np.float32)
        side = rng.choice(["l", "r", "t", "b"])
        pts = {
            "l": [(0, 0), (w * rng.uniform(0.15, 0.35), 0), (w * rng.uniform(0.1, 0.3), h), (0, h)],
            "r": [(w, 0), (w * rng.uniform(0.65, 0.85), 0), (w * rng.uniform(0.7, 0.9), h), (w, h)],
            "t": [(0, 0), (w, 0), (w, h * rng.uniform(0.1, 0.25)), (0, h * rng.uniform(0.15, 0.3))],
            "b": [(0, h), (w, h), (w, h * rng.uniform(0.75, 0.9)), (0, h * rng.uniform(0.7, 0.85))],
        }[side]
        cv2.fillPoly(poly, [np.array(pts, np.int32)], 1.0)
        poly = cv2.GaussianBlur(poly, (0, 0), rng.uniform(6, 18))
        light *= 1 - rng.uniform(0.18, 0.38) * poly
    return cv2.resize(light, (W, H), interpolation=cv2.INTER_LINEAR)


def phone_photo(obj, rng, long_side=None) -> Image.Image:
    """A phone photo of a sheet or card lying on a table."""
    nr = np.random.default_rng(rng.getrandbits(32))
    long_side = long_side or rng.choice([4000, 3264, 3000, 3264, 2592, 4000])
    short = int(long_side * 0.75)
    is_card = isinstance(obj, Sheet) or (
        isinstance(obj, Page) and obj.kind in ("card", "booklet", "sticker")
    )
    ratio = 0.8 if not is_card else rng.uniform(0.6, 0.8)
    if isinstance(obj, Page) and obj.kind == "paper":
        dpi = long_side * rng.uniform(0.8, 0.92) / (obj.h / 72)
        sub = raster(obj, dpi).convert("RGBA")
    elif isinstance(obj, Sheet):
        w_pt = max(it.w for it in obj.items)
        dpi = short * ratio / (w_pt / 72)
        parts = [_card_raster(it, dpi) for it in obj.items]
        gap = int(12 * MM * dpi / 72)
        W = max(p.width for p in parts)
        Hh = sum(p.height for p in parts) + gap * (len(parts) - 1)
        sub = Image.new("RGBA", (W, Hh), (0, 0, 0, 0))
        yy = 0
        for p in parts:
            sub.paste(p, (0, yy), p)
            yy += p.height + gap
    else:
        dpi = long_side * ratio / (max(obj.w, obj.h) / 72)
        sub = _card_raster(obj, dpi)
    sw, sh = sub.size
    portrait = sh >= sw
    W, H = (short, long_side) if portrait else (long_side, short)
    scale = min(W * rng.uniform(0.78, 0.9) / sw, H * rng.uniform(0.78, 0.9) / sh)
    tw, th = sw * scale, sh * scale
    cx, cy = W / 2 + rng.uniform(-0.05, 0.05) * W, H / 2 + rng.uniform(-0.04, 0.04) * H
    ang = math.radians(rng.uniform(-6, 6))
    corners = []
    for dx, dy in ((-1, -1), (1, -1), (1, 1), (-1, 1)):
        px, py = dx * tw / 2, dy * th / 2
        corners.append(
            [
                cx + px * math.cos(ang) - py * math.sin(ang),
                cy + px * math.sin(ang) + py * math.cos(ang),
            ]
        )
    dst = np.array(corners, np.float32)
    persp = rng.uniform(0.02, 0.07)
    for i in range(4):
        dst[i] += [nr.normal(0, persp * tw * 0.25), nr.normal(0, persp * th * 0.25)]
    e = [(0, 1), (1, 2), (2, 3), (3, 0)][rng.choice([0, 1, 2, 3])]
    mid = dst.mean(axis=0)
    for i in e:  # keystone: the far edge is shorter
        dst[i] = mid + (dst[i] - mid) * (1 - persp)
    src = np.array([[0, 0], [sw, 0], [sw, sh], [0, sh]], np.float32)
    M = cv2.getPerspectiveTransform(src, dst)
    warped = cv2.warpPerspective(
        np.asarray(sub), M, (W, H), flags=cv2.INTER_LINEAR, borderValue=(0, 0, 0, 0)
    )
    alpha = warped[..., 3].astype(np.float32) * (1 / 255)
    a = _table(W, H, rng, nr)
    small_a = cv2.resize(alpha, (W // 4, H // 4))
    shm = cv2.GaussianBlur(small_a, (0, 0), 2.5)
    shm = np.roll(shm, (max(1, H // 250), max(1, W // 250)), axis=(0, 1))
    shm = cv2.resize(shm, (W, H))
    a *= (1 - 0.35 * shm)[..., None]
    subj = warped[..., :3].astype(np.float32)
    subj -= a
    subj *= alpha[..., None]
    a += subj
    del subj, warped
    light = _lowres_light(W, H, rng)
    cast = np.array(
        [rng.uniform(0.94, 1.06), rng.uniform(0.96, 1.03), rng.uniform(0.86, 1.04)], np.float32
    )
    a *= light[..., None]
    a *= cast
    a = cv2.GaussianBlur(a, (0, 0), rng.uniform(0.7, 1.6))
    noise = np.empty((H, W), np.float32)
    cv2.setRNGSeed(rng.getrandbits(31))
    cv2.randn(noise, 0, rng.uniform(2.5, 6))
    a += noise[..., None]
    np.clip(a, 0, 255, out=a)
    im = Image.fromarray(a.astype(np.uint8))
    rot = rng.choice([0, 0, 0, 90, 180, 270]) if not is_card else rng.choice([0, 0, 90, 270])
    if rot:
        im = im.rotate(rot, expand=True)
    return im


def screenshot(page: Page) -> Image.Image:
    return raster(page, 72 * 1170 / page.w)


def write_images_pdf(path, images, rng, page_size=A4, quality=None):
    buf = io.BytesIO()
    c = rl_canvas.Canvas(buf, pagesize=page_size, invariant=1)
    c.setCreator(
        rng.choice(
            [
                "Canon MF Scan Utility",
                "HP Smart",
                "EPSON Scan",
                "Brother iPrint&Scan",
                "Xerox WorkCentre",
            ]
        )
    )
    q = quality or rng.randint(55, 85)
    for im in images:
        W, H = page_size
        if im.width > im.height and W < H:
            W, H = H, W
        c.setPageSize((W, H))
        c.drawImage(ImageReader(io.BytesIO(jpeg(im, q))), 0, 0, W, H)
        c.showPage()
    c.save()
    with open(path, "wb") as f:
        f.write(buf.getvalue())


def save_image(path, im, rng, quality=None):
    if path.lower().endswith(".png"):
        im.save(path, "PNG", optimize=False)
    else:
        with open(path, "wb") as f:
            f.write(jpeg(im, quality or rng.randint(78, 92)))


def render_file(path, objs, look, rng, meta=None):
    """Write one file holding the given pages (or sheets) in the given look."""
    os.makedirs(os.path.dirname(path), exist_ok=True)
    if look == "text_pdf":
        pages = []
        for o in objs:
            pages.extend(o.items if isinstance(o, Sheet) else [o])
        with open(path, "wb") as f:
            f.write(pdf_bytes(pages, meta))
    elif look == "image_pdf":
        dpi = rng.choice([150, 200, 200, 300])
        grey = rng.random() < 0.3
        ims = [scan_effects(sheet_raster(o, dpi, rng), rng, grey=grey) for o in objs]
        write_images_pdf(path, ims, rng)
    elif look == "scan":
        assert len(objs) == 1, path
        dpi = rng.choice([150, 200, 240, 300])
        im = scan_effects(sheet_raster(objs[0], dpi, rng), rng)
        save_image(path, im, rng)
    elif look == "phone_photo":
        if path.lower().endswith(".pdf"):
            ims = [phone_photo(o, rng, long_side=rng.choice([2400, 2600, 3000])) for o in objs]
            write_images_pdf(path, ims, rng, quality=rng.randint(70, 85))
        else:
            assert len(objs) == 1, path
            save_image(path, phone_photo(objs[0], rng), rng)
    elif look == "screenshot":
        assert len(objs) == 1, path
        save_image(path, screenshot(objs[0]), rng)
    else:
        raise ValueError(look)
