"""The application form "Demande d'ouverture des droits à l'assurance maladie" (cerfa
15763*02, S1106), drawn from the public description in briefs/form.md, in two print runs
("A": blue section bars, labels above fields; "B": ruled headings, labels beside fields),
filled by hand, typed, or as a fillable PDF (AcroForm)."""

from __future__ import annotations

import io

from reportlab.lib.colors import Color, black, white
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from ca_util import INK_BLUE, hand, hand_comb, place, register_fonts, signature, tick

BLUE = Color(0.0, 0.30, 0.58)
GREY = Color(0.45, 0.45, 0.45)
LIGHT = Color(0.86, 0.91, 0.98)


class Filler:
    """Writes values into the form according to the fill way."""

    def __init__(self, c, way, rng, d):
        self.c, self.way, self.rng, self.d = c, way, rng, d
        self.font = d.get("hand_font", "h_dkg")
        self.ink = d.get("ink", INK_BLUE)
        self.n = 0

    def _name(self, base):
        self.n += 1
        return f"topmostSubform[0].Page{self.d['_page']}[0].{base}[0]"

    def comb(self, name, x, y, cell, h, n, text, gap=0.0):
        text = (text or "")[:n]
        c = self.c
        if self.way == "acroform":
            c.acroForm.textfield(
                name=self._name(name),
                x=x,
                y=y,
                width=cell * n,
                height=h,
                value=text,
                maxlen=n,
                fieldFlags="comb",
                borderWidth=0,
                fillColor=LIGHT,
                textColor=black,
                fontName="Helvetica",
                fontSize=h * 0.62,
            )
        elif self.way == "typed":
            c.setFont("sans", h * 0.62)
            c.setFillColor(black)
            for i, ch in enumerate(text):
                c.drawCentredString(x + i * (cell + gap) + cell / 2, y + h * 0.25, ch)
        elif text:
            hand_comb(
                c, x, y + h * 0.2, cell, text.upper(), self.rng, self.font, h * 0.64, self.ink, gap
            )

    def line(self, name, x, y, w, text, size=10.5):
        c = self.c
        if self.way == "acroform":
            c.acroForm.textfield(
                name=self._name(name),
                x=x,
                y=y - 3,
                width=w,
                height=size * 1.5,
                value=text or "",
                borderWidth=0,
                fillColor=LIGHT,
                textColor=black,
                fontName="Helvetica",
                fontSize=size,
            )
        elif not text:
            return
        elif self.way == "typed":
            c.setFont("sans", size)
            c.setFillColor(black)
            c.drawString(x + 3, y + 1.5, text)
        else:
            hand(
                c,
                x + 4 + self.rng.uniform(0, 8),
                y + 2,
                text,
                self.rng,
                self.font,
                size * 1.25,
                self.ink,
            )

    def check(self, name, x, y, size, on):
        if self.way == "acroform":
            self.c.acroForm.checkbox(
                name=self._name(name),
                x=x,
                y=y,
                size=size,
                checked=bool(on),
                buttonStyle="cross",
                borderWidth=0.6,
                fillColor=LIGHT,
                textColor=black,
            )
        elif on and self.way == "typed":
            self.c.setFont("sansB", size)
            self.c.drawCentredString(x + size / 2, y + size * 0.15, "X")
        elif on:
            tick(self.c, x, y, size, self.rng, self.ink, cross=self.d.get("cross", False))

    def date_le(self, name, x, y, w, text):
        """The date written after 'le' (by hand on a typed form when d['hand_date'])."""
        way = self.way
        if way == "typed" and self.d.get("hand_date"):
            self.way = "hand"
        self.line(name, x, y, w, text)
        self.way = way

    def sign(self, x, y, w, h):
        if self.d.get("signed"):
            img = signature(self.d["signature_text"], self.rng, font=self.d.get("sig_font"))
            iw = min(w * 0.8, h * 0.85 * img.width / img.height)
            place(self.c, img, x + (w - iw) / 2 + self.rng.uniform(-15, 15), y + h * 0.08, w=iw)


