"""Page builders for the French paperwork of set_dh (form, bills, lease, RIB, payslip...)."""

from __future__ import annotations

import random

from dh_core import Page, signature, stamp, text_width
from dh_ids import group4

BLUE_INK = (25, 40, 130)
GREY = (95, 95, 95)


def _hand(pg: Page, x, y, s, font, size, rng, ink=BLUE_INK):
    pg.text(x + rng.uniform(-0.4, 0.4), y + rng.uniform(-0.3, 0.3), s, font, size, ink)


def form_s1106(d: dict, rng: random.Random) -> Page:
    """Cerfa 15763 "Demande d'ouverture des droits à l'assurance maladie", page 1.

    d: surname, usage, given, dob (DD/MM/YYYY), pob, address lines, situation
    ('employed' | 'not_employed' | 'other'), job, contract, other_text, place, date, hand font
    key or None for typed.
    """
    pg = Page()
    hand = d.get("hand")
    vfont = hand or "mono"
    vsize = 12 if hand else 10

    def val(x, y, s):
        if not s:
            return
        if hand:
            _hand(pg, x, y, s, hand, vsize, rng)
        else:
            pg.text(x, y, s, vfont, vsize)

    pg.rect(12, 10, 30, 14, stroke=(0, 0, 0), fill=(20, 70, 150))
    pg.text(27, 16, "l'Assurance", "sansb", 7, (255, 255, 255), "m")
    pg.text(27, 20.5, "Maladie", "sansb", 7, (255, 255, 255), "m")
    pg.text(198, 14, "cerfa", "sansb", 9, align="r")
    pg.text(198, 18.5, "N° 15763*02", "sans", 7.5, align="r")
    pg.text(105, 32, "DEMANDE D'OUVERTURE DES DROITS", "sansb", 13, align="m")
    pg.text(105, 38, "À L'ASSURANCE MALADIE", "sansb", 13, align="m")
    pg.text(
        105,
        43.5,
        "Protection universelle maladie (Articles L.160-1 et R.111-2 du Code de "
        "la sécurité sociale)",
        "sans",
        7,
        GREY,
        "m",
    )
    pg.rect(12, 50, 186, 6, stroke=None, fill=(20, 70, 150))
    pg.text(14, 54.3, "A  -  VOTRE IDENTITÉ", "sansb", 9, (255, 255, 255))
    y = 59.0
    rows = [
        [
            ("Nom de naissance (nom de famille)", 120, d["surname"]),
            ("Nom d'usage (facultatif)", 66, d.get("usage", "")),
        ],
        [("Prénom(s)", 186, d["given"])],
        [
            ("Date de naissance (JJ/MM/AAAA)", 60, d["dob"]),
            ("Lieu de naissance (commune et pays)", 126, d["pob"]),
        ],
        [
            ("N° de sécurité sociale (si vous en avez un)", 93, ""),
            ("N° d'allocataire CAF (le cas échéant)", 93, ""),
        ],
        [("Adresse (n°, rue, code postal, commune)", 186, d["address"])],
    ]
    for row in rows:
        x = 12.0
        for label, w, v in row:
            pg.rect(x, y, w, 13, stroke=(80, 80, 80), lw=0.25)
            pg.text(x + 1.5, y + 3.2, label, "sans", 6.5, GREY)
            val(x + 3, y + 10.5, v)
            x += w
        y += 15
    pg.rect(12, y + 2, 186, 6, stroke=None, fill=(20, 70, 150))
    pg.text(14, y + 6.3, "B  -  VOTRE SITUATION", "sansb", 9, (255, 255, 255))
    y += 13
    opts = [
        ("employed", "Vous exercez une activité salariée en France"),
        ("not_employed", "Vous êtes sans activité"),
        ("other", "Autre situation (précisez) :"),
    ]
    for key, label in opts:
        pg.rect(14, y - 3.6, 4, 4, stroke=(0, 0, 0), lw=0.3)
        if d["situation"] == key:
            if hand:
                pg.poly([(14.3, y - 3.3), (17.7, y + 0.1)], BLUE_INK, 0.5)
                pg.poly([(17.7, y - 3.3), (14.3, y + 0.1)], BLUE_INK, 0.5)
            else:
                pg.text(16, y - 0.3, "X", "sansb", 9, align="m")
        pg.text(21, y, label, "sans", 8.5)
        if key == "employed":
            y += 8
            pg.text(21, y, "Emploi occupé :", "sans", 7.5, GREY)
            pg.line(43, y + 1, 120, y + 1, GREY, 0.2)
            pg.text(124, y, "Type de contrat :", "sans", 7.5, GREY)
            pg.line(147, y + 1, 198, y + 1, GREY, 0.2)
            if key == d["situation"]:
                val(45, y - 0.3, d.get("job", ""))
                val(149, y - 0.3, d.get("contract", ""))
        if key == "other":
            pg.line(62, y + 1, 198, y + 1, GREY, 0.2)
            if key == d["situation"]:
                val(64, y - 0.3, d.get("other_text", ""))
        y += 9
    pg.rect(12, y + 1, 186, 6, stroke=None, fill=(20, 70, 150))
    pg.text(14, y + 5.3, "C  -  ENGAGEMENT ET SIGNATURE", "sansb", 9, (255, 255, 255))
    y += 14
    y = pg.para(
        14,
        y,
        "Je certifie sur l'honneur l'exactitude des renseignements portés sur ce "
        "formulaire et m'engage à signaler tout changement de situation à ma caisse "
        "d'assurance maladie.",
        182,
        "sans",
        8,
    )
    y += 5
    pg.text(14, y, "Fait à", "sans", 8.5)
    pg.line(25, y + 1, 90, y + 1, GREY, 0.2)
    val(27, y - 0.4, d["place"])
    pg.text(95, y, "le", "sans", 8.5)
    pg.line(100, y + 1, 140, y + 1, GREY, 0.2)
    val(102, y - 0.4, d.get("date", ""))
    pg.rect(120, y + 6, 78, 28, stroke=(80, 80, 80), lw=0.25)
    pg.text(122, y + 9.5, "Signature", "sans", 7, GREY)
    if d.get("signed", True):
        signature(pg, 128, y + 13, 50, rng)
    y += 44
    pg.para(
        14,
        y,
        "La loi n° 78-17 du 6 janvier 1978 modifiée relative à l'informatique, aux "
        "fichiers et aux libertés s'applique aux réponses faites sur ce formulaire. Elle "
        "garantit un droit d'accès et de rectification pour les données vous concernant "
        "auprès de votre caisse d'assurance maladie.",
        182,
        "sans",
        6.5,
        color=GREY,
    )
    pg.text(14, 288, "S1106 - 15763*02", "sans", 6, GREY)
    return pg


