"""Tests for docverify.values.mrz: public vectors, round-trips, OCR repair."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from docverify.values.errors import InvalidFormat, InvalidLength, ValueParseError
from docverify.values.mrz import Mrz, check_digit, resolve_birth_date, resolve_expiry_date

AS_OF = dt.date(2026, 11, 29)
VECTORS = Path(__file__).resolve().parents[3] / "shared" / "specimens" / "vectors"
MRZ_VECTORS = VECTORS / "mrz_vectors.json"

# vector field name -> Mrz.checks key
CHECK_NAMES = {
    "document_number": "document_number",
    "birth_date": "date_of_birth",
    "expiry_date": "expiry_date",
    "personal_number": "optional_data",
    "composite": "composite",
}
KINDS = {"FRA_ID_1988": "FRA_ID"}


def _load_vectors() -> list[dict[str, Any]]:
    if not MRZ_VECTORS.is_file():
        return []
    return list(json.loads(MRZ_VECTORS.read_text(encoding="utf-8")))


_VECTORS = _load_vectors()
needs_vectors = pytest.mark.skipif(
    not _VECTORS, reason=f"shared specimens not found at {MRZ_VECTORS} (../shared beside the repo)"
)


def test_vector_count() -> None:
    if not _VECTORS:
        pytest.skip(f"shared specimens not found at {MRZ_VECTORS}")
    assert len(_VECTORS) == 82


@needs_vectors
@pytest.mark.parametrize("repair", [False, True], ids=["exact", "repair"])
@pytest.mark.parametrize(
    "vector", _VECTORS, ids=[f"{i:02d}-{v['format']}" for i, v in enumerate(_VECTORS)]
)
def test_vectors(vector: dict[str, Any], repair: bool) -> None:
    if vector["format"] == "UNKNOWN":
        with pytest.raises(ValueParseError):
            Mrz.parse(vector["lines"], AS_OF, repair=repair)
        return
    mrz = Mrz.parse(vector["lines"], AS_OF, repair=repair)
    assert mrz.kind == KINDS.get(vector["format"], vector["format"])
    expected = {CHECK_NAMES[name]: f["check_ok"] for name, f in vector["fields"].items()}
    assert dict(mrz.checks) == expected
    assert mrz.valid is vector["check_digits_all_valid"]
    fields = vector["fields"]
    assert mrz.document_number == fields["document_number"]["value"].replace("<", "")
    assert mrz.date_of_birth_raw == fields["birth_date"]["value"]
    if "expiry_date" in fields:
        assert mrz.expiry_date_raw == fields["expiry_date"]["value"]
    if repair:
        # clean transcriptions: only the digits in "<SPECIMEN1<<SPECIMEN2" become letters
        assert all(r.startswith("names: ") for r in mrz.repairs)


@needs_vectors
def test_vector_long_document_numbers() -> None:
    long_numbers = {
        m.document_number
        for v in _VECTORS
        if v["format"] == "TD1"
        for m in [Mrz.parse(v["lines"], AS_OF)]
        if len(m.document_number) > 9
    }
    assert {"007777779ZZ9", "600001795015", "D23145890734"} <= long_numbers


# --------------------------------------------------------------------------- fields


def test_icao_td1_fields() -> None:
    m = Mrz.parse(
        [
            "I<UTOD231458907<<<<<<<<<<<<<<<",
            "7408122F1204159UTO<<<<<<<<<<<6",
            "ERIKSSON<<ANNA<MARIA<<<<<<<<<<",
        ],
        AS_OF,
    )
    assert (m.kind, m.document_code, m.issuing_country, m.nationality) == ("TD1", "I", "UTO", "UTO")
    assert (m.surname, m.given_names, m.sex) == ("ERIKSSON", "ANNA MARIA", "F")
    assert m.date_of_birth == dt.date(1974, 8, 12)
    assert m.expiry_date == dt.date(2012, 4, 15)
    assert m.valid


def test_a_character_no_mrz_holds_is_dropped_not_shifted_into_the_next_field() -> None:
    """A ``/`` read inside the expiry date: kept, it shifts nationality to "OES" and fails
    every check digit after it, which reads as an altered card."""
    m = Mrz.parse(
        [
            "I<UTOD231458907<<<<<<<<<<<<<<<",
            "7408122F120/4159UTO<<<<<<<<<<<6",
            "ERIKSSON<<ANNA<MARIA<<<<<<<<<<",
        ],
        AS_OF,
    )
    assert m.valid and m.nationality == "UTO" and m.expiry_date == dt.date(2012, 4, 15)
    assert any("dropped '/'" in r for r in m.repairs)


def test_a_dropped_character_with_many_look_alikes_is_no_repair() -> None:
    """A visa's line 2 one character too long, its birth date read "IODE3Z": dropping the
    E and reading I, O, D, Z as 1, 0, 0, 2 gives 100320, whose check digit (4) happens to
    be 900630's. So many guesses are no read of the date: the MRZ is not called valid.
    One stray character alone is still dropped (above)."""
    m = Mrz.parse(
        [
            "V<FRAOZTURK<<MEHMET<EMRE<<<<<<<<<<<<<<<<<<<<",
            "0696462403TURIODE3Z04M2704092<<<<<<<<<<<<<<<<",
        ],
        AS_OF,
    )
    assert not m.valid and m.date_of_birth != dt.date(2010, 3, 20)


def test_three_fillers_lost_from_a_long_run_are_put_back() -> None:
    """A card's optional-data run of eleven fillers read as eight."""
    m = Mrz.parse(
        [
            "I<UTOD231458907<<<<<<<<<<<<<<<",
            "7408122F1204159UTO<<<<<<<<6",
            "ERIKSSON<<ANNA<MARIA<<<<<<<<<<",
        ],
        AS_OF,
    )
    assert m.valid and m.nationality == "UTO"


