"""Contract (CDI), lease (bail loi 1989), attestation d'hébergement, récépissé (reportlab)."""

from __future__ import annotations

import io
import random

from reportlab.lib.colors import Color, white
from reportlab.lib.utils import ImageReader

from bw_core import euros, fr, fr_words, paraphe_strokes
from bw_pdf import (
    INK_BLACK,
    INK_BLUE,
    MM,
    PAGE_H,
    PAGE_W,
    STAMP_BLUE,
    hand,
    para,
    signature,
    stamp_box,
    stamp_round,
    strokes,
    text,
)

GREY = Color(0.4, 0.4, 0.44)


def _paraphes(c, rng, names):
    x = PAGE_W - 20 * MM - 18 * MM * len(names)
    for _n in names:
        strokes(c, paraphe_strokes(rng), x, 12 * MM, 14 * MM, 7 * MM, rng, INK_BLUE, 0.9)
        x += 18 * MM


def _articles(c, arts, y, rng, f, fb, page_no, pages, names, footer):
    """Lay out (title, body) articles over pages; return the y after the last one."""
    for title, body in arts:
        if y < 60 * MM:
            text(
                c,
                PAGE_W / 2,
                10 * MM,
                f"{footer} - page {page_no[0]}/{pages}",
                f,
                7,
                GREY,
                "center",
            )
            _paraphes(c, rng, names)
            c.showPage()
            page_no[0] += 1
            y = PAGE_H - 22 * MM
        text(c, 20 * MM, y, title, fb, 9.5)
        y = para(c, 20 * MM, y - 13, PAGE_W - 40 * MM, body, f, 9, 11.6, justify=True) - 9
    return y


