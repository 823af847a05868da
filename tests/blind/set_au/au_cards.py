"""Identity documents drawn with Pillow: passport data pages, visa stickers, ID-1 cards."""

from __future__ import annotations

import random

from au_common import OCRB, PDF_FONTS, fr_date, pil_font, sans, signature_image, td1, td3
from PIL import Image, ImageDraw, ImageFilter

PX = 12  # pixels per millimetre


def _guilloche(img: Image.Image, rng: random.Random, color, n=40) -> None:
    d = ImageDraw.Draw(img)
    w, h = img.size
    import math

    for k in range(n):
        pts = []
        ph = rng.uniform(0, 6.28)
        amp = rng.uniform(h * 0.03, h * 0.12)
        base = h * k / n
        for i in range(0, w + 20, 20):
            pts.append((i, base + amp * math.sin(i / (w / rng.uniform(2, 5)) + ph)))
        d.line(pts, fill=color, width=1)


def _portrait(w: int, h: int, rng: random.Random, skin=(120, 85, 60)) -> Image.Image:
    img = Image.new("RGB", (w, h), (218, 222, 226))
    d = ImageDraw.Draw(img)
    hair = (25, 20, 18)
    d.ellipse((w * 0.22, h * 0.1, w * 0.78, h * 0.62), fill=hair)
    d.ellipse((w * 0.27, h * 0.16, w * 0.73, h * 0.66), fill=skin)
    d.rectangle((w * 0.42, h * 0.6, w * 0.58, h * 0.75), fill=skin)
    shirt = rng.choice([(40, 50, 80), (90, 30, 40), (60, 60, 60), (200, 200, 205)])
    d.ellipse((w * 0.05, h * 0.7, w * 0.95, h * 1.3), fill=shirt)
    for ex in (0.4, 0.6):
        d.ellipse((w * ex - 6, h * 0.36, w * ex + 6, h * 0.39), fill=(30, 25, 25))
    d.arc((w * 0.42, h * 0.47, w * 0.58, h * 0.55), 20, 160, fill=(80, 40, 40), width=3)
    return img.filter(ImageFilter.GaussianBlur(1.2))


def _mrz(d: ImageDraw.ImageDraw, lines, x, y, size, pitch):
    f = pil_font(OCRB, size)
    for i, line in enumerate(lines):
        for j, ch in enumerate(line):
            d.text((x + j * pitch, y + i * size * 1.35), ch, font=f, fill=(15, 15, 15))


def _field(d, x, y, label, value, lsize=20, vsize=30, lcol=(70, 70, 90), vfont="Sans-B"):
    d.text((x, y), label, font=sans(lsize), fill=lcol)
    d.text((x, y + lsize + 4), value, font=pil_font(PDF_FONTS[vfont], vsize), fill=(10, 10, 10))


def passport_page(p: dict, rng: random.Random) -> Image.Image:
    """TD3 data page (125 x 88 mm). p: country code, names, number, dates, labels, colours."""
    w, h = 125 * PX, 88 * PX
    bg = p.get("bg", (232, 226, 210))
    img = Image.new("RGB", (w, h), bg)
    _guilloche(img, rng, p.get("line", (205, 195, 175)), 55)
    d = ImageDraw.Draw(img)
    d.text((40, 22), p["state"], font=sans(34, True), fill=p.get("title", (40, 40, 90)))
    d.text((40, 64), p.get("doc_title", "PASSPORT"), font=sans(24), fill=(60, 60, 80))
    pw, ph = 32 * PX, 42 * PX
    img.paste(_portrait(pw, ph, rng, p.get("skin", (110, 78, 55))), (40, 130))
    x0, y = 40 + pw + 40, 115
    lab = p["labels"]
    top = [
        (lab[0], "P"),
        (lab[1], p["country"]),
        (lab[2], p["number"]),
    ]
    for i, (label, val) in enumerate(top):
        _field(d, x0 + i * 250, y, label, val, vsize=28)
    y += 80
    rows = [
        (lab[3], p["surname"]),
        (lab[4], p["given"]),
        (lab[5], p["nat_text"]),
        (lab[6], p["dob_text"]),
        (lab[7], p["sex"]),
        (lab[8], p["pob"]),
        (lab[9], p["issue_text"]),
        (lab[10], p["exp_text"]),
        (lab[11], p["authority"]),
    ]
    for i, (label, val) in enumerate(rows):
        if i in (4, 7):
            continue
        if i == 3 or i == 6:
            nxt = rows[i + 1]
            _field(d, x0, y, label, val)
            _field(d, x0 + 330, y, nxt[0], nxt[1])
        else:
            _field(d, x0, y, label, val)
        y += 68
    sig = signature_image(p["sig"], rng, font="kaushan", px=44, ink=(15, 15, 20))
    sig = sig.resize((int(sig.size[0] * 0.9), int(sig.size[1] * 0.9)))
    img.paste(sig, (60, 130 + ph + 10), sig)
    d.rectangle((0, h - 190, w, h), fill=tuple(min(255, c + 12) for c in bg))
    l1, l2 = td3(
        p["country"],
        p["surname"],
        p["given"],
        p["number"],
        p["nat"],
        p["dob"],
        p["sex"],
        p["exp"],
        p.get("personal", ""),
    )
    if p.get("mrz_override"):
        l1, l2 = p["mrz_override"]
    _mrz(d, (l1, l2), 40, h - 165, 40, 32.6)
    p["mrz"] = (l1, l2)
    return img


