"""Housing and work pieces: lease, CDI contract, attestation d'hébergement, récépissé;
and the text wrapper used by the other vector pages."""

from __future__ import annotations

from PIL import Image, ImageDraw

from cx_common import (
    a4_canvas,
    face,
    hand_text,
    pil_font,
    rl_font,
    signature,
    stamp,
)


def wrap(c, text, x, y, width, font, size, lead=None):
    lead = lead or size * 1.35
    c.setFont(font, size)
    words = text.split()
    line = ""
    for w in words:
        t = (line + " " + w).strip()
        if c.stringWidth(t, font, size) > width:
            c.drawString(x, y, line)
            y -= lead
            line = w
        else:
            line = t
    if line:
        c.drawString(x, y, line)
        y -= lead
    return y


# ------------------------------------------------------------------ housing and work
def lease(c, L):
    """Bail d'habitation, logement nu (loi n° 89-462 du 6 juillet 1989), 3 pages."""
    f, fb = rl_font("dejavu"), rl_font("dejavu-b")
    c.setFont(fb, 13)
    c.drawCentredString(297, 800, "CONTRAT DE LOCATION")
    c.setFont(f, 9)
    c.drawCentredString(297, 786, "LOCAUX VIDES À USAGE D'HABITATION PRINCIPALE")
    c.drawCentredString(
        297,
        774,
        "(Titre Ier bis de la loi n° 89-462 du 6 juillet 1989 - "
        "contrat type, décret n° 2015-587 du 29 mai 2015)",
    )
    sec = [
        (
            "I. DÉSIGNATION DES PARTIES",
            [
                (
                    f"Le présent contrat est conclu entre les soussignés : {L['landlord']}, "
                    f"{L['landlord_addr']}, désigné(e) ci-après « le bailleur », représenté(e) par "
                    f"{L['agent']}, mandataire ;"
                ),
                f"et {L['tenant_print']}, désigné(e) ci-après « le locataire ».",
            ],
        ),
        (
            "II. OBJET DU CONTRAT",
            [
                f"Le présent contrat a pour objet la location d'un logement situé {L['address']}, "
                f"{L['floor']}. Type d'habitat : immeuble collectif. Régime juridique : "
                "copropriété. Surface habitable : " + L["surface"] + ". Nombre de pièces "
                "principales : " + L["rooms"] + ".",
                "Destination des locaux : usage d'habitation principale.",
            ],
        ),
        (
            "III. DATE DE PRISE D'EFFET ET DURÉE DU CONTRAT",
            [
                f"A. Date de prise d'effet du contrat : {L['start_fr']}",
                "B. Durée du contrat : trois ans (bailleur personne physique) ou six ans "
                "(bailleur personne morale), soit " + L["duration"] + ".",
                (
                    "En l'absence de proposition de renouvellement du contrat, celui-ci est, à son "
                    "terme, reconduit tacitement pour trois ou six ans et dans les mêmes conditions. "
                    "Le locataire peut mettre fin au bail à tout moment, après avoir donné congé."
                ),
            ],
        ),
        (
            "IV. CONDITIONS FINANCIÈRES",
            [
                f"A. Loyer mensuel hors charges : {L['rent']}. Le logement est situé en zone "
                "soumise à encadrement des loyers ; loyer de référence majoré : "
                + L["ref_rent"]
                + ".",
                (
                    f"B. Provision sur charges récupérables : {L['charges']} par mois, avec "
                    "régularisation annuelle."
                ),
                (
                    "C. Modalités de paiement : paiement mensuel, à échoir, le 5 de chaque mois, par "
                    "virement."
                ),
            ],
        ),
    ]
    y = 740
    for title, paras in sec:
        c.setFont(fb, 10)
        c.drawString(50, y, title)
        y -= 16
        for p in paras:
            y = wrap(c, p, 50, y, 495, f, 9.2, 13) - 5
        y -= 10
    c.setFont(f, 7.5)
    c.drawString(50, 40, f"Bail {L['ref']} - Paraphes : ______  ______ - page 1/3")
    c.showPage()
    y = 800
    more = [
        ("V. TRAVAUX", "Néant."),
        ("VI. GARANTIES", f"Dépôt de garantie : {L['deposit']} (un mois de loyer hors charges)."),
        (
            "VII. CLAUSE DE SOLIDARITÉ ET CLAUSE RÉSOLUTOIRE",
            (
                "Le bail sera résilié de plein droit deux mois après un commandement de payer "
                "demeuré infructueux, à défaut de paiement du loyer, des charges ou du dépôt de "
                "garantie, ou à défaut d'assurance contre les risques locatifs."
            ),
        ),
        (
            "VIII. HONORAIRES DE LOCATION",
            "Honoraires à la charge du locataire : "
            + L["fees"]
            + " (visite, constitution du dossier, rédaction du bail et état des "
            "lieux), dans la limite des plafonds réglementaires.",
        ),
        (
            "IX. AUTRES CONDITIONS PARTICULIÈRES",
            (
                "Le locataire s'engage à souscrire une "
                "assurance habitation et à en justifier chaque année à la remise des clés."
            ),
        ),
        (
            "X. ANNEXES",
            (
                "Dossier de diagnostic technique (DPE, CREP, ERP, état de "
                "l'installation intérieure d'électricité et de gaz), notice d'information, état "
                "des lieux d'entrée, extrait du règlement de copropriété."
            ),
        ),
    ]
    for title, p in more:
        c.setFont(fb, 10)
        c.drawString(50, y, title)
        y = wrap(c, p, 50, y - 16, 495, f, 9.2, 13) - 14
    c.setFont(f, 7.5)
    c.drawString(50, 40, f"Bail {L['ref']} - Paraphes : ______  ______ - page 2/3")
    c.showPage()
    c.setFont(f, 10)
    c.drawString(
        50,
        780,
        f"Fait et signé à {L['signed_place']}, le {L['signed_fr']}, en deux "
        "originaux dont un remis à chacune des parties.",
    )
    c.drawString(60, 740, "Le bailleur (ou son mandataire)")
    c.drawString(330, 740, "Le locataire")
    c.setFont(f, 8)
    c.drawString(60, 726, "signature précédée de « lu et approuvé »")
    c.drawString(330, 726, "signature précédée de « lu et approuvé »")
    c.setFont(f, 7.5)
    c.drawString(50, 40, f"Bail {L['ref']} - page 3/3")


