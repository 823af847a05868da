"""Employment papers: 'bulletin de paie clarifie' payslips (two software styles) and a CDD."""

from __future__ import annotations

import random

from reportlab.lib.pagesizes import A4

from civil import _wrap
from common import INK_BLUE, box_stamp, draw_signature_rl, finish, hand, new_canvas, spaced_siret

W, H = A4


def num(x: float) -> str:
    x = round(x, 2) + 0.0
    return f"{x:,.2f}".replace(",", " ").replace(".", ",")


def _payslip_rows(gross: float, pas_rate: float, cadre: bool):
    """Cotisations salariales by the clarified headings; returns rows and the totals."""
    pss = 4005.0
    base_t1 = min(gross, pss)
    rows = [
        ("SANTÉ", None, None, None),
        ("Sécurité sociale - Maladie Maternité Invalidité Décès", gross, 0.0, 0.0),
        ("Complémentaire Incapacité Invalidité Décès", base_t1, 0.0078 if cadre else 0.0045, None),
        ("Complémentaire Santé", base_t1, 0.0095, None),
        ("RETRAITE", None, None, None),
        ("Sécurité sociale plafonnée", base_t1, 0.069, None),
        ("Sécurité sociale déplafonnée", gross, 0.004, None),
        ("Complémentaire Tranche 1", base_t1, 0.0401, None),
        ("FAMILLE", gross, 0.0, 0.0),
        ("ASSURANCE CHÔMAGE", gross, 0.0, 0.0),
        ("AUTRES CONTRIBUTIONS DUES PAR L'EMPLOYEUR", None, 0.0, 0.0),
        ("CSG déductible de l'impôt sur le revenu", gross * 0.9825, 0.068, None),
        ("CSG/CRDS non déductible de l'impôt sur le revenu", gross * 0.9825, 0.029, None),
    ]
    out, total = [], 0.0
    for lab, base, rate, amount in rows:
        if base is None and rate is None:
            out.append((lab, None, None, None))
            continue
        amt = round(base * rate, 2) if amount is None and base is not None else (amount or 0.0)
        total += amt
        out.append((lab, base, rate, amt))
    total = round(total, 2)
    net_before = round(gross - total, 2)
    pas = round(net_before * pas_rate, 2)
    return out, total, net_before, pas, round(net_before - pas, 2)


