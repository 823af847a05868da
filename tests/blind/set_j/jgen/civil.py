"""Birth certificates of many countries, apostilles and sworn translations (own layouts)."""

from __future__ import annotations

import datetime as dt

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm

from . import draw as D
from .core import MONTHS_EN, MONTHS_FR, en_words, es_words, fold, fr_date, fr_words, pt_words, rng
from .people import C, Person

W, H = A4

NUM_FR = [
    "",
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
    "vingt",
    "vingt et un",
    "vingt-deux",
    "vingt-trois",
    "vingt-quatre",
    "vingt-cinq",
    "vingt-six",
    "vingt-sept",
    "vingt-huit",
    "vingt-neuf",
    "trente",
    "trente et un",
]


def _year_fr(y: int) -> str:
    tens = {
        0: "",
        1: "dix",
        2: "vingt",
        3: "trente",
        4: "quarante",
        5: "cinquante",
        6: "soixante",
        7: "soixante",
        8: "quatre-vingt",
        9: "quatre-vingt",
    }
    u = y % 100
    if y >= 2000:
        head = "deux mille"
    else:
        head = "mil neuf cent"
    if u == 0:
        return head
    if u < 32:
        return f"{head} {NUM_FR[u]}"
    t, d_ = divmod(u, 10)
    if t in (7, 9):
        base = tens[t]
        rest = NUM_FR[10 + d_]
        sep = " et " if (t == 7 and d_ == 1) else "-"
        return f"{head} {base}{sep}{rest}"
    word = tens[t] + ("s" if t == 8 and d_ == 0 else "")
    if d_ == 0:
        return f"{head} {word}"
    sep = " et " if d_ == 1 and t != 8 else "-"
    return f"{head} {word}{sep}{NUM_FR[d_]}"


def date_words_fr(day: dt.date) -> str:
    j = "premier" if day.day == 1 else NUM_FR[day.day]
    return f"{j} {MONTHS_FR[day.month - 1]} {_year_fr(day.year)}"


def _border(c, r, color, style):
    if style == 0:
        D.rect(c, 12 * mm, 12 * mm, W - 24 * mm, H - 24 * mm, stroke=color, lw=1.6)
        D.rect(c, 14 * mm, 14 * mm, W - 28 * mm, H - 28 * mm, stroke=color, lw=0.5)
    elif style == 1:
        D.guilloche(c, 10 * mm, 10 * mm, W - 20 * mm, 10 * mm, color, r, n=4, lw=0.35, alpha=0.6)
        D.guilloche(
            c, 10 * mm, H - 20 * mm, W - 20 * mm, 10 * mm, color, r, n=4, lw=0.35, alpha=0.6
        )
    elif style == 2:
        c.setFillColorRGB(*color)
        c.setFillAlpha(0.06)
        c.rect(0, 0, W, H, stroke=0, fill=1)
        c.setFillAlpha(1)
        D.guilloche(c, 0, 0, W, H, color, r, n=40, lw=0.2, alpha=0.22)


def _official_sign(c, x, y, r, name, role, place_date, color=(0.1, 0.1, 0.35), seal=None):
    D.text(c, x, y, place_date, "Serif", 9)
    D.text(c, x, y - 5 * mm, role, "Serif-I", 8.5, (0.2, 0.2, 0.2))
    D.signature(c, x + 5 * mm, y - 20 * mm, 45 * mm, 13 * mm, r, name, (0.08, 0.1, 0.35))
    D.text(c, x, y - 24 * mm, name, "Serif", 8.5)
    if seal:
        D.stamp(c, x - 22 * mm, y - 14 * mm, 15 * mm, seal[0], seal[1], r, color, 0.7)


def _grid(
    c,
    x,
    y,
    w,
    rows,
    r,
    lab_font="Sans",
    val_font="Sans-B",
    lab_w=0.38,
    size=9,
    color=(0.2, 0.2, 0.3),
    row_h=None,
    shade=None,
):
    row_h = row_h or 9.5 * mm
    for lab, val in rows:
        lines = D.wrap(lab, lab_font, size * 0.8, w * lab_w - 4 * mm)
        hh = max(row_h, (len(lines) * size * 0.95 + 6))
        D.rect(c, x, y - hh, w, hh, stroke=color, lw=0.5, fill=shade)
        D.line(c, x + w * lab_w, y - hh, x + w * lab_w, y, color, 0.5)
        for i, ln in enumerate(lines):
            D.text(c, x + 2 * mm, y - 4 * mm - i * size * 0.95, ln, lab_font, size * 0.8, color)
        D.fit_text(
            c,
            x + w * lab_w + 3 * mm,
            y - hh / 2 - size * 0.3,
            val,
            w * (1 - lab_w) - 5 * mm,
            val_font,
            size,
            (0.05, 0.05, 0.05),
        )
        y -= hh
    return y


def _boxes(c, x, y, w, cols, items, r, color, size=8.5, box_h=13 * mm):
    """US/PH style numbered boxes: items = [(label, value, span)], laid in rows of `cols`."""
    cw = w / cols
    cx = 0
    for lab, val, span in items:
        if cx + span > cols:
            cx = 0
            y -= box_h
        bx = x + cx * cw
        D.rect(c, bx, y - box_h, cw * span, box_h, stroke=color, lw=0.6)
        D.fit_text(
            c, bx + 1.5 * mm, y - 3.3 * mm, lab, cw * span - 3 * mm, "SansC", size * 0.72, color
        )
        D.fit_text(
            c,
            bx + 2.5 * mm,
            y - box_h + 3.5 * mm,
            val,
            cw * span - 5 * mm,
            "Mono-B",
            size,
            (0.05, 0.05, 0.08),
        )
        cx += span
        if cx >= cols:
            cx = 0
            y -= box_h
    if cx:
        y -= box_h
    return y


