"""A form filled on screen: the values of the PDF's interactive fields, no OCR.

A field is known by its name when the name says what it holds (``nom_naissance``,
``topmostSubform[0].Page1[0].NomNaissance[0]``: the ``[[acroform]]`` patterns of
``data/application_form.toml``), else by what is printed next to it on the page: the
label left of a text field ("Nom de naissance", from the label lexicon), the caption right
of a checkbox ("Vous êtes étudiant(e)", from section B's captions). So Acrobat's default
names ("Texte 1", "Case à cocher 3") are read too.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence

from docverify.doctypes.application_form.knowledge import (
    STATUSES,
    acroform_patterns,
    situation,
    situations,
)
from docverify.labels import lexicon, lines_of_page, norm_tokens
from docverify.model import FormWidget, PageText, Word
from docverify.values.names import fold_upper

OFF = {"", "/OFF", "OFF", "/NO", "NO", "/NON", "NON", "FALSE", "0", "/0"}
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
    >>> field_meaning("unemployed"), field_meaning("self_employed")
    ('situation:demandeur_emploi', 'situation:independant')

    A comb's boxes numbered right after the name, names in camel case (form_au d003):

    >>> field_meaning("Page1[0].Dob1[0]"), field_meaning("NirKey2"), field_meaning("CtCdd")
    ('date_of_birth', 'nir_key', 'contract_type')
    """
    last = re.sub(r"\[\d+\]", "", name).split(".")[-1]
    folded = re.sub(r"[_\-.]+", " ", fold_upper(last)).strip()
    camel = re.sub(r"[_\-.]+", " ", fold_upper(re.sub(r"(?<=[a-z])(?=[A-Z])", " ", last)))
    for variant in dict.fromkeys((folded, _unnumbered(folded), _unnumbered(camel.strip()))):
        for meaning, rx in acroform_patterns():
            if rx.search(variant):
                return meaning
    return None


def _unnumbered(folded: str) -> str:
    """A field's name without the number of its box in a comb ("DOB1", "NIR KEY2")."""
    return re.sub(r"(?<=[A-Z])\d{1,2}$", "", folded)


DATE_FIELDS = ("signed_on", "date_of_birth")
_PARTS = {"day": {"JOUR", "JJ", "DAY", "DD", "J"}, "month": {"MOIS", "MM", "MONTH", "M"},
          "year": {"ANNEE", "AAAA", "AN", "YEAR", "YYYY", "AA", "A"}}  # fmt: skip


def date_part(name: str) -> str | None:
    """Which part of a date a field holds when the form splits it in three boxes.

    >>> date_part("date_signature_jour"), date_part("DateNaissance.Annee[0]"), date_part("nom")
    ('day', 'year', None)
    >>> [date_part(f"dob_{p}") for p in "jma"], field_meaning("dob_j")  # jour, mois, année
    (['day', 'month', 'year'], 'date_of_birth')
    """
    last = re.sub(r"\[\d+\]", "", name).split(".")[-1]
    tokens = set(re.sub(r"[_\-.]+", " ", fold_upper(last)).split())
    tokens |= {t for t in re.findall(r"[A-Z][a-z]+", last.replace("é", "e"))}
    tokens = {fold_upper(t) for t in tokens}
    found = [part for part, words in _PARTS.items() if tokens & words]
    if len(found) == 1:
        return found[0]
    numbered = re.search(r"(?<=[A-Za-z0-9])_([1-3])$", last)  # "DateNaissance_1": boxes in order
    return f"#{numbered[1]}" if numbered and not found else None


def _numbered_date(got: Mapping[str, str]) -> str | None:
    """A date typed in three boxes named by their order (``_1``, ``_2``, ``_3``): day,
    month, year as the form prints them (JJ MM AAAA), or year first when the first box
    holds four digits.

    >>> _numbered_date({"#1": "07", "#2": "07", "#3": "1982"}), _numbered_date({"#1": "7"})
    ('07/07/1982', None)
    >>> _numbered_date({"#1": "1982", "#2": "07", "#3": "21"})
    '21/07/1982'
    """
    if set(got) != {"#1", "#2", "#3"}:
        return None
    a, b, c = got["#1"], got["#2"], got["#3"]
    if re.fullmatch(r"\d{4}", a) and not re.fullmatch(r"\d{4}", c):
        a, c = c, a
    return f"{a}/{b}/{c}"


def choice_of(value: str) -> str | None:
    """The situation a radio value or a checkbox export value names ("/Etudiant")."""
    folded = re.sub(r"[_\-.]+", " ", fold_upper(value).lstrip("/"))
    for meaning, rx in acroform_patterns():
        if meaning.startswith("situation:") and rx.search(folded):
            return meaning
    return None


