"""French private documents: lease (loi 1989), attestation d'hébergement, CDD, payslip."""

from __future__ import annotations

import random

from reportlab.lib.colors import Color
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm

from cp_civil import _wrap
from cp_common import F, dfr, finish, hand_text, new_canvas, signature, sw

W, H = A4
TXT = Color(0.08, 0.08, 0.1)


def _para(c, x, y, text, font="LibSerif", size=10, width=None, lead=1.35):
    c.setFont(F(font), size)
    c.setFillColor(TXT)
    for line in _wrap(text, font, size, width or (W - 2 * x)):
        c.drawString(x, y, line)
        y -= size * lead
    return y


def _h(c, x, y, text, font="LibSerifB", size=11):
    c.setFont(F(font), size)
    c.setFillColor(TXT)
    c.drawString(x, y, text)
    return y - size * 1.6


# ---------------------------------------------------------------- lease
def lease(d: dict, rng: random.Random) -> bytes:
    c, buf = new_canvas(A4, "Bail")
    x = 22 * mm
    c.setFont(F("LibSerifB"), 14)
    c.drawCentredString(W / 2, H - 25 * mm, "CONTRAT DE LOCATION")
    c.setFont(F("LibSerif"), 10)
    c.drawCentredString(W / 2, H - 31 * mm, "LOCAUX MEUBLÉS À USAGE DE RÉSIDENCE PRINCIPALE")
    c.setFont(F("LibSerif"), 8)
    c.drawCentredString(
        W / 2,
        H - 36 * mm,
        "(Titre Ier bis de la loi n° 89-462 du 6 juillet 1989 "
        "tendant à améliorer les rapports locatifs)",
    )
    y = H - 50 * mm
    y = _h(c, x, y, "I. DÉSIGNATION DES PARTIES")
    y = _para(c, x, y, "Le présent contrat est conclu entre les soussignés :")
    y = _para(
        c,
        x + 5 * mm,
        y - 2,
        f"{d['landlord_full']}, demeurant {d['landlord_addr']}, désigné ci-après « le bailleur » ;",
        width=W - 2 * x - 5 * mm,
    )
    y = _para(
        c,
        x + 5 * mm,
        y - 2,
        f"{d['tenant_full']}, né(e) le {dfr(d['tenant_dob'])}, "
        "désigné(e) ci-après « le locataire ».",
        width=W - 2 * x - 5 * mm,
    )
    y -= 4 * mm
    y = _h(c, x, y, "II. OBJET DU CONTRAT")
    y = _para(
        c, x, y, "Le présent contrat a pour objet la location d'un logement ainsi déterminé :"
    )
    for lab, val in (
        ("Adresse du logement", d["address"]),
        ("Type d'habitat", "immeuble collectif"),
        ("Régime juridique", "copropriété"),
        ("Surface habitable", d["surface"]),
        ("Nombre de pièces principales", d["rooms"]),
    ):
        c.setFont(F("LibSerif"), 10)
        c.drawString(x + 5 * mm, y, lab + " :")
        c.setFont(F("LibSerifB"), 10)
        c.drawString(x + 5 * mm + sw(lab + " :", "LibSerif", 10) + 3 * mm, y, val)
        y -= 14
    y -= 4 * mm
    y = _h(c, x, y, "III. DATE DE PRISE D'EFFET ET DURÉE DU CONTRAT")
    y = _para(
        c,
        x,
        y,
        f"Le contrat prend effet le {dfr(d['start'])}. Il est conclu pour une durée "
        "d'un an, renouvelable par tacite reconduction dans les conditions prévues à "
        "l'article 25-8 de la loi du 6 juillet 1989.",
    )
    y -= 4 * mm
    y = _h(c, x, y, "IV. CONDITIONS FINANCIÈRES")
    y = _para(
        c,
        x,
        y,
        f"Montant du loyer mensuel : {d['rent']} € hors charges. Provision sur "
        f"charges : {d['charges']} € par mois, régularisée annuellement. Le loyer est payable "
        "mensuellement et d'avance, le 5 de chaque mois au plus tard, par virement.",
    )
    y -= 4 * mm
    y = _h(c, x, y, "V. GARANTIES")
    y = _para(
        c,
        x,
        y,
        f"Dépôt de garantie : {d['deposit']} €, soit deux mois de loyer hors "
        "charges, versé à la signature du présent contrat.",
    )
    _foot(c, 1, 3)
    c.showPage()
    y = H - 25 * mm
    arts = [
        (
            "VI. CLAUSE DE SOLIDARITÉ ET CLAUSE RÉSOLUTOIRE",
            "Le bail sera résilié de plein droit en cas de défaut de paiement du loyer ou des "
            "charges aux termes convenus, de non-versement du dépôt de garantie, de défaut "
            "d'assurance des risques locatifs, deux mois après un commandement de payer "
            "demeuré infructueux.",
        ),
        (
            "VII. ÉTAT DES LIEUX ET INVENTAIRE",
            "Un état des lieux et un inventaire détaillé du mobilier sont établis "
            "contradictoirement lors de la remise des clés et annexés au présent contrat.",
        ),
        (
            "VIII. OBLIGATIONS DU LOCATAIRE",
            "Le locataire s'engage à user paisiblement du logement, à payer le loyer et les "
            "charges aux termes convenus, à répondre des dégradations survenues pendant la durée "
            "du contrat, à s'assurer contre les risques locatifs et à en justifier chaque année.",
        ),
        (
            "IX. ANNEXES",
            "Sont annexés au présent contrat : le dossier de diagnostic technique (DPE, CREP, état "
            "de l'installation électrique), la notice d'information, l'état des lieux d'entrée, "
            "l'inventaire du mobilier, le règlement de copropriété (extraits).",
        ),
    ]
    for title, body in arts:
        y = _h(c, 22 * mm, y, title)
        y = _para(c, 22 * mm, y, body) - 5 * mm
    _foot(c, 2, 3)
    c.showPage()
    y = H - 30 * mm
    y = _para(
        c,
        22 * mm,
        y,
        f"Fait et signé à {d['place']}, le {dfr(d['signed'])}, en deux "
        "exemplaires originaux dont un remis à chacune des parties.",
    )
    y -= 15 * mm
    for k, (who, name) in enumerate(
        (("LE BAILLEUR", d["landlord"]), ("LE LOCATAIRE", d["tenant"]))
    ):
        xx = 25 * mm + k * 90 * mm
        c.setFont(F("LibSerifB"), 10)
        c.drawString(xx, y, who)
        c.setFont(F("LibSerif"), 8)
        c.drawString(xx, y - 12, "(signature précédée de la mention « lu et approuvé »)")
        hand_text(c, xx + 2 * mm, y - 40, "Lu et approuvé", "Breip", 14, rng)
        signature(c, xx, y - 95, 55 * mm, 16 * mm, rng, width=1.1)
        c.setFont(F("LibSerif"), 9)
        c.drawString(xx, y - 110, name)
    _foot(c, 3, 3)
    c.showPage()
    return finish(c, buf)


