"""Identity documents of set_ad drawn with Pillow (OCR-B MRZ): passport data page,
Schengen type D visa sticker, French titre de séjour and French identity card."""

from __future__ import annotations

import math
import random

import numpy as np
from adlib_common import pil_font
from PIL import Image, ImageDraw

DPI = 300


def mm(v: float) -> int:
    return int(round(v * DPI / 25.4))


def _background(w_mm, h_mm, c1, c2, rng: random.Random) -> Image.Image:
    w, h = mm(w_mm), mm(h_mm)
    yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
    t = (xx / w * 0.6 + yy / h * 0.4)[:, :, None]
    a = np.array(c1, np.float32) * (1 - t) + np.array(c2, np.float32) * t
    ph = rng.uniform(0, 6)
    for k in range(3):
        f = rng.uniform(0.004, 0.012)
        wave = np.sin(xx * f + 40 * np.sin(yy * 0.003 + ph + k) / 10 + yy * 0.01 * (k + 1))
        a -= (np.abs(wave) < 0.06)[:, :, None] * rng.uniform(10, 22)
    img = Image.fromarray(np.clip(a, 0, 255).astype(np.uint8))
    d = ImageDraw.Draw(img)
    cx, cy = w * rng.uniform(0.55, 0.75), h * rng.uniform(0.35, 0.55)
    for r in range(20, int(h * 0.45), mm(1.6)):
        d.ellipse([cx - r * 1.3, cy - r, cx + r * 1.3, cy + r], outline=_tint(c2, -18), width=1)
    return img


def _tint(c, v):
    return tuple(max(0, min(255, x + v)) for x in c)


