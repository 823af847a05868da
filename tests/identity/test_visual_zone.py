"""The printed zone of visas, passports and permits, compared with the MRZ the way the
issuers print it: one "Nom, prénom" line, bilingual names, two validity dates under two
labels on one line, names read in part."""

from __future__ import annotations

import dataclasses
import datetime as dt
from types import SimpleNamespace

from docverify.doctypes.long_stay_visa import validity_pair
from docverify.doctypes.mrz_names import reconcile_name
from docverify.doctypes.travel_document import IdentityFields, reconcile_names
from docverify.doctypes.visual_zone import visual_findings
from docverify.model import PageRef, PageText, Word


def _page(*lines: str, conf: dict[str, float] | None = None) -> PageText:
    words = []
    for n, line in enumerate(lines):
        x = 0
        for text in line.split():
            c = (conf or {}).get(text, 90.0)
            words.append(Word(text, (x, n * 40, x + 20 * len(text), n * 40 + 30), c, (1, 1, n)))
            x += 20 * len(text) + 15
    return PageText(PageRef("visa.jpg", 1), None, 300, tuple(words), "ocr")


def _fields(surname: str, given: str) -> IdentityFields:
    # any MRZ object will do: visual_findings only asks whether there is one, and
    # reconcile_names for its lines (none here: no name cut short)
    return IdentityFields(
        document_number="X1234567",
        surname=surname,
        given_names=given,
        nationality="GBR",
        issuing_country="GBR",
        date_of_birth=None,
        sex="M",
        expiry_date=None,
        mrz_valid=True,
        mrz=SimpleNamespace(lines=()),  # type: ignore[arg-type]
    )


def test_labels_on_one_line_above_both_dates() -> None:
    page = _page("DU / FROM AU / UNTIL", "01-06-26 31-05-27")
    assert validity_pair([page]) == (dt.date(2026, 6, 1), dt.date(2027, 5, 31))


def test_labels_on_one_line_above_dates_printed_one_under_the_other() -> None:
    # the "au" date is under the "du" one: "AU / UNTIL 20-04-26" is not the end date
    page = _page("DU / FROM AU / UNTIL", "20-04-26", ". .", "19-04-27", "TYPE DE VISA D")
    assert validity_pair([page]) == (dt.date(2026, 4, 20), dt.date(2027, 4, 19))


def test_dates_far_apart_or_reversed_under_each_other_are_not_a_validity() -> None:
    page = _page("30 MAY 2019", "Date of expiry", "29 MAY 2029", "DELIVRE LE", "30-03-26")
    assert validity_pair([page]) == (None, None)


def test_a_passports_issue_and_expiry_are_not_a_visas_validity() -> None:
    page = _page("Date of issue Date of expiry", "04/07/2016 03/07/2026")
    assert validity_pair([page]) == (None, None)


def test_a_full_name_under_a_nom_prenom_label_is_not_a_mismatch() -> None:
    printed = {"surname": "THOMPSON OLIVER JAMES", "given_names": "THOMPSON OLIVER JAMES"}
    assert visual_findings(_fields("THOMPSON", "OLIVER JAMES"), printed, "visa") == []


def test_a_surname_with_an_apostrophe_under_a_nom_prenom_label_is_not_a_mismatch() -> None:
    """The MRZ drops the apostrophe of O'CONNELL, the sticker's line reads "O CONNELL
    KATHRYN ELIZABETH" (set_be p04): the given names are what follows the surname."""
    line = "O CONNELL KATHRYN ELIZABETH"
    printed = {"surname": line, "given_names": line}
    assert visual_findings(_fields("OCONNELL", "KATHRYN ELIZABETH"), printed, "visa") == []


def test_bilingual_names_are_compared_by_their_latin_part() -> None:
    printed = {"surname": "LUEBYEHKO/SHEVCHENKO", "given_names": "OJIEHA/OLENA"}
    assert visual_findings(_fields("SHEVCHENKO", "OLENA"), printed, "passport") == []


