"""Payslip (bulletin de paie clarifié), CDD contract, bail loi 1989, attestation d'hébergement."""

from util import MM, draw_signature, fr_date, fr_words, hand_text, make_pdf, money

INK = (0.08, 0.12, 0.45)


def payslip(d, rng):
    """Bulletin de paie clarifié (model of arrêté du 25 février 2016)."""
    f, fb = d.get("fonts", ("Sans", "SansB"))

    def page(c, w, h):
        c.setFont(fb, 13)
        c.drawString(15 * MM, h - 18 * MM, "BULLETIN DE PAIE")
        c.setFont(f, 9)
        c.drawString(
            15 * MM, h - 24 * MM, f"Période du {fr_date(d['p_start'])} au {fr_date(d['p_end'])}"
        )
        c.drawString(15 * MM, h - 29 * MM, f"Paiement le {fr_date(d['paid'])} par virement")
        c.setLineWidth(0.6)
        c.rect(15 * MM, h - 68 * MM, 85 * MM, 34 * MM)
        c.setFont(fb, 9.5)
        c.drawString(18 * MM, h - 39 * MM, d["employer"])
        c.setFont(f, 8.5)
        for i, t in enumerate(
            d["employer_addr"]
            + [
                f"SIRET : {d['siret']}",
                f"Code NAF : {d['naf']}",
                f"Convention collective : {d['ccn']}",
            ]
        ):
            c.drawString(18 * MM, h - (44 + 4.2 * i) * MM, t)
        c.rect(110 * MM, h - 68 * MM, 85 * MM, 34 * MM)
        c.setFont(fb, 10)
        c.drawString(113 * MM, h - 39 * MM, d["employee_print"])
        c.setFont(f, 8.5)
        rows = d["employee_addr"] + [
            f"Emploi : {d['job']}",
            f"Entrée le : {fr_date(d['entry'])}   Contrat : {d['contract']}",
            f"N° SS : {d['nir']}",
            f"Matricule : {d['matricule']}",
        ]
        for i, t in enumerate(rows):
            c.drawString(113 * MM, h - (44 + 4.2 * i) * MM, t)
        y = h - 78 * MM
        c.setFillColorRGB(0.88, 0.9, 0.93)
        c.rect(15 * MM, y - 1.5 * MM, w - 30 * MM, 6 * MM, fill=1, stroke=0)
        c.setFillColorRGB(0, 0, 0)
        c.setFont(fb, 8)
        for x, t in [
            (17, "Éléments de paie"),
            (105, "Base"),
            (128, "Taux"),
            (150, "À déduire"),
            (175, "À payer"),
        ]:
            c.drawString(x * MM, y, t)
        y -= 7 * MM
        c.setFont(f, 8.2)
        for lab, base, rate, ded, pay in d["rows"]:
            bold = lab.isupper()
            c.setFont(fb if bold else f, 8.2)
            c.drawString(17 * MM, y, lab)
            if base:
                c.drawRightString(122 * MM, y, base)
            if rate:
                c.drawRightString(145 * MM, y, rate)
            if ded:
                c.drawRightString(170 * MM, y, ded)
            if pay:
                c.drawRightString(193 * MM, y, pay)
            y -= 4.8 * MM
        y -= 4 * MM
        c.setFillColorRGB(0.93, 0.96, 0.93)
        c.rect(15 * MM, y - 20 * MM, w - 30 * MM, 22 * MM, fill=1, stroke=0)
        c.setFillColorRGB(0, 0, 0)
        c.setFont(f, 8.5)
        c.drawString(18 * MM, y - 4 * MM, "Net à payer avant impôt sur le revenu")
        c.drawRightString(193 * MM, y - 4 * MM, money(d["net_before"]))
        c.drawString(
            18 * MM,
            y - 9 * MM,
            f"Impôt sur le revenu prélevé à la source — taux personnalisé {d['pas_rate']}",
        )
        c.drawRightString(193 * MM, y - 9 * MM, money(d["pas"]))
        c.setFont(fb, 11)
        c.drawString(18 * MM, y - 16 * MM, "NET PAYÉ")
        c.drawRightString(193 * MM, y - 16 * MM, money(d["net"]))
        c.setFont(f, 7)
        c.drawString(
            15 * MM,
            20 * MM,
            "Dans votre intérêt et pour vous aider à faire valoir vos "
            "droits, conservez ce bulletin de paie sans limitation de "
            "durée.",
        )
        c.drawString(
            15 * MM,
            16 * MM,
            "Rubrique dédiée au bulletin de paie sur le portail www.service-public.fr",
        )

    return make_pdf([page])


