"""Identity documents drawn as images: passport data pages, French visa sticker, ID-1 cards."""

from __future__ import annotations

import random

from PIL import Image, ImageDraw

import ids
from gfx import face, guilloche, pil_font, rgb, signature

K = 14  # px per mm for card art

_MON_FR = "JANV FÉVR MARS AVR MAI JUIN JUIL AOÛT SEPT OCT NOV DÉC".split()
_MON_EN = "JAN FEB MAR APR MAY JUN JUL AUG SEP OCT NOV DEC".split()
_MON_UA = "СІЧ ЛЮТ БЕР КВІ ТРА ЧЕР ЛИП СЕР ВЕР ЖОВ ЛИС ГРУ".split()
_MON_ZH = [f"{i}月" for i in range(1, 13)]


def dmy(iso, style="slash"):
    y, m, d = iso.split("-")
    if style == "slash":
        return f"{d}/{m}/{y}"
    if style == "space":
        return f"{d} {m} {y}"
    mi = int(m) - 1
    if style == "fr_en":
        return f"{d} {_MON_FR[mi]}/{_MON_EN[mi]} {y}"
    if style == "ua_en":
        return f"{d} {_MON_UA[mi]}/{_MON_EN[mi]} {y[2:]}"
    if style == "zh_en":
        return f"{d} {_MON_ZH[mi]}/{_MON_EN[mi]} {y}"
    return f"{d} {_MON_EN[mi]} {y}"


def _t(d, xy, s, font, mm, fill=(20, 20, 30), anchor="ls"):
    d.text((xy[0] * K, xy[1] * K), s, font=pil_font(font, mm * K), fill=rgb(fill), anchor=anchor)


def passport_page(rng: random.Random, p: dict) -> Image.Image:
    """Data page of a passport (ID-3, 125 x 88 mm). p: see generate.py."""
    W, H = 125, 88
    im = guilloche(W * K, H * K, rng, color=rgb(p.get("tint", "c8dcd0")))
    d = ImageDraw.Draw(im)
    lf = p.get("label_font", "dv")
    vf = p.get("value_font", "dvb")
    hc = rgb(p.get("head_color", "283c64"))
    _t(d, (W / 2, 7), p["head1"], p.get("head_font", "dvb"), 3.4, hc, "ms")
    _t(d, (W / 2, 11.5), p["head2"], p.get("head_font", "dvb"), 2.6, hc, "ms")
    ph = face(30 * K, 38 * K, rng, skin=p.get("skin", (150, 110, 80)))
    im.paste(ph, (5 * K, 16 * K))
    sig = signature(rng, p["given"], h_px=6 * K)
    im.paste(sig, (6 * K, 56 * K), sig)
    x0, y = 40, 17
    for row in p["rows"]:
        x = x0
        for label, value in row:
            _t(d, (x, y), label, p.get("label_cjk", lf) if _cjk(label) else lf, 1.7, (70, 70, 90))
            _t(d, (x, y + 3.7), value, "cjk" if _cjk(value) else vf, 2.6)
            x += 85 / len(row) if len(row) > 1 else 0
        y += 7.3
    for i, ln in enumerate(p["mrz"]):
        _t(d, (5, 76 + i * 6.2), ln, "ocrb", 3.75, (10, 10, 10))
    return im


def _cjk(s):
    return any("\u4e00" <= c <= "\u9fff" for c in s)


def booklet(data_page: Image.Image, rng, upper_lines=()):
    """Open booklet: blank upper page with faint print, data page below."""
    W, H = 125, 88
    up = guilloche(W * K, H * K, rng, color=(225, 225, 215))
    d = ImageDraw.Draw(up)
    for i, s in enumerate(upper_lines):
        _t(d, (W / 2, 30 + i * 6), s, "dv", 2.4, (150, 150, 160), "ms")
    im = Image.new("RGB", (W * K, 2 * H * K + 8), (90, 60, 60))
    im.paste(up, (0, 0))
    im.paste(data_page, (0, H * K + 8))
    return im


