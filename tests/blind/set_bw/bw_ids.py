"""Identity documents drawn with Pillow: passport data pages (TD3), a Schengen type D visa
sticker (MRV-B), French ID-1 cards (CNI 2021, titre de séjour) with TD1 MRZ."""

from __future__ import annotations

import random

from PIL import Image, ImageDraw

from bw_core import mrz_cd, mrz_name, mrz_td1, mrz_td3, pad, yymmdd
from bw_pil import BLACK_INK, F, ghost, guilloche, portrait, signature, tw, txt

DPI = 500


def mm(v: float) -> int:
    return int(round(v * DPI / 25.4))


def mrz_mrvb(doc_type, state, surname, given, number, nat, dob, sex, exp, optional=""):
    l1 = "V" + doc_type + state + mrz_name(surname, given, 31)
    num = pad(number, 9)
    b, e = yymmdd(dob), yymmdd(exp)
    l2 = num + mrz_cd(num) + nat + b + mrz_cd(b) + sex + e + mrz_cd(e) + pad(optional, 8)
    assert len(l1) == 36 and len(l2) == 36
    assert mrz_cd(l2[0:9]) == l2[9] and mrz_cd(l2[13:19]) == l2[19]
    assert mrz_cd(l2[21:27]) == l2[27]
    return [l1, l2]


def draw_mrz(img, lines, x, y_top, pitch_mm=2.54, line_mm=4.2, fill=(20, 20, 20)):
    dr = ImageDraw.Draw(img)
    size = mm(pitch_mm) / 0.723
    f = F("ocrb", size)
    for i, line in enumerate(lines):
        for j, ch in enumerate(line):
            dr.text((x + j * mm(pitch_mm), y_top + i * mm(line_mm)), ch, font=f, fill=fill)


# ---------------------------------------------------------------- passports
PASSPORTS = {
    "EGY": {
        "bg": ((238, 232, 222), (205, 190, 170)),
        "ink": (70, 50, 40),
        "head": ["ARAB REPUBLIC OF EGYPT", "PASSPORT"],
        "head_ar": "جمهورية مصر العربية  -  جواز سفر",
        "labels": {
            "type": "Type / النوع",
            "code": "Country Code / رمز الدولة",
            "no": "Passport No. / رقم الجواز",
            "surname": "Surname / اللقب",
            "given": "Given Names / الاسم",
            "nat": "Nationality / الجنسية",
            "dob": "Date of Birth / تاريخ الميلاد",
            "sex": "Sex / النوع",
            "pob": "Place of Birth / محل الميلاد",
            "doi": "Date of Issue / تاريخ الإصدار",
            "doe": "Date of Expiry / تاريخ الانتهاء",
            "auth": "Issuing Authority / جهة الإصدار",
        },
        "date": "en3",
    },
    "GIN": {
        "bg": ((232, 240, 228), (170, 200, 160)),
        "ink": (30, 70, 40),
        "head": ["RÉPUBLIQUE DE GUINÉE / REPUBLIC OF GUINEA", "PASSEPORT / PASSPORT"],
        "labels": {
            "type": "Type",
            "code": "Code du pays / Country code",
            "no": "N° Passeport / Passport No.",
            "surname": "Nom / Surname",
            "given": "Prénoms / Given names",
            "nat": "Nationalité / Nationality",
            "dob": "Date de naissance / Date of birth",
            "sex": "Sexe / Sex",
            "pob": "Lieu de naissance / Place of birth",
            "doi": "Date de délivrance / Date of issue",
            "doe": "Date d'expiration / Date of expiry",
            "auth": "Autorité / Authority",
        },
        "date": "fr_en",
    },
    "LBN": {
        "bg": ((236, 238, 244), (180, 190, 215)),
        "ink": (40, 45, 90),
        "head": ["RÉPUBLIQUE LIBANAISE / LEBANESE REPUBLIC", "PASSEPORT / PASSPORT"],
        "head_ar": "الجمهورية اللبنانية  -  جواز سفر",
        "labels": {
            "type": "Type",
            "code": "Code",
            "no": "Passport No / رقم الجواز",
            "surname": "Surname / الشهرة",
            "given": "Name / الاسم",
            "father": "Father's name / اسم الأب",
            "mother": "Mother's name / اسم الأم",
            "nat": "Nationality / الجنسية",
            "dob": "Date of birth / تاريخ الولادة",
            "sex": "Sex / الجنس",
            "pob": "Place of birth / محل الولادة",
            "doi": "Date of issue / تاريخ الإصدار",
            "doe": "Date of expiry / تاريخ الانتهاء",
            "auth": "Authority / السلطة",
        },
        "date": "en3",
    },
    "RUS": {
        "bg": ((240, 232, 236), (210, 180, 196)),
        "ink": (60, 40, 60),
        "head": ["РОССИЙСКАЯ ФЕДЕРАЦИЯ / RUSSIAN FEDERATION", "ПАСПОРТ / PASSPORT"],
        "labels": {
            "type": "Тип/Type",
            "code": "Код государства/Code of State",
            "no": "Номер паспорта/Passport No.",
            "surname": "Фамилия/Surname",
            "given": "Имя/Given names",
            "nat": "Гражданство/Nationality",
            "dob": "Дата рождения/Date of birth",
            "sex": "Пол/Sex",
            "pob": "Место рождения/Place of birth",
            "doi": "Дата выдачи/Date of issue",
            "doe": "Дата окончания срока действия/Date of expiry",
            "auth": "Орган, выдавший документ/Authority",
        },
        "date": "dots",
    },
}
EN3 = ["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"]
FR3 = ["JANV", "FÉVR", "MARS", "AVR", "MAI", "JUIN", "JUIL", "AOÛT", "SEPT", "OCT", "NOV", "DÉC"]


