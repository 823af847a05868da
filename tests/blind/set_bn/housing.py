"""Housing documents: a "bail d'habitation" (loi de 1989 model) and a handwritten
attestation d'hébergement on Seyès paper."""

from __future__ import annotations

import io
import random

from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth

from common import d_fr, hand_text, new_canvas, para, rl_signature

INK = (0.07, 0.12, 0.4)


def lease(k: dict, rng: random.Random) -> bytes:
    """Contrat type de location (logement nu), with handwritten initials and signatures."""
    buf = io.BytesIO()
    c = new_canvas(buf, title="Bail d'habitation", author=k.get("agency", ""))
    f, fb, fs = "Serif", "Serif-B", 9.6
    W = 515
    page = [1]

    def footer():
        c.setFont(f, 7.5)
        c.drawCentredString(297, 28, f"Contrat de location - locaux vides - page {page[0]}")
        c.drawString(40, 28, "Paraphes :")
        for i in range(len(k["initials"])):
            hand_text(c, 90 + i * 40, 26, k["initials"][i], rng, "Breip", 13, INK)

    def new_page():
        footer()
        c.showPage()
        page[0] += 1
        return 800

    def section(y, title):
        if y < 150:
            y = new_page()
        c.setFillColorRGB(0.9, 0.9, 0.9)
        c.rect(40, y - 15, W, 15, stroke=0, fill=1)
        c.setFillColorRGB(0, 0, 0)
        c.setFont(fb, 10)
        c.drawString(44, y - 11, title)
        return y - 30

    def text(y, t, font=f):
        if y < 90:
            y = new_page()
        return para(c, 40, y, t, font, fs, W, 12.2) - 5

    c.setFont(fb, 15)
    c.drawCentredString(297, 800, "CONTRAT DE LOCATION")
    c.setFont(fb, 11)
    c.drawCentredString(297, 784, "LOCAUX VIDES À USAGE D'HABITATION PRINCIPALE")
    c.setFont(f, 8)
    para(
        c,
        70,
        770,
        "(Soumis au titre Ier bis de la loi du 6 juillet 1989 tendant à améliorer "
        "les rapports locatifs et portant modification de la loi n° 86-1290 du 23 décembre "
        "1986 - contrat type défini par le décret n° 2015-587 du 29 mai 2015)",
        f,
        8,
        455,
        10,
    )
    y = 735
    y = section(y, "I. DÉSIGNATION DES PARTIES")
    y = text(y, "Le présent contrat est conclu entre les soussignés :")
    y = text(
        y,
        f"{k['landlord_full']}, demeurant {k['landlord_address']}, désigné ci-après "
        "« le bailleur » ;",
    )
    if k.get("agency"):
        y = text(
            y,
            f"représenté par le mandataire : {k['agency']}, {k['agency_address']}, "
            f"carte professionnelle n° {k['agency_card']} ;",
        )
    y = text(y, f"{k['tenants_full']}, désignés ci-après « le locataire ».")
    y = section(y, "II. OBJET DU CONTRAT")
    y = text(y, "Le présent contrat a pour objet la location d'un logement ainsi déterminé :")
    y = text(
        y,
        f"A. Consistance du logement - localisation : {k['address']} ; type d'habitat : "
        "immeuble collectif ; régime juridique de l'immeuble : copropriété ; période de "
        f"construction : {k['built']} ; surface habitable : {k['surface']} m² ; nombre de "
        f"pièces principales : {k['rooms']} ; autres parties du logement : {k['extras']} ; "
        "modalité de production de chauffage : individuel électrique ; modalité de "
        "production d'eau chaude sanitaire : individuelle.",
    )
    y = text(y, "B. Destination des locaux : usage d'habitation principale.")
    y = text(
        y,
        f"C. Désignation des locaux et équipements accessoires à usage privatif : {k['private']}.",
    )
    y = section(y, "III. DATE DE PRISE D'EFFET ET DURÉE DU CONTRAT")
    y = text(y, f"A. Date de prise d'effet du contrat : {d_fr(k['start'])}", fb)
    y = text(
        y,
        "B. Durée du contrat : trois ans, renouvelable tacitement dans les conditions "
        "prévues à l'article 10 de la loi du 6 juillet 1989.",
    )
    y = section(y, "IV. CONDITIONS FINANCIÈRES")
    y = text(
        y,
        f"A. Loyer mensuel hors charges : {k['rent']} euros. Le loyer est soumis au décret "
        "fixant annuellement le montant maximum d'évolution des loyers à la relocation. "
        "Révision annuelle à la date anniversaire du contrat selon l'indice de référence des "
        f"loyers (IRL) du {k['irl']}.",
    )
    y = text(
        y,
        f"B. Charges récupérables : provision mensuelle de {k['charges']} euros, avec "
        "régularisation annuelle.",
    )
    y = text(
        y,
        f"C. Modalités de paiement : mensuel, à échoir, le {k['pay_day']} de chaque mois, "
        "par virement. Montant total dû à la première échéance : "
        f"{k['first_due']} euros.",
    )
    y = section(y, "V. TRAVAUX")
    y = text(y, "Néant.")
    y = section(y, "VI. GARANTIES")
    y = text(y, f"Dépôt de garantie : {k['deposit']} euros (un mois de loyer hors charges).")
    y = section(y, "VII. CLAUSE DE SOLIDARITÉ")
    y = text(
        y,
        "Pour l'exécution de toutes les obligations résultant du présent contrat, il y "
        "aura solidarité et indivisibilité entre les locataires.",
    )
    y = section(y, "VIII. CLAUSE RÉSOLUTOIRE")
    y = text(
        y,
        "Le bail sera résilié de plein droit à défaut de paiement du loyer ou des "
        "charges, du dépôt de garantie, de souscription d'une assurance des risques "
        "locatifs, ou de respect de l'obligation d'user paisiblement des locaux loués, "
        "résultant de décisions de justice passées en force de chose jugée.",
    )
    y = section(y, "IX. HONORAIRES DE LOCATION")
    y = text(
        y,
        f"Honoraires à la charge du locataire : {k['fees']} euros (visite, constitution "
        "du dossier, rédaction du bail et état des lieux), dans la limite des plafonds "
        "réglementaires.",
    )
    y = section(y, "X. ANNEXES")
    y = text(
        y,
        "Dossier de diagnostic technique (DPE, CREP, état des risques, diagnostics "
        "électricité et gaz), notice d'information, état des lieux d'entrée, extrait du "
        "règlement de copropriété, attestation d'assurance du locataire.",
    )
    if y < 260:
        y = new_page()
    y = text(
        y - 6,
        f"Fait et signé à {k['city']}, le {d_fr(k['signed'])}, en trois "
        "originaux dont un remis à chaque signataire.",
    )
    c.setFont(f, 8.5)
    c.drawString(40, y - 8, "Signature du bailleur (ou de son mandataire)")
    c.drawString(300, y - 8, "Signature du ou des locataires")
    c.setFont("Sans-I", 7)
    c.drawString(40, y - 18, "précédée de la mention « signé et approuvé »")
    c.drawString(300, y - 18, "précédée de la mention « signé et approuvé »")
    hand_text(c, 50, y - 40, "Signé et approuvé", rng, "Breip", 14, INK)
    rl_signature(c, rng, 50, y - 110, 170, 60, INK)
    for i in range(len(k["initials"]) - 1):
        yy = y - 40 - i * 80
        hand_text(c, 310, yy, "Signé et approuvé", rng, "Dkg" if i else "Breip", 13, INK)
        rl_signature(c, rng, 310 + i * 60, yy - 66, 160, 56, INK)
    footer()
    c.showPage()
    c.save()
    return buf.getvalue()


