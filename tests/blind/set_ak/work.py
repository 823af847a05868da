"""Housing and job documents: lease (loi 1989), payslip (bulletin clarifié), CDI contract."""

from __future__ import annotations

import random

from common import Pdf, fr, fr_words, money, signature, text, wrap
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm

W, H = A4


def lease(lz: dict, rng: random.Random) -> bytes:
    """Contrat de location, logement vide (type model of décret 2015-587), 3 pages."""
    pdf = Pdf(A4, "bail")
    c = pdf.c
    f, fb = "caladea", "caladea-b"
    text(c, W / 2, H - 22 * mm, "CONTRAT DE LOCATION", fb, 16, anchor="c")
    text(c, W / 2, H - 29 * mm, "(Soumis au titre Ier bis de la loi du 6 juillet 1989)", f, 10,
         anchor="c")  # fmt: skip
    text(c, W / 2, H - 35 * mm, "LOCAUX VIDES À USAGE D'HABITATION PRINCIPALE", fb, 10.5,
         anchor="c")  # fmt: skip
    y = H - 50 * mm
    text(c, 20 * mm, y, "I. DÉSIGNATION DES PARTIES", fb, 11)
    y -= 8 * mm
    y = wrap(c, 20 * mm, y, "Le présent contrat est conclu entre les soussignés :", W - 40 * mm,
             f, 10)  # fmt: skip
    y = wrap(c, 25 * mm, y - 2 * mm, f"{lz['landlord']}, demeurant {lz['landlord_addr']}, "
             "désigné(e) ci-après « le bailleur » ;", W - 45 * mm, f, 10)  # fmt: skip
    y = wrap(c, 25 * mm, y - 2 * mm, f"{lz['tenant_print']}, né(e) le {fr(lz['tenant_dob'])}, "
             "désigné(e) ci-après « le locataire ».", W - 45 * mm, f, 10)  # fmt: skip
    y -= 6 * mm
    text(c, 20 * mm, y, "II. OBJET DU CONTRAT", fb, 11)
    y -= 8 * mm
    body = (
        f"Le présent contrat a pour objet la location d'un logement ainsi déterminé : "
        f"adresse du logement : {lz['address'][0]}, {lz['address'][1]} ; {lz['desc']} ; "
        f"surface habitable : {lz['surface']} m² ; nombre de pièces principales : {lz['rooms']}. "
        "Type d'habitat : immeuble collectif. Régime juridique de l'immeuble : copropriété. "
        "Modalité de production de chauffage : individuel électrique."
    )
    y = wrap(c, 20 * mm, y, body, W - 40 * mm, f, 10)
    y -= 6 * mm
    text(c, 20 * mm, y, "III. DATE DE PRISE D'EFFET ET DURÉE DU CONTRAT", fb, 11)
    y -= 8 * mm
    y = wrap(c, 20 * mm, y, f"A. Date de prise d'effet du contrat : {fr(lz['start'])}",
             W - 40 * mm, f, 10)  # fmt: skip
    y = wrap(c, 20 * mm, y, "B. Durée du contrat : trois ans (bailleur personne physique).",
             W - 40 * mm, f, 10)  # fmt: skip
    y -= 6 * mm
    text(c, 20 * mm, y, "IV. CONDITIONS FINANCIÈRES", fb, 11)
    y -= 8 * mm
    y = wrap(c, 20 * mm, y, f"Montant du loyer mensuel : {money(lz['rent'])} € hors charges. "
             f"Provision sur charges : {money(lz['charges'])} € par mois. Le loyer est payable "
             "mensuellement et d'avance, le 5 de chaque mois.", W - 40 * mm, f, 10)  # fmt: skip
    text(c, W / 2, 12 * mm, "Page 1 / 3", f, 8, anchor="c")
    pdf.next()
    y = H - 25 * mm
    text(c, 20 * mm, y, "V. TRAVAUX — VI. GARANTIES", fb, 11)
    y -= 8 * mm
    y = wrap(c, 20 * mm, y, f"Montant du dépôt de garantie : {money(lz['rent'])} € (un mois de "
             "loyer hors charges). Le dépôt de garantie sera restitué dans un délai maximal d'un "
             "mois à compter de la remise des clés lorsque l'état des lieux de sortie est conforme "
             "à l'état des lieux d'entrée.", W - 40 * mm, f, 10)  # fmt: skip
    y -= 6 * mm
    text(c, 20 * mm, y, "VII. CLAUSE DE SOLIDARITÉ — VIII. CLAUSE RÉSOLUTOIRE", fb, 11)
    y -= 8 * mm
    y = wrap(c, 20 * mm, y, "Le présent contrat sera résilié immédiatement et de plein droit "
             "deux mois après un commandement de payer demeuré infructueux, à défaut de paiement "
             "du loyer ou des charges aux termes convenus, ou à défaut de versement du dépôt de "
             "garantie, ou à défaut d'assurance contre les risques locatifs.", W - 40 * mm, f, 10)  # fmt: skip
    y -= 6 * mm
    text(c, 20 * mm, y, "IX. ANNEXES", fb, 11)
    y -= 8 * mm
    for it in ["Notice d'information", "État des lieux d'entrée", "Dossier de diagnostic "
               "technique (DPE, CREP, ERP, électricité)", "Extrait du règlement de copropriété"]:  # fmt: skip
        y = wrap(c, 25 * mm, y, "—  " + it, W - 45 * mm, f, 10)
    text(c, W / 2, 12 * mm, "Page 2 / 3", f, 8, anchor="c")
    pdf.next()
    y = H - 30 * mm
    text(c, 20 * mm, y, f"Fait et signé à {lz['place']}, le {fr(lz['signed'])}, en deux "
         "exemplaires originaux.", f, 10)  # fmt: skip
    y -= 15 * mm
    text(c, 30 * mm, y, "Le bailleur", fb, 10)
    text(c, 30 * mm, y - 5 * mm, "« Lu et approuvé »", "hand2", 13, (0.05, 0.1, 0.4))
    signature(c, 30 * mm, y - 22 * mm, rng, 40 * mm)
    text(c, 120 * mm, y, "Le locataire", fb, 10)
    text(c, 120 * mm, y - 5 * mm, "Lu et approuvé", "hand3", 13, (0.05, 0.05, 0.2))
    signature(c, 120 * mm, y - 22 * mm, rng, 40 * mm, (0.05, 0.05, 0.2))
    text(c, W / 2, 12 * mm, "Page 3 / 3", f, 8, anchor="c")
    return pdf.bytes()