def ticked(value: str) -> bool:
    return fold_upper(value).strip() not in OFF


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
        return _captioned(widget, page)
    printed = _label_left_of(page, widget.box)
    if printed is not None and printed.startswith("situation"):
        return None  # a box's caption ("Type de contrat : CDI CDD Intérim Autre") over text
    return printed


def _captioned(widget: FormWidget, page: PageText | None) -> str | None:
    """The situation a box's printed caption names (``situation:<id>``), if any."""
    if page is None or widget.box is None:
        return None
    caption = fold_upper(_text_right_of(page, widget.box))
    for s in situations():
        if any(rx.match(caption) or rx.search(caption[:60]) for rx in s.captions):
            return f"situation:{s.id}"
    return None


def read_form_fields(
    fields: Mapping[str, str] | Iterable[FormWidget], page: PageText | None = None
) -> dict[str, str | bool]:
    """AcroForm values by meaning: text values stripped, checkboxes as booleans, section
    B's boxes as ``situation:<id>``.

    >>> read_form_fields({"nom_naissance": "CARTER ", "situation_salarie": "/Yes",
    ...                   "situation_sans_activite": "/Off", "fait_le": "10/11/2026"})
    {'surname': 'CARTER', 'situation:salarie': True, 'situation:inactif': False, 'signed_on': '10/11/2026'}
    >>> read_form_fields({"Situation": "/Etudiant"})
    {'situation:etudiant': True}

    A name typed in the signature field is no signature (form_x d013):

    >>> read_form_fields({"signature": "Anita D'Souza"}), read_form_fields({"signature": "/Yes"})
    ({'signature_typed': "Anita D'Souza"}, {'signature': True})

    A NIR's two-digit key in a field of its own is the end of the number:

    >>> read_form_fields({"NIR": "2891299208029", "CleNIR": "78"})
    {'nir': '289129920802978'}

    The NIR in boxes of a few digits each, numbered without a separator; the commune and
    country of birth are no address:

    >>> read_form_fields({f"ChampNir{i}": v for i, v in
    ...                   enumerate(["2", "01", "11", "99", "350", "239", "01"], start=1)})
    {'nir': '201119935023901'}
    >>> read_form_fields({"ChampLieuCommune": "Casablanca", "ChampCommune": "Créteil"})
    {'birth_place': 'Casablanca', 'city': 'Créteil'}

    A box per value of a text field holds that value when ticked, nothing otherwise (its
    "/Off" is no contract type):

    >>> read_form_fields({"contrat_CDI": "/Off", "contrat_CDD": "/Yes"})
    {'contract_type': 'CDD'}
    >>> read_form_fields({"contrat_CDI": "/Off"})
    {}
    >>> read_form_fields({"date_signature_jour": "19", "date_signature_mois": "11",
    ...                   "date_signature_annee": "2026"})
    {'signed_on': '19/11/2026'}
    >>> read_form_fields({"Page1[0].DateNaissance_1[0]": "07", "Page1[0].DateNaissance_2[0]": "07",
    ...                   "Page1[0].DateNaissance_3[0]": "1982"})
    {'date_of_birth': '07/07/1982'}

    A date in eight boxes of one digit each ("Texte14_1" to "Texte14_8", the cerfa's JJ MM
    AAAA as a comb) is a comb, not a date in three boxes:

    >>> read_form_fields([FormWidget(f"DateNaissance_{i}", d, (10 * i, 0, 10 * i + 9, 9))
    ...                   for i, d in enumerate("02031975", start=1)])
    {'date_of_birth': '02/03/1975'}

    Each part a digit a box, the part named ("s1106_dob_jj_1", form_ap d003):

    >>> read_form_fields({f"s1106_dob_{p}_{i}": d for p, v in (("jj", "08"), ("mm", "07"),
    ...                   ("aaaa", "1995")) for i, d in enumerate(v, start=1)})
    {'date_of_birth': '08/07/1995'}
    """
    widgets = (
        [FormWidget(k, str(v)) for k, v in fields.items()]
        if isinstance(fields, Mapping)
        else list(fields)
    )
    out: dict[str, str | bool] = {}
    parts: dict[str, dict[str, str]] = {}
    combs: dict[str, list[FormWidget]] = {}
    nir_parts: list[tuple[FormWidget, str]] = []
    digits: dict[tuple[str, str], dict[int, str]] = {}
    meanings = _with_siblings(widgets, [widget_meaning(w, page) for w in widgets])
    # numbered boxes of one character each, more than a date's three: a comb
    group = Counter(stem for w in widgets if (stem := _stem(w.name)))
    in_rows = date_rows(widgets, meanings)
    several_nir = meanings.count("nir") > 1
    for i, (w, meaning) in enumerate(zip(widgets, meanings, strict=True)):
        if i in in_rows:
            row_meaning, row_part = in_rows[i]
            parts.setdefault(row_meaning, {})[row_part] = str(w.value).strip()
            continue
        if meaning is None:
            continue
        value = str(w.value).strip()
        if meaning == "nir" and (_stem(w.name) or (several_nir and _numbered(w.name))):
            nir_parts.append((w, value))  # the number in boxes of a few digits each
            continue
        if (
            meaning in DATE_FIELDS
            and value
            and (part := date_part(w.name))
            and not (part.startswith("#") and group[_stem(w.name) or ""] > 3)
        ):
            if not part.startswith("#") and (box := re.search(r"_(\d)$", w.name.strip("]["))):
                # a part typed a digit a box ("dob_jj_1", "dob_jj_2", "dob_aaaa_1"...)
                digits.setdefault((meaning, part), {})[int(box[1])] = value
                continue
            parts.setdefault(meaning, {})[part] = value  # a date in three boxes
            continue
        if meaning.startswith("situation:"):
            if ticked(value) or meaning not in out:
                out[meaning] = ticked(value)
        elif meaning == "situation":  # a radio group, or boxes named Situation[0], [1]...
            choice = choice_of(value) or _captioned(w, page) if ticked(value) else None
            if choice:
                out[choice] = True
        elif meaning == "signature" and w.kind == "text" and value and not value.startswith("/"):
            # a name typed where the hand should sign: no signature
            out.setdefault("signature_typed", value)
        elif meaning == "signature":
            out.setdefault("signature", ticked(value))
        elif value.startswith("/"):  # a box for one value ("contrat_CDI": /Yes), not text
            if ticked(value):
                last = re.split(r"[\W_]+", w.name.strip(" _.-[]0123456789"))[-1]
                words = re.findall(r"[A-Z]?[a-z]+|[A-Z]+(?![a-z])|\d+", last) or [last]
                out.setdefault(meaning, words[-1].upper())  # "contrat_CDI", "CtCdd"
        elif len(value) <= 1 and w.box is not None and w.kind == "text":
            combs.setdefault(meaning, []).append(w)  # a comb: one widget a character
        elif value:
            out.setdefault(meaning, value)
    for (meaning, part), by_box in digits.items():
        parts.setdefault(meaning, {}).setdefault(
            part, "".join(v for _, v in sorted(by_box.items()))
        )
    for meaning, got in parts.items():
        if meaning not in out and set(got) == {"day", "month", "year"}:
            out[meaning] = f"{got['day']}/{got['month']}/{got['year']}"
        elif meaning not in out and (numbered := _numbered_date(got)):
            out[meaning] = numbered
    for meaning, cells in combs.items():
        if meaning not in out and (joined := comb_value(cells, meaning)):
            out[meaning] = joined
    if nir_parts and "nir" not in out:
        key = out.pop("nir_key", None) or _key_beside(widgets, meanings, [w for w, _ in nir_parts])
        number = "".join(v for _, v in sorted(nir_parts, key=lambda p: _order(p[0].name)))
        out["nir"] = number + str(key or "")
    own_key = out.pop("nir_key", None)
    number = re.sub(r"\s", "", str(out.get("nir", "")))
    if own_key and re.fullmatch(r"[0-9]\d[0-9AB]\d{10}", number):  # the key in its own field
        out["nir"] = number + re.sub(r"\s", "", str(own_key))
    return out


