"""French paperwork: bills, lease, RIBs, payslip, contract, attestation d'hébergement."""

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm

from civil import MOIS, _wrap, fr_words
from common import INK_BLUE, hand, signature, spaced


def eur(x):
    s = f"{x:,.2f}".replace(",", " ").replace(".", ",")
    return s + " €"


def _addr_block(c, x, y, lines, font="Lib", size=10):
    c.setFont(font, size)
    for s in lines:
        c.drawString(x, y, s)
        y -= size * 1.3
    return y


def bill(b, rng):
    """A monthly bill: b has provider, theme colour, holder, address lines, dates, lines."""
    col = b["color"]

    def draw(c, w, h):
        c.setFillColorRGB(*col)
        if b["style"] == "band":
            c.rect(0, h - 28 * mm, w, 28 * mm, stroke=0, fill=1)
            c.setFillColorRGB(1, 1, 1)
        c.setFont("LatoB", 22)
        c.drawString(15 * mm, h - 18 * mm, b["provider"])
        c.setFont("Lato", 8)
        c.drawString(15 * mm, h - 23 * mm, b["tagline"])
        c.setFillColorRGB(0.1, 0.1, 0.1)
        c.setFont("LatoB", 13)
        c.drawRightString(w - 15 * mm, h - 40 * mm, b["title"])
        c.setFont("Lato", 9)
        c.drawRightString(w - 15 * mm, h - 46 * mm, f"N° de facture : {b['number']}")
        c.drawRightString(w - 15 * mm, h - 51 * mm, f"Date de facture : {b['issue']:%d/%m/%Y}")
        c.drawRightString(w - 15 * mm, h - 56 * mm, f"{b['ref_label']} : {b['ref']}")
        c.setFont("LatoB", 10.5)
        c.drawString(110 * mm, h - 72 * mm, b["holder"])
        _addr_block(c, 110 * mm, h - 77 * mm, b["address"], "Lato", 10)
        c.setFont("Lato", 9)
        c.drawString(15 * mm, h - 72 * mm, "Titulaire du contrat")
        c.setFont("LatoB", 9.5)
        c.drawString(15 * mm, h - 77 * mm, b["holder"])
        c.setFont("Lato", 9)
        c.drawString(15 * mm, h - 83 * mm, b["site_label"])
        _addr_block(c, 15 * mm, h - 88 * mm, b["address"], "Lato", 9)
        y = h - 112 * mm
        c.setFillColorRGB(*col)
        c.rect(15 * mm, y, w - 30 * mm, 9 * mm, stroke=0, fill=1)
        c.setFillColorRGB(1, 1, 1)
        c.setFont("LatoB", 10)
        ps, pe = b["start"], b["end"]
        c.drawString(18 * mm, y + 3 * mm, f"Période du {ps:%d/%m/%Y} au {pe:%d/%m/%Y}")
        c.drawRightString(w - 18 * mm, y + 3 * mm, "Montant TTC")
        c.setFillColorRGB(0.1, 0.1, 0.1)
        y -= 8 * mm
        for lab, amt in b["lines"]:
            c.setFont("Lato", 9.5)
            c.drawString(18 * mm, y, lab)
            c.drawRightString(w - 18 * mm, y, eur(amt))
            c.setStrokeColorRGB(0.85, 0.85, 0.85)
            c.line(15 * mm, y - 2.5 * mm, w - 15 * mm, y - 2.5 * mm)
            y -= 8 * mm
        c.setFont("LatoB", 12)
        c.drawString(18 * mm, y - 4 * mm, "Total à payer")
        c.drawRightString(w - 18 * mm, y - 4 * mm, eur(b["amount"]))
        c.setFont("Lato", 8.5)
        c.drawString(18 * mm, y - 12 * mm, b["payment"])
        c.setFont("Lato", 7)
        yy = 30 * mm
        for s in b["legal"]:
            c.drawString(15 * mm, yy, s)
            yy -= 9
        c.setFont("Lato", 7)
        c.drawRightString(w - 15 * mm, 12 * mm, "Page 1/1")

    return A4, draw


