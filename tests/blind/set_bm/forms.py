"""Cerfa 15763*02 (S1106) application form: two print runs, hand or typed fill."""

from __future__ import annotations

import random

from common import INK_BLUE, Page

NAVY = (0, 45, 110)
SITUATIONS = [
    ("salarie", "Vous exercez une activité salariée en France"),
    ("independant", "Vous exercez une activité non salariée (travailleur indépendant)"),
    ("demandeur_emploi", "Vous êtes demandeur d'emploi"),
    ("etudiant", "Vous êtes étudiant"),
    (
        "sans_activite",
        "Vous êtes sans activité et résidez en France de manière stable depuis plus de trois mois",
    ),  # fmt: skip
    ("autre", "Autre situation (précisez) :"),
]


class Filler:
    def __init__(self, p: Page, mode: str, rng: random.Random, hand_font="hand1"):
        self.p, self.mode, self.rng, self.hf = p, mode, rng, hand_font

    def val(self, x, y, s, size=10):
        if not s:
            return
        if self.mode == "hand":
            self.p.hand(x, y, s, self.rng, self.hf, size * 1.35)
        else:
            self.p.text(x, y, s, "cond", size, (0, 0, 0))

    def comb(self, x, y, s, cw, ch):
        if self.mode == "hand":
            self.p.comb_hand(x, y, s, self.rng, cw, ch, self.hf, 13)
        else:
            for i, c in enumerate(s):
                self.p.text(x + i * cw + cw / 2, y + ch - 1.4, c, "cond", 10, (0, 0, 0), "m")

    def tick(self, x, y, s):
        if self.mode == "hand":
            self.p.cross(x, y, s, self.rng)
        else:
            self.p.text(x + s / 2, y + s - 0.6, "X", "sans_b", 9, (0, 0, 0), "m")


def _header(p: Page, run: str):
    if run == "A":
        p.rect(12, 10, 34, 14, stroke=NAVY, lw=0.4)
        p.text(14, 16, "l'Assurance", "sans_b", 10, NAVY)
        p.text(14, 21, "Maladie", "sans_b", 10, NAVY)
        p.text(105, 15, "Demande d'ouverture des droits à l'assurance maladie", "sans_b", 12.5,
               NAVY, "m")  # fmt: skip
        p.text(105, 21, "Protection universelle maladie (PUMa)", "sans", 10, NAVY, "m")
        p.rect(168, 26, 30, 9, stroke=(0, 0, 0), lw=0.3)
        p.text(183, 31.8, "N° 15763*02", "sans_b", 8.5, (0, 0, 0), "m")
    else:
        p.text(12, 16, "l'Assurance Maladie", "serif_b", 13, (0, 80, 150))
        p.text(12, 21, "Agir ensemble, protéger chacun", "serif_i", 7.5, (0, 80, 150))
        p.rect(170, 10, 28, 11, stroke=(0, 0, 0), lw=0.5)
        p.text(184, 14.5, "cerfa", "serif_b", 9, (0, 0, 0), "m")
        p.text(184, 19, "N° 15763*02", "serif", 7.5, (0, 0, 0), "m")
        p.text(12, 30, "DEMANDE D'OUVERTURE DES DROITS À L'ASSURANCE MALADIE", "sans_b", 12)
        p.text(12, 35, "Protection universelle maladie (PUMa)", "sans_i", 9.5)
    p.para(
        12, 40,
        "Vous travaillez ou résidez en France de manière stable et régulière : vous pouvez "
        "bénéficier de la prise en charge de vos frais de santé. Remplissez ce formulaire et "
        "joignez les pièces justificatives demandées (voir page 2). Articles L. 160-1, L. 160-5, "
        "L. 111-2-3 et R. 111-2 du code de la sécurité sociale.",
        186, "sans", 7, 3.1,
    )  # fmt: skip


def _section(p: Page, y, letter, title, run):
    if run == "A":
        p.rect(12, y, 186, 6.5, stroke=None, fill=NAVY)
        p.text(15, y + 4.7, f"{letter}  {title}".strip(), "sans_b", 9.5, (255, 255, 255))
    else:
        head = f"{letter}. {title}" if letter else title
        p.text(12, y + 4.7, head, "sans_b", 10.5, (0, 80, 150))
        p.line(12, y + 6.3, 198, y + 6.3, (0, 80, 150), 0.5)


