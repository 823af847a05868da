"""Birth certificates of many countries, Hague apostilles, sworn translations."""

from __future__ import annotations

import datetime as dt

import checks as C
from core import Page
from hand import INK_BLACK, INK_BLUE, emblem, guilloche, hand, signature, stamp
from model import Doc, Person

GREY = (90, 90, 90)


def _sig_block(
    pg: Page,
    x,
    y,
    lines,
    name,
    seed,
    stamp_lines,
    stamp_color=(70, 60, 160),
    shape="circle",
    font="sans",
    size=8.5,
    ink=INK_BLUE,
):
    for i, ln in enumerate(lines):
        pg.text(x, y + i * 4, ln, font, size, (20, 20, 20), "c")
    pg.image(
        stamp(stamp_lines, shape, 30 if shape == "circle" else 42, stamp_color, seed),
        x - 38,
        y + 2,
        30,
        None,
    )
    pg.image(signature(name, seed + 1, 42, 15, ink), x - 12, y + 4 + 4 * len(lines), 40, None)


def _fields_table(
    pg: Page,
    x,
    y,
    w,
    rows,
    lab_w,
    font="sans",
    size=9,
    lh=7.5,
    lines=True,
    vfont=None,
    vsize=None,
    lab_color=(40, 40, 40),
    ar_col=None,
):
    """label | value rows; optional right-hand Arabic labels (ar_col = x of right edge)."""
    vfont = vfont or font + ":b"
    vsize = vsize or size + 0.5
    for row in rows:
        lab, val = row[0], row[1]
        pg.text(x, y, lab, font, size, lab_color)
        pg.fit_text(x + lab_w, y, val, vfont, vsize, w - lab_w - (45 if ar_col else 2))
        if ar_col and len(row) > 2 and row[2]:
            pg.text(ar_col, y, row[2], "amiri", size + 1.5, lab_color, "r")
        if lines:
            pg.line(x + lab_w - 1, y + 1.2, x + w, y + 1.2, (170, 170, 170), 0.15, dash=(0.6, 0.6))
        y += lh
    return y


def _frame(pg: Page, m=8, color=(60, 60, 60), double=True):
    pg.rect(m, m, pg.w - 2 * m, pg.h - 2 * m, stroke=color, lw=0.6)
    if double:
        pg.rect(m + 1.5, m + 1.5, pg.w - 2 * m - 3, pg.h - 2 * m - 3, stroke=color, lw=0.2)


def bc_fields(
    p: Person, country: str, pob: str, surname=None, given=None, has_apostille=False, lang="fr"
):
    return dict(
        surname=surname or p.surname,
        given_names=given or p.given,
        date_of_birth=p.dob.isoformat(),
        place_of_birth=pob,
        issuing_country=country,
        language=lang,
        has_apostille=has_apostille,
    )


# ------------------------------------------------------------- Maghreb -----
def bc_maroc(
    p: Person,
    ar: dict,
    acte: str,
    year: int,
    province: str,
    commune: str,
    issued: dt.date,
    seed=0,
    has_apostille=False,
) -> Doc:
    pg = Page()
    pg.text(15, 16, "ROYAUME DU MAROC", "sans:b", 11)
    pg.text(195, 16, "المملكة المغربية", "amiri:b", 14, anchor="r")
    pg.text(15, 22, "Ministère de l'Intérieur", "sans", 9)
    pg.text(195, 22, "وزارة الداخلية", "amiri", 12, anchor="r")
    pg.text(15, 27.5, f"Province / Préfecture : {province}", "sans", 9)
    pg.text(195, 27.5, f"{ar['province']} : عمالة أو إقليم", "amiri", 11, anchor="r")
    pg.text(15, 33, f"Commune : {commune}", "sans", 9)
    pg.text(195, 33, f"{ar['commune']} : جماعة", "amiri", 11, anchor="r")
    pg.text(15, 38.5, "Bureau de l'état civil", "sans", 9)
    pg.text(195, 38.5, "مكتب الحالة المدنية", "amiri", 11, anchor="r")
    pg.image(emblem(24, (170, 40, 40), seed, "star"), 93, 10, 24, 24)
    pg.rect(15, 46, 180, 15, stroke=(30, 30, 30), fill=(245, 242, 235), lw=0.4)
    pg.text(105, 53, "EXTRAIT D'ACTE DE NAISSANCE", "sans:b", 13, anchor="c")
    pg.text(105, 59, "نسخة موجزة من رسم الولادة", "amiri:b", 13, anchor="c")
    pg.text(15, 69, f"Acte N° : {acte}      Année : {year}", "sans:b", 9.5)
    pg.text(195, 69, f"رسم عدد : {acte}   سنة : {year}", "amiri", 11, anchor="r")
    rows = [
        ("Nom de famille :", p.surname, "الاسم العائلي : " + ar["surname"]),
        ("Prénom :", p.given, "الاسم الشخصي : " + ar["given"]),
        ("Né(e) le :", f"{C.fr(p.dob)} ({C.date_words_fr(p.dob)})", "تاريخ الازدياد"),
        ("à :", p.birth_city.title(), "مكان الازدياد : " + ar["city"]),
        ("Sexe :", "Masculin" if p.sex == "M" else "Féminin", "الجنس"),
        ("Nationalité :", "Marocaine", "الجنسية : مغربية"),
        ("Fils/Fille de :", p.father, "ابن/ابنة : " + ar["father"]),
        ("et de :", p.mother, "و : " + ar["mother"]),
    ]
    y = _fields_table(pg, 15, 80, 180, rows, 32, size=9.5, lh=11, ar_col=195)
    pg.text(15, y + 2, "Mentions marginales :", "sans:b", 9.5)
    pg.text(195, y + 2, "البيانات الهامشية", "amiri:b", 11, anchor="r")
    pg.text(15, y + 9, "Néant", "sans", 9.5)
    pg.text(
        15,
        y + 22,
        "Certifié conforme aux indications portées sur le registre de l'état civil.",
        "sans:i",
        9,
    )
    pg.text(195, y + 29, "مطابق للبيانات المضمنة في سجل الحالة المدنية", "amiri", 11, anchor="r")
    pg.text(130, y + 42, f"Fait à {commune}, le {C.fr(issued)}", "sans", 9.5)
    _sig_block(
        pg,
        150,
        y + 50,
        ["L'Officier de l'état civil", "ضابط الحالة المدنية"],
        "Hassan Berrada",
        seed + 4,
        ["ROYAUME DU MAROC - ETAT CIVIL", commune.upper()],
        (40, 60, 140),
    )
    pg.text(
        15,
        285,
        "Ce document est délivré sans rature ni surcharge. Timbre : 0,00 DH (gratuit - loi 37-99)",
        "sans",
        7,
        GREY,
    )
    return Doc(
        "birth_certificate",
        bc_fields(p, "MAR", p.birth_city.title(), has_apostille=has_apostille, lang="fr+ar"),
        [pg],
    )


def bc_algerie(
    p: Person, ar: dict, acte: str, wilaya: str, commune: str, issued: dt.date, seed=0
) -> Doc:
    pg = Page()
    pg.text(105, 14, "الجمهورية الجزائرية الديمقراطية الشعبية", "amiri:b", 14, anchor="c")
    pg.text(105, 20, "RÉPUBLIQUE ALGÉRIENNE DÉMOCRATIQUE ET POPULAIRE", "serif:b", 10.5, anchor="c")
    pg.text(15, 30, f"Wilaya de : {wilaya}", "serif", 9.5)
    pg.text(15, 35.5, f"Daïra de : {commune}", "serif", 9.5)
    pg.text(15, 41, f"Commune de : {commune}", "serif", 9.5)
    pg.text(195, 30, f"ولاية : {ar['wilaya']}", "amiri", 11.5, anchor="r")
    pg.text(195, 36, f"بلدية : {ar['commune']}", "amiri", 11.5, anchor="r")
    pg.text(105, 54, "EXTRAIT D'ACTE DE NAISSANCE", "serif:b", 14, anchor="c")
    pg.text(105, 61, "مستخرج من عقد الميلاد", "amiri:b", 14, anchor="c")
    pg.text(105, 68, f"N° {acte}", "serif:b", 11, anchor="c")
    pg.line(20, 72, 190, 72, (0, 0, 0), 0.4)
    y = 82
    body = [
        ("Le :", f"{C.date_words_fr(p.dob)} ({C.fr(p.dob)})", "في"),
        ("à :", "dix heures et quinze minutes", "على الساعة"),
        ("est né(e) à :", p.birth_city.title(), "ولد(ت) ب : " + ar["city"]),
        ("Nom :", p.surname, "اللقب : " + ar["surname"]),
        ("Prénom(s) :", p.given, "الاسم : " + ar["given"]),
        ("Sexe :", "Féminin" if p.sex == "F" else "Masculin", "الجنس"),
        ("Fils/Fille de :", p.father, "ابن/ابنة : " + ar["father"]),
        ("et de :", p.mother, "و : " + ar["mother"]),
    ]
    y = _fields_table(pg, 18, y, 175, body, 30, font="serif", size=10, lh=11, ar_col=193)
    pg.text(18, y + 4, "Mentions marginales : Néant", "serif:b", 10)
    pg.text(193, y + 4, "البيانات الهامشية : لا شيء", "amiri", 11.5, anchor="r")
    pg.text(18, y + 18, "Extrait conforme au registre des actes de naissance.", "serif:i", 9.5)
    pg.text(120, y + 32, f"Délivré à {commune}, le {C.fr(issued)}", "serif", 10)
    _sig_block(
        pg,
        150,
        y + 40,
        ["L'Officier de l'État Civil", "ضابط الحالة المدنية"],
        "Karim Bensaid",
        seed + 2,
        ["APC " + commune.upper() + " - ETAT CIVIL", "ALGERIE"],
        (40, 80, 60),
    )
    return Doc(
        "birth_certificate",
        bc_fields(p, "DZA", p.birth_city.title(), lang="fr+ar"),
        [pg],
        notes="Algeria: acte exempt from legalisation/apostille in France (protocole judiciaire franco-algérien du 28 août 1962).",
    )


