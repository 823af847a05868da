"""Cerfa 15763*02 (S1106) 'Demande d'ouverture des droits à l'assurance maladie', two pages.

Two print runs of our own: run 0 has blue section bars and labels beside the fields; run 1
has underlined section titles, labels above the fields and dotted lines.
Fill ways: 'hand' (every value in pen strokes) or 'typed' (typed, then signed by hand).
"""

from __future__ import annotations

import random

from au_common import fr_date, hand_image, pdf_hand, signature_image
from reportlab.lib.pagesizes import A4

W, H = A4
BLUE = (0.05, 0.22, 0.55)


class Filler:
    def __init__(self, c, way: str, rng: random.Random, hand_font: str, ink):
        self.c, self.way, self.rng, self.font, self.ink = c, way, rng, hand_font, ink

    def text(self, x, y, s, size=10):
        if not s:
            return
        if self.way == "typed":
            self.c.setFont("Lib", size)
            self.c.setFillColorRGB(0, 0, 0)
            self.c.drawString(x, y, s)
        else:
            img = hand_image(s, self.font, px=56, ink=self.ink, rng=self.rng)
            pdf_hand(self.c, img, x, y - 3 + self.rng.uniform(-1, 1), size * 1.45)

    def comb(self, x, y, s, pitch, size=10):
        for i, ch in enumerate(s):
            if ch == " ":
                continue
            if self.way == "typed":
                self.c.setFont("Lib", size)
                self.c.setFillColorRGB(0, 0, 0)
                self.c.drawCentredString(x + i * pitch + pitch / 2, y + 2.5, ch)
            else:
                img = hand_image(ch, self.font, px=56, ink=self.ink, rng=self.rng)
                hh = size * 1.35
                ww = img.size[0] * hh / img.size[1]
                cx = x + i * pitch + (pitch - ww) / 2 + self.rng.uniform(-0.8, 0.8)
                pdf_hand(self.c, img, cx, y + 0.5 + self.rng.uniform(-0.8, 0.8), hh)

    def tick(self, x, y):
        if self.way == "typed":
            self.c.setFont("Lib-B", 10)
            self.c.setFillColorRGB(0, 0, 0)
            self.c.drawString(x + 1.4, y + 1.4, "X")
        else:
            img = hand_image("x", self.font, px=60, ink=self.ink, rng=self.rng)
            pdf_hand(self.c, img, x - 1, y - 1, 11)


def _box(c, x, y, s=9):
    c.setLineWidth(0.6)
    c.setStrokeColorRGB(0.2, 0.2, 0.2)
    c.rect(x, y, s, s)


def _comb(c, x, y, n, pitch=12, h=13, gap_after=()):
    c.setLineWidth(0.5)
    c.setStrokeColorRGB(0.3, 0.3, 0.35)
    xx = x
    for i in range(n):
        c.rect(xx, y, pitch, h)
        xx += pitch + (4 if i in gap_after else 0)
    return xx


def _section(c, run, y, letter, title):
    if run == 0:
        c.setFillColorRGB(*BLUE)
        c.rect(36, y - 4, W - 72, 17, stroke=0, fill=1)
        c.setFillColorRGB(1, 1, 1)
        c.setFont("Lato-B", 10.5)
        c.drawString(42, y + 1, f"{letter}  {title}")
    else:
        c.setFillColorRGB(0, 0, 0)
        c.setFont("Open-B", 11)
        c.drawString(36, y, f"{letter} - {title}")
        c.setLineWidth(1.2)
        c.setStrokeColorRGB(0, 0, 0)
        c.line(36, y - 4, W - 36, y - 4)
    c.setFillColorRGB(0, 0, 0)


def _label(c, run, x, y, s, size=8.5):
    c.setFont("Lato" if run == 0 else "Open", size)
    c.setFillColorRGB(0.1, 0.1, 0.1)
    c.drawString(x, y, s)
    return x + c.stringWidth(s, "Lato" if run == 0 else "Open", size) + 6


