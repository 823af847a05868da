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

from rapidfuzz import fuzz, process
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


def _label_at(tokens: Sequence[str], i: int) -> int:
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
    >>> starts_with_label("figurant sur votre"), starts_with_label("Indiquez votre nom")
    (True, True)

    A long instruction misread, a letter off here and there, is still one:

    >>> starts_with_label("fgurant sur votre actede naussance")
    True
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


MISREAD_INSTRUCTION = 80.0
"""How alike (rapidfuzz ratio) a misread word must be to an instruction's word to stand
for it ("fqurant" for "figurant", "ssance" for "naissance")."""


def misread_instruction(text: str) -> bool:
    """An instruction read with slips, left where a value should be ("fqurant sur l'acte
    ssance" for "(tel que figurant sur l'acte de naissance)"): every word an instruction's
    word or glue, give or take a slip, two of four letters or more, one of five or more.

    >>> misread_instruction("fqurant sur l'acte ssance"), misread_instruction("facte natssance")
    (True, True)
    >>> misread_instruction("GÓMEZ RESTREPO"), misread_instruction("DELA CRUZ")
    (False, False)
    """
    words = _instruction_words()
    long_words = [w for w in words if len(w) >= 4]
    tokens = norm_tokens(text)

    def near(t: str) -> bool:
        if t in words:
            return True
        return len(t) >= 4 and any(
            fuzz.ratio(t, w) >= MISREAD_INSTRUCTION for w in long_words if abs(len(w) - len(t)) <= 3
        )

    long_tokens = [t for t in tokens if len(t) >= 4]
    matched = [t for t in long_tokens if near(t)]
    return (
        len(matched) >= 2
        and any(len(t) >= 5 for t in matched)
        and all(t in GLUE or t in matched for t in long_tokens)
    )


def refuse_value(text: str | None) -> bool:
    """A candidate value that is, or starts with, a label or an instruction."""
    return bool(text) and (is_label_text(text or "") or starts_with_label(text or ""))


def holds_label(text: str, min_letters: int = 5) -> bool:
    """Does ``text`` hold a label anywhere in it (a label of several words, or of one word
    of ``min_letters`` or more: "AD", "XING" may be names)? A printed name read as
    "awl/Prenoms/Given names" is the labels around a value that was missed.

    >>> holds_label("awl/Prenoms/Given names"), holds_label("4 IÉS C iven names/Prénoms")
    (True, True)
    >>> holds_label("SALMA"), holds_label("XING AD"), holds_label("INES CATARINA")
    (False, False, False)
    """
    tokens = norm_tokens(text)
    return any(_long_label_at(tokens, i, min_letters) for i in range(len(tokens)))


def before_label(text: str, min_letters: int = 99) -> str:
    """``text`` cut where a label begins after its first word: the next column's caption
    read on the value's line ("MARÍA CAMILA Factor RH" -> "MARÍA CAMILA"). Only labels of
    several words cut (or of one word of ``min_letters`` or more: a job title's "travaux"
    is a word of the value).

    >>> before_label("MARÍA CAMILA Factor RH"), before_label("Fatou DIOP Date de naissance 12")
    ('MARÍA CAMILA', 'Fatou DIOP')
    >>> before_label("LE GALL Erwan"), before_label("Nom DUPONT")
    ('LE GALL Erwan', 'Nom DUPONT')
    """
    words = text.split()
    for j in range(1, len(words)):
        if _long_label_at(norm_tokens(" ".join(words[j:])), 0, min_letters):
            return " ".join(words[:j])
    return text


def _long_label_at(tokens: Sequence[str], i: int, min_letters: int) -> bool:
    """Does a label of several words, or of one word of ``min_letters`` or more, start at
    ``tokens[i]``?"""
    return i < len(tokens) and any(
        (len(seq) > 1 or len(seq[0]) >= min_letters) and match_at(tokens, i, seq)
        for seq in lexicon().by_first.get(tokens[i], ())
    )


def _instruction_at(tokens: Sequence[str], i: int) -> int:
    for seq in lexicon().instructions:
        if len(seq) > 1 or len(seq[0]) >= MIN_SINGLE_LABEL:
            n = match_at(tokens, i, seq)
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
            n = max((match_at(tokens, 0, s) for s in lexicon().labels_of(field)), default=0)
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


def lines_of_page(page: PageText) -> list[list[Word]]:
    out: list[list[Word]] = []
    for w in page.words:
        if out and out[-1][0].line == w.line:
            out[-1].append(w)
        else:
            out.append([w])
    return [sorted(line, key=lambda w: w.box[0]) for line in out]
