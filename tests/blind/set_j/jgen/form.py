"""The application form cerfa 15763*02 (S1106), drawn from its public description, and its filling."""

from __future__ import annotations

import datetime as dt
import io
from dataclasses import dataclass

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader

from . import draw as D
from .core import fold, rng

W, H = A4

RUNS = [
    dict(
        font="Sans",
        bold="Sans-B",
        band=(0.0, 0.36, 0.62),
        band_text=(1, 1, 1),
        comb=5.2 * mm,
        lab=7.6,
        title=15,
        label_above=False,
        light=(0.9, 0.94, 0.98),
    ),
    dict(
        font="Lib",
        bold="Lib-B",
        band=(0.16, 0.2, 0.45),
        band_text=(1, 1, 1),
        comb=5.6 * mm,
        lab=8.2,
        title=16,
        label_above=True,
        light=(0.93, 0.93, 0.97),
    ),
    dict(
        font="LibN",
        bold="LibN-B",
        band=(0.85, 0.9, 0.95),
        band_text=(0.05, 0.2, 0.45),
        comb=5.0 * mm,
        lab=8.4,
        title=15.5,
        label_above=False,
        light=(0.96, 0.97, 0.99),
    ),
]

SITUATIONS = [
    ("employed", "Vous exercez une activité professionnelle salariée ou indépendante en France"),
    ("jobseeker", "Vous êtes demandeur d'emploi (inscrit à France Travail)"),
    ("student", "Vous êtes étudiant(e)"),
    (
        "inactive",
        "Vous n'exercez pas d'activité professionnelle et vous résidez en France de "
        "manière stable et régulière depuis plus de trois mois",
    ),
    ("other", "Autre situation (précisez) :"),
]

PIECES = [
    "une pièce d'identité : passeport en cours de validité ou, pour les ressortissants de "
    "l'Union européenne, de l'EEE ou de la Suisse, carte nationale d'identité ;",
    "si vous n'êtes pas ressortissant de l'UE/EEE/Suisse : votre titre de séjour, visa long "
    "séjour valant titre de séjour (VLS-TS) ou récépissé de demande ;",
    "un extrait d'acte de naissance avec filiation ou une copie intégrale (apostillé ou légalisé "
    "s'il a été établi à l'étranger, sauf dispense) ;",
    "un justificatif de résidence de plus de trois mois : bail de location, ou trois factures "
    "successives (électricité, gaz, eau, téléphone, internet), ou attestation d'hébergement "
    "accompagnée de la pièce d'identité de l'hébergeant et d'un justificatif de son domicile ;",
    "un relevé d'identité bancaire (RIB) à votre nom ;",
    "si vous travaillez : votre contrat de travail ou votre dernier bulletin de salaire.",
]


@dataclass
class Fill:
    mode: str  # hand | typed | acro | blank
    surname: str
    given: str
    sex: str
    dob: dt.date
    birth_city: str
    birth_country: str
    nationality: str
    street: str
    postcode: str
    city: str
    usage_name: str = ""
    nir: str = ""
    phone: str = ""
    email: str = ""
    situation: str | None = None
    job: str = ""
    contract: str = ""
    other_text: str = ""
    place: str = ""
    date_text: str = ""
    signed: bool = True
    sig_name: str = ""
    key: str = ""
    hand_font: str = "Hand2"
    ink: tuple = D.INK_BLUE
    date_hand: bool = True  # typed form: date written by hand after printing


def _footer(c, run, n):
    D.text(
        c,
        18 * mm,
        8 * mm,
        f"S1106 — cerfa n° 15763*02 — page {n}/2",
        run["font"],
        6.5,
        (0.3, 0.3, 0.3),
    )
    D.text(c, W - 18 * mm, 8 * mm, "ameli.fr", run["bold"], 7, (0.0, 0.36, 0.62), "r")


def _band(c, y, label, run):
    D.rect(c, 15 * mm, y, W - 30 * mm, 7 * mm, stroke=None, fill=run["band"])
    D.text(c, 18 * mm, y + 2.1 * mm, label, run["bold"], 9.5, run["band_text"])


def _sig_image(key, name, ink):
    from .looks import render  # local import: looks imports draw only

    def dr(c):
        D.signature(c, 2 * mm, 2 * mm, 46 * mm, 14 * mm, rng("sigimg", key), name, ink)

    img = render(D.Page(50 * mm, 18 * mm, dr), 220, alpha=True)
    buf = io.BytesIO()
    img.save(buf, "PNG")
    buf.seek(0)
    return ImageReader(buf)


