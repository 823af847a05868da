"""Looks for the form_l blind set: printing, scanning, phone photos, image PDFs."""

from __future__ import annotations

import io
import math

import cv2
import numpy as np
import pikepdf
from PIL import Image

A4_MM = (210.0, 297.0)


def printed(page: np.ndarray, rng) -> np.ndarray:
    """A laser/inkjet print of a rendered page: slightly grey blacks, a faint toner streak."""
    dark = float(rng.uniform(18, 40))
    out = cv2.convertScaleAbs(page, alpha=(255 - dark) / 255.0, beta=dark)
    h, w = out.shape[:2]
    if rng.uniform() < 0.4:
        col = int(rng.integers(12, w - 12))
        sub = out[:, col - 10 : col + 10].astype(np.float32)
        prof = np.exp(-(((np.arange(20) - 10) / 3.0) ** 2)) * rng.uniform(6, 14)
        sub -= prof[None, :, None].astype(np.float32)
        out[:, col - 10 : col + 10] = np.clip(sub, 0, 255).astype(np.uint8)
    return out


def paper_tint(rng) -> np.ndarray:
    """Scanner white of one session: neutral to slightly warm, never pink."""
    v = rng.uniform(238, 252)
    warm = rng.uniform(0, 12)
    return np.array([v, v - warm * 0.35 - rng.uniform(0, 1.5), v - warm], np.float32)


def scan(
    page: np.ndarray,
    rng,
    grey: bool | None = None,
    out_scale: float = 1.0,
    tint: np.ndarray | None = None,
) -> np.ndarray:
    """Flatbed scan: tinted paper, lighter ink, skew, blur, noise, maybe greyscale."""
    img = page.astype(np.float32)
    k = rng.uniform(0.82, 0.95)
    img = 255 - (255 - img) * k
    tint = paper_tint(rng) if tint is None else tint
    img = img * tint / 255.0
    h, w = img.shape[:2]
    ang = rng.uniform(0.3, 2.0) * (1 if rng.uniform() < 0.5 else -1)
    m = cv2.getRotationMatrix2D((w / 2, h / 2), ang, 1.0)
    m[0, 2] += rng.uniform(-0.01, 0.01) * w
    m[1, 2] += rng.uniform(-0.008, 0.008) * h
    border = tuple(float(v) for v in (tint * rng.uniform(0.96, 1.0)))
    img = cv2.warpAffine(
        img, m, (w, h), flags=cv2.INTER_LINEAR, borderMode=cv2.BORDER_CONSTANT, borderValue=border
    )
    if rng.uniform() < 0.35:  # dark lid edge on one side
        side = int(rng.integers(0, 4))
        t = int(rng.uniform(0.004, 0.012) * w)
        val = rng.uniform(60, 130)
        if side == 0:
            img[:, :t] = val
        elif side == 1:
            img[:, w - t :] = val
        elif side == 2:
            img[:t, :] = val
        else:
            img[h - t :, :] = val
    # uneven lamp
    gy = np.linspace(rng.uniform(-6, 0), rng.uniform(-6, 0), h, dtype=np.float32)[:, None, None]
    img = img + gy
    img = cv2.GaussianBlur(img, (0, 0), rng.uniform(0.45, 0.9))
    img += rng.normal(0, rng.uniform(1.5, 4.0), (h, w, 1)).astype(np.float32)
    img = np.clip(img, 0, 255)
    if out_scale != 1.0:
        img = cv2.resize(
            img, (int(w * out_scale), int(h * out_scale)), interpolation=cv2.INTER_AREA
        )
    out = img.astype(np.uint8)
    if grey if grey is not None else rng.uniform() < 0.3:
        g = cv2.cvtColor(out, cv2.COLOR_RGB2GRAY)
        out = np.repeat(g[..., None], 3, axis=2)
    return out


