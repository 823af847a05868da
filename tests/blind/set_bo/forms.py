"""Cerfa 15763*02 (S1106) 'Demande d'ouverture des droits a l'assurance maladie', two print runs.

Run "A": blue section bars, comb boxes for names, labels above the fields.
Run "B": underlined section titles, labels beside dotted lines, combs only for numbers/dates.
Fill ways: "typed" (typed, printed, dated and signed by hand), "hand", "acroform".
"""

from __future__ import annotations

import io
import random

from reportlab.lib.pagesizes import A4
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase.pdfmetrics import stringWidth

from common import (
    INK_BLUE,
    draw_signature_rl,
    finish,
    hand,
    hand_comb,
    hand_cross,
    new_canvas,
    signature_image,
)

W, H = A4
AM_BLUE = (0.05, 0.25, 0.6)


class Filler:
    """Writes the applicant's values at the places the printed form offers."""

    def __init__(
        self, c, mode: str, rng: random.Random, hand_font="Hand1", ink=INK_BLUE, caps=None
    ):
        self.c, self.mode, self.rng, self.font, self.ink = c, mode, rng, hand_font, ink
        self.caps = caps
        self.k = 1.45 if hand_font == "Hand2" else 1.0  # the school-cursive font runs small

    def text(self, name, x, y, w, value, size=10.5):
        if not value:
            return
        if self.mode == "hand":
            hand(
                self.c,
                x + 3,
                y + 2,
                value,
                self.rng,
                self.font,
                (size + 2.5) * self.k,
                self.ink,
                caps_font=self.caps,
            )
        elif self.mode == "typed":
            self.c.setFont("Lib", size)
            self.c.setFillColorRGB(0, 0, 0)
            self.c.drawString(x + 3, y + 2.5, value)
        else:
            self.c.acroForm.textfield(
                name=name,
                value=value,
                x=x,
                y=y,
                width=w,
                height=13,
                borderWidth=0,
                fillColor=None,
                fontName="Helvetica",
                fontSize=size,
                maxlen=None,
            )

    def comb(self, name, x, y, cell, n, value, size=10.5):
        if not value:
            return
        value = value[:n]
        if self.mode == "hand":
            hand_comb(
                self.c, x, y + 2.2, cell, value, self.rng, self.font, (size + 2) * self.k, self.ink
            )
        elif self.mode == "typed":
            self.c.setFont("Lib", size)
            self.c.setFillColorRGB(0, 0, 0)
            for i, ch in enumerate(value):
                self.c.drawCentredString(x + i * cell + cell / 2, y + 3, ch)
        else:
            self.c.acroForm.textfield(
                name=name,
                value=value,
                x=x,
                y=y,
                width=cell * n,
                height=cell + 1,
                borderWidth=0,
                fillColor=None,
                fontName="Courier",
                fontSize=size,
                maxlen=n,
                fieldFlags="comb",
            )

    def check(self, name, x, y, s, on):
        if self.mode == "acroform":
            self.c.acroForm.checkbox(
                name=name,
                checked=on,
                x=x,
                y=y,
                size=s,
                buttonStyle="cross",
                borderWidth=0,
                fillColor=None,
                fieldFlags="",
            )
        elif on and self.mode == "hand":
            hand_cross(
                self.c, x + 1, y + 1, s - 2, self.rng, self.ink, tick=self.rng.random() < 0.3
            )
        elif on:
            self.c.setFont("Lib-B", s)
            self.c.setFillColorRGB(0, 0, 0)
            self.c.drawCentredString(x + s / 2, y + 1.2, "X")

    def date_le(self, name, x, y, w, value):
        """The date after 'le': written by hand unless the form was filled on screen."""
        if self.mode == "acroform":
            self.text(name, x, y, w, value)
        else:
            hand(self.c, x + 4, y + 2, value, self.rng, self.font, 13 * self.k, self.ink, sp=1.2)

    def place(self, name, x, y, w, value):
        self.text(name, x, y, w, value)

    def sign(self, x, y, w, h, letters=6):
        if self.mode == "acroform":
            img = signature_image(self.rng, 900, 330, letters=letters)
            b = io.BytesIO()
            img.save(b, "PNG")
            self.c.drawImage(
                ImageReader(io.BytesIO(b.getvalue())), x + 10, y + 6, w - 30, h - 16, mask="auto"
            )
        else:
            draw_signature_rl(
                self.c, x + 12, y + 6, w - 40, h - 14, self.rng, self.ink, 1.5, letters
            )


