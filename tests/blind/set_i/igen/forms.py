"""The cerfa 15763*02 (ameli S1106) "Demande d'ouverture des droits à l'assurance maladie".

Drawn from the public description of the form: two A4 pages, section A "Vous",
section B "Votre situation", section C "Vos engagements et signature", the list of
supporting documents and the "cadre réservé à l'organisme". Three "print runs" differ in
fonts, box sizes and field styles; it can be filled by hand, typed, or as AcroForm."""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass, field

from reportlab.lib.units import mm

from .hand import signature
from .model import Doc
from .paint import Page, Pg
from .people import Person
from .util import rng_for

AM_BLUE = (0, 82, 160)
AM_DARK = (20, 40, 90)


@dataclass
class FormFill:
    person: Person
    nationality_fr: str  # "colombienne"
    pob_city: str
    pob_country: str
    situation: str  # salarie | independant | demandeur | etudiant | inactif | autre
    job: str = ""
    contract: str = ""  # CDI | CDD | autre
    city: str = ""
    signed_on: dt.date | None = None
    signed: bool = True
    mode: str = "hand"  # hand | typed | acro
    font: str = "breip"
    ink: str = "blue"
    run: int = 0
    surname_written: str = ""  # how the applicant wrote the birth name
    given_written: str = ""
    usage_written: str = ""
    nir: str = ""
    other_text: str = ""
    date_style: str = "slash"  # slash | words
    seed: str = ""
    extra: dict = field(default_factory=dict)

    @property
    def employment_status(self) -> str:
        if self.situation in ("salarie", "independant"):
            return "employed"
        if self.situation in ("demandeur", "inactif"):
            return "not_employed"
        return "other"


RUNS = [
    {"f": "Arial", "fb": "Arial-B", "comb": True, "cw": 5.2, "band": AM_BLUE, "lab": 8.2},
    {"f": "OpenSans", "fb": "OpenSans-B", "comb": False, "cw": 5.6, "band": AM_DARK, "lab": 7.8},
    {"f": "Roboto", "fb": "Roboto-B", "comb": True, "cw": 4.8, "band": (30, 90, 150), "lab": 8.0},
]


def _writer(p: Pg, ff: FormFill, rng: random.Random):
    """Returns a function writing a value at (x, baseline y) in the fill mode."""

    def write(x, y, text, size=None, caps=True):
        if not text:
            return
        s = text.upper() if caps else text
        if ff.mode == "hand":
            sz = size or (4.4 if caps else 5.2)
            p.hand(x, y, s, rng, font=ff.font, size=sz, ink=ff.ink, jitter=0.9, bold=_bold(ff.font))
        else:
            p.t(x, y, s, "Courier-B" if ff.mode == "typed" else "Arial", (size or 4.0) * 2.4)

    return write


def _tick(p: Pg, x, y, s, ff: FormFill, rng: random.Random):
    """Cross or tick in a box at (x,y) of size s."""
    if ff.mode == "hand":
        ch = "X"
        font = ff.font
        p.hand(
            x + s * 0.12 + rng.uniform(-0.4, 0.6),
            y + s * 0.92 + rng.uniform(-0.3, 0.5),
            ch,
            rng,
            font=font,
            size=s * 1.15,
            ink=ff.ink,
        )
    else:
        p.t(x + s / 2, y + s * 0.82, "X", "Arial-B", s * 2.6, (0, 0, 0), align="c")


def _bold(font: str) -> int:
    return 1 if font in ("breip", "dkg", "ruf", "humor") else 0


def _comb_write(p: Pg, x, y, cw, ch, text, ff: FormFill, rng):
    for i, c in enumerate(text):
        if c == " ":
            continue
        if ff.mode == "hand":
            p.hand(
                x + i * cw + cw * 0.22 + rng.uniform(-0.3, 0.3),
                y + ch - 1.0,
                c,
                rng,
                font=ff.font,
                size=min(4.6, ch * 0.8),
                ink=ff.ink,
                jitter=0.8,
                bold=_bold(ff.font),
            )
        else:
            p.t(x + i * cw + cw / 2, y + ch - 1.3, c, "Courier-B", 10, (0, 0, 0), align="c")


