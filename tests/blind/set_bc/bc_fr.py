"""French documents: bills, lease, hosting attestation, payslip, contract, RIB, app screen."""

from __future__ import annotations

import random

from bc_common import MM, fr, fr_words, hand, signature, spaced

BRANDS = {
    "EDF": dict(color=(0.0, 0.22, 0.55), accent=(1.0, 0.45, 0.0), font="SansB"),
    "Orange": dict(color=(1.0, 0.47, 0.0), accent=(0, 0, 0), font="RobB"),
    "TotalEnergies": dict(color=(0.85, 0.1, 0.1), accent=(0.1, 0.3, 0.7), font="LatoB"),
}


def bill(b: dict, seed: int):
    """Monthly bill, one page. b: provider, holder, addr lines, dates, amount..."""
    br = BRANDS[b["provider"]]

    def draw(c, w, h):
        rng = random.Random(seed)
        c.setFillColorRGB(*br["color"])
        if b["provider"] == "Orange":
            c.rect(15 * MM, h - 30 * MM, 16 * MM, 16 * MM, stroke=0, fill=1)
            c.setFillColorRGB(1, 1, 1)
            c.setFont("RobB", 7)
            c.drawString(16.5 * MM, h - 28.5 * MM, "orange")
        else:
            c.setFont(br["font"], 20)
            c.drawString(15 * MM, h - 25 * MM, b["provider"])
        c.setFillColorRGB(0.2, 0.2, 0.2)
        c.setFont("Sans", 7)
        for i, ln in enumerate(b["provider_lines"]):
            c.drawString(15 * MM, h - 36 * MM - i * 3.3 * MM, ln)
        # address window
        c.setFont("Sans", 9.5)
        c.setFillColorRGB(0, 0, 0)
        for i, ln in enumerate([b["holder_print"]] + b["addr"]):
            c.drawString(110 * MM, h - 50 * MM - i * 4.6 * MM, ln)
        c.setFillColorRGB(*br["color"])
        c.setFont("SansB", 14)
        c.drawString(15 * MM, h - 80 * MM, b["title"])
        c.setFont("Sans", 8.5)
        c.setFillColorRGB(0.1, 0.1, 0.1)
        rows = [
            ("Date de facture", fr(b["issue"])),
            ("N° de facture", b["invoice_no"]),
            ("Référence client", b["client_ref"]),
            ("Période facturée", "du %s au %s" % (fr(b["start"]), fr(b["end"]))),
            ("Titulaire du contrat", b["holder_print"]),
            (b["place_label"], " ".join(b["addr"])),
        ]
        y = h - 90 * MM
        for lab, v in rows:
            c.drawString(15 * MM, y, lab)
            c.drawString(60 * MM, y, v)
            y -= 5.5 * MM
        y -= 6 * MM
        c.setFillColorRGB(0.94, 0.94, 0.94)
        c.rect(15 * MM, y - 2 * MM, w - 30 * MM, 7 * MM, stroke=0, fill=1)
        c.setFillColorRGB(0, 0, 0)
        c.setFont("SansB", 8.5)
        c.drawString(17 * MM, y, "Détail")
        c.drawRightString(w - 17 * MM, y, "Montant TTC")
        c.setFont("Sans", 8.5)
        y -= 8 * MM
        for lab, amt in b["lines"]:
            c.drawString(17 * MM, y, lab)
            c.drawRightString(w - 17 * MM, y, amt)
            y -= 5.5 * MM
        c.setStrokeColorRGB(*br["color"])
        c.setLineWidth(1.2)
        c.line(15 * MM, y, w - 15 * MM, y)
        y -= 9 * MM
        c.setFont("SansB", 12)
        c.setFillColorRGB(*br["color"])
        c.drawString(15 * MM, y, "Montant à payer")
        c.drawRightString(w - 17 * MM, y, b["amount"].replace(".", ",") + " €")
        c.setFont("Sans", 8)
        c.setFillColorRGB(0.2, 0.2, 0.2)
        c.drawString(15 * MM, y - 7 * MM, b["payment_line"])
        c.setFont("Sans", 6)
        c.drawString(15 * MM, 15 * MM, b["legal"])
        _ = rng

    return draw


