"""Payslips, employment contracts and RIBs."""

from __future__ import annotations

import datetime as dt

from art import qr_like
from core import (
    BLACK,
    WHITE,
    Page,
    fmt_nir,
    fmt_siret,
    fr,
    group4,
    iban_ok,
    money,
    month_end,
    rng,
    seed_of,
    text_width_mm,
)
from model import Doc

GREY = (95, 95, 95)
MOIS_CAP = [
    "Janvier",
    "Février",
    "Mars",
    "Avril",
    "Mai",
    "Juin",
    "Juillet",
    "Août",
    "Septembre",
    "Octobre",
    "Novembre",
    "Décembre",
]


# --------------------------------------------------------------------------
# payslip ("bulletin de paie clarifié")
# --------------------------------------------------------------------------
def payslip(
    emp,
    employer,
    emp_name_printed,
    period,
    gross,
    key,
    layout="classic",
    nir=None,
    job="",
    hire=None,
    siret_no="",
    addr_lines=None,
    contract="CDI",
):
    """employer: dict(name, street, city, naf, convention). period: date (1st of month)."""
    r = rng(key, "paie")
    pend = month_end(period.year, period.month)
    pay_day = pend
    # contributions (simplified but plausible)
    sante = 0.0
    ret_pl = gross * 0.069
    ret_dep = gross * 0.004
    comp = gross * 0.0401
    chom = 0.0
    csg_ded = gross * 0.9825 * 0.068
    csg_nd = gross * 0.9825 * 0.029
    prev = gross * 0.0078
    total_sal = ret_pl + ret_dep + comp + csg_ded + csg_nd + prev + sante + chom
    net_avant = gross - total_sal
    net_social = gross - (ret_pl + ret_dep + comp + prev)
    pas_rate = r.choice((0.0, 2.1, 4.6, 7.5))
    pas = (net_avant + csg_nd) * pas_rate / 100
    net = net_avant - pas
    addr_lines = addr_lines or emp.address_lines()
    pg = Page(name="payslip")
    f, fb = {
        "classic": ("narrow", "narrow-b"),
        "modern": ("open", "open-b"),
        "boxed": ("dserif", "dserif-b"),
    }[layout]
    if layout == "modern":
        pg.rect(0, 0, 210, 30, None, (34, 46, 80))
        pg.text(14, 14, employer["name"], "open-b", 15, WHITE)
        pg.text(14, 21, f"{employer['street']} — {employer['city']}", "open", 8, (220, 220, 230))
        pg.text(196, 14, "Bulletin de paie", "open-b", 13, WHITE, "r")
        pg.text(
            196, 21, f"{MOIS_CAP[period.month - 1]} {period.year}", "open", 10, (220, 220, 230), "r"
        )
        y = 40
        pg.text(14, y, f"SIRET {fmt_siret(siret_no)}   ·   Code NAF {employer['naf']}", f, 8, GREY)
        pg.text(14, y + 5, f"Convention collective : {employer['convention']}", f, 8, GREY)
        pg.text(120, y, emp_name_printed, fb, 11)
        for i, ln in enumerate(addr_lines):
            pg.text(120, y + 5.5 + i * 5, ln, f, 9.5)
        y = 62
        info = [
            ("Emploi", job),
            ("Statut", "Non cadre"),
            ("Date d'entrée", fr(hire) if hire else ""),
            ("N° de sécurité sociale", fmt_nir(nir) if nir else "en cours d'attribution"),
            ("Contrat", contract),
            ("Période", f"du {fr(period)} au {fr(pend)}"),
        ]
        for i, (a, b) in enumerate(info):
            x = 14 + (i % 3) * 62
            yy = y + (i // 3) * 11
            pg.text(x, yy, a, f, 7, GREY)
            pg.text(x, yy + 4.5, b, fb, 8.5)
        y = 90
    else:
        box_col = BLACK
        pg.rect(12, 12, 90, 34, box_col, None, 0.3)
        pg.text(15, 18, employer["name"], fb, 11)
        pg.text(15, 23, employer["street"], f, 9)
        pg.text(15, 27.5, employer["city"], f, 9)
        pg.text(15, 33, f"SIRET : {fmt_siret(siret_no)}", f, 8.5)
        pg.text(15, 37.5, f"Code NAF : {employer['naf']}   URSSAF : Île-de-France", f, 8.5)
        pg.text(15, 42, f"Convention : {employer['convention'][:48]}", f, 7.5)
        pg.rect(108, 12, 90, 12, box_col, None, 0.3)
        pg.text(153, 17, "BULLETIN DE PAIE", fb, 12, BLACK, "c")
        pg.text(153, 22, f"Période du {fr(period)} au {fr(pend)}", f, 8.5, BLACK, "c")
        pg.text(112, 32, emp_name_printed, fb, 11)
        for i, ln in enumerate(addr_lines):
            pg.text(112, 37.5 + i * 5, ln, f, 9.5)
        y = 52
        pg.rect(12, y, 186, 16, box_col, None, 0.3)
        info = [
            ("Matricule", f"{r.randint(100, 999)}"),
            ("Emploi", job),
            ("Coefficient", "250"),
            ("Entrée le", fr(hire) if hire else ""),
            ("N° S.S.", fmt_nir(nir) if nir else "—"),
            ("Paiement le", fr(pay_day)),
        ]
        for i, (a, b) in enumerate(info):
            x = 15 + (i % 3) * 62
            yy = y + 5 + (i // 3) * 7
            pg.text(x, yy, a + " :", f, 8, GREY)
            pg.text(x + text_width_mm(a + " :", f, 8) + 1.5, yy, b, fb, 8.5)
        y = 74
    # table
    cols = [
        (14, "Éléments de paie", "l"),
        (118, "Base", "r"),
        (142, "Taux", "r"),
        (168, "Part salarié", "r"),
        (196, "Part employeur", "r"),
    ]
    pg.rect(12, y, 186, 7, None, (225, 228, 235) if layout != "boxed" else (235, 235, 235))
    for x, h, al in cols:
        pg.text(x, y + 5, h, fb, 8, BLACK, al)
    y += 7

    def row(label, base="", rate="", sal="", pat="", bold=False, section=False):
        nonlocal y
        y += 5.4
        if section:
            pg.text(14, y, label, fb, 8.5, (40, 50, 90))
            return
        fnt = fb if bold else f
        pg.text(16 if not bold else 14, y, label, fnt, 8.5)
        for x, v in ((118, base), (142, rate), (168, sal), (196, pat)):
            if v != "":
                pg.text(x, y, v, fnt, 8.5, BLACK, "r")

    row("Salaire de base", "151,67", money(gross / 151.67), money(gross))
    row("SALAIRE BRUT", "", "", money(gross), "", bold=True)
    row("SANTÉ", section=True)
    row(
        "Sécurité sociale — Maladie Maternité Invalidité Décès",
        money(gross),
        "",
        "",
        money(gross * 0.07),
    )
    row(
        "Complémentaire Incapacité Invalidité Décès",
        money(gross),
        "0,780",
        money(prev),
        money(gross * 0.012),
    )
    row(
        "ACCIDENTS DU TRAVAIL — MALADIES PROFESSIONNELLES",
        money(gross),
        "",
        "",
        money(gross * 0.0122),
    )
    row("RETRAITE", section=True)
    row("Sécurité sociale plafonnée", money(gross), "6,900", money(ret_pl), money(gross * 0.0855))
    row(
        "Sécurité sociale déplafonnée", money(gross), "0,400", money(ret_dep), money(gross * 0.0202)
    )
    row("Complémentaire Tranche 1", money(gross), "4,010", money(comp), money(gross * 0.0601))
    row("FAMILLE", money(gross), "", "", money(gross * 0.0345))
    row("ASSURANCE CHÔMAGE", money(gross), "", "", money(gross * 0.0405))
    row("AUTRES CONTRIBUTIONS DUES PAR L'EMPLOYEUR", "", "", "", money(gross * 0.021))
    row("CSG déductible de l'impôt sur le revenu", money(gross * 0.9825), "6,800", money(csg_ded))
    row(
        "CSG/CRDS non déductible de l'impôt sur le revenu",
        money(gross * 0.9825),
        "2,900",
        money(csg_nd),
    )
    row("EXONÉRATIONS DE COTISATIONS EMPLOYEUR", "", "", "", "-" + money(gross * 0.03))
    y += 2
    pg.line(12, y + 1.5, 198, y + 1.5, BLACK, 0.3)
    row(
        "TOTAL DES COTISATIONS ET CONTRIBUTIONS",
        "",
        "",
        money(total_sal),
        money(gross * 0.33),
        bold=True,
    )
    y += 4
    pg.rect(12, y, 186, 10, None, (240, 240, 240))
    pg.text(14, y + 6.5, "NET À PAYER AVANT IMPÔT SUR LE REVENU", fb, 9.5)
    pg.text(196, y + 6.5, f"{money(net_avant)} €", fb, 10, BLACK, "r")
    y += 14
    pg.text(
        14,
        y,
        "dont évolution de la rémunération liée à la suppression des cotisations chômage et maladie",
        f,
        7,
        GREY,
    )
    y += 6
    pg.text(14, y, "Impôt sur le revenu prélevé à la source — PAS", f, 8.5)
    pg.text(118, y, money(net_avant + csg_nd), f, 8.5, BLACK, "r")
    pg.text(142, y, f"{pas_rate:.2f}".replace(".", ","), f, 8.5, BLACK, "r")
    pg.text(168, y, money(pas), f, 8.5, BLACK, "r")
    y += 8
    pg.rect(12, y, 186, 12, BLACK, (225, 235, 250) if layout == "modern" else None, 0.5)
    pg.text(14, y + 8, "NET PAYÉ EN EUROS", fb, 11)
    pg.text(196, y + 8, f"{money(net)} €", fb, 12, BLACK, "r")
    y += 17
    pg.text(14, y, f"MONTANT NET SOCIAL : {money(net_social)} €", fb, 9)
    y += 6
    pg.text(
        14,
        y,
        f"Total versé par l'employeur : {money(gross * 1.33)} €     Allègement de cotisations "
        f"employeur : {money(gross * 0.03)} €",
        f,
        8,
    )
    y += 8
    pg.text(
        14,
        y,
        f"Congés payés — acquis N : 25,00 j   pris : {r.randint(0, 5)},00 j   solde N-1 : 0,00 j",
        f,
        8,
    )
    pg.para(
        12,
        276,
        186,
        "Dans votre intérêt et pour vous aider à faire valoir vos droits, conservez ce bulletin "
        "de paie sans limitation de durée. Rubrique dédiée au bulletin de paie sur le portail "
        "www.service-public.fr",
        f,
        7,
        3.5,
        GREY,
    )
    fields = {
        "employer": employer["name"],
        "employee_name": emp_name_printed,
        "period": period.strftime("%Y-%m"),
        "net_pay": round(net, 2),
        "siret": siret_no,
    }
    return Doc("payslip", fields, [pg], key=key)


# --------------------------------------------------------------------------
# employment contract
# --------------------------------------------------------------------------
def employment_contract(
    emp,
    employer,
    emp_name_printed,
    contract_type,
    job,
    start,
    signed_on,
    salary,
    key,
    siret_no="",
    end=None,
    rep="",
    nir=None,
):
    seed = seed_of(key, "contrat")
    f, fb = "caladea", "caladea-b"
    title = {
        "CDI": "CONTRAT DE TRAVAIL À DURÉE INDÉTERMINÉE",
        "CDD": "CONTRAT DE TRAVAIL À DURÉE DÉTERMINÉE",
    }[contract_type]
    p1 = Page(name="contrat1")
    p1.text(14, 16, employer["name"], fb, 11)
    p1.text(14, 21, f"{employer['street']}, {employer['city']}", f, 8.5, GREY)
    p1.text(105, 36, title, fb, 14, BLACK, "c")
    p1.text(105, 42, "(temps plein)", f, 10, BLACK, "c")
    y = 54
    p1.text(14, y, "ENTRE LES SOUSSIGNÉS :", fb, 10.5)
    y += 2
    y = p1.para(
        14,
        y,
        182,
        f"La société {employer['name']}, {employer.get('form', 'SAS au capital de 50 000 €')}, "
        f"immatriculée au RCS sous le numéro SIRET {fmt_siret(siret_no)}, dont le siège social est situé "
        f"{employer['street']}, {employer['city']}, représentée par {rep}, en sa qualité de Directeur "
        "général, dûment habilité(e) aux fins des présentes,",
        f,
        10.5,
        5.4,
        justify=True,
    )
    y = p1.para(14, y, 182, "ci-après dénommée « l'Employeur », d'une part,", f, 10.5, 5.4)
    y += 4
    p1.text(14, y, "ET :", fb, 10.5)
    y += 2
    nir_txt = fmt_nir(nir) if nir else "en cours d'immatriculation"
    y = p1.para(
        14,
        y,
        182,
        f"{emp_name_printed}, né(e) le {fr(emp.dob)} à {emp.birth_city} ({emp.birth_country}), "
        f"de nationalité {emp.nationality}, demeurant {emp.street}, {emp.postcode} {emp.city}, "
        f"numéro de sécurité sociale : {nir_txt},",
        f,
        10.5,
        5.4,
        justify=True,
    )
    y = p1.para(14, y, 182, "ci-après dénommé(e) « le Salarié », d'autre part,", f, 10.5, 5.4)
    y += 4
    p1.text(14, y, "IL A ÉTÉ CONVENU ET ARRÊTÉ CE QUI SUIT :", fb, 10.5)
    arts = [
        (
            "Article 1 — Engagement",
            f"Le Salarié est engagé à compter du {fr(start)}"
            + (f" jusqu'au {fr(end)}" if end else "")
            + ", sous réserve des résultats de la visite "
            "d'information et de prévention. La déclaration préalable à l'embauche a été effectuée auprès de "
            "l'URSSAF.",
        ),
        (
            "Article 2 — Fonctions",
            (
                f"Le Salarié exercera les fonctions de {job}, statut non-cadre, coefficient 250 "
                f"de la convention collective {employer['convention']}."
            ),
        ),
        (
            "Article 3 — Période d'essai",
            (
                "Le présent contrat ne deviendra définitif qu'à l'issue d'une période "
                "d'essai de deux mois, renouvelable une fois d'un commun accord."
            ),
        ),
    ]
    for t, body in arts:
        y += 9
        p1.text(14, y, t, fb, 10.5)
        y = p1.para(14, y, 182, body, f, 10.5, 5.4, justify=True)
    p1.text(105, 288, "Paraphes : ______   ______", f, 8, GREY, "c")
    p1.text(196, 290, "1/2", f, 8, GREY, "r")
    p2 = Page(name="contrat2")
    y = 18
    arts = [
        (
            "Article 4 — Rémunération",
            (
                f"En contrepartie de ses fonctions, le Salarié percevra une rémunération "
                f"mensuelle brute de {money(salary)} euros pour une durée hebdomadaire de travail de 35 heures."
            ),
        ),
        (
            "Article 5 — Lieu de travail",
            (
                f"Le Salarié exercera ses fonctions au sein de l'établissement situé "
                f"{employer['street']}, {employer['city']}."
            ),
        ),
        (
            "Article 6 — Congés payés",
            (
                "Le Salarié bénéficiera des congés payés dans les conditions prévues par "
                "les articles L. 3141-1 et suivants du code du travail."
            ),
        ),
        (
            "Article 7 — Protection sociale",
            (
                "Le Salarié sera affilié au régime général de la sécurité sociale, "
                "à la caisse de retraite complémentaire AGIRC-ARRCO et au contrat collectif de frais de santé et de "
                "prévoyance en vigueur dans l'entreprise."
            ),
        ),
        (
            "Article 8 — Préavis",
            "Après la période d'essai, chacune des parties pourra mettre fin au contrat dans "
            "les conditions prévues par la loi et la convention collective applicable."
            if contract_type == "CDI"
            else "Le présent contrat prendra fin de plein droit à son terme, sans préavis, sauf rupture anticipée dans les "
            "cas prévus par l'article L. 1243-1 du code du travail.",
        ),
    ]
    for t, body in arts:
        p2.text(14, y, t, fb, 10.5)
        y = p2.para(14, y, 182, body, f, 10.5, 5.4, justify=True)
        y += 9
    y += 4
    p2.text(
        14,
        y,
        f"Fait à {employer['city'].split(' ', 1)[-1].title()}, le {fr(signed_on)}, en deux exemplaires "
        "originaux.",
        f,
        10.5,
    )
    y += 12
    p2.text(20, y, "Pour l'Employeur", fb, 10)
    p2.text(120, y, "Le Salarié", fb, 10)
    y += 5
    p2.text(20, y, rep, f, 9.5)
    p2.text(120, y, "« Lu et approuvé, bon pour accord »", f, 8.5, GREY)
    p2.sig(20, y + 3, 50, 18, rep, seed=seed + 1, color=(20, 20, 20))
    p2.hand(
        122,
        y + 9,
        "Lu et approuvé, bon pour accord",
        "h-dancing",
        11.5,
        (22, 34, 110),
        seed=seed + 2,
    )
    p2.sig(122, y + 12, 50, 18, emp.full(), seed=seed + 3)
    p2.stamp(
        70,
        y + 8,
        44,
        18,
        [employer["name"], employer["city"]],
        seed=seed + 4,
        shape="rect",
        color=(30, 50, 120),
    )
    p2.text(196, 290, "2/2", f, 8, GREY, "r")
    fields = {
        "employer": employer["name"],
        "employee_name": emp_name_printed,
        "contract_type": contract_type,
        "job_title": job,
        "start_date": start.isoformat(),
    }
    return Doc("employment_contract", fields, [p1, p2], key=key)


# --------------------------------------------------------------------------
# RIB
# --------------------------------------------------------------------------
BANKS = {
    "BNP Paribas": {"code": "30004", "bic": "BNPAFRPPXXX", "color": (0, 133, 90), "font": "sans"},
    "Société Générale": {"code": "30003", "bic": "SOGEFRPP", "color": (226, 0, 26), "font": "lib"},
    "Crédit Mutuel": {"code": "10278", "bic": "CMCIFR2A", "color": (0, 70, 140), "font": "open"},
    "LCL": {"code": "30002", "bic": "CRLYFRPP", "color": (0, 50, 120), "font": "roboto"},
    "La Banque Postale": {
        "code": "20041",
        "bic": "PSSTFRPPPAR",
        "color": (0, 60, 150),
        "font": "lato",
    },
    "Crédit Agricole": {
        "code": "18206",
        "bic": "AGRIFRPP882",
        "color": (0, 120, 110),
        "font": "carlito",
    },
    "Caisse d'Epargne": {
        "code": "17515",
        "bic": "CEPAFRPP751",
        "color": (200, 20, 40),
        "font": "lato",
    },
    "CIC": {"code": "30066", "bic": "CMCIFRPP", "color": (0, 90, 160), "font": "sans"},
    "Boursorama": {"code": "40618", "bic": "BOUSFRPPXXX", "color": (0, 100, 200), "font": "roboto"},
    "N26": {"code": "", "bic": "NTSBDEB1XXX", "color": (36, 36, 36), "font": "roboto"},
    "Revolut": {"code": "", "bic": "REVOLT21", "color": (25, 28, 31), "font": "roboto"},
}


def _bank_logo(pg, bank, x, y, s=1.0):
    b = BANKS[bank]
    c = b["color"]
    if bank == "BNP Paribas":
        pg.rect(x, y, 10 * s, 10 * s, None, c)
        for i in range(4):
            pg.ellipse(
                x + (2.5 + (i % 2) * 5) * s,
                y + (2.5 + (i // 2) * 5) * s,
                0.9 * s,
                0.9 * s,
                None,
                WHITE,
            )
        pg.text(x + 13 * s, y + 7.5 * s, "BNP PARIBAS", "sans-b", 12 * s, c)
    elif bank == "Société Générale":
        pg.rect(x, y, 10 * s, 5 * s, None, c)
        pg.rect(x, y + 5 * s, 10 * s, 5 * s, None, BLACK)
        pg.text(x + 13 * s, y + 7.5 * s, "SOCIETE GENERALE", "lib-b", 11 * s, BLACK)
    elif bank == "Crédit Mutuel":
        pg.text(x, y + 8 * s, "Crédit", "open-b", 13 * s, c)
        pg.text(x + 18 * s, y + 8 * s, "Mutuel", "open", 13 * s, (220, 0, 40))
    elif bank == "La Banque Postale":
        pg.rect(x, y, 12 * s, 9 * s, None, (255, 210, 0))
        pg.text(x + 15 * s, y + 7 * s, "LA BANQUE POSTALE", "lato-b", 11 * s, c)
    else:
        pg.text(x, y + 8 * s, bank, BANKS[bank]["font"] + "-b", 14 * s, c)


def rib_page(
    holder_lines, iban, bic, bank, branch_name, branch_addr, key, layout="table", title_holder=None
):
    """A bank RIB page. holder_lines: holder name(s) as printed (list)."""
    b = BANKS[bank]
    f = b["font"]
    fb = f + "-b"
    c = b["color"]
    pg = Page(name="rib")
    fr_iban = iban.startswith("FR")
    if layout == "table":
        _bank_logo(pg, bank, 14, 14)
        pg.text(105, 42, "RELEVÉ D'IDENTITÉ BANCAIRE", fb, 15, c, "c")
        pg.para(
            24,
            46,
            162,
            "Ce relevé est destiné à être remis, sur leur demande, à vos créanciers ou débiteurs "
            "appelés à faire inscrire des opérations à votre compte (virements, prélèvements...).",
            f,
            8,
            4,
            GREY,
        )
        y = 66
        pg.rect(14, y, 182, 96, c, None, 0.5)
        pg.text(18, y + 7, "Titulaire du compte", f, 8.5, GREY)
        for i, ln in enumerate(holder_lines):
            pg.text(18, y + 13 + i * 5.5, ln, fb, 11)
        pg.text(120, y + 7, "Domiciliation", f, 8.5, GREY)
        pg.text(120, y + 13, branch_name, fb, 9.5)
        for i, ln in enumerate(branch_addr):
            pg.text(120, y + 18 + i * 4.5, ln, f, 9)
        y += 38
        if fr_iban:
            bban = iban[4:]
            heads = [
                ("Code banque", bban[0:5]),
                ("Code guichet", bban[5:10]),
                ("N° de compte", bban[10:21]),
                ("Clé RIB", bban[21:23]),
            ]
            x = 18
            for (h, v), wcol in zip(heads, (32, 32, 60, 24)):
                pg.rect(x, y, wcol, 14, (160, 160, 160), None, 0.3)
                pg.text(x + wcol / 2, y + 4.5, h, f, 7.5, GREY, "c")
                pg.text(x + wcol / 2, y + 11, v, "mono-b", 10.5, BLACK, "c")
                x += wcol
            y += 22
        pg.text(18, y, "IBAN (International Bank Account Number)", f, 8.5, GREY)
        pg.text(18, y + 7, group4(iban), "mono-b", 12.5)
        y += 16
        pg.text(18, y, "BIC (Bank Identifier Code)", f, 8.5, GREY)
        pg.text(18, y + 7, bic, "mono-b", 12.5)
    elif layout == "compact":
        # the classic small slip printed at the bottom of a cheque-book page or a statement
        _bank_logo(pg, bank, 14, 14, 0.8)
        pg.text(196, 20, "RIB", fb, 20, c, "r")
        y = 40
        pg.rect(14, y, 182, 62, BLACK, None, 0.3, radius=2)
        pg.text(18, y + 7, "IDENTIFIANT NATIONAL DE COMPTE BANCAIRE - RIB", fb, 8)
        if fr_iban:
            bban = iban[4:]
            pg.text(18, y + 14, "Banque   Guichet   N° compte   Clé", f, 8, GREY)
            pg.text(
                18,
                y + 20,
                f"{bban[0:5]}   {bban[5:10]}   {bban[10:21]}   {bban[21:23]}",
                "mono-b",
                11,
            )
        pg.text(18, y + 30, "IDENTIFIANT INTERNATIONAL DE COMPTE BANCAIRE", fb, 8)
        pg.text(18, y + 36, "IBAN", f, 8, GREY)
        pg.text(30, y + 36, group4(iban), "mono-b", 10.5)
        pg.text(18, y + 43, "BIC", f, 8, GREY)
        pg.text(30, y + 43, bic, "mono-b", 10.5)
        pg.text(120, y + 7, "TITULAIRE DU COMPTE", fb, 8)
        for i, ln in enumerate(holder_lines):
            pg.text(120, y + 13 + i * 5, ln, f, 9.5)
        pg.text(18, y + 53, f"DOMICILIATION : {branch_name} — {' '.join(branch_addr)}", f, 8)
    elif layout == "online":
        # foreign online bank "account details" PDF
        pg.rect(0, 0, 210, 26, None, c)
        pg.text(14, 16, bank, fb, 18, WHITE)
        pg.text(196, 16, "Bank account details", f, 10, WHITE, "r")
        y = 44
        pg.text(14, y, "Account holder / Titulaire", f, 9, GREY)
        for i, ln in enumerate(holder_lines):
            pg.text(14, y + 7 + i * 6, ln, fb, 13)
        y += 26
        for lab, v in (
            ("IBAN", group4(iban)),
            ("BIC / SWIFT", bic),
            ("Bank / Banque", branch_name),
            ("Address", ", ".join(branch_addr)),
        ):
            pg.text(14, y, lab, f, 9, GREY)
            pg.text(14, y + 7, v, "mono-b" if lab in ("IBAN", "BIC / SWIFT") else fb, 12)
            y += 17
        pg.para(
            14,
            y + 6,
            182,
            "You can use these details to receive SEPA transfers and direct debits in euros. "
            "Vous pouvez utiliser ces coordonnées pour recevoir des virements et prélèvements SEPA.",
            f,
            8.5,
            4.2,
            GREY,
        )
        pg.image(160, 30, 30, 30, qr_like(seed_of(key, "qr")))
    pg.text(105, 288, f"{bank} — document édité le {fr(dt.date(2026, 10, 5))}", f, 7, GREY, "c")
    fields = {
        "holder_name": title_holder or " ".join(holder_lines),
        "iban": iban,
        "bic": bic,
        "bank_name": bank,
        "iban_valid": iban_ok(iban),
    }
    return Doc("rib", fields, [pg], key=key)


def rib_in_letter(holder_civ, addr, iban, bic, bank, branch_name, branch_addr, letter_date, key):
    """Welcome letter from the bank with the RIB slip at the bottom (trap)."""
    b = BANKS[bank]
    f = b["font"]
    fb = f + "-b"
    pg = Page(name="rib_letter")
    _bank_logo(pg, bank, 14, 14)
    pg.text(14, 36, branch_name, fb, 9)
    for i, ln in enumerate(branch_addr):
        pg.text(14, 40.5 + i * 4.5, ln, f, 9)
    pg.text(118, 50, holder_civ, fb, 10.5)
    for i, ln in enumerate(addr):
        pg.text(118, 55.5 + i * 5, ln, f, 10.5)
    pg.text(118, 76, f"{branch_addr[-1].split(' ', 1)[-1].title()}, le {fr(letter_date)}", f, 10)
    pg.text(14, 92, "Objet : ouverture de votre compte de dépôt", fb, 10.5)
    body = (
        f"{'Madame' if holder_civ.startswith('Mme') else 'Monsieur'},\n\nNous avons le plaisir de vous confirmer "
        "l'ouverture de votre compte de dépôt et vous remercions de votre confiance. Votre carte bancaire vous "
        "sera adressée par courrier séparé dans les prochains jours ; son code confidentiel vous parviendra "
        "sous pli distinct.\n\nVous trouverez ci-dessous votre relevé d'identité bancaire (RIB), que vous "
        "pourrez communiquer à votre employeur ou à vos organismes sociaux pour le versement de vos revenus.\n\n"
        f"Nous vous prions d'agréer, {'Madame' if holder_civ.startswith('Mme') else 'Monsieur'}, l'expression "
        "de nos salutations distinguées."
    )
    y = pg.para(14, 98, 182, body, f, 10.5, 5.6, justify=True)
    pg.text(130, y + 12, "Votre conseiller", f, 10)
    pg.sig(130, y + 14, 40, 14, "Conseiller", seed=seed_of(key, "sig"), color=(20, 20, 20))
    y = 196
    pg.line(8, y, 202, y, (120, 120, 120), 0.3, dash=(2, 1.5))
    pg.text(14, y - 1.5, "✂", "sans", 9, GREY)
    y += 8
    pg.rect(14, y, 182, 70, BLACK, None, 0.4)
    pg.text(105, y + 7, "RELEVÉ D'IDENTITÉ BANCAIRE", fb, 11, b["color"], "c")
    pg.text(18, y + 15, "Titulaire :", f, 9, GREY)
    pg.text(40, y + 15, holder_civ, fb, 10)
    pg.text(40, y + 20, f"{addr[0]} {addr[1]}", f, 8.5)
    bban = iban[4:]
    pg.text(18, y + 30, "Code banque   Code guichet   Numéro de compte   Clé RIB", f, 8, GREY)
    pg.text(
        18,
        y + 36,
        f"{bban[0:5]}           {bban[5:10]}           {bban[10:21]}          {bban[21:23]}",
        "mono-b",
        10,
    )
    pg.text(18, y + 46, "IBAN", f, 8, GREY)
    pg.text(32, y + 46, group4(iban), "mono-b", 11)
    pg.text(18, y + 54, "BIC", f, 8, GREY)
    pg.text(32, y + 54, bic, "mono-b", 11)
    pg.text(18, y + 63, f"Domiciliation : {branch_name}", f, 8.5)
    fields = {
        "holder_name": holder_civ,
        "iban": iban,
        "bic": bic,
        "bank_name": bank,
        "iban_valid": iban_ok(iban),
    }
    return Doc(
        "rib", fields, [pg], key=key, notes="RIB printed at the bottom of a bank welcome letter"
    )


def rib_app_screen(holder, iban, bic, bank, key, dark=False):
    """Banking-app screenshot (phone screen 1170 x 2532 px ~ 78 x 168.8 mm)."""
    b = BANKS[bank]
    W, H = 78.0, 168.8
    bg = (18, 18, 22) if dark else (246, 247, 250)
    fg = (240, 240, 240) if dark else (20, 20, 30)
    sub = (150, 150, 160) if dark else (110, 110, 120)
    card = (36, 36, 44) if dark else (255, 255, 255)
    pg = Page(W, H, bg=bg, name="app")
    f, fb = "roboto", "roboto-b"
    pg.text(5, 5, "09:41", fb, 6.5, fg)
    pg.text(W - 5, 5, "5G  87 %", f, 6, fg, "r")
    pg.text(5, 15, "‹", fb, 14, b["color"] if not dark else fg)
    pg.text(W / 2, 15, "Mes coordonnées bancaires", fb, 8, fg, "c")
    pg.rect(4, 22, W - 8, 26, None, b["color"], radius=3)
    pg.text(8, 30, bank, fb, 8, WHITE)
    pg.text(8, 37, "Compte courant", f, 7, WHITE)
    pg.text(8, 43, f"•••• {iban[-4:]}", f, 7, WHITE)
    y = 53
    items = [
        ("Titulaire du compte", holder),
        ("IBAN", group4(iban)),
        ("BIC", bic),
        ("Banque", b.get("long", bank)),
    ]
    for lab, v in items:
        pg.rect(4, y, W - 8, 16 if lab != "IBAN" else 20, None, card, radius=2.5)
        pg.text(7, y + 5, lab, f, 6, sub)
        if lab == "IBAN":
            g = group4(iban).split(" ")
            half = (len(g) + 1) // 2
            pg.text(7, y + 10.5, " ".join(g[:half]), "roboto-m", 7.6, fg)
            pg.text(7, y + 15.5, " ".join(g[half:]), "roboto-m", 7.6, fg)
            pg.text(
                W - 7, y + 12, "Copier", fb, 6.2, b["color"] if not dark else (120, 170, 255), "r"
            )
            y += 23
        else:
            pg.text(7, y + 11, v, "roboto-m", 7.6, fg)
            y += 18.5
    pg.rect(4, y + 4, W - 8, 11, None, b["color"] if not dark else (60, 90, 200), radius=5)
    pg.text(W / 2, y + 11.2, "Partager mon RIB", fb, 7.5, WHITE, "c")
    pg.rect(4, y + 19, W - 8, 11, (180, 180, 190), None, 0.3, radius=5)
    pg.text(W / 2, y + 26.2, "Télécharger le RIB (PDF)", fb, 7.5, fg, "c")
    pg.rect(W / 2 - 12, H - 3, 24, 1, None, fg, radius=0.5)
    fields = {
        "holder_name": holder,
        "iban": iban,
        "bic": bic,
        "bank_name": bank,
        "iban_valid": iban_ok(iban),
    }
    return Doc("rib", fields, [pg], key=key, notes="banking-app screenshot")
