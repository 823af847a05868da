"""French paper documents drawn with reportlab: RIBs, bills, lease, payslip, contract."""

from __future__ import annotations

import random

from au_common import fr_date, fr_words, iban_groups, pdf_hand, signature_image
from reportlab.lib.pagesizes import A4

W, H = A4


def _rgb(c, col):
    c.setFillColorRGB(*[v / 255 for v in col])


def _kv(c, x, y, k, v, font="Lib", bold="Lib-B", size=9, gap=110):
    c.setFont(font, size)
    c.drawString(x, y, k)
    c.setFont(bold, size)
    c.drawString(x + gap, y, v)


# ---------------------------------------------------------------- RIB
def rib(c, r: dict) -> None:
    """Relevé d'identité bancaire: bank header, holder, RIB table, IBAN/BIC box."""
    _rgb(c, r["color"])
    c.rect(0, H - 70, W, 70, stroke=0, fill=1)
    c.setFillColorRGB(1, 1, 1)
    c.setFont("Rob-B", 20)
    c.drawString(40, H - 45, r["bank"])
    c.setFont("Rob", 9)
    c.drawRightString(W - 40, H - 45, r.get("tagline", ""))
    c.setFillColorRGB(0, 0, 0)
    c.setFont("Rob-B", 13)
    c.drawString(40, H - 110, "RELEVÉ D'IDENTITÉ BANCAIRE")
    c.setFont("Rob", 8.5)
    c.drawString(
        40, H - 124, "Ce relevé est destiné à être remis, sur leur demande, à vos créanciers ou"
    )
    c.drawString(40, H - 135, "débiteurs appelés à faire inscrire des opérations à votre compte.")
    c.setFont("Rob", 9)
    c.drawString(40, H - 165, "Titulaire du compte")
    c.setFont("Rob-B", 10.5)
    y = H - 180
    for line in r["holder_lines"]:
        c.drawString(40, y, line)
        c.setFont("Rob", 10)
        y -= 13
    c.setFont("Rob", 9)
    c.drawString(330, H - 165, "Domiciliation")
    c.setFont("Rob", 9.5)
    y = H - 180
    for line in r["agency_lines"]:
        c.drawString(330, y, line)
        y -= 12
    y = H - 250
    cols = [
        ("Code banque", r["bank_code"]),
        ("Code guichet", r["branch"]),
        ("N° de compte", r["account"]),
        ("Clé RIB", r["key"]),
    ]
    x = 40
    widths = [90, 90, 150, 60]
    c.setLineWidth(0.6)
    for (k, v), wd in zip(cols, widths, strict=True):
        c.rect(x, y - 22, wd, 36)
        c.setFont("Rob", 8)
        c.drawString(x + 5, y + 4, k)
        c.setFont("Mono", 11)
        c.drawString(x + 5, y - 14, v)
        x += wd
    y -= 60
    c.rect(40, y - 40, W - 80, 52)
    c.setFont("Rob", 8)
    c.drawString(48, y, "IBAN (International Bank Account Number)")
    c.drawString(400, y, "BIC (Bank Identifier Code)")
    c.setFont("Mono", 12)
    c.drawString(48, y - 25, iban_groups(r["iban"]))
    c.drawString(400, y - 25, r["bic"])
    c.setFont("Rob", 7)
    c.drawString(40, 60, r.get("footer", ""))


