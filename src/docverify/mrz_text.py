"""An MRZ's document code sniffed in a page's OCR text (``P<``, ``V``, ``IR``...): what
kind of travel document a page shows before its MRZ is read from the pixels."""

from __future__ import annotations

import re
from collections.abc import Sequence

from docverify.values.mrz import Mrz


def sniff_mrz_codes(text: str) -> list[str]:
    """The document codes of every MRZ-looking group in OCR text, in order.

    >>> sniff_mrz_codes("P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<\\n"
    ...                 "L898902C36UTO7408122F1204159ZE184226B<<<<<10\\n"
    ...                 "VDUTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<\\n"
    ...                 "L8988901C4XXX4009078F96121096ZE184226B<<<<<<")
    ['P<', 'VD']
    """
    return [_group_code(group) for group in Mrz.candidates_from_text(text.replace("«", "<"))]


def _group_code(group: Sequence[str]) -> str:
    """An MRZ group's document code; a card's three lines of 30 whose first letter was
    misread as a passport's or a visa's: the card family only ("I", its kind unknown)."""
    if group[0][:1] in "PV" and len(group) == 3 and all(len(x) <= TD1_LINE_MOST for x in group):
        return "I"
    return group[0][:2]


def sniff_mrz_code(text: str) -> str | None:
    """The document code of an MRZ-looking group in OCR text (``P``, ``V``, ``ID``, ``IR``...).

    >>> sniff_mrz_code("x\\nP<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<\\n"
    ...                "L898902C36UTO7408122F1204159ZE184226B<<<<<10")
    'P<'

    A card's names line under its data line is no visa's first line, whatever its first
    letter (set_bp p04: a permit's back taken for a visa, its first line garbled):

    >>> sniff_mrz_code("TRERARXS1 20615 TC ECC <<< <<<\\n9011089F2704014PHL<<<<<<<<<<<0\\n"
    ...                "VILLANUEVA<<KRISTINE<JOY<<<<<<") is None
    True

    A card's first line misread with a passport's letter, over a card's 30-character line:

    >>> sniff_mrz_code("PRPRAF/K2MOX4P3<<<c<ceccecese.\\n8903141M3107058FRA<<<<<<<<<<<8\\n"
    ...                "REROUX<<THIBAULT<PIERRE<<<<<<.")
    'I'
    """
    groups = Mrz.candidates_from_text(text.replace("«", "<"))
    if groups:
        return _group_code(groups[0])
    before = ""
    lines = [line.replace(" ", "").replace("«", "<") for line in text.splitlines()]
    for n, t in enumerate(lines):
        if (
            len(t) >= 25
            and t.count("<") >= 3
            and re.match(r"^[PVIAC][A-Z<][A-Z<]{3}", t)
            and not _data_line(before)
        ):
            after = lines[n + 1] if n + 1 < len(lines) else ""
            if t[0] in "PV" and _data_line(after) and len(after) <= TD1_LINE_MOST:
                # a card's three lines of 30: its first letter misread ("PRPRAF/K2MOX4P3<<<"
                # over "8903141M3107058FRA<<<", a French card's back: set_cx p03), the
                # family only (a card: I, its kind unknown), no passport's or visa's
                return "I"
            return t[:2]
        before = t
    return None


TD1_LINE_MOST = 34
"""A line of a card's MRZ (30 characters), read with a few more: never a passport's (44)
or a visa's (36 or 44) line of dates and numbers."""


def _data_line(t: str) -> bool:
    """Is ``t`` an MRZ's line of dates and numbers? The line under it is a card's names
    ("VILLANUEVA<<KRISTINE<JOY", a TD1's third line), not a visa's first line ("V...").

    >>> _data_line("9011089F2704014PHL<<<<<<<<<<<0"), _data_line("CEBUCITY(PHILIPPINES)")
    (True, False)
    """
    return len(t) >= 25 and "<" in t and sum(c.isdigit() for c in t) >= 8
