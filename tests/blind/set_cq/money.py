"""Bank details (RIB PDFs, a banking-app screenshot) and job documents (bulletin de paie
clarifié, CDD contract)."""

from __future__ import annotations

import random

import codes
from canvas import Page, render

MOIS = [
    "janvier",
    "février",
    "mars",
    "avril",
    "mai",
    "juin",
    "juillet",
    "août",
    "septembre",
    "octobre",
    "novembre",
    "décembre",
]


def _n(v: float) -> str:
    s = f"{v:,.2f}".replace(",", " ").replace(".", ",")
    return s


def rib_pdf(r: dict) -> Page:
    """Classic French RIB: holder, domiciliation, RIB table, IBAN, BIC."""
    style = r["style"]
    p = Page()
    color = {"ca": (0, 110, 100), "sg": (230, 0, 40), "lbp": (0, 50, 130)}[style]
    font, fb = {"ca": ("open", "open-b"), "sg": ("sans", "sans-b"), "lbp": ("lato", "lato-b")}[
        style
    ]
    if style == "sg":
        p.rect(18, 14, 8, 4, stroke=None, fill=(230, 0, 40))
        p.rect(18, 18, 8, 4, stroke=None, fill=(0, 0, 0))
        p.text(29, 21, "SOCIETE GENERALE", fb, 13)
    elif style == "ca":
        p.ellipse(24, 18, 6, 6, stroke=None, fill=color)
        p.text(33, 17, "CRÉDIT AGRICOLE", fb, 12.5, color)
        p.text(33, 22, r["regional"], font, 8.5, color)
    else:
        p.rect(18, 12, 10, 10, stroke=None, fill=(255, 200, 0))
        p.text(31, 20, "LA BANQUE POSTALE", fb, 13, color)
    p.text(105, 42, "RELEVÉ D'IDENTITÉ BANCAIRE", fb, 14, color, "c")
    p.line(20, 47, 190, 47, 0.8, color)
    p.text(20, 58, "Titulaire du compte", font, 8.5, (110, 110, 110))
    y = 64
    for ln in r["holder_lines"]:
        p.text(20, y, ln, fb, 10.5)
        y += 5
    p.text(115, 58, "Domiciliation", font, 8.5, (110, 110, 110))
    y = 64
    for ln in r["branch_lines"]:
        p.text(115, y, ln, font, 10)
        y += 5
    bank, branch, acct, key = r["bank"], r["branch"], r["account"], r["key"]
    cols = [
        ("Code banque", bank, 20, 35),
        ("Code guichet", branch, 55, 35),
        ("N° de compte", acct, 90, 60),
        ("Clé RIB", key, 150, 40),
    ]
    y = 92
    for lab, val, x, w in cols:
        p.rect(x, y, w, 8, stroke=(150, 150, 150), fill=(240, 240, 240), width=0.5)
        p.text(x + w / 2, y + 5.5, lab, font, 8.5, (60, 60, 60), "c")
        p.rect(x, y + 8, w, 10, stroke=(150, 150, 150), width=0.5)
        p.text(x + w / 2, y + 15, val, "mono", 11, anchor="c")
    y = 128
    p.text(20, y, "IBAN (International Bank Account Number)", font, 8.5, (110, 110, 110))
    p.text(20, y + 7, codes.group4(r["iban"]), "mono-b", 13)
    p.text(20, y + 19, "BIC (Bank Identifier Code)", font, 8.5, (110, 110, 110))
    p.text(20, y + 26, r["bic"], "mono-b", 13)
    p.wrap(
        20,
        180,
        170,
        "Ce relevé est destiné à être remis, sur leur demande, à vos créanciers "
        "ou débiteurs appelés à faire inscrire des opérations à votre compte (virements, "
        "paiements de quittances, etc.). Son utilisation vous garantit le bon enregistrement "
        "des opérations en cause.",
        font,
        8,
        color=(90, 90, 90),
    )
    p.text(20, 282, r["footer"], font, 6.5, (120, 120, 120))
    return p


