"""Looks: text PDF, scanner PDF, flatbed scan, phone photo, screenshot."""

from __future__ import annotations

import io
import random
from pathlib import Path

import cv2
import numpy as np
import pikepdf
from PIL import Image, ImageFilter

from gfx import Page, pil_font

cv2.setNumThreads(1)


def text_pdf(path: Path, draws, size=(210, 297), title="", author="", creator=""):
    from reportlab.pdfgen import canvas

    c = canvas.Canvas(
        str(path),
        pagesize=(size[0] * 72 / 25.4, size[1] * 72 / 25.4),
        invariant=1,
        pageCompression=1,
    )
    c.setTitle(title)
    c.setAuthor(author)
    c.setCreator(creator)
    c.setProducer(creator or "ReportLab")
    for fn in draws:
        pg = Page(size[0], size[1], "pdf", canvas=c)
        fn(pg)
        c.showPage()
    c.save()


def render(fn, size=(210, 297), dpi=200, bg="#ffffff") -> Image.Image:
    pg = Page(size[0], size[1], "pil", dpi=dpi, bg=bg)
    fn(pg)
    return pg.img


def _gen(rng: random.Random) -> np.random.Generator:
    return np.random.default_rng(rng.randint(0, 2**31 - 1))


def scan(
    img: Image.Image,
    rng: random.Random,
    scale=1.0,
    gray=False,
    skew=0.6,
    paper=(246, 244, 238),
    blur=0.5,
) -> Image.Image:
    """Flatbed scan: skew, paper tone, toner noise, slight blur."""
    g = _gen(rng)
    im = img.convert("RGB")
    if scale != 1.0:
        im = im.resize((int(im.width * scale), int(im.height * scale)), Image.LANCZOS)
    a = np.asarray(im).astype(np.float32) / 255.0
    tone = np.array(paper, np.float32) / 255.0
    a = a * tone
    a += g.normal(0, 0.018, a.shape[:2])[..., None]
    a = np.clip(a, 0, 1)
    im = Image.fromarray((a * 255).astype(np.uint8))
    ang = rng.uniform(-skew, skew)
    im = im.rotate(ang, resample=Image.BICUBIC, expand=False, fillcolor=tuple(paper))
    dx, dy = rng.randint(-12, 12), rng.randint(-12, 12)
    im = im.transform(im.size, Image.AFFINE, (1, 0, dx, 0, 1, dy), fillcolor=tuple(paper))
    if blur:
        im = im.filter(ImageFilter.GaussianBlur(blur))
    if gray:
        im = im.convert("L")
    return im


def jpeg_bytes(im: Image.Image, q=85) -> bytes:
    buf = io.BytesIO()
    im.save(buf, "JPEG", quality=q, optimize=False, subsampling=2 if im.mode == "RGB" else 0)
    return buf.getvalue()


def save_jpg(im: Image.Image, path: Path, q=88, dpi=None):
    kw = {"dpi": (dpi, dpi)} if dpi else {}
    im.save(path, "JPEG", quality=q, **kw)


def image_pdf(imgs: list[Image.Image], path: Path, dpi=200, q=72, producer="Canon iR-ADV C3530"):
    pdf = pikepdf.Pdf.new()
    for im in imgs:
        data = jpeg_bytes(im, q)
        w_pt, h_pt = im.width * 72 / dpi, im.height * 72 / dpi
        x = pikepdf.Stream(pdf, data)
        x.Type = pikepdf.Name.XObject
        x.Subtype = pikepdf.Name.Image
        x.Width, x.Height = im.width, im.height
        x.ColorSpace = pikepdf.Name.DeviceGray if im.mode == "L" else pikepdf.Name.DeviceRGB
        x.BitsPerComponent = 8
        x.Filter = pikepdf.Name.DCTDecode
        page = pdf.add_blank_page(page_size=(w_pt, h_pt))
        page.Resources = pikepdf.Dictionary(XObject=pikepdf.Dictionary(Im0=x))
        page.Contents = pdf.make_stream(f"q {w_pt:.2f} 0 0 {h_pt:.2f} 0 0 cm /Im0 Do Q".encode())
    pdf.docinfo["/Producer"] = producer
    pdf.docinfo["/Creator"] = producer
    pdf.save(path, static_id=True)


def _table(g: np.random.Generator, w: int, h: int, kind: str) -> np.ndarray:
    if kind == "wood":
        base = np.array([150, 105, 70], np.float32)
        yy = np.arange(h)[:, None].astype(np.float32)
        xx = np.arange(w)[None, :].astype(np.float32)
        grain = np.sin(yy / 7.0 + 3 * np.sin(xx / 260.0) + g.normal(0, 0.1)) * 0.5 + 0.5
        a = base[None, None, :] * (0.8 + 0.25 * grain[..., None])
    elif kind == "white":
        a = np.full((h, w, 3), 228, np.float32)
    else:
        col = np.array([g.integers(60, 140), g.integers(60, 140), g.integers(60, 140)], np.float32)
        a = np.broadcast_to(col, (h, w, 3)).copy()
    a += g.normal(0, 6, (h, w))[..., None]
    return a


