"""Identity documents: passport data pages (TD3), visa stickers (MRV-A), French ID-1 cards."""

from __future__ import annotations

import datetime as dt
import random

from PIL import Image

import checks
from gfx import Page, face_img, guilloche, signature_img

PRINTED: list[tuple[str, str, list[str]]] = []  # (kind, printed number, MRZ lines)
EN = "JAN FEB MAR APR MAY JUN JUL AUG SEP OCT NOV DEC".split()
FR = "JANV FÉVR MARS AVR MAI JUIN JUIL AOÛT SEPT OCT NOV DÉC".split()


def yymmdd(d: dt.date) -> str:
    return d.strftime("%y%m%d")


def d_en(d: dt.date) -> str:
    return f"{d.day:02d} {EN[d.month - 1]} {d.year}"


def d_bi(d: dt.date) -> str:
    return f"{d.day:02d} {FR[d.month - 1]}/{EN[d.month - 1]} {d.year}"


def d_num(d: dt.date, sep=".") -> str:
    return f"{d.day:02d}{sep}{d.month:02d}{sep}{d.year}"


def mrz_block(pg: Page, lines: list[str], x: float, y: float, w: float):
    n = len(lines[0])
    size = w / n / 0.6021 * 72 / 25.4
    for i, ln in enumerate(lines):
        pg.text(x, y + i * size * 0.42, ln, "mrz", size, "#111111")


def labelled(
    pg: Page,
    x,
    y,
    label,
    value,
    lfont="sans",
    vfont="dejavub",
    lsize=5.2,
    vsize=8.2,
    lcol="#3a4a6a",
    vcol="#111111",
):
    """Label above value (no overlap: value baseline 3.4 mm under the label's)."""
    pg.text(x, y, label, lfont, lsize, lcol)
    pg.text(x, y + 3.6, value, vfont, vsize, vcol)


STYLE = {
    "SDN": dict(
        bg="#e9efe3",
        band="#1f5a3a",
        head=["REPUBLIC OF THE SUDAN", "جمهورية السودان"],
        title="PASSPORT  جواز سفر",
        lab=lambda ar, en: f"{en} / {ar}",
    ),
    "GEO": dict(
        bg="#f3ece4",
        band="#8a1f2b",
        head=["საქართველო", "GEORGIA"],
        title="პასპორტი / PASSPORT",
        lab=lambda ka, en: f"{ka} / {en}",
    ),
    "TCD": dict(
        bg="#e8ecf5",
        band="#1b2f6b",
        head=["RÉPUBLIQUE DU TCHAD", "جمهورية تشاد"],
        title="PASSEPORT / PASSPORT",
        lab=lambda fr, en: f"{fr} / {en}",
    ),
    "MDA": dict(
        bg="#eef0f6",
        band="#27356e",
        head=["REPUBLICA MOLDOVA", "REPUBLIC OF MOLDOVA"],
        title="PAȘAPORT / PASSPORT",
        lab=lambda ro, en: f"{ro} / {en}",
    ),
}
LABELS = {
    "SDN": dict(
        typ=("النوع", "Type"),
        code=("رمز الدولة", "Country code"),
        num=("رقم الجواز", "Passport No."),
        sur=("اللقب", "Surname"),
        giv=("الأسماء", "Given names"),
        nat=("الجنسية", "Nationality"),
        dob=("تاريخ الميلاد", "Date of birth"),
        sex=("الجنس", "Sex"),
        pob=("محل الميلاد", "Place of birth"),
        doi=("تاريخ الإصدار", "Date of issue"),
        doe=("تاريخ الانتهاء", "Date of expiry"),
        auth=("جهة الإصدار", "Authority"),
    ),
    "GEO": dict(
        typ=("ტიპი", "Type"),
        code=("ქვეყნის კოდი", "Code"),
        num=("პასპორტის №", "Passport No."),
        sur=("გვარი", "Surname"),
        giv=("სახელი", "Given names"),
        nat=("მოქალაქეობა", "Nationality"),
        dob=("დაბადების თარიღი", "Date of birth"),
        sex=("სქესი", "Sex"),
        pob=("დაბადების ადგილი", "Place of birth"),
        doi=("გაცემის თარიღი", "Date of issue"),
        doe=("მოქმედების ვადა", "Date of expiry"),
        auth=("გამცემი ორგანო", "Authority"),
        pn=("პირადი ნომერი", "Personal No."),
    ),
    "TCD": dict(
        typ=("Type", "Type"),
        code=("Code du pays", "Country code"),
        num=("N° du passeport", "Passport No."),
        sur=("Nom", "Surname"),
        giv=("Prénoms", "Given names"),
        nat=("Nationalité", "Nationality"),
        dob=("Date de naissance", "Date of birth"),
        sex=("Sexe", "Sex"),
        pob=("Lieu de naissance", "Place of birth"),
        doi=("Date de délivrance", "Date of issue"),
        doe=("Date d'expiration", "Date of expiry"),
        auth=("Autorité", "Authority"),
    ),
    "MDA": dict(
        typ=("Tipul", "Type"),
        code=("Codul țării", "Code"),
        num=("Nr. pașaportului", "Passport No."),
        sur=("Numele", "Surname"),
        giv=("Prenumele", "Given names"),
        nat=("Cetățenia", "Nationality"),
        dob=("Data nașterii", "Date of birth"),
        sex=("Sexul", "Sex"),
        pob=("Locul nașterii", "Place of birth"),
        doi=("Data eliberării", "Date of issue"),
        doe=("Data expirării", "Date of expiry"),
        auth=("Autoritatea", "Authority"),
        pn=("Nr. personal", "Personal No."),
    ),
}


