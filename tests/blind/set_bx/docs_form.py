"""Cerfa 15763*02 (S1106) application form, two print runs, hand-filled or typed."""

from __future__ import annotations

from render import Page, text_width_mm

SITUATIONS = [
    ("salarie", "Vous exercez une activité salariée en France"),
    ("independant", "Vous exercez une activité non salariée (travailleur indépendant)"),
    ("demandeur_emploi", "Vous êtes demandeur d'emploi inscrit à France Travail"),
    ("etudiant", "Vous êtes étudiant(e)"),
    (
        "sans_activite",
        "Vous êtes sans activité et résidez en France de manière stable et "
        "régulière depuis plus de 3 mois",
    ),
    ("autre", "Autre situation, précisez :"),
]
CONTRACTS = ["CDI", "CDD", "Intérim", "Apprentissage"]


class Filler:
    def __init__(self, pg: Page, f: dict):
        self.pg, self.f = pg, f
        self.n = f["seed"] * 1000

    def val(self, x, y, s, size=None):
        if not s:
            return
        self.n += 1
        if self.f["fill"] == "hand":
            hf = self.f["hand_font"]
            base = {"cursive": 18, "dkg": 14}.get(hf, 12.5)
            self.pg.hand(x, y, s, self.n, hf, (size or 12.5) * base / 12.5, self.f["ink"])
        else:
            self.pg.text(x, y, s, self.f.get("type_font", "mono"), size or 10, (0, 0, 0))

    def comb(self, x, y, s, n, cw=4.6, ch=6.0):
        self.pg.comb(x, y, n, cw, ch, 0.2, (70, 70, 70))
        for i, c in enumerate(s[:n]):
            if c == " ":
                continue
            self.n += 1
            if self.f["fill"] == "hand":
                font = self.f.get("caps_font", "print")
                w = text_width_mm(c, font, 12)
                self.pg.hand(
                    x + i * cw + (cw - w) / 2, y + ch - 1.2, c, self.n, font, 12, self.f["ink"]
                )
            else:
                self.pg.text(x + i * cw + cw / 2, y + ch - 1.4, c, "mono", 10, (0, 0, 0), "m")

    def tick(self, x, y, on):
        self.pg.rect(x, y, 3.6, 3.6, 0.25, (0, 0, 0))
        if not on:
            return
        ink = self.f["ink"] if self.f["fill"] == "hand" else (0, 0, 0)
        if self.f["fill"] == "hand":
            self.pg.poly([(x + 0.4, y + 0.5), (x + 3.3, y + 3.2)], 0.45, ink)
            self.pg.poly([(x + 3.2, y + 0.3), (x + 0.5, y + 3.4)], 0.45, ink)
        else:
            self.pg.text(x + 1.8, y + 3.1, "X", "sansb", 9, ink, "m")


def section_bar(pg, y, letter, title, run):
    if run == "A":
        pg.rect(12, y, 186, 7, 0, None, (0, 80, 160))
        pg.text(15, y + 5.1, f"{letter}  {title}", "sansb", 10, (255, 255, 255))
    else:
        pg.text(12, y + 5, letter, "serifb", 14, (0, 60, 120))
        pg.text(22, y + 5, title, "sansb", 10.5, (0, 60, 120))
        pg.line(12, y + 7, 198, y + 7, 0.6, (0, 60, 120))