def bourso_screenshot(r: dict, rng: random.Random):
    """BoursoBank app, 'Mon RIB' screen, 1170 x 2532 px."""
    p = Page(117, 253.2, bg=(245, 246, 250))
    navy = (10, 25, 70)
    p.text(8, 8, "9:41", "roboto-m", 11, (0, 0, 0))
    p.text(109, 8, "5G  87 %", "roboto-m", 9, (0, 0, 0), "r")
    p.text(8, 24, "‹", "roboto-m", 20, navy)
    p.text(58.5, 23, "Mon RIB", "roboto-b", 13, navy, "c")
    p.rect(6, 34, 105, 130, stroke=None, fill=(255, 255, 255))
    p.rect(6, 34, 105, 16, stroke=None, fill=(0, 100, 200))
    p.text(12, 45, "BoursoBank", "roboto-b", 13, (255, 255, 255))
    y = 62
    for lab, val, fnt in [
        ("Titulaire du compte", r["holder"], "roboto-m"),
        ("Compte", r["account_label"], "roboto"),
        ("IBAN", codes.group4(r["iban"])[:19], "roboto-m"),
        ("", codes.group4(r["iban"])[20:], "roboto-m"),
        ("BIC", r["bic"], "roboto-m"),
        ("Domiciliation", "BoursoBank — 44 rue Traversière", "roboto"),
        ("", "92772 Boulogne-Billancourt Cedex", "roboto"),
    ]:
        if lab:
            y += 4
            p.text(12, y, lab, "roboto", 8.5, (120, 125, 140))
            y += 7
        p.text(12, y, val, fnt, 10.5, navy)
        y += 7.5
    for i, (lab, fill, tc) in enumerate(
        [
            ("Copier l'IBAN", (0, 100, 200), (255, 255, 255)),
            ("Partager mon RIB", (230, 236, 246), (0, 80, 170)),
            ("Télécharger le PDF", (230, 236, 246), (0, 80, 170)),
        ]
    ):
        yy = 176 + i * 17
        p.rect(10, yy, 97, 12, stroke=None, fill=fill)
        p.text(58.5, yy + 8, lab, "roboto-m", 10, tc, "c")
    p.rect(0, 232, 117, 21.2, stroke=None, fill=(255, 255, 255))
    for i, lab in enumerate(["Accueil", "Comptes", "Virements", "Profil"]):
        p.text(14.6 + i * 29.2, 246, lab, "roboto", 7.5, (120, 125, 140), "c")
    p.rect(40, 250, 37, 1.2, stroke=None, fill=(0, 0, 0))
    return render(p, 10.0)


