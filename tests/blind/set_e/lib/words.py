"""Dates written in words, as civil registrars do (French, Portuguese, Spanish, Chinese,
Ukrainian month names)."""

from .draw import MONTHS_ES, MONTHS_FR, MONTHS_PT

_U = [
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
_T = {20: "vingt", 30: "trente", 40: "quarante", 50: "cinquante", 60: "soixante"}


def fr_num(n):
    if n < 20:
        return _U[n]
    if n < 70:
        t, u = divmod(n, 10)
        base = _T[t * 10]
        if u == 0:
            return base
        if u == 1:
            return base + " et un"
        return base + "-" + _U[u]
    if n < 80:
        return "soixante" + ("-" if n != 71 else " et ") + _U[n - 60]
    if n < 100:
        if n == 80:
            return "quatre-vingts"
        return "quatre-vingt-" + _U[n - 80]
    if n < 1000:
        h, r = divmod(n, 100)
        s = "cent" if h == 1 else _U[h] + " cent" + ("s" if r == 0 else "")
        return s + ((" " + fr_num(r)) if r else "")
    th, r = divmod(n, 1000)
    s = "mil" if th == 1 else fr_num(th) + " mille"
    return s + ((" " + fr_num(r)) if r else "")


def fr_date_words(iso):
    y, m, d = (int(v) for v in iso.split("-"))
    day = "premier" if d == 1 else fr_num(d)
    return "%s %s %s" % (day, MONTHS_FR[m - 1], fr_num(y))


_PU = [
    "zero",
    "um",
    "dois",
    "três",
    "quatro",
    "cinco",
    "seis",
    "sete",
    "oito",
    "nove",
    "dez",
    "onze",
    "doze",
    "treze",
    "quatorze",
    "quinze",
    "dezesseis",
    "dezessete",
    "dezoito",
    "dezenove",
]
_PT = {
    20: "vinte",
    30: "trinta",
    40: "quarenta",
    50: "cinquenta",
    60: "sessenta",
    70: "setenta",
    80: "oitenta",
    90: "noventa",
}
_PH = {
    1: "cento",
    2: "duzentos",
    3: "trezentos",
    4: "quatrocentos",
    5: "quinhentos",
    6: "seiscentos",
    7: "setecentos",
    8: "oitocentos",
    9: "novecentos",
}


def pt_num(n):
    if n < 20:
        return _PU[n]
    if n < 100:
        t, u = divmod(n, 10)
        return _PT[t * 10] + ((" e " + _PU[u]) if u else "")
    if n < 1000:
        h, r = divmod(n, 100)
        if n == 100:
            return "cem"
        return _PH[h] + ((" e " + pt_num(r)) if r else "")
    th, r = divmod(n, 1000)
    s = "mil" if th == 1 else pt_num(th) + " mil"
    return s + (
        (" e " + pt_num(r)) if r and (r < 100 or r % 100 == 0) else (" " + pt_num(r)) if r else ""
    )


def pt_date_words(iso):
    y, m, d = (int(v) for v in iso.split("-"))
    day = "primeiro" if d == 1 else pt_num(d)
    return "%s de %s de %s" % (day, MONTHS_PT[m - 1], pt_num(y))


def es_date(iso):
    y, m, d = (int(v) for v in iso.split("-"))
    return "%d de %s de %d" % (d, MONTHS_ES[m - 1], y)


_CN = "〇一二三四五六七八九"


def cn_num(n):
    if n < 10:
        return _CN[n]
    t, u = divmod(n, 10)
    return ("" if t == 1 else _CN[t]) + "十" + (_CN[u] if u else "")


def cn_date(iso):
    y, m, d = (int(v) for v in iso.split("-"))
    return "".join(_CN[int(c)] for c in str(y)) + "年" + cn_num(m) + "月" + cn_num(d) + "日"


UK_MONTHS_GEN = [
    "січня",
    "лютого",
    "березня",
    "квітня",
    "травня",
    "червня",
    "липня",
    "серпня",
    "вересня",
    "жовтня",
    "листопада",
    "грудня",
]


def uk_date(iso):
    y, m, d = (int(v) for v in iso.split("-"))
    return "%d %s %d року" % (d, UK_MONTHS_GEN[m - 1], y)


TR_MONTHS = [
    "Ocak",
    "Şubat",
    "Mart",
    "Nisan",
    "Mayıs",
    "Haziran",
    "Temmuz",
    "Ağustos",
    "Eylül",
    "Ekim",
    "Kasım",
    "Aralık",
]
