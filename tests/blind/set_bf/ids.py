"""Identity documents: passport data pages, VLS-TS visa sticker, French ID-1 cards; MRZ."""

from __future__ import annotations

from render import Page, face, guilloche

MONTHS_EN = ["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"]
MONTHS_FR = [
    "JANV",
    "FEVR",
    "MARS",
    "AVR",
    "MAI",
    "JUIN",
    "JUIL",
    "AOUT",
    "SEPT",
    "OCT",
    "NOV",
    "DEC",
]


def _val(c: str) -> int:
    if c.isdigit():
        return int(c)
    if c == "<":
        return 0
    return ord(c) - 55


def cd(s: str) -> str:
    w = (7, 3, 1)
    return str(sum(_val(c) * w[i % 3] for i, c in enumerate(s)) % 10)


def ymd(iso: str) -> str:
    return iso[2:4] + iso[5:7] + iso[8:10]


def pad(s: str, n: int) -> str:
    return (s + "<" * n)[:n]


def mrz_name(surname: str, given: str, n: int) -> str:
    clean = lambda s: "".join(ch if ch.isalpha() else "<" for ch in s.upper())  # noqa: E731
    return pad(clean(surname) + "<<" + clean(given), n)


def td3(doc_type, country, surname, given, number, nat, dob, sex, exp, personal=""):
    l1 = pad(doc_type, 2) + country + mrz_name(surname, given, 39)
    num = pad(number, 9)
    pers = pad(personal, 14)
    pcd = cd(pers) if personal else "<"
    body = num + cd(num) + nat + ymd(dob) + cd(ymd(dob)) + sex + ymd(exp) + cd(ymd(exp)) + pers
    body += pcd
    comp = cd(body[0:10] + body[13:20] + body[21:43])
    return [l1, body + comp]


def mrv_a(country, surname, given, number, nat, dob, sex, exp, optional=""):
    l1 = "V<" + country + mrz_name(surname, given, 39)
    num = pad(number, 9)
    l2 = num + cd(num) + nat + ymd(dob) + cd(ymd(dob)) + sex + ymd(exp) + cd(ymd(exp))
    return [l1, l2 + pad(optional, 16)]


def td1(doc_type, country, number, dob, sex, exp, nat, surname, given, opt1="", opt2=""):
    num = pad(number, 9)
    l1 = pad(doc_type, 2) + country + num + cd(num) + pad(opt1, 15)
    l2 = ymd(dob) + cd(ymd(dob)) + sex + ymd(exp) + cd(ymd(exp)) + nat + pad(opt2, 11)
    comp = cd(l1[5:30] + l2[0:7] + l2[8:15] + l2[18:29])
    return [l1, l2 + comp, mrz_name(surname, given, 30)]


def d_en(iso, fr=False):
    y, m, d = iso.split("-")
    mon = MONTHS_EN[int(m) - 1]
    if fr:
        mon = f"{MONTHS_FR[int(m) - 1]}/{mon}"
    return f"{d} {mon} {y[2:]}" if fr else f"{d} {mon} {y}"


def d_fr(iso):
    y, m, d = iso.split("-")
    return f"{d}/{m}/{y}"


def d_dot(iso):
    y, m, d = iso.split("-")
    return f"{d}.{m}.{y}"


STYLES = {
    "MLI": dict(
        bg=(236, 229, 246),
        ink=(110, 80, 150),
        head=["REPUBLIQUE DU MALI", "REPUBLIC OF MALI"],
        sub="PASSEPORT / PASSPORT",
        ecowas=True,
        dates=d_dot,
    ),
    "GIN": dict(
        bg=(232, 240, 226),
        ink=(70, 120, 70),
        head=["REPUBLIQUE DE GUINEE", "REPUBLIC OF GUINEA"],
        sub="PASSEPORT / PASSPORT",
        ecowas=True,
        dates=d_fr,
    ),
    "IND": dict(
        bg=(236, 238, 246),
        ink=(60, 70, 130),
        head=["REPUBLIC OF INDIA"],
        sub="PASSPORT",
        ecowas=False,
        dates=d_fr,
    ),
    "GBR": dict(
        bg=(240, 234, 236),
        ink=(120, 60, 90),
        head=["UNITED KINGDOM OF GREAT BRITAIN AND NORTHERN IRELAND"],
        sub="PASSPORT / PASSEPORT",
        ecowas=False,
        dates=lambda s: d_en(s, True),
    ),
}


