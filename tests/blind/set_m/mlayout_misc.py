"""RIBs (paper and app screens), the cerfa 15763*02 form, documents of no packet type."""

from __future__ import annotations

import random

from mcommon import eur, fr, fr_words, group4, month_name_fr
from mlayout_fr import SCREEN
from mrender import Page, signature_image

BANKS = {
    "BNP Paribas": dict(color=(0, 145, 90), bic="BNPAFRPPXXX", bank="30004"),
    "Société Générale": dict(color=(226, 0, 26), bic="SOGEFRPP", bank="30003"),
    "Crédit Agricole": dict(color=(0, 112, 110), bic="AGRIFRPP882", bank="18206"),
    "LCL": dict(color=(0, 40, 110), bic="CRLYFRPP", bank="30002"),
    "La Banque Postale": dict(color=(0, 60, 140), bic="PSSTFRPPPAR", bank="20041"),
    "CIC": dict(color=(0, 90, 160), bic="CMCIFRPP", bank="30066"),
    "Caisse d'Épargne": dict(color=(220, 0, 40), bic="CEPAFRPP751", bank="17515"),
    "Crédit Mutuel": dict(color=(0, 80, 150), bic="CMCIFR2A", bank="10278"),
    "BoursoBank": dict(color=(210, 0, 110), bic="BOUSFRPPXXX", bank="40618"),
}


def rib_paper(r: dict, rng: random.Random) -> list[Page]:
    """r: bank, holder_lines, iban, bic, branch_name, branch_addr, bank_code, branch, account,
    key (French parts, may be None), style."""
    B = BANKS.get(r["bank"], dict(color=(40, 40, 40)))
    pg = Page()
    fn, fb = rng.choice([("sans", "sans_b"), ("dsans", "dsans_b"), ("cond", "cond_b")])
    style = r.get("style", rng.randrange(3))
    y0 = rng.uniform(14, 30)
    pg.text(18, y0 + 6, r["bank"], "dsans_b", 15, B["color"])
    title = [
        "RELEVÉ D'IDENTITÉ BANCAIRE",
        "Relevé d'Identité Bancaire (RIB)",
        "IDENTITÉ BANCAIRE - RIB / IBAN",
    ][style]
    pg.text(192, y0 + 6, title, fb, 10.5, anchor="r")
    y = y0 + 18
    if style == 1:
        pg.text(18, y, "Cadre destiné au destinataire du relevé", fn, 7.5, (110, 110, 110))
        y += 6
    pg.rect(18, y - 5, 174, 62, stroke=B["color"], width=0.35)
    lab = "Titulaire du compte" if style != 2 else "Intitulé du compte"
    pg.text(22, y, lab, fn, 8, (90, 90, 90))
    for i, line in enumerate(r["holder_lines"]):
        pg.text(22, y + 5 + i * 4.8, line, fb, 10)
    pg.text(118, y, "Domiciliation", fn, 8, (90, 90, 90))
    pg.text(118, y + 5, r["branch_name"], fb, 9)
    for i, line in enumerate(r["branch_addr"]):
        pg.text(118, y + 9.5 + i * 4.2, line, fn, 8.5)
    y += 26
    if r.get("account"):
        heads = [("Code banque", 22), ("Code guichet", 52), ("N° de compte", 84), ("Clé RIB", 135)]
        vals = [r["bank_code"], r["branch"], r["account"], r["key"]]
        for (h, x), v in zip(heads, vals):
            pg.text(x, y, h, fn, 7.5, (90, 90, 90))
            pg.text(x, y + 5.5, v, "dmono", 10)
        y += 14
    pg.text(22, y, "IBAN (International Bank Account Number)", fn, 7.5, (90, 90, 90))
    pg.text(22, y + 6, group4(r["iban"]), "dmono" if style else fb, 11)
    pg.text(140, y, "BIC (Bank Identifier Code)", fn, 7.5, (90, 90, 90))
    pg.text(140, y + 6, r["bic"], "dmono" if style else fb, 11)
    y += 26
    pg.para(
        18,
        y,
        "Ce relevé est destiné à être remis, sur leur demande, à vos créanciers ou "
        "débiteurs appelés à faire inscrire des opérations à votre compte (virements, "
        "paiements de quittances, etc.). Son utilisation vous garantit le bon "
        "enregistrement des opérations en cause.",
        174,
        fn,
        7.5,
        3.6,
        (90, 90, 90),
    )
    if r.get("twice"):
        pg.line(10, 148, 200, 148, 0.2, (160, 160, 160), dash=True)
        pg.text(18, 160, r["bank"], "dsans_b", 12, B["color"])
        pg.text(18, 170, "IBAN : " + group4(r["iban"]), "dmono", 10)
        pg.text(18, 176, "BIC : " + r["bic"], "dmono", 10)
        pg.text(18, 182, " ".join(r["holder_lines"]), fn, 9)
    return [pg]


