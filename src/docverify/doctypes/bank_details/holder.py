"""The holder(s) of the account a RIB describes.

Read like any holder (``doctypes.addressee``): after a holder label ("Titulaire du compte",
"Account holder", "Beneficiary"...) right of it or under it, in any column; else the
envelope-window block of a bank letter that carries the RIB; else a line that starts with
a title ("MME ELENA POPESCU"). A label ("Account Owner"), a heading ("Compte courant") or
the bank's own block ("Domiciliation :") is never the holder. A second holder on the line
under the first ("M JOHN SMITH" / "MME EMILY CARTER") makes a joint account.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from docverify.doctypes import addressee as ad
from docverify.doctypes.base import fold_text
from docverify.doctypes.layout import Segment
from docverify.label_values import refuse_value
from docverify.model import PageText
from docverify.values.names import TITLES

# "OU" is read "OÙ" at times (the French word with its accent: set_bw p02's app screen)
JOINT = re.compile(r"\s+(?:ET|O[UÙ]|AND|OR|&|/)\s+", re.IGNORECASE)
JOINT_START = re.compile(r"(ET|O[UÙ]|AND|OR|&)\s+", re.IGNORECASE)
HOLDER_STOP = re.compile(
    r"(?:^|\s+)(?:DOMICILIATION|ADRESSE|ADDRESS|IBAN|BIC|AGENCE|BANQUE|BANK|CODE|DEVISE|"
    r"CURRENCY|N°|NUMERO|RIB|CLE)\b.*$",
    re.IGNORECASE,
)
"""Words that end a holder's name when a layout runs the next label into its line."""
COUPLE = re.compile(
    r"^(?:M|MR|MME|MLLE|MONSIEUR|MADAME)\.?\s+(?:ET|O[UÙ]|AND|OR|&)\s+(?:M|MR|MME|MLLE|MONSIEUR|MADAME)\.?\s+",
    re.IGNORECASE,
)
"""The titles of a couple heading a joint account ("M OU MME DUBOIS JULIEN ...")."""
WEAK_LABELS = ("nom", "name", "client", "intitule", "vos coordonnees", "mes coordonnees")


def _name(value: str | None) -> str | None:
    """A holder's name: a person's, or a company's by its legal form (``addressee.LEGAL_FORM``:
    "SARL BERISHA RENOVATION", set_ck p04, the account a company's, not the applicant's)."""
    if not value:
        return None
    value = HOLDER_STOP.sub("", value)
    return ad.person_name(value) or _company(value)


def _company(value: str) -> str | None:
    text = " ".join(value.split()).strip(" .,:;")
    words = text.split()
    if not ad.LEGAL_FORM.search(fold_text(text)) or not 2 <= len(words) <= 8:
        return None
    if re.search(r"\d", text) or refuse_value(text):
        return None
    return text


def _strong_labels() -> tuple[str, ...]:
    from docverify.labels import lexicon

    weak = {tuple(x.upper().split()) for x in WEAK_LABELS}
    return tuple(" ".join(t) for t in lexicon().labels_of("holder") if t not in weak)


def find_holder(pages: Sequence[PageText], segments: Sequence[Segment]) -> str | None:
    """The account holder(s), joined with ``ET`` for a joint account on two lines."""
    for read in ad.labelled_holder(pages, labels=_strong_labels(), clean=_name):
        return _with_cotitular(read.value, segments)
    # the envelope window's block, the next column's label run into its line off
    windows = [n for w in ad.window_holders(segments) if (n := HOLDER_STOP.sub("", w.name).strip())]
    if windows and ad.titled(windows[0]):
        return windows[0]
    for h in ad.lone_label_holders(segments, WEAK_LABELS):
        return _with_cotitular(h.name, segments)
    for seg in segments:
        if ad.titled(seg.text) and not JOINT.fullmatch(seg.text):
            name = _name(seg.text)
            if name:
                return _with_cotitular(name, segments)
    if windows:
        return windows[0]
    lines = [s.text for s in segments]
    return ad.attested_holder(lines) or ad.greeted_holder(lines)


