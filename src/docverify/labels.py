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
import re
import tomllib
from collections.abc import Sequence
from dataclasses import dataclass
from importlib import resources
from typing import Any

from rapidfuzz import process
from rapidfuzz.distance import Levenshtein

from docverify.model import PageText, Word
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
    return tuple(re.findall(r"[A-Z0-9\u0400-\u04FF]+", fold_upper(text)))  # Latin, Cyrillic


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

    @functools.cached_property
    def long_phrases(self) -> tuple[tuple[str, ...], ...]:
        """Labels and instructions of two words or more and ``MISREAD_MIN_LETTERS``
        letters, longest first."""
        seqs = {*self.instructions, *(s for v in self.fields.values() for s in v)}
        long = [q for q in seqs if len(q) >= 2 and sum(map(len, q)) >= MISREAD_MIN_LETTERS]
        return tuple(sorted(long, key=len, reverse=True))

    @functools.cached_property
    def long_firsts(self) -> list[str]:
        """The first words of ``long_phrases``."""
        return sorted({q[0] for q in self.long_phrases})

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
    closed = any(match_at(tokens, i, seq) for seq in closings for i in range(len(tokens)))
    return greeted and closed


def introduces_a_list(text: str) -> bool:
    """Does ``text`` carry a heading that introduces documents to send?

    >>> introduces_a_list("PIÈCES JUSTIFICATIVES À JOINDRE À VOTRE DEMANDE")
    True
    >>> introduces_a_list("Relevé d'identité bancaire")
    False
    """
    tokens = norm_tokens(text)
    return any(match_at(tokens, i, seq) for seq in _listing_phrases() for i in range(len(tokens)))


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


def match_at(tokens: Sequence[str], i: int, seq: Sequence[str]) -> int:
    """Length (in tokens) of ``seq`` matched at ``tokens[i]``, 0 if it does not match.
    OCR glues short words to their neighbour and splits long ones: the label's letters
    in a row over fewer or more tokens match too.

    >>> match_at(["DATEDE", "NAISSANCE", "12"], 0, ("DATE", "DE", "NAISSANCE"))
    2
    >>> match_at(["NAIS", "SANCE"], 0, ("NAISSANCE",)), match_at(["DE", "NOM"], 0, ("DENIS",))
    (2, 0)

    A short connector inside a label may be lost by OCR ("Nom naissance" for "Nom de
    naissance": a small word beside a box's rule):

    >>> match_at(["NOM", "NAISSANCE", "BOUALEM"], 0, ("NOM", "DE", "NAISSANCE"))
    2
    >>> match_at(["NOM", "USAGE"], 0, ("NOM", "D", "USAGE")), match_at(["NOM"], 0, ("NOM", "DE"))
    (2, 0)
    """
    if i + len(seq) <= len(tokens) and all(_plural(tokens[i + k], w) for k, w in enumerate(seq)):
        return len(seq)
    glued = _glued(tokens, i, "".join(seq)) if len(tokens[i]) >= 3 else 0
    if glued:
        return glued
    inner = [w for k, w in enumerate(seq) if not (0 < k < len(seq) - 1 and w in CONNECTOR_TOKENS)]
    if (
        len(seq) > len(inner) >= 2
        and i + len(inner) <= len(tokens)
        and all(_plural(tokens[i + k], w) for k, w in enumerate(inner))
    ):
        return len(inner)
    return 0


CONNECTOR_TOKENS = frozenset({"DE", "D", "DU", "DES", "LA", "LE", "L", "OF"})
"""Short words inside a label that OCR may lose between the words that carry it."""


def _glued(tokens: Sequence[str], i: int, letters: str) -> int:
    """Tokens from ``i`` whose letters in a row are ``letters`` (or their plural)."""
    joined = ""
    for k in range(i, len(tokens)):
        joined += tokens[k]
        if k > i and joined in (letters, letters + "S"):
            return k - i + 1
        if not letters.startswith(joined):
            return 0
    return 0


MISREAD_MIN_LETTERS = 10
"""A phrase of the lexicon this long (two words or more) is known even misread, one
letter off in a word or two ("fgurant sur votre actede naussance")."""


def _misread_phrase(tokens: Sequence[str], i: int) -> int:
    """Length of a long phrase of the lexicon read at ``i`` with letters off: every word
    within one edit (words of five letters or more; shorter ones exact), at most half of
    them off, the first one off only if it is long."""
    best = 0
    for seq in _phrases_near(tokens[i]):
        n = len(seq)
        if n <= best or i + n > len(tokens):
            continue
        off = 0
        for k, want in enumerate(seq):
            got = tokens[i + k]
            if got == want:
                continue
            if len(want) < 5 or Levenshtein.distance(got, want, score_cutoff=1) > 1:
                break
            off += 1
        else:
            if 0 < off * 2 <= n:
                best = n
    return best


