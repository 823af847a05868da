"""Turn a clean page raster into a flatbed scan or a phone photo, and pack scans into an
image-only PDF.  numpy / OpenCV only, seeded generators, one thread."""

import io

import cv2
import numpy as np
import pikepdf
from PIL import Image

cv2.setNumThreads(1)

A4_W_PT, A4_H_PT = 595.27, 841.89


def _lowfreq(rng, h, w, cells=6, amp=1.0):
    small = rng.standard_normal((cells, cells)).astype(np.float32)
    return cv2.resize(small, (w, h), interpolation=cv2.INTER_CUBIC) * amp


def jpeg_bytes(img, quality, subsampling=2):
    buf = io.BytesIO()
    img.save(buf, format="JPEG", quality=int(quality), subsampling=subsampling, optimize=False)
    return buf.getvalue()


def jpeg_roundtrip(img, quality):
    return Image.open(io.BytesIO(jpeg_bytes(img, quality))).convert(img.mode)


# ---------------------------------------------------------------------------
# Everything below works on uint8 images with OpenCV (float pipelines are too slow on a
# shared core for 8-12 megapixel pages).


def _noise(img, rng, sigma):
    """Add Gaussian-like sensor noise from a seeded, tiled noise patch."""
    h, w = img.shape[:2]
    ch = 1 if img.ndim == 2 else img.shape[2]
    tile = (rng.standard_normal((509, 503, ch)) * sigma).astype(np.int16)
    if ch == 1:
        tile = tile[..., 0]
    reps_y, reps_x = h // 509 + 1, w // 503 + 1
    big = np.tile(tile, (reps_y, reps_x) + ((1,) if ch > 1 else ()))[:h, :w]
    out = img.astype(np.int16)
    out += big
    np.clip(out, 0, 255, out=out)
    return out.astype(np.uint8)


def _lut(tint, contrast, brightness, photocopy=False):
    x = np.arange(256, dtype=np.float32)
    chans = []
    for t in tint:
        y = (x * t - 128.0) * contrast + 128.0 + brightness
        if photocopy:
            y = 255.0 / (1.0 + np.exp(-(y - 150.0) / 22.0))
        chans.append(np.clip(y, 0, 255))
    return np.stack(chans, axis=-1).astype(np.uint8).reshape(256, 1, 3)


def scan(
    img,
    rng,
    angle=0.8,
    gray=False,
    noise=3.0,
    blur=0.5,
    contrast=1.05,
    brightness=0.0,
    photocopy=False,
    lid_shadow=False,
    specks=0,
    tint=(1.0, 0.99, 0.97),
):
    """Flatbed scan / photocopy of a page."""
    a = np.array(img.convert("RGB"), dtype=np.uint8)
    h, w = a.shape[:2]
    if photocopy:
        g = cv2.cvtColor(a, cv2.COLOR_RGB2GRAY)
        a = cv2.cvtColor(g, cv2.COLOR_GRAY2RGB)
    a = cv2.LUT(a, _lut(tint, contrast, brightness, photocopy))
    # rotation (page not square on the glass)
    M = cv2.getRotationMatrix2D((w / 2, h / 2), angle, 1.0)
    border = (250, 250, 250) if not lid_shadow else (120, 120, 120)
    a = cv2.warpAffine(
        a, M, (w, h), flags=cv2.INTER_LINEAR, borderMode=cv2.BORDER_CONSTANT, borderValue=border
    )
    if lid_shadow:
        k = int(w * 0.025)
        ramp = np.linspace(0.55, 1.0, k, dtype=np.float32)[None, :, None]
        a[:, :k] = (a[:, :k].astype(np.float32) * ramp).astype(np.uint8)
    for _ in range(specks):
        cx, cy = int(rng.integers(0, w)), int(rng.integers(0, h))
        r = int(rng.integers(1, 3))
        cv2.circle(a, (cx, cy), r, (60, 60, 60), -1)
    if blur > 0:
        a = cv2.GaussianBlur(a, (0, 0), blur)
    if gray:
        a = cv2.cvtColor(a, cv2.COLOR_RGB2GRAY)
    a = _noise(a, rng, noise)
    return Image.fromarray(a)


