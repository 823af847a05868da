"""Scanner and phone-camera looks for rendered pages."""

import io

import cv2
import numpy as np
from PIL import Image
from reportlab.lib.pagesizes import A4
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen import canvas

cv2.setNumThreads(1)


def _np_rng(rng):
    return np.random.default_rng(rng.randrange(1 << 30))


def scan(img, rng, grey=False):
    """Flatbed scan: grey-ish paper, slight skew, sensor noise, a little blur."""
    nr = _np_rng(rng)
    a = np.asarray(img.convert("RGB")).astype(np.float32)
    paper = np.array([rng.uniform(236, 250)] * 3, np.float32)
    paper[2] -= rng.uniform(0, 6)
    a = a / 255.0 * paper
    a += nr.normal(0, rng.uniform(1.5, 4.0), a.shape[:2])[..., None]
    h, w = a.shape[:2]
    ang = rng.uniform(-1.2, 1.2)
    m = cv2.getRotationMatrix2D((w / 2, h / 2), ang, 1.0)
    m[0, 2] += rng.uniform(-12, 12)
    m[1, 2] += rng.uniform(-12, 12)
    border = tuple(float(v) for v in paper * 0.97)
    a = cv2.warpAffine(a, m, (w, h), flags=cv2.INTER_LINEAR, borderValue=border)
    a = cv2.GaussianBlur(a, (0, 0), rng.uniform(0.4, 0.8))
    # dark edge where the lid did not close
    if rng.random() < 0.4:
        edge = int(w * rng.uniform(0.004, 0.012))
        a[:, :edge] *= 0.35
    a = np.clip(a, 0, 255).astype(np.uint8)
    out = Image.fromarray(a)
    return out.convert("L") if grey else out


def _table(nr, rng, w, h):
    kind = rng.choice(["wood", "grey", "white", "dark"])
    base = {
        "wood": (120, 84, 52),
        "grey": (128, 128, 124),
        "white": (214, 212, 206),
        "dark": (48, 46, 50),
    }[kind]
    a = np.ones((h, w, 3), np.float32) * np.array(base, np.float32)
    if kind == "wood":
        ys = np.arange(h)[:, None]
        xs = np.arange(w)[None, :]
        grain = np.sin(ys / rng.uniform(9, 20) + np.sin(xs / 260.0) * 3) * 14
        a += grain[..., None]
    a += nr.normal(0, 6, (h, w))[..., None]
    return a


def photo(img, rng, rot=0):
    """Phone photo of a sheet on a table: perspective, shadow, light, cast, blur."""
    nr = _np_rng(rng)
    page = np.asarray(img.convert("RGB")).astype(np.float32)
    ph, pw = page.shape[:2]
    long_side = rng.choice([3024, 3264, 4000, 4032])
    H = long_side
    W = int(long_side * 3 / 4)
    bg = _table(nr, rng, W, H)
    s = rng.uniform(0.78, 0.9) * min(W / pw, H / ph)
    cw, ch = pw * s, ph * s
    ox, oy = (W - cw) / 2 + rng.uniform(-60, 60), (H - ch) / 2 + rng.uniform(-60, 60)
    j = lambda: rng.uniform(-0.035, 0.035) * W  # noqa: E731
    dst = np.float32(
        [
            [ox + j(), oy + j()],
            [ox + cw + j(), oy + j()],
            [ox + cw + j(), oy + ch + j()],
            [ox + j(), oy + ch + j()],
        ]
    )
    # keystone: top narrower than bottom, or the reverse
    k = rng.uniform(-0.05, 0.06) * cw
    dst[0, 0] += k
    dst[1, 0] -= k
    src = np.float32([[0, 0], [pw, 0], [pw, ph], [0, ph]])
    m = cv2.getPerspectiveTransform(src, dst)
    warped = cv2.warpPerspective(page, m, (W, H), flags=cv2.INTER_AREA)
    mask = cv2.warpPerspective(np.ones((ph, pw), np.float32), m, (W, H))
    mask = cv2.GaussianBlur(mask, (0, 0), 1.2)[..., None]
    # soft drop shadow under the sheet
    sh = cv2.GaussianBlur(mask[..., 0], (0, 0), 18)
    sh = np.roll(sh, (12, 10), (0, 1))[..., None]
    bg = bg * (1 - 0.45 * sh)
    a = warped * mask + bg * (1 - mask)
    # uneven light: a broad gradient plus a hand/phone shadow
    yy, xx = np.mgrid[0:H, 0:W].astype(np.float32)
    gx, gy = rng.uniform(-1, 1), rng.uniform(-1, 1)
    light = 1 + 0.18 * (gx * (xx / W - 0.5) + gy * (yy / H - 0.5))
    if rng.random() < 0.7:
        cx, cy = rng.uniform(0, W), rng.uniform(0, H)
        r = rng.uniform(0.3, 0.6) * W
        d = np.sqrt((xx - cx) ** 2 + (yy - cy) ** 2) / r
        light *= 1 - rng.uniform(0.12, 0.28) * np.clip(1.2 - d, 0, 1)
    a *= light[..., None]
    cast = np.array([rng.uniform(0.96, 1.06), 1.0, rng.uniform(0.86, 1.0)], np.float32)
    if rng.random() < 0.3:
        cast = cast[::-1]
    a *= cast * rng.uniform(0.88, 1.0)
    a = cv2.GaussianBlur(a, (0, 0), rng.uniform(0.7, 1.6))
    a += nr.normal(0, rng.uniform(2, 5), (H, W))[..., None]
    a = np.clip(a, 0, 255).astype(np.uint8)
    out = Image.fromarray(a)
    if rot:
        out = out.rotate(rot, expand=True)
    return out


def save_jpeg(img, path, rng, q=None):
    img.save(path, "JPEG", quality=q or rng.randint(72, 90), optimize=False)


def images_to_pdf(images, path, rng, dpi):
    """A scanner's PDF: pages as JPEG images, no text layer."""
    c = canvas.Canvas(str(path), pagesize=A4, invariant=1)
    c.setCreator("EPSON Scan")
    for im in images:
        buf = io.BytesIO()
        im.save(buf, "JPEG", quality=rng.randint(60, 82))
        buf.seek(0)
        w, h = A4
        c.drawImage(ImageReader(buf), 0, 0, w, h)
        c.showPage()
    c.save()
