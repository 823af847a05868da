"""The cerfa 15763*02 (S1106) 'Demande d'ouverture des droits à l'assurance maladie'."""

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm

from common import hand, hand_comb, para, signature

W, H = A4
BLUE = (0.0, 0.27, 0.6)
BOXW = 4.6 * mm


def _section(c, run, y, letter, title):
    if run == "A":
        c.setFillColorRGB(*BLUE)
        c.rect(12 * mm, y - 2, W - 24 * mm, 13, stroke=0, fill=1)
        c.setFillColorRGB(1, 1, 1)
        c.setFont("LatoB", 10)
        c.drawString(14 * mm, y + 1.5, letter + "  " + title)
    else:
        c.setFillColorRGB(0, 0, 0)
        c.setFont("OpenB", 10.5)
        c.drawString(12 * mm, y, letter + " - " + title)
        c.setStrokeColorRGB(*BLUE)
        c.setLineWidth(1.2)
        c.line(12 * mm, y - 3, W - 12 * mm, y - 3)
    c.setFillColorRGB(0, 0, 0)
    c.setStrokeColorRGB(0, 0, 0)


def _comb(c, x, y, n, bw=BOXW, h=5.5 * mm):
    c.setLineWidth(0.45)
    c.setStrokeColorRGB(0.3, 0.3, 0.35)
    for i in range(n):
        c.rect(x + i * bw, y, bw, h, stroke=1, fill=0)


def _check(c, x, y, s=3.3 * mm):
    c.setLineWidth(0.5)
    c.rect(x, y, s, s, stroke=1, fill=0)


def _tick(c, x, y, f, rng, s=3.3 * mm):
    if f["fill"] == "hand":
        c.saveState()
        c.setStrokeColorRGB(0.08, 0.14, 0.55)
        c.setLineWidth(1.1)
        c.line(x + rng.uniform(-1, 1), y + rng.uniform(-1, 1), x + s + rng.uniform(0, 2), y + s)
        c.line(x + rng.uniform(-1, 1), y + s + rng.uniform(0, 1), x + s, y + rng.uniform(-1, 0))
        c.restoreState()
    else:
        c.setFont("SansB", 10)
        c.drawString(x + 0.6, y + 0.6, "X")


def _val(c, x, y, text, f, rng, size=10):
    if not text:
        return
    if f["fill"] == "hand":
        hand(c, x, y, text, rng, f["hand_font"], size + 4)
    else:
        c.setFont(f["type_font"], size)
        c.setFillColorRGB(0, 0, 0)
        c.drawString(x, y, text)


def _combval(c, x, y, text, f, rng, bw=BOXW):
    if f["fill"] == "hand":
        hand_comb(c, x, y + 1.1 * mm, bw, text.upper(), rng, f["hand_font"], 13)
    else:
        c.setFont(f["type_font"], 10)
        for i, ch in enumerate(text.upper()):
            c.drawCentredString(x + i * bw + bw / 2, y + 1.5 * mm, ch)


def _label(c, run, x, y, t, size=8.5):
    c.setFillColorRGB(0.1, 0.1, 0.1)
    c.setFont("Lato" if run == "A" else "Open", size)
    c.drawString(x, y, t)


