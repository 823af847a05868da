"""Civil-status documents: birth certificates in the layouts of many countries, Hague
apostilles of several issuing authorities, and sworn translations."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from .canvas import BLACK, WHITE, Page, text_width
from .helpers import (
    INK_BLUE,
    STAMP_BLUE,
    STAMP_VIOLET,
    emblem,
    en_dmy_long,
    en_long,
    es_long,
    fr_date_words,
    fr_long,
    guilloche,
    hand,
    para,
    pt_long,
    qr_like,
    round_stamp,
    signature,
    table,
    wrap,
)
from .model import Doc, Person

REG_INK = (30, 30, 40)


@dataclass
class Family:
    father: str  # "Mohamed BENSALEM"
    mother: str  # "Khadija BOUZID"
    registry_no: str = "1234"
    registered_on: date | None = None
    issued_on: date = date(2026, 6, 1)
    officer: str = ""
    extra: dict = field(default_factory=dict)  # country-specific strings (Arabic names...)


def _fields(
    person: Person,
    country: str,
    place: str,
    surname: str | None = None,
    given: str | None = None,
    language: str = "fr",
) -> dict:
    return {
        "surname": surname if surname is not None else person.surname.upper(),
        "given_names": given if given is not None else person.given,
        "date_of_birth": person.dob.isoformat(),
        "place_of_birth": place,
        "issuing_country": country,
        "language": language,
        "has_apostille": False,
    }


def dotted(
    p: Page,
    x: float,
    y: float,
    label: str,
    value: str,
    width: float,
    lf: str = "times",
    vf: str = "courier-b",
    size: float = 10,
    vsize: float | None = None,
    vcolor=BLACK,
    rng=None,
    handwritten=False,
    lcolor=BLACK,
) -> None:
    """'Label : ............ value' as on pre-printed civil-status forms."""
    lw = p.text(x, y, label, lf, size, lcolor)
    start = x + lw + 1.5
    dots_w = text_width(".", lf, size)
    n = int((x + width - start) / dots_w)
    if n > 0:
        p.text(start, y, "." * n, lf, size, (120, 120, 120))
    if value:
        if handwritten and rng is not None:
            hand(p, start + 2, y - 0.6, value, rng, "hand", (vsize or size) + 2, INK_BLUE)
        else:
            p.text(start + 2, y - 0.4, value, vf, vsize or size, vcolor)


def officer_block(
    p: Page,
    x: float,
    y: float,
    title: str,
    name: str,
    rng,
    stamp: Page,
    place_date: str = "",
    color=INK_BLUE,
    font="times-i",
    size=10,
):
    if place_date:
        p.text(x, y, place_date, "times", size)
        y += 6
    p.text(x, y, title, font, size)
    sig = Page(60, 18, bg=None)
    signature(sig, 4, 13, name or "Officier", rng, w=40, color=color)
    p.group(sig, x, y + 1, 0, "multiply", 0.95)
    p.group(
        stamp,
        x - 22 + float(rng.uniform(-4, 4)),
        y - 8 + float(rng.uniform(-3, 3)),
        float(rng.uniform(-20, 20)),
        "multiply",
        0.78,
    )
    if name:
        p.text(x, y + 24, name, "times-b", size - 0.5)


def _ar(p, x, y, s, size=12, color=BLACK, anchor="r", bold=False):
    return p.text(x, y, s, "arabic-b" if bold else "arabic", size, color, anchor=anchor)


# ------------------------------------------------------------------ Maghreb


def birth_dza(person: Person, fam: Family, rng) -> Doc:
    """Algeria: 'Extrait d'acte de naissance' (French/Arabic), commune register."""
    ar = fam.extra
    p = Page(210, 297)
    green = (0, 90, 50)
    p.text(105, 14, "الجمهورية الجزائرية الديمقراطية الشعبية", "arabic-b", 14, green, anchor="m")
    p.text(
        105, 21, "RÉPUBLIQUE ALGÉRIENNE DÉMOCRATIQUE ET POPULAIRE", "times-b", 11, green, anchor="m"
    )
    p.text(
        16,
        32,
        f"Wilaya d'{person.birth_city}"
        if person.birth_city[0] in "AEIOU"
        else f"Wilaya de {person.birth_city}",
        "times",
        10.5,
    )
    p.text(
        16,
        38,
        f"Commune d'{person.birth_city}"
        if person.birth_city[0] in "AEIOU"
        else f"Commune de {person.birth_city}",
        "times",
        10.5,
    )
    p.text(16, 44, "Service de l'état civil", "times", 10.5)
    _ar(p, 194, 32, "ولاية " + ar.get("city", ""), 12)
    _ar(p, 194, 39, "بلدية " + ar.get("city", ""), 12)
    _ar(p, 194, 46, "مصلحة الحالة المدنية", 12)
    p.rect(86, 28, 38, 12, BLACK, None, 0.3)
    p.text(105, 33, "12 S", "times-b", 11, anchor="m")
    p.text(105, 38, "Modèle", "times", 7.5, anchor="m")
    p.text(105, 58, "EXTRAIT D'ACTE DE NAISSANCE", "times-b", 15, anchor="m")
    _ar(p, 105, 67, "مستخرج من عقد الميلاد", 15, anchor="m", bold=True)
    yr = person.dob.year
    p.text(16, 80, f"Acte N° : {fam.registry_no}          Année : {yr}", "times-b", 11)
    _ar(p, 194, 80, f"رقم العقد : {fam.registry_no}", 12)
    rows = [
        ("Le", fr_date_words(person.dob), "في", ar.get("dob", "")),
        ("à", ar.get("time_fr", "10 h 30"), "على الساعة", ar.get("time", "")),
        ("est né(e) à", person.birth_city.upper(), "ولد(ت) بـ", ar.get("city", "")),
        ("Nom", person.surname.upper(), "اللقب", ar.get("surname", "")),
        ("Prénom(s)", person.given, "الاسم", ar.get("given", "")),
        (
            "Sexe",
            "Féminin" if person.sex == "F" else "Masculin",
            "الجنس",
            "أنثى" if person.sex == "F" else "ذكر",
        ),
        ("Fils / Fille de", fam.father, "ابن / ابنة", ar.get("father", "")),
        ("et de", fam.mother, "و", ar.get("mother", "")),
    ]
    y = 94
    for lf, vf, la, va in rows:
        p.text(16, y, lf + " :", "times", 10.5)
        fl = wrap(vf, "courier-b", 10.5, 60)
        for i, ln in enumerate(fl):
            p.text(46, y + i * 5, ln, "courier-b", 10.5)
        _ar(p, 194, y, la + " :", 12)
        _ar(p, 168, y, va, 12)
        y += 5 * (len(fl) - 1)
        p.hline(16, 194, y + 2.2, (190, 190, 190), 0.15, dash=(0.6, 0.8))
        y += 11
    p.text(16, y + 4, "Mentions marginales : Néant", "times", 10.5)
    _ar(p, 194, y + 4, "البيانات الهامشية : لا شيء", 12)
    d = fam.issued_on
    p.text(
        16,
        y + 20,
        f"Extrait conforme délivré à {person.birth_city}, le {d.strftime('%d/%m/%Y')}",
        "times",
        10.5,
    )
    stamp = round_stamp(
        "REP. ALGERIENNE DEM. ET POP.",
        f"COMMUNE D'{person.birth_city.upper()}"
        if person.birth_city[0] in "AEIOU"
        else f"COMMUNE DE {person.birth_city.upper()}",
        ["ETAT CIVIL"],
        r=16,
        color=STAMP_VIOLET,
        size=5.6,
    )
    officer_block(p, 120, y + 34, "L'Officier de l'état civil", fam.officer, rng, stamp)
    p.text(
        105,
        285,
        "Loi n° 14-08 du 9 août 2014 modifiant et complétant l'ordonnance n° 70-20 "
        "relative à l'état civil",
        "times-i",
        7,
        (90, 90, 90),
        anchor="m",
    )
    f = _fields(person, "DZA", person.birth_city.upper(), language="fr+ar")
    return Doc("birth_certificate", [p], f)


def birth_mar(person: Person, fam: Family, rng) -> Doc:
    """Morocco: 'Extrait d'acte de naissance', bureau d'état civil, bilingual columns."""
    ar = fam.extra
    p = Page(210, 297)
    red = (150, 20, 30)
    p.text(40, 14, "ROYAUME DU MAROC", "times-b", 11, anchor="m")
    p.text(40, 19.5, "Ministère de l'Intérieur", "times", 9.5, anchor="m")
    p.text(40, 24.5, f"Préfecture de {person.birth_city}", "times", 9.5, anchor="m")
    p.text(40, 29.5, "Commune urbaine", "times", 9.5, anchor="m")
    p.text(40, 34.5, "Bureau de l'état civil", "times", 9.5, anchor="m")
    _ar(p, 170, 14, "المملكة المغربية", 13, anchor="m", bold=True)
    _ar(p, 170, 21, "وزارة الداخلية", 12, anchor="m")
    _ar(p, 170, 28, "عمالة " + ar.get("city", ""), 12, anchor="m")
    _ar(p, 170, 35, "مكتب الحالة المدنية", 12, anchor="m")
    emblem(p, 105, 24, 9, red, 0)
    p.text(105, 52, "EXTRAIT D'ACTE DE NAISSANCE", "times-b", 15, anchor="m")
    _ar(p, 105, 60, "نسخة موجزة من رسم الولادة", 14, anchor="m", bold=True)
    p.text(16, 72, f"Acte n° {fam.registry_no}  -  Année {person.dob.year}", "times-b", 10.5)
    rows = [
        ("Nom de famille", person.surname.upper(), "الاسم العائلي", ar.get("surname", "")),
        ("Prénom", person.given, "الاسم الشخصي", ar.get("given", "")),
        ("Date de naissance", fr_long(person.dob), "تاريخ الازدياد", ar.get("dob", "")),
        ("Lieu de naissance", person.birth_city.upper(), "مكان الازدياد", ar.get("city", "")),
        (
            "Sexe",
            "Féminin" if person.sex == "F" else "Masculin",
            "الجنس",
            "أنثى" if person.sex == "F" else "ذكر",
        ),
        ("Nationalité", "Marocaine", "الجنسية", "مغربية"),
        ("Père", fam.father, "الأب", ar.get("father", "")),
        ("Mère", fam.mother, "الأم", ar.get("mother", "")),
    ]
    y = 86
    for lf, vf, la, va in rows:
        p.rect(14, y - 6, 182, 10, (150, 150, 150), None, 0.2)
        p.text(17, y, lf, "times-b", 10)
        p.text(58, y, vf, "arial", 10.5)
        _ar(p, 193, y, la, 12)
        _ar(p, 150, y, va, 12)
        y += 10
    y += 6
    p.text(16, y, "Mentions marginales : néant.", "times", 10)
    y += 8
    para(
        p,
        16,
        y,
        "Certifié conforme aux indications portées sur le registre de l'état civil.",
        178,
        "times-i",
        10,
    )
    d = fam.issued_on
    stamp = round_stamp(
        "ROYAUME DU MAROC",
        "ETAT CIVIL",
        [person.birth_city.upper()],
        r=16,
        color=STAMP_BLUE,
        size=6,
    )
    officer_block(
        p,
        120,
        y + 18,
        "L'officier de l'état civil",
        fam.officer,
        rng,
        stamp,
        place_date=f"Fait à {person.birth_city}, le {d.strftime('%d/%m/%Y')}",
    )
    f = _fields(person, "MAR", person.birth_city.upper(), language="fr+ar")
    return Doc("birth_certificate", [p], f)


def birth_tun(person: Person, fam: Family, rng) -> Doc:
    """Tunisia: 'Extrait d'acte de naissance / مضمون ولادة' on a framed form."""
    ar = fam.extra
    p = Page(210, 297)
    p.rect(10, 10, 190, 277, (120, 30, 40), None, 0.8)
    p.rect(12, 12, 186, 273, (120, 30, 40), None, 0.2)
    _ar(p, 190, 24, "الجمهورية التونسية", 13, bold=True)
    _ar(p, 190, 31, "وزارة الداخلية", 11)
    _ar(p, 190, 38, "بلدية " + ar.get("city", ""), 11)
    p.text(20, 24, "RÉPUBLIQUE TUNISIENNE", "times-b", 11)
    p.text(20, 30, "Ministère de l'Intérieur", "times", 9.5)
    p.text(20, 36, f"Municipalité de {person.birth_city}", "times", 9.5)
    p.text(105, 54, "مضمون ولادة", "arabic-b", 18, anchor="m")
    p.text(105, 63, "EXTRAIT D'ACTE DE NAISSANCE", "times-b", 13, anchor="m")
    p.text(20, 76, f"Numéro de l'acte : {fam.registry_no}/{person.dob.year}", "times-b", 10)
    _ar(p, 190, 76, "عدد الرسم", 12)
    rows = [
        ("Prénom", person.given, "الاسم", ar.get("given", "")),
        ("Nom", person.surname.upper(), "اللقب", ar.get("surname", "")),
        (
            "Sexe",
            "Féminin" if person.sex == "F" else "Masculin",
            "الجنس",
            "أنثى" if person.sex == "F" else "ذكر",
        ),
        (
            "Date de naissance",
            person.dob.strftime("%d/%m/%Y"),
            "تاريخ الولادة",
            person.dob.strftime("%Y/%m/%d"),
        ),
        ("Lieu de naissance", person.birth_city.upper(), "مكان الولادة", ar.get("city", "")),
        ("Père", fam.father, "الأب", ar.get("father", "")),
        ("Mère", fam.mother, "الأم", ar.get("mother", "")),
    ]
    table_y = 84
    for i, (lf, vf, la, va) in enumerate(rows):
        y = table_y + i * 12
        p.rect(18, y, 174, 12, (100, 100, 100), None, 0.2)
        p.vline(56, y, y + 12, (100, 100, 100), 0.2)
        p.vline(154, y, y + 12, (100, 100, 100), 0.2)
        p.text(20, y + 8, lf, "times-b", 9.5)
        p.text(59, y + 8, vf, "courier-b", 10.5)
        _ar(p, 190, y + 8, la, 12)
        _ar(p, 151, y + 8, va, 11.5)
    y = table_y + len(rows) * 12 + 12
    p.text(20, y, "Mentions marginales : ---", "times", 10)
    d = fam.issued_on
    p.text(20, y + 10, f"Délivré le {d.strftime('%d/%m/%Y')}", "times", 10)
    stamp = round_stamp(
        "REPUBLIQUE TUNISIENNE",
        "ETAT CIVIL",
        [person.birth_city.upper()],
        r=15,
        color=STAMP_BLUE,
        size=5.6,
    )
    officer_block(p, 120, y + 22, "Officier de l'état civil", fam.officer, rng, stamp)
    f = _fields(person, "TUN", person.birth_city.upper(), language="fr+ar")
    return Doc("birth_certificate", [p], f)


