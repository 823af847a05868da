"""Check digits: ICAO 9303 MRZ, ISO 13616 IBAN, French RIB key, SIRET (Luhn)."""

import unicodedata

_W = (7, 3, 1)


def _val(ch):
    if ch.isdigit():
        return int(ch)
    if ch == "<":
        return 0
    return ord(ch) - 55


def cd(s):
    return str(sum(_val(ch) * _W[i % 3] for i, ch in enumerate(s)) % 10)


def ymd(iso):
    return iso[2:4] + iso[5:7] + iso[8:10]


def clean(s):
    s = unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode().upper()
    return "".join(ch if ch.isalnum() else "<" for ch in s)


def name_field(surname, given, width):
    out = clean(surname) + "<<" + clean(given)
    return out[:width].ljust(width, "<")


def td3(country, surname, given, number, nat, dob, sex, expiry, optional=""):
    l1 = ("P<" + country + name_field(surname, given, 39))[:44]
    num = number.ljust(9, "<")
    opt = optional.ljust(14, "<")
    opt_cd = cd(opt) if optional else "<"
    l2 = num + cd(num) + nat + ymd(dob) + cd(ymd(dob)) + sex + ymd(expiry) + cd(ymd(expiry))
    l2 += opt + opt_cd
    comp = l2[0:10] + l2[13:20] + l2[21:43]
    l2 += cd(comp)
    assert len(l1) == 44 and len(l2) == 44
    assert verify_td3(l1, l2)
    return l1, l2


def verify_td3(l1, l2):
    ok = cd(l2[0:9]) == l2[9] and cd(l2[13:19]) == l2[19] and cd(l2[21:27]) == l2[27]
    ok = ok and (l2[42] == cd(l2[28:42]) or (l2[42] == "<" and set(l2[28:42]) == {"<"}))
    return ok and cd(l2[0:10] + l2[13:20] + l2[21:43]) == l2[43]


def td1(code, country, number, dob, sex, expiry, nat, surname, given, opt1="", opt2=""):
    num = number.ljust(9, "<")
    l1 = (code + country + num + cd(num) + opt1).ljust(30, "<")[:30]
    l2 = ymd(dob) + cd(ymd(dob)) + sex + ymd(expiry) + cd(ymd(expiry)) + nat
    l2 = (l2 + opt2).ljust(29, "<")[:29]
    l2 += cd(l1[5:30] + l2[0:7] + l2[8:15] + l2[18:29])
    l3 = name_field(surname, given, 30)
    assert len(l1) == 30 and len(l2) == 30 and len(l3) == 30
    assert verify_td1(l1, l2)
    return l1, l2, l3


def verify_td1(l1, l2):
    ok = cd(l1[5:14]) == l1[14] and cd(l2[0:6]) == l2[6] and cd(l2[8:14]) == l2[14]
    return ok and cd(l1[5:30] + l2[0:7] + l2[8:15] + l2[18:29]) == l2[29]


def mrva(country, surname, given, number, nat, dob, sex, expiry, optional=""):
    l1 = ("V" + "<" + country + name_field(surname, given, 39))[:44]
    num = number.ljust(9, "<")
    l2 = num + cd(num) + nat + ymd(dob) + cd(ymd(dob)) + sex + ymd(expiry) + cd(ymd(expiry))
    l2 = (l2 + optional).ljust(44, "<")[:44]
    assert len(l1) == 44 and len(l2) == 44
    assert cd(l2[0:9]) == l2[9] and cd(l2[13:19]) == l2[19] and cd(l2[21:27]) == l2[27]
    return l1, l2


_RIB_MAP = {}
for _i, _grp in enumerate(("AJ", "BKS", "CLT", "DMU", "ENV", "FOW", "GPX", "HQY", "IRZ")):
    for _ch in _grp:
        _RIB_MAP[_ch] = str(_i + 1)


def rib_key(bank, branch, account):
    acc = "".join(_RIB_MAP.get(ch, ch) for ch in account.upper())
    return 97 - ((89 * int(bank) + 15 * int(branch) + 3 * int(acc)) % 97)


def _iban_num(s):
    return int("".join(str(int(ch, 36)) for ch in s))


def iban_fr(bank, branch, account):
    key = rib_key(bank, branch, account)
    bban = f"{bank}{branch}{account}{key:02d}"
    check = 98 - _iban_num(bban + "FR00") % 97
    iban = f"FR{check:02d}{bban}"
    assert iban_ok(iban) and rib_ok(iban)
    return iban, f"{key:02d}"


def iban_ok(iban):
    s = iban.replace(" ", "")
    return _iban_num(s[4:] + s[:4]) % 97 == 1


def rib_ok(iban):
    b = iban[4:]
    return rib_key(b[0:5], b[5:10], b[10:21]) == int(b[21:23])


def spaced(iban):
    return " ".join(iban[i : i + 4] for i in range(0, len(iban), 4))


def luhn_ok(s):
    tot = 0
    for i, ch in enumerate(reversed(s)):
        d = int(ch) * (2 if i % 2 else 1)
        tot += d - 9 if d > 9 else d
    return tot % 10 == 0


def siret(siren8, nic4):
    """Complete a SIREN (8 digits) with its Luhn key, then the NIC so that the SIRET is valid."""
    for k in range(10):
        if luhn_ok(siren8 + str(k)):
            siren = siren8 + str(k)
            break
    for k in range(10):
        if luhn_ok(siren + nic4 + str(k)):
            return siren + nic4 + str(k)
    raise ValueError(siren8)


def _selftest():
    # ICAO 9303 specimen
    l1, l2 = td3(
        "UTO",
        "ERIKSSON",
        "ANNA MARIA",
        "L898902C3",
        "UTO",
        "1974-08-12",
        "F",
        "2012-04-15",
        "ZE184226B",
    )
    assert l2 == "L898902C36UTO7408122F1204159ZE184226B<<<<<10", l2
    assert iban_ok("FR1420041010050500013M02606")
    assert rib_key("20041", "01005", "0500013M026") == 6


_selftest()
