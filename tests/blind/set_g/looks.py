"""Turn clean page rasters into scans, image-only PDFs and phone photos."""

from __future__ import annotations

import io

import cv2
import numpy as np
from PIL import Image, ImageFilter


def _rng(seed):
    return np.random.default_rng(seed)


_NOISE: dict = {}


def _noise_tile(seed: int, sigma: float) -> np.ndarray:
    """A 509x503 tile of gaussian noise (int16), cached; tiled with an offset it noises a whole page fast."""
    key = (seed % 7, round(sigma, 1))
    if key not in _NOISE:
        r = _rng(key[0] + 1000)
        _NOISE[key] = np.round(r.standard_normal((503, 509), dtype=np.float32) * sigma).astype(
            np.int16
        )
    return _NOISE[key]


def add_noise(a: np.ndarray, seed: int, sigma: float) -> np.ndarray:
    if sigma <= 0:
        return a
    t = _noise_tile(seed, sigma)
    H, W = a.shape[:2]
    r = _rng(seed)
    oy, ox = int(r.integers(0, t.shape[0])), int(r.integers(0, t.shape[1]))
    reps = (H + oy) // t.shape[0] + 1, (W + ox) // t.shape[1] + 1
    n = np.tile(t, reps)[oy : oy + H, ox : ox + W]
    if a.ndim == 3:
        n = n[:, :, None]
    return np.clip(a.astype(np.int16) + n, 0, 255).astype(np.uint8)


