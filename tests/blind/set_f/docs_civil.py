"""Birth certificates of many countries, apostilles, sworn translations."""

from __future__ import annotations

import datetime as dt

from art import emblem, guilloche, qr_like
from core import (
    BLACK,
    INK_BLUE,
    MOIS,
    MONTHS_EN,
    Page,
    en_words,
    fr,
    rng,
    seed_of,
    strip_accents,
    text_width_mm,
)
from model import Doc
from words import HIJRI_FR, es_date_words, fr_date_words, hijri, pt_date_words

GREYT = (70, 70, 70)


def _bc_doc(p, key, country, lang, pages, surname, given, place, notes=""):
    fields = {
        "surname": surname,
        "given_names": given,
        "date_of_birth": p.dob.isoformat(),
        "place_of_birth": place,
        "issuing_country": country,
        "language": lang,
        "has_apostille": False,
    }
    return Doc("birth_certificate", fields, pages, notes=notes, key=key)


def _dotted(pg, x, y, x2, label, value, lfont="serif", vfont="serif-b", size=10, hand=None, seed=0):
    pg.text(x, y, label, lfont, size)
    lx = x + text_width_mm(label, lfont, size) + 1.5
    pg.line(lx, y + 0.8, x2, y + 0.8, (120, 120, 120), 0.2, dash=(0.6, 0.8))
    if hand:
        pg.hand(lx + 2, y - 0.3, value, hand, size * 1.25, INK_BLUE, seed=seed)
    else:
        pg.text(lx + 2, y, value, vfont, size)


# --------------------------------------------------------------------------
# francophone Africa / Maghreb civil registry extracts
# --------------------------------------------------------------------------
FR_EXTRACT = {
    "SEN": {
        "head": [
            "RÉPUBLIQUE DU SÉNÉGAL",
            "Un Peuple - Un But - Une Foi",
            "—————",
            "RÉGION DE DAKAR",
            "DÉPARTEMENT DE DAKAR",
            "COMMUNE DE DAKAR-PLATEAU",
            "CENTRE PRINCIPAL D'ÉTAT CIVIL",
        ],
        "title": "EXTRAIT DU REGISTRE DES ACTES DE NAISSANCE",
        "style": "narrative",
        "arabic": None,
    },
    "CIV": {
        "head": [
            "RÉPUBLIQUE DE CÔTE D'IVOIRE",
            "Union - Discipline - Travail",
            "—————",
            "DÉPARTEMENT D'ABIDJAN",
            "COMMUNE DE COCODY",
            "ÉTAT CIVIL",
        ],
        "title": "EXTRAIT DU REGISTRE DES ACTES DE L'ÉTAT CIVIL",
        "style": "labels",
        "arabic": None,
        "sub": "POUR L'ANNÉE {year}",
    },
    "MLI": {
        "head": [
            "RÉPUBLIQUE DU MALI",
            "Un Peuple - Un But - Une Foi",
            "—————",
            "RÉGION DE KOULIKORO",
            "CERCLE DE KATI",
            "COMMUNE DE KATI",
            "CENTRE D'ÉTAT CIVIL PRINCIPAL",
        ],
        "title": "ACTE DE NAISSANCE",
        "style": "labels",
        "arabic": None,
    },
    "COD": {
        "head": [
            "RÉPUBLIQUE DÉMOCRATIQUE DU CONGO",
            "VILLE DE KINSHASA",
            "COMMUNE DE LA GOMBE",
            "BUREAU DE L'ÉTAT CIVIL",
        ],
        "title": "ACTE DE NAISSANCE",
        "style": "narrative",
        "arabic": None,
    },
    "DZA": {
        "head": [
            "RÉPUBLIQUE ALGÉRIENNE DÉMOCRATIQUE ET POPULAIRE",
            "WILAYA D'ORAN",
            "DAÏRA D'ORAN",
            "COMMUNE D'ORAN",
        ],
        "title": "EXTRAIT D'ACTE DE NAISSANCE",
        "style": "bilingual",
        "arabic": [
            "الجمهورية الجزائرية الديمقراطية الشعبية",
            "ولاية وهران",
            "بلدية وهران",
            "مستخرج من عقد الميلاد",
        ],
    },
    "MAR": {
        "head": [
            "ROYAUME DU MAROC",
            "MINISTÈRE DE L'INTÉRIEUR",
            "PROVINCE DE {prov}",
            "COMMUNE DE {city}",
            "BUREAU DE L'ÉTAT CIVIL",
        ],
        "title": "EXTRAIT D'ACTE DE NAISSANCE",
        "style": "bilingual",
        "arabic": [
            "المملكة المغربية",
            "وزارة الداخلية",
            "مكتب الحالة المدنية",
            "نسخة موجزة من رسم الولادة",
        ],
    },
    "TUN": {
        "head": [
            "RÉPUBLIQUE TUNISIENNE",
            "MINISTÈRE DE L'INTÉRIEUR",
            "MUNICIPALITÉ DE {city}",
            "ÉTAT CIVIL",
        ],
        "title": "EXTRAIT D'ACTE DE NAISSANCE",
        "style": "bilingual",
        "arabic": ["الجمهورية التونسية", "وزارة الداخلية", "بلدية", "مضمون ولادة"],
    },
}

AR_LABELS = {
    "surname": "اللقب",
    "given": "الاسم",
    "dob": "تاريخ الميلاد",
    "pob": "مكان الميلاد",
    "sex": "الجنس",
    "father": "اسم الأب",
    "mother": "اسم الأم",
    "margin": "البيانات الهامشية",
}


def bc_francophone(p, country, key, act_no, issued, officer, prov="", look_hand=False):
    st = FR_EXTRACT[country]
    r = rng(key, "bc")
    seed = seed_of(key, "bc")
    pg = Page()
    city_u = strip_accents(p.birth_city).upper()
    fmt = {"city": city_u, "prov": prov.upper() or city_u, "year": p.dob.year}
    y = 14
    for i, ln in enumerate(st["head"]):
        ln = ln.format(**fmt)
        y += 4.4
        font = "serif-b" if i == 0 else ("serif-i" if "-" in ln and i == 1 else "serif")
        pg.text(52 if st["arabic"] else 60, y, ln, font, 8.5 if i else 9.5, BLACK, "c")
    if st["arabic"]:
        ya = 14
        for ln in st["arabic"][:-1]:
            ya += 5.2
            pg.text(165, ya, ln, "amiri-b", 10, BLACK, "c")
    pg.text(
        185 if not st["arabic"] else 105,
        22 if not st["arabic"] else 45,
        f"N° {act_no}",
        "serif-b",
        10,
        BLACK,
        "r" if not st["arabic"] else "c",
    )
    y = max(y, 44) + 12
    pg.text(105, y, st["title"], "serif-b", 13, BLACK, "c")
    if st["arabic"]:
        y += 7
        pg.text(105, y, st["arabic"][-1], "amiri-b", 13, BLACK, "c")
    if st.get("sub"):
        y += 6
        pg.text(105, y, st["sub"].format(**fmt), "serif", 10, BLACK, "c")
    y += 12
    sur = p.surname.upper()
    giv = p.given
    sexw = "masculin" if p.sex == "M" else "féminin"
    hand = "h-dkg" if look_hand else None
    if st["style"] == "narrative":
        txt = (
            f"Le {fr_date_words(p.dob)} ({fr(p.dob)}), à {r.randint(1, 23)} heures "
            f"{r.randint(0, 59)} minutes, est né(e) à {p.birth_city}, un enfant de sexe {sexw}, "
            f"qui a reçu le(s) prénom(s) de : {giv}, et le nom de : {sur}, "
            f"{'fils' if p.sex == 'M' else 'fille'} de {p.father}, profession : commerçant, "
            f"et de {p.mother}, profession : ménagère, domiciliés à {p.birth_city}."
        )
        y = pg.para(22, y, 166, txt, "serif", 11, 6.2, justify=True)
        y += 4
        y = pg.para(
            22,
            y,
            166,
            f"Dressé le {fr_date_words(p.dob + dt.timedelta(days=r.randint(2, 20)))}, "
            "sur la déclaration du père, qui a signé avec nous, Officier de l'état civil, "
            "après lecture faite.",
            "serif",
            11,
            6.2,
            justify=True,
        )
        y += 6
        pg.text(22, y, "Mentions marginales : Néant", "serif-i", 10)
    else:
        rows = [
            ("Nom", sur, "surname"),
            ("Prénom(s)", giv, "given"),
            ("Date de naissance", f"{fr(p.dob)} — {fr_date_words(p.dob)}", "dob"),
            ("Lieu de naissance", p.birth_city, "pob"),
            ("Sexe", sexw.capitalize(), "sex"),
            ("Fils/Fille de", p.father, "father"),
            ("et de", p.mother, "mother"),
        ]
        if country == "MAR":
            hy, hm, hd = hijri(p.dob)
            rows.insert(3, ("Correspondant au", f"{hd} {HIJRI_FR[hm - 1]} {hy} (hégire)", "dob"))
        for lab, val, k in rows:
            _dotted(
                pg,
                22,
                y,
                188 if not st["arabic"] else 160,
                lab + " : ",
                val,
                size=10.5,
                hand=hand,
                seed=seed + y,
            )
            if st["arabic"]:
                pg.text(188, y, AR_LABELS[k] + " :", "amiri", 10.5, BLACK, "r")
            y += 9
        y += 2
        pg.text(22, y, "Mentions marginales : Néant", "serif-i", 10)
        if st["arabic"]:
            pg.text(188, y, AR_LABELS["margin"] + " : لا شيء", "amiri", 10.5, BLACK, "r")
    y += 16
    pg.text(120, y, f"Pour extrait certifié conforme, {p.birth_city}, le {fr(issued)}", "serif", 10)
    pg.text(140, y + 6, "L'Officier de l'état civil", "serif-b", 10, BLACK, "c")
    pg.stamp(
        112,
        y + 9,
        34,
        34,
        [country, "ÉTAT CIVIL"],
        ring=st["head"][0][:34],
        seed=seed,
        color=(50, 70, 160),
    )
    pg.sig(135, y + 14, 40, 16, officer, seed=seed + 1)
    pg.text(140, y + 36, officer, "serif", 9, BLACK, "c")
    pg.text(
        105,
        287,
        "Timbre fiscal acquitté — document délivré en application de la législation en vigueur",
        "serif-i",
        7,
        GREYT,
        "c",
    )
    lang = "ar/fr" if st["arabic"] else "fr"
    return _bc_doc(p, key, country, lang, [pg], sur, giv, p.birth_city)


