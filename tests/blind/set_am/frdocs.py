"""French paperwork for blind set AM: cerfa 15763*02, bills, lease, RIBs, payroll."""

from __future__ import annotations

import random

from ids import spaced
from render import Page, signature

MOIS = [
    "janvier", "février", "mars", "avril", "mai", "juin",
    "juillet", "août", "septembre", "octobre", "novembre", "décembre",
]  # fmt: skip
BLUE_INK = (25, 45, 140)
GREY = (90, 90, 90)


def in_words(iso: str) -> str:
    d = int(iso[8:10])
    return f"{'1er' if d == 1 else d} {MOIS[int(iso[5:7]) - 1]} {iso[:4]}"


def money(v: float) -> str:
    return f"{v:,.2f}".replace(",", " ").replace(".", ",")


# -- cerfa 15763*02 (S1106) ------------------------------------------------------------------
def cerfa(f: dict, mode: str, seed: int) -> list[Page]:
    """Two pages. ``mode`` is 'typed' (filled on screen) or 'hand' (filled with a pen)."""
    rng = random.Random(seed)
    hand = mode == "hand"
    vf = f.get("hand_font", "hand1") if hand else "sans"
    vsize = 11.5 if hand else 9.5
    ink = BLUE_INK if hand else (0, 0, 0)

    def val(pg, x, y, s, size=None):
        if hand:
            x += rng.uniform(-0.8, 0.8)
            y += rng.uniform(-0.6, 0.4)
        pg.text(x, y, s, vf, size or vsize, ink)

    def boxes(pg, x, y, n, s="", w=4.6):
        for i in range(n):
            pg.rect(x + i * w, y - 4.2, w, 5.4, (60, 60, 60), None, 0.2)
        for i, ch in enumerate(s[:n]):
            val(pg, x + i * w + 1.0, y, ch, vsize - 1)

    p1 = Page()
    p1.rect(12, 10, 34, 14, None, (0, 84, 164))
    p1.text(14, 16, "l'Assurance", "sans-b", 9, (255, 255, 255))
    p1.text(14, 21.5, "Maladie", "sans-b", 11, (255, 255, 255))
    p1.text(198, 14, "cerfa", "sans-b", 11, (0, 0, 0), "r")
    p1.text(198, 18.5, "N° 15763*02", "sans", 8, (0, 0, 0), "r")
    p1.text(105, 33, "DEMANDE D'OUVERTURE DES DROITS", "sans-b", 13, (0, 84, 164), "m")
    p1.text(105, 39, "À L'ASSURANCE MALADIE", "sans-b", 13, (0, 84, 164), "m")
    p1.text(105, 44.5, "Protection universelle maladie (art. L. 160-1 du code de la sécurité "
            "sociale)", "sans-i", 7.5, GREY, "m")  # fmt: skip
    p1.para(14, 52, 182, "Vous résidez en France de manière stable et régulière ou vous y "
            "exercez une activité professionnelle : remplissez ce formulaire et joignez les "
            "pièces justificatives demandées. Écrivez en lettres capitales.", "sans", 7.5)  # fmt: skip
    y = 64
    p1.rect(12, y, 186, 7, None, (0, 84, 164))
    p1.text(15, y + 5, "A  —  VOTRE IDENTITÉ", "sans-b", 9.5, (255, 255, 255))
    y += 15
    p1.text(15, y, "Nom de naissance", "sans", 8)
    val(p1, 55, y, f["surname"].upper())
    p1.line(55, y + 1.2, 196, y + 1.2, (160, 160, 160), 0.15)
    y += 9
    p1.text(15, y, "Nom d'usage (facultatif)", "sans", 8)
    val(p1, 55, y, f.get("usage", "").upper())
    p1.line(55, y + 1.2, 196, y + 1.2, (160, 160, 160), 0.15)
    y += 9
    p1.text(15, y, "Prénom(s)", "sans", 8)
    val(p1, 55, y, f["given"] if hand else f["given"].upper())
    p1.line(55, y + 1.2, 196, y + 1.2, (160, 160, 160), 0.15)
    y += 9
    p1.text(15, y, "Sexe", "sans", 8)
    for i, s in enumerate(("F", "M")):
        p1.rect(30 + i * 14, y - 3.3, 3.6, 3.6, (0, 0, 0), None, 0.25)
        p1.text(35 + i * 14, y, s, "sans", 8)
        if f["sex"] == s:
            val(p1, 30.4 + i * 14, y, "X", 9)
    p1.text(70, y, "Date de naissance", "sans", 8)
    boxes(p1, 100, y, 8, f["dob"][8:10] + f["dob"][5:7] + f["dob"][:4])
    p1.text(100 + 9.2, y + 4.5, "jour      mois          année", "sans-i", 5.5, GREY)
    y += 11
    p1.text(15, y, "Lieu de naissance : commune", "sans", 8)
    val(p1, 58, y, f["pob_city"])
    p1.text(120, y, "pays", "sans", 8)
    val(p1, 130, y, f["pob_country"])
    y += 9
    p1.text(15, y, "Nationalité", "sans", 8)
    val(p1, 58, y, f["nationality"])
    y += 9
    p1.text(15, y, "Adresse", "sans", 8)
    val(p1, 58, y, f["address1"])
    p1.line(58, y + 1.2, 196, y + 1.2, (160, 160, 160), 0.15)
    y += 8
    p1.text(15, y, "Code postal / Commune", "sans", 8)
    val(p1, 58, y, f["address2"])
    p1.line(58, y + 1.2, 196, y + 1.2, (160, 160, 160), 0.15)
    y += 9
    p1.text(15, y, "Téléphone", "sans", 8)
    val(p1, 58, y, f.get("phone", ""))
    p1.text(110, y, "Courriel", "sans", 8)
    val(p1, 124, y, f.get("email", ""), vsize - 1.5)
    y += 10
    p1.text(15, y, "N° de sécurité sociale (si vous en avez un)", "sans", 8)
    boxes(p1, 80, y, 13, f.get("nir", "") or "", 4.2)
    boxes(p1, 80 + 13 * 4.2 + 3, y, 2, "", 4.2)
    y += 9
    p1.text(15, y, "Vous êtes allocataire de la CAF : numéro d'allocataire", "sans", 8)
    boxes(p1, 95, y, 7, "", 4.6)
    y += 12
    p1.rect(12, y, 186, 7, None, (0, 84, 164))
    p1.text(15, y + 5, "B  —  VOTRE ACTIVITÉ", "sans-b", 9.5, (255, 255, 255))
    y += 14
    opts = [
        ("employed", "Vous exercez une activité salariée en France"),
        ("self", "Vous exercez une activité non salariée (indépendant, auto-entrepreneur)"),
        ("jobseeker", "Vous êtes demandeur d'emploi"),
        ("student", "Vous êtes étudiant(e)"),
        ("none", "Vous êtes sans activité professionnelle"),
    ]
    for key, lab in opts:
        p1.rect(16, y - 3.3, 3.6, 3.6, (0, 0, 0), None, 0.25)
        p1.text(22, y, lab, "sans", 8)
        if f["activity"] == key:
            val(p1, 16.4, y, "X", 9)
        y += 6.5
    y += 2
    p1.text(22, y, "Si vous êtes salarié(e) : nom de l'employeur", "sans", 8)
    val(p1, 90, y, f.get("employer", ""))
    y += 7
    p1.text(22, y, "emploi occupé", "sans", 8)
    val(p1, 45, y, f.get("job", ""))
    p1.text(120, y, "type de contrat", "sans", 8)
    val(p1, 145, y, f.get("contract", ""))
    y += 7
    p1.text(22, y, "date d'embauche", "sans", 8)
    val(p1, 48, y, f.get("hired", ""))
    p1.text(105, 287, "1/2", "sans", 7, GREY, "m")
    p1.text(14, 287, "S1106 — 15763*02", "sans", 6.5, GREY)

    p2 = Page()
    p2.rect(12, 14, 186, 7, None, (0, 84, 164))
    p2.text(15, 19, "PIÈCES À JOINDRE", "sans-b", 9.5, (255, 255, 255))
    y = 29
    for s in (
        "• une pièce d'identité (passeport, carte d'identité) et, si vous n'êtes pas "
        "ressortissant européen, un titre de séjour ou un visa long séjour en cours de validité ;",
        "• un acte de naissance complet (copie intégrale ou extrait avec filiation) ; s'il "
        "est établi à l'étranger, apostillé ou légalisé selon le pays ;",
        "• un justificatif de résidence en France depuis plus de 3 mois ;",
        "• un relevé d'identité bancaire (RIB) à votre nom ;",
        "• si vous travaillez : votre contrat de travail ou votre dernier bulletin de salaire.",
    ):
        y = p2.para(16, y, 178, s, "sans", 8) + 1.5
    y += 6
    p2.rect(12, y, 186, 7, None, (0, 84, 164))
    p2.text(15, y + 5, "C  —  ENGAGEMENT ET SIGNATURE", "sans-b", 9.5, (255, 255, 255))
    y += 14
    y = p2.para(16, y, 178, "Je certifie sur l'honneur l'exactitude des renseignements "
                "portés sur cette demande. Je m'engage à signaler à ma caisse d'assurance "
                "maladie tout changement dans ma situation.", "sans", 8)  # fmt: skip
    y += 8
    p2.text(16, y, "Fait à", "sans", 8)
    val(p2, 28, y, f.get("place", ""))
    p2.text(90, y, "le", "sans", 8)
    if f.get("signed_on"):
        boxes(p2, 96, y, 8, f["signed_on"][8:10] + f["signed_on"][5:7] + f["signed_on"][:4])
    y += 10
    p2.text(16, y, "Signature", "sans", 8)
    p2.rect(16, y + 2, 80, 26, (120, 120, 120), None, 0.2)
    if f.get("signed", True):
        signature(p2, 24, y + 18, 48, rng, BLUE_INK if hand or mode == "print" else (10, 10, 10))
    p2.para(14, 262, 182, "La loi n° 78-17 du 6 janvier 1978 modifiée relative à l'informatique, "
            "aux fichiers et aux libertés s'applique aux réponses faites sur ce formulaire. "
            "Quiconque se rend coupable de fraudes ou de fausses déclarations est passible "
            "de pénalités (art. L. 114-17 du code de la sécurité sociale).", "sans", 6.5,
            color=GREY)  # fmt: skip
    p2.text(105, 287, "2/2", "sans", 7, GREY, "m")
    return [p1, p2]