def _seyes(c, rng, margin_x=34 * mm):
    W, H = 210 * mm, 297 * mm
    c.setFillColorRGB(0.995, 0.995, 0.99)
    c.rect(0, 0, W, H, stroke=0, fill=1)
    step = 2 * mm
    y = H - 30 * mm
    k = 0
    while y > 10 * mm:
        if k % 4 == 0:
            c.setStrokeColorRGB(0.55, 0.55, 0.82)
            c.setLineWidth(0.45)
        else:
            c.setStrokeColorRGB(0.78, 0.8, 0.92)
            c.setLineWidth(0.25)
        c.line(0, y, W, y)
        y -= step
        k += 1
    c.setStrokeColorRGB(0.78, 0.72, 0.88)
    c.setLineWidth(0.3)
    x = margin_x + 8 * mm
    while x < W:
        c.line(x, 10 * mm, x, H - 30 * mm)
        x += 8 * mm
    c.setStrokeColorRGB(0.9, 0.35, 0.45)
    c.setLineWidth(0.7)
    c.line(margin_x, 0, margin_x, H)
    # punched holes of a loose-leaf sheet
    c.setFillColorRGB(0.85, 0.85, 0.85)
    for yy in (H * 0.25, H * 0.5, H * 0.75):
        c.circle(10 * mm, yy, 3 * mm, stroke=0, fill=1)
    return H - 30 * mm


def hosting_attestation(a: dict, rng: random.Random) -> bytes:
    buf = io.BytesIO()
    c = new_canvas(buf, title="attestation")
    top = _seyes(c, rng)
    font, size = a.get("font", "Breip"), a.get("size", 15)
    x0 = 34 * mm + 6
    line = 8 * mm
    y = top - line * 2

    def write(txt, indent=0, center=False):
        nonlocal y
        words = txt.split(" ")
        cur = ""
        for w in words + [None]:
            trial = (cur + " " + w).strip() if w else cur
            if w and stringWidth(trial, font, size) * 1.02 < 150 * mm - indent:
                cur = trial
                continue
            x = x0 + indent
            if center:
                x = 105 * mm + 12 * mm - stringWidth(cur, font, size) / 2
            hand_text(c, x + rng.uniform(-2, 2), y + 1.5, cur, rng, font, size, INK)
            y -= line
            cur = w or ""
            indent = 0

    write(a["title"], center=True)
    y -= line
    for i, p in enumerate(a["paragraphs"]):
        write(p, indent=12 * mm if i < len(a["paragraphs"]) - 1 else 0)
        y -= line * 0.0
    y -= line
    write(a["closing"])
    y -= line * 0.5
    write(a["place_date"], indent=70 * mm)
    rl_signature(c, rng, 105 * mm, y - 80, 70 * mm, 30 * mm, INK)
    c.showPage()
    c.save()
    return buf.getvalue()
