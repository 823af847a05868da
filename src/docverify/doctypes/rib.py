"""RIB (relevé d'identité bancaire): holder(s), IBAN, BIC, bank, French RIB parts.

Read the way a bank's back office reads one: the IBAN is taken only when it parses for
its country (schwifty), its mod-97 check digits and, for French IBANs, the RIB key
(``validate_bban``) are stated separately; an OCR misread (O for 0, I for 1...) is
repaired only when both checks confirm the repair. The four French RIB parts printed
in the table (code banque, code guichet, numéro de compte, clé) are read too: they
rebuild the IBAN when OCR loses it and are compared with it when both are there. The
BIC is checked for format and, where schwifty's registry or ``data/banks.toml`` knows
the IBAN's bank, for belonging to it. Banks are recognised from ``data/banks.toml``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from docverify.doctypes.base import (
    DocTypeSpec,
    ExtractContext,
    Signal,
    clean_name,
    fold_text,
    internal,
    segments_of,
)
from docverify.model import DocType, Document, Finding, Word, error, info, warning
from docverify.values.bank import Bic, FrenchRib, Iban, bank_by_code, bank_named_in
from docverify.values.errors import ValueParseError
from docverify.values.names import TITLES


@dataclass(frozen=True)
class RibFields:
    holder_name: str | None
    iban: str | None
    bic: str | None
    bank_name: str | None
    iban_valid: bool | None
    """The IBAN's ISO 7064 mod-97 check digits verify."""
    rib_key_valid: bool | None
    """The French RIB key (clé RIB) verifies; None for IBANs without one (DE, LT...)."""
    holders: tuple[str, ...] = ()
    """The account holders one by one (two for a joint account)."""
    code_banque: str | None = None
    code_guichet: str | None = None
    numero_compte: str | None = None
    cle_rib: str | None = None
    country: str | None = None
    sepa: bool | None = None
    bic_valid: bool | None = None
    bic_matches_iban: bool | None = None
    """The BIC belongs to the IBAN's bank (None: the registry does not know the bank)."""
    iban_source: str | None = None
    """Where the IBAN was read: ``iban`` (the printed IBAN) or ``rib_parts`` (rebuilt
    from the RIB table when the printed IBAN was unreadable)."""
    parsed_iban: Iban | None = internal()


# An IBAN as printed: country, check digits (O/I misreads allowed), then 11-30
# characters in groups; the candidate may run into the next word and is trimmed later.
IBAN_CANDIDATE = re.compile(
    r"(?<![A-Z0-9])([A-Z]{2}\s?[0-9OIQDLSBZ]{2}(?:[\s\-.]?[A-Z0-9]){11,32})"
)
IBAN_LABEL = re.compile(r"\bIBAN\b|INTERNATIONAL BANK ACCOUNT|IDENTIFIANT INTERNATIONAL")
BIC_LABEL = re.compile(
    r"\b(?:BIC|SWIFT|B\.I\.C\.?)\b(?:\s*/\s*(?:BIC|SWIFT))?(?:\s*\((?:SWIFT|BIC)\))?(?:\s*CODE)?"
    r"[ \t]*[:.]?[ \t]*([A-Z0-9]{4} ?[A-Z0-9]{2} ?[A-Z0-9]{2}(?: ?[A-Z0-9]{3})?)\b"
)
BIC_TOKEN = re.compile(r"(?<![A-Z0-9])([A-Z]{6}[A-Z0-9]{2}(?:[A-Z0-9]{3})?)(?![A-Z0-9])")
# The RIB table's values: 5 + 5 + 11 + 2 characters, in that order, on one line or one
# per line (PDF text layers keep table cells apart).
RIB_PARTS = re.compile(r"(?<![0-9])(\d{5})\s+(\d{5})\s+([0-9A-Z]{11})\s+(\d{2})(?![0-9])")
HOLDER_LABELS = (
    r"TITULAIRE\(S\)(?: DU COMPTE)?",
    r"TITULAIRES? DU COMPTE",
    r"NOM DU TITULAIRE",
    r"INTITULE DU COMPTE",
    r"ACCOUNT HOLDER(?: NAME)?",
    r"BENEFICIARY(?: NAME)?",
    r"\bBENEFICIAIRE\b",
    r"\bTITULAIRES?\b",
    r"\bHOLDER\b",
    r"^NAME\b",
    r"^NOM\b",
)
# Words that end a holder's name when a layout runs the next label into its line.
HOLDER_STOP = re.compile(
    r"(?:^|\s+)(?:DOMICILIATION|ADRESSE|ADDRESS|IBAN|BIC|AGENCE|BANQUE|BANK|CODE|COMPTE|DEVISE|"
    r"CURRENCY|N°|NUMERO|RIB|CLE)\b.*$",
    re.IGNORECASE,
)
NOT_A_NAME = frozenset(["DU", "DE", "COMPTE", "ACCOUNT", "NAME", "NOM", "THE", "LE", "LA", "S"])
JOINT = re.compile(r"\s+(?:ET|OU|AND|OR|&|/)\s+", re.IGNORECASE)
TITLE_START = re.compile(r"^(?:M\.?|MR\.?|MME|MLLE|MRS\.?|MS\.?|MONSIEUR|MADAME)\s+[A-Z]")


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