def page1(d: dict, run: str, mode: str, rng: random.Random, hand_font="hand1") -> Page:
    p = Page()
    f = Filler(p, mode, rng, hand_font)
    _header(p, run)
    _section(p, 53, "A", "VOUS", run)
    y = 66
    lab = "sans" if run == "A" else "serif"
    cw = 4.6 if run == "A" else 5.0

    def field(label, value, y, comb_n=0, x=12):
        if run == "A":
            p.text(x, y, label, lab, 8)
            if comb_n:
                p.comb(x + 52, y - 4.6, comb_n, cw, 6)
                f.comb(x + 52, y - 4.6, value.upper(), cw, 6)
            else:
                p.rect(x + 52, y - 4.6, 186 - 52 - (x - 12), 6, lw=0.25)
                f.val(x + 54, y, value)
        else:
            e = p.text(x, y, label + " :", lab, 9)
            p.line(e + 2, y + 0.8, 198, y + 0.8, (80, 80, 80), 0.2, dash=True)
            f.val(e + 4, y - 0.2, value)

    field("Nom de naissance", d["surname"], y, 26 if run == "A" else 0)
    y += 9
    field("Nom d'usage (facultatif)", d.get("usage") or "", y, 26 if run == "A" else 0)
    y += 9
    field("Prénom(s)", d["given"], y)
    y += 9
    p.text(12, y, "Sexe", lab, 8.5)
    for i, s in enumerate(("F", "M")):
        bx = 40 + i * 18
        p.rect(bx, y - 3.6, 4, 4, lw=0.3)
        p.text(bx + 5.5, y, s, lab, 8.5)
        if d["sex"] == s:
            f.tick(bx, y - 3.6, 4)
    p.text(90, y, "Date de naissance", lab, 8.5)
    dob = d["dob"]
    parts = [f"{dob.day:02d}", f"{dob.month:02d}", f"{dob.year}"]
    bx = 122
    for part in parts:
        p.comb(bx, y - 4.6, len(part), 5, 6)
        f.comb(bx, y - 4.6, part, 5, 6)
        bx += len(part) * 5 + 3
    p.text(122, y + 4, "JJ          MM           AAAA", "sans", 5.5, (90, 90, 90))
    y += 11
    field("Lieu de naissance (commune, pays)", d["pob"], y)
    y += 9
    field("Nationalité", d["nationality"], y)
    y += 9
    p.text(12, y, "N° de sécurité sociale (si vous en avez un)", lab, 8)
    p.comb(88, y - 4.6, 13, 4.2, 6)
    p.comb(88 + 13 * 4.2 + 3, y - 4.6, 2, 4.2, 6)
    y += 9
    p.text(12, y, "N° d'allocataire CAF (facultatif)", lab, 8)
    p.comb(88, y - 4.6, 8, 4.2, 6)
    y += 9
    field("Adresse", d["address"], y)
    y += 9
    field("Code postal", d["cp"], y, 5 if run == "A" else 0)
    if run == "A":
        p.text(100, y, "Commune", lab, 8)
        p.rect(116, y - 4.6, 82, 6, lw=0.25)
        f.val(118, y, d["city"])
    else:
        f.val(80, y - 0.2, "")
        p.text(100, y, "Commune :", lab, 9)
        f.val(122, y - 0.2, d["city"])
    y += 9
    field("Téléphone", d["phone"], y)
    y += 9
    field("Adresse e-mail", d["email"], y)
    y += 12
    _section(p, y, "B", "VOTRE SITUATION", run)
    y += 13
    p.text(12, y, "Cochez la case correspondant à votre situation actuelle :", lab, 8.5)
    y += 7
    for key, label in SITUATIONS:
        p.rect(14, y - 3.6, 4, 4, lw=0.3)
        p.text(21, y, label, lab, 8.5)
        if key == d["situation"]:
            f.tick(14, y - 3.6, 4)
        if key == "salarie":
            y += 6
            p.text(21, y, "Type de contrat :", lab, 8)
            for i, ct in enumerate(("CDI", "CDD", "Intérim", "Apprentissage")):
                bx = 50 + i * 26
                p.rect(bx, y - 3.4, 3.6, 3.6, lw=0.25)
                p.text(bx + 5, y, ct, lab, 8)
                if key == d["situation"] and d.get("contract") == ct:
                    f.tick(bx, y - 3.4, 3.6)
            y += 6
            p.text(21, y, "Emploi occupé :", lab, 8)
            p.line(45, y + 0.8, 150, y + 0.8, (90, 90, 90), 0.2, dash=True)
            if key == d["situation"]:
                f.val(47, y - 0.3, d.get("job", ""), 9)
        y += 7.5
    p.text(105, 288, "S1106 — cerfa n° 15763*02 — page 1/2", "sans", 7, (70, 70, 70), "m")
    return p


