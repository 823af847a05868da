"""What a fillable form's field holds: said by its name when the name says it
(``nom_naissance``, ``topmostSubform[0].Page1[0].NomNaissance[0]``, ``Dob1``: the
``[[acroform]]`` patterns of ``data/application_form.toml``), else by what is printed next
to it on the page: the label left of or over a text field ("Nom de naissance", from the
label lexicon), the caption right of a checkbox ("Vous êtes étudiant(e)", from section B's
captions). So Acrobat's default names ("Texte 1", "Case à cocher 3") are read too."""

from __future__ import annotations

import re
from collections.abc import Sequence

from docverify.doctypes.application_form.date_text import FORMAT_HINT
from docverify.doctypes.application_form.knowledge import acroform_patterns, situations
from docverify.labels import lexicon, lines_of_page, norm_tokens
from docverify.model import FormWidget, PageText, Word
from docverify.values.names import fold_upper

TEXT_FIELD_LABELS = {
    "surname": "surname",
    "given_names": "given_names",
    "date_of_birth": "date_of_birth",
    "place_of_birth": "birth_place",
    "nationality": "nationality",
    "address": "address",
}
"""Label-lexicon fields whose label, printed left of an unnamed text field, names it."""


def field_meaning(name: str) -> str | None:
    """What a field holds, from its name (the last part of an XFA path).

    >>> field_meaning("topmostSubform[0].Page1[0].NomNaissance[0]"), field_meaning("prenom_s")
    ('surname', 'given_names')
    >>> field_meaning("situation_etudiant"), field_meaning("Case à cocher 3")
    ('situation:etudiant', None)
    >>> field_meaning("naissance_commune"), field_meaning("commune"), field_meaning("adresse_voie")
    ('birth_place', 'city', 'address')
    >>> field_meaning("situation_not_employed"), field_meaning("situation_employed")
    ('situation:inactif', 'situation:salarie')
    >>> field_meaning("dob_j"), field_meaning("unemployed"), field_meaning("self_employed")
    ('date_of_birth', 'situation:demandeur_emploi', 'situation:independant')

    A comb's boxes numbered right after the name, names in camel case (form_au d003):

    >>> field_meaning("Page1[0].Dob1[0]"), field_meaning("NirKey2"), field_meaning("CtCdd")
    ('date_of_birth', 'nir_key', 'contract_type')

    The form's and the page's numbers before the name (form_by d009):

    >>> field_meaning("S1106_p1_nom_01"), field_meaning("S1106_p1_nom_usage_01")
    ('surname', 'usage_name')
    """
    last = name_part(name)
    folded = re.sub(r"[_\-.]+", " ", fold_upper(last)).strip()
    camel = re.sub(r"[_\-.]+", " ", fold_upper(re.sub(r"(?<=[a-z])(?=[A-Z])", " ", last)))
    # the form's and the page's numbers before the name ("S1106_p1_nom_01", form_by d009)
    bare = re.sub(r"^(?:\S*\d\S*\s+)+", "", _unnumbered(folded))
    variants = (folded, _unnumbered(folded), _unnumbered(camel.strip()), bare)
    for variant in dict.fromkeys(variants):
        for meaning, rx in acroform_patterns():
            if rx.search(variant):
                return meaning
    return None


def unindexed(name: str) -> str:
    """A field's name without its XFA indexes ("Page1[0].dob_jj_1[0]" -> "Page1.dob_jj_1")."""
    return re.sub(r"\[\d+\]", "", name)


def name_part(name: str) -> str:
    """The last part of a field's XFA path, without indexes ("topmostSubform[0].Page1[0].
    NomNaissance[0]" -> "NomNaissance")."""
    return unindexed(name).split(".")[-1]


def camel_words(text: str) -> list[str]:
    """The words of a name written in camel case or capitals, and its numbers ("CtCdd" ->
    Ct, Cdd; "DateNaissJJ_01" -> Date, Naiss, JJ, 01)."""
    return re.findall(r"[A-Z]?[a-z]+|[A-Z]+(?![a-z])|\d+", text)