# -- bills -----------------------------------------------------------------------------------
def bouygues_bill(b: dict, seed: int) -> Page:
    rng = random.Random(seed)
    pg = Page()
    navy = (0, 55, 120)
    pg.rect(0, 0, 210, 30, None, navy)
    pg.text(14, 17, "BOUYGUES", "open-b", 18, (255, 255, 255))
    pg.text(14, 24, "TELECOM", "open", 10, (255, 255, 255))
    pg.text(196, 14, "Votre facture", "open-b", 14, (255, 255, 255), "r")
    pg.text(196, 21, f"du {b['issue_fr']}", "open", 10, (255, 255, 255), "r")
    pg.text(120, 44, b["holder"], "open-b", 10)
    for i, ln in enumerate(b["address"]):
        pg.text(120, 49 + i * 4.6, ln, "open", 9.5)
    pg.text(14, 44, "Compte client n° " + b["account"], "open", 8.5)
    pg.text(14, 49, "Facture n° " + b["number"], "open", 8.5)
    pg.text(14, 54, "Ligne Bbox : " + b["line"], "open", 8.5)
    pg.rect(14, 72, 182, 26, None, (232, 240, 250))
    pg.text(20, 81, "Montant de votre facture", "open-sb", 11, navy)
    pg.text(190, 83, money(b["amount"]) + " €", "open-b", 20, navy, "r")
    pg.text(20, 90, f"Prélevé à partir du {b['debit_fr']} sur votre compte "
            f"{b['iban_masked']}", "open", 8)  # fmt: skip
    y = 112
    pg.text(14, y, "Détail de votre facture", "open-b", 11, navy)
    y += 8
    rows = [
        (f"Bbox fit — forfait du {b['p1']} au {b['p2']}", b["amount"] - 3.0),
        ("Option TV — Bouquet Essentiel", 3.0),
        ("Communications hors forfait", 0.0),
    ]
    for lab, v in rows:
        pg.text(16, y, lab, "open", 9)
        pg.text(194, y, money(v) + " €", "open", 9, (0, 0, 0), "r")
        pg.line(14, y + 2.2, 196, y + 2.2, (210, 215, 225), 0.2)
        y += 7.5
    pg.text(16, y + 2, "Total TTC", "open-b", 10)
    pg.text(194, y + 2, money(b["amount"]) + " €", "open-b", 10, (0, 0, 0), "r")
    pg.text(16, y + 8, f"dont TVA 20 % : {money(b['amount'] / 6)} €", "open", 8, GREY)
    pg.text(14, y + 24, "Adresse d'installation : " + ", ".join(b["address"]), "open", 8)
    pg.para(14, 268, 182, "Bouygues Telecom — SA au capital de 712 588 399,56 € — 397 480 "
            "930 RCS Nanterre — Siège social : 37-39 rue Boissière 75116 Paris. Service "
            "client : 1064 (service et appel gratuits) ou sur l'appli Espace Client.", "open",
            6.5, color=GREY)  # fmt: skip
    pg.text(196, 290, f"1/1 — réf. {rng.randint(100000, 999999)}", "open", 7, GREY, "r")
    return pg


