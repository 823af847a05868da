"""Phone screenshots of blind set cc (1170 x 2532, iPhone-like status bar): an operator's
invoice screen (SFR), a neobank account-details screen (N26), a bank's "Mon RIB" screen
(Crédit Mutuel)."""

from __future__ import annotations

import random

from PIL import Image, ImageDraw

from cc_checks import eur, fr
from cc_core import pil_font
from cc_looks import home_indicator, status_bar


def group4(s):
    return " ".join(s[i : i + 4] for i in range(0, len(s), 4))


# --------------------------------------------------------------------------- SFR app screenshot


def sfr_screenshot(b, rng: random.Random):
    W, H = 1170, 2532
    im = Image.new("RGB", (W, H), (244, 244, 246))
    d = ImageDraw.Draw(im)
    red = (226, 0, 26)
    d.rectangle([0, 0, W, 330], fill=red)
    status_bar(im, rng, b["time"], dark=True)
    d.text((60, 245), "‹", font=pil_font("roboto", 90), fill=(255, 255, 255), anchor="ls")
    d.text(
        (W / 2, 240),
        "Mes factures",
        font=pil_font("roboto-m", 54),
        fill=(255, 255, 255),
        anchor="ms",
    )
    y = 380
    d.rounded_rectangle([40, y, W - 40, y + 520], 36, fill=(255, 255, 255))
    d.text((90, y + 95), b["title"], font=pil_font("roboto-m", 50), fill=(30, 30, 30), anchor="ls")
    d.text(
        (90, y + 250),
        f"{eur(b['amount'])} €",
        font=pil_font("roboto-b", 120),
        fill=(30, 30, 30),
        anchor="ls",
    )
    d.rounded_rectangle([90, y + 300, 330, y + 370], 35, fill=(223, 245, 230))
    d.text((210, y + 348), "Payée", font=pil_font("roboto-m", 40), fill=(20, 130, 60), anchor="ms")
    d.text(
        (90, y + 455),
        f"Prélevée le {fr(b['debit'])}",
        font=pil_font("roboto", 40),
        fill=(110, 110, 110),
        anchor="ls",
    )
    y += 570
    d.text(
        (60, y + 40),
        "INFORMATIONS",
        font=pil_font("roboto-m", 36),
        fill=(120, 120, 120),
        anchor="ls",
    )
    y += 70
    rows = [
        ("Date de facture", fr(b["issue"])),
        ("Période", f"du {fr(b['start'])} au {fr(b['end'])}"),
        ("N° de facture", b["invoice"]),
        ("Titulaire", b["holder"]),
        ("Adresse", b["site"][0]),
        ("", b["site"][1]),
        ("Offre", b["offer"]),
        ("Ligne fixe", b["line"]),
    ]
    d.rounded_rectangle(
        [40, y, W - 40, y + 130 * 4 + 100 * (len(rows) - 4)], 36, fill=(255, 255, 255)
    )
    yy = y + 80
    for k, v in rows:
        if k:
            d.text((90, yy), k, font=pil_font("roboto", 40), fill=(110, 110, 110), anchor="ls")
        f = pil_font("roboto-m", 42)
        d.text((W - 90, yy), v, font=f, fill=(30, 30, 30), anchor="rs")
        yy += 100 if k else 70
        if k and rows.index((k, v)) < len(rows) - 1 and rows[rows.index((k, v)) + 1][0]:
            d.line([(90, yy - 55), (W - 90, yy - 55)], fill=(235, 235, 235), width=2)
    y = yy + 60
    d.text((60, y), "DÉTAIL", font=pil_font("roboto-m", 36), fill=(120, 120, 120), anchor="ls")
    y += 30
    d.rounded_rectangle([40, y, W - 40, y + 100 * len(b["lines"]) + 60], 36, fill=(255, 255, 255))
    yy = y + 85
    for k, v in b["lines"]:
        f = pil_font("roboto-b" if k.startswith("Total") else "roboto", 40)
        d.text((90, yy), k, font=f, fill=(30, 30, 30), anchor="ls")
        d.text((W - 90, yy), v, font=f, fill=(30, 30, 30), anchor="rs")
        yy += 100
    y = yy + 50
    d.rounded_rectangle([80, y, W - 80, y + 140], 70, outline=red, width=4)
    d.text(
        (W / 2, y + 88),
        "Télécharger la facture (PDF)",
        font=pil_font("roboto-m", 44),
        fill=red,
        anchor="ms",
    )
    d.rectangle([0, H - 200, W, H], fill=(255, 255, 255))
    for i, lab in enumerate(["Accueil", "Conso", "Factures", "Assistance"]):
        x = W * (i + 0.5) / 4
        col = red if lab == "Factures" else (120, 120, 120)
        d.rounded_rectangle([x - 30, H - 175, x + 30, H - 115], 12, outline=col, width=5)
        d.text((x, H - 70), lab, font=pil_font("roboto", 34), fill=col, anchor="ms")
    home_indicator(im)
    return im


# --------------------------------------------------------------------------- phone screens


