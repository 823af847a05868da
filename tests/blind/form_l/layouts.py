"""Three home-made "print runs" of the application form (cerfa 15763*02, S1106).

Each run draws the two A4 pages with reportlab and records where every field sits (points,
origin bottom-left) so that the fillers (hand, typed, AcroForm) can put values there.
The wording is ours, written from public descriptions of the form; it is not a copy.
"""

from __future__ import annotations

import io
from dataclasses import dataclass, field

from reportlab.lib.colors import Color, black, white
from reportlab.lib.pagesizes import A4
from reportlab.lib.utils import simpleSplit
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

PW, PH = A4
FD = "/usr/share/fonts/truetype"
_FONTS = {
    "LibSans": f"{FD}/liberation/LiberationSans-Regular.ttf",
    "LibSans-B": f"{FD}/liberation/LiberationSans-Bold.ttf",
    "LibSans-I": f"{FD}/liberation/LiberationSans-Italic.ttf",
    "LibSans-BI": f"{FD}/liberation/LiberationSans-BoldItalic.ttf",
    "Carlito": f"{FD}/crosextra/Carlito-Regular.ttf",
    "Carlito-B": f"{FD}/crosextra/Carlito-Bold.ttf",
    "Carlito-I": f"{FD}/crosextra/Carlito-Italic.ttf",
    "Caladea-B": f"{FD}/crosextra/Caladea-Bold.ttf",
    "Lato": f"{FD}/lato/Lato-Regular.ttf",
    "Lato-B": f"{FD}/lato/Lato-Bold.ttf",
    "Lato-I": f"{FD}/lato/Lato-Italic.ttf",
    "Lato-BL": f"{FD}/lato/Lato-Black.ttf",
    "DejaVu": f"{FD}/dejavu/DejaVuSans.ttf",
    "DejaVuCond": f"{FD}/dejavu/DejaVuSansCondensed.ttf",
    "LibMono": f"{FD}/liberation/LiberationMono-Regular.ttf",
    "LibSerif": f"{FD}/liberation/LiberationSerif-Regular.ttf",
}
_REGISTERED = False


def register_fonts() -> None:
    global _REGISTERED
    if _REGISTERED:
        return
    for name, path in _FONTS.items():
        pdfmetrics.registerFont(TTFont(name, path))
    _REGISTERED = True


# ---------------------------------------------------------------- wording (our own)
NOTICE = (
    "Ce formulaire sert à demander la prise en charge de vos frais de santé au titre de la "
    "protection universelle maladie si vous travaillez en France ou si vous y résidez de "
    "façon stable et régulière depuis plus de trois mois. Remplissez-le lisiblement, en "
    "lettres capitales dans les cases, datez et signez la page 2, puis envoyez-le avec les "
    "pièces justificatives à la caisse d'assurance maladie de votre lieu de résidence."
)
LEGAL = (
    "Articles L. 160-1, L. 160-5, L. 160-6, R. 111-2, R. 111-3 et D. 160-2 du code de la "
    "sécurité sociale"
)
CERTIF = (
    "Je certifie sur l'honneur l'exactitude des renseignements portés sur ce formulaire et "
    "je m'engage à signaler sans délai à ma caisse tout changement de ma situation (adresse, "
    "activité, état civil, résidence)."
)
PENAL = (
    "La loi punit quiconque se rend coupable de fraude ou de fausse déclaration (articles "
    "313-1 à 313-3, 433-19, 441-1 et 441-7 du code pénal ; article L. 114-13 du code de la "
    "sécurité sociale)."
)
CNIL = (
    "Les informations recueillies sont nécessaires à l'examen de votre demande. La loi "
    "n° 78-17 du 6 janvier 1978 modifiée et le règlement (UE) 2016/679 vous garantissent un "
    "droit d'accès et de rectification des données vous concernant auprès de votre caisse."
)
PIECES = [
    "une pièce d'identité en cours de validité : passeport, ou carte nationale d'identité si "
    "vous êtes ressortissant de l'Union européenne, de l'EEE ou de la Suisse ;",
    "si vous n'êtes pas ressortissant européen : votre titre de séjour, votre visa long séjour "
    "valant titre de séjour (VLS-TS) ou le récépissé de votre demande ;",
    "votre acte de naissance (copie intégrale ou extrait avec filiation), apostillé ou légalisé "
    "selon le pays qui l'a délivré ;",
    "un justificatif de résidence en France depuis plus de trois mois : bail de location, trois "
    "factures successives (électricité, gaz, eau, téléphone, internet) ou attestation "
    "d'hébergement avec la pièce d'identité et le justificatif de domicile de l'hébergeant ;",
    "un relevé d'identité bancaire (RIB) à votre nom ;",
    "si vous travaillez : votre contrat de travail ou votre dernier bulletin de salaire.",
]
SIT_KEYS = [
    "sit_salarie",
    "sit_independant",
    "sit_demandeur",
    "sit_etudiant",
    "sit_sans_activite",
    "sit_autre",
]


@dataclass
class Geo:
    """Where a field sits on a page (points, origin bottom-left)."""

    kind: str  # comb | line | box | tick | sig
    page: int
    x: float
    y: float
    w: float
    h: float
    cells: list = field(default_factory=list)  # comb cells (x, y, w, h)
    groups: list = field(default_factory=list)  # comb group sizes, e.g. [2, 2, 4]
    slashes: bool = False  # printed slashes between comb groups
    acro: str = ""  # AcroForm field name