def bc_tunisie(
    p: Person, ar: dict, acte: str, municipality: str, issued: dt.date, seed=0, has_apostille=False
) -> Doc:
    pg = Page()
    pg.text(15, 16, "RÉPUBLIQUE TUNISIENNE", "sans:b", 11)
    pg.text(195, 16, "الجمهورية التونسية", "amiri:b", 14, anchor="r")
    pg.text(15, 22, "Ministère de l'Intérieur", "sans", 9)
    pg.text(195, 22, "وزارة الداخلية", "amiri", 12, anchor="r")
    pg.text(15, 27.5, f"Municipalité de {municipality}", "sans", 9)
    pg.text(195, 27.5, "بلدية " + ar["commune"], "amiri", 12, anchor="r")
    pg.rect(45, 36, 120, 16, stroke=(150, 30, 30), lw=0.5)
    pg.text(105, 43, "EXTRAIT D'ACTE DE NAISSANCE", "sans:b", 12.5, (150, 30, 30), "c")
    pg.text(105, 49.5, "مضمون ولادة", "amiri:b", 13, (150, 30, 30), "c")
    pg.text(15, 62, f"Numéro de l'acte : {acte}", "sans", 9.5)
    pg.text(120, 62, f"Identifiant : {acte.replace('/', '')}0{p.dob.year}", "sans", 9.5)
    rows = [
        ("Prénom", p.given, "الاسم : " + ar["given"]),
        ("Nom", p.surname, "اللقب : " + ar["surname"]),
        ("Sexe", "Masculin" if p.sex == "M" else "Féminin", "الجنس"),
        ("Date de naissance", f"{C.fr(p.dob)}  ({C.date_words_fr(p.dob)})", "تاريخ الولادة"),
        ("Lieu de naissance", p.birth_city.title(), "مكان الولادة : " + ar["city"]),
        ("Prénom du père", p.father, "اسم الأب : " + ar["father"]),
        ("Nom et prénom de la mère", p.mother, "اسم الأم ولقبها : " + ar["mother"]),
        ("Nationalité", "Tunisienne", "الجنسية : تونسية"),
    ]
    y = 74
    for lab, val, arl in rows:
        pg.rect(15, y - 6, 180, 10, stroke=(120, 120, 120), lw=0.2)
        pg.text(17, y, lab, "sans", 8.5, (60, 60, 60))
        pg.text(65, y, val, "sans:b", 10)
        pg.text(193, y, arl, "amiri", 10.5, (60, 60, 60), "r")
        y += 10
    pg.text(15, y + 6, "Mentions marginales : ........................ Néant", "sans", 9.5)
    pg.text(110, y + 24, f"{municipality}, le {C.fr(issued)}", "sans", 9.5)
    _sig_block(
        pg,
        150,
        y + 32,
        ["Pour le Président de la Municipalité", "L'Officier de l'état civil"],
        "Mounir Trabelsi",
        seed + 6,
        ["MUNICIPALITE DE " + municipality.upper(), "ETAT CIVIL"],
        (120, 40, 120),
    )
    return Doc(
        "birth_certificate",
        bc_fields(p, "TUN", p.birth_city.title(), has_apostille=has_apostille, lang="fr+ar"),
        [pg],
    )


# ------------------------------------------------------ West/Central Africa --
def bc_senegal(
    p: Person, region: str, dept: str, centre: str, year_no: str, issued: dt.date, seed=0
) -> Doc:
    pg = Page()
    pg.text(105, 15, "RÉPUBLIQUE DU SÉNÉGAL", "serif:b", 12, anchor="c")
    pg.text(105, 20.5, "Un Peuple - Un But - Une Foi", "serif:i", 9, anchor="c")
    for i, (a, b) in enumerate(
        [
            ("RÉGION DE", region),
            ("DÉPARTEMENT DE", dept),
            ("COMMUNE DE", centre),
            ("CENTRE D'ÉTAT CIVIL DE", centre),
        ]
    ):
        pg.text(15, 31 + i * 5, f"{a} {b.upper()}", "serif", 8.5)
    pg.text(140, 31, f"Année : {p.dob.year}", "serif", 9)
    pg.text(140, 36, f"N° dans le registre : {year_no}", "serif", 9)
    pg.rect(25, 54, 160, 11, stroke=(0, 0, 0), lw=0.5)
    pg.text(105, 61.5, "EXTRAIT DU REGISTRE DES ACTES DE NAISSANCE", "serif:b", 12, anchor="c")
    rows = [
        ("Le", f"{C.date_words_fr(p.dob)}".upper()),
        ("est né(e) à", p.birth_city.upper()),
        ("un enfant de sexe", "FÉMININ" if p.sex == "F" else "MASCULIN"),
        ("Prénom(s)", p.given.upper()),
        ("Nom", p.surname.upper()),
        ("De", p.father.upper()),
        ("Et de", p.mother.upper()),
    ]
    y = _fields_table(pg, 20, 80, 170, rows, 40, font="serif", size=10, lh=10)
    pg.text(
        20, y + 4, "Jugement d'autorisation d'inscription : N° ........ du ........", "serif", 9
    )
    pg.text(20, y + 12, "Mentions marginales : NÉANT", "serif", 9.5)
    pg.text(20, y + 24, "Pour extrait certifié conforme", "serif:i", 9.5)
    pg.text(120, y + 30, f"{centre.title()}, le {C.fr(issued)}", "serif", 9.5)
    _sig_block(
        pg,
        150,
        y + 37,
        ["L'Officier de l'État Civil"],
        "Ousmane Diop",
        seed + 1,
        ["COMMUNE DE " + centre.upper(), "ETAT CIVIL"],
        (40, 90, 60),
        font="serif",
    )
    return Doc(
        "birth_certificate",
        bc_fields(p, "SEN", p.birth_city.upper(), surname=p.surname.upper(), given=p.given.upper()),
        [pg],
    )


def bc_cote_ivoire(
    p: Person, centre: str, reg_no: str, reg_date: dt.date, issued: dt.date, seed=0
) -> Doc:
    pg = Page(bg=(252, 250, 240))
    pg.text(15, 14, "RÉPUBLIQUE DE CÔTE D'IVOIRE", "sans:b", 10.5)
    pg.text(15, 19, "Union - Discipline - Travail", "sans:i", 8)
    pg.text(15, 27, "DÉPARTEMENT D'ABIDJAN", "sans", 8.5)
    pg.text(15, 32, f"CENTRE D'ÉTAT CIVIL DE {centre.upper()}", "sans", 8.5)
    pg.image(emblem(22, (200, 120, 30), seed, "star"), 170, 9, 22, 22)
    pg.text(105, 46, "EXTRAIT", "sans:b", 16, anchor="c")
    pg.text(105, 53, "du registre des actes de l'État Civil", "sans", 10, anchor="c")
    pg.text(105, 59, f"pour l'année {p.dob.year}", "sans", 10, anchor="c")
    pg.text(15, 72, f"N° {reg_no} DU {C.fr(reg_date)} DU REGISTRE", "sans:b", 9.5)
    pg.text(105, 84, "NAISSANCE DE", "sans:b", 11, anchor="c")
    pg.text(105, 92, f"{p.surname.upper()} {p.given}", "sans:b", 12, anchor="c")
    txt = (
        f"Le {C.date_words_fr(p.dob)}, à onze heures trente minutes, est né(e) à {p.birth_city}, "
        f"{p.given} {p.surname.upper()}, de sexe {'féminin' if p.sex == 'F' else 'masculin'}, "
        f"fils/fille de {p.father}, et de {p.mother}."
    )
    y = pg.para(20, 104, 170, txt, "sans", 10.5, leading=6)
    pg.text(20, y + 8, "MENTIONS (éventuellement) :", "sans:b", 9.5)
    for i, m in enumerate(
        [
            "Marié(e) le ........ avec ........",
            "Mariage dissous par décision de divorce en date du ........",
            "Décédé(e) le ........ à ........",
        ]
    ):
        pg.text(25, y + 15 + i * 6, m, "sans", 9, (60, 60, 60))
    pg.text(
        20,
        y + 40,
        "Certifié le présent extrait conforme aux indications portées au registre.",
        "sans:i",
        9.5,
    )
    pg.text(120, y + 48, f"Délivré à {centre.title()}, le {C.fr(issued)}", "sans", 9.5)
    _sig_block(
        pg,
        150,
        y + 55,
        ["L'Officier de l'État Civil"],
        "Koffi Kouassi",
        seed + 3,
        ["MAIRIE DE " + centre.upper(), "ETAT CIVIL"],
        (160, 60, 40),
    )
    return Doc("birth_certificate", bc_fields(p, "CIV", p.birth_city), [pg])


def bc_cameroun(p: Person, centre: str, acte: str, issued: dt.date, seed=0) -> Doc:
    pg = Page()
    pg.text(55, 13, "RÉPUBLIQUE DU CAMEROUN", "sans:b", 10, anchor="c")
    pg.text(55, 18, "Paix - Travail - Patrie", "sans:i", 8, anchor="c")
    pg.text(155, 13, "REPUBLIC OF CAMEROON", "sans:b", 10, anchor="c")
    pg.text(155, 18, "Peace - Work - Fatherland", "sans:i", 8, anchor="c")
    pg.image(emblem(18, (40, 120, 60), seed, "star"), 96, 7, 18, 18)
    pg.text(
        15,
        30,
        f"Centre d'État Civil de / Civil Status Registration Centre of : {centre}",
        "sans",
        8.5,
    )
    pg.text(15, 35, f"Acte N° / Certificate No : {acte}", "sans:b", 9)
    pg.rect(15, 41, 180, 12, stroke=(0, 0, 0), fill=(236, 244, 236), lw=0.4)
    pg.text(105, 49.5, "ACTE DE NAISSANCE  /  BIRTH CERTIFICATE", "sans:b", 13, anchor="c")
    rows = [
        ("Nom de l'enfant / Surname of child", p.surname.upper()),
        ("Prénoms de l'enfant / Given names", p.given),
        ("Le / On the", f"{p.dob.day:02d} {C.MOIS[p.dob.month - 1]} {p.dob.year}"),
        ("Né(e) à / Born at", p.birth_city),
        ("Sexe / Sex", "Masculin / Male" if p.sex == "M" else "Féminin / Female"),
        ("De / Of (père / father)", p.father),
        ("Né à / Born at", "Bafoussam"),
        ("Profession / Occupation", "Commerçant / Trader"),
        ("Et de / And of (mère / mother)", p.mother),
        ("Née à / Born at", "Douala"),
        ("Dressé le / Drawn up on", C.fr(p.dob + dt.timedelta(days=12))),
        ("Sur la déclaration de / On the declaration of", p.father),
        ("Par Nous / By us, Officier d'état civil", "Jean-Paul Mbarga"),
    ]
    y = 62
    for lab, val in rows:
        pg.rect(15, y - 5.5, 180, 9, stroke=(110, 110, 110), lw=0.2)
        pg.text(17, y, lab, "sans", 8, (50, 50, 50))
        pg.fit_text(95, y, val, "sans:b", 10, 98)
        y += 9
    pg.text(
        15,
        y + 6,
        "Copie certifiée conforme à l'original / Certified true copy of the original",
        "sans:i",
        9,
    )
    pg.text(120, y + 14, f"{centre}, le {C.fr(issued)}", "sans", 9.5)
    _sig_block(
        pg,
        150,
        y + 20,
        ["L'Officier d'État Civil / Civil Status Registrar"],
        "Jean-Paul Mbarga",
        seed + 2,
        ["CENTRE D'ETAT CIVIL", centre.upper()],
        (40, 60, 150),
    )
    return Doc(
        "birth_certificate",
        bc_fields(p, "CMR", p.birth_city, surname=p.surname.upper(), lang="fr+en"),
        [pg],
    )