def free_bill(b: dict) -> list[Page]:
    """Freebox bill, after the layout of the public Free specimen (two pages)."""
    p1 = Page()
    p1.text(16, 20, "free", "sans-b", 26, (205, 30, 35))
    p1.text(16, 32, "Free Service Abonné", "sans", 9)
    p1.text(16, 36.5, "75371 Paris Cedex 08", "sans", 9)
    p1.text(115, 52, b["holder"], "sans", 10)
    for i, ln in enumerate(b["address"]):
        p1.text(115, 57 + i * 4.8, ln.upper() if i else ln, "sans", 10)
    y = 80
    p1.text(16, y, "Adresse email de contact", "sans-b", 7.5)
    p1.text(90, y, "Nom de l'abonné", "sans-b", 7.5)
    p1.text(16, y + 4, b["email"], "sans", 8)
    p1.text(90, y + 4, b["holder"], "sans", 8)
    p1.text(16, y + 11, "Numéro de ligne", "sans-b", 7.5)
    p1.text(55, y + 11, "Id.client", "sans-b", 7.5)
    p1.text(90, y + 11, "Adresse de l'installation", "sans-b", 7.5)
    p1.text(16, y + 15, b["line"], "sans", 8)
    p1.text(55, y + 15, b["client"], "sans", 8)
    for i, ln in enumerate(b["address"][1:]):
        p1.text(90, y + 15 + i * 4, ln.upper() if i else ln, "sans", 8)
    y = 110
    p1.rect(16, y - 6, 178, 16, None, (238, 238, 238))
    p1.text(20, y, f"Facture n°{b['number']} du {b['issue_long']}", "sans-b", 10)
    p1.text(20, y + 6, f"Date limite de paiement le {b['due_long']}", "sans", 9)
    p1.text(190, y + 6, f"{b['amount']:.2f} € TTC", "sans-b", 11, (0, 0, 0), "r")
    y = 132
    for j, h in enumerate(("Montant EUR HT", "Montant TVA", "Montant EUR TTC")):
        p1.text(120 + j * 27, y, h, "sans-b", 7, (0, 0, 0))
    ht = round(b["amount"] / 1.2, 2)
    tva = round(b["amount"] - ht, 2)
    rows = [
        ("Abonnements, forfaits et options", ht, tva, b["amount"]),
        ("Communications", 0.0, 0.0, 0.0),
        ("Services ponctuels ou occasionnels", 0.0, 0.0, 0.0),
        ("Total facture", ht, tva, b["amount"]),
    ]
    for i, (lab, a, t, c) in enumerate(rows):
        yy = y + 7 + i * 6
        p1.text(16, yy, lab, "sans-b" if i == 3 else "sans", 8.5)
        for j, v in enumerate((a, t, c)):
            p1.text(140 + j * 27, yy, f"{v:.2f}", "sans", 8.5, (0, 0, 0), "r")
    p1.text(16, y + 38, f"TVA 20% payée sur les encaissements {tva:.2f}", "sans", 8)
    p1.text(16, y + 48, f"Somme à payer {b['amount']:.2f} € TTC", "sans-b", 10)
    p1.text(16, y + 60, "Avis de prélèvement automatique", "sans-b", 9)
    p1.text(16, y + 66, f"Montant du prélèvement {b['amount']:.2f} € Prélèvement à partir "
            f"du : {b['due_long']}", "sans", 8)  # fmt: skip
    p1.text(16, y + 72, "IBAN : FR76 ***************************", "sans", 8)
    p1.para(16, 266, 178, "Free SAS au capital de 3.441.812 Euros - B 421 938 861 RCS Paris - "
            "Siège social: 8 rue de la Ville l'Évêque 75008 Paris - N° de TVA intra "
            "communautaire: FR 604 219 388 61", "sans", 6.5, color=GREY)  # fmt: skip
    p2 = Page()
    p2.text(16, 20, f"Facture n°{b['number']} du {b['issue_long']}", "sans", 8)
    p2.text(194, 20, "Page 2 / 2", "sans", 8, (0, 0, 0), "r")
    p2.text(16, 34, "Détail de votre consommation", "sans-b", 10)
    p2.text(16, 44, "Abonnements, forfaits et options", "sans-b", 8.5)
    p2.text(194, 44, f"{b['amount']:.2f} € TTC", "sans-b", 8.5, (0, 0, 0), "r")
    p2.text(16, 52, f"Freebox Pop du {b['period_long']}", "sans", 8.5)
    p2.text(194, 52, f"{b['amount']:.2f}", "sans", 8.5, (0, 0, 0), "r")
    p2.text(16, 60, "Total facture", "sans-b", 8.5)
    p2.text(194, 60, f"{b['amount']:.2f}", "sans-b", 8.5, (0, 0, 0), "r")
    return [p1, p2]


