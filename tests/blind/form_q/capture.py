"""Scanner and phone-camera degradations, and the writers for JPEG/PNG/image PDFs."""

import io

import cv2
import numpy as np
from PIL import Image
from reportlab.lib.pagesizes import A4
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen import canvas

cv2.setNumThreads(1)


def scan(img, rng, folds=False):
    """Flatbed scan: grey paper, slight skew, blur, noise, lid shadow at one edge."""
    nrng = np.random.default_rng(rng.randrange(1 << 30))
    a = np.asarray(img, dtype=np.float32)
    h, w = a.shape[:2]
    paper = np.array([rng.uniform(226, 248)] * 3, dtype=np.float32)
    paper += np.array([rng.uniform(-3, 4), rng.uniform(-2, 2), rng.uniform(-6, 1)])
    a = a / 255.0 * paper
    if folds:
        for frac in (1 / 3, 2 / 3):
            y = int(h * (frac + rng.uniform(-0.01, 0.01)))
            a[max(0, y - 2) : y + 2] *= rng.uniform(0.9, 0.96)
    angle = rng.uniform(-1.4, 1.4)
    m = cv2.getRotationMatrix2D((w / 2 + rng.uniform(-20, 20), h / 2), angle, 1.0)
    m[0, 2] += rng.uniform(-0.012, 0.012) * w
    m[1, 2] += rng.uniform(-0.01, 0.01) * h
    border = float(rng.uniform(205, 250))
    a = cv2.warpAffine(
        a,
        m,
        (w, h),
        flags=cv2.INTER_LINEAR,
        borderMode=cv2.BORDER_CONSTANT,
        borderValue=(border, border, border),
    )
    if rng.random() < 0.5:
        edge = int(w * rng.uniform(0.01, 0.03))
        ramp = np.linspace(0.45, 1.0, edge, dtype=np.float32)[:, None]
        side = rng.choice(["l", "r", "t"])
        if side == "l":
            a[:, :edge] *= ramp.T[..., None]
        elif side == "r":
            a[:, w - edge :] *= ramp[::-1].T[..., None]
        else:
            a[:edge] *= ramp[..., None]
    k = rng.choice([0, 3, 3, 5])
    if k:
        a = cv2.GaussianBlur(a, (k, k), rng.uniform(0.4, 0.9))
    a += nrng.normal(0, rng.uniform(1.5, 5.0), a.shape[:2])[..., None].astype(np.float32)
    g = rng.uniform(0.9, 1.15)
    a = 255.0 * np.power(np.clip(a / 255.0, 0, 1), g)
    out = Image.fromarray(a.clip(0, 255).astype(np.uint8))
    if rng.random() < 0.2:
        out = out.convert("L").convert("RGB")
    return out