def bc_mali(p: Person, cercle: str, commune: str, acte: str, issued: dt.date, seed=0) -> Doc:
    pg = Page(bg=(248, 250, 244))
    pg.text(150, 14, "RÉPUBLIQUE DU MALI", "sans:b", 11, anchor="c")
    pg.text(150, 19, "Un Peuple - Un But - Une Foi", "sans:i", 8, anchor="c")
    pg.text(15, 14, f"CERCLE DE {cercle.upper()}", "sans", 8.5)
    pg.text(15, 19, f"COMMUNE DE {commune.upper()}", "sans", 8.5)
    pg.text(15, 24, "CENTRE PRINCIPAL D'ÉTAT CIVIL", "sans", 8.5)
    pg.text(15, 33, "VOLET N° 3", "sans:b", 9)
    pg.rect(35, 40, 140, 11, stroke=(0, 0, 0), lw=0.5)
    pg.text(105, 47.5, f"ACTE DE NAISSANCE N° {acte}", "sans:b", 12.5, anchor="c")
    rows = [
        ("NOM", p.surname.upper()),
        ("PRÉNOM(S)", p.given.upper()),
        ("DATE DE NAISSANCE", f"{C.fr(p.dob)}  ({C.date_words_fr(p.dob)})"),
        ("LIEU DE NAISSANCE", p.birth_city.upper()),
        ("SEXE", "F" if p.sex == "F" else "M"),
        ("PÈRE", p.father.upper()),
        ("PROFESSION DU PÈRE", "CULTIVATEUR"),
        ("MÈRE", p.mother.upper()),
        ("PROFESSION DE LA MÈRE", "MÉNAGÈRE"),
        ("DOMICILE DES PARENTS", commune.upper()),
    ]
    y = 66
    for lab, val in rows:
        pg.text(18, y, lab, "sans", 8.5, (50, 50, 50))
        pg.text(70, y, ":", "sans", 9)
        pg.fit_text(74, y, val, "sans:b", 10, 118)
        y += 8.5
    pg.text(
        18,
        y + 8,
        f"Dressé le {C.fr(p.dob + dt.timedelta(days=5))} sur déclaration du père.",
        "sans",
        9,
    )
    pg.text(18, y + 15, "Mentions marginales : Néant", "sans", 9)
    pg.text(110, y + 28, f"Pour copie conforme, {commune.title()}, le {C.fr(issued)}", "sans", 9)
    _sig_block(
        pg,
        150,
        y + 34,
        ["L'Officier de l'État Civil"],
        "Moussa Keita",
        seed + 3,
        ["MAIRIE DE " + commune.upper(), "REPUBLIQUE DU MALI"],
        (50, 110, 60),
    )
    return Doc(
        "birth_certificate",
        bc_fields(p, "MLI", p.birth_city.upper(), surname=p.surname.upper(), given=p.given.upper()),
        [pg],
    )


def bc_rdc(p: Person, commune: str, acte: str, issued: dt.date, seed=0) -> Doc:
    pg = Page()
    pg.text(105, 14, "RÉPUBLIQUE DÉMOCRATIQUE DU CONGO", "serif:b", 12, anchor="c")
    pg.text(105, 20, "PROVINCE DE KINSHASA - VILLE DE KINSHASA", "serif", 9, anchor="c")
    pg.text(
        105, 25, f"COMMUNE DE {commune.upper()} - BUREAU DE L'ÉTAT CIVIL", "serif", 9, anchor="c"
    )
    pg.text(105, 38, f"ACTE DE NAISSANCE N° {acte}", "serif:b", 13, anchor="c")
    pg.text(
        105,
        44,
        f"Volume {p.dob.year % 100 + 10}  Folio {int(acte.split('/')[0]) % 300}",
        "serif",
        9,
        anchor="c",
    )
    when = p.dob + dt.timedelta(days=9)
    txt = (
        f"L'an {C.num_fr(when.year)}, le {C.num_fr(when.day)}e jour du mois de {C.MOIS[when.month - 1]}, "
        f"à dix heures, devant Nous, Mbuyi Kalala, Officier de l'état civil de la commune de {commune}, "
        f"a comparu {p.father}, lequel nous a déclaré que le {C.date_words_fr(p.dob)}, est né à {p.birth_city}, "
        f"un enfant de sexe {'féminin' if p.sex == 'F' else 'masculin'}, nommé {p.surname.upper()} {p.given}, "
        f"fils/fille de {p.father}, et de {p.mother}, son épouse, tous deux domiciliés à {commune}. "
        f"Lecture de l'acte faite au comparant, Nous avons signé avec lui."
    )
    y = pg.para(20, 58, 170, txt, "serif", 11, leading=7)
    pg.text(20, y + 10, "Le Comparant", "serif:b", 10)
    pg.image(signature(p.father, seed + 8, 40, 14, INK_BLUE), 18, y + 12, 38, None)
    pg.text(20, y + 40, "Pour copie certifiée conforme", "serif:i", 10)
    pg.text(120, y + 46, f"Kinshasa, le {C.fr(issued)}", "serif", 10)
    _sig_block(
        pg,
        150,
        y + 12,
        ["L'Officier de l'état civil"],
        "Mbuyi Kalala",
        seed + 2,
        ["COMMUNE DE " + commune.upper(), "ETAT CIVIL - RDC"],
        (40, 70, 150),
        font="serif",
    )
    return Doc("birth_certificate", bc_fields(p, "COD", p.birth_city), [pg])


# ------------------------------------------------------------ Americas -----
def bc_colombia(
    p: Person,
    serial: str,
    nuip: str,
    dept: str,
    municipio: str,
    issued: dt.date,
    seed=0,
    has_apostille=False,
) -> Doc:
    pg = Page(216, 279)  # letter
    pg.image(guilloche(216, 279, (200, 210, 230), seed, density=40, alpha=45), 0, 0, 216, 279)
    pg.text(108, 14, "REPÚBLICA DE COLOMBIA", "sans:b", 11, anchor="c")
    pg.text(108, 19.5, "REGISTRADURÍA NACIONAL DEL ESTADO CIVIL", "sans", 9, anchor="c")
    pg.text(108, 27, "REGISTRO CIVIL DE NACIMIENTO", "sans:b", 14, anchor="c")
    pg.text(150, 37, f"Indicativo Serial  {serial}", "sans:b", 9.5)
    pg.text(14, 37, f"NUIP  {nuip}", "sans:b", 9.5)
    surn = p.surname.split()
    y = 45

    def sec(title):
        nonlocal y
        pg.rect(12, y, 192, 5.5, stroke=None, fill=(205, 215, 230))
        pg.text(14, y + 4, title, "sans:b", 8)
        y += 6

    def cells(cols):
        nonlocal y
        x = 12
        for lab, val, w in cols:
            pg.rect(x, y, w, 11, stroke=(90, 90, 110), lw=0.2)
            pg.text(x + 1.2, y + 3.3, lab, "sans", 6.2, (60, 60, 80))
            pg.fit_text(x + 1.2, y + 8.8, val, "sans:b", 9.5, w - 2)
            x += w
        y += 11

    sec("Datos de la oficina de registro")
    cells(
        [
            ("Clase de oficina", "REGISTRADURÍA", 45),
            (
                "País - Departamento - Municipio - Corregimiento",
                f"COLOMBIA - {dept.upper()} - {municipio.upper()}",
                105,
            ),
            ("Código", "05 001 0", 42),
        ]
    )
    sec("Datos del inscrito")
    cells(
        [
            ("Primer Apellido", surn[0], 64),
            ("Segundo Apellido", surn[1] if len(surn) > 1 else "", 64),
            ("Nombre(s)", p.given.upper(), 64),
        ]
    )
    cells(
        [
            ("Fecha de nacimiento  Año / Mes / Día", p.dob.strftime("%Y  %m  %d"), 64),
            ("Sexo (en letras)", "FEMENINO" if p.sex == "F" else "MASCULINO", 40),
            ("Grupo sanguíneo", "O", 30),
            ("Factor RH", "+", 58),
        ]
    )
    cells(
        [
            (
                "Lugar de nacimiento (País - Departamento - Municipio - Corregimiento y/o Inspección de Policía)",
                f"COLOMBIA - {dept.upper()} - {municipio.upper()}",
                192,
            )
        ]
    )
    cells(
        [
            (
                "Tipo de documento antecedente o Declaración de testigos",
                "CERTIFICADO DE NACIDO VIVO",
                110,
            ),
            ("Número certificado de nacido vivo", f"A{serial[-7:]}", 82),
        ]
    )
    sec("Datos de la madre")
    cells(
        [
            ("Apellidos y nombres completos", p.mother.upper(), 110),
            ("Documento de identificación", "C.C. 43.512.884", 50),
            ("Nacionalidad", "COLOMBIA", 32),
        ]
    )
    sec("Datos del padre")
    cells(
        [
            ("Apellidos y nombres completos", p.father.upper(), 110),
            ("Documento de identificación", "C.C. 71.604.219", 50),
            ("Nacionalidad", "COLOMBIA", 32),
        ]
    )
    sec("Datos del declarante")
    cells(
        [
            ("Apellidos y nombres completos", p.father.upper(), 110),
            ("Documento de identificación", "C.C. 71.604.219", 50),
            ("Firma", "", 32),
        ]
    )
    reg = p.dob + dt.timedelta(days=20)
    cells(
        [
            ("Fecha de inscripción  Año / Mes / Día", reg.strftime("%Y  %m  %d"), 64),
            ("Nombre y firma del funcionario que autoriza", "LUZ MARINA OSPINA", 128),
        ]
    )
    sec("ESPACIO PARA NOTAS")
    pg.text(14, y + 5, "SIN NOTAS", "sans", 9)
    y += 16
    pg.para(
        14,
        y,
        188,
        f"ES FIEL COPIA TOMADA DEL ORIGINAL QUE REPOSA EN ESTA OFICINA. Se expide en {municipio.title()} "
        f"el {C.es_long(issued)}, con destino a: INTERESADO. Válido para trámites en el exterior.",
        "sans",
        8.5,
    )
    pg.image(signature("Luz Ospina", seed + 4, 45, 15, INK_BLACK), 140, y + 8, 45, None)
    pg.text(160, y + 27, "Registrador(a) del Estado Civil", "sans", 8, anchor="c")
    pg.image(
        stamp(["REGISTRADURIA NACIONAL", municipio.upper()], "circle", 28, (60, 60, 150), seed),
        100,
        y + 5,
        28,
        None,
    )
    return Doc(
        "birth_certificate",
        bc_fields(
            p,
            "COL",
            f"COLOMBIA - {dept.upper()} - {municipio.upper()}",
            given=p.given.upper(),
            has_apostille=has_apostille,
            lang="es",
        ),
        [pg],
    )


