"""The application form: 'Demande d'ouverture des droits à l'assurance maladie'
(cerfa n° 15763*02, ameli reference S1106), two A4 pages, filled by hand, typed,
or as a fillable PDF (AcroForm)."""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from datetime import date

from .canvas import BLACK, WHITE, Page, hexc
from .helpers import INK_BLUE, checkbox, comb, hand, para, signature
from .model import Doc

BLUE = hexc("0C419A")
BAND = hexc("2A4B8D")


@dataclass
class FormSpec:
    surname: str  # birth surname as the applicant writes it
    usage: str
    given: str
    sex: str
    dob: date
    birth_city: str
    birth_country: str
    nationality: str  # "ALGERIENNE"
    street: str
    extra: str
    postcode: str
    city: str
    phone: str
    email: str
    situation: str  # employed | selfemployed | jobseeker | student | inactive | other
    job: str = ""
    contract: str = ""  # CDI | CDD | interim | autre
    other_text: str = ""
    signed_at: str = ""
    signed_on: date | None = None
    signed: bool = True
    mode: str = "hand"  # hand | typed | acro
    nir: str = ""
    ink: tuple = INK_BLUE


def _caps(s: str) -> str:
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if not unicodedata.combining(c)).upper()


def _band(p: Page, y: float, letter: str, title: str):
    p.rect(12, y, 186, 7.5, None, BAND)
    p.ellipse(17.5, y + 3.75, 3.0, 3.0, None, WHITE)
    p.text(17.5, y + 5.2, letter, "arial-b", 9, BAND, anchor="m")
    p.text(23, y + 5.4, title, "arial-b", 10, WHITE)


def _header(p: Page):
    p.text(14, 17, "l'Assurance", "arial-b", 13, BLUE)
    p.text(14, 23, "Maladie", "arial-b", 13, BLUE)
    p.text(14, 27.5, "Agir ensemble, protéger chacun", "arial-i", 7, BLUE)
    p.rect(162, 9, 34, 15, BLACK, None, 0.35)
    p.text(179, 15, "cerfa", "times-bi", 11, anchor="m")
    p.text(179, 21, "N° 15763*02", "arial-b", 8.5, anchor="m")


def _footer(p: Page, n: int):
    p.hline(12, 198, 285, (160, 160, 160), 0.2)
    p.text(12, 289.5, "S1106 — cerfa n° 15763*02", "arial", 7, (80, 80, 80))
    p.text(198, 289.5, f"page {n}/2", "arial", 7, (80, 80, 80), anchor="r")


class _Filler:
    """Writes values into the form according to the filling mode."""

    def __init__(self, p: Page, spec: FormSpec, rng):
        self.p, self.s, self.rng = p, spec, rng

    def comb(self, x, y, n, text, name, cw=4.6):
        s = self.s
        if s.mode == "acro":
            self.p.rect(x, y, n * cw, 5.6, BLACK, None, 0.2)
            self.p.field(name, x + 0.2, y + 0.2, n * cw - 0.4, 5.2, text, size=9)
            return x + n * cw
        typed = s.mode == "typed"
        font = "courier-b" if typed else "hand"
        size = 10.5 if typed else 12
        return comb(
            self.p,
            x,
            y,
            n,
            cw,
            5.6,
            text,
            font,
            size,
            BLACK if typed else s.ink,
            self.rng,
            typed=typed,
        )

    def box(self, x, y, on, name):
        s = self.s
        if s.mode == "acro":
            self.p.field(name, x, y, 3.2, 3.2, kind="checkbox", size=8, checked=on)
            return
        checkbox(self.p, x, y, 3.2, on, "typed" if s.mode == "typed" else "x", s.ink, self.rng)

    def line_text(self, x, y, w, text, name, size=11):
        s = self.s
        self.p.hline(x, x + w, y + 1, (120, 120, 120), 0.2, dash=(0.5, 0.7))
        if not text:
            if s.mode == "acro":
                self.p.field(name, x, y - 4.2, w, 5.0, "", size=9)
            return
        if s.mode == "acro":
            self.p.field(name, x, y - 4.2, w, 5.0, text, size=9)
        elif s.mode == "typed":
            self.p.text(x + 1, y - 0.3, text, "courier-b", 10)
        else:
            hand(self.p, x + 1, y - 0.4, text, self.rng, "hand", size, s.ink)


