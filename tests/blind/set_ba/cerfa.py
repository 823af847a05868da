"""The application form, cerfa n° 15763*02 (S1106), two pages, filled by hand or typed."""

from __future__ import annotations

import random

from gfx import signature

BLUE = (0, 80, 150)
GREY = (235, 238, 242)


class Filler:
    """Writes values either by hand (Pillow page) or typed (any page)."""

    def __init__(self, pg, mode, rng, ink=(20, 30, 110)):
        self.pg, self.mode, self.rng, self.ink = pg, mode, rng, ink

    def put(self, x, y, s, size=10):
        if not s:
            return
        if self.mode == "hand":
            self.pg.hand(x, y, s, size=size + 3, rng=self.rng, color=self.ink)
        else:
            self.pg.text(x, y, s, "mono" if self.mode == "typed_mono" else "sans", size)

    def comb(self, x, y, s, cell):
        for i, ch in enumerate(s):
            if ch == " ":
                continue
            if self.mode == "hand":
                self.pg.hand(
                    x + i * cell + cell * 0.22, y, ch, size=12, rng=self.rng, color=self.ink
                )
            else:
                self.pg.text(x + i * cell + cell / 2, y, ch, "sans", 10, align="c")

    def tick(self, x, y):
        if self.mode == "hand":
            r = self.rng
            self.pg.line(x + 0.6, y + 0.6 + r.uniform(-0.3, 0.3), x + 3.2, y + 3.4, 0.45, self.ink)
            self.pg.line(x + 3.3, y + 0.5, x + 0.5 + r.uniform(-0.3, 0.3), y + 3.5, 0.45, self.ink)
        else:
            self.pg.text(x + 1.95, y + 3.1, "X", "sansb", 10, align="c")


def _box(pg, x, y, s=3.8):
    pg.rect(x, y, s, s, (0, 0, 0), None, 0.25)


def _combs(pg, x, y, n, cell, h=6.0, groups=()):
    for i in range(n):
        pg.rect(x + i * cell, y, cell, h, (60, 60, 60), (255, 255, 255), 0.2)
    for gx in groups:
        pg.text(x + gx * cell - 0.3, y + h - 1.2, "/", "sans", 9, (90, 90, 90), "c")


def _section(pg, y, letter, title, run):
    if run == 1:
        pg.rect(12, y, 186, 7, None, BLUE)
        pg.text(15, y + 5, f"{letter}   {title}", "sansb", 10.5, (255, 255, 255))
    else:
        pg.text(12, y + 5, f"{letter} - {title}", "dvb", 10.5, BLUE)
        pg.line(12, y + 6.8, 198, y + 6.8, 0.6, BLUE)


