"""Bills (Free, Orange, Bouygues Telecom), RIBs (SG, La Banque Postale, BoursoBank), N26 app."""

from __future__ import annotations

import random

from PIL import Image, ImageDraw, ImageFont
from reportlab.lib.colors import Color
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm

from cp_common import F, dfr, dwords, finish, font_path, group4, new_canvas

W, H = A4
TXT = Color(0.1, 0.1, 0.12)
GREY = Color(0.4, 0.4, 0.45)

PROVIDERS = {
    "free": {
        "color": Color(0.8, 0.0, 0.0),
        "logo": "free",
        "font": "Lato",
        "fontb": "LatoB",
        "offer": "Forfait Freebox Pop",
        "legal": "Free SAS — 8 rue de la Ville l'Évêque, 75008 Paris — RCS Paris 421 938 861",
        "client": "Identifiant Freebox",
    },
    "orange": {
        "color": Color(1.0, 0.47, 0.0),
        "logo": "orange",
        "font": "Open",
        "fontb": "OpenB",
        "offer": "Livebox Fibre",
        "legal": "Orange SA — 111 quai du Président Roosevelt, 92130 Issy-les-Moulineaux — "
        "RCS Nanterre 380 129 866",
        "client": "N° client",
    },
    "bouygues": {
        "color": Color(0.0, 0.32, 0.6),
        "logo": "Bouygues Telecom",
        "font": "Roboto",
        "fontb": "RobotoB",
        "offer": "Bbox fit",
        "legal": "Bouygues Telecom SA — 37-39 rue Boissière, 75116 Paris — RCS Paris 397 480 930",
        "client": "Compte client",
    },
}


def bill(prov: str, d: dict, rng: random.Random) -> bytes:
    """One monthly internet bill. d: holder, addr_lines, client, number, issue, p_start, p_end,
    lines [(label, amount)], total, debit_date, iban_tail."""
    p = PROVIDERS[prov]
    fn, fb = p["font"], p["fontb"]
    c, buf = new_canvas(A4, f"Facture {d['number']}")
    x0, x1 = 18 * mm, W - 18 * mm
    if prov == "orange":
        c.setFillColor(p["color"])
        c.rect(x0, H - 32 * mm, 16 * mm, 16 * mm, stroke=0, fill=1)
        c.setFillColor(Color(1, 1, 1))
        c.setFont(F(fb), 6.5)
        c.drawString(x0 + 1.5 * mm, H - 30.5 * mm, "orange")
    elif prov == "free":
        c.setFillColor(p["color"])
        c.setFont(F(fb), 30)
        c.drawString(x0, H - 30 * mm, "free")
    else:
        c.setFillColor(p["color"])
        c.circle(x0 + 6 * mm, H - 24 * mm, 6 * mm, stroke=0, fill=1)
        c.setFont(F(fb), 14)
        c.drawString(x0 + 15 * mm, H - 26 * mm, p["logo"])
    c.setFillColor(TXT)
    c.setFont(F(fn), 8.5)
    yy = H - 42 * mm
    for lab, val in (
        (p["client"], d["client"]),
        ("Facture n°", d["number"]),
        ("Date de facture", dfr(d["issue"])),
    ):
        c.setFillColor(GREY)
        c.drawString(x0, yy, lab)
        c.setFillColor(TXT)
        c.setFont(F(fb), 8.5)
        c.drawString(x0 + 34 * mm, yy, val)
        c.setFont(F(fn), 8.5)
        yy -= 5 * mm
    c.setFont(F(fb), 10)
    c.drawString(112 * mm, H - 48 * mm, d["holder"])
    c.setFont(F(fn), 9.5)
    for i, t in enumerate(d["addr_lines"]):
        c.drawString(112 * mm, H - 53 * mm - i * 5 * mm, t)
    y = H - 85 * mm
    c.setFillColor(p["color"])
    c.setFont(F(fb), 15)
    title = "Votre facture" if prov != "bouygues" else "Votre facture Bbox"
    c.drawString(x0, y, f"{title} du {dwords(d['issue'])}")
    y -= 10 * mm
    c.setFillColor(Color(0.95, 0.95, 0.95))
    c.rect(x0, y - 16 * mm, x1 - x0, 20 * mm, stroke=0, fill=1)
    c.setFillColor(TXT)
    c.setFont(F(fn), 10)
    c.drawString(x0 + 4 * mm, y - 3 * mm, "Montant total TTC")
    c.setFont(F(fb), 20)
    c.drawRightString(x1 - 4 * mm, y - 6 * mm, d["total"] + " €")
    c.setFont(F(fn), 8.5)
    c.drawString(
        x0 + 4 * mm,
        y - 11 * mm,
        f"Sera prélevé à partir du {dfr(d['debit_date'])} sur le compte {d['iban_tail']}",
    )
    y -= 30 * mm
    c.setFont(F(fb), 10.5)
    c.drawString(x0, y, "Détail de votre facture")
    y -= 7 * mm
    c.setFont(F(fn), 9)
    c.drawString(x0, y, f"{p['offer']} — abonnement du {dfr(d['p_start'])} au {dfr(d['p_end'])}")
    y -= 7 * mm
    c.setStrokeColor(Color(0.8, 0.8, 0.8))
    for lab, amt in d["lines"]:
        c.drawString(x0 + 4 * mm, y, lab)
        c.drawRightString(x1, y, amt + " €")
        c.line(x0, y - 2.2 * mm, x1, y - 2.2 * mm)
        y -= 6.5 * mm
    c.setFont(F(fb), 9.5)
    c.drawString(x0 + 4 * mm, y, "Total TTC")
    c.drawRightString(x1, y, d["total"] + " €")
    y -= 5.5 * mm
    c.setFont(F(fn), 8)
    c.setFillColor(GREY)
    c.drawString(x0 + 4 * mm, y, f"dont TVA 20 % : {d['vat']} €")
    y -= 16 * mm
    c.setFillColor(Color(0.96, 0.96, 0.97))
    c.rect(x0, y - 26 * mm, x1 - x0, 30 * mm, stroke=0, fill=1)
    c.setFillColor(TXT)
    c.setFont(F(fb), 9)
    c.drawString(x0 + 4 * mm, y - 2 * mm, "Informations utiles")
    c.setFont(F(fn), 8)
    infos = [
        "Retrouvez toutes vos factures et le suivi de votre consommation dans votre espace abonné.",
        "Assistance technique et service client : depuis votre box ou votre mobile, appel gratuit.",
        "En cas de litige, vous pouvez saisir le médiateur des communications électroniques.",
        "Montant prélevé automatiquement : aucune démarche de votre part n'est nécessaire.",
    ]
    for i, t in enumerate(infos):
        c.drawString(x0 + 4 * mm, y - 8 * mm - i * 4.6 * mm, t)
    c.setFillColor(GREY)
    c.setFont(F(fn), 6.5)
    c.drawString(x0, 14 * mm, p["legal"])
    c.drawRightString(x1, 14 * mm, "Page 1/1")
    c.showPage()
    return finish(c, buf)


