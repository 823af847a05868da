"""The ``birth_certificate`` packet rule on documents built directly (no OCR)."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from docverify.doctypes.apostille import ApostilleFields
from docverify.doctypes.birth_certificate import BirthCertificateFields
from docverify.doctypes.translation import TranslationFields
from docverify.model import (
    Applicant,
    AuditContext,
    AuditOptions,
    DocType,
    Document,
    PageRef,
    PageText,
    Status,
    Word,
)
from docverify.rules import birth_certificate as rule

DOB = dt.date(1992, 3, 8)
APPLICANT = Applicant("BRANDT", "LUKAS JOHANNES", DOB, "DEU", "d0")


def page(file: str, n: int = 1) -> PageText:
    return PageText(PageRef(file, n), None, 200, (), "text_layer")


def cert(
    country: str | None = "DEU",
    *,
    surname: str | None = "BRANDT",
    given: str | None = "Lukas Johannes",
    dob: dt.date | None = DOB,
    language: str | None = "de",
    file: str = "acte.pdf",
    doc_id: str = "d1",
    **more: object,
) -> Document:
    fields = BirthCertificateFields(surname, given, dob, "München", country, language, **more)  # type: ignore[arg-type]
    return Document(doc_id, DocType.BIRTH_CERTIFICATE, 1.0, (page(file),), fields)


def apostille(
    country: str | None, code: str | None, file: str, n: int = 1, doc_id: str = "d2"
) -> Document:
    fields = ApostilleFields(country, dt.date(2026, 2, 9), "A-1", "J. Soto", code)
    return Document(doc_id, DocType.APOSTILLE, 1.0, (page(file, n),), fields)


def translation(person: str | None = "LUKAS JOHANNES BRANDT", doc_id: str = "d3") -> Document:
    fields = TranslationFields("Marie LEFEBVRE", "allemand", "birth_certificate", person, DOB)
    return Document(doc_id, DocType.TRANSLATION, 1.0, (page("traduction.pdf"),), fields)


def run(
    *docs: Document, applicant: Applicant = APPLICANT
) -> tuple[Status, set[str], tuple[str, ...]]:
    ctx = AuditContext(AuditOptions(as_of=dt.date(2026, 11, 15)), docs, applicant)
    res = rule.check(ctx)
    return res.status, {f.code for f in res.findings}, res.documents


def test_missing() -> None:
    status, codes, _ = run()
    assert status == Status.MISSING and codes == {"birth_certificate.missing"}


def test_german_certificate_without_apostille_is_complete_with_eu_information() -> None:
    status, codes, _ = run(cert("DEU"))
    assert status == Status.COMPLETE
    assert "birth_certificate.apostille_exempt_eu" in codes
    assert "birth_certificate.translation_may_be_requested" in codes


def test_french_certificate_needs_nothing() -> None:
    status, codes, _ = run(cert("FRA", language="fr"))
    assert (status, codes) == (Status.COMPLETE, set())


def test_us_certificate_without_apostille_is_invalid() -> None:
    status, codes, _ = run(cert("USA", language="en"))
    assert status == Status.INVALID and "birth_certificate.no_apostille" in codes


def test_apostille_on_the_next_page_of_the_same_file_is_linked() -> None:
    a = apostille("United States of America", "USA", "acte.pdf", 2)
    status, _, docs = run(cert("USA", language="en"), a)
    assert status == Status.COMPLETE and docs == ("d1", "d2")


def test_apostille_in_another_file_of_the_same_country_is_linked() -> None:
    a = apostille("Estados Unidos Mexicanos", "MEX", "apostilla.pdf")
    status, _, docs = run(cert("MEX", language="es"), a)
    assert status == Status.COMPLETE and "d2" in docs


def test_apostille_of_another_country_in_another_file_is_not_linked() -> None:
    a = apostille("República Federativa do Brasil", "BRA", "apostila.pdf")
    status, codes, docs = run(cert("MEX", language="es"), a)
    assert status == Status.INVALID
    assert {"birth_certificate.no_apostille", "birth_certificate.apostille_other_country"} <= codes
    assert "d2" not in docs


def test_apostille_stamp_on_the_certificate_itself_counts() -> None:
    status, _, _ = run(cert("USA", language="en", has_apostille=True))
    assert status == Status.COMPLETE


def test_certificate_of_someone_else_is_invalid() -> None:
    other = cert("DEU", surname="WEBER", given="Anna", dob=dt.date(1990, 1, 2))
    status, codes, _ = run(other)
    assert status == Status.INVALID and "birth_certificate.other_person" in codes


def test_same_date_of_birth_other_name_is_questionable() -> None:
    """Another surname and given name, but the applicant's date of birth: not enough to
    call it another person's certificate; a clerk checks."""
    status, codes, _ = run(cert("DEU", surname="WEBER", given="Anna"))
    assert status == Status.QUESTIONABLE
    assert "birth_certificate.name_mismatch_unconfirmed" in codes


def test_given_names_only_is_questionable_not_another_person() -> None:
    """ "SARAH" where the passport says SARAH ELIZABETH KLEIN: the surname was not read."""
    applicant = Applicant("KLEIN", "SARAH ELIZABETH", DOB, "USA", "d0")
    c = cert("DEU", surname=None, given=None, full_name="SARAH")
    status, codes, _ = run(c, applicant=applicant)
    assert status == Status.QUESTIONABLE and "birth_certificate.other_person" not in codes


