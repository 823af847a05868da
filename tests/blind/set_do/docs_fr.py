"""French documents: cerfa S1106 form, bills, RIB, payslip, contract, lease, attestation."""

from checks import d_fr, group4
from render import Page

GREY = (95, 95, 95)
BLUE = (0, 70, 150)


def _comb(pg, x, y, n, cw=5.2, h=6.5):
    for i in range(n):
        pg.rect(x + i * cw, y, cw, h, 0.25, (60, 60, 60))


def _comb_fill(pg, x, y, text, fill, seed, cw=5.2, h=6.5):
    for i, ch in enumerate(text):
        if ch == " ":
            continue
        cx = x + i * cw + cw / 2
        if fill == "hand":
            pg.hand(cx - 1.6, y + h - 1.3, ch, 12, seed=seed + i, font="handcaps")
        else:
            pg.text(cx, y + h - 1.6, ch, "mono", 10, align="c")


def _tick(pg, x, y, fill, seed):
    if fill == "hand":
        pg.hand(x + 0.4, y + 3.6, "X", 12, seed=seed, font="handcaps")
    else:
        pg.text(x + 1.8, y + 3.0, "X", "sansb", 9, align="c")


def form(f, fill, variant=0):
    """Two pages of cerfa 15763*02. f: values; fill: 'hand' or 'typed'."""
    bar = [(0, 84, 160), (60, 60, 60)][variant]
    p1 = Page()
    p1.text(15, 16, "l'Assurance", "sansb", 13, BLUE)
    p1.text(15, 22, "Maladie", "sansb", 13, BLUE)
    p1.rect(160, 10, 36, 12, 0.4)
    p1.text(178, 15, "cerfa", "sansb", 8, align="c")
    p1.text(178, 19.5, "N° 15763*02", "sans", 8, align="c")
    p1.text(105, 33, "Demande d'ouverture des droits à l'assurance maladie", "sansb", 13, align="c")
    p1.text(105, 39, "Protection universelle maladie (PUMa)", "sans", 10, align="c")
    p1.lines(
        15,
        46,
        [
            "Vous résidez en France de manière stable et régulière ou vous y exercez une activité",
            "professionnelle : complétez ce formulaire et joignez les pièces justificatives demandées.",
            "Articles L. 160-1, L. 160-5, L. 200-1, R. 111-2 et D. 160-2 du code de la sécurité sociale.",
        ],
        "sans",
        7,
        3.4,
        GREY,
    )
    p1.rect(15, 58, 180, 7, 0, None, bar)
    p1.text(18, 63, "A  —  VOUS", "sansb", 10, (255, 255, 255))
    s = 900 + variant
    y = 72
    for lab, key, n in (
        ("Nom de naissance", "surname", 30),
        ("Nom d'usage (facultatif)", "usage", 30),
        ("Prénom(s)", "given", 30),
    ):
        p1.text(15, y, lab, "sans", 8)
        _comb(p1, 15, y + 2, n)
        _comb_fill(p1, 15, y + 2, f.get(key, "").upper()[:n], fill, s)
        y += 15
    p1.text(15, y, "Sexe", "sans", 8)
    p1.text(30, y + 5, "F", "sans", 8)
    p1.rect(34, y + 1.5, 4, 4, 0.3)
    p1.text(44, y + 5, "M", "sans", 8)
    p1.rect(49, y + 1.5, 4, 4, 0.3)
    _tick(p1, 34 if f["sex"] == "F" else 49, y + 1.5, fill, s + 5)
    p1.text(80, y, "Date de naissance (JJ MM AAAA)", "sans", 8)
    dob = f["dob"][8:10] + " " + f["dob"][5:7] + " " + f["dob"][:4]
    _comb(p1, 80, y + 2, 10)
    _comb_fill(p1, 80, y + 2, dob, fill, s + 9)
    y += 15
    p1.text(15, y, "Lieu de naissance (commune, pays)", "sans", 8)
    p1.line(15, y + 8, 195, y + 8, 0.2, (130, 130, 130))
    _line_fill(p1, 16, y + 7, f["pob"], fill, s + 2)
    y += 14
    p1.text(15, y, "Nationalité", "sans", 8)
    p1.line(15, y + 8, 100, y + 8, 0.2, (130, 130, 130))
    _line_fill(p1, 16, y + 7, f["nat"], fill, s + 3)
    y += 14
    p1.text(15, y, "N° de sécurité sociale (si vous en avez un)", "sans", 8)
    _comb(p1, 15, y + 2, 13)
    _comb(p1, 87, y + 2, 2)
    p1.text(110, y, "N° d'allocataire CAF (facultatif)", "sans", 8)
    _comb(p1, 110, y + 2, 8)
    y += 15
    p1.text(15, y, "Adresse", "sans", 8)
    p1.line(15, y + 8, 195, y + 8, 0.2, (130, 130, 130))
    _line_fill(p1, 16, y + 7, f["addr"], fill, s + 4)
    y += 14
    p1.text(15, y, "Code postal", "sans", 8)
    _comb(p1, 15, y + 2, 5)
    _comb_fill(p1, 15, y + 2, f["cp"], fill, s + 6)
    p1.text(50, y, "Commune", "sans", 8)
    p1.line(50, y + 8, 195, y + 8, 0.2, (130, 130, 130))
    _line_fill(p1, 51, y + 7, f["city"], fill, s + 7)
    y += 14
    p1.text(15, y, "Téléphone", "sans", 8)
    p1.line(15, y + 8, 80, y + 8, 0.2, (130, 130, 130))
    _line_fill(p1, 16, y + 7, f["tel"], fill, s + 8)
    p1.text(90, y, "Courriel", "sans", 8)
    p1.line(90, y + 8, 195, y + 8, 0.2, (130, 130, 130))
    _line_fill(p1, 91, y + 7, f["mail"], fill, s + 10)
    y += 16
    p1.rect(15, y, 180, 7, 0, None, bar)
    p1.text(18, y + 5, "B  —  VOTRE SITUATION", "sansb", 10, (255, 255, 255))
    y += 13
    opts = [
        ("salarie", "Vous exercez une activité salariée en France"),
        ("independant", "Vous exercez une activité non salariée (travailleur indépendant)"),
        ("demandeur_emploi", "Vous êtes demandeur d'emploi"),
        ("etudiant", "Vous êtes étudiant(e)"),
        (
            "sans_activite",
            (
                "Vous êtes sans activité et résidez en France de manière stable "
                "depuis plus de trois mois"
            ),
        ),
        ("autre", "Autre situation, précisez :"),
    ]
    for key, lab in opts:
        p1.rect(15, y - 3.5, 4, 4, 0.3)
        p1.text(22, y, lab, "sans", 8.5)
        if f["situation"] == key:
            _tick(p1, 15, y - 3.5, fill, s + 11)
        if key == "salarie":
            y += 7
            p1.text(22, y, "Emploi occupé :", "sans", 8)
            p1.line(45, y + 1, 120, y + 1, 0.2, (130, 130, 130))
            if f["situation"] == "salarie":
                _line_fill(p1, 46, y, f["job"], fill, s + 12)
            y += 7
            p1.text(22, y, "Type de contrat :", "sans", 8)
            for j, ct in enumerate(("CDI", "CDD", "Intérim", "Autre")):
                p1.rect(50 + j * 22, y - 3.5, 4, 4, 0.3)
                p1.text(56 + j * 22, y, ct, "sans", 8)
                if f.get("contract") == ct:
                    _tick(p1, 50 + j * 22, y - 3.5, fill, s + 13)
        y += 8
    p1.line(60, y - 7, 195, y - 7, 0.2, (130, 130, 130))
    p1.text(105, 290, "S1106 — cerfa n° 15763*02 — page 1/2", "sans", 7, GREY, "c")

    p2 = Page()
    p2.rect(15, 15, 180, 7, 0, None, bar)
    p2.text(18, 20, "C  —  VOS ENGAGEMENTS ET SIGNATURE", "sansb", 10, (255, 255, 255))
    p2.lines(
        15,
        30,
        [
            "Je certifie sur l'honneur l'exactitude des renseignements portés sur ce formulaire.",
            "Je m'engage à signaler à ma caisse tout changement dans ma situation.",
            "La loi punit quiconque se rend coupable de fraudes ou de fausses déclarations",
            "(articles 313-1 à 313-3, 433-19, 441-1 et 441-7 du code pénal).",
        ],
        "sans",
        8.5,
        4.4,
    )
    p2.text(15, 56, "Fait à", "sans", 9)
    p2.line(27, 57, 95, 57, 0.2, (130, 130, 130))
    p2.text(100, 56, "le", "sans", 9)
    p2.line(106, 57, 160, 57, 0.2, (130, 130, 130))
    _line_fill(p2, 29, 55.5, f["place"], fill, s + 20)
    if fill == "hand" or f.get("date_by_hand"):
        p2.hand(108, 55.5, d_fr(f["signed_on"]), 13, seed=s + 21)
    else:
        p2.text(108, 55.5, d_fr(f["signed_on"]), "mono", 10)
    p2.text(120, 67, "Signature", "sans", 8)
    p2.rect(120, 69, 75, 28, 0.4)
    p2.sig(126, 73, 60, 18, seed=f["sig_seed"])
    y = 110
    p2.text(15, y, "PIÈCES JUSTIFICATIVES À JOINDRE À VOTRE DEMANDE", "sansb", 10, bar)
    y = p2.lines(
        18,
        y + 8,
        [
            "•  la copie d'une pièce d'identité (passeport, carte nationale d'identité) ;",
            "•  pour les ressortissants hors UE/EEE/Suisse : titre de séjour, VLS-TS ou récépissé ;",
            "•  la copie intégrale ou l'extrait de votre acte de naissance (avec filiation) ;",
            "•  un justificatif de résidence en France depuis plus de trois mois (bail, trois",
            "    factures successives, ou attestation d'hébergement et justificatifs de l'hébergeant) ;",
            "•  un relevé d'identité bancaire (RIB) à votre nom ;",
            "•  si vous travaillez : votre contrat de travail ou votre dernier bulletin de salaire.",
        ],
        "sans",
        8.5,
        5,
    )
    p2.rect(15, 190, 180, 40, 0.3, GREY)
    p2.text(18, 196, "Cadre réservé à l'organisme", "sansb", 8, GREY)
    p2.text(18, 206, "Date de réception :", "sans", 8, GREY)
    p2.text(18, 216, "Pièces vérifiées :", "sans", 8, GREY)
    p2.text(110, 206, "Matricule agent :", "sans", 8, GREY)
    p2.text(105, 290, "S1106 — cerfa n° 15763*02 — page 2/2", "sans", 7, GREY, "c")
    return [p1, p2]


