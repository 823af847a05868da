"""Payslips (bulletin de paie clarifié) and employment contracts (CDI/CDD)."""

from __future__ import annotations

from gen_codes import (
    MONTHS_FR,
    digits,
    fmt_siret,
    fr,
    money,
)
from gen_core import Page
from gen_draw import stamp_img
from gen_layout import kv, table


def payslip(
    rng,
    employer,
    emp_addr,
    siret,
    naf,
    ccn,
    employee,
    employee_addr,
    job,
    status,
    entry,
    period,
    gross,
    variant=0,
    nir_text="En cours d'immatriculation",
):
    """Bulletin de paie clarifié (since 2018)."""
    f, fb = [("sans", "sans-b"), ("dejavu-c", "dejavu-cb"), ("rcond", "rcond-b")][variant % 3]
    pg = Page()
    pg.text(18, 18, "BULLETIN DE PAIE", fb, 14)
    pg.text(192, 18, f"Période du {fr(period)} au {fr(_month_end(period))}", f, 9, anchor="r")
    pg.text(192, 23, f"Paiement le {fr(_month_end(period))} par virement", f, 8, anchor="r")
    pg.rect(18, 28, 84, 38, (120, 120, 120), None, 0.3)
    pg.text(21, 33, employer, fb, 10)
    for i, ln in enumerate(emp_addr.lines()):
        pg.text(21, 38 + i * 4.2, ln, f, 8.5)
    pg.text(21, 55, f"SIRET : {fmt_siret(siret) if variant != 1 else siret}", f, 8.5)
    pg.text(21, 59.5, f"Code NAF : {naf}   URSSAF Île-de-France", f, 8)
    pg.text(21, 64, f"Convention collective : {ccn}", f, 7)
    pg.rect(108, 28, 84, 38, (120, 120, 120), None, 0.3)
    pg.text(111, 33, employee, fb, 10.5)
    for i, ln in enumerate(employee_addr.lines()):
        pg.text(111, 38 + i * 4.2, ln, f, 8.5)
    info = [
        ("Emploi", job),
        ("Statut", status),
        ("Date d'entrée", fr(entry)),
        ("N° de sécurité sociale", nir_text),
        ("Matricule", digits(rng, 5)),
    ]
    y = 74
    for i, (a, b) in enumerate(info):
        kv(pg, 18 + (i % 2) * 90, y + (i // 2) * 5.5, a, b, "colon", f, fb, 8, 8.5)
    y = 94
    hours = 151.67
    rate = round(gross / hours, 4)
    sal = [
        ["Éléments de paie", "Base", "Taux", "Part salarié", "Part employeur"],
        ["Salaire de base", money(hours), f"{rate:.4f}".replace(".", ","), money(gross), ""],
    ]
    # contributions (approximate real rates)
    lines = [
        ("SANTÉ", 0.0, 0.13),
        ("Complémentaire santé", 0.006, 0.009),
        ("ACCIDENTS DU TRAVAIL - MALADIES PROFESSIONNELLES", 0.0, 0.012),
        ("RETRAITE", 0.1131, 0.1612),
        ("FAMILLE", 0.0, 0.0345),
        ("ASSURANCE CHÔMAGE", 0.0, 0.0445),
        ("AUTRES CONTRIBUTIONS DUES PAR L'EMPLOYEUR", 0.0, 0.021),
    ]
    tot_s, tot_e = 0.0, 0.0
    for lab, ts, te in lines:
        s, e = round(gross * ts, 2), round(gross * te, 2)
        tot_s += s
        tot_e += e
        sal.append([lab, money(gross), "", money(s) if s else "", money(e)])
    csg_d = round(gross * 0.9825 * 0.068, 2)
    csg_nd = round(gross * 0.9825 * 0.029, 2)
    tot_s += csg_d + csg_nd
    sal.append(
        [
            "CSG déductible de l'impôt sur le revenu",
            money(round(gross * 0.9825, 2)),
            "6,80",
            money(csg_d),
            "",
        ]
    )
    sal.append(
        [
            "CSG/CRDS non déductible de l'impôt sur le revenu",
            money(round(gross * 0.9825, 2)),
            "2,90",
            money(csg_nd),
            "",
        ]
    )
    sal.append(
        [
            "TOTAL DES COTISATIONS ET CONTRIBUTIONS",
            "",
            "",
            money(round(tot_s, 2)),
            money(round(tot_e, 2)),
        ]
    )
    y = table(
        pg,
        18,
        y,
        [78, 24, 18, 27, 27],
        sal,
        font=f,
        head_font=fb,
        size=7.5,
        aligns=["l", "r", "r", "r", "r"],
        rh=5.6,
    )
    net_before = round(gross - tot_s, 2)
    tax_rate = rng.choice([0.0, 2.1, 4.6, 7.5])
    tax = round((net_before + csg_nd) * tax_rate / 100, 2)
    net_paid = round(net_before - tax, 2)
    y += 6
    y = table(
        pg,
        18,
        y,
        [120, 54],
        [
            ["NET À PAYER AVANT IMPÔT SUR LE REVENU", money(net_before)],
            [
                f"Impôt sur le revenu prélevé à la source - taux "
                f"{'personnalisé' if tax_rate else 'non personnalisé'} "
                f"{str(tax_rate).replace('.', ',')} %",
                money(tax),
            ],
        ],
        font=f,
        head_font=fb,
        size=9,
        aligns=["l", "r"],
        head_fill=(235, 235, 235),
        rh=7,
    )
    pg.rect(18, y + 4, 174, 12, None, (40, 40, 40), 0)
    pg.text(22, y + 12, "NET PAYÉ EN EUROS", fb, 12, (255, 255, 255))
    pg.text(188, y + 12, money(net_paid), fb, 13, (255, 255, 255), anchor="r")
    y += 24
    kv(
        pg,
        18,
        y,
        "Total versé par l'employeur",
        money(round(gross + tot_e, 2)) + " €",
        "colon",
        f,
        fb,
        8.5,
        9,
    )
    kv(
        pg,
        110,
        y,
        "Allègement de cotisations",
        money(round(tot_e * 0.1, 2)) + " €",
        "colon",
        f,
        fb,
        8.5,
        9,
    )
    kv(
        pg,
        18,
        y + 6,
        "Net social",
        money(round(net_before + csg_nd * 0.2, 2)) + " €",
        "colon",
        f,
        fb,
        8.5,
        9,
    )
    kv(pg, 110, y + 6, "Congés payés acquis", "2,08 j", "colon", f, fb, 8.5, 9)
    pg.para(
        18,
        272,
        174,
        "Dans votre intérêt et pour vous aider à faire valoir vos droits, "
        "conservez ce bulletin de paie sans limitation de durée. Rubrique dédiée au bulletin "
        "de paie sur le portail www.service-public.fr",
        f,
        7,
        color=(90, 90, 90),
    )
    fields = dict(
        employer=employer,
        employee_name=employee,
        period=period.strftime("%Y-%m"),
        net_pay=net_paid,
        siret=siret,
    )
    return [pg], fields


def _month_end(x):
    import datetime as dt

    nx = (x.replace(day=28) + dt.timedelta(days=4)).replace(day=1)
    return nx - dt.timedelta(days=1)


def contract(
    rng,
    employer,
    emp_form,
    emp_addr,
    rcs,
    rep,
    employee,
    emp_dob,
    emp_pob,
    nat_fr,
    emp_addr2,
    kind,
    job,
    start,
    end=None,
    salary=0.0,
    hours="35 heures",
    variant=0,
    motif="accroissement temporaire d'activité",
    signed_on=None,
    place="Paris",
):
    f, fb = [("serif", "serif-b"), ("sans", "sans-b"), ("caladea", "caladea-b")][variant % 3]
    p1, p2 = Page(), Page()
    title = (
        "CONTRAT DE TRAVAIL À DURÉE INDÉTERMINÉE"
        if kind == "CDI"
        else "CONTRAT DE TRAVAIL À DURÉE DÉTERMINÉE"
    )
    p1.text(105, 24, title, fb, 14, anchor="m")
    y = 40
    p1.text(18, y, "ENTRE LES SOUSSIGNÉS :", fb, 10.5)
    y = p1.para(
        18,
        y + 8,
        174,
        f"La société {employer}, {emp_form}, dont le siège social est "
        f"situé {emp_addr.one()}, immatriculée au RCS sous le numéro {rcs}, représentée "
        f"par {rep}, dûment habilité(e) à l'effet des présentes,",
        f,
        10.5,
        lead=5.8,
    )
    y = p1.para(18, y + 2, 174, "ci-après dénommée « l'Employeur »,", f, 10.5)
    p1.text(18, y + 4, "ET :", fb, 10.5)
    y = p1.para(
        18,
        y + 12,
        174,
        f"{employee}, né(e) le {fr(emp_dob)} à {emp_pob}, de nationalité "
        f"{nat_fr}, demeurant {emp_addr2.one()},",
        f,
        10.5,
        lead=5.8,
    )
    y = p1.para(18, y + 2, 174, "ci-après dénommé(e) « le Salarié »,", f, 10.5)
    p1.text(18, y + 6, "IL A ÉTÉ CONVENU CE QUI SUIT :", fb, 10.5)
    y += 16
    arts = [
        (
            "Article 1 - Engagement",
            f"Le Salarié est engagé à compter du {fr(start)}"
            + (
                f" pour une durée déterminée prenant fin le {fr(end)}, au motif suivant : {motif}."
                if kind == "CDD"
                else " pour une durée indéterminée."
            )
            + " Le présent contrat est soumis à la convention collective applicable dans "
            "l'entreprise.",
        ),
        (
            "Article 2 - Fonctions",
            f"Le Salarié occupera le poste de {job}. Il exercera ses "
            "fonctions sous l'autorité de sa hiérarchie et se conformera aux directives reçues.",
        ),
        (
            "Article 3 - Période d'essai",
            "Le présent contrat ne deviendra définitif qu'à "
            f"l'issue d'une période d'essai de {'deux mois' if kind == 'CDI' else 'deux semaines'}"
            ", au cours de laquelle chacune des parties pourra y mettre fin sans indemnité.",
        ),
        (
            "Article 4 - Rémunération",
            f"En contrepartie de son travail, le Salarié percevra une "
            f"rémunération mensuelle brute de {money(salary)} euros pour une durée de travail de "
            f"{hours} par semaine.",
        ),
    ]
    for t, body in arts:
        p1.text(18, y, t, fb, 10.5)
        y = p1.para(18, y + 6, 174, body, f, 10, lead=5.6) + 4
    p1.text(105, 288, "1/2", f, 8, anchor="m")
    y = 24
    for t, body in [
        (
            "Article 5 - Lieu de travail",
            f"Le Salarié exercera ses fonctions au sein de l'établissement situé {emp_addr.one()}.",
        ),
        (
            "Article 6 - Congés payés",
            "Le Salarié bénéficiera des congés payés "
            "conformément aux dispositions légales et conventionnelles.",
        ),
        (
            "Article 7 - Protection sociale",
            "Le Salarié sera affilié dès son entrée "
            "aux régimes de retraite complémentaire et de prévoyance de l'entreprise.",
        ),
        (
            "Article 8 - Obligations",
            "Le Salarié s'engage à respecter le règlement "
            "intérieur et à observer une obligation de discrétion.",
        ),
    ]:
        p2.text(18, y, t, fb, 10.5)
        y = p2.para(18, y + 6, 174, body, f, 10, lead=5.6) + 4
    so = signed_on or start
    p2.text(18, y + 8, f"Fait à {place}, le {fr(so)}, en deux exemplaires originaux.", f, 10.5)
    p2.text(25, y + 22, "L'Employeur", fb, 10.5)
    p2.text(120, y + 22, "Le Salarié", fb, 10.5)
    p2.text(120, y + 27, "(« lu et approuvé, bon pour accord »)", f, 8)
    p2.sign(25, y + 28, 50, 20, rep, rng)
    p2.image(
        40,
        y + 40,
        44,
        24,
        stamp_img(
            "",
            [employer[:24], emp_addr.cp + " " + emp_addr.city, "SIRET " + digits(rng, 14)],
            44,
            (30, 40, 130),
            rng,
            box=True,
        ),
    )
    p2.hand(120, y + 36, "Lu et approuvé, bon pour accord", rng, "h-breip", 11)
    p2.sign(120, y + 40, 50, 20, employee, rng)
    p2.text(105, 288, "2/2", f, 8, anchor="m")
    fields = dict(
        employer=employer,
        employee_name=employee,
        contract_type=kind,
        job_title=job,
        start_date=start.isoformat(),
    )
    return [p1, p2], fields


def month_name(x):
    return f"{MONTHS_FR[x.month - 1]} {x.year}"