def test_a_name_read_in_part_is_not_a_mismatch_but_another_name_is() -> None:
    assert (
        visual_findings(_fields("HERNANDEZ", "JOSE LUIS"), {"given_names": "LUIS"}, "permit") == []
    )
    (f,) = visual_findings(_fields("HERNANDEZ", "JOSE LUIS"), {"given_names": "PEDRO"}, "permit")
    assert f.code == "mrz.visual_mismatch" and f.evidence["field"] == "given_names"


def test_a_name_printed_beside_its_form_in_another_script_is_not_a_mismatch() -> None:
    """A Chinese passport prints 刘 beside LIU: tesseract reads "XI} LIU", and "FAX YUXIN"
    for the given name (set_l p04). A scrap of three letters or fewer beside the whole MRZ
    name is no other name; a longer extra word still is."""
    printed = {"surname": "XI} LIU", "given_names": "FAX YUXIN"}
    assert visual_findings(_fields("LIU", "YUXIN"), printed, "passport") == []
    (f,) = visual_findings(_fields("LIU", "YUXIN"), {"surname": "WANG LIU"}, "passport")
    assert f.evidence["field"] == "surname"


def test_a_filler_read_as_k_is_put_back_from_a_full_name_line() -> None:
    printed = {"surname": "EL IDRISSI SALMA", "given_names": "EL IDRISSI SALMA"}
    fields, found = reconcile_names(_fields("EL KIDRISSI", "SALMA"), printed, set(), "visa")
    assert (fields.surname, fields.given_names) == ("EL IDRISSI", "SALMA")
    assert [f.code for f in found] == ["mrz.names_cleaned"]
    fields, _ = reconcile_names(
        _fields("JOHNSON", "MARCUS KDEVONK"),
        {"given_names": "JOHNSON MARCUS DEVON"},
        set(),
        "passport",
    )
    assert fields.given_names == "MARCUS DEVON"


def test_an_mrz_letter_misread_and_a_name_s_marks_are_taken_from_the_printed_name() -> None:
    """set_cz p01 and p02 (wave 42, read): the MRZ read "QUEDRAOGO" under a printed
    "OUÉDRAOGO" (OCR-B's O taken for a Q), and "OCONNELL<HUGHES" for a printed
    "O'CONNELL-HUGHES" (the MRZ cannot write the marks). A correction, not fillers put
    back: the finding says so."""
    printed = {"surname": "OUÉDRAOGO", "given_names": "AICHA WENDKOUNI"}
    fields, found = reconcile_names(
        _fields("QUEDRAOGO", "AICHA WENDKOUNI"), printed, set(), "passport"
    )
    assert (fields.surname, fields.given_names) == ("OUEDRAOGO", "AICHA WENDKOUNI")
    assert [f.code for f in found] == ["mrz.names_repaired"]
    printed = {"surname": "O'CONNELL-HUGHES", "given_names": "SIOBHAN MARY"}
    fields, found = reconcile_names(
        _fields("OCONNELL HUGHES", "SIOBHAN MARY"), printed, set(), "passport"
    )
    assert fields.surname == "O'CONNELL-HUGHES"
    assert [f.code for f in found] == ["mrz.names_repaired"]


def test_other_names_over_given_names_the_mrz_cut_short() -> None:
    """set_dc p02 (wave 43, read): a Sri Lankan passport prints "Other Names" over
    "CHAMINDA PRASANNA KUMARA"; its MRZ cut them at "CHAMINDA<PRA". The label was not
    known, and a cut word was completed but the words after it were not."""
    from docverify.doctypes.visual_zone import visual_zone
    from docverify.model import DocType, Document

    page = _page("PASSPORT", "Surname", "WANNINAYAKE MUDIYANSELAGE", "Other Names",
                 "CHAMINDA PRASANNA KUMARA", "Nationality", "SRI LANKAN")  # fmt: skip
    printed = visual_zone(Document("d1", DocType.PASSPORT, 1.0, (page,)))
    assert printed["given_names"] == "CHAMINDA PRASANNA KUMARA"
    fields, _ = reconcile_names(
        _fields("WANNINAYAKE MUDIYANSELAGE", "CHAMINDA PRA"), printed, set(), "passport"
    )
    assert fields.given_names == "CHAMINDA PRASANNA KUMARA"


