"""French paperwork: the cerfa form, lease, telecom bills, payslip, contract, attestation."""

from __future__ import annotations

import random

import codes as C
from canvas import Page, signature_image

GREY = (90, 90, 90)


def cerfa(pg1: Page, pg2: Page, a: dict, rng: random.Random, hand: str | None, run: int):
    """Cerfa 15763*02 (S1106). hand=None: typed on screen; else the handwriting font."""
    fb = "sans-b" if run == 0 else "carlito-b"
    fn = "sans" if run == 0 else "carlito"
    blue = (0, 70, 140) if run == 0 else (30, 60, 120)
    ink = (20, 30, 110)
    pg = pg1
    pg.rect(12, 10, 34, 14, blue, (0, 90, 170))
    pg.text(15, 16, "l'Assurance", 9, fb, (255, 255, 255))
    pg.text(15, 21, "Maladie", 9, fb, (255, 255, 255))
    pg.text(60, 16, "Demande d'ouverture des droits", 14, fb, blue)
    pg.text(60, 22, "à l'assurance maladie", 14, fb, blue)
    pg.text(60, 28, "Protection universelle maladie (PUMa)", 10, fn)
    pg.rect(168, 10, 30, 12, (0, 0, 0))
    pg.text(170, 15, "cerfa", 9, fb)
    pg.text(170, 20, "N° 15763*02", 8, fn)
    pg.wrap(
        12,
        36,
        "Articles L. 160-1, L. 160-5, R. 111-3 et D. 160-2 du code de la sécurité "
        "sociale. Vous résidez en France de manière stable et régulière : remplissez ce "
        "formulaire et joignez les pièces demandées.",
        186,
        7,
        fn,
        1.3,
        GREY,
    )

    def bar(y, t):
        if run == 0:
            pg.rect(12, y - 5, 186, 7, None, (0, 90, 170))
            pg.text(15, y, t, 10, fb, (255, 255, 255))
        else:
            pg.text(12, y, t, 11, fb, blue)
            pg.line(12, y + 1.5, 198, y + 1.5, blue, 0.6)

    def val(x, y, s, size=11):
        if not s:
            return
        if hand:
            pg.hand(x, y, s, size + 2, hand, ink, rng)
        else:
            pg.text(x, y, s, size, "mono" if run == 0 else "sans")

    def comb(x, y, s, n, cw=5.0):
        for i in range(n):
            pg.rect(x + i * cw, y - 5, cw, 6.5, (80, 80, 80), None, 0.2)
        for i, ch in enumerate(s[:n]):
            val(x + i * cw + 1.1, y, ch, 10)

    bar(52, "A  VOUS")
    labels = [
        ("Nom de naissance", a["surname"]),
        ("Nom d'usage (facultatif)", a.get("usage_name", "")),
        ("Prénom(s)", a["form_given"]),
    ]
    y = 62
    for lab, v in labels:
        pg.text(12, y, lab, 8.5, fn)
        pg.line(58, y + 1, 198, y + 1, (150, 150, 150), 0.2, dash=run == 1)
        val(60, y, v)
        y += 9
    pg.text(12, y, "Sexe", 8.5, fn)
    for i, s in enumerate("FM"):
        pg.rect(30 + i * 16, y - 4, 4.5, 4.5, (0, 0, 0))
        pg.text(36 + i * 16, y, s, 8.5, fn)
        if s == a["sex"]:
            val(30.6 + i * 16, y - 0.3, "X", 10)
    pg.text(70, y, "Date de naissance", 8.5, fn)
    dob = C.d(a["dob"]).strftime("%d%m%Y")
    comb(100, y, dob[:2], 2)
    comb(112, y, dob[2:4], 2)
    comb(124, y, dob[4:], 4)
    y += 10
    pg.text(12, y, "Lieu de naissance (commune, pays)", 8.5, fn)
    val(70, y, a["form_pob"])
    y += 9
    pg.text(12, y, "Nationalité", 8.5, fn)
    val(40, y, a["form_nat"])
    y += 10
    pg.text(12, y, "N° de sécurité sociale (si vous en avez un)", 8.5, fn)
    comb(80, y, "", 13, 4.4)
    comb(140, y, "", 2, 4.4)
    y += 10
    pg.text(12, y, "Adresse", 8.5, fn)
    val(32, y, a["addr1"])
    y += 9
    pg.text(12, y, "Code postal", 8.5, fn)
    comb(32, y, a["cp"], 5)
    pg.text(62, y, "Commune", 8.5, fn)
    val(78, y, a["city"])
    y += 9
    pg.text(12, y, "Téléphone", 8.5, fn)
    val(32, y, a["phone"])
    pg.text(100, y, "Courriel", 8.5, fn)
    val(115, y, a["email"], 10)
    y += 14
    bar(y, "B  VOTRE SITUATION")
    y += 10
    emp = a["employed"]
    opts = [
        ("Vous exercez une activité salariée en France", emp),
        ("    type de contrat :  CDI   CDD   intérim   autre", False),
        ("Vous exercez une activité non salariée", False),
        ("Vous êtes demandeur d'emploi", False),
        ("Vous êtes étudiant(e)", False),
        (
            "Vous êtes sans activité et résidez en France de façon stable depuis plus de 3 mois",
            not emp,
        ),
        ("Autre situation (précisez) :", False),
    ]
    for t, on in opts:
        if not t.startswith("    "):
            pg.rect(12, y - 4, 4.5, 4.5, (0, 0, 0))
            if on:
                val(12.6, y - 0.3, "X", 10)
        pg.text(20, y, t.strip() if not t.startswith("    ") else t, 8.5, fn)
        y += 7.5
        if t.startswith("Vous exercez une activité salariée") and emp:
            pg.text(24, y, "Profession :", 8.5, fn)
            val(46, y, a["job_title"])
            val(140, y, a["contract_type"])
            y += 7.5
    pg.text(198, 290, "S1106 — cerfa n° 15763*02 — page 1/2", 7, fn, GREY, "right")
    # page 2
    pg = pg2
    bar(20, "C  VOS ENGAGEMENTS ET SIGNATURE")
    pg.wrap(
        12,
        32,
        "Je certifie sur l'honneur l'exactitude des renseignements portés sur ce "
        "formulaire et je m'engage à signaler à ma caisse tout changement de situation. "
        "La loi punit quiconque se rend coupable de fraudes ou de fausses déclarations "
        "(articles 313-1 et 441-1 du code pénal).",
        186,
        8.5,
        fn,
        1.35,
    )
    pg.text(12, 56, "Fait à", 9, fn)
    val(26, 56, a["city_sign"])
    pg.text(100, 56, "le", 9, fn)
    val(108, 56, C.fr_num(C.d(a["signed_on"])))
    pg.text(120, 66, "Signature", 8, fn, GREY)
    pg.rect(118, 62, 80, 30, (0, 0, 0))
    pg.image(signature_image(a["form_given"] + " " + a["surname"], rng), 125, 68, 55)
    bar(108, "PIÈCES JUSTIFICATIVES À JOINDRE À VOTRE DEMANDE")
    pieces = [
        "une pièce d'identité (passeport, ou carte d'identité pour un ressortissant de l'UE) ;",
        "un titre de séjour, un visa long séjour valant titre de séjour (VLS-TS) ou un récépissé ;",
        "un acte de naissance (copie intégrale ou extrait avec filiation) ;",
        "un justificatif de résidence en France depuis plus de 3 mois ;",
        "un relevé d'identité bancaire (RIB) à votre nom ;",
        "si vous travaillez : votre contrat de travail ou votre dernier bulletin de salaire.",
    ]
    y = 118
    for t in pieces:
        pg.text(14, y, "•", 9, fn)
        y = pg.wrap(19, y, t, 178, 8.5, fn) + 1.5
    pg.rect(12, 200, 186, 40, (120, 120, 120), (242, 242, 242), 0.3)
    pg.text(15, 207, "Cadre réservé à l'organisme", 9, fb, GREY)
    pg.text(15, 216, "Date de réception :", 8, fn, GREY)
    pg.text(15, 224, "Pièces vérifiées :  oui   non", 8, fn, GREY)
    pg.text(15, 232, "Matricule agent :", 8, fn, GREY)
    pg.text(198, 290, "S1106 — cerfa n° 15763*02 — page 2/2", 7, fn, GREY, "right")


