"""Identity documents: passport data pages, French visa stickers, titres de séjour, CNI."""

from __future__ import annotations

import random

from PIL import Image

import ids
from gfx import Page, fake_photo, guilloche, render, stamp, text_width_mm

MON_FR = ["JANV", "FEVR", "MARS", "AVR", "MAI", "JUIN", "JUIL", "AOUT", "SEPT", "OCT", "NOV", "DEC"]
MON_EN = ["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"]
MON_ES = ["ENE", "FEB", "MAR", "ABR", "MAY", "JUN", "JUL", "AGO", "SET", "OCT", "NOV", "DIC"]


def dmy(iso: str, sep: str = "/") -> str:
    return f"{iso[8:10]}{sep}{iso[5:7]}{sep}{iso[0:4]}"


def d_mon(iso: str, names=MON_EN, names2=None) -> str:
    m = int(iso[5:7]) - 1
    mon = names[m] + ("/" + names2[m] if names2 else "")
    return f"{iso[8:10]} {mon} {iso[0:4]}"


def _mrz(page: Page, lines: list[str], x: float, y: float, width: float, step: float) -> None:
    size = 10.0
    w = text_width_mm(lines[0], "ocrb", size)
    size = size * width / w
    for i, ln in enumerate(lines):
        page.text(x, y + i * step, ln, size, "ocrb")


