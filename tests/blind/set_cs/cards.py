"""Identity documents: passport data pages, a VLS-TS sticker, a residence card, a French CNI."""

from __future__ import annotations

import io

from PIL import Image, ImageDraw, ImageFont
from reportlab.lib.colors import Color, black
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader

import kit
from kit import fit_text

_AR_CACHE: dict = {}


def ar_image(text: str, bold: bool = False, color=(20, 20, 20)) -> ImageReader:
    """Arabic text shaped by Pillow (raqm) as a transparent image for reportlab."""
    key = (text, bold, color)
    if key not in _AR_CACHE:
        font = ImageFont.truetype(kit.FONT_FILES["AmiriB" if bold else "Amiri"], 96)
        box = font.getbbox(text, direction="rtl", language="ar")
        w, h = box[2] - box[0] + 8, box[3] - box[1] + 8
        im = Image.new("RGBA", (w, h), (255, 255, 255, 0))
        ImageDraw.Draw(im).text(
            (4 - box[0], 4 - box[1]), text, font=font, fill=color + (255,), direction="rtl"
        )
        buf = io.BytesIO()
        im.save(buf, "PNG")
        _AR_CACHE[key] = (ImageReader(io.BytesIO(buf.getvalue())), w / h)
    return _AR_CACHE[key]


def draw_ar(c, text, x, y, h, align="left", bold=False, color=(20, 20, 20)) -> float:
    img, ratio = ar_image(text, bold, color)
    w = h * ratio
    if align == "right":
        x -= w
    elif align == "center":
        x -= w / 2
    c.drawImage(img, x, y, w, h, mask="auto")
    return w


def lab_val(c, x, y, label, value, lf="Sans", ls=5.2, vf="SansB", vs=8.5, max_w=200, lc=None):
    """Label on top, value below; y is the label's baseline."""
    c.setFillColor(lc or Color(0.25, 0.25, 0.3))
    fit_text(c, x, y, label, lf, ls, max_w)
    c.setFillColor(black)
    fit_text(c, x, y - ls - vs * 0.95, value, vf, vs, max_w)


def mrz_block(c, x, y, lines, width, size=None):
    """MRZ lines in a monospace font, baseline of the last line at y."""
    n = len(lines[0])
    size = size or width / (n * 0.602)
    c.setFillColor(black)
    c.setFont("Mono", size)
    for i, line in enumerate(lines):
        c.drawString(x, y + (len(lines) - 1 - i) * size * 1.35, line)


PASSPORTS = {
    "DZA": {
        "bg": Color(0.86, 0.93, 0.86),
        "ink": Color(0.05, 0.35, 0.2),
        "head": ["REPUBLIQUE ALGERIENNE DEMOCRATIQUE ET POPULAIRE"],
        "head_ar": "الجمهورية الجزائرية الديمقراطية الشعبية",
        "title": "PASSEPORT / PASSPORT",
        "title_ar": "جواز سفر",
        "labels": {
            "type": "Type",
            "code": "Code du pays",
            "num": "N° du passeport / Passport No",
            "sur": "Nom / Surname",
            "giv": "Prénoms / Given names",
            "nat": "Nationalité / Nationality",
            "dob": "Date de naissance / Date of birth",
            "sex": "Sexe / Sex",
            "pob": "Lieu de naissance / Place of birth",
            "doi": "Date de délivrance / Date of issue",
            "doe": "Date d'expiration / Date of expiry",
            "auth": "Autorité / Authority",
        },
        "ar": {"sur": "اللقب", "giv": "الاسم", "dob": "تاريخ الميلاد", "doe": "تاريخ الانتهاء"},
        "date": lambda iso: kit.fr(iso),
        "font": "DejaVuCB",
    },
    "IND": {
        "bg": Color(0.93, 0.9, 0.84),
        "ink": Color(0.2, 0.2, 0.45),
        "head": ["REPUBLIC OF INDIA"],
        "title": "PASSPORT",
        "labels": {
            "type": "Type",
            "code": "Country Code",
            "num": "Passport No.",
            "sur": "Surname",
            "giv": "Given Name(s)",
            "nat": "Nationality",
            "dob": "Date of Birth",
            "sex": "Sex",
            "pob": "Place of Birth",
            "doi": "Date of Issue",
            "doe": "Date of Expiry",
            "auth": "Place of Issue",
        },
        "date": lambda iso: kit.fr(iso),
        "font": "SansB",
    },
    "BRA": {
        "bg": Color(0.87, 0.9, 0.95),
        "ink": Color(0.1, 0.2, 0.45),
        "head": ["REPÚBLICA FEDERATIVA DO BRASIL"],
        "title": "PASSAPORTE / PASSPORT / PASSEPORT",
        "labels": {
            "type": "TIPO / TYPE / TYPE",
            "code": "PAÍS EMISSOR / ISSUING COUNTRY",
            "num": "PASSAPORTE Nº / PASSPORT No.",
            "sur": "SOBRENOME / SURNAME / NOM",
            "giv": "NOME / GIVEN NAMES / PRÉNOMS",
            "nat": "NACIONALIDADE / NATIONALITY",
            "dob": "DATA DE NASCIMENTO / DATE OF BIRTH",
            "sex": "SEXO / SEX",
            "pob": "NATURALIDADE / PLACE OF BIRTH",
            "doi": "DATA DE EXPEDIÇÃO / DATE OF ISSUE",
            "doe": "VÁLIDO ATÉ / DATE OF EXPIRY",
            "auth": "AUTORIDADE / AUTHORITY",
        },
        "date": lambda iso: _pt_date(iso),
        "font": "DejaVuCB",
    },
}
_PT_M = ["JAN", "FEV", "MAR", "ABR", "MAI", "JUN", "JUL", "AGO", "SET", "OUT", "NOV", "DEZ"]
_EN_M = ["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"]


