"""Cerfa 15763*02 (S1106) in two print runs, filled by hand or typed."""

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm

from render import finish, hand, hand_comb, new_pdf, para, signature, text

BLUE = (0.05, 0.27, 0.55)
W, H = A4


def _bar(c, y, letter, title, run):
    if run == 0:
        c.setFillColorRGB(*BLUE)
        c.rect(15 * mm, y - 2 * mm, W - 30 * mm, 6.5 * mm, stroke=0, fill=1)
        text(c, 18 * mm, y, f"{letter}  {title}", "sansb", 10, (1, 1, 1))
    else:
        text(c, 15 * mm, y, f"{letter} - {title}", "arialb", 11, BLUE)
        c.setStrokeColorRGB(*BLUE)
        c.setLineWidth(1.2)
        c.line(15 * mm, y - 2 * mm, W - 15 * mm, y - 2 * mm)


def _comb(c, x, y, n, pitch=4.6 * mm, hgt=5.5 * mm, groups=()):
    c.setStrokeColorRGB(0.3, 0.3, 0.3)
    c.setLineWidth(0.5)
    xx = x
    pos = []
    for i in range(n):
        if i in groups:
            xx += 2 * mm
        c.rect(xx, y - 1.5 * mm, pitch, hgt, stroke=1, fill=0)
        pos.append(xx)
        xx += pitch
    return pos


def _line(c, x, y, w, run):
    c.setStrokeColorRGB(0.45, 0.45, 0.45)
    c.setLineWidth(0.4)
    if run == 1:
        c.setDash(1, 2)
    c.line(x, y - 1.2 * mm, x + w, y - 1.2 * mm)
    c.setDash()


def _box(c, x, y, s=3.4 * mm):
    c.setStrokeColorRGB(0.2, 0.2, 0.2)
    c.setLineWidth(0.6)
    c.rect(x, y - 0.6 * mm, s, s, stroke=1, fill=0)
    return (x + s / 2, y - 0.6 * mm + s / 2)


