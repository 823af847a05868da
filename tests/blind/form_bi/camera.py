"""Rasterising, flatbed scans, scanner PDFs and phone photos (deterministic, numpy + OpenCV)."""

import io

import cv2
import numpy as np
import pypdfium2 as pdfium
from PIL import Image
from reportlab.lib.pagesizes import A4
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen import canvas

cv2.setNumThreads(1)


def render(pdf_bytes: bytes, index: int, dpi: float, forms: bool = False) -> np.ndarray:
    doc = pdfium.PdfDocument(pdf_bytes)
    if forms:
        doc.init_forms()
    page = doc[index]
    bmp = page.render(scale=dpi / 72.0, may_draw_forms=forms)
    img = np.array(bmp.to_pil().convert("RGB"))
    page.close()
    doc.close()
    return img


def _lowfreq(rng, h, w, cells=6, amp=1.0):
    g = rng.normal(0, amp, (cells, cells)).astype(np.float32)
    return cv2.resize(g, (w, h), interpolation=cv2.INTER_CUBIC)


def scan(img: np.ndarray, rng: np.random.Generator, gray: bool) -> np.ndarray:
    """A flatbed scan: tinted paper, small skew and shift, soft blur, sensor noise."""
    h, w = img.shape[:2]
    f = img.astype(np.float32)
    base = rng.uniform(0.93, 0.99)
    tint = np.array([base, base - rng.uniform(0, 0.012), base - rng.uniform(0.01, 0.05)])
    f = f * tint[None, None, :]
    f += _lowfreq(rng, h, w, 5, 3.0)[..., None]
    ang = rng.uniform(-1.1, 1.1)
    m = cv2.getRotationMatrix2D((w / 2, h / 2), ang, 1.0)
    m[0, 2] += rng.uniform(-0.012, 0.012) * w
    m[1, 2] += rng.uniform(-0.01, 0.01) * h
    lid = float(rng.uniform(200, 245))
    f = cv2.warpAffine(
        f,
        m,
        (w, h),
        flags=cv2.INTER_LINEAR,
        borderMode=cv2.BORDER_CONSTANT,
        borderValue=(lid, lid, lid),
    )
    if rng.random() < 0.35:  # shadow along the spine/edge of the lid
        band = int(w * rng.uniform(0.01, 0.03))
        ramp = np.linspace(0.55, 1.0, band, dtype=np.float32)[None, :, None]
        if rng.random() < 0.5:
            f[:, :band] *= ramp
        else:
            f[:, w - band :] *= ramp[:, ::-1]
    f = cv2.GaussianBlur(f, (0, 0), rng.uniform(0.45, 0.9))
    f += rng.normal(0, rng.uniform(1.5, 3.5), f.shape).astype(np.float32)
    out = np.clip(f, 0, 255).astype(np.uint8)
    if gray:
        g = cv2.cvtColor(out, cv2.COLOR_RGB2GRAY)
        out = np.repeat(g[..., None], 3, axis=2)
    return out