def contract_cdi(c, k: dict, rng: random.Random):
    f, fb = "caladea", "caladea_b"
    e, w = k["employer"], k["employee"]
    text(
        c,
        PAGE_W / 2,
        PAGE_H - 24 * MM,
        "CONTRAT DE TRAVAIL À DURÉE INDÉTERMINÉE",
        fb,
        14,
        INK_BLACK,
        "center",
    )
    text(c, PAGE_W / 2, PAGE_H - 30 * MM, "(Cadre - temps plein)", f, 10, INK_BLACK, "center")
    y = PAGE_H - 44 * MM
    text(c, 20 * MM, y, "ENTRE LES SOUSSIGNÉS :", fb, 10)
    y = para(
        c,
        20 * MM,
        y - 15,
        PAGE_W - 40 * MM,
        f"La société {e['name']}, {e['form']} au capital de {e['capital']} euros, "
        f"immatriculée au registre du commerce et des sociétés de {e['rcs_city']} sous le "
        f"numéro {e['siren']}, dont le siège social est situé {e['address']}, représentée "
        f"par {e['signatory']}, en sa qualité de {e['signatory_role']}, dûment habilité(e) "
        "aux fins des présentes,",
        f,
        10,
        12.5,
        justify=True,
    )
    y = para(
        c,
        20 * MM,
        y - 2,
        PAGE_W - 40 * MM,
        "ci-après dénommée « la Société », d'une part,",
        f,
        10,
        12.5,
    )
    text(c, 20 * MM, y - 6, "ET :", fb, 10)
    y = para(
        c,
        20 * MM,
        y - 21,
        PAGE_W - 40 * MM,
        f"{w['civ']} {w['given']} {w['surname']}, née le {fr_words(w['dob'])} à {w['pob']}, "
        f"de nationalité {w['nat']}, demeurant {w['address']},",
        f,
        10,
        12.5,
        justify=True,
    )
    y = para(
        c,
        20 * MM,
        y - 2,
        PAGE_W - 40 * MM,
        "ci-après dénommée « la Salariée », d'autre part,",
        f,
        10,
        12.5,
    )
    text(c, 20 * MM, y - 8, "IL A ÉTÉ CONVENU ET ARRÊTÉ CE QUI SUIT :", fb, 10)
    y -= 28
    arts = [
        (
            "Article 1 - Engagement",
            f"La Salariée est engagée par la Société à compter du {fr_words(k['start'])}, pour une "
            "durée indéterminée, sous réserve des résultats de la visite d'information et de "
            "prévention et de la détention d'un titre l'autorisant à travailler en France. La "
            "déclaration préalable à l'embauche a été effectuée auprès de l'URSSAF.",
        ),
        (
            "Article 2 - Fonctions",
            f"La Salariée exercera les fonctions de {k['job']}, statut cadre, classification "
            f"{k['classification']} de la {e['ccn']}, applicable au sein de la Société. Elle "
            "exercera ses fonctions sous l'autorité du Responsable Qualité Groupe.",
        ),
        (
            "Article 3 - Période d'essai",
            "Le présent contrat ne deviendra définitif "
            "qu'à l'issue d'une période d'essai de quatre "
            "mois de travail effectif, renouvelable une fois d'un commun accord écrit, dans les "
            "limites prévues par la convention collective et les articles L. 1221-19 et suivants "
            "du code du travail.",
        ),
        (
            "Article 4 - Durée du travail",
            "Compte tenu de l'autonomie dont elle dispose, "
            "la Salariée est soumise à une convention "
            "de forfait annuel en jours fixée à 218 jours de travail par an, journée de solidarité "
            "incluse.",
        ),
        (
            "Article 5 - Rémunération",
            "En contrepartie de ses fonctions, la Salariée "
            "percevra une rémunération annuelle brute "
            f"forfaitaire de {euros(k['gross'] * 12)} euros, versée en douze mensualités de "
            f"{euros(k['gross'])} euros bruts.",
        ),
        (
            "Article 6 - Lieu de travail",
            f"La Salariée exercera ses fonctions au sein de l'établissement situé {e['address']}. "
            "Ce lieu de travail pourra être modifié dans le même secteur géographique.",
        ),
        (
            "Article 7 - Congés payés",
            "La Salariée bénéficiera des congés payés prévus par les dispositions légales et "
            "conventionnelles, soit 25 jours ouvrés par année complète de référence.",
        ),
        (
            "Article 8 - Protection sociale",
            "La Salariée sera affiliée dès son embauche au régime général de la sécurité sociale, "
            "aux caisses de retraite complémentaire "
            "AGIRC-ARRCO, ainsi qu'aux régimes de prévoyance "
            "et de frais de santé en vigueur dans la Société.",
        ),
        (
            "Article 9 - Confidentialité",
            "La Salariée s'engage à observer la plus stricte discrétion sur l'ensemble des "
            "informations dont elle aura connaissance dans l'exercice de ses fonctions, pendant et "
            "après l'exécution du présent contrat.",
        ),
        (
            "Article 10 - Rupture du contrat",
            "Après la période d'essai, le contrat pourra "
            "être rompu par l'une ou l'autre des parties "
            "dans les conditions prévues par la loi et la convention collective, sous réserve du "
            "respect du préavis applicable.",
        ),
    ]
    page_no = [1]
    names = [e["signatory"], w["surname"]]
    footer = f"Contrat de travail - {w['given']} {w['surname']}"
    y = _articles(c, arts, y, rng, f, fb, page_no, 2, names, footer)
    if y < 80 * MM:
        text(c, PAGE_W / 2, 10 * MM, f"{footer} - page {page_no[0]}/2", f, 7, GREY, "center")
        _paraphes(c, rng, names)
        c.showPage()
        page_no[0] += 1
        y = PAGE_H - 30 * MM
    y = para(
        c,
        20 * MM,
        y - 6,
        PAGE_W - 40 * MM,
        f"Fait à {k['place']}, le {fr_words(k['signed_on'])}, en deux exemplaires originaux, "
        "dont un remis à chacune des parties.",
        f,
        10,
        12.5,
    )
    y -= 16
    text(c, 24 * MM, y, "Pour la Société", fb, 10)
    text(c, 24 * MM, y - 12, f"{e['signatory']}, {e['signatory_role']}", f, 8.5)
    text(c, 118 * MM, y, "La Salariée", fb, 10)
    text(c, 118 * MM, y - 12, "(mention manuscrite « lu et approuvé »)", f, 8)
    hand(c, 118 * MM, y - 34, "Lu et approuvé", rng, "hand_dkg", 12)
    signature(c, e["signatory"], 28 * MM, y - 78, 46 * MM, rng, INK_BLACK, 1.0)
    stamp_box(
        c,
        60 * MM,
        y - 70,
        [e["name"], e["address"], f"SIRET {e['siret']}"],
        rng,
        Color(0.2, 0.25, 0.6),
        "sans_b",
        6.5,
    )
    signature(c, w["surname"], 120 * MM, y - 80, 44 * MM, rng, INK_BLUE, 1.1)
    text(c, PAGE_W / 2, 10 * MM, f"{footer} - page {page_no[0]}/2", f, 7, GREY, "center")
    _paraphes(c, rng, names)