def page1(pg, f, mode, rng: random.Random, run=1):
    w = Filler(pg, mode, rng, f.get("ink", (20, 30, 110)))
    fn = "sans" if run == 1 else "dv"
    pg.text(14, 16, "l'Assurance", "sansb", 13, BLUE)
    pg.text(14, 22, "Maladie", "sansb", 17, BLUE)
    pg.rect(160, 9, 38, 15, (0, 0, 0), None, 0.4)
    pg.text(179, 14.5, "cerfa", "sansb", 11, (0, 0, 0), "c")
    pg.text(179, 20.5, "N° 15763*02", fn, 9, (0, 0, 0), "c")
    pg.text(
        105,
        33,
        "Demande d'ouverture des droits à l'assurance maladie",
        "sansb",
        13.5,
        (0, 0, 0),
        "c",
    )
    pg.text(105, 39.5, "Protection universelle maladie (PUMa)", fn, 11, BLUE, "c")
    pg.para(
        14,
        46,
        182,
        "Vous résidez en France de manière stable et régulière ou vous y exercez une activité "
        "professionnelle : remplissez ce formulaire pour que vos frais de santé soient pris en "
        "charge. Écrivez en lettres capitales. Les pièces justificatives à joindre figurent en "
        "page 2.",
        fn,
        7.2,
        3.2,
        (50, 50, 50),
    )
    pg.text(
        14,
        59,
        "Articles L. 160-1, L. 160-5, R. 111-3 et D. 160-2 du code de la sécurité sociale",
        fn,
        6.5,
        (90, 90, 90),
    )
    _section(pg, 64, "A", "VOUS", run)
    lab = 7.8
    y = 79
    rows = [
        ("Nom de naissance", "birth_surname"),
        ("Nom d'usage (facultatif)", "usage_name"),
        ("Prénom(s)", "given"),
    ]
    for label, key in rows:
        if run == 1:
            pg.text(14, y, label, fn, lab)
            pg.line(58, y + 0.8, 196, y + 0.8, 0.2, (120, 120, 120), dash=0.6)
            w.put(60, y - 0.2, f.get(key, ""))
        else:
            pg.text(14, y - 5, label, fn, lab - 0.6, (60, 60, 60))
            pg.rect(14, y - 3.8, 182, 5.8, (120, 120, 120), None, 0.2)
            w.put(16, y + 0.8, f.get(key, ""))
        y += 9.5
    pg.text(14, y, "Sexe", fn, lab)
    for i, s in enumerate(("F", "M")):
        _box(pg, 30 + i * 16, y - 3.3)
        pg.text(35 + i * 16, y, s, fn, lab)
        if f["sex"] == s:
            w.tick(30 + i * 16, y - 3.3)
    pg.text(80, y, "Date de naissance", fn, lab)
    cell = 5.2 if run == 1 else 4.6
    _combs(pg, 108, y - 4.6, 8, cell, 6.0)
    for gi, lbl in ((0, "J J"), (2, "M M"), (4, "A A A A")):
        pg.text(108 + gi * cell + 0.4, y + 4, lbl, fn, 5.5, (120, 120, 120))
    d_, m_, y_ = f["dob"][8:10], f["dob"][5:7], f["dob"][0:4]
    w.comb(108, y, d_ + m_ + y_, cell)
    y += 12
    pg.text(14, y, "Lieu de naissance : commune", fn, lab)
    pg.line(56, y + 0.8, 120, y + 0.8, 0.2, (120, 120, 120), dash=0.6)
    w.put(58, y - 0.2, f["place_birth"])
    pg.text(123, y, "pays", fn, lab)
    pg.line(131, y + 0.8, 196, y + 0.8, 0.2, (120, 120, 120), dash=0.6)
    w.put(133, y - 0.2, f["country_birth"])
    y += 9.5
    pg.text(14, y, "Nationalité", fn, lab)
    pg.line(32, y + 0.8, 120, y + 0.8, 0.2, (120, 120, 120), dash=0.6)
    w.put(34, y - 0.2, f["nationality"])
    y += 9.5
    pg.text(14, y, "N° de sécurité sociale (si vous en avez un)", fn, lab)
    _combs(pg, 80, y - 4.6, 13, 4.6, 6.0)
    _combs(pg, 142, y - 4.6, 2, 4.6, 6.0)
    pg.text(14, y + 4, "N° d'allocataire CAF (si vous en avez un)", fn, lab - 1, (90, 90, 90))
    y += 13
    pg.text(14, y, "Adresse", fn, lab)
    pg.line(30, y + 0.8, 196, y + 0.8, 0.2, (120, 120, 120), dash=0.6)
    w.put(32, y - 0.2, f["address"])
    y += 9.5
    pg.text(14, y, "Code postal", fn, lab)
    _combs(pg, 33, y - 4.6, 5, 5.2, 6.0)
    w.comb(33, y, f["postcode"], 5.2)
    pg.text(66, y, "Commune", fn, lab)
    pg.line(81, y + 0.8, 196, y + 0.8, 0.2, (120, 120, 120), dash=0.6)
    w.put(83, y - 0.2, f["city"])
    y += 9.5
    pg.text(14, y, "Téléphone", fn, lab)
    pg.line(31, y + 0.8, 90, y + 0.8, 0.2, (120, 120, 120), dash=0.6)
    w.put(33, y - 0.2, f["phone"])
    pg.text(94, y, "Courriel", fn, lab)
    pg.line(108, y + 0.8, 196, y + 0.8, 0.2, (120, 120, 120), dash=0.6)
    w.put(110, y - 0.2, f["email"], 9)
    y += 10
    _section(pg, y, "B", "VOTRE SITUATION", run)
    y += 15
    pg.text(14, y, "Cochez la case qui correspond à votre situation actuelle :", fn, lab)
    y += 8
    opts = [
        ("salarie", "Vous exercez une activité salariée en France"),
        ("independant", "Vous exercez une activité non salariée (indépendant, auto-entrepreneur)"),
        ("demandeur_emploi", "Vous êtes demandeur d'emploi"),
        ("etudiant", "Vous êtes étudiant(e)"),
        (
            "sans_activite",
            "Vous êtes sans activité et résidez en France de façon stable depuis "
            "plus de trois mois",
        ),
        ("autre", "Autre situation (précisez) :"),
    ]
    for key, label in opts:
        _box(pg, 16, y - 3.3)
        pg.text(22, y, label, fn, lab)
        if f["situation"] == key:
            w.tick(16, y - 3.3)
        if key == "salarie":
            y += 7
            pg.text(26, y, "Type de contrat :", fn, lab - 0.5)
            for i, ct in enumerate(("CDI", "CDD", "Intérim", "Autre")):
                _box(pg, 52 + i * 22, y - 3.3)
                pg.text(57.5 + i * 22, y, ct, fn, lab - 0.5)
                if f["situation"] == "salarie" and f.get("contract") == ct:
                    w.tick(52 + i * 22, y - 3.3)
            y += 7
            pg.text(26, y, "Emploi occupé :", fn, lab - 0.5)
            pg.line(50, y + 0.8, 150, y + 0.8, 0.2, (120, 120, 120), dash=0.6)
            if f["situation"] == "salarie":
                w.put(52, y - 0.2, f.get("job", ""), 9)
        if key == "autre":
            pg.line(70, y + 0.8, 196, y + 0.8, 0.2, (120, 120, 120), dash=0.6)
        y += 7.5
    pg.text(105, 287, "S1106 — cerfa n° 15763*02 — page 1/2", fn, 6.5, (90, 90, 90), "c")


