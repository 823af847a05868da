"""Cerfa 15763*02 (S1106) application form, two print runs, typed or hand filled."""

from __future__ import annotations

import random

import common as C

PX_MM = 300 / 25.4


def put_hand(
    pg: C.Page,
    x: float,
    y: float,
    s: str,
    rng: random.Random,
    size: float = 4.2,
    font: str = "ecolier",
    ink=C.INK_BLUE,
) -> float:
    """Write s by hand with its baseline near y; returns the width in mm."""
    if not s:
        return 0.0
    img = C.hand(s, rng, size, font, ink)
    w, h = img.width / PX_MM, img.height / PX_MM
    pg.image(img, x, y - h * 0.8 + rng.uniform(-0.4, 0.4), w, h)
    return w


def put_val(pg, x, y, s, fill, rng, size=4.2, font="ecolier"):
    if fill == "hand":
        put_hand(pg, x, y, s, rng, size, font)
    else:
        pg.text(x, y, s, "cond", 10)


def put_comb(pg, x, y, s, fill, rng, cell=5.0, h=6.5, font="ecolier"):
    pg.comb(x, y, max(len(s), 1), cell, h, (60, 60, 60), 0.2)
    for i, ch in enumerate(s):
        if ch == " ":
            continue
        cx = x + i * cell + cell * 0.22
        if fill == "hand":
            put_hand(pg, cx, y + h * 0.8, ch, rng, 3.8, font)
        else:
            pg.text(x + i * cell + cell / 2, y + h * 0.75, ch, "cond", 10, (0, 0, 0), "c")


