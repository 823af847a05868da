"""What every document-type module declares, and helpers to read labelled values.

A doctype module (``passport.py``, ``utility_bill.py``...) exposes ``SPEC``: how to
recognise its pages (weighted patterns over the page text, MRZ document codes), whether
consecutive pages belong together, and ``extract`` which turns the document's pages into
its typed ``Fields`` record plus per-document findings.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from docverify.label_values import before_label, instruction_scrap, refuse_value
from docverify.model import DocType, Document, Finding, PageText
from docverify.values.dates import find_dates
from docverify.values.names import fold_upper


@dataclass(frozen=True)
class ExtractContext:
    as_of: dt.date


@dataclass(frozen=True)
class Signal:
    """A pattern (over folded, upper-case text) and how strongly it points to the type."""

    pattern: re.Pattern[str]
    weight: float

    @classmethod
    def of(cls, regex: str, weight: float) -> Signal:
        return cls(re.compile(regex), weight)


Extractor = Callable[[Document, ExtractContext], tuple[Any, list[Finding]]]


@dataclass(frozen=True)
class DocTypeSpec:
    type: DocType
    signals: tuple[Signal, ...]
    extract: Extractor
    multipage: bool = True
    """Consecutive pages of this type in one file are one document."""
    mrz_codes: tuple[str, ...] = ()
    """MRZ document codes (first characters) that point to this type, e.g. ``P`` for passports."""
    mrz_weight: float = 6.0
    min_score: float = 3.0
    same_document: Callable[[PageText, PageText], bool] | None = None
    """For multipage types: does ``page`` continue the document of ``prev``? (a new bill
    in a scanned stack of bills does not)."""
    pairs_across_files: bool = False
    """Front and back of a card may come as two files: merge two halves of this type."""

    def score(self, folded: str, mrz_code: str | None) -> float:
        total = sum(s.weight for s in self.signals if s.pattern.search(folded))
        if mrz_code and any(mrz_code.startswith(c) for c in self.mrz_codes):
            total += self.mrz_weight
        return total


def fold_text(text: str) -> str:
    """Upper case without accents, runs of blanks squeezed; newlines kept.

    >>> fold_text("Relevé  d'identité\\nbancaire")
    "RELEVE D'IDENTITE\\nBANCAIRE"
    """
    return re.sub(r"[ \t]+", " ", fold_upper(text))


def fields_to_json(fields: Any) -> dict[str, Any]:
    """A fields dataclass as JSON-ready values (ISO dates, lists)."""
    if fields is None:
        return {}

    def conv(v: Any) -> Any:
        if isinstance(v, dt.date):
            return v.isoformat()
        if isinstance(v, (list, tuple)):
            return [conv(x) for x in v]
        if isinstance(v, dict):
            return {k: conv(x) for k, x in v.items()}
        return v

    return {
        f.name: conv(getattr(fields, f.name))
        for f in dataclasses.fields(fields)
        if not f.metadata.get("internal")
    }


def internal(default: Any = None) -> Any:
    """A fields-record attribute kept out of the JSON report (e.g. a parsed Mrz)."""
    return field(default=default, metadata={"internal": True}, compare=False, repr=False)


# --------------------------------------------------------------------------- reading helpers


def lines_of(doc: Document) -> list[str]:
    return [line for p in doc.pages for line in p.lines]


def segments_of(doc: Document, gap: float = 2.2) -> list[str]:
    """Lines cut where two words are far apart (more than ``gap`` word heights): the
    pieces of side-by-side columns that OCR and text layers join into one line
    ("Titulaire : MME CARTER" and "Domiciliation :" on a RIB, employer and employee
    boxes on a payslip)."""
    out: list[str] = []
    for page in doc.pages:
        current: tuple[int, int, int] | None = None
        buf: list[str] = []
        last_x1: int | None = None
        for w in page.words:
            height = max(1, w.box[3] - w.box[1])
            far = last_x1 is not None and w.box[0] - last_x1 > gap * height
            if buf and (w.line != current or far):
                out.append(" ".join(buf))
                buf = []
            current, last_x1 = w.line, w.box[2]
            buf.append(w.text)
        if buf:
            out.append(" ".join(buf))
    return out


def value_after(
    lines: Sequence[str], label: str, *, next_line: bool = True, flags: int = re.IGNORECASE
) -> str | None:
    """Text following a label on the same line (after ``:``), else the next line; a
    candidate that is itself a label or an instruction is skipped (``label_values.refuse_value``).

    >>> value_after(["Titulaire du compte : MME CARTER EMILY", "x"], r"titulaire du compte")
    'MME CARTER EMILY'
    >>> value_after(["Nom de naissance", "CARTER"], r"nom de naissance")
    'CARTER'
    """
    rx = re.compile(label, flags)
    for i, line in enumerate(lines):
        folded = fold_upper(line)
        m = rx.search(folded)
        if not m:
            continue
        rest = line[m.end() :].strip(" :.-–—\t|")
        if rest and not refuse_value(rest):
            return rest
        if next_line and i + 1 < len(lines):
            nxt = lines[i + 1].strip(" :\t|")
            if nxt and not refuse_value(nxt):
                return nxt
    return None


def date_after(lines: Sequence[str], label: str) -> dt.date | None:
    """First date on the labelled line (or the next one)."""
    rx = re.compile(label, re.IGNORECASE)
    for i, line in enumerate(lines):
        m = rx.search(fold_upper(line))
        if not m:
            continue
        for candidate in (line[m.end() :], lines[i + 1] if i + 1 < len(lines) else ""):
            dates = find_dates(candidate)
            if dates:
                return dates[0].value
    return None


def first_match(
    text: str, patterns: Iterable[str], flags: int = re.IGNORECASE
) -> re.Match[str] | None:
    for p in patterns:
        m = re.search(p, text, flags)
        if m:
            return m
    return None


def parse_amount(text: str) -> float | None:
    """A euro amount written the French way.

    >>> parse_amount("2 845,12 €"), parse_amount("64.20"), parse_amount("1.234,50")
    (2845.12, 64.2, 1234.5)
    """
    m = re.search(r"(\d{1,3}(?:[ .\u202f\u00a0]\d{3})*|\d+)(?:[,.](\d{2}))(?!\d)", text)
    if not m:
        return None
    whole = re.sub(r"[ .\u202f\u00a0]", "", m[1])
    return float(f"{whole}.{m[2]}")


_J_AS_BRACKET = re.compile(r"(?<![\w'])([A-ZÀ-Þ]{2,})[)}\]](?=[\s,.]|$)")
"""A word of capitals closed by a bracket never opened: a final J read ")" or "}" (tesseract
reads the J of some fonts so: "BEN HAD) YAHIA")."""

_DIGIT_LETTER = {"1": "I", "0": "O"}
_LEADING_DIGIT = re.compile(r"(?<![\w'])([10])([^\W\d_]{2,}|'[^\W\d_]{2,})(?![\w'])")
"""A word of letters but for its first character, a 1 or a 0 (an I or an O misread; an
Irish O' too: "0'CONNELL")."""


def letters_for_digits(value: str) -> str:
    """A name's first letter read as the digit it looks like is a letter again.

    >>> letters_for_digits("Siobhan Mary 0'CONNELL-HUGHES"), letters_for_digits("1brahima 12")
    ("Siobhan Mary O'CONNELL-HUGHES", 'Ibrahima 12')
    """
    return _LEADING_DIGIT.sub(lambda m: _DIGIT_LETTER[m[1]] + m[2], value)


_LOOKALIKES = {**_DIGIT_LETTER, "5": "S", "§": "S", "$": "S"}
_CAPS_WORD = re.compile(r"(?<![\w'§$])[A-ZÀ-Þ015§$]{3,}(?![\w'§$])")


def capitals_for_lookalikes(value: str) -> str:
    """A word in capitals some of whose letters were read as the signs they look like (O
    as 0, I as 1, S as 5 or §: "§0W" for a handwritten SOW) is that word in letters; a
    word of signs only (a number) stays.

    >>> capitals_for_lookalikes("§0W"), capitals_for_lookalikes("DIALL0 Mariama")
    ('SOW', 'DIALLO Mariama')
    >>> capitals_for_lookalikes("1997"), capitals_for_lookalikes("N° 0452"), capitals_for_lookalikes("A10")
    ('1997', 'N° 0452', 'AIO')
    """

    def letters(m: re.Match[str]) -> str:
        word = m[0]
        signs = sum(c in _LOOKALIKES for c in word)
        if not signs or signs == len(word):
            return word
        return "".join(_LOOKALIKES.get(c, c) for c in word)

    return _CAPS_WORD.sub(letters, value)


def clean_name(value: str | None) -> str | None:
    """Strip labels' leftovers and titles' punctuation from a name value; a label or an
    instruction is no name (None).

    >>> clean_name("Mme Fatou DIOP  | réf"), clean_name("Given name(s) Prénom(s)")
    ('Mme Fatou DIOP', None)

    A name's first letter read as the digit it looks like is a letter again:

    >>> clean_name("1brahima Sory"), clean_name("0MAR 1SSA"), clean_name("1 2 rue")
    ('Ibrahima Sory', 'OMAR ISSA', '1 2 rue')

    and a final J read as a bracket never opened is a J again:

    >>> clean_name("BEN HAD) YAHIA"), clean_name("Yosra BEN HAD} YAHIA"), clean_name("DIOP (née SY)")
    ('BEN HADJ YAHIA', 'Yosra BEN HADJ YAHIA', 'DIOP née SY')
    """
    if not value:
        return None
    value = re.split(r"\s{2,}|\||;", value)[0]
    if not re.search(r"[({\[]", value):
        value = _J_AS_BRACKET.sub(r"\1J", value)
    value = re.sub(r"[^\w' \-.]", " ", value)
    value = re.sub(r"\s+", " ", value).strip(" .-_")
    value = letters_for_digits(value)
    if refuse_value(value) or instruction_scrap(value):  # "Given name(s) Prénom(s)",
        return None  # "Signature du bailleur ...", "ou d'époux"
    return before_label(value) or None  # "MARÍA CAMILA Factor RH": the next caption off