def _foot(c, n, tot):
    c.setFont(F("LibSerif"), 8)
    c.setFillColor(Color(0.3, 0.3, 0.3))
    c.drawCentredString(W / 2, 12 * mm, f"Page {n}/{tot} — Paraphes : ______ / ______")


# ---------------------------------------------------------------- hosting attestation (by hand)
def attestation(d: dict, rng: random.Random, font="Dkg") -> bytes:
    c, buf = new_canvas(A4, "")
    c.setStrokeColor(Color(0.6, 0.72, 0.85))
    c.setLineWidth(0.35)
    for k in range(38):
        c.line(0, H - 30 * mm - k * 7.5 * mm, W, H - 30 * mm - k * 7.5 * mm)
    c.setStrokeColor(Color(0.85, 0.45, 0.5))
    c.line(25 * mm, 0, 25 * mm, H)
    lines = d["lines"]
    y = H - 30 * mm + 1.2
    hand_text(c, W / 2 - 40 * mm, y + 7.5 * mm * -1, "Attestation d'hébergement", font, 17, rng)
    y -= 4 * 7.5 * mm
    for ln in lines:
        if ln:
            hand_text(c, 28 * mm + rng.uniform(0, 2), y, ln, font, 13.5, rng)
        y -= 7.5 * mm
    sx = 115 * mm
    hand_text(c, sx, y, d["done"], font, 13.5, rng)
    y -= 7.5 * mm
    signature(c, sx, y - 22 * mm, 55 * mm, 20 * mm, rng, width=1.3)
    c.showPage()
    return finish(c, buf)


