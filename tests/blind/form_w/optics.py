"""Paper to pixels: flatbed scans and phone photos of a rendered page, and scanner PDFs."""

from __future__ import annotations

import io
import math
import random

import cv2
import numpy as np
import pikepdf
from PIL import Image
from reportlab import rl_config
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen import canvas

A4_MM = (210.0, 297.0)


def _nrng(rng: random.Random) -> np.random.Generator:
    return np.random.default_rng(rng.randrange(1 << 31))


def _lowfreq(shape, rng: random.Random, amp: float, cells: int = 4) -> np.ndarray:
    g = _nrng(rng).normal(0, 1, (cells, cells)).astype(np.float32)
    f = cv2.resize(g, (shape[1], shape[0]), interpolation=cv2.INTER_CUBIC)
    return 1.0 + amp * f / (np.abs(f).max() + 1e-6)


def scan(img: np.ndarray, rng: random.Random, grey: bool = False) -> np.ndarray:
    """Flatbed scan look: tinted paper, skew, soft focus, lid shadow, noise."""
    h, w = img.shape[:2]
    nr = _nrng(rng)
    out = img.astype(np.float32)
    paper = np.array(
        [rng.uniform(232, 250), rng.uniform(232, 249), rng.uniform(226, 246)], np.float32
    )
    out = out / 255.0 * paper
    out *= _lowfreq((h, w), rng, rng.uniform(0.01, 0.035))[..., None]
    # contrast: printed black is never pure black on a scan
    lo = rng.uniform(18, 40)
    out = lo + out * (1 - lo / 255.0)
    ang = rng.uniform(-1.3, 1.3)
    m = cv2.getRotationMatrix2D((w / 2, h / 2), ang, 1.0)
    m[:, 2] += [rng.uniform(-12, 12), rng.uniform(-10, 14)]
    bg = rng.uniform(225, 250)
    out = cv2.warpAffine(out, m, (w, h), flags=cv2.INTER_LINEAR, borderValue=(bg, bg, bg))
    if rng.random() < 0.45:  # lid / binding shadow along one edge
        side = rng.choice(["l", "r", "t", "b"])
        width = int(rng.uniform(0.012, 0.04) * w)
        ramp = np.linspace(rng.uniform(0.55, 0.8), 1.0, width, dtype=np.float32)
        if side == "l":
            out[:, :width] *= ramp[None, :, None]
        elif side == "r":
            out[:, w - width :] *= ramp[::-1][None, :, None]
        elif side == "t":
            out[:width] *= ramp[:, None, None]
        else:
            out[h - width :] *= ramp[::-1][:, None, None]
    sig = rng.uniform(0.45, 0.9)
    out = cv2.GaussianBlur(out, (0, 0), sig)
    out += nr.normal(0, rng.uniform(1.5, 4.0), out.shape).astype(np.float32)
    for _ in range(rng.randint(0, 10)):  # dust on the glass, only in the margins
        if rng.random() < 0.5:
            x = rng.choice([rng.uniform(0, 0.05), rng.uniform(0.95, 1.0)]) * w
            y = rng.uniform(0, 1) * h
        else:
            x = rng.uniform(0, 1) * w
            y = rng.choice([rng.uniform(0, 0.03), rng.uniform(0.975, 1.0)]) * h
        cv2.circle(out, (int(x), int(y)), rng.randint(1, 2), (70, 70, 70), -1)
    out = np.clip(out, 0, 255).astype(np.uint8)
    if grey:
        out = cv2.cvtColor(out, cv2.COLOR_RGB2GRAY)
    return out


