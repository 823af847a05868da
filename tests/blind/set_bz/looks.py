"""Rasterising and the five looks: text_pdf, image_pdf, scan, phone_photo, screenshot."""

import io

import cv2
import numpy as np
import pypdfium2 as pdfium
from PIL import Image, ImageDraw, ImageFont
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader

import core

cv2.setNumThreads(1)


def raster(pdf_bytes, dpi=200):
    doc = pdfium.PdfDocument(pdf_bytes)
    out = []
    for i in range(len(doc)):
        bm = doc[i].render(scale=dpi / 72, fill_color=(255, 255, 255, 255))
        out.append(bm.to_pil().convert("RGB"))
        bm.close()
    doc.close()
    return out


def jpeg(img, q=88):
    buf = io.BytesIO()
    img.save(buf, "JPEG", quality=q, optimize=False)
    return buf.getvalue()


def png(img):
    buf = io.BytesIO()
    img.save(buf, "PNG", optimize=False)
    return buf.getvalue()


def _noise(rng, shape, sigma):
    g = np.random.default_rng(rng.randrange(1 << 30))
    return g.normal(0, sigma, shape).astype(np.float32)


def scan_page(img, rng, skew=None, tint=None, lid=True):
    """A flatbed-scanner look: grey paper, slight skew, noise, soft focus."""
    a = np.asarray(img.convert("RGB")).astype(np.float32)
    h, w = a.shape[:2]
    tint = tint or (rng.uniform(0.9, 0.97),) * 3
    a = 14 + a * np.array(tint, np.float32) * 0.95
    a = cv2.GaussianBlur(a, (0, 0), rng.uniform(0.5, 0.9))
    a += _noise(rng, a.shape[:2], rng.uniform(2.0, 4.0))[..., None]
    ang = skew if skew is not None else rng.uniform(-1.1, 1.1)
    m = cv2.getRotationMatrix2D((w / 2, h / 2), ang, 1.0)
    border = rng.uniform(200, 235)
    a = cv2.warpAffine(a, m, (w, h), borderMode=cv2.BORDER_CONSTANT, borderValue=(border,) * 3)
    if lid:
        band = int(w * rng.uniform(0.004, 0.012))
        side = rng.choice([0, 1])
        sl = slice(0, band) if side == 0 else slice(w - band, w)
        a[:, sl] *= rng.uniform(0.35, 0.6)
    return Image.fromarray(np.clip(a, 0, 255).astype(np.uint8))


def image_pdf(pages, rng, dpi=200, q=70, title="Scan"):
    c = core.new_canvas(title=title)
    c.setProducer("ScanSnap Manager #iX1600" if rng.random() < 0.5 else "HP Scan")
    for pg in pages:
        sp = scan_page(pg, rng)
        w_mm, h_mm = sp.width / dpi * 25.4, sp.height / dpi * 25.4
        c.setPageSize((w_mm * mm, h_mm * mm))
        c.drawImage(ImageReader(io.BytesIO(jpeg(sp, q))), 0, 0, w_mm * mm, h_mm * mm)
        c.showPage()
    return core.finish(c)


def on_a4(items, dpi, bg=(255, 255, 255)):
    """Compose small images (cards, booklets) on an A4 sheet: items = [(img, x_mm, y_mm)]."""
    W, H = int(210 / 25.4 * dpi), int(297 / 25.4 * dpi)
    sheet = Image.new("RGB", (W, H), bg)
    for im, x, y in items:
        paste_rgba(sheet, im, (int(x / 25.4 * dpi), int(y / 25.4 * dpi)))
    return sheet


def round_card(img, r_mm, dpi):
    """Give an ID-1 card raster transparent rounded corners (RGBA)."""
    r = int(r_mm / 25.4 * dpi)
    m = Image.new("L", img.size, 0)
    ImageDraw.Draw(m).rounded_rectangle([0, 0, img.width - 1, img.height - 1], r, fill=255)
    out = img.convert("RGBA")
    out.putalpha(m)
    return out


