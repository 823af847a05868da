"""French paperwork: cerfa 15763*02, attestation d'hébergement, bail loi 1989, CDI."""

from __future__ import annotations

from reportlab.lib.pagesizes import A4
from reportlab.pdfbase.pdfmetrics import stringWidth

from lib import INK_BLACK, INK_BLUE, MM, finish, hand, new_pdf, signature, text_block

W, H = A4
BLUE = (0.0, 0.3, 0.6)


# ------------------------------------------------------------------ cerfa 15763*02
def _section(c, run, y, title):
    if run == 1:
        c.setFillColorRGB(*BLUE)
        c.rect(15 * MM, y - 1.5 * MM, W - 30 * MM, 6.5 * MM, fill=1, stroke=0)
        c.setFillColorRGB(1, 1, 1)
        c.setFont("ArialB", 10)
        c.drawString(18 * MM, y + 0.3 * MM, title)
    else:
        c.setFillColorRGB(*BLUE)
        c.setFont("LatoB", 11)
        c.drawString(15 * MM, y, title)
        c.setStrokeColorRGB(*BLUE)
        c.setLineWidth(1)
        c.line(15 * MM, y - 1.8 * MM, W - 15 * MM, y - 1.8 * MM)
    c.setFillColorRGB(*INK_BLACK)


def _value(c, x, y, text, mode, rng, size=10, hf="Hand3"):
    if not text:
        return
    if mode == "hand":
        hand(c, x, y, text, rng, font=hf, size=size + (6 if hf == "Hand1" else 2))
    else:
        c.setFillColorRGB(0, 0, 0)
        c.setFont("Courier", size)
        c.drawString(x, y, text)


def _comb(c, x, y, n, text, mode, rng, bw=4.6 * MM, bh=5.6 * MM, hf="Hand3"):
    c.setStrokeColorRGB(0.35, 0.45, 0.6)
    c.setLineWidth(0.5)
    for i in range(n):
        c.rect(x + i * bw, y - 1.5 * MM, bw, bh)
    for i, ch in enumerate(text[:n]):
        if ch == " ":
            continue
        if mode == "hand":
            hand(c, x + i * bw + 0.9 * MM, y + 0.1 * MM, ch, rng, font="Hand3", size=11.5)
        else:
            c.setFont("Courier", 11)
            c.drawCentredString(x + i * bw + bw / 2, y + 0.2 * MM, ch)
    return x + n * bw


def _box(c, x, y, ticked, mode, rng, size=3.6 * MM):
    c.setStrokeColorRGB(0.2, 0.2, 0.3)
    c.setLineWidth(0.6)
    c.rect(x, y - 0.6 * MM, size, size)
    if not ticked:
        return
    c.saveState()
    if mode == "hand":
        c.setStrokeColorRGB(*INK_BLUE)
        c.setLineWidth(1.3)
        c.line(x - 0.4 * MM, y - 0.4 * MM, x + size + 0.8 * MM, y + size)
        c.line(x + size + 0.2 * MM, y - 0.8 * MM, x - 0.2 * MM, y + size + 0.4 * MM)
    else:
        c.setFont("ArialB", 10)
        c.drawString(x + 0.6 * MM, y, "X")
    c.restoreState()