def cdd(d, rng):
    f, fb = "Serif", "SerifB"

    def para(c, y, text, w, size=10):
        c.setFont(f, size)
        words = text.split()
        line = ""
        for wd in words:
            if c.stringWidth(line + " " + wd, f, size) > w - 40 * MM:
                c.drawString(20 * MM, y, line.strip())
                y -= size * 0.45 * MM
                line = ""
            line += " " + wd
        c.drawString(20 * MM, y, line.strip())
        return y - size * 0.75 * MM

    def p1(c, w, h):
        c.setFont(fb, 14)
        c.drawCentredString(w / 2, h - 25 * MM, "CONTRAT DE TRAVAIL À DURÉE DÉTERMINÉE")
        c.setFont(f, 10)
        c.drawCentredString(
            w / 2, h - 31 * MM, "(articles L. 1242-1 et suivants du Code du travail)"
        )
        y = h - 45 * MM
        c.setFont(fb, 10)
        c.drawString(20 * MM, y, "ENTRE LES SOUSSIGNÉS :")
        y -= 8 * MM
        y = para(
            c,
            y,
            f"La société {d['employer']}, {d['form']}, dont le siège social est situé "
            f"{d['employer_addr']}, immatriculée sous le numéro SIRET {d['siret']}, "
            f"représentée par {d['rep']}, en qualité de {d['rep_title']},",
            w,
        )
        y = para(c, y, "ci-après dénommée « l'Employeur », d'une part,", w)
        y = para(
            c,
            y,
            f"ET : {d['employee_civ']} {d['employee_print']}, né(e) le "
            f"{fr_date(d['dob'])} à {d['pob']}, de nationalité {d['nat']}, demeurant "
            f"{d['employee_addr']},",
            w,
        )
        y = para(c, y, "ci-après dénommé(e) « le Salarié », d'autre part.", w)
        y -= 3 * MM
        arts = [
            (
                "Article 1 — Motif et durée",
                f"Le présent contrat est conclu pour {d['motif']}. "
                f"Il prend effet le {fr_words(d['start'])} et prendra fin le {fr_words(d['end'])}.",
            ),
            (
                "Article 2 — Fonctions",
                f"Le Salarié est engagé en qualité de {d['job']}, "
                f"{d['level']}, selon la convention collective {d['ccn']}.",
            ),
            (
                "Article 3 — Période d'essai",
                "Le présent contrat ne deviendra définitif qu'à "
                "l'issue d'une période d'essai de un mois de travail effectif.",
            ),
            (
                "Article 4 — Rémunération",
                f"Le Salarié percevra une rémunération mensuelle brute "
                f"de {money(d['gross'])} pour une durée de travail de 151,67 heures.",
            ),
            (
                "Article 5 — Lieu de travail",
                f"Le Salarié exercera ses fonctions à {d['workplace']}.",
            ),
        ]
        for title, text in arts:
            c.setFont(fb, 10)
            c.drawString(20 * MM, y, title)
            y -= 5.5 * MM
            y = para(c, y, text, w)
        c.setFont(f, 8)
        c.drawCentredString(w / 2, 12 * MM, "Page 1/2")

    def p2(c, w, h):
        y = h - 25 * MM
        arts = [
            (
                "Article 6 — Congés payés",
                "Le Salarié bénéficiera des congés payés dans les "
                "conditions légales et conventionnelles ; à défaut, une indemnité compensatrice "
                "lui sera versée à la fin du contrat.",
            ),
            (
                "Article 7 — Indemnité de fin de contrat",
                "À l'issue du contrat, le Salarié "
                "percevra une indemnité de fin de contrat égale à 10 % de la rémunération totale "
                "brute, sauf dans les cas prévus par la loi.",
            ),
            (
                "Article 8 — Protection sociale",
                f"Le Salarié sera affilié au régime général de la "
                f"sécurité sociale, à la caisse de retraite complémentaire {d['retraite']} et au "
                f"régime de prévoyance de l'entreprise.",
            ),
        ]
        for title, text in arts:
            c.setFont(fb, 10)
            c.drawString(20 * MM, y, title)
            y -= 5.5 * MM
            y = para(c, y, text, w)
        y -= 8 * MM
        c.setFont(f, 10)
        c.drawString(
            20 * MM,
            y,
            f"Fait en deux exemplaires originaux, à {d['city']}, le {fr_date(d['signed'])}.",
        )
        y -= 14 * MM
        c.drawString(25 * MM, y, "Pour l'Employeur")
        c.drawString(120 * MM, y, "Le Salarié")
        c.setFont(f, 8.5)
        c.drawString(120 * MM, y - 5 * MM, "« Lu et approuvé, bon pour accord »")
        draw_signature(c, 25 * MM, y - 35 * MM, 50 * MM, 18 * MM, rng, ink=(0.05, 0.05, 0.1))
        hand_text(c, 120 * MM, y - 14 * MM, "Lu et approuvé", rng, "Hand2", 12, INK)
        draw_signature(c, 120 * MM, y - 38 * MM, 50 * MM, 18 * MM, rng)
        c.setFont(f, 8)
        c.drawCentredString(w / 2, 12 * MM, "Page 2/2")

    return make_pdf([p1, p2])