# ------------------------------------------------------------------ West / Central Africa


def _motto_header(p: Page, country: str, motto: str, left_lines: list[str], y0=14):
    p.text(150, y0, country, "times-b", 11, anchor="m")
    p.text(150, y0 + 5, motto, "times-i", 9, anchor="m")
    p.text(150, y0 + 8, "-" * 18, "times", 8, anchor="m")
    y = y0
    for ln in left_lines:
        p.text(45, y, ln, "times-b" if y == y0 else "times", 9.5, anchor="m")
        y += 5


def birth_sen(person: Person, fam: Family, rng) -> Doc:
    """Senegal: 'Extrait du registre des actes de naissance' (pre-printed, typed in)."""
    p = Page(210, 297)
    green = (0, 110, 60)
    _motto_header(
        p,
        "RÉPUBLIQUE DU SÉNÉGAL",
        "Un Peuple - Un But - Une Foi",
        [
            "RÉGION DE " + fam.extra.get("region", "DAKAR"),
            "DÉPARTEMENT DE " + fam.extra.get("dept", "DAKAR"),
            "COMMUNE DE " + person.birth_city.upper(),
            "CENTRE D'ÉTAT CIVIL PRINCIPAL",
        ],
    )
    p.rect(30, 48, 150, 16, green, (232, 244, 236), 0.5)
    p.text(
        105, 55, "EXTRAIT DU REGISTRE DES ACTES DE NAISSANCE", "times-b", 12.5, green, anchor="m"
    )
    p.text(105, 61, f"Pour l'année {person.dob.year}", "times", 10, anchor="m")
    p.text(20, 74, f"N° {fam.registry_no} du registre", "times-b", 10.5)
    y = 88
    rows = [
        ("Prénoms", person.given),
        ("Nom", person.surname.upper()),
        ("Date de naissance", fr_date_words(person.dob).upper()),
        ("", f"({person.dob.strftime('%d/%m/%Y')})"),
        ("Heure de naissance", fam.extra.get("time", "08 H 45")),
        ("Lieu de naissance", person.birth_city.upper()),
        ("Sexe", "FÉMININ" if person.sex == "F" else "MASCULIN"),
        ("Prénoms du père", fam.father.split()[0].upper()),
        ("Prénoms et nom de la mère", fam.mother.upper()),
    ]
    for lab, val in rows:
        dotted(p, 20, y, lab + (" :" if lab else ""), val, 170, "times", "courier-b", 10.5)
        y += 10
    y += 4
    para(p, 20, y, "Mentions marginales : NÉANT", 170, "times", 10)
    d = fam.issued_on
    p.text(
        20,
        y + 14,
        f"Pour extrait certifié conforme, délivré à {person.birth_city}, "
        f"le {d.strftime('%d/%m/%Y')}",
        "times",
        10,
    )
    stamp = round_stamp(
        "REPUBLIQUE DU SENEGAL",
        "ETAT CIVIL",
        ["COMMUNE DE", person.birth_city.upper()],
        r=17,
        color=STAMP_BLUE,
        size=5.6,
    )
    officer_block(p, 118, y + 30, "L'Officier de l'état civil", fam.officer, rng, stamp)
    p.rect(20, 262, 40, 14, BLACK, None, 0.2)
    p.text(40, 268, "Timbre fiscal", "times-i", 8, anchor="m")
    p.text(40, 273, "200 F CFA", "times-b", 8, anchor="m")
    f = _fields(person, "SEN", person.birth_city.upper())
    return Doc("birth_certificate", [p], f)


def birth_civ(person: Person, fam: Family, rng) -> Doc:
    """Côte d'Ivoire: 'Extrait du registre des actes de l'état civil', partly handwritten."""
    p = Page(210, 297)
    orange = (210, 110, 0)
    _motto_header(
        p,
        "RÉPUBLIQUE DE CÔTE D'IVOIRE",
        "Union - Discipline - Travail",
        [
            "DÉPARTEMENT D'" + fam.extra.get("dept", "ABIDJAN"),
            "SOUS-PRÉFECTURE / COMMUNE",
            "DE " + person.birth_city.upper(),
            "CENTRE D'ÉTAT CIVIL",
        ],
    )
    p.hline(20, 190, 45, orange, 1.2)
    p.text(105, 56, "EXTRAIT", "times-b", 16, anchor="m")
    p.text(105, 63, "DU REGISTRE DES ACTES DE L'ÉTAT CIVIL", "times-b", 11.5, anchor="m")
    p.text(105, 69, f"POUR L'ANNÉE {person.dob.year}", "times", 10, anchor="m")
    p.text(20, 82, "N°", "times-b", 11)
    hand(p, 28, 82, fam.registry_no, rng, "hand", 13)
    p.text(60, 82, "DU", "times-b", 11)
    hand(p, 70, 82, person.dob.strftime("%d/%m/%Y"), rng, "hand", 13)
    p.text(120, 82, "ACTE DE NAISSANCE", "times-b", 11)
    y = 98
    dotted(p, 20, y, "Le", fr_date_words(person.dob), 170, rng=rng, handwritten=True)
    y += 11
    dotted(p, 20, y, "est né(e)", person.full(order="sg"), 170, rng=rng, handwritten=True)
    y += 11
    dotted(p, 20, y, "à", person.birth_city.upper(), 170, rng=rng, handwritten=True)
    y += 11
    dotted(
        p,
        20,
        y,
        "Sexe",
        "féminin" if person.sex == "F" else "masculin",
        170,
        rng=rng,
        handwritten=True,
    )
    y += 11
    dotted(p, 20, y, "fils / fille de", fam.father, 170, rng=rng, handwritten=True)
    y += 11
    dotted(p, 20, y, "et de", fam.mother, 170, rng=rng, handwritten=True)
    y += 16
    p.text(20, y, "MENTIONS (éventuellement)", "times-b", 10)
    y += 8
    for lab in (
        "Marié(e) le",
        "avec",
        "Mariage dissous par décision de divorce en date du",
        "Décédé(e) le",
    ):
        dotted(
            p, 24, y, lab, "NÉANT" if lab == "Marié(e) le" else "", 166, rng=rng, handwritten=True
        )
        y += 9
    d = fam.issued_on
    p.text(
        20,
        y + 8,
        "Certifié le présent extrait conforme aux indications portées au registre.",
        "times-i",
        10,
    )
    p.text(110, y + 18, f"Délivré à {person.birth_city}, le", "times", 10)
    hand(p, 160, y + 18, d.strftime("%d/%m/%Y"), rng, "hand", 12)
    stamp = round_stamp(
        "REPUBLIQUE DE COTE D'IVOIRE",
        "ETAT CIVIL",
        [person.birth_city.upper()],
        r=16,
        color=STAMP_VIOLET,
        size=5.4,
    )
    officer_block(p, 120, y + 30, "L'Officier de l'état civil", fam.officer, rng, stamp)
    f = _fields(
        person, "CIV", person.birth_city.upper(), surname=person.surname.upper(), given=person.given
    )
    return Doc("birth_certificate", [p], f)


def birth_cmr(person: Person, fam: Family, rng) -> Doc:
    """Cameroon: bilingual 'Acte de naissance / Birth certificate' with numbered lines."""
    p = Page(210, 297)
    p.text(52, 14, "RÉPUBLIQUE DU CAMEROUN", "times-b", 10, anchor="m")
    p.text(52, 19, "Paix - Travail - Patrie", "times-i", 8.5, anchor="m")
    p.text(158, 14, "REPUBLIC OF CAMEROON", "times-b", 10, anchor="m")
    p.text(158, 19, "Peace - Work - Fatherland", "times-i", 8.5, anchor="m")
    p.text(52, 27, "Région du " + fam.extra.get("region", "Littoral"), "times", 9, anchor="m")
    p.text(52, 32, "Département du " + fam.extra.get("dept", "Wouri"), "times", 9, anchor="m")
    p.text(52, 37, "Centre d'état civil de " + person.birth_city, "times", 9, anchor="m")
    p.text(158, 27, fam.extra.get("region_en", "Littoral") + " Region", "times", 9, anchor="m")
    p.text(158, 32, fam.extra.get("dept", "Wouri") + " Division", "times", 9, anchor="m")
    p.text(158, 37, person.birth_city + " Civil Status Registration Centre", "times", 9, anchor="m")
    p.rect(60, 44, 90, 14, BLACK, (240, 240, 240), 0.4)
    p.text(105, 50, "ACTE DE NAISSANCE", "times-b", 12, anchor="m")
    p.text(105, 55.5, "BIRTH CERTIFICATE", "times-b", 10, anchor="m")
    p.text(20, 66, f"N° {fam.registry_no}", "times-b", 11)
    sex_fr = "Féminin / Female" if person.sex == "F" else "Masculin / Male"
    rows = [
        ("1", "Nom de l'enfant", "Surname of the child", person.surname.upper()),
        ("2", "Prénoms de l'enfant", "Given names of the child", person.given),
        ("3", "Né le", "Born on", fr_long(person.dob)),
        ("4", "À", "At", person.birth_city),
        ("5", "Sexe", "Sex", sex_fr),
        ("6", "De (père)", "Of (father)", fam.father),
        ("7", "Et de (mère)", "And of (mother)", fam.mother),
        ("8", "Dressé le", "Drawn up on", fr_long(fam.registered_on or person.dob)),
        ("9", "Sur la déclaration de", "In accordance with the declaration of", fam.father),
        ("10", "Par Nous", "By Us", fam.officer or "—"),
    ]
    y = 74
    for n, fr, en, val in rows:
        p.rect(16, y, 178, 15, (90, 90, 90), None, 0.2)
        p.text(19, y + 6, n, "times-b", 10)
        p.text(27, y + 5.5, fr, "times-b", 9)
        p.text(27, y + 10.5, en, "times-i", 8.5)
        p.vline(92, y, y + 15, (90, 90, 90), 0.2)
        hand(p, 96, y + 9.5, val, rng, "hand", 13)
        y += 15
    p.text(105, y + 10, "Officier d'état civil / Civil Status Registrar", "times-b", 10, anchor="m")
    stamp = round_stamp(
        "REPUBLIQUE DU CAMEROUN",
        "ETAT CIVIL",
        [person.birth_city.upper()],
        r=16,
        color=STAMP_BLUE,
        size=5.5,
    )
    officer_block(
        p,
        120,
        y + 22,
        "",
        fam.officer,
        rng,
        stamp,
        place_date=f"Délivré le / Issued on {fam.issued_on.strftime('%d/%m/%Y')}",
    )
    f = _fields(person, "CMR", person.birth_city, language="fr+en")
    return Doc("birth_certificate", [p], f)


