"""Birth certificates of the countries newcomers come from (one layout family per country)."""

from __future__ import annotations

import datetime as dt

from gen_codes import MONTHS_EN, MONTHS_PT, digits, fr
from gen_core import Page
from gen_draw import guilloche, qr_img, stamp_img
from gen_layout import date_words_fr, header_block, kv, rows

INKS = [(40, 50, 150), (90, 40, 120), (30, 90, 140), (150, 40, 60)]


def _frame(pg: Page, color, rng, double=True):
    pg.rect(8, 8, pg.w - 16, pg.h - 16, color, None, 0.8)
    if double:
        pg.rect(10, 10, pg.w - 20, pg.h - 20, color, None, 0.3)


def _officer(pg, rng, x, y, title, name, stamp_ring, stamp_center, ring2="", ink=None):
    ink = ink or rng.choice(INKS)
    pg.text(x, y, title, "serif-i", 9, (30, 30, 30), anchor="m")
    pg.image(x - 38, y - 4, 34, 34, stamp_img(stamp_ring, stamp_center, 32, ink, rng, ring2=ring2))
    pg.sign(x - 12, y + 2, 36, 16, name, rng)
    pg.text(x, y + 22, name, "serif", 8.5, (30, 30, 30), anchor="m")


def _fields(p, sur, giv, pob, country, lang):
    return dict(
        surname=sur,
        given_names=giv,
        date_of_birth=p.dob.isoformat(),
        place_of_birth=pob,
        issuing_country=country,
        language=lang,
        has_apostille=False,
    )


