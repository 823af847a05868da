"""Birth certificates of Syria (with sworn translation), Bangladesh, Nigeria and Venezuela."""

from docs_id import d_words, dmy
from docs_paper import stamp
from render import Page


def table(p, x, y, rows, lw=55, w=175, size=10, lf="serif", vf="serifb", h=9):
    for lab, val in rows:
        p.rect(x, y, w, h, 0.25)
        p.line(x + lw, y, x + lw, y + h, 0.25)
        p.text(x + 2, y + h - 3, lab, lf, size)
        p.text(x + lw + 2, y + h - 3, val, vf, size)
        y += h
    return y


def syria_extract(b):
    p = Page(bg=(250, 248, 240))
    p.text(195, 18, "الجمهورية العربية السورية", "amirib", 14, align="r")
    p.text(195, 26, "وزارة الداخلية - المديرية العامة للشؤون المدنية", "amiri", 11, align="r")
    p.text(105, 42, "إخراج قيد فردي", "amirib", 18, align="c")
    rows = [
        ("الاسم", b["ar_given"]),
        ("النسبة", b["ar_surname"]),
        ("اسم الأب", b["ar_father"]),
        ("اسم الأم ونسبتها", b["ar_mother"]),
        ("مكان وتاريخ الولادة", b["ar_birth"]),
        ("الجنس", "ذكر"),
        ("القيد", b["ar_reg"]),
    ]
    y = 56
    for lab, val in rows:
        p.rect(15, y, 180, 11, 0.3)
        p.line(140, y, 140, y + 11, 0.3)
        p.text(192, y + 8, lab, "amirib", 11, align="r")
        p.text(137, y + 8, val, "amiri", 11, align="r")
        y += 11
    p.text(195, y + 12, "أمين السجل المدني", "amiri", 11, align="r")
    p.text(15, y + 12, b["ref"], "mono", 9)
    stamp(p, 30, y + 18, 15, "SYR", (120, 60, 140))
    p.sig(140, y + 18, 45, 16, 77)
    p.text(105, 250, "تصديق وزارة الخارجية والمغتربين", "amirib", 11, align="c")
    stamp(p, 88, 254, 13, "MAE", (40, 90, 60))
    return p


def sworn_translation(b, t):
    p = Page()
    p.text(15, 18, t["translator"], "serifb", 10.5)
    p.text(15, 23, "Traducteur-interprète expert près la Cour d'appel de " + t["court"], "serif", 9)
    p.text(15, 28, t["addr"], "serif", 9)
    p.text(105, 42, "TRADUCTION DE L'ARABE", "serifb", 12.5, align="c")
    p.text(105, 52, "République arabe syrienne — Ministère de l'Intérieur", "serif", 10, align="c")
    p.text(105, 58, "Direction générale de l'état civil", "serif", 10, align="c")
    p.text(105, 68, "EXTRAIT D'ÉTAT CIVIL INDIVIDUEL (Ikhraj qaid fardi)", "serifb", 11, align="c")
    y = table(
        p,
        18,
        76,
        [
            ("Prénom", b["given"]),
            ("Nom", b["surname_tr"]),
            ("Prénom du père", b["father"]),
            ("Nom et prénom de la mère", b["mother"]),
            ("Lieu et date de naissance", f"{b['pob']}, le {dmy(b['dob'])}"),
            ("Sexe", "Masculin"),
            ("Inscription (qaid)", b["reg"]),
        ],
        lw=62,
        w=174,
    )
    y = p.para(
        18,
        y + 10,
        f"Délivré à Damas le {dmy(b['issued'])} par le préposé à l'état civil. "
        "Cachet et signature. Légalisation du Ministère des Affaires étrangères et des "
        "Expatriés, puis de l'Ambassade de France (section consulaire), sous le n° "
        f"{b['legal_no']}.",
        174,
        "serif",
        10,
    )
    y = p.para(
        18,
        y + 8,
        "Je soussignée, traductrice assermentée, certifie la présente traduction "
        "conforme à l'original en langue arabe qui m'a été présenté. Traduction certifiée "
        f"conforme n° {t['no']}.",
        174,
        "serifi",
        10,
    )
    p.text(18, y + 8, f"Fait à {t['city']}, le {dmy(t['date'])}", "serif", 10)
    stamp(p, 120, y + 12, 17, "TRAD. EXPERT", (40, 60, 150))
    p.sig(150, y + 20, 40, 14, 91)
    return p


