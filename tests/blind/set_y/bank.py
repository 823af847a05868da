"""IBAN, French RIB key, SIRET (Luhn) helpers."""


def _rib_digits(s):
    out = ""
    for ch in s.upper():
        if ch.isdigit():
            out += ch
        else:
            v = ord(ch) - 64
            out += str(v if v <= 9 else (v - 9 if v <= 18 else v - 17))
    return out


def rib_key(bank, branch, account):
    b, g, c = (int(_rib_digits(x)) for x in (bank, branch, account))
    return f"{97 - (89 * b + 15 * g + 3 * c) % 97:02d}"


def _iban_num(s):
    return int("".join(str(int(ch, 36)) for ch in s))


def iban(country, bban):
    chk = 98 - _iban_num(bban + country + "00") % 97
    return f"{country}{chk:02d}{bban}"


def iban_ok(i):
    return _iban_num(i[4:] + i[:4]) % 97 == 1


def fr_iban(bank, branch, account):
    key = rib_key(bank, branch, account)
    return iban("FR", bank + branch + account + key), key


def spaced(i):
    return " ".join(i[k : k + 4] for k in range(0, len(i), 4))


def luhn_make(base):
    """Append the digit that makes base Luhn-valid."""
    for d in "0123456789":
        s = base + d
        tot = 0
        for i, ch in enumerate(reversed(s)):
            v = int(ch) * (2 if i % 2 else 1)
            tot += v - 9 if v > 9 else v
        if tot % 10 == 0:
            return s
    raise ValueError(base)