def page1(c, run):
    P = {}
    f, fb = ("sans", "sansb") if run == 0 else ("arial", "arialb")
    text(c, 15 * mm, H - 18 * mm, "l'Assurance", fb, 10, BLUE)
    text(c, 15 * mm, H - 25 * mm, "Maladie", fb, 17, BLUE)
    c.setStrokeColorRGB(0, 0, 0)
    c.rect(W - 50 * mm, H - 28 * mm, 35 * mm, 13 * mm)
    text(c, W - 32.5 * mm, H - 20 * mm, "cerfa", "serifb", 11, anchor="c")
    text(c, W - 32.5 * mm, H - 25.5 * mm, "N° 15763*02", fb, 9, anchor="c")
    text(
        c,
        W / 2,
        H - 38 * mm,
        "Demande d'ouverture des droits à l'assurance maladie",
        fb,
        13.5,
        anchor="c",
    )
    text(c, W / 2, H - 44 * mm, "Protection universelle maladie (PUMa)", f, 10.5, anchor="c")
    y = para(
        c,
        15 * mm,
        H - 51 * mm,
        "Ce formulaire vous permet de demander l'ouverture de vos "
        "droits à la prise en charge de vos frais de santé si vous travaillez ou résidez en "
        "France de manière stable et régulière. Remplissez-le en lettres capitales et "
        "joignez les pièces justificatives indiquées en page 2.",
        W - 30 * mm,
        f,
        7.2,
    )
    para(
        c,
        15 * mm,
        y,
        "Articles L. 160-1, L. 160-5, L. 160-6, R. 111-3 et D. 160-2 du code de "
        "la sécurité sociale.",
        W - 30 * mm,
        f,
        6.5,
        color=(0.3, 0.3, 0.3),
    )
    y = H - 72 * mm
    _bar(c, y, "A", "VOUS", run)
    y -= 11 * mm
    lx = 15 * mm
    vx = 62 * mm if run == 0 else 15 * mm
    for key, lab in (
        ("surname", "Nom de naissance"),
        ("usage", "Nom d'usage (facultatif)"),
        ("given", "Prénom(s)"),
    ):
        if run == 0:
            text(c, lx, y, lab, f, 8.5)
            P[key] = ("comb", _comb(c, vx, y, 29, pitch=4.6 * mm), y)
        else:
            text(c, lx, y + 3.5 * mm, lab, f, 7.5)
            _line(c, lx, y - 1 * mm, W - 30 * mm, run)
            P[key] = ("line", lx + 2 * mm, y - 0.5 * mm)
        y -= 10 * mm
    text(c, lx, y, "Sexe :", f, 8.5)
    text(c, lx + 14 * mm, y, "F", f, 8.5)
    P["F"] = _box(c, lx + 18 * mm, y)
    text(c, lx + 26 * mm, y, "M", f, 8.5)
    P["M"] = _box(c, lx + 31 * mm, y)
    text(c, lx + 55 * mm, y, "Date de naissance", f, 8.5)
    P["dob"] = ("comb", _comb(c, lx + 85 * mm, y, 8, groups=(2, 4)), y)
    text(c, lx + 85 * mm, y + 5 * mm, "J J     M M     A A A A", f, 5.5, (0.4, 0.4, 0.4))
    y -= 10 * mm
    text(c, lx, y, "Lieu de naissance : commune", f, 8.5)
    _line(c, lx + 46 * mm, y, 62 * mm, run)
    P["pob"] = ("line", lx + 47 * mm, y)
    text(c, lx + 112 * mm, y, "pays", f, 8.5)
    _line(c, lx + 121 * mm, y, 59 * mm, run)
    P["country"] = ("line", lx + 122 * mm, y)
    y -= 9 * mm
    text(c, lx, y, "Nationalité", f, 8.5)
    _line(c, lx + 20 * mm, y, 70 * mm, run)
    P["nat"] = ("line", lx + 22 * mm, y)
    y -= 9 * mm
    text(c, lx, y, "N° de sécurité sociale (si vous en avez un)", f, 8.5)
    _comb(c, lx + 72 * mm, y, 15, pitch=4.3 * mm, groups=(1, 3, 5, 7, 10, 13))
    y -= 9 * mm
    text(c, lx, y, "N° d'allocataire CAF (facultatif)", f, 8.5)
    _line(c, lx + 52 * mm, y, 50 * mm, run)
    y -= 9 * mm
    text(c, lx, y, "Adresse", f, 8.5)
    _line(c, lx + 16 * mm, y, W - 46 * mm, run)
    P["addr"] = ("line", lx + 18 * mm, y)
    y -= 9 * mm
    text(c, lx, y, "Code postal", f, 8.5)
    P["cp"] = ("comb", _comb(c, lx + 22 * mm, y, 5), y)
    text(c, lx + 50 * mm, y, "Commune", f, 8.5)
    _line(c, lx + 66 * mm, y, 114 * mm, run)
    P["city"] = ("line", lx + 68 * mm, y)
    y -= 9 * mm
    text(c, lx, y, "Téléphone", f, 8.5)
    _line(c, lx + 18 * mm, y, 50 * mm, run)
    P["tel"] = ("line", lx + 20 * mm, y)
    text(c, lx + 75 * mm, y, "E-mail", f, 8.5)
    _line(c, lx + 87 * mm, y, 93 * mm, run)
    P["mail"] = ("line", lx + 89 * mm, y)
    y -= 15 * mm
    _bar(c, y, "B", "VOTRE SITUATION", run)
    y -= 10 * mm
    text(c, lx, y + 1 * mm, "Cochez la case correspondant à votre situation :", f, 7.5)
    y -= 7 * mm
    opts = [
        ("salarie", "Vous exercez une activité salariée en France"),
        ("independant", "Vous exercez une activité non salariée (travailleur indépendant)"),
        ("demandeur_emploi", "Vous êtes demandeur d'emploi"),
        ("etudiant", "Vous êtes étudiant(e)"),
        (
            "sans_activite",
            "Vous êtes sans activité et vous résidez en France de manière "
            "stable depuis plus de trois mois",
        ),
        ("autre", "Autre situation, précisez :"),
    ]
    for key, lab in opts:
        P[key] = _box(c, lx, y)
        text(c, lx + 6 * mm, y, lab, f, 8.5)
        if key == "salarie":
            y -= 7 * mm
            text(c, lx + 10 * mm, y, "Type de contrat :", f, 8)
            for i, ct in enumerate(("CDI", "CDD", "Intérim", "Autre")):
                P["ct_" + ct] = _box(c, lx + 38 * mm + i * 22 * mm, y)
                text(c, lx + 43 * mm + i * 22 * mm, y, ct, f, 8)
            y -= 7 * mm
            text(c, lx + 10 * mm, y, "Profession exercée :", f, 8)
            _line(c, lx + 42 * mm, y, 120 * mm, run)
            P["job"] = ("line", lx + 44 * mm, y)
        if key == "autre":
            _line(c, lx + 52 * mm, y, 128 * mm, run)
            P["autre_txt"] = ("line", lx + 54 * mm, y)
        y -= 8 * mm
    text(c, W / 2, 10 * mm, "S1106 — cerfa n° 15763*02 — page 1/2", f, 6.5, anchor="c")
    return P


