"""How paper becomes files: flatbed scans, scanner PDFs and phone photos."""

import io

import cv2
import numpy as np
from PIL import Image
from reportlab.lib.pagesizes import A4
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen import canvas

RENDER_DPI = 200


def _nrng(rng):
    return np.random.default_rng(rng.randrange(2**32))


def paper(img, rng, grey=None):
    """Printed on office paper: tone, faint toner noise."""
    nr = _nrng(rng)
    a = img.astype(np.float32)
    tone = grey if grey is not None else rng.uniform(0.93, 0.99)
    warm = np.array([1.0, rng.uniform(0.985, 1.0), rng.uniform(0.955, 0.99)], np.float32)
    a = a * tone * warm
    a += nr.normal(0, rng.uniform(1.5, 3.5), a.shape[:2])[..., None].astype(np.float32)
    return np.clip(a, 0, 255).astype(np.uint8)


def scan(img, rng, dpi):
    """A flatbed scan at dpi: slight skew and offset, grey background, light blur."""
    nr = _nrng(rng)
    h, w = img.shape[:2]
    f = dpi / RENDER_DPI
    out_w, out_h = int(round(8.27 * dpi)), int(round(11.69 * dpi))
    ang = rng.uniform(-1.1, 1.1)
    m = cv2.getRotationMatrix2D((w / 2, h / 2), ang, f)
    m[0, 2] += (out_w - w) / 2 + rng.uniform(-0.01, 0.01) * out_w
    m[1, 2] += (out_h - h) / 2 + rng.uniform(-0.008, 0.008) * out_h
    bg = int(rng.uniform(200, 235))
    a = cv2.warpAffine(
        img,
        m,
        (out_w, out_h),
        flags=cv2.INTER_AREA if f < 1 else cv2.INTER_LINEAR,
        borderValue=(bg, bg, bg),
    )
    a = cv2.GaussianBlur(a, (0, 0), rng.uniform(0.35, 0.7))
    a = a.astype(np.float32) + nr.normal(0, rng.uniform(1.5, 4.0), a.shape).astype(np.float32)
    if rng.random() < 0.25:  # lid shadow along one edge
        ramp = np.linspace(0.82, 1.0, max(2, out_w // 30), dtype=np.float32)
        a[:, : len(ramp)] *= ramp[None, :, None]
    a = np.clip(a, 0, 255).astype(np.uint8)
    if rng.random() < 0.3:
        a = cv2.cvtColor(cv2.cvtColor(a, cv2.COLOR_RGB2GRAY), cv2.COLOR_GRAY2RGB)
    return a


def _table(nr, rng, w, h):
    """A table top at 1/8 resolution (float32 RGB)."""
    kind = rng.choice(["wood", "wood", "grey", "white", "dark", "cloth"])
    yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
    n = cv2.resize(
        nr.normal(0, 1, (h // 12 + 2, w // 12 + 2)).astype(np.float32),
        (w, h),
        interpolation=cv2.INTER_CUBIC,
    )
    if kind == "wood":
        base = np.array(rng.choice([(150, 105, 70), (120, 80, 50), (185, 150, 110)]), np.float32)
        grain = np.sin((yy + n * 9) / rng.uniform(1.5, 3.5)) * 0.08 + n * 0.05
    elif kind == "cloth":
        base = np.array(rng.choice([(60, 80, 120), (150, 40, 50), (90, 110, 80)]), np.float32)
        grain = n * 0.06
    else:
        base = np.array(
            {"grey": (140, 140, 138), "white": (225, 222, 215), "dark": (45, 45, 50)}[kind],
            np.float32,
        )
        grain = n * 0.04
    return base[None, None, :] * (1 + grain[..., None])


def phone(img, rng):
    """A phone photo of a sheet on a table: perspective, shadow, light, colour cast."""
    nr = _nrng(rng)
    W, H = rng.choice([(3024, 4032), (3000, 4000), (2448, 3264), (2736, 3648)])
    h, w = img.shape[:2]
    ph = H * rng.uniform(0.74, 0.9)
    pw = ph * w / h
    cx, cy = W / 2 + rng.uniform(-0.05, 0.05) * W, H / 2 + rng.uniform(-0.04, 0.04) * H
    base = np.array([[-pw / 2, -ph / 2], [pw / 2, -ph / 2], [pw / 2, ph / 2], [-pw / 2, ph / 2]])
    ang = np.radians(rng.uniform(-5, 5))
    rot = np.array([[np.cos(ang), -np.sin(ang)], [np.sin(ang), np.cos(ang)]])
    dst = base @ rot.T + [cx, cy]
    k = rng.uniform(0.01, 0.05)  # keystone: top narrower than bottom (camera tilted)
    dst[0, 0] += k * pw
    dst[1, 0] -= k * pw
    dst += np.array(
        [[rng.uniform(-0.015, 0.015) * W, rng.uniform(-0.01, 0.01) * H] for _ in range(4)]
    )
    src = np.array([[0, 0], [w, 0], [w, h], [0, h]], np.float32)
    m = cv2.getPerspectiveTransform(src, dst.astype(np.float32))
    page = cv2.warpPerspective(img, m, (W, H), flags=cv2.INTER_LINEAR)
    mask = cv2.warpPerspective(np.full((h, w), 255, np.uint8), m, (W, H))
    # everything smooth is computed at 1/8 resolution
    sw, sh_ = W // 8, H // 8
    small = cv2.resize(mask, (sw, sh_), interpolation=cv2.INTER_AREA).astype(np.float32) / 255
    shadow = cv2.GaussianBlur(small, (0, 0), sw * 0.012)
    shadow = np.roll(shadow, (int(sw * 0.006) + 1, int(sw * 0.008) + 1), (0, 1))
    table = _table(nr, rng, sw, sh_) * (1 - 0.45 * shadow)[..., None]
    yy, xx = np.mgrid[0:sh_, 0:sw].astype(np.float32)
    a = rng.uniform(0, 2 * np.pi)
    g = xx * np.cos(a) + yy * np.sin(a)
    light = rng.uniform(0.78, 0.9) + rng.uniform(0.1, 0.25) * (g - g.min()) / (np.ptp(g) + 1e-6)
    r = np.hypot(xx - sw / 2, yy - sh_ / 2) / (max(sw, sh_) / 2)
    light *= 1 - rng.uniform(0.08, 0.2) * r**2
    if rng.random() < 0.6:
        ex, ey = rng.uniform(0, sw), rng.uniform(0, sh_)
        blob = np.exp(
            -(
                ((xx - ex) / (sw * rng.uniform(0.2, 0.4))) ** 2
                + ((yy - ey) / (sh_ * rng.uniform(0.15, 0.3))) ** 2
            )
        )
        light *= 1 - rng.uniform(0.15, 0.35) * blob
    cast = np.array(
        rng.choice([(1.04, 1.0, 0.9), (0.95, 0.99, 1.06), (1.02, 1.0, 0.96), (1.0, 1.0, 1.0)]),
        np.float32,
    )
    light3 = light[..., None] * cast[None, None, :]
    table = cv2.resize(table * light3, (W, H), interpolation=cv2.INTER_LINEAR)
    light3 = cv2.resize(light3, (W, H), interpolation=cv2.INTER_LINEAR)
    mf = mask.astype(np.float32)[..., None] / 255
    out = page.astype(np.float32) * light3 * mf + table * (1 - mf)
    out = np.clip(out, 0, 255).astype(np.uint8)
    out = cv2.GaussianBlur(out, (0, 0), rng.uniform(0.8, 1.8))
    noise = nr.standard_normal((H, W), dtype=np.float32) * rng.uniform(2, 5)
    out = np.clip(out + noise[..., None], 0, 255).astype(np.uint8)
    turn = rng.choice([0, 0, 0, 0, 1, 2, 3])
    if turn:
        out = np.ascontiguousarray(np.rot90(out, turn))
    return out, turn * 90


def jpeg(a, quality):
    buf = io.BytesIO()
    Image.fromarray(a).save(buf, "JPEG", quality=quality, optimize=False)
    return buf.getvalue()


def png(a):
    ok, data = cv2.imencode(
        ".png", cv2.cvtColor(a, cv2.COLOR_RGB2BGR), [cv2.IMWRITE_PNG_COMPRESSION, 3]
    )
    return data.tobytes()


def image_pdf(jpegs):
    """A scanner's PDF: one JPEG per A4 page, no text layer."""
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4, invariant=1)
    c.setCreator("Canon MF Scan Utility")
    for jp in jpegs:
        c.drawImage(ImageReader(io.BytesIO(jp)), 0, 0, A4[0], A4[1])
        c.showPage()
    c.save()
    return buf.getvalue()