def scan_effect(
    img: Image.Image,
    seed: int,
    grey: bool = False,
    angle: float | None = None,
    noise: float = 5.0,
    blur: float = 0.45,
    paper=(250, 249, 246),
    lid_shadow: bool = False,
    contrast: float = 1.0,
    bw: bool = False,
) -> Image.Image:
    """A flatbed scan / photocopy: slight skew and shift, paper tone, sensor noise, soft focus."""
    r = _rng(seed)
    if angle is None:
        angle = float(r.uniform(0.3, 1.8)) * (1 if r.random() < 0.5 else -1)
    a = np.asarray(img.convert("RGB"))
    # paper tone and contrast through a per-channel lookup table (ink stays dark)
    lut = np.zeros((256, 1, 3), np.uint8)
    x = np.arange(256, dtype=np.float32)
    for c in range(3):
        v = x * (paper[c] / 255.0)
        if contrast != 1.0:
            v = (v - 128) * contrast + 128
        lut[:, 0, c] = np.clip(v, 0, 255).astype(np.uint8)
    a = cv2.LUT(a, lut)
    H, W = a.shape[:2]
    dx, dy = float(r.uniform(-0.01, 0.01) * W), float(r.uniform(-0.008, 0.008) * H)
    M = cv2.getRotationMatrix2D((W / 2, H / 2), angle, 1.0)
    M[0, 2] += dx
    M[1, 2] += dy
    lid = tuple(int(v * 0.97) for v in paper)
    a = cv2.warpAffine(
        a, M, (W, H), flags=cv2.INTER_LINEAR, borderMode=cv2.BORDER_CONSTANT, borderValue=lid
    )
    if lid_shadow:
        side = int(r.integers(0, 4))
        n = max(8, W // 40)
        ramp = np.linspace(0.55, 1.0, n, dtype=np.float32)
        if side == 0:
            a[:, :n] = (a[:, :n] * ramp[None, :, None]).astype(np.uint8)
        elif side == 1:
            a[:, -n:] = (a[:, -n:] * ramp[::-1][None, :, None]).astype(np.uint8)
        elif side == 2:
            a[:n, :] = (a[:n, :] * ramp[:, None, None]).astype(np.uint8)
        else:
            a[-n:, :] = (a[-n:, :] * ramp[::-1][:, None, None]).astype(np.uint8)
    if blur > 0:
        a = cv2.GaussianBlur(a, (0, 0), blur)
    if grey or bw:
        a = cv2.cvtColor(a, cv2.COLOR_RGB2GRAY)
    a = add_noise(a, seed, noise)
    out = Image.fromarray(a)
    if bw:
        out = out.point(lambda v: 255 if v > 150 else 0)
    return out


def jpeg_bytes(img: Image.Image, quality: int = 82) -> bytes:
    b = io.BytesIO()
    img.save(
        b,
        "JPEG",
        quality=quality,
        optimize=False,
        progressive=False,
        subsampling=2 if quality < 90 else 0,
    )
    return b.getvalue()


def save_jpeg(img: Image.Image, path: str, quality: int = 82, dpi: int | None = None):
    kw = dict(quality=quality, optimize=False, progressive=False)
    if dpi:
        kw["dpi"] = (dpi, dpi)
    img.save(path, "JPEG", **kw)


def save_png(img: Image.Image, path: str, dpi: int | None = None):
    kw = {"optimize": False, "compress_level": 6}
    if dpi:
        kw["dpi"] = (dpi, dpi)
    img.save(path, "PNG", **kw)


def image_pdf(
    path: str,
    imgs: list[Image.Image],
    sizes_mm: list[tuple[float, float]],
    quality: int = 72,
    producer: str = "Scanner",
):
    """PDF made of JPEG page images only (no text layer), built with pikepdf (JPEG passed through)."""
    import pikepdf

    pdf = pikepdf.new()
    for im, (w, h) in zip(imgs, sizes_mm):
        im = im if im.mode in ("RGB", "L") else im.convert("RGB")
        data = jpeg_bytes(im, quality)
        xobj = pikepdf.Stream(pdf, data)
        xobj.Type = pikepdf.Name.XObject
        xobj.Subtype = pikepdf.Name.Image
        xobj.Width, xobj.Height = im.width, im.height
        xobj.ColorSpace = pikepdf.Name.DeviceGray if im.mode == "L" else pikepdf.Name.DeviceRGB
        xobj.BitsPerComponent = 8
        xobj.Filter = pikepdf.Name.DCTDecode
        pw, ph = w / 25.4 * 72, h / 25.4 * 72
        content = f"q {pw:.3f} 0 0 {ph:.3f} 0 0 cm /Im0 Do Q".encode()
        page = pikepdf.Dictionary(
            Type=pikepdf.Name.Page,
            MediaBox=[0, 0, round(pw, 3), round(ph, 3)],
            Resources=pikepdf.Dictionary(XObject=pikepdf.Dictionary(Im0=xobj)),
            Contents=pikepdf.Stream(pdf, content),
        )
        pdf.pages.append(pikepdf.Page(page))
    with pdf.open_metadata(set_pikepdf_as_editor=False, update_docinfo=False):
        pass
    pdf.docinfo[pikepdf.Name.Producer] = producer
    pdf.save(
        path,
        static_id=True,
        compress_streams=True,
        object_stream_mode=pikepdf.ObjectStreamMode.preserve,
    )


# -------------------------------------------------------------- photos ----
BACKGROUNDS = {
    "wood": ((150, 105, 65), (95, 62, 35)),
    "oak": ((196, 160, 118), (150, 115, 78)),
    "desk_grey": ((120, 122, 125), (95, 97, 100)),
    "white_table": ((222, 220, 214), (196, 194, 188)),
    "dark": ((48, 45, 44), (30, 29, 28)),
    "blue_cloth": ((70, 90, 130), (50, 66, 100)),
    "tiles": ((210, 205, 195), (170, 165, 155)),
}


def background(W: int, H: int, kind: str, seed: int) -> np.ndarray:
    """Table surface, computed at 1/4 resolution then enlarged (uint8 RGB)."""
    r = _rng(seed)
    c1, c2 = (np.array(c, dtype=np.float32) for c in BACKGROUNDS[kind])
    sw, sh = max(4, W // 4), max(4, H // 4)
    low = r.random((max(2, sh // 60), max(2, sw // 60))).astype(np.float32)
    low = cv2.resize(low, (sw, sh), interpolation=cv2.INTER_CUBIC)
    if kind in ("wood", "oak"):
        yy = np.linspace(0, 1, sh, dtype=np.float32)[:, None]
        xx = np.linspace(0, 1, sw, dtype=np.float32)[None, :]
        grain = 0.5 + 0.5 * np.sin((yy * 38 + 2.5 * np.sin(xx * 6 + yy * 3) + low * 3) * np.pi)
        t = 0.55 * grain + 0.45 * low
    elif kind == "tiles":
        t = low.copy()
        step = max(8, sw // 6)
        t[:, ::step] = 1.6
        t[::step, :] = 1.6
    else:
        t = low
    t = (t - t.min()) / max(1e-6, float(t.max() - t.min()))
    img = c2[None, None, :] + (c1 - c2)[None, None, :] * t[:, :, None]
    img = np.clip(img, 0, 255).astype(np.uint8)
    return cv2.resize(img, (W, H), interpolation=cv2.INTER_LINEAR)


def phone_photo(
    page_img: Image.Image,
    seed: int,
    long_side: int = 3024,
    bg: str = "wood",
    rot: int = 0,
    fill: float = 0.82,
    persp: float = 0.05,
    blur: float = 1.0,
    light: float = 0.25,
    landscape: bool | None = None,
    paper=(246, 244, 238),
    card: bool = False,
) -> Image.Image:
    """The page lying on a surface, shot from above by a phone: perspective, shadow, uneven light."""
    r = _rng(seed)
    pw, ph = page_img.size
    if landscape is None:
        landscape = pw > ph
    if landscape:
        W, H = long_side, int(long_side * 3 / 4)
    else:
        W, H = int(long_side * 3 / 4), long_side
    out = background(W, H, bg, seed + 7)
    k = min(W * fill / pw, H * fill / ph)
    tw, th = pw * k, ph * k
    cx, cy = W / 2 + r.uniform(-0.04, 0.04) * W, H / 2 + r.uniform(-0.04, 0.04) * H
    src = np.float32([[0, 0], [pw, 0], [pw, ph], [0, ph]])
    j = persp * min(W, H)
    dst = np.float32(
        [
            [cx - tw / 2, cy - th / 2],
            [cx + tw / 2, cy - th / 2],
            [cx + tw / 2, cy + th / 2],
            [cx - tw / 2, cy + th / 2],
        ]
    )
    dst += r.uniform(-j, j, size=(4, 2)).astype(np.float32)
    tilt = r.uniform(0, persp * 0.6) * tw
    dst[0, 0] += tilt
    dst[1, 0] -= tilt
    ang = np.radians(r.uniform(-4, 4))
    ctr = dst.mean(axis=0)
    R = np.array([[np.cos(ang), -np.sin(ang)], [np.sin(ang), np.cos(ang)]], dtype=np.float32)
    dst = ((dst - ctr) @ R.T + ctr).astype(np.float32)
    M = cv2.getPerspectiveTransform(src, dst)
    # paper tone
    lut = np.zeros((256, 1, 3), np.uint8)
    x = np.arange(256, dtype=np.float32)
    for c in range(3):
        lut[:, 0, c] = np.clip(x * paper[c] / 255.0, 0, 255).astype(np.uint8)
    pa = cv2.LUT(np.asarray(page_img.convert("RGB")), lut)
    # drop shadow + light field, computed at 1/4 resolution
    q = 4
    Wq, Hq = W // q, H // q
    S = np.diag([1 / q, 1 / q, 1]).astype(np.float64)
    mq = cv2.warpPerspective(np.ones((ph, pw), np.float32), S @ M, (Wq, Hq), flags=cv2.INTER_LINEAR)
    sh = cv2.GaussianBlur(mq, (0, 0), max(1.0, Wq / 250))
    sh = np.roll(sh, (max(1, Hq // 220), max(1, Wq // 260)), axis=(0, 1))
    shadow = 1 - 0.45 * sh * (1 - mq)
    yy, xx = np.mgrid[0:Hq, 0:Wq].astype(np.float32)
    gx, gy = r.uniform(-1, 1), r.uniform(-1, 1)
    g = 1.0 + light * (gx * (xx / Wq - 0.5) + gy * (yy / Hq - 0.5))
    vig = 1.0 - light * 0.6 * (((xx / Wq - 0.5) ** 2 + (yy / Hq - 0.5) ** 2) * 2)
    hx, hy = r.uniform(0.2, 0.8) * Wq, r.uniform(0.2, 0.8) * Hq
    glow = light * 0.25 * np.exp(-(((xx - hx) / (Wq * 0.35)) ** 2 + ((yy - hy) / (Hq * 0.35)) ** 2))
    L = (g * vig + glow) * shadow
    warm = np.array([1.0, r.uniform(0.97, 1.0), r.uniform(0.9, 0.98)], np.float32)
    L3 = np.clip(np.dstack([L * warm[0], L * warm[1], L * warm[2]]) * 128, 0, 255).astype(np.uint8)
    L3 = cv2.resize(L3, (W, H), interpolation=cv2.INTER_LINEAR)
    # page onto the surface (only where the page lands)
    cv2.warpPerspective(
        pa,
        M,
        (W, H),
        dst=out,
        flags=cv2.INTER_AREA if k < 1 else cv2.INTER_LINEAR,
        borderMode=cv2.BORDER_TRANSPARENT,
    )
    out = cv2.multiply(out, L3, scale=1 / 128.0)
    if blur > 0:
        out = cv2.GaussianBlur(out, (0, 0), blur)
    out = add_noise(out, seed, 3.0)
    if rot:
        out = np.ascontiguousarray(np.rot90(out, k=rot // 90))
    return Image.fromarray(out)


def flatten_on(
    card: Image.Image,
    sheet_size_px: tuple[int, int],
    pos_px: tuple[int, int],
    shadow: bool = True,
    radius: int = 0,
    bg=(255, 255, 255),
) -> Image.Image:
    """Place a small document (card, passport page) on a blank sheet as a photocopier would show it."""
    sheet = Image.new("RGB", sheet_size_px, bg)
    if radius:
        m = Image.new("L", card.size, 0)
        from PIL import ImageDraw

        ImageDraw.Draw(m).rounded_rectangle(
            [0, 0, card.width - 1, card.height - 1], radius=radius, fill=255
        )
    else:
        m = None
    if shadow:
        sh = Image.new("L", sheet_size_px, 0)
        box = Image.new("L", card.size, 110)
        sh.paste(box, (pos_px[0] + 4, pos_px[1] + 4), m)
        sh = sh.filter(ImageFilter.GaussianBlur(4))
        dark = Image.new("RGB", sheet_size_px, (90, 90, 90))
        sheet = Image.composite(dark, sheet, sh)
    sheet.paste(card.convert("RGB"), pos_px, m)
    return sheet