@functools.lru_cache(maxsize=4096)
def _phrases_near(first: str) -> tuple[tuple[str, ...], ...]:
    """The long phrases whose first word is ``first`` or one edit from it."""
    firsts = lexicon().long_firsts
    near = {firsts[k] for _w, _d, k in
            process.extract(first, firsts, scorer=Levenshtein.distance, score_cutoff=1, limit=None)}  # fmt: skip
    return tuple(seq for seq in lexicon().long_phrases if seq[0] in near)


def label_at(tokens: Sequence[str], i: int) -> int:
    """Longest label or instruction starting at token ``i`` (0 if none); a long phrase
    also when misread (``_misread_phrase``)."""
    for seq in lexicon().by_first.get(tokens[i], ()):
        n = match_at(tokens, i, seq)
        if n:
            return n
    if len(tokens[i]) >= 5 and (n := _misread_phrase(tokens, i)):
        return n
    if tokens[i].endswith("S"):  # a plural first word: "PRENOMS", "NOMS ET PRENOMS"
        for seq in lexicon().by_first.get(tokens[i][:-1], ()):
            n = match_at(tokens, i, seq)
            if n:
                return n
    return 1 if _cut_label(tokens[i]) else 0


CUT_LETTERS = 3
"""Letters a one-word label may lose at the edge of the zone it is read in and still be
that label ("FACULTAT" for "(facultatif)", set_bv p04's form)."""


@functools.cache
def _one_word_labels() -> frozenset[str]:
    return frozenset(
        seq[0] for seqs in lexicon().by_first.values() for seq in seqs if len(seq) == 1
    )


def _cut_label(token: str) -> bool:
    """Is ``token`` a one-word label cut short by at most ``CUT_LETTERS``, seven letters
    left at least (a surname such as "SOUSSI" is no cut "SOUSSIGNE")?

    >>> _cut_label("FACULTAT"), _cut_label("FACULTATIF"), _cut_label("SOUSSI"), _cut_label("MARTIN")
    (True, False, False, False)
    """
    if len(token) < 7 or not token.isalpha():
        return False
    return any(
        label.startswith(token) and 0 < len(label) - len(token) <= CUT_LETTERS
        for label in _one_word_labels()
    )


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

    A label cut at the edge of the zone it was read in is still one ("facultat", set_bv p04:
    the "(facultatif)" of the usage name's label, read in the birth name's zone):

    >>> is_label_text("facultat"), is_label_text("Soussi")
    (True, False)
    """
    tokens = norm_tokens(text)
    if not tokens:
        return False
    i, labels, other = 0, 0, 0
    while i < len(tokens):
        n = label_at(tokens, i)
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
    >>> starts_with_label("figurant sur votre"), starts_with_label("Indiquez votre nom")
    (True, True)

    A long instruction misread, a letter off here and there, is still one:

    >>> starts_with_label("fgurant sur votre actede naussance")
    True
    """
    tokens = norm_tokens(text)
    if not tokens:
        return False
    n = label_at(tokens, 0)
    if not n:
        return False
    return n > 1 or len(tokens[0]) >= MIN_SINGLE_LABEL or n == len(tokens)


def lines_of_page(page: PageText) -> list[list[Word]]:
    """The page's words line by line, left to right; a label glued to its value by a colon
    parted from it (``unglued``)."""
    out: list[list[Word]] = []
    for w in page.words:
        if out and out[-1][0].line == w.line:
            out[-1].append(w)
        else:
            out.append([w])
    return [unglued(sorted(line, key=lambda w: w.box[0])) for line in out]


_GLUED = re.compile(r"^(.*[^\W\d_)][)]?:)([^\W\d_].*)$")
"""A word whose colon, with no space after it, joins a label to its value."""


def unglued(line: list[Word]) -> list[Word]:
    """The line, a word that glues a label to its value ("Prénom(s):MARIA", a fillable
    form printed and photographed, form_bz d017) parted at its colon, each part's box cut
    in proportion to its letters.

    >>> w = Word("Prénom(s):MARIA", (100, 0, 400, 30), 90.0, (1, 1, 1))
    >>> [(x.text, x.box) for x in unglued([w])]
    [('Prénom(s):', (100, 0, 300, 30)), ('MARIA', (300, 0, 400, 30))]
    >>> [x.text for x in unglued([Word("10:30", (0, 0, 50, 30), 90.0, (1, 1, 1))])]
    ['10:30']
    """
    out: list[Word] = []
    for w in line:
        m = _GLUED.match(w.text)
        if not m or not is_label_text(m[1].rstrip(":")):
            out.append(w)
            continue
        x0, y0, x1, y1 = w.box
        cut = x0 + round((x1 - x0) * len(m[1]) / len(w.text))
        out += [Word(m[1], (x0, y0, cut, y1), w.conf, w.line),
                Word(m[2], (cut, y0, x1, y1), w.conf, w.line)]  # fmt: skip
    return out
