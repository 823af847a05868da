"""Bills, RIBs and payslips drawn with reportlab (one page each)."""

from __future__ import annotations

import random

from reportlab.lib.colors import Color, white

from bw_core import MOIS, euros, fmt_siret, fr, iban_groups
from bw_pdf import INK_BLACK, MM, PAGE_H, PAGE_W, para, text

GREY = Color(0.4, 0.4, 0.44)
LGREY = Color(0.93, 0.93, 0.94)


def _addr_block(c, x, y, lines, f="sans", size=10):
    for i, s in enumerate(lines):
        text(c, x, y - i * size * 1.25, s, f, size)


# ---------------------------------------------------------------- bills
def bill_bouygues(c, b: dict, rng: random.Random):
    blue = Color(0.0, 0.33, 0.62)
    text(c, 18 * MM, PAGE_H - 22 * MM, "Bouygues", "opensans_b", 20, blue)
    text(c, 18 * MM, PAGE_H - 28 * MM, "TELECOM", "opensans_sb", 10, blue)
    text(c, 18 * MM, PAGE_H - 42 * MM, "Votre facture", "opensans_b", 16)
    text(c, 18 * MM, PAGE_H - 49 * MM, f"du {fr(b['issue_date'])}", "opensans", 11)
    y = PAGE_H - 60 * MM
    for lab, val in (
        ("Compte client", b["client_no"]),
        ("N° de facture", b["invoice_no"]),
        ("Ligne Bbox", b["line_no"]),
        ("Offre", b["offer"]),
    ):
        text(c, 18 * MM, y, lab, "opensans", 8.5, GREY)
        text(c, 50 * MM, y, val, "opensans_sb", 8.5)
        y -= 12
    _addr_block(c, 118 * MM, PAGE_H - 52 * MM, b["address_block"], "opensans", 10)
    y = PAGE_H - 100 * MM
    c.setFillColor(Color(0.92, 0.96, 1.0))
    c.roundRect(18 * MM, y - 24 * MM, PAGE_W - 36 * MM, 26 * MM, 8, stroke=0, fill=1)
    text(c, 24 * MM, y - 7 * MM, "Montant total à payer", "opensans_sb", 12, blue)
    text(
        c, PAGE_W - 24 * MM, y - 9 * MM, f"{euros(b['amount'])} €", "opensans_b", 22, blue, "right"
    )
    text(
        c,
        24 * MM,
        y - 14 * MM,
        f"Prélevé à partir du {fr(b['debit_date'])} sur votre compte {b['debit_account']}",
        "opensans",
        8.5,
    )
    text(
        c,
        24 * MM,
        y - 19.5 * MM,
        "Aucune démarche de votre part n'est nécessaire.",
        "opensans",
        8.5,
        GREY,
    )
    y -= 38 * MM
    text(c, 18 * MM, y, "Détail de votre facture", "opensans_b", 12)
    y -= 8
    c.setStrokeColor(blue)
    c.setLineWidth(1)
    c.line(18 * MM, y, PAGE_W - 18 * MM, y)
    y -= 16
    for lab, amt in b["lines"]:
        text(c, 20 * MM, y, lab, "opensans", 9)
        text(c, PAGE_W - 20 * MM, y, f"{euros(amt)} €", "opensans", 9, INK_BLACK, "right")
        y -= 15
    c.setStrokeColor(LGREY)
    c.line(18 * MM, y + 6, PAGE_W - 18 * MM, y + 6)
    ht = round(b["amount"] / 1.2, 2)
    for lab, amt in (
        ("Total HT", ht),
        ("TVA 20 %", round(b["amount"] - ht, 2)),
        ("Total TTC", b["amount"]),
    ):
        text(c, 120 * MM, y - 6, lab, "opensans_sb" if lab == "Total TTC" else "opensans", 9)
        text(c, PAGE_W - 20 * MM, y - 6, f"{euros(amt)} €", "opensans_sb", 9, INK_BLACK, "right")
        y -= 14
    y -= 20
    para(
        c,
        18 * MM,
        y,
        PAGE_W - 36 * MM,
        "Retrouvez le détail de vos communications et toutes vos factures dans votre Espace "
        "Client sur bouyguestelecom.fr ou dans l'application B.iG. Pour toute question, "
        "contactez le Service Client au 1064 (appel gratuit depuis une Bbox).",
        "opensans",
        8,
        10,
    )
    para(
        c,
        18 * MM,
        16 * MM,
        PAGE_W - 36 * MM,
        "Bouygues Telecom - SA au capital de 712 588 399,56 € - 397 480 930 RCS Paris - Siège "
        "social : 37-39 rue Boissière 75116 Paris - TVA intracommunautaire FR 74 397 480 930",
        "opensans",
        6.5,
        8,
        GREY,
    )