# ---------------------------------------------------------------- internet bill
def free_bill(c, b: dict) -> None:
    """Monthly Freebox bill (Free): red logo, summary box, detail of the subscription."""
    c.setFillColorRGB(0.8, 0.0, 0.0)
    c.setFont("Lato-B", 34)
    c.drawString(40, H - 70, "free")
    c.setFillColorRGB(0, 0, 0)
    c.setFont("Lato", 8)
    c.drawString(40, H - 84, "Free - SAS au capital de 3 441 812 € - RCS Paris B 421 938 861")
    c.drawString(40, H - 94, "8 rue de la Ville l'Évêque 75008 Paris")
    c.setFont("Lato-B", 10)
    y = H - 150
    for i, line in enumerate(b["holder_lines"]):
        c.setFont("Lato-B" if i == 0 else "Lato", 10)
        c.drawString(330, y, line)
        y -= 13
    c.setFont("Lato-B", 15)
    c.drawString(40, H - 150, "Facture Freebox")
    c.setFont("Lato", 9)
    _kv(c, 40, H - 172, "Date de facture :", fr_date(b["issue"]), "Lato", "Lato-B", 9, 100)
    _kv(c, 40, H - 185, "N° de facture :", b["number"], "Lato", "Lato-B", 9, 100)
    _kv(c, 40, H - 198, "Identifiant :", b["login"], "Lato", "Lato-B", 9, 100)
    _kv(c, 40, H - 211, "Réf. abonné :", b["ref"], "Lato", "Lato-B", 9, 100)
    c.setFillColorRGB(0.95, 0.95, 0.95)
    c.rect(40, H - 300, W - 80, 60, stroke=0, fill=1)
    c.setFillColorRGB(0, 0, 0)
    c.setFont("Lato-B", 11)
    c.drawString(52, H - 262, "Montant total de votre facture")
    c.setFont("Lato-B", 18)
    c.drawRightString(W - 52, H - 268, b["amount"] + " €")
    c.setFont("Lato", 8.5)
    c.drawString(52, H - 285, f"Prélevé à partir du {fr_date(b['debit'])} sur votre compte")
    y = H - 340
    c.setFont("Lato-B", 10)
    c.drawString(40, y, "Détail de votre facture")
    c.line(40, y - 4, W - 40, y - 4)
    y -= 22
    c.setFont("Lato", 9)
    rows = [
        (f"Abonnement Freebox Pop du {fr_date(b['start'])} au {fr_date(b['end'])}", b["amount"]),
        ("Appels vers fixes France métropolitaine", "0,00"),
        ("Appels vers mobiles", "0,00"),
    ]
    for k, v in rows:
        c.drawString(48, y, k)
        c.drawRightString(W - 48, y, v + " €")
        y -= 15
    y -= 10
    c.drawString(48, y, "Dont TVA 20 %")
    c.drawRightString(W - 48, y, b["vat"] + " €")
    y -= 30
    c.setFont("Lato", 8.5)
    c.drawString(40, y, "Adresse d'installation : " + b["install"])
    c.setFont("Lato", 7)
    c.drawString(
        40, 50, "Service client : 3244 (service gratuit + prix appel) - free.fr/assistance"
    )


def sfr_bill(c, b: dict) -> None:
    """SFR Box monthly bill."""
    c.setFillColorRGB(0.89, 0.0, 0.1)
    c.rect(40, H - 80, 60, 40, stroke=0, fill=1)
    c.setFillColorRGB(1, 1, 1)
    c.setFont("Open-B", 18)
    c.drawCentredString(70, H - 67, "SFR")
    c.setFillColorRGB(0, 0, 0)
    c.setFont("Open-B", 14)
    c.drawString(120, H - 58, "Votre facture SFR Box")
    c.setFont("Open", 9)
    c.drawString(120, H - 73, f"du {fr_words(b['issue'])}")
    y = H - 125
    for i, line in enumerate(b["holder_lines"]):
        c.setFont("Open-B" if i == 0 else "Open", 10)
        c.drawString(330, y, line)
        y -= 13
    _kv(c, 40, H - 125, "N° client", b["client"], "Open", "Open-B", 8.5, 80)
    _kv(c, 40, H - 138, "N° de facture", b["number"], "Open", "Open-B", 8.5, 80)
    _kv(c, 40, H - 151, "Ligne fixe", b["line"], "Open", "Open-B", 8.5, 80)
    c.setStrokeColorRGB(0.89, 0.0, 0.1)
    c.setLineWidth(1.5)
    c.rect(40, H - 260, W - 80, 70)
    c.setFont("Open-B", 11)
    c.drawString(52, H - 215, "Total à payer")
    c.setFont("Open-B", 20)
    c.drawRightString(W - 52, H - 222, b["amount"] + " €")
    c.setFont("Open", 8.5)
    c.drawString(52, H - 245, f"Prélèvement le {fr_date(b['debit'])}")
    y = H - 300
    c.setFont("Open-B", 10)
    c.drawString(40, y, "Vos abonnements et options")
    y -= 18
    c.setFont("Open", 9)
    c.drawString(
        48, y, f"SFR Fibre Power - période du {fr_date(b['start'])} au {fr_date(b['end'])}"
    )
    c.drawRightString(W - 48, y, b["amount"] + " €")
    y -= 15
    c.drawString(48, y, "Décodeur TV - inclus")
    c.drawRightString(W - 48, y, "0,00 €")
    y -= 30
    c.setFont("Open", 8)
    c.drawString(40, y, "Adresse de l'installation : " + b["install"])
    c.setFont("Open", 6.5)
    c.drawString(
        40,
        46,
        "SFR - SA au capital de 3 423 265 598,40 € - 16 rue du Général Alain de "
        "Boissieu 75015 Paris - RCS Paris 343 059 564",
    )


