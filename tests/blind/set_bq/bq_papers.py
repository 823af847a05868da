"""Housing and work papers: a loi-1989 lease, a handwritten attestation d'hébergement,
CDD and CDI employment contracts."""

from __future__ import annotations

from bq_art import draw_signature, signature_image
from bq_common import BLACK, INK_BLUE, Pg, d_fr, d_words, hand, new_pdf, rgb

# ----------------------------------------------------------------------------- lease


def lease_pdf(L, rng) -> bytes:
    """Contrat de location, logement vide (modèle type, décret n° 2015-587), e-signed."""
    buf, c = new_pdf()
    pg = Pg(c, 210, 297)
    f, fb = "Carlito", "Carlito-B"
    blue = rgb("23395d")

    def foot(n):
        pg.text(105, 289, f"Contrat de location — {L['address_short']} — page {n}/3", f, 7.5,
                rgb("666666"), "c")  # fmt: skip
        pg.text(196, 289, "Paraphes : " + L["initials"], f, 7.5, rgb("666666"), "r")

    def h(y, t):
        pg.rect(16, y - 4.6, 178, 6.4, stroke=None, fill=rgb("e6ebf2"))
        pg.text(18, y, t, fb, 10.5, blue)
        return y + 7

    pg.text(105, 20, "CONTRAT DE LOCATION", fb, 16, blue, "c")
    pg.text(105, 27, "LOCAUX VIDES À USAGE D'HABITATION", fb, 11, blue, "c")
    pg.para(
        24,
        33,
        162,
        "Soumis au titre Ier bis de la loi du 6 juillet 1989 tendant à améliorer "
        "les rapports locatifs et portant modification de la loi n° 86-1290 du 23 décembre "
        "1986 — modèle type annexé au décret n° 2015-587 du 29 mai 2015",
        "Carlito",
        8.5,
        3.8,
    )
    y = h(52, "I. DÉSIGNATION DES PARTIES")
    y = pg.para(18, y, 174, "Le présent contrat est conclu entre les soussignés :", f, 10, 5)
    y = pg.para(
        18,
        y + 1,
        174,
        f"Le bailleur : {L['landlord']}, {L['landlord_addr']}, "
        f"représenté par son mandataire {L['agent']}, titulaire de la carte "
        "professionnelle n° CPI 7501 2019 000 041 221 délivrée par la CCI Paris "
        "Île-de-France, désigné ci-après « le bailleur » ;",
        f,
        10,
        5,
        justify=True,
    )
    y = pg.para(18, y + 2, 174, f"Le locataire : {L['tenant_print']}, née le "
                f"{d_fr(L['tenant_dob'])} à {L['tenant_pob']}, e-mail : {L['tenant_email']}, "
                "désignée ci-après « le locataire ».", f, 10, 5, justify=True)  # fmt: skip
    y = h(y + 6, "II. OBJET DU CONTRAT")
    rows = [
        ("Adresse du logement", L["address"]),
        ("Désignation", L["designation"]),
        ("Type d'habitat", "Immeuble collectif — régime juridique : copropriété"),
        ("Période de construction", "1949 à 1974"),
        ("Surface habitable", L["surface"]),
        ("Nombre de pièces principales", L["rooms"]),
        ("Autres parties du logement", "cave n° 12"),
        ("Chauffage / eau chaude", "individuels électriques"),
        ("Destination des locaux", "usage d'habitation principale"),
    ]
    for lab, val in rows:
        pg.text(20, y, lab + " :", f, 9.8, rgb("333333"))
        y = pg.para(78, y, 114, val, fb, 9.8, 4.8) + 0.8
    y = h(y + 5, "III. DATE DE PRISE D'EFFET ET DURÉE DU CONTRAT")
    pg.text(20, y, "Date de prise d'effet du contrat :", f, 10)
    pg.text(78, y, d_words(L["start"]), fb, 10)
    pg.text(20, y + 5.5, "Durée du contrat :", f, 10)
    pg.text(78, y + 5.5, "trois (3) ans", fb, 10)
    y = pg.para(20, y + 12, 172, "En l'absence de proposition de renouvellement du contrat, "
                "celui-ci est, à son terme, reconduit tacitement pour trois ans et dans les mêmes "
                "conditions. Le locataire peut mettre fin au bail à tout moment, après avoir "
                "donné congé.", f, 9.5, 4.6, justify=True)  # fmt: skip
    foot(1)
    c.showPage()
    y = h(20, "IV. CONDITIONS FINANCIÈRES")
    rows = [
        ("Loyer mensuel hors charges", f"{L['rent']} €"),
        ("Zone d'encadrement des loyers", "oui — loyer de référence 30,10 €/m², majoré 36,12 €/m²"),
        ("Provision sur charges", f"{L['charges']} € par mois, régularisation annuelle"),
        ("Modalités de paiement", "mensuel, à terme à échoir, le 1er de chaque mois"),
        ("Révision du loyer", "chaque année à la date anniversaire, selon l'IRL du 1er trimestre"),
        ("Dépôt de garantie", f"{L['rent']} € (un mois de loyer hors charges)"),
    ]
    for lab, val in rows:
        pg.text(20, y, lab + " :", f, 9.8, rgb("333333"))
        y = pg.para(78, y, 114, val, fb, 9.8, 4.8) + 0.8
    y = h(y + 5, "V. TRAVAUX — VI. GARANTIES — VII. CLAUSE RÉSOLUTOIRE")
    for para in (
        "Aucun travaux n'a été réalisé dans le logement depuis la fin du dernier contrat de "
        "location. Le locataire s'engage à user paisiblement des locaux, à répondre des "
        "dégradations survenant pendant la durée du contrat et à s'assurer contre les risques "
        "locatifs, en justifiant de cette assurance lors de la remise des clés puis chaque année.",
        "Le présent contrat sera résilié immédiatement et de plein droit, deux mois après un "
        "commandement demeuré infructueux, à défaut de paiement du loyer ou des charges aux termes "
        "convenus, de versement du dépôt de garantie, ou de souscription d'une assurance des "
        "risques locatifs.",
        "Honoraires de location à la charge du locataire : 12,00 € TTC/m² pour la visite, la "
        "constitution du dossier et la rédaction du bail ; 3,00 € TTC/m² pour l'état des lieux.",
    ):
        y = pg.para(20, y, 172, para, f, 9.6, 4.6, justify=True) + 3
    y = h(y + 3, "VIII. ANNEXES")
    for a in ("Dossier de diagnostic technique (DPE, CREP, ERP, état de l'installation "
              "électrique)", "Notice d'information relative aux droits et obligations des "
              "locataires et des bailleurs", "État des lieux d'entrée établi le " +
              d_fr(L["start"]), "Extrait du règlement de copropriété"):  # fmt: skip
        pg.text(22, y, "•", f, 10)
        y = pg.para(26, y, 166, a, f, 9.6, 4.6) + 1
    foot(2)
    c.showPage()
    y = h(20, "SIGNATURES")
    pg.para(20, y, 172, f"Fait à Paris, le {d_fr(L['signed'])}, en autant d'originaux que de "
            "parties. Signature électronique conforme au règlement (UE) n° 910/2014 (eIDAS).",
            f, 10, 5)  # fmt: skip
    for i, (who, name) in enumerate(
        (
            (f"Le bailleur, représenté par {L['agent']}", L["agent_person"]),
            ("Le locataire", L["tenant_print"]),
        )
    ):
        x = 20 + i * 90
        pg.rect(x, y + 14, 82, 46, lw=0.5, stroke=rgb("9aa6b8"))
        pg.para(x + 3, y + 20, 76, who, fb, 9, 4.2)
        img = signature_image(rng, 50, 16)
        pg.image(img, x + 12, y + 28, 50)
        pg.text(x + 3, y + 50, f"Signé électroniquement par {name}", f, 7.5, rgb("444444"))
        pg.text(x + 3, y + 54, f"le {d_fr(L['signed'])} — Yousign ID {L['ysid'][i]}", f, 7.5,
                rgb("444444"))  # fmt: skip
    pg.para(
        20,
        y + 72,
        172,
        "Le locataire reconnaît avoir reçu un exemplaire du présent contrat et de ses annexes.",
        "Carlito-B",
        9,
        4.4,
    )
    foot(3)
    c.showPage()
    c.save()
    return buf.getvalue()


