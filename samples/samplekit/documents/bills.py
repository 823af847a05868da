"""Utility bills: EDF (electricity), Free (internet), Engie (energy), Eau de Paris (water),
Orange (internet). One layout per provider; ``bill_pages`` dispatches on ``provider``."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field

from ..output import PageSpec
from ..page import GREY, LIGHT, WHITE, Surface
from .common import MONTHS_FR, Address, Person, fr_date, money

SERVICES = {
    "EDF": "electricity",
    "Free": "internet",
    "Engie": "energy",
    "Eau de Paris": "water",
    "Orange": "internet",
}


@dataclass(frozen=True)
class BillContent:
    provider: str = "EDF"
    holder: Person = field(default_factory=Person)
    address: Address | None = None  # consumption address; defaults to holder's
    issue_date: dt.date = dt.date(2026, 9, 5)
    period_start: dt.date = dt.date(2026, 8, 1)
    period_end: dt.date = dt.date(2026, 8, 31)
    amount: float = 64.20
    invoice_number: str = "10 245 873 196"
    customer_number: str = "6 004 517 283"
    seed: int = 51

    @property
    def addr(self) -> Address:
        return self.address or self.holder.address

    @property
    def service(self) -> str:
        return SERVICES[self.provider]

    @property
    def holder_line(self) -> str:
        return f"{self.holder.civility} {self.holder.first_name} {self.holder.surname}"


def _split(amount: float, rate: float = 0.2) -> tuple[float, float]:
    ht = round(amount / (1 + rate), 2)
    return ht, round(amount - ht, 2)


def _address_block(s: Surface, c: BillContent, x: float, y: float) -> None:
    s.text(x, y, c.holder_line.upper(), "sans", 10)
    s.text(x, y + 5, c.addr.street.upper(), "sans", 10)
    s.text(x, y + 10, f"{c.addr.postcode} {c.addr.city.upper()}", "sans", 10)


def _edf(s: Surface, c: BillContent) -> None:
    blue, orange = (0, 56, 130), (255, 100, 0)
    s.logo(15, 12, 28, 14, fill=blue, text="EDF", size=20)
    s.ellipse(44, 12, 8, 8, outline=None, fill=orange)
    s.text(15, 32, "EDF SA - Service Clients", "sans", 8, color=GREY)
    s.text(15, 36, "TSA 21941 - 62978 ARRAS CEDEX 9", "sans", 8, color=GREY)
    _address_block(s, c, 118, 45)
    s.text(15, 62, f"Votre facture du {fr_date(c.issue_date)}", "sans-bold", 16, color=blue)
    s.text(15, 69, f"Facture n° {c.invoice_number}", "sans", 10)
    s.text(110, 69, f"N° client : {c.customer_number}", "sans", 10)
    s.rect(15, 75, 180, 30, outline=None, fill=(232, 240, 250))
    s.text(20, 83, f"Titulaire du contrat : {c.holder_line}", "sans", 10)
    s.text(20, 89, f"Adresse de consommation : {c.addr.one_line()}", "sans", 10)
    s.text(20, 95, "Offre : Tarif Bleu - Option Base - 6 kVA", "sans", 10)
    s.text(20, 101, "Point de livraison (PDL) : 14 258 963 471 026", "sans", 10)
    s.text(
        15,
        115,
        f"Période de consommation du {fr_date(c.period_start)} au {fr_date(c.period_end)}",
        "sans-bold",
        11,
    )
    ht, tva = _split(c.amount)
    kwh = round(ht / 0.2516 * 0.72)
    rows = [
        ["Détail", "Quantité", "Prix unitaire HT", "Montant HT"],
        ["Abonnement (1 mois)", "1", "15,65 €", "15,65 €"],
        ["Consommation (relève estimée)", f"{kwh} kWh", "0,2516 €", money(ht - 15.65)],
        ["Taxes et contributions (Accise, CTA)", "", "", "incluses"],
        ["Total hors TVA", "", "", money(ht)],
        ["TVA", "", "", money(tva)],
    ]
    y = s.table(
        15,
        120,
        [80, 30, 35, 35],
        rows,
        row_h=7,
        size=9.5,
        align=["left", "right", "right", "right"],
    )
    s.rect(15, y + 6, 180, 14, outline=None, fill=blue)
    s.text(20, y + 15, f"Montant TTC : {money(c.amount)}", "sans-bold", 13, color=WHITE)
    pay = c.issue_date + dt.timedelta(days=15)
    s.text(190, y + 15, f"prélevé le {fr_date(pay)}", "sans", 10, color=WHITE, align="right")
    s.paragraph(
        15,
        y + 32,
        180,
        "Votre prochaine facture sera établie à partir d'une relève de votre compteur "
        "Linky. Vous pouvez suivre votre consommation sur votre Espace Client edf.fr ou "
        "depuis l'application EDF & MOI. En cas de difficultés de paiement, contactez-nous "
        "au 09 69 32 15 15 (appel non surtaxé).",
        "sans",
        9,
        color=GREY,
    )
    s.line(15, 280, 195, 280, color=GREY, width=0.2)
    s.text(
        105,
        285,
        "EDF SA au capital de 2 084 365 041 € - 552 081 317 R.C.S. Paris - "
        "22-30 avenue de Wagram 75382 Paris cedex 08 - edf.fr",
        "sans",
        7,
        color=GREY,
        align="center",
    )


def _free(s: Surface, c: BillContent) -> None:
    red = (205, 30, 37)
    s.logo(15, 12, 30, 13, fill=red, text="free", size=20, font="sans-bold")
    s.text(50, 21, "Freebox", "sans-bold", 12, color=red)
    s.text(195, 17, "Free SAS", "sans", 8, color=GREY, align="right")
    s.text(195, 21, "75371 Paris Cedex 08", "sans", 8, color=GREY, align="right")
    _address_block(s, c, 118, 45)
    month = MONTHS_FR[c.period_start.month - 1]
    de = "d'" if month[0] in "aeio" else "de "
    s.text(15, 45, f"Facture {de}{month} {c.period_start.year}", "sans-bold", 16)
    s.text(15, 53, f"Date de facture : {fr_date(c.issue_date)}", "sans", 10)
    s.text(15, 58, f"Numéro de facture : {c.invoice_number}", "sans", 10)
    s.text(15, 63, f"Identifiant : {c.customer_number}", "sans", 10)
    s.text(15, 74, f"Titulaire : {c.holder_line}", "sans", 10)
    s.text(15, 79, f"Adresse d'installation : {c.addr.one_line()}", "sans", 10)
    ht, tva = _split(c.amount)
    rows = [
        ["Désignation", "Montant TTC"],
        [
            f"Abonnement Freebox du {fr_date(c.period_start)} au {fr_date(c.period_end)}",
            money(c.amount),
        ],
        ["Communications vers fixes et mobiles en France métropolitaine", "0,00 €"],
        ["Options et services", "0,00 €"],
    ]
    y = s.table(15, 90, [140, 40], rows, row_h=8, size=9.5, align=["left", "right"])
    s.text(155, y + 8, "Total HT", "sans", 10, align="right")
    s.text(195, y + 8, money(ht), "sans", 10, align="right")
    s.text(155, y + 14, "TVA 20 %", "sans", 10, align="right")
    s.text(195, y + 14, money(tva), "sans", 10, align="right")
    s.rect(110, y + 18, 85, 10, outline=None, fill=LIGHT)
    s.text(155, y + 25, "Total TTC", "sans-bold", 11, align="right")
    s.text(193, y + 25, money(c.amount), "sans-bold", 11, align="right")
    s.paragraph(
        15,
        y + 40,
        180,
        f"Cette somme sera prélevée sur votre compte bancaire à partir du "
        f"{fr_date(c.issue_date + dt.timedelta(days=5))}. Retrouvez le détail de vos "
        "communications dans votre Espace Abonné sur free.fr.",
        "sans",
        9,
        color=GREY,
    )
    s.text(
        105,
        285,
        "Free - SAS au capital de 3 441 812 € - RCS Paris 421 938 861 - "
        "8 rue de la Ville l'Évêque 75008 Paris",
        "sans",
        7,
        color=GREY,
        align="center",
    )


def _engie(s: Surface, c: BillContent) -> None:
    blue = (0, 170, 255)
    s.logo(15, 12, 36, 12, fill=blue, text="ENGIE", size=18)
    s.text(15, 30, "ENGIE - Service Clients Particuliers", "sans", 8, color=GREY)
    s.text(15, 34, "TSA 43503 - 92099 LA DEFENSE CEDEX", "sans", 8, color=GREY)
    _address_block(s, c, 118, 45)
    s.text(15, 62, f"Facture du {fr_date(c.issue_date)}", "sans-bold", 16, color=(0, 90, 160))
    s.text(
        15,
        69,
        f"Référence facture : {c.invoice_number}    Compte client : {c.customer_number}",
        "sans",
        10,
    )
    s.text(15, 78, f"Titulaire : {c.holder_line}", "sans", 10)
    s.text(15, 83, f"Lieu de consommation : {c.addr.one_line()}", "sans", 10)
    s.text(15, 88, "Offre Elec Référence 3 ans + Gaz Référence 3 ans", "sans", 10)
    s.text(
        15,
        98,
        f"Période facturée du {fr_date(c.period_start)} au {fr_date(c.period_end)}",
        "sans-bold",
        11,
    )
    ht, tva = _split(c.amount)
    elec = round(ht * 0.58, 2)
    rows = [
        ["Énergie", "Abonnement", "Consommation", "Total HT"],
        ["Électricité", "13,92 €", money(elec - 13.92), money(elec)],
        ["Gaz naturel", "11,05 €", money(ht - elec - 11.05), money(ht - elec)],
        ["TVA", "", "", money(tva)],
    ]
    y = s.table(
        15,
        103,
        [50, 40, 45, 45],
        rows,
        row_h=7.5,
        size=9.5,
        align=["left", "right", "right", "right"],
    )
    s.rect(15, y + 5, 180, 12, outline=(0, 90, 160), width=0.5)
    s.text(20, y + 13, f"Montant total TTC à payer : {money(c.amount)}", "sans-bold", 12)
    s.paragraph(
        15,
        y + 28,
        180,
        "Pour toute question, contactez votre conseiller au 09 69 324 324 du lundi au "
        "samedi de 8h à 21h. Espace client : particuliers.engie.fr",
        "sans",
        9,
        color=GREY,
    )
    s.text(
        105,
        285,
        "ENGIE - SA au capital de 2 435 285 011 € - RCS Nanterre 542 107 651 - "
        "1 place Samuel de Champlain 92400 Courbevoie",
        "sans",
        7,
        color=GREY,
        align="center",
    )


def _eau(s: Surface, c: BillContent) -> None:
    teal = (0, 120, 140)
    s.logo(15, 12, 42, 14, fill=teal, text="Eau de Paris", size=13)
    s.text(15, 33, "Service clients - 9 rue Victor Schoelcher 75014 Paris", "sans", 8, color=GREY)
    _address_block(s, c, 118, 45)
    s.text(15, 62, "Facture d'eau", "sans-bold", 16, color=teal)
    s.text(
        15,
        69,
        f"Date d'émission : {fr_date(c.issue_date)}    Facture n° {c.invoice_number}",
        "sans",
        10,
    )
    s.text(15, 78, f"Abonné : {c.holder_line}", "sans", 10)
    s.text(15, 83, f"Adresse du branchement : {c.addr.one_line()}", "sans", 10)
    s.text(
        15,
        93,
        f"Consommation du {fr_date(c.period_start)} au {fr_date(c.period_end)}",
        "sans-bold",
        11,
    )
    ht, tva = _split(c.amount, 0.055)
    rows = [
        ["Rubrique", "Montant HT"],
        ["Distribution de l'eau potable", money(round(ht * 0.4, 2))],
        ["Collecte et traitement des eaux usées", money(round(ht * 0.45, 2))],
        ["Organismes publics", money(round(ht - round(ht * 0.4, 2) - round(ht * 0.45, 2), 2))],
        ["TVA 5,5 %", money(tva)],
    ]
    y = s.table(15, 98, [140, 40], rows, row_h=7.5, size=9.5, align=["left", "right"])
    s.text(20, y + 12, f"Total à payer : {money(c.amount)}", "sans-bold", 12, color=teal)
    s.text(
        105,
        285,
        "Eau de Paris - Régie municipale - SIRET 453 844 261 00018",
        "sans",
        7,
        color=GREY,
        align="center",
    )


def _orange(s: Surface, c: BillContent) -> None:
    orange = (255, 121, 0)
    s.logo(15, 12, 18, 18, fill=orange, text="orange", size=8, text_color=WHITE)
    _address_block(s, c, 118, 45)
    month = MONTHS_FR[c.period_start.month - 1]
    s.text(15, 45, f"Votre facture Livebox - {month} {c.period_start.year}", "sans-bold", 15)
    s.text(15, 53, f"Date de facture : {fr_date(c.issue_date)}", "sans", 10)
    s.text(15, 58, f"N° de facture : {c.invoice_number}", "sans", 10)
    s.text(15, 63, f"Titulaire : {c.holder_line}", "sans", 10)
    s.text(15, 68, f"Adresse : {c.addr.one_line()}", "sans", 10)
    rows = [
        ["Désignation", "Montant TTC"],
        [
            f"Forfait Livebox Fibre du {fr_date(c.period_start)} au {fr_date(c.period_end)}",
            money(c.amount),
        ],
    ]
    y = s.table(15, 78, [140, 40], rows, row_h=8, size=9.5, align=["left", "right"])
    s.text(20, y + 12, f"Total à payer : {money(c.amount)}", "sans-bold", 12)
    s.text(
        105,
        285,
        "Orange SA au capital de 10 640 226 396 € - RCS Nanterre 380 129 866",
        "sans",
        7,
        color=GREY,
        align="center",
    )


LAYOUTS: dict[str, Callable[[Surface, BillContent], None]] = {
    "EDF": _edf,
    "Free": _free,
    "Engie": _engie,
    "Eau de Paris": _eau,
    "Orange": _orange,
}


def bill_pages(c: BillContent) -> list[PageSpec]:
    """One A4 page in the provider's layout."""
    return [PageSpec(lambda s: LAYOUTS[c.provider](s, c))]
