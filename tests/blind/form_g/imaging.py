"""Rasterising, printing, scanning and phone-photo simulation, encoders."""

import io

import cv2
import numpy as np
import pikepdf
import pypdfium2 as pdfium
from PIL import Image

cv2.setNumThreads(1)


def rasterize(pdf_bytes, dpi, forms=False):
    doc = pdfium.PdfDocument(pdf_bytes)
    if forms:
        doc.init_forms()
    out = []
    for i in range(len(doc)):
        pil = doc[i].render(scale=dpi / 72.0, may_draw_forms=forms).to_pil().convert("RGB")
        out.append(np.array(pil))
    doc.close()
    return out


def _smooth_field(rng, h, w, cells, lo, hi):
    g = rng.uniform(lo, hi, (max(2, cells), max(2, int(cells * w / h) or 2))).astype(np.float32)
    return cv2.resize(g, (w, h), interpolation=cv2.INTER_CUBIC)


def _lut3(fn_r, fn_g, fn_b):
    i = np.arange(256, dtype=np.float32)
    t = np.stack([fn_r(i), fn_g(i), fn_b(i)], 1)
    return np.clip(np.round(t), 0, 255).astype(np.uint8).reshape(256, 1, 3)


def _lut1(fn):
    i = np.arange(256, dtype=np.float32)
    return np.clip(np.round(fn(i)), 0, 255).astype(np.uint8)


def _apply_lut(img, fn):
    if img.ndim == 2:
        return cv2.LUT(img, _lut1(fn))
    return cv2.LUT(img, _lut3(fn, fn, fn))


def _mul_field(img, field):
    """img (uint8, 1 or 3 ch) times a float field (~0.6..1.1)."""
    f = np.clip(field * 200.0, 0, 255).astype(np.uint8)
    if img.ndim == 3:
        f = cv2.merge([f, f, f])
    return cv2.multiply(img, f, scale=1 / 200.0)


_NOISE = {}


