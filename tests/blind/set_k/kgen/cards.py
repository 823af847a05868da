"""Identity cards and booklet pages at real size: TD3 passport data page, ID-1 cards, visa sticker.

Layouts invented from public descriptions of ICAO 9303 documents (zones: header, portrait,
visual inspection zone, MRZ in OCR-B) and of the French titre de séjour and VLS-TS sticker.
"""

from __future__ import annotations

import math

from . import dates, ids
from .core import Page, rng_for

COUNTRY = {
    "USA": ("UNITED STATES OF AMERICA", "USA"),
    "BRA": ("REPÚBLICA FEDERATIVA DO BRASIL", "BRASILEIRA"),
    "CHN": ("PEOPLE'S REPUBLIC OF CHINA", "CHINESE"),
    "IND": ("REPUBLIC OF INDIA", "INDIAN"),
    "POL": ("RZECZPOSPOLITA POLSKA", "POLSKIE"),
    "UKR": ("UKRAINE", "UKRAINE"),
    "MNG": ("MONGOLIA", "MONGOLIAN"),
    "CPV": ("REPÚBLICA DE CABO VERDE", "CABOVERDIANA"),
    "JPN": ("JAPAN", "JAPAN"),
    "MEX": ("ESTADOS UNIDOS MEXICANOS", "MEXICANA"),
    "PHL": ("REPUBLIC OF THE PHILIPPINES", "FILIPINO"),
    "COL": ("REPÚBLICA DE COLOMBIA", "COLOMBIANA"),
    "GEO": ("GEORGIA", "GEORGIAN"),
    "ARM": ("REPUBLIC OF ARMENIA", "ARMENIAN"),
    "PER": ("REPÚBLICA DEL PERÚ", "PERUANA"),
    "TUR": ("TÜRKİYE CUMHURİYETİ", "T.C."),
    "MAR": ("ROYAUME DU MAROC", "MAROCAINE"),
    "CAN": ("CANADA", "CANADIAN/CANADIENNE"),
    "KAZ": ("REPUBLIC OF KAZAKHSTAN", "KAZAKHSTAN"),
    "FRA": ("RÉPUBLIQUE FRANÇAISE", "FRANÇAISE"),
    "PRT": ("REPÚBLICA PORTUGUESA", "PORTUGUESA"),
    "ITA": ("REPUBBLICA ITALIANA", "ITALIANA"),
    "GBR": ("UNITED KINGDOM OF GREAT BRITAIN AND NORTHERN IRELAND", "BRITISH CITIZEN"),
    "NGA": ("FEDERAL REPUBLIC OF NIGERIA", "NIGERIAN"),
    "LKA": ("DEMOCRATIC SOCIALIST REPUBLIC OF SRI LANKA", "SRI LANKAN"),
    "VNM": ("SOCIALIST REPUBLIC OF VIET NAM", "VIETNAMESE"),
    "MUS": ("REPUBLIC OF MAURITIUS", "MAURITIAN"),
    "PRY": ("REPÚBLICA DEL PARAGUAY", "PARAGUAYA"),
    "IRN": ("ISLAMIC REPUBLIC OF IRAN", "IRANIAN"),
}
SCHEMES = [
    ((22, 40, 90), (214, 222, 240)),
    ((110, 20, 30), (240, 222, 222)),
    ((20, 80, 50), (220, 238, 226)),
    ((60, 40, 90), (230, 224, 240)),
    ((30, 30, 30), (236, 232, 220)),
    ((0, 80, 110), (218, 236, 242)),
]


def _guilloche(pg, x, y, w, h, color, seed, n=14):
    r = rng_for("guil", seed)
    ph = r.uniform(0, 6)
    for k in range(n):
        pts = []
        for i in range(80):
            t = i / 79
            pts.append(
                (x + w * t, y + h * (k + 0.5) / n + math.sin(t * 9 + k * 0.7 + ph) * h / n * 1.2)
            )
        pg.poly(pts, color, 0.12)


