"""Paper, scanner and phone-camera effects on a rendered page (numpy/OpenCV, one thread)."""

import cv2
import numpy as np

cv2.setNumThreads(1)


def _np_rng(rng):
    return np.random.default_rng(rng.randrange(1 << 30))


def scan(img, rng, grey=True):
    """A flatbed scan: tinted paper, slight skew, noise, faint edge shadow. img: RGB uint8."""
    nr = _np_rng(rng)
    a = img.astype(np.float32)
    h, w = a.shape[:2]
    tint = np.array([rng.uniform(0.9, 0.97)] * 3, np.float32)
    if not grey:
        tint = np.array(
            [rng.uniform(0.95, 0.99), rng.uniform(0.94, 0.98), rng.uniform(0.9, 0.96)], np.float32
        )
    a = a * tint + 255 * (1 - tint) * 0.15
    a = np.clip(a * rng.uniform(1.0, 1.06) - rng.uniform(0, 8), 0, 255)
    angle = rng.uniform(-0.9, 0.9)
    m = cv2.getRotationMatrix2D((w / 2, h / 2), angle, 1.0)
    m[:, 2] += (rng.uniform(-8, 8), rng.uniform(-8, 8))
    bg = float(a[5:20, 5:20].mean())
    a = cv2.warpAffine(a, m, (w, h), flags=cv2.INTER_LINEAR, borderValue=(bg, bg, bg))
    if rng.random() < 0.6:
        edge = int(w * rng.uniform(0.004, 0.012))
        side = rng.choice([0, 1])
        ramp = np.linspace(0.55, 1.0, edge, dtype=np.float32)
        if side == 0:
            a[:, :edge] *= ramp[None, :, None]
        else:
            a[:, w - edge :] *= ramp[::-1][None, :, None]
    a += nr.normal(0, rng.uniform(2.5, 5.5), a.shape[:2])[..., None].astype(np.float32)
    a = cv2.GaussianBlur(a, (0, 0), rng.uniform(0.4, 0.8))
    out = np.clip(a, 0, 255).astype(np.uint8)
    if grey and rng.random() < 0.5:
        g = cv2.cvtColor(out, cv2.COLOR_RGB2GRAY)
        out = np.stack([g, g, g], -1)
    return out


