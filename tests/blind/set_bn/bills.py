"""Utility bills: Free (Freebox), Bouygues Telecom (Bbox), SFR Box, and an SFR app screen."""

from __future__ import annotations

import io

from PIL import Image, ImageDraw

from common import MOIS, d_fr, money, new_canvas, para, pil_font


def _fr_long(iso: str) -> str:
    y, m, d = iso.split("-")
    return f"{d} {MOIS[int(m) - 1].capitalize()} {y}"


def free_bill(b: dict) -> bytes:
    """Freebox bill, modelled on the public Free specimen (page 1 summary)."""
    buf = io.BytesIO()
    c = new_canvas(buf, title=f"Facture Free n°{b['invoice']}", author="Free")
    c.setFillColorRGB(0.8, 0.0, 0.07)
    c.setFont("Sans-BI", 38)
    c.drawString(40, 770, "free")
    c.setFillColorRGB(0, 0, 0)
    c.setFont("DejaVu", 8)
    c.drawString(40, 752, "Free Service Abonné")
    c.drawString(40, 742, "75371 Paris Cedex 08")
    c.setFont("DejaVu", 9)
    y = 690
    for ln in [b["holder"]] + b["address"]:
        c.drawString(300, y, ln)
        y -= 11
    c.setFont("DejaVu-B", 7.5)
    c.drawString(40, 590, "Adresse email de contact")
    c.drawString(220, 590, "Nom de l'abonné")
    c.drawString(40, 562, "Numéro de ligne")
    c.drawString(115, 562, "Id.client")
    c.drawString(220, 562, "Adresse de l'installation")
    c.setFont("DejaVu", 7.5)
    c.drawString(40, 581, b["email"])
    c.drawString(220, 581, b["holder"])
    c.drawString(40, 553, b["line"])
    c.drawString(115, 553, b["client"])
    y = 553
    for ln in b["address"]:
        c.drawString(220, y, ln)
        y -= 9
    c.setFont("DejaVu-B", 11)
    c.drawString(40, 510, f"Facture n°{b['invoice']} du {_fr_long(b['issue'])}")
    c.setLineWidth(1)
    c.line(40, 505, 555, 505)
    c.setFont("DejaVu-B", 9)
    c.drawString(40, 494, f"Date limite de paiement le {_fr_long(b['due'])}")
    c.drawRightString(555, 494, f"{b['amount']:.2f} € TTC")
    c.line(40, 488, 555, 488)
    c.line(40, 470, 555, 470)
    c.setFont("DejaVu-B", 7)
    for x, t in ((330, "Montant EUR HT"), (430, "Montant TVA"), (555, "Montant EUR TTC")):
        c.drawRightString(x, 460, t)
    ht = round(b["amount"] / 1.2, 2)
    tva = round(b["amount"] - ht, 2)
    rows = [
        ("Abonnements, forfaits et options", ht, tva, b["amount"]),
        ("Communications", 0, 0, 0),
        ("Services ponctuels ou occasionnels", 0, 0, 0),
    ]
    y = 445
    c.setFont("DejaVu", 9)
    for lab, a1, a2, a3 in rows:
        c.drawString(40, y, lab)
        for x, v in ((330, a1), (430, a2), (555, a3)):
            c.drawRightString(x, y, f"{v:.2f}")
        y -= 11
    c.line(40, y + 4, 555, y + 4)
    c.setFont("DejaVu-B", 9)
    c.drawString(40, y - 6, "Total facture")
    for x, v in ((330, ht), (430, tva), (555, b["amount"])):
        c.drawRightString(x, y - 6, f"{v:.2f}")
    c.setFont("DejaVu", 8)
    c.drawString(40, y - 22, f"Période facturée : du {d_fr(b['start'])} au {d_fr(b['end'])}")
    c.drawString(40, y - 33, f"{b['offer']} - abonnement mensuel")
    c.setFont("DejaVu", 6.5)
    c.drawString(
        40,
        330,
        "Les montants unitaires étant arrondis, leur somme peut différer du montant total à payer.",
    )
    c.line(40, 325, 555, 325)
    c.drawString(40, 317, "Somme à payer")
    c.drawRightString(555, 317, f"{b['amount']:.2f} € TTC")
    c.rect(40, 170, 515, 110)
    c.setFont("DejaVu", 8.5)
    c.drawString(46, 268, "Avis de prélèvement automatique")
    c.setFont("DejaVu", 7)
    c.drawString(46, 256, f"Montant du prélèvement : {b['amount']:.2f} €")
    c.drawString(330, 256, f"Prélèvement à partir du : {_fr_long(b['due'])}")
    c.setFont("DejaVu-B", 9)
    c.drawString(46, 244, "La somme à payer sera prélevée sur le compte désigné ci-dessous :")
    c.setFont("DejaVu", 7)
    c.drawString(46, 232, "Nom de la banque :")
    c.drawString(200, 232, "BIC :")
    c.drawString(300, 232, "IBAN :")
    c.drawString(300, 223, b["iban_masked"])
    c.setFont("DejaVu-B", 7.5)
    c.drawString(40, 150, "Service Clients")
    c.setFont("DejaVu", 6.8)
    para(
        c,
        40,
        140,
        "Pour vous informer sur nos tarifs ou pour toute question concernant votre "
        "facture, contactez le Service Clients. Téléphone : 32 44. Courrier : Free Service "
        "Abonné 75371 Paris Cedex 08. Internet : rubrique « Mon abonnement » de votre Espace "
        "Abonné.",
        "DejaVu",
        6.8,
        515,
        8.5,
    )
    c.setFont("DejaVu", 5)
    c.drawCentredString(
        297,
        40,
        "Free SAS au capital de 3.441.812 Euros - B 421 938 861 RCS "
        "Paris - Siège social: 8 rue de la Ville l'Évêque 75008 Paris",
    )
    c.showPage()
    c.save()
    return buf.getvalue()