def _pt_date(iso: str) -> str:
    y, m, d = iso.split("-")
    i = int(m) - 1
    mm_ = _PT_M[i] if _PT_M[i] == _EN_M[i] else f"{_PT_M[i]}/{_EN_M[i]}"
    return f"{d} {mm_} {y}"


PASSPORT_SIZE = (125 * mm, 176 * mm)


def passport(c, rng, p: dict, open_book: bool = True) -> list[str]:
    """Open passport: upper (observations) page and the data page. Returns the MRZ."""
    spec = PASSPORTS[p["country"]]
    w, h = PASSPORT_SIZE
    c.setPageSize((w, h))
    c.setFillColor(Color(0.97, 0.96, 0.93))
    c.rect(0, 0, w, h, stroke=0, fill=1)
    top = h / 2
    # upper page: observations, faint pattern
    kit.guilloche(c, 0, top, w, top, Color(0.8, 0.82, 0.86), n=26, amp=5)
    c.setFillColor(Color(0.45, 0.45, 0.5))
    c.setFont("Sans", 7)
    c.drawCentredString(w / 2, h - 10 * mm, "OBSERVATIONS / ENDORSEMENTS")
    c.setFont("Sans", 6)
    c.drawCentredString(w / 2, top + 8 * mm, p.get("page2_note", ""))
    c.setStrokeColor(Color(0.55, 0.55, 0.55))
    c.setLineWidth(0.8)
    c.line(0, top, w, top)
    # data page
    c.setFillColor(spec["bg"])
    c.rect(0, 0, w, top - 0.5, stroke=0, fill=1)
    kit.guilloche(c, 0, 0, w, top, Color(1, 1, 1), n=30, amp=7, phase=rng.random())
    ink = spec["ink"]
    c.setFillColor(ink)
    y = top - 7 * mm
    if "head_ar" in spec:
        draw_ar(c, spec["head_ar"], w / 2, top - 6 * mm, 3.6 * mm, "center", True, (20, 80, 40))
        y = top - 9.5 * mm
    for line in spec["head"]:
        c.setFont("SansB", 7.4)
        c.setFillColor(ink)
        c.drawCentredString(w / 2, y, line)
        y -= 3.2 * mm
    c.setFont("SansB", 8)
    c.drawString(6 * mm, y - 1 * mm, spec["title"])
    if "title_ar" in spec:
        draw_ar(c, spec["title_ar"], w - 6 * mm, y - 2 * mm, 3.4 * mm, "right", True)
    lab = spec["labels"]
    dt = spec["date"]
    vf = spec["font"]
    kit.photo_portrait(c, rng, 6 * mm, 22 * mm, 31 * mm, 40 * mm, tone=p.get("tone", 0.55))
    x1, x2, x3 = 41 * mm, 64 * mm, 91 * mm
    row = y - 5.5 * mm
    step = 7.8 * mm
    lab_val(c, x1, row, lab["type"], "P", vs=8, vf=vf, max_w=20 * mm)
    lab_val(c, x2, row, lab["code"], p["country"], vs=8, vf=vf, max_w=26 * mm)
    lab_val(c, x3, row, lab["num"], p["number"], vs=9, vf=vf, max_w=32 * mm)
    row -= step
    lab_val(c, x1, row, lab["sur"], p["surname"], vs=8.5, vf=vf, max_w=80 * mm)
    if "ar" in spec:
        draw_ar(
            c, spec["ar"]["sur"] + " : " + p["surname_ar"], w - 6 * mm, row - 6.5, 3.3 * mm, "right"
        )
    row -= step
    lab_val(c, x1, row, lab["giv"], p["given"], vs=8.5, vf=vf, max_w=80 * mm)
    if "ar" in spec:
        draw_ar(
            c, spec["ar"]["giv"] + " : " + p["given_ar"], w - 6 * mm, row - 6.5, 3.3 * mm, "right"
        )
    row -= step
    lab_val(c, x1, row, lab["nat"], p["nat_text"], vs=8, vf=vf, max_w=48 * mm)
    lab_val(c, x3, row, lab["sex"], p["sex"], vs=8, vf=vf, max_w=28 * mm)
    row -= step
    lab_val(c, x1, row, lab["dob"], dt(p["dob"]), vs=8.5, vf=vf, max_w=48 * mm)
    lab_val(c, x3, row, lab["pob"], p["pob"], vs=8, vf=vf, max_w=30 * mm)
    row -= step
    lab_val(c, x1, row, lab["doi"], dt(p["issued"]), vs=8.5, vf=vf, max_w=48 * mm)
    lab_val(c, x3, row, lab["auth"], p["authority"], vs=7.5, vf=vf, max_w=30 * mm)
    row -= step
    lab_val(c, x1, row, lab["doe"], dt(p["expiry"]), vs=8.5, vf=vf, max_w=48 * mm)
    kit.draw_signature(c, rng, x3, row - 12, 26 * mm, 5 * mm, ink=kit.INK_BLACK, base=0.7)
    lines = kit.td3(
        p["number"],
        p["country"],
        p["country"],
        p["surname"],
        p["given"],
        p["dob"],
        p["sex"][0],
        p["expiry"],
        p.get("personal", ""),
    )
    assert kit.mrz_ok(lines)
    c.setFillColor(Color(1, 1, 1, alpha=0.55))
    c.rect(3 * mm, 3 * mm, w - 6 * mm, 13.5 * mm, stroke=0, fill=1)
    mrz_block(c, 5 * mm, 6 * mm, lines, w - 10 * mm)
    return lines


