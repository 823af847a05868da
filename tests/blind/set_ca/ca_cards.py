"""Identity documents drawn with Pillow at S px/mm: passport data pages (TD3), Schengen
type D visa stickers (MRV-A), French titre de séjour and CNI (TD1, front and back)."""

from __future__ import annotations

import math

import numpy as np
from PIL import Image, ImageDraw, ImageFilter

from ca_util import pfont

S = 16  # pixels per millimetre (about 400 dpi)


def mm(v: float) -> int:
    return int(round(v * S))


def guilloche(w_mm, h_mm, rng, c1, c2, line=(120, 120, 160), rosette=None):
    w, h = mm(w_mm), mm(h_mm)
    ys, xs = np.mgrid[0:h, 0:w].astype(np.float32) / S
    t = (xs / w_mm)[:, :, None]
    base = np.array(c1, np.float32) * (1 - t) + np.array(c2, np.float32) * t
    f1, f2, a = rng.uniform(0.6, 1.1), rng.uniform(0.08, 0.2), rng.uniform(2, 5)
    v = np.sin(ys * f1 + a * np.sin(xs * f2))
    v2 = np.sin(ys * f1 * 1.07 - a * np.sin(xs * f2 * 1.3 + 1.0))
    lines = np.clip((np.abs(v) - 0.965) / 0.035, 0, 1) + np.clip((np.abs(v2) - 0.975) / 0.025, 0, 1)
    if rosette:
        cx, cy, r0 = rosette
        r = np.hypot(xs - cx, ys - cy)
        th = np.arctan2(ys - cy, xs - cx)
        rv = np.sin(r * 2.2 + 2.5 * np.sin(th * 12)) * np.exp(-((r / r0) ** 4))
        lines += np.clip((np.abs(rv) - 0.85) / 0.15, 0, 1)
    lines = np.clip(lines, 0, 1)[:, :, None] * 0.3
    out = base * (1 - lines) + np.array(line, np.float32) * lines
    return Image.fromarray(np.clip(out, 0, 255).astype(np.uint8))