@dataclass
class Run:
    name: str
    geo: dict  # key -> Geo
    label_in_box: bool  # the word "Signature" printed inside the signature box
    acro_font: str  # /Helv or /Cour for AcroForm values
    pdf: bytes = b""


class _Drawer:
    """Drawing helpers that also record field geometry."""

    def __init__(self, c: canvas.Canvas, acro_names: dict):
        self.c = c
        self.geo: dict[str, Geo] = {}
        self.page = 1
        self.acro = acro_names
        self.line_h = 13.0

    def rec(self, key, g: Geo):
        g.acro = self.acro.get(key, key)
        self.geo[key] = g

    def text(self, x, y, s, font, size, color=black):
        self.c.setFillColor(color)
        self.c.setFont(font, size)
        self.c.drawString(x, y, s)

    def para(self, x, y, s, font, size, width, leading=None, color=black):
        leading = leading or size * 1.22
        self.c.setFillColor(color)
        self.c.setFont(font, size)
        for ln in simpleSplit(s, font, size, width):
            self.c.drawString(x, y, ln)
            y -= leading
        return y

    def comb(
        self,
        key,
        x,
        y,
        n,
        cw,
        ch,
        groups=None,
        gap=0.0,
        style="box",
        slashes=False,
        stroke=0.6,
        color=black,
        fill=None,
    ):
        groups = groups or [n]
        cells = []
        cx = x
        c = self.c
        c.setLineWidth(stroke)
        c.setStrokeColor(color)
        for gi, g in enumerate(groups):
            gx0 = cx
            for _ in range(g):
                cells.append((cx, y, cw, ch))
                if fill is not None:
                    c.setFillColor(fill)
                    c.rect(cx, y, cw, ch, stroke=0, fill=1)
                if style == "box":
                    c.rect(cx, y, cw, ch, stroke=1, fill=0)
                cx += cw
            if style == "peigne":
                c.line(gx0, y, cx, y)
                for k in range(g + 1):
                    xx = gx0 + k * cw
                    c.line(xx, y, xx, y + ch * (0.45 if 0 < k < g else 0.7))
            if style == "shaded":
                c.setStrokeColor(Color(0.55, 0.62, 0.75))
                for k in range(g):
                    c.rect(gx0 + k * cw + 0.8, y, cw - 1.6, ch, stroke=1, fill=0)
                c.setStrokeColor(color)
            if gi < len(groups) - 1:
                if slashes:
                    c.setFont("DejaVu", ch * 0.8)
                    c.setFillColor(color)
                    c.drawCentredString(cx + gap / 2, y + ch * 0.2, "/")
                cx += gap
        self.rec(key, Geo("comb", self.page, x, y, cx - x, ch, cells, list(groups), slashes))
        return cx

    def line(self, key, x, y, w, style="dotted", h=None, color=black):
        h = h if h is not None else self.line_h
        c = self.c
        c.setStrokeColor(color)
        c.setLineWidth(0.5)
        if style == "dotted":
            c.setDash(0.6, 1.8)
            c.line(x, y, x + w, y)
            c.setDash()
        elif style == "solid":
            c.line(x, y, x + w, y)
        self.rec(key, Geo("line", self.page, x, y, w, h))

    def box(self, key, x, y, w, h, fill, border=None):
        c = self.c
        c.setFillColor(fill)
        if border is not None:
            c.setStrokeColor(border)
            c.setLineWidth(0.5)
        c.rect(x, y, w, h, stroke=1 if border is not None else 0, fill=1)
        self.rec(key, Geo("box", self.page, x, y, w, h))

    def tick(self, key, x, y, s, rounded=False, fill=None, stroke=0.7):
        c = self.c
        c.setStrokeColor(black)
        c.setLineWidth(stroke)
        if fill is not None:
            c.setFillColor(fill)
        if rounded:
            c.roundRect(x, y, s, s, s * 0.2, stroke=1, fill=1 if fill is not None else 0)
        else:
            c.rect(x, y, s, s, stroke=1, fill=1 if fill is not None else 0)
        self.rec(key, Geo("tick", self.page, x, y, s, s))


# ------------------------------------------------------------------- run A: blue bands
ACRO_A = {
    "surname": "NomNaissance",
    "usage_name": "NomUsage",
    "given_names": "Prenoms",
    "sex_F": "SexeF",
    "sex_M": "SexeM",
    "dob": "DateNaissance",
    "birth_city": "LieuNaissCommune",
    "birth_country": "LieuNaissPays",
    "nationality": "Nationalite",
    "nir": "NumeroSecu",
    "address": "Adresse1",
    "address2": "Adresse2",
    "postcode": "CodePostal",
    "city": "Commune",
    "phone": "Telephone",
    "email": "Courriel",
    "sit_salarie": "CaseSalarie",
    "sit_independant": "CaseIndependant",
    "profession": "Profession",
    "employer": "Employeur",
    "contract_CDI": "CaseCDI",
    "contract_CDD": "CaseCDD",
    "sit_demandeur": "CaseDemandeurEmploi",
    "sit_etudiant": "CaseEtudiant",
    "school": "Etablissement",
    "sit_sans_activite": "CaseSansActivite",
    "sit_autre": "CaseAutre",
    "autre_text": "AutrePrecisez",
    "place": "FaitA",
    "date": "DateSignature",
}