def afro_fr(p, rng, country, issued, place, variant=0):
    """Civil-status extract in French (Algeria, Senegal, Côte d'Ivoire, Cameroon, Mali, DRC,
    Haiti, Tunisia, Morocco): devise header, act number, narrative or field list."""
    H = {
        "SEN": (
            ["RÉPUBLIQUE DU SÉNÉGAL", "Un Peuple - Un But - Une Foi"],
            "Région de Dakar",
            f"Centre d'état civil de {place}",
            "EXTRAIT DU REGISTRE DES ACTES DE NAISSANCE",
        ),
        "CIV": (
            ["RÉPUBLIQUE DE CÔTE D'IVOIRE", "Union - Discipline - Travail"],
            "District autonome d'Abidjan",
            f"Mairie de {place} - Centre principal",
            "EXTRAIT DU REGISTRE DES ACTES DE L'ÉTAT CIVIL",
        ),
        "CMR": (
            [
                "RÉPUBLIQUE DU CAMEROUN",
                "Paix - Travail - Patrie",
                "REPUBLIC OF CAMEROON",
                "Peace - Work - Fatherland",
            ],
            "Région du Littoral",
            f"Centre d'état civil de {place} 1er",
            "ACTE DE NAISSANCE / BIRTH CERTIFICATE",
        ),
        "MLI": (
            ["RÉPUBLIQUE DU MALI", "Un Peuple - Un But - Une Foi"],
            "Cercle de Bamako",
            f"Commune III du District de {place}",
            "EXTRAIT D'ACTE DE NAISSANCE - Volet n°3",
        ),
        "COD": (
            ["RÉPUBLIQUE DÉMOCRATIQUE DU CONGO", "Justice - Paix - Travail"],
            "Province de Kinshasa",
            "Commune de Lingwala - Bureau de l'état civil",
            "ACTE DE NAISSANCE",
        ),
        "HTI": (
            ["RÉPUBLIQUE D'HAÏTI", "Liberté - Égalité - Fraternité"],
            "Archives Nationales",
            f"Officier de l'état civil de {place}",
            "EXTRAIT DES ARCHIVES - ACTE DE NAISSANCE",
        ),
        "DZA": (
            ["RÉPUBLIQUE ALGÉRIENNE DÉMOCRATIQUE ET POPULAIRE"],
            f"Wilaya d'{place}" if place[0] in "AEIOU" else f"Wilaya de {place}",
            f"Commune de {place}",
            "EXTRAIT D'ACTE DE NAISSANCE",
        ),
    }[country]
    pg = Page(bg=(252, 251, 246))
    tf = rng.choice(["serif", "dserif", "caladea", "fserif"])
    tb = {"serif": "serif-b", "dserif": "dserif-b", "caladea": "caladea-b", "fserif": "fserif-b"}[
        tf
    ]
    if rng.random() < 0.6:
        _frame(pg, (90, 90, 90), rng, rng.random() < 0.5)
    y = header_block(
        pg, 105, 20, [(H[0][0], tb)] + [(t, tf) for t in H[0][1:]], size=10, anchor="m"
    )
    if country == "DZA":
        pg.text(
            105,
            15,
            "الجمهورية الجزائرية الديمقراطية الشعبية",
            "arabic",
            11,
            (0, 0, 0),
            anchor="m",
            rtl=True,
        )
    y = header_block(pg, 20, y + 6, [H[1], H[2]], font=tf, size=9)
    year = p.dob.year
    num = f"{rng.randint(12, 4800):04d}"
    pg.text(190, y - 6, f"Acte n° {num} / {year}", tb, 10, anchor="r")
    pg.text(105, y + 8, H[3], tb, 12.5, anchor="m")
    y += 20
    father = p.father or "—"
    mother = p.mother or "—"
    sur, giv = p.surname, p.given
    pob = p.pob_city
    if variant == 0:
        txt = (
            f"Le {date_words_fr(p.dob)}, à {rng.randint(1, 23)} heures {rng.randint(0, 59)} "
            f"minutes, est né{'e' if p.sex == 'F' else ''} à {pob}, "
            f"{'une enfant de sexe féminin' if p.sex == 'F' else 'un enfant de sexe masculin'}"
            f", prénommé{'e' if p.sex == 'F' else ''} {giv}, nom {sur}, "
            f"{'fille' if p.sex == 'F' else 'fils'} de {father}, et de {mother}."
        )
        y = pg.para(25, y, 160, txt, tf, 11, lead=7.5)
        y = rows(
            pg,
            25,
            y + 6,
            [
                ("Nom", sur),
                ("Prénoms", giv),
                ("Date de naissance", fr(p.dob)),
                ("Lieu de naissance", pob),
            ],
            style="dots",
            lf=tf,
            vf=tb,
            ls=10,
            vs=11,
            tab=55,
            w=165,
        )
    else:
        items = [
            ("Nom", sur),
            ("Prénom(s)", giv),
            ("Sexe", "Féminin" if p.sex == "F" else "Masculin"),
            ("Né(e) le", f"{fr(p.dob)} ({date_words_fr(p.dob)})"),
            ("à", pob),
            ("Fils/Fille de", father),
            ("et de", mother),
        ]
        y = rows(
            pg,
            25,
            y,
            items,
            style=rng.choice(["dots", "beside", "colon"]),
            lf=tf,
            vf=tb,
            ls=10,
            vs=11,
            tab=45,
            w=165,
        )
    y = pg.para(25, y + 6, 160, "Mentions marginales : Néant.", tf, 10)
    y = pg.para(
        25,
        y + 3,
        160,
        "Pour extrait certifié conforme aux indications portées au registre.",
        tf,
        10,
    )
    pg.text(125, y + 10, f"Délivré à {place}, le {fr(issued)}", tf, 10)
    _officer(
        pg,
        rng,
        150,
        y + 22,
        "L'Officier de l'état civil",
        rng.choice(
            ["A. Sow", "K. Yao", "M. Ndongo", "B. Keita", "J. Mbala", "P. Saint-Fleur", "R. Hamdi"]
        ),
        H[2].upper()[:28],
        ["ÉTAT", "CIVIL"],
    )
    lang = "fr+en" if country == "CMR" else ("fr+ar" if country == "DZA" else "fr")
    return [pg], _fields(p, sur, giv, pob, country, lang)