def _box(c, x, y, s, rounded=False):
    if rounded:
        c.roundRect(x, y, s, s, 1.5, stroke=1, fill=0)
    else:
        c.rect(x, y, s, s, stroke=1, fill=0)


def _combs(c, x, y, cell, n, groups=None):
    c.setLineWidth(0.5)
    c.rect(x, y, cell * n, cell + 1, stroke=1, fill=0)
    for i in range(1, n):
        h = cell * 0.45 if groups is None else (cell + 1 if i in groups else cell * 0.45)
        c.line(x + i * cell, y, x + i * cell, y + h)


def _logo(c, x, y, run):
    c.setFillColorRGB(*AM_BLUE)
    c.setFont("Lato-B", 13)
    c.drawString(x + 34, y + 12, "l'Assurance")
    c.drawString(x + 34, y - 2, "Maladie")
    c.setFillColorRGB(0.35, 0.65, 0.9)
    c.circle(x + 14, y + 9, 12, stroke=0, fill=1)
    c.setFillColorRGB(1, 1, 1)
    c.circle(x + 18, y + 12, 5, stroke=0, fill=1)
    c.setFillColorRGB(0.3, 0.3, 0.35)
    c.setFont("Lato", 6.5)
    c.drawString(x + 34, y - 11, "Agir ensemble, protéger chacun")


def _cerfa(c, run):
    x, y = W - 150, H - 78
    c.setLineWidth(0.8)
    c.setStrokeColorRGB(0, 0, 0)
    c.rect(x, y, 112, 40, stroke=1, fill=0)
    c.setFillColorRGB(0, 0, 0)
    c.setFont("Serif-B" if run == "A" else "Caladea-B", 17)
    c.drawString(x + 8, y + 18, "cerfa")
    c.setFont("Lib", 9)
    c.drawString(x + 8, y + 6, "N° 15763*02")


def _header(c, run):
    _logo(c, 38, H - 62, run)
    _cerfa(c, run)
    c.setFillColorRGB(0, 0, 0)
    title_font = "Open-B" if run == "A" else "Carlito-B"
    c.setFont(title_font, 14.5 if run == "A" else 16)
    c.drawCentredString(W / 2, H - 108, "Demande d'ouverture des droits à l'assurance maladie")
    c.setFont("Open" if run == "A" else "Carlito", 11)
    c.drawCentredString(W / 2, H - 123, "Protection universelle maladie (PUMa)")
    notice = [
        "Ce formulaire concerne les personnes qui travaillent en France ou qui y résident de "
        "manière stable",
        "et régulière et dont les frais de santé ne sont pas encore pris en charge. Complétez-le "
        "en lettres",
        "capitales, datez-le, signez-le et adressez-le à la caisse d'assurance maladie de votre "
        "lieu de",
        "résidence avec les pièces justificatives listées en page 2.",
    ]
    c.setFont("Lib" if run == "A" else "Carlito", 7.2 if run == "A" else 7.8)
    y = H - 140
    if run == "A":
        c.setFillColorRGB(0.93, 0.95, 0.99)
        c.rect(36, y - 36, W - 72, 46, stroke=0, fill=1)
        c.setFillColorRGB(0, 0, 0)
    for ln in notice:
        c.drawString(44, y, ln)
        y -= 9
    c.setFont("Lib-I", 6.5)
    c.drawString(
        44,
        y - 1,
        "Articles L. 160-1, L. 160-5, L. 160-17, R. 111-3 et D. 160-2 du code de la sécurité "
        "sociale.",
    )
    return y - 18


