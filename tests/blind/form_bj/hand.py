"""Pen work on a rasterised page: handwriting from handwriting fonts with per-glyph
jitter, ticks and crosses, drawn signatures and stray marks; plus scan / photo looks."""

import io
import itertools
import math

import cv2
import numpy as np
from PIL import Image, ImageDraw, ImageFilter, ImageFont

cv2.setNumThreads(1)

HW = "/usr/share/fonts/truetype/"
# (path, has accents, thin strokes); Humor Sans has capitals only
HAND_FONTS = {
    "breip": (HW + "breip/Breip.ttf", True, True),
    "dkg": (HW + "fifthhorseman/dkg.ttf", True, False),
    "dkg_it": (HW + "fifthhorseman/dkgIt.ttf", True, False),
    "ecolier": (HW + "ecolier-court/Ecolier-court.ttf", True, True),
    "humor": (HW + "humor-sans/Humor-Sans.ttf", False, False),
    "rufscript": (HW + "rufscript/Rufscript010.ttf", False, False),
}
CAPS_ONLY = {"humor"}
INKS = {
    "blue": (25, 45, 150),
    "bic_blue": (30, 60, 170),
    "black": (25, 25, 30),
    "navy": (20, 30, 80),
    "purple_blue": (60, 40, 140),
}
_fcache = {}


def _font(path, px):
    key = (path, px)
    if key not in _fcache:
        _fcache[key] = ImageFont.truetype(path, px)
    return _fcache[key]


