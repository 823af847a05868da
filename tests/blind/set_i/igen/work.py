"""Payslips (bulletin de paie clarifié, three payroll-software looks) and employment contracts.

The payslip follows the post-2018 "bulletin clarifié" order: employer block (SIRET, APE,
URSSAF), employee block (emploi, statut, date d'entrée, convention collective), salary lines,
contributions grouped by risk (santé, accidents du travail, retraite, famille, assurance
chômage), CSG/CRDS, net à payer avant impôt, prélèvement à la source, net payé, montant net
social, and the mandatory "conservez ce bulletin sans limitation de durée" mention."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from .hand import signature
from .model import Doc
from .paint import Page, Pg
from .util import MOIS, fmt_siret, fr, fr_long, money, month_end, rng_for


@dataclass
class Employer:
    name: str
    form: str  # SAS, SARL...
    capital: str
    address: list[str]
    siret: str
    ape: str
    rcs_city: str
    urssaf: str
    convention: str
    signatory: str
    signatory_role: str
    city: str


@dataclass
class Job:
    employee: str  # as printed: "Mme Camila RAMIREZ GOMEZ"
    employee_truth: str
    address: list[str]
    title: str
    start: dt.date
    contract: str  # CDI | CDD
    gross: float
    status: str = "Non-cadre"
    nir: str = ""
    matricule: str = "00042"
    end: dt.date | None = None
    dob: dt.date | None = None
    pob: str = ""
    nationality: str = ""


def _lines(gross: float):
    g = gross
    rows = [
        ("SANTÉ", None, None, None),
        ("Sécurité sociale - Maladie Maternité Invalidité Décès", g, None, 7.0),
        ("Complémentaire Incapacité Invalidité Décès", g, 0.41, 0.59),
        ("Complémentaire santé", None, 32.50, 32.50),
        ("ACCIDENTS DU TRAVAIL - MALADIES PROFESSIONNELLES", g, None, 0.9),
        ("RETRAITE", None, None, None),
        ("Sécurité sociale plafonnée", g, 6.90, 8.55),
        ("Sécurité sociale déplafonnée", g, 0.40, 2.02),
        ("Complémentaire Tranche 1", g, 4.01, 6.01),
        ("FAMILLE", g, None, 3.45),
        ("ASSURANCE CHÔMAGE", g, None, 4.25),
        ("AUTRES CONTRIBUTIONS DUES PAR L'EMPLOYEUR", g, None, 1.2),
        ("CSG déductible de l'impôt sur le revenu", round(g * 0.9825, 2), 6.80, None),
        ("CSG/CRDS non déductible de l'impôt sur le revenu", round(g * 0.9825, 2), 2.90, None),
    ]
    out = []
    tot_sal = 0.0
    tot_emp = 0.0
    for label, base, rs, re_ in rows:
        if base is None and rs is None and re_ is None:
            out.append((label, "", "", "", "", ""))
            continue
        if base is None:
            ms, me = rs or 0.0, re_ or 0.0
            out.append((label, "", "", money(ms) if rs else "", "", money(me) if re_ else ""))
        else:
            ms = round(base * (rs or 0) / 100, 2)
            me = round(base * (re_ or 0) / 100, 2)
            out.append(
                (
                    label,
                    money(base),
                    f"{rs:.2f}".replace(".", ",") if rs else "",
                    money(ms) if rs else "",
                    f"{re_:.2f}".replace(".", ",") if re_ else "",
                    money(me) if re_ else "",
                )
            )
        tot_sal += ms
        tot_emp += me
    return out, round(tot_sal, 2), round(tot_emp, 2)


def payslip(
    er: Employer, job: Job, year: int, month: int, style: int = 0, pas_rate: float = 4.2
) -> Doc:
    start = dt.date(year, month, 1)
    end = month_end(year, month)
    pay_day = end
    rows, tot_sal, tot_emp = _lines(job.gross)
    net_avant = round(job.gross - tot_sal, 2)
    imposable = round(net_avant + job.gross * 0.9825 * 0.029, 2)
    pas = round(imposable * pas_rate / 100, 2)
    net = round(net_avant - pas, 2)
    net_social = round(net_avant + 12.4, 2)
    period_label = f"{MOIS[month - 1].capitalize()} {year}"
    F = ["Arial", "Roboto", "DejaVuMono"][style % 3]
    FB = ["Arial-B", "Roboto-B", "DejaVuMono-B"][style % 3]
    accent = [(70, 70, 70), (98, 70, 230), (0, 0, 0)][style % 3]

    def draw(p: Pg):
        if style % 3 == 1:
            p.rect(0, 0, 210, 30, lw=0, stroke=None, fill=(245, 243, 255))
            p.t(14, 14, "BULLETIN DE PAIE", FB, 14, accent)
            p.t(14, 20, f"Période du {fr(start)} au {fr(end)}", F, 8.5)
            p.t(14, 25, f"Paiement le {fr(pay_day)} par virement", F, 8.5)
        else:
            p.t(105, 14, "BULLETIN DE PAIE", FB, 13, accent, align="c")
            p.t(
                105,
                19.5,
                f"Période : {period_label} — du {fr(start)} au {fr(end)}",
                F,
                8.5,
                align="c",
            )
            p.t(105, 24, f"Date de paiement : {fr(pay_day)}", F, 8, align="c")
        y0 = 34
        p.rect(14, y0, 88, 38, lw=0.4, stroke=(120, 120, 120))
        p.t(17, y0 + 5, er.name, FB, 9.5)
        yy = y0 + 9.5
        for ln in er.address:
            p.t(17, yy, ln, F, 8)
            yy += 3.7
        p.t(17, yy + 1, f"SIRET : {fmt_siret(er.siret)}", F, 7.5)
        p.t(17, yy + 4.7, f"Code APE/NAF : {er.ape}", F, 7.5)
        p.t(17, yy + 8.4, f"URSSAF : {er.urssaf}", F, 7.5)
        p.rect(108, y0, 90, 38, lw=0.4, stroke=(120, 120, 120))
        p.t(111, y0 + 5, job.employee, FB, 9.5)
        yy = y0 + 9.5
        for ln in job.address:
            p.t(111, yy, ln, F, 8)
            yy += 3.7
        p.t(111, yy + 1, f"N° de sécurité sociale : {job.nir or 'en cours d’attribution'}", F, 7.2)
        p.t(111, yy + 4.7, f"Matricule : {job.matricule}", F, 7.2)
        y = y0 + 42
        p.t(14, y, f"Emploi : {job.title}", F, 8)
        p.t(84, y, f"Statut : {job.status}", F, 8)
        p.t(134, y, f"Entrée le : {fr(job.start)}", F, 8)
        p.t(14, y + 4, f"Convention collective : {er.convention}", F, 7.5)
        p.t(14, y + 8, f"Contrat : {job.contract} — temps plein — 151,67 heures mensuelles", F, 7.5)
        y += 13
        hdr = [
            "Éléments de paie",
            "Base",
            "Taux sal.",
            "Part salarié",
            "Taux pat.",
            "Part employeur",
        ]
        widths = [74, 24, 17, 24, 17, 28]
        first = [
            (
                "Salaire de base",
                "151,67",
                money(round(job.gross / 151.67, 4)),
                money(job.gross),
                "",
                "",
            ),
            ("SALAIRE BRUT", "", "", money(job.gross), "", ""),
        ]
        body = [list(r) for r in first] + [list(r) for r in rows]
        body.append(
            ["TOTAL DES COTISATIONS ET CONTRIBUTIONS", "", "", money(tot_sal), "", money(tot_emp)]
        )
        y = p.table(
            14,
            y,
            widths,
            body,
            F,
            7,
            4.6,
            head=hdr,
            head_font=FB,
            head_fill=(230, 230, 230) if style % 3 != 1 else (235, 230, 255),
            aligns=["l", "r", "r", "r", "r", "r"],
            gridcol=(170, 170, 170),
        )
        y += 4
        p.rect(14, y, 184, 34, lw=0.5, stroke=(120, 120, 120))
        p.t(17, y + 5.5, "NET À PAYER AVANT IMPÔT SUR LE REVENU", FB, 8.5)
        p.t(195, y + 5.5, money(net_avant), FB, 9, align="r")
        p.t(
            17,
            y + 11,
            "Dont évolution de la rémunération liée à la suppression des cotisations chômage et maladie",
            F,
            6.2,
            (90, 90, 90),
        )
        p.t(
            17,
            y + 16,
            f"Impôt sur le revenu prélevé à la source — taux personnalisé {pas_rate:.1f} % "
            f"sur {money(imposable)}",
            F,
            7.5,
        )
        p.t(195, y + 16, money(pas), F, 8, align="r")
        p.rect(
            15,
            y + 20,
            182,
            8,
            lw=0,
            stroke=None,
            fill=(235, 235, 235) if style % 3 != 1 else (235, 230, 255),
        )
        p.t(17, y + 25.5, "NET PAYÉ EN EUROS", FB, 10)
        p.t(195, y + 25.5, money(net), FB, 11, align="r")
        p.t(17, y + 32, f"Montant net social : {money(net_social)}", F, 7.5)
        y += 40
        p.table(
            14,
            y,
            [46, 46, 46, 46],
            [
                [
                    money(job.gross * month),
                    money(imposable * month),
                    money(round(pas * month, 2)),
                    "25,0 j",
                ]
            ],
            F,
            7,
            4.6,
            head=["Cumul brut", "Cumul net imposable", "Cumul PAS", "Congés acquis"],
            head_font=FB,
            aligns=["c"] * 4,
            head_fill=(245, 245, 245),
            gridcol=(170, 170, 170),
        )
        p.para(
            14,
            278,
            184,
            "Dans votre intérêt et pour vous aider à faire valoir vos droits, conservez ce "
            "bulletin de paie sans limitation de durée. Rubrique dédiée au bulletin de paie sur le portail "
            "www.service-public.fr.",
            F,
            6.5,
            2.9,
            (90, 90, 90),
        )

    fields = {
        "employer": er.name,
        "employee_name": job.employee_truth,
        "period": f"{year}-{month:02d}",
    }
    return Doc("payslip", fields, [Page(draw)])


def contract(
    er: Employer, job: Job, signed_on: dt.date, sign: bool = True, style: int = 0, civ: str = "Mme"
) -> Doc:
    rng = rng_for("contract", er.name, job.employee)
    F = ["Times", "Caladea", "Arial"][style % 3]
    FB = ["Times-B", "Caladea-B", "Arial-B"][style % 3]
    cdd = job.contract == "CDD"
    title = (
        "CONTRAT DE TRAVAIL À DURÉE DÉTERMINÉE"
        if cdd
        else "CONTRAT DE TRAVAIL À DURÉE INDÉTERMINÉE"
    )
    sig_er = signature(er.signatory, rng, ink="black")
    sig_em = signature(job.employee_truth, rng, ink="blue")
    born = ""
    if job.dob:
        born = f", né{'e' if civ == 'Mme' else ''} le {fr(job.dob)} à {job.pob}"
    nat = f", de nationalité {job.nationality}" if job.nationality else ""
    salarie = "la Salariée" if civ == "Mme" else "le Salarié"
    arts = [
        (
            "Article 1 — Engagement",
            f"{er.name} engage {civ} {job.employee_truth} à compter du {fr_long(job.start)}"
            + (f" jusqu'au {fr_long(job.end)}" if cdd and job.end else "")
            + ", sous réserve des résultats de la visite d'information et de prévention. "
            + (
                "Le présent contrat est conclu pour faire face à un accroissement temporaire d'activité "
                "(article L. 1242-2 2° du code du travail)."
                if cdd
                else "Le présent contrat est conclu pour une durée indéterminée."
            ),
        ),
        (
            "Article 2 — Fonctions",
            f"{civ} {job.employee_truth} exercera les fonctions de {job.title}, statut {job.status.lower()}, "
            f"conformément à la classification de la convention collective {er.convention}. Ces fonctions "
            "pourront évoluer en fonction des nécessités de l'organisation.",
        ),
        (
            "Article 3 — Période d'essai",
            (
                "Le présent contrat comporte une période d'essai d'un mois."
                if cdd
                else "Le présent contrat ne deviendra définitif qu'à l'issue d'une période d'essai de trois mois, "
                "renouvelable une fois dans les conditions prévues par la convention collective."
            ),
        ),
        (
            "Article 4 — Durée du travail",
            f"{salarie.capitalize()} est soumis{'e' if civ == 'Mme' else ''} à la durée légale du travail de 35 heures "
            "hebdomadaires, soit 151,67 heures mensuelles.",
        ),
        (
            "Article 5 — Rémunération",
            f"En contrepartie de son travail, {salarie} percevra une rémunération mensuelle brute de "
            f"{money(job.gross)} euros, versée à la fin de chaque mois.",
        ),
        (
            "Article 6 — Lieu de travail",
            f"{salarie.capitalize()} exercera ses fonctions à {er.address[-1].split(' ', 1)[-1].title()}. "
            "Ce lieu pourra être modifié dans le même secteur géographique.",
        ),
        (
            "Article 7 — Congés payés",
            f"{salarie.capitalize()} bénéficiera des congés payés prévus par la loi, soit deux jours et demi "
            "ouvrables par mois de travail effectif.",
        ),
        (
            "Article 8 — Protection sociale",
            f"{salarie.capitalize()} sera affilié{'e' if civ == 'Mme' else ''} au régime général de la sécurité sociale, au régime de "
            "retraite complémentaire AGIRC-ARRCO et aux régimes de prévoyance et de frais de santé en vigueur "
            "dans l'entreprise.",
        ),
        (
            "Article 9 — Convention collective",
            f"Le présent contrat est régi par la convention collective nationale {er.convention}, dont un "
            "exemplaire est tenu à disposition du personnel.",
        ),
    ]

    def header(p: Pg, first: bool):
        p.t(14, 14, er.name, FB, 10)
        p.t(
            14,
            18.5,
            f"{er.form} au capital de {er.capital} — RCS {er.rcs_city} {er.siret[:9]}",
            F,
            7.5,
            (80, 80, 80),
        )
        p.t(14, 22, " — ".join(er.address), F, 7.5, (80, 80, 80))
        p.line(14, 25, 196, 25, 0.4, (120, 120, 120))

    def page1(p: Pg):
        header(p, True)
        p.t(105, 38, title, FB, 13, align="c")
        y = 50
        p.t(14, y, "Entre les soussignés :", FB, 10)
        y = p.para(
            14,
            y + 6,
            182,
            f"La société {er.name}, {er.form} au capital de {er.capital}, immatriculée au registre du "
            f"commerce et des sociétés de {er.rcs_city} sous le numéro {er.siret[:9]}, SIRET "
            f"{fmt_siret(er.siret)}, dont le siège social est situé {', '.join(er.address)}, représentée "
            f"par {er.signatory}, agissant en qualité de {er.signatory_role},",
            F,
            10,
            4.8,
            justify=True,
        )
        y = p.para(14, y + 1, 182, "ci-après dénommée « l'Employeur », d'une part,", F, 10, 4.8)
        p.t(14, y + 3, "Et", FB, 10)
        y = p.para(
            14,
            y + 9,
            182,
            f"{civ} {job.employee_truth}{born}{nat}, demeurant {', '.join(job.address)},",
            F,
            10,
            4.8,
            justify=True,
        )
        y = p.para(
            14,
            y + 1,
            182,
            f"ci-après dénommé{'e' if civ == 'Mme' else ''} « {salarie.split(' ')[1].capitalize()} », d'autre part,",
            F,
            10,
            4.8,
        )
        p.t(14, y + 4, "Il a été convenu et arrêté ce qui suit :", FB, 10)
        y += 12
        for head, body in arts[:4]:
            p.t(14, y, head, FB, 10)
            y = p.para(14, y + 5.5, 182, body, F, 10, 4.8, justify=True) + 3
        p.t(105, 288, "1/2", F, 8, align="c")
        p.t(190, 286, "Paraphes :", F, 7, (90, 90, 90), align="r")

    def page2(p: Pg):
        header(p, False)
        y = 36
        for head, body in arts[4:]:
            p.t(14, y, head, FB, 10)
            y = p.para(14, y + 5.5, 182, body, F, 10, 4.8, justify=True) + 3
        y += 4
        p.t(14, y, f"Fait en deux exemplaires originaux, à {er.city}, le {fr(signed_on)}.", F, 10)
        y += 12
        p.t(14, y, "Pour l'Employeur", FB, 10)
        p.t(14, y + 5, er.signatory, F, 9.5)
        p.t(14, y + 9.5, er.signatory_role, F, 8.5, (80, 80, 80))
        p.t(118, y, salarie.capitalize().replace("La ", "La ").replace("Le ", "Le "), FB, 10)
        p.t(118, y + 5, "précédé de la mention « lu et approuvé »", F, 8, (80, 80, 80))
        if sign:
            p.img(sig_er, 16, y + 12, w=44)
            p.hand(120, y + 16, "Lu et approuvé", rng, font="dancing", size=5, ink="blue")
            p.img(sig_em, 120, y + 19, w=44)
        p.t(105, 288, "2/2", F, 8, align="c")

    fields = {
        "employer": er.name,
        "employee_name": job.employee_truth,
        "contract_type": job.contract,
        "start_date": job.start.isoformat(),
    }
    return Doc("employment_contract", fields, [Page(page1), Page(page2)])