def lease(L, rng):
    """Bail d'habitation (loi n° 89-462 du 6 juillet 1989), typed with signatures. 2 pages."""

    def p1(c, w, h):
        c.setFont("SerifB", 13)
        c.drawCentredString(w / 2, h - 22 * mm, "CONTRAT DE LOCATION")
        c.setFont("Serif", 9)
        c.drawCentredString(w / 2, h - 28 * mm, "Logement vide - résidence principale")
        c.drawCentredString(
            w / 2, h - 33 * mm, "(Soumis au titre Ier bis de la loi n° 89-462 du 6 juillet 1989)"
        )
        y = h - 46 * mm
        c.setFont("SerifB", 10)
        c.drawString(20 * mm, y, "I. DÉSIGNATION DES PARTIES")
        c.setFont("Serif", 9.5)
        y = _wrap(
            c,
            20 * mm,
            y - 7 * mm,
            f"Le présent contrat est conclu entre les soussignés : {L['landlord']}, "
            f"demeurant {L['landlord_addr']}, désigné(e) ci-après « le bailleur » ;",
            "Serif",
            9.5,
            w - 40 * mm,
        )
        y = _wrap(
            c,
            20 * mm,
            y - 2 * mm,
            f"et {L['tenant_text']}, désigné(e) ci-après « le locataire ».",
            "Serif",
            9.5,
            w - 40 * mm,
        )
        c.setFont("SerifB", 10)
        c.drawString(20 * mm, y - 6 * mm, "II. OBJET DU CONTRAT")
        c.setFont("Serif", 9.5)
        y = _wrap(
            c,
            20 * mm,
            y - 13 * mm,
            f"Localisation du logement : {L['address']}. {L['desc']}",
            "Serif",
            9.5,
            w - 40 * mm,
        )
        c.setFont("SerifB", 10)
        c.drawString(20 * mm, y - 6 * mm, "III. DATE DE PRISE D'EFFET ET DURÉE DU CONTRAT")
        c.setFont("Serif", 9.5)
        y = _wrap(
            c,
            20 * mm,
            y - 13 * mm,
            f"Date de prise d'effet du contrat : {L['start']:%d/%m/%Y}. Durée du contrat : "
            "trois ans, renouvelable par tacite reconduction.",
            "Serif",
            9.5,
            w - 40 * mm,
        )
        c.setFont("SerifB", 10)
        c.drawString(20 * mm, y - 6 * mm, "IV. CONDITIONS FINANCIÈRES")
        c.setFont("Serif", 9.5)
        y = _wrap(
            c,
            20 * mm,
            y - 13 * mm,
            f"Montant du loyer mensuel : {eur(L['rent'])} hors charges. Provision sur "
            f"charges : {eur(L['charges'])} par mois. Le loyer est payable mensuellement "
            "et d'avance, le 5 de chaque mois. Dépôt de garantie : "
            f"{eur(L['rent'])}.",
            "Serif",
            9.5,
            w - 40 * mm,
        )
        c.setFont("Serif", 7.5)
        c.drawCentredString(w / 2, 12 * mm, "Page 1 / 2 - Paraphes :")
        hand(c, w / 2 + 16 * mm, 12 * mm, L["initials"][0], rng, "H_breip", 10)
        hand(c, w / 2 + 26 * mm, 12 * mm, L["initials"][1], rng, "H_dkg", 10)

    def p2(c, w, h):
        c.setFont("SerifB", 10)
        c.drawString(20 * mm, h - 25 * mm, "V. CLAUSES PARTICULIÈRES")
        c.setFont("Serif", 9.5)
        y = _wrap(
            c,
            20 * mm,
            h - 32 * mm,
            "Le locataire s'engage à souscrire une assurance habitation et à en justifier "
            "lors de la remise des clés puis chaque année. Un état des lieux est établi "
            "contradictoirement lors de la remise des clés. Sont annexés au présent "
            "contrat : le dossier de diagnostic technique, la notice d'information, "
            "l'état des lieux d'entrée.",
            "Serif",
            9.5,
            w - 40 * mm,
        )
        c.drawString(
            20 * mm,
            y - 8 * mm,
            f"Fait à {L['city']}, le {L['signed']:%d/%m/%Y}, en deux originaux.",
        )
        c.drawString(25 * mm, y - 22 * mm, "Le bailleur")
        c.drawString(120 * mm, y - 22 * mm, "Le locataire")
        c.setFont("SerifI", 8)
        c.drawString(25 * mm, y - 27 * mm, "« Lu et approuvé »")
        c.drawString(120 * mm, y - 27 * mm, "« Lu et approuvé »")
        hand(c, 25 * mm, y - 34 * mm, "Lu et approuvé", rng, "H_breip", 11)
        hand(c, 120 * mm, y - 34 * mm, "Lu et approuvé", rng, "H_dkg", 11)
        signature(c, 25 * mm, y - 55 * mm, 45 * mm, 16 * mm, rng)
        signature(c, 120 * mm, y - 55 * mm, 45 * mm, 16 * mm, rng, (0.1, 0.1, 0.15))
        c.setFont("Serif", 7.5)
        c.drawCentredString(w / 2, 12 * mm, "Page 2 / 2")

    return A4, [p1, p2]


