"""Check digits (ICAO 9303 MRZ, IBAN, French RIB key, SIRET, NIR) and identity documents:
passport data pages, EU identity cards, French residence permits, VLS-TS visa stickers and
récépissés."""

import math
import unicodedata

from core import Page
from PIL import Image, ImageDraw

# ------------------------------------------------------------------ check digits


def mrz_check(s):
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


def translit(s):
    s = s.replace("Æ", "AE").replace("Ø", "OE").replace("ß", "SS").replace("Ü", "UE")
    s = unicodedata.normalize("NFKD", s.upper())
    s = "".join(c for c in s if not unicodedata.combining(c))
    out = []
    for c in s:
        out.append(c if ("A" <= c <= "Z" or c.isdigit()) else "<")
    return "".join(out)


def mrz_names(surname, given, n):
    s = translit(surname).strip("<") + "<<" + translit(given).replace("<<", "<").strip("<")
    s = s[:n]
    return s + "<" * (n - len(s))


def ymd(d):
    return d.strftime("%y%m%d")


def td3(country, surname, given, number, nat, dob, sex, exp, personal="", code="P<"):
    l1 = (code + country + mrz_names(surname, given, 39))[:44]
    num = (number + "<" * 9)[:9]
    pers = (translit(personal) + "<" * 14)[:14]
    pc = mrz_check(pers) if personal else "<"
    body = num + mrz_check(num) + nat + ymd(dob) + mrz_check(ymd(dob)) + sex + ymd(exp)
    body += mrz_check(ymd(exp)) + pers + pc
    comp = body[0:10] + body[13:20] + body[21:43]
    return [l1, body + mrz_check(comp)]


def td1(code, country, number, nat, dob, sex, exp, surname, given, optional=""):
    num = (number + "<" * 9)[:9]
    opt = (optional + "<" * 15)[:15]
    l1 = code + country + num + mrz_check(num) + opt
    l2 = ymd(dob) + mrz_check(ymd(dob)) + sex + ymd(exp) + mrz_check(ymd(exp)) + nat + "<" * 11
    comp = l1[5:30] + l2[0:7] + l2[8:15] + l2[18:29]
    l2 += mrz_check(comp)
    return [l1, l2, mrz_names(surname, given, 30)]


def mrva(country, surname, given, number, nat, dob, sex, until, optional=""):
    l1 = ("V<" + country + mrz_names(surname, given, 39))[:44]
    num = (number + "<" * 9)[:9]
    l2 = num + mrz_check(num) + nat + ymd(dob) + mrz_check(ymd(dob)) + sex + ymd(until)
    l2 += mrz_check(ymd(until)) + (optional + "<" * 16)[:16]
    return [l1, l2]


def _num(s):
    return "".join(str(int(c, 36)) for c in s)


def iban_make(country, bban):
    chk = 98 - int(_num(bban + country + "00")) % 97
    return f"{country}{chk:02d}{bban}"


def iban_ok(iban):
    return int(_num(iban[4:] + iban[:4])) % 97 == 1


def rib_key(bank, guichet, account):
    tr = {}
    for i, c in enumerate("ABCDEFGHI"):
        tr[c] = str(i + 1)
    for i, c in enumerate("JKLMNOPQR"):
        tr[c] = str(i + 1)
    for i, c in enumerate("STUVWXYZ"):
        tr[c] = str(i + 2)
    acc = int("".join(tr.get(c, c) for c in account))
    return f"{97 - (89 * int(bank) + 15 * int(guichet) + 3 * acc) % 97:02d}"


def luhn_complete(digits):
    for d in range(10):
        s = digits + str(d)
        tot = 0
        for i, ch in enumerate(reversed(s)):
            v = int(ch) * (2 if i % 2 else 1)
            tot += v - 9 if v > 9 else v
        if tot % 10 == 0:
            return s
    raise ValueError


def siret(rng):
    siren = luhn_complete("".join(str(rng.randrange(10)) for _ in range(8)))
    return luhn_complete(siren + "000" + str(rng.randint(1, 9)))


def nir(sex, dob, country_code, rng):
    base = (
        f"{1 if sex == 'M' else 2}{dob.strftime('%y%m')}99{country_code}{rng.randint(1, 999):03d}"
    )
    return base + f"{97 - int(base) % 97:02d}"


# ------------------------------------------------------------------ drawing helpers