def test_a_filler_read_as_a_letter_is_dropped_when_the_page_prints_the_name_without_it() -> None:
    """No labelled printed zone was found: the page's words alone settle it."""
    words = {"PASSPORT", "BEN", "SALAH", "SAMI", "TUNISIE"}
    fields, found = reconcile_names(_fields("BEN SALAHK", "SAMI"), {}, words, "passport")
    assert (fields.surname, fields.given_names) == ("BEN SALAH", "SAMI")
    assert [f.code for f in found] == ["mrz.names_cleaned"]
    # a name the page prints as the MRZ reads it, or does not print at all, is kept
    for page in ({"ERIK", "ERI"}, set()):
        fields, found = reconcile_names(_fields("NOVAK", "ERIK"), {}, page, "passport")
        assert fields.given_names == "ERIK" and found == []


def test_the_next_label_is_no_printed_name() -> None:
    """A Philippine passport: under "Given names / Mga Pangalan" the value was missed and
    the next label ("Middle name / Panggitnang Apelyido", misread "Middie") was taken for
    it, then reported as a difference with the MRZ."""
    from docverify.doctypes.visual_zone import visual_zone
    from docverify.model import DocType, Document

    page = _page(
        "Apelyido/Surname",
        "DELA CRUZ",
        "Mga Pangalan/Given names",
        "Panggitnang Apelyido/Middie name",
        "REYES",
    )
    printed = visual_zone(Document("d1", DocType.PASSPORT, 1.0, (page,)))
    assert printed.get("surname") == "DELA CRUZ"
    assert "given_names" not in printed


def test_a_word_read_without_confidence_is_no_printed_name() -> None:
    """A bold KOUAME over a blurred guilloche read "Raven" at confidence 0 (set_be p02):
    no printed surname, so no difference with the MRZ; the given names, read well, stay."""
    from docverify.doctypes.visual_zone import visual_zone
    from docverify.model import DocType, Document

    page = _page(
        "Nom / Surname", "Raven", "Prénoms / Given names", "JEAN-BAPTISTE AHOUA", conf={"Raven": 0}
    )
    printed = visual_zone(Document("d1", DocType.PASSPORT, 1.0, (page,)))
    assert "surname" not in printed
    assert printed.get("given_names") == "JEAN-BAPTISTE AHOUA"


def test_a_printed_name_read_among_labels_is_none() -> None:
    """The value under "Nom/Surname" missed, its read holds the labels around it
    ("awl/Prénoms/Given names"): no printed name, so no difference with the MRZ."""
    from docverify.doctypes.visual_zone import visual_zone
    from docverify.model import DocType, Document

    page = _page("Nom/Surname", "awl/Prénoms/Given names", "SALMA")
    printed = visual_zone(Document("d1", DocType.PASSPORT, 1.0, (page,)))
    assert "surname" not in printed


def test_a_bilingual_caption_with_one_part_misread_is_no_printed_name() -> None:
    """The given names' value missed, the next caption "Sexe / Sex" read "‘Sere / Sex"
    (set_l p18): a label, not a name that differs from the MRZ."""
    from docverify.doctypes.visual_zone import _a_label

    assert _a_label("‘Sere / Sex") and not _a_label("OJIEHA/OLENA")


def test_names_printed_on_a_card_whose_mrz_did_not_survive_the_copy() -> None:
    """A CNI photocopied, its MRZ read as noise ("XSRTB7TPWZB6 K", set_l p01): the names
    printed under "Nom / Surname" and "Prénoms / Given names" are the card's, said in an
    info; a real MRZ name is never replaced."""
    from docverify.doctypes.travel_document import _printed_when_garbled

    printed = {"surname": "MOREAU", "given_names": "JULIEN"}
    fields, found = _printed_when_garbled(
        _fields("XSRTB7TPWZB6 K", "SI34FRAK K KK"), printed, "identity card", []
    )
    assert (fields.surname, fields.given_names) == ("MOREAU", "JULIEN")
    assert [f.code for f in found] == ["mrz.names_from_printed_zone"]
    kept, none = _printed_when_garbled(_fields("MOREAU", "JULIEN"), {"surname": "WANG"}, "x", [])
    assert kept.surname == "MOREAU" and none == []


