"""RIBs (Société Générale, Crédit Agricole, LCL), a Revolut screen, a payslip, a CDI contract."""

from __future__ import annotations

import random

from PIL import Image, ImageDraw
from reportlab.lib.pagesizes import A4

from .checks import iban_groups
from .ink import (
    d_fr,
    d_words_fr,
    draw_signature,
    hand,
    hexcol,
    justified,
    money_fr,
    new_canvas,
    para,
    pil_font,
)

W, H = A4

RIB_NOTICE = (
    "Ce relevé est destiné à être remis, sur leur demande, à vos créanciers ou débiteurs "
    "appelés à faire inscrire des opérations à votre compte (virements, paiements de "
    "quittances, etc.). Son utilisation vous garantit le bon enregistrement des opérations en "
    "cause et vous évite ainsi des réclamations pour erreurs ou retards d'imputation."
)

BANKS = {
    "sg": {"name": "SOCIETE GENERALE", "color": "#e60028", "font": "Sans-B"},
    "ca": {"name": "CRÉDIT AGRICOLE", "color": "#007a78", "font": "Sans-B"},
    "lcl": {"name": "LCL", "color": "#1a3c8f", "font": "Sans-B"},
}


def _bank_logo(c, style, x, y, region=None):
    if style == "sg":
        c.setFillColor(hexcol("#e60028"))
        c.rect(x, y, 26, 13, stroke=0, fill=1)
        c.setFillColor(hexcol("#000000"))
        c.rect(x, y - 13, 26, 13, stroke=0, fill=1)
        c.setFillColor(hexcol("#ffffff"))
        c.rect(x + 5, y - 1, 16, 2, stroke=0, fill=1)
        c.setFillColor(hexcol("#111111"))
        c.setFont("Sans-B", 15)
        c.drawString(x + 34, y - 6, "SOCIETE GENERALE")
    elif style == "ca":
        c.setFillColor(hexcol("#007a78"))
        c.roundRect(x, y - 14, 30, 28, 6, stroke=0, fill=1)
        c.setFillColor(hexcol("#e2001a"))
        c.circle(x + 15, y, 6, stroke=0, fill=1)
        c.setFillColor(hexcol("#007a78"))
        c.setFont("Sans-B", 15)
        c.drawString(x + 40, y - 2, "CRÉDIT AGRICOLE")
        c.setFont("Sans", 9)
        c.drawString(x + 40, y - 14, region or "")
    else:
        c.setFillColor(hexcol("#1a3c8f"))
        c.rect(x, y - 14, 58, 28, stroke=0, fill=1)
        c.setFillColor(hexcol("#ffd200"))
        c.setFont("Sans-B", 20)
        c.drawString(x + 8, y - 7, "LCL")


def rib_pdf(r: dict, seed: int, style: str) -> bytes:
    c, buf = new_canvas(title="RIB", producer=BANKS[style]["name"] + " - Banque en ligne")
    color = BANKS[style]["color"]
    _bank_logo(c, style, 45, H - 60, r.get("region"))
    c.setFillColor(hexcol("#111111"))
    top = H - 110
    c.setFont("Sans-B", 13)
    c.drawString(45, top, "RELEVÉ D'IDENTITÉ BANCAIRE")
    c.setFont("Sans", 7.8)
    y = para(c, 45, top - 18, RIB_NOTICE, "Sans", 7.8, W - 90)
    y -= 10
    c.setStrokeColor(hexcol(color))
    c.setLineWidth(1)
    c.rect(45, y - 210, W - 90, 210)
    c.setFont("Sans-B", 9)
    c.drawString(55, y - 20, "Titulaire du compte")
    c.setFont("Sans", 10)
    for i, ln in enumerate(r["holder_block"]):
        c.drawString(180, y - 20 - i * 13, ln)
    yy = y - 80
    c.setFont("Sans-B", 9)
    c.drawString(55, yy, "Domiciliation")
    c.setFont("Sans", 10)
    c.drawString(180, yy, r["domiciliation"])
    yy -= 30
    heads = ["Code banque", "Code guichet", "Numéro de compte", "Clé RIB"]
    vals = [r["bank"], r["branch"], r["account"], r["key"]]
    xs = [55, 145, 245, 390]
    for x, h_, v in zip(xs, heads, vals, strict=False):
        c.setFont("Sans", 8)
        c.drawString(x, yy, h_)
        c.setFont("Mono-B", 11)
        c.drawString(x, yy - 15, v)
    yy -= 45
    c.setFont("Sans", 8)
    c.drawString(55, yy, "IBAN (International Bank Account Number)")
    c.drawString(380, yy, "BIC (Bank Identifier Code)")
    c.setFont("Mono-B", 12)
    c.drawString(55, yy - 17, iban_groups(r["iban"]))
    c.drawString(380, yy - 17, r["bic"])
    c.setFont("Sans", 7)
    c.setFillColor(hexcol("#555555"))
    c.drawString(45, y - 228, r["footer"])
    c.showPage()
    c.save()
    return buf.getvalue()


