"""Housing documents: a loi 1989 lease (typed) and a handwritten attestation d'hébergement."""

from __future__ import annotations

import random

from PIL import Image, ImageDraw

from bp_common import HAND_FONTS, fr, money, pil_font
from bp_hand import BLACK, hand_text, sign
from bp_pdf import Doc, rgb

GREY = rgb(100, 100, 100)


def lease(L: dict) -> tuple[bytes, dict]:
    """L: furnished, landlord_block, agent_block, tenants (list of (name, desc)), address,
    building, surface, rooms, start, duration, rent, charges, deposit, place, signed,
    esign (bool), font."""
    f, fb = L.get("font", ("Arial", "Arial-B"))
    d = Doc("Contrat de location", L.get("agent", ""), L.get("creator", "Microsoft Word"))
    title = "CONTRAT DE LOCATION"
    sub = (
        "LOCAUX MEUBLÉS À USAGE DE RÉSIDENCE PRINCIPALE"
        if L["furnished"]
        else "LOCAUX VIDES À USAGE D'HABITATION"
    )
    law = (
        "(Soumis au titre Ier bis de la loi du 6 juillet 1989 tendant à améliorer les rapports "
        "locatifs et portant modification de la loi n° 86-1290 du 23 décembre 1986)"
        if L["furnished"]
        else "(Soumis au titre Ier de la loi n° 89-462 du 6 juillet 1989 et conforme au modèle "
        "type du décret n° 2015-587 du 29 mai 2015)"
    )
    pages = {"n": 1}
    y = 56
    d.text(297, y, title, fb, 15, align="c")
    d.text(297, y + 18, sub, fb, 10.5, align="c")
    y = d.para(60, y + 36, law, 475, "Arial-I" if f == "Arial" else f, 8.5, 11) + 10

    roman = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"]
    count = {"n": 0}

    def head(t):
        nonlocal y
        t = f"{roman[count['n']]}. {t}"
        count["n"] += 1
        if y > 720:
            newpage()
        d.rect(50, y, 495, 16, fill=rgb(225, 225, 225))
        d.text(56, y + 11.5, t, fb, 9.5)
        y += 24

    def body(t, size=9.2):
        nonlocal y
        for line in d.wrap(t, f, size, 490):
            if y > 770:
                newpage()
            d.text(54, y, line, f, size)
            y += size * 1.38
        y += 4

    def newpage():
        nonlocal y
        d.text(297, 815, f"Page {pages['n']}", f, 7.5, GREY, "c")
        d.text(545, 815, "Paraphes :", f, 7.5, GREY, "r")
        d.page()
        pages["n"] += 1
        y = 56

    head("DÉSIGNATION DES PARTIES")
    body("Le présent contrat est conclu entre les soussignés :")
    body(L["landlord_block"] + ", désigné(s) ci-après « le bailleur » ;")
    if L.get("agent_block"):
        body("Le cas échéant, représenté par le mandataire : " + L["agent_block"] + " ;")
    for name, desc in L["tenants"]:
        body(f"{name}, {desc} ;")
    body("désigné(s) ci-après « le locataire ».")
    head("OBJET DU CONTRAT")
    body(
        "Le présent contrat a pour objet la location d'un logement ainsi déterminé : "
        f"A. Consistance du logement - localisation du logement : {L['address']} ; "
        f"{L['building']} ; surface habitable : {L['surface']} m² ; nombre de pièces "
        f"principales : {L['rooms']} ; autres parties du logement : {L.get('extras', 'néant')} ; "
        "modalité de production de chauffage : individuel électrique ; modalité de production "
        "d'eau chaude sanitaire : individuelle."
    )
    body("B. Destination des locaux : usage d'habitation exclusivement (résidence principale).")
    head("DATE DE PRISE D'EFFET ET DURÉE DU CONTRAT")
    body(f"A. Date de prise d'effet du contrat : {fr(L['start'])}")
    body(f"B. Durée du contrat : {L['duration']}")
    body(
        "En l'absence de proposition de renouvellement du contrat, celui-ci est, à son terme, "
        "reconduit tacitement pour une durée équivalente, sauf stipulation contraire pour la "
        "location consentie à un étudiant. Le locataire peut mettre fin au bail à tout moment, "
        "après avoir donné congé."
    )
    head("CONDITIONS FINANCIÈRES")
    body(f"A. Loyer mensuel hors charges : {money(L['rent'])} euros.")
    body(
        "Le logement est situé dans une zone d'urbanisation continue de plus de 50 000 "
        "habitants où s'applique le décret fixant annuellement le montant maximum d'évolution "
        "des loyers. Le loyer est révisé chaque année à la date anniversaire du contrat selon "
        "l'indice de référence des loyers (IRL) publié par l'INSEE."
    )
    body(
        f"B. Charges récupérables : provision sur charges de {money(L['charges'])} euros par mois, "
        "avec régularisation annuelle."
    )
    body(
        f"C. Modalités de paiement : loyer et charges payables mensuellement et d'avance, le "
        f"5 de chaque mois, soit un total mensuel de {money(L['rent'] + L['charges'])} euros."
    )
    head("TRAVAUX")
    body("Néant. Le logement est loué en bon état d'usage et de réparation.")
    head("GARANTIES")
    body(
        f"Montant du dépôt de garantie de l'exécution des obligations du locataire : "
        f"{money(L['deposit'])} euros."
    )
    if len(L["tenants"]) > 1:
        head("CLAUSE DE SOLIDARITÉ")
        body(
            "Pour l'exécution de toutes les obligations résultant du présent contrat, il y aura "
            "solidarité et indivisibilité entre les parties désignées sous le terme « le "
            "locataire »."
        )
    head("CLAUSE RÉSOLUTOIRE")
    body(
        "Le bail sera résilié de plein droit en cas de défaut de paiement du loyer ou des "
        "charges aux termes convenus, de non-versement du dépôt de garantie, de défaut "
        "d'assurance du locataire contre les risques locatifs, ou de troubles de voisinage "
        "constatés par une décision de justice passée en force de chose jugée."
    )
    head("HONORAIRES DE LOCATION")
    body(
        "Honoraires à la charge du locataire : visite, constitution du dossier et rédaction du "
        f"bail : {money(L.get('fees', 0))} euros ; état des lieux : {money(L.get('fees_edl', 0))} "
        "euros."
    )
    head("ANNEXES")
    body(
        "Sont annexées et jointes au contrat de location les pièces suivantes : dossier de "
        "diagnostic technique (DPE, ERP, CREP, état de l'installation électrique), notice "
        "d'information, état des lieux d'entrée, inventaire et état détaillé du mobilier "
        + ("(location meublée)." if L["furnished"] else "(sans objet).")
    )
    if y > 640:
        newpage()
    y += 10
    d.text(
        54,
        y,
        f"Fait et signé à {L['place']}, le {fr(L['signed'])}, en autant d'originaux "
        "que de parties.",
        f,
        9.5,
    )
    y += 26
    sig = {"page": pages["n"], "y": y}
    d.text(60, y, "Signature du bailleur (ou de son mandataire)", fb, 9)
    d.text(320, y, "Signature du (des) locataire(s)", fb, 9)
    d.text(60, y + 12, "précédée de la mention « lu et approuvé »", "Arial-I", 7.5, GREY)
    d.text(320, y + 12, "précédée de la mention « lu et approuvé »", "Arial-I", 7.5, GREY)
    if L.get("esign"):
        for i, (who, when) in enumerate(L["esign"]):
            x = 60 if i == 0 else 320
            yy = y + 30 + (i // 2) * 48
            if i >= 2:
                x = 320
            d.rect(x, yy, 230, 40, stroke=rgb(40, 110, 200), lw=0.8, r=4)
            d.text(x + 8, yy + 14, f"Signé électroniquement par {who}", "Arial", 6.8)
            d.text(x + 8, yy + 26, f"le {when}", "Arial", 7.5)
            d.text(x + 8, yy + 36, "Yousign - signature électronique avancée", "Arial", 6.5, GREY)
    d.text(297, 815, f"Page {pages['n']}", f, 7.5, GREY, "c")
    d.page()
    return d.bytes(), sig


# ------------------------------------------------------------------ handwritten attestation


def seyes_page(dpi: int, rng: random.Random) -> Image.Image:
    """A4 sheet of French 'grands carreaux' (Seyès) paper with a red margin."""
    w, h = int(210 / 25.4 * dpi), int(297 / 25.4 * dpi)
    img = Image.new("RGB", (w, h), (252, 252, 248))
    d = ImageDraw.Draw(img)
    mm = dpi / 25.4
    y = 20 * mm
    k = 0
    while y < h - 5 * mm:
        col = (150, 160, 215) if k % 4 == 0 else (200, 205, 235)
        d.line([(0, int(y)), (w, int(y))], fill=col, width=1 if k % 4 else 2)
        y += 2 * mm
        k += 1
    x = 0
    while x < w:
        d.line([(int(x), int(20 * mm)), (int(x), h)], fill=(150, 160, 215), width=1)
        x += 8 * mm
    d.line([(int(30 * mm), 0), (int(30 * mm), h)], fill=(220, 90, 110), width=2)
    return img


def handwritten_attestation(a: dict, dpi: int, rng: random.Random) -> Image.Image:
    """a: paragraphs (list of str), place_date, signer, title, font."""
    img = seyes_page(dpi, rng)
    mm = dpi / 25.4
    font_key = a.get("font", "dancing")
    size = int(6.4 * mm)
    font = pil_font(HAND_FONTS[font_key], size)
    left, right = 34 * mm, 196 * mm
    line_h = 8 * mm
    y = 36 * mm
    tw = font.getlength(a["title"])
    hand_text(
        img,
        ((210 * mm - tw) / 2, y - size * 0.9),
        a["title"],
        rng,
        font_key,
        int(size * 1.1),
        BLACK,
    )
    y += 2 * line_h
    for para in a["paragraphs"]:
        words = para.split()
        cur = "      "
        for wd in words:
            t = (cur + " " + wd) if cur.strip() else cur + wd
            if font.getlength(t) > right - left:
                hand_text(
                    img,
                    (left, y - size * 0.9),
                    cur,
                    rng,
                    font_key,
                    size,
                    BLACK,
                    drift=rng.uniform(-0.08, 0.08),
                )
                y += line_h
                cur = wd
            else:
                cur = t
        hand_text(img, (left, y - size * 0.9), cur, rng, font_key, size, BLACK)
        y += line_h * 1.5
    y += line_h * 0.5
    hand_text(img, (110 * mm, y - size * 0.9), a["place_date"], rng, font_key, size, BLACK)
    y += line_h * 1.2
    sign(img, (112 * mm, y, 180 * mm, y + 26 * mm), a["signer"], rng, BLACK)
    y += 28 * mm
    hand_text(img, (118 * mm, y - size * 0.9), a["signer"], rng, font_key, size, BLACK)
    return img
