"""Bills and suppliers' attestations laid out as companies lay them out (words with boxes,
no OCR): the holder by its label in any column, by the envelope window, by the attesting
sentence or the greeting, never a label or a heading; periods and named months; the
provider from the legal notice; pages of one bill kept together."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from docverify.classify import classify_page
from docverify.doctypes import utility_bill as ub
from docverify.doctypes.bills import dates as bd
from docverify.model import DocType, PageText
from tests.bank.pages import document, extracted, page

D = dt.date
LEFT, RIGHT = 100, 1000


def read(*rows: Any, pages: int = 1) -> Any:
    return extracted(ub.SPEC, document(DocType.UTILITY_BILL, page(rows))).fields


def scanned_energy_bill(name: str = "M LUCAS FERREIRA DOS SANTOS") -> list[Any]:
    """A bill whose left column is labelled ("Lieu de consommation :") and whose right
    column is the envelope window, row by row as OCR gives them back."""
    return [
        [(LEFT, "HELIO ENERGIES"), (RIGHT, "Votre facture")],
        [(RIGHT, "du 4 septembre 2026")],
        [(LEFT, "Vos informations client")],
        [(LEFT, "Référence client : 3 004 471 082")],
        [(LEFT, "Lieu de consommation :"), (RIGHT, name)],
        [(LEFT, "64 BD VOLTAIRE"), (RIGHT, "64 BD VOLTAIRE")],
        [(LEFT, "75011 PARIS"), (RIGHT, "75011 PARIS")],
        "MONTANT TTC 61,40 €",
        "Période de consommation du 01/08/2026 au 31/08/2026",
        "Électricité 233 kWh",
        "Les prochaines étapes",
        "Helio Energies SAS au capital de 1 000 000 € — 12 rue X, 69001 Lyon — RCS Lyon 123",
    ]


def test_holder_in_the_window_not_the_labels_of_the_other_column() -> None:
    f = read(*scanned_energy_bill())
    assert f.holder_name == "LUCAS FERREIRA DOS SANTOS"
    assert f.address == "64 BD VOLTAIRE, 75011 PARIS"
    assert (f.period_start, f.period_end) == (D(2026, 8, 1), D(2026, 8, 31))
    assert f.issue_date == D(2026, 9, 4)  # "Votre facture" over "du 4 septembre 2026"


def test_provider_unknown_to_the_table_is_the_legal_name() -> None:
    f = read(*scanned_energy_bill())
    assert f.provider == "Helio Energies"
    assert f.service == "electricity"


@pytest.mark.parametrize(
    "heading",
    ["Les prochaines étapes", "Lieu de consommation", "Votre espace client", "Account Owner"],
)
def test_a_heading_over_an_address_is_no_holder(heading: str) -> None:
    f = read(
        "FACTURE ORANGE",
        [(LEFT, heading), (RIGHT, "Mme Sophie GIRARD")],
        [(LEFT, "3 place de la République"), (RIGHT, "3 place de la République")],
        [(LEFT, "93100 Montreuil"), (RIGHT, "93100 Montreuil")],
        "Période du 18/09/2026 au 17/10/2026",
    )
    assert f.holder_name == "Sophie GIRARD"


def test_holder_label_in_a_side_column() -> None:
    f = read(
        "EDF Votre facture d'électricité",
        [(LEFT, "Titulaire du contrat"), (RIGHT, "EDF SA - Service Clients")],
        [(LEFT, "Mme Nadia ROUX"), (RIGHT, "TSA 21941")],
        [(RIGHT, "62978 ARRAS CEDEX 9")],
        "Consommation du 15/09/2026 au 14/10/2026",
    )
    assert f.holder_name == "Nadia ROUX"


def test_sender_block_is_never_the_holder() -> None:
    f = read(
        "Veolia Eau",
        "Service Clients Veolia",
        "TSA 12345",
        "92729 NANTERRE CEDEX",
        "Facture d'eau du 08/07/2026",
    )
    assert f.holder_name is None


def test_couple_on_two_lines_of_the_window() -> None:
    f = read(
        "SFR Facture du 10/10/2026",
        [(RIGHT, "M. OU MME PHILIPPE")],
        [(RIGHT, "ET NADIA ROUX")],
        [(RIGHT, "7 RUE DES PLANTES")],
        [(RIGHT, "75014 PARIS")],
        "Période de facturation : du 10/09/2026 au 09/10/2026",
    )
    assert f.holder_name == "M. OU MME PHILIPPE ET NADIA ROUX"


def test_greeting_names_the_holder_when_nothing_else_does() -> None:
    f = read(
        "ENGIE Votre échéancier",
        "Madame Camille FONTAINE,",
        "Voici votre facture de septembre 2026.",
    )
    assert f.holder_name == "Camille FONTAINE"
    assert (f.period_start, f.period_end) == (D(2026, 9, 1), D(2026, 9, 30))


def attestation() -> list[Any]:
    return [
        [(LEFT, "TOTALENERGIES"), (RIGHT, "Courbevoie, le 28 octobre 2026")],
        [(RIGHT, "M. Karim MANSOURI")],
        [(RIGHT, "2 rue Saint-Maur")],
        [(RIGHT, "75011 Paris")],
        "Référence client : 3 007 731 205",
        "ATTESTATION DE TITULAIRE DE CONTRAT",
        "TotalEnergies atteste que M. Karim MANSOURI est titulaire, depuis le 01/04/2026,",
        "d'un contrat de fourniture d'électricité et de gaz naturel pour le logement situé :",
        "2 rue Saint-Maur, 75011 Paris",
        "Cette attestation est délivrée pour servir et valoir ce que de droit.",
    ]


def test_supplier_attestation_counts_from_the_contract_start() -> None:
    f = read(*attestation())
    assert f.kind == "attestation"
    assert f.holder_name == "Karim MANSOURI"
    assert f.provider == "TotalEnergies"
    assert f.contract_start == D(2026, 4, 1)
    assert f.issue_date == D(2026, 10, 28)
    assert f.months == tuple(f"2026-{m:02d}" for m in range(4, 11))
    assert f.address == "2 rue Saint-Maur, 75011 Paris"


def test_attestation_is_typed_a_bill() -> None:
    assert classify_page(page(attestation())).type == DocType.UTILITY_BILL


def test_attesting_sentence_alone_names_the_holder() -> None:
    f = read(
        "ENGIE",
        "ATTESTATION DE TITULAIRE DE CONTRAT",
        "ENGIE atteste que Mme Aya KOUASSI est titulaire, depuis le 14/07/2026, d'un contrat",
        "Fait à Courbevoie, le 3 novembre 2026",
    )
    assert f.holder_name == "Aya KOUASSI"
    assert f.months == ("2026-07", "2026-08", "2026-09", "2026-10", "2026-11")


def test_a_bill_saying_justificatif_de_domicile_stays_a_bill() -> None:
    f = read(
        "Free Facture n° FX418220137 du 02/09/2026",
        [(RIGHT, "M. Amine TRABELSI")],
        [(RIGHT, "41 rue de Tolbiac")],
        [(RIGHT, "75013 Paris")],
        "Forfait Freebox du 01/09/2026 au 30/09/2026",
        "Cette facture vaut justificatif de domicile.",
    )
    assert f.kind == "bill" and f.months == ("2026-09",)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Consommation juillet - août 2026", (D(2026, 7, 1), D(2026, 8, 31))),
        ("Facture de décembre 2026 à janvier 2027", (D(2026, 12, 1), D(2027, 1, 31))),
        ("Votre forfait d'octobre 2026", (D(2026, 10, 1), D(2026, 10, 31))),
        ("Invoice for September 2026", (D(2026, 9, 1), D(2026, 9, 30))),
    ],
)
def test_months_in_words(text: str, expected: tuple[D, D]) -> None:
    assert bd.read_month_period(bd.fold(text)) == expected


def test_pages_of_one_bill_follow_their_numbering() -> None:
    p1 = page(["EDF Facture", "N° de facture : 10 9917 2286", "page 1/2"])
    p2 = page(["edf Facture du 16/10/2026 — page 2/2", "Montant : 81,35 €"])
    p3 = page(["EDF Facture", "N° de facture : 10 9917 9999", "page 1/2"])
    assert ub.same_document(p1, p2)
    assert not ub.same_document(p2, p3)


def test_a_second_page_repeating_the_bills_date_continues_it() -> None:
    """EDF's first page sets "Facture" and "du 03/09/2026" on two lines (no issue date
    read there) and carries no page number; its second page's header "Facture du
    03/09/2026 — N° 81065760 ... Page 2/2" continues it. The next month's first page
    does not."""
    p1 = page(["edf", "Facture", "du 03/09/2026", "N° 81065760", "Titulaire du contrat",
               "M. MEHDI BENNANI", "Consommation du 01/08/2026 au 31/08/2026"])  # fmt: skip
    p2 = page(["edf", "Facture du 03/09/2026 — N° 81065760", "Informations complémentaires",
               "Page 2/2"])  # fmt: skip
    p3 = page(["edf", "Facture du 03/10/2026 — N° 81070000", "Informations complémentaires"])
    assert ub.same_document(p1, p2)
    assert not ub.same_document(p1, p3)


def test_monthly_bills_in_one_pdf_part_at_their_billing_periods() -> None:
    """Three months of SFR bills in one PDF; OCR broke "Votre factu re du 6 septembre
    2026 — n° 16503416", so neither number nor issue date is read: the billing periods
    tell the bills apart. A second page with no period of its own continues its bill."""

    def sfr(start: str, end: str) -> PageText:
        return page(["SFR", "Votre compte client MME MARIA CRISTINA SANTOS", "Votre factu re",
                     f"Période de facturation : du {start} au {end}", "Montant à payer 19,99"])  # fmt: skip

    aug, sep = sfr("06/08/2026", "05/09/2026"), sfr("06/09/2026", "05/10/2026")
    assert not ub.same_document(aug, sep)
    assert ub.same_document(aug, sfr("06/08/2026", "05/09/2026"))
    assert ub.same_document(aug, page(["Détail de vos communications", "Appels 0,00 €"]))


def test_ocr_joined_a_label_of_the_other_column_to_the_name() -> None:
    # the label and the name are close enough to be read as one piece of line
    f = read(
        "ENGIE Votre facture",
        [(LEFT, "Lieu de consommation :"), (450, "M LUCAS FERREIRA DOS SANTOS")],
        [(LEFT, "64 BD VOLTAIRE"), (450, "64 BD VOLTAIRE")],
        [(LEFT, "75011 PARIS"), (450, "75011 PARIS")],
        "Période de consommation du 01/08/2026 au 31/08/2026",
    )
    assert f.holder_name == "LUCAS FERREIRA DOS SANTOS"


def test_the_senders_letterhead_block_is_not_the_untitled_holder() -> None:
    f = read(
        "Nordwind Mobile",
        "78 rue Olivier de Serres",
        "75015 Paris",
        "Facture du 18/09/2026",
        [(RIGHT, "LUCAS FERREIRA DOS SANTOS")],
        [(RIGHT, "64 BD VOLTAIRE")],
        [(RIGHT, "75011 PARIS")],
        "Abonnement Fibre du 18/09/2026 au 17/10/2026",
        "Nordwind Mobile SAS au capital de 10 000 € — RCS Paris 123 456 789",
    )
    assert f.holder_name == "LUCAS FERREIRA DOS SANTOS"
    assert f.provider == "Nordwind Mobile"


def test_a_screenshot_of_an_operators_bill_screen_is_a_bill() -> None:
    """A phone screenshot of a mobile operator's app, "Mes factures" (set_m p03, recorded
    OCR): no provider's name (its logo is a picture), but an invoice with its customer
    account, holder, billing period and number: the month it covers counts."""
    rows = [
        "09:41 5G 87%",
        "< Mes factures",
        "Facture octobre 2026 21,49 €",
        "Émise le 05/11/2026",
        "Titulaire Mme Lina Hadj-Aissa",
        "Adresse 8 rue du Faubourg Figuerolles",
        "34070 MONTPELLIER",
        "Période du 01/10/2026 au 31/10/2026",
        "N° facture FMO0202610",
        "Compte client 1.28890317",
        "Télécharger la facture (PDF)",
    ]
    assert classify_page(page(rows)).type == DocType.UTILITY_BILL
    f = read(*rows)
    assert f.holder_name == "Lina Hadj-Aissa" and "2026-10" in f.months
