"""Bank details: IBAN and French RIB as self-validating values (schwifty underneath; the
BIC and the bank directory: ``values.bic``).

``Iban.parse`` raises only for text that is not an IBAN at all (bad characters,
unknown country, wrong length or BBAN structure for the country). Checksum
failures are recorded, not raised, so the audit can report them:

>>> iban = Iban.parse("IBAN FR76 3000 6000 0112 3456 7890 189")
>>> iban.compact, iban.checksum_valid, iban.bban_valid, iban.is_sepa
('FR7630006000011234567890189', True, True, True)
>>> iban.masked
'FR76 **** **** **** **** ***0 189'
>>> iban.bank_name, iban.bic
('CREDIT AGRICOLE SA', 'AGRIFRPPXXX')
>>> bad_key = Iban.parse("FR8420041010050500013M02607")  # mod-97 fine, RIB key wrong
>>> bad_key.checksum_valid, bad_key.bban_valid, bad_key.valid
(True, False, False)
>>> FrenchRib.from_iban(bad_key).expected_key
'06'
"""

from __future__ import annotations

import itertools
import re
import warnings
from collections.abc import Sequence
from dataclasses import dataclass

from schwifty import IBAN as _SchwiftyIBAN
from schwifty import exceptions as _sx
from schwifty.domain import Component

from docverify.values.errors import InvalidFormat, InvalidLength, ValueParseError

__all__ = [
    "FrenchRib", "Iban", "as_printed", "mask_iban", "restore_digit", "restore_letter", "rib_key",
]  # fmt: skip

_PREFIX = re.compile(r"^\s*IBAN\s*[:.]?\s*", re.IGNORECASE)
_SEPARATORS = re.compile(r"[\s\-.]+")
_SPEC_PART = re.compile(r"(\d+)!?([nace])")
_OCR_DIGITS = {"O": "0", "Q": "0", "D": "0", "I": "1", "L": "1", "S": "5", "B": "8", "Z": "2"}
# Digits OCR reads where a BIC needs letters (bank and country codes are letters only).
_OCR_LETTERS = {"0": "O", "1": "I", "2": "Z", "5": "S", "8": "B", "6": "G", "4": "A"}
# Countries whose IBAN carries a French RIB (BBAN 5n5n11c2n with the RIB key).
RIB_COUNTRIES = frozenset(
    {"FR", "MC", "GF", "GP", "MQ", "RE", "YT", "PM", "BL", "MF", "NC", "PF", "WF", "TF"}
)


def mask_iban(compact: str) -> str:
    """Country, check digits and last 4 characters visible, in groups of 4.

    >>> mask_iban("FR7630006000011234567890189")
    'FR76 **** **** **** **** ***0 189'
    """
    body = compact[:4] + "*" * max(0, len(compact) - 8) + compact[max(4, len(compact) - 4) :]
    return " ".join(body[i : i + 4] for i in range(0, len(body), 4))


def iban_length(country_code: str) -> int | None:
    """The length of an IBAN of ``country_code`` (schwifty's registry), None if it has none.

    >>> iban_length("FR"), iban_length("DE"), iban_length("ZZ")
    (27, 22, None)
    """
    try:
        return int(_SchwiftyIBAN(f"{country_code}00", allow_invalid=True).spec.iban_length)
    except (_sx.SchwiftyException, KeyError):
        return None


def _clean(text: str) -> str:
    return _SEPARATORS.sub("", _PREFIX.sub("", text)).upper()


def _bban_positions(spec_text: str, kind: str) -> list[int]:
    """Positions (within the IBAN) of the BBAN parts of one kind: 'n' digits, 'c' letters or
    digits (a French account number: "0000738219Z"), 'a' letters."""
    positions: list[int] = []
    offset = 4
    for count, part in _SPEC_PART.findall(spec_text):
        n = int(count)
        if part == kind:
            positions.extend(range(offset, offset + n))
        offset += n
    return positions


def _numeric_positions(spec_text: str) -> list[int]:
    """Positions (within the IBAN) that must hold digits: check digits plus 'n' BBAN parts."""
    return [2, 3, *_bban_positions(spec_text, "n")]


def _checksum_ok(compact: str) -> bool:
    try:
        _SchwiftyIBAN(compact)
    except _sx.SchwiftyException:
        return False
    return True