def portrait(w_mm, h_mm, rng, sex="F", skin=(200, 160, 130), hair=(40, 30, 25), bg=(225, 228, 232)):
    W, H = mm(w_mm) * 2, mm(h_mm) * 2
    im = Image.new("RGB", (W, H), bg)
    d = ImageDraw.Draw(im)
    cx = W / 2 + rng.uniform(-0.03, 0.03) * W
    cloth = rng.choice([(40, 50, 70), (90, 30, 40), (30, 30, 30), (70, 90, 110), (200, 200, 205)])
    d.ellipse([cx - W * 0.62, H * 0.78, cx + W * 0.62, H * 1.5], fill=cloth)
    d.rectangle(
        [cx - W * 0.09, H * 0.58, cx + W * 0.09, H * 0.82], fill=tuple(int(v * 0.92) for v in skin)
    )
    fw, fh = W * 0.34, H * 0.42
    top = H * 0.2
    if sex == "F":
        d.ellipse([cx - fw * 0.78, top - H * 0.05, cx + fw * 0.78, top + fh * 1.25], fill=hair)
    d.ellipse(
        [cx - fw / 2 - W * 0.03, top + fh * 0.4, cx - fw / 2 + W * 0.03, top + fh * 0.62], fill=skin
    )
    d.ellipse(
        [cx + fw / 2 - W * 0.03, top + fh * 0.4, cx + fw / 2 + W * 0.03, top + fh * 0.62], fill=skin
    )
    d.ellipse([cx - fw / 2, top, cx + fw / 2, top + fh], fill=skin)
    d.chord(
        [cx - fw / 2 - 2, top - H * 0.04, cx + fw / 2 + 2, top + fh * 0.55], 180, 360, fill=hair
    )
    ey = top + fh * 0.45
    for sx in (-1, 1):
        ex = cx + sx * fw * 0.2
        d.ellipse(
            [ex - W * 0.035, ey - H * 0.012, ex + W * 0.035, ey + H * 0.012], fill=(245, 245, 245)
        )
        d.ellipse(
            [ex - W * 0.015, ey - H * 0.012, ex + W * 0.015, ey + H * 0.012], fill=(50, 35, 30)
        )
        d.line(
            [ex - W * 0.05, ey - H * 0.04, ex + W * 0.05, ey - H * 0.045],
            fill=hair,
            width=max(2, W // 70),
        )
    d.line(
        [cx, ey + H * 0.02, cx - W * 0.02, ey + H * 0.1],
        fill=tuple(int(v * 0.8) for v in skin),
        width=3,
    )
    my = top + fh * 0.78
    d.arc(
        [cx - W * 0.07, my - H * 0.03, cx + W * 0.07, my + H * 0.02],
        20,
        160,
        fill=(140, 70, 70),
        width=4,
    )
    im = im.filter(ImageFilter.GaussianBlur(W / 300))
    return im.resize((mm(w_mm), mm(h_mm)), Image.LANCZOS)


class Card:
    """A drawing surface in millimetres."""

    def __init__(self, bg: Image.Image):
        self.im = bg.convert("RGB")
        self.d = ImageDraw.Draw(self.im)

    def text(self, x, y, s, size_mm, font="sans", fill=(20, 20, 20), anchor="la"):
        self.d.text((mm(x), mm(y)), s, font=pfont(font, size_mm * S), fill=fill, anchor=anchor)

    def label(self, x, y, s, size=1.6, font="sans", fill=(70, 70, 110)):
        self.text(x, y, s, size, font, fill)

    def value(self, x, y, s, size=2.9, font="sansB", fill=(15, 15, 20)):
        self.text(x, y, s, size, font, fill)

    def paste(self, img, x, y):
        self.im.paste(img, (mm(x), mm(y)), img if img.mode == "RGBA" else None)

    def mrz(self, lines, y0, x0=None, pitch=2.54, size=3.9, line_gap=None, fill=(10, 10, 10)):
        n = len(lines[0])
        x0 = x0 if x0 is not None else (self.im.width / S - n * pitch) / 2
        gap = line_gap or size * 1.45
        f = pfont("dvm", size * S)
        for i, ln in enumerate(lines):
            for j, ch in enumerate(ln):
                self.d.text((mm(x0 + j * pitch), mm(y0 + i * gap)), ch, font=f, fill=fill)

    def emblem(self, x, y, r, color, kind="star"):
        d = self.d
        d.ellipse([mm(x - r), mm(y - r), mm(x + r), mm(y + r)], outline=color, width=max(2, S // 5))
        if kind == "star":
            pts = []
            for k in range(10):
                rr = r * (0.75 if k % 2 == 0 else 0.3)
                a = math.radians(-90 + k * 36)
                pts.append((mm(x + rr * math.cos(a)), mm(y + rr * math.sin(a))))
            d.polygon(pts, fill=color)
        else:
            for k in range(12):
                a = math.radians(k * 30)
                d.line(
                    [mm(x + r * 0.3 * math.cos(a)), mm(y + r * 0.3 * math.sin(a))]
                    + [mm(x + r * 0.85 * math.cos(a)), mm(y + r * 0.85 * math.sin(a))],
                    fill=color,
                    width=max(2, S // 6),
                )


def ghost(img, alpha=0.35):
    g = img.convert("L").convert("RGB")
    a = Image.new("L", g.size, int(255 * alpha))
    g.putalpha(a)
    return g


def passport_page(rng, spec):
    """spec: colors, header lines, rows of (x, y, label, value, size), mrz, photo, sign."""
    c1, c2, ln = spec["colors"]
    card = Card(guilloche(125, 88, rng, c1, c2, ln, rosette=(95, 45, 16)))
    for x, y, s, size, font, fill in spec["header"]:
        card.text(x, y, s, size, font, fill)
    ph = portrait(31, 40, rng, spec["sex"], spec.get("skin", (190, 150, 120)), bg=(230, 232, 236))
    card.paste(ph, 5, 19)
    card.paste(
        ghost(portrait(13, 17, rng, spec["sex"], spec.get("skin", (190, 150, 120)))), 104, 48
    )
    for x, y, lab, val, vsize in spec["rows"]:
        dy = 2.2
        if isinstance(lab, Image.Image):
            card.paste(lab, x, y - 0.3)
            dy = 2.5
        else:
            card.label(
                x, y, lab, size=spec.get("label_size", 1.55), font=spec.get("label_font", "sans")
            )
        if val:
            card.value(x, y + dy, val, size=vsize or 2.8, font=spec.get("value_font", "sansB"))
    if spec.get("emblem"):
        card.emblem(*spec["emblem"])
    if spec.get("sign") is not None:
        sg = spec["sign"].copy()
        sg.thumbnail((mm(28), mm(8)))
        card.paste(sg, 7, 60)
    card.mrz(spec["mrz"], 71.5)
    return card.im


def booklet(lower, rng, upper=None, stamps=()):
    """Open passport: data page below, the facing page above (pattern), a spine shadow."""
    w, h = lower.size
    if upper is None:
        upper = guilloche(125, 88, rng, (236, 232, 226), (226, 230, 236), (170, 170, 190))
        uc = Card(upper)
        uc.text(62, 80, "OBSERVATIONS", 2.0, "sans", (140, 140, 150), anchor="ma")
        upper = uc.im
    for st, x, y in stamps:
        upper.paste(st, (mm(x), mm(y)), st)
    out = Image.new("RGB", (w, h * 2 + mm(1)), (40, 40, 40))
    out.paste(upper.resize((w, h)), (0, 0))
    out.paste(lower, (0, h + mm(1)))
    a = np.asarray(out).astype(np.float32)
    ys = np.arange(a.shape[0], dtype=np.float32)
    spine = 1 - 0.3 * np.exp(-(((ys - h) / mm(3)) ** 2))
    a *= spine[:, None, None]
    return Image.fromarray(np.clip(a, 0, 255).astype(np.uint8))


def visa_sticker(rng, v):
    """Schengen uniform-format visa (type D, France) stuck on a passport visa page."""
    page = guilloche(125, 88, rng, (232, 236, 226), (236, 228, 232), (160, 175, 165))
    st = guilloche(
        120, 82, rng, (244, 214, 214), (208, 222, 240), (150, 120, 170), rosette=(80, 40, 18)
    )
    card = Card(st)
    card.d.rectangle([0, 0, st.width - 1, st.height - 1], outline=(160, 150, 170), width=3)
    card.text(4, 2.5, "VISA", 5.5, "dvB", (60, 60, 120))
    card.text(28, 3.2, "SCHENGEN", 2.4, "dvB", (120, 110, 160))
    card.text(86, 2.2, "FRA", 2.6, "monoB", (190, 30, 40))
    card.text(95, 2.0, v["number"], 3.0, "monoB", (190, 30, 40))
    ph = portrait(30, 39, rng, v["sex"], v.get("skin", (180, 140, 110)))
    card.paste(ph, 3, 12)
    x0 = 36
    L, V = card.label, card.value
    rows = [
        (x0, 9, "VALABLE POUR / VALID FOR", "FRANCE"),
        (x0, 15.5, "DU / FROM", v["from"]),
        (x0 + 32, 15.5, "AU / UNTIL", v["until"]),
        (x0, 22, "TYPE DE VISA / TYPE OF VISA", v["type"]),
        (x0 + 30, 22, "NOMBRE D'ENTRÉES / NUMBER OF ENTRIES", v["entries"]),
        (x0, 28.5, "DURÉE DE SÉJOUR / DURATION OF VISIT", v["days"]),
        (x0 + 40, 28.5, "JOURS / DAYS", ""),
        (x0, 35, "DÉLIVRÉ À / ISSUED IN", v["issued_in"]),
        (x0 + 40, 35, "LE / ON", v["issued_on"]),
        (x0, 41.5, "NUMÉRO DU PASSEPORT / NUMBER OF PASSPORT", v["passport_no"]),
        (x0, 48, "NOM, PRÉNOM / SURNAME, NAME", v["name"]),
    ]
    for x, y, lab, val in rows:
        L(x, y, lab, size=1.45)
        if val:
            V(x, y + 2.0, val, size=2.7, font="monoB")
    L(3, 54.5, "REMARQUES / REMARKS", size=1.45)
    for i, r in enumerate(v["remarks"]):
        V(3, 56.7 + i * 3.1, r, size=2.6, font="monoB")
    card.mrz(v["mrz"], 66.5, size=3.8)
    page.paste(card.im, (mm(2.5), mm(3)))
    if v.get("stamp") is not None:
        s = v["stamp"].copy()
        s.thumbnail((mm(30), mm(30)))
        page.paste(s, (mm(88), mm(20)), s)
    return page


def id_card_front(rng, f):
    """French ID-1 card front: f['kind'] in ('titre', 'cni')."""
    if f["kind"] == "cni":
        bg = guilloche(
            85.6, 54, rng, (232, 226, 236), (214, 228, 242), (150, 150, 190), rosette=(70, 30, 10)
        )
    else:
        bg = guilloche(
            85.6, 54, rng, (226, 236, 230), (240, 228, 220), (140, 170, 160), rosette=(72, 34, 11)
        )
    card = Card(bg)
    d = card.d
    d.rectangle([mm(3), mm(3), mm(5), mm(7.5)], fill=(0, 35, 149))
    d.rectangle([mm(5), mm(3), mm(7), mm(7.5)], fill=(255, 255, 255))
    d.rectangle([mm(7), mm(3), mm(9), mm(7.5)], fill=(237, 41, 57))
    card.text(10.5, 3.0, "RÉPUBLIQUE FRANÇAISE", 2.3, "dvB", (20, 40, 110))
    if f["kind"] == "cni":
        card.text(
            10.5, 5.8, "CARTE NATIONALE D'IDENTITÉ / IDENTITY CARD", 1.6, "dvC", (20, 40, 110)
        )
    else:
        card.text(10.5, 5.8, "TITRE DE SÉJOUR / RESIDENCE PERMIT", 1.8, "dvCB", (20, 40, 110))
    card.text(60, 3.0, "N° " + f["number"], 2.0, "monoB", (160, 30, 40))
    skin = f.get("skin") or (200, 160, 130)
    card.paste(portrait(23, 30, rng, f["sex"], skin), 3, 11)
    card.paste(ghost(portrait(9, 12, rng, f["sex"], skin)), 73, 38)
    x = 28.5
    y = 10.5
    for lab, val, dx in f["rows"]:
        if isinstance(lab, tuple):
            for k, (lb, vl) in enumerate(zip(lab, val, strict=True)):
                card.label(x + dx[k], y, lb, size=1.3, font="dvC")
                card.value(x + dx[k], y + 1.7, vl, size=2.35, font="dvCB")
        else:
            card.label(x, y, lab, size=1.3, font="dvC")
            card.value(x, y + 1.7, val, size=2.35, font="dvCB")
        y += 5.6
    if f.get("sign") is not None:
        sg = f["sign"].copy()
        sg.thumbnail((mm(20), mm(6)))
        card.label(3, 43, "Signature", size=1.2, font="dvC")
        card.paste(sg, 4, 45)
    d.rounded_rectangle(
        [0, 0, card.im.width - 1, card.im.height - 1],
        radius=mm(3),
        outline=(150, 150, 160),
        width=2,
    )
    return _round(card.im)


def id_card_back(rng, b):
    if b["kind"] == "cni":
        bg = guilloche(85.6, 54, rng, (226, 230, 240), (236, 226, 234), (150, 150, 190))
    else:
        bg = guilloche(85.6, 54, rng, (236, 240, 228), (226, 234, 240), (140, 170, 160))
    card = Card(bg)
    y = 4
    for lab, val in b["rows"]:
        card.label(4, y, lab, size=1.3, font="dvC")
        for i, ln in enumerate(val.split("\n")):
            card.value(4, y + 1.7 + i * 2.7, ln, size=2.2, font="dvCB")
        y += 4.8 + 2.7 * val.count("\n")
    if b.get("stamp") is not None:
        s = b["stamp"].copy()
        s.thumbnail((mm(16), mm(16)))
        card.paste(s, 64, 3)
    card.d.rectangle([0, mm(33.5), card.im.width, card.im.height], fill=(246, 246, 242))
    card.mrz(b["mrz"], 35.2, size=3.55, line_gap=5.6)
    return _round(card.im)


def _round(im):
    m = Image.new("L", im.size, 0)
    ImageDraw.Draw(m).rounded_rectangle(
        [0, 0, im.width - 1, im.height - 1], radius=mm(3.2), fill=255
    )
    out = im.convert("RGBA")
    out.putalpha(m)
    return out


def flat(im, bg=(255, 255, 255)):
    """RGBA card on a plain background (for scans and photos)."""
    if im.mode != "RGBA":
        return im.convert("RGB")
    out = Image.new("RGB", im.size, bg)
    out.paste(im, (0, 0), im)
    return out
