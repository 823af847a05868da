"""Identity-type documents: passport data pages, visa sticker, titre de séjour, apostille."""

from __future__ import annotations

import random

from PIL import Image
from reportlab.lib.units import mm

from common import (
    Page,
    fr_date,
    mrva,
    new_pdf,
    pdf_pages,
    photo_placeholder,
    signature,
    td1,
    td3,
    yymmdd,
)

MON = "JAN FEB MAR APR MAY JUN JUL AUG SEP OCT NOV DEC".split()


def _d(iso: str, style: str) -> str:
    y, m, d = iso.split("-")
    if style == "dmy_mon":
        return f"{d} {MON[int(m) - 1]} {y}"
    if style == "dot":
        return f"{d}.{m}.{y}"
    if style == "slash":
        return f"{d}/{m}/{y}"
    es = "ENE FEB MAR ABR MAY JUN JUL AGO SEP OCT NOV DIC".split()
    return f"{d} {MON[int(m) - 1]}/{es[int(m) - 1]} {y}"


# per-country passport designs (public specimen descriptions: PRADO, Keesing)
PASSPORTS = {
    "UKR": dict(
        head=["УКРАЇНА  UKRAINE", "ПАСПОРТ  PASSPORT"],
        tint=(0.93, 0.95, 0.98),
        accent=(0.1, 0.25, 0.55),
        labels=[
            ("type", "Тип/Type"),
            ("code", "Код держави/Code of State"),
            ("number", "Номер паспорта/Passport No."),
            ("surname", "Прізвище/Surname"),
            ("given", "Ім'я/Given Names"),
            ("nat", "Громадянство/Nationality"),
            ("dob", "Дата народження/Date of birth"),
            ("rec", "Запис № /Record No."),
            ("sex", "Стать/Sex"),
            ("pob", "Місце народження/Place of birth"),
            ("doi", "Дата видачі/Date of issue"),
            ("auth", "Орган, що видав/Authority"),
            ("doe", "Дата закінчення строку дії/Date of expiry"),
        ],
        date="dmy_mon",
        font="sans",
    ),
    "MEX": dict(
        head=["ESTADOS UNIDOS MEXICANOS", "PASAPORTE / PASSPORT"],
        tint=(0.95, 0.97, 0.93),
        accent=(0.1, 0.35, 0.2),
        labels=[
            ("type", "Tipo / Type"),
            ("code", "Clave del país / Country code"),
            ("number", "Pasaporte No. / Passport No."),
            ("surname", "Apellidos / Surname"),
            ("given", "Nombres / Given names"),
            ("nat", "Nacionalidad / Nationality"),
            ("dob", "Fecha de nacimiento / Date of birth"),
            ("curp", "CURP"),
            ("sex", "Sexo / Sex"),
            ("pob", "Lugar de nacimiento / Place of birth"),
            ("doi", "Fecha de expedición / Date of issue"),
            ("doe", "Fecha de caducidad / Date of expiry"),
            ("auth", "Autoridad / Authority"),
        ],
        date="mex",
        font="lib",
    ),
    "IND": dict(
        head=["भारत  REPUBLIC OF INDIA", "PASSPORT"],
        head_font="freeserif",
        tint=(0.97, 0.95, 0.92),
        accent=(0.35, 0.2, 0.1),
        labels=[
            ("type", "Type"),
            ("code", "Country Code"),
            ("number", "Passport No."),
            ("surname", "Surname"),
            ("given", "Given Name(s)"),
            ("nat", "Nationality"),
            ("sex", "Sex"),
            ("dob", "Date of Birth"),
            ("pob", "Place of Birth"),
            ("poi", "Place of Issue"),
            ("doi", "Date of Issue"),
            ("doe", "Date of Expiry"),
        ],
        date="slash",
        font="libserif",
    ),
    "TUR": dict(
        head=["TÜRKİYE CUMHURİYETİ", "REPUBLIC OF TÜRKİYE", "PASAPORT / PASSPORT"],
        tint=(0.97, 0.94, 0.95),
        accent=(0.55, 0.1, 0.15),
        labels=[
            ("type", "Tipi / Type"),
            ("code", "Ülke Kodu / Country Code"),
            ("number", "Pasaport No / Passport No"),
            ("surname", "Soyadı / Surname"),
            ("given", "Adı / Given Name(s)"),
            ("nat", "Uyruğu / Nationality"),
            ("dob", "Doğum Tarihi / Date of Birth"),
            ("pid", "T.C. Kimlik No / Personal No"),
            ("sex", "Cinsiyeti / Sex"),
            ("pob", "Doğum Yeri / Place of Birth"),
            ("doi", "Veriliş Tarihi / Date of Issue"),
            ("doe", "Geçerlilik Tarihi / Date of Expiry"),
            ("auth", "Makam / Authority"),
        ],
        date="dmy_mon",
        font="open",
    ),
}