def rib_selfmade(r: dict, rng: random.Random) -> list[Page]:
    """A RIB retyped by the applicant in a word processor (may carry a typo)."""
    pg = Page()
    y = 30
    pg.text(20, y, "Mes coordonnées bancaires", "sans_b", 14)
    y += 14
    for lb, v in [
        ("Titulaire", " ".join(r["holder_lines"])),
        ("Banque", r["bank"]),
        ("IBAN", group4(r["iban"])),
        ("BIC", r["bic"]),
        ("Domiciliation", r["branch_name"]),
    ]:
        pg.text(20, y, lb + " :", "sans", 11)
        pg.text(60, y, v, "sans", 11)
        y += 8
    return [pg]


def rib_screen(r: dict, rng: random.Random) -> list[Page]:
    """Neobank / bank app 'account details' screen. r: app, holder, iban, bic, bank_name."""
    app = r["app"]
    dark = app in ("Revolut",) and rng.random() < 0.5
    bg = (12, 12, 14) if dark else (247, 247, 250)
    fg = (240, 240, 240) if dark else (15, 15, 20)
    sub = (150, 150, 160) if dark else (110, 110, 120)
    card = (32, 32, 36) if dark else (255, 255, 255)
    acc = {
        "Revolut": (0, 117, 235),
        "N26": (54, 161, 139),
        "Wise": (22, 51, 0),
        "BoursoBank": (210, 0, 110),
        "Crédit Agricole": (0, 112, 110),
    }.get(app, (0, 90, 160))
    W = SCREEN[0]
    pg = Page(*SCREEN, bg=bg)
    pg.text(4, 4.2, "14:07", "dsans_b", 6.3, fg)
    pg.text(W - 4, 4.2, "4G  62%", "dsans_b", 5.4, fg, "r")
    pg.text(4, 14, "<", "dsans_b", 9.0, fg)
    title = {
        "Revolut": "Account details",
        "N26": "Kontodetails",
        "Wise": "Your EUR account details",
        "BoursoBank": "Mon RIB",
    }.get(app, "Coordonnées bancaires")
    pg.text(W / 2, 14, title, "dsans_b", 7.5, fg, "m")
    y = 26
    if app == "Wise":
        pg.text(4, y, "Receive EUR from Eurozone", "dsans", 5.4, sub)
        y += 6
    pg.rect(3, y, W - 6, 80, stroke=None, fill=card)
    rows = r.get("rows") or [
        ("Bénéficiaire" if app == "BoursoBank" else "Beneficiary", r["holder"]),
        ("IBAN", group4(r["iban"])),
        ("BIC / SWIFT" if app != "N26" else "BIC", r["bic"]),
        ("Banque" if app == "BoursoBank" else "Bank", r["bank_name"]),
        ("Adresse de la banque" if app == "BoursoBank" else "Bank address", r["bank_addr"]),
    ]
    yy = y + 8
    for lb, v in rows:
        pg.text(7, yy, lb, "dsans", 4.8, sub)
        pg.text(
            7,
            yy + 5,
            v,
            "dsans_b" if lb != "Bank address" else "dsans",
            6.0 if len(v) < 30 else 5.0,
            fg,
        )
        pg.rect(W - 10, yy + 0.5, 3, 3.6, stroke=acc, width=0.35)
        pg.rect(W - 9, yy - 0.5, 3, 3.6, stroke=acc, width=0.35)
        yy += 14.5
    y += 86
    pg.rect(3, y, W - 6, 11, stroke=None, fill=acc)
    pg.text(
        W / 2,
        y + 7,
        {"N26": "Kontodetails teilen", "BoursoBank": "Partager mon RIB"}.get(app, "Share details"),
        "dsans_b",
        6.0,
        (255, 255, 255),
        "m",
    )
    pg.para(
        5,
        y + 20,
        r.get("foot", "Use these details to receive salary and direct debits from SEPA countries."),
        W - 10,
        "dsans",
        4.8,
        4.5,
        sub,
    )
    pg.rect(W / 2 - 18, SCREEN[1] - 3, 36, 1.2, stroke=None, fill=fg)
    return [pg]


