"""Check digits (MRZ, IBAN, RIB, SIRET, CURP) and identity document layouts."""

from __future__ import annotations

import random
import unicodedata

from render import Page, portrait, signature

# ----------------------------------------------------------------- check digits


def _val(ch: str) -> int:
    if ch == "<":
        return 0
    if ch.isdigit():
        return int(ch)
    return ord(ch) - 55


def mrz_cd(s: str) -> str:
    w = (7, 3, 1)
    return str(sum(_val(c) * w[i % 3] for i, c in enumerate(s)) % 10)


def mrz_name(s: str) -> str:
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c)).upper()
    return "".join(c if c.isalpha() else "<" for c in s.replace("'", ""))


def _pad(s, n):
    assert len(s) <= n, s
    return s + "<" * (n - len(s))


def td3(doc_type, state, surname, given, number, nat, dob, sex, expiry, optional=""):
    """dob/expiry as YYMMDD."""
    l1 = _pad(doc_type + state + mrz_name(surname) + "<<" + mrz_name(given), 44)[:44]
    num = _pad(number, 9)
    opt = _pad(optional, 14)
    opt_cd = mrz_cd(opt) if optional else "<"
    body = (
        num + mrz_cd(num) + nat + dob + mrz_cd(dob) + sex + expiry + mrz_cd(expiry) + opt + opt_cd
    )
    comp = num + mrz_cd(num) + dob + mrz_cd(dob) + expiry + mrz_cd(expiry) + opt + opt_cd
    l2 = body + mrz_cd(comp)
    assert len(l1) == 44 and len(l2) == 44
    assert check_td3(l2)
    return [l1, l2]


def check_td3(l2: str) -> bool:
    ok = mrz_cd(l2[0:9]) == l2[9] and mrz_cd(l2[13:19]) == l2[19]
    ok = ok and mrz_cd(l2[21:27]) == l2[27]
    if l2[42] != "<" or l2[28:42] != "<" * 14:
        ok = ok and mrz_cd(l2[28:42]) == l2[42]
    comp = l2[0:10] + l2[13:20] + l2[21:43]
    return ok and mrz_cd(comp) == l2[43]


def td1(doc_type, state, number, dob, sex, expiry, nat, surname, given, opt1="", opt2=""):
    num = _pad(number, 9)
    l1 = _pad(doc_type + state + num + mrz_cd(num) + opt1, 30)
    l2h = dob + mrz_cd(dob) + sex + expiry + mrz_cd(expiry) + nat + _pad(opt2, 11)
    comp = l1[5:30] + l2h[0:7] + l2h[8:15] + l2h[18:29]
    l2 = l2h + mrz_cd(comp)
    l3 = _pad(mrz_name(surname) + "<<" + mrz_name(given), 30)[:30]
    assert len(l1) == len(l2) == len(l3) == 30
    assert check_td1(l1, l2)
    return [l1, l2, l3]


def check_td1(l1, l2) -> bool:
    ok = mrz_cd(l1[5:14]) == l1[14]
    ok = ok and mrz_cd(l2[0:6]) == l2[6] and mrz_cd(l2[8:14]) == l2[14]
    comp = l1[5:30] + l2[0:7] + l2[8:15] + l2[18:29]
    return ok and mrz_cd(comp) == l2[29]


def mrva(code, state, surname, given, number, nat, dob, sex, expiry, optional=""):
    l1 = _pad(code + state + mrz_name(surname) + "<<" + mrz_name(given), 44)[:44]
    num = _pad(number, 9)
    l2 = num + mrz_cd(num) + nat + dob + mrz_cd(dob) + sex + expiry + mrz_cd(expiry)
    l2 = _pad(l2 + optional, 44)
    assert len(l1) == 44 and len(l2) == 44
    assert mrz_cd(l2[0:9]) == l2[9] and mrz_cd(l2[13:19]) == l2[19]
    assert mrz_cd(l2[21:27]) == l2[27]
    return [l1, l2]


def _alnum(s: str) -> str:
    return "".join(str(_val(c)) if c.isalpha() else c for c in s)


def iban_ok(iban: str) -> bool:
    r = iban[4:] + iban[:4]
    return int(_alnum(r)) % 97 == 1


def make_iban(country: str, bban: str) -> str:
    cd = 98 - int(_alnum(bban + country + "00")) % 97
    iban = f"{country}{cd:02d}{bban}"
    assert iban_ok(iban)
    return iban


_RIBMAP = {}
for _i, _grp in enumerate(["AJ", "BKS", "CLT", "DMU", "ENV", "FOW", "GPX", "HQY", "IRZ"]):
    for _c in _grp:
        _RIBMAP[_c] = str(_i + 1)


