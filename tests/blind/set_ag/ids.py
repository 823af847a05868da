"""MRZ, IBAN and SIRET arithmetic, and identity documents (passport, visa, cards)."""

import unicodedata

from PIL import Image
from render import Page, guilloche, pil_font, portrait, signature

# ---------------------------------------------------------------- check digits


def _val(c):
    if c.isdigit():
        return int(c)
    if c == "<":
        return 0
    return ord(c) - 55


def cd(s):
    return str(sum(_val(c) * (7, 3, 1)[i % 3] for i, c in enumerate(s)) % 10)


def mrz_name(surname, given, n):
    def clean(t):
        t = unicodedata.normalize("NFKD", t).encode("ascii", "ignore").decode().upper()
        return "".join(c if c.isalpha() else "<" for c in t.replace("'", ""))

    s = clean(surname) + "<<" + clean(given)
    return (s + "<" * n)[:n]


def ymd(d):
    return d[2:4] + d[5:7] + d[8:10]


def td3(kind, iss, sur, giv, num, nat, dob, sex, exp, personal=""):
    l1 = (kind + "<")[:2] + iss + mrz_name(sur, giv, 39)
    n = (num + "<" * 9)[:9]
    p = (personal + "<" * 14)[:14]
    part = n + cd(n) + nat + ymd(dob) + cd(ymd(dob)) + sex + ymd(exp) + cd(ymd(exp)) + p + cd(p)
    comp = n + cd(n) + ymd(dob) + cd(ymd(dob)) + ymd(exp) + cd(ymd(exp)) + p + cd(p)
    return [l1, part + cd(comp)]


def td1(kind, iss, sur, giv, num, nat, dob, sex, exp, opt1="", opt2=""):
    n = (num + "<" * 9)[:9]
    l1 = (kind + "<")[:2] + iss + n + cd(n) + (opt1 + "<" * 15)[:15]
    o2 = (opt2 + "<" * 11)[:11]
    l2 = ymd(dob) + cd(ymd(dob)) + sex + ymd(exp) + cd(ymd(exp)) + nat + o2
    comp = l1[5:30] + l2[0:7] + l2[8:15] + l2[18:29]
    return [l1, l2 + cd(comp), mrz_name(sur, giv, 30)]


def mrvb(iss, sur, giv, num, nat, dob, sex, exp, vtype="D"):
    l1 = "V" + vtype + iss + mrz_name(sur, giv, 31)
    n = (num + "<" * 9)[:9]
    l2 = n + cd(n) + nat + ymd(dob) + cd(ymd(dob)) + sex + ymd(exp) + cd(ymd(exp)) + "<" * 8
    return [l1, l2]


def iban_of(country, bban):
    s = "".join(str(_val(c)) for c in bban + country + "00")
    return country + "%02d" % (98 - int(s) % 97) + bban


def _rib_digits(s):
    tr = {c: str(i % 9 + 1) for i, c in enumerate("ABCDEFGHIJKLMNOPQR")}
    tr.update({c: str(i + 2) for i, c in enumerate("STUVWXYZ")})
    return int("".join(tr.get(c, c) for c in s))


def fr_bban(bank, branch, account):
    key = 97 - (89 * int(bank) + 15 * int(branch) + 3 * _rib_digits(account)) % 97
    return bank + branch + account + "%02d" % key, "%02d" % key


def be_bban(bank, acct):
    base = bank + acct
    k = int(base) % 97 or 97
    return base + "%02d" % k


def siret(siren8, nic4):
    """Make a Luhn-valid SIREN (9) and SIRET (14) from an 8-digit stem."""

    def luhn_ok(s):
        tot = 0
        for i, c in enumerate(reversed(s)):
            d = int(c) * (2 if i % 2 else 1)
            tot += d - 9 if d > 9 else d
        return tot % 10 == 0

    siren = next(siren8 + str(i) for i in range(10) if luhn_ok(siren8 + str(i)))
    st = next(siren + nic4 + str(i) for i in range(10) if luhn_ok(siren + nic4 + str(i)))
    return siren, st


def grp(s, n=4):
    return " ".join(s[i : i + n] for i in range(0, len(s), n))


def fr_date(d, sep="/"):
    return d[8:10] + sep + d[5:7] + sep + d[0:4]


