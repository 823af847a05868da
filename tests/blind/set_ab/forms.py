"""Paper the applicant fills or signs: cerfa 15763*02 (S1106), attestation d'hébergement,
bail d'habitation (loi du 6 juillet 1989), contrat de travail."""

from __future__ import annotations

import random

from canvas import comb, wrap

BLUE = "#1d4f91"


def _val(pg, x, y, s, a, rng, size=10):
    """A filled-in value: typed in the form's font or handwritten."""
    if a["fill"] == "hand":
        return pg.hand(x, y, s, size * 1.3, a.get("hand_font", "hand3"), "#1b2a70", rng)
    pg.text(x, y, s, "sans", size)
    return x + pg.width(s, "sans", size)


def _combval(pg, x, y, s, a, rng, cell=5.0):
    xs = comb(pg, x, y - 4.6, len(s), cell, 6.0)
    for cx, ch in zip(xs, s):
        if ch.strip():
            if a["fill"] == "hand":
                pg.hand(cx + 1.0, y - 0.3, ch, 13, a.get("hand_font", "hand3"), "#1b2a70", rng)
            else:
                pg.text(cx + cell / 2, y, ch, "mono", 10, anchor="c")


def _tick(pg, x, y, on, a, rng):
    pg.rect(x, y - 3.2, 3.6, 3.6, lw=0.25)
    if on:
        if a["fill"] == "hand":
            pg.hand(x + 0.2, y + 0.3, "X", 16, "hand3", "#1b2a70", rng)
        else:
            pg.text(x + 1.8, y, "X", "sansb", 9, anchor="c")


def _bar(pg, y, title, run):
    if run == 1:
        pg.rect(15, y - 5, 180, 7, stroke=None, fill=BLUE)
        pg.text(18, y, title, "sansb", 10, "#ffffff")
    else:
        pg.text(15, y, title, "sansb", 10.5, BLUE)
        pg.line(15, y + 1.5, 195, y + 1.5, BLUE, 0.5)