VISA_SIZE = (120 * mm, 82 * mm)


def visa_sticker(c, rng, v: dict) -> list[str]:
    """French long-stay visa sticker (uniform format, MRV-B)."""
    w, h = VISA_SIZE
    c.setPageSize((w, h))
    c.setFillColor(Color(0.95, 0.93, 0.96))
    c.rect(0, 0, w, h, stroke=0, fill=1)
    kit.guilloche(c, 0, 0, w, h, Color(0.78, 0.72, 0.86), n=28, amp=6, phase=rng.random())
    c.setFillColor(Color(0.25, 0.2, 0.5))
    c.setFont("SansB", 14)
    c.drawString(34 * mm, h - 8 * mm, "VISA")
    c.setFont("SansB", 9)
    c.drawString(52 * mm, h - 8 * mm, "FRA")
    c.setFillColor(Color(0.75, 0.1, 0.12))
    c.setFont("Mono", 10)
    c.drawRightString(w - 5 * mm, h - 8 * mm, v["number"])
    c.setFont("Sans", 6)
    c.drawRightString(w - 6 * mm - c.stringWidth(v["number"], "Mono", 10), h - 8 * mm, "FRA")
    kit.photo_portrait(c, rng, 4 * mm, 22 * mm, 27 * mm, 34 * mm, tone=v.get("tone", 0.5))
    x1, x2, x3 = 34 * mm, 66 * mm, 92 * mm
    row = h - 13 * mm
    st = 6.8 * mm
    lv = dict(ls=4.6, vs=7.4, vf="Mono")
    lab_val(c, x1, row, "VALABLE POUR / VALID FOR", "FRANCE", max_w=55 * mm, **lv)
    row -= st
    lab_val(c, x1, row, "DU / FROM", v["from_txt"], max_w=28 * mm, **lv)
    lab_val(c, x2, row, "AU / UNTIL", v["until_txt"], max_w=25 * mm, **lv)
    lab_val(c, x3, row, "TYPE DE VISA", v["type"], max_w=22 * mm, **lv)
    row -= st
    lab_val(c, x1, row, "NOMBRE D'ENTRÉES", "MULT", max_w=28 * mm, **lv)
    lab_val(c, x2, row, "DURÉE DE SÉJOUR", v["days"] + " JOURS", max_w=25 * mm, **lv)
    lab_val(c, x3, row, "DÉLIVRÉ À", v["post"], max_w=25 * mm, **lv)
    row -= st
    lab_val(c, x1, row, "LE / ON", v["issued_txt"], max_w=28 * mm, **lv)
    lab_val(c, x2, row, "NUMÉRO DU PASSEPORT", v["passport"], max_w=50 * mm, **lv)
    row -= st
    lab_val(c, x1, row, "NOM, PRÉNOM / SURNAME, NAME", v["name_line"], max_w=82 * mm, **lv)
    row -= st
    lab_val(c, x1, row, "REMARQUES", v["remarks"][0], max_w=82 * mm, **lv)
    c.setFont("Mono", 7.4)
    c.drawString(x1, row - 4.6 - 7 - 8.5, v["remarks"][1])
    lines = kit.mrvb(
        v["type"],
        "FRA",
        v["number"],
        v["nat"],
        v["surname"],
        v["given"],
        v["dob"],
        v["sex"],
        v["until"],
    )
    assert kit.mrz_ok(lines)
    mrz_block(c, 5 * mm, 4 * mm, lines, w - 10 * mm)
    return lines