def test_french_residence_permit_td1() -> None:
    m = Mrz.parse(
        "IRFRAK682T8YLO0<1105040043<<<<\n"
        "7906123F1401073SEN<<<<<<<<<<<6\n"
        "MARTIN<<CHRISTELLE<HELENE<LAUR",
        AS_OF,
    )
    assert (m.document_code, m.issuing_country, m.nationality) == ("IR", "FRA", "SEN")
    assert m.document_number == "K682T8YLO"  # letters O and L are genuine here: not "repaired"
    assert m.given_names == "CHRISTELLE HELENE LAUR"
    assert m.valid and m.repairs == ()


def test_a_lone_filler_read_as_a_letter_in_a_cards_optional_field_is_put_back() -> None:
    """A ``<`` read as ``I`` right after the number's check digit: only the composite
    covers it, and only turning that letter back into a filler makes it verify."""
    lines = ["IRFRAK7P2M9X4D1<<<<<<<<<<<<<<<", "9012145M2905143IND<<<<<<<<<<<4",
             "RAGHUNATHAN<<KARTHIK<<<<<<<<<<"]  # fmt: skip
    misread = [lines[0][:15] + "I" + lines[0][16:], *lines[1:]]
    m = Mrz.parse(misread, AS_OF)
    assert m.valid and m.document_number == "K7P2M9X4D" and m.optional_data == ""
    assert m.repairs == ("optional_data: I->< at position 0",)
    # a composite that fails for another reason is left failing
    wrong = [misread[0], lines[1][:29] + "5", lines[2]]
    assert not Mrz.parse(wrong, AS_OF).checks["composite"]


def test_a_check_digit_read_as_a_letter_is_settled_by_the_composite_alone() -> None:
    """``R1C85YTCL9`` read ``R1C85YTCLI``: no look-alike digit of ``I`` verifies; the digit
    the number implies is taken because the composite then verifies, and the repair is
    said (the number stays questionable unless printed or formatted alike)."""
    tail = ["9502035F2803168MAR<<<<<<<<<<<0", "EL<AMRANI<<SALMA<<<<<<<<<<<<<<"]
    m = Mrz.parse(["IRFRAR1C85YTCLI<<<<<<<<<<<<<<<", *tail], AS_OF)
    assert m.valid and m.document_number == "R1C85YTCL"
    assert "document_number: I->9 at position 9" in m.repairs
    # a number misread as well: the composite disagrees, nothing is settled
    m = Mrz.parse(["IRFRAR1C86YTCLI<<<<<<<<<<<<<<<", *tail], AS_OF)
    assert not m.valid and not m.checks["document_number"]


def test_a_composite_lost_at_the_line_end_is_the_digit_the_verified_fields_imply() -> None:
    """A titre de séjour photographed (set_ai p02): line 2's last character, the composite,
    lost at the card's edge (the line padded with a filler). Every field's own check
    verifies: the composite is the digit they imply, and the repair is said."""
    lines = ["IRFRAZH07319628<<<<<<<<<<<<<<<", "9308226F2704173NGA<<<<<<<<<<<",
             "OKAFOR<<CHIDINMA<GRACE<<<<<<<<"]  # fmt: skip
    m = Mrz.parse(lines, AS_OF)
    assert m.valid and m.document_number == "ZH0731962" and "composite: <->8" in m.repairs
    # a number that fails its own check is not settled by a composite nobody read: the
    # composite stays unverified (one swap, Z->2, would verify the number by chance)
    misread = ["IRFRAZHO73I9628<<<<<<<<<<<<<<<", *lines[1:]]
    m = Mrz.parse(misread, AS_OF)
    assert not m.valid and not m.checks["document_number"]


def test_a_cards_code_whose_i_reads_as_l_is_put_back() -> None:
    """A Portuguese card photographed (set_o p12): its code "ID" read "LD". A TD1 code
    opens with A, C or I, so the L can only be an I; a passport's code is left alone."""
    lines = ["LDPRT2KSTCBBYB2<<<<<<<<<<<<<<<", "8810023M3011261PRT<<<<<<<<<<<8",
             "CONCEICAO<FERREIRA<<TIAGO<<<<<"]  # fmt: skip
    m = Mrz.parse(lines, AS_OF)
    assert m.document_code == "ID" and m.valid
    assert "document_code: L->I at position 0" in m.repairs
    assert Mrz.parse(["C<" + lines[0][2:], *lines[1:]], AS_OF).document_code == "C"


