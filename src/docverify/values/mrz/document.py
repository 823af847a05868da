"""The ``Mrz`` value: parsed, checked and repaired once, with its readings."""

from __future__ import annotations

import dataclasses
import datetime as dt
import itertools
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from types import MappingProxyType

from docverify.countries import icao_code
from docverify.values.errors import InvalidFormat, InvalidLength
from docverify.values.mrz.fields import (
    _CHARSET,
    _HEADER_LETTERS,
    _LENGTHS,
    _MAX_LENGTH_FIX,
    FILLER,
    _at,
    _checks,
    _layout,
    _mask,
    _read,
    _verify,
    resolve_birth_date,
    resolve_expiry_date,
)
from docverify.values.mrz.lines import (
    _CONFUSABLE,
    _MAX_READINGS,
    _clean_line,
    _detect_kind,
    _length_variants,
    _mixed_context,
    _names_line,
    _product_size,
    _split_lines,
    _without_foreign,
    implausibility,
)
from docverify.values.mrz.repair import REPAIR_REFUSED, _repair, _repair_composite_check, _set

MAX_GUESSES_WITH_DROP = 1
"""How many look-alikes a line with a stray character dropped may also need put right in
the fields its check digits cover."""
_CHECKED = ("document_number", "date_of_birth", "expiry_date")


