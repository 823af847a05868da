"""The document number is never a guess: readings that check digits cannot tell apart,
and numbers printed on the document's face that the MRZ reads otherwise, leave it
unsettled (questionable), never ``mrz_valid: true`` on a number that is not printed."""

from __future__ import annotations

import datetime as dt

from docverify.doctypes.document_number import number_findings, settle_number
from docverify.values.mrz import Mrz

AS_OF = dt.date(2026, 11, 20)


def _cd(text: str) -> str:
    def value(c: str) -> int:
        return int(c) if c.isdigit() else 0 if c == "<" else ord(c) - 55

    return str(sum(value(c) * (7, 3, 1)[i % 3] for i, c in enumerate(text)) % 10)


def _td1(code: str, printed: str, read: str, surname: str, given: str) -> list[str]:
    """A TD1 MRZ whose check digits are the ``printed`` number's, its number read ``read``."""
    line1 = f"{code}FRA{printed}{_cd(printed)}".ljust(30, "<")
    birth, expiry = "870326", "320614"
    line2 = f"{birth}{_cd(birth)}F{expiry}{_cd(expiry)}FRA".ljust(29, "<")
    line2 += _cd(line1[5:30] + line2[0:7] + line2[8:15] + line2[18:29])
    return [line1.replace(printed, read), line2, f"{surname}<<{given}".ljust(30, "<")]


def test_two_misreads_that_cancel_in_the_check_digit_are_caught_by_the_printed_number() -> None:
    """An ID card's MRZ read FOTQ8LX72 for F9TQ3LX72 (9->O, 3->8: both pass the check
    digit and the composite). The face prints F9TQ3LX72: the number is unsettled."""
    truth = "F9TQ3LX72"
    mrz = Mrz.parse(_td1("ID", truth, "FOTQ8LX72", "LEGRAND", "CLAIRE"), AS_OF)
    assert mrz.valid
    settled = settle_number(mrz, {truth, "NANTES44"})
    assert settled.how == "ambiguous" and truth in settled.readings
    # read right, and printed alike: settled
    ok = settle_number(Mrz.parse(_td1("ID", truth, truth, "LEGRAND", "CLAIRE"), AS_OF), {truth})
    assert ok.how != "ambiguous" and ok.mrz.document_number == truth


def test_d_read_for_0_is_a_look_alike_too() -> None:
    """A titre de séjour's NC2E81640 read NC2E8164D: changing the 1 to I alone passes the
    check digits (I and D for 1 and 0 cancel out), so that repair is one reading among
    others, the truth among them, and the number is left unsettled."""
    truth = "NC2E81640"
    mrz = Mrz.parse(_td1("IR", truth, "NC2E8164D", "DIALLO", "MAMADOU"), AS_OF)
    settled = settle_number(mrz, set())
    assert settled.how == "ambiguous" and truth in settled.readings


def test_a_number_printed_a_little_otherwise_than_an_unsure_mrz_read_is_a_rival() -> None:
    """ "TS9446885" printed on the face, "TSO44688B" in an MRZ whose check digits, as read,
    pass for it (the check digit misread too): read once among many, the MRZ cannot
    settle the number; read the same way by most attempts, it still does."""
    lines = _td1("IR", "TSO44688B", "TSO44688B", "BEN<SALAH", "MOHAMED")
    m = Mrz.parse(lines, AS_OF)
    assert m.valid
    unsure = settle_number(m, {"TS9446885"}, reproducible=False)
    assert unsure.how == "ambiguous" and "TS9446885" in unsure.readings
    assert settle_number(m, {"TS9446885"}, reproducible=True).how != "ambiguous"


def test_a_number_read_alike_by_mrz_and_face_is_settled_despite_another_printed_reading() -> None:
    """A passport photocopied beside its visa (set_m p10): the MRZ reads G38291047 and
    the passport's face prints G38291047; the visa's face, naming the passport, reads it
    638291047 (G and 6 weigh the same in a check digit). Two independent reads agree: the
    number is settled on them. Without a printed number, G38291047 is one reading among
    others (638291047 looks more like a number): unsettled, though the MRZ is valid
    whichever is printed (look-alikes, said as information)."""
    lines = [
        "P<MEXHERNANDEZ<OLVERA<<LUIS<ALBERTO<<<<<<<<<",
        "G382910470MEX9203273M3201196<<<<<<<<<<<<<<<6",
    ]
    m = Mrz.parse(lines, AS_OF)
    assert m.valid
    settled = settle_number(m, {"G38291047", "638291047"})
    assert settled.how == "printed" and settled.mrz.document_number == "G38291047"
    assert settled.mrz.valid
    assert settle_number(m, set()).how == "lookalikes"