def passport_page(p: dict, rng: random.Random, dpi: int = 300) -> Image.Image:
    """p: country spec + person. Returns the data page (125 x 88 mm) as an image."""
    pg = Page(125, 88, bg=p.get("bg", (236, 240, 228)))
    g = guilloche(1476, 1040, p.get("gcol", (40, 120, 80)), rng)
    pg.image(g, 0, 0, 125, 88)
    hx = 40
    for i, (s, sz, f) in enumerate(p["header"]):
        pg.text(hx + 40, 6 + i * 4.2, s, sz, f, (30, 30, 40), anchor="m")
    pg.image(fake_photo(rng), 5, 18, 30, 39)
    if p.get("ghost", True):
        pg.image(
            fake_photo(rng, grey=True)
            .convert("L")
            .point(lambda v: 255 - (255 - v) // 3)
            .convert("RGB"),
            100,
            48,
            18,
            23,
        )
    y = 19
    col = (90, 90, 100)
    for row in p["rows"]:
        x = 39
        for label, value in row:
            pg.text(x, y, label, 4.6, "sans", col)
            pg.text(x, y + 3.6, value, 7.6, "sansb", (15, 15, 20))
            x += max(24, text_width_mm(value, "sansb", 7.6) + 5) if len(row) > 1 else 0
        y += 7.6
    sig = p.get("sig")
    if sig is not None:
        pg.image(sig, 6, 58, 28, 10)
    _mrz(pg, p["mrz"], 4, 77.5, 117, 5.6)
    return render(pg, dpi)


def passport(country: str, person: dict, rng: random.Random) -> tuple[Image.Image, dict]:
    """Build a passport for one of the four origins; returns (image, truth fields)."""
    s, g, dob, sex = person["surname"], person["given"], person["dob"], person["sex"]
    num, iss, exp = person["pp_number"], person["pp_issued"], person["pp_expiry"]
    pob = person["pob"]
    mrz = ids.td3(
        "P<",
        country,
        s,
        g,
        num,
        country,
        ids.yymmdd(dob),
        sex,
        ids.yymmdd(exp),
        person.get("personal", ""),
    )
    if country == "DZA":
        header = [
            ("الجمهورية الجزائرية الديمقراطية الشعبية", 9, "arb"),
            ("REPUBLIQUE ALGERIENNE DEMOCRATIQUE ET POPULAIRE", 6.5, "sansb"),
            ("جواز سفر   PASSEPORT   PASSPORT", 8, "arb"),
        ]
        f = dmy
        rows = [
            [
                ("Type", "P"),
                ("Code du pays / Country code", "DZA"),
                ("N° du passeport / Passport No.", num),
            ],
            [("Nom / Surname", s.upper())],
            [("Prénoms / Given names", g.upper())],
            [
                ("Date de naissance / Date of birth", f(dob)),
                ("Sexe / Sex", sex),
                ("Nationalité", "ALGERIENNE"),
            ],
            [("Lieu de naissance / Place of birth", pob)],
            [
                ("Date de délivrance / Date of issue", f(iss)),
                ("Date d'expiration / Date of expiry", f(exp)),
            ],
            [("Autorité / Authority", person.get("authority", "DAIRA"))],
        ]
        bg, gcol = (228, 238, 226), (30, 120, 70)
    elif country == "CIV":
        header = [
            ("REPUBLIQUE DE COTE D'IVOIRE", 9, "sansb"),
            ("REPUBLIC OF COTE D'IVOIRE", 6.5, "sans"),
            ("PASSEPORT / PASSPORT", 8, "sansb"),
        ]

        def f(v):
            return d_mon(v, MON_FR, MON_EN)

        rows = [
            [("Type", "P"), ("Code / Code", "CIV"), ("Passeport N° / Passport No.", num)],
            [("Nom / Surname", s.upper())],
            [("Prénoms / Given names", g.upper())],
            [("Nationalité / Nationality", "IVOIRIENNE"), ("Sexe / Sex", sex)],
            [
                ("Date de naissance / Date of birth", f(dob)),
                ("Lieu de naissance / Place of birth", pob),
            ],
            [
                ("Date de délivrance / Date of issue", f(iss)),
                ("Date d'expiration / Date of expiry", f(exp)),
            ],
            [("Autorité / Authority", "DST - ONECI")],
        ]
        bg, gcol = (244, 234, 220), (200, 120, 40)
    elif country == "BGD":
        header = [
            ("গণপ্রজাতন্ত্রী বাংলাদেশ", 8.5, "bnb"),
            ("PEOPLE'S REPUBLIC OF BANGLADESH", 7.5, "sansb"),
            ("পাসপোর্ট  PASSPORT", 8, "bnb"),
        ]

        def f(v):
            return d_mon(v)

        rows = [
            [("Type", "P"), ("Country Code", "BGD"), ("Passport No.", num)],
            [("Surname", s.upper())],
            [("Given Name", g.upper())],
            [("Nationality", "BANGLADESHI"), ("Personal No.", person["personal"])],
            [("Date of Birth", f(dob)), ("Sex", sex), ("Place of Birth", pob)],
            [("Date of Issue", f(iss)), ("Date of Expiry", f(exp))],
            [("Issuing Authority", "DIP/DHAKA")],
        ]
        bg, gcol = (230, 240, 232), (20, 110, 60)
    else:  # PER
        header = [
            ("REPÚBLICA DEL PERÚ", 9, "sansb"),
            ("REPUBLIC OF PERU", 6.5, "sans"),
            ("PASAPORTE / PASSPORT", 8, "sansb"),
        ]

        def f(v):
            return d_mon(v, MON_ES, MON_EN)

        rows = [
            [("Tipo / Type", "P"), ("Código / Code", "PER"), ("Pasaporte N° / Passport No.", num)],
            [("Apellidos / Surname", s.upper())],
            [("Nombres / Given names", g.upper())],
            [
                ("Nacionalidad / Nationality", "PERUANA"),
                ("Sexo / Sex", sex),
                ("DNI", person["personal"]),
            ],
            [
                ("Fecha de nacimiento / Date of birth", f(dob)),
                ("Lugar de nacimiento / Place of birth", pob),
            ],
            [
                ("Fecha de emisión / Date of issue", f(iss)),
                ("Fecha de caducidad / Date of expiry", f(exp)),
            ],
            [("Autoridad / Authority", "SUPERINTENDENCIA NACIONAL DE MIGRACIONES")],
        ]
        bg, gcol = (240, 230, 232), (150, 40, 60)
    spec = {
        "header": header,
        "rows": rows,
        "mrz": mrz,
        "bg": bg,
        "gcol": gcol,
        "sig": person.get("pp_sig"),
    }
    truth = {
        "surname": s.upper(),
        "given_names": g.upper(),
        "document_number": num,
        "nationality": country,
        "issuing_country": country,
        "date_of_birth": dob,
        "sex": sex,
        "expiry_date": exp,
        "mrz_valid": True,
    }
    return passport_page(spec, rng), truth


def visa_sticker(person: dict, v: dict, rng: random.Random, dpi: int = 300):
    """French long-stay visa sticker (type D, VLS-TS) on a passport page (125 x 88 mm)."""
    pg = Page(125, 88, bg=(238, 236, 244))
    pg.image(guilloche(1476, 1040, (90, 110, 170), rng, 30), 0, 0, 125, 88)
    # sticker
    pg.rect(3, 5, 119, 80, stroke=(150, 150, 170), fill=(226, 232, 246), lw=0.2)
    pg.image(guilloche(1400, 950, (200, 90, 140), rng, 50), 3, 5, 119, 80)
    pg.text(6, 11, "VISA", 12, "sansb", (30, 40, 110))
    pg.text(118, 11, "FRA  " + v["number"], 10, "mono", (190, 20, 30), anchor="r")
    pg.image(fake_photo(rng), 6, 15, 26, 33)
    lab, val = (70, 70, 110), (10, 10, 20)
    rows = [
        [("VALABLE POUR / VALID FOR", "FRANCE")],
        [("DU / FROM", dmy(v["from"], "-")), ("AU / UNTIL", dmy(v["until"], "-"))],
        [("TYPE DE VISA / TYPE OF VISA", "D"), ("NOMBRE D'ENTRÉES / NUMBER OF ENTRIES", "MULT")],
        [
            ("DURÉE DE SÉJOUR / DURATION OF VISIT", v.get("days", "365") + " JOURS"),
            ("DÉLIVRÉ À / ISSUED IN", v["place"]),
        ],
        [
            ("LE / ON", dmy(v["issued"], "-")),
            ("NUMÉRO DE PASSEPORT / PASSPORT NUMBER", person["pp_number"]),
        ],
        [
            (
                "NOM, PRÉNOM / SURNAME, NAME",
                f"{person['surname'].upper()}, {person['given'].upper()}",
            )
        ],
    ]
    y = 17
    for row in rows:
        x = 35
        for label, value in row:
            pg.text(x, y, label, 4.3, "sans", lab)
            pg.text(x, y + 3.3, value, 7, "sansb", val)
            x += 38
        y += 7.4
    pg.text(6, 62, "REMARQUES / REMARKS", 4.3, "sans", lab)
    pg.text(6, 66, v["remarks"], 7, "sansb", val)
    pg.text(6, 70, "CESEDA R.431-16 — VALIDATION EN LIGNE DANS LES 3 MOIS", 5.5, "sans", val)
    mrz = ids.mrv_a(
        "FRA",
        person["surname"],
        person["given"],
        v["number"],
        person["nat"],
        ids.yymmdd(person["dob"]),
        person["sex"],
        ids.yymmdd(v["until"]),
    )
    _mrz(pg, mrz, 5, 76, 115, 5.2)
    truth = {
        "surname": person["surname"].upper(),
        "given_names": person["given"].upper(),
        "document_number": v["number"],
        "nationality": person["nat"],
        "issuing_country": "FRA",
        "date_of_birth": person["dob"],
        "sex": person["sex"],
        "expiry_date": v["until"],
        "mrz_valid": True,
        "visa_type": "D",
        "vls_ts": True,
        "category": v["category"],
        "valid_from": v["from"],
        "valid_until": v["until"],
    }
    return render(pg, dpi), truth


def _card(front: bool, rng: random.Random) -> Page:
    pg = Page(85.6, 54, bg=(232, 236, 240))
    pg.image(
        guilloche(1010, 640, (120, 140, 190) if front else (160, 120, 170), rng, 28), 0, 0, 85.6, 54
    )
    return pg


def titre_sejour(person: dict, t: dict, rng: random.Random, dpi: int = 400):
    """French residence permit (ID-1, 2020 model): front and back images."""
    f = _card(True, rng)
    f.text(3, 5, "RÉPUBLIQUE FRANÇAISE", 6, "sansb", (20, 30, 90))
    f.text(82, 5, "TITRE DE SÉJOUR", 6.5, "sansb", (20, 30, 90), anchor="r")
    f.text(82, 8, "RESIDENCE PERMIT", 4.5, "sans", (20, 30, 90), anchor="r")
    f.image(fake_photo(rng), 3, 10, 22, 28)
    rows = [
        ("NOM / Surname", person["surname"].upper()),
        ("Prénoms / Given names", person["given"].upper().replace(" ", ", ")),
        ("Sexe / Sex   Nationalité / Nationality", f"{person['sex']}         {person['nat']}"),
        ("Date de naissance / Date of birth", dmy(person["dob"], " ")),
        ("Type de titre / Type of permit", t["type"]),
        ("Valable jusqu'au / Valid until", dmy(t["until"], " ")),
    ]
    y = 12
    for lab, val in rows:
        f.text(28, y, lab, 3.4, "sans", (70, 70, 90))
        f.text(28, y + 2.9, val, 5.6 if len(val) < 28 else 4.6, "sansb")
        y += 6.2
    f.text(3, 44, "N° " + t["number"], 5.5, "sansb", (150, 20, 30))
    f.text(3, 50, "REMARQUES : " + t["remarks"], 4.2, "sansb")
    b = _card(False, rng)
    b.text(3, 5, "Lieu de naissance / Place of birth", 3.4, "sans", (70, 70, 90))
    b.text(3, 8, person["pob"], 5, "sansb")
    b.text(3, 12, "Adresse / Address", 3.4, "sans", (70, 70, 90))
    b.text(3, 15, t["address1"], 4.6, "sansb")
    b.text(3, 18.5, t["address2"], 4.6, "sansb")
    b.text(50, 5, "Date de délivrance / Date of issue", 3.4, "sans", (70, 70, 90))
    b.text(50, 8, dmy(t["issued"], " "), 5, "sansb")
    b.text(50, 12, "Préfecture " + t["prefecture"], 4.2, "sans")
    b.rect(60, 20, 18, 13, stroke=(120, 120, 130), lw=0.2)
    mrz = ids.td1(
        "IR",
        "FRA",
        t["number"],
        ids.yymmdd(person["dob"]),
        person["sex"],
        ids.yymmdd(t["until"]),
        person["nat"],
        person["surname"],
        person["given"],
    )
    _mrz(b, mrz, 3.2, 40, 79, 4.7)
    truth = {
        "surname": person["surname"].upper(),
        "given_names": person["given"].upper(),
        "document_number": t["number"],
        "nationality": person["nat"],
        "issuing_country": "FRA",
        "date_of_birth": person["dob"],
        "sex": person["sex"],
        "expiry_date": t["until"],
        "mrz_valid": True,
    }
    return render(f, dpi), render(b, dpi), truth


def cni_fr(h: dict, rng: random.Random, dpi: int = 400):
    """French national identity card (2021 model, ID-1): front and back images."""
    f = _card(True, rng)
    f.rect(0, 0, 85.6, 7, stroke=None, fill=(40, 60, 140))
    f.text(3, 4.8, "RÉPUBLIQUE FRANÇAISE", 6, "sansb", (255, 255, 255))
    f.text(82, 3.4, "CARTE NATIONALE D'IDENTITÉ", 4.4, "sansb", (255, 255, 255), anchor="r")
    f.text(82, 6.0, "IDENTITY CARD", 3.6, "sans", (255, 255, 255), anchor="r")
    f.image(fake_photo(rng, skin=(214, 176, 150)), 3, 10, 22, 29)
    rows = [
        ("NOM / Surname", h["surname"].upper()),
        ("Nom d'usage / Alternate name", h.get("usage", "")),
        ("Prénoms / Given names", h["given"]),
        (
            "SEXE   NATIONALITÉ   DATE DE NAISS.",
            f"{h['sex']}       FRA       " + dmy(h["dob"], " "),
        ),
        ("LIEU DE NAISSANCE / Place of birth", h["pob"]),
        ("N° DU DOCUMENT        DATE D'EXPIR.", f"{h['number']}    " + dmy(h["expiry"], " ")),
    ]
    y = 11
    for lab, val in rows:
        f.text(28, y, lab, 3.2, "sans", (60, 60, 80))
        f.text(28, y + 2.9, val, 5.4, "sansb")
        y += 6.3
    f.image(h["sig"], 30, 46, 22, 7)
    f.text(76, 51, h["can"], 5, "sansb", anchor="r")
    b = _card(False, rng)
    b.text(3, 6, "Adresse / Address", 3.4, "sans", (70, 70, 90))
    b.text(3, 9.5, h["address1"], 5, "sansb")
    b.text(3, 13, h["address2"], 5, "sansb")
    b.text(3, 18, "Date de délivrance / Date of issue", 3.4, "sans", (70, 70, 90))
    b.text(3, 21.5, dmy(h["issued"], " "), 5, "sansb")
    b.image(stamp(rng, "PREFECTURE DE POLICE * ", ["PARIS"], (60, 60, 140), 200), 56, 3, 18, 18)
    mrz = ids.td1(
        "ID",
        "FRA",
        h["number"],
        ids.yymmdd(h["dob"]),
        h["sex"],
        ids.yymmdd(h["expiry"]),
        "FRA",
        h["surname"],
        h["given"],
    )
    _mrz(b, mrz, 3.2, 40, 79, 4.7)
    truth = {
        "surname": h["surname"].upper(),
        "given_names": h["given"].upper(),
        "document_number": h["number"],
        "nationality": "FRA",
        "issuing_country": "FRA",
        "date_of_birth": h["dob"],
        "sex": h["sex"],
        "expiry_date": h["expiry"],
        "mrz_valid": True,
    }
    return render(f, dpi), render(b, dpi), truth
