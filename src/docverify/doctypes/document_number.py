"""The document number of a passport, card, permit or visa, never a guess.

Check digits cannot tell some OCR look-alikes apart (``O/0``, ``G/6``, two swaps that
cancel out), so a number that verifies may still not be the printed one. The number is
settled among the readings its check digits allow by the issuing state's number format,
the number printed on the document's face, or how plainly it was read; otherwise it is
ambiguous and every reading is shown (``mrz.document_number_ambiguous``).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from rapidfuzz.distance import Levenshtein

from docverify.countries import number_format
from docverify.labels import lines_of_page
from docverify.model import Document, Finding, info, warning
from docverify.values.errors import ValueParseError
from docverify.values.mrz import FILLER, Mrz, check_digit, implausibility, same_glyph
from docverify.values.names import fold_upper

_PRINTED_TOKEN = re.compile(r"[A-Z0-9]{5,12}")

NUMBER_DOUBTS = ("mrz.document_number_ambiguous", "mrz.document_number_unverified")
"""The findings that leave a document's number unsettled (``mrz_valid`` null)."""
NUMBER_LOOKALIKES = "mrz.document_number_lookalikes"
"""The number read as printed passes every check digit, and so would look-alike readings
of it: the number is not certain (``mrz_valid`` null), the document's validity is."""
NUMBER_NOTES = (*NUMBER_DOUBTS, NUMBER_LOOKALIKES)
"""What a rule says of a document's number."""


def printed_tokens(doc: Document) -> set[str]:
    """Candidate document numbers printed in the visual zone: alphanumeric tokens of the
    pages' words outside the MRZ, alone or joined with their neighbours on the line
    (``12 AB 34567``)."""
    out: set[str] = set()
    for page in doc.pages:
        for line in lines_of_page(page):
            texts = [
                re.sub(r"[^A-Z0-9]", "", fold_upper(w.text)) for w in line if "<" not in w.text
            ]
            for i in range(len(texts)):
                joined = ""
                for t in texts[i : i + 3]:
                    joined += t
                    if _PRINTED_TOKEN.fullmatch(joined):
                        out.add(joined)
    return out


@dataclass(frozen=True)
class NumberSettlement:
    """How the document number was settled among the readings its check digits allow."""

    mrz: Mrz
    how: str  # "single" | "read" | "format" | "printed" | "repaired" | "lookalikes"
    # | "ambiguous" | "unchecked" | "unverified" (the check digit unreadable, the number as
    # read unverified)
    readings: tuple[str, ...] = ()
    confirmed: bool = False
    """The number kept fits the issuing state's known format, or is printed on the page."""