def passport_page(p: dict, rng: random.Random, dpi=300) -> Image.Image:
    """p: country, surname, given, number, dob, sex, pob, doi, doe, nat_text, extra{...}."""
    spec = PASSPORTS[p["country"]]
    size = (125 * mm, 88 * mm)
    buf, c = new_pdf(size)
    pg = Page(c, size)
    pg.rect(0, 0, 125, 88, stroke=None, fill=spec["tint"])
    # guilloche-ish background
    for i in range(40):
        pg.line(0, i * 2.3, 125, i * 2.3 + 6 * ((i % 3) - 1), color=(0.85, 0.88, 0.9), lw=0.2)
    hf = spec.get("head_font", "sans-b")
    for i, t in enumerate(spec["head"]):
        pg.text(66, 6 + i * 4, t, hf, 8 if i == 0 else 6.5, spec["accent"], align="c")
    pg.image(photo_placeholder(rng), 5, 16, 30, 38)
    code = p["country"]
    values = {
        "type": "P",
        "code": code,
        "number": p["number"],
        "surname": p["surname_print"],
        "given": p["given_print"],
        "nat": p["nat_text"],
        "dob": _d(p["dob"], spec["date"]),
        "sex": p["sex"] if code != "MEX" else p["sex"].replace("F", "F").replace("M", "H/M"),
        "pob": p["pob"],
        "doi": _d(p["doi"], spec["date"]),
        "doe": _d(p["doe"], spec["date"]),
    }
    values.update(p.get("extra", {}))
    x0, y = 39, 16
    font = spec["font"]
    for key, lab in spec["labels"]:
        if key in ("type", "code", "number"):
            xs = {"type": 39, "code": 52, "number": 90}[key]
            pg.text(xs, 14, lab, "sans", 4.2, (0.35, 0.35, 0.4))
            color = (0.6, 0.05, 0.05) if key == "number" and code == "IND" else (0, 0, 0)
            pg.text(xs, 18, values[key], font + "-b" if font + "-b" in _BOLD else font, 8, color)
            continue
        pg.text(x0, y + 7, lab, "sans", 4.2, (0.35, 0.35, 0.4))
        pg.text(x0, y + 10.3, values.get(key, ""), font, 7.3)
        y += 6.6
        if y > 62:
            y, x0 = 30, 86
    signature(pg, 6, 56, 26, 8, rng, color=(0.1, 0.1, 0.1), lw=0.5)
    l1, l2 = td3(
        "P",
        code,
        p["surname"],
        p["given"],
        p["number"],
        code,
        yymmdd(p["dob"]),
        p["sex"],
        yymmdd(p["doe"]),
        p.get("optional", ""),
    )
    pg.rect(0, 70, 125, 18, stroke=None, fill=(0.98, 0.98, 0.97))
    pg.text(4, 77.5, l1, "mono", 8.6, space=0.18)
    pg.text(4, 84, l2, "mono", 8.6, space=0.18)
    c.showPage()
    c.save()
    p["mrz"] = [l1, l2]
    return pdf_pages(buf.getvalue(), dpi)[0]


