"""Identity documents: passport data pages (TD3), French visa vignettes (MRV-A),
French residence permits and identity cards (TD1). ICAO 9303 check digits throughout."""

from __future__ import annotations

import math
import random
import unicodedata

from sheet import Sheet, text_width_mm

MONTHS_EN = ["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"]
MONTHS_ES = ["ENE", "FEB", "MAR", "ABR", "MAY", "JUN", "JUL", "AGO", "SEP", "OCT", "NOV", "DIC"]
MONTHS_FR = [
    "JANV",
    "FÉVR",
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


def ascii_up(s: str) -> str:
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if not unicodedata.combining(c)).upper()


def check_digit(s: str) -> str:
    total = 0
    for i, ch in enumerate(s):
        if ch.isdigit():
            v = int(ch)
        elif ch.isalpha():
            v = ord(ch) - 55
        else:
            v = 0
        total += v * (7, 3, 1)[i % 3]
    return str(total % 10)


def mrz_name(surname: str, given: str, length: int) -> str:
    def clean(x):
        x = ascii_up(x).replace("'", "")
        return "".join(c if c.isalpha() else "<" for c in x)

    s = clean(surname) + "<<" + clean(given)
    return (s + "<" * length)[:length]


def yymmdd(iso: str) -> str:
    return iso[2:4] + iso[5:7] + iso[8:10]


def pad(s: str, n: int) -> str:
    return (s + "<" * n)[:n]


def td3(country, surname, given, number, nat, dob, sex, exp, personal=""):
    l1 = "P<" + country + mrz_name(surname, given, 39)
    num = pad(number, 9)
    pers = pad(personal, 14)
    pcd = check_digit(pers) if personal else "<"
    body = num + check_digit(num) + nat + yymmdd(dob) + check_digit(yymmdd(dob)) + sex
    body += yymmdd(exp) + check_digit(yymmdd(exp)) + pers + pcd
    comp = body[0:10] + body[13:20] + body[21:43]
    return [l1, body + check_digit(comp)]


def td1(code, country, number, dob, sex, exp, nat, surname, given, opt1="", opt2=""):
    num = pad(number, 9)
    l1 = code + country + num + check_digit(num) + pad(opt1, 15)
    l2 = yymmdd(dob) + check_digit(yymmdd(dob)) + sex + yymmdd(exp) + check_digit(yymmdd(exp))
    l2 += nat + pad(opt2, 11)
    comp = l1[5:30] + l2[0:7] + l2[8:15] + l2[18:29]
    l2 += check_digit(comp)
    return [l1, l2, mrz_name(surname, given, 30)]


def mrva(country, surname, given, number, nat, dob, sex, exp, opt=""):
    l1 = "V<" + country + mrz_name(surname, given, 39)
    num = pad(number, 9)
    l2 = num + check_digit(num) + nat + yymmdd(dob) + check_digit(yymmdd(dob)) + sex
    l2 += yymmdd(exp) + check_digit(yymmdd(exp)) + pad(opt, 16)
    return [l1, l2]


def draw_mrz(sh: Sheet, lines, x, y, pitch=2.54, gap=4.2):
    n = len(lines[0])
    size = 10.0 * (n * pitch) / text_width_mm("<" * n, "ocrb", 10.0)
    for i, ln in enumerate(lines):
        sh.text(x, y + i * gap, ln, "ocrb", size, (20, 20, 25))


def guilloche(sh: Sheet, x, y, w, h, rng: random.Random, color, n=14):
    for i in range(n):
        ph = rng.uniform(0, 6.28)
        amp = rng.uniform(1.5, 5)
        per = rng.uniform(12, 30)
        y0 = y + h * (i + 0.5) / n
        pts = [
            (x + t, y0 + amp * math.sin(t / per * 6.28 + ph))
            for t in [w * k / 60 for k in range(61)]
        ]
        sh.poly(pts, color, 0.12)


def fmt_date(iso: str, style: str) -> str:
    y, m, d = iso[0:4], int(iso[5:7]), iso[8:10]
    if style == "en":
        return f"{d} {MONTHS_EN[m - 1]} {y}"
    if style == "es":
        return f"{d} {MONTHS_ES[m - 1]}/{MONTHS_EN[m - 1]} {y}"
    if style == "fr":
        return f"{d} {MONTHS_FR[m - 1]}/{MONTHS_EN[m - 1]} {y}"
    if style == "dot":
        return f"{d}.{m:02d}.{y}"
    if style == "slash":
        return f"{d}/{m:02d}/{y}"
    if style == "space":
        return f"{d} {m:02d} {y}"
    return iso