def settle_number(
    mrz: Mrz, printed: set[str], reproducible: bool = True, seen: Sequence[str] = ()
) -> NumberSettlement:
    """The document number, never a guess: when several readings pass every check digit,
    one is kept only if the issuing state's number format or the printed zone picks it,
    or if it is what was read and clearly the most plausible (letters then digits, no
    digit-like letters); otherwise the number is ambiguous and every reading is shown.

    >>> import datetime
    >>> m = Mrz.parse(["P<HUNHANDRA<<ROZALIA<IRMA<<<<<<<<<<<<<<<<<<<",
    ...                "BDOOOZ02B2HUN7802225F2203012<<<<<<<<<<<<<<06"], datetime.date(2026, 1, 1))
    >>> s = settle_number(m, set())
    >>> s.how, s.mrz.document_number, s.mrz.valid
    ('format', 'BD0002028', True)
    >>> settle_number(m.with_document_number("BDOOOZ02B"), {"BD0002028"}).how
    'format'

    The face read with a glyph doubled ("TN0O941286") still names the reading it prints
    (set_s p09: the MRZ's "TNO941286", put right by its check digit, is what the face says):

    >>> t = Mrz.parse(["IRFRATNO9412862<<<<<<<<<<<<<<<", "8712035M3405190TUN<<<<<<<<<<<6",
    ...                "BEN<SALAH<<AYMEN<<<<<<<<<<<<<<"], datetime.date(2026, 11, 20))
    >>> s = settle_number(t, {"TN0O941286"})
    >>> s.how, s.confirmed, settle_number(t, set()).how
    ('printed', True, 'ambiguous')
    """
    readings = mrz.number_readings()
    read = mrz.document_number
    fmt = number_format(mrz.issuing_country, mrz.document_code)

    def confirmed(number: str) -> bool:
        if fmt and fmt.match(number):
            return True
        repaired = repaired_positions(mrz) if number == read else set()
        return (
            number in printed
            or any(doubled_glyph(t, number) for t in printed)
            or bool(repaired and any(agrees_where_repaired(t, number, repaired) for t in printed))
        )

    if implied_check_digit(mrz) and not (fmt and fmt.match(read)):
        # the check digit was made from the number: nothing verifies the number
        return NumberSettlement(mrz, "unverified", (read,))
    if not mrz.checks.get("document_number"):
        # the MRZ's number garbled, its reads disagreeing, or read the same way each time
        # with a look-alike for what the face prints (OCR-B's 0 read O every time); a
        # number read the same way that fails its check digit otherwise is the
        # document's fault, never replaced
        face = _face_readings(mrz, printed)
        if len(face) == 1 and (not reproducible or _look_alikes(face[0], read)):
            # the face's number verifies in its place
            return NumberSettlement(mrz.with_document_number(face[0]), "printed", face, True)
    elif dropped_in_number(mrz) and len(face := _face_readings(mrz, printed)) == 1:
        # a glyph of the number read as two ("0" as "OQ") and the wrong one of the two
        # dropped: both verify, the face says which (set_ao p01: BOQ12734 for B0812734)
        return NumberSettlement(mrz.with_document_number(face[0]), "printed", face, True)
    if not mrz.valid and not mrz.checks.get("composite", True):
        # a glyph of the number read as two ("9" as "IO") shifts the line: the number's
        # check digit may pass by chance, the composite not; the face's number put back
        # in the MRZ's place makes every check verify (set_am p03)
        mended = [m for t in sorted(printed) if (m := unsplit_number(mrz, t)) is not None]
        if len(mended) == 1:
            return NumberSettlement(mended[0], "printed", (mended[0].document_number,), True)
    if not readings:
        return NumberSettlement(mrz, "unchecked")
    if readings == (read,):
        if rivals := printed_rivals(mrz, read, printed, reproducible):
            return NumberSettlement(mrz, "ambiguous", (read, *rivals))
        return NumberSettlement(mrz, "single", readings, confirmed(read))
    pool = list(readings)
    chosen: str | None = None
    how = "ambiguous"
    if fmt is not None:
        fits = [r for r in pool if fmt.match(r)]
        if len(fits) == 1:
            chosen, how = fits[0], "format"
        elif fits:
            pool = fits
    if chosen is None:
        hits = [r for r in pool if r in printed] or [
            r for r in pool if any(doubled_glyph(t, r) for t in printed)
        ]
        if (
            len(hits) == 1
            and mrz.checks.get("document_number")
            and _one_apart(read, hits[0])
            and not reads_lean_to(hits[0], read, seen)
        ):
            # the MRZ read as it is verifies and the face reads it one look-alike off
            # (G04384001 / 604384001): two reads disagree where check digits cannot tell,
            # and the MRZ's other reads do not side with the face
            return NumberSettlement(mrz, "ambiguous", (read, hits[0]))
        if len(hits) == 1:
            chosen, how = hits[0], "printed"
        elif read in hits and mrz.checks.get("document_number"):
            # two independent reads, the MRZ's and the face's, give the same number; the
            # other printed reading (another document on the page: a visa naming the
            # passport) is a reading of the face alone
            chosen, how = read, "printed"
    clearly_read = pool[0] == read and (len(pool) == 1 or _likelier(read, pool[1]))
    if chosen is None and clearly_read and mrz.checks.get("document_number"):
        chosen, how = read, "read"
    if chosen is None and len(readings) == 1:
        chosen, how = readings[0], "repaired"  # the read failed: one reading passes
    if chosen is None:
        rivals = printed_rivals(mrz, read, printed, reproducible)
        if (
            not rivals
            and reproducible
            and mrz.checks.get("document_number")
            and mrz.checks.get("composite", True)
            and not _number_repairs(mrz)
        ):
            # read as printed, the same way each time, every check digit passing: only
            # look-alikes (TS7R2K941, T57RZK941) that weigh alike stand beside it, all valid
            return NumberSettlement(mrz, "lookalikes", (read, *(r for r in pool if r != read)))
        return NumberSettlement(mrz, "ambiguous", (*pool, *rivals))
    agreed = how == "printed" and chosen == read
    if (
        how != "format"
        and not agreed
        and (rivals := printed_rivals(mrz, chosen, printed, reproducible))
    ):
        return NumberSettlement(mrz, "ambiguous", (chosen, *rivals))
    settled = mrz if chosen == read else mrz.with_document_number(chosen)
    return NumberSettlement(settled, how, readings, confirmed(chosen))


