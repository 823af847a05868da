"""The application form (cerfa 15763*02), attestation d'hébergement, lease and work contract."""

from __future__ import annotations

import random

from kit import INK_BLACK, INK_BLUE, Page, signature, text_w, tick

BLUE = (0, 70, 140)
GREYL = (90, 90, 95)


# ----------------------------------------------------------------------------- cerfa 15763
def _comb(pg: Page, x, y, n, value, fill, rng, bw=4.4, bh=5.6, font="h-breip"):
    for i in range(n):
        pg.rect(x + i * bw, y, bw, bh, 0.2, BLUE)
    for i, ch in enumerate(value[:n]):
        if ch == " ":
            continue
        cx = x + i * bw + bw / 2
        if fill == "hand":
            j = rng.uniform(-0.3, 0.3)
            pg.text(
                cx + j,
                y + bh - 1.2 + rng.uniform(-0.3, 0.2),
                ch,
                font,
                11.5 * rng.uniform(0.92, 1.05),
                INK_BLUE,
                "c",
            )
        else:
            pg.text(cx, y + bh - 1.4, ch, "courier", 10.5, INK_BLACK, "c")
    return x + n * bw


def _write(pg, x, y, s, fill, rng, font="h-breip", size=12.0):
    if fill == "hand":
        return pg.hand(x, y, s, rng, font, size)
    pg.text(x, y, s, "courier", 10)
    return x + text_w(s, "courier", 10)


def _section(pg: Page, y, letter, title):
    pg.rect(15, y, 180, 6.5, 0, fill=BLUE)
    pg.text(18, y + 4.7, letter, "lib-b", 10, (255, 255, 255))
    pg.text(26, y + 4.7, title, "lib-b", 9.5, (255, 255, 255))
    return y + 11