def birth_certificate(
    p: Person,
    issued: dt.date,
    *,
    father: str,
    mother: str,
    key: str = "",
    style: int = 0,
    apostille_stamp: dict | None = None,
    reg_no: str | None = None,
) -> D.Doc:
    """A birth certificate of the applicant's country of birth (p.country)."""
    co = C[p.country]
    r = rng("bc", p.key, issued, style)
    reg_no = reg_no or f"{r.randint(100, 999)}/{p.dob.year}"
    sur, giv = p.surname, p.given
    pob = p.birth_city
    fields = dict(
        surname=None,
        given_names=None,
        date_of_birth=p.dob.isoformat(),
        place_of_birth=None,
        issuing_country=p.country,
        language=co.lang,
        has_apostille=bool(apostille_stamp),
    )
    notes = None
    a3 = p.country
    sexw = {
        "fr": ("masculin", "féminin"),
        "en": ("Male", "Female"),
        "es": ("Masculino", "Femenino"),
        "pt": ("Masculino", "Feminino"),
    }
    sx = 1 if p.sex == "F" else 0
    hour = f"{r.randint(0, 23):02d}:{r.choice(['05', '15', '20', '40', '52'])}"

    if a3 == "USA":
        state = p.extra.get("state", "ILLINOIS")
        county = p.extra.get("county", "COOK")
        dept = p.extra.get("dept", "DEPARTMENT OF PUBLIC HEALTH — DIVISION OF VITAL RECORDS")
        dept_name = p.extra.get(
            "dept_name", "Illinois Department of Public Health — Division of Vital Records"
        )

        def dr(c):
            _border(c, r, (0.2, 0.3, 0.5), 2)
            D.text(
                c, W / 2, H - 25 * mm, f"STATE OF {state}", "Serif-B", 14, (0.1, 0.15, 0.35), "c"
            )
            D.text(c, W / 2, H - 32 * mm, dept, "Serif", 9, (0.1, 0.15, 0.35), "c")
            D.text(
                c,
                W / 2,
                H - 44 * mm,
                "CERTIFICATE OF LIVE BIRTH",
                "Serif-B",
                17,
                (0.1, 0.1, 0.1),
                "c",
            )
            D.text(
                c,
                W - 20 * mm,
                H - 52 * mm,
                f"State File Number  {reg_no.replace('/', '-')}",
                "Mono",
                8,
                anchor="r",
            )
            names = giv.split(" ")
            items = [
                ("1. CHILD — FIRST NAME", names[0], 1),
                ("MIDDLE NAME", " ".join(names[1:]), 1),
                ("LAST NAME", sur, 1),
                ("2. SEX", sexw["en"][sx].upper(), 1),
                ("3. DATE OF BIRTH (Month Day Year)", p.dob.strftime("%B %d, %Y").upper(), 1),
                ("4. TIME OF BIRTH", hour, 1),
                ("5a. PLACE OF BIRTH — CITY, TOWN OR LOCATION", pob.upper(), 2),
                ("5b. COUNTY", county, 1),
                ("6. FACILITY NAME", "ST. ANNE'S COMMUNITY HOSPITAL", 3),
                ("7. MOTHER — NAME PRIOR TO FIRST MARRIAGE", mother.upper(), 2),
                ("8. BIRTHPLACE", p.extra.get("mother_bp", "ILLINOIS"), 1),
                ("9. FATHER — NAME", father.upper(), 2),
                ("10. BIRTHPLACE", "OHIO", 1),
                ("11. DATE FILED", (p.dob + dt.timedelta(days=6)).strftime("%m/%d/%Y"), 1),
                ("12. REGISTRAR", "LOCAL REGISTRAR OF VITAL RECORDS", 2),
            ]
            y = _boxes(c, 18 * mm, H - 58 * mm, W - 36 * mm, 3, items, r, (0.2, 0.25, 0.4))
            D.para(
                c,
                20 * mm,
                y - 10 * mm,
                "This is to certify that this is a true and correct "
                f"abstract of the birth record filed with the {dept_name}.",
                W - 40 * mm,
                "Serif-I",
                9,
            )
            _official_sign(
                c,
                120 * mm,
                y - 30 * mm,
                r,
                "Dana R. Whitfield",
                "State Registrar",
                f"Date issued: {issued.strftime('%B %d, %Y')}",
                seal=(dept[:30], ["STATE", "SEAL"]),
            )
            if apostille_stamp:
                _apostille_block(c, 20 * mm, 20 * mm, apostille_stamp, r)

        fields.update(
            surname=sur.upper(), given_names=giv.upper(), language="en", place_of_birth=pob.upper()
        )
    elif a3 in ("BRA",):

        def dr(c):
            _border(c, r, (0.1, 0.4, 0.2), 1)
            D.text(
                c,
                W / 2,
                H - 28 * mm,
                "REPÚBLICA FEDERATIVA DO BRASIL",
                "Serif-B",
                13,
                (0.05, 0.3, 0.15),
                "c",
            )
            D.text(
                c,
                W / 2,
                H - 34 * mm,
                "REGISTRO CIVIL DAS PESSOAS NATURAIS",
                "Serif",
                10,
                anchor="c",
            )
            D.text(c, W / 2, H - 45 * mm, "CERTIDÃO DE NASCIMENTO", "Serif-B", 16, anchor="c")
            mat = "".join(str(r.randint(0, 9)) for _ in range(32))
            rows = [
                ("NOME", f"{giv} {sur}".upper()),
                (
                    "MATRÍCULA",
                    f"{mat[:6]} {mat[6:8]} {mat[8:10]} {mat[10:14]} {mat[14]} "
                    f"{mat[15:20]} {mat[20:23]} {mat[23:30]} {mat[30:]}",
                ),
                ("DATA DE NASCIMENTO POR EXTENSO", pt_words(p.dob).upper()),
                ("DIA / MÊS / ANO", p.dob.strftime("%d / %m / %Y")),
                ("HORA", hour),
                (
                    "NATURALIDADE / MUNICÍPIO DE REGISTRO E UF",
                    f"{pob.upper()} - {p.extra.get('uf', 'PR')}",
                ),
                ("LOCAL DE NASCIMENTO", f"HOSPITAL E MATERNIDADE SANTA LUZIA, {pob.upper()}"),
                ("SEXO", sexw["pt"][sx].upper()),
                ("FILIAÇÃO", f"{father.upper()} e {mother.upper()}"),
                (
                    "AVÓS",
                    "JOSÉ CARLOS PEREIRA, MARIA DAS GRAÇAS PEREIRA, ANTÔNIO SOUZA, "
                    "LÚCIA HELENA SOUZA",
                ),
                ("DATA DO REGISTRO", (p.dob + dt.timedelta(days=9)).strftime("%d/%m/%Y")),
            ]
            y = _grid(
                c,
                20 * mm,
                H - 55 * mm,
                W - 40 * mm,
                rows,
                r,
                "SansC",
                "Sans-B",
                0.33,
                9.5,
                (0.1, 0.35, 0.2),
            )
            D.para(
                c,
                20 * mm,
                y - 8 * mm,
                "O conteúdo da certidão é verdadeiro. Dou fé.",
                W - 40 * mm,
                "Serif-I",
                9,
            )
            _official_sign(
                c,
                110 * mm,
                y - 25 * mm,
                r,
                "Helena M. Barros",
                "Oficial de Registro Civil",
                f"{pob}, {pt_words(issued)}.",
                seal=("OFICIAL DE REGISTRO CIVIL", ["1º SUBDISTRITO", pob.upper()[:12]]),
            )
            if apostille_stamp:
                _apostille_block(c, 20 * mm, 18 * mm, apostille_stamp, r)

        fields.update(
            surname=sur.upper(),
            given_names=giv.upper(),
            language="pt",
            place_of_birth=f"{pob.upper()} - {p.extra.get('uf', 'PR')}",
        )
        notes = "full name printed on one line (NOME); split by the usual Brazilian order"
    elif a3 in ("COL", "MEX", "PER", "CHL", "VEN", "ESP"):
        sur1, _, sur2 = sur.partition(" ")
        titles = {
            "COL": (
                "REPÚBLICA DE COLOMBIA",
                "REGISTRADURÍA NACIONAL DEL ESTADO CIVIL",
                "REGISTRO CIVIL DE NACIMIENTO",
                "Indicativo Serial",
            ),
            "MEX": (
                "ESTADOS UNIDOS MEXICANOS",
                "REGISTRO NACIONAL DE POBLACIÓN",
                "ACTA DE NACIMIENTO",
                "Identificador Electrónico",
            ),
            "PER": (
                "REPÚBLICA DEL PERÚ",
                "REGISTRO NACIONAL DE IDENTIFICACIÓN Y ESTADO CIVIL",
                "ACTA DE NACIMIENTO",
                "Número de acta",
            ),
            "CHL": (
                "REPÚBLICA DE CHILE",
                "SERVICIO DE REGISTRO CIVIL E IDENTIFICACIÓN",
                "CERTIFICADO DE NACIMIENTO",
                "Folio",
            ),
            "VEN": (
                "REPÚBLICA BOLIVARIANA DE VENEZUELA",
                "CONSEJO NACIONAL ELECTORAL — OFICINA DE REGISTRO CIVIL",
                "ACTA DE NACIMIENTO",
                "Acta N°",
            ),
            "ESP": (
                "REINO DE ESPAÑA",
                "REGISTRO CIVIL — MINISTERIO DE JUSTICIA",
                "CERTIFICACIÓN LITERAL DE NACIMIENTO",
                "Tomo / Página",
            ),
        }[a3]
        region = p.extra.get("region", "")

        def dr(c):
            col = (0.45, 0.15, 0.1) if a3 in ("PER", "CHL") else (0.1, 0.2, 0.45)
            _border(c, r, col, 0 if a3 != "MEX" else 1)
            D.text(c, W / 2, H - 27 * mm, titles[0], "Sans-B", 12, col, "c")
            D.text(c, W / 2, H - 33 * mm, titles[1], "Sans", 9, col, "c")
            D.text(c, W / 2, H - 44 * mm, titles[2], "Sans-B", 15, anchor="c")
            D.text(
                c,
                W - 22 * mm,
                H - 52 * mm,
                f"{titles[3]}: {reg_no.replace('/', '')}",
                "Mono-B",
                9,
                anchor="r",
            )
            rows = [
                ("Primer apellido", sur1.upper()),
                ("Segundo apellido", sur2.upper()),
                ("Nombre(s)", giv.upper()),
                ("Fecha de nacimiento", es_words(p.dob)),
                ("Hora", hour),
                ("Sexo", sexw["es"][sx]),
                (
                    "Lugar de nacimiento",
                    f"{pob}, {region}" if region else f"{pob}",
                ),
                ("Datos de la madre", mother.upper()),
                ("Datos del padre", father.upper()),
                ("Fecha de inscripción", fr_date(p.dob + dt.timedelta(days=14))),
            ]
            if a3 == "MEX":
                rows.insert(0, ("CURP", p.extra.get("curp", "")))
            y = _grid(
                c, 20 * mm, H - 58 * mm, W - 40 * mm, rows, r, "Sans", "Sans-B", 0.33, 9.5, col
            )
            D.para(
                c,
                20 * mm,
                y - 8 * mm,
                "Se expide la presente certificación conforme a los "
                "datos que obran en el registro.",
                W - 40 * mm,
                "Serif-I",
                9,
            )
            _official_sign(
                c,
                112 * mm,
                y - 24 * mm,
                r,
                "Luz Marina Ortega" if a3 != "MEX" else "Lic. Ernesto Vázquez Ruiz",
                "Registrador(a) del Estado Civil",
                f"{pob}, {es_words(issued)}",
                seal=(titles[1][:30], ["REGISTRO", "CIVIL"]),
                color=col,
            )
            if apostille_stamp:
                _apostille_block(c, 20 * mm, 18 * mm, apostille_stamp, r)

        fields.update(
            surname=sur.upper(),
            given_names=giv.upper(),
            language="es",
            place_of_birth=(f"{pob}, {region}" if region else pob),
        )
    elif a3 in ("PHL",):
        middle = p.middle or ""

        def dr(c):
            col = (0.15, 0.25, 0.45)
            _border(c, r, col, 2)
            D.text(c, 18 * mm, H - 20 * mm, "Municipal Form No. 102", "Sans", 7)
            D.text(c, W / 2, H - 24 * mm, "Republic of the Philippines", "Serif", 10, anchor="c")
            D.text(
                c,
                W / 2,
                H - 29 * mm,
                "OFFICE OF THE CIVIL REGISTRAR GENERAL",
                "Serif-B",
                10,
                anchor="c",
            )
            D.text(c, W / 2, H - 38 * mm, "CERTIFICATE OF LIVE BIRTH", "Serif-B", 16, anchor="c")
            D.text(
                c, 20 * mm, H - 46 * mm, f"Province: {p.extra.get('province', 'CEBU')}", "Sans", 8.5
            )
            D.text(c, 20 * mm, H - 51 * mm, f"City/Municipality: {pob.upper()}", "Sans", 8.5)
            D.text(c, W - 20 * mm, H - 46 * mm, f"Registry No. {reg_no}", "Mono-B", 9, anchor="r")
            items = [
                ("1. NAME (First)", giv.upper(), 1),
                ("(Middle)", middle.upper(), 1),
                ("(Last)", sur.upper(), 1),
                ("2. SEX", sexw["en"][sx].upper(), 1),
                (
                    "3. DATE OF BIRTH (Day) (Month) (Year)",
                    f"{p.dob.day} {MONTHS_EN[p.dob.month - 1].upper()} {p.dob.year}",
                    2,
                ),
                (
                    "4. PLACE OF BIRTH (Name of Hospital/Clinic) (City/Municipality) (Province)",
                    f"VICENTE SOTTO MEMORIAL MEDICAL CENTER, {pob.upper()}",
                    3,
                ),
                ("5a. TYPE OF BIRTH", "SINGLE", 1),
                ("5b. BIRTH ORDER", "SECOND", 1),
                ("5c. WEIGHT AT BIRTH", "3150 grams", 1),
                ("6. MOTHER — MAIDEN NAME (First) (Middle) (Last)", mother.upper(), 3),
                ("7. CITIZENSHIP", "FILIPINO", 1),
                ("8. RELIGION", "ROMAN CATHOLIC", 1),
                ("9. OCCUPATION", "TEACHER", 1),
                ("10. FATHER — NAME (First) (Middle) (Last)", father.upper(), 3),
                ("11. DATE AND PLACE OF MARRIAGE OF PARENTS", "JUNE 4, 1984  CEBU CITY", 3),
            ]
            y = _boxes(c, 18 * mm, H - 56 * mm, W - 36 * mm, 3, items, r, col, 8.5, 12 * mm)
            D.text(
                c,
                20 * mm,
                y - 8 * mm,
                "This is a certified true copy of the record on file "
                "with the Philippine Statistics Authority.",
                "Serif-I",
                8.5,
            )
            _official_sign(
                c,
                120 * mm,
                y - 20 * mm,
                r,
                "ROSALINDA C. MAPA",
                "Civil Registrar General",
                f"Issued on {en_words(issued)}",
                seal=("PHILIPPINE STATISTICS AUTHORITY", ["PSA", "CRS"]),
                color=col,
            )
            if apostille_stamp:
                _apostille_block(c, 20 * mm, 18 * mm, apostille_stamp, r)

        fields.update(
            surname=sur.upper(), given_names=giv.upper(), language="en", place_of_birth=pob.upper()
        )
        notes = f"middle name {middle.upper()} printed in its own box"
    elif a3 in ("UKR", "RUS", "KAZ", "GEO", "ARM", "MDA", "VNM", "TUR"):
        cyr = p.extra.get("native", {})
        nsur = cyr.get("surname", sur)
        ngiv = cyr.get("given", giv)
        npatr = cyr.get("patronymic", "")
        npob = cyr.get("pob", pob)
        spec = {
            "UKR": (
                "УКРАЇНА",
                "СВІДОЦТВО ПРО НАРОДЖЕННЯ",
                [
                    "Прізвище",
                    "Ім'я",
                    "По батькові",
                    "Дата народження",
                    "Місце народження",
                    "Батько",
                    "Мати",
                    "Актовий запис №",
                    "Дата видачі",
                    "Орган державної реєстрації",
                ],
                "uk",
            ),
            "RUS": (
                "РОССИЙСКАЯ ФЕДЕРАЦИЯ",
                "СВИДЕТЕЛЬСТВО О РОЖДЕНИИ",
                [
                    "Фамилия",
                    "Имя",
                    "Отчество",
                    "Дата рождения",
                    "Место рождения",
                    "Отец",
                    "Мать",
                    "Запись акта о рождении №",
                    "Дата выдачи",
                    "Место государственной регистрации",
                ],
                "ru",
            ),
            "KAZ": (
                "ҚАЗАҚСТАН РЕСПУБЛИКАСЫ / РЕСПУБЛИКА КАЗАХСТАН",
                "ТУУ ТУРАЛЫ КУӘЛІК / СВИДЕТЕЛЬСТВО О РОЖДЕНИИ",
                [
                    "Тегі / Фамилия",
                    "Аты / Имя",
                    "Әкесінің аты / Отчество",
                    "Туған күні / Дата рождения",
                    "Туған жері / Место рождения",
                    "Әкесі / Отец",
                    "Анасы / Мать",
                    "Акт жазбасы № / Запись акта №",
                    "Берілген күні / Дата выдачи",
                    "Тіркеу органы / Орган регистрации",
                ],
                "kk",
            ),
            "GEO": (
                "საქართველო / GEORGIA",
                "დაბადების მოწმობა / BIRTH CERTIFICATE",
                [
                    "გვარი / Surname",
                    "სახელი / Name",
                    "მამის სახელი / Father's name",
                    "დაბადების თარიღი / Date of birth",
                    "დაბადების ადგილი / Place of birth",
                    "მამა / Father",
                    "დედა / Mother",
                    "აქტის ჩანაწერი № / Record No",
                    "გაცემის თარიღი / Date of issue",
                    "გამცემი / Issued by",
                ],
                "ka",
            ),
            "ARM": (
                "ՀԱՅԱՍՏԱՆԻ ՀԱՆՐԱՊԵՏՈՒԹՅՈՒՆ",
                "ԾՆՆԴՅԱՆ ՎԿԱՅԱԿԱՆ",
                [
                    "Ազգանուն",
                    "Անուն",
                    "Հայրանուն",
                    "Ծննդյան ամսաթիվ",
                    "Ծննդավայր",
                    "Հայր",
                    "Մայր",
                    "Ակտային գրանցում №",
                    "Տրման ամսաթիվ",
                    "ՔԿԱԳ մարմին",
                ],
                "hy",
            ),
            "MDA": (
                "REPUBLICA MOLDOVA",
                "CERTIFICAT DE NAŞTERE",
                [
                    "Numele",
                    "Prenumele",
                    "Patronimicul",
                    "Data naşterii",
                    "Locul naşterii",
                    "Tatăl",
                    "Mama",
                    "Actul de naştere nr.",
                    "Data eliberării",
                    "Organul de stare civilă",
                ],
                "ro",
            ),
            "VNM": (
                "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM — Độc lập - Tự do - Hạnh phúc",
                "GIẤY KHAI SINH",
                [
                    "Họ",
                    "Chữ đệm và tên",
                    "",
                    "Ngày, tháng, năm sinh",
                    "Nơi sinh",
                    "Họ, chữ đệm, tên người cha",
                    "Họ, chữ đệm, tên người mẹ",
                    "Số",
                    "Ngày cấp",
                    "Nơi đăng ký",
                ],
                "vi",
            ),
            "TUR": (
                "TÜRKİYE CUMHURİYETİ — İÇİŞLERİ BAKANLIĞI",
                "DOĞUM KAYIT ÖRNEĞİ",
                [
                    "Soyadı",
                    "Adı",
                    "",
                    "Doğum Tarihi",
                    "Doğum Yeri",
                    "Baba Adı",
                    "Ana Adı",
                    "Kayıt No",
                    "Düzenleme Tarihi",
                    "Nüfus Müdürlüğü",
                ],
                "tr",
            ),
        }[a3]
        office = cyr.get("office", co.authority)

        def dr(c):
            col = (0.15, 0.3, 0.45) if a3 not in ("TUR", "ARM") else (0.5, 0.12, 0.12)
            _border(c, r, col, 0 if a3 in ("UKR", "RUS", "KAZ", "MDA") else 2)
            yy = H - 30 * mm
            for i, ln in enumerate(spec[0].split(" / ")):
                D.fit_text(c, W / 2, yy - i * 6 * mm, ln, W - 50 * mm, "Serif-B", 11, col, "c")
            yy -= 6 * mm * len(spec[0].split(" / ")) + 8 * mm
            for i, ln in enumerate(spec[1].split(" / ")):
                D.fit_text(
                    c, W / 2, yy - i * 8 * mm, ln, W - 50 * mm, "Serif-B", 16, (0.1, 0.1, 0.1), "c"
                )
            y = yy - 8 * mm * len(spec[1].split(" / ")) - 8 * mm
            labs = spec[2]
            vals = [
                nsur,
                ngiv,
                npatr,
                fr_date(p.dob).replace("/", "."),
                npob,
                cyr.get("father", father),
                cyr.get("mother", mother),
                reg_no,
                fr_date(issued).replace("/", "."),
                office,
            ]
            for lab, val in zip(labs, vals):
                if not lab:
                    continue
                D.text(c, 24 * mm, y, lab, "Serif", 9.5, (0.25, 0.25, 0.3))
                lx = 24 * mm + max(60 * mm, D.width(lab, "Serif", 9.5) + 4 * mm)
                D.dotted_leader(c, lx, W - 24 * mm, y - 1)
                D.fit_text(
                    c,
                    lx + 2 * mm,
                    y + 0.5,
                    val,
                    W - 26 * mm - lx,
                    "Serif-B",
                    11.5,
                    (0.05, 0.05, 0.2),
                )
                y -= 11 * mm
            _official_sign(
                c,
                115 * mm,
                y - 10 * mm,
                r,
                cyr.get("registrar", "—"),
                "",
                "",
                seal=(office[:34], [p.country]),
                color=col,
            )
            if apostille_stamp:
                _apostille_block(c, 20 * mm, 18 * mm, apostille_stamp, r)

        fields.update(surname=nsur, given_names=ngiv, place_of_birth=npob, language=spec[3])
        if npatr:
            notes = f"patronymic {npatr} printed in its own line"
    elif a3 in ("GBR", "ZAF", "IND", "NGA", "CAN", "PAK", "NPL"):
        if a3 == "GBR":

            def dr(c):
                col = (0.55, 0.1, 0.15)
                c.setFillColorRGB(0.99, 0.94, 0.94)
                c.rect(0, 0, W, H, stroke=0, fill=1)
                D.text(
                    c,
                    W / 2,
                    H - 25 * mm,
                    "CERTIFIED COPY OF AN ENTRY OF BIRTH",
                    "Serif-B",
                    14,
                    col,
                    "c",
                )
                D.text(
                    c,
                    W / 2,
                    H - 31 * mm,
                    "GIVEN AT THE GENERAL REGISTER OFFICE",
                    "Serif",
                    9,
                    col,
                    "c",
                )
                D.text(
                    c,
                    18 * mm,
                    H - 42 * mm,
                    f"Registration District  {p.extra.get('district', 'Leeds')}",
                    "Serif",
                    9,
                )
                D.text(
                    c,
                    18 * mm,
                    H - 48 * mm,
                    f"{p.dob.year}  BIRTH in the Sub-district of {pob}",
                    "Serif",
                    9,
                )
                cols = [
                    ("1", "When and where born", f"{date_words_en(p.dob)} {pob} General Infirmary"),
                    ("2", "Name, if any", giv),
                    ("3", "Sex", sexw["en"][sx]),
                    ("4", "Name and surname of father", father),
                    ("5", "Name, surname and maiden surname of mother", mother),
                    ("6", "Occupation of father", "Engineer"),
                    (
                        "7",
                        "Signature, description and residence of informant",
                        f"{mother.split(' ')[0]} {sur} Mother",
                    ),
                    ("8", "When registered", en_words(p.dob + dt.timedelta(days=12))),
                    ("9", "Signature of registrar", "P. Holloway Registrar"),
                    ("10", "Name entered after registration", ""),
                ]
                y = H - 56 * mm
                for num, lab, val in cols:
                    D.rect(c, 18 * mm, y - 11 * mm, W - 36 * mm, 11 * mm, stroke=col, lw=0.5)
                    D.text(c, 20 * mm, y - 4 * mm, f"{num}.  {lab}", "Serif", 7.5, col)
                    D.fit_text(c, 26 * mm, y - 9 * mm, val, W - 48 * mm, "Serif-I", 10.5)
                    y -= 11 * mm
                D.para(
                    c,
                    18 * mm,
                    y - 8 * mm,
                    "CERTIFIED to be a true copy of an entry in the "
                    "certified copy of a Register of Births in the District above mentioned. "
                    f"Given at the GENERAL REGISTER OFFICE, under the Seal of the said Office, "
                    f"the {issued.day} day of {MONTHS_EN[issued.month - 1]} {issued.year}.",
                    W - 36 * mm,
                    "Serif",
                    8.5,
                )
                D.text(c, 18 * mm, y - 26 * mm, f"BXC {reg_no.replace('/', '')}", "Mono-B", 10, col)
                D.stamp(
                    c,
                    W - 45 * mm,
                    y - 30 * mm,
                    14 * mm,
                    "GENERAL REGISTER OFFICE",
                    ["GRO", "SEAL"],
                    r,
                    col,
                    0.65,
                )
                if apostille_stamp:
                    _apostille_block(c, 20 * mm, 18 * mm, apostille_stamp, r)

            fields.update(surname=None, given_names=giv, place_of_birth=pob, language="en")
            notes = "the surname appears only in the informant column"
        else:
            heads = {
                "ZAF": (
                    "REPUBLIC OF SOUTH AFRICA",
                    "DEPARTMENT OF HOME AFFAIRS",
                    "UNABRIDGED BIRTH CERTIFICATE",
                ),
                "IND": (
                    f"GOVERNMENT OF {p.extra.get('state', 'GOA')}",
                    "DEPARTMENT OF PLANNING, STATISTICS AND EVALUATION — FORM No. 5 (Rule 8)",
                    "BIRTH CERTIFICATE",
                ),
                "NGA": (
                    "FEDERAL REPUBLIC OF NIGERIA",
                    "NATIONAL POPULATION COMMISSION",
                    "CERTIFICATE OF BIRTH",
                ),
                "CAN": ("QUÉBEC", "DIRECTEUR DE L'ÉTAT CIVIL", "COPIE D'ACTE DE NAISSANCE"),
                "PAK": (
                    "GOVERNMENT OF THE PUNJAB",
                    "UNION COUNCIL — LOCAL GOVERNMENT",
                    "BIRTH REGISTRATION CERTIFICATE",
                ),
                "NPL": (
                    "GOVERNMENT OF NEPAL",
                    "DEPARTMENT OF NATIONAL ID AND CIVIL REGISTRATION",
                    "BIRTH REGISTRATION CERTIFICATE",
                ),
            }[a3]
            fr = a3 == "CAN"
            if fr:
                labels = [
                    "Nom de famille",
                    "Prénom(s)",
                    "Sexe",
                    "Date de naissance",
                    "Lieu de naissance",
                    "Nom du père",
                    "Nom de la mère",
                    "Numéro d'inscription",
                    "Date de délivrance",
                ]
            else:
                labels = [
                    "Surname",
                    "Forenames",
                    "Sex",
                    "Date of birth",
                    "Place of birth",
                    "Father",
                    "Mother",
                    "Registration No.",
                    "Date of issue",
                ]
            vals = [
                sur.upper(),
                giv,
                sexw["fr" if fr else "en"][sx],
                fr_words(p.dob) if fr else p.dob.strftime("%d/%m/%Y"),
                pob,
                father,
                mother,
                reg_no,
                fr_date(issued),
            ]

            def dr(c):
                col = {
                    "ZAF": (0.1, 0.35, 0.2),
                    "IND": (0.45, 0.25, 0.05),
                    "NGA": (0.0, 0.4, 0.2),
                    "CAN": (0.0, 0.25, 0.55),
                    "PAK": (0.0, 0.35, 0.15),
                    "NPL": (0.55, 0.1, 0.15),
                }[a3]
                _border(c, r, col, 1 if a3 in ("ZAF", "CAN") else 0)
                D.text(c, W / 2, H - 30 * mm, heads[0], "Serif-B", 13, col, "c")
                D.fit_text(c, W / 2, H - 37 * mm, heads[1], W - 40 * mm, "Serif", 9, col, "c")
                D.text(c, W / 2, H - 50 * mm, heads[2], "Serif-B", 16, anchor="c")
                y = _grid(
                    c,
                    22 * mm,
                    H - 62 * mm,
                    W - 44 * mm,
                    list(zip(labels, vals)),
                    r,
                    "Serif",
                    "Sans-B",
                    0.34,
                    10,
                    col,
                    shade=(0.98, 0.98, 0.96),
                )
                role = "Directeur de l'état civil" if fr else "Registrar"
                _official_sign(
                    c,
                    115 * mm,
                    y - 18 * mm,
                    r,
                    "M.-J. Gagnon" if fr else "S. Adeyemi" if a3 == "NGA" else "R. Naidoo",
                    role,
                    f"{'Québec, le' if fr else 'Issued:'} {fr_date(issued)}",
                    seal=(heads[1][:30], [a3]),
                    color=col,
                )
                if apostille_stamp:
                    _apostille_block(c, 20 * mm, 18 * mm, apostille_stamp, r)

            fields.update(
                surname=sur.upper(),
                given_names=giv,
                place_of_birth=pob,
                language="fr" if fr else "en",
            )
    else:
        # French-language civil act (Senegal, Côte d'Ivoire, Cameroon, Haiti, Morocco, Algeria,
        # Lebanon, Madagascar, Mali, DR Congo, Guinea, Tunisia, Italy and Portugal reuse others)
        if a3 == "ITA":
            title = (
                "REPUBBLICA ITALIANA",
                f"COMUNE DI {pob.upper()}",
                "UFFICIO DELLO STATO CIVILE",
                "ESTRATTO PER RIASSUNTO DELL'ATTO DI NASCITA",
            )
            body = (
                f"Dai registri degli atti di nascita dell'anno {p.dob.year}, atto n. {reg_no}, "
                f"risulta che il giorno {p.dob.day} {['gennaio', 'febbraio', 'marzo', 'aprile', 'maggio', 'giugno', 'luglio', 'agosto', 'settembre', 'ottobre', 'novembre', 'dicembre'][p.dob.month - 1]} "
                f"{p.dob.year} alle ore {hour} in {pob} è nat{'a' if sx else 'o'}: "
                f"{sur.upper()} {giv.upper()}, di sesso {'femminile' if sx else 'maschile'}, "
                f"figli{'a' if sx else 'o'} di {father} e di {mother}."
            )
            lang = "it"
            sign_place = f"{pob}, {fr_date(issued)}"
            role = "L'Ufficiale dello Stato Civile"
        elif a3 == "PRT":
            title = (
                "REPÚBLICA PORTUGUESA",
                "CONSERVATÓRIA DO REGISTO CIVIL DE " + pob.upper(),
                "",
                "CERTIDÃO DE NASCIMENTO",
            )
            body = (
                f"Assento de nascimento n.º {reg_no}. Nome: {giv.upper()} {sur.upper()}. "
                f"Sexo: {sexw['pt'][sx]}. Data do nascimento: {pt_words(p.dob)}, pelas "
                f"{hour}. Local do nascimento: freguesia de São Vítor, concelho de {pob}. "
                f"Filiação: pai {father}; mãe {mother}."
            )
            lang = "pt"
            sign_place = f"{pob}, {pt_words(issued)}"
            role = "A Conservadora"
        else:
            heads = {
                "SEN": (
                    "RÉPUBLIQUE DU SÉNÉGAL",
                    "Un Peuple — Un But — Une Foi",
                    f"Centre d'état civil de {pob}",
                    "EXTRAIT DU REGISTRE DES ACTES DE NAISSANCE",
                ),
                "CIV": (
                    "RÉPUBLIQUE DE CÔTE D'IVOIRE",
                    "Union — Discipline — Travail",
                    f"Mairie de {pob}",
                    "EXTRAIT DU REGISTRE DES ACTES DE L'ÉTAT CIVIL",
                ),
                "CMR": (
                    "RÉPUBLIQUE DU CAMEROUN / REPUBLIC OF CAMEROON",
                    "Paix — Travail — Patrie / Peace — Work — Fatherland",
                    f"Centre d'état civil de {pob}",
                    "ACTE DE NAISSANCE / BIRTH CERTIFICATE",
                ),
                "HTI": (
                    "RÉPUBLIQUE D'HAÏTI",
                    "Archives Nationales d'Haïti",
                    f"Officier de l'état civil de {pob}",
                    "EXTRAIT DES ARCHIVES — ACTE DE NAISSANCE",
                ),
                "MAR": (
                    "ROYAUME DU MAROC",
                    "Ministère de l'Intérieur",
                    f"Bureau d'état civil de {pob}",
                    "EXTRAIT D'ACTE DE NAISSANCE",
                ),
                "DZA": (
                    "RÉPUBLIQUE ALGÉRIENNE DÉMOCRATIQUE ET POPULAIRE",
                    "Wilaya de " + pob,
                    f"Commune de {pob}",
                    "EXTRAIT D'ACTE DE NAISSANCE (modèle S12)",
                ),
                "LBN": (
                    "RÉPUBLIQUE LIBANAISE",
                    "Ministère de l'Intérieur et des Municipalités",
                    "Direction générale du statut personnel",
                    "EXTRAIT D'ÉTAT CIVIL INDIVIDUEL",
                ),
                "MDG": (
                    "REPOBLIKAN'I MADAGASIKARA",
                    "Fitiavana — Tanindrazana — Fandrosoana",
                    f"Commune urbaine de {pob}",
                    "COPIE D'ACTE DE NAISSANCE",
                ),
                "FRA": (
                    "RÉPUBLIQUE FRANÇAISE",
                    "",
                    f"Mairie de {pob}",
                    "EXTRAIT D'ACTE DE NAISSANCE",
                ),
            }[a3]
            title = heads
            sexword = "de sexe " + sexw["fr"][sx]
            ne = "née" if sx else "né"
            body = (
                f"Le {date_words_fr(p.dob)}, à {hour.replace(':', ' heures ')} minutes, est {ne} "
                f"à {pob} : {giv} {sur.upper()}, {sexword}, "
                f"{'fille' if sx else 'fils'} de {father} et de {mother}. "
                f"Dressé le {fr_words(p.dob + dt.timedelta(days=3))} sur la déclaration du père, "
                "qui, lecture faite, a signé avec Nous, officier de l'état civil."
            )
            lang = "fr"
            sign_place = f"Délivré à {pob}, le {fr_date(issued)}"
            role = "L'Officier de l'état civil"

        def dr(c):
            col = (0.2, 0.2, 0.45) if a3 not in ("SEN", "CMR", "MAR") else (0.1, 0.35, 0.2)
            _border(c, r, col, style % 3)
            yy = H - 26 * mm
            for ln in title:
                if not ln:
                    continue
                for part in ln.split(" / "):
                    D.fit_text(
                        c,
                        W / 2,
                        yy,
                        part,
                        W - 40 * mm,
                        "Serif-B" if ln == title[0] or ln == title[-1] else "Serif-I",
                        14 if ln == title[-1] else 10,
                        col if ln != title[-1] else (0, 0, 0),
                        "c",
                    )
                    yy -= 6.5 * mm
                yy -= 1.5 * mm
            D.text(c, 24 * mm, yy - 6 * mm, f"Acte n° {reg_no}", "Mono-B", 10)
            D.text(c, W - 24 * mm, yy - 6 * mm, f"Année {p.dob.year}", "Mono-B", 10, anchor="r")
            # margin column with the name, as French-style registers do
            D.rect(c, 22 * mm, yy - 70 * mm, 42 * mm, 58 * mm, stroke=col, lw=0.5)
            D.text(c, 24 * mm, yy - 18 * mm, "NAISSANCE de", "Serif-I", 8.5)
            D.fit_text(c, 24 * mm, yy - 25 * mm, sur.upper(), 38 * mm, "Serif-B", 10)
            for i, ln in enumerate(D.wrap(giv, "Serif", 9.5, 38 * mm)):
                D.text(c, 24 * mm, yy - 31 * mm - i * 5 * mm, ln, "Serif", 9.5)
            y = D.para(c, 70 * mm, yy - 18 * mm, body, W - 94 * mm, "Serif", 10.5, 15, justify=True)
            y = min(y, yy - 76 * mm)
            D.para(
                c,
                24 * mm,
                y - 6 * mm,
                "Pour extrait certifié conforme aux registres.",
                W - 48 * mm,
                "Serif-I",
                9.5,
            )
            _official_sign(
                c,
                115 * mm,
                y - 20 * mm,
                r,
                r.choice(
                    [
                        "A. Ndiaye",
                        "F. Kouassi",
                        "M. Benali",
                        "J. Pierre-Louis",
                        "G. Rossi",
                        "T. Haddad",
                    ]
                ),
                role,
                sign_place,
                seal=(title[2][:34] or title[0][:34], [a3]),
                color=col,
            )
            if apostille_stamp:
                _apostille_block(c, 20 * mm, 18 * mm, apostille_stamp, r)

        fields.update(
            surname=sur.upper(),
            given_names=giv,
            place_of_birth=pob,
            language=lang if a3 in ("ITA", "PRT") else "fr",
        )
    doc = D.Doc(
        "birth_certificate", fields, [D.Page(W, H, dr)], key=key or f"bc-{p.key}", notes=notes
    )
    return doc


