"""MRZ, IBAN and RIB arithmetic, and identity-document layouts (passport, visa, cards)."""

import unicodedata

from kit import Page, guilloche, person_photo, signature

MRZ_FONT = "mono"
MONTHS_EN = "JAN FEB MAR APR MAY JUN JUL AUG SEP OCT NOV DEC".split()
MONTHS_FR = "JAN FEV MARS AVR MAI JUIN JUIL AOUT SEPT OCT NOV DEC".split()


def cd(s):
    tot = 0
    for i, ch in enumerate(s):
        v = int(ch) if ch.isdigit() else 0 if ch == "<" else ord(ch) - 55
        tot += v * (7, 3, 1)[i % 3]
    return str(tot % 10)


def ascii_up(s):
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c)).upper()
    return s.replace("Đ", "D").replace("'", "").replace("-", "<").replace(" ", "<")


def name_field(surname, given, n):
    f = ascii_up(surname) + "<<" + ascii_up(given)
    return f[:n].ljust(n, "<")


def ymd(iso):
    return iso[2:4] + iso[5:7] + iso[8:10]


def td3(country, surname, given, number, nat, dob, sex, exp, personal="", dtype="P<"):
    assert len(number) <= 9
    l1 = dtype + country + name_field(surname, given, 39)
    num = number.ljust(9, "<")
    pn = personal.ljust(14, "<")
    l2 = num + cd(num) + nat + ymd(dob) + cd(ymd(dob)) + sex + ymd(exp) + cd(ymd(exp))
    l2 += pn + cd(pn)
    l2 += cd(l2[0:10] + l2[13:20] + l2[21:43])
    assert len(l1) == len(l2) == 44
    return [l1, l2]


def mrva(vtype, country, surname, given, number, nat, dob, sex, exp, opt=""):
    assert len(number) <= 9
    l1 = "V" + vtype + country + name_field(surname, given, 39)
    num = number.ljust(9, "<")
    l2 = num + cd(num) + nat + ymd(dob) + cd(ymd(dob)) + sex + ymd(exp) + cd(ymd(exp))
    l2 += opt.ljust(16, "<")
    assert len(l1) == len(l2) == 44
    return [l1, l2]


def td1(dtype, country, number, dob, sex, exp, nat, surname, given, opt1="", opt2=""):
    assert len(number) <= 9
    num = number.ljust(9, "<")
    l1 = dtype + country + num + cd(num) + opt1.ljust(15, "<")
    l2 = ymd(dob) + cd(ymd(dob)) + sex + ymd(exp) + cd(ymd(exp)) + nat + opt2.ljust(11, "<")
    l2 += cd(l1[5:30] + l2[0:7] + l2[8:15] + l2[18:29])
    l3 = name_field(surname, given, 30)
    assert len(l1) == len(l2) == len(l3) == 30
    return [l1, l2, l3]


def mrz_ok(lines):
    """Independent re-check of every check digit of a TD3/TD1/MRV-A MRZ."""
    if len(lines) == 3:
        a, b, _ = lines
        return (
            cd(a[5:14]) == a[14]
            and cd(b[0:6]) == b[6]
            and cd(b[8:14]) == b[14]
            and cd(a[5:30] + b[0:7] + b[8:15] + b[18:29]) == b[29]
        )
    a, b = lines
    ok = cd(b[0:9]) == b[9] and cd(b[13:19]) == b[19] and cd(b[21:27]) == b[27]
    if a[0] == "P":
        ok = ok and cd(b[28:42]) == b[42] and cd(b[0:10] + b[13:20] + b[21:43]) == b[43]
    return ok


def _num(s):
    return "".join(c if c.isdigit() else str(ord(c) - 55) for c in s)


def iban_ok(iban):
    s = iban[4:] + iban[:4]
    return int(_num(s)) % 97 == 1


def make_iban(country, bban):
    chk = 98 - int(_num(bban + country + "00")) % 97
    return f"{country}{chk:02d}{bban}"