def maghreb(p, rng, country, issued, place):
    """Bilingual Arabic/French extract (Morocco, Tunisia, Algeria)."""
    pg = Page(bg=(253, 252, 248))
    hdr = {
        "MAR": (
            [
                "ROYAUME DU MAROC",
                "Ministère de l'Intérieur",
                f"Préfecture de {place}",
                "Bureau de l'état civil",
            ],
            ["المملكة المغربية", "وزارة الداخلية", "مكتب الحالة المدنية"],
            "EXTRAIT D'ACTE DE NAISSANCE",
            "نسخة موجزة من رسم الولادة",
        ),
        "TUN": (
            [
                "RÉPUBLIQUE TUNISIENNE",
                "Ministère de l'Intérieur",
                f"Municipalité de {place}",
                "Bureau de l'état civil",
            ],
            [
                "الجمهورية التونسية",
                "وزارة الداخلية",
                "بلدية " + {"Tunis": "تونس", "Sfax": "صفاقس"}.get(place, "سوسة"),
            ],
            "EXTRAIT D'ACTE DE NAISSANCE",
            "مضمون ولادة",
        ),
        "DZA": (
            [
                "RÉPUBLIQUE ALGÉRIENNE DÉMOCRATIQUE ET POPULAIRE",
                f"Wilaya d'{place}",
                f"Commune d'{place}",
            ],
            ["الجمهورية الجزائرية الديمقراطية الشعبية", "ولاية وهران", "بلدية وهران"],
            "EXTRAIT D'ACTE DE NAISSANCE (S 12)",
            "مستخرج من عقد الميلاد",
        ),
    }[country]
    header_block(pg, 18, 18, hdr[0], font="dejavu-b", size=8.5)
    header_block(pg, 192, 19, [(t, "arabic-b") for t in hdr[1]], size=11, anchor="r")
    pg.line(15, 44, 195, 44, (60, 60, 60), 0.5)
    pg.text(60, 54, hdr[2], "dejavu-b", 11.5, anchor="m")
    pg.text(160, 54, hdr[3], "arabic-b", 14, anchor="m", rtl=True)
    n = rng.randint(100, 3000)
    pg.text(18, 64, f"Acte n° {n}   Année {p.dob.year}", "dejavu", 9)
    pg.text(192, 64, f"رقم الرسم {n}", "arabic", 11, anchor="r", rtl=True)
    ar = p.extra
    items = [
        ("Nom", p.surname, "الاسم العائلي", ar.get("ar_sur", "")),
        ("Prénom", p.given, "الاسم الشخصي", ar.get("ar_giv", "")),
        ("Date de naissance", f"{fr(p.dob)}", "تاريخ الازدياد", p.dob.strftime("%Y/%m/%d")),
        ("(en lettres)", date_words_fr(p.dob), "", ""),
        ("Lieu de naissance", p.pob_city, "مكان الازدياد", ar.get("ar_pob", "")),
        (
            "Sexe",
            "Féminin" if p.sex == "F" else "Masculin",
            "الجنس",
            "أنثى" if p.sex == "F" else "ذكر",
        ),
        ("Père", p.father, "الأب", ""),
        ("Mère", p.mother, "الأم", ""),
        ("Mentions marginales", "Néant", "بيانات هامشية", "لا شيء"),
    ]
    y = 78
    for lab, val, alab, aval in items:
        pg.text(18, y, lab + " :", "dejavu", 8.5, (50, 50, 50))
        pg.text(55, y, val, "dejavu-b", 9.5)
        if alab:
            pg.text(192, y, alab, "arabic", 11, (50, 50, 50), anchor="r", rtl=True)
        if aval:
            pg.text(158, y, aval, "arabic-b", 11.5, anchor="r", rtl=True)
        pg.hline_dots(18, 192, y + 2.2, (170, 170, 170))
        y += 10
    pg.para(
        18,
        y + 8,
        174,
        "Certifié conforme aux indications portées sur le registre de l'état civil.",
        "dejavu",
        9,
    )
    pg.text(18, y + 20, f"{place}, le {fr(issued)}", "dejavu", 9.5)
    _officer(
        pg,
        rng,
        150,
        y + 26,
        "L'Officier de l'état civil",
        rng.choice(["M. Alaoui", "S. Ben Amor", "N. Khelil", "H. Tazi"]),
        hdr[0][0][:26],
        ["ÉTAT CIVIL", place.upper()],
    )
    f = _fields(p, p.surname, p.given, p.pob_city, country, "ar+fr")
    return [pg], f