def date_words_en(day: dt.date) -> str:
    suffix = "th" if 11 <= day.day <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(day.day % 10, "th")
    return f"{day.day}{suffix} {MONTHS_EN[day.month - 1]} {day.year}"


# ---------------------------------------------------------------- apostille
AP_LABELS = {
    "en": [
        "Country:",
        "This public document",
        "has been signed by",
        "acting in the capacity of",
        "bears the seal/stamp of",
        "Certified",
        "at",
        "the",
        "by",
        "No",
        "Seal/stamp:",
        "Signature:",
    ],
    "es": [
        "País:",
        "El presente documento público",
        "ha sido firmado por",
        "quien actúa en calidad de",
        "y está revestido del sello/timbre de",
        "Certificado",
        "en",
        "el día",
        "por",
        "bajo el número",
        "Sello/timbre:",
        "Firma:",
    ],
    "pt": [
        "País:",
        "Este documento público",
        "foi assinado por",
        "na qualidade de",
        "tem o selo/carimbo de",
        "Reconhecido",
        "em",
        "no dia",
        "por",
        "sob o nº",
        "Selo/carimbo:",
        "Assinatura:",
    ],
    "fr": [
        "Pays :",
        "Le présent acte public",
        "a été signé par",
        "agissant en qualité de",
        "est revêtu du sceau/timbre de",
        "Attesté",
        "à",
        "le",
        "par",
        "sous n°",
        "Sceau/timbre :",
        "Signature :",
    ],
    "uk": [
        "Країна / Country:",
        "Цей офіційний документ / This public document",
        "підписаний / has been signed by",
        "який діє як / acting in the capacity of",
        "скріплений печаткою / bears the seal of",
        "Засвідчено / Certified",
        "в / at",
        "дата / the",
        "ким / by",
        "№ / No",
        "Печатка / Seal:",
        "Підпис / Signature:",
    ],
    "tr": [
        "Ülke / Country:",
        "Bu resmi belge / This public document",
        "imzalayan / has been signed by",
        "sıfatı / acting in the capacity of",
        "mühür / bears the seal of",
        "Onaylayan / Certified",
        "yer / at",
        "tarih / the",
        "tarafından / by",
        "No",
        "Mühür / Seal:",
        "İmza / Signature:",
    ],
    "ka": [
        "ქვეყანა / Country:",
        "ეს საჯარო დოკუმენტი / This public document",
        "ხელმოწერილია / has been signed by",
        "თანამდებობა / acting in the capacity of",
        "ბეჭედი / bears the seal of",
        "დამოწმებულია / Certified",
        "ადგილი / at",
        "თარიღი / the",
        "ვის მიერ / by",
        "№ / No",
        "ბეჭედი / Seal:",
        "ხელმოწერა / Signature:",
    ],
    "kk": [
        "Мемлекет / Country:",
        "Осы ресми құжатқа / This public document",
        "қол қойған / has been signed by",
        "лауазымы / acting in the capacity of",
        "мөрі / bears the seal of",
        "Куәландырылды / Certified",
        "жері / at",
        "күні / the",
        "кім / by",
        "№ / No",
        "Мөр / Seal:",
        "Қолы / Signature:",
    ],
}