def _noise(rng, shape, sigma):
    """Add gaussian-like noise using a random tile (fast, deterministic)."""
    h, w = shape[:2]
    th, tw = 521, 509
    tile = rng.normal(0, sigma, (th, tw) + shape[2:]).astype(np.float32)
    pos = np.clip(tile, 0, 255).astype(np.uint8)
    neg = np.clip(-tile, 0, 255).astype(np.uint8)
    reps = (h // th + 2, w // tw + 2) + (1,) * (len(shape) - 2)
    oy, ox = int(rng.integers(th)), int(rng.integers(tw))
    P = np.tile(pos, reps)[oy : oy + h, ox : ox + w]
    N = np.tile(neg, reps)[oy : oy + h, ox : ox + w]
    return P, N


def add_noise(img, rng, sigma):
    P, N = _noise(rng, img.shape, sigma)
    return cv2.subtract(cv2.add(img, P), N)


def printed(img, rng, kind="laser"):
    """The blank (or typed) form as it comes out of a printer / copier."""
    h, w = img.shape[:2]
    if kind in ("bw", "photocopy"):
        g = cv2.cvtColor(img, cv2.COLOR_RGB2GRAY)
        img = cv2.cvtColor(g, cv2.COLOR_GRAY2RGB)
    if kind == "photocopy":
        img = _apply_lut(img, lambda i: (i - 30) * 1.18)
        img = _mul_field(img, _smooth_field(rng, h, w, 4, 0.93, 1.0))
        n = int(h * w * 0.00012)
        ys, xs = rng.integers(0, h - 2, n), rng.integers(0, w - 2, n)
        v = rng.integers(40, 120, n).astype(np.uint8)
        for dy in (0, 1):
            for dx in (0, 1):
                img[ys + dy, xs + dx] = v[:, None]
    # toner/ink is never pure black, paper never pure white
    return _apply_lut(img, lambda i: 14 + i * (236 / 255.0))


def paper(img, rng):
    t = [rng.uniform(246, 253) / 255, rng.uniform(245, 252) / 255, rng.uniform(238, 249) / 255]
    return cv2.LUT(img, _lut3(lambda i: i * t[0], lambda i: i * t[1], lambda i: i * t[2]))


def scan(img, rng, dpi_in, dpi_out, gray=False, angle=None, noise=None, lid=None, blur=None):
    """Flatbed scan of a paper page (img is the page at dpi_in)."""
    img = paper(img, rng)
    if dpi_out != dpi_in:
        s = dpi_out / dpi_in
        img = cv2.resize(
            img,
            (int(round(img.shape[1] * s)), int(round(img.shape[0] * s))),
            interpolation=cv2.INTER_AREA,
        )
    if gray:
        img = cv2.cvtColor(img, cv2.COLOR_RGB2GRAY)
    h, w = img.shape[:2]
    if angle is None:
        angle = float(rng.uniform(0.3, 1.8) * rng.choice([-1, 1]))
    mx, my = int(rng.uniform(0.004, 0.02) * w), int(rng.uniform(0.003, 0.015) * h)
    lid = int(lid if lid is not None else rng.uniform(215, 248))
    Wb, Hb = w + 2 * mx, h + 2 * my
    M = cv2.getRotationMatrix2D((w / 2, h / 2), angle, 1.0)
    M[0, 2] += mx + rng.uniform(-0.5, 0.5) * mx
    M[1, 2] += my + rng.uniform(-0.5, 0.5) * my
    border = lid if gray else (lid, lid, lid)
    warped = cv2.warpAffine(img, M, (Wb, Hb), flags=cv2.INTER_LINEAR, borderValue=border)
    m = cv2.warpAffine(np.full((h, w), 255, np.uint8), M, (Wb, Hb), flags=cv2.INTER_NEAREST)
    edge = cv2.subtract(cv2.GaussianBlur(m, (0, 0), 2.0 * dpi_out / 300), m)
    edge = (edge.astype(np.uint16) * 7 // 10).astype(np.uint8)
    if not gray:
        edge = cv2.merge([edge, edge, edge])
    warped = cv2.subtract(warped, edge)
    warped = warped[my // 2 : my // 2 + h, mx // 2 : mx // 2 + w]
    warped = _mul_field(warped, _smooth_field(rng, warped.shape[0], warped.shape[1], 3, 0.95, 1.02))
    sig = blur if blur is not None else rng.uniform(0.35, 0.8) * dpi_out / 300
    warped = cv2.GaussianBlur(warped, (0, 0), sig)
    warped = add_noise(warped, rng, noise if noise is not None else rng.uniform(1.5, 4.0))
    a, b = rng.uniform(1.0, 1.08), rng.uniform(-6, 6)
    return _apply_lut(warped, lambda i: (i - 128) * a + 128 + b)


def _background(rng, h, w, kind):
    sh, sw = max(8, h // 4), max(8, w // 4)
    yy, xx = np.mgrid[0:sh, 0:sw].astype(np.float32)
    if kind == "wood":
        base = np.array(
            [rng.uniform(120, 160), rng.uniform(80, 105), rng.uniform(45, 65)], np.float32
        )
        ang = rng.uniform(-0.3, 0.3)
        u = xx * np.cos(ang) + yy * np.sin(ang)
        v = -xx * np.sin(ang) + yy * np.cos(ang)
        warp = cv2.resize(
            rng.normal(0, 1, (8, 8)).astype(np.float32), (sw, sh), interpolation=cv2.INTER_CUBIC
        )
        grain = np.sin(v / rng.uniform(3, 7) + warp * 3 + np.sin(u / 90) * 2)
        tex = (
            1
            + 0.10 * grain
            + 0.05 * cv2.resize(rng.normal(0, 1, (sh // 2, sw // 8)).astype(np.float32), (sw, sh))
        )
        img = base[None, None, :] * tex[..., None]
    elif kind == "desk":
        c = rng.uniform(150, 205)
        base = np.array([c, c * rng.uniform(0.97, 1.02), c * rng.uniform(0.93, 1.0)], np.float32)
        tex = 1 + 0.03 * cv2.GaussianBlur(rng.normal(0, 1, (sh, sw)).astype(np.float32), (0, 0), 2)
        img = base[None, None, :] * tex[..., None]
    else:  # dark fabric / sofa
        base = np.array([rng.uniform(40, 70), rng.uniform(45, 70), rng.uniform(55, 90)], np.float32)
        weave = (
            1
            + 0.08 * np.sin(xx * 1.7) * np.sin(yy * 1.7)
            + 0.06 * rng.normal(0, 1, (sh, sw)).astype(np.float32)
        )
        img = base[None, None, :] * weave[..., None]
    img = np.clip(img, 0, 255).astype(np.uint8)
    return cv2.resize(img, (w, h), interpolation=cv2.INTER_LINEAR)


PHONE_SIZES = [(2448, 3264), (2250, 3000), (2736, 3648), (3024, 4032), (2252, 4000)]


def photo(img, rng, rot=0, size=None, bg=None):
    """Phone photo of a paper page lying on a surface (img: the page, uint8 RGB)."""
    ph, pw = img.shape[:2]
    W, H = size or PHONE_SIZES[int(rng.choice(len(PHONE_SIZES), p=[0.35, 0.25, 0.2, 0.1, 0.1]))]
    page = paper(img, rng)
    # mild paper bend (maps computed at low resolution)
    gh, gw = ph // 16, pw // 16
    yy, xx = np.mgrid[0:gh, 0:gw].astype(np.float32)
    bend = rng.uniform(-1, 1) * ph * 0.004
    mx = xx * 16 + bend * np.sin(np.pi * yy / gh)
    my = yy * 16 + rng.uniform(-1, 1) * ph * 0.003 * np.sin(np.pi * xx / gw)
    mx = cv2.resize(mx.astype(np.float32), (pw, ph), interpolation=cv2.INTER_LINEAR)
    my = cv2.resize(my.astype(np.float32), (pw, ph), interpolation=cv2.INTER_LINEAR)
    page = cv2.remap(page, mx, my, cv2.INTER_LINEAR, borderMode=cv2.BORDER_REPLICATE)
    del mx, my
    Wp, Hp = W, H  # composed portrait; rotated at the end
    fill = rng.uniform(0.72, 0.86)
    sc = min(Wp * fill / pw, Hp * fill / ph)
    cw, chh = pw * sc, ph * sc
    cx, cy = Wp / 2 + rng.uniform(-0.04, 0.04) * Wp, Hp / 2 + rng.uniform(-0.03, 0.03) * Hp
    src = np.float32([[0, 0], [pw, 0], [pw, ph], [0, ph]])
    dst = np.float32(
        [
            [cx - cw / 2, cy - chh / 2],
            [cx + cw / 2, cy - chh / 2],
            [cx + cw / 2, cy + chh / 2],
            [cx - cw / 2, cy + chh / 2],
        ]
    )
    k = rng.uniform(-0.06, 0.06)
    dst[0, 0] += k * cw
    dst[1, 0] -= k * cw
    dst += rng.normal(0, 0.01, dst.shape).astype(np.float32) * [cw, chh]
    a = np.radians(rng.uniform(-4, 4))
    R = np.array([[np.cos(a), -np.sin(a)], [np.sin(a), np.cos(a)]], np.float32)
    dst = ((dst - [cx, cy]) @ R.T + [cx, cy]).astype(np.float32)
    Hm = cv2.getPerspectiveTransform(src, dst)
    bgk = bg or ["wood", "desk", "fabric"][int(rng.integers(3))]
    out = _background(rng, Hp, Wp, bgk)
    # contact shadow of the sheet (low resolution)
    q = 4
    Hq = Hm.copy()
    Hq[:2] /= q
    mq = cv2.warpPerspective(
        np.ones((ph // 8, pw // 8), np.float32),
        Hq @ np.diag([8, 8, 1]).astype(np.float64),
        (Wp // q, Hp // q),
    )
    shq = cv2.warpAffine(
        cv2.GaussianBlur(mq, (0, 0), 3), np.float32([[1, 0, 2], [0, 1, 3]]), (Wp // q, Hp // q)
    )
    shade = 1 - 0.35 * np.clip(shq - mq, 0, 1)
    out = _mul_field(out, cv2.resize(shade, (Wp, Hp)))
    warped = cv2.warpPerspective(page, Hm, (Wp, Hp), flags=cv2.INTER_LINEAR)
    mask = cv2.warpPerspective(
        np.full((ph, pw), 255, np.uint8), Hm, (Wp, Hp), flags=cv2.INTER_LINEAR
    )
    m3 = cv2.merge([mask, mask, mask])
    out = cv2.add(
        cv2.multiply(warped, m3, scale=1 / 255.0),
        cv2.multiply(out, cv2.bitwise_not(m3), scale=1 / 255.0),
    )
    # lighting: gradient + vignette + optional phone/hand shadow (computed small)
    sh_, sw_ = Hp // 8, Wp // 8
    light = _smooth_field(rng, sh_, sw_, 3, 0.72, 1.05)
    yy, xx = np.mgrid[0:sh_, 0:sw_].astype(np.float32)
    r = np.sqrt(((xx - sw_ / 2) / sw_) ** 2 + ((yy - sh_ / 2) / sh_) ** 2)
    light *= 1 - 0.35 * r**2
    if rng.random() < 0.6:
        sm = np.zeros((sh_, sw_), np.float32)
        ex, ey = int(rng.uniform(0.1, 0.9) * sw_), int(rng.uniform(-0.1, 0.25) * sh_)
        cv2.ellipse(
            sm,
            (ex, ey),
            (int(sw_ * rng.uniform(0.15, 0.3)), int(sh_ * rng.uniform(0.15, 0.3))),
            float(rng.uniform(0, 180)),
            0,
            360,
            1.0,
            -1,
        )
        sm = cv2.GaussianBlur(sm, (0, 0), 18)
        light *= 1 - rng.uniform(0.12, 0.28) * sm
    out = _mul_field(out, cv2.resize(light, (Wp, Hp)))
    wr, wb = rng.uniform(1.0, 1.06), rng.uniform(0.88, 0.98)
    out = cv2.LUT(out, _lut3(lambda i: i * wr, lambda i: i, lambda i: i * wb))
    out = cv2.GaussianBlur(out, (0, 0), rng.uniform(0.7, 1.3))
    out = add_noise(out, rng, rng.uniform(2.0, 4.0))
    if rot:
        out = np.ascontiguousarray(np.rot90(out, k={90: 1, 180: 2, 270: 3}[rot]))
    return out


# ------------------------------------------------------------ encoders
def jpeg_bytes(arr, q, dpi=None):
    im = Image.fromarray(arr)
    buf = io.BytesIO()
    kw = dict(quality=int(q), subsampling=2 if q < 90 else 0, optimize=False)
    if dpi:
        kw["dpi"] = (dpi, dpi)
    im.save(buf, "JPEG", **kw)
    return buf.getvalue()


def png_bytes(arr, dpi=None):
    im = Image.fromarray(arr)
    buf = io.BytesIO()
    kw = dict(compress_level=3)
    if dpi:
        kw["dpi"] = (dpi, dpi)
    im.save(buf, "PNG", **kw)
    return buf.getvalue()


def images_pdf(pages, producer=None):
    """pages: list of (jpeg_bytes, width_px, height_px, dpi, gray). No text layer."""
    pdf = pikepdf.new()
    for jpg, w, h, dpi, gray in pages:
        pw, ph = w * 72.0 / dpi, h * 72.0 / dpi
        img = pikepdf.Stream(pdf, jpg)
        img.Type = pikepdf.Name.XObject
        img.Subtype = pikepdf.Name.Image
        img.Width = w
        img.Height = h
        img.ColorSpace = pikepdf.Name.DeviceGray if gray else pikepdf.Name.DeviceRGB
        img.BitsPerComponent = 8
        img.Filter = pikepdf.Name.DCTDecode
        content = pikepdf.Stream(pdf, b"q %.3f 0 0 %.3f 0 0 cm /Im0 Do Q" % (pw, ph))
        page = pikepdf.Dictionary(
            Type=pikepdf.Name.Page,
            MediaBox=[0, 0, round(pw, 3), round(ph, 3)],
            Resources=pikepdf.Dictionary(XObject=pikepdf.Dictionary(Im0=img)),
            Contents=content,
        )
        pdf.pages.append(pikepdf.Page(page))
    if producer:
        pdf.docinfo["/Producer"] = producer
        pdf.docinfo["/Creator"] = producer
    buf = io.BytesIO()
    pdf.save(buf, deterministic_id=True)
    return buf.getvalue()


def reorder_pdf(pdf_bytes, order):
    pdf = pikepdf.open(io.BytesIO(pdf_bytes))
    pages = [pdf.pages[i] for i in order]
    new = pikepdf.new()
    for p in pages:
        new.pages.append(p)
    buf = io.BytesIO()
    new.save(buf, deterministic_id=True)
    return buf.getvalue()
