"""Paper pieces for set_x: bills, lease, attestation, payslip, contract, RIBs, the S1106 form."""

from __future__ import annotations

from gx_base import Page, group4, signature
from gx_ids import MONTHS_FR, dmy, stamp, ymd

GREY = (110, 110, 110)


def words_date(d: str) -> str:
    y, m, dd = ymd(d)
    return f"{'1er' if dd == 1 else dd} {MONTHS_FR[m - 1]} {y}"


def eur(v: float) -> str:
    s = f"{v:,.2f}".replace(",", " ").replace(".", ",")
    return s + " €"


def free_bill(a: dict, seed: int) -> Page:
    """Freebox invoice (one month of service), after the public Free layout."""
    p = Page()
    red = (205, 30, 40)
    p.text(18, 22, "free", 30, "sansb", red)
    p.text(18, 30, "Free SAS – 8 rue de la Ville l'Évêque – 75008 Paris", 7, "sans", GREY)
    p.text(18, 34, "RCS Paris B 421 938 861", 7, "sans", GREY)
    p.text(120, 45, a["holder"], 10.5, "sansb")
    for i, ln in enumerate(a["addr"]):
        p.text(120, 50.5 + i * 5, ln, 10)
    p.text(18, 62, "Facture Freebox", 15, "sansb")
    rows = [
        ("Numéro de facture", a["invoice"]),
        ("Date de facture", dmy(a["issue"])),
        ("Identifiant", a["login"]),
        ("N° de ligne", a["line"]),
    ]
    for i, (k, v) in enumerate(rows):
        p.text(18, 72 + i * 5.5, k, 9, "sans", GREY)
        p.text(60, 72 + i * 5.5, v, 9)
    p.rect(18, 100, 174, 8, None, (240, 240, 240))
    p.text(20, 105.5, "Désignation", 9, "sansb")
    p.text(130, 105.5, "Période", 9, "sansb")
    p.text(190, 105.5, "Montant TTC", 9, "sansb", anchor="r")
    y = 115
    for lab, amt in a["lines"]:
        p.text(20, y, lab, 9)
        p.text(130, y, f"du {dmy(a['start'])} au {dmy(a['end'])}", 8.5)
        p.text(190, y, eur(amt), 9, anchor="r")
        y += 6.5
    p.line(18, y, 192, y, GREY, 0.3)
    p.text(130, y + 7, "Total TTC", 10.5, "sansb")
    p.text(190, y + 7, eur(a["amount"]), 10.5, "sansb", anchor="r")
    p.text(130, y + 13, "dont TVA 20 %", 8.5, "sans", GREY)
    p.text(190, y + 13, eur(round(a["amount"] / 6, 2)), 8.5, "sans", GREY, "r")
    p.text(18, y + 30, f"Prélèvement le {dmy(a['debit'])} sur le compte {a['iban_mask']}", 9)
    p.text(
        18,
        270,
        "Service client : 3244 (service gratuit + prix appel) – www.free.fr",
        7.5,
        "sans",
        GREY,
    )
    p.text(
        18,
        274,
        "Conservez cette facture, elle vous servira de justificatif de domicile.",
        7.5,
        "sans",
        GREY,
    )
    return p