def rib_doc(r, rng):
    """Bank RIB page as downloaded from online banking (text PDF)."""

    def draw(c, w, h):
        col = r["color"]
        c.setFillColorRGB(*col)
        c.setFont(r["font_b"], 18)
        c.drawString(18 * mm, h - 22 * mm, r["bank"])
        c.setFillColorRGB(0.1, 0.1, 0.1)
        c.setFont(r["font_b"], 13)
        c.drawString(18 * mm, h - 40 * mm, "RELEVÉ D'IDENTITÉ BANCAIRE")
        c.setFont(r["font"], 8.5)
        c.drawString(
            18 * mm,
            h - 46 * mm,
            "Ce relevé est destiné à être remis, sur leur demande, à vos créanciers ou",
        )
        c.drawString(
            18 * mm,
            h - 50 * mm,
            "débiteurs appelés à faire inscrire des opérations à votre compte.",
        )
        y = h - 62 * mm
        c.setFont(r["font"], 9)
        c.drawString(18 * mm, y, "Titulaire du compte")
        c.setFont(r["font_b"], 10.5)
        c.drawString(18 * mm, y - 6 * mm, r["holder"])
        c.setFont(r["font"], 9.5)
        _addr_block(c, 18 * mm, y - 11 * mm, r["holder_addr"], r["font"], 9.5)
        c.setFont(r["font"], 9)
        c.drawString(110 * mm, y, "Domiciliation")
        c.setFont(r["font_b"], 9.5)
        c.drawString(110 * mm, y - 6 * mm, r["agency"])
        _addr_block(c, 110 * mm, y - 11 * mm, r["agency_addr"], r["font"], 9)
        y -= 38 * mm
        heads = ["Code banque", "Code guichet", "N° de compte", "Clé RIB"]
        vals = [r["bank_code"], r["branch"], r["account"], r["key"]]
        xs = [18, 50, 82, 140]
        c.setStrokeColorRGB(0.6, 0.6, 0.6)
        c.rect(16 * mm, y - 10 * mm, w - 32 * mm, 17 * mm)
        for x, hd, v in zip(xs, heads, vals, strict=True):
            c.setFont(r["font"], 8)
            c.drawString(x * mm, y + 2 * mm, hd)
            c.setFont("Mono", 11)
            c.drawString(x * mm, y - 6 * mm, v)
        y -= 22 * mm
        c.setFont(r["font"], 8.5)
        c.drawString(18 * mm, y, "IBAN (International Bank Account Number)")
        c.setFont("Mono", 12)
        c.drawString(18 * mm, y - 7 * mm, spaced(r["iban"]))
        c.setFont(r["font"], 8.5)
        c.drawString(140 * mm, y, "BIC (Bank Identifier Code)")
        c.setFont("Mono", 12)
        c.drawString(140 * mm, y - 7 * mm, r["bic"])
        c.setStrokeColorRGB(*col)
        c.setDash(3, 3)
        c.line(10 * mm, y - 18 * mm, w - 10 * mm, y - 18 * mm)
        c.setDash()
        c.setFont(r["font"], 7)
        c.setFillColorRGB(0.35, 0.35, 0.35)
        c.drawString(18 * mm, 20 * mm, r["legal"])
        c.drawString(18 * mm, 16 * mm, f"Document édité le {r['edited']:%d/%m/%Y}")

    return A4, draw