@dataclass(frozen=True, repr=False)
class Mrz:
    """A parsed machine-readable zone; see the module docstring for the formats.

    ``document_number`` has its fillers removed and includes the TD1/TD2 overflow
    (Portuguese and Belgian cards carry 12 characters). ``optional_data`` is the
    optional field of line 1 (TD1), the personal number (TD3), the optional field of
    line 2 (TD2, MRV) or the administrative code (FRA_ID); ``optional_data_2`` is the
    second optional field of a TD1. ``checks`` maps each check digit the format has
    to whether it verifies (dates must also be calendar dates); ``repairs`` lists the
    OCR repairs applied; ``problems`` explains failures that are not check digits.
    """

    kind: str
    document_code: str
    issuing_country: str
    surname: str
    given_names: str
    document_number: str
    nationality: str
    date_of_birth: dt.date | None
    sex: str | None
    expiry_date: dt.date | None
    optional_data: str
    optional_data_2: str
    lines: tuple[str, ...]
    checks: Mapping[str, bool] = field(hash=False)
    repairs: tuple[str, ...] = ()
    problems: tuple[str, ...] = ()
    date_of_birth_raw: str = ""
    expiry_date_raw: str = ""
    as_of: dt.date = field(default=dt.date(2000, 1, 1), compare=False)
    """The audit date the dates' centuries were resolved against."""

    @property
    def valid(self) -> bool:
        """All check digits verify and the dates are calendar dates."""
        return all(self.checks.values())

    @property
    def misread_checks(self) -> list[str]:
        """Failing checks whose check digit was not read as a digit (a letter, or a ``<``
        where the field holds data): a printed MRZ always has a digit there, so such a
        failure is the read's, never the document's. So is the failure of a field that
        several look-alike swaps (``1``/``I``, ``0``/``O``) make verify, with the composite
        over it: the read explains it as well as an altered document does.

        >>> lines = ["P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<",
        ...          "L898902C36UTO7408122F1204159ZE184226B<<<<<1<"]
        >>> Mrz.parse(lines, dt.date(2026, 1, 1), repair=False).misread_checks
        ['composite']
        >>> lines[1] = "L898902C36UTO7408122F1204159ZE184226B<<<<<19"
        >>> Mrz.parse(lines, dt.date(2026, 1, 1), repair=False).misread_checks
        []
        """
        grid = [list(line) for line in self.lines]
        lay = _layout(self.kind, grid)
        where = {
            "document_number": lay.doc_check,
            "date_of_birth": lay.dob_check,
            "expiry_date": lay.expiry_check,
            "optional_data": lay.optional_check,
            "composite": lay.composite_check,
        }
        # a date holding a letter was misread (dates are digits), and so was the
        # composite over it
        dates = {"date_of_birth": lay.dob, "expiry_date": lay.expiry}
        lettered = {
            name for name, field_ in dates.items()
            if field_ is not None and not _read(grid, field_).isdigit()
        }  # fmt: skip
        ambiguous = {
            p.split(":", 1)[0]
            for p in self.problems
            if p.split(": ", 1)[-1].startswith(REPAIR_REFUSED)
        }
        doubted = lettered | ambiguous
        return [
            name
            for name, ok in self.checks.items()
            if not ok
            and (pos := where.get(name)) is not None
            and (
                not _at(grid, pos).isdigit()
                or name in doubted
                or (name == "composite" and bool(doubted))
            )
        ]

    @property
    def header_known(self) -> bool:
        """Does the first line start as this format's documents do: a document code of its
        kind (P a passport, V a visa, I/A/C an identity card) and an issuing state that
        exists? A read that passes its check digits with a header such as "ME" from "RAO"
        is a misread that happened to add up.

        >>> Mrz.parse(["P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<",
        ...            "L898902C36UTO7408122F1204159ZE184226B<<<<<10"],
        ...           dt.date(2026, 1, 1)).header_known
        True
        """
        first = _HEADER_LETTERS.get(self.kind)
        if first is not None and self.document_code[:1] not in first:
            return False
        return icao_code(self.issuing_country)

    @property
    def masked_document_number(self) -> str:
        """The document number as it may appear in logs.

        >>> Mrz.parse(["V<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<",
        ...            "L8988901C4XXX4009078F9612109<<<<<<<<"],
        ...           as_of=dt.date(2026, 1, 1)).masked_document_number
        'L8******C'
        """
        return _mask(self.document_number)

    def __repr__(self) -> str:
        failed = [k for k, ok in self.checks.items() if not ok]
        return (
            f"Mrz(kind={self.kind!r}, document_code={self.document_code!r}, "
            f"issuing_country={self.issuing_country!r}, "
            f"document_number={self.masked_document_number!r}, valid={self.valid}, "
            f"failed_checks={failed!r}, repairs={len(self.repairs)})"
        )

    # ----------------------------------------------------------------------- parse

    @classmethod
    def parse(cls, text: str | Sequence[str], as_of: dt.date, *, repair: bool = True) -> Mrz:
        """Parse MRZ lines (one string with newlines, or a list of lines).

        Spaces inserted by OCR are ignored. With ``repair`` (the default), classic OCR
        confusions are fixed when a check digit confirms them, and lines one or two
        characters too short or long are fixed inside filler runs.

        Raises:
            InvalidFormat: not 2 or 3 lines, or mostly characters an MRZ cannot hold.
            InvalidLength: lines of the wrong length for any MRZ format.
        """
        lines = _split_lines(text)
        dropped: list[str] = []
        if repair:
            for i, line in enumerate(lines):
                lines[i], note = _without_foreign(line)
                if note:
                    dropped.append(f"line {i + 1}: {note}")
        kind = _detect_kind(lines, _MAX_LENGTH_FIX if repair else 0)
        total = sum(len(line) for line in lines)
        foreign = sum(1 for line in lines for c in line if c not in _CHARSET)
        if foreign * 10 > total:
            raise InvalidFormat(f"{foreign} of {total} characters are not MRZ characters")
        width = _LENGTHS[kind]
        names_line = _names_line(kind)
        per_line = [_length_variants(line, width, i == names_line) for i, line in enumerate(lines)]
        for i, variants in enumerate(per_line):
            if not variants:
                raise InvalidLength(
                    f"{kind} line {i + 1} has {len(lines[i])} characters, expected {width}, "
                    "and no filler run to adjust"
                )
        best: Mrz | None = None
        best_score: tuple[int, int] | None = None
        for combo in itertools.product(*per_line):
            fixed = [variant for variant, _note in combo]
            notes = dropped + [
                f"line {i + 1}: {note}" for i, (_v, note) in enumerate(combo) if note is not None
            ]
            candidate = cls._parse_exact(kind, fixed, as_of, repair, notes)
            score = (sum(candidate.checks.values()), -len(candidate.repairs))
            if best_score is None or score > best_score:
                best, best_score = candidate, score
        assert best is not None
        if repair and not best.valid:
            best = cls._drop_stray_character(kind, lines, width, as_of, best)
        return best

    @classmethod
    def _drop_stray_character(
        cls, kind: str, lines: list[str], width: int, as_of: dt.date, best: Mrz
    ) -> Mrz:
        """OCR inserted a stray character (a speck read as ``7``) into a line. Dropping it
        (and restoring the trailing filler run's length) is accepted only when every check
        digit then verifies and exactly one position does it, with at most
        ``MAX_GUESSES_WITH_DROP`` look-alikes put right in the fields the check digits cover
        (a dropped character and four letters read as digits make a date that verifies by
        chance: "IODE3Z04" is not 100320 with check digit 4 but 900630)."""
        names_line = _names_line(kind)
        others = []
        for j, line in enumerate(lines):
            variants = _length_variants(line, width, j == names_line)
            others.append(variants[0][0] if variants else line)
        if any(len(o) != width for j, o in enumerate(others) if len(lines[j]) != width + 1):
            return best
        for i, line in enumerate(lines):
            # only a line too long by one: a line of the right length is never reshuffled
            # (that would "fix" a genuinely wrong check digit by guessing)
            if len(line) != width + 1:
                continue
            winners: list[Mrz] = []
            for k in range(len(line)):
                if line[k] == FILLER or (k > 0 and line[k] == line[k - 1]):
                    continue  # dropping either of two equal neighbours is the same line
                trial = [
                    line[:k] + line[k + 1 :] if j == i else other for j, other in enumerate(others)
                ]
                note = f"line {i + 1}: dropped stray {line[k]!r} at position {k}"
                try:
                    candidate = cls._parse_exact(kind, trial, as_of, True, [note])
                except (InvalidFormat, InvalidLength):
                    continue
                guessed = [r for r in candidate.repairs if r.split(":")[0] in _CHECKED]
                if candidate.valid and len(guessed) <= MAX_GUESSES_WITH_DROP:
                    winners.append(candidate)
            if len(winners) == 1:
                return winners[0]
        return best

    @classmethod
    def _parse_exact(
        cls, kind: str, lines: list[str], as_of: dt.date, repair: bool, notes: list[str]
    ) -> Mrz:
        grid = [list(line) for line in lines]
        lay = _layout(kind, grid)
        repairs = list(notes)
        problems: list[str] = []
        if repair:
            _repair(grid, lay, repairs, problems)
        checks = _checks(grid, lay)

        dob_raw = _read(grid, lay.dob)
        dob = resolve_birth_date(dob_raw, as_of)
        if dob is None:
            checks["date_of_birth"] = False
            problems.append("date_of_birth is not a valid YYMMDD date")
        expiry_raw = ""
        expiry: dt.date | None = None
        if lay.expiry is not None:
            expiry_raw = _read(grid, lay.expiry)
            expiry = resolve_expiry_date(expiry_raw, as_of)
            if expiry is None:
                checks["expiry_date"] = False
                problems.append("expiry_date is not a valid YYMMDD date")

        if lay.names is not None:
            surname, given = _split_names(_read(grid, lay.names))
        else:
            assert lay.surname is not None and lay.given is not None
            surname, given = _words(_read(grid, lay.surname)), _words(_read(grid, lay.given))
        sex_char = _at(grid, lay.sex)
        sex = sex_char if sex_char in ("M", "F", "X") else None
        nationality = _words(_read(grid, lay.nationality)) if lay.nationality else "FRA"
        return cls(
            kind=kind,
            document_code=_read(grid, lay.code).replace(FILLER, ""),
            issuing_country=_read(grid, lay.issuing).replace(FILLER, ""),
            surname=surname,
            given_names=given,
            document_number=_read(grid, lay.doc).replace(FILLER, ""),
            nationality=nationality,
            date_of_birth=dob,
            sex=sex,
            expiry_date=expiry,
            optional_data=_read(grid, lay.optional).strip(FILLER),
            optional_data_2=_read(grid, lay.optional_2).strip(FILLER),
            lines=tuple("".join(row) for row in grid),
            checks=MappingProxyType(checks),
            repairs=tuple(repairs),
            problems=tuple(problems),
            date_of_birth_raw=dob_raw,
            expiry_date_raw=expiry_raw,
            as_of=as_of,
        )

    @property
    def names_field(self) -> str:
        """The names as the MRZ writes them, ``SURNAME<<GIVEN<NAMES`` without the trailing
        fillers (names carry no check digit: misread fillers show up here as letters).

        >>> Mrz.parse(["P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<",
        ...            "L898902C36UTO7408122F1204159ZE184226B<<<<<10"], dt.date(2026, 1, 1)).names_field
        'ERIKSSON<<ANNA<MARIA'
        """
        grid = [list(line) for line in self.lines]
        lay = _layout(self.kind, grid)
        if lay.names is not None:
            return _read(grid, lay.names).rstrip(FILLER)
        assert lay.surname is not None and lay.given is not None
        surname = _read(grid, lay.surname).rstrip(FILLER)
        given = _read(grid, lay.given).rstrip(FILLER).replace("<<", "<")
        return f"{surname}<<{given}" if given else surname

    # ----------------------------------------------------------------------- readings

    def number_readings(self) -> tuple[str, ...]:
        """Every document number the printed characters could be, each OCR look-alike
        (``0/O/Q``, a ``D`` for ``0``, ``1/I``, ``8/B``, ``5/S``, ``2/Z``, ``6/G``) taken either way, that
        passes every check digit covering the number (its own and the composite), most
        plausible first (see :func:`implausibility`, then fewest changes).

        Check digits cannot tell some look-alikes apart: ``G`` and ``6`` weigh the same
        modulo 10, and two ``O``/``0`` swaps at weights 7 and 3 cancel out. So a read that
        verifies may still not be the printed number; these readings say which others would
        verify too.

        >>> m = Mrz.parse(["P<HUNHANDRA<<ROZALIA<IRMA<<<<<<<<<<<<<<<<<<<",
        ...                "BDOOOZ02B2HUN7802225F2203012<<<<<<<<<<<<<<06"], dt.date(2026, 1, 1))
        >>> m.valid, m.document_number, "BD0002028" in m.number_readings()
        (True, 'BDOOOZ02B', True)
        >>> len(m.number_readings()) > 2  # the issuing state's format settles it (BD0002028)
        True
        """
        grid = [list(line) for line in self.lines]
        lay = _layout(self.kind, grid)
        positions = list(lay.doc)
        text = _read(grid, positions)
        choices = [_CONFUSABLE.get(c, c) for c in text]
        if _product_size(choices) > _MAX_READINGS:
            # too many look-alikes to try every reading: only those next to the other class
            choices = [
                options if _mixed_context(text, i) else text[i] for i, options in enumerate(choices)
            ]
            if _product_size(choices) > _MAX_READINGS:
                return (self.document_number,) if self.checks.get("document_number") else ()
        found: list[str] = []
        for combo in itertools.product(*choices):
            for pos, c in zip(positions, combo, strict=True):
                _set(grid, pos, c)
            if not _verify(_read(grid, positions), _at(grid, lay.doc_check)):
                continue
            if (
                lay.composite is not None
                and lay.composite_check is not None
                and not _verify(_read(grid, lay.composite), _at(grid, lay.composite_check))
            ):
                continue
            found.append("".join(combo).replace(FILLER, ""))
        read = text.replace(FILLER, "")
        return tuple(
            sorted(set(found), key=lambda n: (implausibility(n), sum(map(str.__ne__, n, read)), n))
        )

    def with_document_number(self, number: str) -> Mrz:
        """The same MRZ with another reading of its document number (same length)."""
        grid = [list(line) for line in self.lines]
        lay = _layout(self.kind, grid)
        current = _read(grid, lay.doc)
        padded = number.ljust(len(current), FILLER)
        if len(padded) != len(current):
            raise InvalidLength(
                f"a reading of {len(number)} characters for a field of {len(current)}"
            )
        for pos, c in zip(lay.doc, padded, strict=True):
            _set(grid, pos, c)
        note = f"document_number: read as {_mask(padded.replace(FILLER, ''))} (another reading)"
        # a composite unread (a filler, a letter) is the digit the verified fields imply
        implied: list[str] = []
        _repair_composite_check(grid, lay, implied)
        m = Mrz._parse_exact(self.kind, ["".join(row) for row in grid], self.as_of, False, [])
        return dataclasses.replace(
            m, repairs=(*self.repairs, note, *implied), problems=self.problems
        )

    # ----------------------------------------------------------------------- find

    @staticmethod
    def candidates_from_text(text: str) -> list[list[str]]:
        """Groups of MRZ-looking lines in free OCR text, ready for :meth:`parse`.

        A line qualifies when, spaces removed, at least 90 % of it is ``[A-Z0-9<]`` and its
        length is within 3 of 30, 36 or 44. Consecutive qualifying lines of the same width
        (blank lines between them are ignored) form groups of 3 (width 30) or 2; a group
        must contain at least one ``<``.

        >>> page = '''REPUBLIQUE FRANCAISE
        ... Passeport / Passport
        ... P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<
        ...
        ... L898902C36UTO7408122F1204159ZE184226B< <<<<10
        ... '''
        >>> for group in Mrz.candidates_from_text(page):
        ...     print(*group, sep="\\n")
        P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<
        L898902C36UTO7408122F1204159ZE184226B<<<<<10
        """
        rows: list[tuple[int, str] | None] = []
        for raw in text.splitlines():
            line = _clean_line(raw)
            if not line:
                continue
            width = _nearest_width(line)
            ok = width is not None and sum(c in _CHARSET for c in line) >= 0.9 * len(line)
            rows.append((width, line) if ok and width is not None else None)
        found: list[tuple[int, list[str]]] = []  # (index of the first line, the group)
        used: set[int] = set()
        run: list[tuple[int, str]] = []  # (row index, line)
        run_width: int | None = None

        def flush() -> None:
            size = 3 if run_width == 30 else 2
            lines = [line for _k, line in run]
            # a group starts at a line opening with a document code letter; a run with a
            # stray line before it (another MRZ's half read, as when a passport and the
            # visa beside it share the page) must not shift the pairing
            starts = [i for i, line in enumerate(lines) if _opens_mrz(line, size)]
            i = 0
            while i + size <= len(run):
                if starts and i not in starts and any(s > i for s in starts):
                    i = min(s for s in starts if s > i)
                    continue
                group = lines[i : i + size]
                printed_words = (
                    FILLER not in group[0]
                    and not starts
                    and any(c not in _CHARSET for c in group[0])  # "DATE OF EXPIRY/..."
                )
                if size == 2 and (printed_words or _names_only(group[1])):
                    # printed words, or two names lines (the first lost its numbers)
                    i += 1
                    continue
                if any(FILLER in line for line in group):
                    found.append((run[i][0], group))
                    used.update(k for k, _line in run[i : i + size])
                i += size

        for k, row in enumerate(rows):
            if row is None or row[0] != run_width:
                flush()
                run, run_width = [], None
            if row is not None:
                run_width = row[0]
                run.append((k, row[1]))
        flush()
        found.extend(_far_pairs(rows, used))
        return [group for _k, group in sorted(found, key=lambda f: f[0])]


