"""From a drawn PDF to what applicants send: flatbed scans, scanner PDFs, phone photos."""

from __future__ import annotations

import io
import math

import cv2
import numpy as np
import pikepdf
import pypdfium2 as pdfium
from PIL import Image
from reportlab import rl_config
from reportlab.lib.pagesizes import A4
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen import canvas

cv2.setNumThreads(1)


def render(pdf_path, dpi):
    """Pages as RGB numpy arrays (form fields drawn from their appearance streams)."""
    pdf = pdfium.PdfDocument(pdf_path)
    pdf.init_forms()
    out = []
    for i in range(len(pdf)):
        page = pdf[i]
        bm = page.render(scale=dpi / 72.0, may_draw_forms=True)
        out.append(np.array(bm.to_pil().convert("RGB")))
        page.close()
    pdf.close()
    return out


def _np_rng(rng):
    return np.random.default_rng(rng.randrange(2**32))


def scan(img, rng, paper=(244, 242, 236), skew=0.8):
    """Flatbed scan: paper tone, small skew, soft focus, sensor noise, a dark lid edge."""
    nrng = _np_rng(rng)
    h, w = img.shape[:2]
    f = img.astype(np.float32) / 255.0
    tone = np.array(paper, np.float32)[None, None, :] + rng.uniform(-4, 3)
    f = f * tone
    ang = rng.uniform(-skew, skew)
    m = cv2.getRotationMatrix2D((w / 2, h / 2), ang, 1.0)
    m[0, 2] += rng.uniform(-8, 8)
    m[1, 2] += rng.uniform(-8, 8)
    bg = (min(paper) - 20,) * 3
    f = cv2.warpAffine(f, m, (w, h), flags=cv2.INTER_LINEAR, borderValue=bg)
    if rng.random() < 0.6:  # lid shadow on one edge
        band = np.ones((h, w), np.float32)
        k = int(w * rng.uniform(0.008, 0.02))
        ramp = np.linspace(0.55, 1.0, k)
        if rng.random() < 0.5:
            band[:, :k] = ramp[None, :]
        else:
            band[:, w - k :] = ramp[::-1][None, :]
        f *= band[..., None]
    f = cv2.GaussianBlur(f, (0, 0), rng.uniform(0.5, 0.9))
    f += nrng.normal(0, rng.uniform(2.0, 4.0), f.shape).astype(np.float32)
    return np.clip(f, 0, 255).astype(np.uint8)


def _table(nrng, rng, w, h):
    kind = rng.choice(["wood", "cloth", "desk"])
    yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
    if kind == "wood":
        base = np.array([120, 84, 52], np.float32)
        grain = np.sin(xx / rng.uniform(18, 40) + 3 * np.sin(yy / rng.uniform(150, 400))) * 14
        tex = base[None, None, :] + grain[..., None]
    elif kind == "cloth":
        base = np.array(rng.choice([[70, 80, 96], [150, 140, 128], [60, 64, 60]]), np.float32)
        weave = (np.sin(xx / 2.1) * np.sin(yy / 2.1)) * 6
        tex = base[None, None, :] + weave[..., None]
    else:
        base = np.array([214, 212, 206], np.float32)
        tex = base[None, None, :] + (np.sin(yy / 300.0) * 6)[..., None]
    tex += nrng.normal(0, 5, (h, w, 1)).astype(np.float32)
    return tex