# ----------------------------------------------------------------------------- attestation


def _seyes(pg: Pg):
    pg.rect(0, 0, 210, 297, stroke=None, fill=rgb("fdfcf7"))
    for k in range(36):
        y = 30 + k * 8
        if y > 292:
            break
        pg.line(0, y, 210, y, 0.5, rgb("7f9fd0"))
        for j in (2, 4, 6):
            pg.line(0, y + j, 210, y + j, 0.15, rgb("b7c9e8"))
    for x in range(32, 210, 8):
        pg.line(x, 0, x, 297, 0.15, rgb("b7c9e8"))
    pg.line(28, 0, 28, 297, 0.6, rgb("e0627a"))


def _hand_para(pg: Pg, x, y, w, text, rng, font, size, ink, step=8.0):
    words = text.split()
    line: list[str] = []
    for wd in words:
        trial = " ".join(line + [wd])
        if line and pg.width(trial, font, size) * 1.02 > w:
            hand(pg, x, y, " ".join(line), rng, font, size, ink, 1.1, rng.uniform(-0.004, 0.004))
            y += step
            line = [wd]
        else:
            line.append(wd)
    if line:
        hand(pg, x, y, " ".join(line), rng, font, size, ink, 1.1)
        y += step
    return y


def attestation_pdf(a, rng) -> bytes:
    """Attestation d'hébergement written by hand on a Seyès sheet."""
    buf, c = new_pdf()
    pg = Pg(c, 210, 297)
    _seyes(pg)
    font, size, ink = a.get("font", "H-Dkg"), 15.5, rgb(a.get("ink", "1b2a7a"))
    hand(pg, 60, 45.5, "Attestation d'hébergement", rng, font, 19, ink)
    pg.line(60, 47.5, 150, 47.2, 0.6, ink)
    y = 69.5
    y = _hand_para(pg, 32, y, 168, a["body1"], rng, font, size, ink)
    y = _hand_para(pg, 32, y + 8, 168, a["body2"], rng, font, size, ink)
    y = _hand_para(pg, 32, y + 8, 168, a["body3"], rng, font, size, ink)
    y += 8
    hand(pg, 110, y, f"Fait à {a['place']}, le {a['date_text']}", rng, font, size, ink)
    hand(pg, 130, y + 16, "Signature :", rng, font, size, ink)
    draw_signature(pg, 128, y + 19, 50, 20, rng, ink, 1.1)
    c.showPage()
    c.save()
    return buf.getvalue()


