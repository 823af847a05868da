"""Turning clean page rasters into scans, photocopies and phone photos, and
writing them as JPEG/PNG files or image-only PDFs."""

import io
import math

import cv2
import numpy as np
import pikepdf
from PIL import Image

# ------------------------------------------------------------------ scans


def add_noise(a, rng, sigma):
    """Add grey gaussian noise with saturation (uint8, any channel count)."""
    H, W = a.shape[:2]
    n = rng.standard_normal((H, W), dtype=np.float32) * sigma
    pos = cv2.convertScaleAbs(np.maximum(n, 0))
    neg = cv2.convertScaleAbs(np.maximum(-n, 0))
    ch = 1 if a.ndim == 2 else a.shape[2]
    if ch > 1:
        pos = cv2.merge([pos] * ch)
        neg = cv2.merge([neg] * ch)
    elif a.ndim == 3:
        pos, neg = pos[..., None], neg[..., None]
    out = cv2.subtract(cv2.add(a, pos), neg)
    return out.reshape(a.shape)


def _lut(fn):
    x = np.arange(256, dtype=np.float32)
    return np.clip(fn(x), 0, 255).astype(np.uint8)


def scan(
    img,
    rng,
    dpi_in,
    dpi_out,
    gray=False,
    angle=0.0,
    blur=0.5,
    noise=3.0,
    tone=(0.975, 0.97, 0.955),
    photocopy=False,
    faded=0.0,
    streaks=0,
    edge_shadow=0.0,
    speckle=0.0,
    shift=(0, 0),
    bilevel=False,
):
    """A flatbed scan / copier scan of one page (uint8 RGB in, uint8 out).
    Works in uint8 with lookup tables: a 300 dpi page is 26 MB of floats."""
    a = img
    h, w = a.shape[:2]
    if photocopy:
        g = cv2.cvtColor(a, cv2.COLOR_RGB2GRAY)
        g = cv2.LUT(g, _lut(lambda x: 255 * np.power(x / 255.0, 1.6) * 0.93 + 6))
        a = cv2.cvtColor(g, cv2.COLOR_GRAY2RGB)
    chans = []
    for ci in range(3):
        t = tone[ci]
        lut = _lut(lambda x, t=t: (255 - (255 - x) * (1 - faded)) * t)
        chans.append(cv2.LUT(np.ascontiguousarray(a[..., ci]), lut))
    a = cv2.merge(chans)
    if streaks:
        for _ in range(streaks):
            x = int(rng.integers(0, w))
            ww = int(rng.integers(1, 4))
            f = rng.uniform(0.8, 0.93)
            a[:, x : x + ww] = (a[:, x : x + ww].astype(np.float32) * f).astype(np.uint8)
    # rotate/shift on the glass; uncovered area = scanner lid (light grey)
    M = cv2.getRotationMatrix2D((w / 2, h / 2), angle, 1.0)
    M[0, 2] += shift[0] * dpi_in / 25.4
    M[1, 2] += shift[1] * dpi_in / 25.4
    lid = int(rng.uniform(215, 240))
    a = cv2.warpAffine(
        a,
        M,
        (w, h),
        flags=cv2.INTER_LINEAR,
        borderMode=cv2.BORDER_CONSTANT,
        borderValue=(lid, lid, lid),
    )
    if edge_shadow > 0:
        # dark gradient along one edge (lid not fully closed)
        side = int(rng.integers(0, 4))
        n = int(w * 0.03)
        ramp = np.linspace(1 - edge_shadow, 1, n, dtype=np.float32)
        if side == 0:
            a[:, :n] = (a[:, :n] * ramp[None, :, None]).astype(np.uint8)
        elif side == 1:
            a[:, -n:] = (a[:, -n:] * ramp[::-1][None, :, None]).astype(np.uint8)
        elif side == 2:
            a[:n, :] = (a[:n, :] * ramp[:, None, None]).astype(np.uint8)
        else:
            a[-n:, :] = (a[-n:, :] * ramp[::-1][:, None, None]).astype(np.uint8)
    if dpi_out != dpi_in:
        nw, nh = int(round(w * dpi_out / dpi_in)), int(round(h * dpi_out / dpi_in))
        a = cv2.resize(a, (nw, nh), interpolation=cv2.INTER_AREA)
    if blur > 0:
        a = cv2.GaussianBlur(a, (0, 0), blur)
    H, W = a.shape[:2]
    if gray or bilevel:
        a = cv2.cvtColor(a, cv2.COLOR_RGB2GRAY)[..., None]
    if noise > 0:
        a = add_noise(a, rng, noise)
    if speckle > 0:
        cnt = int(H * W * speckle)
        ys = rng.integers(0, H, cnt)
        xs = rng.integers(0, W, cnt)
        a[ys, xs] = a[ys, xs] // 4
    if bilevel:
        a = np.where(a > 175, 255, 0).astype(np.uint8)
    if a.shape[2] == 1:
        a = np.repeat(a, 3, axis=2)
    return a