def rib_key(bank, guichet, account):
    conv = {
        c: str(i % 9 + 1) if c < "S" else str((i + 1) % 9 + 1)
        for i, c in enumerate("ABCDEFGHIJKLMNOPQRSTUVWXYZ")
    }
    acc = "".join(conv.get(c, c) for c in account)
    return f"{97 - (89 * int(bank) + 15 * int(guichet) + 3 * int(acc)) % 97:02d}"


def fr_iban(bank, guichet, account):
    key = rib_key(bank, guichet, account)
    iban = make_iban("FR", bank + guichet + account + key)
    assert iban_ok(iban) and len(iban) == 27
    return iban, key


def spaced(iban):
    return " ".join(iban[i : i + 4] for i in range(0, len(iban), 4))


def fmt_date(iso, style):
    y, m, d = iso.split("-")
    if style == "en":
        return f"{d} {MONTHS_EN[int(m) - 1]} {y}"
    if style == "fren":
        fr, en = MONTHS_FR[int(m) - 1], MONTHS_EN[int(m) - 1]
        return f"{d} {fr}/{en} {y}" if fr != en else f"{d} {en} {y}"
    if style == "dot":
        return f"{d}.{m}.{y}"
    return f"{d}/{m}/{y}"


def passport_page(sp, rng):
    """An ICAO TD3 data page (125 x 88 mm). sp: dict of the layout and the holder."""
    pg = Page(125, 88, bg=sp.get("bg", (238, 242, 236)))
    guilloche(pg, 0, 0, 125, 70, rng, color=sp.get("gcolor", (205, 220, 210)))
    col = sp.get("ink", (30, 30, 40))
    lab = sp.get("labcolor", (70, 80, 110))
    pg.rect(0, 0, 125, 9, 0, None, fill=sp.get("band", (40, 60, 110)))
    pg.text(3, 6.2, sp["header"], "sansb", 8, (255, 255, 255))
    if sp.get("header_ar"):
        pg.text(122, 6.8, sp["header_ar"], "arabicb", 9, (255, 255, 255), anchor="r", rtl=True)
    pg.text(3, 13.5, sp["doc_title"], "sansb", 6.5, col)
    photo = person_photo(300, 380, rng, skin=sp.get("skin", (150, 110, 80)))
    pg.image(4, 17, 30, 38, photo)
    pg.rect(4, 17, 30, 38, 0.2, (120, 120, 120), chk=False)
    x1, x2, x3 = 38, 62, 92
    rows = sp["rows"]  # list of lists of (label, value, x)
    y = 16.5
    for row in rows:
        for label, value, xx in row:
            xx = {1: x1, 2: x2, 3: x3}[xx]
            if isinstance(label, tuple):
                pg.text(xx, y, label[0], "cond", 4.3, lab)
                pg.text(
                    xx + pg.width(label[0], "cond", 4.3) + 1.5,
                    y + 0.2,
                    label[1],
                    "arabic",
                    5,
                    lab,
                    rtl=True,
                )
            else:
                pg.text(xx, y, label, "cond", 4.3, lab)
            pg.text(xx, y + 3.6, value, sp.get("vfont", "sansb"), 6.8, col)
        y += 7.2
    signature(pg, 4, 57, 26, 6, rng, color=(30, 30, 60), width=0.3)
    for i, ln in enumerate(sp["mrz"]):
        pg.text(4, 76.5 + i * 6.0, ln, MRZ_FONT, 11.2, (20, 20, 20))
    return pg