def payslip(s: dict) -> Page:
    """Bulletin de paie clarifié (modèle issu de l'arrêté du 25 février 2016)."""
    p = Page()
    f, fb = "carlito", "carlito-b"
    g = (90, 90, 90)
    p.text(105, 16, "BULLETIN DE PAIE", fb, 14, anchor="c")
    p.text(
        105,
        22,
        f"Période du {s['start'].strftime('%d/%m/%Y')} au {s['end'].strftime('%d/%m/%Y')}",
        f,
        10,
        anchor="c",
    )
    p.rect(15, 28, 88, 36, stroke=(120, 120, 120), width=0.5)
    y = 34
    p.text(18, y, s["employer"], fb, 10.5)
    for ln in s["employer_addr"]:
        y += 4.8
        p.text(18, y, ln, f, 9)
    y += 4.8
    p.text(18, y, f"SIRET : {s['siret']}   Code APE : {s['ape']}", f, 8.5)
    y += 4.6
    p.text(18, y, f"URSSAF : {s['urssaf']}", f, 8.5)
    p.rect(110, 28, 85, 36, stroke=(120, 120, 120), width=0.5)
    y = 34
    p.text(113, y, s["employee"], fb, 10.5)
    for ln in s["employee_addr"]:
        y += 4.8
        p.text(113, y, ln, f, 9)
    y = 70
    info = [
        ("Emploi", s["job"]),
        ("Statut", "Non cadre"),
        ("Coefficient", s["coef"]),
        ("Date d'entrée", s["hired"].strftime("%d/%m/%Y")),
        ("Convention collective", s["ccn"]),
        ("N° de sécurité sociale", s["nir_text"]),
    ]
    for i, (lab, val) in enumerate(info):
        x = 15 + (i % 2) * 92
        yy = y + (i // 2) * 5.2
        p.text(x, yy, lab + " :", f, 8.5, g)
        p.text(x + 36, yy, val, f, 8.5)
    y = 92
    cols = [
        ("Éléments de paie", 15),
        ("Base", 98),
        ("Taux", 122),
        ("Part salarié", 150),
        ("Part employeur", 178),
    ]
    p.rect(15, y, 180, 7, stroke=None, fill=(220, 225, 235))
    for lab, x in cols:
        p.text(x + (0 if x == 15 else 14), y + 5, lab, fb, 8.5, anchor="l" if x == 15 else "r")
    gross = s["gross"]
    rows = [
        ("Salaire de base", f"{s['hours']:.2f}", f"{gross / s['hours']:.4f}", gross, None),
        ("SANTÉ", None, None, None, None),
        (
            "Sécurité sociale - Maladie Maternité Invalidité Décès",
            gross,
            "7,0000",
            0.0,
            gross * 0.07,
        ),
        (
            "Complémentaire Incapacité Invalidité Décès",
            gross,
            "0,3900",
            gross * 0.0039,
            gross * 0.0061,
        ),
        ("RETRAITE", None, None, None, None),
        ("Sécurité sociale plafonnée", gross, "6,9000", gross * 0.069, gross * 0.0855),
        ("Sécurité sociale déplafonnée", gross, "0,4000", gross * 0.004, gross * 0.0202),
        ("Complémentaire Tranche 1", gross, "4,0100", gross * 0.0401, gross * 0.0601),
        ("FAMILLE", gross, None, None, gross * 0.0345),
        ("ASSURANCE CHÔMAGE", gross, None, None, gross * 0.0405),
        ("AUTRES CONTRIBUTIONS DUES PAR L'EMPLOYEUR", None, None, None, gross * 0.021),
        (
            "CSG déductible de l'impôt sur le revenu",
            gross * 0.9825,
            "6,8000",
            gross * 0.9825 * 0.068,
            None,
        ),
        (
            "CSG/CRDS non déductible de l'impôt sur le revenu",
            gross * 0.9825,
            "2,9000",
            gross * 0.9825 * 0.029,
            None,
        ),
    ]
    for lab, base, rate, sal, emp in rows:
        y += 6
        bold = base is None and rate is None and sal is None
        p.text(17, y + 3.5, lab, fb if bold or lab.isupper() else f, 8.5)
        if base is not None:
            p.text(112, y + 3.5, base if isinstance(base, str) else _n(base), f, 8.5, anchor="r")
        if rate:
            p.text(136, y + 3.5, rate, f, 8.5, anchor="r")
        if sal is not None:
            p.text(164, y + 3.5, _n(sal), f, 8.5, anchor="r")
        if emp is not None:
            p.text(192, y + 3.5, _n(emp), f, 8.5, anchor="r")
        p.line(15, y + 5, 195, y + 5, 0.2, (200, 200, 200))
    y += 12
    p.text(17, y, "TOTAL DES COTISATIONS ET CONTRIBUTIONS", fb, 9)
    p.text(164, y, _n(s["gross"] - s["net_before_tax"]), fb, 9, anchor="r")
    y += 10
    p.rect(15, y - 5, 180, 8, stroke=None, fill=(235, 235, 235))
    p.text(17, y, "NET À PAYER AVANT IMPÔT SUR LE REVENU", fb, 9.5)
    p.text(192, y, _n(s["net_before_tax"]), fb, 9.5, anchor="r")
    y += 8
    p.text(
        17,
        y,
        f"Impôt sur le revenu prélevé à la source — taux personnalisé {s['pas_rate']} %",
        f,
        8.5,
    )
    p.text(192, y, _n(s["net_before_tax"] - s["net"]), f, 8.5, anchor="r")
    y += 10
    p.rect(15, y - 6, 180, 10, stroke=(0, 0, 0), fill=(225, 235, 250), width=0.8)
    p.text(17, y, "NET À PAYER", fb, 11)
    p.text(192, y, f"{_n(s['net'])} €", fb, 11, anchor="r")
    y += 10
    p.text(17, y, f"Montant net social : {_n(s['net_before_tax'] + 12.4)} €", f, 8.5)
    p.text(17, y + 5, f"Payé le {s['paid'].strftime('%d/%m/%Y')} par virement", f, 8.5)
    p.wrap(
        15,
        278,
        180,
        "Dans votre intérêt et pour vous aider à faire valoir vos droits, "
        "conservez ce bulletin de paie sans limitation de durée. Rubrique dédiée au bulletin "
        "de paie sur le portail www.service-public.fr.",
        f,
        7.5,
        color=g,
    )
    return p


def cdd_contract(c: dict, rng: random.Random) -> list[Page]:
    f, fb = "caladea", "caladea-b"
    p = Page()
    p.text(105, 24, "CONTRAT DE TRAVAIL À DURÉE DÉTERMINÉE", fb, 14, anchor="c")
    p.text(105, 30, "(articles L. 1242-1 et suivants du code du travail)", f, 9, anchor="c")
    y = 44
    p.text(20, y, "ENTRE LES SOUSSIGNÉS :", fb, 10.5)
    y = p.wrap(20, y + 8, 170, c["employer_text"], f, 10.5) + 3
    p.text(20, y, "ci-après dénommée « l'Employeur », d'une part,", f, 10.5)
    y += 10
    p.text(20, y, "ET :", fb, 10.5)
    y = p.wrap(20, y + 8, 170, c["employee_text"], f, 10.5) + 3
    p.text(20, y, "ci-après dénommée « la Salariée », d'autre part,", f, 10.5)
    y += 10
    p.text(20, y, "IL A ÉTÉ CONVENU CE QUI SUIT :", fb, 10.5)
    arts = [
        (
            "Article 1 – Engagement et durée",
            (
                f"La Salariée est engagée à compter du "
                f"{c['start'].strftime('%d/%m/%Y')} pour une durée déterminée prenant fin le "
                f"{c['end'].strftime('%d/%m/%Y')}, au motif suivant : {c['motive']}. Les "
                "quinze premiers jours constituent une période d'essai."
            ),
        ),
        (
            "Article 2 – Fonctions",
            (
                f"La Salariée exercera les fonctions de {c['job']}, "
                f"{c['classification']}, sous l'autorité de {c['boss']}."
            ),
        ),
        (
            "Article 3 – Durée du travail",
            (
                "La durée hebdomadaire de travail est fixée à 35 "
                "heures, selon un planning communiqué au moins quinze jours à l'avance."
            ),
        ),
        (
            "Article 4 – Rémunération",
            (
                f"La Salariée percevra une rémunération brute mensuelle de "
                f"{_n(c['gross'])} euros pour 151,67 heures, ainsi qu'une indemnité de fin de contrat "
                "égale à 10 % de la rémunération totale brute."
            ),
        ),
    ]
    y += 10
    for title, body in arts[:2]:
        p.text(20, y, title, fb, 10.5)
        y = p.wrap(20, y + 6, 170, body, f, 10.5) + 5
    p.text(105, 287, "1/2", f, 8, anchor="c")
    q = Page()
    y = 24
    for title, body in arts[2:]:
        q.text(20, y, title, fb, 10.5)
        y = q.wrap(20, y + 6, 170, body, f, 10.5) + 5
    q.text(20, y, "Article 5 – Convention collective", fb, 10.5)
    y = q.wrap(20, y + 6, 170, f"Le présent contrat est régi par la {c['ccn']}.", f, 10.5) + 5
    q.text(20, y, "Article 6 – Caisses", fb, 10.5)
    y = (
        q.wrap(
            20,
            y + 6,
            170,
            "Caisse de retraite complémentaire : AG2R La Mondiale. "
            "Organisme de prévoyance : Malakoff Humanis.",
            f,
            10.5,
        )
        + 10
    )
    q.text(
        20,
        y,
        f"Fait en deux exemplaires à {c['city']}, le {c['signed'].strftime('%d/%m/%Y')}",
        f,
        10.5,
    )
    y += 14
    q.text(20, y, "Pour l'Employeur", fb, 10.5)
    q.text(20, y + 5, c["signatory"], f, 9.5)
    q.text(115, y, "La Salariée", fb, 10.5)
    q.text(115, y + 5, "« Lu et approuvé, bon pour accord »", "caladea", 8.5)
    q.signature(20, y + 9, 55, 18, rng, (20, 30, 110), c["signatory"])
    q.hand(115, y + 14, "Lu et approuvé, bon pour accord", rng, "hand1", 11, (20, 20, 90))
    q.signature(115, y + 16, 55, 18, rng, (20, 20, 90), c["employee"])
    q.stamp_rect(20, y + 36, c["stamp"], rng, (30, 60, 140), 0.75, "sans-b", 7)
    q.text(105, 287, "2/2", f, 8, anchor="c")
    return [p, q]
