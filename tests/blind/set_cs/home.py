"""Lease (loi du 6 juillet 1989), handwritten attestation d'hébergement, payslip."""

from __future__ import annotations

from reportlab.lib.colors import Color, black
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth

import kit
from bills import euro
from kit import fit_text, fr

GREY = Color(0.4, 0.4, 0.42)


def _wrap(text, font, size, width):
    out, line = [], ""
    for word in text.split():
        trial = (line + " " + word).strip()
        if stringWidth(trial, font, size) > width and line:
            out.append(line)
            line = word
        else:
            line = trial
    if line:
        out.append(line)
    return out


def _para(c, x, y, text, font="Serif", size=10, width=170 * mm, lead=1.35):
    c.setFont(font, size)
    for line in _wrap(text, font, size, width):
        c.drawString(x, y, line)
        y -= size * lead
    return y


def lease(c, rng, L: dict):
    W, H = A4
    c.setPageSize(A4)
    x = 20 * mm
    c.setFillColor(black)
    c.setFont("SerifB", 14)
    c.drawCentredString(W / 2, H - 22 * mm, "CONTRAT DE LOCATION")
    c.setFont("SerifB", 11)
    c.drawCentredString(W / 2, H - 28 * mm, "LOCAUX VACANTS NON MEUBLÉS")
    c.setFont("SerifI", 8.5)
    c.drawCentredString(
        W / 2,
        H - 34 * mm,
        "(Soumis au titre Ier de la loi n° 89-462 du 6 juillet 1989 "
        "- contrat type défini par le décret n° 2015-587 du 29 mai 2015)",
    )
    y = H - 46 * mm
    sections = [
        (
            "I. DÉSIGNATION DES PARTIES",
            [
                "Le présent contrat est conclu entre les soussignés :",
                f"{L['landlord']}, {L['landlord_addr']}, désigné(s) ci-après « le bailleur » ;",
                f"{L['tenant_print']}, désigné(s) ci-après « le locataire ».",
            ],
        ),
        (
            "II. OBJET DU CONTRAT",
            [
                "Le présent contrat a pour objet la location d'un logement ainsi déterminé :",
                f"Adresse du logement : {L['address']}",
                f"Type d'habitat : immeuble collectif ; régime juridique : copropriété ; période "
                f"de "
                f"construction : 1949 à 1974 ; surface habitable : {L['surface']} m² ; nombre de "
                f"pièces "
                f"principales : {L['rooms']}.",
                "Modalité de production de chauffage et d'eau chaude sanitaire : individuel "
                "électrique.",
            ],
        ),
        (
            "III. DATE DE PRISE D'EFFET ET DURÉE DU CONTRAT",
            [
                f"A. Date de prise d'effet du contrat : {kit.fr_words(L['start'])}",
                "B. Durée du contrat : trois (3) ans, renouvelable par tacite reconduction.",
            ],
        ),
        (
            "IV. CONDITIONS FINANCIÈRES",
            [
                f"A. Montant du loyer mensuel : {euro(L['rent'])} hors charges.",
                f"Provisions sur charges avec régularisation annuelle : {euro(L['charges'])} par "
                f"mois.",
                "Modalités de paiement : mensuel, à terme à échoir, le 5 de chaque mois.",
                f"B. Dépôt de garantie : {euro(L['rent'])}.",
            ],
        ),
    ]
    for title, paras in sections:
        c.setFont("SerifB", 10.5)
        c.drawString(x, y, title)
        y -= 6 * mm
        for p in paras:
            y = _para(c, x, y, p) - 1.5 * mm
        y -= 4 * mm
    c.setFont("Serif", 8)
    c.drawString(x, 12 * mm, "Paraphes :")
    c.drawRightString(W - 20 * mm, 12 * mm, "page 1/2")
    kit.hand_text(c, rng, x + 18 * mm, 12 * mm, L["initials"][0], "Hand1", 12, jitter=0.6)
    kit.hand_text(c, rng, x + 30 * mm, 12 * mm, L["initials"][1], "Hand3", 12, jitter=0.6)
    c.showPage()
    c.setPageSize(A4)
    y = H - 25 * mm
    more = [
        ("V. TRAVAUX", ["Néant."]),
        ("VI. GARANTIES", ["Néant."]),
        (
            "VII. CLAUSE DE SOLIDARITÉ ET CLAUSE RÉSOLUTOIRE",
            [
                "Le présent contrat sera résilié de plein droit deux mois après un commandement "
                "de payer "
                "demeuré infructueux, à défaut de paiement du loyer ou des charges aux termes "
                "convenus, "
                "ou du dépôt de garantie, ou à défaut d'assurance contre les risques locatifs.",
            ],
        ),
        (
            "VIII. ANNEXES",
            [
                "Sont annexées et jointes au contrat de location : le dossier de diagnostic "
                "technique "
                "(DPE classe D, ERP, CREP), la notice d'information, l'état des lieux d'entrée "
                "établi "
                f"le {fr(L['start'])}.",
            ],
        ),
    ]
    for title, paras in more:
        c.setFont("SerifB", 10.5)
        c.drawString(x, y, title)
        y -= 6 * mm
        for p in paras:
            y = _para(c, x, y, p) - 1.5 * mm
        y -= 4 * mm
    y -= 4 * mm
    c.setFont("Serif", 10)
    c.drawString(x, y, f"Fait et signé à {L['city']}, le {fr(L['signed'])}, en deux originaux.")
    y -= 12 * mm
    c.setFont("SerifB", 10)
    c.drawString(x, y, "LE BAILLEUR")
    c.drawString(115 * mm, y, "LE LOCATAIRE")
    c.setFont("SerifI", 8.5)
    c.drawString(x, y - 5 * mm, "signature précédée de « lu et approuvé »")
    c.drawString(115 * mm, y - 5 * mm, "signature précédée de « lu et approuvé »")
    kit.hand_text(c, rng, x, y - 14 * mm, "Lu et approuvé", "Hand1", 12, ink=kit.INK_BLACK)
    kit.hand_text(c, rng, 115 * mm, y - 14 * mm, "lu et approuvé", "Hand3", 13)
    kit.draw_signature(c, rng, x, y - 38 * mm, 55 * mm, 20 * mm, ink=kit.INK_BLACK)
    kit.draw_signature(c, rng, 115 * mm, y - 38 * mm, 55 * mm, 20 * mm)
    c.setFont("Serif", 8)
    c.drawRightString(W - 20 * mm, 12 * mm, "page 2/2")


