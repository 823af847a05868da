"""From a clean PDF page to what applicants send: flatbed scans, scanner PDFs (pages as JPEG
images, no text layer) and phone photos of the sheet lying on a table."""

from __future__ import annotations

import io

import cv2
import numpy as np
import pikepdf
import pypdfium2 as pdfium
from PIL import Image

cv2.setNumThreads(1)


def render(pdf_bytes: bytes, dpi: int, forms: bool = False) -> list[Image.Image]:
    pdf = pdfium.PdfDocument(pdf_bytes)
    if forms:
        pdf.init_forms()
    out = []
    for i in range(len(pdf)):
        bm = pdf[i].render(scale=dpi / 72.0, may_draw_forms=forms)
        out.append(bm.to_pil().convert("RGB"))
    pdf.close()
    return out


def _nprng(rng) -> np.random.Generator:
    return np.random.default_rng(rng.randint(0, 2**31 - 1))


def printed(img: Image.Image, rng) -> np.ndarray:
    """Laser print on office paper: toner slightly spread, paper not pure white."""
    a = np.asarray(img).astype(np.float32)
    a = cv2.GaussianBlur(a, (0, 0), rng.uniform(0.5, 0.8))
    a = 255 - (255 - a) * rng.uniform(0.88, 1.0)
    return a


def scan(img: Image.Image, rng, gray: bool = False) -> Image.Image:
    """A flatbed scan: slight skew, grey-ish paper, lid border, noise, JPEG later."""
    nr = _nprng(rng)
    a = printed(img, rng)
    h, w = a.shape[:2]
    tint = np.array([rng.uniform(0.94, 0.99), rng.uniform(0.93, 0.98), rng.uniform(0.89, 0.96)])
    a = a * tint[None, None, :]
    grad = np.linspace(rng.uniform(0.95, 1.0), rng.uniform(0.96, 1.01), w, dtype=np.float32)
    a *= grad[None, :, None]
    ang = rng.uniform(-1.1, 1.1)
    m = cv2.getRotationMatrix2D((w / 2, h / 2), ang, 1.0)
    m[:, 2] += (rng.uniform(-12, 12), rng.uniform(-10, 14))
    lid = rng.uniform(200, 240)
    a = cv2.warpAffine(a, m, (w, h), flags=cv2.INTER_LINEAR, borderValue=(lid, lid, lid))
    if rng.random() < 0.6:
        band = rng.randint(6, 22)
        side = rng.choice(["top", "left", "right"])
        dark = rng.uniform(60, 120)
        if side == "top":
            a[:band] = a[:band] * 0.3 + dark * 0.7
        elif side == "left":
            a[:, :band] = a[:, :band] * 0.3 + dark * 0.7
        else:
            a[:, -band:] = a[:, -band:] * 0.3 + dark * 0.7
    a += nr.normal(0, rng.uniform(1.5, 3.5), a.shape).astype(np.float32)
    a = np.clip(a, 0, 255).astype(np.uint8)
    out = Image.fromarray(a, "RGB")
    return out.convert("L") if gray else out


