"""ICAO 9303 MRZ lines, IBAN / French RIB keys, French date words."""

from __future__ import annotations

import unicodedata


def _val(c: str) -> int:
    if c.isdigit():
        return int(c)
    if c == "<":
        return 0
    return ord(c) - 55


def cd(s: str) -> str:
    return str(sum(_val(c) * (7, 3, 1)[i % 3] for i, c in enumerate(s)) % 10)


def mrz_name(surname: str, given: str, n: int) -> str:
    def clean(x: str) -> str:
        x = unicodedata.normalize("NFKD", x).encode("ascii", "ignore").decode().upper()
        return "".join(c if c.isalpha() else "<" for c in x)

    return (clean(surname) + "<<" + clean(given)).ljust(n, "<")[:n]


def ymd(iso: str) -> str:
    return iso[2:4] + iso[5:7] + iso[8:10]


def td3(code, iss, sur, giv, num, nat, dob, sex, exp, personal="") -> list[str]:
    n = num.ljust(9, "<")
    p = personal.ljust(14, "<")
    pcd = cd(p) if personal else "<"
    l2 = n + cd(n) + nat + ymd(dob) + cd(ymd(dob)) + sex + ymd(exp) + cd(ymd(exp)) + p + pcd
    comp = l2[0:10] + l2[13:20] + l2[21:43]
    l1 = (code.ljust(2, "<") + iss + mrz_name(sur, giv, 39))[:44]
    return [l1, l2 + cd(comp)]


def mrva(iss, sur, giv, num, nat, dob, sex, exp, opt="") -> list[str]:
    n = num.ljust(9, "<")
    l1 = ("V<" + iss + mrz_name(sur, giv, 39))[:44]
    l2 = n + cd(n) + nat + ymd(dob) + cd(ymd(dob)) + sex + ymd(exp) + cd(ymd(exp))
    return [l1, (l2 + opt).ljust(44, "<")]


def td1(code, iss, sur, giv, num, nat, dob, sex, exp, opt1="", opt2="") -> list[str]:
    n = num.ljust(9, "<")
    l1 = (code.ljust(2, "<") + iss + n + cd(n) + opt1).ljust(30, "<")
    l2 = ymd(dob) + cd(ymd(dob)) + sex + ymd(exp) + cd(ymd(exp)) + nat + opt2.ljust(11, "<")
    comp = l1[5:30] + l2[0:7] + l2[8:15] + l2[18:29]
    return [l1, l2 + cd(comp), mrz_name(sur, giv, 30)]


def _num(s: str) -> str:
    return "".join(str(int(c, 36)) for c in s)


def iban(country: str, bban: str) -> str:
    chk = 98 - int(_num(bban + country + "00")) % 97
    return f"{country}{chk:02d}{bban}"


def iban_ok(x: str) -> bool:
    return int(_num(x[4:] + x[:4])) % 97 == 1


def rib_key(bank: str, branch: str, account: str) -> str:
    return f"{97 - (89 * int(bank) + 15 * int(branch) + 3 * int(account)) % 97:02d}"


def fr_iban(bank: str, branch: str, account: str) -> tuple[str, str]:
    key = rib_key(bank, branch, account)
    return iban("FR", bank + branch + account + key), key


def spaced(x: str, n=4) -> str:
    return " ".join(x[i : i + n] for i in range(0, len(x), n))


MOIS = [
    "janvier",
    "février",
    "mars",
    "avril",
    "mai",
    "juin",
    "juillet",
    "août",
    "septembre",
    "octobre",
    "novembre",
    "décembre",
]


def fr_date(iso: str) -> str:
    return f"{iso[8:10]}/{iso[5:7]}/{iso[:4]}"


def fr_words(iso: str) -> str:
    d = int(iso[8:10])
    return f"{'1er' if d == 1 else d} {MOIS[int(iso[5:7]) - 1]} {iso[:4]}"


def eur(x: float) -> str:
    s = f"{x:,.2f}".replace(",", " ").replace(".", ",")
    return s + " €"
