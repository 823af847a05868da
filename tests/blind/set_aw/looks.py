"""How the pieces reach the packet: scanner JPEGs, scanner PDFs, phone photos."""

import io

import cv2
import numpy as np
from PIL import Image, ImageEnhance, ImageFilter
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen import canvas

cv2.setNumThreads(1)


def _noise(arr, rng, sigma):
    nrng = np.random.default_rng(rng.randint(0, 2**31))
    return np.clip(arr + nrng.normal(0, sigma, arr.shape), 0, 255)


def scan(im, rng, dpi_in=200, dpi_out=None, grey=False):
    """Flatbed scan: grey-ish paper, slight skew, sensor noise, optional downsampling."""
    im = im.convert("RGB")
    angle = rng.uniform(-0.9, 0.9)
    paper = tuple(rng.randint(236, 250) for _ in range(3))
    im = im.rotate(angle, resample=Image.BICUBIC, expand=False, fillcolor=paper)
    arr = np.asarray(im).astype(np.float32)
    arr = arr * (paper[0] / 255.0) + rng.uniform(-4, 2)
    arr = _noise(arr, rng, 3.0)
    out = Image.fromarray(arr.astype(np.uint8))
    if dpi_out and dpi_out != dpi_in:
        f = dpi_out / dpi_in
        out = out.resize((int(out.width * f), int(out.height * f)), Image.LANCZOS)
    out = out.filter(ImageFilter.GaussianBlur(rng.uniform(0.3, 0.6)))
    if grey:
        out = out.convert("L")
    return out


def jpeg_bytes(im, q):
    b = io.BytesIO()
    im.save(b, "JPEG", quality=q, optimize=False)
    return b.getvalue()


def save_jpeg(im, path, q=85, dpi=None):
    kw = {"quality": q}
    if dpi:
        kw["dpi"] = (dpi, dpi)
    im.convert("RGB").save(path, "JPEG", **kw)


def image_pdf(images, path, dpi=200):
    """A scanner's PDF: each page a JPEG, no text layer."""
    first = images[0]
    w, h = first.width / dpi * 72, first.height / dpi * 72
    c = canvas.Canvas(path, pagesize=(w, h), invariant=1)
    c.setCreator("Canon MF Scan Utility")
    for im in images:
        pw, ph = im.width / dpi * 72, im.height / dpi * 72
        c.setPageSize((pw, ph))
        c.drawImage(ImageReader(io.BytesIO(jpeg_bytes(im.convert("RGB"), 72))), 0, 0, pw, ph)
        c.showPage()
    c.save()


