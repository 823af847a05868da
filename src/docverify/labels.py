"""The label lexicon (``data/labels.toml``): finding a field's value by its label, and
never taking a label for a value.

Documents laid out by others put a value right of its label ("Titulaire : Mme DIOP"),
under it in the label's column ("Surname / Nom" above "OKAFOR"), or on the next line;
what OCR gives back is words with boxes. ``labelled_values`` looks in those places for
every label of a field, and skips any candidate that is itself a label or an instruction
("Given name(s) Prénom(s)", "Signature du bailleur : ..."), taking the next one instead.
Every value comes back as a :class:`Read` with the words it rests on, their box and a
confidence, so a verdict can say how sure it is and where to look.
"""

from __future__ import annotations

import functools
import itertools
import re
import tomllib
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from importlib import resources
from typing import Any

from rapidfuzz.distance import Levenshtein

from docverify.model import PageRef, PageText, Word
from docverify.values.names import fold_upper

GLUE = frozenset(
    [
        "S",
        "E",
        "ES",
        "X",
        "OU",
        "OR",
        "ET",
        "AND",
        "Y",
        "DE",
        "DU",
        "DES",
        "LA",
        "LE",
        "L",
        "D",
        "N",
        "NO",
        "NR",
        "NUM",
        "NUMERO",
        "A",
        "AU",
    ]
)
"""Words that join labels ("Nom / Name", "Prénom(s)", "N° de ...") without being one."""
MIN_SINGLE_LABEL = 4
"""A one-word label shorter than this ("LE", "NOM") only counts when it is the whole
candidate, never as the start of one: "LE GALL" is a surname."""


def norm_tokens(text: str) -> list[str]:
    """Folded words: upper case, no accents, punctuation as blanks.

    >>> norm_tokens("Prénom(s) :"), norm_tokens("N° de sécurité sociale")
    (['PRENOM', 'S'], ['N', 'DE', 'SECURITE', 'SOCIALE'])
    """
    return list(token_tuple(text))


@functools.lru_cache(maxsize=1 << 16)
def token_tuple(text: str) -> tuple[str, ...]:
    """``norm_tokens`` as a tuple, remembered: a page's words are folded once, however
    many labels and values are looked for in them."""
    text = text.replace("\u2019", "'").replace("°", " ")
    return tuple(re.findall(r"[A-Z0-9]+", fold_upper(text)))


@dataclass(frozen=True)
class Lexicon:
    fields: dict[str, tuple[tuple[str, ...], ...]]
    """Per field, its labels as token tuples."""
    instructions: tuple[tuple[str, ...], ...]

    @functools.cached_property
    def by_first(self) -> dict[str, list[tuple[str, ...]]]:
        """Every label and instruction, indexed by first token, longest first."""
        index: dict[str, list[tuple[str, ...]]] = {}
        for seq in {*self.instructions, *(s for v in self.fields.values() for s in v)}:
            index.setdefault(seq[0], []).append(seq)
        for seqs in index.values():
            seqs.sort(key=len, reverse=True)
        return index

    def labels_of(self, field: str) -> tuple[tuple[str, ...], ...]:
        return self.fields[field]


@functools.cache
def _data() -> dict[str, Any]:
    """``data/labels.toml``, read once."""
    return tomllib.loads(
        resources.files("docverify.data").joinpath("labels.toml").read_text("utf-8")
    )


@functools.cache
def _listing_phrases() -> tuple[tuple[str, ...], ...]:
    return tuple(tuple(norm_tokens(x)) for x in _data()["listing"]["phrases"])


@functools.cache
def _letter_phrases() -> tuple[tuple[tuple[str, ...], ...], tuple[tuple[str, ...], ...]]:
    raw = _data()["letter"]
    return (tuple(tuple(norm_tokens(x)) for x in raw["salutations"]),
            tuple(tuple(norm_tokens(x)) for x in raw["closings"]))  # fmt: skip


def is_letter(text: str) -> bool:
    r"""Is ``text`` a letter: a line that is only a salutation ("Madame,") and a closing
    formula ("Nous vous prions d'agréer ... salutations distinguées")?

    >>> is_letter("Objet : votre demande\nMadame,\nNous avons bien reçu ...\n"
    ...           "Nous vous prions d'agréer l'expression de nos salutations distinguées.")
    True
    >>> is_letter("TITRE DE SÉJOUR\nNom : MADAME\nRÉSIDENT")
    False
    """
    salutations, closings = _letter_phrases()
    greeted = any(
        line.rstrip().endswith(",") and tuple(norm_tokens(line)) in salutations
        for line in text.splitlines()
    )
    tokens = norm_tokens(text)
    closed = any(_match_at(tokens, i, seq) for seq in closings for i in range(len(tokens)))
    return greeted and closed


