"""MRZ, IBAN/RIB arithmetic and identity-document rasters (passport page, visa, cards)."""

from PIL import Image, ImageDraw

from render import FONTS, face, guilloche, pil_font, signature

PX = 12  # pixels per mm for document rasters


# ---------------------------------------------------------------- MRZ


def cd(s):
    tot = 0
    for i, ch in enumerate(s):
        if ch.isdigit():
            v = int(ch)
        elif ch.isalpha():
            v = ord(ch) - 55
        else:
            v = 0
        tot += v * (7, 3, 1)[i % 3]
    return str(tot % 10)


def _pad(s, n):
    return (s + "<" * n)[:n]


def _names(surname, given):
    sur = surname.upper().replace(" ", "<").replace("-", "<").replace("'", "")
    giv = given.upper().replace(" ", "<").replace("-", "<").replace("'", "")
    return sur + "<<" + giv


def _ymd(iso):
    return iso[2:4] + iso[5:7] + iso[8:10]


def td3(doc, issuer, surname, given, nat, dob, sex, exp, personal=""):
    l1 = _pad("P<" + issuer + _names(surname, given), 44)
    num = _pad(doc, 9)
    pers = _pad(personal, 14)
    parts = [num + cd(num), _ymd(dob) + cd(_ymd(dob)), _ymd(exp) + cd(_ymd(exp)), pers + cd(pers)]
    l2 = parts[0] + nat + parts[1] + sex + parts[2] + parts[3]
    l2 += cd(parts[0] + parts[1] + parts[2] + parts[3])
    return [l1, l2]


def mrva(doc, issuer, surname, given, nat, dob, sex, exp, optional="", code="VD"):
    l1 = _pad(code + issuer + _names(surname, given), 44)
    num = _pad(doc, 9)
    l2 = num + cd(num) + nat + _ymd(dob) + cd(_ymd(dob)) + sex + _ymd(exp) + cd(_ymd(exp))
    return [l1, _pad(l2 + optional, 44)]


def td1(code, issuer, doc, surname, given, nat, dob, sex, exp, opt1=""):
    num = _pad(doc, 9)
    l1 = _pad(code + issuer + num + cd(num) + opt1, 30)
    l2 = _ymd(dob) + cd(_ymd(dob)) + sex + _ymd(exp) + cd(_ymd(exp)) + nat
    l2 = _pad(l2, 29)
    l2 += cd(l1[5:30] + l2[0:7] + l2[8:15] + l2[18:29])
    return [l1, l2, _pad(_names(surname, given), 30)]


# ---------------------------------------------------------------- IBAN / RIB

RIB_LETTERS = {
    c: str(v)
    for v, cs in enumerate(["", "AJ", "BKS", "CLT", "DMU", "ENV", "FOW", "GPX", "HQY", "IRZ"])
    for c in cs
}


def rib_key(bank, branch, account):
    acc = "".join(RIB_LETTERS.get(c, c) for c in account)
    return "%02d" % (97 - ((89 * int(bank) + 15 * int(branch) + 3 * int(acc)) % 97))


def _num(s):
    return int("".join(str(int(c, 36)) for c in s))


def iban(country, bban):
    check = 98 - _num(bban + country + "00") % 97
    return "%s%02d%s" % (country, check, bban)


def fr_iban(bank, branch, account):
    key = rib_key(bank, branch, account)
    return iban("FR", bank + branch + account + key), key


def iban_ok(s):
    return _num(s[4:] + s[:4]) % 97 == 1


def spaced(s, n=4):
    return " ".join(s[i : i + n] for i in range(0, len(s), n))


# ---------------------------------------------------------------- rasters


def _t(d, x, y, s, size_mm, font="dv", fill=(20, 20, 30), anchor="ls"):
    d.text((x * PX, y * PX), s, font=pil_font(FONTS[font], size_mm * PX), fill=fill, anchor=anchor)


def _mrz(d, x, y, lines, size_mm=3.1, pitch=4.6):
    for i, ln in enumerate(lines):
        _t(d, x, y + i * pitch, ln, size_mm, "ocrb", (15, 15, 15))


def _fr(iso):
    return iso[8:10] + " " + iso[5:7] + " " + iso[0:4]