def lease_pages(d: dict, rng: random.Random) -> list[Page]:
    """Bail d'habitation (loi du 6 juillet 1989), two pages; d['tenants'] a list of names."""
    f, fb = d.get("font", "times"), d.get("fontb", "timesb")
    p1 = Page()
    p1.text(105, 22, "CONTRAT DE LOCATION", fb, 16, align="m")
    p1.text(105, 29, d["subtitle"], f, 10.5, align="m")
    p1.text(
        105, 35, "(Soumis au titre Ier bis de la loi n° 89-462 du 6 juillet 1989)", f, 9, GREY, "m"
    )
    y = 48.0
    p1.text(20, y, "I. DÉSIGNATION DES PARTIES", fb, 11)
    y += 7
    y = p1.para(20, y, "Le présent contrat est conclu entre les soussignés :", 170, f, 10)
    y += 2
    p1.text(24, y, "Le bailleur :", fb, 10)
    y = p1.para(50, y, d["landlord_line"], 140, f, 10) + 2
    p1.text(24, y, "désigné ci-après « le bailleur »", f, 9.5, GREY)
    y += 7
    p1.text(24, y, "Le(s) locataire(s) :", fb, 10)
    y += 5
    for t in d["tenants"]:
        p1.text(30, y, "- " + t, f, 10)
        y += 5
    p1.text(24, y, "désigné(s) ci-après « le(s) locataire(s) »", f, 9.5, GREY)
    y += 9
    p1.text(20, y, "II. OBJET DU CONTRAT", fb, 11)
    y += 7
    p1.text(24, y, "Adresse du logement :", fb, 10)
    p1.text(64, y, d["address"], f, 10)
    y += 6
    y = p1.para(24, y, d["desc"], 166, f, 10) + 4
    p1.text(20, y, "III. DATE DE PRISE D'EFFET ET DURÉE DU CONTRAT", fb, 11)
    y += 7
    p1.text(24, y, "Date de prise d'effet du contrat :", f, 10)
    p1.text(84, y, d["start_text"], fb, 10)
    y += 6
    p1.text(24, y, "Durée du contrat :", f, 10)
    p1.text(84, y, d["duration"], f, 10)
    y += 10
    p1.text(20, y, "IV. CONDITIONS FINANCIÈRES", fb, 11)
    y += 7
    for lbl, v in d["money"]:
        p1.text(24, y, lbl, f, 10)
        p1.text(150, y, v, f, 10, align="r")
        y += 5.5
    y += 4
    y = p1.para(20, y, d.get("clause", ""), 170, f, 10)
    p1.text(105, 285, "Page 1 / 2", f, 8, GREY, "m")
    p2 = Page()
    y = 25.0
    p2.text(20, y, "V. GARANTIES - CLAUSE DE SOLIDARITÉ", fb, 11)
    y += 7
    y = (
        p2.para(
            20,
            y,
            "Un dépôt de garantie d'un montant égal à un mois de loyer hors charges "
            "est versé à la signature du présent contrat. Les locataires sont tenus "
            "solidairement et indivisiblement de l'exécution des obligations du présent "
            "contrat.",
            170,
            f,
            10,
        )
        + 6
    )
    p2.text(20, y, "VI. ANNEXES", fb, 11)
    y += 7
    for a in (
        "Diagnostic de performance énergétique (DPE)",
        "État des lieux d'entrée",
        "Notice d'information",
        "Inventaire du mobilier",
    ):
        p2.text(24, y, "- " + a, f, 10)
        y += 5
    y += 8
    p2.text(
        20,
        y,
        f"Fait à {d['sign_place']}, le {d['sign_date']}, en "
        f"{len(d['tenants']) + 1} exemplaires originaux.",
        f,
        10,
    )
    y += 12
    n = len(d["tenants"]) + 1
    colw = 170 / n
    names = ["Le bailleur"] + [f"Locataire {i + 1}" for i in range(n - 1)]
    for i, nm in enumerate(names):
        x = 20 + i * colw
        p2.text(x, y, nm, fb, 9)
        p2.text(x, y + 4.5, "« Lu et approuvé »", f, 8, GREY)
        signature(p2, x + 2, y + 9, min(38, colw - 6), rng)
    p2.text(105, 285, "Page 2 / 2", f, 8, GREY, "m")
    return [p1, p2]