def form_pages(f: dict) -> list[Page]:
    run = f.get("run", "A")
    lab = "sans" if run == "A" else "carlito"
    labb = "sansb" if run == "A" else "carlitob"
    p1 = Page()
    fl = Filler(p1, f)
    p1.text(14, 16, "l'Assurance", "sansb", 13, (0, 80, 160))
    p1.text(14, 22, "Maladie", "sansb", 13, (0, 80, 160))
    p1.rect(160, 9, 38, 14, 0.4, (0, 0, 0))
    p1.text(179, 14.5, "cerfa", "sansb", 9, (0, 0, 0), "m")
    p1.text(179, 20, "N° 15763*02", "sansb", 9, (0, 0, 0), "m")
    p1.text(
        105, 33, "Demande d'ouverture des droits à l'assurance maladie", labb, 13.5, (0, 0, 0), "m"
    )
    p1.text(105, 39, "Protection universelle maladie (PUMa)", lab, 10.5, (0, 0, 0), "m")
    p1.para(
        14,
        46,
        "Vous résidez en France de manière stable et régulière ou vous y "
        "travaillez : remplissez ce formulaire pour demander la prise en charge de vos "
        "frais de santé. Joignez les pièces justificatives listées page 2 et adressez le "
        "tout à la caisse d'assurance maladie de votre lieu de résidence.",
        182,
        lab,
        7.2,
    )
    p1.text(
        14,
        57,
        "Articles L. 160-1, L. 160-5, L. 160-6, R. 111-3 et D. 160-2 du code de la "
        "sécurité sociale.",
        "sansi",
        6.5,
        (60, 60, 60),
    )
    section_bar(p1, 62, "A", "VOUS", run)
    y = 77
    p1.text(14, y, "Nom de naissance", lab, 8.5)
    fl.comb(52, y - 4.6, f["surname"].upper(), 28)
    y += 9
    p1.text(14, y, "Nom d'usage (facultatif)", lab, 8.5)
    fl.comb(52, y - 4.6, (f.get("usage") or "").upper(), 28)
    y += 10
    p1.text(14, y, "Prénom(s)", lab, 8.5)
    p1.line(52, y + 1, 198, y + 1, 0.2, (90, 90, 90), 0.7 if run == "B" else None)
    fl.val(54, y, f["given_text"])
    y += 10
    p1.text(14, y, "Sexe", lab, 8.5)
    fl.tick(30, y - 3.2, f["sex"] == "F")
    p1.text(35, y, "F", lab, 8.5)
    fl.tick(42, y - 3.2, f["sex"] == "M")
    p1.text(47, y, "M", lab, 8.5)
    p1.text(70, y, "Date de naissance", lab, 8.5)
    d = f["dob"]
    fl.comb(100, y - 4.6, d[8:10], 2)
    fl.comb(111, y - 4.6, d[5:7], 2)
    fl.comb(122, y - 4.6, d[0:4], 4)
    p1.text(105, y + 4.5, "JJ", lab, 5.5, (110, 110, 110))
    p1.text(116, y + 4.5, "MM", lab, 5.5, (110, 110, 110))
    p1.text(131, y + 4.5, "AAAA", lab, 5.5, (110, 110, 110))
    y += 11
    p1.text(14, y, "Lieu de naissance : commune", lab, 8.5)
    p1.line(58, y + 1, 130, y + 1, 0.2, (90, 90, 90))
    fl.val(60, y, f["pob_city"])
    p1.text(133, y, "pays", lab, 8.5)
    p1.line(141, y + 1, 198, y + 1, 0.2, (90, 90, 90))
    fl.val(143, y, f["pob_country"])
    y += 10
    p1.text(14, y, "Nationalité", lab, 8.5)
    p1.line(34, y + 1, 110, y + 1, 0.2, (90, 90, 90))
    fl.val(36, y, f["nationality"])
    y += 10
    p1.text(14, y, "N° de sécurité sociale (si vous en avez un)", lab, 8.5)
    fl.comb(82, y - 4.6, "", 13, 4.2)
    fl.comb(140, y - 4.6, "", 2, 4.2)
    y += 9
    p1.text(14, y, "N° d'allocataire CAF (si vous en avez un)", lab, 8.5)
    p1.line(78, y + 1, 140, y + 1, 0.2, (90, 90, 90))
    y += 10
    p1.text(14, y, "Adresse", lab, 8.5)
    p1.line(30, y + 1, 198, y + 1, 0.2, (90, 90, 90))
    fl.val(32, y, f["street"])
    y += 10
    p1.text(14, y, "Code postal", lab, 8.5)
    fl.comb(36, y - 4.6, f["cp"], 5)
    p1.text(64, y, "Commune", lab, 8.5)
    p1.line(80, y + 1, 198, y + 1, 0.2, (90, 90, 90))
    fl.val(82, y, f["city"])
    y += 10
    p1.text(14, y, "Téléphone", lab, 8.5)
    p1.line(32, y + 1, 90, y + 1, 0.2, (90, 90, 90))
    fl.val(34, y, f["tel"])
    p1.text(95, y, "Courriel", lab, 8.5)
    p1.line(110, y + 1, 198, y + 1, 0.2, (90, 90, 90))
    fl.val(112, y, f["email"], 11 if f["fill"] == "hand" else 9)
    y += 8
    section_bar(p1, y, "B", "VOTRE SITUATION", run)
    y += 14
    p1.text(14, y, "Cochez la case correspondant à votre situation actuelle :", "sansi", 8)
    y += 7
    for key, label in SITUATIONS:
        fl.tick(14, y - 3.2, f["situation"] == key)
        p1.text(20, y, label, lab, 8.5)
        if key == "salarie":
            y += 6
            p1.text(24, y, "type de contrat :", lab, 8)
            x = 50
            for ct in CONTRACTS:
                fl.tick(x, y - 3.2, f.get("contract_type") == ct)
                p1.text(x + 5, y, ct, lab, 8)
                x += 24
            y += 6
            p1.text(24, y, "profession :", lab, 8)
            p1.line(42, y + 1, 130, y + 1, 0.2, (90, 90, 90))
            fl.val(44, y, f.get("job", ""), 11)
        if key == "autre":
            p1.line(58, y + 1, 198, y + 1, 0.2, (90, 90, 90))
        y += 7.5
    p1.text(14, 288, "S1106 — cerfa n° 15763*02 — page 1/2", lab, 7, (90, 90, 90))

    p2 = Page()
    f2 = Filler(p2, f)
    f2.n += 500
    section_bar(p2, 14, "C", "VOS ENGAGEMENTS ET SIGNATURE", run)
    yy = p2.para(
        14,
        30,
        "Je certifie sur l'honneur l'exactitude des renseignements portés sur "
        "cette déclaration. Je m'engage à signaler à ma caisse d'assurance maladie "
        "tout changement dans ma situation. La loi punit quiconque se rend coupable de "
        "fraudes ou de fausses déclarations (articles 313-1 à 313-3, 433-19, 441-1 et "
        "441-7 du code pénal).",
        182,
        lab,
        8.5,
    )
    yy += 6
    p2.text(14, yy, "Fait à", lab, 9)
    p2.line(26, yy + 1, 100, yy + 1, 0.2, (90, 90, 90), 0.7)
    f2.val(28, yy, f["place"])
    p2.text(106, yy, "le", lab, 9)
    p2.line(111, yy + 1, 160, yy + 1, 0.2, (90, 90, 90), 0.7)
    if f["date_fill"] == "hand":
        f2.n += 1
        p2.hand(
            113,
            yy,
            f["date_text"],
            f2.n,
            f["hand_font"],
            {"cursive": 18, "dkg": 14}.get(f["hand_font"], 12.5),
            f["ink"],
        )
    else:
        f2.val(113, yy, f["date_text"])
    yy += 8
    if run == "A":
        p2.text(120, yy + 4, "Signature", labb, 9)
        p2.rect(120, yy + 6, 78, 30, 0.35, (0, 0, 0))
    else:
        p2.rect(120, yy, 78, 32, 0.35, (0, 0, 0))
        p2.text(159, yy + 16, "Signature", lab, 14, (215, 215, 215), "m")
    if f["signed"]:
        p2.sig(126, yy + 10, 60, 20, f["seed"] + 77, f["ink"], 0.5)
    yy += 46
    section_bar(p2, yy, "", "PIÈCES JUSTIFICATIVES À JOINDRE À VOTRE DEMANDE", run)
    yy += 14
    pieces = [
        "une pièce d'identité : passeport (page photo) ou carte nationale d'identité ;",
        "si vous n'êtes pas ressortissant de l'UE/EEE/Suisse : titre de séjour, visa long "
        "séjour valant titre de séjour (VLS-TS) ou récépissé de demande ;",
        "un acte de naissance (copie intégrale ou extrait avec filiation), apostillé ou "
        "légalisé s'il a été délivré à l'étranger, sauf dispense ;",
        "un justificatif de résidence en France depuis plus de 3 mois (bail, factures, "
        "attestation d'hébergement) ;",
        "un relevé d'identité bancaire (RIB) à votre nom ;",
        "si vous travaillez : contrat de travail ou dernier bulletin de salaire.",
    ]
    for s in pieces:
        p2.text(16, yy, "•", lab, 9)
        yy = p2.para(21, yy, s, 175, lab, 8.5) + 1.5
    yy += 6
    p2.rect(14, yy, 184, 34, 0.35, (0, 0, 0), (238, 238, 238))
    p2.text(18, yy + 6, "Cadre réservé à l'organisme", labb, 9)
    p2.text(18, yy + 14, "Date de réception :", lab, 8.5)
    p2.text(18, yy + 22, "Pièces vérifiées :   oui  □    non  □", lab, 8.5)
    p2.text(18, yy + 30, "Matricule agent :", lab, 8.5)
    p2.text(14, 288, "S1106 — cerfa n° 15763*02 — page 2/2", lab, 7, (90, 90, 90))
    return [p1, p2]