def bc_cameroon(p, key, act_no, issued, officer):
    """Bilingual French/English Cameroonian birth certificate (form with labels)."""
    seed = seed_of(key, "bc")
    pg = Page()
    pg.rect(8, 8, 194, 281, (90, 120, 90), None, 1.2)
    pg.rect(10, 10, 190, 277, (90, 120, 90), None, 0.3)
    for i, ln in enumerate(
        [
            "RÉPUBLIQUE DU CAMEROUN",
            "Paix - Travail - Patrie",
            "—————",
            "PROVINCE DU CENTRE",
            "DÉPARTEMENT DU MFOUNDI",
            "CENTRE D'ÉTAT CIVIL DE YAOUNDÉ IV",
        ]
    ):
        pg.text(55, 20 + i * 4.3, ln, "serif-b" if i == 0 else "serif", 8.5, BLACK, "c")
    for i, ln in enumerate(
        [
            "REPUBLIC OF CAMEROON",
            "Peace - Work - Fatherland",
            "—————",
            "CENTRE PROVINCE",
            "MFOUNDI DIVISION",
            "YAOUNDE IV CIVIL STATUS CENTRE",
        ]
    ):
        pg.text(155, 20 + i * 4.3, ln, "serif-b" if i == 0 else "serif", 8.5, BLACK, "c")
    pg.image(97, 16, 16, 16, emblem(seed, (40, 110, 60), 160))
    pg.text(105, 56, "ACTE DE NAISSANCE / BIRTH CERTIFICATE", "serif-b", 13, BLACK, "c")
    pg.text(105, 63, f"N° {act_no}", "serif-b", 11, (150, 20, 20), "c")
    rows = [
        ("Nom de l'enfant", "Surname of the child", p.surname.upper()),
        ("Prénoms de l'enfant", "Given names of the child", p.given),
        ("Né le", "Born on the", f"{fr(p.dob)}  ({fr_date_words(p.dob)})"),
        ("À", "At", p.birth_city),
        ("De sexe", "Sex", "Masculin / Male" if p.sex == "M" else "Féminin / Female"),
        ("De", "Of (father)", p.father),
        ("Profession", "Occupation", "Fonctionnaire"),
        ("Et de", "And of (mother)", p.mother),
        ("Profession", "Occupation", "Commerçante"),
        ("Dressé le", "Drawn up on the", fr(p.dob + dt.timedelta(days=9))),
        ("Sur la déclaration de", "In accordance with the declaration of", p.father),
        ("Par nous", "By us", officer + ", Officier d'état civil / Civil Status Registrar"),
    ]
    y = 76
    for fr_l, en_l, val in rows:
        pg.text(16, y, fr_l, "serif-b", 9)
        pg.text(16, y + 3.6, en_l, "serif-i", 7.5, GREYT)
        pg.line(78, y + 2, 194, y + 2, (150, 150, 150), 0.2, dash=(0.6, 0.8))
        pg.hand(80, y + 1.2, val, "h-dkg", 12, INK_BLUE, seed=seed + int(y))
        y += 12.5
    y += 6
    pg.text(
        120,
        y,
        f"Copie certifiée conforme / Certified true copy — Yaoundé, le {fr(issued)}",
        "serif",
        8.5,
        BLACK,
        "c",
    )
    pg.stamp(
        125,
        y + 5,
        36,
        36,
        ["ÉTAT CIVIL", "YAOUNDÉ IV"],
        ring="REPUBLIQUE DU CAMEROUN",
        seed=seed,
        color=(110, 40, 130),
    )
    pg.sig(140, y + 12, 42, 16, officer, seed=seed + 1)
    return _bc_doc(p, key, "CMR", "fr/en", [pg], p.surname.upper(), p.given, p.birth_city)