def lease(lz: dict, seed: int):
    """Contrat de location (loi n° 89-462 du 6 juillet 1989), two pages."""

    def p1(c, w, h):
        c.setFont("SerifB", 13)
        c.drawCentredString(w / 2, h - 25 * MM, "CONTRAT DE LOCATION")
        c.setFont("Serif", 9)
        c.drawCentredString(w / 2, h - 31 * MM, lz["kind"])
        c.drawCentredString(
            w / 2, h - 36 * MM, "(Soumis au titre Ier bis de la loi du 6 juillet 1989)"
        )
        y = h - 52 * MM
        body = [
            "#I. DÉSIGNATION DES PARTIES",
            "Le présent contrat est conclu entre les soussignés :",
            "Le bailleur : " + lz["landlord"] + ", demeurant " + lz["landlord_addr"],
            "désigné ci-après « le bailleur » ;",
            "Le(s) locataire(s) : " + ", ".join(lz["tenants_print"]),
            "désigné(s) ci-après « le locataire ».",
            "#II. OBJET DU CONTRAT",
            "Localisation du logement : " + lz["address"],
            "Type d'habitat : immeuble collectif ; régime juridique : copropriété",
            "Surface habitable : %s m² ; nombre de pièces principales : %s" % lz["surface"],
            "#III. DATE DE PRISE D'EFFET ET DURÉE DU CONTRAT",
            "Date de prise d'effet du contrat : " + fr_words(lz["start"]),
            "Durée du contrat : " + lz["duration"],
            "#IV. CONDITIONS FINANCIÈRES",
            "Montant du loyer mensuel : %s € hors charges" % lz["rent"],
            "Provision sur charges : %s € ; paiement mensuel, à terme échu, le 5 du mois"
            % lz["charges"],
            "Dépôt de garantie : %s €" % lz["deposit"],
        ]
        for ln in body:
            if ln.startswith("#"):
                y -= 3 * MM
                c.setFont("SerifB", 10)
                c.drawString(20 * MM, y, ln[1:])
            else:
                c.setFont("Serif", 9)
                c.drawString(22 * MM, y, ln)
            y -= 6 * MM
        c.setFont("Serif", 7)
        c.drawString(20 * MM, 15 * MM, "Page 1/2      Paraphes :")
        hand(c, 58 * MM, 15 * MM, lz["initials"][0], random.Random(seed), "Hand2", 10)
        hand(c, 68 * MM, 15 * MM, lz["initials"][1], random.Random(seed + 1), "Hand2", 10)

    def p2(c, w, h):
        y = h - 30 * MM
        body = [
            "#V. TRAVAUX - VI. GARANTIES - VII. CLAUSE RÉSOLUTOIRE",
            "Le locataire est tenu de s'assurer contre les risques locatifs et d'en justifier",
            "lors de la remise des clés puis chaque année à la demande du bailleur.",
            "#VIII. ANNEXES",
            "Dossier de diagnostic technique, état des lieux, notice d'information,",
            "extrait du règlement de copropriété.",
        ]
        for ln in body:
            if ln.startswith("#"):
                y -= 3 * MM
                c.setFont("SerifB", 10)
                c.drawString(20 * MM, y, ln[1:])
            else:
                c.setFont("Serif", 9)
                c.drawString(22 * MM, y, ln)
            y -= 6 * MM
        y -= 10 * MM
        c.setFont("Serif", 9)
        c.drawString(
            20 * MM,
            y,
            "Fait et signé à %s, le %s, en deux originaux." % (lz["city"], fr(lz["signed"])),
        )
        y -= 14 * MM
        c.drawString(25 * MM, y, "Le bailleur")
        c.drawString(115 * MM, y, "Le(s) locataire(s)")
        c.setFont("SerifI", 7.5)
        c.drawString(25 * MM, y - 4 * MM, "« Lu et approuvé »")
        c.drawString(115 * MM, y - 4 * MM, "« Lu et approuvé »")
        signature(c, 25 * MM, y - 30 * MM, 50 * MM, 18 * MM, seed + 20, (0.1, 0.1, 0.1))
        signature(c, 115 * MM, y - 30 * MM, 50 * MM, 18 * MM, seed + 21)

    return [((595.28, 841.89), p1), ((595.28, 841.89), p2)]


