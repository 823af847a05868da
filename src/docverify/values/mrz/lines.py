"""From OCR text to MRZ lines: cleaning, the layout by line count and width, lines of a
wrong length brought to size, and how plausible a document number's reading is."""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence

from docverify.values.errors import InvalidFormat, InvalidLength
from docverify.values.mrz.fields import _CHARSET, _LENGTHS, FILLER

# --------------------------------------------------------------------------- text handling

_SPACES = re.compile(r"\s+")


_FILLER_RUN = re.compile(r"[<ceoqksxz]*<[<ceoqksxz]*")
"""A run of fillers with the lower-case letters tesseract reads a ``<`` as."""


def _clean_line(line: str) -> str:
    """Upper case, spaces out; lower-case look-alikes in a run of fillers are fillers (a
    page's OCR, not restricted to the MRZ alphabet, reads ``<<<<`` as ``eeeq``), the
    line's last character (a check digit) aside; other letters are the line's own.

    >>> _clean_line("C<ITACA48215KEO<<<<<<eeeeqeeeeee")
    'C<ITACA48215KEO<<<<<<<<<<<<<<<<E'
    >>> _clean_line("9009121M3209125ITA<<<<<<eeee<o"), _clean_line("P<UTOERIKSSON<<anna")
    ('9009121M3209125ITA<<<<<<<<<<<O', 'P<UTOERIKSSON<<ANNA')
    """
    line = _SPACES.sub("", line.replace("«", "<<").replace("‹", "<").replace("＜", "<"))
    if len(line) > 1:
        body = _FILLER_RUN.sub(
            lambda m: (
                re.sub("[a-z]", "<", m[0]) if len(m[0]) >= 4 and m[0].count("<") >= 2 else m[0]
            ),
            line[:-1],
        )
        line = body + line[-1]
    return line.upper()


def _split_lines(text: str | Sequence[str]) -> list[str]:
    raw = text.splitlines() if isinstance(text, str) else list(text)
    return [c for c in (_clean_line(line) for line in raw) if c]


def _without_foreign(line: str) -> tuple[str, str | None]:
    """A line with characters no MRZ holds (a ``/`` read in ``310/7140``), without them
    when that brings it to an MRZ's width; else as read.

    >>> _without_foreign("9002270F310/7140ESP<<<<<<<<<<<5")
    ('9002270F3107140ESP<<<<<<<<<<<5', "dropped '/' at position 11")
    >>> _without_foreign("P<FRA")
    ('P<FRA', None)
    """
    foreign = [(i, c) for i, c in enumerate(line) if c not in _CHARSET]
    if not foreign:
        return line, None
    kept = "".join(c for c in line if c in _CHARSET)
    if len(kept) not in _LENGTHS.values() or len(line) in _LENGTHS.values():
        return line, None
    return kept, ", ".join(f"dropped {c!r} at position {i}" for i, c in foreign)


def _detect_kind(lines: list[str], tolerance: int) -> str:
    count = len(lines)
    if count == 0:
        raise InvalidFormat("no MRZ text")
    if count not in (2, 3):
        raise InvalidFormat(f"an MRZ has 2 or 3 lines, got {count}")
    lengths = [len(line) for line in lines]
    if count == 3:
        if all(abs(n - 30) <= tolerance for n in lengths):
            return "TD1"
        raise InvalidLength(f"a 3-line MRZ (TD1) has lines of 30 characters, got {lengths}")
    if all(abs(n - 44) <= tolerance for n in lengths):
        return "MRVA" if lines[0].startswith("V") else "TD3"
    if all(abs(n - 36) <= tolerance for n in lengths):
        if lines[0].startswith("V"):
            return "MRVB"
        if lines[0].startswith("IDFRA"):
            return "FRA_ID"
        return "TD2"
    raise InvalidLength(f"a 2-line MRZ has lines of 36 or 44 characters, got {lengths}")


def _length_variants(line: str, target: int, names_only: bool) -> list[tuple[str, str | None]]:
    """Ways to bring ``line`` to ``target`` characters by adding or removing fillers inside
    filler runs (OCR drops or doubles a ``<`` in long runs). Most plausible first."""
    delta = len(line) - target
    if delta == 0:
        return [(line, None)]
    runs = [(m.start(), m.end()) for m in re.finditer("<+", line)]
    runs.sort(key=lambda r: (r[1] != len(line), -r[0]))  # trailing run first, then right to left
    variants: list[tuple[str, str | None]] = []
    for start, end in runs:
        length = end - start
        trailing = end == len(line)
        if delta > 0:
            if length - delta < (0 if trailing else 1):
                continue
            if names_only and not trailing and length >= 2 and length - delta < 2:
                continue  # never turn the '<<' surname separator into '<'
            fixed = line[:start] + FILLER * (length - delta) + line[end:]
            note = f"removed {delta} filler(s) at position {start}"
        else:
            if names_only and not trailing and length < 2:
                continue
            fixed = line[:start] + FILLER * (length - delta) + line[end:]
            note = f"added {-delta} filler(s) at position {start}"
        variants.append((fixed, note))
    if delta < 0 and not (runs and runs[0][1] == len(line)):
        variants.append((line + FILLER * -delta, f"added {-delta} filler(s) at the end"))
    if names_only:
        variants = variants[:1]
    return variants


def _names_line(kind: str) -> int | None:
    if kind == "TD1":
        return 2
    if kind == "FRA_ID":
        return None  # both lines carry checked data
    return 0


_CONFUSABLE: dict[str, str] = {}
for _group in ("0OQ", "1I", "8B", "5S", "2Z", "6G"):
    for _c in _group:
        _CONFUSABLE[_c] = _group
_CONFUSABLE["D"] = "D0"  # a 0 read as D (not the other way: D is rarely misread)
_MAX_READINGS = 50_000


_USUAL_NUMBER = re.compile(r"^[A-Z]{0,3}[0-9]{5,}[A-Z0-9]?$")
"""How most states number their documents: a few letters, then digits."""
_LOOKALIKE_LETTERS = frozenset("OQDISZBG")


def alternations(number: str) -> int:
    """How often a document number switches between letters and digits: real numbers
    switch rarely (``BD0002028``: 1), misreads often (``BDOOOZ02B``: 2).

    >>> alternations("BD0002028"), alternations("BDOOOZ02B"), alternations("573926418")
    (1, 2, 0)
    """
    kinds = ["d" if c.isdigit() else "a" for c in number if c != FILLER]
    return sum(a != b for a, b in itertools.pairwise(kinds))


def implausibility(number: str) -> tuple[int, int, int]:
    """How unlike a real document number a reading is, to rank readings that all pass
    their check digits: not "letters then digits", letters that look like digits, and
    letter/digit alternations.

    >>> sorted(["BDOOOZ02B", "BD0002028", "BDOOOZDZB"], key=implausibility)
    ['BD0002028', 'BDOOOZ02B', 'BDOOOZDZB']
    """
    return (
        0 if _USUAL_NUMBER.match(number) else 1,
        sum(c in _LOOKALIKE_LETTERS for c in number),
        alternations(number),
    )


def _mixed_context(text: str, i: int) -> bool:
    here = text[i].isdigit()
    return any(0 <= j < len(text) and text[j] != FILLER and text[j].isdigit() != here
               for j in (i - 1, i + 1))  # fmt: skip


def _product_size(choices: Sequence[str]) -> int:
    size = 1
    for options in choices:
        size *= len(options)
    return size
