"""Bill readers on text as French bills write it (no OCR)."""

from __future__ import annotations

import datetime as dt

import pytest

from docverify.doctypes.bills import dates as bd
from docverify.doctypes.bills import holder as bh
from docverify.doctypes.bills import providers as bp
from docverify.doctypes.layout import positioned_segments
from tests.bank.pages import page

D = dt.date


@pytest.mark.parametrize(
    ("lines", "expected"),
    [
        (["Date de facture : 15/09/2026"], D(2026, 9, 15)),
        (["Date d'émission : 15.09.26"], D(2026, 9, 15)),
        (["Facture du 15 septembre 2026"], D(2026, 9, 15)),
        (["Facture n°562044387 du 02 Juillet 2015"], D(2015, 7, 2)),
        (["Facture émise le", "3 août 2026"], D(2026, 8, 3)),
        (["Date limite de paiement : 20/09/2026"], None),
        (["Facture du 01/08/2026 au 31/08/2026"], None),  # a period, not an issue date
    ],
)
def test_issue_date(lines: list[str], expected: D | None) -> None:
    assert bd.read_issue_date(lines) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Période du 01/08/2026 au 31/08/2026", (D(2026, 8, 1), D(2026, 8, 31))),
        ("Forfait du 01/08 au 31/08/2026", (D(2026, 8, 1), D(2026, 8, 31))),
        ("Consommation du 1er août au 31 août 2026", (D(2026, 8, 1), D(2026, 8, 31))),
        ("Free Haut Débit du 1er au 31 Juillet 2015", (D(2015, 7, 1), D(2015, 7, 31))),
        ("Période du 16/12 au 15/02/2027", (D(2026, 12, 16), D(2027, 2, 15))),
        ("Période : 01/07/2026 - 31/08/2026", (D(2026, 7, 1), D(2026, 8, 31))),
    ],
)
def test_period(text: str, expected: tuple[D, D]) -> None:
    assert bd.read_period(bd.fold(text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Facture de sept. 2026", (D(2026, 9, 1), D(2026, 9, 30))),
        ("Votre facture Livebox - août 2026", (D(2026, 8, 1), D(2026, 8, 31))),
        ("Date : 15 septembre 2026", (None, None)),  # a day date is not a billed month
    ],
)
def test_month_period(text: str, expected: tuple[D | None, D | None]) -> None:
    assert bd.read_month_period(bd.fold(text)) == expected


@pytest.mark.parametrize(
    ("lines", "expected"),
    [
        (["Titulaire du contrat : Mme Emily CARTER"], "Emily CARTER"),
        (["Nom de l'abonné", "alexis@via.ecp.fr", "de Lattre Alexis"], "de Lattre Alexis"),
        (["M. OU MME CARTER EMILY", "12 RUE DES LILAS", "75011 PARIS"], "M. OU MME CARTER EMILY"),
        (["EDF SA", "TSA 21941 - 62978 ARRAS CEDEX 9", "N° client : 6 004 517 283"], None),
        # a street line opening with a word the lexicon knows as a label (set_o p13)
        (
            [
                "Madame NIAMH O'SULLIVAN",
                "4 RUE DES ÉCOLES",
                "RÉSIDENCE LES ARCEAUX",
                "34000 MONTPELLIER",
            ],
            "NIAMH O'SULLIVAN",
        ),
        # a provider app's screen: the titled name alone under the bill's date, its address
        # cut short (set_x p03)
        (
            [
                "« Mes factures",
                "Facture du 5 octobre 2026",
                "Mme Maria Kristine DELA CRUZ",
                "euplier Moulineaux",
                "41,79 €",
            ],
            "Maria Kristine DELA CRUZ",
        ),
        (["Facture du 5 octobre 2026", "Madame, Monsieur,", "Mme DUPONT", "41,79 €"], None),
    ],
)
def test_holder(lines: list[str], expected: str | None) -> None:
    pages = [page(lines)]
    found = bh.read_holder(pages, positioned_segments(pages))
    assert (bh.clean_holder(found.name) if found else None) == expected