def application_form(ff: FormFill) -> Doc:
    run = RUNS[ff.run % len(RUNS)]
    f, fb = run["f"], run["fb"]
    band = run["band"]
    lab = run["lab"]
    rng = rng_for("form", ff.seed or ff.person.surname, ff.run)
    pp = ff.person
    sig_img = signature(pp.full(), rng, ink=ff.ink) if ff.signed else None
    acro = ff.mode == "acro"

    def section(p: Pg, y, letter, title):
        p.rect(12, y, 186, 6.5, lw=0, stroke=None, fill=band)
        p.t(15, y + 4.7, f"{letter}", fb, 10, (255, 255, 255))
        p.t(23, y + 4.7, title, fb, 9.5, (255, 255, 255))

    def field_line(p: Pg, x, y, w, label, value, name, caps=True, size=None):
        p.t(x, y, label, f, lab)
        lx = x + p.tw(label, f, lab) + 2
        if run["comb"] and w - (lx - x) > 40 and caps and not acro:
            n = int((x + w - lx) / run["cw"])
            p.comb(lx, y - 4.6, n, run["cw"], 5.6, 0.35, (60, 60, 60))
            if acro:
                _acro_text(p, name, value.upper(), lx, y - 4.6, n * run["cw"], 5.6, comb=n)
            elif value:
                _comb_write(p, lx, y - 4.6, run["cw"], 5.6, value.upper()[:n], ff, rng)
        else:
            p.line(lx, y + 0.8, x + w, y + 0.8, 0.3, (90, 90, 90), dash=[1, 1.2])
            if acro:
                _acro_text(p, name, value, lx, y - 4.2, x + w - lx, 5.2)
            else:
                _writer(p, ff, rng)(lx + 1.5, y - 0.1, value, size, caps)

    def page1(p: Pg):
        # header
        p.rect(12, 10, 9, 9, lw=0, stroke=None, fill=AM_BLUE, r=1.5)
        p.t(16.5, 16.8, "A", "Arial-B", 13, (255, 255, 255), align="c")
        p.t(24, 13.5, "l'Assurance", fb, 11, AM_BLUE)
        p.t(24, 18.5, "Maladie", fb, 11, AM_BLUE)
        p.t(24, 22.3, "Agir ensemble, protéger chacun", f, 6, (90, 90, 90))
        p.rect(162, 9, 36, 15, lw=0.6, stroke=(0, 0, 0))
        p.t(180, 15, "cerfa", "Arial-B", 11, (0, 0, 0), align="c")
        p.t(180, 21, "N° 15763*02", fb, 8.5, (0, 0, 0), align="c")
        p.t(105, 33, "Demande d'ouverture des droits", fb, 15, AM_DARK, align="c")
        p.t(105, 39.5, "à l'assurance maladie", fb, 15, AM_DARK, align="c")
        p.t(105, 46, "Protection universelle maladie (PUMa)", f, 10.5, AM_BLUE, align="c")
        notice = (
            "Vous résidez en France de manière stable et régulière depuis plus de trois mois, ou "
            "vous exercez une activité professionnelle en France : vous pouvez bénéficier de la prise "
            "en charge de vos frais de santé. Complétez ce formulaire en lettres capitales, datez-le, "
            "signez-le et adressez-le à la caisse d'assurance maladie de votre lieu de résidence avec "
            "les pièces justificatives listées en page 2."
        )
        y = p.para(14, 52, 182, notice, f, 7.2, 3.2)
        p.t(
            14,
            y + 0.5,
            "Articles L. 160-1, L. 160-5, L. 161-1, R. 111-2 et D. 160-2 du code de la "
            "sécurité sociale.",
            f + ("-I" if f in ("Arial", "Roboto", "OpenSans") else ""),
            6.5,
            (80, 80, 80),
        )
        y = y + 5
        section(p, y, "A", "VOUS")
        y += 13
        field_line(
            p, 14, y, 184, "Nom de naissance", ff.surname_written or pp.surname, "nom_naissance"
        )
        y += 9
        field_line(p, 14, y, 184, "Nom d'usage (facultatif)", ff.usage_written, "nom_usage")
        y += 9
        field_line(p, 14, y, 184, "Prénom(s)", ff.given_written or pp.given, "prenoms")
        y += 9
        p.t(14, y, "Sexe :", f, lab)
        for i, sx in enumerate(("F", "M")):
            bx = 28 + i * 16
            p.box(bx, y - 3.3, 3.6, 0.5)
            p.t(bx + 5, y, "Féminin" if sx == "F" else "Masculin", f, lab - 0.5)
            if pp.sex == sx:
                if acro:
                    _acro_check(p, "sexe_" + sx, bx, y - 3.3, 3.6)
                else:
                    _tick(p, bx, y - 3.3, 3.6, ff, rng)
        p.t(80, y, "Date de naissance", f, lab)
        cw = run["cw"]
        bx = 80 + p.tw("Date de naissance", f, lab) + 3
        d = pp.dob.strftime("%d%m%Y")
        groups = [(d[0:2], 2, "JJ"), (d[2:4], 2, "MM"), (d[4:8], 4, "AAAA")]
        for txt, n, hint in groups:
            if acro:
                p.rect(bx, y - 4.6, n * cw, 5.6, lw=0.4, stroke=(60, 60, 60))
            for i in range(0 if acro else n):
                p.rect(bx + i * cw, y - 4.6, cw, 5.6, lw=0.4, stroke=(60, 60, 60))
            p.t(bx + n * cw / 2, y + 3.4, hint, f, 5.5, (120, 120, 120), align="c")
            if acro:
                _acro_text(p, "date_naissance_" + hint.lower(), txt, bx + 0.6, y - 4.6, n * cw, 5.6)
            else:
                _comb_write(p, bx, y - 4.6, cw, 5.6, txt, ff, rng)
            bx += n * cw + 3
        y += 10
        field_line(
            p,
            14,
            y,
            100,
            "Lieu de naissance : commune",
            ff.pob_city,
            "lieu_naissance_commune",
            caps=False,
        )
        field_line(p, 118, y, 80, "pays", ff.pob_country, "lieu_naissance_pays", caps=False)
        y += 9
        field_line(p, 14, y, 100, "Nationalité", ff.nationality_fr, "nationalite", caps=False)
        y += 9
        p.t(14, y, "N° de sécurité sociale (si vous en avez un)", f, lab)
        nx = 14 + p.tw("N° de sécurité sociale (si vous en avez un)", f, lab) + 3
        p.comb(nx, y - 4.6, 13, cw * 0.9, 5.6, 0.35, (60, 60, 60))
        p.comb(nx + 13 * cw * 0.9 + 3, y - 4.6, 2, cw * 0.9, 5.6, 0.35, (60, 60, 60))
        if ff.nir and not acro:
            _comb_write(p, nx, y - 4.6, cw * 0.9, 5.6, ff.nir[:13], ff, rng)
            _comb_write(p, nx + 13 * cw * 0.9 + 3, y - 4.6, cw * 0.9, 5.6, ff.nir[13:], ff, rng)
        y += 9
        p.t(14, y, "N° d'allocataire CAF (si vous en avez un)", f, lab)
        p.line(
            14 + p.tw("N° d'allocataire CAF (si vous en avez un)", f, lab) + 2,
            y + 0.8,
            110,
            y + 0.8,
            0.3,
            (90, 90, 90),
            dash=[1, 1.2],
        )
        y += 9
        addr = pp.address
        field_line(
            p,
            14,
            y,
            184,
            "Adresse",
            addr.line1 + (", " + addr.line2 if addr.line2 else ""),
            "adresse",
            caps=False,
        )
        y += 9
        p.t(14, y, "Code postal", f, lab)
        cx = 14 + p.tw("Code postal", f, lab) + 3
        if acro:
            p.rect(cx, y - 4.6, 5 * cw, 5.6, lw=0.4, stroke=(60, 60, 60))
            _acro_text(p, "code_postal", addr.postcode, cx + 0.6, y - 4.6, 5 * cw, 5.6)
        else:
            p.comb(cx, y - 4.6, 5, cw, 5.6, 0.35, (60, 60, 60))
            _comb_write(p, cx, y - 4.6, cw, 5.6, addr.postcode, ff, rng)
        field_line(
            p,
            cx + 5 * cw + 4,
            y,
            198 - (cx + 5 * cw + 4),
            "Commune",
            addr.city,
            "commune",
            caps=False,
        )
        y += 9
        field_line(p, 14, y, 80, "Téléphone", pp.phone, "telephone", caps=False)
        field_line(p, 98, y, 100, "Courriel", pp.email, "courriel", caps=False, size=3.6)
        y += 8
        section(p, y, "B", "VOTRE SITUATION")
        y += 12
        p.t(14, y, "Vous exercez une activité professionnelle en France :", fb, lab)
        y += 6.5
        opts1 = [
            ("salarie", "vous êtes salarié(e)  —  profession :"),
            (
                "independant",
                "vous êtes travailleur indépendant / non salarié(e) (artisan, commerçant, "
                "profession libérale, micro-entrepreneur)",
            ),
        ]
        for key, text in opts1:
            p.box(16, y - 3.3, 3.6, 0.5)
            p.t(22, y, text, f, lab - 0.4)
            if ff.situation == key:
                if acro:
                    _acro_check(p, "situation_" + key, 16, y - 3.3, 3.6)
                else:
                    _tick(p, 16, y - 3.3, 3.6, ff, rng)
            if key == "salarie":
                jx = 22 + p.tw(text, f, lab - 0.4) + 2
                p.line(jx, y + 0.8, 196, y + 0.8, 0.3, (90, 90, 90), dash=[1, 1.2])
                if ff.situation == "salarie":
                    if acro:
                        _acro_text(p, "profession", ff.job, jx, y - 4.2, 196 - jx, 5.2)
                    else:
                        _writer(p, ff, rng)(jx + 2, y - 0.1, ff.job, None, False)
                y += 6.5
                p.t(28, y, "type de contrat :", f, lab - 0.4)
                cx2 = 28 + p.tw("type de contrat :", f, lab - 0.4) + 3
                for c_label in ("CDI", "CDD", "autre (intérim, saisonnier, apprentissage...)"):
                    p.box(cx2, y - 3.3, 3.4, 0.45)
                    p.t(cx2 + 5, y, c_label, f, lab - 0.6)
                    if (
                        ff.situation == "salarie"
                        and ff.contract
                        and c_label.startswith(ff.contract)
                    ):
                        if acro:
                            _acro_check(p, "contrat_" + ff.contract.lower(), cx2, y - 3.3, 3.4)
                        else:
                            _tick(p, cx2, y - 3.3, 3.4, ff, rng)
                    cx2 += p.tw(c_label, f, lab - 0.6) + 12
            y += 6.5
        y += 2
        p.t(14, y, "Vous n'exercez pas d'activité professionnelle :", fb, lab)
        y += 6.5
        opts2 = [
            ("demandeur", "vous êtes demandeur d'emploi inscrit(e) à France Travail"),
            ("etudiant", "vous êtes étudiant(e)"),
            (
                "inactif",
                "vous êtes sans activité et résidez en France de manière stable et régulière "
                "depuis plus de trois mois",
            ),
            ("autre", "autre situation (précisez) :"),
        ]
        for key, text in opts2:
            p.box(16, y - 3.3, 3.6, 0.5)
            lines = p.wrap(text, 175, f, lab - 0.4)
            for i, ln in enumerate(lines):
                p.t(22, y + i * 3.6, ln, f, lab - 0.4)
            if ff.situation == key:
                if acro:
                    _acro_check(p, "situation_" + key, 16, y - 3.3, 3.6)
                else:
                    _tick(p, 16, y - 3.3, 3.6, ff, rng)
            if key == "autre":
                ox = 22 + p.tw(text, f, lab - 0.4) + 2
                p.line(ox, y + 0.8, 196, y + 0.8, 0.3, (90, 90, 90), dash=[1, 1.2])
                if ff.situation == "autre" and ff.other_text:
                    _writer(p, ff, rng)(ox + 2, y - 0.1, ff.other_text, None, False)
            y += 6.5 + 3.6 * (len(lines) - 1)
        p.t(105, 287, "S1106 — cerfa n° 15763*02 — page 1/2", f, 6.5, (90, 90, 90), align="c")
        p.t(198, 287, "Tournez la page SVP", f, 6.5, (90, 90, 90), align="r")

    def page2(p: Pg):
        section(p, 14, "C", "VOS ENGAGEMENTS ET SIGNATURE")
        txt = (
            "Je certifie sur l'honneur l'exactitude des renseignements portés sur ce formulaire. "
            "Je m'engage à signaler à ma caisse d'assurance maladie tout changement dans ma situation "
            "(adresse, activité, situation familiale) dans un délai d'un mois."
        )
        y = p.para(14, 27, 182, txt, f, 8.2, 3.8)
        warn = (
            "La loi rend passible d'amende et/ou d'emprisonnement quiconque se rend coupable de fraudes "
            "ou de fausses déclarations (articles 313-1, 313-3, 433-19, 441-1 et 441-7 du code pénal). "
            "En outre, l'inexactitude, le caractère incomplet des déclarations ou l'absence de "
            "déclaration d'un changement de situation peuvent faire l'objet d'une pénalité financière "
            "en application de l'article L. 114-17-1 du code de la sécurité sociale."
        )
        y = p.para(14, y + 2, 182, warn, f, 6.8, 3.1, (70, 70, 70))
        y += 6
        p.t(14, y, "Fait à", f, lab + 0.5)
        p.line(24, y + 0.8, 95, y + 0.8, 0.3, (90, 90, 90), dash=[1, 1.2])
        p.t(100, y, "le", f, lab + 0.5)
        p.line(105, y + 0.8, 150, y + 0.8, 0.3, (90, 90, 90), dash=[1, 1.2])
        if acro:
            _acro_text(p, "fait_a", ff.city, 25, y - 4.2, 69, 5.2)
            _acro_text(
                p,
                "date_signature",
                ff.signed_on.strftime("%d/%m/%Y") if ff.signed_on else "",
                106,
                y - 4.2,
                43,
                5.2,
            )
        else:
            w = _writer(p, ff, rng)
            w(27, y - 0.1, ff.city, None, False)
            if ff.signed_on:
                if ff.date_style == "words":
                    from .util import fr_long

                    ds = fr_long(ff.signed_on)
                else:
                    ds = ff.signed_on.strftime("%d/%m/%Y")
                w(107, y - 0.1, ds, None, False)
        y += 6
        p.rect(120, y, 78, 32, lw=0.6, stroke=(0, 0, 0))
        p.t(122, y + 4, "Signature", fb, 8, (0, 0, 0))
        if sig_img is not None:
            p.img(
                sig_img, 128 + rng.uniform(-3, 6), y + 6 + rng.uniform(-1, 3), w=rng.uniform(48, 60)
            )
        y += 40
        p.rect(12, y, 186, 7, lw=0, stroke=None, fill=(225, 232, 242))
        p.t(15, y + 5, "PIÈCES JUSTIFICATIVES À JOINDRE À VOTRE DEMANDE", fb, 9, AM_DARK)
        y += 12
        items = [
            "une pièce d'identité en cours de validité : passeport, ou carte nationale d'identité si "
            "vous êtes ressortissant(e) de l'Union européenne, de l'Espace économique européen ou de la Suisse ;",
            "si vous n'êtes pas ressortissant(e) de l'UE/EEE/Suisse : votre titre de séjour en cours de "
            "validité, ou votre visa long séjour valant titre de séjour (VLS-TS), ou le récépissé de votre "
            "demande de titre de séjour ;",
            "votre acte de naissance (copie intégrale ou extrait avec filiation) ; s'il a été établi à "
            "l'étranger, il doit être apostillé ou légalisé, sauf convention contraire ;",
            "un justificatif de résidence en France depuis plus de trois mois : bail de location, ou "
            "trois factures successives (électricité, gaz, eau, téléphone fixe, internet ou mobile), ou "
            "attestation d'hébergement accompagnée de la pièce d'identité et d'un justificatif de "
            "domicile de l'hébergeant ;",
            "un relevé d'identité bancaire (RIB) à votre nom ;",
            "si vous exercez une activité salariée : votre contrat de travail ou votre dernier bulletin "
            "de salaire.",
        ]
        for it in items:
            p.t(16, y, "•", f, 8.5)
            y = p.para(21, y, 175, it, f, 8, 3.7) + 1.6
        y += 4
        p.rect(12, y, 186, 30, lw=0.5, stroke=(0, 0, 0), dash=[2, 1.5])
        p.t(15, y + 5, "Cadre réservé à l'organisme", fb, 8, (60, 60, 60))
        p.t(15, y + 12, "Date de réception :", f, 7.5, (60, 60, 60))
        p.t(15, y + 19, "Pièces vérifiées :", f, 7.5, (60, 60, 60))
        p.box(42, y + 16.3, 3, 0.4, (60, 60, 60))
        p.t(46.5, y + 19, "oui", f, 7.5, (60, 60, 60))
        p.box(55, y + 16.3, 3, 0.4, (60, 60, 60))
        p.t(59.5, y + 19, "non", f, 7.5, (60, 60, 60))
        p.t(15, y + 26, "Matricule agent :", f, 7.5, (60, 60, 60))
        p.t(110, y + 12, "Cachet de la caisse", f, 7.5, (60, 60, 60))
        y += 36
        cnil = (
            "Les informations recueillies font l'objet d'un traitement par l'Assurance Maladie pour "
            "l'ouverture et la gestion de vos droits. Conformément au règlement (UE) 2016/679 et à la loi "
            "n° 78-17 du 6 janvier 1978 modifiée, vous disposez d'un droit d'accès et de rectification "
            "auprès du directeur de votre caisse ou de son délégué à la protection des données."
        )
        p.para(14, y, 182, cnil, f, 6.3, 2.9, (90, 90, 90))
        p.t(105, 287, "S1106 — cerfa n° 15763*02 — page 2/2", f, 6.5, (90, 90, 90), align="c")

    pages = [Page(page1), Page(page2)]
    fields = {
        "surname": (ff.surname_written or pp.surname).upper(),
        "given_names": (ff.given_written or pp.given).upper(),
        "date_of_birth": pp.dob.isoformat(),
        "employment_status": ff.employment_status,
        "signed": bool(ff.signed),
        "signed_on": ff.signed_on.isoformat() if ff.signed_on else None,
    }
    if ff.usage_written:
        fields["usage_name"] = ff.usage_written.upper()
    return Doc("application_form", fields, pages)


def _acro_text(p: Pg, name, value, x, y, w, h, comb=0):
    form = p.c.acroForm
    kw = {}
    if comb:
        kw["maxlen"] = comb
        kw["fieldFlags"] = "comb"
    form.textfield(
        name=name,
        value=value or "",
        x=x * mm,
        y=(p.h - y - h) * mm,
        width=w * mm,
        height=h * mm,
        fontName="Helvetica",
        fontSize=9,
        borderWidth=0,
        fillColor=None,
        borderColor=None,
        forceBorder=False,
        **kw,
    )


def _acro_check(p: Pg, name, x, y, s):
    form = p.c.acroForm
    form.checkbox(
        name=name,
        checked=True,
        x=x * mm,
        y=(p.h - y - s) * mm,
        size=s * mm,
        buttonStyle="cross",
        borderWidth=0,
        fillColor=None,
        borderColor=None,
    )