def _far_pairs(
    rows: Sequence[tuple[int, str] | None], used: set[int]
) -> list[tuple[int, list[str]]]:
    """Two-line MRZs whose lines OCR did not give one after the other: on a page laid out
    in columns (a passport and the visa facing it, photocopied side by side), the printed
    words of the data page come between the names line and the numbers line. An opening
    line is paired with the next numbers line of its width when no other opening line of
    that width comes between them (printed words that look like MRZ text are passed over).

    >>> rows = [(44, "P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<"), None, None,
    ...         (44, "L898902C36UTO7408122F1204159ZE184226B<<<<<10")]
    >>> _far_pairs(rows, set())
    [(0, ['P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<', 'L898902C36UTO7408122F1204159ZE184226B<<<<<10'])]
    """
    out: list[tuple[int, list[str]]] = []
    free = [(k, row) for k, row in enumerate(rows) if row is not None and k not in used]
    for n, (k, (width, line)) in enumerate(free):
        if width == 30 or not _opens_mrz(line, 2) or "<<" not in line:
            continue
        for k2, (width2, line2) in free[n + 1 :]:
            if width2 != width:
                continue
            if _opens_mrz(line2, 2):
                break  # another MRZ starts first: not this one's numbers
            if sum(c.isdigit() for c in line2) >= 10 and FILLER in line2:
                out.append((k, [line, line2]))
                used.update((k, k2))
                break
    return out