def cerfa_p1(pg, a: dict, rng: random.Random):
    run = a.get("run", 1)
    pg.rect(15, 12, 28, 14, stroke=None, fill="#e9eef7")
    pg.text(17, 18, "l'Assurance", "sansb", 8.5, BLUE)
    pg.text(17, 22.5, "Maladie", "sansb", 8.5, BLUE)
    pg.rect(165, 12, 30, 12, stroke="#000000", lw=0.3)
    pg.text(180, 17, "cerfa", "sansb", 9, anchor="c")
    pg.text(180, 21.5, "N° 15763*02", "sans", 7.5, anchor="c")
    pg.text(
        105, 33, "Demande d'ouverture des droits à l'assurance maladie", "sansb", 13.5, anchor="c"
    )
    pg.text(105, 39, "Protection universelle maladie (PUMa)", "sans", 10, anchor="c")
    y = wrap(
        pg,
        15,
        46,
        "Vous résidez en France de manière stable et régulière depuis plus de "
        "trois mois ou vous y exercez une activité professionnelle : complétez ce formulaire "
        "et joignez-y les pièces justificatives demandées (voir page 2). Articles L. 160-1, "
        "L. 160-5, L. 111-2-3, R. 111-3 et D. 160-2 du code de la sécurité sociale.",
        180,
        "sans",
        7,
        3.2,
        "#333333",
    )
    y += 4
    _bar(pg, y, "A  VOUS", run)
    y += 9
    g = rng
    rows = [
        ("Nom de naissance", a["surname"]),
        ("Nom d'usage (facultatif)", a.get("usage", "")),
        ("Prénom(s)", a["given"]),
    ]
    for label, v in rows:
        pg.text(15, y, label, "sans", 8.5)
        pg.line(62, y + 1, 195, y + 1, "#777777", 0.2, dash=(run == 2))
        if v:
            _val(pg, 64, y, v, a, g)
        y += 8
    pg.text(15, y, "Sexe", "sans", 8.5)
    pg.text(32, y, "F", "sans", 8.5)
    _tick(pg, 36, y, a["sex"] == "F", a, g)
    pg.text(45, y, "M", "sans", 8.5)
    _tick(pg, 50, y, a["sex"] == "M", a, g)
    pg.text(70, y, "Date de naissance", "sans", 8.5)
    d = a["dob"]
    _combval(pg, 100, y, d[8:10] + " " + d[5:7] + " " + d[0:4], a, g, 4.6)
    y += 9
    pg.text(15, y, "Lieu de naissance : commune", "sans", 8.5)
    _val(pg, 62, y, a["birth_city"], a, g)
    pg.text(125, y, "pays", "sans", 8.5)
    _val(pg, 134, y, a["birth_country"], a, g)
    y += 8
    pg.text(15, y, "Nationalité", "sans", 8.5)
    _val(pg, 62, y, a["nationality"], a, g)
    y += 9
    pg.text(15, y, "N° de sécurité sociale (si vous en avez un)", "sans", 8.5)
    comb(pg, 85, y - 4.6, 13, 4.6, 6.0)
    comb(pg, 148, y - 4.6, 2, 4.6, 6.0)
    y += 9
    pg.text(15, y, "Adresse", "sans", 8.5)
    pg.line(62, y + 1, 195, y + 1, "#777777", 0.2, dash=(run == 2))
    _val(pg, 64, y, a["street"], a, g)
    y += 8
    pg.text(15, y, "Code postal", "sans", 8.5)
    _combval(pg, 37, y, a["cp"], a, g, 4.6)
    pg.text(70, y, "Commune", "sans", 8.5)
    _val(pg, 86, y, a["city"], a, g)
    y += 8
    pg.text(15, y, "Téléphone", "sans", 8.5)
    _val(pg, 37, y, a["phone"], a, g)
    pg.text(100, y, "Courriel", "sans", 8.5)
    _val(pg, 115, y, a["email"], a, g, 9)
    y += 11
    _bar(pg, y, "B  VOTRE SITUATION", run)
    y += 9
    sit = a["situation"]
    opts = [
        ("salarie", "Vous exercez une activité salariée en France"),
        ("independant", "Vous exercez une activité non salariée (travailleur indépendant)"),
        ("demandeur_emploi", "Vous êtes demandeur d'emploi"),
        ("etudiant", "Vous êtes étudiant(e)"),
        (
            "sans_activite",
            "Vous êtes sans activité et résidez en France de manière stable "
            "depuis plus de trois mois",
        ),
        ("autre", "Autre situation (précisez) :"),
    ]
    for key, label in opts:
        _tick(pg, 17, y, sit == key, a, g)
        pg.text(24, y, label, "sans", 8.5)
        if key == "salarie":
            y += 6
            pg.text(24, y, "Type de contrat :", "sans", 8)
            for i, ct in enumerate(["CDI", "CDD", "Intérim", "Autre"]):
                _tick(pg, 52 + i * 22, y, sit == key and a.get("contract") == ct, a, g)
                pg.text(57 + i * 22, y, ct, "sans", 8)
            y += 6
            pg.text(24, y, "Emploi occupé :", "sans", 8)
            if sit == key:
                _val(pg, 50, y, a.get("job", ""), a, g, 9)
        y += 7
    pg.text(195, 287, "S1106 — cerfa n° 15763*02 — page 1/2", "sans", 6.5, "#555555", "r")