def application_form(spec: FormSpec, rng) -> Doc:
    p1 = Page(210, 297)
    _header(p1)
    p1.text(
        105,
        37,
        "Demande d'ouverture des droits à l'assurance maladie",
        "arial-b",
        14.5,
        BLUE,
        anchor="m",
    )
    p1.text(105, 43.5, "Protection universelle maladie (PUMa)", "arial", 10.5, anchor="m")
    para(
        p1,
        14,
        50,
        "Vous travaillez en France ou vous y résidez de manière stable et régulière "
        "depuis plus de trois mois et vous n'êtes pas couvert(e) par l'assurance maladie : "
        "complétez ce formulaire et adressez-le, accompagné des pièces justificatives listées "
        "en page 2, à la caisse d'assurance maladie de votre lieu de résidence. Écrivez en "
        "lettres capitales, une lettre par case.",
        182,
        "arial",
        7.3,
        leading=3.4,
    )
    p1.text(
        14,
        64,
        "Articles L. 160-1, L. 160-5, L. 111-2-3, R. 111-2 et D. 160-2 du code de la "
        "sécurité sociale",
        "arial-i",
        6.8,
        (70, 70, 70),
    )
    f = _Filler(p1, spec, rng)
    _band(p1, 68, "A", "VOUS")
    lab = dict(font="arial", size=8)
    x0 = 66
    y = 82

    def label(t, yy, sub=""):
        p1.text(14, yy + 4.2, t, lab["font"], lab["size"])
        if sub:
            p1.text(14, yy + 7.3, sub, "arial-i", 6.3, (80, 80, 80))

    label("Nom de naissance", y)
    f.comb(x0, y, 28, _caps(spec.surname), "nom_naissance")
    y += 8.8
    label("Nom d'usage", y, "(facultatif, ex. nom d'époux)")
    f.comb(x0, y, 28, _caps(spec.usage), "nom_usage")
    y += 8.8
    label("Prénom(s)", y)
    f.comb(x0, y, 28, _caps(spec.given), "prenoms")
    y += 9.8
    label("Sexe", y)
    p1.text(x0, y + 4.2, "F", "arial-b", 8.5)
    f.box(x0 + 4, y + 1.2, spec.sex == "F", "sexe_F")
    p1.text(x0 + 12, y + 4.2, "M", "arial-b", 8.5)
    f.box(x0 + 17, y + 1.2, spec.sex == "M", "sexe_M")
    p1.text(x0 + 32, y + 4.2, "Date de naissance", "arial", 8)
    dx = x0 + 60
    d = spec.dob
    f.comb(dx, y, 2, f"{d.day:02d}", "naissance_jour")
    f.comb(dx + 11, y, 2, f"{d.month:02d}", "naissance_mois")
    f.comb(dx + 22, y, 4, str(d.year), "naissance_annee")
    for i, t in enumerate(("JJ", "MM", "AAAA")):
        p1.text(
            dx + (0, 11, 22)[i] + (4.6 if i < 2 else 9.2),
            y + 8.6,
            t,
            "arial",
            5.5,
            (100, 100, 100),
            anchor="m",
        )
    y += 10.5
    label("Lieu de naissance", y, "commune")
    f.comb(x0, y, 28, _caps(spec.birth_city), "naissance_commune")
    y += 8.8
    label("", y, "pays")
    p1.text(14, y + 4.2, "", "arial", 8)
    f.comb(x0, y, 20, _caps(spec.birth_country), "naissance_pays")
    y += 8.8
    label("Nationalité", y)
    f.comb(x0, y, 20, _caps(spec.nationality), "nationalite")
    y += 9.2
    label("N° de sécurité sociale", y, "(si vous en avez un)")
    xx = f.comb(x0, y, 13, spec.nir[:13], "nir")
    f.comb(xx + 3, y, 2, spec.nir[13:15], "nir_cle")
    y += 9.2
    label("N° d'allocataire CAF", y, "(si vous en avez un)")
    f.comb(x0, y, 7, "", "caf")
    y += 10
    label("Adresse", y, "n° et voie")
    f.comb(x0, y, 28, _caps(spec.street), "adresse_voie")
    y += 8.8
    label("", y, "complément")
    f.comb(x0, y, 28, _caps(spec.extra), "adresse_complement")
    y += 8.8
    label("Code postal", y)
    xx = f.comb(x0, y, 5, spec.postcode, "code_postal")
    p1.text(xx + 4, y + 4.2, "Commune", "arial", 8)
    f.comb(xx + 19, y, 18, _caps(spec.city), "commune")
    y += 9.2
    label("Téléphone", y)
    f.comb(x0, y, 10, spec.phone.replace(" ", ""), "telephone")
    y += 9.2
    label("Adresse électronique", y)
    f.line_text(x0, y + 5, 128, spec.email, "courriel", 11)
    y += 11.5
    _band(p1, y, "B", "VOTRE SITUATION")
    y += 11.5
    sit = spec.situation
    p1.text(14, y, "Vous exercez une activité professionnelle en France :", "arial-b", 8.5)
    y += 6
    f.box(16, y - 2.8, sit == "employed", "activite_salariee")
    p1.text(21, y, "salariée", "arial", 8.5)
    p1.text(40, y, "Profession :", "arial", 8)
    f.line_text(58, y, 60, spec.job if sit == "employed" else "", "profession", 11)
    p1.text(122, y, "Contrat :", "arial", 8)
    cx = 136
    for k, t in (("CDI", "CDI"), ("CDD", "CDD"), ("interim", "intérim"), ("autre", "autre")):
        f.box(cx, y - 2.8, sit == "employed" and spec.contract == k, f"contrat_{k}")
        cx += 5 + p1.text(cx + 4.5, y, t, "arial", 8) + 3
    y += 7
    f.box(16, y - 2.8, sit == "selfemployed", "activite_non_salariee")
    p1.text(
        21,
        y,
        "non salariée (travailleur indépendant, micro-entrepreneur, profession libérale)",
        "arial",
        8.5,
    )
    y += 9
    p1.text(14, y, "Vous n'exercez pas d'activité professionnelle :", "arial-b", 8.5)
    y += 6
    f.box(16, y - 2.8, sit == "jobseeker", "demandeur_emploi")
    p1.text(21, y, "vous êtes demandeur d'emploi", "arial", 8.5)
    y += 6
    f.box(16, y - 2.8, sit == "student", "etudiant")
    p1.text(21, y, "vous êtes étudiant(e)", "arial", 8.5)
    y += 6
    f.box(16, y - 2.8, sit == "inactive", "sans_activite")
    p1.text(
        21,
        y,
        "vous êtes sans activité et résidez en France de manière stable et régulière "
        "depuis plus de trois mois",
        "arial",
        8.5,
    )
    y += 6
    f.box(16, y - 2.8, sit == "other", "autre_situation")
    p1.text(21, y, "autre situation, précisez :", "arial", 8.5)
    f.line_text(62, y, 130, spec.other_text if sit == "other" else "", "autre_precision", 11)
    p1.text(105, 289.5, "Tournez la page SVP ►", "arial-b", 7.5, anchor="m")
    _footer(p1, 1)

    p2 = Page(210, 297)
    _header(p2)
    f2 = _Filler(p2, spec, rng)
    _band(p2, 34, "C", "VOS ENGAGEMENTS ET SIGNATURE")
    y = para(
        p2,
        14,
        48,
        "Je certifie sur l'honneur l'exactitude des renseignements portés sur "
        "ce formulaire. Je m'engage à signaler à ma caisse d'assurance maladie tout "
        "changement dans ma situation (adresse, activité professionnelle, résidence) et à "
        "fournir, à sa demande, les pièces justificatives nécessaires.",
        182,
        "arial",
        8.5,
        leading=4.2,
        align="j",
    )
    y = para(
        p2,
        14,
        y + 2,
        "La loi rend passible d'amende et/ou d'emprisonnement quiconque se "
        "rend coupable de fraudes ou de fausses déclarations (articles 313-1 à 313-3, "
        "433-19, 441-1 et 441-7 du code pénal). En outre, l'inexactitude, le caractère "
        "incomplet des déclarations ou l'absence de déclaration d'un changement de "
        "situation dans le but d'obtenir le versement de prestations indues peuvent faire "
        "l'objet d'une pénalité financière (article L. 114-17-1 du code de la sécurité "
        "sociale).",
        182,
        "arial",
        7.5,
        leading=3.7,
        align="j",
    )
    y += 8
    p2.text(14, y, "Fait à", "arial", 9)
    f2.line_text(26, y, 70, spec.signed_at, "fait_a", 12)
    p2.text(102, y, "le", "arial", 9)
    sd = spec.signed_on
    if spec.mode == "acro":
        p2.rect(108, y - 4.6, 30, 5.6, BLACK, None, 0.2)
        p2.field(
            "date_signature",
            108.2,
            y - 4.4,
            29.6,
            5.2,
            sd.strftime("%d/%m/%Y") if sd else "",
            size=9,
        )
    else:
        f2.comb(108, y - 4.6, 2, f"{sd.day:02d}" if sd else "", "sig_jour")
        p2.text(118.5, y, "/", "arial", 10)
        f2.comb(121, y - 4.6, 2, f"{sd.month:02d}" if sd else "", "sig_mois")
        p2.text(131.5, y, "/", "arial", 10)
        f2.comb(134, y - 4.6, 4, str(sd.year) if sd else "", "sig_annee")
    y += 6
    p2.rect(120, y, 76, 30, BLACK, None, 0.35)
    p2.text(122, y + 4, "Signature", "arial-b", 8)
    if spec.signed:
        sig = Page(70, 24, bg=None)
        signature(
            sig,
            6,
            17,
            f"{spec.given} {spec.usage or spec.surname}",
            rng,
            w=46,
            color=spec.ink if spec.mode == "hand" else (20, 30, 90),
        )
        p2.group(sig, 123, y + 4, 0, "multiply")
    y += 38
    para(
        p2,
        14,
        y,
        "La loi n° 78-17 du 6 janvier 1978 modifiée relative à l'informatique, aux "
        "fichiers et aux libertés et le règlement (UE) 2016/679 s'appliquent aux réponses "
        "faites sur ce formulaire. Vous disposez d'un droit d'accès et de rectification des "
        "données vous concernant auprès de votre caisse d'assurance maladie.",
        182,
        "arial",
        7,
        leading=3.4,
        color=(70, 70, 70),
    )
    y += 16
    p2.rect(12, y, 186, 8, None, (222, 230, 244))
    p2.text(
        105,
        y + 5.6,
        "PIÈCES JUSTIFICATIVES À JOINDRE À VOTRE DEMANDE",
        "arial-b",
        10,
        BLUE,
        anchor="m",
    )
    y += 14
    items = [
        "une photocopie d'une pièce d'identité en cours de validité (passeport ; carte nationale "
        "d'identité pour les ressortissants de l'Union européenne, de l'EEE ou de la Suisse) ;",
        "si vous êtes de nationalité étrangère hors UE/EEE/Suisse : une photocopie de votre titre "
        "de séjour, de votre visa de long séjour valant titre de séjour (VLS-TS) ou de votre "
        "récépissé de demande ;",
        "une photocopie de votre acte de naissance (copie intégrale ou extrait avec filiation) ; "
        "s'il a été établi à l'étranger, il doit être revêtu d'une apostille ou légalisé, selon "
        "le pays ;",
        "un justificatif de résidence en France depuis plus de trois mois : bail de location, "
        "ou trois factures successives (électricité, gaz, eau, téléphone fixe ou mobile, accès à "
        "internet) à votre nom, ou attestation d'hébergement accompagnée de la pièce d'identité "
        "et d'un justificatif de domicile de l'hébergeant ;",
        "un relevé d'identité bancaire (RIB) à votre nom, pour le versement de vos "
        "remboursements ;",
        "si vous travaillez : une photocopie de votre contrat de travail ou de votre dernier "
        "bulletin de salaire.",
    ]
    for it in items:
        p2.text(16, y, "•", "arial-b", 9)
        y = para(p2, 20, y, it, 176, "arial", 8.5, leading=4.1) + 1.5
    y += 6
    p2.rect(12, y, 186, 30, (100, 100, 100), (246, 246, 246), 0.3)
    p2.text(15, y + 5, "Cadre réservé à l'organisme", "arial-b", 8.5)
    p2.text(15, y + 13, "Date de réception :", "arial", 8)
    p2.hline(45, 90, y + 13.5, (120, 120, 120), 0.2, dash=(0.5, 0.7))
    p2.text(100, y + 13, "Pièces vérifiées", "arial", 8)
    p2.rect(124, y + 10.5, 3.2, 3.2, BLACK, WHITE, 0.25)
    p2.text(15, y + 22, "Matricule agent :", "arial", 8)
    p2.hline(43, 90, y + 22.5, (120, 120, 120), 0.2, dash=(0.5, 0.7))
    p2.text(100, y + 22, "Observations :", "arial", 8)
    p2.hline(122, 194, y + 22.5, (120, 120, 120), 0.2, dash=(0.5, 0.7))
    _footer(p2, 2)

    status = {
        "employed": "employed",
        "selfemployed": "employed",
        "jobseeker": "not_employed",
        "student": "not_employed",
        "inactive": "not_employed",
        "other": "other",
    }[spec.situation]
    fields = {
        "surname": _caps(spec.surname),
        "given_names": _caps(spec.given),
        "date_of_birth": spec.dob.isoformat(),
        "employment_status": status,
        "signed": spec.signed,
        "signed_on": sd.isoformat() if sd else None,
        "nir": spec.nir or None,
    }
    notes = ""
    if spec.mode == "acro":
        notes = (
            "fillable PDF (AcroForm): the entries are form-field values with appearance "
            "streams, not page text"
        )
    elif spec.mode == "hand":
        notes = "filled in by hand, capitals in comb boxes"
    return Doc("application_form", [p1, p2], fields, notes)
