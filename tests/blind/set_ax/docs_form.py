"""Cerfa 15763*02 (S1106) 'Demande d'ouverture des droits à l'assurance maladie', filled."""

from __future__ import annotations

import random

from gfx import HANDS, INK_BLUE, Page, put_hand, signature

NAVY = (0, 45, 110)
GREY = (90, 90, 90)


_FONT: list = [None]


def _val(pg: Page, x, y, s, hand: bool, rng, size=9.5):
    if not s:
        return
    if hand:
        put_hand(pg, x, y, s, rng, 3.6, _FONT[0])
    else:
        pg.text(x, y, s, size, "mono")


def _comb_fill(pg: Page, x, y, s, n, cell, hand, rng):
    pg.comb(x, y - 4.6, n, cell, 6, GREY, 0.2)
    for i, ch in enumerate(s[:n]):
        if ch == " ":
            continue
        if hand:
            put_hand(pg, x + i * cell + 1.0, y, ch, rng, 3.6, _FONT[0])
        else:
            pg.text(x + i * cell + cell / 2, y, ch, 10, "mono", anchor="m")


def _tick(pg: Page, x, y, hand, rng):
    if hand:
        put_hand(pg, x + 0.2, y + 3.0, "X", rng, 3.8, _FONT[0])
    else:
        pg.text(x + 1.6, y + 2.7, "X", 10, "sansb", anchor="m")


