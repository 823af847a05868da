"""Employment documents: "bulletin de paie clarifié" (with the montant net social
line required since July 2023) and employment contracts (CDI / CDD)."""

from dataclasses import dataclass

from common import D, add_days, fmt_siret, fr, fr_long, money, month_bounds, rng
from kit import INK_BLUE


@dataclass
class Employer:
    name: str
    form: str  # "SAS au capital de 40 000 €"
    address: list
    siret: str
    naf: str
    ccn: str  # convention collective
    rep: str  # representative name
    rep_title: str
    city: str
    rcs: str = ""
    color: tuple = (0.15, 0.3, 0.5)


@dataclass
class Payslip:
    emp: Employer
    employee: str  # as printed
    employee_addr: list
    job: str
    status: str
    entry: str
    period: str  # YYYY-MM
    gross: float
    nir: str = "en cours d'immatriculation"
    rate_pas: float = 0.0
    matricule: str = "00042"
    layout: int = 0
    key: str = ""

    def truth(self):
        return {
            "employer": self.emp.name,
            "employee_name": self.employee,
            "period": self.period,
            "net_pay": round(self.net_paid(), 2),
            "siret": self.emp.siret,
        }

    def lines(self):
        g = self.gross
        ss = min(g, 3925.0)
        rows = [
            ("SANTÉ", None, None, None, None),
            ("Sécurité sociale - Maladie Maternité Invalidité Décès", g, None, None, 0.07),
            ("Complémentaire Incapacité Invalidité Décès", ss, 0.0035, 0.0041, None),
            ("Complémentaire santé", None, 28.40, 28.40, None),
            ("ACCIDENTS DU TRAVAIL - MALADIES PROFESSIONNELLES", g, None, None, 0.0122),
            ("RETRAITE", None, None, None, None),
            ("Sécurité sociale plafonnée", ss, 0.069, None, 0.0855),
            ("Sécurité sociale déplafonnée", g, 0.004, None, 0.0211),
            ("Complémentaire Tranche 1", ss, 0.0401, None, 0.0601),
            ("FAMILLE", g, None, None, 0.0345),
            ("ASSURANCE CHÔMAGE", g, None, None, 0.0405),
            ("AUTRES CONTRIBUTIONS DUES PAR L'EMPLOYEUR", g, None, None, 0.0188),
            ("CSG déductible de l'impôt sur le revenu", g * 0.9825, 0.068, None, None),
            ("CSG/CRDS non déductible de l'impôt sur le revenu", g * 0.9825, 0.029, None, None),
            ("EXONÉRATIONS DE COTISATIONS EMPLOYEUR", None, None, None, -0.035),
        ]
        return rows

    def employee_total(self):
        t = 0.0
        for lab, base, rs, fixed, re in self.lines():
            if base is None and rs is not None:
                t += rs / 2
            elif base is not None and rs is not None:
                t += base * rs
        return t

    def net_before_tax(self):
        return self.gross - self.employee_total()

    def net_social(self):
        return self.gross - self.employee_total() + self.gross * 0.9825 * 0.0

    def net_paid(self):
        nbt = self.net_before_tax()
        taxable = nbt + self.gross * 0.9825 * 0.029
        return nbt - round(taxable * self.rate_pas, 2)


