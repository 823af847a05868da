"""The numbers of a RIB: the IBAN, the French RIB table (code banque, code guichet,
numéro de compte, clé) and the BIC.

An IBAN is printed whole, in groups of four, wrapped over two lines (a narrow column, a
phone screen), or with the BIC or a "Copier" button on its line; a run is trimmed to its
country's length and taken only when it parses for that country (schwifty). An OCR
misread (O for 0, I for 1...) is repaired only when the checks confirm the repair.
"""

from __future__ import annotations

import re

from docverify.values.bank import FrenchRib, Iban, iban_length, mask_iban
from docverify.values.bic import Bic
from docverify.values.errors import InvalidLength, ValueParseError

# An IBAN as printed: country, check digits (O/I misreads allowed), then 11-30
# characters in groups; the candidate may run into the next word and is trimmed later.
IBAN_CANDIDATE = re.compile(
    r"(?<![A-Z0-9])([A-Z]{2}\s?[0-9OIQDLSBZ]{2}(?:[\s\-.]?[A-Z0-9]){11,32})"
)
IBAN_LABEL = re.compile(r"\bIBAN\b|INTERNATIONAL BANK ACCOUNT|IDENTIFIANT INTERNATIONAL")
BIC_LABEL = re.compile(
    r"\b(?:BIC|SWIFT|B\.I\.C\.?)\b(?:\s*/\s*(?:BIC|SWIFT))?(?:\s*\((?:SWIFT|BIC|BANK IDENTIFIER CODE)\))?(?:\s*CODE)?"
    r"[ \t]*[:.]?[ \t]*([A-Z0-9]{4} ?[A-Z0-9]{2} ?[A-Z0-9]{2}(?: ?[A-Z0-9]{3})?)\b"
)
BIC_TOKEN = re.compile(r"(?<![A-Z0-9])([A-Z]{6}[A-Z0-9]{2}(?:[A-Z0-9]{3})?)(?![A-Z0-9])")
# The RIB table's values: 5 + 5 + 11 + 2 characters, in that order, on one line or one
# per line (PDF text layers keep table cells apart).
RIB_PARTS = re.compile(r"(?<![0-9])(\d{5})\s+(\d{5})\s+([0-9A-Z]{11})\s+(\d{2})(?![0-9])")


def _iban_candidates(folded_lines: list[str]) -> list[tuple[bool, str]]:
    """IBAN-shaped runs, those on or right after an ``IBAN`` label first."""
    out: list[tuple[bool, str]] = []
    for i, line in enumerate(folded_lines):
        labelled = bool(IBAN_LABEL.search(line)) or (
            i > 0 and bool(IBAN_LABEL.search(folded_lines[i - 1]))
        )
        for m in IBAN_CANDIDATE.finditer(re.sub(r"\bIBAN\b\s*:?", " ", line)):
            out.append((labelled, re.sub(r"[\s\-.]", "", m[1])))
        # printed in groups of four, the last group(s) pushed to the next OCR line and
        # the BIC in between: "FR70 3000 ... 7845 CRLYFRPP" / "Z02"
        nxt = folded_lines[i + 1] if i + 1 < len(folded_lines) else ""
        grouped = _grouped_iban(f"{line} {nxt}")
        if grouped:
            out.append((labelled, grouped))
        if (head := _grouped_iban(line)) and (
            tail := _tail_below(head, folded_lines[i + 1 : i + 4])
        ):
            out.append((labelled, head + tail))
    out.sort(key=lambda c: not c[0])
    return out


def _grouped_iban(text: str) -> str | None:
    """An IBAN printed in groups of at most four characters, skipping longer words.

    >>> _grouped_iban("FR70 3000 2005 5000 0015 7845 CRLYFRPP Z02")
    'FR7030002005500000157845Z02'
    """
    tokens = text.split()
    for i, tok in enumerate(tokens):
        if not re.fullmatch(r"[A-Z]{2}[0-9OI]{2}", tok):
            continue
        groups = [tok]
        for nxt in tokens[i + 1 : i + 10]:
            if re.fullmatch(r"[A-Z0-9]{1,4}", nxt):
                groups.append(nxt)
            elif len(nxt) < 6:
                break
        if len(groups) >= 4:
            return "".join(groups)
    return None


