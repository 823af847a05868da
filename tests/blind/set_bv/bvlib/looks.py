"""Turn clean renders into what applicants send: scans, scanner PDFs, phone photos."""

from __future__ import annotations

import io
import random

import cv2
import numpy as np
import pikepdf
import pypdfium2 as pdfium
from PIL import Image, ImageFilter

cv2.setNumThreads(1)


def rasterize(pdf_bytes: bytes, dpi: int = 200) -> list[Image.Image]:
    doc = pdfium.PdfDocument(pdf_bytes)
    pages = []
    for i in range(len(doc)):
        bmp = doc[i].render(scale=dpi / 72.0)
        pages.append(bmp.to_pil().convert("RGB"))
        bmp.close()
    doc.close()
    return pages


def _np(img: Image.Image) -> np.ndarray:
    return np.asarray(img.convert("RGB"), dtype=np.float32)


def _pil(arr: np.ndarray) -> Image.Image:
    return Image.fromarray(np.clip(arr, 0, 255).astype(np.uint8))


def jpeg_bytes(img: Image.Image, quality=85, dpi=None) -> bytes:
    buf = io.BytesIO()
    kw = {"quality": quality, "optimize": False}
    if dpi:
        kw["dpi"] = (dpi, dpi)
    img.save(buf, "JPEG", **kw)
    return buf.getvalue()


def save_jpeg(img: Image.Image, path, quality=88, dpi=None):
    with open(path, "wb") as fh:
        fh.write(jpeg_bytes(img, quality, dpi))


def save_png(img: Image.Image, path, dpi=None):
    kw = {"dpi": (dpi, dpi)} if dpi else {}
    img.save(path, "PNG", **kw)


def scan(
    img: Image.Image,
    seed: int,
    *,
    skew=0.6,
    paper=(242, 240, 233),
    gray=False,
    noise=4.0,
    blur=0.5,
    darken=1.0,
    border=True,
) -> Image.Image:
    """Flatbed scan look: grey paper, slight skew, lid shadow at one edge, noise."""
    rng = random.Random(seed)
    nrng = np.random.default_rng(seed)
    a = _np(img) / 255.0
    h, w = a.shape[:2]
    # paper tint: white becomes paper colour, ink gets a little lighter
    tint = np.array(paper, dtype=np.float32) / 255.0
    a = a * tint * darken
    a = 255.0 * a
    # skew around centre with paper-coloured fill
    ang = rng.uniform(-skew, skew)
    m = cv2.getRotationMatrix2D((w / 2, h / 2), ang, 1.0)
    m[0, 2] += rng.uniform(-6, 6)
    m[1, 2] += rng.uniform(-6, 6)
    a = cv2.warpAffine(
        a,
        m,
        (w, h),
        flags=cv2.INTER_LINEAR,
        borderMode=cv2.BORDER_CONSTANT,
        borderValue=tuple(float(v) for v in paper),
    )
    if border:
        # darker band where the lid did not close
        band = int(rng.uniform(0.004, 0.012) * w)
        side = rng.choice(["left", "top", "right"])
        grad = np.linspace(0.55, 1.0, band, dtype=np.float32)
        if side == "left":
            a[:, :band] *= grad[None, :, None]
        elif side == "right":
            a[:, w - band :] *= grad[::-1][None, :, None]
        else:
            a[:band] *= grad[:, None, None]
    # uneven illumination, very mild
    yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
    a *= (1.0 - 0.035 * (xx / w) - 0.02 * (yy / h))[..., None]
    if blur:
        a = cv2.GaussianBlur(a, (0, 0), blur)
    a += nrng.normal(0, noise, a.shape).astype(np.float32)
    out = _pil(a)
    if gray:
        out = out.convert("L").convert("RGB")
    return out