def _header1(c, run):
    c.setFillColor(BLUE)
    if run == "A":
        c.roundRect(40, 786, 30, 30, 6, stroke=0, fill=1)
        c.setFillColor(white)
        c.setFont("sansB", 15)
        c.drawCentredString(55, 795, "AM")
        c.setFillColor(BLUE)
        c.setFont("sans", 10)
        c.drawString(76, 806, "l'Assurance")
        c.setFont("sansB", 14)
        c.drawString(76, 791, "Maladie")
    else:
        c.setFont("lato", 11)
        c.drawString(40, 808, "l'Assurance")
        c.setFont("latoB", 17)
        c.drawString(40, 790, "Maladie")
        c.setStrokeColor(BLUE)
        c.setLineWidth(2)
        c.arc(105, 782, 135, 812, 200, 120)
    c.setFillColor(black)
    c.setStrokeColor(black)
    c.setLineWidth(0.8)
    c.rect(468, 788, 88, 30)
    c.setFont("serifB" if run == "A" else "latoB", 14)
    c.drawString(474, 802, "cerfa")
    c.setFont("sans", 8)
    c.drawString(474, 792, "N° 15763*02")


def _section(c, run, y, letter, title):
    if run == "A":
        c.setFillColor(BLUE)
        c.rect(40, y - 4, 515, 16, stroke=0, fill=1)
        c.setFillColor(white)
        c.setFont("sansB", 10.5)
        c.drawString(46, y + 0.5, f"{letter}   {title}")
    else:
        x = 40
        if letter:
            c.setFillColor(BLUE)
            c.circle(49, y + 4, 8, stroke=0, fill=1)
            c.setFillColor(white)
            c.setFont("latoB", 10)
            c.drawCentredString(49, y + 0.5, letter)
            x = 62
        c.setFillColor(BLUE)
        c.setFont("latoB", 12)
        c.drawString(x, y, title)
        c.setStrokeColor(BLUE)
        c.setLineWidth(1)
        c.line(x, y - 4, 555, y - 4)
    c.setFillColor(black)
    c.setStrokeColor(black)


def _combs(c, x, y, cell, h, n, gap=0.0):
    c.setLineWidth(0.5)
    for i in range(n):
        c.rect(x + i * (cell + gap), y, cell, h)


def _lbl(c, run, x, y, text, size=8.5):
    c.setFont("sans" if run == "A" else "lato", size)
    c.drawString(x, y, text)


def _uline(c, run, x, y, w):
    c.setLineWidth(0.5)
    if run == "A":
        c.setDash(1, 2)
    c.line(x, y, x + w, y)
    c.setDash()


def _box(c, x, y, s, label, run):
    c.setLineWidth(0.7)
    c.rect(x, y, s, s)
    _lbl(c, run, x + s + 4, y + 1, label)