def _order(name: str) -> int:
    """The number a numbered box's name ends with ("Texte6_2", "ChampNir2": 2)."""
    m = re.search(r"_?(\d+)$", re.sub(r"\[\d+\]", "", name))
    return int(m[1]) if m else 0


def _numbered(name: str) -> bool:
    """Does a name end with a box's number right after letters ("ChampNir3")?"""
    return re.search(r"[A-Za-z]\d{1,2}$", re.sub(r"\[\d+\]", "", name)) is not None


def _key_beside(
    widgets: Sequence[FormWidget], meanings: Sequence[str | None], parts: Sequence[FormWidget]
) -> str | None:
    """The NIR's two-digit key: the unnamed box just right of its number's boxes."""
    boxes = [w.box for w in parts if w.box is not None]
    if not boxes:
        return None
    right, top, bottom = (
        max(b[2] for b in boxes),
        min(b[1] for b in boxes),
        max(b[3] for b in boxes),
    )
    h = max(4, bottom - top)
    for w, meaning in zip(widgets, meanings, strict=True):
        if (meaning is None and w.box is not None and 0 <= w.box[0] - right <= 2 * h
                and abs(w.box[1] - top) <= h / 2 and re.fullmatch(r"\d{2}", str(w.value).strip())):  # fmt: skip
            return str(w.value).strip()
    return None


