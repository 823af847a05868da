"""Phone screenshots drawn with Pillow (1170 x 2532, an iPhone-sized screen)."""

from __future__ import annotations

from PIL import Image, ImageDraw, ImageFont

from bq_common import PIL_FONTS, group4

W, H = 1170, 2532


def _f(name, px):
    return ImageFont.truetype(PIL_FONTS[name], px)


def _status_bar(d: ImageDraw.ImageDraw, time_s: str, dark=False, battery=0.64):
    col = (255, 255, 255) if dark else (10, 10, 10)
    d.text((120, 62), time_s, font=_f("Roboto-M", 50), fill=col, anchor="lm")
    x = 860
    for i in range(4):  # signal bars
        h = 14 + i * 8
        d.rounded_rectangle([x + i * 16, 78 - h, x + i * 16 + 10, 78], 3, fill=col)
    cx, cy = 960, 74
    for r in (34, 22, 10):  # wifi arcs
        d.arc([cx - r, cy - r, cx + r, cy + r], 225, 315, fill=col, width=7)
    d.rounded_rectangle([1010, 46, 1080, 80], 9, outline=col, width=3)
    d.rounded_rectangle([1015, 51, 1015 + int(60 * battery), 75], 6, fill=col)
    d.rounded_rectangle([1084, 56, 1090, 70], 2, fill=col)


def lbp_rib_screen(r, rng) -> Image.Image:
    """La Banque Postale app, 'RIB / IBAN' screen of a joint account."""
    im = Image.new("RGB", (W, H), (244, 246, 250))
    d = ImageDraw.Draw(im)
    navy = (0, 40, 104)
    yel = (255, 204, 0)
    d.rectangle([0, 0, W, 330], fill=navy)
    _status_bar(d, r["time"], dark=True, battery=0.41)
    d.line([(100, 215), (70, 185), (100, 155)], fill=(255, 255, 255), width=8)
    d.text((585, 190), "RIB / IBAN", font=_f("Roboto-M", 56), fill=(255, 255, 255), anchor="mm")
    d.ellipse([1040, 160, 1100, 220], outline=yel, width=6)
    d.text((585, 280), r["account_label"], font=_f("Roboto", 38), fill=(200, 210, 235),
           anchor="mm")  # fmt: skip
    # card
    x0, y0, x1 = 50, 380, 1120
    d.rounded_rectangle([x0, y0, x1, y0 + 1520], 36, fill=(255, 255, 255))
    d.rounded_rectangle([x0 + 40, y0 + 40, x0 + 130, y0 + 130], 18, fill=yel)
    d.text((x0 + 85, y0 + 85), "LBP", font=_f("Roboto-B", 34), fill=navy, anchor="mm")
    d.text((x0 + 160, y0 + 62), "La Banque Postale", font=_f("Roboto-B", 44), fill=navy)
    d.text((x0 + 160, y0 + 115), r["domiciliation"], font=_f("Roboto", 34), fill=(90, 90, 100))
    y = y0 + 210

    def row(label, value, big=False, lines=None):
        nonlocal y
        d.text((x0 + 50, y), label, font=_f("Roboto", 36), fill=(110, 115, 130))
        y += 54
        for ln in lines or [value]:
            d.text((x0 + 50, y), ln, font=_f("Roboto-B" if big else "Roboto-M", 46 if big else 42),
                   fill=(20, 24, 40))  # fmt: skip
            y += 62 if big else 56
        y += 34
        d.line([(x0 + 50, y - 18), (x1 - 50, y - 18)], fill=(230, 232, 238), width=2)

    row("Titulaire(s) du compte", "", lines=r["holder_lines"])
    row("Adresse", "", lines=[r["addr1"], r["addr2"]])
    row("IBAN", "", big=True, lines=[group4(r["iban"])[:24], group4(r["iban"])[25:]])
    row("BIC", r["bic"], big=True)
    # national RIB grid
    d.text((x0 + 50, y), "RIB", font=_f("Roboto", 36), fill=(110, 115, 130))
    y += 58
    cols = [("Banque", r["bank"]), ("Guichet", r["branch"]), ("N° de compte", r["account"]),
            ("Clé", r["key"])]  # fmt: skip
    xs = [x0 + 50, x0 + 230, x0 + 420, x0 + 820]
    for (lab, val), xx in zip(cols, xs, strict=True):
        d.text((xx, y), lab, font=_f("Roboto", 32), fill=(130, 135, 150))
        d.text((xx, y + 46), val, font=_f("Roboto-M", 42), fill=(20, 24, 40))
    y += 150
    # buttons
    d.rounded_rectangle([x0 + 50, y0 + 1320, x1 - 50, y0 + 1430], 55, fill=navy)
    d.text(((x0 + x1) // 2, y0 + 1375), "Partager mon RIB", font=_f("Roboto-M", 44),
           fill=(255, 255, 255), anchor="mm")  # fmt: skip
    d.text(((x0 + x1) // 2, y0 + 1600), "Télécharger le RIB (PDF)", font=_f("Roboto-M", 42),
           fill=navy, anchor="mm")  # fmt: skip
    d.text(((x0 + x1) // 2, y0 + 1680), "Copier l'IBAN", font=_f("Roboto-M", 42), fill=navy,
           anchor="mm")  # fmt: skip
    # bottom tab bar
    d.rectangle([0, 2300, W, H], fill=(255, 255, 255))
    d.line([(0, 2300), (W, 2300)], fill=(220, 222, 230), width=2)
    tabs = ["Comptes", "Virements", "Cartes", "Conseiller", "Plus"]
    for i, t in enumerate(tabs):
        cx = int(W * (i + 0.5) / len(tabs))
        col = navy if i == 0 else (140, 145, 160)
        d.rounded_rectangle([cx - 28, 2335, cx + 28, 2391], 12, outline=col, width=5)
        d.text((cx, 2430), t, font=_f("Roboto", 30), fill=col, anchor="mm")
    d.rounded_rectangle([W // 2 - 200, 2500, W // 2 + 200, 2512], 6, fill=(20, 20, 20))
    return im