def n26_screen(r, rng):
    """Neobank app screenshot (N26-like), 390x844 pt rendered at 3x."""

    def draw(c, w, h):
        c.setFillColorRGB(0.98, 0.98, 0.98)
        c.rect(0, 0, w, h, stroke=0, fill=1)
        c.setFillColorRGB(0.05, 0.05, 0.05)
        c.setFont("OpenSB", 15)
        c.drawString(22, h - 32, r["clock"])
        c.drawRightString(w - 22, h - 32, "5G  82%")
        c.setFont("OpenB", 19)
        c.drawString(22, h - 100, "Bank details")
        c.setFont("Open", 12)
        c.setFillColorRGB(0.4, 0.4, 0.4)
        c.drawString(22, h - 122, "Share these details to receive money")
        y = h - 170
        for lab, val in [
            ("Account holder", r["holder"]),
            ("IBAN", spaced(r["iban"])),
            ("BIC", r["bic"]),
            ("Bank", r["bank_full"]),
            ("Address", r["bank_addr"]),
        ]:
            c.setFillColorRGB(1, 1, 1)
            c.roundRect(16, y - 42, w - 32, 58, 10, stroke=0, fill=1)
            c.setFillColorRGB(0.45, 0.45, 0.45)
            c.setFont("Open", 11)
            c.drawString(30, y, lab)
            c.setFillColorRGB(0.05, 0.05, 0.05)
            c.setFont("OpenSB", 14 if lab != "Address" else 11)
            c.drawString(30, y - 24, val)
            c.setFillColorRGB(0.2, 0.65, 0.6)
            c.setFont("OpenSB", 11)
            c.drawRightString(w - 30, y - 12, "Copy")
            y -= 72
        c.setFillColorRGB(0.2, 0.65, 0.6)
        c.roundRect(22, 90, w - 44, 50, 25, stroke=0, fill=1)
        c.setFillColorRGB(1, 1, 1)
        c.setFont("OpenB", 14)
        c.drawCentredString(w / 2, 110, "Share bank details (PDF)")
        c.setFillColorRGB(0.1, 0.1, 0.1)
        c.roundRect(w / 2 - 68, 10, 136, 5, 2.5, stroke=0, fill=1)

    return (390, 844), draw


def payslip(s, rng):
    """Bulletin de paie clarifié (model of the décret du 25 février 2016)."""

    def draw(c, w, h):
        c.setFont("RobCB", 12)
        c.drawString(15 * mm, h - 18 * mm, "BULLETIN DE PAIE")
        c.setFont("RobC", 8.5)
        c.drawString(
            15 * mm, h - 23 * mm, f"Période du {s['start']:%d/%m/%Y} au {s['end']:%d/%m/%Y}"
        )
        c.drawString(15 * mm, h - 27 * mm, f"Paiement le {s['paid']:%d/%m/%Y} par virement")
        c.rect(15 * mm, h - 58 * mm, 85 * mm, 27 * mm)
        c.setFont("RobCB", 9.5)
        c.drawString(17 * mm, h - 36 * mm, s["employer"])
        c.setFont("RobC", 8)
        _addr_block(c, 17 * mm, h - 41 * mm, s["employer_addr"], "RobC", 8)
        c.drawString(17 * mm, h - 53 * mm, f"SIRET : {s['siret']}   APE : {s['ape']}")
        c.drawString(17 * mm, h - 56.5 * mm, f"Convention collective : {s['idcc']}")
        c.rect(110 * mm, h - 58 * mm, 85 * mm, 27 * mm)
        c.setFont("RobCB", 9.5)
        c.drawString(112 * mm, h - 36 * mm, s["employee"])
        _addr_block(c, 112 * mm, h - 41 * mm, s["employee_addr"], "RobC", 8)
        c.setFont("RobC", 8)
        c.drawString(112 * mm, h - 51 * mm, f"Emploi : {s['job']}   Statut : {s['status']}")
        c.drawString(
            112 * mm,
            h - 54.5 * mm,
            f"Entrée le : {s['hired']:%d/%m/%Y}   Matricule : {s['matricule']}",
        )
        c.drawString(112 * mm, h - 58 * mm + 0.5 * mm, "N° SS : en cours d'attribution")
        y = h - 68 * mm
        c.setFillColorRGB(0.88, 0.9, 0.94)
        c.rect(15 * mm, y - 1.5 * mm, w - 30 * mm, 6 * mm, stroke=0, fill=1)
        c.setFillColorRGB(0, 0, 0)
        c.setFont("RobCB", 8)
        for x, t in [
            (17, "Éléments de paie"),
            (95, "Base"),
            (120, "Taux"),
            (140, "À déduire"),
            (170, "À payer"),
        ]:
            c.drawString(x * mm, y, t)
        y -= 7 * mm
        c.setFont("RobC", 8)
        for row in s["rows"]:
            lab, base, rate, ded, pay = row
            bold = lab.isupper()
            c.setFont("RobCB" if bold else "RobC", 8)
            c.drawString(17 * mm, y, lab)
            if base:
                c.drawRightString(112 * mm, y, base)
            if rate:
                c.drawRightString(132 * mm, y, rate)
            if ded:
                c.drawRightString(160 * mm, y, eur(ded))
            if pay:
                c.drawRightString(190 * mm, y, eur(pay))
            y -= 5.2 * mm
        y -= 4 * mm
        c.setFillColorRGB(0.88, 0.9, 0.94)
        c.rect(15 * mm, y - 3 * mm, w - 30 * mm, 9 * mm, stroke=0, fill=1)
        c.setFillColorRGB(0, 0, 0)
        c.setFont("RobCB", 10)
        c.drawString(17 * mm, y, "NET À PAYER AVANT IMPÔT SUR LE REVENU")
        c.drawRightString(190 * mm, y, eur(s["net_before"]))
        y -= 12 * mm
        c.setFont("RobC", 8.5)
        c.drawString(17 * mm, y, f"Impôt sur le revenu prélevé à la source - taux {s['pas_rate']}")
        c.drawRightString(190 * mm, y, eur(s["pas"]))
        y -= 10 * mm
        c.setFillColorRGB(0.2, 0.3, 0.55)
        c.rect(15 * mm, y - 3.5 * mm, w - 30 * mm, 10 * mm, stroke=0, fill=1)
        c.setFillColorRGB(1, 1, 1)
        c.setFont("RobCB", 11)
        c.drawString(17 * mm, y, "NET PAYÉ")
        c.drawRightString(190 * mm, y, eur(s["net"]))
        c.setFillColorRGB(0, 0, 0)
        c.setFont("RobC", 7)
        c.drawString(
            15 * mm,
            18 * mm,
            "Dans votre intérêt et pour vous aider à faire valoir vos "
            "droits, conservez ce bulletin de paie sans limitation de durée.",
        )
        c.drawString(
            15 * mm,
            14 * mm,
            "Rubrique dédiée au bulletin de paie sur le portail www.service-public.fr",
        )

    return A4, draw