def _ap_date(day: dt.date, lang: str) -> str:
    if lang == "en":
        return en_words(day)
    if lang == "es":
        return es_words(day)
    if lang == "pt":
        return pt_words(day)
    if lang == "fr":
        return fr_words(day)
    return day.strftime("%d.%m.%Y")


def apostille_info(
    country: str,
    number: str,
    issued: dt.date,
    signed_by: str,
    capacity: str,
    seal_of: str,
    place: str,
    authority: str,
    lang: str = "en",
) -> dict:
    return dict(
        country=country,
        number=number,
        issued=issued,
        signed_by=signed_by,
        capacity=capacity,
        seal_of=seal_of,
        place=place,
        authority=authority,
        lang=lang,
    )


def _apostille_block(c, x, y, a: dict, r, w=None, compact=True):
    """An apostille as a rectangular stamp/allonge block at (x, y) bottom-left."""
    lang = a["lang"]
    L = AP_LABELS[lang]
    w = w or 95 * mm
    lines = [
        ("", "APOSTILLE"),
        ("", "(Convention de La Haye du 5 octobre 1961)"),
        ("1. " + L[0], C[a["country"]].en if lang != "fr" else C[a["country"]].fr),
        ("2. " + L[2], a["signed_by"]),
        ("3. " + L[3], a["capacity"]),
        ("4. " + L[4], a["seal_of"]),
        ("5. " + L[6], a["place"]),
        ("6. " + L[7], _ap_date(a["issued"], lang)),
        ("7. " + L[8], a["authority"]),
        ("8. " + L[9], a["number"]),
    ]
    fs = 6.6 if compact else 9
    lh = fs * 1.5
    h = lh * (len(lines) + 1) + 22 * mm
    c.saveState()
    c.setFillColorRGB(1, 1, 0.97)
    c.setFillAlpha(0.92)
    c.rect(x, y, w, h, stroke=0, fill=1)
    c.restoreState()
    D.rect(c, x, y, w, h, stroke=(0.15, 0.15, 0.45), lw=1.1)
    yy = y + h - lh
    for lab, val in lines:
        if not lab:
            D.text(
                c,
                x + w / 2,
                yy,
                val,
                "Sans-B" if val == "APOSTILLE" else "Sans-I",
                fs * (1.5 if val == "APOSTILLE" else 0.95),
                (0.1, 0.1, 0.35),
                "c",
            )
        else:
            D.text(c, x + 2 * mm, yy, lab, "SansC", fs * 0.9, (0.25, 0.25, 0.4))
            lx = x + 2 * mm + D.width(lab, "SansC", fs * 0.9) + 2 * mm
            D.fit_text(c, lx, yy, val, x + w - 2 * mm - lx, "Sans-B", fs, (0.05, 0.05, 0.15))
        yy -= lh
    D.stamp(
        c,
        x + 18 * mm,
        y + 11 * mm,
        9.5 * mm,
        a["authority"][:30],
        ["APOSTILLE"],
        r,
        (0.2, 0.2, 0.55),
        0.7,
    )
    D.signature(c, x + w * 0.5, y + 3 * mm, w * 0.42, 14 * mm, r, a["authority"], (0.08, 0.1, 0.35))