class _Writer:
    """Puts a value in a field according to the filling mode."""

    def __init__(self, c, f: Fill, page: int):
        self.c = c
        self.f = f
        self.r = rng("formfill", f.key, page)
        self.slant = self.r.uniform(0.0, 0.14)
        self.n = 0

    def value(self, x, y, w, s, name, size=10):
        if not s:
            return
        f = self.f
        self.n += 1
        if f.mode == "hand":
            D.hand(
                self.c,
                x + 1.5 * mm,
                y + 1.2,
                s,
                self.r,
                size * 1.15,
                f.hand_font,
                f.ink,
                slant=self.slant,
            )
        elif f.mode == "typed":
            D.fit_text(
                self.c,
                x + 1.5 * mm,
                y + 1.5,
                s,
                w - 2 * mm,
                "LibM",
                size * 0.95,
                (0.05, 0.05, 0.05),
            )
        elif f.mode == "acro":
            self.c.acroForm.textfield(
                name=name,
                value=fold(s) if not _latin1(s) else s,
                x=x,
                y=y - 1,
                width=w,
                height=5.2 * mm,
                borderWidth=0,
                fillColor=None,
                borderColor=None,
                fontName="Helvetica",
                fontSize=size * 0.9,
                textColor=None,
                forceBorder=False,
            )

    def comb(self, xs, cw, y, chars, name):
        f = self.f
        if not chars:
            return
        if f.mode == "acro":
            self.c.acroForm.textfield(
                name=name,
                value=chars,
                x=xs[0],
                y=y,
                width=xs[-1] + cw - xs[0],
                height=cw * 1.1,
                borderWidth=0,
                fillColor=None,
                borderColor=None,
                fontName="Helvetica",
                fontSize=10,
                maxlen=len(xs),
                fieldFlags="comb",
            )
            return
        for xx, ch in zip(xs, chars):
            if f.mode == "hand":
                D.hand(
                    self.c,
                    xx + cw * 0.24,
                    y + cw * 0.2,
                    ch,
                    self.r,
                    cw * 1.05,
                    f.hand_font,
                    f.ink,
                    slant=self.slant * 0.5,
                    jitter=0.8,
                )
            else:
                D.text(
                    self.c,
                    xx + cw / 2,
                    y + cw * 0.25,
                    ch,
                    "LibM",
                    cw * 0.9,
                    (0.05, 0.05, 0.05),
                    "c",
                )

    def check(self, x, y, s, name):
        f = self.f
        if f.mode == "acro":
            self.c.acroForm.checkbox(
                name=name,
                x=x,
                y=y,
                size=s,
                checked=True,
                buttonStyle="cross",
                borderWidth=0,
                fillColor=None,
                borderColor=None,
            )
        elif f.mode == "hand":
            D.tick(self.c, x, y, s, self.r, f.ink, kind=self.r.choice(["x", "x", "v"]))
        else:
            D.text(self.c, x + s / 2, y + s * 0.15, "X", "LibM-B", s * 1.1, (0.05, 0.05, 0.05), "c")


def _latin1(s):
    try:
        s.encode("cp1252")
        return True
    except UnicodeEncodeError:
        return False