def _line_fill(pg, x, y, text, fill, seed):
    if fill == "hand":
        pg.hand(x, y, text, 13, seed=seed)
    else:
        pg.text(x, y, text, "mono", 10)


def bill(b):
    """A monthly bill, first page. b: provider style and values."""
    pg = Page()
    c = b["color"]
    pg.text(15, 20, b["brand"], "sansb", 20, c)
    pg.text(15, 26, b["brand_sub"], "sans", 8, GREY)
    pg.text(195, 18, b["doc_title"], "sansb", 14, align="r")
    pg.text(195, 24, f"N° {b['invoice_no']}", "sans", 9, align="r")
    pg.text(195, 29, f"du {d_fr(b['issue'])}", "sans", 9, align="r")
    pg.lines(115, 45, [b["holder_line"]] + b["addr"], "sans", 10, 5)
    pg.lines(
        15,
        45,
        [f"Référence client : {b['client']}", b["contract_line"], f"Adresse de {b['site_word']} :"]
        + b["addr"],
        "sans",
        8.5,
        4.5,
    )
    pg.rect(15, 75, 180, 26, 0.4, c, (245, 245, 248))
    pg.text(20, 83, b["period_line"], "sansb", 10)
    pg.text(20, 91, "Montant total TTC à payer", "sans", 10)
    pg.text(190, 91, f"{b['amount']:.2f} €".replace(".", ","), "sansb", 16, c, "r")
    pg.text(20, 97.5, b["pay_line"], "sans", 8.5, GREY)
    y = 112
    pg.text(15, y, "Détail de votre facture", "sansb", 11, c)
    y += 4
    pg.line(15, y, 195, y, 0.4, c)
    for lab, amt in b["lines"]:
        y += 7
        pg.text(17, y, lab, "sans", 9)
        pg.text(193, y, f"{amt:.2f} €".replace(".", ","), "sans", 9, align="r")
    y += 4
    pg.line(15, y, 195, y, 0.3, GREY)
    y += 7
    pg.text(17, y, "Total TTC", "sansb", 10)
    pg.text(193, y, f"{b['amount']:.2f} €".replace(".", ","), "sansb", 10, align="r")
    pg.lines(15, 270, b["footer"], "sans", 6.5, 3.2, GREY)
    return pg