def test_a_leading_letter_read_as_a_digit_that_weighs_alike_is_never_settled_by_the_read() -> None:
    """A Mexican passport's G04384001 (set_o p10): G and 6 weigh alike in every check
    digit, and both readings are shaped like a number, so the read alone does not settle
    it (it did, and the MRZ was called valid on a wrong number); nor does a face read one
    look-alike off a verifying MRZ (the MRZ read G04384001, the face 604384001, and the
    face won): two reads disagree where check digits cannot tell. Read alike, they agree.
    The read alone leaves look-alikes (the number unsettled, ``mrz_valid`` null, every
    reading valid); a face that reads otherwise makes it ambiguous (questionable)."""
    truth = "G04384001"
    mrz = Mrz.parse(_td1("ID", truth, "604384001", "LOPEZ", "ANA"), AS_OF)
    assert mrz.valid  # as read: the check digits cannot tell
    unsettled = settle_number(mrz, set())
    assert unsettled.how == "lookalikes" and truth in unsettled.readings
    disagree = settle_number(mrz, {truth})
    assert disagree.how == "ambiguous" and set(disagree.readings) >= {truth, "604384001"}
    right = Mrz.parse(_td1("ID", truth, truth, "LOPEZ", "ANA"), AS_OF)
    assert settle_number(right, {"604384001"}).how == "ambiguous"
    agreed = settle_number(right, {truth})
    assert agreed.how == "printed" and agreed.mrz.document_number == truth


def test_a_repaired_number_is_confirmed_by_a_face_read_with_one_slip_elsewhere() -> None:
    """set_t p11: the MRZ read "ZHV8PL41M", its check digit puts it right to 2HV8PL41M,
    and the face reads "2HV8PLA41M" (a glyph read twice): the face's "2" is a second,
    independent read of the repaired character. A face that reads "Z" there gainsays
    the repair. With no face to say, or one read with two slips elsewhere, the repair
    stands on the two check digits that cover the number (its own and the composite),
    the only reading of the number that passes both (set_cd p02, wave 28)."""
    lines = _td1("IR", "2HV8PL41M", "ZHV8PL41M", "TKACHENKO", "IRYNA")
    m = Mrz.parse(lines, AS_OF)
    assert m.valid and m.document_number == "2HV8PL41M"
    assert any(r.startswith("document_number: Z->2") for r in m.repairs)
    assert settle_number(m, {"2HV8PLA41M"}).confirmed
    assert not settle_number(m, {"ZHV8PLA41M"}).confirmed
    assert settle_number(m, {"2HV8PLA4IM"}).confirmed
    assert settle_number(m, set()).confirmed


def test_a_check_digit_made_from_the_number_is_not_confirmed_by_the_face() -> None:
    """set_t d059: the card's "Z9KP4RT2X" read "ZOKP4RT2X" in the MRZ and on the face alike,
    its check digit 8 read "B". B's look-alike refuses the number, so the digit the number
    implies (3) was put there, and the composite verified by chance. The face showing the
    same misread confirms nothing about a check digit made from the number itself: the
    number is unverified (``mrz_valid`` null, the requirement questionable)."""
    lines = ["IDFRAZOKP4RT2XB<<<<<<<<<<<<<<<", "8811307F3302060FRA<<<<<<<<<<<4",
             "ROUSSEAU<<CAMILLE<HELENE<<<<<<"]  # fmt: skip
    m = Mrz.parse(lines, AS_OF)
    assert m.valid and m.document_number == "ZOKP4RT2X"
    settled = settle_number(m, {"ZOKP4RT2X"})
    assert not settled.confirmed and settled.how == "unverified"
    (finding,) = number_findings(settled, m.document_number, "identity card")
    assert finding.code == "mrz.document_number_unverified"
    # a check digit read as its look-alike (B for 8) is no such guess
    right = [f"IDFRAZ9KP4RT2X{_cd('Z9KP4RT2X')}".ljust(30, "<"), *lines[1:]]
    right[1] = right[1][:29] + _cd(
        right[0][5:30] + right[1][0:7] + right[1][8:15] + right[1][18:29]
    )
    assert Mrz.parse(right, AS_OF).valid
    misread = Mrz.parse([right[0][:14] + "B" + right[0][15:], *right[1:]], AS_OF)
    assert misread.valid and settle_number(misread, {"Z9KP4RT2X"}).confirmed