# ---------------------------------------------------------------- CDD contract
def contract(d: dict, rng: random.Random) -> bytes:
    c, buf = new_canvas(A4, "Contrat de travail")
    x = 20 * mm
    c.setFont(F("CarlitoB"), 15)
    c.setFillColor(TXT)
    title = "INDÉTERMINÉE" if d["ctype"] == "CDI" else "DÉTERMINÉE"
    c.drawCentredString(W / 2, H - 24 * mm, "CONTRAT DE TRAVAIL À DURÉE " + title)
    c.setFont(F("Carlito"), 10)
    c.drawCentredString(W / 2, H - 30 * mm, d["ccn"])
    y = H - 44 * mm
    y = _h(c, x, y, "ENTRE LES SOUSSIGNÉS", "CarlitoB", 11)
    y = _para(
        c,
        x,
        y,
        f"La société {d['employer']}, {d['form']}, dont le siège social est situé "
        f"{d['emp_addr']}, immatriculée sous le numéro SIRET {d['siret']}, code NAF "
        f"{d['naf']}, représentée par {d['boss']} en sa qualité de gérant(e), ci-après "
        "« l'Employeur »,",
        "Carlito",
        10.5,
    )
    y = _para(c, x, y - 4, "ET", "CarlitoB", 10.5)
    y = _para(
        c,
        x,
        y - 4,
        f"{d['employee_full']}, née le {dfr(d['dob'])} à {d['pob']}, de "
        f"nationalité {d['nat']}, demeurant {d['address']}, ci-après « la Salariée ».",
        "Carlito",
        10.5,
    )
    y -= 5 * mm
    if d["ctype"] == "CDI":
        first = [
            (
                "Article 1 – Engagement",
                "La Salariée est engagée sous réserve des résultats de la visite d'information et "
                "de prévention, et de la régularité de son titre de séjour l'autorisant à "
                "travailler en France.",
            ),
            (
                "Article 2 – Durée et période d'essai",
                f"Le présent contrat est conclu pour une durée indéterminée à compter du "
                f"{dfr(d['start'])}. Il est soumis à une période d'essai de deux mois.",
            ),
        ]
    else:
        first = [
            (
                "Article 1 – Engagement et motif",
                "La Salariée est engagée pour faire face à un accroissement temporaire d'activité "
                "lié à la saison, conformément à l'article L. 1242-2 du code du travail.",
            ),
            (
                "Article 2 – Durée",
                f"Le présent contrat est conclu pour une durée déterminée débutant le "
                f"{dfr(d['start'])} et prenant fin le {dfr(d['end'])}. Il est soumis à une "
                "période d'essai de deux semaines.",
            ),
        ]
    arts = first + [
        (
            "Article 3 – Fonctions",
            f"La Salariée exercera les fonctions de {d['job']}, niveau I, échelon 2 de la "
            "convention collective applicable.",
        ),
        (
            "Article 4 – Durée du travail",
            "La durée hebdomadaire de travail est fixée à 35 heures, réparties selon le planning "
            "affiché dans l'établissement au moins deux semaines à l'avance.",
        ),
        (
            "Article 5 – Rémunération",
            f"La Salariée percevra un salaire mensuel brut de {d['gross']} € pour 151,67 heures, "
            "auquel s'ajoutent les avantages en nature repas, versé à terme échu par virement.",
        ),
        (
            "Article 6 – Lieu de travail",
            f"Le lieu de travail est fixé à l'établissement situé {d['emp_addr']}.",
        ),
    ]
    for title, body in arts:
        y = _h(c, x, y, title, "CarlitoB", 10.5)
        y = _para(c, x, y, body, "Carlito", 10.5) - 3 * mm
    y -= 2 * mm
    y = _para(
        c,
        x,
        y,
        f"Fait à {d['place']}, le {dfr(d['signed'])}, en deux exemplaires.",
        "Carlito",
        10.5,
    )
    y -= 8 * mm
    for k, (who, name) in enumerate(
        (("L'Employeur", d["boss"]), ("La Salariée", d["employee_full"]))
    ):
        xx = x + k * 95 * mm
        c.setFont(F("CarlitoB"), 10)
        c.drawString(xx, y, who)
        c.setFont(F("Carlito"), 9)
        c.drawString(xx, y - 12, name)
        signature(c, xx, y - 58, 50 * mm, 13 * mm, rng, width=1.0)
    c.showPage()
    return finish(c, buf)


