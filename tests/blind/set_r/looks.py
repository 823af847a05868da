"""Turn pages into files as applicants send them: text PDF, scanner PDF, scan, photo, screenshot."""

from __future__ import annotations

import io
import random
from pathlib import Path

import cv2
import numpy as np
from PIL import Image
from render import Page, images_pdf_bytes, pdf_bytes, rasterize

cv2.setNumThreads(1)

A4 = (210.0, 297.0)


def on_bed(sheets: list[Page], dpi: float, rng: random.Random) -> Image.Image:
    """Cards or passport pages laid on a scanner bed (A4), as a copy shop would scan them."""
    k = dpi / 25.4
    bed = Image.new("RGB", (round(A4[0] * k), round(A4[1] * k)), (250, 250, 248))
    y = 12 + rng.uniform(0, 10)
    for p in sheets:
        im = rasterize(p, dpi)
        ang = rng.uniform(-1.5, 1.5)
        im = im.convert("RGBA").rotate(ang, resample=Image.BICUBIC, expand=True)
        x = 12 + rng.uniform(0, 25)
        bed.paste(im, (round(x * k), round(y * k)), im)
        y += p.h + 8 + rng.uniform(0, 12)
    return bed


def scan_effect(im: Image.Image, rng: random.Random, grey=None, skew=None) -> Image.Image:
    a = np.asarray(im.convert("RGB"))
    tone = grey if grey is not None else rng.uniform(0.9, 0.99)
    a = cv2.convertScaleAbs(a, alpha=tone, beta=rng.uniform(0, 6))
    a = _grain(a, rng, rng.uniform(2.0, 5.0))
    h, w = a.shape[:2]
    ang = skew if skew is not None else rng.uniform(-1.2, 1.2)
    fill = int(245 * tone)
    R = cv2.getRotationMatrix2D((w / 2, h / 2), ang, 1.0)
    a = cv2.warpAffine(a, R, (w, h), flags=cv2.INTER_LINEAR, borderValue=(fill, fill, fill))
    if rng.random() < 0.5:
        a = cv2.GaussianBlur(a, (0, 0), rng.uniform(0.3, 0.7))
    if rng.random() < 0.35:  # dark lid edge on one side
        e = max(4, int(w * rng.uniform(0.005, 0.015)))
        a = a.copy()
        a[:, :e] = (a[:, :e] * 0.35).astype(np.uint8)
    return Image.fromarray(a)


def _grain(img: np.ndarray, rng: random.Random, sigma: float) -> np.ndarray:
    cv2.setRNGSeed(rng.randrange(1 << 30))
    n = np.empty(img.shape, np.uint8)
    cv2.randn(n, (128, 128, 128), (sigma, sigma, sigma))
    return cv2.addWeighted(img, 1.0, n, 1.0, -128.0)