def application_form(f: dict, rng: random.Random) -> list[Page]:
    """f: values; f['fill'] is 'hand' or 'typed'."""
    fill = f["fill"]
    hf = f.get("hand_font", "h-breip")
    p1 = Page()
    p1.text(15, 16, "l'Assurance", "lib-b", 13, BLUE)
    p1.text(15, 21.5, "Maladie", "lib-b", 13, BLUE)
    p1.rect(160, 9, 35, 14, 0.4)
    p1.text(177.5, 14.5, "cerfa", "lib-b", 9, align="c")
    p1.text(177.5, 19.8, "N° 15763*02", "lib", 8, align="c")
    p1.text(105, 31, "Demande d'ouverture des droits à l'assurance maladie", "lib-b", 13, align="c")
    p1.text(105, 37, "Protection universelle maladie (PUMa)", "lib", 10, BLUE, "c")
    p1.para(
        15,
        44,
        "Vous résidez en France de manière stable et régulière depuis plus de trois mois ou vous "
        "exercez une activité professionnelle en France : remplissez ce formulaire pour demander "
        "l'ouverture de vos droits à la prise en charge de vos frais de santé. Articles L. 160-1, "
        "L. 160-5, L. 160-7, R. 111-3 et D. 160-2 du code de la sécurité sociale.",
        "lib",
        7,
        width=180,
        lead=3.2,
    )
    y = _section(p1, 58, "A", "VOUS")
    p1.text(15, y + 1, "Nom de naissance", "lib", 7.5, GREYL)
    y += 2.5
    _comb(p1, 15, y, 26, f["surname"].upper(), fill, rng, font=hf)
    y += 11
    p1.text(15, y, "Nom d'usage (facultatif)", "lib", 7.5, GREYL)
    y += 1.5
    _comb(p1, 15, y, 26, (f.get("usage") or "").upper(), fill, rng, font=hf)
    y += 11
    p1.text(15, y, "Prénom(s)", "lib", 7.5, GREYL)
    y += 1.5
    _comb(p1, 15, y, 26, f["given"].upper(), fill, rng, font=hf)
    y += 11
    p1.text(15, y, "Sexe", "lib", 7.5, GREYL)
    for i, s in enumerate("FM"):
        p1.rect(27 + i * 14, y - 3.4, 3.8, 3.8, 0.25, BLUE)
        p1.text(32 + i * 14, y, s, "lib", 8)
        if s == f["sex"]:
            tick(p1, 27 + i * 14, y - 3.4, 3.8, rng, INK_BLUE if fill == "hand" else INK_BLACK)
    p1.text(65, y, "Date de naissance", "lib", 7.5, GREYL)
    dd, mm, yyyy = f["dob"][8:], f["dob"][5:7], f["dob"][:4]
    x = _comb(p1, 90, y - 4.4, 2, dd, fill, rng, font=hf) + 2
    x = _comb(p1, x, y - 4.4, 2, mm, fill, rng, font=hf) + 2
    _comb(p1, x, y - 4.4, 4, yyyy, fill, rng, font=hf)
    p1.text(93, y + 4.5, "jour", "lib", 6, GREYL)
    p1.text(102.5, y + 4.5, "mois", "lib", 6, GREYL)
    p1.text(116, y + 4.5, "année", "lib", 6, GREYL)
    y += 12
    p1.text(15, y, "Lieu de naissance : commune", "lib", 7.5, GREYL)
    p1.line(52, y + 1, 125, y + 1, 0.2, BLUE, dash=([1, 1], 0))
    _write(p1, 54, y - 0.3, f["pob_city"], fill, rng, hf)
    p1.text(128, y, "pays", "lib", 7.5, GREYL)
    p1.line(136, y + 1, 195, y + 1, 0.2, BLUE, dash=([1, 1], 0))
    _write(p1, 138, y - 0.3, f["pob_country"], fill, rng, hf)
    y += 9
    p1.text(15, y, "Nationalité", "lib", 7.5, GREYL)
    p1.line(32, y + 1, 125, y + 1, 0.2, BLUE, dash=([1, 1], 0))
    _write(p1, 34, y - 0.3, f["nationality"], fill, rng, hf)
    y += 8
    p1.text(15, y, "N° de sécurité sociale (si vous en avez un)", "lib", 7.5, GREYL)
    x = _comb(p1, 15, y + 1.5, 13, "", fill, rng, bw=4.2) + 3
    _comb(p1, x, y + 1.5, 2, "", fill, rng, bw=4.2)
    p1.text(x + 11, y + 5.8, "clé", "lib", 6.5, GREYL)
    y += 14
    p1.text(15, y, "N° d'allocataire CAF (si vous en avez un)", "lib", 7.5, GREYL)
    _comb(p1, 75, y - 4.3, 8, "", fill, rng, bw=4.2)
    y += 9
    p1.text(15, y, "Adresse", "lib", 7.5, GREYL)
    p1.line(28, y + 1, 195, y + 1, 0.2, BLUE, dash=([1, 1], 0))
    _write(p1, 30, y - 0.3, f["street"], fill, rng, hf)
    y += 9
    p1.text(15, y, "Code postal", "lib", 7.5, GREYL)
    _comb(p1, 32, y - 4.3, 5, f["postcode"], fill, rng, font=hf)
    p1.text(58, y, "Commune", "lib", 7.5, GREYL)
    p1.line(72, y + 1, 195, y + 1, 0.2, BLUE, dash=([1, 1], 0))
    _write(p1, 74, y - 0.3, f["city"], fill, rng, hf)
    y += 9
    p1.text(15, y, "Téléphone", "lib", 7.5, GREYL)
    p1.line(30, y + 1, 95, y + 1, 0.2, BLUE, dash=([1, 1], 0))
    _write(p1, 32, y - 0.3, f["phone"], fill, rng, hf)
    p1.text(100, y, "Courriel", "lib", 7.5, GREYL)
    p1.line(113, y + 1, 195, y + 1, 0.2, BLUE, dash=([1, 1], 0))
    _write(p1, 115, y - 0.3, f["email"], fill, rng, hf, 11)
    y = _section(p1, y + 8, "B", "VOTRE SITUATION")
    p1.text(15, y, "Cochez la case correspondant à votre situation actuelle :", "lib", 8)
    y += 7
    opts = [
        ("salarie", "Vous exercez une activité salariée en France"),
        ("independant", "Vous exercez une activité non salariée (travailleur indépendant)"),
        ("demandeur_emploi", "Vous êtes demandeur d'emploi"),
        ("etudiant", "Vous êtes étudiant(e)"),
        (
            "sans_activite",
            (
                "Vous êtes sans activité et résidez en France de manière stable depuis plus "
                "de trois mois"
            ),
        ),
        ("autre", "Autre situation (précisez) :"),
    ]
    ink = INK_BLUE if fill == "hand" else INK_BLACK
    for key, label in opts:
        p1.rect(17, y - 3.4, 3.8, 3.8, 0.25, BLUE)
        p1.fit(24, y, label, "lib", 8.2, 168)
        if key == f["situation"]:
            tick(p1, 17, y - 3.4, 3.8, rng, ink)
        y += 6.2
        if key == "salarie":
            p1.text(24, y, "Emploi occupé :", "lib", 7.5, GREYL)
            p1.line(46, y + 1, 120, y + 1, 0.2, BLUE, dash=([1, 1], 0))
            p1.text(124, y, "Contrat :", "lib", 7.5, GREYL)
            for i, c in enumerate(["CDI", "CDD", "Intérim", "Autre"]):
                cx = 138 + i * 14.5
                p1.rect(cx, y - 3.2, 3.4, 3.4, 0.25, BLUE)
                p1.text(cx + 4.6, y, c, "lib", 7.5)
                if f.get("contract") == c:
                    tick(p1, cx, y - 3.2, 3.4, rng, ink)
            if f["situation"] == "salarie":
                _write(p1, 48, y - 0.3, f["job"], fill, rng, hf, 11)
            y += 7
    p1.line(24, y - 2.5, 195, y - 2.5, 0.2, BLUE, dash=([1, 1], 0))
    p1.text(105, 288, "S1106 — cerfa n° 15763*02 — page 1/2", "lib", 7, GREYL, "c")

    p2 = Page()
    y = _section(p2, 15, "C", "VOS ENGAGEMENTS ET SIGNATURE")
    y = p2.para(
        15,
        y,
        "Je certifie sur l'honneur l'exactitude des renseignements portés sur ce formulaire. "
        "Je m'engage à signaler à ma caisse d'assurance maladie tout changement dans ma situation "
        "(adresse, activité, situation familiale).",
        "lib",
        8.5,
        width=180,
        lead=4.0,
    )
    y = p2.para(
        15,
        y + 2,
        "La loi punit d'amende et/ou d'emprisonnement quiconque se rend coupable de fraude "
        "ou de fausse déclaration (articles 313-1 à 313-3, 433-19, 441-1 et suivants du code pénal).",
        "lib",
        7,
        width=180,
        lead=3.3,
    )
    y += 6
    p2.text(15, y, "Fait à", "lib", 9)
    p2.line(26, y + 1, 95, y + 1, 0.2, BLUE, dash=([1, 1], 0))
    _write(p2, 28, y - 0.3, f["place"], fill if fill == "hand" else "typed", rng, hf)
    p2.text(100, y, "le", "lib", 9)
    p2.line(105, y + 1, 150, y + 1, 0.2, BLUE, dash=([1, 1], 0))
    date_fill = "hand" if (fill == "hand" or f.get("date_by_hand")) else "typed"
    _write(p2, 107, y - 0.3, f["date_text"], date_fill, rng, hf)
    y += 6
    p2.text(120, y + 3.5, "Signature", "lib", 8, GREYL)
    p2.rect(120, y + 5, 75, 28, 0.3, BLUE)
    signature(p2, 123, y + 7, 68, 24, rng, INK_BLUE)
    y += 42
    y = _section(p2, y, "", "PIÈCES JUSTIFICATIVES À JOINDRE À VOTRE DEMANDE")
    for s in [
        (
            "la copie d'une pièce d'identité (passeport ou, pour les ressortissants de l'UE/EEE/Suisse, carte "
            "nationale d'identité) ;"
        ),
        (
            "si vous êtes de nationalité étrangère hors UE/EEE/Suisse, la copie de votre titre de séjour, de votre "
            "visa long séjour valant titre de séjour (VLS-TS) ou de votre récépissé ;"
        ),
        (
            "la copie de votre acte de naissance (extrait avec filiation ou copie intégrale), avec apostille ou "
            "légalisation le cas échéant ;"
        ),
        (
            "un justificatif de résidence en France depuis plus de trois mois (bail, trois factures successives, "
            "ou attestation d'hébergement accompagnée des justificatifs de l'hébergeant) ;"
        ),
        "un relevé d'identité bancaire (RIB) à votre nom ;",
        "si vous travaillez : la copie de votre contrat de travail ou de votre dernier bulletin de salaire.",
    ]:
        p2.text(17, y, "•", "lib", 8.5)
        y = p2.para(21, y, s, "lib", 8.2, width=172, lead=3.9) + 1.5
    y += 6
    p2.rect(15, y, 180, 30, 0.3, GREYL)
    p2.text(18, y + 5, "Cadre réservé à l'organisme", "lib-b", 8, GREYL)
    p2.text(18, y + 13, "Date de réception :", "lib", 7.5, GREYL)
    p2.text(18, y + 20, "Pièces vérifiées :", "lib", 7.5, GREYL)
    p2.text(110, y + 13, "Matricule agent :", "lib", 7.5, GREYL)
    p2.text(105, 288, "S1106 — cerfa n° 15763*02 — page 2/2", "lib", 7, GREYL, "c")
    return [p1, p2]


