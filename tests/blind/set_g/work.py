"""Employment papers: 'bulletin de paie clarifié' (3 software styles) and CDI/CDD contracts."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import checks as C
from core import Page
from hand import INK_BLUE, hand, signature
from model import Addr, Doc

GREY = (95, 95, 95)


@dataclass
class Employer:
    name: str
    form: str  # SAS, SARL...
    addr: Addr
    siren: str
    siret: str
    naf: str
    urssaf: str
    convention: str
    rep: str  # representative
    rep_title: str
    capital: str = "10 000"
    rcs: str = "Lyon"


def make_employer(
    name,
    form,
    addr,
    siren8,
    nic4,
    naf,
    urssaf,
    convention,
    rep,
    rep_title,
    capital="10 000",
    rcs="Lyon",
) -> Employer:
    siren, siret = C.siret_make(siren8, nic4)
    return Employer(
        name, form, addr, siren, siret, naf, urssaf, convention, rep, rep_title, capital, rcs
    )


def payroll(gross: float, pas_rate: float = 0.042):
    pmss = 4005.0
    T1 = min(gross, pmss)
    csg_base = round(gross * 0.9825, 2)
    lines = [
        ("SANTÉ", None, None, None, None),
        (
            "Sécurité sociale - Maladie Maternité Invalidité Décès",
            gross,
            None,
            0.0,
            round(gross * 0.07, 2),
        ),
        (
            "Complémentaire Incapacité Invalidité Décès",
            T1,
            0.45,
            round(T1 * 0.0045, 2),
            round(T1 * 0.0075, 2),
        ),
        ("Complémentaire Santé", None, None, 36.40, 36.40),
        (
            "ACCIDENTS DU TRAVAIL - MALADIES PROFESSIONNELLES",
            gross,
            None,
            0.0,
            round(gross * 0.0121, 2),
        ),
        ("RETRAITE", None, None, None, None),
        ("Sécurité sociale plafonnée", T1, 6.90, round(T1 * 0.069, 2), round(T1 * 0.0855, 2)),
        (
            "Sécurité sociale déplafonnée",
            gross,
            0.40,
            round(gross * 0.004, 2),
            round(gross * 0.0202, 2),
        ),
        ("Complémentaire Tranche 1", T1, 4.01, round(T1 * 0.0401, 2), round(T1 * 0.0601, 2)),
        ("FAMILLE", gross, None, 0.0, round(gross * 0.0345, 2)),
        ("ASSURANCE CHÔMAGE", gross, None, 0.0, round(gross * 0.0405, 2)),
        ("AUTRES CONTRIBUTIONS DUES PAR L'EMPLOYEUR", None, None, 0.0, round(gross * 0.021, 2)),
        (
            "CSG déductible de l'impôt sur le revenu",
            csg_base,
            6.80,
            round(csg_base * 0.068, 2),
            None,
        ),
        (
            "CSG/CRDS non déductible de l'impôt sur le revenu",
            csg_base,
            2.90,
            round(csg_base * 0.029, 2),
            None,
        ),
    ]
    sal = round(sum(l[3] or 0 for l in lines), 2)
    emp = round(sum(l[4] or 0 for l in lines), 2)
    net_before = round(gross - sal, 2)
    csgnd = lines[-1][3]
    imposable = round(net_before + csgnd + 18.20, 2)
    tax = round(imposable * pas_rate, 2)
    net = round(net_before - tax, 2)
    net_social = round(net_before + 12.10, 2)
    return dict(
        lines=lines,
        sal=sal,
        emp=emp,
        net_before=net_before,
        imposable=imposable,
        tax=tax,
        net=net,
        net_social=net_social,
        rate=pas_rate,
    )


def payslip(
    er: Employer,
    employee: str,
    emp_addr: Addr,
    job: str,
    status: str,
    start_job: dt.date,
    period: dt.date,
    gross: float,
    matricule: str,
    nir: str | None,
    style: str = "silae",
    seed: int = 0,
    notes="",
) -> Doc:
    y0, m0 = period.year, period.month
    p_start, p_end = dt.date(y0, m0, 1), C.month_end(y0, m0)
    pay_day = p_end
    P = payroll(gross)
    if style == "payfit":
        pg = _payslip_modern(
            er,
            employee,
            emp_addr,
            job,
            status,
            start_job,
            p_start,
            p_end,
            pay_day,
            gross,
            P,
            matricule,
            nir,
        )
    elif style == "sage":
        pg = _payslip_grid(
            er,
            employee,
            emp_addr,
            job,
            status,
            start_job,
            p_start,
            p_end,
            pay_day,
            gross,
            P,
            matricule,
            nir,
        )
    else:
        pg = _payslip_classic(
            er,
            employee,
            emp_addr,
            job,
            status,
            start_job,
            p_start,
            p_end,
            pay_day,
            gross,
            P,
            matricule,
            nir,
        )
    f = dict(
        employer=er.name,
        employee_name=employee,
        period=f"{y0}-{m0:02d}",
        net_pay=P["net"],
        siret=er.siret,
    )
    return Doc("payslip", f, [pg], notes)


def _payslip_classic(
    er, employee, ea, job, status, start_job, ps, pe, pay, gross, P, matricule, nir
):
    pg = Page()
    f = "sans"
    pg.rect(12, 10, 95, 36, stroke=(0, 0, 0), lw=0.3)
    pg.text(15, 16, f"{er.name}", f + ":b", 10)
    for i, ln in enumerate(er.addr.lines()):
        pg.text(15, 21 + i * 4, ln, f, 8)
    pg.text(15, 34, f"SIRET : {C.fmt_siret(er.siret)}     Code NAF : {er.naf}", f, 7.5)
    pg.text(15, 38, f"URSSAF : {er.urssaf}", f, 7.5)
    pg.text(15, 42, f"Convention collective : {er.convention}", f, 7.2)
    pg.rect(112, 10, 86, 16, stroke=None, fill=(225, 225, 225))
    pg.text(155, 17, "BULLETIN DE PAIE", f + ":b", 12, anchor="c")
    pg.text(155, 23, f"Période du {C.fr(ps)} au {C.fr(pe)}", f, 8.5, anchor="c")
    pg.text(115, 32, f"Paiement le {C.fr(pay)} par virement", f, 8)
    pg.text(115, 37, f"{employee.upper()}", f + ":b", 10)
    for i, ln in enumerate(ea.lines()):
        pg.text(115, 42 + i * 4.3, ln.upper(), f, 9)
    y = 54
    pg.rect(12, y, 186, 16, stroke=(0, 0, 0), lw=0.2)
    cells = [
        ("Matricule", matricule),
        ("N° Sécurité sociale", C.fmt_nir(nir) if nir else "en cours d'attribution"),
        ("Emploi", job),
        ("Statut", status),
        ("Entrée le", C.fr(start_job)),
        ("Coefficient", "250"),
    ]
    x = 14
    ws = [22, 42, 46, 26, 24, 22]
    for (lab, val), w in zip(cells, ws):
        pg.text(x, y + 5, lab, f, 6.8, GREY)
        pg.fit_text(x, y + 11.5, val, f + ":b", 8, w - 2)
        x += w
    y = 76
    hdr = ["Éléments de paie", "Base", "Taux", "À déduire", "Part employeur"]
    xs = [14, 112, 135, 162, 196]
    pg.rect(12, y - 5, 186, 7, stroke=None, fill=(50, 50, 50))
    for i, h in enumerate(hdr):
        pg.text(xs[i], y, h, f + ":b", 8, (255, 255, 255), "l" if i == 0 else "r")
    y += 7
    hours_rate = round(gross / 151.67, 4)
    pg.text(14, y, "Salaire de base", f, 8.5)
    pg.text(112, y, "151,67", f, 8.5, anchor="r")
    pg.text(135, y, C.money(hours_rate).replace(" ", ""), f, 8.5, anchor="r")
    pg.text(196, y, "", f, 8.5, anchor="r")
    pg.text(162, y, "", f, 8.5, anchor="r")
    y += 5.5
    pg.text(14, y, "SALAIRE BRUT", f + ":b", 9)
    pg.text(162, y, C.money(gross), f + ":b", 9, anchor="r")
    y += 7
    for lab, base, rate, s, e in P["lines"]:
        if base is None and rate is None and s is None:
            pg.text(14, y, lab, f + ":b", 8.2)
            y += 5
            continue
        pg.fit_text(
            18 if lab[0].islower() or lab.startswith(("Sécurité", "Complémentaire", "CSG")) else 14,
            y,
            lab,
            f,
            8,
            92,
        )
        if base is not None:
            pg.text(112, y, C.money(base), f, 8, anchor="r")
        if rate is not None:
            pg.text(135, y, f"{rate:.2f}".replace(".", ","), f, 8, anchor="r")
        if s:
            pg.text(162, y, C.money(s), f, 8, anchor="r")
        if e:
            pg.text(196, y, C.money(e), f, 8, anchor="r")
        y += 5
    y += 2
    pg.line(12, y - 3, 198, y - 3, (0, 0, 0), 0.3)
    pg.text(14, y + 1, "TOTAL DES COTISATIONS ET CONTRIBUTIONS", f + ":b", 8.5)
    pg.text(162, y + 1, C.money(P["sal"]), f + ":b", 8.5, anchor="r")
    pg.text(196, y + 1, C.money(P["emp"]), f + ":b", 8.5, anchor="r")
    y += 9
    pg.rect(12, y - 5, 186, 8, stroke=None, fill=(235, 235, 235))
    pg.text(14, y, "NET À PAYER AVANT IMPÔT SUR LE REVENU", f + ":b", 9.5)
    pg.text(162, y, C.money(P["net_before"]), f + ":b", 9.5, anchor="r")
    y += 8
    pg.text(14, y, "Impôt sur le revenu prélevé à la source - Taux personnalisé", f, 8.5)
    pg.text(112, y, C.money(P["imposable"]), f, 8.5, anchor="r")
    pg.text(135, y, f"{P['rate'] * 100:.2f}".replace(".", ","), f, 8.5, anchor="r")
    pg.text(162, y, C.money(P["tax"]), f, 8.5, anchor="r")
    y += 9
    pg.rect(112, y - 5.5, 86, 9, stroke=(0, 0, 0), lw=0.5)
    pg.text(115, y, "NET PAYÉ", f + ":b", 11)
    pg.text(196, y, C.money(P["net"]) + " €", f + ":b", 11, anchor="r")
    pg.text(14, y, f"Montant net social : {C.money(P['net_social'])} €", f + ":b", 9)
    y += 10
    pg.text(
        14,
        y,
        f"Net imposable : {C.money(P['imposable'])} €     Coût total employeur : "
        f"{C.money(gross + P['emp'])} €",
        f,
        8,
    )
    y += 8
    pg.text(
        14,
        y,
        "Congés payés  N-1 acquis : 25,00  pris : 5,00  solde : 20,00     N acquis : 17,50",
        f,
        8,
    )
    pg.para(
        14,
        276,
        182,
        "Dans votre intérêt et pour vous aider à faire valoir vos droits, conservez ce bulletin de paie "
        "sans limitation de durée. Rubrique dédiée au bulletin de paie sur le portail "
        "www.service-public.fr.",
        f,
        7,
        color=GREY,
    )
    return pg


def _payslip_modern(
    er, employee, ea, job, status, start_job, ps, pe, pay, gross, P, matricule, nir
):
    pg = Page()
    f = "lato"
    accent = (60, 70, 200)
    pg.text(15, 20, er.name, f + ":b", 14, accent)
    pg.text(15, 26, er.addr.one(), f, 8.5, GREY)
    pg.text(15, 30.5, f"SIRET {er.siret}  ·  APE {er.naf}  ·  {er.convention}", f, 7.5, GREY)
    pg.text(195, 20, "Bulletin de paie", f + ":b", 14, anchor="r")
    pg.text(195, 26, f"{C.MOIS[ps.month - 1].capitalize()} {ps.year}", f, 11, anchor="r")
    pg.text(195, 31, f"du {C.fr(ps)} au {C.fr(pe)}", f, 8.5, GREY, "r")
    pg.rect(15, 38, 88, 38, stroke=None, fill=(244, 245, 252))
    pg.text(19, 45, "Salarié", f + ":b", 9, accent)
    pg.text(19, 51, employee, f + ":b", 10.5)
    for i, ln in enumerate(ea.lines()):
        pg.text(19, 56 + i * 4.5, ln, f, 8.5)
    pg.text(19, 72, f"N° SS : {C.fmt_nir(nir) if nir else 'en cours'}", f, 8)
    pg.rect(107, 38, 88, 38, stroke=None, fill=(244, 245, 252))
    pg.text(111, 45, "Emploi", f + ":b", 9, accent)
    for i, (a, b) in enumerate(
        (
            ("Poste", job),
            ("Statut", status),
            ("Contrat", "CDI - temps plein"),
            ("Date d'entrée", C.fr(start_job)),
            ("Matricule", matricule),
        )
    ):
        pg.text(111, 51 + i * 5, a, f, 8.5, GREY)
        pg.fit_text(140, 51 + i * 5, b, f + ":b", 8.5, 53)
    y = 86
    for i, (lab, v) in enumerate(
        (
            ("Salaire brut", gross),
            ("Net à payer avant impôt", P["net_before"]),
            ("Net payé", P["net"]),
        )
    ):
        x = 15 + i * 61
        pg.rect(x, y, 58, 18, stroke=accent if i == 2 else (200, 200, 220), lw=0.5)
        pg.text(x + 4, y + 7, lab, f, 8.5, GREY)
        pg.text(x + 4, y + 14, C.money(v) + " €", f + ":b", 12, accent if i == 2 else (20, 20, 20))
    y = 116
    pg.text(15, y, "Détail des cotisations", f + ":b", 10.5)
    y += 7
    for h, x, a in (
        ("Rubrique", 15, "l"),
        ("Base", 130, "r"),
        ("Salarié", 163, "r"),
        ("Employeur", 195, "r"),
    ):
        pg.text(x, y, h, f + ":b", 8, GREY, a)
    y += 5
    pg.text(15, y, "Salaire de base (151,67 h)", f, 8.5)
    pg.text(163, y, "+ " + C.money(gross), f, 8.5, anchor="r")
    y += 6
    for lab, base, rate, s, e in P["lines"]:
        if base is None and rate is None and s is None:
            continue
        pg.fit_text(15, y, lab, f, 8.2, 100)
        if base is not None:
            pg.text(130, y, C.money(base), f, 8.2, anchor="r")
        pg.text(163, y, ("- " + C.money(s)) if s else "", f, 8.2, anchor="r")
        pg.text(195, y, C.money(e) if e else "", f, 8.2, GREY, "r")
        pg.line(15, y + 1.8, 195, y + 1.8, (232, 232, 240), 0.2)
        y += 5.6
    y += 4
    pg.text(
        15, y, f"Impôt sur le revenu prélevé à la source (taux {P['rate'] * 100:.1f} %)", f, 8.5
    )
    pg.text(163, y, "- " + C.money(P["tax"]), f, 8.5, anchor="r")
    y += 8
    pg.text(15, y, f"Montant net social : {C.money(P['net_social'])} €", f + ":b", 9)
    pg.text(195, y, f"Versé le {C.fr(pay)} par virement", f, 8.5, anchor="r")
    pg.para(
        15,
        280,
        180,
        "Dans votre intérêt et pour vous aider à faire valoir vos droits, conservez ce bulletin de paie "
        "sans limitation de durée.",
        f,
        7,
        color=GREY,
    )
    return pg


def _payslip_grid(er, employee, ea, job, status, start_job, ps, pe, pay, gross, P, matricule, nir):
    pg = Page()
    f = "mono"
    pg.rect(10, 10, 190, 277, stroke=(0, 0, 0), lw=0.4)
    pg.text(14, 17, "BULLETIN DE SALAIRE", f + ":b", 12)
    pg.text(196, 17, f"Du {C.fr(ps)} au {C.fr(pe)}", f, 8.5, anchor="r")
    pg.line(10, 20, 200, 20, (0, 0, 0), 0.3)
    pg.text(14, 26, er.name.upper(), f + ":b", 9)
    for i, ln in enumerate(er.addr.lines()):
        pg.text(14, 30.5 + i * 4, ln.upper(), f, 8)
    pg.text(14, 44, f"Siret: {er.siret}  Ape: {er.naf}", f, 7.5)
    pg.text(14, 48, f"Urssaf: {er.urssaf}", f, 7.5)
    pg.text(110, 26, f"Matricule: {matricule}", f, 8)
    pg.text(110, 31, employee.upper(), f + ":b", 9)
    for i, ln in enumerate(ea.lines()):
        pg.text(110, 35.5 + i * 4, ln.upper(), f, 8)
    pg.text(110, 48, f"N.S.S.: {nir if nir else 'EN COURS'}", f, 7.5)
    pg.line(10, 52, 200, 52, (0, 0, 0), 0.3)
    pg.text(
        14,
        57,
        f"Emploi: {job.upper()}   Qualif: {status.upper()}   Entrée: {C.fr(start_job)}",
        f,
        7.5,
    )
    pg.text(14, 61.5, f"Convention: {er.convention.upper()[:60]}", f, 7.5)
    pg.line(10, 64, 200, 64, (0, 0, 0), 0.3)
    y = 70
    for h, x, a in (
        ("DESIGNATION", 14, "l"),
        ("NOMBRE/BASE", 118, "r"),
        ("TAUX", 138, "r"),
        ("GAIN", 163, "r"),
        ("RETENUE", 196, "r"),
    ):
        pg.text(x, y, h, f + ":b", 7.5, anchor=a)
    pg.line(10, y + 2, 200, y + 2, (0, 0, 0), 0.3)
    y += 7
    pg.text(14, y, "SALAIRE DE BASE", f, 7.8)
    pg.text(118, y, "151.67", f, 7.8, anchor="r")
    pg.text(138, y, f"{gross / 151.67:.4f}", f, 7.8, anchor="r")
    pg.text(163, y, f"{gross:.2f}", f, 7.8, anchor="r")
    y += 5
    pg.text(14, y, "TOTAL BRUT", f + ":b", 7.8)
    pg.text(163, y, f"{gross:.2f}", f + ":b", 7.8, anchor="r")
    y += 7
    for lab, base, rate, s, e in P["lines"]:
        if base is None and rate is None and s is None:
            pg.text(14, y, lab.upper()[:44], f + ":b", 7.2)
            y += 4.5
            continue
        if not s:
            continue
        pg.text(16, y, lab.upper()[:42], f, 7.2)
        if base is not None:
            pg.text(118, y, f"{base:.2f}", f, 7.2, anchor="r")
        if rate is not None:
            pg.text(138, y, f"{rate:.3f}", f, 7.2, anchor="r")
        pg.text(196, y, f"{s:.2f}", f, 7.2, anchor="r")
        y += 4.5
    pg.line(10, y, 200, y, (0, 0, 0), 0.3)
    y += 6
    pg.text(14, y, "TOTAL RETENUES", f + ":b", 7.8)
    pg.text(196, y, f"{P['sal']:.2f}", f + ":b", 7.8, anchor="r")
    y += 6
    pg.text(14, y, "NET A PAYER AVANT IMPOT SUR LE REVENU", f + ":b", 8)
    pg.text(196, y, f"{P['net_before']:.2f}", f + ":b", 8, anchor="r")
    y += 5
    pg.text(
        14,
        y,
        f"IMPOT PRELEVE A LA SOURCE  BASE {P['imposable']:.2f}  TAUX {P['rate'] * 100:.2f}",
        f,
        7.5,
    )
    pg.text(196, y, f"{P['tax']:.2f}", f, 7.5, anchor="r")
    y += 8
    pg.rect(120, y - 5, 78, 9, stroke=(0, 0, 0), lw=0.5)
    pg.text(123, y + 1, "NET PAYE EN EUROS", f + ":b", 9)
    pg.text(196, y + 1, f"{P['net']:.2f}", f + ":b", 9, anchor="r")
    pg.text(14, y + 1, f"MONTANT NET SOCIAL {P['net_social']:.2f}", f, 7.5)
    y += 10
    pg.text(14, y, f"PAIEMENT LE {C.fr(pay)} PAR VIREMENT", f, 7.5)
    pg.para(
        14,
        278,
        182,
        "DANS VOTRE INTERET ET POUR VOUS AIDER A FAIRE VALOIR VOS DROITS, CONSERVEZ CE BULLETIN DE PAIE "
        "SANS LIMITATION DE DUREE.",
        f,
        6.5,
    )
    return pg


# --------------------------------------------------------------- contract ---
def contract(
    er: Employer,
    employee: str,
    civ: str,
    dob: dt.date,
    pob: str,
    nationality: str,
    emp_addr: Addr,
    kind: str,
    job: str,
    start: dt.date,
    gross: float,
    signed_on: dt.date,
    end: dt.date | None = None,
    seed: int = 0,
    font: str = "serif",
    nir: str | None = None,
    reason: str = "",
) -> Doc:
    """Contrat de travail à durée (in)déterminée; 3 pages."""
    b = font + ":b"
    pages = []

    def new(n, total=3):
        pg = Page()
        pg.text(105, 290, f"{n}/{total}", font, 8, GREY, "c")
        pg.text(195, 290, "Paraphes : ____  ____", font, 7.5, GREY, "r")
        pages.append(pg)
        return pg

    pg = new(1)
    pg.text(15, 15, er.name, "sans:b", 10, (30, 60, 110))
    pg.text(15, 19.5, er.addr.one(), "sans", 7.5, GREY)
    title = (
        "CONTRAT DE TRAVAIL À DURÉE INDÉTERMINÉE"
        if kind == "CDI"
        else "CONTRAT DE TRAVAIL À DURÉE DÉTERMINÉE"
    )
    pg.text(105, 35, title, b, 13.5, anchor="c")
    y = 50
    pg.text(15, y, "ENTRE LES SOUSSIGNÉS :", b, 10)
    y = pg.para(
        15,
        y + 7,
        180,
        f"La société {er.name}, {er.form} au capital de {er.capital} euros, immatriculée au "
        f"Registre du commerce et des sociétés de {er.rcs} sous le numéro {C.fmt_siren(er.siren)}, "
        f"dont le siège social est situé {er.addr.one()}, N° SIRET {C.fmt_siret(er.siret)}, code "
        f"NAF {er.naf}, cotisant à l'URSSAF {er.urssaf}, représentée par {er.rep}, en sa qualité "
        f"de {er.rep_title}, dûment habilité(e) à l'effet des présentes,",
        font,
        10,
        leading=5.2,
    )
    y = pg.para(15, y + 1, 180, "ci-après dénommée « l'Employeur », d'une part,", font + ":i", 10)
    pg.text(15, y + 4, "ET :", b, 10)
    nir_txt = (
        f", immatriculé(e) à la Sécurité sociale sous le n° {C.fmt_nir(nir)}"
        if nir
        else ", en cours d'immatriculation à la Sécurité sociale"
    )
    y = pg.para(
        15,
        y + 10,
        180,
        f"{civ} {employee}, né(e) le {C.fr(dob)} à {pob}, de nationalité {nationality}, "
        f"demeurant {emp_addr.one()}{nir_txt},",
        font,
        10,
        leading=5.2,
    )
    y = pg.para(
        15, y + 1, 180, "ci-après dénommé(e) « le Salarié », d'autre part,", font + ":i", 10
    )
    y = pg.para(15, y + 4, 180, "IL A ÉTÉ CONVENU ET ARRÊTÉ CE QUI SUIT :", b, 10)
    arts = [
        (
            "Article 1 - Engagement",
            f"Sous réserve des résultats de la visite d'information et de prévention, le Salarié est engagé par "
            f"l'Employeur à compter du {C.fr_long(start)} "
            + (
                "pour une durée indéterminée."
                if kind == "CDI"
                else f"pour une durée déterminée prenant fin le {C.fr_long(end)}, motif du recours : {reason}."
            )
            + " La déclaration préalable à l'embauche a été effectuée auprès de l'URSSAF.",
        ),
        (
            "Article 2 - Période d'essai",
            "Le présent contrat ne deviendra définitif qu'à l'issue d'une période d'essai de "
            + ("quatre mois" if kind == "CDI" else "un mois")
            + " de travail effectif, au cours de laquelle chacune des parties pourra rompre le contrat en respectant le "
            "délai de prévenance prévu aux articles L. 1221-25 et L. 1221-26 du code du travail.",
        ),
        (
            "Article 3 - Fonctions",
            f"Le Salarié exercera les fonctions de {job}. Ces fonctions sont susceptibles d'évoluer en fonction des "
            "besoins de l'entreprise, sans modification de la qualification.",
        ),
    ]
    for t, txt in arts:
        y += 4
        pg.text(15, y, t, b, 10)
        y = pg.para(15, y + 6, 180, txt, font, 10, leading=5.2)
    pg = new(2)
    y = 20
    arts2 = [
        (
            "Article 4 - Convention collective",
            f"Le contrat est régi par la convention collective {er.convention}.",
        ),
        (
            "Article 5 - Rémunération",
            f"En contrepartie de son travail, le Salarié percevra une rémunération mensuelle brute de {C.money(gross)} "
            "euros pour un horaire mensuel de 151,67 heures, versée à la fin de chaque mois.",
        ),
        (
            "Article 6 - Durée du travail",
            "La durée hebdomadaire de travail est fixée à 35 heures, réparties du lundi "
            "au vendredi selon l'horaire collectif affiché dans l'établissement.",
        ),
        (
            "Article 7 - Lieu de travail",
            f"Le Salarié exercera ses fonctions au sein de l'établissement situé "
            f"{er.addr.one()}. Ce lieu pourra être modifié dans le même secteur "
            "géographique.",
        ),
        (
            "Article 8 - Congés payés",
            "Le Salarié bénéficiera des congés payés légaux, soit 2,5 jours ouvrables par "
            "mois de travail effectif.",
        ),
        (
            "Article 9 - Protection sociale",
            "Le Salarié relèvera du régime général de la Sécurité sociale ainsi que "
            "des régimes de retraite complémentaire AGIRC-ARRCO et de prévoyance en "
            "vigueur dans l'entreprise. Il bénéficiera de la complémentaire santé "
            "collective obligatoire.",
        ),
        (
            "Article 10 - Obligations",
            "Le Salarié s'engage à respecter le règlement intérieur, les instructions de "
            "sa hiérarchie et à observer la plus stricte discrétion sur les informations "
            "dont il aurait connaissance dans l'exercice de ses fonctions.",
        ),
    ]
    if kind == "CDD":
        arts2.append(
            (
                "Article 11 - Indemnité de fin de contrat",
                "À l'issue du contrat, le Salarié percevra une indemnité de fin de contrat égale à 10 % de la "
                "rémunération totale brute perçue, sauf cas prévus à l'article L. 1243-10 du code du travail.",
            )
        )
    else:
        arts2.append(
            (
                "Article 11 - Rupture du contrat",
                "Après la période d'essai, le contrat pourra être rompu par l'une ou l'autre des parties dans "
                "les conditions prévues par la loi et la convention collective, sous réserve du préavis.",
            )
        )
    for t, txt in arts2:
        pg.text(15, y, t, b, 10)
        y = pg.para(15, y + 6, 180, txt, font, 10, leading=5.2) + 4
    pg = new(3)
    y = 25
    pg.text(
        15,
        y,
        f"Fait à {er.addr.city}, le {C.fr(signed_on)}, en deux exemplaires originaux.",
        font,
        10,
    )
    y += 18
    pg.text(20, y, "Pour l'Employeur", b, 10)
    pg.text(20, y + 5, f"{er.rep}, {er.rep_title}", font, 9)
    pg.text(120, y, "Le Salarié", b, 10)
    pg.text(120, y + 5, "(mention manuscrite « Lu et approuvé »)", font + ":i", 8.5)
    pg.image(signature(er.rep, seed + 1, 45, 16, INK_BLUE), 20, y + 10, 42, None)
    hand(pg, 120, y + 17, "Lu et approuvé", "h-dancing", 4.8, INK_BLUE, seed + 2)
    pg.image(signature(employee, seed + 3, 45, 16, INK_BLUE), 120, y + 20, 42, None)
    fields = dict(
        employer=er.name,
        employee_name=employee,
        contract_type=kind,
        job_title=job,
        start_date=start.isoformat(),
    )
    return Doc("employment_contract", fields, pages)