MONTHS = {
    "en": "JAN FEB MAR APR MAY JUN JUL AUG SEP OCT NOV DEC".split(),
    "fr": "JAN FEV MAR AVR MAI JUIN JUIL AOUT SEPT OCT NOV DEC".split(),
}


def _dmy_txt(iso, lang="en"):
    return "%s %s %s" % (iso[8:10], MONTHS[lang][int(iso[5:7]) - 1], iso[0:4])


def passport_page(p, rng):
    """ICAO TD3 data page (125 x 88 mm) on an open booklet; p is a dict of passport data."""
    W, H = 125, 88
    page = guilloche(
        W * PX, H * PX, rng, p.get("base", (232, 238, 244)), p.get("ink", (190, 205, 225))
    )
    d = ImageDraw.Draw(page)
    _t(d, W / 2, 8, p["header"], 3.6, "dv-b", (30, 40, 90), "ms")
    _t(d, W / 2, 12.5, p["subheader"], 2.6, "dv", (30, 40, 90), "ms")
    photo = face(rng, 330, 420)
    page.paste(photo.resize((32 * PX, 41 * PX)), (6 * PX, 18 * PX))
    lab = p["labels"]
    x1, x2 = 42, 86
    rows = [
        ((x1, 20), lab[0], p["type"]),
        ((x2 - 22, 20), lab[1], p["issuer"]),
        ((x2 + 10, 20), lab[2], p["number"]),
        ((x1, 28.5), lab[3], p["surname"]),
        ((x1, 37), lab[4], p["given"]),
        ((x1, 45.5), lab[5], p["nationality_text"]),
        ((x1, 54), lab[6], _dmy_txt(p["dob"])),
        ((x2 + 10, 54), lab[7], p["sex"]),
        ((x1, 62.5), lab[8], p["pob"]),
        ((x1, 71), lab[9], _dmy_txt(p["issued"])),
        ((x2 + 10, 71), lab[10], p["authority"]),
        ((x1, 79.5 - 0.5), lab[11], _dmy_txt(p["expiry"])),
    ]
    for (x, y), label, val in rows:
        _t(d, x, y - 3.2, label, 1.55, "dvc", (70, 80, 110))
        _t(d, x, y, val, 2.7, "dvc-b", (20, 20, 35))
    sig = signature(p["given"].split()[0] + " " + p["surname"], rng)
    sig = sig.resize((26 * PX, int(26 * PX * sig.height / sig.width)))
    page.paste(sig, (8 * PX, 61 * PX), sig)
    # booklet frame + MRZ zone on white
    full = Image.new("RGB", ((W + 10) * PX, (H + 38) * PX), p.get("cover", (40, 45, 70)))
    full.paste(page, (5 * PX, 4 * PX))
    dz = ImageDraw.Draw(full)
    dz.rectangle([5 * PX, (H + 4) * PX, (W + 5) * PX, (H + 34) * PX], fill=(240, 242, 245))
    _mrz(dz, 9, H + 16, p["mrz"], 3.2, 6.2)
    return full


