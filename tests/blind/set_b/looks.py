"""Pages and looks: rasterise pages, make scans, image-only PDFs, phone photos.

A page is either a VPage (vector, drawn with kit.P; can go to a text-layer PDF)
or an IPage (raster, produced by a function of the dpi). Output writers:
text_pdf, image_pdf, scan_file, photo_file, png_file.
"""

import io
import math

import cv2
import kit
import numpy as np
import pikepdf
import pypdfium2 as pdfium
from common import nrng, rng
from PIL import Image, ImageDraw


class VPage:
    def __init__(self, fn, size=(210.0, 297.0), forms=False):
        self.fn, self.size, self.forms = fn, size, forms
        self._cache = {}

    def render(self, dpi):
        if dpi not in self._cache:
            data = kit.pdf_bytes([self.fn], self.size)
            self._cache = {dpi: rasterize(data, 0, dpi, self.forms)}
        return self._cache[dpi].copy()


class IPage:
    def __init__(self, fn, size):
        self.fn, self.size = fn, size

    def render(self, dpi):
        return self.fn(dpi)


def rasterize(data, index, dpi, forms=False):
    pdf = pdfium.PdfDocument(data)
    if forms:
        pdf.init_forms()
    page = pdf[index]
    bm = page.render(scale=dpi / 72.0, may_draw_forms=forms)
    img = bm.to_pil().convert("RGB")
    page.close()
    pdf.close()
    return img


# ----------------------------------------------------------------- sheets with cards
def card_sheet(items, size=(210.0, 297.0), bg=(255, 255, 255)):
    """items: list of (card_fn(dpi)->PIL, w_mm, h_mm, x_mm, y_mm, angle_deg)."""

    def fn(dpi):
        pxmm = dpi / 25.4
        W, H = int(size[0] * pxmm), int(size[1] * pxmm)
        sheet = Image.new("RGB", (W, H), bg)
        for card_fn, w, h, x, y, ang in items:
            im = card_fn(dpi).convert("RGB")
            im = im.resize((int(w * pxmm), int(h * pxmm)), Image.LANCZOS)
            mask = rounded_mask(im.size, int(2.5 * pxmm) if w < 100 else int(1.5 * pxmm))
            if ang:
                im = im.rotate(ang, resample=Image.BICUBIC, expand=True, fillcolor=bg)
                mask = mask.rotate(ang, resample=Image.BICUBIC, expand=True, fillcolor=0)
            sheet.paste(im, (int(x * pxmm), int(y * pxmm)), mask)
        return sheet

    return IPage(fn, size)


def rounded_mask(size, rad):
    m = Image.new("L", size, 0)
    ImageDraw.Draw(m).rounded_rectangle([0, 0, size[0] - 1, size[1] - 1], rad, fill=255)
    return m


# ----------------------------------------------------------------- degradations
def _to_np(img):
    return np.asarray(img, dtype=np.float32)


def _to_img(a, mode="RGB"):
    a = np.clip(a, 0, 255).astype(np.uint8)
    return Image.fromarray(a, mode if a.ndim == 3 else "L")


def scan_effect(
    img, key, angle=None, grey=False, noise=None, blur=None, tint=True, edge=None, contrast=None
):
    r = rng("scan", key)
    g = nrng("scan", key)
    if angle is None:
        angle = r.choice([-1, 1]) * r.uniform(0.3, 1.6)
    a = np.asarray(img.convert("RGB"))
    h, w = a.shape[:2]
    if angle:
        M = cv2.getRotationMatrix2D((w / 2, h / 2), angle, 1.0)
        a = cv2.warpAffine(
            a,
            M,
            (w, h),
            flags=cv2.INTER_CUBIC,
            borderMode=cv2.BORDER_CONSTANT,
            borderValue=(246, 246, 243),
        )
    blur = r.uniform(0.35, 0.8) if blur is None else blur
    if blur:
        a = cv2.GaussianBlur(a, (0, 0), sigmaX=blur)
    f = a.astype(np.float32)
    c = contrast or r.uniform(0.92, 1.06)
    off = r.uniform(-4, 6)
    if tint:
        f *= np.array([0.985, 0.975, 0.955], np.float32) * c
        f += 128 * (1 - c) + off + 2
    else:
        f *= c
        f += 128 * (1 - c) + off
    sigma = r.uniform(2.5, 6.5) if noise is None else noise
    if sigma:
        f += (g.standard_normal((h, w), dtype=np.float32) * sigma)[..., None]
    if edge is None:
        edge = r.random() < 0.35
    if edge:
        band = int(w * r.uniform(0.006, 0.015))
        side = r.choice(["l", "r", "t"])
        if side == "l":
            f[:, :band] *= 0.35
        elif side == "r":
            f[:, w - band :] *= 0.35
        else:
            f[:band, :] *= 0.35
    img = _to_img(f)
    if grey:
        img = img.convert("L")
    return img