def test_portuguese_overflow_number() -> None:
    m = Mrz.parse(
        [
            "I<PRT007777779<ZZ92<<<<<<<<<<<",
            "8303143M3405282PRT<<<<<<<<<<<2",
            "CACADOR<DE<ARAUJO<<ANDRE<ESTEV",
        ],
        AS_OF,
    )
    assert m.document_number == "007777779ZZ9"
    assert m.optional_data == ""
    assert m.surname == "CACADOR DE ARAUJO"
    assert m.expiry_date == dt.date(2034, 5, 28)
    assert m.valid


def test_old_french_id_card() -> None:
    m = Mrz.parse(
        ["IDFRATEST<NAME<<<<<<<<<<<<<<<<0CHE02", "1710GVA123451ROBERTA<<<<<<<9112311F2"], AS_OF
    )
    assert m.kind == "FRA_ID"
    assert (m.surname, m.given_names, m.sex) == ("TEST NAME", "ROBERTA", "F")
    assert m.document_number == "1710GVA12345"
    assert m.optional_data == "0CHE02"
    assert m.nationality == "FRA" and m.expiry_date is None
    assert set(m.checks) == {"document_number", "date_of_birth", "composite"}
    assert m.date_of_birth == dt.date(1991, 12, 31)
    assert m.valid


def test_visa_has_no_composite_and_german_one_letter_codes() -> None:
    visa = Mrz.parse(
        ["VDGBRMUNIR<<FAISAL<<<<<<<<<<<<<<<<<<", "AD07259817PAK7608151M0611165<<<<<<<<"], AS_OF
    )
    assert (visa.kind, visa.document_code, visa.issuing_country) == ("MRVB", "VD", "GBR")
    assert "composite" not in visa.checks and visa.valid
    german = Mrz.parse(
        [
            "P<D<<MUSTERMANN<<ERIKA<<<<<<<<<<<<<<<<<<<<<<",
            "C01X0006H1D<<6408125F1710319<<<<<<<<<<<<<<<0",
        ],
        AS_OF,
    )
    assert (german.issuing_country, german.nationality, german.surname) == ("D", "D", "MUSTERMANN")
    assert german.checks["optional_data"]  # '<' check digit over an empty personal number


def test_no_surname() -> None:
    m = Mrz.parse(
        [
            "P<IND<<FIRST<NAME<<<<<<<<<<<<<<<<<<<<<<<<<<<",
            "C01X0006H1D<<6408125F1710319<<<<<<<<<<<<<<<0",
        ],
        AS_OF,
    )
    assert (m.surname, m.given_names) == ("", "FIRST NAME")


def test_filler_check_digit_only_valid_for_empty_field() -> None:
    base = "L898902C36UTO7408122F1204159ZE184226B<<<<<"
    m = Mrz.parse(["P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<", base + "<0"], AS_OF)
    assert m.checks["optional_data"] is False


def test_invalid_calendar_date_is_none_and_flagged() -> None:
    line2 = "L898902C36UTO" + "741332" + check_digit("741332") + "F1204159ZE184226B<<<<<1"
    line2 += check_digit(line2[0:10] + line2[13:20] + line2[21:43])
    m = Mrz.parse(["P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<", line2], AS_OF)
    assert m.date_of_birth is None
    assert m.checks["date_of_birth"] is False
    assert m.checks["composite"] is True
    assert any("date_of_birth" in p for p in m.problems)


def test_repr_masks_document_number() -> None:
    m = Mrz.parse(
        [
            "P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<",
            "L898902C36UTO7408122F1204159ZE184226B<<<<<10",
        ],
        AS_OF,
    )
    assert "L898902C3" not in repr(m)
    assert "L8******3" in repr(m)


def test_a_separator_read_as_a_lone_letter_is_put_back() -> None:
    """``<<`` read ``<K<``: without it the whole field was taken for the surname."""
    m = Mrz.parse(
        [
            "P<UTOERIKSSON<K<ANNA<MARIA<<<<<<<<<<<<<<<<<<",
            "L898902C36UTO7408122F1204159ZE184226B<<<<<10",
        ],
        AS_OF,
    )
    assert (m.surname, m.given_names) == ("ERIKSSON", "ANNA MARIA")
    assert any("names" in r for r in m.repairs)