PASSPORT_STYLES = {
    "TUN": dict(
        head=["REPUBLIQUE TUNISIENNE", "PASSEPORT"],
        ar="الجمهورية التونسية - جواز سفر",
        tint=(236, 226, 214),
        line=(200, 150, 120),
        dates="slash",
        labels=["Type", "Code", "N° Passeport", "Nom", "Prénoms", "Nationalité",
                "Date de naissance", "Sexe", "Lieu de naissance", "Date de délivrance",
                "Date d'expiration", "Autorité"],
        nat_text="TUNISIENNE",
        authority="TUNIS",
    ),
    "MEX": dict(
        head=["ESTADOS UNIDOS MEXICANOS", "PASAPORTE / PASSPORT"],
        tint=(224, 236, 226),
        line=(120, 170, 140),
        dates="es",
        labels=["Tipo / Type", "Clave del país / Code", "Pasaporte No. / Passport No.",
                "Apellidos / Surname", "Nombres / Given names", "Nacionalidad / Nationality",
                "Fecha de nacimiento / Date of birth", "Sexo / Sex",
                "Lugar de nacimiento / Place of birth", "Fecha de expedición / Date of issue",
                "Fecha de caducidad / Date of expiry", "Autoridad / Authority"],
        nat_text="MEXICANA",
        authority="SRE",
    ),
    "GEO": dict(
        head=["საქართველო  GEORGIA", "პასპორტი  PASSPORT"],
        tint=(238, 228, 236),
        line=(180, 130, 170),
        dates="dot",
        labels=["ტიპი / Type", "ქვეყნის კოდი / Code", "პასპორტის № / Passport No.",
                "გვარი / Surname", "სახელი / Given name", "მოქალაქეობა / Nationality",
                "დაბადების თარიღი / Date of birth", "სქესი / Sex",
                "დაბადების ადგილი / Place of birth", "გაცემის თარიღი / Date of issue",
                "მოქმედების ვადა / Date of expiry", "გამცემი ორგანო / Authority"],
        nat_text="GEORGIA",
        authority="PUBLIC SERVICE DEVELOPMENT AGENCY",
    ),
    "BOL": dict(
        head=["ESTADO PLURINACIONAL DE BOLIVIA", "PASAPORTE / PASSPORT"],
        tint=(244, 234, 218),
        line=(190, 160, 90),
        dates="es",
        labels=["Tipo / Type", "Código / Code", "Pasaporte N° / Passport N°",
                "Apellidos / Surname", "Nombres / Given names", "Nacionalidad / Nationality",
                "Fecha de nacimiento / Date of birth", "Sexo / Sex",
                "Lugar de nacimiento / Place of birth", "Fecha de emisión / Date of issue",
                "Fecha de vencimiento / Date of expiry", "Autoridad / Authority"],
        nat_text="BOLIVIANA",
        authority="DIGEMIG",
    ),
}  # fmt: skip


def passport_page(p: dict, rng: random.Random) -> tuple[Sheet, dict]:
    """p: country, surname, given, number, dob, sex, pob, issue, expiry."""
    st = PASSPORT_STYLES[p["country"]]
    sh = Sheet(125, 88, bg=st["tint"])
    guilloche(sh, 0, 0, 125, 88, rng, st["line"], 18)
    sh.text(62.5, 6.5, st["head"][0], "dejavub", 8.5, (40, 40, 60), "c")
    sh.text(62.5, 11, st["head"][1], "dejavu", 7, (40, 40, 60), "c")
    if "ar" in st:
        sh.text(118, 6.5, st["ar"], "amirib", 8, (40, 40, 60), "r")
    sh.photo(5, 16, 30, 39, rng)
    lab = st["labels"]
    ds = st["dates"]
    lc, vc = (70, 70, 90), (10, 10, 20)
    vf = "dejavub" if p["country"] != "MEX" else "sansb"

    def field(x, y, label, value):
        sh.text(x, y, label, "dejavuc", 4.6, lc)
        sh.text(x, y + 3.4, value, vf, 7.6, vc)

    field(40, 16, lab[0], "P")
    field(62, 16, lab[1], p["country"])
    field(88, 16, lab[2], p["number"])
    field(40, 23.5, lab[3], ascii_up(p["surname"]))
    field(40, 31, lab[4], ascii_up(p["given"]))
    field(40, 38.5, lab[5], st["nat_text"])
    field(88, 38.5, lab[7], p["sex"])
    field(40, 46, lab[6], fmt_date(p["dob"], ds))
    field(88, 46, lab[8], ascii_up(p["pob"]))
    field(40, 53.5, lab[9], fmt_date(p["issue"], ds))
    field(88, 53.5, lab[11], st["authority"][:22])
    field(40, 61, lab[10], fmt_date(p["expiry"], ds))
    sh.text(8, 62, ascii_up(p["surname"])[:14], "hand3", 9, (30, 30, 60))
    lines = td3(p["country"], p["surname"], p["given"], p["number"], p["country"], p["dob"],
                p["sex"], p["expiry"], p.get("personal", ""))  # fmt: skip
    sh.rect(0, 69, 125, 19, stroke=None, fill=tuple(min(255, c + 8) for c in st["tint"]))
    draw_mrz(sh, lines, 6.5, 76.5, gap=6)
    fields = {
        "surname": ascii_up(p["surname"]),
        "given_names": ascii_up(p["given"]),
        "document_number": p["number"],
        "nationality": p["country"],
        "issuing_country": p["country"],
        "date_of_birth": p["dob"],
        "sex": p["sex"],
        "expiry_date": p["expiry"],
        "mrz_valid": True,
    }
    return sh, fields