def visa_page(sp, rng):
    """A Schengen visa sticker (MRV-A) stuck on a passport page."""
    pg = Page(125, 88, bg=(236, 238, 228))
    guilloche(pg, 0, 0, 125, 88, rng, color=(220, 222, 205), n=10)
    sx, sy = 2.5, 3
    pg.rect(sx, sy, 120, 80, 0.2, (150, 150, 160), fill=(232, 236, 245), chk=False)
    guilloche(pg, sx, sy, 120, 60, rng, color=(200, 210, 235), n=18)
    lab, col = (60, 70, 120), (20, 20, 30)
    pg.text(sx + 3, sy + 6, "VISA", "sansb", 9, (40, 50, 120))
    pg.text(sx + 117, sy + 6, sp["number"], "monob", 9, (190, 30, 30), anchor="r")
    pg.text(sx + 91, sy + 6, "N°", "cond", 4.5, lab, anchor="r")
    rows = [
        [("VALABLE POUR / VALID FOR", sp["valid_for"], 3)],
        [
            ("DU / FROM", sp["from"], 3),
            ("AU / UNTIL", sp["until"], 36),
            ("TYPE DE VISA / TYPE OF VISA", sp["type"], 66),
        ],
        [
            ("NOMBRE D'ENTRÉES / NUMBER OF ENTRIES", sp["entries"], 3),
            ("DURÉE DE SÉJOUR / DURATION OF STAY", sp["duration"], 46),
        ],
        [
            ("DÉLIVRÉ À / ISSUED IN", sp["issued_in"], 3),
            ("LE / ON", sp["issued_on"], 36),
            ("PASSEPORT N° / PASSPORT NO", sp["passport"], 63),
        ],
        [("NOM, PRÉNOM / SURNAME, NAME", sp["name"], 3)],
        [("REMARQUES / REMARKS", sp["remarks"], 3)],
    ]
    y = sy + 11.5
    for row in rows:
        for label, value, dx in row:
            pg.text(sx + dx, y, label, "cond", 3.8, lab)
            pg.text(sx + dx, y + 3.3, value, "sansb", 6.2, col)
        y += 7.4
    pg.image(sx + 93, sy + 9, 23, 29, person_photo(230, 290, rng, skin=sp.get("skin")))
    for i, ln in enumerate(sp["mrz"]):
        pg.text(sx + 2.5, sy + 67.5 + i * 6.0, ln, MRZ_FONT, 10.8, (20, 20, 20))
    return pg


def card_front_back(sp, rng):
    """A French ID-1 card (CNI 2021 model or titre de séjour): front and back pages."""
    fr = Page(85.6, 54, bg=sp.get("bg", (232, 238, 246)))
    guilloche(fr, 0, 0, 85.6, 54, rng, color=sp.get("gcolor", (205, 215, 235)), n=12)
    lab, col = (70, 80, 120), (15, 15, 25)
    fr.rect(0, 0, 85.6, 4.2, 0, None, fill=(0, 35, 149))
    fr.text(2, 3.1, "RÉPUBLIQUE FRANÇAISE", "sansb", 5, (255, 255, 255))
    fr.text(2, 7.8, sp["title"], "sansb", 5.2, (0, 35, 149))
    if sp.get("subtitle"):
        fr.text(2, 10.4, sp["subtitle"], "cond", 4, (0, 35, 149))
    fr.image(2.5, 13, 21, 27, person_photo(210, 270, rng, skin=sp.get("skin")))
    y = 13.2
    for row in sp["front_rows"]:
        for label, value, x in row:
            fr.text(x, y, label, "cond", 3.3, lab)
            fr.text(x, y + 2.9, value, "sansb", 5.2, col)
        y += 5.9
    signature(fr, 3, 43, 18, 5, rng, color=(30, 30, 60), width=0.25)
    bk = Page(85.6, 54, bg=sp.get("bg", (232, 238, 246)))
    guilloche(bk, 0, 0, 85.6, 30, rng, color=sp.get("gcolor", (205, 215, 235)), n=8)
    y = 4.5
    for row in sp["back_rows"]:
        for label, value, x in row:
            bk.text(x, y, label, "cond", 3.3, lab)
            bk.text(x, y + 2.9, value, "sansb", 5.0, col)
        y += 6.0
    for i, ln in enumerate(sp["mrz"]):
        bk.text(4.5, 39.5 + i * 4.9, ln, MRZ_FONT, 10.0, (20, 20, 20))
    return fr, bk