def birth_mli(person: Person, fam: Family, rng) -> Doc:
    """Mali: 'Volet n°3 - Acte de naissance', green form, typed entries."""
    p = Page(210, 297, bg=(246, 250, 244))
    green = (0, 120, 70)
    _motto_header(
        p,
        "RÉPUBLIQUE DU MALI",
        "Un Peuple - Un But - Une Foi",
        [
            "RÉGION DE " + fam.extra.get("region", "KOULIKORO"),
            "CERCLE DE " + fam.extra.get("cercle", "KATI"),
            "COMMUNE DE " + person.birth_city.upper(),
            "CENTRE PRINCIPAL D'ÉTAT CIVIL",
        ],
    )
    p.rect(16, 46, 178, 24, green, None, 0.6)
    p.text(105, 54, "VOLET N° 3", "times-b", 10, green, anchor="m")
    p.text(105, 62, "ACTE DE NAISSANCE", "times-b", 15, green, anchor="m")
    p.text(105, 67.5, f"N° {fam.registry_no} / {person.dob.year}", "courier-b", 10, anchor="m")
    rows = [
        ("1. Prénom(s)", person.given.upper()),
        ("2. Nom", person.surname.upper()),
        ("3. Date de naissance", person.dob.strftime("%d/%m/%Y")),
        ("4. Heure", fam.extra.get("time", "06 h 15")),
        ("5. Lieu de naissance", person.birth_city.upper()),
        ("6. Sexe", "F" if person.sex == "F" else "M"),
        ("7. Prénom(s) et nom du père", fam.father.upper()),
        ("8. Profession du père", fam.extra.get("father_job", "COMMERÇANT")),
        ("9. Prénom(s) et nom de la mère", fam.mother.upper()),
        ("10. Profession de la mère", fam.extra.get("mother_job", "MÉNAGÈRE")),
        ("11. Domicile des parents", fam.extra.get("home", person.birth_city.upper())),
    ]
    y = 82
    for lab, val in rows:
        p.text(20, y, lab, "times-b", 9.5, green)
        p.text(90, y, val, "courier-b", 10.5)
        p.hline(88, 192, y + 1.5, green, 0.2)
        y += 10
    d = fam.issued_on
    para(
        p,
        20,
        y + 6,
        f"Dressé le {fr_long(fam.registered_on or person.dob)} sur la "
        f"déclaration du père. Copie délivrée le {d.strftime('%d/%m/%Y')}.",
        170,
        "times",
        10,
    )
    stamp = round_stamp(
        "REPUBLIQUE DU MALI",
        "CENTRE D'ETAT CIVIL",
        [person.birth_city.upper()],
        r=16,
        color=STAMP_VIOLET,
        size=5.4,
    )
    officer_block(p, 118, y + 24, "L'Officier de l'état civil", fam.officer, rng, stamp)
    f = _fields(person, "MLI", person.birth_city.upper(), given=person.given.upper())
    return Doc("birth_certificate", [p], f)


def birth_cod(person: Person, fam: Family, rng) -> Doc:
    """DR Congo: narrative 'Acte de naissance', volume and folio."""
    p = Page(210, 297)
    blue = (0, 100, 180)
    p.text(105, 14, "RÉPUBLIQUE DÉMOCRATIQUE DU CONGO", "times-b", 12, blue, anchor="m")
    p.text(105, 20, "Justice - Paix - Travail", "times-i", 9, anchor="m")
    p.text(20, 32, "PROVINCE DE KINSHASA", "times-b", 9.5)
    p.text(20, 37, "VILLE DE KINSHASA", "times", 9.5)
    p.text(20, 42, "COMMUNE DE " + fam.extra.get("commune", "LINGWALA").upper(), "times", 9.5)
    p.text(20, 47, "BUREAU DE L'ÉTAT CIVIL", "times", 9.5)
    p.text(190, 32, f"Volume {fam.extra.get('volume', 'II')}", "times", 9.5, anchor="r")
    p.text(190, 37, f"Folio {fam.extra.get('folio', '57')}", "times", 9.5, anchor="r")
    p.text(105, 60, f"ACTE DE NAISSANCE N° {fam.registry_no}", "times-b", 13, anchor="m")
    reg = fam.registered_on or person.dob
    txt = (
        f"L'an {fr_date_words(reg).split(' ', 2)[2]}, le {fr_date_words(reg).split(' ')[0]} "
        f"jour du mois de {fr_date_words(reg).split(' ')[1]}, à dix heures, devant Nous, "
        f"{fam.officer}, Officier de l'état civil de la commune de "
        f"{fam.extra.get('commune', 'Lingwala')}, a comparu {fam.father}, père de l'enfant, "
        f"lequel nous a déclaré que le {fr_long(person.dob)}, est né à "
        f"{person.birth_city}, un enfant de sexe {'féminin' if person.sex == 'F' else 'masculin'}, "
        f"nommé {person.surname.upper()} {person.given}, "
        f"{'fille' if person.sex == 'F' else 'fils'} de {fam.father} et de {fam.mother}, "
        f"tous deux domiciliés à Kinshasa. Lecture de l'acte a été faite au comparant qui "
        f"l'a signé avec Nous."
    )
    y = para(p, 20, 74, txt, 170, "times", 11, leading=6.2, align="j")
    y += 6
    p.text(20, y, "Le comparant,", "times-i", 10)
    p.text(130, y, "L'Officier de l'état civil,", "times-i", 10)
    sig = Page(50, 16, bg=None)
    signature(sig, 3, 12, fam.father, rng, w=30)
    p.group(sig, 18, y + 2, 0, "multiply")
    d = fam.issued_on
    p.text(
        20,
        y + 36,
        f"Pour copie certifiée conforme, Kinshasa, le {d.strftime('%d/%m/%Y')}",
        "times",
        10,
    )
    stamp = round_stamp(
        "REPUBLIQUE DEMOCRATIQUE DU CONGO",
        "ETAT CIVIL",
        ["VILLE DE", "KINSHASA"],
        r=17,
        color=STAMP_BLUE,
        size=5.2,
    )
    officer_block(p, 125, y + 4, "", fam.officer, rng, stamp)
    f = _fields(person, "COD", person.birth_city)
    return Doc("birth_certificate", [p], f)


# ------------------------------------------------------------------ Asia


def birth_chn(person: Person, fam: Family, rng, cn: dict) -> Doc:
    """China: notarial certificate of birth (公证书) with its English version."""
    pages = []
    no = fam.extra.get("notary_no", "(2026)沪东证外字第12345号")
    no_en = fam.extra.get("notary_no_en", "(2026) Hu Dong Zheng Wai Zi No. 12345")
    office_cn = fam.extra.get("office_cn", "上海市东方公证处")
    office_en = fam.extra.get("office_en", "Shanghai Oriental Notary Public Office")
    p = Page(210, 297)
    p.text(105, 40, "公 证 书", "cjk", 26, anchor="m")
    p.text(190, 56, no, "cjk", 10, anchor="r")
    y = 72
    lines = [
        f"申请人：{cn['name']}，{'女' if person.sex == 'F' else '男'}，"
        f"{person.dob.year}年{person.dob.month}月{person.dob.day}日出生，",
        f"现住{cn.get('city', '上海市')}。",
        "公证事项：出生",
        f"兹证明{cn['name']}于{person.dob.year}年{person.dob.month}月{person.dob.day}日"
        f"在{cn.get('city', '上海市')}出生。",
        f"{cn['name']}的父亲是{cn['father']}，母亲是{cn['mother']}。",
    ]
    for ln in lines:
        p.text(24, y, ln, "cjk", 12)
        y += 10
    p.text(120, y + 30, "中华人民共和国" + office_cn, "cjk", 11)
    p.text(150, y + 40, "公证员", "cjk", 11)
    p.text(
        150,
        y + 50,
        f"{fam.issued_on.year}年{fam.issued_on.month}月{fam.issued_on.day}日",
        "cjk",
        11,
    )
    st = round_stamp("", "", ["公证处"], r=20, color=(200, 30, 30), font="cjk", size=9, star=True)
    p.group(st, 128, y + 22, float(rng.uniform(-10, 10)), "multiply", 0.7)
    sig = Page(40, 14, bg=None)
    signature(sig, 2, 10, fam.officer or "Wang Li", rng, w=26, color=BLACK)
    p.group(sig, 166, y + 35, 0, "multiply")
    pages.append(p)
    q = Page(210, 297)
    q.text(105, 36, "NOTARIAL CERTIFICATE", "times-b", 18, anchor="m")
    q.text(190, 50, no_en, "times", 10.5, anchor="r")
    sx = "female" if person.sex == "F" else "male"
    body = (
        f"Applicant: {person.surname.upper()} {person.given.title()}, {sx}, born on "
        f"{en_long(person.dob)}, now residing in {person.birth_city}.\n\n"
        f"Subject: Birth\n\n"
        f"This is to certify that {person.surname.upper()} {person.given.title()} was born "
        f"on {en_long(person.dob)} in {person.birth_city}, the People's Republic of China. "
        f"{'Her' if person.sex == 'F' else 'His'} father is {fam.father} and "
        f"{'her' if person.sex == 'F' else 'his'} mother is {fam.mother}."
    )
    y = para(q, 24, 68, body, 162, "times", 12, leading=6.5)
    q.text(100, y + 25, f"{office_en}", "times", 11)
    q.text(100, y + 31, "The People's Republic of China", "times", 11)
    q.text(100, y + 43, f"Notary Public: {fam.officer or 'WANG Li'}", "times", 11)
    q.text(100, y + 52, en_long(fam.issued_on), "times", 11)
    q.group(st, 100, y + 18, float(rng.uniform(-10, 10)), "multiply", 0.7)
    pages.append(q)
    f = _fields(person, "CHN", person.birth_city, language="zh+en")
    return Doc(
        "birth_certificate",
        pages,
        f,
        "Chinese notarial certificate of birth: Chinese original then English version",
    )


def birth_ind(person: Person, fam: Family, rng) -> Doc:
    """India: municipal 'Birth Certificate' under the RBD Act 1969."""
    p = Page(210, 297)
    p.rect(8, 8, 194, 281, (40, 60, 120), None, 1.0)
    emblem(p, 105, 22, 8, (40, 60, 120), 2)
    p.text(105, 38, "भारत सरकार / GOVERNMENT OF INDIA", "deva", 9.5, anchor="m")
    p.text(105, 44, fam.extra.get("state", "GOVERNMENT OF MAHARASHTRA"), "times-b", 11, anchor="m")
    p.text(
        105,
        50,
        fam.extra.get("body", "MUNICIPAL CORPORATION OF GREATER MUMBAI"),
        "times-b",
        11,
        anchor="m",
    )
    p.text(
        105, 56, "DEPARTMENT OF HEALTH - REGISTRATION OF BIRTHS AND DEATHS", "times", 9, anchor="m"
    )
    p.text(105, 66, "जन्म प्रमाणपत्र", "deva", 14, anchor="m")
    p.text(105, 73, "BIRTH CERTIFICATE", "times-b", 15, anchor="m")
    para(
        p,
        20,
        81,
        "(ISSUED UNDER SECTION 12 / 17 OF THE REGISTRATION OF BIRTHS & DEATHS ACT, "
        "1969 AND RULE 8 / 13 OF THE MAHARASHTRA REGISTRATION OF BIRTHS AND DEATHS RULES, 2000)",
        170,
        "times",
        8.5,
        align="m",
    )
    para(
        p,
        20,
        94,
        "This is to certify that the following information has been taken from the "
        "original record of birth which is the register for (local area / local body) "
        f"{fam.extra.get('ward', 'K/WEST WARD')} of Tahsil / Block Andheri of District Mumbai "
        "Suburban of State / Union Territory Maharashtra, India.",
        170,
        "times",
        10,
        leading=5.2,
        align="j",
    )
    sx = "FEMALE" if person.sex == "F" else "MALE"
    rows = [
        ("NAME", f"{person.given.upper()} {person.surname.upper()}"),
        ("SEX", sx),
        ("DATE OF BIRTH", person.dob.strftime("%d-%m-%Y")),
        ("PLACE OF BIRTH", fam.extra.get("hospital", "HOLY SPIRIT HOSPITAL, ANDHERI (E)")),
        ("NAME OF MOTHER", fam.mother.upper()),
        ("NAME OF FATHER", fam.father.upper()),
        (
            "ADDRESS OF PARENTS AT THE TIME OF BIRTH OF THE CHILD",
            fam.extra.get("addr", "12, SAI KRUPA CHS, MAROL, ANDHERI EAST, MUMBAI 400059"),
        ),
        (
            "PERMANENT ADDRESS OF PARENTS",
            fam.extra.get("addr", "12, SAI KRUPA CHS, MAROL, ANDHERI EAST, MUMBAI 400059"),
        ),
        ("REGISTRATION NUMBER", fam.registry_no),
        ("DATE OF REGISTRATION", (fam.registered_on or person.dob).strftime("%d-%m-%Y")),
        ("REMARKS (IF ANY)", ""),
    ]
    y = 118
    for lab, val in rows:
        lines = wrap(lab, "times-b", 9, 70) or [lab]
        for i, ln in enumerate(lines):
            p.text(20, y + i * 4.2, ln, "times-b", 9)
        p.text(92, y, ":", "times-b", 9)
        vl = wrap(val, "courier-b", 9.5, 96)
        for i, ln in enumerate(vl):
            p.text(96, y + i * 4.2, ln, "courier-b", 9.5)
        y += max(len(lines), len(vl)) * 4.2 + 3.5
    d = fam.issued_on
    p.text(20, y + 8, f"DATE OF ISSUE : {d.strftime('%d-%m-%Y')}", "times-b", 9.5)
    p.text(130, y + 8, "SIGNATURE OF ISSUING AUTHORITY", "times-b", 8.5)
    sig = Page(50, 16, bg=None)
    signature(sig, 3, 12, fam.officer or "Registrar", rng, w=30)
    p.group(sig, 138, y + 10, 0, "multiply")
    stamp = round_stamp(
        "MUNICIPAL CORPORATION OF GR. MUMBAI",
        "REGISTRAR BIRTHS & DEATHS",
        [fam.extra.get("ward", "K/WEST WARD")],
        r=17,
        color=STAMP_VIOLET,
        size=5.0,
    )
    p.group(stamp, 100, y + 14, float(rng.uniform(-15, 15)), "multiply", 0.75)
    p.text(130, y + 30, "REGISTRAR OF BIRTHS AND DEATHS", "times", 8.5)
    p.text(105, 276, '"ENSURE REGISTRATION OF EVERY BIRTH AND DEATH"', "times-b", 8.5, anchor="m")
    f = _fields(
        person,
        "IND",
        fam.extra.get("pob_truth", "MUMBAI"),
        surname=person.surname.upper(),
        given=person.given.upper(),
        language="en",
    )
    return Doc("birth_certificate", [p], f)


