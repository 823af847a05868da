"""Text-layer PDFs: utility bills, lease, payslip, employment contract, RIB."""

from __future__ import annotations

import io

from reportlab.lib.colors import Color, black, white
from reportlab.lib.utils import ImageReader

from common_ct import fr_date, fr_words, money, rl_canvas

GREY = Color(0.4, 0.4, 0.4)
LIGHT = Color(0.94, 0.94, 0.94)

BRANDS = {
    "orange": {
        "name": "Orange",
        "col": Color(1, 0.47, 0),
        "font": "ct_sans",
        "fb": "ct_sans_b",
        "service": "Internet",
        "offer": "Livebox Fibre",
        "legal": "Orange SA au capital de "
        "10 640 226 396 € - 78 rue Olivier de Serres 75015 Paris - 380 129 866 RCS Paris",
    },
    "engie": {
        "name": "ENGIE",
        "col": Color(0, 0.67, 0.9),
        "font": "ct_open",
        "fb": "ct_open_b",
        "service": "Électricité",
        "offer": "Elec Référence 3 ans",
        "legal": "ENGIE - SA au "
        "capital de 2 435 285 011 € - 1 place Samuel de Champlain 92400 Courbevoie - "
        "RCS Nanterre 542 107 651",
    },
    "free": {
        "name": "free",
        "col": Color(0.8, 0.05, 0.1),
        "font": "ct_lato",
        "fb": "ct_lato_b",
        "service": "Internet",
        "offer": "Freebox Pop",
        "legal": "Free - SAS au capital de "
        "3 441 812 € - 16 rue de la Ville l'Évêque 75008 Paris - RCS Paris 421 938 861",
    },
}


def _img(c, im, x, y, w, h):
    buf = io.BytesIO()
    im.save(buf, "PNG")
    buf.seek(0)
    c.drawImage(ImageReader(buf), x, y, w, h, mask="auto", preserveAspectRatio=True, anchor="sw")


def _s(c, x, y, s, f, size, col=black, align="l"):
    c.setFillColor(col)
    c.setFont(f, size)
    if align == "r":
        c.drawRightString(x, y, s)
    elif align == "c":
        c.drawCentredString(x, y, s)
    else:
        c.drawString(x, y, s)


