"""Turn rendered pages into what applicants really send: scans, phone photos, scanner PDFs."""

from __future__ import annotations

import io
import math
import random

import cv2
import numpy as np
from PIL import Image, ImageDraw
from render import Page, new_canvas, pil_font, raster
from reportlab.lib.utils import ImageReader

cv2.setNumThreads(1)

A4 = (210.0, 297.0)


def _np_rng(rng: random.Random) -> np.random.Generator:
    return np.random.default_rng(rng.randrange(2**31))


def on_a4(page: Page, dpi: float, rng: random.Random, margin=(12, 12)) -> Image.Image:
    """Small items (cards, passport) placed on the glass of a flatbed: A4 with the item."""
    item = raster(page, dpi)
    if page.w > 150 or page.h > 200:
        return item
    k = dpi / 25.4
    canvas = Image.new("RGB", (int(A4[0] * k), int(A4[1] * k)), (250, 250, 248))
    x = int((margin[0] + rng.uniform(0, 10)) * k)
    y = int((margin[1] + rng.uniform(0, 15)) * k)
    sh = Image.new("L", item.size, 0)
    canvas.paste((215, 215, 212), (x + 4, y + 5, x + 4 + item.width, y + 5 + item.height))
    canvas.paste(item, (x, y))
    del sh
    return canvas