def bc_mexico(
    p: Person,
    entidad: str,
    municipio: str,
    curp: str,
    acta: str,
    issued: dt.date,
    seed=0,
    has_apostille=False,
) -> Doc:
    pg = Page(216, 279)
    pg.image(guilloche(216, 279, (170, 210, 190), seed, density=60, alpha=50), 0, 0, 216, 279)
    pg.text(108, 14, "ESTADOS UNIDOS MEXICANOS", "sans:b", 12, anchor="c")
    pg.text(108, 21, "ACTA DE NACIMIENTO", "sans:b", 16, (120, 30, 40), anchor="c")
    pg.text(14, 31, "Identificador Electrónico", "sans", 7)
    pg.text(14, 35.5, f"{entidad[:2].upper()}{acta}{p.dob.year}", "sans:b", 9)
    pg.text(130, 31, "CURP", "sans", 7)
    pg.text(130, 35.5, curp, "sans:b", 10)
    y = 44
    reg = p.dob + dt.timedelta(days=30)
    for lab, val in [
        ("Entidad de Registro", entidad.upper()),
        ("Municipio de Registro", municipio.upper()),
        ("Oficialía", "0001"),
        ("Fecha de Registro", reg.strftime("%d/%m/%Y")),
        ("Libro", "0007"),
        ("Número de Acta", acta),
    ]:
        pg.text(14, y, lab, "sans", 7.5, (80, 80, 80))
        pg.text(70, y, val, "sans:b", 9.5)
        y += 5.5
    pg.rect(12, y, 192, 6, stroke=None, fill=(200, 220, 205))
    pg.text(108, y + 4.3, "DATOS DE LA PERSONA REGISTRADA", "sans:b", 9, anchor="c")
    y += 12
    surn = p.surname.split()
    cols = [
        ("Nombre(s):", p.given.upper()),
        ("Primer Apellido:", surn[0]),
        ("Segundo Apellido:", surn[1] if len(surn) > 1 else ""),
        ("Sexo:", "MUJER" if p.sex == "F" else "HOMBRE"),
        ("Fecha de Nacimiento:", p.dob.strftime("%d/%m/%Y")),
        ("Lugar de Nacimiento:", f"{municipio.upper()}, {entidad.upper()}"),
    ]
    for lab, val in cols:
        pg.text(20, y, lab, "sans", 9, (60, 60, 60))
        pg.text(70, y, val, "sans:b", 10.5)
        y += 7
    pg.rect(12, y, 192, 6, stroke=None, fill=(200, 220, 205))
    pg.text(108, y + 4.3, "DATOS DE FILIACIÓN DE LA PERSONA REGISTRADA", "sans:b", 9, anchor="c")
    y += 12
    for who, name in (("Progenitor 1", p.father), ("Progenitor 2", p.mother)):
        pg.text(20, y, who, "sans:b", 9)
        pg.text(20, y + 6, "Nombre:", "sans", 9, (60, 60, 60))
        pg.text(45, y + 6, name.upper(), "sans:b", 10)
        pg.text(20, y + 12, "Nacionalidad:", "sans", 9, (60, 60, 60))
        pg.text(45, y + 12, "MEXICANA", "sans:b", 10)
        y += 20
    pg.rect(12, y, 192, 6, stroke=None, fill=(200, 220, 205))
    pg.text(108, y + 4.3, "ANOTACIONES MARGINALES", "sans:b", 9, anchor="c")
    pg.text(20, y + 13, "SIN ANOTACIONES", "sans", 9)
    y += 24
    pg.para(
        14,
        y,
        188,
        "El presente documento es una copia fiel de los datos que obran en la base de datos nacional del "
        "Registro Civil. Se expide con fundamento en los artículos 43 y 44 del Reglamento del Registro "
        f"Civil. Fecha de expedición: {issued.strftime('%d/%m/%Y')}.",
        "sans",
        8,
    )
    pg.image(signature("Alejandra Villanueva", seed + 3, 45, 14, INK_BLACK), 82, y + 10, 45, None)
    pg.text(108, y + 30, "DIRECTORA GENERAL DEL REGISTRO CIVIL", "sans:b", 8, anchor="c")
    pg.rect(170, y + 6, 30, 30, stroke=(0, 0, 0), lw=0.3)
    for i in range(7):
        for j in range(7):
            if (i * 3 + j * 5 + seed) % 3 == 0 or (i in (0, 6) and j in (0, 6)):
                pg.rect(171 + i * 4, y + 7 + j * 4, 4, 4, stroke=None, fill=(0, 0, 0))
    return Doc(
        "birth_certificate",
        bc_fields(
            p,
            "MEX",
            f"{municipio.upper()}, {entidad.upper()}",
            given=p.given.upper(),
            has_apostille=has_apostille,
            lang="es",
        ),
        [pg],
    )


def bc_brasil(
    p: Person,
    cartorio: str,
    municipio: str,
    uf: str,
    matricula: str,
    issued: dt.date,
    seed=0,
    has_apostille=False,
) -> Doc:
    pg = Page()
    pg.image(guilloche(210, 297, (180, 200, 170), seed, density=50, alpha=40), 0, 0, 210, 297)
    pg.image(emblem(20, (40, 110, 60), seed, "star"), 95, 8, 20, 20)
    pg.text(105, 33, "REPÚBLICA FEDERATIVA DO BRASIL", "sans:b", 11, anchor="c")
    pg.text(105, 39, "REGISTRO CIVIL DAS PESSOAS NATURAIS", "sans", 9, anchor="c")
    pg.text(105, 48, "CERTIDÃO DE NASCIMENTO", "sans:b", 15, anchor="c")
    y = 58

    def box(lab, val, x=15, w=180, h=12):
        pg.rect(x, y, w, h, stroke=(80, 100, 80), lw=0.25)
        pg.text(x + 1.5, y + 3.5, lab, "sans", 6.5, (70, 90, 70))
        pg.fit_text(x + 1.5, y + 9.5, val, "sans:b", 10, w - 3)

    box("NOME", f"{p.given.upper()} {p.surname.upper()}")
    y += 13
    box("CPF", "123.456.789-09" if seed % 2 else "987.654.321-00")
    y += 13
    box("MATRÍCULA", matricula)
    y += 13
    box("DATA DE NASCIMENTO POR EXTENSO", C.pt_long(p.dob).upper(), w=120)
    box("DIA  MÊS  ANO", p.dob.strftime("%d  %m  %Y"), x=135, w=60)
    y += 13
    box("HORA", "14:20", w=30)
    box("MUNICÍPIO DE REGISTRO E UNIDADE DA FEDERAÇÃO", f"{municipio.upper()} - {uf}", x=45, w=150)
    y += 13
    box("LOCAL DE NASCIMENTO", "HOSPITAL SÃO LUCAS", w=90)
    box(
        "MUNICÍPIO DE NASCIMENTO E UNIDADE DA FEDERAÇÃO", f"{municipio.upper()} - {uf}", x=105, w=90
    )
    y += 13
    box("SEXO", "FEMININO" if p.sex == "F" else "MASCULINO", w=50)
    box("GÊMEO", "NÃO", x=65, w=30)
    box("NÚMERO DA DNV", f"{seed % 90 + 10}-{seed % 8999999 + 1000000}", x=95, w=100)
    y += 13
    box("FILIAÇÃO", f"{p.father.upper()}  e  {p.mother.upper()}", h=14)
    y += 15
    box(
        "AVÓS",
        "JOSÉ CARLOS FERREIRA, MARIA DAS GRAÇAS FERREIRA, ANTÔNIO DA SILVA E LÚCIA DA SILVA",
        h=14,
    )
    y += 15
    box("DATA DO REGISTRO POR EXTENSO", C.pt_long(p.dob + dt.timedelta(days=6)).upper())
    y += 13
    box("AVERBAÇÕES/ANOTAÇÕES A ACRESCER", "NADA CONSTA", h=14)
    y += 20
    pg.text(15, y, cartorio, "sans:b", 9)
    pg.text(15, y + 5, f"Oficial: Roberto Almeida Prado - {municipio} - {uf}", "sans", 8.5)
    pg.text(15, y + 12, "O conteúdo da certidão é verdadeiro. Dou fé.", "sans:i", 9)
    pg.text(15, y + 18, f"{municipio}, {C.pt_long(issued)}.", "sans", 9)
    pg.image(signature("Roberto Prado", seed + 2, 45, 14, INK_BLUE), 120, y + 4, 45, None)
    pg.text(142, y + 22, "Oficial / Escrevente autorizado", "sans", 8, anchor="c")
    pg.rect(15, y + 27, 180, 9, stroke=(100, 100, 100), fill=(240, 244, 238), lw=0.2)
    pg.text(
        17,
        y + 33,
        f"Selo digital: EBKR{seed % 99999:05d}-QTAX   Consulte em www.tjsp.jus.br/selodigital",
        "mono",
        7.5,
    )
    return Doc(
        "birth_certificate",
        bc_fields(
            p,
            "BRA",
            f"{municipio.upper()} - {uf}",
            surname=p.surname.upper(),
            given=p.given.upper(),
            has_apostille=has_apostille,
            lang="pt",
        ),
        [pg],
    )


