"""Paper forms: cerfa 15763*02 (S1106), lease, rent receipt, attestation d'hébergement."""

from __future__ import annotations

from kit import INK_BLUE, Page, signature, text_mm

AM_BLUE = (0, 84, 160)


def _bar(pg: Page, y, title, run):
    if run == 0:
        pg.rect(12, y, 186, 6.5, stroke=None, fill=AM_BLUE)
        pg.text(15, y + 4.7, title, 9.5, "sansb", (255, 255, 255))
    else:
        pg.text(12, y + 4.7, title, 10.5, "sansb", AM_BLUE)
        pg.line(12, y + 6.3, 198, y + 6.3, AM_BLUE, 0.6)
    return y + 11


def _val(pg: Page, x, y, s, f, rng, size=10.5):
    if not s:
        return
    if f["mode"] == "hand":
        pg.hand(x, y, s, size + 1.5, rng, f["hand"], f["ink"])
    else:
        pg.text(x, y, s, size - 0.5, f.get("typed_font", "cond"), (10, 10, 10))


def _comb_val(pg: Page, xs, y, s, f, rng):
    for cx, ch in zip(xs, s, strict=False):
        if ch.strip():
            if f["mode"] == "hand":
                pg.hand(cx, y, ch, 12, rng, f["hand"], f["ink"], "m")
            else:
                pg.text(cx, y, ch, 10, "mono", (10, 10, 10), "m")


def _tick(pg: Page, x, y, f, rng):
    if f["mode"] == "hand":
        pg.hand(x + 1.8, y + 3.2, "X", 12, rng, f["hand"], f["ink"], "m")
    else:
        pg.text(x + 1.75, y + 3.0, "X", 10, "sansb", (10, 10, 10), "m")


