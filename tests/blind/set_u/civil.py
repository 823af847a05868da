"""Birth certificates of many countries, Hague apostilles and sworn translations."""

from __future__ import annotations

import math
import random
from datetime import date

from canvas import Page
from civil_data import BC, LAB, LANG_CODE

UNITS = [
    "zéro",
    "un",
    "deux",
    "trois",
    "quatre",
    "cinq",
    "six",
    "sept",
    "huit",
    "neuf",
    "dix",
    "onze",
    "douze",
    "treize",
    "quatorze",
    "quinze",
    "seize",
    "dix-sept",
    "dix-huit",
    "dix-neuf",
]
TENS = {2: "vingt", 3: "trente", 4: "quarante", 5: "cinquante", 6: "soixante"}
MOIS = [
    "janvier",
    "février",
    "mars",
    "avril",
    "mai",
    "juin",
    "juillet",
    "août",
    "septembre",
    "octobre",
    "novembre",
    "décembre",
]
MESES = [
    "enero",
    "febrero",
    "marzo",
    "abril",
    "mayo",
    "junio",
    "julio",
    "agosto",
    "septiembre",
    "octubre",
    "noviembre",
    "diciembre",
]
MESES_PT = [
    "janeiro",
    "fevereiro",
    "março",
    "abril",
    "maio",
    "junho",
    "julho",
    "agosto",
    "setembro",
    "outubro",
    "novembro",
    "dezembro",
]
MONTHS = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]


def fr_num(n: int) -> str:
    if n < 20:
        return UNITS[n]
    if n < 70:
        t, u = divmod(n, 10)
        return TENS[t] + ("" if u == 0 else (" et un" if u == 1 else "-" + UNITS[u]))
    if n < 80:
        return "soixante" + (" et onze" if n == 71 else "-" + UNITS[n - 60])
    if n < 100:
        u = n - 80
        return "quatre-vingt" + ("s" if u == 0 else "-" + UNITS[u])
    if n < 1000:
        h, r = divmod(n, 100)
        head = "cent" if h == 1 else UNITS[h] + " cent"
        return head + ("" if r == 0 else " " + fr_num(r))
    th, r = divmod(n, 1000)
    head = "mil" if th == 1 else fr_num(th) + " mille"
    return head + ("" if r == 0 else " " + fr_num(r))


def fr_date_words(d: date) -> str:
    day = "premier" if d.day == 1 else fr_num(d.day)
    return f"{day} {MOIS[d.month - 1]} {fr_num(d.year)}"


def date_long(d: date, lang: str) -> str:
    if lang == "fr":
        return f"{d.day} {MOIS[d.month - 1]} {d.year}"
    if lang == "es":
        return f"{d.day} de {MESES[d.month - 1]} de {d.year}"
    if lang == "pt":
        return f"{d.day} de {MESES_PT[d.month - 1]} de {d.year}"
    return f"{MONTHS[d.month - 1]} {d.day}, {d.year}"


OFFICERS = [
    "A. Diallo",
    "M. Benali",
    "J. Okafor",
    "R. Adams",
    "C. Moreno",
    "S. Kumar",
    "L. Tran",
    "F. Ndiaye",
    "P. Kowalczyk",
    "H. Yildiz",
]


def _sex_word(sex: str, lang: str) -> str:
    return {
        "fr": {"F": "Féminin", "M": "Masculin"},
        "es": {"F": "Femenino", "M": "Masculino"},
        "pt": {"F": "Feminino", "M": "Masculino"},
        "it": {"F": "F", "M": "M"},
    }.get(lang, {"F": "Female", "M": "Male"})[sex]


def seal(pg: Page, x, y, r, text, color=(40, 60, 150), rnd=None):
    pg.ellipse(x - r, y - r, 2 * r, 2 * r, stroke=color, lw=0.5)
    pg.ellipse(x - r * 0.72, y - r * 0.72, 1.44 * r, 1.44 * r, stroke=color, lw=0.3)
    words = text.upper()
    n = len(words)
    for i, ch in enumerate(words):
        a = -math.pi / 2 + (i - n / 2) * (2 * math.pi * 0.85 / max(n, 1))
        pg.text(
            x + math.cos(a) * r * 0.86,
            y + math.sin(a) * r * 0.86 + 0.8,
            ch,
            "sans-b",
            r * 0.45,
            color,
            "c",
        )
    pg.text(x, y + 1, "★", "dejavu", r * 0.9, color, "c")