def portrait(rng, w=300, h=380, colour=True):
    """A synthetic ID photo: plain backdrop, head and shoulders."""
    bg = rng.choice([(225, 228, 232), (236, 236, 236), (200, 215, 235)])
    img = Image.new("RGB", (w, h), bg)
    d = ImageDraw.Draw(img)
    skin = rng.choice(
        [(240, 205, 180), (205, 160, 120), (150, 105, 75), (95, 65, 45), (225, 190, 150)]
    )
    hair = rng.choice([(20, 15, 10), (60, 40, 25), (110, 80, 50), (150, 150, 150)])
    cloth = rng.choice([(40, 50, 80), (30, 30, 30), (120, 30, 40), (70, 90, 70)])
    d.ellipse([w * 0.05, h * 0.72, w * 0.95, h * 1.4], fill=cloth)
    d.rectangle([w * 0.4, h * 0.58, w * 0.6, h * 0.78], fill=skin)
    d.ellipse([w * 0.26, h * 0.12, w * 0.74, h * 0.68], fill=hair)
    d.ellipse([w * 0.3, h * 0.2, w * 0.7, h * 0.68], fill=skin)
    d.ellipse([w * 0.38, h * 0.38, w * 0.45, h * 0.42], fill=(40, 30, 30))
    d.ellipse([w * 0.55, h * 0.38, w * 0.62, h * 0.42], fill=(40, 30, 30))
    d.line([w * 0.42, h * 0.57, w * 0.58, h * 0.57], fill=(120, 60, 60), width=3)
    if not colour:
        img = img.convert("L").convert("RGB")
    return img


def guilloche(page, x, y, w, h, color, rng, n=26):
    f = rng.uniform(2, 5)
    for i in range(n):
        y0 = y + h * i / n
        pts = []
        for j in range(41):
            xx = x + w * j / 40
            yy = y0 + 1.8 * math.sin(j / 40 * f * math.pi * 2 + i * 0.4)
            pts.append((xx, min(y + h, yy)))
        for a, b in zip(pts, pts[1:]):
            page.line(a[0], a[1], b[0], b[1], color, 0.08)


def mrz_block(page, x, y, lines, size, pitch):
    for i, ln in enumerate(lines):
        page.text(x, y + i * pitch, ln, "ocrb", size, (10, 10, 10))


MONTHS_EN = ["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"]
MONTHS_FR = [
    "JAN",
    "FÉV",
    "MARS",
    "AVR",
    "MAI",
    "JUIN",
    "JUIL",
    "AOÛT",
    "SEPT",
    "OCT",
    "NOV",
    "DÉC",
]


def id_date(d, style):
    if style == "en":
        return f"{d.day:02d} {MONTHS_EN[d.month - 1]} {d.year}"
    if style == "bi":
        return f"{d.day:02d} {MONTHS_FR[d.month - 1]}/{MONTHS_EN[d.month - 1]} {d.strftime('%y')}"
    if style == "dot":
        return d.strftime("%d.%m.%Y")
    if style == "slash":
        return d.strftime("%d/%m/%Y")
    return f"{d.day:02d} {d.month:02d} {d.year}"


# ------------------------------------------------------------------ passport


def passport_page(doc, rng):
    """doc: dict with the passport's printed values and style (see generate.py)."""
    st = doc["style"]
    p = Page(125, 88, bg=st["bg"])
    guilloche(p, 2, 2, 121, 84, st["ink"], rng)
    font = st.get("font", "sans")
    fb = font + "-b" if font + "-b" in __import__("core").FONT_FILES else "sans-b"
    p.text(62, 7, st["header"], fb, 8.5, st["title"], "c")
    if st.get("header2"):
        p.text(62, 11, st["header2"], font, 6, st["title"], "c")
    ph = portrait(rng, colour=st.get("colour", True))
    p.image(5, 15, 30, 38, ph)
    lab = st["labels"]
    c1, c2, c3 = 40, 70, 95
    ls, vs = 4.6, 7.6

    def field(x, y, key, val):
        p.text(x, y, lab[key], font, ls, (70, 70, 90))
        p.text(x, y + 3.6, val, fb, vs, (15, 15, 15))

    ds = st["dates"]
    field(c1, 17, "type", "P")
    field(c2, 17, "code", doc["issuing_country"])
    field(c3, 17, "number", doc["number"])
    field(c1, 25, "surname", doc["surname_print"])
    field(c1, 32.5, "given", doc["given_print"])
    field(c1, 40, "nationality", doc["nationality_print"])
    field(c1, 47.5, "dob", id_date(doc["dob"], ds))
    field(c3, 47.5, "sex", doc["sex"])
    field(c1, 55, "pob", doc["pob"])
    field(c1, 62.5, "issue", id_date(doc["issue"], ds))
    field(c3 - 5, 62.5, "expiry", id_date(doc["expiry"], ds))
    field(c1, 70, "authority", doc["authority"])
    p.text(8, 60, lab.get("holder_sig", ""), font, 4.2, (70, 70, 90))
    p.signature(6, 61, 28, 9, doc["given_print"].split()[0] + " " + doc["surname_print"], rng)
    mrz_block(p, 4.5, 78.5, doc["mrz"], 9.6, 6.2)
    return p


