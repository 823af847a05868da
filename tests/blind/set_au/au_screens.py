"""Phone screenshots (1170 x 2532) of banking apps showing account details."""

from __future__ import annotations

from au_common import PDF_FONTS, iban_groups, pil_font
from PIL import Image, ImageDraw

SW, SH = 1170, 2532


def _status_bar(d, dark: bool, time_text: str) -> None:
    col = (255, 255, 255) if dark else (0, 0, 0)
    d.text((90, 50), time_text, font=pil_font(PDF_FONTS["Rob-B"], 46), fill=col)
    for i in range(4):
        d.rectangle((860 + i * 18, 80 - i * 9, 872 + i * 18, 92), fill=col)
    d.rounded_rectangle((990, 58, 1080, 96), 10, outline=col, width=3)
    d.rectangle((996, 64, 1060, 90), fill=col)


def n26_details(r: dict) -> Image.Image:
    """N26 app, 'Account details' sheet."""
    img = Image.new("RGB", (SW, SH), (255, 255, 255))
    d = ImageDraw.Draw(img)
    _status_bar(d, False, r.get("time", "10:42"))
    f = lambda s, b=False: pil_font(PDF_FONTS["Rob-B" if b else "Rob"], s)  # noqa: E731
    d.text((70, 190), "‹", font=f(80), fill=(0, 0, 0))
    d.text((70, 320), "Bankverbindung", font=f(70, True), fill=(0, 0, 0))
    d.text((70, 410), "Account details", font=f(40), fill=(120, 120, 120))
    y = 540
    rows = [
        ("Kontoinhaber / Account holder", r["holder"]),
        ("IBAN", iban_groups(r["iban"])),
        ("BIC", r["bic"]),
        ("Bank", r["bank_name"]),
        ("Adresse", "Voltairestraße 8, 10179 Berlin"),
    ]
    for k, v in rows:
        d.text((70, y), k, font=f(38), fill=(120, 120, 120))
        d.text((70, y + 56), v, font=f(50, True), fill=(20, 20, 20))
        d.text((1040, y + 40), "⧉", font=pil_font(PDF_FONTS["Sans"], 50), fill=(54, 161, 139))
        d.line((70, y + 150, SW - 70, y + 150), fill=(230, 230, 230), width=3)
        y += 190
    d.rounded_rectangle((70, y + 80, SW - 70, y + 220), 70, fill=(54, 161, 139))
    d.text(
        (SW / 2, y + 150), "Kontodaten teilen", font=f(46, True), fill=(255, 255, 255), anchor="mm"
    )
    d.rounded_rectangle((SW / 2 - 200, SH - 40, SW / 2 + 200, SH - 28), 6, fill=(0, 0, 0))
    return img


def lbp_rib(r: dict) -> Image.Image:
    """La Banque Postale app, 'Mon RIB' screen."""
    img = Image.new("RGB", (SW, SH), (244, 245, 248))
    d = ImageDraw.Draw(img)
    d.rectangle((0, 0, SW, 330), fill=(0, 51, 153))
    _status_bar(d, True, r.get("time", "18:07"))
    f = lambda s, b=False: pil_font(PDF_FONTS["Open-B" if b else "Open"], s)  # noqa: E731
    d.text((70, 180), "‹  Mes RIB", font=f(54, True), fill=(255, 255, 255))
    d.rounded_rectangle((50, 380, SW - 50, 1740), 30, fill=(255, 255, 255))
    d.rectangle((90, 430, 140, 480), fill=(255, 204, 0))
    d.text((160, 428), "LA BANQUE POSTALE", font=f(44, True), fill=(0, 51, 153))
    d.text((90, 540), "Relevé d'Identité Bancaire", font=f(48, True), fill=(20, 20, 20))
    d.text((90, 610), r["account_label"], font=f(36), fill=(110, 110, 110))
    y = 710
    rows = [
        ("Titulaire", r["holder"]),
        ("IBAN", iban_groups(r["iban"])),
        ("BIC", r["bic"]),
        ("Code banque   Code guichet   N° de compte   Clé", ""),
        ("", f"{r['bank_code']}       {r['branch']}       {r['account']}    {r['key']}"),
        ("Domiciliation", r["agency"]),
    ]
    for k, v in rows:
        if k:
            d.text((90, y), k, font=f(34), fill=(110, 110, 110))
            y += 50
        if v:
            size = 42 if k != "IBAN" else 40
            d.text((90, y), v, font=f(size, True), fill=(20, 20, 20))
            y += 80
    d.rounded_rectangle((90, 1800, SW - 90, 1930), 65, fill=(0, 51, 153))
    d.text((SW / 2, 1865), "Partager mon RIB", font=f(44, True), fill=(255, 255, 255), anchor="mm")
    d.rounded_rectangle((90, 1970, SW - 90, 2100), 65, outline=(0, 51, 153), width=4)
    d.text((SW / 2, 2035), "Télécharger en PDF", font=f(44, True), fill=(0, 51, 153), anchor="mm")
    d.rounded_rectangle((SW / 2 - 200, SH - 40, SW / 2 + 200, SH - 28), 6, fill=(0, 0, 0))
    return img