def payslip(p: dict, rng: random.Random, style: str = "clair") -> tuple[bytes, float]:
    """One-page payslip; returns the PDF and the net paid."""
    c, buf = new_canvas()
    c.setTitle(f"Bulletin de paie {p['period_txt']}")
    font, bold = ("Lato", "Lato-B") if style == "clair" else ("Narrow", "Narrow-B")
    accent = (0.16, 0.35, 0.62) if style == "clair" else (0.3, 0.3, 0.3)
    rows, tot, net_before, pas, net_paid = _payslip_rows(
        p["gross"], p["pas_rate"], p.get("cadre", False)
    )
    c.setFillColorRGB(*accent)
    c.setFont(bold, 15)
    c.drawString(40, H - 50, "BULLETIN DE PAIE" if style == "clair" else "Bulletin de salaire")
    c.setFillColorRGB(0, 0, 0)
    c.setFont(font, 9)
    c.drawRightString(W - 40, H - 44, f"Période du {p['start']} au {p['end']}")
    c.drawRightString(W - 40, H - 56, f"Paiement le {p['paid_on']} par virement")
    c.setLineWidth(0.6)
    c.setStrokeColorRGB(*accent)
    c.rect(40, H - 170, 250, 100, stroke=1, fill=0)
    c.setFont(bold, 10)
    c.drawString(48, H - 86, p["employer"])
    c.setFont(font, 8.5)
    for i, ln in enumerate(p["employer_lines"]):
        c.drawString(48, H - 100 - i * 11, ln)
    c.drawString(48, H - 100 - len(p["employer_lines"]) * 11, f"SIRET : {spaced_siret(p['siret'])}")
    c.drawString(48, H - 111 - len(p["employer_lines"]) * 11, f"Code NAF : {p['naf']}")
    c.drawString(48, H - 122 - len(p["employer_lines"]) * 11, f"Convention collective : {p['ccn']}")
    c.rect(310, H - 170, W - 350, 100, stroke=1, fill=0)
    c.setFont(bold, 10.5)
    c.drawString(320, H - 96, p["employee_print"])
    c.setFont(font, 9)
    for i, ln in enumerate(p["employee_address"]):
        c.drawString(320, H - 110 - i * 11, ln)
    info = [
        ("Matricule", p["matricule"]),
        ("Emploi", p["job"]),
        ("Statut", "Cadre" if p.get("cadre") else "Non cadre"),
        ("Date d'entrée", p["entry"]),
        ("N° de sécurité sociale", p.get("nir_txt", "en cours d'attribution")),
        ("Contrat", p["contract"]),
    ]
    y = H - 190
    for i, (k, v) in enumerate(info):
        x = 40 + (i % 3) * 180
        if i % 3 == 0 and i:
            y -= 24
        c.setFont(font, 7.5)
        c.setFillColorRGB(0.4, 0.4, 0.4)
        c.drawString(x, y, k)
        c.setFillColorRGB(0, 0, 0)
        c.setFont(bold, 9)
        c.drawString(x, y - 11, v)
    y -= 40
    c.setFillColorRGB(*accent)
    c.rect(40, y - 4, W - 80, 16, stroke=0, fill=1)
    c.setFillColorRGB(1, 1, 1)
    c.setFont(bold, 8.5)
    for t, x in [
        ("Éléments de paie", 46),
        ("Base", 330),
        ("Taux", 410),
        ("Montant salarié", W - 46),
    ]:
        (c.drawRightString if t == "Montant salarié" else c.drawString)(x, y, t)
    c.setFillColorRGB(0, 0, 0)
    y -= 18
    for lab, base, rate, amt in p["earnings"]:
        c.setFont(font, 8.5)
        c.drawString(46, y, lab)
        if base is not None:
            c.drawRightString(380, y, num(base))
        if rate is not None:
            c.drawRightString(450, y, num(rate))
        c.drawRightString(W - 46, y, num(amt))
        y -= 12
    c.setFont(bold, 9)
    c.drawString(46, y - 2, "SALAIRE BRUT")
    c.drawRightString(W - 46, y - 2, num(p["gross"]))
    y -= 20
    for lab, base, rate, amt in rows:
        if base is None and rate is None:
            c.setFont(bold, 8.5)
            c.drawString(46, y, lab)
        else:
            c.setFont(font, 8.2)
            c.drawString(54 if not lab.isupper() else 46, y, lab)
            if base is not None:
                c.drawRightString(380, y, num(base))
            if rate:
                c.drawRightString(450, y, f"{rate * 100:.2f} %".replace(".", ","))
            c.drawRightString(W - 46, y, num(-amt) if amt else "0,00")
        y -= 11.5
    c.line(40, y + 4, W - 40, y + 4)
    y -= 6
    lines = [
        ("TOTAL DES COTISATIONS ET CONTRIBUTIONS", -tot, False),
        ("NET À PAYER AVANT IMPÔT SUR LE REVENU", net_before, True),
        (
            "Dont évolution de la rémunération liée à la suppression des cotisations chômage et "
            "maladie",
            0.0,
            False,
        ),
        (
            f"Impôt sur le revenu prélevé à la source - taux {p['pas_rate'] * 100:.1f} %".replace(
                ".", ","
            ),
            -pas,
            False,
        ),
    ]
    for t, v, b in lines:
        c.setFont(bold if b else font, 8.5 if not b else 10)
        c.drawString(46, y, t)
        c.drawRightString(W - 46, y, num(v))
        y -= 14
    y -= 6
    c.setFillColorRGB(0.92, 0.95, 1.0) if style == "clair" else c.setFillColorRGB(0.9, 0.9, 0.9)
    c.rect(40, y - 14, W - 80, 28, stroke=0, fill=1)
    c.setFillColorRGB(0, 0, 0)
    c.setFont(bold, 12)
    c.drawString(48, y - 4, "NET PAYÉ")
    c.drawRightString(W - 48, y - 4, num(net_paid) + " €")
    y -= 38
    c.setFont(font, 7.5)
    c.drawString(
        46,
        y,
        f"Coût total employeur : {num(p['gross'] * 1.38)}    Total versé par l'employeur : "
        f"{num(net_paid)}",
    )
    c.drawString(
        46, y - 10, "Congés payés : acquis N-1 25,0 j  pris N-1 12,0 j  acquis N " + p["cp"] + " j"
    )
    c.setFont(font, 6.8)
    c.setFillColorRGB(0.35, 0.35, 0.35)
    c.drawString(
        40,
        40,
        "Dans votre intérêt et pour vous aider à faire valoir vos droits, conservez ce bulletin "
        "de paie "
        "sans limitation de durée. Rubrique dédiée : www.mon-entreprise.urssaf.fr",
    )
    c.showPage()
    return finish(c, buf), net_paid