def paste_rgba(sheet, im, xy):
    if im.mode == "RGBA":
        sheet.paste(im, xy, im)
    else:
        sheet.paste(im, xy)


def _table(rng, w, h):
    kind = rng.choice(["wood", "grey", "cloth", "dark"])
    sw, sh = w // 4, h // 4
    yy, xx = np.mgrid[0:sh, 0:sw].astype(np.float32)
    if kind == "wood":
        base = np.array([120, 84, 52], np.float32)
        rings = np.sin(xx / rng.uniform(6, 14) + np.sin(yy / 40.0) * 2.5) * 14
        t = base[None, None, :] + rings[..., None]
    elif kind == "grey":
        t = np.full((sh, sw, 3), rng.uniform(150, 185), np.float32)
    elif kind == "cloth":
        t = (
            np.array([196, 178, 150], np.float32)[None, None, :]
            + (np.sin(xx * 1.3) * np.sin(yy * 1.3) * 6)[..., None]
        )
    else:
        t = np.full((sh, sw, 3), rng.uniform(45, 70), np.float32)
    t += _noise(rng, (sh, sw), 5)[..., None]
    return cv2.resize(t, (w, h), interpolation=cv2.INTER_LINEAR)


def phone_photo(img, rng, rot=0, fill=0.8, long_side=None, shadow=True):
    """Photograph of a page or card on a table: perspective, shadow, light, cast, blur."""
    long_side = long_side or rng.choice([3264, 4000, 4032, 3000])
    ratio = 0.75
    alpha = None
    if img.mode == "RGBA":
        alpha = np.asarray(img.getchannel("A")).astype(np.float32) / 255
    src = np.asarray(img.convert("RGB")).astype(np.float32)
    sh, sw = src.shape[:2]
    portrait_img = sh >= sw
    if portrait_img:
        H, W = long_side, int(long_side * ratio)
    else:
        W, H = long_side, int(long_side * ratio)
    scale = min(W * fill / sw, H * fill / sh)
    dw, dh = sw * scale, sh * scale
    cx, cy = W / 2 + rng.uniform(-0.05, 0.05) * W, H / 2 + rng.uniform(-0.05, 0.05) * H
    j = 0.045
    quad = np.float32(
        [
            [cx - dw / 2 + rng.uniform(-j, j) * W, cy - dh / 2 + rng.uniform(-j, j) * H],
            [cx + dw / 2 + rng.uniform(-j, j) * W, cy - dh / 2 + rng.uniform(-j, j) * H],
            [cx + dw / 2 + rng.uniform(-j, j) * W, cy + dh / 2 + rng.uniform(-j, j) * H],
            [cx - dw / 2 + rng.uniform(-j, j) * W, cy + dh / 2 + rng.uniform(-j, j) * H],
        ]
    )
    quad[:2, 0] += rng.uniform(-0.03, 0.03) * W
    srcq = np.float32([[0, 0], [sw, 0], [sw, sh], [0, sh]])
    M = cv2.getPerspectiveTransform(srcq, quad)
    warped = cv2.warpPerspective(src, M, (W, H), flags=cv2.INTER_AREA)
    ones = alpha if alpha is not None else np.ones((sh, sw), np.float32)
    mask = cv2.warpPerspective(ones, M, (W, H))
    mask = cv2.GaussianBlur(mask, (3, 3), 0)
    out = _table(rng, W, H)
    lw_, lh_ = W // 8, H // 8
    small = cv2.resize(mask, (lw_, lh_), interpolation=cv2.INTER_AREA)
    drop = cv2.GaussianBlur(small, (0, 0), lw_ * 0.008 + 0.8)
    drop = np.roll(drop, (max(1, int(lh_ * 0.005)), max(1, int(lw_ * 0.006))), axis=(0, 1))
    drop = cv2.resize(drop, (W, H), interpolation=cv2.INTER_LINEAR)
    out *= 1 - 0.45 * drop[..., None]
    out = out * (1 - mask[..., None]) + warped * mask[..., None]
    yy, xx = np.mgrid[0:lh_, 0:lw_].astype(np.float32)
    xx, yy = xx * 8, yy * 8
    gx, gy = rng.uniform(-0.25, 0.25), rng.uniform(-0.25, 0.25)
    light = 1 + gx * (xx / W - 0.5) + gy * (yy / H - 0.5)
    r2 = ((xx - W * rng.uniform(0.3, 0.7)) / W) ** 2 + ((yy - H * rng.uniform(0.3, 0.7)) / H) ** 2
    light *= 1.02 - 0.5 * r2
    if shadow:
        pts = np.int32(
            [
                [rng.uniform(-0.2, 0.3) * lw_, -2],
                [rng.uniform(0.4, 0.9) * lw_, -2],
                [rng.uniform(0.3, 0.8) * lw_, rng.uniform(0.15, 0.45) * lh_],
                [rng.uniform(-0.2, 0.2) * lw_, rng.uniform(0.25, 0.6) * lh_],
            ]
        )
        if rng.random() < 0.5:
            pts[:, 1] = lh_ - pts[:, 1]
        sm = np.zeros((lh_, lw_), np.float32)
        cv2.fillPoly(sm, [pts], 1.0)
        sm = cv2.GaussianBlur(sm, (0, 0), lw_ * 0.03)
        light *= 1 - rng.uniform(0.22, 0.38) * sm
    light = cv2.resize(light.astype(np.float32), (W, H), interpolation=cv2.INTER_LINEAR)
    out *= light[..., None]
    cast = rng.choice([(1.06, 1.0, 0.88), (0.95, 1.0, 1.06), (1.03, 1.01, 0.95)])
    out *= np.array(cast, np.float32)[None, None, :]
    out = cv2.GaussianBlur(out, (0, 0), rng.uniform(0.7, 1.4))
    out += _noise(rng, (H, W), rng.uniform(2.5, 5.0))[..., None]
    res = Image.fromarray(np.clip(out, 0, 255).astype(np.uint8))
    if rot:
        res = res.rotate(rot, expand=True)
    return res