def _national_ok(compact: str) -> bool | None:
    """False when the national check (French RIB key...) fails, None when schwifty has no
    algorithm for it or the country has no national check digits."""
    iban = _SchwiftyIBAN(compact, allow_invalid=True)
    position = iban.spec.positions.get(Component.NATIONAL_CHECKSUM_DIGITS)
    if position is None or position.is_empty:
        return None
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always", _sx.NationalChecksumNotVerified)
        try:
            iban.bban.validate_national_checksum()
        except _sx.SchwiftyException:
            return False
    if any(issubclass(w.category, _sx.NationalChecksumNotVerified) for w in caught):
        return None
    return True


@dataclass(frozen=True, repr=False)
class Iban:
    """A parsed IBAN with separate checksum results.

    ``checksum_valid``: the ISO 7064 mod-97 check digits. ``bban_valid``: the national
    check (French RIB key...): True, False, or None when it cannot be verified.
    ``repairs`` lists OCR repairs (letters read in numeric parts) that both checks
    confirmed.
    """

    compact: str
    country_code: str
    check_digits: str
    bban: str
    checksum_valid: bool
    bban_valid: bool | None
    is_sepa: bool
    bank_code: str
    branch_code: str
    account_code: str
    bank_name: str | None
    bic: str | None
    repairs: tuple[str, ...] = ()

    @property
    def valid(self) -> bool:
        """mod-97 verifies and the national check does not fail."""
        return self.checksum_valid and self.bban_valid is not False

    @property
    def formatted(self) -> str:
        """Groups of 4: ``FR76 3000 6000 0112 3456 7890 189``."""
        return " ".join(self.compact[i : i + 4] for i in range(0, len(self.compact), 4))

    @property
    def masked(self) -> str:
        """The form used in logs and messages."""
        return mask_iban(self.compact)

    def __repr__(self) -> str:
        return (
            f"Iban({self.masked!r}, checksum_valid={self.checksum_valid}, "
            f"bban_valid={self.bban_valid}, repairs={len(self.repairs)})"
        )

    def __str__(self) -> str:
        return self.masked

    @classmethod
    def parse(cls, text: str, *, repair: bool = True) -> Iban:
        """Parse an IBAN printed or typed by a person (spaces, lowercase, ``IBAN`` prefix).

        Raises:
            InvalidFormat: characters other than letters/digits, unknown country, or a
                BBAN that does not match the country's structure.
            InvalidLength: wrong length for the country.
        """
        compact = _clean(text)
        if not compact:
            raise InvalidFormat("empty IBAN")
        if not compact.isascii() or not compact.isalnum():
            raise InvalidFormat("IBAN contains characters other than letters and digits")
        if len(compact) < 5 or not compact[:2].isalpha():
            raise InvalidFormat("an IBAN starts with a two-letter country code")
        country = compact[:2]
        try:
            spec = _SchwiftyIBAN(compact, allow_invalid=True).spec
        except _sx.SchwiftyException:
            raise InvalidFormat(f"unknown IBAN country code {country!r}") from None
        if len(compact) != spec.iban_length:
            raise InvalidLength(
                f"{country} IBAN has {len(compact)} characters, expected {spec.iban_length}"
            )
        repairs: tuple[str, ...] = ()
        numeric = _numeric_positions(spec.bban_spec)
        structure_ok = spec.regex.match(compact[4:]) is not None and compact[2:4].isdigit()
        if repair and (
            not structure_ok or not _checksum_ok(compact) or _national_ok(compact) is False
        ):
            fixed = _repair(compact, numeric, spec.regex)
            if fixed is not None:
                compact, repairs = fixed
                structure_ok = True
        if not structure_ok:
            raise InvalidFormat(
                f"{mask_iban(compact)} does not match the {country} IBAN structure "
                f"({spec.bban_spec})"
            )
        return cls._build(compact, repairs)

    @classmethod
    def _build(cls, compact: str, repairs: tuple[str, ...]) -> Iban:
        iban = _SchwiftyIBAN(compact, allow_invalid=True)
        checksum_valid = _checksum_ok(compact)
        bank_name: str | None = None
        bic: str | None = None
        try:
            bank_name = iban.bank_name
            found = iban.bic
            bic = str(found) if found is not None else None
        except _sx.SchwiftyException:  # pragma: no cover - registry lookups are tolerant
            pass
        return cls(
            compact=compact,
            country_code=iban.country_code,
            check_digits=iban.checksum_digits,
            bban=compact[4:],
            checksum_valid=checksum_valid,
            bban_valid=_national_ok(compact),
            is_sepa=iban.in_sepa_zone,
            bank_code=iban.bank_code,
            branch_code=iban.branch_code,
            account_code=iban.account_code,
            bank_name=bank_name,
            bic=bic,
            repairs=repairs,
        )