# ------------------------------------------------------------------ ID-1 cards


def card_front(doc, rng):
    st = doc["style"]
    p = Page(85.6, 54, bg=st["bg"])
    guilloche(p, 1, 1, 83.6, 52, st["ink"], rng, n=18)
    p.rect(0.3, 0.3, 85, 53.4, st["ink"], None, 0.3, radius=3)
    font = st.get("font", "sans")
    fb = font + "-b" if font != "sans" else "sans-b"
    p.text(44, 5.5, st["header"], fb, 6.2, st["title"], "c")
    p.text(44, 9, st["header2"], font, 4.8, st["title"], "c")
    p.image(3.5, 13, 22, 28, portrait(rng, colour=st.get("colour", True)))
    lab = st["labels"]
    x, y = 29, 14
    rows = doc["rows"]
    for key, val in rows:
        p.text(x, y, lab.get(key, key), font, 3.4, (80, 80, 100))
        p.text(x, y + 3, val, fb, 5.6, (15, 15, 15))
        y += 6.6 if y < 50 else 0
    if doc.get("number_front"):
        p.text(82, 13, doc["number_front"], fb, 6.5, (150, 20, 20), "r")
    p.signature(4, 42, 22, 9, doc["sig_name"], rng)
    return p


def card_back(doc, rng):
    st = doc["style"]
    p = Page(85.6, 54, bg=st["bg"])
    guilloche(p, 1, 1, 83.6, 30, st["ink"], rng, n=10)
    p.rect(0.3, 0.3, 85, 53.4, st["ink"], None, 0.3, radius=3)
    font = st.get("font", "sans")
    y = 6
    for lab, val in doc.get("back_rows", []):
        p.text(4, y, lab, font, 3.4, (80, 80, 100))
        p.text(4, y + 3, val, font + "-b" if font != "sans" else "sans-b", 5.2, (15, 15, 15))
        y += 6.4
    p.rect(0.3, 33, 85, 20.7, None, (248, 248, 244), 0)
    mrz_block(p, 3.2, 38.5, doc["mrz"], 8.6, 5.4)
    return p


def card_pair(doc, rng):
    """Front and back of an ID-1 card side by side on one A4 sheet (a photocopy)."""
    p = Page(210, 297)
    f, b = card_front(doc, rng), card_back(doc, rng)
    x = rng.uniform(20, 50)
    y1 = rng.uniform(20, 50)
    y2 = y1 + 54 + rng.uniform(15, 40)
    for card, yy in ((f, y1), (b, y2)):
        for op in card.ops:
            p.ops.append(_shift(op, x, yy))
    return p


def _shift(op, dx, dy):
    kind = op[0]
    if kind == "text":
        return (kind, op[1] + dx, op[2] + dy, *op[3:])
    if kind == "rect":
        return (kind, op[1] + dx, op[2] + dy, *op[3:])
    if kind == "line":
        return (kind, op[1] + dx, op[2] + dy, op[3] + dx, op[4] + dy, *op[5:])
    return (kind, op[1] + dx, op[2] + dy, *op[3:])


# ------------------------------------------------------------------ visa sticker


