"""Check-digit helpers to build valid (and deliberately invalid) identifiers.

>>> rib_key("20041", "01005", "0500013M026")
'06'
>>> iban_fr("20041", "01005", "0500013M026")
'FR1420041010050500013M02606'
>>> iban_valid("FR1420041010050500013M02606")
True
>>> bad = iban_fr("30004", "00828", "00012345678", wrong_rib_key("30004", "00828", "00012345678"))
>>> iban_valid(bad), rib_key_valid("30004", "00828", "00012345678", bad[-2:])
(True, False)
>>> luhn_valid(make_siret("73282932", "0007"))
True
>>> group4("FR7630004008280001234567890")
'FR76 3000 4008 2800 0123 4567 890'
"""

from __future__ import annotations

_RIB_LETTERS = {c: str(i % 9 + 1) for i, c in enumerate("ABCDEFGHIJKLMNOPQRSTUVWXYZ")}
# A,J->1 B,K->2 ... I,R->9; S..Z are shifted by one in the standard (S=2 ... Z=9).
for _i, _c in enumerate("STUVWXYZ"):
    _RIB_LETTERS[_c] = str(_i + 2)


def _rib_digits(s: str) -> int:
    return int("".join(_RIB_LETTERS.get(c, c) for c in s.upper()))


def rib_key(bank: str, branch: str, account: str) -> str:
    """Clé RIB = 97 - ((89*banque + 15*guichet + 3*compte) mod 97)."""
    b, g, c = _rib_digits(bank), _rib_digits(branch), _rib_digits(account)
    return f"{97 - ((89 * b + 15 * g + 3 * c) % 97):02d}"


def rib_key_valid(bank: str, branch: str, account: str, key: str) -> bool:
    return rib_key(bank, branch, account) == key


def _iban_int(s: str) -> int:
    return int("".join(str(int(ch, 36)) for ch in s))


def iban(country: str, bban: str) -> str:
    """Compose an IBAN with mod-97 check digits over ``bban`` (whatever it holds)."""
    check = 98 - _iban_int(bban + country + "00") % 97
    return f"{country}{check:02d}{bban}"


def iban_fr(bank: str, branch: str, account: str, key: str | None = None) -> str:
    """French IBAN; ``key`` defaults to the correct RIB key. Passing a wrong key gives an
    IBAN that still passes mod 97 but whose RIB key is invalid."""
    k = key if key is not None else rib_key(bank, branch, account)
    return iban("FR", bank + branch + account + k)


def wrong_rib_key(bank: str, branch: str, account: str) -> str:
    """A RIB key that differs from the correct one (deterministically)."""
    good = int(rib_key(bank, branch, account))
    return f"{(good + 40) % 97 or 1:02d}"


def iban_valid(s: str) -> bool:
    s = s.replace(" ", "").upper()
    return _iban_int(s[4:] + s[:4]) % 97 == 1


def group4(s: str) -> str:
    return " ".join(s[i : i + 4] for i in range(0, len(s), 4))


def luhn_digit(digits: str) -> str:
    """Digit to append so that ``digits + d`` is Luhn-valid."""
    for d in "0123456789":
        if luhn_valid(digits + d):
            return d
    raise AssertionError


def luhn_valid(digits: str) -> bool:
    total = 0
    for i, ch in enumerate(reversed(digits)):
        n = int(ch) * (2 if i % 2 else 1)
        total += n - 9 if n > 9 else n
    return total % 10 == 0


def make_siret(siren8: str, nic4: str) -> str:
    """A Luhn-valid SIREN (8 digits + key) and a Luhn-valid SIRET (SIREN + 4 + key)."""
    siren = siren8 + luhn_digit(siren8)
    return siren + nic4 + luhn_digit(siren + nic4)


def format_siret(siret: str) -> str:
    return f"{siret[:3]} {siret[3:6]} {siret[6:9]} {siret[9:]}"