def bc_usa(
    p: Person,
    state: str,
    county: str,
    city: str,
    file_no: str,
    issued: dt.date,
    seed=0,
    has_apostille=False,
    middle: str = "",
) -> Doc:
    pg = Page(216, 279, bg=(246, 248, 242))
    pg.image(guilloche(216, 279, (150, 190, 150), seed, density=70, alpha=50), 0, 0, 216, 279)
    pg.rect(8, 8, 200, 263, stroke=(40, 90, 60), lw=1.2)
    pg.rect(10, 10, 196, 259, stroke=(40, 90, 60), lw=0.3)
    pg.image(emblem(24, (40, 90, 60), seed, "eagle"), 18, 14, 24, 24)
    pg.text(108, 20, f"STATE OF {state.upper()}", "serif:b", 15, (30, 70, 45), "c")
    pg.text(
        108, 27, "DEPARTMENT OF PUBLIC HEALTH - DIVISION OF VITAL RECORDS", "serif", 8.5, anchor="c"
    )
    pg.text(108, 36, "CERTIFICATE OF LIVE BIRTH", "serif:b", 16, anchor="c")
    pg.text(196, 20, "STATE FILE NUMBER", "sans", 6.5, anchor="r")
    pg.text(196, 25, file_no, "sans:b", 10, (150, 20, 20), "r")
    gv = p.given.split()
    first = gv[0]
    mid = " ".join(gv[1:]) or middle
    y = 46

    def cells(cols):
        nonlocal y
        x = 14
        for lab, val, w in cols:
            pg.rect(x, y, w, 12, stroke=(60, 60, 60), lw=0.25)
            pg.text(x + 1, y + 3.2, lab, "sans", 5.8, (50, 50, 50))
            pg.fit_text(x + 1.5, y + 9.5, val, "courier:b", 10, w - 3)
            x += w
        y += 12

    cells(
        [
            ("1A. NAME OF CHILD - FIRST (GIVEN)", first.upper(), 62),
            ("1B. MIDDLE", mid.upper(), 62),
            ("1C. LAST (FAMILY)", p.surname.upper(), 64),
        ]
    )
    cells(
        [
            ("2. SEX", "FEMALE" if p.sex == "F" else "MALE", 30),
            ("3A. THIS BIRTH - SINGLE, TWIN, ETC.", "SINGLE", 50),
            ("4A. DATE OF BIRTH - MM/DD/CCYY", p.dob.strftime("%m/%d/%Y"), 62),
            ("4B. HOUR", "0742", 46),
        ]
    )
    cells(
        [
            ("5A. PLACE OF BIRTH - NAME OF HOSPITAL OR FACILITY", "ST. MARY MEDICAL CENTER", 100),
            ("5B. STREET ADDRESS", "1200 N. ELM STREET", 88),
        ]
    )
    cells(
        [
            ("5C. CITY", city.upper(), 70),
            ("5D. COUNTY", county.upper(), 60),
            ("5E. STATE", state.upper(), 58),
        ]
    )
    fat, mot = p.father.upper().split(), p.mother.upper().split()
    cells(
        [
            ("6A. NAME OF MOTHER - FIRST", mot[0], 50),
            ("6B. MIDDLE", mot[1] if len(mot) > 2 else "", 40),
            ("6C. LAST (MAIDEN)", mot[-1], 52),
            ("7. BIRTHPLACE (STATE/COUNTRY)", state.upper(), 46),
        ]
    )
    cells(
        [
            ("8A. NAME OF FATHER - FIRST", fat[0], 50),
            ("8B. MIDDLE", fat[1] if len(fat) > 2 else "", 40),
            ("8C. LAST", fat[-1], 52),
            ("9. BIRTHPLACE (STATE/COUNTRY)", "OHIO", 46),
        ]
    )
    cells(
        [
            ("10A. CERTIFIER - NAME AND TITLE", "R. GOLDBERG, M.D.", 100),
            ("10B. DATE SIGNED", C.fr(p.dob).replace("/", "-"), 88),
        ]
    )
    cells(
        [
            (
                "11. DATE FILED BY LOCAL REGISTRAR",
                (p.dob + dt.timedelta(days=7)).strftime("%m/%d/%Y"),
                100,
            ),
            ("12. LOCAL REGISTRAR", "DONNA K. PETERSON", 88),
        ]
    )
    y += 8
    pg.para(
        14,
        y,
        188,
        "This is to certify that this is a true and correct reproduction or abstract of the official "
        "record filed with the State Department of Public Health. This copy is not valid unless "
        "prepared on engraved border displaying the seal and signature of the State Registrar.",
        "serif",
        8.5,
    )
    pg.text(14, y + 22, f"DATE ISSUED: {issued.strftime('%B %d, %Y').upper()}", "sans:b", 9)
    pg.image(signature("Ngozi Ezike", seed + 5, 48, 14, INK_BLACK), 140, y + 12, 46, None)
    pg.text(162, y + 30, "STATE REGISTRAR", "sans:b", 8, anchor="c")
    pg.image(
        stamp(
            [f"STATE OF {state.upper()} * VITAL RECORDS *", "SEAL"],
            "circle",
            30,
            (80, 80, 80),
            seed + 9,
        ),
        95,
        y + 8,
        28,
        None,
    )
    pg.text(
        108,
        265,
        "ANY ALTERATION OR ERASURE VOIDS THIS CERTIFICATE",
        "sans:b",
        7,
        (150, 20, 20),
        "c",
    )
    return Doc(
        "birth_certificate",
        bc_fields(
            p,
            "USA",
            f"{city.upper()}, {county.upper()}, {state.upper()}",
            surname=p.surname.upper(),
            given=f"{first} {mid}".strip().upper(),
            has_apostille=has_apostille,
            lang="en",
        ),
        [pg],
    )


# -------------------------------------------------------------- Europe -----
def bc_uk(
    p: Person,
    district: str,
    subdistrict: str,
    county: str,
    entry: str,
    issued: dt.date,
    seed=0,
    has_apostille=False,
) -> Doc:
    pg = Page(297, 210, bg=(250, 238, 236))
    pg.image(guilloche(297, 210, (220, 150, 150), seed, density=45, alpha=50), 0, 0, 297, 210)
    red = (150, 40, 50)
    pg.text(148, 14, "CERTIFIED COPY OF AN ENTRY OF BIRTH", "serif:b", 14, red, "c")
    pg.text(148, 20, "GIVEN AT THE GENERAL REGISTER OFFICE", "serif", 9, red, "c")
    pg.text(270, 14, f"BXC {seed % 900000 + 100000}", "sans:b", 9, red, "r")
    pg.text(14, 30, f"Registration district  {district}", "serif", 9.5, red)
    pg.text(
        14,
        36,
        f"{p.dob.year}  BIRTH in the Sub-district of  {subdistrict}   in the  {county}",
        "serif",
        9.5,
        red,
    )
    cols = [
        ("No.", 10),
        ("When and\nwhere born", 32),
        ("Name, if any", 28),
        ("Sex", 12),
        ("Name and surname\nof father", 30),
        ("Name, surname and\nmaiden surname\nof mother", 34),
        ("Occupation\nof father", 22),
        ("Signature, description and\nresidence of informant", 38),
        ("When\nregistered", 20),
        ("Signature of\nregistrar", 22),
        ("Name entered\nafter registration", 0),
    ]
    x = 14
    ytop, yh, yv = 42, 18, 60
    xs = []
    total = 270
    rem = total - sum(w for _, w in cols)
    cols[-1] = (cols[-1][0], rem)
    for i, (lab, w) in enumerate(cols):
        xs.append(x)
        pg.rect(x, ytop, w, yh, stroke=red, lw=0.3)
        pg.rect(x, ytop + yh, w, yv, stroke=red, lw=0.3)
        pg.text(x + 1, ytop + 4, str(i) if i else "", "serif", 6, red)
        for j, ln in enumerate(lab.split("\n")):
            pg.text(x + w / 2, ytop + 7 + j * 3.3, ln, "serif", 6.5, red, "c")
        x += w
    ink = (30, 30, 60)
    y0 = ytop + yh + 8
    when = p.dob.strftime("%-d %B %Y")
    vals = [
        [entry],
        [when, "St Thomas'", "Hospital", subdistrict],
        p.given.split(),
        ["Girl" if p.sex == "F" else "Boy"],
        p.father.split(),
        p.mother.split() + ["formerly", "Clarke"],
        ["Software", "Engineer"],
        [p.mother.split()[0] + " " + p.mother.split()[-1], "Mother", "14 Elm Road", "London SE1"],
        [(p.dob + dt.timedelta(days=20)).strftime("%-d %B"), str(p.dob.year)],
        ["J. Whitfield", "Registrar"],
        [""],
    ]
    for i, lines in enumerate(vals):
        for j, ln in enumerate(lines):
            hand(
                pg,
                xs[i] + 1.5,
                y0 + j * 6,
                ln,
                "h-dkg",
                3.6,
                ink,
                seed + i * 7 + j,
                maxw=cols[i][1] - 2.5,
            )
    pg.para(
        14,
        132,
        270,
        f"CERTIFIED to be a true copy of an entry in the certified copy of a Register of Births in the "
        f"District above mentioned. Given at the GENERAL REGISTER OFFICE, under the Seal of the said "
        f"Office, the {issued.day} day of {C.MONTHS[issued.month - 1]} {issued.year}.",
        "serif",
        9,
        color=red,
    )
    pg.image(
        stamp(["GENERAL REGISTER OFFICE", "ENGLAND"], "circle", 30, (140, 60, 60), seed + 3),
        240,
        140,
        30,
        None,
    )
    pg.text(
        14,
        160,
        "CAUTION: THERE ARE OFFENCES RELATING TO FALSIFYING OR ALTERING A CERTIFICATE AND USING OR "
        "POSSESSING A FALSE CERTIFICATE. ©CROWN COPYRIGHT",
        "serif:b",
        7.5,
        red,
    )
    pg.text(14, 166, "WARNING: A CERTIFICATE IS NOT EVIDENCE OF IDENTITY.", "serif:b", 8, red)
    return Doc(
        "birth_certificate",
        bc_fields(
            p,
            "GBR",
            f"St Thomas' Hospital, {subdistrict}",
            given=p.given,
            has_apostille=has_apostille,
            lang="en",
        ),
        [pg],
        notes="Handwritten register entry (landscape GRO certified copy).",
    )