def passport(p: dict, rng: random.Random, dpi=300) -> tuple[Image.Image, dict]:
    """Data page 125 x 88 mm. p: country, surname, given, number, dob, sex, expiry, issue, pob,
    nat_text, authority, optional, local_name (script line), skin, long_hair."""
    c = p["country"]
    st, lb = STYLE[c], LABELS[c]
    pg = Page(125, 88, "pil", dpi=dpi, bg=st["bg"])
    guilloche(pg, 0, 8, 125, 62, rng, color="#d0d8c8" if c == "SDN" else "#d3d7e6", n=18)
    pg.rect(0, 0, 125, 8.5, stroke=None, fill=st["band"])
    hf = "amirib" if c == "SDN" else "dejavub"
    pg.text(4, 6, st["head"][0], "dejavub", 7.5, "#ffffff")
    pg.text(
        121,
        6.2,
        st["head"][1],
        hf if c in ("SDN", "TCD") else "dejavub",
        7.5,
        "#ffffff",
        anchor="r",
    )
    pg.text(62.5, 13, st["title"], "amiri" if c == "SDN" else "dejavu", 7, "#333333", "c")
    pg.image(
        5,
        16,
        30,
        38,
        face_img(rng, skin=p.get("skin", (120, 85, 60)), long_hair=p.get("long_hair", False)),
    )
    lab = st["lab"]

    def L(k):
        return lab(*lb[k])

    lf = "dejavu"
    x1, x2, x3 = 39, 62, 92
    labelled(pg, x1, 18, L("typ"), "P", lf)
    labelled(pg, x2, 18, L("code"), c, lf)
    pg.text(121, 18, lab(*lb["num"]), lf, 5.2, "#3a4a6a", "r")
    pg.text(121, 21.8, p["number"], "monob", 9.5, "#8a1010", "r")
    labelled(pg, x1, 25.5, L("sur"), p["surname"], lf)
    labelled(pg, x1, 32.5, L("giv"), p["given"], lf)
    y = 39.5
    if p.get("local_name"):
        loc_font = "amiri" if c in ("SDN", "TCD") else "dejavu"
        if loc_font == "amiri":
            pg.text(121, 41, p["local_name"], loc_font, 9.5, "#111111", "r")
        else:
            pg.text(x1, 41, p["local_name"], loc_font, 8, "#111111")
        y = 44.5
    labelled(pg, x1, y, L("nat"), p["nat_text"], lf)
    labelled(pg, x3, y, L("sex"), p["sex"], lf)
    y += 6.8
    labelled(pg, x1, y, L("dob"), p.get("fmt", d_en)(p["dob"]), lf)
    if "pn" in lb and p.get("personal_no"):
        labelled(pg, x3, y, L("pn"), p["personal_no"], lf)
    y += 6.8
    labelled(pg, x1, y, L("pob"), p["pob"], lf)
    labelled(pg, x3, y, L("auth"), p["authority"], lf, vsize=7)
    y += 6.8
    labelled(pg, x1, y, L("doi"), p.get("fmt", d_en)(p["issue"]), lf)
    labelled(pg, x3 - 8, y, L("doe"), p.get("fmt", d_en)(p["expiry"]), lf)
    pg.image(8, 56.5, 24, None, signature_img(rng, 500, 160, color=(30, 30, 40), width=3))
    pg.rect(0, 70.5, 125, 17.5, stroke=None, fill="#f7f7f2")
    lines = checks.td3(
        "P",
        c,
        p["surname"],
        p["given"],
        p["number"],
        c,
        yymmdd(p["dob"]),
        p["sex"],
        yymmdd(p["expiry"]),
        p.get("optional", ""),
    )
    assert checks.check_td3(lines)
    PRINTED.append(("td3", p["number"], lines))
    mrz_block(pg, lines, 4, 77.5, 117)
    fields = {
        "surname": p["surname"],
        "given_names": p["given"],
        "document_number": p["number"],
        "nationality": c,
        "issuing_country": c,
        "date_of_birth": p["dob"].isoformat(),
        "sex": p["sex"],
        "expiry_date": p["expiry"].isoformat(),
        "mrz_valid": True,
    }
    return pg.img, fields


