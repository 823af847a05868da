"""Cerfa 15763*02 (S1106) 'Demande d'ouverture des droits à l'assurance maladie', 2 pages.

Two print runs (run 0: blue bars, labels beside fields; run 1: underlined titles, labels above).
Fill ways: 'hand' (pen), 'typed' (typed then printed, signed by hand), 'acroform' (fields).
"""

from __future__ import annotations

from render import Page, signature

BLUE = (0, 84, 150)
SITUATIONS = [
    ("salarie", "Vous exercez une activité salariée en France"),
    ("independant", "Vous exercez une activité non salariée (travailleur indépendant)"),
    ("demandeur_emploi", "Vous êtes demandeur d'emploi inscrit à France Travail"),
    ("etudiant", "Vous êtes étudiant(e)"),
    (
        "sans_activite",
        "Vous êtes sans activité et résidez en France de manière stable et "
        "régulière depuis plus de trois mois",
    ),
    ("autre", "Autre situation (précisez) :"),
]


def _section(pg, run, y, letter, title):
    if run == 0:
        pg.rect(12, y - 5, 186, 7, None, BLUE)
        pg.text(15, y, f"{letter}  {title}", "sansb", 10, (255, 255, 255))
    else:
        pg.text(12, y, f"{letter} - {title}", "dvb", 10.5, BLUE)
        pg.line(12, y + 1.5, 198, y + 1.5, BLUE, 0.5)
    return y + 9


def _comb(pg, x, y, n, cell=5.0, h=6.0, gaps=()):
    xs = []
    cx = x
    for i in range(n):
        if i in gaps:
            cx += 2.5
        pg.rect(cx, y - h + 1.2, cell, h, (60, 60, 60), (255, 255, 255), 0.2)
        xs.append(cx)
        cx += cell
    return xs