def _section(c, y, letter, title, run):
    if run == "A":
        c.setFillColorRGB(*AM_BLUE)
        c.rect(36, y - 4, W - 72, 16, stroke=0, fill=1)
        c.setFillColorRGB(1, 1, 1)
        c.setFont("Open-B", 10)
        c.drawString(44, y, f"{letter}   {title}")
    else:
        c.setFillColorRGB(0, 0, 0)
        c.circle(45, y + 3.5, 7, stroke=1, fill=0)
        c.setFont("Carlito-B", 10)
        c.drawCentredString(45, y, letter)
        c.setFont("Carlito-B", 11.5)
        c.drawString(58, y, title)
        c.setLineWidth(0.8)
        c.line(58, y - 3, W - 36, y - 3)
    c.setFillColorRGB(0, 0, 0)
    return y - 22


def _dots(c, x0, x1, y):
    c.saveState()
    c.setDash(1, 2)
    c.setLineWidth(0.6)
    c.line(x0, y, x1, y)
    c.restoreState()


def _lab(c, run, x, y, text, size=None):
    c.setFillColorRGB(0, 0, 0)
    c.setFont("Lib" if run == "A" else "Carlito", size or (8 if run == "A" else 9.5))
    c.drawString(x, y, text)
    return x + stringWidth(
        text, "Lib" if run == "A" else "Carlito", size or (8 if run == "A" else 9.5)
    )


