"""Work and bank papers of blind set cc: a "bulletin de paie clarifié" (arrêté du 25 février
2016 layout: Santé / Accidents du travail / Retraite / Famille / Assurance chômage..., net
before tax, withholding, net paid, montant net social), a CDD contract, bank RIBs (LCL, La
Banque Postale) and two phone screens (N26 account details, Crédit Mutuel 'Mon RIB')."""

from __future__ import annotations

import random

from cc_checks import eur, fr, fr_words

INK = (25, 25, 30)
GREY = (100, 100, 105)


# --------------------------------------------------------------------------- payslip


def pas_rate(base):
    """Neutral withholding rate (taux non personnalisé, monthly grid, metropolitan France)."""
    grid = [
        (1620, 0.0),
        (1683, 0.5),
        (1791, 1.3),
        (1911, 2.1),
        (2042, 2.9),
        (2151, 3.5),
        (2294, 4.1),
        (2714, 5.3),
        (3107, 7.5),
        (3539, 9.9),
        (3983, 11.9),
    ]
    for top, r in grid:
        if base < top:
            return r
    return 13.8


def payslip_calc(gross, sante_sal=28.40, sante_pat=28.40, taux_pas=None):
    g = gross
    r2 = lambda v: round(v + 1e-9, 2)
    csg_base = r2(g * 0.9825 + sante_pat + g * 0.0035)
    rows = [
        ("#SANTÉ",),
        (
            "Sécurité sociale - Maladie Maternité Invalidité Décès",
            g,
            None,
            None,
            7.00,
            r2(g * 0.07),
        ),
        (
            "Complémentaire Incapacité Invalidité Décès",
            g,
            0.25,
            r2(g * 0.0025),
            0.35,
            r2(g * 0.0035),
        ),
        ("Complémentaire Santé", None, None, sante_sal, None, sante_pat),
        ("ACCIDENTS DU TRAVAIL - MALADIES PROFESSIONNELLES", g, None, None, 1.90, r2(g * 0.019)),
        ("#RETRAITE",),
        ("Sécurité sociale plafonnée", g, 6.90, r2(g * 0.069), 8.55, r2(g * 0.0855)),
        ("Sécurité sociale déplafonnée", g, 0.40, r2(g * 0.004), 2.11, r2(g * 0.0211)),
        ("Complémentaire Tranche 1", g, 4.01, r2(g * 0.0401), 6.01, r2(g * 0.0601)),
        ("FAMILLE", g, None, None, 3.45, r2(g * 0.0345)),
        ("ASSURANCE CHÔMAGE", g, None, None, 4.25, r2(g * 0.0425)),
        ("AUTRES CONTRIBUTIONS DUES PAR L'EMPLOYEUR", g, None, None, None, r2(g * 0.01646)),
        (
            "CSG déductible de l'impôt sur le revenu",
            csg_base,
            6.80,
            r2(csg_base * 0.068),
            None,
            None,
        ),
        (
            "CSG/CRDS non déductible de l'impôt sur le revenu",
            csg_base,
            2.90,
            r2(csg_base * 0.029),
            None,
            None,
        ),
        ("EXONÉRATIONS DE COTISATIONS EMPLOYEUR", None, None, None, None, -r2(g * 0.118)),
    ]
    tot_sal = r2(sum(r[3] for r in rows if len(r) > 1 and r[3]))
    tot_pat = r2(sum(r[5] for r in rows if len(r) > 1 and r[5]))
    net_avant = r2(g - tot_sal)
    imposable = r2(net_avant + r2(csg_base * 0.029) + sante_pat)
    taux = pas_rate(imposable) if taux_pas is None else taux_pas
    pas = r2(imposable * taux / 100)
    net_paye = r2(net_avant - pas)
    mns = r2(net_avant + sante_sal - r2(g * 0.0025))
    return {
        "rows": rows,
        "tot_sal": tot_sal,
        "tot_pat": tot_pat,
        "net_avant": net_avant,
        "imposable": imposable,
        "taux": taux,
        "pas": pas,
        "net_paye": net_paye,
        "mns": mns,
        "cost": r2(g + tot_pat),
    }


def _n(v, pct=False):
    if v is None:
        return ""
    return f"{v:.2f}".replace(".", ",") if pct else eur(v)