def page2(c, run):
    P = {}
    f, fb = ("sans", "sansb") if run == 0 else ("arial", "arialb")
    y = H - 20 * mm
    _bar(c, y, "C", "VOS ENGAGEMENTS ET SIGNATURE", run)
    y -= 10 * mm
    y = para(
        c,
        15 * mm,
        y,
        "Je certifie sur l'honneur l'exactitude des renseignements portés sur "
        "ce formulaire et m'engage à signaler tout changement de situation à ma caisse "
        "d'assurance maladie. Je reconnais avoir été informé(e) que la loi punit quiconque "
        "se rend coupable de fraudes ou de fausses déclarations (articles 313-1 et 441-1 du "
        "code pénal, article L. 114-13 du code de la sécurité sociale).",
        W - 30 * mm,
        f,
        8.5,
    )
    y -= 8 * mm
    text(c, 15 * mm, y, "Fait à", f, 9)
    c.setDash(1, 2)
    c.line(27 * mm, y - 1 * mm, 100 * mm, y - 1 * mm)
    text(c, 104 * mm, y, "le", f, 9)
    c.line(109 * mm, y - 1 * mm, 160 * mm, y - 1 * mm)
    c.setDash()
    P["place"] = (29 * mm, y)
    P["date"] = (111 * mm, y)
    y -= 8 * mm
    bx, bw, bh = 110 * mm, 80 * mm, 30 * mm
    if run == 0:
        text(c, bx, y, "Signature", fb, 9)
        y -= 2 * mm
        c.rect(bx, y - bh, bw, bh)
    else:
        c.rect(bx, y - bh, bw, bh)
        text(c, bx + bw / 2, y - bh / 2, "Signature", f, 14, (0.82, 0.82, 0.82), anchor="c")
    P["sig"] = (bx + 4 * mm, y - bh + 4 * mm, bw - 10 * mm, bh - 10 * mm)
    y -= bh + 12 * mm
    text(c, 15 * mm, y, "PIÈCES JUSTIFICATIVES À JOINDRE À VOTRE DEMANDE", fb, 10, BLUE)
    y -= 7 * mm
    for item in (
        "une pièce d'identité : passeport en cours de validité (ou carte nationale "
        "d'identité pour les ressortissants de l'Union européenne, de l'EEE ou suisses)",
        "si vous n'êtes pas ressortissant européen : votre titre de séjour, votre visa "
        "long séjour valant titre de séjour (VLS-TS) ou votre récépissé",
        "une copie intégrale de votre acte de naissance (avec apostille ou "
        "légalisation selon le pays)",
        "un justificatif de résidence en France depuis plus de 3 mois : bail, 3 "
        "factures successives (énergie, eau, téléphone, internet) ou attestation "
        "d'hébergement avec les justificatifs de l'hébergeant",
        "un relevé d'identité bancaire (RIB) à votre nom",
        "si vous êtes salarié(e) : votre contrat de travail ou votre dernier bulletin de salaire",
    ):
        text(c, 18 * mm, y, "•", f, 8.5)
        y = para(c, 22 * mm, y, item, W - 40 * mm, f, 8.2) - 1.5 * mm
    y -= 6 * mm
    c.setStrokeColorRGB(0.3, 0.3, 0.3)
    c.setFillColorRGB(0.93, 0.93, 0.93)
    c.rect(15 * mm, y - 28 * mm, W - 30 * mm, 30 * mm, stroke=1, fill=1)
    text(c, 18 * mm, y - 3 * mm, "Cadre réservé à l'organisme", fb, 8.5)
    text(c, 18 * mm, y - 11 * mm, "Date de réception : ....../....../..........", f, 8)
    text(c, 100 * mm, y - 11 * mm, "Pièces vérifiées :  oui  /  non", f, 8)
    text(c, 18 * mm, y - 20 * mm, "Matricule agent : ........................", f, 8)
    para(
        c,
        15 * mm,
        22 * mm,
        "Les informations recueillies sont nécessaires à l'examen de "
        "votre demande. Conformément au règlement général sur la protection des données, vous "
        "disposez d'un droit d'accès et de rectification auprès de votre caisse.",
        W - 30 * mm,
        f,
        6.3,
        color=(0.35, 0.35, 0.35),
    )
    text(c, W / 2, 10 * mm, "S1106 — cerfa n° 15763*02 — page 2/2", f, 6.5, anchor="c")
    return P