def build(rng, run: int, f: dict, fill: str, sign: bool = True):
    """Return ([page1, page2], acro_fields). f holds the values to write."""
    font, fb = ("sans", "sansb") if run == 0 else ("dvc", "dvcb")
    p1, p2 = Page(), Page()
    acro = []
    hand_font = f.get("hand_font", "h_ecolier")
    ink = f.get("ink", (20, 30, 110))

    def put(pg, page_no, x, y, w, key, val, comb=None):
        if not val and fill != "acroform":
            return
        if fill == "acroform":
            acro.append((page_no, key, x, y - 4.2, w, 5.6, val or "", "text"))
        elif fill == "typed":
            if comb:
                for cx, ch in zip(comb, val, strict=False):
                    pg.text(cx + 2.5, y, ch, "mono", 10, (0, 0, 0), "m")
            else:
                pg.text(x + 1, y, val, "sans", 10, (0, 0, 0))
        else:
            if comb:
                for cx, ch in zip(comb, val, strict=False):
                    pg.comb(rng, cx, y, ch, 5.0, hand_font, 14, ink)
            else:
                pg.hand(rng, x + 1, y, val, hand_font, 14, ink)

    def tick(pg, page_no, x, y, key, on):
        pg.rect(x, y - 3.5, 4, 4, (30, 30, 30), (255, 255, 255), 0.25)
        if fill == "acroform":
            acro.append((page_no, key, x, y - 3.5, 4, 4, on, "check"))
        elif on and fill == "typed":
            pg.text(x + 2, y, "X", "sansb", 10, (0, 0, 0), "m")
        elif on:
            a, b = rng.uniform(-0.4, 0.4), rng.uniform(-0.4, 0.4)
            pg.poly([(x - 0.3 + a, y - 3.6), (x + 4.4 + b, y + 0.6)], ink, 0.5)
            pg.poly([(x + 4.2 + a, y - 3.8), (x + b, y + 0.4)], ink, 0.5)

    # ---- page 1 header
    p1.rect(12, 10, 30, 16, None, BLUE)
    p1.text(27, 17, "l'Assurance", "sansb", 8, (255, 255, 255), "m")
    p1.text(27, 22, "Maladie", "sansb", 10, (255, 255, 255), "m")
    p1.rect(168, 10, 30, 13, (0, 0, 0), None, 0.4)
    p1.text(183, 15, "cerfa", "sansb" if run == 0 else "dvb", 10, (0, 0, 0), "m")
    p1.text(183, 20.5, "N° 15763*02", font, 8.5, (0, 0, 0), "m")
    p1.text(105, 16, "Demande d'ouverture des droits", fb, 13, BLUE, "m")
    p1.text(105, 22, "à l'assurance maladie", fb, 13, BLUE, "m")
    p1.text(105, 28, "Protection universelle maladie (PUMa)", font, 9.5, (0, 0, 0), "m")
    y = p1.paragraph(
        12,
        35,
        "Vous travaillez ou résidez en France de manière stable et régulière "
        ": vous pouvez bénéficier de la prise en charge de vos frais de santé. "
        "Remplissez ce formulaire en lettres capitales et joignez les pièces "
        "justificatives demandées (voir page 2).",
        186,
        font,
        7.2,
        3.1,
    )
    y = p1.paragraph(
        12,
        y,
        "Articles L. 160-1, L. 160-5, L. 111-2-3 et R. 111-2 du code de la sécurité sociale.",
        186,
        font,
        6.8,
        3.1,
        (70, 70, 70),
    )
    y = _section(p1, run, y + 6, "A", "VOUS")
    lab_w = 56 if run == 0 else 0

    def field(label, key, val, width=140, comb_n=0, gaps=()):
        nonlocal y
        if run == 0:
            p1.text(14, y, label, font, 8.5)
            x = 14 + lab_w
            vy = y
        else:
            p1.text(14, y - 3.5, label, font, 7.5, (60, 60, 60))
            x = 14
            vy = y + 2
        comb = None
        if comb_n:
            comb = _comb(p1, x, vy, comb_n, gaps=gaps)
        elif run == 0:
            p1.line(x, vy + 1, x + width, vy + 1, (90, 90, 90), 0.15, 0.5)
        else:
            p1.rect(x, vy - 4.8, width, 6.2, (120, 120, 120), None, 0.15)
        put(p1, 1, x, vy, width, key, val, comb)
        y += 9 if run == 0 else 11

    field("Nom de naissance", "nom_naissance", f["surname"])
    field("Nom d'usage (facultatif)", "nom_usage", f.get("usage"))
    field("Prénom(s)", "prenoms", f["given"])
    p1.text(14, y, "Sexe", font, 8.5)
    p1.text(14 + lab_w if run == 0 else 30, y, "F", font, 8.5)
    tick(p1, 1, (14 + lab_w if run == 0 else 30) + 4, y, "sexe_f", f["sex"] == "F")
    p1.text((14 + lab_w if run == 0 else 30) + 14, y, "M", font, 8.5)
    tick(p1, 1, (14 + lab_w if run == 0 else 30) + 19, y, "sexe_m", f["sex"] == "M")
    y += 9
    d = f["dob"]
    field(
        "Date de naissance (JJ MM AAAA)",
        "date_naissance",
        d[8:] + d[5:7] + d[:4],
        comb_n=8,
        gaps=(2, 4),
    )
    field("Lieu de naissance : commune", "lieu_naissance", f["pob"], 80)
    field("Pays de naissance", "pays_naissance", f["pob_country"], 80)
    field("Nationalité", "nationalite", f["nationality"], 80)
    p1.text(
        14 + (lab_w if run == 0 else 0) + 90,
        y - (0 if run == 0 else 3.5),
        "(si vous en avez un)",
        font,
        6.5,
        (90, 90, 90),
    )
    field("N° de sécurité sociale", "nir", f.get("nir", ""), comb_n=15, gaps=(1, 3, 5, 7, 10, 13))
    field("Adresse", "adresse", f["address"])
    field("Code postal", "code_postal", f["cp"], comb_n=5)
    field("Commune", "commune", f["city"], 90)
    field("Téléphone", "telephone", f.get("phone", ""), 60)
    field("Adresse e-mail", "email", f.get("email", ""), 100)
    y = _section(p1, run, y + 2, "B", "VOTRE SITUATION")
    p1.text(14, y, "Cochez la case correspondant à votre situation :", font, 8)
    y += 7
    for key, lab in SITUATIONS:
        tick(p1, 1, 15, y, "situation_" + key, f["situation"] == key)
        y = p1.paragraph(22, y, lab, 170, font, 8.5, 3.6)
        if key == "salarie":
            p1.text(22, y + 1, "Emploi occupé :", font, 8)
            p1.line(45, y + 2, 110, y + 2, (90, 90, 90), 0.15, 0.5)
            put(p1, 1, 45, y + 1, 64, "emploi", f.get("job", ""))
            p1.text(114, y + 1, "Contrat :", font, 8)
            for i, ct in enumerate(["CDI", "CDD", "Intérim"]):
                xx = 130 + i * 20
                tick(p1, 1, xx, y + 1, "contrat_" + ct.lower(), f.get("contract") == ct)
                p1.text(xx + 5.5, y + 1, ct, font, 8)
            y += 6
        if key == "autre":
            p1.line(70, y - 2, 195, y - 2, (90, 90, 90), 0.15, 0.5)
        y += 3.5
    p1.text(105, 290, "S1106 — cerfa n° 15763*02 — page 1/2", font, 7, (80, 80, 80), "m")

    # ---- page 2
    y = _section(p2, run, 18, "C", "VOS ENGAGEMENTS ET SIGNATURE")
    y = p2.paragraph(
        14,
        y,
        "Je certifie sur l'honneur l'exactitude des renseignements portés sur "
        "ce formulaire et m'engage à signaler à ma caisse d'assurance maladie tout "
        "changement dans ma situation. La loi rend passible d'amende et/ou "
        "d'emprisonnement quiconque se rend coupable de fraudes ou de fausses "
        "déclarations (articles 313-1 à 313-3, 433-19, 441-1 et 441-7 du code "
        "pénal).",
        182,
        font,
        8.3,
        3.7,
    )
    y += 6
    p2.text(14, y, "Fait à", font, 9)
    p2.line(26, y + 1, 95, y + 1, (90, 90, 90), 0.15, 0.5)
    put(p2, 2, 27, y, 66, "fait_a", f["place"])
    p2.text(100, y, "le", font, 9)
    p2.line(106, y + 1, 150, y + 1, (90, 90, 90), 0.15, 0.5)
    put(p2, 2, 107, y, 42, "date_signature", f["date_text"])
    y += 6
    box = (118, y, 78, 30)
    if run == 0:
        p2.text(120, y + 4, "Signature", font, 8.5)
    else:
        p2.text(157, y - 1.5, "Signature", font, 8.5, (0, 0, 0), "m")
    p2.rect(*box, (40, 40, 40), None, 0.3)
    if sign and fill != "acroform":
        signature(p2, rng, box[0] + 8, box[1] + 6, 58, 20, ink)
    y += 40
    y = _section(p2, run, y, "", "PIÈCES JUSTIFICATIVES À JOINDRE À VOTRE DEMANDE")
    for item in [
        "une photocopie de votre pièce d'identité (passeport, carte nationale d'identité) ;",
        "si vous êtes de nationalité étrangère hors UE/EEE/Suisse : une photocopie de votre "
        "titre de séjour, de votre visa long séjour valant titre de séjour (VLS-TS) ou de votre "
        "récépissé de demande ;",
        "une copie intégrale de votre acte de naissance (ou extrait avec filiation), "
        "apostillé ou légalisé selon le pays ;",
        "un justificatif de résidence en France depuis plus de trois mois (bail, trois "
        "factures successives, attestation d'hébergement avec justificatifs de l'hébergeant) ;",
        "un relevé d'identité bancaire (RIB) à votre nom ;",
        "si vous êtes salarié(e) : votre contrat de travail ou votre dernier bulletin de salaire.",
    ]:
        p2.text(16, y, "•", font, 9)
        y = p2.paragraph(21, y, item, 175, font, 8.3, 3.7) + 1.8
    y += 8
    p2.rect(12, y, 186, 34, (90, 90, 90), (238, 238, 238), 0.25)
    p2.text(15, y + 6, "Cadre réservé à l'organisme", fb, 9)
    p2.text(15, y + 14, "Date de réception : ____ / ____ / ________", font, 8)
    p2.text(15, y + 21, "Pièces vérifiées :   ☐ oui   ☐ non", "dv", 8)
    p2.text(15, y + 28, "Matricule agent : ______________", font, 8)
    p2.text(105, 290, "S1106 — cerfa n° 15763*02 — page 2/2", font, 7, (80, 80, 80), "m")
    return [p1, p2], acro, box