def birth_certificate(b: dict, rnd: random.Random) -> tuple[Page, dict]:
    """b: country, surname, given, sex, dob, pob, father, mother, regno, issued, place."""
    lang, head, title, style, issuer = BC[b["country"]]
    pg = Page(210, 297, bg=(255, 255, 255) if rnd.random() < 0.6 else (250, 248, 238))
    lab = LAB[lang]
    serif = rnd.choice(["serif", "dserif", "caladea", "freeserif"])
    if lang in ("uk", "vi", "tr"):
        serif = rnd.choice(["dserif", "freeserif"])
    bold = {
        "serif": "serif-b",
        "dserif": "dserif-b",
        "caladea": "caladea-b",
        "freeserif": "freeserif-b",
    }[serif]
    if b["country"] in ("CHN",):
        serif = bold = "cjk"
    hf = "amiri-b" if b["country"] in ("MAR", "TUN") else bold
    border = rnd.random() < 0.6
    if border:
        col = rnd.choice([(120, 40, 40), (30, 70, 120), (60, 100, 60), (90, 60, 110)])
        pg.rect(8, 8, 194, 281, col, None, 1.2)
        pg.rect(10, 10, 190, 277, col, None, 0.3)
    y = 22
    for h in head:
        pg.text(
            105, y, h, hf if h == head[0] else serif, 10 if h == head[0] else 8.5, (20, 20, 30), "c"
        )
        y += 5.5
    y += 5
    pg.text(105, y, title, hf, 12.5, (20, 20, 30), "c")
    y += 12
    surname, given = b["surname"], b["given"]
    dob, pob = b["dob"], b["pob"]
    vals = [
        surname,
        given,
        _sex_word(b["sex"], lang),
        dob.strftime("%d/%m/%Y")
        if lang in ("fr", "it", "pt", "vi", "tr", "uk")
        else (date_long(dob, lang) if lang in ("es", "en") else dob.strftime("%Y年%m月%d日")),
        pob,
        b["father"],
        b["mother"],
        b["regno"],
    ]
    if b["country"] == "USA":
        vals[3] = dob.strftime("%m/%d/%Y")
    if style == "prose":
        y = _prose(pg, b, y, serif, rnd)
    elif style == "table":
        y = _uk_table(pg, b, y, serif)
    elif style == "boxes":
        cells = [(0, 0), (1, 0), (2, 0)]
        order = [0, 1, 2, 3, 4, 5, 6, 7]
        bw = 186 / 2
        for i, k in enumerate(order):
            r, c = divmod(i, 2)
            x0, y0 = 12 + c * bw, y + r * 16
            pg.rect(x0, y0, bw, 16, (40, 40, 40), None, 0.3)
            pg.text(
                x0 + 1.5,
                y0 + 3.5,
                f"{i + 1}. {lab[k]}" if lang != "es" else lab[k].upper(),
                "sans",
                6,
                (60, 60, 70),
            )
            pg.text(x0 + 3, y0 + 11.5, vals[k], rnd.choice(["mono-b", "sans-b", bold]), 10)
        del cells
        y += 4 * 16 + 10
    else:
        for k in range(8):
            if not lab[k]:
                continue
            v = vals[k] if not (lang == "zh" and k == 0) else f"{surname} {given}"
            pg.text(22, y, lab[k] + (" :" if lang == "fr" else ":"), serif, 10, (40, 40, 50))
            pg.line(85, y + 1, 190, y + 1, (120, 120, 120), 0.2, (0.6, 0.8))
            pg.text(88, y, v, bold, 11)
            if lang == "fr" and k == 3:
                y += 5.5
                pg.text(88, y, "(" + fr_date_words(dob) + ")", serif, 9)
            y += 10
    y += 6
    place, issued = b["place"], b["issued"]
    dtxt = {
        "fr": f"Délivré à {place}, le {issued.strftime('%d/%m/%Y')}",
        "es": f"Expedido en {place}, el {date_long(issued, 'es')}",
        "pt": f"Emitido em {place}, {date_long(issued, 'pt')}",
    }.get(lang, f"Issued at {place} on {issued.strftime('%d %B %Y')}")
    if lang == "en" and b["country"] == "USA":
        pg.para(
            14,
            y,
            "This is a true certified copy of the record filed in the County of Los "
            "Angeles, if it bears the raised seal and signature of the Registrar.",
            serif,
            9,
            182,
        )
        y += 10
    pg.text(20, y + 4, dtxt, serif, 10)
    pg.text(135, y + 16, issuer, serif, 9, (20, 20, 30), "c")
    pg.sig(
        115,
        y + 18,
        45,
        16,
        b.get("officer") or rnd.choice(OFFICERS),
        (20, 30, 90),
        rnd.randrange(999),
    )
    seal(pg, 60, y + 34, 14, b.get("seal", head[0][:24]), (40, 60, 150))
    f = {
        "surname": surname,
        "given_names": given,
        "date_of_birth": dob.isoformat(),
        "place_of_birth": pob,
        "issuing_country": b["country"],
        "language": LANG_CODE.get(lang, lang),
        "has_apostille": False,
    }
    return pg, f