def page2(pg, f, mode, rng: random.Random, run=1):
    w = Filler(pg, mode, rng, f.get("ink", (20, 30, 110)))
    fn = "sans" if run == 1 else "dv"
    _section(pg, 14, "C", "VOS ENGAGEMENTS ET SIGNATURE", run)
    y = pg.para(
        14,
        30,
        182,
        "Je certifie sur l'honneur l'exactitude des renseignements portés sur ce formulaire "
        "et m'engage à signaler à ma caisse d'assurance maladie tout changement dans ma "
        "situation. Je suis informé(e) que la loi punit quiconque se rend coupable de fraudes "
        "ou de fausses déclarations (articles 313-1, 433-19, 441-1 et 441-7 du code pénal, "
        "article L. 114-13 du code de la sécurité sociale).",
        fn,
        8.5,
        4.0,
    )
    y += 6
    pg.text(14, y, "Fait à", fn, 9)
    pg.line(26, y + 0.8, 95, y + 0.8, 0.2, (120, 120, 120), dash=0.6)
    w.put(29, y - 0.2, f["place"])
    pg.text(100, y, "le", fn, 9)
    pg.line(106, y + 0.8, 150, y + 0.8, 0.2, (120, 120, 120), dash=0.6)
    if f.get("date_hand", mode == "hand"):
        pg.hand(109, y - 0.2, f["date"], size=13, rng=rng, color=f.get("ink", (20, 30, 110)))
    else:
        w.put(109, y - 0.2, f["date"])
    y += 8
    if run == 1:
        pg.text(120, y + 2, "Signature", fn, 9)
        pg.rect(120, y + 4, 76, 30, (0, 0, 0), None, 0.3)
        by = y + 4
    else:
        pg.rect(120, y, 76, 30, (0, 0, 0), None, 0.3)
        pg.text(158, y + 16, "Signature", fn, 12, (215, 215, 215), "c")
        by = y
    if f.get("signed", True):
        sig = signature(rng, f["signer"], h_px=150, color=f.get("ink", (20, 30, 110)))
        pg.image(sig, 124 + rng.uniform(0, 8), by + 3 + rng.uniform(0, 3), h=22)
    y += 44
    pg.rect(12, y - 5.5, 186, 7.5, None, GREY)
    pg.text(14, y, "PIÈCES JUSTIFICATIVES À JOINDRE À VOTRE DEMANDE", "sansb", 9.5, BLUE)
    y += 8
    items = [
        "la photocopie d'une pièce d'identité (passeport ou carte nationale d'identité) ;",
        "si vous êtes ressortissant d'un pays hors Union européenne : la photocopie de votre "
        "titre de séjour, de votre visa long séjour valant titre de séjour (VLS-TS) ou de votre "
        "récépissé ;",
        "la photocopie d'un acte de naissance (copie intégrale ou extrait avec filiation), "
        "apostillé ou légalisé selon le pays ;",
        "un justificatif de résidence en France depuis plus de trois mois (bail, trois factures "
        "successives, attestation d'hébergement avec justificatifs de l'hébergeant) ;",
        "un relevé d'identité bancaire (RIB) à votre nom ;",
        "si vous travaillez : la copie de votre contrat de travail ou de votre dernier bulletin de "
        "salaire.",
    ]
    for it in items:
        pg.text(16, y, "•", fn, 9)
        y = pg.para(20, y, 176, it, fn, 8.3, 3.9) + 1.5
    y += 8
    pg.rect(12, y, 186, 34, (0, 0, 0), (248, 248, 248), 0.3)
    pg.text(15, y + 5.5, "Cadre réservé à l'organisme", "sansb", 8.5)
    pg.text(15, y + 13, "Date de réception :  ____ / ____ / ________", fn, 8)
    pg.text(15, y + 20, "Pièces vérifiées :", fn, 8)
    for i, s in enumerate(("oui", "non")):
        _box(pg, 45 + i * 18, y + 17.2, 3.2)
        pg.text(50 + i * 18, y + 20, s, fn, 8)
    pg.text(15, y + 27, "Matricule agent :  ______________", fn, 8)
    pg.text(105, 287, "S1106 — cerfa n° 15763*02 — page 2/2", fn, 6.5, (90, 90, 90), "c")