class Writer:
    """One person's hand: font, size, slant, ink, pressure."""

    def __init__(self, rng, font_key, ink, dpi):
        self.rng = rng
        self.path, self.accents, thin = HAND_FONTS[font_key]
        self.font_key = font_key
        self.ink = np.array(INKS[ink], dtype=np.float32)
        self.dpi = dpi
        bb = _font(self.path, 100).getbbox("H")
        self.cap = (bb[3] - bb[1]) / 100.0  # cap height per pixel of font size
        self.size_pt = rng.uniform(6.8, 8.8)  # cap height in points
        self.grow = (3 if dpi <= 150 else 5) if thin else (3 if dpi >= 250 else 0)
        self.slant = rng.uniform(-0.08, 0.32)
        self.opacity = rng.uniform(0.82, 0.97)
        self.pen_px = max(2, round(dpi / 72 * rng.uniform(0.9, 1.4)))

    # ------------------------------------------------------------ glyph work
    def _mask(self, text, size_px):
        rng = self.rng
        W = int(size_px * 0.85 * (len(text) + 3))
        H = int(size_px * 2.4)
        base = H * 0.66
        mask = Image.new("L", (W, H), 0)
        x = size_px * 0.6
        sp = _font(self.path, max(6, round(size_px))).getlength(" ")
        for ch in text:
            if ch == " ":
                x += sp * rng.uniform(0.9, 1.5)
                continue
            s = size_px * rng.uniform(0.93, 1.07)
            f = _font(self.path, max(6, round(s)))
            gw, gh = int(s * 2.2), int(s * 2.4)
            g = Image.new("L", (gw, gh), 0)
            ImageDraw.Draw(g).text((s * 0.5, s * 1.6), ch, font=f, fill=255, anchor="ls")
            g = g.rotate(rng.uniform(-5, 5), resample=Image.BICUBIC, center=(s * 0.5, s * 1.6))
            dy = rng.gauss(0, size_px * 0.035)
            mask.paste(g, (int(x - s * 0.5), int(base - s * 1.6 + dy)), g)
            x += f.getlength(ch) * rng.uniform(0.97, 1.1)
        k = self.slant + rng.uniform(-0.03, 0.03)
        mask = mask.transform(
            mask.size, Image.AFFINE, (1, k, -k * base, 0, 1, 0), resample=Image.BICUBIC
        )
        mask = mask.crop((0, 0, min(W, int(x + size_px)), H))
        if self.grow:
            mask = mask.filter(ImageFilter.MaxFilter(self.grow))
        self.last_adv = x - size_px * 0.6
        return mask, size_px * 0.6, base

    def _compose(self, img, mask, ox, oy):
        arr = np.asarray(img).astype(np.float32)
        m = np.asarray(mask).astype(np.float32) / 255.0 * self.opacity
        x0, y0 = int(ox), int(oy)
        h, w = m.shape
        X0, Y0 = max(0, x0), max(0, y0)
        X1, Y1 = min(arr.shape[1], x0 + w), min(arr.shape[0], y0 + h)
        if X1 <= X0 or Y1 <= Y0:
            return img
        sub = m[Y0 - y0 : Y1 - y0, X0 - x0 : X1 - x0, None]
        reg = arr[Y0:Y1, X0:X1]
        arr[Y0:Y1, X0:X1] = reg * (1 - sub) + self.ink * sub
        return Image.fromarray(arr.clip(0, 255).astype(np.uint8))

    def write(self, img, x, base, text, max_w=None, size_pt=None):
        """Write text whose baseline starts at pixel (x, base)."""
        size_px = (size_pt or self.size_pt) * self.dpi / 72 / self.cap
        mask, lead, b = self._mask(text, size_px)
        if max_w and mask.width - lead > max_w:
            f = max_w / (mask.width - lead)
            mask = mask.resize((int(mask.width * f), int(mask.height * f)), Image.LANCZOS)
            lead, b = lead * f, b * f
        return self._compose(img, mask, x - lead, base - b)

    def write_comb(self, img, boxes, text):
        for ch, (bx, by, bw, bh) in zip(text, boxes):
            if ch == " ":
                continue
            size_px = bh * self.rng.uniform(0.55, 0.7) / self.cap
            mask, lead, b = self._mask(ch, size_px)
            cw = self.last_adv
            ox = bx + (bw - cw) / 2 - lead + self.rng.gauss(0, bw * 0.06)
            oy = by + bh * self.rng.uniform(0.78, 0.9) - b
            img = self._compose(img, mask, ox, oy)
        return img

    # ------------------------------------------------------------ strokes
    def strokes(self, img, strokes, width=None):
        width = width or self.pen_px
        xs = [p[0] for s in strokes for p in s]
        ys = [p[1] for s in strokes for p in s]
        pad = width * 3 + 4
        x0, y0 = int(min(xs) - pad), int(min(ys) - pad)
        w, h = int(max(xs) + pad) - x0, int(max(ys) + pad) - y0
        ss = 3
        m = Image.new("L", (w * ss, h * ss), 0)
        d = ImageDraw.Draw(m)
        for s in strokes:
            n = len(s)
            for i in range(n - 1):
                pr = 0.75 + 0.5 * math.sin(math.pi * (i + 1) / n)  # lighter at the ends
                ww = max(1, int(width * ss * pr * self.rng.uniform(0.9, 1.1)))
                a = ((s[i][0] - x0) * ss, (s[i][1] - y0) * ss)
                b = ((s[i + 1][0] - x0) * ss, (s[i + 1][1] - y0) * ss)
                d.line([a, b], fill=255, width=ww)
                r = ww / 2
                d.ellipse([b[0] - r, b[1] - r, b[0] + r, b[1] + r], fill=255)
        m = m.resize((w, h), Image.LANCZOS)
        return self._compose(img, m, x0, y0)

    def tick(self, img, box, style):
        bx, by, bw, bh = box
        r = self.rng
        j = lambda v: v + r.gauss(0, bw * 0.05)
        if style == "cross":
            s = [
                [(j(bx + bw * 0.15), j(by + bh * 0.15)), (j(bx + bw * 0.85), j(by + bh * 0.88))],
                [(j(bx + bw * 0.85), j(by + bh * 0.12)), (j(bx + bw * 0.12), j(by + bh * 0.9))],
            ]
            s = [_interp(t, 6) for t in s]
        elif style == "check":
            s = [
                _interp(
                    [
                        (j(bx + bw * 0.1), j(by + bh * 0.5)),
                        (j(bx + bw * 0.4), j(by + bh * 0.9)),
                        (j(bx + bw * 1.1), j(by - bh * 0.3)),
                    ],
                    5,
                )
            ]
        else:  # filled scribble
            s = [
                [
                    (bx + bw * (0.2 + 0.6 * (i % 2)), by + bh * (0.2 + 0.6 * i / 7) + r.gauss(0, 1))
                    for i in range(8)
                ]
            ]
        return self.strokes(img, s)


def _interp(pts, n):
    out = []
    for (xa, ya), (xb, yb) in itertools.pairwise(pts):
        for i in range(n):
            t = i / n
            out.append((xa + (xb - xa) * t, ya + (yb - ya) * t))
    out.append(pts[-1])
    return out


def _bezier(p0, p1, p2, n):
    out = []
    for i in range(n + 1):
        t = i / n
        out.append(
            (
                (1 - t) ** 2 * p0[0] + 2 * (1 - t) * t * p1[0] + t * t * p2[0],
                (1 - t) ** 2 * p0[1] + 2 * (1 - t) * t * p1[1] + t * t * p2[1],
            )
        )
    return out