def contract_cdi(c, k):
    f, fb = rl_font("carlito"), rl_font("carlito-b")
    c.setFont(fb, 14)
    c.drawCentredString(297, 800, "CONTRAT DE TRAVAIL À DURÉE INDÉTERMINÉE")
    c.setFont(f, 10)
    c.drawString(50, 770, "Entre les soussignés :")
    y = wrap(
        c,
        f"La société {k['employer']}, {k['form']}, dont le siège social est situé "
        f"{k['employer_addr']}, immatriculée sous le numéro SIRET {k['siret']}, code NAF "
        f"{k['naf']}, représentée par {k['rep']} en sa qualité de {k['rep_role']}, "
        "ci-après « l'Employeur »,",
        50,
        752,
        495,
        f,
        10,
        14,
    )
    y = wrap(
        c,
        f"et {k['employee_print']}, né(e) le {k['dob_fr']} à {k['pob']}, de "
        f"nationalité {k['nat']}, demeurant {k['addr']}, ci-après « le Salarié »,",
        50,
        y - 6,
        495,
        f,
        10,
        14,
    )
    c.drawString(50, y - 6, "il a été convenu ce qui suit :")
    y -= 30
    arts = [
        (
            "Article 1 - Engagement",
            f"Le Salarié est engagé à compter du {k['start_fr']} pour "
            "une durée indéterminée, sous réserve des résultats de la visite d'information et de "
            "prévention. Le présent contrat est régi par la convention collective "
            + k["ccn"]
            + ".",
        ),
        (
            "Article 2 - Fonctions",
            (
                f"Le Salarié exercera les fonctions de {k['job']}, statut "
                f"{k['status']}, position {k['position']} de la classification conventionnelle."
            ),
        ),
        (
            "Article 3 - Période d'essai",
            (
                "Le contrat ne deviendra définitif qu'à l'issue d'une "
                "période d'essai de trois mois, renouvelable une fois d'un commun accord."
            ),
        ),
        (
            "Article 4 - Rémunération",
            (
                f"Le Salarié percevra une rémunération annuelle brute "
                f"de {k['salary']}, versée en douze mensualités."
            ),
        ),
        ("Article 5 - Durée du travail", "Forfait annuel de 218 jours travaillés."),
        ("Article 6 - Lieu de travail", f"Le Salarié exercera ses fonctions à {k['place']}."),
    ]
    for t, p in arts:
        c.setFont(fb, 10.5)
        c.drawString(50, y, t)
        c.setFont(f, 10)
        y = wrap(c, p, 50, y - 15, 495, f, 10, 14) - 10
    c.setFont(f, 8)
    c.drawString(50, 40, "Paraphes : ______  ______                                  page 1/2")
    c.showPage()
    y = 790
    for t, p in [
        (
            "Article 7 - Congés payés",
            (
                "Le Salarié bénéficiera des congés payés prévus par la "
                "loi et la convention collective."
            ),
        ),
        (
            "Article 8 - Protection sociale",
            (
                "Le Salarié sera affilié au régime général de la "
                "sécurité sociale, à la caisse de retraite complémentaire AGIRC-ARRCO et au contrat "
                "collectif de frais de santé et de prévoyance en vigueur dans l'entreprise."
            ),
        ),
        (
            "Article 9 - Rupture",
            (
                "Chacune des parties pourra rompre le contrat dans les "
                "conditions prévues par le code du travail et la convention collective."
            ),
        ),
    ]:
        c.setFont(fb, 10.5)
        c.drawString(50, y, t)
        c.setFont(f, 10)
        y = wrap(c, p, 50, y - 15, 495, f, 10, 14) - 10
    c.drawString(
        50,
        y - 10,
        f"Fait à {k['signed_place']}, le {k['signed_fr']}, en deux exemplaires originaux.",
    )
    c.drawString(60, y - 50, "Pour l'Employeur")
    c.drawString(340, y - 50, "Le Salarié")
    c.setFont(f, 8)
    c.drawString(340, y - 63, "(« lu et approuvé, bon pour accord »)")
    c.drawString(50, 40, "page 2/2")
    return y