def payslip_pages(ps: Payslip):
    e = ps.emp
    y0, m0 = map(int, ps.period.split("-"))
    start, end = month_bounds(y0, m0)
    paid = add_days(end, 0)
    col = e.color
    light = tuple(0.9 + 0.1 * c for c in col)

    def page(p):
        p.rect(10, 10, 190, 277, stroke=(0.5, 0.5, 0.5), lw=0.3)
        p.text(105, 18, "BULLETIN DE PAIE", "Lib-B", 14, col, "c")
        p.text(105, 23.5, f"Période du {fr(start)} au {fr(end)}", "Lib", 9, align="c")
        p.text(105, 28, f"Paiement le {fr(paid)} par virement", "Lib", 8, (0.35, 0.35, 0.35), "c")
        # employer box
        p.rect(12, 32, 92, 35, stroke=(0.6, 0.6, 0.6), lw=0.3)
        p.text(14, 37.5, e.name, "Lib-B", 10)
        for i, ln in enumerate(e.address):
            p.text(14, 42.5 + i * 4.2, ln, "Lib", 8.5)
        p.text(14, 55, f"SIRET : {fmt_siret(e.siret)}", "Lib", 8)
        p.text(14, 58.8, f"Code NAF : {e.naf}", "Lib", 8)
        p.para(14, 62.5, 88, f"Convention collective : {e.ccn}", "Lib", 6.4, leading=2.6)
        # employee box
        p.rect(108, 32, 90, 34, stroke=(0.6, 0.6, 0.6), lw=0.3, fill=light)
        p.text(111, 38, ps.employee, "Lib-B", 10.5)
        for i, ln in enumerate(ps.employee_addr):
            p.text(111, 43.5 + i * 4.5, ln, "Lib", 9)
        p.text(111, 58, f"Matricule : {ps.matricule}", "Lib", 8)
        p.text(111, 62.5, f"N° de sécurité sociale : {ps.nir}", "Lib", 8)
        # job line
        p.rect(12, 69, 186, 10, stroke=(0.6, 0.6, 0.6), lw=0.3)
        for x, k, v in (
            (14, "Emploi", ps.job),
            (74, "Statut", ps.status),
            (114, "Entrée le", fr(ps.entry)),
            (150, "Horaire", "151,67 h / mois"),
        ):
            p.text(x, 72.8, k, "Lib", 6.8, (0.35, 0.35, 0.35))
            p.text(x, 77, v, "Lib-B", 8.2)
        # table
        y = 82
        cols = [
            (14, "Éléments de paie", "l"),
            (128, "Base", "r"),
            (148, "Taux", "r"),
            (176, "Part salarié", "r"),
            (196, "Part employeur", "r"),
        ]
        p.rect(12, y, 186, 7, stroke=None, fill=col)
        for x, t, al in cols:
            p.text(x, y + 5, t, "Lib-B", 7.5, (1, 1, 1), al)
        y += 12
        hourly = ps.gross / 151.67
        p.text(14, y, "Salaire de base", "Lib", 8.3)
        p.text(128, y, "151,67", "Lib", 8.3, align="r")
        p.text(148, y, money(hourly), "Lib", 8.3, align="r")
        p.text(176, y, money(ps.gross), "Lib", 8.3, align="r")
        y += 5.5
        p.text(14, y, "SALAIRE BRUT", "Lib-B", 9)
        p.text(176, y, money(ps.gross), "Lib-B", 9, align="r")
        y += 8
        emp_total = 0.0
        er_total = 0.0
        for lab, base, rs, fixed, re in ps.lines():
            if base is None and rs is None and re is None:
                p.text(14, y, lab, "Lib-B", 8)
                y += 5
                continue
            p.text(
                16 if lab[0].islower() or lab[0] in "CS" else 14,
                y,
                lab,
                "Lib" if not lab.isupper() else "Lib-B",
                7.8,
            )
            if base is not None:
                p.text(128, y, money(base), "Lib", 7.8, align="r")
            if base is None and rs is not None:
                v = rs / 2
                p.text(176, y, money(v), "Lib", 7.8, align="r")
                p.text(196, y, money(fixed / 2 if fixed else 0), "Lib", 7.8, align="r")
                emp_total += v
                er_total += (fixed or 0) / 2
            else:
                if rs is not None:
                    p.text(148, y, f"{rs * 100:.2f}".replace(".", ","), "Lib", 7.8, align="r")
                    p.text(176, y, money(base * rs), "Lib", 7.8, align="r")
                    emp_total += base * rs
                if re is not None:
                    p.text(196, y, money(ps.gross * re), "Lib", 7.8, align="r")
                    er_total += ps.gross * re
            y += 5
        y += 2
        p.rect(12, y - 4, 186, 7, stroke=None, fill=light)
        p.text(14, y + 0.8, "TOTAL DES COTISATIONS ET CONTRIBUTIONS", "Lib-B", 8.3)
        p.text(176, y + 0.8, money(emp_total), "Lib-B", 8.3, align="r")
        p.text(196, y + 0.8, money(er_total), "Lib-B", 8.3, align="r")
        y += 10
        nbt = ps.gross - emp_total
        p.text(14, y, "NET À PAYER AVANT IMPÔT SUR LE REVENU", "Lib-B", 9.5)
        p.text(196, y, money(nbt) + " €", "Lib-B", 9.5, align="r")
        y += 6
        y += 1
        taxable = nbt + ps.gross * 0.9825 * 0.029
        pas = round(taxable * ps.rate_pas, 2)
        p.text(14, y, "Impôt sur le revenu prélevé à la source", "Lib", 8.3)
        p.text(128, y, money(taxable), "Lib", 8, align="r")
        p.text(
            176,
            y,
            f"Taux {'personnalisé' if ps.rate_pas else 'non personnalisé'} "
            f"{ps.rate_pas * 100:.1f} %".replace(".", ","),
            "Lib",
            8,
            align="r",
        )
        p.text(196, y, money(pas), "Lib", 8.3, align="r")
        y += 9
        p.rect(100, y - 5.5, 98, 10, stroke=None, fill=col)
        p.text(104, y + 1, "NET PAYÉ EN EUROS", "Lib-B", 11, (1, 1, 1))
        p.text(194, y + 1, money(nbt - pas) + " €", "Lib-B", 12, (1, 1, 1), "r")
        p.text(14, y + 1, f"Montant net social : {money(nbt + ps.gross * 0.002)} €", "Lib-B", 9)
        y += 14
        p.rect(12, y, 186, 18, stroke=(0.6, 0.6, 0.6), lw=0.3)
        for i, (k, v) in enumerate(
            (
                ("Cumul brut annuel", ps.gross * m0),
                ("Cumul net imposable", taxable * m0),
                ("Heures travaillées", 151.67 * m0),
                ("Congés acquis N", 2.08 * m0),
            )
        ):
            p.text(16 + i * 46, y + 6, k, "Lib", 7.2, (0.35, 0.35, 0.35))
            p.text(16 + i * 46, y + 12, money(v), "Lib-B", 8.5)
        y += 24
        p.text(14, y, f"Coût total employeur : {money(ps.gross + er_total)} €", "Lib", 8)
        p.para(
            12,
            272,
            186,
            "Dans votre intérêt et pour vous aider à faire valoir vos droits, conservez ce "
            "bulletin de paie sans limitation de durée. Rubrique dédiée au bulletin de paie sur le portail "
            "www.service-public.fr",
            "Lib-I",
            7.3,
            color=(0.3, 0.3, 0.3),
            align="c",
        )

    return [page]