_NUMBER_AT = {"TD1": (0, 5)}
"""Where the document number starts (line, column): the second line's start but on a TD1."""


def unsplit_number(mrz: Mrz, token: str) -> Mrz | None:
    """The MRZ with the face's ``token`` in place of its number read with one glyph split
    in two ("K7F2PIOW41" for K7F2P9W41, the 9 read "IO"), the character the split pushed
    off the line's end given back as a filler, when every check digit then verifies.

    >>> import datetime
    >>> m = Mrz.parse(["IRFRAK7F2PIOW411<<<<<<<<<<<<<<", "9002144M3007147UZB<<<<<<<<<<<8",
    ...                "TURSUNOV<<JASUR<<<<<<<<<<<<<<<"], datetime.date(2026, 11, 20))
    >>> m.valid, unsplit_number(m, "K7F2P9W41").document_number, unsplit_number(m, "K7F2P9W47")
    (False, 'K7F2P9W41', None)
    """
    row, col = _NUMBER_AT.get(mrz.kind, (1, 0))
    if row >= len(mrz.lines) or len(token) < 6:
        return None
    line = mrz.lines[row]
    for i in range(len(token)):
        before, after = line[col : col + i], line[col + i + 2 : col + len(token) + 1]
        if before != token[:i] or after != token[i + 1 :]:
            continue
        rest = line[col + len(token) + 1 :]
        gap = rest.find(FILLER * 2)
        if gap < 0:
            continue
        rest = rest[:gap] + FILLER + rest[gap:]
        lines = list(mrz.lines)
        lines[row] = (line[:col] + token + rest)[: len(line)]
        try:
            mended = Mrz.parse(lines, mrz.as_of, repair=False)
        except ValueParseError:
            return None
        return mended if mended.valid else None
    return None


FACE_DIFFERENCES = 3
"""A number printed on the face that differs from the MRZ's garbled one in at most this many
characters may stand in for it, when it passes the MRZ's check digits."""


def _face_readings(mrz: Mrz, printed: set[str]) -> tuple[str, ...]:
    """Numbers printed on the face that the MRZ's check digits (the number's own and the
    composite) accept in place of a number the MRZ garbled, a few characters off (set_t
    d020: "3FV9QK27L" on the face, "BFVIQK27L" in an MRZ set in a wide font). Two
    independent reads, the face's and the check digits', then agree.

    >>> import datetime
    >>> m = Mrz.parse(["IRFRABFVIQK27L4<<<<<<<<<<<<<<<", "9502286F2707185CMR<<<<<<<<<<<0",
    ...                "MBARGA<ESSOMBA<<JOSEPHINE<CLAR"], datetime.date(2026, 11, 20))
    >>> m.checks["document_number"], _face_readings(m, {"3FV9QK27L", "CMR", "3FV9QK27X"})
    (False, ('3FV9QK27L',))
    """
    read = mrz.document_number
    out = []
    for token in sorted(printed):
        if len(token) != len(read) or token == read:
            continue
        if sum(a != b for a, b in zip(token, read, strict=True)) > FACE_DIFFERENCES:
            continue
        try:
            other = mrz.with_document_number(token)
        except ValueParseError:
            continue
        if other.checks.get("document_number") and other.checks.get("composite", True):
            out.append(token)
    return tuple(out)


def _look_alikes(face: str, read: str) -> bool:
    """Do two numbers differ only where a character reads as its look-alike ("ZH0731962"
    printed, "ZHO731962" read)?

    >>> _look_alikes("ZH0731962", "ZHO731962"), _look_alikes("ZH0731962", "ZH0731968")
    (True, False)
    """
    return len(face) == len(read) and all(same_glyph(a, b) for a, b in zip(face, read, strict=True))