def birth_vnm(person: Person, fam: Family, rng) -> Doc:
    """Viet Nam: 'Giấy khai sinh (bản sao)'."""
    p = Page(210, 297)
    red = (170, 30, 30)
    p.text(50, 16, "UBND " + fam.extra.get("ward", "PHƯỜNG BẾN NGHÉ"), "times-b", 9.5, anchor="m")
    p.text(50, 21, fam.extra.get("district", "QUẬN 1, TP. HỒ CHÍ MINH"), "times", 9, anchor="m")
    p.text(140, 16, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "times-b", 10, anchor="m")
    p.text(140, 21, "Độc lập - Tự do - Hạnh phúc", "times-b", 9.5, anchor="m")
    p.hline(118, 162, 23, BLACK, 0.3)
    p.text(20, 32, f"Số: {fam.registry_no}/{person.dob.year}", "times", 10)
    p.text(105, 46, "GIẤY KHAI SINH", "times-b", 18, red, anchor="m")
    p.text(105, 53, "(BẢN SAO)", "times-b", 10, anchor="m")
    full = f"{person.surname.upper()} {person.given.upper()}"
    rows = [
        ("Họ, chữ đệm, tên:", full),
        ("Ngày, tháng, năm sinh:", person.dob.strftime("%d/%m/%Y")),
        ("Giới tính:", "Nữ" if person.sex == "F" else "Nam"),
        ("Dân tộc:", "Kinh"),
        ("Quốc tịch:", "Việt Nam"),
        ("Nơi sinh:", fam.extra.get("pob", person.birth_city)),
        ("Quê quán:", fam.extra.get("home", person.birth_city)),
        ("Họ, chữ đệm, tên người mẹ:", fam.mother.upper()),
        ("Họ, chữ đệm, tên người cha:", fam.father.upper()),
        ("Nơi đăng ký khai sinh:", fam.extra.get("reg", "UBND Phường Bến Nghé")),
        ("Ngày, tháng, năm đăng ký:", (fam.registered_on or person.dob).strftime("%d/%m/%Y")),
    ]
    y = 68
    for lab, val in rows:
        w = p.text(20, y, lab, "times", 11)
        p.text(20 + w + 3, y, val, "times-b", 11)
        y += 9
    d = fam.issued_on
    p.text(
        120,
        y + 10,
        f"Sao từ Sổ đăng ký khai sinh, ngày {d.day:02d}/{d.month:02d}/{d.year}",
        "times-i",
        9.5,
    )
    p.text(140, y + 17, "NGƯỜI KÝ", "times-b", 10, anchor="m")
    st = round_stamp(
        "ỦY BAN NHÂN DÂN", "TP. HỒ CHÍ MINH", ["★"], r=17, color=(200, 30, 30), size=5.6
    )
    officer_block(p, 122, y + 24, "", fam.officer, rng, st)
    f = _fields(
        person,
        "VNM",
        fam.extra.get("pob", person.birth_city),
        surname=person.surname.upper(),
        given=person.given.upper(),
        language="vi",
    )
    return Doc("birth_certificate", [p], f)


def birth_phl(person: Person, fam: Family, rng) -> Doc:
    """Philippines: PSA copy of the Certificate of Live Birth (Municipal Form No. 102)."""
    p = Page(216, 330, bg=(250, 248, 240))  # long bond paper
    blue = (40, 60, 140)
    guilloche(p, 0, 0, 216, 330, (225, 225, 240), rng, n=30, lw=0.1, waves=4)
    p.text(108, 14, "PHILIPPINE STATISTICS AUTHORITY", "times-b", 11, blue, anchor="m")
    p.text(14, 24, "Municipal Form No. 102", "arial", 7)
    p.text(14, 27.5, "(Revised January 2007)", "arial", 7)
    p.text(108, 24, "Republic of the Philippines", "times", 9, anchor="m")
    p.text(108, 28.5, "OFFICE OF THE CIVIL REGISTRAR GENERAL", "times-b", 9.5, anchor="m")
    p.text(108, 36, "CERTIFICATE OF LIVE BIRTH", "times-b", 14, anchor="m")
    p.rect(12, 40, 192, 12, BLACK, None, 0.3)
    p.text(14, 44, "Province", "arial", 6.5)
    p.text(30, 44, fam.extra.get("province", "METRO MANILA"), "courier-b", 9)
    p.text(14, 49.5, "City/Municipality", "arial", 6.5)
    p.text(40, 49.5, fam.extra.get("city", "QUEZON CITY"), "courier-b", 9)
    p.text(150, 44, "Registry No.", "arial", 6.5)
    p.text(150, 49.5, fam.registry_no, "courier-b", 9)
    y = 56
    p.rect(12, y, 8, 86, BLACK, (230, 230, 230), 0.3)
    p.text(16, y + 50, "CHILD", "arial-b", 7, angle=90)
    mid = person.middle.upper()
    p.rect(20, y, 184, 14, BLACK, None, 0.3)
    p.text(22, y + 4, "1. NAME", "arial-b", 7)
    p.text(50, y + 4, "(First)", "arial", 6.5)
    p.text(110, y + 4, "(Middle)", "arial", 6.5)
    p.text(160, y + 4, "(Last)", "arial", 6.5)
    p.text(50, y + 11, person.given.upper(), "courier-b", 10)
    p.text(110, y + 11, mid, "courier-b", 10)
    p.text(160, y + 11, person.surname.upper(), "courier-b", 10)
    y += 14
    p.rect(20, y, 60, 14, BLACK, None, 0.3)
    p.text(22, y + 4, "2. SEX (Male / Female)", "arial-b", 7)
    p.text(24, y + 11, "FEMALE" if person.sex == "F" else "MALE", "courier-b", 10)
    p.rect(80, y, 124, 14, BLACK, None, 0.3)
    p.text(82, y + 4, "3. DATE OF BIRTH   (Day)   (Month)   (Year)", "arial-b", 7)
    p.text(
        100,
        y + 11,
        f"{person.dob.day:02d}    {en_long(person.dob).split()[0].upper()}    {person.dob.year}",
        "courier-b",
        10,
    )
    y += 14
    p.rect(20, y, 184, 16, BLACK, None, 0.3)
    p.text(
        22,
        y + 4,
        "4. PLACE OF BIRTH (Name of Hospital/Clinic/Institution/House No., St., "
        "Barangay)  (City/Municipality)  (Province)",
        "arial-b",
        6.5,
    )
    p.text(
        24,
        y + 12,
        fam.extra.get("pob_full", "ST. LUKE'S MEDICAL CENTER, QUEZON CITY, METRO MANILA"),
        "courier-b",
        9.5,
    )
    y += 16
    p.rect(20, y, 184, 14, BLACK, None, 0.3)
    p.text(
        22,
        y + 4,
        "5a. TYPE OF BIRTH   5b. IF MULTIPLE BIRTH, CHILD WAS   5c. BIRTH ORDER   "
        "5d. WEIGHT AT BIRTH",
        "arial-b",
        6.5,
    )
    p.text(24, y + 11, "SINGLE", "courier-b", 9.5)
    p.text(120, y + 11, "FIRST", "courier-b", 9.5)
    p.text(168, y + 11, "3100 grams", "courier-b", 9.5)
    y += 20
    mo_parts = fam.mother.upper().split()
    p.rect(12, y, 8, 28, BLACK, (230, 230, 230), 0.3)
    p.text(16, y + 24, "MOTHER", "arial-b", 7, angle=90)
    p.rect(20, y, 184, 14, BLACK, None, 0.3)
    p.text(22, y + 4, "6. MAIDEN NAME   (First)   (Middle)   (Last)", "arial-b", 7)
    p.text(50, y + 11, " ".join(mo_parts), "courier-b", 10)
    p.rect(20, y + 14, 90, 14, BLACK, None, 0.3)
    p.text(22, y + 18, "7. CITIZENSHIP", "arial-b", 7)
    p.text(24, y + 25, "FILIPINO", "courier-b", 10)
    y += 34
    p.rect(12, y, 8, 28, BLACK, (230, 230, 230), 0.3)
    p.text(16, y + 24, "FATHER", "arial-b", 7, angle=90)
    p.rect(20, y, 184, 14, BLACK, None, 0.3)
    p.text(22, y + 4, "13. NAME   (First)   (Middle)   (Last)", "arial-b", 7)
    p.text(50, y + 11, fam.father.upper(), "courier-b", 10)
    p.rect(20, y + 14, 90, 14, BLACK, None, 0.3)
    p.text(22, y + 18, "14. CITIZENSHIP", "arial-b", 7)
    p.text(24, y + 25, "FILIPINO", "courier-b", 10)
    y += 36
    p.text(14, y, "20. DATE AND PLACE OF MARRIAGE OF PARENTS", "arial-b", 7)
    p.text(110, y, fam.extra.get("marriage", "JUNE 12, 1988 - QUEZON CITY"), "courier-b", 9)
    y += 8
    p.text(14, y, "REMARKS/ANNOTATIONS (For LCRO/OCRG Use Only)", "arial-b", 7)
    y += 16
    d = fam.issued_on
    para(
        p,
        14,
        y,
        "This is a certified true copy of the record of birth on file with the "
        "Philippine Statistics Authority. Issued upon the request of the registrant for "
        "whatever legal purpose it may serve.",
        188,
        "times-i",
        8.5,
    )
    p.text(150, y + 16, en_long(d).upper(), "times-b", 9, anchor="m")
    sig = Page(60, 16, bg=None)
    signature(sig, 3, 12, fam.officer or "Civil Registrar General", rng, w=36)
    p.group(sig, 120, y + 18, 0, "multiply")
    p.text(150, y + 38, fam.officer or "CLAIRE DENNIS S. MAPA", "times-b", 9, anchor="m")
    p.text(150, y + 42, "Civil Registrar General", "times", 8.5, anchor="m")
    p.text(
        108,
        322,
        "PSA SECPA  " + fam.extra.get("secpa", "B12345678"),
        "courier-b",
        8,
        (170, 40, 40),
        anchor="m",
    )
    f = _fields(
        person,
        "PHL",
        fam.extra.get("pob_truth", "QUEZON CITY"),
        given=person.given.upper(),
        language="en",
    )
    return Doc(
        "birth_certificate",
        [p],
        f,
        "Philippine PSA copy: first name and middle (maternal) name in separate boxes",
    )


# ------------------------------------------------------------------ Americas