def introduces_a_list(text: str) -> bool:
    """Does ``text`` carry a heading that introduces documents to send?

    >>> introduces_a_list("PIÈCES JUSTIFICATIVES À JOINDRE À VOTRE DEMANDE")
    True
    >>> introduces_a_list("Relevé d'identité bancaire")
    False
    """
    tokens = norm_tokens(text)
    return any(_match_at(tokens, i, seq) for seq in _listing_phrases() for i in range(len(tokens)))


@functools.cache
def lexicon() -> Lexicon:
    raw = _data()
    fields = {
        name: tuple(
            sorted({tuple(norm_tokens(x)) for x in entry["labels"]} - {()}, key=len, reverse=True)
        )
        for name, entry in raw["field"].items()
    }
    instructions = tuple({tuple(norm_tokens(x)) for x in raw["instructions"]["phrases"]} - {()})
    return Lexicon(fields, instructions)


def _plural(token: str, want: str) -> bool:
    return token == want or token == want + "S" or token == want + "ES"


def _match_at(tokens: Sequence[str], i: int, seq: Sequence[str]) -> int:
    """Length (in tokens) of ``seq`` matched at ``tokens[i]``, 0 if it does not match."""
    if i + len(seq) > len(tokens):
        return 0
    return len(seq) if all(_plural(tokens[i + k], w) for k, w in enumerate(seq)) else 0


def _label_at(tokens: Sequence[str], i: int) -> int:
    """Longest label or instruction starting at token ``i`` (0 if none)."""
    for seq in lexicon().by_first.get(tokens[i], ()):
        n = _match_at(tokens, i, seq)
        if n:
            return n
    if tokens[i].endswith("S"):  # a plural first word: "PRENOMS", "NOMS ET PRENOMS"
        for seq in lexicon().by_first.get(tokens[i][:-1], ()):
            n = _match_at(tokens, i, seq)
            if n:
                return n
    return 0


def is_label_text(text: str) -> bool:
    """Is ``text`` nothing but labels and instructions (joined by "/", "(s)", "de"...)?

    >>> is_label_text("Given name(s) Prénom(s)"), is_label_text("NAME OF HOSPITAL OR FACILITY")
    (True, True)
    >>> is_label_text("Sexe"), is_label_text("Les prochaines étapes"), is_label_text("Account Owner")
    (True, True, True)
    >>> is_label_text("Fatou DIOP"), is_label_text("LE GALL"), is_label_text("Nome")
    (False, False, True)
    >>> is_label_text("8 Baba Père Father - Soyadi Nom"), is_label_text("12 rue Nationale")
    (True, False)
    """
    tokens = norm_tokens(text)
    if not tokens:
        return False
    i, labels, other = 0, 0, 0
    while i < len(tokens):
        n = _label_at(tokens, i)
        if n:
            i, labels = i + n, labels + 1
        elif tokens[i] in GLUE or tokens[i].isdigit():  # "8 Baba / Père / Father": item numbers
            i += 1
        else:
            i, other = i + 1, other + 1
    # one word the lexicon lacks among three labels or more is a label in another language
    return labels > 0 and (other == 0 or (other == 1 and labels >= 3))


def starts_with_label(text: str) -> bool:
    """Does ``text`` open with a label or an instruction (not a bare short word)?

    >>> starts_with_label("Signature du bailleur : J. Martin")
    True
    >>> starts_with_label("N° Sécurité Sociale 1 85 02 75 123 456 78")
    True
    >>> starts_with_label("Lieu de consommation 12 rue des Lilas")
    True
    >>> starts_with_label("LE GALL Marie"), starts_with_label("Amina DIALLO")
    (False, False)
    """
    tokens = norm_tokens(text)
    if not tokens:
        return False
    n = _label_at(tokens, 0)
    if not n:
        return False
    return n > 1 or len(tokens[0]) >= MIN_SINGLE_LABEL or n == len(tokens)


@functools.cache
def _instruction_words() -> frozenset[str]:
    return frozenset(t for seq in lexicon().instructions for t in seq)


def instruction_scrap(text: str) -> bool:
    """A piece of a form's instruction left beside a value's box ("ou d'époux", "l'état
    civil"): all its words are instructions' words or glue, one of them long.

    >>> instruction_scrap("ou d'époux"), instruction_scrap("(facultatif)"), instruction_scrap("depoux")
    (True, True, True)
    >>> instruction_scrap("EPOUX DIALLO"), instruction_scrap("LE GALL")
    (False, False)
    """
    words = _instruction_words()
    tokens = [t[1:] if t[:1] in "DL" and t[1:] in words else t  # d'époux read "depoux"
              for t in norm_tokens(text)]  # fmt: skip
    return (
        bool(tokens)
        and all(t in words or t in GLUE for t in tokens)
        and any(len(t) >= 5 and t in words for t in tokens)
    )


