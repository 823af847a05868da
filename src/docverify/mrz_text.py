"""An MRZ's document code sniffed in a page's OCR text (``P<``, ``V``, ``IR``...): what
kind of travel document a page shows before its MRZ is read from the pixels."""

from __future__ import annotations

import re

from docverify.values.mrz import Mrz


def sniff_mrz_codes(text: str) -> list[str]:
    """The document codes of every MRZ-looking group in OCR text, in order.

    >>> sniff_mrz_codes("P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<\\n"
    ...                 "L898902C36UTO7408122F1204159ZE184226B<<<<<10\\n"
    ...                 "VDUTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<\\n"
    ...                 "L8988901C4XXX4009078F96121096ZE184226B<<<<<<")
    ['P<', 'VD']
    """
    return [group[0][:2] for group in Mrz.candidates_from_text(text.replace("«", "<"))]


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
    """
    groups = Mrz.candidates_from_text(text.replace("«", "<"))
    if groups:
        return groups[0][0][:2]
    before = ""
    for line in text.splitlines():
        t = line.replace(" ", "").replace("«", "<")
        if (
            len(t) >= 25
            and t.count("<") >= 3
            and re.match(r"^[PVIAC][A-Z<][A-Z<]{3}", t)
            and not _data_line(before)
        ):
            return t[:2]
        before = t
    return None


def _data_line(t: str) -> bool:
    """Is ``t`` an MRZ's line of dates and numbers? The line under it is a card's names
    ("VILLANUEVA<<KRISTINE<JOY", a TD1's third line), not a visa's first line ("V...").

    >>> _data_line("9011089F2704014PHL<<<<<<<<<<<0"), _data_line("CEBUCITY(PHILIPPINES)")
    (True, False)
    """
    return len(t) >= 25 and "<" in t and sum(c.isdigit() for c in t) >= 8