def bouygues_bill(a: dict, seed: int) -> Page:
    """Bouygues Telecom Bbox monthly bill."""
    p = Page()
    blue = (0, 50, 120)
    p.rect(0, 0, 210, 28, None, blue)
    p.text(15, 17, "BOUYGUES TELECOM", 16, "latob", (255, 255, 255))
    p.text(195, 12, "Votre facture", 12, "lato", (255, 255, 255), "r")
    p.text(195, 19, f"du {dmy(a['issue'])}", 10, "lato", (255, 255, 255), "r")
    p.text(15, 40, "Client", 8, "lato", GREY)
    p.text(15, 45, a["holder"], 10.5, "latob")
    for i, ln in enumerate(a["addr"]):
        p.text(15, 50 + i * 5, ln, 10, "lato")
    p.text(120, 40, "N° client", 8, "lato", GREY)
    p.text(150, 40, a["client"], 9, "lato")
    p.text(120, 46, "N° de facture", 8, "lato", GREY)
    p.text(150, 46, a["invoice"], 9, "lato")
    p.text(120, 52, "Offre", 8, "lato", GREY)
    p.text(150, 52, "Bbox Must", 9, "lato")
    p.rect(15, 68, 180, 22, None, (232, 240, 250))
    p.text(20, 77, "Montant à payer", 11, "latob", blue)
    p.text(190, 79, eur(a["amount"]), 18, "latob", blue, "r")
    p.text(20, 85, f"prélevé à partir du {dmy(a['debit'])}", 8.5, "lato")
    p.text(15, 102, "Détail de votre facture", 12, "latob")
    p.text(15, 110, f"Période du {dmy(a['start'])} au {dmy(a['end'])}", 9.5, "lato")
    y = 120
    for lab, amt in a["lines"]:
        p.text(18, y, lab, 9.5, "lato")
        p.text(192, y, eur(amt), 9.5, "lato", anchor="r")
        p.line(15, y + 2.5, 195, y + 2.5, (220, 220, 220), 0.2)
        y += 7
    p.text(18, y + 4, "Total TTC", 10, "latob")
    p.text(192, y + 4, eur(a["amount"]), 10, "latob", anchor="r")
    p.text(
        15,
        282,
        "Bouygues Telecom – SA au capital de 712 588 399,56 € – 397 480 930 RCS Paris –"
        " 37-39 rue Boissière 75116 Paris",
        6.5,
        "lato",
        GREY,
    )
    return p


def bouygues_screen(a: dict, seed: int) -> Page:
    """The same bill as seen in the Bouygues Telecom app (1170 x 2532 screenshot)."""
    p = Page(117, 253.2, bg=(245, 246, 250))
    blue = (0, 50, 120)
    p.text(8, 7, "20:47", 5.5, "robotob")
    p.text(109, 7, "4G  82 %", 5, "roboto", anchor="r")
    p.text(8, 22, "‹  Mes factures", 7, "robotob", blue)
    p.rect(6, 30, 105, 52, None, (255, 255, 255))
    p.text(11, 39, f"Facture du {words_date(a['issue'])}", 6, "robotob")
    p.text(11, 46, a["holder"], 5, "roboto", GREY)
    p.text(11, 51, " ".join(a["addr"]), 3.8, "roboto", GREY)
    p.text(11, 66, eur(a["amount"]), 14, "robotob", blue)
    p.text(11, 74, f"Période du {dmy(a['start'])} au {dmy(a['end'])}", 4.6, "roboto")
    p.text(11, 79, f"N° de facture {a['invoice']}", 4.2, "roboto", GREY)
    y = 95
    for lab, amt in a["lines"]:
        p.rect(6, y - 7, 105, 12, None, (255, 255, 255))
        p.text(11, y, lab, 4.8, "roboto")
        p.text(106, y, eur(amt), 4.8, "robotob", anchor="r")
        y += 14
    p.text(11, y + 4, "Ligne Bbox · client " + a["client"], 4.2, "roboto", GREY)
    p.rect(18, 215, 81, 13, None, blue)
    p.text(58.5, 223.5, "Télécharger la facture (PDF)", 5, "robotob", (255, 255, 255), "c")
    p.line(45, 248, 72, 248, (30, 30, 30), 1.2)
    return p