# ---------------------------------------------------------------- cerfa 15763*02
SITUATIONS = [
    ("salarie", "Vous exercez une activité salariée en France"),
    ("independant", "Vous exercez une activité non salariée (travailleur indépendant)"),
    ("demandeur_emploi", "Vous êtes demandeur d'emploi"),
    ("etudiant", "Vous êtes étudiant(e)"),
    (
        "sans_activite",
        "Vous êtes sans activité et résidez en France de manière stable depuis plus de trois mois",
    ),
    ("autre", "Autre situation (précisez) :"),
]


def form(f: dict, rng: random.Random, run: int, fill: str) -> list[Page]:
    """f: surname, usage_name, given_names, sex, dob, pob, nationality, addr, cp, city,
    phone, email, situation, contract_type, job, place, date_text, signed.
    fill: hand | typed | acro. Returns 2 pages; acro pages carry .fields."""
    blue = (0, 84, 164) if run == 0 else (30, 30, 30)
    fn, fb = ("sans", "sans_b") if run == 0 else ("serif", "serif_b")
    ink = rng.choice([(20, 30, 120), (25, 25, 35)])
    hfont = rng.choice(["hand1", "hand2", "hand4"])
    seed = rng.randrange(99999)
    fields: list[tuple] = []
    p1, p2 = Page(), Page()
    p1.fields, p2.fields = fields, fields

    def val(pg, x, y, s, size=10.5, name=None, w=60.0):
        if not s:
            if fill == "acro" and name:
                fields.append(("text", pg, name, x, y - 4.5, w, 6, ""))
            return
        if fill == "hand":
            pg.hand(x, y, s, size + 2, ink, hfont, seed + int(x * 7 + y * 13))
        elif fill == "typed":
            pg.text(x, y, s, "sans" if run else "mono", size - 0.5)
        else:
            fields.append(("text", pg, name or f"champ_{len(fields)}", x, y - 4.5, w, 6, s))

    def comb_val(pg, x, y, s, n, name):
        p = pg
        p.comb(x, y - 5, n, 4.6, 6, blue)
        if fill == "acro":
            fields.append(("comb", pg, name, x, y - 5, n * 4.6, 6, s, n))
            return
        for i, ch in enumerate(s[:n]):
            if ch != " ":
                if fill == "hand":
                    p.hand(x + i * 4.6 + 2.3, y - 0.6, ch, 12, ink, hfont, seed + i + int(y), "m")
                else:
                    p.text(x + i * 4.6 + 2.3, y - 0.8, ch, "mono", 10, anchor="m")

    def box(pg, x, y, checked, name):
        pg.rect(x, y - 3.2, 3.6, 3.6, stroke=blue, width=0.3)
        if fill == "acro":
            fields.append(("check", pg, name, x, y - 3.2, 3.6, 3.6, checked))
        elif checked:
            if fill == "hand":
                pg.hand(
                    x + 1.8,
                    y + 0.2,
                    "X" if rng.random() < 0.6 else "x",
                    12,
                    ink,
                    "hand1",
                    seed + int(y),
                    "m",
                )
            else:
                pg.text(x + 1.8, y - 0.3, "X", "sans_b", 10, anchor="m")

    # ---- page 1 header
    p1.text(15, 16, "l'Assurance", "dsans_b", 13, blue)
    p1.text(15, 22, "Maladie", "dsans_b", 13, blue)
    p1.rect(170, 10, 27, 14, stroke=blue, width=0.4)
    p1.text(183.5, 15, "cerfa", "dsans_b", 9, blue, "m")
    p1.text(183.5, 21, "N° 15763*02", "dsans", 7.5, anchor="m")
    p1.text(105, 32, "Demande d'ouverture des droits à l'assurance maladie", fb, 13.5, anchor="m")
    p1.text(105, 38, "Protection universelle maladie (PUMa)", fn, 10.5, anchor="m")
    p1.para(
        15,
        45,
        "Articles L. 160-1, L. 160-5, L. 160-6, R. 111-3 et D. 160-2 du code de la "
        "sécurité sociale. Ce formulaire permet de demander l'ouverture de vos droits à la "
        "prise en charge de vos frais de santé si vous travaillez ou résidez en France de "
        "manière stable et régulière. Remplissez-le en lettres capitales et joignez les "
        "pièces justificatives indiquées en page 2.",
        180,
        fn,
        7,
        3.2,
        (70, 70, 70),
    )

    def section(pg, y, letter, title):
        if run == 0:
            pg.rect(15, y - 5.5, 180, 7.5, stroke=None, fill=blue)
            pg.text(18, y, f"{letter}  {title}", "dsans_b", 10, (255, 255, 255))
        else:
            pg.text(15, y, f"{letter}. {title}", fb, 11)
            pg.line(15, y + 1.5, 195, y + 1.5, 0.5)
        return y + 10

    y = section(p1, 66, "A", "VOUS")
    lab = 7.5

    def label(pg, x, y, s):
        pg.text(x, y, s, fn, lab, (40, 40, 40))

    if run == 0:  # labels above, boxes
        rows = [
            ("Nom de naissance", f["surname"], "nom_naissance"),
            ("Nom d'usage (facultatif)", f.get("usage_name") or "", "nom_usage"),
            ("Prénom(s)", f["given_names"], "prenoms"),
        ]
        for lb, v, nm in rows:
            label(p1, 15, y, lb)
            p1.rect(15, y + 1.5, 180, 7, stroke=blue, width=0.25)
            val(p1, 17, y + 7, v, name=nm, w=176)
            y += 12
    else:  # labels beside, dotted lines
        rows = [
            ("Nom de naissance :", f["surname"], "nom_naissance"),
            ("Nom d'usage (facultatif) :", f.get("usage_name") or "", "nom_usage"),
            ("Prénom(s) :", f["given_names"], "prenoms"),
        ]
        for lb, v, nm in rows:
            label(p1, 15, y, lb)
            p1.line(55, y + 0.8, 195, y + 0.8, 0.2, (90, 90, 90), dash=True)
            val(p1, 58, y - 0.5, v, name=nm, w=135)
            y += 9
    label(p1, 15, y + 1, "Sexe :")
    label(p1, 30, y + 1, "F")
    box(p1, 34, y + 1, f["sex"] == "F", "sexe_f")
    label(p1, 42, y + 1, "M")
    box(p1, 46, y + 1, f["sex"] == "M", "sexe_m")
    label(p1, 70, y + 1, "Date de naissance")
    dob = f["dob"]
    comb_val(p1, 100, y + 2, dob[8:10], 2, "naiss_jj")
    comb_val(p1, 112, y + 2, dob[5:7], 2, "naiss_mm")
    comb_val(p1, 124, y + 2, dob[:4], 4, "naiss_aaaa")
    y += 10
    label(p1, 15, y, "Lieu de naissance (commune, pays) :")
    val(p1, 70, y, f["pob"], name="lieu_naissance", w=120)
    y += 9
    label(p1, 15, y, "Nationalité :")
    val(p1, 40, y, f["nationality"], name="nationalite", w=80)
    y += 9
    label(p1, 15, y, "N° de sécurité sociale (si vous en avez un)")
    comb_val(p1, 82, y + 1, f.get("nir") or "", 13, "nir")
    comb_val(p1, 145, y + 1, "", 2, "nir_cle")
    y += 10
    label(p1, 15, y, "Adresse :")
    val(p1, 32, y, f["addr"], name="adresse", w=160)
    y += 9
    label(p1, 15, y, "Code postal")
    comb_val(p1, 35, y + 1, f["cp"], 5, "code_postal")
    label(p1, 65, y, "Commune :")
    val(p1, 82, y, f["city"], name="commune", w=100)
    y += 10
    label(p1, 15, y, "Téléphone :")
    val(p1, 35, y, f["phone"], 10, name="telephone", w=50)
    label(p1, 95, y, "Courriel :")
    val(p1, 112, y, f["email"], 9.5, name="courriel", w=82)
    y += 14
    y = section(p1, y, "B", "VOTRE SITUATION")
    ticked = f["situation"].split("+") if f.get("situation") else []
    for key, text in SITUATIONS:
        box(p1, 17, y, key in ticked, "situation_" + key)
        p1.text(23, y, text, fn, 8.5)
        if key == "salarie":
            y += 6
            p1.text(23, y, "Emploi occupé :", fn, 8)
            val(p1, 48, y, f.get("job") if "salarie" in ticked else "", 10, name="emploi", w=60)
            p1.text(112, y, "Contrat :", fn, 8)
            for i, ct in enumerate(["CDI", "CDD", "Intérim", "Autre"]):
                box(
                    p1,
                    128 + i * 17,
                    y,
                    f.get("contract_type") == ct and "salarie" in ticked,
                    "contrat_" + ct.lower(),
                )
                p1.text(133 + i * 17, y, ct, fn, 8)
        if key == "autre":
            p1.line(70, y + 0.8, 195, y + 0.8, 0.2, (90, 90, 90), dash=True)
            if "autre" in ticked:
                val(p1, 72, y - 0.5, f.get("other_text", ""), 10, name="autre_precision", w=120)
        y += 8
    p1.text(105, 290, "S1106 — cerfa n° 15763*02 — page 1/2", fn, 7, (90, 90, 90), "m")

    # ---- page 2
    y = section(p2, 22, "C", "VOS ENGAGEMENTS ET SIGNATURE")
    y = p2.para(
        15,
        y,
        "Je certifie sur l'honneur l'exactitude des renseignements portés sur ce "
        "formulaire et m'engage à signaler à ma caisse tout changement de situation. La "
        "loi rend passible d'amende et/ou d'emprisonnement quiconque se rend coupable de "
        "fraudes ou de fausses déclarations (art. 313-1 à 313-3, 433-19, 441-1 et 441-7 "
        "du code pénal).",
        180,
        fn,
        8.5,
        4.2,
    )
    y += 6
    label(p2, 15, y, "Fait à")
    p2.line(27, y + 0.8, 95, y + 0.8, 0.2, (90, 90, 90), dash=True)
    val(p2, 30, y - 0.5, f["place"], name="fait_a", w=60)
    label(p2, 100, y, "le")
    p2.line(105, y + 0.8, 160, y + 0.8, 0.2, (90, 90, 90), dash=True)
    date_text = f.get("date_text") or ""
    if fill == "typed" and f.get("date_by_hand") and date_text:
        p2.hand(108, y - 0.5, date_text, 12, ink, hfont, seed + 5)
    else:
        val(p2, 108, y - 0.5, date_text, name="date_signature", w=50)
    y += 8
    p2.rect(120, y, 75, 30, stroke=blue, width=0.35)
    if run == 0:
        p2.text(122, y + 4.5, "Signature", fn, 8)
    else:
        p2.text(157.5, y + 17, "Signature", fn, 12, (205, 205, 205), "m")
    if f.get("signed"):
        p2.image(
            128,
            y + 7,
            55,
            19,
            signature_image(f["given_names"] + " " + f["surname"], seed + 9, ink),
        )
    y += 42
    p2.text(15, y, "PIÈCES JUSTIFICATIVES À JOINDRE À VOTRE DEMANDE", fb, 10, blue)
    y += 7
    for t in [
        "une pièce d'identité (passeport ou carte nationale d'identité) ;",
        "pour les ressortissants hors Union européenne : titre de séjour, VLS-TS ou récépissé ;",
        "un extrait d'acte de naissance ou une copie intégrale (apostillé le cas échéant) ;",
        "un justificatif de résidence en France depuis plus de trois mois (bail, trois "
        "factures successives, attestation d'hébergement) ;",
        "un relevé d'identité bancaire (RIB) à votre nom ;",
        "si vous travaillez : votre contrat de travail ou votre dernier bulletin de salaire.",
    ]:
        p2.text(17, y, "•", fn, 9)
        y = p2.para(21, y, t, 172, fn, 8.5, 4.2) + 1.5
    y += 10
    p2.rect(15, y, 180, 28, stroke=(120, 120, 120), fill=(240, 240, 240), width=0.3)
    p2.text(18, y + 6, "Cadre réservé à l'organisme", fb, 9)
    p2.text(18, y + 14, "Date de réception : ____/____/______", fn, 8)
    p2.text(100, y + 14, "Pièces vérifiées  □ oui  □ non", fn, 8)
    p2.text(18, y + 22, "Matricule agent : ____________", fn, 8)
    p2.text(105, 290, "S1106 — cerfa n° 15763*02 — page 2/2", fn, 7, (90, 90, 90), "m")
    return [p1, p2]