def cerfa_form(f: dict, rng, mode="hand", run=1) -> bytes:
    """Two-page S1106 form. mode: hand | typed (values); signature always by hand when signed."""
    c, buf = new_pdf()
    lab_font = "Arial" if run == 1 else "Lato"
    hf = f.get("hand_font", "Hand3")
    # header
    c.setFillColorRGB(*BLUE)
    c.setFont("ArialB" if run == 1 else "LatoB", 13)
    c.drawString(15 * MM, H - 18 * MM, "l'Assurance")
    c.drawString(15 * MM, H - 23.5 * MM, "Maladie")
    c.setStrokeColorRGB(0, 0, 0)
    c.setLineWidth(0.8)
    c.rect(W - 45 * MM, H - 26 * MM, 30 * MM, 13 * MM)
    c.setFillColorRGB(0, 0, 0)
    c.setFont("ArialB", 11)
    c.drawCentredString(W - 30 * MM, H - 18.5 * MM, "cerfa")
    c.setFont("Arial", 8)
    c.drawCentredString(W - 30 * MM, H - 23 * MM, "N° 15763*02")
    c.setFont(("ArialB" if run == 1 else "LatoB"), 14)
    c.drawCentredString(W / 2 + 5 * MM, H - 20 * MM, "Demande d'ouverture des droits")
    c.drawCentredString(W / 2 + 5 * MM, H - 26 * MM, "à l'assurance maladie")
    c.setFont(lab_font, 9.5)
    c.drawCentredString(W / 2 + 5 * MM, H - 31.5 * MM, "Protection universelle maladie (PUMa)")
    c.setFont(lab_font, 6.5)
    text_block(
        c,
        15 * MM,
        H - 38 * MM,
        [
            (
                "Vous travaillez ou résidez en France de manière stable et régulière : vous pouvez "
                "bénéficier de la prise en charge de vos frais de santé."
            ),
            (
                "Remplissez ce formulaire et adressez-le, accompagné des pièces justificatives, à la "
                "caisse d'assurance maladie de votre lieu de résidence."
            ),
            (
                "Articles L. 160-1, L. 160-5, L. 160-17, R. 111-2 et D. 160-2 du code de la sécurité "
                "sociale."
            ),
        ],
        lab_font,
        6.5,
    )
    y = H - 55 * MM
    _section(c, run, y, "A  VOUS")
    y -= 10 * MM

    def label(t, x, yy, size=8):
        c.setFillColorRGB(*INK_BLACK)
        c.setFont(lab_font, size)
        c.drawString(x, yy, t)
        return x + stringWidth(t, lab_font, size) + 2 * MM

    x = label("Nom de naissance", 15 * MM, y)
    _comb(c, x, y, 26, f["surname"].upper(), mode, rng, bw=4.3 * MM)
    y -= 8.5 * MM
    x = label("Nom d'usage (facultatif)", 15 * MM, y)
    _comb(c, x, y, 24, (f.get("usage") or "").upper(), mode, rng, bw=4.3 * MM)
    y -= 8.5 * MM
    x = label("Prénom(s)", 15 * MM, y)
    if run == 1:
        _comb(c, x, y, 28, f["given"].upper(), mode, rng, bw=4.3 * MM)
    else:
        c.setDash(1, 2)
        c.line(x, y - 1 * MM, W - 15 * MM, y - 1 * MM)
        c.setDash()
        _value(c, x + 2 * MM, y, f["given"], mode, rng, hf=hf)
    y -= 9 * MM
    x = label("Sexe :", 15 * MM, y)
    x = label("F", x, y)
    _box(c, x, y, f["sex"] == "F", mode, rng)
    x = label("M", x + 6 * MM, y)
    _box(c, x, y, f["sex"] == "M", mode, rng)
    x = label("Date de naissance", x + 12 * MM, y)
    d, m, yy = f["dob"].split("/")
    x = _comb(c, x, y, 2, d, mode, rng)
    x = _comb(c, x + 2 * MM, y, 2, m, mode, rng)
    _comb(c, x + 2 * MM, y, 4, yy, mode, rng)
    y -= 9 * MM
    x = label("Lieu de naissance : commune", 15 * MM, y)
    _value(c, x, y, f["pob_commune"], mode, rng, hf=hf)
    x = label("pays", 125 * MM, y)
    _value(c, x, y, f["pob_country"], mode, rng, hf=hf)
    y -= 8 * MM
    x = label("Nationalité", 15 * MM, y)
    _value(c, x, y, f["nationality"], mode, rng, hf=hf)
    y -= 9 * MM
    x = label("N° de sécurité sociale (si vous en avez un)", 15 * MM, y)
    x = _comb(c, x, y, 13, "", mode, rng, bw=4.1 * MM)
    x = label("clé", x + 2 * MM, y)
    _comb(c, x, y, 2, "", mode, rng, bw=4.1 * MM)
    y -= 8 * MM
    label("N° d'allocataire CAF (si vous en avez un)", 15 * MM, y)
    y -= 9 * MM
    x = label("Adresse", 15 * MM, y)
    _value(c, x, y, f["address"], mode, rng, hf=hf)
    y -= 8 * MM
    x = label("Code postal", 15 * MM, y)
    _comb(c, x, y, 5, f["cp"], mode, rng)
    x = label("Commune", 75 * MM, y)
    _value(c, x, y, f["commune"], mode, rng, hf=hf)
    y -= 8 * MM
    x = label("Téléphone", 15 * MM, y)
    _value(c, x, y, f["tel"], mode, rng, hf=hf)
    x = label("Adresse e-mail", 100 * MM, y)
    _value(c, x, y, f["email"], mode, rng, size=9, hf=hf)
    y -= 12 * MM
    _section(c, run, y, "B  VOTRE SITUATION")
    y -= 9 * MM
    label("Cochez la case correspondant à votre situation :", 15 * MM, y)
    y -= 8 * MM
    sit = f["situation"]
    opts = [
        ("salarie", "Vous exercez une activité salariée en France"),
        (
            "independant",
            "Vous exercez une activité non salariée en France (travailleur indépendant)",
        ),
        ("demandeur_emploi", "Vous êtes demandeur d'emploi"),
        ("etudiant", "Vous êtes étudiant(e)"),
        (
            "sans_activite",
            (
                "Vous n'exercez pas d'activité professionnelle et résidez en France de manière stable "
                "depuis plus de trois mois"
            ),
        ),
        ("autre", "Autre situation (précisez) :"),
    ]
    for key, text in opts:
        _box(c, 17 * MM, y, sit == key, mode, rng)
        c.setFont(lab_font, 7.8)
        c.drawString(23 * MM, y, text)
        y -= 6 * MM
        if key == "salarie":
            x = label("Type de contrat :", 27 * MM, y, 7.5)
            for ct in ("CDI", "CDD", "Intérim", "Autre"):
                _box(c, x, y, f.get("contract") == ct, mode, rng, size=3 * MM)
                x = label(ct, x + 4.5 * MM, y, 7.5) + 3 * MM
            x = label("Emploi occupé :", x + 2 * MM, y, 7.5)
            _value(c, x, y, f.get("job", ""), mode, rng, size=9, hf=hf)
            y -= 7 * MM
    c.setFont(lab_font, 6.5)
    c.drawString(15 * MM, 12 * MM, "S1106 — cerfa n° 15763*02 — page 1/2")
    c.showPage()
    # page 2
    y = H - 20 * MM
    _section(c, run, y, "C  VOS ENGAGEMENTS ET SIGNATURE")
    y -= 10 * MM
    c.setFont(lab_font, 8)
    y = text_block(
        c,
        15 * MM,
        y,
        [
            (
                "Je certifie sur l'honneur l'exactitude des renseignements portés sur ce formulaire et "
                "m'engage à signaler à ma caisse"
            ),
            (
                "tout changement dans ma situation. La loi rend passible d'amende et/ou d'emprisonnement "
                "quiconque se rend coupable de fraudes"
            ),
            "ou de fausses déclarations (articles 313-1 à 313-3, 433-19, 441-1 et 441-7 du code pénal).",
        ],
        lab_font,
        8,
    )
    y -= 6 * MM
    x = label("Fait à", 15 * MM, y, 9)
    c.setDash(1, 2)
    c.line(x, y - 1 * MM, x + 55 * MM, y - 1 * MM)
    c.setDash()
    if f.get("place"):
        if f["sign_mode"] == "hand":
            hand(c, x + 2 * MM, y, f["place"], rng, font=hf, size=13 if hf == "Hand3" else 17)
        else:
            _value(c, x + 2 * MM, y, f["place"], "typed", rng)
    x = label("le", x + 60 * MM, y, 9)
    c.setDash(1, 2)
    c.line(x, y - 1 * MM, x + 40 * MM, y - 1 * MM)
    c.setDash()
    if f.get("date_text"):
        if f["sign_mode"] == "hand":
            hand(c, x + 2 * MM, y, f["date_text"], rng, font="Hand3", size=13)
        else:
            _value(c, x + 2 * MM, y, f["date_text"], "typed", rng)
    y -= 8 * MM
    bx, bw, bh = 110 * MM, 80 * MM, 28 * MM
    c.setStrokeColorRGB(0.2, 0.2, 0.3)
    c.rect(bx, y - bh, bw, bh)
    if run == 1:
        c.setFont(lab_font, 8)
        c.drawString(bx + 2 * MM, y - 4 * MM, "Signature")
    else:
        c.setFont(lab_font, 8)
        c.drawString(bx, y + 1.5 * MM, "Signature")
    if f.get("signed"):
        signature(c, bx + 10 * MM, y - bh + 4 * MM, 58 * MM, 19 * MM, rng)
    y -= bh + 12 * MM
    c.setFillColorRGB(*BLUE)
    c.setFont("ArialB" if run == 1 else "LatoB", 10)
    c.drawString(15 * MM, y, "PIÈCES JUSTIFICATIVES À JOINDRE À VOTRE DEMANDE")
    y -= 7 * MM
    c.setFillColorRGB(*INK_BLACK)
    pieces = [
        "une pièce d'identité : passeport ou carte nationale d'identité (ressortissant UE/EEE/Suisse)",
        "si vous êtes de nationalité étrangère (hors UE) : titre de séjour, VLS-TS ou récépissé",
        (
            "un acte de naissance (copie intégrale ou extrait avec filiation), avec apostille le cas "
            "échéant"
        ),
        (
            "un justificatif de résidence en France depuis plus de trois mois (bail, trois factures "
            "successives, attestation d'hébergement...)"
        ),
        "un relevé d'identité bancaire (RIB) à votre nom",
        "si vous êtes salarié(e) : votre contrat de travail ou votre dernier bulletin de salaire",
    ]
    for t in pieces:
        c.setFont(lab_font, 7.8)
        c.drawString(17 * MM, y, "•  " + t)
        y -= 5.3 * MM
    y -= 8 * MM
    c.setStrokeColorRGB(0.4, 0.4, 0.4)
    c.setFillColorRGB(0.93, 0.93, 0.93)
    c.rect(15 * MM, y - 28 * MM, W - 30 * MM, 30 * MM, fill=1)
    c.setFillColorRGB(*INK_BLACK)
    c.setFont("ArialB", 8)
    c.drawString(18 * MM, y - 3 * MM, "Cadre réservé à l'organisme")
    c.setFont(lab_font, 7.5)
    c.drawString(18 * MM, y - 10 * MM, "Date de réception : ____ / ____ / ________")
    c.drawString(18 * MM, y - 17 * MM, "Pièces vérifiées :   □ oui   □ non")
    c.drawString(18 * MM, y - 24 * MM, "Matricule agent : ______________")
    c.setFont(lab_font, 6.5)
    c.drawString(15 * MM, 12 * MM, "S1106 — cerfa n° 15763*02 — page 2/2")
    c.showPage()
    return finish(c, buf)