def doubled_glyph(token: str, number: str) -> bool:
    """Is ``token`` the printed ``number`` with one glyph read twice ("TN0O941286" for
    TN0941286: the "0" read as "0O"), the extra character being its neighbour or a
    look-alike of it?

    >>> doubled_glyph("TN0O941286", "TN0941286"), doubled_glyph("TN09941286", "TN0941286")
    (True, True)
    >>> doubled_glyph("TN0X941286", "TN0941286"), doubled_glyph("TN0941286", "TN0941286")
    (False, False)
    """
    if len(token) != len(number) + 1:
        return False
    for i in range(len(token)):
        if token[:i] + token[i + 1 :] != number:
            continue
        near = [token[j] for j in (i - 1, i + 1) if 0 <= j < len(token)]
        if any(same_glyph(c, token[i]) for c in near):
            return True
    return False


_NUMBER_REPAIR = re.compile(r"document_number: (.)->(.) at position (\d+)")


_DROPPED = re.compile(r"line (\d): dropped stray .* at position (\d+)")


def dropped_in_number(mrz: Mrz) -> bool:
    """Was a stray character dropped inside the document number or its check digit? The
    line's length said one character was too many, not which one: when dropping either of
    two neighbours verifies, the check digits may keep the wrong one.

    >>> import datetime
    >>> m = Mrz.parse(["P<TGOAGBODJAN<<KOKOU<SELOM<<<<<<<<<<<<<<<<<<",
    ...                "BOQ812734<8TG09104233M3203097<<<<<<<<<<<<<<<Q"], datetime.date(2026, 12, 1))
    >>> m.document_number, dropped_in_number(m)
    ('BOQ12734', True)
    """
    row, col = _NUMBER_AT.get(mrz.kind, (1, 0))
    for r in mrz.repairs:
        m = _DROPPED.fullmatch(r)
        if m and int(m.group(1)) == row + 1 and col <= int(m.group(2)) <= col + 9:
            return True
    return False


_LINE_REPAIR = re.compile(r"line (\d): .* at position (\d+)")


def number_as_read(mrz: Mrz) -> bool:
    """Is the document number, its check digit and the composite's as read, no repair
    touching them? Repairs of the names or the optional data, and fillers removed past
    the number, leave it as read (set_au p01: a name's fillers read K).

    >>> import datetime
    >>> m = Mrz.parse(["P<TGOAGBODJAN<<KOKOU<SELOM<<<<<<<<<<<<<<<<<<",
    ...                "BOQ812734<8TG09104233M3203097<<<<<<<<<<<<<<<Q"], datetime.date(2026, 12, 1))
    >>> number_as_read(m)
    False
    """
    row, col = _NUMBER_AT.get(mrz.kind, (1, 0))
    for r in mrz.repairs:
        if r.startswith(("document_number", "composite")):
            return False
        m = _LINE_REPAIR.match(r)
        if m and int(m.group(1)) == row + 1 and int(m.group(2)) <= col + 10:
            return False
    return True


def _number_repairs(mrz: Mrz) -> list[tuple[str, str, int]]:
    """The document number's repairs as (read, put, position); the position of the
    number's check digit is the field's length."""
    found = (_NUMBER_REPAIR.fullmatch(r) for r in mrz.repairs)
    return [(m.group(1), m.group(2), int(m.group(3))) for m in found if m]


def repaired_positions(mrz: Mrz) -> set[int]:
    """Positions of the document number that a check digit put right (``Z->2``)."""
    return {pos for _old, _new, pos in _number_repairs(mrz) if pos < len(mrz.document_number)}


def implied_check_digit(mrz: Mrz) -> bool:
    """Was the number's check digit read as a letter and replaced by the digit the number
    implies, not by its look-alike (set_t d059: "B", whose 8 refused the number as read,
    became 3 because the composite then verified; the number had a 9 read "O", and a
    difference of 15 weighs nothing in the composite one time in two)? Then the number
    and its check digit agree only because one was made from the other.

    >>> import datetime
    >>> m = Mrz.parse(["IDFRAZOKP4RT2XB<<<<<<<<<<<<<<<", "8811307F3302060FRA<<<<<<<<<<<4",
    ...                "ROUSSEAU<<CAMILLE<HELENE<<<<<<"], datetime.date(2026, 11, 20))
    >>> m.valid, m.repairs, implied_check_digit(m)
    (True, ('document_number: B->3 at position 9',), True)
    """
    return any(
        pos >= len(mrz.document_number)  # not inside the number: its check digit
        and old.isalpha()
        and new.isdigit()
        and not same_glyph(old, new)
        for old, new, pos in _number_repairs(mrz)
    )