def bangladesh(b):
    p = Page(bg=(252, 252, 246))
    p.text(105, 18, "Government of the People's Republic of Bangladesh", "serifb", 12, align="c")
    p.text(
        105, 25, "Office of the Registrar, Birth and Death Registration", "serif", 10.5, align="c"
    )
    p.text(105, 31, b["office"], "serif", 10, align="c")
    p.text(105, 42, "Birth Registration Certificate", "serifb", 16, align="c")
    p.kv(18, 54, "Date of Registration:", dmy(b["reg_date"]), "serif", "serifb", 10)
    p.kv(112, 54, "Date of Issuance:", dmy(b["issued"]), "serif", "serifb", 10)
    p.text(105, 64, "Birth Registration Number", "serif", 10, align="c")
    p.text(105, 71, b["brn"], "mono", 14, align="c")
    y = table(
        p,
        18,
        80,
        [
            ("Name", b["name"]),
            ("Date of Birth", dmy(b["dob"])),
            ("In Word", b["dob_words"]),
            ("Sex", "Female"),
            ("Place of Birth", b["pob"]),
            ("Mother's Name", b["mother"]),
            ("Mother's Nationality", "Bangladeshi"),
            ("Father's Name", b["father"]),
            ("Father's Nationality", "Bangladeshi"),
            ("Permanent Address", b["addr"]),
        ],
        lw=58,
        w=174,
    )
    p.text(18, y + 22, "Seal & Signature", "serif", 9)
    p.text(18, y + 27, "Registrar", "serif", 9)
    p.sig(18, y + 6, 40, 12, 31)
    stamp(p, 150, y + 4, 14, "REGISTRAR", (40, 120, 60))
    p.text(
        105, 285, "This certificate is generated from bdris.gov.bd", "serif", 8, (90, 90, 90), "c"
    )
    return p


def nigeria(b):
    p = Page(bg=(246, 250, 244))
    p.rect(10, 10, 190, 277, 1.2, (20, 110, 50))
    p.text(105, 24, "FEDERAL REPUBLIC OF NIGERIA", "serifb", 14, (20, 90, 40), "c")
    p.text(105, 32, "NATIONAL POPULATION COMMISSION", "serifb", 12, align="c")
    p.text(105, 43, "BIRTH CERTIFICATE", "serifb", 17, (20, 90, 40), "c")
    p.kv(20, 56, "Certificate No:", b["cert_no"], "serif", "serifb", 10.5)
    p.kv(120, 56, "Centre No:", b["centre"], "serif", "serifb", 10.5)
    y = table(
        p,
        20,
        64,
        [
            ("Surname", b["surname"]),
            ("First Name", b["first"]),
            ("Other Names", b["other"]),
            ("Sex", "Male"),
            ("Date of Birth", d_words_en(b["dob"])),
            ("Place of Birth", b["pob"]),
            ("L.G.A. / State", b["lga"]),
            ("Name of Father", b["father"]),
            ("Name of Mother", b["mother"]),
        ],
        lw=55,
        w=170,
        h=10,
    )
    p.kv(20, y + 12, "Date of Registration:", dmy(b["reg"]), "serif", "serifb", 10.5)
    p.text(20, y + 40, "Registrar", "serif", 10)
    p.sig(20, y + 22, 45, 14, 53)
    stamp(p, 140, y + 18, 16, "NPC", (20, 90, 40))
    return p


def d_words_en(iso):
    m = "January February March April May June July August September October November December"
    return f"{int(iso[8:10])} {m.split()[int(iso[5:7]) - 1]} {iso[0:4]}"


def venezuela(b):
    p = Page()
    p.text(105, 16, "REPÚBLICA BOLIVARIANA DE VENEZUELA", "serifb", 12, align="c")
    p.text(
        105,
        22,
        "CONSEJO NACIONAL ELECTORAL — Oficina Nacional de Registro Civil",
        "serif",
        9.5,
        align="c",
    )
    p.text(105, 28, b["office"], "serif", 9.5, align="c")
    p.text(105, 40, "ACTA DE NACIMIENTO", "serifb", 15, align="c")
    p.kv(18, 50, "Acta N°:", b["acta"], "serif", "serifb", 10)
    p.kv(110, 50, "Tomo / Folio:", b["tomo"], "serif", "serifb", 10)
    y = p.para(
        18,
        60,
        f"En {b['city']}, a los {b['reg_words']}, ante mí, {b['registrar']}, "
        "Registrador Civil, compareció el ciudadano " + b["father"] + ", y presentó un niño "
        f"de sexo masculino, a quien le puso por nombre {b['given']} {b['surnames']}, "
        f"nacido el día {d_words_es(b['dob'])} en {b['pob']}, hijo de {b['father']} y de "
        f"{b['mother']}.",
        174,
        "serif",
        10.5,
        1.55,
    )
    y = table(
        p,
        18,
        y + 6,
        [
            ("Nombres", b["given"]),
            ("Apellidos", b["surnames"]),
            ("Fecha de nacimiento", dmy(b["dob"])),
            ("Lugar de nacimiento", b["pob"]),
        ],
        lw=50,
        w=174,
    )
    p.text(
        18,
        y + 12,
        "Es copia certificada de su original, que expido a solicitud de parte",
        "serifi",
        9.5,
    )
    p.text(18, y + 18, f"en fecha {dmy(b['issued'])}.", "serifi", 9.5)
    p.sig(120, y + 22, 45, 15, 41)
    stamp(p, 40, y + 22, 15, "REG. CIVIL", (120, 30, 30))
    return p


def d_words_es(iso):
    m = "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre"
    return f"{int(iso[8:10])} de {m.split()[int(iso[5:7]) - 1]} de {iso[0:4]}"


__all__ = ["d_words"]