def lease(a: dict, seed: int) -> list[Page]:
    """Bail d'habitation (logement vide), loi n° 89-462 du 6 juillet 1989, type contract."""
    pages = []
    p = Page()
    p.text(105, 20, "CONTRAT DE LOCATION", 15, "serifb", anchor="c")
    p.text(105, 27, "Locaux vides à usage d'habitation", 11, "serif", anchor="c")
    p.text(
        105,
        33,
        "(Titre Ier bis de la loi du 6 juillet 1989 tendant à améliorer les rapports locatifs)",
        8.5,
        "serifi",
        anchor="c",
    )
    y = 48
    p.text(20, y, "I. DÉSIGNATION DES PARTIES", 11, "serifb")
    y = p.para(20, y + 7, "Le présent contrat est conclu entre les soussignés :", 170, 10, "serif")
    y = p.para(
        20,
        y + 2,
        f"{a['landlord']}, {a['landlord_addr']}, désigné(e) ci-après « le bailleur » ;",
        170,
        10,
        "serif",
    )
    y = p.para(
        20, y + 2, f"{a['tenant_line']}, désigné(e) ci-après « le locataire ».", 170, 10, "serif"
    )
    p.text(20, y + 8, "II. OBJET DU CONTRAT", 11, "serifb")
    y = p.para(20, y + 15, f"Adresse du logement : {a['address']}. {a['desc']}", 170, 10, "serif")
    p.text(20, y + 8, "III. DATE DE PRISE D'EFFET ET DURÉE DU CONTRAT", 11, "serifb")
    y = p.para(
        20, y + 15, f"A. Date de prise d'effet du contrat : {dmy(a['start'])}", 170, 10, "serif"
    )
    y = p.para(
        20, y + 1, "B. Durée du contrat : trois ans, reconduit tacitement.", 170, 10, "serif"
    )
    p.text(20, y + 8, "IV. CONDITIONS FINANCIÈRES", 11, "serifb")
    y = p.para(
        20,
        y + 15,
        f"A. Loyer mensuel hors charges : {eur(a['rent'])}. Provision sur "
        f"charges : {eur(a['charges'])}. Le loyer est payable mensuellement et d'avance, le "
        "1er de chaque mois.",
        170,
        10,
        "serif",
    )
    y = p.para(20, y + 2, f"B. Dépôt de garantie : {eur(a['rent'])}.", 170, 10, "serif")
    p.text(105, 285, "Page 1 / 2", 8, "serif", GREY, "c")
    pages.append(p)
    p = Page()
    p.text(20, 22, "V. TRAVAUX – VI. GARANTIES – VII. CLAUSE RÉSOLUTOIRE", 11, "serifb")
    y = p.para(
        20,
        30,
        "Le présent contrat sera résilié de plein droit en cas de défaut de paiement"
        " du loyer ou des charges aux termes convenus, deux mois après un commandement de "
        "payer demeuré infructueux, ainsi qu'en cas de non-versement du dépôt de garantie "
        "ou de défaut d'assurance des risques locatifs.",
        170,
        10,
        "serif",
    )
    p.text(20, y + 8, "VIII. ANNEXES", 11, "serifb")
    y = p.para(
        20,
        y + 15,
        "Sont annexés au présent contrat : le dossier de diagnostic technique "
        "(DPE, ERP, CREP), l'état des lieux d'entrée, la notice d'information.",
        170,
        10,
        "serif",
    )
    p.text(
        20, y + 14, f"Fait à {a['city']}, le {dmy(a['signed'])}, en deux exemplaires.", 10, "serif"
    )
    p.text(30, y + 26, "Le bailleur", 10, "serifb")
    p.text(30, y + 31, "« Lu et approuvé »", 9, "serifi")
    p.text(125, y + 26, "Le locataire", 10, "serifb")
    p.text(125, y + 31, "« Lu et approuvé »", 9, "serifi")
    p.image(28, y + 34, 50, 18, signature(a["landlord_sig"], seed))
    p.image(123, y + 34, 50, 18, signature(a["tenant_sig"], seed + 1))
    p.text(105, 285, "Page 2 / 2", 8, "serif", GREY, "c")
    pages.append(p)
    return pages


def attestation_hand(a: dict, seed: int) -> Page:
    """Attestation d'hébergement written by hand on squared paper."""
    p = Page(bg=(252, 252, 248))
    for i in range(0, 297, 5):
        p.line(0, i, 210, i, (205, 215, 235), 0.12)
    for i in range(0, 210, 5):
        p.line(i, 0, i, 297, (215, 222, 238), 0.1)
    p.line(25, 0, 25, 297, (230, 150, 160), 0.3)
    font = a.get("font", "hand3")
    h = lambda y, s, x=30, size=15: p.hand(x, y, s, size, font, (20, 35, 120), seed + int(y))  # noqa: E731
    h(30, a["host_head1"], 30, 14)
    h(37, a["host_head2"], 30, 14)
    h(44, a["host_head3"], 30, 14)
    h(70, "Attestation d'hébergement", 62, 20)
    y = 90
    for ln in a["body"]:
        h(y, ln)
        y += 9
    h(y + 12, a["place_date"], 110)
    p.image(112, y + 16, 60, 22, signature(a["host_sig"], seed + 5, (20, 35, 120)))
    return p