def page1(c, f: Filler, v: dict, run: str):
    y = _header(c, run)
    y = _section(c, y, "A", "VOUS", run)
    cell = 14.5 if run == "A" else 13
    lbl = 9
    if run == "A":
        for key, text in [
            ("nom_naissance", "Nom de naissance (nom de famille)"),
            ("nom_usage", "Nom d'usage (facultatif, ex. nom d'époux ou d'épouse)"),
            ("prenoms", "Prénom(s) (dans l'ordre de l'état civil)"),
        ]:
            _lab(c, run, 44, y, text)
            _combs(c, 44, y - 18, cell, 35)
            f.comb(key, 44, y - 18, cell, 35, v.get(key, "").upper())
            y -= 34
    else:
        for key, text in [
            ("nom_naissance", "Nom de naissance :"),
            ("nom_usage", "Nom d'usage (facultatif) :"),
            ("prenoms", "Prénom(s) :"),
        ]:
            x = _lab(c, run, 44, y, text) + 4
            _dots(c, x, W - 44, y - 1)
            f.text(key, x, y - 2, W - 44 - x, v.get(key, "").upper())
            y -= 22
    # sex and date of birth
    x = _lab(c, run, 44, y, "Sexe :") + 8
    for s_ in ("F", "M"):
        _box(c, x, y - 2, lbl, run == "B")
        f.check("sexe_" + s_, x, y - 2, lbl, v["sexe"] == s_)
        x = _lab(c, run, x + lbl + 3, y, s_) + 12
    x = _lab(c, run, 150, y, "Date de naissance :") + 6
    dcell = 13
    _combs(c, x, y - 4, dcell, 8, groups={2, 4})
    dob = v["date_naissance"]
    if f.mode == "acroform":
        f.comb("date_naiss_jj", x, y - 4, dcell, 2, dob[0:2])
        f.comb("date_naiss_mm", x + 2 * dcell, y - 4, dcell, 2, dob[2:4])
        f.comb("date_naiss_aaaa", x + 4 * dcell, y - 4, dcell, 4, dob[4:8])
    else:
        f.comb("date_naissance", x, y - 4, dcell, 8, dob)
    c.setFont("Lib", 5.5)
    for i, t in enumerate(["J", "J", "M", "M", "A", "A", "A", "A"]):
        c.drawCentredString(x + i * dcell + dcell / 2, y - 10, t)
    y -= 26
    for key, text, x1 in [
        ("lieu_commune", "Lieu de naissance - commune :", 330),
        ("lieu_pays", "pays :", W - 44),
    ]:
        x0 = 44 if key == "lieu_commune" else 336
        x = _lab(c, run, x0, y, text) + 4
        _dots(c, x, x1, y - 1) if run == "B" else c.line(x, y - 2, x1, y - 2)
        f.text(key, x, y - 2, x1 - x, v[key])
    y -= 22
    x = _lab(c, run, 44, y, "Nationalité :") + 4
    _dots(c, x, 300, y - 1) if run == "B" else c.line(x, y - 2, 300, y - 2)
    f.text("nationalite", x, y - 2, 300 - x, v["nationalite"])
    y -= 24
    x = _lab(c, run, 44, y, "N° de sécurité sociale (si vous en avez un) :") + 6
    _combs(c, x, y - 4, 12, 13, groups={1, 3, 5, 7, 10})
    _combs(c, x + 12 * 13 + 8, y - 4, 12, 2)
    f.comb("nir", x, y - 4, 12, 13, v.get("nir", "")[:13])
    f.comb("nir_cle", x + 12 * 13 + 8, y - 4, 12, 2, v.get("nir", "")[13:])
    y -= 22
    x = _lab(c, run, 44, y, "N° d'allocataire CAF (si vous en avez un) :") + 6
    _combs(c, x, y - 4, 12, 7)
    y -= 24
    x = _lab(c, run, 44, y, "Adresse :") + 4
    for k, key in enumerate(["adresse1", "adresse2"]):
        yy = y - k * 18
        _dots(c, x, W - 44, yy - 1) if run == "B" else c.line(x, yy - 2, W - 44, yy - 2)
        f.text(key, x, yy - 2, W - 44 - x, v.get(key, ""))
    y -= 40
    x = _lab(c, run, 44, y, "Code postal :") + 6
    _combs(c, x, y - 4, 13, 5)
    f.comb("code_postal", x, y - 4, 13, 5, v["code_postal"])
    x = _lab(c, run, x + 80, y, "Commune :") + 4
    _dots(c, x, W - 44, y - 1) if run == "B" else c.line(x, y - 2, W - 44, y - 2)
    f.text("commune", x, y - 2, W - 44 - x, v["commune"])
    y -= 22
    x = _lab(c, run, 44, y, "Téléphone :") + 4
    _dots(c, x, 230, y - 1) if run == "B" else c.line(x, y - 2, 230, y - 2)
    f.text("telephone", x, y - 2, 230 - x, v.get("telephone", ""))
    x = _lab(c, run, 245, y, "Courriel :") + 4
    _dots(c, x, W - 44, y - 1) if run == "B" else c.line(x, y - 2, W - 44, y - 2)
    f.text("courriel", x, y - 2, W - 44 - x, v.get("courriel", ""), size=9.5)
    y -= 30
    y = _section(c, y, "B", "VOTRE SITUATION", run)
    _lab(c, run, 44, y, "Cochez la case qui correspond à votre situation actuelle :")
    y -= 20
    sit = v["situation"]
    opts = [
        ("salarie", "Vous exercez une activité salariée en France"),
        (
            "independant",
            "Vous exercez une activité non salariée (travailleur indépendant, micro-entrepreneur)",
        ),
        ("demandeur_emploi", "Vous êtes demandeur d'emploi (inscrit(e) à France Travail)"),
        ("etudiant", "Vous êtes étudiant(e)"),
        (
            "sans_activite",
            "Vous êtes sans activité et résidez en France de manière stable et régulière",
        ),
        ("autre", "Autre situation, précisez :"),
    ]
    for key, text in opts:
        _box(c, 44, y - 2, lbl, run == "B")
        f.check("situation_" + key, 44, y - 2, lbl, sit == key)
        xe = _lab(c, run, 60, y, text)
        if key == "sans_activite":
            y -= 11
            _lab(c, run, 60, y, "depuis plus de trois mois")
        if key == "salarie":
            y -= 18
            x = _lab(c, run, 60, y, "Profession :") + 4
            _dots(c, x, 300, y - 1) if run == "B" else c.line(x, y - 2, 300, y - 2)
            f.text("profession", x, y - 2, 300 - x, v.get("profession", ""))
            x = _lab(c, run, 310, y, "Contrat :") + 6
            for ct in ("CDI", "CDD", "Intérim", "Autre"):
                _box(c, x, y - 2, lbl, run == "B")
                f.check("contrat_" + ct[:3].lower(), x, y - 2, lbl, v.get("contrat") == ct)
                x = _lab(c, run, x + lbl + 3, y, ct) + 10
        if key == "autre":
            _dots(c, xe + 4, W - 44, y - 1) if run == "B" else c.line(xe + 4, y - 2, W - 44, y - 2)
            f.text("autre_precision", xe + 4, y - 2, W - 48 - xe, v.get("autre", ""))
        y -= 20
    _footer(c, run, 1)


