"""The S1106 / cerfa 15763 application form, attestations d'hébergement, leases."""

from __future__ import annotations

import random

from common import Page, signature, text_width

BLUE = (0, 70, 140)
PEN = (25, 35, 120)


def _hand(p: Page, rng, x, y, s, font, size, color=PEN):
    """Handwritten value: word by word with a small baseline wobble."""
    cx = x
    for w in s.split(" "):
        p.text(cx, y + rng.uniform(-0.25, 0.25), w, font, size * rng.uniform(0.97, 1.03), color)
        cx += text_width(w + " ", font, size) * rng.uniform(1.0, 1.08)


def _box(p: Page, x, y, w, h, label):
    p.rect(x, y, w, h, (90, 110, 140), None, 0.25)
    p.text(x + 1.5, y + 3.3, label, "sans", 6.3, (50, 60, 80))


def _band(p: Page, y, letter, title):
    p.rect(18, y, 174, 7, None, BLUE)
    p.text(21, y + 5, letter, "sansb", 10, (255, 255, 255))
    p.text(30, y + 5, title, "sansb", 9, (255, 255, 255))


def _tick(p: Page, x, y, on, hand, rng):
    p.rect(x, y, 3.6, 3.6, (40, 40, 40), None, 0.25)
    if on:
        if hand:
            a, b = rng.uniform(-0.3, 0.3), rng.uniform(-0.3, 0.3)
            p.poly([(x + 0.4 + a, y + 0.3), (x + 3.3, y + 3.4 + b)], PEN, 0.45)
            p.poly([(x + 3.2, y + 0.2 + b), (x + 0.5, y + 3.5 + a)], PEN, 0.45)
        else:
            p.text(x + 1.8, y + 3.0, "X", "sansb", 8, anchor="c")