# ------------------------------------------------------------------ attestation d'hébergement
def attestation_typed(a: dict, rng) -> bytes:
    c, buf = new_pdf()
    c.setFillColorRGB(*INK_BLACK)
    text_block(c, 20 * MM, H - 22 * MM, a["host_block"], "Carlito", 11)
    c.setFont("CarlitoB", 16)
    c.drawCentredString(W / 2, H - 70 * MM, "ATTESTATION D'HÉBERGEMENT")
    y = text_block(c, 22 * MM, H - 88 * MM, a["body"], "Carlito", 11.5, 7 * MM)
    c.setFont("Carlito", 11.5)
    c.drawString(110 * MM, y - 12 * MM, a["place_date"])
    if a["signed"]:
        signature(c, 115 * MM, y - 40 * MM, 55 * MM, 20 * MM, rng)
    text_block(c, 22 * MM, 45 * MM, a["annexes"], "Carlito", 9.5)
    c.showPage()
    return finish(c, buf)


def attestation_hand(a: dict, rng) -> bytes:
    """Handwritten on lined (Seyès-like) paper, then scanned/photographed by the caller."""
    c, buf = new_pdf()
    c.setStrokeColorRGB(0.72, 0.8, 0.92)
    c.setLineWidth(0.35)
    for k in range(int(H / (8 * MM))):
        c.line(0, k * 8 * MM, W, k * 8 * MM)
    c.setStrokeColorRGB(0.9, 0.55, 0.6)
    c.line(28 * MM, 0, 28 * MM, H)
    y = H - 24 * MM
    hand(c, 70 * MM, y, "Attestation d'hébergement", rng, font="Hand3", size=17)
    y -= 16 * MM
    for line in a["lines"]:
        hand(c, 32 * MM, y + 1, line, rng, font="Hand3", size=12.5)
        y -= 8 * MM
    y -= 4 * MM
    hand(c, 110 * MM, y, a["place_date"], rng, font="Hand3", size=12.5)
    if a["signed"]:
        signature(c, 115 * MM, y - 30 * MM, 55 * MM, 20 * MM, rng)
    c.showPage()
    return finish(c, buf)