def attestation(a: dict, seed: int):
    """Attestation d'hébergement written by hand on plain paper."""

    def draw(c, w, h):
        rng = random.Random(seed)
        c.setStrokeColorRGB(0.75, 0.82, 0.92)
        c.setLineWidth(0.4)
        for i in range(40):
            c.line(0, h - 30 * MM - i * 8 * MM, w, h - 30 * MM - i * 8 * MM)
        c.setStrokeColorRGB(0.9, 0.5, 0.5)
        c.line(25 * MM, 0, 25 * MM, h)
        lines = a["lines"]
        y = h - 30 * MM + 1.2
        for ln in lines:
            if ln:
                hand(
                    c,
                    30 * MM if not ln.startswith(">") else 75 * MM,
                    y,
                    ln.lstrip(">"),
                    rng,
                    a["font"],
                    14,
                )
            y -= 8 * MM
        signature(c, 110 * MM, y - 10 * MM, 55 * MM, 20 * MM, seed + 31)

    return draw


def payslip(p: dict, seed: int):
    """Bulletin de paie clarifié (model of 2018 onwards), one page."""

    def draw(c, w, h):
        c.setFont("SansB", 12)
        c.drawString(15 * MM, h - 20 * MM, "BULLETIN DE PAIE")
        c.setFont("Sans", 8)
        c.drawString(15 * MM, h - 26 * MM, "Période du %s au %s" % (fr(p["start"]), fr(p["end"])))
        c.drawString(15 * MM, h - 30 * MM, "Paiement le %s par virement" % fr(p["paid"]))
        c.setStrokeColorRGB(0.3, 0.3, 0.3)
        c.rect(15 * MM, h - 62 * MM, 85 * MM, 27 * MM)
        c.setFont("SansB", 8.5)
        c.drawString(17 * MM, h - 40 * MM, p["employer"])
        c.setFont("Sans", 7.5)
        for i, ln in enumerate(
            p["employer_lines"] + ["SIRET : " + p["siret"], "Code NAF : " + p["naf"]]
        ):
            c.drawString(17 * MM, h - 44 * MM - i * 3.5 * MM, ln)
        c.rect(110 * MM, h - 62 * MM, 85 * MM, 27 * MM)
        c.setFont("SansB", 9)
        c.drawString(112 * MM, h - 42 * MM, p["employee_print"])
        c.setFont("Sans", 8)
        for i, ln in enumerate(p["addr"]):
            c.drawString(112 * MM, h - 47 * MM - i * 4 * MM, ln)
        c.setFont("Sans", 7.5)
        info = [
            "Emploi : " + p["job"],
            "Statut : Non cadre     Coefficient : " + p["coef"],
            "Convention collective : " + p["ccn"],
            "Entrée le : " + fr(p["hired"]) + "     Matricule : " + p["matricule"],
            "N° de sécurité sociale : en cours d'immatriculation",
        ]
        for i, ln in enumerate(info):
            c.drawString(15 * MM, h - 70 * MM - i * 4 * MM, ln)
        y = h - 100 * MM
        c.setFillColorRGB(0.9, 0.92, 0.95)
        c.rect(15 * MM, y - 2 * MM, w - 30 * MM, 6 * MM, stroke=0, fill=1)
        c.setFillColorRGB(0, 0, 0)
        c.setFont("SansB", 7.5)
        for x, t in [(17, "Éléments de paie"), (110, "Base"), (135, "Taux"), (165, "Montant")]:
            c.drawString(x * MM, y, t)
        y -= 7 * MM
        c.setFont("Sans", 7.5)
        for row in p["rows"]:
            for x, t in zip((17, 110, 135, 165), row, strict=False):
                if row[0].isupper() and x == 17:
                    c.setFont("SansB", 7.5)
                c.drawString(x * MM, y, t)
                c.setFont("Sans", 7.5)
            y -= 5 * MM
        y -= 4 * MM
        c.setFillColorRGB(0.88, 0.93, 0.88)
        c.rect(110 * MM, y - 4 * MM, 85 * MM, 10 * MM, stroke=0, fill=1)
        c.setFillColorRGB(0, 0, 0)
        c.setFont("SansB", 10)
        c.drawString(112 * MM, y, "NET PAYÉ")
        c.drawRightString(192 * MM, y, p["net"].replace(".", ",") + " €")
        c.setFont("Sans", 7.5)
        c.drawString(15 * MM, y, "Net à payer avant impôt sur le revenu : " + p["net_before"])
        c.drawString(15 * MM, y - 5 * MM, "Impôt sur le revenu prélevé à la source : " + p["pas"])
        c.setFont("Sans", 6)
        c.drawString(
            15 * MM,
            15 * MM,
            "Dans votre intérêt et pour vous aider à faire valoir vos "
            "droits, conservez ce bulletin de paie sans limitation de durée.",
        )

    return draw