def cerfa_p2(pg, a: dict, rng: random.Random):
    run = a.get("run", 1)
    _bar(pg, 20, "C  VOS ENGAGEMENTS ET SIGNATURE", run)
    y = wrap(
        pg,
        15,
        29,
        "Je certifie sur l'honneur l'exactitude des renseignements portés sur "
        "ce formulaire et m'engage à signaler tout changement de situation à ma caisse "
        "d'assurance maladie. La loi rend passible d'amende et/ou d'emprisonnement quiconque "
        "se rend coupable de fraude ou de fausse déclaration (articles 313-1 à 313-3, 433-19, "
        "441-1 et 441-7 du code pénal).",
        180,
        "sans",
        8.5,
        4.2,
    )
    y += 5
    pg.text(15, y, "Fait à", "sans", 9)
    _val(pg, 28, y, a["place"], a, rng)
    pg.text(95, y, "le", "sans", 9)
    if a.get("date_hand"):
        pg.hand(101, y, a["date_text"], 13, "hand3", "#1b2a70", rng)
    else:
        _val(pg, 101, y, a["date_text"], a, rng)
    y += 6
    pg.rect(110, y, 85, 30, lw=0.3)
    pg.text(112, y + 4.5, "Signature", "sans", 8, "#555555")
    if a.get("signed", True):
        pg.signature(118, y + 20, a["sig_name"], 20, "#14246b", rng)
    y += 40
    _bar(pg, y, "PIÈCES JUSTIFICATIVES À JOINDRE À VOTRE DEMANDE", run)
    y += 8
    for t in [
        "une photocopie de votre pièce d'identité (passeport ou carte nationale d'identité) ;",
        "si vous êtes de nationalité étrangère hors UE/EEE/Suisse : votre titre de séjour, "
        "VLS-TS ou récépissé ;",
        "une copie intégrale de votre acte de naissance ou extrait avec filiation ;",
        "un justificatif de résidence en France depuis plus de trois mois (bail, factures, "
        "attestation d'hébergement) ;",
        "un relevé d'identité bancaire (RIB) à votre nom ;",
        "si vous travaillez : votre contrat de travail ou votre dernier bulletin de salaire.",
    ]:
        y = wrap(pg, 20, y, "•  " + t, 172, "sans", 8.5, 4.3)
        y += 1
    y += 8
    pg.rect(15, y, 180, 32, stroke="#777777", fill="#f1f1f1", lw=0.3)
    pg.text(18, y + 5, "Cadre réservé à l'organisme", "sansb", 8.5, "#444444")
    pg.text(18, y + 13, "Date de réception : ____ / ____ / ________", "sans", 8, "#444444")
    pg.text(18, y + 21, "Pièces vérifiées :  □ oui   □ non", "dejavu", 8, "#444444")
    pg.text(110, y + 21, "Matricule agent : ____________", "sans", 8, "#444444")
    pg.text(195, 287, "S1106 — cerfa n° 15763*02 — page 2/2", "sans", 6.5, "#555555", "r")


def attestation_hand(pg, h: dict, rng: random.Random):
    """Handwritten attestation d'hébergement on plain paper."""
    f = h.get("font", "hand3")
    col = "#15206b"
    y = 30
    lines = h["lines"]
    pg.hand(60, y, "ATTESTATION D'HÉBERGEMENT", 19, f, col, rng)
    y += 20
    for ln in lines:
        pg.hand(22, y, ln, 15, f, col, rng, slope=rng.uniform(-0.01, 0.01))
        y += 10.5
    y += 6
    pg.hand(110, y, h["done"], 15, f, col, rng)
    pg.signature(120, y + 22, h["sig"], 24, col, rng)