def bill(path, brand, b):
    """One monthly bill. b: holder, address (list of lines), issue, start, end, amount, number,
    account, lines [(label, amount)], extra dict."""
    B = BRANDS[brand]
    f, fb = B["font"], B["fb"]
    c = rl_canvas(path, title=f"Facture {B['name']} {b['number']}", author=B["name"])
    W = 595
    if brand == "orange":
        c.setFillColor(B["col"])
        c.rect(36, 770, 52, 52, stroke=0, fill=1)
        _s(c, 40, 775, "orange", fb, 11, white)
        _s(c, 559, 800, "Facture", fb, 20, black, "r")
        _s(c, 559, 782, f"{B['offer']}", f, 11, GREY, "r")
    elif brand == "engie":
        _s(c, 36, 790, "ENGIE", fb, 26, B["col"])
        _s(c, 36, 774, "Votre facture d'électricité", f, 11, black)
        _s(c, 559, 800, "Facture mensuelle", fb, 12, black, "r")
    else:
        _s(c, 36, 785, "free", fb, 34, B["col"])
        _s(c, 559, 800, "Facture Freebox", fb, 16, black, "r")
        _s(c, 559, 784, "Espace abonné : subscribe.free.fr", f, 8, GREY, "r")
    # references block
    y = 735
    refs = [
        ("Date de facture", fr_date(b["issue"])),
        ("N° de facture", b["number"]),
        (b.get("account_label", "N° de compte client"), b["account"]),
    ]
    for k, v in b.get("refs", []):
        refs.append((k, v))
    rx, ax = (340, 36) if brand == "free" else (36, 318)
    for k, v in refs:
        _s(c, rx, y, k, f, 8.5, GREY)
        _s(c, rx + 100, y, v, fb, 8.5)
        y -= 13
    # addressee window
    c.setStrokeColor(Color(0.8, 0.8, 0.8))
    c.setLineWidth(0.5)
    if brand != "free":
        c.rect(ax, 640, 241, 88, stroke=1, fill=0)
    else:
        _s(c, ax, 740, "Titulaire de l'abonnement", f, 8, GREY)
    ya = 724 if brand == "free" else 710
    for ln in [b["holder_line"]] + b["address"]:
        _s(c, ax + 12 * (brand != "free"), ya, ln, f, 10)
        ya -= 14
    # amount box
    c.setFillColor(LIGHT)
    c.rect(36, 570, 523, 50, stroke=0, fill=1)
    _s(c, 48, 600, "Montant total TTC à payer", fb, 12)
    _s(
        c,
        48,
        583,
        b.get("pay_note", f"prélevé le {fr_date(b['debit'])} sur votre compte"),
        f,
        8.5,
        GREY,
    )
    _s(c, 547, 590, money(b["amount"]) + " €", fb, 18, B["col"] if brand != "engie" else black, "r")
    # detail
    y = 545
    _s(c, 36, y, "Détail de votre facture", fb, 11)
    y -= 8
    c.setStrokeColor(B["col"])
    c.setLineWidth(1.2)
    c.line(36, y, 559, y)
    y -= 18
    _s(c, 36, y, b["period_label"], f, 9)
    y -= 18
    for lab, amt in b["lines"]:
        _s(c, 48, y, lab, f, 9)
        _s(c, 559, y, money(amt) + " €" if isinstance(amt, float) else amt, f, 9, black, "r")
        y -= 14
    y -= 4
    c.setStrokeColor(Color(0.75, 0.75, 0.75))
    c.setLineWidth(0.5)
    c.line(300, y + 8, 559, y + 8)
    ht = round(b["amount"] / 1.2, 2)
    _s(c, 300, y - 4, "Total HT", f, 9)
    _s(c, 559, y - 4, money(ht) + " €", f, 9, black, "r")
    _s(c, 300, y - 18, "TVA 20 %", f, 9)
    _s(c, 559, y - 18, money(round(b["amount"] - ht, 2)) + " €", f, 9, black, "r")
    _s(c, 300, y - 34, "Total TTC", fb, 10)
    _s(c, 559, y - 34, money(b["amount"]) + " €", fb, 10, black, "r")
    y -= 70
    if b.get("chart"):
        _s(c, 36, y, "Votre consommation (kWh) sur les 12 derniers mois", fb, 9)
        y -= 70
        for i, (lab, v) in enumerate(b["chart"]):
            c.setFillColor(B["col"] if i == len(b["chart"]) - 1 else Color(0.75, 0.85, 0.9))
            c.rect(40 + i * 40, y, 26, v * 0.25, stroke=0, fill=1)
            _s(c, 53 + i * 40, y - 10, lab, f, 7, GREY, "c")
        y -= 30
    for ln in b.get("notes", []):
        _s(c, 36, y, ln, f, 8, GREY)
        y -= 11
    _s(c, W / 2, 40, B["legal"], f, 6, GREY, "c")
    _s(c, 559, 28, "Page 1/1", f, 6.5, GREY, "r")
    c.showPage()
    c.save()