def attestation(c, rng, a: dict):
    """Handwritten attestation d'hébergement on ruled paper."""
    W, H = A4
    c.setPageSize(A4)
    c.setFillColor(Color(0.99, 0.99, 0.98))
    c.rect(0, 0, W, H, stroke=0, fill=1)
    c.setStrokeColor(Color(0.72, 0.8, 0.92))
    c.setLineWidth(0.4)
    lh = 8 * mm
    for i in range(int((H - 30 * mm) / lh)):
        c.line(0, H - 30 * mm - i * lh, W, H - 30 * mm - i * lh)
    c.setStrokeColor(Color(0.92, 0.55, 0.6))
    c.line(25 * mm, 0, 25 * mm, H)
    font = a.get("font", "Hand1")
    x = 28 * mm
    line = 0

    def base(n):
        return H - 30 * mm - n * lh + 1.4

    kit.hand_text(c, rng, 70 * mm, base(line), "Attestation d'hébergement", font, 19)
    line += 2
    for para in a["paragraphs"]:
        for t in _wrap(para, font, 14.5, W - x - 20 * mm):
            kit.hand_text(c, rng, x, base(line), t, font, 14.5)
            line += 1
        line += 1
    kit.hand_text(c, rng, 110 * mm, base(line), a["signed_line"], font, 14.5)
    line += 1
    if a.get("signed", True):
        kit.draw_signature(c, rng, 115 * mm, base(line + 3), 60 * mm, 26 * mm, base=1.3)