def payslip(p: dict, rng: random.Random) -> bytes:
    """Bulletin de paie clarifié (model of arrêté du 25 février 2016)."""
    pdf = Pdf(A4, "bulletin")
    c = pdf.c
    f, fb = p["fonts"]
    text(c, W / 2, H - 18 * mm, "BULLETIN DE PAIE", fb, 14, anchor="c")
    text(c, W / 2, H - 24 * mm, f"Période du {fr(p['start'])} au {fr(p['end'])}", f, 9,
         anchor="c")  # fmt: skip
    c.setLineWidth(0.6)
    c.rect(12 * mm, H - 62 * mm, 88 * mm, 32 * mm)
    e = p["employer_lines"]
    for i, s in enumerate(e):
        text(c, 15 * mm, H - 36 * mm - i * 4.6 * mm, s, fb if i == 0 else f, 8.5)
    text(c, 15 * mm, H - 59 * mm, f"SIRET : {p['siret']}   Code NAF : {p['naf']}", f, 7.5)
    c.rect(110 * mm, H - 62 * mm, 88 * mm, 32 * mm)
    for i, s in enumerate([p["employee_print"]] + p["address"]):
        text(c, 113 * mm, H - 36 * mm - i * 4.6 * mm, s, fb if i == 0 else f, 9)
    info = [
        f"Emploi : {p['job']}",
        f"Statut : non cadre   Coefficient : {p['coef']}",
        f"Date d'entrée : {fr(p['entry'])}   Convention collective : {p['ccn']}",
    ]
    for i, s in enumerate(info):
        text(c, 12 * mm, H - 70 * mm - i * 4.4 * mm, s, f, 8)
    y = H - 90 * mm
    cols = [12, 100, 128, 152, 178]
    c.setFillColorRGB(0.88, 0.9, 0.93)
    c.rect(12 * mm, y - 2 * mm, W - 24 * mm, 6 * mm, stroke=0, fill=1)
    for x, hd in zip(cols, ["Éléments de paie", "Base", "Taux", "À déduire", "À payer"]):
        text(c, x * mm + 1 * mm, y, hd, fb, 8)
    gross = p["gross"]
    rows = [
        ("Salaire de base", money(p["hours"]), money(gross / p["hours"]), "", money(gross)),
        ("SALAIRE BRUT", "", "", "", money(gross)),
        ("SANTÉ", "", "", "", ""),
        ("Complémentaire santé", money(gross), "", money(p["mutuelle"]), ""),
        ("RETRAITE", "", "", "", ""),
        ("Sécurité sociale plafonnée", money(gross), "6,900", money(gross * 0.069), ""),
        ("Sécurité sociale déplafonnée", money(gross), "0,400", money(gross * 0.004), ""),
        ("Complémentaire Tranche 1", money(gross), "4,010", money(gross * 0.0401), ""),
        ("ASSURANCE CHÔMAGE", "", "", "", ""),
        ("CSG déductible de l'impôt sur le revenu", money(gross * 0.9825), "6,800",
         money(gross * 0.9825 * 0.068), ""),
        ("CSG/CRDS non déductible", money(gross * 0.9825), "2,900",
         money(gross * 0.9825 * 0.029), ""),
    ]  # fmt: skip
    y -= 7 * mm
    for r in rows:
        bold = r[0].isupper()
        for x, v in zip(cols, r):
            if v:
                text(c, x * mm + 1 * mm, y, v, fb if bold else f, 8)
        y -= 5.2 * mm
    c.setFillColorRGB(0.88, 0.9, 0.93)
    c.rect(12 * mm, y - 2 * mm, W - 24 * mm, 6 * mm, stroke=0, fill=1)
    text(c, 13 * mm, y, "TOTAL DES COTISATIONS ET CONTRIBUTIONS", fb, 8)
    text(c, 153 * mm, y, money(gross - p["net_before_tax"]), fb, 8)
    y -= 9 * mm
    text(c, 13 * mm, y, "NET À PAYER AVANT IMPÔT SUR LE REVENU", fb, 9)
    text(c, 196 * mm, y, money(p["net_before_tax"]), fb, 9, anchor="r")
    y -= 6 * mm
    text(c, 13 * mm, y, f"Impôt sur le revenu prélevé à la source — taux personnalisé "
         f"{p['pas_rate']} %", f, 8.5)  # fmt: skip
    text(c, 196 * mm, y, money(p["net_before_tax"] - p["net"]), f, 8.5, anchor="r")
    y -= 10 * mm
    c.setFillColorRGB(0.15, 0.3, 0.55)
    c.rect(110 * mm, y - 4 * mm, 88 * mm, 11 * mm, stroke=0, fill=1)
    text(c, 113 * mm, y, "NET PAYÉ", fb, 11, (1, 1, 1))
    text(c, 195 * mm, y, money(p["net"]) + " €", fb, 12, (1, 1, 1), "r")
    text(c, 12 * mm, y, f"Payé le {fr(p['paid'])} par virement", f, 8.5)
    y -= 14 * mm
    text(c, 12 * mm, y, f"Net social : {money(p['net_before_tax'] + 8.4)} €", f, 8)
    wrap(c, 12 * mm, 22 * mm, "Dans votre intérêt et pour vous aider à faire valoir vos droits, "
         "conservez ce bulletin de paie sans limitation de durée. Rubrique dédiée au bulletin de "
         "paie sur le portail www.service-public.fr", W - 24 * mm, f, 7)  # fmt: skip
    return pdf.bytes()


