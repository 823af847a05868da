"""How pages become files: flatbed scans, scanner PDFs, phone photos, screenshots."""

from __future__ import annotations

import io
import random

import cv2
import numpy as np
from PIL import Image, ImageFilter
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen import canvas as rl_canvas

cv2.setNumThreads(1)


def _np(img: Image.Image) -> np.ndarray:
    return np.asarray(img.convert("RGB")).astype(np.float32)


def _pil(a: np.ndarray) -> Image.Image:
    return Image.fromarray(np.clip(a, 0, 255).astype(np.uint8))


def paper(img: Image.Image, rng: random.Random, tint=(248, 246, 240)) -> Image.Image:
    """Multiply onto slightly tinted, grainy paper."""
    a = _np(img)
    h, w = a.shape[:2]
    nrng = np.random.default_rng(rng.randrange(1 << 30))
    grain = nrng.normal(0, 3.0, (h, w, 1)).astype(np.float32)
    base = np.array(tint, np.float32)[None, None, :] + grain
    return _pil(a * base / 255.0)


def scan(img: Image.Image, rng: random.Random, dpi_in: int, dpi_out: int, grey=False):
    """A flatbed scan: small skew, grey-ish paper, lid shadow at one edge, JPEG-ish blur."""
    im = paper(img, rng, (rng.randint(236, 246), rng.randint(234, 244), rng.randint(228, 238)))
    if dpi_out != dpi_in:
        s = dpi_out / dpi_in
        im = im.resize((int(im.width * s), int(im.height * s)), Image.LANCZOS)
    ang = rng.uniform(-1.2, 1.2)
    im = im.rotate(ang, resample=Image.BICUBIC, expand=True, fillcolor=(250, 250, 250))
    a = _np(im)
    h, w = a.shape[:2]
    edge = np.linspace(0.82, 1.0, max(8, w // 40), dtype=np.float32)
    side = rng.choice(["l", "r", "t"])
    if side == "l":
        a[:, : len(edge)] *= edge[None, :, None]
    elif side == "r":
        a[:, -len(edge) :] *= edge[::-1][None, :, None]
    else:
        a[: len(edge)] *= edge[:, None, None]
    nrng = np.random.default_rng(rng.randrange(1 << 30))
    a += nrng.normal(0, 2.5, a.shape).astype(np.float32)
    out = _pil(a).filter(ImageFilter.GaussianBlur(rng.uniform(0.3, 0.7)))
    return out.convert("L").convert("RGB") if grey else out


def jpeg_bytes(img: Image.Image, q: int) -> bytes:
    buf = io.BytesIO()
    img.convert("RGB").save(buf, "JPEG", quality=q, optimize=False)
    return buf.getvalue()


def save_jpeg(img: Image.Image, path: str, q: int = 88, dpi: int | None = None):
    kw = {"dpi": (dpi, dpi)} if dpi else {}
    img.convert("RGB").save(path, "JPEG", quality=q, **kw)


def image_pdf(pages: list[Image.Image], path: str, dpi: int, q: int = 70, creator="Canon"):
    """A scanner's PDF: one JPEG per page, no text layer."""
    c = rl_canvas.Canvas(path, invariant=1)
    c.setCreator(creator)
    c.setProducer(creator)
    for im in pages:
        w_pt, h_pt = im.width * 72 / dpi, im.height * 72 / dpi
        c.setPageSize((w_pt, h_pt))
        c.drawImage(ImageReader(io.BytesIO(jpeg_bytes(im, q))), 0, 0, w_pt, h_pt)
        c.showPage()
    c.save()


def _table(w: int, h: int, rng: random.Random) -> np.ndarray:
    nrng = np.random.default_rng(rng.randrange(1 << 30))
    kind = rng.choice(["wood", "grey", "cloth", "white"])
    base = {
        "wood": (150, 110, 75),
        "grey": (120, 122, 126),
        "cloth": (70, 80, 105),
        "white": (225, 222, 215),
    }[kind]
    a = np.ones((h, w, 3), np.float32) * np.array(base, np.float32)
    if kind == "wood":
        ys = np.arange(h, dtype=np.float32)[:, None]
        streak = np.sin(ys / rng.uniform(9, 20) + nrng.normal(0, 0.3, (h, 1))) * 12
        a += streak[:, :, None]
    small = nrng.normal(0, 10, (max(2, h // 16), max(2, w // 16), 1)).astype(np.float32)
    a += cv2.resize(small, (w, h), interpolation=cv2.INTER_CUBIC)[:, :, None]
    return a


def photo(
    img: Image.Image,
    rng: random.Random,
    long_side: int = 3000,
    fill: float = 0.78,
    rot: int = 0,
    flat_paper: bool = True,
) -> Image.Image:
    """A phone photo of a page or card lying on a table."""
    doc = paper(img, rng) if flat_paper else img.convert("RGB")
    dw, dh = doc.size
    portrait = dh >= dw
    W, H = (3, 4) if portrait else (4, 3)
    scale = long_side / max(W, H)
    Wp, Hp = int(W * scale), int(H * scale)
    bg = _table(Wp, Hp, rng)
    k = min(Wp * fill / dw, Hp * fill / dh)
    tw, th = dw * k, dh * k
    cx, cy = Wp / 2 + rng.uniform(-0.04, 0.04) * Wp, Hp / 2 + rng.uniform(-0.04, 0.04) * Hp
    j = 0.05 * min(tw, th)
    dst = np.float32(
        [
            [cx - tw / 2 + rng.uniform(-j, j), cy - th / 2 + rng.uniform(-j, j)],
            [cx + tw / 2 + rng.uniform(-j, j), cy - th / 2 + rng.uniform(-j, j)],
            [cx + tw / 2 + rng.uniform(-j, j), cy + th / 2 + rng.uniform(-j, j)],
            [cx - tw / 2 + rng.uniform(-j, j), cy + th / 2 + rng.uniform(-j, j)],
        ]
    )
    src = np.float32([[0, 0], [dw, 0], [dw, dh], [0, dh]])
    M = cv2.getPerspectiveTransform(src, dst)
    d = cv2.warpPerspective(_np(doc), M, (Wp, Hp), flags=cv2.INTER_AREA)
    m = cv2.warpPerspective(np.ones((dh, dw), np.float32), M, (Wp, Hp), flags=cv2.INTER_LINEAR)
    # drop shadow under the sheet
    sh = cv2.GaussianBlur(m, (0, 0), max(3, Wp / 250))
    sh = np.roll(sh, (int(Wp / 300), int(Wp / 300)), axis=(0, 1))
    a = bg * (1 - 0.45 * sh[:, :, None])
    a = a * (1 - m[:, :, None]) + d * m[:, :, None]
    # uneven light: a soft gradient and a hand/phone shadow band
    yy, xx = np.mgrid[0:Hp, 0:Wp].astype(np.float32)
    gx, gy = rng.uniform(-1, 1), rng.uniform(-1, 1)
    light = 1.0 + 0.12 * ((xx / Wp - 0.5) * gx + (yy / Hp - 0.5) * gy)
    vign = 1 - 0.18 * (((xx / Wp - 0.5) ** 2 + (yy / Hp - 0.5) ** 2) * 2)
    a *= (light * vign)[:, :, None]
    if rng.random() < 0.6:
        x0 = rng.uniform(0.1, 0.9) * Wp
        band = 1 - 0.22 / (1 + np.exp(-(xx - x0 - yy * rng.uniform(-0.5, 0.5)) / (Wp / 40)))
        a *= band[:, :, None]
    cast = np.array([rng.uniform(0.97, 1.06), 1.0, rng.uniform(0.86, 0.98)], np.float32)
    a *= cast[None, None, :]
    a = cv2.GaussianBlur(a, (0, 0), rng.uniform(0.6, 1.4))
    nrng = np.random.default_rng(rng.randrange(1 << 30))
    a += nrng.normal(0, 3.5, a.shape).astype(np.float32)
    out = _pil(a)
    if rot:
        out = out.rotate(rot, expand=True)
    return out
