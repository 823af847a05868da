"""The MRZ's names put right with the printed ones: fillers misread as letters put back
(``reconcile_name``, ``trim_filler_letters``), the apostrophes and hyphens the MRZ cannot
write given back (``marks_from_print``), a name the line cut short completed
(``complete_truncated``), and the cut between surname and given names moved where the
card prints it (``resplit``). ``travel_document.reconcile_names`` applies them; the
printed zone itself is read in ``visual_zone``.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from rapidfuzz.distance import Levenshtein

from docverify.doctypes.visual_zone import _tokens
from docverify.model import Document
from docverify.values.mrz import NAME_FILLER_LOOKALIKES
from docverify.values.names import fold_upper

MRZ_SLIPS = frozenset({("Q", "O")})
"""(MRZ letter, printed letter): an OCR-B letter misread as its look-alike, where the
printed name's letter is the one to believe. OCR-B's O read as Q (its tail a speck of the
print: "QUEDRAOGO" under a printed "OUÉDRAOGO", set_cz p01); a printed O read from a Q is
rare in a name's plain print, and a real Q is read as Q on both."""


def _with_printed_marks(mrz_value: str, printed: str) -> str | None:
    """The printed name, upper case without accents, when it spells the MRZ's letters
    with apostrophes or hyphens the MRZ cannot write; else None."""
    folded = re.sub(r"\s+", " ", re.sub(r"[^A-Z'\- ]", " ", fold_upper(printed))).strip(" '-")
    if not re.search(r"[A-Z]['-][A-Z]", folded):
        return None
    same = re.sub(r"[^A-Z]", "", folded) == re.sub(r"[^A-Z]", "", mrz_value)
    return folded if same else None


def marks_from_print(mrz_value: str, printed: str | None) -> str:
    """The MRZ name with the apostrophes and hyphens of the run of printed words that
    spells its letters, the printed value holding other words too (a visa's one line
    "O'CONNELL MARGARET ROSE" under "Nom, prénom", set_dg p02); as read otherwise.

    >>> marks_from_print("OCONNELL", "O'CONNELL MARGARET ROSE")
    "O'CONNELL"
    >>> marks_from_print("MARGARET ROSE", "O'CONNELL MARGARET ROSE"), marks_from_print("ANA", "A-NA B")
    ('MARGARET ROSE', 'A-NA')
    """
    if not printed or re.search(r"['-]", mrz_value):
        return mrz_value
    words = printed.replace(",", " ").split()
    for i in range(len(words)):
        for j in range(i + 1, len(words) + 1):
            if marked := _with_printed_marks(mrz_value, " ".join(words[i:j])):
                return marked
    return mrz_value