def cerfa(d: dict, rng: random.Random, hand: str | None, signed: bool = True) -> list[Page]:
    """d: surname, usage, given, dob, pob, nat, addr, cp, city, status, job, contract, other,
    place, date (DD/MM/YYYY).  hand: a handwriting font key, or None for a typed form."""
    p = Page(210, 297)
    p.rect(18, 12, 22, 12, (0, 0, 0), None, 0.4)
    p.text(29, 20.3, "cerfa", "sansb", 12, anchor="c")
    p.text(18, 28.5, "N° 15763*02", "sans", 7)
    p.text(118, 17, "Demande d'ouverture des droits", "sansb", 14, BLUE, "c")
    p.text(118, 23, "à l'assurance maladie", "sansb", 14, BLUE, "c")
    p.text(
        118,
        29,
        "Protection universelle maladie – articles L. 160-1 et R. 111-3 du Code de la "
        "sécurité sociale",
        "sans",
        6.5,
        anchor="c",
    )
    p.text(192, 36, "l'Assurance Maladie", "sansb", 8, BLUE, "r")
    p.text(18, 36, "Formulaire à retourner à votre caisse d'assurance maladie", "sansi", 7)
    f = hand or "sans"
    vs = 12 if hand else 10

    def val(x, y, s):
        if not s:
            return
        if hand:
            _hand(p, rng, x, y, s, f, vs)
        else:
            p.text(x, y, s, f, vs)

    _band(p, 42, "A", "VOUS")
    y = 52
    _box(p, 18, y, 96, 12, "Nom de naissance (nom de famille)")
    _box(p, 114, y, 78, 12, "Nom d'usage (facultatif, ex. nom d'époux/se)")
    val(20, y + 9.8, d["surname"])
    val(116, y + 9.8, d.get("usage", ""))
    y += 12
    _box(p, 18, y, 174, 12, "Prénoms (dans l'ordre de l'état civil)")
    val(20, y + 9.8, d["given"])
    y += 12
    _box(p, 18, y, 50, 12, "Date de naissance (JJ/MM/AAAA)")
    _box(p, 68, y, 84, 12, "Lieu de naissance (commune, pays)")
    _box(p, 152, y, 40, 12, "Nationalité")
    val(20, y + 9.8, d["dob"])
    val(70, y + 9.8, d["pob"])
    val(154, y + 9.8, d["nat"])
    y += 12
    _box(p, 18, y, 174, 12, "Adresse (n°, rue, bâtiment, étage...)")
    val(20, y + 9.8, d["addr"])
    y += 12
    _box(p, 18, y, 36, 12, "Code postal")
    _box(p, 54, y, 138, 12, "Commune")
    val(20, y + 9.8, d["cp"])
    val(56, y + 9.8, d["city"])
    y += 12
    _box(p, 18, y, 96, 12, "N° de sécurité sociale (si vous en avez un)")
    _box(p, 114, y, 78, 12, "N° d'allocataire CAF (si vous en avez un)")
    y += 18
    _band(p, y, "B", "VOTRE SITUATION")
    y += 13
    st = d["status"]
    _tick(p, 20, y - 3, st == "employed", hand, rng)
    p.text(26, y, "Vous exercez une activité professionnelle salariée", "sans", 8.5)
    y += 7
    p.text(26, y, "Profession :", "sans", 8)
    p.line(44, y + 1, 112, y + 1, (120, 120, 120), 0.2)
    p.text(116, y, "Type de contrat :", "sans", 8)
    p.line(140, y + 1, 190, y + 1, (120, 120, 120), 0.2)
    val(46, y - 0.6, d.get("job", ""))
    val(142, y - 0.6, d.get("contract", ""))
    y += 9
    _tick(p, 20, y - 3, st == "not_employed", hand, rng)
    p.text(26, y, "Vous êtes sans activité professionnelle", "sans", 8.5)
    y += 8
    _tick(p, 20, y - 3, st == "other", hand, rng)
    p.text(26, y, "Autre situation (précisez) :", "sans", 8.5)
    p.line(64, y + 1, 190, y + 1, (120, 120, 120), 0.2)
    val(66, y - 0.6, d.get("other", ""))
    y += 12
    _band(p, y, "C", "ENGAGEMENT ET SIGNATURE")
    y += 13
    p.text(
        20,
        y,
        "Je certifie sur l'honneur l'exactitude des renseignements portés sur ce formulaire.",
        "sans",
        8.5,
    )
    y += 6
    _box(p, 18, y, 70, 12, "Fait à")
    _box(p, 88, y, 40, 12, "le (JJ/MM/AAAA)")
    _box(p, 128, y, 64, 26, "Signature")
    val(20, y + 9.8, d["place"])
    val(90, y + 9.8, d["date"])
    if signed:
        signature(p, rng, 134, y + 7, 50, 15, PEN)
    y += 36
    p.para(
        18,
        y,
        174,
        "La loi n° 78-17 du 6 janvier 1978 modifiée relative à l'informatique, aux "
        "fichiers et aux libertés s'applique aux réponses faites sur ce formulaire. Elle garantit "
        "un droit d'accès et de rectification pour les données vous concernant auprès de votre "
        "caisse. Quiconque se rend coupable de fraude ou de fausse déclaration est passible de "
        "pénalités (article L. 114-17-1 du Code de la sécurité sociale).",
        "sans",
        6.3,
    )
    p.text(18, 288, "S1106 – 02/2024", "sans", 6.5)
    p.text(192, 288, "1/2", "sans", 6.5, anchor="r")
    q = Page(210, 297)
    q.text(105, 20, "Pièces justificatives à joindre à votre demande", "sansb", 12, BLUE, "c")
    yy = 34
    for it in [
        "une copie d'une pièce d'identité (passeport, ou carte d'identité pour les ressortissants "
        "de l'EEE / Suisse) ;",
        "une copie de votre titre de séjour, récépissé ou visa long séjour valant titre de séjour "
        "(non ressortissants de l'EEE / Suisse) ;",
        "une copie intégrale de votre acte de naissance ou un extrait avec filiation, apostillé "
        "ou légalisé le cas échéant ;",
        "un justificatif de résidence stable en France depuis plus de trois mois (bail, trois "
        "factures successives, ou attestation d'hébergement avec pièce d'identité et justificatif "
        "de domicile de l'hébergeant) ;",
        "si vous travaillez : votre contrat de travail ou votre dernier bulletin de salaire ;",
        "un relevé d'identité bancaire (RIB) à votre nom.",
    ]:
        q.text(20, yy, "•", "sans", 9)
        yy = q.para(25, yy, 165, it, "sans", 9, 4.6) + 2.5
    q.text(192, 288, "2/2", "sans", 6.5, anchor="r")
    return [p, q]