def attestation_hand(a, rng) -> Image.Image:
    """Handwritten attestation d'hébergement on squared/lined paper."""
    img = a4_canvas(200, (252, 252, 250))
    d = ImageDraw.Draw(img)
    for yy in range(260, img.height - 100, 64):
        d.line([0, yy, img.width, yy], fill=(190, 205, 230), width=2)
    d.line([230, 0, 230, img.height], fill=(230, 150, 160), width=2)
    hf = "dkg"
    ink = (25, 35, 95)
    hand_text(img, 560, 300, "Attestation d'hébergement", hf, 62, rng, ink)
    y = 496
    for ln in a["lines"]:
        hand_text(img, 260, y, ln, hf, 44, rng, ink, tilt=rng.uniform(-0.4, 0.4))
        y += 128
    hand_text(img, 900, y + 64, a["done"], hf, 46, rng, ink)
    signature(img, (950, y + 120, 1450, y + 330), rng, ink, 5)
    return img


def recepisse(r, rng) -> Image.Image:
    img = a4_canvas(200, (250, 250, 246))
    W = img.width
    d = ImageDraw.Draw(img)
    d.rectangle([100, 90, 260, 190], fill=(0, 35, 149))
    d.rectangle([260, 90, 420, 190], fill=(255, 255, 255), outline=(200, 200, 200))
    d.rectangle([420, 90, 580, 190], fill=(225, 0, 15))
    d.text((100, 210), "RÉPUBLIQUE\nFRANÇAISE", font=pil_font("sans-b", 40), fill=(0, 0, 0))
    d.text(
        (W - 110, 110), r["prefecture"], font=pil_font("sans-b", 40), fill=(0, 0, 0), anchor="ra"
    )
    d.text(
        (W / 2, 420),
        "RÉCÉPISSÉ DE DEMANDE DE CARTE DE SÉJOUR",
        font=pil_font("sans-b", 50),
        fill=(0, 0, 0),
        anchor="mm",
    )
    d.text((W / 2, 480), r["subtitle"], font=pil_font("sans", 34), fill=(0, 0, 0), anchor="mm")
    d.text(
        (W - 110, 560),
        "N° " + r["number"],
        font=pil_font("mono-b", 42),
        fill=(0, 0, 0),
        anchor="ra",
    )
    face(img, (110, 600, 450, 1040), rng, skin=r["skin"])
    lab, val = pil_font("sans", 32), pil_font("sans-b", 38)
    rows = [
        ("Nom :", r["surname"]),
        ("Nom d'usage :", r["usage"]),
        ("Prénoms :", r["given"]),
        ("Né(e) le :", r["dob"]),
        ("à :", r["pob"]),
        ("Nationalité :", r["nat"]),
        ("Adresse :", r["addr1"]),
        ("", r["addr2"]),
    ]
    y = 620
    for a, b in rows:
        d.text((500, y), a, font=lab, fill=(60, 60, 60))
        d.text((800, y - 4), b, font=val, fill=(10, 10, 10))
        y += 62
    box = [110, 1140, W - 110, 1500]
    d.rectangle(box, outline=(0, 0, 0), width=3)
    txt = [
        "Motif de la demande : " + r["motif"],
        "Ce récépissé est valable du " + r["from"] + " au " + r["until"] + " inclus.",
        "Il autorise son titulaire à travailler."
        if r["work"]
        else "Il n'autorise pas son titulaire à travailler.",
        "Ce document n'est pas un titre de voyage.",
    ]
    for i, t in enumerate(txt):
        d.text((140, 1175 + i * 75), t, font=pil_font("sans", 38), fill=(0, 0, 0))
    d.text((110, 1600), "Fait à " + r["place"] + ", le " + r["issued"], font=lab, fill=(0, 0, 0))
    d.text(
        (W - 520, 1600),
        "Pour le préfet et par délégation",
        font=pil_font("sans", 28),
        fill=(0, 0, 0),
    )
    stamp(
        img,
        W - 380,
        1800,
        140,
        "PRÉFECTURE DE POLICE * PARIS * ",
        ["Accueil", "étrangers"],
        rng,
        (50, 60, 150),
    )
    signature(img, (W - 640, 1720, W - 300, 1880), rng, (20, 20, 80), 4)
    d.text((110, 2200), "Signature du titulaire :", font=lab, fill=(0, 0, 0))
    signature(img, (520, 2150, 860, 2270), rng, (20, 20, 60), 3)
    return img