def lease(pages: list[Page], ls: dict, rng: random.Random):
    """Contrat de location, logement vide, loi n° 89-462 du 6 juillet 1989 (type model)."""
    p, f, fb = pages[0], ls.get("font", "serif"), ls.get("font_b", "serif-b")
    p.text(105, 22, "CONTRAT DE LOCATION", 15, fb, align="center")
    p.text(105, 29, "LOCAUX VIDES À USAGE D'HABITATION PRINCIPALE", 10, fb, align="center")
    p.text(
        105, 35, "(Loi n° 89-462 du 6 juillet 1989 modifiée par la loi ALUR)", 9, f, align="center"
    )
    y = 50
    p.text(20, y, "I. DÉSIGNATION DES PARTIES", 11, fb)
    y = p.wrap(20, y + 8, "Le présent contrat est conclu entre les soussignés :", 170, 10, f)
    y = (
        p.wrap(
            20,
            y + 2,
            f"{ls['landlord']}, {ls['landlord_addr']}, désigné(e) ci-après « le bailleur » ;",
            170,
            10,
            f,
        )
        + 2
    )
    y = (
        p.wrap(
            20,
            y,
            "ET " + " et ".join(ls["tenants_printed"]) + ", désigné(s) ci-après « le "
            "locataire » (solidairement s'ils sont plusieurs).",
            170,
            10,
            f,
        )
        + 6
    )
    p.text(20, y, "II. OBJET DU CONTRAT", 11, fb)
    y = p.wrap(20, y + 8, f"Adresse du logement : {ls['address']}", 170, 10, f)
    y = p.wrap(20, y + 1, ls["descr"], 170, 10, f) + 6
    p.text(20, y, "III. DATE DE PRISE D'EFFET ET DURÉE DU CONTRAT", 11, fb)
    y = (
        p.wrap(
            20,
            y + 8,
            f"Date de prise d'effet du contrat : {C.fr_num(C.d(ls['start']))}. "
            "Durée du contrat : 3 ans, renouvelable tacitement.",
            170,
            10,
            f,
        )
        + 6
    )
    p.text(20, y, "IV. CONDITIONS FINANCIÈRES", 11, fb)
    y = (
        p.wrap(
            20,
            y + 8,
            f"Loyer mensuel hors charges : {ls['rent']} €. Provision sur charges : "
            f"{ls['charges']} €. Paiement mensuel, à terme échu, le 5 de chaque mois.",
            170,
            10,
            f,
        )
        + 2
    )
    p.wrap(
        20, y, f"Dépôt de garantie : {ls['rent']} € (un mois de loyer hors charges).", 170, 10, f
    )
    p.text(105, 285, "Page 1", 8, f, GREY, "center")
    q = pages[1]
    y = (
        q.wrap(
            20,
            25,
            "V. TRAVAUX — VI. GARANTIES — VII. CLAUSE DE SOLIDARITÉ — VIII. CLAUSE "
            "RÉSOLUTOIRE — IX. ANNEXES : diagnostic de performance énergétique, état des "
            "lieux d'entrée, notice d'information, extrait du règlement de copropriété.",
            170,
            10,
            f,
        )
        + 8
    )
    q.text(
        20,
        y,
        f"Fait à {ls['city']}, le {C.fr_num(C.d(ls['signed']))}, en "
        f"{len(ls['tenants_printed']) + 1} originaux.",
        10,
        f,
    )
    y += 14
    q.text(20, y, "Le bailleur", 10, fb)
    q.text(20, y + 5, "(« lu et approuvé »)", 8, f)
    q.image(signature_image(ls["landlord"], rng), 20, y + 10, 45)
    for i, t in enumerate(ls["tenants_printed"]):
        q.text(110, y + i * 35, "Le locataire — " + t, 10, fb)
        q.hand(110, y + 8 + i * 35, "Lu et approuvé", 11, "dancing", (20, 30, 110), rng)
        q.image(signature_image(t, rng), 112, y + 12 + i * 35, 42)
    q.text(105, 285, "Page 2", 8, f, GREY, "center")