def reconcile_name(mrz_value: str, printed: str | None) -> str:
    """The MRZ name with fillers misread as letters put back, when the printed name shows
    them: ``AMINAKFATOU`` against the printed ``AMINA FATOU`` is ``AMINA FATOU``; a letter
    K/X/C/L/S/E that the MRZ has more, next to a word break (``ARJUN<KRAGHAV``,
    ``TYLERK<JAMES``), is dropped. Only such letters at a word break change; the MRZ's
    other letters are kept (the printed name's own misreads do not enter it), and a
    printed name that differs by more than a misread or two changes nothing.

    >>> reconcile_name("AMINAKFATOU", "Amina Fatou"), reconcile_name("KEVIN", "KEVIN")
    ('AMINA FATOU', 'KEVIN')
    >>> reconcile_name("ANNAKMARIA", "ANNA MARIE")
    'ANNA MARIA'
    >>> reconcile_name("ARJUN KRAGHAV", "ARJUN RAGHAV"), reconcile_name("TYLERK JAMES", "Tyler James")
    ('ARJUN RAGHAV', 'TYLER JAMES')
    >>> reconcile_name("MARCUS KDEVONK", "MARCUS DEVON")
    'MARCUS DEVON'
    >>> reconcile_name("MINSEOO", "MINSEO"), reconcile_name("MINSEO PARK", "MINSE PARK")
    ('MINSEO', 'MINSEO PARK')
    >>> reconcile_name("KAREN", "AREN"), reconcile_name("MARIA KLUISA", "JOSE MIGUEL")
    ('KAREN', 'MARIA KLUISA')
    >>> reconcile_name("RUI MIGUE", "RUI MIGUEL"), reconcile_name("RUI", "RUI MIGUEL")
    ('RUI MIGUEL', 'RUI')
    >>> reconcile_name("CHAMINDA PRA", "CHAMINDA PRASANNA KUMARA")
    'CHAMINDA PRASANNA KUMARA'

    The MRZ drops a name's apostrophes and hyphens; the printed name with the same letters
    gives them back:

    >>> reconcile_name("OCONNELL HUGHES", "O'CONNELL-HUGHES"), reconcile_name("ANA", "A-N")
    ("O'CONNELL-HUGHES", 'ANA')

    An MRZ letter misread as its look-alike (``MRZ_SLIPS``) takes the printed letter:

    >>> reconcile_name("QUEDRAOGO", "OUÉDRAOGO"), reconcile_name("VASQUEZ", "Vásquez")
    ('OUEDRAOGO', 'VASQUEZ')
    """
    if not printed:
        return mrz_value
    if as_printed := _with_printed_marks(mrz_value, printed.split(",")[-1]):
        return as_printed
    words = _tokens(printed.split(",")[-1])
    expected = "<".join(words)
    got = mrz_value.replace(" ", "<")
    if not expected or got == expected:
        return mrz_value
    if got == expected[: len(got)]:
        # the MRZ cut the names short (ICAO 9303 truncates names that overrun the field):
        # a word cut in its middle says so, and the printed name gives the rest ("CHAMINDA
        # PRA" for CHAMINDA PRASANNA KUMARA, set_dc p02)
        rest = expected[len(got) :]
        if got and got[-1] != "<" and rest[:1].isalpha():
            return (got + rest).replace("<", " ")
        return mrz_value
    out = list(got)
    misreads = 0
    for edit in Levenshtein.opcodes(got, expected):
        op, i1, i2, j1, j2 = edit.tag, edit.src_start, edit.src_end, edit.dest_start, edit.dest_end
        if op == "equal":
            continue
        if op == "delete":  # a letter the MRZ has more: only a filler beside a break
            for i in range(i1, i2):
                near_break = (
                    "<" in got[max(0, i - 1) : i + 2]
                    or "<" in expected[j1 - 1 : j1 + 1]
                    or i == len(got) - 1  # before the fillers that end the field
                )
                # before the fillers that end the field, a blurred "<" reads as a round
                # letter too ("MINSEOU<<<" under a printed MINSEO, set_dm p04)
                fillers = "KXCLSEOU" if i == len(got) - 1 else "KXCLSE"
                if got[i] not in fillers or not near_break or i == 0:
                    return mrz_value
                out[i] = ""
        elif op == "replace":
            for i, j in zip(range(i1, i2), range(j1, j2), strict=False):
                if expected[j] == "<" and got[i] in "KXCLSE":
                    out[i] = "<"
                elif got[i] == "<" or expected[j] == "<":
                    return mrz_value
                elif (got[i], expected[j]) in MRZ_SLIPS:
                    out[i] = expected[j]  # the MRZ's slip: the printed letter is right
                else:
                    misreads += 1  # the printed name misread: the MRZ's letter stays
            if i2 - i1 != j2 - j1:
                return mrz_value
        else:  # the MRZ lacks letters the printed name has: not a filler question
            return mrz_value
    if misreads > max(1, len(expected) // 8):
        return mrz_value
    return " ".join(w for w in "".join(out).split("<") if w)


def page_words(doc: Document) -> set[str]:
    """Folded words of letters printed on the document's pages outside its MRZ lines."""
    return {
        t for page in doc.pages for w in page.words if "<" not in w.text for t in _tokens(w.text)
    }


def trim_filler_letters(mrz_value: str, printed: set[str]) -> str:
    """The MRZ name with a look-alike letter taken off a word's end or start, when the
    page prints that word without it and never with it: the letter was a filler next to
    the name (``BEN SALAHK`` where the page shows ``SALAH``). Names are kept as read when
    the page shows them as read (``ERIK``) or shows neither.

    >>> trim_filler_letters("BEN SALAHK", {"BEN", "SALAH", "SAMI"})
    'BEN SALAH'
    >>> trim_filler_letters("SARAH KLOUISE", {"SARAH", "LOUISE"})
    'SARAH LOUISE'
    >>> trim_filler_letters("ERIK", {"ERIK", "ERI"}), trim_filler_letters("ERIK", set())
    ('ERIK', 'ERIK')

    Short names too (Vietnamese "THI THU HA", its last filler read K: ``KHA``):

    >>> trim_filler_letters("THI THU KHA", {"TRAN", "THI", "THU", "HA"})
    'THI THU HA'

    A letter read three times where the page prints it once or twice (a TD1's "<<OMAR"
    read "<<OOOMAR", set_cx p02): no name holds a letter thrice in a row.

    >>> trim_filler_letters("OOOMAR", {"OMAR"}), trim_filler_letters("OOOMAR", {"OMER"})
    ('OMAR', 'OOOMAR')
    """
    out: list[str] = []
    for word in mrz_value.split():
        if len(word) >= 3 and word not in printed:
            if word[-1] in NAME_FILLER_LOOKALIKES and word[:-1] in printed:
                word = word[:-1]
            elif word[0] in NAME_FILLER_LOOKALIKES and word[1:] in printed:
                word = word[1:]
            else:
                word = next((w for w in _stutter_fixes(word) if w in printed), word)
        out.append(word)
    return " ".join(out)


def name_line_full(kind: str | None, lines: Sequence[str]) -> bool:
    """Do the MRZ's names run to the end of their line, no filler after them: ICAO 9303
    cut them short there (a TD1's third line, the first line of the others)?

    >>> name_line_full("TD1", ["", "", "FOTSO<NGUEMO<<CHRISTELLE<AUROR"])
    True
    >>> name_line_full("TD3", ["P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<", ""])
    False
    """
    if kind == "FRA_ID" or not lines:
        return False
    line = lines[2] if kind == "TD1" and len(lines) >= 3 else lines[0]
    return bool(line) and line[-1].isalpha()


def complete_truncated(mrz_value: str, printed: set[str]) -> str:
    """The MRZ name whose last word its line cut short, that word as the page prints it
    whole: the one printed word that begins with it and goes on (``AUROR`` where the card
    prints ``AURORE``, set_dg p03); kept as read when the page prints the word as read, or
    several words begin with it, or none.

    >>> complete_truncated("CHRISTELLE AUROR", {"FOTSO", "NGUEMO", "CHRISTELLE", "AURORE"})
    'CHRISTELLE AURORE'
    >>> complete_truncated("ANA MAR", {"ANA", "MARIA", "MARTA"}), complete_truncated("ANN", {"ANN", "ANNE"})
    ('ANA MAR', 'ANN')
    """
    words = mrz_value.split()
    if not words or len(words[-1]) < 2 or words[-1] in printed:
        return mrz_value
    longer = {w for w in printed if len(w) > len(words[-1]) and w.startswith(words[-1])}
    if len(longer) != 1:
        return mrz_value
    return " ".join([*words[:-1], longer.pop()])


def _stutter_fixes(word: str) -> list[str]:
    """``word`` with a run of one letter three times or more cut to one, then to two.

    >>> _stutter_fixes("OOOMAR"), _stutter_fixes("ANNA")
    (['OMAR', 'OOMAR'], [])
    """
    run = re.search(r"([A-Z])\1{2,}", word)
    if run is None:
        return []
    return [word[: run.start()] + run[1] * n + word[run.end() :] for n in (1, 2)]


def resplit(
    surname: str | None, given: str | None, printed: dict[str, str]
) -> tuple[str, str] | None:
    """The MRZ's names cut between surname and given names where the printed zone cuts
    them, when only the cut differs: a single filler of "DUPONT<MOREAU<<ELODIE" read as
    two gives DUPONT / MOREAU ELODIE, the card prints DUPONT-MOREAU / ÉLODIE.

    >>> resplit("DUPONT", "MOREAU ELODIE", {"surname": "DUPONT-MOREAU", "given_names": "ÉLODIE"})
    ('DUPONT MOREAU', 'ELODIE')
    >>> resplit("DUPONT MOREAU", "ELODIE", {"surname": "DUPONT-MOREAU"}) is None
    True
    """
    p_sur, p_given = printed.get("surname"), printed.get("given_names")
    if not (surname and given and p_sur and p_given):
        return None
    words = surname.split() + given.split()
    want = _tokens(p_sur)
    if [fold_upper(w) for w in words] != want + _tokens(p_given):
        return None  # other words: not only the cut differs
    cut = len(want)
    if cut == len(surname.split()) or not 0 < cut < len(words):
        return None
    return " ".join(words[:cut]), " ".join(words[cut:])