def bouygues_bill(b: dict) -> bytes:
    buf = io.BytesIO()
    c = new_canvas(buf, title="Facture Bouygues Telecom", author="Bouygues Telecom")
    navy = (0.0, 0.16, 0.36)
    c.setFillColorRGB(*navy)
    c.rect(0, 770, 595, 72, stroke=0, fill=1)
    c.setFillColorRGB(0.0, 0.62, 0.85)
    for i, r in enumerate((9, 7, 5)):
        c.circle(48 + i * 15, 806, r, stroke=0, fill=1)
    c.setFillColorRGB(1, 1, 1)
    c.setFont("Open-B", 17)
    c.drawString(100, 800, "Bouygues Telecom")
    c.setFont("Open", 10)
    c.drawRightString(560, 808, "Votre facture")
    c.drawRightString(560, 793, f"du {d_fr(b['issue'])}")
    c.setFillColorRGB(0, 0, 0)
    c.setFont("Open", 8)
    info = [
        ("N° de facture", b["invoice"]),
        ("N° de compte client", b["client"]),
        ("Offre", b["offer"]),
        ("Identifiant de ligne", b["line"]),
    ]
    y = 740
    for k, v in info:
        c.setFont("Open-SB", 8)
        c.drawString(40, y, k)
        c.setFont("Open", 8)
        c.drawString(150, y, v)
        y -= 13
    c.setFont("Open", 10)
    y = 720
    for ln in [b["holder"]] + b["address"]:
        c.drawString(330, y, ln)
        y -= 13
    c.setFillColorRGB(0.93, 0.96, 0.99)
    c.roundRect(40, 560, 515, 70, 8, stroke=0, fill=1)
    c.setFillColorRGB(*navy)
    c.setFont("Open-B", 12)
    c.drawString(56, 605, "Montant total de votre facture")
    c.setFont("Open-B", 22)
    c.drawRightString(540, 598, f"{money(b['amount'])} €")
    c.setFont("Open", 8.5)
    c.setFillColorRGB(0.1, 0.1, 0.1)
    c.drawString(
        56,
        575,
        f"Ce montant sera prélevé à partir du {d_fr(b['due'])} sur le compte {b['iban_masked']}",
    )
    c.setFillColorRGB(*navy)
    c.setFont("Open-B", 11)
    c.drawString(40, 530, "Le détail de votre facture")
    c.setStrokeColorRGB(*navy)
    c.line(40, 524, 555, 524)
    c.setFillColorRGB(0, 0, 0)
    ht = round(b["amount"] / 1.2, 2)
    rows = [
        (f"Forfait {b['offer']}", f"du {d_fr(b['start'])} au {d_fr(b['end'])}", ht),
        ("Communications hors forfait", "", 0.0),
        ("Services et options", "", 0.0),
    ]
    y = 505
    for lab, per, v in rows:
        c.setFont("Open", 9)
        c.drawString(40, y, lab)
        c.setFont("Open", 8)
        c.drawString(260, y, per)
        c.setFont("Open", 9)
        c.drawRightString(555, y, f"{money(v)} € HT")
        y -= 16
    c.line(40, y + 6, 555, y + 6)
    c.setFont("Open", 9)
    c.drawString(40, y - 8, "Total HT")
    c.drawRightString(555, y - 8, f"{money(ht)} €")
    c.drawString(40, y - 22, "TVA 20 %")
    c.drawRightString(555, y - 22, f"{money(round(b['amount'] - ht, 2))} €")
    c.setFont("Open-B", 10)
    c.drawString(40, y - 40, "Total TTC")
    c.drawRightString(555, y - 40, f"{money(b['amount'])} €")
    c.setFont("Open", 7)
    c.setFillColorRGB(0.3, 0.3, 0.3)
    para(
        c,
        40,
        150,
        "Bouygues Telecom - SA au capital de 1 428 488 658,40 € - 397 480 930 RCS "
        "Nanterre - Siège social : 37-39 rue Boissière 75116 Paris. Service Client : 1064 depuis "
        "une ligne Bouygues Telecom. Retrouvez vos factures dans votre Espace Client.",
        "Open",
        7,
        515,
        9,
    )
    c.drawRightString(555, 40, "Page 1/1")
    c.showPage()
    c.save()
    return buf.getvalue()