def bail(d, rng):
    """Contrat de location — logement vide (loi n° 89-462 du 6 juillet 1989), agency model."""
    f, fb = d.get("fonts", ("Sans", "SansB"))

    def head(c, w, h, n):
        c.setFont(f, 7.5)
        c.setFillColorRGB(0.3, 0.3, 0.3)
        c.drawString(15 * MM, h - 10 * MM, d["header"])
        c.drawRightString(w - 15 * MM, 10 * MM, f"Paraphes : ______     Page {n}/2")
        c.setFillColorRGB(0, 0, 0)

    def line(c, y, lab, val, x=20):
        c.setFont(f, 9)
        c.drawString(x * MM, y, lab)
        c.setFont(fb, 9.5)
        c.drawString((x + 55) * MM, y, val)
        return y - 6 * MM

    def p1(c, w, h):
        head(c, w, h, 1)
        c.setFont(fb, 14)
        c.drawCentredString(w / 2, h - 24 * MM, "CONTRAT DE LOCATION")
        c.setFont(f, 9.5)
        c.drawCentredString(w / 2, h - 30 * MM, "LOCAUX VIDES À USAGE D'HABITATION PRINCIPALE")
        c.setFont(f, 8)
        c.drawCentredString(
            w / 2,
            h - 35 * MM,
            "Soumis au titre Ier bis de la loi n° 89-462 du "
            "6 juillet 1989 — modèle du décret n° 2015-587",
        )
        y = h - 48 * MM
        c.setFont(fb, 10.5)
        c.drawString(15 * MM, y, "I. DÉSIGNATION DES PARTIES")
        y -= 8 * MM
        y = line(c, y, "Le bailleur :", d["landlord"])
        y = line(c, y, "Domicile / siège :", d["landlord_addr"])
        if d.get("agent"):
            y = line(c, y, "Représenté par le mandataire :", d["agent"])
        y -= 2 * MM
        for i, t in enumerate(d["tenants"]):
            y = line(c, y, "Le locataire :" if i == 0 else "", t)
        y -= 4 * MM
        c.setFont(fb, 10.5)
        c.drawString(15 * MM, y, "II. OBJET DU CONTRAT")
        y -= 8 * MM
        y = line(c, y, "Adresse du logement :", d["address"][0])
        y = line(c, y, "", d["address"][1])
        y = line(c, y, "Type d'habitat :", d["habitat"])
        y = line(c, y, "Surface habitable :", d["surface"])
        y = line(c, y, "Nombre de pièces principales :", d["rooms"])
        y -= 4 * MM
        c.setFont(fb, 10.5)
        c.drawString(15 * MM, y, "III. DATE DE PRISE D'EFFET ET DURÉE DU CONTRAT")
        y -= 8 * MM
        y = line(c, y, "Date de prise d'effet :", fr_date(d["start"]))
        y = line(c, y, "Durée du contrat :", "3 ans, renouvelable par tacite reconduction")
        y -= 4 * MM
        c.setFont(fb, 10.5)
        c.drawString(15 * MM, y, "IV. CONDITIONS FINANCIÈRES")
        y -= 8 * MM
        y = line(c, y, "Loyer mensuel hors charges :", money(d["rent"]))
        y = line(c, y, "Provision sur charges :", money(d["charges"]))
        y = line(c, y, "Dépôt de garantie :", money(d["rent"]))
        y = line(c, y, "Terme de paiement :", "mensuel, à échoir, le 5 de chaque mois")

    def p2(c, w, h):
        head(c, w, h, 2)
        y = h - 25 * MM
        c.setFont(fb, 10.5)
        c.drawString(15 * MM, y, "V. ANNEXES ET SIGNATURES")
        y -= 8 * MM
        c.setFont(f, 9)
        for t in [
            "Sont annexés au présent contrat : l'état des lieux d'entrée, le dossier de "
            "diagnostic technique (DPE,",
            "CREP, ERP, diagnostics électricité et gaz), la "
            "notice d'information, l'attestation d'assurance habitation.",
        ]:
            c.drawString(20 * MM, y, t)
            y -= 5 * MM
        y -= 10 * MM
        c.setFont(f, 10)
        c.drawString(
            20 * MM,
            y,
            f"Fait et signé à {d['city']}, le {fr_date(d['signed'])}, en "
            f"autant d'originaux que de parties.",
        )
        y -= 15 * MM
        c.setFont(fb, 9.5)
        c.drawString(20 * MM, y, "Le bailleur (ou son mandataire)")
        c.drawString(115 * MM, y, "Le(s) locataire(s)")
        c.setFont(f, 8)
        c.drawString(20 * MM, y - 5 * MM, "signature précédée de « lu et approuvé »")
        c.drawString(115 * MM, y - 5 * MM, "signature précédée de « lu et approuvé »")
        hand_text(c, 22 * MM, y - 14 * MM, "Lu et approuvé", rng, "Hand3", 13, (0.1, 0.1, 0.1))
        draw_signature(c, 22 * MM, y - 40 * MM, 55 * MM, 20 * MM, rng, ink=(0.1, 0.1, 0.15))
        hand_text(c, 117 * MM, y - 14 * MM, "lu et approuvé", rng, "Hand2", 13, INK)
        draw_signature(c, 117 * MM, y - 40 * MM, 55 * MM, 20 * MM, rng)
        if d.get("agent"):
            from util import draw_stamp

            draw_stamp(
                c,
                60 * MM,
                y - 60 * MM,
                17 * MM,
                [d["agent"].upper()[:30], d["city"]],
                rng,
                color=(0.45, 0.1, 0.5),
                center=["GESTION", "LOCATIVE"],
            )

    return make_pdf([p1, p2])