# --------------------------------------------------------------------------
# United States: state certificate of live birth
# --------------------------------------------------------------------------
def bc_usa(p, key, state, county, file_no, issued, registrar, mother_maiden):
    seed = seed_of(key, "bc")
    pg = Page()
    pg.image(0, 0, 210, 297, guilloche(525, 742, (120, 150, 120), seed, 0.6, 0.25))
    pg.rect(7, 7, 196, 283, (60, 100, 70), None, 2.2)
    pg.rect(10, 10, 190, 277, (60, 100, 70), None, 0.4)
    pg.image(92, 14, 26, 26, emblem(seed, (40, 70, 50), 200, text=f"STATE OF {state.upper()}"))
    pg.text(105, 47, f"STATE OF {state.upper()}", "serif-b", 15, (30, 50, 35), "c")
    pg.text(105, 54, "DEPARTMENT OF HEALTH — OFFICE OF VITAL STATISTICS", "sans-b", 8.5, BLACK, "c")
    pg.text(105, 63, "CERTIFICATE OF LIVE BIRTH", "serif-b", 17, BLACK, "c")
    pg.text(105, 69, "CERTIFIED COPY", "sans", 8, BLACK, "c")
    pg.text(188, 78, f"STATE FILE NUMBER  {file_no}", "sans-b", 8, (150, 20, 20), "r")
    # numbered boxes
    x0, w = 16, 178
    y = 82

    def box(yy, cells, h=13):
        x = x0
        for num, label, val, frac in cells:
            cw = w * frac
            pg.rect(x, yy, cw, h, BLACK, None, 0.3)
            pg.text(x + 1.2, yy + 3, f"{num}. {label}", "sans", 5.8, GREYT)
            pg.text(x + 2, yy + 9.5, val, "mono-b", 9.5)
            x += cw
        return yy + h

    names = p.given.upper().split()
    first, middle = names[0], " ".join(names[1:])
    y = box(
        y,
        [
            ("1a", "CHILD'S NAME (First)", first, 0.34),
            ("1b", "(Middle)", middle, 0.33),
            ("1c", "(Last)", p.surname.upper(), 0.33),
        ],
    )
    y = box(
        y,
        [
            ("2", "SEX", "MALE" if p.sex == "M" else "FEMALE", 0.2),
            ("3a", "DATE OF BIRTH (Month, Day, Year)", en_words(p.dob).upper(), 0.5),
            (
                "3b",
                "TIME OF BIRTH",
                f"{seed % 12 + 1}:{seed % 60:02d} {'AM' if seed % 2 else 'PM'}",
                0.3,
            ),
        ],
    )
    y = box(
        y,
        [
            ("4a", "PLACE OF BIRTH (City)", p.birth_city.upper(), 0.4),
            ("4b", "COUNTY OF BIRTH", county.upper(), 0.3),
            ("4c", "STATE", state.upper(), 0.3),
        ],
    )
    y = box(
        y, [("5", "NAME OF HOSPITAL OR FACILITY", f"{p.birth_city.upper()} GENERAL HOSPITAL", 1.0)]
    )
    mf = mother_maiden.upper().split()
    y = box(
        y,
        [
            ("6a", "MOTHER'S NAME (First, Middle)", " ".join(mf[:-1]), 0.5),
            ("6b", "MAIDEN SURNAME", mf[-1], 0.25),
            ("6c", "BIRTHPLACE", "OHIO", 0.25),
        ],
    )
    ff = p.father.upper().split()
    y = box(
        y,
        [
            ("7a", "FATHER'S NAME (First, Middle)", " ".join(ff[:-1]), 0.5),
            ("7b", "LAST NAME", ff[-1], 0.25),
            ("7c", "BIRTHPLACE", "NEW YORK", 0.25),
        ],
    )
    y = box(
        y,
        [
            ("8", "DATE FILED", (p.dob + dt.timedelta(days=6)).strftime("%m/%d/%Y"), 0.3),
            ("9", "REGISTRAR", registrar.upper(), 0.7),
        ],
    )
    y += 10
    pg.para(
        16,
        y,
        178,
        "This is a true certification of the name and facts as they appear on the official "
        "record of birth on file in the Office of Vital Statistics. This copy is issued under the "
        "authority of the State Registrar and is valid only with the raised seal of the issuing office.",
        "serif",
        9.5,
        5,
        justify=True,
    )
    y += 26
    pg.text(16, y, f"DATE ISSUED: {issued.strftime('%B %d, %Y').upper()}", "sans-b", 9)
    pg.sig(120, y - 12, 60, 16, registrar, seed=seed + 2, color=(20, 20, 20))
    pg.line(115, y + 3, 190, y + 3, BLACK, 0.3)
    pg.text(152, y + 7, "STATE REGISTRAR", "sans", 7.5, BLACK, "c")
    pg.ellipse(45, y + 30, 16, 16, (170, 170, 170), None, 0.6)
    pg.text(45, y + 31, "RAISED SEAL", "sans", 6, (160, 160, 160), "c")
    pg.text(
        105,
        280,
        "DO NOT ACCEPT WITHOUT SECURITY FEATURES — VOID IF ALTERED OR COPIED",
        "sans-b",
        6.5,
        (100, 30, 30),
        "c",
    )
    return _bc_doc(
        p,
        key,
        "USA",
        "en",
        [pg],
        p.surname.upper(),
        p.given.upper(),
        f"{p.birth_city}, {county} County, {state}",
    )


# --------------------------------------------------------------------------
# United Kingdom: GRO certified copy of an entry (landscape)
# --------------------------------------------------------------------------
def bc_uk(p, key, district, subdistrict, entry_no, issued, registrar, maiden="Campbell"):
    seed = seed_of(key, "bc")
    pg = Page(297, 210)
    pg.image(0, 0, 297, 210, guilloche(742, 525, (200, 120, 130), seed, 0.5, 0.18))
    pg.text(148, 14, "CERTIFIED COPY OF AN ENTRY OF BIRTH", "serif-b", 14, (120, 30, 40), "c")
    pg.text(20, 14, f"BXA {seed % 900000 + 100000}", "mono-b", 10, (120, 30, 40))
    pg.text(277, 14, "GIVEN AT THE GENERAL REGISTER OFFICE", "serif", 7, (120, 30, 40), "r")
    pg.text(20, 26, f"REGISTRATION DISTRICT   {district}", "serif-b", 9)
    y0 = 32
    pg.text(
        20,
        y0,
        f"{p.dob.year}   BIRTH in the Sub-district of  {subdistrict}  in the  {district}",
        "serif",
        9,
    )
    cols = [
        ("No.", 10),
        ("When and\nwhere born", 38),
        ("Name, if any", 30),
        ("Sex", 14),
        ("Name and surname\nof father", 30),
        ("Name, surname and\nmaiden surname\nof mother", 34),
        ("Occupation\nof father", 22),
        ("Signature, description and\nresidence of informant", 38),
        ("When\nregistered", 22),
        ("Signature of\nregistrar", 24),
        ("Name entered\nafter registration", 15),
    ]
    x = 20
    top = 38
    for i, (lab, wcol) in enumerate(cols):
        pg.rect(x, top, wcol, 70, (120, 30, 40), None, 0.3)
        pg.text(x + 1, top + 3, str(i) if i else "", "serif", 6, (120, 30, 40))
        for j, ln in enumerate(lab.split("\n")):
            pg.text(x + wcol / 2, top + 7 + j * 3, ln, "serif", 5.8, (120, 30, 40), "c")
        x += wcol
    pg.line(20, top + 17, x, top + 17, (120, 30, 40), 0.3)
    vals = [
        str(entry_no),
        f"{fr_day_en(p.dob)}\n{p.dob.year}\n{p.birth_city}\nHospital",
        p.given,
        "Boy" if p.sex == "M" else "Girl",
        p.father,
        f"{p.mother}\nformerly\n{maiden}",
        "Engineer",
        f"{p.father}\nFather\n12 Albert Road\n{p.birth_city}",
        (p.dob + dt.timedelta(days=14)).strftime("%d %B\n%Y"),
        registrar + "\nRegistrar",
        "",
    ]
    x = 20
    for (lab, wcol), val in zip(cols, vals):
        for j, ln in enumerate(val.split("\n")):
            pg.hand(
                x + 1.5, top + 24 + j * 5.5, ln, "h-dancing", 9.5, (25, 25, 25), seed=seed + j + x
            )
        x += wcol
    pg.para(
        20,
        118,
        257,
        "CERTIFIED to be a true copy of an entry in the certified copy of a Register of "
        f"Births in the District above mentioned. Given at the GENERAL REGISTER OFFICE, under the Seal of "
        f"the said Office, the {issued.day} day of {MONTHS_EN[issued.month - 1]} {issued.year}.",
        "serif",
        9,
        4.6,
    )
    pg.text(20, 138, f"{district[:3].upper()} {entry_no:06d}", "mono", 9)
    pg.stamp(
        230,
        130,
        40,
        40,
        ["GENERAL", "REGISTER", "OFFICE"],
        ring="GENERAL REGISTER OFFICE",
        seed=seed,
        color=(150, 60, 70),
    )
    pg.para(
        20,
        175,
        200,
        "CAUTION: THERE ARE OFFENCES RELATING TO FALSIFYING OR ALTERING A CERTIFICATE "
        "AND USING OR POSSESSING A FALSE CERTIFICATE. ©CROWN COPYRIGHT\nWARNING: A CERTIFICATE IS NOT "
        "EVIDENCE OF IDENTITY.",
        "sans-b",
        6.5,
        3.4,
        (120, 30, 40),
    )
    doc = _bc_doc(p, key, "GBR", "en", [pg], "", p.given, f"{p.birth_city}")
    doc.fields["surname"] = p.surname
    doc.notes = (
        "UK entry: surname appears inside the father's name column, given names in column 2."
    )
    return doc


def fr_day_en(d):
    n = d.day
    suf = "th" if 11 <= n % 100 <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suf} {MONTHS_EN[d.month - 1]}"