def rib_page(d: dict, rng: random.Random) -> Page:
    """A bank's printed RIB (relevé d'identité bancaire), top half of an A4 page."""
    pg = Page()
    col = d["color"]
    pg.rect(15, 15, 180, 16, stroke=None, fill=col)
    pg.text(20, 26, d["bank"], "sansb", 14, (255, 255, 255))
    pg.text(190, 26, "RELEVÉ D'IDENTITÉ BANCAIRE", "sans", 9, (255, 255, 255), "r")
    pg.text(20, 40, "Titulaire du compte", "sans", 7.5, GREY)
    pg.text(20, 45, d["holder"], "sansb", 10.5)
    for i, ln in enumerate(d["holder_addr"]):
        pg.text(20, 50 + i * 4.5, ln, "sans", 9)
    pg.text(120, 40, "Domiciliation", "sans", 7.5, GREY)
    for i, ln in enumerate(d["branch_addr"]):
        pg.text(120, 45 + i * 4.5, ln, "sans", 9)
    y = 68.0
    cols = [
        ("Code banque", 20, d["bank_code"]),
        ("Code guichet", 55, d["branch"]),
        ("N° de compte", 90, d["account"]),
        ("Clé RIB", 140, d["key"]),
    ]
    for lbl, x, v in cols:
        pg.text(x, y, lbl, "sans", 7.5, GREY)
        pg.text(x, y + 6, v, "mono", 11)
    pg.line(15, y + 10, 195, y + 10, (180, 180, 180), 0.2)
    pg.text(20, y + 17, "IBAN (International Bank Account Number)", "sans", 7.5, GREY)
    pg.text(20, y + 23, group4(d["iban"]), "mono", 11.5)
    pg.text(140, y + 17, "BIC (Bank Identifier Code)", "sans", 7.5, GREY)
    pg.text(140, y + 23, d["bic"], "mono", 11.5)
    pg.rect(15, 35, 180, 62, stroke=(150, 150, 150), lw=0.3)
    pg.para(
        15,
        105,
        "Ce relevé est destiné à être remis, sur leur demande, à vos créanciers "
        "ou débiteurs appelés à faire inscrire des opérations à votre compte (virements, "
        "prélèvements...).",
        180,
        "sans",
        7,
        color=GREY,
    )
    for x in range(15, 196, 4):
        pg.line(x, 120, x + 2, 120, (160, 160, 160), 0.2)
    return pg