def _unnumbered(folded: str) -> str:
    """A field's name without the number of its box in a comb ("DOB1", "NIR KEY2", "DATE
    3": form_bq's section C date, a digit in each of "Date 1" to "Date 8").

    >>> _unnumbered("DOB1"), _unnumbered("DATE 3"), _unnumbered("TEXTE 14")
    ('DOB', 'DATE', 'TEXTE')
    """
    return re.sub(r"(?<=[A-Z])\s?\d{1,2}$", "", folded)


def _text_right_of(page: PageText, box: tuple[int, int, int, int]) -> str:
    """The printed words right of a box on its line (a checkbox's caption)."""
    cy = (box[1] + box[3]) / 2
    h = max(4, box[3] - box[1])
    for line in lines_of_page(page):
        mid = sum((w.box[1] + w.box[3]) / 2 for w in line) / len(line)
        if abs(mid - cy) > h:
            continue
        right = [w for w in line if w.box[0] >= box[2] - 2]
        if right and right[0].box[0] - box[2] < 6 * h:
            return " ".join(w.text for w in right[:8])
    return ""


def _label_left_of(page: PageText, box: tuple[int, int, int, int]) -> str | None:
    """The lexicon field whose label is printed just left of a text field, if any: the
    nearest label, the longest at one place ("Fait à ____ le ____": the date's field
    has both labels left of it, "le" nearest)."""
    cy = (box[1] + box[3]) / 2
    h = max(4, box[3] - box[1])
    best: tuple[int, int, str] | None = None  # (gap to the field, -label length, meaning)
    lines = lines_of_page(page)
    for line in lines:
        mid = sum((w.box[1] + w.box[3]) / 2 for w in line) / len(line)
        if abs(mid - cy) > LEFT_LABEL_OFFSET * h:
            continue
        if max(w.box[3] for w in line) <= box[1] + OVER_TOP * h:
            continue  # a caption over the field left of this one ("Nom d'usage" over its box)
        left = [w for w in line if w.box[2] <= box[0] + 2]
        if not left:
            continue
        gap = box[0] - left[-1].box[2]
        for n, meaning in _labels_in(tuple(norm_tokens(" ".join(w.text for w in _tail(left))))):
            if best is None or (gap, -n) < best[:2]:
                best = (gap, -n, meaning)
    return best[2] if best else _label_above(lines, box)


LEFT_LABEL_OFFSET = 0.6
"""How far (in field heights) a label's middle may stand from its field's, left of it:
the label of the row above a field belongs to that row's fields."""

OVER_TOP = 0.25
"""A line whose words end above this share of a field's height from its top stands over
the row, not on it: the caption of the field below it, left of this one (form_bc d012's
"Nom d'usage (facultatif)" over its box, left of the given names' box and a little
higher than "Prénom(s)" over it)."""


def _labels_in(tokens: tuple[str, ...]) -> list[tuple[int, str]]:
    """(words, meaning) of each lexicon label that starts or ends ``tokens``."""
    found = [(2, m)] if (m := _fait_le(tokens)) is not None else []
    for field, meaning in TEXT_FIELD_LABELS.items():
        for seq in lexicon().labels_of(field):
            n = len(seq)
            if tokens[:n] == seq or tokens[-n:] == seq:
                found.append((n, meaning))
    return found


