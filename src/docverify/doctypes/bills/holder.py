"""The holder of a bill and the address it supplies.

The holder is read where any reader finds it (``doctypes.addressee``): after a holder
label in any column, in the envelope-window block, in an attestation's attesting sentence,
in the greeting; never a label or a heading. The supplied address is the block under an
address label ("Lieu de consommation", "Adresse desservie"...), else the holder's block.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from docverify.doctypes import addressee as ad
from docverify.doctypes.bills.dates import after, fold
from docverify.doctypes.layout import Segment
from docverify.label_values import strip_label
from docverify.labels import lexicon
from docverify.model import PageText
from docverify.values.address import STREET

WEAK_HOLDER_LABELS = (
    "client",
    "abonne",
    "nom",
    "name",
    "destinataire",
    "vos coordonnees",
    "mes coordonnees",
    "intitule",
)
"""Holder labels that are also common words: they count only alone in their cell."""
ADDRESS_LABELS = (
    r"ADRESSE DE CONSOMMATION",
    r"LIEU DE CONSOMMATION",
    r"ADRESSE DU (?:POINT DE )?(?:LIVRAISON|COMPTAGE|BRANCHEMENT)",
    r"ADRESSE DE (?:L'|LA )?(?:INSTALLATION|DESSERTE|FOURNITURE|LIGNE|LIVRAISON)",
    r"ADRESSE (?:DESSERVIE|D'INSTALLATION|DU LOGEMENT|DU SITE|DU CONTRAT)",
    r"LIEU DE (?:DESSERTE|FOURNITURE|LIVRAISON)",
    r"SITE DE CONSOMMATION",
    r"POINT DE LIVRAISON\s*:",
    r"(?:SUPPLY|SERVICE) ADDRESS",
    r"^\s*ADRESSE\s*:",
)
LEADING_TITLE = re.compile(
    r"^\s*(?:MONSIEUR|MADAME|MADEMOISELLE|MLLE|MME|MR|MRS|MS|M)\b\.?\s+(?!ET\b|OU\b|&)", re.I
)


def strong_holder_labels() -> tuple[str, ...]:
    """The lexicon's holder labels, but those that are also common words."""
    weak = {tuple(x.upper().split()) for x in WEAK_HOLDER_LABELS}
    return tuple(" ".join(t) for t in lexicon().labels_of("holder") if t not in weak)


def clean_holder(value: str) -> str:
    """A holder's name without the leading title of a single person ("Mme", "M."); couples
    ("M. et Mme DUPONT") keep their titles, which say who is in.

    >>> clean_holder("Mme Emily CARTER"), clean_holder("M. et Mme DUPONT")
    ('Emily CARTER', 'M. et Mme DUPONT')
    """
    value = re.sub(r"\s+", " ", value).strip(" .-,")
    return LEADING_TITLE.sub("", value, count=1).strip(" .-")


def read_holder(
    pages: Sequence[PageText], segments: Sequence[Segment], exclude: Sequence[str] = ()
) -> ad.Holder | None:
    """The bill's holder, from the most explicit place to the least: a holder label, the
    envelope window (a titled name first), a lone short label ("Client :"), the attesting
    sentence of an attestation, the greeting, a titled name alone on a line near the top."""
    drop = [fold(x) for x in exclude if x]

    def ok(name: str) -> bool:
        return not any(d in fold(name) for d in drop)

    for read in ad.labelled_holder(pages, labels=strong_holder_labels()):
        if ok(read.value):
            return ad.Holder(read.value, "label", read.confidence, 0, read.box)
    windows = [h for h in ad.window_holders(segments, exclude) if ok(h.name)]
    titled = [h for h in windows if ad.titled(h.name)]
    if titled:
        return titled[0]
    for h in ad.lone_label_holders(segments, WEAK_HOLDER_LABELS):
        if ok(h.name):
            return h
    if windows:
        return windows[0]
    lines = [line for p in pages for line in p.lines]
    attested = ad.attested_holder(lines)
    if attested and ok(attested):
        return ad.Holder(attested, "attests", 0.8)
    greeted = ad.greeted_holder(lines)
    if greeted and ok(greeted):
        return ad.Holder(greeted, "greeting", 0.7)
    alone = ad.titled_line_holder(lines)
    if alone and ok(alone):  # a doubtful place: another name there is only "uncertain"
        return ad.Holder(alone, "titled_line", 0.6)
    return None


def _address_from(lines: Sequence[str], start: int, first: str | None) -> str | None:
    """An address starting at ``first`` (text after a label) or at line ``start``: from the
    street line down to the postcode line, skipping identifiers in between."""
    candidates = ([first] if first else []) + [
        strip_label(x.strip(), "address") for x in lines[start : start + 5]
    ]
    parts: list[str] = []
    for text in candidates:
        folded = fold(text)
        if ad.SENDER_ADDRESS.search(folded):
            return None
        has_street = bool(
            STREET.search(folded) or re.match(r"^\d{1,4}\s*(?:BIS|TER|B|T)?\b,?\s+[A-Z]", folded)
        )
        has_postcode = bool(re.search(r"\b\d{5}\s+[A-Z]", folded))
        if not parts and not (has_street or has_postcode):
            continue  # a line number, a meter id...
        parts.append(text)
        if has_postcode:
            return re.sub(r"\s+", " ", ", ".join(p.strip(" ,") for p in parts)).strip(" ,")
        if len(parts) >= 3:
            return None
    return None


def read_address(
    lines: Sequence[str], segments: Sequence[Segment], holder: str | None
) -> str | None:
    """The supplied address: under an address label (in its block, or on its line), else
    the holder's envelope block."""
    blocks = ad.address_blocks(segments)
    for label in ADDRESS_LABELS:
        rx = re.compile(label)
        for block in blocks:
            if block.label and not block.sender and rx.search(fold(block.label) + " :"):
                return block.address
        for i, line in enumerate(lines):
            folded = fold(line)
            m = rx.search(folded)
            if not m:
                continue
            rest = after(line, folded, m)
            found = _address_from(lines, i + 1, rest.strip(" :-–\t|") or None)
            if found:
                return found
    if holder:
        key = fold(holder).split()[-1]
        for block in blocks:
            if block.name and key in fold(block.name) and not block.sender:
                return block.address
        for i, line in enumerate(lines):  # the lines under the holder's name
            if key in fold(line):
                found = _address_from(lines, i + 1, None)
                if found:
                    return found
    return None
