"""Cerfa 15763*02 (S1106), drawn from public descriptions of its sections; filled three ways."""

from __future__ import annotations

from . import dates
from .core import INK_BLACK, INK_BLUE, Page

NAVY = (0, 60, 125)
PALE = (225, 236, 248)


def _bar(pg, y, letter, title):
    pg.rect(15, y, 180, 7, None, NAVY)
    pg.rect(15, y, 9, 7, None, (0, 40, 90))
    pg.text(19.5, y + 5.2, letter, "sansb", 11, (255, 255, 255), "c")
    pg.text(27, y + 5.1, title, "sansb", 10.5, (255, 255, 255))


class _Filler:
    def __init__(self, pg, mode, seed, font):
        self.pg, self.mode, self.seed, self.font = pg, mode, seed, font
        self.n = 0

    def put(self, x, y, value, w=80, size=None):
        if not value:
            return
        self.n += 1
        if self.mode == "hand":
            self.pg.hand(x, y, value, self.font, size or 12.5, INK_BLUE, self.seed + self.n)
        elif self.mode == "typed":
            self.pg.text(x, y, value, "mono", size or 10, INK_BLACK)
        else:
            self.pg.fields.append((f"f{self.n}", x - 0.5, y - 4.2, w, 5.6, value, "text"))

    def comb(self, xs, y, chars, cw=5.0):
        for x, ch in zip(xs, chars):
            if self.mode == "hand":
                self.pg.hand(
                    x + cw * 0.22, y, ch, self.font, 12.5, INK_BLUE, self.seed + self.n + ord(ch)
                )
            elif self.mode == "typed":
                self.pg.text(x + cw / 2, y, ch, "mono", 10.5, INK_BLACK, "c")
        if self.mode == "fillable":
            for x, ch in zip(xs, chars):
                self.n += 1
                self.pg.fields.append((f"c{self.n}", x + 0.3, y - 4.4, cw - 0.6, 5.4, ch, "text"))

    def check(self, x, y, on):
        if self.mode == "fillable":
            self.n += 1
            self.pg.fields.append((f"b{self.n}", x, y, 4, 4, on, "check"))
        elif on:
            if self.mode == "hand":
                self.pg.cross(x, y, 4, INK_BLUE)
            else:
                self.pg.text(x + 2, y + 3.4, "X", "monob", 10, INK_BLACK, "c")