def visa_page(v: dict, rng: random.Random) -> tuple[Sheet, dict]:
    """French long-stay visa vignette (MRV-A) stuck on a passport page.

    v: surname, given, number (visa no.), passport_no, nat, dob, sex, valid_from, valid_until,
    issued_in, issued_on, remarks (list), duration."""
    sh = Sheet(125, 88, bg=(240, 238, 230))
    guilloche(sh, 0, 0, 125, 88, rng, (205, 200, 215), 10)
    x0, y0 = 2.5, 4
    sh.rect(x0, y0, 120, 80, stroke=(170, 170, 190), fill=(232, 238, 246), width=0.2)
    guilloche(sh, x0, y0, 120, 80, rng, (190, 205, 225), 22)
    sh.rect(x0, y0, 120, 7, stroke=None, fill=(40, 70, 140))
    sh.text(x0 + 4, y0 + 5.2, "VISA", "dejavub", 10, (255, 255, 255))
    sh.text(x0 + 20, y0 + 5, "SCHENGEN / FRANCE", "dejavu", 6, (255, 255, 255))
    sh.text(x0 + 116, y0 + 5.4, "FRA" + v["number"], "dejavub", 10, (210, 30, 30), "r")
    sh.photo(x0 + 3, y0 + 10, 24, 31, rng)
    lc, vc = (60, 60, 90), (10, 10, 15)
    X = x0 + 30

    def f(x, y, label, value, size=7.2):
        sh.text(x, y, label, "dejavuc", 4.3, lc)
        sh.text(x, y + 3.3, value, "mono", size, vc)

    f(X, y0 + 11, "VALABLE POUR / VALID FOR", "FRANCE")
    f(X + 42, y0 + 11, "DU / FROM", v["valid_from"][8:10] + "-" + v["valid_from"][5:7] + "-"
      + v["valid_from"][2:4])  # fmt: skip
    f(X + 64, y0 + 11, "AU / UNTIL", v["valid_until"][8:10] + "-" + v["valid_until"][5:7] + "-"
      + v["valid_until"][2:4])  # fmt: skip
    f(X, y0 + 18.5, "TYPE DE VISA / TYPE OF VISA", "D")
    f(X + 30, y0 + 18.5, "DUREE DE SEJOUR / DURATION", v["duration"])
    f(X + 64, y0 + 18.5, "NOMBRE D'ENTREES / ENTRIES", "MULT")
    f(X, y0 + 26, "DELIVRE A / ISSUED IN", v["issued_in"])
    f(X + 42, y0 + 26, "LE / ON", v["issued_on"][8:10] + "-" + v["issued_on"][5:7] + "-"
      + v["issued_on"][2:4])  # fmt: skip
    f(X + 64, y0 + 26, "N° DE PASSEPORT / PASSPORT N°", v["passport_no"])
    f(X, y0 + 33.5, "NOM, PRENOM / SURNAME, NAME",
      ascii_up(v["surname"]) + ", " + ascii_up(v["given"]))  # fmt: skip
    sh.text(X, y0 + 41, "REMARQUES / REMARKS", "dejavuc", 4.3, lc)
    for i, r in enumerate(v["remarks"]):
        sh.text(X, y0 + 44.5 + i * 3.4, r, "mono", 6.8, vc)
    lines = mrva("FRA", v["surname"], v["given"], v["number"], v["nat"], v["dob"], v["sex"],
                 v["valid_until"])  # fmt: skip
    sh.rect(x0, y0 + 63, 120, 17, stroke=None, fill=(244, 246, 250))
    draw_mrz(sh, lines, x0 + 4, y0 + 70)
    fields = {
        "surname": ascii_up(v["surname"]),
        "given_names": ascii_up(v["given"]),
        "document_number": v["number"],
        "nationality": v["nat"],
        "issuing_country": "FRA",
        "date_of_birth": v["dob"],
        "sex": v["sex"],
        "expiry_date": v["valid_until"],
        "mrz_valid": True,
        "visa_type": "D",
        "vls_ts": True,
        "category": v["category"],
        "valid_from": v["valid_from"],
        "valid_until": v["valid_until"],
    }
    return sh, fields