# -- RIBs ------------------------------------------------------------------------------------
def rib_lcl(r: dict) -> Page:
    pg = Page()
    pg.rect(14, 14, 22, 12, None, (0, 40, 120))
    pg.text(25, 22.5, "LCL", "sans-b", 14, (255, 220, 0), "m")
    pg.text(42, 22, "RELEVÉ D'IDENTITÉ BANCAIRE", "sans-b", 12, (0, 40, 120))
    pg.para(14, 36, 182, "Ce relevé est destiné à être remis, sur leur demande, à vos "
            "créanciers ou débiteurs appelés à faire inscrire des opérations à votre compte "
            "(virements, paiement de quittances, etc.).", "sans-i", 7.5, color=GREY)  # fmt: skip
    pg.text(14, 52, "Titulaire du compte", "sans", 8, GREY)
    pg.text(14, 57, r["holder"], "sans-b", 10)
    for i, ln in enumerate(r["address"]):
        pg.text(14, 62 + i * 4.5, ln, "sans", 9)
    pg.text(120, 52, "Domiciliation", "sans", 8, GREY)
    pg.text(120, 57, r["branch_name"], "sans-b", 9)
    pg.text(120, 61.5, r["branch_addr"], "sans", 8.5)
    y = 82
    heads = ("Code banque", "Code guichet", "Numéro de compte", "Clé RIB")
    xs = (14, 50, 86, 150)
    vals = (r["bank"], r["branch"], r["account"], r["key"])
    pg.rect(14, y - 5, 182, 15, (0, 40, 120), None, 0.3)
    for x, h, v in zip(xs, heads, vals):
        pg.text(x + 2, y, h, "sans", 7.5, GREY)
        pg.text(x + 2, y + 7, v, "mono-b", 10)
    y += 22
    pg.text(14, y, "IBAN (International Bank Account Number)", "sans", 8, GREY)
    pg.text(14, y + 6, spaced(r["iban"]), "mono-b", 11)
    pg.text(140, y, "BIC (Bank Identifier Code)", "sans", 8, GREY)
    pg.text(140, y + 6, r["bic"], "mono-b", 11)
    pg.line(14, 150, 196, 150, (180, 180, 180), 0.2)
    pg.text(14, 156, "Crédit Lyonnais — SA au capital de 2 037 713 591 € — SIREN 954 509 741 "
            "RCS Lyon — ORIAS 07 001 878", "sans", 6.5, GREY)  # fmt: skip
    return pg