def test_other_date_of_birth_alone_is_invalid() -> None:
    """Against the passport's MRZ-verified date of birth: one of them must be corrected.
    Against a date the packet only has from the form's handwriting (no identity document
    could be read): a look is asked, not an error."""
    from docverify.doctypes.travel_document import IdentityFields

    passport = Document("d0", DocType.PASSPORT, 1.0, (page("passport.jpg"),),
                        IdentityFields("BRANDT", "LUKAS JOHANNES", "C01X00T47", "D", "D", DOB,
                                       "M", dt.date(2031, 1, 1), True,
                                       {"date_of_birth": True}))  # fmt: skip
    status, codes, _ = run(passport, cert("DEU", dob=dt.date(1992, 8, 3)))
    assert status == Status.INVALID and "birth_certificate.other_date_of_birth" in codes
    from_form = Applicant("BRANDT", "LUKAS JOHANNES", DOB, None, None)
    status, codes, _ = run(cert("DEU", dob=dt.date(1992, 8, 3)), applicant=from_form)
    assert status == Status.QUESTIONABLE and "birth_certificate.other_date_of_birth" in codes


def test_full_name_in_one_field_is_compared() -> None:
    """Brazilian certidão: NOME holds the whole name."""
    c = cert("DEU", surname=None, given=None, full_name="LUKAS JOHANNES BRANDT")
    status, codes, _ = run(c)
    assert status == Status.COMPLETE and "birth_certificate.other_person" not in codes


def test_applicants_certificate_wins_over_someone_elses() -> None:
    other = cert("DEU", surname="WEBER", given="Anna", doc_id="d5", file="other.pdf")
    status, _, docs = run(other, cert("DEU"))
    assert status == Status.COMPLETE and docs[0] == "d1"


def test_translation_is_linked_and_replaces_the_information() -> None:
    status, codes, docs = run(cert("DEU"), translation())
    assert status == Status.COMPLETE and "d3" in docs
    assert "birth_certificate.translated" in codes
    assert "birth_certificate.translation_may_be_requested" not in codes


def test_translation_of_someone_else_is_not_linked() -> None:
    _, codes, docs = run(cert("DEU"), translation("ANNA WEBER"))
    assert "d3" not in docs and "birth_certificate.translation_may_be_requested" in codes


def test_multilingual_extract_needs_no_translation() -> None:
    status, codes, _ = run(cert("PRT", language="mul", multilingual=True))
    assert status == Status.COMPLETE
    assert "birth_certificate.multilingual_extract" in codes
    assert "birth_certificate.translation_may_be_requested" not in codes


def test_country_needing_legalisation_is_questionable() -> None:
    status, codes, _ = run(cert("SYR", language="en"))
    assert status == Status.QUESTIONABLE and "birth_certificate.legalisation_needed" in codes


def test_a_legalisation_its_sworn_translation_records_is_the_certificates() -> None:
    """set_dl p01 (wave 48, read after its blind figure): a Syrian extract in Arabic, its
    stamps not read; its sworn translation renders them ("Légalisation du Ministère des
    Affaires étrangères et des Expatriés, puis de l'Ambassade de France"): legalised.
    A translation that records no legalisation leaves it to be checked."""
    rows = ["TRADUCTION DE L'ARABE", "République arabe syrienne", "Prénom Mohammad",
            "Délivré à Damas le 14/03/2026. Légalisation du Ministère des Affaires",
            "étrangères et des Expatriés, puis de l'Ambassade de France (section consulaire)"]  # fmt: skip
    fields = TranslationFields("Nadia BENSALEM-ROUX", "arabe", "birth_certificate",
                               "LUKAS JOHANNES BRANDT", DOB)  # fmt: skip
    t = Document("d3", DocType.TRANSLATION, 1.0,
                 (_words_page("traduction.pdf", rows, 96.0, "text_layer"),), fields)  # fmt: skip
    status, codes, _ = run(cert("SYR", language="ar"), t)
    assert status == Status.COMPLETE and "birth_certificate.legalised" in codes
    plain = Document("d3", DocType.TRANSLATION, 1.0,
                     (_words_page("traduction.pdf", rows[:3], 96.0, "text_layer"),), fields)  # fmt: skip
    status, codes, _ = run(cert("SYR", language="ar"), plain)
    assert status == Status.QUESTIONABLE and "birth_certificate.legalisation_needed" in codes


def test_an_egyptian_certificate_needs_no_legalisation() -> None:
    """The Franco-Egyptian convention of 15 March 1982 (art. 42) exempts it (set_bg p03)."""
    status, codes, _ = run(cert("EGY", language="en"))
    assert status == Status.COMPLETE and "birth_certificate.legalisation_needed" not in codes


