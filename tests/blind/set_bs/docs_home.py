"""French housing paperwork: lease (loi 1989), rent receipt, typed attestation d'hébergement."""

from __future__ import annotations

import random

from canvas import Page
from docs_fr import GREY, fr_date, money


# ---------------------------------------------------------------------------
# housing
# ---------------------------------------------------------------------------
def lease(le: dict, rng: random.Random) -> list[Page]:
    arts = [
        (
            "I. DÉSIGNATION DES PARTIES",
            f"Le présent contrat est conclu entre les soussignés :\n{le['landlord_par']}, "
            f"désigné(e) "
            f"ci-après « le bailleur » ;\net {le['tenant_par']}, désigné(e) ci-après « le "
            f"locataire ».",
        ),
        (
            "II. OBJET DU CONTRAT",
            f"Le présent contrat a pour objet la location d'un logement ainsi déterminé : "
            f"adresse du "
            f"logement : {le['address']}. Type d'habitat : immeuble collectif. Régime juridique de "
            f"l'immeuble : copropriété. Surface habitable : {le['surface']} m². Nombre de "
            f"pièces principales : "
            f"{le['rooms']}. Usage : habitation principale.",
        ),
        (
            "III. DATE DE PRISE D'EFFET ET DURÉE DU CONTRAT",
            f"A. Date de prise d'effet du contrat : {fr_date(le['start'])}.\nB. Durée du "
            f"contrat : trois ans "
            "(bailleur personne physique). Le locataire peut mettre fin au bail à tout moment, "
            "après avoir "
            "donné congé dans les conditions de forme et de délai prévues par la loi.",
        ),
        (
            "IV. CONDITIONS FINANCIÈRES",
            f"A. Loyer mensuel hors charges : {money(le['rent'])}. Le loyer est payable "
            f"mensuellement et "
            f"d'avance, le 5 de chaque mois. B. Provision sur charges récupérables : "
            f"{money(le['charges'])} "
            "par mois, avec régularisation annuelle. C. Révision du loyer : chaque année à la date "
            "anniversaire du contrat selon l'indice de référence des loyers (IRL) publié par "
            "l'INSEE.",
        ),
        ("V. TRAVAUX", "Néant."),
        (
            "VI. GARANTIES",
            f"Dépôt de garantie : {money(le['rent'])}, soit un mois de loyer hors charges.",
        ),
        (
            "VII. CLAUSE DE SOLIDARITÉ - CLAUSE RÉSOLUTOIRE",
            "Le bail sera résilié de plein droit deux mois après un commandement de payer demeuré "
            "infructueux, à défaut de paiement du loyer, des charges ou du dépôt de garantie, "
            "ou à défaut "
            "d'assurance contre les risques locatifs.",
        ),
        (
            "VIII. ANNEXES",
            "Dossier de diagnostic technique (DPE, CREP, ERP), notice d'information, "
            "état des lieux d'entrée, extrait du règlement de copropriété.",
        ),
    ]
    c = {
        "title": "CONTRAT DE LOCATION - LOGEMENT VIDE",
        "employer_par": "",
        "employee_par": "",
        "articles": arts,
        "place": le["place"],
        "signed": le["signed"],
        "font": le.get("font", "dserif"),
        "fontb": le.get("fontb", "dserif-b"),
    }
    pages = []
    p = Page()
    p.text(105, 20, c["title"], c["fontb"], 13, anchor="c")
    p.text(
        105,
        26,
        "(Soumis au titre Ier bis de la loi n° 89-462 du 6 juillet 1989 tendant à améliorer "
        "les rapports locatifs)",
        "dserif",
        7.5,
        GREY,
        anchor="c",
    )
    y = 38
    for head, txt in arts:
        if y > 245:
            pages.append(p)
            p = Page()
            y = 22
        p.text(20, y, head, c["fontb"], 10)
        y = p.para(20, y + 5.5, 170, txt, c["font"], 9.5, leading=4.6) + 4
    if y > 230:
        pages.append(p)
        p = Page()
        y = 30
    p.text(
        20,
        y + 4,
        f"Fait et signé à {le['place']}, le {fr_date(le['signed'])}, en deux originaux.",
        c["font"],
        9.5,
    )
    p.text(25, y + 14, "Le bailleur", c["fontb"], 9.5)
    p.text(125, y + 14, "Le locataire", c["fontb"], 9.5)
    p.text(25, y + 19, "« lu et approuvé »", "serif-i", 8, GREY)
    p.signature(32, y + 34, rng, 0.9, (20, 20, 60))
    p.signature(130, y + 35, rng, 0.95, (25, 35, 110))
    pages.append(p)
    for i, pg in enumerate(pages):
        pg.text(105, 288, f"{i + 1} / {len(pages)}", "dserif", 8, GREY, anchor="c")
    return pages