def cerfa(f: dict, rng, run=0) -> list[Page]:
    """Both pages of the application form; f holds values and the fill mode."""
    p1 = Page()
    p1.text(12, 16, "l'Assurance", 15, "sansb", AM_BLUE)
    p1.text(12, 22.5, "Maladie", 15, "sansb", AM_BLUE)
    p1.rect(163, 9, 35, 14, stroke=(0, 0, 0), lw=0.4)
    p1.text(180.5, 14.5, "cerfa", 10, "sansb", anchor="m")
    p1.text(180.5, 20, "N° 15763*02", 8.5, "sans", anchor="m")
    p1.text(
        105, 33, "Demande d'ouverture des droits à l'assurance maladie", 13, "sansb", anchor="m"
    )
    p1.text(105, 39, "Protection universelle maladie (PUMa)", 10.5, "sans", AM_BLUE, "m")
    p1.para(
        12,
        46,
        186,
        "Articles L. 160-1, L. 160-5, L. 160-6, L. 160-7 et R. 111-2 à R. 111-4 "
        "du code de la sécurité sociale.",
        7,
        "sansi",
        color=(60, 60, 60),
    )
    y = p1.para(
        12,
        51,
        186,
        "Vous travaillez ou résidez en France de manière stable et régulière "
        "depuis plus de trois mois : remplissez ce formulaire pour bénéficier de la prise "
        "en charge de vos frais de santé. Joignez les pièces justificatives listées en "
        "page 2 et adressez le tout à la caisse d'assurance maladie de votre lieu de "
        "résidence.",
        7,
        "sans",
        color=(50, 50, 50),
    )
    y = _bar(p1, y + 2, "A  VOUS", run)
    labels = [
        ("Nom de naissance", "surname"),
        ("Nom d'usage (facultatif)", "usage"),
        ("Prénom(s)", "given"),
    ]
    for lab, key in labels:
        p1.text(14, y + 4, lab, 8.5, "sans")
        if run == 0:
            p1.rect(60, y - 0.5, 136, 6.5, lw=0.2)
        else:
            for xx in range(60, 196, 2):
                p1.line(xx, y + 5.2, xx + 0.7, y + 5.2, (90, 90, 90), 0.2)
        _val(p1, 62, y + 4.3, f.get(key, ""), f, rng)
        y += 9
    p1.text(14, y + 4, "Sexe", 8.5, "sans")
    for i, s in enumerate("FM"):
        p1.text(30 + i * 14, y + 4, s, 8.5, "sans")
        p1.box(34 + i * 14, y + 0.8)
        if f["sex"] == s:
            _tick(p1, 34 + i * 14, y + 0.8, f, rng)
    p1.text(70, y + 4, "Date de naissance", 8.5, "sans")
    cell = 5.0 if run == 0 else 5.6
    xs = p1.comb(100, y - 0.6, 8, cell, 6)
    _comb_val(p1, xs, y + 4.3, f["dob_comb"], f, rng)
    p1.text(101 + 8 * cell, y + 7.5, "JJ MM AAAA", 5.5, "sans", (90, 90, 90))
    y += 10
    for lab, key in [("Lieu de naissance : commune", "pob_city"), ("pays", "pob_country")]:
        w = text_mm(lab, 8.5) + 16
        p1.text(14 if key == "pob_city" else 120, y + 4, lab, 8.5, "sans")
        _val(p1, w if key == "pob_city" else 130, y + 4.3, f[key], f, rng)
        p1.line(
            w - 2 if key == "pob_city" else 128,
            y + 5.4,
            116 if key == "pob_city" else 196,
            y + 5.4,
            (90, 90, 90),
            0.2,
        )
    y += 9
    p1.text(14, y + 4, "Nationalité", 8.5, "sans")
    _val(p1, 36, y + 4.3, f["nationality"], f, rng)
    p1.line(34, y + 5.4, 120, y + 5.4, (90, 90, 90), 0.2)
    y += 9
    p1.text(14, y + 4, "N° de sécurité sociale (si vous en avez un)", 8.5, "sans")
    p1.comb(82, y - 0.6, 13, 4.6, 6)
    p1.comb(145, y - 0.6, 2, 4.6, 6)
    y += 10
    for lab, key, x2 in [
        ("Adresse", "address", 196),
        ("Code postal", "postcode", 60),
        ("Commune", "city", 196),
        ("Téléphone", "phone", 90),
        ("Adresse e-mail", "email", 196),
    ]:
        p1.text(14, y + 4, lab, 8.5, "sans")
        p1.line(40, y + 5.4, x2, y + 5.4, (90, 90, 90), 0.2)
        _val(p1, 42, y + 4.3, f[key], f, rng)
        y += 8.5
    y = _bar(p1, y + 3, "B  VOTRE SITUATION", run)
    sits = [
        ("salarie", "Vous exercez une activité salariée en France"),
        ("independant", "Vous exercez une activité non salariée (indépendant)"),
        ("demandeur_emploi", "Vous êtes demandeur d'emploi"),
        ("etudiant", "Vous êtes étudiant(e)"),
        (
            "sans_activite",
            "Vous êtes sans activité et résidez en France de manière stable depuis plus de 3 mois",
        ),
        ("autre", "Autre situation (précisez) :"),
    ]
    for key, lab in sits:
        p1.box(14, y)
        p1.text(20, y + 3, lab, 8.5, "sans")
        if key == f["situation"]:
            _tick(p1, 14, y, f, rng)
        if key == "salarie":
            y += 6.5
            p1.text(20, y + 3, "Emploi occupé :", 8, "sans")
            p1.line(43, y + 4, 110, y + 4, (90, 90, 90), 0.2)
            _val(p1, 45, y + 3.3, f.get("job", ""), f, rng, 9.5)
            p1.text(114, y + 3, "Contrat :", 8, "sans")
            for i, ct in enumerate(["CDI", "CDD", "Intérim", "Autre"]):
                p1.box(128 + i * 17, y + 0.2, 3.2)
                p1.text(132.5 + i * 17, y + 3, ct, 7.5, "sans")
                if f.get("contract") == ct:
                    _tick(p1, 128 + i * 17, y + 0.2, f, rng)
        y += 7.5
    p1.text(105, 290, "S1106 — cerfa n° 15763*02 — page 1/2", 6.5, "sans", (90, 90, 90), "m")

    p2 = Page()
    y = _bar(p2, 14, "C  VOS ENGAGEMENTS ET SIGNATURE", run)
    y = p2.para(
        14,
        y + 2,
        182,
        "Je certifie sur l'honneur l'exactitude des renseignements portés "
        "sur ce formulaire et m'engage à signaler à ma caisse tout changement de "
        "situation. La loi rend passible d'amende et/ou d'emprisonnement quiconque se rend "
        "coupable de fraudes ou de fausses déclarations (articles 313-1 à 313-3, 433-19, "
        "441-1 et 441-7 du code pénal).",
        8.5,
        "sans",
    )
    y += 4
    p2.text(14, y + 4, "Fait à", 9, "sans")
    p2.line(26, y + 5.2, 90, y + 5.2, (90, 90, 90), 0.2)
    p2.text(96, y + 4, "le", 9, "sans")
    p2.line(101, y + 5.2, 150, y + 5.2, (90, 90, 90), 0.2)
    _val(p2, 28, y + 4.3, f["place"], f, rng)
    if f.get("date_hand", f["mode"] == "hand"):
        p2.hand(103, y + 4.3, f["date_text"], 12, rng, f["hand"], f["ink"])
    else:
        p2.text(103, y + 4.3, f["date_text"], 10, f.get("typed_font", "cond"))
    y += 10
    p2.text(14, y + 3, "Signature", 9, "sansb")
    p2.rect(14, y + 5, 80, 30, lw=0.35)
    p2.image(20, y + 9, 62, 22, signature(rng, f["given"], 62, 22, f["ink"]))
    y += 44
    y = _bar(p2, y, "PIÈCES JUSTIFICATIVES À JOINDRE À VOTRE DEMANDE", run)
    pieces = [
        "la photocopie d'une pièce d'identité (passeport ou carte nationale d'identité) ;",
        "si vous n'êtes pas ressortissant de l'Union européenne, de l'EEE ou de la Suisse : la "
        "photocopie de votre titre de séjour, de votre visa long séjour valant titre de séjour "
        "(VLS-TS) ou de votre récépissé de demande ;",
        "la copie intégrale de votre acte de naissance ou un extrait avec filiation ;",
        "un justificatif de résidence en France depuis plus de trois mois (bail, factures, "
        "attestation d'hébergement) ;",
        "un relevé d'identité bancaire (RIB) à votre nom ;",
        "si vous êtes salarié : votre contrat de travail ou votre dernier bulletin de salaire.",
    ]
    for s in pieces:
        p2.text(16, y + 0.2, "•", 9, "sans")
        y = p2.para(20, y, 176, s, 8.5, "sans") + 1.2
    y += 6
    p2.rect(12, y, 186, 26, stroke=(120, 120, 120), fill=(238, 238, 238), lw=0.3)
    p2.text(15, y + 5, "Cadre réservé à l'organisme", 8.5, "sansb", (80, 80, 80))
    p2.text(15, y + 12, "Date de réception :", 8, "sans", (80, 80, 80))
    p2.text(15, y + 18, "Pièces vérifiées :   oui   non", 8, "sans", (80, 80, 80))
    p2.text(110, y + 12, "Matricule agent :", 8, "sans", (80, 80, 80))
    p2.text(105, 290, "S1106 — cerfa n° 15763*02 — page 2/2", 6.5, "sans", (90, 90, 90), "m")
    return [p1, p2]


