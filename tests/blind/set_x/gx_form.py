"""The S1106 / cerfa 15763*02 application form, one print run, filled by hand or typed."""

from __future__ import annotations

from gx_base import Page, signature

BLUE = (0, 70, 140)
GREY = (120, 120, 120)
PEN = (20, 30, 120)


def _bar(p: Page, y: float, title: str) -> None:
    p.rect(12, y, 186, 7, None, BLUE)
    p.text(15, y + 5, title, 10, "sansb", (255, 255, 255))


def _comb(p: Page, x: float, y: float, n: int, w: float = 5.0) -> None:
    for i in range(n):
        p.rect(x + i * w, y, w, 6.5, (60, 60, 60), (255, 255, 255), 0.2)


def form_pages(v: dict, fill: str, seed: int) -> list[Page]:
    """v: surname, usage, given, sex, dob (ISO), pob, nat, addr, cp, city, tel, mail,
    situation (key), contract, place, date_text, sign_name."""
    hand = fill == "hand"

    def put(p, x, y, s, size=11, i=0):
        if not s:
            return
        if hand:
            p.hand(x, y, s, size + 3, "hand", PEN, seed + i)
        else:
            p.text(x, y, s, size, "mono", (0, 0, 0))

    def comb_put(p, x, y, s, w=5.0, i=0):
        for k, ch in enumerate(s):
            if ch != " ":
                put(p, x + k * w + 1.2, y + 5.2, ch, 11, i + k)

    p = Page()
    p.text(12, 16, "l'Assurance", 15, "sansb", BLUE)
    p.text(12, 22, "Maladie", 15, "sansb", BLUE)
    p.rect(160, 9, 38, 14, (0, 0, 0), None, 0.4)
    p.text(179, 14.5, "cerfa", 10, "sansb", anchor="c")
    p.text(179, 20, "N° 15763*02", 9, "sans", anchor="c")
    p.text(105, 34, "Demande d'ouverture des droits à l'assurance maladie", 14, "sansb", anchor="c")
    p.text(105, 40, "Protection universelle maladie (PUMa)", 11, "sans", anchor="c")
    p.para(
        12,
        47,
        "Ce formulaire vous permet de demander l'ouverture de vos droits à la prise en "
        "charge de vos frais de santé si vous travaillez ou résidez en France de manière stable"
        " et régulière. Articles L. 160-1, L. 160-5, L. 160-17 et R. 111-3 du code de la "
        "sécurité sociale.",
        186,
        7.5,
        "sans",
        color=GREY,
    )
    _bar(p, 60, "A  VOUS")
    rows = [
        (72, "Nom de naissance", v["surname"]),
        (84, "Nom d'usage (facultatif)", v.get("usage") or ""),
        (96, "Prénom(s)", v["given"]),
    ]
    for i, (y, lab, val) in enumerate(rows):
        p.text(14, y, lab, 8.5, "sans")
        p.line(60, y + 1, 196, y + 1, GREY, 0.2)
        put(p, 62, y, val, 11, 10 * i)
    p.text(14, 108, "Sexe", 8.5)
    for k, (t, x) in enumerate((("F", 30), ("M", 45))):
        p.rect(x, 104, 4, 4, (0, 0, 0), None, 0.25)
        p.text(x + 6, 108, t, 8.5)
        if v["sex"] == t:
            put(p, x + 0.6, 107.6, "X", 10, 90 + k)
    p.text(70, 108, "Date de naissance", 8.5)
    y0 = 103
    dob = v["dob"]
    digits = dob[8:10] + dob[5:7] + dob[:4]
    _comb(p, 100, y0, 2)
    _comb(p, 113, y0, 2)
    _comb(p, 126, y0, 4)
    comb_put(p, 100, y0, digits[:2], i=100)
    comb_put(p, 113, y0, digits[2:4], i=110)
    comb_put(p, 126, y0, digits[4:], i=120)
    for t, x in (("JJ", 102), ("MM", 115), ("AAAA", 132)):
        p.text(x, y0 + 9.5, t, 6, "sans", GREY)
    y = 122
    for i, (lab, val) in enumerate(
        [
            ("Lieu de naissance (commune, pays)", v["pob"]),
            ("Nationalité", v["nat"]),
        ]
    ):
        p.text(14, y, lab, 8.5)
        p.line(70, y + 1, 196, y + 1, GREY, 0.2)
        put(p, 72, y, val, 11, 200 + 10 * i)
        y += 11
    p.text(14, y + 2, "N° de sécurité sociale (si vous en avez un)", 8.5)
    _comb(p, 90, y - 3, 13, 4.6)
    _comb(p, 154, y - 3, 2, 4.6)
    y += 14
    for i, (lab, val) in enumerate(
        [
            ("Adresse", v["addr"]),
            ("Code postal / Commune", f"{v['cp']}  {v['city']}"),
            ("Téléphone", v["tel"]),
            ("Courriel", v["mail"]),
        ]
    ):
        p.text(14, y, lab, 8.5)
        p.line(55, y + 1, 196, y + 1, GREY, 0.2)
        put(p, 57, y, val, 10.5, 300 + 10 * i)
        y += 10
    _bar(p, y + 2, "B  VOTRE SITUATION")
    y += 16
    opts = [
        ("salarie", "Vous exercez une activité salariée en France : type de contrat"),
        ("independant", "Vous exercez une activité non salariée (travailleur indépendant)"),
        ("demandeur_emploi", "Vous êtes demandeur d'emploi"),
        ("etudiant", "Vous êtes étudiant(e)"),
        (
            "sans_activite",
            "Vous êtes sans activité et résidez en France de manière stable depuis "
            "plus de trois mois",
        ),
        ("autre", "Autre situation (précisez) :"),
    ]
    for k, (key, lab) in enumerate(opts):
        p.rect(14, y - 3.5, 4, 4, (0, 0, 0), None, 0.25)
        p.text(21, y, lab, 8.5)
        if key == "salarie":
            for j, ct in enumerate(("CDI", "CDD", "Intérim")):
                xx = 125 + j * 20
                p.rect(xx, y - 3.5, 4, 4, (0, 0, 0), None, 0.25)
                p.text(xx + 5.5, y, ct, 8.5)
                if v["situation"] == key and v.get("contract") == ct:
                    put(p, xx + 0.6, y - 0.2, "X", 10, 500 + j)
        if v["situation"] == key:
            put(p, 14.6, y - 0.2, "X", 10, 400 + k)
        y += 8
    p.text(105, 288, "S1106 — cerfa n° 15763*02 — page 1/2", 7, "sans", GREY, "c")

    q = Page()
    _bar(q, 14, "C  VOS ENGAGEMENTS ET SIGNATURE")
    y = q.para(
        14,
        29,
        "Je certifie sur l'honneur l'exactitude des renseignements portés sur ce "
        "formulaire et m'engage à signaler à ma caisse d'assurance maladie tout changement "
        "de situation. La loi punit quiconque se rend coupable de fraude ou de fausse "
        "déclaration (articles 313-1 à 313-3, 433-19, 441-1 et suivants du code pénal).",
        182,
        9,
    )
    q.text(14, y + 8, "Fait à", 9.5)
    q.line(27, y + 9, 100, y + 9, GREY, 0.2)
    put(q, 30, y + 8, v["place"], 11, 600)
    q.text(105, y + 8, "le", 9.5)
    q.line(111, y + 9, 170, y + 9, GREY, 0.2)
    put(q, 114, y + 8, v["date_text"], 11, 610)
    q.text(120, y + 18, "Signature", 9, "sans", GREY)
    q.rect(118, y + 20, 78, 30, (0, 0, 0), None, 0.3)
    if v.get("signed", True):
        q.image(124, y + 24, 60, 22, signature(v["sign_name"], seed + 700, PEN))
    y += 62
    _bar(q, y, "PIÈCES JUSTIFICATIVES À JOINDRE À VOTRE DEMANDE")
    y += 13
    for t in [
        "une pièce d'identité (passeport, carte nationale d'identité pour les ressortissants de "
        "l'UE/EEE/Suisse) ;",
        "pour les ressortissants d'un pays hors UE/EEE/Suisse : titre de séjour, VLS-TS ou "
        "récépissé ;",
        "un acte de naissance (copie intégrale ou extrait avec filiation) ;",
        "un justificatif de résidence en France depuis plus de trois mois ;",
        "un relevé d'identité bancaire (RIB) à votre nom ;",
        "si vous travaillez : contrat de travail ou dernier bulletin de salaire.",
    ]:
        q.text(16, y, "•", 9)
        y = q.para(21, y, t, 175, 8.5) + 1.5
    y += 8
    q.rect(12, y, 186, 30, GREY, (244, 244, 244), 0.3)
    q.text(15, y + 6, "Cadre réservé à l'organisme", 8.5, "sansb", GREY)
    q.text(15, y + 14, "Date de réception : ____/____/______", 8, "sans", GREY)
    q.text(15, y + 21, "Pièces vérifiées  □ oui  □ non", 8, "sans", GREY)
    q.text(110, y + 14, "Matricule agent : __________", 8, "sans", GREY)
    q.text(105, 288, "S1106 — cerfa n° 15763*02 — page 2/2", 7, "sans", GREY, "c")
    return [p, q]