def payslip(a: dict, seed: int) -> Page:
    """Bulletin de paie clarifié (model of the 2018 decree)."""
    p = Page()
    ink = (20, 20, 20)
    p.rect(12, 12, 186, 28, (80, 80, 80), None, 0.3)
    p.text(15, 18, a["employer"], 11, "carlitob")
    for i, ln in enumerate(a["emp_addr"]):
        p.text(15, 23 + i * 4.3, ln, 8.5, "carlito")
    p.text(
        15, 36, f"SIRET : {a['siret']}   Code NAF : {a['naf']}   URSSAF Midi-Pyrénées", 8, "carlito"
    )
    p.text(195, 18, "BULLETIN DE PAIE", 13, "carlitob", anchor="r")
    p.text(
        195, 24, f"Période du {dmy(a['p_start'])} au {dmy(a['p_end'])}", 9, "carlito", anchor="r"
    )
    p.text(195, 29, f"Paiement le {dmy(a['paid'])} par virement", 9, "carlito", anchor="r")
    p.rect(110, 45, 88, 26, (80, 80, 80), None, 0.3)
    p.text(114, 52, a["employee"], 10.5, "carlitob")
    for i, ln in enumerate(a["emp_home"]):
        p.text(114, 57 + i * 4.5, ln, 9, "carlito")
    info = [
        ("Matricule", a["matricule"]),
        ("Emploi", a["job"]),
        ("Statut", "Cadre – Position 2.1 – Coef. 115"),
        ("Convention collective", "Syntec (IDCC 1486)"),
        ("Entrée le", dmy(a["entry"])),
        ("N° sécurité sociale", "en cours d'attribution"),
    ]
    for i, (k, v) in enumerate(info):
        p.text(14, 50 + i * 4.6, k, 8, "carlito", GREY)
        p.text(50, 50 + i * 4.6, v, 8.5, "carlito")
    y = 82
    p.rect(12, y, 186, 7, None, (225, 230, 238))
    for x, t in [
        (14, "Éléments de paie"),
        (110, "Base"),
        (135, "Taux"),
        (160, "À déduire"),
        (185, "À payer"),
    ]:
        p.text(x, y + 5, t, 8.5, "carlitob")
    y += 13
    for lab, base, rate, ded, pay in a["lines"]:
        p.text(14, y, lab, 8.5, "carlito", ink)
        p.text(110, y, base, 8.5, "carlito")
        p.text(135, y, rate, 8.5, "carlito")
        p.text(175, y, ded, 8.5, "carlito", anchor="r")
        p.text(197, y, pay, 8.5, "carlito", anchor="r")
        y += 5.6
    y += 6
    p.rect(12, y, 186, 9, None, (225, 230, 238))
    p.text(14, y + 6, "NET À PAYER AVANT IMPÔT SUR LE REVENU", 9, "carlitob")
    p.text(197, y + 6, eur(a["net_before_tax"]), 9, "carlitob", anchor="r")
    p.text(
        14,
        y + 16,
        f"Impôt sur le revenu prélevé à la source – taux {a['pas_rate']}",
        8.5,
        "carlito",
    )
    p.text(197, y + 16, "-" + eur(a["pas"]), 8.5, "carlito", anchor="r")
    p.rect(110, y + 22, 88, 11, (0, 0, 0), (240, 240, 240), 0.4)
    p.text(113, y + 29.5, "NET PAYÉ", 11, "carlitob")
    p.text(195, y + 29.5, eur(a["net"]), 12, "carlitob", anchor="r")
    p.text(
        14,
        280,
        "Dans votre intérêt et pour vous aider à faire valoir vos droits, conservez ce "
        "bulletin de paie sans limitation de durée.",
        7.5,
        "carlito",
        GREY,
    )
    p.text(
        14,
        284,
        "Rubrique dédiée au bulletin de paie sur le portail www.service-public.fr",
        7.5,
        "carlito",
        GREY,
    )
    return p