def telecom_bill(p: Page, b: dict, rng: random.Random):
    """Monthly box bill (layouts after Orange / SFR customer bills)."""
    brand = b["brand"]
    col = {"orange": (255, 121, 0), "sfr": (226, 0, 26), "bouygues": (0, 153, 204)}[brand]
    font, fb = b.get("font", "sans"), b.get("font_b", "sans-b")
    if brand == "orange":
        p.rect(15, 12, 18, 18, None, (0, 0, 0))
        p.rect(15, 24, 18, 6, None, col)
        p.text(17, 22, "orange", 7, fb, (255, 255, 255))
    else:
        p.rect(15, 12, 20, 16, None, col, radius=2)
        p.text(25, 22.5, "SFR", 12, fb, (255, 255, 255), "center")
    p.text(195, 18, "Facture", 18, fb, (0, 0, 0), "right")
    p.text(195, 25, f"du {C.fr_words(C.d(b['issue']))}", 10, font, GREY, "right")
    y = 42
    rows = [
        ("N° de facture", b["invoice_no"]),
        ("N° client" if brand == "sfr" else "Référence client", b["client_no"]),
        ("Période facturée", f"du {C.fr_num(C.d(b['start']))} au {C.fr_num(C.d(b['end']))}"),
        ("Offre", b["offer"]),
    ]
    for lab, v in rows:
        p.text(15, y, lab, 8.5, font, GREY)
        p.text(55, y, v, 9, fb)
        y += 5.5
    p.lines(118, 45, [b["holder_printed"]] + b["addr_lines"], 10.5, font, 1.35)
    p.rect(15, 72, 180, 26, None, (245, 245, 245))
    p.text(20, 82, "Montant à payer", 11, fb)
    p.text(190, 84, f"{b['amount']} €", 20, fb, col, "right")
    p.text(
        20, 91, f"prélevé à partir du {C.fr_num(C.d(b['debit']))} sur votre compte", 8.5, font, GREY
    )
    y = 110
    p.text(15, y, "Détail de votre facture", 12, fb)
    p.line(15, y + 2.5, 195, y + 2.5, col, 0.6)
    y += 10
    for lab, amt in b["lines"]:
        p.text(18, y, lab, 9, font)
        p.text(192, y, amt, 9, font, align="right")
        p.line(15, y + 2, 195, y + 2, (220, 220, 220), 0.2)
        y += 6.5
    p.text(18, y + 3, "Total TTC", 10, fb)
    p.text(192, y + 3, f"{b['amount']} €", 10, fb, align="right")
    p.wrap(15, 270, b["legal"], 180, 6.5, font, 1.3, GREY)


