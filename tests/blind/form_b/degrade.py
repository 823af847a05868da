"""Turn a clean 300-dpi page into what a scanner or a phone camera makes of it.
All randomness comes from the numpy Generator passed in (fixed seeds)."""

import io
import math

import cv2
import numpy as np
from PIL import Image

SRC_DPI = 300


def _noise(rng, shape, sd):
    return rng.standard_normal(shape, dtype=np.float32) * np.float32(sd)


def paper(img, rng, tint=None):
    """Give white paper a slight colour and fibre noise."""
    f = img.astype(np.float32)
    if tint is None:
        r = rng.uniform(0.965, 0.995)
        g = r - rng.uniform(0.0, 0.012)
        tint = [r, g, g - rng.uniform(0.0, 0.03)]
    tint = np.array(tint, np.float32)
    f = f * tint[None, None, :]
    return f


def rotate(f, angle, border, shift=(0.0, 0.0)):
    h, w = f.shape[:2]
    M = cv2.getRotationMatrix2D((w / 2, h / 2), angle, 1.0)
    M[:, 2] += shift
    return cv2.warpAffine(
        f, M, (w, h), flags=cv2.INTER_LINEAR, borderMode=cv2.BORDER_CONSTANT, borderValue=border
    )


def scan(img, rng, dpi=300, grey=False, angle=None, quality=None, dark_edge=None):
    """Flatbed scan. img: HxWx3 uint8 at 300 dpi. Returns (PIL image, dpi)."""
    f = paper(img, rng)
    ang = angle if angle is not None else rng.uniform(0.3, 2.0) * rng.choice([-1, 1])
    lid = float(rng.uniform(238, 252))
    f = rotate(f, ang, (lid, lid, lid), shift=(rng.uniform(-25, 25), rng.uniform(-25, 25)))
    # uneven lamp + a dark edge where the lid did not close
    h, w = f.shape[:2]
    xx = np.linspace(-1, 1, w, dtype=np.float32)[None, :]
    yy = np.linspace(-1, 1, h, dtype=np.float32)[:, None]
    light = 1.0 - rng.uniform(0.0, 0.05) * (xx * rng.uniform(-1, 1) + yy * rng.uniform(-1, 1)) ** 2
    f *= light[..., None]
    if dark_edge if dark_edge is not None else rng.random() < 0.35:
        side = rng.integers(0, 4)
        width = int(rng.uniform(0.008, 0.02) * w)
        ramp = np.linspace(0.35, 1.0, width, dtype=np.float32)
        if side == 0:
            f[:, :width] *= ramp[None, :, None]
        elif side == 1:
            f[:, -width:] *= ramp[::-1][None, :, None]
        elif side == 2:
            f[:width] *= ramp[:, None, None]
        else:
            f[-width:] *= ramp[::-1][:, None, None]
    # scale to the scan resolution
    if dpi != SRC_DPI:
        s = dpi / SRC_DPI
        f = cv2.resize(f, (int(w * s), int(h * s)), interpolation=cv2.INTER_AREA)
    f = cv2.GaussianBlur(f, (0, 0), rng.uniform(0.35, 0.75))
    # contrast curve of the scanner
    gamma = rng.uniform(0.9, 1.15)
    f = 255.0 * np.power(np.clip(f / 255.0, 0, 1), gamma)
    f += _noise(rng, f.shape[:2], rng.uniform(1.5, 4.5))[..., None]
    out = np.clip(f, 0, 255).astype(np.uint8)
    im = Image.fromarray(out)
    if grey:
        im = im.convert("L")
    return im


def encode_jpeg(im, quality, dpi):
    buf = io.BytesIO()
    im.save(
        buf,
        "JPEG",
        quality=int(quality),
        dpi=(dpi, dpi),
        optimize=False,
        subsampling=2 if im.mode == "RGB" else 0,
    )
    return buf.getvalue()


def encode_png(im, dpi):
    buf = io.BytesIO()
    im.save(buf, "PNG", dpi=(dpi, dpi), compress_level=6)
    return buf.getvalue()


