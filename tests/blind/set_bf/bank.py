"""IBAN / RIB arithmetic."""

from __future__ import annotations

RIB_MAP = {
    c: str(v)
    for v, letters in enumerate(["", "AJ", "BKS", "CLT", "DMU", "ENV", "FOW", "GPX", "HQY", "IRZ"])
    for c in letters
}


def _num(s: str) -> int:
    return int("".join(str(ord(c) - 55) if c.isalpha() else c for c in s))


def rib_key(bank: str, branch: str, account: str) -> str:
    acc = "".join(RIB_MAP.get(c, c) for c in account.upper())
    return f"{97 - ((89 * int(bank) + 15 * int(branch) + 3 * int(acc)) % 97):02d}"


def iban(country: str, bban: str) -> str:
    check = 98 - _num(bban + country + "00") % 97
    return f"{country}{check:02d}{bban}"


def iban_ok(s: str) -> bool:
    return _num(s[4:] + s[:4]) % 97 == 1


def fr_iban(bank: str, branch: str, account: str) -> tuple[str, str]:
    key = rib_key(bank, branch, account)
    return iban("FR", bank + branch + account + key), key


def be_iban(bank3: str, account7: str) -> str:
    ten = bank3 + account7
    k = int(ten) % 97 or 97
    return iban("BE", f"{ten}{k:02d}")


def grouped(s: str) -> str:
    return " ".join(s[i : i + 4] for i in range(0, len(s), 4))