def page1(c, f, rng):
    run = f["run"]
    c.setFillColorRGB(*BLUE)
    c.setFont("LatoB", 15)
    c.drawString(12 * mm, H - 18 * mm, "l'Assurance")
    c.drawString(12 * mm, H - 24 * mm, "Maladie")
    c.setFont("Lato", 7)
    c.drawString(12 * mm, H - 28 * mm, "Agir ensemble, protéger chacun")
    c.setStrokeColorRGB(0, 0, 0)
    c.setLineWidth(0.8)
    c.rect(W - 45 * mm, H - 25 * mm, 33 * mm, 12 * mm)
    c.setFillColorRGB(0, 0, 0)
    c.setFont("LatoB", 11)
    c.drawString(W - 43 * mm, H - 18 * mm, "cerfa")
    c.setFont("Lato", 8.5)
    c.drawString(W - 43 * mm, H - 23 * mm, "N° 15763*02")
    c.setFont("LatoB" if run == "A" else "OpenB", 14)
    c.drawCentredString(W / 2 + 5 * mm, H - 38 * mm, "Demande d'ouverture des droits")
    c.drawCentredString(W / 2 + 5 * mm, H - 44 * mm, "à l'assurance maladie")
    c.setFont("Lato", 10)
    c.drawCentredString(W / 2 + 5 * mm, H - 50 * mm, "Protection universelle maladie (PUMa)")
    c.setFont("Lato", 6.5)
    y = para(
        c,
        12 * mm,
        H - 57 * mm,
        "Vous travaillez ou résidez en France de manière stable et régulière : vous pouvez "
        "bénéficier de la prise en charge de vos frais de santé. Remplissez ce formulaire "
        "en lettres capitales, joignez les pièces justificatives demandées et adressez le "
        "tout à la caisse d'assurance maladie de votre lieu de résidence. "
        "Articles L. 160-1, L. 160-5, L. 160-17, R. 111-3 et D. 160-2 du code de la "
        "sécurité sociale.",
        "Lato",
        6.5,
        W - 24 * mm,
        8,
    )
    y -= 6 * mm
    _section(c, run, y, "A", "VOUS")
    y -= 11 * mm
    lx, vx = 14 * mm, 58 * mm
    rows = [
        ("Nom de naissance", f["surname"], 26),
        ("Nom d'usage (facultatif)", f.get("usage", ""), 26),
        ("Prénom(s)", f["given"], 26),
    ]
    for lab, val, n in rows:
        if run == "A":
            _label(c, run, lx, y + 1.5 * mm, lab)
            _comb(c, vx, y, n)
            _combval(c, vx, y, val, f, rng)
            y -= 8.5 * mm
        else:
            _label(c, run, lx, y + 6.5 * mm, lab, 7.5)
            _comb(c, lx, y, 32)
            _combval(c, lx, y, val, f, rng)
            y -= 11 * mm
    _label(c, run, lx, y + 1.5 * mm, "Sexe")
    _label(c, run, lx + 18 * mm, y + 1.5 * mm, "F")
    _check(c, lx + 22 * mm, y + 0.5 * mm)
    _label(c, run, lx + 30 * mm, y + 1.5 * mm, "M")
    _check(c, lx + 34 * mm, y + 0.5 * mm)
    _tick(c, lx + (22 if f["sex"] == "F" else 34) * mm, y + 0.5 * mm, f, rng)
    _label(c, run, lx + 50 * mm, y + 1.5 * mm, "Date de naissance")
    dx = lx + 80 * mm
    d = f["dob"]
    for part in (d[8:10], d[5:7], d[0:4]):
        n = len(part)
        _comb(c, dx, y, n)
        _combval(c, dx, y, part, f, rng)
        dx += n * BOXW + 3 * mm
    c.setFont("Lato", 6)
    c.drawString(lx + 80 * mm, y - 2.5 * mm, "jour       mois           année")
    y -= 10 * mm
    _label(c, run, lx, y, "Lieu de naissance : commune")
    c.setDash(1, 2)
    c.line(lx + 42 * mm, y - 1, lx + 110 * mm, y - 1)
    _label(c, run, lx + 112 * mm, y, "pays")
    c.line(lx + 120 * mm, y - 1, W - 14 * mm, y - 1)
    c.setDash()
    _val(c, lx + 44 * mm, y + 0.5, f["pob_commune"], f, rng)
    _val(c, lx + 122 * mm, y + 0.5, f["pob_country"], f, rng)
    y -= 9 * mm
    _label(c, run, lx, y, "Nationalité")
    c.setDash(1, 2)
    c.line(lx + 20 * mm, y - 1, lx + 90 * mm, y - 1)
    c.setDash()
    _val(c, lx + 22 * mm, y + 0.5, f["nationality"], f, rng)
    y -= 10 * mm
    _label(c, run, lx, y + 1.5 * mm, "N° de sécurité sociale (si vous en avez un)")
    _comb(c, lx + 62 * mm, y, 13)
    _comb(c, lx + 62 * mm + 13 * BOXW + 3 * mm, y, 2)
    y -= 10 * mm
    _label(c, run, lx, y, "Adresse")
    c.setDash(1, 2)
    c.line(lx + 14 * mm, y - 1, W - 14 * mm, y - 1)
    c.setDash()
    _val(c, lx + 16 * mm, y + 0.5, f["address"], f, rng)
    y -= 10 * mm
    _label(c, run, lx, y + 1.5 * mm, "Code postal")
    _comb(c, lx + 20 * mm, y, 5)
    _combval(c, lx + 20 * mm, y, f["cp"], f, rng)
    _label(c, run, lx + 48 * mm, y + 1.5 * mm, "Commune")
    c.setDash(1, 2)
    c.line(lx + 63 * mm, y + 0.5 * mm, W - 14 * mm, y + 0.5 * mm)
    c.setDash()
    _val(c, lx + 65 * mm, y + 1.5 * mm, f["city"], f, rng)
    y -= 10 * mm
    _label(c, run, lx, y, "Téléphone")
    _val(c, lx + 20 * mm, y + 0.5, f["phone"], f, rng)
    _label(c, run, lx + 75 * mm, y, "Adresse e-mail")
    _val(c, lx + 98 * mm, y + 0.5, f["email"], f, rng, 9)
    y -= 12 * mm
    _section(c, run, y, "B", "VOTRE SITUATION")
    y -= 10 * mm
    options = [
        ("salarie", "Vous exercez une activité salariée en France. Type de contrat :"),
        (
            "independant",
            "Vous exercez une activité non salariée en France (travailleur "
            "indépendant, micro-entrepreneur)",
        ),
        ("demandeur_emploi", "Vous êtes demandeur d'emploi inscrit à France Travail"),
        ("etudiant", "Vous êtes étudiant(e)"),
        (
            "sans_activite",
            "Vous n'exercez pas d'activité professionnelle et vous résidez en "
            "France de manière stable et régulière depuis plus de trois mois",
        ),
        ("autre", "Autre situation, précisez :"),
    ]
    for key, text in options:
        _check(c, lx, y - 0.5 * mm)
        if key == f["situation"]:
            _tick(c, lx, y - 0.5 * mm, f, rng)
        yy = para(c, lx + 6 * mm, y, text, "Lato" if run == "A" else "Open", 8.5, 150 * mm, 10)
        if key == "salarie":
            cx = lx + 110 * mm
            for ct in ("CDI", "CDD", "Intérim", "Autre"):
                _check(c, cx, y - 0.5 * mm)
                if f.get("contract") == ct:
                    _tick(c, cx, y - 0.5 * mm, f, rng)
                _label(c, run, cx + 4.5 * mm, y, ct)
                cx += 17 * mm
        y = yy - 4 * mm
    c.setFont("Lato", 7)
    c.drawRightString(W - 12 * mm, 10 * mm, "S1106 — cerfa n° 15763*02 — page 1/2")
    c.showPage()