# ------------------------------------------------------------------ phone photo
def _background(rng, W, H, kind):
    """Surface under the sheet, computed at half resolution then enlarged."""
    f = _background_small(rng, W // 2, H // 2, kind)
    return cv2.resize(f, (W, H), interpolation=cv2.INTER_LINEAR)


def _background_small(rng, w, h, kind):
    yy, xx = np.mgrid[0:h, 0:w].astype(np.float32) * 2
    if kind == "wood":
        base = np.array(
            [rng.uniform(120, 160), rng.uniform(80, 105), rng.uniform(45, 65)], np.float32
        )
        # planks running across the frame, with wavy grain and seams
        wav = np.sin(xx * rng.uniform(0.002, 0.004) + rng.uniform(0, 6)) * rng.uniform(8, 20)
        grain = (
            np.sin((yy + wav) * rng.uniform(0.05, 0.09)) * 0.6
            + np.sin((yy + wav * 1.7) * rng.uniform(0.17, 0.25)) * 0.4
        )
        plank = float(rng.uniform(260, 420))
        seam = (np.mod(yy + rng.uniform(0, plank), plank) < 3).astype(np.float32)
        grain = cv2.GaussianBlur(grain.astype(np.float32), (0, 0), 1.5) - 1.8 * seam
        f = base[None, None, :] * (0.85 + 0.12 * grain[..., None])
    elif kind == "dark":
        base = np.array([rng.uniform(40, 60)] * 3, np.float32) + rng.uniform(-5, 5, 3)
        f = np.broadcast_to(base, (h, w, 3)).copy()
    elif kind == "fabric":
        base = np.array(
            [rng.uniform(70, 110), rng.uniform(90, 120), rng.uniform(110, 150)], np.float32
        )
        weave = (np.sin(xx * 0.45) * np.sin(yy * 0.45)) * 0.05
        f = base[None, None, :] * (1 + weave[..., None])
    else:  # light desk
        base = np.array(
            [rng.uniform(195, 215), rng.uniform(195, 212), rng.uniform(185, 205)], np.float32
        )
        f = np.broadcast_to(base, (h, w, 3)).copy()
    small = rng.normal(0, 1, (h // 8 + 1, w // 8 + 1)).astype(np.float32)
    small = cv2.resize(cv2.GaussianBlur(small, (0, 0), 2), (w, h))
    f = f * (1 + 0.05 * small[..., None])
    return f.astype(np.float32)


def phone(img, rng, long_side=None, landscape=False, bg=None, turn=0, quality=None, strong=False):
    """Photo of a sheet lying on a surface. turn: 0, 90, 180 or 270 (degrees, counter-
    clockwise) = how the picture ends up rotated in the file. Returns PIL RGB image."""
    long_side = long_side or int(rng.choice([3024 * 4 // 3, 4000, 3264, 2560]))
    long_side = min(4032, max(2000, long_side))
    short = int(long_side * 3 / 4)
    W, Hh = (long_side, short) if landscape else (short, long_side)
    kind = bg or rng.choice(["wood", "dark", "fabric", "desk"])
    canvas = _background(rng, W, Hh, kind)
    # page, slightly warm paper
    src = paper(
        img, rng, [rng.uniform(0.97, 1.0), rng.uniform(0.96, 0.99), rng.uniform(0.92, 0.97)]
    )
    sh, sw = src.shape[:2]
    # where the page lands: portrait page fills ~80 % of the frame height
    fill = rng.uniform(0.80, 0.92) if not landscape else rng.uniform(0.86, 0.95)
    ph = Hh * fill
    pw = ph * sw / sh
    if pw > W * 0.95:
        pw = W * 0.95
        ph = pw * sh / sw
    cx = W / 2 + rng.uniform(-0.04, 0.04) * W
    cy = Hh / 2 + rng.uniform(-0.03, 0.03) * Hh
    rot = math.radians(rng.uniform(-4, 4))
    persp = rng.uniform(0.02, 0.07 if not strong else 0.11)
    corners = np.array([[-pw / 2, -ph / 2], [pw / 2, -ph / 2], [pw / 2, ph / 2], [-pw / 2, ph / 2]])
    # perspective: the far edge (top) is shorter
    top_shrink = persp * pw
    corners[0, 0] += top_shrink / 2 + rng.uniform(-0.01, 0.01) * pw
    corners[1, 0] -= top_shrink / 2 + rng.uniform(-0.01, 0.01) * pw
    corners[0, 1] += persp * ph * 0.3
    corners[1, 1] += persp * ph * 0.3
    corners += rng.uniform(-0.012, 0.012, corners.shape) * [pw, ph]
    R = np.array([[math.cos(rot), -math.sin(rot)], [math.sin(rot), math.cos(rot)]])
    dst = (corners @ R.T + [cx, cy]).astype(np.float32)
    srcq = np.array([[0, 0], [sw, 0], [sw, sh], [0, sh]], np.float32)
    M = cv2.getPerspectiveTransform(srcq, dst)
    warped = cv2.warpPerspective(
        src, M, (W, Hh), flags=cv2.INTER_AREA, borderMode=cv2.BORDER_CONSTANT, borderValue=(0, 0, 0)
    )
    mask = cv2.warpPerspective(np.ones((sh, sw), np.float32), M, (W, Hh), flags=cv2.INTER_LINEAR)
    # drop shadow of the sheet
    small = cv2.resize(mask, (W // 4, Hh // 4), interpolation=cv2.INTER_AREA)
    small = cv2.GaussianBlur(small, (0, 0), W * 0.0015)
    shadow = cv2.resize(small, (W, Hh), interpolation=cv2.INTER_LINEAR)
    shadow = np.roll(shadow, (int(W * 0.004), int(W * 0.006)), (0, 1))
    canvas *= (1 - 0.45 * shadow)[..., None]
    f = canvas * (1 - mask[..., None]) + warped * mask[..., None]
    # light: a broad gradient + vignette, sometimes the shadow of the phone / hand
    # (smooth fields: computed at 1/8 resolution)
    lw_, lh_ = W // 8, Hh // 8
    yy, xx = np.mgrid[0:lh_, 0:lw_].astype(np.float32)
    gx, gy = rng.uniform(-1, 1), rng.uniform(-1, 1)
    grad = 1 + rng.uniform(0.06, 0.16) * ((xx / lw_ - 0.5) * gx + (yy / lh_ - 0.5) * gy)
    r2 = (xx / lw_ - 0.5) ** 2 + (yy / lh_ - 0.5) ** 2
    vig = 1 - rng.uniform(0.12, 0.28) * r2 / 0.5
    light = grad * vig
    if rng.random() < 0.4:
        sx = rng.uniform(0.2, 0.8) * lw_
        poly = np.array(
            [
                [sx, 0],
                [sx + lw_ * 0.35, 0],
                [sx + lw_ * rng.uniform(0.1, 0.5), lh_ * rng.uniform(0.25, 0.5)],
                [sx - lw_ * 0.1, lh_ * rng.uniform(0.2, 0.4)],
            ],
            np.int32,
        )
        sm = np.zeros((lh_, lw_), np.float32)
        cv2.fillPoly(sm, [poly], 1.0)
        sm = cv2.GaussianBlur(sm, (0, 0), lw_ * 0.03)
        light *= 1 - rng.uniform(0.12, 0.25) * sm
    light = cv2.resize(light.astype(np.float32), (W, Hh), interpolation=cv2.INTER_LINEAR)
    f *= light[..., None]
    # white balance of the camera
    wb = np.array([rng.uniform(0.96, 1.04), 1.0, rng.uniform(0.94, 1.04)], np.float32)
    f *= wb[None, None, :]
    # focus blur (+ rare slight motion)
    res = long_side / 4032.0
    f = cv2.GaussianBlur(f, (0, 0), rng.uniform(0.6, 1.3) * res)
    if rng.random() < 0.25:
        k = max(3, int(round(rng.integers(3, 7) * res)))
        ker = np.zeros((k, k), np.float32)
        ker[k // 2, :] = 1.0 / k
        rotm = cv2.getRotationMatrix2D((k / 2 - 0.5, k / 2 - 0.5), rng.uniform(0, 180), 1)
        ker = cv2.warpAffine(ker, rotm, (k, k))
        ker /= ker.sum()
        f = cv2.filter2D(f, -1, ker)
    f += _noise(rng, f.shape[:2], rng.uniform(2.0, 5.0))[..., None]
    out = np.clip(f, 0, 255).astype(np.uint8)
    if turn == 90:
        out = np.ascontiguousarray(np.rot90(out, 1))
    elif turn == 180:
        out = np.ascontiguousarray(np.rot90(out, 2))
    elif turn == 270:
        out = np.ascontiguousarray(np.rot90(out, 3))
    return Image.fromarray(out)


def photocopy(img, rng, angle=None):
    """The blank form was photocopied before being filled: grey, a bit skewed, toner specks.
    Returns (new image, 2x3 affine matrix applied)."""
    h, w = img.shape[:2]
    ang = angle if angle is not None else rng.uniform(-0.8, 0.8)
    M = cv2.getRotationMatrix2D((w / 2, h / 2), ang, rng.uniform(0.985, 1.0))
    M[:, 2] += (rng.uniform(-20, 20), rng.uniform(-20, 20))
    g = cv2.cvtColor(img, cv2.COLOR_RGB2GRAY).astype(np.float32)
    g = 255 * np.power(g / 255.0, rng.uniform(1.2, 1.6))  # darker, more contrast
    g = cv2.warpAffine(g, M, (w, h), borderValue=255)
    g += _noise(rng, g.shape, 3.0)
    # toner specks
    n = int(rng.integers(20, 80))
    ys = rng.integers(0, h, n)
    xs = rng.integers(0, w, n)
    for x, y in zip(xs, ys):
        cv2.circle(g, (int(x), int(y)), int(rng.integers(1, 3)), float(rng.uniform(60, 160)), -1)
    g = np.clip(g, 0, 255).astype(np.uint8)
    return np.stack([g, g, g], -1), M