def apostille_doc(a: dict, key: str, style: int = 0, qr_url: str | None = None) -> D.Doc:
    r = rng("apostille", key, a["number"])
    lang = a["lang"]
    L = AP_LABELS[lang]

    def dr(c):
        col = [(0.1, 0.15, 0.45), (0.35, 0.1, 0.1), (0.05, 0.3, 0.25)][style % 3]
        if style % 2 == 0:
            D.rect(c, 20 * mm, 95 * mm, W - 40 * mm, H - 125 * mm, stroke=col, lw=2)
            D.rect(c, 22 * mm, 97 * mm, W - 44 * mm, H - 129 * mm, stroke=col, lw=0.6)
        else:
            D.guilloche(
                c, 20 * mm, 95 * mm, W - 40 * mm, H - 125 * mm, col, r, n=30, lw=0.2, alpha=0.15
            )
            D.rect(c, 20 * mm, 95 * mm, W - 40 * mm, H - 125 * mm, stroke=col, lw=1)
        top = H - 45 * mm
        D.text(c, W / 2, top, "APOSTILLE", "Serif-B", 22, col, "c")
        D.text(
            c,
            W / 2,
            top - 8 * mm,
            "(Convention de La Haye du 5 octobre 1961)",
            "Serif-I",
            10,
            col,
            "c",
        )
        y = top - 22 * mm
        co = C[a["country"]]
        cname = {"en": co.en, "es": co.local, "pt": co.local, "fr": co.fr}.get(lang, co.en)
        items = [
            (f"1. {L[0]}", cname.upper()),
            (L[1], ""),
            (f"2. {L[2]}", a["signed_by"]),
            (f"3. {L[3]}", a["capacity"]),
            (f"4. {L[4]}", a["seal_of"]),
            (L[5], ""),
            (f"5. {L[6]}", a["place"]),
            (f"6. {L[7]}", _ap_date(a["issued"], lang)),
            (f"7. {L[8]}", a["authority"]),
            (f"8. {L[9]}", a["number"]),
        ]
        for lab, val in items:
            if not val:
                D.text(c, W / 2, y, lab, "Serif-B", 10.5, col, "c")
                y -= 9 * mm
                continue
            D.text(c, 28 * mm, y, lab, "Serif", 10, (0.2, 0.2, 0.25))
            lx = 28 * mm + D.width(lab, "Serif", 10) + 3 * mm
            D.dotted_leader(c, lx, W - 28 * mm, y - 1)
            D.fit_text(c, lx + 2 * mm, y + 0.5, val, W - 32 * mm - lx, "Sans-B", 10.5)
            y -= 10 * mm
        D.text(c, 30 * mm, y - 4 * mm, f"9. {L[10]}", "Serif", 10)
        D.text(c, W / 2 + 10 * mm, y - 4 * mm, f"10. {L[11]}", "Serif", 10)
        D.stamp(
            c,
            55 * mm,
            y - 25 * mm,
            16 * mm,
            a["authority"][:34],
            [co.en.upper()[:14]],
            r,
            col,
            0.75,
        )
        D.signature(
            c, W / 2 + 10 * mm, y - 32 * mm, 60 * mm, 18 * mm, r, a["authority"], (0.08, 0.1, 0.35)
        )
        if qr_url:
            D.qr(c, W - 52 * mm, 99 * mm, 24 * mm, qr_url)
            D.text(c, W - 54 * mm, 101 * mm, "Verify: " + qr_url, "Sans", 6, anchor="r")

    fields = dict(
        country=a["country"],
        issued_on=a["issued"].isoformat(),
        number=a["number"],
        signed_by=a["signed_by"],
    )
    return D.Doc("apostille", fields, [D.Page(W, H, dr)], key=key)