# ------------------------------------------------------------------ photos


def photo(
    pages,
    rng,
    long_side=4000,
    bg="wood",
    persp=0.04,
    tilt=2.0,
    light=0.35,
    blur=1.0,
    noise=3.0,
    wb=(1.0, 1.0, 1.0),
    fill=0.86,
    landscape=False,
    shadow_blob=False,
    crease=False,
):
    """Photograph one page (or several side by side) lying on a surface.

    Smooth quantities (background, sheet shadow, lighting) are computed at 1/8
    resolution; only the page warp and the final blur/noise run at full size."""
    if landscape:
        W, H = long_side, int(long_side * 3 / 4)
    else:
        W, H = int(long_side * 3 / 4), long_side
    S = 8
    w8, h8 = W // S, H // S
    n = len(pages)
    ph, pw = pages[0].shape[:2]
    gap = int(pw * 0.03)
    bw = n * pw + (n - 1) * gap
    k = min(W * fill / bw, H * fill / ph)
    tw, th = bw * k, ph * k
    cx = W / 2 + rng.uniform(-0.04, 0.04) * W
    cy = H / 2 + rng.uniform(-0.03, 0.03) * H
    ang = math.radians(rng.uniform(-tilt, tilt))
    rot = np.array([[math.cos(ang), -math.sin(ang)], [math.sin(ang), math.cos(ang)]], np.float32)
    mats = []
    for i in range(n):
        x0 = -tw / 2 + i * (pw + gap) * k
        corners = np.array(
            [[x0, -th / 2], [x0 + pw * k, -th / 2], [x0 + pw * k, th / 2], [x0, th / 2]], np.float32
        )
        dst = corners @ rot.T + np.array([cx, cy], np.float32)
        pull = persp * tw * rng.uniform(0.5, 1.0)
        dst[0, 0] += pull * (1 if i == 0 else 0.6)
        dst[1, 0] -= pull * (1 if i == n - 1 else 0.6)
        dst += rng.uniform(-0.008, 0.008, size=(4, 2)).astype(np.float32) * [W, H]
        src = np.array([[0, 0], [pw, 0], [pw, ph], [0, ph]], np.float32)
        mats.append(cv2.getPerspectiveTransform(src, dst.astype(np.float32)))
    # --- low resolution: background with the sheet's shadow, lighting field
    bgl = _background_low(rng, w8, h8, bg)
    down = np.diag([1.0 / S, 1.0 / S, 1.0])
    mask8 = np.zeros((h8, w8), np.float32)
    for M in mats:
        mask8 = np.maximum(
            mask8,
            cv2.warpPerspective(
                np.ones((ph, pw), np.float32), down @ M, (w8, h8), flags=cv2.INTER_LINEAR
            ),
        )
    sh = cv2.GaussianBlur(mask8, (0, 0), max(1.0, w8 * 0.006))
    sh = np.roll(sh, (max(1, int(w8 * 0.004)), max(1, int(w8 * 0.006))), axis=(0, 1))
    bgl *= (1 - 0.35 * sh)[..., None]
    yy, xx = np.mgrid[0:h8, 0:w8].astype(np.float32)
    yy /= h8
    xx /= w8
    d = np.sqrt((xx - 0.5) ** 2 + (yy - 0.5) ** 2)
    gdir = rng.uniform(0, 2 * math.pi)
    lin = (xx - 0.5) * math.cos(gdir) + (yy - 0.5) * math.sin(gdir)
    L = (1 - light * 0.6 * d**2 * 2) * (1 + light * 0.5 * lin)
    if shadow_blob:
        bx, by = rng.uniform(0.2, 0.8), rng.uniform(0.6, 0.95)
        L *= 1 - 0.35 * np.exp(-(((xx - bx) / 0.25) ** 2 + ((yy - by) / 0.12) ** 2))
    if crease:
        yc = (cy + rng.uniform(-0.15, 0.15) * th) / H
        L *= 1 - 0.10 * np.exp(-(((yy - yc) / 0.004) ** 2))
    bg_full = cv2.resize(
        np.clip(bgl, 0, 255).astype(np.uint8), (W, H), interpolation=cv2.INTER_LINEAR
    )
    # --- full resolution: the sheet(s)
    out = bg_full
    for pg, M in zip(pages, mats):
        warped = cv2.warpPerspective(
            pg,
            M,
            (W, H),
            flags=cv2.INTER_LINEAR,
            borderMode=cv2.BORDER_CONSTANT,
            borderValue=(0, 0, 0),
        )
        mask = cv2.warpPerspective(
            np.full((ph, pw), 255, np.uint8), M, (W, H), flags=cv2.INTER_NEAREST, borderValue=0
        )
        cv2.copyTo(warped, mask, out)
    # lighting and white balance (per channel, 128 = unchanged)
    Lq = [np.clip(L * 128 * wb[ci], 0, 255).astype(np.uint8) for ci in range(3)]
    Lfull = cv2.resize(cv2.merge(Lq), (W, H), interpolation=cv2.INTER_LINEAR)
    out = cv2.multiply(out, Lfull, scale=1 / 128.0)
    if blur > 0:
        out = cv2.GaussianBlur(out, (0, 0), blur)
    if noise > 0:
        nh, nw = H // 2, W // 2
        small = add_noise(np.full((nh, nw), 128, np.uint8), rng, noise)
        nfull = cv2.resize(small, (W, H), interpolation=cv2.INTER_NEAREST)
        pos = cv2.subtract(nfull, 128)
        neg = cv2.subtract(np.full_like(nfull, 128), nfull)
        out = cv2.subtract(cv2.add(out, cv2.merge([pos] * 3)), cv2.merge([neg] * 3))
    return out