# ---------------------------------------------------------------------------
def _background(rng, kind, W, H):
    """Table / desk texture, built at half size then upscaled (uint8)."""
    w, h = W // 2, H // 2
    if kind == "wood":
        base = np.array([120, 82, 50], dtype=np.float32)
        y = np.arange(h, dtype=np.float32)[:, None]
        x = np.arange(w, dtype=np.float32)[None, :]
        warp = _lowfreq(rng, h, w, 5, 20.0)
        grain = np.sin((x * 0.9 + y * 0.08 + warp) / rng.uniform(5, 8)) * 0.5 + 0.5
        fine = _lowfreq(rng, h, w, 60, 0.15)
        v = (grain * 0.25 + fine + 0.85)[..., None]
        bg = base[None, None, :] * v
    elif kind == "desk_white":
        bg = np.full((h, w, 3), [205, 203, 198], dtype=np.float32)
        bg += _lowfreq(rng, h, w, 3, 10.0)[..., None]
    elif kind == "dark":
        bg = np.full((h, w, 3), [48, 50, 56], dtype=np.float32)
        bg += _lowfreq(rng, h, w, 40, 4.0)[..., None]
    else:  # fabric / tablecloth
        base = np.array([70, 95, 130], dtype=np.float32)
        y = np.arange(h, dtype=np.float32)[:, None]
        x = np.arange(w, dtype=np.float32)[None, :]
        weave = (np.sin(x / 1.6) * np.sin(y / 1.7)) * 6.0
        bg = base[None, None, :] + weave[..., None] + _lowfreq(rng, h, w, 6, 8.0)[..., None]
    bg = np.clip(bg, 0, 255).astype(np.uint8)
    return cv2.resize(bg, (W, H), interpolation=cv2.INTER_LINEAR)


