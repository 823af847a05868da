"""Value tables: dates as French documents write them, names as a clerk compares them,
addresses as La Poste normalises them."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from docverify.values.address import Address
from docverify.values.dates import DateRange, add_months, find_dates, looks_american, parse_fr_date
from docverify.values.errors import InvalidFormat
from docverify.values.names import NameMatch, PersonName, name_tokens

D = dt.date


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("15/09/2026", D(2026, 9, 15)),
        ("15.09.26", D(2026, 9, 15)),
        ("15-09-2026", D(2026, 9, 15)),
        ("15 septembre 2026", D(2026, 9, 15)),
        ("1er mars 2026", D(2026, 3, 1)),
        ("le 3 août 2026", D(2026, 8, 3)),
        ("17 Apr 1990", D(1990, 4, 17)),
        ("April 17, 1990", D(1990, 4, 17)),
        ("FEBRUARY 27, 2026", D(2026, 2, 27)),
        ("2026-11-15", D(2026, 11, 15)),
        ("14 de marzo de 2026", D(2026, 3, 14)),
        ("12. Januar 1988", D(1988, 1, 12)),  # German ordinal dot
    ],
)
def test_parse_dates(text: str, expected: D) -> None:
    found = find_dates(text)
    assert found and found[0].value == expected


@pytest.mark.parametrize("text", ["31/02/2026", "no date here", "2026", "13/13/2026"])
def test_invalid_dates_raise(text: str) -> None:
    with pytest.raises(InvalidFormat):
        parse_fr_date(text)


@pytest.mark.parametrize(
    ("text", "american"),
    [
        ("09/25/2026", True),
        ("12/31/2026", True),
        ("25/09/2026", False),
        ("05/09/2026", False),
        ("x", False),
    ],
)
def test_american_dates(text: str, american: bool) -> None:
    assert looks_american(text) is american


@given(st.dates(min_value=D(1900, 1, 1), max_value=D(2099, 12, 31)))
def test_format_then_parse_round_trip(day: D) -> None:
    assert parse_fr_date(day.strftime("%d/%m/%Y")) == day


@given(st.dates(min_value=D(1950, 1, 1), max_value=D(2090, 12, 31)), st.integers(-40, 40))
def test_add_months_inverse_on_early_days(day: D, n: int) -> None:
    early = day.replace(day=min(day.day, 28))
    assert add_months(add_months(early, n), -n) == early


def test_bimonthly_period_counts_two_months() -> None:
    assert DateRange(D(2026, 7, 1), D(2026, 8, 31)).months() == [(2026, 7), (2026, 8)]


def test_period_end_before_start_is_rejected() -> None:
    with pytest.raises(InvalidFormat):
        DateRange(D(2026, 8, 1), D(2026, 7, 1))


P = PersonName.parse


@pytest.mark.parametrize(
    ("person", "written", "expected"),
    [
        (P("CARTER", "EMILY ROSE"), "Mme Emily CARTER", NameMatch.MATCH),
        (P("CARTER", "EMILY ROSE"), "CARTER EMILY ROSE", NameMatch.MATCH),
        (P("CARTER", "EMILY ROSE"), "carter, emily", NameMatch.MATCH),
        (P("CARTER", "EMILY ROSE"), "MADAME EMILY CARTER", NameMatch.MATCH),
        (P("CARTER", "EMILY ROSE"), "Rose CARTER", NameMatch.MATCH),
        (P("CARTER", "EMILY ROSE"), "E. CARTER", NameMatch.MATCH),
        (P("CARTER", "EMILY"), "Mme Emlly CARTER", NameMatch.SLIP),
        (P("CARTER", "EMILY"), "Mme Emily CARTFR", NameMatch.SLIP),
        (P("CARTER", "EMILY"), "M. et Mme CARTER", NameMatch.SURNAME_ONLY),
        (P("CARTER", "EMILY"), "M. John SMITH", NameMatch.MISMATCH),
        (P("CARTER", "EMILY"), "Mme Claire DUBOIS", NameMatch.MISMATCH),
        (P("CARTER", "EMILY"), "", NameMatch.UNKNOWN),
        (P("MÜLLER", "JÜRGEN"), "Jurgen MULLER", NameMatch.MATCH),
        (P("DUBOIS-MARTIN", "CLAIRE"), "Claire Dubois Martin", NameMatch.MATCH),
        (P("ERIKSSON", "ANNA MARIA"), "DUPONT JEAN OU ERIKSSON ANNA", NameMatch.MATCH),
        (P("DUPONT", "ANNE", ("MARTIN",)), "Mme Anne MARTIN", NameMatch.MATCH),
        (P("THOMPSON", "MICHAEL ANDREW"), "M MICHAEL THOMPSON", NameMatch.MATCH),
    ],
)
def test_name_matching(person: PersonName, written: str, expected: NameMatch) -> None:
    assert person.matches(written) == expected


def test_name_tokens_drop_titles_and_accents() -> None:
    assert name_tokens("Mme Hélène d'Arcy-Lefèvre") == ["HELENE", "D", "ARCY", "LEFEVRE"]
    # La Banque Postale's "MLE" for Mademoiselle (set_cx p04)
    assert name_tokens("MLE GONZALEZ MARQUEZ DANIELA V")[:1] == ["GONZALEZ"]


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        ("12 rue des Lilas 75011 Paris", "12, r. des lilas, 75011 PARIS", True),
        ("12 rue des Lilas 75011 Paris", "12 RUE DES LILAS 75011 PARIS 11E", True),
        ("8 avenue Jean Jaurès 69007 Lyon", "8 av. Jean Jaures 69007 LYON", True),
        ("8 bis avenue Jean Jaurès 69007 Lyon", "8 avenue Jean Jaurès 69007 Lyon", False),
        ("12 rue des Lilas 75011 Paris", "12 rue des Lilas 75012 Paris", False),
        ("12 rue des Lilas 75011 Paris", "3 boulevard Voltaire 75011 Paris", False),
        ("12 rue des Lilas", "Paris", None),
        # a handwritten "41" read "4": the same street, not proof of another house
        ("4 avenue Jeary JURÈS, Aubervilliers", "41 avenue Jean Jaurès, 93300 Aubervilliers", None),
        ("14 rue des Lilas 75011 Paris", "4 rue des Lilas 75011 Paris", None),
        ("19 boulevard Carnot, Cannes", "19 boulevard Carnot, 06400 Cannes", True),
        ("4 rue des Lilas 75011 Paris", "41 rue Pasteur 75011 Paris", False),
    ],
)
def test_address_comparison(a: str, b: str, same: bool | None) -> None:
    assert Address.parse(a).same_place(Address.parse(b)) is same


def test_a_given_name_glued_to_the_surname_is_the_person() -> None:
    """A bill's address block read "M RAVIIYER": the given name and the surname glued."""
    person = PersonName.parse("IYER", "RAVI SHANKAR")
    assert person.compare("M RAVIIYER").match is NameMatch.MATCH
    assert person.compare("M RAVIKUMAR").match is not NameMatch.MATCH