def usa(p, rng, issued, state="OHIO", county="FRANKLIN"):
    pg = Page(216, 279, bg=(246, 250, 244))
    green = (120, 160, 120)
    for k in range(3):
        pg.rect(6 + k * 1.3, 6 + k * 1.3, 204 - k * 2.6, 267 - k * 2.6, green, None, 0.35)
    guilloche(pg, 10, 10, 196, 259, (216, 230, 214), rng, n=40, lw=0.15, amp=6)
    pg.text(108, 24, f"STATE OF {state}", "serif-b", 14, (30, 60, 40), anchor="m")
    pg.text(108, 31, "DEPARTMENT OF HEALTH - OFFICE OF VITAL STATISTICS", "serif", 9, anchor="m")
    pg.text(108, 42, "CERTIFICATION OF BIRTH", "serif-b", 18, (30, 60, 40), anchor="m")
    fn = p.given.split()
    first, middle = fn[0], " ".join(fn[1:])
    x, w = 20, 176
    y = 54
    pg.text(x, y - 2, "STATE FILE NUMBER", "sans", 6.5)
    sfn = f"{p.dob.year}-{digits(rng, 6)}"
    pg.text(x + 32, y - 2, sfn, "mono-b", 9)
    y += 2
    y2 = kv(
        pg, x, y, "1. CHILD - FIRST NAME", first.upper(), "cell", "sans", "mono-b", 7, 11, w=w / 3
    )
    kv(pg, x + w / 3, y, "MIDDLE NAME", middle.upper(), "cell", "sans", "mono-b", 7, 11, w=w / 3)
    kv(
        pg,
        x + 2 * w / 3,
        y,
        "LAST NAME",
        p.surname.upper(),
        "cell",
        "sans",
        "mono-b",
        7,
        11,
        w=w / 3,
    )
    dob_txt = f"{MONTHS_EN[p.dob.month - 1].upper()} {p.dob.day:02d}, {p.dob.year}"
    y3 = kv(pg, x, y2, "2. DATE OF BIRTH", dob_txt, "cell", "sans", "mono-b", 7, 11, w=w / 2)
    kv(
        pg,
        x + w / 2,
        y2,
        "3. SEX",
        "FEMALE" if p.sex == "F" else "MALE",
        "cell",
        "sans",
        "mono-b",
        7,
        11,
        w=w / 2,
    )
    pob = f"{p.pob_city.upper()}, {county} COUNTY"
    y4 = kv(
        pg, x, y3, "4. PLACE OF BIRTH - CITY, COUNTY", pob, "cell", "sans", "mono-b", 7, 11, w=w
    )
    y5 = kv(
        pg,
        x,
        y4,
        "5. MOTHER - MAIDEN NAME",
        p.mother.upper(),
        "cell",
        "sans",
        "mono-b",
        7,
        11,
        w=w / 2,
    )
    kv(
        pg,
        x + w / 2,
        y4,
        "6. FATHER - NAME",
        p.father.upper(),
        "cell",
        "sans",
        "mono-b",
        7,
        11,
        w=w / 2,
    )
    filed = p.dob + dt.timedelta(days=rng.randint(3, 20))
    y6 = kv(
        pg,
        x,
        y5,
        "7. DATE FILED",
        fr(filed).replace("/", "-"),
        "cell",
        "sans",
        "mono-b",
        7,
        11,
        w=w / 2,
    )
    kv(
        pg,
        x + w / 2,
        y5,
        "8. DATE ISSUED",
        fr(issued).replace("/", "-"),
        "cell",
        "sans",
        "mono-b",
        7,
        11,
        w=w / 2,
    )
    y = pg.para(
        x,
        y6 + 12,
        w,
        "This is a true certification of the name and birth facts on file "
        "in the Office of Vital Statistics, " + state.title() + " Department of Health. "
        "This document is not valid unless it bears the raised seal of the issuing office "
        "and is printed on security paper.",
        "serif-i",
        9,
    )
    pg.sign(120, y + 6, 60, 18, "Karen L. Whitfield", rng, (20, 20, 30))
    pg.text(150, y + 28, "Karen L. Whitfield, State Registrar", "serif", 8.5, anchor="m")
    pg.image(
        30,
        y + 2,
        36,
        36,
        stamp_img(f"STATE OF {state}", ["SEAL"], 34, (170, 150, 90), rng, ring2="VITAL STATISTICS"),
    )
    pg.text(
        108,
        268,
        f"VS-{digits(rng, 8)}   DO NOT ACCEPT WITHOUT RAISED SEAL",
        "sans",
        6,
        (90, 110, 90),
        anchor="m",
    )
    f = _fields(
        p,
        p.surname.upper(),
        f"{first} {middle}".upper().strip(),
        f"{p.pob_city.upper()}, {county} COUNTY",
        "USA",
        "en",
    )
    return [pg], f