def test_a_misread_header_that_adds_up_is_not_taken_over_a_known_one() -> None:
    """An Italian card photographed askew: "C<ITACA48213KB3" read "MERAOAGS213SKB3", whose
    number and composite happen to pass their check digits. Its header (code "ME", state
    "RAO") names no document and no state: the read of the band wins."""
    from docverify.vision.mrz import _Collector

    lines = ["9511084F3311086ITA<<<<<<<<<<<2", "ROSSI<<GIULIA<FRANCESCA<<<<<<<"]
    wrong = Mrz.parse(["MERAOAGS213SKB3<<<<<<<<<<<<<<<", *lines], AS_OF)
    right = Mrz.parse(["C<ITACA48213KB3<<<<<<<<<<<<<<<", *lines], AS_OF)
    assert wrong.valid and not wrong.header_known
    assert right.valid and right.header_known
    got = _Collector(AS_OF)
    got.add_text("\n".join(wrong.lines), None, "page_text")
    assert not got.done  # a header that names nothing never ends the search
    got.add_text("\n".join(right.lines), None, "band")
    best = got.best()
    assert best is not None and best.mrz.issuing_country == "ITA"
    # a card's one-letter code "C" is the "C<" an identity card's extraction seeks
    assert _Collector(AS_OF, ("ID", "I<", "C<")).wanted(best)


# --------------------------------------------------------------------------- dates


@pytest.mark.parametrize(
    ("raw", "as_of", "expected"),
    [
        ("740812", AS_OF, dt.date(1974, 8, 12)),
        ("261129", AS_OF, dt.date(2026, 11, 29)),
        ("261130", AS_OF, dt.date(1926, 11, 30)),
        ("000229", AS_OF, dt.date(2000, 2, 29)),
        ("680229", AS_OF, dt.date(1968, 2, 29)),
        ("010229", AS_OF, None),  # 2001 is not a leap year
        ("991231", dt.date(2000, 1, 1), dt.date(1999, 12, 31)),
        ("7408A2", AS_OF, None),
    ],
)
def test_birth_century(raw: str, as_of: dt.date, expected: dt.date | None) -> None:
    assert resolve_birth_date(raw, as_of) == expected


@pytest.mark.parametrize(
    ("raw", "as_of", "expected"),
    [
        ("120415", AS_OF, dt.date(2012, 4, 15)),
        ("340528", AS_OF, dt.date(2034, 5, 28)),
        ("761128", AS_OF, dt.date(2076, 11, 28)),  # as_of + 50 years - 1 day
        ("761129", AS_OF, dt.date(1976, 11, 29)),  # as_of - 50 years
        ("051286", AS_OF, None),
        ("100101", dt.date(2070, 6, 1), dt.date(2110, 1, 1)),
    ],
)
def test_expiry_century(raw: str, as_of: dt.date, expected: dt.date | None) -> None:
    assert resolve_expiry_date(raw, as_of) == expected


# --------------------------------------------------------------------------- errors


@pytest.mark.parametrize(
    ("text", "error", "fragment"),
    [
        ("", InvalidFormat, "no MRZ"),
        ("P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<", InvalidFormat, "2 or 3 lines"),
        (["A" * 44, "B" * 44, "C" * 44, "D" * 44], InvalidFormat, "2 or 3 lines"),
        (["P<UTO" + "<" * 45, "L" * 50], InvalidLength, "36 or 44"),
        (["I<UTO" + "<" * 25, "<" * 30, "<" * 20], InvalidLength, "30"),
        (["P<UTO" + "<" * 39, "L898902C36UTO7408122F1204159ZE184226B1234510"], None, None),
        (["ÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉ", "é" * 44], InvalidFormat, "not MRZ"),
    ],
)
def test_invalid_input(text: Any, error: type[Exception] | None, fragment: str | None) -> None:
    if error is None:  # well-formed: parses even though checks fail
        assert Mrz.parse(text, AS_OF).valid is False
        return
    with pytest.raises(error, match=fragment):
        Mrz.parse(text, AS_OF)


def test_length_errors_without_repair_and_no_secret_in_message() -> None:
    lines = [
        "P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<",
        "L898902C36UTO7408122F1204159ZE184226B<<<<<10",
    ]
    with pytest.raises(InvalidLength) as info:
        Mrz.parse(lines, AS_OF, repair=False)
    assert "L898902C3" not in str(info.value)
    assert Mrz.parse(lines, AS_OF).valid  # repair pads the name line
    too_long_no_fillers = [
        "P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<",
        "L898902C36UTO7408122F1204159ZE184226B12345107",
    ]
    with pytest.raises(InvalidLength, match="no filler run"):
        Mrz.parse(too_long_no_fillers, AS_OF)


def test_check_digit() -> None:
    assert check_digit("L898902C3") == "6"
    assert check_digit("") == "0"
    with pytest.raises(InvalidFormat):
        check_digit("abc")


# --------------------------------------------------------------------------- repair

L1 = "P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<"
L2 = "L898902C36UTO7408122F1204159ZE184226B<<<<<10"


def _td3_line2(doc: str, tail: str = "UTO7408122F1204159ZE184226B<<<<<1") -> str:
    line = doc + check_digit(doc) + tail
    return line + check_digit(line[0:10] + line[13:20] + line[21:43])


def test_repair_o_for_zero_in_document_number() -> None:
    m = Mrz.parse([L1, "L8989O2C36" + L2[10:]], AS_OF)
    assert m.document_number == "L898902C3" and m.valid
    assert m.repairs == ("document_number: O->0 at position 5",)
    exact = Mrz.parse([L1, "L8989O2C36" + L2[10:]], AS_OF, repair=False)
    assert not exact.valid and exact.repairs == ()


