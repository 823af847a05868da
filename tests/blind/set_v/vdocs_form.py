"""The PUMa application form (cerfa 15763*02, S1106): two print runs, three ways of filling."""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from vcore import HANDS, hand, hand_comb, signature_png, tick

SITUATIONS = [
    ("salarie", "Vous exercez une activité salariée en France"),
    ("independant", "Vous exercez une activité non salariée (travailleur indépendant)"),
    ("demandeur_emploi", "Vous êtes demandeur d'emploi inscrit à France Travail"),
    ("etudiant", "Vous êtes étudiant(e)"),
    ("sans_activite", "Vous êtes sans activité professionnelle et résidez en France de manière"),
    ("autre", "Autre situation, précisez :"),
]
PIECES = [
    "une pièce d'identité (passeport, carte nationale d'identité) ;",
    "votre titre de séjour, VLS-TS ou récépissé de demande (si vous êtes ressortissant d'un",
    "   État hors UE/EEE/Suisse) ;",
    "un acte de naissance complet (avec apostille ou légalisation s'il a été établi à l'étranger) ;",
    "un justificatif de résidence en France depuis plus de 3 mois (bail, 3 factures successives,",
    "   attestation d'hébergement accompagnée des justificatifs de l'hébergeant) ;",
    "un relevé d'identité bancaire (RIB) à votre nom ;",
    "si vous travaillez : votre contrat de travail ou votre dernier bulletin de salaire.",
]


class _Filler:
    """Writes values in the chosen fill way (hand, typed, acroform)."""

    def __init__(self, c, f, rng):
        self.c, self.f, self.rng = c, f, rng
        self.font = f.get("hand_font") or rng.choice(HANDS)
        self.ink = f.get("ink")
        self.n = 0

    def text(self, name, x, y, w, value, size=11):
        if not value:
            return
        way = self.f["fill"]
        c = self.c
        if way == "hand":
            hand(c, x + 2, y + 2, value, self.rng, self.font, size + 1.5, self.ink)
        elif way == "typed":
            c.setFont("sans", 10)
            c.setFillColorRGB(0, 0, 0)
            c.drawString(x + 2, y + 3, value)
        else:
            c.acroForm.textfield(
                name=name,
                value=value,
                x=x,
                y=y,
                width=w,
                height=14,
                borderWidth=0,
                fillColor=None,
                fontName="Helvetica",
                fontSize=10,
                forceBorder=False,
            )

    def comb(self, name, x, y, cell, value):
        way = self.f["fill"]
        if way == "hand":
            hand_comb(self.c, x, y + 3, value, cell, self.rng, self.font, 12, self.ink)
        elif way == "typed":
            self.c.setFont("mono", 11)
            self.c.setFillColorRGB(0, 0, 0)
            for i, ch in enumerate(value):
                self.c.drawCentredString(x + i * cell + cell / 2, y + 3.5, ch)
        else:
            self.c.acroForm.textfield(
                name=name,
                value=value,
                x=x,
                y=y,
                width=cell * len(value),
                height=14,
                borderWidth=0,
                fillColor=None,
                fontName="Courier",
                fontSize=11,
                maxlen=len(value),
            )

    def check(self, name, x, y, s, on):
        way = self.f["fill"]
        if way == "acro":
            self.c.acroForm.checkbox(
                name=name,
                x=x,
                y=y,
                size=s,
                checked=on,
                buttonStyle="cross",
                borderWidth=0,
                fillColor=None,
            )
        elif on:
            if way == "hand":
                tick(self.c, x, y, s, self.rng, self.ink)
            else:
                self.c.setFont("sans-b", s)
                self.c.drawString(x + 1.5, y + 1.5, "X")


def _bar(c, W, y, title, run):
    if run == 0:
        c.setFillColorRGB(0.0, 0.27, 0.55)
        c.rect(15 * mm, y - 1.5 * mm, W - 30 * mm, 6.5 * mm, stroke=0, fill=1)
        c.setFillColorRGB(1, 1, 1)
        c.setFont("sans-b", 10)
        c.drawString(18 * mm, y, title)
    else:
        c.setFillColorRGB(0.0, 0.27, 0.55)
        c.setFont("dejavu-b", 11)
        c.drawString(15 * mm, y, title)
        c.setStrokeColorRGB(0.0, 0.27, 0.55)
        c.setLineWidth(1.2)
        c.line(15 * mm, y - 2 * mm, W - 15 * mm, y - 2 * mm)
    c.setFillColorRGB(0, 0, 0)


