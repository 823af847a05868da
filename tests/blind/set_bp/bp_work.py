"""Employment documents: 'bulletin de paie clarifié' payslip and a CDI contract."""

from __future__ import annotations

from bp_common import fr, fr_words, money
from bp_pdf import Doc, rgb

GREY = rgb(110, 110, 110)
LGREY = rgb(234, 234, 234)


def payslip_numbers(gross: float, pas_rate: float) -> dict:
    """Rough 2026 employee/employer rates for a non-cadre salaried job."""
    pmss = 4005.0
    t1 = min(gross, pmss)
    csg_base = gross * 0.9825
    emp = [
        ("SANTÉ", "Sécurité sociale - Maladie Maternité Invalidité Décès", gross, 0.0, 0.07),
        ("", "Complémentaire Incapacité Invalidité Décès", t1, 0.0052, 0.0088),
        ("", "Complémentaire Santé", 0, 0.0, 0.0),
        ("ACCIDENTS DU TRAVAIL - MALADIES PROFESSIONNELLES", "", gross, 0, 0.0188),
        ("RETRAITE", "Sécurité sociale plafonnée", t1, 0.069, 0.0855),
        ("", "Sécurité sociale déplafonnée", gross, 0.004, 0.0202),
        ("", "Complémentaire Tranche 1", t1, 0.0401, 0.0601),
        ("FAMILLE", "Allocations familiales", gross, 0, 0.0345),
        ("ASSURANCE CHÔMAGE", "Chômage", gross, 0, 0.0405),
        ("", "APEC / AGS", gross, 0, 0.0025),
        ("AUTRES CONTRIBUTIONS", "Contributions dues par l'employeur", gross, 0, 0.0131),
        ("CSG déductible de l'impôt sur le revenu", "", csg_base, 0.068, 0),
        ("CSG/CRDS non déductible de l'impôt sur le revenu", "", csg_base, 0.029, 0),
    ]
    lines = []
    sal_tot = emp_tot = 0.0
    for head, lab, base, rs, re_ in emp:
        s = round(base * rs, 2)
        e = round(base * re_, 2)
        sal_tot += s
        emp_tot += e
        lines.append((head, lab, base, rs, s, e))
    health = 38.50  # mutuelle employee share
    sal_tot += health
    lines[2] = ("", "Complémentaire Santé", 0, 0, health, 44.60)
    emp_tot += 44.60
    net_before = round(gross - sal_tot, 2)
    csg_nd = round(csg_base * 0.029, 2)
    taxable = round(net_before + csg_nd + health, 2)
    pas = round(taxable * pas_rate, 2)
    net_paid = round(net_before - pas, 2)
    return {
        "lines": lines,
        "sal_tot": round(sal_tot, 2),
        "emp_tot": round(emp_tot, 2),
        "net_before": net_before,
        "taxable": taxable,
        "pas": pas,
        "net_paid": net_paid,
        "net_social": round(gross - sal_tot + health - 0.0 + 0.0, 2),
    }