def passport_page(rng, p: dict) -> tuple[Page, list[str]]:
    """Data page of a passport (125 x 88 mm) with photo, fields and TD3 MRZ."""
    st = STYLES[p["country"]]
    pg = Page(125, 88, st["bg"])
    guilloche(pg, rng, 0, 0, 125, 70, tuple(min(255, c + 8) for c in st["ink"]), 50)
    mrz = td3(
        "P",
        p["country"],
        p["surname"],
        p["given"],
        p["number"],
        p["country"],
        p["dob"],
        p["sex"],
        p["expiry"],
        p.get("personal", ""),
    )
    ink = st["ink"]
    y = 5
    if st["ecowas"]:
        pg.text(
            62.5,
            y,
            "COMMUNAUTE ECONOMIQUE DES ETATS DE L'AFRIQUE DE L'OUEST (CEDEAO)",
            "dvcb",
            4.6,
            ink,
            "m",
        )
        y += 3
    for h in st["head"]:
        pg.text(62.5, y + 1.5, h, "dvcb", 6.2, ink, "m")
        y += 3.2
    pg.text(62.5, y + 1.8, st["sub"], "dvcb", 6.5, ink, "m")
    pg.image(face(rng), 5, 19, 30, 38)
    dt = st["dates"]
    labels = {
        "GBR": [
            ("Type/Type", "P"),
            ("Code/Code", "GBR"),
            ("Passport No./Passeport No.", "num"),
            ("1. Surname/Nom", "sur"),
            ("2. Given names/Prénoms", "giv"),
            ("3. Nationality/Nationalité", "BRITISH CITIZEN"),
            ("4. Date of birth", "dob"),
            ("5. Sex/Sexe", "sex"),
            ("6. Place of birth/Lieu de naissance", "pob"),
            ("7. Date of issue", "iss"),
            ("8. Authority/Autorité", "auth"),
            ("9. Date of expiry", "exp"),
        ],
    }.get(
        p["country"],
        [
            ("Type", "P"),
            ("Code", p["country"]),
            ("N° Passeport / Passport No.", "num"),
            ("Nom / Surname", "sur"),
            ("Prénoms / Given names", "giv"),
            ("Nationalité / Nationality", p["nat_text"]),
            ("Date de naissance / Date of birth", "dob"),
            ("Sexe / Sex", "sex"),
            ("Lieu de naissance / Place of birth", "pob"),
            ("Date de délivrance / Date of issue", "iss"),
            ("Date d'expiration / Date of expiry", "exp"),
            ("Autorité / Authority", "auth"),
        ],
    )
    vals = {
        "num": p["number"],
        "sur": p["surname"],
        "giv": p["given"],
        "dob": dt(p["dob"]),
        "sex": p["sex"],
        "pob": p["pob"],
        "iss": dt(p["issued"]),
        "exp": dt(p["expiry"]),
        "auth": p["authority"],
    }
    x0, yy = 39, y + 6
    col = 0
    for lab, key in labels:
        v = vals.get(key, key)
        short = key in ("P", "sex") or lab.startswith("Code") or lab.startswith("Type")
        if short and col < 2:
            xx = x0 + col * 16 if lab.startswith(("Type", "Code")) else x0
            pg.text(xx, yy, lab, "dvc", 3.8, ink)
            pg.text(xx, yy + 3, v, "dvcb", 6.2, (25, 25, 35))
            col += 1
            if col == 2:
                pass
            continue
        if lab.startswith(("N° Passeport", "Passport No.")):
            pg.text(88, yy, lab, "dvc", 3.8, ink)
            pg.text(88, yy + 3, v, "dvcb", 7, (25, 25, 35))
            yy += 6
            continue
        pg.text(x0, yy, lab, "dvc", 3.8, ink)
        pg.text(x0, yy + 3, v, "dvcb", 6.2, (25, 25, 35))
        yy += 5.4 if yy < 66 else 0
    # a second small ghost photo
    pg.rect(100, 40, 18, 22, None, (230, 226, 232))
    for i, ln in enumerate(mrz):
        pg.text(4, 77.5 + i * 6, ln, "ocrb", 9.3, (20, 20, 20))
    return pg, mrz