def payslip(pg, s, rng: random.Random):
    font = s.get("font", "sans")
    b = font + "-b"
    c = payslip_calc(s["gross"], taux_pas=s.get("taux_pas"))
    s["calc"] = c
    pg.text(14, 16, "BULLETIN DE PAIE", b, 14, INK)
    pg.text(196, 14, f"Période du {fr(s['start'])} au {fr(s['end'])}", font, 8.5, INK, "r")
    pg.text(196, 18.5, f"Paiement le {fr(s['paid'])} par virement", font, 8.5, INK, "r")
    pg.rect(14, 23, 88, 38, stroke=GREY, lw=0.3)
    for i, ln in enumerate(s["employer_block"]):
        pg.text(17, 28 + i * 4.1, ln, b if i == 0 else font, 8 if i == 0 else 7.4, INK)
    pg.rect(108, 23, 88, 38, stroke=GREY, lw=0.3)
    for i, ln in enumerate(s["employee_block"]):
        pg.text(111, 28 + i * 4.1, ln, b if i == 0 else font, 8.5 if i == 0 else 7.4, INK)
    info = s["info"]
    pg.rect(14, 64, 182, 9, fill=(240, 240, 242))
    for i, (k, v) in enumerate(info):
        x = 16 + i * 182 / len(info)
        pg.text(x, 67.5, k, font, 6, GREY)
        pg.text(x, 71.3, v, b, 7.2, INK)
    X = [14, 92, 113, 128, 147, 166, 179, 196]
    y = 80
    pg.rect(14, y - 4, 182, 6, fill=(215, 222, 232))
    for i, h in enumerate(
        ["Éléments de paie", "Base", "Taux", "À déduire", "À payer", "Taux", "Montant"]
    ):
        pg.text(X[i] + 1 if i == 0 else X[i + 1] - 1, y, h, b, 6.8, INK, "l" if i == 0 else "r")
    pg.text(172.5, y - 5, "Part employeur", font, 6, GREY, "c")
    y += 6
    pg.text(15, y, "Salaire de base", font, 7.4, INK)
    pg.text(X[2] - 1, y, "151,67", font, 7.4, INK, "r")
    pg.text(X[3] - 1, y, _n(s["gross"] / 151.67, True).replace(",", ",")[:6], font, 7.4, INK, "r")
    pg.text(X[5] - 1, y, eur(s["gross"]), font, 7.4, INK, "r")
    y += 5
    pg.rect(14, y - 3.6, 182, 5, fill=(240, 240, 242))
    pg.text(15, y, "SALAIRE BRUT", b, 7.6, INK)
    pg.text(X[5] - 1, y, eur(s["gross"]), b, 7.6, INK, "r")
    y += 6
    for r in c["rows"]:
        if len(r) == 1:
            pg.text(15, y, r[0][1:], b, 7.4, INK)
            y += 4.4
            continue
        lab, base, ts, ms, tp, mp = r
        pg.text(15 if lab.isupper() else 18, y, lab, b if lab.isupper() else font, 7.0, INK)
        pg.text(X[2] - 1, y, _n(base), font, 7.0, INK, "r")
        pg.text(X[3] - 1, y, _n(ts, True), font, 7.0, INK, "r")
        pg.text(X[4] - 1, y, _n(ms), font, 7.0, INK, "r")
        pg.text(X[6] - 1, y, _n(tp, True), font, 7.0, INK, "r")
        pg.text(X[7] - 1, y, _n(mp), font, 7.0, INK, "r")
        y += 4.4
    y += 1
    pg.line(14, y - 3, 196, y - 3, 0.3, GREY)
    pg.text(15, y + 0.5, "TOTAL DES COTISATIONS ET CONTRIBUTIONS", b, 7.4, INK)
    pg.text(X[4] - 1, y + 0.5, eur(c["tot_sal"]), b, 7.4, INK, "r")
    pg.text(X[7] - 1, y + 0.5, eur(c["tot_pat"]), b, 7.4, INK, "r")
    y += 9
    pg.rect(14, y - 5, 182, 8, fill=(226, 232, 242))
    pg.text(16, y, "NET À PAYER AVANT IMPÔT SUR LE REVENU", b, 9, INK)
    pg.text(194, y, f"{eur(c['net_avant'])} €", b, 10, INK, "r")
    y += 7
    pg.text(
        16,
        y,
        "Dont évolution de la rémunération liée à la suppression des cotisations chômage et maladie",
        font,
        6.8,
        GREY,
    )
    pg.text(194, y, eur(round(s["gross"] * 0.0315, 2)), font, 6.8, GREY, "r")
    y += 7
    pg.text(16, y, "Impôt sur le revenu prélevé à la source", b, 7.6, INK)
    y += 4.5
    pg.text(20, y, "Base", font, 7.2, GREY)
    pg.text(60, y, eur(c["imposable"]), font, 7.2, INK)
    pg.text(90, y, "Taux non personnalisé", font, 7.2, GREY)
    pg.text(130, y, f"{_n(c['taux'], True)} %", font, 7.2, INK)
    pg.text(194, y, eur(c["pas"]), font, 7.2, INK, "r")
    y += 8
    pg.rect(14, y - 5.5, 182, 9, fill=(40, 60, 110))
    pg.text(16, y, "NET PAYÉ", b, 10.5, (255, 255, 255))
    pg.text(194, y, f"{eur(c['net_paye'])} €", b, 11.5, (255, 255, 255), "r")
    y += 9
    pg.text(16, y, "MONTANT NET SOCIAL", b, 8, INK)
    pg.text(194, y, eur(c["mns"]), b, 8, INK, "r")
    y += 6
    pg.text(16, y, "Total versé par l'employeur", font, 7.4, INK)
    pg.text(194, y, eur(c["cost"]), font, 7.4, INK, "r")
    y += 5
    pg.text(16, y, "Allègement de cotisations employeur", font, 7.4, INK)
    pg.text(194, y, eur(round(s["gross"] * 0.118, 2)), font, 7.4, INK, "r")
    y += 8
    pg.rect(14, y - 4, 120, 16, stroke=GREY, lw=0.25)
    heads = ["Congés payés", "Acquis", "Pris", "Solde"]
    for i, h in enumerate(heads):
        pg.text(17 + i * 30, y, h, b, 6.8, INK)
    for i, v in enumerate(["N", s["cp"][0], s["cp"][1], s["cp"][2]]):
        pg.text(17 + i * 30, y + 6, v, font, 6.8, INK)
    pg.rect(138, y - 4, 58, 16, stroke=GREY, lw=0.25)
    pg.text(141, y, "Cumuls annuels", b, 6.8, INK)
    pg.text(141, y + 5, f"Brut : {eur(s['cumul'][0])}", font, 6.8, INK)
    pg.text(141, y + 9.5, f"Net imposable : {eur(s['cumul'][1])}", font, 6.8, INK)
    pg.para(
        14,
        284,
        182,
        "Dans votre intérêt et pour vous aider à faire valoir vos droits, conservez ce bulletin "
        "de paie sans limitation de durée. Rubrique dédiée au bulletin de paie sur le portail "
        "www.service-public.fr.",
        font,
        6.4,
        2.8,
        GREY,
    )
    return c