def _footer(c, run, page):
    c.setFont("Lib", 7)
    c.setFillColorRGB(0.25, 0.25, 0.25)
    c.drawString(36, 24, f"S1106 — cerfa n° 15763*02 — page {page}/2")
    c.drawRightString(W - 36, 24, "ameli.fr")


def page2(c, f: Filler, v: dict, run: str):
    y = H - 60
    y = _section(c, y, "C", "VOS ENGAGEMENTS ET SIGNATURE", run)
    lines = [
        "Je certifie sur l'honneur l'exactitude des renseignements portés sur ce formulaire et je "
        "m'engage à",
        "signaler à ma caisse d'assurance maladie tout changement dans ma situation (adresse, "
        "activité,",
        "résidence en France).",
    ]
    for ln in lines:
        _lab(c, run, 44, y, ln, 9 if run == "A" else 10)
        y -= 12
    y -= 14
    x = _lab(c, run, 44, y, "Fait à", 10) + 4
    _dots(c, x, x + 150, y - 1) if run == "B" else c.line(x, y - 2, x + 150, y - 2)
    f.place("fait_a", x, y - 2, 150, v["fait_a"])
    x = _lab(c, run, x + 162, y, "le", 10) + 4
    _dots(c, x, x + 120, y - 1) if run == "B" else c.line(x, y - 2, x + 120, y - 2)
    f.date_le("date_signature", x, y - 2, 120, v["date_signature"])
    y -= 24
    bw, bh = 230, 78
    bx = W - 44 - bw if run == "A" else 44
    if run == "A":
        _lab(c, run, bx, y, "Signature", 9)
        y -= 6
    c.setLineWidth(0.8)
    c.rect(bx, y - bh, bw, bh, stroke=1, fill=0)
    if run == "B":
        c.setFillColorRGB(0.7, 0.7, 0.7)
        c.setFont("Carlito", 9)
        c.drawString(bx + 6, y - 12, "Signature")
    f.sign(bx, y - bh, bw, bh, v.get("sig_letters", 6))
    y -= bh + 26
    c.setFillColorRGB(0, 0, 0)
    if run == "A":
        y = _section(c, y, "", "PIÈCES JUSTIFICATIVES À JOINDRE À VOTRE DEMANDE", run)
    else:
        c.setFont("Carlito-B", 11)
        c.drawString(44, y, "PIÈCES JUSTIFICATIVES À JOINDRE À VOTRE DEMANDE")
        y -= 18
    pieces = [
        "la photocopie d'une pièce d'identité : passeport, ou carte nationale d'identité (UE, "
        "EEE, Suisse) ;",
        "si vous êtes ressortissant(e) d'un autre pays : la photocopie de votre titre de séjour, "
        "de votre",
        "   visa long séjour valant titre de séjour (VLS-TS) ou du récépissé de votre demande ;",
        "la copie intégrale de votre acte de naissance ou un extrait avec filiation (apostillé ou "
        "légalisé",
        "   selon le pays de délivrance) ;",
        "un justificatif de résidence en France depuis plus de trois mois : bail, trois factures "
        "successives",
        "   (électricité, gaz, eau, téléphone, internet) ou attestation d'hébergement avec ses "
        "justificatifs ;",
        "un relevé d'identité bancaire (RIB) à votre nom ;",
        "si vous travaillez : votre contrat de travail ou votre dernier bulletin de salaire.",
    ]
    for ln in pieces:
        if not ln.startswith("   "):
            c.circle(50, y + 3, 1.6, stroke=0, fill=1)
        _lab(c, run, 58, y, ln.strip(), 8.5 if run == "A" else 9.5)
        y -= 12
    y -= 16
    c.setLineWidth(0.6)
    c.setDash(3, 2) if run == "B" else c.setDash()
    c.rect(44, y - 70, W - 88, 78, stroke=1, fill=0)
    c.setDash()
    c.setFont("Lib-B", 9)
    c.drawString(52, y - 6, "Cadre réservé à l'organisme")
    c.setFont("Lib", 8.5)
    c.drawString(52, y - 26, "Date de réception :  ___ / ___ / ______")
    c.drawString(300, y - 26, "Pièces vérifiées")
    _box(c, 370, y - 28, 8)
    c.drawString(52, y - 46, "Matricule agent :  ______________")
    c.drawString(300, y - 46, "Observations : ______________________")
    y -= 96
    c.setFont("Lib", 6.3)
    legal = [
        "La loi n° 78-17 du 6 janvier 1978 modifiée relative à l'informatique, aux fichiers et "
        "aux libertés et le règlement (UE) 2016/679",
        "s'appliquent aux réponses faites sur ce formulaire. Vous disposez d'un droit d'accès et "
        "de rectification auprès de votre caisse.",
        "Quiconque se rend coupable de fraude ou de fausse déclaration est passible de pénalités "
        "financières, d'amende et/ou",
        "d'emprisonnement (articles 313-1 à 313-3, 433-19, 441-1 et suivants du code pénal, "
        "article L. 114-17-1 du code de la sécurité sociale).",
    ]
    for ln in legal:
        c.drawString(44, y, ln)
        y -= 8
    _footer(c, run, 2)