def test_repair_letter_in_check_digit_and_date() -> None:
    m = Mrz.parse([L1, "L898902C3GUTO74O8I22F12O4I59ZE184226B<<<<<10"], AS_OF)
    assert m.valid
    assert m.date_of_birth == dt.date(1974, 8, 12)
    assert m.expiry_date == dt.date(2012, 4, 15)
    assert "document_number: G->6 at position 9" in m.repairs


def test_wrong_digit_is_never_repaired() -> None:
    # No character of this number is an O/0, I/1, B/8, S/5, Z/2 look-alike.
    good = _td3_line2("734693467")
    bad = good[:3] + "7" + good[4:]  # 4 -> 7: a digit misread as another digit
    m = Mrz.parse([L1, bad], AS_OF)
    assert m.checks["document_number"] is False
    assert m.document_number == "734793467"
    assert m.repairs == ()


def test_ambiguous_repair_is_refused() -> None:
    good = _td3_line2("0649A8C07")
    bad = "O" + good[1:]  # both O->0 at 0 and 8->B at 5 would satisfy the check digit
    m = Mrz.parse([L1, bad], AS_OF)
    assert m.document_number == "O649A8C07"
    assert m.checks["document_number"] is False
    assert m.repairs == ()
    assert any("refused" in p for p in m.problems)


def test_k_for_filler_in_names() -> None:
    m = Mrz.parse(["P<UTOERIKSSON<<ANNA<MARIA<<<<KK<<<<<<<<<KKKK", L2], AS_OF)
    assert m.given_names == "ANNA MARIA"
    assert len(m.repairs) == 6 and all("K-><" in r for r in m.repairs)
    # A name part after a single '<' or right after the '<<' separator is a real name.
    kept = Mrz.parse(["P<UTOERIKSSON<<KLC<CK<<<<<<<<<<<<<<<<<<<<<<<", L2], AS_OF)
    assert kept.given_names == "KLC CK" and kept.repairs == ()


def test_a_letter_alone_at_the_end_of_the_names_field_is_a_filler() -> None:
    """The sample visa's names line: its last filler read as "Y", twenty fillers after the
    given names. Names are written from the field's start: nothing follows such a run."""
    line = "VDFRACARTER<<EMILY<ROSE<<<<<<<<<<<<<<<<<<<<Y"
    assert len(line) == 44
    m = Mrz.parse([line, "0314567891USA9004171F2704302<<<<<<<<<<<<<<<<"], AS_OF)
    assert m.given_names == "EMILY ROSE"
    assert any("Y-><" in r for r in m.repairs)


def test_a_name_read_among_fillers_read_as_letters_is_kept() -> None:
    """A visa photographed upside down and turned (set_v d010): its separator read "<K",
    its fillers "K" and "E". The run of fillers ends where the name's letters do; the
    name is not taken for fillers with them (the separator's "K" is then put right
    against the printed names, ``reconcile_name``)."""
    m = Mrz.parse(["P<UTOERIKSSON<KANNAKKKKKKKEEEEEKKKKEKKEEEEKK", L2], AS_OF)
    assert m.surname == "ERIKSSON KANNA" and len(m.repairs) == 25


def test_a_long_run_of_k_after_the_last_name_is_fillers() -> None:
    """A visa's names line with its fillers read as K (and a stray R and E among them)
    after a single '<': no name is made of them, they are fillers."""
    line = "P<UTOERIKSSON<<ANNA<KKKKKKKKKKRKKEKEKKK<<<<<"
    assert len(line) == 44
    m = Mrz.parse([line, L2], AS_OF)
    assert m.given_names == "ANNA"


def test_digit_in_name_and_country() -> None:
    m = Mrz.parse(["P<UT0ERIKSS0N<<ANNA<MAR1A<<<<<<<<<<<<<<<<<<<", L2], AS_OF)
    assert (m.issuing_country, m.surname, m.given_names) == ("UTO", "ERIKSSON", "ANNA MARIA")


def test_filler_lookalike_in_personal_number_confirmed_by_check() -> None:
    line = "L898902C36UTO7408122F1204159ZE184226B<<<<<1"
    line += check_digit(line[0:10] + line[13:20] + line[21:43])
    misread = line[:38] + "C" + line[39:]
    m = Mrz.parse([L1, misread], AS_OF)
    assert m.valid and m.optional_data == "ZE184226B"


@pytest.mark.parametrize(
    "line1",
    [
        L1[:-1],  # one filler lost
        L1[:-2],
        L1 + "<",
        L1 + "<<",
    ],
)
def test_name_line_length_normalised(line1: str) -> None:
    m = Mrz.parse([line1, L2], AS_OF)
    assert m.valid and m.lines[0] == L1
    assert any(r.startswith("line 1:") for r in m.repairs)


@pytest.mark.parametrize(
    "line2",
    [
        L2.replace("B<<<<<10", "B<<<<10"),
        L2.replace("B<<<<<10", "B<<<<<<10"),
        L2.replace("B<<<<<10", "B<<<10"),
    ],
)
def test_data_line_length_normalised(line2: str) -> None:
    m = Mrz.parse([L1, line2], AS_OF)
    assert m.valid and m.lines[1] == L2