# ----------------------------------------------------------------------------- contracts


def contract_pdf(k, rng) -> bytes:
    """CDD or CDI, two pages, signed by both parties ('Lu et approuvé')."""
    buf, c = new_pdf()
    pg = Pg(c, 210, 297)
    f, fb = k.get("font", "Serif"), k.get("font_b", "Serif-B")
    cdd = k["type"] == "CDD"
    pg.text(20, 18, k["employer"], fb, 11)
    pg.text(20, 23, k["emp_addr"], f, 9)
    pg.text(20, 27.5, f"SIRET {k['siret']} — {k['emp_extra']}", f, 9)
    title = "CONTRAT DE TRAVAIL À DURÉE " + ("DÉTERMINÉE" if cdd else "INDÉTERMINÉE")
    pg.text(105, 44, title, fb, 13, BLACK, "c")
    if cdd:
        pg.text(105, 50, "(articles L. 1242-1 et suivants du code du travail)", f, 9, BLACK, "c")
    y = 62
    y = pg.para(20, y, 170, "ENTRE LES SOUSSIGNÉS :", fb, 10.5, 5)
    y = pg.para(20, y + 1, 170, f"La société {k['employer']}, {k['emp_form']}, dont le siège "
                f"social est situé {k['emp_addr']}, immatriculée sous le numéro SIRET "
                f"{k['siret']}, représentée par {k['signatory']}, agissant en qualité de "
                f"{k['signatory_role']}, ci-après dénommée « l'Employeur »,", f, 10.3, 5.1,
                justify=True)  # fmt: skip
    y = pg.para(20, y + 3, 170, "ET", fb, 10.5, 5)
    y = pg.para(
        20,
        y + 1,
        170,
        f"{k['employee_print']}, né{k['e']} le {d_fr(k['dob'])} à "
        f"{k['pob']}, de nationalité {k['nationality']}, demeurant {k['address']}, "
        f"titulaire du titre l'autorisant à travailler n° {k['permit']}, ci-après "
        f"dénommé{k['e']} « le Salarié{k['e']} »,",
        f,
        10.3,
        5.1,
        justify=True,
    )
    y = pg.para(20, y + 3, 170, "IL A ÉTÉ CONVENU CE QUI SUIT :", fb, 10.5, 5)
    arts = []
    if cdd:
        arts.append(
            (
                "Article 1 — Motif du recours",
                f"Le présent contrat est conclu pour "
                f"{k['motif']}, en application de l'article L. 1242-2 du code du travail.",
            )
        )
        arts.append(
            (
                "Article 2 — Durée",
                f"Le présent contrat prend effet le "
                f"{d_fr(k['start'])} et prendra fin le {d_fr(k['end'])} au soir. Il est "
                "conclu pour une durée de douze mois.",
            )
        )
    else:
        arts.append(
            (
                "Article 1 — Engagement",
                f"{k['employee_print']} est engagé{k['e']} à "
                "compter du " + d_fr(k["start"]) + " pour une durée indéterminée, sous "
                "réserve des résultats de la visite d'information et de prévention.",
            )
        )
        arts.append(
            (
                "Article 2 — Période d'essai",
                "Le présent contrat ne deviendra définitif "
                "qu'à l'issue d'une période d'essai de deux mois de travail effectif, "
                "renouvelable une fois par accord écrit des parties.",
            )
        )
    arts.append(
        (
            "Article 3 — Fonctions",
            f"Le Salarié{k['e']} exercera les fonctions de "
            f"{k['job']}, {k['classification']}. Il{'le' if k['e'] else ''} exercera ses "
            f"fonctions à {k['workplace']}.",
        )
    )
    arts.append(
        (
            "Article 4 — Rémunération",
            f"En contrepartie de son travail, le Salarié"
            f"{k['e']} percevra une rémunération mensuelle brute de {k['salary']} euros "
            "pour un horaire hebdomadaire de 35 heures.",
        )
    )
    for t, body in arts:
        y = pg.para(20, y + 3, 170, t, fb, 10.3, 5)
        y = pg.para(20, y, 170, body, f, 10.3, 5.1, justify=True)
    pg.text(105, 287, "Page 1 / 2", f, 8, BLACK, "c")
    hand(pg, 180, 282, k["initials"][0], rng, "H-Dkg", 12, INK_BLUE)
    hand(pg, 190, 283, k["initials"][1], rng, "H-Dkg", 12, INK_BLUE)
    c.showPage()
    arts = [
        (
            "Article 5 — Durée du travail",
            "La durée hebdomadaire de travail est fixée à 35 "
            "heures, réparties selon le planning en vigueur dans l'établissement. Des heures "
            "supplémentaires pourront être demandées dans les limites légales et conventionnelles.",
        ),
        (
            "Article 6 — Convention collective",
            f"Le présent contrat est régi par {k['ccn']}, "
            "dont un exemplaire est tenu à la disposition du personnel.",
        ),
        (
            "Article 7 — Congés payés",
            "Le Salarié" + k["e"] + " bénéficiera des congés payés "
            "dans les conditions prévues par la loi et la convention collective applicable.",
        ),
        (
            "Article 8 — Protection sociale",
            "Le Salarié"
            + k["e"]
            + " sera affilié"
            + k["e"]
            + " au régime général de la sécurité sociale, au régime de retraite complémentaire "
            "AGIRC-ARRCO et au régime de prévoyance et de frais de santé de l'entreprise.",
        ),
    ]
    if cdd:
        arts.append(
            (
                "Article 9 — Indemnité de fin de contrat",
                "À l'échéance du terme, le "
                "Salarié" + k["e"] + " percevra une indemnité de fin de contrat égale à 10 % "
                "de la rémunération totale brute perçue, sauf cas prévus par la loi.",
            )
        )
    arts.append(("Article " + ("10" if cdd else "9") + " — Obligations", "Le Salarié" + k["e"] +
                 " s'engage à respecter le règlement intérieur, les consignes d'hygiène et de "
                 "sécurité et à observer la plus grande discrétion sur les informations dont "
                 f"il{'le' if k['e'] else ''} aurait connaissance."))  # fmt: skip
    y = 22
    for t, body in arts:
        y = pg.para(20, y + 3, 170, t, fb, 10.3, 5)
        y = pg.para(20, y, 170, body, f, 10.3, 5.1, justify=True)
    y += 10
    pg.text(20, y, f"Fait en deux exemplaires originaux, à {k['place']}, le {d_fr(k['signed'])}.",
            f, 10.3)  # fmt: skip
    y += 12
    pg.text(25, y, "L'Employeur", fb, 10)
    pg.text(25, y + 5, k["signatory"], f, 9)
    pg.text(120, y, "Le Salarié" + k["e"], fb, 10)
    pg.text(120, y + 5, "(précédé de la mention « lu et approuvé »)", f, 8)
    draw_signature(pg, 25, y + 14, 45, 16, rng, rgb("15151f"), 1.0)
    hand(pg, 120, y + 17, "Lu et approuvé", rng, "H-Breip", 14, INK_BLUE)
    draw_signature(pg, 122, y + 20, 45, 16, rng, INK_BLUE, 1.0)
    pg.text(105, 287, "Page 2 / 2", f, 8, BLACK, "c")
    c.showPage()
    c.save()
    return buf.getvalue()