def payslip(p: Page, s: dict):
    """Bulletin de paie clarifié (décret 2016-190 model)."""
    f, fb = s.get("font", "lato"), s.get("font_b", "lato-b")
    p.text(105, 16, "BULLETIN DE PAIE", 14, fb, align="center")
    p.text(
        105,
        22,
        f"Période du {C.fr_num(C.d(s['from']))} au {C.fr_num(C.d(s['to']))}",
        9,
        f,
        align="center",
    )
    p.rect(12, 28, 90, 36, (0, 0, 0), None, 0.3)
    p.lines(
        15,
        34,
        [s["employer"]]
        + s["employer_addr"]
        + [f"SIRET : {s['siret']}", f"Code NAF : {s['naf']}", f"URSSAF : {s['urssaf']}"],
        8.5,
        f,
    )
    p.text(15, 34, s["employer"], 8.5, fb)
    p.rect(108, 28, 90, 36, (0, 0, 0), None, 0.3)
    p.lines(111, 34, [s["employee_printed"]] + s["employee_addr"], 9, f)
    y = 72
    info = [
        ("Emploi", s["job"]),
        ("Statut", s["status"]),
        ("Date d'entrée", s["entry"]),
        ("Convention collective", s["ccn"]),
        ("N° de sécurité sociale", s["nir"]),
    ]
    for lab, v in info:
        p.text(12, y, lab, 8, f, GREY)
        p.text(55, y, v, 8.5, f)
        y += 4.6
    y += 4
    hdr = ["Éléments de paie", "Base", "Taux", "Montant salarié", "Part employeur"]
    xs = [14, 95, 120, 160, 196]
    p.rect(12, y - 4.5, 186, 6.5, None, (225, 230, 240))
    for i, h in enumerate(hdr):
        p.text(xs[i], y, h, 8, fb, align="left" if i == 0 else "right")
    y += 7
    for row in s["rows"]:
        if row[0].startswith("#"):
            p.rect(12, y - 4.2, 186, 5.6, None, (243, 243, 243))
            p.text(14, y, row[0][1:], 8, fb)
        else:
            for i, c in enumerate(row):
                p.text(xs[i], y, c, 8, f, align="left" if i == 0 else "right")
        y += 5.6
    y += 4
    p.rect(12, y, 186, 12, (0, 0, 0), (235, 242, 235), 0.4)
    p.text(15, y + 8, "NET À PAYER AVANT IMPÔT SUR LE REVENU", 9, fb)
    p.text(195, y + 8, f"{s['net_before_tax']} €", 10, fb, align="right")
    y += 18
    p.text(15, y, "Impôt sur le revenu prélevé à la source — taux personnalisé", 8, f)
    p.text(195, y, f"{s['pas']} €", 8.5, f, align="right")
    y += 8
    p.rect(12, y, 186, 13, (0, 0, 0), (220, 235, 250), 0.5)
    p.text(15, y + 8.5, "NET PAYÉ", 11, fb)
    p.text(195, y + 8.5, f"{s['net_pay']} €", 12, fb, align="right")
    y += 20
    p.text(15, y, f"Payé le {C.fr_num(C.d(s['paid']))} par virement", 8, f, GREY)
    p.wrap(
        12,
        282,
        "Dans votre intérêt et pour vous aider à faire valoir vos droits, conservez "
        "ce bulletin de paie sans limitation de durée. Rubrique dédiée au bulletin de paie "
        "sur le portail www.service-public.fr",
        186,
        7,
        f,
        1.3,
        GREY,
    )