# --------------------------------------------------------------------------- CDD


def contract_pages(k):
    arts = [
        (
            "Article 1 - Engagement et motif du recours",
            (
                f"La Salariée est engagée par contrat à durée déterminée, conformément aux articles L. 1242-1 et "
                f"suivants du Code du travail, pour le motif suivant : {k['motif']}."
            ),
        ),
        (
            "Article 2 - Durée du contrat",
            (
                f"Le présent contrat est conclu pour une durée déterminée de six mois. Il prendra effet le "
                f"{fr_words(k['start'])} et prendra fin le {fr_words(k['end'])}. Il est assorti d'une période "
                "d'essai de deux semaines de travail effectif, au cours de laquelle chacune des parties pourra "
                "rompre le contrat sans indemnité, sous réserve du délai de prévenance légal."
            ),
        ),
        (
            "Article 3 - Fonctions",
            (
                f"La Salariée exercera les fonctions de {k['job']}, statut non cadre, coefficient {k['coef']}, "
                f"conformément à la {k['ccn']}. Elle sera placée sous l'autorité de la gouvernante de "
                "l'établissement. Ses missions comprennent l'entretien et l'hygiène des chambres et des locaux "
                "communs, l'aide au service des repas et la participation au confort des résidents."
            ),
        ),
        (
            "Article 4 - Lieu de travail",
            f"La Salariée exercera ses fonctions au sein de l'établissement situé {k['site']}.",
        ),
        (
            "Article 5 - Durée du travail",
            (
                "La durée hebdomadaire de travail est fixée à 35 heures, réparties selon le planning de "
                "l'établissement, qui pourra comprendre un travail le week-end et les jours fériés par roulement."
            ),
        ),
        (
            "Article 6 - Rémunération",
            (
                f"En contrepartie de son travail, la Salariée percevra une rémunération mensuelle brute de "
                f"{eur(k['gross'])} euros pour 151,67 heures de travail, versée à terme échu. À l'issue du contrat, "
                "elle percevra une indemnité de fin de contrat égale à 10 % de la rémunération totale brute, sauf "
                "dans les cas prévus par la loi."
            ),
        ),
        (
            "Article 7 - Congés payés",
            (
                "La Salariée bénéficiera des congés payés dans les conditions légales et conventionnelles. Les "
                "congés non pris à l'échéance du contrat donneront lieu au versement d'une indemnité compensatrice."
            ),
        ),
        (
            "Article 8 - Retraite complémentaire et prévoyance",
            (
                f"La Salariée sera affiliée à la caisse de retraite complémentaire {k['retraite']} et au régime de "
                f"prévoyance et de frais de santé souscrit auprès de {k['prevoyance']}."
            ),
        ),
        (
            "Article 9 - Obligations professionnelles",
            (
                "La Salariée s'engage à respecter le règlement intérieur, les consignes d'hygiène et de sécurité "
                "ainsi que la confidentialité des informations relatives aux résidents."
            ),
        ),
        (
            "Article 10 - Déclaration préalable à l'embauche",
            (
                f"La déclaration préalable à l'embauche a été effectuée auprès de l'URSSAF {k['urssaf']}. La "
                "Salariée peut exercer auprès de cet organisme son droit d'accès et de rectification."
            ),
        ),
    ]
    return [arts[:4], arts[4:9], arts[9:]]


