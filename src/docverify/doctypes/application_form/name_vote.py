"""A handwritten name's readings: what a read of one looks like (``name_like``,
``clean_form_name``), PP-OCR's read of its zone (``hand_votes``), and several readings (a
zone read in several looks, a comb box by box, the page's own read) settled into one: the
reading closest to all the others (``vote``)."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence

from rapidfuzz.distance import Levenshtein

from docverify import ppocr
from docverify.doctypes.base import clean_name
from docverify.label_values import holds_label, misread_instruction, refuse_value, strip_label
from docverify.labels import is_label_text, norm_tokens
from docverify.model import PageText
from docverify.vision.handwriting import read_hand

HAND_WEIGHTS = ((0.9, 5.0), (0.8, 3.0))
"""How many of tesseract's reads a read of PP-OCR's weighs as, from its confidence on:
tesseract, trained on print, misreads a hand's capitals each look differently
("INAIUCATADIANX", "JMUUVATAIAARA"), where PP-OCR reads "AMINATA FATOUMATA"."""


def hand_weight(confidence: float) -> float:
    """The weight in a vote of PP-OCR's read of a name at this confidence.

    >>> hand_weight(0.95), hand_weight(0.85), hand_weight(0.5)
    (5.0, 3.0, 1.0)
    """
    return next((w for floor, w in HAND_WEIGHTS if confidence >= floor), 1.0)


Vote = tuple[str, float]
"""A reading of a name and its weight in the vote."""


def vote(
    reads: Sequence[str], page_read: str | None = None, weights: Sequence[float] | None = None
) -> str | None:
    """The reading closest to all the others (the medoid of their words: fewest edits to
    the rest, each read weighing as its ``weights``, 1 by default), ties to the page's own
    read of the field (``page_read``, however doubtful), then to the one with most
    letters; lower-case scraps of one or two letters (box remnants; the form asks for
    capitals) are dropped first.

    >>> vote(["BENALA", "BENALI", "BENALI.", "BEML"])
    'BENALI'
    >>> vote(["XHAOMING Lo La", "XE AOMINMG", "XIAOMING LU", "XIAOMING", "X LAOMING ee"])
    'XIAOMING'

    form_aq d012: the zone read "TSHERING" and "ITSHERING" (a box's edge read "I"); the
    page read "[TSHERING":

    >>> vote(["TSHERING", "ITSHERING"]), vote(["TSHERING", "ITSHERING"], "TSHERING")
    ('ITSHERING', 'TSHERING')

    A name's first syllable parted by an accent is no scrap (set_bd p04, "María"):

    >>> vote(["Ma ría Fernanda", "Ma ria Fernanda", "ee Maria Fernanda"])
    'Ma ría Fernanda'

    The zone's reads lost an apostrophe the page's doubtful read kept (form_au d004):

    >>> vote(["NDIAYE", "NDIAYE", "N DIAYE", "NDIAYE"], "N'DIAYE")
    "N'DIAYE"

    A sure read of a hand outweighs tesseract's scattered misreads of it (form_be d002):

    >>> junk = ["JMUUVATAIAARA", "INAATADIANX", "INWULATAISARMY", "INUCAEADDINS"]
    >>> vote([*junk, "AMINATA FATOUMATA"], None, [1, 1, 1, 1, 3])
    'AMINATA FATOUMATA'

    Its letters win, spelt as most reads spell them (set_bp p04):

    >>> vote(["Kristine Joy", "Kristine Joy", "KristineJoy"], None, [1, 1, 5])
    'Kristine Joy'

    Unless most reads part a letter from its word, a gap in the hand (form_bm d001, d009):

    >>> vote(["BENAL 7", "BENAL I", "BENAL 7", "BENAL I", "BENALI"], "BENAL J", [1, 1, 1, 1, 5])
    'BENALI'
    >>> vote(["WE I", "WI", "WEI", "y MWÆI", "hel", "WEI"], "WE I", [1, 1, 1, 1, 1, 3])
    'WEI'

    A word gap two reads saw, two others closed up (form_bq d024):

    >>> vote(["CHINEDUEMMANUEL", "CHINEDU EMMANUEL", "CHINEDU EMMANUEL", "CHINEDUEMMANUEL"],
    ...      None, [1, 1, 1, 5])
    'CHINEDU EMMANUEL'

    A small hand's i read as a gap by every read of the zone, the page's read seeing it
    (form_bw d004), or a small typed name's "ri" (form_bx d012):

    >>> vote(["Mamadou Sal ou"] * 3, "Mamadou Saliou", [1, 1, 5])
    'Mamadou Saliou'
    >>> vote(["Marie-Lourdes", *["Ma e Lourdes"] * 5], "Marie-Lourdes", [1, 1, 1, 1, 1, 5])
    'Marie-Lourdes'

    Box sides read beside a name are none of its readings (set_dg p04); a short name
    made of such letters stays a name when nothing longer is read:

    >>> vote(["HOSSEINZADEH", "HOSSEINZADEH", "IT", "IT", "IT", "IT", "Il", "II", "Il"])
    'HOSSEINZADEH'
    >>> vote(["IT", "IF", "IT"], "WANG"), vote(["LI", "LI", "Ll"])
    ('WANG', 'LI')
    """
    cleaned, weight = [], []
    for n, r in enumerate(reads):
        kept = _without_scraps(r)
        if kept:
            cleaned.append(kept)
            weight.append(1.0 if weights is None else weights[n])
    if not cleaned:
        return None
    if any(_name_beyond_sides(c) for c in (*cleaned, page_read or "")):
        # a zone reaching over the box's side and the next box's: "IT", "Il", "II" read
        # beside a name some read spells whole (set_dg p04, a photo's row sloping past the
        # next label), or the page's read under the label (set_df p04), none of them that
        # name's letters
        kept_w = [(c, w) for c, w in zip(cleaned, weight, strict=True) if not _sides_only(c)]
        cleaned, weight = [c for c, _ in kept_w], [w for _, w in kept_w]
        if not cleaned:
            return page_read
    # compared without their spaces: an apostrophe or a hyphen read as a space or as
    # nothing is the same name ("N DIAYE", "NDIAYE")
    keys = ["".join(norm_tokens(r)) for r in cleaned]

    page_key = "".join(norm_tokens(page_read)) if page_read else None

    def cost(i: int) -> tuple[float, int, int]:
        edits = sum(w * Levenshtein.distance(keys[i], k) for k, w in zip(keys, weight, strict=True))
        return (edits, int(keys[i] != page_key), -sum(c.isalpha() for c in keys[i]))

    best = min(range(len(cleaned)), key=cost)
    if page_read and any(
        _thin_letter_in_gap(r, page_read)
        for r in reads
        if "".join(norm_tokens(_without_scraps(r) or "")) == keys[best]
    ):
        return page_read
    spellings = Counter(c for c, k in zip(cleaned, keys, strict=True) if k == keys[best])
    # a letter standing alone is a hand's wide letter gap read as a word's ("WE I", "K
    # OUASSI", form_bm d009, d005), when some read spells the same letters without one
    whole = Counter({c: n for c, n in spellings.items() if not _lone_letter(c)})
    if whole and len(whole) < len(spellings):
        spellings = whole
    # as often read as the best spelling, one that parts its letters into more words, none
    # a scrap: a word gap some reads saw is likelier than one others closed up ("CHINEDU
    # EMMANUEL" twice by tesseract, "CHINEDUEMMANUEL" by the page's read and PP-OCR:
    # form_bq d024)
    chosen = page_read if page_read and keys[best] == page_key else cleaned[best]
    most = max(spellings.values())
    gapped = [c for c, n in spellings.items()
              if n >= most and _words_apart(c) > len(chosen.split())]  # fmt: skip
    if gapped:
        return max(gapped, key=lambda c: (spellings[c], _words_apart(c)))
    # the page's own read, however doubtful, spells what the zone's reads agree on
    # with its punctuation ("N'DIAYE": form_au d004)
    if page_read and keys[best] == page_key and (not _lone_letter(page_read) or not whole):
        return page_read
    # the same letters are spelt as most reads spell them, not as the weightiest one
    # (PP-OCR closes up a hand's wide word gap: "KristineJoy" where tesseract's reads
    # all say "Kristine Joy")
    top = spellings.most_common(1)[0]
    if cleaned[best] not in spellings or top[1] > spellings[cleaned[best]]:
        return top[0]
    return cleaned[best]


def _thin_letter_in_gap(read: str, page_read: str) -> bool:
    """Does the page's read spell ``read``'s letters with a thin letter (I, L) where
    ``read`` has a gap inside the name? A hand's small i read as a gap ("Mamadou Sal ou",
    five times, for Saliou: form_bw d004), the page's read seeing it.

    >>> _thin_letter_in_gap("Mamadou Sal ou", "Mamadou Saliou")
    True
    >>> _thin_letter_in_gap("Mamadou Salou", "Mamadou Saliou"), _thin_letter_in_gap("AB CD", "ABXCD")
    (False, False)
    >>> _thin_letter_in_gap("ANA LISA", "ANAILISA")  # a gap between words: no letter lost
    False

    Two thin letters of a small typed name lost by every read of its zone, the page's
    read seeing them ("Ma e Lourdes" for Marie-Lourdes at 150 dpi, form_bx d012):

    >>> _thin_letter_in_gap("Ma e Lourdes", "Marie-Lourdes"), _thin_letter_in_gap("Ma e", "MaOOe")
    (True, False)
    """
    words = norm_tokens(read)
    # a gap inside a word: a piece of two letters or fewer beside it ("ou")
    gaps = {len("".join(words[:k])) for k in range(1, len(words))
            if min(len(words[k - 1]), len(words[k])) <= 2}  # fmt: skip
    letters, page = "".join(words), "".join(norm_tokens(page_read))
    lost = len(page) - len(letters)
    return 1 <= lost <= THIN_LOST and any(
        set(page[j : j + lost]) <= THIN and page[:j] + page[j + lost :] == letters for j in gaps
    )


THIN = frozenset("ILRTFJ")
"""Letters thin enough for a zone's read to lose them in a gap."""
THIN_LOST = 2
"""Thin letters at most that a gap may have lost."""