def test_a_garbled_number_is_replaced_by_the_face_one_the_check_digits_accept() -> None:
    """set_t d020: the MRZ, set in a wide font, reads "BFVIQK27L" a different way each
    time; the face reads 3FV9QK27L, which the number's check digit and the composite both
    accept. A number read the same way every time that fails its check digit (a faulty
    or altered document) is never replaced by the face's."""
    lines = ["IRFRABFVIQK27L4<<<<<<<<<<<<<<<", "9502286F2707185CMR<<<<<<<<<<<0",
             "MBARGA<ESSOMBA<<JOSEPHINE<CLAR"]  # fmt: skip
    m = Mrz.parse(lines, AS_OF)
    assert not m.checks["document_number"]
    settled = settle_number(m, {"3FV9QK27L", "CMR"}, reproducible=False)
    assert settled.how == "printed" and settled.confirmed
    assert settled.mrz.document_number == "3FV9QK27L" and settled.mrz.valid
    assert settle_number(m, {"3FV9QK27L"}, reproducible=True).mrz.document_number != "3FV9QK27L"


def test_where_check_digits_cannot_tell_the_mrzs_reads_side_with_the_face() -> None:
    """set_t p14: the MRZ read "GQZ2MV58T" verifies, and so does the face's 6QZ2MV58T (G
    and 6 weigh alike in every check digit). Most of the MRZ's reads, valid or not, began
    with 6: with the face, that settles it. Reads that lean to G, or none, leave it open."""
    lines = _td1("IR", "6QZ2MV58T", "GQZ2MV58T", "BEN<SALAH", "YASSINE")
    m = Mrz.parse(lines, AS_OF)
    assert m.valid and m.document_number == "GQZ2MV58T"
    leaning = ("6BQZ2MV58", "GQZ2MV58T", "6QZ2MV5E8", "6QZ2MVSBT", "GQZ2MVSBT", "6BQZ2MV58")
    settled = settle_number(m, {"6QZ2MV58T"}, True, leaning)
    assert settled.how == "printed" and settled.mrz.document_number == "6QZ2MV58T"
    assert settled.mrz.valid and settled.confirmed
    assert settle_number(m, {"6QZ2MV58T"}, True, ()).how == "ambiguous"
    assert settle_number(m, {"6QZ2MV58T"}, True, ("GQZ2MV58T", "GQZ2MV58T", "6QZ")).how == (
        "ambiguous"
    )


def test_a_nationality_no_state_has_is_the_issuing_states_one_letter_off() -> None:
    """A Colombian passport's MRZ read with its nationality "OOL" (set_aa p01): no check
    digit guards the code; one look-alike letter from "COL", the issuing state, it is
    Colombian. A code that is a state's, or that no single state is near, stays."""
    import datetime as dt

    from docverify.doctypes.travel_document import identity_fields
    from docverify.values.mrz import Mrz
    from docverify.vision.mrz import MrzRead

    def fields(nationality: str) -> object:
        m = Mrz.parse(["P<COLRESTREPO<GOMEZ<<MARIA<VALENTINA<<<<<<<<<<",
                       f"L898902C36{nationality}7408122F1204159ZE184226B<<<<<10"],
                      dt.date(2026, 1, 1))  # fmt: skip
        return identity_fields(MrzRead(m, None, "page_text")).nationality

    assert fields("OOL") == "COL"
    assert fields("FRA") == "FRA"
    assert fields("XQZ") == "XQZ"


def test_a_number_read_with_a_look_alike_every_time_is_put_right_by_the_face() -> None:
    """A titre de séjour photographed (set_ai p02): its MRZ read "ZHO731962" each time
    (OCR-B's 0 as O) and line 2's last character, the composite, lost at the card's edge.
    The face prints ZH0731962, which differs only by that look-alike and passes the
    number's check digit: the face's number is taken, and the composite the verified fields
    imply. A face number off by anything but look-alikes, or none, settles nothing: a
    number read the same way that fails its check digit is the document's own."""
    lines = ["IRFRAZHO7319628<<<<<<<<<<<<<<<", "9308226F2704173NGA<<<<<<<<<<<",
             "OKAFOR<<CHIDINMA<GRACE<<<<<<<<"]  # fmt: skip
    mrz = Mrz.parse(lines, AS_OF)
    assert not mrz.valid
    settled = settle_number(mrz, {"ZH0731962", "NGA"}, reproducible=True)
    assert settled.how == "printed" and settled.confirmed
    assert settled.mrz.document_number == "ZH0731962" and settled.mrz.valid
    for face in ({"ZH0731962".replace("7", "1")}, set()):
        other = settle_number(mrz, face, reproducible=True)
        assert not other.mrz.valid and other.mrz.document_number == "ZHO731962"