def _table(rng, W, H):
    kind = rng.choice(["wood", "cloth", "desk"])
    nrng = np.random.default_rng(rng.randint(0, 2**31))
    if kind == "wood":
        base = np.array([rng.randint(120, 160), rng.randint(80, 105), rng.randint(45, 70)])
        y = np.linspace(0, 1, H)[:, None]
        x = np.linspace(0, 1, W)[None, :]
        grain = np.sin((y * 40 + np.sin(x * 6) * 0.8) * 6.28) * 10
        arr = base[None, None, :] + grain[..., None]
    elif kind == "cloth":
        base = np.array([rng.randint(60, 200) for _ in range(3)])
        arr = np.ones((H, W, 3)) * base
    else:
        g = rng.randint(180, 225)
        arr = np.ones((H, W, 3)) * np.array([g, g, g - rng.randint(0, 12)])
    small = nrng.normal(0, 10, (H // 8 + 1, W // 8 + 1, 3))
    small = cv2.resize(small, (W, H))
    return np.clip(arr + small + nrng.normal(0, 4, (H, W, 3)), 0, 255).astype(np.float32)


def phone_photo(im, rng, rot=0, long_side=None, fill=0.82):
    """A phone photo of a page or card lying on a table."""
    long_side = long_side or rng.choice([3024, 3264, 4000, 4032])
    short = int(long_side * 3 / 4)
    src = np.asarray(im.convert("RGB")).astype(np.float32)
    h, w = src.shape[:2]
    portrait = h >= w
    W, H = (short, long_side) if portrait else (long_side, short)
    scale = min(W / w, H / h) * fill
    dw, dh = w * scale, h * scale
    cx, cy = W / 2 + rng.uniform(-0.04, 0.04) * W, H / 2 + rng.uniform(-0.04, 0.04) * H
    j = 0.035 * min(W, H)
    dst = np.float32(
        [
            [cx - dw / 2 + rng.uniform(-j, j), cy - dh / 2 + rng.uniform(-j, j)],
            [cx + dw / 2 + rng.uniform(-j, j), cy - dh / 2 + rng.uniform(-j, j)],
            [cx + dw / 2 + rng.uniform(-j, j), cy + dh / 2 + rng.uniform(-j, j)],
            [cx - dw / 2 + rng.uniform(-j, j), cy + dh / 2 + rng.uniform(-j, j)],
        ]
    )
    srcq = np.float32([[0, 0], [w, 0], [w, h], [0, h]])
    M = cv2.getPerspectiveTransform(srcq, dst)
    warped = cv2.warpPerspective(src, M, (W, H), flags=cv2.INTER_LINEAR)
    mask = cv2.warpPerspective(np.ones((h, w), np.float32), M, (W, H))
    mask = cv2.GaussianBlur(mask, (5, 5), 0)[..., None]
    # contact shadow under the page
    sh = cv2.GaussianBlur(mask[..., 0], (0, 0), 18)
    sh = np.roll(sh, (int(rng.uniform(6, 18)), int(rng.uniform(-10, 10))), axis=(0, 1))
    table = _table(rng, W, H) * (1 - 0.35 * sh[..., None])
    out = warped * mask + table * (1 - mask)
    # uneven light: a soft gradient and a shadow blob (hand / phone)
    yy, xx = np.mgrid[0:H, 0:W].astype(np.float32)
    ang = rng.uniform(0, 6.28)
    grad = np.cos(ang) * xx / W + np.sin(ang) * yy / H
    light = 1.0 - 0.18 * (grad - grad.min()) / (np.ptp(grad) + 1e-6)
    bx, by = rng.uniform(0, W), rng.uniform(0, H)
    blob = np.exp(-(((xx - bx) / (0.35 * W)) ** 2 + ((yy - by) / (0.3 * H)) ** 2))
    light = light * (1 - rng.uniform(0.08, 0.22) * blob)
    out = out * light[..., None]
    cast = np.array([rng.uniform(0.96, 1.04), rng.uniform(0.97, 1.02), rng.uniform(0.88, 0.98)])
    out = out * cast[None, None, :]
    out = cv2.GaussianBlur(out, (0, 0), rng.uniform(0.8, 1.6))
    out = _noise(out, rng, 4.0).astype(np.uint8)
    pil = Image.fromarray(out)
    pil = ImageEnhance.Contrast(pil).enhance(rng.uniform(0.92, 1.05))
    if rot:
        pil = pil.rotate(rot, expand=True)
    return pil


def card_on_page(card, rng, page_mm=(210, 297), dpi=200, pos=(20, 20), card_w_mm=None):
    """A card / passport page photocopied on an A4 sheet (what a scanner produces)."""
    W, H = int(page_mm[0] / 25.4 * dpi), int(page_mm[1] / 25.4 * dpi)
    page = Image.new("RGB", (W, H), (255, 255, 255))
    cw = int((card_w_mm or card.width / 300 * 25.4) / 25.4 * dpi)
    ch = int(card.height * cw / card.width)
    c = card.convert("RGB").resize((cw, ch), Image.LANCZOS)
    c = c.rotate(rng.uniform(-1.5, 1.5), expand=True, fillcolor=(255, 255, 255))
    page.paste(c, (int(pos[0] / 25.4 * dpi), int(pos[1] / 25.4 * dpi)))
    return page