def rib_sg(r: dict) -> Page:
    pg = Page()
    pg.rect(14, 12, 9, 9, None, (227, 6, 19))
    pg.rect(14, 21, 9, 9, None, (0, 0, 0))
    pg.text(27, 20, "SOCIETE", "lato-black", 10)
    pg.text(27, 25, "GENERALE", "lato-black", 10)
    pg.text(196, 20, "RIB", "lato-black", 16, (227, 6, 19), "r")
    pg.text(196, 26, "Relevé d'Identité Bancaire", "lato", 8, GREY, "r")
    y = 44
    pg.text(14, y, "Identifiant national de compte bancaire - RIB", "lato-b", 8.5)
    pg.rect(14, y + 3, 182, 18, (150, 150, 150), (248, 248, 248), 0.2)
    cols = [("Banque", r["bank"]), ("Guichet", r["branch"]), ("N° compte", r["account"]),
            ("Clé", r["key"]), ("Devise", "EUR")]  # fmt: skip
    for i, (h, v) in enumerate(cols):
        x = 18 + [0, 28, 56, 110, 135][i]
        pg.text(x, y + 9, h, "lato", 7.5, GREY)
        pg.text(x, y + 16, v, "lato-b", 10)
    pg.text(150, y + 9, "Domiciliation", "lato", 7.5, GREY)
    pg.text(150, y + 13.5, r["branch_name"], "lato-b", 7.5)
    pg.text(150, y + 17.5, r["branch_addr"], "lato", 7)
    y += 32
    pg.text(14, y, "Identifiant international de compte bancaire", "lato-b", 8.5)
    pg.text(14, y + 7, "IBAN", "lato", 8, GREY)
    pg.text(30, y + 7, spaced(r["iban"]), "lato-b", 10.5)
    pg.text(14, y + 14, "BIC", "lato", 8, GREY)
    pg.text(30, y + 14, r["bic"], "lato-b", 10.5)
    y += 28
    pg.text(14, y, "Titulaire du compte", "lato-b", 8.5)
    pg.text(14, y + 6, r["holder"], "lato", 10)
    for i, ln in enumerate(r["address"]):
        pg.text(14, y + 11 + i * 4.5, ln, "lato", 9)
    pg.text(14, 285, "Société Générale, S.A. au capital de 1 000 395 971,25 EUR — 552 120 222 "
            "RCS Paris — Siège social : 29, bd Haussmann 75009 Paris", "lato", 6, GREY)  # fmt: skip
    return pg