# --------------------------------------------------------------------------
# Latin America
# --------------------------------------------------------------------------
def bc_colombia(p, key, serial, nuip, issued, notary, dept, municipio):
    seed = seed_of(key, "bc")
    pg = Page()
    pg.image(0, 0, 210, 297, guilloche(525, 742, (200, 190, 120), seed, 0.5, 0.15))
    pg.image(14, 10, 18, 18, emblem(seed, (30, 30, 30), 160))
    pg.text(36, 16, "REPÚBLICA DE COLOMBIA", "sans-b", 11)
    pg.text(36, 21, "REGISTRADURÍA NACIONAL DEL ESTADO CIVIL", "sans", 8.5)
    pg.text(36, 25.5, "REGISTRO CIVIL DE NACIMIENTO", "sans-b", 12)
    pg.rect(150, 10, 46, 16, BLACK, None, 0.4)
    pg.text(152, 14, "Indicativo Serial", "sans", 7)
    pg.text(173, 22, serial, "mono-b", 12, (170, 20, 20), "c")
    sur = p.surname.upper().split()
    y = 34

    def sec(title, yy):
        pg.rect(14, yy, 182, 5, None, (210, 210, 210))
        pg.text(16, yy + 3.7, title, "sans-b", 8)
        return yy + 5

    def cells(yy, items, h=11):
        x = 14
        for lab, val, frac in items:
            cw = 182 * frac
            pg.rect(x, yy, cw, h, BLACK, None, 0.25)
            pg.text(x + 1, yy + 3, lab, "sans", 6.2, GREYT)
            pg.text(x + 2, yy + 8.7, val, "mono-b", 9.5)
            x += cw
        return yy + h

    y = sec("Datos de la oficina de registro", y)
    y = cells(
        y,
        [
            ("Clase de oficina", "NOTARÍA", 0.25),
            (
                "País - Departamento - Municipio - Corregimiento",
                f"COLOMBIA - {dept.upper()} - {municipio.upper()}",
                0.55,
            ),
            ("Código", "05001", 0.2),
        ],
    )
    y = cells(y, [("NUIP", nuip, 0.5), ("Número de oficina", "15", 0.5)])
    y = sec("Datos del inscrito", y)
    y = cells(
        y,
        [
            ("Primer Apellido", sur[0], 0.33),
            ("Segundo Apellido", sur[1] if len(sur) > 1 else "", 0.33),
            ("Nombre(s)", p.given.upper(), 0.34),
        ],
    )
    y = cells(
        y,
        [
            ("Fecha de nacimiento   Año", str(p.dob.year), 0.25),
            ("Mes", f"{p.dob.month:02d}", 0.15),
            ("Día", f"{p.dob.day:02d}", 0.15),
            ("Sexo (en letras)", "MASCULINO" if p.sex == "M" else "FEMENINO", 0.25),
            ("Grupo sanguíneo", "O+", 0.2),
        ],
    )
    y = cells(
        y,
        [
            (
                "Lugar de nacimiento (País - Departamento - Municipio)",
                f"COLOMBIA - {dept.upper()} - {municipio.upper()}",
                1.0,
            )
        ],
    )
    y = sec("Datos de la madre", y)
    y = cells(
        y,
        [
            ("Apellidos y nombres completos", p.mother.upper(), 0.7),
            ("Nacionalidad", "COLOMBIANA", 0.3),
        ],
    )
    y = sec("Datos del padre", y)
    y = cells(
        y,
        [
            ("Apellidos y nombres completos", p.father.upper(), 0.7),
            ("Nacionalidad", "COLOMBIANA", 0.3),
        ],
    )
    y = sec("Datos del declarante", y)
    y = cells(y, [("Apellidos y nombres completos", p.father.upper(), 0.7), ("Firma", "", 0.3)])
    pg.sig(150, y - 10, 40, 9, p.father, seed=seed + 5)
    y = sec("Fecha de inscripción", y)
    di = p.dob + dt.timedelta(days=20)
    y = cells(
        y,
        [
            ("Año", str(di.year), 0.2),
            ("Mes", f"{di.month:02d}", 0.2),
            ("Día", f"{di.day:02d}", 0.2),
            ("Nombre y firma del funcionario que autoriza", notary.upper(), 0.4),
        ],
    )
    pg.sig(150, y - 10, 40, 9, notary, seed=seed + 6)
    y += 10
    pg.para(
        14,
        y,
        182,
        f"ES FIEL Y AUTÉNTICA COPIA DEL REGISTRO CIVIL DE NACIMIENTO QUE REPOSA EN ESTA NOTARÍA. "
        f"Expedida en {municipio}, el {es_date_words(issued)}. Válida para trámites en el exterior.",
        "sans",
        8.5,
        4.5,
    )
    pg.stamp(
        30,
        y + 14,
        34,
        34,
        ["NOTARÍA 15", municipio.upper()],
        ring="NOTARIA QUINCE DEL CIRCULO",
        seed=seed,
        color=(40, 60, 150),
    )
    pg.sig(110, y + 18, 50, 16, notary, seed=seed + 7)
    pg.text(135, y + 38, notary, "sans", 8, BLACK, "c")
    pg.text(135, y + 42, "Notario Quince del Círculo", "sans", 7, BLACK, "c")
    return _bc_doc(
        p, key, "COL", "es", [pg], p.surname.upper(), p.given.upper(), f"{municipio}, {dept}"
    )


def bc_mexico(p, key, curp, acta_no, issued, estado, municipio):
    seed = seed_of(key, "bc")
    pg = Page()
    pg.image(0, 0, 210, 297, guilloche(525, 742, (120, 170, 140), seed, 0.55, 0.2))
    pg.text(105, 16, "ESTADOS UNIDOS MEXICANOS", "serif-b", 13, (40, 70, 50), "c")
    pg.text(105, 24, "ACTA DE NACIMIENTO", "serif-b", 18, BLACK, "c")
    pg.image(14, 8, 20, 20, emblem(seed, (40, 70, 50), 160))
    pg.rect(150, 30, 46, 14, BLACK, None, 0.3)
    pg.text(152, 34, "Identificador electrónico", "sans", 6)
    pg.text(173, 41, f"{seed % 10**11:011d}", "mono-b", 9, BLACK, "c")
    pg.text(14, 36, f"Entidad de registro: {estado.upper()}", "sans", 8)
    pg.text(
        14,
        41,
        f"Municipio de registro: {municipio.upper()}    Oficialía: 0001    Libro: 0003    "
        f"Acta: {acta_no}",
        "sans",
        8,
    )
    pg.text(14, 46, f"Clave Única de Registro de Población: {curp}", "sans-b", 8.5)
    y = 54
    pg.rect(14, y, 182, 6, None, (200, 215, 205))
    pg.text(105, y + 4.3, "Datos de la persona registrada", "sans-b", 9, BLACK, "c")
    y += 12
    parts = p.surname.upper().split()
    rows = [
        ("Nombre(s):", p.given.upper()),
        ("Primer apellido:", parts[0]),
        ("Segundo apellido:", parts[1] if len(parts) > 1 else ""),
        ("Sexo:", "HOMBRE" if p.sex == "M" else "MUJER"),
        ("Fecha de nacimiento:", p.dob.strftime("%d/%m/%Y")),
        ("Lugar de nacimiento:", f"{municipio.upper()}, {estado.upper()}"),
    ]
    for lab, val in rows:
        pg.text(20, y, lab, "sans", 9)
        pg.text(70, y, val, "sans-b", 10)
        y += 7
    y += 3
    pg.rect(14, y, 182, 6, None, (200, 215, 205))
    pg.text(105, y + 4.3, "Datos de filiación de la persona registrada", "sans-b", 9, BLACK, "c")
    y += 12
    for lab, val in (
        ("Progenitor 1:", p.father.upper()),
        ("Nacionalidad:", "MEXICANA"),
        ("Progenitor 2:", p.mother.upper()),
        ("Nacionalidad:", "MEXICANA"),
    ):
        pg.text(20, y, lab, "sans", 9)
        pg.text(70, y, val, "sans-b", 10)
        y += 7
    y += 8
    pg.para(
        14,
        y,
        182,
        "El presente documento es una copia fiel del acta que obra en la base de datos del "
        "Registro Nacional de Población. Se expide de conformidad con los artículos 35 y 48 del Código "
        f"Civil. Fecha de expedición: {issued.strftime('%d/%m/%Y')}.",
        "sans",
        8.5,
        4.4,
    )
    pg.image(20, 230, 30, 30, qr_like(seed))
    pg.text(60, 240, "Cadena de verificación:", "sans", 7)
    pg.text(60, 245, f"||{seed:x}|{curp}|{issued.isoformat()}||", "mono", 6.5)
    pg.sig(130, 232, 50, 14, "Registro Civil", seed=seed + 2, color=(20, 20, 20))
    pg.text(155, 252, "Director(a) del Registro Civil", "sans", 7.5, BLACK, "c")
    return _bc_doc(
        p, key, "MEX", "es", [pg], p.surname.upper(), p.given.upper(), f"{municipio}, {estado}"
    )


