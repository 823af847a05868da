"""Seeded degradations that make a clean rendering look scanned or photographed."""

from __future__ import annotations

import hashlib
import io
import random
from dataclasses import dataclass

import cv2
import numpy as np
from PIL import Image, ImageEnhance, ImageFilter


def seed_for(*parts: object) -> int:
    """Stable 32-bit seed from any parts (packet name, file name, page...)."""
    h = hashlib.sha256("/".join(str(p) for p in parts).encode()).digest()
    return int.from_bytes(h[:4], "big")


@dataclass(frozen=True)
class ScanOptions:
    """A flatbed-scan look. ``None`` means "draw at random from the seed"."""

    skew_deg: float | None = None  # |skew| in 0.3..max_skew when random
    max_skew: float = 1.5  # up to 2.5 for a sloppy scan
    noise_sigma: float = 1.2  # gaussian noise, grey levels
    blur_radius: float = 0.9  # gaussian blur in pixels
    brightness: float | None = None  # factor around 1.0
    contrast: float | None = None
    tint: tuple[int, int, int] | None = None  # paper colour; None = random off-white
    grayscale: bool = True
    rotate: int = 0  # 0, 90, 180, 270 (counter-clockwise), a page fed sideways
    jpeg_quality: int | None = None  # re-compress once (JPEG artefacts) when set


CLEAN = ScanOptions(
    skew_deg=0.0,
    noise_sigma=0.0,
    blur_radius=0.0,
    brightness=1.0,
    contrast=1.0,
    tint=(255, 255, 255),
    grayscale=False,
)


def scan(img: Image.Image, seed: int, opts: ScanOptions = ScanOptions()) -> Image.Image:
    """Apply paper tint, brightness/contrast, blur, skew, noise and rotation."""
    rng = random.Random(seed)
    tint = opts.tint or (255 - rng.randint(0, 6), 253 - rng.randint(0, 8), 247 - rng.randint(0, 12))
    im = img.convert("RGB")
    # paper tint: multiply white by the paper colour
    arr = np.asarray(im, dtype=np.float32) * (np.array(tint, dtype=np.float32) / 255.0)
    im = Image.fromarray(arr.clip(0, 255).astype(np.uint8))
    bright = opts.brightness if opts.brightness is not None else rng.uniform(0.96, 1.03)
    contrast = opts.contrast if opts.contrast is not None else rng.uniform(0.9, 1.05)
    im = ImageEnhance.Brightness(im).enhance(bright)
    im = ImageEnhance.Contrast(im).enhance(contrast)
    skew = opts.skew_deg
    if skew is None:
        skew = rng.uniform(0.3, opts.max_skew) * rng.choice((-1, 1))
    if skew:
        fill = tuple(int(c * bright) for c in tint)
        im = im.rotate(skew, resample=Image.Resampling.BICUBIC, expand=True, fillcolor=fill)
    if opts.grayscale:
        im = im.convert("L")
    if opts.noise_sigma > 0:
        nrng = np.random.default_rng(seed)
        a = np.asarray(im, dtype=np.float32)
        noise = nrng.normal(0, opts.noise_sigma, a.shape[:2])
        a = a + (noise[..., None] if a.ndim == 3 else noise)
        im = Image.fromarray(a.clip(0, 255).astype(np.uint8))
    # blur after noise: sensor noise is smoothed by the optics, and JPEGs stay small
    if opts.blur_radius > 0:
        im = im.filter(ImageFilter.GaussianBlur(opts.blur_radius))
    if opts.rotate:
        im = rotate(im, opts.rotate)
    if opts.jpeg_quality:
        buf = io.BytesIO()
        im.save(buf, "JPEG", quality=opts.jpeg_quality)
        im = Image.open(io.BytesIO(buf.getvalue()))
        im.load()
    return im