def birth_bra(person: Person, fam: Family, rng) -> Doc:
    """Brazil: 'Certidão de Nascimento' (modelo CNJ), matrícula and cartório block."""
    p = Page(210, 297)
    green = (0, 110, 70)
    guilloche(p, 10, 10, 190, 277, (215, 232, 220), rng, n=40, lw=0.1, waves=4)
    p.rect(10, 10, 190, 277, green, None, 0.6)
    emblem(p, 105, 25, 9, green, 0)
    p.text(105, 42, "REPÚBLICA FEDERATIVA DO BRASIL", "times-b", 12, anchor="m")
    p.text(105, 48, "REGISTRO CIVIL DAS PESSOAS NATURAIS", "times-b", 10, anchor="m")
    p.text(105, 58, "CERTIDÃO DE NASCIMENTO", "times-b", 15, anchor="m")
    full = f"{person.given.upper()} {person.surname.upper()}"

    def box(x, y, w, lab, val, h=12, vf="arial-b", vs=10):
        p.rect(x, y, w, h, (80, 80, 80), WHITE, 0.25)
        p.text(x + 1.5, y + 3.5, lab, "arial", 6.2, (60, 60, 60))
        p.text(x + 2, y + h - 2.8, val, vf, vs)

    box(15, 64, 180, "NOME", full, vs=11)
    box(15, 77, 90, "CPF", fam.extra.get("cpf", "123.456.789-09"))
    mat = fam.extra.get("matricula", "118521 01 55 1992 1 00045 123 0012345 67")
    box(106, 77, 89, "MATRÍCULA", mat, vf="courier-b", vs=7.5)
    box(15, 90, 180, "DATA DE NASCIMENTO POR EXTENSO", pt_long(person.dob).upper(), vs=10)
    box(15, 103, 20, "DIA", f"{person.dob.day:02d}")
    box(36, 103, 20, "MÊS", f"{person.dob.month:02d}")
    box(57, 103, 25, "ANO", str(person.dob.year))
    box(83, 103, 30, "HORA", fam.extra.get("time", "14:20"))
    box(114, 103, 81, "NATURALIDADE", f"{person.birth_city.upper()} - {fam.extra.get('uf', 'SP')}")
    box(
        15,
        116,
        180,
        "LOCAL DE NASCIMENTO",
        fam.extra.get("hospital", "HOSPITAL SÃO LUIZ, SÃO PAULO - SP"),
    )
    box(
        15,
        129,
        120,
        "MUNICÍPIO DE REGISTRO E UNIDADE DA FEDERAÇÃO",
        f"{person.birth_city.upper()} - {fam.extra.get('uf', 'SP')}",
    )
    box(136, 129, 59, "SEXO", "FEMININO" if person.sex == "F" else "MASCULINO")
    p.rect(15, 142, 180, 20, (80, 80, 80), WHITE, 0.25)
    p.text(16.5, 145.5, "FILIAÇÃO", "arial", 6.2, (60, 60, 60))
    p.text(17, 151, fam.father.upper(), "arial-b", 10)
    p.text(17, 157.5, fam.mother.upper(), "arial-b", 10)
    p.rect(15, 163, 180, 20, (80, 80, 80), WHITE, 0.25)
    p.text(16.5, 166.5, "AVÓS", "arial", 6.2, (60, 60, 60))
    p.text(
        17,
        172,
        fam.extra.get("gp1", "PATERNOS: JOSÉ CARLOS DA SILVA E MARIA APARECIDA DA SILVA"),
        "arial",
        8.5,
    )
    p.text(17, 178, fam.extra.get("gp2", "MATERNOS: ANTÔNIO PEREIRA E LÚCIA PEREIRA"), "arial", 8.5)
    box(15, 184, 60, "GÊMEO", "NÃO")
    box(
        76,
        184,
        119,
        "DATA DO REGISTRO POR EXTENSO",
        pt_long(fam.registered_on or person.dob).upper(),
        vs=8.5,
    )
    box(15, 197, 90, "NÚMERO DA DNV", fam.extra.get("dnv", "31-12345678-9"))
    box(106, 197, 89, "AVERBAÇÕES / ANOTAÇÕES À ACRESCER", "NADA CONSTA")
    p.text(17, 218, "O conteúdo da certidão é verdadeiro. Dou fé.", "times-i", 10)
    cart = fam.extra.get(
        "cartorio", "OFICIAL DE REGISTRO CIVIL DAS PESSOAS NATURAIS DO 27º SUBDISTRITO - TATUAPÉ"
    )
    for i, ln in enumerate(wrap(cart, "arial-b", 8, 80)):
        p.text(17, 226 + i * 4, ln, "arial-b", 8)
    p.text(17, 236, fam.extra.get("cart_addr", "Rua Tuiuti, 1234 - São Paulo - SP"), "arial", 8)
    d = fam.issued_on
    p.text(120, 226, f"{person.birth_city}, {pt_long(d)}", "arial", 9)
    sig = Page(60, 16, bg=None)
    signature(sig, 3, 12, fam.officer or "Oficial", rng, w=36)
    p.group(sig, 125, 230, 0, "multiply")
    p.text(125, 252, fam.officer or "Oficial", "arial-b", 8.5)
    p.text(125, 256, "Oficial / Escrevente autorizado", "arial", 7.5)
    qr_like(p, 168, 252, 22, rng)
    f = _fields(
        person,
        "BRA",
        f"{person.birth_city.upper()} - {fam.extra.get('uf', 'SP')}",
        given=person.given.upper(),
        language="pt",
    )
    return Doc("birth_certificate", [p], f)


def birth_col(person: Person, fam: Family, rng) -> Doc:
    """Colombia: 'Registro Civil de Nacimiento' (Registraduría), boxed grid."""
    p = Page(216, 279)  # letter
    red = (150, 30, 40)
    p.text(108, 14, "REPÚBLICA DE COLOMBIA", "arial-b", 11, anchor="m")
    p.text(108, 19.5, "REGISTRADURÍA NACIONAL DEL ESTADO CIVIL", "arial-b", 9.5, red, anchor="m")
    p.text(108, 28, "REGISTRO CIVIL DE NACIMIENTO", "arial-b", 13, anchor="m")
    p.rect(150, 33, 55, 10, BLACK, None, 0.3)
    p.text(152, 36.5, "Indicativo Serial", "arial", 6.5)
    p.text(152, 41.5, fam.registry_no, "courier-b", 10, red)
    p.rect(10, 33, 60, 10, BLACK, None, 0.3)
    p.text(12, 36.5, "NUIP", "arial", 6.5)
    p.text(12, 41.5, fam.extra.get("nuip", "1.020.345.678"), "courier-b", 10)
    parts = person.surname.upper().split()
    first_ap = parts[0]
    second_ap = " ".join(parts[1:])

    def cell(x, y, w, lab, val, h=11):
        p.rect(x, y, w, h, BLACK, None, 0.25)
        p.text(x + 1.2, y + 3.2, lab, "arial", 6, (40, 40, 40))
        p.text(x + 1.8, y + h - 2.3, val, "courier-b", 9.5)

    y = 47
    p.rect(10, y, 196, 5, None, (225, 225, 225))
    p.text(12, y + 3.8, "Datos de la oficina de registro", "arial-b", 7.5)
    y += 5
    cell(10, y, 50, "Clase de oficina", "REGISTRADURÍA")
    cell(60, y, 30, "País", "COLOMBIA")
    cell(90, y, 50, "Departamento", fam.extra.get("dep", "BOGOTÁ D.C."))
    cell(140, y, 66, "Municipio", fam.extra.get("mun", "BOGOTÁ D.C."))
    y += 13
    p.rect(10, y, 196, 5, None, (225, 225, 225))
    p.text(12, y + 3.8, "Datos del inscrito", "arial-b", 7.5)
    y += 5
    cell(10, y, 65, "Primer Apellido", first_ap)
    cell(75, y, 65, "Segundo Apellido", second_ap)
    cell(140, y, 66, "Nombre(s)", person.given.upper())
    y += 11
    cell(10, y, 65, "Fecha de nacimiento  Año / Mes / Día", person.dob.strftime("%Y  /  %m  /  %d"))
    cell(75, y, 30, "Sexo", "FEMENINO" if person.sex == "F" else "MASCULINO")
    cell(105, y, 35, "Grupo sanguíneo", fam.extra.get("blood", "O"))
    cell(140, y, 66, "Factor RH", "+")
    y += 11
    cell(
        10,
        y,
        196,
        "Lugar de nacimiento (País - Departamento - Municipio - Corregimiento)",
        fam.extra.get("pob_full", "COLOMBIA - BOGOTÁ D.C. - BOGOTÁ D.C."),
    )
    y += 13
    for title, nm in (
        ("Datos de la madre", fam.mother.upper()),
        ("Datos del padre", fam.father.upper()),
    ):
        p.rect(10, y, 196, 5, None, (225, 225, 225))
        p.text(12, y + 3.8, title, "arial-b", 7.5)
        y += 5
        cell(10, y, 130, "Apellidos y nombres completos", nm)
        cell(140, y, 66, "Nacionalidad", "COLOMBIANA")
        y += 11
        cell(
            10,
            y,
            100,
            "Documento de identificación (Clase y número)",
            f"C.C. {int(rng.integers(10_000_000, 99_999_999)):,}".replace(",", "."),
        )
        cell(110, y, 96, "Profesión u oficio", fam.extra.get("job", "DOCENTE"))
        y += 13
    p.rect(10, y, 196, 5, None, (225, 225, 225))
    p.text(12, y + 3.8, "Datos del declarante", "arial-b", 7.5)
    y += 5
    cell(10, y, 130, "Apellidos y nombres completos", fam.father.upper())
    cell(140, y, 66, "Fecha de inscripción", (fam.registered_on or person.dob).strftime("%Y-%m-%d"))
    y += 18
    p.text(12, y, "ESPACIO PARA NOTAS", "arial-b", 7.5)
    p.rect(10, y + 2, 196, 18, BLACK, None, 0.25)
    y += 30
    d = fam.issued_on
    para(
        p,
        12,
        y,
        f"ES FIEL COPIA TOMADA DEL ORIGINAL QUE REPOSA EN ESTA OFICINA. Expedida en "
        f"Bogotá D.C., el {es_long(d)}.",
        190,
        "arial",
        8.5,
    )
    sig = Page(60, 16, bg=None)
    signature(sig, 3, 12, fam.officer or "Registrador", rng, w=36)
    p.group(sig, 130, y + 6, 0, "multiply")
    p.text(160, y + 28, "Firma del funcionario", "arial", 7.5, anchor="m")
    p.text(160, y + 32, fam.officer or "", "arial-b", 8, anchor="m")
    f = _fields(
        person,
        "COL",
        fam.extra.get("pob_truth", "BOGOTÁ D.C."),
        given=person.given.upper(),
        language="es",
    )
    return Doc("birth_certificate", [p], f)


def birth_mex(person: Person, fam: Family, rng) -> Doc:
    """Mexico: 'Acta de Nacimiento' (formato único), CURP, QR-like seal."""
    p = Page(216, 279)
    green = (0, 90, 60)
    guilloche(p, 0, 0, 216, 279, (220, 236, 226), rng, n=36, lw=0.1, waves=5)
    p.text(108, 14, "ESTADOS UNIDOS MEXICANOS", "arial-b", 12, green, anchor="m")
    p.text(108, 22, "ACTA DE NACIMIENTO", "arial-b", 16, anchor="m")
    p.text(14, 30, "Identificador Electrónico", "arial", 7)
    p.text(14, 34.5, fam.extra.get("ident", "14039001202000123"), "courier-b", 9)
    p.text(202, 30, "CURP", "arial", 7, anchor="r")
    p.text(202, 34.5, fam.extra.get("curp", ""), "courier-b", 9, anchor="r")
    rows = [
        ("Entidad de Registro", fam.extra.get("entidad", "JALISCO")),
        ("Municipio de Registro", fam.extra.get("municipio", "GUADALAJARA")),
        ("Oficialía", fam.extra.get("oficialia", "0001")),
        ("Fecha de Registro", (fam.registered_on or person.dob).strftime("%d/%m/%Y")),
        ("Libro", fam.extra.get("libro", "0007")),
        ("Número de Acta", fam.registry_no),
    ]
    x = 14
    for lab, val in rows:
        p.text(x, 42, lab, "arial", 6.5, (60, 60, 60))
        p.text(x, 47, val, "arial-b", 9)
        x += 32
    p.rect(12, 52, 192, 6, None, green)
    p.text(108, 56.5, "Datos de la persona registrada", "arial-b", 9, WHITE, anchor="m")
    parts = person.surname.upper().split()
    first, second = parts[0], " ".join(parts[1:])
    table(
        p,
        12,
        60,
        [64, 64, 64],
        [
            ["Nombre(s)", "Primer Apellido", "Segundo Apellido"],
            [person.given.upper(), first, second],
        ],
        "arial-b",
        9.5,
        row_h=7,
        header_font="arial",
        grid=None,
    )
    table(
        p,
        12,
        76,
        [40, 60, 92],
        [
            ["Sexo", "Fecha de Nacimiento", "Lugar de Nacimiento"],
            [
                "MUJER" if person.sex == "F" else "HOMBRE",
                person.dob.strftime("%d/%m/%Y"),
                fam.extra.get("pob_full", "GUADALAJARA, JALISCO"),
            ],
        ],
        "arial-b",
        9.5,
        row_h=7,
        header_font="arial",
        grid=None,
    )
    p.rect(12, 94, 192, 6, None, green)
    p.text(
        108, 98.5, "Datos de filiación de la persona registrada", "arial-b", 9, WHITE, anchor="m"
    )
    table(
        p,
        12,
        102,
        [96, 96],
        [
            ["Progenitor(a)", "Progenitor(a)"],
            [fam.father.upper(), fam.mother.upper()],
            ["Nacionalidad: MEXICANA", "Nacionalidad: MEXICANA"],
        ],
        "arial-b",
        9,
        row_h=7,
        header_font="arial",
        grid=None,
    )
    p.rect(12, 126, 192, 6, None, green)
    p.text(108, 130.5, "Anotaciones Marginales", "arial-b", 9, WHITE, anchor="m")
    p.text(14, 140, "SIN ANOTACIONES MARGINALES", "arial", 9)
    para(
        p,
        14,
        160,
        "Con fundamento en los artículos 39 del Código Civil Federal y 13 de la "
        "Ley del Registro Civil del Estado, se certifica que el presente documento es una copia "
        "fiel de la información que obra en la base de datos del Registro Civil.",
        150,
        "arial",
        8.5,
        leading=4.3,
    )
    qr_like(p, 172, 150, 30, rng)
    d = fam.issued_on
    p.text(
        14,
        190,
        f"Lugar y fecha de certificación: GUADALAJARA, JALISCO, A {es_long(d).upper()}",
        "arial",
        8.5,
    )
    sig = Page(60, 16, bg=None)
    signature(sig, 3, 12, fam.officer or "Director", rng, w=36)
    p.group(sig, 78, 196, 0, "multiply")
    p.text(108, 218, fam.officer or "", "arial-b", 9, anchor="m")
    p.text(108, 222.5, "DIRECTOR(A) GENERAL DEL REGISTRO CIVIL", "arial", 8, anchor="m")
    f = _fields(
        person,
        "MEX",
        fam.extra.get("pob_full", "GUADALAJARA, JALISCO"),
        given=person.given.upper(),
        language="es",
    )
    return Doc("birth_certificate", [p], f)