def bill_edf(c, b: dict, rng: random.Random):
    orange, navy = Color(1.0, 0.4, 0.0), Color(0.0, 0.2, 0.45)
    c.setFillColor(navy)
    c.circle(26 * MM, PAGE_H - 22 * MM, 8 * MM, stroke=0, fill=1)
    text(c, 26 * MM, PAGE_H - 24.5 * MM, "edf", "sans_b", 17, white, "center")
    c.setFillColor(orange)
    c.circle(33 * MM, PAGE_H - 16 * MM, 1.6 * MM, stroke=0, fill=1)
    text(c, 40 * MM, PAGE_H - 20 * MM, "Facture", "sans_b", 16, navy)
    text(c, 40 * MM, PAGE_H - 26 * MM, f"du {fr(b['issue_date'])}", "sans", 10, navy)
    y = PAGE_H - 40 * MM
    for lab, val in (
        ("N° de facture", b["invoice_no"]),
        ("Référence client", b["client_no"]),
        ("Compte de facturation", b["account_no"]),
    ):
        text(c, 18 * MM, y, lab, "sans", 8, GREY)
        text(c, 56 * MM, y, val, "sans_b", 8)
        y -= 11
    _addr_block(c, 118 * MM, PAGE_H - 48 * MM, b["address_block"], "sans", 10)
    y = PAGE_H - 80 * MM
    text(c, 18 * MM, y, "Adresse du logement", "sans_b", 8.5, navy)
    text(c, 18 * MM, y - 11, b["site_address"], "sans", 8.5)
    text(c, 18 * MM, y - 22, f"Point de livraison (PDL) : {b['pdl']}", "sans", 8.5)
    text(c, 18 * MM, y - 33, b["contract"], "sans", 8.5)
    y -= 52
    c.setFillColor(Color(1.0, 0.95, 0.9))
    c.rect(18 * MM, y - 24 * MM, PAGE_W - 36 * MM, 26 * MM, stroke=0, fill=1)
    text(c, 22 * MM, y - 6 * MM, "Montant de votre facture TTC", "sans_b", 11, navy)
    text(c, PAGE_W - 22 * MM, y - 8 * MM, f"{euros(b['amount'])} €", "sans_b", 20, orange, "right")
    text(
        c,
        22 * MM,
        y - 13 * MM,
        f"Consommation électricité du {fr(b['period_start'])} au "
        f"{fr(b['period_end'])} (relevés Linky)",
        "sans",
        8.5,
    )
    text(c, 22 * MM, y - 19 * MM, f"Montant prélevé le {fr(b['debit_date'])}", "sans", 8.5)
    y -= 36 * MM
    text(c, 18 * MM, y, "Le détail de votre facture", "sans_b", 11, navy)
    y -= 14
    cols = (18 * MM, 100 * MM, 130 * MM, 155 * MM, PAGE_W - 18 * MM)
    for i, h in enumerate(("Libellé", "Quantité", "Prix unit. HT", "TVA", "Montant HT")):
        text(
            c,
            cols[i] if i < 4 else cols[4],
            y,
            h,
            "sans_b",
            7.5,
            GREY,
            "left" if i < 4 else "right",
        )
    y -= 12
    for lab, q, pu, tva, m in b["lines"]:
        text(c, cols[0], y, lab, "sans", 8)
        text(c, cols[1], y, q, "sans", 8)
        text(c, cols[2], y, pu, "sans", 8)
        text(c, cols[3], y, tva, "sans", 8)
        text(c, cols[4], y, euros(m), "sans", 8, INK_BLACK, "right")
        y -= 12
    y -= 6
    text(c, 120 * MM, y, "Total TTC", "sans_b", 9)
    text(c, cols[4], y, f"{euros(b['amount'])} €", "sans_b", 9, INK_BLACK, "right")
    para(
        c,
        18 * MM,
        y - 30,
        PAGE_W - 36 * MM,
        "Votre espace client : edf.fr - Application EDF & MOI. Dépannage électricité Enedis : "
        "09 726 750 + les 2 chiffres de votre département. En cas de litige, vous pouvez saisir "
        "le médiateur national de l'énergie.",
        "sans",
        7.5,
        9.5,
    )
    para(
        c,
        18 * MM,
        14 * MM,
        PAGE_W - 36 * MM,
        "EDF SA au capital de 2 084 365 041 € - 552 081 317 R.C.S. Paris - 22-30 avenue de "
        "Wagram, 75382 Paris cedex 08 - www.edf.fr",
        "sans",
        6.5,
        8,
        GREY,
    )