def contract(k: dict, seed: int):
    """Contrat de travail à durée indéterminée, two pages, signed."""

    def p1(c, w, h):
        c.setFont("CalaB", 14)
        c.drawCentredString(w / 2, h - 25 * MM, "CONTRAT DE TRAVAIL À DURÉE INDÉTERMINÉE")
        y = h - 42 * MM
        body = [
            "ENTRE LES SOUSSIGNÉS :",
            "La société %s, %s," % (k["employer"], k["form"]),
            "dont le siège social est situé %s," % k["seat"],
            "immatriculée au RCS sous le numéro SIRET %s," % k["siret"],
            "représentée par %s, en sa qualité de %s," % (k["rep"], k["rep_title"]),
            "ci-après dénommée « l'Employeur »,",
            "",
            "ET :",
            "%s, né le %s à %s (%s)," % (k["employee_print"], fr(k["dob"]), k["pob"], k["country"]),
            "de nationalité %s, demeurant %s," % (k["nat_word"], k["addr"]),
            "ci-après dénommé « le Salarié ».",
            "",
            "Article 1 - Engagement",
            "Le Salarié est engagé à compter du %s pour une durée indéterminée,"
            % fr_words(k["start"]),
            "sous réserve des résultats de la visite d'information et de prévention.",
            "Article 2 - Fonctions",
            "Le Salarié exercera les fonctions de %s, %s." % (k["job"], k["level"]),
            "Article 3 - Période d'essai",
            "Le présent contrat ne deviendra définitif qu'à l'issue d'une période d'essai",
            "de deux mois.",
            "Article 4 - Rémunération",
            "Rémunération brute mensuelle de %s euros pour 35 heures hebdomadaires." % k["gross"],
            "Article 5 - Convention collective",
            k["ccn"],
        ]
        for ln in body:
            bold = ln.startswith("Article") or ln.endswith(":")
            c.setFont("CalaB" if bold else "Cala", 10)
            c.drawString(22 * MM, y, ln)
            y -= 6 * MM
        c.setFont("Cala", 8)
        c.drawRightString(w - 20 * MM, 12 * MM, "1/2")

    def p2(c, w, h):
        y = h - 30 * MM
        for ln in [
            "Article 6 - Lieu de travail",
            "Le Salarié exercera ses fonctions au sein de l'établissement de %s." % k["site"],
            "Article 7 - Congés payés et absences",
            "Le Salarié bénéficiera des congés payés prévus par la loi et la convention",
            "collective.",
            "",
            "Fait en deux exemplaires originaux, à %s, le %s." % (k["city"], fr(k["signed"])),
        ]:
            c.setFont("CalaB" if ln.startswith("Article") else "Cala", 10)
            c.drawString(22 * MM, y, ln)
            y -= 6 * MM
        y -= 12 * MM
        c.setFont("Cala", 9)
        c.drawString(25 * MM, y, "Pour l'Employeur")
        c.drawString(115 * MM, y, "Le Salarié")
        c.setFont("Cala", 7.5)
        c.drawString(115 * MM, y - 4 * MM, "(précédé de la mention « lu et approuvé »)")
        hand(c, 115 * MM, y - 12 * MM, "Lu et approuvé", random.Random(seed), "Hand3", 11)
        signature(c, 25 * MM, y - 35 * MM, 50 * MM, 18 * MM, seed + 40, (0.1, 0.1, 0.1))
        signature(c, 115 * MM, y - 35 * MM, 50 * MM, 18 * MM, seed + 41)
        c.setFont("Cala", 8)
        c.drawRightString(w - 20 * MM, 12 * MM, "2/2")

    return [((595.28, 841.89), p1), ((595.28, 841.89), p2)]