def _label(c, x, y, text, run):
    c.setFont("sans" if run == 0 else "dejavu", 8.5 if run == 0 else 8)
    c.setFillColorRGB(0.1, 0.1, 0.1)
    c.drawString(x, y, text)


def _field(c, x, y, w, run):
    c.setStrokeColorRGB(0.45, 0.45, 0.5)
    c.setLineWidth(0.5)
    if run == 0:
        c.rect(x, y, w, 14)
    else:
        c.setDash(1, 2)
        c.line(x, y + 1, x + w, y + 1)
        c.setDash()


def _combs(c, x, y, n, cell, groups=()):
    c.setStrokeColorRGB(0.45, 0.45, 0.5)
    c.setLineWidth(0.5)
    gx = x
    for i in range(n):
        if i in groups:
            gx += cell * 0.6
        c.rect(gx, y, cell, 14)
        gx += cell
    return gx


def page1(c, W, H, f, rng):
    run = f.get("run", 0)
    fl = _Filler(c, f, rng)
    c.setFillColorRGB(0.0, 0.27, 0.55)
    c.setFont("sans-b", 13)
    c.drawString(15 * mm, H - 18 * mm, "l'Assurance")
    c.drawString(15 * mm, H - 23.5 * mm, "Maladie")
    c.setFillColorRGB(0, 0, 0)
    c.setFont("sans-b", 12.5 if run == 0 else 12)
    c.drawString(52 * mm, H - 18 * mm, "Demande d'ouverture des droits à l'assurance maladie")
    c.setFont("sans", 10)
    c.drawString(52 * mm, H - 24 * mm, "Protection universelle maladie (PUMa)")
    c.rect(W - 40 * mm, H - 30 * mm, 25 * mm, 14 * mm)
    c.setFont("sans-b", 8)
    c.drawCentredString(W - 27.5 * mm, H - 21 * mm, "cerfa")
    c.setFont("sans", 8)
    c.drawCentredString(W - 27.5 * mm, H - 26 * mm, "N° 15763*02")
    c.setFont("sans", 6.5)
    notice = [
        "Articles L. 160-1, L. 160-5, L. 160-6, L. 160-7, R. 111-3 et D. 160-2 du code de la "
        "sécurité sociale.",
        "Remplissez ce formulaire si vous résidez en France de manière stable et régulière "
        "et n'êtes pas encore affilié(e).",
        "Les informations recueillies sont nécessaires au traitement de votre demande "
        "(loi 78-17 du 6 janvier 1978 modifiée).",
    ]
    for i, ln in enumerate(notice):
        c.drawString(15 * mm, H - (36 + 3 * i) * mm, ln)
    y = H - 52 * mm
    _bar(c, W, y, "A  VOUS", run)
    y -= 12 * mm if run == 0 else 16 * mm
    x1, wv = 15 * mm, 120 * mm
    lx = 62 * mm if run == 0 else 15 * mm
    rows = [
        ("Nom de naissance", "nom_naissance", f["surname"]),
        ("Nom d'usage (facultatif)", "nom_usage", f.get("usage") or ""),
        ("Prénom(s)", "prenoms", f["given"]),
    ]
    for lab, name, val in rows:
        if run == 0:
            _label(c, x1, y + 4, lab, run)
            _field(c, lx, y, wv, run)
            fl.text(name, lx, y, wv, val)
            y -= 9 * mm
        else:
            _label(c, x1, y + 20, lab, run)
            _field(c, x1, y, 170 * mm, run)
            fl.text(name, x1, y, 170 * mm, val)
            y -= 12 * mm
    _label(c, x1, y + 4, "Sexe :", run)
    for i, sx in enumerate(("F", "M")):
        bx = x1 + (20 + 14 * i) * mm
        c.rect(bx, y + 2, 9, 9)
        _label(c, bx + 13, y + 4, sx, run)
        fl.check(f"sexe_{sx}", bx, y + 2, 9, f["sex"] == sx)
    _label(c, x1 + 55 * mm, y + 4, "Date de naissance", run)
    cell = 13
    bx0 = x1 + 85 * mm
    _combs(c, bx0, y, 8, cell, groups=(2, 4))
    dob = f["dob"]
    ddmm = dob[8:10] + dob[5:7] + dob[0:4]
    fl.comb("jour_naissance", bx0, y, cell, ddmm[0:2])
    fl.comb("mois_naissance", bx0 + 2.6 * cell, y, cell, ddmm[2:4])
    fl.comb("annee_naissance", bx0 + 5.2 * cell, y, cell, ddmm[4:8])
    y -= 10 * mm
    for lab, name, val in [
        ("Lieu de naissance (commune, pays)", "lieu_naissance", f["pob"]),
        ("Nationalité", "nationalite", f["nationality"]),
    ]:
        _label(c, x1, y + 4, lab, run)
        _field(c, x1 + 55 * mm, y, 125 * mm, run)
        fl.text(name, x1 + 55 * mm, y, 125 * mm, val)
        y -= 9 * mm
    _label(c, x1, y + 4, "N° de sécurité sociale (si vous en avez un)", run)
    gx = _combs(c, x1 + 65 * mm, y, 13, 11, groups=(1, 3, 5, 7, 10))
    _combs(c, gx + 10, y, 2, 11)
    y -= 10 * mm
    _label(c, x1, y + 4, "N° d'allocataire CAF (facultatif)", run)
    _field(c, x1 + 55 * mm, y, 60 * mm, run)
    y -= 10 * mm
    for lab, name, val, w in [
        ("Adresse", "adresse", f["address"], 125 * mm),
        ("Code postal", "code_postal", f["cp"], 30 * mm),
        ("Commune", "commune", f["city"], 90 * mm),
        ("Téléphone", "telephone", f.get("phone", ""), 55 * mm),
        ("Adresse e-mail", "email", f.get("email", ""), 100 * mm),
    ]:
        _label(c, x1, y + 4, lab, run)
        _field(c, x1 + 55 * mm, y, w, run)
        fl.text(name, x1 + 55 * mm, y, w, val)
        y -= 9 * mm
    y -= 4 * mm
    _bar(c, W, y, "B  VOTRE SITUATION", run)
    y -= 10 * mm
    _label(c, x1, y, "Cochez la case correspondant à votre situation actuelle :", run)
    y -= 8 * mm
    for key, text in SITUATIONS:
        c.setStrokeColorRGB(0.2, 0.2, 0.3)
        c.rect(x1, y - 1, 9, 9)
        _label(c, x1 + 14, y + 1, text, run)
        fl.check(f"situation_{key}", x1, y - 1, 9, key in f["situation"].split("+"))
        if key == "salarie":
            y -= 7 * mm
            _label(c, x1 + 14, y + 1, "Emploi occupé :", run)
            _field(c, x1 + 40 * mm, y - 2, 60 * mm, run)
            fl.text("emploi", x1 + 40 * mm, y - 2, 60 * mm, f.get("job", ""))
            _label(c, x1 + 105 * mm, y + 1, "Contrat :", run)
            for i, ct in enumerate(("CDI", "CDD", "Intérim")):
                bx = x1 + (120 + 18 * i) * mm
                c.rect(bx, y - 1, 8, 8)
                _label(c, bx + 11, y + 1, ct, run)
                fl.check(f"contrat_{ct}", bx, y - 1, 8, f.get("contract") == ct)
        if key == "sans_activite":
            y -= 4 * mm
            _label(c, x1 + 14, y + 1, "stable et régulière depuis plus de 3 mois", run)
        if key == "autre":
            _field(c, x1 + 60 * mm, y - 2, 110 * mm, run)
            fl.text("autre_precision", x1 + 60 * mm, y - 2, 110 * mm, f.get("other_text", ""))
        y -= 8 * mm
    c.setFont("sans", 7)
    c.setFillColorRGB(0.3, 0.3, 0.3)
    c.drawString(15 * mm, 10 * mm, "S1106 — cerfa n° 15763*02 — page 1/2")


