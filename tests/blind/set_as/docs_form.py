"""The application form, cerfa 15763*02 (S1106), two pages, drawn from its public description."""

from __future__ import annotations

import random

from kit import Page, put_hand, put_signature

BLUE = (0, 84, 164)
GREY = (110, 110, 110)

SITUATIONS = [
    ("salarie", "Vous exercez une activité salariée en France"),
    ("independant", "Vous exercez une activité non salariée (travailleur indépendant)"),
    ("demandeur_emploi", "Vous êtes demandeur d'emploi inscrit à France Travail"),
    ("etudiant", "Vous êtes étudiant(e)"),
    (
        "sans_activite",
        "Vous n'exercez pas d'activité professionnelle et résidez en France de manière "
        "stable et régulière depuis plus de trois mois",
    ),
    ("autre", "Autre situation (précisez) :"),
]


class Filler:
    """Writes values either typed (font) or by hand (handwriting font, jitter)."""

    def __init__(self, way: str, rng: random.Random, hand_font="rufscript", type_font="cond"):
        self.way, self.rng, self.hand_font, self.type_font = way, rng, hand_font, type_font

    def val(self, page: Page, x, y, s, size=10):
        if not s:
            return
        if self.way == "hand":
            put_hand(page, x, y, s, size * 1.25, self.rng, self.hand_font)
        else:
            page.text(x, y, s, self.type_font, size)

    def comb(self, page: Page, x, y, n, s, cell=4.4, h=5.2):
        for i in range(n):
            page.rect(x + i * cell, y, cell, h, lw=0.25)
        for i, ch in enumerate(s[:n]):
            if ch == " ":
                continue
            cx = x + i * cell + cell * 0.22
            if self.way == "hand":
                put_hand(page, cx, y + h - 1.0, ch, 12, self.rng, self.hand_font)
            else:
                page.text(x + i * cell + cell / 2, y + h - 1.3, ch, "mono", 10, align="m")

    def tick(self, page: Page, x, y, size=3.4):
        if self.way == "hand":
            put_hand(page, x - 0.2, y + size - 0.2, "X", 12, self.rng, "rufscript")
        else:
            page.line(x + 0.6, y + 0.6, x + size - 0.6, y + size - 0.6, lw=0.45)
            page.line(x + 0.6, y + size - 0.6, x + size - 0.6, y + 0.6, lw=0.45)


def _bar(page, y, title, style):
    if style == 0:
        page.rect(15, y, 180, 6.5, stroke=None, fill=BLUE)
        page.text(18, y + 4.7, title, "sansb", 10, (255, 255, 255))
    elif style == 1:
        page.text(15, y + 4.8, title, "sansb", 11, BLUE)
        page.line(15, y + 6.3, 195, y + 6.3, BLUE, 0.6)
    else:
        page.rect(15, y, 180, 6.5, stroke=BLUE, fill=(225, 235, 248), lw=0.3)
        page.text(17, y + 4.7, title, "sansb", 10, BLUE)
    return y + 10


def _label(page, x, y, s, style):
    page.text(x, y, s, "sans" if style != 1 else "cond", 8.5 if style != 1 else 9, (0, 0, 0))
    return page.width_of(s, "sans" if style != 1 else "cond", 8.5 if style != 1 else 9)


def _field(page, fill, x, y, label, value, width, style):
    """Label beside (style 0/2, dotted line) or above (style 1, box)."""
    if style == 1:
        page.text(x, y - 5.5, label, "cond", 7.5, GREY)
        page.rect(x, y - 4.5, width, 6.5, stroke=(120, 120, 120), lw=0.2)
        fill.val(page, x + 1.5, y + 0.6, value)
    else:
        lw = _label(page, x, y, label, style)
        page.line(x + lw + 1, y + 0.6, x + width, y + 0.6, (90, 90, 90), 0.2, dash=True)
        fill.val(page, x + lw + 3, y - 0.3, value)


