"""Cerfa 15763*02 (S1106) 'Demande d'ouverture des droits à l'assurance maladie', two print
runs (A: shaded section bars, labels beside boxes; B: underlined headings, labels above
dotted lines), filled by hand or typed."""

from __future__ import annotations

import random

from canvas import Page

BLUE = (0, 70, 140)
INK = (25, 35, 120)


class Filler:
    def __init__(self, p: Page, mode: str, rng: random.Random, hand_font="hand2"):
        self.p, self.mode, self.rng, self.hf = p, mode, rng, hand_font

    def write(self, x, y, s, size=11.0):
        if not s:
            return
        if self.mode == "hand":
            self.p.hand(x, y, s, self.rng, self.hf, size * 1.2, INK)
        else:
            self.p.text(x, y, s, "courier", size)

    def comb(self, x, y, n, cell, h, s):
        if self.mode == "hand":
            self.p.comb(
                x,
                y,
                n,
                cell,
                h,
                s,
                hand="hand4",
                rng=self.rng,
                size=12,
                color=INK,
                line_color=(60, 60, 60),
            )
        else:
            self.p.comb(x, y, n, cell, h, s, font="courier", size=11, line_color=(60, 60, 60))

    def tick(self, x, y, s=3.6):
        """A cross in the box whose top-left is (x, y)."""
        r = self.rng
        if self.mode == "hand":
            for a, b in (((0.5, 0.6), (3.2, 3.1)), ((3.1, 0.4), (0.6, 3.3))):
                pts = [
                    (x + a[0] * s / 3.6 + r.uniform(-0.2, 0.2), y + a[1] * s / 3.6),
                    (x + b[0] * s / 3.6 + r.uniform(-0.2, 0.2), y + b[1] * s / 3.6),
                ]
                mid = (
                    (pts[0][0] + pts[1][0]) / 2 + r.uniform(-0.2, 0.2),
                    (pts[0][1] + pts[1][1]) / 2,
                )
                self.p.stroke([pts[0], mid, pts[1]], [0.9, 1.1], INK)
        else:
            self.p.text(x + s / 2, y + s * 0.82, "X", "courier", 10.5, anchor="c")


def _header(p: Page, run: str):
    p.text(20, 17, "l'Assurance", "sans-b", 12, BLUE)
    p.text(20, 22.5, "Maladie", "sans-b", 12, BLUE)
    p.rect(158, 11, 34, 13, stroke=(0, 0, 0), width=0.6)
    p.text(175, 16, "cerfa", "sans-i", 7, anchor="c")
    p.text(175, 21.5, "N° 15763*02", "sans-b", 9, anchor="c")
    t = "Demande d'ouverture des droits à l'assurance maladie"
    p.text(105, 34, t, "sans-b", 13.5 if run == "A" else 13, anchor="c")
    p.text(105, 40, "Protection universelle maladie (PUMa)", "sans", 10.5, BLUE, "c")
    y = p.wrap(
        20,
        47,
        170,
        "Vous travaillez ou résidez en France de manière stable et "
        "régulière et vous n'êtes pas encore couvert(e) par l'assurance maladie : "
        "complétez ce formulaire et joignez les pièces justificatives listées en page 2.",
        "sans",
        7.5,
        color=(60, 60, 60),
    )
    p.text(
        20,
        y,
        "Articles L. 160-1, L. 160-5, L. 161-1, R. 111-2 et D. 160-2 du code de la "
        "sécurité sociale.",
        "sans-i",
        7,
        (80, 80, 80),
    )
    return y + 6


def _section(p: Page, run: str, y, letter, title):
    if run == "A":
        p.rect(20, y, 170, 7, stroke=None, fill=(0, 70, 140))
        p.rect(20, y, 9, 7, stroke=None, fill=(0, 45, 95))
        p.text(24.5, y + 5.2, letter, "sans-b", 10.5, (255, 255, 255), "c")
        p.text(32, y + 5.2, title, "sans-b", 10, (255, 255, 255))
        return y + 12
    p.text(20, y + 5, f"{letter} - {title}", "dserif-b", 11, BLUE)
    p.line(20, y + 7, 190, y + 7, 0.8, BLUE)
    return y + 13


def _row(p: Page, fl: Filler, run, y, label, value, x0=20, x1=190, size=11.0):
    """One text field; returns next y."""
    if run == "A":
        lw = p.tw(label, "sans", 8.5)
        p.text(x0, y + 5, label, "sans", 8.5)
        bx = x0 + lw + 3
        p.rect(bx, y, x1 - bx, 7, stroke=(90, 90, 90), width=0.5)
        fl.write(bx + 2, y + 5.4, value, size)
        return y + 10
    p.text(x0, y + 3, label, "sans", 7.5, (40, 40, 40))
    p.line(x0, y + 11, x1, y + 11, 0.5, (90, 90, 90), dash=(0.6, 0.8))
    fl.write(x0 + 2, y + 9.6, value, size)
    return y + 14


