"""Phone screenshots (1170 x 2532) of banking apps showing the account details."""

from __future__ import annotations

from PIL import Image, ImageDraw

from bp_common import iban_groups, pil_font

SW, SH = 1170, 2532


def _status_bar(d: ImageDraw.ImageDraw, time: str, dark: bool, battery: int):
    col = (255, 255, 255) if dark else (10, 10, 10)
    d.text((96, 58), time, font=pil_font("Roboto-M", 50), fill=col)
    x = 960
    for i in range(4):
        h = 14 + i * 8
        d.rounded_rectangle([x + i * 18, 96 - h, x + i * 18 + 11, 96], 3, fill=col)
    bx = 1040
    d.rounded_rectangle([bx, 66, bx + 70, 98], 8, outline=col, width=3)
    d.rectangle([bx + 5, 71, bx + 5 + int(60 * battery / 100), 93], fill=col)
    d.rounded_rectangle([bx + 73, 76, bx + 78, 88], 2, fill=col)


def _home_bar(d, dark=False):
    col = (240, 240, 240) if dark else (20, 20, 20)
    d.rounded_rectangle([SW // 2 - 200, SH - 28, SW // 2 + 200, SH - 18], 5, fill=col)


def lcl_rib_screen(r: dict) -> Image.Image:
    navy, sky = (0, 35, 95), (0, 150, 214)
    img = Image.new("RGB", (SW, SH), (244, 246, 250))
    d = ImageDraw.Draw(img)
    d.rectangle([0, 0, SW, 420], fill=navy)
    _status_bar(d, r.get("time", "18:07"), True, 64)
    d.text((70, 200), "‹", font=pil_font("Roboto", 90), fill=(255, 255, 255))
    d.text(
        (SW // 2, 250),
        "RIB / IBAN",
        font=pil_font("Roboto-B", 56),
        fill=(255, 255, 255),
        anchor="mm",
    )
    d.text(
        (SW // 2, 330),
        r["account_label"],
        font=pil_font("Roboto", 40),
        fill=(200, 215, 240),
        anchor="mm",
    )
    d.rounded_rectangle([50, 370, SW - 50, 1640], 36, fill=(255, 255, 255))
    d.text((110, 440), "LCL", font=pil_font("Arial-B", 80), fill=navy)
    d.text((290, 470), "Le Crédit Lyonnais", font=pil_font("Roboto", 38), fill=(90, 90, 110))
    y = 600
    fields = [
        ("Titulaire du compte", r["holder"]),
        ("IBAN", iban_groups(r["iban"])),
        ("BIC", r["bic"]),
        ("Code banque / Code guichet", f"{r['bank']}  /  {r['branch']}"),
        ("N° de compte / Clé", f"{r['account']}  /  {r['key']}"),
        ("Domiciliation", r["domiciliation"]),
    ]
    for lab, val in fields:
        d.text((110, y), lab, font=pil_font("Roboto", 38), fill=(110, 115, 130))
        size = 50 if lab != "IBAN" else 47
        d.text((110, y + 56), val, font=pil_font("Roboto-M", size), fill=(15, 20, 40))
        y += 165
        d.line([(110, y - 30), (SW - 110, y - 30)], fill=(230, 232, 238), width=2)
    for i, lab in enumerate(["Partager mon RIB", "Télécharger en PDF"]):
        yy = 1720 + i * 170
        fill = sky if i == 0 else (255, 255, 255)
        d.rounded_rectangle([90, yy, SW - 90, yy + 130], 65, fill=fill, outline=sky, width=4)
        d.text(
            (SW // 2, yy + 65),
            lab,
            font=pil_font("Roboto-M", 46),
            fill=(255, 255, 255) if i == 0 else sky,
            anchor="mm",
        )
    d.text(
        (SW // 2, 2140),
        "Ces coordonnées permettent de recevoir des virements",
        font=pil_font("Roboto", 34),
        fill=(120, 120, 135),
        anchor="mm",
    )
    d.text(
        (SW // 2, 2190),
        "et de mettre en place des prélèvements.",
        font=pil_font("Roboto", 34),
        fill=(120, 120, 135),
        anchor="mm",
    )
    tabs = ["Comptes", "Virements", "Cartes", "Conseiller", "Plus"]
    d.rectangle([0, 2330, SW, SH], fill=(255, 255, 255))
    for i, t in enumerate(tabs):
        cx = int(SW * (i + 0.5) / 5)
        d.ellipse([cx - 22, 2360, cx + 22, 2404], outline=(150, 150, 160), width=4)
        d.text((cx, 2440), t, font=pil_font("Roboto", 30), fill=(120, 120, 130), anchor="mm")
    _home_bar(d)
    return img


def n26_screen(r: dict) -> Image.Image:
    teal = (54, 161, 139)
    img = Image.new("RGB", (SW, SH), (255, 255, 255))
    d = ImageDraw.Draw(img)
    _status_bar(d, r.get("time", "21:42"), False, 38)
    d.text((70, 190), "‹", font=pil_font("Roboto", 90), fill=(20, 20, 20))
    d.text((70, 330), "Coordonnées bancaires", font=pil_font("Roboto-B", 66), fill=(20, 20, 20))
    d.text((70, 430), r["account_label"], font=pil_font("Roboto", 40), fill=(120, 120, 120))
    y = 560
    fields = [
        ("Titulaire du compte", r["holder"]),
        ("IBAN", iban_groups(r["iban"])),
        ("BIC", r["bic"]),
        ("Banque", "N26 Bank SE"),
        ("Adresse de la banque", "Voltairestraße 8, 10179 Berlin, Allemagne"),
    ]
    for lab, val in fields:
        d.text((70, y), lab, font=pil_font("Roboto", 38), fill=(130, 130, 130))
        d.text(
            (70, y + 58),
            val,
            font=pil_font("Roboto-M", 50 if len(val) < 34 else 40),
            fill=(15, 15, 15),
        )
        if lab in ("IBAN", "BIC"):
            d.rounded_rectangle([SW - 190, y + 40, SW - 70, y + 120], 20, outline=teal, width=4)
            d.text(
                (SW - 130, y + 80), "Copier", font=pil_font("Roboto-M", 30), fill=teal, anchor="mm"
            )
        y += 190
        d.line([(70, y - 36), (SW - 70, y - 36)], fill=(235, 235, 235), width=2)
    d.rounded_rectangle([70, 1620, SW - 70, 1760], 70, fill=teal)
    d.text(
        (SW // 2, 1690),
        "Partager les coordonnées",
        font=pil_font("Roboto-M", 46),
        fill=(255, 255, 255),
        anchor="mm",
    )
    d.rounded_rectangle([70, 1800, SW - 70, 1940], 70, fill=(240, 244, 243))
    d.text(
        (SW // 2, 1870),
        "Télécharger le relevé d'identité bancaire",
        font=pil_font("Roboto-M", 40),
        fill=(20, 20, 20),
        anchor="mm",
    )
    d.text(
        (70, 2040),
        "Les virements SEPA vers cet IBAN arrivent en 1 jour ouvré.",
        font=pil_font("Roboto", 34),
        fill=(140, 140, 140),
    )
    _home_bar(d)
    return img
