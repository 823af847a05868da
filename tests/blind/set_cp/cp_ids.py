"""Identity documents: passport data pages (TD3), French visa stickers (MRV-A), TD1 cards."""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import date

import numpy as np
from PIL import Image
from reportlab.lib.colors import Color
from reportlab.lib.units import mm

from cp_common import F, finish, guilloche, mrva, new_canvas, photo, signature, sw, td1, td3
from cp_looks import render


@dataclass
class Person:
    surname: str
    given: str
    dob: date
    sex: str
    nat: str  # ICAO code
    pob: str
    number: str
    issued: date
    expiry: date
    personal: str = ""
    extra: dict = field(default_factory=dict)


def _mrz(c, lines, x, y, size, pitch):
    c.setFillColor(Color(0.05, 0.05, 0.07))
    c.setFont(F("MonoB"), size)
    for i, line in enumerate(lines):
        c.drawString(x, y - i * pitch, line)


def _field(c, x, y, label, value, lsize=5.2, vsize=8.2, lfont="Sans", vfont="SansB", col=None):
    """Label above value; the label's baseline sits clear above the value's cap height."""
    c.setFillColor(col or Color(0.25, 0.25, 0.3))
    c.setFont(F(lfont), lsize)
    c.drawString(x, y + vsize + 1.6, label)
    c.setFillColor(Color(0.05, 0.05, 0.1))
    c.setFont(F(vfont), vsize)
    c.drawString(x, y, value)


STYLES = {
    "PHL": {
        "tint": Color(0.86, 0.9, 0.96),
        "line": Color(0.55, 0.65, 0.85),
        "head": ["REPUBLIKA NG PILIPINAS", "REPUBLIC OF THE PHILIPPINES"],
        "doc": "PASAPORTE / PASSPORT",
        "nat_txt": "FILIPINO",
        "auth": "DFA MANILA",
        "labels": {
            "type": "Uri/Type",
            "code": "Kodigo ng Bansa/Country Code",
            "no": "Pasaporte Blg./Passport No.",
            "sur": "Apelyido/Surname",
            "giv": "Mga Pangalan/Given Names",
            "mid": "Panggitnang Apelyido/Middle Name",
            "dob": "Petsa ng Kapanganakan/Date of Birth",
            "nat": "Nasyonalidad/Nationality",
            "sex": "Kasarian/Sex",
            "pob": "Lugar ng Kapanganakan/Place of Birth",
            "iss": "Petsa ng Pagkakaloob/Date of Issue",
            "exp": "Katapusan ng Bisa/Valid Until",
            "auth": "Maykapangyarihan/Issuing Authority",
        },
    },
    "PAK": {
        "tint": Color(0.88, 0.94, 0.88),
        "line": Color(0.45, 0.65, 0.45),
        "head": ["ISLAMIC REPUBLIC OF PAKISTAN"],
        "doc": "PASSPORT",
        "nat_txt": "PAKISTANI",
        "auth": "PAKISTAN",
        "labels": {
            "type": "Type",
            "code": "Country Code",
            "no": "Passport Number",
            "sur": "Surname",
            "giv": "Given Names",
            "mid": "Father Name",
            "dob": "Date of Birth",
            "nat": "Nationality",
            "sex": "Sex",
            "pob": "Place of Birth",
            "iss": "Date of Issue",
            "exp": "Date of Expiry",
            "auth": "Issuing Authority",
            "pers": "Citizenship Number",
        },
    },
    "ARG": {
        "tint": Color(0.9, 0.93, 0.97),
        "line": Color(0.5, 0.68, 0.86),
        "head": ["MERCOSUR", "REPÚBLICA ARGENTINA"],
        "doc": "PASAPORTE / PASSPORT",
        "nat_txt": "ARGENTINA",
        "auth": "RE.NA.PER.",
        "labels": {
            "type": "Tipo/Type",
            "code": "Código/Code",
            "no": "Pasaporte N°/Passport N°",
            "sur": "Apellido/Surname",
            "giv": "Nombre/Name",
            "dob": "Fecha de nacimiento/Date of birth",
            "nat": "Nacionalidad/Nationality",
            "sex": "Sexo/Sex",
            "pob": "Lugar de nacimiento/Place of birth",
            "iss": "Fecha de emisión/Date of issue",
            "exp": "Fecha de vencimiento/Date of expiry",
            "auth": "Autoridad/Authority",
            "pers": "Documento/Document",
        },
    },
    "GEO": {
        "tint": Color(0.94, 0.9, 0.9),
        "line": Color(0.8, 0.55, 0.55),
        "head": ["საქართველო", "GEORGIA"],
        "doc": "პასპორტი / PASSPORT",
        "nat_txt": "GEORGIAN",
        "auth": "PSDA",
        "labels": {
            "type": "ტიპი / Type",
            "code": "ქვეყნის კოდი / Code",
            "no": "პასპორტის № / Passport No",
            "sur": "გვარი / Surname",
            "giv": "სახელი / Given name",
            "dob": "დაბადების თარიღი / Date of birth",
            "nat": "მოქალაქეობა / Nationality",
            "sex": "სქესი / Sex",
            "pob": "დაბადების ადგილი / Place of birth",
            "iss": "გაცემის თარიღი / Date of issue",
            "exp": "მოქმედების ვადა / Date of expiry",
            "auth": "გამცემი ორგანო / Authority",
            "pers": "პირადი № / Personal No",
        },
    },
}
_ES = "ENE FEB MAR ABR MAY JUN JUL AGO SEP OCT NOV DIC".split()
_EN = "JAN FEB MAR APR MAY JUN JUL AUG SEP OCT NOV DEC".split()