def _portrait(pg, x, y, w, h, seed, sex, grey=False):
    r = rng_for("face", seed)
    pg.rect(x, y, w, h, None, (222, 226, 230) if not grey else (215, 215, 215))
    skin = r.choice(
        [(232, 196, 170), (198, 150, 110), (150, 100, 70), (110, 75, 55), (240, 210, 185)]
    )
    hair = r.choice([(30, 25, 20), (70, 50, 30), (20, 20, 20), (120, 90, 50), (160, 160, 160)])
    if grey:
        g = int(sum(skin) / 3)
        skin = (g, g, g)
        hg = int(sum(hair) / 3)
        hair = (hg, hg, hg)
    cx = x + w / 2
    pg.ellipse(
        cx, y + h * 1.02, w * 0.46, h * 0.3, None, (60, 70, 90) if not grey else (80, 80, 80)
    )
    pg.rect(cx - w * 0.09, y + h * 0.62, w * 0.18, h * 0.16, None, skin)
    if sex == "F":
        pg.ellipse(cx, y + h * 0.45, w * 0.33, h * 0.36, None, hair)
    pg.ellipse(cx, y + h * 0.43, w * 0.24, h * 0.27, None, skin)
    pg.ellipse(cx, y + h * 0.22, w * 0.25, h * 0.1, None, hair)
    pg.ellipse(cx - w * 0.09, y + h * 0.42, w * 0.03, h * 0.015, None, (40, 30, 30))
    pg.ellipse(cx + w * 0.09, y + h * 0.42, w * 0.03, h * 0.015, None, (40, 30, 30))
    pg.line(cx - w * 0.07, y + h * 0.58, cx + w * 0.07, y + h * 0.58, (120, 60, 60), 0.3)


def _mrz(pg, x, y, lines, size=10.2, pitch=4.6):
    for i, ln in enumerate(lines):
        pg.text(x, y + i * pitch, ln, "ocrb", size, (10, 10, 10))


def passport_page(h: dict):
    """h: country, surname, given, number, nat, dob, sex, pob, issue, expiry, authority, style, seed,
    bad_mrz (bool)."""
    seed = h.get("seed", h["number"])
    r = rng_for("pp", seed)
    ink, pale = SCHEMES[h.get("scheme", r.randrange(len(SCHEMES)))]
    style = h.get("date_style", r.randrange(4))
    pg = Page(125, 88, bg=pale)
    _guilloche(pg, 2, 10, 121, 55, tuple(min(255, c + 18) for c in ink[:1]) + (200, 215), seed)
    cname, natname = COUNTRY.get(h["country"], (h["country"], h["nat"]))
    if h.get("nat_text"):
        natname = h["nat_text"]
    pg.text(62.5, 6.5, cname, "sansb", 7.5 if len(cname) < 40 else 5.6, ink, "c")
    pg.text(62.5, 10.5, h.get("doc_title", "PASSPORT / PASSEPORT"), "sans", 5.5, ink, "c")
    _portrait(pg, 5, 15, 30, 38, seed, h["sex"])
    lab = h.get("labels") or {
        "type": "Type",
        "code": "Code",
        "no": "Passport No./N° du passeport",
        "sur": "Surname/Nom",
        "giv": "Given names/Prénoms",
        "nat": "Nationality/Nationalité",
        "dob": "Date of birth/Date de naissance",
        "sex": "Sex/Sexe",
        "pob": "Place of birth/Lieu de naissance",
        "doi": "Date of issue/Date de délivrance",
        "auth": "Authority/Autorité",
        "doe": "Date of expiry/Date d'expiration",
    }
    lc, vc = (90, 90, 100), (15, 15, 20)
    x0 = 39
    vf = h.get("vfont", "sansb")

    def fld(x, y, key, val, size=7.6):
        pg.text(x, y, lab[key], "sans", 4.6, lc)
        pg.text(x, y + 3.4, val, vf, size, vc)

    fld(x0, 16, "type", "P")
    fld(x0 + 16, 16, "code", h["country"])
    fld(x0 + 42, 16, "no", h["number"])
    fld(x0, 23, "sur", h["surname"])
    fld(x0, 30, "giv", h["given"])
    fld(x0, 37, "nat", natname)
    fld(x0, 44, "dob", dates.passport_style(h["dob"], style))
    fld(x0 + 42, 44, "sex", h["sex"])
    fld(x0, 51, "pob", h.get("pob", ""))
    fld(x0, 58, "doi", dates.passport_style(h["issue"], style))
    fld(x0 + 42, 58, "auth", h.get("authority", ""), 6)
    fld(x0, 65, "doe", dates.passport_style(h["expiry"], style))
    pg.signature(90, 63, 28, 6, "pps" + seed, (30, 30, 40), 0.3)
    lines = ids.td3(
        "P",
        h["country"],
        h["surname_mrz"] if h.get("surname_mrz") else h["surname"],
        h["given"],
        h["number"],
        h["nat"],
        h["dob"],
        h["sex"],
        h["expiry"],
        h.get("personal", ""),
    )
    if h.get("bad_mrz"):
        l2 = lines[1]
        bad = str((int(l2[9]) + 3) % 10)
        lines[1] = l2[:9] + bad + l2[10:]
    pg.rect(0, 72, 125, 16, None, (248, 248, 244))
    _mrz(pg, 3.5, 78.5, lines)
    fields = {
        "surname": h["surname"],
        "given_names": h["given"],
        "document_number": h["number"],
        "nationality": h["nat"],
        "issuing_country": h["country"],
        "date_of_birth": h["dob"],
        "sex": h["sex"],
        "expiry_date": h["expiry"],
        "mrz_valid": not h.get("bad_mrz"),
    }
    return pg, fields, lines