def visa_sticker(rng, v: dict) -> tuple[Page, list[str]]:
    """Uniform-format Schengen-type visa sticker (D) issued by France, on a passport page."""
    pg = Page(125, 88, (246, 243, 236))
    guilloche(pg, rng, 0, 0, 125, 88, (236, 225, 215), 30)
    sx, sy = 2.5, 4
    pg.rect(sx, sy, 120, 82, (200, 170, 190), (243, 232, 240), 0.2)
    guilloche(pg, rng, sx, sy, 120, 60, (228, 200, 222), 45)
    ink, val = (90, 60, 110), (20, 20, 30)
    mrz = mrv_a(
        "FRA", v["surname"], v["given"], v["number"], v["nat"], v["dob"], v["sex"], v["valid_until"]
    )
    pg.text(sx + 4, sy + 5, "VISA", "dvb", 8, ink)
    pg.text(sx + 100, sy + 5, "FRA", "dvb", 8, ink)
    pg.text(sx + 60, sy + 5, v["number"], "dvcb", 8, (170, 30, 40), "m")
    pg.image(face(rng, 240, 300), sx + 3, sy + 9, 24, 30)
    rows = [
        [("VALABLE POUR / VALID FOR", "FRANCE", 30)],
        [
            ("DU / FROM", d_fr(v["valid_from"]).replace("/", "-"), 30),
            ("AU / UNTIL", d_fr(v["valid_until"]).replace("/", "-"), 62),
        ],
        [
            ("TYPE DE VISA / TYPE OF VISA", "D", 30),
            ("DUREE DU SEJOUR / DURATION OF STAY", f"{v['days']} JOURS", 62),
            ("NOMBRE D'ENTREES", "MULT", 98),
        ],
        [
            ("DELIVRE A / ISSUED IN", v["issued_in"], 30),
            ("LE / ON", d_fr(v["issued_on"]).replace("/", "-"), 62),
            ("NUMERO DE PASSEPORT", v["passport"], 84),
        ],
        [("NOM, PRENOM / SURNAME, NAME", f"{v['surname']}, {v['given']}", 30)],
    ]
    y = sy + 11
    for row in rows:
        for lab, value, x in row:
            pg.text(sx + x, y, lab, "dvc", 3.6, ink)
            pg.text(sx + x, y + 3.2, value, "dvcb", 6, val)
        y += 7.4
    pg.text(sx + 4, y + 1, "REMARQUES / REMARKS", "dvc", 3.6, ink)
    for i, r in enumerate(v["remarks"]):
        pg.text(sx + 4, y + 4.2 + i * 3.3, r, "dvcb", 5.6, val)
    for i, ln in enumerate(mrz):
        pg.text(sx + 2, sy + 70 + i * 6, ln, "ocrb", 9.0, (20, 20, 20))
    return pg, mrz


def fr_card(rng, c: dict, side: str) -> tuple[Page, list[str] | None]:
    """French ID-1 card (85.6 x 54 mm): 'cni' (2021 CNI) or 'ts' (titre de séjour)."""
    pg = Page(85.6, 54, (232, 236, 244) if c["kind"] == "cni" else (236, 240, 232))
    guilloche(
        pg, rng, 0, 0, 85.6, 54, (215, 222, 236) if c["kind"] == "cni" else (214, 226, 214), 36
    )
    ink, val = (40, 60, 120), (15, 15, 25)
    mrz = td1(
        "ID" if c["kind"] == "cni" else "IR",
        "FRA",
        c["number"],
        c["dob"],
        c["sex"],
        c["expiry"],
        c["nat"],
        c["surname"],
        c["given"],
    )
    if side == "front":
        pg.text(3, 5, "RÉPUBLIQUE FRANÇAISE", "dvcb", 6.5, (30, 40, 110))
        if c["kind"] == "cni":
            pg.text(3, 8.5, "CARTE NATIONALE D'IDENTITÉ / IDENTITY CARD", "dvc", 4.4, ink)
        else:
            pg.text(3, 8.5, "TITRE DE SÉJOUR / RESIDENCE PERMIT", "dvc", 4.4, ink)
        pg.text(60, 8.5, "FRA", "dvcb", 5, ink)
        pg.image(face(rng, 220, 280), 3, 12, 22, 28)
        x = 28
        items = [
            ("NOM / Surname", c["surname"]),
            ("Prénoms / Given names", c["given"].replace(" ", ", ")),
            ("SEXE / Sex", c["sex"]),
            ("NATIONALITÉ / Nationality", c["nat"]),
            ("DATE DE NAISS. / Date of birth", d_fr(c["dob"]).replace("/", " ")),
            ("DATE D'EXPIR. / Expiry date", d_fr(c["expiry"]).replace("/", " ")),
        ]
        if c["kind"] == "ts":
            items.insert(2, ("TYPE DE TITRE / Type of permit", c["ts_type"]))
            items.append(("N° DU DOCUMENT", c["number"]))
        else:
            items.append(("N° DU DOCUMENT", c["number"]))
        y = 13
        for lab, value in items:
            pg.text(x, y, lab, "dvc", 3.3, ink)
            pg.text(x, y + 2.7, value, "dvcb", 5.2, val)
            y += 5.2
        return pg, None
    # back: address / remarks + MRZ
    y = 6
    for lab, value in c["back"]:
        pg.text(4, y, lab, "dvc", 3.3, ink)
        pg.text(4, y + 2.7, value, "dvcb", 5, val)
        y += 5.6
    for i, ln in enumerate(mrz):
        pg.text(3.5, 38.5 + i * 4.6, ln, "ocrb", 7.6, (20, 20, 20))
    return pg, mrz