def photo(
    img,
    rng,
    out_long=3000,
    background="wood",
    tilt=0.05,
    rot90=0,
    light=0.25,
    blur=1.0,
    noise=4.0,
    warm=True,
    shadow=True,
):
    """Phone photo of a page lying on a surface."""
    page = np.array(img.convert("RGB"), dtype=np.uint8)
    ph, pw = page.shape[:2]
    W, H = int(out_long * 3 / 4), out_long
    bg = _background(rng, background, W, H)
    # page target quad
    tw = W * rng.uniform(0.78, 0.9)
    th = tw * ph / pw
    if th > H * 0.94:
        th = H * 0.94
        tw = th * pw / ph
    cx, cy = W / 2 + rng.uniform(-0.04, 0.04) * W, H / 2 + rng.uniform(-0.03, 0.03) * H
    quad = np.array(
        [
            [cx - tw / 2, cy - th / 2],
            [cx + tw / 2, cy - th / 2],
            [cx + tw / 2, cy + th / 2],
            [cx - tw / 2, cy + th / 2],
        ],
        dtype=np.float32,
    )
    # perspective: the top edge farther away (narrower), plus random corner jitter
    persp = rng.uniform(0.0, tilt)
    d = quad.copy()
    size = max(tw, th)
    d[0, 0] += persp * tw
    d[1, 0] -= persp * tw
    d += rng.uniform(-0.018, 0.018, d.shape).astype(np.float32) * size
    ang = np.deg2rad(rng.uniform(-3, 3))
    c0 = d.mean(axis=0)
    R = np.array([[np.cos(ang), -np.sin(ang)], [np.sin(ang), np.cos(ang)]], dtype=np.float32)
    d = (d - c0) @ R.T + c0
    src = np.array([[0, 0], [pw - 1, 0], [pw - 1, ph - 1], [0, ph - 1]], dtype=np.float32)
    Mp = cv2.getPerspectiveTransform(src, d.astype(np.float32))
    warped = cv2.warpPerspective(
        page,
        Mp,
        (W, H),
        flags=cv2.INTER_LINEAR,
        borderMode=cv2.BORDER_CONSTANT,
        borderValue=(0, 0, 0),
    )
    mask = np.full((ph // 4, pw // 4), 255, dtype=np.uint8)
    Ms = cv2.getPerspectiveTransform(src / 4.0, d.astype(np.float32))
    alpha = cv2.warpPerspective(
        mask, Ms, (W, H), flags=cv2.INTER_LINEAR, borderMode=cv2.BORDER_CONSTANT, borderValue=0
    )
    # soft drop shadow under the page, at quarter size
    small = cv2.resize(alpha, (W // 4, H // 4), interpolation=cv2.INTER_AREA)
    small = np.roll(cv2.GaussianBlur(small, (0, 0), 3), (2, 2), axis=(0, 1))
    shade = cv2.resize(small, (W, H), interpolation=cv2.INTER_LINEAR)
    shade = (255 - (shade.astype(np.uint16) * 90 // 255)).astype(np.uint8)
    bg = cv2.multiply(bg, cv2.merge([shade, shade, shade]), scale=1 / 255.0)
    af = alpha.astype(np.float32) * np.float32(1 / 255.0)
    a = cv2.blendLinear(warped, bg, af, 1.0 - af)
    # lighting: gradient + vignette (+ a soft shadow of the phone / hand), computed small
    sw_, sh_ = 96, 128
    yy, xx = np.mgrid[0:sh_, 0:sw_].astype(np.float32)
    xx /= sw_
    yy /= sh_
    gx, gy = rng.uniform(-1, 1), rng.uniform(-1, 1)
    L = 1.0 + light * (gx * (xx - 0.5) + gy * (yy - 0.5))
    L *= 1.0 - 0.35 * ((xx - 0.5) ** 2 + (yy - 0.5) ** 2)
    if shadow:
        sx0, sy0 = rng.uniform(0.1, 0.9), rng.uniform(0.6, 1.1)
        rad = rng.uniform(0.25, 0.45)
        dist = np.sqrt((xx - sx0) ** 2 + ((yy - sy0) * H / W) ** 2)
        L *= 1.0 - 0.18 / (1.0 + np.exp((dist - rad) / 0.08))
    L = L / L.max()
    cast = [1.0, 0.98, 0.9] if warm else [0.95, 0.98, 1.0]
    Ls = [
        cv2.resize((L * c * 255).astype(np.uint8), (W, H), interpolation=cv2.INTER_LINEAR)
        for c in cast
    ]
    a = cv2.multiply(a, cv2.merge(Ls), scale=1 / 255.0)
    if blur > 0:
        a = cv2.GaussianBlur(a, (0, 0), blur)
    a = _noise(a, rng, noise)
    out = Image.fromarray(a)
    if rot90:
        out = out.rotate(90 * rot90, expand=True)
    return out


# ---------------------------------------------------------------------------
def image_pdf(jpeg_pages):
    """jpeg_pages: list of (jpeg_bytes, width_px, height_px, is_gray). A4 pages, no text."""
    pdf = pikepdf.new()
    for data, w, h, gray in jpeg_pages:
        # page size: A4, image scaled to fit (scanner output)
        W, H = A4_W_PT, A4_H_PT
        if w > h:
            W, H = H, W
        img = pikepdf.Stream(pdf, data)
        img.Type = pikepdf.Name.XObject
        img.Subtype = pikepdf.Name.Image
        img.Width = w
        img.Height = h
        img.ColorSpace = pikepdf.Name.DeviceGray if gray else pikepdf.Name.DeviceRGB
        img.BitsPerComponent = 8
        img.Filter = pikepdf.Name.DCTDecode
        content = ("q %.2f 0 0 %.2f 0 0 cm /Im0 Do Q" % (W, H)).encode()
        page = pikepdf.Dictionary(
            Type=pikepdf.Name.Page,
            MediaBox=pikepdf.Array([0, 0, W, H]),
            Resources=pikepdf.Dictionary(XObject=pikepdf.Dictionary(Im0=img)),
            Contents=pikepdf.Stream(pdf, content),
        )
        pdf.pages.append(pikepdf.Page(page))
    pdf.docinfo = pdf.make_indirect(pikepdf.Dictionary(Producer=pikepdf.String("Scan Utility 2.4")))
    out = io.BytesIO()
    pdf.save(out, deterministic_id=True)
    return out.getvalue()