def attestation(d, rng):
    """Attestation d'hébergement written by hand on plain paper."""
    font = d.get("hand_font", "Hand2")

    def page(c, w, h):
        c.setFillColorRGB(0.99, 0.99, 0.97)
        c.rect(0, 0, w, h, fill=1, stroke=0)
        c.setStrokeColorRGB(0.75, 0.82, 0.92)
        c.setLineWidth(0.3)
        for i in range(35):
            c.line(0, h - (30 + i * 7.5) * MM, w, h - (30 + i * 7.5) * MM)
        c.setStrokeColorRGB(0.9, 0.5, 0.5)
        c.line(25 * MM, 0, 25 * MM, h)
        y = h - 30 * MM + 1.2 * MM
        lines = [
            (90, "ATTESTATION D'HÉBERGEMENT"),
            (0, ""),
            (30, f"Je soussigné {d['host_print']}, né le {fr_date(d['host_dob'])}"),
            (30, f"à {d['host_pob']}, demeurant {d['address'][0]},"),
            (30, f"{d['address'][1]},"),
            (30, "atteste sur l'honneur héberger à mon domicile depuis le"),
            (30, f"{fr_date(d['since'])} {d['hosted_civ']} {d['hosted_print']},"),
            (30, f"née le {fr_date(d['hosted_dob'])} à {d['hosted_pob']}, {d['link']}."),
            (0, ""),
            (30, "Je joins la copie de ma carte d'identité et mes trois"),
            (30, "dernières factures à mon nom."),
            (0, ""),
            (30, "Fait pour servir et valoir ce que de droit."),
            (0, ""),
            (110, f"Fait à {d['city']}, le {fr_date(d['signed_on'])}"),
        ]
        for x, t in lines:
            if t:
                hand_text(c, x * MM, y, t, rng, font, 14, INK)
            y -= 7.5 * MM
        draw_signature(c, 115 * MM, y - 22 * MM, 60 * MM, 22 * MM, rng)
        c.setFont("Sans", 5)

    return make_pdf([page])