def _run_a() -> Run:
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4, invariant=1)
    c.setTitle("S1106 - Demande d'ouverture des droits")
    d = _Drawer(c, ACRO_A)
    blue = Color(0.05, 0.24, 0.52)
    pale = Color(0.93, 0.95, 0.98)
    L = 36
    R = PW - 36
    # header
    c.setFillColor(blue)
    c.circle(L + 12, PH - 52, 11, stroke=0, fill=1)
    c.setFillColor(white)
    c.circle(L + 16, PH - 49, 6, stroke=0, fill=1)
    d.text(L + 30, PH - 48, "l'Assurance", "LibSans-B", 12, blue)
    d.text(L + 30, PH - 62, "Maladie", "LibSans-B", 12, blue)
    c.setStrokeColor(black)
    c.setLineWidth(1)
    c.roundRect(R - 92, PH - 70, 92, 36, 6, stroke=1, fill=0)
    d.text(R - 80, PH - 52, "cerfa", "LibSans-BI", 17)
    d.text(R - 80, PH - 64, "N° 15763*02", "LibSans", 8)
    c.setFont("LibSans-B", 13.5)
    c.setFillColor(blue)
    c.drawCentredString(PW / 2, PH - 96, "DEMANDE D'OUVERTURE DES DROITS")
    c.drawCentredString(PW / 2, PH - 112, "À L'ASSURANCE MALADIE")
    c.setFont("LibSans-I", 10)
    c.setFillColor(black)
    c.drawCentredString(PW / 2, PH - 126, "Protection universelle maladie (PUMa)")
    c.setFont("LibSans", 6.5)
    c.drawCentredString(PW / 2, PH - 137, LEGAL)
    c.setFillColor(pale)
    c.rect(L, PH - 190, R - L, 46, stroke=0, fill=1)
    d.para(L + 6, PH - 153, NOTICE, "LibSans", 7, R - L - 12, 8.6)

    def band(y, letter, title):
        c.setFillColor(blue)
        c.rect(L, y, R - L, 16, stroke=0, fill=1)
        c.setFillColor(white)
        c.rect(L + 3, y + 2.5, 11, 11, stroke=0, fill=1)
        d.text(L + 5.3, y + 4.3, letter, "LibSans-B", 9, blue)
        d.text(L + 22, y + 4.3, title, "LibSans-B", 9.5, white)

    band(PH - 214, "A", "VOUS")
    lab_x = L + 4
    fx = L + 140
    cw, ch = 14.2, 16
    y = PH - 242
    d.text(lab_x, y + 4, "Nom de naissance", "LibSans-B", 8.5)
    d.comb("surname", fx, y, 26, cw, ch)
    y -= 26
    d.text(lab_x, y + 4, "Nom d'usage", "LibSans-B", 8.5)
    d.text(lab_x + 56, y + 4, "(facultatif)", "LibSans-I", 7)
    d.comb("usage_name", fx, y, 26, cw, ch)
    y -= 26
    d.text(lab_x, y + 4, "Prénom(s)", "LibSans-B", 8.5)
    d.comb("given_names", fx, y, 26, cw, ch)
    y -= 30
    d.text(lab_x, y + 4, "Sexe", "LibSans-B", 8.5)
    d.tick("sex_F", fx, y + 2, 10)
    d.text(fx + 14, y + 4, "F", "LibSans", 8.5)
    d.tick("sex_M", fx + 34, y + 2, 10)
    d.text(fx + 48, y + 4, "M", "LibSans", 8.5)
    d.text(fx + 92, y + 4, "Date de naissance", "LibSans-B", 8.5)
    x_end = d.comb("dob", fx + 175, y, 8, cw, ch, groups=[2, 2, 4], gap=7)
    for gx, cap in (
        (fx + 175 + cw - 4, "jour"),
        (fx + 175 + 2 * cw + 7 + cw - 5, "mois"),
        (fx + 175 + 4 * cw + 14 + 2 * cw - 8, "année"),
    ):
        d.text(gx, y - 7, cap, "LibSans-I", 5.5)
    del x_end
    y -= 32
    d.text(lab_x, y + 3, "Lieu de naissance", "LibSans-B", 8.5)
    d.text(fx, y + 3, "commune", "LibSans-I", 7)
    d.line("birth_city", fx + 34, y, 170)
    d.text(fx + 214, y + 3, "pays", "LibSans-I", 7)
    d.line("birth_country", fx + 234, y, R - fx - 238)
    y -= 24
    d.text(lab_x, y + 3, "Nationalité", "LibSans-B", 8.5)
    d.line("nationality", fx, y, 200)
    y -= 28
    d.text(lab_x, y + 9, "N° de sécurité sociale", "LibSans-B", 8.5)
    d.text(lab_x, y + 0.5, "(si vous en avez un)", "LibSans-I", 7)
    d.comb("nir", fx, y, 15, cw, ch, groups=[13, 2], gap=10)
    y -= 28
    d.text(lab_x, y + 3, "Adresse", "LibSans-B", 8.5)
    d.line("address", fx, y, R - fx - 4)
    y -= 20
    d.line("address2", fx, y, R - fx - 4)
    y -= 26
    d.text(lab_x, y + 4, "Code postal", "LibSans-B", 8.5)
    d.comb("postcode", fx, y, 5, cw, ch)
    d.text(fx + 5 * cw + 14, y + 4, "Commune", "LibSans-B", 8.5)
    d.line("city", fx + 5 * cw + 58, y + 1, R - fx - 5 * cw - 62)
    y -= 26
    d.text(lab_x, y + 4, "Téléphone", "LibSans-B", 8.5)
    d.comb("phone", fx, y, 10, cw, ch, groups=[2, 2, 2, 2, 2], gap=3)
    d.text(fx + 10 * cw + 22, y + 4, "E-mail", "LibSans-B", 8.5)
    d.line("email", fx + 10 * cw + 54, y + 1, R - fx - 10 * cw - 58)
    # section B
    y -= 34
    band(y, "B", "VOTRE SITUATION")
    y -= 10
    d.text(
        L + 4, y - 6, "Cochez la case qui correspond à votre situation actuelle :", "LibSans-I", 7.5
    )
    y -= 26
    s = 9.5

    def opt(key, yy, label):
        d.tick(key, L + 8, yy, s)
        d.text(L + 24, yy + 1.5, label, "LibSans", 8.5)

    opt("sit_salarie", y, "Vous êtes salarié(e) en France")
    y -= 18
    opt("sit_independant", y, "Vous êtes travailleur(se) indépendant(e) en France")
    y -= 17
    d.text(L + 40, y + 2, "Profession :", "LibSans", 8)
    d.line("profession", L + 90, y, 160)
    d.text(L + 262, y + 2, "Employeur :", "LibSans", 8)
    d.line("employer", L + 310, y, R - L - 314)
    y -= 16
    d.text(L + 40, y + 1.5, "Type de contrat :", "LibSans", 8)
    d.tick("contract_CDI", L + 116, y, 9)
    d.text(L + 129, y + 1.5, "CDI", "LibSans", 8)
    d.tick("contract_CDD", L + 160, y, 9)
    d.text(L + 173, y + 1.5, "CDD", "LibSans", 8)
    y -= 20
    opt("sit_demandeur", y, "Vous êtes demandeur(se) d'emploi inscrit(e) à France Travail")
    y -= 18
    opt("sit_etudiant", y, "Vous êtes étudiant(e)")
    d.text(L + 140, y + 1.5, "établissement :", "LibSans", 8)
    d.line("school", L + 200, y, R - L - 204)
    y -= 18
    opt(
        "sit_sans_activite",
        y,
        "Vous n'avez pas d'activité professionnelle et vous résidez en France",
    )
    d.text(
        L + 24, y - 9, "de manière stable et régulière depuis plus de trois mois", "LibSans", 8.5
    )
    y -= 27
    opt("sit_autre", y, "Autre situation, précisez :")
    d.line("autre_text", L + 140, y, R - L - 144)
    c.setFont("LibSans", 6.5)
    c.setFillColor(black)
    c.drawRightString(R, 24, "S1106 — cerfa n° 15763*02 — page 1/2")
    c.drawString(L, 24, "Tournez la page  ›")
    c.showPage()
    # ---------------------------------------------------------------- page 2
    d.page = 2
    band(PH - 60, "C", "VOS ENGAGEMENTS ET SIGNATURE")
    y = d.para(L + 4, PH - 80, CERTIF, "LibSans", 8.5, R - L - 8, 11)
    y = d.para(L + 4, y - 4, PENAL, "LibSans-I", 7, R - L - 8, 8.6)
    y -= 22
    d.text(L + 4, y + 3, "Fait à", "LibSans-B", 9)
    d.line("place", L + 36, y, 190)
    d.text(L + 240, y + 3, "le", "LibSans-B", 9)
    d.comb("date", L + 256, y - 2, 8, cw, ch, groups=[2, 2, 4], gap=7)
    y -= 100
    c.setStrokeColor(black)
    c.setLineWidth(0.8)
    c.rect(L + 250, y, 250, 82, stroke=1, fill=0)
    d.text(L + 254, y + 72, "Signature", "LibSans", 7)
    d.rec("sig", Geo("sig", 2, L + 250, y, 250, 82))
    y -= 30
    c.setFillColor(blue)
    c.rect(L, y, R - L, 15, stroke=0, fill=1)
    d.text(L + 6, y + 4, "PIÈCES JUSTIFICATIVES À JOINDRE À VOTRE DEMANDE", "LibSans-B", 9, white)
    y -= 16
    for p in PIECES:
        d.text(L + 8, y, "•", "LibSans", 8.5)
        y = d.para(L + 18, y, p, "LibSans", 8, R - L - 24, 10) - 4
    y -= 14
    c.setStrokeColor(Color(0.4, 0.4, 0.4))
    c.setDash(3, 2)
    c.rect(L, y - 78, R - L, 84, stroke=1, fill=0)
    c.setDash()
    d.text(L + 6, y - 6, "Cadre réservé à l'organisme", "LibSans-B", 8.5)
    d.text(L + 6, y - 24, "Date de réception :  ____ / ____ / ________", "LibSans", 8)
    d.text(L + 250, y - 24, "Pièces vérifiées :   ☐ oui    ☐ non", "DejaVu", 7.5)
    d.text(L + 6, y - 44, "Matricule agent :  ______________", "LibSans", 8)
    d.text(L + 250, y - 44, "Observations :", "LibSans", 8)
    d.para(L, 58, CNIL, "LibSans", 6, R - L, 7.4)
    c.setFont("LibSans", 6.5)
    c.setFillColor(black)
    c.drawRightString(R, 24, "S1106 — cerfa n° 15763*02 — page 2/2")
    c.showPage()
    c.save()
    return Run("A", d.geo, True, "/Helv", buf.getvalue())