def acro_cb(appearance: bool):
    """reportlab callback that draws the AcroForm fields stored on the pages."""

    def cb(c, pi, page):
        mm = 72 / 25.4
        for fld in getattr(page, "fields", []):
            if fld[1] is not page:
                continue
            kind, _, name, x, y, w, h = fld[:7]
            if kind in ("text", "comb"):
                v = fld[7]
                kw = dict(
                    name=name,
                    value=v,
                    x=x * mm,
                    y=(page.h - y - h) * mm,
                    width=w * mm,
                    height=h * mm,
                    borderWidth=0,
                    fontSize=9,
                    fontName="Helvetica",
                    fillColor=None,
                    textColor=None,
                    forceBorder=False,
                )
                if kind == "comb":
                    kw["maxlen"] = fld[8]
                    kw["fieldFlags"] = "comb"
                    kw["fontSize"] = 10
                c.acroForm.textfield(**kw)
            else:
                c.acroForm.checkbox(
                    name=name,
                    x=x * mm,
                    y=(page.h - y - h) * mm,
                    size=h * mm,
                    checked=bool(fld[7]),
                    buttonStyle="cross",
                    borderWidth=0,
                    fillColor=None,
                )

    return cb


# ---------------------------------------------------------------- unknown pieces
def quittance(q: dict, rng: random.Random) -> list[Page]:
    pg = Page()
    fn, fb = rng.choice([("sans", "sans_b"), ("serif", "serif_b")])
    pg.text(105, 30, "QUITTANCE DE LOYER", fb, 15, anchor="m")
    pg.text(105, 37, f"Période : {month_name_fr(q['month'])}", fn, 10, anchor="m")
    y = pg.para(
        20,
        55,
        f"Je soussigné(e) {q['landlord']}, propriétaire du logement désigné ci-dessous, "
        f"déclare avoir reçu de {q['tenant']} la somme de {eur(q['total'])} euros au titre du "
        f"paiement du loyer et des charges pour la période de location du "
        f"{fr(q['start'])} au {fr(q['end'])} et lui en donne quittance, sous réserve de tous "
        "mes droits.",
        170,
        fn,
        11,
        6,
    )
    pg.text(20, y + 6, "Adresse du logement : " + ", ".join(q["address"]), fn, 10.5)
    pg.text(20, y + 18, f"Loyer : {eur(q['rent'])} €", fn, 10.5)
    pg.text(20, y + 25, f"Charges : {eur(q['total'] - q['rent'])} €", fn, 10.5)
    pg.text(20, y + 32, f"Total : {eur(q['total'])} €", fb, 10.5)
    pg.text(120, y + 48, f"Fait à {q['city']}, le {fr(q['date'])}", fn, 10.5)
    pg.image(125, y + 53, 45, 15, signature_image(q["landlord"], rng.randrange(999)))
    return [pg]


