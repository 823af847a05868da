"""RIB (relevé d'identité bancaire): holder(s), IBAN, BIC, bank, French RIB parts.

Read the way a bank's back office reads one: the IBAN is taken only when it parses for
its country (schwifty), its mod-97 check digits and, for French IBANs, the RIB key
(``validate_bban``) are stated separately; an OCR misread (O for 0, I for 1...) is
repaired only when both checks confirm the repair. The four French RIB parts printed
in the table (code banque, code guichet, numéro de compte, clé) are read too: they
rebuild the IBAN when OCR loses it and are compared with it when both are there. The
BIC is checked for format and, where schwifty's registry or ``data/banks.toml`` knows
the IBAN's bank, for belonging to it. Banks are recognised from ``data/banks.toml``.

A RIB comes as the bank's PDF, a scan, a phone screenshot of a banking app ("Mon RIB",
"Détails du compte") or printed at the foot of a bank letter; a letter that only
mentions a RIB ("votre relevé d'identité bancaire") carries no account number and is no
RIB. The readers live in ``doctypes/bank_details/``: ``numbers`` (IBAN, RIB table, BIC)
and ``holder``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from docverify.doctypes.bank_details.holder import find_holder, split_holders
from docverify.doctypes.bank_details.numbers import (
    RIB_PARTS,
    body_with_misread_head,
    find_bic,
    find_iban,
    find_rib_parts,
    ocr_confusions_only,
    wrong_length,
)
from docverify.doctypes.base import DocTypeSpec, ExtractContext, Signal, fold_text, internal
from docverify.doctypes.layout import (
    Segment,
    lone_label_values,
    positioned_segments,
    with_line_below,
)
from docverify.label_values import refuse_value
from docverify.model import DocType, Document, Finding, error, info, warning
from docverify.values.bank import FrenchRib, Iban, as_printed, restore_digit, restore_letter
from docverify.values.bic import bank_by_code, bank_named_in


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


def extract(doc: Document, ctx: ExtractContext) -> tuple[RibFields, list[Finding]]:
    segments = positioned_segments(doc.pages)
    folded_lines = [fold_text(line) for p in doc.pages for line in p.lines]
    folded = "\n".join(folded_lines)
    findings: list[Finding] = []

    # the IBAN on its line, in its column piece, or wrapped onto the piece under it
    pieces = [s.folded for s in segments] + [fold_text(t) for t in with_line_below(segments)]
    iban, tried = find_iban(folded_lines + pieces)
    parts = find_rib_parts(folded)
    source = "iban" if iban is not None else None
    headless = body_with_misread_head(folded_lines + pieces) if iban is None else None
    if iban is None and parts is None and headless is not None:
        # the RIB key checks the account number; only the country and check digits,
        # which it determines, were misread
        iban, source = headless[0].to_iban(), "iban_body"
        findings.append(
            info(
                "rib.iban_head_repaired",
                f"The IBAN's first characters were misread ({headless[1]!r}); the account "
                "number after them, whose RIB key checks, gives them back.",
                iban=iban.masked,
            )
        )
    elif (
        iban is None and parts is not None and parts.key_valid
        and (misprinted_iban := _printed_with_wrong_check(tried, parts)) is not None
    ):  # fmt: skip
        # the IBAN line read whole, its account part the RIB table's, whose key checks; its
        # check digits fail: the IBAN is misprinted, never put right from the table (set_ct
        # p04: "FR06 ..." printed, "FR76" the table's; built from it, a false valid)
        iban, source = misprinted_iban, "iban"
        findings.append(
            info(
                "rib.iban_check_digits_wrong",
                f"The IBAN printed reads {misprinted_iban.masked}: its account part is the RIB "
                "table's, whose key checks, but its check digits fail (mod 97); the table's "
                f"codes give {parts.to_iban().masked}.",
                iban=misprinted_iban.masked,
            )
        )
    elif iban is None and parts is not None:
        iban, source = parts.to_iban(), "rib_parts"
        # the RIB key checks the bank, branch and account codes as the IBAN's own check
        # digits would: a table whose key checks gives the IBAN as surely as its line read
        # (set_bf p04: the IBAN line lost on a photo, the table read whole)
        findings.append(
            info(
                "rib.iban_from_rib_parts",
                "The IBAN line was not read; the RIB table's codes were (code banque, code "
                "guichet, numéro de compte) and their RIB key checks: the IBAN is built from "
                "them.",
                iban=iban.masked,
            )
            if parts.key_valid
            else warning(
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
        and ocr_confusions_only(iban.bban, parts.bban)
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
    elif iban is not None and not iban.valid and (restored := restore_digit(iban.compact)):
        # a digit of the account number read as the letter it looks like ("KO20" for
        # "K020", where letters are allowed): both checks pass with it put back; the RIB
        # table's codes, read apart, reading the same account confirm it (set_cp p03)
        iban, note = Iban.parse(restored[0], repair=False), restored[1]
        confirmed = parts is not None and parts.bban[:21] == iban.bban[:21]
        findings.append(
            (info if confirmed else warning)(
                "rib.iban_digit_restored",
                "The IBAN fails its checks as read, and passes them (mod 97 and the RIB key) "
                "when a letter of the account number is read as the digit it looks like "
                f"({note.removeprefix('iban: ')})"
                + (
                    ": the RIB table's account number, read apart, agrees."
                    if confirmed
                    else ": check that character on the RIB."
                ),
                iban=iban.masked,
                repairs=[note],
            )
        )
    elif iban is not None and not iban.valid and (restored := restore_letter(iban.compact)):
        # the IBAN fails as read, and passes both its checks with one digit read as the
        # letter it looks like where the account number may hold one: likely, not certain
        iban, note = Iban.parse(restored[0], repair=False), restored[1]
        findings.append(
            warning(
                "rib.iban_letter_restored",
                "The IBAN fails its checks as read, and passes them (mod 97 and the RIB key) "
                "when a digit of the account number is read as the letter it looks like "
                f"({note.removeprefix('iban: ')}): check that character on the RIB.",
                iban=iban.masked,
                repairs=[note],
            )
        )
    elif (
        iban is not None
        and iban.country_code == "FR"
        and parts is not None
        and parts.bban != iban.bban
        and iban.valid
        and not parts.key_valid
    ):
        # the table's own key fails where the IBAN's check digits verify: the table was
        # misread ("60815" for "00815"), the IBAN stands
        findings.append(
            info(
                "rib.parts_misread",
                "The RIB table (code banque, guichet, compte, clé) reads differently from the "
                "IBAN but fails its own key: it was misread; the IBAN, whose check digits "
                "verify, is kept.",
                iban=iban.masked,
            )
        )
    elif iban is not None and iban.country_code == "FR" and parts and parts.bban != iban.bban:
        findings.append(
            warning(
                "rib.parts_mismatch",
                "The RIB table (code banque, guichet, compte, clé) does not match the "
                "IBAN printed on the same RIB.",
                iban=iban.masked,
            )
        )
    misprinted = wrong_length(folded_lines) if iban is None else None
    if misprinted and all(p.source == "text_layer" for p in doc.pages):
        # the document's own characters, not a read: the IBAN itself is misprinted
        masked, got, expected = misprinted
        findings.append(
            error(
                "rib.iban_wrong_length",
                f"The IBAN printed, {masked}, has {got} characters, where a {masked[:2]} IBAN "
                f"has {expected}.",
                iban=masked,
                length=got,
                expected=expected,
            )
        )
    elif iban is None:
        if tried:
            findings.append(
                error(
                    "rib.iban_unreadable",
                    "An IBAN-like number is printed but it is not an IBAN of any country"
                    + (f" (read with {misprinted[1]} characters)." if misprinted else "."),
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

    # the BIC right of its label, or under it (a table header, an app field)
    bic, bic_raw = find_bic("\n".join([folded, *pieces]), iban)
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

    holder = find_holder(doc.pages, segments)
    named = bank_named_in(folded)
    printed = _printed_bank(segments)
    by_code = bank_by_code(iban.country_code, iban.bank_code) if iban is not None else None
    bank_name = (
        named.name
        if named
        else printed or (by_code.name if by_code else (iban.bank_name if iban else None))
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


BANK_LABELS = ("banque", "bank", "bank name", "nom de la banque", "etablissement", "institution")


def _printed_bank(segments: list[Segment]) -> str | None:
    """The bank's name next to a "Banque" / "Bank" label alone in its cell (an app screen,
    a RIB of a bank ``data/banks.toml`` does not know); a table header over a code is not
    one."""

    def clean(value: str) -> str | None:
        value = re.split(r"\s*\(|\s{2,}|,", value)[0].strip(" :.-")
        ok = re.search(r"[A-Za-z]{2}", value) and not re.search(r"\d", value)
        return value if ok and len(value.split()) <= 5 and not refuse_value(value) else None

    found = lone_label_values(segments, BANK_LABELS, clean)
    return found[0][0] if found else None


# An account number on the page: an IBAN (country, check digits, then groups holding at
# least eight digits), one printed in groups of four whose first group is misread ("PRTG
# 3000 3018 7500 0507 1928 485" for a small photo's FR76), or the French RIB table's values.
GROUPED_NUMBER = re.compile(r"\b[A-Z0-9]{4}(?: [0-9]{4}){4}")
"""An account number printed in groups of four, whatever its first group reads as."""
_NUMBER = (
    rf"\b[A-Z]{{2}}[0-9]{{2}}\s?(?=(?:\s?[A-Z]{{0,4}}[0-9]){{8}})"
    rf"|{GROUPED_NUMBER.pattern}|{RIB_PARTS.pattern}"
)


def _printed_with_wrong_check(tried: list[str], parts: FrenchRib) -> Iban | None:
    """Of the IBAN-like runs that did not parse, one that does once letters where only
    digits may stand are read as digits (``as_printed``), whose account part is the RIB
    table's and whose check digits fail."""
    for raw in tried:
        printed = as_printed(raw[: len(parts.bban) + 4])  # its country, check digits, BBAN
        if printed is not None and printed.bban == parts.bban and not printed.checksum_valid:
            return printed
    return None


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
        # a letter that only mentions a RIB ("joignez votre relevé d'identité bancaire")
        # prints no account number
        Signal(re.compile(rf"\A(?![\s\S]*(?:{_NUMBER}))"), -4.0),
    ),
    extract=extract,
    multipage=False,
)