def refuse_value(text: str | None) -> bool:
    """A candidate value that is, or starts with, a label or an instruction."""
    return bool(text) and (is_label_text(text or "") or starts_with_label(text or ""))


def _instruction_at(tokens: Sequence[str], i: int) -> int:
    for seq in lexicon().instructions:
        if len(seq) > 1 or len(seq[0]) >= MIN_SINGLE_LABEL:
            n = _match_at(tokens, i, seq)
            if n:
                return n
    return 0


def _near(token: str, word: str) -> bool:
    """An instruction's word as OCR reads it: the same, glued to a neighbour ("ORDREDE",
    "LORDRE"), or one letter off (two for long words)."""
    if token == word:
        return True
    if len(word) < 4:
        return False
    slips = 1 if max(len(word), len(token)) < 6 else 2
    return word in token or Levenshtein.distance(token, word) <= slips


def _misread_instruction_at(tokens: Sequence[str], i: int) -> int:
    """Tokens at ``i`` that read as the start of a long instruction through OCR slips
    ("dans ordrede", "dans l'ordre de l'état civip"): its words in order, some lost, at
    least two tokens of which one is a long word. 0 when none."""
    best = 0
    for seq in lexicon().instructions:
        if len(seq) < 3:
            continue
        j, k, strong = i, 0, False
        while j < len(tokens) and k < len(seq):
            hit = next(
                (m for m in range(k, min(len(seq), k + 3)) if _near(tokens[j], seq[m])), None
            )
            if hit is None:
                break
            strong = strong or len(seq[hit]) >= 4
            j, k = j + 1, hit + 1
        if strong and j - i >= 2:
            best = max(best, j - i)
    return best


def strip_label(text: str, field: str | None = None) -> str:
    """``text`` without the labels and instructions it starts with ("Nom : DUPONT" ->
    "DUPONT", "(dans l'ordre de l'état civil) AMINA" -> "AMINA"); with ``field``, only that
    field's labels (and instructions) are stripped.

    >>> strip_label("Nom de naissance : DUPONT"), strip_label("Titulaire du compte M. Li Wei")
    ('DUPONT', 'M. Li Wei')
    >>> strip_label("DUPONT"), strip_label("Nom / Surname : KLEIN", "surname")
    ('DUPONT', 'KLEIN')
    >>> strip_label("(dans l'ordre de l'état civil) YASMINE", "given_names")
    'YASMINE'

    An instruction misread is still one (the value after it is kept):

    >>> strip_label("dans ordrede Fatima Zahra"), strip_label("dans l'ordre de l'état civip_Ibrahima")
    ('Fatima Zahra', 'Ibrahima')
    >>> strip_label("Dansou KOFFI"), strip_label("DANIEL ORDONEZ")
    ('Dansou KOFFI', 'DANIEL ORDONEZ')
    """
    rest = text
    while True:
        rest = rest.lstrip(" :.-–—/|\t")
        if rest.startswith("("):  # a parenthesised instruction: "(facultatif)"
            close = rest.find(")")
            inner = rest[1:close] if close > 0 else ""
            if close > 0 and (not norm_tokens(inner) or refuse_value(inner) or len(inner) > 12):
                rest = rest[close + 1 :]
                continue
        tokens = norm_tokens(rest)
        if not tokens:
            return ""
        if field is None:
            n = _label_at(tokens, 0)
        else:
            n = max((_match_at(tokens, 0, s) for s in lexicon().labels_of(field)), default=0)
        n = n or _instruction_at(tokens, 0) or _misread_instruction_at(tokens, 0)
        if not n:
            return rest.strip(" :.-–—/|()_\t")
        rest = _after_tokens(rest, n).lstrip(" :.-–—/|()_\t")


def _after_tokens(text: str, n: int) -> str:
    """The text after its first ``n`` normalised tokens."""
    count = 0
    for m in re.finditer(r"[A-Za-z0-9\u00c0-\u024f]+", text.replace("°", " ")):
        count += len(norm_tokens(m[0])) or 0
        if count >= n:
            return text[m.end() :]
    return ""


# --------------------------------------------------------------------------- finding values


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


def lines_of_page(page: PageText) -> list[list[Word]]:
    out: list[list[Word]] = []
    for w in page.words:
        if out and out[-1][0].line == w.line:
            out[-1].append(w)
        else:
            out.append([w])
    return [sorted(line, key=lambda w: w.box[0]) for line in out]


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


