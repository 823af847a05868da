"""Cerfa 15763*02 (S1106) in two print runs, filled by hand, typed, or as an AcroForm."""

from core import BLACK, INK_BLUE, Page, width_mm

BLUE = (0, 84, 150)
LGREY = (120, 120, 120)

NOTICE = (
    "Articles L. 160-1, L. 160-5, L. 161-15-1, R. 111-2, R. 111-3 et D. 160-2 du code de la "
    "sécurité sociale. Ce formulaire vous permet de demander l'ouverture de vos droits à "
    "l'assurance maladie au titre de votre résidence stable et régulière en France. Remplissez-le "
    "en majuscules et joignez-y les pièces justificatives listées en page 2. La loi rend passible "
    "d'amende et/ou d'emprisonnement quiconque se rend coupable de fraudes ou de fausses "
    "déclarations (art. 313-1 à 313-3, 433-19, 441-1 et 441-7 du code pénal)."
)
CERTIF = (
    "Je certifie sur l'honneur l'exactitude des renseignements portés sur ce formulaire. Je "
    "m'engage à signaler à ma caisse d'assurance maladie tout changement dans ma situation "
    "(adresse, activité, situation de famille, départ de France). Je suis informé(e) que les "
    "informations recueillies font l'objet d'un traitement informatique destiné à la gestion de mes "
    "droits (loi n° 78-17 du 6 janvier 1978 modifiée et règlement (UE) 2016/679)."
)
PIECES = [
    (
        "une pièce d'identité : passeport, ou carte nationale d'identité pour les ressortissants de "
        "l'UE / EEE / Suisse (copie de la page avec photo) ;"
    ),
    (
        "si vous êtes ressortissant d'un pays hors UE : titre de séjour, visa long séjour valant titre "
        "de séjour (VLS-TS) ou récépissé de demande ;"
    ),
    (
        "un extrait d'acte de naissance avec filiation ou une copie intégrale (apostillé ou légalisé "
        "le cas échéant) ;"
    ),
    (
        "un justificatif de résidence en France depuis plus de trois mois : bail, trois factures "
        "successives (énergie, téléphone, internet, eau) ou attestation d'hébergement accompagnée de "
        "la pièce d'identité et d'un justificatif de domicile de l'hébergeant ;"
    ),
    "un relevé d'identité bancaire (RIB) à votre nom ;",
    "si vous travaillez : votre contrat de travail ou votre dernier bulletin de salaire.",
]
SITUATIONS = [
    ("salarie", "Vous exercez une activité salariée en France"),
    ("independant", "Vous exercez une activité non salariée (travailleur indépendant)"),
    ("demandeur_emploi", "Vous êtes demandeur d'emploi inscrit à France Travail"),
    ("etudiant", "Vous êtes étudiant(e)"),
    (
        "sans_activite",
        "Vous êtes sans activité et résidez en France de manière stable depuis plus de 3 mois",
    ),
    ("autre", "Autre situation, précisez :"),
]


def _header(pg, run, page_no):
    pg.text(15, 17, "l'Assurance", "sansb", 13, BLUE)
    pg.text(15, 23, "Maladie", "sansb", 13, BLUE)
    pg.rect(163, 10, 32, 14, BLACK, None, 0.8)
    pg.text(179, 16, "cerfa", "sansb", 10, BLACK, "c")
    pg.text(179, 21.5, "N° 15763*02", "sans", 8, BLACK, "c")
    if page_no == 1:
        pg.text(
            105,
            35,
            "Demande d'ouverture des droits à l'assurance maladie",
            "sansb",
            14 if run == "A" else 13,
            BLACK,
            "c",
        )
        pg.text(105, 41, "Protection universelle maladie (PUMa)", "sans", 10.5, BLUE, "c")
        return pg.para(15, 47, 180, NOTICE, "sans", 6.6, 2.9, LGREY)
    pg.text(
        105,
        35,
        "Demande d'ouverture des droits à l'assurance maladie (suite)",
        "sansb",
        11,
        BLACK,
        "c",
    )
    return 42


