"""The PUMa application form (cerfa 15763*02, S1106), in two print runs, typed or by hand."""

from __future__ import annotations

import random

from reportlab.lib.colors import Color
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm

from cp_common import INK_BLUE, F, finish, hand_text, new_canvas, pen_stroke, signature, sw

W, H = A4
AM_BLUE = Color(0.0, 0.3, 0.6)
TXT = Color(0.1, 0.1, 0.12)

SITUATIONS = [
    ("salarie", "Vous exercez une activité salariée en France"),
    ("independant", "Vous exercez une activité non salariée (indépendant)"),
    ("demandeur_emploi", "Vous êtes demandeur d'emploi"),
    ("etudiant", "Vous êtes étudiant(e)"),
    ("sans_activite", "Vous êtes sans activité et résidez en France de manière stable et"),
    ("autre", "Autre situation, précisez :"),
]
PIECES = [
    "une pièce d'identité (passeport, ou carte nationale d'identité pour les ressortissants UE)",
    "votre titre de séjour, VLS-TS, récépissé ou autre document attestant la régularité du séjour",
    "un extrait d'acte de naissance, ou une copie intégrale de l'acte (apostillé le cas échéant)",
    "un justificatif de résidence en France depuis plus de trois mois (bail, factures, "
    "attestation d'hébergement)",
    "un relevé d'identité bancaire (RIB) à votre nom",
    "si vous travaillez : votre contrat de travail ou votre dernier bulletin de salaire",
]


class Filler:
    """Writes values either typed (a plain font) or by hand (handwriting font, jitter)."""

    def __init__(self, mode: str, rng: random.Random, hand_font="Dkg"):
        self.mode, self.rng, self.hand_font = mode, rng, hand_font

    def text(self, c, x, y, s, size=10):
        if self.mode == "hand":
            return hand_text(c, x, y, s, self.hand_font, size * 1.45, self.rng)
        c.setFillColor(Color(0, 0, 0))
        c.setFont(F("LibMono"), size)
        c.drawString(x, y, s)
        return x + sw(s, "LibMono", size)

    def comb(self, c, x, y, s, n, box=5 * mm, size=10):
        """Comb boxes (n cells) with one character per cell; returns the right edge."""
        c.setStrokeColor(AM_BLUE)
        c.setLineWidth(0.5)
        for i in range(n):
            c.rect(x + i * box, y, box, box * 1.15)
        for i, ch in enumerate(s[:n]):
            cx = x + i * box + box / 2
            if self.mode == "hand":
                gs = size * 1.2
                gw = sw(ch, self.hand_font, gs)
                hand_text(c, cx - gw / 2, y + box * 0.22, ch, self.hand_font, gs, self.rng)
            else:
                c.setFillColor(Color(0, 0, 0))
                c.setFont(F("LibMono"), size)
                c.drawCentredString(cx, y + box * 0.3, ch)
        return x + n * box

    def tick(self, c, x, y, size):
        r = self.rng
        if self.mode == "hand":
            pen_stroke(
                c,
                [(x + 1, y + size - 1), (x + size / 2, y + size / 2), (x + size - 1, y + 1)],
                1.0,
                INK_BLUE,
                r,
            )
            pen_stroke(
                c,
                [(x + 1, y + 1), (x + size * 0.55, y + size * 0.45), (x + size - 1, y + size - 1)],
                1.0,
                INK_BLUE,
                r,
            )
        else:
            c.setFillColor(Color(0, 0, 0))
            c.setFont(F("SansB"), size * 0.9)
            c.drawCentredString(x + size / 2, y + size * 0.18, "X")


def _bar(c, y, title, run):
    if run == "a":
        c.setFillColor(AM_BLUE)
        c.rect(15 * mm, y - 1.5 * mm, W - 30 * mm, 6.5 * mm, stroke=0, fill=1)
        c.setFillColor(Color(1, 1, 1))
        c.setFont(F("SansB"), 9.5)
        c.drawString(18 * mm, y, title)
    else:
        c.setFillColor(AM_BLUE)
        c.setFont(F("LatoB"), 11)
        c.drawString(15 * mm, y, title)
        c.setStrokeColor(AM_BLUE)
        c.setLineWidth(1.2)
        c.line(15 * mm, y - 2 * mm, W - 15 * mm, y - 2 * mm)