def _line(c, run, x1, x2, y):
    c.setLineWidth(0.5)
    c.setStrokeColorRGB(0.45, 0.45, 0.45)
    if run == 1:
        c.setDash(1, 2)
    c.line(x1, y - 2, x2, y - 2)
    c.setDash()


def page1(c, f: dict, run: int, fill: Filler) -> None:
    c.setFont("Lato-B", 15)
    c.setFillColorRGB(*BLUE)
    c.drawString(36, H - 50, "l'Assurance")
    c.drawString(36, H - 67, "Maladie")
    c.setFillColorRGB(0, 0, 0)
    c.setFont("Lato-B" if run == 0 else "Open-B", 13)
    c.drawCentredString(W / 2 + 20, H - 52, "Demande d'ouverture des droits")
    c.drawCentredString(W / 2 + 20, H - 68, "à l'assurance maladie")
    c.setFont("Lato", 9.5)
    c.drawCentredString(W / 2 + 20, H - 84, "Protection universelle maladie (PUMa)")
    c.setLineWidth(0.8)
    c.rect(W - 120, H - 78, 84, 34)
    c.setFont("Lato-B", 9)
    c.drawCentredString(W - 78, H - 58, "cerfa")
    c.setFont("Lato", 8.5)
    c.drawCentredString(W - 78, H - 71, "N° 15763*02")
    c.setFont("Lato", 6.8)
    notice = [
        "Vous résidez en France de manière stable et régulière ou vous y exercez une activité "
        "professionnelle : remplissez ce formulaire pour",
        "bénéficier de la prise en charge de vos frais de santé. Articles L. 160-1, L. 160-5, "
        "L. 160-6, R. 111-2 et D. 160-2 du code de la sécurité sociale.",
        "Renvoyez-le avec les pièces justificatives à la caisse d'assurance maladie de votre "
        "lieu de résidence. Écrivez en lettres capitales.",
    ]
    for i, s in enumerate(notice):
        c.drawString(36, H - 106 - i * 9, s)
    y = H - 150
    _section(c, run, y, "A", "VOUS")
    y -= 26
    lab_above = run == 1
    rows = [
        ("Nom de naissance", f["surname"]),
        ("Nom d'usage (facultatif)", f.get("usage_name") or ""),
        ("Prénom(s)", f["given"]),
    ]
    for label, val in rows:
        if lab_above:
            _label(c, run, 40, y + 8, label)
            _line(c, run, 40, W - 40, y - 8)
            fill.text(44, y - 7, val)
            y -= 34
        else:
            x = _label(c, run, 40, y, label + " :")
            _line(c, run, x, W - 40, y)
            fill.text(x + 4, y, val)
            y -= 24
    x = _label(c, run, 40, y, "Sexe :")
    for k, sx in (("F", x), ("M", x + 30)):
        _label(c, run, sx, y, k)
        _box(c, sx + 9, y - 1.5)
        if f["sex"] == k:
            fill.tick(sx + 9, y - 1.5)
    x = _label(c, run, x + 80, y, "Date de naissance (JJ MM AAAA)")
    pitch = 12 if run == 0 else 11
    _comb(c, x, y - 4, 8, pitch, 14, gap_after=(1, 3))
    dd = f["dob"]
    digits = dd[8:10] + dd[5:7] + dd[0:4]
    fill.comb(x, y - 2, digits[:2], pitch)
    fill.comb(x + 2 * pitch + 4, y - 2, digits[2:4], pitch)
    fill.comb(x + 4 * pitch + 8, y - 2, digits[4:], pitch)
    y -= 26
    x = _label(c, run, 40, y, "Lieu de naissance : commune")
    _line(c, run, x, 330, y)
    fill.text(x + 4, y, f["pob_commune"])
    x = _label(c, run, 340, y, "pays")
    _line(c, run, x, W - 40, y)
    fill.text(x + 4, y, f["pob_pays"])
    y -= 24
    x = _label(c, run, 40, y, "Nationalité")
    _line(c, run, x, 330, y)
    fill.text(x + 4, y, f["nationality"])
    y -= 26
    x = _label(c, run, 40, y, "N° de sécurité sociale (si vous en avez un)")
    end = _comb(c, x, y - 4, 13, 11, 14, gap_after=(0, 2, 4, 6, 9))
    _comb(c, end + 8, y - 4, 2, 11, 14)
    y -= 18
    c.setFont("Lato", 7)
    c.drawString(40, y, "N° d'allocataire CAF (facultatif) ..................................")
    y -= 24
    x = _label(c, run, 40, y, "Adresse")
    _line(c, run, x, W - 40, y)
    fill.text(x + 4, y, f["address"])
    y -= 24
    x = _label(c, run, 40, y, "Code postal")
    _comb(c, x, y - 4, 5, 12, 14)
    fill.comb(x, y - 2, f["cp"], 12)
    x = _label(c, run, x + 80, y, "Commune")
    _line(c, run, x, W - 40, y)
    fill.text(x + 4, y, f["commune"])
    y -= 24
    x = _label(c, run, 40, y, "Téléphone")
    _line(c, run, x, 250, y)
    fill.text(x + 4, y, f.get("tel", ""))
    x = _label(c, run, 260, y, "Adresse e-mail")
    _line(c, run, x, W - 40, y)
    fill.text(x + 4, y, f.get("email", ""), size=9)
    y -= 38
    _section(c, run, y, "B", "VOTRE SITUATION")
    y -= 24
    _label(c, run, 40, y, "Cochez la case correspondant à votre situation actuelle :")
    y -= 22
    opts = [
        ("salarie", "Vous exercez une activité salariée en France. Type de contrat :"),
        ("independant", "Vous exercez une activité non salariée (travailleur indépendant)"),
        ("demandeur_emploi", "Vous êtes demandeur d'emploi inscrit à France Travail"),
        ("etudiant", "Vous êtes étudiant(e)"),
        (
            "sans_activite",
            "Vous êtes sans activité et résidez en France de manière stable depuis plus de 3 mois",
        ),
        ("autre", "Autre situation (précisez) :"),
    ]
    for key, text in opts:
        _box(c, 42, y - 1.5)
        if f["situation"] == key:
            fill.tick(42, y - 1.5)
        x = _label(c, run, 58, y, text)
        if key == "salarie":
            for j, ct in enumerate(("CDI", "CDD", "Intérim", "Autre")):
                cx = x + j * 48
                _box(c, cx, y - 1.5)
                _label(c, run, cx + 12, y, ct)
                if f.get("contract") == ct:
                    fill.tick(cx, y - 1.5)
            y -= 20
            x2 = _label(c, run, 58, y, "Profession / emploi occupé")
            _line(c, run, x2, W - 40, y)
            fill.text(x2 + 4, y, f.get("job", ""))
        if key == "autre":
            _line(c, run, x, W - 40, y)
        y -= 20
    c.setFont("Lato", 7)
    c.drawString(36, 40, "S1106 — cerfa n° 15763*02 — page 1/2")
    c.drawRightString(W - 36, 40, "ameli.fr")