def _section(pg, run, y, letter, title):
    if run == "A":
        pg.rect(15, y, 180, 6.5, None, BLUE)
        pg.text(18, y + 4.7, f"{letter}   {title}".strip(), "sansb", 9.5, (255, 255, 255))
        return y + 11
    pg.text(15, y + 4.5, f"{letter} - {title}" if letter else title, "sansb", 10.5, BLUE)
    pg.line(15, y + 6.2, 195, y + 6.2, BLUE, 1.2)
    return y + 12


def _footer(pg, n):
    pg.text(105, 290, f"S1106 — cerfa n° 15763*02 — page {n}/2", "sans", 7, LGREY, "c")


def layout(run):
    """Returns (page1, page2, fields). Field geometry in mm."""
    f = {}
    p1, p2 = Page(210, 297), Page(210, 297)
    y = _header(p1, run, 1) + 3
    y = _section(p1, run, y, "A", "VOUS")
    cw = 5.0 if run == "A" else 4.6
    lab_font, ls = ("sans", 8.5) if run == "A" else ("narrow", 8.5)

    def comb(name, label, n, y, x=None, note=None):
        if run == "A":
            lx = 15
            p1.text(lx, y + 4, label, lab_font, ls)
            x = x or 62
            yb = y
        else:
            p1.text(15, y, label, lab_font, ls)
            x = x or 15
            yb = y + 1.5
        for i in range(n):
            p1.rect(x + i * cw, yb, cw, 5.6, (90, 90, 90), None, 0.5)
        if note:
            p1.text(x + n * cw + 2, yb + 4, note, "sansi", 6.5, LGREY)
        f[name] = ("comb", x, yb, cw, 5.6, n)
        return y + (8.5 if run == "A" else 11.5)

    def line(name, label, y, x0=15, w=180):
        if run == "A":
            p1.text(x0, y + 4, label, lab_font, ls)
            x = x0 + width_mm(label, lab_font, ls) + 2
            p1.line(x, y + 5, x0 + w, y + 5, (120, 120, 120), 0.4, True)
            f[name] = ("line", x + 1, y + 4.2, x0 + w - x)
            return y + 8.5
        p1.text(x0, y, label, lab_font, ls)
        p1.rect(x0, y + 1.5, w, 6, (110, 110, 110), None, 0.5)
        f[name] = ("line", x0 + 1.5, y + 6, w - 2)
        return y + 11.5

    y = comb("surname", "Nom de naissance", 26, y)
    y = comb("usage", "Nom d'usage (facultatif)", 26, y)
    y = comb("given", "Prénom(s)", 26, y)
    if run == "A":
        p1.text(15, y + 4, "Sexe", lab_font, ls)
        for i, s in enumerate("FM"):
            p1.text(62 + i * 16, y + 4, s, lab_font, ls)
            p1.rect(67 + i * 16, y + 0.5, 4.2, 4.2, BLACK, None, 0.6)
            f["sex_" + s] = ("box", 67 + i * 16, y + 0.5, 4.2)
        p1.text(105, y + 4, "Date de naissance", lab_font, ls)
        dx, dy = 133, y
    else:
        p1.text(15, y, "Sexe", lab_font, ls)
        for i, s in enumerate("FM"):
            p1.rect(15 + i * 16, y + 2, 4.2, 4.2, BLACK, None, 0.6)
            p1.text(20.5 + i * 16, y + 5.6, s, lab_font, ls)
            f["sex_" + s] = ("box", 15 + i * 16, y + 2, 4.2)
        p1.text(60, y, "Date de naissance (jour, mois, année)", lab_font, ls)
        dx, dy = 60, y + 1.5
    xs = [dx + i * cw + (4 if i >= 2 else 0) + (4 if i >= 4 else 0) for i in range(8)]
    for i, xx in enumerate(xs):
        p1.rect(xx, dy, cw, 5.6, (90, 90, 90), None, 0.5)
    p1.text(xs[2] - 2, dy + 4.4, "/", "sans", 9, LGREY, "c")
    p1.text(xs[4] - 2, dy + 4.4, "/", "sans", 9, LGREY, "c")
    for lbl, i in (("jour", 0), ("mois", 2), ("année", 4)):
        p1.text(xs[i], dy + 8.3, lbl, "sansi", 5.6, LGREY)
    f["dob"] = ("combx", xs, dy, cw, 5.6)
    y += 13
    if run == "A":
        y = line("pob_city", "Lieu de naissance : commune", y, 15, 100)
        line("pob_country", "pays", y - 8.5, 118, 77)
    else:
        line("pob_city", "Lieu de naissance : commune", y, 15, 100)
        y = line("pob_country", "Pays de naissance", y, 120, 75)
    y = line("nationality", "Nationalité", y, 15, 180)
    if run == "A":
        p1.text(15, y + 4, "N° de sécurité sociale", lab_font, ls)
        p1.text(15, y + 7.4, "(si vous en avez un)", "sansi", 6.3, LGREY)
        nx = 62
    else:
        p1.text(15, y, "N° de sécurité sociale (si vous en avez un)", lab_font, ls)
        nx = 15
    ny = y if run == "A" else y + 1.5
    for i in range(13):
        p1.rect(
            nx
            + i * cw
            + (2 if i >= 1 else 0)
            + (2 if i >= 3 else 0)
            + (2 if i >= 5 else 0)
            + (2 if i >= 7 else 0)
            + (2 if i >= 10 else 0),
            ny,
            cw,
            5.6,
            (90, 90, 90),
            None,
            0.5,
        )
    kx = nx + 13 * cw + 19
    p1.text(kx - 1.5, ny + 4.2, "clé", "sansi", 6, LGREY, "r")
    for i in range(2):
        p1.rect(kx + i * cw, ny, cw, 5.6, (90, 90, 90), None, 0.5)
    f["nir"] = ("nir", nx, ny, cw, kx)
    y += 11 if run == "A" else 12.5
    if run == "A":
        p1.text(15, y + 4, "N° d'allocataire CAF (facultatif)", lab_font, ls)
        p1.line(63, y + 5, 120, y + 5, (120, 120, 120), 0.4, True)
        y += 8.5
    y = line("address", "Adresse", y, 15, 180)
    y = comb("cp", "Code postal", 5, y)
    y = line("city", "Commune", y, 15, 180)
    if run == "A":
        line("phone", "Téléphone", y, 15, 80)
        y = line("email", "E-mail", y, 98, 97)
    else:
        line("phone", "Téléphone", y, 15, 70)
        y = line("email", "Adresse e-mail", y, 90, 105)
    y = _section(p1, run, y + 2, "B", "VOTRE SITUATION")
    p1.text(15, y, "Cochez la case correspondant à votre situation actuelle :", "sansi", 7.5, LGREY)
    y += 5
    for key, txt in SITUATIONS:
        p1.rect(15, y - 3.4, 4, 4, BLACK, None, 0.6)
        p1.text(21.5, y, txt, "sans", 8.5)
        f["sit_" + key] = ("box", 15, y - 3.4, 4)
        if key == "salarie":
            y += 6
            p1.text(21.5, y, "Type de contrat :", "sans", 8)
            cx = 47
            for ct in ("CDI", "CDD", "Intérim", "Apprentissage"):
                p1.rect(cx, y - 3.2, 3.6, 3.6, BLACK, None, 0.5)
                p1.text(cx + 5, y, ct, "sans", 8)
                f["ct_" + ct] = ("box", cx, y - 3.2, 3.6)
                cx += 9 + width_mm(ct, "sans", 8)
            y += 6
            p1.text(21.5, y, "Profession / emploi occupé :", "sans", 8)
            x = 21.5 + width_mm("Profession / emploi occupé :", "sans", 8) + 2
            p1.line(x, y + 1, 195, y + 1, (120, 120, 120), 0.4, True)
            f["job"] = ("line", x + 1, y + 0.2, 195 - x)
        if key == "autre":
            x = 21.5 + width_mm(txt, "sans", 8.5) + 2
            p1.line(x, y + 1, 195, y + 1, (120, 120, 120), 0.4, True)
            f["other_txt"] = ("line", x + 1, y + 0.2, 195 - x)
        y += 7
    _footer(p1, 1)

    y = _header(p2, run, 2)
    y = _section(p2, run, y, "C", "VOS ENGAGEMENTS ET SIGNATURE")
    y = p2.para(15, y, 180, CERTIF, "sans", 8.5, 4)
    y += 6
    p2.text(15, y, "Fait à", "sans", 9)
    p2.line(26, y + 1, 105, y + 1, (120, 120, 120), 0.4, True)
    p2.text(110, y, "le", "sans", 9)
    p2.line(115, y + 1, 160, y + 1, (120, 120, 120), 0.4, True)
    f["place"] = ("line", 28, y + 0.2, 75)
    f["date"] = ("line", 117, y + 0.2, 42)
    y += 6
    if run == "A":
        p2.text(120, y + 3, "Signature", "sansb", 8.5)
        p2.rect(120, y + 5, 75, 30, BLACK, None, 0.8)
        f["sig"] = ("sig", 121, y + 6, 73, 28)
    else:
        p2.rect(120, y, 75, 32, BLACK, None, 0.8)
        p2.text(157.5, y + 17, "Signature", "sans", 14, (215, 215, 215), "c")
        f["sig"] = ("sig", 121, y + 1, 73, 30)
    y += 44
    y = _section(p2, run, y, "", "PIÈCES JUSTIFICATIVES À JOINDRE À VOTRE DEMANDE")
    for t in PIECES:
        p2.text(17, y, "•", "sans", 9)
        y = p2.para(21, y, 172, t, "sans", 8.3, 3.8) + 1.5
    y += 6
    p2.rect(15, y, 180, 34, (80, 80, 80), (242, 242, 242), 0.6)
    p2.text(18, y + 5, "Cadre réservé à l'organisme", "sansb", 8.5, (80, 80, 80))
    p2.text(18, y + 13, "Date de réception :", "sans", 8, (80, 80, 80))
    p2.text(18, y + 21, "Pièces vérifiées :   oui  /  non", "sans", 8, (80, 80, 80))
    p2.text(18, y + 29, "Matricule agent :", "sans", 8, (80, 80, 80))
    p2.text(110, y + 13, "Observations :", "sans", 8, (80, 80, 80))
    _footer(p2, 2)
    return p1, p2, f