@dataclass
class Contract:
    emp: Employer
    employee: str
    employee_sex: str
    born: str
    born_at: str
    nationality: str
    address: str
    kind: str  # CDI | CDD
    job: str
    start: str
    salary: float
    trial: str = "deux mois"
    end: str = None
    reason: str = ""
    signed_on: str = None
    workplace: str = ""
    key: str = ""

    def truth(self):
        return {
            "employer": self.emp.name,
            "employee_name": self.employee,
            "contract_type": self.kind,
            "job_title": self.job,
            "start_date": D(self.start).isoformat(),
        }


def contract_pages(c: Contract):
    e = c.emp
    sal = "la Salariée" if c.employee_sex == "F" else "le Salarié"
    Sal = sal[0].upper() + sal[1:]
    title = (
        "CONTRAT DE TRAVAIL À DURÉE INDÉTERMINÉE"
        if c.kind == "CDI"
        else "CONTRAT DE TRAVAIL À DURÉE DÉTERMINÉE"
    )
    arts = [
        (
            "Article 1 - Engagement",
            f"{Sal} est engagé{'e' if c.employee_sex == 'F' else ''} par la société {e.name} à compter du "
            f"{fr_long(c.start)}"
            + (
                " pour une durée indéterminée."
                if c.kind == "CDI"
                else f" jusqu'au {fr_long(c.end)}, pour le motif suivant : {c.reason}."
            )
            + " Le présent contrat est soumis aux dispositions du code du travail et de la convention collective "
            f"{e.ccn}.",
        ),
        (
            "Article 2 - Fonctions",
            f"{Sal} exercera les fonctions de {c.job}. Ces fonctions pourront évoluer en fonction des nécessités "
            "de l'organisation, sans modification substantielle du contrat.",
        ),
        (
            "Article 3 - Période d'essai",
            f"Le présent contrat ne deviendra définitif qu'à l'issue d'une période d'essai de {c.trial}, au cours de "
            "laquelle chacune des parties pourra y mettre fin en respectant le délai de prévenance prévu aux articles "
            "L. 1221-25 et L. 1221-26 du code du travail.",
        ),
        (
            "Article 4 - Rémunération",
            f"En contrepartie de ses fonctions, {sal} percevra une rémunération mensuelle brute de {money(c.salary)} € "
            "pour un horaire hebdomadaire de 35 heures, versée sur douze mois.",
        ),
        (
            "Article 5 - Lieu de travail",
            f"{Sal} exercera ses fonctions à {c.workplace or e.address[0] + ', ' + e.address[-1]}.",
        ),
        (
            "Article 6 - Congés payés",
            f"{Sal} bénéficiera des congés payés prévus par la loi, soit deux jours et demi ouvrables par mois de "
            "travail effectif.",
        ),
        (
            "Article 7 - Autorisation de travail",
            f"{Sal} déclare être titulaire d'un titre l'autorisant à exercer une activité salariée en France et "
            "s'engage à informer sans délai l'employeur de toute modification de sa situation.",
        ),
        (
            "Article 8 - Protection sociale",
            f"{Sal} sera affilié{'e' if c.employee_sex == 'F' else ''} au régime général de la sécurité sociale, au "
            "régime de retraite complémentaire AGIRC-ARRCO, ainsi qu'aux régimes de prévoyance et de frais de santé "
            "en vigueur dans l'entreprise.",
        ),
        (
            "Article 9 - Rupture du contrat",
            "Après la période d'essai, le contrat pourra être rompu à l'initiative de l'une ou l'autre des parties "
            "dans les conditions prévues par la loi et la convention collective."
            if c.kind == "CDI"
            else "Le contrat prendra fin de plein droit à son terme. Il ne peut être rompu avant l'échéance du terme "
            "qu'en cas d'accord des parties, de faute grave, de force majeure ou d'embauche en CDI.",
        ),
    ]

    def p1(p):
        p.rect(14, 12, 6, 14, stroke=None, fill=e.color)
        p.text(24, 18, e.name, "Lib-B", 12, e.color)
        p.text(24, 23, e.address[0] + " - " + e.address[-1], "Lib", 8, (0.35, 0.35, 0.35))
        p.text(105, 42, title, "Lib-B", 13.5, align="c")
        p.text(14, 56, "ENTRE LES SOUSSIGNÉS :", "Lib-B", 10)
        y = p.para(
            16,
            63,
            178,
            f"La société {e.name}, {e.form}, immatriculée au RCS de {e.rcs or e.city} sous le "
            f"numéro {e.siret[:3]} {e.siret[3:6]} {e.siret[6:9]}, dont le siège social est situé "
            f"{', '.join(e.address)}, représentée par {e.rep}, en sa qualité de {e.rep_title},",
            "Lib",
            9.8,
            leading=5.2,
            justify=True,
        )
        p.text(16, y + 1, "ci-après dénommée « l'Employeur »,", "Lib-I", 9.8)
        p.text(105, y + 10, "D'UNE PART,", "Lib-B", 9.8, align="c")
        y = p.para(
            16,
            y + 20,
            178,
            f"ET {c.employee}, né{'e' if c.employee_sex == 'F' else ''} le {fr(c.born)} à "
            f"{c.born_at}, de nationalité {c.nationality}, demeurant {c.address},",
            "Lib",
            9.8,
            leading=5.2,
            justify=True,
        )
        p.text(
            16,
            y + 1,
            f"ci-après dénommé{'e' if c.employee_sex == 'F' else ''} « {Sal} »,",
            "Lib-I",
            9.8,
        )
        p.text(105, y + 10, "D'AUTRE PART,", "Lib-B", 9.8, align="c")
        p.text(16, y + 22, "IL A ÉTÉ CONVENU CE QUI SUIT :", "Lib-B", 10)
        y += 32
        for t, txt in arts[:4]:
            p.text(14, y, t, "Lib-B", 10)
            y = p.para(16, y + 5.5, 178, txt, "Lib", 9.5, leading=5, justify=True) + 5
        p.text(105, 288, "1/2", "Lib", 8, align="c")

    def p2(p):
        y = 22
        for t, txt in arts[4:]:
            p.text(14, y, t, "Lib-B", 10)
            y = p.para(16, y + 5.5, 178, txt, "Lib", 9.5, leading=5, justify=True) + 5
        y += 6
        p.text(
            16,
            y,
            f"Fait en deux exemplaires originaux, à {e.city}, le {fr(c.signed_on or c.start)}.",
            "Lib",
            10,
        )
        y += 10
        p.text(20, y, "Pour l'Employeur", "Lib-B", 9.5)
        p.text(20, y + 5, e.rep + ", " + e.rep_title, "Lib", 8.5)
        p.text(120, y, Sal, "Lib-B", 9.5)
        p.text(120, y + 5, "(précédé de la mention « lu et approuvé »)", "Lib-I", 8)
        p.signature(24, y + 10, 46, 16, rng("cs1", c.key), e.rep.split()[-1], INK_BLUE)
        p.hand(122, y + 15, "Lu et approuvé", 12, "dkg", rng("cs2", c.key), INK_BLUE)
        p.signature(126, y + 19, 44, 15, rng("cs3", c.key), c.employee.split()[-1], INK_BLUE)
        p.stamp(
            72,
            y + 24,
            12,
            e.name.upper() + " * ",
            [e.city.upper()[:10]],
            (0.2, 0.25, 0.5),
            angle=-10,
        )
        p.text(105, 288, "2/2", "Lib", 8, align="c")

    return [p1, p2]
