"""Cerfa n° 15763*02 (ameli S1106) 'Demande d'ouverture des droits à l'assurance maladie', 2 pages.

Three ways to fill it:
  hand  - printed blank form filled with a pen (capitals in comb boxes, ticks, script on lines)
  typed - typed in the PDF reader, printed, then signed with a pen
  acro  - an AcroForm PDF saved with its fields filled (text layer), signature pasted as an image
"""

from __future__ import annotations

import datetime as dt
import unicodedata
from dataclasses import dataclass, field

import checks as C
from core import Page
from hand import INK_BLACK, INK_BLUE, comb, comb_fill, hand, signature, tick
from model import Doc

NAVY = (0, 45, 110)
AMELI = (0, 110, 190)
GREY = (90, 90, 90)
CELL = 5.5


@dataclass
class FormData:
    surname: str
    given: str
    sex: str
    dob: dt.date
    birth_city: str
    birth_country: str
    nationality: str
    street: str
    cp: str
    city: str
    usage: str = ""
    nir: str = ""
    phone: str = ""
    email: str = ""
    situation: str = "inactif"  # salarie, independant, demandeur, etudiant, inactif, autre
    profession: str = ""
    contract: str = ""  # CDI, CDD, interim, autre
    hire_date: dt.date | None = None
    arrival: dt.date | None = None
    other_text: str = ""
    signed_at: str = ""
    signed_on: dt.date | None = None
    signed: bool = True
    write_accents: bool = False  # capitals with accents in the combs?
    extra: dict = field(default_factory=dict)


STATUS = {
    "salarie": "employed",
    "independant": "employed",
    "demandeur": "not_employed",
    "inactif": "not_employed",
    "etudiant": "other",
    "autre": "other",
}


def caps(s: str, keep_accents=False) -> str:
    s = s.upper()
    if keep_accents:
        return s
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if not unicodedata.combining(c))


def _logo(pg: Page):
    pg.rect(15, 11, 15, 15, stroke=None, fill=AMELI)
    pg.poly(
        [(16.5, 22), (22, 15), (28.5, 19.5), (28.5, 21.5), (22, 17.5), (16.5, 24)],
        fill=(255, 255, 255),
    )
    pg.text(33, 17.5, "l'Assurance", "sans:b", 11, AMELI)
    pg.text(33, 23.5, "Maladie", "sans:b", 11, AMELI)
    pg.text(33, 27.5, "Agir ensemble, protéger chacun", "sans:i", 6, GREY)


def _cerfa(pg: Page):
    pg.rect(160, 11, 35, 17, stroke=(0, 0, 0), lw=0.4)
    pg.text(177.5, 19, "cerfa", "serif:bi", 15, anchor="c")
    pg.text(177.5, 25.5, "N° 15763*02", "sans:b", 8.5, anchor="c")


def _band(pg: Page, y, letter, title):
    pg.rect(15, y, 180, 7.5, stroke=None, fill=NAVY)
    if letter:
        pg.ellipse(16.5, y + 0.9, 5.7, 5.7, stroke=None, fill=(255, 255, 255))
        pg.text(19.35, y + 5.3, letter, "sans:b", 9.5, NAVY, "c")
    pg.text(25 if letter else 18, y + 5.4, title, "sans:b", 10, (255, 255, 255))


def _box(pg: Page, x, y, s=3.6):
    pg.rect(x, y, s, s, stroke=(0, 0, 0), lw=0.25)


def _footer(pg: Page, n):
    pg.text(15, 290, f"S1106 — cerfa n° 15763*02 — page {n}/2", "sans", 7, GREY)
    pg.text(195, 290, "ameli.fr", "sans:b", 7.5, AMELI, "r")