@pytest.mark.parametrize(
    ("country", "language", "expected", "said", "not_said"),
    [
        # Lebanon is no Hague party: the legalisation it carries is the formality it needs
        # (it was asked for again, "check that it carries it", while it carried it)
        ("LBN", "fr", Status.COMPLETE, "legalised", "legalisation_needed"),
        # Cambodia neither (set_an p03: its legalisation was doubted as no apostille)
        ("KHM", "en", Status.COMPLETE, "legalised", "legalised_not_apostilled"),
        # a legalisation where the country list asks an apostille: the list may be behind,
        # or the stamp misread as one; a doubt to check, not a missing formality
        ("MEX", "es", Status.QUESTIONABLE, "legalised_not_apostilled", "no_apostille"),
        # a party of late (Bangladesh since 30 March 2025, Pakistan since 9 March 2023):
        # its certificates were legalised until then, and that legalisation stands
        ("BGD", "en", Status.COMPLETE, "legalised_before_apostille", "legalised_not_apostilled"),
        ("PAK", "en", Status.COMPLETE, "legalised_before_apostille", "legalisation_needed"),
    ],
)
def test_a_legalised_certificate(
    country: str, language: str, expected: Status, said: str, not_said: str
) -> None:
    status, codes, _ = run(cert(country, language=language, legalised=True,
                                legalised_by="AMBASSADE DE FRANCE"))  # fmt: skip
    assert status == expected
    assert f"birth_certificate.{said}" in codes and f"birth_certificate.{not_said}" not in codes


def test_the_embassy_that_legalised_a_certificate_names_its_country() -> None:
    """set_ce p03 (wave 29): a Sri Lankan certificate whose heading was not read, legalised
    by "AMBASSADE DE FRANCE A SRI LANKA ET AUX MALDIVES": the embassy says whose document
    it is, so the formality is judged for Sri Lanka, not for a country unknown. An
    embassy naming an apostille country still leaves the doubt of the wrong formality."""
    by = "AMBASSADE DE FRANCE A SRI LANKA ET AUX MALDIVES"
    status, codes, _ = run(cert(None, language="en", legalised=True, legalised_by=by))
    assert status == Status.COMPLETE and "birth_certificate.legalised" in codes
    mexico = "Ambassade de France au Mexique"
    status, codes, _ = run(cert(None, language="es", legalised=True, legalised_by=mexico))
    assert status == Status.QUESTIONABLE and "birth_certificate.legalised_not_apostilled" in codes


def test_haiti_needs_legalisation() -> None:
    status, codes, _ = run(cert("HTI", language="fr"))
    assert status == Status.QUESTIONABLE and "birth_certificate.legalisation_needed" in codes


def test_bilateral_exemption_is_information() -> None:
    status, codes, _ = run(cert("SEN", language="fr"))
    assert status == Status.COMPLETE and "birth_certificate.apostille_exempt_bilateral" in codes


def test_unknown_country_without_apostille_is_questionable() -> None:
    status, codes, _ = run(cert(None, language="en"))
    assert status == Status.QUESTIONABLE
    assert "birth_certificate.no_apostille_country_unknown" in codes


def test_forenames_only_entry_of_birth_is_compared_on_forenames() -> None:
    """England and Wales: "Name, if any" gives forenames; the entry states no surname."""
    status, codes, _ = run(cert("GBR", surname=None, language="en", has_apostille=True))
    assert status == Status.COMPLETE and "birth_certificate.surname_not_stated" in codes
    other = dt.date(1990, 5, 1)
    status, codes, _ = run(
        cert("GBR", surname=None, given="Anna", dob=other, language="en", has_apostille=True)
    )
    assert status == Status.INVALID and "birth_certificate.other_person" in codes
    # other forenames but the passport's date of birth, or no date read (a garbled read
    # of the name, "a el spl ALL"): nothing says it is another person; a look is asked
    for dob in (DOB, None):
        status, codes, _ = run(
            cert("GBR", surname=None, given="a el spl ALL", dob=dob, has_apostille=True)
        )
        assert status == Status.QUESTIONABLE, (dob, codes)
        assert "birth_certificate.name_mismatch_unconfirmed" in codes


def test_unread_name_with_the_passports_date_of_birth_is_complete_and_said() -> None:
    """A certificate whose name could not be read but whose date of birth is read and is
    the passport's: the applicant's, with the unread name said as information."""
    status, codes, _ = run(cert("DEU", surname=None, given=None))
    assert status == Status.COMPLETE and "birth_certificate.name_unreadable" in codes


def test_unread_name_and_no_date_of_birth_is_questionable() -> None:
    status, codes, _ = run(cert("DEU", surname=None, given=None, dob=None))
    assert status == Status.QUESTIONABLE and "birth_certificate.name_unreadable" in codes


def test_a_translation_without_a_recognised_original_is_questionable() -> None:
    """A Ukrainian certificate in Cyrillic is not recognised; its sworn translation is:
    the original is probably there, the helper checks it."""
    status, codes, used = run(translation())
    assert status == Status.QUESTIONABLE and codes == {"birth_certificate.original_not_recognised"}
    assert used == ("d3",)


