"""The application form, cerfa 15763*02 (S1106), in three print runs and four ways of filling."""

from __future__ import annotations

import datetime as dt
import io
import random

import setl_core as K
from PIL import Image
from reportlab.lib.utils import ImageReader
from setl_draw import INK_BLUE, comb, hand, hand_comb, line, para, rect, signature, tick, txt
from setl_model import Doc, Person
from setl_render import A4, Page, raster

W, H = A4

RUNS = [
    {
        "font": "Lib",
        "bold": "Lib-B",
        "band": (0.05, 0.3, 0.6),
        "band_text": (1, 1, 1),
        "box": 0,
        "cw": 13.2,
        "ch": 15,
        "lab": 8.2,
    },
    {
        "font": "Open",
        "bold": "Open-B",
        "band": (0.86, 0.9, 0.95),
        "band_text": (0.05, 0.2, 0.45),
        "box": 1,
        "cw": 13.6,
        "ch": 16,
        "lab": 7.8,
    },
    {
        "font": "SansC",
        "bold": "SansC-B",
        "band": (1, 1, 1),
        "band_text": (0, 0, 0),
        "box": 2,
        "cw": 12.8,
        "ch": 14.5,
        "lab": 8.0,
    },
]

SITUATIONS = {
    "employed": "Vous exercez une activité professionnelle salariée ou non salariée en France",
    "jobseeker": "Vous êtes demandeur d'emploi (inscrit à France Travail)",
    "student": "Vous êtes étudiant(e)",
    "not_employed": (
        "Vous n'exercez pas d'activité professionnelle et vous résidez en France de "
        "manière stable et régulière depuis plus de trois mois"
    ),
    "other": "Autre situation, précisez :",
}
STATUS_OF = {
    "employed": "employed",
    "jobseeker": "not_employed",
    "student": "other",
    "not_employed": "not_employed",
    "other": "other",
}


def _band(c, y, letter, title, run):
    R = RUNS[run]
    if R["box"] == 2:
        rect(c, 28, y - 16, W - 56, 18, (0, 0, 0), None, 1.2)
        txt(c, 36, y - 11, f"{letter}  {title}", R["bold"], 10.5)
    else:
        rect(c, 28, y - 16, W - 56, 18, None, R["band"], r=3 if R["box"] == 1 else 0)
        txt(c, 36, y - 11, f"{letter}   {title}", R["bold"], 10.5, R["band_text"])
    return y - 26


def _checkbox(c, x, y, run, size=9):
    rect(c, x, y, size, size, (0, 0, 0), (1, 1, 1), 0.7, r=1.5 if RUNS[run]["box"] == 1 else 0)


class Filler:
    """Writes values onto the form according to the way of filling."""

    def __init__(self, way: str, rng: random.Random, font: str, c=None):
        self.way, self.rng, self.font, self.c = way, rng, font, c
        self.n = 0

    def comb(self, c, x, y, cells, cw, s, name):
        s = s or ""
        if self.way == "hand":
            hand_comb(c, x, y + 3.5, cells, cw, K.deaccent(s).upper(), self.font, 11, self.rng)
        elif self.way == "typed":
            for i, ch in enumerate(s.upper()[:cells]):
                txt(c, x + i * cw + cw / 2, y + 4, ch, "LibMono", 10.5, align="center")
        else:
            self._field(c, name, s.upper(), x, y, cells * cw, 15, comb=cells)

    def text(self, c, x, y, w, s, name, size=10):
        s = s or ""
        if self.way == "hand":
            hand(c, x, y + 2, s, self.font, size + 1.5, self.rng)
        elif self.way == "typed":
            txt(c, x, y + 2, s, "LibMono", size - 0.5, maxw=w)
        else:
            self._field(c, name, s, x, y - 2, w, 14)

    def check(self, c, x, y, on, name):
        if self.way in ("hand", "typed"):
            if on:
                tick(
                    c,
                    x + 1,
                    y + 1,
                    7,
                    self.rng,
                    INK_BLUE if self.way == "hand" else (0, 0, 0),
                    "x" if self.way == "typed" or self.rng.random() < 0.6 else "v",
                )
        else:
            c.acroForm.checkbox(
                name=name,
                x=x,
                y=y,
                size=9,
                checked=bool(on),
                buttonStyle="cross",
                borderWidth=0.5,
                borderColor=None,
                fillColor=None,
                forceBorder=False,
            )

    def _field(self, c, name, value, x, y, w, h, comb=0):
        kw = {}
        if comb:
            kw["maxlen"] = comb
            kw["fieldFlags"] = "comb"
        c.acroForm.textfield(
            name=name,
            value=value,
            x=x,
            y=y,
            width=w,
            height=h,
            borderWidth=0,
            fontName="Helvetica",
            fontSize=10,
            fillColor=None,
            borderColor=None,
            textColor=None,
            forceBorder=False,
            **kw,
        )