def acro_setup(acro, sig_img=None, box=None):
    """reportlab callback: add AcroForm widgets (and a pasted signature image) to a page."""
    from reportlab.lib.utils import ImageReader

    mm = 72 / 25.4
    state = {"page": 0}

    def setup(c, pg):
        state["page"] += 1
        for page_no, name, x, y, w, h, val, kind in acro:
            if page_no != state["page"]:
                continue
            if kind == "text":
                c.acroForm.textfield(
                    name=name,
                    value=val,
                    x=x * mm,
                    y=(pg.h - y - h) * mm,
                    width=w * mm,
                    height=h * mm,
                    borderWidth=0,
                    fillColor=None,
                    fontName="Helvetica",
                    fontSize=10,
                    forceBorder=False,
                )
            else:
                c.acroForm.checkbox(
                    name=name,
                    checked=bool(val),
                    x=x * mm,
                    y=(pg.h - y - h) * mm,
                    size=h * mm,
                    borderWidth=0.5,
                    buttonStyle="cross",
                )
        if state["page"] == 2 and sig_img is not None:
            c.drawImage(
                ImageReader(sig_img),
                (box[0] + 6) * mm,
                (pg.h - box[1] - 27) * mm,
                60 * mm,
                22 * mm,
                mask="auto",
            )

    return setup