def _pdate(cc: str, d: date) -> str:
    if cc == "ARG":
        return f"{d.day:02d} {_ES[d.month - 1]}/{_EN[d.month - 1]} {d.year}"
    if cc == "GEO":
        return d.strftime("%d.%m.%Y")
    return f"{d.day:02d} {_EN[d.month - 1]} {d.year}"


def passport_page(cc: str, p: Person, rng: random.Random) -> Image.Image:
    """The data page (ID-3, 125 x 88 mm) rendered at 300 dpi."""
    st = STYLES[cc]
    W, H = 125 * mm, 88 * mm
    c, buf = new_canvas((W, H))
    c.setFillColor(st["tint"])
    c.rect(0, 0, W, H, stroke=0, fill=1)
    guilloche(c, 0, 22 * mm, W, H - 22 * mm, st["line"], rng, n=30, lw=0.2)
    c.setFillColor(Color(0.1, 0.12, 0.3))
    c.setFont(F("SansB"), 8)
    hy = H - 7 * mm
    for t in st["head"]:
        c.drawCentredString(W / 2 + 12 * mm, hy, t)
        hy -= 3.4 * mm
    c.setFont(F("Sans"), 6.5)
    c.drawString(5 * mm, H - 7 * mm, st["doc"])
    photo(c, 5 * mm, 27 * mm, 30 * mm, 36 * mm, rng, **p.extra.get("look", {}))
    signature(c, 6 * mm, 18.5 * mm, 28 * mm, 7 * mm, rng, color=Color(0.1, 0.1, 0.15), width=0.7)
    lab = st["labels"]
    x0, x1, x2 = 39 * mm, 62 * mm, 92 * mm
    y = H - 20 * mm
    step = 6.6 * mm
    _field(c, x0, y, lab["type"], "P")
    _field(c, x1, y, lab["code"], cc)
    _field(c, x2, y, lab["no"], p.number, vsize=9)
    rows = [(lab["sur"], p.surname), (lab["giv"], p.given)]
    if "mid" in p.extra:
        rows.append((lab["mid"], p.extra["mid"]))
    for lb, val in rows:
        y -= step
        _field(c, x0, y, lb, val)
    y -= step
    _field(c, x0, y, lab["nat"], st["nat_txt"])
    _field(c, x2, y, lab["sex"], p.sex)
    y -= step
    _field(c, x0, y, lab["dob"], _pdate(cc, p.dob))
    if "pers" in lab and p.extra.get("pers_print"):
        _field(c, x2 - 6 * mm, y, lab["pers"], p.extra["pers_print"], vsize=7.2)
    y -= step
    _field(c, x0, y, lab["pob"], p.pob)
    y -= step
    _field(c, x0, y, lab["iss"], _pdate(cc, p.issued))
    _field(c, x2 - 6 * mm, y, lab["exp"], _pdate(cc, p.expiry))
    if y - step > 19.5 * mm:
        y -= step
        _field(c, x0, y, lab["auth"], st["auth"])
    c.setFillColor(Color(1, 1, 1))
    c.rect(0, 0, W, 17 * mm, stroke=0, fill=1)
    lines = td3(cc, p.surname, p.given, p.number, cc, p.dob, p.sex, p.expiry, p.personal)
    p.extra["mrz"] = lines
    _mrz(c, lines, 5.5 * mm, 10 * mm, 11.6, 5.6 * mm)
    c.showPage()
    return render(finish(c, buf), 300)[0]