def _fix_combs(pdf: bytes) -> bytes:
    """Rewrite the appearance of comb fields: one character centred in each cell."""
    import re

    import pikepdf

    with pikepdf.open(io.BytesIO(pdf)) as doc:
        for fld in doc.Root.AcroForm.Fields:
            if not int(fld.get("/Ff", 0)) & (1 << 24) or "/AP" not in fld:
                continue
            n = int(fld.MaxLen)
            val = str(fld.V)
            x0, y0, x1, y1 = [float(v) for v in fld.Rect]
            cell = (x1 - x0) / n
            old = fld.AP.N.read_bytes().decode("latin-1")
            m = re.search(r"/(\w+) ([\d.]+) Tf", old)
            font, size = m.group(1), float(m.group(2))
            parts = [f"/Tx BMC q BT /{font} {size:g} Tf 0.1 0.1 0.1 rg"]
            for i, ch in enumerate(val):
                esc = ch.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
                x = i * cell + (cell - 0.6 * size) / 2
                parts.append(f"1 0 0 1 {x:.2f} {(y1 - y0 - size * 0.62) / 2:.2f} Tm ({esc}) Tj")
            parts.append("ET Q EMC")
            fld.AP.N.write(" ".join(parts).encode("cp1252"))
        out = io.BytesIO()
        doc.save(out, deterministic_id=True)
    return out.getvalue()


def render(v: dict, run: str, mode: str, rng: random.Random, hand_font="Hand1", caps=None) -> bytes:
    """Both pages of the filled form as a PDF (pages in order)."""
    c, buf = new_canvas()
    c.setTitle("S1106 - Demande d'ouverture des droits à l'assurance maladie")
    c.setStrokeColorRGB(0, 0, 0)
    f = Filler(c, mode, rng, hand_font, caps=caps)
    page1(c, f, v, run)
    c.showPage()
    page2(c, f, v, run)
    c.showPage()
    pdf = finish(c, buf)
    return _fix_combs(pdf) if mode == "acroform" else pdf