# ------------------------------------------------------------------ bail (loi du 6 juillet 1989)
def lease(b: dict, rng) -> bytes:
    c, buf = new_pdf()
    font, bold = b.get("fonts", ("Serif", "SerifB"))
    c.setFillColorRGB(*INK_BLACK)
    if b.get("agency"):
        c.setFillColorRGB(0.1, 0.3, 0.35)
        c.setFont("RobotoB", 13)
        c.drawString(20 * MM, H - 18 * MM, b["agency"][0])
        c.setFont("Roboto", 7.5)
        text_block(c, 20 * MM, H - 23 * MM, b["agency"][1:], "Roboto", 7.5)
        c.setFillColorRGB(*INK_BLACK)
    c.setFont(bold, 14)
    c.drawCentredString(W / 2, H - 38 * MM, "CONTRAT DE LOCATION")
    c.setFont(font, 10)
    c.drawCentredString(W / 2, H - 44 * MM, "LOGEMENT NU À USAGE DE RÉSIDENCE PRINCIPALE")
    c.setFont(font, 8.5)
    c.drawCentredString(
        W / 2,
        H - 49 * MM,
        "(Soumis au titre Ier de la loi n° 89-462 du 6 juillet 1989 - contrat type du décret "
        "n° 2015-587)",
    )
    y = H - 62 * MM
    for title, lines in b["sections"][: b["split"]]:
        c.setFont(bold, 10.5)
        c.drawString(20 * MM, y, title)
        y = text_block(c, 24 * MM, y - 6 * MM, lines, font, 9.5, 5 * MM) - 5 * MM
    c.setFont(font, 8)
    c.drawRightString(W - 32 * MM, 12 * MM, "Paraphes :")
    hand(c, W - 30 * MM, 12 * MM, b["initials"][0], rng, font="Hand3", size=11)
    hand(c, W - 22 * MM, 11 * MM, b["initials"][-1], rng, font="Hand1", size=15)
    c.showPage()
    y = H - 25 * MM
    for title, lines in b["sections"][b["split"] :]:
        c.setFont(bold, 10.5)
        c.drawString(20 * MM, y, title)
        y = text_block(c, 24 * MM, y - 6 * MM, lines, font, 9.5, 5 * MM) - 5 * MM
    c.setFont(font, 10)
    c.drawString(20 * MM, y - 4 * MM, b["signed_line"])
    y -= 16 * MM
    c.drawString(25 * MM, y, "Le bailleur")
    c.drawString(120 * MM, y, "Le(s) locataire(s)")
    c.setFont(font, 8)
    c.drawString(25 * MM, y - 4 * MM, "(signature précédée de « lu et approuvé »)")
    c.drawString(120 * MM, y - 4 * MM, "(signature précédée de « lu et approuvé »)")
    hand(c, 27 * MM, y - 12 * MM, "Lu et approuvé", rng, font="Hand3", size=11)
    hand(c, 122 * MM, y - 12 * MM, "Lu et approuvé", rng, font="Hand1", size=16)
    signature(c, 25 * MM, y - 38 * MM, 50 * MM, 20 * MM, rng, color=(0.05, 0.05, 0.1))
    signature(c, 120 * MM, y - 38 * MM, 50 * MM, 20 * MM, rng)
    c.showPage()
    return finish(c, buf)


