"""Values found beside their labels: the words right of a label on its row, under it, or
on the next line, each kept with the confidence of its words and where it was read.

Labels come from the lexicon of ``docverify.labels`` (``data/labels.toml``); a candidate
that is itself a label or an instruction is refused there, and the next one is taken.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass

from rapidfuzz.distance import Levenshtein

from docverify.joined_words import joined_text
from docverify.label_values import refuse_value, strip_label
from docverify.labels import is_label_text, lexicon, lines_of_page, match_at, norm_tokens
from docverify.model import PageRef, PageText, Word


@dataclass(frozen=True)
class Read:
    """A value read off a page, with what it rests on."""

    value: str
    confidence: float
    """0-1: the OCR confidence of its words, lowered when the place it came from is a
    weaker guess (the next line rather than right of the label)."""
    page: PageRef | None = None
    box: tuple[int, int, int, int] | None = None
    how: str = ""
    """Where it came from: ``right`` of its label, ``below`` it, ``next_line``..."""
    label: str = ""


def _height(words: Sequence[Word]) -> int:
    return max(4, int(sorted(w.box[3] - w.box[1] for w in words)[len(words) // 2]))


def _box(words: Sequence[Word]) -> tuple[int, int, int, int]:
    return (
        min(w.box[0] for w in words),
        min(w.box[1] for w in words),
        max(w.box[2] for w in words),
        max(w.box[3] for w in words),
    )


def _conf(words: Sequence[Word]) -> float:
    return round(min(1.0, sum(w.conf for w in words) / (100.0 * len(words))), 3)


def _phrase(words: Sequence[Word], gap: float) -> list[Word]:
    """The first words of a row up to a gap wider than ``gap`` word heights (the next
    column of a form)."""
    if not words:
        return []
    h = _height(words)
    out = [words[0]]
    for w in words[1:]:
        if w.box[0] - out[-1].box[2] > gap * h:
            break
        out.append(w)
    return out


def _after_glued_colon(words: list[Word]) -> list[Word]:
    """A value after its label's colon when a word of the label's phrase stands between
    them ("prénoms de : WIDLINE MARIE": the value does not start with "de").

    >>> ws = [Word(t, (0, 0, 9, 9), 90.0) for t in "de : WIDLINE MARIE".split()]
    >>> [w.text for w in _after_glued_colon(ws)]
    ['WIDLINE', 'MARIE']
    """
    if len(words) > 2 and words[1].text.strip() == ":" and words[0].text.lower() in GLUE_WORDS:
        return words[2:]
    return words


GLUE_WORDS = frozenset({"de", "du", "des", "d'", "of"})
"""Words that may end a label's phrase before its colon."""


def _before_next_label(words: list[Word]) -> list[Word]:
    """A value's words up to the next field's label and its colon, when prose runs one
    field into the next ("les prénoms de : WIDLINE MARIE. Nom : PIERRE-LOUIS. Date de
    naissance : ...", set_bi p02).

    >>> ws = [Word(t, (0, 0, 9, 9), 90.0) for t in "WIDLINE MARIE. Nom : PIERRE-LOUIS.".split()]
    >>> [w.text for w in _before_next_label(ws)]
    ['WIDLINE', 'MARIE.']
    >>> ws = [Word(t, (0, 0, 9, 9), 90.0) for t in "PIERRE-LOUIS. Date".split()]
    >>> [w.text for w in _before_next_label(ws)]
    ['PIERRE-LOUIS.']
    >>> ws = [Word(t, (0, 0, 9, 9), 90.0) for t in "12 rue du Nom Tel".split()]
    >>> len(_before_next_label(ws))
    5
    """
    for k in range(1, len(words)):
        # a sentence's end, then nothing but a label ("PIERRE-LOUIS. Date" / "de naissance :"
        # on the next line)
        if words[k - 1].text.endswith(".") and is_label_text(
            " ".join(w.text for w in words[k:]).rstrip(" :")
        ):
            return words[:k]
        for n in (3, 2, 1):
            span = words[k : k + n]
            if len(span) < n:
                continue
            colon = span[-1].text.endswith(":") or (
                k + n < len(words) and words[k + n].text.strip() == ":"
            )
            if colon and is_label_text(" ".join(w.text for w in span).rstrip(" :")):
                return words[:k]
    return words


