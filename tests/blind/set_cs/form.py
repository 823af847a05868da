"""The application form (cerfa 15763*02, S1106), two A4 pages, typed or handwritten fill."""

from __future__ import annotations

from reportlab.lib.colors import Color, black, white
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth

import kit

BLUE = Color(0.0, 0.27, 0.55)
LIGHT = Color(0.9, 0.94, 0.98)


class Filler:
    """Writes values either typed (monospace capitals) or by hand (jittered script font)."""

    def __init__(self, rng, way: str, font: str = "Hand1"):
        self.rng, self.way, self.font = rng, way, font

    def text(self, c, x, y, s, size=10):
        if self.way == "hand":
            kit.hand_text(c, self.rng, x, y, s, self.font, size * 1.25)
        else:
            c.setFillColor(black)
            c.setFont("Courier", size)
            c.drawString(x, y, s)

    def in_box(self, c, x, y, w, h, ch):
        if self.way == "hand":
            cw = stringWidth(ch, self.font, h * 0.8)
            kit.hand_text(c, self.rng, x + (w - cw) / 2, y + h * 0.2, ch, self.font, h * 0.8)
        else:
            c.setFillColor(black)
            c.setFont("Courier", h * 0.72)
            c.drawCentredString(x + w / 2, y + h * 0.24, ch)

    def tick(self, c, x, y, s):
        c.saveState()
        if self.way == "hand":
            c.setStrokeColor(kit.INK_BLUE)
            c.setLineWidth(1.3)
            j = self.rng.uniform(-0.6, 0.6)
            c.line(x + 1 + j, y + 1, x + s - 1, y + s - 1 + j)
            c.line(x + 1, y + s - 1 - j, x + s - 1 + j, y + 1)
        else:
            c.setFillColor(black)
            c.setFont("SansB", s * 0.95)
            c.drawCentredString(x + s / 2, y + s * 0.18, "X")
        c.restoreState()


def _bar(c, y, text, run):
    w = A4[0]
    if run == 1:
        c.setFillColor(BLUE)
        c.rect(15 * mm, y, w - 30 * mm, 6 * mm, stroke=0, fill=1)
        c.setFillColor(white)
        c.setFont("SansB", 9.5)
        c.drawString(18 * mm, y + 1.8 * mm, text)
    else:
        c.setFillColor(BLUE)
        c.setFont("SansB", 10.5)
        c.drawString(15 * mm, y + 1.5 * mm, text)
        c.setStrokeColor(BLUE)
        c.setLineWidth(1.2)
        c.line(15 * mm, y, w - 15 * mm, y)


def _comb(c, x, y, n, box=5.2 * mm, h=6 * mm, gap_after=()):
    c.setStrokeColor(Color(0.3, 0.3, 0.35))
    c.setLineWidth(0.5)
    xs = []
    cx = x
    for i in range(n):
        c.rect(cx, y, box, h, stroke=1, fill=0)
        xs.append(cx)
        cx += box + (2.5 * mm if i in gap_after else 0)
    return xs


def _label(c, x, y, text, size=8.5, bold=False):
    c.setFillColor(black)
    c.setFont("SansB" if bold else "Sans", size)
    c.drawString(x, y, text)