def test_a_name_the_mrz_truncated_is_completed_from_the_printed_zone_word_only() -> None:
    """ICAO 9303 truncates names that overrun the MRZ field ("FERREIRA<DOS<SANTOS<<RUI<
    MIGUE" on a 30-character card line): the word cut in its middle takes its end from the
    printed name; a word the MRZ does not start is not added, nor a printed stray letter."""
    assert reconcile_name("RUI MIGUE", "RUI MIGUEL") == "RUI MIGUEL"
    assert reconcile_name("RUI", "RUI MIGUEL") == "RUI"
    assert reconcile_name("RUI MIGUEL", "RUI MIGUEL M") == "RUI MIGUEL"


def test_a_card_whose_mrz_was_not_read_at_all_gives_what_its_face_prints() -> None:
    """An Italian card photographed on its face, its MRZ (on the back) not read (set_n
    p03): the names, date of birth, expiry and nationality printed under their bilingual
    labels are the card's, said in an info; the applicant is then known as an EU national
    (no residence permit asked for). A nationality that is no state code is not taken."""
    from docverify.doctypes.base import ExtractContext
    from docverify.doctypes.national_id import SPEC
    from docverify.model import DocType, Document

    page = _page("REPUBBLICA ITALIANA", "CARTA DI IDENTITÀ / IDENTITY CARD",
                 "COGNOME / SURNAME", "DELL'ACQUA", "NOME / NAME", "GIULIA",
                 "DATA DI NASCITA / DATE OF BIRTH", "09.07.1996",
                 "CITTADINANZA / NATIONALITY", "ITA", "SCADENZA / EXPIRY", "07.04.2028")  # fmt: skip
    doc = Document("d1", DocType.NATIONAL_ID, 1.0, (page,))
    fields, found = SPEC.extract(doc, ExtractContext(dt.date(2026, 12, 1)))
    assert (fields.surname, fields.given_names) == ("DELL'ACQUA", "GIULIA")
    assert (fields.date_of_birth, fields.expiry_date) == (dt.date(1996, 7, 9), dt.date(2028, 4, 7))
    assert fields.nationality == "ITA" and fields.mrz_valid is None
    assert "mrz.fields_from_printed_zone" in [f.code for f in found]
    assert "mrz.unreadable" in [f.code for f in found]
    words = [w if w.text != "ITA" else Word("italiana", w.box, w.conf, w.line) for w in page.words]
    other = Document(
        "d1", DocType.NATIONAL_ID, 1.0, (PageText(page.ref, None, 300, tuple(words), "ocr"),)
    )
    assert SPEC.extract(other, ExtractContext(dt.date(2026, 12, 1)))[0].nationality is None


def test_a_recepisse_gives_its_own_number_and_the_end_of_its_validity_range() -> None:
    """A récépissé has no MRZ: its number is the "N°" under its title, not the foreigner's
    AGDREF number printed below, and it is valid until the second date of "valable du ...
    au ..." (set_o p06, d027, d028), never the day it was made ("Fait à ..., le ...")."""
    from docverify.doctypes.base import ExtractContext
    from docverify.doctypes.residence_permit import SPEC
    from docverify.model import DocType, Document

    page = _page("PRÉFECTURE DU NORD", "RÉCÉPISSÉ DE DEMANDE DE CARTE DE SÉJOUR",
                 "N° 3604453245", "Nom : KOVALENKO", "Prénom(s) : OKSANA",
                 "Né(e) le : 30/04/1986", "N° étranger (AGDREF): 5609034389",
                 "Fait à Rennes, le 29/08/2026",
                 "VALABLE DU 29/08/2026 AU 27/02/2027")  # fmt: skip
    doc = Document("d1", DocType.RESIDENCE_PERMIT, 1.0, (page,))
    fields, found = SPEC.extract(doc, ExtractContext(dt.date(2026, 12, 1)))
    assert fields.document_code == "RECEPISSE" and fields.issuing_country == "FRA"
    assert fields.document_number == "3604453245"
    assert fields.expiry_date == dt.date(2027, 2, 27)
    assert "mrz.unreadable" not in [f.code for f in found]
    only_agdref = [w for w in page.words if w.text != "3604453245"]
    other = Document(
        "d1",
        DocType.RESIDENCE_PERMIT,
        1.0,
        (PageText(page.ref, None, 300, tuple(only_agdref), "ocr"),),
    )
    assert SPEC.extract(other, ExtractContext(dt.date(2026, 12, 1)))[0].document_number is None