def _table(h: int, w: int, rng: random.Random) -> np.ndarray:
    """Table top at low resolution (h, w are the small size)."""
    nr = _nrng(rng)
    kind = rng.choice(["wood", "wood", "grey", "white", "dark", "fabric"])
    base = {
        "wood": (150, 105, 70),
        "grey": (120, 122, 125),
        "white": (215, 212, 205),
        "dark": (55, 50, 48),
        "fabric": (70, 85, 120),
    }[kind]
    base = np.array(base, np.float32) * rng.uniform(0.85, 1.1)
    t = np.ones((h, w, 3), np.float32) * base
    small = nr.normal(0, 1, (h // 4 + 1, w // 4 + 1)).astype(np.float32)
    small = cv2.resize(small, (w, h), interpolation=cv2.INTER_LINEAR)
    if kind == "wood":
        yy = np.arange(h, dtype=np.float32)[:, None]
        xx = np.arange(w, dtype=np.float32)[None, :]
        grain = np.sin(yy / rng.uniform(2.5, 5) + 3 * np.sin(xx / rng.uniform(75, 175)))
        t *= (1 + 0.08 * grain + 0.04 * small)[..., None]
    else:
        t *= (1 + 0.05 * small)[..., None]
    return t


def photo(img: np.ndarray, rng: random.Random, rotate: int = 0) -> np.ndarray:
    """Phone photo of a page lying on a table: perspective, light, cast, blur, JPEG later."""
    nr = _nrng(rng)
    H, W = rng.choice([(4000, 3000), (4032, 3024), (3264, 2448), (4000, 3000)])
    ph, pw = img.shape[:2]
    fill = rng.uniform(0.74, 0.9)
    sc = min(W * fill / pw, H * fill / ph)
    cw, ch = pw * sc, ph * sc
    cx, cy = W / 2 + rng.uniform(-0.05, 0.05) * W, H / 2 + rng.uniform(-0.04, 0.04) * H
    ang = math.radians(rng.uniform(-5, 5))
    base = np.array([[-cw / 2, -ch / 2], [cw / 2, -ch / 2], [cw / 2, ch / 2], [-cw / 2, ch / 2]])
    rot = np.array([[math.cos(ang), -math.sin(ang)], [math.sin(ang), math.cos(ang)]])
    dst = base @ rot.T + [cx, cy]
    # perspective: the far edge is shorter
    k = rng.uniform(0.0, 0.07)
    a, b = (0, 1) if rng.random() < 0.5 else (2, 3)
    mid = (dst[a] + dst[b]) / 2
    dst[a] += (mid - dst[a]) * k
    dst[b] += (mid - dst[b]) * k
    dst += nr.normal(0, 0.006 * W, dst.shape)
    # keep the whole sheet in the frame
    mn, mx = dst.min(0), dst.max(0)
    marg = 0.025 * W
    s = min(1.0, (W - 2 * marg) / (mx[0] - mn[0]), (H - 2 * marg) / (mx[1] - mn[1]))
    ctr = (mn + mx) / 2
    dst = (dst - ctr) * s + ctr
    mn, mx = dst.min(0), dst.max(0)
    dst += [
        max(0.0, marg - mn[0]) - max(0.0, mx[0] - (W - marg)),
        max(0.0, marg - mn[1]) - max(0.0, mx[1] - (H - marg)),
    ]
    src = np.array([[0, 0], [pw, 0], [pw, ph], [0, ph]], np.float32)
    m = cv2.getPerspectiveTransform(src, dst.astype(np.float32))
    # low-resolution fields: table, sheet mask, its shadow, light, cast shadow
    f = 8
    h8, w8 = H // f, W // f
    s8 = np.diag([1 / f, 1 / f, 1]).astype(np.float64)
    m8 = s8 @ m
    mask8 = cv2.warpPerspective(
        np.ones((ph // f + 1, pw // f + 1), np.float32),
        m8 @ np.diag([f, f, 1]),
        (w8, h8),
        flags=cv2.INTER_LINEAR,
    )
    table = _table(h8, w8, rng)
    sh = cv2.GaussianBlur(mask8, (0, 0), 2.5)
    sh = np.roll(sh, (int(rng.uniform(1, 4)), int(rng.uniform(-3, 3))), (0, 1))
    table *= (1 - 0.35 * sh)[..., None]
    gain = np.full((h8, w8), rng.uniform(0.8, 0.95), np.float32)
    gain *= _lowfreq((h8, w8), rng, rng.uniform(0.08, 0.18), 3)
    yy, xx = np.mgrid[0:h8, 0:w8].astype(np.float32)
    gx, gy = rng.uniform(-1, 1), rng.uniform(-1, 1)
    gain *= 1 + 0.12 * (gx * (xx / w8 - 0.5) + gy * (yy / h8 - 0.5))
    r2 = ((xx - w8 / 2) / w8) ** 2 + ((yy - h8 / 2) / h8) ** 2
    gain *= 1 - rng.uniform(0.15, 0.35) * r2
    if rng.random() < 0.5:
        poly = np.array(
            [
                [rng.uniform(-0.2, 0.6) * w8, -2],
                [rng.uniform(0.4, 1.2) * w8, -2],
                [rng.uniform(0.3, 1.1) * w8, rng.uniform(0.2, 0.6) * h8],
                [rng.uniform(-0.3, 0.5) * w8, rng.uniform(0.3, 0.8) * h8],
            ],
            np.int32,
        )
        shade = np.zeros((h8, w8), np.float32)
        cv2.fillPoly(shade, [poly], 1.0)
        shade = cv2.GaussianBlur(shade, (0, 0), rng.uniform(8, 20))
        gain *= 1 - rng.uniform(0.15, 0.3) * shade
    cast = np.array(
        rng.choice([(1.06, 1.0, 0.88), (0.94, 1.0, 1.08), (1.03, 1.02, 0.95), (1, 1, 1)]),
        np.float32,
    )
    up = cv2.INTER_LINEAR
    gain_full = cv2.resize(gain, (W, H), interpolation=up)
    table_full = cv2.resize(table, (W, H), interpolation=up)
    warped = cv2.warpPerspective(
        img,
        m,
        (W, H),
        flags=cv2.INTER_LINEAR,
        borderMode=cv2.BORDER_CONSTANT,
        borderValue=(0, 0, 0),
    )
    mask = cv2.warpPerspective(np.full((ph, pw), 255, np.uint8), m, (W, H), flags=cv2.INTER_LINEAR)
    mf = (mask.astype(np.float32) / 255.0)[..., None]
    out = table_full * (1 - mf) + warped.astype(np.float32) * mf
    out *= gain_full[..., None] * cast
    out = cv2.GaussianBlur(out, (0, 0), rng.uniform(0.8, 1.9))
    noise = nr.normal(0, rng.uniform(2.5, 6), (H // 2, W // 2)).astype(np.float32)
    out += cv2.resize(noise, (W, H), interpolation=cv2.INTER_NEAREST)[..., None]
    out = np.clip(out, 0, 255).astype(np.uint8)
    if rotate:
        out = np.ascontiguousarray(np.rot90(out, k=-rotate // 90))
    return out


def to_jpeg(arr: np.ndarray, quality: int, dpi: int | None = None) -> bytes:
    im = Image.fromarray(arr)
    buf = io.BytesIO()
    kw = {"dpi": (dpi, dpi)} if dpi else {}
    im.save(buf, "JPEG", quality=quality, optimize=False, **kw)
    return buf.getvalue()


def to_png(arr: np.ndarray, dpi: int) -> bytes:
    buf = io.BytesIO()
    Image.fromarray(arr).save(buf, "PNG", dpi=(dpi, dpi))
    return buf.getvalue()


def image_pdf(path: str, jpegs: list[tuple[bytes, int, int]], creator: str, when: str) -> None:
    """A scanner's PDF: one JPEG per A4 page, no text layer. when: PDF date 'YYYYMMDDHHMMSS'."""
    from reportlab.lib.pagesizes import A4

    rl_config.useA85 = 0
    c = canvas.Canvas(path, pagesize=A4, invariant=1)
    for data, _w, _h in jpegs:
        c.setPageSize(A4)
        # an ImageReader keeps the JPEG as is (DCT) and names it by content, not by path
        c.drawImage(ImageReader(io.BytesIO(data)), 0, 0, A4[0], A4[1])
        c.showPage()
    c.save()
    pdf = pikepdf.open(path, allow_overwriting_input=True)
    info = pikepdf.Dictionary(
        Creator=pikepdf.String(creator),
        Producer=pikepdf.String(creator),
        CreationDate=pikepdf.String(f"D:{when}+01'00'"),
        ModDate=pikepdf.String(f"D:{when}+01'00'"),
    )
    pdf.trailer.Info = pdf.make_indirect(info)
    pdf.save(path, deterministic_id=True)