# ---------------------------------------------------------------- RIB
BANKS = {
    "sg": ("SOCIETE GENERALE", Color(0.85, 0.0, 0.1), "Lib", "LibB"),
    "lbp": ("La Banque Postale", Color(0.0, 0.22, 0.55), "Open", "OpenB"),
    "bourso": ("BoursoBank", Color(0.0, 0.55, 0.8), "Lato", "LatoB"),
}


def rib(bank: str, d: dict, rng: random.Random) -> bytes:
    """d: holder_lines, bank, branch, account, key, iban, bic, domiciliation lines."""
    name, col, fn, fb = BANKS[bank]
    c, buf = new_canvas(A4, "RIB")
    x0, x1 = 18 * mm, W - 18 * mm
    top = H - 20 * mm
    if bank == "sg":
        c.setFillColor(col)
        c.rect(x0, top - 8 * mm, 10 * mm, 5 * mm, stroke=0, fill=1)
        c.setFillColor(Color(0, 0, 0))
        c.rect(x0, top - 13 * mm, 10 * mm, 5 * mm, stroke=0, fill=1)
        c.setFont(F(fb), 13)
        c.drawString(x0 + 13 * mm, top - 11 * mm, name)
    else:
        c.setFillColor(col)
        c.setFont(F(fb), 17)
        c.drawString(x0, top - 10 * mm, name)
    c.setFillColor(TXT)
    c.setFont(F(fb), 12)
    title = "RELEVÉ D'IDENTITÉ BANCAIRE" if bank != "bourso" else "Relevé d'Identité Bancaire"
    c.drawRightString(x1, top - 10 * mm, title)
    y = top - 30 * mm
    bh = 70 * mm
    c.setStrokeColor(Color(0.55, 0.55, 0.6))
    c.setLineWidth(0.7)
    c.rect(x0, y - bh, x1 - x0, bh)
    c.setFont(F(fn), 7.5)
    c.setFillColor(GREY)
    c.drawString(x0 + 4 * mm, y - 6 * mm, "Titulaire du compte")
    c.drawString(105 * mm, y - 6 * mm, "Domiciliation")
    c.setFillColor(TXT)
    c.setFont(F(fb), 10)
    for i, t in enumerate(d["holder_lines"]):
        c.setFont(F(fb if i == 0 else fn), 10 if i == 0 else 9)
        c.drawString(x0 + 4 * mm, y - 12 * mm - i * 4.8 * mm, t)
    c.setFont(F(fn), 9)
    for i, t in enumerate(d["dom_lines"]):
        c.drawString(105 * mm, y - 12 * mm - i * 4.8 * mm, t)
    ty = y - 40 * mm
    cols = [
        ("Code banque", d["bank"]),
        ("Code guichet", d["branch"]),
        ("N° de compte", d["account"]),
        ("Clé RIB", d["key"]),
    ]
    cx = x0 + 4 * mm
    widths = [30 * mm, 30 * mm, 55 * mm, 20 * mm]
    for (lab, val), w in zip(cols, widths, strict=True):
        c.setStrokeColor(Color(0.75, 0.75, 0.78))
        c.rect(cx, ty - 4 * mm, w, 12 * mm)
        c.setFillColor(GREY)
        c.setFont(F(fn), 6.5)
        c.drawString(cx + 1.5 * mm, ty + 5 * mm, lab)
        c.setFillColor(TXT)
        c.setFont(F("LibMono"), 10)
        c.drawString(cx + 2 * mm, ty - 1.8 * mm, val)
        cx += w
    iy = ty - 14 * mm
    c.setFillColor(GREY)
    c.setFont(F(fn), 7.5)
    c.drawString(x0 + 4 * mm, iy + 4.5 * mm, "IBAN (International Bank Account Number)")
    c.drawString(135 * mm, iy + 4.5 * mm, "BIC (Bank Identifier Code)")
    c.setFillColor(TXT)
    c.setFont(F("LibMono"), 10.5)
    c.drawString(x0 + 4 * mm, iy, group4(d["iban"]))
    c.drawString(135 * mm, iy, d["bic"])
    c.setFont(F(fn), 7)
    c.setFillColor(GREY)
    c.drawString(
        x0,
        y - bh - 7 * mm,
        "Ce relevé est destiné à être remis, sur leur demande, à "
        "vos créanciers ou débiteurs appelés à faire inscrire des opérations à votre compte",
    )
    c.drawString(x0, y - bh - 11 * mm, "(virements, paiement de quittances, prélèvements...).")
    if d.get("edited"):
        c.drawRightString(x1, y - bh - 17 * mm, "Édité le " + d["edited"])
    c.showPage()
    return finish(c, buf)