def sfr_bill(b: dict) -> bytes:
    buf = io.BytesIO()
    c = new_canvas(buf, title=f"Facture SFR {b['invoice']}", author="SFR")
    red = (0.89, 0.0, 0.1)
    c.setFillColorRGB(*red)
    c.rect(40, 760, 56, 56, stroke=0, fill=1)
    c.setFillColorRGB(1, 1, 1)
    c.setFont("Roboto-B", 20)
    c.drawCentredString(68, 780, "SFR")
    c.setFillColorRGB(0.15, 0.15, 0.15)
    c.setFont("Roboto-B", 16)
    c.drawString(110, 795, "Votre facture SFR Box")
    c.setFont("Roboto", 9)
    c.drawString(110, 780, f"Facture n° {b['invoice']} émise le {d_fr(b['issue'])}")
    c.drawString(110, 768, f"Numéro client : {b['client']}")
    c.setFont("Roboto-M", 10)
    y = 700
    for ln in [b["holder"]] + b["address"]:
        c.drawString(320, y, ln)
        y -= 13
    c.setFillColorRGB(0.96, 0.96, 0.96)
    c.rect(40, 600, 250, 110, stroke=0, fill=1)
    c.setFillColorRGB(0.15, 0.15, 0.15)
    c.setFont("Roboto", 8.5)
    kv = [
        ("Titulaire du contrat", b["holder"]),
        ("Ligne fixe", b["line"]),
        ("Offre", b["offer"]),
        ("Période de facturation", f"du {d_fr(b['start'])} au {d_fr(b['end'])}"),
    ]
    y = 692
    for k, v in kv:
        c.setFont("Roboto", 7.5)
        c.drawString(48, y, k)
        c.setFont("Roboto-M", 8.5)
        c.drawString(48, y - 10, v)
        y -= 24
    c.setFillColorRGB(*red)
    c.setFont("Roboto-B", 13)
    c.drawString(40, 560, "Montant à payer")
    c.setFont("Roboto-B", 26)
    c.drawRightString(555, 555, f"{money(b['amount'])} €")
    c.setFillColorRGB(0.15, 0.15, 0.15)
    c.setFont("Roboto", 8.5)
    c.drawString(40, 540, f"Prélèvement automatique le {d_fr(b['due'])} — {b['iban_masked']}")
    c.setStrokeColorRGB(0.8, 0.8, 0.8)
    c.line(40, 525, 555, 525)
    c.setFont("Roboto-B", 10)
    c.drawString(40, 505, "Récapitulatif")
    ht = round(b["amount"] / 1.2, 2)
    rows = [
        ("Abonnement " + b["offer"], f"{d_fr(b['start'])} - {d_fr(b['end'])}", b["amount"] - 5),
        ("Option Décodeur TV", f"{d_fr(b['start'])} - {d_fr(b['end'])}", 5.0),
        ("Communications hors forfait", "", 0.0),
    ]
    y = 485
    for lab, per, v in rows:
        c.setFont("Roboto", 9)
        c.drawString(40, y, lab)
        c.drawString(280, y, per)
        c.drawRightString(555, y, f"{money(v)} € TTC")
        y -= 15
    c.line(40, y + 5, 555, y + 5)
    c.setFont("Roboto", 8.5)
    c.drawString(40, y - 10, f"dont TVA à 20 % : {money(round(b['amount'] - ht, 2))} €")
    c.setFont("Roboto-B", 9.5)
    c.drawString(40, y - 28, "Total TTC")
    c.drawRightString(555, y - 28, f"{money(b['amount'])} €")
    c.setFont("Roboto", 6.5)
    c.setFillColorRGB(0.4, 0.4, 0.4)
    para(
        c,
        40,
        120,
        "SFR - Société anonyme au capital de 3 423 265 598,40 € - 343 059 564 RCS "
        "Paris - Siège social : 16 rue du Général Alain de Boissieu 75015 Paris. Pour toute "
        "question : espace client SFR & Moi ou 1023.",
        "Roboto",
        6.5,
        515,
        8,
    )
    c.showPage()
    c.save()
    return buf.getvalue()