# ---------------------------------------------------------------- lease
def lease(c, l: dict, rng: random.Random) -> None:
    """Contrat de location - logement nu (loi n° 89-462 du 6 juillet 1989), 2 pages."""
    c.setFont("Serif-B", 14)
    c.drawCentredString(W / 2, H - 60, "CONTRAT DE LOCATION")
    c.setFont("Serif", 10)
    c.drawCentredString(W / 2, H - 76, "Logement nu - résidence principale")
    c.drawCentredString(W / 2, H - 89, "(Soumis au titre Ier bis de la loi du 6 juillet 1989)")
    y = H - 125
    paras = [
        ("I. DÉSIGNATION DES PARTIES", None),
        ("Le présent contrat est conclu entre les soussignés :", None),
        ("Le bailleur : " + l["landlord"] + ", " + l["landlord_addr"], "Serif-B"),
        ("désigné ci-après « le bailleur »,", None),
        ("Le(s) locataire(s) : " + " et ".join(l["tenants_print"]), "Serif-B"),
        ("désigné(s) ci-après « le locataire ».", None),
        ("II. OBJET DU CONTRAT", None),
        ("Le présent contrat a pour objet la location d'un logement ainsi déterminé :", None),
        ("Adresse du logement : " + l["address"], "Serif-B"),
        (
            f"Type d'habitat : immeuble collectif - {l['rooms']} - surface habitable : "
            f"{l['surface']} m²",
            None,
        ),
        ("Régime juridique de l'immeuble : copropriété", None),
        ("III. DATE DE PRISE D'EFFET ET DURÉE DU CONTRAT", None),
        ("A. Date de prise d'effet du contrat : " + fr_date(l["start"]), "Serif-B"),
        (
            "B. Durée du contrat : trois ans (bailleur personne physique) / six ans (personne "
            "morale)",
            None,
        ),
        ("IV. CONDITIONS FINANCIÈRES", None),
        (f"Montant du loyer mensuel (hors charges) : {l['rent']} €", None),
        (f"Provisions sur charges : {l['charges']} € par mois, avec régularisation annuelle", None),
        ("Le loyer est payable mensuellement et d'avance, le 5 de chaque mois.", None),
        (f"Dépôt de garantie : {l['rent']} € (un mois de loyer hors charges)", None),
    ]
    for text, font in paras:
        heading = text[:2] in ("I.", "II", "IV") or text.startswith("III")
        c.setFont("Serif-B" if heading else (font or "Serif"), 11 if heading else 10)
        if heading:
            y -= 8
        c.drawString(50, y, text)
        y -= 17
    c.setFont("Serif", 8)
    c.drawCentredString(W / 2, 40, "Paraphes : ______  ______          page 1/2")
    c.showPage()
    y = H - 70
    c.setFont("Serif-B", 11)
    c.drawString(50, y, "V. TRAVAUX - VI. GARANTIES - VII. CLAUSE RÉSOLUTOIRE")
    y -= 20
    c.setFont("Serif", 10)
    for s in [
        "Le locataire est tenu de s'assurer contre les risques locatifs et d'en justifier lors "
        "de la remise des clés,",
        "puis chaque année à la demande du bailleur. Le présent contrat sera résilié de plein "
        "droit en cas de défaut",
        "de paiement du loyer ou des charges, du dépôt de garantie, ou de défaut d'assurance.",
        "Annexes : diagnostic de performance énergétique, état des lieux d'entrée, notice "
        "d'information.",
    ]:
        c.drawString(50, y, s)
        y -= 15
    y -= 25
    c.drawString(
        50, y, f"Fait à {l['city']}, le {fr_date(l['signed'])}, en deux exemplaires originaux."
    )
    y -= 40
    c.setFont("Serif-B", 10)
    c.drawString(70, y, "Le bailleur")
    c.drawString(340, y, "Le(s) locataire(s)")
    c.setFont("Serif-I", 8.5)
    c.drawString(70, y - 12, "« lu et approuvé »")
    c.drawString(340, y - 12, "« lu et approuvé »")
    s1 = signature_image(l["landlord_sig"], rng, font="kaushan", px=54)
    pdf_hand(c, s1, 70, y - 80, 50)
    x = 340
    for t in l["tenant_sigs"]:
        s2 = signature_image(t, rng, font="dancing", px=60)
        pdf_hand(c, s2, x, y - 85, 52)
        y -= 50
    c.setFont("Serif", 8)
    c.drawCentredString(W / 2, 40, "page 2/2")