def table(h: int, w: int, rng) -> np.ndarray:
    kind = int(rng.integers(0, 4))
    if kind == 0:  # wood
        base = np.array(
            [rng.uniform(120, 165), rng.uniform(80, 110), rng.uniform(45, 70)], np.float32
        )
        streak = rng.normal(0, 1, (h // 8 + 1, 1)).astype(np.float32)
        streak = cv2.resize(streak, (w // 8 + 1, h // 8 + 1), interpolation=cv2.INTER_LINEAR)
        fine = rng.normal(0, 1, (h // 8 + 1, w // 8 + 1)).astype(np.float32)
        fine = cv2.GaussianBlur(fine, (0, 0), sigmaX=6, sigmaY=0.6)
        tex = cv2.resize(streak * 10 + fine * 14, (w, h), interpolation=cv2.INTER_CUBIC)
        img = base[None, None, :] + tex[..., None] * np.array([1.0, 0.75, 0.5], np.float32)
    elif kind == 1:  # grey desk
        v = rng.uniform(90, 150)
        base = np.array([v, v * rng.uniform(0.97, 1.03), v * rng.uniform(0.95, 1.05)], np.float32)
        img = np.broadcast_to(base, (h, w, 3)).copy()
    elif kind == 2:  # dark fabric
        v = rng.uniform(30, 60)
        base = np.array([v, v * rng.uniform(0.9, 1.2), v * rng.uniform(1.0, 1.4)], np.float32)
        n = rng.normal(0, 1, (h // 4 + 1, w // 4 + 1)).astype(np.float32)
        n = cv2.resize(n, (w, h), interpolation=cv2.INTER_LINEAR) * 6
        img = base[None, None, :] + n[..., None]
    else:  # light tablecloth
        v = rng.uniform(185, 215)
        base = np.array([v, v * rng.uniform(0.96, 1.0), v * rng.uniform(0.88, 0.97)], np.float32)
        n = rng.normal(0, 1, (h // 16 + 1, w // 16 + 1)).astype(np.float32)
        n = cv2.resize(n, (w, h), interpolation=cv2.INTER_CUBIC) * 5
        img = base[None, None, :] + n[..., None]
    return img.astype(np.float32)


def light_cast(rng) -> np.ndarray:
    """Colour of the room light: warm (lamp) to cool (daylight), slight green shift."""
    t = rng.uniform(-0.05, 0.07)
    g = rng.uniform(-0.012, 0.012)
    return np.array([1 + t, 1 + t * 0.3 + g, 1 - t * 1.2], np.float32)


def phone_photo(
    page: np.ndarray,
    rng,
    size=(3024, 4032),
    fill: float | None = None,
    bg: np.ndarray | None = None,
    cast: np.ndarray | None = None,
) -> np.ndarray:
    """A phone photo of a sheet lying on a table (portrait frame, before any rotation)."""
    W, H = size
    ph, pw = page.shape[:2]
    bg = table(H, W, rng) if bg is None else bg
    fill = fill or rng.uniform(0.74, 0.9)
    th = H * fill
    tw = th * pw / ph
    if tw > W * 0.94:
        tw = W * 0.94
        th = tw * ph / pw
    cx = W / 2 + rng.uniform(-0.04, 0.04) * W
    cy = H / 2 + rng.uniform(-0.03, 0.03) * H
    rot = math.radians(rng.uniform(-4, 4))
    corners = np.array([[-tw / 2, -th / 2], [tw / 2, -th / 2], [tw / 2, th / 2], [-tw / 2, th / 2]])
    # perspective: top edge narrower or wider (phone tilted)
    persp = rng.uniform(-0.07, 0.07)
    corners[0, 0] *= 1 - persp
    corners[1, 0] *= 1 - persp
    corners[2, 0] *= 1 + persp
    corners[3, 0] *= 1 + persp
    corners += rng.normal(0, 0.008, corners.shape) * np.array([tw, th])
    cr = np.array([[math.cos(rot), -math.sin(rot)], [math.sin(rot), math.cos(rot)]])
    dst = (corners @ cr.T + np.array([cx, cy])).astype(np.float32)
    src = np.float32([[0, 0], [pw - 1, 0], [pw - 1, ph - 1], [0, ph - 1]])
    M = cv2.getPerspectiveTransform(src, dst)
    warped = cv2.warpPerspective(page, M, (W, H), flags=cv2.INTER_LINEAR, borderValue=(0, 0, 0))
    mask = cv2.warpPerspective(np.full((ph, pw), 255, np.uint8), M, (W, H), flags=cv2.INTER_LINEAR)
    a = mask.astype(np.float32) / 255.0
    # drop shadow under the sheet
    sh = cv2.GaussianBlur(a, (0, 0), W * 0.006)
    sh = np.roll(sh, (int(W * 0.004), int(W * 0.003)), axis=(0, 1))
    bg = bg * (1 - 0.45 * sh[..., None])
    img = bg * (1 - a[..., None]) + warped.astype(np.float32) * a[..., None]
    # uneven light: gradient + radial falloff
    yy, xx = np.mgrid[0:H:8, 0:W:8].astype(np.float32)
    gx, gy = rng.uniform(-1, 1), rng.uniform(-1, 1)
    lin = 1 + 0.12 * (gx * (xx / W - 0.5) + gy * (yy / H - 0.5))
    rad = 1 - 0.22 * (((xx / W - 0.5 - rng.uniform(-0.15, 0.15)) ** 2 + (yy / H - 0.5) ** 2) * 2)
    light = cv2.resize(lin * rad, (W, H), interpolation=cv2.INTER_LINEAR)
    # a soft shadow of the phone or a hand
    if rng.uniform() < 0.7:
        sm = np.zeros((H // 8, W // 8), np.float32)
        ex = int(rng.uniform(0.1, 0.9) * W / 8)
        ey = int(rng.uniform(0.0, 1.0) * H / 8)
        cv2.ellipse(
            sm,
            (ex, ey),
            (int(W / 8 * rng.uniform(0.2, 0.45)), int(H / 8 * rng.uniform(0.15, 0.35))),
            rng.uniform(0, 180),
            0,
            360,
            1.0,
            -1,
        )
        sm = cv2.GaussianBlur(sm, (0, 0), W / 8 * 0.06)
        light *= 1 - rng.uniform(0.12, 0.3) * cv2.resize(sm, (W, H), interpolation=cv2.INTER_LINEAR)
    img *= light[..., None]
    img *= cast if cast is not None else light_cast(rng)
    img = cv2.GaussianBlur(img, (0, 0), rng.uniform(0.7, 1.5))
    noise = rng.normal(0, rng.uniform(2.0, 5.0), (H // 2, W // 2, 3)).astype(np.float32)
    img += cv2.resize(noise, (W, H), interpolation=cv2.INTER_NEAREST)
    return np.clip(img, 0, 255).astype(np.uint8)


def jpeg_bytes(
    img: np.ndarray, quality: int, exif_orientation: int | None = None, dpi=None
) -> bytes:
    im = Image.fromarray(img)
    if (
        img.ndim == 3
        and np.array_equal(img[..., 0], img[..., 1])
        and np.array_equal(img[..., 1], img[..., 2])
    ):
        im = im.convert("L")
    buf = io.BytesIO()
    kw = {"quality": int(quality), "optimize": False}
    if dpi:
        kw["dpi"] = (dpi, dpi)
    if exif_orientation:
        ex = Image.Exif()
        ex[0x0112] = exif_orientation
        kw["exif"] = ex.tobytes()
    im.save(buf, "JPEG", **kw)
    return buf.getvalue()


def png_bytes(img: np.ndarray, dpi=None) -> bytes:
    im = Image.fromarray(img)
    if (
        img.ndim == 3
        and np.array_equal(img[..., 0], img[..., 1])
        and np.array_equal(img[..., 1], img[..., 2])
    ):
        im = im.convert("L")
    buf = io.BytesIO()
    kw = {"optimize": False}
    if dpi:
        kw["dpi"] = (dpi, dpi)
    im.save(buf, "PNG", **kw)
    return buf.getvalue()


def image_pdf(jpegs: list[bytes], page_mm: list[tuple[float, float]] | None = None) -> bytes:
    """A PDF whose pages are JPEG images only (no text layer)."""
    pdf = pikepdf.new()
    for i, jb in enumerate(jpegs):
        im = Image.open(io.BytesIO(jb))
        w, h = im.size
        cs = pikepdf.Name.DeviceGray if im.mode == "L" else pikepdf.Name.DeviceRGB
        if page_mm is not None:
            pw_mm, ph_mm = page_mm[i]
        elif w < h:
            pw_mm, ph_mm = A4_MM
        else:
            pw_mm, ph_mm = A4_MM[1], A4_MM[0]
        pw, ph = pw_mm / 25.4 * 72, ph_mm / 25.4 * 72
        xo = pikepdf.Stream(pdf, jb)
        xo.Type = pikepdf.Name.XObject
        xo.Subtype = pikepdf.Name.Image
        xo.Width = w
        xo.Height = h
        xo.ColorSpace = cs
        xo.BitsPerComponent = 8
        xo.Filter = pikepdf.Name.DCTDecode
        content = pikepdf.Stream(pdf, b"q %.3f 0 0 %.3f 0 0 cm /Im0 Do Q" % (pw, ph))
        page = pikepdf.Dictionary(
            Type=pikepdf.Name.Page,
            MediaBox=pikepdf.Array([0, 0, round(pw, 3), round(ph, 3)]),
            Resources=pikepdf.Dictionary(XObject=pikepdf.Dictionary(Im0=xo)),
            Contents=content,
        )
        pdf.pages.append(pikepdf.Page(page))
    buf = io.BytesIO()
    pdf.save(buf, deterministic_id=True, compress_streams=True)
    return buf.getvalue()