def page2(c, f, rng):
    run = f["run"]
    lx = 14 * mm
    y = H - 20 * mm
    _section(c, run, y, "C", "VOS ENGAGEMENTS ET SIGNATURE")
    y -= 10 * mm
    y = para(
        c,
        lx,
        y,
        "Je certifie sur l'honneur l'exactitude des renseignements portés sur "
        "ce formulaire. Je m'engage à signaler à ma caisse d'assurance maladie tout "
        "changement de situation (adresse, activité, résidence). La loi rend passible "
        "d'amende et/ou d'emprisonnement quiconque se rend coupable de fraudes ou de fausses "
        "déclarations (articles 313-1 à 313-3, 433-19, 441-1 et 441-7 du code pénal).",
        "Lato" if run == "A" else "Open",
        8.5,
        W - 28 * mm,
        11,
    )
    y -= 8 * mm
    _label(c, run, lx, y, "Fait à", 10)
    c.setDash(1, 2)
    c.line(lx + 11 * mm, y - 1, lx + 80 * mm, y - 1)
    _label(c, run, lx + 84 * mm, y, "le", 10)
    c.line(lx + 89 * mm, y - 1, lx + 135 * mm, y - 1)
    c.setDash()
    _val(c, lx + 13 * mm, y + 0.5, f["place"], f, rng, 11)
    if f.get("date_text"):
        _val(c, lx + 91 * mm, y + 0.5, f["date_text"], f, rng, 11)
    y -= 8 * mm
    bx, bw, bh = W - 90 * mm, 76 * mm, 30 * mm
    if run == "A":
        _label(c, run, bx, y, "Signature", 9)
        y -= 3 * mm
    c.setLineWidth(0.8)
    c.rect(bx, y - bh, bw, bh)
    if run == "B":
        c.setFillColorRGB(0.7, 0.7, 0.7)
        c.setFont("Open", 8)
        c.drawString(bx + 2 * mm, y - 4 * mm, "Signature")
        c.setFillColorRGB(0, 0, 0)
    if f["signed"]:
        signature(c, bx + 6 * mm, y - bh + 4 * mm, bw - 14 * mm, bh - 10 * mm, rng)
    y -= bh + 12 * mm
    _section(c, run, y, "", "PIÈCES JUSTIFICATIVES À JOINDRE À VOTRE DEMANDE")
    y -= 10 * mm
    pieces = [
        "une pièce d'identité : passeport (page d'identité) ou carte nationale d'identité ;",
        "si vous n'êtes pas ressortissant de l'UE/EEE/Suisse : votre titre de séjour, votre visa "
        "long séjour valant titre de séjour (VLS-TS) ou le récépissé de votre demande ;",
        "une copie intégrale ou un extrait d'acte de naissance avec filiation (apostillé ou "
        "légalisé selon le pays) ;",
        "un justificatif de résidence en France depuis plus de trois mois : bail, trois "
        "factures successives (électricité, gaz, eau, téléphone, internet) ou attestation "
        "d'hébergement accompagnée de la pièce d'identité et d'un justificatif de domicile "
        "de l'hébergeant ;",
        "un relevé d'identité bancaire (RIB) à votre nom ;",
        "si vous travaillez : votre contrat de travail ou votre dernier bulletin de salaire.",
    ]
    for ptxt in pieces:
        c.setFont("Lato", 8.5)
        c.drawString(lx, y, "•")
        y = para(c, lx + 4 * mm, y, ptxt, "Lato", 8.5, W - 32 * mm, 10.5) - 3
    y -= 8 * mm
    c.setFillColorRGB(0.93, 0.93, 0.93)
    c.rect(lx - 2 * mm, y - 30 * mm, W - 24 * mm, 32 * mm, stroke=1, fill=1)
    c.setFillColorRGB(0, 0, 0)
    c.setFont("LatoB", 9)
    c.drawString(lx, y - 4 * mm, "Cadre réservé à l'organisme")
    c.setFont("Lato", 8.5)
    c.drawString(lx, y - 12 * mm, "Date de réception : ....../....../..........")
    c.drawString(lx, y - 19 * mm, "Pièces vérifiées :  □ oui   □ non")
    c.drawString(lx, y - 26 * mm, "Matricule agent : ....................")
    c.setFont("Lato", 6.5)
    c.drawString(
        lx,
        16 * mm,
        "La loi n° 78-17 du 6 janvier 1978 modifiée relative à "
        "l'informatique, aux fichiers et aux libertés s'applique aux réponses faites sur "
        "ce formulaire.",
    )
    c.setFont("Lato", 7)
    c.drawRightString(W - 12 * mm, 10 * mm, "S1106 — cerfa n° 15763*02 — page 2/2")
    c.showPage()
