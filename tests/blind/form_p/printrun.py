"""Three "print runs" of the cerfa 15763*02 (S1106), drawn with reportlab.

Every run records where each value goes (points, origin top-left) so that the fill
ways (hand, typed, AcroForm) can put values into the right boxes.
"""

from __future__ import annotations

import io
from dataclasses import dataclass, field

from reportlab.lib.colors import Color, black, white
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

W, H = 595.28, 841.89
_FONTS = {
    "LibSans": "/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf",
    "LibSans-B": "/usr/share/fonts/truetype/liberation/LiberationSans-Bold.ttf",
    "LibSerif": "/usr/share/fonts/truetype/liberation/LiberationSerif-Regular.ttf",
    "LibSerif-B": "/usr/share/fonts/truetype/liberation/LiberationSerif-Bold.ttf",
    "Carlito": "/usr/share/fonts/truetype/crosextra/Carlito-Regular.ttf",
    "Carlito-B": "/usr/share/fonts/truetype/crosextra/Carlito-Bold.ttf",
    "RobCond": "/usr/share/fonts/truetype/roboto/unhinted/RobotoCondensed-Regular.ttf",
    "RobCond-B": "/usr/share/fonts/truetype/roboto/unhinted/RobotoCondensed-Bold.ttf",
}
for _n, _p in _FONTS.items():
    pdfmetrics.registerFont(TTFont(_n, _p))

AM_BLUE = Color(0.0, 0.27, 0.55)
GREY = Color(0.55, 0.55, 0.55)
LIGHT = Color(0.88, 0.9, 0.93)


@dataclass
class Field:
    name: str
    page: int
    kind: str  # text | comb | tick | sig
    x: float
    y: float  # top, points from the top of the page
    w: float
    h: float
    boxes: list = field(default_factory=list)  # comb cells (x, y, w, h)


@dataclass
class Style:
    run: str
    font: str
    bold: str
    label_pos: str  # beside | above | inside
    field_style: str  # line | dotted | box
    section: str  # bar | underline | band
    name_comb: bool
    comb_w: float
    sig_label: str  # inside_grey | above | inside_black
    label_size: float = 8.5


RUNS = {
    "R1": Style("R1", "LibSans", "LibSans-B", "beside", "line", "bar", True, 13.2, "inside_grey"),
    "R2": Style("R2", "LibSerif", "LibSerif-B", "above", "box", "underline", False, 14.5, "above"),
    "R3": Style(
        "R3", "Carlito", "Carlito-B", "inside", "dotted", "band", False, 12.4, "inside_black"
    ),
}

# AcroForm names as a fillable cerfa typically has them (XFA-derived "topmostSubform").
ACRO_NAMES = {
    "nom": "NomNaissance", "nom_usage": "NomUsage", "prenoms": "Prenoms", "sexe_F": "SexeF",
    "sexe_M": "SexeM", "dob": "DateNaissance", "lieu_commune": "LieuNaissCommune",
    "lieu_pays": "LieuNaissPays", "nationalite": "Nationalite", "nir": "NumSecu",
    "nir_cle": "CleSecu", "adresse": "Adresse", "cp": "CodePostal", "commune": "Commune",
    "tel": "Telephone", "email": "Courriel", "sit_salarie": "CaseSalarie", "ct_CDI": "CaseCDI",
    "ct_CDD": "CaseCDD", "ct_interim": "CaseInterim", "ct_autre": "CaseAutreContrat",
    "profession": "Profession", "sit_independant": "CaseIndependant",
    "sit_demandeur_emploi": "CaseDemandeurEmploi", "sit_etudiant": "CaseEtudiant",
    "sit_sans_activite": "CaseSansActivite", "sit_autre": "CaseAutre", "autre_txt": "AutrePrecisez",
    "fait_a": "FaitA", "le": "DateSignature",
}  # fmt: skip