def test_a_number_glyph_read_as_two_is_mended_by_the_face() -> None:
    """set_am p03: a titre de séjour's "K7F2P9W41" read "K7F2PIOW41" in the MRZ (the 9
    read "IO"), the line's last filler pushed off; the number's check digit passes by
    chance, the composite fails. The face prints K7F2P9W41: put back, every check
    verifies. A face number the split does not explain mends nothing."""
    m = Mrz.parse(["IRFRAK7F2PIOW411<<<<<<<<<<<<<<", "9002144M3007147UZB<<<<<<<<<<<8",
                   "TURSUNOV<<JASUR<<<<<<<<<<<<<<<"], dt.date(2026, 11, 20))  # fmt: skip
    assert not m.valid and m.checks["document_number"] and not m.checks["composite"]
    s = settle_number(m, {"K7F2P9W41", "TURSUNOV"})
    assert s.mrz.valid and s.mrz.document_number == "K7F2P9W41" and s.how == "printed"
    assert not settle_number(m, {"K7F2P8W41"}).mrz.valid


def test_a_glyph_read_as_two_and_the_wrong_one_dropped_is_settled_by_the_face() -> None:
    """set_ao p01 (Togo, phone photo): the number's "0" read "OQ", so the line is one
    character too long; dropping the "8" beside it verifies (BOQ12734, every check
    digit passing), and so would dropping the "Q". The face prints B0812734, which the
    MRZ's check digits accept in the number's place: the face says which glyph was the
    stray one."""
    lines = ["P<TGOAGBODJAN<<KOKOU<SELOM<<<<<<<<<<<<<<<<<<",
             "BOQ812734<8TG09104233M3203097<<<<<<<<<<<<<<<Q"]  # fmt: skip
    mrz = Mrz.parse(lines, AS_OF)
    assert mrz.valid and mrz.document_number == "BOQ12734"
    settled = settle_number(mrz, {"B0812734", "TGO", "AGBODJAN"})
    assert (settled.how, settled.mrz.document_number, settled.mrz.valid) == (
        "printed",
        "B0812734",
        True,
    )
    # without the face, the dropped glyph's number stays unconfirmed
    assert settle_number(mrz, set()).how != "printed"


def test_a_number_read_as_printed_beside_look_alikes_is_valid_information() -> None:
    """set_as p03: a titre de séjour's TS7R2K941, read the same way by each read, every
    check digit passing; T57RZK941 would pass too (S/5 and 2/Z weigh alike). The number
    is uncertain but the document is valid whichever is printed: information, not a
    question. A read that is not reproducible leaves it ambiguous."""
    m = Mrz.parse(_td1("IR", "TS7R2K941", "TS7R2K941", "STOJANOVSKA", "IVANA"), AS_OF)
    settled = settle_number(m, set())
    assert settled.how == "lookalikes" and settled.readings[0] == "TS7R2K941"
    assert "T57RZK941" in settled.readings
    (finding,) = number_findings(settled, m.document_number, "residence permit")
    assert finding.code == "mrz.document_number_lookalikes" and finding.severity.value == "info"
    assert settle_number(m, set(), reproducible=False).how == "ambiguous"


def _td3(printed: str, read: str, names: str) -> list[str]:
    """A TD3 MRZ whose check digits are the ``printed`` number's, its number read ``read``."""
    birth, expiry, optional = "930417", "300119", "<" * 14
    line2 = f"{printed}{_cd(printed)}SSD{birth}{_cd(birth)}F{expiry}{_cd(expiry)}"
    line2 += optional + _cd(optional)
    line2 += _cd(line2[0:10] + line2[13:20] + line2[21:43])
    return [names.ljust(44, "<")[:44], read + line2[9:]]


def test_a_face_read_one_letter_off_is_no_rival_when_the_check_digit_would_tell() -> None:
    """set_au p01: the MRZ reads R00482913, its check digit and the composite passing, the
    name's fillers read K (repaired: the number is untouched); the face reads RO0482913,
    which the check digit refuses. The face misread; the number is settled even from an
    MRZ read differently by other attempts. A face reading the check digit cannot refuse
    (G for 6 weighs alike) stays a rival."""
    names = "P<SSDGARANG<<NYANDENG<AKOL<<<KKKKKKKKKK"
    m = Mrz.parse(_td3("R00482913", "R00482913", names), AS_OF)
    assert m.checks["document_number"] and m.checks["composite"] and m.repairs
    settled = settle_number(m, {"RO0482913"}, reproducible=False)
    assert settled.how != "ambiguous" and settled.mrz.document_number == "R00482913"
    g = Mrz.parse(_td3("604384001", "604384001", names), AS_OF)
    assert settle_number(g, {"G04384001"}, reproducible=False).how == "ambiguous"