def _words_apart(read: str) -> int:
    """How many words a read parts its letters into, none of them two letters or fewer
    (0 when one is: a gap read inside a word, "LAM NE").

    >>> _words_apart("CHINEDU EMMANUEL"), _words_apart("CHINEDUEMMANUEL"), _words_apart("LAM NE")
    (2, 1, 0)
    """
    words = read.split()
    return 0 if any(len(w) <= 2 for w in words) and len(words) > 1 else len(words)


ONE_LETTER_WORDS = frozenset({"Y", "E"})
"""Words of one letter a name may hold ("ORTEGA Y GASSET", "SOUSA E SILVA")."""


def _lone_letter(read: str) -> bool:
    """A capital standing alone among a name's words, none of ``ONE_LETTER_WORDS``.

    >>> _lone_letter("BENAL I"), _lone_letter("ORTEGA Y GASSET"), _lone_letter("N'DIAYE")
    (True, False, False)
    """
    return any(len(t) == 1 and t.isupper() and t not in ONE_LETTER_WORDS for t in read.split())


PARTICLES = frozenset({"de", "da", "do", "du", "di", "la", "le", "el", "al", "y", "e"})
"""Short lower-case words that stand between names ("Ana de Souza"): never a word's end."""


TICK_MARKS = "0123456789|!.,:;'_-"
"""What a box's side or tick reads as, never a name's letter."""
TICK_LETTERS = frozenset("irtul")
"""Small letters a row of ticks reads as ("iirrrrrrrrruu")."""
_GLUED_TICKS = re.compile(r"(?<=[^\W\dI_])(?:[1|!]+|I{3,})$")
"""Ticks read glued to a name's end: "KARIM1", "ROSEIIII"."""