def cdd(pg, k, rng: random.Random, page: int):
    font, b = "dserif", "dserif-b"
    pg.text(196, 14, k["employer"], "sans-b", 8, (110, 30, 60), "r")
    pg.text(196, 18, "Ressources humaines", "sans", 7, GREY, "r")
    y = 28
    if page == 0:
        pg.text(105, y, "CONTRAT DE TRAVAIL À DURÉE DÉTERMINÉE", b, 13, INK, "c")
        pg.text(105, y + 6, "(à temps complet)", font, 9, INK, "c")
        y += 18
        pg.text(20, y, "ENTRE LES SOUSSIGNÉS :", b, 9.5, INK)
        y = pg.para(20, y + 7, 170, k["party_employer"], font, 9, 4.3, INK, just=True) + 3
        pg.text(20, y, "ET :", b, 9.5, INK)
        y = pg.para(20, y + 7, 170, k["party_employee"], font, 9, 4.3, INK, just=True) + 3
        pg.text(20, y, "IL A ÉTÉ CONVENU CE QUI SUIT :", b, 9.5, INK)
        y += 9
    for title, text in contract_pages(k)[page]:
        pg.text(20, y, title, b, 9.2, INK)
        y = pg.para(20, y + 5.5, 170, text, font, 9, 4.3, INK, just=True) + 5
    if page == 2:
        y += 4
        pg.text(
            20,
            y,
            f"Fait à {k['place']}, le {fr(k['signed_on'])}, en deux exemplaires originaux.",
            font,
            9,
            INK,
        )
        y += 10
        pg.text(20, y, "Pour l'Employeur", b, 9, INK)
        pg.text(20, y + 4.5, k["signer"], font, 8.5, INK)
        pg.text(115, y, "La Salariée", b, 9, INK)
        pg.text(115, y + 4.5, "« Lu et approuvé, bon pour accord »", font, 8.5, INK)
        pg.signature(22, y + 8, 48, 16, random.Random(k["sig_employer"]), (15, 15, 60), 0.45)
        pg.signature(117, y + 8, 48, 16, random.Random(k["sig_employee"]), (15, 20, 100), 0.45)
        pg.text(
            20,
            y + 32,
            f"Signé électroniquement le {fr(k['signed_on'])} - référence {k['esign']}",
            "sans",
            6.5,
            GREY,
        )
    pg.text(105, 288, f"CDD - {k['employee']} - page {page + 1}/3", "sans", 7, GREY, "c")
    pg.text(20, 288, "Paraphes : ____  ____", "sans", 7, GREY)


# --------------------------------------------------------------------------- RIB


RIB_NOTE = (
    "Ce relevé est destiné à être remis, sur leur demande, à vos créanciers ou débiteurs appelés à faire "
    "inscrire des opérations à votre compte (virements, prélèvements, etc.). Son utilisation vous garantit "
    "le bon enregistrement des opérations en cause et vous évite ainsi des réclamations pour erreurs ou "
    "retards d'imputation."
)


def group4(s):
    return " ".join(s[i : i + 4] for i in range(0, len(s), 4))