SPACED_RUN = 3
"""Single characters in a row from which they are letters typed one per box."""
WORD_BREAK_PITCH = 1.5
"""In such a run, a step this many times the letters' usual pitch is an empty box:
a word break."""


def _single(word: Word) -> bool:
    return len(word.text) == 1 and (word.text.isalpha() or word.text in "'-’")


def joined_text(words: Sequence[Word]) -> str:
    """The words' text, letters typed or written one per box joined again: a run of
    single characters is one word, broken where the step between two letters is clearly
    longer than the others (an empty box between two names).

    >>> def row(xs, text): return [Word(c, (x, 0, x + 20, 30), 95.0, (1, 1, 1))
    ...                            for x, c in zip(xs, text)]
    >>> joined_text(row([0, 40, 80, 120, 160], "SMITH"))
    'SMITH'
    >>> joined_text(row([0, 40, 80, 120, 200, 240, 280], "JOHNLEE"))
    'JOHN LEE'
    >>> joined_text(row([0, 40, 80, 120, 160, 200, 240, 280], "O'CONNOR"))
    "O'CONNOR"
    >>> joined_text(row([0, 40], "MA") + [Word("PARIS", (100, 0, 200, 30), 95.0, (1, 1, 1))])
    'M A PARIS'
    """
    out: list[str] = []
    i = 0
    while i < len(words):
        j = i
        while j < len(words) and _single(words[j]):
            j += 1
        if j - i < SPACED_RUN:
            out.append(words[i].text)
            i += 1
            continue
        run = words[i:j]
        centres = [(w.box[0] + w.box[2]) / 2 for w in run]
        steps = [b - a for a, b in itertools.pairwise(centres)]
        pitch = sorted(steps)[len(steps) // 2]
        word = run[0].text
        for w, step in zip(run[1:], steps, strict=True):
            if step > WORD_BREAK_PITCH * pitch:
                out.append(word)
                word = ""
            word += w.text
        out.append(word)
        i = j
    return " ".join(out)


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
        hit = max((_match_at(toks, k, s) for s in labels), default=0)
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


def _candidates(page: PageText, lines: list[list[Word]], li: int, start: int, end: int
                ) -> Iterator[tuple[list[Word], str, float]]:  # fmt: skip
    """Candidate values for the label at ``lines[li][start:end]``: right of it, under it
    (in its column), then the next line; each with how much its place is worth."""
    line = lines[li]
    label_words = line[start:end]
    h = _height(label_words)
    right = line[end:]
    # a colon, or the label's own trailing punctuation, opens the value
    right = [w for w in right if w.text.strip(":.-–—|")] if right else []
    if not right:
        # the value in a line of its own on the label's row (a PDF form field's text, a
        # column tesseract read as another block)
        other = line_beside(label_words, lines)
        right = [w for w in other if w.text.strip(":.-–—|")] if other else []
    if right and right[0].box[0] - label_words[-1].box[2] < 14 * h:
        yield _phrase(right, 2.5), "right", 1.0
    x0 = label_words[0].box[0]
    x1 = label_words[-1].box[2]
    bottom = max(w.box[3] for w in label_words)
    below: list[tuple[int, list[Word]]] = []
    for lj in range(li + 1, min(len(lines), li + 4)):
        words = [
            w
            for w in lines[lj]
            if w.box[1] > bottom - 0.3 * h
            and w.box[1] < bottom + 3.5 * h
            and w.box[0] >= x0 - 1.5 * h
            and w.box[0] <= max(x1, x0 + 6 * h)
        ]
        if words:
            row = [w for w in lines[lj] if w.box[0] >= words[0].box[0]]
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
                    text = strip_label(joined_text(words), field)
                    value = clean(text) if clean else text.strip(" :.-|")
                    if not value or refuse_value(value) or (accept and not accept(value)):
                        continue
                    out.append(
                        Read(
                            value, round(worth * _conf(words), 3), page.ref, _box(words), how, label
                        )
                    )
                    break
    out.sort(key=lambda r: -r.confidence)
    return out


def label_words(page: PageText, labels: Sequence[str]) -> list[list[Word]]:
    """The words of every occurrence of one of ``labels`` on the page."""
    seqs = tuple(sorted({tuple(norm_tokens(x)) for x in labels}, key=len, reverse=True))
    out: list[list[Word]] = []
    for line in lines_of_page(page):
        for start, end in _find_labels(line, seqs):
            out.append(list(line[start:end]))
    return out


def best_value(
    pages: Iterable[PageText],
    field: str,
    accept: Callable[[str], bool] | None = None,
    clean: Callable[[str], str | None] | None = None,
    labels: Sequence[str] = (),
) -> Read | None:
    found = labelled_values(pages, field, accept, clean, labels)
    return found[0] if found else None