def photo(img: Image.Image, box, rng: random.Random, ghost=False) -> None:
    """A neutral portrait placeholder: plain background, head and shoulders."""
    x0, y0, x1, y1 = box
    w, h = x1 - x0, y1 - y0
    p = Image.new("RGB", (w, h), _tint((214, 216, 220), rng.randint(-10, 10)))
    d = ImageDraw.Draw(p)
    skin = rng.choice([(224, 188, 160), (198, 150, 112), (150, 104, 74), (110, 74, 52)])
    hair = rng.choice([(30, 24, 20), (60, 40, 28), (20, 20, 22), (90, 64, 40)])
    d.ellipse([w * 0.1, h * 0.72, w * 0.9, h * 1.3], fill=rng.choice([(40, 50, 80), (70, 70, 70)]))
    d.rectangle([w * 0.4, h * 0.55, w * 0.6, h * 0.8], fill=skin)
    d.ellipse([w * 0.22, h * 0.1, w * 0.78, h * 0.36], fill=hair)
    d.ellipse([w * 0.27, h * 0.15, w * 0.73, h * 0.66], fill=skin)
    for ex in (0.39, 0.61):
        d.ellipse([w * (ex - 0.04), h * 0.36, w * (ex + 0.04), h * 0.40], fill=(40, 30, 30))
    d.line([w * 0.42, h * 0.54, w * 0.58, h * 0.54], fill=(120, 60, 60), width=max(2, w // 60))
    if ghost:
        p = p.convert("L").convert("RGB")
        p = Image.blend(p, Image.new("RGB", p.size, (235, 235, 235)), 0.6)
    img.paste(p, (x0, y0))


def _t(d, xy_mm, text, font="sans", size_mm=2.6, fill=(20, 20, 30)):
    d.text((mm(xy_mm[0]), mm(xy_mm[1])), text, font=pil_font(font, mm(size_mm)), fill=fill)


def _mrz(d, lines, x_mm, y_mm, width_mm):
    n = len(lines[0])
    size = mm(4.2)
    f = pil_font("ocrb", size)
    while f.getlength("<" * n) > mm(width_mm):
        size -= 1
        f = pil_font("ocrb", size)
    for i, line in enumerate(lines):
        d.text((mm(x_mm), mm(y_mm + i * 4.9)), line, font=f, fill=(15, 15, 20))


def _labelled(d, x, y, label, value, lab_col=(70, 60, 90), vfont="sans-b", vsize=3.0):
    _t(d, (x, y), label, "sans", 1.55, lab_col)
    _t(d, (x, y + 2.0), value, vfont, vsize)


def signature_pil(d, x0, y0, w, rng: random.Random, color=(20, 20, 60)):
    pts = []
    n = rng.randint(14, 22)
    for i in range(n):
        t = i / (n - 1)
        pts.append((x0 + w * t + rng.uniform(-w * 0.03, w * 0.03), y0 + math.sin(t * 9) * w * 0.08))
    d.line(pts, fill=color, width=max(2, mm(0.3)), joint="curve")


def passport(p: dict, rng: random.Random) -> Image.Image:
    """Passport data page (TD3, 125 x 88 mm). p: header, colors, fields, mrz, sig."""
    img = _background(125, 88, p["c1"], p["c2"], rng)
    d = ImageDraw.Draw(img)
    y = 2.5
    for i, line in enumerate(p["header"]):
        _t(d, (4, y), line, "sans-b" if i == 0 else "sans", 3.0 if i == 0 else 2.2, p["ink"])
        y += 3.6 if i == 0 else 2.8
    photo(img, (mm(4), mm(19), mm(37), mm(62)), rng)
    for label, value, x, yy in p["fields"]:
        _labelled(d, x, yy, label, value, vfont=p.get("vfont", "sans-b"))
    if p.get("ghost"):
        photo(img, (mm(106), mm(22), mm(121), mm(40)), rng, ghost=True)
    signature_pil(d, mm(96), mm(50), mm(24), rng)
    _mrz(d, p["mrz"], 4, 72.5, 117)
    return img


def visa_page(v: dict, rng: random.Random) -> Image.Image:
    """Passport visa page carrying a French type D visa sticker (MRV-A)."""
    page = _background(125, 88, (236, 232, 240), (222, 230, 236), rng)
    d = ImageDraw.Draw(page)
    _t(d, (3, 2), v.get("page_header", ""), "sans", 2.0, (110, 100, 130))
    st = _background(120, 80, (236, 222, 232), (206, 226, 240), rng)
    sd = ImageDraw.Draw(st)
    blue = (20, 40, 120)
    _t(sd, (3, 2.5), "VISA", "sans-b", 5.2, blue)
    _t(sd, (24, 3.5), "FRA", "sans-b", 3.6, blue)
    _t(sd, (88, 2.5), "FRA", "sans", 2.6, (150, 20, 30))
    _t(sd, (95, 2.3), v["number"], "mono", 3.2, (150, 20, 30))
    rows = [
        ("VALABLE POUR / VALID FOR", "FRANCE", 35, 9),
        ("DU / FROM", v["from"], 35, 15),
        ("AU / UNTIL", v["until"], 62, 15),
        ("TYPE DE VISA / TYPE OF VISA", "D", 35, 21),
        ("NOMBRE D'ENTRÉES / NUMBER OF ENTRIES", "MULT", 62, 21),
        ("DURÉE DE SÉJOUR / DURATION OF STAY", v["days"] + " JOURS", 35, 27),
        ("DÉLIVRÉ À / ISSUED IN", v["place"], 35, 33),
        ("LE / ON", v["issued"], 75, 33),
        ("NUMÉRO DE PASSEPORT / NUMBER OF PASSPORT", v["passport"], 35, 39),
        ("NOM, PRÉNOM / SURNAME, NAME", v["name"], 35, 45),
    ]
    for label, value, x, y in rows:
        _t(sd, (x, y), label, "sans", 1.5, (80, 70, 100))
        _t(sd, (x, y + 1.9), value, "mono", 2.9)
    _t(sd, (35, 51.5), "REMARQUES / REMARKS", "sans", 1.5, (80, 70, 100))
    for i, line in enumerate(v["remarks"]):
        _t(sd, (35, 53.5 + i * 3.2), line, "mono", 2.6)
    photo(st, (mm(3), mm(11), mm(31), mm(47)), rng)
    _mrz(sd, v["mrz"], 3, 67.5, 113)
    page.paste(st, (mm(2.5), mm(5.5)))
    return page


def td1_front(t: dict, rng: random.Random) -> Image.Image:
    """ID-1 card face (85.6 x 54 mm): French titre de séjour or identity card."""
    img = _background(85.6, 54, t["c1"], t["c2"], rng)
    d = ImageDraw.Draw(img)
    _t(d, (3, 2), "RÉPUBLIQUE FRANÇAISE", "sans-b", 2.4, (20, 40, 110))
    _t(d, (3, 5), t["title"], "sans-b", 2.1, (20, 40, 110))
    if t.get("subtitle"):
        _t(d, (3, 7.6), t["subtitle"], "sans", 1.6, (60, 70, 120))
    photo(img, (mm(3), mm(12), mm(25), mm(41)), rng)
    for label, value, x, y in t["fields"]:
        _t(d, (x, y), label, "sans", 1.35, (70, 70, 110))
        _t(d, (x, y + 1.6), value, "sans-b", 2.25)
    if t.get("number_top"):
        _t(d, (52, 2.2), t["number_top"], "mono", 2.6, (20, 20, 40))
    signature_pil(d, mm(5), mm(47), mm(18), rng)
    photo(img, (mm(72), mm(37), mm(83), mm(51)), rng, ghost=True)
    return img


def td1_back(t: dict, rng: random.Random) -> Image.Image:
    img = _background(85.6, 54, t["c2"], t["c1"], rng)
    d = ImageDraw.Draw(img)
    for label, value, x, y in t["back_fields"]:
        _t(d, (x, y), label, "sans", 1.35, (70, 70, 110))
        _t(d, (x, y + 1.6), value, "sans-b", 2.1)
    d.rectangle([mm(63), mm(3), mm(82), mm(16)], outline=(90, 90, 110), width=2)
    _t(d, (64, 7.5), t.get("chip", "CAN 402817"), "mono", 1.8, (60, 60, 80))
    _mrz(d, t["mrz"], 3.5, 36.5, 78.5)
    return img