def photo(img, rng, rot=0, long_side=None):
    """A phone photo of one page on a table: perspective, light falloff, shadow, cast, blur."""
    nrng = _np_rng(rng)
    long_side = long_side or rng.choice([3264, 4000, 4032])
    W, H = int(long_side * 0.75), long_side
    ph, pw = img.shape[:2]
    tex = _table(nrng, rng, W, H)
    page = img.astype(np.float32)
    page *= np.array([250, 248, 243], np.float32)[None, None, :] / 255.0
    # where the page corners land
    scale = rng.uniform(0.80, 0.9) * min(W / pw, H / ph)
    cw, ch = pw * scale, ph * scale
    cx, cy = W / 2 + rng.uniform(-0.04, 0.04) * W, H / 2 + rng.uniform(-0.03, 0.03) * H
    ang = math.radians(rng.uniform(-4, 4))
    corners = []
    for sx, sy in ((-1, -1), (1, -1), (1, 1), (-1, 1)):
        x, y = sx * cw / 2, sy * ch / 2
        corners.append(
            (cx + x * math.cos(ang) - y * math.sin(ang), cy + x * math.sin(ang) + y * math.cos(ang))
        )
    k = 0.045
    keystone = rng.uniform(-k, k) * cw
    corners[0] = (corners[0][0] + keystone, corners[0][1] + rng.uniform(-0.02, 0.02) * ch)
    corners[1] = (corners[1][0] - keystone, corners[1][1] + rng.uniform(-0.02, 0.02) * ch)
    dst = np.float32(
        [[x + rng.gauss(0, 0.006) * W, y + rng.gauss(0, 0.006) * H] for x, y in corners]
    )
    src = np.float32([[0, 0], [pw, 0], [pw, ph], [0, ph]])
    m = cv2.getPerspectiveTransform(src, dst)
    warped = cv2.warpPerspective(page, m, (W, H), flags=cv2.INTER_LINEAR)
    mask = cv2.warpPerspective(np.ones((ph, pw), np.float32), m, (W, H), flags=cv2.INTER_LINEAR)
    # soft drop shadow of the page on the table
    sh = cv2.GaussianBlur(mask, (0, 0), 18)
    sh = np.roll(sh, (int(H * 0.006), int(W * 0.006)), axis=(0, 1))
    tex *= (1 - 0.35 * sh)[..., None]
    out = tex * (1 - mask[..., None]) + warped * mask[..., None]
    # uneven light: a gradient from one side and vignetting
    yy, xx = np.mgrid[0:H, 0:W].astype(np.float32)
    gx, gy = rng.uniform(-1, 1), rng.uniform(-1, 1)
    light = 1.0 + 0.12 * (gx * (xx / W - 0.5) + gy * (yy / H - 0.5)) * 2
    r2 = ((xx - W / 2) / W) ** 2 + ((yy - H / 2) / H) ** 2
    light *= 1.0 - rng.uniform(0.15, 0.35) * r2
    if rng.random() < 0.7:  # the phone's or the hand's shadow
        ex, ey = rng.uniform(0.2, 0.8) * W, rng.choice([-0.1, 1.1]) * H
        d = np.sqrt((xx - ex) ** 2 + ((yy - ey) * 0.8) ** 2)
        rad = rng.uniform(0.35, 0.55) * H
        light *= 1.0 - rng.uniform(0.18, 0.32) * np.clip(1 - (d - rad) / (0.12 * H), 0, 1)
    out *= light[..., None]
    cast = np.array([rng.uniform(0.97, 1.06), 1.0, rng.uniform(0.88, 1.0)], np.float32)
    out *= cast[None, None, :]
    out = cv2.GaussianBlur(out, (0, 0), rng.uniform(0.9, 1.6))
    out += nrng.normal(0, rng.uniform(2.5, 4.5), out.shape).astype(np.float32)
    out = np.clip(out, 0, 255).astype(np.uint8)
    if rot:
        out = np.ascontiguousarray(np.rot90(out, k=rot // 90))
    return out


def save_jpeg(arr, path, quality):
    Image.fromarray(arr).save(path, "JPEG", quality=quality, optimize=False)


def save_png(arr, path):
    Image.fromarray(arr).save(path, "PNG", optimize=False)


def jpeg_bytes(arr, quality):
    buf = io.BytesIO()
    Image.fromarray(arr).save(buf, "JPEG", quality=quality)
    return buf.getvalue()


def set_info(pdf, when, **info):
    """Replace reportlab's invariant document info by a plausible one."""
    for key in ("/Author", "/Subject", "/Title", "/Keywords", "/Trapped", "/Creator"):
        if key in pdf.docinfo and str(pdf.docinfo[key]) in (
            "anonymous",
            "unspecified",
            "untitled",
            "",
            "/False",
        ):
            del pdf.docinfo[key]
    for key, value in info.items():
        if value:
            pdf.docinfo["/" + key] = value
    if when:
        pdf.docinfo["/CreationDate"] = when
        pdf.docinfo["/ModDate"] = when


def image_pdf(arrays, path, dpi, rng, quality=None, creator=None, producer=None, when=None):
    """A scanner's PDF: each page one JPEG image, no text layer."""
    rl_config.useA85 = 0
    c = canvas.Canvas(str(path), pagesize=A4, invariant=1)

    for arr in arrays:
        q = quality or rng.choice([70, 75, 80, 85])
        reader = ImageReader(io.BytesIO(jpeg_bytes(arr, q)))
        h, w = arr.shape[:2]
        pw, ph = w * 72.0 / dpi, h * 72.0 / dpi
        c.setPageSize((pw, ph))
        c.drawImage(reader, 0, 0, pw, ph)
        c.showPage()
    c.save()
    with pikepdf.open(path, allow_overwriting_input=True) as pdf:
        set_info(pdf, when, Creator=creator or "Canon MF Scan Utility", Producer=producer)
        pdf.save(path, deterministic_id=True)