def lease(c, b: dict, rng: random.Random):
    """Bail d'habitation (locaux vides), after the model of décret n° 2015-587."""
    f, fb = "dserif", "dserif_b"
    sz = 8.6
    text(c, PAGE_W / 2, PAGE_H - 20 * MM, "CONTRAT DE LOCATION", fb, 14, INK_BLACK, "center")
    text(
        c,
        PAGE_W / 2,
        PAGE_H - 26 * MM,
        "LOCAUX VIDES À USAGE D'HABITATION",
        fb,
        10.5,
        INK_BLACK,
        "center",
    )
    para(
        c,
        30 * MM,
        PAGE_H - 33 * MM,
        PAGE_W - 60 * MM,
        "(Soumis au titre Ier de la loi n° 89-462 du 6 juillet 1989 tendant à améliorer les "
        "rapports locatifs et portant modification de la loi n° 86-1290 du 23 décembre 1986)",
        f,
        7.5,
        9,
    )
    text(c, 20 * MM, PAGE_H - 46 * MM, b["agency"], fb, 9, Color(0.1, 0.3, 0.5))
    text(c, 20 * MM, PAGE_H - 50.5 * MM, b["agency_addr"], f, 7.5, GREY)
    y = PAGE_H - 62 * MM
    tenants = " et ".join(b["tenants_long"])
    arts = [
        (
            "I. DÉSIGNATION DES PARTIES",
            "Le présent contrat est conclu entre les "
            f"soussignés : {b['landlord_long']}, désigné(s) "
            f"ci-après « le bailleur », représenté par son mandataire {b['agency']}, titulaire de "
            f"la carte professionnelle n° {b['card']} ; et {tenants}, désigné(s) ci-après « le(s) "
            "locataire(s) ». Les locataires sont tenus solidairement et indivisiblement de "
            "l'exécution des obligations du présent contrat.",
        ),
        (
            "II. OBJET DU CONTRAT",
            f"A. Consistance du logement. Localisation du logement : {b['address']}, "
            f"{b['floor']}. Type d'habitat : immeuble collectif. Régime juridique de l'immeuble : "
            "copropriété. Période de construction : de 1949 à 1974. Surface habitable : "
            f"{b['surface']} m². Nombre de pièces principales : {b['rooms']}. Autres parties du "
            "logement : cuisine équipée, salle d'eau, WC séparé. Modalité de production de "
            "chauffage : individuel électrique. Modalité de production d'eau chaude sanitaire : "
            "individuel (ballon électrique). B. Destination des locaux : usage d'habitation "
            "principale exclusivement. C. Désignation des "
            "locaux et équipements accessoires à usage "
            "privatif : cave n° 12. D. Équipements d'accès aux technologies de l'information et de "
            "la communication : raccordement à la fibre optique.",
        ),
        (
            "III. DATE DE PRISE D'EFFET ET DURÉE DU CONTRAT",
            f"A. Date de prise d'effet du contrat : {fr(b['start'])}. B. Durée du contrat : trois "
            "(3) ans. En l'absence de proposition de renouvellement du contrat ou de congé, le "
            "contrat est reconduit tacitement pour une durée de trois ans et dans les mêmes "
            "conditions. Le locataire peut mettre fin au bail à tout moment, après avoir donné "
            "congé dans les conditions de forme et de délai prévues par la loi.",
        ),
        (
            "IV. CONDITIONS FINANCIÈRES",
            f"A. Loyer. Montant du loyer mensuel : {euros(b['rent'])} euros hors charges. Le "
            "logement est situé dans une zone d'encadrement des loyers : non. Modalités de "
            "révision : date de révision à la date "
            "anniversaire du contrat, indice de référence des "
            f"loyers (IRL) du 4e trimestre 2025. B. Charges récupérables : provision mensuelle de "
            f"{euros(b['charges'])} euros avec régularisation annuelle. D. Modalités de paiement : "
            f"mensuel, à terme à échoir, le 5 de chaque mois, soit un total mensuel de "
            f"{euros(b['rent'] + b['charges'])} euros.",
        ),
        (
            "V. TRAVAUX",
            "Aucuns travaux n'ont été réalisés dans le "
            "logement depuis la fin du dernier contrat de "
            "location.",
        ),
        (
            "VI. GARANTIES",
            f"Montant du dépôt de garantie de l'exécution des obligations du locataire : "
            f"{euros(b['rent'])} euros, soit un mois de loyer hors charges.",
        ),
        (
            "VII. CLAUSE DE SOLIDARITÉ",
            "Pour l'exécution de toutes les obligations résultant du présent contrat, il y aura "
            "solidarité et indivisibilité entre les parties désignées sous le terme « le(s) "
            "locataire(s) ».",
        ),
        (
            "VIII. CLAUSE RÉSOLUTOIRE",
            "Le présent contrat sera résilié immédiatement et de plein droit, deux mois après un "
            "commandement demeuré infructueux, à défaut de paiement aux termes convenus de tout ou "
            "partie du loyer et des charges dûment justifiées, ou en cas de non-versement du dépôt "
            "de garantie. Il sera également résilié à défaut d'assurance contre les risques "
            "locatifs, un mois après un commandement demeuré infructueux.",
        ),
        (
            "IX. HONORAIRES DE LOCATION",
            f"Honoraires à la charge du locataire (visite, constitution du dossier, rédaction du "
            f"bail) : {euros(b['fees'])} euros TTC ; établissement de l'état des lieux : "
            f"{euros(b['surface'] * 3.0)} euros TTC.",
        ),
        (
            "X. AUTRES CONDITIONS PARTICULIÈRES",
            "Le locataire s'engage à souscrire une assurance habitation et à en justifier chaque "
            "année. Les animaux de compagnie sont autorisés dans le respect du règlement de "
            "copropriété.",
        ),
        (
            "XI. ANNEXES",
            "Sont annexées au présent contrat : extrait du règlement de copropriété ; dossier de "
            "diagnostic technique (DPE classe D, constat de risque d'exposition au plomb, état des "
            "risques) ; notice d'information ; état des lieux d'entrée ; attestation d'assurance.",
        ),
    ]
    page_no = [1]
    names = ["bailleur"] + b["tenant_sigs"]
    footer = f"Bail - {b['address']}"
    for title, body in arts:
        if y < 40 * MM:
            text(c, PAGE_W / 2, 10 * MM, f"{footer} - page {page_no[0]}/3", f, 7, GREY, "center")
            _paraphes(c, rng, names)
            c.showPage()
            page_no[0] += 1
            y = PAGE_H - 20 * MM
        text(c, 20 * MM, y, title, fb, 9)
        y = para(c, 20 * MM, y - 12, PAGE_W - 40 * MM, body, f, sz, 10.8, justify=True) - 8
    if page_no[0] < 3:
        text(c, PAGE_W / 2, 10 * MM, f"{footer} - page {page_no[0]}/3", f, 7, GREY, "center")
        _paraphes(c, rng, names)
        c.showPage()
        page_no[0] += 1
        y = PAGE_H - 24 * MM
    y = para(
        c,
        20 * MM,
        y - 6,
        PAGE_W - 40 * MM,
        f"Fait et signé à {b['place']}, le {fr(b['signed_on'])}, en autant d'originaux que de "
        "parties. Signature précédée de la mention manuscrite « lu et approuvé ».",
        f,
        9,
        11.5,
    )
    y -= 18
    text(c, 20 * MM, y, "Le bailleur (ou son mandataire)", fb, 9)
    signature(c, b["agency"], 22 * MM, y - 70, 42 * MM, rng, INK_BLACK, 1.0)
    stamp_box(
        c,
        22 * MM,
        y - 95,
        [b["agency"].upper(), b["agency_addr"], f"Carte pro {b['card']}"],
        rng,
        STAMP_BLUE,
        "sans_b",
        6.3,
    )
    x = 100 * MM
    for i, (nm, sig) in enumerate(zip(b["tenants_short"], b["tenant_sigs"], strict=True)):
        yy = y - i * 120
        text(c, x, yy, f"Le locataire : {nm}", fb, 9)
        hand(c, x, yy - 24, "Lu et approuvé", rng, "hand_dkg", 12)
        signature(c, sig, x + 4, yy - 85, 44 * MM, rng, INK_BLUE, 1.1)
    text(c, PAGE_W / 2, 10 * MM, f"{footer} - page {page_no[0]}/3", f, 7, GREY, "center")