def cdi(k: dict, rng: random.Random) -> bytes:
    """Contrat de travail à durée indéterminée, 2 pages, typed by the employer."""
    pdf = Pdf(A4, "CDI")
    c = pdf.c
    f, fb = "carlito", "carlito-b"
    text(c, W / 2, H - 25 * mm, "CONTRAT DE TRAVAIL À DURÉE INDÉTERMINÉE", fb, 15, anchor="c")
    y = H - 42 * mm
    text(c, 20 * mm, y, "ENTRE LES SOUSSIGNÉS :", fb, 11)
    y = wrap(c, 20 * mm, y - 8 * mm, f"La société {k['employer']}, {k['form']} au capital de "
             f"{k['capital']} €, immatriculée au RCS de Paris sous le numéro {k['rcs']}, dont le "
             f"siège social est situé {k['seat']}, représentée par {k['rep']}, en sa qualité de "
             "Président, ci-après dénommée « l'Employeur »,", W - 40 * mm, f, 11)  # fmt: skip
    y = wrap(c, 20 * mm, y - 3 * mm, "ET", W - 40 * mm, fb, 11)
    y = wrap(c, 20 * mm, y - 3 * mm, f"{k['employee_print']}, né le {fr(k['dob'])} à {k['pob']}, "
             f"de nationalité {k['nat']}, demeurant {k['address']}, ci-après dénommé « le "
             "Salarié »,", W - 40 * mm, f, 11)  # fmt: skip
    y = wrap(c, 20 * mm, y - 3 * mm, "IL A ÉTÉ CONVENU CE QUI SUIT :", W - 40 * mm, fb, 11)
    arts = [
        ("Article 1 – Engagement", f"Le Salarié est engagé à compter du {fr_words(k['start'])} "
         "pour une durée indéterminée, sous réserve des résultats de la visite d'information et "
         "de prévention."),
        ("Article 2 – Fonctions", f"Le Salarié exercera les fonctions de {k['job']}, statut "
         f"cadre, position {k['position']} de la convention collective nationale Syntec."),
        ("Article 3 – Période d'essai", "Le présent contrat ne deviendra définitif qu'à l'issue "
         "d'une période d'essai de quatre mois, renouvelable une fois."),
        ("Article 4 – Rémunération", f"Le Salarié percevra une rémunération annuelle brute de "
         f"{k['salary']} €, versée en douze mensualités."),
    ]  # fmt: skip
    for title, body in arts:
        y = wrap(c, 20 * mm, y - 4 * mm, title, W - 40 * mm, fb, 11)
        y = wrap(c, 20 * mm, y, body, W - 40 * mm, f, 11)
    text(c, W - 20 * mm, 12 * mm, "1/2", f, 9, anchor="r")
    pdf.next()
    y = H - 25 * mm
    arts2 = [
        ("Article 5 – Durée du travail", "Le Salarié relève d'une convention de forfait annuel "
         "en jours de 218 jours travaillés."),
        ("Article 6 – Lieu de travail", f"Le Salarié exercera ses fonctions à {k['workplace']}."),
        ("Article 7 – Congés payés", "Le Salarié bénéficiera des congés payés légaux."),
        ("Article 8 – Protection sociale", "Le Salarié sera affilié au régime de retraite "
         "complémentaire AGIRC-ARRCO et au contrat de prévoyance et de frais de santé de "
         "l'entreprise."),
    ]  # fmt: skip
    for title, body in arts2:
        y = wrap(c, 20 * mm, y - 4 * mm, title, W - 40 * mm, fb, 11)
        y = wrap(c, 20 * mm, y, body, W - 40 * mm, f, 11)
    y -= 10 * mm
    text(c, 20 * mm, y, f"Fait à Paris, le {fr(k['signed'])}, en deux exemplaires.", f, 11)
    text(c, 25 * mm, y - 12 * mm, "Pour l'Employeur", fb, 11)
    text(c, 25 * mm, y - 17 * mm, k["rep"], f, 10)
    signature(c, 25 * mm, y - 32 * mm, rng, 40 * mm)
    text(c, 120 * mm, y - 12 * mm, "Le Salarié", fb, 11)
    text(c, 120 * mm, y - 17 * mm, "(« Lu et approuvé »)", f, 10)
    signature(c, 120 * mm, y - 32 * mm, rng, 40 * mm, (0.05, 0.1, 0.4))
    text(c, W - 20 * mm, 12 * mm, "2/2", f, 9, anchor="r")
    return pdf.bytes()