_GROUPS_ONLY = re.compile(r"[A-Z0-9]{1,4}(?: [A-Z0-9]{1,4})*")


def _tail_below(head: str, below: list[str]) -> str | None:
    """The rest of an IBAN printed in groups whose last groups OCR read as a line of their
    own a line or two further down, another column's words between (a Société Générale
    RIB: "FR76 3000 3021 7000 0503", "Numéro de compte", "00050384216", "8421 618"): the
    first line of groups only that makes up the country's length.

    >>> _tail_below("FR763000302170000503", ["NUMERO DE COMPTE", "00050384216", "8421 618"])
    '8421618'
    >>> _tail_below("FR763000302170000503", ["8421 61"]) is None
    True
    """
    want = iban_length(head[:2])
    if want is None or len(head) >= want:
        return None
    for line in below:
        if (
            _GROUPS_ONLY.fullmatch(line.strip())
            and len(head) + len(tail := line.replace(" ", "")) == want
        ):
            return tail
    return None


MIN_GROUPED_IBAN = 15
"""The shortest IBAN (Norway's); a shorter run in groups of four is no IBAN."""


def wrong_length(folded_lines: list[str]) -> tuple[str, int, int] | None:
    """An IBAN printed whole, in groups of four, whose length is not its country's (a
    French IBAN of 26 characters: the RIB key's leading zero dropped): the number masked,
    its length and its country's. Meant for a text layer, whose characters are the
    document's.

    >>> wrong_length(["IBAN", "FR63 3000 2004 1200 0045 1287 34 CRLYFRPP"])
    ('FR63 **** **** **** **** **87 34', 26, 27)
    >>> wrong_length(["FR76 3000 6000 0112 3456 7890 189"])
    """
    for line in folded_lines:
        grouped = _grouped_iban(line)
        if grouped is None or len(grouped) < MIN_GROUPED_IBAN:
            continue
        try:
            Iban.parse(grouped, repair=False)
        except InvalidLength:
            if expected := iban_length(grouped[:2]):
                return mask_iban(grouped), len(grouped), expected
        except ValueParseError:
            continue
    return None


def find_iban(folded_lines: list[str]) -> tuple[Iban | None, list[str]]:
    """The first IBAN-shaped run that parses for its country; also what was tried.

    A run is trimmed to the country's IBAN length (the next word often sticks to it).
    Among parses, one whose checks verify beats one whose checks fail.
    """
    tried: list[str] = []
    fallback: Iban | None = None
    for _, raw in _iban_candidates(folded_lines):
        parsed: Iban | None = None
        for length in range(min(len(raw), 34), 14, -1):
            try:
                parsed = Iban.parse(raw[:length])
            except ValueParseError:
                continue
            break
        if parsed is None:
            tried.append(raw)
            continue
        if parsed.valid:
            return parsed, tried
        fallback = fallback or parsed
    return fallback, tried


LOOK_ALIKES = frozenset(
    {frozenset(p) for p in ("O0", "D0", "Q0", "I1", "L1", "Z2", "S5", "B8", "G6", "T7")}
)
"""Character pairs OCR confuses; only these may differ between an IBAN and its RIB table."""


def ocr_confusions_only(a: str, b: str) -> bool:
    """Same length, and every difference a look-alike pair.

    >>> ocr_confusions_only("30002005010202", "30002005010203")
    False
    >>> ocr_confusions_only("30002005010202", "3000200501Z202")
    False
    >>> ocr_confusions_only("3000200501Z202", "30002005012202")
    True
    """
    if len(a) != len(b) or a == b:
        return False
    return all(x == y or frozenset((x, y)) in LOOK_ALIKES for x, y in zip(a, b, strict=True))