def jpeg_bytes(img, quality):
    buf = io.BytesIO()
    img.save(buf, "JPEG", quality=quality, optimize=False, progressive=False, subsampling=2)
    return buf.getvalue()


def _background(W, H, key, kind):
    g = nrng("bg", key)
    w, h = max(8, W // 4), max(8, H // 4)
    yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
    if kind == "wood":
        base = np.array([150, 104, 66], np.float32)
        stripes = np.sin(
            yy / h * 40 + np.sin(xx / w * 3) * 2.5 + g.normal(0, 0.3, (h, w)).cumsum(1) * 0.02
        )
        a = base + stripes[..., None] * np.array([18, 14, 10], np.float32)
    elif kind == "grey":
        base = np.array([178, 176, 172], np.float32)
        a = base + g.normal(0, 4, (h, w, 1)).astype(np.float32)
    elif kind == "blue":
        base = np.array([52, 66, 96], np.float32)
        weave = (np.sin(xx * 1.7) * np.sin(yy * 1.7))[..., None] * 6
        a = base + weave + g.normal(0, 3, (h, w, 1))
    elif kind == "white":
        base = np.array([226, 226, 222], np.float32)
        a = base + g.normal(0, 2.5, (h, w, 1))
    else:  # dark marble / granite
        base = np.array([70, 68, 66], np.float32)
        a = base + g.normal(0, 14, (h, w, 1))
    a = cv2.resize(a.astype(np.float32), (W, H), interpolation=cv2.INTER_LINEAR)
    return a


def photo_effect(obj, key, long_side=3000, rotate=0, bg=None, fill=None, tilt=None):
    """obj: PIL image of the document/object. Returns a PIL photo (before JPEG)."""
    r = rng("photo", key)
    g = nrng("photo", key)
    ow, oh = obj.size
    portrait = oh >= ow
    if portrait:
        H, W = long_side, int(long_side * 3 / 4)
    else:
        W, H = long_side, int(long_side * 3 / 4)
    bg = bg or r.choice(["wood", "grey", "blue", "white", "dark"])
    canvas = _background(W, H, key, bg)
    fill = fill or r.uniform(0.72, 0.88)
    scale = min(W * fill / ow, H * fill / oh)
    dw, dh = ow * scale, oh * scale
    cx, cy = W / 2 + r.uniform(-0.04, 0.04) * W, H / 2 + r.uniform(-0.04, 0.04) * H
    tilt = r.uniform(0.02, 0.07) if tilt is None else tilt
    rot = math.radians(r.uniform(-4, 4))
    corners = np.array([[-dw / 2, -dh / 2], [dw / 2, -dh / 2], [dw / 2, dh / 2], [-dw / 2, dh / 2]])
    cr, sr = math.cos(rot), math.sin(rot)
    corners = corners @ np.array([[cr, sr], [-sr, cr]])
    top_shrink = tilt * dw
    corners[0, 0] += top_shrink / 2
    corners[1, 0] -= top_shrink / 2
    corners += g.normal(0, 0.008 * max(dw, dh), corners.shape)
    corners += np.array([cx, cy])
    src = np.float32([[0, 0], [ow, 0], [ow, oh], [0, oh]])
    M = cv2.getPerspectiveTransform(src, corners.astype(np.float32))
    doc = cv2.warpPerspective(
        np.asarray(obj.convert("RGB")),
        M,
        (W, H),
        flags=cv2.INTER_LINEAR,
        borderMode=cv2.BORDER_CONSTANT,
        borderValue=0,
    )
    mask = cv2.warpPerspective(np.full((oh, ow), 255, np.uint8), M, (W, H), flags=cv2.INTER_LINEAR)
    # soft shadow computed at quarter resolution
    small = cv2.resize(mask, (W // 4, H // 4), interpolation=cv2.INTER_AREA)
    small = cv2.GaussianBlur(small, (0, 0), sigmaX=max(1.0, W * 0.002))
    small = np.roll(small, (max(1, H // 650), max(1, W // 650)), axis=(0, 1))
    shadow = cv2.resize(small, (W, H), interpolation=cv2.INTER_LINEAR).astype(np.float32) / 255.0
    m = mask.astype(np.float32) / 255.0
    yy, xx = np.mgrid[0:H:8, 0:W:8].astype(np.float32)
    lx, ly = r.uniform(0, W), r.uniform(0, H * 0.6)
    d = np.sqrt((xx - lx) ** 2 + (yy - ly) ** 2) / max(W, H)
    light = 1.06 - r.uniform(0.25, 0.42) * d + r.uniform(-0.05, 0.05) * (xx / W)
    light = cv2.resize(light, (W, H), interpolation=cv2.INTER_LINEAR)
    bgw = (1 - 0.45 * shadow) * (1 - m)
    out = canvas * bgw[..., None]
    out += doc.astype(np.float32) * m[..., None]
    warm = np.array([1.0, r.uniform(0.96, 0.99), r.uniform(0.88, 0.95)], np.float32)
    out *= light[..., None]
    out *= warm
    u8 = np.clip(out, 0, 255).astype(np.uint8)
    u8 = cv2.GaussianBlur(u8, (0, 0), sigmaX=r.uniform(0.7, 1.5))
    f = u8.astype(np.float32)
    f += (g.standard_normal((H, W), dtype=np.float32) * r.uniform(2.0, 4.5))[..., None]
    img = _to_img(f)
    if rotate:
        img = img.rotate(rotate, expand=True)
    return img


# ----------------------------------------------------------------- writers
def text_pdf(path, page_fns, title=None, creator=None, producer=None):
    data = kit.pdf_bytes(page_fns, title=title, creator=creator, producer=producer)
    with open(path, "wb") as f:
        f.write(data)


def text_pdf_mixed(path, pages, title=None, creator=None, producer=None):
    """pages: list of VPage (possibly with their own sizes)."""
    buf, c = kit.new_canvas()
    if title:
        c.setTitle(title)
    if creator:
        c.setCreator(creator)
    if producer:
        c.setProducer(producer)
    from reportlab.lib.units import mm

    for pg in pages:
        c.setPageSize((pg.size[0] * mm, pg.size[1] * mm))
        pg.fn(kit.P(c, *pg.size))
        c.showPage()
    c.save()
    with open(path, "wb") as f:
        f.write(buf.getvalue())


def image_pdf(path, pages, key, dpi=200, grey=False, quality=None, producer=None, **kw):
    r = rng("ipdf", key)
    pdf = pikepdf.Pdf.new()
    for i, pg in enumerate(pages):
        img = pg.render(dpi)
        img = scan_effect(img, f"{key}/{i}", grey=grey, **kw)
        q = quality or r.randint(62, 85)
        data = jpeg_bytes(img, q)
        wpt, hpt = pg.size[0] / 25.4 * 72, pg.size[1] / 25.4 * 72
        xobj = pikepdf.Stream(pdf, data)
        xobj.Type = pikepdf.Name.XObject
        xobj.Subtype = pikepdf.Name.Image
        xobj.Width, xobj.Height = img.size
        xobj.ColorSpace = pikepdf.Name.DeviceGray if img.mode == "L" else pikepdf.Name.DeviceRGB
        xobj.BitsPerComponent = 8
        xobj.Filter = pikepdf.Name.DCTDecode
        content = pikepdf.Stream(pdf, f"q {wpt:.2f} 0 0 {hpt:.2f} 0 0 cm /Im0 Do Q".encode())
        page = pikepdf.Dictionary(
            Type=pikepdf.Name.Page,
            MediaBox=[0, 0, round(wpt, 2), round(hpt, 2)],
            Resources=pikepdf.Dictionary(XObject=pikepdf.Dictionary(Im0=xobj)),
            Contents=content,
        )
        pdf.pages.append(pikepdf.Page(page))
    if producer:
        pdf.docinfo["/Producer"] = producer
    pdf.save(path, deterministic_id=True, compress_streams=True)


def scan_file(path, page, key, dpi=200, grey=False, quality=None, **kw):
    img = page.render(dpi)
    img = scan_effect(img, key, grey=grey, **kw)
    if path.lower().endswith(".png"):
        img.save(path, "PNG", optimize=False, dpi=(dpi, dpi))
    else:
        q = quality or rng("sq", key).randint(70, 90)
        img.save(path, "JPEG", quality=q, optimize=False, dpi=(dpi, dpi))


def photo_file(path, page_or_img, key, long_side=None, rotate=0, dpi=None, quality=None, **kw):
    r = rng("pf", key)
    if isinstance(page_or_img, Image.Image):
        obj = page_or_img
    else:
        # choose a render dpi so the document covers the photo at ~native resolution
        dpi = dpi or 220
        obj = page_or_img.render(dpi)
    long_side = long_side or r.choice([2200, 2400, 2600, 2800, 3000])
    img = photo_effect(obj, key, long_side=long_side, rotate=rotate, **kw)
    img.save(path, "JPEG", quality=quality or r.randint(80, 92), optimize=False)


def png_file(path, img):
    img.save(path, "PNG", optimize=False)