def lease(pages: list, L: dict, rng: random.Random):
    """A 3-page typed lease (bail type, décret n° 2015-587), e-signed; pages are Page objects."""
    p1, p2, p3 = pages
    p1.text(105, 22, "CONTRAT DE LOCATION", "serifb", 15, anchor="c")
    p1.text(105, 29, "LOCAUX VIDES À USAGE D'HABITATION PRINCIPALE", "serif", 10, anchor="c")
    p1.text(
        105,
        35,
        "(Soumis au titre Ier bis de la loi du 6 juillet 1989 — contrat type défini "
        "par le décret n° 2015-587 du 29 mai 2015)",
        "serifi",
        7.5,
        anchor="c",
    )
    y = 48
    secs = [
        (
            "I. DÉSIGNATION DES PARTIES",
            [
                "Le présent contrat est conclu entre les soussignés :",
                f"Bailleur : {L['landlord']}, {L['landlord_addr']},",
                "désigné(e) ci-après « le bailleur » ;",
                f"Locataire(s) : {L['tenant_print']}, né(e) le {L['tenant_dob_fr']} à "
                f"{L['tenant_birth']},",
                "désigné(e) ci-après « le locataire ».",
            ],
        ),
        (
            "II. OBJET DU CONTRAT",
            [
                f"Adresse du logement : {L['address']}",
                f"Type d'habitat : immeuble collectif — {L['floor']}",
                f"Régime juridique de l'immeuble : copropriété — Surface habitable : {L['surface']} m²",
                f"Nombre de pièces principales : {L['rooms']} — cuisine équipée, salle d'eau, WC",
                "Modalité de production de chauffage : individuel électrique",
            ],
        ),
        (
            "III. DATE DE PRISE D'EFFET ET DURÉE DU CONTRAT",
            [
                f"A. Date de prise d'effet du contrat : {L['start_fr']}",
                "B. Durée du contrat : 3 ans (bailleur personne physique)",
                "Le contrat se renouvelle par tacite reconduction, sauf congé donné dans les formes",
                "prévues à l'article 15 de la loi du 6 juillet 1989.",
            ],
        ),
        (
            "IV. CONDITIONS FINANCIÈRES",
            [
                f"A. Loyer mensuel hors charges : {L['rent']} €",
                f"Provision sur charges mensuelle : {L['charges']} € (régularisation annuelle)",
                "Le logement est situé en zone tendue : le loyer est soumis au décret fixant",
                "annuellement le montant maximum d'évolution des loyers.",
                "Modalités de paiement : mensuel, à terme à échoir, le 5 de chaque mois.",
            ],
        ),
    ]
    for title, body in secs:
        p1.text(18, y, title, "serifb", 10)
        y += 6
        for ln in body:
            p1.text(22, y, ln, "serif", 9.5)
            y += 5
        y += 5
    p1.text(195, 285, "Paraphes : ____  ____      page 1/3", "serif", 8, "#444444", "r")
    y = 25
    body2 = [
        ("V. TRAVAUX", "Néant."),
        (
            "VI. GARANTIES",
            f"Dépôt de garantie : {L['rent']} € (un mois de loyer hors charges), "
            "versé à la signature.",
        ),
        ("VII. CLAUSE DE SOLIDARITÉ", "Les colocataires éventuels sont tenus solidairement."),
        (
            "VIII. CLAUSE RÉSOLUTOIRE",
            "Le bail sera résilié de plein droit en cas de défaut de "
            "paiement du loyer ou des charges, du dépôt de garantie, ou de non-souscription d'une "
            "assurance des risques locatifs, deux mois après un commandement demeuré infructueux.",
        ),
        ("IX. HONORAIRES DE LOCATION", "Néant (location entre particuliers)."),
        (
            "X. AUTRES CONDITIONS PARTICULIÈRES",
            "Le locataire s'engage à souscrire une assurance "
            "habitation et à en justifier chaque année. Animaux domestiques tolérés.",
        ),
        (
            "XI. ANNEXES",
            "Dossier de diagnostic technique (DPE, ERP, CREP, diagnostics "
            "électricité), notice d'information, état des lieux d'entrée, extrait du règlement de "
            "copropriété.",
        ),
    ]
    for title, text in body2:
        p2.text(18, y, title, "serifb", 10)
        y = wrap(p2, 22, y + 6, text, 170, "serif", 9.5, 5)
        y += 5
    p2.text(195, 285, "Paraphes : ____  ____      page 2/3", "serif", 8, "#444444", "r")
    p3.text(
        22,
        30,
        f"Fait à {L['city']}, le {L['signed_fr']}, en deux exemplaires originaux.",
        "serif",
        10,
    )
    p3.text(30, 50, "Le bailleur", "serifb", 10)
    p3.text(125, 50, "Le(s) locataire(s)", "serifb", 10)
    p3.text(30, 56, "« Lu et approuvé »", "serifi", 9)
    p3.text(125, 56, "« Lu et approuvé »", "serifi", 9)
    p3.signature(32, 75, L["landlord_sig"], 18, "#111a55", rng)
    p3.signature(127, 75, L["tenant_sig"], 18, "#111a55", rng)
    p3.rect(18, 100, 174, 26, stroke="#9aa5b1", fill="#f4f6f8")
    p3.text(22, 107, "Document signé électroniquement via Yousign", "sansb", 8.5, "#334455")
    p3.text(22, 113, f"Signataires : {L['landlord']} ; {L['tenant_print']}", "sans", 8, "#334455")
    p3.text(22, 119, f"Identifiant de la procédure : {L['proc_id']}", "mono", 7.5, "#334455")
    p3.text(195, 285, "page 3/3", "serif", 8, "#444444", "r")


