"""The document number as the face prints it, and the readings that rival the MRZ's:
printed tokens the check digits accept in the MRZ's place, and numbers the check digits
cannot tell from the one kept."""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence

from docverify.doctypes.number_reads import NUMBER_AT, number_as_read
from docverify.labels import lines_of_page
from docverify.model import Document
from docverify.values.errors import ValueParseError
from docverify.values.mrz import FILLER, Mrz, check_digit, same_glyph
from docverify.values.names import fold_upper

_PRINTED_TOKEN = re.compile(r"[A-Z0-9]{5,12}")


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
    row, col = NUMBER_AT.get(mrz.kind, (1, 0))
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


def face_readings(mrz: Mrz, printed: set[str]) -> tuple[str, ...]:
    """Numbers printed on the face that the MRZ's check digits (the number's own and the
    composite) accept in place of a number the MRZ garbled, a few characters off (set_t
    d020: "3FV9QK27L" on the face, "BFVIQK27L" in an MRZ set in a wide font). Two
    independent reads, the face's and the check digits', then agree.

    >>> import datetime
    >>> m = Mrz.parse(["IRFRABFVIQK27L4<<<<<<<<<<<<<<<", "9502286F2707185CMR<<<<<<<<<<<0",
    ...                "MBARGA<ESSOMBA<<JOSEPHINE<CLAR"], datetime.date(2026, 11, 20))
    >>> m.checks["document_number"], face_readings(m, {"3FV9QK27L", "CMR", "3FV9QK27X"})
    (False, ('3FV9QK27L',))
    """
    read = mrz.document_number
    out = []
    for token in sorted(printed):
        if len(token) != len(read) or token == read:
            continue
        if sum(a != b for a, b in zip(token, read, strict=True)) > FACE_DIFFERENCES:
            continue
        if _verifies(mrz, token) and not _blended_verifies(mrz, token, read):
            out.append(token)
    return tuple(out)


def _verifies(mrz: Mrz, number: str) -> bool:
    """Does ``number`` in the MRZ's place pass the number's check digit and the composite
    (when the format has one)?"""
    try:
        checks = mrz.with_document_number(number).checks
    except ValueParseError:
        return False
    return bool(checks.get("document_number") and checks.get("composite", True))


def _blended_verifies(mrz: Mrz, face: str, read: str) -> bool:
    """Does a number taking some of its differing characters from the face and others
    from the MRZ's read verify too? Then the check digits cannot tell the two reads apart
    where they differ (an "E" and a "4" weigh alike where the weight is 1), and the face
    does not settle the number (set_bn p02: the MRZ's "TLK2MX9P4", the face's doubtful
    "T7K2MX9PE": "T7K2MX9P4", the number printed, verifies as well).

    >>> import datetime
    >>> m = Mrz.parse(["IDFRATLK2MX9P49<<<<<<<<<<<<<<<", "8803126M3306194FRA<<<<<<<<<<<4",
    ...                "COULIBALY<<SEYDOU<<<<<<<<<<<<<"], datetime.date(2026, 11, 20))
    >>> _blended_verifies(m, "T7K2MX9PE", "TLK2MX9P4"), face_readings(m, {"T7K2MX9PE"})
    (True, ())
    """
    differ = [i for i, (a, b) in enumerate(zip(face, read, strict=True)) if a != b]
    for size in range(1, len(differ)):
        for keep in itertools.combinations(differ, size):
            blend = "".join(read[i] if i in keep else c for i, c in enumerate(face))
            if _verifies(mrz, blend):
                return True
    return False


def look_alikes(face: str, read: str) -> bool:
    """Do two numbers differ only where a character reads as its look-alike ("ZH0731962"
    printed, "ZHO731962" read)?

    >>> look_alikes("ZH0731962", "ZHO731962"), look_alikes("ZH0731962", "ZH0731968")
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


def seen_rivals(mrz: Mrz, number: str, seen: Sequence[str]) -> tuple[str, ...]:
    """Numbers the MRZ's other reads (``seen``) give where they differ from ``number`` by
    one character, that pass every check digit as well: two reads of one character the
    check digits weigh alike (an "E" and a "4" where the weight is 1). Set_bn p02: the
    number kept "T7K2MX9PE", another read's "...9P4" verifies too, and "T7K2MX9P4" is
    printed.

    >>> import datetime
    >>> m = Mrz.parse(["IDFRAT7K2MX9PE9<<<<<<<<<<<<<<<", "8803126M3306194FRA<<<<<<<<<<<4",
    ...                "COULIBALY<<SEYDOU<<<<<<<<<<<<<"], datetime.date(2026, 11, 20))
    >>> seen_rivals(m, "T7K2MX9PE", ["TCK2MX9P4", "TTK2MX9PA", "T7K2MX9PE"])
    ('T7K2MX9P4',)

    A character most reads give as kept is no rival for one read's slip (set_bn p01: an
    "8" read "S" once, S and 8 weighing alike there):

    >>> seen_rivals(m, "T7K2MX9PE", ["T7K2MX9PE", "T7K2MX9PE", "TCK2MX9P4"])
    ()

    ...nor is a read of something else, far from the number ("AYAZABYRE", set_be p03):

    >>> seen_rivals(m, "T7K2MX9PE", ["T7K2MX9PE", "AYAZABYR4"])
    ()
    """
    out: list[str] = []
    # reads of this number, a character or two off: not another line's garble
    alike = [
        n for n in seen
        if len(n) == len(number) and sum(a != b for a, b in zip(n, number, strict=True)) <= 2
    ]  # fmt: skip
    for other in alike:
        for i, (a, b) in enumerate(zip(number, other, strict=True)):
            rival = number[:i] + b + number[i + 1 :]
            if a == b or rival in out or not b.isalnum():
                continue
            column = [n[i] for n in alike]
            if column.count(b) < column.count(a):
                continue  # most reads read it as kept: one read's slip (an 8 read S once)
            if _verifies(mrz, rival):
                out.append(rival)
    return tuple(out)


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