def application_form(
    p: Person,
    *,
    way: str,
    run: int,
    situation: str,
    job: str = "",
    contract: str = "",
    signed: bool = True,
    signed_on: dt.date | None,
    place: str = "",
    date_text: str | None = None,
    rng: random.Random,
    nir: str | None = None,
    usage: str = "",
    sign_way: str = "pen",
    key: str = "",
) -> Doc:
    noap = way == "fillable_noap"
    if noap:
        way = "fillable"
    R = RUNS[run]
    F, B, lab = R["font"], R["bold"], R["lab"]
    cw, ch = R["cw"], R["ch"]
    hand_font = rng.choice(["H-dkg", "H-humor", "H-ecolier", "H-dkg"])
    if date_text is None and signed_on:
        date_text = K.d_fr(signed_on)
    sur = K.up(p.surname) if way != "hand" else K.deaccent(p.surname).upper()
    giv = p.given if way == "fillable" else K.up(p.given)
    if way == "hand":
        giv = K.deaccent(p.given).upper()
    if way == "fillable":
        giv = p.given.upper()
    addr0 = p.address[0] if p.address else ""
    cp, _, town = (p.address[1] if len(p.address) > 1 else "").partition(" ")
    fill_seed = random.Random(key + "fill")

    sig_png = None
    if way in ("fillable", "typed") and signed and sign_way == "image":

        def sdraw(c):
            signature(c, 5, 5, 190, 60, key + "sigimg", (0.05, 0.08, 0.3), 1.3, name=p.full(False))

        sig_png = raster(Page(200, 70, sdraw), 200)

    def header(c, page):
        c.setFillColorRGB(0.05, 0.3, 0.6)
        c.roundRect(28, H - 62, 120, 36, 6, stroke=0, fill=1)
        txt(c, 38, H - 40, "l'Assurance", "Sans-B", 10, (1, 1, 1))
        txt(c, 38, H - 53, "Maladie", "Sans-B", 12, (1, 1, 1))
        rect(c, W - 120, H - 62, 92, 36, (0, 0, 0), None, 0.8)
        txt(c, W - 74, H - 38, "cerfa", "Serif-B", 11, align="center")
        txt(c, W - 74, H - 54, "N° 15763*02", B, 9.5, align="center")
        if page == 1:
            txt(c, 160, H - 38, "Demande d'ouverture des droits", B, 14)
            txt(c, 160, H - 54, "à l'assurance maladie", B, 14)
            txt(c, 160, H - 68, "Protection universelle maladie (PUMa)", F, 9.5, (0.2, 0.2, 0.2))
            para(
                c,
                28,
                H - 88,
                "Articles L. 160-1, L. 160-5, L. 160-17, R. 111-2 et D. 160-2 du "
                "code de la sécurité sociale.",
                F,
                6.8,
                W - 56,
                color=(0.3, 0.3, 0.3),
            )
            para(
                c,
                28,
                H - 100,
                "Vous travaillez ou résidez en France de manière stable et régulière "
                "et vous n'avez pas de droits ouverts à l'assurance maladie : remplissez ce "
                "formulaire et adressez-le, accompagné des pièces justificatives, à la caisse "
                "d'assurance maladie de votre lieu de résidence. Écrivez en lettres capitales.",
                F,
                7.2,
                W - 56,
                9,
                (0.15, 0.15, 0.15),
            )

    def footer(c, page):
        line(c, 28, 34, W - 28, 34, (0.5, 0.5, 0.5), 0.4)
        txt(c, 28, 24, "S1106", F, 7)
        txt(c, W / 2, 24, f"S1106 — cerfa n° 15763*02 — page {page}/2", F, 7, align="center")
        txt(c, W - 28, 24, "01/2024", F, 7, align="right")

    def page1(c):
        fl = Filler(way, random.Random(key + "f1"), hand_font)
        header(c, 1)
        footer(c, 1)
        y = _band(c, H - 130, "A", "VOUS", run)
        x0 = 36
        combx = 175

        def comb_row(label, n, value, name, sub=None):
            nonlocal y
            txt(c, x0, y - 11, label, F, lab)
            if sub:
                txt(c, x0, y - 20, sub, F, 6.2, (0.35, 0.35, 0.35))
            comb(c, combx, y - 15, n, cw, ch)
            fl.comb(c, combx, y - 15, n, cw, value, name)
            y -= 27

        comb_row("Nom de naissance", 28, sur, "nom_naissance", "(nom de famille)")
        comb_row(
            "Nom d'usage (facultatif)",
            28,
            usage.upper() if usage else "",
            "nom_usage",
            "(exemple : nom d'époux/se)",
        )
        comb_row("Prénom(s)", 28, giv, "prenoms", "(dans l'ordre de l'état civil)")
        txt(c, x0, y - 11, "Sexe", F, lab)
        _checkbox(c, combx, y - 13, run)
        txt(c, combx + 13, y - 11, "F", F, lab)
        _checkbox(c, combx + 40, y - 13, run)
        txt(c, combx + 53, y - 11, "M", F, lab)
        fl.check(c, combx, y - 13, p.sex == "F", "sexe_f")
        fl.check(c, combx + 40, y - 13, p.sex == "M", "sexe_m")
        txt(c, combx + 110, y - 11, "Date de naissance", F, lab)
        dx = combx + 200
        for i, (n, v) in enumerate(
            [(2, f"{p.dob.day:02d}"), (2, f"{p.dob.month:02d}"), (4, str(p.dob.year))]
        ):
            comb(c, dx, y - 15, n, cw, ch)
            fl.comb(c, dx, y - 15, n, cw, v, ["jour", "mois", "annee"][i])
            txt(
                c,
                dx + n * cw / 2,
                y - 24,
                ["JJ", "MM", "AAAA"][i],
                F,
                5.5,
                (0.4, 0.4, 0.4),
                align="center",
            )
            dx += n * cw + 8
        y -= 32
        txt(c, x0, y - 11, "Lieu de naissance", F, lab)
        txt(c, combx, y - 11, "Commune :", F, lab)
        line(c, combx + 45, y - 13, combx + 200, y - 13, (0.3, 0.3, 0.3), 0.4)
        fl.text(c, combx + 48, y - 13, 150, p.birth_city.split(",")[0], "lieu_commune")
        txt(c, combx + 210, y - 11, "Pays :", F, lab)
        line(c, combx + 240, y - 13, W - 36, y - 13, (0.3, 0.3, 0.3), 0.4)
        fl.text(c, combx + 244, y - 13, 120, p.native.get("country_fr", ""), "lieu_pays")
        y -= 24
        txt(c, x0, y - 11, "Nationalité", F, lab)
        line(c, combx, y - 13, W - 36, y - 13, (0.3, 0.3, 0.3), 0.4)
        fl.text(c, combx + 4, y - 13, 200, p.native.get("nat_fr", ""), "nationalite")
        y -= 26
        txt(c, x0, y - 11, "N° de sécurité sociale", F, lab)
        txt(c, x0, y - 20, "(si vous en avez un)", F, 6.2, (0.35, 0.35, 0.35))
        comb(c, combx, y - 15, 13, cw, ch)
        comb(c, combx + 13 * cw + 10, y - 15, 2, cw, ch)
        txt(c, combx + 13 * cw + 5, y - 10, "/", F, 9, align="center")
        if nir:
            fl.comb(c, combx, y - 15, 13, cw, nir[:13], "nir")
            fl.comb(c, combx + 13 * cw + 10, y - 15, 2, cw, nir[13:], "nir_cle")
        y -= 27
        txt(c, x0, y - 11, "N° d'allocataire CAF", F, lab)
        txt(c, x0, y - 20, "(si vous en avez un)", F, 6.2, (0.35, 0.35, 0.35))
        comb(c, combx, y - 15, 7, cw, ch)
        y -= 30
        txt(c, x0, y - 11, "Adresse", F, lab)
        line(c, combx, y - 13, W - 36, y - 13, (0.3, 0.3, 0.3), 0.4)
        fl.text(c, combx + 4, y - 13, W - combx - 44, addr0, "adresse")
        y -= 24
        txt(c, x0, y - 11, "Code postal", F, lab)
        comb(c, combx, y - 15, 5, cw, ch)
        fl.comb(c, combx, y - 15, 5, cw, cp, "code_postal")
        txt(c, combx + 5 * cw + 14, y - 11, "Commune", F, lab)
        line(c, combx + 5 * cw + 55, y - 13, W - 36, y - 13, (0.3, 0.3, 0.3), 0.4)
        fl.text(c, combx + 5 * cw + 58, y - 13, 200, town, "commune")
        y -= 24
        txt(c, x0, y - 11, "Téléphone", F, lab)
        line(c, combx, y - 13, combx + 150, y - 13, (0.3, 0.3, 0.3), 0.4)
        fl.text(c, combx + 4, y - 13, 140, p.phone, "telephone")
        txt(c, combx + 165, y - 11, "Courriel", F, lab)
        line(c, combx + 205, y - 13, W - 36, y - 13, (0.3, 0.3, 0.3), 0.4)
        fl.text(c, combx + 208, y - 13, W - combx - 250, p.email, "courriel", 9)
        y -= 36
        y = _band(c, y, "B", "VOTRE SITUATION", run)
        txt(c, x0, y - 6, "Cochez la case correspondant à votre situation :", F, lab)
        y -= 22
        for sk, label in SITUATIONS.items():
            _checkbox(c, x0, y - 2, run)
            fl.check(c, x0, y - 2, sk == situation, "situation_" + sk)
            yy = para(c, x0 + 16, y, label, F, lab, W - 90)
            if sk == "employed":
                txt(c, x0 + 30, yy - 4, "Profession :", F, lab)
                line(c, x0 + 85, yy - 6, x0 + 300, yy - 6, (0.3, 0.3, 0.3), 0.4)
                if situation == "employed":
                    fl.text(c, x0 + 88, yy - 6, 200, job, "profession")
                txt(c, x0 + 315, yy - 4, "Contrat :", F, lab)
                for j, ct in enumerate(["CDI", "CDD", "Autre"]):
                    bx = x0 + 360 + j * 48
                    _checkbox(c, bx, yy - 6, run)
                    txt(c, bx + 12, yy - 4, ct, F, lab)
                    fl.check(
                        c, bx, yy - 6, situation == "employed" and contract == ct, "contrat_" + ct
                    )
                yy -= 14
            if sk == "other":
                line(c, x0 + 150, y - 2, W - 36, y - 2, (0.3, 0.3, 0.3), 0.4)
            y = yy - 10
        y -= 8
        para(
            c,
            x0,
            y,
            "Si vous êtes salarié(e), joignez votre contrat de travail ou votre dernier "
            "bulletin de salaire. Si vous résidez en France depuis plus de trois mois, joignez un "
            "justificatif de résidence (voir page 2).",
            F,
            7,
            W - 72,
            color=(0.3, 0.3, 0.3),
        )

    def page2(c):
        fl = Filler(way, random.Random(key + "f2"), hand_font)
        header(c, 2)
        footer(c, 2)
        y = _band(c, H - 90, "C", "VOS ENGAGEMENTS ET SIGNATURE", run)
        y = para(
            c,
            36,
            y - 4,
            "Je certifie sur l'honneur l'exactitude des renseignements portés sur "
            "ce formulaire. Je m'engage à signaler à ma caisse d'assurance maladie tout "
            "changement dans ma situation (adresse, activité, résidence).",
            F,
            8.5,
            W - 72,
            11,
        )
        y = para(
            c,
            36,
            y - 4,
            "La loi rend passible d'amende et/ou d'emprisonnement quiconque se rend "
            "coupable de fraudes ou de fausses déclarations (articles 313-1 à 313-3, 433-19, "
            "441-1 et 441-7 du code pénal).",
            F,
            7.4,
            W - 72,
            9.5,
            (0.25, 0.25, 0.25),
        )
        y -= 14
        txt(c, 36, y, "Fait à", F, 9.5)
        line(c, 66, y - 2, 260, y - 2, (0.3, 0.3, 0.3), 0.4)
        txt(c, 270, y, "le", F, 9.5)
        line(c, 284, y - 2, 420, y - 2, (0.3, 0.3, 0.3), 0.4)
        if place:
            fl.text(c, 70, y - 2, 185, place, "fait_a")
        if date_text:
            fl.text(c, 290, y - 2, 125, date_text, "date_signature")
        bx, by, bw, bh = W - 220, y - 78, 184, 70
        rect(c, bx, by, bw, bh, (0, 0, 0), None, 0.9, r=4 if RUNS[run]["box"] == 1 else 0)
        txt(c, bx + 6, by + bh - 11, "Signature", B, 8.5)
        if signed:
            if sig_png is not None:
                c.drawImage(
                    ImageReader(sig_png),
                    bx + 14,
                    by + 4,
                    bw - 28,
                    (bw - 28) * 0.35,
                    mask=[250, 255, 250, 255, 250, 255],
                )
            else:
                signature(
                    c,
                    bx + 12,
                    by + 6,
                    bw - 24,
                    bh - 24,
                    key + "sign",
                    INK_BLUE,
                    1.1,
                    name=p.full(False),
                )
        y = by - 26
        y = _band(c, y, "", "PIÈCES JUSTIFICATIVES À JOINDRE À VOTRE DEMANDE", run)
        items = [
            "une pièce d'identité : passeport (page avec photo) ou, pour les ressortissants de l'EEE "
            "ou de la Suisse, carte nationale d'identité ;",
            "si vous n'êtes pas ressortissant de l'EEE ou de la Suisse : titre de séjour, visa long "
            "séjour valant titre de séjour (VLS-TS) ou récépissé de demande ;",
            "un acte de naissance (copie intégrale ou extrait avec filiation), apostillé ou légalisé "
            "selon le pays ;",
            "un justificatif de résidence en France depuis plus de trois mois : bail de location, "
            "trois factures successives (électricité, gaz, eau, téléphone, internet), ou attestation "
            "d'hébergement accompagnée de la pièce d'identité de l'hébergeant et d'un justificatif "
            "de son domicile ;",
            "un relevé d'identité bancaire (RIB) à votre nom ;",
            "si vous êtes salarié(e) : votre contrat de travail ou votre dernier bulletin de salaire.",
        ]
        for it in items:
            txt(c, 40, y, "•", F, 9)
            y = para(c, 52, y, it, F, 8.2, W - 92, 10.5) - 5
        y -= 10
        rect(c, 28, y - 92, W - 56, 92, (0.3, 0.3, 0.3), (0.95, 0.95, 0.95), 0.6)
        txt(c, 36, y - 14, "Cadre réservé à l'organisme", B, 9)
        txt(c, 36, y - 34, "Date de réception :", F, 8.5)
        comb(c, 130, y - 38, 8, 11, 13)
        txt(c, 36, y - 56, "Pièces vérifiées :", F, 8.5)
        _checkbox(c, 130, y - 58, run)
        txt(c, 143, y - 56, "oui", F, 8.5)
        _checkbox(c, 175, y - 58, run)
        txt(c, 188, y - 56, "non", F, 8.5)
        txt(c, 36, y - 78, "Matricule agent :", F, 8.5)
        comb(c, 130, y - 82, 6, 11, 13)
        txt(c, 330, y - 34, "Cachet de l'organisme", F, 8.5)
        para(
            c,
            28,
            70,
            "La loi n° 78-17 du 6 janvier 1978 modifiée relative à l'informatique, aux "
            "fichiers et aux libertés s'applique aux réponses faites sur ce formulaire. Elle "
            "garantit un droit d'accès et de rectification des données auprès de votre caisse.",
            F,
            6.3,
            W - 56,
            8,
            (0.35, 0.35, 0.35),
        )

    acro = way == "fillable"
    pages = [Page(W, H, page1, acro), Page(W, H, page2, acro)]
    fields = {
        "surname": sur,
        "given_names": giv,
        "date_of_birth": p.dob.isoformat(),
        "employment_status": STATUS_OF.get(situation),
        "signed": bool(signed),
        "signed_on": signed_on.isoformat() if signed_on else None,
        "nir": nir,
    }
    _ = (fill_seed, io, Image)
    return Doc(
        "application_form", fields, pages, key=key + "form", meta={"strip_ap": noap, "way": way}
    )