def visa_sticker(rng: random.Random, v: dict) -> Image.Image:
    """French long-stay visa (uniform format sticker, MRV-A)."""
    W, H = 120, 80
    im = guilloche(W * K, H * K, rng, color=(214, 206, 230))
    d = ImageDraw.Draw(im)
    _t(d, (4, 6), "VISA", "dvb", 3.6, (60, 40, 110))
    _t(d, (116, 6), "FRA " + v["number"], "dvb", 3.2, (200, 30, 40), "rs")
    ph = face(27 * K, 34 * K, rng, skin=v.get("skin", (150, 110, 80)))
    im.paste(ph, (4 * K, 10 * K))
    lab = (80, 70, 110)
    cells = [
        (34, 12, "VALABLE POUR / VALID FOR", "FRANCE"),
        (34, 19, "DU / FROM", ids_date(v["valid_from"])),
        (64, 19, "AU / UNTIL", ids_date(v["valid_until"])),
        (34, 26, "TYPE DE VISA / TYPE OF VISA", "D"),
        (64, 26, "NOMBRE D'ENTREES / NUMBER OF ENTRIES", "MULT"),
        (34, 33, "DUREE DE SEJOUR / DURATION OF STAY", f"{v['days']} JOURS"),
        (64, 33, "DELIVRE A / ISSUED IN", v["issued_in"]),
        (92, 33, "LE / ON", ids_date(v["issued_on"])),
        (34, 40, "NUMERO DE PASSEPORT / NUMBER OF PASSPORT", v["passport_no"]),
        (34, 47, "NOM, PRENOM / SURNAME, NAME", f"{v['surname']}, {v['given']}"),
    ]
    for x, y, label, value in cells:
        _t(d, (x, y), label, "dvc", 1.5, lab)
        _t(d, (x, y + 3.5), value, "dvb", 2.5)
    _t(d, (4, 52), "REMARQUES / REMARKS", "dvc", 1.5, lab)
    for i, s in enumerate(v["remarks"]):
        _t(d, (4, 56 + i * 3.6), s, "dvb", 2.4)
    for i, ln in enumerate(v["mrz"]):
        _t(d, (3, 70 + i * 5.6), ln, "ocrb", 3.55, (10, 10, 10))
    return im


def ids_date(iso):
    return dmy(iso, "slash").replace("/", "-")


def id1_card(rng: random.Random, c: dict, side: str) -> Image.Image:
    """French ID-1 cards: titre de séjour (2020 model) or CNI (2021 model). 85.6 x 54 mm."""
    W, H = 85.6, 54
    k = K
    im = guilloche(int(W * k), int(H * k), rng, color=rgb(c.get("tint", "c9d6ea")))
    d = ImageDraw.Draw(im)
    blue = (20, 45, 120)
    lab = (70, 80, 110)
    if side == "front":
        _t(d, (4, 5.2), "RÉPUBLIQUE FRANÇAISE", "dvb", 2.5, blue)
        _t(d, (4, 8.6), c["title"], "dvb", 2.2, blue)
        _t(d, (4, 11.4), c["title_en"], "dv", 1.6, blue)
        ph = face(int(24 * k), int(31 * k), rng, skin=c.get("skin", (150, 110, 80)))
        im.paste(ph, (int(3.5 * k), int(14 * k)))
        y = 15.5
        for label, value in c["front"]:
            _t(d, (31, y), label, "dvc", 1.35, lab)
            _t(d, (31, y + 3.1), value, "dvb", 2.25)
            y += 5.6
        sig = signature(rng, c["given"], h_px=int(5 * k))
        im.paste(sig, (int(5 * k), int(46.5 * k)), sig)
    else:
        y = 5
        for label, value in c["back"]:
            _t(d, (4, y), label, "dvc", 1.35, lab)
            _t(d, (4, y + 3.1), value, "dvb", 2.1)
            y += 5.6
        d.rectangle([0, int(35 * k), int(W * k), int(H * k)], fill=(246, 246, 240))
        for i, ln in enumerate(c["mrz"]):
            _t(d, (3.5, 40.5 + i * 5.2), ln, "ocrb", 3.3, (10, 10, 10))
    return im


def td1_for(c):
    return ids.td1(
        c["doc"],
        "FRA",
        c["number"],
        c["dob"],
        c["sex"],
        c["expiry"],
        c["nat"],
        c["surname"],
        c["given"],
    )


def visa_page(visa: Image.Image, rng):
    """A passport visa page with the sticker on it, booklet open."""
    page = guilloche(125 * K, 88 * K, rng, color=(225, 225, 215))
    v = visa.resize((int(118 * K), int(118 * K * visa.height / visa.width)))
    page.paste(v, (int(3.5 * K), int((88 * K - v.height) / 2)))
    return booklet(page, rng)
