"""Section A's social security number and address: the number with its key checked
(python-stdnum), read from the page or from its comb boxes; the street, postcode and town
after their labels. The names and the date of birth are in ``identity`` and
``birth_date``."""

from __future__ import annotations

import re
from collections.abc import Sequence

from docverify.doctypes.base import fold_text, value_after
from docverify.label_values import refuse_value
from docverify.labelled import label_words
from docverify.model import PageText
from docverify.values.errors import InvalidFormat
from docverify.values.ids import Nir
from docverify.vision.comb import read_comb_digits

from .identity import page_lines

NIR_LABELS = ("n de securite sociale", "numero de securite sociale", "n d'immatriculation")


def read_nir(pages: Sequence[PageText]) -> tuple[str | None, bool | None]:
    """The social security number if one is written (usually left blank), with its key
    checked; comb boxes are read with their frames taken out."""
    text = fold_text("\n".join(p.text for p in pages))
    m = re.search(
        r"(?:SECURITE SOCIALE|N[O°] D'?IMMATRICULATION)[^0-9\n]{0,40}([12378]\s?(?:[\dAB]\s?){12,14})",
        text,
    )
    raw = m[1] if m else None
    if raw is None:
        for page in pages:
            for label in label_words(page, NIR_LABELS):
                digits = read_comb_digits(page, label, width_mm=110)
                if len(digits) >= 13:
                    raw = digits
                    break
    return nir_value(raw)


def nir_value(raw: str | None) -> tuple[str | None, bool | None]:
    if not raw:
        return None, None
    compact = re.sub(r"[\s.\-]", "", raw).upper()
    if not compact:
        return None, None
    try:
        return Nir.parse(compact).compact, True
    except (InvalidFormat, ValueError):  # stdnum's checksum and length errors too
        return compact, False


def read_address(pages: Sequence[PageText]) -> str | None:
    """The address of section A: street, postcode and town ("Commune"), each after its
    label. The place of birth's "Lieu de naissance : commune ... pays ..." is not the
    town of the address.

    >>> from docverify.model import PageRef, Word
    >>> rows = ["Lieu de naissance : commune New Delhi pays Inde", "Adresse 19 boulevard Carnot",
    ...         "Code postal 06400 Commune Cannes"]
    >>> words = tuple(Word(w, (0, 0, 1, 1), 90.0, (1, 1, i)) for i, r in enumerate(rows) for w in r.split())
    >>> read_address([PageText(PageRef("f.pdf", 1), None, 300, words, "ocr")])
    '19 boulevard Carnot, 06400 Cannes'

    The e-mail's "Adresse électronique" is no street; scraps read after the town go.

    >>> rows = ["Adresse électronique : d.lopez@mail.com", "Code postal 38000 Commune (GRENOBLE: 1 ii"]
    >>> words = tuple(Word(w, (0, 0, 1, 1), 90.0, (1, 1, i)) for i, r in enumerate(rows) for w in r.split())
    >>> read_address([PageText(PageRef("f.pdf", 1), None, 300, words, "ocr")])
    '38000 GRENOBLE'

    The caption of an address left for the hand is no street:

    >>> rows = ["Adresse (n°, rue, bâtiment, étage)", "Code postal 13001 Commune Marseille"]
    >>> words = tuple(Word(w, (0, 0, 1, 1), 90.0, (1, 1, i)) for i, r in enumerate(rows) for w in r.split())
    >>> read_address([PageText(PageRef("f.pdf", 1), None, 300, words, "ocr")])
    '13001 Marseille'
    """
    lines = page_lines(pages)
    # not the e-mail's "Adresse électronique"
    street = value_after(lines, r"^\s*ADRESSE\b(?!\s*(?:ELECTRONIQUE|E ?MAIL|MAIL))\s*:?",
                         next_line=False)  # fmt: skip
    if street and ("@" in street or refuse_value(street)):
        street = None  # an e-mail, or the caption's "(n°, rue, bâtiment, étage)" (form_cc d013)
    pm = re.search(r"CODE POSTAL\s*:?\s*(\d\s?\d\s?\d\s?\d\s?\d)\b", fold_text("\n".join(lines)))
    home = [line for line in lines if "NAISSANCE" not in fold_text(line)]
    city = value_after(home, r"\bCOMMUNE\s*:?", next_line=False)
    town_name = re.search(r"[^\W\d_]{2,}(?:[' -][^\W\d_]+)*", city) if city else None
    city = town_name[0] if town_name else None  # the town's words, not the scraps after
    postcode = re.sub(r"\s", "", pm[1]) if pm else None
    town = " ".join(x.strip(" ,") for x in (postcode, city) if x)
    return ", ".join(x.strip(" ,") for x in (street, town) if x) or None