def blank_pages() -> tuple[Page, Page, dict]:
    """The printed blank form; returns the two pages and the positions of every field."""
    P: dict = {}
    p1 = Page()
    _logo(p1)
    _cerfa(p1)
    p1.text(15, 39, "Demande d'ouverture des droits à l'assurance maladie", "sans:b", 15, NAVY)
    p1.text(15, 46, "Protection universelle maladie (PUMa)", "sans:b", 11, AMELI)
    y = p1.para(
        15,
        52,
        180,
        "Vous travaillez ou vous résidez en France de manière stable (depuis plus de trois mois) et "
        "régulière et vous ne bénéficiez pas de la prise en charge de vos frais de santé par un "
        "régime d'assurance maladie : remplissez ce formulaire en lettres capitales et adressez-le, "
        "accompagné des pièces justificatives listées en page 2, à la caisse d'assurance maladie de "
        "votre lieu de résidence.",
        "sans",
        7,
        leading=3.1,
        color=GREY,
    )
    y = p1.para(
        15,
        y + 0.5,
        180,
        "Articles L. 160-1, L. 160-5, L. 161-2-1, R. 111-2, R. 111-3 et D. 160-2 du code de la "
        "sécurité sociale.",
        "sans:i",
        7,
        leading=3.1,
        color=GREY,
    )
    _band(p1, 66, "A", "VOUS")
    lx, cx = 17, 52

    def comb_row(y, label, key, n=26, sub=None):
        p1.text(lx, y + 4.6, label, "sans:b", 8.5)
        if sub:
            p1.text(lx, y + 8, sub, "sans:i", 6.5, GREY)
        comb(p1, cx, y, CELL, n)
        P[key] = (cx, y, n)

    comb_row(78, "Nom de naissance", "surname", sub="(nom de famille)")
    comb_row(89, "Nom d'usage", "usage", sub="(facultatif, ex. nom d'époux)")
    comb_row(100, "Prénom(s)", "given", sub="(dans l'ordre de l'état civil)")
    y = 113
    p1.text(lx, y + 4.6, "Sexe", "sans:b", 8.5)
    p1.text(cx, y + 4.3, "F", "sans", 8.5)
    _box(p1, cx + 3.5, y + 1.2)
    p1.text(cx + 12, y + 4.3, "M", "sans", 8.5)
    _box(p1, cx + 16, y + 1.2)
    P["sex_F"] = (cx + 3.5, y + 1.2)
    P["sex_M"] = (cx + 16, y + 1.2)
    p1.text(100, y + 4.6, "Date de naissance", "sans:b", 8.5)
    dx = 130
    comb(p1, dx, y, CELL, 2)
    comb(p1, dx + 13, y, CELL, 2)
    comb(p1, dx + 26, y, CELL, 4)
    p1.text(dx + 11.8, y + 5, "/", "sans", 9)
    p1.text(dx + 24.8, y + 5, "/", "sans", 9)
    for lab, xx in (("jour", dx + 5.5), ("mois", dx + 18.5), ("année", dx + 37)):
        p1.text(xx, y + 9.2, lab, "sans:i", 5.5, GREY, "c")
    P["dob"] = (dx, y)
    y = 127.5
    p1.text(lx, y, "Lieu de naissance :", "sans:b", 8.5)
    p1.text(52, y, "commune", "sans", 8)
    p1.line(66, y + 0.8, 128, y + 0.8, (0, 0, 0), 0.2, dash=(0.5, 0.7))
    p1.text(131, y, "pays", "sans", 8)
    p1.line(139, y + 0.8, 195, y + 0.8, (0, 0, 0), 0.2, dash=(0.5, 0.7))
    P["birth_city"] = (67, y)
    P["birth_country"] = (140, y)
    y = 135.5
    p1.text(lx, y, "Nationalité", "sans:b", 8.5)
    p1.line(52, y + 0.8, 128, y + 0.8, (0, 0, 0), 0.2, dash=(0.5, 0.7))
    P["nationality"] = (53, y)
    y = 140
    p1.text(lx, y + 4.6, "N° de sécurité sociale", "sans:b", 8.5)
    p1.text(lx, y + 8, "(si vous en avez un)", "sans:i", 6.5, GREY)
    comb(p1, cx, y, CELL, 13)
    comb(p1, cx + 13 * CELL + 3, y, CELL, 2)
    P["nir"] = (cx, y)
    y = 153
    p1.text(lx, y, "Adresse", "sans:b", 8.5)
    p1.text(lx, y + 3.2, "(n°, rue, bât., étage)", "sans:i", 6.5, GREY)
    p1.line(52, y + 0.8, 195, y + 0.8, (0, 0, 0), 0.2, dash=(0.5, 0.7))
    p1.line(52, y + 8.8, 195, y + 8.8, (0, 0, 0), 0.2, dash=(0.5, 0.7))
    P["street"] = (53, y)
    P["street2"] = (53, y + 8)
    y = 165
    p1.text(lx, y + 4.6, "Code postal", "sans:b", 8.5)
    comb(p1, cx, y, CELL, 5)
    P["cp"] = (cx, y, 5)
    p1.text(85, y + 4.6, "Commune", "sans:b", 8.5)
    p1.line(101, y + 5.4, 195, y + 5.4, (0, 0, 0), 0.2, dash=(0.5, 0.7))
    P["city"] = (102, y + 4.6)
    y = 176
    p1.text(lx, y + 4.6, "Téléphone", "sans:b", 8.5)
    comb(p1, cx, y, CELL, 10)
    P["phone"] = (cx, y, 10)
    p1.text(112, y + 4.6, "Courriel", "sans:b", 8.5)
    p1.line(126, y + 5.4, 195, y + 5.4, (0, 0, 0), 0.2, dash=(0.5, 0.7))
    P["email"] = (127, y + 4.6)
    _band(p1, 190, "B", "VOTRE SITUATION")
    y = 203
    p1.text(lx, y, "Vous exercez une activité professionnelle en France :", "sans:b", 8.5)
    y += 7
    _box(p1, 20, y - 3)
    P["salarie"] = (20, y - 3)
    p1.text(26, y, "salariée", "sans", 8.5)
    p1.text(60, y, "Profession :", "sans", 8.5)
    p1.line(78, y + 0.8, 195, y + 0.8, (0, 0, 0), 0.2, dash=(0.5, 0.7))
    P["profession"] = (79, y)
    y += 7
    p1.text(26, y, "Type de contrat :", "sans", 8.5)
    for i, (lab, key) in enumerate(
        (("CDI", "CDI"), ("CDD", "CDD"), ("intérim", "interim"), ("autre", "autre_contrat"))
    ):
        xx = 55 + i * 19
        _box(p1, xx, y - 3)
        P[key] = (xx, y - 3)
        p1.text(xx + 5, y, lab, "sans", 8.5)
    p1.text(135, y, "Date d'embauche :", "sans", 8.5)
    p1.line(161, y + 0.8, 195, y + 0.8, (0, 0, 0), 0.2, dash=(0.5, 0.7))
    P["hire_date"] = (163, y)
    y += 7
    _box(p1, 20, y - 3)
    P["independant"] = (20, y - 3)
    p1.text(26, y, "non salariée (travailleur indépendant, micro-entrepreneur)", "sans", 8.5)
    y += 9
    p1.text(lx, y, "Vous n'exercez pas d'activité professionnelle :", "sans:b", 8.5)
    for lab, key in (
        ("vous êtes demandeur d'emploi inscrit(e) à France Travail", "demandeur"),
        ("vous êtes étudiant(e)", "etudiant"),
        (
            "vous êtes sans activité et résidez en France de manière stable et régulière depuis plus de "
            "trois mois",
            "inactif",
        ),
        ("autre situation, précisez :", "autre"),
    ):
        y += 6.5
        _box(p1, 20, y - 3)
        P[key] = (20, y - 3)
        p1.text(26, y, lab, "sans", 8.5)
    p1.line(70, y + 0.8, 195, y + 0.8, (0, 0, 0), 0.2, dash=(0.5, 0.7))
    P["other_text"] = (71, y)
    y += 8
    p1.text(lx, y + 4, "Date d'arrivée en France", "sans:b", 8.5)
    comb(p1, 60, y, CELL, 2)
    comb(p1, 73, y, CELL, 2)
    comb(p1, 86, y, CELL, 4)
    p1.text(71.8, y + 5, "/", "sans", 9)
    p1.text(84.8, y + 5, "/", "sans", 9)
    P["arrival"] = (60, y)
    _footer(p1, 1)

    p2 = Page()
    p2.text(
        15, 14, "Demande d'ouverture des droits à l'assurance maladie (suite)", "sans:b", 9, NAVY
    )
    _cerfa_small = p2.text(195, 14, "N° 15763*02", "sans", 7.5, GREY, "r")
    _band(p2, 20, "C", "VOS ENGAGEMENTS ET SIGNATURE")
    y = p2.para(
        15,
        34,
        180,
        "Je certifie sur l'honneur l'exactitude des renseignements portés sur ce formulaire. Je "
        "m'engage à signaler à ma caisse d'assurance maladie, dans un délai d'un mois, tout "
        "changement dans ma situation (adresse, activité professionnelle, situation de famille, "
        "résidence).",
        "sans",
        8.5,
        leading=4.2,
    )
    y = p2.para(
        15,
        y + 2,
        180,
        "La loi rend passible d'amende et/ou d'emprisonnement quiconque se rend coupable de fraudes "
        "ou de fausses déclarations (articles 313-1 à 313-3, 433-19, 441-1 et 441-7 du code "
        "pénal). En outre, l'inexactitude, le caractère incomplet des déclarations ou l'absence "
        "de déclaration d'un changement de situation peuvent faire l'objet d'une pénalité "
        "financière en application de l'article L. 114-17-1 du code de la sécurité sociale.",
        "sans",
        7.5,
        leading=3.6,
        color=GREY,
    )
    y = 70
    p2.text(17, y, "Fait à", "sans:b", 9)
    p2.line(29, y + 0.8, 100, y + 0.8, (0, 0, 0), 0.2, dash=(0.5, 0.7))
    P["signed_at"] = (31, y)
    p2.text(106, y, "le", "sans:b", 9)
    comb(p2, 112, y - 4.6, CELL, 2)
    comb(p2, 125, y - 4.6, CELL, 2)
    comb(p2, 138, y - 4.6, CELL, 4)
    p2.text(123.8, y + 0.4, "/", "sans", 9)
    p2.text(136.8, y + 0.4, "/", "sans", 9)
    P["signed_on"] = (112, y - 4.6)
    p2.rect(110, 80, 85, 32, stroke=(0, 0, 0), lw=0.4)
    p2.text(112, 84.5, "Signature", "sans:b", 8.5)
    P["signature"] = (110, 80, 85, 32)
    _band(p2, 122, "", "PIÈCES JUSTIFICATIVES À JOINDRE À VOTRE DEMANDE")
    p2.text(
        15, 136, "Joignez des photocopies lisibles (n'envoyez pas d'originaux) :", "sans:i", 8.5
    )
    items = [
        "une pièce d'identité en cours de validité : passeport, ou carte nationale d'identité si vous êtes "
        "ressortissant(e) de l'Union européenne, de l'Espace économique européen ou de la Suisse ;",
        "si vous n'êtes pas ressortissant(e) de l'UE/EEE/Suisse : votre titre de séjour en cours de validité, ou votre "
        "visa long séjour valant titre de séjour (VLS-TS), ou le récépissé de votre demande de titre de séjour ;",
        "un acte de naissance (copie intégrale ou extrait avec filiation) ; s'il a été établi à l'étranger, il doit "
        "être apostillé ou légalisé, sauf dispense prévue par une convention internationale ;",
        "un justificatif de résidence en France depuis plus de trois mois : bail de location, ou trois factures "
        "successives (électricité, gaz, eau, téléphone fixe ou mobile, internet), ou attestation d'hébergement "
        "accompagnée de la pièce d'identité et d'un justificatif de domicile de l'hébergeant ;",
        "un relevé d'identité bancaire (RIB) à votre nom, pour le versement de vos remboursements ;",
        "si vous exercez une activité salariée : votre contrat de travail ou votre dernier bulletin de salaire.",
    ]
    y = 143
    for it in items:
        p2.text(17, y, "•", "sans:b", 9, NAVY)
        y = p2.para(22, y, 172, it, "sans", 8.5, leading=4.1) + 2
    yb = 222
    p2.rect(15, yb, 180, 36, stroke=(120, 120, 120), fill=(240, 240, 240), lw=0.3)
    p2.text(18, yb + 6, "Cadre réservé à l'organisme", "sans:b", 8.5, GREY)
    p2.text(18, yb + 15, "Date de réception :  ___ / ___ / ______", "sans", 8.5, GREY)
    p2.text(110, yb + 15, "Pièces vérifiées :", "sans", 8.5, GREY)
    _box(p2, 137, yb + 12)
    p2.text(142, yb + 15, "oui", "sans", 8.5, GREY)
    _box(p2, 152, yb + 12)
    p2.text(157, yb + 15, "non", "sans", 8.5, GREY)
    p2.text(18, yb + 25, "Matricule agent :  ______________", "sans", 8.5, GREY)
    p2.text(110, yb + 25, "Observations :", "sans", 8.5, GREY)
    p2.para(
        15,
        266,
        180,
        "La loi n° 78-17 du 6 janvier 1978 modifiée relative à l'informatique, aux fichiers et aux "
        "libertés s'applique aux réponses faites sur ce formulaire. Elle vous garantit un droit d'accès "
        "et de rectification des données vous concernant auprès de votre caisse d'assurance maladie.",
        "sans",
        6.8,
        leading=3.2,
        color=GREY,
    )
    _footer(p2, 2)
    return p1, p2, P


