"""Foreign civil-status documents and their sworn translations for set_dn."""

from docs_id import dmy, fr_words
from render import Page

INK = (20, 20, 20)
STAMP = (40, 60, 160)
VIOLET = (110, 40, 130)


def iraq_extract(a):
    """Iraqi civil status extract (صورة قيد), Arabic, with legalisation stamps."""
    pg = Page(210, 297, (246, 243, 232))
    R = 196
    pg.text(R, 18, "جمهورية العراق", "amirib", 14, INK, "r", True)
    pg.text(R, 26, "وزارة الداخلية", "amiri", 12, INK, "r", True)
    pg.text(R, 33, "مديرية الأحوال المدنية والجوازات والإقامة", "amiri", 11, INK, "r", True)
    pg.text(14, 18, "Republic of Iraq", "serif", 9)
    pg.text(14, 24, "Ministry of Interior", "serif", 9)
    pg.circle(105, 26, 10, 0.5, (120, 90, 40))
    pg.text(105, 28, "IRAQ", "serifb", 7, (120, 90, 40), "c")
    pg.text(105, 48, "صورة قيد الأحوال المدنية", "amirib", 16, INK, "c", True)
    pg.line(20, 54, 190, 54, 0.5)
    rows = [
        ("الاسم", a["ar_given"]),
        ("اسم الأب", a["ar_father"]),
        ("اسم الجد", a["ar_grand"]),
        ("اللقب", a["ar_surname"]),
        ("اسم الأم", a["ar_mother"]),
        ("الجنس", "أنثى"),
        ("تاريخ الولادة", a["dob_ar"]),
        ("محل الولادة", a["ar_pob"]),
        ("رقم السجل", a["reg"]),
        ("رقم الصحيفة", a["page_no"]),
        ("دائرة الأحوال المدنية", a["ar_office"]),
    ]
    y = 66
    for label, value in rows:
        pg.rect(20, y - 7, 170, 11, 0.3)
        pg.line(140, y - 7, 140, y + 4, 0.3)
        pg.text(186, y, label, "amirib", 11, INK, "r", True)
        pg.text(136, y, value, "amiri", 12, INK, "r", True)
        y += 11
    pg.text(186, y + 10, "صدرت في بغداد بتاريخ " + a["issued_ar"], "amiri", 11, INK, "r", True)
    pg.text(186, y + 18, "مدير الأحوال المدنية", "amiri", 11, INK, "r", True)
    pg.signature(150, y + 20, 30, 10, "iraq1", INK)
    pg.stamp(60, y + 24, 13, "MOI", ["الأحوال المدنية", "بغداد"], VIOLET, "amiri")
    # legalisation stamps
    y2 = 248
    pg.rect(16, y2 - 12, 82, 40, 0.6, STAMP)
    pg.text(57, y2 - 5, "وزارة الخارجية - دائرة التصديقات", "amiri", 9, STAMP, "c", True)
    pg.text(57, y2 + 2, "MINISTRY OF FOREIGN AFFAIRS", "sansb", 6.5, STAMP, "c")
    pg.text(57, y2 + 7, "Legalization No. " + a["mfa_no"], "sans", 6.5, STAMP, "c")
    pg.text(57, y2 + 12, "Baghdad " + a["mfa_date"], "sans", 6.5, STAMP, "c")
    pg.signature(40, y2 + 15, 30, 8, "mfa", STAMP)
    pg.rect(110, y2 - 12, 84, 40, 0.6, (150, 30, 50))
    pg.text(152, y2 - 5, "AMBASSADE DE FRANCE EN IRAK", "sansb", 7, (150, 30, 50), "c")
    pg.text(152, y2 + 1, "Vu pour légalisation de la signature", "sans", 6.5, (150, 30, 50), "c")
    pg.text(152, y2 + 6, "de M. le Directeur, MAE irakien", "sans", 6.5, (150, 30, 50), "c")
    pg.text(
        152,
        y2 + 11,
        "Bagdad, le " + a["fr_leg_date"] + "  N° " + a["fr_leg_no"],
        "sans",
        6.5,
        (150, 30, 50),
        "c",
    )
    pg.signature(140, y2 + 14, 30, 9, "amb", (150, 30, 50))
    return pg