def bill_total(c, b: dict, rng: random.Random):
    red, blue = Color(0.9, 0.1, 0.15), Color(0.0, 0.35, 0.7)
    for i, col in enumerate((red, Color(1, 0.6, 0), blue)):
        c.setFillColor(col)
        c.circle((20 + 4 * i) * MM, PAGE_H - 20 * MM, 2.6 * MM, stroke=0, fill=1)
    text(c, 32 * MM, PAGE_H - 22 * MM, "TotalEnergies", "lato_b", 16, INK_BLACK)
    text(c, PAGE_W - 18 * MM, PAGE_H - 20 * MM, "FACTURE MENSUELLE", "lato_b", 11, blue, "right")
    text(
        c,
        PAGE_W - 18 * MM,
        PAGE_H - 26 * MM,
        f"Émise le {fr(b['issue_date'])}",
        "lato",
        9,
        INK_BLACK,
        "right",
    )
    _addr_block(c, 118 * MM, PAGE_H - 50 * MM, b["address_block"], "lato", 10)
    y = PAGE_H - 44 * MM
    for lab, val in (
        ("Facture n°", b["invoice_no"]),
        ("N° client", b["client_no"]),
        ("Offre", b["offer"]),
        ("PDL", b["pdl"]),
    ):
        text(c, 18 * MM, y, lab, "lato", 8.5, GREY)
        text(c, 40 * MM, y, val, "lato_b", 8.5)
        y -= 12
    y = PAGE_H - 92 * MM
    c.setStrokeColor(blue)
    c.setLineWidth(1.5)
    c.roundRect(18 * MM, y - 28 * MM, PAGE_W - 36 * MM, 30 * MM, 6, stroke=1, fill=0)
    text(c, 23 * MM, y - 7 * MM, "Total à payer", "lato_b", 13)
    text(c, PAGE_W - 23 * MM, y - 10 * MM, f"{euros(b['amount'])} €", "lato_b", 22, blue, "right")
    text(
        c,
        23 * MM,
        y - 14 * MM,
        f"Électricité - période du {fr(b['period_start'])} au {fr(b['period_end'])}",
        "lato",
        9,
    )
    text(c, 23 * MM, y - 20 * MM, f"Adresse de consommation : {b['site_address']}", "lato", 9)
    text(c, 23 * MM, y - 25.5 * MM, f"Prélèvement automatique le {fr(b['debit_date'])}", "lato", 9)
    y -= 42 * MM
    text(c, 18 * MM, y, "Votre consommation", "lato_b", 11)
    y -= 14
    for lab, val in b["conso"]:
        text(c, 20 * MM, y, lab, "lato", 9)
        text(c, 120 * MM, y, val, "lato", 9)
        y -= 12
    y -= 10
    text(c, 18 * MM, y, "Détail de la facture", "lato_b", 11)
    y -= 14
    for lab, m in b["lines"]:
        text(c, 20 * MM, y, lab, "lato", 9)
        text(c, PAGE_W - 20 * MM, y, f"{euros(m)} €", "lato", 9, INK_BLACK, "right")
        y -= 12
    c.setStrokeColor(LGREY)
    c.line(18 * MM, y + 5, PAGE_W - 18 * MM, y + 5)
    text(c, 20 * MM, y - 6, "Total TTC", "lato_b", 9.5)
    text(c, PAGE_W - 20 * MM, y - 6, f"{euros(b['amount'])} €", "lato_b", 9.5, INK_BLACK, "right")
    para(
        c,
        18 * MM,
        15 * MM,
        PAGE_W - 36 * MM,
        "TotalEnergies Électricité et Gaz France - SA au capital de 11 520 000 € - 2 bis rue "
        "Louis Armand 75015 Paris - 542 034 921 RCS Paris - Service client : 09 70 80 69 69 "
        "(appel non surtaxé) - totalenergies.fr",
        "lato",
        6.5,
        8,
        GREY,
    )