def bill_screen(b):
    """Operator app screenshot 1170 x 2532 px (render at 300 dpi)."""
    pg = Page(99.06, 214.38, (246, 246, 248))
    c = b["color"]
    pg.text(8, 6, "9:41", "robotob", 9)
    pg.text(92, 6, "5G  87 %", "roboto", 8, align="r")
    pg.rect(0, 10, 99.06, 16, 0, None, c)
    pg.text(8, 21, b["brand"], "robotob", 13, (255, 255, 255))
    pg.text(8, 36, "Mes factures", "robotob", 15)
    pg.rect(5, 42, 89, 74, 0.2, (220, 220, 225), (255, 255, 255))
    y = pg.lines(9, 50, [b["title"]], "robotom", 11)
    pg.text(9, y + 2, f"Facture n° {b['invoice_no']} du {d_fr(b['issue'])}", "roboto", 7.5, GREY)
    pg.text(9, y + 15, f"{b['amount']:.2f} €".replace(".", ","), "robotob", 22, c)
    pg.text(9, y + 23, b["status"], "roboto", 8, (30, 140, 60))
    rows = [
        ("Titulaire", b["holder"]),
        ("Ligne", b["line"]),
        ("Période", b["period_line"]),
        ("Adresse", b["addr"][0]),
        ("", b["addr"][1]),
    ]
    yy = y + 33
    for a, v in rows:
        pg.text(9, yy, a, "roboto", 7, GREY)
        pg.text(32, yy, v, "roboto", 7.5)
        yy += 5.5
    pg.rect(5, 122, 89, 12, 0, None, c)
    pg.text(49.5, 129.5, "Télécharger la facture (PDF)", "robotom", 9, (255, 255, 255), "c")
    y = 146
    pg.text(8, y, "Factures précédentes", "robotom", 10)
    for lab, amt in b["previous"]:
        y += 10
        pg.line(8, y - 6, 91, y - 6, 0.15, (215, 215, 220))
        pg.text(8, y, lab, "roboto", 8.5)
        pg.text(91, y, f"{amt:.2f} €".replace(".", ","), "roboto", 8.5, align="r")
    pg.rect(0, 200, 99.06, 14.38, 0, None, (255, 255, 255))
    for i, t in enumerate(("Accueil", "Conso", "Factures", "Assistance")):
        pg.text(12 + i * 25, 209, t, "roboto", 7, c if t == "Factures" else GREY, "c")
    return pg