def test_spaces_and_list_input() -> None:
    spaced = (
        "P<UTO ERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<\n"
        "  L898902C36 UTO7408122F1204159ZE184226B<<<<<10  \n"
    )
    assert Mrz.parse(spaced, AS_OF).valid


# --------------------------------------------------------------------------- finding MRZs


def test_candidates_from_text() -> None:
    page = "\n".join(
        [
            "CARTE DE SEJOUR",
            "Nom: MARTIN",
            "IRFRAK682T8YLO0<1105040043<<<<",
            "7906123F1401073SEN<<<<<<<<<<<6",
            "",
            "MARTIN<<CHRISTELLE<HELENE<LAUR",
            "some footer text that is long enough to be 30 chars",
            "V<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<",
            "L8988901C4XXX4009078F9612109<<< <<<<<",
        ]
    )
    groups = Mrz.candidates_from_text(page)
    assert len(groups) == 2
    assert Mrz.parse(groups[0], AS_OF).kind == "TD1"
    assert Mrz.parse(groups[1], AS_OF).kind == "MRVB"
    assert Mrz.candidates_from_text("nothing\nto see here") == []


# --------------------------------------------------------------------------- round trip

NAME = st.text("ABCDEFGHIJKLMNOPQRSTUVWXYZ", min_size=1, max_size=8).filter(lambda s: "KK" not in s)
"""Random names, but no "KK": a run of K-like letters with Ks doubled in it ends a names
field as its fillers misread (``repair._filler_tail``: "CACKKK"); a real "KK"
(KOKKINOS) stands among other letters, as its doctests show."""
ALNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"
COUNTRY = st.text("ABCDEFGHIJKLMNOPQRSTUVWXYZ", min_size=3, max_size=3)


@st.composite
def identities(draw: st.DrawFn) -> dict[str, Any]:
    dob = draw(st.dates(dt.date(1927, 1, 1), AS_OF))
    expiry = draw(st.dates(dt.date(AS_OF.year - 49, 1, 1), dt.date(AS_OF.year + 49, 1, 1)))
    return {
        "surname": draw(NAME),
        "given": draw(st.lists(NAME, min_size=0, max_size=2)),
        "doc": draw(st.text(ALNUM, min_size=9, max_size=9)),
        "nationality": draw(COUNTRY),
        "issuing": draw(COUNTRY),
        "dob": dob,
        "expiry": expiry,
        "sex": draw(st.sampled_from("MF<")),
        "optional": draw(st.text(ALNUM, min_size=0, max_size=10)),
    }


def _names_field(ident: dict[str, Any], width: int) -> str:
    text = ident["surname"] + "<<" + "<".join(ident["given"])
    return (text + "<" * width)[:width]


def _yymmdd(d: dt.date) -> str:
    return d.strftime("%y%m%d")


def compose(kind: str, ident: dict[str, Any]) -> list[str]:
    dob, exp, cd = _yymmdd(ident["dob"]), _yymmdd(ident["expiry"]), check_digit
    if kind == "TD1":
        opt = (ident["optional"] + "<" * 15)[:15]
        l1 = "I<" + ident["issuing"] + ident["doc"] + cd(ident["doc"]) + opt
        opt2 = "<" * 11
        l2 = dob + cd(dob) + ident["sex"] + exp + cd(exp) + ident["nationality"] + opt2
        l2 += cd(l1[5:30] + l2[0:7] + l2[8:15] + l2[18:29])
        return [l1, l2, _names_field(ident, 30)]
    code = "P<" if kind == "TD3" else "V<"
    l1 = code + ident["issuing"] + _names_field(ident, 39)
    l2 = ident["doc"] + cd(ident["doc"]) + ident["nationality"] + dob + cd(dob) + ident["sex"]
    l2 += exp + cd(exp)
    if kind == "TD3":
        opt = (ident["optional"] + "<" * 14)[:14]
        l2 += opt + cd(opt)
        l2 += cd(l2[0:10] + l2[13:20] + l2[21:43])
    else:
        l2 += (ident["optional"] + "<" * 16)[:16]
    return [l1, l2]


def _assert_fields(m: Mrz, kind: str, ident: dict[str, Any]) -> None:
    assert m.kind == {"TD1": "TD1", "TD3": "TD3", "MRVA": "MRVA"}[kind]
    assert m.valid, dict(m.checks)
    assert m.repairs == ()
    assert m.document_number == ident["doc"]
    assert m.issuing_country == ident["issuing"]
    assert m.nationality == ident["nationality"]
    assert m.surname == ident["surname"]
    assert m.given_names == " ".join(ident["given"])
    assert m.date_of_birth == ident["dob"]
    assert m.expiry_date == ident["expiry"]
    assert m.sex == (None if ident["sex"] == "<" else ident["sex"])


