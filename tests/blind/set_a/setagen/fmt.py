"""Date, number and word formatting in the languages of the documents."""

import datetime as dt

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
MESI = [
    "gennaio",
    "febbraio",
    "marzo",
    "aprile",
    "maggio",
    "giugno",
    "luglio",
    "agosto",
    "settembre",
    "ottobre",
    "novembre",
    "dicembre",
]
MOIS_AR = [
    "جانفي",
    "فيفري",
    "مارس",
    "أفريل",
    "ماي",
    "جوان",
    "جويلية",
    "أوت",
    "سبتمبر",
    "أكتوبر",
    "نوفمبر",
    "ديسمبر",
]
AB_EN = ["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"]
AB_FR = ["JANV", "FÉVR", "MARS", "AVR", "MAI", "JUIN", "JUIL", "AOÛT", "SEPT", "OCT", "NOV", "DÉC"]
AB_ES = ["ENE", "FEB", "MAR", "ABR", "MAY", "JUN", "JUL", "AGO", "SEP", "OCT", "NOV", "DIC"]
AB_PT = ["JAN", "FEV", "MAR", "ABR", "MAI", "JUN", "JUL", "AGO", "SET", "OUT", "NOV", "DEZ"]


def D(iso):
    return dt.date.fromisoformat(iso)


def iso(d):
    return d.isoformat()


def add_days(iso_s, n):
    return (D(iso_s) + dt.timedelta(days=n)).isoformat()


def add_months(iso_s, n):
    d = D(iso_s)
    m = d.month - 1 + n
    y = d.year + m // 12
    m = m % 12 + 1
    import calendar

    day = min(d.day, calendar.monthrange(y, m)[1])
    return dt.date(y, m, day).isoformat()


def month_end(y, m):
    import calendar

    return dt.date(y, m, calendar.monthrange(y, m)[1]).isoformat()


def fr(iso_s, sep="/"):
    d = D(iso_s)
    return "%02d%s%02d%s%04d" % (d.day, sep, d.month, sep, d.year)


def us(iso_s):
    d = D(iso_s)
    return "%02d/%02d/%04d" % (d.month, d.day, d.year)


def fr_long(iso_s, first=True):
    d = D(iso_s)
    day = "1er" if (d.day == 1 and first) else str(d.day)
    return "%s %s %d" % (day, MOIS[d.month - 1], d.year)


def en_long(iso_s):
    d = D(iso_s)
    return "%s %d, %d" % (MONTHS[d.month - 1], d.day, d.year)


def en_ord(iso_s):
    d = D(iso_s)
    n = d.day
    suf = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return "%d%s %s %d" % (n, suf, MONTHS[d.month - 1], d.year)


def es_long(iso_s):
    d = D(iso_s)
    return "%d de %s de %d" % (d.day, MESES[d.month - 1], d.year)


def pt_long(iso_s):
    d = D(iso_s)
    return "%d de %s de %d" % (d.day, MESES_PT[d.month - 1], d.year)


def it_long(iso_s):
    d = D(iso_s)
    return "%d %s %d" % (d.day, MESI[d.month - 1], d.year)


def pass_date(iso_s, style="en"):
    """Passport style: '12 MAR/MARS 1990', '12 MAR 90', '12.03.1990' ..."""
    d = D(iso_s)
    if style == "en":
        return "%02d %s %d" % (d.day, AB_EN[d.month - 1], d.year)
    if style == "en_fr":
        a, b = AB_EN[d.month - 1], AB_FR[d.month - 1]
        return "%02d %s %d" % (d.day, a if a == b else a + " /" + b, d.year)
    if style == "uk":
        a, b = AB_EN[d.month - 1], AB_FR[d.month - 1]
        return "%02d %s %02d" % (d.day, a if a == b else a + " /" + b, d.year % 100)
    if style == "es":
        a, b = AB_ES[d.month - 1], AB_EN[d.month - 1]
        return "%02d %s %d" % (d.day, a if a == b else a + "/" + b, d.year)
    if style == "pt":
        a, b = AB_PT[d.month - 1], AB_EN[d.month - 1]
        return "%02d %s %d" % (d.day, a if a == b else a + "/" + b, d.year)
    if style == "dot":
        return "%02d.%02d.%04d" % (d.day, d.month, d.year)
    if style == "slash":
        return "%02d/%02d/%04d" % (d.day, d.month, d.year)
    if style == "space":
        return "%02d %02d %04d" % (d.day, d.month, d.year)
    if style == "dash":
        return "%02d-%02d-%04d" % (d.day, d.month, d.year)
    raise ValueError(style)


