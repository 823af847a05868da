"""Numbers and dates in words (French, Spanish, Portuguese) and Hijri dates."""

from __future__ import annotations

import datetime as dt

from core import MESES, MESES_PT, MOIS

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


def fr_num(n: int) -> str:
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
        return "soixante et onze" if n == 71 else "soixante-" + _U[n - 60]
    if n < 100:
        if n == 80:
            return "quatre-vingts"
        return "quatre-vingt-" + _U[n - 80]
    if n < 1000:
        c, r = divmod(n, 100)
        head = "cent" if c == 1 else _U[c] + " cent"
        if r == 0:
            return head + ("s" if c > 1 else "")
        return head + " " + fr_num(r)
    m, r = divmod(n, 1000)
    head = "mil" if m == 1 else fr_num(m) + " mille"
    return head + (" " + fr_num(r) if r else "")


def fr_date_words(d: dt.date) -> str:
    day = "premier" if d.day == 1 else fr_num(d.day)
    return f"{day} {MOIS[d.month - 1]} {fr_num(d.year)}"


_ES_U = [
    "cero",
    "uno",
    "dos",
    "tres",
    "cuatro",
    "cinco",
    "seis",
    "siete",
    "ocho",
    "nueve",
    "diez",
    "once",
    "doce",
    "trece",
    "catorce",
    "quince",
    "dieciséis",
    "diecisiete",
    "dieciocho",
    "diecinueve",
    "veinte",
    "veintiuno",
    "veintidós",
    "veintitrés",
    "veinticuatro",
    "veinticinco",
    "veintiséis",
    "veintisiete",
    "veintiocho",
    "veintinueve",
]
_ES_T = {
    30: "treinta",
    40: "cuarenta",
    50: "cincuenta",
    60: "sesenta",
    70: "setenta",
    80: "ochenta",
    90: "noventa",
}


def es_num(n: int) -> str:
    if n < 30:
        return _ES_U[n]
    if n < 100:
        t, u = divmod(n, 10)
        return _ES_T[t * 10] + ("" if u == 0 else " y " + _ES_U[u])
    if n < 1000:
        c, r = divmod(n, 100)
        heads = {1: "ciento", 5: "quinientos", 7: "setecientos", 9: "novecientos"}
        head = heads.get(c, _ES_U[c] + "cientos")
        if r == 0:
            return "cien" if c == 1 else head
        return head + " " + es_num(r)
    m, r = divmod(n, 1000)
    head = "mil" if m == 1 else es_num(m) + " mil"
    return head + (" " + es_num(r) if r else "")


def es_date_words(d: dt.date) -> str:
    return f"{es_num(d.day)} de {MESES[d.month - 1]} de {es_num(d.year)}"


_PT_U = [
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
    "catorze",
    "quinze",
    "dezesseis",
    "dezessete",
    "dezoito",
    "dezenove",
]
_PT_T = {
    20: "vinte",
    30: "trinta",
    40: "quarenta",
    50: "cinquenta",
    60: "sessenta",
    70: "setenta",
    80: "oitenta",
    90: "noventa",
}


def pt_num(n: int) -> str:
    if n < 20:
        return _PT_U[n]
    if n < 100:
        t, u = divmod(n, 10)
        return _PT_T[t * 10] + ("" if u == 0 else " e " + _PT_U[u])
    if n < 1000:
        c, r = divmod(n, 100)
        heads = {
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
        if r == 0:
            return "cem" if c == 1 else heads[c]
        return heads[c] + " e " + pt_num(r)
    m, r = divmod(n, 1000)
    head = "mil" if m == 1 else pt_num(m) + " mil"
    if r == 0:
        return head
    return head + (" e " if r < 100 or r % 100 == 0 else " ") + pt_num(r)


def pt_date_words(d: dt.date) -> str:
    day = "primeiro" if d.day == 1 else pt_num(d.day)
    return f"{day} de {MESES_PT[d.month - 1]} de {pt_num(d.year)}"


HIJRI_FR = [
    "Moharram",
    "Safar",
    "Rabia I",
    "Rabia II",
    "Joumada I",
    "Joumada II",
    "Rajab",
    "Chaabane",
    "Ramadan",
    "Chaoual",
    "Dou al-Qiada",
    "Dou al-Hijja",
]


def hijri(d: dt.date):
    """Tabular Islamic calendar (civil epoch); good to +-1 day."""
    jd = d.toordinal() + 1721424.5
    jd = int(jd + 0.5)
    days = jd - 1948440 + 10632
    n = (days - 1) // 10631
    days = days - 10631 * n + 354
    j = ((10985 - days) // 5316) * ((50 * days) // 17719) + (days // 5670) * ((43 * days) // 15238)
    days = days - ((30 - j) // 15) * ((17719 * j) // 50) - (j // 16) * ((15238 * j) // 43) + 29
    m = (24 * days) // 709
    day = days - (709 * m) // 24
    y = 30 * n + j - 30
    return y, m, day