def bc_italia(p: Person, comune: str, atto: str, issued: dt.date, seed=0) -> Doc:
    pg = Page()
    pg.image(emblem(20, (30, 90, 50), seed, "star"), 95, 8, 20, 20)
    pg.text(105, 33, f"COMUNE DI {comune.upper()}", "serif:b", 13, anchor="c")
    pg.text(105, 39, "UFFICIO DELLO STATO CIVILE", "serif", 9.5, anchor="c")
    pg.text(105, 52, "ESTRATTO PER RIASSUNTO DELL'ATTO DI NASCITA", "serif:b", 12.5, anchor="c")
    pg.text(
        105,
        58,
        "(art. 106 e seguenti del D.P.R. 3 novembre 2000, n. 396)",
        "serif:i",
        8.5,
        anchor="c",
    )
    rows = [
        ("Atto n.", atto),
        ("Parte", "I"),
        ("Serie", "A"),
        ("Anno", str(p.dob.year)),
        ("Cognome", p.surname.upper()),
        ("Nome", p.given.upper()),
        ("Sesso", "F" if p.sex == "F" else "M"),
        ("Data di nascita", p.dob.strftime("%d/%m/%Y")),
        ("Luogo di nascita", comune.upper()),
        ("Paternità", p.father.upper()),
        ("Maternità", p.mother.upper()),
    ]
    y = _fields_table(pg, 25, 72, 160, rows, 45, font="serif", size=10, lh=8.5)
    pg.text(25, y + 5, "ANNOTAZIONI: nessuna", "serif", 9.5)
    pg.para(
        25,
        y + 16,
        160,
        "Si rilascia il presente estratto in carta libera per gli usi consentiti dalla legge. "
        "Esente da legalizzazione ai sensi del Regolamento (UE) 2016/1191.",
        "serif:i",
        9,
    )
    pg.text(120, y + 36, f"{comune.title()}, {issued.strftime('%d/%m/%Y')}", "serif", 10)
    _sig_block(
        pg,
        150,
        y + 42,
        ["L'Ufficiale dello Stato Civile"],
        "Paola Ferri",
        seed + 1,
        ["COMUNE DI " + comune.upper(), "STATO CIVILE"],
        (40, 40, 130),
        font="serif",
    )
    return Doc(
        "birth_certificate",
        bc_fields(
            p, "ITA", comune.upper(), surname=p.surname.upper(), given=p.given.upper(), lang="it"
        ),
        [pg],
        notes="EU member state: no apostille needed (Regulation (EU) 2016/1191).",
    )