def form_pages(f: dict, rng: random.Random, run: int = 1) -> list[C.Page]:
    """f: surname, usage, given, sex, dob (ISO), pob_city, pob_country, nationality, address,
    cp, city, phone, email, situation, contract, date_text, place, fill ('hand'|'typed'),
    hand_font, signer (name for signature)."""
    fill, hf = f["fill"], f.get("hand_font", "ecolier")
    blue = (0, 50, 120) if run == 1 else (30, 30, 30)
    bar = (0, 82, 147) if run == 1 else (90, 90, 90)
    lab_font = "sans" if run == 1 else "lato"
    p1 = C.Page()
    # header
    p1.text(15, 17, "l'Assurance", "sans-b", 13, blue)
    p1.text(15, 23, "Maladie", "sans-b", 13, blue)
    p1.rect(165, 10, 30, 12, (0, 0, 0), None, 0.4)
    p1.text(180, 15, "cerfa", "sans-b", 9, (0, 0, 0), "c")
    p1.text(180, 20, "N° 15763*02", "sans", 8, (0, 0, 0), "c")
    p1.text(
        105,
        33,
        "Demande d'ouverture des droits à l'assurance maladie",
        "sans-b",
        13.5,
        (0, 0, 0),
        "c",
    )
    p1.text(105, 39, "Protection universelle maladie (PUMa)", "sans", 10.5, blue, "c")
    y = p1.para(
        15,
        46,
        180,
        "Articles L. 160-1, L. 160-5, L. 160-6, L. 160-7, R. 111-2 et "
        "D. 160-2 du code de la sécurité sociale. Ce formulaire vous permet de demander "
        "la prise en charge de vos frais de santé si vous travaillez ou résidez en France "
        "de manière stable et régulière. Remplissez-le en lettres capitales et joignez les "
        "pièces justificatives indiquées en page 2.",
        "sans",
        7,
        3.2,
    )

    def section(yy, title):
        if run == 1:
            p1.rect(15, yy, 180, 7, None, bar)
            p1.text(18, yy + 5, title, "sans-b", 10, (255, 255, 255))
        else:
            p1.text(15, yy + 5, title, "lato-b", 11, (0, 0, 0))
            p1.line(15, yy + 7, 195, yy + 7, (0, 0, 0), 0.5)
        return yy + 14

    y = section(y + 3, "A  VOUS")
    L = (40, 40, 40)

    def label_line(yy, label, value, lw=42, size=4.2):
        p1.text(15, yy, label, lab_font, 8.5, L)
        if run == 1:
            p1.rect(15 + lw, yy - 5, 180 - lw, 7, (120, 120, 120), None, 0.2)
        else:
            for xx in range(int(15 + lw), 195, 2):
                p1.line(xx, yy + 1, xx + 0.6, yy + 1, (110, 110, 110), 0.2)
        put_val(p1, 17 + lw, yy, value, fill, rng, size, hf)
        return yy + 10

    y = label_line(y, "Nom de naissance", f["surname"].upper())
    y = label_line(y, "Nom d'usage (facultatif)", (f.get("usage") or "").upper())
    y = label_line(y, "Prénom(s)", f["given"])
    p1.text(15, y, "Sexe", lab_font, 8.5, L)
    for i, sx in enumerate(("F", "M")):
        p1.rect(35 + i * 18, y - 4, 4, 4, (0, 0, 0), None, 0.25)
        p1.text(41 + i * 18, y - 0.5, sx, lab_font, 8.5, L)
        if f["sex"] == sx:
            _tickbox(p1, 35 + i * 18, y - 4, fill, rng)
    p1.text(80, y, "Date de naissance", lab_font, 8.5, L)
    dob = f["dob"][8:10] + f["dob"][5:7] + f["dob"][:4]
    put_comb(p1, 112, y - 5, dob[:2], fill, rng, font=hf)
    put_comb(p1, 124, y - 5, dob[2:4], fill, rng, font=hf)
    put_comb(p1, 136, y - 5, dob[4:], fill, rng, font=hf)
    p1.text(112, y + 4.5, "JJ", "sans", 6, L)
    p1.text(124, y + 4.5, "MM", "sans", 6, L)
    p1.text(136, y + 4.5, "AAAA", "sans", 6, L)
    y += 12
    y = label_line(y, "Lieu de naissance", f["pob_city"] + " (" + f["pob_country"] + ")")
    y = label_line(y, "Nationalité", f["nationality"])
    p1.text(15, y, "N° de sécurité sociale (si vous en avez un)", lab_font, 8.5, L)
    p1.comb(85, y - 5, 13, 4.5, 6.5, (60, 60, 60), 0.2)
    p1.comb(146, y - 5, 2, 4.5, 6.5, (60, 60, 60), 0.2)
    y += 11
    y = label_line(y, "Adresse", f["address"])
    p1.text(15, y, "Code postal", lab_font, 8.5, L)
    put_comb(p1, 40, y - 5, f["cp"], fill, rng, font=hf)
    p1.text(72, y, "Commune", lab_font, 8.5, L)
    put_val(p1, 90, y, f["city"], fill, rng, 4.2, hf)
    p1.line(89, y + 1, 195, y + 1, (110, 110, 110), 0.2)
    y += 10
    p1.text(15, y, "Téléphone", lab_font, 8.5, L)
    put_val(p1, 38, y, f["phone"], fill, rng, 3.8, hf)
    p1.line(37, y + 1, 95, y + 1, (110, 110, 110), 0.2)
    p1.text(100, y, "E-mail", lab_font, 8.5, L)
    put_val(p1, 114, y, f["email"], fill, rng, 3.6, hf)
    p1.line(113, y + 1, 195, y + 1, (110, 110, 110), 0.2)
    y = section(y + 8, "B  VOTRE SITUATION")
    p1.text(15, y, "Cochez la case correspondant à votre situation actuelle :", lab_font, 8.5, L)
    y += 8
    opts = [
        ("salarie", "Vous exercez une activité salariée en France"),
        ("independant", "Vous exercez une activité non salariée (indépendant)"),
        ("demandeur_emploi", "Vous êtes demandeur d'emploi"),
        ("etudiant", "Vous êtes étudiant(e)"),
        (
            "sans_activite",
            "Vous êtes sans activité et résidez en France de manière stable "
            "et régulière depuis plus de trois mois",
        ),
        ("autre", "Autre situation (précisez) :"),
    ]
    for key, text in opts:
        p1.rect(17, y - 3.8, 4, 4, (0, 0, 0), None, 0.25)
        p1.text(24, y, text, lab_font, 8.5, (20, 20, 20))
        if f["situation"] == key:
            _tickbox(p1, 17, y - 3.8, fill, rng)
        if key == "salarie":
            y += 7
            p1.text(24, y, "Type de contrat :", lab_font, 8, L)
            for i, ct in enumerate(("CDI", "CDD", "Intérim", "Autre")):
                p1.rect(52 + i * 22, y - 3.5, 3.5, 3.5, (0, 0, 0), None, 0.25)
                p1.text(57 + i * 22, y, ct, lab_font, 8, L)
                if f.get("contract") == ct:
                    _tickbox(p1, 52 + i * 22, y - 3.5, fill, rng, 3.5)
            p1.text(140, y, "Emploi :", lab_font, 8, L)
            put_val(p1, 153, y, f.get("job", ""), fill, rng, 3.4, hf)
        y += 8
    p1.line(70, y - 7, 195, y - 7, (110, 110, 110), 0.2)
    p1.text(15, 288, "S1106 — cerfa n° 15763*02 — page 1/2", "sans", 7, (80, 80, 80))
    if run == 2:
        p1.text(195, 288, "ameli.fr", "sans-b", 7, (80, 80, 80), "r")

    # page 2
    p2 = C.Page()
    y = 20
    if run == 1:
        p2.rect(15, y, 180, 7, None, bar)
        p2.text(18, y + 5, "C  VOS ENGAGEMENTS ET SIGNATURE", "sans-b", 10, (255, 255, 255))
    else:
        p2.text(15, y + 5, "C  VOS ENGAGEMENTS ET SIGNATURE", "lato-b", 11)
        p2.line(15, y + 7, 195, y + 7, (0, 0, 0), 0.5)
    y = p2.para(
        15,
        y + 15,
        180,
        "Je certifie sur l'honneur l'exactitude des renseignements "
        "portés sur ce formulaire. Je m'engage à signaler à ma caisse d'assurance maladie "
        "tout changement dans ma situation (adresse, activité, résidence).",
        lab_font,
        9,
        4.3,
    )
    y += 6
    p2.text(15, y, "Fait à", lab_font, 9.5)
    p2.line(27, y + 1, 95, y + 1, (110, 110, 110), 0.2)
    p2.text(100, y, "le", lab_font, 9.5)
    p2.line(106, y + 1, 150, y + 1, (110, 110, 110), 0.2)
    put_hand(p2, 30, y, f["place"], rng, 4.2, hf) if fill == "hand" else p2.text(
        30, y, f["place"], "cond", 10
    )
    if f.get("date_hand", fill == "hand"):
        put_hand(p2, 109, y, f["date_text"], rng, 4.2, hf)
    else:
        p2.text(109, y, f["date_text"], "cond", 10)
    y += 8
    if run == 1:
        p2.text(120, y + 4, "Signature", lab_font, 9)
        p2.rect(120, y + 6, 75, 30, (0, 0, 0), None, 0.3)
        sx, sy = 126, y + 9
    else:
        p2.rect(120, y, 75, 32, (0, 0, 0), None, 0.3)
        p2.text(157, y + 17, "Signature", "lato", 14, (215, 215, 215), "c")
        sx, sy = 126, y + 4
    sig = C.signature(f["signer"], rng, f.get("ink", C.INK_BLUE))
    sw = min(60.0, 24 * sig.width / sig.height)
    p2.image(sig, sx, sy, sw)
    y += 46
    p2.text(15, y, "PIÈCES JUSTIFICATIVES À JOINDRE À VOTRE DEMANDE", "sans-b", 10)
    y += 7
    pieces = [
        "une pièce d'identité (passeport ou carte nationale d'identité) ;",
        "si vous n'êtes pas ressortissant de l'UE/EEE/Suisse : votre titre de séjour, "
        "VLS-TS ou récépissé de demande ;",
        "un extrait d'acte de naissance avec filiation ou une copie intégrale ;",
        "un justificatif de résidence en France depuis plus de 3 mois (bail, factures, "
        "attestation d'hébergement) ;",
        "un relevé d'identité bancaire (RIB) à votre nom ;",
        "si vous êtes salarié : votre contrat de travail ou votre dernier bulletin de salaire.",
    ]
    for s in pieces:
        p2.text(17, y, "•", "sans", 9)
        y = p2.para(21, y, 172, s, lab_font, 8.5, 4.2) + 1.5
    y += 8
    p2.rect(15, y, 180, 34, (0, 0, 0), (242, 242, 242), 0.3)
    p2.text(18, y + 6, "Cadre réservé à l'organisme", "sans-b", 9)
    p2.text(18, y + 15, "Date de réception : ____ / ____ / ________", "sans", 8.5)
    p2.text(18, y + 23, "Pièces vérifiées :  □ oui   □ non", "dejavu", 8.5)
    p2.text(110, y + 23, "Matricule agent : ______________", "sans", 8.5)
    p2.text(15, 288, "S1106 — cerfa n° 15763*02 — page 2/2", "sans", 7, (80, 80, 80))
    return [p1, p2]


def _tickbox(pg, x, y, fill, rng, size=4.0):
    if fill == "hand":
        pg.image(C.tick(rng, C.INK_BLUE, cross=rng.random() < 0.6), x - 0.3, y - 0.6, size + 1.0)
    else:
        pg.text(x + size / 2, y + size * 0.85, "X", "sans-b", size * 2.6, (0, 0, 0), "c")
