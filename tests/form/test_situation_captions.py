"""Section B's captions as the official form prints them, both genders in brackets."""

from __future__ import annotations

import pytest

from docverify.doctypes.application_form.situation import caption_words, situations
from docverify.model import PageRef, PageText, Word


def _page(text: str) -> PageText:
    words = tuple(
        Word(t, (100 + 60 * i, 100, 150 + 60 * i, 130), 95.0, (1, 1, 1))
        for i, t in enumerate(text.split())
    )
    return PageText(PageRef("form.png", 1), None, 300, words, "ocr")


@pytest.mark.parametrize(
    ("caption", "situation"),
    [
        ("Vous êtes demandeur(se) d'emploi (inscrit(e) à France Travail)", "demandeur_emploi"),
        ("[x] Vous étes étudiant(e)", "etudiant"),
        ("Vous exercez une activité salariée en France", "salarie"),
        ("Vous n'exercez pas d'activité professionnelle", "inactif"),
    ],
)
def test_official_captions_name_their_situation(caption: str, situation: str) -> None:
    page = _page(caption)
    first = next(i for i, w in enumerate(page.words) if w.text[0].isalpha())
    # the caption is found where it begins, right of its box
    found = {
        s.id for s in situations() for rx in s.captions if first in caption_words(page, rx, set())
    }
    assert found == {situation}, found