def page1(c, run, f, d):
    d["_page"] = 1
    _header1(c, run)
    c.setFont("sansB" if run == "A" else "latoB", 15)
    c.drawString(40, 762, "Demande d'ouverture des droits à l'assurance maladie")
    c.setFont("sans" if run == "A" else "lato", 11)
    c.drawString(40, 746, "Protection universelle maladie (PUMa)")
    c.setFont("sans" if run == "A" else "lato", 7)
    notice = [
        "Vous travaillez ou vous résidez en France de manière stable et régulière depuis plus de trois mois : vous pouvez "
        "bénéficier de la prise en charge",
        "de vos frais de santé. Complétez ce formulaire, signez-le et adressez-le à la caisse d'assurance maladie de votre lieu "
        "de résidence avec les",
        "pièces justificatives listées en page 2. Écrivez en lettres capitales, une lettre par case.",
    ]
    for i, t in enumerate(notice):
        c.drawString(40, 730 - i * 9, t)
    c.setFont("sansI" if run == "A" else "lato", 6.5)
    c.drawString(
        40,
        700,
        "Articles L. 160-1, L. 160-5, L. 160-7, L. 161-2, R. 111-2, R. 111-3 et D. 160-2 du code de la sécurité sociale.",
    )
    _section(c, run, 680, "A", "VOUS")
    cell, h = (14.0, 16.0) if run == "A" else (12.5, 15.0)
    if run == "A":
        rows = [
            ("Nom de naissance", "surname", 664),
            ("Nom d'usage (facultatif)", "usage", 628),
            ("Prénom(s)", "given", 592),
        ]
        for label, key, y in rows:
            _lbl(c, run, 40, y, label)
            _combs(c, 40, y - 20, cell, h, 30)
            f.comb(key, 40, y - 20, cell, h, 30, d.get(key))
    else:
        rows = [
            ("Nom de naissance", "surname", 650),
            ("Nom d'usage (facultatif)", "usage", 622),
            ("Prénom(s)", "given", 594),
        ]
        for label, key, y in rows:
            _lbl(c, run, 40, y + 4, label)
            _combs(c, 150, y, cell, h, 32)
            f.comb(key, 150, y, cell, h, 32, d.get(key))
    y = 548 if run == "A" else 562
    _lbl(c, run, 40, y + 3, "Sexe :")
    _box(c, 76, y + 1, 10, "F", run)
    _box(c, 106, y + 1, 10, "M", run)
    f.check("SexeF", 76, y + 1, 10, d["sex"] == "F")
    f.check("SexeM", 106, y + 1, 10, d["sex"] == "M")
    _lbl(c, run, 170, y + 3, "Date de naissance")
    dx = 250
    dob = d["dob"]
    for part, n, lab in (
        (f"{dob.day:02d}", 2, "JJ"),
        (f"{dob.month:02d}", 2, "MM"),
        (str(dob.year), 4, "AAAA"),
    ):
        _combs(c, dx, y - 2, cell, h, n)
        c.setFont("sans", 5.5)
        c.setFillColor(GREY)
        c.drawString(dx, y - 9, lab)
        c.setFillColor(black)
        f.comb("DateNaissance" + lab, dx, y - 2, cell, h, n, part)
        dx += n * cell + 8
    y -= 30
    _lbl(c, run, 40, y, "Lieu de naissance :   commune")
    _uline(c, run, 160, y - 2, 200)
    f.line("LieuNaissanceCommune", 160, y - 2, 200, d["birth_city"])
    _lbl(c, run, 368, y, "pays")
    _uline(c, run, 392, y - 2, 163)
    f.line("LieuNaissancePays", 392, y - 2, 163, d["birth_country"])
    y -= 24
    _lbl(c, run, 40, y, "Nationalité")
    _uline(c, run, 92, y - 2, 200)
    f.line("Nationalite", 92, y - 2, 200, d["nationality"])
    y -= 26
    _lbl(c, run, 40, y + 4, "N° de sécurité sociale (si vous en avez un)")
    nx = 220
    _combs(c, nx, y, cell * 0.9, h, 13)
    _combs(c, nx + 13 * cell * 0.9 + 10, y, cell * 0.9, h, 2)
    nir = d.get("nir") or ""
    f.comb("NIR", nx, y, cell * 0.9, h, 13, nir[:13])
    f.comb("CleNIR", nx + 13 * cell * 0.9 + 10, y, cell * 0.9, h, 2, nir[13:])
    y -= 22
    _lbl(c, run, 40, y, "N° d'allocataire CAF (facultatif)")
    _uline(c, run, 175, y - 2, 120)
    f.line("NumAllocataire", 175, y - 2, 120, "")
    y -= 24
    _lbl(c, run, 40, y, "Adresse")
    _uline(c, run, 80, y - 2, 475)
    f.line("Adresse1", 80, y - 2, 475, d["addr1"])
    y -= 20
    _uline(c, run, 80, y - 2, 475)
    f.line("Adresse2", 80, y - 2, 475, d.get("addr2", ""))
    y -= 26
    _lbl(c, run, 40, y + 4, "Code postal")
    _combs(c, 95, y, cell, h, 5)
    f.comb("CodePostal", 95, y, cell, h, 5, d["postcode"])
    _lbl(c, run, 180, y + 4, "Commune")
    _uline(c, run, 222, y + 2, 333)
    f.line("Commune", 222, y + 2, 333, d["city"])
    y -= 26
    _lbl(c, run, 40, y + 4, "Téléphone")
    _combs(c, 95, y, cell * 0.9, h, 10)
    f.comb("Telephone", 95, y, cell * 0.9, h, 10, d["phone"])
    _lbl(c, run, 250, y + 4, "E-mail")
    _uline(c, run, 282, y + 2, 273)
    f.line("Courriel", 282, y + 2, 273, d.get("email", ""), size=9.5)
    y -= 34
    _section(c, run, y, "B", "VOTRE SITUATION")
    y -= 22
    _lbl(c, run, 40, y, "Vous êtes (cochez la case correspondant à votre situation) :")
    sit = d["situation"]
    y -= 18
    _box(c, 40, y, 10, "salarié(e) en France", run)
    f.check("Salarie", 40, y, 10, sit == "salarie")
    y -= 16
    _lbl(c, run, 58, y + 1, "type de contrat :")
    cx = 130
    for lab in ("CDI", "CDD", "intérim", "apprentissage", "autre"):
        _box(c, cx, y, 9, lab, run)
        f.check("Contrat" + lab[:3], cx, y, 9, sit == "salarie" and d.get("contract") == lab)
        cx += 22 + len(lab) * 5.2
    y -= 18
    _lbl(c, run, 58, y, "emploi occupé :")
    _uline(c, run, 125, y - 2, 300)
    f.line("Emploi", 125, y - 2, 300, d.get("job", "") if sit == "salarie" else "")
    options = [
        ("independant", "travailleur(se) indépendant(e) ou non salarié(e)"),
        ("demandeur_emploi", "demandeur(se) d'emploi inscrit(e) à France Travail"),
        ("etudiant", "étudiant(e)"),
        (
            "sans_activite",
            "sans activité professionnelle et résidant en France de manière stable et régulière "
            "depuis plus de trois mois",
        ),
        ("autre", "autre situation, précisez :"),
    ]
    for key, lab in options:
        y -= 18
        _box(c, 40, y, 10, lab, run)
        f.check("Situation" + key[:6], 40, y, 10, sit == key)
    _uline(c, run, 175, y - 1, 380)
    f.line("AutreSituation", 175, y - 1, 380, d.get("other", "") if sit == "autre" else "")
    c.setFont("sans" if run == "A" else "lato", 6.5)
    c.setFillColor(GREY)
    info = [
        "Les informations recueillies font l'objet d'un traitement informatique destiné à l'ouverture de vos droits. "
        "Conformément au règlement",
        "(UE) 2016/679 et à la loi n° 78-17 du 6 janvier 1978 modifiée, vous disposez d'un droit d'accès et de rectification "
        "auprès de votre caisse.",
    ]
    for i, t in enumerate(info):
        c.drawString(40, 72 - i * 8, t)
    c.setFillColor(black)
    c.setFont("sans" if run == "A" else "lato", 7)
    c.drawRightString(555, 34, "S1106 — cerfa n° 15763*02 — page 1/2")
    c.drawString(40, 34, "ameli.fr")