def page1(c, rng, v: dict, fill: Filler, run: int):
    W, H = A4
    c.setPageSize(A4)
    c.setFillColor(BLUE)
    c.setFont("SansB", 13)
    c.drawString(15 * mm, H - 18 * mm, "l'Assurance")
    c.drawString(15 * mm, H - 23.5 * mm, "Maladie")
    c.setStrokeColor(BLUE)
    c.setLineWidth(1)
    c.rect(W - 52 * mm, H - 24 * mm, 37 * mm, 12 * mm)
    c.setFont("SansB", 10)
    c.drawCentredString(W - 33.5 * mm, H - 17 * mm, "cerfa")
    c.setFont("Sans", 8)
    c.drawCentredString(W - 33.5 * mm, H - 21.5 * mm, "N° 15763*02")
    c.setFillColor(black)
    c.setFont("SansB", 14 if run == 1 else 13)
    c.drawCentredString(W / 2, H - 34 * mm, "Demande d'ouverture des droits à l'assurance maladie")
    c.setFont("Sans", 10.5)
    c.drawCentredString(W / 2, H - 40 * mm, "Protection universelle maladie (PUMa)")
    c.setFont("SansI", 7)
    c.drawCentredString(
        W / 2,
        H - 45 * mm,
        "Articles L. 160-1, L. 160-5, L. 160-6, R. 111-3 et D. 160-2 "
        "du code de la sécurité sociale",
    )
    notice = [
        "Vous travaillez ou résidez en France de manière stable et régulière "
        "depuis plus de trois mois :",
        "remplissez ce formulaire et joignez les pièces demandées en page 2. Écrivez en lettres "
        "capitales.",
        "La loi n° 78-17 du 6 janvier 1978 modifiée garantit un droit d'accès et de rectification "
        "des données auprès de votre caisse.",
    ]
    c.setFont("Sans", 6.8)
    for i, t in enumerate(notice):
        c.drawString(15 * mm, H - 52 * mm - i * 3.2 * mm, t)
    y = H - 68 * mm
    _bar(c, y, "A  —  VOUS" if run == 1 else "A. VOUS", run)
    x0 = 62 * mm
    y -= 10 * mm

    def comb_row(label, text, n, y):
        _label(c, 15 * mm, y + 1.8 * mm, label)
        xs = _comb(c, x0, y, n)
        for i, ch in enumerate(text[:n]):
            if ch != " ":
                fill.in_box(c, xs[i], y, 5.2 * mm, 6 * mm, ch)

    comb_row("Nom de naissance", v["surname"], 26, y)
    y -= 9 * mm
    comb_row("Nom d'usage (facultatif)", v.get("usage", ""), 26, y)
    y -= 9 * mm
    comb_row("Prénom(s)", v["given"], 26, y)
    y -= 10 * mm
    _label(c, 15 * mm, y + 1.5 * mm, "Sexe")
    for i, s in enumerate(("F", "M")):
        bx = x0 + i * 22 * mm
        _label(c, bx, y + 1.5 * mm, s)
        c.setStrokeColor(black)
        c.rect(bx + 5 * mm, y + 0.6 * mm, 4 * mm, 4 * mm)
        if v["sex"] == s:
            fill.tick(c, bx + 5 * mm, y + 0.6 * mm, 4 * mm)
    _label(c, x0 + 50 * mm, y + 1.5 * mm, "Date de naissance")
    dob = v["dob"]
    digits = dob[8:10] + dob[5:7] + dob[0:4]
    xs = _comb(c, x0 + 78 * mm, y, 8, box=4.8 * mm, gap_after=(1, 3))
    for i, ch in enumerate(digits):
        fill.in_box(c, xs[i], y, 4.8 * mm, 6 * mm, ch)
    c.setFont("Sans", 5.5)
    for i, t in ((0, "JJ"), (2, "MM"), (4, "AAAA")):
        c.drawString(xs[i], y - 2.6 * mm, t)
    y -= 12 * mm

    def line_row(label, text, y, x=x0, end=W - 15 * mm, lx=15 * mm):
        _label(c, lx, y + 1.2 * mm, label)
        c.setStrokeColor(Color(0.45, 0.45, 0.5))
        c.setDash(1, 2)
        c.line(x, y, end, y)
        c.setDash()
        if text:
            fill.text(c, x + 2 * mm, y + 1.3 * mm, text)

    line_row("Lieu de naissance : commune", v["birth_town"], y, x=x0 + 8 * mm, end=130 * mm)
    line_row("pays", v["birth_country"], y, x=142 * mm, lx=133 * mm)
    y -= 9 * mm
    line_row("Nationalité", v["nationality"], y)
    y -= 10 * mm
    _label(c, 15 * mm, y + 4.6 * mm, "N° de sécurité sociale", 8.5)
    _label(c, 15 * mm, y + 1.0 * mm, "(si vous en avez un)", 7)
    _comb(c, x0, y, 13, box=5 * mm, gap_after=(0, 2, 4, 6, 9))
    _comb(c, x0 + 13 * 5 * mm + 5 * 2.5 * mm + 5 * mm, y, 2, box=5 * mm)
    y -= 11 * mm
    line_row("Adresse", v["address"], y)
    y -= 10 * mm
    _label(c, 15 * mm, y + 1.8 * mm, "Code postal")
    xs = _comb(c, x0, y, 5)
    for i, ch in enumerate(v["postcode"]):
        fill.in_box(c, xs[i], y, 5.2 * mm, 6 * mm, ch)
    line_row("Commune", v["city"], y, x=x0 + 50 * mm, lx=x0 + 33 * mm)
    y -= 10 * mm
    line_row("Téléphone", v["phone"], y, end=105 * mm)
    line_row("E-mail", v["email"], y, x=122 * mm, lx=108 * mm)
    y -= 15 * mm
    _bar(c, y, "B  —  VOTRE SITUATION" if run == 1 else "B. VOTRE SITUATION", run)
    y -= 9 * mm
    options = [
        ("salarie", "Vous exercez une activité salariée en France"),
        ("independant", "Vous exercez une activité non salariée (travailleur indépendant)"),
        ("demandeur_emploi", "Vous êtes demandeur d'emploi"),
        ("etudiant", "Vous êtes étudiant(e)"),
        (
            "sans_activite",
            "Vous êtes sans activité et résidez en France de manière stable depuis plus de 3 mois",
        ),
        ("autre", "Autre situation (précisez) :"),
    ]
    for key, text in options:
        c.setStrokeColor(black)
        c.setLineWidth(0.6)
        c.rect(15 * mm, y, 4 * mm, 4 * mm)
        if v["situation"] == key:
            fill.tick(c, 15 * mm, y, 4 * mm)
        _label(c, 22 * mm, y + 0.9 * mm, text, 8.5)
        if key == "salarie":
            y -= 7 * mm
            _label(c, 26 * mm, y + 0.9 * mm, "Type de contrat :", 8)
            for i, ct in enumerate(("CDI", "CDD", "Intérim", "Autre")):
                bx = 55 * mm + i * 22 * mm
                c.rect(bx, y, 3.6 * mm, 3.6 * mm)
                _label(c, bx + 5 * mm, y + 0.8 * mm, ct, 8)
                if v["situation"] == key and v.get("contract") == ct:
                    fill.tick(c, bx, y, 3.6 * mm)
            y -= 7 * mm
            line_row("Emploi occupé :", v.get("job", ""), y + 0.5 * mm, x=55 * mm, lx=26 * mm)
        y -= 8 * mm
    c.setFont("Sans", 7)
    c.setFillColor(Color(0.3, 0.3, 0.3))
    c.drawRightString(W - 15 * mm, 10 * mm, "S1106 — cerfa n° 15763*02 — page 1/2")