# ---------------------------------------------------------------- N26 app screenshot
def n26_screenshot(d: dict, rng: random.Random, size=(1080, 2400)) -> Image.Image:
    w, h = size
    img = Image.new("RGB", size, (255, 255, 255))
    dr = ImageDraw.Draw(img)

    def f(name, px):
        return ImageFont.truetype(font_path(name), px)

    dr.text((60, 38), d["clock"], font=f("RobotoM", 38), fill=(20, 20, 20))
    dr.rectangle((w - 150, 48, w - 80, 78), outline=(20, 20, 20), width=3)
    dr.rectangle((w - 146, 52, w - 100, 74), fill=(20, 20, 20))
    dr.line((64, 200, 120, 200), fill=(20, 20, 20), width=6)
    dr.line((64, 200, 90, 174), fill=(20, 20, 20), width=6)
    dr.line((64, 200, 90, 226), fill=(20, 20, 20), width=6)
    dr.text((60, 290), "Coordonnées bancaires", font=f("RobotoB", 62), fill=(20, 20, 20))
    dr.text((60, 380), "Compte principal", font=f("Roboto", 40), fill=(110, 110, 115))
    y = 520
    rows = [
        ("Titulaire du compte", d["holder"]),
        ("IBAN", group4(d["iban"])),
        ("BIC", d["bic"]),
        ("Banque", d["bank_line"]),
        ("Adresse de la banque", d["bank_addr"]),
    ]
    for lab, val in rows:
        dr.text((60, y), lab, font=f("Roboto", 36), fill=(120, 120, 125))
        vf = f("RobotoM", 46)
        if dr.textlength(val, font=vf) > w - 220:
            vf = f("RobotoM", 38)
        dr.text((60, y + 55), val, font=vf, fill=(25, 25, 30))
        ix, iy = w - 120, y + 50
        dr.rounded_rectangle(
            (ix, iy + 12, ix + 34, iy + 50), radius=5, outline=(54, 161, 139), width=4
        )
        dr.rounded_rectangle(
            (ix + 12, iy, ix + 46, iy + 38),
            radius=5,
            outline=(54, 161, 139),
            width=4,
            fill=(255, 255, 255),
        )
        dr.line((60, y + 145, w - 60, y + 145), fill=(230, 230, 232), width=2)
        y += 185
    by = h - 330
    dr.rounded_rectangle((60, by, w - 60, by + 130), radius=65, fill=(54, 161, 139))
    t = "Partager les coordonnées"
    tf = f("RobotoM", 44)
    dr.text(((w - dr.textlength(t, font=tf)) / 2, by + 38), t, font=tf, fill=(255, 255, 255))
    dr.rounded_rectangle((w / 2 - 140, h - 40, w / 2 + 140, h - 28), radius=6, fill=(20, 20, 20))
    return img