def test_an_apostilled_original_in_another_script_with_its_translation_is_complete() -> None:
    """Certificate (Cyrillic, not read), apostille and sworn translation in one PDF (set_l
    p08): the translation names the applicant, the apostille and an unread page share its
    file: the original, apostilled and translated; complete, said. Without the unread page
    beside them, or without the apostille, the helper still checks."""
    unread = Document("d4", DocType.UNKNOWN, 0.0, (page("traduction.pdf", 1),))
    status, codes, used = run(translation(), apostille("UKR", None, "traduction.pdf", 2), unread)
    assert status == Status.COMPLETE and "birth_certificate.original_in_another_script" in codes
    assert set(used) == {"d2", "d3", "d4"}
    status, _, _ = run(translation(), unread)
    assert status == Status.QUESTIONABLE
    elsewhere = Document("d4", DocType.UNKNOWN, 0.0, (page("lettre.pdf", 1),))
    status, _, _ = run(translation(), apostille("UKR", None, "apostille.pdf"), elsewhere)
    assert status == Status.QUESTIONABLE


def test_a_legalised_original_in_another_script_with_its_translation_is_complete() -> None:
    """An Egyptian certificate in Arabic, legalised by the French consulate on a page of its
    own in the same PDF, and its sworn translation (set_aj p01): the legalisation stands
    where an apostille would; the stamp page is not taken for the original."""
    rows = ["CONSULAT GÉNÉRAL DE FRANCE AU CAIRE", "Vu pour légalisation",
            "de la signature de M. Ahmed SAMIR", "Le Caire, le 22/02/2026"]  # fmt: skip
    words = tuple(
        Word(text, (10 + 60 * j, 40 * i, 60 + 60 * j, 40 * i + 30), 92.0, (1, 1, i))
        for i, row in enumerate(rows)
        for j, text in enumerate(row.split())
    )
    stamp_page = PageText(PageRef("acte.pdf", 2), None, 200, words, "ocr")
    stamp = Document("d5", DocType.UNKNOWN, 0.0, (stamp_page,))
    original = Document("d4", DocType.UNKNOWN, 0.0, (page("acte.pdf", 1),))
    status, codes, used = run(translation(), original, stamp)
    assert status == Status.COMPLETE and "birth_certificate.original_in_another_script" in codes
    assert used[1:] == ("d4", "d5")
    # the stamp page alone beside the translation: no original to speak of
    status, _, _ = run(translation(), stamp)
    assert status == Status.QUESTIONABLE


def test_a_translation_of_someone_elses_certificate_does_not_stand_in() -> None:
    status, _, _ = run(translation("PIOTR NOWAK"))
    assert status == Status.MISSING


def _cert_reading(*lines: str) -> Document:
    """A certificate whose fields were not read, its page's words as given."""
    words = tuple(
        Word(text, (10 + 60 * j, 40 * i, 60 + 60 * j, 40 * i + 30), 92.0, (1, 1, i))
        for i, line in enumerate(lines)
        for j, text in enumerate(line.split())
    )
    fields = BirthCertificateFields(None, None, None, None, "USA", "en", has_apostille=True)
    page = PageText(PageRef("acte.pdf", 1), None, 200, words, "ocr")
    return Document("d1", DocType.BIRTH_CERTIFICATE, 1.0, (page,), fields)


def test_unread_name_fields_but_the_name_in_the_text_is_complete_and_said() -> None:
    """Labels in a light column of their own did not read, so no field was: the page still
    names the applicant, surname and given name as the passport writes them."""
    doc = _cert_reading("CERTIFICATE OF BIRTH", "Name of child", "BRANDT", "LUKAS JOHANNES",
                        "Male", "March 8, 1992", "PETER BRANDT")  # fmt: skip
    status, codes, _ = run(doc)
    assert status == Status.COMPLETE and "birth_certificate.name_in_text" in codes
    # a sibling's certificate: the family name is there, not the applicant's given names
    sibling = _cert_reading("CERTIFICATE OF BIRTH", "BRANDT", "ANNA MARIA", "PETER BRANDT")
    status, codes, _ = run(sibling)
    assert status == Status.QUESTIONABLE and "birth_certificate.name_unreadable" in codes
    # a near spelling among the page's words is no evidence
    near = _cert_reading("CERTIFICATE OF BIRTH", "BRANTD", "LUKAS")
    assert run(near)[0] == Status.QUESTIONABLE


def test_a_multilingual_extract_needs_no_apostille_whatever_its_state() -> None:
    """CIEC Convention n° 16, art. 8: accepted without legalisation in every state party
    (Turkey issues them; it is no EU member)."""
    status, codes, _ = run(cert("TUR", language="mul", multilingual=True))
    assert status == Status.COMPLETE, codes
    assert "birth_certificate.apostille_exempt_multilingual" in codes
    assert run(cert("TUR", language="tr"))[0] == Status.INVALID  # a plain Turkish copy


def test_forenames_read_as_one_word_still_agree() -> None:
    """A Turkish extract's "ELİF NAZ" read "ELIFNAZ", the surname under it unread
    (set_bb p02): the forenames are the passport's, run together."""
    applicant = dataclasses.replace(APPLICANT, given_names="ELIF NAZ")
    status, codes, _ = run(
        cert("GBR", surname=None, given="ELIFNAZ", language="en", has_apostille=True),
        applicant=applicant,
    )
    assert status == Status.COMPLETE and "birth_certificate.surname_not_stated" in codes


