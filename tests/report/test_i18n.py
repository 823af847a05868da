"""The message catalogue: every finding code the source can emit has its French sentence,
both languages name the same words, and French messages are filled from evidence."""

from __future__ import annotations

import pytest

from docverify.model import REQUIREMENT_IDS, DocType, Finding, PacketStatus, Severity, Status
from docverify.report.i18n import Messages, catalogue, default_lang
from tests.report.codes import emitted_codes


def test_codes_are_collected() -> None:
    codes = emitted_codes()
    # the collector sees rule codes (rid prefix), doctype codes and packet-level codes
    for code in ("bank_details.rib_key_invalid", "residence_proof.bills_not_consecutive",
                 "identity.missing", "mrz.check_digit_failed", "file.unreadable",
                 "page.time_budget", "employment.maybe_in_unreadable_file"):  # fmt: skip
        assert code in codes
    assert len(codes) > 150


def test_every_emitted_code_has_a_french_message() -> None:
    missing = sorted(emitted_codes() - set(catalogue("fr")["findings"]))
    assert not missing, f"finding codes without a French message in messages.fr.toml: {missing}"


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_every_word_of_the_reports_is_in_both_catalogues(lang: str) -> None:
    cat = catalogue(lang)
    assert set(cat["status"]) == {s.value for s in Status}
    assert set(cat["packet"]) == {s.value for s in PacketStatus}
    assert set(cat["severity"]) == {s.value for s in Severity}
    assert set(cat["requirement"]) == set(REQUIREMENT_IDS)
    assert set(cat["doctype"]) == {t.value for t in DocType}
    assert set(cat["ui"]) == set(catalogue("fr")["ui"]) == set(catalogue("en")["ui"])


def test_french_message_filled_from_evidence() -> None:
    f = Finding("bank_details.rib_key_invalid", Severity.ERROR,
                "The IBAN FR76 **** passes mod 97 but its French RIB key (clé RIB 87) does not match",
                evidence={"rib_key": "87"})  # fmt: skip
    text = Messages("fr").finding(f)
    assert text.startswith("L'IBAN passe le contrôle mod 97") and "(87)" in text
    assert "en anglais" not in text
    assert Messages("en").finding(f) == f.message


def test_french_falls_back_to_generic_sentence_with_english_detail() -> None:
    f = Finding("identity.expired", Severity.ERROR, "The passport expired on 3 May 2026.")
    text = Messages("fr").finding(f)
    assert text.startswith("La pièce d'identité a expiré")
    assert "{" not in text and "The passport expired on 3 May 2026." in text


def test_plain_generic_sentence_has_no_english_noise() -> None:
    f = Finding("employment.not_applicable", Severity.INFO,
                "Not needed: the form does not say the applicant works.")  # fmt: skip
    assert Messages("fr").finding(f) == (
        "Sans objet : le formulaire ne dit pas que le demandeur travaille."
    )


def test_unknown_code_keeps_the_english_sentence_marked() -> None:
    f = Finding("nowhere.new_code", Severity.WARNING, "Something new.")
    assert Messages("fr").finding(f) == "(en anglais) Something new."


def test_default_language_from_the_locale() -> None:
    assert default_lang({"LANG": "fr_FR.UTF-8"}) == "fr"
    assert default_lang({"LC_ALL": "en_GB.UTF-8", "LANG": "fr_FR.UTF-8"}) == "en"
    assert default_lang({}) == "en"
    assert default_lang({"LANG": "C.UTF-8"}) == "en"