def lease(path, L, sig_imgs):
    c = rl_canvas(path, title="Bail d'habitation", author="Gestion locative")
    f, fb = "ct_serif", "ct_serif_b"
    pages = [[]]

    def para(txt, font=f, size=10, gap=4, indent=0):
        pages[-1].append((txt, font, size, gap, indent))

    para("CONTRAT DE LOCATION", fb, 15, 2)
    para("LOCAUX VIDES À USAGE D'HABITATION PRINCIPALE", fb, 11, 2)
    para(
        "(Soumis au titre Ier bis de la loi n° 89-462 du 6 juillet 1989 tendant à améliorer les "
        "rapports locatifs)",
        f,
        8.5,
        14,
    )
    para("I. DÉSIGNATION DES PARTIES", fb, 11, 6)
    para("Le présent contrat est conclu entre les soussignés :", f, 10, 4)
    for ln in L["landlord_lines"]:
        para(ln, f, 10, 2, 14)
    para("désigné(e) ci-après « le bailleur » ;", f, 10, 8, 14)
    for ln in L["tenant_lines"]:
        para(ln, f, 10, 2, 14)
    para("désigné(e) ci-après « le locataire ».", f, 10, 12, 14)
    para("II. OBJET DU CONTRAT", fb, 11, 6)
    para("Le présent contrat a pour objet la location d'un logement ainsi déterminé :", f, 10, 4)
    para(f"Localisation du logement : {L['address']}", f, 10, 2, 14)
    for ln in L["desc"]:
        para(ln, f, 10, 2, 14)
    para("", f, 6, 8)
    para("III. DATE DE PRISE D'EFFET ET DURÉE DU CONTRAT", fb, 11, 6)
    para(f"A. Date de prise d'effet du contrat : {fr_date(L['start'])}", f, 10, 2, 14)
    para("B. Durée du contrat : trois (3) ans, renouvelable tacitement.", f, 10, 12, 14)
    pages.append([])
    para("IV. CONDITIONS FINANCIÈRES", fb, 11, 6)
    para(
        f"A. Loyer mensuel hors charges : {money(L['rent'])} € ; provision sur charges : "
        f"{money(L['charges'])} €.",
        f,
        10,
        2,
        14,
    )
    para("Le loyer est payable mensuellement et d'avance, le 1er de chaque mois.", f, 10, 2, 14)
    para(
        "B. Le logement est situé en zone d'encadrement des loyers (loyer de référence majoré "
        "applicable).",
        f,
        10,
        12,
        14,
    )
    para("V. GARANTIES", fb, 11, 6)
    para(
        f"Dépôt de garantie : {money(L['rent'])} € (un mois de loyer hors charges).", f, 10, 12, 14
    )
    para("VI. CLAUSE RÉSOLUTOIRE ET SOLIDARITÉ", fb, 11, 6)
    para(
        "Le bail sera résilié de plein droit en cas de défaut de paiement du loyer ou des "
        "charges, de non-versement",
        f,
        10,
        2,
        14,
    )
    para(
        "du dépôt de garantie, de défaut d'assurance du locataire contre les risques locatifs.",
        f,
        10,
        12,
        14,
    )
    para("VII. ANNEXES", fb, 11, 6)
    for ln in [
        "Dossier de diagnostic technique (DPE, CREP, ERP) ;",
        "État des lieux d'entrée ;",
        "Notice d'information relative aux droits et obligations des locataires.",
    ]:
        para("– " + ln, f, 10, 2, 14)
    para("", f, 6, 14)
    para(f"Fait et signé à {L['city']}, le {fr_date(L['signed'])}, en deux originaux.", f, 10, 22)
    n = len(pages)
    for pi, items in enumerate(pages):
        y = 790
        for txt, font, size, gap, ind in items:
            _s(c, 50 + ind, y, txt, font, size)
            y -= size + gap
        if pi == n - 1:
            _s(c, 60, y, "Le bailleur", fb, 10)
            _s(c, 330, y, "Le locataire", fb, 10)
            _s(c, 60, y - 13, "« Lu et approuvé »", "ct_serif_i", 9)
            _s(c, 330, y - 13, "« Lu et approuvé »", "ct_serif_i", 9)
            _img(c, sig_imgs[0], 55, y - 80, 160, 56)
            _img(c, sig_imgs[1], 325, y - 80, 160, 56)
        _s(c, 297, 30, f"Paraphes : ____  ____          Page {pi + 1}/{n}", f, 8, GREY, "c")
        c.showPage()
    c.save()