def contract(k, rng):
    """Contrat de travail à durée indéterminée, 2 pages."""

    def p1(c, w, h):
        c.setFont("CaladeaB", 14)
        c.drawCentredString(w / 2, h - 25 * mm, "CONTRAT DE TRAVAIL À DURÉE INDÉTERMINÉE")
        c.setFont("Caladea", 10)
        y = h - 40 * mm
        c.drawString(20 * mm, y, "ENTRE LES SOUSSIGNÉS :")
        y = _wrap(
            c,
            20 * mm,
            y - 8 * mm,
            f"La société {k['employer']}, {k['form']}, dont le siège social est situé "
            f"{k['employer_addr']}, immatriculée sous le numéro SIRET {k['siret']}, "
            f"représentée par {k['rep']}, en qualité de {k['rep_title']},",
            "Caladea",
            10,
            w - 40 * mm,
        )
        c.drawString(20 * mm, y - 2 * mm, "ci-après dénommée « l'Employeur », d'une part,")
        y = _wrap(
            c,
            20 * mm,
            y - 12 * mm,
            f"ET {k['employee_text']}, né le {fr_words(k['dob'])} à {k['pob']}, de "
            f"nationalité {k['nationality']}, demeurant {k['address']},",
            "Caladea",
            10,
            w - 40 * mm,
        )
        c.drawString(20 * mm, y - 2 * mm, "ci-après dénommé « le Salarié », d'autre part,")
        c.drawString(20 * mm, y - 12 * mm, "IL A ÉTÉ CONVENU CE QUI SUIT :")
        y -= 20 * mm
        arts = [
            (
                "Article 1 - Engagement",
                f"Le Salarié est engagé à compter du {k['start']:%d/%m/%Y} pour une durée "
                "indéterminée, sous réserve des résultats de la visite d'information et de "
                "prévention.",
            ),
            (
                "Article 2 - Fonctions",
                f"Le Salarié exercera les fonctions de {k['job']}, statut {k['status']}, "
                f"coefficient {k['coef']} de la convention collective {k['idcc']}.",
            ),
            (
                "Article 3 - Période d'essai",
                "Le présent contrat ne deviendra définitif qu'à l'issue d'une période d'essai de "
                "deux mois de travail effectif.",
            ),
            (
                "Article 4 - Rémunération",
                f"Le Salarié percevra une rémunération mensuelle brute de {eur(k['gross'])} pour "
                "une durée de travail de 35 heures par semaine.",
            ),
        ]
        for t, body in arts:
            c.setFont("CaladeaB", 10.5)
            c.drawString(20 * mm, y, t)
            c.setFont("Caladea", 10)
            y = _wrap(c, 20 * mm, y - 6 * mm, body, "Caladea", 10, w - 40 * mm) - 4 * mm
        c.setFont("Caladea", 8)
        c.drawCentredString(w / 2, 12 * mm, "1/2")

    def p2(c, w, h):
        y = h - 25 * mm
        arts = [
            (
                "Article 5 - Lieu de travail",
                f"Le Salarié exercera ses fonctions à {k['workplace']}.",
            ),
            (
                "Article 6 - Congés payés",
                "Le Salarié bénéficiera des congés payés prévus par les dispositions légales et "
                "conventionnelles en vigueur.",
            ),
            (
                "Article 7 - Protection sociale",
                "Le Salarié sera affilié dès son embauche aux régimes de retraite complémentaire "
                "et de prévoyance en vigueur dans l'entreprise.",
            ),
        ]
        for t, body in arts:
            c.setFont("CaladeaB", 10.5)
            c.drawString(20 * mm, y, t)
            c.setFont("Caladea", 10)
            y = _wrap(c, 20 * mm, y - 6 * mm, body, "Caladea", 10, w - 40 * mm) - 4 * mm
        c.drawString(
            20 * mm,
            y - 6 * mm,
            f"Fait en deux exemplaires à {k['city']}, le {k['signed']:%d/%m/%Y}.",
        )
        c.drawString(25 * mm, y - 20 * mm, "Pour l'Employeur")
        c.drawString(120 * mm, y - 20 * mm, "Le Salarié")
        c.setFont("Caladea", 8)
        c.drawString(120 * mm, y - 25 * mm, "(précédé de la mention « lu et approuvé »)")
        signature(c, 25 * mm, y - 48 * mm, 45 * mm, 16 * mm, rng, (0.1, 0.1, 0.15))
        hand(c, 120 * mm, y - 33 * mm, "lu et approuvé", rng, "H_femke", 12)
        signature(c, 120 * mm, y - 52 * mm, 45 * mm, 15 * mm, rng)
        c.setFont("Caladea", 8)
        c.drawCentredString(w / 2, 12 * mm, "2/2")

    return A4, [p1, p2]