def rib_key(bank: str, branch: str, account: str) -> str:
    acc = "".join(_RIBMAP.get(c, c) for c in account.upper())
    k = 97 - ((89 * int(bank) + 15 * int(branch) + 3 * int(acc)) % 97)
    return f"{k:02d}"


def fr_iban(bank, branch, account):
    key = rib_key(bank, branch, account)
    iban = make_iban("FR", bank + branch + account + key)
    assert iban[2:4] == "76" or not account.isdigit()
    return key, iban


def group4(s: str) -> str:
    return " ".join(s[i : i + 4] for i in range(0, len(s), 4))


def luhn_ok(s: str) -> bool:
    tot = 0
    for i, ch in enumerate(reversed(s)):
        d = int(ch)
        if i % 2:
            d *= 2
            d = d - 9 if d > 9 else d
        tot += d
    return tot % 10 == 0


def make_siret(siren8: str, nic4: str) -> str:
    for last_siren in range(10):
        siren = siren8 + str(last_siren)
        if luhn_ok(siren):
            break
    for last in range(10):
        s = siren + nic4 + str(last)
        if luhn_ok(s):
            return s
    raise ValueError


def curp_check(c17: str) -> str:
    alpha = "0123456789ABCDEFGHIJKLMNÑOPQRSTUVWXYZ"
    tot = sum(alpha.index(ch) * (18 - i) for i, ch in enumerate(c17))
    return str((10 - tot % 10) % 10)


# ----------------------------------------------------------------- layouts


def mrz_lines(page: Page, x, y, lines, size=10.2, step=4.6):
    for i, ln in enumerate(lines):
        page.text(x, y + i * step, ln, "ocrb", size, (15, 15, 15))


def passport_page(d: dict, seed: int) -> Page:
    """TD3 data page (125 x 88 mm) with the printed zone and the MRZ."""
    rng = random.Random(seed)
    p = Page(125, 88, bg=d.get("bg", (236, 232, 222)))
    tint = d.get("tint", (150, 170, 190))
    for k in range(14):  # guilloche-ish bands
        y0 = 6 + k * 4.2
        p.line(0, y0, 125, y0 + rng.uniform(-3, 3), tint, 0.15)
    p.text(62.5, 5.5, d["header"], d.get("hfont", "sansb"), 7.2, (40, 40, 60), "c")
    if d.get("header_ar"):
        p.text(121, 5.5, d["header_ar"], "arabicb", 8, (40, 40, 60), "r", rtl=True)
    if d.get("header2"):
        p.text(62.5, 9.0, d["header2"], "sans", 5.6, (40, 40, 60), "c")
    p.image(portrait(seed=seed, tone=d.get("skin", (150, 110, 85))), 4, 14, 32, 41)
    f = d["fields"]
    x, y, col2 = 40, 14.5, 84
    lab = (70, 70, 90)
    for i, (label, value, second) in enumerate(f):
        yy = y + i * 6.3
        if second:
            p.text(x, yy, label[0], "sans", 4.6, lab)
            p.text(x, yy + 3.4, value[0], "sansb", 7.4)
            p.text(col2, yy, label[1], "sans", 4.6, lab)
            p.text(col2, yy + 3.4, value[1], "sansb", 7.4)
        else:
            p.text(x, yy, label, "sans", 4.6, lab)
            p.text(x, yy + 3.4, value, "sansb", 7.4)
    p.text(6, 62, "Signature", "sans", 4.5, lab)
    signature(p, 7, 67, rng, width=22, color=(30, 30, 40), lw=0.35)
    mrz_lines(p, 4.5, 77.5, d["mrz"], size=9.6, step=5.2)
    return p


def id_card(
    title_lines, fields, seed, mrz=None, photo=True, bg=(226, 232, 238), tint=(170, 190, 215)
) -> Page:
    """ID-1 card face (85.6 x 54 mm). fields: list of (x, y, label, value, size)."""
    rng = random.Random(seed)
    p = Page(85.6, 54, bg=bg)
    for k in range(16):
        p.line(0, 4 + k * 3.3, 85.6, 4 + k * 3.3 + rng.uniform(-4, 4), tint, 0.12)
    for i, (t, font, size) in enumerate(title_lines):
        p.text(4, 4.6 + i * 3.4, t, font, size, (25, 35, 70))
    if photo:
        p.image(portrait(seed=seed + 7, tone=(205, 170, 145), bgc=(235, 236, 238)), 3.5, 12, 22, 28)
    for x, y, label, value, size in fields:
        if label:
            p.text(x, y, label, "sans", 3.6, (70, 80, 100))
        if value:
            p.text(x, y + 3.0, value, "sansb", size)
    if mrz:
        mrz_lines(p, 3.2, 40.5, mrz, size=7.6, step=4.3)
    return p
