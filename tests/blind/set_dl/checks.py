"""Check digits used by the set: ICAO 9303 MRZ, IBAN mod 97, French RIB key, NIR key."""

W = (7, 3, 1)


def cd(s: str) -> str:
    t = 0
    for i, ch in enumerate(s):
        if ch.isdigit():
            v = int(ch)
        elif ch.isalpha():
            v = ord(ch) - 55
        else:
            v = 0
        t += v * W[i % 3]
    return str(t % 10)


def _name(surname, given, n):
    s = surname.replace("-", "<").replace(" ", "<").replace("'", "")
    g = given.replace("-", "<").replace(" ", "<").replace("'", "")
    return (s + "<<" + g + "<" * n)[:n]


def td3(code, country, surname, given, num, nat, dob, sex, exp):
    l1 = (code + "<")[:2] + country + _name(surname, given, 39)
    n = (num + "<" * 9)[:9]
    pn = "<" * 14
    l2 = n + cd(n) + nat + dob + cd(dob) + sex + exp + cd(exp) + pn + cd(pn)
    comp = l2[0:10] + l2[13:20] + l2[21:43]
    return [l1, l2 + cd(comp)]


def mrva(country, surname, given, num, nat, dob, sex, exp):
    l1 = "V<" + country + _name(surname, given, 39)
    n = (num + "<" * 9)[:9]
    l2 = n + cd(n) + nat + dob + cd(dob) + sex + exp + cd(exp) + "<" * 16
    return [l1, l2]


def td1(code, country, num, dob, sex, exp, nat, surname, given, opt=""):
    n = (num + "<" * 9)[:9]
    l1 = (code + "<")[:2] + country + n + cd(n) + (opt + "<" * 15)[:15]
    l2 = dob + cd(dob) + sex + exp + cd(exp) + nat + "<" * 11
    comp = l1[5:30] + l2[0:7] + l2[8:15] + l2[18:29]
    l2 = l2 + cd(comp)
    return [l1, l2, _name(surname, given, 30)]


def mrz_ok(lines) -> bool:
    """Independent re-check of every check digit present in the lines."""
    if len(lines) == 3:
        a, b = lines[0], lines[1]
        comp = a[5:30] + b[0:7] + b[8:15] + b[18:29]
        return (
            cd(a[5:14]) == a[14]
            and cd(b[0:6]) == b[6]
            and cd(b[8:14]) == b[14]
            and cd(comp) == b[29]
            and all(len(x) == 30 for x in lines)
        )
    a, b = lines
    ok = (
        len(a) == 44
        and len(b) == 44
        and cd(b[0:9]) == b[9]
        and cd(b[13:19]) == b[19]
        and cd(b[21:27]) == b[27]
    )
    if a[0] == "P":
        ok = ok and cd(b[28:42]) == b[42] and cd(b[0:10] + b[13:20] + b[21:43]) == b[43]
    return ok


def _num(s):
    return "".join(str(int(c, 36)) for c in s)


def iban_ok(iban: str) -> bool:
    s = iban.replace(" ", "")
    return int(_num(s[4:] + s[:4])) % 97 == 1


def make_iban(country: str, bban: str) -> str:
    chk = 98 - int(_num(bban + country + "00")) % 97
    return f"{country}{chk:02d}{bban}"


RIB_MAP = {c: str((i % 9) + 1) for i, c in enumerate("ABCDEFGHIJKLMNOPQRSTUVWXYZ")}
RIB_MAP.update({"S": "2", "T": "3", "U": "4", "V": "5", "W": "6", "X": "7", "Y": "8", "Z": "9"})


def rib_key(bank, branch, account) -> str:
    acc = "".join(RIB_MAP.get(c, c) for c in account)
    return f"{97 - (89 * int(bank) + 15 * int(branch) + 3 * int(acc)) % 97:02d}"


def rib_ok(bank, branch, account, key) -> bool:
    return rib_key(bank, branch, account) == key


def fr_iban(bank, branch, account):
    key = rib_key(bank, branch, account)
    iban = make_iban("FR", bank + branch + account + key)
    assert iban_ok(iban) and rib_ok(bank, branch, account, key)
    return iban, key


def nir_key(nir13: str) -> str:
    return f"{97 - int(nir13) % 97:02d}"


def group4(iban):
    return " ".join(iban[i : i + 4] for i in range(0, len(iban), 4))