def payslip(c, rng, p: dict):
    """Bulletin de paie clarifié (arrêté du 25 février 2016, net social since 2024)."""
    W, H = A4
    c.setPageSize(A4)
    x0, x1 = 12 * mm, W - 12 * mm
    c.setFillColor(black)
    c.setFont("DejaVuCB", 13)
    c.drawString(x0, H - 18 * mm, "BULLETIN DE PAIE")
    c.setFont("DejaVuC", 8.5)
    c.drawString(
        x0,
        H - 23 * mm,
        f"Période du {fr(p['start'])} au {fr(p['end'])}  -  "
        f"Paiement le {fr(p['paid'])} par virement",
    )
    c.setStrokeColor(GREY)
    c.setLineWidth(0.6)
    c.rect(x0, H - 62 * mm, 88 * mm, 34 * mm)
    emp = [
        p["employer"],
        p["emp_addr1"],
        p["emp_addr2"],
        f"SIRET : {p['siret']}",
        f"Code NAF : {p['naf']}",
        f"URSSAF : {p['urssaf']}",
    ]
    for i, t in enumerate(emp):
        c.setFont("DejaVuCB" if i == 0 else "DejaVuC", 9 if i == 0 else 8)
        c.drawString(x0 + 3 * mm, H - 33 * mm - i * 4.4 * mm, t)
    c.rect(W - 100 * mm, H - 62 * mm, 88 * mm, 34 * mm)
    sal = [p["employee_print"], p["addr1"], p["addr2"]]
    for i, t in enumerate(sal):
        c.setFont("DejaVuCB" if i == 0 else "DejaVuC", 9.5 if i == 0 else 8.5)
        c.drawString(W - 96 * mm, H - 35 * mm - i * 4.8 * mm, t)
    y = H - 70 * mm
    info = [
        ("Emploi", p["job"]),
        ("Statut", "Cadre"),
        ("Entrée le", fr(p["entry"])),
        ("Contrat", p["contract"]),
        ("Convention collective", p["ccn"]),
        ("N° de sécurité sociale", p.get("nir", "en cours d'attribution")),
    ]
    for i, (lab, val) in enumerate(info):
        cx = x0 + (i % 3) * 62 * mm
        cy = y - (i // 3) * 9 * mm
        c.setFont("DejaVuC", 6.8)
        c.setFillColor(GREY)
        c.drawString(cx, cy, lab)
        c.setFillColor(black)
        fit_text(c, cx, cy - 4 * mm, val, "DejaVuCB", 8.2, 60 * mm)
    y -= 24 * mm
    cols = [x0, 92 * mm, 122 * mm, 150 * mm, 176 * mm, x1]
    heads = ["Éléments de paie", "Base", "Taux", "À déduire", "À payer"]
    c.setFillColor(Color(0.88, 0.9, 0.94))
    c.rect(x0, y - 2 * mm, x1 - x0, 7 * mm, stroke=0, fill=1)
    c.setFillColor(black)
    for i, hd in enumerate(heads):
        c.setFont("DejaVuCB", 8)
        c.drawString(cols[i] + 1.5 * mm, y, hd)
    y -= 8 * mm
    gross = p["gross"]
    rows = [("Salaire de base", euro(gross)[:-2], "", "", euro(gross)[:-2])]
    deduct = 0.0
    for lab, rate in p["contribs"]:
        amt = round(gross * rate / 100, 2)
        deduct += amt
        rows.append((lab, euro(gross)[:-2], f"{rate:.2f} %".replace(".", ","), euro(amt)[:-2], ""))
    for r in rows:
        c.setFont("DejaVuC", 8)
        for i, t in enumerate(r):
            if i == 0:
                c.drawString(cols[0] + 1.5 * mm, y, t)
            elif t:
                c.drawRightString(cols[i + 1] - 1.5 * mm, y, t)
        y -= 5.2 * mm
    deduct = round(deduct, 2)
    net_before = round(gross - deduct, 2)
    tax = round(net_before * p["pas_rate"] / 100, 2)
    net = round(net_before - tax, 2)
    p["net"] = net
    y -= 3 * mm
    c.line(x0, y + 3 * mm, x1, y + 3 * mm)
    tot = [
        ("Total des cotisations et contributions", euro(deduct)),
        ("Montant net social", euro(round(net_before + 0.0, 2))),
        ("Net à payer avant impôt sur le revenu", euro(net_before)),
        (
            f"Impôt sur le revenu prélevé à la source (taux {p['pas_rate']:.1f} %)".replace(
                ".", ","
            ),
            euro(tax),
        ),
    ]
    for lab, val in tot:
        c.setFont("DejaVuC", 8.5)
        c.drawString(x0 + 1.5 * mm, y - 2 * mm, lab)
        c.drawRightString(x1 - 1.5 * mm, y - 2 * mm, val)
        y -= 6 * mm
    y -= 3 * mm
    c.setFillColor(Color(0.9, 0.93, 0.98))
    c.rect(100 * mm, y - 6 * mm, x1 - 100 * mm, 11 * mm, stroke=0, fill=1)
    c.setFillColor(black)
    c.setFont("DejaVuCB", 11)
    c.drawString(103 * mm, y - 2.5 * mm, "NET PAYÉ")
    c.drawRightString(x1 - 3 * mm, y - 2.5 * mm, euro(net))
    c.setFont("DejaVuC", 7)
    c.setFillColor(GREY)
    c.drawString(
        x0,
        20 * mm,
        "Dans votre intérêt et pour vous aider à faire valoir vos droits, conservez "
        "ce bulletin de paie sans limitation de durée.",
    )
    c.drawString(
        x0, 16 * mm, "Rubrique dédiée au bulletin de paie sur le portail service-public.fr"
    )