def phone_photo(
    img: Image.Image, rng: random.Random, fill=0.78, rot=0, long_side=3264, table="wood", cast=None
) -> Image.Image:
    """Photo of a sheet or card on a table: perspective, shadow, light falloff, cast, blur."""
    g = _gen(rng)
    W, H = (
        (long_side * 3 // 4, long_side)
        if img.height >= img.width
        else (long_side, long_side * 3 // 4)
    )
    bg = _table(g, W, H, table)
    s = min(W * fill / img.width, H * fill / img.height)
    w, h = img.width * s, img.height * s
    cx, cy = W / 2 + rng.uniform(-0.04, 0.04) * W, H / 2 + rng.uniform(-0.04, 0.04) * H
    j = 0.035
    dst = np.float32(
        [
            [cx - w / 2 + rng.uniform(-j, j) * w, cy - h / 2 + rng.uniform(-j, j) * h],
            [cx + w / 2 + rng.uniform(-j, j) * w, cy - h / 2 + rng.uniform(-j, j) * h],
            [cx + w / 2 + rng.uniform(-j, j) * w, cy + h / 2 + rng.uniform(-j, j) * h],
            [cx - w / 2 + rng.uniform(-j, j) * w, cy + h / 2 + rng.uniform(-j, j) * h],
        ]
    )
    src = np.float32([[0, 0], [img.width, 0], [img.width, img.height], [0, img.height]])
    m = cv2.getPerspectiveTransform(src, dst)
    sheet = cv2.warpPerspective(np.asarray(img.convert("RGB")), m, (W, H), flags=cv2.INTER_LINEAR)
    mask = cv2.warpPerspective(np.full((img.height, img.width), 255, np.uint8), m, (W, H))
    shadow = cv2.GaussianBlur(mask, (0, 0), 18).astype(np.float32) / 255
    shadow = np.roll(shadow, (int(W * 0.008), int(W * 0.01)), axis=(0, 1))
    bg = bg * (1 - 0.45 * shadow[..., None])
    mk = mask.astype(np.float32)[..., None] / 255
    out = bg * (1 - mk) + sheet.astype(np.float32) * mk
    yy, xx = np.mgrid[0:H, 0:W].astype(np.float32)
    lx, ly = rng.uniform(0.1, 0.9) * W, rng.uniform(0.0, 0.6) * H
    dist = np.sqrt((xx - lx) ** 2 + (yy - ly) ** 2) / max(W, H)
    light = 1.08 - 0.35 * dist
    out = out * light[..., None]
    cast = cast or (rng.uniform(0.97, 1.05), rng.uniform(0.97, 1.02), rng.uniform(0.88, 0.98))
    out = out * np.array(cast, np.float32)
    out += g.normal(0, 3.0, out.shape[:2])[..., None]
    out = np.clip(out, 0, 255).astype(np.uint8)
    out = cv2.GaussianBlur(out, (0, 0), rng.uniform(0.8, 1.5))
    if rot:
        out = np.rot90(out, k=rot // 90)
    return Image.fromarray(np.ascontiguousarray(out))


def photocopy_cards(
    cards: list[Image.Image], rng: random.Random, dpi=200, card_mm=(85.6, 54), gray=False
) -> Image.Image:
    """Cards (front, back) laid on the glass of a scanner, on an A4 page."""
    W, H = int(210 / 25.4 * dpi), int(297 / 25.4 * dpi)
    page = Image.new("RGB", (W, H), (250, 250, 248))
    cw = int(card_mm[0] / 25.4 * dpi)
    ch = int(card_mm[1] / 25.4 * dpi)
    y = int(H * 0.08)
    for c in cards:
        im = c.resize((cw, ch), Image.LANCZOS)
        x = int(W * 0.12) + rng.randint(-20, 20)
        im = im.rotate(rng.uniform(-1.5, 1.5), expand=True, fillcolor=(250, 250, 248))
        page.paste(im, (x, y))
        y += ch + int(H * 0.06)
    return scan(page, rng, gray=gray, skew=0.4)


def status_bar(pg: Page, time="09:41", dark=False, battery=0.72):
    col = "#ffffff" if dark else "#000000"
    pg.text(9, 7.2, time, "robotob", 11.5, col)
    x = pg.w - 9
    pg.rect(x - 7.5, 3.8, 7, 3.6, stroke=col, width=0.25, radius=0.8)
    pg.rect(x - 7.1, 4.2, 6.2 * battery, 2.8, stroke=None, fill=col, radius=0.5)
    for i in range(4):
        hh = 1.0 + i * 0.7
        pg.rect(x - 20 + i * 1.4, 7.4 - hh, 0.9, hh, stroke=None, fill=col)
    pg.text(x - 13.2, 7.2, "5G", "robotob", 8, col)


PHONE = (1170 * 25.4 / 300, 2532 * 25.4 / 300)


def screenshot(fn, dark=False) -> Image.Image:
    pg = Page(PHONE[0], PHONE[1], "pil", dpi=300, bg="#000000" if dark else "#ffffff")
    fn(pg)
    im = pg.img
    assert im.size == (1170, 2532), im.size
    return im


def check_font():
    assert pil_font("sans", 12)