def bc_brazil(p, key, matricula, cpf, issued, cartorio, city, uf):
    seed = seed_of(key, "bc")
    pg = Page()
    pg.rect(10, 10, 190, 277, (30, 80, 60), None, 0.8)
    pg.image(95, 13, 20, 20, emblem(seed, (30, 80, 60), 160))
    pg.text(105, 40, "REPÚBLICA FEDERATIVA DO BRASIL", "serif-b", 12, BLACK, "c")
    pg.text(105, 46, "REGISTRO CIVIL DAS PESSOAS NATURAIS", "serif", 10, BLACK, "c")
    pg.text(105, 56, "CERTIDÃO DE NASCIMENTO", "serif-b", 17, BLACK, "c")
    y = 66

    def blk(label, val, yy, x=16, w=178, h=11):
        pg.rect(x, yy, w, h, (30, 80, 60), None, 0.3)
        pg.text(x + 1.5, yy + 3, label, "sans", 6.3, (30, 80, 60))
        pg.text(x + 2, yy + 8.7, val, "sans-b", 9.5)
        return yy + h + 1.5

    y = blk("NOME", p.full().upper(), y)
    y = blk("CPF", cpf, y)
    y = blk("MATRÍCULA", matricula, y)
    pg.rect(16, y, 178, 11, (30, 80, 60), None, 0.3)
    pg.text(17.5, y + 3, "DATA DE NASCIMENTO POR EXTENSO", "sans", 6.3, (30, 80, 60))
    pg.text(18, y + 8.7, pt_date_words(p.dob), "sans-b", 9)
    y += 12.5
    x = 16
    for lab, val, wcol in (
        ("DIA", f"{p.dob.day:02d}", 25),
        ("MÊS", f"{p.dob.month:02d}", 25),
        ("ANO", str(p.dob.year), 30),
        ("HORA", "08:40", 30),
        ("SEXO", "MASCULINO" if p.sex == "M" else "FEMININO", 68),
    ):
        pg.rect(x, y, wcol, 11, (30, 80, 60), None, 0.3)
        pg.text(x + 1.5, y + 3, lab, "sans", 6.3, (30, 80, 60))
        pg.text(x + 2, y + 8.7, val, "sans-b", 9.5)
        x += wcol
    y += 12.5
    y = blk("NATURALIDADE", f"{city.upper()} - {uf}", y)
    y = blk("LOCAL DE NASCIMENTO", f"HOSPITAL MUNICIPAL DE {city.upper()}", y)
    y = blk("MUNICÍPIO DE REGISTRO E UF", f"{city.upper()} - {uf}", y)
    y = blk("FILIAÇÃO", f"{p.father.upper()}  e  {p.mother.upper()}", y)
    y = blk(
        "AVÓS", "JOSÉ DOS SANTOS, MARIA APARECIDA DOS SANTOS, ANTÔNIO PEREIRA, LÚCIA PEREIRA", y
    )
    y = blk("DATA DO REGISTRO POR EXTENSO", pt_date_words(p.dob + dt.timedelta(days=12)), y)
    y = blk("OBSERVAÇÕES / AVERBAÇÕES", "NADA CONSTA", y)
    y += 6
    pg.text(16, y, f"{cartorio}", "serif-b", 9)
    pg.text(16, y + 5, f"Oficial: Dra. Helena Prado Vasconcelos — {city} - {uf}", "serif", 8.5)
    pg.text(
        16,
        y + 10,
        f"O conteúdo da certidão é verdadeiro. Dou fé. {city}, {issued.strftime('%d/%m/%Y')}.",
        "serif",
        8.5,
    )
    pg.sig(120, y + 14, 55, 16, "Helena Prado", seed=seed + 1)
    pg.line(115, y + 31, 185, y + 31, BLACK, 0.3)
    pg.text(150, y + 35, "Assinatura do Oficial", "serif", 7.5, BLACK, "c")
    pg.image(20, y + 16, 24, 24, qr_like(seed + 3))
    return _bc_doc(
        p,
        key,
        "BRA",
        "pt",
        [pg],
        p.surname.upper(),
        p.given.upper(),
        f"{city} - {uf}",
        notes="Brazilian certidão: the full name is printed in one NOME field "
        f"('{p.full().upper()}'); given names and surname are not separated.",
    )


# --------------------------------------------------------------------------
# India, China, Ukraine, Philippines, Turkey, EU multilingual form
# --------------------------------------------------------------------------
def bc_india(p, key, reg_no, issued, state, district):
    seed = seed_of(key, "bc")
    pg = Page()
    pg.rect(9, 9, 192, 279, (30, 30, 90), None, 0.8)
    pg.image(95, 12, 20, 20, emblem(seed, (30, 30, 90), 160))
    pg.text(105, 38, f"GOVERNMENT OF {state.upper()}", "serif-b", 11, BLACK, "c")
    pg.text(105, 44, "DEPARTMENT OF ECONOMICS AND STATISTICS", "serif", 9, BLACK, "c")
    pg.text(
        105,
        49,
        f"OFFICE OF THE REGISTRAR (BIRTHS AND DEATHS), {district.upper()}",
        "serif",
        8.5,
        BLACK,
        "c",
    )
    pg.text(105, 58, "BIRTH CERTIFICATE", "serif-b", 16, BLACK, "c")
    pg.para(
        22,
        62,
        166,
        "(Issued under Section 12 / 17 of the Registration of Births & Deaths Act, 1969 and "
        "Rule 8 / 13 of the State Registration of Births & Deaths Rules)",
        "serif-i",
        8,
        4,
    )
    pg.para(
        22,
        76,
        166,
        "This is to certify that the following information has been taken from the original "
        f"record of birth which is the register for {district} of {state}.",
        "serif",
        9.5,
        5,
    )
    rows = [
        ("NAME", p.full().upper()),
        ("SEX", "MALE" if p.sex == "M" else "FEMALE"),
        ("DATE OF BIRTH", p.dob.strftime("%d-%m-%Y")),
        ("PLACE OF BIRTH", f"{p.birth_city.upper()}, {district.upper()}"),
        ("NAME OF MOTHER", p.mother.upper()),
        ("NAME OF FATHER", p.father.upper()),
        (
            "ADDRESS OF PARENTS AT THE TIME OF BIRTH OF THE CHILD",
            f"14 MG ROAD, {p.birth_city.upper()}",
        ),
        ("PERMANENT ADDRESS OF PARENTS", f"14 MG ROAD, {p.birth_city.upper()}"),
        ("REGISTRATION NUMBER", reg_no),
        ("DATE OF REGISTRATION", (p.dob + dt.timedelta(days=10)).strftime("%d-%m-%Y")),
        ("REMARKS (IF ANY)", ""),
    ]
    y = 94
    for lab, val in rows:
        lines = pg.wrap(lab, 70, "serif-b", 8.5)
        for i, ln in enumerate(lines):
            pg.text(22, y + i * 4, ln, "serif-b", 8.5)
        pg.text(95, y, ":", "serif-b", 9)
        pg.text(99, y, val, "mono-b", 9.5)
        y += 4 * len(lines) + 5
    y += 6
    pg.text(22, y, f"DATE OF ISSUE: {issued.strftime('%d-%m-%Y')}", "serif-b", 9)
    pg.stamp(
        40,
        y + 6,
        30,
        30,
        ["REGISTRAR", district.upper()],
        ring="BIRTHS AND DEATHS",
        seed=seed,
        color=(80, 40, 140),
    )
    pg.sig(125, y + 6, 50, 14, "Registrar", seed=seed + 1)
    pg.text(150, y + 26, "Signature of the Issuing Authority", "serif", 8, BLACK, "c")
    pg.text(150, y + 30, f"Registrar, {district}", "serif-b", 8, BLACK, "c")
    pg.text(105, 278, '"ENSURE REGISTRATION OF EVERY BIRTH AND DEATH"', "serif-b", 8, BLACK, "c")
    return _bc_doc(
        p,
        key,
        "IND",
        "en",
        [pg],
        p.surname.upper(),
        p.given.upper(),
        f"{p.birth_city}, {district}",
        notes=f"Indian certificate prints the full name in a single NAME field ('{p.full().upper()}').",
    )


