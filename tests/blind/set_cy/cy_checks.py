"""Check-digit arithmetic for set_cy: ICAO 9303 MRZ, IBAN mod 97, French RIB key, Luhn."""

from cy_core import strip_accents

_W = (7, 3, 1)


def mrz_val(c):
    if c.isdigit():
        return int(c)
    if c == "<":
        return 0
    return ord(c) - 55


def cd(s):
    return str(sum(mrz_val(c) * _W[i % 3] for i, c in enumerate(s)) % 10)


def mrz_name(surname, given, n):
    def norm(x):
        x = strip_accents(x).upper().replace("'", "")
        return "".join(c if c.isalnum() else "<" for c in x)

    s = norm(surname) + "<<" + norm(given)
    s = s[:n]
    return s + "<" * (n - len(s))


def pad(s, n):
    assert len(s) <= n, s
    return s + "<" * (n - len(s))


def ymd(d):
    return d.strftime("%y%m%d")


def td3(country, surname, given, number, nat, dob, sex, exp, optional=""):
    assert len(number) <= 9
    l1 = "P<" + country + mrz_name(surname, given, 39)
    num = pad(number, 9)
    opt = pad(optional, 14)
    l2a = num + cd(num) + nat + ymd(dob) + cd(ymd(dob)) + sex + ymd(exp) + cd(ymd(exp))
    l2a += opt + cd(opt)
    comp = num + cd(num) + ymd(dob) + cd(ymd(dob)) + ymd(exp) + cd(ymd(exp)) + opt + cd(opt)
    l2 = l2a + cd(comp)
    assert len(l1) == 44 and len(l2) == 44
    assert check_td3(l1, l2)
    return l1, l2


def check_td3(l1, l2):
    ok = cd(l2[0:9]) == l2[9] and cd(l2[13:19]) == l2[19] and cd(l2[21:27]) == l2[27]
    ok = ok and cd(l2[28:42]) == l2[42]
    comp = l2[0:10] + l2[13:20] + l2[21:43]
    return ok and cd(comp) == l2[43]


def td1(code, country, number, dob, sex, exp, nat, surname, given, opt1="", opt2=""):
    assert len(number) <= 9
    num = pad(number, 9)
    l1 = pad(code, 2) + country + num + cd(num) + pad(opt1, 15)
    l2 = ymd(dob) + cd(ymd(dob)) + sex + ymd(exp) + cd(ymd(exp)) + nat + pad(opt2, 11)
    comp = l1[5:30] + l2[0:7] + l2[8:15] + l2[18:29]
    l2 += cd(comp)
    l3 = mrz_name(surname, given, 30)
    assert len(l1) == 30 and len(l2) == 30 and len(l3) == 30
    assert check_td1(l1, l2)
    return l1, l2, l3


def check_td1(l1, l2):
    ok = cd(l1[5:14]) == l1[14] and cd(l2[0:6]) == l2[6] and cd(l2[8:14]) == l2[14]
    comp = l1[5:30] + l2[0:7] + l2[8:15] + l2[18:29]
    return ok and cd(comp) == l2[29]


def mrva(country, surname, given, number, nat, dob, sex, until, optional=""):
    """Visa MRV-A (2 x 44). The document number is the visa's own number."""
    assert len(number) <= 9
    l1 = "VD" + country + mrz_name(surname, given, 39)
    num = pad(number, 9)
    l2 = num + cd(num) + nat + ymd(dob) + cd(ymd(dob)) + sex + ymd(until) + cd(ymd(until))
    l2 += pad(optional, 16)
    assert len(l1) == 44 and len(l2) == 44
    assert cd(l2[0:9]) == l2[9] and cd(l2[13:19]) == l2[19] and cd(l2[21:27]) == l2[27]
    return l1, l2


# ------------------------------------------------------------------ banking

_RIBL = {
    c: v
    for letters, v in (
        ("AJ", 1),
        ("BKS", 2),
        ("CLT", 3),
        ("DMU", 4),
        ("ENV", 5),
        ("FOW", 6),
        ("GPX", 7),
        ("HQY", 8),
        ("IRZ", 9),
    )
    for c in letters
    for _ in [0]
}


def _ribnum(s):
    return int("".join(str(_RIBL[c]) if c.isalpha() else c for c in s.upper()))


def rib_key(bank, branch, account):
    k = 97 - ((89 * _ribnum(bank) + 15 * _ribnum(branch) + 3 * _ribnum(account)) % 97)
    return f"{k:02d}"


def rib_key_ok(bank, branch, account, key):
    return (89 * _ribnum(bank) + 15 * _ribnum(branch) + 3 * _ribnum(account) + int(key)) % 97 == 0


def _iban_num(s):
    return int("".join(str(int(c, 36)) for c in s))


def iban_ok(iban):
    iban = iban.replace(" ", "")
    return _iban_num(iban[4:] + iban[:4]) % 97 == 1


def fr_iban(bank, branch, account):
    key = rib_key(bank, branch, account)
    bban = bank + branch + account + key
    check = 98 - _iban_num(bban + "FR00") % 97
    iban = f"FR{check:02d}{bban}"
    assert iban_ok(iban) and rib_key_ok(bank, branch, account, key)
    return iban, key


def iban_groups(iban):
    return " ".join(iban[i : i + 4] for i in range(0, len(iban), 4))


def luhn_ok(num):
    tot = 0
    for i, c in enumerate(reversed(num)):
        v = int(c)
        if i % 2:
            v *= 2
            v -= 9 if v > 9 else 0
        tot += v
    return tot % 10 == 0


def siret(siren8, nic4):
    """SIREN from 8 digits + Luhn digit, then SIRET with a NIC whose last digit fixes Luhn."""
    siren = next(siren8 + str(d) for d in range(10) if luhn_ok(siren8 + str(d)))
    s = next(siren + nic4 + str(d) for d in range(10) if luhn_ok(siren + nic4 + str(d)))
    assert luhn_ok(siren) and luhn_ok(s) and len(s) == 14
    return s


def selftest():
    # ICAO 9303 specimen (Utopia, ERIKSSON ANNA MARIA)
    assert check_td3(
        "P<UTOERIKSSON<<ANNA<MARIA" + "<" * 19, "L898902C36UTO7408122F1204159ZE184226B<<<<<10"
    )
    assert iban_ok("FR7630006000011234567890189")
    assert rib_key("30006", "00001", "12345678901") == "89"
    assert rib_key("20041", "01005", "0500013M026") == "06"