def contract(a: dict, seed: int) -> list[Page]:
    """Contrat de travail à durée déterminée, two pages, signed."""
    p = Page()
    p.text(105, 22, "CONTRAT DE TRAVAIL À DURÉE DÉTERMINÉE", 14, "sansb", anchor="c")
    p.text(105, 29, "(articles L. 1242-1 et suivants du code du travail)", 9, "sans", anchor="c")
    y = p.para(20, 44, "Entre les soussignés :", 170, 10)
    y = p.para(
        20,
        y + 2,
        f"La société {a['employer']}, {a['form']}, dont le siège est situé "
        f"{a['emp_addr']}, immatriculée sous le numéro SIRET {a['siret']}, représentée par"
        f" {a['rep']} en sa qualité de gérante, ci-après « l'employeur »,",
        170,
        10,
    )
    y = p.para(20, y + 2, "Et", 170, 10)
    y = p.para(20, y + 2, f"{a['employee_line']}, ci-après « la salariée ».", 170, 10)
    arts = [
        ("Article 1 – Motif du recours", a["motif"]),
        (
            "Article 2 – Engagement et durée",
            f"La salariée est engagée à compter du "
            f"{words_date(a['start'])} jusqu'au {words_date(a['end'])} inclus, soit pour une durée "
            "déterminée de douze mois.",
        ),
        (
            "Article 3 – Fonctions",
            f"La salariée occupe le poste de {a['job']}, statut employé, "
            "niveau II de la convention collective applicable.",
        ),
        (
            "Article 4 – Période d'essai",
            "Le présent contrat ne deviendra définitif qu'à l'issue "
            "d'une période d'essai de deux semaines.",
        ),
        (
            "Article 5 – Rémunération",
            f"La salariée percevra un salaire mensuel brut de "
            f"{eur(a['gross'])} pour une durée hebdomadaire de 35 heures.",
        ),
    ]
    for t, body in arts:
        p.text(20, y + 7, t, 10.5, "sansb")
        y = p.para(20, y + 13, body, 170, 10)
    p.text(105, 285, "1/2", 8, "sans", GREY, "c")
    q = Page()
    y = 25
    for t, body in [
        ("Article 6 – Lieu de travail", a["place"]),
        (
            "Article 7 – Indemnité de fin de contrat",
            "À l'échéance du terme, la salariée percevra "
            "l'indemnité de fin de contrat prévue à l'article L. 1243-8 du code du travail.",
        ),
        (
            "Article 8 – Caisses",
            "Retraite complémentaire : AG2R La Mondiale. Prévoyance : Malakoff Humanis.",
        ),
    ]:
        q.text(20, y, t, 10.5, "sansb")
        y = q.para(20, y + 6, body, 170, 10) + 7
    q.text(20, y + 5, f"Fait en deux exemplaires à {a['city']}, le {dmy(a['signed'])}.", 10)
    q.text(30, y + 18, "L'employeur", 10, "sansb")
    q.text(125, y + 18, "La salariée", 10, "sansb")
    q.text(125, y + 23, "(mention « lu et approuvé »)", 8.5, "sans", GREY)
    q.hand(125, y + 31, "lu et approuvé", 13, "hand", (20, 20, 90), seed)
    q.image(28, y + 22, 48, 18, signature(a["rep"], seed + 2))
    q.image(123, y + 33, 48, 18, signature(a["emp_sig"], seed + 3))
    stamp(q, 52, y + 52, 14, [a["employer"].upper()[:22], "SIRET " + a["siret"][:9]])
    q.text(105, 285, "2/2", 8, "sans", GREY, "c")
    return [p, q]


def rib_lbp(a: dict, seed: int) -> Page:
    """La Banque Postale RIB (text PDF from the online account)."""
    p = Page()
    y0 = 20
    p.rect(15, y0, 180, 95, (0, 40, 110), None, 0.4)
    p.text(20, y0 + 10, "LA BANQUE POSTALE", 13, "sansb", (0, 40, 110))
    p.text(190, y0 + 10, "Relevé d'Identité Bancaire", 11, "sans", anchor="r")
    p.text(20, y0 + 22, "Titulaire du compte", 8, "sans", GREY)
    p.text(20, y0 + 27, a["holder_line"], 10.5, "sansb")
    for i, ln in enumerate(a["addr"]):
        p.text(20, y0 + 32 + i * 4.8, ln, 9.5)
    p.text(120, y0 + 22, "Domiciliation", 8, "sans", GREY)
    p.text(120, y0 + 27, a["branch_name"], 9.5)
    hdr = [("Code banque", 20), ("Code guichet", 50), ("N° de compte", 85), ("Clé RIB", 140)]
    for t, x in hdr:
        p.text(x, y0 + 52, t, 8, "sans", GREY)
    for v, x in zip(a["rib"], (20, 50, 85, 140)):
        p.text(x, y0 + 58, v, 11, "mono")
    p.text(20, y0 + 70, "IBAN (International Bank Account Number)", 8, "sans", GREY)
    p.text(20, y0 + 76, group4(a["iban"]), 12, "mono")
    p.text(20, y0 + 86, "BIC (Bank Identifier Code)", 8, "sans", GREY)
    p.text(20, y0 + 92, a["bic"], 12, "mono")
    p.text(
        15,
        y0 + 104,
        "La Banque Postale – SA à Directoire et Conseil de Surveillance – 115 rue de"
        " Sèvres 75275 Paris Cedex 06 – RCS Paris 421 100 645",
        6.5,
        "sans",
        GREY,
    )
    return p