def bc_china(p, key, notary_no, issued, zh_name, zh_place, notary_office):
    seed = seed_of(key, "bc")
    pg = Page()
    pg.text(105, 24, "公 证 书", "cjk", 22, BLACK, "c")
    pg.text(170, 36, f"({issued.year})京长安内民证字第{notary_no}号", "cjk", 9, BLACK, "r")
    y = 50
    zh = [
        (
            f"申请人：{zh_name}，{'男' if p.sex == 'M' else '女'}，{p.dob.year}年{p.dob.month}月{p.dob.day}日出生，"
            f"公民身份号码：1101{seed % 10**14:014d}。"
        ),
        "公证事项：出生",
        (
            f"兹证明{zh_name}于{p.dob.year}年{p.dob.month}月{p.dob.day}日在{zh_place}出生。"
            f"{zh_name}的父亲是{p.father.split()[-1]}，{zh_name}的母亲是{p.mother.split()[-1]}。"
        ),
        "中华人民共和国北京市长安公证处",
        f"公证员   {issued.year}年{issued.month}月{issued.day}日",
    ]
    for ln in zh:
        y = pg.para(22, y, 166, ln, "cjk", 11, 8)
        y += 4
    pg.stamp(
        120, y - 30, 38, 38, ["公证处"], ring="北京市长安公证处", seed=seed, color=(200, 30, 30)
    )
    y += 12
    pg.line(20, y, 190, y, GREYT, 0.3)
    y += 10
    pg.text(105, y, "NOTARIAL CERTIFICATE", "serif-b", 15, BLACK, "c")
    pg.text(
        170,
        y + 8,
        f"({issued.year}) Jing Chang An Nei Min Zheng Zi No. {notary_no}",
        "serif",
        8.5,
        BLACK,
        "r",
    )
    y += 18
    en = [
        (
            f"Applicant: {p.SUR} {p.GIV.title()}, {'male' if p.sex == 'M' else 'female'}, born on "
            f"{en_words(p.dob)}."
        ),
        "Subject: Birth",
        (
            f"This is to certify that {p.SUR} {p.GIV.title()} was born in {p.birth_city}, the People's "
            f"Republic of China on {en_words(p.dob)}. The father of {p.SUR} {p.GIV.title()} is "
            f"{p.father}. The mother of {p.SUR} {p.GIV.title()} is {p.mother}."
        ),
        f"{notary_office}, Beijing Municipality, the People's Republic of China",
        f"Notary Public: Wang Lei          {en_words(issued)}",
    ]
    for ln in en:
        y = pg.para(22, y, 166, ln, "serif", 11, 6)
        y += 4
    pg.sig(130, y - 16, 40, 12, "Wang Lei", seed=seed + 1, color=(20, 20, 20))
    doc = _bc_doc(
        p,
        key,
        "CHN",
        "zh/en",
        [pg],
        p.SUR,
        p.GIV.title(),
        f"{p.birth_city}",
        notes="Chinese notarial birth certificate (公证书) with its English version on the same sheet; "
        "surname written first.",
    )
    return doc


def bc_ukraine(p, key, series, act_no, issued, zh_city, sur_cyr, giv_cyr, father_cyr, mother_cyr):
    seed = seed_of(key, "bc")
    pg = Page(148, 210)
    pg.image(0, 0, 148, 210, guilloche(370, 525, (90, 150, 110), seed, 0.7, 0.3))
    pg.image(66, 8, 16, 16, emblem(seed, (30, 70, 140), 160))
    pg.text(74, 30, "УКРАЇНА", "sans-b", 12, (30, 60, 120), "c")
    pg.text(74, 40, "СВІДОЦТВО ПРО НАРОДЖЕННЯ", "sans-b", 12, BLACK, "c")
    y = 52

    def row(label, val, yy):
        pg.text(10, yy, label, "sans", 6.5, GREYT)
        pg.line(10, yy + 5.5, 138, yy + 5.5, (90, 90, 90), 0.2)
        pg.text(12, yy + 4.8, val, "mono-b", 10, (30, 30, 60))
        return yy + 10

    y = row("Прізвище", sur_cyr, y)
    y = row("Ім'я, по батькові", giv_cyr, y)
    y = row("Дата народження", f"{p.dob.strftime('%d.%m.%Y')}", y)
    y = row("Місце народження", f"м. {zh_city}, Україна", y)
    y = row("про що складено відповідний актовий запис №", str(act_no), y)
    y = row("Батько", father_cyr, y)
    y = row("Мати", mother_cyr, y)
    y = row("Місце державної реєстрації", f"Відділ ДРАЦС у м. {zh_city}", y)
    y = row("Дата видачі", issued.strftime("%d.%m.%Y"), y)
    pg.text(10, y + 6, f"Серія {series}", "sans-b", 10, (160, 20, 20))
    pg.stamp(
        80,
        y - 6,
        30,
        30,
        ["ДРАЦС"],
        ring="МІНІСТЕРСТВО ЮСТИЦІЇ УКРАЇНИ",
        seed=seed,
        color=(50, 60, 160),
    )
    pg.sig(100, y, 34, 10, "Koval", seed=seed + 1)
    doc = _bc_doc(
        p,
        key,
        "UKR",
        "uk",
        [pg],
        sur_cyr,
        giv_cyr,
        f"м. {zh_city}, Україна",
        notes="Ukrainian certificate in Cyrillic only (A5); Latin spelling is on the passport.",
    )
    return doc


def bc_philippines(p, key, reg_no, issued, province, city):
    seed = seed_of(key, "bc")
    pg = Page()
    pg.image(0, 0, 210, 297, guilloche(525, 742, (150, 160, 200), seed, 0.5, 0.15))
    pg.text(105, 12, "Republic of the Philippines", "serif", 9, BLACK, "c")
    pg.text(105, 17, "PHILIPPINE STATISTICS AUTHORITY", "serif-b", 11, (30, 40, 120), "c")
    pg.text(14, 26, "Municipal Form No. 102", "sans", 7)
    pg.text(14, 29.5, "(Revised January 2007)", "sans", 6)
    pg.text(105, 30, "CERTIFICATE OF LIVE BIRTH", "serif-b", 15, BLACK, "c")
    pg.text(196, 26, f"Registry No. {reg_no}", "sans-b", 8, BLACK, "r")
    pg.text(14, 38, f"Province  {province.upper()}", "sans", 8)
    pg.text(110, 38, f"City/Municipality  {city.upper()}", "sans", 8)
    y = 42
    given = p.given.upper().split()
    mid = p.mother.split()[-1].upper()

    def cells(yy, items, h=12):
        x = 14
        for lab, val, frac in items:
            cw = 182 * frac
            pg.rect(x, yy, cw, h, BLACK, None, 0.25)
            pg.text(x + 1, yy + 3, lab, "sans", 5.8, GREYT)
            pg.text(x + 2, yy + 9.5, val, "mono-b", 9)
            x += cw
        return yy + h

    pg.rect(14, y, 182, 5, None, (220, 220, 235))
    pg.text(16, y + 3.7, "CHILD", "sans-b", 7.5)
    y += 5
    y = cells(
        y,
        [
            ("1. NAME (First)", " ".join(given), 0.4),
            ("(Middle)", mid, 0.3),
            ("(Last)", p.surname.upper(), 0.3),
        ],
    )
    y = cells(
        y,
        [
            ("2. SEX", "MALE" if p.sex == "M" else "FEMALE", 0.25),
            (
                "3. DATE OF BIRTH (Day) (Month) (Year)",
                f"{p.dob.day} {MONTHS_EN[p.dob.month - 1].upper()} {p.dob.year}",
                0.75,
            ),
        ],
    )
    y = cells(
        y,
        [
            (
                "4. PLACE OF BIRTH (Name of Hospital/Clinic/Institution)",
                f"{city.upper()} MEDICAL CENTER",
                0.5,
            ),
            ("(City/Municipality)", city.upper(), 0.25),
            ("(Province)", province.upper(), 0.25),
        ],
    )
    y = cells(
        y,
        [
            ("5a. TYPE OF BIRTH", "SINGLE", 0.33),
            ("5c. BIRTH ORDER", "FIRST", 0.33),
            ("6. WEIGHT AT BIRTH", "3100 grams", 0.34),
        ],
    )
    pg.rect(14, y, 182, 5, None, (220, 220, 235))
    pg.text(16, y + 3.7, "MOTHER", "sans-b", 7.5)
    y += 5
    y = cells(
        y,
        [
            ("7. MAIDEN NAME (First) (Middle) (Last)", p.mother.upper(), 0.7),
            ("8. CITIZENSHIP", "FILIPINO", 0.3),
        ],
    )
    pg.rect(14, y, 182, 5, None, (220, 220, 235))
    pg.text(16, y + 3.7, "FATHER", "sans-b", 7.5)
    y += 5
    y = cells(
        y,
        [
            ("14. NAME (First) (Middle) (Last)", p.father.upper(), 0.7),
            ("15. CITIZENSHIP", "FILIPINO", 0.3),
        ],
    )
    y = cells(
        y,
        [
            (
                "20a. DATE AND PLACE OF MARRIAGE OF PARENTS",
                f"JUNE 12, {p.dob.year - 2} - {city.upper()}",
                1.0,
            )
        ],
    )
    y += 6
    pg.para(
        14,
        y,
        182,
        "This is to certify that the above is a true copy of the Certificate of Live Birth on file "
        "in this Office. Issued upon the request of the document owner for whatever legal purpose it may serve.",
        "serif",
        9,
        4.8,
    )
    y += 18
    pg.text(14, y, f"Issued on: {en_words(issued)}", "sans-b", 8.5)
    pg.sig(120, y - 6, 55, 15, "Civil Registrar", seed=seed + 1, color=(20, 20, 20))
    pg.text(148, y + 14, "CIVIL REGISTRAR GENERAL", "sans-b", 8, BLACK, "c")
    pg.image(20, y + 8, 26, 26, qr_like(seed + 2))
    return _bc_doc(
        p, key, "PHL", "en", [pg], p.surname.upper(), " ".join(given), f"{city}, {province}"
    )