def page2(c, run, f, d):
    d["_page"] = 2
    c.setFont("sansI" if run == "A" else "lato", 8)
    c.setFillColor(GREY)
    c.drawString(40, 812, "Demande d'ouverture des droits à l'assurance maladie (suite)")
    c.setFillColor(black)
    _section(c, run, 786, "C", "VOS ENGAGEMENTS ET SIGNATURE")
    c.setFont("sans" if run == "A" else "lato", 8.5)
    txt = [
        "Je certifie sur l'honneur l'exactitude des renseignements portés sur ce formulaire.",
        "Je m'engage à signaler à ma caisse d'assurance maladie tout changement dans ma situation (adresse, activité, "
        "résidence).",
        "La loi punit quiconque se rend coupable de fraudes ou de fausses déclarations (articles 313-1 à 313-3, 433-19, "
        "441-1 et 441-7",
        "du code pénal ; article L. 114-13 du code de la sécurité sociale).",
    ]
    for i, t in enumerate(txt):
        c.drawString(40, 762 - i * 12, t)
    y = 700
    _lbl(c, run, 40, y, "Fait à", 9.5)
    _uline(c, run, 70, y - 2, 170)
    f.line("FaitA", 70, y - 2, 170, d["place"])
    _lbl(c, run, 250, y, "le", 9.5)
    if run == "A":
        _uline(c, run, 264, y - 2, 120)
        f.date_le("Date", 264, y - 2, 120, d["date_text"])
    else:
        _uline(c, run, 264, y - 2, 130)
        f.date_le("Date", 264, y - 2, 130, d["date_text"])
    bx, by, bw, bh = 300, 590, 255, 90
    c.setLineWidth(0.8)
    c.rect(bx, by, bw, bh)
    if run == "A":
        _lbl(c, run, bx, by + bh + 5, "Signature", 9)
    else:
        c.setFillColor(Color(0.75, 0.75, 0.75))
        c.setFont("lato", 16)
        c.drawCentredString(bx + bw / 2, by + bh / 2 - 5, "Signature")
        c.setFillColor(black)
    f.sign(bx, by, bw, bh)
    _section(c, run, 556, "", "PIÈCES JUSTIFICATIVES À JOINDRE À VOTRE DEMANDE")
    items = [
        "la photocopie d'une pièce d'identité : passeport (page avec la photographie) ou carte nationale d'identité ;",
        "si vous êtes ressortissant d'un pays hors de l'Union européenne : votre titre de séjour, votre visa long séjour "
        "valant titre",
        "   de séjour (VLS-TS) ou le récépissé de votre demande ;",
        "la photocopie de votre acte de naissance (copie intégrale ou extrait avec filiation), avec apostille ou "
        "légalisation si nécessaire ;",
        "un justificatif de résidence en France depuis plus de trois mois (bail, trois factures successives, "
        "ou attestation d'hébergement",
        "   accompagnée de la pièce d'identité et d'un justificatif de domicile de l'hébergeant) ;",
        "un relevé d'identité bancaire (RIB) à votre nom ;",
        "si vous êtes salarié(e) : votre contrat de travail ou votre dernier bulletin de salaire.",
    ]
    y = 534
    c.setFont("sans" if run == "A" else "lato", 8)
    for t in items:
        if not t.startswith("   "):
            c.circle(46, y + 2.5, 1.5, stroke=0, fill=1)
        c.drawString(54, y, t.strip())
        y -= 13
    y -= 14
    c.setLineWidth(0.6)
    c.setDash(3, 2)
    c.rect(40, y - 100, 515, 112)
    c.setDash()
    _lbl(c, run, 48, y, "Cadre réservé à l'organisme", 9)
    _lbl(c, run, 48, y - 22, "Date de réception : ____ / ____ / ________")
    _lbl(c, run, 48, y - 42, "Pièces vérifiées :")
    c.rect(120, y - 43, 8, 8)
    _lbl(c, run, 300, y - 22, "Matricule agent : ______________")
    _lbl(
        c,
        run,
        48,
        y - 62,
        "Observations : ____________________________________________________________",
    )
    c.setFont("sans" if run == "A" else "lato", 7)
    c.drawRightString(555, 34, "S1106 — cerfa n° 15763*02 — page 2/2")


def build(run, way, d, rng):
    """Returns the PDF bytes of the two pages."""
    register_fonts()
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4, invariant=1)
    c.setTitle("Demande d'ouverture des droits à l'assurance maladie - S1106")
    c.setAuthor("Assurance Maladie")
    f = Filler(c, way, rng, d)
    page1(c, run, f, d)
    c.showPage()
    page2(c, run, f, d)
    c.showPage()
    c.save()
    return buf.getvalue()