def _find_labels(
    line: Sequence[Word], labels: Sequence[tuple[str, ...]]
) -> Iterator[tuple[int, int]]:
    """(first word index, end index) of each of ``labels`` (token tuples) on a line."""
    toks: list[str] = []
    owner: list[int] = []
    for i, w in enumerate(line):
        for t in norm_tokens(w.text):
            toks.append(t)
            owner.append(i)
    k = 0
    while k < len(toks):
        hit = max((match_at(toks, k, s) for s in labels), default=0)
        if hit:
            yield owner[k], owner[k + hit - 1] + 1
            k += hit
        else:
            k += 1


def line_beside(
    label: Sequence[Word], lines: Sequence[Sequence[Word]], reach: float = 30.0
) -> Sequence[Word] | None:
    """The line that holds a label's value when OCR or the text layer made the value a
    line of its own: it starts on the label's row, right of the label (nearest first,
    within ``reach`` label heights). Tesseract reads a table's label column and value
    column as two blocks, so that line may come anywhere in reading order."""
    h = _height(label)
    middle = (min(w.box[1] for w in label) + max(w.box[3] for w in label)) / 2
    end = label[-1].box[2]
    best: Sequence[Word] | None = None
    for other in lines:
        first = other[0]
        if first in label or abs((first.box[1] + first.box[3]) / 2 - middle) >= 0.6 * h:
            continue
        if end < first.box[0] < end + reach * h and (best is None or first.box[0] < best[0].box[0]):
            best = other
    return best


def _cell_start(before: Sequence[Word], label: Word, h: float) -> int:
    """Where the label's cell begins: at the label, or at the start of the other
    language's label that it follows in one cell ("Titulaire du compte / Account holder"
    matched as "Account holder": the value under the cell starts under "Titulaire")."""
    run: list[Word] = []
    nxt = label
    for w in reversed(before):
        if nxt.box[0] - w.box[2] > 2.5 * h:
            break
        run.insert(0, w)
        nxt = w
    while run:
        text = " ".join(w.text for w in run).strip(" /|-")
        if text and is_label_text(text):
            return run[0].box[0]
        run.pop(0)
    return label.box[0]


FLUSH = 2.0
"""A value whose end is within this many word heights of the page's right edge of text is
set flush right."""


def _flush_right(page: PageText, right: Sequence[Word], h: float) -> bool:
    """Is what follows a label, far off on its row, the label's value set flush right: a
    row of an app's or a statement's key-value list ("Titulaire ........ Priya RAMANATHAN",
    the value at the screen's edge), one phrase alone on the row with nothing beyond it?
    A far phrase that stops short of the edge is the next column's, not this label's."""
    phrase = _phrase(right, 2.5)
    edge = max(w.box[2] for w in page.words)
    return len(phrase) == len(right) and phrase[-1].box[2] >= edge - FLUSH * h


COLUMN_ROWS = 2
"""Rows above and below a label's row looked at for values starting in the same column."""


def _values_column(lines: list[list[Word]], li: int, first: Word, h: float) -> bool:
    """Does the value far right of a label start in the column where the values of
    neighbouring labelled rows start ("Nom ...... CAVALCANTI DE ALBUQUERQUE" over
    "Prénom(s) ... JOAO VICTOR": a préfecture's récépissé, set_da p04)? A short label
    stands far from its value when the labels' column is wide."""
    for lj in range(max(0, li - COLUMN_ROWS), min(len(lines), li + COLUMN_ROWS + 1)):
        other = lines[lj]
        if lj == li or not other or other[0].box[0] > first.box[0] - 4 * h:
            continue  # a row with no label left of the column
        if any(abs(w.box[0] - first.box[0]) < 0.5 * h for w in other[1:]):
            return True
    return False