def visa_page(doc, rng):
    """A French long-stay visa sticker on a passport page."""
    p = Page(125, 88, bg=(236, 238, 242))
    guilloche(p, 0, 0, 125, 88, (200, 205, 220), rng, n=14)
    p.rect(3, 3, 119, 82, None, (226, 236, 226), 0)
    guilloche(p, 3, 3, 119, 82, (160, 195, 170), rng, n=30)
    p.text(7, 9.5, "VISA", "sans-b", 11, (20, 70, 40))
    p.text(30, 9.5, "FRA", "sans-b", 9, (20, 70, 40))
    p.text(117, 9.5, doc["number"], "helv-b", 10, (170, 20, 30), "r")
    L = [
        ("VALABLE POUR / VALID FOR", "FRANCE", 7, 16, 60),
        ("DU / FROM", doc["from_print"], 7, 24, 28),
        ("AU / UNTIL", doc["until_print"], 40, 24, 28),
        ("TYPE DE VISA / TYPE OF VISA", doc["visa_type"], 75, 24, 20),
        ("NOMBRE D'ENTRÉES / NUMBER OF ENTRIES", "MULT", 7, 32, 40),
        ("DURÉE DE SÉJOUR / DURATION OF STAY", doc["days"] + " JOURS", 55, 32, 40),
        ("DÉLIVRÉ À / ISSUED IN", doc["issued_in"], 7, 40, 40),
        ("LE / ON", doc["issued_print"], 55, 40, 30),
        ("NUMÉRO DE PASSEPORT / PASSPORT NUMBER", doc["passport"], 7, 48, 50),
        ("NOM, PRÉNOM / SURNAME, NAME", doc["name_line"], 7, 56, 90),
    ]
    for lab, val, x, y, _w in L:
        p.text(x, y, lab, "sans", 3.6, (40, 70, 50))
        p.text(x, y + 3.6, val, "helv-b", 7, (10, 10, 10))
    p.text(7, 64, "REMARQUES / REMARKS", "sans", 3.6, (40, 70, 50))
    p.text(7, 67.6, doc["remarks"], "helv-b", 7, (10, 10, 10))
    p.image(98, 14, 20, 25, portrait(rng))
    p.rect(1.5, 70.5, 122, 16, None, (246, 246, 242), 0)
    mrz_block(p, 4, 76, doc["mrz"], 9.4, 6.3)
    return p


# ------------------------------------------------------------------ récépissé


def recepisse_page(doc, rng):
    p = Page(210, 297)
    p.text(20, 20, "RÉPUBLIQUE FRANÇAISE", "times-b", 11)
    p.text(20, 25, "Liberté", "times", 8)
    p.text(20, 28.5, "Égalité", "times", 8)
    p.text(20, 32, "Fraternité", "times", 8)
    p.text(190, 22, doc["prefecture"].upper(), "times-b", 11, anchor="r")
    p.text(105, 52, "RÉCÉPISSÉ DE DEMANDE DE CARTE DE SÉJOUR", "helv-b", 13, anchor="c")
    p.text(105, 59, "Ce récépissé n'est pas un titre de séjour", "helv", 9, anchor="c")
    p.rect(20, 68, 170, 105, (0, 0, 0), None, 0.4)
    p.image(25, 73, 32, 40, portrait(rng, colour=False))
    rows = [
        ("N° de récépissé", doc["number"]),
        ("Nom", doc["surname"]),
        ("Prénom(s)", doc["given"]),
        ("Sexe", doc["sex"]),
        ("Date de naissance", doc["dob"].strftime("%d/%m/%Y")),
        ("Nationalité", doc["nationality_fr"]),
        ("Adresse", doc["address"]),
        ("Motif", doc["motif"]),
        ("Valable du", doc["from"].strftime("%d/%m/%Y")),
        ("au", doc["until"].strftime("%d/%m/%Y")),
    ]
    y = 78
    for lab, val in rows:
        p.text(62, y, lab + " :", "helv", 9, (60, 60, 60))
        p.text(102, y, val, "helv-b", 9.5)
        y += 8.8
    p.text(25, 185, doc["work"], "helv-b", 10)
    p.para(
        25,
        195,
        160,
        "Le présent récépissé, délivré au titre de l'article R. 431-12 du code de "
        "l'entrée et du séjour des étrangers et du droit d'asile, permet à son titulaire de "
        "séjourner régulièrement en France pendant sa durée de validité.",
        "helv",
        8.5,
    )
    p.text(120, 230, "Fait le " + doc["from"].strftime("%d/%m/%Y"), "helv", 9)
    p.text(120, 236, "Pour le préfet et par délégation", "helv", 9)
    p.stamp(
        150,
        255,
        15,
        ["PRÉFECTURE " + doc["prefecture"].split()[-1].upper(), "SERVICE", "DES ÉTRANGERS"],
        rng,
    )
    p.signature(110, 240, 40, 18, "Agent Guichet", rng)
    return p