# ---------------------------------------------------------------- payslip
def payslip(c, p: dict) -> None:
    """Bulletin de paie clarifié (arrêté du 25 février 2016) - one page."""
    c.setFont("Carl-B", 14)
    c.drawString(40, H - 50, "BULLETIN DE PAIE")
    c.setFont("Carl", 9)
    c.drawString(40, H - 64, f"Période du {fr_date(p['start'])} au {fr_date(p['end'])}")
    c.drawString(40, H - 76, f"Paiement le {fr_date(p['paid'])} par virement")
    c.setLineWidth(0.6)
    c.rect(40, H - 170, 250, 80)
    y = H - 105
    for i, s in enumerate(p["employer_lines"]):
        c.setFont("Carl-B" if i == 0 else "Carl", 9)
        c.drawString(48, y, s)
        y -= 12
    c.rect(310, H - 170, W - 350, 80)
    y = H - 105
    for i, s in enumerate(p["employee_lines"]):
        c.setFont("Carl-B" if i == 0 else "Carl", 9.5)
        c.drawString(318, y, s)
        y -= 12
    c.setFont("Carl", 8.5)
    y = H - 190
    for k, v in p["info"]:
        c.drawString(40, y, f"{k} : {v}")
        y -= 11
    y -= 10
    c.setFillColorRGB(0.88, 0.9, 0.94)
    c.rect(40, y - 4, W - 80, 14, stroke=0, fill=1)
    c.setFillColorRGB(0, 0, 0)
    c.setFont("Carl-B", 8.5)
    for x, t in (
        (44, "Éléments de paie"),
        (300, "Base"),
        (360, "Taux"),
        (420, "À déduire"),
        (490, "À payer"),
    ):
        c.drawString(x, y, t)
    y -= 16
    c.setFont("Carl", 8.5)
    for row in p["rows"]:
        if row[0].isupper():
            c.setFont("Carl-B", 8.5)
        c.drawString(44, y, row[0])
        for x, v in zip((300, 360, 420, 490), row[1:], strict=True):
            if v:
                c.drawString(x, y, v)
        c.setFont("Carl", 8.5)
        y -= 13
    y -= 10
    c.setFillColorRGB(0.88, 0.9, 0.94)
    c.rect(40, y - 28, W - 80, 40, stroke=0, fill=1)
    c.setFillColorRGB(0, 0, 0)
    c.setFont("Carl-B", 11)
    c.drawString(48, y - 2, "NET À PAYER AVANT IMPÔT SUR LE REVENU")
    c.drawRightString(W - 48, y - 2, p["net_before"] + " €")
    c.setFont("Carl", 9)
    c.drawString(48, y - 20, f"Impôt sur le revenu prélevé à la source (taux {p['pas_rate']})")
    c.drawRightString(W - 48, y - 20, "- " + p["pas"] + " €")
    y -= 50
    c.setFont("Carl-B", 13)
    c.drawString(48, y, "NET PAYÉ")
    c.drawRightString(W - 48, y, p["net"] + " €")
    c.setFont("Carl", 7)
    c.drawString(
        40,
        50,
        "Dans votre intérêt et pour vous aider à faire valoir vos droits, "
        "conservez ce bulletin de paie sans limitation de durée.",
    )
    c.drawString(40, 40, "Rubrique dédiée au bulletin de paie sur le portail service-public.fr")


