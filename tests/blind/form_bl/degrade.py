"""Scanner and phone-camera looks for a 300 dpi RGB page (numpy uint8)."""

import io

import cv2
import numpy as np
import pikepdf
from PIL import Image

cv2.setNumThreads(1)


def _noise(rng, shape, sigma):
    g = np.random.default_rng(rng.randrange(1 << 30))
    return g.normal(0, sigma, shape).astype(np.float32)


def _lowfreq(rng, h, w, cells=6):
    g = np.random.default_rng(rng.randrange(1 << 30))
    small = g.random((cells, cells)).astype(np.float32)
    return cv2.resize(small, (w, h), interpolation=cv2.INTER_CUBIC)


def scan(img, rng, quality="normal", dpi=200):
    """A flatbed scan: tiny skew, paper tone, light/dark exposure, noise, resampled."""
    h, w = img.shape[:2]
    ang = rng.uniform(-0.9, 0.9)
    m = cv2.getRotationMatrix2D((w / 2 + rng.uniform(-20, 20), h / 2), ang, 1.0)
    m[0, 2] += rng.uniform(-15, 15)
    m[1, 2] += rng.uniform(-15, 15)
    out = cv2.warpAffine(img, m, (w, h), borderValue=(250, 250, 250)).astype(np.float32)
    t0 = rng.uniform(236, 250)
    tone = np.array([t0, t0 - rng.uniform(0, 3), t0 - rng.uniform(2, 8)])
    out = out / 255.0 * tone
    if quality == "light":
        out = 255 - (255 - out) * rng.uniform(0.55, 0.68)
        out += 6
    elif quality == "dark":
        out = 255 * (out / 255) ** rng.uniform(1.5, 1.9) * rng.uniform(0.82, 0.9)
    out += _noise(rng, out.shape[:2], 3.5)[..., None]
    if rng.random() < 0.35:
        edge = int(rng.uniform(10, 40))
        out[:, :edge] *= 0.35
    out = np.clip(out, 0, 255).astype(np.uint8)
    f = dpi / 300.0
    out = cv2.resize(out, (int(w * f), int(h * f)), interpolation=cv2.INTER_AREA)
    if rng.random() < 0.3:
        out = np.repeat(cv2.cvtColor(out, cv2.COLOR_RGB2GRAY)[..., None], 3, axis=2)
    return out


def photo(img, rng, quality="normal", rot=0):
    """A phone photo of the page lying on a table."""
    long_side = rng.choice((3000, 3264, 4000))
    cw, chh = int(long_side * 3 / 4), long_side
    g = np.random.default_rng(rng.randrange(1 << 30))
    base = np.array(
        rng.choice([(120, 86, 58), (165, 140, 110), (70, 72, 78), (190, 186, 178)]),
        dtype=np.float32,
    )
    grain = np.sin(np.linspace(0, rng.uniform(30, 80), chh))[:, None] * 8
    table = base[None, None, :] + grain[..., None] + g.normal(0, 5, (chh, cw, 1))
    table = table.astype(np.float32)
    h, w = img.shape[:2]
    scale = chh * rng.uniform(0.76, 0.84) / h
    pw, ph = w * scale, h * scale
    ox = (cw - pw) / 2 + rng.uniform(-0.04, 0.04) * cw
    oy = (chh - ph) / 2 + rng.uniform(-0.03, 0.03) * chh
    j = 0.028 * cw
    dst = np.float32(
        [
            [ox + rng.uniform(-j, j), oy + rng.uniform(-j, j)],
            [ox + pw + rng.uniform(-j, j), oy + rng.uniform(-j, j)],
            [ox + pw + rng.uniform(-j, j), oy + ph + rng.uniform(-j, j)],
            [ox + rng.uniform(-j, j), oy + ph + rng.uniform(-j, j)],
        ]
    )
    src = np.float32([[0, 0], [w, 0], [w, h], [0, h]])
    mat = cv2.getPerspectiveTransform(src, dst)
    page = cv2.warpPerspective(img, mat, (cw, chh), flags=cv2.INTER_AREA).astype(np.float32)
    mask = cv2.warpPerspective(np.full((h, w), 255, np.uint8), mat, (cw, chh)) / 255.0
    mask = cv2.GaussianBlur(mask.astype(np.float32), (5, 5), 0)[..., None]
    out = table * (1 - mask) + page * mask
    light = 0.72 + 0.38 * _lowfreq(rng, chh, cw, 4)
    if quality == "shadow" or rng.random() < 0.4:
        yy, xx = np.mgrid[0:chh, 0:cw].astype(np.float32)
        cx, cy = rng.uniform(0, cw), rng.uniform(chh * 0.5, chh * 1.1)
        d = ((xx - cx) / (cw * 0.45)) ** 2 + ((yy - cy) / (chh * 0.3)) ** 2
        light *= 1 - 0.3 * cv2.GaussianBlur((d < 1).astype(np.float32), (0, 0), 60)
    out *= light[..., None]
    cast = rng.choice([(1.06, 1.0, 0.88), (0.96, 1.0, 1.05), (1.03, 1.01, 0.95)])
    out *= np.array(cast, dtype=np.float32)
    sigma = rng.uniform(1.6, 2.0) if quality == "blur" else rng.uniform(0.6, 1.0)
    out = cv2.GaussianBlur(out, (0, 0), sigma)
    out += _noise(rng, out.shape[:2], 4.0)[..., None]
    out = np.clip(out, 0, 255).astype(np.uint8)
    if rot:
        out = np.ascontiguousarray(np.rot90(out, k=rot // 90))
    return out


def jpeg_bytes(img, q):
    buf = io.BytesIO()
    Image.fromarray(img).save(buf, "JPEG", quality=q, optimize=False)
    return buf.getvalue()


def png_bytes(img):
    buf = io.BytesIO()
    Image.fromarray(img).save(buf, "PNG")
    return buf.getvalue()


def image_pdf(jpegs, sizes, producer=None):
    """A scanner PDF: one JPEG per A4 page, no text layer."""
    pdf = pikepdf.new()
    for i, (data, (w, h)) in enumerate(zip(jpegs, sizes)):
        page = pdf.add_blank_page(page_size=(595.28, 841.89))
        im = pikepdf.Stream(pdf, data)
        im.Type = pikepdf.Name.XObject
        im.Subtype = pikepdf.Name.Image
        im.Width = w
        im.Height = h
        im.ColorSpace = pikepdf.Name.DeviceRGB
        im.BitsPerComponent = 8
        im.Filter = pikepdf.Name.DCTDecode
        page.Resources = pikepdf.Dictionary(XObject=pikepdf.Dictionary(Im0=im))
        page.Contents = pdf.make_stream(b"q 595.28 0 0 841.89 0 0 cm /Im0 Do Q")
    if producer:
        pdf.docinfo["/Producer"] = producer
    buf = io.BytesIO()
    pdf.save(buf, static_id=True)
    return buf.getvalue()
