"""ID cards (TD1, old French CNI), French visa stickers, titres de séjour and récépissés."""

from __future__ import annotations

import random

from ids import _field, _mrz, face, fmt_date, guilloche, mrva, old_cni, td1
from render import Page, signature_image, stamp_image

# ---------------------------------------------------------------- ID cards (TD1)

ID_STYLE = {
    "ITA": (
        "REPUBBLICA ITALIANA",
        "CARTA DI IDENTITÀ / IDENTITY CARD",
        (226, 232, 238),
        [
            "COGNOME / SURNAME",
            "NOME / NAME",
            "LUOGO E DATA DI NASCITA / PLACE AND DATE OF BIRTH",
            "SESSO / SEX",
            "SCADENZA / EXPIRY",
            "CITTADINANZA / NATIONALITY",
        ],
        "dots",
    ),
    "ESP": (
        "REINO DE ESPAÑA",
        "DOCUMENTO NACIONAL DE IDENTIDAD",
        (238, 224, 214),
        ["APELLIDOS", "NOMBRE", "LUGAR Y FECHA DE NACIMIENTO", "SEXO", "VALIDEZ", "NACIONALIDAD"],
        "space",
    ),
    "POL": (
        "RZECZPOSPOLITA POLSKA",
        "DOWÓD OSOBISTY / IDENTITY CARD",
        (236, 224, 230),
        [
            "NAZWISKO / SURNAME",
            "IMIONA / GIVEN NAMES",
            "DATA URODZENIA / DATE OF BIRTH",
            "PŁEĆ / SEX",
            "TERMIN WAŻNOŚCI / EXPIRY DATE",
            "OBYWATELSTWO / NATIONALITY",
        ],
        "dots",
    ),
    "FRA": (
        "RÉPUBLIQUE FRANÇAISE",
        "CARTE NATIONALE D'IDENTITÉ / IDENTITY CARD",
        (224, 230, 240),
        [
            "NOM / Surname",
            "Prénoms / Given names",
            "DATE DE NAISS. / Date of birth",
            "SEXE / Sex",
            "DATE D'EXPIR. / Expiry date",
            "NATIONALITÉ / Nationality",
        ],
        "space",
    ),
}


def id_card_pages(p, seed: int, break_digit=None) -> tuple[list[Page], list]:
    """Front and back of an EU ID card (TD1)."""
    code = p["nat"]
    country, title, tint, L, dstyle = ID_STYLE[code]
    W, H = 85.6, 54.0
    f = Page(W, H, bg=tint)
    f.img(0, 0, W, H, guilloche(428, 270, tint, seed))
    f.text(4, 6, country, 6.2, "dejavu-b", (30, 40, 90))
    f.text(4, 9.6, title, 4.6, "dejavu", (30, 40, 90))
    f.text(W - 4, 6, p["number"], 7.5, "sans-b", (150, 30, 30), "r")
    f.img(4, 13, 24, 31, face(seed + 1))
    x = 31
    y = 15
    _field(f, x, y, L[0], p["surname"].upper(), 3.6, 6.8)
    y += 5.6
    _field(f, x, y, L[1], p["given"].upper(), 3.6, 6.8)
    y += 5.6
    dob = fmt_date(p["dob"], dstyle)
    _field(
        f, x, y, L[2], (p["pob"].upper() + "  " + dob) if code in ("ITA", "ESP") else dob, 3.6, 6.5
    )
    y += 5.6
    _field(f, x, y, L[3], p["sex"], 3.6, 6.5)
    _field(f, x + 14, y, L[5], code, 3.6, 6.5)
    y += 5.6
    _field(f, x, y, L[4], fmt_date(p["expiry"], dstyle), 3.6, 6.5)
    f.img(31, 44, 22, 7, signature_image(p["given"] + " " + p["surname"], seed + 3))
    b = Page(W, H, bg=tint)
    b.img(0, 0, W, H, guilloche(428, 270, tuple(min(255, c + 8) for c in tint), seed + 5))
    b.text(
        4,
        6,
        "INDIRIZZO / ADDRESS" if code == "ITA" else "DOMICILIO / ADRES / ADRESSE",
        3.6,
        "sans",
        (60, 60, 80),
    )
    b.text(4, 9.5, p.get("home", ""), 5.5, "sans-b")
    b.text(4, 15, "DATE DE DÉLIVRANCE / EMISSIONE / ISSUE", 3.6, "sans", (60, 60, 80))
    b.text(4, 18.5, fmt_date(p["issued"], dstyle), 5.5, "sans-b")
    b.rect(0, 30, W, 24, stroke=None, fill=tuple(min(255, c + 14) for c in tint))
    lines = td1(
        "ID" if code != "ITA" else "CI",
        code,
        p["number"],
        p["dob"],
        p["sex"],
        p["expiry"],
        code,
        p["surname"],
        p["given"],
        p.get("opt1", ""),
    )
    if break_digit is not None:
        ln = lines[1]
        lines[1] = ln[:6] + str((int(ln[6]) + 4) % 10) + ln[7:]
    _mrz(b, lines, 3.5, 37, 9.2, 2.6)
    return [f, b], lines