def _table(h: int, w: int, rng, nr) -> np.ndarray:
    kind = rng.choice(["wood", "desk", "white", "fabric"])
    base = {
        "wood": (150, 108, 70),
        "desk": (118, 118, 114),
        "white": (214, 210, 202),
        "fabric": (58, 62, 74),
    }[kind]
    small = nr.normal(0, 1, (h // 40 + 2, w // 40 + 2)).astype(np.float32)
    low = cv2.resize(small, (w, h), interpolation=cv2.INTER_CUBIC)
    t = np.empty((h, w, 3), np.float32)
    amp = 0.02 if kind == "wood" else 0.06
    for k in range(3):
        t[..., k] = base[k] * (1 + amp * low)
    if kind == "wood":
        ys = np.arange(h, dtype=np.float32)[:, None]
        xs = np.arange(w, dtype=np.float32)[None, :]
        wave = 6 * np.sin(xs / rng.uniform(300, 700)) + 2 * low
        fine = np.sin((ys + wave) / rng.uniform(2.5, 4.0))
        broad = np.sin((ys + 3 * wave) / rng.uniform(25, 60))
        t *= (1 + 0.025 * fine + 0.06 * broad)[..., None]
    t += nr.normal(0, 4, t.shape).astype(np.float32)
    return t


def photo(img: Image.Image, rng, rot: int = 0) -> Image.Image:
    """A phone photo (about 3000x4000) of the printed sheet on a table."""
    nr = _nprng(rng)
    page = printed(img, rng)
    ph, pw = page.shape[:2]
    W, H = (3000, 4000) if rng.random() < 0.7 else (2448, 3264)
    bg = _table(H, W, rng, nr)
    fill = rng.uniform(0.78, 0.9)
    sh = H * fill
    sw = sh * pw / ph
    if sw > W * 0.92:
        sw = W * 0.92
        sh = sw * ph / pw
    cx, cy = W / 2 + rng.uniform(-0.04, 0.04) * W, H / 2 + rng.uniform(-0.03, 0.03) * H
    j = 0.045
    dst = np.float32(
        [
            [cx - sw / 2 + rng.uniform(-j, j) * sw, cy - sh / 2 + rng.uniform(-j, j) * sh],
            [cx + sw / 2 + rng.uniform(-j, j) * sw, cy - sh / 2 + rng.uniform(-j, j) * sh],
            [cx + sw / 2 + rng.uniform(-j, j) * sw, cy + sh / 2 + rng.uniform(-j, j) * sh],
            [cx - sw / 2 + rng.uniform(-j, j) * sw, cy + sh / 2 + rng.uniform(-j, j) * sh],
        ]
    )
    src = np.float32([[0, 0], [pw, 0], [pw, ph], [0, ph]])
    m = cv2.getPerspectiveTransform(src, dst)
    warped = cv2.warpPerspective(page, m, (W, H), flags=cv2.INTER_LINEAR)
    mask = cv2.warpPerspective(np.ones((ph, pw), np.float32), m, (W, H))
    mask = cv2.GaussianBlur(mask, (0, 0), 1.2)[..., None]
    # the sheet casts a faint shadow on the table
    shadow = cv2.GaussianBlur(np.roll(mask[..., 0], (14, 10), (0, 1)), (0, 0), 18)[..., None]
    bg *= 1 - 0.35 * shadow
    a = warped * mask + bg * (1 - mask)
    # light: gradient across the frame + the soft shadow of the phone or a hand
    yy, xx = np.mgrid[0:H, 0:W].astype(np.float32)
    th = rng.uniform(0, 6.283)
    g = (np.cos(th) * (xx / W - 0.5) + np.sin(th) * (yy / H - 0.5)) * rng.uniform(0.25, 0.45)
    light = 1.0 - g
    if rng.random() < 0.75:
        ex, ey = (
            rng.uniform(0.1, 0.9) * W,
            rng.choice([rng.uniform(0.0, 0.25), rng.uniform(0.75, 1.0)]) * H,
        )
        d = ((xx - ex) / (W * rng.uniform(0.25, 0.45))) ** 2 + ((yy - ey) / (H * 0.2)) ** 2
        light *= 1 - rng.uniform(0.18, 0.32) * np.exp(-d)
    vign = 1 - 0.22 * (((xx / W - 0.5) ** 2 + (yy / H - 0.5) ** 2) * 2)
    a *= (light * vign)[..., None]
    cast = np.array([rng.uniform(1.0, 1.07), rng.uniform(0.97, 1.02), rng.uniform(0.84, 0.96)])
    a *= cast[None, None, :]
    a = cv2.GaussianBlur(a, (0, 0), rng.uniform(0.9, 1.7))
    a += nr.normal(0, rng.uniform(2.5, 5.0), a.shape).astype(np.float32)
    a = np.clip(a, 0, 255).astype(np.uint8)
    if rot:
        a = np.ascontiguousarray(np.rot90(a, k=rot // 90))
    return Image.fromarray(a, "RGB")


def jpeg(img: Image.Image, quality: int) -> bytes:
    buf = io.BytesIO()
    img.save(buf, "JPEG", quality=quality, optimize=False)
    return buf.getvalue()


def png(img: Image.Image) -> bytes:
    buf = io.BytesIO()
    img.save(buf, "PNG", compress_level=6)
    return buf.getvalue()


def image_pdf(pages: list[Image.Image], dpi: int, quality: int, producer: str) -> bytes:
    """A scanner's PDF: one JPEG image per page, no text layer."""
    pdf = pikepdf.new()
    for img in pages:
        data = jpeg(img, quality)
        w, h = img.size
        xobj = pikepdf.Stream(pdf, data)
        xobj.Type = pikepdf.Name.XObject
        xobj.Subtype = pikepdf.Name.Image
        xobj.Width, xobj.Height = w, h
        xobj.ColorSpace = pikepdf.Name.DeviceGray if img.mode == "L" else pikepdf.Name.DeviceRGB
        xobj.BitsPerComponent = 8
        xobj.Filter = pikepdf.Name.DCTDecode
        pw, ph = w * 72.0 / dpi, h * 72.0 / dpi
        content = pikepdf.Stream(pdf, f"q {pw:.2f} 0 0 {ph:.2f} 0 0 cm /Im0 Do Q".encode())
        page = pikepdf.Dictionary(
            Type=pikepdf.Name.Page,
            MediaBox=[0, 0, round(pw, 2), round(ph, 2)],
            Resources=pikepdf.Dictionary(XObject=pikepdf.Dictionary(Im0=xobj)),
            Contents=content,
        )
        pdf.pages.append(pikepdf.Page(page))
    pdf.docinfo["/Producer"] = producer
    pdf.docinfo["/Creator"] = producer
    out = io.BytesIO()
    pdf.save(out, deterministic_id=True)
    return out.getvalue()