def phone_photo(
    sheet_im: Image.Image, rng: random.Random, long_side=None, rot=None, flaws=()
) -> Image.Image:
    """Photograph a page or card lying on a table (uint8 OpenCV pipeline)."""
    long_side = long_side or rng.choice([2448, 2560, 3024, 3264, 4000])
    W, H = (long_side * 3 // 4, long_side)
    src = np.asarray(sheet_im.convert("RGB"))
    sh, sw = src.shape[:2]
    # background: table, bed sheet, wooden desk (coarse texture upsampled)
    bgc = np.array(
        rng.choice(
            [
                (120, 84, 50),
                (170, 160, 150),
                (60, 62, 70),
                (200, 190, 170),
                (140, 110, 80),
                (90, 100, 110),
            ]
        ),
        dtype=np.float32,
    )
    g = np.random.default_rng(rng.randrange(1 << 30))
    small = bgc + g.normal(0, 14, (H // 24 + 1, W // 24 + 1, 1)).astype(np.float32)
    bg = cv2.resize(np.clip(small, 0, 255).astype(np.uint8), (W, H), interpolation=cv2.INTER_CUBIC)
    fill = rng.uniform(0.72, 0.9)
    scale = min(W * fill / sw, H * fill / sh)
    dw, dh = sw * scale, sh * scale
    cx, cy = W / 2 + rng.uniform(-0.04, 0.04) * W, H / 2 + rng.uniform(-0.04, 0.04) * H
    j = 0.045
    quad = []
    for sx, sy in ((-1, -1), (1, -1), (1, 1), (-1, 1)):
        quad.append(
            (cx + sx * dw / 2 + rng.uniform(-j, j) * dw, cy + sy * dh / 2 + rng.uniform(-j, j) * dh)
        )
    if "cropped" in flaws:
        quad = [(x + 0.09 * dw, y) for x, y in quad]
    srcq = np.float32([(0, 0), (sw, 0), (sw, sh), (0, sh)])
    M = cv2.getPerspectiveTransform(srcq, np.float32(quad))
    # light map on a coarse grid: sheet shadow, falloff, hand shadow, glare, colour cast
    k = 8
    hs, ws = H // k + 1, W // k + 1
    Ms = cv2.getPerspectiveTransform(srcq, np.float32(quad) / k)
    mask = cv2.warpPerspective(
        np.ones((sh // 4 + 1, sw // 4 + 1), np.float32),
        Ms @ np.diag([4.0, 4.0, 1.0]).astype(np.float64),
        (ws, hs),
    )
    shadow = np.roll(
        cv2.GaussianBlur(mask, (0, 0), W * 0.01 / k),
        (int(W * 0.006 / k), int(W * 0.008 / k)),
        (0, 1),
    )
    yy, xx = np.mgrid[0:hs, 0:ws].astype(np.float32) * k
    lx, ly = rng.uniform(0, W), rng.uniform(0, H)
    light = 1.08 - rng.uniform(0.25, 0.45) * np.sqrt((xx - lx) ** 2 + (yy - ly) ** 2) / max(W, H)
    light = light * (1 - 0.45 * shadow * (1 - mask))
    if "shadow" in flaws or rng.random() < 0.4:
        x0, y0 = rng.uniform(0.1, 0.6) * W, rng.uniform(0.5, 0.8) * H
        light *= 1 - 0.35 * np.clip((xx - x0) / (0.08 * W), 0, 1) * np.clip(
            (yy - y0) / (0.08 * H), 0, 1
        )
    cast = np.array(
        [rng.uniform(0.93, 1.05), rng.uniform(0.95, 1.02), rng.uniform(0.85, 1.0)], np.float32
    ) * rng.uniform(0.85, 1.0)
    lmap = np.clip(light[:, :, None] * cast * 200, 0, 255).astype(np.uint8)
    out = cv2.warpPerspective(
        src, M, (W, H), dst=bg.copy(), flags=cv2.INTER_LINEAR, borderMode=cv2.BORDER_TRANSPARENT
    )
    out = cv2.multiply(out, cv2.resize(lmap, (W, H), interpolation=cv2.INTER_LINEAR), scale=1 / 200)
    if "glare" in flaws:
        gx, gy = rng.uniform(0.3, 0.7) * W, rng.uniform(0.3, 0.7) * H
        gl = np.exp(-(((xx - gx) / (0.09 * W)) ** 2 + ((yy - gy) / (0.05 * H)) ** 2)) * 190
        gl = cv2.resize(gl.astype(np.uint8), (W, H), interpolation=cv2.INTER_LINEAR)
        out = cv2.add(out, cv2.merge([gl, gl, gl]))
    sig = rng.uniform(0.6, 1.4) + (2.2 if "blur" in flaws else 0)
    out = cv2.GaussianBlur(out, (0, 0), sig)
    out = _grain(out, rng, rng.uniform(2.5, 6))
    im = Image.fromarray(out)
    r = rot if rot is not None else rng.choice([0, 0, 0, 0, 90, 180, 270])
    if r:
        im = im.transpose({90: Image.ROTATE_90, 180: Image.ROTATE_180, 270: Image.ROTATE_270}[r])
    return im


def jpeg(im: Image.Image, q: int) -> bytes:
    b = io.BytesIO()
    im.convert("RGB").save(b, "JPEG", quality=q)
    return b.getvalue()


def png(im: Image.Image) -> bytes:
    b = io.BytesIO()
    im.convert("RGB").save(b, "PNG", optimize=False, compress_level=6)
    return b.getvalue()


def _sheet_groups(sheets: list[Page], kind: str) -> list[list[Page]]:
    """Cards of one document go on one scanner page; A4 pages each on their own."""
    if kind == "card":
        return [sheets]
    return [[s] for s in sheets]


def emit(
    folder: Path, items: list[dict], look: str, names, rng: random.Random, flaws=(), rot=None
) -> None:
    """Write the documents `items` (each {'sheets': [...], 'kind': 'page'|'card'|'screen'})
    with one look. `names` is a callable giving the next file name for an extension.
    Fills item['files'] with [{'path', 'pages'}]."""
    folder.mkdir(parents=True, exist_ok=True)
    if isinstance(names, Namer):
        names.kind = look
    if look == "text_pdf":
        pages, name = [], names("pdf")
        for it in items:
            start = len(pages) + 1
            pages.extend(it["sheets"])
            it["files"] = [{"path": name, "pages": list(range(start, len(pages) + 1))}]
        (folder / name).write_bytes(
            pdf_bytes(pages, it.get("title", ""), it.get("author", ""), it.get("acro"))
        )
        return
    if look == "image_pdf":
        dpi = rng.choice([150, 200, 200, 300]) if len(items) < 3 else 150
        ims, name = [], names("pdf")
        for it in items:
            start = len(ims) + 1
            for grp in _sheet_groups(it["sheets"], it["kind"]):
                base = on_bed(grp, dpi, rng) if it["kind"] == "card" else rasterize(grp[0], dpi)
                ims.append(scan_effect(base, rng))
            it["files"] = [{"path": name, "pages": list(range(start, len(ims) + 1))}]
        (folder / name).write_bytes(
            images_pdf_bytes(
                ims, dpi, rng.randint(55, 80), rng.choice(["", "Canon MF Scan", "HP Scan"])
            )
        )
        return
    for it in items:
        it["files"] = []
        if look == "scan":
            dpi = rng.choice([150, 200, 300])
            for grp in _sheet_groups(it["sheets"], it["kind"]):
                base = on_bed(grp, dpi, rng) if it["kind"] == "card" else rasterize(grp[0], dpi)
                im = scan_effect(base, rng)
                ext = rng.choice(["jpg", "jpg", "jpg", "png"]) if dpi <= 200 else "jpg"
                name = names(ext)
                data = png(im) if ext == "png" else jpeg(im, rng.randint(70, 90))
                (folder / name).write_bytes(data)
                it["files"].append({"path": name, "pages": [1]})
        elif look == "phone_photo":
            for s in it["sheets"]:
                dpi = 300 if it["kind"] != "card" else min(600, 3400 / max(s.w, s.h) * 25.4)
                im = phone_photo(rasterize(s, dpi), rng, rot=rot, flaws=flaws)
                name = names("jpg")
                (folder / name).write_bytes(jpeg(im, rng.randint(82, 92)))
                it["files"].append({"path": name, "pages": [1]})
        elif look == "screenshot":
            for s in it["sheets"]:
                im = rasterize(s, 254)
                name = names("png")
                (folder / name).write_bytes(png(im))
                it["files"].append({"path": name, "pages": [1]})
        else:
            raise ValueError(look)


class Namer:
    """Realistic file names: scan_0012.jpg, IMG_2024.jpg, Screenshot_..., doc stems."""

    def __init__(self, rng: random.Random, stem: str | None = None):
        self.rng = rng
        self.stem = stem
        self.n = rng.randint(3, 9000)
        self.used: set[str] = set()
        self.kind = ""

    def __call__(self, ext: str) -> str:
        r = self.rng
        self.n += 1
        day = f"2026{r.randint(9, 11):02d}{r.randint(1, 28):02d}"
        hms = f"{r.randint(7, 22):02d}{r.randint(0, 59):02d}{r.randint(0, 59):02d}"
        if ext == "png" and self.kind == "screenshot":
            name = r.choice(
                [
                    f"Screenshot_{day}-{hms}.png",
                    f"IMG_{self.n:04d}.PNG",
                    f"Capture d'écran {day[:4]}-{day[4:6]}-{day[6:]} à {hms[:2]}.{hms[2:4]}.png",
                ]
            )
        elif ext == "png":
            name = r.choice([f"scan_{self.n:04d}.png", f"Scan{self.n:04d}.png"])
        elif ext == "jpg" and self.kind == "phone_photo":
            name = r.choice(
                [
                    f"IMG_{self.n:04d}.jpg",
                    f"IMG_{day}_{hms}.jpg",
                    f"PXL_{day}_{hms}{r.randint(100, 999)}.jpg",
                    f"{day}_{hms}.jpg",
                ]
            )
        elif ext == "jpg":
            name = r.choice(
                [f"scan_{self.n:04d}.jpg", f"SCAN{self.n:04d}.JPG", f"numerisation_{self.n}.jpg"]
            )
        else:
            name = r.choice(
                [f"scan_{self.n:04d}.{ext}", f"doc{self.n:05d}.{ext}", f"Numérisation_{day}.{ext}"]
            )
        if name in self.used:
            return self(ext)
        self.used.add(name)
        return name

    def named(self, stem: str):
        outer = self

        def f(ext: str) -> str:
            name = f"{stem}.{ext}"
            i = 2
            while name in outer.used:
                name = f"{stem}_{i}.{ext}"
                i += 1
            outer.used.add(name)
            return name

        return f