def page2(c, f: dict, run: int, fill: Filler, sig) -> None:
    y = H - 60
    _section(c, run, y, "C", "VOS ENGAGEMENTS ET SIGNATURE")
    c.setFont("Lato" if run == 0 else "Open", 8.5)
    lines = [
        "Je certifie sur l'honneur l'exactitude des renseignements portés sur ce formulaire et",
        "m'engage à signaler à ma caisse d'assurance maladie tout changement de situation.",
        "La loi rend passible d'amende et/ou d'emprisonnement quiconque se rend coupable de "
        "fraudes ou de fausses",
        "déclarations (articles 313-1 à 313-3, 433-19, 441-1 et 441-7 du code pénal, article "
        "L. 114-13 du code de la sécurité sociale).",
    ]
    y -= 28
    for s in lines:
        c.drawString(40, y, s)
        y -= 12
    y -= 14
    x = _label(c, run, 40, y, "Fait à")
    _line(c, run, x, 250, y)
    fill.text(x + 4, y, f["place"])
    x = _label(c, run, 270, y, "le")
    _line(c, run, x, 420, y)
    if f.get("date_text"):
        fill.text(x + 4, y, f["date_text"])
    y -= 22
    bx, by, bw, bh = 300, y - 80, 255, 80
    c.setLineWidth(0.8)
    c.setStrokeColorRGB(0, 0, 0)
    c.rect(bx, by, bw, bh)
    if run == 0:
        c.setFont("Lato-B", 8.5)
        c.drawString(bx, by + bh + 4, "Signature")
    else:
        c.setFont("Open", 14)
        c.setFillColorRGB(0.82, 0.82, 0.82)
        c.drawCentredString(bx + bw / 2, by + bh / 2 - 5, "Signature")
        c.setFillColorRGB(0, 0, 0)
    if sig is not None:
        pdf_hand(c, sig, bx + 30 + fill.rng.uniform(-10, 20), by + 10, 58)
    y = by - 34
    _section(c, run, y, "", "PIÈCES JUSTIFICATIVES À JOINDRE À VOTRE DEMANDE")
    y -= 22
    items = [
        "une pièce d'identité : passeport ou carte nationale d'identité (ressortissants UE/EEE/"
        "Suisse) ;",
        "pour les personnes de nationalité étrangère hors UE : titre de séjour, visa long séjour "
        "valant titre de séjour (VLS-TS) ou récépissé ;",
        "un acte de naissance (copie intégrale ou extrait avec filiation), avec apostille ou "
        "légalisation s'il est établi à l'étranger ;",
        "un justificatif de résidence en France depuis plus de 3 mois (bail, quittances, "
        "factures, attestation d'hébergement) ;",
        "un relevé d'identité bancaire (RIB) à votre nom ;",
        "si vous travaillez : contrat de travail ou dernier bulletin de salaire.",
    ]
    c.setFont("Lato" if run == 0 else "Open", 8)
    for s in items:
        c.drawString(44, y, "•  " + s)
        y -= 14
    y -= 20
    c.setLineWidth(0.6)
    c.setDash(3, 2)
    c.rect(36, y - 70, W - 72, 80)
    c.setDash()
    c.setFont("Lato-B", 8.5)
    c.drawString(44, y - 4, "Cadre réservé à l'organisme")
    c.setFont("Lato", 8)
    c.drawString(44, y - 24, "Date de réception : ..... / ..... / ..........")
    c.drawString(44, y - 40, "Pièces vérifiées :  oui  /  non")
    c.drawString(300, y - 24, "Matricule agent : ....................")
    c.setFont("Lato", 6.5)
    c.drawString(
        36,
        70,
        "La loi n° 78-17 du 6 janvier 1978 modifiée relative à l'informatique, aux fichiers et "
        "aux libertés s'applique aux réponses faites sur ce formulaire.",
    )
    c.setFont("Lato", 7)
    c.drawString(36, 40, "S1106 — cerfa n° 15763*02 — page 2/2")


def draw_form(c, f: dict, run: int, way: str, rng: random.Random) -> None:
    ink = f.get("ink", (25, 40, 120))
    fill = Filler(c, way, rng, f.get("hand_font", "dkg"), ink)
    if way == "typed" and not f.get("date_text_by_hand"):
        f.setdefault("date_text", fr_date(f["signed_on"]))
    page1(c, f, run, fill)
    c.showPage()
    sig = signature_image(f["sig_text"], rng, font=f.get("sig_font", "dancing"), ink=ink)
    if way == "typed" and f.get("date_text_by_hand"):
        hand_fill = Filler(c, "hand", rng, f.get("hand_font", "dkg"), ink)
        page2(c, {**f, "date_text": ""}, run, fill, sig)
        # the applicant dated the printed form by hand after 'le'
        hand_fill.text(292, H - 60 - 28 - 48 - 14, f["date_text"])
    else:
        page2(c, f, run, fill, sig)
    c.showPage()