def visa_page(v: dict):
    """A type D visa sticker (MRV-A) glued on a passport page. v: surname, given, passport_no, nat, dob, sex,
    number, valid_from, valid_until, category, remarks, issued_at, issued_on, seed, vls_ts, days, type."""
    seed = v.get("seed", v["number"])
    pg = Page(125, 88, bg=(236, 240, 232))
    _guilloche(pg, 0, 0, 125, 88, (205, 215, 200), "vpage" + seed, 10)
    sx, sy, sw, sh = 4, 4, 117, 80
    pg.rect(sx, sy, sw, sh, (150, 150, 170), (226, 232, 246))
    _guilloche(pg, sx, sy + 8, sw, 50, (196, 206, 232), seed, 16)
    pg.rect(sx, sy, sw, 7, None, (60, 80, 150))
    pg.text(sx + 3, sy + 5, "VISA", "sansb", 8, (255, 255, 255))
    pg.text(sx + 22, sy + 5, "ÉTATS SCHENGEN / FRANCE", "sans", 6, (255, 255, 255))
    pg.text(sx + sw - 3, sy + 5.2, v["number"], "monob", 8, (170, 20, 20), "r")
    _portrait(pg, sx + 3, sy + 10, 22, 28, v.get("face_seed", seed), v["sex"], grey=True)
    lab, val = (80, 80, 110), (10, 10, 20)
    x = sx + 29

    def f(xx, yy, label, value, size=6.6):
        pg.text(xx, yy, label, "sans", 4.2, lab)
        pg.text(xx, yy + 3, value, "sansb", size, val)

    f(x, sy + 11, "VALABLE POUR / VALID FOR", "FRANCE")
    f(x + 45, sy + 11, "DU / FROM", dates.fr(v["valid_from"]).replace("/", "-"))
    f(x + 66, sy + 11, "AU / UNTIL", dates.fr(v["valid_until"]).replace("/", "-"))
    f(x, sy + 18, "TYPE DE VISA / TYPE OF VISA", v.get("type", "D"))
    f(x + 30, sy + 18, "NOMBRE D'ENTRÉES / NUMBER OF ENTRIES", "MULT")
    f(x + 66, sy + 18, "DURÉE DE SÉJOUR / DURATION", f"{v.get('days', 365)} JOURS")
    f(x, sy + 25, "DÉLIVRÉ À / ISSUED IN", v.get("issued_at", "WASHINGTON"))
    f(x + 45, sy + 25, "LE / ON", dates.fr(v["issued_on"]).replace("/", "-"))
    f(x, sy + 32, "NUMÉRO DE PASSEPORT / NUMBER OF PASSPORT", v["passport_no"])
    f(x, sy + 39, "NOM, PRÉNOM / SURNAME, NAME", f"{v['surname']}, {v['given']}")
    pg.text(sx + 3, sy + 49, "REMARQUES / REMARKS", "sans", 4.2, lab)
    for i, ln in enumerate(v["remarks"]):
        pg.text(sx + 3, sy + 52.5 + i * 3.4, ln, "sansb", 6.4, val)
    lines = ids.mrva(
        "FRA",
        v["surname"],
        v["given"],
        v["passport_no"],
        v["nat"],
        v["dob"],
        v["sex"],
        v["valid_until"],
        v.get("optional", ""),
    )
    pg.rect(sx, sy + 63, sw, 17, None, (240, 242, 250))
    _mrz(pg, sx + 2, sy + 70, lines, 9.4, 4.6)
    fields = {
        "surname": v["surname"],
        "given_names": v["given"],
        "document_number": v["number"],
        "nationality": v["nat"],
        "issuing_country": "FRA",
        "date_of_birth": v["dob"],
        "sex": v["sex"],
        "expiry_date": v["valid_until"],
        "mrz_valid": True,
        "visa_type": v.get("type", "D"),
        "vls_ts": bool(v.get("vls_ts", True)),
        "category": v.get("category"),
        "valid_from": v["valid_from"],
        "valid_until": v["valid_until"],
    }
    return pg, fields