def rotate(img: Image.Image, degrees: int) -> Image.Image:
    """Exact quarter-turn rotation (counter-clockwise), as a page scanned sideways."""
    ops = {
        90: Image.Transpose.ROTATE_90,
        180: Image.Transpose.ROTATE_180,
        270: Image.Transpose.ROTATE_270,
    }
    return img.transpose(ops[degrees % 360]) if degrees % 360 else img


@dataclass(frozen=True)
class PhotoOptions:
    """A phone-photo look: the page on a darker surface, mild perspective and shading."""

    margin: float = 0.07  # background around the page, fraction of its size
    perspective: float = 0.025  # corner jitter, fraction of the size
    skew_deg: float | None = None
    background: tuple[int, int, int] = (96, 78, 62)  # a wooden table
    shading: float = 0.12  # light fall-off towards one corner
    noise_sigma: float = 2.0
    blur_radius: float = 0.6


def photo(img: Image.Image, seed: int, opts: PhotoOptions = PhotoOptions()) -> Image.Image:
    """Photograph-like colour image of the document lying on a table."""
    rng = random.Random(seed)
    src = np.asarray(img.convert("RGB"))
    h, w = src.shape[:2]
    mx, my = int(w * opts.margin), int(h * opts.margin)
    out_w, out_h = w + 2 * mx, h + 2 * my
    # background: colour with a soft gradient and grain
    yy, xx = np.mgrid[0:out_h, 0:out_w].astype(np.float32)
    grad = 1.0 - 0.25 * (xx / out_w) * rng.uniform(0.5, 1) - 0.15 * (yy / out_h)
    bg = np.array(opts.background, dtype=np.float32)[None, None, :] * grad[..., None]
    nrng = np.random.default_rng(seed)
    bg += nrng.normal(0, 3, (out_h, out_w))[..., None]
    skew = opts.skew_deg if opts.skew_deg is not None else rng.uniform(-2.5, 2.5)
    import math

    cx, cy = out_w / 2, out_h / 2
    ca, sa = math.cos(math.radians(skew)), math.sin(math.radians(skew))
    dst = []
    for px, py in ((mx, my), (mx + w, my), (mx + w, my + h), (mx, my + h)):
        dx, dy = px - cx, py - cy
        rx, ry = cx + dx * ca - dy * sa, cy + dx * sa + dy * ca
        j = opts.perspective
        dst.append((rx + rng.uniform(-j, j) * w, ry + rng.uniform(-j, j) * h))
    m = cv2.getPerspectiveTransform(np.float32([(0, 0), (w, 0), (w, h), (0, h)]), np.float32(dst))
    warped = cv2.warpPerspective(
        src,
        m,
        (out_w, out_h),
        flags=cv2.INTER_LINEAR,
        borderMode=cv2.BORDER_CONSTANT,
        borderValue=(0, 0, 0),
    )
    mask = cv2.warpPerspective(np.full((h, w), 255, np.uint8), m, (out_w, out_h))
    # a soft shadow under the page
    shadow = cv2.GaussianBlur(mask, (0, 0), max(3, w / 200)).astype(np.float32) / 255
    bg *= (1 - 0.35 * np.roll(shadow, (int(h * 0.006), int(w * 0.006)), (0, 1)))[..., None]
    alpha = mask.astype(np.float32)[..., None] / 255
    comp = warped.astype(np.float32) * alpha + bg * (1 - alpha)
    # light fall-off
    fx, fy = rng.uniform(0, 1), rng.uniform(0, 1)
    dist = np.hypot(xx / out_w - fx, yy / out_h - fy)
    comp *= (1 - opts.shading * dist / dist.max())[..., None]
    comp += nrng.normal(0, opts.noise_sigma, (out_h, out_w))[..., None]
    im = Image.fromarray(comp.clip(0, 255).astype(np.uint8))
    if opts.blur_radius:
        im = im.filter(ImageFilter.GaussianBlur(opts.blur_radius))
    return im