def cdd(p: dict, rng: random.Random) -> bytes:
    """A fixed-term contract, three pages, signed by both parties."""
    c, buf = new_canvas()
    arts = p["articles"]
    per_page = [arts[:4], arts[4:8], arts[8:]]
    for pg, chunk in enumerate(per_page):
        y = H - 60
        c.setFillColorRGB(0, 0, 0)
        c.setFont("Caladea-B", 9)
        c.drawString(50, H - 36, p["employer"])
        c.setFont("Caladea", 8)
        c.drawRightString(
            W - 50, H - 36, f"Contrat de travail à durée déterminée — {p['employee']}"
        )
        if pg == 0:
            c.setFont("Caladea-B", 15)
            c.drawCentredString(W / 2, y - 20, "CONTRAT DE TRAVAIL À DURÉE DÉTERMINÉE")
            c.setFont("Caladea", 10)
            c.drawCentredString(
                W / 2, y - 36, "(articles L. 1242-1 et suivants du code du travail)"
            )
            y -= 70
            y = _wrap(c, 56, y, p["parties"], "Caladea", 10.5, W - 112, 14.5) - 10
        for title, body in chunk:
            c.setFont("Caladea-B", 11)
            c.drawString(56, y, title)
            y = _wrap(c, 56, y - 16, body, "Caladea", 10.5, W - 112, 14.5) - 12
        if pg == 2:
            c.setFont("Caladea", 10.5)
            c.drawString(
                56, y - 4, f"Fait à {p['place']}, le {p['signed']}, en deux exemplaires originaux."
            )
            y -= 40
            c.drawString(70, y, "L'Employeur")
            c.drawString(340, y, "Le Salarié")
            c.setFont("Caladea", 8.5)
            c.drawString(70, y - 12, p["signatory"])
            c.drawString(340, y - 12, "(précédé de la mention « lu et approuvé »)")
            hand(c, 340, y - 40, "Lu et approuvé", rng, "Hand3", 13, INK_BLUE)
            draw_signature_rl(c, 340, y - 110, 140, 60, rng, INK_BLUE, 1.3)
            draw_signature_rl(c, 75, y - 110, 130, 58, rng, (0.1, 0.1, 0.15), 1.2)
            box_stamp(
                c,
                60,
                y - 160,
                [p["employer"], p["employer_addr"], f"SIRET {p['siret']}"],
                rng,
                (0.2, 0.2, 0.5),
                7.5,
            )
        c.setFont("Caladea", 8)
        c.drawCentredString(W / 2, 30, f"Page {pg + 1} / 3")
        c.setFont("Caladea", 7.5)
        c.drawString(50, 30, "Paraphes :")
        hand(c, 95, 30, p["initials"], rng, "Hand1", 11, INK_BLUE)
        c.showPage()
    return finish(c, buf)