# ---------------------------------------------------------------- translation
def translation_doc(
    p: Person,
    src_lang_fr: str,
    translator: str,
    court: str,
    issued: dt.date,
    father: str,
    mother: str,
    key: str,
    reg_no: str,
    source_title: str,
    office: str,
    cert_date: dt.date,
) -> D.Doc:
    r = rng("translation", key)

    def dr(c):
        D.text(c, 20 * mm, H - 20 * mm, translator, "Serif-B", 11)
        D.text(
            c, 20 * mm, H - 25 * mm, f"Traducteur-interprète expert près la {court}", "Serif-I", 9
        )
        D.text(
            c,
            20 * mm,
            H - 30 * mm,
            "12 boulevard de Strasbourg, 75010 Paris — traduction@cabinet-exemple.fr",
            "Serif",
            8,
            (0.3, 0.3, 0.3),
        )
        D.line(c, 20 * mm, H - 33 * mm, W - 20 * mm, H - 33 * mm, (0.3, 0.3, 0.3), 0.6)
        D.text(
            c,
            W / 2,
            H - 45 * mm,
            f"TRADUCTION DU {src_lang_fr.upper()} EN FRANÇAIS",
            "Serif-B",
            12,
            anchor="c",
        )
        D.text(c, W / 2, H - 53 * mm, f"[{source_title}]", "Serif-B", 13, anchor="c")
        y = H - 68 * mm
        rows = [
            ("Nom de famille", p.extra.get("translit_surname", p.surname.upper())),
            ("Prénom", p.extra.get("translit_given", p.given)),
            ("Patronyme", p.extra.get("translit_patronymic", "—")),
            ("Date de naissance", fr_words(p.dob)),
            ("Lieu de naissance", f"{p.birth_city}, {C[p.country].fr}"),
            ("Père", father),
            ("Mère", mother),
            ("Acte de naissance n°", reg_no),
            ("Lieu d'enregistrement", office),
            ("Date de délivrance", fr_date(cert_date)),
        ]
        for lab, val in rows:
            D.text(c, 25 * mm, y, lab + " :", "Serif", 10.5)
            D.text(c, 85 * mm, y, val, "Serif-B", 10.5)
            y -= 8.5 * mm
        y = D.para(
            c,
            25 * mm,
            y - 6 * mm,
            "[Sceau rond : " + office + "] [Signature illisible]",
            W - 50 * mm,
            "Serif-I",
            9.5,
        )
        y = D.para(
            c,
            25 * mm,
            y - 10 * mm,
            "Je soussigné(e), traducteur-interprète expert près la "
            f"{court}, certifie que la présente traduction est conforme à l'original en "
            f"langue {src_lang_fr.lower()} qui m'a été présenté, ne varietur.",
            W - 50 * mm,
            "Serif",
            10,
            justify=True,
        )
        D.text(c, 25 * mm, y - 8 * mm, f"Paris, le {fr_date(issued)}", "Serif", 10)
        D.text(
            c,
            25 * mm,
            y - 15 * mm,
            f"N° de répertoire : {r.randint(1000, 9999)}/{issued.year}",
            "Serif",
            9,
        )
        D.stamp(
            c,
            140 * mm,
            y - 30 * mm,
            17 * mm,
            f"EXPERT PRÈS LA {court.upper()}"[:38],
            [translator.upper()[:18], "TRADUCTEUR"],
            r,
            (0.15, 0.2, 0.55),
            0.7,
        )
        D.signature(c, 115 * mm, y - 55 * mm, 60 * mm, 18 * mm, r, translator, (0.08, 0.1, 0.35))

    return D.Doc(
        "translation",
        {},
        [D.Page(W, H, dr)],
        key=key,
        notes=f"sworn translation ({src_lang_fr} to French) of the birth certificate",
    )


def fold_upper(s: str) -> str:
    return fold(s).upper()
