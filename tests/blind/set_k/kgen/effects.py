"""Looks: scans, image PDFs, phone photos (numpy / OpenCV, deterministic)."""

from __future__ import annotations

import io
import zlib

import cv2
import numpy as np
from PIL import Image

cv2.setNumThreads(1)


def _np_rng(r):
    return np.random.default_rng(r.randrange(2**32))


def scan(img: Image.Image, r, grey=None, skew=None) -> Image.Image:
    """Flatbed scan / photocopy: tint, lighter ink, skew, blur, noise."""
    nr = _np_rng(r)
    a = np.asarray(img.convert("RGB"), dtype=np.float32)
    ink = r.uniform(0.8, 0.93)
    a = 255 - (255 - a) * ink
    tint = np.array(
        [r.uniform(238, 252), r.uniform(236, 250), r.uniform(225, 245)], dtype=np.float32
    )
    a = a * (tint / 255.0)
    h, w = a.shape[:2]
    ang = skew if skew is not None else r.choice([-1, 1]) * r.uniform(0.3, 1.8)
    m = cv2.getRotationMatrix2D((w / 2, h / 2), ang, 1.0)
    m[0, 2] += r.uniform(-6, 6)
    m[1, 2] += r.uniform(-6, 6)
    a = cv2.warpAffine(
        a, m, (w, h), flags=cv2.INTER_LINEAR, borderValue=tuple(float(v) for v in tint * 0.97)
    )
    a = cv2.GaussianBlur(a, (0, 0), r.uniform(0.5, 0.9))
    a += nr.normal(0, r.uniform(2.5, 5.0), a.shape[:2])[..., None].astype(np.float32)
    a = np.clip(a, 0, 255).astype(np.uint8)
    out = Image.fromarray(a)
    if grey is None:
        grey = r.random() < 0.35
    if grey:
        out = out.convert("L")
    return out