def old_cni_pages(p, seed: int) -> tuple[list[Page], list]:
    """French CNI of the 1995-2021 model (still valid for many hosts): 2-line, 36-char MRZ."""
    W, H = 105.0, 74.0
    tint = (228, 222, 232)
    f = Page(W, H, bg=tint)
    f.img(0, 0, W, H, guilloche(420, 296, tint, seed))
    f.text(W / 2, 7, "RÉPUBLIQUE FRANÇAISE", 7, "dejavu-b", (30, 30, 90), "c")
    f.text(6, 13, "CARTE NATIONALE D'IDENTITÉ N° : " + p["number"], 6.5, "dejavu-b", (30, 30, 90))
    f.text(6, 18, "Nationalité Française", 5.5, "dejavu")
    f.img(6, 21, 27, 35, face(seed + 1))
    x = 38
    rows = [
        ("Nom :", p["surname"].upper()),
        ("Prénom(s) :", p["given"].replace(" ", ", ")),
        ("Sexe :", p["sex"]),
        ("Né(e) le :", fmt_date(p["dob"], "space")),
        ("à :", p["pob"].upper()),
        ("Taille :", "1,%02d m" % random.Random(seed).randint(55, 90)),
    ]
    y = 24
    for lab, val in rows:
        f.text(x, y, lab, 5.2, "dejavu")
        f.text(x + 16, y, val, 6.8, "dejavu-b")
        y += 5.2
    f.text(x, y + 2, "Signature du titulaire :", 4.5, "dejavu")
    f.img(x + 20, y - 1, 26, 8, signature_image(p["given"] + " " + p["surname"], seed + 3))
    f.rect(0, 58, W, 16, stroke=None, fill=(248, 246, 248))
    lines = old_cni(p["surname"], p["given"], p["number"], p["dob"], p["sex"])
    _mrz(f, lines, 4, 64.5, 10.5, 2.7)
    b = Page(W, H, bg=tint)
    b.img(0, 0, W, H, guilloche(420, 296, tint, seed + 2))
    b.text(6, 12, "Adresse :", 5.5, "dejavu")
    for i, ln in enumerate(p.get("home", "").split(", ")):
        b.text(24, 12 + i * 5, ln.upper(), 6.5, "dejavu-b")
    b.text(6, 32, "Carte valable jusqu'au : " + fmt_date(p["expiry"], "space"), 6, "dejavu")
    b.text(6, 38, "délivrée le : " + fmt_date(p["issued"], "space"), 6, "dejavu")
    b.text(6, 44, "par : " + p.get("authority", "PRÉFECTURE DE POLICE"), 6, "dejavu")
    b.img(62, 30, 34, 34, stamp_image(["PRÉFECTURE"], "RÉPUBLIQUE FRANÇAISE", (40, 40, 130), seed))
    return [f, b], lines