def quittance(q: dict, rng: random.Random) -> list[Page]:
    p = Page()
    p.text(105, 28, "QUITTANCE DE LOYER", "caladea-b", 18, anchor="c")
    p.text(
        105,
        36,
        f"Quittance n° {q['no']} - période du {fr_date(q['start'])} au {fr_date(q['end'])}",
        "caladea",
        10,
        anchor="c",
    )
    p.text(20, 52, "Bailleur :", "caladea-b", 10)
    for i, ln in enumerate(q["landlord_lines"]):
        p.text(20, 57 + i * 5, ln, "caladea", 10)
    p.text(120, 52, "Locataire :", "caladea-b", 10)
    for i, ln in enumerate(q["tenant_lines"]):
        p.text(120, 57 + i * 5, ln, "caladea", 10)
    y = 85
    y = p.para(20, y, 170, q["text"], "caladea", 10.5, leading=5.2) + 6
    for lab, v in (
        ("Loyer", q["rent"]),
        ("Provision pour charges", q["charges"]),
        ("Total reçu", q["rent"] + q["charges"]),
    ):
        p.text(30, y, lab, "caladea-b" if lab.startswith("Total") else "caladea", 10.5)
        p.text(
            150,
            y,
            money(v),
            "caladea-b" if lab.startswith("Total") else "caladea",
            10.5,
            anchor="r",
        )
        y += 6
    y += 4
    y = p.para(
        20,
        y,
        170,
        "Cette quittance annule tous les reçus qui auraient pu être établis "
        "précédemment en cas de paiement partiel du montant du présent terme. Elle est à conserver "
        "pendant trois ans par le locataire (loi n° 89-462 du 6 juillet 1989, art. 7-1).",
        "caladea",
        8.5,
        color=GREY,
    )
    p.text(120, y + 10, f"Fait à {q['place']}, le {fr_date(q['date'])}", "caladea", 10.5)
    p.signature(130, y + 30, rng, 0.9, (30, 30, 80))
    return [p]


def attestation_typed(h: dict, rng: random.Random) -> list[Page]:
    p = Page()
    f = "carlito"
    p.text(20, 24, h["host_line"], f, 11)
    for i, ln in enumerate(h["host_addr"]):
        p.text(20, 29.5 + i * 5.5, ln, f, 11)
    p.text(190, 60, f"{h['place']}, le {fr_date(h['signed_on'])}", f, 11, anchor="r")
    p.text(105, 80, "ATTESTATION D'HÉBERGEMENT", "carlito-b", 15, anchor="c")
    y = 98
    y = p.para(22, y, 166, h["body"], f, 11.5, leading=6.4)
    y = p.para(22, y + 6, 166, "Fait pour servir et valoir ce que de droit.", f, 11.5)
    y = p.para(
        22,
        y + 4,
        166,
        "Pièces jointes : copie de mon passeport, copies de mes trois dernières "
        "factures d'électricité EDF.",
        f,
        10.5,
        color=(60, 60, 60),
    )
    p.text(120, y + 12, h["host_sign_name"], f, 11.5)
    p.signature(125, y + 32, rng, 1.1, (15, 25, 95))
    return [p]