def hand_lines(pg: Page, x, y, width, s, size, rng, hand, color=INK_BLUE, step=9.0):
    """Handwritten wrapped paragraph on ruled lines; returns y after."""
    for raw in s.split("\n"):
        line = ""
        for word in raw.split(" "):
            cand = (line + " " + word).strip()
            if line and text_mm(cand, size + 0.5, hand) * 1.04 > width:
                pg.hand(x, y, line, size, rng, hand, color)
                y += step
                line = word
            else:
                line = cand
        pg.hand(x, y, line, size, rng, hand, color)
        y += step
    return y


def attestation_hand(a: dict, rng) -> Page:
    """Attestation d'hébergement written by hand on a ruled sheet."""
    pg = Page(210, 297, bg=(252, 252, 250))
    for i in range(30):
        pg.line(0, 30 + i * 8.5, 210, 30 + i * 8.5, (170, 190, 220), 0.18)
    pg.line(28, 0, 28, 297, (230, 140, 150), 0.3)
    h, ink = a["hand"], a["ink"]
    pg.hand(120, 29, f"{a['host']}", 12, rng, h, ink)
    pg.hand(120, 37.5, a["addr1"], 12, rng, h, ink)
    pg.hand(120, 46, a["addr2"], 12, rng, h, ink)
    pg.hand(62, 72, "Attestation d'hébergement", 16, rng, h, ink)
    y = hand_lines(pg, 32, 89, 150, a["text"], 12.5, rng, h, ink, 8.5)
    pg.hand(110, y + 8.5, a["made"], 12.5, rng, h, ink)
    pg.image(120, y + 14, 55, 22, signature(rng, a["host"], 55, 22, ink))
    return pg