def payslip_page(d: dict, rng: random.Random) -> Page:
    """Bulletin de paie clarifié (arrêté du 25 février 2016 layout)."""
    pg = Page()
    pg.text(105, 16, "BULLETIN DE PAIE", "libb", 14, align="m")
    pg.text(105, 22, f"Période du {d['start']} au {d['end']}", "lib", 9, align="m")
    pg.rect(12, 28, 92, 32, stroke=(0, 0, 0), lw=0.3)
    pg.text(14, 33, "Employeur", "lib", 7, GREY)
    y = 38.0
    for ln in (
        [d["employer"]] + d["employer_addr"] + [f"SIRET : {d['siret']}", f"Code APE : {d['ape']}"]
    ):
        pg.text(14, y, ln, "libb" if ln == d["employer"] else "lib", 8.5)
        y += 4.2
    pg.rect(110, 28, 88, 32, stroke=(0, 0, 0), lw=0.3)
    pg.text(112, 33, "Salarié", "lib", 7, GREY)
    y = 38.0
    for ln in [d["employee"]] + d["employee_addr"]:
        pg.text(112, y, ln, "libb" if ln == d["employee"] else "lib", 8.5)
        y += 4.2
    info = [
        ("Emploi", d["job"]),
        ("Contrat", d["contract"]),
        ("Entrée le", d["entry"]),
        ("Convention collective", d["ccn"]),
    ]
    y = 66.0
    for lbl, v in info:
        pg.text(14, y, lbl, "lib", 7.5, GREY)
        pg.text(52, y, v, "lib", 8.5)
        y += 4.4
    y += 4
    heads = [
        ("Éléments de paie", 14, "l"),
        ("Base", 120, "r"),
        ("Taux", 140, "r"),
        ("Part salarié", 168, "r"),
        ("Part employeur", 196, "r"),
    ]
    pg.rect(12, y - 4.5, 186, 6, stroke=None, fill=(220, 225, 235))
    for h, x, a in heads:
        pg.text(x, y, h, "libb", 8, align=a)
    y += 7
    for row in d["lines"]:
        lbl, base, rate, sal, emp = row
        bold = lbl.isupper()
        pg.text(14, y, lbl, "libb" if bold else "lib", 8)
        for v, x in ((base, 120), (rate, 140), (sal, 168), (emp, 196)):
            if v:
                pg.text(x, y, v, "lib", 8, align="r")
        y += 4.6
    y += 4
    pg.rect(12, y, 186, 30, stroke=(0, 0, 0), lw=0.3)
    pg.text(16, y + 7, "NET À PAYER AVANT IMPÔT SUR LE REVENU", "libb", 9)
    pg.text(194, y + 7, d["net"] + " €", "libb", 9, align="r")
    pg.text(
        16,
        y + 13,
        "Impôt sur le revenu prélevé à la source - taux non personnalisé 0,00 %",
        "lib",
        8,
    )
    pg.text(194, y + 13, "0,00 €", "lib", 8, align="r")
    pg.rect(100, y + 17, 98, 10, stroke=None, fill=(230, 235, 245))
    pg.text(104, y + 23.5, "NET PAYÉ", "libb", 10.5)
    pg.text(194, y + 23.5, d["net"] + " €", "libb", 10.5, align="r")
    pg.text(16, y + 24, f"Payé le {d['paid']} par virement", "lib", 7.5, GREY)
    pg.para(
        12,
        282,
        "Dans votre intérêt et pour vous aider à faire valoir vos droits, conservez "
        "ce bulletin de paie sans limitation de durée. Rubrique dédiée au bulletin de paie "
        "sur le portail www.service-public.fr",
        186,
        "lib",
        6.5,
        color=GREY,
    )
    return pg


def attestation_hand(d: dict, rng: random.Random) -> Page:
    """A handwritten attestation d'hébergement on plain paper."""
    pg = Page(bg=(250, 250, 246))
    font = d["hand"]
    for i in range(30):
        pg.line(15, 40 + i * 8, 195, 40 + i * 8, (200, 210, 230), 0.15)
    _hand(
        pg,
        105 - text_width("Attestation d'hébergement", font, 17) / 2,
        26,
        "Attestation d'hébergement",
        font,
        17,
        rng,
    )
    y = 47.0
    for ln in d["lines"]:
        _hand(pg, 20, y, ln, font, 12.5, rng)
        y += 8
    y += 6
    _hand(pg, 110, y, d["made"], font, 12.5, rng)
    signature(pg, 120, y + 5, 48, rng)
    return pg


def stamp_block(pg: Page, x, y, title_lines, rng, color=(40, 60, 150)):
    stamp(pg, x, y, 13, title_lines, color)