def sworn_translation(title, src_lang, rows, tr, seed, extra=None):
    """French sworn translation (traduction certifiée conforme)."""
    pg = Page()
    pg.text(20, 18, tr["name"], "serifb", 11)
    pg.text(
        20, 23.5, "Expert traducteur-interprète près la Cour d'appel de " + tr["court"], "serifi", 9
    )
    pg.text(20, 28.5, "Langue " + src_lang + " - " + tr["addr"], "serif", 8.5)
    pg.line(20, 32, 190, 32, 0.4)
    pg.text(105, 44, "TRADUCTION DE " + src_lang.upper() + " EN FRANÇAIS", "serifb", 12, INK, "c")
    pg.text(105, 53, title, "serifb", 11, INK, "c")
    y = 66
    for label, value in rows:
        pg.text(24, y, label, "serif", 10)
        pg.text(92, y, value, "serifb", 10)
        y += 8.5
    for ln in extra or []:
        y = pg.para(24, y + 3, 162, ln, "serifi", 9.5)
    y += 10
    y = pg.para(
        24,
        y,
        162,
        "Traduction certifiée conforme à l'original en langue "
        + src_lang
        + " qui m'a été présenté, ne varietur, n° "
        + tr["rep"]
        + " de mon répertoire.",
        "serif",
        10,
    )
    pg.text(120, y + 8, "Fait à " + tr["city"] + ", le " + tr["date"], "serif", 10)
    pg.stamp(
        60, y + 32, 15, tr["short"], ["TRADUCTEUR", "EXPERT", "C.A. " + tr["court"].upper()], STAMP
    )
    pg.signature(125, y + 22, 40, 14, seed)
    return pg


def russia_birth(a):
    """Свидетельство о рождении (Russian birth certificate), portrait, green-ish paper."""
    pg = Page(148, 210, (232, 240, 226))
    g = (40, 80, 50)
    pg.rect(5, 5, 138, 200, 1.2, g)
    pg.text(74, 18, "РОССИЙСКАЯ ФЕДЕРАЦИЯ", "dvsb", 9, g, "c")
    pg.circle(74, 30, 7, 0.5, (150, 120, 40))
    pg.text(74, 48, "СВИДЕТЕЛЬСТВО О РОЖДЕНИИ", "dvsb", 12, INK, "c")
    rows = [
        (58, a["ru_surname"], "фамилия"),
        (70, a["ru_given"], "имя"),
        (82, a["ru_patr"], "отчество"),
        (94, a["ru_dob_words"], "дата рождения"),
        (106, a["ru_pob"], "место рождения"),
    ]
    for y, value, label in rows:
        pg.text(74, y, value, "dvs", 10, (10, 10, 80), "c")
        pg.line(15, y + 1.5, 133, y + 1.5, 0.25)
        pg.text(74, y + 5, label, "dvs", 6, (90, 90, 90), "c")
    pg.text(
        14,
        122,
        "о чем " + a["ru_act_date"] + " составлена запись акта о рождении № " + a["act_no"],
        "dvs",
        7.2,
    )
    pg.text(14, 132, "Отец: " + a["ru_father"], "dvs", 8)
    pg.text(14, 140, "Мать: " + a["ru_mother"], "dvs", 8)
    pg.text(14, 150, "Место государственной регистрации: " + a["ru_office"], "dvs", 7)
    pg.text(14, 160, "Дата выдачи: " + a["ru_issued"], "dvs", 8)
    pg.text(14, 172, "Руководитель органа ЗАГС", "dvs", 7.5)
    pg.signature(78, 166, 28, 8, "zags")
    pg.stamp(40, 186, 12, "ЗАГС", ["ЕКАТЕРИНБУРГ", "М.П."], STAMP, "dvb")
    pg.text(120, 200, "II-АИ № " + a["series_no"], "dvsb", 9, (160, 30, 30), "r")
    return pg