def agrees_where_repaired(token: str, number: str, repaired: set[int]) -> bool:
    """Does a number read on the face confirm the MRZ's repairs: the same number give or
    take one slip elsewhere (a glyph read twice, or misread), and the repaired characters
    read as the repair made them? The face is a second, independent read of those
    characters, where one check digit confirms a wrong repair one time in ten (set_t p11:
    the MRZ's "ZHV8PL41M" put right to 2HV8PL41M, the face read "2HV8PLA41M").

    >>> agrees_where_repaired("2HV8PLA41M", "2HV8PL41M", {0})
    True
    >>> agrees_where_repaired("ZHV8PLA41M", "2HV8PL41M", {0})
    False
    >>> agrees_where_repaired("2HV8PLA4IM", "2HV8PL41M", {0})
    False
    """
    ops = Levenshtein.editops(number, token)
    return len(ops) <= 1 and all(op.tag == "insert" or op.src_pos not in repaired for op in ops)


def reads_lean_to(face: str, read: str, seen: Sequence[str]) -> bool:
    """Do the MRZ's reads (``seen``: the number as each gave it, valid or not) read the
    one character where ``face`` and ``read`` differ as the face does, more often than as
    the kept read does? (set_t p14: "GQZ2MV58T" verifies, as does the face's 6QZ2MV58T, G
    and 6 weighing alike; five reads of the MRZ began with 6, two with G.)

    >>> reads_lean_to("6QZ2MV58T", "GQZ2MV58T", ["6BQZ2MV58", "GQZ2MV58T", "6QZ2MV5E8", "6QZ2"])
    True
    >>> reads_lean_to("6QZ2MV58T", "GQZ2MV58T", ["GQZ2MV58T", "GQZ2MVSBT", "6BQZ2MV58"])
    False
    """
    k = next(i for i, (a, b) in enumerate(zip(face, read, strict=True)) if a != b)
    column = [n[k] for n in seen if len(n) > k]
    return column.count(face[k]) > column.count(read[k])


def _likelier(read: str, rival: str) -> bool:
    """Is the number as read plainly likelier than a rival its check digits allow? Not
    when the rival is one character off and both are shaped like a number (letters then
    digits: "604384001" and "G04384001", G and 6 weighing alike in every check digit): a
    letter prefix is as common as none, and only a format or the printed number chooses."""
    mine, theirs = implausibility(read), implausibility(rival)
    return theirs > mine and not (theirs[0] == mine[0] == 0 and _one_apart(read, rival))


def _one_apart(a: str, b: str) -> bool:
    """Do two strings of one length differ in exactly one place?"""
    return len(a) == len(b) and sum(x != y for x, y in zip(a, b, strict=True)) == 1


def _check_digit_tells(a: str, b: str) -> bool:
    """Would the number's check digit tell two readings apart? Always for one digit for
    another (the weights 7, 3, 1 are prime to 10); for a letter it depends on its value
    and place: O for 0 moves it ("RO0482913" / "R00482913"), G for 6 does not.

    >>> _check_digit_tells("519129098", "519129008"), _check_digit_tells("RO0482913", "R00482913")
    (True, True)
    >>> _check_digit_tells("G04384001", "604384001")
    False
    """
    return check_digit(a) != check_digit(b)


RIVAL_DIFFERENCES = 3
"""A printed number differing from the MRZ's in at most this many characters is a reading
of the same number."""