# ---------------------------------------------------------------- RIBs
def rib_page(c, r: dict, rng: random.Random):
    """RIB in the style of the bank r['style'] ('sg' or 'ca'); two copies on the page."""
    for k in range(r.get("copies", 2)):
        top = PAGE_H - 18 * MM - k * 118 * MM
        _rib_copy(c, r, top)
        if k == 0 and r.get("copies", 2) > 1:
            c.setDash(3, 3)
            c.setStrokeColor(GREY)
            c.line(12 * MM, top - 108 * MM, PAGE_W - 12 * MM, top - 108 * MM)
            c.setDash()


def _rib_copy(c, r, top):
    if r["style"] == "sg":
        c.setFillColor(Color(0.89, 0.0, 0.1))
        c.rect(18 * MM, top - 12 * MM, 10 * MM, 5 * MM, stroke=0, fill=1)
        c.setFillColor(INK_BLACK)
        c.rect(18 * MM, top - 17 * MM, 10 * MM, 5 * MM, stroke=0, fill=1)
        text(c, 31 * MM, top - 14 * MM, "SOCIETE GENERALE", "sans_b", 12)
        f, fb = "sans", "sans_b"
    else:
        c.setFillColor(Color(0.0, 0.47, 0.45))
        c.rect(18 * MM, top - 17 * MM, 11 * MM, 11 * MM, stroke=0, fill=1)
        text(c, 23.5 * MM, top - 13.5 * MM, "CA", "sans_b", 11, white, "center")
        text(c, 32 * MM, top - 11 * MM, "CRÉDIT AGRICOLE", "sans_b", 12, Color(0.0, 0.4, 0.4))
        text(c, 32 * MM, top - 16 * MM, r["caisse"], "sans", 8.5, Color(0.0, 0.4, 0.4))
        f, fb = "dejavu_c", "dejavu_cb"
    text(
        c, PAGE_W - 18 * MM, top - 12 * MM, "RELEVÉ D'IDENTITÉ BANCAIRE", fb, 11, INK_BLACK, "right"
    )
    para(
        c,
        18 * MM,
        top - 25 * MM,
        PAGE_W - 36 * MM,
        "Ce relevé est destiné à être remis, sur leur demande, à vos créanciers ou débiteurs "
        "appelés à faire inscrire des opérations à votre compte (virements, prélèvements, etc.). "
        "Son utilisation vous garantit le bon enregistrement des opérations en cause.",
        f,
        7,
        8.5,
    )
    y = top - 40 * MM
    text(c, 18 * MM, y, "Titulaire du compte", fb, 8.5)
    for i, s in enumerate(r["holder_block"]):
        text(c, 18 * MM, y - 12 - i * 11, s, f, 9.5)
    text(c, 112 * MM, y, "Domiciliation", fb, 8.5)
    for i, s in enumerate(r["domiciliation"]):
        text(c, 112 * MM, y - 12 - i * 11, s, f, 9)
    y -= 62
    heads = ("Code banque", "Code guichet", "Numéro de compte", "Clé RIB", "Devise")
    vals = (r["bank"], r["branch"], r["account"], r["key"], "EUR")
    xs = (18, 50, 82, 128, 150)
    c.setFillColor(LGREY)
    c.rect(16 * MM, y - 20, PAGE_W - 32 * MM, 30, stroke=0, fill=1)
    for x, h, v in zip(xs, heads, vals, strict=True):
        text(c, x * MM, y, h, f, 7.5, GREY)
        text(c, x * MM, y - 13, v, "mono", 10.5)
    y -= 36
    text(c, 18 * MM, y, "IBAN (International Bank Account Number)", f, 7.5, GREY)
    text(c, 18 * MM, y - 14, iban_groups(r["iban"]), "mono", 11.5)
    text(c, 128 * MM, y, "BIC (Bank Identifier Code)", f, 7.5, GREY)
    text(c, 128 * MM, y - 14, r["bic"], "mono", 11.5)