def n26_screen(r, rng: random.Random):
    W, H = 1170, 2532
    im = Image.new("RGB", (W, H), (255, 255, 255))
    d = ImageDraw.Draw(im)
    teal = (54, 161, 139)
    status_bar(im, rng, r["time"])
    d.text((60, 270), "‹", font=pil_font("roboto-l", 100), fill=(30, 30, 30), anchor="ls")
    d.text(
        (W / 2, 258),
        "Détails du compte",
        font=pil_font("roboto-m", 52),
        fill=(30, 30, 30),
        anchor="ms",
    )
    d.ellipse([W / 2 - 110, 350, W / 2 + 110, 570], fill=(230, 244, 240))
    d.text((W / 2, 492), r["initials"], font=pil_font("roboto-m", 90), fill=teal, anchor="ms")
    d.text(
        (W / 2, 660),
        "Compte principal",
        font=pil_font("roboto-m", 56),
        fill=(30, 30, 30),
        anchor="ms",
    )
    d.text(
        (W / 2, 725), "N26 Standard", font=pil_font("roboto", 40), fill=(120, 120, 120), anchor="ms"
    )
    rows = [
        ("Titulaire du compte", r["holder"]),
        ("IBAN", group4(r["iban"])),
        ("BIC", r["bic"]),
        ("Banque", "N26 Bank SE"),
        ("Adresse de la banque", "Voltairestraße 8, 10179 Berlin, Allemagne"),
    ]
    y = 830
    for k, v in rows:
        d.text((80, y), k, font=pil_font("roboto", 38), fill=(130, 130, 130), anchor="ls")
        fnt = pil_font("roboto-m", 46 if k != "IBAN" else 44)
        d.text((80, y + 70), v, font=fnt, fill=(30, 30, 30), anchor="ls")
        if k in ("IBAN", "BIC"):
            d.rounded_rectangle([W - 140, y + 10, W - 90, y + 70], 8, outline=teal, width=5)
            d.rounded_rectangle([W - 125, y - 5, W - 75, y + 55], 8, outline=teal, width=5)
        d.line([(80, y + 120), (W - 80, y + 120)], fill=(236, 236, 236), width=2)
        y += 190
    d.rounded_rectangle([80, y + 60, W - 80, y + 210], 75, fill=teal)
    d.text(
        (W / 2, y + 152),
        "Partager les coordonnées",
        font=pil_font("roboto-m", 46),
        fill=(255, 255, 255),
        anchor="ms",
    )
    d.text(
        (W / 2, y + 330),
        "Virements SEPA entrants et sortants disponibles",
        font=pil_font("roboto", 36),
        fill=(140, 140, 140),
        anchor="ms",
    )
    home_indicator(im)
    return im


def cm_screen(r, rng: random.Random):
    W, H = 1170, 2532
    im = Image.new("RGB", (W, H), (242, 244, 248))
    d = ImageDraw.Draw(im)
    navy, red = (0, 61, 122), (228, 0, 43)
    d.rectangle([0, 0, W, 320], fill=navy)
    status_bar(im, rng, r["time"], dark=True)
    d.text((60, 250), "‹", font=pil_font("roboto", 90), fill=(255, 255, 255), anchor="ls")
    d.text(
        (W / 2, 245), "Mon RIB", font=pil_font("roboto-m", 56), fill=(255, 255, 255), anchor="ms"
    )
    y = 380
    d.rounded_rectangle([40, y, W - 40, y + 1540], 30, fill=(255, 255, 255))
    d.rectangle([90, y + 60, 170, y + 140], fill=navy)
    d.rectangle([130, y + 100, 170, y + 140], fill=red)
    d.text((200, y + 115), "Crédit Mutuel", font=pil_font("roboto-b", 54), fill=navy, anchor="ls")
    d.text(
        (90, y + 230),
        "Relevé d'identité bancaire",
        font=pil_font("roboto-m", 48),
        fill=(30, 30, 30),
        anchor="ls",
    )
    d.text(
        (90, y + 290), r["product"], font=pil_font("roboto", 40), fill=(110, 110, 110), anchor="ls"
    )
    rows = [
        ("Titulaire", r["holder"]),
        ("", r["holder_addr"][0]),
        ("", r["holder_addr"][1]),
        ("Domiciliation", r["branch_name"]),
        ("Code banque", r["bank"]),
        ("Code guichet", r["branch"]),
        ("N° de compte", r["account"]),
        ("Clé RIB", r["key"]),
        ("IBAN", group4(r["iban"])),
        ("BIC", r["bic"]),
    ]
    yy = y + 400
    for k, v in rows:
        if k == "IBAN":
            yy += 20
            d.text((90, yy), k, font=pil_font("roboto", 38), fill=(110, 110, 110), anchor="ls")
            d.text((90, yy + 70), v, font=pil_font("roboto-m", 46), fill=(30, 30, 30), anchor="ls")
            yy += 150
            continue
        if k:
            d.text((90, yy), k, font=pil_font("roboto", 38), fill=(110, 110, 110), anchor="ls")
        d.text((W - 90, yy), v, font=pil_font("roboto-m", 42), fill=(30, 30, 30), anchor="rs")
        yy += 95 if k else 60
    for i, lab in enumerate(["Partager", "Télécharger (PDF)"]):
        x0 = 60 + i * (W - 120) / 2 + 20
        x1 = x0 + (W - 120) / 2 - 40
        d.rounded_rectangle(
            [x0, y + 1600, x1, y + 1730],
            65,
            fill=navy if i == 0 else (255, 255, 255),
            outline=navy,
            width=4,
        )
        d.text(
            ((x0 + x1) / 2, y + 1680),
            lab,
            font=pil_font("roboto-m", 42),
            fill=(255, 255, 255) if i == 0 else navy,
            anchor="ms",
        )
    home_indicator(im)
    return im