def rib(r):
    pg = Page()
    c = r["color"]
    pg.text(15, 20, r["bank"], "sansb", 18, c)
    pg.text(15, 26, r["bank_sub"], "sans", 8, GREY)
    pg.text(105, 45, "RELEVÉ D'IDENTITÉ BANCAIRE", "sansb", 13, align="c")
    pg.text(15, 60, "Titulaire du compte", "sans", 8, GREY)
    pg.lines(15, 66, [r["holder"]] + r["addr"], "sansb", 10, 5)
    pg.text(115, 60, "Domiciliation", "sans", 8, GREY)
    pg.lines(115, 66, r["agency"], "sans", 9.5, 4.8)
    y = 92
    heads = ("Code banque", "Code guichet", "N° de compte", "Clé RIB")
    vals = (r["bank_code"], r["branch"], r["account"], r["key"])
    xs = (15, 55, 95, 160, 195)
    for i in range(4):
        pg.rect(xs[i], y, xs[i + 1] - xs[i], 16, 0.3)
        pg.text(xs[i] + 2, y + 5, heads[i], "sans", 7.5, GREY)
        pg.text(xs[i] + 2, y + 12.5, vals[i], "monob", 11)
    y += 24
    pg.text(15, y, "IBAN (International Bank Account Number)", "sans", 8, GREY)
    pg.text(15, y + 7, group4(r["iban"]), "monob", 13)
    pg.text(15, y + 18, "BIC (Bank Identifier Code)", "sans", 8, GREY)
    pg.text(15, y + 25, r["bic"], "monob", 13)
    pg.lines(
        15,
        y + 40,
        [
            "Ce relevé est destiné à être remis, sur leur demande, à vos créanciers ou débiteurs",
            "appelés à faire inscrire des opérations à votre compte (virements, prélèvements...).",
        ],
        "sans",
        7.5,
        3.8,
        GREY,
    )
    pg.line(15, 175, 195, 175, 0.2, (160, 160, 160))
    pg.lines(15, 182, r["footer"], "sans", 6.5, 3.2, GREY)
    return pg