# ---------------------------------------------------------------- payslip
def payslip_lines(gross: float, cadre: bool, pmss: float = 4005.0, pas_rate: float = 0.0):
    """Return (rows, totals) for a 'bulletin clarifié' with approximate 2026 rates."""
    t1 = min(gross, pmss)
    t2 = max(0.0, gross - pmss)
    csg_base = round(gross * 0.9825, 2)
    rows = []

    def r(label, base, rate_s, rate_p):
        s = round(base * rate_s / 100, 2) if rate_s else 0.0
        p = round(base * rate_p / 100, 2) if rate_p else 0.0
        rows.append((label, base, rate_s, s, rate_p, p))

    rows.append(("SANTÉ", None, None, None, None, None))
    r("Sécurité sociale - Maladie Maternité Invalidité Décès", gross, 0, 13.0)
    r(
        "Complémentaire Incapacité Invalidité Décès",
        t1,
        0.78 if cadre else 0.45,
        1.5 if cadre else 0.6,
    )
    r("Complémentaire santé", pmss, 0.55, 0.95)
    rows.append(("ACCIDENTS DU TRAVAIL - MALADIES PROFESSIONNELLES", None, None, None, None, None))
    r("Accidents du travail", gross, 0, 0.84)
    rows.append(("RETRAITE", None, None, None, None, None))
    r("Sécurité sociale plafonnée", t1, 6.90, 8.55)
    r("Sécurité sociale déplafonnée", gross, 0.40, 2.02)
    r("Complémentaire Tranche 1", t1, 4.01, 6.01)
    if t2:
        r("Complémentaire Tranche 2", t2, 9.72, 14.57)
    rows.append(("FAMILLE", None, None, None, None, None))
    r("Allocations familiales", gross, 0, 5.25)
    rows.append(("ASSURANCE CHÔMAGE", None, None, None, None, None))
    r("Chômage", t1, 0, 4.05)
    if cadre:
        r("APEC", gross, 0.024, 0.036)
    r("AUTRES CONTRIBUTIONS DUES PAR L'EMPLOYEUR", gross, 0, 3.25)
    r("CSG déductible de l'impôt sur le revenu", csg_base, 6.80, 0)
    r("CSG/CRDS non déductible de l'impôt sur le revenu", csg_base, 2.90, 0)
    sal = round(sum(x[3] for x in rows if x[3]), 2)
    pat = round(sum(x[5] for x in rows if x[5]), 2)
    net_before = round(gross - sal, 2)
    csg_nd = round(csg_base * 2.90 / 100, 2)
    taxable = round(net_before + csg_nd, 2)
    pas = round(taxable * pas_rate / 100, 2)
    net_paid = round(net_before - pas, 2)
    net_social = round(net_before + round(pmss * 0.55 / 100, 2), 2)
    return rows, {
        "sal": sal,
        "pat": pat,
        "net_before": net_before,
        "taxable": taxable,
        "pas": pas,
        "net_paid": net_paid,
        "net_social": net_social,
    }