def fill(p1, p2, f, v, mode, rng, sign=True):
    """v: dict of values. mode: hand | typed | acro."""
    hf = v.get("hand_font", "h_breip")
    ink = v.get("ink", INK_BLUE)

    def put_char(pg, x, y, w, h, ch, name):
        if mode == "hand":
            pg.hand(x + w / 2, y + h * 0.82, ch, 11, rng, hf, ink, "c")
        else:
            pg.text(x + w / 2, y + h * 0.78, ch, "lmono", 10, BLACK, "c")

    def put(name, val, pg=p1):
        if val is None or val == "":
            if mode == "acro" and name in f and f[name][0] in ("line", "comb"):
                g = f[name]
                if g[0] == "line":
                    pg.field("text", "txt_" + name, g[1] - 1, g[2] - 4, g[3], 5, "", 9)
                else:
                    pg.field("text", "txt_" + name, g[1], g[2], g[3] * g[5], g[4], "", 10, g[5])
            return
        g = f[name]
        if mode == "acro":
            if g[0] == "line":
                pg.field("text", "txt_" + name, g[1] - 1, g[2] - 4, g[3], 5, val, 9)
            elif g[0] == "comb":
                pg.field("text", "txt_" + name, g[1], g[2], g[3] * g[5], g[4], val, 10, g[5])
            elif g[0] == "box":
                pg.field("check", "chk_" + name, g[1], g[2], g[3], g[3], True)
            return
        if g[0] == "comb":
            for i, ch in enumerate(val[: g[5]]):
                if ch != " ":
                    put_char(pg, g[1] + i * g[3], g[2], g[3], g[4], ch, name)
        elif g[0] == "line":
            if mode == "hand":
                pg.hand(g[1], g[2], val, 11, rng, hf, ink)
            else:
                pg.text(g[1], g[2] - 0.3, val, "sans", 9.5)
        elif g[0] == "box":
            if mode == "hand":
                x, y, s = g[1], g[2], g[3]
                pg.line(x + 0.4, y + 0.5, x + s - 0.2, y + s - 0.3, ink, 1.3)
                pg.line(x + s - 0.4, y + 0.3, x + 0.5, y + s - 0.2, ink, 1.3)
            else:
                pg.text(g[1] + g[3] / 2, g[2] + g[3] * 0.85, "X", "sansb", 9, BLACK, "c")

    put("surname", v["surname"])
    put("usage", v.get("usage"))
    put("given", v["given"])
    put("sex_" + v["sex"], "x")
    dob = v["dob"][8:] + v["dob"][5:7] + v["dob"][:4]
    g = f["dob"]
    if mode == "acro":
        for nm, a, b in (("jour", 0, 2), ("mois", 2, 4), ("annee", 4, 8)):
            p1.field(
                "text",
                "txt_naissance_" + nm,
                g[1][a],
                g[2],
                (b - a) * g[3],
                g[4],
                dob[a:b],
                10,
                b - a,
            )
    else:
        for i, ch in enumerate(dob):
            put_char(p1, g[1][i], g[2], g[3], g[4], ch, "dob")
    put("pob_city", v["pob_city"])
    put("pob_country", v["pob_country"])
    put("nationality", v["nationality"])
    if v.get("nir"):
        nx, ny, cw, kx = f["nir"][1:]
        offs = [0, 2, 2, 4, 4, 6, 6, 8, 8, 8, 10, 10, 10]
        if mode == "acro":
            p1.field("text", "txt_nir", nx, ny, kx - nx - 6, 5.6, v["nir"][:13], 10)
            p1.field("text", "txt_nir_cle", kx, ny, 2 * cw, 5.6, v["nir"][13:], 10)
        else:
            for i in range(13):
                put_char(p1, nx + i * cw + offs[i], ny, cw, 5.6, v["nir"][i], "nir")
            for i in range(2):
                put_char(p1, kx + i * cw, ny, cw, 5.6, v["nir"][13 + i], "nir")
    put("address", v["address"])
    put("cp", v["cp"])
    put("city", v["city"])
    put("phone", v.get("phone"))
    put("email", v.get("email"))
    put("sit_" + v["situation"], "x")
    if v.get("contract"):
        put("ct_" + v["contract"], "x")
    put("job", v.get("job"))
    put("other_txt", v.get("other_txt"))
    dmode = v.get("date_mode", mode)
    for name, val in (("place", v["place"]), ("date", v["date"])):
        g = f[name]
        if dmode == "hand":
            p2.hand(g[1], g[2], val, 11, rng, hf, ink)
        elif mode == "acro":
            p2.field(
                "text",
                "txt_" + ("fait_a" if name == "place" else "date_signature"),
                g[1] - 1,
                g[2] - 4,
                g[3],
                5,
                val,
                9,
            )
        else:
            p2.text(g[1], g[2] - 0.3, val, "sans", 9.5)
    if sign:
        g = f["sig"]
        p2.sign(g[1] + 6, g[2] + 3, g[3] - 14, g[4] - 6, v["sig_name"], rng, ink)