def test_forenames_beside_a_garbled_word_still_agree() -> None:
    """A glyph of another script read with low confidence ("BEX") is no forename."""
    doc = _cert_reading("NOTARIAL CERTIFICATE", "Given name LUKAS JOHANNES BEX")
    words = tuple(
        dataclasses.replace(w, conf=40.0) if w.text == "BEX" else w for w in doc.pages[0].words
    )
    page = dataclasses.replace(doc.pages[0], words=words)
    fields = dataclasses.replace(doc.fields, given_names="LUKAS JOHANNES BEX", date_of_birth=DOB)
    doc = dataclasses.replace(doc, pages=(page,), fields=fields)
    status, codes, _ = run(doc)
    assert status == Status.COMPLETE and "birth_certificate.surname_not_stated" in codes
    # read with confidence, the third word is a forename of someone else
    sure = dataclasses.replace(doc, pages=(dataclasses.replace(page, words=doc.pages[0].words),))
    sure = dataclasses.replace(sure, pages=(dataclasses.replace(sure.pages[0], words=tuple(
        dataclasses.replace(w, conf=95.0) for w in words)),))  # fmt: skip
    assert run(sure)[0] == Status.QUESTIONABLE


def test_an_apostille_beside_an_unrecognised_page_is_a_certificate_to_look_at() -> None:
    """A Russian свидетельство (no Cyrillic model here) and its apostille in one file: not
    "missing", but a page the helper must look at."""
    unread = Document("d5", DocType.UNKNOWN, 0.0, (page("svidetelstvo.pdf", 1),))
    stamp = apostille("RUS", None, "svidetelstvo.pdf", 2)
    status, codes, _ = run(unread, stamp)
    assert status == Status.QUESTIONABLE and "birth_certificate.apostilled_not_recognised" in codes
    # an unrecognised page in another file says nothing of the apostille
    other = Document("d5", DocType.UNKNOWN, 0.0, (page("scan.pdf", 1),))
    assert run(other, stamp)[0] == Status.MISSING


def test_a_doubtful_name_read_with_the_passports_date_of_birth_is_said_not_doubted() -> None:
    """A Georgian certificate: its names in a script without a model here read as noise
    ("bobgm o Name", at low confidence), its date of birth the passport's."""
    words = (
        Word("bobgm", (10, 40, 90, 70), 38.0, (1, 1, 1)),
        Word("Name", (100, 40, 160, 70), 51.0, (1, 1, 1)),
        Word("21.05.1996", (10, 80, 160, 110), 91.0, (1, 1, 2)),
    )
    fields = BirthCertificateFields("bobgm", "Name", DOB, None, "GEO", "ka", has_apostille=True)
    page = PageText(PageRef("acte.pdf", 1), None, 200, words, "ocr")
    doc = Document("d1", DocType.BIRTH_CERTIFICATE, 1.0, (page,), fields)
    status, codes, _ = run(doc)
    assert status == Status.COMPLETE and "birth_certificate.name_unreadable" in codes, codes
    # another date of birth: the doubt stays
    other = dataclasses.replace(
        doc, fields=dataclasses.replace(fields, date_of_birth=dt.date(1990, 1, 1))
    )
    assert run(other)[0] == Status.QUESTIONABLE


def test_a_childs_certificate_naming_the_applicant_as_parent_is_not_theirs() -> None:
    """No field read, the applicant named only on the mother's line: no evidence."""
    child = _cert_reading("CERTIFICATE OF BIRTH", "Name of child", "TOBIAS", "Male",
                          "Mother LUKAS JOHANNES BRANDT")  # fmt: skip
    status, codes, _ = run(child)
    assert status == Status.QUESTIONABLE and "birth_certificate.name_in_text" not in codes


def test_a_parents_forename_read_as_the_given_names_gives_way_to_the_name_in_the_text() -> None:
    """A Turkish registry extract (set_x p02): "Soyadı" and "Adı" lost in the read, the
    mother's line ("Ana Adı | AYSE") taken for the given names. The page names the applicant
    word for word, on lines that are no parent's: the read is said, not held against the
    packet; on a parent's line alone the name proves nothing."""
    ayse = cert("TUR", surname=None, given="AYSE", language="tr", has_apostille=True)
    named = _cert_reading("DOGUM KAYIT ORNEGI", "se ne ae oe BRANDT", "ach : a LUKAS JOHANNES",
                          "Babaadı PETER", "Ana Adi AYSE")  # fmt: skip
    doc = dataclasses.replace(ayse, pages=named.pages)
    status, codes, _ = run(doc)
    assert status == Status.COMPLETE and "birth_certificate.name_in_text" in codes
    parents_only = _cert_reading("DOGUM KAYIT ORNEGI", "Baba Adi BRANDT LUKAS", "Ana Adi AYSE")
    status, codes, _ = run(dataclasses.replace(ayse, pages=parents_only.pages))
    assert status == Status.QUESTIONABLE
    assert "birth_certificate.name_mismatch_unconfirmed" in codes