def rib_screen(r):
    pg = Page(99.06, 214.38, (255, 255, 255))
    c = r["color"]
    pg.text(8, 6, "10:07", "robotob", 9)
    pg.text(92, 6, "4G  62 %", "roboto", 8, align="r")
    pg.text(8, 20, "‹  Mon RIB", "robotob", 13)
    pg.rect(5, 28, 89, 28, 0, None, c)
    pg.text(10, 37, r["bank"], "robotob", 12, (255, 255, 255))
    pg.text(10, 44, r["account_label"], "roboto", 8.5, (230, 230, 255))
    pg.text(10, 51, "Compte courant", "roboto", 8.5, (230, 230, 255))
    rows = [
        ("Titulaire", r["holder"]),
        ("IBAN", group4(r["iban"])),
        ("BIC", r["bic"]),
        ("Banque", r["bank_code"]),
        ("Guichet", r["branch"]),
        ("N° de compte", r["account"]),
        ("Clé RIB", r["key"]),
        ("Domiciliation", r["agency"][0]),
    ]
    y = 66
    for a, v in rows:
        if a:
            pg.text(8, y, a, "roboto", 7.5, GREY)
            y += 5
        pg.text(8, y, v, "robotom", 9.5)
        y += 7.5
        pg.line(8, y - 4, 91, y - 4, 0.12, (225, 225, 230))
    pg.rect(8, 186, 83, 11, 0, None, c)
    pg.text(49.5, 193, "Partager mon RIB", "robotom", 9, (255, 255, 255), "c")
    return pg


def payslip(p):
    pg = Page()
    pg.text(105, 15, "BULLETIN DE PAIE", "sansb", 14, align="c")
    pg.text(105, 21, f"Période du {d_fr(p['from'])} au {d_fr(p['to'])}", "sans", 9, align="c")
    pg.rect(15, 27, 88, 36, 0.3)
    pg.text(18, 32, "Employeur", "sans", 7, GREY)
    pg.lines(
        18,
        37,
        [p["employer"]] + p["employer_addr"] + [f"SIRET : {p['siret']}", f"Code APE : {p['ape']}"],
        "sans",
        8.5,
        4.3,
    )
    pg.rect(107, 27, 88, 36, 0.3)
    pg.text(110, 32, "Salarié", "sans", 7, GREY)
    pg.lines(
        110,
        37,
        [p["employee"]]
        + p["employee_addr"]
        + [f"Emploi : {p['job']}", f"Entrée le {d_fr(p['start'])} — {p['contract']}"],
        "sans",
        8.5,
        4.3,
    )
    y = 70
    cols = (15, 100, 130, 160, 195)
    for i, h in enumerate(("Éléments de paie", "Base", "Taux", "Montant")):
        pg.rect(cols[i], y, cols[i + 1] - cols[i], 7, 0.3, fill=(225, 230, 238))
        pg.text(cols[i] + 2, y + 5, h, "sansb", 8)
    y += 7
    for lab, base, rate, amt in p["lines"]:
        y += 6
        bold = lab.isupper()
        pg.text(17, y, lab, "sansb" if bold else "sans", 8)
        if base:
            pg.text(128, y, base, "sans", 8, align="r")
        if rate:
            pg.text(158, y, rate, "sans", 8, align="r")
        if amt:
            pg.text(193, y, amt, "sansb" if bold else "sans", 8, align="r")
    y += 6
    pg.line(15, y, 195, y, 0.3)
    pg.rect(107, y + 6, 88, 16, 0.5, fill=(238, 242, 250))
    pg.text(110, y + 12, "NET PAYÉ", "sansb", 10)
    pg.text(192, y + 17, f"{p['net']:.2f} €".replace(".", ","), "sansb", 13, align="r")
    pg.text(15, y + 12, f"Payé le {d_fr(p['paid'])} par virement", "sans", 8)
    pg.lines(
        15,
        280,
        [
            (
                "Dans votre intérêt et pour vous aider à faire valoir vos droits, "
                "conservez ce bulletin de paie sans limitation de durée."
            ),
            p["cc"],
        ],
        "sans",
        6.5,
        3.2,
        GREY,
    )
    return pg