def birth_per(person: Person, fam: Family, rng) -> Doc:
    """Peru: RENIEC 'Acta de Nacimiento' certified copy."""
    p = Page(210, 297)
    red = (170, 20, 30)
    p.text(20, 16, "REGISTRO NACIONAL DE IDENTIFICACIÓN Y ESTADO CIVIL", "arial-b", 9, red)
    p.text(20, 21, "RENIEC", "arial-b", 16, red)
    p.text(190, 16, "REPÚBLICA DEL PERÚ", "arial-b", 9, anchor="r")
    p.text(105, 38, "ACTA DE NACIMIENTO", "arial-b", 16, anchor="m")
    p.text(105, 44, f"N° {fam.registry_no}", "courier-b", 11, anchor="m")
    parts = person.surname.upper().split()
    rows = [
        ("CUI / DNI", fam.extra.get("dni", "70123456")),
        ("PRIMER APELLIDO", parts[0]),
        ("SEGUNDO APELLIDO", " ".join(parts[1:])),
        ("PRENOMBRES", person.given.upper()),
        ("SEXO", "FEMENINO" if person.sex == "F" else "MASCULINO"),
        ("FECHA DE NACIMIENTO", person.dob.strftime("%d/%m/%Y")),
        ("LUGAR DE NACIMIENTO", fam.extra.get("pob_full", "LIMA - LIMA - MIRAFLORES")),
        ("NOMBRE DEL PADRE", fam.father.upper()),
        ("NOMBRE DE LA MADRE", fam.mother.upper()),
        ("OFICINA DE REGISTRO", fam.extra.get("office", "MUNICIPALIDAD DE MIRAFLORES")),
        ("FECHA DE INSCRIPCIÓN", (fam.registered_on or person.dob).strftime("%d/%m/%Y")),
    ]
    y = 56
    for lab, val in rows:
        p.rect(20, y, 170, 10, (120, 120, 120), None, 0.2)
        p.rect(20, y, 60, 10, None, (238, 238, 238))
        p.text(22, y + 6.5, lab, "arial-b", 8)
        p.text(84, y + 6.8, val, "courier-b", 10)
        y += 10
    d = fam.issued_on
    para(
        p,
        20,
        y + 12,
        f"Se expide la presente copia certificada a solicitud de parte, en Lima, el {es_long(d)}.",
        170,
        "arial",
        9,
    )
    sig = Page(60, 16, bg=None)
    signature(sig, 3, 12, fam.officer or "Registrador", rng, w=36)
    p.group(sig, 120, y + 18, 0, "multiply")
    p.text(150, y + 40, fam.officer or "", "arial-b", 8.5, anchor="m")
    p.text(150, y + 44, "REGISTRADOR CIVIL", "arial", 8, anchor="m")
    stamp = round_stamp("RENIEC", "REGISTRO CIVIL", ["LIMA"], r=15, color=STAMP_BLUE, size=6)
    p.group(stamp, 60, y + 20, float(rng.uniform(-15, 15)), "multiply", 0.7)
    f = _fields(
        person,
        "PER",
        fam.extra.get("pob_full", "LIMA - LIMA - MIRAFLORES"),
        given=person.given.upper(),
        language="es",
    )
    return Doc("birth_certificate", [p], f)


def birth_usa(person: Person, fam: Family, rng, state: str = "IL") -> Doc:
    """USA: a state certification of birth (Illinois style or California county style)."""
    p = Page(216, 279, bg=(244, 246, 250))
    guilloche(p, 0, 0, 216, 279, (214, 222, 238), rng, n=44, lw=0.1, waves=6)
    blue = (30, 50, 110)
    parts = person.given.split()
    first, middle = parts[0].upper(), " ".join(parts[1:]).upper()
    if state == "IL":
        p.rect(8, 8, 200, 263, blue, None, 1.2)
        p.rect(10, 10, 196, 259, blue, None, 0.3)
        emblem(p, 108, 26, 10, blue, 0)
        p.text(108, 45, "STATE OF ILLINOIS", "times-b", 16, blue, anchor="m")
        p.text(
            108,
            52,
            "DEPARTMENT OF PUBLIC HEALTH - DIVISION OF VITAL RECORDS",
            "times",
            9,
            anchor="m",
        )
        p.text(108, 64, "CERTIFICATION OF BIRTH", "times-b", 18, anchor="m")
        rows = [
            ("NAME", f"{first} {middle} {person.surname.upper()}".replace("  ", " ")),
            ("DATE OF BIRTH", en_long(person.dob).upper()),
            ("SEX", "FEMALE" if person.sex == "F" else "MALE"),
            (
                "PLACE OF BIRTH",
                f"{person.birth_city.upper()}, {fam.extra.get('county', 'COOK').upper()} COUNTY",
            ),
            ("FATHER'S NAME", fam.father.upper()),
            ("MOTHER'S MAIDEN NAME", fam.mother.upper()),
            ("DATE FILED", (fam.registered_on or person.dob).strftime("%B %d, %Y").upper()),
            ("STATE FILE NUMBER", fam.registry_no),
        ]
        y = 84
        for lab, val in rows:
            p.text(26, y, lab, "times-b", 10)
            p.text(86, y, val, "courier-b", 11)
            p.hline(86, 190, y + 1.8, (150, 160, 190), 0.2)
            y += 12
        para(
            p,
            26,
            y + 10,
            "THIS IS TO CERTIFY THAT THIS IS A TRUE AND CORRECT ABSTRACT OF THE "
            "OFFICIAL RECORD FILED WITH THE ILLINOIS DEPARTMENT OF PUBLIC HEALTH.",
            164,
            "times",
            9.5,
            leading=5,
        )
        d = fam.issued_on
        p.text(26, y + 30, f"DATE ISSUED: {d.strftime('%B %d, %Y').upper()}", "times-b", 9.5)
        sig = Page(60, 16, bg=None)
        signature(sig, 3, 12, fam.officer or "State Registrar", rng, w=36)
        p.group(sig, 120, y + 26, 0, "multiply")
        p.text(150, y + 46, fam.officer or "", "times-b", 9, anchor="m")
        p.text(150, y + 50, "STATE REGISTRAR", "times", 8.5, anchor="m")
        seal = round_stamp(
            "DEPARTMENT OF PUBLIC HEALTH",
            "STATE OF ILLINOIS",
            ["SEAL"],
            r=16,
            color=(120, 120, 130),
            size=5.5,
        )
        p.group(seal, 40, y + 38, 0, "multiply", 0.55)
        place = f"{person.birth_city.upper()}, {fam.extra.get('county', 'COOK').upper()} COUNTY"
    else:
        p.text(108, 14, "COUNTY OF LOS ANGELES", "times-b", 11, blue, anchor="m")
        p.text(108, 19, "REGISTRAR-RECORDER/COUNTY CLERK", "times", 8.5, anchor="m")
        p.text(108, 26, "CERTIFIED COPY OF VITAL RECORD", "times-b", 10, anchor="m")
        p.rect(10, 30, 196, 146, BLACK, WHITE, 0.4)
        p.text(108, 37, "CERTIFICATE OF LIVE BIRTH", "arial-b", 12, anchor="m")
        p.text(14, 37, "STATE OF CALIFORNIA", "arial", 7)
        p.text(202, 37, f"STATE FILE NUMBER {fam.registry_no}", "arial", 7, anchor="r")

        def c(x, y, w, lab, val, h=12):
            p.rect(x, y, w, h, BLACK, None, 0.2)
            p.text(x + 1, y + 3, lab, "arial", 5.6)
            p.text(x + 2, y + h - 2.5, val, "courier-b", 9.5)

        y = 41
        c(10, y, 66, "1A. NAME OF CHILD - FIRST (GIVEN)", first)
        c(76, y, 60, "1B. MIDDLE", middle)
        c(136, y, 70, "1C. LAST (FAMILY)", person.surname.upper())
        y += 12
        c(10, y, 30, "2. SEX", "F" if person.sex == "F" else "M")
        c(40, y, 46, "3A. THIS BIRTH - SINGLE, TWIN, ETC.", "SINGLE")
        c(86, y, 60, "4A. DATE OF BIRTH - MM/DD/CCYY", person.dob.strftime("%m/%d/%Y"))
        c(146, y, 60, "4B. HOUR (24 HOUR CLOCK)", fam.extra.get("time", "0742"))
        y += 12
        c(
            10,
            y,
            196,
            "5A. PLACE OF BIRTH - NAME OF HOSPITAL OR FACILITY",
            fam.extra.get("hospital", "CEDARS-SINAI MEDICAL CENTER"),
        )
        y += 12
        c(10, y, 110, "5B. STREET ADDRESS", fam.extra.get("street", "8700 BEVERLY BLVD"))
        c(120, y, 46, "5C. CITY", person.birth_city.upper())
        c(166, y, 40, "5D. COUNTY", "LOS ANGELES")
        y += 12
        fp = fam.father.upper().split()
        c(10, y, 66, "6A. NAME OF FATHER/PARENT - FIRST", fp[0])
        c(76, y, 60, "6B. MIDDLE", " ".join(fp[1:-1]))
        c(136, y, 70, "6C. LAST", fp[-1])
        y += 12
        mp = fam.mother.upper().split()
        c(10, y, 66, "8A. NAME OF MOTHER/PARENT - FIRST", mp[0])
        c(76, y, 60, "8B. MIDDLE", " ".join(mp[1:-1]))
        c(136, y, 70, "8C. LAST (BIRTH NAME)", mp[-1])
        y += 12
        c(10, y, 98, "9. STATE OF BIRTH", "NEW YORK")
        c(108, y, 98, "10. DATE OF BIRTH", "")
        y += 18
        p.text(14, y, "CERTIFIER / LOCAL REGISTRAR", "arial-b", 7)
        c(10, y + 2, 98, "17A. LOCAL REGISTRAR", fam.officer.upper() if fam.officer else "")
        c(
            108,
            y + 2,
            98,
            "17B. DATE ACCEPTED FOR REGISTRATION",
            (fam.registered_on or person.dob).strftime("%m/%d/%Y"),
        )
        para(
            p,
            12,
            190,
            "This is a true certified copy of the record if it bears the seal, "
            "imprinted with the signature of the Registrar-Recorder/County Clerk.",
            190,
            "times",
            9,
        )
        d = fam.issued_on
        p.text(12, 202, f"DATE ISSUED {d.strftime('%b %d, %Y').upper()}", "arial-b", 8.5)
        sig = Page(60, 16, bg=None)
        signature(sig, 3, 12, "Dean C. Logan", rng, w=36)
        p.group(sig, 120, 194, 0, "multiply")
        p.text(150, 216, "REGISTRAR-RECORDER/COUNTY CLERK", "arial", 7, anchor="m")
        seal = round_stamp(
            "COUNTY OF LOS ANGELES",
            "REGISTRAR-RECORDER",
            ["SEAL"],
            r=15,
            color=(120, 120, 130),
            size=5.2,
        )
        p.group(seal, 30, 210, 0, "multiply", 0.5)
        p.text(
            108,
            262,
            "ANY ALTERATION OR ERASURE VOIDS THIS CERTIFICATE",
            "arial-b",
            7.5,
            (120, 40, 40),
            anchor="m",
        )
        place = f"{person.birth_city.upper()}, LOS ANGELES"
    f = _fields(person, "USA", place, given=person.given.upper(), language="en")
    return Doc("birth_certificate", [p], f)


# ------------------------------------------------------------------ Europe