def _with_cotitular(holder: str, segments: Sequence[Segment]) -> str:
    """The holder, and a second one printed on the line right under the first."""
    if JOINT.search(f" {COUPLE.sub('', holder)} "):
        return holder
    first = next((s for s in segments if holder in s.text), None)
    if first is None:
        return holder
    h = first.height
    # on the next line, at the start of the holder's line, or under its value (after a
    # label: "Titulaire du compte : M OU MME DUBOIS JULIEN" / "OU MILLER JENNIFER")
    below = [
        s for s in segments
        if s.page == first.page and s is not first and 0 <= s.box[1] - first.box[3] < 1.5 * h
        and (abs(s.box[0] - first.box[0]) < 2 * h
             or (first.box[0] < s.box[0] < first.box[2] and JOINT_START.match(s.text.strip())))
    ]  # fmt: skip
    if below:
        text = min(below, key=lambda s: s.box[1]).text.strip()
        joint = JOINT_START.match(text)
        if joint:  # "M MOUSSA DIOP" / "OU MME AWA NDIAYE"
            second = _name(text[joint.end() :])
            if second:
                return f"{holder} {joint[1].upper().replace('Ù', 'U')} {second}"
        elif ad.titled(text):  # "M JOHN SMITH" / "MME EMILY CARTER"
            second = _name(text)
            if second:
                return f"{holder} ET {second}"
        elif _wrapped(holder, text):
            return f"{holder} {text}"
    return holder


def _wrapped(holder: str, text: str) -> bool:
    """Is ``text`` the rest of a long name in capitals that its line could not hold ("M
    CHAMINDA PRASANNA KUMARA" / "WANNINAYAKE MUDIYANSELAGE", a bank app's screen, set_dc
    p02): capitals too, letters only, no label and no title?

    >>> _wrapped("M CHAMINDA PRASANNA KUMARA", "WANNINAYAKE MUDIYANSELAGE")
    True
    >>> _wrapped("M JOHN SMITH", "IBAN"), _wrapped("M JOHN SMITH", "75011 PARIS")
    (False, False)

    An address "in care of" someone is no part of the name (set_dd p01):

    >>> _wrapped("M MUJTABA HASSAN OSMAN", "CHEZ M IDRIS ABDALLA")
    False
    """
    words = set(fold_text(text).split())
    return (
        holder.isupper()
        and text.isupper()
        and re.fullmatch(r"[^\W\d_]+(?:[ '\-][^\W\d_]+){0,3}", text) is not None
        and not HOLDER_STOP.search(text)
        and not refuse_value(text)
        and not ad.titled(text)
        and not words & NOT_A_NAME
    )


NOT_A_NAME = frozenset({"CHEZ", "CO", "C/O", "APT", "APPT", *(t.upper() for t in TITLES)})
"""Words that put a line of capitals under the holder's out of the name: an address in
care of someone ("CHEZ M IDRIS ABDALLA"), a title."""


def split_holders(holder: str | None) -> tuple[str, ...]:
    """The holders of a joint account, one by one.

    >>> split_holders("M JOHN SMITH OU MME EMILY CARTER")
    ('M JOHN SMITH', 'MME EMILY CARTER')
    >>> split_holders("M OU MME CARTER")
    ('M OU MME CARTER',)
    >>> split_holders("M OU MME DUBOIS JULIEN OU MILLER JENNIFER")
    ('DUBOIS JULIEN', 'MILLER JENNIFER')
    """
    if not holder:
        return ()
    core = COUPLE.sub("", holder)
    if core != holder and JOINT.search(f" {core} "):
        return tuple(p.strip() for p in JOINT.split(core) if p.strip())
    parts = [p.strip() for p in JOINT.split(holder) if p.strip()]
    # "M OU MME CARTER": the titles of a couple, one family name
    if len(parts) > 1 and any(all(w.upper() in TITLES for w in p.split()) for p in parts):
        return (holder,)
    return tuple(parts)