def contract(pages: list, C: dict, rng: random.Random):
    """Contrat de travail à durée indéterminée, two pages (first page and signature page)."""
    p1, p2 = pages
    p1.text(105, 24, C["employer"], "sansb", 13, "#222222", "c")
    p1.text(105, 30, C["employer_line"], "sans", 8, "#444444", "c")
    p1.text(105, 46, "CONTRAT DE TRAVAIL À DURÉE INDÉTERMINÉE", "sansb", 12.5, anchor="c")
    y = 60
    paras = [
        f"Entre les soussignés : la société {C['employer']}, {C['employer_line']}, représentée "
        f"par {C['rep']}, en qualité de {C['rep_role']}, ci-après « la Société »,",
        f"et {C['employee_print']}, né(e) le {C['dob_fr']} à {C['birth']}, de nationalité "
        f"{C['nat_fr']}, demeurant {C['address']}, titulaire du titre de séjour l'autorisant à "
        "travailler, ci-après « le Salarié »,",
        "il a été convenu ce qui suit.",
        f"Article 1 — Engagement. Le Salarié est engagé à compter du {C['start_fr']} pour une durée "
        f"indéterminée, en qualité de {C['job']}, statut {C['status']}, coefficient "
        f"{C['coef']} de la convention collective {C['ccn']}.",
        "Article 2 — Période d'essai. Le présent contrat ne deviendra définitif qu'à l'issue "
        "d'une période d'essai de deux mois, renouvelable une fois d'un commun accord.",
        f"Article 3 — Rémunération. Le Salarié percevra une rémunération brute mensuelle de "
        f"{C['gross']} euros pour un horaire hebdomadaire de 35 heures.",
        f"Article 4 — Lieu de travail. Le Salarié exercera ses fonctions à {C['place']}.",
    ]
    for t in paras:
        y = wrap(p1, 20, y, t, 170, "sans", 9.5, 4.9) + 3.5
    p1.text(190, 285, "1/2", "sans", 8, "#555555", "r")
    y = 30
    for t in [
        "Article 5 — Congés payés. Le Salarié bénéficiera des congés payés prévus par la loi et "
        "la convention collective applicable.",
        "Article 6 — Obligations. Le Salarié s'engage à respecter le règlement intérieur et à "
        "observer une discrétion absolue sur les informations dont il aura connaissance.",
        "Article 7 — Rupture. Chacune des parties pourra mettre fin au contrat dans les "
        "conditions prévues par le code du travail et la convention collective.",
    ]:
        y = wrap(p2, 20, y, t, 170, "sans", 9.5, 4.9) + 3.5
    p2.text(
        20, y + 8, f"Fait en double exemplaire à {C['city']}, le {C['signed_fr']}.", "sans", 9.5
    )
    p2.text(25, y + 22, "Pour la Société", "sansb", 9.5)
    p2.text(120, y + 22, "Le Salarié", "sansb", 9.5)
    p2.text(120, y + 27, "(« lu et approuvé, bon pour accord »)", "sansi", 8)
    p2.signature(28, y + 45, C["rep_sig"], 18, "#111a55", rng)
    p2.hand(120, y + 36, "Lu et approuvé, bon pour accord", 11, "hand3", "#111a55", rng)
    p2.signature(124, y + 52, C["emp_sig"], 18, "#111a55", rng)
    p2.text(190, 285, "2/2", "sans", 8, "#555555", "r")