CARD = (85.6 * mm, 54 * mm)


def _card_base(c, rng, tint):
    w, h = CARD
    c.setPageSize((w, h))
    c.setFillColor(Color(1, 1, 1))
    c.rect(0, 0, w, h, stroke=0, fill=1)
    p = c.beginPath()
    p.roundRect(0.3 * mm, 0.3 * mm, w - 0.6 * mm, h - 0.6 * mm, 3 * mm)
    c.setFillColor(tint)
    c.drawPath(p, stroke=0, fill=1)
    c.saveState()
    c.clipPath(p, stroke=0)
    kit.guilloche(c, 0, 0, w, h, Color(1, 1, 1, alpha=0.6), n=22, amp=4, phase=rng.random())
    c.restoreState()
    return w, h


def residence_card(c, rng, r: dict) -> list[str]:
    """French titre de séjour (ID-1): page 1 front, page 2 back with TD1 MRZ."""
    w, h = _card_base(c, rng, Color(0.93, 0.9, 0.86))
    blue = Color(0.1, 0.2, 0.5)
    c.setFillColor(blue)
    c.setFont("SansB", 6.4)
    c.drawString(4 * mm, h - 5 * mm, "RÉPUBLIQUE FRANÇAISE")
    c.setFont("SansB", 8.4)
    c.drawString(4 * mm, h - 9 * mm, "TITRE DE SÉJOUR")
    c.setFont("Mono", 8)
    c.setFillColor(black)
    c.drawRightString(w - 4 * mm, h - 5 * mm, r["number"])
    kit.photo_portrait(c, rng, 4 * mm, 6 * mm, 22 * mm, 28 * mm, tone=r.get("tone", 0.5))
    x1, x2 = 29 * mm, 58 * mm
    row = h - 14 * mm
    lv = dict(ls=4.2, vs=6.6, vf="SansB")
    lab_val(c, x1, row, "NOM / SURNAME", r["surname"], max_w=52 * mm, **lv)
    row -= 6.2 * mm
    lab_val(c, x1, row, "PRÉNOMS / GIVEN NAMES", r["given"], max_w=52 * mm, **lv)
    row -= 6.2 * mm
    lab_val(c, x1, row, "SEXE / SEX", r["sex"], max_w=20 * mm, **lv)
    lab_val(c, x2, row, "NATIONALITÉ", r["nat"], max_w=24 * mm, **lv)
    row -= 6.2 * mm
    lab_val(c, x1, row, "DATE DE NAISS.", kit.fr(r["dob"]).replace("/", " "), max_w=26 * mm, **lv)
    lab_val(
        c, x2, row, "VALABLE JUSQU'AU", kit.fr(r["expiry"]).replace("/", " "), max_w=26 * mm, **lv
    )
    row -= 6.2 * mm
    lab_val(c, x1, row, "TYPE DE TITRE", r["title"], max_w=53 * mm, **lv)
    c.showPage()
    w, h = _card_base(c, rng, Color(0.92, 0.9, 0.88))
    row = h - 5 * mm
    lv = dict(ls=4.2, vs=6.2, vf="Sans")
    lab_val(c, 4 * mm, row, "REMARQUES", r["remarks"], max_w=76 * mm, **lv)
    row -= 6 * mm
    lab_val(c, 4 * mm, row, "LIEU DE NAISSANCE", r["pob"], max_w=40 * mm, **lv)
    lab_val(c, 46 * mm, row, "DATE DE DÉLIVRANCE", kit.fr(r["issued"]), max_w=34 * mm, **lv)
    row -= 6 * mm
    lab_val(c, 4 * mm, row, "ADRESSE", r["address"], max_w=76 * mm, **lv)
    lines = kit.td1(
        "IR",
        r["number"],
        "FRA",
        r["nat_code"],
        r["surname"],
        r["given"],
        r["dob"],
        r["sex"],
        r["expiry"],
    )
    assert kit.mrz_ok(lines)
    mrz_block(c, 4 * mm, 3 * mm, lines, w - 8 * mm)
    return lines