def _ocr_confusions_only(a: str, b: str) -> bool:
    """Same length, and every difference a look-alike pair.

    >>> _ocr_confusions_only("30002005010202", "30002005010203")
    False
    >>> _ocr_confusions_only("30002005010202", "3000200501Z202")
    False
    >>> _ocr_confusions_only("3000200501Z202", "30002005012202")
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


def _clean_holder(value: str | None) -> str | None:
    if not value:
        return None
    value = HOLDER_STOP.sub("", value)
    value = clean_name(value)
    if not value or not re.search(r"[A-Za-z]{2}", value):
        return None
    words = [w.upper() for w in re.findall(r"[A-Za-z]+", value)]
    if all(w in TITLES or w in NOT_A_NAME for w in words):
        return None
    return value


@dataclass(frozen=True)
class Segment:
    """A piece of a line (see ``segments_of``) with its box, to find a label's value to
    its right on the same row or below it in the same column."""

    text: str
    folded: str
    page: int
    box: tuple[int, int, int, int]


def _segment(words: list[Word], page: int) -> Segment:
    text = " ".join(w.text for w in words)
    box = (min(w.box[0] for w in words), min(w.box[1] for w in words),
           max(w.box[2] for w in words), max(w.box[3] for w in words))  # fmt: skip
    return Segment(text, fold_text(text), page, box)


def positioned_segments(doc: Document, gap: float = 2.2) -> list[Segment]:
    """Lines cut at column gaps (as ``segments_of``), with their boxes."""
    out: list[Segment] = []
    for n, page in enumerate(doc.pages):
        buf: list[Word] = []
        for w in page.words:
            if buf:
                last = buf[-1]
                height = max(1, w.box[3] - w.box[1])
                if w.line != last.line or w.box[0] - last.box[2] > gap * height:
                    out.append(_segment(buf, n))
                    buf = []
            buf.append(w)
        if buf:
            out.append(_segment(buf, n))
    return out


def _value_of(label: Segment, segments: list[Segment]) -> Segment | None:
    """The segment right of a label on the same row, else the nearest one below it in the
    same column."""
    x0, y0, x1, y1 = label.box
    height = max(1, y1 - y0)
    same_page = [s for s in segments if s.page == label.page and s is not label]
    right = [
        s for s in same_page
        if s.box[0] >= x1 - height and min(y1, s.box[3]) - max(y0, s.box[1]) > 0.3 * height
    ]  # fmt: skip
    if right:
        return min(right, key=lambda s: s.box[0])
    below = [
        s for s in same_page
        if s.box[1] >= y1 - 0.3 * height and s.box[1] - y1 < 4 * height
        and abs(s.box[0] - x0) < 6 * height
    ]  # fmt: skip
    return min(below, key=lambda s: s.box[1]) if below else None


def find_holder(segments: list[Segment]) -> str | None:
    """The holder(s) after a label, or a line that starts with a title (M., MME...).

    A second holder on the next line ("M JOHN SMITH" / "MME EMILY CARTER") is joined
    with ``ET``.
    """
    for label in HOLDER_LABELS:
        rx = re.compile(label)
        for seg in segments:
            m = rx.search(seg.folded)
            if not m:
                continue
            holder = _clean_holder(seg.text[m.end() :].strip(" :.-–—\t|"))
            value: Segment | None = seg
            if not holder:
                value = _value_of(seg, segments)
                holder = _clean_holder(value.text) if value else None
            if holder and value is not None:
                return _with_cotitular(holder, value, segments)
    for seg in segments:
        if TITLE_START.match(seg.folded.strip()):
            holder = _clean_holder(seg.text)
            if holder:
                return _with_cotitular(holder, seg, segments)
    return None


def _with_cotitular(holder: str, seg: Segment, segments: list[Segment]) -> str:
    below = _below(seg, segments)
    if below is not None and TITLE_START.match(below.folded.strip()):
        second = _clean_holder(below.text)
        if second and not JOINT.search(f" {holder} "):
            return f"{holder} ET {second}"
    return holder


def _below(seg: Segment, segments: list[Segment]) -> Segment | None:
    x0, y0, _, y1 = seg.box
    height = max(1, y1 - y0)
    below = [
        s for s in segments
        if s.page == seg.page and s is not seg and s.box[1] >= y1 - 0.3 * height
        and s.box[1] - y1 < 1.5 * height and abs(s.box[0] - x0) < 2 * height
    ]  # fmt: skip
    return min(below, key=lambda s: s.box[1]) if below else None


def split_holders(holder: str | None) -> tuple[str, ...]:
    """The holders of a joint account, one by one.

    >>> split_holders("M JOHN SMITH OU MME EMILY CARTER")
    ('M JOHN SMITH', 'MME EMILY CARTER')
    >>> split_holders("M OU MME CARTER")
    ('M OU MME CARTER',)
    """
    if not holder:
        return ()
    parts = [p.strip() for p in JOINT.split(holder) if p.strip()]
    # "M OU MME CARTER": the titles of a couple, one family name
    if len(parts) > 1 and any(all(w.upper() in TITLES for w in p.split()) for p in parts):
        return (holder,)
    return tuple(parts)


def extract(doc: Document, ctx: ExtractContext) -> tuple[RibFields, list[Finding]]:
    segments = segments_of(doc)
    folded_lines = [fold_text(line) for p in doc.pages for line in p.lines]
    folded = "\n".join(folded_lines)
    findings: list[Finding] = []

    iban, tried = find_iban(folded_lines + [fold_text(s) for s in segments])
    parts = find_rib_parts(folded)
    source = "iban" if iban is not None else None
    if iban is None and parts is not None:
        iban, source = parts.to_iban(), "rib_parts"
        findings.append(
            warning(
                "rib.iban_from_rib_parts",
                "The IBAN could not be read; it was rebuilt from the RIB table (code banque, "
                "code guichet, numéro de compte, clé): check it against the document.",
            )
        )
    elif (
        iban is not None
        and iban.country_code == "FR"
        and parts is not None
        and not iban.valid
        and parts.key_valid
        and _ocr_confusions_only(iban.bban, parts.bban)
    ):
        # the IBAN line failed its checks, the RIB table beside it passes both the RIB key
        # and (rebuilt) mod 97, and the two differ only by look-alike characters: two
        # independent reads and two check systems agree on the table's reading
        findings.append(
            info(
                "rib.iban_confirmed_by_rib_table",
                "The IBAN was read with OCR slips; the RIB table on the same page, whose key "
                "checks, gives the corrected number.",
                iban=parts.to_iban().masked,
            )
        )
        iban, source = parts.to_iban(), "rib_parts"
    elif iban is not None and iban.country_code == "FR" and parts and parts.bban != iban.bban:
        findings.append(
            warning(
                "rib.parts_mismatch",
                "The RIB table (code banque, guichet, compte, clé) does not match the "
                "IBAN printed on the same RIB.",
                iban=iban.masked,
            )
        )
    if iban is None:
        if tried:
            findings.append(
                error(
                    "rib.iban_unreadable",
                    "An IBAN-like number is printed but it is not an IBAN of any country.",
                )
            )
        else:
            findings.append(error("rib.no_iban", "No IBAN found on this RIB."))
    elif iban.repairs:
        findings.append(
            info("rib.iban_ocr_repaired",
                 "The IBAN was read with OCR slips, corrected because its check digits confirm it.",
                 repairs=list(iban.repairs))
        )  # fmt: skip

    bic, bic_raw = find_bic(folded, iban)
    bic_matches = bic.matches_iban(iban) if bic is not None and iban is not None else None
    if bic is None and bic_raw:
        findings.append(
            warning("rib.bic_invalid", f"The BIC printed ({bic_raw}) is not a valid BIC.")
        )
    elif bic is not None and bic_matches is False:
        findings.append(
            warning(
                "rib.bic_mismatch",
                f"The BIC {bic.compact} does not belong to the IBAN's bank"
                f"{f' ({iban.bank_name})' if iban is not None and iban.bank_name else ''}.",
                bic=bic.compact,
            )
        )

    holder = find_holder(positioned_segments(doc))
    named = bank_named_in(folded)
    by_code = bank_by_code(iban.country_code, iban.bank_code) if iban is not None else None
    bank_name = (
        named.name if named else by_code.name if by_code else (iban.bank_name if iban else None)
    )
    rib: FrenchRib | None = None
    if iban is not None and iban.country_code == "FR":
        rib = FrenchRib.from_iban(iban)
    fields = RibFields(
        holder_name=holder,
        iban=iban.compact if iban else None,
        bic=bic.compact if bic else (iban.bic if iban else None),
        bank_name=bank_name,
        iban_valid=iban.checksum_valid if iban else None,
        rib_key_valid=rib.key_valid if rib else None,
        holders=split_holders(holder),
        code_banque=rib.code_banque if rib else None,
        code_guichet=rib.code_guichet if rib else None,
        numero_compte=rib.numero_compte if rib else None,
        cle_rib=rib.cle if rib else None,
        country=iban.country_code if iban else None,
        sepa=iban.is_sepa if iban else None,
        bic_valid=True if bic else (False if bic_raw else None),
        bic_matches_iban=bic_matches,
        iban_source=source,
        parsed_iban=iban,
    )
    return fields, findings


SPEC = DocTypeSpec(
    type=DocType.RIB,
    signals=(
        Signal.of(
            r"RELEVE D'?IDENTITE BANCAIRE|BANK DETAILS|COORDONNEES BANCAIRES|ACCOUNT DETAILS"
            r"|IDENTIFIANT (?:NATIONAL|INTERNATIONAL) DE COMPTE",
            5.0,
        ),
        Signal.of(r"\bRIB\b", 2.0),
        Signal.of(r"\bIBAN\b", 2.5),
        Signal.of(r"\bBIC\b|SWIFT", 1.5),
        Signal.of(r"CODE BANQUE|CODE GUICHET|CLE RIB|\bCLE\b", 2.0),
        Signal.of(r"DOMICILIATION|TITULAIRE DU COMPTE|ACCOUNT HOLDER|BENEFICIARY", 1.5),
    ),
    extract=extract,
    multipage=False,
)
