"""A form filled on screen: the values of the PDF's interactive fields, no OCR.

What each field holds is said by its name or by what is printed next to it
(``widget_meaning``); here the values are gathered by meaning: text stripped, boxes
ticked or not, a date typed in three boxes or a comb of one character a box, the NIR in
groups of boxes with its key.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence

from docverify.doctypes.application_form.knowledge import STATUSES, acroform_patterns, situation
from docverify.doctypes.application_form.widget_meaning import (
    camel_words,
    captioned,
    name_part,
    unindexed,
    widget_meaning,
)
from docverify.model import FormWidget, PageText
from docverify.values.names import fold_upper

OFF = {"", "/OFF", "OFF", "/NO", "NO", "/NON", "NON", "FALSE", "0", "/0"}
DATE_FIELDS = ("signed_on", "date_of_birth")
_PARTS = {"day": {"JOUR", "JJ", "DAY", "DD", "J"}, "month": {"MOIS", "MM", "MONTH", "M"},
          "year": {"ANNEE", "AAAA", "AN", "YEAR", "YYYY", "AA", "A"}}  # fmt: skip


def date_part(name: str) -> str | None:
    """Which part of a date a field holds when the form splits it in three boxes.

    >>> date_part("date_signature_jour"), date_part("DateNaissance.Annee[0]"), date_part("nom")
    ('day', 'year', None)
    >>> [date_part(f"dob_{p}") for p in "jma"]  # jour, mois, année
    ['day', 'month', 'year']

    The part glued to the name in capitals, a section's letter before it ("A_" is no
    "année", form_av d002):

    >>> [date_part(f"A_DateNaiss{p}_01") for p in ("JJ", "MM", "AAAA")]
    ['day', 'month', 'year']
    """
    last = name_part(name)
    tokens = set(re.sub(r"[_\-.]+", " ", fold_upper(last)).split())
    tokens |= set(camel_words(last.replace("é", "e")))
    tokens = {fold_upper(t) for t in tokens}
    # a part said in two letters or more first: a single letter may be a section's
    for kept in ({t for t in tokens if len(t) >= 2}, tokens):
        found = [part for part, words in _PARTS.items() if kept & words]
        if len(found) == 1:
            return found[0]
        if found:
            break
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
    >>> read_form_fields({"NIR": "292062B033400", "CleNIR": "14"})  # born in Corsica
    {'nir': '292062B03340014'}

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

    Fields named by the birth alone, its place and the birth name apart (form_bw d014):

    >>> read_form_fields({"naiss_jj": "28", "naiss_mm": "02", "naiss_aaaa": "1989",
    ...                   "lieu_naissance": "Odesa", "nom_naissance": "SHEVCHUK"})
    {'birth_place': 'Odesa', 'surname': 'SHEVCHUK', 'date_of_birth': '28/02/1989'}

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
    meanings = _comb_neighbours(
        widgets, _with_siblings(widgets, [widget_meaning(w, page) for w in widgets])
    )
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
            if not part.startswith("#") and (box := re.search(r"_(\d{1,2})$", unindexed(w.name))):
                # a part typed a digit a box ("dob_jj_1", "dob_jj_2", "dob_aaaa_1"...)
                digits.setdefault((meaning, part), {})[int(box[1])] = value
                continue
            parts.setdefault(meaning, {})[part] = value  # a date in three boxes
            continue
        if meaning.startswith("situation:"):
            if ticked(value) or meaning not in out:
                out[meaning] = ticked(value)
        elif meaning == "situation":  # a radio group, or boxes named Situation[0], [1]...
            choice = choice_of(value) or captioned(w, page) if ticked(value) else None
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
                words = camel_words(last) or [last]
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
        if number or key:  # boxes left blank: no NIR
            out["nir"] = number + str(key or "")
    own_key = out.pop("nir_key", None)
    number = re.sub(r"\s", "", str(out.get("nir", "")))
    # the key in its own field; a Corsican birth's department is 2A or 2B (form_ay d014)
    if own_key and re.fullmatch(r"\d{5}(?:\d\d|2[AB])\d{6}", number, re.IGNORECASE):
        out["nir"] = number + re.sub(r"\s", "", str(own_key))
    return out


def _order(name: str) -> int:
    """The number a numbered box's name ends with ("Texte6_2", "ChampNir2": 2)."""
    m = re.search(r"_?(\d+)$", unindexed(name))
    return int(m[1]) if m else 0


def _numbered(name: str) -> bool:
    """Does a name end with a box's number right after letters ("ChampNir3")?"""
    return re.search(r"[A-Za-z]\d{1,2}$", unindexed(name)) is not None


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
    last = unindexed(name)
    # "_1", "_01", "_12"; "_0" where the boxes count from 0 ("NIR_0" to "NIR_14", form_bq
    # d007: the NIR's first digit left out, the number invalid)
    m = re.fullmatch(r"(.*[A-Za-z0-9])_(?:0?\d|[1-9]\d)", last)
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


COMB_MEANINGS = (*DATE_FIELDS, "nir", "postcode")
"""What a comb of one-character boxes holds."""


def _comb_neighbours(
    widgets: Sequence[FormWidget], meanings: Sequence[str | None]
) -> list[str | None]:
    """A comb's boxes as separate fields ("Texte13" to "Texte20", Acrobat's default names):
    the printed label beside the comb names its first boxes only; each box with no meaning
    of its own, on the row of a box of a comb just left of it (at most a box's width
    apart), is that comb's (form_bq d019: the date of birth's last two digits and the
    postcode's last two left out, "051219" and "314").

    >>> w = [FormWidget(f"T{i}", d, (10 * i, 0, 10 * i + 9, 9)) for i, d in enumerate("0512")]
    >>> _comb_neighbours(w, ["date_of_birth", "date_of_birth", None, None])
    ['date_of_birth', 'date_of_birth', 'date_of_birth', 'date_of_birth']
    """
    out = list(meanings)
    order = sorted(
        (i for i, w in enumerate(widgets) if w.box is not None and w.kind == "text"),
        key=lambda i: (widgets[i].box or (0, 0, 0, 0))[0],
    )
    for i in order:
        box = widgets[i].box
        if out[i] is not None or box is None or len(str(widgets[i].value).strip()) > 1:
            continue
        width = box[2] - box[0]
        for j in order:
            left = widgets[j].box
            if (
                out[j] in COMB_MEANINGS
                and left is not None
                and abs(left[1] - box[1]) <= 3
                and abs((left[3] - left[1]) - (box[3] - box[1])) <= 3
                and 0 <= box[0] - left[2] <= width
                and len(str(widgets[j].value).strip()) <= 1
            ):
                out[i] = out[j]
                break
    return out


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
