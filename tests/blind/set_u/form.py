"""The application form (cerfa n° 15763*02, S1106), two 'print runs', filled three ways."""

from __future__ import annotations

import random

from canvas import PEN_COLORS, Page

BLUE = (0, 80, 160)
SITS = [
    ("salarie", "Vous exercez une activité salariée en France"),
    ("independant", "Vous exercez une activité non salariée (travailleur indépendant)"),
    ("demandeur_emploi", "Vous êtes demandeur d'emploi indemnisé ou inscrit à France Travail"),
    ("etudiant", "Vous êtes étudiant(e)"),
    (
        "sans_activite",
        "Vous êtes sans activité professionnelle et résidez en France de manière "
        "stable et régulière depuis plus de trois mois",
    ),
    ("autre", "Autre situation, précisez :"),
]
PIECES = [
    "une photocopie de votre pièce d'identité (passeport, ou carte nationale d'identité pour les "
    "ressortissants de l'EEE ou de la Suisse) ;",
    "pour les ressortissants hors EEE/Suisse : votre titre de séjour, visa long séjour valant titre"
    " de séjour (VLS-TS) ou récépissé de demande ;",
    "une copie intégrale de votre acte de naissance ou un extrait avec filiation (apostillé ou "
    "légalisé selon le pays) ;",
    "un justificatif de résidence en France depuis plus de trois mois (bail, trois factures "
    "successives, ou attestation d'hébergement avec justificatifs de l'hébergeant) ;",
    "un relevé d'identité bancaire (RIB) à votre nom ;",
    "si vous travaillez : votre contrat de travail ou votre dernier bulletin de salaire.",
]


class Filler:
    """Writes values on the form as handwriting, typed text, or AcroForm fields."""

    def __init__(self, pg: Page, way: str, rnd: random.Random, hand: str, pen):
        self.pg, self.way, self.rnd, self.hand, self.pen = pg, way, rnd, hand, pen

    def text(self, name, x, y, w, value, size=10.5):
        if not value and self.way != "acroform":
            return
        if self.way == "hand":
            self.pg.hand(
                x + self.rnd.uniform(0, 2),
                y + self.rnd.uniform(-0.6, 0.6),
                value,
                self.hand,
                size * 1.25,
                self.pen,
                self.rnd.randrange(10**6),
            )
        elif self.way == "acroform":
            self.pg.field(name, "text", x - 0.5, y - 5, w, 6.5, value, 9)
        else:
            self.pg.text(x, y, value, "sans", 10)

    def comb(self, name, x, y, n, cw, ch, value):
        self.pg.comb(x, y, n, cw, ch)
        if not value:
            return
        if self.way == "hand":
            rnd = self.rnd
            for i, c in enumerate(value[:n]):
                self.pg.hand(
                    x + i * cw + cw / 2 + rnd.uniform(-0.6, 0.6),
                    y + ch * 0.8,
                    c,
                    self.hand,
                    ch * 2.5,
                    self.pen,
                    rnd.randrange(10**6),
                    "c",
                )
        elif self.way == "acroform":
            self.pg.field(name, "text", x, y, n * cw, ch, value, 9)
        else:
            for i, c in enumerate(value[:n]):
                self.pg.text(x + i * cw + cw / 2, y + ch * 0.75, c, "sans", 10, anchor="c")

    def check(self, name, x, y, s, on):
        if self.way == "acroform":
            self.pg.field(name, "check", x, y, s, s, on)
        elif on:
            kind = "typed" if self.way == "typed_print" else self.rnd.choice(["x", "x", "v"])
            self.pg.tick(
                x, y, s, self.pen if kind != "typed" else (0, 0, 0), self.rnd.randrange(999), kind
            )


def _bar(pg, y, text, run):
    if run == 0:
        pg.rect(12, y, 186, 7, None, BLUE)
        pg.text(15, y + 5, text, "sans-b", 10.5, (255, 255, 255))
        return y + 12
    if run == 1:
        pg.text(12, y + 5, text, "dejavu-b", 10.5, BLUE)
        pg.line(12, y + 7, 198, y + 7, BLUE, 0.6)
        return y + 12
    pg.rect(12, y, 186, 7, None, (225, 233, 245))
    pg.rect(12, y, 2.5, 7, None, BLUE)
    pg.text(17, y + 5, text, "open-b", 10, BLUE)
    return y + 12


