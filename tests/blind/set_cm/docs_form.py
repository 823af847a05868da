"""Cerfa 15763*02 (S1106) application form, two print runs, typed or handwritten values."""

from util import A4, MM, finish, handtext, new_pdf, signature, tick, wrap

SITS = [
    ("salarie", "Vous exercez une activité salariée en France", True),
    ("independant", "Vous exercez une activité non salariée (travailleur indépendant)", False),
    ("demandeur_emploi", "Vous êtes demandeur d'emploi", False),
    ("etudiant", "Vous êtes étudiant(e)", False),
    ("sans_activite", ("Vous êtes sans activité et résidez en France de manière stable et "
     "régulière depuis plus de 3 mois"), False),
    ("autre", "Autre situation (précisez) :", False),
]  # fmt: skip


def _comb(c, x, y, n, w, h=5.5 * MM):
    c.setLineWidth(0.6)
    c.setStrokeColorRGB(0.2, 0.2, 0.2)
    for i in range(n):
        c.rect(x + i * w, y, w, h)


def form(f, rng, run=1, hand=True):
    """f: dict with surname, usage, given, sex, dob (iso), pob, nat, addr, cp, city, tel, mail,
    situation, contract, job, place, date_text, signed."""
    W, H = A4
    c, buf = new_pdf()
    hf = f.get("hand_font", "Ecolier")
    ink = f.get("ink", (0.08, 0.12, 0.5))
    lab_f, lab_b = ("Lato", "LatoB") if run == 1 else ("Sans", "SansB")
    bar = (0.0, 0.33, 0.62) if run == 1 else (0.2, 0.2, 0.2)

    def val(x, y, text, size=11, boxed=None):
        if not text:
            return
        if boxed:
            for i, ch in enumerate(text[: boxed[1]]):
                if hand:
                    handtext(c, x + i * boxed[0] + 1.2 * MM, y, ch, rng, hf, size, ink)
                else:
                    c.setFont("Courier", size)
                    c.setFillColorRGB(0, 0, 0)
                    c.drawString(x + i * boxed[0] + 1.2 * MM, y, ch)
        elif hand:
            handtext(c, x, y, text, rng, hf, size, ink)
        else:
            c.setFont("Courier", size - 1)
            c.setFillColorRGB(0, 0, 0)
            c.drawString(x, y, text)

    def section(y, letter, title):
        if run == 1:
            c.setFillColorRGB(*bar)
            c.rect(15 * MM, y, W - 30 * MM, 6.5 * MM, stroke=0, fill=1)
            c.setFillColorRGB(1, 1, 1)
            c.setFont(lab_b, 10)
            c.drawString(18 * MM, y + 2 * MM, f"{letter}  {title}")
        else:
            c.setFillColorRGB(0, 0, 0)
            c.setFont(lab_b, 10.5)
            c.drawString(15 * MM, y + 2 * MM, f"{letter} - {title}")
            c.setLineWidth(1)
            c.line(15 * MM, y + 0.5 * MM, W - 15 * MM, y + 0.5 * MM)
        c.setFillColorRGB(0, 0, 0)

    # ---- page 1
    c.setFillColorRGB(*bar)
    c.setFont(lab_b, 13)
    c.drawString(15 * MM, H - 18 * MM, "l'Assurance")
    c.drawString(15 * MM, H - 23.5 * MM, "Maladie")
    c.setFillColorRGB(0, 0, 0)
    c.setLineWidth(0.8)
    c.rect(W - 45 * MM, H - 24 * MM, 30 * MM, 11 * MM)
    c.setFont(lab_b, 9)
    c.drawCentredString(W - 30 * MM, H - 17 * MM, "cerfa")
    c.setFont(lab_f, 8)
    c.drawCentredString(W - 30 * MM, H - 21.5 * MM, "N° 15763*02")
    c.setFont(lab_b, 14)
    c.drawCentredString(W / 2, H - 34 * MM, "Demande d'ouverture des droits à l'assurance maladie")
    c.setFont(lab_f, 10)
    c.drawCentredString(W / 2, H - 40 * MM, "Protection universelle maladie (PUMa)")
    c.setFont(lab_f, 6.5)
    y = wrap(c, 15 * MM, H - 47 * MM, "Articles L. 160-1, L. 160-5, L. 160-6, L. 160-7, R. 111-3 "
             "et D. 160-2 du code de la sécurité sociale. Vous résidez en France de manière stable "
             "et régulière : remplissez ce formulaire et joignez les pièces justificatives "
             "demandées. Les informations recueillies sont nécessaires à l'ouverture de vos droits."
             " La loi n° 78-17 du 6 janvier 1978 modifiée garantit un droit d'accès et de "
             "rectification.", W - 30 * MM, lab_f, 6.5, 8)  # fmt: skip
    y -= 9 * MM
    section(y, "A", "VOUS")
    cw = 6 * MM if run == 1 else 5.2 * MM
    fs = 7.5

    def label(x, yy, t):
        c.setFont(lab_f, fs)
        c.setFillColorRGB(0.1, 0.1, 0.1)
        c.drawString(x, yy, t)

    def line_field(yy, t, text, x0=None, size=11):
        label(15 * MM, yy, t)
        x0 = x0 or 15 * MM + c.stringWidth(t, lab_f, fs) + 3 * MM
        if run == 1:
            c.setDash(1, 2)
            c.setLineWidth(0.4)
            c.line(x0, yy - 1, W - 15 * MM, yy - 1)
            c.setDash()
        else:
            c.setLineWidth(0.5)
            c.rect(x0 - 1 * MM, yy - 2 * MM, W - 15 * MM - x0 + 1 * MM, 6.5 * MM)
        val(x0 + 1 * MM, yy, text, size)

    y -= 11 * MM
    line_field(y, "Nom de naissance :", f["surname"])
    y -= 9 * MM
    line_field(y, "Nom d'usage (facultatif) :", f.get("usage") or "")
    y -= 9 * MM
    line_field(y, "Prénom(s) :", f["given"])
    y -= 10 * MM
    label(15 * MM, y, "Sexe :")
    for i, s in enumerate("FM"):
        bx = 28 * MM + i * 14 * MM
        c.rect(bx, y - 1 * MM, 3.5 * MM, 3.5 * MM)
        label(bx + 5 * MM, y, s)
        if f["sex"] == s:
            if hand:
                tick(c, bx, y - 1 * MM, 3.5 * MM, rng, ink, cross=True)
            else:
                c.setFont("SansB", 9)
                c.drawString(bx + 0.6 * MM, y - 0.2 * MM, "X")
    label(70 * MM, y, "Date de naissance :")
    d = f["dob"]
    digits = d[8:10] + d[5:7] + d[0:4]
    bx = 98 * MM
    for j, (a, b) in enumerate([(0, 2), (2, 4), (4, 8)]):
        _comb(c, bx, y - 1.8 * MM, b - a, 5.2 * MM)
        val(bx, y - 0.3 * MM, digits[a:b], 11, (5.2 * MM, b - a))
        bx += (b - a) * 5.2 * MM + 3 * MM
    y -= 10 * MM
    line_field(y, "Lieu de naissance (commune, pays) :", f["pob"])
    y -= 9 * MM
    line_field(y, "Nationalité :", f["nat"])
    y -= 11 * MM
    label(15 * MM, y + 4 * MM, "N° de sécurité sociale (si vous en avez un) :")
    _comb(c, 15 * MM, y - 2 * MM, 13, cw * 0.8)
    _comb(c, 15 * MM + 14 * cw * 0.8, y - 2 * MM, 2, cw * 0.8)
    if f.get("nir"):
        val(15 * MM, y - 0.5 * MM, f["nir"][:13], 10, (cw * 0.8, 13))
    y -= 10 * MM
    line_field(y, "Adresse :", f["addr"])
    y -= 9 * MM
    line_field(y, "Code postal et commune :", f["cp"] + " " + f["city"])
    y -= 9 * MM
    line_field(y, "Téléphone :", f["tel"])
    y -= 9 * MM
    line_field(y, "Adresse e-mail :", f["mail"], size=10)
    y -= 14 * MM
    section(y, "B", "VOTRE SITUATION")
    y -= 9 * MM
    label(15 * MM, y, "Cochez la case correspondant à votre situation actuelle :")
    y -= 8 * MM
    for key, text, is_sal in SITS:
        c.setLineWidth(0.6)
        c.rect(17 * MM, y - 1 * MM, 3.5 * MM, 3.5 * MM)
        yy = wrap(c, 23 * MM, y, text, W - 40 * MM, lab_f, fs, 9)
        if f["situation"] == key:
            if hand:
                tick(c, 17 * MM, y - 1 * MM, 3.5 * MM, rng, ink, cross=rng.random() < 0.5)
            else:
                c.setFont("SansB", 9)
                c.drawString(17.6 * MM, y - 0.2 * MM, "X")
        if is_sal:
            y = yy - 1 * MM
            label(23 * MM, y, "Emploi occupé :")
            label(110 * MM, y, "Type de contrat : CDI / CDD / intérim / autre")
            if f["situation"] == "salarie":
                val(45 * MM, y, f["job"], 10)
                val(172 * MM, y, f["contract"], 10)
            yy = y - 7 * MM
        if key == "autre":
            c.setDash(1, 2)
            c.line(65 * MM, y - 1, W - 15 * MM, y - 1)
            c.setDash()
        y = yy - 3 * MM
    c.setFont(lab_f, 6.5)
    c.drawRightString(W - 15 * MM, 10 * MM, "S1106 — cerfa n° 15763*02 — page 1/2")
    c.showPage()

    # ---- page 2
    y = H - 22 * MM
    section(y, "C", "VOS ENGAGEMENTS ET SIGNATURE")
    c.setFont(lab_f, 8)
    y = wrap(c, 15 * MM, y - 9 * MM, "Je certifie sur l'honneur l'exactitude des renseignements "
             "portés sur ce formulaire et m'engage à signaler à ma caisse d'assurance maladie tout "
             "changement dans ma situation. La loi punit quiconque se rend coupable de fraude ou "
             "de fausse déclaration (articles 313-1, 313-3, 433-19, 441-1 et 441-7 du code "
             "pénal).", W - 30 * MM, lab_f, 8, 10)  # fmt: skip
    y -= 8 * MM
    label(15 * MM, y, "Fait à")
    c.setDash(1, 2)
    c.line(26 * MM, y - 1, 90 * MM, y - 1)
    c.line(102 * MM, y - 1, 150 * MM, y - 1)
    c.setDash()
    label(95 * MM, y, "le")
    val(28 * MM, y + 0.5, f["place"], 11)
    if f.get("date_text"):
        val(104 * MM, y + 0.5, f["date_text"], 11)
    y -= 8 * MM
    sx, sy, sw, sh = 110 * MM, y - 32 * MM, 85 * MM, 30 * MM
    c.setLineWidth(0.8)
    c.rect(sx, sy, sw, sh)
    if run == 1:
        label(sx + 2 * MM, sy + sh - 4 * MM, "Signature")
    else:
        label(sx, sy + sh + 1.5 * MM, "Signature")
    if f.get("signed", True):
        signature(c, sx + 10 * MM, sy + 6 * MM, 55 * MM, 14 * MM, rng, ink=f.get("sig_ink", ink))
    y = sy - 12 * MM
    section(y, "", "PIÈCES JUSTIFICATIVES À JOINDRE À VOTRE DEMANDE")
    y -= 9 * MM
    for p in [
        "La photocopie de votre pièce d'identité (passeport ou carte d'identité).",
        (
            "Si vous êtes ressortissant d'un État hors UE/EEE/Suisse : la photocopie de votre titre de "
            "séjour, visa long séjour valant titre de séjour (VLS-TS) ou récépissé en cours de "
            "validité."
        ),
        (
            "La photocopie de votre acte de naissance (copie intégrale ou extrait avec filiation), "
            "apostillé ou légalisé si délivré à l'étranger."
        ),
        (
            "Un justificatif de résidence en France depuis plus de 3 mois (bail, trois factures "
            "successives, attestation d'hébergement accompagnée de la pièce d'identité et d'un "
            "justificatif de domicile de l'hébergeant)."
        ),
        "Un relevé d'identité bancaire (RIB) à votre nom.",
        "Si vous êtes salarié : votre contrat de travail ou votre dernier bulletin de salaire.",
    ]:
        c.setFont(lab_f, 8)
        c.drawString(17 * MM, y, "•")
        y = wrap(c, 21 * MM, y, p, W - 40 * MM, lab_f, 8, 10) - 2 * MM
    y -= 6 * MM
    c.setFillColorRGB(0.93, 0.93, 0.93)
    c.rect(15 * MM, y - 28 * MM, W - 30 * MM, 28 * MM, stroke=1, fill=1)
    c.setFillColorRGB(0, 0, 0)
    c.setFont(lab_b, 8)
    c.drawString(18 * MM, y - 5 * MM, "Cadre réservé à l'organisme")
    c.setFont(lab_f, 7.5)
    c.drawString(18 * MM, y - 12 * MM, "Date de réception : ....../....../..........")
    c.drawString(18 * MM, y - 19 * MM, "Pièces vérifiées :  oui   non")
    c.drawString(110 * MM, y - 12 * MM, "Matricule agent : ....................")
    c.setFont(lab_f, 6.5)
    c.drawRightString(W - 15 * MM, 10 * MM, "S1106 — cerfa n° 15763*02 — page 2/2")
    c.showPage()
    return finish(c, buf)