@settings(max_examples=150, deadline=None)
@given(st.sampled_from(["TD1", "TD3", "MRVA"]), identities())
def test_round_trip(kind: str, ident: dict[str, Any]) -> None:
    lines = compose(kind, ident)
    assert [len(line) for line in lines] == ([30, 30, 30] if kind == "TD1" else [44, 44])
    _assert_fields(Mrz.parse(lines, AS_OF), kind, ident)
    _assert_fields(Mrz.parse(lines, AS_OF, repair=False), kind, ident)


@settings(max_examples=150, deadline=None)
@given(st.sampled_from(["TD1", "TD3", "MRVA"]), identities(), st.data())
def test_corrupted_digit_is_invalid(kind: str, ident: dict[str, Any], data: st.DataObject) -> None:
    lines = compose(kind, ident)
    line_no = 1
    # a digit of the date of birth (line 2 of every layout here)
    col = data.draw(st.integers(0, 5)) + (0 if kind == "TD1" else 13)
    old = lines[line_no][col]
    new = data.draw(st.sampled_from([d for d in "0123456789" if d != old]))
    lines[line_no] = lines[line_no][:col] + new + lines[line_no][col + 1 :]
    m = Mrz.parse(lines, AS_OF)
    assert m.valid is False
    assert m.checks["date_of_birth"] is False


@settings(max_examples=150, deadline=None)
@given(identities(), st.data())
def test_document_number_digit_corruption_never_becomes_a_digit_change(
    ident: dict[str, Any], data: st.DataObject
) -> None:
    lines = compose("TD3", ident)
    digits = [i for i, c in enumerate(ident["doc"]) if c.isdigit()]
    assume(digits)
    col = data.draw(st.sampled_from(digits))
    new = data.draw(st.sampled_from([d for d in "0123456789" if d != ident["doc"][col]]))
    corrupted = ident["doc"][:col] + new + ident["doc"][col + 1 :]
    lines[1] = corrupted + lines[1][9:]
    m = Mrz.parse(lines, AS_OF)
    assert m.document_number != ident["doc"]  # a digit is never changed back into a digit
    for before, after in zip(corrupted, m.document_number, strict=True):
        if before != after:
            assert not (before.isdigit() and after.isdigit())
    if not m.checks["document_number"]:
        assert m.valid is False


@settings(max_examples=100, deadline=None)
@given(st.sampled_from(["TD1", "TD3", "MRVA"]), identities())
def test_round_trip_through_free_text(kind: str, ident: dict[str, Any]) -> None:
    lines = compose(kind, ident)
    page = "Header line\n" + "\n".join(lines) + "\nFooter"
    groups = Mrz.candidates_from_text(page)
    assert lines in groups


def test_a_passport_photocopied_beside_its_visa_pairs_lines_that_ocr_set_apart() -> None:
    """A photocopy of an open passport with the visa facing it (set_m p10, recorded OCR):
    tesseract gives the passport's names line, then the data page's printed words, then
    its numbers line; the visa's two lines follow each other. Both MRZs are found, and a
    printed line that looks like MRZ text is passed over."""
    page = "\n".join(
        [
            "G38291047",
            "P<MEXHERNANDEZ<OLVERA<<LUIS<ALBERTO<<<<<<<<<",
            "ESTADOS UNIDOS MEXICANOS",
            "PASAPORTE",
            "27 MARSIMAR 1992 us M =",
            "Lugerde necimiento Pisce of birth/Le",
            "s de vencmiento/Dete of expiry Ose d'expiretion",
            "G382910470MEX9203273M3201196<<<<<<<<<<<<<<<6",
            "VISA N° 063918274 FRA",
            "VDFRAHERNANDEZ<OLVERA<<LUIS<ALBERTO<<<<<<<<<",
            "0639182744MEX9203273M2703316<<<<<<<<<<<<<<<<",
        ]
    )
    groups = Mrz.candidates_from_text(page)
    assert [g[0][:2] for g in groups] == ["P<", "VD"]
    passport = Mrz.parse(groups[0], AS_OF)
    assert passport.valid and passport.document_number == "G38291047"
    # two passports' names lines with one numbers line after them: never paired across
    lone = "\n".join([page.splitlines()[1], "P<MEXOTHER<<NAME<<<<<<<<<<<<<<<<<<<<<<<<<<<<<",
                      "words", page.splitlines()[7]])  # fmt: skip
    assert [g[0] for g in Mrz.candidates_from_text(lone)] == [
        "P<MEXOTHER<<NAME<<<<<<<<<<<<<<<<<<<<<<<<<<<<<"
    ]


def test_a_names_line_whose_fillers_all_read_as_letters_still_pairs() -> None:
    """No "<" left on the names line (every filler read K) and its code letter misread:
    it is still the first line of its MRZ, not printed words to pass over."""
    page = "\n".join(
        [
            "FKUTOERIKSSONKKANNAKMARIAKKKKKKKKKKKKKKKKKKK",
            "L898902C36UTO7408122F1204159ZE184226B<<<<<10",
        ]
    )
    assert len(Mrz.candidates_from_text(page)) == 1


