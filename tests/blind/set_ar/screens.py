"""Phone screenshots (1170 x 2532): a neobank's account details, a bill in an operator app."""

from __future__ import annotations

from PIL import Image, ImageDraw
from util import group4, pil_font

W, H = 1170, 2532


def _status_bar(d: ImageDraw.ImageDraw, fg, time="09:41"):
    d.text((90, 70), time, font=pil_font("open-b", 46), fill=fg, anchor="lm")
    for i in range(4):
        d.rectangle([880 + i * 22, 84 - i * 9, 895 + i * 22, 96], fill=fg)
    d.rounded_rectangle([990, 55, 1080, 95], 10, outline=fg, width=4)
    d.rectangle([996, 61, 1060, 89], fill=fg)


def revolut_details(r: dict) -> Image.Image:
    im = Image.new("RGB", (W, H), (247, 247, 250))
    d = ImageDraw.Draw(im)
    _status_bar(d, (0, 0, 0), r.get("time", "10:12"))
    d.text((70, 200), "‹", font=pil_font("open", 90), fill=(0, 0, 0), anchor="lm")
    d.text(
        (W // 2, 200), "Account details", font=pil_font("open-b", 52), fill=(0, 0, 0), anchor="mm"
    )
    d.rounded_rectangle([60, 300, W - 60, 420], 60, fill=(232, 232, 240))
    d.rounded_rectangle([70, 310, W // 2 - 10, 410], 55, fill=(255, 255, 255))
    d.text(
        (W // 4 + 30, 360), "EUR · IBAN", font=pil_font("open-b", 40), fill=(0, 0, 0), anchor="mm"
    )
    d.text(
        (3 * W // 4 - 20, 360),
        "Local",
        font=pil_font("open", 40),
        fill=(110, 110, 120),
        anchor="mm",
    )
    d.rounded_rectangle([60, 470, W - 60, 1500], 40, fill=(255, 255, 255))
    rows = [
        ("Beneficiary", r["holder"]),
        ("IBAN", group4(r["iban"])),
        ("BIC / SWIFT code", r["bic"]),
        ("Bank name", "Revolut Bank UAB"),
        ("Bank address", "Konstitucijos ave. 21B, 08130, Vilnius, Lithuania"),
    ]
    y = 540
    for lab, val in rows:
        d.text((110, y), lab, font=pil_font("open", 38), fill=(120, 120, 130))
        f = pil_font("open-b", 44 if len(val) < 34 else 38)
        d.text((110, y + 55), val, font=f, fill=(10, 10, 20))
        d.rounded_rectangle([W - 190, y + 20, W - 110, y + 100], 20, fill=(240, 240, 248))
        d.rectangle([W - 165, y + 40, W - 135, y + 75], outline=(60, 90, 240), width=4)
        y += 190
    d.text(
        (110, 1560),
        "Use these details to receive EUR transfers from the SEPA zone.",
        font=pil_font("open", 34),
        fill=(120, 120, 130),
    )
    d.rounded_rectangle([60, 2300, W - 60, 2420], 60, fill=(25, 90, 255))
    d.text(
        (W // 2, 2360),
        "Share details",
        font=pil_font("open-b", 46),
        fill=(255, 255, 255),
        anchor="mm",
    )
    d.rounded_rectangle([W // 2 - 200, 2490, W // 2 + 200, 2502], 6, fill=(0, 0, 0))
    return im


def bouygues_app_bill(b: dict) -> Image.Image:
    im = Image.new("RGB", (W, H), (255, 255, 255))
    d = ImageDraw.Draw(im)
    navy = (0, 45, 100)
    d.rectangle([0, 0, W, 430], fill=navy)
    _status_bar(d, (255, 255, 255), b.get("time", "21:37"))
    d.text(
        (70, 210), "‹  Mes factures", font=pil_font("open-b", 50), fill=(255, 255, 255), anchor="lm"
    )
    d.text(
        (70, 330),
        "Facture de " + b["month_label"],
        font=pil_font("open-b", 60),
        fill=(255, 255, 255),
        anchor="lm",
    )
    y = 500
    rows = [
        ("Titulaire", b["holder"]),
        ("Adresse", b["addr_lines"][0]),
        ("", b["addr_lines"][1]),
        ("Offre", "Bbox fit"),
        ("Période", f"du {b['start_fr']} au {b['end_fr']}"),
        ("Émise le", b["issue_fr"]),
        ("N° de facture", b["number"]),
        ("Compte client", b["account"]),
    ]
    for lab, val in rows:
        d.text((70, y), lab, font=pil_font("open", 40), fill=(110, 110, 120))
        d.text((W - 70, y), val, font=pil_font("open-b", 40), fill=(10, 10, 20), anchor="ra")
        y += 95
    d.line([70, y + 10, W - 70, y + 10], fill=(220, 220, 225), width=3)
    d.text((70, y + 60), "Montant", font=pil_font("open-b", 54), fill=navy)
    d.text(
        (W - 70, y + 60), b["amount"] + " €", font=pil_font("open-b", 64), fill=navy, anchor="ra"
    )
    d.text(
        (70, y + 170), f"Prélevé le {b['debit_fr']}", font=pil_font("open", 40), fill=(0, 140, 70)
    )
    d.rounded_rectangle([70, 2250, W - 70, 2380], 65, outline=navy, width=5)
    d.text(
        (W // 2, 2315),
        "Télécharger la facture (PDF)",
        font=pil_font("open-b", 44),
        fill=navy,
        anchor="mm",
    )
    d.rounded_rectangle([W // 2 - 200, 2490, W // 2 + 200, 2502], 6, fill=(0, 0, 0))
    return im
