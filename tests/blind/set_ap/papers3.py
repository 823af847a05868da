"""Employment contract (CDD) and bank RIB sheets (reportlab)."""

from __future__ import annotations

import io
import random

from common import fr, hand, new_canvas, signature, spaced, words
from papers import PH, PW, _done, para


# ====================================================================== CDD contract
def contract(k: dict, rng: random.Random) -> bytes:
    buf = io.BytesIO()
    c = new_canvas(buf)
    c.setFont("CarlitoB", 16)
    c.drawCentredString(PW / 2, PH - 60, "CONTRAT DE TRAVAIL À DURÉE DÉTERMINÉE")
    c.setFont("Carlito", 11)
    c.drawCentredString(PW / 2, PH - 76, "(articles L. 1242-1 et suivants du code du travail)")
    y = PH - 110
    arts = [
        (
            "Entre les soussignés :",
            f"La société {k['employer']}, {k['form']} au capital de "
            f"{k['capital']} euros, dont le siège est situé {k['employer_addr']}, immatriculée au RCS "
            f"sous le numéro {k['rcs']} (SIRET {k['siret']}), représentée par {k['boss']} en sa qualité "
            "de gérant, ci-après « l'Employeur »,",
        ),
        (
            "Et :",
            f"{k['employee_title']} {k['employee']}, né(e) le {fr(k['dob'])} à {k['pob']}, de "
            f"nationalité {k['nat']}, demeurant {k['address']}, ci-après « le Salarié ».",
        ),
        (
            "Article 1 — Engagement",
            f"Le Salarié est engagé à compter du {words(k['start'])} "
            f"en qualité de {k['job']}, niveau I échelon 2 de la convention collective nationale des "
            "hôtels, cafés, restaurants (HCR), pour faire face à un accroissement temporaire "
            "d'activité (article L. 1242-2, 2° du code du travail).",
        ),
        (
            "Article 2 — Durée",
            f"Le contrat est conclu pour une durée de {k['months']} mois, du "
            f"{fr(k['start'])} au {fr(k['end'])} inclus. Il comporte une période d'essai de 15 jours.",
        ),
        (
            "Article 3 — Rémunération",
            f"Le Salarié percevra un salaire brut mensuel de {k['gross']} "
            "euros pour 151,67 heures de travail par mois, outre les avantages en nature repas.",
        ),
        (
            "Article 4 — Lieu de travail",
            f"Le Salarié exercera ses fonctions au restaurant, {k['employer_addr']}.",
        ),
        (
            "Article 5 — Horaires",
            "La durée hebdomadaire est de 35 heures, réparties selon le "
            "planning affiché au moins sept jours à l'avance.",
        ),
        (
            "Article 6 — Protection sociale",
            "Le Salarié sera affilié au régime général de la "
            "sécurité sociale, à la caisse de retraite complémentaire AG2R et au contrat de "
            "prévoyance et de frais de santé de l'entreprise.",
        ),
        (
            "Article 7 — Congés payés",
            "Le Salarié bénéficiera des congés payés légaux ; à défaut "
            "de prise, une indemnité compensatrice lui sera versée à l'échéance du contrat, ainsi "
            "que l'indemnité de fin de contrat de 10 %.",
        ),
    ]
    for t, body in arts:
        c.setFont("CarlitoB", 11)
        c.drawString(50, y, t)
        y = para(c, 50, y - 14, body, "Carlito", 10.5, PW - 100, 13.5) - 10
        if y < 120:
            c.setFont("Carlito", 8)
            c.drawCentredString(PW / 2, 30, "1/2")
            c.showPage()
            y = PH - 60
    y = para(
        c,
        50,
        y - 6,
        f"Fait à {k['city']}, le {fr(k['signed'])}, en deux exemplaires.",
        "Carlito",
        10.5,
    )
    c.setFont("CarlitoB", 10.5)
    c.drawString(60, y - 14, "L'Employeur")
    c.drawString(340, y - 14, "Le Salarié")
    c.setFont("Carlito", 9)
    c.drawString(340, y - 27, "(mention « lu et approuvé »)")
    signature(c, 70, y - 70, k["boss_sig"], rng, ink=(0.1, 0.1, 0.15), font="Dkg")
    hand(c, 340, y - 45, "lu et approuvé", rng, "Breip", 12)
    signature(c, 345, y - 80, k["employee_sig"], rng)
    c.setFont("Carlito", 8)
    c.drawCentredString(PW / 2, 30, "2/2")
    c.showPage()
    return _done(c, buf)


# ====================================================================== RIB (La Banque Postale)
def rib_lbp(r: dict, rng: random.Random) -> bytes:
    buf = io.BytesIO()
    c = new_canvas(buf)
    top = PH - 60
    c.setFillColorRGB(*r.get("colour", (0.0, 0.2, 0.5)))
    c.setFont("OpenB", 15)
    c.drawString(40, top, r.get("brand", "LA BANQUE POSTALE"))
    c.setFillColorRGB(*r.get("accent", (0.98, 0.78, 0.0)))
    c.rect(40, top - 8, 60, 3, fill=1, stroke=0)
    c.setFillColorRGB(0, 0, 0)
    c.setFont("OpenB", 12)
    c.drawString(40, top - 40, "RELEVÉ D'IDENTITÉ BANCAIRE")
    c.setFont("Open", 8.5)
    c.drawString(
        40,
        top - 54,
        "Ce relevé est destiné à être remis, sur leur demande, à vos "
        "créanciers ou débiteurs appelés à faire inscrire des opérations à votre compte.",
    )
    c.setStrokeColorRGB(0.5, 0.5, 0.5)
    c.rect(40, top - 260, PW - 80, 190)
    c.setFont("Open", 8)
    c.drawString(50, top - 88, "Titulaire du compte")
    c.setFont("OpenB", 10.5)
    for i, ln in enumerate(r["holder_lines"]):
        c.drawString(50, top - 102 - i * 13, ln)
    c.setFont("Open", 8)
    c.drawString(320, top - 88, "Domiciliation")
    c.setFont("Open", 9.5)
    for i, ln in enumerate(r["branch_lines"]):
        c.drawString(320, top - 102 - i * 12, ln)
    y = top - 165
    heads = ["Code banque", "Code guichet", "N° de compte", "Clé RIB"]
    vals = [r["bank"], r["branch"], r["account"], r["key"]]
    xs = [50, 140, 240, 380]
    for x, h, v in zip(xs, heads, vals):
        c.setFont("Open", 8)
        c.drawString(x, y, h)
        c.setFont("Mono", 11)
        c.drawString(x, y - 14, v)
    c.setFont("Open", 8)
    c.drawString(50, y - 40, "IBAN (International Bank Account Number)")
    c.setFont("Mono", 11.5)
    c.drawString(50, y - 55, spaced(r["iban"]))
    c.setFont("Open", 8)
    c.drawString(400, y - 40, "BIC (Bank Identifier Code)")
    c.setFont("Mono", 11.5)
    c.drawString(400, y - 55, r["bic"])
    c.setFont("Open", 7)
    c.drawString(
        40,
        top - 280,
        r.get(
            "legal",
            "La Banque Postale - Société Anonyme à Directoire "
            "et Conseil de Surveillance au capital de 6 585 350 218 € - RCS Paris 421 100 645",
        ),
    )
    c.showPage()
    return _done(c, buf)