def open_passport(page_img: Image.Image, rng: random.Random, cover="#5a1d24") -> Image.Image:
    """The open booklet: blank visa page above the data page, cover edge around."""
    w, h = page_img.size
    im = Image.new("RGB", (int(w * 1.06), int(h * 2.08)), cover)
    upper = Image.new("RGB", (w, h), (238, 236, 228))
    im.paste(upper, (int(w * 0.03), int(h * 0.03)))
    im.paste(page_img, (int(w * 0.03), int(h * 1.05)))
    return im


def visa(v: dict, rng: random.Random, dpi=300) -> tuple[Image.Image, dict]:
    """Schengen uniform-format sticker (120 x 80 mm), MRV-A. v: number, kind 'D'/'C', etc."""
    pg = Page(120, 80, "pil", dpi=dpi, bg="#eef3ea")
    guilloche(pg, 0, 0, 120, 62, rng, color="#d9c9dc", n=22)
    guilloche(pg, 0, 0, 120, 62, rng, color="#cfe0d3", n=14)
    pg.text(4, 7, "VISA", "dejavub", 14, "#23407a")
    pg.text(27, 7, v.get("issuer", "FRA"), "dejavub", 9, "#23407a")
    pg.text(116, 7, v["number"], "monob", 11, "#b01818", "r")
    pg.image(
        4,
        11,
        26,
        33,
        face_img(
            rng, skin=v.get("skin", (120, 85, 60)), long_hair=v.get("long_hair", False), grey=True
        ),
    )
    x = 34
    lf, ls, vf, vs = "sans", 4.8, "sansb", 7.2

    def row(y, lab, val, xx=x):
        pg.text(xx, y, lab, lf, ls, "#4a4a5a")
        pg.text(xx, y + 3.2, val, vf, vs)

    row(12, "VALABLE POUR / VALID FOR", v["valid_for"])
    row(19, "DU / FROM", d_num(v["from"]), x)
    row(19, "AU / UNTIL", d_num(v["until"]), x + 28)
    row(26, "TYPE DE VISA / TYPE OF VISA", v["kind"])
    row(26, "NOMBRE D'ENTRÉES / NUMBER OF ENTRIES", v.get("entries", "MULT"), x + 34)
    row(33, "DURÉE DE SÉJOUR / DURATION OF STAY", v["duration"])
    row(33, "JOURS / DAYS", "", x + 44)
    row(40, "DÉLIVRÉ À / ISSUED IN", v["issued_in"])
    row(40, "LE / ON", d_num(v["issued_on"]), x + 44)
    row(47, "NUMÉRO DE PASSEPORT / NUMBER OF PASSPORT", v["passport_no"])
    row(54, "NOM, PRÉNOM / SURNAME, NAME", f"{v['surname']}, {v['given']}")
    pg.text(4, 49, "REMARQUES / REMARKS", lf, ls, "#4a4a5a")
    for i, r in enumerate(v["remarks"]):
        pg.text(4, 53 + i * 3.2, r, "sansb", 6.2)
    pg.rect(0, 63, 120, 17, stroke=None, fill="#f3f6f0")
    lines = checks.mrva(
        "FRA",
        v["surname"],
        v["given"],
        v["number"],
        v["nat"],
        yymmdd(v["dob"]),
        v["sex"],
        yymmdd(v["until"]),
        sub=v["kind"],
    )
    assert checks.check_mrva(lines)
    PRINTED.append(("mrva", v["number"], lines))
    mrz_block(pg, lines, 3, 70, 114)
    fields = {
        "surname": v["surname"],
        "given_names": v["given"],
        "document_number": v["number"],
        "nationality": v["nat"],
        "issuing_country": "FRA",
        "date_of_birth": v["dob"].isoformat(),
        "sex": v["sex"],
        "expiry_date": v["until"].isoformat(),
        "mrz_valid": True,
        "visa_type": v["kind"],
        "vls_ts": v["vls_ts"],
        "category": v.get("category"),
        "valid_from": v["from"].isoformat(),
        "valid_until": v["until"].isoformat(),
    }
    return pg.img, fields


