"""What happens to a page between the desk and the CPAM: a home printer, a flatbed
scanner, a scanner's PDF, a phone photo on a table."""

import io
import math

import cv2
import numpy as np
import pikepdf
from PIL import Image
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen import canvas

A4_PT = (595.2756, 841.8898)


def _nrng(rng):
    return np.random.default_rng(rng.randrange(2**32))


def printed(img, rng, bw=False):
    """A home inkjet/laser print: optional greyscale, slight toner grain, lighter blacks."""
    arr = np.asarray(img.convert("RGB"), dtype=np.float32)
    if bw:
        g = arr @ np.array([0.299, 0.587, 0.114], dtype=np.float32)
        arr = np.repeat(g[..., None], 3, axis=2)
    lift = rng.uniform(8, 22)
    arr = lift + arr * (255 - lift) / 255.0
    arr += _nrng(rng).normal(0, 2.0, arr.shape[:2])[..., None]
    return Image.fromarray(np.clip(arr, 0, 255).astype(np.uint8))


def scan(img, rng, dpi_in, dpi_out, paper=None, angle=None, edge=True):
    """A flatbed scan: resampled, slightly skewed, paper tone, sensor noise, soft focus."""
    nr = _nrng(rng)
    if dpi_out != dpi_in:
        w = int(round(img.width * dpi_out / dpi_in))
        h = int(round(img.height * dpi_out / dpi_in))
        img = img.resize((w, h), Image.LANCZOS)
    arr = np.asarray(img.convert("RGB"), dtype=np.float32)
    h, w = arr.shape[:2]
    if paper is None:
        v = rng.uniform(238, 252)
        paper = (v, v - rng.uniform(0, 3), v - rng.uniform(2, 12))
    arr = arr * (np.array(paper, dtype=np.float32) / 255.0)
    ang = angle if angle is not None else rng.uniform(-0.9, 0.9)
    m = cv2.getRotationMatrix2D((w / 2, h / 2), ang, 1.0)
    m[0, 2] += rng.uniform(-0.004, 0.004) * w
    m[1, 2] += rng.uniform(-0.004, 0.004) * h
    arr = cv2.warpAffine(
        arr,
        m,
        (w, h),
        flags=cv2.INTER_LINEAR,
        borderMode=cv2.BORDER_CONSTANT,
        borderValue=tuple(float(v) * 0.97 for v in paper),
    )
    if edge:
        side = rng.choice(["top", "left", "right", "bottom"])
        band = max(3, int(w * rng.uniform(0.004, 0.012)))
        ramp = np.linspace(0.35, 1.0, band, dtype=np.float32)
        if side == "top":
            arr[:band] *= ramp[:, None, None]
        elif side == "bottom":
            arr[-band:] *= ramp[::-1][:, None, None]
        elif side == "left":
            arr[:, :band] *= ramp[None, :, None]
        else:
            arr[:, -band:] *= ramp[::-1][None, :, None]
    arr = cv2.GaussianBlur(arr, (0, 0), rng.uniform(0.45, 0.85))
    arr += nr.normal(0, rng.uniform(1.5, 3.5), arr.shape[:2])[..., None]
    arr = (arr - 128) * rng.uniform(1.0, 1.08) + 128 + rng.uniform(-3, 4)
    return Image.fromarray(np.clip(arr, 0, 255).astype(np.uint8))


