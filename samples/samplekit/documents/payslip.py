"""Bulletin de paie (French payslip)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from ..output import PageSpec
from ..page import GREY, LIGHT, Surface
from ..validity import format_siret, make_siret
from .common import Address, Person, fr_date, money_nosym, month_end

MISTRAL_SIRET = make_siret("84215337", "0001")


@dataclass(frozen=True)
class PayslipContent:
    employee: Person = field(default_factory=Person)
    employer: str = "Logiciels Mistral SAS"
    employer_address: Address = field(
        default_factory=lambda: Address("40 rue du Faubourg Poissonnière", "75010", "Paris")
    )
    siret: str = MISTRAL_SIRET
    naf: str = "5829C"
    convention: str = "Convention collective Syntec (IDCC 1486)"
    year: int = 2026
    month: int = 10
    job_title: str = "Ingénieure logiciel"
    status: str = "Cadre"
    hire_date: dt.date = dt.date(2026, 6, 1)
    gross: float = 3650.00
    net_before_tax: float = 2845.12
    tax_rate: float = 0.075
    seed: int = 71

    @property
    def period_start(self) -> dt.date:
        return dt.date(self.year, self.month, 1)

    @property
    def period_end(self) -> dt.date:
        return month_end(self.year, self.month)


def payslip_pages(c: PayslipContent) -> list[PageSpec]:
    def draw(s: Surface) -> None:
        e = c.employee
        s.text(105, 18, "BULLETIN DE PAIE", "sans-bold", 16, align="center")
        s.text(
            105,
            24,
            f"Période du {fr_date(c.period_start)} au {fr_date(c.period_end)}",
            "sans",
            10,
            align="center",
        )
        s.rect(12, 30, 90, 38, width=0.3)
        s.text(15, 36, c.employer, "sans-bold", 11)
        s.text(15, 41, c.employer_address.street, "sans", 9.5)
        s.text(15, 46, f"{c.employer_address.postcode} {c.employer_address.city}", "sans", 9.5)
        s.text(15, 52, f"SIRET {format_siret(c.siret)}", "sans", 9.5)
        s.text(15, 57, f"Code NAF {c.naf}", "sans", 9.5)
        s.text(15, 62, "URSSAF Île-de-France", "sans", 9.5)
        s.text(15, 66.5, c.convention, "sans", 8, color=GREY)
        s.rect(108, 30, 90, 38, width=0.3)
        s.text(111, 36, f"{e.madame_monsieur} {e.first_name} {e.surname}", "sans-bold", 11)
        s.text(111, 41, e.address.street, "sans", 9.5)
        s.text(111, 46, f"{e.address.postcode} {e.address.city}", "sans", 9.5)
        s.text(111, 53, f"Emploi : {c.job_title}", "sans", 9.5)
        s.text(111, 58, f"Statut : {c.status} - Coefficient 130 - Position 2.1", "sans", 9.5)
        s.text(111, 63, f"Date d'entrée : {fr_date(c.hire_date)}", "sans", 9.5)
        s.text(111, 67, "N° de sécurité sociale : en cours d'attribution", "sans", 8, color=GREY)
        g = c.gross
        lines = [
            ("Sécurité sociale - Maladie Maternité Invalidité Décès", g, 0.0, 0.07),
            ("Complémentaire santé", 3925.0, 0.0045, 0.0045),
            ("Accidents du travail - Maladies professionnelles", g, 0.0, 0.0089),
            ("Retraite Sécurité sociale plafonnée", 3925.0 if g > 3925 else g, 0.069, 0.0855),
            ("Retraite Sécurité sociale déplafonnée", g, 0.004, 0.0202),
            ("Retraite complémentaire Tranche 1", g, 0.0401, 0.0601),
            ("Famille", g, 0.0, 0.0345),
            ("Assurance chômage", g, 0.0, 0.04),
            ("Autres contributions dues par l'employeur", g, 0.0, 0.0062),
            ("CSG déductible de l'impôt sur le revenu", g * 0.9825, 0.068, 0.0),
        ]
        rows = [
            ["Rubrique", "Base", "Taux", "Part salarié", "Part employeur"],
            ["Salaire de base (151,67 h)", money_nosym(g), "", "", ""],
        ]
        total_sal = 0.0
        for label, base, rs, rp in lines:
            sal = round(base * rs, 2)
            total_sal += sal
            rows.append(
                [
                    label,
                    money_nosym(base),
                    f"{rs * 100:.2f}".replace(".", ",") if rs else "",
                    money_nosym(sal) if sal else "",
                    money_nosym(round(base * rp, 2)) if rp else "",
                ]
            )
        rest = round(g - c.net_before_tax - total_sal, 2)
        rows.append(
            [
                "CSG/CRDS non déductible de l'impôt sur le revenu",
                money_nosym(g * 0.9825),
                "2,90",
                money_nosym(rest),
                "",
            ]
        )
        rows.append(
            [
                "Total des cotisations et contributions",
                "",
                "",
                money_nosym(round(total_sal + rest, 2)),
                "",
            ]
        )
        y = s.table(
            12,
            76,
            [78, 28, 16, 32, 32],
            rows,
            row_h=6.2,
            size=8.5,
            align=["left", "right", "right", "right", "right"],
            bold_rows=[len(rows) - 1],
        )
        y += 6
        s.rect(12, y, 186, 10, outline=None, fill=LIGHT)
        s.text(15, y + 7, "NET A PAYER AVANT IMPOT SUR LE REVENU", "sans-bold", 11)
        s.text(195, y + 7, f"{money_nosym(c.net_before_tax)} €", "sans-bold", 11, align="right")
        y += 16
        tax = round(c.net_before_tax * c.tax_rate, 2)
        s.text(
            15,
            y,
            f"Impôt sur le revenu prélevé à la source - taux non personnalisé "
            f"{c.tax_rate * 100:.1f} %".replace(".", ","),
            "sans",
            9.5,
        )
        s.text(195, y, f"- {money_nosym(tax)} €", "sans", 9.5, align="right")
        y += 8
        s.text(15, y, "NET PAYE", "sans-bold", 11)
        s.text(
            195,
            y,
            f"{money_nosym(round(c.net_before_tax - tax, 2))} €",
            "sans-bold",
            11,
            align="right",
        )
        y += 6
        s.text(15, y, f"Paiement le {fr_date(c.period_end)} par virement", "sans", 9, color=GREY)
        y += 10
        cumul = [
            ["Cumuls annuels", "Brut", "Net imposable", "Heures"],
            [
                "Année " + str(c.year),
                money_nosym(g * (c.month - 5)),
                money_nosym(round(c.net_before_tax * 1.03 * (c.month - 5), 2)),
                money_nosym(151.67 * (c.month - 5)),
            ],
        ]
        s.table(
            12,
            y,
            [60, 42, 42, 42],
            cumul,
            row_h=6.5,
            size=8.5,
            align=["left", "right", "right", "right"],
        )
        s.paragraph(
            12,
            270,
            186,
            "Dans votre intérêt et pour vous aider à faire valoir vos droits, conservez "
            "ce bulletin de paie sans limitation de durée. Rubrique dédiée au bulletin de "
            "paie sur le portail www.service-public.fr.",
            "sans",
            8,
            color=GREY,
        )

    return [PageSpec(draw)]
