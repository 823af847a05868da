"""Scanner and phone-camera looks applied to page rasters (PIL RGB images)."""

import io

import cv2
import numpy as np
from layouts import PAGE_H, PAGE_W
from PIL import Image
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen import canvas

cv2.setNumThreads(1)


def _np_rng(rng):
    return np.random.default_rng(rng.randint(0, 2**31 - 1))


def scan(img, rng, grey=False):
    """Flatbed scan: paper tone, slight skew, lid shadow at one edge, sensor noise."""
    nr = _np_rng(rng)
    a = np.asarray(img).astype(np.float32)
    tone = np.array([rng.uniform(0.93, 0.99), rng.uniform(0.93, 0.985), rng.uniform(0.9, 0.975)])
    a = a * tone[None, None, :]
    h, w = a.shape[:2]
    ang = rng.uniform(-1.2, 1.2)
    m = cv2.getRotationMatrix2D((w / 2, h / 2), ang, 1.0)
    m[0, 2] += rng.uniform(-8, 8)
    m[1, 2] += rng.uniform(-8, 8)
    border = tuple(float(v) for v in (tone * 255 * rng.uniform(0.75, 0.95)))
    a = cv2.warpAffine(a, m, (w, h), borderMode=cv2.BORDER_CONSTANT, borderValue=border)
    edge = np.ones(w, np.float32)
    n = int(w * 0.02)
    edge[:n] = np.linspace(0.7, 1.0, n)
    a *= edge[None, :, None]
    a = cv2.GaussianBlur(a, (0, 0), rng.uniform(0.4, 0.8))
    a += nr.normal(0, rng.uniform(2, 5), a.shape[:2])[..., None]
    a = np.clip(a, 0, 255).astype(np.uint8)
    out = Image.fromarray(a)
    return out.convert("L") if grey else out


def _table(nr, rng, w, h):
    base = np.array(
        rng.choice([(150, 110, 75), (200, 195, 185), (90, 90, 95), (225, 220, 210), (120, 85, 60)]),
        np.float32,
    )
    grain = cv2.resize(nr.normal(0, 1, (h // 40 + 2, w // 8 + 2)).astype(np.float32), (w, h))
    t = base[None, None, :] * (1 + 0.06 * grain[..., None])
    return t + nr.normal(0, 4, (h, w, 1))


def photo(img, rng, long_side=None):
    """Phone photo of a sheet on a table: perspective, shadow, light falloff, cast, blur."""
    nr = _np_rng(rng)
    page = np.asarray(img.convert("RGB")).astype(np.float32)
    ph, pw = page.shape[:2]
    long_side = long_side or rng.choice([3024, 3264, 4000, 2592])
    H = long_side
    W = int(long_side * 3 / 4)
    out = _table(nr, rng, W, H)
    s = min(W / pw, H / ph) * rng.uniform(0.78, 0.9)
    cw, ch = pw * s, ph * s
    ox, oy = (
        (W - cw) / 2 + rng.uniform(-0.05, 0.05) * W,
        (H - ch) / 2 + rng.uniform(-0.04, 0.04) * H,
    )
    j = lambda: rng.uniform(-0.035, 0.035) * W  # noqa: E731
    top_in = rng.uniform(0, 0.06) * cw
    dst = np.float32(
        [
            [ox + top_in + j(), oy + j()],
            [ox + cw - top_in + j(), oy + j()],
            [ox + cw + j(), oy + ch + j()],
            [ox + j(), oy + ch + j()],
        ]
    )
    src = np.float32([[0, 0], [pw, 0], [pw, ph], [0, ph]])
    M = cv2.getPerspectiveTransform(src, dst)
    warped = cv2.warpPerspective(page, M, (W, H), flags=cv2.INTER_AREA)
    mask = cv2.warpPerspective(np.ones((ph, pw), np.float32), M, (W, H))
    mask = cv2.GaussianBlur(mask, (0, 0), 1.2)[..., None]
    # soft drop shadow of the sheet on the table
    sh = cv2.GaussianBlur(mask[..., 0], (0, 0), 18)
    sh = np.roll(sh, (12, 10), (0, 1))[..., None]
    out = out * (1 - 0.35 * sh)
    out = out * (1 - mask) + warped * mask
    # light falloff + a hand/phone shadow band
    yy, xx = np.mgrid[0:H, 0:W].astype(np.float32)
    cx, cy = W * rng.uniform(0.3, 0.7), H * rng.uniform(0.2, 0.6)
    d = np.sqrt(((xx - cx) / W) ** 2 + ((yy - cy) / H) ** 2)
    light = 1.05 - rng.uniform(0.25, 0.45) * d
    ang = rng.uniform(0, np.pi)
    band = (xx - W / 2) * np.cos(ang) + (yy - H / 2) * np.sin(ang)
    off = rng.uniform(0.15, 0.4) * max(W, H)
    shadow = 1 - rng.uniform(0.12, 0.3) * (1 / (1 + np.exp((band - off) / (0.03 * W))))
    out = out * (light * shadow)[..., None]
    cast = np.array([rng.uniform(1.0, 1.08), rng.uniform(0.97, 1.02), rng.uniform(0.85, 0.97)])
    out = out * cast[None, None, :]
    out = cv2.GaussianBlur(out, (0, 0), rng.uniform(0.7, 1.5))
    out += nr.normal(0, rng.uniform(2, 5), (H, W, 1))
    out = np.clip(out, 0, 255).astype(np.uint8)
    return Image.fromarray(out)


def rotate(img, quarter):
    return {
        0: img,
        1: img.transpose(Image.ROTATE_90),
        2: img.transpose(Image.ROTATE_180),
        3: img.transpose(Image.ROTATE_270),
    }[quarter]


def jpeg_bytes(img, q):
    b = io.BytesIO()
    img.save(b, "JPEG", quality=q)
    return b.getvalue()


def write_image_pdf(path, images, q=80):
    """A scanner's PDF: each page one JPEG, no text layer."""
    c = canvas.Canvas(str(path), pagesize=(PAGE_W, PAGE_H), invariant=1)
    c.setCreator("EPSON Scan")
    for im in images:
        c.drawImage(ImageReader(io.BytesIO(jpeg_bytes(im, q))), 0, 0, PAGE_W, PAGE_H)
        c.showPage()
    c.save()