# --------------------------------------------------------------- numbers in words

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


def fr_words(n):
    if n < 20:
        return _U[n]
    if n < 70:
        t, u = n // 10 * 10, n % 10
        if u == 0:
            return _T[t]
        if u == 1:
            return _T[t] + " et un"
        return _T[t] + "-" + _U[u]
    if n < 80:
        u = n - 60
        return "soixante et onze" if u == 11 else "soixante-" + _U[u]
    if n < 100:
        u = n - 80
        return "quatre-vingts" if u == 0 else "quatre-vingt-" + _U[u]
    if n < 1000:
        h, r = n // 100, n % 100
        head = "cent" if h == 1 else _U[h] + " cent" + ("s" if r == 0 else "")
        return head if r == 0 else head + " " + fr_words(r)
    th, r = n // 1000, n % 1000
    head = "mil" if th == 1 else fr_words(th) + " mille"
    return head if r == 0 else head + " " + fr_words(r)


def fr_date_words(iso_s):
    d = D(iso_s)
    day = "premier" if d.day == 1 else fr_words(d.day)
    return "%s %s %s" % (day, MOIS[d.month - 1], fr_words(d.year))


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


def pt_words(n):
    if n < 20:
        return _PU[n]
    if n < 100:
        t, u = n // 10 * 10, n % 10
        return _PT[t] if u == 0 else _PT[t] + " e " + _PU[u]
    if n < 1000:
        if n == 100:
            return "cem"
        h, r = n // 100, n % 100
        return _PH[h] if r == 0 else _PH[h] + " e " + pt_words(r)
    th, r = n // 1000, n % 1000
    head = "mil" if th == 1 else pt_words(th) + " mil"
    if r == 0:
        return head
    return head + (" e " if r < 100 or r % 100 == 0 else " ") + pt_words(r)


def pt_date_words(iso_s):
    d = D(iso_s)
    day = "primeiro" if d.day == 1 else pt_words(d.day)
    return "%s de %s de %s" % (day, MESES_PT[d.month - 1], pt_words(d.year))


def eur(v, sym=" €", sep=" "):
    s = "%.2f" % v
    ent, dec = s.split(".")
    neg = ent.startswith("-")
    ent = ent.lstrip("-")
    groups = []
    while len(ent) > 3:
        groups.insert(0, ent[-3:])
        ent = ent[:-3]
    groups.insert(0, ent)
    return ("-" if neg else "") + sep.join(groups) + "," + dec + sym


def hijri(iso_s):
    """Tabular Islamic calendar (civil, Kuwaiti algorithm): (day, month, year)."""
    d = D(iso_s)
    jd = d.toordinal() + 1721424.5
    jd = int(jd + 0.5)
    l_ = jd - 1948440 + 10632
    n = (l_ - 1) // 10631
    l_ = l_ - 10631 * n + 354
    j = ((10985 - l_) // 5316) * ((50 * l_) // 17719) + (l_ // 5670) * ((43 * l_) // 15238)
    l_ = l_ - ((30 - j) // 15) * ((17719 * j) // 50) - (j // 16) * ((15238 * j) // 43) + 29
    m = (24 * l_) // 709
    day = l_ - (709 * m) // 24
    y = 30 * n + j - 30
    return day, m, y


HIJRI_MONTHS = [
    "Moharrem",
    "Safar",
    "Rabia I",
    "Rabia II",
    "Joumada I",
    "Joumada II",
    "Rajab",
    "Chaabane",
    "Ramadan",
    "Chaoual",
    "Dou al qiida",
    "Dou al hijja",
]