def french_id(c, rng, d: dict) -> list[str]:
    """French national ID card, 2021 model (ID-1, TD1 MRZ on the back)."""
    w, h = _card_base(c, rng, Color(0.88, 0.91, 0.96))
    blue = Color(0.08, 0.18, 0.5)
    c.setFillColor(blue)
    c.setFont("SansB", 6.6)
    c.drawString(4 * mm, h - 5 * mm, "RÉPUBLIQUE FRANÇAISE")
    c.setFont("Sans", 5.6)
    c.drawString(4 * mm, h - 8.5 * mm, "CARTE NATIONALE D'IDENTITÉ / IDENTITY CARD")
    kit.photo_portrait(c, rng, 4 * mm, 8 * mm, 22 * mm, 28 * mm, tone=d.get("tone", 0.6))
    x1, x2 = 29 * mm, 57 * mm
    row = h - 13 * mm
    lv = dict(ls=4.0, vs=6.6, vf="SansB")
    lab_val(c, x1, row, "NOM / Surname", d["surname"], max_w=52 * mm, **lv)
    row -= 6 * mm
    lab_val(c, x1, row, "Prénoms / Given names", d["given"], max_w=52 * mm, **lv)
    row -= 6 * mm
    lab_val(c, x1, row, "SEXE / Sex", d["sex"], max_w=20 * mm, **lv)
    lab_val(c, x2, row, "NATIONALITÉ", "FRA", max_w=24 * mm, **lv)
    row -= 6 * mm
    lab_val(
        c,
        x1,
        row,
        "DATE DE NAISS. / Date of birth",
        kit.fr(d["dob"]).replace("/", " "),
        max_w=30 * mm,
        **lv,
    )
    lab_val(c, x2 + 4 * mm, row, "LIEU DE NAISSANCE", d["pob"], max_w=22 * mm, **lv)
    row -= 6 * mm
    lab_val(c, x1, row, "N° DU DOCUMENT", d["number"], max_w=26 * mm, **lv)
    lab_val(
        c,
        x2 + 4 * mm,
        row,
        "DATE D'EXPIR.",
        kit.fr(d["expiry"]).replace("/", " "),
        max_w=22 * mm,
        **lv,
    )
    kit.draw_signature(c, rng, 5 * mm, 2 * mm, 20 * mm, 5.5 * mm, ink=kit.INK_BLACK, base=0.5)
    c.showPage()
    w, h = _card_base(c, rng, Color(0.9, 0.92, 0.95))
    lv = dict(ls=4.2, vs=6.2, vf="Sans")
    row = h - 6 * mm
    lab_val(c, 4 * mm, row, "ADRESSE / Address", d["address1"], max_w=76 * mm, **lv)
    c.setFont("Sans", 6.2)
    c.drawString(4 * mm, row - 4.2 - 5.9 - 7.5, d["address2"])
    row -= 12 * mm
    lab_val(c, 4 * mm, row, "DATE DE DÉLIVRANCE", kit.fr(d["issued"]), max_w=34 * mm, **lv)
    lab_val(c, 44 * mm, row, "AUTORITÉ", d["authority"], max_w=36 * mm, **lv)
    lines = kit.td1(
        "ID", d["number"], "FRA", "FRA", d["surname"], d["given"], d["dob"], d["sex"], d["expiry"]
    )
    assert kit.mrz_ok(lines)
    mrz_block(c, 4 * mm, 3 * mm, lines, w - 8 * mm)
    return lines