def visa_page(v, rng):
    """A Schengen type D visa sticker (MRV-A) stuck on a passport visa page."""
    W, H = 125, 88
    page = Image.new("RGB", ((W + 10) * PX, (H + 10) * PX), (40, 45, 70))
    inner = guilloche(W * PX, H * PX, rng, (238, 236, 226), (215, 210, 190))
    page.paste(inner, (5 * PX, 5 * PX))
    st = guilloche(120 * PX, 80 * PX, rng, (236, 230, 240), (205, 195, 225))
    d = ImageDraw.Draw(st)
    _t(d, 60, 6, "VISA", 4.2, "dv-b", (60, 40, 120), "ms")
    _t(d, 112, 6, v["number"], 3.4, "dv-b", (190, 20, 30), "rs")
    st.paste(face(rng, 250, 320).resize((26 * PX, 33 * PX)), (3 * PX, 10 * PX))
    rows = [
        ((32, 12), "VALABLE POUR", "FRANCE"),
        ((32, 18), "DU", v["from_txt"]),
        ((70, 18), "AU", v["until_txt"]),
        ((32, 24), "TYPE DE VISA", "D"),
        ((58, 24), "NOMBRE D'ENTREES", "MULT"),
        ((90, 24), "DUREE DE SEJOUR", v["days"] + " JOURS"),
        ((32, 30), "DELIVRE A", v["place"]),
        ((70, 30), "LE", v["issued_txt"]),
        ((32, 36), "NUMERO DE PASSEPORT", v["passport"]),
        ((32, 42), "NOM, PRENOM", v["surname"] + ", " + v["given"]),
        ((32, 48), "REMARQUES", v["remarks"][0]),
    ]
    for (x, y), label, val in rows:
        _t(d, x, y - 2.6, label, 1.5, "dvc", (80, 70, 110))
        _t(d, x, y, val, 2.4, "dvc-b", (20, 20, 30))
    for i, r in enumerate(v["remarks"][1:]):
        _t(d, 32, 52 + i * 3.6, r, 2.3, "dvc-b", (20, 20, 30))
    dd = ImageDraw.Draw(st)
    dd.rectangle([0, 61 * PX, 120 * PX, 80 * PX], fill=(242, 240, 244))
    _mrz(dd, 3, 68, v["mrz"], 3.1, 6.0)
    page.paste(st, (7 * PX, 9 * PX))
    return page


def card_front_back(c, rng):
    """ID-1 card (85.6 x 54 mm): French titre de sejour or CNI. Returns (front, back)."""
    W, H = 86, 54
    base = c.get("base", (225, 235, 245))
    front = guilloche(W * PX, H * PX, rng, base, c.get("ink", (190, 210, 230)))
    d = ImageDraw.Draw(front)
    _t(d, 3, 5, "RÉPUBLIQUE FRANÇAISE", 2.6, "dv-b", (20, 40, 110))
    _t(d, 83, 5, c["title"], 2.5, "dv-b", (20, 40, 110), "rs")
    front.paste(face(rng, 240, 300).resize((24 * PX, 31 * PX)), (3 * PX, 10 * PX))
    y = 11.5
    for label, val in c["front_rows"]:
        _t(d, 30, y, label, 1.45, "dvc", (70, 80, 110))
        _t(d, 30, y + 2.9, val, 2.35, "dvc-b", (15, 15, 30))
        y += 5.6
    _t(d, 3, 47, "N° " + c["number"], 2.4, "dv-b", (150, 20, 20))
    sig = signature(c["given"].split()[0] + " " + c["surname"], rng)
    sig = sig.resize((20 * PX, int(20 * PX * sig.height / sig.width)))
    front.paste(sig, (4 * PX, 41 * PX - sig.height), sig)
    back = guilloche(W * PX, H * PX, rng, base, c.get("ink", (190, 210, 230)))
    db = ImageDraw.Draw(back)
    y = 5
    for label, val in c["back_rows"]:
        _t(db, 3, y, label, 1.45, "dvc", (70, 80, 110))
        _t(db, 3, y + 2.9, val, 2.3, "dvc-b", (15, 15, 30))
        y += 5.6
    db.rectangle([0, 35 * PX, W * PX, H * PX], fill=(240, 242, 244))
    _mrz(db, 3, 40.5, c["mrz"], 3.0, 4.9)
    return _round(front), _round(back)


def _round(im, r=3.2):
    mask = Image.new("L", im.size, 0)
    ImageDraw.Draw(mask).rounded_rectangle(
        [0, 0, im.width - 1, im.height - 1], int(r * PX), fill=255
    )
    out = Image.new("RGB", im.size, (255, 255, 255))
    out.paste(im, (0, 0), mask)
    return out


def two_cards_on_a4(front, back, rng):
    """Front and back of a card photocopied onto one A4 sheet (as applicants send)."""
    page = Image.new("RGB", (210 * PX // 2, 297 * PX // 2), (255, 255, 255))
    f = front.resize((front.width // 2, front.height // 2))
    b = back.resize((back.width // 2, back.height // 2))
    page.paste(f, (int(30 * PX / 2), int(40 * PX / 2)))
    page.paste(b, (int(30 * PX / 2), int(130 * PX / 2)))
    return page