def signature(rng, box, img, writer, fill=0.75):
    """A drawn signature: capital loop, cursive trochoid body, flourish."""
    bx, by, bw, bh = box
    W = bw * fill * rng.uniform(0.75, 1.0)
    H = bh * rng.uniform(0.45, 0.7)
    ox = bx + rng.uniform(0.08, 0.9 - W / bw) * bw if W / bw < 0.9 else bx + bw * 0.05
    oy = by + bh * rng.uniform(0.35, 0.6)
    slope = rng.uniform(-0.18, 0.06)
    strokes = []
    # capital: tall loop
    cap = []
    cx = ox + W * 0.06
    for i in range(40):
        t = i / 39 * 2 * math.pi * 1.15
        cap.append(
            (cx + W * 0.05 * math.sin(t) + i * W * 0.002, oy - H * 0.5 * (1 - math.cos(t / 2.3)))
        )
    strokes.append(cap)
    # cursive body
    humps = rng.randint(4, 9)
    a = rng.uniform(0.6, 1.0)
    b = rng.uniform(1.1, 1.8)
    body = []
    N = humps * 16
    amps = [rng.uniform(0.2, 0.55) for _ in range(humps + 1)]
    x_start = ox + W * 0.12
    span = W * rng.uniform(0.55, 0.75)
    bs = [b * rng.uniform(0.45, 1.25) for _ in range(humps + 1)]
    for i in range(N + 1):
        t = i / N * 2 * math.pi * humps
        hi = int(t / (2 * math.pi))
        amp = amps[min(hi, humps)]
        bb = bs[min(hi, humps)]
        x = x_start + (a * t - bb * math.sin(t)) / (a * 2 * math.pi * humps) * span
        y = oy - H * amp * (1 - math.cos(t)) / 2 + (x - ox) * slope
        body.append((x, y))
    strokes.append(body)
    # flourish: back under the name then a fast exit
    ex, ey = body[-1]
    fl = []
    for i in range(30):
        t = i / 29
        x = ex + W * 0.08 * math.sin(t * math.pi) - (ex - ox) * 0.9 * t**1.3
        y = ey + H * 0.25 * math.sin(t * math.pi) + H * 0.15 * t
        fl.append((x, y))
    if rng.random() < 0.6:
        strokes.append(fl)
    else:
        ux = ox + W * rng.uniform(0.0, 0.2)
        p0, p1 = (ux, oy + H * 0.2), (ox + W * 0.6, oy + H * rng.uniform(0.3, 0.5))
        p2 = (ox + W * rng.uniform(0.9, 1.05), oy - H * rng.uniform(0.0, 0.3))
        strokes.append(_bezier(p0, p1, p2, 30))
    if rng.random() < 0.4:  # a dot or a dash
        dx, dy = ox + W * rng.uniform(0.4, 0.9), oy - H * rng.uniform(0.6, 0.8)
        strokes.append([(dx, dy), (dx + W * 0.02, dy + 1)])
    return writer.strokes(img, strokes, width=max(2, int(writer.pen_px * rng.uniform(1.0, 1.4))))


def stray_mark(rng, box, img, writer):
    bx, by, bw, bh = box
    x = bx + bw * rng.uniform(0.15, 0.85)
    y = by + bh * rng.uniform(0.3, 0.8)
    if rng.random() < 0.5:
        return writer.strokes(
            img, [[(x, y), (x + 1.5, y + 1), (x + 0.5, y + 2)]], writer.pen_px + 2
        )
    s = bh * 0.12
    return writer.strokes(img, [_interp([(x, y), (x + s * 0.4, y + s), (x + s * 1.2, y - s)], 4)])


def signature_png(rng, w_px, h_px, ink="blue"):
    """A signature on a transparent background (to paste into a fillable PDF)."""
    img = Image.new("RGB", (w_px, h_px), (255, 255, 255))
    wr = Writer(rng, "dkg", ink, 200)
    wr.opacity = 1.0
    img = signature(rng, (0, 0, w_px, h_px), img, wr, fill=0.85)
    a = 255 - np.asarray(img.convert("L"))
    rgba = np.zeros((h_px, w_px, 4), np.uint8)
    rgba[..., :3] = INKS[ink]
    rgba[..., 3] = np.clip(a.astype(np.int32) * 2, 0, 255).astype(np.uint8)
    buf = io.BytesIO()
    Image.fromarray(rgba, "RGBA").save(buf, "PNG")
    return buf.getvalue()


# ---------------------------------------------------------------- looks
def _noise(rng, shape, sigma):
    nrng = np.random.default_rng(rng.randint(0, 2**31))
    return nrng.normal(0, sigma, shape).astype(np.float32)