def _font(name, px):
    return ImageFont.truetype(core.FD + core.FONTS[name], px)


def status_bar(d, W, rng, dark=False, time="14:32"):
    col = (255, 255, 255) if dark else (0, 0, 0)
    d.text((90, 38), time, font=_font("OpenSB", 46), fill=col)
    x = W - 230
    for i in range(4):
        d.rectangle([x + i * 16, 78 - i * 10 - 12, x + i * 16 + 10, 78], fill=col)
    d.rounded_rectangle([W - 150, 46, W - 70, 80], 8, outline=col, width=3)
    d.rectangle([W - 146, 50, W - 146 + int(72 * rng.uniform(0.3, 0.95)), 76], fill=col)


def screenshot_frame(
    content, title, rng, accent=(226, 0, 26), size=(1170, 2532), time="14:32", scroll=0
):
    """A phone app showing a document page (PDF viewer inside a provider app)."""
    W, H = size
    im = Image.new("RGB", (W, H), (242, 242, 245))
    d = ImageDraw.Draw(im)
    d.rectangle([0, 0, W, 300], fill=accent)
    status_bar(d, W, rng, dark=True, time=time)
    d.text((60, 175), "‹", font=_font("Sans", 90), fill=(255, 255, 255))
    d.text((140, 195), title, font=_font("OpenSB", 52), fill=(255, 255, 255))
    d.line([W - 90, 185, W - 90, 245], fill=(255, 255, 255), width=7)
    d.line([W - 115, 222, W - 90, 247, W - 65, 222], fill=(255, 255, 255), width=7)
    d.line([W - 120, 262, W - 60, 262], fill=(255, 255, 255), width=7)
    cw = W - 40
    ch = int(content.height * cw / content.width)
    page = content.resize((cw, ch), Image.LANCZOS)
    top = 320
    visible = page.crop((0, scroll, cw, min(ch, scroll + H - top - 60)))
    im.paste(visible, (20, top))
    d.rounded_rectangle([W // 2 - 140, H - 30, W // 2 + 140, H - 20], 5, fill=(30, 30, 30))
    return im