def test_a_legalisation_scanned_apart_from_its_certificate_is_its_formality() -> None:
    """A DR Congo certificate whose back, legalised by the Congolese foreign ministry and
    the French embassy, was scanned as a file of its own and left unrecognised (set_ak
    p02): the legalisation the country needs is there; without it, it is asked for."""
    rows = ["AMBASSADE DE FRANCE EN R.D. CONGO", "Vu pour légalisation de la signature",
            "Kinshasa, le 20/11/2025"]  # fmt: skip
    words = tuple(
        Word(text, (10 + 60 * j, 40 * i, 60 + 60 * j, 40 * i + 30), 92.0, (1, 1, i))
        for i, row in enumerate(rows)
        for j, text in enumerate(row.split())
    )
    back = Document("d5", DocType.UNKNOWN, 0.0,
                    (PageText(PageRef("acte_naissance_2.jpg", 1), None, 200, words, "ocr"),))  # fmt: skip
    front = cert("COD", language="fr", file="acte_naissance_1.jpg")
    status, codes, used = run(front, back)
    assert status == Status.COMPLETE and "birth_certificate.legalised" in codes
    assert "d5" in used
    status, codes, _ = run(front)
    assert status == Status.QUESTIONABLE and "birth_certificate.legalisation_needed" in codes
    # a page with no stamp on it stands in for nothing
    status, _, _ = run(front, Document("d6", DocType.UNKNOWN, 0.0, (page("autre.jpg"),)))
    assert status == Status.QUESTIONABLE


def test_a_country_the_lists_do_not_place_is_a_question_not_a_missing_apostille() -> None:
    """Kenya is in no list (neither a known party to the Apostille Convention nor a
    country known to legalise): a certificate without either formality is questioned
    (what it needs is checked), never invalid on a guess; with a legalisation, complete.
    A known party still needs its apostille."""
    status, codes, _ = run(cert("KEN", language="en"))
    assert status == Status.QUESTIONABLE and "birth_certificate.formality_unknown" in codes
    status, codes, _ = run(cert("KEN", language="en", legalised=True))
    assert status == Status.COMPLETE and "birth_certificate.legalised" in codes
    status, codes, _ = run(cert("USA", language="en"))
    assert status == Status.INVALID and "birth_certificate.no_apostille" in codes


def test_a_certificate_whose_name_did_not_read_is_named_by_its_translation() -> None:
    """set_aq p03: a Kyrgyz certificate in Cyrillic, its values printed over their captions
    (no name field read), apostilled, and its sworn translation naming the applicant: the
    name is checked on the translation, not left as "could not be read". A translation
    naming someone else leaves the doubt."""
    original = cert("UKR", surname=None, given=None, dob=None, language="ru", has_apostille=True)
    status, codes, _ = run(original, translation())
    assert status == Status.COMPLETE and "birth_certificate.name_in_translation" in codes
    status, codes, _ = run(original, translation(person="OLGA PETRENKO"))
    assert "birth_certificate.name_in_translation" not in codes


def test_a_cyrillic_name_in_another_romanisation_is_the_same_name() -> None:
    """set_ao p04: a Belarusian passport writes the Belarusian spelling KAVALIOVA
    ALIAKSANDRA; the certificate, in Russian, Ковалёва Александра, read "Kovaleva
    Aleksandra". The consonants agree: one name in two romanisations. The same words on
    a certificate in a Latin-script language are a surname to check."""
    applicant = Applicant("KAVALIOVA", "ALIAKSANDRA", DOB, "BLR", "d0")
    russian = cert("BLR", surname="Kovaleva", given="Aleksandra", language="ru", has_apostille=True)
    status, codes, _ = run(russian, applicant=applicant)
    assert status == Status.COMPLETE and "birth_certificate.name_romanised" in codes
    latin = dataclasses.replace(russian, fields=dataclasses.replace(russian.fields, language="pl"))
    assert run(latin, applicant=applicant)[0] == Status.QUESTIONABLE
    # another family name with the same given name stays a question
    other = cert("BLR", surname="Kovalenko", given="Aleksandra", language="ru", has_apostille=True)
    assert run(other, applicant=applicant)[0] == Status.QUESTIONABLE


def _words_page(file: str, rows: list[str], conf: float, source: str = "ocr") -> PageText:
    words = tuple(
        Word(text, (10 + 60 * j, 40 * i, 60 + 60 * j, 40 * i + 30), conf, (1, 1, i))
        for i, row in enumerate(rows)
        for j, text in enumerate(row.split())
    )
    return PageText(PageRef(file, 1), None, 200, words, source, mean_conf=conf)


def test_an_original_in_another_script_from_an_exempt_country_needs_no_formality() -> None:
    """An Egyptian certificate in Arabic (read as Latin scraps) and its sworn translation in
    another file (set_bg p03): Egypt's certificates need no legalisation in France (the
    convention of 15 March 1982), so the page in a script not read, beside a translation
    naming the applicant, is the original. A Latin page that is merely unrecognised is no
    original in another script."""
    rows = ["TRADUCTION (de l'arabe vers le français)",
            "République Arabe d'Égypte — Ministère de l'Intérieur", "ACTE DE NAISSANCE"]  # fmt: skip
    fields = TranslationFields("Karim BENSALEM", "arabe", "birth_certificate",
                               "LUKAS JOHANNES BRANDT", DOB)  # fmt: skip
    t = Document("d3", DocType.TRANSLATION, 1.0,
                 (_words_page("traduction.pdf", rows, 96.0, "text_layer"),), fields)  # fmt: skip
    arabic = _words_page("shahadet_milad.jpg", ["dy all pas bsg", "Alu by gall eV pls"], 30.0)
    original = Document("d4", DocType.UNKNOWN, 0.0, (arabic,))
    status, codes, used = run(t, original)
    assert status == Status.COMPLETE and "birth_certificate.original_in_another_script" in codes
    assert used == ("d3", "d4")
    latin = _words_page("lettre.jpg", ["Madame, Monsieur, je vous prie", "de bien vouloir"], 91.0)
    status, _, _ = run(t, Document("d4", DocType.UNKNOWN, 0.0, (latin,)))
    assert status == Status.QUESTIONABLE