def form_pages(d: dict, style: int, fill: Filler, sign_rng: random.Random, sign_font="kaushan"):
    """d: surname, usage_name, given_names, sex, dob (JJMMAAAA), birth_place, birth_country,
    nationality, address, postcode, city, phone, email, situation, contract, job, place,
    date_text, signer."""
    p1 = Page()
    p1.text(15, 17, "l'Assurance", "sansb", 13, BLUE)
    p1.text(15, 23, "Maladie", "sansb", 13, BLUE)
    p1.rect(160, 10, 35, 13, stroke=(0, 0, 0), lw=0.4)
    p1.text(177.5, 15, "cerfa", "sansi", 9, align="m")
    p1.text(177.5, 20.5, "N° 15763*02", "sansb", 9.5, align="m")
    p1.text(105, 33, "Demande d'ouverture des droits à l'assurance maladie", "sansb", 14, align="m")
    p1.text(105, 39, "Protection universelle maladie (PUMa)", "sans", 11, BLUE, align="m")
    y = p1.para(
        15,
        46,
        "Vous travaillez ou résidez en France de manière stable et régulière : vous pouvez "
        "bénéficier de la prise en charge de vos frais de santé. Remplissez ce formulaire en "
        "lettres capitales, joignez les pièces justificatives demandées et adressez le tout à "
        "la caisse d'assurance maladie de votre lieu de résidence. Les informations recueillies "
        "font l'objet d'un traitement informatique (loi n° 78-17 du 6 janvier 1978 modifiée).",
        180,
        "sans",
        7,
    )
    p1.text(
        15,
        y + 1,
        "Articles L. 160-1, L. 160-5, L. 161-1, R. 111-3 et D. 160-2 du code de la sécurité sociale",
        "sansi",
        6.5,
        GREY,
    )
    y = _bar(p1, y + 5, "A   VOUS", style)
    y += 6
    _field(p1, fill, 15, y, "Nom de naissance :", d["surname"], 180, style)
    y += 10
    _field(p1, fill, 15, y, "Nom d'usage (facultatif) :", d.get("usage_name") or "", 180, style)
    y += 10
    _field(p1, fill, 15, y, "Prénom(s) :", d["given_names"], 180, style)
    y += 10
    _label(p1, 15, y, "Sexe :", style)
    for i, s in enumerate(("F", "M")):
        p1.text(30 + i * 14, y, s, "sans", 9)
        p1.rect(34 + i * 14, y - 3.2, 3.4, 3.4, lw=0.3)
        if d["sex"] == s:
            fill.tick(p1, 34 + i * 14, y - 3.2)
    _label(p1, 70, y, "Date de naissance :", style)
    dob = d["dob"]
    fill.comb(p1, 102, y - 4.2, 2, dob[0:2])
    fill.comb(p1, 113, y - 4.2, 2, dob[2:4])
    fill.comb(p1, 124, y - 4.2, 4, dob[4:8])
    p1.text(103, y + 4.3, "J J", "sans", 6, GREY)
    p1.text(114, y + 4.3, "M M", "sans", 6, GREY)
    p1.text(127, y + 4.3, "A A A A", "sans", 6, GREY)
    y += 12
    _field(p1, fill, 15, y, "Lieu de naissance - commune :", d["birth_place"], 110, style)
    _field(p1, fill, 128, y, "pays :", d["birth_country"], 67, style)
    y += 10
    _field(p1, fill, 15, y, "Nationalité :", d["nationality"], 180, style)
    y += 10
    _label(p1, 15, y, "N° de sécurité sociale (si vous en avez un) :", style)
    fill.comb(p1, 82, y - 4.2, 13, "", cell=4.0)
    fill.comb(p1, 136, y - 4.2, 2, "", cell=4.0)
    p1.text(146, y, "clé", "sans", 6.5, GREY)
    y += 10
    _field(p1, fill, 15, y, "Adresse :", d["address"], 180, style)
    y += 10
    _label(p1, 15, y, "Code postal :", style)
    fill.comb(p1, 36, y - 4.2, 5, d["postcode"])
    _field(p1, fill, 62, y, "Commune :", d["city"], 133, style)
    y += 10
    _field(p1, fill, 15, y, "Téléphone :", d["phone"], 80, style)
    _field(p1, fill, 98, y, "Courriel :", d["email"], 97, style)
    y += 8
    y = _bar(p1, y, "B   VOTRE SITUATION", style)
    p1.text(15, y, "Cochez la case correspondant à votre situation actuelle :", "sansi", 8)
    y += 6
    for key, text in SITUATIONS:
        p1.rect(17, y - 3.2, 3.4, 3.4, lw=0.3)
        if d["situation"] == key:
            fill.tick(p1, 17, y - 3.2)
        y = p1.para(23, y, text, 165, "sans", 8.5)
        if key == "salarie":
            p1.text(23, y + 1, "Type de contrat :", "sans", 8)
            for i, c in enumerate(("CDI", "CDD", "Intérim", "Autre")):
                p1.rect(48 + i * 22, y - 2.2, 3.0, 3.0, lw=0.25)
                p1.text(52 + i * 22, y + 0.6, c, "sans", 8)
                if d["situation"] == "salarie" and d.get("contract") == c:
                    fill.tick(p1, 48 + i * 22, y - 2.2, 3.0)
            y += 10 if style == 1 else 7
            _field(p1, fill, 23, y, "Emploi occupé :", d.get("job", ""), 140, style)
            y += 3
        if key == "autre":
            p1.line(23, y + 3, 190, y + 3, (90, 90, 90), 0.2, dash=True)
        y += 3.5
    p1.text(105, 289, "S1106 — cerfa n° 15763*02 — page 1/2", "sans", 7, GREY, align="m")

    p2 = Page()
    y = _bar(p2, 15, "C   VOS ENGAGEMENTS ET SIGNATURE", style)
    y = p2.para(
        15,
        y + 2,
        "Je certifie sur l'honneur l'exactitude des renseignements portés sur ce formulaire. "
        "Je m'engage à signaler à ma caisse d'assurance maladie tout changement dans ma "
        "situation. La loi rend passible d'amende et/ou d'emprisonnement quiconque se rend "
        "coupable de fraudes ou de fausses déclarations (articles 313-1 à 313-3, 433-19, 441-1 "
        "et suivants du code pénal, article L. 114-13 du code de la sécurité sociale).",
        180,
        "sans",
        8.5,
    )
    y += 6
    _label(p2, 15, y, "Fait à", style)
    p2.line(25, y + 0.6, 95, y + 0.6, (90, 90, 90), 0.2, dash=True)
    fill.val(p2, 28, y - 0.3, d["place"])
    _label(p2, 100, y, "le", style)
    p2.line(105, y + 0.6, 160, y + 0.6, (90, 90, 90), 0.2, dash=True)
    # the date is always handwritten when the form was typed and printed
    if fill.way == "hand":
        fill.val(p2, 108, y - 0.3, d["date_text"])
    else:
        put_hand(p2, 108, y - 0.3, d["date_text"], 12, sign_rng, "rufscript")
    y += 8
    if style == 1:
        p2.text(120, y, "Signature", "sansb", 9)
        p2.rect(120, y + 2, 75, 30, lw=0.4)
        sy = y + 4
    else:
        p2.rect(120, y, 75, 32, lw=0.4)
        p2.text(122, y + 4.5, "Signature", "sans", 8.5, (150, 150, 150) if style == 2 else (0,) * 3)
        sy = y + 6
    put_signature(p2, 125, sy, 62, 24, d["signer"], sign_rng, sign_font)
    y += 42
    p2.text(15, y, "PIÈCES JUSTIFICATIVES À JOINDRE À VOTRE DEMANDE", "sansb", 10, BLUE)
    p2.line(15, y + 1.5, 195, y + 1.5, BLUE, 0.4)
    y += 7
    for item in [
        "la photocopie d'une pièce d'identité (passeport, carte nationale d'identité) ;",
        "pour les ressortissants étrangers hors UE/EEE/Suisse : la photocopie de votre titre "
        "de séjour, de votre visa long séjour valant titre de séjour (VLS-TS) ou du récépissé ;",
        "une copie intégrale de votre acte de naissance (ou extrait avec filiation), avec "
        "apostille ou légalisation s'il a été établi à l'étranger ;",
        "un justificatif de résidence en France depuis plus de trois mois (bail, factures, "
        "attestation d'hébergement) ;",
        "un relevé d'identité bancaire (RIB) à votre nom ;",
        "si vous travaillez : votre contrat de travail ou votre dernier bulletin de salaire.",
    ]:
        p2.text(17, y, "•", "sans", 9)
        y = p2.para(21, y, item, 170, "sans", 8.5) + 1.5
    y += 6
    p2.rect(15, y, 180, 40, stroke=(0, 0, 0), fill=(238, 238, 238), lw=0.3)
    p2.text(18, y + 6, "Cadre réservé à l'organisme", "sansb", 9)
    p2.text(18, y + 15, "Date de réception : ...... / ...... / ............", "sans", 8.5)
    p2.text(18, y + 24, "Pièces vérifiées :   oui  ☐     non  ☐", "dejavu", 8.5)
    p2.text(18, y + 33, "Matricule agent : ..............................", "sans", 8.5)
    p2.text(105, 289, "S1106 — cerfa n° 15763*02 — page 2/2", "sans", 7, GREY, align="m")
    return [p1, p2]