def payslip(c, p: dict, rng: random.Random):
    f, fb = p.get("fonts", ("sans", "sans_b"))
    navy = Color(0.1, 0.2, 0.35)
    text(c, 18 * MM, PAGE_H - 18 * MM, "BULLETIN DE PAIE", fb, 15, navy)
    per = p["period"]
    end = per["end"]
    text(
        c,
        PAGE_W - 18 * MM,
        PAGE_H - 16 * MM,
        f"Période du {fr(per['start'])} au {fr(end)}",
        f,
        8.5,
        INK_BLACK,
        "right",
    )
    text(
        c,
        PAGE_W - 18 * MM,
        PAGE_H - 21 * MM,
        f"Paiement le {fr(p['paid_on'])} par virement",
        f,
        8.5,
        INK_BLACK,
        "right",
    )
    y = PAGE_H - 30 * MM
    c.setStrokeColor(GREY)
    c.setLineWidth(0.6)
    c.rect(18 * MM, y - 36 * MM, 84 * MM, 36 * MM)
    c.rect(108 * MM, y - 36 * MM, PAGE_W - 126 * MM, 36 * MM)
    e = p["employer"]
    lines = (
        [(e["name"], fb, 9.5)]
        + [(s, f, 8) for s in e["address"]]
        + [
            (f"SIRET : {fmt_siret(e['siret'])}", f, 8),
            (f"Code NAF : {e['naf']}", f, 8),
            (f"URSSAF : {e['urssaf']}", f, 8),
            (f"Convention collective : {e['ccn']}", f, 7.2),
        ]
    )
    for i, (s, ff, sz) in enumerate(lines):
        text(c, 20 * MM, y - 5 * MM - i * 10.5, s, ff, sz)
    w = p["employee"]
    lines = [(w["name"], fb, 9.5)] + [(s, f, 8.5) for s in w["address"]]
    for i, (s, ff, sz) in enumerate(lines):
        text(c, 112 * MM, y - 5 * MM - i * 11.5, s, ff, sz)
    yy = y - 5 * MM - len(lines) * 11.5 - 4
    for lab, val in (
        ("Matricule", w["matricule"]),
        ("N° de sécurité sociale", w["nir"]),
        ("Emploi", w["job"]),
        ("Statut", w["status"]),
        ("Entrée le", fr(w["start"])),
    ):
        text(c, 112 * MM, yy, lab, f, 7.2, GREY)
        text(c, 145 * MM, yy, val, f, 7.5)
        yy -= 9
    y -= 42 * MM
    cols = [18, 98, 118, 131, 158, 174]
    heads = ["Éléments de paie", "Base", "Taux", "Part salarié", "Taux", "Part employeur"]
    c.setFillColor(navy)
    c.rect(18 * MM, y - 3, PAGE_W - 36 * MM, 13, stroke=0, fill=1)
    for i, h in enumerate(heads):
        text(c, cols[i] * MM + (2 if i == 0 else 0), y + 1, h, fb, 7, white)
    y -= 14
    gross = p["gross"]
    rows, tot = payslip_lines(gross, w["status"].startswith("Cadre"), pas_rate=p["pas_rate"])
    text(c, 20 * MM, y, "Salaire de base", f, 7.8)
    text(c, cols[1] * MM, y, "151,67 h", f, 7.8)
    text(c, cols[2] * MM, y, euros(gross / 151.67).replace(" ", ""), f, 7.8)
    text(c, 150 * MM, y, euros(gross), f, 7.8, INK_BLACK, "right")
    y -= 11
    c.setFillColor(LGREY)
    c.rect(18 * MM, y - 3, PAGE_W - 36 * MM, 12, stroke=0, fill=1)
    text(c, 20 * MM, y, "SALAIRE BRUT", fb, 8)
    text(c, 150 * MM, y, euros(gross), fb, 8, INK_BLACK, "right")
    y -= 14
    for label, base, rs, s, rp, pv in rows:
        if base is None:
            text(c, 20 * MM, y, label, fb, 7.5, navy)
            y -= 10
            continue
        text(c, 22 * MM, y, label, f, 7.2)
        text(c, cols[1] * MM, y, euros(base), f, 7.2)
        if rs:
            text(c, cols[2] * MM, y, f"{rs:.3f}".rstrip("0").rstrip(".").replace(".", ","), f, 7.2)
            text(c, 150 * MM, y, euros(s), f, 7.2, INK_BLACK, "right")
        if rp:
            text(c, 158 * MM, y, f"{rp:.3f}".rstrip("0").rstrip(".").replace(".", ","), f, 7.2)
            text(c, PAGE_W - 19 * MM, y, euros(pv), f, 7.2, INK_BLACK, "right")
        y -= 10
    y -= 4
    for label, sv, pv in (("TOTAL DES COTISATIONS ET CONTRIBUTIONS", tot["sal"], tot["pat"]),):
        c.setFillColor(LGREY)
        c.rect(18 * MM, y - 3, PAGE_W - 36 * MM, 12, stroke=0, fill=1)
        text(c, 20 * MM, y, label, fb, 7.8)
        text(c, 150 * MM, y, euros(sv), fb, 7.8, INK_BLACK, "right")
        text(c, PAGE_W - 19 * MM, y, euros(pv), fb, 7.8, INK_BLACK, "right")
    y -= 18
    text(c, 20 * MM, y, "NET À PAYER AVANT IMPÔT SUR LE REVENU", fb, 8.5)
    text(c, PAGE_W - 19 * MM, y, euros(tot["net_before"]), fb, 8.5, INK_BLACK, "right")
    y -= 13
    text(c, 22 * MM, y, "Impôt sur le revenu prélevé à la source", f, 7.5)
    text(c, cols[1] * MM, y, euros(tot["taxable"]), f, 7.5)
    text(c, cols[2] * MM, y, f"{p['pas_rate']:.1f} %".replace(".", ","), f, 7.5)
    text(c, PAGE_W - 19 * MM, y, "- " + euros(tot["pas"]), f, 7.5, INK_BLACK, "right")
    y -= 22
    c.setFillColor(navy)
    c.rect(108 * MM, y - 5, PAGE_W - 126 * MM, 18, stroke=0, fill=1)
    text(c, 111 * MM, y + 1, "NET PAYÉ EN EUROS", fb, 10, white)
    text(c, PAGE_W - 20 * MM, y + 1, euros(tot["net_paid"]), fb, 11, white, "right")
    text(c, 20 * MM, y + 1, f"Montant net social : {euros(tot['net_social'])}", f, 8)
    y -= 26
    text(
        c,
        20 * MM,
        y,
        f"Total versé par l'employeur : {euros(round(gross + tot['pat'], 2))}",
        f,
        7.5,
    )
    text(c, 110 * MM, y, f"Congés payés : acquis {p.get('cp', '12,50')} j - pris 0 j", f, 7.5)
    y -= 12
    mois = MOIS[end.month - 1]
    text(
        c,
        20 * MM,
        y,
        f"Cumuls {end.year} : brut imposable {euros(p['ytd_gross'])} - "
        f"net imposable {euros(round(p['ytd_gross'] * 0.79, 2))} ({mois} inclus)",
        f,
        7.2,
        GREY,
    )
    para(
        c,
        18 * MM,
        20 * MM,
        PAGE_W - 36 * MM,
        "Dans votre intérêt et pour vous aider à faire valoir vos droits, conservez ce bulletin "
        "de paie sans limitation de durée. Rubrique dédiée au bulletin de paie sur le portail "
        "www.service-public.fr.",
        f,
        6.8,
        8.5,
        GREY,
    )
    return tot


def net_pay(gross: float, cadre: bool, pas_rate: float) -> float:
    return payslip_lines(gross, cadre, pas_rate=pas_rate)[1]["net_paid"]