def _candidates(page: PageText, lines: list[list[Word]], li: int, start: int, end: int
                ) -> Iterator[tuple[list[Word], str, float]]:  # fmt: skip
    """Candidate values for the label at ``lines[li][start:end]``: right of it, under it
    (in its column), then the next line; each with how much its place is worth."""
    line = lines[li]
    label_words = line[start:end]
    h = _height(label_words)
    right = _before_next_label(_after_glued_colon(line[end:]))
    # a colon, or the label's own trailing punctuation, opens the value; a word that
    # starts inside the label's span is not right of it (a line re-read whole, whose word
    # boxes came out a few letters off: "Nom naissance" then "de", form_bo d028)
    label_end = max(w.box[2] for w in label_words) - 0.5 * h
    right = [w for w in right if w.text.strip(":.-–—|") and w.box[0] >= label_end] if right else []
    if not right:
        # the value in a line of its own on the label's row (a PDF form field's text, a
        # column tesseract read as another block)
        other = line_beside(label_words, lines)
        right = [w for w in other if w.text.strip(":.-–—|")] if other else []
    if right and right[0].box[0] - label_words[-1].box[2] < 14 * h:
        yield _phrase(right, 2.5), "right", 1.0
    elif right and (_flush_right(page, right, h) or _values_column(lines, li, right[0], h)):
        yield _phrase(right, 2.5), "right", 0.9
    x0 = _cell_start(line[:start], label_words[0], h)
    x1 = label_words[-1].box[2]
    bottom = max(w.box[3] for w in label_words)
    # a row of labels over a row of values ("Titulaire  Domiciliation"): the value under
    # this label ends where the next label's column begins
    middle = (min(w.box[1] for w in label_words) + bottom) / 2
    label_row = sorted((w for other in lines for w in other
                        if w.box[0] >= x0 and abs((w.box[1] + w.box[3]) / 2 - middle) < 0.6 * h),
                       key=lambda w: w.box[0])  # fmt: skip
    cell = _phrase(label_row, 2.5)  # the label and what its cell adds ("/ Account holder")
    next_column = label_row[len(cell)].box[0] if len(label_row) > len(cell) else None
    top = min(w.box[1] for w in label_words)
    below: list[tuple[int, list[Word]]] = []
    for lj in range(li + 1, min(len(lines), li + 4)):
        # under the label: its top at the label's foot, or (a word read from a crop whose
        # box takes in some of the label's row) its middle below the label's foot
        words = [
            w
            for w in lines[lj]
            if (
                w.box[1] > bottom - 0.3 * h
                or (w.box[1] > top and (w.box[1] + w.box[3]) / 2 > bottom)
            )
            and w.box[1] < bottom + 3.5 * h
            and w.box[0] >= x0 - 1.5 * h
            and w.box[0] <= max(x1, x0 + 6 * h)
        ]
        if words:
            row = [w for w in lines[lj] if w.box[0] >= words[0].box[0]]
            if next_column is not None:
                row = [w for w in row if w.box[0] < next_column - 0.5 * h] or row
            below.append((lj, _phrase(row, 2.5)))
    for _lj, words in below[:2]:
        yield words, "below", 0.95
    if li + 1 < len(lines) and not below:
        yield _phrase(lines[li + 1], 2.5), "next_line", 0.8


def labelled_values(
    pages: Iterable[PageText],
    field: str,
    accept: Callable[[str], bool] | None = None,
    clean: Callable[[str], str | None] | None = None,
    labels: Sequence[str] = (),
    places: Sequence[str] = ("right", "below", "next_line"),
) -> list[Read]:
    """Every value found by a label of ``field`` (or by ``labels``, when given) on
    ``pages``, best first: right of the label, under it, or on the next line (``places``);
    labels and instructions refused; ``clean`` tidies a candidate (may return None to
    refuse it) and ``accept`` tests its shape."""
    seqs = (
        tuple(sorted({tuple(norm_tokens(x)) for x in labels}, key=len, reverse=True))
        if labels
        else lexicon().labels_of(field)
    )
    out: list[Read] = []
    for page in pages:
        lines = lines_of_page(page)
        for li, line in enumerate(lines):
            for start, end in _find_labels(line, seqs):
                label = " ".join(w.text for w in line[start:end])
                for words, how, worth in _candidates(page, lines, li, start, end):
                    if how not in places:
                        continue
                    text = strip_label(joined_text(words, page.source == "ocr"), field)
                    value = clean(text) if clean else text.strip(" :.-|")
                    if not value or refuse_value(value) or (accept and not accept(value)):
                        continue
                    out.append(
                        Read(
                            value, round(worth * _conf(words), 3), page.ref, _box(words), how, label
                        )
                    )
                    break
    out = [r for r in out if not _cut_by_a_label_half(r, out)]
    out.sort(key=lambda r: -r.confidence)
    return out