def attestation(c, a: dict, rng: random.Random):
    """Handwritten attestation d'hébergement on plain paper."""
    f = a.get("font", "hand_dkg")
    size = 14
    lh = 27
    x0 = 22 * MM
    y = PAGE_H - 30 * MM
    hand(c, PAGE_W / 2 - 60 * MM, y, "Attestation d'hébergement", rng, f, 19)
    y -= 2 * lh
    lines = a["lines"]
    for line in lines:
        hand(
            c,
            x0 + (18 if line.startswith("  ") else 0),
            y,
            line.strip(),
            rng,
            f,
            size,
            slope=rng.uniform(-0.01, 0.01),
        )
        y -= lh
    y -= lh * 0.5
    hand(c, 110 * MM, y, a["place_date"], rng, f, size)
    signature(c, a["sig_name"], 112 * MM, y - 28 * MM, 55 * MM, rng, INK_BLUE, 1.3)


def recepisse(c, r: dict, photo, rng: random.Random):
    """Récépissé de demande de carte de séjour (préfecture), half an A4 sheet."""
    f, fb = "sans", "sans_b"
    top = PAGE_H - 15 * MM
    c.setFillColor(Color(0.93, 0.97, 0.93))
    c.rect(12 * MM, top - 150 * MM, PAGE_W - 24 * MM, 150 * MM, stroke=0, fill=1)
    c.setStrokeColor(Color(0.2, 0.5, 0.3))
    c.setLineWidth(2)
    c.rect(12 * MM, top - 150 * MM, PAGE_W - 24 * MM, 150 * MM)
    c.setFillColor(Color(0.0, 0.14, 0.58))
    c.rect(18 * MM, top - 11 * MM, 3 * MM, 6 * MM, stroke=0, fill=1)
    c.setFillColor(Color(0.93, 0.16, 0.22))
    c.rect(24 * MM, top - 11 * MM, 3 * MM, 6 * MM, stroke=0, fill=1)
    text(c, 18 * MM, top - 16 * MM, "PRÉFET", fb, 8)
    text(c, 18 * MM, top - 19.5 * MM, r["prefecture_line"], fb, 8)
    text(c, 18 * MM, top - 23 * MM, "Liberté", "sans_i", 6.5)
    text(c, 18 * MM, top - 25.8 * MM, "Égalité", "sans_i", 6.5)
    text(c, 18 * MM, top - 28.6 * MM, "Fraternité", "sans_i", 6.5)
    text(
        c, PAGE_W / 2 + 10 * MM, top - 12 * MM, "RÉCÉPISSÉ DE DEMANDE", fb, 13, INK_BLACK, "center"
    )
    text(c, PAGE_W / 2 + 10 * MM, top - 18 * MM, "DE CARTE DE SÉJOUR", fb, 13, INK_BLACK, "center")
    text(c, PAGE_W / 2 + 10 * MM, top - 24 * MM, r["kind"], f, 9, INK_BLACK, "center")
    text(
        c,
        PAGE_W - 18 * MM,
        top - 32 * MM,
        f"N° {r['number']}",
        fb,
        11,
        Color(0.7, 0.1, 0.1),
        "right",
    )
    buf = io.BytesIO()
    photo.save(buf, "PNG")
    c.drawImage(ImageReader(io.BytesIO(buf.getvalue())), 18 * MM, top - 78 * MM, 30 * MM, 38 * MM)
    y = top - 42 * MM
    for lab, val in (
        ("Nom", r["surname"]),
        ("Prénom(s)", r["given"]),
        ("Né(e) le", f"{fr(r['dob'])}   à  {r['pob']}"),
        ("Nationalité", r["nat_text"]),
        ("Sexe", r["sex"]),
        ("Adresse", r["address"]),
    ):
        text(c, 54 * MM, y, lab, f, 8, GREY)
        text(c, 80 * MM, y, val, fb, 9.5)
        y -= 13
    y -= 4
    y = para(c, 54 * MM, y, PAGE_W - 72 * MM, f"a sollicité {r['request']}.", f, 9, 11.5)
    y -= 8
    c.setFillColor(white)
    c.rect(18 * MM, y - 24 * MM, PAGE_W - 36 * MM, 24 * MM, stroke=1, fill=1)
    text(
        c,
        22 * MM,
        y - 7 * MM,
        f"Le présent récépissé est valable du {fr(r['valid_from'])} au {fr(r['valid_until'])}",
        fb,
        10,
    )
    text(c, 22 * MM, y - 13.5 * MM, r["work"], fb, 9.5, Color(0.1, 0.4, 0.2))
    text(
        c,
        22 * MM,
        y - 19.5 * MM,
        "Il n'est valable qu'accompagné du passeport ou du document de voyage de son titulaire.",
        f,
        8,
    )
    y -= 32 * MM
    text(c, 22 * MM, y, f"Fait à {r['place']}, le {fr(r['valid_from'])}", f, 9)
    text(c, 120 * MM, y, "Pour le préfet et par délégation,", f, 8.5)
    text(c, 120 * MM, y - 10, r["agent"], f, 8.5)
    stamp_round(
        c,
        150 * MM,
        y - 24 * MM,
        13 * MM,
        r["stamp_ring"],
        ["SERVICE", "DES ÉTRANGERS", ""],
        rng,
        Color(0.2, 0.25, 0.65),
    )
    signature(c, r["agent"], 122 * MM, y - 30 * MM, 36 * MM, rng, INK_BLACK, 0.9)