def rib_ca(r: dict) -> Page:
    """Crédit Agricole RIB printed from the online bank, joint account."""
    pg = Page()
    green = (0, 120, 110)
    pg.rect(14, 12, 14, 14, None, green)
    pg.text(21, 21.5, "CA", "sans-b", 11, (255, 255, 255), "m")
    pg.text(32, 18, "CRÉDIT AGRICOLE", "sans-b", 11, green)
    pg.text(32, 23, r["branch_name"], "sans", 8.5, GREY)
    pg.text(105, 40, "RELEVÉ D'IDENTITÉ BANCAIRE", "sans-b", 12, (0, 0, 0), "m")
    pg.text(105, 45, "Compte joint — Compte de dépôt", "sans", 8.5, GREY, "m")
    y = 58
    pg.text(20, y, "Titulaire(s) :", "sans", 9)
    pg.text(48, y, r["holder"], "sans-b", 9.5)
    for i, ln in enumerate(r["address"]):
        pg.text(48, y + 5 + i * 4.5, ln, "sans", 9)
    y = 82
    pg.rect(18, y, 174, 30, (0, 0, 0), None, 0.25)
    for i, (h, v) in enumerate(zip(("Banque", "Guichet", "N° de compte", "Clé RIB"),
                                   (r["bank"], r["branch"], r["account"], r["key"]))):  # fmt: skip
        x = 24 + i * 40
        pg.text(x, y + 7, h, "sans", 8, GREY)
        pg.text(x, y + 13, v, "sans-b", 10)
    pg.text(24, y + 21, "IBAN : " + spaced(r["iban"]), "sans-b", 10)
    pg.text(24, y + 27, "BIC : " + r["bic"], "sans-b", 10)
    pg.text(20, y + 40, "Domiciliation : " + r["branch_addr"], "sans", 8.5)
    return pg