def printed_rivals(
    mrz: Mrz, number: str, printed: set[str], reproducible: bool = True
) -> tuple[str, ...]:
    """Numbers printed on the document that read the MRZ's number otherwise and pass its
    check digits too ("F9TQ3LX72" on a card's face, "FOTQ8LX72" in its MRZ: two misreads
    that cancel out in the check digit): the check digits cannot tell which is printed.
    When the MRZ was not read the same way by most attempts (not ``reproducible``), a
    printed number one or two characters off is a rival even if the check digits, as
    read, refuse it ("TS9446885" printed, "TSO44688B" in an MRZ whose check digit was
    misread too).

    >>> import datetime
    >>> m = Mrz.parse(["IDFRAFOTQ8LX727<<<<<<<<<<<<<<<", "8703260F3206146FRA<<<<<<<<<<<8",
    ...                "LEGRAND<<CLAIRE<SOPHIE<<<<<<<<"], datetime.date(2026, 1, 1))
    >>> m.valid
    True
    >>> printed_rivals(m, "FOTQ8LX72", {"F9TQ3LX72", "NANTES"}), printed_rivals(m, "FOTQ8LX72", set())
    (('F9TQ3LX72',), ())
    >>> printed_rivals(m, "FOTQ8LX72", {"F0TQ8LX79"}), printed_rivals(m, "FOTQ8LX72", {"F0TQ8LX79"}, False)
    ((), ('F0TQ8LX79',))

    A number read as it is and verified by the composite check digit too (a permit's TD1
    MRZ) is not doubted for a face read one digit off it (set_n p14):

    >>> p = Mrz.parse(["IRFRA5191290984<<<<<<<<<<<<<<<", "9204041M2703316TUN<<<<<<<<<<<8",
    ...                "JAZIRI<<SKANDER<<<<<<<<<<<<<<<"], datetime.date(2026, 1, 1))
    >>> p.checks["composite"], printed_rivals(p, "519129098", {"519129008"}, False)
    (True, ())
    >>> printed_rivals(p, "519129098", {"5I9129098"}, False)
    ()
    """
    # the number as read, unrepaired, verified by its own check digit and by the composite:
    # a face read one character off it, where the check digit would tell the two apart, is
    # the face's misread (the MRZ would need its two check digits misread in step as well;
    # set_au p01: the face's "RO0482913" for the MRZ's R00482913)
    twice_verified = (
        number == mrz.document_number
        and number_as_read(mrz)
        and bool(mrz.checks.get("document_number"))
        and bool(mrz.checks.get("composite"))
    )
    out = []
    for token in sorted(printed):
        if token == number or len(token) != len(number):
            continue
        off = sum(a != b for a, b in zip(token, number, strict=True))
        if off > RIVAL_DIFFERENCES:
            continue
        if twice_verified and off == 1 and _check_digit_tells(token, number):
            continue
        if (
            not reproducible
            and off <= UNSURE_RIVAL_DIFFERENCES
            and sum(map(str.isdigit, token)) >= 3
        ):
            out.append(token)
            continue
        checks = mrz.with_document_number(token).checks
        if checks.get("document_number") and checks.get("composite", True) is not False:
            out.append(token)
    return tuple(out)


UNSURE_RIVAL_DIFFERENCES = 2
"""Against an MRZ read not reproducibly, a printed number this close is a rival."""


def number_findings(settled: NumberSettlement, read_as: str, what: str) -> list[Finding]:
    """What settling the document number among its readings says."""
    if settled.how == "ambiguous":
        return [
            warning(
                "mrz.document_number_ambiguous",
                f"The {what}'s document number cannot be settled: the MRZ reads {read_as}, but "
                f"{len(settled.readings)} readings of it, by its check digits or as printed on "
                f"its face ({', '.join(settled.readings[:4])}), are possible: compare them with "
                "the number printed on the document, or send a sharper scan.",
                readings=list(settled.readings),
            )
        ]
    if settled.how == "lookalikes":
        others = [r for r in settled.readings if r != read_as]
        return [
            info(
                NUMBER_LOOKALIKES,
                f"The {what}'s document number reads {read_as} in its MRZ, and passes its check "
                f"digits; so would {', '.join(others[:3])}, which differ only by look-alike "
                "characters (0/O, 2/Z, 5/S, 6/G): whichever is printed, the MRZ is valid. If you "
                "copy the number, take it from the document itself.",
                readings=list(settled.readings),
            )
        ]
    if settled.how == "unverified":
        return [
            warning(
                "mrz.document_number_unverified",
                f"The check digit of the {what}'s document number could not be read, so nothing "
                f"verifies the number read in its MRZ ({read_as}): compare it with the number "
                "printed on the document, or send a sharper scan.",
                readings=list(settled.readings),
            )
        ]
    if settled.how in ("format", "printed") and settled.mrz.document_number != read_as:
        why = "the issuing state's number format" if settled.how == "format" else (
            "the number printed on the document")  # fmt: skip
        return [
            info(
                "mrz.document_number_settled",
                f"The {what}'s MRZ number was read {read_as}; of the readings its check digits "
                f"allow, {why} picks {settled.mrz.document_number}.",
                readings=list(settled.readings),
            )
        ]
    return []
