"""French paper: the cerfa 15763*02 form, bills, lease, receipt, attestation, RIB, payslip,
employment contract. Each function returns a list of core.Page."""

import random

from core import Page, signature_image

BLUE = (0, 70, 150)
GREY = (90, 90, 90)
MOIS = [
    "janvier",
    "février",
    "mars",
    "avril",
    "mai",
    "juin",
    "juillet",
    "août",
    "septembre",
    "octobre",
    "novembre",
    "décembre",
]


def dfr(iso):
    y, m, d = iso.split("-")
    return f"{d}/{m}/{y}"


def dwords(iso):
    y, m, d = iso.split("-")
    return f"{int(d)} {MOIS[int(m) - 1]} {y}"


def money(v):
    s = f"{v:,.2f}".replace(",", " ").replace(".", ",")
    return s + " €"


class Filler:
    """Writes values either typed (before printing) or by hand (pen)."""

    def __init__(self, mode, seed, hand_font="dkg", ink=(20, 30, 110)):
        self.mode, self.rng, self.font, self.ink = mode, random.Random(seed), hand_font, ink

    def __call__(self, p, x, y, s, size=10):
        if not s:
            return
        if self.mode == "typed":
            p.text(x, y, s, size, "sans")
        else:
            p.hand(
                x,
                y + self.rng.uniform(-0.4, 0.4),
                s,
                size * 0.42,
                self.font,
                self.ink,
                self.rng.randint(0, 10**6),
            )

    def comb(self, p, x, y, s, cell=5.0, size=10):
        for i, ch in enumerate(s):
            if ch != " ":
                self(p, x + i * cell + cell * 0.25, y + cell * 0.8, ch, size)

    def tick(self, p, x, y):
        if self.mode == "typed":
            p.text(x + 0.5, y + 2.8, "X", 10, "sansb")
        else:
            p.hand(
                x + 0.2,
                y + 3.0,
                self.rng.choice(["X", "x", "✓"]) if False else "X",
                4.0,
                self.font,
                self.ink,
                self.rng.randint(0, 10**6),
            )


def _comb_boxes(p, x, y, n, cell=5.0, groups=()):
    xx = x
    for i in range(n):
        if i in groups:
            xx += 2.5
        p.rect(xx, y, cell, cell, lw=0.2)
        xx += cell
    return xx