def _table(nr, rng, w, h):
    kind = rng.choice(["wood", "dark", "cloth", "white"])
    base = {
        "wood": (150, 105, 70),
        "dark": (55, 52, 50),
        "cloth": (95, 110, 140),
        "white": (215, 212, 205),
    }[kind]
    small = nr.normal(0, 1, (max(4, h // 60), max(4, w // 6)))
    if kind == "wood":
        small = nr.normal(0, 1, (max(4, h // 8), 6))
    tex = cv2.resize(small.astype(np.float32), (w, h), interpolation=cv2.INTER_CUBIC)
    fine = nr.normal(0, 1, (h, w)).astype(np.float32)
    t = tex * 14 + fine * 6
    return np.clip(np.array(base, np.float32)[None, None, :] + t[..., None], 0, 255)


def photo(img, rng, long_side=None):
    """A phone photo of the page on a table: perspective, light, shadow, cast, blur."""
    nr = _np_rng(rng)
    ph, pw = img.shape[:2]
    long_side = long_side or rng.choice([3024, 3264, 4000, 4032])
    H = long_side
    W = int(H * rng.choice([0.75, 0.75, 0.5625]))
    bg = _table(nr, rng, W, H)
    scale = rng.uniform(0.78, 0.9) * min(W / pw, H / ph)
    cw, ch = pw * scale, ph * scale
    cx = W / 2 + rng.uniform(-0.04, 0.04) * W
    cy = H / 2 + rng.uniform(-0.03, 0.03) * H
    d = lambda k: rng.uniform(-k, k)
    k = 0.035 * W
    dst = np.float32(
        [
            [cx - cw / 2 + d(k), cy - ch / 2 + d(k)],
            [cx + cw / 2 + d(k), cy - ch / 2 + d(k)],
            [cx + cw / 2 + d(k) * 1.4, cy + ch / 2 + d(k)],
            [cx - cw / 2 + d(k) * 1.4, cy + ch / 2 + d(k)],
        ]
    )
    src = np.float32([[0, 0], [pw, 0], [pw, ph], [0, ph]])
    m = cv2.getPerspectiveTransform(src, dst)
    paper = img.astype(np.float32) * np.array(
        [rng.uniform(0.95, 0.99), rng.uniform(0.94, 0.98), rng.uniform(0.91, 0.97)], np.float32
    )
    warped = cv2.warpPerspective(paper, m, (W, H), flags=cv2.INTER_LINEAR)
    mask = cv2.warpPerspective(np.ones((ph, pw), np.float32), m, (W, H))
    mask = cv2.GaussianBlur(mask, (0, 0), 1.2)[..., None]
    # soft drop shadow of the sheet on the table
    sh = cv2.GaussianBlur(
        np.roll(mask[..., 0], (int(H * 0.006), int(W * 0.006)), (0, 1)), (0, 0), W * 0.006
    )[..., None]
    a = bg * (1 - 0.45 * sh)
    a = a * (1 - mask) + warped * mask
    # uneven light: linear gradient plus a vignette
    yy, xx = np.mgrid[0:H, 0:W].astype(np.float32)
    ang = rng.uniform(0, 2 * np.pi)
    grad = (xx / W - 0.5) * np.cos(ang) + (yy / H - 0.5) * np.sin(ang)
    light = 1.0 + grad * rng.uniform(0.12, 0.3)
    r2 = (xx / W - 0.5) ** 2 + (yy / H - 0.5) ** 2
    light *= 1 - r2 * rng.uniform(0.2, 0.5)
    a *= light[..., None]
    # a hand or phone shadow across one part
    if rng.random() < 0.7:
        poly = np.array(
            [
                [rng.uniform(0, W), 0],
                [W, 0],
                [W, rng.uniform(0.2, 0.6) * H],
                [rng.uniform(0.5, 1) * W, rng.uniform(0.3, 0.8) * H],
            ],
            np.int32,
        )
        if rng.random() < 0.5:
            poly[:, 0] = W - poly[:, 0]
        shade = np.zeros((H, W), np.float32)
        cv2.fillPoly(shade, [poly], 1.0)
        shade = cv2.GaussianBlur(shade, (0, 0), W * 0.04)
        a *= (1 - shade * rng.uniform(0.18, 0.35))[..., None]
    cast = np.array(
        [rng.uniform(0.95, 1.06), rng.uniform(0.97, 1.03), rng.uniform(0.93, 1.04)], np.float32
    )
    a = a * cast
    a = cv2.GaussianBlur(a, (0, 0), rng.uniform(0.7, 1.6))
    a += nr.normal(0, rng.uniform(2, 4.5), (H, W))[..., None].astype(np.float32)
    return np.clip(a, 0, 255).astype(np.uint8)


def rotate(a, deg):
    k = {
        0: None,
        90: cv2.ROTATE_90_COUNTERCLOCKWISE,
        180: cv2.ROTATE_180,
        270: cv2.ROTATE_90_CLOCKWISE,
    }[deg]
    return a if k is None else cv2.rotate(a, k)


def encode_jpeg(a, q):
    ok, buf = cv2.imencode(
        ".jpg", cv2.cvtColor(a, cv2.COLOR_RGB2BGR), [cv2.IMWRITE_JPEG_QUALITY, int(q)]
    )
    assert ok
    return buf.tobytes()


def encode_png(a):
    if np.array_equal(a[..., 0], a[..., 1]) and np.array_equal(a[..., 1], a[..., 2]):
        ok, buf = cv2.imencode(".png", a[..., 0])
        assert ok
        return buf.tobytes()
    ok, buf = cv2.imencode(".png", cv2.cvtColor(a, cv2.COLOR_RGB2BGR))
    assert ok
    return buf.tobytes()
