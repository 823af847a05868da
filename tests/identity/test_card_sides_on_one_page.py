"""A card's two sides copied on one sheet, cut out apart (``text.read_page_parts``): one
document, even when the side with the MRZ is not recognised on its own."""

from __future__ import annotations

import dataclasses

from docverify.classify import group_pages
from docverify.model import DocType, PageRef
from tests.bank.pages import page

FRONT = ["RÉPUBLIQUE FRANÇAISE TITRE DE SÉJOUR", "YF4173852", "RESIDENCE PERMIT",
         "KABAMBA MBUYI", "GRACE", "F CoD", "12 03 1994", "CARTE DE SEJOUR PLURIANNUELLE",
         "Valable jusqu'a", "14 09 2028"]  # fmt: skip
BACK = ["SALARIÉ", "Adr", "12 RUE PAUL BERT", "69003 LYON", "Lieu de délivrance",
        "PRÉFECTURE DU RHÔNE", "Date de dé", "15 09 2026", "TIRFRAYF41738521<<<<<cccccccccce",
        "9403121F2809148COD<<<<<<<<<<<9", "KABAMBA<MBUYI<<GRACE<<<<<<<<<c<"]  # fmt: skip
"""set_bg p01's card as its two cut-outs read: the back's MRZ starts with a stray "T"."""


def test_the_two_sides_cut_out_of_one_page_are_one_card() -> None:
    ref = PageRef("scan_0014.jpg", 1)
    front = dataclasses.replace(page(FRONT), ref=ref)
    back = dataclasses.replace(page(BACK), ref=ref)
    docs = group_pages([front, back])
    assert [d.type for d in docs] == [DocType.RESIDENCE_PERMIT]
    assert len(docs[0].pages) == 2


def test_a_letter_cut_out_beside_a_card_is_not_its_back() -> None:
    ref = PageRef("scan_0014.jpg", 1)
    front = dataclasses.replace(page(FRONT), ref=ref)
    note = dataclasses.replace(page(["Madame, Monsieur,", "veuillez trouver ci-joint"]), ref=ref)
    assert len(group_pages([front, note])) == 2


def test_the_report_names_the_shared_page_once() -> None:
    from docverify.report.json_report import document_json

    ref = PageRef("scan_0014.jpg", 1)
    docs = group_pages([dataclasses.replace(page(FRONT), ref=ref),
                        dataclasses.replace(page(BACK), ref=ref)])  # fmt: skip
    assert document_json(docs[0], False)["files"] == [{"path": "scan_0014.jpg", "pages": [1]}]