def passport_visa_page(visa_img: Image.Image, rng: random.Random) -> Image.Image:
    """A passport visa page (125 x 88 mm) holding the sticker."""
    pg = Page(125, 88, "pil", dpi=300, bg="#efeee6")
    guilloche(pg, 0, 0, 125, 88, rng, color="#dcdccc", n=10)
    pg.image(2.5, 4, 120, 80, visa_img)
    return pg.img


def with_entry_stamp(page_img: Image.Image, rng: random.Random, lines: list[str]) -> Image.Image:
    from gfx import rect_stamp

    st = rect_stamp(rng, lines, color=(60, 70, 150), w=620, font="monob")
    im = page_img.copy()
    im.paste(st, (int(im.width * 0.55), int(im.height * 0.58)), st)
    return im


def card_front_fr(k: dict, rng: random.Random, dpi=400) -> Image.Image:
    """French ID-1 card front: titre de séjour (kind 'TS') or CNI 2021 (kind 'CNI')."""
    cni = k["kind"] == "CNI"
    pg = Page(85.6, 54, "pil", dpi=dpi, bg="#eaf0f7" if cni else "#eef1e8")
    guilloche(pg, 0, 0, 85.6, 54, rng, color="#d6deea" if cni else "#dfe3d4", n=16, width=0.08)
    pg.rect(0, 0, 85.6, 7, stroke=None, fill="#1c3f8c" if cni else "#2d4f7a")
    pg.text(3, 4.8, "RÉPUBLIQUE FRANÇAISE", "sansb", 6.5, "#ffffff")
    title = (
        "CARTE NATIONALE D'IDENTITÉ / IDENTITY CARD"
        if cni
        else "TITRE DE SÉJOUR / RESIDENCE PERMIT"
    )
    pg.text(83, 4.8, title, "sans", 4.6, "#ffffff", "r")
    pg.image(
        3,
        10,
        22,
        28,
        face_img(rng, skin=k.get("skin", (120, 85, 60)), long_hair=k.get("long_hair", False)),
    )
    x = 28
    ls, vs = 3.9, 6.4

    def r(y, lab, val, xx=x):
        pg.text(xx, y, lab, "sans", ls, "#3e4a60")
        pg.text(xx, y + 2.7, val, "sansb", vs)

    r(10.5, "NOM / SURNAME", k["surname"])
    r(16.5, "PRÉNOMS / GIVEN NAMES", k["given"])
    r(22.5, "SEXE / SEX", k["sex"])
    r(22.5, "NATIONALITÉ / NATIONALITY", k["nat"], x + 14)
    r(28.5, "DATE DE NAISS. / DATE OF BIRTH", d_num(k["dob"], " "))
    if cni:
        r(34.5, "LIEU DE NAISSANCE / PLACE OF BIRTH", k["pob"])
        r(40.5, "N° DU DOCUMENT / DOCUMENT No", k["number"])
        r(40.5, "DATE D'EXPIR. / EXPIRY DATE", d_num(k["expiry"], " "), x + 30)
    else:
        r(34.5, "TYPE DE TITRE / PERMIT TYPE", k["permit"])
        r(40.5, "REMARQUES / REMARKS", k["remarks"])
        r(46.5, "VALABLE JUSQU'AU / VALID UNTIL", d_num(k["expiry"], " "))
        pg.text(83, 10.5, "N°", "sans", ls, "#3e4a60", "r")
        pg.text(83, 13.5, k["number"], "monob", 6.8, "#111111", "r")
    pg.image(3, 41, 20, None, signature_img(rng, 420, 150, color=(25, 25, 35), width=3))
    return pg.img