def form_pages(d: dict, way: str, run: int, rnd: random.Random) -> tuple[list[Page], dict]:
    """d: surname, usage, given, sex, dob (date), pob, pob_country, nationality, nir, street,
    cp, city, phone, email, situation, contract, job, other, place, date_text, signed (bool),
    signed_on (date or None)."""
    hand = d.get("hand") or rnd.choice(["dkg", "breip", "dkg-i", "kaushan", "comic"])
    pen = rnd.choice(PEN_COLORS)
    f_lab = ["sans", "dejavu", "open"][run]
    f_b = f_lab + "-b"
    p1 = Page()
    F = Filler(p1, way, rnd, hand, pen)
    p1.text(14, 18, "l'Assurance", "sans-b", 15, BLUE)
    p1.text(14, 25, "Maladie", "sans-b", 15, BLUE)
    p1.rect(160, 10, 38, 14, (0, 0, 0), None, 0.4)
    p1.text(179, 16, "cerfa", "serif-i", 10, anchor="c")
    p1.text(179, 21.5, "N° 15763*02", "sans-b", 9, anchor="c")
    p1.text(105, 36, "Demande d'ouverture des droits à l'assurance maladie", f_b, 13.5, anchor="c")
    p1.text(105, 42, "Protection universelle maladie (PUMa)", f_lab, 10.5, BLUE, "c")
    y = p1.para(
        14,
        49,
        "Vous travaillez ou résidez en France de manière stable et régulière : "
        "remplissez ce formulaire pour bénéficier de la prise en charge de vos frais de "
        "santé. Joignez les pièces justificatives demandées en page 2 et adressez le tout "
        "à la caisse d'assurance maladie de votre lieu de résidence.",
        f_lab,
        7.2,
        182,
        1.25,
        (60, 60, 60),
    )
    p1.text(
        14,
        y + 1,
        "Articles L. 160-1, L. 160-5, L. 160-6, L. 160-7, R. 111-3 et D. 160-1 du "
        "code de la sécurité sociale.",
        f_lab,
        6.8,
        (90, 90, 90),
    )
    y = _bar(p1, y + 5, "A  -  VOUS", run)
    above = run != 1

    def labelled(lab, name, value, w=182, note=""):
        nonlocal y
        if above:
            p1.text(14, y, lab + (f"  {note}" if note else ""), f_lab, 8, (40, 40, 40))
            p1.rect(14, y + 1.5, w, 7.5, (110, 110, 110), None, 0.25)
            F.text(name, 16, y + 7.3, w - 3, value)
            y += 13
        else:
            p1.text(14, y + 4, lab + " :", f_lab, 8.5)
            x0 = 14 + 55
            p1.line(x0, y + 5, 196, y + 5, (90, 90, 90), 0.2, (0.4, 0.7))
            if note:
                p1.text(196, y + 8.2, note, f_lab, 6, (100, 100, 100), "r")
            F.text(name, x0 + 2, y + 4.2, 196 - x0, value)
            y += 10

    labelled(
        "Nom de naissance",
        "nom_naissance",
        d["surname"],
        note="(nom de famille figurant sur l'acte de naissance)",
    )
    labelled(
        "Nom d'usage (facultatif)",
        "nom_usage",
        d.get("usage") or "",
        note="(ex. : nom d'époux ou d'épouse)",
    )
    labelled("Prénom(s)", "prenoms", d["given"])
    p1.text(14, y + 3, "Sexe :", f_lab, 8.5)
    p1.text(30, y + 3, "F", f_lab, 8.5)
    p1.rect(34, y, 4, 4, lw=0.25)
    p1.text(42, y + 3, "M", f_lab, 8.5)
    p1.rect(47, y, 4, 4, lw=0.25)
    F.check("sexe_F", 34, y, 4, d["sex"] == "F")
    F.check("sexe_M", 47, y, 4, d["sex"] == "M")
    p1.text(70, y + 3, "Date de naissance :", f_lab, 8.5)
    dob = d["dob"]
    cw = 5.2 if run != 2 else 4.6
    p1.text(103, y - 1, "J J", f_lab, 5.5, (120, 120, 120))
    F.comb("jour_naissance", 103, y - 0.5, 2, cw, 5.5, f"{dob.day:02d}")
    F.comb("mois_naissance", 103 + 2 * cw + 3, y - 0.5, 2, cw, 5.5, f"{dob.month:02d}")
    F.comb("annee_naissance", 103 + 4 * cw + 6, y - 0.5, 4, cw, 5.5, f"{dob.year}")
    y += 10
    labelled("Lieu de naissance (commune)", "lieu_naissance", d["pob"], 110)
    if above:
        y -= 13
        p1.text(130, y, "Pays", f_lab, 8)
        p1.rect(130, y + 1.5, 66, 7.5, (110, 110, 110), None, 0.25)
        F.text("pays_naissance", 132, y + 7.3, 62, d["pob_country"])
        y += 13
    else:
        labelled("Pays de naissance", "pays_naissance", d["pob_country"])
    labelled("Nationalité", "nationalite", d["nationality"])
    p1.text(14, y + 4, "N° de sécurité sociale (si vous en avez un) :", f_lab, 8.5)
    nir = d.get("nir") or ""
    F.comb("nir", 82, y, 13, 4.6, 5.5, nir[:13])
    F.comb("cle_nir", 82 + 13 * 4.6 + 3, y, 2, 4.6, 5.5, nir[13:])
    y += 9
    p1.text(14, y + 4, "N° d'allocataire CAF (le cas échéant) :", f_lab, 8.5)
    p1.line(82, y + 5, 150, y + 5, (90, 90, 90), 0.2, (0.4, 0.7))
    y += 9
    labelled("Adresse (n°, rue, bâtiment, étage...)", "adresse", d["street"])
    p1.text(14, y + 4, "Code postal :", f_lab, 8.5)
    F.comb("code_postal", 36, y, 5, 5.2, 5.5, d["cp"])
    p1.text(70, y + 4, "Commune :", f_lab, 8.5)
    p1.line(88, y + 5, 196, y + 5, (90, 90, 90), 0.2, (0.4, 0.7))
    F.text("commune", 90, y + 4.2, 100, d["city"])
    y += 10
    p1.text(14, y + 4, "Téléphone :", f_lab, 8.5)
    p1.line(34, y + 5, 92, y + 5, (90, 90, 90), 0.2, (0.4, 0.7))
    F.text("telephone", 36, y + 4.2, 55, d.get("phone", ""))
    p1.text(96, y + 4, "E-mail :", f_lab, 8.5)
    p1.line(110, y + 5, 196, y + 5, (90, 90, 90), 0.2, (0.4, 0.7))
    F.text("email", 112, y + 4.2, 84, d.get("email", ""), 9)
    y += 13
    y = _bar(p1, y, "B  -  VOTRE SITUATION", run)
    p1.text(
        14, y, "Cochez la case correspondant à votre situation actuelle :", f_lab, 8, (60, 60, 60)
    )
    y += 5
    sit = d["situation"]
    for key, lab in SITS:
        p1.rect(14, y, 4, 4, lw=0.25)
        F.check("situation_" + key, 14, y, 4, key in sit.split("+"))
        yy = p1.para(21, y + 3.2, lab, f_lab, 8.5, 170)
        if key == "salarie":
            p1.text(25, yy + 1.5, "Emploi occupé :", f_lab, 8)
            p1.line(48, yy + 2.5, 120, yy + 2.5, (90, 90, 90), 0.2, (0.4, 0.7))
            F.text("emploi", 50, yy + 1.8, 70, d.get("job", "") if "salarie" in sit else "", 9)
            p1.text(125, yy + 1.5, "Contrat :", f_lab, 8)
            for i, ct in enumerate(["CDI", "CDD", "Intérim", "Autre"]):
                x = 140 + i * 14.5
                p1.rect(x, yy - 1.6, 3.6, 3.6, lw=0.25)
                p1.text(x + 4.6, yy + 1.5, ct, f_lab, 7.5)
                F.check(
                    "contrat_" + ct, x, yy - 1.6, 3.6, d.get("contract") == ct and "salarie" in sit
                )
            yy += 5
        if key == "autre":
            p1.line(65, y + 4, 196, y + 4, (90, 90, 90), 0.2, (0.4, 0.7))
            F.text("autre_precision", 67, y + 3.4, 128, d.get("other", ""), 9)
        y = yy + 2.5
    p1.text(105, 290, "S1106 — cerfa n° 15763*02 — page 1/2", f_lab, 7, (90, 90, 90), "c")

    p2 = Page()
    F.pg = p2
    y = _bar(p2, 14, "C  -  VOS ENGAGEMENTS ET SIGNATURE", run)
    y = p2.para(
        14,
        y,
        "Je certifie sur l'honneur l'exactitude des renseignements portés sur ce "
        "formulaire. Je m'engage à signaler à ma caisse d'assurance maladie tout "
        "changement dans ma situation (adresse, activité, résidence).",
        f_lab,
        9,
        182,
        1.35,
    )
    y += 6
    p2.text(14, y + 4, "Fait à", f_lab, 9.5)
    p2.line(27, y + 5, 100, y + 5, (90, 90, 90), 0.2, (0.4, 0.7))
    F.text("fait_a", 29, y + 4.2, 70, d["place"])
    p2.text(106, y + 4, "le", f_lab, 9.5)
    dt = d.get("date_text") or ""
    if run == 2 and way != "acroform":
        p2.line(112, y + 5, 160, y + 5, (90, 90, 90), 0.2, (0.4, 0.7))
    else:
        p2.line(112, y + 5, 160, y + 5, (90, 90, 90), 0.2, (0.4, 0.7))
    if way == "typed_print" and d.get("date_by_hand", True) and dt:
        p2.hand(114, y + 4.2, dt, hand, 12.5, pen, rnd.randrange(10**6))
    else:
        F.text("date_signature", 114, y + 4.2, 45, dt)
    y += 12
    sx, sy, sw, sh = (110, y, 86, 34) if run != 1 else (14, y, 100, 34)
    p2.rect(sx, sy, sw, sh, (0, 0, 0), None, 0.4)
    if run == 0:
        p2.text(sx + 2, sy + 4.5, "Signature", f_lab, 8.5)
    elif run == 1:
        p2.text(sx, sy - 1.5, "Signature du demandeur", f_b, 8.5)
    else:
        p2.text(sx + sw / 2, sy + sh / 2 + 2, "Signature", f_lab, 16, (225, 225, 225), "c")
    if d["signed"]:
        p2.sig(
            sx + 8,
            sy + 5,
            sw - 14,
            sh - 8,
            f"{d['given']} {d['surname']}",
            pen,
            rnd.randrange(10**6),
            rnd.randrange(3),
        )
    y = sy + sh + 10
    y = _bar(p2, y, "PIÈCES JUSTIFICATIVES À JOINDRE À VOTRE DEMANDE", run)
    for item in PIECES:
        p2.text(16, y + 0.2, "•", f_lab, 9)
        y = p2.para(21, y, item, f_lab, 8.5, 175, 1.3) + 1.5
    y += 4
    p2.rect(12, y, 186, 32, (90, 90, 90), (242, 242, 242), 0.3)
    p2.text(15, y + 5, "Cadre réservé à l'organisme", f_b, 9)
    for i, lab in enumerate(
        [
            "Date de réception : ....../....../..........",
            "Pièces vérifiées :  oui  /  non",
            "Matricule agent : ................",
        ]
    ):
        p2.text(15, y + 12 + i * 6.5, lab, f_lab, 8.5)
    y += 40
    p2.para(
        14,
        y,
        "La loi rend passible d'amende et/ou d'emprisonnement quiconque se rend "
        "coupable de fraudes ou de fausses déclarations (articles 313-1 à 313-3, 433-19, "
        "441-1 et 441-7 du code pénal). Les informations recueillies font l'objet d'un "
        "traitement par l'Assurance Maladie ; vous disposez d'un droit d'accès et de "
        "rectification auprès de votre caisse (règlement (UE) 2016/679).",
        f_lab,
        6.8,
        182,
        1.3,
        (90, 90, 90),
    )
    p2.text(105, 290, "S1106 — cerfa n° 15763*02 — page 2/2", f_lab, 7, (90, 90, 90), "c")
    sit_status = {"salarie": "employed", "sans_activite": "not_employed"}.get(sit, "other")
    fields = {
        "surname": d["surname"],
        "usage_name": d.get("usage"),
        "given_names": d["given"],
        "sex": d["sex"],
        "date_of_birth": dob.isoformat(),
        "employment_status": sit_status,
        "situation": sit,
        "contract_type": d.get("contract") if "salarie" in sit else None,
        "signed": bool(d["signed"]),
        "signed_on": d["signed_on"].isoformat() if d.get("signed_on") else None,
        "date_text": dt or None,
        "place": d["place"],
        "nir": d.get("nir"),
    }
    return [p1, p2], fields