def _background_low(rng, w, h, kind):
    """The surface at low resolution (float32, w x h), with a little grain."""
    sw, sh = w, h
    yy, xx = np.mgrid[0:sh, 0:sw].astype(np.float32)
    if kind == "wood":
        base = np.array([150, 105, 65], np.float32) * rng.uniform(0.8, 1.15)
        f = rng.uniform(0.4, 0.9)
        warp = cv2.GaussianBlur(rng.standard_normal((sh, sw)).astype(np.float32), (0, 0), 6) * 25
        grain = np.sin((yy + warp) * f + np.sin(xx * 0.05) * 3)
        img = base[None, None, :] * (0.82 + 0.12 * grain[..., None])
    elif kind == "desk_white":
        base = np.array([228, 226, 222], np.float32) * rng.uniform(0.85, 1.0)
        img = np.ones((sh, sw, 3), np.float32) * base
    elif kind == "desk_grey":
        base = np.array([120, 122, 126], np.float32) * rng.uniform(0.7, 1.2)
        img = np.ones((sh, sw, 3), np.float32) * base
    elif kind == "fabric":
        base = np.array(
            [[70, 90, 130], [140, 60, 60], [90, 110, 80], [60, 60, 65]][int(rng.integers(0, 4))],
            np.float32,
        )
        weave = (np.sin(xx * 2.1) * np.sin(yy * 2.1)) * 0.08
        img = base[None, None, :] * (1 + weave[..., None])
    else:  # granite / kitchen worktop
        base = np.array([95, 92, 88], np.float32)
        img = np.ones((sh, sw, 3), np.float32) * base
        spots = rng.random((sh, sw)).astype(np.float32)
        img *= (0.7 + 0.6 * spots)[..., None]
    low = cv2.GaussianBlur(rng.standard_normal((sh, sw)).astype(np.float32), (0, 0), 10)
    img = img * (1 + 0.6 * low)[..., None]
    return img.astype(np.float32)