def birth_gbr(person: Person, fam: Family, rng) -> Doc:
    """UK: 'Certified copy of an entry of birth' (GRO), landscape, ten columns."""
    p = Page(297, 210, bg=(250, 236, 236))
    red = (150, 40, 50)
    guilloche(p, 0, 0, 297, 210, (240, 215, 215), rng, n=36, lw=0.1, waves=6)
    p.text(148, 14, "CERTIFIED COPY OF AN ENTRY OF BIRTH", "times-b", 14, red, anchor="m")
    p.text(148, 20, "GIVEN AT THE GENERAL REGISTER OFFICE", "times", 9, red, anchor="m")
    p.text(
        270,
        14,
        f"Application Number {fam.extra.get('app', 'G123456')}",
        "times",
        8,
        red,
        anchor="r",
    )
    p.text(20, 32, "REGISTRATION DISTRICT", "times", 8, red)
    p.text(64, 32, fam.extra.get("district", "Camden"), "hand", 12, REG_INK)
    yr = person.dob.year
    p.text(20, 40, f"{yr}  BIRTH in the Sub-district of", "times", 8, red)
    p.text(80, 40, fam.extra.get("sub", "Holborn"), "hand", 12, REG_INK)
    p.text(150, 40, "in the", "times", 8, red)
    p.text(164, 40, fam.extra.get("county", "Greater London"), "hand", 12, REG_INK)
    cols = [
        ("1", "No."),
        ("2", "When and\nwhere born"),
        ("3", "Name, if any"),
        ("4", "Sex"),
        ("5", "Name and surname\nof father"),
        ("6", "Name, surname and\nmaiden surname\nof mother"),
        ("7", "Occupation\nof father"),
        ("8", "Signature, description and\nresidence of informant"),
        ("9", "When\nregistered"),
        ("10", "Signature of\nregistrar"),
    ]
    widths = [10, 36, 34, 12, 32, 36, 24, 44, 22, 26]
    x0, y0 = 12, 46
    x = x0
    for (n, t), w in zip(cols, widths):
        p.rect(x, y0, w, 18, red, None, 0.3)
        p.text(x + w / 2, y0 + 4, n, "times-b", 7, red, anchor="m")
        for i, ln in enumerate(t.split("\n")):
            p.text(x + w / 2, y0 + 8 + i * 3.2, ln, "times", 6.2, red, anchor="m")
        x += w
    vals = [
        fam.registry_no,
        f"{person.dob.day} {en_long(person.dob).split()[0]}\n{person.dob.year}\n"
        f"{fam.extra.get('hospital', 'University College Hospital')}",
        f"{person.given}",
        "Girl" if person.sex == "F" else "Boy",
        fam.father,
        f"{fam.mother}\nformerly\n{fam.extra.get('mother_maiden', fam.mother.split()[-1])}",
        fam.extra.get("father_job", "Engineer"),
        f"{fam.father}\nFather\n{fam.extra.get('home', '12 Hope Street, London')}",
        (fam.registered_on or person.dob).strftime("%d %B\n%Y"),
        fam.extra.get("registrar", "J. Smith\nRegistrar"),
    ]
    x = x0
    for v, w in zip(vals, widths):
        p.rect(x, y0 + 18, w, 46, red, None, 0.3)
        yy = y0 + 25
        for ln in v.split("\n"):
            for sub in wrap(ln, "hand", 9.5, w - 3):
                hand(p, x + 1.5, yy, sub, rng, "hand", 9.5, (30, 30, 40), jitter=0.15)
                yy += 4.5
        x += w
    p.text(
        20,
        124,
        "CERTIFIED to be a true copy of an entry in the certified copy of a Register "
        "of Births in the District above mentioned.",
        "times",
        8.5,
        red,
    )
    d = fam.issued_on
    p.text(
        20,
        131,
        f"Given at the GENERAL REGISTER OFFICE, under the Seal of the said Office, "
        f"the {d.day} day of {en_long(d).split()[0]} {d.year}",
        "times",
        8.5,
        red,
    )
    seal = round_stamp(
        "GENERAL REGISTER OFFICE", "ENGLAND", ["SEAL"], r=14, color=(170, 90, 100), size=5.2
    )
    p.group(seal, 240, 120, 0, "multiply", 0.7)
    p.text(20, 150, f"BXA {fam.extra.get('serial', '123456')}", "times-b", 9, red)
    p.text(
        148,
        186,
        "CAUTION: THERE ARE OFFENCES RELATING TO FALSIFYING OR ALTERING A "
        "CERTIFICATE AND USING OR POSSESSING A FALSE CERTIFICATE. ©CROWN COPYRIGHT",
        "times-b",
        7,
        red,
        anchor="m",
    )
    p.text(
        148,
        193,
        "WARNING: A CERTIFICATE IS NOT EVIDENCE OF IDENTITY.",
        "times-b",
        8,
        red,
        anchor="m",
    )
    f = _fields(
        person,
        "GBR",
        fam.extra.get("hospital", "University College Hospital")
        + ", "
        + fam.extra.get("district", "Camden"),
        given=person.given,
        language="en",
    )
    return Doc(
        "birth_certificate",
        [p],
        f,
        "UK GRO certified copy: names handwritten in the register columns",
    )


def birth_ukr(person: Person, fam: Family, rng, cyr: dict) -> Doc:
    """Ukraine: 'Свідоцтво про народження' (Cyrillic only)."""
    p = Page(148, 210, bg=(240, 244, 236))  # A5 booklet-like certificate
    guilloche(p, 0, 0, 148, 210, (205, 220, 200), rng, n=30, lw=0.1, waves=4)
    p.rect(5, 5, 138, 200, (90, 120, 90), None, 0.6)
    emblem(p, 74, 20, 7, (40, 80, 150), 1)
    p.text(74, 35, "УКРАЇНА", "times-b", 12, anchor="m")
    p.text(74, 44, "СВІДОЦТВО", "times-b", 16, anchor="m")
    p.text(74, 50, "ПРО НАРОДЖЕННЯ", "times-b", 12, anchor="m")
    y = 62
    rows = [
        ("Прізвище", cyr["surname"]),
        ("Ім'я", cyr["given"]),
        ("По батькові", cyr.get("patronymic", "")),
        ("народився(лася)", person.dob.strftime("%d.%m.%Y")),
        ("", cyr.get("dob_words", "")),
        ("Місце народження", cyr.get("pob", "м. Київ, Україна")),
        (
            "про що",
            f"{(fam.registered_on or person.dob).strftime('%d.%m.%Y')} року складено "
            f"відповідний актовий запис № {fam.registry_no}",
        ),
        ("Батько", cyr.get("father", "")),
        ("громадянство", "України"),
        ("Мати", cyr.get("mother", "")),
        ("громадянство", "України"),
        (
            "Місце державної реєстрації",
            cyr.get("office", "Шевченківський районний у м. Києві відділ ДРАЦС"),
        ),
        ("Дата видачі", fam.issued_on.strftime("%d.%m.%Y")),
    ]
    for lab, val in rows:
        if lab:
            p.text(12, y, lab, "times-i", 8.5, (60, 60, 60))
        for i, ln in enumerate(wrap(val, "times-b", 10, 120 if not lab else 90)):
            p.text(52 if lab else 12, y + i * 4.6, ln, "times-b", 10)
            if i:
                y += 4.6
        y += 7.4
    p.text(12, y + 6, "Посадова особа", "times-i", 8.5)
    sig = Page(40, 12, bg=None)
    signature(sig, 2, 9, fam.officer or "Officer", rng, w=24)
    p.group(sig, 40, y, 0, "multiply")
    st = round_stamp("УКРАЇНА", "ВІДДІЛ ДРАЦС", ["М. КИЇВ"], r=13, color=STAMP_BLUE, size=5)
    p.group(st, 90, y - 8, float(rng.uniform(-15, 15)), "multiply", 0.7)
    p.text(
        74,
        200,
        f"Серія І-КВ № {fam.extra.get('series', '123456')}",
        "times-b",
        10,
        (170, 30, 30),
        anchor="m",
    )
    f = _fields(
        person,
        "UKR",
        cyr.get("pob", "м. Київ, Україна"),
        surname=cyr["surname"],
        given=cyr["given"],
        language="uk",
    )
    return Doc(
        "birth_certificate",
        [p],
        f,
        "Ukrainian certificate in Cyrillic only: names must be transliterated",
    )


def birth_tur(person: Person, fam: Family, rng) -> Doc:
    """Turkey: CIEC multilingual extract (Formül A - Doğum kaydı örneği)."""
    p = Page(210, 297)
    p.text(105, 14, "TÜRKİYE CUMHURİYETİ", "times-b", 11, anchor="m")
    p.text(
        105,
        20,
        "İÇİŞLERİ BAKANLIĞI - NÜFUS VE VATANDAŞLIK İŞLERİ GENEL MÜDÜRLÜĞÜ",
        "times",
        8.5,
        anchor="m",
    )
    p.text(20, 30, "FORMÜL A", "times-b", 10)
    titles = [
        "DOĞUM KAYIT ÖRNEĞİ",
        "EXTRAIT D'ACTE DE NAISSANCE",
        "AUSZUG AUS DEM GEBURTSEINTRAG",
        "EXTRACT FROM THE REGISTER OF BIRTHS",
        "ESTRATTO DELL'ATTO DI NASCITA",
        "UITTREKSEL UIT DE GEBOORTEAKTE",
    ]
    for i, t in enumerate(titles):
        p.text(
            105, 38 + i * 4.6, t, "times-b" if i == 0 else "times", 10 if i == 0 else 8, anchor="m"
        )
    labels = [
        (
            "1",
            "Doğum tarihi / Date de naissance / Geburtsdatum / Date of birth",
            person.dob.strftime("%d.%m.%Y"),
        ),
        (
            "2",
            "Doğum yeri / Lieu de naissance / Geburtsort / Place of birth",
            person.birth_city.upper(),
        ),
        ("3", "Soyadı / Nom / Familienname / Surname", person.surname.upper()),
        ("4", "Adları / Prénoms / Vornamen / Forenames", person.given.upper()),
        ("5", "Cinsiyeti / Sexe / Geschlecht / Sex", person.sex),
        ("6", "Babanın soyadı ve adı / Nom et prénoms du père / Father", fam.father.upper()),
        ("7", "Ananın soyadı ve adı / Nom et prénoms de la mère / Mother", fam.mother.upper()),
        (
            "8",
            "Kütük bilgileri / Références du registre / Register",
            f"{fam.extra.get('reg', 'İSTANBUL / KADIKÖY / Cilt 12 Aile 345 Sıra 3')}",
        ),
    ]
    y = 74
    for n, lab, val in labels:
        p.rect(16, y, 178, 16, (100, 100, 100), None, 0.25)
        p.text(19, y + 5, n, "times-b", 10)
        p.text(26, y + 5, lab, "times", 7.2)
        p.text(26, y + 12.5, val, "courier-b", 11)
        y += 16
    p.text(
        20,
        y + 10,
        "Kodlar / Codes: F = Kadın / Féminin / Female, M = Erkek / Masculin / Male",
        "times-i",
        8,
    )
    d = fam.issued_on
    p.text(
        20, y + 22, f"Veriliş tarihi / Date de délivrance: {d.strftime('%d.%m.%Y')}", "times", 9.5
    )
    st = round_stamp(
        "T.C. KADIKÖY", "NÜFUS MÜDÜRLÜĞÜ", ["İSTANBUL"], r=15, color=STAMP_BLUE, size=5.5
    )
    officer_block(p, 120, y + 34, "Nüfus Müdürü / Registrar", fam.officer, rng, st)
    f = _fields(
        person, "TUR", person.birth_city.upper(), given=person.given.upper(), language="multi"
    )
    return Doc("birth_certificate", [p], f, "CIEC multilingual extract (Formule A)")


def birth_ita(person: Person, fam: Family, rng) -> Doc:
    """Italy: 'Estratto per riassunto dell'atto di nascita', Comune."""
    p = Page(210, 297)
    emblem(p, 105, 20, 8, (20, 90, 40), 1)
    p.text(105, 36, f"COMUNE DI {person.birth_city.upper()}", "times-b", 13, anchor="m")
    p.text(105, 42, "Ufficio dello Stato Civile", "times-i", 10, anchor="m")
    p.text(105, 56, "ESTRATTO PER RIASSUNTO DELL'ATTO DI NASCITA", "times-b", 12, anchor="m")
    p.text(
        105,
        63,
        f"Anno {person.dob.year}  -  Parte I  -  Serie A  -  Numero {fam.registry_no}",
        "times",
        10,
        anchor="m",
    )
    y = 80
    rows = [
        ("Cognome", person.surname.upper()),
        ("Nome", person.given.upper()),
        ("Sesso", person.sex),
        ("Luogo di nascita", person.birth_city.upper()),
        ("Data di nascita", person.dob.strftime("%d/%m/%Y")),
        ("Paternità", fam.father.upper()),
        ("Maternità", fam.mother.upper()),
    ]
    for lab, val in rows:
        p.text(24, y, lab, "times", 11)
        p.text(80, y, val, "courier-b", 11)
        y += 9
    p.text(24, y + 6, "ANNOTAZIONI:", "times-b", 10)
    p.text(24, y + 13, "Nessuna.", "times", 10)
    d = fam.issued_on
    p.text(24, y + 30, f"{person.birth_city.title()}, lì {d.strftime('%d/%m/%Y')}", "times", 10)
    st = round_stamp(
        f"COMUNE DI {person.birth_city.upper()}",
        "STATO CIVILE",
        ["★"],
        r=15,
        color=STAMP_BLUE,
        size=5.6,
    )
    officer_block(p, 120, y + 40, "L'Ufficiale dello Stato Civile", fam.officer, rng, st)
    p.text(
        105,
        280,
        "Esente da bollo e da legalizzazione ai sensi del Reg. (UE) 2016/1191",
        "times-i",
        8,
        (90, 90, 90),
        anchor="m",
    )
    f = _fields(person, "ITA", person.birth_city.upper(), given=person.given.upper(), language="it")
    return Doc("birth_certificate", [p], f)


