"""Date formatting in the styles issuers use."""

from __future__ import annotations

import datetime as dt

AS_OF = "2026-11-20"

FR_MONTHS = [
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
EN_MONTHS = [
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
ES_MONTHS = [
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
PT_MONTHS = [
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
FR_ABBR = [
    "JANV",
    "FEVR",
    "MARS",
    "AVR",
    "MAI",
    "JUIN",
    "JUIL",
    "AOUT",
    "SEPT",
    "OCT",
    "NOV",
    "DEC",
]
EN_ABBR = ["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"]


def d(iso: str) -> dt.date:
    return dt.date.fromisoformat(iso)


def fr(iso):
    if not iso:
        return ""
    x = d(iso)
    return f"{x.day:02d}/{x.month:02d}/{x.year}"


def fr_words(iso):
    x = d(iso)
    day = "1er" if x.day == 1 else str(x.day)
    return f"{day} {FR_MONTHS[x.month - 1]} {x.year}"


def en_words(iso):
    x = d(iso)
    return f"{EN_MONTHS[x.month - 1]} {x.day}, {x.year}"


def es_words(iso):
    x = d(iso)
    return f"{x.day} de {ES_MONTHS[x.month - 1]} de {x.year}"


def pt_words(iso):
    x = d(iso)
    return f"{x.day} de {PT_MONTHS[x.month - 1]} de {x.year}"


def dotted(iso):
    x = d(iso)
    return f"{x.day:02d}.{x.month:02d}.{x.year}"


def passport_style(iso, style=0):
    x = d(iso)
    if style == 0:
        return f"{x.day:02d} {FR_ABBR[x.month - 1]}/{EN_ABBR[x.month - 1]} {x.year % 100:02d}"
    if style == 1:
        return f"{x.day:02d} {EN_ABBR[x.month - 1]} {x.year}"
    if style == 2:
        return f"{x.day:02d}/{x.month:02d}/{x.year}"
    if style == 3:
        return f"{x.day:02d}.{x.month:02d}.{x.year}"
    return f"{x.year}-{x.month:02d}-{x.day:02d}"


def add_days(iso, n):
    return (d(iso) + dt.timedelta(days=n)).isoformat()


def add_months(iso, n):
    x = d(iso)
    m = x.month - 1 + n
    y = x.year + m // 12
    m = m % 12 + 1
    day = min(x.day, [31, 29 if y % 4 == 0 else 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1])
    return dt.date(y, m, day).isoformat()


def month_end(ym):
    y, m = int(ym[:4]), int(ym[5:7])
    nxt = dt.date(y + (m == 12), m % 12 + 1, 1)
    return (nxt - dt.timedelta(days=1)).isoformat()


def month_fr(ym):
    return f"{FR_MONTHS[int(ym[5:7]) - 1]} {ym[:4]}"
