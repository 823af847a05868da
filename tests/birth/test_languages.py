"""OCR language choice: which language a first-pass text shows, and when to re-read."""

from __future__ import annotations

import collections

import pytest

from docverify import languages

ALL = ["fra", "eng", "deu", "spa", "por", "ita"]

PAGES = {
    "de": "Geburtsurkunde Standesamt München Nr. G 1142/1992 Familienname BRANDT Vornamen "
    "Lukas Johannes Geschlecht männlich Tag der Geburt 08.03.1992 Geburtsort München Eltern "
    "Mutter Sabine BRANDT geb. KELLER Vater Thomas BRANDT Die Übereinstimmung dieser Urkunde "
    "mit dem Inhalt des Geburtenregisters wird hiermit beglaubigt.",
    "es": "ESTADOS UNIDOS MEXICANOS ACTA DE NACIMIENTO REGISTRO CIVIL Nombre(s): SOFÍA "
    "Primer apellido: HERNÁNDEZ Fecha de nacimiento: 23/11/1995 Lugar de nacimiento: "
    "GUADALAJARA El suscrito Juez del Registro Civil certifica que los datos son una "
    "transcripción fiel de los que obran en el libro del registro, el día 4 de diciembre",
    "pt": "REPÚBLICA FEDERATIVA DO BRASIL REGISTRO CIVIL DAS PESSOAS NATURAIS CERTIDÃO DE "
    "NASCIMENTO NOME: JOÃO PEDRO DATA DE NASCIMENTO: 02/07/1988 FILIAÇÃO - PAI: CARLOS "
    "FILIAÇÃO - MÃE: MARIA AVÓS: não consta O conteúdo da certidão é verdadeiro. Esta "
    "certidão foi emitida pelo oficial do Cartório",
    "it": "COMUNE DI BOLOGNA UFFICIO DELLO STATO CIVILE ESTRATTO PER RIASSUNTO DELL'ATTO DI "
    "NASCITA Cognome ROSSI Nome GIULIA Data di nascita 14/05/1993 Luogo di nascita BOLOGNA "
    "Il presente estratto è conforme alle risultanze dei registri dello stato civile",
}
FRENCH = (
    "EXTRAIT D'ACTE DE NAISSANCE avec filiation. Nom : DUBOIS Prénoms : Camille Marie Née le "
    "21 septembre 1991 à Lyon. Père : Paul DUBOIS Mère : Hélène MARTIN. Extrait délivré par "
    "l'officier de l'état civil, le 10/02/2026."
)
ENGLISH = (
    "STATE OF OREGON CERTIFICATE OF LIVE BIRTH. CHILD'S NAME EMILY ROSE CARTER. DATE OF BIRTH "
    "April 17, 1990. This is a true and correct reproduction of the original record as "
    "recorded in this office. Issued under authority of ORS 432.121."
)


def test_word_lists_do_not_overlap() -> None:
    """A word in two lists would blur the choice between those languages."""
    counts = collections.Counter(w for lang in languages.supported().values() for w in lang.words)
    assert [w for w, n in counts.items() if n > 1] == []


@pytest.mark.parametrize("code", sorted(PAGES))
def test_detect(code: str) -> None:
    assert languages.detect(PAGES[code]) == code


@pytest.mark.parametrize("code", sorted(PAGES))
def test_foreign_page_is_reread_with_its_language_plus_english(code: str) -> None:
    chosen = languages.reread_languages(PAGES[code], "fra+eng", ALL)
    assert chosen == f"{languages.supported()[code].tesseract}+eng"
    assert chosen is not None and len(chosen.split("+")) == 2  # never ten at once


@pytest.mark.parametrize("text", [FRENCH, ENGLISH, "", "12/05/2026 2026-0418"])
def test_french_english_and_empty_pages_keep_the_first_read(text: str) -> None:
    assert languages.reread_languages(text, "fra+eng", ALL) is None


def test_a_language_without_installed_data_is_not_chosen() -> None:
    assert languages.reread_languages(PAGES["de"], "fra+eng", ["fra", "eng", "spa"]) is None


def test_a_few_foreign_words_are_not_enough() -> None:
    """A French page quoting "Standesamt" or "der" once stays French."""
    text = FRENCH + " Traduction de la Geburtsurkunde du Standesamt."
    assert languages.reread_languages(text, "fra+eng", ALL) is None


def test_diacritics_count_as_evidence() -> None:
    assert languages.scores("ñ ñ ñ")["es"] == 3 * languages.LETTER_WEIGHT
    assert languages.detect("São João, Conceição") == "pt"
