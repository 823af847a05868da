"""Cerfa 15763*02 (S1106) 'Demande d'ouverture des droits à l'assurance maladie', 2 pages."""

from __future__ import annotations

import random

from bc_common import MM, hand, signature


def _box(c, x, y, w, h):
    c.setStrokeColorRGB(0.35, 0.35, 0.35)
    c.setLineWidth(0.5)
    c.rect(x, y, w, h)


def _check(c, x, y, on, mode, rng):
    _box(c, x, y, 3.2 * MM, 3.2 * MM)
    if not on:
        return
    if mode == "hand":
        c.setStrokeColorRGB(0.08, 0.12, 0.45)
        c.setLineWidth(1.2)
        c.line(x - 1 + rng.uniform(0, 1), y + 4, x + 4, y)
        c.line(x + 4, y, x + 12 + rng.uniform(0, 2), y + 12)
    else:
        c.setFont("SansB", 9)
        c.setFillColorRGB(0, 0, 0)
        c.drawString(x + 1.6, y + 1.5, "X")


def application_form(f: dict, seed: int, mode: str):
    """mode: 'hand' (filled by hand) or 'typed' (filled on screen, signed by hand)."""
    rng = random.Random(seed)
    hf = f.get("hand_font", "Hand1")

    def val(c, x, y, text, size=10):
        if not text:
            return
        if mode == "hand":
            hand(c, x, y, text, rng, font=hf, size=size * 1.3)
        else:
            c.setFillColorRGB(0, 0, 0)
            c.setFont("Carl", size)
            c.drawString(x, y, text)

    def header(c, w, h, page):
        c.setFillColorRGB(0.05, 0.3, 0.6)
        c.rect(15 * MM, h - 30 * MM, 28 * MM, 16 * MM, stroke=0, fill=1)
        c.setFillColorRGB(1, 1, 1)
        c.setFont("SansB", 9)
        c.drawString(17 * MM, h - 21 * MM, "l'Assurance")
        c.drawString(17 * MM, h - 25 * MM, "Maladie")
        c.setFillColorRGB(0, 0, 0)
        c.setFont("Sans", 7)
        c.drawRightString(w - 15 * MM, h - 14 * MM, "cerfa  N° 15763*02")
        c.setFont("SansB", 12)
        c.drawString(50 * MM, h - 20 * MM, "Demande d'ouverture des droits")
        c.drawString(50 * MM, h - 26 * MM, "à l'assurance maladie")
        c.setFont("Sans", 7)
        c.drawString(
            50 * MM, h - 31 * MM, "Protection universelle maladie - Articles L.160-1 et suivants"
        )
        c.drawString(50 * MM, h - 34.5 * MM, "du Code de la sécurité sociale")
        c.drawString(15 * MM, 10 * MM, "S1106 - %d/2" % page)

    def section(c, w, y, title):
        c.setFillColorRGB(0.85, 0.9, 0.95)
        c.rect(15 * MM, y, w - 30 * MM, 6 * MM, stroke=0, fill=1)
        c.setFillColorRGB(0.05, 0.2, 0.45)
        c.setFont("SansB", 9)
        c.drawString(17 * MM, y + 1.8 * MM, title)
        c.setFillColorRGB(0, 0, 0)

    def line(c, w, y, label, text, x_val=70 * MM):
        c.setFont("Sans", 7.5)
        c.setFillColorRGB(0, 0, 0)
        c.drawString(17 * MM, y, label)
        c.setDash(1, 1.5)
        c.setStrokeColorRGB(0.5, 0.5, 0.5)
        c.line(x_val - 2, y - 1.2, w - 17 * MM, y - 1.2)
        c.setDash()
        val(c, x_val, y + 0.5, text)

    def page1(c, w, h):
        header(c, w, h, 1)
        c.setFont("Sans", 6.8)
        c.drawString(
            15 * MM, h - 42 * MM, "Vous résidez en France de manière stable et régulière depuis"
        )
        c.drawString(
            15 * MM,
            h - 45 * MM,
            "plus de trois mois, ou vous y exercez une activité professionnelle.",
        )
        section(c, w, h - 56 * MM, "A  -  VOTRE IDENTITÉ")
        y = h - 64 * MM
        rows = [
            ("Nom de naissance", f["surname"]),
            ("Nom d'usage (facultatif)", f.get("usage", "")),
            ("Prénom(s)", f["given"]),
            ("Date de naissance (jj/mm/aaaa)", f["dob_fr"]),
            ("Lieu de naissance (commune)", f["pob"]),
            ("Pays de naissance", f["country"]),
            ("Nationalité", f["nat_word"]),
            ("N° de sécurité sociale (si connu)", ""),
            ("N° d'allocataire CAF (si connu)", ""),
            ("Adresse", f["addr1"]),
            ("", f["addr2"]),
            ("Téléphone", f["phone"]),
            ("Courriel", f.get("email", "")),
        ]
        for lab, v in rows:
            line(c, w, y, lab, v)
            y -= 9 * MM
        c.setFont("Sans", 7.5)
        c.drawString(17 * MM, y, "Sexe :")
        c.drawString(35 * MM, y, "Féminin")
        _check(c, 48 * MM, y - 1, f["sex"] == "F", mode, rng)
        c.drawString(58 * MM, y, "Masculin")
        _check(c, 72 * MM, y - 1, f["sex"] == "M", mode, rng)
        y -= 10 * MM
        c.drawString(17 * MM, y, "Situation familiale :")
        for i, s in enumerate(["Célibataire", "Marié(e)", "Pacsé(e)", "Autre"]):
            c.drawString(45 * MM + i * 30 * MM, y, s)
            _check(c, 62 * MM + i * 30 * MM, y - 1, s == f["family"], mode, rng)

    def page2(c, w, h):
        header(c, w, h, 2)
        section(c, w, h - 50 * MM, "B  -  VOTRE SITUATION")
        y = h - 60 * MM
        c.setFont("Sans", 7.5)
        opts = [
            ("employed", "Vous exercez une activité salariée en France"),
            ("self", "Vous exercez une activité non salariée"),
            ("not_employed", "Vous n'exercez pas d'activité professionnelle (sans activité)"),
            ("student", "Vous êtes étudiant(e)"),
            ("other", "Autre situation (préciser)"),
        ]
        for key, lab in opts:
            _check(c, 17 * MM, y - 1, f["activity"] == key, mode, rng)
            c.setFillColorRGB(0, 0, 0)
            c.setFont("Sans", 7.5)
            c.drawString(23 * MM, y, lab)
            y -= 7 * MM
        y -= 2 * MM
        line(c, w, y, "Si salarié(e) : employeur", f.get("employer", ""))
        y -= 8 * MM
        line(c, w, y, "Emploi occupé", f.get("job", ""))
        y -= 8 * MM
        c.setFont("Sans", 7.5)
        c.drawString(17 * MM, y, "Type de contrat :")
        for i, s in enumerate(["CDI", "CDD", "Intérim", "Autre"]):
            c.drawString(45 * MM + i * 25 * MM, y, s)
            _check(c, 57 * MM + i * 25 * MM, y - 1, s == f.get("contract"), mode, rng)
        y -= 8 * MM
        line(c, w, y, "Date d'arrivée en France", f["arrival_fr"])
        y -= 14 * MM
        section(c, w, y, "C  -  DATE ET SIGNATURE")
        y -= 10 * MM
        c.setFont("Sans", 7)
        for ln in [
            "Je certifie sur l'honneur l'exactitude des renseignements portés sur cette demande.",
            "La loi rend passible d'amende et/ou d'emprisonnement quiconque se rend coupable de",
            "fraudes ou de fausses déclarations (art. 313-1, 313-3, 433-19, 441-1 du Code pénal).",
        ]:
            c.drawString(17 * MM, y, ln)
            y -= 4 * MM
        y -= 6 * MM
        c.setFont("Sans", 8)
        c.drawString(17 * MM, y, "Fait à")
        val(c, 30 * MM, y, f["city"])
        c.drawString(80 * MM, y, "le")
        val(c, 86 * MM, y, f["signed_fr"])
        c.setFont("Sans", 8)
        c.drawString(125 * MM, y, "Signature")
        _box(c, 120 * MM, y - 30 * MM, 70 * MM, 26 * MM)
        if f.get("signed", True):
            signature(c, 127 * MM, y - 26 * MM, 55 * MM, 18 * MM, seed + 99)
        c.setFont("Sans", 6)
        c.drawString(
            17 * MM, 25 * MM, "Pièces à joindre : pièce d'identité, justificatif de régularité de"
        )
        c.drawString(17 * MM, 22 * MM, "séjour, acte de naissance, justificatif de résidence, RIB.")

    return [((595.28, 841.89), page1), ((595.28, 841.89), page2)]