def fr_card(c: dict, rng: random.Random, kind: str) -> tuple[Sheet, Sheet, dict]:
    """French ID-1 card, front and back. kind: 'permit' (titre de séjour) or 'cni'."""
    tint = (226, 236, 244) if kind == "permit" else (236, 232, 244)
    front, back = Sheet(85.6, 54, bg=tint), Sheet(85.6, 54, bg=tint)
    for s in (front, back):
        guilloche(s, 0, 0, 85.6, 54, rng, (190, 200, 220), 16)
    front.rect(3, 3, 2.2, 5, stroke=None, fill=(0, 35, 149))
    front.rect(5.2, 3, 2.2, 5, stroke=None, fill=(255, 255, 255))
    front.rect(7.4, 3, 2.2, 5, stroke=None, fill=(237, 41, 57))
    front.text(11, 5.3, "RÉPUBLIQUE FRANÇAISE", "sansb", 5.5, (20, 40, 110))
    title = "TITRE DE SÉJOUR" if kind == "permit" else "CARTE NATIONALE D'IDENTITÉ"
    sub = "RESIDENCE PERMIT" if kind == "permit" else "IDENTITY CARD"
    front.text(11, 8.5, title + " / " + sub, "sans", 4.6, (20, 40, 110))
    front.text(82.5, 5.3, c["number"], "mono", 6.5, (150, 30, 40), "r")
    front.photo(3, 12, 21, 27, rng)
    lc, vc = (70, 80, 110), (10, 10, 20)

    def f(sheet, x, y, label, value, size=6.4):
        sheet.text(x, y, label, "sans", 3.6, lc)
        sheet.text(x, y + 2.8, value, "sansb", size, vc)

    f(front, 27, 13, "NOM / Surname", ascii_up(c["surname"]))
    f(front, 27, 19.5, "Prénoms / Given names", c["given_display"])
    f(front, 27, 26, "Sexe / Sex", c["sex"])
    f(front, 40, 26, "Nationalité / Nationality", c["nat"])
    f(front, 62, 26, "Né(e) le / Date of birth", fmt_date(c["dob"], "space"))
    if kind == "permit":
        f(front, 27, 32.5, "Titre / Permit", c["permit_type"], 5.2)
        f(front, 27, 39, "Remarques / Remarks", c["remarks"], 5.2)
        f(front, 27, 45.5, "Valable jusqu'au / Valid until", fmt_date(c["expiry"], "space"))
    else:
        f(front, 27, 32.5, "Lieu de naissance / Place of birth", c["pob"])
        f(front, 27, 39, "N° du document / Document No", c["number"])
        f(front, 62, 39, "Date d'expir. / Expiry date", fmt_date(c["expiry"], "space"))
    front.text(6, 46, c["given_display"].split()[0].title(), "hand3", 7, (30, 30, 70))
    # back
    y = 6
    for label, value in c["back"]:
        f(back, 4, y, label, value, 5.4)
        y += 6.5
    code = "IR" if kind == "permit" else "ID"
    lines = td1(code, "FRA", c["number"], c["dob"], c["sex"], c["expiry"], c["nat_code"],
                c["surname"], c["mrz_given"])  # fmt: skip
    back.rect(0, 36, 85.6, 18, stroke=None, fill=(246, 248, 250))
    draw_mrz(back, lines, 4.5, 41.5, gap=4.4)
    fields = {
        "surname": ascii_up(c["surname"]),
        "given_names": ascii_up(c["given_display"]),
        "document_number": c["number"],
        "nationality": c["nat_code"],
        "issuing_country": "FRA",
        "date_of_birth": c["dob"],
        "sex": c["sex"],
        "expiry_date": c["expiry"],
        "mrz_valid": True,
    }
    return front, back, fields