MONTHS_FR = [
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
MONTHS_EN = ["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"]
MONTHS_ES = [
    "enero",
    "febrero",
    "marzo",
    "abril",
    "mayo",
    "junio",
    "julio",
    "agosto",
    "septiembre",
    "octubre",
    "noviembre",
    "diciembre",
]


def words_fr(d):
    return "%d %s %s" % (int(d[8:10]), MONTHS_FR[int(d[5:7]) - 1], d[:4])


# ---------------------------------------------------------------- drawing helpers


def mrz_lines(page, x, y, lines, width, step):
    f = pil_font("ocrb", 100)
    n = len(lines[0])
    size = width / (f.getlength("<" * n) / 100 * 0.3528)
    for i, ln in enumerate(lines):
        page.text(x, y + i * step, ln, "ocrb", size, (20, 20, 25))


def _bg(page, rng, color, wpx=1500):
    hpx = int(wpx * page.h / page.w)
    page.image(0, 0, page.w, page.h, guilloche(wpx, hpx, rng, color, n=55))


def passport_page(p, rng, style):
    """ICAO TD3 data page (125 x 88 mm) on the inside of the cover."""
    pg = Page(129, 92, bg=style["cover"])
    inner = Page(125, 88)
    _bg(inner, rng, style["tint"])
    t = style
    inner.text(62.5, 6.5, t["title1"], t["font_b"], 8.5, t["ink"], "c")
    inner.text(62.5, 10.5, t["title2"], t["font"], 6.5, t["ink"], "c")
    if t.get("title_ar"):
        inner.text(120, 7, t["title_ar"], "amirib", 9, t["ink"], "r")
    ph = portrait(350, 450, rng, skin=p.get("skin", (160, 120, 95)))
    inner.image(5, 16, 32, 41, ph)
    lab, val = (6.5 if t.get("big") else 5), 8.2
    rows = [
        (t["l_type"], "P", t["l_code"], p["nat"], t["l_no"], p["passport_no"]),
        (t["l_sur"], p["surname"], None, None, None, None),
        (t["l_giv"], p["given"], None, None, None, None),
        (t["l_nat"], t["nat_text"], None, None, None, None),
        (t["l_dob"], t["dfmt"](p["dob"]), t["l_sex"], p["sex"], None, None),
        (t["l_pob"], p["pob_pass"], None, None, None, None),
        (t["l_iss"], t["dfmt"](p["pass_issue"]), t["l_auth"], t["authority"], None, None),
        (t["l_exp"], t["dfmt"](p["pass_exp"]), None, None, None, None),
    ]
    y = 17
    for r in rows:
        inner.text(41, y, r[0], t["font"], lab, (70, 70, 90))
        inner.text(41, y + 3.6, r[1], t["font_b"], val, (15, 15, 25))
        if r[2]:
            inner.text(70, y, r[2], t["font"], lab, (70, 70, 90))
            inner.text(70, y + 3.6, r[3], t["font_b"], val, (15, 15, 25))
        if r[4]:
            inner.text(92, y, r[4], t["font"], lab, (70, 70, 90))
            inner.text(92, y + 3.6, r[5], t["font_b"], val, (150, 20, 20))
        y += 6.7
    inner.image(
        8,
        58,
        26,
        8,
        signature(
            p["given"].split()[0].title() + " " + p["surname"].split()[0].title(),
            rng.randrange(999),
        ),
    )
    lines = td3(
        "P",
        p["nat"],
        p["surname"],
        p["given"],
        p["passport_no"],
        p["nat"],
        p["dob"],
        p["sex"],
        p["pass_exp"],
        p.get("personal", ""),
    )
    mrz_lines(inner, 4, 77.5, lines, 117, 6.2)
    img_inner = inner
    pg.image(2, 2, 125, 88, _flat(img_inner))
    return pg, lines


def _flat(page, dpi=300):
    from render import render_pil

    return render_pil(page, dpi)


def visa_page(p, rng, v):
    """A passport visa page carrying a French type D sticker (MRV-B) and an entry stamp."""
    pg = Page(125, 88)
    _bg(pg, rng, (226, 232, 222))
    pg.text(120, 6, "%d" % v["page_no"], "sans", 7, (90, 90, 90), "r")
    st = Page(105, 74)
    _bg(st, rng, (232, 222, 236))
    blue, red = (30, 40, 90), (180, 25, 30)
    st.rect(0.3, 0.3, 104.4, 73.4, (120, 110, 140), None, 0.4)
    st.text(3, 5, "VISA", "sansb", 9, blue)
    st.text(70, 5, "FRA", "sansb", 8, red)
    st.text(78, 5, v["number"], "sansb", 9, red)
    f = "cond"

    def lv(x, y, label, value, size=7.5):
        st.text(x, y, label, f, 4.2, blue)
        st.text(x, y + 3.3, value, "condb", size, (10, 10, 10))

    lv(3, 10, "VALABLE POUR / VALID FOR", "FRANCE")
    lv(3, 17, "DU / FROM", v["from_txt"])
    lv(30, 17, "AU / UNTIL", v["until_txt"])
    lv(3, 24, "TYPE DE VISA / TYPE OF VISA", "D")
    lv(36, 24, "NOMBRE D'ENTRÉES / NUMBER OF ENTRIES", "MULT")
    lv(76, 24, "DURÉE DU SÉJOUR", v["days"] + " JOURS")
    lv(3, 31, "DÉLIVRÉ À / ISSUED IN", v["place"])
    lv(36, 31, "LE / ON", v["issued_txt"])
    lv(64, 31, "NUMÉRO DE PASSEPORT", p["passport_no"])
    lv(3, 38, "NOM, PRÉNOM / SURNAME, NAME", p["surname"] + ", " + p["given"])
    st.text(3, 45, "REMARQUES / REMARKS", f, 4.2, blue)
    for i, rmk in enumerate(v["remarks"]):
        st.text(3, 48.5 + i * 3.2, rmk, "condb", 6.4, (10, 10, 10))
    st.image(82, 36, 19, 20, portrait(190, 200, rng, skin=p.get("skin", (160, 120, 95))))
    lines = mrvb(
        "FRA", p["surname"], p["given"], v["number"], p["nat"], p["dob"], p["sex"], v["until"]
    )
    mrz_lines(st, 3, 63.5, lines, 99, 6.0)
    pg.image(10, 8, 105, 74, _flat(st))
    return pg, lines


def card_front_back(kind, p, rng, c):
    """French ID-1 cards: titre de séjour (kind 'TS') or CNI (kind 'CNI'); 85.6 x 54 mm."""
    ink, lab = (20, 30, 60), (60, 80, 120)
    fr = Page(85.6, 54)
    _bg(fr, rng, (214, 228, 236) if kind == "CNI" else (232, 226, 214), 1100)
    fr.text(3, 5, "RÉPUBLIQUE FRANÇAISE", "sansb", 5.5, (20, 40, 120))
    title = "CARTE NATIONALE D'IDENTITÉ / IDENTITY CARD" if kind == "CNI" else "TITRE DE SÉJOUR"
    fr.text(3, 9, title, "sansb", 5.2 if kind == "CNI" else 7, (120, 30, 40))
    fr.image(3, 13, 24, 31, portrait(240, 310, rng, skin=p.get("skin", (200, 160, 140))))
    y = 14.5

    def lv(label, value, x=30, w=None):
        nonlocal y
        fr.text(x, y, label, "cond", 3.8, lab)
        fr.text(x, y + 3.0, value, "condb", 6.3, ink)

    if kind == "CNI":
        for label, value in [
            ("NOM / Surname", p["surname"]),
            ("Prénoms / Given names", p["given"].replace(" ", ", ")),
            ("Sexe / Sex      Nationalité / Nationality", p["sex"] + "            FRA"),
            ("Date de naiss. / Date of birth", fr_date(p["dob"], " ")),
            ("Lieu de naissance / Place of birth", p["pob"]),
            ("N° du document / Document No", p["doc_no"]),
            ("Date d'expir. / Expiry date", fr_date(p["exp"], " ")),
        ]:
            lv(label, value)
            y += 5.4
    else:
        for label, value in [
            ("NOM / Surname", p["surname"]),
            ("Prénoms / Given names", p["given"]),
            ("Sexe   Nationalité", p["sex"] + "      " + p["nat"]),
            ("Date de naissance", fr_date(p["dob"], " ")),
            ("Valable jusqu'au / Valid until", fr_date(p["ts_exp"], " ")),
            ("Type de titre / Remarques", c["ts_type"]),
            ("", c["ts_rmk"]),
        ]:
            lv(label, value)
            y += 5.2
        fr.text(3, 48, "N° " + p["ts_no"], "condb", 6, (150, 20, 20))
    fr.image(
        3,
        45 if kind == "CNI" else 49.5,
        20,
        4.5 if kind == "CNI" else 4,
        signature(p["surname"].title(), rng.randrange(999)),
    )
    bk = Page(85.6, 54)
    _bg(bk, rng, (214, 228, 236) if kind == "CNI" else (232, 226, 214), 1100)
    y = 5
    back = c["back"]
    for label, value in back:
        bk.text(4, y, label, "cond", 3.8, lab)
        bk.text(4, y + 3, value, "condb", 5.8, ink)
        y += 6.4
    if kind == "CNI":
        lines = td1(
            "ID", "FRA", p["surname"], p["given"], p["doc_no"], "FRA", p["dob"], p["sex"], p["exp"]
        )
    else:
        lines = td1(
            "IR",
            "FRA",
            p["surname"],
            p["given"],
            p["ts_no"],
            p["nat"],
            p["dob"],
            p["sex"],
            p["ts_exp"],
        )
    mrz_lines(bk, 4, 38, lines, 77, 5.6)
    return fr, bk, lines


def on_white(img, margin=0.0):
    if not margin:
        return img
    w, h = img.size
    out = Image.new("RGB", (int(w * (1 + margin)), int(h * (1 + margin))), (255, 255, 255))
    out.paste(img, (int(w * margin / 2), int(h * margin / 2)))
    return out