def test_a_recepisse_gives_its_holder_by_the_labels_without_colons() -> None:
    """set_bo p03 (wave 20, read): "Nom JEAN-BAPTISTE", "Prénom(s) Marie Nadége", "Né(e)
    le 05/11/1988", and the two numbers on one line: the récépissé had no holder, no birth
    date and no number (the line's "N° étranger" refused its own number with it)."""
    from docverify.doctypes.base import ExtractContext
    from docverify.doctypes.residence_permit import SPEC
    from docverify.model import DocType, Document

    page = _page("PREFECTURE DE LA SEINE-SAINT-DENIS", "RECEPISSE DE DEMANDE DE CARTE DE SEJOUR",
                 "N° du récépissé : 9302608142 N° étranger: 9302418657", "Nom JEAN-BAPTISTE",
                 "Prénom(s) Marie Nadége", "Sexe F", "Né(e) le 05/11/1988",
                 "Valable du 14/09/2026 au 13/03/2027")  # fmt: skip
    doc = Document("d1", DocType.RESIDENCE_PERMIT, 1.0, (page,))
    fields, _ = SPEC.extract(doc, ExtractContext(dt.date(2026, 11, 20)))
    assert fields.document_number == "9302608142"
    assert (fields.surname, fields.given_names) == ("JEAN-BAPTISTE", "MARIE NADEGE")
    assert fields.date_of_birth == dt.date(1988, 11, 5)


def test_a_recepisse_whose_short_label_stands_far_from_its_value() -> None:
    """set_da p04 (wave 42, read; recorded OCR boxes): "Nom" 480 px left of "CAVALCANTI DE
    ALBUQUERQUE", beyond the reach of a value right of its label, but in the column where
    "Prénom(s)"'s value starts: the holder had given names and no surname."""
    from docverify.doctypes.base import ExtractContext
    from docverify.doctypes.residence_permit import SPEC
    from docverify.model import DocType, Document

    rows = [
        (426, [("RÉCÉPISSÉ", 588), ("DE", 912), ("DEMANDE", 1002), ("DE", 1291), ("CARTE", 1379),
               ("DE", 1582), ("SÉJOUR", 1671)]),
        (628, [("N°", 1939), ("3302471986", 2023)]),
        (756, [("Nom", 686), ("CAVALCANTI", 1240), ("DE", 1520), ("ALBUQUERQUE", 1586)]),
        (830, [("Prénom(s)", 686), ("JOAO", 1239), ("VICTOR", 1370)]),
        (900, [("Né(e)", 686), ("le", 800), ("14/03/1994", 1239)]),
    ]  # fmt: skip
    words = tuple(
        Word(t, (x, y, x + 22 * len(t), y + 28), 92.0, (1, 1, k))
        for k, (y, row) in enumerate(rows)
        for t, x in row
    )
    page = PageText(PageRef("recepisse.pdf", 1), None, 300, words, "ocr")
    doc = Document("d1", DocType.RESIDENCE_PERMIT, 1.0, (page,))
    fields, _ = SPEC.extract(doc, ExtractContext(dt.date(2026, 11, 30)))
    assert (fields.surname, fields.given_names) == ("CAVALCANTI DE ALBUQUERQUE", "JOAO VICTOR")