def _without_scraps(read: str) -> str:
    """A read without its lower-case scraps of one or two letters (a box's remnants: the
    form asks for capitals), save the end of a word written in small letters that a gap
    parted from it, put back ("Bakhtiyorov na": Bakhtiyorovna, form_an d007). A capital
    first is a name's start ("Ma ría": María's accent parting it).

    >>> _without_scraps("KEITA se"), _without_scraps("Dilnoza Bakhtiyorov na")
    ('KEITA', 'Dilnoza Bakhtiyorovna')
    >>> _without_scraps("Ana de Souza")  # a particle is no word's end
    'Ana Souza'

    An open comb's empty boxes, their ticks read as small letters or digits after the
    name, or glued to its end (form_bi: R1's combs, ticks rising from a line):

    >>> _without_scraps("SERGE ALAIN iirrrrrrrrruu"), _without_scraps("KARIM1 1 11")
    ('SERGE ALAIN', 'KARIM')
    >>> _without_scraps("EMILY ROSEIIII"), _without_scraps("ALII"), _without_scraps("Lulu")
    ('EMILY ROSE', 'ALII', 'Lulu')
    """
    kept: list[str] = []
    for t in read.split():
        if not t.strip(TICK_MARKS) or (len(t) >= 3 and t.islower() and set(t) <= TICK_LETTERS):
            continue
        t = _GLUED_TICKS.sub("", t)
        if len(t) <= 2 and t == t.lower() != t.upper():
            word_end = kept and kept[-1][-1:].islower() and kept[-1][:1].isupper()
            if word_end and t.isalpha() and t not in PARTICLES:
                kept[-1] += t
            continue
        kept.append(t)
    return " ".join(kept)


