"""The cerfa 15763*02 (S1106) application form: two print runs, hand or typed filling."""

from __future__ import annotations

import random

from util import Page, hand_text, signature, tick

BLUE = (0, 84, 150)
GREY = (110, 110, 110)

SITUATIONS = [
    ("salarie", "Vous exercez une activité salariée en France"),
    ("independant", "Vous exercez une activité non salariée (indépendant) en France"),
    ("demandeur_emploi", "Vous êtes demandeur d'emploi"),
    ("etudiant", "Vous êtes étudiant(e)"),
    (
        "sans_activite",
        "Vous n'exercez pas d'activité professionnelle et résidez en France de manière "
        "stable et régulière depuis plus de trois mois",
    ),
    ("autre", "Autre situation (précisez) :"),
]
PIECES = [
    "une copie de votre pièce d'identité (passeport, carte nationale d'identité) ;",
    "si vous êtes ressortissant d'un pays hors UE/EEE/Suisse : titre de séjour, VLS-TS ou "
    "récépissé en cours de validité ;",
    "une copie intégrale de votre acte de naissance (ou extrait avec filiation) ;",
    "un justificatif de résidence en France depuis plus de trois mois (bail, factures, "
    "attestation d'hébergement accompagnée des justificatifs de l'hébergeant) ;",
    "un relevé d'identité bancaire (RIB) à votre nom ;",
    "si vous travaillez : contrat de travail ou dernier bulletin de salaire.",
]


class Filler:
    def __init__(self, p: Page, mode: str, rng: random.Random):
        self.p, self.mode, self.rng = p, mode, rng
        self.ink = rng.choice([(20, 30, 110), (15, 15, 25)])
        self.font = rng.choice(
            [
                "/usr/share/fonts/truetype/fifthhorseman/dkg.ttf",
                "/usr/share/fonts/truetype/femkeklaver/femkeklaver.ttf",
            ]
        )

    def text(self, x, y, s, h=4.6):
        """y is the baseline of the value."""
        if not s:
            return
        if self.mode == "hand":
            im = hand_text(s, self.rng, px=64, font=self.font, ink=self.ink)
            w = h * 1.8 * im.width / im.height
            self.p.image(im, x + self.rng.uniform(-0.5, 0.8), y - h * 1.25, w, h * 1.8)
        else:
            self.p.text(x, y, s, 10, "sans", (0, 0, 0))

    def comb(self, x, y, s, cw):
        for i, ch in enumerate(s):
            if ch.strip():
                self.text(x + i * cw + cw * 0.22, y, ch, 4.4)

    def tick(self, x, y, size=3.6):
        if self.mode == "hand":
            self.p.image(
                tick(self.rng, cross=self.rng.random() < 0.6, ink=self.ink),
                x - 0.6,
                y - 0.6,
                size + 1.2,
                size + 1.2,
            )
        else:
            self.p.text(x + size / 2, y + size * 0.82, "X", 10, "sans-b", align="c")


def _bar(p: Page, y, title, run):
    if run == "A":
        p.rect(12, y, 186, 6.5, stroke=None, fill=BLUE)
        p.text(15, y + 4.7, title, 10, "sans-b", (255, 255, 255))
        return y + 10
    p.text(12, y + 4.5, title, 11, "lato-b", BLUE)
    p.line(12, y + 6.2, 198, y + 6.2, BLUE, 0.5)
    return y + 11


def _header(p: Page, run, page_no):
    p.rect(12, 10, 30, 14, stroke=BLUE, lw=0.6)
    p.text(27, 16, "l'Assurance", 8, "sans-b", BLUE, "c")
    p.text(27, 20.5, "Maladie", 9, "sans-b", BLUE, "c")
    p.rect(170, 10, 28, 12, stroke=(0, 0, 0), lw=0.4)
    p.text(184, 14.5, "cerfa", 9, "serif-i", align="c")
    p.text(184, 19.5, "N° 15763*02", 7.5, "sans-b", align="c")
    if page_no == 1:
        font = "sans-b" if run == "A" else "lato-b"
        p.text(105, 32, "Demande d'ouverture des droits", 14, font, BLUE, "c")
        p.text(105, 38, "à l'assurance maladie", 14, font, BLUE, "c")
        p.text(105, 44, "Protection universelle maladie (PUMa)", 10, "sans", (0, 0, 0), "c")
        y = p.para(
            12,
            50,
            186,
            "Vous travaillez ou résidez en France de manière stable et régulière et vous "
            "n'avez pas de couverture maladie : remplissez ce formulaire et joignez les "
            "pièces justificatives demandées. Articles L. 160-1, L. 160-5, L. 160-6, R. 111-2 "
            "et R. 160-1 du code de la sécurité sociale.",
            6.8,
            "sans",
            GREY,
        )
        return y + 2
    p.text(
        105,
        16,
        "Demande d'ouverture des droits à l'assurance maladie (suite)",
        10,
        "sans-b",
        BLUE,
        "c",
    )
    return 30