def bc_ukraine(
    p: Person, ua: dict, series: str, acte: str, issued: dt.date, seed=0, has_apostille=False
) -> Doc:
    pg = Page(148, 210, bg=(236, 242, 232))
    pg.image(guilloche(148, 210, (140, 180, 140), seed, density=50, alpha=60), 0, 0, 148, 210)
    pg.image(emblem(16, (190, 150, 40), seed, "shield"), 66, 7, 16, 16)
    pg.text(74, 30, "УКРАЇНА", "dejavu-serif:b", 12, anchor="c")
    pg.text(74, 40, "СВІДОЦТВО", "dejavu-serif:b", 15, anchor="c")
    pg.text(74, 47, "ПРО НАРОДЖЕННЯ", "dejavu-serif:b", 12, anchor="c")
    rows = [("Прізвище", ua["surname"]), ("Ім'я", ua["given"]), ("По батькові", ua["patronymic"])]
    y = 60
    for lab, val in rows:
        pg.text(74, y, val, "dejavu-serif:b", 11, (20, 20, 60), "c")
        pg.line(15, y + 1.5, 133, y + 1.5, (90, 90, 90), 0.2)
        pg.text(74, y + 5, lab.lower(), "dejavu-serif:i", 6.5, (80, 80, 80), "c")
        y += 12
    months = [
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
    pg.text(15, y, "народився(лася)", "dejavu-serif", 8.5)
    pg.text(
        55,
        y,
        f"{p.dob.day:02d} {months[p.dob.month - 1]} {p.dob.year} року",
        "dejavu-serif:b",
        10,
        (20, 20, 60),
    )
    y += 10
    pg.text(15, y, "Місце народження:", "dejavu-serif", 8.5)
    pg.text(55, y, ua["city"], "dejavu-serif:b", 10, (20, 20, 60))
    y += 12
    pg.text(15, y, "про що", "dejavu-serif", 8.5)
    pg.text(
        40,
        y,
        f"{(p.dob + dt.timedelta(days=10)).strftime('%d.%m.%Y')} року складено відповідний",
        "dejavu-serif",
        8.5,
    )
    pg.text(15, y + 5, f"актовий запис № {acte}", "dejavu-serif:b", 9)
    y += 14
    pg.text(15, y, "Батьки:", "dejavu-serif:b", 9)
    pg.text(15, y + 6, "батько  " + ua["father"], "dejavu-serif", 9, (20, 20, 60))
    pg.text(15, y + 12, "мати    " + ua["mother"], "dejavu-serif", 9, (20, 20, 60))
    y += 22
    pg.text(
        15,
        y,
        "Місце державної реєстрації: Шевченківський відділ ДРАЦС у м. Києві",
        "dejavu-serif",
        7.5,
    )
    pg.text(15, y + 8, f"Дата видачі  {issued.strftime('%d.%m.%Y')}", "dejavu-serif", 8.5)
    pg.text(
        15, y + 16, "Керівник органу державної реєстрації актів цивільного стану", "dejavu-serif", 7
    )
    pg.image(signature("Tetiana Melnyk", seed + 4, 36, 12, INK_BLUE), 92, y + 12, 34, None)
    pg.image(
        stamp(["ВІДДІЛ ДРАЦС * КИЇВ * УКРАЇНА", "М.П."], "circle", 26, (60, 60, 160), seed + 2),
        60,
        y + 8,
        24,
        None,
    )
    pg.text(15, 200, f"Серія  {series}", "dejavu-serif:b", 10, (160, 30, 30))
    return Doc(
        "birth_certificate",
        bc_fields(
            p,
            "UKR",
            ua["city"],
            surname=ua["surname"],
            given=ua["given"],
            has_apostille=has_apostille,
            lang="uk",
        ),
        [pg],
        notes="Cyrillic only: names as printed in Ukrainian.",
    )


def bc_turkey(
    p: Person, il: str, ilce: str, tckn: str, issued: dt.date, seed=0, has_apostille=False
) -> Doc:
    pg = Page()
    pg.text(105, 14, "TÜRKİYE CUMHURİYETİ", "sans:b", 12, anchor="c")
    pg.text(
        105,
        20,
        "İÇİŞLERİ BAKANLIĞI NÜFUS VE VATANDAŞLIK İŞLERİ GENEL MÜDÜRLÜĞÜ",
        "sans",
        8.5,
        anchor="c",
    )
    pg.text(105, 30, "DOĞUM KAYIT ÖRNEĞİ", "sans:b", 14, anchor="c")
    pg.text(105, 36, "(Extrait d'acte de naissance)", "sans:i", 9, anchor="c")
    rows = [
        ("T.C. Kimlik No", tckn),
        ("Soyadı", p.surname.upper()),
        ("Adı", p.given.upper()),
        ("Baba Adı", p.father.split()[0].upper()),
        ("Ana Adı", p.mother.split()[0].upper()),
        ("Cinsiyeti", "KADIN" if p.sex == "F" else "ERKEK"),
        ("Doğum Yeri", p.birth_city.upper()),
        ("Doğum Tarihi", p.dob.strftime("%d.%m.%Y")),
        ("İl", il.upper()),
        ("İlçe", ilce.upper()),
        ("Mahalle/Köy", "CAFERAĞA"),
        ("Cilt No", "112"),
        ("Hane No", "3456"),
        ("Birey Sıra No", "21"),
        ("Medeni Hali", "BEKAR"),
    ]
    y = 50
    for i, (lab, val) in enumerate(rows):
        if i % 2 == 0:
            pg.rect(25, y - 5.2, 160, 7.5, stroke=None, fill=(240, 240, 245))
        pg.text(28, y, lab, "sans", 9.5, (60, 60, 60))
        pg.text(85, y, val, "sans:b", 10)
        y += 7.5
    pg.para(
        25,
        y + 8,
        160,
        "Yukarıdaki bilgilerin nüfus kayıtlarına uygun olduğu onaylanır. Bu belge elektronik "
        "ortamda üretilmiştir.",
        "sans:i",
        9,
    )
    pg.text(25, y + 24, f"Düzenlenme Tarihi: {issued.strftime('%d.%m.%Y')}", "sans", 9.5)
    pg.text(25, y + 30, f"Belge Doğrulama Kodu: NVI-{seed % 99999:05d}-{tckn[-4:]}", "mono", 9)
    _sig_block(
        pg,
        150,
        y + 24,
        [f"{ilce.upper()} İLÇE NÜFUS MÜDÜRÜ"],
        "Ayşe Demir",
        seed + 4,
        [f"{ilce.upper()} NUFUS MUDURLUGU", "T.C."],
        (150, 40, 40),
    )
    return Doc(
        "birth_certificate",
        bc_fields(
            p,
            "TUR",
            p.birth_city.upper(),
            surname=p.surname.upper(),
            given=p.given.upper(),
            has_apostille=has_apostille,
            lang="tr",
        ),
        [pg],
    )


# ------------------------------------------------------------------ Asia ----
def bc_china(
    p: Person,
    cn: dict,
    cert_no: str,
    issued: dt.date,
    seed=0,
    has_apostille=False,
    office=("上海市东方公证处", "Shanghai Dongfang Notary Public Office", "Shanghai"),
    cert_no_en: str = "",
) -> Doc:
    p1 = Page()
    p1.text(105, 30, "公 证 书", "wqy", 26, anchor="c")
    p1.text(150, 45, cert_no, "wqy", 10)
    p1.text(
        25,
        62,
        "申请人："
        + cn["name"]
        + "，"
        + ("男" if p.sex == "M" else "女")
        + "，"
        + p.dob.strftime("%Y年%m月%d日")
        + "出生，",
        "wqy",
        11,
    )
    p1.text(25, 70, "公民身份号码：" + cn["id"] + "。", "wqy", 11)
    p1.text(25, 84, "公证事项：出生", "wqy", 11)
    p1.text(
        25,
        100,
        "兹证明"
        + cn["name"]
        + "于"
        + p.dob.strftime("%Y年%m月%d日")
        + "在"
        + cn["city"]
        + "出生。",
        "wqy",
        11,
    )
    p1.text(
        25,
        110,
        cn["name"]
        + "的父亲是"
        + cn["father"]
        + "，"
        + cn["name"]
        + "的母亲是"
        + cn["mother"]
        + "。",
        "wqy",
        11,
    )
    p1.text(120, 170, "中华人民共和国" + office[0], "wqy", 11)
    p1.text(140, 180, "公证员", "wqy", 11)
    p1.image(signature("Chen Ming", seed + 1, 30, 10, INK_BLACK), 155, 172, 28, None)
    p1.text(140, 192, issued.strftime("%Y年%m月%d日"), "wqy", 11)
    p1.image(
        stamp([office[0], "★"], "circle", 34, (200, 30, 30), seed, font="wqy"), 122, 160, 34, None
    )
    p2 = Page()
    p2.text(105, 30, "NOTARIAL CERTIFICATE", "serif:b", 18, anchor="c")
    p2.text(150, 45, cert_no_en or cert_no, "serif", 10, anchor="c")
    p2.text(
        25,
        62,
        f"Applicant: {p.surname.upper()} {p.given}, {'male' if p.sex == 'M' else 'female'}, born on "
        f"{C.en_long(p.dob)},",
        "serif",
        11,
    )
    p2.text(25, 70, f"Citizen ID No.: {cn['id']}.", "serif", 11)
    p2.text(25, 84, "Subject: Birth", "serif", 11)
    y = p2.para(
        25,
        100,
        160,
        f"This is to certify that {p.surname.upper()} {p.given} was born in {p.birth_city}, "
        f"the People's Republic of China on {C.en_long(p.dob)}. The father of "
        f"{p.surname.upper()} {p.given} is {p.father}. The mother of {p.surname.upper()} "
        f"{p.given} is {p.mother}.",
        "serif",
        11,
        leading=6.5,
    )
    p2.text(95, 170, office[1], "serif", 11)
    p2.text(95, 177, "The People's Republic of China", "serif", 11)
    p2.text(95, 186, "Notary Public: Chen Ming", "serif", 11)
    p2.text(95, 194, C.en_long(issued), "serif", 11)
    f = bc_fields(
        p,
        "CHN",
        f"{p.birth_city}, the People's Republic of China",
        surname=p.surname.upper(),
        given=p.given,
        has_apostille=has_apostille,
        lang="zh+en",
    )
    return Doc(
        "birth_certificate",
        f,
        [p1, p2],
        notes="Chinese notarial birth certificate (公证书) with its English version as page 2; surname first.",
    )


def bc_india(
    p: Person, corp: str, state: str, reg_no: str, issued: dt.date, seed=0, has_apostille=False
) -> Doc:
    pg = Page()
    pg.rect(8, 8, 194, 281, stroke=(30, 60, 110), lw=0.8)
    pg.image(emblem(18, (30, 60, 110), seed, "shield"), 96, 11, 18, 18)
    pg.text(105, 35, f"GOVERNMENT OF {state.upper()}", "sans:b", 11, anchor="c")
    pg.text(105, 41, f"{corp.upper()}", "sans:b", 10, anchor="c")
    pg.text(105, 46, "PUBLIC HEALTH DEPARTMENT", "sans", 9, anchor="c")
    pg.text(105, 55, "जन्म प्रमाण पत्र", "freeserif:b", 13, anchor="c")
    pg.text(105, 62, "BIRTH CERTIFICATE", "sans:b", 14, anchor="c")
    pg.para(
        20,
        70,
        170,
        "(Issued under Section 12/17 of the Registration of Births & Deaths Act, 1969 and Rule 8/13 "
        f"of the {state} Registration of Births and Deaths Rules, 2000)",
        "sans:i",
        8,
        anchor="c",
    )
    pg.para(
        20,
        84,
        170,
        "This is to certify that the following information has been taken from the original record "
        "of birth which is the register for the local area / local body of "
        f"{corp}, {state}, India.",
        "sans",
        9,
    )
    gv = p.given.split()
    rows = [
        ("Name", f"{p.given.upper()} {p.surname.upper()}"),
        ("Sex", "FEMALE" if p.sex == "F" else "MALE"),
        ("Date of Birth", p.dob.strftime("%d-%m-%Y")),
        ("Place of Birth", f"KEM HOSPITAL, {p.birth_city.upper()}"),
        ("Name of Mother", p.mother.upper()),
        ("Name of Father", p.father.upper()),
        (
            "Address of parents at the time of birth of the child",
            "B-14, SHIVAJI PARK, DADAR WEST, MUMBAI 400028",
        ),
        ("Permanent address of parents", "B-14, SHIVAJI PARK, DADAR WEST, MUMBAI 400028"),
        ("Registration Number", reg_no),
        ("Date of Registration", (p.dob + dt.timedelta(days=11)).strftime("%d-%m-%Y")),
        ("Remarks (if any)", "-"),
    ]
    y = 104
    for lab, val in rows:
        pg.text(22, y, lab, "sans", 9)
        pg.text(95, y, ":", "sans", 9)
        yy = pg.para(98, y, 92, val, "sans:b", 9.5)
        y = max(y + 8, yy + 2)
    pg.text(22, y + 8, f"Date of Issue : {issued.strftime('%d-%m-%Y')}", "sans", 9)
    pg.text(22, y + 15, f"Place : {p.birth_city}", "sans", 9)
    pg.image(signature("S. Kulkarni", seed + 2, 45, 14, INK_BLUE), 130, y + 4, 42, None)
    pg.text(150, y + 24, "Signature of Issuing Authority", "sans", 8, anchor="c")
    pg.text(150, y + 29, "Registrar of Births & Deaths", "sans", 8, anchor="c")
    pg.image(
        stamp(["REGISTRAR BIRTHS & DEATHS", "MCGM"], "circle", 28, (90, 40, 140), seed + 3),
        85,
        y + 2,
        28,
        None,
    )
    pg.text(105, 282, '"ENSURE REGISTRATION OF EVERY BIRTH AND DEATH"', "sans:b", 8, anchor="c")
    return Doc(
        "birth_certificate",
        bc_fields(
            p,
            "IND",
            f"KEM HOSPITAL, {p.birth_city.upper()}",
            surname=p.surname.upper(),
            given=p.given.upper(),
            has_apostille=has_apostille,
            lang="en",
        ),
        [pg],
        notes="Full name printed in one line: given names then surname.",
    )


def bc_philippines(
    p: Person, province: str, city: str, reg_no: str, issued: dt.date, seed=0, has_apostille=False
) -> Doc:
    pg = Page(216, 330, bg=(250, 248, 236))  # legal/long bond paper
    pg.image(guilloche(216, 330, (200, 190, 150), seed, density=60, alpha=45), 0, 0, 216, 330)
    pg.text(14, 12, "Municipal Form No. 102", "sans", 7)
    pg.text(14, 15.5, "(Revised January 2007)", "sans", 7)
    pg.text(108, 14, "Republic of the Philippines", "serif", 9, anchor="c")
    pg.text(108, 19, "OFFICE OF THE CIVIL REGISTRAR GENERAL", "serif:b", 9.5, anchor="c")
    pg.text(108, 27, "CERTIFICATE OF LIVE BIRTH", "serif:b", 15, anchor="c")
    pg.text(14, 35, f"Province  {province.upper()}", "sans", 9)
    pg.text(14, 40, f"City/Municipality  {city.upper()}", "sans", 9)
    pg.text(150, 35, "Registry No.", "sans", 8)
    pg.text(150, 40, reg_no, "sans:b", 10)
    y = 46

    def cells(cols, h=12):
        nonlocal y
        x = 12
        for lab, val, w in cols:
            pg.rect(x, y, w, h, stroke=(60, 60, 60), lw=0.25)
            pg.text(x + 1, y + 3.2, lab, "sans", 6, (50, 50, 50))
            hand(
                pg,
                x + 2,
                y + h - 2.5,
                val,
                "h-humor",
                4.0,
                INK_BLACK,
                seed + int(x * 7 + y),
                maxw=w - 3,
            )
            x += w
        y += h

    pg.text(6, y + 30, "C H I L D", "sans:b", 8, (60, 60, 60), angle=90)
    cells(
        [
            ("1. NAME (First)", p.given.upper(), 64),
            ("(Middle)", p.middle.upper(), 64),
            ("(Last)", p.surname.upper(), 64),
        ]
    )
    cells(
        [
            ("2. SEX (Male/Female)", "FEMALE" if p.sex == "F" else "MALE", 50),
            (
                "3. DATE OF BIRTH (Day) (Month) (Year)",
                f"{p.dob.day}  {C.MONTHS[p.dob.month - 1]}  {p.dob.year}",
                142,
            ),
        ]
    )
    cells(
        [
            (
                "4. PLACE OF BIRTH (Name of Hospital/Clinic/Institution, House No., Street, Barangay)",
                "PHILIPPINE GENERAL HOSPITAL",
                110,
            ),
            ("(City/Municipality)", city.upper(), 42),
            ("(Province)", province.upper(), 40),
        ]
    )
    cells(
        [
            ("5a. TYPE OF BIRTH", "SINGLE", 50),
            ("5b. IF MULTIPLE BIRTH, CHILD WAS", "-", 70),
            ("5c. BIRTH ORDER", "FIRST", 36),
            ("6. WEIGHT AT BIRTH", "3100 g", 36),
        ]
    )
    cells(
        [
            ("7. MAIDEN NAME (First) (Middle) (Last)  - MOTHER", p.mother.upper(), 120),
            ("8. CITIZENSHIP", "FILIPINO", 72),
        ]
    )
    cells(
        [
            ("13. NAME (First) (Middle) (Last)  - FATHER", p.father.upper(), 120),
            ("14. CITIZENSHIP", "FILIPINO", 72),
        ]
    )
    cells([("20a. DATE AND PLACE OF MARRIAGE OF PARENTS", "JUNE 2, 1990  QUEZON CITY", 192)])
    cells(
        [
            ("22. CERTIFICATION OF INFORMANT - Name", p.father.upper(), 110),
            ("Relationship to the child", "FATHER", 82),
        ]
    )
    cells(
        [
            (
                "24. RECEIVED BY / REGISTERED AT THE OFFICE OF THE CIVIL REGISTRAR - Name",
                "ROSALINDA M. CRUZ",
                120,
            ),
            ("Date", (p.dob + dt.timedelta(days=14)).strftime("%B %d, %Y"), 72),
        ]
    )
    y += 10
    pg.rect(12, y, 192, 40, stroke=(20, 60, 120), lw=0.5)
    pg.text(108, y + 6, "PHILIPPINE STATISTICS AUTHORITY", "sans:b", 10, (20, 60, 120), "c")
    pg.para(
        16,
        y + 12,
        184,
        "This is to certify that this is a true and correct copy of the Certificate of Live Birth on "
        f"file with the Civil Registry-Civil Registration Service. Issued on {C.en_long(issued)} upon "
        "request of the document owner for travel/visa purposes.",
        "sans",
        8.5,
    )
    pg.image(signature("Dennis Mapa", seed + 7, 40, 12, INK_BLACK), 140, y + 22, 38, None)
    pg.text(159, y + 37, "Civil Registrar General", "sans", 7.5, anchor="c")
    gv = p.given.upper()
    return Doc(
        "birth_certificate",
        bc_fields(
            p,
            "PHL",
            f"PHILIPPINE GENERAL HOSPITAL, {city.upper()}, {province.upper()}",
            surname=p.surname.upper(),
            given=gv,
            has_apostille=has_apostille,
            lang="en",
        ),
        [pg],
        notes="Typed/handwritten form; middle name (mother's maiden name) in its own box.",
    )


# ------------------------------------------------------------- apostille ---
APOSTILLE_TEXT = {
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
}


def apostille_page(
    lang: str,
    country: str,
    signed_by: str,
    capacity: str,
    seal_of: str,
    at: str,
    on: dt.date,
    by: str,
    number: str,
    seed: int = 0,
    second: str | None = None,
    header: list[str] | None = None,
    page_size=(210, 297),
    box_y=40,
    date_fmt=None,
    qr=False,
    ar: dict | None = None,
) -> Page:
    pg = Page(*page_size)
    W = page_size[0]
    if header:
        for i, h in enumerate(header):
            pg.text(
                W / 2,
                16 + i * 5.5,
                h,
                "sans:b" if i == 0 else "sans",
                10 if i == 0 else 8.5,
                anchor="c",
            )
    x0, w = (W - 150) / 2, 150
    pg.rect(x0, box_y, w, 128, stroke=(20, 20, 20), lw=0.7)
    pg.text(W / 2, box_y + 11, "APOSTILLE", "serif:b", 18, anchor="c")
    pg.text(
        W / 2, box_y + 18, "(Convention de La Haye du 5 octobre 1961)", "serif:i", 9.5, anchor="c"
    )
    T = APOSTILLE_TEXT[lang]
    T2 = APOSTILLE_TEXT.get(second) if second else None
    dstr = date_fmt(on) if date_fmt else on.strftime("%d/%m/%Y")
    y = box_y + 28

    def item(n, lab, val, lab2=None):
        nonlocal y
        pg.text(x0 + 6, y, f"{n}.", "serif", 9.5)
        lbl = lab + (f" / {lab2}" if lab2 else "")
        pg.text(x0 + 12, y, lbl, "serif", 9.5)
        vw = pg.width(lbl, "serif", 9.5)
        if x0 + 15 + vw + pg.width(val, "serif:b", 10) < x0 + w - 4:
            pg.text(x0 + 15 + vw, y, val, "serif:b", 10)
            y += 7
        else:
            pg.fit_text(x0 + 16, y + 5, val, "serif:b", 10, w - 22)
            y += 11

    def sub(lab, lab2=None):
        nonlocal y
        pg.text(x0 + 10, y, lab + (f" / {lab2}" if lab2 else ""), "serif:i", 9.5)
        y += 7

    t2 = (lambda i: T2[i]) if T2 else (lambda i: None)
    item(1, T[0], country, t2(0))
    sub(T[1], t2(1))
    item(2, T[2], signed_by, t2(2))
    item(3, T[3], capacity, t2(3))
    item(4, T[4], seal_of, t2(4))
    sub(T[5], t2(5))
    pg.text(x0 + 6, y, "5.", "serif", 9.5)
    pg.text(x0 + 12, y, T[6] + (f" / {t2(6)}" if T2 else ""), "serif", 9.5)
    pg.text(
        x0 + 12 + pg.width(T[6] + (f" / {t2(6)}" if T2 else ""), "serif", 9.5) + 2,
        y,
        at,
        "serif:b",
        10,
    )
    pg.text(x0 + 80, y, "6.", "serif", 9.5)
    pg.text(x0 + 86, y, T[7] + (f" / {t2(7)}" if T2 else ""), "serif", 9.5)
    pg.text(
        x0 + 88 + pg.width(T[7] + (f" / {t2(7)}" if T2 else ""), "serif", 9.5),
        y,
        dstr,
        "serif:b",
        10,
    )
    y += 8
    item(7, T[8], by, t2(8))
    item(8, T[9], number, t2(9))
    pg.text(x0 + 6, y + 2, "9.", "serif", 9.5)
    pg.text(x0 + 12, y + 2, T[10] + (f" / {t2(10)}" if T2 else ""), "serif", 9.5)
    pg.text(x0 + 80, y + 2, "10.", "serif", 9.5)
    pg.text(x0 + 87, y + 2, T[11] + (f" / {t2(11)}" if T2 else ""), "serif", 9.5)
    pg.image(
        stamp([seal_of.upper()[:34], "APOSTILLE"], "circle", 30, (40, 60, 150), seed),
        x0 + 18,
        y + 4,
        28,
        None,
    )
    pg.image(signature(by, seed + 1, 50, 16, INK_BLUE), x0 + 86, y + 6, 48, None)
    if qr:
        for i in range(9):
            for j in range(9):
                if (i * 7 + j * 3 + seed) % 4 < 2 or (i in (0, 8) and j in (0, 8)):
                    pg.rect(
                        x0 + w - 24 + i * 2.2,
                        box_y + 131 + j * 2.2,
                        2.2,
                        2.2,
                        stroke=None,
                        fill=(0, 0, 0),
                    )
        pg.text(x0, box_y + 136, "Verifique este documento en:", "sans", 7.5)
        pg.text(x0, box_y + 140, "www.cancilleria.gov.co/apostilla", "sans", 7.5)
        pg.text(
            x0, box_y + 144, f"Código de verificación: {number[-6:]}{seed % 1000:03d}", "sans", 7.5
        )
    if ar:
        pg.text(W / 2, box_y + 140, ar.get("title", ""), "amiri:b", 12, anchor="c")
    return pg


def apostille_doc(
    lang,
    country,
    signed_by,
    capacity,
    seal_of,
    at,
    on,
    by,
    number,
    seed=0,
    second=None,
    header=None,
    page_size=(210, 297),
    qr=False,
    footer: str = "",
    notes="",
    date_fmt=None,
    ar=None,
) -> Doc:
    pg = apostille_page(
        lang,
        country,
        signed_by,
        capacity,
        seal_of,
        at,
        on,
        by,
        number,
        seed,
        second,
        header,
        page_size,
        date_fmt=date_fmt,
        qr=qr,
        ar=ar,
    )
    if footer:
        pg.para(20, 185, page_size[0] - 40, footer, "sans", 7.5, color=(70, 70, 70))
    return Doc(
        "apostille",
        dict(country=country, issued_on=on.isoformat(), number=number, signed_by=by),
        [pg],
        notes,
    )


# ----------------------------------------------------------- translation ---
def translation_doc(
    translator: str,
    court: str,
    langs: str,
    src_lang: str,
    city: str,
    on: dt.date,
    rep_no: str,
    title: str,
    rows: list[tuple[str, str]],
    body: str = "",
    seed: int = 0,
    notes="",
) -> Doc:
    """Sworn translation ('traduction certifiée conforme') of a foreign birth certificate, 2 pages."""
    p1 = Page()
    p1.text(20, 18, translator, "serif:b", 12)
    p1.text(20, 23.5, f"Traducteur-interprète expert près la Cour d'appel de {court}", "serif:i", 9)
    p1.text(20, 28.5, f"Langues : {langs}", "serif", 9)
    p1.text(
        20,
        33.5,
        f"{city} - Tél. 06 71 42 18 93 - traduction.{translator.split()[-1].lower()}@orange.fr",
        "serif",
        8.5,
    )
    p1.line(20, 37, 190, 37, (0, 0, 0), 0.4)
    p1.text(105, 47, f"TRADUCTION DE {src_lang.upper()}", "serif:b", 11, anchor="c")
    p1.text(190, 47, "Page 1/2", "serif", 8, anchor="r")
    p1.text(105, 60, title, "serif:b", 13, anchor="c")
    y = 74
    for lab, val in rows:
        p1.text(25, y, lab, "serif", 10)
        p1.text(90, y, val, "serif:b", 10.5)
        y += 8
    if body:
        y = p1.para(25, y + 4, 160, body, "serif", 10, leading=5.5)
    p1.text(25, y + 10, "[Cachet rond : illisible]   [Signature : illisible]", "serif:i", 9)
    p1.text(190, 285, f"N° {rep_no}", "serif", 8, anchor="r")
    p2 = Page()
    p2.text(20, 18, translator, "serif:b", 12)
    p2.text(190, 18, "Page 2/2", "serif", 8, anchor="r")
    p2.line(20, 22, 190, 22, (0, 0, 0), 0.4)
    y = p2.para(
        25,
        40,
        160,
        f"Je soussigné(e), {translator}, traducteur-interprète expert inscrit(e) sur la liste "
        f"de la Cour d'appel de {court}, certifie que la présente traduction est conforme à "
        f"l'original rédigé en langue {src_lang.lower().replace('l’', '').replace('du ', '')} "
        "qui m'a été présenté.",
        "serif",
        11,
        leading=6.5,
    )
    p2.text(
        25,
        y + 10,
        f"Traduction certifiée conforme, enregistrée sous le n° {rep_no}.",
        "serif:b",
        11,
    )
    p2.text(110, y + 26, f"Fait à {city}, le {C.fr(on)}", "serif", 11)
    p2.image(
        stamp(
            [f"EXPERT PRES LA COUR D'APPEL DE {court.upper()}", translator.upper()[:22]],
            "circle",
            34,
            (40, 50, 150),
            seed,
        ),
        110,
        y + 32,
        34,
        None,
    )
    p2.image(signature(translator, seed + 3, 50, 16, INK_BLUE), 140, y + 36, 48, None)
    return Doc(
        "translation",
        {},
        [p1, p2],
        notes or "Sworn translation (traduction certifiée conforme) of a birth certificate.",
    )