# ----------------------------------------------------------------------------- attestation
def attestation_hand(a: dict, rng: random.Random) -> list[Page]:
    """Handwritten attestation d'hébergement on a squared school sheet (Seyès)."""
    pg = Page(paper=(253, 253, 250))
    for i in range(133):
        yy = 20 + i * 2.0
        pg.line(
            0, yy, 210, yy, 0.12 if i % 4 else 0.2, (175, 190, 225) if i % 4 else (120, 140, 210)
        )
    pg.line(30, 0, 30, 297, 0.25, (220, 120, 140))
    font = a.get("font", "h-dkg")
    y = 36.0
    pg.hand(70, y, "Attestation d'hébergement", rng, font, 18)
    y += 16
    for ln in a["lines"]:
        pg.hand(34, y, ln, rng, font, 14.5, slope=-0.004)
        y += 8
    y += 8
    pg.hand(105, y, a["signed_line"], rng, font, 14.5)
    signature(pg, 112, y + 4, 60, 22, rng, INK_BLUE)
    return [pg]


def attestation_typed(a: dict, rng: random.Random) -> list[Page]:
    pg = Page()
    y = 24.0
    for ln in a["header"]:
        pg.text(20, y, ln, "carlito", 11)
        y += 5.2
    pg.text(105, 72, "ATTESTATION D'HÉBERGEMENT", "carlito-b", 15, align="c")
    y = 88.0
    for par in a["paragraphs"]:
        y = pg.para(20, y, par, "carlito", 11.5, width=170, lead=6.0) + 5
    pg.text(120, y + 10, a["signed_line"], "carlito", 11.5)
    pg.text(120, y + 17, "Signature :", "carlito", 11.5)
    signature(pg, 122, y + 19, 55, 22, rng, INK_BLUE)
    pg.text(20, 272, a["enclosures"], "carlito", 9.5, GREYL)
    return [pg]