def brazil(p, rng, issued, comarca="Belo Horizonte - MG"):
    pg = Page(bg=(250, 250, 246))
    _frame(pg, (40, 90, 60), rng, True)
    pg.text(105, 22, "REPÚBLICA FEDERATIVA DO BRASIL", "sans-b", 12, (20, 80, 40), anchor="m")
    pg.text(105, 28, "REGISTRO CIVIL DAS PESSOAS NATURAIS", "sans", 9, anchor="m")
    pg.text(105, 38, "CERTIDÃO DE NASCIMENTO", "sans-b", 15, anchor="m")
    full = f"{p.given} {p.surname}".upper()
    y = 48
    y = kv(pg, 18, y, "NOME", full, "cell", "sans", "sans-b", 7, 11, w=174)
    y = kv(
        pg,
        18,
        y,
        "CPF",
        f"{digits(rng, 3)}.{digits(rng, 3)}.{digits(rng, 3)}-{digits(rng, 2)}",
        "cell",
        "sans",
        "sans-b",
        7,
        10,
        w=174,
    )
    mat = (
        f"{digits(rng, 6)} 01 55 {p.dob.year} 1 {digits(rng, 5)} {digits(rng, 3)} "
        f"{digits(rng, 7)}-{digits(rng, 2)}"
    )
    y = kv(pg, 18, y, "MATRÍCULA", mat, "cell", "sans", "mono-b", 7, 10, w=174)
    y = kv(
        pg,
        18,
        y,
        "DATA DE NASCIMENTO",
        f"{p.dob.day} de {MONTHS_PT[p.dob.month - 1]} de {p.dob.year}",
        "cell",
        "sans",
        "sans-b",
        7,
        10,
        w=120,
    )
    kv(
        pg,
        138,
        y - 12.5,
        "DIA / MÊS / ANO",
        p.dob.strftime("%d / %m / %Y"),
        "cell",
        "sans",
        "sans-b",
        7,
        10,
        w=54,
    )
    y = kv(pg, 18, y, "NATURALIDADE", comarca, "cell", "sans", "sans-b", 7, 10, w=87)
    kv(
        pg,
        105,
        y - 12.5,
        "SEXO",
        "FEMININO" if p.sex == "F" else "MASCULINO",
        "cell",
        "sans",
        "sans-b",
        7,
        10,
        w=87,
    )
    y = kv(
        pg,
        18,
        y,
        "FILIAÇÃO",
        f"{p.father.upper()} e {p.mother.upper()}",
        "cell",
        "sans",
        "sans-b",
        7,
        9.5,
        w=174,
    )
    y = kv(
        pg, 18, y, "OBSERVAÇÕES / AVERBAÇÕES", "Nada consta.", "cell", "sans", "sans", 7, 9, w=174
    )
    y = pg.para(18, y + 10, 174, "O conteúdo da certidão é verdadeiro. Dou fé.", "sans-i", 10)
    pg.text(18, y + 6, f"Cartório do 2º Ofício de Registro Civil - {comarca}", "sans", 9)
    pg.text(
        18,
        y + 12,
        f"{comarca.split(' - ')[0]}, {issued.day} de "
        f"{MONTHS_PT[issued.month - 1]} de {issued.year}.",
        "sans",
        9,
    )
    pg.sign(120, y + 16, 60, 18, "Marcia Teixeira", rng)
    pg.text(150, y + 38, "Márcia Teixeira - Oficiala Substituta", "sans", 8.5, anchor="m")
    pg.image(160, 250, 28, 28, qr_img(f"https://selodigital.tjmg.jus.br/{digits(rng, 12)}"))
    pg.text(18, 262, f"Selo de fiscalização: {digits(rng, 4)}-{digits(rng, 6)}", "sans", 7)
    f = _fields(p, p.surname.upper(), p.given.upper(), comarca, "BRA", "pt")
    return [pg], f