def _background(rng, w, h):
    nr = _nrng(rng)
    kind = rng.choice(["wood", "grey", "dark", "cloth"])
    yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
    if kind == "wood":
        base = np.array([rng.uniform(120, 170), rng.uniform(85, 115), rng.uniform(50, 75)])
        wave = np.sin(yy / rng.uniform(18, 40) + 3 * np.sin(xx / rng.uniform(300, 700)))
        tex = 1.0 + 0.07 * wave[..., None]
    elif kind == "grey":
        base = np.array([rng.uniform(150, 200)] * 3) * np.array([1.0, 1.0, 0.97])
        tex = np.ones((h, w, 1), dtype=np.float32)
    elif kind == "dark":
        base = np.array([rng.uniform(40, 70), rng.uniform(40, 65), rng.uniform(42, 70)])
        tex = np.ones((h, w, 1), dtype=np.float32)
    else:
        base = np.array([rng.uniform(60, 110), rng.uniform(80, 120), rng.uniform(110, 160)])
        tex = 1.0 + 0.05 * (np.sin(xx / 3.1) * np.sin(yy / 2.9))[..., None]
    small = nr.normal(0, 1, (h // 16 + 1, w // 16 + 1)).astype(np.float32)
    blot = cv2.resize(small, (w, h), interpolation=cv2.INTER_CUBIC)[..., None]
    bg = base.astype(np.float32) * tex * (1.0 + 0.04 * blot)
    return bg + nr.normal(0, 3, (h, w))[..., None]


def phone_photo(img, rng, rotate=0, long_side=None):
    """A phone photo of a page lying on a table; rotate in {0, 90, 180, 270} (pixels turned,
    no EXIF)."""
    nr = _nrng(rng)
    long_side = long_side or rng.choice([3264, 4000, 4032])
    W = int(round(long_side * 0.75))
    H = long_side
    pw, ph = img.size
    frac = rng.uniform(0.78, 0.9)
    th = H * frac
    tw = th * pw / ph
    if tw > W * 0.94:
        tw = W * 0.94
        th = tw * ph / pw
    cx = W / 2 + rng.uniform(-0.04, 0.04) * W
    cy = H / 2 + rng.uniform(-0.03, 0.03) * H
    ang = math.radians(rng.uniform(-4, 4))
    corners = np.array([[-tw / 2, -th / 2], [tw / 2, -th / 2], [tw / 2, th / 2], [-tw / 2, th / 2]])
    rot = np.array([[math.cos(ang), -math.sin(ang)], [math.sin(ang), math.cos(ang)]])
    dst = corners @ rot.T + [cx, cy]
    k = rng.uniform(0.015, 0.05)
    top_shrink = rng.choice([-1, 1]) * k
    dst[0, 0] += top_shrink * tw * 0.5
    dst[1, 0] -= top_shrink * tw * 0.5
    dst += np.array([[rng.gauss(0, 0.006) * W, rng.gauss(0, 0.006) * H] for _ in range(4)])
    src = np.array([[0, 0], [pw, 0], [pw, ph], [0, ph]], dtype=np.float32)
    mat = cv2.getPerspectiveTransform(src, dst.astype(np.float32))
    page = np.asarray(img.convert("RGB"), dtype=np.float32)
    warped = cv2.warpPerspective(page, mat, (W, H), flags=cv2.INTER_AREA)
    mask = cv2.warpPerspective(
        np.ones((ph, pw), dtype=np.float32), mat, (W, H), flags=cv2.INTER_LINEAR
    )
    bg = _background(rng, W, H)
    shadow = cv2.GaussianBlur(mask, (0, 0), W * 0.012)
    off = int(W * 0.008)
    shadow = np.roll(shadow, (off, off), axis=(0, 1))
    bg *= (1.0 - 0.45 * shadow)[..., None]
    m3 = mask[..., None]
    out = warped * m3 + bg * (1 - m3)
    yy, xx = np.mgrid[0:H, 0:W].astype(np.float32)
    gx, gy = rng.uniform(-1, 1), rng.uniform(-1, 1)
    light = 1.0 - rng.uniform(0.08, 0.22) * ((xx / W - 0.5) * gx + (yy / H - 0.5) * gy) * 2
    r2 = ((xx / W - 0.5) ** 2 + (yy / H - 0.5) ** 2) * 2
    light *= 1.0 - rng.uniform(0.08, 0.2) * r2
    if rng.random() < 0.6:
        sx, sy = rng.uniform(0.2, 0.8) * W, rng.uniform(0.0, 1.0) * H
        blob = np.exp(-(((xx - sx) / (W * 0.35)) ** 2 + ((yy - sy) / (H * 0.25)) ** 2))
        light *= 1.0 - rng.uniform(0.12, 0.3) * blob
    out *= light[..., None]
    cast = rng.choice([(1.05, 1.0, 0.86), (1.02, 1.0, 0.93), (0.95, 0.99, 1.05), (1.0, 1.0, 0.97)])
    out *= np.array(cast, dtype=np.float32)
    out = cv2.GaussianBlur(out, (0, 0), rng.uniform(0.7, 1.5))
    out += nr.normal(0, rng.uniform(2, 5), (H, W))[..., None]
    out = np.clip(out, 0, 255).astype(np.uint8)
    if rotate:
        out = np.ascontiguousarray(np.rot90(out, k=rotate // 90))
    return Image.fromarray(out)


def jpeg_bytes(img, quality):
    buf = io.BytesIO()
    img.convert("RGB").save(buf, "JPEG", quality=quality, optimize=False, subsampling=2)
    return buf.getvalue()


def save_jpeg(img, path, quality):
    with open(path, "wb") as f:
        f.write(jpeg_bytes(img, quality))


def image_pdf(pages, path, quality=80, created=None):
    """A scanner's PDF: each page an A4 JPEG image, no text layer. created: "YYYYMMDDhhmmss"."""
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4_PT, invariant=1)
    c.setCreator("Canon MF Scan Utility")
    c.setProducer("Canon MF Scan Utility")
    for img in pages:
        data = jpeg_bytes(img, quality)
        c.drawImage(ImageReader(io.BytesIO(data)), 0, 0, A4_PT[0], A4_PT[1])
        c.showPage()
    c.save()
    buf.seek(0)
    with pikepdf.open(buf) as pdf:
        for key in ("/Author", "/Keywords", "/Subject", "/Title", "/Trapped"):
            if key in pdf.docinfo:
                del pdf.docinfo[key]
        if created:
            pdf.docinfo["/CreationDate"] = "D:%s+01'00'" % created
            pdf.docinfo["/ModDate"] = "D:%s+01'00'" % created
        pdf.save(path, deterministic_id=True)