def test_a_k_read_as_i_and_c_is_a_misread_of_the_surname() -> None:
    """A Malian certificate photographed: "KONATÉ" read "ICONATE", the K's stem parted
    from its arms. Two letters' edit, one look-alike: the surname misread, not another
    surname (which made the good packet's birth certificate questionable, set_cw p01)."""
    person = PersonName.parse("KONATE", "AISSATA OUMOU")
    cmp = person.compare("ICONATE Aissata Oumou")
    assert cmp.match is NameMatch.SLIP and cmp.ocr_slips_only
    assert person.compare("NICONATE Aissata Oumou").match is NameMatch.GIVEN_ONLY


def test_a_turkish_g_read_as_y_with_a_diaeresis_is_a_misread() -> None:
    """ÇAĞLA on a lease, read "Çaÿla" by models that have no ğ: a misread of CAGLA (the
    passport's MRZ spelling), not another spelling to check."""
    from docverify.values.names import PersonName

    cmp = PersonName.parse("SAHIN", "CAGLA").compare("Çaÿla SAHIN")
    assert cmp.ocr_slips_only


def test_one_digit_of_a_doubtful_house_number_cannot_tell() -> None:
    """A handwritten attestation's "42 boulevard Voltaire" read "52" (set_be p03), the host's
    ID and bills saying 42: a doubtful read cannot call it another house; a reliable one can."""
    hand = Address.parse("52 boulevard Voltaire, 75011 Paris")
    bill = Address.parse("42 BOULEVARD VOLTAIRE, 75011 PARIS")
    assert hand.same_place(bill, loose=True) is None
    assert hand.same_place(bill) is False
    assert Address.parse("152 bd Voltaire, 75011 Paris").same_place(bill, loose=True) is False