def _label_above(lines: Sequence[Sequence[Word]], box: tuple[int, int, int, int]) -> str | None:
    """The lexicon field whose label is printed just above a text field, over its left
    part (forms that print each label over its box, two boxes a row)."""
    h = max(4, box[3] - box[1])
    cy = (box[1] + box[3]) / 2

    def bottom(line: Sequence[Word]) -> int:
        return max(w.box[3] for w in line)

    above = [
        line for line in lines
        if box[1] - 1.6 * h <= bottom(line) <= box[1] + 0.5 * h
        and sum((w.box[1] + w.box[3]) / 2 for w in line) / len(line) < cy
    ]  # fmt: skip
    for line in sorted(above, key=bottom, reverse=True):  # the nearest first
        words = sorted(line, key=lambda w: w.box[0])
        first = next(
            (i for i, w in enumerate(words)
             if box[0] - h <= w.box[0] < min(box[2], box[0] + 2 * h)), None)  # fmt: skip
        if first is None:
            continue
        # a caption over a row of boxes starts left of its first ("Date de naissance (jour,
        # mois, année)" over JJ MM AAAA, form_ap d013): back to its own start
        while first > 0 and words[first].box[0] - words[first - 1].box[2] <= 2 * h:
            first -= 1
        over = [words[first]]  # the caption that starts over the box, to its next wide gap
        for w in words[first + 1 :]:
            if w.box[0] - over[-1].box[2] > 2 * h:
                break
            over.append(w)
        caption = " ".join(w.text for w in over)
        if (meaning := _fait_le_over(tuple(norm_tokens(caption)))) is not None:
            return meaning  # "le (JJ/MM/AAAA)" over section C's date: not a birth date
        if meaning := field_meaning(caption):  # the caption said as a field's name would be
            return meaning
        found = _labels_in(tuple(norm_tokens(caption)))
        if found:
            return max(found)[1]
    return None


def _fait_le(tokens: tuple[str, ...]) -> str | None:
    """Section C's line "Fait à ____ le ____": the field after "Fait à" holds the place,
    the one after "le" the date.

    >>> _fait_le(("FAIT", "A")), _fait_le(("FAIT", "A", "LE")), _fait_le(("LE",))
    ('place', 'signed_on', 'signed_on')

    Not the "le" of another date: "en poste depuis le", "né(e) le".

    >>> _fait_le(("DEPUIS", "LE")), _fait_le(("NE", "E", "LE"))
    (None, None)
    """
    if tokens[-2:] == ("FAIT", "A"):
        return "place"
    if tokens[-1:] == ("LE",) and not set(tokens[-3:-1]) & _OTHER_DATES:
        return "signed_on"
    return None


def _fait_le_over(tokens: tuple[str, ...]) -> str | None:
    """Section C's captions printed over their fields: "Fait à", "le (JJ/MM/AAAA)".

    >>> _fait_le_over(("LE", "JJ", "MM", "AAAA")), _fait_le_over(("FAIT", "A"))
    ('signed_on', 'place')
    >>> _fait_le_over(("LE", "CAS", "ECHEANT")), _fait_le_over(("DATE", "DE", "NAISSANCE"))
    (None, None)
    """
    if tokens[:2] == ("FAIT", "A"):
        return "place"
    if tokens[:1] == ("LE",) and (len(tokens) == 1 or FORMAT_HINT.fullmatch(" ".join(tokens[1:]))):
        return "signed_on"
    return None


_OTHER_DATES = frozenset({"DEPUIS", "NE", "NEE", "E", "DU", "AU", "EMBAUCHE", "ENTRE", "ARRIVE"})
"""Words before a "le" that opens another date than the form's (since when, birth)."""


def _tail(words: Sequence[Word]) -> Sequence[Word]:
    """The words of a line after its last wide gap (the label nearest a field)."""
    out = list(words)
    h = max(4, sorted(w.box[3] - w.box[1] for w in words)[len(words) // 2])
    for i in range(len(out) - 1, 0, -1):
        if out[i].box[0] - out[i - 1].box[2] > 3 * h:
            return out[i:]
    return out


def widget_meaning(widget: FormWidget, page: PageText | None) -> str | None:
    """A widget's meaning from its name, else from what is printed next to it."""
    meaning = field_meaning(widget.name)
    if meaning is not None or page is None or widget.box is None:
        return meaning
    if widget.kind in ("checkbox", "radio"):
        return captioned(widget, page)
    printed = _label_left_of(page, widget.box)
    if printed is not None and printed.startswith("situation"):
        return None  # a box's caption ("Type de contrat : CDI CDD Intérim Autre") over text
    return printed


def captioned(widget: FormWidget, page: PageText | None) -> str | None:
    """The situation a box's printed caption names (``situation:<id>``), if any."""
    if page is None or widget.box is None:
        return None
    caption = fold_upper(_text_right_of(page, widget.box))
    for s in situations():
        if any(rx.match(caption) or rx.search(caption[:60]) for rx in s.captions):
            return f"situation:{s.id}"
    return None