def image_pdf(
    pages: list[Image.Image],
    path,
    seed: int,
    *,
    dpi=200,
    quality=70,
    gray=False,
    producer="Canon iR-ADV C3530 PDF",
):
    """A scanner's PDF: one JPEG per page, no text layer. Pages are clean renders."""
    pdf = pikepdf.new()
    for i, page in enumerate(pages):
        img = scan(page, seed * 31 + i, gray=gray)
        if gray:
            img = img.convert("L")
        data = jpeg_bytes(img, quality)
        w, h = img.size
        wpt, hpt = w * 72.0 / dpi, h * 72.0 / dpi
        stream = pikepdf.Stream(pdf, data)
        stream.Type = pikepdf.Name.XObject
        stream.Subtype = pikepdf.Name.Image
        stream.Width = w
        stream.Height = h
        stream.BitsPerComponent = 8
        stream.ColorSpace = pikepdf.Name.DeviceGray if gray else pikepdf.Name.DeviceRGB
        stream.Filter = pikepdf.Name.DCTDecode
        content = f"q {wpt:.2f} 0 0 {hpt:.2f} 0 0 cm /Im0 Do Q".encode()
        pg = pikepdf.Dictionary(
            Type=pikepdf.Name.Page,
            MediaBox=[0, 0, round(wpt, 2), round(hpt, 2)],
            Resources=pikepdf.Dictionary(XObject=pikepdf.Dictionary(Im0=stream)),
            Contents=pikepdf.Stream(pdf, content),
        )
        pdf.pages.append(pikepdf.Page(pg))
    pdf.docinfo["/Producer"] = producer
    pdf.docinfo["/Creator"] = producer
    pdf.save(path, deterministic_id=True, compress_streams=True)