ML_LABELS = [
    ("1", "Date et lieu de l'établissement de l'acte", "Date and place of registration"),
    ("2", "Nom", "Surname"),
    ("3", "Prénoms", "Forenames"),
    ("4", "Sexe", "Sex"),
    ("5", "Date de naissance", "Date of birth"),
    ("6", "Lieu de naissance", "Place of birth"),
    ("7", "Nom du père", "Father's surname"),
    ("8", "Prénoms du père", "Father's forenames"),
    ("9", "Nom de la mère", "Mother's surname"),
    ("10", "Prénoms de la mère", "Mother's forenames"),
]


def bc_multilingual(p, key, country, issued, authority, header, natlang_labels, lang):
    """CIEC 'Formule A' / EU multilingual extract (Italy, Portugal, Turkey...)."""
    seed = seed_of(key, "bc")
    pg = Page()
    pg.text(105, 16, header[0], "serif-b", 12, BLACK, "c")
    pg.text(105, 22, header[1], "serif", 9, BLACK, "c")
    pg.text(105, 32, natlang_labels[0], "serif-b", 13, BLACK, "c")
    pg.text(
        105,
        38,
        "EXTRAIT PLURILINGUE D'ACTE DE NAISSANCE / MULTILINGUAL EXTRACT OF BIRTH RECORD",
        "serif",
        8,
        BLACK,
        "c",
    )
    y = 46
    ff = p.father.split()
    mm = p.mother.split()
    vals = [
        f"{authority} — {fr(p.dob + dt.timedelta(days=5))}",
        p.surname.upper(),
        p.given,
        p.sex,
        p.dob.strftime("%d.%m.%Y"),
        p.birth_city,
        ff[-1].upper(),
        " ".join(ff[:-1]),
        mm[-1].upper(),
        " ".join(mm[:-1]),
    ]
    for (num, fr_l, en_l), nat_l, val in zip(ML_LABELS, natlang_labels[1:], vals):
        pg.rect(14, y, 80, 14, BLACK, None, 0.25)
        pg.rect(94, y, 102, 14, BLACK, None, 0.25)
        pg.text(16, y + 4, f"{num}  {nat_l}", "serif-b", 7.5)
        pg.text(19, y + 7.8, fr_l, "serif-i", 6.5, GREYT)
        pg.text(19, y + 11.3, en_l, "serif-i", 6.5, GREYT)
        pg.text(97, y + 9, val, "mono-b", 10)
        y += 14
    y += 8
    pg.text(14, y, "Codes: Sexe M = masculin / male, F = féminin / female", "serif", 7, GREYT)
    y += 10
    pg.text(14, y, f"Date de délivrance / Date of issue: {fr(issued)}", "serif-b", 9)
    pg.text(14, y + 5, authority, "serif", 9)
    pg.stamp(
        130,
        y - 4,
        34,
        34,
        [authority.split()[0].upper()],
        ring=header[0][:30],
        seed=seed,
        color=(40, 60, 150),
    )
    pg.sig(150, y + 12, 40, 12, "Ufficiale", seed=seed + 1)
    pg.text(
        105,
        285,
        "Document établi conformément à la Convention CIEC n° 16 / Règlement (UE) 2016/1191",
        "serif-i",
        7,
        GREYT,
        "c",
    )
    return _bc_doc(p, key, country, lang, [pg], p.surname.upper(), p.given, p.birth_city)


# --------------------------------------------------------------------------
# apostille
# --------------------------------------------------------------------------
APO_ITEMS = {
    "fr": [
        "Pays :",
        "Le présent acte public",
        "a été signé par",
        "agissant en qualité de",
        "est revêtu du sceau / timbre de",
        "Attesté",
        "à",
        "le",
        "par",
        "sous n°",
        "Sceau / timbre :",
        "Signature :",
    ],
    "en": [
        "Country:",
        "This public document",
        "has been signed by",
        "acting in the capacity of",
        "bears the seal / stamp of",
        "Certified",
        "at",
        "the",
        "by",
        "No",
        "Seal / stamp:",
        "Signature:",
    ],
    "es": [
        "País:",
        "El presente documento público",
        "ha sido firmado por",
        "quien actúa en calidad de",
        "y está revestido del sello / timbre de",
        "Certificado",
        "en",
        "el día",
        "por",
        "bajo el número",
        "Sello / timbre:",
        "Firma:",
    ],
    "pt": [
        "País:",
        "Este documento público",
        "foi assinado por",
        "na qualidade de",
        "tem o selo / carimbo de",
        "Reconhecido",
        "em",
        "no dia",
        "por",
        "sob o nº",
        "Selo / carimbo:",
        "Assinatura:",
    ],
}


SIG_NAMES = {
    "fr": ["Alaoui", "Bennis", "Haddad", "Lefort", "Gharbi"],
    "en": ["Whitaker", "Morgan", "Patel", "Li", "Kowalczuk"],
    "es": ["Ramírez", "Ospina", "Castro", "Orozco"],
    "pt": ["Souza", "Almeida", "Tavares"],
}