def visa_sticker(v: dict, rng: random.Random) -> Image.Image:
    """French type D visa sticker (MRV-A), on a passport page background."""
    from au_common import mrva

    w, h = 125 * PX, 88 * PX
    page = Image.new("RGB", (w, h), v.get("page_bg", (226, 230, 218)))
    _guilloche(page, rng, (205, 212, 198), 35)
    sw, sh = 120 * PX, 80 * PX
    st = Image.new("RGB", (sw, sh), (238, 232, 240))
    _guilloche(st, rng, (214, 200, 222), 60)
    d = ImageDraw.Draw(st)
    d.text((30, 18), "VISA", font=sans(40, True), fill=(60, 40, 110))
    d.text((170, 30), "FRA", font=sans(30, True), fill=(60, 40, 110))
    d.text((sw - 300, 24), v["number"], font=pil_font(PDF_FONTS["Mono"], 36), fill=(170, 20, 30))
    pw, ph = 28 * PX, 36 * PX
    st.paste(_portrait(pw, ph, rng, v.get("skin", (110, 78, 55))), (30, 90))
    x, y = 30 + pw + 30, 80
    rows = [
        (
            "VALABLE POUR / VALID FOR",
            "FRANCE",
            "DU / FROM",
            fr_date(v["from"]).replace("/", "-"),
            "AU / UNTIL",
            fr_date(v["until"]).replace("/", "-"),
        ),
    ]
    r = rows[0]
    _field(d, x, y, r[0], r[1], 16, 26)
    _field(d, x + 330, y, r[2], r[3], 16, 26)
    _field(d, x + 560, y, r[4], r[5], 16, 26)
    y += 62
    _field(d, x, y, "TYPE DE VISA / TYPE OF VISA", "D", 16, 26)
    _field(d, x + 330, y, "DURÉE DU SÉJOUR / DURATION", v["duration"], 16, 26)
    _field(d, x + 620, y, "NOMBRE D'ENTRÉES", "MULT", 16, 26)
    y += 62
    _field(d, x, y, "DÉLIVRÉ À / ISSUED IN", v["issued_in"], 16, 26)
    _field(d, x + 420, y, "LE / ON", fr_date(v["issued_on"]).replace("/", "-"), 16, 26)
    y += 62
    _field(d, x, y, "NOM, PRÉNOM / SURNAME, NAME", f"{v['surname']}, {v['given']}", 16, 26)
    y += 62
    _field(d, x, y, "N° DU PASSEPORT", v["passport_no"], 16, 26)
    y += 62
    d.text((x, y), "REMARQUES", font=sans(16), fill=(70, 70, 90))
    for i, line in enumerate(v["remarks"]):
        d.text((x, y + 22 + i * 32), line, font=sans(26, True), fill=(10, 10, 10))
    l1, l2 = mrva(v["surname"], v["given"], v["number"], v["nat"], v["dob"], v["sex"], v["until"])
    _mrz(d, (l1, l2), 40, sh - 150, 40, 32.6)
    v["mrz"] = (l1, l2)
    page.paste(st, ((w - sw) // 2, (h - sh) // 2))
    return page


def id1_card(c: dict, rng: random.Random) -> tuple[Image.Image, Image.Image]:
    """ID-1 card (85.6 x 54 mm), front and back with a TD1 MRZ: titre de séjour or French CNI."""
    s = 16
    w, h = int(85.6 * s), 54 * s
    fronts = []
    for side in ("front", "back"):
        img = Image.new("RGB", (w, h), c.get("bg", (226, 232, 240)))
        _guilloche(img, rng, c.get("line", (200, 212, 228)), 45)
        d = ImageDraw.Draw(img)
        d.rounded_rectangle((0, 0, w - 1, h - 1), 40, outline=(180, 180, 190), width=3)
        if side == "front":
            d.text((30, 18), "RÉPUBLIQUE FRANÇAISE", font=sans(30, True), fill=(20, 40, 110))
            d.text((30, 56), c["title"], font=sans(26, True), fill=(20, 40, 110))
            pw, ph = 26 * s, 33 * s
            img.paste(_portrait(pw, ph, rng, c.get("skin", (110, 78, 55))), (30, 110))
            x, y = 60 + pw, 110
            for label, val in c["front_rows"]:
                _field(d, x, y, label, val, 17, 27)
                y += 64
            sig = signature_image(c["sig"], rng, font="dancing", px=34, ink=(15, 15, 25))
            img.paste(sig, (x + 330, h - 120), sig)
        else:
            y = 24
            for label, val in c["back_rows"]:
                _field(d, 30, y, label, val, 17, 25)
                y += 60
            l1, l2, l3 = td1(
                c["code"],
                "FRA",
                c["number"],
                c["dob"],
                c["sex"],
                c["exp"],
                c["nat"],
                c["surname"],
                c["given"],
                c.get("opt1", ""),
            )
            d.rectangle((0, h - 230, w, h), fill=(240, 240, 238))
            _mrz(d, (l1, l2, l3), 38, h - 215, 44, 42.5)
            c["mrz"] = (l1, l2, l3)
        fronts.append(img)
    return fronts[0], fronts[1]


def passport_labels_en(extra: str = "") -> list[str]:
    base = [
        "Type",
        "Code",
        "Passport No.",
        "Surname",
        "Given names",
        "Nationality",
        "Date of birth",
        "Sex",
        "Place of birth",
        "Date of issue",
        "Date of expiry",
        "Authority",
    ]
    if extra:
        return [f"{b} / {e}" for b, e in zip(base, extra.split("|"), strict=True)]
    return base