def contract(k):
    p1, p2 = Page(), Page()
    p1.text(105, 22, k["title"], "serifb", 13, align="c")
    p1.text(105, 30, "Entre les soussignés :", "serif", 10, align="c")
    y = p1.lines(20, 42, k["employer_block"], "serif", 10, 5.4)
    p1.text(20, y + 4, "ci-après dénommée « l'Employeur », d'une part,", "serifi", 10)
    p1.text(20, y + 12, "Et", "serifb", 10)
    y = p1.lines(20, y + 20, k["employee_block"], "serif", 10, 5.4)
    p1.text(20, y + 4, "ci-après dénommé(e) « le Salarié », d'autre part.", "serifi", 10)
    y += 14
    for art, body in k["articles"][:3]:
        p1.text(20, y, art, "serifb", 10)
        y = p1.lines(20, y + 6, body, "serif", 10, 5.2) + 5
    y = 25
    for art, body in k["articles"][3:]:
        p2.text(20, y, art, "serifb", 10)
        y = p2.lines(20, y + 6, body, "serif", 10, 5.2) + 5
    p2.text(
        20, y + 10, f"Fait en deux exemplaires à {k['city']}, le {d_fr(k['signed'])}", "serif", 10
    )
    p2.text(25, y + 22, "L'Employeur", "serifb", 10)
    p2.text(125, y + 22, "Le Salarié", "serifb", 10)
    p2.text(125, y + 27, "(« lu et approuvé »)", "serifi", 8.5)
    p2.sig(25, y + 32, 50, 15, seed=k["sig1"])
    p2.sig(125, y + 34, 50, 15, seed=k["sig2"])
    for i, p in enumerate((p1, p2)):
        p.text(105, 288, f"Page {i + 1}/2 — paraphes :", "serif", 8, GREY, "c")
    return [p1, p2]


def lease(le):
    p1, p2 = Page(), Page()
    p1.text(105, 20, "CONTRAT DE LOCATION", "sansb", 14, align="c")
    p1.text(105, 26, "Logement nu — résidence principale", "sans", 10, align="c")
    p1.text(
        105,
        31,
        "(Soumis au titre Ier bis de la loi n° 89-462 du 6 juillet 1989)",
        "sans",
        8.5,
        GREY,
        "c",
    )
    y = 44
    for head, rows in le["sections"]:
        p1.rect(15, y - 5, 180, 7, 0, None, (225, 225, 225))
        p1.text(17, y, head, "sansb", 9.5)
        y = p1.lines(17, y + 7, rows, "sans", 9.5, 5) + 6
    y = 25
    for head, rows in le["sections2"]:
        p2.rect(15, y - 5, 180, 7, 0, None, (225, 225, 225))
        p2.text(17, y, head, "sansb", 9.5)
        y = p2.lines(17, y + 7, rows, "sans", 9.5, 5) + 6
    p2.text(
        17, y + 6, f"Fait à {le['city']}, le {d_fr(le['signed'])}, en trois originaux.", "sans", 9.5
    )
    p2.text(20, y + 18, "Le bailleur", "sansb", 9.5)
    p2.text(120, y + 18, "Le(s) locataire(s)", "sansb", 9.5)
    p2.sig(20, y + 24, 48, 15, seed=le["sig"])
    for i, s in enumerate(le["tenant_sigs"]):
        p2.sig(115 + i * 38, y + 24, 34, 14, seed=s)
    for i, p in enumerate((p1, p2)):
        p.text(105, 288, f"{i + 1}/2", "sans", 8, GREY, "c")
    return [p1, p2]


def attestation(a, fill):
    pg = Page(bg=(255, 255, 255) if fill == "typed" else (252, 252, 247))
    if fill == "typed":
        pg.lines(20, 25, a["host_block"], "sans", 10, 5)
        pg.text(105, 65, "ATTESTATION D'HÉBERGEMENT", "sansb", 14, align="c")
        y = pg.lines(20, 85, a["body"], "sans", 10.5, 6.5)
        pg.text(20, y + 12, a["done"], "sans", 10.5)
        pg.text(120, y + 26, "Signature de l'hébergeant", "sans", 9)
        pg.sig(120, y + 31, 55, 16, seed=a["sig"])
        return pg
    for i in range(32):
        pg.line(15, 30 + i * 8, 200, 30 + i * 8, 0.1, (170, 190, 220))
    y = 28.5
    for row in a["host_block"]:
        pg.hand(20, y, row, 13, seed=y)
        y += 8
    pg.hand(60, y + 16, "Attestation d'hébergement", 17, seed=3)
    y += 32
    for row in a["body"]:
        pg.hand(20, y, row, 13, seed=int(y))
        y += 8
    pg.hand(20, y + 8, a["done"], 13, seed=9)
    pg.sig(120, y + 18, 55, 16, seed=a["sig"])
    return pg