def _prose(pg, b, y, font, rnd):
    fille = b["sex"] == "F"
    txt = (
        f"Le {fr_date_words(b['dob'])}, à {rnd.randint(1, 23)} heures, est né{'e' if fille else ''}"
        f" à {b['pob']}, {b['surname']} {b['given']}, de sexe "
        f"{'féminin' if fille else 'masculin'}, {'fille' if fille else 'fils'} de "
        f"{b['father']} et de {b['mother']}."
    )
    pg.text(20, y, f"Acte n° {b['regno']}", font + ("" if font == "cjk" else ""), 10)
    y += 8
    pg.text(20, y, "NOM :", font, 10)
    pg.text(48, y, b["surname"], font, 11)
    pg.text(20, y + 7, "Prénom(s) :", font, 10)
    pg.text(48, y + 7, b["given"], font, 11)
    pg.text(20, y + 14, "Date :", font, 10)
    pg.text(48, y + 14, b["dob"].strftime("%d/%m/%Y"), font, 11)
    y = pg.para(20, y + 26, txt, font, 10.5, 170, 1.5)
    y = pg.para(
        20,
        y + 4,
        "Dressé le "
        + fr_date_words(b["dob"].replace(day=min(28, b["dob"].day)))
        + ", sur la déclaration du père, qui a signé avec nous après lecture. "
        "Mentions marginales : néant.",
        font,
        10,
        170,
        1.5,
    )
    return y + 4


def _uk_table(pg, b, y, font):
    cols = [
        "When and where born",
        "Name, if any",
        "Sex",
        "Name and surname of father",
        "Name, surname and maiden surname of mother",
        "Signature of informant",
    ]
    xs = [12, 52, 92, 104, 140, 176, 198]
    pg.rect(12, y, 186, 60, (150, 40, 60), None, 0.4)
    for i, c in enumerate(cols):
        pg.line(xs[i], y, xs[i], y + 60, (150, 40, 60), 0.3)
        pg.para(
            xs[i] + 1, y + 4, f"{i + 1}. {c}", "sans", 6, xs[i + 1] - xs[i] - 2, 1.2, (150, 40, 60)
        )
    pg.line(12, y + 16, 198, y + 16, (150, 40, 60), 0.3)
    d = b["dob"]
    vals = [
        f"{d.day} {date_long(d, 'en').split()[0]} {d.year} {b['pob']}",
        f"{b['given']} {b['surname']}",
        "Boy" if b["sex"] == "M" else "Girl",
        b["father"],
        b["mother"],
        "J. " + b["surname"].split("-")[0].title() + " Father",
    ]
    for i, v in enumerate(vals):
        pg.para(xs[i] + 1.5, y + 22, v, "serif-i", 9, xs[i + 1] - xs[i] - 3, 1.3, (20, 20, 60))
    pg.text(14, y + 68, f"Entry No. {b['regno']}", font, 9)
    pg.text(
        14, y + 74, "CERTIFIED to be a true copy of an entry in a register in my custody.", font, 9
    )
    pg.text(
        14,
        y + 82,
        "CAUTION: THERE ARE OFFENCES RELATING TO FALSIFYING OR ALTERING A CERTIFICATE",
        "sans-b",
        7,
        (150, 40, 60),
    )
    return y + 86