class Sheet:
    def __init__(self, style: Style, acro: dict | None = None, field_fill=None):
        self.s = style
        self.buf = io.BytesIO()
        self.c = canvas.Canvas(self.buf, pagesize=(W, H), invariant=1)
        self.c.setTitle("Demande d'ouverture des droits à l'assurance maladie")
        self.c.setAuthor("Assurance Maladie")
        self.fields: dict[str, Field] = {}
        self.page = 1
        self.acro = acro  # values for AcroForm fields, or None for a blank print
        self.field_fill = field_fill
        self.x0, self.x1 = 42.0, W - 42.0

    # -- primitives (y = top-down) -------------------------------------------------
    def text(self, x, y, s, size=None, bold=False, color=black, font=None, align="l"):
        c = self.c
        f = font or (self.s.bold if bold else self.s.font)
        size = size or self.s.label_size
        c.setFont(f, size)
        c.setFillColor(color)
        if align == "c":
            c.drawCentredString(x, H - y, s)
        elif align == "r":
            c.drawRightString(x, H - y, s)
        else:
            c.drawString(x, H - y, s)
        c.setFillColor(black)
        return pdfmetrics.stringWidth(s, f, size)

    def rect(self, x, y, w, h, stroke=1, fill=0, lw=0.6, color=black, fillc=None, dash=None):
        c = self.c
        c.setLineWidth(lw)
        c.setStrokeColor(color)
        if fillc is not None:
            c.setFillColor(fillc)
        if dash:
            c.setDash(*dash)
        c.rect(x, H - y - h, w, h, stroke=stroke, fill=fill)
        c.setDash()
        c.setFillColor(black)
        c.setStrokeColor(black)

    def hline(self, x, y, w, dotted=False, lw=0.5):
        c = self.c
        c.setLineWidth(lw)
        if dotted:
            c.setDash(1, 2)
        c.line(x, H - y, x + w, H - y)
        c.setDash()

    def para(self, x, y, w, s, size=7.0, lead=None, bold=False, color=black):
        f = self.s.bold if bold else self.s.font
        lead = lead or size * 1.22
        words, line = s.split(), ""
        for wd in words:
            t = (line + " " + wd).strip()
            if pdfmetrics.stringWidth(t, f, size) > w:
                self.text(x, y, line, size, bold, color)
                y += lead
                line = wd
            else:
                line = t
        if line:
            self.text(x, y, line, size, bold, color)
            y += lead
        return y

    # -- fields ---------------------------------------------------------------------
    def _add(self, f: Field):
        self.fields[f.name] = f
        if self.acro is None or f.kind == "sig":
            return
        form = self.c.acroForm
        nm = "topmostSubform[0].Page%d[0].%s[0]" % (f.page, ACRO_NAMES[f.name])
        val = self.acro.get(f.name)
        fill = self.field_fill
        if f.kind == "tick":
            form.checkbox(
                name=nm, x=f.x, y=H - f.y - f.h, size=f.w, checked=bool(val),
                buttonStyle="cross", borderWidth=0, fillColor=fill or white,
                borderColor=black, textColor=black,
            )  # fmt: skip
            return
        kw = {}
        if f.kind == "comb":
            kw = {"maxlen": len(f.boxes), "fieldFlags": "comb"}
        h = f.h
        form.textfield(
            name=nm, tooltip=ACRO_NAMES[f.name], x=f.x, y=H - f.y - h, width=f.w, height=h,
            value=val or "", fontName="Helvetica", fontSize=9 if f.kind == "text" else 10,
            borderWidth=0, fillColor=fill, textColor=black, **kw,
        )  # fmt: skip

    def text_field(self, name, x, y, w, h=16):
        st = self.s.field_style
        if st == "line":
            self.hline(x, y + h, w)
        elif st == "dotted":
            self.hline(x, y + h, w, dotted=True, lw=0.7)
        else:
            self.rect(x, y, w, h, lw=0.5)
        self._add(Field(name, self.page, "text", x + 1, y + 1, w - 2, h - 2))

    def comb(self, name, x, y, n, bw=None, bh=None, seps=()):
        bw = bw or self.s.comb_w
        bh = bh or bw * 1.25
        boxes = []
        for i in range(n):
            self.rect(x + i * bw, y, bw, bh, lw=0.5)
            boxes.append((x + i * bw, y, bw, bh))
        for i in seps:
            self.c.setLineWidth(1.6)
            self.c.line(x + i * bw, H - y, x + i * bw, H - y - bh)
        self._add(Field(name, self.page, "comb", x, y, n * bw, bh, boxes))
        return n * bw

    def tick(self, name, x, y, s=8.5):
        self.rect(x, y, s, s, lw=0.7)
        self._add(Field(name, self.page, "tick", x, y, s, s))

    def labelled(self, label, name, x, y, w, kind="text", n=0, seps=(), lw=None):
        """A label and its field; returns the height used."""
        st = self.s
        if st.label_pos == "beside":
            tw = lw or self.c.stringWidth(label, st.font, st.label_size) + 6
            self.text(x, y + 11, label)
            if kind == "comb":
                self.comb(name, x + tw, y - 2, n, seps=seps)
            else:
                self.text_field(name, x + tw, y - 2, w - tw, 15)
            return 21
        if st.label_pos == "above":
            self.text(x, y + 7, label, size=st.label_size - 0.5)
            if kind == "comb":
                self.comb(name, x, y + 10, n, seps=seps)
                return 10 + st.comb_w * 1.25 + 8
            self.text_field(name, x, y + 10, w, 17)
            return 35
        # inside: a cell with its label in the top-left corner
        hh = 30
        self.rect(x, y, w, hh, lw=0.5)
        self.text(x + 3, y + 8, label, size=st.label_size - 1.5, color=Color(0.25, 0.25, 0.25))
        if kind == "comb":
            self.comb(name, x + 4, y + 11, n, bh=16, seps=seps)
        else:
            self._add(Field(name, self.page, "text", x + 3, y + 11, w - 6, 17))
        return hh

    def section(self, y, letter, title):
        st = self.s
        if st.section == "bar":
            self.rect(self.x0, y, self.x1 - self.x0, 16, stroke=0, fill=1, fillc=AM_BLUE)
            self.text(self.x0 + 6, y + 11.5, letter, 11, True, white)
            self.text(self.x0 + 22, y + 11.5, title, 10, True, white)
            return y + 24
        if st.section == "underline":
            self.text(self.x0, y + 12, letter + " - " + title, 11.5, True, AM_BLUE)
            self.c.setStrokeColor(AM_BLUE)
            self.hline(self.x0, y + 16, self.x1 - self.x0, lw=1.2)
            self.c.setStrokeColor(black)
            return y + 24
        self.rect(self.x0, y, self.x1 - self.x0, 15, stroke=0, fill=1, fillc=LIGHT)
        self.text(self.x0 + 5, y + 11, "%s. %s" % (letter, title), 10, True)
        return y + 20

    def new_page(self):
        self.c.showPage()
        self.page += 1

    def pdf(self) -> bytes:
        self.c.save()
        return self.buf.getvalue()