def test_two_bilingual_date_labels_on_one_row_each_give_the_date_under_it() -> None:
    """A Vietnamese passport (set_ai p01): "Ngày cấp/Date of issue" and "Có giá trị
    đến/Date of expiry" side by side, the two dates under them. The expiry's label was
    walked left to the issue label's start (a bilingual label's first language), and the
    date of issue taken for the expiry: a false "printed expiry differs from the MRZ"."""
    from docverify.doctypes.visual_zone import EXPIRY_LABEL, value_below

    row = [("Ngay", 0), ("cap/Date", 95), ("of", 270), ("issue", 325),
           ("Co", 460), ("gia", 515), ("tri", 580), ("den/Date", 640), ("of", 810),
           ("expiry", 865)]  # fmt: skip
    words = [Word(t, (x, 0, x + 20 * len(t), 30), 90.0, (1, 1, 0)) for t, x in row]
    words += [Word("22/05/2023", (0, 45, 200, 75), 90.0, (1, 1, 1)),
              Word("22/05/2033", (460, 45, 660, 75), 90.0, (1, 1, 2))]  # fmt: skip
    page = PageText(PageRef("passeport.jpg", 1), None, 300, tuple(words), "ocr")
    assert value_below(page, EXPIRY_LABEL) == "22/05/2033"


def test_a_value_set_apart_from_its_label_on_the_same_row() -> None:
    """A récépissé's labels and values OCR'd as two blocks (set_bd p03): "Nom :" on a line
    of its own, "ZHANG" to its right on another; no MRZ, so the printed names are all."""
    from docverify.doctypes.visual_zone import visual_zone
    from docverify.model import DocType, Document

    labels = [("Nom", "0"), (":", "0"), ("Prénom(s)", "1"), (":", "1"), ("Né(e)", "2"),
              ("le", "2"), (":", "2")]  # fmt: skip
    values = [("ZHANG", 0), ("YUTING", 1), ("05/11/1996", 2)]
    words = []
    x = {0: 600, 1: 600, 2: 600}
    for text, row in labels:
        r = int(row)
        words.append(Word(text, (x[r], 600 + 80 * r, x[r] + 20 * len(text), 630 + 80 * r),
                          95.0, (1, 1, r)))  # fmt: skip
        x[r] += 20 * len(text) + 12
    for text, r in values:
        words.append(Word(text, (940, 598 + 80 * r, 940 + 22 * len(text), 632 + 80 * r), 95.0,
                          (2, 1, 10 + r)))  # fmt: skip
    page = PageText(PageRef("recepisse.png", 1), None, 300, tuple(words), "ocr")
    printed = visual_zone(Document("d1", DocType.RESIDENCE_PERMIT, 1.0, (page,)))
    assert printed.get("surname") == "ZHANG" and printed.get("given_names") == "YUTING"
    assert printed.get("date_of_birth") == "05/11/1996"


def test_a_doubtful_print_is_no_evidence_against_the_mrz() -> None:
    """A phone photo's row under "Prénoms" read "~GUINEENNE-" at confidence 54 (set_bf
    p04, the nationality's row): kept as what was read, but too doubtful to say the
    passport may be altered."""
    from docverify.doctypes.visual_zone import SURE_PRINT, visual_zone
    from docverify.model import DocType, Document

    page = _page("Nom / Surname", "DIALLO", "Prénoms / Given names", "~GUINEENNE-",
                 conf={"~GUINEENNE-": 54.0})  # fmt: skip
    doc = Document("d1", DocType.PASSPORT, 1.0, (page,))
    assert visual_zone(doc).get("given_names") == "~GUINEENNE-"
    sure = visual_zone(doc, SURE_PRINT)
    assert "given_names" not in sure and sure.get("surname") == "DIALLO"
    assert visual_findings(_fields("DIALLO", "MAMADOU ALIOU"), sure, "passport") == []