def find_rib_parts(folded: str) -> FrenchRib | None:
    """The four parts of the French RIB table, if printed and readable."""
    for m in RIB_PARTS.finditer(folded):
        try:
            return FrenchRib.parse_parts(m[1], m[2], m[3], m[4])
        except ValueParseError:
            continue
    return None


def find_bic(folded: str, iban: Iban | None) -> tuple[Bic | None, str | None]:
    """The printed BIC (parsed, OCR-repaired only when the IBAN's bank confirms it) and
    the raw text when it is printed but not a BIC."""
    raw_seen: str | None = None
    for m in BIC_LABEL.finditer(folded):
        raw = re.sub(r"\s", "", m[1])
        raw_seen = raw_seen or raw
        bic = _parse_bic(raw, iban)
        if bic is not None:
            return bic, None
    if iban is not None:
        # no label, or the label's value on another line (screenshots, tables): any
        # BIC-shaped word that belongs to the IBAN's bank
        for m in BIC_TOKEN.finditer(folded):
            bic = _parse_bic(m[1], iban)
            if bic is not None and bic.matches_iban(iban):
                return bic, None
    return None, raw_seen


def _parse_bic(raw: str, iban: Iban | None) -> Bic | None:
    """A BIC as printed; a digit read in its letters part is turned back into a letter
    only when the result is the IBAN's bank (ISO 9362 allows digits there, so ``B0US``
    parses, but it is BoursoBank's ``BOUS`` misread)."""
    try:
        plain: Bic | None = Bic.parse(raw)
    except ValueParseError:
        plain = None
    if iban is None or (plain is not None and plain.matches_iban(iban) is not False):
        return plain
    try:
        fixed = Bic.parse(raw, repair=True)
    except ValueParseError:
        return plain
    return fixed if fixed.matches_iban(iban) else plain


GROUPED_BODY = re.compile(
    r"(?<![A-Z0-9])([A-Z0-9]{4}) ((?:[0-9A-Z]{4} ){5}[0-9A-Z]{3})(?![A-Z0-9])"
)
"""An IBAN of a French RIB printed in groups of four (27 characters), its first group
read as anything: "PRTG 3000 3018 7500 0507 1928 485"."""
HEAD_LOOK_ALIKES = {"F": "FPEK", "R": "RKBP", "0": "0ODQ", "1": "1IL7T", "2": "2Z", "5": "5S",
                    "6": "6GB", "7": "7T1", "8": "8B"}  # fmt: skip
"""What OCR reads an IBAN's country letters and check digits as."""


def body_with_misread_head(folded_lines: list[str]) -> tuple[FrenchRib, str] | None:
    """The French account of an IBAN whose first group (country, check digits) was
    misread, when the rest is a French account number whose RIB key verifies and that
    group reads like "FR" and the check digits the account makes (every character that
    or a look-alike of it, one at least itself); with the group as read.

    >>> rib, head = body_with_misread_head(["PRTG 3000 3018 7500 0507 1928 485 SOGEFRPP"])
    >>> rib.to_iban().compact[:4], head
    ('FR76', 'PRTG')
    >>> body_with_misread_head(["ABCD 3000 3018 7500 0507 1928 485"]) is None
    True
    """
    for line in folded_lines:
        for m in GROUPED_BODY.finditer(line):
            body = m[2].replace(" ", "")
            try:
                rib = FrenchRib.parse_parts(body[:5], body[5:10], body[10:21], body[21:])
            except ValueParseError:
                continue
            if not rib.key_valid:
                continue
            want = rib.to_iban().compact[:4]
            same = sum(a == b for a, b in zip(m[1], want, strict=True))
            alike = all(a in HEAD_LOOK_ALIKES.get(b, b) for a, b in zip(m[1], want, strict=True))
            if same >= 1 and alike:
                return rib, m[1]
    return None