def _repair(
    compact: str, numeric: list[int], regex: re.Pattern[str]
) -> tuple[str, tuple[str, ...]] | None:
    """Letters read where the IBAN needs digits (O->0, I/l->1, S->5, B->8...).

    Accepted only when the repaired IBAN passes mod-97 and the national check, and no
    other candidate does. Digits are never changed.
    """
    fixed, spots = _digits_where_numeric(compact, numeric)
    # a letter can never stay in a numeric part: each spot has one reading, kept only
    # when the checks pass with it
    if not spots or not (
        regex.match(fixed[4:]) and _checksum_ok(fixed) and _national_ok(fixed) is not False
    ):
        return None
    notes = tuple(f"iban: {compact[i]}->{fixed[i]} at position {i}" for i in spots)
    return fixed, notes


def _digits_where_numeric(compact: str, numeric: Sequence[int]) -> tuple[str, list[int]]:
    """``compact`` with each letter where only a digit may stand read as the digit it looks
    like (``_OCR_DIGITS``), and where those were.

    >>> _digits_where_numeric("FRO6300", [2, 3, 4, 5])
    ('FR06300', [2])
    """
    spots = [i for i in numeric if i < len(compact) and compact[i] in _OCR_DIGITS]
    chars = list(compact)
    for i in spots:
        chars[i] = _OCR_DIGITS[chars[i]]
    return "".join(chars), spots


_OCR_LETTERS = {digit: letter for letter, digit in reversed(_OCR_DIGITS.items())}
"""A letter of an account number read as the digit it looks like: ``_OCR_DIGITS`` the
other way, its first letter for each digit (0 -> O, 1 -> I, 2 -> Z, 5 -> S, 8 -> B)."""


def restore_letter(compact: str) -> tuple[str, str] | None:
    """The IBAN with one digit read where the account number holds a letter (an LCL
    "8219Z" read "82192"), and a note of it; None unless exactly one such change passes
    both mod-97 and the national check (the French RIB key).

    Only places the country's structure allows a letter are tried. Two checks agreeing
    on one candidate is strong evidence, yet a real typing slip elsewhere can, once in a
    few thousand, be "repaired" this way into another valid account: what this gives is a
    reading to check, never a confirmed number (``Iban.parse`` does not use it).

    >>> restore_letter("FR1030002005120000738219276")
    ('FR1030002005120000738219Z76', 'iban: 2->Z at position 24')
    >>> restore_letter("FR1030002005120000738218276") is None  # a digit slip: no letter fits
    True
    """
    return _restore_one(compact, _OCR_LETTERS)


def as_printed(text: str) -> Iban | None:
    """The IBAN as printed, whatever its checks say: letters read where the structure
    allows only digits (the check digits, the numeric parts) are the digits they look
    like, since no letter can stand there ("FRO6 3000 ...": FR06). None when it still does
    not parse. Unlike ``Iban.parse``'s repair, which the checks must confirm, this makes no
    IBAN valid that is not: the checks are left to say whether the number is right.

    >>> as_printed("FRO630004018420001034772595").compact, as_printed("FRO6300").__class__
    ('FR0630004018420001034772595', <class 'NoneType'>)
    """
    compact = _clean(text)
    try:
        spec = _SchwiftyIBAN(compact, allow_invalid=True).spec
    except _sx.SchwiftyException:
        return None
    try:
        return Iban.parse(_digits_where_numeric(compact, _numeric_positions(spec.bban_spec))[0],
                          repair=False)  # fmt: skip
    except ValueParseError:
        return None


def restore_digit(compact: str) -> tuple[str, str] | None:
    """The IBAN with up to three letters read where the account number holds the digit it looks
    like (a La Banque Postale "0241830K020" read "024183OKO20": the letter O is allowed
    there, so ``Iban.parse`` keeps it), and a note of it; None unless exactly one such
    change passes both mod-97 and the national check. A reading to check, as
    ``restore_letter``'s, unless a second read (the RIB table) confirms it.

    >>> restore_digit("FR932004100001024183OKO2071")[1]
    'iban: O->0 at position 20, O->0 at position 22'
    """
    return _restore_one(compact, _OCR_DIGITS, most=3)