SIDES_READ = frozenset("ITLJ|!1[]")
"""What an empty comb's sides read as ("CTTTTITTTIITITIII..." under a blank usage name)."""


SIDES_ONLY = 3
"""A read this short made only of what box sides read as is sides, beside a name..."""
CORNERS = frozenset("F")
"""...or of their corners (a side and the top edge: "IF")."""
BEYOND_SIDES = 4
"""A name read with this many letters, some no side reads as, is the zone's writing."""


def _sides_only(read: str) -> bool:
    """Is a read a few characters that box sides read as ("IT", "Il", "II")?

    >>> _sides_only("IT"), _sides_only("IF"), _sides_only("LIU"), _sides_only("LILIT")
    (True, True, False, False)
    """
    chars = [c for c in read.upper() if not c.isspace()]
    return 0 < len(chars) <= SIDES_ONLY and all(c in SIDES_READ or c in CORNERS for c in chars)


def _name_beyond_sides(read: str) -> bool:
    """A read of a name, not of sides: this many letters, some no side reads as."""
    letters = [c for c in read.upper() if c.isalpha()]
    return len(letters) >= BEYOND_SIDES and any(c not in SIDES_READ for c in letters)


def name_like(value: str) -> bool:
    """Mostly letters, and not a row of empty boxes' sides read as letters.

    >>> name_like("HADJ-SAÏD"), name_like("CTTTTITTTIITITITIIITITIT"), name_like("LILI")
    (True, False, True)
    """
    letters = sum(c.isalpha() for c in value)
    chars = [c for c in value.upper() if not c.isspace()]
    sides = sum(c in SIDES_READ for c in chars)
    if len(chars) >= 8 and sides >= 0.6 * len(chars):
        return False
    return letters >= 2 and letters >= 0.7 * len(chars)


def hand_votes(
    page: PageText, box: tuple[int, int, int, int], field: str, text_height: int | None = None
) -> list[Vote]:
    """PP-OCR's read of the handwriting in a zone of the page (a name written freehand, or
    a capital a box across a comb, read as one line), weighted by how sure it is
    (``name_vote.hand_weight``); none when it reads no name there."""
    if page.image is None:
        return []
    x0, y0, x1, y1 = box
    read = read_hand(page.image[y0:y1, x0:x1], page.dpi, text_height, dots=True)
    if read is None or ppocr.foreign(read[0]):
        return []
    name = clean_form_name(strip_label(read[0], field))
    if not name or not name_like(name) or refuse_value(name) or is_label_text(name):
        return []
    return [(name, hand_weight(read[1]))]


def clean_form_name(value: str | None) -> str | None:
    """A name as ``clean_name`` makes it, never the instruction printed by the field read
    with slips ("fqurant sur l'acte ssance": "tel que figurant sur l'acte de naissance"),
    nor the next field's label misread round its instruction ("Nom d'u (facultatif)" under
    "Nom de naissance", form_bu d017: a label word of five letters or more in it).

    >>> clean_form_name("d'u facultatif"), clean_form_name("NGO BIYONG")
    (None, 'NGO BIYONG')
    """
    name = clean_name(value)
    return None if name and (misread_instruction(name) or holds_label(name)) else name