# ---------------------------------------------------------------- visa sticker (MRV-A)


def visa_pages(v, seed: int, host_passport=None) -> tuple[list[Page], list]:
    """A French visa sticker on a passport page. v: surname, given, nat, dob, sex, number,
    valid_from, valid_until, type, remarks, issued_in, issued_on, passport, duration."""
    rng = random.Random(seed)
    W, H = 125.0, 88.0
    pg = Page(W, H, bg=(246, 244, 238))
    pg.img(0, 0, W, H, guilloche(500, 352, (236, 236, 226), seed + 9))
    sx, sy, sw, sh = 3 + rng.uniform(-1, 1), 4 + rng.uniform(-1, 1), 119.0, 80.0
    st = Page(sw, sh, bg=(232, 236, 226))
    st.img(0, 0, sw, sh, guilloche(476, 320, (228, 234, 224), seed + 11))
    st.text(4, 6, "VISA", 11, "dejavu-b", (40, 60, 100))
    st.text(4, 9.5, "FRA", 6, "dejavu-b", (40, 60, 100))
    st.text(sw - 4, 6.5, v["number"], 9, "sans-b", (170, 30, 30), "r")
    st.img(4, 14, 26, 33, face(seed + 1, ghost=False))
    x = 34
    L = [
        ("VALABLE POUR / VALID FOR", v.get("valid_for", "FRANCE")),
        ("DU / FROM", fmt_date(v["valid_from"], "dash")),
        ("AU / UNTIL", fmt_date(v["valid_until"], "dash")),
        ("TYPE DE VISA / TYPE OF VISA", v["type"]),
        ("NOMBRE D'ENTRÉES / NUMBER OF ENTRIES", v.get("entries", "MULT")),
        ("DURÉE DE SÉJOUR / DURATION OF STAY", v.get("duration", "365") + " JOURS"),
        ("DÉLIVRÉ À / ISSUED IN", v["issued_in"].upper()),
        ("LE / ON", fmt_date(v["issued_on"], "dash")),
        ("NUMÉRO DE PASSEPORT / NUMBER OF PASSPORT", v["passport"]),
        ("NOM, PRÉNOM / SURNAME, NAME", v["surname"].upper() + ", " + v["given"].upper()),
    ]
    y = 13
    st.text(x, y, L[0][0], 3.6, "sans", (70, 70, 70))
    st.text(x + 40, y, L[0][1], 6.5, "sans-b")
    y += 5
    st.text(x, y, L[1][0], 3.6, "sans", (70, 70, 70))
    st.text(x + 11, y, L[1][1], 6.5, "sans-b")
    st.text(x + 36, y, L[2][0], 3.6, "sans", (70, 70, 70))
    st.text(x + 48, y, L[2][1], 6.5, "sans-b")
    y += 5
    st.text(x, y, L[3][0], 3.6, "sans", (70, 70, 70))
    st.text(x + 25, y, L[3][1], 6.5, "sans-b")
    st.text(x + 36, y, L[4][0], 3.6, "sans", (70, 70, 70))
    st.text(x + 76, y, L[4][1], 6.5, "sans-b")
    y += 5
    st.text(x, y, L[5][0], 3.6, "sans", (70, 70, 70))
    st.text(x + 40, y, L[5][1], 6.5, "sans-b")
    y += 5
    st.text(x, y, L[6][0], 3.6, "sans", (70, 70, 70))
    st.text(x + 22, y, L[6][1], 6.5, "sans-b")
    st.text(x + 52, y, L[7][0], 3.6, "sans", (70, 70, 70))
    st.text(x + 60, y, L[7][1], 6.5, "sans-b")
    y += 5
    st.text(x, y, L[8][0], 3.6, "sans", (70, 70, 70))
    st.text(x + 46, y, L[8][1], 6.5, "sans-b")
    y += 5
    st.text(x, y, L[9][0], 3.6, "sans", (70, 70, 70))
    y += 3.6
    st.text(x, y, L[9][1], 6.5, "sans-b")
    y += 5
    st.text(x, y, "REMARQUES / REMARKS", 3.6, "sans", (70, 70, 70))
    for i, r in enumerate(v["remarks"]):
        st.text(x, y + 3.6 + i * 3.3, r, 5.4, "sans-b")
    lines = mrva(
        "VD" if v["type"] == "D" else "VC",
        "FRA",
        v["surname"],
        v["given"],
        v["number"],
        v["nat"],
        v["dob"],
        v["sex"],
        v["valid_until"],
    )
    st.rect(0, sh - 15, sw, 15, stroke=None, fill=(240, 242, 236))
    _mrz(st, lines, 3, sh - 9.5, 10.4, 2.55)
    for op in st.ops:  # place the sticker on the page
        pg.ops.append(_shift(op, sx, sy))
    pg.rect(sx, sy, sw, sh, stroke=(200, 200, 190), lw=0.2)
    # entry stamp often overlaps the sticker edge
    if rng.random() < 0.6:
        pg.img(
            85,
            55,
            30,
            30,
            stamp_image(
                [v.get("entry", "ROISSY CDG"), "ENTRÉE"],
                "POLICE AUX FRONTIÈRES",
                (40, 70, 40),
                seed + 4,
                px=300,
                rect=True,
            ),
        )
    return [pg], lines