def application_form(a: dict):
    """a: surname, usage, given, dob, pob_city, pob_country, nationality, address, cp, city, phone, email,
    status (employed|not_employed|other), job, contract, employer, other_text, place, signed_on, signed,
    mode (hand|typed|fillable), seed, hand_font"""
    mode = a.get("mode", "typed")
    seed = a.get("seed", 1)
    p1 = Page(210, 297)
    p2 = Page(210, 297)
    f1 = _Filler(p1, mode, seed, a.get("hand_font", "hand1"))
    f2 = _Filler(p2, mode, seed + 100, a.get("hand_font", "hand1"))

    # --- header page 1
    for pg in (p1, p2):
        pg.text(15, 16, "l'Assurance", "sansb", 13, NAVY)
        pg.text(15, 22, "Maladie", "sansb", 13, NAVY)
        pg.rect(168, 10, 27, 13, NAVY, None, 0.4)
        pg.text(181.5, 16, "cerfa", "sansi", 11, NAVY, "c")
        pg.text(181.5, 21, "N° 15763*02", "sansb", 7.5, NAVY, "c")
        pg.text(
            15,
            290,
            "S1106 - Demande d'ouverture des droits à l'assurance maladie",
            "sans",
            6.5,
            (90, 90, 90),
        )
    p1.text(181.5, 288, "1/2", "sans", 7, (90, 90, 90), "c")
    p2.text(181.5, 288, "2/2", "sans", 7, (90, 90, 90), "c")
    p1.text(105, 33, "DEMANDE D'OUVERTURE DES DROITS", "sansb", 14, NAVY, "c")
    p1.text(105, 39.5, "À L'ASSURANCE MALADIE", "sansb", 14, NAVY, "c")
    p1.text(
        105,
        45,
        "Protection universelle maladie (articles L.160-1 et R.111-2 du Code de la sécurité sociale)",
        "sansi",
        8,
        (60, 60, 60),
        "c",
    )
    p1.rect(15, 49, 180, 14, None, PALE)
    p1.para(
        18,
        53.5,
        174,
        "Vous résidez en France de manière stable et régulière ou vous y exercez une activité "
        "professionnelle : remplissez ce formulaire en lettres majuscules et joignez les pièces justificatives "
        "listées en page 2. Adressez le tout à la caisse d'assurance maladie de votre lieu de résidence.",
        "sans",
        7.5,
        (30, 30, 30),
    )

    # --- section A
    y = 67
    _bar(p1, y, "A", "VOUS")
    y += 13
    lab = "sans"
    rows = [
        ("Votre nom de naissance", "surname"),
        ("Votre nom d'usage (facultatif)", "usage"),
        ("Vos prénoms (dans l'ordre de l'état civil)", "given"),
    ]
    for label, key in rows:
        p1.text(17, y, label, lab, 8.5)
        p1.line(80, y + 1, 195, y + 1, (120, 120, 120), 0.2)
        f1.put(82, y, (a.get(key) or "").upper(), 110)
        y += 9
    p1.text(17, y, "Votre date de naissance", lab, 8.5)
    xs = p1.comb(80, y - 4.8, 2) + p1.comb(92, y - 4.8, 2) + p1.comb(104, y - 4.8, 4)
    p1.text(80, y + 4, "jour", "sans", 6, (90, 90, 90))
    p1.text(92, y + 4, "mois", "sans", 6, (90, 90, 90))
    p1.text(104, y + 4, "année", "sans", 6, (90, 90, 90))
    dob = a["dob"]
    f1.comb(xs, y, dob[8:10] + dob[5:7] + dob[0:4])
    p1.text(130, y, "Sexe :", lab, 8.5)
    p1.rect(142, y - 3.6, 4, 4, (0, 0, 0), None, 0.3)
    p1.text(147.5, y, "F", lab, 8.5)
    p1.rect(155, y - 3.6, 4, 4, (0, 0, 0), None, 0.3)
    p1.text(160.5, y, "M", lab, 8.5)
    f1.check(142 if a.get("sex") == "F" else 155, y - 3.6, True)
    y += 11
    p1.text(17, y, "Votre lieu de naissance : commune", lab, 8.5)
    p1.line(80, y + 1, 130, y + 1, (120, 120, 120), 0.2)
    f1.put(82, y, (a.get("pob_city") or "").upper(), 47)
    p1.text(133, y, "pays", lab, 8.5)
    p1.line(142, y + 1, 195, y + 1, (120, 120, 120), 0.2)
    f1.put(144, y, (a.get("pob_country") or "").upper(), 50)
    y += 9
    p1.text(17, y, "Votre nationalité", lab, 8.5)
    p1.line(80, y + 1, 195, y + 1, (120, 120, 120), 0.2)
    f1.put(82, y, (a.get("nationality") or "").upper(), 100)
    y += 10
    p1.text(17, y, "Votre numéro de sécurité sociale", lab, 8.5)
    p1.text(17, y + 3.5, "(si vous en avez un)", "sansi", 7, (80, 80, 80))
    p1.comb(80, y - 4.8, 13, 4.6)
    p1.comb(142, y - 4.8, 2, 4.6)
    y += 10
    p1.text(17, y, "Votre numéro d'allocataire CAF", lab, 8.5)
    p1.text(17, y + 3.5, "(si vous en avez un)", "sansi", 7, (80, 80, 80))
    p1.comb(80, y - 4.8, 7, 4.6)
    y += 11
    p1.text(17, y, "Votre adresse", lab, 8.5)
    p1.line(80, y + 1, 195, y + 1, (120, 120, 120), 0.2)
    f1.put(82, y, (a.get("address") or "").upper(), 110)
    y += 9
    p1.text(17, y, "Code postal", lab, 8.5)
    xs = p1.comb(80, y - 4.8, 5)
    f1.comb(xs, y, a.get("cp", ""))
    p1.text(110, y, "Commune", lab, 8.5)
    p1.line(125, y + 1, 195, y + 1, (120, 120, 120), 0.2)
    f1.put(127, y, (a.get("city") or "").upper(), 66)
    y += 9
    p1.text(17, y, "Téléphone", lab, 8.5)
    p1.line(80, y + 1, 125, y + 1, (120, 120, 120), 0.2)
    f1.put(82, y, a.get("phone"), 42)
    p1.text(128, y, "Courriel", lab, 8.5)
    p1.line(142, y + 1, 195, y + 1, (120, 120, 120), 0.2)
    f1.put(143, y, a.get("email"), 52, 10 if mode == "hand" else 8.5)

    # --- section B
    y += 10
    _bar(p1, y, "B", "VOTRE SITUATION")
    y += 13
    st = a.get("status")
    opts = [
        ("employed", "Vous exercez une activité salariée"),
        (
            "indep",
            "Vous exercez une activité non salariée (travailleur indépendant, auto-entrepreneur...)",
        ),
        ("student", "Vous êtes étudiant(e)"),
        ("not_employed", "Vous êtes sans activité professionnelle"),
        ("chomage", "Vous percevez des allocations chômage"),
        ("autre", "Autre situation, précisez :"),
    ]
    for key, label in opts:
        p1.rect(17, y - 3.6, 4, 4, (0, 0, 0), None, 0.3)
        p1.text(24, y, label, lab, 8.5)
        on = (key == st) or (key == "student" and st == "other")
        f1.check(17, y - 3.6, on)
        y += 6.5
        if key == "employed":
            p1.text(24, y, "Profession :", lab, 8)
            p1.line(45, y + 1, 105, y + 1, (120, 120, 120), 0.2)
            p1.text(108, y, "Type de contrat (CDI, CDD, intérim...) :", lab, 8)
            p1.line(162, y + 1, 195, y + 1, (120, 120, 120), 0.2)
            if st == "employed":
                f1.put(46, y, (a.get("job") or "").upper(), 58, 11)
                f1.put(163, y, a.get("contract"), 30, 11)
            y += 6.5
            p1.text(24, y, "Nom et adresse de l'employeur :", lab, 8)
            p1.line(70, y + 1, 195, y + 1, (120, 120, 120), 0.2)
            if st == "employed":
                f1.put(71, y, a.get("employer"), 120, 11)
            y += 7
    p1.rect(15, y + 2, 180, 12, (150, 150, 150), None, 0.2)
    p1.para(
        18,
        y + 6.5,
        174,
        "Si vous êtes salarié(e), votre employeur peut vous remettre une attestation ; "
        "joignez votre contrat de travail ou votre dernier bulletin de salaire.",
        "sansi",
        7.5,
        (60, 60, 60),
    )

    # --- page 2, section C
    y = 35
    _bar(p2, y, "C", "VOS ENGAGEMENTS ET SIGNATURE")
    y += 13
    y = p2.para(
        17,
        y,
        176,
        "Je m'engage à signaler à ma caisse d'assurance maladie tout changement dans ma "
        "situation (adresse, activité professionnelle, situation familiale) dans un délai d'un mois. "
        "Je certifie sur l'honneur l'exactitude des renseignements portés sur ce formulaire.",
        "sans",
        8.5,
    )
    y = p2.para(
        17,
        y + 2,
        176,
        "La loi punit quiconque se rend coupable de fraudes ou de fausses déclarations "
        "(articles 313-1 à 313-3, 433-19, 441-1 et 441-7 du Code pénal ; article L.114-13 du Code de la "
        "sécurité sociale).",
        "sansi",
        7.5,
        (70, 70, 70),
    )
    y += 8
    p2.text(17, y, "Fait à", lab, 9.5)
    p2.line(30, y + 1, 90, y + 1, (120, 120, 120), 0.2)
    if a.get("place"):
        f2.put(32, y, a["place"].upper(), 56)
    p2.text(95, y, "le", lab, 9.5)
    xs = p2.comb(101, y - 4.8, 2) + p2.comb(113, y - 4.8, 2) + p2.comb(125, y - 4.8, 4)
    p2.text(111.5, y, "/", lab, 9, anchor="c")
    p2.text(123.5, y, "/", lab, 9, anchor="c")
    so = a.get("signed_on")
    if so:
        f2.comb(xs, y, so[8:10] + so[5:7] + so[0:4])
    y += 8
    p2.text(17, y + 4, "Signature :", lab, 9.5)
    p2.rect(40, y, 85, 32, (0, 0, 0), None, 0.35)
    if a.get("signed", True):
        p2.signature(
            45,
            y + 4,
            70,
            22,
            "form" + a["surname"] + str(seed),
            INK_BLUE if mode != "typed" else INK_BLACK,
        )
    y += 42
    p2.text(15, y, "PIÈCES JUSTIFICATIVES À JOINDRE", "sansb", 10.5, NAVY)
    p2.line(15, y + 1.5, 195, y + 1.5, NAVY, 0.4)
    y += 7
    items = [
        "la photocopie d'une pièce d'identité (passeport, ou carte nationale d'identité pour les ressortissants "
        "de l'Union européenne, de l'EEE ou de la Suisse) ;",
        "pour les ressortissants d'un autre État : la photocopie du titre de séjour, du visa long séjour valant "
        "titre de séjour (VLS-TS) ou du récépissé de demande ;",
        "une copie intégrale d'acte de naissance ou un extrait avec filiation (apostillé ou légalisé le cas "
        "échéant) ;",
        "un justificatif de résidence en France depuis plus de trois mois : bail, trois factures successives, "
        "ou attestation d'hébergement accompagnée de la pièce d'identité et d'un justificatif de domicile "
        "de l'hébergeant ;",
        "si vous travaillez : votre contrat de travail ou votre dernier bulletin de salaire ;",
        "un relevé d'identité bancaire (RIB) à votre nom.",
    ]
    for it in items:
        p2.text(18, y, "•", lab, 9)
        y = p2.para(22, y, 170, it, "sans", 8.5) + 1.5
    y += 5
    p2.rect(15, y, 180, 38, (0, 0, 0), (244, 244, 244), 0.35)
    p2.text(18, y + 5, "Cadre réservé à l'organisme", "sansb", 9)
    p2.text(18, y + 13, "Date de réception :", lab, 8)
    p2.text(18, y + 21, "N° d'immatriculation attribué :", lab, 8)
    p2.text(18, y + 29, "Pièces vérifiées par (nom, visa) :", lab, 8)
    p2.rect(140, y + 8, 50, 26, (150, 150, 150), None, 0.2)
    p2.text(165, y + 12, "Cachet", "sansi", 7, (120, 120, 120), "c")
    y += 46
    p2.para(
        15,
        y,
        180,
        "Les informations recueillies font l'objet d'un traitement destiné à l'ouverture de vos "
        "droits. Conformément au règlement (UE) 2016/679 et à la loi Informatique et libertés, vous disposez "
        "d'un droit d'accès et de rectification auprès de votre caisse.",
        "sans",
        6.5,
        (90, 90, 90),
    )
    fields = {
        "surname": a["surname"].upper(),
        "given_names": a["given"].upper(),
        "date_of_birth": a["dob"],
        "employment_status": a["status"],
        "signed": bool(a.get("signed", True)),
        "signed_on": a.get("signed_on"),
        "nir": None,
    }
    return [p1, p2], fields


__all__ = ["application_form", "dates"]