_BOLD = {"lib-b", "sans-b", "open-b", "libserif-b"}


def passport_fields(p: dict) -> dict:
    return {
        "surname": p["surname"].upper(),
        "given_names": p["given"].upper(),
        "document_number": p["number"],
        "nationality": p["country"],
        "issuing_country": p["country"],
        "date_of_birth": p["dob"],
        "sex": p["sex"],
        "expiry_date": p["doe"],
        "mrz_valid": True,
    }


def visa_page(v: dict, rng: random.Random, dpi=300) -> Image.Image:
    """French type D visa sticker (Schengen uniform format) on a passport visa page."""
    size = (125 * mm, 88 * mm)
    buf, c = new_pdf(size)
    pg = Page(c, size)
    pg.rect(0, 0, 125, 88, stroke=None, fill=(0.95, 0.95, 0.9))
    for i in range(30):
        pg.line(0, i * 3, 125, i * 3 + 2, color=(0.88, 0.9, 0.86), lw=0.2)
    pg.text(118, 5, f"Page {rng.randint(5, 30)}", "sans", 5, (0.5, 0.5, 0.5), align="r")
    x, y = 2.5, 9
    pg.rect(x, y, 120, 76, stroke=(0.6, 0.6, 0.7), fill=(0.9, 0.93, 0.97), lw=0.3)
    for i in range(25):
        pg.line(x, y + i * 3, x + 120, y + 76 - i * 2, color=(0.8, 0.85, 0.95), lw=0.2)
    pg.image(photo_placeholder(rng, 240, 300), x + 2, y + 14, 25, 32)
    pg.text(x + 32, y + 5, "VISA", "sans-b", 11, (0.1, 0.2, 0.5))
    pg.text(x + 118, y + 5, v["number"], "mono-b", 10, (0.7, 0.05, 0.05), align="r")
    L = [
        ("VALABLE POUR / VALID FOR", "ETATS SCHENGEN" if v["vtype"] == "C" else "FRANCE", 32, 11),
        ("DU / FROM", fr_date(v["valid_from"]).replace("/", "-"), 32, 17),
        ("AU / UNTIL", fr_date(v["valid_until"]).replace("/", "-"), 62, 17),
        ("TYPE DE VISA / TYPE OF VISA", v["vtype"], 92, 17),
        ("NOMBRE D'ENTRÉES / NUMBER OF ENTRIES", "MULT", 32, 23),
        ("DURÉE DE SÉJOUR / DURATION OF STAY", v["duration"], 80, 23),
        ("DÉLIVRÉ À / ISSUED IN", v["issued_in"], 32, 29),
        ("LE / ON", fr_date(v["issued_on"]).replace("/", "-"), 80, 29),
        ("NUMÉRO DE PASSEPORT / PASSPORT NUMBER", v["passport_no"], 32, 35),
        ("NOM, PRÉNOM / SURNAME, NAME", f"{v['surname']}, {v['given']}", 32, 41),
        ("REMARQUES", v["remarks"][0], 32, 47),
    ]
    for lab, val, lx, ly in L:
        pg.text(x + lx, y + ly, lab, "sans", 3.6, (0.3, 0.3, 0.45))
        pg.text(x + lx, y + ly + 3.3, val, "mono", 6.4)
    for i, r in enumerate(v["remarks"][1:]):
        pg.text(x + 32, y + 53.6 + i * 3.2, r, "mono", 6.4)
    l1, l2 = mrva(
        "FRA",
        v["surname"],
        v["given"],
        v["mrz_number"],
        v["nat"],
        yymmdd(v["dob"]),
        v["sex"],
        yymmdd(v["valid_until"]),
    )
    pg.text(x + 1.5, y + 67, l1, "mono", 8.3, space=0.1)
    pg.text(x + 1.5, y + 73, l2, "mono", 8.3, space=0.1)
    c.showPage()
    c.save()
    v["mrz"] = [l1, l2]
    return pdf_pages(buf.getvalue(), dpi)[0]