NOTICE = (
    "Vous résidez en France de manière stable et régulière ou vous y exercez une activité "
    "professionnelle : vous pouvez bénéficier de la prise en charge de vos frais de santé au "
    "titre de la protection universelle maladie. Complétez ce formulaire, signez-le et "
    "adressez-le à la caisse d'assurance maladie de votre lieu de résidence avec les pièces "
    "justificatives listées en page 2."
)
LEGAL = (
    "Articles L. 160-1, L. 160-5, L. 160-7, L. 200-1, R. 111-2, R. 111-3 et D. 160-1 à D. 160-4 "
    "du code de la sécurité sociale"
)
CERTIF = (
    "Je certifie sur l'honneur l'exactitude des renseignements portés sur ce formulaire et sur "
    "les pièces jointes. Je m'engage à signaler à ma caisse d'assurance maladie tout changement "
    "dans ma situation (adresse, activité, résidence)."
)
FRAUD = (
    "La loi rend passible d'amende et/ou d'emprisonnement quiconque se rend coupable de fraudes "
    "ou de fausses déclarations (articles 313-1, 313-3, 433-19, 441-1 et 441-7 du code pénal). "
    "En outre, l'inexactitude, le caractère incomplet des déclarations ou l'absence de "
    "déclaration d'un changement de situation peuvent faire l'objet d'une pénalité financière "
    "(article L. 114-17-1 du code de la sécurité sociale)."
)
PIECES = [
    "une photocopie de votre pièce d'identité en cours de validité (passeport ou, pour les "
    "ressortissants de l'UE/EEE/Suisse, carte nationale d'identité) ;",
    "si vous êtes de nationalité étrangère hors UE/EEE/Suisse : votre titre de séjour, votre visa "
    "long séjour valant titre de séjour (VLS-TS) ou votre récépissé de demande ;",
    "une copie intégrale ou un extrait de votre acte de naissance (apostillé ou légalisé, selon "
    "le pays de délivrance) ;",
    "un justificatif de résidence en France depuis plus de trois mois (bail, factures, attestation "
    "d'hébergement) ;",
    "un relevé d'identité bancaire (RIB) à votre nom ;",
    "si vous travaillez : votre contrat de travail ou votre dernier bulletin de salaire.",
]
CNIL = (
    "La loi n° 78-17 du 6 janvier 1978 modifiée relative à l'informatique, aux fichiers et aux "
    "libertés s'applique aux réponses faites sur ce formulaire. Elle garantit un droit d'accès et "
    "de rectification des données vous concernant auprès de votre organisme d'assurance maladie."
)