def payslip(p: dict) -> bytes:
    """p: employer_lines, siret, naf, urssaf, conv, employee_lines, job, entry, period_start,
    period_end, pay_date, gross_base, hours, rate, pas_rate, style ('clean'|'boxed')."""
    n = payslip_numbers(p["gross"], p["pas_rate"])
    style = p.get("style", "clean")
    f, fb = ("Lato", "Lato-B") if style == "clean" else ("Carlito", "Carlito-B")
    d = Doc("Bulletin de paie", p["employer_lines"][0], p.get("creator", "Silae"))
    d.text(40, 46, "BULLETIN DE PAIE", fb, 15)
    d.text(40, 62, f"Période du {fr(p['period_start'])} au {fr(p['period_end'])}", f, 9)
    d.text(555, 46, f"Paiement le {fr(p['pay_date'])} par virement", f, 8.5, align="r")
    d.rect(40, 78, 250, 96, stroke=GREY, lw=0.5)
    d.lines(48, 93, p["employer_lines"], fb, 9, 12)
    d.lines(
        48,
        93 + 12 * len(p["employer_lines"]) + 2,
        [
            f"SIRET : {p['siret']}",
            f"Code NAF : {p['naf']}",
            f"URSSAF : {p['urssaf']}",
        ],
        f,
        7.8,
        10.5,
    )
    d.rect(305, 78, 250, 96, stroke=GREY, lw=0.5)
    d.lines(313, 93, p["employee_lines"], fb, 9.5, 12.5)
    d.lines(
        40,
        190,
        [
            f"Emploi : {p['job']}",
            f"Statut : {p.get('status', 'Non cadre')}  -  Coefficient : {p.get('coef', '210')}",
            f"Date d'entrée : {fr(p['entry'])}",
            "N° de sécurité sociale : en cours d'immatriculation",
            f"Convention collective : {p['conv']}",
        ],
        f,
        8,
        11,
    )
    y = 252
    rows = [["Éléments de paie", "Base", "Taux", "Montant salarié", "Part employeur"]]
    rows.append(
        [
            "Salaire de base",
            f"{p['hours']:.2f}".replace(".", ","),
            f"{p['rate']:.4f}".replace(".", ","),
            money(p["gross"]),
            "",
        ]
    )
    rows.append(["SALAIRE BRUT", "", "", money(p["gross"]), ""])
    for head, lab, base, rs, s, e in n["lines"]:
        label = (head + (" - " if head and lab else "") + lab)[:62]
        rows.append(
            [
                label,
                money(base) if base else "",
                f"{rs * 100:.2f}".replace(".", ",") if rs else "",
                money(s) if s else "",
                money(e) if e else "",
            ]
        )
    rows.append(
        ["TOTAL DES COTISATIONS ET CONTRIBUTIONS", "", "", money(n["sal_tot"]), money(n["emp_tot"])]
    )
    zebra = rgb(246, 246, 246) if style == "clean" else None
    grid = GREY if style == "boxed" else None
    y = d.table(
        40,
        y,
        [235, 70, 50, 100, 60],
        rows,
        f,
        7.4,
        12.5,
        fb,
        LGREY,
        grid,
        ["l", "r", "r", "r", "r"],
        zebra,
    )
    y += 10
    d.rect(40, y, 515, 20, fill=LGREY)
    d.text(48, y + 14, "NET À PAYER AVANT IMPÔT SUR LE REVENU", fb, 9)
    d.text(547, y + 14, money(n["net_before"]) + " €", fb, 9.5, align="r")
    y += 28
    d.text(
        48,
        y + 4,
        f"Impôt sur le revenu prélevé à la source - base {money(n['taxable'])} "
        f"- taux {p['pas_rate'] * 100:.1f} %".replace(".", ","),
        f,
        8,
    )
    d.text(547, y + 4, money(n["pas"]), f, 8.5, align="r")
    y += 16
    d.rect(40, y, 515, 26, fill=rgb(220, 232, 245))
    d.text(48, y + 17, "NET PAYÉ EN EUROS", fb, 11)
    d.text(547, y + 17, money(n["net_paid"]) + " €", fb, 12, align="r")
    y += 40
    d.text(48, y, f"Montant net social : {money(n['net_social'])} €", f, 8)
    d.text(300, y, f"Total versé par l'employeur : {money(p['gross'] + n['emp_tot'])} €", f, 8)
    d.para(
        40,
        790,
        (
            "Dans votre intérêt et pour vous aider à faire valoir vos droits, conservez ce "
            "bulletin de "
            "paie sans limitation de durée. Rubrique dédiée au bulletin de paie sur le portail "
            "www.service-public.fr"
        ),
        515,
        f,
        6.8,
        8.5,
        GREY,
    )
    d.page()
    out = d.bytes()
    return out, n