# ----------------------------------------------------------------------------- lease
def lease(b: dict, rng: random.Random) -> list[Page]:
    """Contrat de location (logement vide), model of the décret n° 2015-587, agency print."""
    pages = []
    pg = Page()
    pg.text(20, 18, b["agency"], "lato-b", 12, (150, 30, 50))
    pg.text(20, 23, b["agency_addr"], "lato", 8, GREYL)
    pg.text(105, 38, "CONTRAT DE LOCATION", "lato-b", 15, align="c")
    pg.text(105, 44.5, "LOGEMENT NU À USAGE DE RÉSIDENCE PRINCIPALE", "lato", 9.5, align="c")
    pg.para(
        30,
        51,
        "(Soumis au titre Ier bis de la loi du 6 juillet 1989 tendant à améliorer les rapports "
        "locatifs et portant modification de la loi n° 86-1290 du 23 décembre 1986)",
        "lato",
        8,
        width=150,
        lead=3.8,
    )
    y = 68.0

    def h(t):
        nonlocal y
        pg.rect(20, y - 4.3, 170, 6, 0, fill=(235, 235, 240))
        pg.text(22, y, t, "lato-b", 9.5)
        y += 8

    def kv(k, v):
        nonlocal y
        pg.text(24, y, k, "lato", 9, GREYL)
        pg.fit(88, y, v, "lato-b", 9, 100)
        y += 5.8

    def p(s):
        nonlocal y
        y = pg.para(24, y, s, "lato", 8.8, width=164, lead=4.3) + 2

    h("I. DÉSIGNATION DES PARTIES")
    p("Le présent contrat est conclu entre les soussignés :")
    kv("Bailleur :", b["landlord"])
    kv("Adresse du bailleur :", b["landlord_addr"])
    kv("Mandataire :", b["agency"] + " — carte prof. " + b["card"])
    kv("Locataire(s) :", b["tenant"])
    kv("Né le :", b["tenant_dob"])
    p("ci-après dénommé(s) « le locataire ».")
    h("II. OBJET DU CONTRAT")
    kv("Adresse du logement :", b["address"])
    kv("Type d'habitat :", "Immeuble collectif — " + b["floor"])
    kv("Régime juridique :", "Copropriété")
    kv("Surface habitable :", b["surface"])
    kv("Nombre de pièces principales :", b["rooms"])
    kv("Équipements :", "cuisine équipée, cave n° " + b["cave"])
    kv("Chauffage / eau chaude :", "individuel électrique")
    h("III. DATE DE PRISE D'EFFET ET DURÉE DU CONTRAT")
    kv("Date de prise d'effet :", b["start_print"])
    kv("Durée du contrat :", "3 ans (trois ans)")
    p(
        "Le contrat se renouvelle tacitement par périodes de trois ans, sauf congé délivré dans les "
        "conditions de l'article 15 de la loi du 6 juillet 1989."
    )
    h("IV. CONDITIONS FINANCIÈRES")
    kv("Loyer mensuel hors charges :", b["rent"])
    kv("Provision sur charges :", b["charges"])
    kv("Modalité de paiement :", "mensuel, à terme échu, le 5 de chaque mois")
    kv("Zone tendue :", "oui — loyer de référence majoré : " + b["ref_rent"])
    pg.text(105, 288, "Paraphes : ______  ______            page 1/3", "lato", 7.5, GREYL, "c")
    pages.append(pg)

    pg = Page()
    y = 22.0
    h("V. GARANTIES")
    kv("Dépôt de garantie :", b["deposit"])
    h("VI. CLAUSE DE SOLIDARITÉ — CLAUSE RÉSOLUTOIRE")
    for s in b["clauses"]:
        p(s)
    h("VII. HONORAIRES DE LOCATION")
    kv("À la charge du locataire :", b["fees"])
    h("VIII. ANNEXES")
    for s in [
        "Dossier de diagnostic technique (DPE, CREP, ERP, électricité)",
        "Notice d'information",
        "État des lieux d'entrée",
        "Extrait du règlement de copropriété",
    ]:
        p("— " + s)
    pg.text(105, 288, "Paraphes : ______  ______            page 2/3", "lato", 7.5, GREYL, "c")
    pages.append(pg)

    pg = Page()
    y = 24.0
    p(
        "Fait et signé à "
        + b["signed_at"]
        + ", le "
        + b["signed_on"]
        + ", en deux exemplaires originaux "
        "dont un remis à chacune des parties qui le reconnaît."
    )
    y += 6
    pg.text(24, y, "Le bailleur (ou son mandataire)", "lato-b", 9)
    pg.text(118, y, "Le(s) locataire(s)", "lato-b", 9)
    pg.text(24, y + 5, "« Lu et approuvé »", "lato", 8.5, GREYL)
    pg.text(118, y + 5, "« Lu et approuvé »", "lato", 8.5, GREYL)
    pg.rect(24, y + 8, 70, 34, 0.2, GREYL)
    pg.rect(118, y + 8, 70, 34, 0.2, GREYL)
    signature(pg, 27, y + 10, 62, 28, rng, INK_BLUE)
    signature(pg, 121, y + 10, 62, 28, rng, INK_BLACK)
    pg.text(105, 288, "page 3/3", "lato", 7.5, GREYL, "c")
    pages.append(pg)
    return pages