def attestation(d: dict, rng: random.Random, hand: str | None) -> Page:
    """Attestation d'hébergement; handwritten on plain ruled paper, or typed."""
    p = Page(210, 297, (253, 253, 250) if hand else (255, 255, 255))
    if hand:
        for k in range(30):
            p.line(15, 30 + 8.5 * k, 198, 30 + 8.5 * k, (185, 205, 230), 0.15, free=True)
        f, sz, lead = hand, (18 if hand == "hand1" else 14), 8.5
        y = 38.5 - 0.7
        p.text(105, y, "Attestation d'hébergement", f, 17, PEN, "c")
        y += lead * 2
        for par in d["paragraphs"]:
            words, cur = par.split(" "), ""
            for w in words:
                t = (cur + " " + w).strip()
                if cur and text_width(t, f, sz) > 165:
                    _hand(p, rng, 22, y, cur, f, sz)
                    y += lead
                    cur = w
                else:
                    cur = t
            _hand(p, rng, 22, y, cur, f, sz)
            y += lead * 2
        _hand(p, rng, 110, y, d["place_date"], f, sz)
        signature(p, rng, 115, y + 5, 55, 17, PEN)
        return p
    y = 25
    for ln in d["sender"]:
        p.text(20, y, ln, "carl", 11)
        y += 5.2
    p.text(105, y + 14, "ATTESTATION D'HÉBERGEMENT", "carlb", 15, anchor="c")
    y += 32
    for par in d["paragraphs"]:
        y = p.para(20, y, 170, par, "carl", 11.5, 6.2) + 5
    p.text(120, y + 6, d["place_date"], "carl", 11.5)
    p.text(120, y + 13, "Signature :", "carl", 11.5)
    signature(p, rng, 122, y + 17, 50, 16, (20, 20, 30))
    p.text(
        20,
        270,
        "Pièces jointes : copie de ma pièce d'identité, copie de mon bail.",
        "carl",
        9.5,
        (60, 60, 60),
    )
    return p