def payslip(path, P):
    c = rl_canvas(path, title=f"Bulletin de paie {P['period_label']}", author=P["employer"])
    f, fb = "ct_carlito", "ct_carlito_b"
    _s(c, 36, 800, "BULLETIN DE PAIE", fb, 16)
    _s(c, 559, 804, f"Période du {P['p_start']} au {P['p_end']}", f, 9, black, "r")
    _s(c, 559, 792, f"Date de paiement : {P['paid']}", f, 9, black, "r")
    c.setStrokeColor(black)
    c.setLineWidth(0.6)
    c.rect(36, 680, 250, 98, stroke=1, fill=0)
    y = 764
    for i, ln in enumerate(P["employer_lines"]):
        _s(c, 44, y, ln, fb if i == 0 else f, 9)
        y -= 12
    c.rect(309, 680, 250, 98, stroke=1, fill=0)
    y = 764
    for i, ln in enumerate(P["employee_lines"]):
        _s(c, 317, y, ln, fb if i == 0 else f, 9)
        y -= 12
    y = 660
    heads = ["Éléments de paie", "Base", "Taux", "Part salarié", "Part employeur"]
    xs = [40, 290, 350, 460, 555]
    c.setFillColor(Color(0.85, 0.88, 0.93))
    c.rect(36, y - 4, 523, 16, stroke=0, fill=1)
    for i, h in enumerate(heads):
        _s(c, xs[i], y, h, fb, 8.5, black, "l" if i == 0 else "r")
    y -= 18
    for row in P["rows"]:
        bold = row[0].isupper()
        for i, v in enumerate(row):
            if v:
                _s(c, xs[i], y, v, fb if bold else f, 8.5, black, "l" if i == 0 else "r")
        y -= 13
    y -= 6
    c.setFillColor(Color(0.85, 0.88, 0.93))
    c.rect(36, y - 30, 523, 42, stroke=0, fill=1)
    _s(c, 40, y, "Net à payer avant impôt sur le revenu", fb, 9.5)
    _s(c, 555, y, money(P["net_before"]) + " €", fb, 9.5, black, "r")
    _s(
        c,
        40,
        y - 13,
        f"Impôt sur le revenu prélevé à la source — taux non personnalisé {P['pas_rate']}",
        f,
        8.5,
    )
    _s(c, 555, y - 13, "-" + money(P["pas"]) + " €", f, 8.5, black, "r")
    _s(c, 40, y - 26, "NET PAYÉ", fb, 11)
    _s(c, 555, y - 26, money(P["net"]) + " €", fb, 11, black, "r")
    y -= 60
    _s(c, 40, y, f"Payé par virement le {P['paid']}", f, 8.5)
    _s(
        c,
        40,
        y - 12,
        f"Net imposable : {money(P['net_tax'])} €    Cumul net imposable : {money(P['cumul'])} €",
        f,
        8.5,
    )
    _s(c, 40, y - 24, f"Congés payés — acquis : {P['cp']}   pris : 0,00", f, 8.5)
    _s(
        c,
        40,
        70,
        "Dans votre intérêt et pour vous aider à faire valoir vos droits, conservez ce "
        "bulletin de paie sans limitation de durée.",
        "ct_carlito",
        7.5,
        GREY,
    )
    _s(
        c,
        40,
        60,
        "Rubrique dédiée au bulletin de paie sur le portail www.service-public.fr",
        "ct_carlito",
        7.5,
        GREY,
    )
    c.showPage()
    c.save()


def contract(path, K, sig_imgs):
    c = rl_canvas(path, title="Contrat de travail à durée déterminée", author=K["employer"])
    f, fb = "ct_open", "ct_open_b"
    blocks = [
        [
            ("CONTRAT DE TRAVAIL À DURÉE DÉTERMINÉE", fb, 14, 4),
            ("(articles L. 1242-1 et suivants du code du travail)", f, 8.5, 16),
            ("ENTRE LES SOUSSIGNÉS :", fb, 10, 6),
        ]
        + [(ln, f, 9.5, 2) for ln in K["employer_lines"]]
        + [("ci-après dénommée « l'employeur », d'une part,", f, 9.5, 8), ("ET", fb, 10, 8)]
        + [(ln, f, 9.5, 2) for ln in K["employee_lines"]]
        + [
            ("ci-après dénommé « le salarié », d'autre part.", f, 9.5, 12),
            ("IL A ÉTÉ CONVENU CE QUI SUIT :", fb, 10, 10),
            ("Article 1 – Engagement", fb, 10, 4),
            (
                (
                    f"Le salarié est engagé à compter du {fr_words(K['start'])} par contrat à durée "
                    "déterminée, pour le motif suivant :"
                ),
                f,
                9.5,
                2,
            ),
            (
                "accroissement temporaire d'activité lié à la saison des fêtes (article L. 1242-2, 2°).",
                f,
                9.5,
                2,
            ),
            (
                (
                    f"Le contrat prendra fin le {fr_date(K['end'])}. Il comporte une période d'essai de "
                    "trois semaines."
                ),
                f,
                9.5,
                10,
            ),
            ("Article 2 – Fonctions", fb, 10, 4),
            (
                (
                    f"Le salarié occupera l'emploi de {K['job']}, niveau {K['level']} de la convention "
                    "collective"
                ),
                f,
                9.5,
                2,
            ),
            (f"{K['ccn']}.", f, 9.5, 10),
            ("Article 3 – Lieu de travail", fb, 10, 4),
            (K["place"], f, 9.5, 10),
            ("Article 4 – Durée du travail", fb, 10, 4),
            (
                (
                    "La durée hebdomadaire de travail est fixée à 35 heures, selon les horaires affichés "
                    "dans l'entrepôt."
                ),
                f,
                9.5,
                10,
            ),
        ],
        [
            ("Article 5 – Rémunération", fb, 10, 4),
            (
                (
                    f"Le salarié percevra une rémunération mensuelle brute de {money(K['gross'])} € pour "
                    "151,67 heures de travail."
                ),
                f,
                9.5,
                2,
            ),
            (
                (
                    "À l'issue du contrat, il percevra une indemnité de fin de contrat égale à 10 % de la "
                    "rémunération brute totale."
                ),
                f,
                9.5,
                10,
            ),
            ("Article 6 – Congés payés et protection sociale", fb, 10, 4),
            (
                (
                    "Le salarié bénéficiera des congés payés légaux et sera affilié à la caisse de retraite "
                    "complémentaire AGIRC-ARRCO"
                ),
                f,
                9.5,
                2,
            ),
            ("et au régime de prévoyance et de frais de santé de l'entreprise.", f, 9.5, 10),
            ("Article 7 – Autorisation de travail", fb, 10, 4),
            (
                (
                    "Le salarié déclare être titulaire d'un document l'autorisant à travailler en France, "
                    "dont copie est annexée."
                ),
                f,
                9.5,
                18,
            ),
            (f"Fait en deux exemplaires à {K['city']}, le {fr_date(K['signed'])}.", f, 9.5, 22),
        ],
    ]
    for pi, items in enumerate(blocks):
        y = 790
        if pi == 0:
            _s(c, 559, 815, K["employer"], fb, 8, GREY, "r")
        for txt, font, size, gap in items:
            _s(c, 50 if size < 12 else 297, y, txt, font, size, black, "l" if size < 12 else "c")
            y -= size + gap
        if pi == len(blocks) - 1:
            _s(c, 60, y, "Pour l'employeur", fb, 9.5)
            _s(c, 60, y - 12, K["signatory"], f, 9)
            _s(c, 330, y, "Le salarié", fb, 9.5)
            _s(c, 330, y - 12, "(« lu et approuvé, bon pour accord »)", f, 8)
            _img(c, sig_imgs[0], 55, y - 80, 160, 56)
            _img(c, sig_imgs[1], 325, y - 80, 160, 56)
        _s(c, 297, 30, f"{pi + 1}/{len(blocks)}", f, 8, GREY, "c")
        c.showPage()
    c.save()