def attestation(a, rng):
    """Handwritten attestation d'hébergement on plain paper (seyès-like lines)."""
    font = a.get("font", "H_dkg")

    def draw(c, w, h):
        c.setFillColorRGB(0.99, 0.99, 0.97)
        c.rect(0, 0, w, h, stroke=0, fill=1)
        c.setStrokeColorRGB(0.75, 0.8, 0.92)
        c.setLineWidth(0.4)
        for i in range(0, 90):
            y = h - 20 * mm - i * 8 * mm / 3
            c.line(0, y, w, y)
        c.setStrokeColorRGB(0.9, 0.5, 0.55)
        c.line(25 * mm, 0, 25 * mm, h)
        y = h - 20 * mm - 8 * mm / 3 * 3
        step = 8 * mm

        def ln(text, x=28 * mm, size=20):
            nonlocal y
            hand(c, x, y + 1, text, rng, font, size)
            y -= step

        hand(c, 28 * mm, y + 1, a["host_line"], rng, font, 20)
        y -= step
        for s in a["host_addr"]:
            ln(s)
        y -= step
        ln("Attestation d'hébergement", 60 * mm, 24)
        y -= step / 2
        for s in a["body"]:
            ln(s)
        y -= step / 2
        ln(a["place_date"], 80 * mm)
        signature(c, 105 * mm, y - 20 * mm, 55 * mm, 22 * mm, rng)
        y -= 34 * mm
        c.setFillColorRGB(0, 0, 0)
        hand(
            c,
            28 * mm,
            y,
            "PJ : copie de ma carte d'identité, mes 3 dernières factures",
            rng,
            font,
            12,
        )

    return A4, draw


def month_fr(d):
    return f"{MOIS[d.month - 1]} {d.year}"


__all__ = ["INK_BLUE", "attestation", "bill", "contract", "lease", "month_fr", "n26_screen"]
