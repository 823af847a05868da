"""French paperwork: bills, lease, payslip, contract, RIB, attestation, app screens."""

from __future__ import annotations

from PIL import Image, ImageDraw, ImageFont
from reportlab.lib.pagesizes import A4

from cd_common import (
    FONTS,
    INK_BLACK,
    INK_BLUE,
    MM,
    dmy,
    draw_signature,
    finish,
    fr_long,
    group4,
    hand,
    new_canvas,
)


def money(v):
    return f"{v:,.2f}".replace(",", " ").replace(".", ",") + " €"


# --------------------------------------------------------------------------- bills
def bill(b, rng):
    """One monthly bill; b['style'] picks a supplier-like layout."""
    c, buf = new_canvas(A4)
    W, H = A4
    col = b["color"]
    c.setFillColorRGB(*col)
    if b["style"] == "band":
        c.rect(0, H - 28 * MM, W, 28 * MM, stroke=0, fill=1)
        c.setFillColorRGB(1, 1, 1)
    c.setFont(b["font"] + "-b", 22)
    c.drawString(18 * MM, H - 18 * MM, b["provider"])
    c.setFont(b["font"], 8)
    c.drawString(18 * MM, H - 24 * MM, b["tagline"])
    c.setFillColorRGB(0.1, 0.1, 0.1)
    c.setFont(b["font"], 8)
    for i, ln in enumerate(b["sender"]):
        c.drawString(18 * MM, H - 36 * MM - i * 3.6 * MM, ln)
    c.setFont(b["font"], 10)
    for i, ln in enumerate(b["recipient"]):
        c.drawString(112 * MM, H - 50 * MM - i * 4.8 * MM, ln)
    c.setFont(b["font"] + "-b", 15)
    c.drawString(18 * MM, H - 62 * MM, b["title"])
    c.setFont(b["font"], 9)
    meta = [("Date de facture", dmy(b["issue"])), ("N° de facture", b["invoice"]),
            (b["ref_label"], b["ref"]), ("Période", f"du {dmy(b['start'])} au {dmy(b['end'])}")]  # fmt: skip
    for i, (lb, v) in enumerate(meta):
        c.drawString(18 * MM, H - 72 * MM - i * 5 * MM, lb + " :")
        c.drawString(55 * MM, H - 72 * MM - i * 5 * MM, v)
    c.setFillColorRGB(*[0.9 + 0.1 * x for x in col])
    c.rect(112 * MM, H - 95 * MM, 80 * MM, 24 * MM, stroke=0, fill=1)
    c.setFillColorRGB(0.1, 0.1, 0.1)
    c.setFont(b["font"], 9.5)
    c.drawString(116 * MM, H - 78 * MM, "Montant total TTC à payer")
    c.setFont(b["font"] + "-b", 18)
    c.drawString(116 * MM, H - 87 * MM, money(b["amount"]))
    c.setFont(b["font"], 8)
    c.drawString(116 * MM, H - 92 * MM, b["pay_text"])
    y = H - 108 * MM
    c.setFont(b["font"] + "-b", 10)
    c.drawString(18 * MM, y, "Détail de votre facture")
    c.line(18 * MM, y - 2 * MM, W - 18 * MM, y - 2 * MM)
    y -= 8 * MM
    for lb, v in b["lines"]:
        c.setFont(b["font"], 9)
        c.drawString(20 * MM, y, lb)
        c.drawRightString(W - 20 * MM, y, money(v))
        y -= 5.5 * MM
    c.line(18 * MM, y + 2 * MM, W - 18 * MM, y + 2 * MM)
    ht = round(b["amount"] / 1.2, 2)
    for lb, v in (
        ("Total HT", ht),
        ("TVA", round(b["amount"] - ht, 2)),
        ("Total TTC", b["amount"]),
    ):
        y -= 5.5 * MM
        c.setFont(b["font"] + ("-b" if lb == "Total TTC" else ""), 9)
        c.drawString(120 * MM, y, lb)
        c.drawRightString(W - 20 * MM, y, money(v))
    c.setFont(b["font"], 7)
    for i, ln in enumerate(b["legal"]):
        c.drawString(18 * MM, 22 * MM - i * 3.2 * MM, ln)
    c.showPage()
    return finish(c, buf)