def rib_sg(path, R):
    c = rl_canvas(path, title="RIB", author="Société Générale")
    f, fb = "ct_sans", "ct_sans_b"
    c.setFillColor(Color(0.89, 0.0, 0.1))
    c.rect(36, 786, 22, 11, stroke=0, fill=1)
    c.setFillColor(black)
    c.rect(36, 775, 22, 11, stroke=0, fill=1)
    _s(c, 66, 782, "SOCIETE GENERALE", fb, 14)
    _s(c, 297, 740, "RELEVÉ D'IDENTITÉ BANCAIRE", fb, 13, black, "c")
    _s(
        c,
        297,
        726,
        "Ce relevé est destiné à être remis, sur leur demande, à vos créanciers ou débiteurs.",
        f,
        7.5,
        GREY,
        "c",
    )
    c.setStrokeColor(black)
    c.setLineWidth(0.6)
    c.rect(36, 560, 523, 150, stroke=1, fill=0)
    _s(c, 48, 692, "Titulaire du compte", f, 8, GREY)
    y = 678
    for ln in R["holder_lines"]:
        _s(c, 48, y, ln, fb if y == 678 else f, 10)
        y -= 13
    _s(c, 330, 692, "Domiciliation", f, 8, GREY)
    y = 678
    for ln in R["branch_lines"]:
        _s(c, 330, y, ln, f, 9.5)
        y -= 13
    heads = [
        ("Code banque", R["bank"]),
        ("Code guichet", R["branch"]),
        ("N° de compte", R["account"]),
        ("Clé RIB", R["key"]),
    ]
    x = 48
    for (h, v), w in zip(heads, [90, 90, 160, 60]):
        _s(c, x, 612, h, f, 8, GREY)
        _s(c, x, 598, v, "ct_mono_b", 11)
        x += w
    _s(c, 48, 578, "IBAN", f, 8, GREY)
    _s(c, 80, 578, R["iban_print"], "ct_mono_b", 11)
    _s(c, 400, 578, "BIC", f, 8, GREY)
    _s(c, 424, 578, R["bic"], "ct_mono_b", 11)
    _s(
        c,
        36,
        60,
        "Société Générale - S.A. au capital de 1 000 395 971,25 € - 552 120 222 RCS "
        "Paris - Siège social : 29 bd Haussmann 75009 Paris",
        f,
        6.5,
        GREY,
    )
    c.showPage()
    c.save()