def test_a_legalisation_scanned_apart_stands_for_an_original_filed_alone() -> None:
    """An Iranian shenasnameh in Persian (a script not read here: its words read with
    little confidence), its legalisations (Iran's foreign ministry, the French embassy)
    scanned as a file of their own, and its sworn translation (set_bl p02). The one page
    read that poorly is the original; two such pages, or a page read well, leave the
    helper to check."""
    stamp_rows = ["AMBASSADE DE FRANCE EN IRAN", "SERVICE DES LÉGALISATIONS",
                  "Vu pour légalisation de la signature"]  # fmt: skip

    def ocr_page(file: str, rows: list[str], conf: float) -> PageText:
        words = tuple(
            Word(text, (10 + 60 * j, 40 * i, 60 + 60 * j, 40 * i + 30), conf, (1, 1, i))
            for i, row in enumerate(rows)
            for j, text in enumerate(row.split())
        )
        return PageText(PageRef(file, 1), None, 200, words, "ocr", mean_conf=conf)

    stamp = Document("d5", DocType.UNKNOWN, 0.0, (ocr_page("legalisation.jpg", stamp_rows, 91),))
    persian = ["2 5B Ue OSs", "Jhb pe Ds"]
    original = Document("d4", DocType.UNKNOWN, 0.0, (ocr_page("shenasnameh.jpg", persian, 31),))
    status, codes, used = run(translation(), original, stamp)
    assert status == Status.COMPLETE and "birth_certificate.original_in_another_script" in codes
    assert used[1:] == ("d4", "d5")
    other = Document("d6", DocType.UNKNOWN, 0.0, (ocr_page("scan_2.jpg", persian, 28),))
    status, _, _ = run(translation(), original, other, stamp)
    assert status == Status.QUESTIONABLE
    letter = ["Madame, Monsieur,", "je vous prie de trouver ci-joint"]
    read_well = Document("d4", DocType.UNKNOWN, 0.0, (ocr_page("scan_1.jpg", letter, 90),))
    status, _, _ = run(translation(), read_well, stamp)
    assert status == Status.QUESTIONABLE


def test_a_certificate_read_without_its_date_does_not_hide_one_that_differs() -> None:
    """set_bq p04 (wave 21, read after its end figure): a Colombian e-apostille's page,
    naming the act's holder, was also taken for a certificate; read without a date of
    birth it was complete, and the real certificate, whose date differs from the
    passport's (14/06 for 14/08/1992), was passed over: a defective packet called
    complete. A certificate read with its date speaks for the requirement."""
    from docverify.doctypes.travel_document import IdentityFields

    passport = Document("d0", DocType.PASSPORT, 1.0, (page("passport.jpg"),),
                        IdentityFields("BRANDT", "LUKAS JOHANNES", "C01X00T47", "D", "D", DOB,
                                       "M", dt.date(2031, 1, 1), True,
                                       {"date_of_birth": True}))  # fmt: skip
    undated = cert("DEU", dob=None, doc_id="d5", file="apostille.pdf")
    differs = cert("DEU", dob=dt.date(1992, 6, 8))
    status, codes, docs = run(passport, undated, differs)
    assert status == Status.INVALID and docs[0] == "d1", codes
    # the applicant's own certificate read with its date still wins
    status, _, docs = run(passport, undated, cert("DEU"))
    assert status == Status.COMPLETE and docs[0] == "d1"


def test_an_original_in_arabic_that_carries_its_own_legalisation_is_the_original() -> None:
    """set_by p02 (wave 25): a Syrian "بيان قيد ولادة" photographed, its legalisations
    stamped in French on the certificate itself (so its words read well enough), OSD seeing
    the page in Arabic; beside it a hand's attestation that no type claimed, read poorly.
    The page in Arabic that carries the legalisation is the original, not the poorly read
    page."""
    stamp_rows = ["SYRIAN ARAB REPUBLIC", "LÉGALISATION", "Vu pour légalisation de la signature"]
    syrian = dataclasses.replace(_words_page("acte.jpg", stamp_rows, 80.0), script="Arabic")
    hand = _words_page("attestation.jpg", ["je soussigne Claire", "heberge a mon domicile"], 40.0)
    original = Document("d4", DocType.UNKNOWN, 0.0, (syrian,))
    attestation = Document("d5", DocType.UNKNOWN, 0.0, (hand,))
    ctx = AuditContext(AuditOptions(as_of=dt.date(2026, 11, 15)),
                       (translation(), original, attestation), APPLICANT)  # fmt: skip
    res = rule.check(ctx)
    found = next(f for f in res.findings if f.code.endswith(".original_in_another_script"))
    assert res.status == Status.COMPLETE and found.evidence["original"] == "d4"
    assert "d5" not in res.documents and "carries its legalisation" in found.message