def card_back_fr(k: dict, rng: random.Random, dpi=400) -> tuple[Image.Image, list[str]]:
    cni = k["kind"] == "CNI"
    pg = Page(85.6, 54, "pil", dpi=dpi, bg="#eaf0f7" if cni else "#eef1e8")
    guilloche(pg, 0, 0, 85.6, 34, rng, color="#d6deea", n=8, width=0.08)
    x = 4

    def r(y, lab, val, xx=x):
        pg.text(xx, y, lab, "sans", 3.9, "#3e4a60")
        pg.text(xx, y + 2.7, val, "sansb", 6.2)

    if cni:
        r(5, "ADRESSE / ADDRESS", k["address"])
        r(11, "DATE DE DÉLIVRANCE / DATE OF ISSUE", d_num(k["issue"], " "))
        r(17, "AUTORITÉ / AUTHORITY", k["authority"])
    else:
        r(5, "LIEU DE NAISSANCE / PLACE OF BIRTH", k["pob"])
        r(11, "DATE DE DÉLIVRANCE / DATE OF ISSUE", d_num(k["issue"], " "))
        r(17, "DÉLIVRÉ PAR / ISSUED BY", k["authority"])
        if k.get("address"):
            r(23, "ADRESSE / ADDRESS", k["address"])
    pg.rect(0, 35, 85.6, 19, stroke=None, fill="#f6f7f3")
    lines = checks.td1(
        "ID" if cni else "IR",
        "FRA",
        k["number"],
        yymmdd(k["dob"]),
        k["sex"],
        yymmdd(k["expiry"]),
        k["nat"] if not cni else "FRA",
        k["surname"],
        k["given"],
    )
    assert checks.check_td1(lines)
    PRINTED.append(("td1", k["number"], lines))
    mrz_block(pg, lines, 3.5, 40.5, 78.6)
    return pg.img, lines


def card_fields(k: dict) -> dict:
    return {
        "surname": k["surname"],
        "given_names": k["given"],
        "document_number": k["number"],
        "nationality": k["nat"] if k["kind"] != "CNI" else "FRA",
        "issuing_country": "FRA",
        "date_of_birth": k["dob"].isoformat(),
        "sex": k["sex"],
        "expiry_date": k["expiry"].isoformat(),
        "mrz_valid": True,
    }