def test_names_the_td1_line_cut_short_are_completed_from_the_card_s_print() -> None:
    """set_dg p03 (wave 45, read after its end figure): a titre de séjour whose third MRZ
    line runs out in "…CHRISTELLE<AUROR", the card printing "CHRISTELLE AURORE" without a
    label; a line ending in fillers cut nothing."""
    from docverify.values.mrz.document import Mrz

    lines = [
        "IRFRA7FG2305189<<<<<<<<<<<<<<<",
        "9211041F2708218CMR<<<<<<<<<<<6",
        "FOTSO<NGUEMO<<CHRISTELLE<AUROR",
    ]
    mrz = Mrz.parse(lines, dt.date(2026, 11, 18))
    base = dataclasses.replace(_fields("FOTSO NGUEMO", "CHRISTELLE AUROR"), mrz=mrz, mrz_kind="TD1")
    words = {"FOTSO", "NGUEMO", "CHRISTELLE", "AURORE", "CMR"}
    fields, found = reconcile_names(base, {}, words, "residence permit")
    assert fields.given_names == "CHRISTELLE AURORE"
    assert [f.code for f in found] == ["mrz.names_repaired"]
    # the same names on a line with room left: nothing was cut
    short = Mrz.parse([*lines[:2], "FOTSO<NGUEMO<<CHRISTELLE<AUR<<"], dt.date(2026, 11, 18))
    base = dataclasses.replace(base, given_names="CHRISTELLE AUR", mrz=short)
    assert reconcile_names(base, {}, words, "residence permit")[0].given_names == "CHRISTELLE AUR"


def test_a_visa_s_one_name_line_gives_the_surname_its_apostrophe() -> None:
    """set_dg p02 (wave 45, read): "NOM, PRÉNOM / SURNAME, NAME" over one line "O'CONNELL
    MARGARET ROSE"; the MRZ writes OCONNELL, which the line spells with its apostrophe."""
    line = "O'CONNELL MARGARET ROSE"
    printed = {"surname": line, "given_names": line}
    fields, found = reconcile_names(_fields("OCONNELL", "MARGARET ROSE"), printed, set(), "visa")
    assert (fields.surname, fields.given_names) == ("O'CONNELL", "MARGARET ROSE")
    assert [f.code for f in found] == ["mrz.names_repaired"]


def test_a_visa_s_name_printed_on_its_label_s_line_is_its_printed_name() -> None:
    """set_dk p04 (wave 47, read after its blind figure): "NOM, PRÉNOM O'CONNOR, NIAMH
    ROSE" on one line, no colon, nothing under it but the remarks: the name after the
    label, its comma between surname and given names, is the printed zone's; the MRZ's
    OCONNOR takes its apostrophe. A line with no comma gives nothing."""
    from docverify.doctypes.visual_zone import visual_zone

    page = _page("VISA 033948127", "NOM, PRÉNOM O'CONNOR, NIAMH ROSE", "REMARQUES VLS-TS SALARIE")
    doc = SimpleNamespace(pages=(page,))
    printed = visual_zone(doc)  # type: ignore[arg-type]
    assert (printed["surname"], printed["given_names"]) == ("O'CONNOR", "NIAMH ROSE")
    fields, _ = reconcile_names(_fields("OCONNOR", "NIAMH ROSE"), printed, set(), "visa")
    assert fields.surname == "O'CONNOR"
    plain = _page("VISA 033948127", "NOM PRÉNOM O'CONNOR NIAMH ROSE", "REMARQUES VLS-TS")
    assert "surname" not in visual_zone(SimpleNamespace(pages=(plain,)))  # type: ignore[arg-type]


def test_an_mrz_filler_read_as_a_round_letter_before_the_fields_end() -> None:
    """set_dm p04 (wave 48, read after its blind figure): a phone photo's MRZ "CHOI<<MINSEOU<<<"
    (then MINSEOO), the printed given name MINSEO: the letter the MRZ has more at the
    field's end, a blurred filler, goes; inside a name it stays."""
    fields, found = reconcile_names(
        _fields("CHOI", "MINSEOO"), {"surname": "CHOI", "given_names": "MINSEO"}, set(), "passport"
    )
    assert fields.given_names == "MINSEO" and [f.code for f in found] == ["mrz.names_cleaned"]
    fields, _ = reconcile_names(
        _fields("CHOI", "MINSOEO"), {"surname": "CHOI", "given_names": "MINSEO"}, set(), "passport"
    )
    assert fields.given_names == "MINSOEO"