def visa_page(p: Person, v: dict, rng: random.Random) -> Image.Image:
    """A passport page holding a French type D visa sticker (MRV-A)."""
    W, H = 125 * mm, 88 * mm
    c, buf = new_canvas((W, H))
    c.setFillColor(Color(0.95, 0.94, 0.9))
    c.rect(0, 0, W, H, stroke=0, fill=1)
    sx, sy, sW, sH = 2.5 * mm, 3 * mm, 120 * mm, 80 * mm
    c.setFillColor(Color(0.93, 0.92, 0.97))
    c.roundRect(sx, sy, sW, sH, 2 * mm, stroke=0, fill=1)
    guilloche(c, sx, sy + 20 * mm, sW, sH - 20 * mm, Color(0.75, 0.7, 0.9), rng, n=34, lw=0.2)
    c.setFillColor(Color(0.2, 0.15, 0.45))
    c.setFont(F("SerifB"), 16)
    c.drawString(sx + 4 * mm, sy + sH - 9 * mm, "VISA")
    c.setFillColor(Color(0.75, 0.1, 0.12))
    c.setFont(F("MonoB"), 10)
    c.drawRightString(sx + sW - 4 * mm, sy + sH - 8 * mm, "FRA " + v["number"])
    photo(c, sx + 3 * mm, sy + 24 * mm, 26 * mm, 33 * mm, rng, **p.extra.get("look", {}))
    x0, x1, x2 = sx + 33 * mm, sx + 63 * mm, sx + 90 * mm
    y = sy + sH - 19 * mm
    _field(c, x0, y, "VALABLE POUR", "FRANCE", vsize=7.5)
    _field(c, x1, y, "DU", v["from"].strftime("%d-%m-%y"), vsize=7.5)
    _field(c, x2, y, "AU", v["until"].strftime("%d-%m-%y"), vsize=7.5)
    y -= 8 * mm
    _field(c, x0, y, "TYPE DE VISA", "D", vsize=7.5)
    _field(c, x1, y, "NOMBRE D'ENTRÉES", "MULT", vsize=7.5)
    _field(c, x2, y, "DURÉE DE SÉJOUR", f"{v['days']} JOURS", vsize=7.5)
    y -= 8 * mm
    _field(c, x0, y, "DÉLIVRÉ À", v["post"], vsize=7.5)
    _field(c, x1, y, "LE", v["issued"].strftime("%d-%m-%Y"), vsize=7.5)
    _field(c, x2, y, "NUMÉRO DE PASSEPORT", p.number, vsize=7.5)
    y -= 8 * mm
    _field(c, x0, y, "NOM, PRÉNOM", f"{p.surname}, {p.given}", vsize=7.5)
    y -= 8 * mm
    c.setFillColor(Color(0.25, 0.25, 0.3))
    c.setFont(F("Sans"), 5.2)
    c.drawString(x0, y + 7.5 + 1.6, "REMARQUES")
    c.setFillColor(Color(0.05, 0.05, 0.1))
    c.setFont(F("SansB"), 7.2)
    for i, t in enumerate(v["remarks"]):
        c.drawString(x0, y - i * 3.3 * mm, t)
    c.setFillColor(Color(1, 1, 1))
    c.rect(sx, sy, sW, 15 * mm, stroke=0, fill=1)
    lines = mrva("FRA", p.surname, p.given, v["number"], p.nat, p.dob, p.sex, v["until"])
    v["mrz"] = lines
    _mrz(c, lines, sx + 3 * mm, sy + 9 * mm, 11.2, 5.4 * mm)
    c.showPage()
    return render(finish(c, buf), 300)[0]


