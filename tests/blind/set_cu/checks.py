"""Check digits: ICAO 9303 MRZ, IBAN, French RIB key, NIR key, SIRET (Luhn), CURP."""

import unicodedata


def mrz_char(c):
    if c.isdigit():
        return int(c)
    if c == "<":
        return 0
    return ord(c) - 55


def cd(s):
    return str(sum(mrz_char(c) * (7, 3, 1)[i % 3] for i, c in enumerate(s)) % 10)


def mrz_name(s):
    s = unicodedata.normalize("NFKD", s.upper().replace("ı", "I"))
    s = "".join(c for c in s if not unicodedata.combining(c))
    s = s.replace("'", "").replace("’", "").replace("-", "<").replace(" ", "<")
    return "".join(c for c in s if c.isalnum() or c == "<")


def names_field(surname, given, n):
    return (mrz_name(surname) + "<<" + mrz_name(given)).ljust(n, "<")[:n]


def ymd(d):
    return d[2:4] + d[5:7] + d[8:10]


def td3(code, state, surname, given, number, nat, dob, sex, exp, opt=""):
    assert len(number) <= 9
    l1 = (code.ljust(2, "<") + state + names_field(surname, given, 39))[:44]
    num = number.ljust(9, "<")
    opt = opt.ljust(14, "<")
    optcd = "<" if opt == "<" * 14 else cd(opt)
    l2 = num + cd(num) + nat + ymd(dob) + cd(ymd(dob)) + sex + ymd(exp) + cd(ymd(exp)) + opt + optcd
    comp = l2[0:10] + l2[13:20] + l2[21:43]
    l2 += cd(comp)
    assert len(l1) == 44 and len(l2) == 44
    return [l1, l2]


def td1(code, state, number, dob, sex, exp, nat, surname, given, opt1="", opt2=""):
    assert len(number) <= 9
    num = number.ljust(9, "<")
    l1 = (code.ljust(2, "<") + state + num + cd(num) + opt1).ljust(30, "<")
    l2 = (ymd(dob) + cd(ymd(dob)) + sex + ymd(exp) + cd(ymd(exp)) + nat + opt2).ljust(29, "<")
    comp = l1[5:30] + l2[0:7] + l2[8:15] + l2[18:29]
    l2 += cd(comp)
    l3 = names_field(surname, given, 30)
    assert len(l1) == len(l2) == len(l3) == 30
    return [l1, l2, l3]


def mrvb(code, state, surname, given, number, nat, dob, sex, exp, opt=""):
    assert len(number) <= 9
    l1 = (code.ljust(2, "<") + state + names_field(surname, given, 31))[:36]
    num = number.ljust(9, "<")
    l2 = num + cd(num) + nat + ymd(dob) + cd(ymd(dob)) + sex + ymd(exp) + cd(ymd(exp))
    l2 = (l2 + opt).ljust(36, "<")
    assert len(l1) == 36 and len(l2) == 36
    return [l1, l2]


def _selftest():
    a = td3(
        "P",
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
    assert a == [
        "P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<",
        "L898902C36UTO7408122F1204159ZE184226B<<<<<10",
    ], a
    b = td1(
        "I", "UTO", "D23145890", "1974-08-12", "F", "2012-04-15", "UTO", "ERIKSSON", "ANNA MARIA"
    )
    assert b[0] == "I<UTOD231458907<<<<<<<<<<<<<<<", b
    assert b[1] == "7408122F1204159UTO<<<<<<<<<<<6", b
    assert b[2] == "ERIKSSON<<ANNA<MARIA<<<<<<<<<<"
    c = mrvb(
        "V", "UTO", "ERIKSSON", "ANNA MARIA", "L8988901C", "XXX", "1940-09-07", "F", "1996-12-10"
    )
    assert c[1] == "L8988901C4XXX4009078F9612109<<<<<<<<", c
    assert iban_ok("FR7630006000011234567890189")
    assert rib_key("30006", "00001", "12345678901") == "89"
    assert rib_key("20041", "01005", "0500013M026") == "06"


def iban_ok(iban):
    s = iban[4:] + iban[:4]
    return int("".join(str(int(c, 36)) for c in s)) % 97 == 1


def make_iban(cc, bban):
    s = bban + cc + "00"
    ck = 98 - int("".join(str(int(c, 36)) for c in s)) % 97
    iban = f"{cc}{ck:02d}{bban}"
    assert iban_ok(iban)
    return iban


_RIBL = {
    c: v
    for v, cs in enumerate(["", "AJ", "BKS", "CLT", "DMU", "ENV", "FOW", "GPX", "HQY", "IRZ"])
    for c in cs
}


def rib_key(bank, branch, acct):
    acct = "".join(str(_RIBL[c]) if c.isalpha() else c for c in acct)
    return f"{97 - (89 * int(bank) + 15 * int(branch) + 3 * int(acct)) % 97:02d}"


def fr_iban(bank, branch, acct):
    key = rib_key(bank, branch, acct)
    return make_iban("FR", bank + branch + acct + key), key


def nir_with_key(n13):
    assert len(n13) == 13
    key = 97 - int(n13) % 97
    full = n13 + f"{key:02d}"
    assert (int(full[:13]) + int(full[13:])) % 97 == 0 or 97 - int(full[:13]) % 97 == key
    return full


def luhn_ok(s):
    t = 0
    for i, c in enumerate(reversed(s)):
        d = int(c) * (2 if i % 2 else 1)
        t += d - 9 if d > 9 else d
    return t % 10 == 0


def luhn_complete(prefix):
    for d in "0123456789":
        if luhn_ok(prefix + d):
            return prefix + d


def siret(siren8, nic4):
    siren = luhn_complete(siren8)
    s = luhn_complete(siren + nic4)
    assert luhn_ok(siren) and luhn_ok(s) and len(s) == 14
    return s


def curp(c17):
    dic = "0123456789ABCDEFGHIJKLMNÑOPQRSTUVWXYZ"
    s = sum(dic.index(ch) * (18 - i) for i, ch in enumerate(c17))
    return c17 + str((10 - s % 10) % 10)


_selftest()