def pdate(date, style):
    if style == "en3":
        return f"{date.day:02d} {EN3[date.month - 1]} {date.year}"
    if style == "fr_en":
        return f"{date.day:02d} {FR3[date.month - 1]}/{EN3[date.month - 1]} {date.year}"
    return date.strftime("%d.%m.%Y")


def passport_page(p: dict, rng: random.Random) -> tuple[Image.Image, list[str]]:
    """p: country, surname, given, number, printed_number, nat_text, dob, sex, pob, doi, doe,
    auth, (surname_local, given_local, father, mother, portrait kwargs). Returns (image, mrz)."""
    st = PASSPORTS[p["country"]]
    W, H = mm(125), mm(88)
    img = guilloche(W, H, rng, base=st["bg"][0], line=st["bg"][1], n=34)
    dr = ImageDraw.Draw(img)
    ink = st["ink"]
    y = mm(3.5)
    txt(dr, (W / 2, y), st["head"][0], "dejavu_b", mm(3.0), ink, "ma")
    txt(dr, (W / 2, y + mm(4.2)), st["head"][1], "dejavu_b", mm(2.6), ink, "ma")
    if "head_ar" in st:
        txt(dr, (W - mm(5), y + mm(8.6)), st["head_ar"], "amiri_b", mm(3.0), ink, "ra", rtl=True)
    face = portrait(mm(32), mm(41), rng, **p.get("face", {}))
    img.paste(face, (mm(5), mm(20)))
    img.paste(ghost(face.resize((mm(12), mm(15)))), (W - mm(16), mm(35)))
    lab = st["labels"]
    vf, lf = "dejavu_b", "dejavu_c"
    ls, vs = mm(1.75), mm(2.9)
    x0, x1, x2 = mm(41), mm(66), mm(92)

    def field(x, yy, key, val, vsize=vs):
        avail = (W - mm(18) - x) if mm(30) <= yy <= mm(52) and x < mm(60) else (W - mm(4) - x)
        while tw(val, vf, vsize) > avail and vsize > mm(1.6):
            vsize -= 2
        txt(dr, (x, yy), lab[key], lf, ls, ink)
        txt(dr, (x, yy + mm(2.3)), val, vf, vsize, BLACK_INK)

    yy = mm(19)
    field(x0, yy, "type", "P")
    field(x1, yy, "code", p["country"])
    txt(dr, (x2, yy), lab["no"], lf, ls, ink)
    txt(dr, (x2, yy + mm(2.3)), p["printed_number"], "dejavu_b", mm(3.3), (150, 20, 30))
    yy += mm(7)
    sur = p["surname"] + (f" / {p['surname_local']}" if p.get("surname_local") else "")
    field(x0, yy, "surname", sur)
    yy += mm(7)
    giv = p["given"] + (f" / {p['given_local']}" if p.get("given_local") else "")
    field(x0, yy, "given", giv)
    if "father" in lab:
        yy += mm(6.2)
        field(x0, yy, "father", p["father"], mm(2.5))
        field(x2 - mm(6), yy, "mother", p["mother"], mm(2.5))
    yy += mm(6.8)
    field(x0, yy, "nat", p["nat_text"], mm(2.6))
    yy += mm(6.2)
    field(x0, yy, "dob", pdate(p["dob"], st["date"]))
    field(x2 - mm(6), yy, "sex", p["sex_text"])
    yy += mm(6.2)
    field(x0, yy, "pob", p["pob"], mm(2.6))
    yy += mm(6.2)
    field(x0, yy, "doi", pdate(p["doi"], st["date"]))
    field(x2 - mm(6), yy, "auth", p["auth"], mm(2.5))
    yy += mm(6.2)
    field(x0, yy, "doe", pdate(p["doe"], st["date"]))
    # holder's signature under the photo
    signature(img, p["surname"], mm(7), mm(69), mm(26), rng, fill=(30, 30, 40), lw=3)
    lines = mrz_td3(
        "P",
        p["country"],
        p["surname"],
        p["given"],
        p["number"],
        p["country"],
        p["dob"],
        p["sex"],
        p["doe"],
        p.get("personal", ""),
    )
    dr.rectangle([0, H - mm(17), W, H], fill=tuple(min(255, v + 8) for v in st["bg"][0]))
    draw_mrz(img, lines, mm(6.5), H - mm(13.2))
    return img, lines