# --------------------------------------------------------------- run B: grey, labels above
ACRO_B = {k: k for k in ACRO_A}
ACRO_B.update(
    {
        "surname": "nom_naissance",
        "usage_name": "nom_usage",
        "given_names": "prenoms",
        "sex_F": "sexe_f",
        "sex_M": "sexe_m",
        "dob": "date_naissance",
        "birth_city": "lieu_naissance",
        "birth_country": "pays_naissance",
        "nationality": "nationalite",
        "nir": "nir",
        "address": "adresse",
        "address2": "adresse_suite",
        "postcode": "code_postal",
        "city": "ville",
        "phone": "tel",
        "email": "email",
        "sit_salarie": "situation_activite",
        "profession": "emploi",
        "employer": "nom_employeur",
        "contract_CDI": "cdi",
        "contract_CDD": "cdd",
        "sit_demandeur": "situation_chomage",
        "sit_etudiant": "situation_etudiant",
        "school": "etablissement",
        "sit_sans_activite": "situation_sans_activite",
        "sit_autre": "situation_autre",
        "autre_text": "autre_precision",
        "place": "fait_a",
        "date": "date_signature",
    }
)


def _run_b() -> Run:
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4, invariant=1)
    c.setTitle("Demande d'ouverture des droits a l'assurance maladie")
    d = _Drawer(c, ACRO_B)
    d.line_h = 11.0
    grey = Color(0.35, 0.35, 0.38)
    dark = Color(0.12, 0.12, 0.14)
    accent = Color(0.0, 0.42, 0.55)
    L = 42
    R = PW - 42
    # header: cerfa logo left, organisation right
    c.setFillColor(black)
    c.rect(L, PH - 66, 58, 26, stroke=0, fill=1)
    d.text(L + 6, PH - 58, "cerfa", "Caladea-B", 16, white)
    d.text(L, PH - 78, "N° 15763*02", "Carlito-B", 9)
    d.text(R - 118, PH - 52, "l'Assurance", "Carlito-B", 14, accent)
    d.text(R - 118, PH - 67, "Maladie", "Carlito-B", 14, accent)
    c.setFillColor(accent)
    c.rect(R - 126, PH - 68, 4, 30, stroke=0, fill=1)
    d.text(L + 90, PH - 50, "Demande d'ouverture des droits", "Caladea-B", 16, dark)
    d.text(L + 90, PH - 68, "à l'assurance maladie", "Caladea-B", 16, dark)
    d.text(L + 90, PH - 84, "Protection universelle maladie (PUMa)", "Carlito-I", 11, grey)
    d.text(L, PH - 100, LEGAL, "Carlito", 7, grey)
    c.setStrokeColor(grey)
    c.setLineWidth(0.4)
    c.line(L, PH - 106, R, PH - 106)
    y = d.para(L, PH - 118, NOTICE, "Carlito-I", 7.5, R - L, 9)

    def head(yy, letter, title):
        c.setFillColor(accent)
        if letter:
            c.circle(L + 8, yy + 4, 8, stroke=0, fill=1)
            d.text(L + 4.6, yy + 0.6, letter, "Carlito-B", 10.5, white)
        else:
            c.rect(L + 2, yy, 12, 8, stroke=0, fill=1)
        d.text(L + 22, yy + 0.6, title, "Carlito-B", 11.5, accent)
        c.setStrokeColor(accent)
        c.setLineWidth(0.8)
        c.line(L + 22, yy - 4, R, yy - 4)

    y -= 20
    head(y, "A", "VOUS")
    lab = "Carlito"
    ls = 7.5
    y -= 26
    d.text(L, y + 15, "Nom de naissance (nom de famille)", lab, ls, grey)
    d.line("surname", L, y, 300)
    d.text(L + 320, y + 15, "Nom d'usage, nom d'époux(se) (facultatif)", lab, ls, grey)
    d.line("usage_name", L + 320, y, R - L - 320)
    y -= 30
    d.text(L, y + 15, "Prénom(s) (dans l'ordre de l'état civil)", lab, ls, grey)
    d.line("given_names", L, y, 300)
    d.text(L + 320, y + 15, "Sexe", lab, ls, grey)
    d.tick("sex_F", L + 322, y, 9)
    d.text(L + 334, y + 1.5, "Féminin", "Carlito", 8.5)
    d.tick("sex_M", L + 384, y, 9)
    d.text(L + 396, y + 1.5, "Masculin", "Carlito", 8.5)
    y -= 34
    d.text(L, y + 18, "Date de naissance (jour, mois, année)", lab, ls, grey)
    d.comb("dob", L, y, 8, 13, 14, groups=[2, 2, 4], gap=9, style="peigne", slashes=True)
    d.text(L + 160, y + 18, "Lieu de naissance : commune", lab, ls, grey)
    d.line("birth_city", L + 160, y, 180)
    d.text(L + 356, y + 18, "pays", lab, ls, grey)
    d.line("birth_country", L + 356, y, R - L - 356)
    y -= 32
    d.text(L, y + 15, "Nationalité", lab, ls, grey)
    d.line("nationality", L, y, 200)
    d.text(L + 220, y + 18, "Numéro de sécurité sociale, si vous en avez déjà un", lab, ls, grey)
    d.comb("nir", L + 220, y, 15, 11.5, 14, groups=[13, 2], gap=8, style="peigne")
    y -= 32
    d.text(L, y + 15, "Adresse (numéro, voie, bâtiment, étage, appartement)", lab, ls, grey)
    d.line("address", L, y, R - L)
    y -= 20
    d.line("address2", L, y, R - L)
    y -= 32
    d.text(L, y + 18, "Code postal", lab, ls, grey)
    d.comb("postcode", L, y, 5, 13, 14, style="peigne")
    d.text(L + 90, y + 18, "Commune", lab, ls, grey)
    d.line("city", L + 90, y, 200)
    d.text(L + 310, y + 18, "Téléphone", lab, ls, grey)
    d.line("phone", L + 310, y, R - L - 310)
    y -= 30
    d.text(L, y + 15, "Adresse électronique", lab, ls, grey)
    d.line("email", L, y, 300)
    y -= 34
    head(y, "B", "VOTRE SITUATION")
    y -= 24
    s = 9

    def opt(key, yy, label, font="Carlito", size=9):
        d.tick(key, L + 4, yy, s)
        d.text(L + 18, yy + 1.5, label, font, size)

    opt("sit_salarie", y, "Vous exercez une activité salariée ou indépendante en France")
    y -= 17
    d.text(L + 30, y + 1.5, "Emploi occupé :", "Carlito", 8.5)
    d.line("profession", L + 92, y, 150)
    d.text(L + 256, y + 1.5, "Contrat :", "Carlito", 8.5)
    d.tick("contract_CDI", L + 292, y, 8.5)
    d.text(L + 304, y + 1.5, "CDI", "Carlito", 8.5)
    d.tick("contract_CDD", L + 330, y, 8.5)
    d.text(L + 342, y + 1.5, "CDD", "Carlito", 8.5)
    d.text(L + 372, y + 1.5, "Employeur :", "Carlito", 8.5)
    d.line("employer", L + 416, y, R - L - 416)
    y -= 20
    opt("sit_demandeur", y, "Vous êtes demandeur(se) d'emploi")
    y -= 17
    opt("sit_etudiant", y, "Vous êtes étudiant(e) — établissement :")
    d.line("school", L + 170, y, R - L - 170)
    y -= 17
    opt(
        "sit_sans_activite",
        y,
        "Vous êtes sans activité professionnelle et vous résidez en France de "
        "façon stable et régulière depuis plus de 3 mois",
    )
    y -= 17
    opt("sit_autre", y, "Autre (précisez) :")
    d.line("autre_text", L + 90, y, R - L - 90)
    d.rec("sit_independant", Geo("none", 1, 0, 0, 0, 0))
    c.setFont("Carlito", 7)
    c.setFillColor(grey)
    c.drawCentredString(PW / 2, 22, "S1106 – cerfa n° 15763*02 – page 1/2")
    c.showPage()
    # ---------------------------------------------------------------- page 2
    d.page = 2
    y = PH - 60
    head(y, "C", "VOS ENGAGEMENTS ET SIGNATURE")
    y = d.para(L, y - 22, CERTIF, "Carlito", 9.5, R - L, 12)
    y = d.para(L, y - 4, PENAL, "Carlito-I", 7.5, R - L, 9)
    y -= 26
    d.text(L, y + 2, "Fait à", "Carlito-B", 10)
    d.line("place", L + 30, y, 200)
    d.text(L + 242, y + 2, "le", "Carlito-B", 10)
    d.line("date", L + 258, y, 150)
    y -= 22
    d.text(L + 240, y, "Signature du demandeur :", "Carlito-B", 9)
    y -= 86
    c.setStrokeColor(grey)
    c.setLineWidth(0.7)
    c.roundRect(L + 240, y, 260, 78, 5, stroke=1, fill=0)
    d.rec("sig", Geo("sig", 2, L + 240, y, 260, 78))
    y -= 34
    head(y, "", "PIÈCES JUSTIFICATIVES À JOINDRE À VOTRE DEMANDE")
    y -= 20
    for i, p in enumerate(PIECES):
        d.text(L + 4, y, f"{i + 1}.", "Carlito-B", 8.5)
        y = d.para(L + 18, y, p, "Carlito", 8.5, R - L - 20, 10.4) - 4
    y -= 16
    c.setFillColor(Color(0.92, 0.92, 0.92))
    c.rect(L, y - 70, R - L, 76, stroke=0, fill=1)
    d.text(L + 6, y - 8, "CADRE RÉSERVÉ À L'ORGANISME", "Carlito-B", 8.5, grey)
    d.text(L + 6, y - 28, "Date de réception", "Carlito", 8, grey)
    d.text(L + 180, y - 28, "Pièces vérifiées   oui / non", "Carlito", 8, grey)
    d.text(L + 6, y - 48, "Matricule de l'agent", "Carlito", 8, grey)
    d.para(L, 56, CNIL, "Carlito", 6.5, R - L, 7.8, grey)
    c.setFont("Carlito", 7)
    c.setFillColor(grey)
    c.drawCentredString(PW / 2, 22, "S1106 – cerfa n° 15763*02 – page 2/2")
    c.showPage()
    c.save()
    return Run("B", d.geo, False, "/Helv", buf.getvalue())