def rib_bourso_screen(a: dict, seed: int) -> Page:
    p = Page(117, 253.2, bg=(255, 255, 255))
    pink = (214, 10, 110)
    p.text(8, 7, "09:12", 5.5, "robotob")
    p.text(109, 7, "5G  64 %", 5, "roboto", anchor="r")
    p.text(8, 22, "‹", 10, "roboto", pink)
    p.text(58.5, 22, "Mon RIB", 7, "robotob", anchor="c")
    p.text(8, 40, "BoursoBank", 9, "robotob", pink)
    p.text(8, 47, "Compte bancaire · " + a["acct_label"], 4.6, "roboto", GREY)
    rows = [
        ("Titulaire", a["holder_line"]),
        ("IBAN", group4(a["iban"])),
        ("BIC", a["bic"]),
        ("Code banque", a["rib"][0]),
        ("Code guichet", a["rib"][1]),
        ("Numéro de compte", a["rib"][2]),
        ("Clé RIB", a["rib"][3]),
        ("Domiciliation", "BoursoBank, 44 rue Traversière, CS 80134, 92772 Boulogne-Billancourt"),
    ]
    y = 62
    for k, v in rows:
        p.text(8, y, k, 4.2, "roboto", GREY)
        p.text(8, y + 6, v, 5.2 if k != "Domiciliation" else 3.6, "roboto")
        p.line(8, y + 10, 109, y + 10, (230, 230, 230), 0.3)
        y += 16
    p.rect(8, 200, 101, 12, None, pink)
    p.text(58.5, 207.5, "Partager mon RIB", 5.2, "robotob", (255, 255, 255), "c")
    p.text(58.5, 222, "Télécharger en PDF", 5, "robotob", pink, "c")
    p.line(45, 248, 72, 248, (30, 30, 30), 1.2)
    return p


def rib_wise(a: dict, seed: int) -> Page:
    """Wise "account details" statement for a EUR balance (BE IBAN)."""
    p = Page()
    green = (22, 51, 0)
    p.rect(0, 0, 210, 30, None, (159, 232, 112))
    p.text(18, 19, "WISE", 20, "latob", green)
    p.text(192, 19, "Confirmation des coordonnées bancaires", 10, "latob", green, "r")
    p.text(18, 45, f"Émis le {words_date(a['issued'])}", 9, "lato", GREY)
    p.text(18, 58, "Nom du titulaire du compte", 8.5, "lato", GREY)
    p.text(18, 64, a["holder_line"], 12, "latob")
    rows = [
        ("IBAN", group4(a["iban"])),
        ("Swift/BIC", a["bic"]),
        ("Devise", "EUR – Euro"),
        (
            "Nom et adresse de la banque",
            "Wise, Rue du Trône 100, 3rd floor, Brussels, 1050, Belgium",
        ),
    ]
    y = 80
    for k, v in rows:
        p.text(18, y, k, 8.5, "lato", GREY)
        p.text(18, y + 6, v, 11, "lato")
        y += 16
    p.para(
        18,
        y + 6,
        "Utilisez ces coordonnées pour recevoir des virements en euros (SEPA) sur "
        "votre compte Wise. Wise Europe SA est un établissement de paiement agréé par la Banque"
        " Nationale de Belgique, numéro d'entreprise 0713629988.",
        170,
        8.5,
        "lato",
        color=GREY,
    )
    return p