# ------------------------------------------------------------------ CDI
def cdi(k: dict, rng) -> bytes:
    c, buf = new_pdf()
    c.setFillColorRGB(0.25, 0.45, 0.4)
    c.setFont("OpenB", 12)
    c.drawString(20 * MM, H - 20 * MM, k["employer"])
    c.setFont("Open", 7.5)
    text_block(c, 20 * MM, H - 25 * MM, k["employer_lines"], "Open", 7.5)
    c.setFillColorRGB(*INK_BLACK)
    c.setFont("OpenB", 13)
    c.drawCentredString(W / 2, H - 52 * MM, "CONTRAT DE TRAVAIL À DURÉE INDÉTERMINÉE")
    y = text_block(c, 20 * MM, H - 64 * MM, k["parties"], "Open", 9, 4.8 * MM) - 4 * MM
    for title, lines in k["articles"][:4]:
        c.setFont("OpenB", 9.5)
        c.drawString(20 * MM, y, title)
        y = text_block(c, 20 * MM, y - 5 * MM, lines, "Open", 9, 4.6 * MM) - 3.5 * MM
    c.setFont("Open", 7)
    c.drawCentredString(W / 2, 12 * MM, "Page 1/2")
    c.showPage()
    y = H - 22 * MM
    for title, lines in k["articles"][4:]:
        c.setFont("OpenB", 9.5)
        c.drawString(20 * MM, y, title)
        y = text_block(c, 20 * MM, y - 5 * MM, lines, "Open", 9, 4.6 * MM) - 3.5 * MM
    c.setFont("Open", 9)
    c.drawString(20 * MM, y - 4 * MM, k["done"])
    y -= 16 * MM
    c.drawString(22 * MM, y, "Pour l'employeur")
    c.drawString(118 * MM, y, "Le/la salarié(e)")
    c.setFont("Open", 7.5)
    c.drawString(22 * MM, y - 4 * MM, k["signatory"])
    c.drawString(118 * MM, y - 4 * MM, "« Lu et approuvé, bon pour accord »")
    signature(c, 22 * MM, y - 32 * MM, 50 * MM, 20 * MM, rng, color=(0.05, 0.05, 0.1))
    hand(c, 120 * MM, y - 11 * MM, "Lu et approuvé, bon pour accord", rng, font="Hand1", size=15)
    signature(c, 118 * MM, y - 34 * MM, 50 * MM, 20 * MM, rng)
    c.setFont("Open", 7)
    c.drawCentredString(W / 2, 12 * MM, "Page 2/2")
    c.showPage()
    return finish(c, buf)