# --------------------------------------------------------------------------- Revolut screen


def revolut_screen(r: dict, seed: int) -> Image.Image:
    rng = random.Random(seed)
    Wp, Hp = 1170, 2532
    im = Image.new("RGB", (Wp, Hp), (247, 247, 250))
    d = ImageDraw.Draw(im)

    def f(name, size):
        return pil_font(name, size)

    d.text((80, 75), r["time"], font=f("Roboto-M", 46), fill=(10, 10, 10), anchor="ls")
    for i in range(4):
        d.rectangle((870 + i * 22, 68 - 10 * i, 884 + i * 22, 78), fill=(10, 10, 10))
    d.rounded_rectangle((990, 40, 1090, 80), 10, outline=(10, 10, 10), width=3)
    d.rounded_rectangle((996, 46, 996 + int(90 * rng.uniform(0.4, 0.9)), 74), 6, fill=(10, 10, 10))
    d.text((70, 230), "\u2190", font=f("DejaVu", 64), fill=(20, 20, 20), anchor="ls")
    d.text(
        (Wp // 2, 225),
        "Coordonnées du compte",
        font=f("Roboto-B", 50),
        fill=(15, 15, 20),
        anchor="ms",
    )
    d.rounded_rectangle((60, 300, Wp - 60, 400), 50, fill=(232, 233, 238))
    d.rounded_rectangle((66, 306, Wp // 2, 394), 46, fill=(255, 255, 255))
    d.text((Wp // 4 + 30, 365), "Local", font=f("Roboto-M", 40), fill=(15, 15, 20), anchor="ms")
    d.text(
        (3 * Wp // 4, 365), "International", font=f("Roboto", 40), fill=(110, 110, 120), anchor="ms"
    )
    d.text((70, 490), "EUR · France", font=f("Roboto-B", 44), fill=(15, 15, 20), anchor="ls")
    d.text(
        (70, 550),
        "Utilisez ces coordonnées pour recevoir des virements SEPA et des",
        font=f("Roboto", 34),
        fill=(110, 110, 120),
        anchor="ls",
    )
    d.text(
        (70, 595),
        "prélèvements, par exemple votre salaire ou des remboursements.",
        font=f("Roboto", 34),
        fill=(110, 110, 120),
        anchor="ls",
    )
    rows = [
        ("Bénéficiaire", r["holder"]),
        ("IBAN", iban_groups(r["iban"])),
        ("BIC / SWIFT", r["bic"]),
        ("Banque", r["bank_name"]),
        ("Adresse de la banque", r["bank_address"]),
        ("Adresse du bénéficiaire", r["holder_address"]),
    ]
    y = 660
    d.rounded_rectangle((50, y, Wp - 50, y + 160 * len(rows) + 30), 40, fill=(255, 255, 255))
    y += 40
    for lab, val in rows:
        d.text((100, y + 40), lab, font=f("Roboto", 36), fill=(120, 120, 130), anchor="ls")
        vs = 44 if len(val) < 34 else 38
        d.text((100, y + 100), val, font=f("Roboto-M", vs), fill=(15, 15, 20), anchor="ls")
        d.rounded_rectangle((Wp - 165, y + 40, Wp - 120, y + 95), 8, outline=(0, 102, 235), width=4)
        d.rounded_rectangle(
            (Wp - 180, y + 55, Wp - 135, y + 110),
            8,
            outline=(0, 102, 235),
            width=4,
            fill=(255, 255, 255),
        )
        y += 160
    d.text(
        (70, y + 110),
        "Revolut Bank UAB est un établissement de crédit agréé par la Banque",
        font=f("Roboto", 30),
        fill=(130, 130, 140),
        anchor="ls",
    )
    d.text(
        (70, y + 150),
        "centrale de Lituanie, succursale en France inscrite au RCS de Paris.",
        font=f("Roboto", 30),
        fill=(130, 130, 140),
        anchor="ls",
    )
    d.rounded_rectangle((60, Hp - 300, Wp - 60, Hp - 170), 65, fill=(0, 102, 235))
    d.text(
        (Wp // 2, Hp - 218),
        "Partager les coordonnées",
        font=f("Roboto-M", 44),
        fill=(255, 255, 255),
        anchor="ms",
    )
    d.rounded_rectangle((Wp // 2 - 200, Hp - 40, Wp // 2 + 200, Hp - 28), 6, fill=(20, 20, 20))
    return im


# --------------------------------------------------------------------------- payslip


def payslip_numbers(gross: float, pas_rate: float) -> dict:
    base_csg = round(gross * 0.9825 + 35.0, 2)
    lines = [
        # label, base, employee rate, employee amount, employer rate, employer amount
        ("Sécurité sociale - Maladie Maternité Invalidité Décès", gross, None, 0.0, 7.00),
        ("Complémentaire Incapacité Invalidité Décès", gross, 0.0, 0.0, 1.50),
        ("Complémentaire santé (forfait)", None, "forfait", 35.0, "forfait35"),
        ("Accidents du travail - Maladies professionnelles", gross, None, 0.0, 1.80),
        ("Retraite - Sécurité sociale plafonnée", gross, 6.90, None, 8.55),
        ("Retraite - Sécurité sociale déplafonnée", gross, 0.40, None, 2.02),
        ("Retraite - Complémentaire Tranche 1", gross, 4.01, None, 6.01),
        ("Famille", gross, None, 0.0, 3.45),
        ("Assurance chômage", gross, None, 0.0, 4.05),
        ("Autres contributions dues par l'employeur", gross, None, 0.0, 0.86),
        ("CSG déductible de l'impôt sur le revenu", base_csg, 6.80, None, None),
        ("CSG/CRDS non déductible de l'impôt sur le revenu", base_csg, 2.90, None, None),
    ]
    rows = []
    sal_total = emp_total = 0.0
    for lab, base, rs, amt, re in lines:
        if rs == "forfait":
            sal, emp = 35.0, 35.0
        else:
            sal = round(base * rs / 100, 2) if isinstance(rs, float) and amt is None else (amt or 0)
            emp = round(base * re / 100, 2) if isinstance(re, float) else 0.0
        sal_total += sal
        emp_total += emp
        rows.append((lab, base, rs, sal, re, emp))
    sal_total = round(sal_total, 2)
    net_before = round(gross - sal_total, 2)
    csg_nd = [r for r in rows if r[0].startswith("CSG/CRDS")][0][3]
    taxable = round(net_before + csg_nd + 35.0, 2)
    pas = round(taxable * pas_rate / 100, 2)
    net_paid = round(net_before - pas, 2)
    net_social = net_before
    return {
        "rows": rows,
        "sal_total": sal_total,
        "emp_total": round(emp_total, 2),
        "net_before": net_before,
        "taxable": taxable,
        "pas": pas,
        "net_paid": net_paid,
        "net_social": net_social,
        "gross": gross,
    }


def payslip(p: dict, seed: int) -> bytes:
    n = payslip_numbers(p["gross"], p["pas_rate"])
    c, buf = new_canvas(
        title=f"Bulletin de paie {p['period_label']}", producer="Silae - Bulletin de paie"
    )
    c.setFillColor(hexcol("#1f3b63"))
    c.rect(0, H - 40, W, 40, stroke=0, fill=1)
    c.setFillColor(hexcol("#ffffff"))
    c.setFont("Sans-B", 14)
    c.drawString(40, H - 27, "BULLETIN DE PAIE")
    c.setFont("Sans", 9)
    c.drawRightString(
        W - 40, H - 20, f"Période du {d_fr(p['period_start'])} au {d_fr(p['period_end'])}"
    )
    c.drawRightString(W - 40, H - 32, f"Paiement le {d_fr(p['paid_on'])} par virement")
    c.setFillColor(hexcol("#111111"))
    y = H - 60
    c.setFont("Sans-B", 10)
    c.drawString(40, y, p["employer"])
    c.setFont("Sans", 8)
    for i, ln in enumerate(p["employer_lines"]):
        c.drawString(40, y - 12 - i * 10, ln)
    c.setStrokeColor(hexcol("#1f3b63"))
    c.rect(320, y - 75, W - 360, 85)
    c.setFont("Sans-B", 10)
    c.drawString(330, y - 5, p["employee_display"])
    c.setFont("Sans", 8.5)
    for i, ln in enumerate(p["employee_lines"]):
        c.drawString(330, y - 19 - i * 11, ln)
    y -= 105
    c.setFont("Sans", 8)
    info = [
        ("Emploi", p["job"]),
        ("Statut", "Non-cadre"),
        ("Date d'entrée", d_fr(p["hired_on"])),
        ("Contrat", "CDI - temps plein"),
        ("Matricule", p["matricule"]),
        ("N° SS", p["nir_text"]),
        ("Convention collective", p["ccn"]),
    ]
    for i, (k, v) in enumerate(info):
        col, row = i % 2, i // 2
        c.setFont("Sans-B", 8)
        c.drawString(40 + col * 270, y - row * 12, k + " :")
        c.setFont("Sans", 8)
        c.drawString(130 + col * 270, y - row * 12, v)
    y -= 60
    cols = [40, 290, 345, 395, 455, 505]
    heads = ["Éléments de paie", "Base", "Taux sal.", "Part salarié", "Taux pat.", "Part employeur"]
    c.setFillColor(hexcol("#dfe6f0"))
    c.rect(35, y - 4, W - 70, 14, stroke=0, fill=1)
    c.setFillColor(hexcol("#111111"))
    c.setFont("Sans-B", 7.5)
    for x, h_ in zip(cols, heads, strict=False):
        c.drawString(x, y, h_)
    y -= 16
    c.setFont("Sans", 7.8)
    hourly = p["gross"] / 151.67
    c.drawString(40, y, "Salaire de base")
    c.drawRightString(335, y, "151,67")
    c.drawRightString(388, y, f"{hourly:.4f}".replace(".", ","))
    c.drawRightString(448, y, money_fr(p["gross"]))
    y -= 12
    c.setFont("Sans-B", 8)
    c.drawString(40, y, "SALAIRE BRUT")
    c.drawRightString(448, y, money_fr(p["gross"]))
    y -= 16
    for lab, base, rs, sal, re, emp in n["rows"]:
        c.setFont("Sans", 7.6)
        c.drawString(40, y, lab[:62])
        if base:
            c.drawRightString(335, y, money_fr(base))
        if isinstance(rs, float):
            c.drawRightString(388, y, f"{rs:.2f}".replace(".", ","))
        if sal:
            c.drawRightString(448, y, money_fr(sal))
        if isinstance(re, float):
            c.drawRightString(495, y, f"{re:.2f}".replace(".", ","))
        if emp:
            c.drawRightString(W - 42, y, money_fr(emp))
        y -= 11.5
    y -= 4
    c.setFont("Sans-B", 8)
    c.drawString(40, y, "TOTAL DES COTISATIONS ET CONTRIBUTIONS")
    c.drawRightString(448, y, money_fr(n["sal_total"]))
    c.drawRightString(W - 42, y, money_fr(n["emp_total"]))
    y -= 22
    c.setFillColor(hexcol("#f1f4f8"))
    c.rect(35, y - 90, W - 70, 100, stroke=0, fill=1)
    c.setFillColor(hexcol("#111111"))
    rows = [
        ("NET À PAYER AVANT IMPÔT SUR LE REVENU", money_fr(n["net_before"])),
        (
            "Dont évolution de la rémunération liée à la suppression des cotisations chômage et "
            "maladie",
            "0,00",
        ),
        (
            f"Impôt sur le revenu prélevé à la source - base {money_fr(n['taxable'])} - taux "
            f"personnalisé {p['pas_rate']:.2f} %".replace(".", ","),
            money_fr(n["pas"]),
        ),
        ("Montant net social", money_fr(n["net_social"])),
    ]
    for i, (k, v) in enumerate(rows):
        c.setFont("Sans-B" if i == 0 else "Sans", 8.5 if i == 0 else 7.8)
        c.drawString(45, y - i * 16, k)
        c.drawRightString(W - 45, y - i * 16, v)
    y -= 72
    c.setFont("Sans-B", 13)
    c.drawString(45, y, "NET PAYÉ EN EUROS")
    c.drawRightString(W - 45, y, money_fr(n["net_paid"]) + " €")
    y -= 30
    c.setFont("Sans", 7)
    para(
        c,
        40,
        y,
        "Congés payés : acquis N-1 0,00 j - acquis N 22,50 j - pris 3,00 j. Dans votre "
        "intérêt et pour vous aider à faire valoir vos droits, conservez ce bulletin de paie "
        "sans limitation de durée. Rubrique dédiée au bulletin de paie sur le portail "
        "www.service-public.fr.",
        "Sans",
        7,
        W - 80,
    )
    c.showPage()
    c.save()
    return buf.getvalue()


# --------------------------------------------------------------------------- contract


def cdi_contract(k: dict, seed: int) -> bytes:
    rng = random.Random(seed)
    c, buf = new_canvas(title="Contrat de travail")
    fs = 9.6
    c.setFont("Serif-B", 14)
    c.drawCentredString(W / 2, H - 60, "CONTRAT DE TRAVAIL À DURÉE INDÉTERMINÉE")
    c.setFont("Serif-I", 9.5)
    c.drawCentredString(W / 2, H - 76, "à temps complet")
    y = H - 110
    c.setFont("Serif-B", 10)
    c.drawString(50, y, "ENTRE LES SOUSSIGNÉS :")
    y -= 18
    y = justified(c, 50, y, k["employer_par"], "Serif", fs, W - 100, fs * 1.35) - 8
    c.setFont("Serif-B", 10)
    c.drawString(50, y, "ET :")
    y -= 18
    y = justified(c, 50, y, k["employee_par"], "Serif", fs, W - 100, fs * 1.35) - 8
    c.setFont("Serif", fs)
    c.drawString(50, y, "Il a été convenu ce qui suit :")
    y -= 20
    pages = 1
    for title, text in k["articles"]:
        if y < 150:
            c.setFont("Serif", 7.5)
            c.drawCentredString(W / 2, 25, f"Page {pages} - paraphes :")
            hand(c, W / 2 + 40, 25, k["initials"], rng, "Breip", 11, wobble=0.4)
            c.showPage()
            pages += 1
            y = H - 60
        c.setFont("Serif-B", 10)
        c.drawString(50, y, title)
        y -= 15
        y = justified(c, 50, y, text, "Serif", fs, W - 100, fs * 1.35) - 10
    if y < 260:
        c.setFont("Serif", 7.5)
        c.drawCentredString(W / 2, 25, f"Page {pages} - paraphes :")
        hand(c, W / 2 + 40, 25, k["initials"], rng, "Breip", 11, wobble=0.4)
        c.showPage()
        pages += 1
        y = H - 60
    c.setFont("Serif", 10)
    c.drawString(
        50,
        y - 10,
        f"Fait en deux exemplaires originaux, à {k['city']}, le {d_words_fr(k['signed_on'])}.",
    )
    y -= 50
    c.drawString(60, y, "Pour l'Employeur")
    c.drawString(330, y, "La Salariée")
    c.setFont("Serif-I", 8)
    c.drawString(60, y - 12, k["signatory"])
    c.drawString(330, y - 12, "(mention manuscrite « lu et approuvé, bon pour accord »)")
    hand(c, 332, y - 40, "Lu et approuvé, bon pour accord", rng, "Breip", 13)
    draw_signature(c, 70, y - 100, 110, k["signatory"], seed + 1, ink="#121212")
    draw_signature(c, 340, y - 105, 110, k["employee_sig"], seed + 2)
    c.setFont("Serif", 7.5)
    c.drawCentredString(W / 2, 25, f"Page {pages} (dernière page)")
    c.showPage()
    c.save()
    return buf.getvalue()