def paper_tone(img: Image.Image, rng: random.Random, grey=(238, 250)) -> Image.Image:
    a = np.asarray(img, dtype=np.float32)
    tone = rng.uniform(*grey)
    tint = np.array(
        [tone, tone * rng.uniform(0.985, 1.0), tone * rng.uniform(0.96, 0.995)], np.float32
    ) / np.float32(255.0)
    a = a * tint
    nr = _np_rng(rng)
    h, w = a.shape[:2]
    noise = nr.standard_normal((h // 2 + 1, w // 2 + 1), dtype=np.float32)
    noise *= np.float32(rng.uniform(2, 5))
    a += cv2.resize(noise, (w, h), interpolation=cv2.INTER_NEAREST)[..., None]
    np.clip(a, 0, 255, out=a)
    return Image.fromarray(a.astype(np.uint8))


def skew(img: Image.Image, rng: random.Random, max_deg=1.2) -> Image.Image:
    ang = rng.uniform(-max_deg, max_deg)
    a = np.asarray(img)
    h, w = a.shape[:2]
    M = cv2.getRotationMatrix2D((w / 2, h / 2), ang, 1.0)
    r = cv2.warpAffine(
        a,
        M,
        (w, h),
        flags=cv2.INTER_LINEAR,
        borderMode=cv2.BORDER_CONSTANT,
        borderValue=(245, 245, 243),
    )
    return Image.fromarray(r)


def scan(pages: list[Page], rng: random.Random, dpi=None, grey=False) -> list[Image.Image]:
    dpi = dpi or rng.choice([150, 200, 200, 300])
    out = []
    for pg in pages:
        im = on_a4(pg, dpi, rng)
        im = skew(im, rng, 1.0)
        im = paper_tone(im, rng)
        a = cv2.GaussianBlur(np.asarray(im), (0, 0), rng.uniform(0.3, 0.8))
        im = Image.fromarray(a)
        if grey:
            im = im.convert("L").convert("RGB")
        out.append(im)
    return out


def _table(rng: random.Random, W: int, H: int) -> np.ndarray:
    nr = _np_rng(rng)
    kind = rng.choice(["wood", "plain", "cloth", "dark"])
    if kind == "wood":
        base = np.array(
            [rng.uniform(120, 170), rng.uniform(80, 115), rng.uniform(45, 70)], np.float32
        )
        ys = np.arange(H, dtype=np.float32)[:, None]
        xs = np.arange(W, dtype=np.float32)[None, :]
        grain = np.sin(ys / rng.uniform(9, 25) + np.sin(xs / rng.uniform(200, 500)) * 3) * 14
        a = base[None, None, :] + grain[..., None].astype(np.float32)
    elif kind == "plain":
        c = rng.uniform(190, 235)
        a = np.ones((H, W, 3), np.float32) * np.array([c, c * 0.98, c * 0.95], np.float32)
    elif kind == "cloth":
        a = np.ones((H, W, 3), np.float32) * np.array(
            [rng.uniform(60, 110), rng.uniform(80, 120), rng.uniform(100, 150)], np.float32
        )
    else:
        c = rng.uniform(35, 70)
        a = np.ones((H, W, 3), np.float32) * np.float32(c)
    small = nr.normal(0, 6, (H // 8 + 1, W // 8 + 1)).astype(np.float32)
    a += cv2.resize(small, (W, H))[..., None]
    return a


def phone_photo(pages: list[Page], rng: random.Random, card=False) -> list[Image.Image]:
    out = []
    for pg in pages:
        portrait = pg.h >= pg.w
        W, H = rng.choice([(3024, 4032), (2448, 3264), (2250, 3000), (1800, 2400)])
        if not portrait:
            W, H = H, W
        long_item = max(pg.w, pg.h)
        fill = rng.uniform(0.55, 0.72) if card else rng.uniform(0.78, 0.9)
        dpi = max(H, W) * fill / (long_item / 25.4)
        item = raster(pg, min(dpi, 500))
        item = paper_tone(item, rng, (235, 252))
        iw, ih = item.size
        scale = (max(W, H) * fill) / max(iw, ih)
        tw, th = iw * scale, ih * scale
        cx, cy = W / 2 + rng.uniform(-0.05, 0.05) * W, H / 2 + rng.uniform(-0.04, 0.04) * H
        j = 0.05 * min(W, H)
        dst = np.float32(
            [
                [cx - tw / 2 + rng.uniform(-j, j), cy - th / 2 + rng.uniform(-j, j)],
                [cx + tw / 2 + rng.uniform(-j, j), cy - th / 2 + rng.uniform(-j, j)],
                [cx + tw / 2 + rng.uniform(-j, j), cy + th / 2 + rng.uniform(-j, j)],
                [cx - tw / 2 + rng.uniform(-j, j), cy + th / 2 + rng.uniform(-j, j)],
            ]
        )
        src = np.float32([[0, 0], [iw, 0], [iw, ih], [0, ih]])
        M = cv2.getPerspectiveTransform(src, dst)
        table = _table(rng, W, H).astype(np.float32)
        warped = cv2.warpPerspective(np.asarray(item), M, (W, H), flags=cv2.INTER_LINEAR)
        # the low-resolution fields (mask for the shadow, light) are computed at 1/8 scale
        s = 8
        w8, h8 = W // s + 1, H // s + 1
        S = np.diag([1 / s, 1 / s, 1]).astype(np.float64) @ M
        mask8 = cv2.warpPerspective(np.ones((ih, iw), np.float32), S, (w8, h8))
        mask = cv2.warpPerspective(np.ones((ih, iw), np.uint8) * 255, M, (W, H))
        mask = mask.astype(np.float32) / 255.0
        # drop shadow under the sheet
        sh8 = cv2.GaussianBlur(
            np.roll(mask8, (int(0.01 * h8), int(0.008 * w8)), (0, 1)), (0, 0), 25 / s
        )
        ys, xs = np.mgrid[0:h8, 0:w8].astype(np.float32)
        ang = rng.uniform(0, 2 * math.pi)
        grad = (xs / w8 - 0.5) * math.cos(ang) + (ys / h8 - 0.5) * math.sin(ang)
        light = 1.0 + grad * rng.uniform(0.15, 0.35)
        bx, by = rng.uniform(0, w8), rng.uniform(0, h8)
        blob = np.exp(-(((xs - bx) / (0.35 * w8)) ** 2 + ((ys - by) / (0.3 * h8)) ** 2))
        light -= blob * rng.uniform(0.05, 0.25)
        shade = cv2.resize((1 - 0.45 * sh8).astype(np.float32), (W, H))
        light = cv2.resize(light.astype(np.float32), (W, H))
        m3 = mask[..., None]
        a = warped.astype(np.float32) * m3 + table * shade[..., None] * (1 - m3)
        cast = np.array(
            [rng.uniform(0.94, 1.04), rng.uniform(0.96, 1.02), rng.uniform(0.86, 1.0)], np.float32
        )
        a *= light[..., None]
        a *= cast
        a = cv2.GaussianBlur(a, (0, 0), rng.uniform(0.6, 1.6))
        noise = _np_rng(rng).normal(0, rng.uniform(2, 5), (H // 2 + 1, W // 2 + 1, 3))
        a += cv2.resize(noise.astype(np.float32), (W, H), interpolation=cv2.INTER_NEAREST)
        np.clip(a, 0, 255, out=a)
        im = Image.fromarray(a.astype(np.uint8))
        r = rng.random()
        if r < 0.12:
            im = im.transpose(Image.ROTATE_90)
        elif r < 0.2:
            im = im.transpose(Image.ROTATE_270)
        elif r < 0.26:
            im = im.transpose(Image.ROTATE_180)
        out.append(im)
    return out


def image_pdf(pages: list[Page], rng: random.Random, dpi=None) -> bytes:
    """Scanner PDF: page images (JPEG), no text layer."""
    dpi = dpi or rng.choice([150, 200, 200, 300])
    grey = rng.random() < 0.4
    buf = io.BytesIO()
    c = new_canvas(
        buf,
        producer=rng.choice(
            [
                "HP Scan",
                "Canon MF Scan Utility",
                "EPSON Scan",
                "Brother iPrint&Scan",
                "RICOH MP C3004",
            ]
        ),
    )
    for im in scan(pages, rng, dpi=dpi, grey=grey):
        jb = io.BytesIO()
        im.save(jb, "JPEG", quality=rng.choice([70, 80, 85]))
        jb.seek(0)
        w, h = im.width / dpi * 72, im.height / dpi * 72
        c.setPageSize((w, h))
        c.drawImage(ImageReader(jb), 0, 0, w, h)
        c.showPage()
    c.save()
    return buf.getvalue()


def save_jpeg(im: Image.Image, path, rng: random.Random, dpi=None):
    kw = {"quality": rng.choice([78, 85, 90, 92])}
    if dpi:
        kw["dpi"] = (dpi, dpi)
    im.save(path, "JPEG", **kw)


# ---------------------------------------------------------------------------
# screenshots


def status_bar(dr: ImageDraw.ImageDraw, W: int, rng: random.Random, dark=False, android=False):
    col = (255, 255, 255) if dark else (0, 0, 0)
    hh, mm_ = rng.randint(7, 22), rng.randint(0, 59)
    f = pil_font("roboto-m" if android else "open-sb", 44 if not android else 38)
    dr.text((90 if not android else 50, 75), f"{hh}:{mm_:02d}", font=f, fill=col, anchor="lm")
    bx = W - 150
    dr.rounded_rectangle([bx, 58, bx + 75, 92], radius=9, outline=col, width=3)
    lvl = rng.uniform(0.2, 0.95)
    dr.rounded_rectangle([bx + 5, 63, bx + 5 + int(65 * lvl), 87], radius=6, fill=col)
    for i in range(4):
        dr.rectangle([bx - 140 + i * 16, 88 - 10 - i * 8, bx - 130 + i * 16, 88], fill=col)
    dr.text(
        (bx - 20, 75),
        rng.choice(["5G", "4G", "LTE", ""]),
        font=pil_font("open-sb", 32),
        fill=col,
        anchor="rm",
    )


def viewer_screenshot(page: Page, rng: random.Random, app="Fichiers") -> Image.Image:
    """A phone screenshot of a PDF open in a viewer (Files / Drive / mail attachment)."""
    W, H = rng.choice([(1170, 2532), (1080, 2400), (1179, 2556), (1284, 2778)])
    im = Image.new("RGB", (W, H), (245, 245, 247))
    dr = ImageDraw.Draw(im)
    android = W == 1080
    status_bar(dr, W, rng, android=android)
    dr.rectangle([0, 120, W, 270], fill=(249, 249, 249))
    dr.text((W // 2, 195), app, font=pil_font("open-sb", 48), fill=(0, 0, 0), anchor="mm")
    dr.text((40, 195), "‹", font=pil_font("open", 90), fill=(0, 122, 255), anchor="lm")
    pw = W - 40
    dpi = pw / (page.w / 25.4)
    pim = raster(page, dpi)
    ph = min(pim.height, H - 300 - 160)
    pim = pim.crop((0, 0, pim.width, ph))
    im.paste(pim, (20, 290))
    dr.rectangle([0, H - 160, W, H], fill=(249, 249, 249))
    dr.rounded_rectangle([W // 2 - 140, H - 30, W // 2 + 140, H - 20], radius=5, fill=(0, 0, 0))
    return im