def rib_lcl(pg, r, rng: random.Random):
    navy, yel = (12, 35, 85), (255, 204, 0)
    for copy in range(2):
        oy = 14 + copy * 132
        pg.rect(14, oy, 24, 12, fill=navy, r=2)
        pg.text(26, oy + 8.7, "LCL", "sans-b", 15, yel, "c")
        pg.text(44, oy + 8, "RELEVÉ D'IDENTITÉ BANCAIRE", "sans-b", 12, navy)
        pg.para(14, oy + 20, 182, RIB_NOTE, "sans", 7, 3.1, GREY)
        pg.text(14, oy + 38, "Titulaire du compte", "sans", 7.5, GREY)
        for i, ln in enumerate(r["holder_block"]):
            pg.text(14, oy + 43 + i * 4.6, ln, "sans-b" if i == 0 else "sans", 9, INK)
        pg.text(112, oy + 38, "Domiciliation", "sans", 7.5, GREY)
        for i, ln in enumerate(r["branch_block"]):
            pg.text(112, oy + 43 + i * 4.6, ln, "sans-b" if i == 0 else "sans", 9, INK)
        cols = [
            ("Code banque", r["bank"]),
            ("Code guichet", r["branch"]),
            ("N° de compte", r["account"]),
            ("Clé RIB", r["key"]),
        ]
        x = 14
        for (lab, val), w in zip(cols, (34, 34, 80, 34)):
            pg.rect(x, oy + 64, w, 14, stroke=(160, 165, 180), lw=0.3)
            pg.text(x + 2, oy + 68, lab, "sans", 7, GREY)
            pg.text(x + w / 2, oy + 75, val, "mono-b", 10, INK, "c")
            x += w
        pg.text(14, oy + 88, "IBAN (International Bank Account Number)", "sans", 7.5, GREY)
        pg.text(14, oy + 94, group4(r["iban"]), "mono-b", 11, INK)
        pg.text(130, oy + 88, "BIC (Bank Identifier Code)", "sans", 7.5, GREY)
        pg.text(130, oy + 94, r["bic"], "mono-b", 11, INK)
        pg.text(
            14,
            oy + 104,
            "LCL - Le Crédit Lyonnais - SA au capital de 2 037 713 591 € - SIREN 954 509 741 - "
            "RCS Lyon - Courtier en assurances ORIAS 07 001 878",
            "sans",
            6,
            GREY,
        )
        if copy == 0:
            pg.line(8, 138, 202, 138, 0.3, GREY, dash=(2, 1.5))
            pg.text(10, 137, "✂", "dsans", 9, GREY)


def rib_lbp(pg, r, rng: random.Random):
    blue, yel = (0, 57, 130), (255, 210, 0)
    pg.ellipse(24, 22, 9, 9, fill=yel)
    pg.text(24, 25.5, "LBP", "sans-b", 10, blue, "c")
    pg.text(37, 20, "LA BANQUE", "sans-b", 10, blue)
    pg.text(37, 26, "POSTALE", "sans-b", 10, blue)
    pg.text(196, 22, "Relevé d'Identité Bancaire", "sans-b", 14, blue, "r")
    pg.rect(14, 40, 182, 98, stroke=blue, lw=0.5)
    pg.text(18, 48, "Titulaire du compte", "sans", 8, GREY)
    for i, ln in enumerate(r["holder_block"]):
        pg.text(18, 54 + i * 4.8, ln, "sans-b" if i == 0 else "sans", 9.5, INK)
    pg.text(18, 75, "Domiciliation", "sans", 8, GREY)
    for i, ln in enumerate(r["branch_block"]):
        pg.text(18, 80.5 + i * 4.6, ln, "sans", 9, INK)
    pg.text(18, 97, "Identifiant national de compte bancaire - RIB", "sans-b", 8.5, blue)
    for i, (lab, val) in enumerate(
        [
            ("Établissement", r["bank"]),
            ("Guichet", r["branch"]),
            ("N° de compte", r["account"]),
            ("Clé RIB", r["key"]),
        ]
    ):
        x = 18 + [0, 34, 62, 120][i]
        pg.text(x, 103, lab, "sans", 7.5, GREY)
        pg.text(x, 109, val, "mono-b", 10.5, INK)
    pg.text(18, 119, "Identifiant international de compte bancaire", "sans-b", 8.5, blue)
    pg.text(18, 126, "IBAN", "sans", 7.5, GREY)
    pg.text(30, 126, group4(r["iban"]), "mono-b", 10.5, INK)
    pg.text(18, 133, "BIC", "sans", 7.5, GREY)
    pg.text(30, 133, r["bic"], "mono-b", 10.5, INK)
    pg.para(14, 146, 182, RIB_NOTE, "sans", 7, 3.1, GREY)
    pg.text(
        14,
        162,
        "La Banque Postale - SA à Directoire et Conseil de Surveillance - 115 rue de Sèvres "
        "75275 Paris Cedex 06 - RCS Paris 421 100 645",
        "sans",
        6.3,
        GREY,
    )