def scan_look(img, rng, grey=True):
    arr = np.asarray(img).astype(np.float32)
    if grey:
        tone = np.array([rng.uniform(0.9, 0.97)] * 3, np.float32) * np.array(
            [1.0, rng.uniform(0.99, 1.0), rng.uniform(0.96, 1.0)], np.float32
        )
        arr = arr * tone
    arr += _noise(rng, arr.shape[:2] + (1,), rng.uniform(2, 5))
    h, w = arr.shape[:2]
    ang = rng.uniform(-1.2, 1.2)
    M = cv2.getRotationMatrix2D((w / 2, h / 2), ang, 1.0)
    M[:, 2] += (rng.uniform(-12, 12), rng.uniform(-12, 12))
    bg = tuple(float(v) for v in arr[5, 5])
    arr = cv2.warpAffine(arr, M, (w, h), flags=cv2.INTER_LINEAR, borderValue=bg)
    # darker band at one edge (lid not quite closed)
    if rng.random() < 0.5:
        band = np.linspace(0.55, 1.0, max(2, int(w * 0.02)), dtype=np.float32)
        arr[:, : band.size] *= band[None, :, None]
    arr = cv2.GaussianBlur(arr, (0, 0), rng.uniform(0.3, 0.7))
    return Image.fromarray(arr.clip(0, 255).astype(np.uint8))


def photo_look(img, rng):
    """A phone photo of the page on a table: perspective, shadow, cast, blur."""
    page = np.asarray(img).astype(np.float32)
    ph, pw = page.shape[:2]
    long_side = rng.choice([3024, 3264, 4000])
    short = int(long_side * 0.75)
    W, H = short, long_side
    tables = [(128, 92, 62), (150, 148, 140), (205, 200, 190), (70, 70, 78), (170, 130, 95)]
    base = np.array(rng.choice(tables), np.float32)
    low = cv2.resize(_noise(rng, (12, 9), 14), (W, H), interpolation=cv2.INTER_CUBIC)
    bgimg = base[None, None, :] + low[..., None] + _noise(rng, (H, W, 1), 6)
    scale = rng.uniform(0.78, 0.92) * H / ph
    cw, ch = pw * scale, ph * scale
    cx, cy = W / 2 + rng.uniform(-0.04, 0.04) * W, H / 2 + rng.uniform(-0.03, 0.03) * H
    d = 0.045 * W
    dst = np.float32(
        [
            [cx - cw / 2 + rng.uniform(-d, d), cy - ch / 2 + rng.uniform(-d, d)],
            [cx + cw / 2 + rng.uniform(-d, d), cy - ch / 2 + rng.uniform(-d, d)],
            [cx + cw / 2 + rng.uniform(-d, d), cy + ch / 2 + rng.uniform(-d, d)],
            [cx - cw / 2 + rng.uniform(-d, d), cy + ch / 2 + rng.uniform(-d, d)],
        ]
    )
    src = np.float32([[0, 0], [pw, 0], [pw, ph], [0, ph]])
    M = cv2.getPerspectiveTransform(src, dst)
    warped = cv2.warpPerspective(page, M, (W, H), flags=cv2.INTER_LINEAR)
    mask = cv2.warpPerspective(np.ones((ph, pw), np.float32), M, (W, H))
    mask = cv2.GaussianBlur(mask, (0, 0), 1.2)[..., None]
    out = warped * mask + bgimg * (1 - mask)
    # light: linear gradient + a soft shadow (hand / phone)
    yy, xx = np.mgrid[0:H, 0:W].astype(np.float32)
    ang = rng.uniform(0, 2 * math.pi)
    g = (xx * math.cos(ang) + yy * math.sin(ang)) / max(W, H)
    g = (g - g.min()) / (g.max() - g.min() + 1e-6)
    light = rng.uniform(0.72, 0.85) + rng.uniform(0.15, 0.28) * g
    if rng.random() < 0.7:
        sx, sy = rng.uniform(0, W), rng.uniform(0, H)
        r = rng.uniform(0.25, 0.5) * W
        sh = np.exp(-(((xx - sx) ** 2 + (yy - sy) ** 2) / (2 * r * r)))
        light = light * (1 - rng.uniform(0.2, 0.38) * sh)
    cast = np.array(
        rng.choice([(1.03, 1.0, 0.9), (0.93, 0.98, 1.04), (1.0, 1.0, 0.96), (1.02, 0.99, 0.94)]),
        np.float32,
    )
    out = out * light[..., None] * cast[None, None, :]
    out = cv2.GaussianBlur(out, (0, 0), rng.uniform(0.7, 1.6))
    out += _noise(rng, (H, W, 1), rng.uniform(3, 6))
    res = Image.fromarray(out.clip(0, 255).astype(np.uint8))
    return res


def jpeg_bytes(img, q):
    buf = io.BytesIO()
    img.save(buf, "JPEG", quality=q, subsampling=2 if q < 90 else 0)
    return buf.getvalue()


def soften(img):
    return img.filter(ImageFilter.GaussianBlur(0.4))