def _header(sh: Sheet):
    s = sh.s
    x0, x1 = sh.x0, sh.x1
    sh.text(x0, 48, "l'Assurance", 15, True, AM_BLUE)
    sh.text(x0, 64, "Maladie", 15, True, AM_BLUE)
    sh.text(x0, 75, "Agir ensemble, protéger chacun", 6.5, color=AM_BLUE)
    bx = x1 - 92
    sh.rect(bx, 30, 92, 34, lw=0.8)
    sh.text(bx + 46, 43, "cerfa", 12, True, align="c", font="LibSans-B")
    sh.text(bx + 46, 57, "N° 15763*02", 9, True, align="c")
    y = 100 if s.run != "R2" else 104
    sh.text(W / 2, y, "Demande d'ouverture des droits à l'assurance maladie", 14, True, align="c")
    sh.text(W / 2, y + 16, "Protection universelle maladie (PUMa)", 11, False, align="c")
    y = sh.para(x0, y + 30, x1 - x0, LEGAL, 6.5, color=GREY)
    y = sh.para(x0, y + 2, x1 - x0, NOTICE, 7.2)
    return y + 6


def _footer(sh: Sheet, page: int):
    sh.text(W / 2, H - 22, "S1106 — cerfa n° 15763*02 — page %d/2" % page, 7, align="c", color=GREY)