def _shift(op, dx, dy):
    k = op[0]
    if k in ("text", "hand"):
        return (k, op[1] + dx, op[2] + dy) + op[3:]
    if k in ("rect", "ellipse", "img"):
        return (k, op[1] + dx, op[2] + dy) + op[3:]
    if k == "line":
        return (k, op[1] + dx, op[2] + dy, op[3] + dx, op[4] + dy) + op[5:]
    return op


# ---------------------------------------------------------------- titre de séjour (TD1)


def titre_sejour_pages(t, seed: int) -> tuple[list[Page], list]:
    """French residence permit card, front and back."""
    W, H = 85.6, 54.0
    tint = (222, 232, 236)
    f = Page(W, H, bg=tint)
    f.img(0, 0, W, H, guilloche(428, 270, tint, seed))
    f.rect(0, 0, W, 8.5, stroke=None, fill=(40, 60, 120))
    f.text(3.5, 5.8, "RÉPUBLIQUE FRANÇAISE", 5.8, "dejavu-b", (255, 255, 255))
    f.text(W - 3.5, 5.8, "TITRE DE SÉJOUR", 5.8, "dejavu-b", (255, 255, 255), "r")
    f.text(W - 3.5, 12, t["number"], 7, "sans-b", (160, 30, 30), "r")
    f.img(3.5, 11, 22, 29, face(seed + 1))
    x, y = 28, 16
    rows = [
        ("NOM / Surname", t["surname"].upper()),
        ("Prénoms / Given names", t["given"].upper()),
        ("TITRE / Permit", t["permit_type"]),
    ]
    for lab, val in rows:
        _field(f, x, y, lab, val, 3.2, 5.8 if len(val) < 30 else 4.6)
        y += 5.4
    _field(f, x, y, "SEXE", t["sex"], 3.2, 5.8)
    _field(f, x + 10, y, "NAT.", t["nat"], 3.2, 5.8)
    _field(f, x + 22, y, "DATE DE NAISS.", fmt_date(t["dob"], "space"), 3.2, 5.8)
    y += 5.4
    _field(f, x, y, "VALIDITÉ / Valid until", fmt_date(t["expiry"], "space"), 3.2, 5.8)
    _field(f, x + 30, y, "REMARQUES", t.get("mention", ""), 3.2, 4.4)
    f.img(4, 42, 22, 7, signature_image(t["given"] + " " + t["surname"], seed + 3))
    b = Page(W, H, bg=tint)
    b.img(0, 0, W, H, guilloche(428, 270, tuple(min(255, c + 8) for c in tint), seed + 5))
    b.text(3.5, 5, "ADRESSE", 3.2, "sans", (60, 60, 80))
    b.text(3.5, 8.4, t.get("home", ""), 4.8, "sans-b")
    b.text(3.5, 12.5, "LIEU / DATE DE DÉLIVRANCE", 3.2, "sans", (60, 60, 80))
    b.text(
        3.5,
        15.8,
        t.get("issuer", "PREFECTURE DE POLICE") + " " + fmt_date(t["issued"], "space"),
        4.8,
        "sans-b",
    )
    b.text(3.5, 20.5, t.get("work", "AUTORISE SON TITULAIRE À TRAVAILLER"), 4.2, "sans-b")
    b.rect(0, 27, W, 27, stroke=None, fill=tuple(min(255, c + 14) for c in tint))
    lines = td1(
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
    _mrz(b, lines, 3.5, 34, 9.2, 2.6)
    return [f, b], lines


def recepisse_pages(r, seed: int) -> list[Page]:
    """Récépissé de demande de titre de séjour (paper, A4 with photo and stamp)."""
    rng = random.Random(seed)
    p = Page()
    p.text(20, 20, "RÉPUBLIQUE", 10, "dejavu-b")
    p.text(20, 25, "FRANÇAISE", 10, "dejavu-b")
    p.text(20, 30, "Liberté Égalité Fraternité", 6.5, "dejavu-b")
    p.text(190, 22, r.get("issuer", "PRÉFECTURE DE POLICE").upper(), 8.5, "dejavu-b", anchor="r")
    p.text(190, 27, "Direction des étrangers en France", 7.5, "dejavu", anchor="r")
    p.rect(18, 40, 174, 14, fill=(235, 235, 235))
    p.text(105, 46.5, "RÉCÉPISSÉ DE DEMANDE DE CARTE DE SÉJOUR", 11, "dejavu-b", anchor="c")
    p.text(105, 51.5, r.get("kind", "PREMIÈRE DEMANDE"), 8, "dejavu", anchor="c")
    p.text(22, 64, "N° " + r["number"], 10, "dejavu-b", (150, 20, 20))
    p.img(150, 60, 34, 44, face(seed + 1))
    rows = [
        ("NOM :", r["surname"].upper()),
        ("Prénom(s) :", r["given"]),
        ("Date de naissance :", fmt_date(r["dob"], "slash")),
        ("Lieu de naissance :", r["pob"]),
        ("Sexe :", r["sex"]),
        ("Nationalité :", r["nat_text"]),
        ("Adresse :", r["home"]),
    ]
    y = 76
    for lab, val in rows:
        p.text(22, y, lab, 9, "dejavu")
        p.text(62, y, val, 9.5, "dejavu-b")
        y += 7
    y += 4
    p.para(
        22,
        y,
        165,
        "Le présent récépissé, qui ne constitue pas un titre de séjour, est valable du "
        f"{fmt_date(r['valid_from'], 'slash')} au {fmt_date(r['valid_until'], 'slash')} inclus.",
        9.5,
        "dejavu",
    )
    y += 14
    p.text(22, y, r.get("work", "Autorise son titulaire à travailler."), 9.5, "dejavu-b")
    y += 8
    p.para(
        22,
        y,
        165,
        "Motif de la demande : " + r.get("motif", "Vie privée et familiale"),
        9,
        "dejavu",
    )
    y += 20
    p.text(
        120, y, f"Fait à {r.get('city', 'Paris')}, le {fmt_date(r['issued'], 'slash')}", 9, "dejavu"
    )
    p.text(120, y + 6, "Pour le préfet et par délégation", 8, "dejavu-b")
    p.img(
        118,
        y + 8,
        42,
        42,
        stamp_image(["PRÉFECTURE", r.get("dept", "")], "RÉPUBLIQUE FRANÇAISE", (40, 40, 140), seed),
    )
    p.img(140, y + 20, 40, 14, signature_image("Agent Prefecture", seed + 5))
    p.text(
        22,
        280,
        f"Réf. dossier {rng.randint(1000000, 9999999)} — ANEF",
        7,
        "dejavu",
        (100, 100, 100),
    )
    return [p]