def _restore_one(
    compact: str, look_alikes: dict[str, str], most: int = 1
) -> tuple[str, str] | None:
    """Up to ``most`` characters of the account number changed for their look-alikes
    (``look_alikes``), where the country's structure allows letters: the one change that
    passes both checks (fewest characters first)."""
    try:
        spec = _SchwiftyIBAN(compact, allow_invalid=True).spec
    except _sx.SchwiftyException:
        return None
    spots = [
        i
        for i in _bban_positions(spec.bban_spec, "c")
        if i < len(compact) and compact[i] in look_alikes
    ]
    for size in range(1, most + 1):
        winners: list[tuple[str, tuple[int, ...]]] = []
        for changed in itertools.combinations(spots, size):
            chars = list(compact)
            for i in changed:
                chars[i] = look_alikes[compact[i]]
            candidate = "".join(chars)
            if (
                spec.regex.match(candidate[4:])
                and _checksum_ok(candidate)
                and _national_ok(candidate) is True
            ):
                winners.append((candidate, changed))
        if len(winners) == 1:
            fixed, changed = winners[0]
            return fixed, "iban: " + ", ".join(
                f"{compact[i]}->{fixed[i]} at position {i}" for i in changed
            )
        if winners:
            return None  # two readings pass alike: none is known
    return None


def rib_key(code_banque: str, code_guichet: str, numero_compte: str) -> str:
    """The French RIB key: 97 - ((89 x bank + 15 x branch + 3 x account) mod 97).

    Letters in the account number count as digits: A/J=1, B/K/S=2, C/L/T=3, D/M/U=4,
    E/N/V=5, F/O/W=6, G/P/X=7, H/Q/Y=8, I/R/Z=9. (python-stdnum has no RIB module;
    schwifty's ``FR`` algorithm computes the same and is used in the tests as a cross-check.)

    >>> rib_key("20041", "01005", "0500013M026")
    '06'
    """
    value = (
        89 * int(_rib_digits(code_banque))
        + 15 * int(_rib_digits(code_guichet))
        + 3 * int(_rib_digits(numero_compte))
    )
    return f"{97 - value % 97:02d}"


_RIB_LETTERS = {
    letter: str(digit)
    for digit, letters in enumerate(
        ["", "AJ", "BKS", "CLT", "DMU", "ENV", "FOW", "GPX", "HQY", "IRZ"]
    )
    for letter in letters
}


def _rib_digits(part: str) -> str:
    return "".join(_RIB_LETTERS.get(c, c) for c in part)


@dataclass(frozen=True, repr=False)
class FrenchRib:
    """A French RIB: bank code (5), branch code (5), account number (11) and key (2)."""

    code_banque: str
    code_guichet: str
    numero_compte: str
    cle: str

    @property
    def expected_key(self) -> str:
        return rib_key(self.code_banque, self.code_guichet, self.numero_compte)

    @property
    def key_valid(self) -> bool:
        return self.cle == self.expected_key

    @property
    def bban(self) -> str:
        return self.code_banque + self.code_guichet + self.numero_compte + self.cle

    def to_iban(self, country_code: str = "FR") -> Iban:
        """The IBAN for this RIB (check digits computed).

        >>> FrenchRib.parse_parts("30006", "00001", "12345678901", "89").to_iban().compact
        'FR7630006000011234567890189'
        """
        schwifty_iban = _SchwiftyIBAN.from_bban(country_code, self.bban, allow_invalid=True)
        return Iban.parse(str(schwifty_iban), repair=False)

    def __repr__(self) -> str:
        return (
            f"FrenchRib({self.code_banque} {self.code_guichet} ******* key_valid={self.key_valid})"
        )

    @classmethod
    def from_iban(cls, iban: Iban) -> FrenchRib:
        if iban.country_code not in RIB_COUNTRIES or len(iban.bban) != 23:
            raise InvalidFormat(f"{iban.masked} does not carry a French RIB")
        b = iban.bban
        return cls(b[0:5], b[5:10], b[10:21], b[21:23])

    @classmethod
    def parse_parts(
        cls, code_banque: str, code_guichet: str, numero_compte: str, cle: str
    ) -> FrenchRib:
        """From the four parts printed on a RIB (spaces ignored).

        >>> FrenchRib.parse_parts("20041", "01005", "0500013M026", "06").key_valid
        True
        """
        parts = [
            _SEPARATORS.sub("", p).upper() for p in (code_banque, code_guichet, numero_compte, cle)
        ]
        names = ("code banque", "code guichet", "numero de compte", "cle RIB")
        for part, name, length, digits_only in zip(
            parts, names, (5, 5, 11, 2), (True, True, False, True), strict=True
        ):
            if len(part) != length:
                raise InvalidLength(f"{name} has {len(part)} characters, expected {length}")
            ok = part.isdigit() if digits_only else part.isalnum()
            if not part.isascii() or not ok:
                raise InvalidFormat(f"{name} has characters that are not allowed")
        return cls(*parts)