def cerfa(f: dict, rng: random.Random, hand: bool) -> list[Page]:
    """f: surname, usage, given, sex, dob (iso), pob_city, pob_country, nationality, address,
    cp, city, phone, email, situation key, contract, job, place, date_text."""
    _FONT[0] = f.get("hand_font") or rng.choice(HANDS)
    p1 = Page()
    p1.rect(12, 10, 40, 16, stroke=None, fill=(0, 94, 184))
    p1.text(14.5, 17, "l'Assurance", 10, "sansb", (255, 255, 255))
    p1.text(14.5, 22.5, "Maladie", 10, "sansb", (255, 255, 255))
    p1.rect(168, 10, 30, 14, stroke=(0, 0, 0), lw=0.4)
    p1.text(183, 15, "cerfa", 9, "sansb", anchor="m")
    p1.text(183, 21, "N° 15763*02", 8, "sans", anchor="m")
    p1.text(105, 34, "Demande d'ouverture des droits", 15, "sansb", NAVY, "m")
    p1.text(105, 40.5, "à l'assurance maladie", 15, "sansb", NAVY, "m")
    p1.text(105, 47, "Protection universelle maladie (PUMa)", 10, "sans", NAVY, "m")
    p1.para(
        14,
        54,
        "Vous travaillez ou résidez en France de manière stable et régulière depuis "
        "plus de trois mois : remplissez ce formulaire pour bénéficier de la prise en "
        "charge de vos frais de santé. Renvoyez-le à votre caisse d'assurance maladie "
        "accompagné des pièces justificatives listées en page 2.",
        182,
        7.2,
        "sans",
        1.3,
        GREY,
    )
    p1.text(
        14,
        67,
        "Articles L. 160-1, L. 160-5, L. 160-17, R. 111-3 et D. 160-2 du code de "
        "la sécurité sociale",
        6.5,
        "sansi",
        GREY,
    )
    # Section A
    p1.rect(12, 72, 186, 6.5, stroke=None, fill=NAVY)
    p1.text(15, 76.8, "A   VOUS", 10, "sansb", (255, 255, 255))
    y = 88
    p1.text(14, y, "Nom de naissance", 8.5)
    _comb_fill(p1, 52, y, f["surname"].upper(), 28, 5.0, hand, rng)
    y += 9
    p1.text(14, y, "Nom d'usage (facultatif)", 8.5)
    p1.line(52, y + 1, 196, y + 1, GREY, 0.15, dash=True)
    _val(p1, 54, y, f.get("usage", ""), hand, rng)
    y += 9
    p1.text(14, y, "Prénom(s)", 8.5)
    p1.line(52, y + 1, 196, y + 1, GREY, 0.15, dash=True)
    _val(p1, 54, y, f["given"], hand, rng)
    y += 10
    p1.text(14, y, "Sexe", 8.5)
    p1.checkbox(30, y - 3)
    p1.text(34.5, y, "F", 8.5)
    p1.checkbox(42, y - 3)
    p1.text(46.5, y, "M", 8.5)
    _tick(p1, 30 if f["sex"] == "F" else 42, y - 3, hand, rng)
    p1.text(70, y, "Date de naissance", 8.5)
    dd, mm_, yyyy = f["dob"][8:10], f["dob"][5:7], f["dob"][:4]
    _comb_fill(p1, 100, y, dd, 2, 5, hand, rng)
    _comb_fill(p1, 112, y, mm_, 2, 5, hand, rng)
    _comb_fill(p1, 124, y, yyyy, 4, 5, hand, rng)
    y += 10
    p1.text(14, y, "Lieu de naissance : commune", 8.5)
    p1.line(58, y + 1, 128, y + 1, GREY, 0.15, dash=True)
    _val(p1, 60, y, f["pob_city"], hand, rng)
    p1.text(132, y, "pays", 8.5)
    p1.line(141, y + 1, 196, y + 1, GREY, 0.15, dash=True)
    _val(p1, 143, y, f["pob_country"], hand, rng)
    y += 9
    p1.text(14, y, "Nationalité", 8.5)
    p1.line(34, y + 1, 100, y + 1, GREY, 0.15, dash=True)
    _val(p1, 36, y, f["nationality"], hand, rng)
    y += 10
    p1.text(14, y, "N° de sécurité sociale (si vous en avez un)", 8.5)
    p1.comb(80, y - 4.6, 13, 4.6, 6, GREY, 0.2)
    p1.comb(142, y - 4.6, 2, 4.6, 6, GREY, 0.2)
    y += 9
    p1.text(14, y, "N° d'allocataire CAF (le cas échéant)", 8.5)
    p1.line(70, y + 1, 140, y + 1, GREY, 0.15, dash=True)
    y += 10
    p1.text(14, y, "Adresse", 8.5)
    p1.line(30, y + 1, 196, y + 1, GREY, 0.15, dash=True)
    _val(p1, 32, y, f["address"], hand, rng)
    y += 9
    p1.text(14, y, "Code postal", 8.5)
    _comb_fill(p1, 36, y, f["cp"], 5, 5, hand, rng)
    p1.text(66, y, "Commune", 8.5)
    p1.line(82, y + 1, 196, y + 1, GREY, 0.15, dash=True)
    _val(p1, 84, y, f["city"], hand, rng)
    y += 9
    p1.text(14, y, "Téléphone", 8.5)
    p1.line(32, y + 1, 90, y + 1, GREY, 0.15, dash=True)
    _val(p1, 34, y, f["phone"], hand, rng)
    p1.text(96, y, "Courriel", 8.5)
    p1.line(110, y + 1, 196, y + 1, GREY, 0.15, dash=True)
    _val(p1, 112, y, f["email"], hand, rng)
    # Section B
    y += 10
    p1.rect(12, y, 186, 6.5, stroke=None, fill=NAVY)
    p1.text(15, y + 4.8, "B   VOTRE SITUATION", 10, "sansb", (255, 255, 255))
    y += 14
    p1.text(14, y, "Vous êtes (cochez la case correspondant à votre situation) :", 8.5, "sansb")
    opts = [
        ("salarie", "salarié(e) en France. Type de contrat :  CDI   CDD   intérim   autre"),
        ("independant", "travailleur indépendant / auto-entrepreneur"),
        ("demandeur_emploi", "demandeur d'emploi inscrit à France Travail"),
        ("etudiant", "étudiant(e)"),
        (
            "sans_activite",
            "sans activité professionnelle et résidant en France de manière "
            "stable depuis plus de trois mois",
        ),
        ("autre", "autre situation, précisez :"),
    ]
    y += 7
    for key, label in opts:
        p1.checkbox(16, y - 3)
        p1.text(22, y, label, 8.5)
        if key == f["situation"]:
            _tick(p1, 16, y - 3, hand, rng)
        if key == "salarie":
            p1.text(22, y + 5.5, "Emploi occupé :", 8.5)
            p1.line(46, y + 6.5, 150, y + 6.5, GREY, 0.15, dash=True)
            if f["situation"] == "salarie":
                _val(p1, 48, y + 5.5, f["job"], hand, rng)
                cx = {"CDI": 86.5, "CDD": 95.5, "intérim": 104.5}[f["contract"]]
                if hand:
                    p1.line(cx - 1.5, y + 1.2, cx + 6.5, y - 3.2, INK_BLUE, 0.4)
                    p1.line(cx - 1.5, y - 3.2, cx + 6.5, y + 1.2, INK_BLUE, 0.4)
                else:
                    p1.rect(cx - 1.2, y - 3.4, 8, 4.8, stroke=(0, 0, 0), lw=0.35)
            y += 6
        if key == "autre":
            p1.line(62, y + 1, 196, y + 1, GREY, 0.15, dash=True)
        y += 7.5
    p1.text(196, 290, "S1106 — cerfa n° 15763*02 — page 1/2", 6.5, "sans", GREY, "r")
    # page 2
    p2 = Page()
    p2.rect(12, 14, 186, 6.5, stroke=None, fill=NAVY)
    p2.text(15, 18.8, "C   VOS ENGAGEMENTS ET SIGNATURE", 10, "sansb", (255, 255, 255))
    yy = p2.para(
        14,
        29,
        "Je certifie sur l'honneur l'exactitude des renseignements portés sur "
        "ce formulaire et m'engage à signaler à ma caisse d'assurance maladie tout "
        "changement dans ma situation. La loi punit quiconque se rend coupable de "
        "fraudes ou de fausses déclarations (articles 313-1 à 313-3, 433-19, 441-1 et "
        "441-7 du code pénal, article L. 114-13 du code de la sécurité sociale).",
        182,
        8.5,
        "sans",
        1.35,
    )
    yy += 6
    p2.text(14, yy, "Fait à", 9)
    p2.line(25, yy + 1, 95, yy + 1, GREY, 0.15, dash=True)
    p2.text(100, yy, "le", 9)
    p2.line(105, yy + 1, 150, yy + 1, GREY, 0.15, dash=True)
    if hand:
        put_hand(p2, 28, yy, f["place"], rng, 3.8, _FONT[0])
        put_hand(p2, 107, yy, f["date_text"], rng, 3.8, _FONT[0])
    else:
        p2.text(28, yy, f["place"], 9.5, "mono")
        if f.get("date_typed", True):
            p2.text(107, yy, f["date_text"], 9.5, "mono")
        else:
            put_hand(p2, 107, yy, f["date_text"], rng, 3.8, _FONT[0])
    yy += 6
    p2.rect(120, yy, 70, 28, stroke=(0, 0, 0), lw=0.3)
    p2.text(122, yy + 4, "Signature", 8, "sans", (150, 150, 150))
    p2.image(signature(rng, color=f.get("ink", INK_BLUE)), 124, yy + 5, 56, 22)
    yy += 40
    p2.rect(12, yy, 186, 6.5, stroke=None, fill=NAVY)
    p2.text(
        15,
        yy + 4.8,
        "PIÈCES JUSTIFICATIVES À JOINDRE À VOTRE DEMANDE",
        10,
        "sansb",
        (255, 255, 255),
    )
    yy += 14
    for s in [
        "une pièce d'identité : passeport, ou carte nationale d'identité (ressortissants UE/EEE/"
        "Suisse) ;",
        "un titre de séjour en cours de validité, un visa long séjour valant titre de séjour "
        "(VLS-TS) ou un récépissé de demande ;",
        "une copie intégrale d'acte de naissance ou un extrait avec filiation (apostillé ou "
        "légalisé selon le pays) ;",
        "un justificatif de résidence en France depuis plus de trois mois (bail, factures, "
        "attestation d'hébergement) ;",
        "un relevé d'identité bancaire (RIB) à votre nom ;",
        "si vous travaillez : votre contrat de travail ou votre dernier bulletin de salaire.",
    ]:
        p2.text(16, yy, "•", 9)
        yy = p2.para(21, yy, s, 174, 8.5, "sans", 1.35) + 2
    yy += 10
    p2.rect(12, yy, 186, 32, stroke=(0, 0, 0), fill=(238, 238, 238), lw=0.3)
    p2.text(15, yy + 5, "Cadre réservé à l'organisme", 8.5, "sansb")
    p2.text(15, yy + 13, "Date de réception : ....../....../..........", 8)
    p2.text(15, yy + 21, "Pièces vérifiées :  oui   non", 8)
    p2.text(110, yy + 13, "Matricule agent : .....................", 8)
    p2.text(196, 290, "S1106 — cerfa n° 15763*02 — page 2/2", 6.5, "sans", GREY, "r")
    return [p1, p2]


def form_truth(f: dict, signed_on: str) -> dict:
    emp = {"salarie": "employed", "autre": "other"}.get(f["situation"], "not_employed")
    return {
        "surname": f["surname"].upper(),
        "usage_name": f.get("usage") or None,
        "given_names": f["given"],
        "sex": f["sex"],
        "date_of_birth": f["dob"],
        "employment_status": emp,
        "situation": f["situation"],
        "contract_type": f.get("contract") if f["situation"] == "salarie" else None,
        "signed": True,
        "signed_on": signed_on,
        "date_text": f["date_text"],
        "place": f["place"],
        "nir": None,
    }