def test_consumption_address_not_the_providers() -> None:
    lines = ["EDF SA - Service Clients", "TSA 21941 - 62978 ARRAS CEDEX 9",
             "Adresse de l'installation", "FO10479674", "35 RUE du logiciel libre", "69100 VILLEURBANNE"]  # fmt: skip
    segments = positioned_segments([page(lines)])
    assert bh.read_address(lines, segments, None) == "35 RUE du logiciel libre, 69100 VILLEURBANNE"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("SOSH\nFACTURE\nORANGE SA AU CAPITAL", "Sosh"),
        ("RED BY SFR\nFORFAIT", "RED by SFR"),
        ("B&YOU\nBOUYGUES TELECOM", "B&You"),
        ("FREE MOBILE\nFREE SAS", "Free Mobile"),
        ("REGIE MUNICIPALE DES EAUX\nFACTURE", "Régie des eaux"),
        # set_dg p02 (wave 45): the Lyon operator's own name, its footer's "régie publique"
        ("EAU DU GRAND LYON\nEAU DU GRAND LYON - REGIE PUBLIQUE DES EAUX", "Eau du Grand Lyon"),
        ("OHM ENERGIE", "OHM Energie"),
    ],
)
def test_provider_brand_beats_parent(text: str, expected: str) -> None:
    p = bp.find_provider(text)
    assert p is not None and p.name == expected


def test_invoice_number_spaces_removed() -> None:
    assert bd.read_invoice_number(bd.fold("Facture n° 10 245 873 196")) == "10245873196"
    assert bd.read_invoice_number(bd.fold("LYON\nFacture du 04/09/2026")) is None


def test_a_screenshots_address_block_spaced_wide_and_beside_a_column() -> None:
    """An SFR bill in a phone's file viewer (set_o p11): capitals 12 px tall, lines 16 px
    apart, the references column level with the block on its left; and a street number
    glued to its street type ("4rue des Écoles", set_o d068)."""
    from docverify.model import PageRef, PageText, Word

    def row(y: int, *pieces: tuple[int, str]) -> list[Word]:
        out = []
        for x, text in pieces:
            for w in text.split():
                out.append(Word(w, (x, y, x + 9 * len(w), y + 12), 95.0, (1, 1, y)))
                x += 9 * len(w) + 6
        return out

    for street in ("10 RUE LAMARTINE", "10RUE LAMARTINE"):
        words = [
            *row(462, (95, "Facture du 04/10/2026")),
            *row(526, (576, "M. BEN SALAH YOUSSEF")),
            *row(554, (94, "Vos références"), (577, street)),
            *row(581, (95, "Réf. client : 6033405059"), (575, "44000 NANTES")),
            *row(602, (94, "Contrat n° 3213420969")),
        ]
        pages = [PageText(PageRef("Screenshot.png", 1), None, 160, tuple(words), "ocr")]
        found = bh.read_holder(pages, positioned_segments(pages))
        assert found is not None and bh.clean_holder(found.name) == "BEN SALAH YOUSSEF", street


def _app_rows(value_x: int) -> list[str | list[tuple[int, str]]]:
    """A provider app's bill summary (set_u p04, IMG_7721.PNG): labels at the left edge,
    values set flush right at the screen's edge, far from them."""

    def kv(label: str, value: str) -> list[tuple[int, str]]:
        return [(120, label), (value_x - 14 * (len(value) + 1), value)]

    return [
        "TotalEnergies",
        "Facture de septembre 2026",
        kv("Montant", "34,29 €"),
        kv("Date d'émission", "06/10/2026"),
        kv("Titulaire", "Priya Ramanathan"),
        kv("Adresse", "5 allée des Peupliers"),
        [(value_x - 14 * 26, "92130 Issy-les-Moulineaux")],
        kv("N° de facture", "6324458627"),
    ]


def test_an_apps_values_set_flush_right_far_from_their_labels() -> None:
    from docverify.doctypes.utility_bill import read_amount

    pages = [page(_app_rows(1050), "IMG_7721.PNG")]
    segments = positioned_segments(pages)
    found = bh.read_holder(pages, segments)
    assert found is not None and (found.name, found.how) == ("Priya Ramanathan", "label")
    lines = pages[0].lines
    assert bh.read_address(lines, segments, found.name) == (
        "5 allée des Peupliers, 92130 Issy-les-Moulineaux"
    )
    assert read_amount(lines) == 34.29


def test_a_far_phrase_short_of_the_pages_edge_is_the_next_columns() -> None:
    """The same rows with a wider column beyond the values: they stop short of the text's
    right edge, so they are another column's words, not the labels' values."""
    rows = [*_app_rows(1050), [(120, "Référence"), (2200, "A 0042 7781 2201")]]
    pages = [page(rows, "IMG_7721.PNG")]
    found = bh.read_holder(pages, positioned_segments(pages))
    assert found is None or found.how != "label"