def photo(img: Image.Image, r, out_long=None, rotate=None, table=None) -> Image.Image:
    """A phone photo of a page or card lying on a table."""
    nr = _np_rng(r)
    src = np.asarray(img.convert("RGB"), dtype=np.float32)
    h, w = src.shape[:2]
    out_long = out_long or r.choice([3000, 3264, 3600, 4000])
    portrait = h >= w
    if portrait:
        H, W = out_long, int(out_long * 3 / 4)
    else:
        W, H = out_long, int(out_long * 3 / 4)
    # table background
    table = table or r.choice(
        [(120, 90, 60), (180, 170, 155), (70, 70, 75), (200, 195, 185), (150, 110, 80)]
    )
    bg = np.ones((H, W, 3), np.float32) * np.array(table, np.float32)
    grain = cv2.GaussianBlur(nr.normal(0, 18, (H // 8, W // 8)).astype(np.float32), (0, 0), 2)
    grain = cv2.resize(grain, (W, H), interpolation=cv2.INTER_LINEAR)
    bg += grain[..., None]
    # target quad
    fill = r.uniform(0.72, 0.88)
    scale = min(W * fill / w, H * fill / h)
    tw, th = w * scale, h * scale
    cx, cy = W / 2 + r.uniform(-0.04, 0.04) * W, H / 2 + r.uniform(-0.04, 0.04) * H
    j = 0.045
    quad = np.float32(
        [
            [cx - tw / 2 + r.uniform(-j, j) * tw, cy - th / 2 + r.uniform(-j, j) * th],
            [cx + tw / 2 + r.uniform(-j, j) * tw, cy - th / 2 + r.uniform(-j, j) * th],
            [cx + tw / 2 + r.uniform(-j, j) * tw, cy + th / 2 + r.uniform(-j, j) * th],
            [cx - tw / 2 + r.uniform(-j, j) * tw, cy + th / 2 + r.uniform(-j, j) * th],
        ]
    )
    ang = np.deg2rad(r.uniform(-4, 4))
    rot = np.array([[np.cos(ang), -np.sin(ang)], [np.sin(ang), np.cos(ang)]], np.float32)
    quad = (quad - [cx, cy]) @ rot.T + [cx, cy]
    m = cv2.getPerspectiveTransform(
        np.float32([[0, 0], [w, 0], [w, h], [0, h]]), quad.astype(np.float32)
    )
    warped = cv2.warpPerspective(src, m, (W, H), flags=cv2.INTER_LINEAR)
    mask = cv2.warpPerspective(np.ones((h, w), np.float32), m, (W, H), flags=cv2.INTER_LINEAR)
    # soft drop shadow
    sh = cv2.GaussianBlur(np.roll(mask, (int(W * 0.01), int(W * 0.012)), (0, 1)), (0, 0), W * 0.006)
    bg *= (1 - 0.45 * sh)[..., None]
    a = bg * (1 - mask[..., None]) + warped * mask[..., None]
    # uneven light + a hand/phone shadow
    yy, xx = np.mgrid[0:H, 0:W].astype(np.float32)
    gx, gy = r.uniform(-1, 1), r.uniform(-1, 1)
    light = 1.0 + 0.16 * (gx * (xx / W - 0.5) + gy * (yy / H - 0.5)) * 2
    blob = np.exp(
        -(((xx - r.uniform(0, W)) / (W * 0.45)) ** 2 + ((yy - r.uniform(0, H)) / (H * 0.35)) ** 2)
    )
    light *= 1 - r.uniform(0.1, 0.28) * blob
    a *= light[..., None]
    cast = np.array(
        [r.uniform(0.94, 1.04), r.uniform(0.95, 1.02), r.uniform(0.86, 1.0)], np.float32
    )
    a *= cast
    a = cv2.GaussianBlur(a, (0, 0), r.uniform(0.8, 1.5))
    a += nr.normal(0, r.uniform(3, 6), (H, W))[..., None].astype(np.float32)
    a = np.clip(a, 0, 255).astype(np.uint8)
    out = Image.fromarray(a)
    if rotate is None:
        rotate = r.choice([0, 0, 0, 90, 180, 270])
    if rotate:
        out = out.rotate(rotate, expand=True)
    return out


def jpeg_bytes(img: Image.Image, q=88) -> bytes:
    b = io.BytesIO()
    img.save(b, "JPEG", quality=q, optimize=False)
    return b.getvalue()


def png_bytes(img: Image.Image) -> bytes:
    b = io.BytesIO()
    img.save(b, "PNG", optimize=False, compress_level=6)
    return b.getvalue()


def image_pdf(images: list[Image.Image], dpis: list[float], q=85) -> bytes:
    """A minimal PDF made of JPEG pages (no text layer), fully deterministic."""
    objs: list[bytes] = []
    kids = []
    n = len(images)
    # 1 catalog, 2 pages, then per page: page, content, image
    for i, (im, dpi) in enumerate(zip(images, dpis)):
        pno = 3 + i * 3
        kids.append(f"{pno} 0 R")
    objs.append(b"<< /Type /Catalog /Pages 2 0 R >>")
    objs.append(f"<< /Type /Pages /Kids [{' '.join(kids)}] /Count {n} >>".encode())
    for i, (im, dpi) in enumerate(zip(images, dpis)):
        pno = 3 + i * 3
        wpt, hpt = im.width * 72 / dpi, im.height * 72 / dpi
        data = jpeg_bytes(im, q)
        cs = "/DeviceGray" if im.mode == "L" else "/DeviceRGB"
        content = f"q {wpt:.2f} 0 0 {hpt:.2f} 0 0 cm /Im0 Do Q".encode()
        content_z = zlib.compress(content, 9)
        objs.append(
            (
                f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 {wpt:.2f} {hpt:.2f}] "
                f"/Resources << /XObject << /Im0 {pno + 2} 0 R >> >> /Contents {pno + 1} 0 R >>"
            ).encode()
        )
        objs.append(
            f"<< /Length {len(content_z)} /Filter /FlateDecode >>\nstream\n".encode()
            + content_z
            + b"\nendstream"
        )
        objs.append(
            (
                f"<< /Type /XObject /Subtype /Image /Width {im.width} /Height {im.height} "
                f"/ColorSpace {cs} /BitsPerComponent 8 /Filter /DCTDecode /Length {len(data)} >>\nstream\n"
            ).encode()
            + data
            + b"\nendstream"
        )
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offs = []
    for k, o in enumerate(objs, start=1):
        offs.append(out.tell())
        out.write(f"{k} 0 obj\n".encode() + o + b"\nendobj\n")
    xref = out.tell()
    out.write(f"xref\n0 {len(objs) + 1}\n0000000000 65535 f \n".encode())
    for o in offs:
        out.write(f"{o:010d} 00000 n \n".encode())
    out.write(
        f"trailer\n<< /Size {len(objs) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    )
    return out.getvalue()
