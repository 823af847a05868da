"""Phone screenshots of banking apps showing the account details (RIB / IBAN)."""

from __future__ import annotations

import random

from PIL import Image, ImageDraw

from bw_core import iban_groups
from bw_pil import F, txt


def _status_bar(dr, W, time_s, dark=False, h=120):
    col = (255, 255, 255) if dark else (20, 20, 20)
    txt(dr, (80, 44), time_s, "roboto_m", 44, col)
    x = W - 80
    dr.rounded_rectangle([x - 70, 50, x, 82], radius=8, outline=col, width=3)
    dr.rectangle([x - 66, 54, x - 20, 78], fill=col)
    for i in range(4):
        dr.rectangle([x - 190 + i * 16, 80 - i * 9 - 8, x - 180 + i * 16, 82], fill=col)
    dr.arc([x - 130, 46, x - 86, 90], 225, 315, fill=col, width=5)


def lbp_app(r: dict, rng: random.Random) -> Image.Image:
    W, H = 1170, 2532
    img = Image.new("RGB", (W, H), (244, 246, 250))
    dr = ImageDraw.Draw(img)
    navy, yellow = (0, 44, 119), (255, 204, 0)
    dr.rectangle([0, 0, W, 330], fill=navy)
    _status_bar(dr, W, r["time"], dark=True)
    txt(dr, (60, 190), "‹", "roboto_m", 90, (255, 255, 255))
    txt(dr, (W / 2, 200), "Mon RIB", "roboto_b", 54, (255, 255, 255), "ma")
    dr.rounded_rectangle([50, 380, W - 50, 700], radius=36, fill=(255, 255, 255))
    txt(dr, (100, 420), "COMPTE COURANT POSTAL", "roboto_b", 40, navy)
    txt(dr, (100, 478), f"N° {r['account_masked']}", "roboto", 36, (90, 90, 100))
    txt(dr, (100, 548), "Titulaire(s)", "roboto", 34, (110, 110, 120))
    for i, s in enumerate(r["holders"]):
        txt(dr, (100, 596 + i * 46), s, "roboto_m", 38, (20, 20, 30))
    y = 760
    dr.rounded_rectangle([50, y, W - 50, y + 1040], radius=36, fill=(255, 255, 255))
    y += 50
    for lab, val, mono in (
        ("IBAN", iban_groups(r["iban"]), True),
        ("BIC", r["bic"], True),
        ("Code banque", r["bank"], False),
        ("Code guichet", r["branch"], False),
        ("N° de compte", r["account"], False),
        ("Clé RIB", r["key"], False),
    ):
        txt(dr, (100, y), lab, "roboto", 34, (110, 110, 120))
        f = "roboto_m"
        size = 44 if mono else 42
        while F(f, size).getlength(val) > W - 220:
            size -= 2
        txt(dr, (100, y + 46), val, f, size, (20, 20, 30))
        if lab == "IBAN":
            dr.rounded_rectangle(
                [W - 170, y + 30, W - 100, y + 100], radius=12, outline=navy, width=4
            )
            dr.rectangle([W - 155, y + 45, W - 120, y + 85], outline=navy, width=3)
        y += 130
        dr.line([100, y - 22, W - 100, y - 22], fill=(230, 230, 236), width=2)
    txt(dr, (100, y), "Domiciliation", "roboto", 34, (110, 110, 120))
    for i, s in enumerate(r["domiciliation"]):
        txt(dr, (100, y + 46 + i * 46), s, "roboto_m", 36, (20, 20, 30))
    y = 1900
    dr.rounded_rectangle([80, y, W - 80, y + 130], radius=65, fill=yellow)
    txt(dr, (W / 2, y + 40), "Partager mon RIB", "roboto_b", 44, navy, "ma")
    dr.rounded_rectangle([80, y + 170, W - 80, y + 300], radius=65, outline=navy, width=4)
    txt(dr, (W / 2, y + 210), "Télécharger en PDF", "roboto_b", 44, navy, "ma")
    dr.rectangle([0, H - 200, W, H], fill=(255, 255, 255))
    for i, lab in enumerate(("Comptes", "Virements", "Mes offres", "Contact", "Plus")):
        x = 117 + i * 234
        col = navy if i == 0 else (140, 140, 150)
        dr.rounded_rectangle([x - 28, H - 180, x + 28, H - 124], radius=10, outline=col, width=4)
        txt(dr, (x, H - 110), lab, "roboto", 28, col, "ma")
    dr.rounded_rectangle([W / 2 - 200, H - 30, W / 2 + 200, H - 18], radius=6, fill=(20, 20, 20))
    return img


def wise_app(r: dict, rng: random.Random) -> Image.Image:
    W, H = 1080, 2400
    img = Image.new("RGB", (W, H), (255, 255, 255))
    dr = ImageDraw.Draw(img)
    forest, lime = (22, 51, 0), (159, 232, 112)
    _status_bar(dr, W, r["time"], dark=False, h=100)
    txt(dr, (50, 160), "←", "dejavu", 60, forest)
    txt(dr, (50, 280), "Coordonnées de votre", "opensans_b", 58, forest)
    txt(dr, (50, 352), "compte en EUR", "opensans_b", 58, forest)
    dr.rounded_rectangle([50, 470, 450, 540], radius=35, fill=(232, 235, 230))
    txt(dr, (250, 486), "IBAN  ·  Local", "opensans_sb", 30, forest, "ma")
    y = 600
    rows = [
        ("Nom", r["holder"]),
        ("IBAN", iban_groups(r["iban"])),
        ("Swift/BIC", r["bic"]),
        ("Nom et adresse de la banque", r["bank_addr"][0]),
    ]
    for lab, val in rows:
        txt(dr, (50, y), lab, "opensans", 34, (110, 115, 110))
        size = 44
        while F("opensans_sb", size).getlength(val) > W - 230:
            size -= 2
        txt(dr, (50, y + 50), val, "opensans_sb", size, (14, 15, 12))
        dr.rounded_rectangle([W - 150, y + 30, W - 60, y + 110], radius=40, fill=(232, 235, 230))
        dr.rectangle([W - 120, y + 55, W - 92, y + 88], outline=forest, width=3)
        y += 165
    for s in r["bank_addr"][1:]:
        txt(dr, (50, y - 60), s, "opensans_sb", 40, (14, 15, 12))
        y += 56
    y += 40
    dr.rounded_rectangle([50, y, W - 50, y + 210], radius=24, fill=(243, 246, 240))
    txt(
        dr,
        (90, y + 40),
        "Utilisez ces coordonnées pour recevoir des virements",
        "opensans",
        30,
        (60, 60, 60),
    )
    txt(
        dr,
        (90, y + 85),
        "en euros (SEPA) et des prélèvements de la zone SEPA.",
        "opensans",
        30,
        (60, 60, 60),
    )
    txt(dr, (90, y + 140), "En savoir plus", "opensans_b", 30, forest)
    y = H - 330
    dr.rounded_rectangle([50, y, W - 50, y + 130], radius=65, fill=lime)
    txt(dr, (W / 2, y + 36), "Partager les coordonnées", "opensans_b", 42, forest, "ma")
    dr.rounded_rectangle([W / 2 - 170, H - 40, W / 2 + 170, H - 28], radius=6, fill=(30, 30, 30))
    return img