def rib(r: dict, seed: int):
    """Relevé d'identité bancaire in the style of a French bank's online RIB."""

    def draw(c, w, h):
        c.setFillColorRGB(*r["color"])
        c.setFont(r["font"], 16)
        c.drawString(15 * MM, h - 22 * MM, r["bank"])
        c.setFillColorRGB(0, 0, 0)
        c.setFont("SansB", 11)
        c.drawString(15 * MM, h - 38 * MM, r["title"])
        c.setStrokeColorRGB(0.5, 0.5, 0.5)
        c.rect(15 * MM, h - 110 * MM, w - 30 * MM, 66 * MM)
        c.setFont("Sans", 8)
        c.drawString(18 * MM, h - 50 * MM, "Titulaire du compte")
        c.setFont("SansB", 9.5)
        for i, ln in enumerate([r["holder_print"]] + r["addr"]):
            c.drawString(18 * MM, h - 55 * MM - i * 4.5 * MM, ln)
        c.setFont("Sans", 8)
        c.drawString(110 * MM, h - 50 * MM, "Domiciliation")
        c.setFont("Sans", 8.5)
        for i, ln in enumerate(r["branch_lines"]):
            c.drawString(110 * MM, h - 55 * MM - i * 4.2 * MM, ln)
        y = h - 80 * MM
        heads = ["Code banque", "Code guichet", "N° de compte", "Clé RIB"]
        vals = [r["bank_code"], r["branch_code"], r["account"], r["key"]]
        xs = [18, 45, 75, 125]
        for x, hd, v in zip(xs, heads, vals, strict=True):
            c.setFont("Sans", 7)
            c.drawString(x * MM, y, hd)
            c.setFont("MonoB", 10)
            c.drawString(x * MM, y - 5 * MM, v)
        y -= 16 * MM
        c.setFont("Sans", 7)
        c.drawString(18 * MM, y, "IBAN (International Bank Account Number)")
        c.drawString(140 * MM, y, "BIC (Bank Identifier Code)")
        c.setFont("MonoB", 10.5)
        c.drawString(18 * MM, y - 5.5 * MM, spaced(r["iban"]))
        c.drawString(140 * MM, y - 5.5 * MM, r["bic"])
        c.setFont("Sans", 6.5)
        c.drawString(15 * MM, h - 118 * MM, r["footer"])

    return draw


def wise_screen(s: dict, seed: int):
    """A Wise app screen (390x844 pt, rendered at 3x) showing EUR account details."""

    def draw(c, w, h):
        c.setFillColorRGB(1, 1, 1)
        c.rect(0, 0, w, h, stroke=0, fill=1)
        c.setFillColorRGB(0, 0, 0)
        c.setFont("RobB", 13)
        c.drawString(24, h - 32, "09:41")
        c.drawRightString(w - 24, h - 32, "5G  82%")
        c.setFont("Rob", 18)
        c.drawString(24, h - 80, "←")
        c.setFont("RobB", 24)
        c.drawString(24, h - 125, "Euro account details")
        c.setFillColorRGB(0.62, 0.91, 0.44)
        c.roundRect(24, h - 175, 150, 32, 16, stroke=0, fill=1)
        c.setFillColorRGB(0.09, 0.2, 0.07)
        c.setFont("RobB", 13)
        c.drawString(38, h - 164, "Local   |   International")
        rows = [
            ("Name", s["holder_print"]),
            ("IBAN", spaced(s["iban"])),
            ("Swift/BIC", s["bic"]),
            ("Bank name and address", "Wise, Rue du Trône 100, 3rd floor"),
            ("", "Brussels, 1050, Belgium"),
        ]
        y = h - 225
        for lab, v in rows:
            c.setFillColorRGB(0.4, 0.4, 0.42)
            c.setFont("Rob", 13)
            if lab:
                c.drawString(24, y, lab)
                y -= 22
            c.setFillColorRGB(0.05, 0.05, 0.05)
            c.setFont("RobB", 16)
            c.drawString(24, y, v)
            y -= 44
        c.setFillColorRGB(0.4, 0.4, 0.42)
        c.setFont("Rob", 12)
        c.drawString(24, y, "Use these details to receive euros from inside the SEPA zone.")
        c.setFillColorRGB(0.62, 0.91, 0.44)
        c.roundRect(24, 60, w - 48, 52, 26, stroke=0, fill=1)
        c.setFillColorRGB(0.09, 0.2, 0.07)
        c.setFont("RobB", 16)
        c.drawCentredString(w / 2, 80, "Share details")

    return draw