def visa_fields(v: dict) -> dict:
    return {
        "surname": v["surname"].upper(),
        "given_names": v["given"].upper(),
        "document_number": v["mrz_number"],
        "nationality": v["nat"],
        "issuing_country": "FRA",
        "date_of_birth": v["dob"],
        "sex": v["sex"],
        "expiry_date": v["valid_until"],
        "mrz_valid": True,
        "visa_type": v["vtype"],
        "vls_ts": True,
        "category": v["category"],
        "valid_from": v["valid_from"],
        "valid_until": v["valid_until"],
    }


def titre_sejour(t: dict, rng: random.Random, dpi=400) -> tuple[Image.Image, Image.Image]:
    """French residence permit (ID-1 card, 2020 model): front and back with 3-line TD1 MRZ."""
    size = (85.6 * mm, 54 * mm)
    buf, c = new_pdf(size)
    pg = Page(c, size)
    pg.rect(0, 0, 85.6, 54, stroke=None, fill=(0.9, 0.93, 0.97), r=3)
    for i in range(18):
        pg.line(0, i * 3, 85.6, 54 - i * 3, color=(0.82, 0.87, 0.95), lw=0.25)
    pg.rect(0, 0, 85.6, 8, stroke=None, fill=(0.16, 0.24, 0.55))
    pg.text(3, 5.5, "RÉPUBLIQUE FRANÇAISE", "sans-b", 6.5, (1, 1, 1))
    pg.text(83, 5.5, "TITRE DE SÉJOUR", "sans-b", 6.5, (1, 1, 1), align="r")
    pg.image(photo_placeholder(rng, 200, 260), 3, 11, 20, 26)
    rows = [
        ("NOM / Surname", t["surname"].upper()),
        ("Prénoms / Given names", t["given"].upper().replace(" ", ", ")),
        ("SEXE / Sex", t["sex"]),
        ("NATIONALITÉ / Nationality", t["nat"]),
        ("DATE DE NAISS. / Date of birth", fr_date(t["dob"]).replace("/", " ")),
        ("TYPE DE TITRE / Type of permit", t["kind"]),
        ("VALABLE JUSQU'AU / Valid until", fr_date(t["expiry"]).replace("/", " ")),
    ]
    y = 11
    for lab, val in rows:
        pg.text(26, y, lab, "sans", 3.3, (0.25, 0.3, 0.45))
        pg.text(26, y + 3, val, "sans-b", 5.6 if len(val) < 26 else 4.6)
        y += 5.9
    pg.text(83, 52, t["number"], "mono-b", 6, (0.1, 0.1, 0.1), align="r")
    signature(pg, 3, 40, 20, 9, rng, color=(0.1, 0.1, 0.1), lw=0.4)
    c.showPage()
    # back
    pg.rect(0, 0, 85.6, 54, stroke=None, fill=(0.92, 0.94, 0.96), r=3)
    back = [
        ("REMARQUES", t["remarks"]),
        ("LIEU DE DÉLIVRANCE", t["issued_by"]),
        ("DATE DE DÉLIVRANCE", fr_date(t["issued_on"])),
        ("ADRESSE", t["address"]),
    ]
    y = 4
    for lab, val in back:
        pg.text(3, y + 2, lab, "sans", 3.3, (0.25, 0.3, 0.45))
        pg.text(3, y + 5, val, "sans-b", 4.8)
        y += 6.4
    l1, l2, l3 = td1(
        "IR",
        "FRA",
        t["surname"],
        t["given"],
        t["number"],
        t["nat_code"],
        yymmdd(t["dob"]),
        t["sex"],
        yymmdd(t["expiry"]),
    )
    pg.rect(0, 33, 85.6, 21, stroke=None, fill=(0.97, 0.97, 0.97))
    for i, ln in enumerate((l1, l2, l3)):
        pg.text(3, 39 + i * 5.5, ln, "mono", 8.1, space=0.25)
    c.showPage()
    c.save()
    t["mrz"] = [l1, l2, l3]
    f, b = pdf_pages(buf.getvalue(), dpi)
    return f, b