def _dd(d):
    return d.strftime("%d"), d.strftime("%m"), d.strftime("%Y")


def filled(
    fd: FormData,
    mode: str = "hand",
    seed: int = 0,
    caps_font="h-humor",
    script_font="h-dkg",
    ink=INK_BLUE,
) -> Doc:
    p1, p2, P = blank_pages()
    acc = fd.write_accents
    surname = caps(fd.surname, acc)
    usage = caps(fd.usage, acc)
    given = caps(fd.given, acc)
    checks = {("sex_" + fd.sex)}
    checks.add(fd.situation)
    if fd.situation == "salarie" and fd.contract:
        checks.add(fd.contract)
    date_cells = []
    if mode == "hand":
        cf = caps_font

        def combw(pg, key, text, n=None):
            x, y, *rest = P[key]
            nn = n or (rest[0] if rest else 26)
            comb_fill(pg, x, y, CELL, nn, text, cf, seed + sum(map(ord, key)), ink)

        def line(pg, key, text, size=4.6, maxw=None):
            if not text:
                return
            x, y = P[key]
            hand(pg, x, y - 0.2, text, script_font, size, ink, seed + sum(map(ord, key)), maxw=maxw)

        def datew(pg, key, d):
            x, y = P[key]
            a, b, c = _dd(d)
            comb_fill(pg, x, y, CELL, 2, a, cf, seed + 11, ink)
            comb_fill(pg, x + 13, y, CELL, 2, b, cf, seed + 12, ink)
            comb_fill(pg, x + 26, y, CELL, 4, c, cf, seed + 13, ink)

        def tk(pg, key):
            x, y = P[key]
            pg.image(
                tick("x" if seed % 3 else "v", 4.2, ink, seed + sum(map(ord, key))),
                x - 0.4,
                y - 0.5,
                4.4,
                4.4,
            )

        combw(p1, "surname", surname)
        if usage:
            combw(p1, "usage", usage)
        combw(p1, "given", given)
        tk(p1, "sex_" + fd.sex)
        datew(p1, "dob", fd.dob)
        line(p1, "birth_city", fd.birth_city, maxw=60)
        line(p1, "birth_country", fd.birth_country, maxw=55)
        line(p1, "nationality", fd.nationality, maxw=75)
        if fd.nir:
            x, y = P["nir"]
            comb_fill(p1, x, y, CELL, 13, fd.nir[:13], cf, seed + 5, ink)
            comb_fill(p1, x + 13 * CELL + 3, y, CELL, 2, fd.nir[13:], cf, seed + 6, ink)
        line(p1, "street", fd.street, maxw=140)
        combw(p1, "cp", fd.cp)
        line(p1, "city", fd.city, maxw=90)
        if fd.phone:
            combw(p1, "phone", fd.phone.replace(" ", ""))
        line(p1, "email", fd.email, 4.0, maxw=68)
        for key in sorted(checks - {"sex_F", "sex_M"}):
            if key in P:
                tk(p1, key)
        line(p1, "profession", fd.profession, maxw=110)
        if fd.hire_date:
            line(p1, "hire_date", C.fr(fd.hire_date), 4.2)
        line(p1, "other_text", fd.other_text, maxw=120)
        if fd.arrival:
            datew(p1, "arrival", fd.arrival)
        line(p2, "signed_at", fd.signed_at, 5.0, maxw=66)
        if fd.signed_on:
            datew(p2, "signed_on", fd.signed_on)
    else:
        tf = "courier:b" if mode == "typed" else "sans"

        def combt(pg, key, text, n=None):
            x, y, *rest = P[key]
            nn = n or (rest[0] if rest else 26)
            for i, ch in enumerate(text[:nn]):
                pg.text(x + CELL * i + CELL / 2, y + 4.9, ch, tf, 10, (0, 0, 0), "c")

        def linet(pg, key, text, size=9.5):
            if text:
                x, y = P[key]
                pg.text(x, y - 0.3, text, tf, size)

        def datet(pg, key, d):
            x, y = P[key]
            a, b, c = _dd(d)
            for off, s in ((0, a), (13, b), (26, c)):
                for i, ch in enumerate(s):
                    pg.text(x + off + CELL * i + CELL / 2, y + 4.9, ch, tf, 10, (0, 0, 0), "c")

        def tkt(pg, key):
            x, y = P[key]
            pg.text(x + 1.8, y + 3.1, "X", "sans:b", 9, (0, 0, 0), "c")

        if mode == "acro":
            # fields are real AcroForm widgets; values drawn by the viewer / by _draw_ops when rasterised
            def fld(pg, name, key, text, w, size=10, nchars=None):
                x, y = P[key][0], P[key][1]
                if nchars:
                    pg.field(
                        name=name,
                        x=x,
                        y=y,
                        w=nchars * CELL,
                        h=CELL * 1.15,
                        value=text,
                        size=size,
                        maxlen=nchars,
                        font="mono",
                    )
                else:
                    pg.field(name=name, x=x, y=y - 4.5, w=w, h=5.5, value=text, size=size)

            def fchk(pg, name, key, val):
                x, y = P[key]
                pg.field(kind="check", name=name, x=x, y=y, size=3.6, value=val)

            fld(p1, "nom_naissance", "surname", surname, 0, nchars=26)
            fld(p1, "nom_usage", "usage", usage, 0, nchars=26)
            fld(p1, "prenoms", "given", given, 0, nchars=26)
            fchk(p1, "sexe_F", "sex_F", fd.sex == "F")
            fchk(p1, "sexe_M", "sex_M", fd.sex == "M")
            x, y = P["dob"]
            p1.field(
                name="date_naissance_jour",
                x=x,
                y=y,
                w=2 * CELL,
                h=CELL * 1.15,
                value=_dd(fd.dob)[0],
                size=10,
            )
            p1.field(
                name="date_naissance_mois",
                x=x + 13,
                y=y,
                w=2 * CELL,
                h=CELL * 1.15,
                value=_dd(fd.dob)[1],
                size=10,
            )
            p1.field(
                name="date_naissance_annee",
                x=x + 26,
                y=y,
                w=4 * CELL,
                h=CELL * 1.15,
                value=_dd(fd.dob)[2],
                size=10,
            )
            fld(p1, "lieu_naissance_commune", "birth_city", fd.birth_city, 60)
            fld(p1, "lieu_naissance_pays", "birth_country", fd.birth_country, 54)
            fld(p1, "nationalite", "nationality", fd.nationality, 74)
            x, y = P["nir"]
            p1.field(name="nir", x=x, y=y, w=13 * CELL, h=CELL * 1.15, value=fd.nir[:13], size=10)
            p1.field(
                name="nir_cle",
                x=x + 13 * CELL + 3,
                y=y,
                w=2 * CELL,
                h=CELL * 1.15,
                value=fd.nir[13:],
                size=10,
            )
            fld(p1, "adresse", "street", fd.street, 140)
            fld(p1, "code_postal", "cp", fd.cp, 0, nchars=5)
            fld(p1, "commune", "city", fd.city, 92)
            fld(p1, "telephone", "phone", fd.phone.replace(" ", ""), 0, nchars=10)
            fld(p1, "courriel", "email", fd.email, 67, size=9)
            for key in (
                "salarie",
                "CDI",
                "CDD",
                "interim",
                "autre_contrat",
                "independant",
                "demandeur",
                "etudiant",
                "inactif",
                "autre",
            ):
                fchk(p1, "situation_" + key.lower(), key, key in checks)
            fld(p1, "profession", "profession", fd.profession, 115)
            fld(
                p1,
                "date_embauche",
                "hire_date",
                C.fr(fd.hire_date) if fd.hire_date else "",
                34,
                size=9,
            )
            fld(p1, "autre_situation", "other_text", fd.other_text, 122)
            if fd.arrival:
                x, y = P["arrival"]
                for off, nm, v in (
                    (0, "jour", _dd(fd.arrival)[0]),
                    (13, "mois", _dd(fd.arrival)[1]),
                    (26, "annee", _dd(fd.arrival)[2]),
                ):
                    p1.field(
                        name="date_arrivee_" + nm,
                        x=x + off,
                        y=y,
                        w=(4 if nm == "annee" else 2) * CELL,
                        h=CELL * 1.15,
                        value=v,
                        size=10,
                    )
            fld(p2, "fait_a", "signed_at", fd.signed_at, 68)
            x, y = P["signed_on"]
            if fd.signed_on:
                for off, nm, v in (
                    (0, "jour", _dd(fd.signed_on)[0]),
                    (13, "mois", _dd(fd.signed_on)[1]),
                    (26, "annee", _dd(fd.signed_on)[2]),
                ):
                    p2.field(
                        name="date_signature_" + nm,
                        x=x + off,
                        y=y,
                        w=(4 if nm == "annee" else 2) * CELL,
                        h=CELL * 1.15,
                        value=v,
                        size=10,
                    )
        else:
            combt(p1, "surname", surname)
            if usage:
                combt(p1, "usage", usage)
            combt(p1, "given", given)
            tkt(p1, "sex_" + fd.sex)
            datet(p1, "dob", fd.dob)
            linet(p1, "birth_city", fd.birth_city)
            linet(p1, "birth_country", fd.birth_country)
            linet(p1, "nationality", fd.nationality)
            if fd.nir:
                x, y = P["nir"]
                for i, ch in enumerate(fd.nir[:13]):
                    p1.text(x + CELL * i + CELL / 2, y + 4.9, ch, tf, 10, anchor="c")
                for i, ch in enumerate(fd.nir[13:]):
                    p1.text(
                        x + 13 * CELL + 3 + CELL * i + CELL / 2, y + 4.9, ch, tf, 10, anchor="c"
                    )
            linet(p1, "street", fd.street)
            combt(p1, "cp", fd.cp)
            linet(p1, "city", fd.city)
            if fd.phone:
                combt(p1, "phone", fd.phone.replace(" ", ""))
            linet(p1, "email", fd.email, 8.5)
            for key in sorted(checks - {"sex_F", "sex_M"}):
                if key in P:
                    tkt(p1, key)
            linet(p1, "profession", fd.profession)
            if fd.hire_date:
                linet(p1, "hire_date", C.fr(fd.hire_date), 8.5)
            linet(p1, "other_text", fd.other_text)
            if fd.arrival:
                datet(p1, "arrival", fd.arrival)
            linet(p2, "signed_at", fd.signed_at)
            if fd.signed_on:
                datet(p2, "signed_on", fd.signed_on)
    if fd.signed:
        x, y, w, h = P["signature"]
        name = f"{fd.given} {fd.usage or fd.surname}"
        p2.image(
            signature(name, seed + 77, 60, 22, ink if mode != "acro" else INK_BLACK),
            x + 14,
            y + 6,
            58,
            None,
        )
    fields = dict(
        surname=surname,
        given_names=given,
        date_of_birth=fd.dob.isoformat(),
        employment_status=STATUS[fd.situation],
        signed=fd.signed,
        signed_on=fd.signed_on.isoformat() if fd.signed_on else None,
        nir=fd.nir or None,
    )
    if usage:
        fields["usage_name"] = usage
    return Doc("application_form", fields, [p1, p2])
