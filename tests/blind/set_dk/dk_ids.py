"""Identifiers for set_dk: ICAO 9303 MRZ, IBAN, French RIB key, with self-checks."""

import unicodedata

_W = (7, 3, 1)


def _val(c):
    if c.isdigit():
        return int(c)
    if c == "<":
        return 0
    return ord(c) - 55


def cd(s):
    return str(sum(_val(c) * _W[i % 3] for i, c in enumerate(s)) % 10)


def mrz_name(s):
    s = unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode().upper()
    s = s.replace("'", "")
    return "".join(c if c.isalnum() else "<" for c in s)


def _pad(s, n):
    assert len(s) <= n, s
    return s + "<" * (n - len(s))


def ymd(iso):
    return iso[2:4] + iso[5:7] + iso[8:10]


def td3(issuer, surname, given, number, nat, dob, sex, expiry, opt=""):
    assert len(number) <= 9
    l1 = _pad("P<" + issuer + mrz_name(surname) + "<<" + mrz_name(given), 44)[:44]
    num = _pad(number, 9)
    o = _pad(opt, 14)
    body = num + cd(num) + nat + ymd(dob) + cd(ymd(dob)) + sex + ymd(expiry) + cd(ymd(expiry))
    body += o + cd(o)
    comp = body[0:10] + body[13:20] + body[21:43]
    return [l1, body + cd(comp)]


def td1(code, issuer, number, nat, dob, sex, expiry, surname, given, opt1="", opt2=""):
    assert len(number) <= 9
    num = _pad(number, 9)
    l1 = _pad(code + issuer + num + cd(num) + opt1, 30)
    l2 = ymd(dob) + cd(ymd(dob)) + sex + ymd(expiry) + cd(ymd(expiry)) + nat
    l2 = _pad(l2 + opt2, 29)
    l2 += cd(l1[5:30] + l2[0:7] + l2[8:15] + l2[18:29])
    l3 = _pad(mrz_name(surname) + "<<" + mrz_name(given), 30)[:30]
    return [l1, l2, l3]


def mrva(issuer, surname, given, number, nat, dob, sex, expiry, opt=""):
    assert len(number) <= 9
    l1 = _pad("V<" + issuer + mrz_name(surname) + "<<" + mrz_name(given), 44)[:44]
    num = _pad(number, 9)
    l2 = num + cd(num) + nat + ymd(dob) + cd(ymd(dob)) + sex + ymd(expiry) + cd(ymd(expiry))
    return [l1, _pad(l2 + opt, 44)]


def mrz_ok(lines):
    """Independent re-check of every check digit."""
    if len(lines) == 3:
        a, b, _ = lines
        return (
            cd(a[5:14]) == a[14]
            and cd(b[0:6]) == b[6]
            and cd(b[8:14]) == b[14]
            and cd(a[5:30] + b[0:7] + b[8:15] + b[18:29]) == b[29]
        )
    b = lines[1]
    ok = cd(b[0:9]) == b[9] and cd(b[13:19]) == b[19] and cd(b[21:27]) == b[27]
    if lines[0][0] == "P":
        ok = ok and cd(b[28:42]) == b[42]
        ok = ok and cd(b[0:10] + b[13:20] + b[21:43]) == b[43]
    return ok


def mod97(s):
    n = "".join(str(int(c, 36)) for c in s)
    return int(n) % 97


def iban_from_bban(country, bban):
    chk = 98 - mod97(bban + country + "00")
    return f"{country}{chk:02d}{bban}"


def iban_ok(iban):
    return mod97(iban[4:] + iban[:4]) == 1


def rib_key(bank, branch, account):
    conv = {c: str((i % 9) + 1) for i, c in enumerate("ABCDEFGHI")}
    conv.update({c: str((i % 9) + 1) for i, c in enumerate("JKLMNOPQR")})
    conv.update({c: str((i % 8) + 2) for i, c in enumerate("STUVWXYZ")})
    acc = "".join(conv.get(c, c) for c in account)
    return 97 - ((89 * int(bank) + 15 * int(branch) + 3 * int(acc)) % 97)


def fr_iban(bank, branch, account, key=None):
    k = rib_key(bank, branch, account) if key is None else key
    return iban_from_bban("FR", f"{bank}{branch}{account}{k:02d}")


def fr_rib_ok(iban):
    b = iban[4:]
    return rib_key(b[0:5], b[5:10], b[10:21]) == int(b[21:23])


def be_iban(bank3, acc7):
    base = bank3 + acc7
    nat = int(base) % 97 or 97
    return iban_from_bban("BE", f"{base}{nat:02d}")


def group4(iban):
    return " ".join(iban[i : i + 4] for i in range(0, len(iban), 4))


def _selftest():
    # ICAO 9303 specimen (Utopia, ERIKSSON ANNA MARIA)
    m = td3("UTO", "ERIKSSON", "ANNA MARIA", "L898902C3", "UTO", "1974-08-12", "F", "2012-04-15")
    assert m[1][:28] == "L898902C36UTO7408122F1204159", m
    assert mrz_ok(m)
    assert iban_ok("GB82WEST12345698765432")
    assert iban_ok("FR7630006000011234567890189") and fr_rib_ok("FR7630006000011234567890189")


_selftest()