def birth_prt(person: Person, fam: Family, rng) -> Doc:
    """Portugal: 'Certidão de nascimento' from a Conservatória do Registo Civil."""
    p = Page(210, 297)
    p.text(105, 18, "REPÚBLICA PORTUGUESA", "times-b", 12, anchor="m")
    p.text(105, 24, "INSTITUTO DOS REGISTOS E DO NOTARIADO", "times", 9, anchor="m")
    p.text(
        105, 30, f"Conservatória do Registo Civil de {person.birth_city}", "times-i", 10, anchor="m"
    )
    p.text(105, 44, "CERTIDÃO DE NASCIMENTO", "times-b", 14, anchor="m")
    p.text(
        105,
        51,
        f"Assento de Nascimento N.º {fam.registry_no} do ano de {person.dob.year}",
        "times",
        10,
        anchor="m",
    )
    rows = [
        ("Nome", f"{person.given} {person.surname}"),
        ("Sexo", "Feminino" if person.sex == "F" else "Masculino"),
        ("Data do nascimento", pt_long(person.dob)),
        ("Hora", fam.extra.get("time", "09:35")),
        ("Freguesia", fam.extra.get("freg", "Santa Maria Maior")),
        ("Concelho", person.birth_city),
        ("País", "Portugal"),
        ("Pai", fam.father),
        ("Mãe", fam.mother),
    ]
    y = 68
    for lab, val in rows:
        p.text(24, y, lab + ":", "times-b", 10.5)
        p.text(72, y, val, "times", 11)
        y += 8.5
    p.text(24, y + 6, "Averbamentos: Não há.", "times", 10)
    d = fam.issued_on
    para(
        p,
        24,
        y + 18,
        f"Está conforme o original. Conservatória do Registo Civil de "
        f"{person.birth_city}, {pt_long(d)}.",
        160,
        "times",
        10,
    )
    st = round_stamp(
        "CONSERVATÓRIA DO REGISTO CIVIL",
        person.birth_city.upper(),
        ["IRN"],
        r=15,
        color=STAMP_BLUE,
        size=5.2,
    )
    officer_block(p, 120, y + 36, "O Conservador", fam.officer, rng, st)
    f = _fields(
        person,
        "PRT",
        f"{fam.extra.get('freg', 'Santa Maria Maior')}, {person.birth_city}",
        surname=person.surname,
        given=person.given,
        language="pt",
    )
    return Doc("birth_certificate", [p], f)


# ------------------------------------------------------------------ apostilles


@dataclass
class ApostilleSpec:
    country: str  # as printed, e.g. "Maroc", "United States of America"
    signed_by: str
    capacity: str
    seal_of: str
    at: str
    on: date
    by: str
    number: str
    style: str = "bi"  # bi, us, uk, es, pt, zh, uk_ua, ph, mx


def apostille(spec: ApostilleSpec, rng, page_size=(210, 297)) -> Doc:
    w, h = page_size
    p = Page(w, h)
    s = spec.style
    fr_items = [
        "Pays",
        "Le présent acte public",
        "a été signé par",
        "agissant en qualité de",
        "est revêtu du sceau / timbre de",
        "Attesté",
        "à",
        "le",
        "par",
        "sous n°",
        "Sceau / timbre",
        "Signature",
    ]
    en_items = [
        "Country",
        "This public document",
        "has been signed by",
        "acting in the capacity of",
        "bears the seal / stamp of",
        "Certified",
        "at",
        "the",
        "by",
        "No",
        "Seal / stamp",
        "Signature",
    ]
    es_items = [
        "País",
        "El presente documento público",
        "ha sido firmado por",
        "quien actúa en calidad de",
        "y está revestido del sello / timbre de",
        "Certificado",
        "en",
        "el día",
        "por",
        "bajo el número",
        "Sello / timbre",
        "Firma",
    ]
    pt_items = [
        "País",
        "Este documento público",
        "foi assinado por",
        "na qualidade de",
        "tem o selo / carimbo de",
        "Reconhecido",
        "em",
        "no dia",
        "por",
        "sob o nº",
        "Selo / carimbo",
        "Assinatura",
    ]
    vals = {
        1: spec.country,
        2: spec.signed_by,
        3: spec.capacity,
        4: spec.seal_of,
        5: spec.at,
        6: spec.on,
        7: spec.by,
        8: spec.number,
    }
    if s in ("us", "uk", "ph"):
        langs = [en_items]
    elif s in ("es", "mx"):
        langs = [es_items, en_items]
    elif s == "pt":
        langs = [pt_items, en_items, fr_items]
    elif s == "zh":
        langs = [en_items]
    elif s == "uk_ua":
        langs = [
            [
                "Країна",
                "Цей офіційний документ",
                "підписаний",
                "який виступає як",
                "скріплений печаткою / штампом",
                "Засвідчено",
                "в",
                "дата",
                "ким",
                "за №",
                "Печатка / штамп",
                "Підпис",
            ],
            en_items,
        ]
    else:
        langs = [fr_items, en_items]

    def lab(i):
        return " / ".join(items[i] for items in langs)

    bx, by, bw = 25, 30, 160
    if s == "ph":
        p.rect(bx - 5, by - 8, bw + 10, 190, (40, 70, 160), (236, 242, 252), 1.0)
    elif s == "uk":
        p.rect(bx - 5, by - 8, bw + 10, 190, (60, 60, 60), None, 0.6)
        emblem(p, 105, by + 2, 7, (60, 60, 60), 1)
        by += 12
    elif s in ("pt", "es", "mx"):
        p.rect(bx - 5, by - 8, bw + 10, 200, (0, 80, 60), None, 0.8)
    else:
        p.rect(bx - 5, by - 8, bw + 10, 190, BLACK, None, 0.5)
    title = {
        "es": "APOSTILLA",
        "mx": "APOSTILLE",
        "pt": "APOSTILA",
        "zh": "附加证明书",
        "uk_ua": "АПОСТИЛЬ",
    }.get(s, "APOSTILLE")
    if s == "zh":
        p.text(105, by + 4, title, "cjk", 16, anchor="m")
        p.text(105, by + 11, "APOSTILLE", "times-b", 16, anchor="m")
        by += 7
    else:
        p.text(105, by + 4, title, "times-b", 20, anchor="m")
        if title != "APOSTILLE":
            by += 7
            p.text(105, by + 4, "APOSTILLE", "times-b", 14, anchor="m")
    p.text(105, by + 11, "(Convention de La Haye du 5 octobre 1961)", "times-i", 10, anchor="m")
    y = by + 24
    size = 9 if len(langs) < 3 else 7.6
    vfont = "courier-b" if s not in ("uk",) else "arial-b"

    def row(num, i, val, yy):
        p.text(bx, yy, f"{num}.", "times-b", size + 1)
        lw = p.text(bx + 6, yy, lab(i), "times", size)
        vx = bx + 6 + lw + 2
        if vx > bx + bw - 50:
            yy += 5
            vx = bx + 12
        if isinstance(val, date):
            val = {
                "us": en_long,
                "uk": en_dmy_long,
                "ph": en_long,
                "pt": pt_long,
                "es": es_long,
                "mx": es_long,
            }.get(s, lambda d: d.strftime("%d/%m/%Y"))(val)
        for j, ln in enumerate(wrap(str(val), vfont, size + 1, bx + bw - vx)):
            p.text(vx, yy + j * 4.6, ln, vfont, size + 1)
            if j:
                yy += 4.6
        return yy + 8

    y = row(1, 0, vals[1], y)
    p.text(bx, y, lab(1), "times-i", size)
    y += 8
    y = row(2, 2, vals[2], y)
    y = row(3, 3, vals[3], y)
    y = row(4, 4, vals[4], y)
    p.text(105, y, lab(5), "times-b", size + 1, anchor="m")
    y += 8
    p.text(bx, y, "5.", "times-b", size + 1)
    lw = p.text(bx + 6, y, lab(6), "times", size)
    p.text(bx + 8 + lw, y, spec.at, vfont, size + 1)
    p.text(bx + 88, y, "6.", "times-b", size + 1)
    lw2 = p.text(bx + 94, y, lab(7), "times", size)
    on_txt = {
        "us": en_long,
        "uk": en_dmy_long,
        "ph": en_long,
        "pt": pt_long,
        "es": es_long,
        "mx": es_long,
    }.get(s, lambda d: d.strftime("%d/%m/%Y"))(spec.on)
    if bx + 96 + lw2 + text_width(on_txt, vfont, size + 1) > bx + bw + 4:
        y += 5
        p.text(bx + 94, y, on_txt, vfont, size + 1)
    else:
        p.text(bx + 96 + lw2, y, on_txt, vfont, size + 1)
    y += 9
    y = row(7, 8, vals[7], y)
    y = row(8, 9, vals[8], y)
    p.text(bx, y + 2, "9.", "times-b", size + 1)
    p.text(bx + 6, y + 2, lab(10), "times", size)
    p.text(bx + 88, y + 2, "10.", "times-b", size + 1)
    p.text(bx + 96, y + 2, lab(11), "times", size)
    seal_c = {"us": (150, 120, 40), "uk": (60, 60, 60), "zh": (200, 30, 30)}.get(s, STAMP_BLUE)
    seal = round_stamp(
        spec.seal_of.upper()[:34],
        spec.country.upper()[:30],
        ["APOSTILLE"],
        r=17,
        color=seal_c,
        size=5.2,
    )
    p.group(seal, bx + 4, y + 6, float(rng.uniform(-20, 20)), "multiply", 0.8)
    sig = Page(60, 18, bg=None)
    signature(sig, 3, 13, spec.by, rng, w=40)
    p.group(sig, bx + 90, y + 8, 0, "multiply")
    if s in ("pt", "es", "mx"):
        qr_like(p, bx + bw - 28, y + 30, 26, rng)
        p.text(
            bx,
            y + 50,
            "Verifique a autenticidade / Verifique la autenticidad en línea con el código",
            "arial",
            7,
            (60, 60, 60),
        )
    fields = {
        "country": spec.country,
        "issued_on": spec.on.isoformat(),
        "number": spec.number,
        "signed_by": spec.by,
    }
    return Doc("apostille", [p], fields)


# ------------------------------------------------------------------ sworn translation


def translation(
    src_lang_fr: str,
    translator: str,
    court: str,
    person: Person,
    fam: Family,
    rng,
    src_doc_title: str,
    src_country_fr: str,
    when: date,
    number: str,
    pob: str,
) -> Doc:
    """A 'traduction certifiée conforme' by a traducteur expert près une cour d'appel."""
    p = Page(210, 297)
    p.text(20, 18, translator, "times-b", 13)
    p.text(20, 24, f"Traducteur-interprète expert près la {court}", "times-i", 9.5)
    p.text(20, 29, f"Langue {src_lang_fr} - français", "times-i", 9.5)
    p.text(20, 34, "8 rue Saint-Augustin, 75002 Paris  -  Tél. 01 42 61 00 00", "times", 8.5)
    p.hline(20, 190, 37, BLACK, 0.4)
    p.text(190, 46, f"Traduction n° {number}", "times", 9, anchor="r")
    p.text(105, 56, "TRADUCTION", "times-b", 15, anchor="m")
    p.text(
        105,
        62,
        f"(de l'{src_lang_fr} au français)"
        if src_lang_fr[0] in "aeiou"
        else f"(du {src_lang_fr} au français)",
        "times-i",
        10,
        anchor="m",
    )
    p.text(20, 74, f"[{src_country_fr}]", "times-b", 10)
    p.text(20, 80, f"[{src_doc_title}]", "times-b", 10)
    y = 92
    rows = [
        ("Nom", person.surname.upper()),
        ("Prénom(s)", person.given),
        ("Date de naissance", fr_long(person.dob)),
        ("Lieu de naissance", pob),
        ("Sexe", "féminin" if person.sex == "F" else "masculin"),
        ("Père", fam.father),
        ("Mère", fam.mother),
        ("Acte n°", fam.registry_no),
        ("Date de délivrance", fr_long(fam.issued_on)),
    ]
    for lab, val in rows:
        p.text(24, y, lab + " :", "times", 10.5)
        p.text(76, y, val, "times-b", 10.5)
        y += 7.5
    p.text(24, y + 4, "[Sceau rond illisible]  [Signature illisible]", "times-i", 9.5)
    y += 20
    para(
        p,
        20,
        y,
        f"Je soussigné(e), {translator}, traducteur-interprète expert près la "
        f"{court}, certifie que la présente traduction est conforme à l'original rédigé en "
        f"langue {src_lang_fr}, qui m'a été présenté et que j'ai paraphé ne varietur.",
        170,
        "times",
        10.5,
        leading=5.4,
        align="j",
    )
    y += 24
    p.text(110, y, f"Fait à Paris, le {fr_long(when)}", "times", 10.5)
    st = round_stamp(
        translator.upper()[:30],
        "EXPERT PRES LA " + court.upper()[9:30],
        ["TRADUCTEUR", src_lang_fr.upper()],
        r=18,
        color=STAMP_BLUE,
        size=5.2,
    )
    p.group(st, 110, y + 4, float(rng.uniform(-15, 15)), "multiply", 0.8)
    sig = Page(60, 18, bg=None)
    signature(sig, 3, 13, translator, rng, w=40)
    p.group(sig, 140, y + 10, 0, "multiply")
    p.text(
        105,
        285,
        "Traduction certifiée conforme - toute reproduction partielle est interdite",
        "times-i",
        7.5,
        (90, 90, 90),
        anchor="m",
    )
    return Doc(
        "translation",
        [p],
        {},
        f"sworn translation of a {src_country_fr} birth certificate ({src_lang_fr})",
    )


BIRTH = {
    "DZA": birth_dza,
    "MAR": birth_mar,
    "TUN": birth_tun,
    "SEN": birth_sen,
    "CIV": birth_civ,
    "CMR": birth_cmr,
    "MLI": birth_mli,
    "COD": birth_cod,
    "IND": birth_ind,
    "VNM": birth_vnm,
    "PHL": birth_phl,
    "BRA": birth_bra,
    "COL": birth_col,
    "MEX": birth_mex,
    "PER": birth_per,
    "GBR": birth_gbr,
    "TUR": birth_tur,
    "ITA": birth_ita,
    "PRT": birth_prt,
}