def titre_fields(t: dict) -> dict:
    return {
        "surname": t["surname"].upper(),
        "given_names": t["given"].upper(),
        "document_number": t["number"],
        "nationality": t["nat_code"],
        "issuing_country": "FRA",
        "date_of_birth": t["dob"],
        "sex": t["sex"],
        "expiry_date": t["expiry"],
        "mrz_valid": True,
    }


def apostille(pg: Page, a: dict, rng: random.Random, x=20, y=20, w=170, font="serif"):
    """The Hague 1961 model certificate: title, 10 numbered items, seal, signature."""
    h = 128
    pg.rect(x, y, w, h, lw=1.2)
    pg.rect(x + 1.5, y + 1.5, w - 3, h - 3, lw=0.4)
    yy = y + 12
    pg.text(x + w / 2, yy, a.get("title", "APOSTILLE"), font + "-b", 16, align="c")
    yy += 6
    pg.text(x + w / 2, yy, "(Convention de La Haye du 5 octobre 1961)", font, 9, align="c")
    for extra in a.get("subtitle", []):
        yy += 5
        pg.text(x + w / 2, yy, extra, font, 8.5, align="c")
    yy += 9
    pg.text(x + 8, yy, f"1. {a['l_country']}: ", font, 9)
    pg.text(x + 68, yy, a["country_print"], font + "-b", 9.5)
    yy += 6
    pg.text(
        x + 8,
        yy,
        a.get("l_intro", "This public document"),
        font + "-i" if font == "serif" else font,
        8.5,
    )
    items = [
        ("2.", a["l2"], a["signed_by_doc"]),
        ("3.", a["l3"], a["capacity"]),
        ("4.", a["l4"], a["seal_of"]),
    ]
    for n, lab, val in items:
        yy += 7
        pg.text(x + 8, yy, f"{n} {lab}", font, 8.5)
        pg.text(x + 78, yy, val, font + "-b", 8.5)
    yy += 9
    pg.text(x + w / 2, yy, a.get("l_cert", "Certified"), font + "-b", 10, align="c")
    yy += 8
    pg.text(x + 8, yy, f"5. {a['l5']}", font, 8.5)
    pg.text(x + 40, yy, a["place"], font + "-b", 8.5)
    pg.text(x + 95, yy, f"6. {a['l6']}", font, 8.5)
    pg.text(x + 120, yy, a["date_print"], font + "-b", 8.5)
    yy += 7
    pg.text(x + 8, yy, f"7. {a['l7']}", font, 8.5)
    yy += 5
    pg.text(x + 14, yy, a["authority"], font + "-b", 8.5)
    yy += 7
    pg.text(x + 8, yy, f"8. {a['l8']}", font, 8.5)
    pg.text(x + 40, yy, a["number"], font + "-b", 9.5)
    yy += 7
    pg.text(x + 8, yy, f"9. {a['l9']}", font, 8.5)
    pg.text(x + 95, yy, f"10. {a['l10']}", font, 8.5)
    yy += 6
    pg.text(x + 8, yy, a["seal_text"], font, 7.5, (0.3, 0.3, 0.3))
    from common import stamp

    stamp(pg, x + 40, yy + 12, 11, [a["stamp_ring"], a["stamp_mid"]], rng)
    pg.text(x + 95, yy + 5, a["officer"], font, 8)
    signature(pg, x + 110, yy + 6, 45, 14, rng, color=(0.1, 0.1, 0.35))
    return y + h


def apostille_fields(a: dict) -> dict:
    return {
        "country": a["country_code"],
        "issued_on": a["date"],
        "number": a["number"],
        "signed_by": a["officer"],
    }