def residence_permit(t: dict):
    """French titre de séjour (ID-1, 3-line TD1 MRZ). t: surname, given, nat, dob, sex, number, expiry,
    issue, kind, mention, pob, address, seed."""
    seed = t.get("seed", t["number"])
    front = Page(85.6, 54, bg=(232, 236, 246))
    _guilloche(front, 0, 8, 85.6, 46, (205, 214, 236), seed, 12)
    front.rect(0, 0, 85.6, 7, None, (30, 50, 120))
    front.text(3, 4.8, "RÉPUBLIQUE FRANÇAISE", "sansb", 6, (255, 255, 255))
    front.text(82.6, 4.8, "TITRE DE SÉJOUR", "sansb", 6, (255, 255, 255), "r")
    _portrait(front, 3, 10, 22, 28, seed, t["sex"])
    lab, val = (70, 70, 110), (10, 10, 20)
    x = 28

    def f(xx, yy, label, value, size=6.2):
        front.text(xx, yy, label, "sans", 3.6, lab)
        front.text(xx, yy + 2.9, value, "sansb", size, val)

    f(x, 10, "NOM / SURNAME", t["surname"])
    f(x, 16, "PRÉNOMS / GIVEN NAMES", t["given"], 5.8 if len(t["given"]) < 26 else 4.8)
    f(x, 22, "SEXE / SEX", t["sex"])
    f(x + 14, 22, "NATIONALITÉ / NATIONALITY", t["nat"])
    f(x, 28, "DATE DE NAISSANCE / DATE OF BIRTH", dates.fr(t["dob"]).replace("/", " "))
    f(x, 34, "N° DU DOCUMENT", t["number"])
    f(x + 28, 34, "FIN DE VALIDITÉ", dates.fr(t["expiry"]).replace("/", " "))
    front.text(3, 44, t.get("kind_", "CARTE DE SEJOUR TEMPORAIRE"), "sansb", 5.2, (30, 50, 120))
    front.text(3, 48, t.get("mention", "SALARIE"), "sansb", 5.2, val)
    front.signature(60, 42, 20, 7, "rps" + seed, (30, 30, 40), 0.25)
    back = Page(85.6, 54, bg=(236, 238, 246))
    _guilloche(back, 0, 0, 85.6, 30, (214, 220, 238), "b" + seed, 8)
    back.text(3, 5, "LIEU DE NAISSANCE / PLACE OF BIRTH", "sans", 3.6, lab)
    back.text(3, 8, t.get("pob", ""), "sansb", 5.6, val)
    back.text(3, 12.5, "ADRESSE / ADDRESS", "sans", 3.6, lab)
    for i, ln in enumerate(t.get("address", [])):
        back.text(3, 15.5 + i * 2.8, ln, "sansb", 5.2, val)
    back.text(3, 24, "DATE DE DÉLIVRANCE: " + dates.fr(t["issue"]), "sans", 4.4, val)
    back.text(50, 24, "PRÉFECTURE", "sans", 4.4, val)
    lines = ids.td1(
        "IR",
        "FRA",
        t["number"],
        t["dob"],
        t["sex"],
        t["expiry"],
        t["nat"],
        t["surname"],
        t["given"],
    )
    back.rect(0, 30, 85.6, 24, None, (248, 248, 246))
    _mrz(back, 3.5, 38, lines, 9.2, 5.2)
    fields = {
        "surname": t["surname"],
        "given_names": t["given"],
        "document_number": t["number"],
        "nationality": t["nat"],
        "issuing_country": "FRA",
        "date_of_birth": t["dob"],
        "sex": t["sex"],
        "expiry_date": t["expiry"],
        "mrz_valid": True,
    }
    return [front, back], fields