# ------------------------------------------------------------------ writing


def to_jpeg(img, quality, exif_orientation=None, dpi=None, software=None):
    im = Image.fromarray(img)
    buf = io.BytesIO()
    kw = {"quality": int(quality), "optimize": False}
    if dpi:
        kw["dpi"] = (dpi, dpi)
    if exif_orientation or software:
        ex = Image.Exif()
        if exif_orientation:
            ex[0x0112] = exif_orientation
        if software:
            ex[0x0131] = software
        kw["exif"] = ex.tobytes()
    im.save(buf, "JPEG", **kw)
    return buf.getvalue()


def to_png(img, dpi=None, gray=False):
    im = Image.fromarray(img)
    if gray:
        im = im.convert("L")
    buf = io.BytesIO()
    kw = {"optimize": False, "compress_level": 6}
    if dpi:
        kw["dpi"] = (dpi, dpi)
    im.save(buf, "PNG", **kw)
    return buf.getvalue()


def image_pdf(
    images,
    quality,
    dpi,
    gray=False,
    producer="",
    creator="",
    created="D:20261114093000+01'00'",
    page_size=None,
):
    """An image-only PDF (no text layer), one JPEG per page."""
    pdf = pikepdf.new()
    for img in images:
        h, w = img.shape[:2]
        if gray:
            data = to_jpeg_gray(img, quality)
            cs = pikepdf.Name.DeviceGray
        else:
            data = to_jpeg(img, quality)
            cs = pikepdf.Name.DeviceRGB
        pw, ph = page_size or (w * 72.0 / dpi, h * 72.0 / dpi)
        xobj = pikepdf.Stream(pdf, data)
        xobj.Type = pikepdf.Name.XObject
        xobj.Subtype = pikepdf.Name.Image
        xobj.Width = w
        xobj.Height = h
        xobj.ColorSpace = cs
        xobj.BitsPerComponent = 8
        xobj.Filter = pikepdf.Name.DCTDecode
        content = f"q {pw:.2f} 0 0 {ph:.2f} 0 0 cm /Im0 Do Q".encode()
        page = pikepdf.Dictionary(
            Type=pikepdf.Name.Page,
            MediaBox=pikepdf.Array([0, 0, round(pw, 2), round(ph, 2)]),
            Resources=pikepdf.Dictionary(XObject=pikepdf.Dictionary(Im0=xobj)),
            Contents=pikepdf.Stream(pdf, content),
        )
        pdf.pages.append(pikepdf.Page(page))
    info = pdf.make_indirect(pikepdf.Dictionary())
    if producer:
        info.Producer = pikepdf.String(producer)
    if creator:
        info.Creator = pikepdf.String(creator)
    if created:
        info.CreationDate = pikepdf.String(created)
    pdf.trailer.Info = info
    buf = io.BytesIO()
    pdf.save(buf, deterministic_id=True)
    return buf.getvalue()


def to_jpeg_gray(img, quality):
    im = Image.fromarray(img).convert("L")
    buf = io.BytesIO()
    im.save(buf, "JPEG", quality=int(quality), optimize=False)
    return buf.getvalue()