# ---------------------------------------------------------------- payslip (bulletin clarifié)
def payslip(d: dict, rng: random.Random) -> bytes:
    c, buf = new_canvas(A4, "Bulletin de paie " + d["period_txt"])
    x0, x1 = 15 * mm, W - 15 * mm
    blue = Color(0.16, 0.3, 0.5)
    c.setFillColor(blue)
    c.rect(x0, H - 22 * mm, x1 - x0, 9 * mm, stroke=0, fill=1)
    c.setFillColor(Color(1, 1, 1))
    c.setFont(F("RobotoB"), 12)
    c.drawString(x0 + 3 * mm, H - 19 * mm, "BULLETIN DE PAIE")
    c.setFont(F("Roboto"), 9)
    c.drawRightString(
        x1 - 3 * mm, H - 19 * mm, f"Période du {dfr(d['p_start'])} au {dfr(d['p_end'])}"
    )
    c.setFillColor(TXT)
    y = H - 30 * mm
    c.setFont(F("RobotoB"), 9.5)
    c.drawString(x0, y, d["employer"])
    c.setFont(F("Roboto"), 8)
    for i, t in enumerate(d["emp_lines"]):
        c.drawString(x0, y - 11 - i * 10, t)
    c.setStrokeColor(Color(0.6, 0.6, 0.6))
    c.rect(115 * mm, y - 32 * mm, x1 - 115 * mm, 30 * mm)
    c.setFont(F("RobotoB"), 10)
    c.drawString(118 * mm, y - 8 * mm, d["employee"])
    c.setFont(F("Roboto"), 9)
    for i, t in enumerate(d["addr_lines"]):
        c.drawString(118 * mm, y - 13.5 * mm - i * 11, t)
    y -= 44 * mm
    info = [
        ("Emploi", d["job"]),
        ("Statut", "Non cadre"),
        ("Date d'entrée", dfr(d["hired"])),
        ("Contrat", "CDI"),
        ("Matricule", d["matricule"]),
        ("Coefficient", d["coef"]),
    ]
    for i, (lab, val) in enumerate(info):
        xx = x0 + (i % 3) * 60 * mm
        yy = y - (i // 3) * 11 * mm
        c.setFont(F("Roboto"), 6.8)
        c.setFillColor(Color(0.4, 0.4, 0.45))
        c.drawString(xx, yy + 9, lab)
        c.setFont(F("RobotoM"), 8.5)
        c.setFillColor(TXT)
        c.drawString(xx, yy, val)
    y -= 28 * mm
    cols = [x0, 95 * mm, 120 * mm, 145 * mm, 170 * mm]
    heads = ["Éléments de paie", "Base", "Taux", "Part salarié", "Part employeur"]
    c.setFillColor(Color(0.88, 0.91, 0.95))
    c.rect(x0, y - 2.5 * mm, x1 - x0, 7 * mm, stroke=0, fill=1)
    c.setFillColor(TXT)
    c.setFont(F("RobotoB"), 7.8)
    for cx, t in zip(cols, heads, strict=True):
        c.drawString(cx + 1.5 * mm, y, t)
    y -= 8 * mm
    for row in d["rows"]:
        bold = row[0].isupper()
        c.setFont(F("RobotoB" if bold else "Roboto"), 7.8)
        c.drawString(cols[0] + 1.5 * mm, y, row[0])
        for k, v in enumerate(row[1:]):
            if v:
                c.drawRightString((cols[2:] + [x1])[k] - 2 * mm, y, v)
        y -= 5.2 * mm
    y -= 4 * mm
    c.setStrokeColor(Color(0.6, 0.6, 0.6))
    c.line(x0, y + 3 * mm, x1, y + 3 * mm)
    for lab, val, big in d["totals"]:
        c.setFont(F("RobotoB" if big else "Roboto"), 10 if big else 8.5)
        c.drawString(x0 + 1.5 * mm, y, lab)
        c.drawRightString(x1 - 2 * mm, y, val)
        y -= 7 * mm if big else 5.5 * mm
    y -= 5 * mm
    c.setFillColor(blue)
    c.rect(x0, y - 4 * mm, x1 - x0, 10 * mm, stroke=0, fill=1)
    c.setFillColor(Color(1, 1, 1))
    c.setFont(F("RobotoB"), 11)
    c.drawString(x0 + 3 * mm, y - 0.5 * mm, "NET PAYÉ")
    c.drawRightString(x1 - 3 * mm, y - 0.5 * mm, d["net"] + " €")
    c.setFillColor(Color(0.35, 0.35, 0.4))
    c.setFont(F("Roboto"), 7)
    c.drawString(
        x0,
        y - 11 * mm,
        f"Payé le {dfr(d['paid'])} par virement. "
        "Dans votre intérêt et pour vous aider à faire valoir vos droits, conservez ce "
        "bulletin de paie sans limitation de durée.",
    )
    c.drawString(
        x0,
        y - 15 * mm,
        "Pour plus d'informations : www.service-public.fr, rubrique "
        "« bulletin de paie ». Convention collective : " + d["ccn"],
    )
    c.showPage()
    return finish(c, buf)