def national_id(c: dict):
    """EU/FR national identity card, ID-1 with TD1 MRZ on the back."""
    seed = c.get("seed", c["number"])
    country = c["country"]
    cname = COUNTRY.get(country, (country, ""))[0]
    front = Page(85.6, 54, bg=c.get("bg", (238, 232, 242)))
    _guilloche(front, 0, 6, 85.6, 48, (222, 210, 230), seed, 12)
    front.text(42.8, 4.5, cname, "sansb", 6, (40, 40, 90), "c")
    title = c.get("title", "CARTE NATIONALE D'IDENTITÉ / IDENTITY CARD")
    front.text(42.8, 8, title, "sans", 4.3, (40, 40, 90), "c")
    _portrait(front, 3, 11, 22, 28, seed, c["sex"])
    lab, val = (80, 70, 110), (10, 10, 20)
    x = 28
    labels = c.get(
        "labels",
        (
            "NOM / SURNAME",
            "PRÉNOMS / GIVEN NAMES",
            "SEXE",
            "NATIONALITÉ",
            "DATE DE NAISS. / DATE OF BIRTH",
            "N° DU DOCUMENT",
            "DATE D'EXPIR.",
        ),
    )

    def f(xx, yy, label, value, size=6.2):
        front.text(xx, yy, label, "sans", 3.6, lab)
        front.text(xx, yy + 2.9, value, "sansb", size, val)

    f(x, 12, labels[0], c["surname"])
    f(x, 18, labels[1], c["given"])
    f(x, 24, labels[2], c["sex"])
    f(x + 12, 24, labels[3], c["nat"])
    f(x, 30, labels[4], dates.dotted(c["dob"]) if c.get("dotted") else dates.fr(c["dob"]))
    f(x, 36, labels[5], c["number"])
    f(
        x + 30,
        36,
        labels[6],
        dates.dotted(c["expiry"]) if c.get("dotted") else dates.fr(c["expiry"]),
    )
    front.signature(30, 43, 22, 7, "ids" + seed, (30, 30, 40), 0.25)
    back = Page(85.6, 54, bg=c.get("bg", (238, 232, 242)))
    back.text(3, 6, c.get("back_label", "LIEU DE NAISSANCE / PLACE OF BIRTH"), "sans", 3.6, lab)
    back.text(3, 9, c.get("pob", ""), "sansb", 5.6, val)
    if c.get("address"):
        back.text(3, 14, "ADRESSE / ADDRESS", "sans", 3.6, lab)
        back.text(3, 17, c["address"], "sansb", 5.2, val)
    back.text(3, 23, "DATE DE DÉLIVRANCE / ISSUED: " + dates.fr(c["issue"]), "sans", 4.2, val)
    lines = ids.td1(
        "ID",
        country,
        c["number"],
        c["dob"],
        c["sex"],
        c["expiry"],
        c["nat"],
        c["surname"],
        c["given"],
    )
    back.rect(0, 30, 85.6, 24, None, (248, 248, 246))
    _mrz(back, 3.5, 38, lines, 9.2, 5.2)
    fields = {
        "surname": c["surname"],
        "given_names": c["given"],
        "document_number": c["number"],
        "nationality": c["nat"],
        "issuing_country": country,
        "date_of_birth": c["dob"],
        "sex": c["sex"],
        "expiry_date": c["expiry"],
        "mrz_valid": True,
    }
    return [front, back], fields