def _table(rng, nrng, w, h):
    kind = rng.choice(["wood", "grey", "white", "dark"])
    yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
    if kind == "wood":
        base = np.array([rng.uniform(120, 170), rng.uniform(80, 115), rng.uniform(45, 70)])
        f = rng.uniform(0.01, 0.03)
        grain = np.sin(xx * f + 3 * np.sin(yy * 0.004 + rng.uniform(0, 6))) * 0.12
        t = (1 + grain)[..., None] * base
    elif kind == "grey":
        t = np.full((h, w, 3), rng.uniform(110, 160), np.float32)
    elif kind == "white":
        t = np.full((h, w, 3), rng.uniform(200, 230), np.float32)
        t[..., 2] += 6
    else:
        t = np.full((h, w, 3), rng.uniform(35, 60), np.float32)
    small = nrng.normal(0, 8, (h // 8 + 1, w // 8 + 1)).astype(np.float32)
    small = cv2.resize(small, (w, h), interpolation=cv2.INTER_LINEAR)
    return t + small[..., None]


def photo(img, rng, rotate=0):
    """Phone photo of a sheet on a table: perspective, shading, cast, blur, JPEG later."""
    nrng = np.random.default_rng(rng.randrange(1 << 30))
    long_side = rng.choice([3024, 3264, 4000, 4032, 2592, 3000])
    short = int(long_side * rng.choice([0.75, 0.75, 0.5625, 0.8]))
    W, H = short, long_side
    page = np.asarray(img, dtype=np.float32)
    ph, pw = page.shape[:2]
    bg = _table(rng, nrng, W, H)
    scale = rng.uniform(0.78, 0.93) * min(W / pw, H / ph)
    cw, ch = pw * scale, ph * scale
    ox, oy = (
        (W - cw) / 2 + rng.uniform(-0.04, 0.04) * W,
        (H - ch) / 2 + rng.uniform(-0.03, 0.03) * H,
    )
    j = lambda s: rng.uniform(-s, s) * W  # noqa: E731
    dst = np.float32(
        [
            [ox + j(0.03), oy + j(0.03)],
            [ox + cw + j(0.03), oy + j(0.03)],
            [ox + cw + j(0.03), oy + ch + j(0.03)],
            [ox + j(0.03), oy + ch + j(0.03)],
        ]
    )
    # a keystone: the top or bottom edge shorter
    ks = rng.uniform(-0.05, 0.05) * cw
    dst[0, 0] += ks
    dst[1, 0] -= ks
    src = np.float32([[0, 0], [pw, 0], [pw, ph], [0, ph]])
    M = cv2.getPerspectiveTransform(src, dst)
    warped = cv2.warpPerspective(page, M, (W, H), flags=cv2.INTER_LINEAR)
    mask = cv2.warpPerspective(np.ones((ph, pw), np.float32), M, (W, H), flags=cv2.INTER_LINEAR)
    a = bg * (1 - mask[..., None]) + warped * mask[..., None]
    # light: a gradient plus a vignette plus sometimes the phone's shadow
    yy, xx = np.mgrid[0:H:8, 0:W:8].astype(np.float32)
    gx, gy = rng.uniform(-1, 1), rng.uniform(-1, 1)
    light = 1.0 + 0.18 * (gx * (xx / W - 0.5) + gy * (yy / H - 0.5))
    light -= 0.25 * (((xx / W - 0.5) ** 2 + (yy / H - 0.5) ** 2) * rng.uniform(0.6, 1.4))
    if rng.random() < 0.55:
        sx, sy = rng.uniform(0.2, 0.8) * W, rng.uniform(0.55, 1.1) * H
        rx, ry = rng.uniform(0.2, 0.4) * W, rng.uniform(0.15, 0.3) * H
        d = ((xx - sx) / rx) ** 2 + ((yy - sy) / ry) ** 2
        light *= 1 - rng.uniform(0.15, 0.35) * np.clip(1.3 - d, 0, 1)
    light = cv2.resize(light, (W, H), interpolation=cv2.INTER_LINEAR)
    light = cv2.GaussianBlur(light, (0, 0), 25)
    a = a * light[..., None]
    cast = np.array([rng.uniform(0.95, 1.06), rng.uniform(0.96, 1.02), rng.uniform(0.86, 1.02)])
    a = a * cast * rng.uniform(0.9, 1.08)
    sigma = rng.uniform(0.6, 1.8)
    a = cv2.GaussianBlur(a, (0, 0), sigma)
    a += nrng.normal(0, rng.uniform(2, 5), (H, W))[..., None].astype(np.float32)
    out = a.clip(0, 255).astype(np.uint8)
    if rotate:
        out = np.rot90(out, k=rotate // 90).copy()
    return Image.fromarray(out)


def jpeg_bytes(img, q):
    buf = io.BytesIO()
    img.save(buf, "JPEG", quality=q, optimize=False)
    return buf.getvalue()


def save_image(img, path, rng):
    if path.endswith(".png"):
        img.save(path, "PNG", compress_level=6)
    else:
        img.save(path, "JPEG", quality=rng.randint(72, 92))


def image_pdf(pages, path, rng, dpi):
    """A scanner's PDF: every page a JPEG, no text layer."""
    c = canvas.Canvas(path, pagesize=A4, invariant=1)
    c.setCreator(rng.choice(["HP Scan", "Canon MF Scan Utility", "EPSON Scan", "Xerox WorkCentre"]))
    for img in pages:
        data = jpeg_bytes(img, rng.randint(60, 85))
        w, h = img.size
        pw, ph = w * 72 / dpi, h * 72 / dpi
        c.setPageSize((pw, ph))
        c.drawImage(ImageReader(io.BytesIO(data)), 0, 0, pw, ph)
        c.showPage()
    c.save()