def booklet(page: Image.Image, upper: Image.Image | None, rng: random.Random) -> Image.Image:
    """Open passport: the data page at the bottom, the facing page above, a dark fold line."""
    W, H = page.size
    out = Image.new("RGB", (W + mm(6), 2 * H + mm(8)), (40, 38, 60))
    if upper is None:
        upper = guilloche(W, H, rng, base=page.getpixel((5, 5)), line=(200, 200, 200), n=20)
    out.paste(upper, (mm(3), mm(3)))
    out.paste(page, (mm(3), H + mm(5)))
    dr = ImageDraw.Draw(out)
    dr.rectangle([mm(3), H + mm(3), W + mm(3), H + mm(5)], fill=(120, 118, 125))
    return out


# ---------------------------------------------------------------- visa sticker
def visa_sticker(v: dict, rng: random.Random) -> tuple[Image.Image, list[str]]:
    """Schengen uniform-format sticker, type D (long stay), MRV-B MRZ."""
    W, H = mm(120), mm(80)
    img = guilloche(W, H, rng, base=(242, 228, 236), line=(190, 200, 230), n=30, amp=0.12)
    dr = ImageDraw.Draw(img)
    ink = (50, 50, 110)
    face = portrait(mm(28), mm(35), rng, **v.get("face", {}))
    img.paste(face, (mm(4), mm(14)))
    txt(dr, (mm(4), mm(3)), "VISA", "dejavu_b", mm(8), (60, 90, 160))
    txt(dr, (mm(30), mm(3.5)), "FRA", "dejavu_b", mm(3.2), ink)
    txt(dr, (W - mm(5), mm(3)), v["number"], "dejavu_b", mm(4.2), (190, 30, 40), "ra")
    lf, vf = "dejavu_c", "dejavu_b"
    ls, vs = mm(1.6), mm(2.6)

    def f(x, y, label, val):
        txt(dr, (x, y), label, lf, ls, ink)
        txt(dr, (x, y + mm(2.0)), val, vf, vs, BLACK_INK)

    x0, x1 = mm(36), mm(78)
    f(x0, mm(12), "VALABLE POUR / VALID FOR", "FRANCE")
    f(x0, mm(18), "DU / FROM", v["valid_from"].strftime("%d-%m-%Y"))
    f(x1, mm(18), "AU / UNTIL", v["valid_until"].strftime("%d-%m-%Y"))
    f(x0, mm(24), "TYPE DE VISA / TYPE OF VISA", "D")
    f(x1, mm(24), "NOMBRE D'ENTRÉES / NUMBER OF ENTRIES", "MULT")
    f(x0, mm(30), "DURÉE DU SÉJOUR / DURATION OF STAY", f"{v['days']} JOURS")
    f(x0, mm(36), "DÉLIVRÉ À / ISSUED IN", v["issued_in"])
    f(x1, mm(36), "LE / ON", v["issued_on"].strftime("%d-%m-%Y"))
    f(x0, mm(42), "NUMÉRO DE PASSEPORT / NUMBER OF PASSPORT", v["passport_no"])
    f(x0, mm(48), "NOM, PRÉNOM / SURNAME, NAME", f"{v['surname']}, {v['given']}")
    txt(dr, (mm(4), mm(51)), "REMARQUES / REMARKS", lf, ls, ink)
    for i, r in enumerate(v["remarks"]):
        txt(dr, (mm(4), mm(53.4) + i * mm(2.8)), r, vf, mm(2.35), BLACK_INK)
    lines = mrz_mrvb(
        "D",
        "FRA",
        v["surname"],
        v["given"],
        v["number"],
        v["nat"],
        v["dob"],
        v["sex"],
        v["valid_until"],
    )
    draw_mrz(img, lines, mm(5), H - mm(11.5))
    return img, lines