def _stem(name: str) -> str | None:
    """The name of a field's group when it is one of numbered boxes ("Texte6_1" ->
    "Texte6"), else None."""
    last = re.sub(r"\[\d+\]", "", name)
    m = re.fullmatch(r"(.*[A-Za-z0-9])_[1-9]\d?", last)
    return m[1] if m else None


def _with_siblings(
    widgets: Sequence[FormWidget], meanings: Sequence[str | None]
) -> list[str | None]:
    """A date's numbered boxes share its meaning: only one of "Texte6_1", "_2", "_3" stands
    beside the label "Date de naissance", the others are its day and month.

    >>> w = [FormWidget("Texte6_1", "07"), FormWidget("Texte6_2", "07"), FormWidget("Texte6_3", "1982")]
    >>> _with_siblings(w, [None, None, "date_of_birth"])
    ['date_of_birth', 'date_of_birth', 'date_of_birth']
    """
    by_stem: dict[str, str] = {}
    for w, meaning in zip(widgets, meanings, strict=True):
        if meaning in (*DATE_FIELDS, "nir") and (stem := _stem(w.name)):
            by_stem.setdefault(stem, meaning)
    return [
        meaning or by_stem.get(_stem(w.name) or "")
        for w, meaning in zip(widgets, meanings, strict=True)
    ]


def date_rows(
    widgets: Sequence[FormWidget], meanings: Sequence[str | None]
) -> dict[int, tuple[str, str]]:
    """A date typed in three boxes whose names say nothing ("Champ_texte6", "7", "8": the
    cerfa's JJ MM AAAA): the box its label names holds the day, the next two right of it on
    its row the month and the year. By widget index: (meaning, ``#1`` | ``#2`` | ``#3``).

    >>> w = [FormWidget("Champ_texte6", "20", (300, 50, 330, 70)),
    ...      FormWidget("Champ_texte7", "07", (340, 50, 370, 70)),
    ...      FormWidget("Champ_texte8", "1964", (380, 50, 440, 70)),
    ...      FormWidget("Champ_texte9", "ORAN", (300, 90, 500, 110))]
    >>> date_rows(w, ["date_of_birth", None, None, "birth_place"])
    {0: ('date_of_birth', '#1'), 1: ('date_of_birth', '#2'), 2: ('date_of_birth', '#3')}
    """
    out: dict[int, tuple[str, str]] = {}
    for i, (w, meaning) in enumerate(zip(widgets, meanings, strict=True)):
        if (
            meaning not in DATE_FIELDS
            or w.box is None
            or w.kind != "text"
            or date_part(w.name)
            or not re.fullmatch(r"\d{1,2}", str(w.value).strip())
        ):
            continue
        _x0, y0, x1, y1 = w.box
        h = max(1, y1 - y0)
        beside = sorted(
            (
                j
                for j, v in enumerate(widgets)
                if j != i
                and v.box is not None
                and v.kind == "text"
                and meanings[j] in (None, meaning)
                and 0 <= v.box[0] - x1 + 2 < 15 * h
                and min(y1, v.box[3]) - max(y0, v.box[1]) > 0.5 * h
            ),
            key=lambda j: (widgets[j].box or (0, 0, 0, 0))[0],
        )[:2]
        values = [str(widgets[j].value).strip() for j in beside]
        if (
            len(beside) == 2
            and re.fullmatch(r"\d{1,2}", values[0])
            and re.fullmatch(r"\d{2}|\d{4}", values[1])
        ):
            out.update({i: (meaning, "#1"), beside[0]: (meaning, "#2"), beside[1]: (meaning, "#3")})
    return out


def comb_value(cells: Sequence[FormWidget], meaning: str) -> str | None:
    """The value of a comb of widgets, one character each, read left to right (an empty
    box parts two words); a date's eight digits as DD/MM/YYYY.

    >>> w = [FormWidget(f"c{i}", v, (10 * i, 0, 10 * i + 9, 9)) for i, v in enumerate("03112026")]
    >>> comb_value(w, "signed_on"), comb_value(w[:1], "signed_on")
    ('03/11/2026', None)
    """
    if len(cells) < 2:
        return None
    ordered = sorted(cells, key=lambda w: (w.box[1] // 20, w.box[0]) if w.box else (0, 0))
    text = re.sub(r"\s+", " ", "".join(str(w.value).strip() or " " for w in ordered)).strip()
    if meaning in DATE_FIELDS and re.fullmatch(r"\d{8}", text.replace(" ", "")):
        digits = text.replace(" ", "")
        return f"{digits[:2]}/{digits[2:4]}/{digits[4:]}"
    return text or None


def statuses(values: Mapping[str, str | bool]) -> dict[str, bool]:
    """Section B as employed / not employed / other, from the boxes' values."""
    got = {s: False for s in STATUSES}
    for key, value in values.items():
        if key.startswith("situation:") and value is True:
            got[situation(key.split(":", 1)[1]).status] = True
    return got