def booklet(page: Image.Image, rng: random.Random, cover=(25, 40, 70)) -> Image.Image:
    """The open booklet: the page at the bottom, the facing page above, the cover around."""
    w, h = page.size
    b = 38
    img = Image.new("RGB", (w + 2 * b, 2 * h + 2 * b + 10), cover)
    upper = Image.new("RGB", (w, h), (236, 234, 226))
    up = np.asarray(upper).astype(np.float32)
    yy, xx = np.mgrid[0:h, 0:w]
    wave = np.sin(xx / rng.uniform(20, 40) + 3 * np.sin(yy / rng.uniform(60, 120)))
    up -= (wave > 0.995)[..., None] * np.array([22, 16, 6], np.float32)
    upper = Image.fromarray(np.clip(up, 0, 255).astype(np.uint8))
    img.paste(upper, (b, b))
    img.paste(page, (b, b + h + 10))
    return img


def card(kind: str, p: Person, rng: random.Random) -> tuple[Image.Image, Image.Image]:
    """French ID-1 cards: 'TS' titre de séjour, 'CNI' carte nationale d'identité (2021)."""
    W, H = 85.6 * mm, 54 * mm
    c, buf = new_canvas((W, H))
    tint = Color(0.88, 0.92, 0.97) if kind == "CNI" else Color(0.93, 0.9, 0.95)
    for face in (0, 1):
        c.saveState()
        path = c.beginPath()
        path.roundRect(0, 0, W, H, 3 * mm)
        c.clipPath(path, stroke=0, fill=0)
        c.setFillColor(tint)
        c.rect(0, 0, W, H, stroke=0, fill=1)
        guilloche(c, 0, 0, W, H, Color(0.7, 0.75, 0.9), rng, n=22, lw=0.18)
        if face == 0:
            _card_front(c, kind, p, rng, W, H)
        else:
            _card_back(c, kind, p, rng, W, H)
        c.restoreState()
        c.setStrokeColor(Color(0.75, 0.75, 0.8))
        c.setLineWidth(0.4)
        c.roundRect(0.2, 0.2, W - 0.4, H - 0.4, 3 * mm, stroke=1, fill=0)
        c.showPage()
    a, b = render(finish(c, buf), 400)
    return a, b