def _label(c, x, y, t, run, size=8):
    c.setFillColor(TXT)
    c.setFont(F("Sans" if run == "a" else "Lato"), size)
    c.drawString(x, y, t)
    return x + sw(t, "Sans" if run == "a" else "Lato", size) + 2.5 * mm


def _line(c, x0, x1, y, run):
    c.setStrokeColor(Color(0.45, 0.45, 0.5))
    c.setLineWidth(0.4)
    if run == "b":
        c.setDash(1, 1.5)
    c.line(x0, y - 1.5, x1, y - 1.5)
    c.setDash()


def form(d: dict, fill: Filler, run: str, rng: random.Random) -> bytes:
    """d: surname, usage, given, sex, dob (date), pob, nat, address, cp, city, phone, email,
    situation, job, contract, place, date_text (None = handwritten later), signed."""
    c, buf = new_canvas(A4, "S1106 Demande d'ouverture des droits")
    # ---------------- page 1
    c.setFillColor(AM_BLUE)
    c.setFont(F("SansB"), 13)
    c.drawString(15 * mm, H - 18 * mm, "l'Assurance")
    c.drawString(15 * mm, H - 23.5 * mm, "Maladie")
    c.setStrokeColor(TXT)
    c.setLineWidth(0.8)
    c.rect(W - 48 * mm, H - 24 * mm, 33 * mm, 11 * mm)
    c.setFillColor(TXT)
    c.setFont(F("SansB"), 8)
    c.drawCentredString(W - 31.5 * mm, H - 17.5 * mm, "cerfa")
    c.setFont(F("Sans"), 7.5)
    c.drawCentredString(W - 31.5 * mm, H - 21.5 * mm, "N° 15763*02")
    c.setFillColor(TXT)
    c.setFont(F("SansB" if run == "a" else "LatoB"), 14)
    c.drawCentredString(W / 2, H - 34 * mm, "Demande d'ouverture des droits à l'assurance maladie")
    c.setFont(F("Sans" if run == "a" else "Lato"), 10)
    c.drawCentredString(W / 2, H - 40 * mm, "Protection universelle maladie (PUMa)")
    c.setFont(F("Sans"), 6.3)
    notice = [
        "Ce formulaire vous permet de demander l'ouverture de vos droits à la prise en charge de "
        "vos frais de santé si vous travaillez ou résidez en France",
        "de manière stable et régulière. Remplissez-le en lettres capitales et joignez les pièces "
        "justificatives demandées en page 2.",
        "Articles L. 160-1, L. 160-5, L. 160-6, L. 160-7, R. 111-3 et D. 160-2 du code de la "
        "sécurité sociale.",
    ]
    for i, t in enumerate(notice):
        c.drawString(15 * mm, H - 47 * mm - i * 3.2 * mm, t)
    y = H - 64 * mm
    _bar(c, y, "A  VOUS", run)
    y -= 11 * mm
    box = 5 * mm
    for lab, key, n in (
        ("Nom de naissance", "surname", 26),
        ("Nom d'usage (facultatif)", "usage", 26),
        ("Prénom(s)", "given", 26),
    ):
        if run == "a":
            x = _label(c, 15 * mm, y + 2, lab, run)
            x = max(x, 55 * mm)
            fill.comb(c, x, y, (d[key] or "").upper(), min(n, int((W - 15 * mm - x) / box)))
        else:
            x = _label(c, 15 * mm, y, lab, run)
            _line(c, x, W - 15 * mm, y, run)
            if d[key]:
                fill.text(c, x + 2 * mm, y + 0.5, d[key])
        y -= 9.5 * mm
    x = _label(c, 15 * mm, y + 2, "Sexe", run)
    for k, lab in enumerate(("F", "M")):
        bx = x + k * 14 * mm
        c.setStrokeColor(AM_BLUE)
        c.rect(bx, y, 4 * mm, 4 * mm)
        _label(c, bx + 5.5 * mm, y + 1, lab, run)
        if d["sex"] == lab:
            fill.tick(c, bx, y, 4 * mm)
    x = _label(c, 75 * mm, y + 2, "Date de naissance", run)
    dob = d["dob"].strftime("%d%m%Y")
    for part, n in ((dob[:2], 2), (dob[2:4], 2), (dob[4:], 4)):
        x = fill.comb(c, x, y, part, n) + 2.5 * mm
    y -= 9.5 * mm
    x = _label(c, 15 * mm, y, "Lieu de naissance (commune, pays)", run)
    _line(c, x, W - 15 * mm, y, run)
    fill.text(c, x + 2 * mm, y + 0.5, d["pob"])
    y -= 9 * mm
    x = _label(c, 15 * mm, y, "Nationalité", run)
    _line(c, x, 110 * mm, y, run)
    fill.text(c, x + 2 * mm, y + 0.5, d["nat"])
    y -= 9.5 * mm
    x = _label(c, 15 * mm, y + 2, "N° de sécurité sociale (si vous en avez un)", run)
    x = fill.comb(c, x, y, "", 13, box=4.5 * mm) + 3 * mm
    fill.comb(c, x, y, "", 2, box=4.5 * mm)
    y -= 9.5 * mm
    x = _label(c, 15 * mm, y, "Adresse", run)
    _line(c, x, W - 15 * mm, y, run)
    fill.text(c, x + 2 * mm, y + 0.5, d["address"])
    y -= 9.5 * mm
    x = _label(c, 15 * mm, y + 2, "Code postal", run)
    x = fill.comb(c, x, y, d["cp"], 5) + 5 * mm
    x = _label(c, x, y, "Commune", run)
    _line(c, x, W - 15 * mm, y, run)
    fill.text(c, x + 2 * mm, y + 0.5, d["city"])
    y -= 9.5 * mm
    x = _label(c, 15 * mm, y, "Téléphone", run)
    _line(c, x, 85 * mm, y, run)
    fill.text(c, x + 2 * mm, y + 0.5, d["phone"])
    x = _label(c, 90 * mm, y, "Adresse e-mail", run)
    _line(c, x, W - 15 * mm, y, run)
    fill.text(c, x + 2 * mm, y + 0.5, d["email"], size=9)
    y -= 15 * mm
    _bar(c, y, "B  VOTRE SITUATION", run)
    y -= 10 * mm
    for key, lab in SITUATIONS:
        c.setStrokeColor(AM_BLUE)
        c.setLineWidth(0.5)
        c.rect(15 * mm, y - 0.8 * mm, 4 * mm, 4 * mm)
        x = _label(c, 21 * mm, y, lab, run)
        if key == d["situation"]:
            fill.tick(c, 15 * mm, y - 0.8 * mm, 4 * mm)
        if key == "salarie":
            y -= 7 * mm
            x = _label(c, 25 * mm, y, "Emploi occupé :", run)
            _line(c, x, 105 * mm, y, run)
            if d["situation"] == "salarie":
                fill.text(c, x + 2 * mm, y + 0.5, d["job"], size=9)
            x = _label(c, 110 * mm, y, "Contrat :", run)
            for ct in ("CDI", "CDD", "intérim", "autre"):
                c.setStrokeColor(AM_BLUE)
                c.rect(x, y - 0.8 * mm, 3.5 * mm, 3.5 * mm)
                if d["situation"] == "salarie" and d["contract"] == ct:
                    fill.tick(c, x, y - 0.8 * mm, 3.5 * mm)
                x = _label(c, x + 5 * mm, y, ct, run) + 1 * mm
        if key == "sans_activite":
            y -= 4.2 * mm
            _label(c, 21 * mm, y, "régulière depuis plus de trois mois", run)
        if key == "autre":
            _line(c, x, W - 15 * mm, y, run)
        y -= 7.5 * mm
    c.setFont(F("Sans"), 6)
    c.setFillColor(TXT)
    c.drawRightString(W - 15 * mm, 10 * mm, "S1106 — cerfa n° 15763*02 — page 1/2")
    c.showPage()
    # ---------------- page 2
    y = H - 22 * mm
    _bar(c, y, "C  VOS ENGAGEMENTS ET SIGNATURE", run)
    y -= 10 * mm
    certif = [
        "Je certifie sur l'honneur l'exactitude des renseignements portés sur ce formulaire et je "
        "m'engage à signaler",
        "à ma caisse d'assurance maladie tout changement dans ma situation. La loi rend passible "
        "d'amende et/ou",
        "d'emprisonnement quiconque se rend coupable de fraudes ou de fausses déclarations "
        "(art. 313-1 à 313-3, 433-19,",
        "441-1 et 441-7 du code pénal ; art. L. 114-13 du code de la sécurité sociale).",
    ]
    c.setFont(F("Sans" if run == "a" else "Lato"), 8)
    c.setFillColor(TXT)
    for t in certif:
        c.drawString(15 * mm, y, t)
        y -= 4.2 * mm
    y -= 6 * mm
    x = _label(c, 15 * mm, y, "Fait à", run, 9)
    _line(c, x, 90 * mm, y, run)
    fill.text(c, x + 2 * mm, y + 0.5, d["place"])
    x = _label(c, 95 * mm, y, "le", run, 9)
    _line(c, x, 150 * mm, y, run)
    if d.get("date_text"):
        fill.text(c, x + 2 * mm, y + 0.5, d["date_text"])
    if d.get("date_hand"):
        hand_text(c, x + 2 * mm, y + 0.5, d["date_hand"], "Breip", 13, rng)
    y -= 10 * mm
    bx, bw, bh = 95 * mm, 90 * mm, 30 * mm
    if run == "a":
        _label(c, bx, y, "Signature", run, 9)
        y -= 2 * mm
        c.setStrokeColor(AM_BLUE)
        c.setLineWidth(0.7)
        c.rect(bx, y - bh, bw, bh)
    else:
        c.setStrokeColor(AM_BLUE)
        c.setLineWidth(0.7)
        c.rect(bx, y - bh, bw, bh)
        c.setFillColor(Color(0.72, 0.76, 0.82))
        c.setFont(F("Lato"), 8)
        c.drawString(bx + 2 * mm, y - 4 * mm, "Signature")
    if d["signed"]:
        signature(c, bx + 12 * mm, y - bh + 4 * mm, bw - 28 * mm, bh - 12 * mm, rng, width=1.2)
    y -= bh + 14 * mm
    _bar(c, y, "PIÈCES JUSTIFICATIVES À JOINDRE À VOTRE DEMANDE", run)
    y -= 9 * mm
    c.setFont(F("Sans" if run == "a" else "Lato"), 8)
    c.setFillColor(TXT)
    for t in PIECES:
        c.drawString(18 * mm, y, "•")
        c.drawString(22 * mm, y, t)
        y -= 5.5 * mm
    y -= 10 * mm
    c.setStrokeColor(Color(0.5, 0.5, 0.5))
    c.setLineWidth(0.6)
    c.setDash(3, 2)
    c.rect(15 * mm, y - 28 * mm, W - 30 * mm, 30 * mm)
    c.setDash()
    c.setFont(F("SansB"), 8)
    c.drawString(18 * mm, y - 4 * mm, "Cadre réservé à l'organisme")
    c.setFont(F("Sans"), 7.5)
    c.drawString(18 * mm, y - 11 * mm, "Date de réception :")
    c.drawString(18 * mm, y - 17 * mm, "Pièces vérifiées :   oui     non")
    c.drawString(18 * mm, y - 23 * mm, "Matricule agent :")
    c.setFont(F("Sans"), 6)
    c.drawRightString(W - 15 * mm, 10 * mm, "S1106 — cerfa n° 15763*02 — page 2/2")
    c.showPage()
    return finish(c, buf)