def page1(f: dict, run: str, fill: str, rng: random.Random) -> Page:
    p = Page()
    fl = Filler(p, fill, rng, f.get("hand_font", "hand2"))
    y = _header(p, run)
    y = _section(p, run, y, "A", "VOUS")
    y = _row(p, fl, run, y, "Nom de naissance", f["surname"])
    y = _row(p, fl, run, y, "Nom d'usage (facultatif)", f.get("usage", ""))
    y = _row(p, fl, run, y, "Prénom(s)", f["given"])
    # sex + date of birth
    p.text(20, y + 5, "Sexe", "sans", 8.5)
    for i, s in enumerate("FM"):
        bx = 32 + i * 12
        p.text(bx, y + 5, s, "sans", 8.5)
        p.rect(bx + 3.5, y + 1.6, 3.6, 3.6, stroke=(0, 0, 0), width=0.5)
        if f["sex"] == s:
            fl.tick(bx + 3.5, y + 1.6)
    p.text(70, y + 5, "Date de naissance", "sans", 8.5)
    cell = 6.0 if run == "A" else 5.5
    d = f["dob"]
    x = 70 + p.tw("Date de naissance", "sans", 8.5) + 3
    for part, n in ((f"{d.day:02d}", 2), (f"{d.month:02d}", 2), (f"{d.year}", 4)):
        fl.comb(x, y, n, cell, 7, part)
        x += n * cell + 3
    p.text(x + 1, y + 5, "(JJ MM AAAA)", "sans", 7, (100, 100, 100))
    y += 11
    y = _row(p, fl, run, y, "Lieu de naissance : commune", f["pob_city"], x1=128)
    _row(p, fl, run, y - (10 if run == "A" else 14), "pays", f["pob_country"], x0=131)
    y = _row(p, fl, run, y, "Nationalité", f["nationality"])
    label = "N° de sécurité sociale (si vous en avez un)"
    p.text(20, y + 5, label, "sans", 8.5)
    x = 20 + p.tw(label, "sans", 8.5) + 3
    nc = 5.0 if run == "A" else 4.6
    fl.comb(x, y, 13, nc, 7, f.get("nir", "")[:13])
    fl.comb(x + 13 * nc + 3, y, 2, nc, 7, f.get("nir", "")[13:])
    y += 11
    y = _row(p, fl, run, y, "Adresse", f["address"])
    p.text(20, y + 5, "Code postal", "sans", 8.5)
    fl.comb(40, y, 5, 6.0, 7, f["cp"])
    _row(p, fl, run, y - (0 if run == "A" else 4), "Commune", f["commune"], x0=75)
    y += 11 if run == "A" else 14
    y = _row(p, fl, run, y, "Téléphone", f["phone"], x1=95)
    _row(p, fl, run, y - (10 if run == "A" else 14), "E-mail", f["email"], x0=99, size=10)
    y += 3
    y = _section(p, run, y, "B", "VOTRE SITUATION")
    sit = f["situation"]
    opts = [
        ("salarie", "Vous exercez une activité salariée en France"),
        ("independant", "Vous exercez une activité non salariée (indépendant)"),
        ("demandeur_emploi", "Vous êtes demandeur d'emploi"),
        ("etudiant", "Vous êtes étudiant(e)"),
        (
            "sans_activite",
            (
                "Vous êtes sans activité et résidez en France de manière stable "
                "depuis plus de trois mois"
            ),
        ),
        ("autre", "Autre situation, précisez :"),
    ]
    for key, lab in opts:
        p.rect(22, y, 3.6, 3.6, stroke=(0, 0, 0), width=0.5)
        if sit == key:
            fl.tick(22, y)
        p.text(29, y + 3.1, lab, "sans", 9)
        y += 7
        if key == "salarie":
            p.text(29, y + 3.1, "Type de contrat :", "sans", 8.5)
            x = 29 + p.tw("Type de contrat :", "sans", 8.5) + 3
            for ct in ("CDI", "CDD", "Intérim", "Autre"):
                p.rect(x, y, 3.6, 3.6, stroke=(0, 0, 0), width=0.5)
                if sit == "salarie" and f.get("contract") == ct:
                    fl.tick(x, y)
                p.text(x + 5, y + 3.1, ct, "sans", 8.5)
                x += 9 + p.tw(ct, "sans", 8.5)
            y += 7
            y = (
                _row(
                    p,
                    fl,
                    run,
                    y - 1,
                    "Emploi occupé",
                    f.get("job", "") if sit == "salarie" else "",
                    x0=29,
                )
                + 1
            )
    p.text(190, 289, "page 1/2", "sans", 7.5, (90, 90, 90), "r")
    p.text(20, 289, "S1106", "sans", 7.5, (90, 90, 90))
    return p