def test_an_elided_letter_of_the_persons_surname_joins_the_word_after_it() -> None:
    """O'SULLIVAN-HUGHES on the passport, a UK certificate (her birth name) read "OSULLIVE
    Eleanor race" (set_bf p03): the same family name, misread, not another one."""
    person = PersonName(("O", "SULLIVAN", "HUGHES"), ("ELEANOR", "GRACE"))
    assert person.matches("OSULLIVE Eleanor race") == NameMatch.SLIP
    assert person.matches("OSULLIVAN Eleanor Grace") == NameMatch.MATCH
    assert person.matches("MURPHY Eleanor Grace") == NameMatch.GIVEN_ONLY


def test_a_vietnamese_d_with_a_stroke_is_the_mrz_d() -> None:
    """A payslip's "M. ĐẶNG Văn Hoàng" for the passport's DANG VAN HOANG (set_cj p03): Đ has
    no Unicode decomposition; ICAO writes it D. A slip of one letter it is not."""
    assert PersonName.parse("DANG", "VAN HOANG").matches("M. ĐẶNG Văn Hoàng") == NameMatch.MATCH
    assert PersonName.parse("SOEREIDE", "KARI").matches("Kari Søreide") == NameMatch.MATCH


def test_a_doubtful_postcode_one_digit_off_in_a_town_misread_cannot_tell() -> None:
    """A handwritten attestation's "23 rue Paul Bert, 35000 Rennes" read "25000 Remes"
    (set_ci p03), the lease saying 35000 Rennes: the same house, street and a town two
    letters off; a doubtful read cannot call it another dwelling, a reliable one can."""
    hand = Address.parse("23 rue Paul Bert, 25000 Remes")
    lease = Address.parse("23 rue Paul Bert, 2e étage gauche, 35000 Rennes")
    assert hand.same_place(lease, loose=True) is None
    assert lease.same_place(hand, loose=True) is None
    assert hand.same_place(lease) is False
    other = Address.parse("23 rue Paul Bert, 25000 Besançon")
    assert other.same_place(lease, loose=True) is False
    assert Address.parse("23 rue Paul Bert, 24000 Remes").same_place(lease, loose=True) is False


def test_a_whole_name_glued_on_a_dotted_line_is_the_person_a_letter_off() -> None:
    """set_cn p01: a Kenyan certificate's "Name GRACEWANJIKUKAMA ss ccc..." (the name on
    a dotted line, its words glued, the U of KAMAU lost to the dots): the person's given
    names and surname, the surname a letter off, not another surname."""
    person = PersonName.parse("KAMAU", "GRACE WANJIKU")
    assert person.compare("GRACEWANJIKUKAMAU").match is NameMatch.MATCH
    assert person.compare("GRACEWANJIKUKAMA").match is NameMatch.SLIP
    assert person.compare("GRACEWANJIKUMWANGI").match is not NameMatch.MATCH


def test_a_two_letter_given_name_that_is_the_surnames_particle_matches_nothing() -> None:
    """set_cr p01: a birth certificate's given names misread "ol el" (SALMA), the surname
    EL AMRANI: the reading "EL AMRANI, OL EL" matched "SALMA EL AMRANI" (its "EL" found in
    the surname), outvoted the passport's MRZ, and the packet's applicant was "OL EL"."""
    from docverify.values.names import NameMatch, PersonName

    misread = PersonName(("EL", "AMRANI"), ("OL", "EL"))
    assert misread.matches("SALMA EL AMRANI") == NameMatch.MISMATCH
    assert misread.matches("OL EL EL AMRANI") == NameMatch.MATCH
    assert PersonName(("EL", "AMRANI"), ("SALMA",)).matches("EL AMRANI Salma") == NameMatch.MATCH


def test_a_family_name_written_by_its_initials_is_the_persons() -> None:
    """set_dn p04 (wave 49, read after its blind figure): a Sri Lankan payslip names
    "R.A. DILSHAN KUMARA" for RANASINGHE ARACHCHIGE Dilshan Kumara, the family name by
    its initials as Sri Lanka writes it; other initials are no such name."""
    from docverify.values.names import NameMatch, PersonName

    person = PersonName.parse("RANASINGHE ARACHCHIGE", "DILSHAN KUMARA")
    assert person.matches("R.A. DILSHAN KUMARA") == NameMatch.MATCH
    assert person.matches("A.B. DILSHAN KUMARA") == NameMatch.GIVEN_ONLY
    assert PersonName.parse("SILVA", "ANA").matches("S. ANA") != NameMatch.MATCH