def bill_screenshot(b, rng, size=(1170, 2532)):
    """A bill as shown in the supplier's phone app (PNG screenshot)."""
    W, H = size
    im = Image.new("RGB", size, (245, 245, 245))
    d = ImageDraw.Draw(im)
    f = lambda s, bold=False: ImageFont.truetype(FONTS["roboto-b" if bold else "roboto"], s)
    d.rectangle([0, 0, W, 110], fill=(0, 0, 0))
    d.text((60, 30), "10:42", font=f(46, True), fill="white")
    d.text((W - 230, 30), "4G  87 %", font=f(40), fill="white")
    d.rectangle([0, 110, W, 300], fill=(0, 0, 0))
    d.rectangle([60, 150, 180, 270], fill=(255, 121, 0))
    d.text((75, 215), "orange", font=f(30, True), fill="white")
    d.text((220, 170), "Ma facture", font=f(64, True), fill="white")
    y = 360
    d.text((60, y), f"Facture du {dmy(b['issue'])}", font=f(50, True), fill=(0, 0, 0))
    y += 90
    d.text((60, y), money(b["amount"]), font=f(110, True), fill=(0, 0, 0))
    y += 160
    d.text((60, y), b["pay_text"], font=f(40), fill=(90, 90, 90))
    y += 110
    for lb, v in [("Titulaire", b["holder"]), ("Offre", b["offer"]), ("N° client", b["ref"]),
                  ("N° de facture", b["invoice"]),
                  ("Période", f"{dmy(b['start'])} - {dmy(b['end'])}"),
                  ("Adresse", b["addr1"]), ("", b["addr2"])]:  # fmt: skip
        d.rectangle([40, y, W - 40, y + 130], fill="white")
        d.text((70, y + 18), lb, font=f(36), fill=(110, 110, 110))
        d.text((70, y + 66), v, font=f(44, True), fill=(20, 20, 20))
        y += 140
    y += 30
    d.text((60, y), "Détail", font=f(50, True), fill=(0, 0, 0))
    y += 80
    for lb, v in b["lines"]:
        d.text((70, y), lb, font=f(40), fill=(40, 40, 40))
        d.text((W - 280, y), money(v), font=f(40), fill=(40, 40, 40))
        y += 70
    d.rounded_rectangle([60, H - 330, W - 60, H - 200], 60, fill=(255, 121, 0))
    d.text((W // 2 - 250, H - 300), "Télécharger la facture (PDF)", font=f(42, True), fill="black")
    d.rectangle([W // 2 - 150, H - 40, W // 2 + 150, H - 30], fill=(30, 30, 30))
    return im


# --------------------------------------------------------------------------- RIB
def rib_pdf(r, rng):
    c, buf = new_canvas(A4)
    W, H = A4
    c.setFillColorRGB(*r["color"])
    c.setFont(r["font"] + "-b", 17)
    c.drawString(18 * MM, H - 22 * MM, r["bank"])
    c.setFillColorRGB(0.1, 0.1, 0.1)
    c.setFont(r["font"] + "-b", 13)
    c.drawString(18 * MM, H - 40 * MM, r["title"])
    c.setFont(r["font"], 9)
    c.drawString(18 * MM, H - 46 * MM, f"Édité le {dmy(r['edited'])}")
    y = H - 62 * MM
    c.rect(16 * MM, y - 78 * MM, W - 32 * MM, 84 * MM)
    c.setFont(r["font"], 9)
    c.drawString(20 * MM, y, "Titulaire du compte")
    c.setFont(r["font"] + "-b", 11)
    for i, ln in enumerate(r["holder_lines"]):
        c.drawString(20 * MM, y - 6 * MM - i * 5 * MM, ln)
    c.setFont(r["font"], 9)
    c.drawString(115 * MM, y, "Domiciliation")
    for i, ln in enumerate(r["branch_lines"]):
        c.drawString(115 * MM, y - 6 * MM - i * 4.5 * MM, ln)
    y -= 36 * MM
    if r.get("rib_parts"):
        heads = ["Code banque", "Code guichet", "N° de compte", "Clé RIB"]
        xs = [20, 55, 90, 145]
        for hh, x, v in zip(heads, xs, r["rib_parts"], strict=True):
            c.setFont(r["font"], 8)
            c.drawString(x * MM, y, hh)
            c.setFont("mono", 11)
            c.drawString(x * MM, y - 6 * MM, v)
        y -= 18 * MM
    c.setFont(r["font"], 8.5)
    c.drawString(20 * MM, y, "IBAN (International Bank Account Number)")
    c.setFont("mono", 12.5)
    c.drawString(20 * MM, y - 6.5 * MM, group4(r["iban"]))
    c.setFont(r["font"], 8.5)
    c.drawString(140 * MM, y, "BIC")
    c.setFont("mono", 12.5)
    c.drawString(140 * MM, y - 6.5 * MM, r["bic"])
    c.setFont(r["font"], 7.5)
    for i, ln in enumerate(r["notice"]):
        c.drawString(18 * MM, H - 160 * MM - i * 3.8 * MM, ln)
    c.showPage()
    return finish(c, buf)


def bourso_screenshot(r, rng, size=(1170, 2532)):
    W, H = size
    im = Image.new("RGB", size, (255, 255, 255))
    d = ImageDraw.Draw(im)
    f = lambda s, bold=False: ImageFont.truetype(FONTS["open-b" if bold else "open"], s)
    d.text((70, 40), "09:17", font=f(44, True), fill=(0, 0, 0))
    d.text((W - 250, 40), "5G  62 %", font=f(38), fill=(0, 0, 0))
    d.text((60, 150), "‹", font=f(80), fill=(0, 30, 80))
    d.text((150, 168), "RIB / IBAN", font=f(56, True), fill=(0, 30, 80))
    d.rounded_rectangle([50, 300, W - 50, 520], 40, fill=(232, 240, 250))
    d.text((90, 330), "BoursoBank", font=f(60, True), fill=(214, 0, 108))
    d.text((90, 430), r["account_label"], font=f(42), fill=(40, 40, 40))
    y = 600
    for lb, v in [("Titulaire du compte", r["holder"]), ("", r["addr1"]), ("", r["addr2"]),
                  ("IBAN", group4(r["iban"])), ("BIC", r["bic"]),
                  ("Banque", "BoursoBank"), ("Domiciliation", "BoursoBank - 92772 Boulogne-Billancourt Cedex"),
                  ("Code banque", r["parts"][0]), ("Code guichet", r["parts"][1]),
                  ("Numéro de compte", r["parts"][2]), ("Clé RIB", r["parts"][3])]:  # fmt: skip
        if lb:
            d.text((70, y), lb, font=f(36), fill=(120, 120, 120))
            y += 54
        fs = 44 if len(v) < 34 else 34
        d.text((70, y), v, font=f(fs, True), fill=(10, 10, 30))
        y += 82
        if lb in ("IBAN", "BIC", "Banque", "Domiciliation", "Clé RIB", "Numéro de compte"):
            d.line([70, y - 10, W - 70, y - 10], fill=(225, 225, 225), width=2)
            y += 24
    d.rounded_rectangle([60, H - 420, W - 60, H - 290], 65, fill=(0, 30, 80))
    d.text((W // 2 - 230, H - 390), "Partager mon RIB", font=f(48, True), fill="white")
    d.rounded_rectangle([60, H - 260, W - 60, H - 130], 65, outline=(0, 30, 80), width=4)
    d.text((W // 2 - 260, H - 230), "Télécharger en PDF", font=f(48, True), fill=(0, 30, 80))
    d.rectangle([W // 2 - 150, H - 40, W // 2 + 150, H - 30], fill=(30, 30, 30))
    return im


# --------------------------------------------------------------------------- job
def payslip(p, rng):
    c, buf = new_canvas(A4)
    W, H = A4
    c.setFont("carlito-b", 14)
    c.drawString(15 * MM, H - 18 * MM, "BULLETIN DE PAIE")
    c.setFont("carlito", 9)
    c.drawRightString(W - 15 * MM, H - 15 * MM, f"Période du {dmy(p['start'])} au {dmy(p['end'])}")
    c.drawRightString(W - 15 * MM, H - 19 * MM, f"Paiement le {dmy(p['paid'])} par virement")
    c.rect(15 * MM, H - 58 * MM, 85 * MM, 34 * MM)
    c.setFont("carlito-b", 10)
    c.drawString(18 * MM, H - 29 * MM, p["employer"])
    c.setFont("carlito", 8.5)
    for i, ln in enumerate(p["employer_lines"] + [f"SIRET : {p['siret']}", f"Code NAF : {p['naf']}",
                                                   f"URSSAF : {p['urssaf']}"]):  # fmt: skip
        c.drawString(18 * MM, H - 34 * MM - i * 3.8 * MM, ln)
    c.setFont("carlito-b", 10.5)
    for i, ln in enumerate(p["employee_lines"]):
        c.drawString(112 * MM, H - 34 * MM - i * 4.8 * MM, ln)
    info = [("Emploi", p["job"]), ("Statut", p["statut"]), ("Date d'entrée", dmy(p["entry"])),
            ("N° de sécurité sociale", p["nir_print"]), ("Convention collective", p["ccn"]),
            ("Matricule", p["matricule"])]  # fmt: skip
    y = H - 66 * MM
    for i, (lb, v) in enumerate(info):
        x = 15 * MM if i % 2 == 0 else 108 * MM
        c.setFont("carlito", 8.5)
        c.drawString(x, y, f"{lb} : {v}")
        if i % 2:
            y -= 4.5 * MM
    y -= 6 * MM
    heads = ["Éléments de paie", "Base", "Taux", "Part salarié", "Part employeur"]
    xs = [15, 95, 120, 145, 175]
    c.setFillColorRGB(0.88, 0.9, 0.94)
    c.rect(15 * MM, y - 1.5 * MM, W - 30 * MM, 6 * MM, stroke=0, fill=1)
    c.setFillColorRGB(0, 0, 0)
    c.setFont("carlito-b", 8.5)
    for hd, x in zip(heads, xs, strict=True):
        c.drawString(x * MM, y, hd)
    y -= 7 * MM
    g = p["gross"]
    rows = [("Salaire de base", f"{p['hours']:.2f}", f"{g / p['hours']:.4f}", g, None),
            ("SALAIRE BRUT", "", "", g, None),
            ("Santé", "", "", None, None),
            ("  Sécurité sociale - Maladie Maternité Invalidité Décès", f"{g:.2f}", "7,0000", None, g * .07),
            ("  Complémentaire Incapacité Invalidité Décès", f"{g:.2f}", "", -g * .006, g * .009),
            ("  Complémentaire Santé", "", "", -32.5, 32.5),
            ("Retraite", "", "", None, None),
            ("  Sécurité sociale plafonnée", f"{g:.2f}", "6,9000", -g * .069, g * .0855),
            ("  Sécurité sociale déplafonnée", f"{g:.2f}", "0,4000", -g * .004, g * .0202),
            ("  Complémentaire Tranche 1", f"{g:.2f}", "4,0100", -g * .0401, g * .0601),
            ("Famille", "", "", None, g * .0345),
            ("Assurance chômage", "", "", None, g * .0405),
            ("Autres contributions dues par l'employeur", "", "", None, g * .015),
            ("CSG déductible de l'impôt sur le revenu", f"{g * .9825:.2f}", "6,8000", -g * .9825 * .068,
             None),
            ("CSG/CRDS non déductible de l'impôt sur le revenu", f"{g * .9825:.2f}", "2,9000",
             -g * .9825 * .029, None)]  # fmt: skip
    c.setFont("carlito", 8.2)
    for lb, base, taux, sal, emp in rows:
        bold = lb.isupper() or lb in ("Santé", "Retraite")
        c.setFont("carlito-b" if bold else "carlito", 8.2)
        c.drawString(15 * MM, y, lb)
        c.drawRightString(112 * MM, y, base)
        c.drawRightString(136 * MM, y, taux)
        if sal is not None:
            c.drawRightString(166 * MM, y, f"{sal:,.2f}".replace(",", " ").replace(".", ","))
        if emp is not None:
            c.drawRightString(W - 15 * MM, y, f"{emp:,.2f}".replace(",", " ").replace(".", ","))
        y -= 4.8 * MM
    y -= 4 * MM
    c.line(15 * MM, y + 3 * MM, W - 15 * MM, y + 3 * MM)
    net_avant = p["net_before_tax"]
    tax = round(net_avant * p["pas_rate"] / 100, 2)
    for lb, v in [("Net à payer avant impôt sur le revenu", net_avant),
                  (f"Impôt sur le revenu prélevé à la source - Taux personnalisé {p['pas_rate']:.1f} %", -tax),
                  ("Montant net social", p["net_social"])]:  # fmt: skip
        c.setFont("carlito", 9)
        c.drawString(15 * MM, y, lb)
        c.drawRightString(W - 15 * MM, y, money(v))
        y -= 5.5 * MM
    assert abs(net_avant - tax - p["net"]) < 0.01
    c.setFillColorRGB(0.88, 0.9, 0.94)
    c.rect(110 * MM, y - 5 * MM, W - 125 * MM, 10 * MM, stroke=0, fill=1)
    c.setFillColorRGB(0, 0, 0)
    c.setFont("carlito-b", 12)
    c.drawString(113 * MM, y - 1.5 * MM, "NET À PAYER")
    c.drawRightString(W - 17 * MM, y - 1.5 * MM, money(p["net"]))
    c.setFont("carlito", 7)
    c.drawString(15 * MM, 14 * MM, "Dans votre intérêt et pour vous aider à faire valoir vos droits, conservez "
                 "ce bulletin de paie sans limitation de durée.")  # fmt: skip
    c.showPage()
    return finish(c, buf)


def contract_cdi(k, rng):
    c, buf = new_canvas(A4)
    W, H = A4
    paras = k["paragraphs"]
    y = H - 25 * MM
    c.setFont("serif-b", 14)
    c.drawCentredString(W / 2, y, "CONTRAT DE TRAVAIL À DURÉE INDÉTERMINÉE")
    y -= 14 * MM
    for kind, text in paras:
        if y < 40 * MM:
            c.setFont("serif", 8)
            c.drawCentredString(W / 2, 12 * MM, "Paraphes :  ______   ______")
            c.showPage()
            y = H - 25 * MM
        if kind == "h":
            c.setFont("serif-b", 11)
            c.drawString(20 * MM, y, text)
            y -= 7 * MM
            continue
        c.setFont("serif", 10.5)
        words, line = text.split(), ""
        for wd in words:
            if c.stringWidth(line + " " + wd, "serif", 10.5) > W - 40 * MM:
                c.drawString(20 * MM, y, line.strip())
                y -= 5.2 * MM
                line = ""
            line += " " + wd
        c.drawString(20 * MM, y, line.strip())
        y -= 8 * MM
    y -= 4 * MM
    c.setFont("serif", 10.5)
    c.drawString(
        20 * MM, y, f"Fait en deux exemplaires originaux, à {k['city']}, le {dmy(k['signed'])}."
    )
    y -= 10 * MM
    c.drawString(25 * MM, y, "Pour la société")
    c.drawString(120 * MM, y, "Le salarié")
    c.setFont("serif-i", 8.5)
    c.drawString(120 * MM, y - 4 * MM, "(mention « lu et approuvé »)")
    hand(c, 120 * MM, y - 11 * MM, "Lu et approuvé", rng, "h-breip", 12)
    draw_signature(c, 22 * MM, y - 32 * MM, 45 * MM, 18 * MM, rng, INK_BLUE)
    draw_signature(c, 120 * MM, y - 34 * MM, 45 * MM, 18 * MM, rng, INK_BLUE)
    c.showPage()
    return finish(c, buf)


# --------------------------------------------------------------------------- housing
def lease(L, rng):
    c, buf = new_canvas(A4)
    W, H = A4
    y = H - 22 * MM
    c.setFont("arial-b", 13)
    c.drawCentredString(W / 2, y, "CONTRAT DE LOCATION")
    c.setFont("arial", 9.5)
    c.drawCentredString(W / 2, y - 6 * MM, "LOCAUX VIDES À USAGE D'HABITATION PRINCIPALE")
    c.drawCentredString(W / 2, y - 11 * MM, "(Soumis au titre Ier bis de la loi n° 89-462 du 6 juillet 1989 "
                        "tendant à améliorer les rapports locatifs)")  # fmt: skip
    y -= 24 * MM
    for kind, text in L["body"]:
        if y < 30 * MM:
            c.setFont("arial", 7.5)
            c.drawRightString(W - 18 * MM, 12 * MM, "Paraphes")
            c.showPage()
            y = H - 22 * MM
        if kind == "h":
            c.setFillColorRGB(0.9, 0.9, 0.9)
            c.rect(18 * MM, y - 1.8 * MM, W - 36 * MM, 6 * MM, stroke=0, fill=1)
            c.setFillColorRGB(0, 0, 0)
            c.setFont("arial-b", 10)
            c.drawString(20 * MM, y, text)
            y -= 9 * MM
            continue
        c.setFont("arial", 9.5)
        words, line = text.split(), ""
        for wd in words:
            if c.stringWidth(line + " " + wd, "arial", 9.5) > W - 40 * MM:
                c.drawString(20 * MM, y, line.strip())
                y -= 4.8 * MM
                line = ""
            line += " " + wd
        c.drawString(20 * MM, y, line.strip())
        y -= 7 * MM
    if y < 70 * MM:
        c.showPage()
        y = H - 30 * MM
    c.setFont("arial", 9.5)
    c.drawString(20 * MM, y, f"Fait à {L['city']}, le {dmy(L['signed'])}, en deux originaux.")
    y -= 10 * MM
    c.drawString(25 * MM, y, "Le bailleur")
    c.drawString(120 * MM, y, "Le(s) locataire(s)")
    hand(c, 25 * MM, y - 8 * MM, "Lu et approuvé", rng, "h-breip", 12, INK_BLUE)
    hand(c, 120 * MM, y - 8 * MM, "Lu et approuvé", rng, "h-dkg", 12, INK_BLACK)
    draw_signature(c, 22 * MM, y - 30 * MM, 45 * MM, 18 * MM, rng, INK_BLUE)
    draw_signature(c, 118 * MM, y - 30 * MM, 45 * MM, 18 * MM, rng, INK_BLACK)
    c.showPage()
    return finish(c, buf)


def attestation_hand(a, rng):
    """Attestation d'hébergement written by hand on a plain sheet."""
    c, buf = new_canvas(A4)
    W, H = A4
    c.setStrokeColorRGB(0.75, 0.82, 0.92)
    c.setLineWidth(0.4)
    for i in range(34):
        c.line(0, H - 30 * MM - i * 7.5 * MM, W, H - 30 * MM - i * 7.5 * MM)
    c.setStrokeColorRGB(0.9, 0.5, 0.5)
    c.line(25 * MM, 0, 25 * MM, H)
    font = a["font"]
    y = H - 30 * MM + 1
    for ln in a["lines"]:
        if ln.startswith("^"):
            hand(c, W / 2 - 40 * MM, y, ln[1:], rng, font, 17, INK_BLUE)
        elif ln:
            hand(c, 28 * MM, y, ln, rng, font, 14, INK_BLUE)
        y -= 7.5 * MM
    draw_signature(c, 120 * MM, y - 18 * MM, 50 * MM, 20 * MM, rng, INK_BLUE)
    c.showPage()
    return finish(c, buf)


ENGIE = {"color": (0.0, 0.6, 0.85), "font": "arial", "style": "plain", "provider": "ENGIE",
             "tagline": "Fournisseur d'électricité et de gaz naturel"}  # fmt: skip
VEOLIA = {"color": (0.85, 0.0, 0.1), "font": "lato", "style": "plain", "provider": "VEOLIA",
              "tagline": "Eau - Service client 09 69 39 56 34"}  # fmt: skip
BOUYGUES = {"color": (0.0, 0.2, 0.55), "font": "open", "style": "band", "provider": "Bouygues Telecom",
                "tagline": "Bbox - Facture internet et téléphone fixe"}  # fmt: skip
_ = (dmy, fr_long)