def page2(c, W, H, f, rng):
    run = f.get("run", 0)
    fl = _Filler(c, f, rng)
    fl.font = f.get("hand_font") or fl.font
    x1 = 15 * mm
    y = H - 25 * mm
    _bar(c, W, y, "C  VOS ENGAGEMENTS ET SIGNATURE", run)
    y -= 12 * mm
    for ln in [
        "Je certifie sur l'honneur l'exactitude des renseignements portés sur ce formulaire.",
        "Je m'engage à signaler à ma caisse d'assurance maladie tout changement dans ma situation.",
        "La loi punit quiconque se rend coupable de fraudes ou de fausses déclarations "
        "(art. 313-1 du code pénal).",
    ]:
        _label(c, x1, y, ln, run)
        y -= 5.5 * mm
    y -= 6 * mm
    _label(c, x1, y + 4, "Fait à", run)
    _field(c, x1 + 12 * mm, y, 60 * mm, run)
    fl.text("fait_a", x1 + 12 * mm, y, 60 * mm, f.get("place", ""))
    _label(c, x1 + 80 * mm, y + 4, "le", run)
    _field(c, x1 + 86 * mm, y, 50 * mm, run)
    date_way = f.get("date_way", f["fill"])
    if f.get("date_text"):
        if date_way == "hand":
            hand(c, x1 + 88 * mm, y + 2, f["date_text"], rng, fl.font, 13, fl.ink)
        else:
            fl.text("date_signature", x1 + 86 * mm, y, 50 * mm, f["date_text"])
    y -= 12 * mm
    bw, bh = 80 * mm, 32 * mm
    bx, by = W - 15 * mm - bw, y - bh
    c.setStrokeColorRGB(0.1, 0.1, 0.2)
    c.setLineWidth(0.8)
    c.rect(bx, by, bw, bh)
    if run == 0:
        _label(c, bx, by + bh + 3, "Signature", run)
    else:
        c.setFont("sans", 16)
        c.setFillColorRGB(0.82, 0.82, 0.85)
        c.drawCentredString(bx + bw / 2, by + bh / 2 - 5, "Signature")
    if f.get("signed"):
        img = signature_png(f["given"].split()[0] + " " + f["surname"], rng, fl.ink)
        c.drawImage(
            ImageReader(img), bx + 4 * mm, by + 3 * mm, bw - 8 * mm, bh - 6 * mm, mask="auto"
        )
    y = by - 14 * mm
    _bar(c, W, y, "PIÈCES JUSTIFICATIVES À JOINDRE À VOTRE DEMANDE", run)
    y -= 10 * mm
    for ln in PIECES:
        _label(
            c, x1 + (0 if ln.startswith("   ") else 0), y, ("" if ln[0] == " " else "• ") + ln, run
        )
        y -= 5.5 * mm
    y -= 8 * mm
    c.setStrokeColorRGB(0.4, 0.4, 0.4)
    c.setFillColorRGB(0.94, 0.94, 0.94)
    c.rect(x1, y - 30 * mm, W - 30 * mm, 30 * mm, stroke=1, fill=1)
    c.setFillColorRGB(0.2, 0.2, 0.2)
    c.setFont("sans-b", 8.5)
    c.drawString(x1 + 3 * mm, y - 6 * mm, "Cadre réservé à l'organisme")
    c.setFont("sans", 8)
    c.drawString(x1 + 3 * mm, y - 13 * mm, "Date de réception : ....../....../..........")
    c.drawString(x1 + 3 * mm, y - 20 * mm, "Pièces vérifiées :  □ oui   □ non")
    c.drawString(x1 + 3 * mm, y - 27 * mm, "Matricule agent : ..................")
    c.setFont("sans", 7)
    c.setFillColorRGB(0.3, 0.3, 0.3)
    c.drawString(15 * mm, 10 * mm, "S1106 — cerfa n° 15763*02 — page 2/2")


def form_pages(c, W, H, f, rng):
    page1(c, W, H, f, rng)
    c.showPage()
    page2(c, W, H, f, rng)