def form_pages(f: Fill, run_no: int) -> list[D.Page]:
    run = RUNS[run_no % len(RUNS)]
    fn, fb, ls = run["font"], run["bold"], run["lab"]

    def field(c, wr, x, y, w, label, val, name):
        if run["label_above"]:
            D.text(c, x, y + 6.3 * mm, label, fn, ls * 0.92, (0.15, 0.15, 0.2))
            D.rect(c, x, y - 1, w, 5.6 * mm, stroke=(0.45, 0.45, 0.5), lw=0.5, fill=run["light"])
            wr.value(x, y + 0.3, w, val, name)
        else:
            D.text(c, x, y + 1.2, label, fn, ls, (0.1, 0.1, 0.15))
            lx = x + D.width(label, fn, ls) + 2 * mm
            D.dotted_leader(c, lx, x + w, y)
            wr.value(lx, y + 0.8, x + w - lx, val, name)

    def p1(c):
        wr = _Writer(c, f, 1)
        # header
        c.setFillColorRGB(0.0, 0.36, 0.62)
        c.roundRect(15 * mm, H - 27 * mm, 11 * mm, 11 * mm, 2.5 * mm, stroke=0, fill=1)
        D.text(c, 20.5 * mm, H - 23.5 * mm, "AM", fb, 10, (1, 1, 1), "c")
        D.text(c, 28 * mm, H - 19.5 * mm, "l'Assurance", fb, 11, (0.0, 0.36, 0.62))
        D.text(c, 28 * mm, H - 25 * mm, "Maladie", fb, 11, (0.0, 0.36, 0.62))
        D.rect(c, W - 50 * mm, H - 28 * mm, 35 * mm, 13 * mm, stroke=(0, 0, 0), lw=0.8)
        D.text(c, W - 47 * mm, H - 20 * mm, "cerfa", "Sans-I", 11)
        D.text(c, W - 47 * mm, H - 25.5 * mm, "N° 15763*02", fb, 9)
        D.text(
            c,
            W / 2,
            H - 38 * mm,
            "Demande d'ouverture des droits à l'assurance maladie",
            fb,
            run["title"],
            (0.05, 0.1, 0.3),
            "c",
        )
        D.text(
            c,
            W / 2,
            H - 44.5 * mm,
            "Protection universelle maladie (PUMa)",
            fn,
            10.5,
            (0.2, 0.2, 0.3),
            "c",
        )
        notice = (
            "Vous travaillez ou vous résidez en France de manière stable et régulière : "
            "remplissez ce formulaire pour être affilié(e) à l'assurance maladie. Écrivez en "
            "lettres capitales. Joignez les pièces justificatives listées en page 2 et "
            "adressez le tout à la caisse d'assurance maladie de votre lieu de résidence. "
            "Articles L. 160-1, L. 160-5, L. 111-2-3 et R. 111-2 du code de la sécurité "
            "sociale."
        )
        D.para(c, 18 * mm, H - 52 * mm, notice, W - 36 * mm, fn, 6.6, 8.2, (0.25, 0.25, 0.3))
        # section A
        y = H - 72 * mm
        _band(c, y, "A   VOUS", run)
        y -= 11 * mm
        fw = W - 36 * mm
        x = 18 * mm
        field(c, wr, x, y, fw, "Nom de naissance :", f.surname, "nom_naissance")
        y -= 10 * mm
        field(c, wr, x, y, fw, "Nom d'usage (facultatif) :", f.usage_name, "nom_usage")
        y -= 10 * mm
        field(c, wr, x, y, fw, "Prénom(s) :", f.given, "prenoms")
        y -= 11 * mm
        D.text(c, x, y + 1.2, "Sexe :", fn, ls)
        s = 3.8 * mm
        sx = x + 14 * mm
        for lab_, val in (("F", "F"), ("M", "M")):
            D.checkbox(c, sx, y, s)
            D.text(c, sx + s + 1.5 * mm, y + 1.2, lab_, fn, ls)
            if f.sex == val and f.mode != "blank":
                wr.check(sx, y, s, f"sexe_{val}")
            sx += 14 * mm
        D.text(c, x + 50 * mm, y + 1.2, "Date de naissance :", fn, ls)
        cw = run["comb"]
        cx = x + 50 * mm + D.width("Date de naissance :", fn, ls) + 3 * mm
        xs = D.comb(c, cx, y - 1, 8, cw, cw, groups={1, 3})
        for i, lab_ in (
            (0, "J"),
            (1, "J"),
            (2, "M"),
            (3, "M"),
            (4, "A"),
            (5, "A"),
            (6, "A"),
            (7, "A"),
        ):
            D.text(c, xs[i] + cw / 2, y - 1 - 2.6 * mm, lab_, fn, 5.5, (0.45, 0.45, 0.45), "c")
        wr.comb(
            xs, cw, y - 1, f.dob.strftime("%d%m%Y") if f.mode != "blank" else "", "date_naissance"
        )
        y -= 13 * mm
        field(c, wr, x, y, fw * 0.58, "Lieu de naissance (commune) :", f.birth_city, "lieu_commune")
        field(c, wr, x + fw * 0.6, y, fw * 0.4, "Pays :", f.birth_country, "lieu_pays")
        y -= 10 * mm
        field(c, wr, x, y, fw * 0.6, "Nationalité :", f.nationality, "nationalite")
        y -= 11 * mm
        D.text(c, x, y + 1.2, "N° de sécurité sociale (si vous en avez un) :", fn, ls)
        nx = x + D.width("N° de sécurité sociale (si vous en avez un) :", fn, ls) + 3 * mm
        cw2 = cw * 0.82
        xs = D.comb(c, nx, y - 1, 13, cw2, cw2, groups={0, 2, 4, 6, 9})
        kx = xs[-1] + cw2 * 2
        xs2 = D.comb(c, kx, y - 1, 2, cw2, cw2)
        if f.nir:
            wr.comb(xs, cw2, y - 1, f.nir[:13], "nir")
            wr.comb(xs2, cw2, y - 1, f.nir[13:], "nir_cle")
        y -= 10 * mm
        field(c, wr, x, y, fw * 0.6, "N° d'allocataire CAF (facultatif) :", "", "caf")
        y -= 10 * mm
        field(c, wr, x, y, fw, "Adresse :", f.street, "adresse")
        y -= 11 * mm
        D.text(c, x, y + 1.2, "Code postal :", fn, ls)
        px = x + D.width("Code postal :", fn, ls) + 3 * mm
        xs = D.comb(c, px, y - 1, 5, cw, cw)
        wr.comb(xs, cw, y - 1, f.postcode, "code_postal")
        field(c, wr, x + 60 * mm, y, fw - 60 * mm, "Commune :", f.city, "commune")
        y -= 10 * mm
        field(c, wr, x, y, fw * 0.42, "Téléphone :", f.phone, "telephone")
        field(c, wr, x + fw * 0.45, y, fw * 0.55, "Courriel :", f.email, "courriel")
        # section B
        y -= 13 * mm
        _band(c, y, "B   VOTRE SITUATION", run)
        y -= 10 * mm
        s = 3.8 * mm
        for code, label in SITUATIONS:
            D.checkbox(c, x, y - 0.5 * mm, s)
            yy = D.para(c, x + s + 3 * mm, y + 0.4 * mm, label, fw - s - 6 * mm, fn, ls, ls * 1.25)
            if f.situation and code in f.situation.split("+"):
                wr.check(x, y - 0.5 * mm, s, f"situation_{code}")
            if code == "employed":
                y = yy - 2.5 * mm
                field(
                    c,
                    wr,
                    x + 8 * mm,
                    y,
                    fw * 0.5,
                    "Emploi occupé :",
                    f.job if f.situation and "employed" in f.situation else "",
                    "emploi",
                )
                tx = x + 8 * mm + fw * 0.53
                D.text(c, tx, y + 1.2, "Contrat :", fn, ls)
                tx += D.width("Contrat :", fn, ls) + 3 * mm
                for ct in ("CDI", "CDD"):
                    D.checkbox(c, tx, y, s)
                    D.text(c, tx + s + 1.5 * mm, y + 1.2, ct, fn, ls)
                    if f.contract == ct and f.situation and "employed" in f.situation:
                        wr.check(tx, y, s, f"contrat_{ct}")
                    tx += 16 * mm
                y -= 9 * mm
            elif code == "other":
                lx = x + s + 3 * mm + D.width(label, fn, ls) + 2 * mm
                D.dotted_leader(c, lx, x + fw, y + 0.4 * mm)
                if f.situation and "other" in f.situation:
                    wr.value(lx, y + 1, x + fw - lx, f.other_text, "autre_precision")
                y = yy - 4 * mm
            else:
                y = yy - 4 * mm
        _footer(c, run, 1)

    def p2(c):
        wr = _Writer(c, f, 2)
        x = 18 * mm
        fw = W - 36 * mm
        y = H - 22 * mm
        _band(c, y, "C   VOS ENGAGEMENTS ET SIGNATURE", run)
        y -= 8 * mm
        cert = (
            "Je certifie sur l'honneur l'exactitude des renseignements portés sur ce formulaire "
            "et je m'engage à signaler à ma caisse d'assurance maladie tout changement dans ma "
            "situation (adresse, activité, résidence)."
        )
        y = D.para(c, x, y, cert, fw, fn, ls + 0.6, (ls + 0.6) * 1.3)
        warn = (
            "La loi punit quiconque se rend coupable de fraudes ou de fausses déclarations "
            "(articles 313-1, 313-3, 433-19, 441-1 et 441-7 du code pénal). Les informations "
            "recueillies font l'objet d'un traitement informatique ; vous disposez d'un droit "
            "d'accès et de rectification auprès de votre caisse (loi n° 78-17 du 6 janvier "
            "1978 modifiée, règlement (UE) 2016/679)."
        )
        y = D.para(c, x, y - 2 * mm, warn, fw, fn, 6.6, 8.3, (0.3, 0.3, 0.35))
        y -= 8 * mm
        D.text(c, x, y, "Fait à", fn, ls + 1)
        fx = x + D.width("Fait à", fn, ls + 1) + 2 * mm
        D.dotted_leader(c, fx, fx + 62 * mm, y - 0.5)
        D.text(c, fx + 65 * mm, y, "le", fn, ls + 1)
        lx = fx + 65 * mm + D.width("le", fn, ls + 1) + 2 * mm
        D.dotted_leader(c, lx, lx + 45 * mm, y - 0.5)
        if f.mode == "typed" and f.date_hand:
            hw = _Writer(c, Fill(**{**f.__dict__, "mode": "hand"}), 2)
            hw.value(fx, y + 0.5, 60 * mm, f.place, "fait_a")
            hw.value(lx, y + 0.5, 45 * mm, f.date_text, "le")
        else:
            wr.value(fx, y + 0.5, 60 * mm, f.place, "fait_a")
            wr.value(lx, y + 0.5, 45 * mm, f.date_text, "le")
        y -= 8 * mm
        bw, bh = 80 * mm, 28 * mm
        bx = W - 18 * mm - bw
        D.rect(c, bx, y - bh, bw, bh, stroke=(0.1, 0.1, 0.15), lw=0.9)
        D.text(c, bx + 2 * mm, y - 4.5 * mm, "Signature", fn, ls, (0.35, 0.35, 0.4))
        if f.signed and f.mode != "blank":
            if f.mode == "acro":
                c.drawImage(
                    _sig_image(f.key, f.sig_name or f.surname, f.ink),
                    bx + 12 * mm,
                    y - bh + 4 * mm,
                    56 * mm,
                    20 * mm,
                    mask="auto",
                )
            else:
                D.signature(
                    c,
                    bx + 12 * mm,
                    y - bh + 4 * mm,
                    55 * mm,
                    17 * mm,
                    rng("sig", f.key),
                    f.sig_name or f.surname,
                    f.ink,
                )
        y -= bh + 12 * mm
        D.text(c, x, y, "PIÈCES JUSTIFICATIVES À JOINDRE À VOTRE DEMANDE", fb, 10, (0.05, 0.1, 0.3))
        y -= 6 * mm
        for pc in PIECES:
            D.text(c, x + 1 * mm, y, "•", fn, ls)
            y = D.para(c, x + 5 * mm, y, pc, fw - 5 * mm, fn, ls, ls * 1.3) - 1.8 * mm
        y -= 6 * mm
        bh2 = 30 * mm
        D.rect(c, x, y - bh2, fw, bh2, stroke=(0.3, 0.3, 0.35), lw=0.7, fill=(0.95, 0.95, 0.95))
        D.text(c, x + 3 * mm, y - 5 * mm, "Cadre réservé à l'organisme", fb, 8.5, (0.25, 0.25, 0.3))
        for i, lab_ in enumerate(
            ["Date de réception :", "Pièces vérifiées :  oui  /  non", "Matricule agent :"]
        ):
            D.text(c, x + 3 * mm, y - 12 * mm - i * 6 * mm, lab_, fn, 7.5, (0.3, 0.3, 0.35))
        _footer(c, run, 2)

    return [D.Page(W, H, p1, acro=f.mode == "acro"), D.Page(W, H, p2, acro=f.mode == "acro")]


def form_doc(
    f: Fill,
    run_no: int,
    signed_on: dt.date | None,
    employment_status: str | None,
    key: str = "",
    notes: str | None = None,
) -> D.Doc:
    fields = dict(
        surname=f.surname or None,
        given_names=f.given or None,
        date_of_birth=f.dob.isoformat() if f.mode != "blank" else None,
        employment_status=employment_status,
        signed=bool(f.signed and f.mode != "blank"),
        signed_on=signed_on.isoformat() if signed_on else None,
        nir=f.nir or None,
    )
    return D.Doc(
        "application_form", fields, form_pages(f, run_no), key=key or f"form-{f.key}", notes=notes
    )