def _table_texture(w, h, seed, kind):
    nrng = np.random.default_rng(seed)
    if kind == "wood":
        base = np.array([126, 90, 58], dtype=np.float32)
        yy = np.arange(h, dtype=np.float32)[:, None]
        xx = np.arange(w, dtype=np.float32)[None, :]
        low = cv2.resize(
            nrng.normal(0, 1, (8, 6)).astype(np.float32), (w, h), interpolation=cv2.INTER_CUBIC
        )
        phase = yy / 23.0 + 6 * low + 2.5 * np.sin(xx / 610.0 + yy / 900.0)
        grain = np.sin(phase) + 0.5 * np.sin(phase * 2.7 + 1.3)
        rough = cv2.GaussianBlur(nrng.normal(0, 1, (h // 4, w // 4)).astype(np.float32), (0, 0), 2)
        rough = cv2.resize(rough, (w, h))
        planks = (np.floor(yy / (h / 3.3)) % 2) * 0.025
        t = base[None, None, :] * (
            1 + 0.06 * grain[..., None] + 0.05 * rough[..., None] + planks[..., None]
        )
    elif kind == "cloth":
        base = np.array([70, 78, 92], dtype=np.float32)
        rough = nrng.normal(0, 1, (h, w)).astype(np.float32)
        rough = cv2.GaussianBlur(rough, (0, 0), 1.2)
        t = base[None, None, :] * (1 + 0.12 * rough[..., None])
    else:  # light laminate / white desk
        base = np.array([214, 210, 200], dtype=np.float32)
        rough = cv2.GaussianBlur(nrng.normal(0, 1, (h // 8, w // 8)).astype(np.float32), (0, 0), 4)
        rough = cv2.resize(rough, (w, h))
        t = base[None, None, :] * (1 + 0.04 * rough[..., None])
    return t


def phone_photo(
    img: Image.Image,
    seed: int,
    *,
    long_side=4000,
    rotate=0,
    table="wood",
    fill=0.78,
    tilt=0.07,
    shadow=True,
    cast=(1.05, 1.0, 0.9),
    blur=1.0,
    card=False,
) -> Image.Image:
    """Photo of a page or card lying on a table: perspective, shadow, light, cast, blur."""
    rng = random.Random(seed)
    nrng = np.random.default_rng(seed)
    src = _np(img)
    sh, sw = src.shape[:2]
    portrait = sh >= sw
    W, H = (int(long_side * 0.75), long_side) if portrait else (long_side, int(long_side * 0.75))
    bg = _table_texture(W, H, seed, table)
    # destination quad
    scale = min(W * fill / sw, H * fill / sh)
    dw, dh = sw * scale, sh * scale
    cx, cy = W / 2 + rng.uniform(-0.04, 0.04) * W, H / 2 + rng.uniform(-0.04, 0.04) * H
    quad = np.array(
        [[-dw / 2, -dh / 2], [dw / 2, -dh / 2], [dw / 2, dh / 2], [-dw / 2, dh / 2]],
        dtype=np.float32,
    )
    ang = np.radians(rng.uniform(-4, 4))
    rot = np.array([[np.cos(ang), -np.sin(ang)], [np.sin(ang), np.cos(ang)]], dtype=np.float32)
    quad = quad @ rot.T
    # perspective: the far edge (top) is shorter
    k = rng.uniform(0.4, 1.0) * tilt
    quad[0, 0] += dw * k
    quad[1, 0] -= dw * k
    quad[0, 1] += dh * k * 0.5
    quad[1, 1] += dh * k * 0.5
    quad += (
        rng.uniform(-0.012, 0.012)
        * np.array([[dw, dh]], dtype=np.float32)
        * nrng.normal(0, 1, (4, 2)).astype(np.float32)
    )
    quad += np.array([[cx, cy]], dtype=np.float32)
    srcq = np.array([[0, 0], [sw, 0], [sw, sh], [0, sh]], dtype=np.float32)
    m = cv2.getPerspectiveTransform(srcq, quad.astype(np.float32))
    warped = cv2.warpPerspective(src, m, (W, H), flags=cv2.INTER_LINEAR)
    mask = cv2.warpPerspective(np.ones((sh, sw), np.float32), m, (W, H))
    # soft contact shadow under the sheet
    sm = cv2.GaussianBlur(mask, (0, 0), W * (0.004 if card else 0.006))
    sm = np.roll(sm, (int(W * 0.004), int(W * 0.003)), axis=(0, 1))
    bg *= (1 - 0.45 * sm)[..., None]
    mask3 = cv2.GaussianBlur(mask, (3, 3), 0.7)[..., None]
    out = bg * (1 - mask3) + warped * mask3
    # uneven light: gradient plus a soft hot spot
    yy, xx = np.mgrid[0:H, 0:W].astype(np.float32)
    gx, gy = rng.uniform(-0.25, 0.25), rng.uniform(-0.25, 0.25)
    light = 1.0 + gx * (xx / W - 0.5) + gy * (yy / H - 0.5)
    hx, hy = rng.uniform(0.2, 0.8) * W, rng.uniform(0.2, 0.8) * H
    light += 0.08 * np.exp(-(((xx - hx) / (0.35 * W)) ** 2 + ((yy - hy) / (0.35 * H)) ** 2))
    light *= rng.uniform(0.86, 0.96)
    out *= light[..., None]
    if shadow:
        # shadow of the phone / hand entering from one side
        poly = np.zeros((H // 4, W // 4), np.float32)
        side = rng.choice(["bottom", "right", "left"])
        w4, h4 = W // 4, H // 4
        if side == "bottom":
            pts = [
                (int(w4 * rng.uniform(0.2, 0.5)), h4),
                (int(w4 * rng.uniform(0.3, 0.5)), int(h4 * rng.uniform(0.72, 0.85))),
                (int(w4 * rng.uniform(0.7, 0.95)), int(h4 * rng.uniform(0.78, 0.9))),
                (w4, h4),
            ]
        elif side == "right":
            pts = [
                (w4, int(h4 * 0.3)),
                (int(w4 * rng.uniform(0.8, 0.9)), int(h4 * 0.45)),
                (int(w4 * rng.uniform(0.82, 0.92)), int(h4 * 0.9)),
                (w4, h4),
            ]
        else:
            pts = [
                (0, int(h4 * 0.55)),
                (int(w4 * rng.uniform(0.08, 0.18)), int(h4 * 0.6)),
                (int(w4 * rng.uniform(0.1, 0.2)), h4),
                (0, h4),
            ]
        cv2.fillPoly(poly, [np.array(pts, np.int32)], 1.0)
        poly = cv2.GaussianBlur(poly, (0, 0), w4 * 0.03)
        poly = cv2.resize(poly, (W, H))
        out *= (1 - rng.uniform(0.25, 0.4) * poly)[..., None]
    out *= np.array(cast, dtype=np.float32)[None, None, :]
    if blur:
        out = cv2.GaussianBlur(out, (0, 0), blur)
    out += nrng.normal(0, 3.5, out.shape).astype(np.float32)
    res = _pil(out)
    if rotate:
        res = res.rotate(rotate, expand=True)
    return res


def card_on_page(
    cards, seed, *, dpi=300, paper=(250, 250, 248), positions=None, page_mm=(210, 297)
):
    """Place card / passport renders (PIL, with physical size in mm) on an A4 scanner bed."""
    rng = random.Random(seed)
    W, H = int(page_mm[0] / 25.4 * dpi), int(page_mm[1] / 25.4 * dpi)
    page = Image.new("RGB", (W, H), paper)
    for i, (img, size_mm) in enumerate(cards):
        pw = int(size_mm[0] / 25.4 * dpi)
        ph = int(size_mm[1] / 25.4 * dpi)
        im = img.resize((pw, ph), Image.LANCZOS)
        if positions:
            x_mm, y_mm = positions[i]
        else:
            x_mm, y_mm = 15, 15 + i * (size_mm[1] + 12)
        x, y = int(x_mm / 25.4 * dpi), int(y_mm / 25.4 * dpi)
        x += rng.randint(-8, 8)
        y += rng.randint(-8, 8)
        ang = rng.uniform(-1.5, 1.5)
        shadow = Image.new("L", (pw + 40, ph + 40), 0)
        shadow.paste(150, (20, 20, pw + 20, ph + 20))
        shadow = shadow.filter(ImageFilter.GaussianBlur(9))
        grey = Image.new("RGB", shadow.size, (120, 120, 120))
        rim = im.rotate(ang, expand=True, fillcolor=paper)
        page.paste(grey, (x - 14, y - 14), shadow.rotate(ang, expand=True).resize(grey.size))
        mask = Image.new("L", im.size, 255).rotate(ang, expand=True)
        page.paste(rim, (x, y), mask)
    return page


def screenshot_png(img: Image.Image, path):
    img.save(path, "PNG", optimize=False)


def app_viewer_screenshot(
    page: Image.Image, title: str, time_text: str, seed: int, accent=(226, 0, 26)
) -> Image.Image:
    """A phone screenshot (1170 x 2532) of an app showing a PDF page (e.g. a bill)."""
    from PIL import ImageDraw

    from .ink import pil_font

    rng = random.Random(seed)
    Wp, Hp = 1170, 2532
    im = Image.new("RGB", (Wp, Hp), (238, 238, 240))
    d = ImageDraw.Draw(im)
    d.rectangle((0, 0, Wp, 260), fill=(255, 255, 255))
    d.text((80, 75), time_text, font=pil_font("Roboto-M", 46), fill=(10, 10, 10), anchor="ls")
    d.rounded_rectangle((990, 40, 1090, 80), 10, outline=(10, 10, 10), width=3)
    d.rounded_rectangle((996, 46, 996 + int(90 * rng.uniform(0.3, 0.9)), 74), 6, fill=(10, 10, 10))
    d.text((60, 215), "\u2190", font=pil_font("DejaVu", 60), fill=accent, anchor="ls")
    d.text((Wp // 2, 210), title, font=pil_font("Roboto-B", 46), fill=(20, 20, 20), anchor="ms")
    # download icon: arrow over a tray
    d.line((Wp - 100, 160, Wp - 100, 205), fill=accent, width=6)
    d.line((Wp - 118, 188, Wp - 100, 206, Wp - 82, 188), fill=accent, width=6)
    d.line((Wp - 125, 200, Wp - 125, 215, Wp - 75, 215, Wp - 75, 200), fill=accent, width=6)
    # the user has zoomed on the upper part of the page
    cw, ch = page.width, page.height
    page = page.crop((int(cw * 0.04), 0, int(cw * 0.96), int(ch * 0.5)))
    pw = Wp - 40
    ph = int(page.height * pw / page.width)
    pg = page.resize((pw, ph), Image.LANCZOS)
    top = 300
    im.paste(pg, (20, top))
    d.rectangle((0, top + ph + 20, Wp, Hp), fill=(238, 238, 240))
    d.text(
        (Wp // 2, top + ph + 90),
        "Page 1 / 1",
        font=pil_font("Roboto", 38),
        fill=(90, 90, 90),
        anchor="ms",
    )
    d.rounded_rectangle((60, Hp - 280, Wp - 60, Hp - 160), 60, fill=accent)
    d.text(
        (Wp // 2, Hp - 203),
        "Télécharger la facture (PDF)",
        font=pil_font("Roboto-M", 42),
        fill=(255, 255, 255),
        anchor="ms",
    )
    d.rounded_rectangle((Wp // 2 - 200, Hp - 40, Wp // 2 + 200, Hp - 28), 6, fill=(20, 20, 20))
    return im