def haiti_extract(a):
    """Haitian "extrait des archives" birth certificate, legalised."""
    pg = Page()
    pg.text(105, 20, "RÉPUBLIQUE D'HAÏTI", "serifb", 14, INK, "c")
    pg.text(105, 27, "L'Union fait la Force", "serifi", 9, INK, "c")
    pg.text(105, 36, "ARCHIVES NATIONALES D'HAÏTI", "serifb", 12, INK, "c")
    pg.text(105, 45, "EXTRAIT DES ARCHIVES", "serifb", 16, (120, 20, 20), "c")
    pg.text(105, 51, "Registre des actes de naissance - Section Est", "serif", 9, INK, "c")
    y = 64
    body = [
        "L'an "
        + a["reg_year_words"]
        + " et le "
        + a["reg_day_words"]
        + ", par devant nous, "
        + a["officer"]
        + ", Officier de l'État Civil de la commune de "
        + a["commune"]
        + ", a comparu le citoyen "
        + a["father"]
        + ", demeurant à "
        + a["commune"]
        + ", lequel nous a déclaré que le "
        + fr_words(a["dob"])
        + ", est né en cette ville "
        "un enfant du sexe masculin qu'il nous a présenté et auquel il a donné les prénoms de :",
    ]
    for b in body:
        y = pg.para(22, y, 166, b, "serif", 10.5, 5.6)
    pg.text(105, y + 6, a["given"] + " " + a["surname"], "serifb", 13, INK, "c")
    y += 16
    y = pg.para(
        22,
        y,
        166,
        "issu de son union avec la dame " + a["mother"] + ", son épouse. "
        "Registre " + a["reg"] + ", Acte N° " + a["act"] + ", Folio " + a["folio"] + ".",
        "serif",
        10.5,
        5.6,
    )
    y = pg.para(
        22,
        y + 4,
        166,
        "Pour extrait conforme, délivré à Port-au-Prince le " + fr_words(a["issued"]) + ".",
        "serif",
        10.5,
        5.6,
    )
    pg.text(130, y + 10, "Le Directeur Général", "serif", 10)
    pg.signature(130, y + 12, 40, 12, "anh")
    pg.stamp(60, y + 20, 15, "A.N.H.", ["ARCHIVES", "NATIONALES"], STAMP, "serifb")
    # legalisation box
    ly = 232
    pg.rect(20, ly, 100, 42, 0.7, (150, 30, 50))
    pg.text(
        70,
        ly + 7,
        "MINISTÈRE DES AFFAIRES ÉTRANGÈRES ET DES CULTES",
        "sansb",
        6.8,
        (150, 30, 50),
        "c",
    )
    pg.text(70, ly + 13, "Bureau des Légalisations", "sans", 7.5, (150, 30, 50), "c")
    pg.text(
        70, ly + 19, "Vu pour légalisation de la signature ci-contre", "sans", 7, (150, 30, 50), "c"
    )
    pg.text(
        70,
        ly + 25,
        "N° " + a["leg_no"] + "  -  Port-au-Prince, " + dmy(a["leg_date"]),
        "sans",
        7,
        (150, 30, 50),
        "c",
    )
    pg.signature(60, ly + 28, 34, 10, "mae-ht", (150, 30, 50))
    pg.stamp(160, ly + 20, 14, "MAEC", ["HAÏTI", "LÉGALISATION"], (150, 30, 50))
    return pg


def srilanka_birth(a):
    """Sri Lankan birth certificate (Sinhala and English), landscape-ish A4 portrait."""
    pg = Page(210, 297, (248, 246, 236))
    pg.rect(8, 8, 194, 281, 0.8, (60, 60, 60))
    pg.text(105, 20, "ශ්‍රී ලංකා ප්‍රජාතාන්ත්‍රික සමාජවාදී ජනරජය", "free", 11, INK, "c")
    pg.text(105, 27, "Democratic Socialist Republic of Sri Lanka", "serif", 9.5, INK, "c")
    pg.text(105, 37, "උප්පැන්න සහතිකය", "free", 14, INK, "c")
    pg.text(105, 44, "BIRTH CERTIFICATE", "serifb", 13, INK, "c")
    pg.text(
        16,
        54,
        "District: "
        + a["district"]
        + "     Division: "
        + a["division"]
        + "     No.: "
        + a["reg_no"],
        "serif",
        9,
    )
    rows = [
        ("1", "උපන් දිනය", "Date of Birth", a["dob_print"]),
        ("2", "උපන් ස්ථානය", "Place of Birth", a["pob"]),
        ("3", "නම", "Name", a["name"]),
        ("4", "ස්ත්‍රී පුරුෂ භාවය", "Sex", "Male"),
        ("5", "පියාගේ සම්පූර්ණ නම", "Father's full name", a["father"]),
        ("6", "මවගේ සම්පූර්ණ නම", "Mother's full name", a["mother"]),
        ("7", "දෙමව්පියන් විවාහකද?", "Were parents married?", "Yes"),
        ("8", "දැනුම් දෙන්නාගේ නම", "Informant", a["father"] + " (Father)"),
        ("9", "ලියාපදිංචි කළ දිනය", "Date of registration", a["reg_date"]),
    ]
    y = 62
    for no, si, en, val in rows:
        pg.rect(14, y, 182, 18, 0.3)
        pg.line(92, y, 92, y + 18, 0.3)
        pg.text(17, y + 6, no + ".", "serif", 8.5)
        pg.text(23, y + 6, si, "free", 8.5)
        pg.text(23, y + 13.5, en, "serif", 8.5)
        pg.text(95, y + 11, val, "serifb", 9.5, (20, 20, 90))
        y += 18
    pg.text(
        16,
        y + 12,
        "Certified true copy issued on " + a["issued"] + " at " + a["office"],
        "serif",
        9,
    )
    pg.text(130, y + 32, "Additional District Registrar", "serif", 8.5)
    pg.signature(132, y + 18, 36, 11, "slreg")
    pg.stamp(55, y + 32, 15, "REGISTRAR", ["DIVISIONAL", "SECRETARIAT"], VIOLET)
    return pg