# ------------------------------------------------------------ run C: shaded two-column boxes
ACRO_C = {k: "A_" + k for k in ACRO_A}
ACRO_C.update(
    {
        "place": "C_lieu",
        "date": "C_date",
        "sit_salarie": "B_salarie",
        "sit_independant": "B_independant",
        "sit_demandeur": "B_demandeur_emploi",
        "sit_etudiant": "B_etudiant",
        "sit_sans_activite": "B_sans_activite",
        "sit_autre": "B_autre",
        "autre_text": "B_autre_texte",
        "profession": "B_profession",
        "employer": "B_employeur",
        "contract_CDI": "B_cdi",
        "contract_CDD": "B_cdd",
        "school": "B_etablissement",
        "reminder": "C_rappel_identite",
    }
)


def _run_c() -> Run:
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4, invariant=1)
    c.setTitle("cerfa 15763*02")
    d = _Drawer(c, ACRO_C)
    teal = Color(0.0, 0.45, 0.47)
    shade = Color(0.88, 0.93, 0.99)
    border = Color(0.55, 0.62, 0.75)
    L = 30
    R = PW - 30
    c.setFillColor(Color(0.95, 0.95, 0.95))
    c.rect(0, PH - 72, PW, 72, stroke=0, fill=1)
    c.setFillColor(teal)
    c.roundRect(L, PH - 60, 28, 28, 5, stroke=0, fill=1)
    d.text(L + 5, PH - 51, "AM", "Lato-BL", 11, white)
    d.text(L + 34, PH - 43, "l'Assurance Maladie", "Lato-B", 12, teal)
    d.text(L + 34, PH - 56, "Agir ensemble, protéger chacun", "Lato-I", 7.5)
    c.setStrokeColor(black)
    c.setLineWidth(0.9)
    c.rect(R - 110, PH - 62, 110, 34, stroke=1, fill=0)
    d.text(R - 104, PH - 44, "cerfa", "Lato-BL", 15)
    d.text(R - 104, PH - 56, "n° 15763*02", "Lato", 8.5)
    c.setFillColor(teal)
    c.rect(L, PH - 112, R - L, 32, stroke=0, fill=1)
    d.text(
        L + 10, PH - 94, "Demande d'ouverture des droits à l'assurance maladie", "Lato-B", 13, white
    )
    d.text(L + 10, PH - 107, "Protection universelle maladie (PUMa)", "Lato", 9, white)
    y = d.para(L, PH - 124, NOTICE, "Lato", 7, R - L - 150, 8.4)
    d.para(R - 140, PH - 124, LEGAL, "Lato-I", 6.5, 140, 8)
    y -= 12

    def head(yy, letter, title):
        c.setStrokeColor(teal)
        c.setLineWidth(1.2)
        c.line(L, yy - 3, R, yy - 3)
        d.text(L, yy + 1, f"{letter}  {title}" if letter else title, "Lato-B", 10.5, teal)

    head(y, "A", "VOUS")
    lw = 92
    y -= 28
    bh = 17

    def row(key, label, x, yy, w, sub=None):
        d.text(x, yy + 5.5, label, "Lato-B", 7.8)
        if sub:
            d.text(x, yy - 2.5, sub, "Lato-I", 6)
        d.box(key, x + lw, yy, w, bh, shade, border)

    row("surname", "Nom de naissance", L, y, R - L - lw)
    y -= 24
    row("usage_name", "Nom d'usage", L, y, R - L - lw, "(facultatif)")
    y -= 24
    row("given_names", "Prénom(s)", L, y, R - L - lw)
    y -= 26
    d.text(L, y + 5.5, "Sexe", "Lato-B", 7.8)
    d.tick("sex_F", L + lw, y + 3, 10, rounded=True, fill=shade)
    d.text(L + lw + 14, y + 5, "F", "Lato", 8.5)
    d.tick("sex_M", L + lw + 34, y + 3, 10, rounded=True, fill=shade)
    d.text(L + lw + 48, y + 5, "M", "Lato", 8.5)
    d.text(L + 220, y + 5.5, "Date de naissance", "Lato-B", 7.8)
    d.comb(
        "dob",
        L + 300,
        y,
        8,
        15,
        bh,
        groups=[2, 2, 4],
        gap=11,
        style="shaded",
        slashes=True,
        fill=shade,
    )
    y -= 26
    half = (R - L - 2 * lw - 10) / 2
    row("birth_city", "Né(e) à (commune)", L, y, half)
    row("birth_country", "Pays de naissance", L + lw + half + 10, y, half)
    y -= 24
    row("nationality", "Nationalité", L, y, half)
    y -= 26
    d.text(L, y + 8, "N° de sécurité sociale", "Lato-B", 7.8)
    d.text(L, y, "(si vous en avez un)", "Lato-I", 6)
    d.comb("nir", L + lw, y, 15, 15, bh, groups=[13, 2], gap=12, style="shaded", fill=shade)
    y -= 26
    row("address", "Adresse", L, y, R - L - lw)
    y -= 21
    d.box("address2", L + lw, y, R - L - lw, bh, shade, border)
    y -= 24
    d.text(L, y + 5.5, "Code postal", "Lato-B", 7.8)
    d.comb("postcode", L + lw, y, 5, 15, bh, style="shaded", fill=shade)
    d.text(L + lw + 90, y + 5.5, "Commune", "Lato-B", 7.8)
    d.box("city", L + lw + 130, y, R - L - lw - 130, bh, shade, border)
    y -= 24
    row("phone", "Téléphone", L, y, half)
    d.text(L + lw + half + 10, y + 5.5, "Courriel", "Lato-B", 7.8)
    d.box("email", L + lw + half + 60, y, R - L - lw - half - 60, bh, shade, border)
    y -= 34
    head(y, "B", "VOTRE SITUATION")
    y -= 22
    s = 10

    def opt(key, x, yy, label):
        d.tick(key, x, yy, s, rounded=True, fill=shade)
        d.text(x + 15, yy + 2, label, "Lato", 8.3)

    colx = L + (R - L) / 2 + 6
    opt("sit_salarie", L, y, "Salarié(e) en France")
    opt("sit_independant", colx, y, "Travailleur(se) indépendant(e) en France")
    y -= 22
    d.text(L + 15, y + 5, "Profession", "Lato", 7.8)
    d.box("profession", L + 64, y, 170, bh - 2, shade, border)
    d.text(L + 246, y + 5, "Contrat", "Lato", 7.8)
    d.tick("contract_CDI", L + 280, y + 3, 9, rounded=True, fill=shade)
    d.text(L + 292, y + 4.5, "CDI", "Lato", 7.8)
    d.tick("contract_CDD", L + 316, y + 3, 9, rounded=True, fill=shade)
    d.text(L + 328, y + 4.5, "CDD", "Lato", 7.8)
    d.text(L + 356, y + 5, "Employeur", "Lato", 7.8)
    d.box("employer", L + 398, y, R - L - 398, bh - 2, shade, border)
    y -= 24
    opt("sit_demandeur", L, y, "Demandeur(se) d'emploi")
    opt("sit_etudiant", colx, y, "Étudiant(e)")
    d.box("school", colx + 70, y - 2, R - colx - 70, bh - 3, shade, border)
    y -= 24
    opt(
        "sit_sans_activite",
        L,
        y,
        "Sans activité professionnelle, résidant en France de manière stable et "
        "régulière depuis plus de trois mois",
    )
    y -= 24
    opt("sit_autre", L, y, "Autre situation :")
    d.box("autre_text", L + 90, y - 2, R - L - 90, bh - 3, shade, border)
    c.setFont("Lato", 6.5)
    c.setFillColor(black)
    c.drawString(L, 20, "S1106")
    c.drawRightString(R, 20, "S1106 — cerfa n° 15763*02 — page 1/2")
    c.showPage()
    # ---------------------------------------------------------------- page 2
    d.page = 2
    d.text(L, PH - 46, "Rappel : nom et prénom du demandeur", "Lato-B", 7.8)
    d.box("reminder", L + 150, PH - 52, R - L - 150, bh, shade, border)
    y = PH - 84
    head(y, "C", "VOS ENGAGEMENTS ET SIGNATURE")
    y = d.para(L, y - 20, CERTIF, "Lato", 8.8, R - L, 11.2)
    y = d.para(L, y - 4, PENAL, "Lato-I", 7.2, R - L, 8.8)
    y -= 26
    d.text(L, y + 5, "Fait à", "Lato-B", 9)
    d.box("place", L + 34, y, 190, bh, shade, border)
    d.text(L + 236, y + 5, "le", "Lato-B", 9)
    d.comb(
        "date",
        L + 252,
        y,
        8,
        15,
        bh,
        groups=[2, 2, 4],
        gap=11,
        style="shaded",
        slashes=True,
        fill=shade,
    )
    y -= 104
    c.setStrokeColor(border)
    c.setLineWidth(1)
    c.setFillColor(Color(0.97, 0.98, 1.0))
    c.rect(L + 200, y, R - L - 200, 88, stroke=1, fill=1)
    c.setFont("Lato", 20)
    c.setFillColor(Color(0.78, 0.8, 0.84))
    c.drawCentredString(L + 200 + (R - L - 200) / 2, y + 36, "Signature")
    d.rec("sig", Geo("sig", 2, L + 200, y, R - L - 200, 88))
    y -= 32
    head(y, "", "PIÈCES JUSTIFICATIVES À JOINDRE À VOTRE DEMANDE")
    y -= 18
    for p in PIECES:
        c.setFillColor(teal)
        c.rect(L + 2, y + 1, 4, 4, stroke=0, fill=1)
        y = d.para(L + 12, y, p, "Lato", 8, R - L - 14, 9.8) - 4
    y -= 14
    c.setStrokeColor(black)
    c.setLineWidth(0.6)
    c.rect(L, y - 64, R - L, 72, stroke=1, fill=0)
    d.text(L + 6, y - 4, "Cadre réservé à l'organisme", "Lato-B", 8)
    d.text(L + 6, y - 22, "Date de réception : ...... / ...... / ............", "Lato", 7.8)
    d.text(L + 260, y - 22, "Pièces vérifiées : oui  □   non  □", "DejaVu", 7.2)
    d.text(L + 6, y - 40, "Matricule agent : ..............................", "Lato", 7.8)
    d.para(L, 52, CNIL, "Lato", 6.2, R - L, 7.4)
    c.setFont("Lato", 6.5)
    c.setFillColor(black)
    c.drawString(L, 20, "S1106")
    c.drawRightString(R, 20, "S1106 — cerfa n° 15763*02 — page 2/2")
    c.showPage()
    c.save()
    return Run("C", d.geo, True, "/Helv", buf.getvalue())


_RUNS: dict[str, Run] = {}


def get_run(name: str) -> Run:
    register_fonts()
    if name not in _RUNS:
        _RUNS[name] = {"A": _run_a, "B": _run_b, "C": _run_c}[name]()
    return _RUNS[name]