def draw_form(style: Style, acro: dict | None = None, field_fill=None):
    """Draw the two-page form. Returns (pdf bytes, fields, sheet)."""
    sh = Sheet(style, acro, field_fill)
    x0, x1 = sh.x0, sh.x1
    full = x1 - x0
    st = style
    y = _header(sh)
    y = sh.section(y, "A", "VOUS")
    name_kind = "comb" if st.name_comb else "text"
    lw = 118 if st.label_pos == "beside" else None
    for lab, nm in (
        ("Nom de naissance", "nom"),
        ("Nom d'usage (facultatif)", "nom_usage"),
        ("Prénom(s)", "prenoms"),
    ):
        y += sh.labelled(lab, nm, x0, y, full, name_kind, n=28, lw=lw) + 4
    # sex + date of birth on one row
    if st.label_pos == "inside":
        sh.rect(x0, y, 130, 30, lw=0.5)
        sh.text(x0 + 3, y + 8, "Sexe", size=st.label_size - 1.5)
        sh.text(x0 + 20, y + 22, "F", 9)
        sh.tick("sexe_F", x0 + 30, y + 14.5)
        sh.text(x0 + 60, y + 22, "M", 9)
        sh.tick("sexe_M", x0 + 72, y + 14.5)
        sh.labelled("Date de naissance (JJ MM AAAA)", "dob", x0 + 140, y, 150, "comb", 8, (2, 4))
        y += 34
    else:
        yy = y + 10 if st.label_pos == "above" else y
        sh.text(x0, yy + 11, "Sexe :", st.label_size)
        sh.text(x0 + 32, yy + 11, "F", 9)
        sh.tick("sexe_F", x0 + 42, yy + 3.5)
        sh.text(x0 + 62, yy + 11, "M", 9)
        sh.tick("sexe_M", x0 + 74, yy + 3.5)
        dl = (
            "Date de naissance"
            if st.label_pos == "beside"
            else "Date de naissance (jour, mois, année)"
        )
        used = sh.labelled(dl, "dob", x0 + 140, y, 200, "comb", 8, (2, 4))
        y += used + 6
    half = (full - 10) / 2
    y += max(
        sh.labelled("Lieu de naissance : commune", "lieu_commune", x0, y, half),
        sh.labelled("Pays", "lieu_pays", x0 + half + 10, y, half),
    ) + 4  # fmt: skip
    y += sh.labelled("Nationalité", "nationalite", x0, y, half) + 4
    # NIR: 13 digits + key
    lab = "N° de sécurité sociale (si vous en avez un)"
    if st.label_pos == "beside":
        sh.text(x0, y + 11, lab)
        cx = x0 + 176
        cw = sh.comb("nir", cx, y - 2, 13, seps=(1, 3, 5, 7, 10))
        sh.text(cx + cw + 5, y + 11, "clé")
        sh.comb("nir_cle", cx + cw + 20, y - 2, 2)
        y += 25
    elif st.label_pos == "above":
        sh.text(x0, y + 7, lab, size=st.label_size - 0.5)
        cw = sh.comb("nir", x0, y + 10, 13, seps=(1, 3, 5, 7, 10))
        sh.text(x0 + cw + 6, y + 22, "clé", 8)
        sh.comb("nir_cle", x0 + cw + 22, y + 10, 2)
        y += 10 + st.comb_w * 1.25 + 10
    else:
        sh.rect(x0, y, full, 30, lw=0.5)
        sh.text(x0 + 3, y + 8, lab, size=st.label_size - 1.5)
        cw = sh.comb("nir", x0 + 4, y + 11, 13, bh=16, seps=(1, 3, 5, 7, 10))
        sh.text(x0 + cw + 10, y + 23, "clé", 8)
        sh.comb("nir_cle", x0 + cw + 26, y + 11, 2, bh=16)
        y += 34
    y += sh.labelled("Adresse", "adresse", x0, y, full) + 4
    if st.label_pos == "inside":
        sh.labelled("Code postal", "cp", x0, y, 80, "comb", 5)
        sh.labelled("Commune", "commune", x0 + 85, y, full - 85)
        y += 34
    else:
        used = sh.labelled("Code postal", "cp", x0, y, 140, "comb", 5)
        sh.labelled("Commune", "commune", x0 + 150, y, full - 150)
        y += used + 4
    y += max(
        sh.labelled("Téléphone", "tel", x0, y, half - 40),
        sh.labelled("Adresse e-mail", "email", x0 + half - 30, y, half + 30),
    ) + 10  # fmt: skip

    y = sh.section(y, "B", "VOTRE SITUATION")
    sh.text(x0, y + 8, "Cochez la case correspondant à votre situation actuelle :", 8)
    y += 16
    lsz = st.label_size + 0.3

    def opt(name, label, yy):
        sh.tick(name, x0 + 4, yy)
        sh.text(x0 + 18, yy + 7.5, label, lsz)

    opt("sit_salarie", "Vous exercez une activité salariée en France", y)
    y += 15
    sh.text(x0 + 18, y + 7.5, "type de contrat :", lsz - 0.5)
    cx = x0 + 92
    for nm, lab in (("ct_CDI", "CDI"), ("ct_CDD", "CDD"), ("ct_interim", "intérim")):
        sh.tick(nm, cx, y)
        cx += 12 + sh.text(cx + 12, y + 7.5, lab, lsz) + 14
    sh.tick("ct_autre", cx, y)
    sh.text(cx + 12, y + 7.5, "autre (apprentissage, saisonnier...)", lsz)
    y += 15
    sh.text(x0 + 18, y + 9, "profession :", lsz - 0.5)
    sh.text_field("profession", x0 + 72, y - 3, 250, 14)
    y += 19
    opt(
        "sit_independant",
        "Vous exercez une activité non salariée (indépendant, micro-entrepreneur)",
        y,
    )
    y += 15
    opt("sit_demandeur_emploi", "Vous êtes demandeur d'emploi inscrit(e) à France Travail", y)
    y += 15
    opt("sit_etudiant", "Vous êtes étudiant(e)", y)
    y += 15
    opt(
        "sit_sans_activite",
        "Vous êtes sans activité professionnelle et résidez en France de manière stable",
        y,
    )
    sh.text(x0 + 18, y + 17, "et régulière depuis plus de trois mois", lsz)
    y += 25
    opt("sit_autre", "Autre situation, précisez :", y)
    sh.text_field("autre_txt", x0 + 130, y - 4, full - 130, 14)
    _footer(sh, 1)
    sh.new_page()

    # ---- page 2 -------------------------------------------------------------------
    y = 50
    y = sh.section(y, "C", "VOS ENGAGEMENTS ET SIGNATURE")
    y = sh.para(x0, y + 6, full, CERTIF, 8.5) + 10
    sh.text(x0, y + 11, "Fait à", 9.5)
    if st.field_style == "box":
        sh.rect(x0 + 32, y - 2, 190, 17, lw=0.5)
        sh.text(x0 + 232, y + 11, "le", 9.5)
        sh.rect(x0 + 246, y - 2, 120, 17, lw=0.5)
    else:
        dotted = st.field_style == "dotted"
        sh.hline(x0 + 32, y + 14, 190, dotted)
        sh.text(x0 + 232, y + 11, "le", 9.5)
        sh.hline(x0 + 246, y + 14, 120, dotted)
    sh._add(Field("fait_a", 2, "text", x0 + 33, y - 2, 188, 16))
    sh._add(Field("le", 2, "text", x0 + 247, y - 2, 118, 16))
    y += 28
    bx, bw, bh = (x1 - 230, 230, 82) if st.run != "R3" else (x0, 260, 86)
    if st.sig_label == "above":
        sh.text(bx, y + 9, "Signature", 9.5, True)
        y += 13
    sh.rect(bx, y, bw, bh, lw=0.8)
    if st.sig_label == "inside_grey":
        sh.text(bx + bw / 2, y + bh / 2 + 4, "Signature", 13, color=Color(0.8, 0.8, 0.8), align="c")
    elif st.sig_label == "inside_black":
        sh.text(bx + 4, y + 11, "Signature", 8.5, True)
    sh._add(Field("sig", 2, "sig", bx, y, bw, bh))
    y += bh + 18
    sh.rect(x0, y, full, 16, stroke=0, fill=1, fillc=LIGHT if st.section != "bar" else AM_BLUE)
    col = white if st.section == "bar" else black
    sh.text(x0 + 6, y + 11.5, "PIÈCES JUSTIFICATIVES À JOINDRE À VOTRE DEMANDE", 9.5, True, col)
    y += 26
    for p in PIECES:
        sh.text(x0 + 4, y, "•", 9)
        y = sh.para(x0 + 14, y, full - 16, p, 8.2) + 3
    y += 8
    y = sh.para(x0, y, full, FRAUD, 6.8, color=Color(0.2, 0.2, 0.2)) + 4
    y = sh.para(x0, y, full, CNIL, 6.8, color=Color(0.2, 0.2, 0.2)) + 12
    sh.rect(x0, y, full, 70, lw=0.8, dash=(3, 2) if st.run == "R2" else None)
    sh.text(x0 + 6, y + 12, "Cadre réservé à l'organisme", 8.5, True)
    sh.text(x0 + 6, y + 30, "Date de réception :", 8)
    sh.hline(x0 + 86, y + 31, 90, dotted=True)
    sh.text(x0 + 200, y + 30, "Pièces vérifiées", 8)
    sh.rect(x0 + 266, y + 23, 8, 8, lw=0.6)
    sh.text(x0 + 6, y + 52, "Matricule agent :", 8)
    sh.hline(x0 + 80, y + 53, 100, dotted=True)
    sh.text(x0 + 200, y + 52, "Observations :", 8)
    sh.hline(x0 + 258, y + 53, full - 268, dotted=True)
    _footer(sh, 2)
    return sh.pdf(), sh.fields