def status_bar(d, W, time="14:15", dark=False):
    col = (255, 255, 255) if dark else (20, 20, 20)
    d.text((90, 48), time, font=pil_font("Roboto-M", 46), fill=col)
    d.rounded_rectangle([W - 190, 56, W - 110, 96], 10, outline=col, width=4)
    d.rectangle([W - 184, 62, W - 140, 90], fill=col)
    for i in range(4):
        d.rectangle([W - 300 + i * 20, 90 - i * 10 - 10, W - 288 + i * 20, 92], fill=col)


def sfr_screenshot(b: dict) -> Image.Image:
    W, H = 1170, 2532
    im = Image.new("RGB", (W, H), (244, 244, 246))
    d = ImageDraw.Draw(im)
    status_bar(d, W, b.get("time", "09:41"))
    d.rectangle([0, 140, W, 330], fill=(226, 0, 26))
    d.text((70, 180), "‹", font=pil_font("Roboto-B", 80), fill="white")
    d.text(
        (W / 2, 235),
        "Détail de la facture",
        font=pil_font("Roboto-M", 56),
        fill="white",
        anchor="mm",
    )
    y = 390
    d.rounded_rectangle([50, y, W - 50, y + 640], 36, fill="white")
    d.text((100, y + 50), b["month_label"], font=pil_font("Roboto-B", 62), fill=(30, 30, 30))
    d.text(
        (100, y + 140),
        f"Facture n° {b['invoice']}",
        font=pil_font("Roboto", 40),
        fill=(110, 110, 110),
    )
    d.text(
        (100, y + 240), f"{money(b['amount'])} €", font=pil_font("Roboto-B", 120), fill=(226, 0, 26)
    )
    d.text(
        (100, y + 400),
        f"Émise le {d_fr(b['issue'])}",
        font=pil_font("Roboto", 44),
        fill=(60, 60, 60),
    )
    d.text(
        (100, y + 470),
        f"Prélevée le {d_fr(b['due'])}",
        font=pil_font("Roboto", 44),
        fill=(60, 60, 60),
    )
    d.rounded_rectangle([100, y + 540, 420, y + 600], 30, fill=(230, 245, 234))
    d.text((260, y + 570), "Payée", font=pil_font("Roboto-M", 38), fill=(20, 120, 50), anchor="mm")
    y += 700
    d.rounded_rectangle([50, y, W - 50, y + 980], 36, fill="white")
    rows = [
        ("Titulaire", b["holder"]),
        ("Offre", b["offer"]),
        ("Période", f"du {d_fr(b['start'])} au {d_fr(b['end'])}"),
        ("Adresse d'installation", b["address"][0]),
    ]
    rows += [("", ln) for ln in b["address"][1:]]
    rows.append(("Numéro client", b["client"]))
    yy = y + 50
    for k, v in rows:
        if k:
            d.text((100, yy), k, font=pil_font("Roboto", 38), fill=(120, 120, 120))
            yy += 52
        d.text((100, yy), v, font=pil_font("Roboto-M", 46), fill=(25, 25, 25))
        yy += 90
    y += 1040
    d.rounded_rectangle([50, y, W - 50, y + 150], 75, fill=(226, 0, 26))
    d.text(
        (W / 2, y + 75),
        "Télécharger la facture (PDF)",
        font=pil_font("Roboto-M", 46),
        fill="white",
        anchor="mm",
    )
    d.rectangle([0, H - 200, W, H], fill="white")
    for i, lab in enumerate(["Accueil", "Conso", "Factures", "Assistance"]):
        x = W * (i + 0.5) / 4
        col = (226, 0, 26) if lab == "Factures" else (140, 140, 140)
        d.ellipse([x - 26, H - 175, x + 26, H - 123], outline=col, width=5)
        d.text((x, H - 90), lab, font=pil_font("Roboto", 34), fill=col, anchor="mm")
    d.rounded_rectangle([W / 2 - 200, H - 28, W / 2 + 200, H - 16], 6, fill=(20, 20, 20))
    return im