def insurance(q: dict, rng: random.Random) -> list[Page]:
    pg = Page()
    pg.rect(0, 0, 210, 20, stroke=None, fill=(0, 110, 80))
    pg.text(15, 13, q["insurer"], "dsans_b", 16, (255, 255, 255))
    pg.text(105, 42, "ATTESTATION D'ASSURANCE HABITATION", "dsans_b", 13, anchor="m")
    y = pg.para(
        20,
        60,
        f"{q['insurer']} atteste que {q['holder']} est titulaire du contrat Multirisque "
        f"Habitation n° {q['number']} garantissant les risques locatifs (incendie, dégâts des "
        f"eaux, explosion) pour le logement situé {', '.join(q['address'])}, pour la période du "
        f"{fr(q['start'])} au {fr(q['end'])}.",
        170,
        "dsans",
        10.5,
        5.8,
    )
    pg.para(
        20,
        y + 6,
        "La présente attestation ne constitue qu'une présomption de garantie "
        "et ne peut engager l'assureur en dehors des limites du contrat.",
        170,
        "dsans",
        9,
        5,
    )
    pg.text(120, y + 30, f"Fait le {fr_words(q['date'])}", "dsans", 10)
    return [pg]


def caf_letter(q: dict, rng: random.Random) -> list[Page]:
    pg = Page()
    pg.text(20, 22, "Caisse d'allocations familiales", "dsans_b", 12, (0, 90, 170))
    pg.text(20, 28, q["caf"], "dsans", 9)
    pg.text(120, 50, q["holder"], "dsans_b", 10)
    for i, line in enumerate(q["address"]):
        pg.text(120, 55 + i * 4.8, line, "dsans", 10)
    pg.text(20, 80, f"Le {fr(q['date'])}", "dsans", 10)
    pg.text(
        20, 92, "Objet : accusé de réception de votre demande d'aide au logement", "dsans_b", 10
    )
    pg.para(
        20,
        104,
        "Madame, Monsieur, nous avons bien reçu votre demande d'aide personnalisée "
        "au logement. Votre dossier est en cours d'étude. Votre numéro d'allocataire est le "
        f"{q['number']}. Nous vous invitons à le rappeler dans toute correspondance.",
        170,
        "dsans",
        10,
        5.5,
    )
    return [pg]