def _cut_by_a_label_half(read: Read, reads: Sequence[Read]) -> bool:
    """Is ``read`` the tail of another read of the same row, found under the second half
    of a bilingual label ("Titulaire du compte / Account holder" over "MME RAMANATHAN
    VENKATA LAKSHMI": "VENKATA LAKSHMI" under "Account holder")?"""
    tokens = read.value.split()
    for other in reads:
        longer = other.value.split()
        if (
            other is not read and other.page == read.page and other.box and read.box
            and len(longer) > len(tokens) and longer[-len(tokens):] == tokens
            and min(other.box[3], read.box[3]) - max(other.box[1], read.box[1]) > 0
        ):  # fmt: skip
            return True
    return False


def label_words(page: PageText, labels: Sequence[str]) -> list[list[Word]]:
    """The words of every occurrence of one of ``labels`` on the page."""
    seqs = tuple(sorted({tuple(norm_tokens(x)) for x in labels}, key=len, reverse=True))
    out: list[list[Word]] = []
    lines = lines_of_page(page)
    for line in lines:
        for start, end in _find_labels(line, seqs):
            out.append(list(line[start:end]))
    if out:
        return out
    # none read as printed: one read a letter off ("Prenomis)_" on a 150 dpi scan)
    for line in lines:
        for start, end in _misread_labels(line, seqs):
            out.append(list(line[start:end]))
    return out


MISREAD_LABEL_LETTERS = 6
"""A label this long (its letters run together) is known one letter off."""
LONG_LABEL_LETTERS = 14
"""...and one this long two letters off, its last word read right."""
LOST_HEAD_LETTERS = 9
"""A label of several words whose first one or two letters are lost is known by the rest
when this many letters are left."""


def _misread_labels(
    line: Sequence[Word], labels: Sequence[tuple[str, ...]]
) -> Iterator[tuple[int, int]]:
    """(first, end) word indexes of a label read one letter off, at the start of a word:
    its letters in a row (or its plural) within one edit of the words' from there, the
    first letter right.

    >>> w = [Word("Prenomis)_", (0, 0, 9, 9), 64.0)]
    >>> list(_misread_labels(w, [("PRENOM", "S"), ("PRENOM",)]))
    [(0, 1)]
    >>> list(_misread_labels([Word("Prenoms", (0, 0, 9, 9), 64.0)], [("NOM",)]))
    []
    >>> due = [Word(t, (0, 0, 9, 9), 46.0) for t in ("Due", "de", "naissance")]
    >>> list(_misread_labels(due, [("DATE", "DE", "NAISSANCE")]))  # two off, the end right
    [(0, 3)]
    >>> pate = [Word(t, (0, 0, 9, 9), 46.0) for t in ("pate", "de", "naissance")]
    >>> list(_misread_labels(pate, [("DATE", "DE", "NAISSANCE")]))  # one off, the first
    [(0, 3)]
    >>> dus = [Word(t, (0, 0, 9, 9), 46.0) for t in ("Due", "de", "naisance")]
    >>> list(_misread_labels(dus, [("DATE", "DE", "NAISSANCE")]))
    []
    >>> lost = [Word(t, (0, 0, 9, 9), 90.0) for t in ("m", "de", "famille")]
    >>> list(_misread_labels(lost, [("NOM", "DE", "FAMILLE")]))
    [(0, 3)]
    """
    for i in range(len(line)):
        joined = ""
        for j in range(i, min(len(line), i + 4)):
            joined += "".join(norm_tokens(line[j].text))
            for seq in labels:
                letters = "".join(seq)
                if len(letters) < MISREAD_LABEL_LETTERS:
                    continue
                # a long label two letters off when its last word is read as printed
                # ("Due de naissance" for "Date de naissance", form_ay d007)
                long_end = len(letters) >= LONG_LABEL_LETTERS and joined.endswith(seq[-1])
                slips = 2 if long_end else 1
                edits = min(Levenshtein.distance(joined, x) for x in (letters, letters + "S"))
                # the first letter wrong only as the one slip of a long label ("pate de
                # naissance", its D's bowl lost in a comb's ink: set_cy p01)
                if edits <= (slips if joined[:1] == letters[:1] else int(long_end)):
                    yield i, j + 1
                    return
                # its first letters lost at a frame's edge ("m de famille" for "Nom de
                # famille"): the rest read as printed, a line's first words, long enough
                # to name one label only
                lost = [letters[k:] for k in (1, 2) if k < len(seq[0])]
                if i == 0 and len(seq) >= 2 and joined in lost and len(joined) >= LOST_HEAD_LETTERS:
                    yield i, j + 1
                    return