def page2(f: dict, run: str, fill: str, rng: random.Random) -> Page:
    p = Page()
    fl = Filler(p, fill, rng, f.get("hand_font", "hand2"))
    y = _section(p, run, 16, "C", "VOS ENGAGEMENTS ET SIGNATURE")
    y = p.wrap(
        20,
        y + 2,
        170,
        "Je certifie sur l'honneur l'exactitude des renseignements "
        "portés sur ce formulaire et m'engage à signaler à ma caisse d'assurance maladie "
        "tout changement dans ma situation. La loi rend passible d'amende et/ou "
        "d'emprisonnement quiconque se rend coupable de fraude ou de fausse déclaration "
        "(articles 313-1 à 313-3, 433-19, 441-1 et 441-7 du code pénal).",
        "sans",
        8.5,
    )
    y += 6
    p.text(20, y, "Fait à", "sans", 9)
    p.line(32, y + 1, 100, y + 1, 0.5, (90, 90, 90), dash=(0.6, 0.8))
    fl.write(34, y - 0.6, f["place"])
    p.text(106, y, "le", "sans", 9)
    p.line(112, y + 1, 160, y + 1, 0.5, (90, 90, 90), dash=(0.6, 0.8))
    fl.write(114, y - 0.6, f["date_text"])
    y += 8
    if run == "A":
        p.text(112, y + 3, "Signature", "sans-b", 8.5)
        box = (112, y + 5, 70, 26)
    else:
        box = (112, y, 70, 30)
        p.text(115, y + 5, "Signature", "sans", 8.5, (170, 170, 170))
    p.rect(*box, stroke=(0, 0, 0), width=0.7)
    if f["signed"]:
        p.signature(box[0] + 4, box[1] + 5, box[2] - 8, box[3] - 6, rng, INK, f["surname"])
    y = box[1] + box[3] + 10
    p.text(20, y, "PIÈCES JUSTIFICATIVES À JOINDRE À VOTRE DEMANDE", "sans-b", 10, BLUE)
    y += 7
    items = [
        (
            "une pièce d'identité : passeport ou, pour un ressortissant de l'UE/EEE/Suisse, "
            "carte nationale d'identité ;"
        ),
        (
            "si vous n'êtes pas ressortissant de l'UE/EEE/Suisse : titre de séjour, visa long "
            "séjour valant titre de séjour (VLS-TS) ou récépissé ;"
        ),
        (
            "une copie intégrale de votre acte de naissance ou un extrait avec filiation "
            "(apostillé ou légalisé s'il a été délivré à l'étranger) ;"
        ),
        (
            "un justificatif de résidence en France depuis plus de trois mois (bail, trois "
            "factures successives, ou attestation d'hébergement avec justificatifs de "
            "l'hébergeant) ;"
        ),
        "un relevé d'identité bancaire (RIB) à votre nom ;",
        "si vous travaillez : contrat de travail ou dernier bulletin de salaire.",
    ]
    for it in items:
        p.text(22, y, "•", "sans", 9)
        y = p.wrap(26, y, 164, it, "sans", 8.5) + 1.5
    y += 6
    p.rect(20, y, 170, 30, stroke=(120, 120, 120), fill=(242, 242, 242), width=0.5)
    p.text(23, y + 5, "Cadre réservé à l'organisme", "sans-b", 8.5, (90, 90, 90))
    p.text(23, y + 13, "Date de réception : ____ / ____ / ________", "sans", 8, (90, 90, 90))
    p.text(23, y + 20, "Pièces vérifiées :   oui  /  non", "sans", 8, (90, 90, 90))
    p.text(110, y + 13, "Matricule agent : __________", "sans", 8, (90, 90, 90))
    p.text(105, 289, "S1106 — cerfa n° 15763*02 — page 2/2", "sans", 7.5, (90, 90, 90), "c")
    return p


def form_pages(f: dict, run: str, fill: str, rng: random.Random) -> list[Page]:
    assert f["date_text"] and f["place"]
    return [page1(f, run, fill, rng), page2(f, run, fill, rng)]