def _background(rng, h, w) -> np.ndarray:
    kind = rng.choice(["wood", "dark", "cloth", "stone", "white"])
    sh, sw = h, w
    if kind == "wood":
        base = np.array(rng.choice([(150, 105, 70), (120, 82, 50), (185, 145, 100)]), np.float32)
        yy = np.arange(sh, dtype=np.float32)[:, None]
        xx = np.arange(sw, dtype=np.float32)[None, :]
        warp = 4 * np.sin(xx / rng.uniform(80, 200)) + 2 * np.sin(xx / rng.uniform(20, 40) + 1)
        warp = warp + cv2.GaussianBlur(rng.normal(0, 3, (sh, sw)).astype(np.float32), (0, 0), 4)
        grain = np.sin((yy + warp) / rng.uniform(2, 5)) * np.sin((yy + warp) / rng.uniform(7, 15))
        tex = base[None, None, :] * (0.9 + 0.06 * grain[..., None])
    elif kind == "dark":
        base = np.array(rng.choice([(45, 45, 50), (30, 32, 36), (70, 62, 58)]), np.float32)
        tex = np.ones((sh, sw, 3), np.float32) * base
    elif kind == "cloth":
        base = np.array(rng.choice([(200, 190, 170), (170, 185, 200), (205, 175, 160)]), np.float32)
        yy = np.arange(sh)[:, None]
        xx = np.arange(sw)[None, :]
        grid = ((yy // 9 + xx // 9) % 2).astype(np.float32)
        tex = base[None, None, :] * (0.95 + 0.05 * grid[..., None])
    elif kind == "stone":
        base = np.array((150, 150, 145), np.float32)
        tex = base[None, None, :] + rng.normal(0, 18, (sh, sw, 1)).astype(np.float32)
    else:
        base = np.array((225, 225, 222), np.float32)
        tex = np.ones((sh, sw, 3), np.float32) * base
    return tex + rng.normal(0, 5, (sh, sw, 1)).astype(np.float32)


PHONES = [(2880, 3840), (3000, 4000), (2736, 3648), (2448, 3264), (2592, 3456), (2250, 4000)]


def photo(img: np.ndarray, rng: np.random.Generator, size) -> np.ndarray:
    """A phone photo of a sheet on a table: perspective, light, shadow, cast, blur, noise."""
    ow, oh = size
    ph, pw = img.shape[:2]
    page = img
    amp = rng.uniform(0, 0.008) * ph  # slight paper bend
    if amp > 1:
        xs = np.arange(pw, dtype=np.float32)[None, :].repeat(ph, 0)
        ys = np.arange(ph, dtype=np.float32)[:, None].repeat(pw, 1)
        ys += (amp * np.sin(np.pi * np.arange(pw, dtype=np.float32) / pw))[None, :]
        page = cv2.remap(page, xs, ys, cv2.INTER_LINEAR, borderMode=cv2.BORDER_REPLICATE)
    fill = rng.uniform(0.72, 0.92)
    th = oh * fill
    tw = th * pw / ph
    if tw > ow * 0.96:
        tw = ow * 0.96
        th = tw * ph / pw
    cx = ow / 2 + rng.uniform(-0.5, 0.5) * (ow - tw) * 0.8
    cy = oh / 2 + rng.uniform(-0.5, 0.5) * (oh - th) * 0.8
    ang = np.radians(rng.uniform(-6, 6))
    corners = np.array(
        [[-tw / 2, -th / 2], [tw / 2, -th / 2], [tw / 2, th / 2], [-tw / 2, th / 2]], np.float32
    )
    rot = np.array([[np.cos(ang), -np.sin(ang)], [np.sin(ang), np.cos(ang)]], np.float32)
    dst = corners @ rot.T + np.array([cx, cy], np.float32)
    k = rng.uniform(0.01, 0.05)  # perspective: one edge farther than the other
    side = int(rng.integers(0, 4))
    a, b = side, (side + 1) % 4
    mid = (dst[a] + dst[b]) / 2
    dst[a] += (mid - dst[a]) * k * 2
    dst[b] += (mid - dst[b]) * k * 2
    dst += rng.normal(0, 0.006 * ow, dst.shape).astype(np.float32)
    src = np.array([[0, 0], [pw, 0], [pw, ph], [0, ph]], np.float32)
    mtx = cv2.getPerspectiveTransform(src, dst.astype(np.float32))
    warped = cv2.warpPerspective(page, mtx, (ow, oh), flags=cv2.INTER_LINEAR)
    mask = cv2.warpPerspective(np.full((ph, pw), 255, np.uint8), mtx, (ow, oh))
    # low-resolution maps: background, drop shadow of the sheet, light and colour cast
    q = 4
    lw, lh = ow // q, oh // q
    small = cv2.resize(mask, (lw, lh), interpolation=cv2.INTER_AREA).astype(np.float32) / 255
    sh = cv2.GaussianBlur(small, (0, 0), lw * 0.01)
    sh = np.roll(sh, (int(lw * 0.008), int(lw * 0.006)), axis=(0, 1))
    yy, xx = np.mgrid[0:lh, 0:lw].astype(np.float32)
    xx /= lw
    yy /= lh
    th_ = rng.uniform(0, 2 * np.pi)
    grad = (xx - 0.5) * np.cos(th_) + (yy - 0.5) * np.sin(th_)
    light = rng.uniform(0.82, 1.0) + rng.uniform(0.1, 0.3) * grad
    light *= 1 - rng.uniform(0.1, 0.3) * (((xx - 0.5) ** 2 + (yy - 0.5) ** 2) * 2)
    if rng.random() < 0.5:  # the soft shadow of the phone or of the person
        sx, sy, r = rng.uniform(0, 1), rng.uniform(0, 1), rng.uniform(0.25, 0.5)
        d = np.sqrt((xx - sx) ** 2 + ((yy - sy) * oh / ow) ** 2)
        shade = cv2.GaussianBlur((d < r).astype(np.float32), (0, 0), lw * 0.07)
        light *= 1 - rng.uniform(0.1, 0.25) * shade
    light = cv2.GaussianBlur(light, (0, 0), lw * 0.01)
    cast = np.array(
        rng.choice([(1.05, 1.0, 0.88), (1.02, 1.0, 0.95), (0.95, 1.0, 1.06), (1, 1, 1)]), np.float32
    )
    gain_bg = (light * (1 - 0.45 * sh))[..., None] * cast
    gain_pg = np.clip(light[..., None] * cast * 128, 0, 255).astype(np.uint8)
    bg = _background(rng, lh, lw) * gain_bg
    bg = cv2.resize(np.clip(bg, 0, 255).astype(np.uint8), (ow, oh), interpolation=cv2.INTER_LINEAR)
    gain = cv2.resize(gain_pg, (ow, oh), interpolation=cv2.INTER_LINEAR)
    lit = cv2.multiply(warped, gain, scale=1 / 128.0)
    m = mask.astype(np.float32) / 255
    out = cv2.blendLinear(lit, bg, m, 1 - m)
    out = cv2.GaussianBlur(out, (0, 0), rng.uniform(0.7, 1.6))
    if rng.random() < 0.4:
        blur = cv2.GaussianBlur(out, (0, 0), 3)
        out = cv2.addWeighted(out, 1.6, blur, -0.6, 0)
    noise = rng.normal(0, rng.uniform(2.5, 5.5), (oh // 2, ow // 2)).astype(np.int16)
    noise = cv2.resize(noise, (ow, oh), interpolation=cv2.INTER_NEAREST)
    o16 = out.astype(np.int16)
    o16 += noise[..., None]
    out = np.clip(o16, 0, 255).astype(np.uint8)
    k = int(rng.choice([0, 0, 0, 0, 0, 0, 0, 1, 2, 3]))
    if k:
        out = np.ascontiguousarray(np.rot90(out, k))
    return out


def jpeg_bytes(img: np.ndarray, quality: int) -> bytes:
    buf = io.BytesIO()
    Image.fromarray(img).save(buf, "JPEG", quality=quality, optimize=False)
    return buf.getvalue()


def png_bytes(img: np.ndarray) -> bytes:
    buf = io.BytesIO()
    im = Image.fromarray(img)
    if np.array_equal(img[..., 0], img[..., 1]) and np.array_equal(img[..., 1], img[..., 2]):
        im = im.convert("L")
    im.save(buf, "PNG")
    return buf.getvalue()


def image_pdf(jpegs: list, creator: str) -> bytes:
    """A scanner's PDF: one JPEG per A4 page, no text layer."""
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4, invariant=1)
    c.setCreator(creator)
    c.setProducer(creator)
    for data in jpegs:
        c.drawImage(ImageReader(io.BytesIO(data)), 0, 0, A4[0], A4[1])
        c.showPage()
    c.save()
    return buf.getvalue()