# ----------------------------------------------------------------------------- contract
def work_contract(c: dict, rng: random.Random) -> list[Page]:
    """Contrat de travail à durée déterminée, two pages, signed by both parties."""
    pg = Page()
    pg.text(20, 20, c["employer"], "caladea-b", 13)
    for i, s in enumerate(c["employer_lines"]):
        pg.text(20, 25.5 + 4.4 * i, s, "caladea", 8.5, GREYL)
    pg.text(105, 52, c["title"], "caladea-b", 14, align="c")
    y = 64.0
    for par in c["page1"]:
        if par.startswith("#"):
            pg.text(20, y, par[1:], "caladea-b", 10.5)
            y += 6
        else:
            y = pg.para(20, y, par, "caladea", 10, width=170, lead=4.9) + 3
    pg.text(105, 288, "1/2", "caladea", 8, GREYL, "c")
    pg2 = Page()
    y = 24.0
    for par in c["page2"]:
        if par.startswith("#"):
            pg2.text(20, y, par[1:], "caladea-b", 10.5)
            y += 6
        else:
            y = pg2.para(20, y, par, "caladea", 10, width=170, lead=4.9) + 3
    y += 4
    pg2.text(
        20, y, f"Fait à {c['signed_at']}, le {c['signed_on']}, en deux exemplaires.", "caladea", 10
    )
    y += 10
    pg2.text(20, y, "Pour l'employeur", "caladea-b", 10)
    pg2.text(20, y + 5, c["signatory"], "caladea", 9)
    pg2.text(118, y, "Le salarié", "caladea-b", 10)
    pg2.text(118, y + 5, "(mention « lu et approuvé »)", "caladea", 8.5, GREYL)
    pg2.hand(118, y + 13, "Lu et approuvé", rng, "h-dkg", 12)
    signature(pg2, 20, y + 9, 60, 24, rng, INK_BLACK)
    signature(pg2, 118, y + 16, 60, 22, rng, INK_BLUE)
    pg2.text(105, 288, "2/2", "caladea", 8, GREYL, "c")
    return [pg, pg2]