# ---------------------------------------------------------------- French ID-1 cards
def _card_base(rng, base, line):
    W, H = mm(85.6), mm(54)
    img = guilloche(W, H, rng, base=base, line=line, n=22, amp=0.1)
    mask = Image.new("L", (W, H), 0)
    ImageDraw.Draw(mask).rounded_rectangle([0, 0, W - 1, H - 1], radius=mm(3.2), fill=255)
    out = Image.new("RGB", (W, H), (255, 255, 255))
    out.paste(img, (0, 0), mask)
    return out


def _card_field(dr, x, y, label, val, ink, vs=2.4):
    txt(dr, (x, y), label, "dejavu_c", mm(1.4), ink)
    txt(dr, (x, y + mm(1.7)), val, "dejavu_b", mm(vs), BLACK_INK)


def french_card(c: dict, rng: random.Random) -> tuple[Image.Image, Image.Image, list[str]]:
    """c['kind'] is 'cni' (IDFRA) or 'ts' (IRFRA). Returns (front, back, mrz)."""
    cni = c["kind"] == "cni"
    base, line = ((228, 236, 246), (180, 200, 228)) if cni else ((232, 240, 238), (170, 205, 200))
    ink = (30, 50, 110) if cni else (20, 80, 80)
    front = _card_base(rng, base, line)
    dr = ImageDraw.Draw(front)
    txt(dr, (mm(4), mm(2.6)), "RÉPUBLIQUE FRANÇAISE", "dejavu_b", mm(2.4), ink)
    title = (
        "CARTE NATIONALE D'IDENTITÉ / IDENTITY CARD"
        if cni
        else "TITRE DE SÉJOUR / RESIDENCE PERMIT"
    )
    txt(dr, (mm(4), mm(6.0)), title, "dejavu_cb", mm(2.0), ink)
    face = portrait(mm(24), mm(31), rng, grey=cni, **c.get("face", {}))
    img_x = mm(3.5)
    front.paste(face, (img_x, mm(11)))
    x = mm(30)
    _card_field(dr, x, mm(10.5), "NOM / Surname", c["surname"], ink)
    _card_field(dr, x, mm(16), "Prénoms / Given names", c["given_display"], ink, 2.2)
    _card_field(dr, x, mm(21.5), "SEXE / Sex", c["sex"], ink)
    _card_field(dr, x + mm(13), mm(21.5), "NATIONALITÉ / Nationality", c["nat"], ink)
    _card_field(dr, x, mm(27), "DATE DE NAISS. / Date of birth", c["dob"].strftime("%d %m %Y"), ink)
    if cni:
        _card_field(
            dr, x + mm(27), mm(27), "LIEU DE NAISSANCE / Place of birth", c["pob"], ink, 2.0
        )
        _card_field(
            dr, x, mm(32.5), "DATE D'EXPIR. / Expiry date", c["expiry"].strftime("%d %m %Y"), ink
        )
        txt(dr, (mm(4), mm(44)), "CAN 218734", "dejavu_c", mm(1.6), ink)
        signature(front, c["surname"], mm(32), mm(49), mm(22), rng, fill=(40, 40, 50), lw=2)
    else:
        _card_field(dr, x, mm(32.5), "TYPE DE PERMIS / Type of permit", c["permit_type"], ink, 1.9)
        _card_field(
            dr, x, mm(38), "VALABLE JUSQU'AU / Valid until", c["expiry"].strftime("%d %m %Y"), ink
        )
        txt(dr, (x, mm(43.5)), "REMARQUES / Remarks", "dejavu_c", mm(1.4), ink)
        txt(dr, (x, mm(45.2)), c["remarks"], "dejavu_b", mm(1.9), BLACK_INK)
    txt(dr, (mm(82), mm(2.4)), "N° " + c["number"], "dejavu_b", mm(2.5), (150, 30, 40), "ra")
    front.paste(ghost(face.resize((mm(9), mm(12)))), (mm(74), mm(39)))
    back = _card_base(rng, base, line)
    dr = ImageDraw.Draw(back)
    if cni:
        _card_field(dr, mm(4), mm(3), "ADRESSE / Address", c["address"][0], ink, 2.0)
        txt(dr, (mm(4), mm(7.3)), c["address"][1], "dejavu_b", mm(2.0), BLACK_INK)
        _card_field(
            dr,
            mm(4),
            mm(11),
            "DATE DE DÉLIVRANCE / Date of issue",
            c["issued"].strftime("%d %m %Y"),
            ink,
        )
        _card_field(dr, mm(45), mm(11), "AUTORITÉ / Authority", c["authority"], ink, 2.0)
    else:
        _card_field(dr, mm(4), mm(3), "LIEU DE NAISSANCE / Place of birth", c["pob"], ink, 2.0)
        _card_field(dr, mm(4), mm(8), "ADRESSE / Address", c["address"][0], ink, 1.9)
        txt(dr, (mm(4), mm(12.2)), c["address"][1], "dejavu_b", mm(1.9), BLACK_INK)
        _card_field(
            dr,
            mm(4),
            mm(15.5),
            "DATE ET LIEU DE DÉLIVRANCE / Date and place of issue",
            c["issued"].strftime("%d %m %Y") + "  " + c["authority"],
            ink,
            1.9,
        )
    lines = mrz_td1(
        "ID" if cni else "IR",
        "FRA",
        c["surname"],
        c["given_mrz"],
        c["number"],
        c["nat"],
        c["dob"],
        c["sex"][0],
        c["expiry"],
        c.get("opt1", ""),
    )
    dr.rectangle([0, mm(31), mm(85.6), mm(54)], fill=(250, 250, 248))
    draw_mrz(back, lines, mm(3.8), mm(36.5), line_mm=4.3)
    return front, back, lines