def _put(c, spec, s, rng, hw):
    kind = spec[0]
    if kind == "comb":
        xs, y = spec[1], spec[2]
        for i, ch in enumerate(s[: len(xs)]):
            if ch.strip():
                if hw:
                    hand_comb(c, xs[i], y, ch, 4.6 * mm, rng, hw["font"], hw["size"], hw["ink"])
                else:
                    text(c, xs[i] + 1.2 * mm, y, ch, "mono", 10)
    else:
        x, y = spec[1], spec[2]
        if hw:
            hand(c, x, y, s, rng, hw["font"], hw["size"], hw["ink"])
        else:
            text(c, x, y, s, "cond", 9.5)


def _tick(c, pt, rng, hw):
    x, y = pt
    if hw:
        c.setStrokeColorRGB(0.08, 0.15, 0.55)
        c.setLineWidth(1.1)
        d = 2.2 * mm
        c.line(x - d + rng.uniform(-0.5, 0.5), y - d, x + d, y + d + rng.uniform(-0.5, 0.5))
        c.line(x - d, y + d + rng.uniform(-0.5, 0.5), x + d + rng.uniform(-0.5, 0.5), y - d)
    else:
        text(c, x, y - 1.2 * mm, "X", "sansb", 9, anchor="c")


def make_form(d, rng, run=0, hw=None, sign_hw=True, date_hw=None):
    """d: surname, usage, given, sex, dob(ddmmyyyy), pob, country, nat, addr, cp, city, tel,
    mail, situation, contract, job, place, date_text. hw: dict(font,size,ink) or None."""
    c, buf = new_pdf(A4)
    P = page1(c, run)
    caps = hw is not None
    for key in ("surname", "usage", "given"):
        if d.get(key):
            _put(c, P[key], d[key].upper() if caps or P[key][0] == "comb" else d[key], rng, hw)
    _tick(c, P[d["sex"]], rng, hw)
    _put(c, P["dob"], d["dob"], rng, hw)
    for key in ("pob", "country", "nat", "addr", "city", "tel", "mail"):
        _put(c, P[key], d[key], rng, hw)
    _put(c, P["cp"], d["cp"], rng, hw)
    _tick(c, P[d["situation"]], rng, hw)
    if d["situation"] == "salarie":
        _tick(c, P["ct_" + d["contract"]], rng, hw)
        _put(c, P["job"], d["job"], rng, hw)
    c.showPage()
    P2 = page2(c, run)
    dh = date_hw or hw
    for key, val in (("place", d["place"]), ("date", d["date_text"])):
        x, y = P2[key]
        if dh:
            hand(c, x, y, val, rng, dh["font"], dh["size"], dh["ink"])
        else:
            text(c, x, y, val, "cond", 10)
    if sign_hw:
        signature(c, *P2["sig"], rng, ink=(hw or dh or {"ink": "blue"})["ink"])
    c.showPage()
    return finish(c, buf)
