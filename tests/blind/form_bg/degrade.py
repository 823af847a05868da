"""Turn rendered pages into flatbed scans or phone photos (deterministic, seeded)."""

import io

import cv2
import numpy as np
import pypdfium2 as pdfium
from PIL import Image

cv2.setNumThreads(1)


def render_pdf(path, dpi, forms=False):
    """Render every page of a PDF to RGB numpy arrays."""
    doc = pdfium.PdfDocument(path)
    if forms:
        doc.init_forms()
    out = []
    for i in range(len(doc)):
        pil = doc[i].render(scale=dpi / 72, may_draw_forms=forms).to_pil().convert("RGB")
        out.append(np.array(pil))
    doc.close()
    return out


def scan(img, rng, grey=False):
    """Flatbed scan: paper tint, small skew and shift, scanner noise, slight blur."""
    h, w = img.shape[:2]
    nrs = np.random.default_rng(rng.randrange(1 << 30))
    a = rng.uniform(-1.0, 1.0)
    m = cv2.getRotationMatrix2D((w / 2, h / 2), a, 1.0)
    m[0, 2] += rng.uniform(-12, 12)
    m[1, 2] += rng.uniform(-10, 14)
    g = rng.uniform(234, 247)
    paper = np.array([g + rng.uniform(-1, 3), g + rng.uniform(-1.5, 1.5), g - rng.uniform(0, 6)])
    img = img.astype(np.float32)
    # ink darker, paper tinted
    img = paper * (img / 255.0) * rng.uniform(0.97, 1.0) + rng.uniform(4, 14)
    out = cv2.warpAffine(
        img,
        m,
        (w, h),
        flags=cv2.INTER_LINEAR,
        borderMode=cv2.BORDER_CONSTANT,
        borderValue=(60.0, 60.0, 62.0) if rng.random() < 0.3 else tuple(paper),
    )
    out = cv2.GaussianBlur(out, (0, 0), rng.uniform(0.4, 0.8))
    out += nrs.normal(0, rng.uniform(2.0, 4.5), out.shape).astype(np.float32)
    out = np.clip(out, 0, 255).astype(np.uint8)
    if grey:
        out = cv2.cvtColor(cv2.cvtColor(out, cv2.COLOR_RGB2GRAY), cv2.COLOR_GRAY2RGB)
    return out


def _table(h, w, rng, nrs):
    kind = rng.choice(["wood", "cloth", "desk"])
    base = {
        "wood": (120, 84, 52),
        "cloth": (70, 80, 95),
        "desk": (196, 192, 184),
    }[kind]
    bg = np.ones((h, w, 3), np.float32) * np.array(base, np.float32)
    if kind == "wood":
        ys = np.arange(h, dtype=np.float32)[:, None]
        xs = np.arange(w, dtype=np.float32)[None, :]
        grain = np.sin(ys / rng.uniform(9, 16) + 3 * np.sin(xs / rng.uniform(300, 500)))
        bg += (grain * 14)[..., None]
    bg += nrs.normal(0, 6, (h, w, 1)).astype(np.float32)
    return bg


def photo(img, rng, rot=0, long_side=None):
    """Phone photo of a page on a table: perspective, shadow, uneven light, colour cast, blur."""
    nrs = np.random.default_rng(rng.randrange(1 << 30))
    ph, pw = img.shape[:2]
    long_side = long_side or rng.choice([3024, 3264, 4000, 2592])
    out_h, out_w = long_side, int(long_side * 3 / 4)
    bg = _table(out_h, out_w, rng, nrs)
    # target quad for the page
    fill = rng.uniform(0.78, 0.9)
    th = out_h * fill
    tw = th * pw / ph
    if tw > out_w * 0.93:
        tw = out_w * 0.93
        th = tw * ph / pw
    cx, cy = (
        out_w / 2 + rng.uniform(-0.04, 0.04) * out_w,
        out_h / 2 + rng.uniform(-0.03, 0.03) * out_h,
    )
    d = lambda s: rng.uniform(-s, s)  # noqa: E731
    k = 0.05
    quad = np.float32(
        [
            [cx - tw / 2 + d(k * tw), cy - th / 2 + d(k * th)],
            [cx + tw / 2 + d(k * tw), cy - th / 2 + d(k * th)],
            [cx + tw / 2 + d(k * tw), cy + th / 2 + d(k * th)],
            [cx - tw / 2 + d(k * tw), cy + th / 2 + d(k * th)],
        ]
    )
    src = np.float32([[0, 0], [pw, 0], [pw, ph], [0, ph]])
    mat = cv2.getPerspectiveTransform(src, quad)
    page = cv2.warpPerspective(img.astype(np.float32), mat, (out_w, out_h))
    mask = cv2.warpPerspective(np.ones((ph, pw), np.float32), mat, (out_w, out_h))
    # drop shadow of the sheet
    sh = cv2.GaussianBlur(mask, (0, 0), 18)
    sh = np.roll(sh, (int(rng.uniform(8, 25)), int(rng.uniform(-20, 20))), axis=(0, 1))
    bg *= (1 - 0.45 * sh)[..., None]
    m3 = mask[..., None]
    comp = page * m3 + bg * (1 - m3)
    # uneven light: gradient + soft hand/phone shadow
    yy, xx = np.mgrid[0:out_h, 0:out_w].astype(np.float32)
    ang = rng.uniform(0, 2 * np.pi)
    grad = np.cos(ang) * xx / out_w + np.sin(ang) * yy / out_h
    light = rng.uniform(0.78, 0.88) + rng.uniform(0.1, 0.2) * (grad - grad.min()) / np.ptp(grad)
    if rng.random() < 0.6:
        sx, sy = rng.uniform(0, out_w), rng.uniform(0, out_h)
        r = rng.uniform(0.25, 0.45) * out_w
        blob = np.exp(-(((xx - sx) ** 2 + (yy - sy) ** 2) / (2 * r * r)))
        light *= 1 - rng.uniform(0.15, 0.3) * blob
    comp *= light[..., None]
    cast = np.array([rng.uniform(0.96, 1.06), rng.uniform(0.97, 1.02), rng.uniform(0.93, 1.0)])
    comp *= cast
    comp = cv2.GaussianBlur(comp, (0, 0), rng.uniform(1.0, 2.0))
    comp += nrs.normal(0, 3.5, comp.shape).astype(np.float32)
    comp = np.clip(comp, 0, 255).astype(np.uint8)
    if rot:
        comp = np.ascontiguousarray(np.rot90(comp, k=rot // 90))
    return comp


def jpeg_bytes(arr, q):
    buf = io.BytesIO()
    Image.fromarray(arr).save(buf, "JPEG", quality=q, optimize=False)
    return buf.getvalue()


def save_jpeg(arr, path, q=85, dpi=None):
    im = Image.fromarray(arr)
    if dpi:
        im.save(path, "JPEG", quality=q, dpi=(dpi, dpi))
    else:
        im.save(path, "JPEG", quality=q)


def save_png(arr, path, dpi=None):
    im = Image.fromarray(arr)
    im.save(path, "PNG", dpi=(dpi, dpi) if dpi else None, optimize=False)


def images_pdf(arrs, path, q=80):
    """A scanner's PDF: one JPEG per A4 page, no text layer."""
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfgen import canvas

    c = canvas.Canvas(path, pagesize=A4, invariant=1)
    c.setCreator("Canon MF Scan Utility")
    for a in arrs:
        buf = io.BytesIO(jpeg_bytes(a, q))
        c.drawImage(ImageReader(buf), 0, 0, A4[0], A4[1])
        c.showPage()
    c.save()