PIECES = [
    "une photocopie de votre pièce d'identité (passeport, carte nationale d'identité) ;",
    "si vous n'êtes pas ressortissant de l'UE/EEE/Suisse : votre titre de séjour, VLS-TS ou "
    "récépissé de demande ;",
    "une copie intégrale de votre acte de naissance ou un extrait avec filiation ;",
    "un justificatif de résidence en France de plus de trois mois (bail, factures, attestation "
    "d'hébergement) ;",
    "un relevé d'identité bancaire (RIB) à votre nom ;",
    "si vous travaillez : votre contrat de travail ou votre dernier bulletin de salaire.",
]


def page2(d: dict, run: str, mode: str, rng: random.Random, hand_font="hand1") -> Page:
    p = Page()
    f = Filler(p, mode, rng, hand_font)
    lab = "sans" if run == "A" else "serif"
    _section(p, 14, "C", "VOS ENGAGEMENTS ET SIGNATURE", run)
    y = p.para(
        12, 29,
        "Je certifie sur l'honneur l'exactitude des renseignements portés sur ce formulaire et "
        "je m'engage à signaler à ma caisse d'assurance maladie tout changement dans ma "
        "situation. La loi rend passible d'amende et/ou d'emprisonnement quiconque se rend "
        "coupable de fraudes ou de fausses déclarations (articles 313-1, 313-3, 433-19, 441-1 "
        "et 441-7 du code pénal).",
        186, lab, 8.5, 4.0,
    )  # fmt: skip
    y += 6
    e = p.text(12, y, "Fait à", lab, 9.5)
    p.line(e + 2, y + 0.8, 95, y + 0.8, (80, 80, 80), 0.2, dash=True)
    f.val(e + 4, y - 0.3, d["place"], 10)
    e = p.text(100, y, "le", lab, 9.5)
    p.line(e + 2, y + 0.8, 150, y + 0.8, (80, 80, 80), 0.2, dash=True)
    if d.get("date_text"):
        f.val(e + 4, y - 0.3, d["date_text"], 10)
    y += 6
    if run == "A":
        p.text(120, y + 4, "Signature", lab, 9)
        p.rect(120, y + 6, 78, 30, lw=0.35)
        box = (124, y + 10, 66, 22)
    else:
        p.rect(120, y, 78, 34, lw=0.35)
        p.text(159, y + 18, "Signature", "sans", 14, (205, 205, 205), "m")
        box = (124, y + 6, 66, 24)
    sig = d.get("signature")
    if sig is not None:
        if sig == "strokes":
            p.signature(*box, d["surname"], rng, INK_BLUE)
        else:
            p.image(box[0], box[1], box[2], box[3] * 0.9, sig)
    y += 46
    _section(p, y, "", "PIÈCES JUSTIFICATIVES À JOINDRE À VOTRE DEMANDE", run)
    y += 13
    for pc in PIECES:
        p.text(14, y, "•", lab, 9)
        y = p.para(19, y, pc, 175, lab, 8.5, 4.0) + 1.5
    y += 8
    p.rect(12, y, 186, 32, stroke=(90, 90, 90), lw=0.3, fill=(240, 240, 240))
    p.text(15, y + 5, "Cadre réservé à l'organisme", "sans_b", 8.5, (60, 60, 60))
    p.text(15, y + 13, "Date de réception : ....../....../..........", "sans", 8, (60, 60, 60))
    p.text(15, y + 20, "Pièces vérifiées :  □ oui   □ non", "sans", 8, (60, 60, 60))
    p.text(15, y + 27, "Matricule agent : ..........................", "sans", 8, (60, 60, 60))
    p.text(105, 288, "S1106 — cerfa n° 15763*02 — page 2/2", "sans", 7, (70, 70, 70), "m")
    return p