def test_a_certificate_in_arabic_is_dated_and_placed_by_its_translation() -> None:
    """set_bw p01 (wave 24): an Egyptian شهادة ميلاد recognised in Arabic, its name, its
    date (in Eastern Arabic digits) and its state not read; its sworn translation gives the
    passport's date of birth and "République arabe d'Égypte", whose certificates need no
    formality in France. Without the translation both stay questions."""
    rows = ["TRADUCTION DE L'ARABE VERS LE FRANÇAIS", "RÉPUBLIQUE ARABE D'ÉGYPTE",
            "ACTE DE NAISSANCE (extrait informatisé)", "Prénom de l'enfant Lukas"]  # fmt: skip
    fields = TranslationFields("Nour HADDAD", "arabe", "birth_certificate", "Lukas", DOB)
    t = Document("d3", DocType.TRANSLATION, 1.0,
                 (_words_page("traduction.pdf", rows, 96.0, "text_layer"),), fields)  # fmt: skip
    arabic = cert(None, surname=None, given=None, dob=None, language="ar")
    status, codes, _ = run(arabic, t)
    assert status == Status.COMPLETE, codes
    assert {"birth_certificate.apostille_exempt_bilateral", "birth_certificate.translated"} <= codes
    status, codes, _ = run(arabic)
    assert status == Status.QUESTIONABLE
    assert "birth_certificate.no_apostille_country_unknown" in codes


@pytest.mark.parametrize("country", ["PAK", "BGD"])
def test_a_party_of_late_has_its_certificates_apostilled(country: str) -> None:
    """Pakistan (9 March 2023) and Bangladesh (30 March 2025) joined the Apostille
    Convention: an apostille is their formality now, not a legalisation to ask for."""
    status, codes, _ = run(cert(country, language="en"))
    assert status == Status.INVALID and "birth_certificate.no_apostille" in codes
    status, codes, _ = run(cert(country, language="en", has_apostille=True))
    assert status == Status.COMPLETE, codes


def test_a_doubtful_date_of_birth_is_settled_by_the_sworn_translation() -> None:
    """set_cr p02: a Colombian registro civil whose day "27" read "2)" (the 2nd, with
    doubt), its sworn translation "27 septembre 1991", the passport's date. The
    translation was not linked (another date, so another certificate's) and the date was
    a doubt to check; its translation settles it."""
    import dataclasses

    from docverify.model import Word

    scanned = PageText(PageRef("registro_civil.pdf", 1), None, 200,
                       (Word("REGISTRO", (0, 0, 90, 20), 95.0, (1, 1, 1)),), "ocr")  # fmt: skip
    misread = dataclasses.replace(
        cert("COL", language="es", dob=DOB.replace(day=2), has_apostille=True),
        pages=(scanned,),
    )
    status, codes, docs = run(misread, translation())
    assert status == Status.COMPLETE, codes
    assert "birth_certificate.date_of_birth_by_translation" in codes and "d3" in docs
    # a reliable read of another date is not settled so: another certificate's translation
    status, codes, docs = run(cert("COL", language="es", dob=DOB.replace(day=2),
                                   has_apostille=True), translation())  # fmt: skip
    assert "birth_certificate.other_date_of_birth" in codes and "d3" not in docs


def test_a_translation_that_renders_the_originals_legalisation_stands_for_it() -> None:
    """set_cx p02 (wave 41): a Syrian "بيان قيد ولادة" photographed, all in Arabic (its
    stamps too), and its sworn translation, "EXTRAIT D'INSCRIPTION DE NAISSANCE", whose
    last lines render the stamp: "Cachet du Ministère des Affaires étrangères -
    Légalisation n° 5". The page in Arabic is the original, legalised as the translation
    says. Without that mention, the helper checks."""
    rows = ["TRADUCTION DE L'ARABE", "République Arabe Syrienne",
            "EXTRAIT D'INSCRIPTION DE NAISSANCE",
            "Mention : Cachet du Ministère des Affaires étrangères - Légalisation n° 5"]  # fmt: skip
    fields = TranslationFields("Nadia HADDAD", "arabe", "birth_certificate",
                               "LUKAS JOHANNES BRANDT", DOB)  # fmt: skip
    t = Document("d3", DocType.TRANSLATION, 1.0,
                 (_words_page("traduction.pdf", rows, 95.0),), fields)  # fmt: skip
    arabic = dataclasses.replace(
        _words_page("extrait.jpg", ["الجمهورية العربية السورية", "بيان قيد ولادة"], 77.0),
        script="Arabic",
    )
    original = Document("d4", DocType.UNKNOWN, 0.0, (arabic,))
    status, codes, used = run(t, original)
    assert status == Status.COMPLETE and "birth_certificate.original_in_another_script" in codes
    assert used == ("d3", "d4")
    bare = Document("d3", DocType.TRANSLATION, 1.0,
                    (_words_page("traduction.pdf", rows[:3], 95.0),), fields)  # fmt: skip
    status, _, _ = run(bare, original)
    assert status == Status.QUESTIONABLE