ARTICLES_CDI = [
    (
        "Article 1 - Engagement",
        (
            "{employee_full} est engagé(e) par la société {employer} à compter du {start_words}, "
            "sous réserve des résultats de la visite d'information et de prévention, pour une "
            "durée "
            "indéterminée. La déclaration préalable à l'embauche a été effectuée auprès de "
            "l'URSSAF "
            "de {urssaf}."
        ),
    ),
    (
        "Article 2 - Fonctions",
        (
            "{employee_short} exercera les fonctions de {job}, statut employé(e), coefficient "
            "{coef} "
            "de la convention collective applicable. Ses attributions pourront évoluer en fonction "
            "des nécessités du service."
        ),
    ),
    (
        "Article 3 - Période d'essai",
        (
            "Le présent contrat ne deviendra définitif qu'à l'issue d'une période d'essai de deux "
            "mois de travail effectif, au cours de laquelle chacune des parties pourra mettre fin "
            "au contrat en respectant le délai de prévenance prévu aux articles L. 1221-25 et "
            "L. 1221-26 du code du travail."
        ),
    ),
    (
        "Article 4 - Durée du travail",
        (
            "La durée du travail est fixée à 35 heures par semaine, soit 151,67 heures par mois. "
            "Les horaires sont organisés par roulement, y compris le week-end et les jours fériés, "
            "selon le planning communiqué au moins quinze jours à l'avance."
        ),
    ),
    (
        "Article 5 - Rémunération",
        (
            "En contrepartie de son travail, {employee_short} percevra une rémunération mensuelle "
            "brute de {gross} euros pour la durée de travail définie ci-dessus, à laquelle "
            "s'ajoutent les primes et indemnités prévues par la convention collective."
        ),
    ),
    (
        "Article 6 - Lieu de travail",
        (
            "{employee_short} exercera ses fonctions à {workplace}. Ce lieu de travail pourra être "
            "modifié dans le même secteur géographique."
        ),
    ),
    (
        "Article 7 - Congés payés",
        (
            "{employee_short} bénéficiera des congés payés prévus par la loi et la convention "
            "collective, soit deux jours et demi ouvrables par mois de travail effectif."
        ),
    ),
    (
        "Article 8 - Convention collective et protection sociale",
        (
            "Le présent contrat est régi par la {conv}. {employee_short} bénéficiera des régimes "
            "de "
            "retraite complémentaire (AGIRC-ARRCO), de prévoyance et de frais de santé en vigueur "
            "dans l'entreprise."
        ),
    ),
    (
        "Article 9 - Obligations",
        (
            "{employee_short} s'engage à respecter le règlement intérieur, les consignes "
            "d'hygiène et "
            "de sécurité et le secret professionnel attaché aux informations relatives aux "
            "résidents et à leurs familles."
        ),
    ),
    (
        "Article 10 - Rupture du contrat",
        (
            "Après la période d'essai, le contrat pourra être rompu par l'une ou l'autre des "
            "parties "
            "dans les conditions prévues par la loi et la convention collective, sous réserve du "
            "respect du préavis applicable."
        ),
    ),
]


def cdi_contract(k: dict) -> bytes:
    """k: employer, employer_desc, rep, employee_full, employee_short, employee_desc, job, coef,
    start, gross, workplace, conv, urssaf, place, signed."""
    d = Doc("Contrat de travail CDI", k["employer"], "Microsoft Word")
    f, fb = "Times", "Times-B"
    d.text(297, 60, "CONTRAT DE TRAVAIL À DURÉE INDÉTERMINÉE", fb, 14, align="c")
    d.text(297, 76, "(temps complet)", "Times-I", 10, align="c")
    y = 108
    d.text(50, y, "Entre les soussignés :", fb, 10.5)
    y = d.para(50, y + 18, k["employer_desc"], 495, f, 10.5, 14, justify=True) + 4
    d.text(50, y, "ci-après dénommée « l'employeur », d'une part,", "Times-I", 10.5)
    y += 22
    d.text(50, y, "Et", fb, 10.5)
    y = d.para(50, y + 18, k["employee_desc"], 495, f, 10.5, 14, justify=True) + 4
    d.text(50, y, "ci-après dénommé(e) « le salarié », d'autre part,", "Times-I", 10.5)
    y += 22
    d.text(50, y, "Il a été convenu ce qui suit :", fb, 10.5)
    y += 24
    ctx = dict(k)
    ctx["start_words"] = fr_words(k["start"])
    ctx["gross"] = money(k["gross"])
    page = 1
    for title, body in ARTICLES_CDI:
        text = body.format(**ctx)
        need = 18 + len(d.wrap(text, f, 10.5, 495)) * 14
        if y + need > 770:
            d.text(297, 815, f"Page {page}", f, 8, align="c")
            d.text(545, 815, "Paraphes : ____  ____", f, 8, align="r")
            d.page()
            page += 1
            y = 60
        d.text(50, y, title, fb, 10.5)
        y = d.para(50, y + 16, text, 495, f, 10.5, 14, justify=True) + 10
    y += 10
    d.text(
        50, y, f"Fait en deux exemplaires originaux, à {k['place']}, le {fr(k['signed'])}.", f, 10.5
    )
    y += 30
    d.text(70, y, "L'employeur", fb, 10.5)
    d.text(340, y, "Le salarié", fb, 10.5)
    d.text(70, y + 14, k["rep"], f, 9.5)
    d.text(340, y + 14, "(mention manuscrite « lu et approuvé »)", "Times-I", 9)
    d.text(297, 815, f"Page {page}", f, 8, align="c")
    d.page()
    return d.bytes(), y