def test_a_composite_check_digit_read_as_a_letter_is_its_look_alike() -> None:
    """set_t d073's card read closed up: every field verifies, the composite's 0 read Q.
    Its look-alike is taken only when the composite then verifies; a letter whose
    look-alike does not verify stays a failing check."""
    lines = ["IRFRA8DZ41KP730<<<<<<<<<<<<<<<", "9804027M2609304DZA<<<<<<<<<<<Q",
             "BOUZIDI<<AMINE<KARIM<<<<<<<<<<"]  # fmt: skip
    m = Mrz.parse(lines, AS_OF)
    assert m.valid and m.repairs == ("composite: Q->0",)
    wrong = Mrz.parse([lines[0], lines[1][:29] + "B", lines[2]], AS_OF)
    assert not wrong.valid and wrong.misread_checks == ["composite"]


def test_a_date_digit_read_as_a_letter_no_look_alike_mends() -> None:
    """set_al p02: the birth date's 9 read I (``I11102``; I's look-alike 1 fails the check).
    The digit both the date's check and the composite imply is put back; the date with a
    letter is the read's slip, never a faulty document, until then."""
    lines = ["P<GHAOWUSU<ANSAH<<AKOSUA<ABENA<<<<<<<<<<<<<<",
             "G2874519<6GHAI111026F3103212<<<<<<<<<<<<<<<0"]  # fmt: skip
    m = Mrz.parse(lines, AS_OF)
    assert m.valid and m.date_of_birth == dt.date(1991, 11, 2)
    assert m.repairs == ("date_of_birth: I->9 at position 0",)
    raw = Mrz.parse(lines, AS_OF, repair=False)
    assert raw.misread_checks == ["date_of_birth", "composite"]
    # the composite disagreeing (its 0 read 7): no digit is guessed
    off = Mrz.parse([lines[0], lines[1][:43] + "7"], AS_OF)
    assert not off.valid and off.date_of_birth is None
    assert "date_of_birth" in off.misread_checks


def test_a_field_that_several_look_alike_swaps_make_verify_is_a_misread() -> None:
    """set_ap p02 (Albania): the personal number ``I90702123A`` read ``190702123A``; ``1->I``
    makes the field's check and the composite verify, and so do two other swaps, so no
    repair is made. The failure is explained by the read as much as by the document: it
    is a misread to check by eye, not an altered passport."""
    lines = ["P<ALBKELLICI<<ERMAL<<<<<<<<<<<<<<<<<<<<<<<<<",
             "BA41720931ALB9007024M3105179190702123A<<<<04"]  # fmt: skip
    m = Mrz.parse(lines, AS_OF)
    assert not m.valid
    assert any(p.startswith("optional_data: OCR repair refused") for p in m.problems)
    assert m.misread_checks == ["optional_data", "composite"]
    # a wrong check digit that no look-alike explains stays the document's
    altered = Mrz.parse([lines[0], "BA41720931ALB9007024M3105179I90702123A<<<<24"], AS_OF)
    assert not altered.valid and altered.misread_checks == []


def test_fillers_misread_after_the_given_names_are_no_names() -> None:
    """A visa's names line read "SHAMAR<KIRK<<<<<<£K<£K<ELE<" (set_aw p03): the given names
    end at the run of fillers after them; a '£' is no letter of the MRZ's alphabet."""
    m = Mrz.parse(["VDFRAPROVIDENCE<<SHAMAR<KIRK<<<<<<£K<£K<ELE<",
                   "0315772041VCT9711046M2705011<<<<<<<<<<<<<<<<"], dt.date(2026, 11, 27))  # fmt: skip
    assert (m.surname, m.given_names) == ("PROVIDENCE", "SHAMAR KIRK")


def test_of_reads_alike_the_names_most_reads_give_are_kept() -> None:
    """set_cr p03: a visa's band read twice, both reads valid, one with its names'
    fillers read "OO" ("KOVALENKO<<OOOLENA"), the other and the page's own text
    "KOVALENKO<<OLENA". Names carry no check digit; the first valid read was kept, and
    the visa's holder was "OOOLENA"."""
    from docverify.vision.mrz import _Collector

    line2 = "0255178404UKR8806046F2705170<<<<<<<<<<<<<<<<"
    odd = ["V<FRAKOVALENKO<<OOOLENA<<<<<<<<<<<<<<<<<<<<<<", line2]
    right = ["V<FRAKOVALENKO<<OLENA<<<<<<<<<<<<<<<<<<<<<<<<", line2]
    assert Mrz.parse(odd, AS_OF).valid and Mrz.parse(right, AS_OF).valid
    # the page's own text read the expiry's check digit wrong: only the two band reads
    # are valid, the odd one first
    misread = [right[0], line2.replace("F2705170", "F2705171")]
    assert not Mrz.parse(misread, AS_OF).valid
    got = _Collector(AS_OF)
    got.add_text("\n".join(misread), None, "page_text")
    got.add_text("\n".join(odd), None, "band_words")
    got.add_text("\n".join(right), None, "band_words")
    best = got.best()
    assert best is not None and best.mrz.given_names == "OLENA"