def page2(c, rng, v: dict, fill: Filler, run: int):
    W, H = A4
    c.setPageSize(A4)
    y = H - 22 * mm
    _bar(c, y, "C  —  VOS ENGAGEMENTS ET SIGNATURE" if run == 1 else "C. VOS ENGAGEMENTS", run)
    y -= 9 * mm
    cert = [
        "Je certifie sur l'honneur l'exactitude des renseignements portés sur ce formulaire.",
        "Je m'engage à signaler à ma caisse tout changement dans ma situation.",
        "La loi punit quiconque se rend coupable de fraudes ou de fausses déclarations "
        "(articles 313-1 à 313-3, 433-19,",
        "441-1 et suivants du code pénal, article L. 114-13 du code de la sécurité sociale).",
    ]
    c.setFillColor(black)
    c.setFont("Sans", 8.5)
    for t in cert:
        c.drawString(15 * mm, y, t)
        y -= 4.6 * mm
    y -= 6 * mm
    _label(c, 15 * mm, y, "Fait à")
    c.setStrokeColor(Color(0.45, 0.45, 0.5))
    c.setDash(1, 2)
    c.line(26 * mm, y - 1, 95 * mm, y - 1)
    _label(c, 100 * mm, y, "le")
    c.line(106 * mm, y - 1, 150 * mm, y - 1)
    c.setDash()
    fill.text(c, 28 * mm, y + 0.5, v["place"])
    if v.get("date_text"):
        if v.get("date_by_hand"):
            kit.hand_text(c, rng, 108 * mm, y + 0.5, v["date_text"], "Hand1", 12)
        else:
            fill.text(c, 108 * mm, y + 0.5, v["date_text"])
    y -= 10 * mm
    _label(c, 100 * mm, y, "Signature", 8.5, bold=True)
    box_y = y - 30 * mm
    c.setStrokeColor(black)
    c.setLineWidth(0.8)
    c.rect(100 * mm, box_y, 80 * mm, 27 * mm)
    if v.get("signed"):
        kit.draw_signature(c, rng, 106 * mm, box_y + 4 * mm, 66 * mm, 19 * mm, base=1.2)
    y = box_y - 14 * mm
    c.setFillColor(BLUE)
    c.setFont("SansB", 10)
    c.drawString(15 * mm, y, "PIÈCES JUSTIFICATIVES À JOINDRE À VOTRE DEMANDE")
    y -= 7 * mm
    pieces = [
        "une photocopie de votre pièce d'identité (passeport ou carte nationale d'identité) ;",
        "si vous êtes ressortissant d'un pays hors UE/EEE/Suisse : votre titre de séjour, votre "
        "VLS-TS",
        "   ou votre récépissé de demande de titre de séjour ;",
        "une copie intégrale ou un extrait de votre acte de naissance avec filiation (apostillé ou "
        "légalisé si besoin) ;",
        "un justificatif de résidence en France depuis plus de 3 mois (bail, 3 factures "
        "successives, attestation",
        "   d'hébergement accompagnée de la pièce d'identité et d'un justificatif de domicile de "
        "l'hébergeant) ;",
        "un relevé d'identité bancaire (RIB) à votre nom ;",
        "si vous travaillez : votre contrat de travail ou votre dernier bulletin de salaire.",
    ]
    c.setFillColor(black)
    c.setFont("Sans", 8.2)
    for t in pieces:
        if not t.startswith("   "):
            c.circle(17 * mm, y + 1 * mm, 0.6 * mm, stroke=0, fill=1)
        c.drawString(20 * mm, y, t.strip())
        y -= 4.8 * mm
    y -= 8 * mm
    c.setStrokeColor(Color(0.4, 0.4, 0.4))
    c.setFillColor(LIGHT)
    c.rect(15 * mm, y - 28 * mm, W - 30 * mm, 30 * mm, stroke=1, fill=1)
    c.setFillColor(black)
    c.setFont("SansB", 8.5)
    c.drawString(18 * mm, y - 5 * mm, "Cadre réservé à l'organisme")
    c.setFont("Sans", 8)
    c.drawString(18 * mm, y - 12 * mm, "Date de réception :")
    c.drawString(18 * mm, y - 19 * mm, "Pièces vérifiées :   oui  \u25a1    non  \u25a1")
    c.drawString(110 * mm, y - 12 * mm, "Matricule agent :")
    c.setFont("Sans", 7)
    c.setFillColor(Color(0.3, 0.3, 0.3))
    c.drawRightString(W - 15 * mm, 10 * mm, "S1106 — cerfa n° 15763*02 — page 2/2")


def form(c, rng, v: dict, way: str = "typed", run: int = 1, hand_font: str = "Hand1"):
    fill = Filler(rng, way, hand_font)
    page1(c, rng, v, fill, run)
    c.showPage()
    page2(c, rng, v, fill, run)