def draw_form(p1: Page, p2: Page, d: dict, mode: str, run: str, rng: random.Random):
    """d: surname, usage_name, given_names, sex, dob (ISO), pob, nationality, nir, address,
    postcode, city, phone, email, situation, contract_type, other_text, place, date_text,
    signer."""
    f1 = Filler(p1, mode, rng)
    y = _header(p1, run, 1)
    y = _bar(p1, y, "A  VOUS", run)
    lab = 8.4
    cw = 5.2

    def labeled_line(y, label, value, x_val=None):
        if run == "A":
            p1.text(14, y, label, lab)
            xv = x_val or 14 + p1.width(label, lab) + 3
            p1.line(xv, y + 1, 196, y + 1, GREY, 0.2, dash=True)
            f1.text(xv + 1, y, value)
            return y + 8
        p1.text(14, y, label, 7, "sans", GREY)
        p1.rect(14, y + 1.5, 182, 7, stroke=GREY, lw=0.25)
        f1.text(16, y + 6.8, value)
        return y + 12

    y = labeled_line(y + 3, "Nom de naissance :", d["surname"].upper())
    y = labeled_line(y, "Nom d'usage (facultatif) :", (d.get("usage_name") or "").upper())
    y = labeled_line(y, "Prénom(s) :", d["given_names"])
    # sex + date of birth
    p1.text(14, y + 1, "Sexe :", lab)
    p1.rect(27, y - 2.8, 3.8, 3.8, lw=0.3)
    p1.text(32, y + 1, "F", lab)
    p1.rect(38, y - 2.8, 3.8, 3.8, lw=0.3)
    p1.text(43, y + 1, "M", lab)
    f1.tick(27 if d["sex"] == "F" else 38, y - 2.8)
    p1.text(60, y + 1, "Date de naissance :", lab)
    dd, mm, yy = d["dob"][8:10], d["dob"][5:7], d["dob"][0:4]
    x = 90
    for part, label in ((dd, "J J"), (mm, "M M"), (yy, "A A A A")):
        p1.box_grid(x, y - 3.5, len(part), cw, 6)
        p1.text(x + len(part) * cw / 2, y + 5.4, label, 5, "sans", GREY, "c")
        f1.comb(x, y + 1.2, part, cw)
        x += len(part) * cw + 4
    y += 12
    y = labeled_line(y, "Lieu de naissance (commune, pays) :", d["pob"])
    y = labeled_line(y, "Nationalité :", d["nationality"])
    p1.text(14, y, "N° de sécurité sociale (si vous en avez un) :", lab)
    p1.box_grid(14, y + 2, 13, 4.6, 6)
    p1.box_grid(14 + 13 * 4.6 + 3, y + 2, 2, 4.6, 6)
    if d.get("nir"):
        f1.comb(14, y + 6.6, d["nir"][:13], 4.6)
        f1.comb(14 + 13 * 4.6 + 3, y + 6.6, d["nir"][13:], 4.6)
    y += 14
    y = labeled_line(y, "Adresse :", d["address"])
    p1.text(14, y, "Code postal :", lab)
    p1.box_grid(34, y - 4, 5, cw, 6)
    f1.comb(34, y + 0.8, d["postcode"], cw)
    p1.text(66, y, "Commune :", lab)
    p1.line(82, y + 1, 196, y + 1, GREY, 0.2, dash=True)
    f1.text(84, y, d["city"])
    y += 9
    p1.text(14, y, "Téléphone :", lab)
    p1.line(32, y + 1, 90, y + 1, GREY, 0.2, dash=True)
    f1.text(33, y, d.get("phone", ""))
    p1.text(95, y, "Courriel :", lab)
    p1.line(110, y + 1, 196, y + 1, GREY, 0.2, dash=True)
    f1.text(111, y, d.get("email", ""), 4.0)
    y += 10
    y = _bar(p1, y, "B  VOTRE SITUATION", run)
    for key, label in SITUATIONS:
        p1.rect(14, y - 3, 3.8, 3.8, lw=0.3)
        yy2 = p1.para(20, y, 175, label, lab)
        if key == d["situation"]:
            f1.tick(14, y - 3)
        if key == "salarie":
            p1.text(24, yy2 + 0.5, "Type de contrat :", 7.6, "sans", GREY)
            xs = 50
            for ct in ("CDI", "CDD", "Intérim", "Autre"):
                p1.rect(xs, yy2 - 2.6, 3.4, 3.4, lw=0.25)
                p1.text(xs + 5, yy2 + 0.5, ct, 7.6)
                if d.get("contract_type") == ct:
                    f1.tick(xs, yy2 - 2.6, 3.2)
                xs += 22
            p1.text(24, yy2 + 6, "Profession :", 7.6, "sans", GREY)
            p1.line(42, yy2 + 6.8, 150, yy2 + 6.8, GREY, 0.2, dash=True)
            if key == d["situation"]:
                f1.text(44, yy2 + 6, d.get("job_title", ""), 4.0)
            yy2 += 11
        if key == "autre":
            p1.line(62, y + 0.8, 196, y + 0.8, GREY, 0.2, dash=True)
        y = yy2 + 2.5
    p1.text(105, 287, "S1106 — cerfa n° 15763*02 — page 1/2", 6.5, "sans", GREY, "c")

    # ---- page 2
    f2 = Filler(p2, mode, rng)
    f2.ink, f2.font = f1.ink, f1.font
    y = _header(p2, run, 2)
    y = _bar(p2, y, "C  VOS ENGAGEMENTS ET SIGNATURE", run)
    y = p2.para(
        14,
        y + 2,
        182,
        "Je certifie sur l'honneur l'exactitude des renseignements portés sur ce formulaire. "
        "Je m'engage à signaler à ma caisse d'assurance maladie tout changement dans ma "
        "situation. La loi punit quiconque se rend coupable de fraudes ou de fausses "
        "déclarations (articles 313-1, 313-3, 433-19 et 441-1 du code pénal ; article L. 114-13 "
        "du code de la sécurité sociale).",
        8.4,
    )
    y += 5
    p2.text(14, y, "Fait à", 9)
    p2.line(26, y + 1, 100, y + 1, GREY, 0.2, dash=True)
    f2.text(28, y, d["place"])
    p2.text(108, y, "le", 9)
    p2.line(113, y + 1, 165, y + 1, GREY, 0.2, dash=True)
    f2.text(115, y, d["date_text"])
    y += 8
    if run == "A":
        p2.text(120, y + 2, "Signature", 8.5, "sans-b")
        p2.rect(120, y + 4, 76, 30, lw=0.4)
        box = (120, y + 4, 76, 30)
    else:
        p2.rect(110, y, 86, 32, lw=0.4)
        p2.text(153, y + 16, "Signature", 14, "sans", (215, 215, 215), "c")
        box = (110, y, 86, 32)
    if d.get("signer"):
        sig = signature(d["signer"], rng, ink=f1.ink)
        sw = min(box[2] * 0.75, (box[3] * 0.9) * sig.width / sig.height)
        p2.image(sig, box[0] + 6, box[1] + 2, sw)
    y = box[1] + box[3] + 10
    y = _bar(p2, y, "PIÈCES JUSTIFICATIVES À JOINDRE À VOTRE DEMANDE", run)
    for item in PIECES:
        p2.text(16, y, "•", 9)
        y = p2.para(20, y, 174, item, 8.4) + 1.5
    y += 6
    p2.rect(12, y, 186, 32, stroke=GREY, lw=0.3, fill=(238, 238, 238))
    p2.text(15, y + 5, "Cadre réservé à l'organisme", 8.5, "sans-b", GREY)
    p2.text(15, y + 13, "Date de réception : ...... / ...... / ..........", 8, "sans", GREY)
    p2.text(15, y + 20, "Pièces vérifiées :  oui  /  non", 8, "sans", GREY)
    p2.text(15, y + 27, "Matricule agent : ....................", 8, "sans", GREY)
    p2.text(105, 287, "S1106 — cerfa n° 15763*02 — page 2/2", 6.5, "sans", GREY, "c")