_OPENING = re.compile(r"^[PVIACR][A-Z<][A-Z<]{3}")
"""An MRZ's first line: document code, then the issuing state (``P<UTO``, ``VDFRA``, ``IDFRA``)."""


def _opens_mrz(line: str, size: int) -> bool:
    """Can ``line`` be the first line of a group of ``size`` lines? A card's first line
    also carries its document number (digits), unlike its names line (``CARTER<<EMILY``).

    >>> _opens_mrz("P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<", 2)
    True
    >>> _opens_mrz("P1234567<8UTO7408122F1204159ZE184226B<<<<<10", 2)
    False
    >>> _opens_mrz("CARTER<<EMILY<<<<<<<<<<<<<<<<<", 3)
    False
    """
    return bool(_OPENING.match(line)) and (size == 2 or any(c.isdigit() for c in line))


def _names_only(line: str) -> bool:
    """A two-line MRZ's first line (code, state, names), which a numbers line never is."""
    return _opens_mrz(line, 2) and sum(c.isdigit() for c in line) < 6


def _nearest_width(line: str) -> int | None:
    best = min((30, 36, 44), key=lambda w: abs(len(line) - w))
    return best if abs(len(line) - best) <= 3 else None


def _words(s: str) -> str:
    return " ".join(part for part in s.split(FILLER) if part)


def _split_names(s: str) -> tuple[str, str]:
    """``ERIKSSON<<ANNA<MARIA<<<`` -> ``('ERIKSSON', 'ANNA MARIA')``; no surname: ``<<ANNA``.

    The given names end at the run of fillers after them: what follows is fillers misread
    (a visa's ``SHAMAR<KIRK<<<<<<£K<£K<ELE<``, set_aw p03), a character outside the MRZ's
    alphabet being a filler misread too.

    >>> _split_names("PROVIDENCE<<SHAMAR<KIRK<<<<<<£K<£K<ELE<")
    ('PROVIDENCE', 'SHAMAR KIRK')
    """
    s = re.sub(r"[^A-Z0-9<]", FILLER, s)
    if s.startswith("<<"):
        return "", _words(re.split(r"<{3,}", s.lstrip(FILLER))[0])
    surname, _sep, given = s.rstrip(FILLER).partition("<<")
    return _words(surname), _words(re.split(r"<{3,}", given)[0])