def test_reads_that_differ_where_the_check_digits_weigh_alike_leave_the_number_open() -> None:
    """set_bn p02: a French ID card's MRZ read four ways ("T7K2MX9PE", "TCK2MX9P4",
    "TTK2MX9PA"...), the number kept, "T7K2MX9PE", valid: its last character read "E" where
    it is printed "4", and E and 4 weigh alike where the weight is 1. Another read's "4"
    verifies as well: the number is unsettled (was mrz_valid on a number not printed)."""
    truth = "T7K2MX9P4"
    mrz = Mrz.parse(_td1("ID", truth, "T7K2MX9PE", "COULIBALY", "SEYDOU"), AS_OF)
    assert mrz.valid
    seen = ("T/K2MXY9P", "TTK2MX9PA", "T7K2MX9PE", "TCK2MX9P4")
    settled = settle_number(mrz, {"T7K2MX9P4A"}, reproducible=False, seen=seen)
    assert settled.how == "ambiguous" and truth in settled.readings
    # read the same way each time: the reads do not disagree, nothing to weigh
    assert settle_number(mrz, set(), reproducible=True, seen=seen).how == "single"
    # the face prints the number kept: two independent reads agree (set_bn p01)
    assert settle_number(mrz, {"T7K2MX9PE"}, reproducible=False, seen=seen).how == "single"


def test_a_lebanese_number_is_settled_by_its_format() -> None:
    """set_bw p03 (wave 24): a Lebanese passport's number read "LRO872415", in its MRZ and
    on its face alike; its look-alike readings leave it ambiguous. Lebanon's passports
    number "LR" and seven digits (``document_numbers.toml``): the zero is the number."""
    number = "LR0872415"
    line1 = "P<LBNABI<NADER<<KARIM".ljust(44, "<")
    body = f"{number}{_cd(number)}LBN9511084M3406197"
    line2 = body.ljust(42, "<") + _cd("<" * 14)
    line2 += _cd(line2[0:10] + line2[13:20] + line2[21:43])
    mrz = Mrz.parse([line1, line2], AS_OF)
    assert mrz.valid
    settled = settle_number(mrz.with_document_number("LRO872415"), {"LRO872415"})
    assert (settled.how, settled.mrz.document_number) == ("format", number)


def test_one_lookalike_put_right_stands_on_both_check_digits() -> None:
    """set_cd p02 (wave 28): a titre de séjour's MRZ read "RFO731584", its face not
    printing the number. Put right to RF0731584, it passes the number's check digit and
    the composite, and the other readings both allow are letters amid digits
    ("RF0731SB4"): the repair is confirmed. A visa's MRZ has no composite: one check
    digit alone confirms nothing."""
    lines = ["IRFRARFO7315846<<<<<<<<<<<<<<<", "0109235F2709307COL<<<<<<<<<<<2",
             "GOMEZ<RESTREPO<<VALENTINA<ANDR"]  # fmt: skip
    m = Mrz.parse(lines, dt.date(2026, 12, 3))
    assert m.valid and m.document_number == "RF0731584"
    settled = settle_number(m, set())
    assert settled.confirmed and settled.mrz.document_number == "RF0731584"
    assert not settle_number(m, {"RFO731584"}).confirmed  # the face reads the O: in doubt
    number = "012345678"
    second = f"O12345678{_cd(number)}COL0109235F2709307{'<' * 16}"
    visa = Mrz.parse(["VCBELGOMEZ<RESTREPO<<VALENTINA<ANDREA<<<<<<<", second], dt.date(2026, 12, 3))
    assert visa.valid and visa.document_number == number and "composite" not in visa.checks
    assert not settle_number(visa, set()).confirmed


def test_a_face_two_look_alikes_off_does_not_replace_a_reproducible_mrz() -> None:
    """set_cr p02: a titre de séjour's MRZ read ZD7061348 every time, its check digits
    passing; its face read once "207061348" (Z as 2, D as 0), which passes them too. The
    face's number was taken (a false valid MRZ); the MRZ's read stands, the look-alike
    said. Read differently each time, the MRZ has no such weight: the face decides."""
    mrz = Mrz.parse(_td1("IR", "ZD7061348", "ZD7061348", "RESTREPO<GOMEZ", "JUAN"), AS_OF)
    assert mrz.valid
    kept = settle_number(mrz, {"207061348"}, True)
    assert kept.how == "lookalikes" and kept.mrz.document_number == "ZD7061348"
    assert "207061348" in kept.readings
    assert settle_number(mrz, {"207061348"}, False).mrz.document_number == "207061348"