def lease(d: dict, rng: random.Random) -> list[Page]:
    """Bail d'habitation, logement nu (loi n° 89-462 du 6 juillet 1989): 3 pages."""
    pages = []
    p = Page(210, 297)
    p.text(105, 20, "CONTRAT DE LOCATION", "serifb", 15, anchor="c")
    p.text(105, 27, "LOCAUX VIDES À USAGE D'HABITATION PRINCIPALE", "serifb", 10, anchor="c")
    p.text(
        105,
        33,
        "(Soumis au titre Ier bis de la loi du 6 juillet 1989 – loi n° 89-462)",
        "serifi",
        8.5,
        anchor="c",
    )
    y = 46
    secs = [
        (
            "I. DÉSIGNATION DES PARTIES",
            [
                "Le présent contrat est conclu entre les soussignés :",
                "LE BAILLEUR : " + d["landlord"] + ", demeurant " + d["landlord_addr"] + ", "
                "désigné(e) ci-après « le bailleur » ;",
                "LE(S) LOCATAIRE(S) : "
                + d["tenants_txt"]
                + ", désigné(s) ci-après « le locataire ».",
            ],
        ),
        (
            "II. OBJET DU CONTRAT",
            [
                "Localisation du logement : " + d["address"] + ".",
                d["desc"],
                "Destination des locaux : usage d'habitation principale exclusivement.",
            ],
        ),
        (
            "III. DATE DE PRISE D'EFFET ET DURÉE DU CONTRAT",
            [
                "Date de prise d'effet du contrat : " + d["start_txt"] + ".",
                "Durée du contrat : trois (3) ans, renouvelable par tacite reconduction dans les "
                "conditions prévues à l'article 10 de la loi du 6 juillet 1989.",
            ],
        ),
        (
            "IV. CONDITIONS FINANCIÈRES",
            [
                "Montant du loyer mensuel hors charges : "
                + d["rent"]
                + " euros, payable d'avance le "
                "1er de chaque mois.",
                "Provision sur charges récupérables : " + d["charges"] + " euros par mois, avec "
                "régularisation annuelle.",
                "Le loyer est révisé chaque année à la date anniversaire du contrat selon "
                "la variation "
                "de l'indice de référence des loyers (IRL) publié par l'INSEE.",
            ],
        ),
    ]
    for title, pars in secs:
        p.text(20, y, title, "serifb", 10.5)
        y += 7
        for par in pars:
            y = p.para(20, y, 170, par, "serif", 10, 5.0) + 2.2
        y += 5
    p.text(105, 285, "Page 1/3 – Paraphes :", "serif", 8, anchor="c")
    pages.append(p)
    p = Page(210, 297)
    y = 22
    for title, par in [
        (
            "V. TRAVAUX",
            "Aucuns travaux n'ont été réalisés depuis la fin du dernier contrat de location.",
        ),
        (
            "VI. GARANTIES",
            "Dépôt de garantie : " + d["deposit"] + " euros, correspondant à un mois "
            "de loyer hors charges. Il sera restitué dans un délai maximal de deux mois à "
            "compter de "
            "la remise des clés, déduction faite des sommes restant dues.",
        ),
        (
            "VII. CLAUSE DE SOLIDARITÉ",
            "Les colocataires éventuels sont tenus solidairement et "
            "indivisiblement de l'exécution des obligations du présent contrat.",
        ),
        (
            "VIII. CLAUSE RÉSOLUTOIRE",
            "Le bail sera résilié de plein droit en cas de défaut de "
            "paiement du loyer ou des charges, du dépôt de garantie, ou de souscription d'une "
            "assurance des risques locatifs, deux mois après un commandement de payer demeuré "
            "infructueux.",
        ),
        (
            "IX. ANNEXES",
            "Sont annexés au présent contrat : le dossier de diagnostic technique (DPE, "
            "constat de risque d'exposition au plomb, état des risques), la notice d'information, "
            "l'état des lieux d'entrée, le règlement de copropriété (extraits).",
        ),
    ]:
        p.text(20, y, title, "serifb", 10.5)
        y = p.para(20, y + 7, 170, par, "serif", 10, 5.0) + 7
    p.text(105, 285, "Page 2/3 – Paraphes :", "serif", 8, anchor="c")
    pages.append(p)
    p = Page(210, 297)
    p.text(20, 30, "X. SIGNATURES", "serifb", 10.5)
    p.text(
        20,
        40,
        "Fait et signé à " + d["city"] + ", le " + d["signed_txt"] + ", en deux "
        "exemplaires originaux.",
        "serif",
        10,
    )
    p.text(25, 56, "Le bailleur", "serifb", 10)
    p.text(120, 56, "Le(s) locataire(s)", "serifb", 10)
    p.text(25, 62, "(« lu et approuvé »)", "serifi", 8.5)
    p.text(120, 62, "(« lu et approuvé »)", "serifi", 8.5)
    p.text(25, 72, "Lu et approuvé", "hand2", 12, PEN)
    signature(p, rng, 25, 76, 45, 15, PEN)
    yy = 72
    for _t in d["tenants"]:
        p.text(120, yy, "Lu et approuvé", "hand2", 12, PEN)
        signature(p, rng, 120, yy + 4, 45, 15, PEN)
        yy += 28
    p.text(105, 285, "Page 3/3", "serif", 8, anchor="c")
    pages.append(p)
    return pages
