"""The document number of a passport, card, permit or visa, never a guess.

Check digits cannot tell some OCR look-alikes apart (``O/0``, ``G/6``, two swaps that
cancel out), so a number that verifies may still not be the printed one. The number is
settled among the readings its check digits allow by the issuing state's number format,
the number printed on the document's face, or how plainly it was read; otherwise it is
ambiguous and every reading is shown (``mrz.document_number_ambiguous``).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from docverify.countries import number_format
from docverify.doctypes.number_reads import (
    agrees_where_repaired,
    dropped_in_number,
    gainsays_repair,
    implied_check_digit,
    number_repairs,
    repaired_positions,
)
from docverify.doctypes.printed_number import (
    doubled_glyph,
    face_readings,
    look_alikes,
    printed_rivals,
    seen_rivals,
    unsplit_number,
)
from docverify.model import Finding, info, warning
from docverify.values.mrz import Mrz, implausibility

NUMBER_DOUBTS = ("mrz.document_number_ambiguous", "mrz.document_number_unverified")
"""The findings that leave a document's number unsettled (``mrz_valid`` null)."""
NUMBER_LOOKALIKES = "mrz.document_number_lookalikes"
"""The number read as printed passes every check digit, and so would look-alike readings
of it: the number is not certain (``mrz_valid`` null), the document's validity is."""
NUMBER_NOTES = (*NUMBER_DOUBTS, NUMBER_LOOKALIKES)
"""What a rule says of a document's number."""


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

    A French visa's number is digits; its MRZ read "G27364519", verifying, and its face
    printing the same: two reads agree, and the format does not make them misreads (set_cu
    p03). Without the face, the format picks:

    >>> v = Mrz.parse(["VDFRAHERNANDEZ<RUIZ<<MARIA<GUADALUPE",
    ...                "G273645195MEX9012123F2705273<<<<<<<<"], datetime.date(2026, 11, 20))
    >>> [(s.how, s.mrz.document_number) for s in (settle_number(v, {"G27364519"}),
    ...                                           settle_number(v, set()))]
    [('printed', 'G27364519'), ('format', '627364519')]
    """
    readings = mrz.number_readings()
    read = mrz.document_number
    fmt = number_format(mrz.issuing_country, mrz.document_code)

    # a visa's MRZ has no composite: its number rests on one check digit alone
    composite = mrz.checks.get("composite") is True

    def one_fix_stands(number: str, repaired: set[int]) -> bool:
        """One look-alike put right (O->0) in the reading both the number's check digit
        and the composite pass, plainly the likeliest of those (the others letters amid
        digits: "RF0731SB4"), no format known to gainsay it and no face read otherwise
        there: both check digits would have to pass by chance on another misread (set_cd
        p02: "RFO731584" on a titre de séjour whose face does not print it)."""
        return (
            fmt is None
            and composite
            and len(repaired) == 1
            and readings[:1] == (number,)
            and all(_likelier(number, r) for r in readings[1:])
            and not any(gainsays_repair(t, number, repaired) for t in printed)
        )

    def confirmed(number: str) -> bool:
        if fmt and fmt.match(number):
            return True
        repaired = repaired_positions(mrz) if number == read else set()
        return (
            number in printed
            or any(doubled_glyph(t, number) for t in printed)
            or bool(repaired and any(agrees_where_repaired(t, number, repaired) for t in printed))
            or one_fix_stands(number, repaired)
        )

    if implied_check_digit(mrz) and not (fmt and fmt.match(read)):
        # the check digit was made from the number: nothing verifies the number
        return NumberSettlement(mrz, "unverified", (read,))
    if not mrz.checks.get("document_number"):
        # the MRZ's number garbled, its reads disagreeing, or read the same way each time
        # with a look-alike for what the face prints (OCR-B's 0 read O every time); a
        # number read the same way that fails its check digit otherwise is the
        # document's fault, never replaced
        face = face_readings(mrz, printed)
        if len(face) == 1 and (not reproducible or look_alikes(face[0], read)):
            # the face's number verifies in its place
            return NumberSettlement(mrz.with_document_number(face[0]), "printed", face, True)
    elif dropped_in_number(mrz) and len(face := face_readings(mrz, printed)) == 1:
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
        if not reproducible and read not in printed and (rivals := seen_rivals(mrz, read, seen)):
            # the MRZ's reads disagree where the check digits cannot tell them apart, and
            # the face does not print the number kept (which would settle it)
            return NumberSettlement(mrz, "ambiguous", (read, *rivals))
        return NumberSettlement(mrz, "single", readings, confirmed(read))
    pool = list(readings)
    chosen: str | None = None
    how = "ambiguous"
    if fmt is not None:
        fits = [r for r in pool if fmt.match(r)]
        # not against the MRZ read as it is, verifying, and the face printing the same
        # number: two reads agree where the format would make them both misreads (set_cu
        # p03: a visa's MRZ and face give G27364519, the format of French visa numbers
        # picked 627364519, a valid MRZ on a number not printed)
        face_agrees = read in printed and bool(mrz.checks.get("document_number"))
        if len(fits) == 1 and not (face_agrees and fits[0] != read):
            chosen, how = fits[0], "format"
        elif fits and not face_agrees:
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
        if (
            len(hits) == 1
            and hits[0] != read
            and not _one_apart(read, hits[0])
            and mrz.checks.get("document_number")
            and reproducible
        ):
            # the MRZ read the same way every time verifies as read; the face, read once in
            # print, is several look-alikes off that happen to verify too (set_cr p02:
            # ZD7061348 in the MRZ, the face read 207061348): the MRZ's read stands, the
            # look-alike said
            return NumberSettlement(mrz, "lookalikes", (read, hits[0]))
        elif len(hits) == 1:
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
            and not number_repairs(mrz)
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