def _card_front(c, kind, p, rng, W, H):
    c.setFillColor(Color(0.1, 0.15, 0.4))
    c.setFont(F("SansB"), 6.5)
    c.drawString(3 * mm, H - 5 * mm, "RÉPUBLIQUE FRANÇAISE")
    title = "CARTE NATIONALE D'IDENTITÉ" if kind == "CNI" else "TITRE DE SÉJOUR"
    sub = "IDENTITY CARD" if kind == "CNI" else "RESIDENCE PERMIT"
    c.setFont(F("SansB"), 6)
    c.drawRightString(W - 3 * mm, H - 5 * mm, title)
    c.setFont(F("Sans"), 4.8)
    c.drawRightString(W - 3 * mm, H - 7.6 * mm, sub)
    photo(c, 3 * mm, 9 * mm, 22 * mm, 29 * mm, rng, **p.extra.get("look", {}))
    x0, x1 = 28 * mm, 58 * mm
    y = H - 15 * mm
    fs = dict(lsize=4.2, vsize=6.6)
    if kind == "CNI":
        _field(c, x0, y, "NOM / Surname", p.surname, **fs)
        y -= 6.2 * mm
        _field(c, x0, y, "Prénoms / Given names", p.given.replace(" ", ", "), **fs)
        y -= 6.2 * mm
        _field(c, x0, y, "SEXE / Sex", p.sex, **fs)
        _field(c, x0 + 12 * mm, y, "NATIONALITÉ / Nationality", "FRA", **fs)
        y -= 6.2 * mm
        _field(c, x0, y, "DATE DE NAISS. / Date of birth", p.dob.strftime("%d %m %Y"), **fs)
        _field(c, x1, y, "LIEU DE NAISSANCE", p.pob, **fs)
        y -= 6.2 * mm
        _field(c, x0, y, "N° DU DOCUMENT / Document No", p.number, **fs)
        _field(c, x1, y, "DATE D'EXPIR. / Expiry date", p.expiry.strftime("%d %m %Y"), **fs)
    else:
        _field(c, x0, y, "NOM", p.surname, **fs)
        _field(c, x1 + 4 * mm, y, "N°", p.number, lsize=4.2, vsize=7)
        y -= 6.2 * mm
        _field(c, x0, y, "PRÉNOMS", p.given, **fs)
        y -= 6.2 * mm
        _field(c, x0, y, "SEXE", p.sex, **fs)
        _field(c, x0 + 10 * mm, y, "NAT.", p.nat, **fs)
        _field(c, x1 - 6 * mm, y, "DATE DE NAISS.", p.dob.strftime("%d %m %Y"), **fs)
        y -= 6.2 * mm
        _field(c, x0, y, "TITRE", p.extra["ts_type"], lsize=4.2, vsize=5.6)
        y -= 6.2 * mm
        _field(c, x0, y, "VALIDITÉ", p.expiry.strftime("%d %m %Y"), **fs)
        _field(c, x1 - 6 * mm, y, "REMARQUES", p.extra["ts_mention"], lsize=4.2, vsize=5.6)
    signature(c, 3 * mm, 2.5 * mm, 20 * mm, 5 * mm, rng, color=Color(0.1, 0.1, 0.2), width=0.5)


def _card_back(c, kind, p, rng, W, H):
    c.setFillColor(Color(0.1, 0.1, 0.2))
    y = H - 7 * mm
    fs = dict(lsize=4.2, vsize=6.2)
    if kind == "CNI":
        _field(
            c, 4 * mm, y, "DATE DE DÉLIVRANCE / Date of issue", p.issued.strftime("%d %m %Y"), **fs
        )
        y -= 6.5 * mm
        _field(c, 4 * mm, y, "AUTORITÉ / Authority", p.extra.get("auth", "Préfecture"), **fs)
        kd = "ID"
    else:
        _field(c, 4 * mm, y, "ADRESSE", p.extra.get("addr", ""), **fs)
        y -= 6.5 * mm
        _field(c, 4 * mm, y, "LIEU DE NAISSANCE", p.pob, **fs)
        y -= 6.5 * mm
        _field(c, 4 * mm, y, "DATE ET LIEU DE DÉLIVRANCE", p.extra.get("auth", ""), **fs)
        kd = "IR"
    c.setFillColor(Color(0.95, 0.95, 0.96))
    c.rect(0, 0, W, 19 * mm, stroke=0, fill=1)
    lines = td1(kd, "FRA", p.number, p.dob, p.sex, p.expiry, p.nat, p.surname, p.given)
    p.extra["mrz"] = lines
    size = (W - 6 * mm) / (30 * 0.602)
    _mrz(c, lines, 3 * mm, 13.5 * mm, size, 4.6 * mm)
    assert sw(lines[0], "MonoB", size) < W - 4 * mm