# ---------------------------------------------------------------- contract
def contract(c, k: dict, rng: random.Random) -> None:
    """Contrat de travail à durée déterminée, 2 pages (first and signature page)."""
    c.setFont("Lib-B", 14)
    c.drawCentredString(W / 2, H - 60, k["title"])
    y = H - 100
    c.setFont("Lib", 10)
    blocks = [
        "ENTRE LES SOUSSIGNÉS :",
        k["employer_line"],
        f"SIRET {k['siret']}, représentée par {k['rep']}, agissant en qualité de {k['rep_role']},",
        "ci-après dénommée « l'Employeur », d'une part,",
        "ET :",
        k["employee_line"],
        f"né le {fr_date(k['dob'])} à {k['pob']}, de nationalité {k['nat']},",
        f"demeurant {k['address']},",
        "ci-après dénommé « le Salarié », d'autre part,",
        "IL A ÉTÉ CONVENU CE QUI SUIT :",
        "Article 1 - Engagement",
        f"Le Salarié est engagé en qualité de {k['job']}, statut {k['status']}, coefficient "
        f"{k['coef']},",
        f"conformément à la convention collective {k['ccn']}.",
        "Article 2 - Durée du contrat",
        f"Le présent contrat est conclu pour une durée déterminée de {k['duration']}, du "
        f"{fr_date(k['start'])} au {fr_date(k['end'])},",
        f"motif : {k['reason']}. Il comporte une période d'essai d'un mois.",
        "Article 3 - Rémunération",
        f"Le Salarié percevra une rémunération brute mensuelle de {k['gross']} € pour 35 heures "
        "hebdomadaires.",
        "Article 4 - Lieu de travail",
        f"Le Salarié exercera ses fonctions au {k['workplace']}.",
    ]
    for s in blocks:
        bold = s.startswith("Article") or s.isupper() or s.startswith("ET")
        c.setFont("Lib-B" if bold else "Lib", 10)
        if s.startswith("Article"):
            y -= 6
        c.drawString(50, y, s)
        y -= 16
    c.setFont("Lib", 8)
    c.drawRightString(W - 50, 40, "1/2")
    c.showPage()
    y = H - 80
    c.setFont("Lib", 10)
    for s in [
        "Article 5 - Congés payés, mutuelle et prévoyance",
        "Le Salarié bénéficie des congés payés légaux et de la complémentaire santé collective.",
        "Article 6 - Confidentialité",
        "Le Salarié s'engage à une stricte confidentialité sur les travaux de l'entreprise.",
    ]:
        c.setFont("Lib-B" if s.startswith("Article") else "Lib", 10)
        c.drawString(50, y, s)
        y -= 18
    y -= 20
    c.drawString(50, y, f"Fait en deux exemplaires à {k['city']}, le {fr_date(k['signed'])}.")
    y -= 40
    c.setFont("Lib-B", 10)
    c.drawString(70, y, "Pour l'Employeur")
    c.drawString(340, y, "Le Salarié")
    c.setFont("Lib", 8)
    c.drawString(340, y - 12, "(précédé de la mention « lu et approuvé »)")
    pdf_hand(c, signature_image(k["rep_sig"], rng, font="kaushan", px=50), 70, y - 80, 48)
    pdf_hand(c, signature_image(k["emp_sig"], rng, font="dancing", px=60), 340, y - 85, 52)
    c.setFont("Lib", 8)
    c.drawRightString(W - 50, 40, "2/2")