def cerfa(a, fill_mode, seed, run=0):
    """Two pages of the application form filled for applicant dict a."""
    rng = random.Random(seed)
    f = Filler(fill_mode, seed, hand_font=rng.choice(["dkg", "breip", "comic"]))
    bar = [(0, 93, 170), (40, 40, 40)][run]
    p1 = Page()
    p1.text(15, 17, "l'Assurance", 13, "sansb", BLUE)
    p1.text(15, 23, "Maladie", 13, "sansb", BLUE)
    p1.rect(160, 10, 35, 14, stroke=(0, 0, 0), lw=0.4)
    p1.text(177.5, 15.5, "cerfa", 11, "sansb", anchor="c")
    p1.text(177.5, 21, "N° 15763*02", 8, "sans", anchor="c")
    p1.text(
        105, 33, "Demande d'ouverture des droits à l'assurance maladie", 13, "sansb", anchor="c"
    )
    p1.text(105, 39, "Protection universelle maladie (PUMa)", 10.5, "sans", BLUE, anchor="c")
    p1.text(
        105,
        44,
        "Articles L. 160-1, L. 160-5, L. 160-6, R. 111-2 et R. 160-1 et suivants du "
        "code de la sécurité sociale",
        6.5,
        "sansi",
        GREY,
        anchor="c",
    )
    p1.para(
        15,
        50,
        180,
        "Vous résidez en France de manière stable et régulière depuis plus de "
        "trois mois, ou vous y exercez une activité professionnelle : vous pouvez bénéficier "
        "de la prise en charge de vos frais de santé. Remplissez ce formulaire en lettres "
        "capitales et joignez les pièces justificatives listées en page 2.",
        7,
        "sans",
        GREY,
    )

    def section(p, y, letter, title):
        if run == 0:
            p.rect(15, y, 180, 6.5, stroke=None, fill=bar)
            p.text(18, y + 4.7, f"{letter}   {title}".strip(), 10, "sansb", (255, 255, 255))
        else:
            p.text(15, y + 4.7, f"{letter}. {title}" if letter else title, 11, "sansb", bar)
            p.line(15, y + 6.3, 195, y + 6.3, bar, 0.6)

    section(p1, 62, "A", "VOUS")
    y = 75
    rows = [
        ("Nom de naissance", a["surname"]),
        ("Nom d'usage (facultatif)", a.get("usage")),
        ("Prénom(s)", a["given"]),
    ]
    for lab, v in rows:
        p1.text(15, y, lab, 8.5)
        p1.line(60, y + 0.8, 195, y + 0.8, GREY, 0.2, dash=run == 0)
        f(p1, 62, y, v, 11)
        y += 9
    p1.text(15, y, "Sexe", 8.5)
    p1.text(32, y, "F", 8.5)
    p1.checkbox(36, y - 3)
    p1.text(45, y, "M", 8.5)
    p1.checkbox(50, y - 3)
    f.tick(p1, 36 if a["sex"] == "F" else 50, y - 3)
    p1.text(70, y, "Date de naissance", 8.5)
    dob = a["dob"]
    _comb_boxes(p1, 100, y - 4, 8, 5.0, groups=(2, 4))
    ds = dob[8:10] + dob[5:7] + dob[0:4]
    for i, ch in enumerate(ds):
        off = 2.5 * (i >= 2) + 2.5 * (i >= 4)
        f(p1, 100 + i * 5 + off + 1.2, y, ch, 10)
    p1.text(146, y + 4.5, "JJ     MM        AAAA", 5.5, "sans", GREY)
    y += 11
    p1.text(15, y, "Lieu de naissance : commune", 8.5)
    p1.line(60, y + 0.8, 125, y + 0.8, GREY, 0.2, dash=run == 0)
    f(p1, 61, y, a["pob_city"], 10)
    p1.text(128, y, "pays", 8.5)
    p1.line(137, y + 0.8, 195, y + 0.8, GREY, 0.2, dash=run == 0)
    f(p1, 138, y, a["pob_country"], 10)
    y += 9
    p1.text(15, y, "Nationalité", 8.5)
    p1.line(60, y + 0.8, 195, y + 0.8, GREY, 0.2, dash=run == 0)
    f(p1, 61, y, a["nationality_fr"], 10)
    y += 9
    p1.text(15, y, "N° de sécurité sociale (si vous en avez un)", 8.5)
    end = _comb_boxes(p1, 82, y - 4, 13, 4.4)
    _comb_boxes(p1, end + 3, y - 4, 2, 4.4)
    y += 10
    p1.text(15, y, "Adresse", 8.5)
    p1.line(60, y + 0.8, 195, y + 0.8, GREY, 0.2, dash=run == 0)
    f(p1, 61, y, a["street"], 10)
    y += 9
    p1.text(15, y, "Code postal", 8.5)
    _comb_boxes(p1, 40, y - 4, 5, 5.0)
    f.comb(p1, 40, y - 4, a["cp"], 5.0, 10)
    p1.text(72, y, "Commune", 8.5)
    p1.line(88, y + 0.8, 195, y + 0.8, GREY, 0.2, dash=run == 0)
    f(p1, 90, y, a["city"], 10)
    y += 9
    p1.text(15, y, "Téléphone", 8.5)
    p1.line(35, y + 0.8, 95, y + 0.8, GREY, 0.2, dash=run == 0)
    f(p1, 37, y, a["phone"], 10)
    p1.text(100, y, "E-mail", 8.5)
    p1.line(113, y + 0.8, 195, y + 0.8, GREY, 0.2, dash=run == 0)
    f(p1, 115, y, a["email"], 9)
    y += 10
    section(p1, y, "B", "VOTRE SITUATION")
    y += 13
    p1.text(15, y, "Cochez la case correspondant à votre situation :", 8, "sansi", GREY)
    y += 7
    sit = a["situation"]
    opts = [
        ("salarie", "Vous exercez une activité salariée en France"),
        ("independant", "Vous exercez une activité non salariée (indépendant)"),
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
        p1.checkbox(17, y - 3)
        if key == sit:
            f.tick(p1, 17, y - 3)
        p1.text(23, y, lab, 8.5)
        if key == "salarie":
            y += 6.5
            p1.text(27, y, "Type de contrat :", 8)
            for j, ct in enumerate(["CDI", "CDD", "Intérim", "Autre"]):
                p1.checkbox(55 + j * 22, y - 3)
                p1.text(60 + j * 22, y, ct, 8)
                if sit == "salarie" and a.get("contract") == ct:
                    f.tick(p1, 55 + j * 22, y - 3)
            y += 6.5
            p1.text(27, y, "Emploi occupé :", 8)
            p1.line(52, y + 0.8, 150, y + 0.8, GREY, 0.2, dash=run == 0)
            if sit == "salarie":
                f(p1, 54, y, a.get("job", ""), 9)
        if key == "autre":
            p1.line(68, y + 0.8, 195, y + 0.8, GREY, 0.2, dash=run == 0)
        y += 7.5
    p1.text(105, 287, "S1106 — cerfa n° 15763*02 — page 1/2", 7, "sans", GREY, anchor="c")

    p2 = Page()
    section(p2, 15, "C", "VOS ENGAGEMENTS ET SIGNATURE")
    y = p2.para(
        15,
        30,
        180,
        "Je certifie sur l'honneur l'exactitude des renseignements portés "
        "sur ce formulaire et je m'engage à signaler à ma caisse d'assurance maladie tout "
        "changement dans ma situation. La loi rend passible d'amende et/ou "
        "d'emprisonnement quiconque se rend coupable de fraudes ou de fausses "
        "déclarations (articles 313-1 à 313-3, 433-19, 441-1 et 441-7 du code pénal).",
        8.5,
    )
    y += 6
    p2.text(15, y, "Fait à", 9)
    p2.line(27, y + 0.8, 95, y + 0.8, GREY, 0.2, dash=run == 0)
    f(p2, 29, y, a["sign_place"], 11)
    p2.text(100, y, "le", 9)
    p2.line(106, y + 0.8, 160, y + 0.8, GREY, 0.2, dash=run == 0)
    date_txt = a["sign_date_txt"]
    Filler("hand" if a.get("date_by_hand") else fill_mode, seed + 3)(p2, 108, y, date_txt, 11)
    y += 6
    if run == 0:
        p2.text(120, y + 4, "Signature", 8.5)
        p2.rect(118, y + 6, 77, 30, lw=0.3)
        by = y + 6
    else:
        p2.rect(118, y, 77, 32, lw=0.3)
        p2.text(156.5, y + 18, "Signature", 14, "sans", (215, 215, 215), anchor="c")
        by = y + 1
    sig = signature_image(a["sig_name"], seed + 7)
    sw = 58
    p2.img(125 + rng.uniform(-3, 5), by + rng.uniform(1, 5), sw, sw * sig.height / sig.width, sig)
    y += 45
    section(p2, y, "", "PIÈCES JUSTIFICATIVES À JOINDRE À VOTRE DEMANDE")
    y += 13
    pieces = [
        "une pièce d'identité : passeport ou carte nationale d'identité (page avec photo)",
        "si vous n'êtes pas ressortissant de l'UE/EEE/Suisse : titre de séjour, visa long "
        "séjour valant titre de séjour (VLS-TS) ou récépissé de demande",
        "un acte de naissance (copie intégrale ou extrait avec filiation), avec apostille "
        "ou légalisation selon le pays",
        "un justificatif de résidence en France depuis plus de trois mois (bail, 3 factures "
        "successives, attestation d'hébergement avec justificatifs de l'hébergeant)",
        "un relevé d'identité bancaire (RIB) à votre nom",
        "si vous êtes salarié(e) : contrat de travail ou dernier bulletin de salaire",
    ]
    for t in pieces:
        p2.text(17, y, "•", 9)
        y = p2.para(22, y, 170, t, 8.5) + 1.5
    y += 6
    p2.rect(15, y, 180, 34, stroke=GREY, fill=(240, 240, 240), lw=0.3)
    p2.text(18, y + 6, "Cadre réservé à l'organisme", 9, "sansb", GREY)
    p2.text(18, y + 14, "Date de réception : ____ / ____ / ________", 8, "sans", GREY)
    p2.text(18, y + 22, "Pièces vérifiées :   □ oui    □ non", 8, "sans", GREY)
    p2.text(18, y + 30, "Matricule agent : ______________", 8, "sans", GREY)
    p2.text(105, 287, "S1106 — cerfa n° 15763*02 — page 2/2", 7, "sans", GREY, anchor="c")
    return [p1, p2]


def address_block(p, x, y, lines, size=10, font="sans"):
    for ln in lines:
        p.text(x, y, ln, size, font)
        y += size * 0.45
    return y


def bill(b, seed):
    """Monthly telecom / energy bill. b: provider, colours, holder, address lines, etc."""
    rng = random.Random(seed)
    p = Page()
    col = b["color"]
    if b["provider"] == "Orange":
        p.rect(15, 12, 20, 20, stroke=None, fill=(255, 121, 0))
        p.text(17, 29, "orange", 9, "sansb", (255, 255, 255))
    elif b["provider"] == "SFR":
        p.rect(15, 12, 22, 22, stroke=None, fill=(226, 0, 26))
        p.text(26, 26, "SFR", 13, "sansb", (255, 255, 255), anchor="c")
    else:
        p.text(15, 24, b["provider"], 18, "sansb", col)
    p.text(195, 18, "Facture", 20, "sansb", col, anchor="r")
    p.text(195, 25, f"du {dfr(b['issue'])}", 10, anchor="r")
    p.text(195, 31, f"N° de facture : {b['invoice_no']}", 8, anchor="r")
    p.text(15, 45, f"N° client : {b['client_no']}", 8.5)
    p.text(15, 50, f"Contrat : {b['offer']}", 8.5)
    p.text(15, 55, f"Ligne : {b['line']}", 8.5)
    address_block(p, 110, 50, [b["holder"]] + b["address"], 10.5)
    p.rect(15, 72, 180, 24, stroke=None, fill=b["light"])
    p.text(20, 82, "Montant à payer", 12, "sansb")
    p.text(190, 84, money(b["amount"]), 20, "sansb", col, anchor="r")
    p.text(
        20, 90, f"Prélevé à partir du {dfr(b['debit'])} sur votre compte {b['iban_masked']}", 8.5
    )
    p.text(15, 108, "Détail de votre facture", 12, "sansb", col)
    p.line(15, 110, 195, 110, col, 0.5)
    p.text(15, 116, f"Période de facturation : du {dfr(b['start'])} au {dfr(b['end'])}", 9)
    y = 125
    ht = 0
    for lab, amount in b["lines"]:
        p.text(18, y, lab, 9)
        p.text(190, y, money(amount), 9, anchor="r")
        ht += amount
        y += 6.5
    p.line(15, y - 3, 195, y - 3, GREY, 0.2)
    p.text(18, y + 2, "Total TTC", 9.5, "sansb")
    p.text(190, y + 2, money(b["amount"]), 9.5, "sansb", anchor="r")
    p.text(18, y + 8, f"dont TVA 20 % : {money(round(b['amount'] / 6, 2))}", 8, "sans", GREY)
    y += 22
    p.para(
        15,
        y,
        180,
        b.get(
            "notice",
            "Votre facture est disponible dans votre Espace Client. "
            "En cas de réclamation, contactez le service client ; si le désaccord persiste, "
            "vous pouvez saisir le médiateur des communications électroniques.",
        ),
        7.5,
        "sans",
        GREY,
    )
    p.para(15, 275, 180, b["legal"], 6, "sans", GREY)
    _ = rng
    return [p]


def rib_sg(r, seed):
    p = Page()
    p.rect(15, 14, 9, 9, stroke=None, fill=(227, 6, 19))
    p.rect(15, 23, 9, 9, stroke=None, fill=(0, 0, 0))
    p.text(28, 22, "SOCIETE GENERALE", 14, "sansb")
    p.text(28, 28, "Agence " + r["agency"], 8.5)
    p.text(105, 45, "RELEVÉ D'IDENTITÉ BANCAIRE", 13, "sansb", anchor="c")
    p.para(
        15,
        55,
        180,
        "Ce relevé est destiné à être remis, sur leur demande, à vos créanciers "
        "ou débiteurs appelés à faire inscrire des opérations à votre compte (virements, "
        "prélèvements, etc.).",
        7.5,
        "sans",
        GREY,
    )
    p.text(15, 72, "Titulaire du compte", 8, "sans", GREY)
    address_block(p, 15, 78, [r["holder"]] + r["address"], 10, "sansb")
    x = [15, 50, 85, 140, 165]
    heads = ["Code banque", "Code guichet", "N° de compte", "Clé RIB", "Devise"]
    vals = [r["bank"], r["branch"], r["account"], r["key"], "EUR"]
    for i in range(5):
        p.rect(x[i], 100, (x[i + 1] if i < 4 else 195) - x[i], 14, lw=0.2)
        p.text(x[i] + 2, 105, heads[i], 7, "sans", GREY)
        p.text(x[i] + 2, 111, vals[i], 10, "mono")
    p.text(15, 124, "IBAN (International Bank Account Number)", 7.5, "sans", GREY)
    p.text(15, 130, r["iban_sp"], 12, "monob")
    p.text(140, 124, "BIC (Bank Identifier Code)", 7.5, "sans", GREY)
    p.text(140, 130, r["bic"], 12, "monob")
    p.text(15, 142, "Domiciliation", 7.5, "sans", GREY)
    p.text(15, 148, r["domic"], 9)
    p.para(
        15,
        280,
        180,
        "Société Générale - S.A. au capital de 1 000 395 971,25 EUR - 552 120 "
        "222 RCS Paris - Siège social : 29, bd Haussmann 75009 Paris",
        6,
        "sans",
        GREY,
    )
    return [p]


def rib_ce(r, seed):
    p = Page()
    red = (212, 0, 45)
    p.text(15, 22, "Caisse d'Epargne", 16, "sansb", red)
    p.text(15, 28, r["region"], 9, "sans", GREY)
    p.text(195, 22, "Relevé d'identité bancaire", 11, "sansb", anchor="r")
    p.rect(15, 40, 180, 62, stroke=red, lw=0.4)
    p.text(20, 48, "TITULAIRE", 7.5, "sansb", red)
    address_block(p, 20, 54, [r["holder"]] + r["address"], 9.5)
    p.text(120, 48, "DOMICILIATION", 7.5, "sansb", red)
    address_block(p, 120, 54, r["domic_lines"], 8.5)
    p.text(20, 78, "Banque    Guichet    N° compte             Clé", 7.5, "sans", GREY)
    p.text(20, 84, f"{r['bank']}     {r['branch']}     {r['account']}     {r['key']}", 10, "mono")
    p.text(20, 92, "IBAN  " + r["iban_sp"], 10, "monob")
    p.text(20, 98, "BIC   " + r["bic"], 10, "monob")
    p.para(
        15,
        110,
        180,
        "Caisse d'Epargne et de Prévoyance Ile-de-France, Banque coopérative "
        "régie par les articles L.512-85 et suivants du Code monétaire et financier - Société "
        "anonyme à directoire et conseil d'orientation et de surveillance - Capital social de "
        "2 000 000 000 euros - 382 900 942 RCS Paris.",
        6.5,
        "sans",
        GREY,
    )
    return [p]