def revolut_screen(r: dict) -> Page:
    """Revolut app 'Account details' screen, 1170 x 2532 at 254 dpi."""
    pg = Page(117, 253.2, bg=(247, 247, 250))
    pg.text(8, 6, "09:41", "roboto-m", 10)
    pg.text(109, 6, "4G  ▮▮▮  82 %", "dejavu", 7.5, (0, 0, 0), "r")
    pg.text(8, 20, "‹", "dejavu-b", 18, (0, 0, 0))
    pg.text(58.5, 19, "Euro", "roboto-m", 11, (0, 0, 0), "m")
    pg.text(8, 38, "Coordonnées bancaires", "roboto-b", 17)
    pg.text(8, 46, "Pour les virements SEPA et prélèvements", "roboto", 9, GREY)
    pg.rect(6, 53, 105, 11, None, (230, 232, 240))
    pg.rect(7, 54, 52, 9, None, (255, 255, 255))
    pg.text(33, 60, "EUR · Local", "roboto-m", 9, (0, 0, 0), "m")
    pg.text(85, 60, "International", "roboto", 9, GREY, "m")
    pg.rect(6, 70, 105, 122, None, (255, 255, 255))
    rows = [
        ("Bénéficiaire", r["holder"]),
        ("IBAN", spaced(r["iban"])),
        ("BIC / SWIFT", r["bic"]),
        ("Banque", "Revolut Bank UAB"),
        ("Adresse de la banque", "Konstitucijos ave. 21B, 08130,"),
        ("", "Vilnius, Lithuania"),
    ]
    y = 82
    for lab, v in rows:
        if lab:
            pg.text(12, y, lab, "roboto", 9, GREY)
            y += 6.5
        pg.text(12, y, v, "roboto-m", 11.5)
        if lab in ("IBAN", "BIC / SWIFT", "Bénéficiaire"):
            pg.rect(100, y - 5, 6, 6, (120, 90, 240), None, 0.4)
        y += 11
    pg.rect(6, 200, 105, 14, None, (233, 230, 252))
    pg.text(58.5, 209, "Partager les coordonnées", "roboto-m", 11, (100, 70, 230), "m")
    pg.para(8, 224, 101, "Revolut Bank UAB est un établissement de crédit agréé par la "
            "Banque de Lituanie. Vos dépôts sont protégés jusqu'à 100 000 €.", "roboto", 7.5,
            color=GREY)  # fmt: skip
    pg.rect(38, 246, 41, 1.4, None, (20, 20, 20))
    return pg