def lease(b: dict, rng) -> list[Page]:
    """Bail d'habitation (loi du 6 juillet 1989), 3 pages, printed and signed by hand."""
    p1 = Page()
    p1.text(105, 20, "CONTRAT DE LOCATION", 15, "serifb", anchor="m")
    p1.text(105, 27, "LOCAUX VIDES À USAGE D'HABITATION PRINCIPALE", 10, "serifb", anchor="m")
    p1.para(
        30,
        34,
        150,
        "(Soumis au titre Ier de la loi n° 89-462 du 6 juillet 1989 tendant à "
        "améliorer les rapports locatifs et portant modification de la loi n° 86-1290 du 23 "
        "décembre 1986 — contrat type défini par le décret n° 2015-587 du 29 mai 2015)",
        8,
        "serifi",
    )
    y = 52
    sections = [
        ("I. DÉSIGNATION DES PARTIES", b["parties"]),
        ("II. OBJET DU CONTRAT", b["object"]),
        ("III. DATE DE PRISE D'EFFET ET DURÉE DU CONTRAT", b["dates"]),
    ]
    for title, body in sections:
        p1.text(20, y, title, 10, "serifb")
        y = p1.para(20, y + 6, 170, body, 9.5, "serif", 1.45) + 4
    p1.text(105, 288, f"Paraphes :   {b['initials']}        page 1/3", 8, "serif", anchor="m")
    p2 = Page()
    y = 20
    for title, body in b["more"]:
        p2.text(20, y, title, 10, "serifb")
        y = p2.para(20, y + 6, 170, body, 9.5, "serif", 1.45) + 4
    p2.text(105, 288, f"Paraphes :   {b['initials']}        page 2/3", 8, "serif", anchor="m")
    p3 = Page()
    y = p3.para(20, 20, 170, b["last"], 9.5, "serif", 1.45) + 8
    p3.text(20, y, b["made"], 10, "serif")
    y += 12
    p3.text(20, y, "LE BAILLEUR", 9.5, "serifb")
    p3.text(20, y + 4.5, "(signature précédée de la mention « lu et approuvé »)", 7.5, "serifi")
    p3.text(115, y, "LE(S) LOCATAIRE(S)", 9.5, "serifb")
    p3.text(115, y + 4.5, "(signature précédée de la mention « lu et approuvé »)", 7.5, "serifi")
    black = (25, 25, 35)
    p3.hand(22, y + 16, "Lu et approuvé", 11, rng, "dkg", black)
    p3.image(22, y + 20, 50, 20, signature(rng, b["landlord"], 50, 20, black))
    p3.hand(117, y + 16, "Lu et approuvé", 11, rng, "breip", INK_BLUE)
    p3.image(117, y + 20, 50, 20, signature(rng, b["tenant"], 50, 20, INK_BLUE))
    p3.text(105, 288, f"Paraphes :   {b['initials']}        page 3/3", 8, "serif", anchor="m")
    return [p1, p2, p3]


def quittance(q: dict, rng) -> Page:
    pg = Page()
    pg.text(20, 22, q["landlord"], 10, "sansb")
    for i, ln in enumerate(q["landlord_addr"]):
        pg.text(20, 27 + i * 4.5, ln, 9, "sans")
    pg.text(120, 45, q["tenant"], 10, "sansb")
    for i, ln in enumerate(q["tenant_addr"]):
        pg.text(120, 50 + i * 4.5, ln, 9, "sans")
    pg.text(105, 75, "QUITTANCE DE LOYER", 15, "sansb", anchor="m")
    pg.text(105, 82, f"Période du {q['from']} au {q['to']}", 10, "sans", anchor="m")
    y = pg.para(20, 96, 170, q["text"], 10, "sans", 1.5)
    y += 6
    for lab, amt in q["lines"]:
        pg.text(30, y, lab, 10, "sans")
        pg.text(170, y, amt, 10, "sans", anchor="r")
        pg.line(30, y + 1.5, 170, y + 1.5, (200, 200, 200), 0.2)
        y += 7
    pg.text(30, y + 2, "Total réglé", 10, "sansb")
    pg.text(170, y + 2, q["total"], 10, "sansb", anchor="r")
    pg.text(20, y + 20, q["made"], 10, "sans")
    pg.image(120, y + 24, 50, 20, signature(rng, q["landlord"], 50, 20, (25, 25, 35)))
    pg.para(
        20,
        270,
        170,
        "Cette quittance annule tous les reçus qui auraient pu être donnés pour "
        "acompte versé sur la présente période. Elle ne vaut pas contrat de location "
        "(article 21 de la loi n° 89-462 du 6 juillet 1989).",
        7.5,
        "sansi",
        color=(80, 80, 80),
    )
    return pg