def apostille(
    country_label,
    lang,
    signer,
    capacity,
    seal_of,
    at_city,
    on,
    by,
    number,
    key,
    style="sheet",
    iso="",
    date_fmt="%d/%m/%Y",
    sig_name=None,
):
    """Hague 1961 apostille. style: 'sheet' (printed allonge), 'stamp' (rubber stamp filled
    by hand on the back of the document), 'us' (Secretary of State certificate),
    'e' (electronic apostille with QR code)."""
    seed = seed_of(key, "apostille")
    it = APO_ITEMS[lang]
    names = SIG_NAMES[lang]
    sig_name = sig_name or ("ABCDEFGHJKLMNPRST"[seed % 17] + ". " + names[seed % len(names)])
    pg = Page()
    date_txt = on.strftime(date_fmt)
    if style == "stamp":
        # the back of the certificate with a square rubber stamp filled by hand
        x0, y0, w, h = 40, 40, 120, 95
        ink = (60, 50, 150)
        pg.rect(x0, y0, w, h, ink, None, 0.8)
        pg.text(x0 + w / 2, y0 + 9, "APOSTILLE", "sans-b", 16, ink, "c")
        pg.text(
            x0 + w / 2, y0 + 15, "(Convention de La Haye du 5 octobre 1961)", "sans", 8, ink, "c"
        )
        ys = [24, 32, 40, 48, 56, 64, 64, 72, 72, 80]
        labels = [
            f"1. {it[0]}",
            f"2. {it[2]}",
            f"3. {it[3]}",
            f"4. {it[4]}",
            f"5. {it[6]}",
            f"6. {it[7]}",
            f"7. {it[8]}",
            f"8. {it[9]}",
            f"9. {it[10]}",
            f"10. {it[11]}",
        ]
        xs = [4, 4, 4, 4, 4, 60, 4, 60, 4, 60]
        vals = [country_label, signer, capacity, seal_of, at_city, date_txt, by, number, "", ""]
        pg.text(x0 + 4, y0 + 28 - 8 + 4 - 0.5, "", "sans", 7)
        for lab, yy, xx, val in zip(labels, ys, xs, vals):
            pg.text(x0 + xx, y0 + yy, lab, "sans", 7.5, ink)
            if val:
                lw = text_width_mm(lab, "sans", 7.5)
                pg.hand(
                    x0 + xx + lw + 2, y0 + yy, val, "h-dkg", 10.5, INK_BLUE, seed=seed + yy + xx
                )
        pg.text(x0 + 4, y0 + 20, it[1], "sans-i", 7, ink)
        pg.text(x0 + 4, y0 + 60, it[5], "sans-i", 7, ink)
        pg.stamp(
            x0 + 10,
            y0 + 76,
            26,
            26,
            ["APOSTILLE"],
            ring=seal_of[:28],
            seed=seed,
            color=(150, 40, 60),
        )
        pg.sig(x0 + 62, y0 + 80, 45, 13, sig_name, seed=seed + 1)
        pg.text(105, 20, "", "sans", 8)
    else:
        if style == "us":
            pg.image(0, 0, 210, 297, guilloche(525, 742, (180, 160, 110), seed, 0.5, 0.12))
            pg.rect(10, 10, 190, 277, (120, 90, 40), None, 1.5)
            pg.image(
                85, 16, 40, 40, emblem(seed, (120, 90, 40), 220, text="GREAT SEAL OF THE STATE")
            )
            top = 64
            pg.text(105, top, f"STATE OF {iso.upper()}" if iso else "", "serif-b", 13, BLACK, "c")
            pg.text(105, top + 6, "OFFICE OF THE SECRETARY OF STATE", "serif", 9, BLACK, "c")
            top += 16
        elif style == "e":
            pg.rect(12, 12, 186, 150, (30, 60, 120), None, 0.8)
            pg.text(20, 22, country_label.upper(), "sans-b", 10, (30, 60, 120))
            pg.text(190, 22, "e-Apostille", "sans-b", 10, (30, 60, 120), "r")
            top = 30
        else:
            pg.rect(25, 20, 160, 150, BLACK, None, 0.6)
            top = 30
        pg.text(105, top + 6, "APOSTILLE", "serif-b", 20, BLACK, "c")
        pg.text(105, top + 13, "(Convention de La Haye du 5 octobre 1961)", "serif", 10, BLACK, "c")
        y = top + 24
        x = 32
        f, vf = "serif", "serif-b"
        pg.text(x, y, f"1. {it[0]}", f, 10.5)
        pg.text(x + text_width_mm(f"1. {it[0]}", f, 10.5) + 3, y, country_label, vf, 10.5)
        y += 7
        pg.text(x + 8, y, it[1], "serif-i", 10)
        rows = [(f"2. {it[2]}", signer), (f"3. {it[3]}", capacity), (f"4. {it[4]}", seal_of)]
        for lab, val in rows:
            y += 7
            pg.text(x, y, lab, f, 10.5)
            lw = text_width_mm(lab, f, 10.5) + 3
            lines = pg.wrap(val, 146 - lw, vf, 10.5)
            for i, ln in enumerate(lines):
                pg.text(x + lw, y + i * 5, ln, vf, 10.5)
            y += 5 * (len(lines) - 1)
        y += 9
        pg.text(105, y, it[5], "serif-i", 10.5, BLACK, "c")
        y += 8
        pg.text(x, y, f"5. {it[6]}", f, 10.5)
        pg.text(x + 16, y, at_city, vf, 10.5)
        pg.text(x + 78, y, f"6. {it[7]}", f, 10.5)
        pg.text(x + 98, y, date_txt, vf, 10.5)
        y += 8
        pg.text(x, y, f"7. {it[8]}", f, 10.5)
        pg.text(x + 16, y, by, vf, 10.5)
        y += 8
        pg.text(x, y, f"8. {it[9]}", f, 10.5)
        pg.text(x + text_width_mm(f"8. {it[9]}", f, 10.5) + 3, y, number, vf, 10.5)
        y += 10
        pg.text(x, y, f"9. {it[10]}", f, 10.5)
        pg.text(x + 78, y, f"10. {it[11]}", f, 10.5)
        pg.stamp(
            x + 10, y + 3, 34, 34, ["APOSTILLE"], ring=seal_of[:30], seed=seed, color=(120, 40, 50)
        )
        pg.sig(x + 90, y + 5, 50, 16, sig_name, seed=seed + 1, color=(20, 20, 20))
        if style == "e":
            pg.image(150, y + 10, 34, 34, qr_like(seed + 4))
            pg.para(
                20,
                y + 48,
                170,
                "Este documento ha sido firmado digitalmente. Para verificar su autenticidad "
                "ingrese el código de verificación en el registro electrónico de apostillas.",
                "sans",
                8,
                4,
            )
    fields = {"country": country_label, "issued_on": on.isoformat(), "number": number}
    return Doc("apostille", fields, [pg], key=key)


# --------------------------------------------------------------------------
# sworn translation
# --------------------------------------------------------------------------
def sworn_translation(p, key, src_lang, translator, court, city, on, number, body_rows, title):
    seed = seed_of(key, "trad")
    pg = Page()
    pg.text(20, 18, translator, "serif-b", 11)
    pg.text(20, 23, f"Traducteur-interprète expert près la Cour d'appel de {court}", "serif-i", 9)
    pg.text(20, 27.5, f"Langue {src_lang} — français", "serif", 9)
    pg.text(
        20,
        32,
        f"8 rue Sainte-Catherine, {city}  —  contact@traduction-{strip_accents(translator.split()[-1]).lower()}.fr",
        "serif",
        8,
        GREYT,
    )
    pg.line(20, 35, 190, 35, BLACK, 0.4)
    pg.text(105, 46, "TRADUCTION CERTIFIÉE CONFORME", "serif-b", 13, BLACK, "c")
    pg.text(
        105,
        52,
        f"[Traduction d'un document rédigé en langue {src_lang}]",
        "serif-i",
        9.5,
        BLACK,
        "c",
    )
    y = 64
    pg.text(105, y, title, "serif-b", 12, BLACK, "c")
    y += 10
    for lab, val in body_rows:
        pg.text(24, y, lab, "serif", 10.5)
        pg.text(90, y, val, "serif-b", 10.5)
        y += 7.5
    y += 4
    pg.text(
        24, y, "[Cachet rond : service de l'état civil]   [Signature illisible]", "serif-i", 9.5
    )
    y += 16
    txt = (
        f"Je soussigné(e), {translator}, traducteur-interprète expert près la Cour d'appel de {court}, "
        f"certifie que la présente traduction, composée d'une page, est conforme à l'original rédigé en langue "
        f"{src_lang} qui m'a été présenté."
    )
    y = pg.para(24, y, 162, txt, "serif", 10, 5.4, justify=True)
    y += 8
    pg.text(24, y, f"Traduction n° {number}", "serif", 10)
    pg.text(120, y, f"Fait à {city}, le {on.day} {MOIS[on.month - 1]} {on.year}", "serif", 10)
    pg.stamp(
        36,
        y + 8,
        38,
        38,
        [translator.upper(), "TRADUCTEUR EXPERT"],
        ring=f"COUR D'APPEL DE {court.upper()}",
        seed=seed,
        color=(40, 70, 150),
    )
    pg.sig(125, y + 10, 50, 16, translator, seed=seed + 1)
    pg.text(105, 285, "Page 1/1", "serif", 8, GREYT, "c")
    return Doc(
        "translation",
        {},
        [pg],
        key=key,
        notes=f"sworn translation from {src_lang} of {p.full()}'s birth certificate",
    )
