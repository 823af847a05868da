"""Civil-status documents: birth certificates of several countries, apostilles
(Hague 1961 model, 10 numbered items), sworn translations."""

from . import fmt as F
from . import ink
from .looks import Page

INK = (20, 20, 30)
TYPED = (30, 30, 40)


def _rule_field(
    s,
    x,
    y,
    label,
    value,
    w,
    lf="serif",
    vf="courier-b",
    ls=9,
    vs=10.5,
    color=INK,
    vcolor=TYPED,
    dotted=True,
):
    s.text(x, y, label, lf, ls, color)
    lw = s.textw(label, lf, ls)
    if dotted:
        s.dashed(x + lw + 1, y + 0.8, x + w, y + 0.8, (120, 120, 120), 0.15, 0.5, 0.6)
    s.text(x + lw + 3, y - 0.3, value, vf, vs, vcolor)


def _security_bg(s, w, h, color, seed=0, dense=40):
    s.guilloche(0, 0, w, h, color, n=dense, lw=0.1, amp=h / 60, seed=seed, periods=5)


# ------------------------------------------------------------------- ALGERIA


def bc_algeria(p):
    b = p.birth
    fs = dict(
        surname=p.surname,
        given_names=b.get("given_print", p.given.title()),
        date_of_birth=p.dob,
        place_of_birth=p.birth_city,
        issuing_country="DZA",
        language="fr+ar",
        has_apostille=False,
    )

    def draw(s):
        s.text(105, 14, "الجمهورية الجزائرية الديمقراطية الشعبية", "amiri-b", 13, INK, "c")
        s.text(105, 20, "REPUBLIQUE ALGERIENNE DEMOCRATIQUE ET POPULAIRE", "serif-b", 11, INK, "c")
        s.text(20, 30, "Wilaya de " + b["wilaya"], "serif", 10)
        s.text(190, 30, "ولاية " + b["wilaya_ar"], "amiri", 12, INK, "r")
        s.text(20, 36, "Daïra de " + b["daira"], "serif", 10)
        s.text(190, 36, "دائرة " + b["daira_ar"], "amiri", 12, INK, "r")
        s.text(20, 42, "Commune de " + b["commune"], "serif", 10)
        s.text(190, 42, "بلدية " + b["commune_ar"], "amiri", 12, INK, "r")
        s.text(105, 56, "مستخرج من عقد الميلاد", "amiri-b", 16, INK, "c")
        s.text(105, 64, "EXTRAIT D'ACTE DE NAISSANCE", "serif-b", 14, INK, "c")
        s.text(20, 76, "N° %s  Année %s" % (b["act_no"], p.dob[:4]), "serif-b", 10.5)
        s.text(190, 76, "رقم %s  سنة %s" % (b["act_no"], p.dob[:4]), "amiri-b", 12, INK, "r")
        s.line(105, 82, 105, 215, (120, 120, 120), 0.2)
        y = 90
        rows = [
            ("Le", F.fr_date_words(p.dob), "في", b["dob_ar"]),
            (
                "à",
                "%s heure(s) %s minute(s)" % (b["hour"], b["minute"]),
                "على الساعة",
                "%s و %s دقيقة" % (b["hour"], b["minute"]),
            ),
            ("est né(e) à", p.birth_city, "ولد(ت) ب", b["commune_ar"]),
            ("Nom", p.surname, "اللقب", b["surname_ar"]),
            ("Prénom(s)", fs["given_names"], "الاسم", b["given_ar"]),
            (
                "Sexe",
                "Masculin" if p.sex == "M" else "Féminin",
                "الجنس",
                "ذكر" if p.sex == "M" else "أنثى",
            ),
            ("Fils/Fille de", b["father"], "ابن/ابنة", b["father_ar"]),
            ("et de", b["mother"], "و", b["mother_ar"]),
        ]
        for lat, val, ar, aval in rows:
            s.text(20, y, lat + " :", "serif", 10)
            s.para(48, y, 55, val, "courier-b", 10.5, TYPED, leading=5)
            s.text(190, y, ": " + ar, "amiri", 12, INK, "r")
            s.text(190 - s.textw(": " + ar, "amiri", 12) - 3, y, aval, "amiri-b", 12, TYPED, "r")
            y += 13
        s.text(20, y + 4, "Mentions marginales : Néant", "serif-i", 10)
        s.text(190, y + 4, "البيانات الهامشية: لا شيء", "amiri", 12, INK, "r")
        s.para(
            20,
            232,
            80,
            "Extrait conforme aux indications portées sur le registre de l'état civil.",
            "serif",
            9.5,
        )
        s.text(20, 246, "Délivré à %s, le %s" % (b["commune"], F.fr(b["issued_on"])), "serif", 10)
        s.text(
            190,
            246,
            "حرر ب%s في %s" % (b["commune_ar"], F.fr(b["issued_on"])),
            "amiri",
            12,
            INK,
            "r",
        )
        s.text(150, 256, "L'Officier de l'état civil", "serif", 10, INK, "c")
        s.text(150, 262, "ضابط الحالة المدنية", "amiri", 12, INK, "c")
        ink.round_stamp(
            s,
            125,
            270,
            15,
            "REPUBLIQUE ALGERIENNE",
            "APC " + b["commune"].upper(),
            ["ETAT CIVIL"],
            color=ink.STAMP_VIOLET,
            opacity=0.7,
        )
        ink.signature(s, 140, 262, 40, 16, b["officer"], ink.BLUE_INK)
        s.text(105, 290, "Imprimé EC 7 — %s" % b["serial"], "sans", 7, (90, 90, 90), "c")

    return [Page(draw, 210, 297, (250, 250, 244))], fs


# ------------------------------------------------------------------- MOROCCO


def bc_morocco(p):
    b = p.birth
    fs = dict(
        surname=p.surname,
        given_names=b.get("given_print", p.given.title()),
        date_of_birth=p.dob,
        place_of_birth=p.birth_city,
        issuing_country="MAR",
        language="fr+ar",
        has_apostille=False,
    )
    hd, hm, hy = F.hijri(p.dob)

    def draw(s):
        _security_bg(s, 210, 297, (232, 222, 205), seed=4, dense=60)
        s.text(40, 16, "المملكة المغربية", "amiri-b", 13, INK, "c")
        s.text(40, 22, "ROYAUME DU MAROC", "serif-b", 10, INK, "c")
        s.text(40, 27, "Ministère de l'Intérieur", "serif", 8.5, INK, "c")
        s.text(40, 31.5, "Province de " + b["province"], "serif", 8.5, INK, "c")
        s.text(40, 36, "Commune de " + b["commune"], "serif", 8.5, INK, "c")
        s.text(40, 40.5, "Bureau de l'état civil", "serif", 8.5, INK, "c")
        s.text(170, 22, "وزارة الداخلية", "amiri", 11, INK, "c")
        s.text(170, 28, "إقليم " + b["province_ar"], "amiri", 11, INK, "c")
        s.text(170, 34, "جماعة " + b["commune_ar"], "amiri", 11, INK, "c")
        s.rect(45, 50, 120, 18, INK, None, 0.4)
        s.text(105, 58, "نسخة موجزة من رسم الولادة", "amiri-b", 14, INK, "c")
        s.text(105, 65, "EXTRAIT D'ACTE DE NAISSANCE", "serif-b", 12, INK, "c")
        s.text(20, 80, "Acte n° %s   Année %s" % (b["act_no"], p.dob[:4]), "serif-b", 10)
        s.text(190, 80, "رسم عدد %s سنة %s" % (b["act_no"], p.dob[:4]), "amiri-b", 12, INK, "r")
        y = 94
        rows = [
            ("Nom", p.surname, "الاسم العائلي", b["surname_ar"]),
            ("Prénom", fs["given_names"], "الاسم الشخصي", b["given_ar"]),
            (
                "Date de naissance",
                "%s (%s)" % (F.fr(p.dob), F.fr_date_words(p.dob)),
                "تاريخ الازدياد",
                F.fr(p.dob),
            ),
            (
                "correspondant au",
                "%d %s %d de l'Hégire" % (hd, F.HIJRI_MONTHS[hm - 1], hy),
                "الموافق ل",
                "%d/%d/%d هـ" % (hd, hm, hy),
            ),
            ("Lieu de naissance", p.birth_city, "مكان الازدياد", b["city_ar"]),
            (
                "Sexe",
                "Masculin" if p.sex == "M" else "Féminin",
                "الجنس",
                "ذكر" if p.sex == "M" else "أنثى",
            ),
            ("Père", b["father"], "الأب", b["father_ar"]),
            ("Mère", b["mother"], "الأم", b["mother_ar"]),
        ]
        for lat, val, ar, aval in rows:
            s.text(20, y, lat, "serif-b", 9.5)
            s.para(62, y, 62, val, "serif", 10, TYPED, leading=4.6)
            s.text(190, y, ar, "amiri-b", 11.5, INK, "r")
            s.text(190 - s.textw(ar, "amiri-b", 11.5) - 4, y, aval, "amiri", 11.5, TYPED, "r")
            y += 13
        s.text(20, y + 4, "Mentions marginales :", "serif-b", 9.5)
        s.text(62, y + 4, "Néant", "serif", 10)
        s.text(190, y + 4, "البيانات الهامشية : لا شيء", "amiri", 11.5, INK, "r")
        s.para(
            20,
            226,
            170,
            "Certifié conforme aux indications portées sur le registre de l'état "
            "civil. Le présent extrait ne peut être utilisé pour l'établissement d'un acte "
            "de mariage.",
            "serif-i",
            9,
        )
        s.text(20, 240, "Fait à %s, le %s" % (b["commune"], F.fr(b["issued_on"])), "serif", 10)
        s.text(150, 250, "L'Officier de l'état civil", "serif", 10, INK, "c")
        s.text(150, 256, "ضابط الحالة المدنية", "amiri", 11.5, INK, "c")
        ink.round_stamp(
            s,
            118,
            266,
            14,
            "ROYAUME DU MAROC",
            "ETAT CIVIL",
            ["COMMUNE", b["commune"].upper()[:12]],
            color=ink.STAMP_BLUE,
        )
        ink.signature(s, 138, 258, 42, 16, b["officer"])
        s.text(20, 288, "Timbre fiscal acquitté — Réf. %s" % b["serial"], "sans", 7, (90, 90, 90))

    return [Page(draw, 210, 297, (252, 249, 240))], fs


# ------------------------------------------------------------------- TUNISIA


def bc_tunisia(p):
    b = p.birth
    fs = dict(
        surname=p.surname,
        given_names=b.get("given_print", p.given.title()),
        date_of_birth=p.dob,
        place_of_birth=p.birth_city,
        issuing_country="TUN",
        language="fr+ar",
        has_apostille=False,
    )

    def draw(s):
        s.rect(10, 10, 190, 277, (150, 30, 40), None, 0.8)
        s.text(190, 22, "الجمهورية التونسية", "amiri-b", 13, INK, "r")
        s.text(190, 28, "وزارة الداخلية", "amiri", 11, INK, "r")
        s.text(190, 34, "بلدية " + b["commune_ar"], "amiri", 11, INK, "r")
        s.text(20, 22, "REPUBLIQUE TUNISIENNE", "sans-b", 10.5)
        s.text(20, 28, "Ministère de l'Intérieur", "sans", 9)
        s.text(20, 34, "Municipalité de " + b["commune"], "sans", 9)
        s.text(105, 50, "مضمون ولادة", "amiri-b", 18, INK, "c")
        s.text(105, 58, "EXTRAIT D'ACTE DE NAISSANCE", "sans-b", 13, INK, "c")
        s.text(20, 72, "Année : %s        Numéro : %s" % (p.dob[:4], b["act_no"]), "sans-b", 10)
        s.text(
            190, 72, "السنة : %s   العدد : %s" % (p.dob[:4], b["act_no"]), "amiri-b", 12, INK, "r"
        )
        y = 86
        rows = [
            ("Prénom", fs["given_names"], "الاسم", b["given_ar"]),
            ("Nom", p.surname, "اللقب", b["surname_ar"]),
            (
                "Sexe",
                "Masculin" if p.sex == "M" else "Féminin",
                "الجنس",
                "ذكر" if p.sex == "M" else "أنثى",
            ),
            ("Date de naissance", F.fr(p.dob), "تاريخ الولادة", F.fr(p.dob)),
            ("En toutes lettres", F.fr_date_words(p.dob), "بلسان القلم", b["dob_ar"]),
            ("Lieu de naissance", p.birth_city, "مكان الولادة", b["commune_ar"]),
            ("Père", b["father"], "الأب", b["father_ar"]),
            ("Mère", b["mother"], "الأم", b["mother_ar"]),
            ("Nationalité", "Tunisienne", "الجنسية", "تونسية"),
        ]
        for lat, val, ar, aval in rows:
            s.rect(18, y - 6, 174, 12, (170, 170, 170), None, 0.2)
            s.text(21, y - 1.5, lat, "sans", 8, (90, 90, 90))
            s.text(21, y + 3.8, val, "sans-b", 10, TYPED)
            s.text(189, y - 1.5, ar, "amiri", 10, (90, 90, 90), "r")
            s.text(189, y + 4, aval, "amiri-b", 11.5, TYPED, "r")
            y += 13
        s.text(21, y + 3, "Mentions marginales : —", "sans", 9)
        s.text(189, y + 3, "التنصيصات الطرتية : —", "amiri", 11, INK, "r")
        s.text(21, 236, "Délivré le %s" % F.fr(b["issued_on"]), "sans", 10)
        s.text(189, 236, "سلم في %s" % F.fr(b["issued_on"]), "amiri", 11.5, INK, "r")
        s.text(150, 246, "L'officier de l'état civil", "sans", 9.5, INK, "c")
        ink.round_stamp(
            s,
            120,
            262,
            14,
            "REPUBLIQUE TUNISIENNE",
            "ETAT CIVIL",
            [b["commune"].upper()],
            color=ink.STAMP_BLUE,
        )
        ink.signature(s, 135, 252, 40, 15, b["officer"])
        s.text(21, 280, "N° de série : %s" % b["serial"], "mono", 8, (120, 30, 40))

    return [Page(draw, 210, 297, (253, 250, 246))], fs


# ------------------------------------------------------------------- SENEGAL


def bc_senegal(p):
    b = p.birth
    fs = dict(
        surname=p.surname,
        given_names=b.get("given_print", p.given.title()),
        date_of_birth=p.dob,
        place_of_birth=p.birth_city,
        issuing_country="SEN",
        language="fr",
        has_apostille=False,
    )

    def draw(s):
        s.text(55, 16, "REPUBLIQUE DU SENEGAL", "serif-b", 11, INK, "c")
        s.text(55, 21, "Un Peuple - Un But - Une Foi", "serif-i", 8.5, INK, "c")
        s.line(40, 23.5, 70, 23.5, INK, 0.3)
        s.text(55, 29, "Région de " + b["region"], "serif", 9, INK, "c")
        s.text(55, 34, "Département de " + b["departement"], "serif", 9, INK, "c")
        s.text(55, 39, "Commune de " + b["commune"], "serif", 9, INK, "c")
        s.text(55, 44, "CENTRE D'ETAT CIVIL " + b["centre"], "serif-b", 8.5, INK, "c")
        s.rect(120, 12, 72, 30, INK, None, 0.3)
        s.text(156, 20, "EXTRAIT DU REGISTRE", "serif-b", 10, INK, "c")
        s.text(156, 26, "DES ACTES DE NAISSANCE", "serif-b", 10, INK, "c")
        s.text(124, 34, "Pour l'année : %s" % p.dob[:4], "serif", 9)
        s.text(124, 39, "N° dans le registre : %s" % b["act_no"], "serif", 9)
        y = 62
        rows = [
            ("Le", F.fr(p.dob) + "   (" + F.fr_date_words(p.dob) + ")"),
            ("à", "%s h %s mn" % (b["hour"], b["minute"])),
            ("est né(e) à", p.birth_city + " (" + b.get("hospital", "") + ")"),
            ("un enfant de sexe", "Masculin" if p.sex == "M" else "Féminin"),
            ("Prénom(s)", fs["given_names"]),
            ("Nom", p.surname),
            ("De", b["father"]),
            ("Et de", b["mother"]),
            ("Domiciliés à", b["parents_home"]),
        ]
        for lab, val in rows:
            _rule_field(s, 20, y, lab + " :", val, 190, lf="serif", ls=10, vf="courier-b", vs=10.5)
            y += 11
        s.text(20, y + 6, "MENTIONS MARGINALES :", "serif-b", 9.5)
        s.text(70, y + 6, "Néant", "courier-b", 10.5, TYPED)
        s.para(
            20,
            205,
            170,
            "Délivré par Nous, %s, Officier de l'Etat civil, pour extrait "
            "certifié conforme aux indications portées au registre." % b["officer"],
            "serif",
            10,
            leading=5,
        )
        s.text(120, 225, "%s, le %s" % (b["commune"], F.fr(b["issued_on"])), "serif", 10)
        s.text(140, 233, "L'Officier de l'Etat civil", "serif-b", 10, INK, "c")
        ink.round_stamp(
            s,
            70,
            245,
            16,
            "REPUBLIQUE DU SENEGAL",
            "ETAT CIVIL",
            [b["commune"].upper()[:14]],
            color=ink.STAMP_VIOLET,
            opacity=0.72,
        )
        ink.signature(s, 120, 236, 45, 18, b["officer"])
        s.text(
            105,
            285,
            "N.B. Le présent extrait est délivré sans rature ni surcharge.",
            "serif-i",
            8,
            (80, 80, 80),
            "c",
        )

    return [Page(draw, 210, 297, (252, 252, 247))], fs


# ------------------------------------------------------------------- COTE D'IVOIRE


def bc_cotedivoire(p):
    b = p.birth
    gp = b.get("given_print", p.given.title())
    fs = dict(
        surname=p.surname,
        given_names=gp,
        date_of_birth=p.dob,
        place_of_birth=p.birth_city,
        issuing_country="CIV",
        language="fr",
        has_apostille=False,
    )

    def draw(s):
        s.rect(8, 8, 194, 281, (200, 120, 30), None, 0.6)
        s.text(60, 18, "REPUBLIQUE DE COTE D'IVOIRE", "serif-b", 11, INK, "c")
        s.text(60, 23, "Union - Discipline - Travail", "serif-i", 8.5, INK, "c")
        s.text(60, 31, "DEPARTEMENT " + b["departement"].upper(), "serif", 9, INK, "c")
        s.text(60, 36, "COMMUNE DE " + b["commune"].upper(), "serif", 9, INK, "c")
        s.text(60, 41, "CENTRE D'ETAT CIVIL PRINCIPAL", "serif", 9, INK, "c")
        s.text(150, 18, "EXTRAIT", "serif-b", 16, INK, "c")
        s.text(150, 25, "du registre des actes de l'état civil", "serif", 9, INK, "c")
        s.text(150, 30, "pour l'année %s" % p.dob[:4], "serif", 9, INK, "c")
        s.text(
            20,
            54,
            "N° %s DU %s DE NAISSANCE DE" % (b["act_no"], F.fr(b["registered"])),
            "serif-b",
            10,
        )
        s.text(105, 62, "%s %s" % (p.surname, gp), "serif-b", 13, INK, "c")
        txt = "Le %s à %s heures %s minutes est né(e) %s %s à %s, %s de %s, %s, et de %s, %s." % (
            F.fr_date_words(p.dob),
            b["hour"],
            b["minute"],
            p.surname,
            gp,
            p.birth_city,
            "fille" if p.sex == "F" else "fils",
            b["father"],
            b["father_job"],
            b["mother"],
            b["mother_job"],
        )
        s.para(20, 76, 170, txt, "courier-b", 10.5, TYPED, leading=6.2, justify=True)
        s.text(20, 130, "MENTIONS (éventuellement) :", "serif-b", 10)
        for i, m in enumerate(
            [
                "Marié(e) le .................. avec ..................",
                "Mariage dissous par décision de divorce en date du ...........",
                "Décédé(e) le .................. à ..................",
            ]
        ):
            s.text(24, 139 + i * 7, m, "serif", 9, (90, 90, 90))
        s.text(24, 165, "NEANT", "courier-b", 10.5, TYPED)
        s.para(
            20,
            185,
            170,
            "Certifié le présent extrait conforme aux indications portées au registre.",
            "serif",
            10,
        )
        s.text(120, 200, "Délivré à %s, le %s" % (b["commune"], F.fr(b["issued_on"])), "serif", 10)
        s.text(150, 208, "L'Officier de l'Etat Civil", "serif-b", 10, INK, "c")
        s.text(150, 213, "(Signature et sceau)", "serif-i", 8, INK, "c")
        ink.round_stamp(
            s,
            95,
            228,
            16,
            "REPUBLIQUE DE COTE D'IVOIRE",
            "ETAT CIVIL",
            [b["commune"].upper()[:12]],
            color=ink.STAMP_BLUE,
            opacity=0.7,
        )
        ink.signature(s, 125, 214, 45, 18, b["officer"])
        s.text(150, 240, b["officer"], "serif", 9, INK, "c")
        s.text(
            20,
            280,
            "Timbre : %s FCFA — Réf. %s" % (b.get("stamp_fee", "500"), b["serial"]),
            "sans",
            7.5,
            (90, 90, 90),
        )

    return [Page(draw, 210, 297, (251, 249, 242))], fs


# ------------------------------------------------------------------- COLOMBIA


def bc_colombia(p):
    b = p.birth
    s1, s2 = p.surname.split(" ", 1)
    fs = dict(
        surname=p.surname,
        given_names=p.given,
        date_of_birth=p.dob,
        place_of_birth=b["place_print"],
        issuing_country="COL",
        language="es",
        has_apostille=False,
    )

    def box(s, x, y, w, h, label, value="", vs=9.5):
        s.rect(x, y, w, h, INK, None, 0.25)
        s.text(x + 1.2, y + 2.8, label, "sans", 5.6, (60, 60, 60))
        if value:
            s.text(x + 1.8, y + h - 1.8, value, "mono-b", vs, TYPED)

    def draw(s):
        _security_bg(s, 216, 279, (215, 228, 210), seed=6, dense=50)
        s.ellipse(24, 20, 9, 9, (160, 130, 40), (230, 210, 150), 0.4)
        s.text(24, 21.5, "RNEC", "sans-b", 6, (100, 80, 20), "c")
        s.text(108, 15, "REPÚBLICA DE COLOMBIA", "sans-b", 10, INK, "c")
        s.text(108, 20, "REGISTRADURÍA NACIONAL DEL ESTADO CIVIL", "sans-b", 9, INK, "c")
        s.text(108, 27, "REGISTRO CIVIL DE NACIMIENTO", "sans-b", 13, INK, "c")
        box(s, 150, 32, 56, 10, "Indicativo Serial", b["serial"])
        box(s, 10, 32, 70, 10, "NUIP", b["nuip"])
        s.text(10, 48, "Datos de la oficina de registro", "sans-b", 8)
        box(s, 10, 50, 60, 10, "Clase de oficina", b["office_class"], 8)
        box(
            s,
            70,
            50,
            136,
            10,
            "País - Departamento - Municipio - Corregimiento",
            "COLOMBIA - %s - %s" % (b["depto"], b["municipio"]),
            8,
        )
        s.text(10, 66, "Datos del inscrito", "sans-b", 8)
        box(s, 10, 68, 65, 10, "Primer Apellido", s1)
        box(s, 75, 68, 65, 10, "Segundo Apellido", s2)
        box(s, 140, 68, 66, 10, "Nombre(s)", p.given)
        d = F.D(p.dob)
        box(s, 10, 78, 22, 10, "Año", str(d.year))
        box(s, 32, 78, 18, 10, "Mes", F.AB_ES[d.month - 1])
        box(s, 50, 78, 14, 10, "Día", "%02d" % d.day)
        box(s, 64, 78, 40, 10, "Sexo (en letras)", "FEMENINO" if p.sex == "F" else "MASCULINO")
        box(s, 104, 78, 30, 10, "Grupo sanguíneo", b.get("blood", "O"))
        box(s, 134, 78, 20, 10, "Factor RH", "+")
        box(s, 154, 78, 52, 10, "Hora", b["hour"] + ":" + b["minute"])
        box(
            s,
            10,
            88,
            196,
            10,
            "Lugar de nacimiento (País - Departamento - Municipio)",
            b["place_print"],
            8.5,
        )
        box(
            s,
            10,
            98,
            120,
            10,
            "Tipo de documento antecedente o Declaración de testigos",
            "CERTIFICADO DE NACIDO VIVO",
            8.5,
        )
        box(s, 130, 98, 76, 10, "Número certificado de nacido vivo", b["cnv"], 8.5)
        s.text(10, 114, "Datos de la madre", "sans-b", 8)
        box(s, 10, 116, 130, 10, "Apellidos y nombres completos", b["mother"], 8.5)
        box(s, 140, 116, 66, 10, "Documento de identificación (Clase y número)", b["mother_id"], 8)
        box(s, 10, 126, 196, 10, "Nacionalidad", "COLOMBIA", 8.5)
        s.text(10, 142, "Datos del padre", "sans-b", 8)
        box(s, 10, 144, 130, 10, "Apellidos y nombres completos", b["father"], 8.5)
        box(s, 140, 144, 66, 10, "Documento de identificación (Clase y número)", b["father_id"], 8)
        box(s, 10, 154, 196, 10, "Nacionalidad", "COLOMBIA", 8.5)
        s.text(10, 170, "Datos del declarante", "sans-b", 8)
        box(s, 10, 172, 130, 10, "Apellidos y nombres completos", b["father"], 8.5)
        box(s, 140, 172, 66, 10, "Documento de identificación", b["father_id"], 8)
        box(
            s, 10, 186, 60, 10, "Fecha de inscripción", F.fr(b["registered"]).replace("/", "-"), 8.5
        )
        box(s, 70, 186, 136, 18, "Nombre y firma del funcionario que autoriza", "")
        s.text(74, 201.5, b["officer"], "mono-b", 8.5, TYPED)
        ink.signature(s, 150, 188, 40, 13, b["officer"], ink.BLACK_INK)
        box(s, 10, 206, 196, 22, "ESPACIO PARA NOTAS", "")
        s.para(
            10,
            236,
            196,
            "ES FIEL COPIA TOMADA DEL ORIGINAL QUE REPOSA EN ESTA OFICINA. "
            "Se expide con destino a: INTERESADO. Válido para acreditar parentesco. "
            "Expedida en %s el %s." % (b["municipio"].title(), F.es_long(b["issued_on"])),
            "sans",
            8,
            leading=3.8,
        )
        ink.box_stamp(
            s,
            20,
            248,
            [b["notary"], "COPIA AUTÉNTICA", b["municipio"].upper()],
            ink.STAMP_VIOLET,
            0.75,
            7,
        )
        ink.signature(s, 130, 246, 50, 16, b["notary"])
        s.text(
            108, 274, "Formato RNEC - Registro Civil de Nacimiento", "sans", 6, (90, 90, 90), "c"
        )

    return [Page(draw, 216, 279, (250, 252, 246))], fs


# ------------------------------------------------------------------- BRAZIL


def cpf(nine):
    d = [int(c) for c in nine]
    s1 = sum(v * w for v, w in zip(d, range(10, 1, -1)))
    d1 = (s1 * 10) % 11 % 10
    d.append(d1)
    s2 = sum(v * w for v, w in zip(d, range(11, 1, -1)))
    d2 = (s2 * 10) % 11 % 10
    n = nine + str(d1) + str(d2)
    return "%s.%s.%s-%s" % (n[:3], n[3:6], n[6:9], n[9:])


def bc_brazil(p):
    b = p.birth
    full = "%s %s" % (p.given, p.surname)
    fs = dict(
        surname=p.surname,
        given_names=p.given,
        date_of_birth=p.dob,
        place_of_birth=b["municipio_uf"],
        issuing_country="BRA",
        language="pt",
        has_apostille=False,
    )
    green = (0, 110, 70)

    def cell(s, x, y, w, h, label, value, vs=9.5, vf="sans-b"):
        s.rect(x, y, w, h, green, None, 0.3)
        s.text(x + 1.5, y + 3, label, "sans", 5.8, green)
        s.para(x + 1.5, y + 7.3, w - 3, value, vf, vs, TYPED, leading=4.2)

    def draw(s):
        s.rect(6, 6, 198, 285, green, None, 1.2)
        s.rect(8, 8, 194, 281, green, None, 0.3)
        _security_bg(s, 210, 297, (215, 235, 220), seed=9, dense=40)
        s.ellipse(105, 20, 8, 8, green, (230, 240, 230), 0.4)
        s.text(105, 21.5, "BR", "sans-b", 7, green, "c")
        s.text(105, 33, "REPÚBLICA FEDERATIVA DO BRASIL", "sans-b", 11, green, "c")
        s.text(105, 38.5, "REGISTRO CIVIL DAS PESSOAS NATURAIS", "sans-b", 9, green, "c")
        s.text(105, 47, "CERTIDÃO DE NASCIMENTO", "sans-b", 15, green, "c")
        cell(s, 14, 52, 182, 12, "NOME", full.upper(), 11)
        cell(s, 14, 64, 60, 12, "CPF", cpf(b["cpf9"]))
        cell(s, 74, 64, 122, 12, "MATRÍCULA", b["matricula"], 9, "mono-b")
        cell(s, 14, 76, 130, 14, "DATA DE NASCIMENTO POR EXTENSO", F.pt_date_words(p.dob), 8.5)
        d = F.D(p.dob)
        cell(s, 144, 76, 16, 14, "DIA", "%02d" % d.day)
        cell(s, 160, 76, 16, 14, "MÊS", "%02d" % d.month)
        cell(s, 176, 76, 20, 14, "ANO", str(d.year))
        cell(s, 14, 90, 30, 12, "HORA", b["hour"] + ":" + b["minute"])
        cell(s, 44, 90, 82, 12, "NATURALIDADE", b["municipio_uf"], 9)
        cell(s, 126, 90, 70, 12, "MUNICÍPIO DE REGISTRO E UF", b["registro_uf"], 9)
        cell(s, 14, 102, 128, 12, "LOCAL DE NASCIMENTO", b["hospital"], 8.5)
        cell(s, 142, 102, 54, 12, "SEXO", "MASCULINO" if p.sex == "M" else "FEMININO")
        cell(s, 14, 114, 182, 16, "FILIAÇÃO", b["father"] + "\n" + b["mother"], 9)
        cell(s, 14, 130, 182, 16, "AVÓS", b["grandparents"], 8)
        cell(s, 14, 146, 40, 12, "GÊMEO", "NÃO")
        cell(s, 54, 146, 80, 12, "DATA DO REGISTRO", F.pt_long(b["registered"]).upper(), 8.5)
        cell(s, 134, 146, 62, 12, "NÚMERO DA DNV", b["dnv"], 9)
        cell(s, 14, 158, 182, 18, "AVERBAÇÕES/ANOTAÇÕES À ACRESCER", "NADA CONSTA", 9)
        cell(s, 14, 176, 182, 14, "ANOTAÇÕES VOLUNTÁRIAS DE CADASTRO", "", 9)
        s.text(14, 200, "O conteúdo da certidão é verdadeiro. Dou fé.", "sans-b", 9.5, TYPED)
        s.para(14, 208, 110, b["cartorio"], "sans", 8.5, TYPED, leading=4)
        s.text(
            14,
            226,
            "%s, %s." % (b["registro_uf"].split(" - ")[0], F.pt_long(b["issued_on"])),
            "sans",
            9,
            TYPED,
        )
        ink.signature(s, 130, 200, 55, 18, b["officer"])
        s.line(128, 222, 192, 222, INK, 0.2)
        s.text(160, 226, b["officer"], "sans", 8, TYPED, "c")
        s.text(160, 230, "Oficial Substituta", "sans", 7.5, TYPED, "c")
        ink.box_stamp(
            s,
            130,
            236,
            ["SELO DIGITAL: %s" % b["selo"], "Consulte em www.tjmg.jus.br"],
            (60, 60, 60),
            0.85,
            6.5,
        )
        s.text(
            105,
            284,
            "Certidão emitida em papel de segurança — Provimento CNJ nº 63/2017",
            "sans",
            6.5,
            green,
            "c",
        )

    return [Page(draw, 210, 297, (248, 252, 248))], fs


# ------------------------------------------------------------------- USA


def bc_ohio(p):
    b = p.birth
    fs = dict(
        surname=p.surname,
        given_names=p.given,
        date_of_birth=p.dob,
        place_of_birth=b["place_print"],
        issuing_country="USA",
        language="en",
        has_apostille=False,
    )
    blue = (30, 60, 120)

    def draw(s):
        _security_bg(s, 216, 279, (200, 220, 235), seed=13, dense=70)
        s.rect(8, 8, 200, 263, blue, None, 1.0)
        s.rect(10, 10, 196, 259, blue, None, 0.3)
        s.ellipse(30, 30, 12, 12, blue, (225, 235, 245), 0.5)
        s.text(30, 29, "THE STATE", "serif-b", 5, blue, "c")
        s.text(30, 33, "OF OHIO", "serif-b", 5, blue, "c")
        s.text(118, 24, "STATE OF OHIO", "serif-b", 16, blue, "c")
        s.text(118, 31, "DEPARTMENT OF HEALTH", "serif-b", 11, blue, "c")
        s.text(118, 37, "OFFICE OF VITAL STATISTICS", "serif", 10, blue, "c")
        s.text(108, 52, "CERTIFICATION OF BIRTH", "serif-b", 18, (20, 20, 40), "c")
        y = 70
        rows = [
            ("NAME", "%s %s" % (p.given, p.surname)),
            ("DATE OF BIRTH", F.en_long(p.dob).upper()),
            ("SEX", "FEMALE" if p.sex == "F" else "MALE"),
            ("PLACE OF BIRTH", b["place_print"]),
            ("COUNTY OF BIRTH", b["county"]),
            ("MOTHER'S MAIDEN NAME", b["mother"]),
            ("FATHER'S NAME", b["father"]),
            ("STATE FILE NUMBER", b["file_no"]),
            ("DATE FILED", F.en_long(b["registered"]).upper()),
        ]
        for lab, val in rows:
            s.text(24, y, lab, "sans-b", 8.5, blue)
            s.text(82, y, val, "courier-b", 11, (10, 10, 20))
            s.line(80, y + 1.5, 196, y + 1.5, (140, 150, 170), 0.15)
            y += 11
        s.para(
            24,
            178,
            170,
            "This is to certify that this is a true and correct abstract of the "
            "birth record filed with the Ohio Department of Health, Office of Vital "
            "Statistics, in accordance with Section 3705.23 of the Ohio Revised Code.",
            "serif",
            9.5,
            leading=4.8,
        )
        s.text(24, 204, "DATE ISSUED:  " + F.en_long(b["issued_on"]).upper(), "sans-b", 9, blue)
        ink.signature(s, 120, 200, 60, 16, b["officer"], (30, 30, 60))
        s.line(118, 218, 196, 218, blue, 0.2)
        s.text(157, 222, b["officer"] + ", STATE REGISTRAR", "sans", 7.5, blue, "c")
        s.begin_layer(0.35, True)
        s.ellipse(60, 236, 15, 15, (120, 120, 120), None, 0.8)
        s.circle_text(
            60,
            236,
            12,
            "SEAL OF THE DEPARTMENT OF HEALTH",
            "sans-b",
            4,
            (110, 110, 110),
            start=150,
            span=240,
        )
        s.end_layer()
        s.text(
            108,
            262,
            "DO NOT ACCEPT THIS COPY UNLESS THE RAISED SEAL OF THE OHIO DEPARTMENT "
            "OF HEALTH IS PRESENT",
            "sans-b",
            6,
            blue,
            "c",
        )
        s.text(200, 15, "No. %s" % b["serial"], "mono-b", 8, (190, 30, 40), "r")

    return [Page(draw, 216, 279, (244, 248, 252))], fs


def bc_california(p):
    b = p.birth
    fs = dict(
        surname=p.surname,
        given_names=p.given,
        date_of_birth=p.dob,
        place_of_birth=b["place_print"],
        issuing_country="USA",
        language="en",
        has_apostille=False,
    )
    g = (40, 90, 60)
    gn = p.given.split(" ")

    def box(s, x, y, w, h, label, value, vs=9):
        s.rect(x, y, w, h, g, None, 0.25)
        s.text(x + 1, y + 2.6, label, "sans", 5, g)
        s.text(x + 1.5, y + h - 1.6, value, "courier-b", vs, (10, 10, 20))

    def draw(s):
        _security_bg(s, 216, 279, (210, 230, 215), seed=21, dense=60)
        s.text(108, 16, "CERTIFIED COPY OF VITAL RECORDS", "sans-b", 9, g, "c")
        s.text(20, 26, "STATE OF CALIFORNIA", "sans-b", 8, g)
        s.text(196, 26, "COUNTY OF " + b["county"].upper(), "sans-b", 8, g, "r")
        s.text(108, 36, "CERTIFICATE OF LIVE BIRTH", "serif-b", 15, (20, 40, 30), "c")
        s.text(20, 44, "STATE FILE NUMBER  " + b["file_no"], "sans", 7, g)
        s.text(196, 44, "LOCAL REGISTRATION NUMBER  " + b["local_no"], "sans", 7, g, "r")
        box(s, 12, 48, 64, 11, "1A. NAME OF CHILD—FIRST (GIVEN)", gn[0])
        box(s, 76, 48, 50, 11, "1B. MIDDLE", " ".join(gn[1:]))
        box(s, 126, 48, 78, 11, "1C. LAST (FAMILY)", p.surname)
        box(s, 12, 59, 30, 11, "2. SEX", "F" if p.sex == "F" else "M")
        box(s, 42, 59, 50, 11, "3A. THIS BIRTH—SINGLE", "SINGLE")
        box(s, 92, 59, 62, 11, "4A. DATE OF BIRTH—MM/DD/CCYY", F.us(p.dob))
        box(s, 154, 59, 50, 11, "4B. HOUR (24 HOURS)", b["hour"] + b["minute"])
        box(s, 12, 70, 110, 11, "5A. PLACE OF BIRTH—NAME OF HOSPITAL OR FACILITY", b["hospital"], 8)
        box(s, 122, 70, 82, 11, "5B. STREET ADDRESS", b["hospital_addr"], 7.5)
        box(s, 12, 81, 90, 11, "5C. CITY", b["city"])
        box(s, 102, 81, 102, 11, "5D. COUNTY", b["county"].upper())
        box(s, 12, 96, 110, 11, "6A. NAME OF FATHER—FIRST, MIDDLE, LAST", b["father"], 8)
        box(s, 122, 96, 82, 11, "7. STATE OF BIRTH", b["father_state"])
        box(
            s,
            12,
            107,
            110,
            11,
            "9A. NAME OF MOTHER—FIRST, MIDDLE, LAST (BIRTH NAME)",
            b["mother"],
            8,
        )
        box(s, 122, 107, 82, 11, "10. STATE OF BIRTH", b["mother_state"])
        box(
            s,
            12,
            122,
            110,
            14,
            "12A. I CERTIFY THAT THE STATED INFORMATION IS TRUE — INFORMANT",
            "",
        )
        ink.signature(s, 30, 123, 40, 11, b["mother"], ink.BLACK_INK)
        box(s, 122, 122, 82, 14, "15. DATE ACCEPTED FOR REGISTRATION", F.us(b["registered"]))
        box(s, 12, 136, 192, 11, "16. LOCAL REGISTRAR—SIGNATURE", b["local_registrar"])
        s.para(
            14,
            160,
            188,
            "This is a true and exact reproduction of the document officially "
            "registered and placed on file in the office of the County Recorder—Clerk. "
            "DATE ISSUED: %s" % F.en_long(b["issued_on"]).upper(),
            "sans-b",
            8,
            g,
            leading=4,
        )
        ink.signature(s, 120, 172, 60, 15, b["clerk"], (30, 30, 60))
        s.line(118, 190, 196, 190, g, 0.2)
        s.text(157, 194, b["clerk"] + ", COUNTY RECORDER—CLERK", "sans", 6.5, g, "c")
        s.begin_layer(0.35, True)
        s.ellipse(50, 196, 14, 14, (100, 100, 100), None, 0.8)
        s.circle_text(
            50,
            196,
            11,
            "COUNTY OF " + b["county"].upper(),
            "sans-b",
            4,
            (100, 100, 100),
            start=160,
            span=220,
        )
        s.end_layer()
        s.text(108, 268, "ANY ALTERATION OR ERASURE VOIDS THIS CERTIFICATE", "sans-b", 7, g, "c")
        s.text(204, 12, "*%s*" % b["serial"], "mono", 8, (180, 30, 40), "r")

    return [Page(draw, 216, 279, (246, 251, 247))], fs


# ------------------------------------------------------------------- UK


def bc_uk(p):
    b = p.birth
    fs = dict(
        surname=p.surname,
        given_names=p.given.title(),
        date_of_birth=p.dob,
        place_of_birth=b["place_print"],
        issuing_country="GBR",
        language="en",
        has_apostille=False,
    )
    red = (150, 40, 50)

    def draw(s):
        _security_bg(s, 210, 297, (238, 210, 210), seed=17, dense=80)
        s.text(105, 14, "CERTIFIED COPY OF AN ENTRY OF BIRTH", "serif-b", 13, red, "c")
        s.text(105, 20, "GIVEN AT THE GENERAL REGISTER OFFICE", "serif-b", 9, red, "c")
        s.text(190, 28, "Application Number %s" % b["app_no"], "sans", 7.5, red, "r")
        s.rect(12, 32, 186, 200, red, None, 0.5)
        s.text(16, 39, "REGISTRATION DISTRICT", "sans-b", 7, red)
        s.text(60, 39, b["district"], "courier-b", 10, TYPED)
        s.text(150, 39, "Entry No. %s" % b["entry"], "sans-b", 7, red)
        s.line(12, 42, 198, 42, red, 0.3)
        s.text(16, 47, "BIRTH in the Sub-district of", "sans", 7, red)
        s.text(58, 47, b["subdistrict"], "courier-b", 9.5, TYPED)
        s.text(120, 47, "in the", "sans", 7, red)
        s.text(130, 47, b["county"], "courier-b", 9.5, TYPED)
        s.line(12, 50, 198, 50, red, 0.3)
        rows = [
            ("1. Date and place of birth", "%s\n%s" % (F.en_ord(p.dob), b["place_print"])),
            ("2. Name and surname", "%s %s" % (p.given.title(), p.surname)),
            ("3. Sex", "Female" if p.sex == "F" else "Male"),
            ("4. Name and surname (FATHER)", b["father"]),
            ("5. Place of birth", b["father_pob"]),
            ("6. Occupation", b["father_job"]),
            ("7. Name and surname (MOTHER)", b["mother"]),
            ("8.(a) Place of birth", b["mother_pob"]),
            ("8.(b) Occupation", b["mother_job"]),
            ("9.(a) Maiden surname of mother", b["mother_maiden"]),
            ("10. Usual address", b["home"]),
            ("11. Name and surname of informant", b["mother"]),
            ("12. Qualification", "Mother"),
            ("15. Date of registration", F.en_ord(b["registered"])),
            ("16. Signature of registrar", b["registrar"] + "  Registrar"),
        ]
        y = 56
        for lab, val in rows:
            s.text(16, y, lab, "sans", 7, red)
            yy = y
            for ln in val.split("\n"):
                s.text(80, yy, ln, "courier-b", 9.5, TYPED)
                yy += 4.6
            y = max(y + 10, yy + 3)
            s.line(12, y - 5, 198, y - 5, (210, 150, 150), 0.15)
        s.para(
            14,
            242,
            182,
            "CERTIFIED to be a true copy of an entry in the certified copy of a "
            "Register of Births in the District above mentioned. Given at the GENERAL "
            "REGISTER OFFICE, under the Seal of the said Office, on %s." % F.en_ord(b["issued_on"]),
            "serif",
            9,
            red,
            leading=4.4,
        )
        s.text(16, 262, b["serial"], "mono-b", 10, red)
        ink.round_stamp(
            s,
            170,
            262,
            12,
            "GENERAL REGISTER OFFICE",
            "",
            ["GRO"],
            color=(140, 140, 140),
            opacity=0.45,
        )
        s.para(
            14,
            278,
            182,
            "CAUTION: THERE ARE OFFENCES RELATING TO FALSIFYING OR ALTERING A "
            "CERTIFICATE AND USING OR POSSESSING A FALSE CERTIFICATE. ©CROWN COPYRIGHT",
            "sans-b",
            6.5,
            red,
            leading=3,
        )
        s.text(
            105, 288, "WARNING: A CERTIFICATE IS NOT EVIDENCE OF IDENTITY.", "sans-b", 7.5, red, "c"
        )

    return [Page(draw, 210, 297, (252, 240, 240))], fs


# ------------------------------------------------------------------- CHINA


def bc_china(p):
    """Notarial birth certificate: Chinese page + English translation page."""
    b = p.birth
    ch = p.chinese
    fs = dict(
        surname=p.surname,
        given_names=p.given,
        date_of_birth=p.dob,
        place_of_birth=b["place_print"],
        issuing_country="CHN",
        language="zh+en",
        has_apostille=False,
    )
    d = F.D(p.dob)
    red = (190, 30, 30)

    def page_zh(s):
        s.text(105, 30, "公 证 书", "wqy", 22, INK, "c")
        s.text(190, 44, b["ref_zh"], "wqy", 10, INK, "r")
        ink.portrait(s, 160, 52, 26, 34, p.key, p.sex, **p.face)
        s.text(
            30,
            64,
            "申请人：%s%s，%s，%d年%d月%d日出生，"
            % (ch["surname"], ch["given"], "女" if p.sex == "F" else "男", d.year, d.month, d.day),
            "wqy",
            11,
        )
        s.text(30, 72, "公民身份号码：%s。" % b["id_number"], "wqy", 11)
        s.text(30, 86, "公证事项：出生", "wqy", 11)
        txt = "兹证明%s%s（%s）于%d年%d月%d日在%s出生。%s%s的父亲是%s，母亲是%s。" % (
            ch["surname"],
            ch["given"],
            "女" if p.sex == "F" else "男",
            d.year,
            d.month,
            d.day,
            b["place_zh"],
            ch["surname"],
            ch["given"],
            b["father_zh"],
            b["mother_zh"],
        )
        y = 104
        line = ""
        for c in txt:
            line += c
            if s.textw(line, "wqy", 12) > 148:
                s.text(36, y, line, "wqy", 12)
                y += 9
                line = ""
        if line:
            s.text(36, y, line, "wqy", 12)
        s.text(150, 170, "中华人民共和国%s" % b["office_zh"], "wqy", 11, INK, "c")
        s.text(150, 180, "公证员  %s" % b["notary_zh"], "wqy", 11, INK, "c")
        ink.signature(s, 150, 176, 30, 9, "王", ink.BLACK_INK)
        i = F.D(b["issued_on"])
        s.text(150, 192, "%d年%d月%d日" % (i.year, i.month, i.day), "wqy", 11, INK, "c")
        ink.round_stamp(
            s,
            150,
            178,
            17,
            b["office_zh"][:8] + "公证处",
            "",
            ["★"],
            color=red,
            opacity=0.7,
            font="wqy",
        )

    def page_en(s):
        s.text(105, 30, "NOTARIAL CERTIFICATE", "serif-b", 16, INK, "c")
        s.text(190, 44, b["ref_en"], "serif", 10, INK, "r")
        ink.portrait(s, 160, 52, 26, 34, p.key, p.sex, **p.face)
        s.text(
            30,
            64,
            "Applicant: %s %s, %s, born on %s."
            % (p.surname, p.given.title(), "female" if p.sex == "F" else "male", F.en_long(p.dob)),
            "serif",
            11,
        )
        s.text(30, 72, "ID Card No.: %s" % b["id_number"], "serif", 11)
        s.text(30, 86, "Subject: Birth", "serif", 11)
        s.para(
            36,
            104,
            140,
            "This is to certify that %s %s (%s) was born on %s in %s. The "
            "father of %s %s is %s and the mother is %s."
            % (
                p.surname,
                p.given.title(),
                "female" if p.sex == "F" else "male",
                F.en_long(p.dob),
                b["place_print"],
                p.surname,
                p.given.title(),
                b["father_en"],
                b["mother_en"],
            ),
            "serif",
            12,
            leading=7,
            justify=True,
        )
        s.text(150, 170, b["office_en"], "serif", 10.5, INK, "c")
        s.text(150, 176, "The People's Republic of China", "serif", 10.5, INK, "c")
        s.text(150, 186, "Notary Public: %s" % b["notary_en"], "serif", 10.5, INK, "c")
        s.text(150, 196, F.en_long(b["issued_on"]), "serif", 10.5, INK, "c")
        ink.round_stamp(
            s,
            150,
            182,
            17,
            b["office_zh"][:8] + "公证处",
            "",
            ["★"],
            color=red,
            opacity=0.6,
            font="wqy",
        )

    return [Page(page_zh), Page(page_en)], fs


# ------------------------------------------------------------------- ITALY (CIEC)


def bc_italy_ciec(p):
    b = p.birth
    fs = dict(
        surname=p.surname,
        given_names=p.given.title(),
        date_of_birth=p.dob,
        place_of_birth=p.birth_city,
        issuing_country="ITA",
        language="multi",
        has_apostille=False,
    )

    def draw(s):
        s.text(105, 14, "REPUBBLICA ITALIANA", "serif-b", 11, INK, "c")
        s.text(105, 20, "COMUNE DI " + p.birth_city.upper(), "serif-b", 10, INK, "c")
        s.text(105, 30, "ESTRATTO DELL'ATTO DI NASCITA", "sans-b", 10.5, INK, "c")
        s.text(
            105,
            35,
            "Extrait d'acte de naissance — Extract from the register of births — "
            "Auszug aus dem Geburtseintrag",
            "sans",
            7,
            INK,
            "c",
        )
        s.text(
            105,
            40,
            "(Convenzione di Vienna dell'8.9.1976 — Convention CIEC n° 16)",
            "sans-i",
            6.5,
            INK,
            "c",
        )
        rows = [
            ("1", "Stato / État / State", "ITALIA"),
            (
                "2",
                "Ufficio dello stato civile / Service de l'état civil / Civil registry office",
                "COMUNE DI " + p.birth_city.upper(),
            ),
            ("3", "Atto n. / Acte n° / Entry no.", b["act"]),
            ("4", "Data di nascita / Date de naissance / Date of birth", F.pass_date(p.dob, "dot")),
            (
                "5",
                "Luogo di nascita / Lieu de naissance / Place of birth",
                p.birth_city.upper() + " (" + b["prov"] + ")",
            ),
            ("6", "Sesso / Sexe / Sex", p.sex),
            ("7", "Cognome / Nom / Surname", p.surname),
            ("8", "Nome / Prénoms / Forenames", p.given),
            ("9", "Padre: Cognome, Nome / Père: Nom, Prénoms / Father", b["father"]),
            ("10", "Madre: Cognome, Nome / Mère: Nom, Prénoms / Mother", b["mother"]),
        ]
        y = 52
        for n, lab, val in rows:
            s.rect(14, y - 5, 182, 14, (120, 120, 120), None, 0.2)
            s.text(16, y, n, "sans-b", 9)
            s.text(24, y - 0.5, lab, "sans", 6.5, (70, 70, 70))
            s.text(24, y + 6, val, "courier-b", 10.5, TYPED)
            y += 14
        s.text(
            14,
            y + 4,
            "Codici / Codes: Mm = marito, F = femminile, M = maschile, date: GG.MM.AAAA",
            "sans",
            6.5,
            (90, 90, 90),
        )
        s.text(
            14,
            y + 16,
            "Rilasciato il / Délivré le / Issued on: %s" % F.pass_date(b["issued_on"], "dot"),
            "sans",
            9,
        )
        s.text(150, y + 26, "L'Ufficiale dello Stato Civile", "serif-i", 9.5, INK, "c")
        ink.round_stamp(
            s,
            110,
            y + 38,
            14,
            "COMUNE DI " + p.birth_city.upper(),
            "STATO CIVILE",
            ["★"],
            color=ink.STAMP_BLUE,
        )
        ink.signature(s, 130, y + 28, 40, 14, b["officer"])
        s.text(
            105,
            285,
            "Esente da legalizzazione e da traduzione ai sensi del Reg. (UE) 2016/1191",
            "sans-i",
            7,
            (90, 90, 90),
            "c",
        )

    return [Page(draw)], fs


# ------------------------------------------------------------------- APOSTILLE

APOST = {
    "fr": [
        "Pays",
        "Le présent acte public",
        "a été signé par",
        "agissant en qualité de",
        "est revêtu du sceau/timbre de",
        "Attesté",
        "à",
        "le",
        "par",
        "sous n°",
        "Sceau/timbre",
        "Signature",
    ],
    "es": [
        "País",
        "El presente documento público",
        "ha sido firmado por",
        "quien actúa en calidad de",
        "y está revestido del sello/timbre de",
        "Certificado",
        "en",
        "el día",
        "por",
        "bajo el número",
        "Sello/timbre",
        "Firma",
    ],
    "en": [
        "Country",
        "This public document",
        "has been signed by",
        "acting in the capacity of",
        "bears the seal/stamp of",
        "Certified",
        "at",
        "the",
        "by",
        "No.",
        "Seal/stamp",
        "Signature",
    ],
    "pt": [
        "País",
        "Este documento público",
        "foi assinado por",
        "na qualidade de",
        "tem o selo/carimbo de",
        "Certificado",
        "em",
        "em",
        "por",
        "sob o nº",
        "Selo/carimbo",
        "Assinatura",
    ],
}


def apostille(a):
    """a: dict(lang, country_print, signed_by, capacity, seal_of, at, on, by, number,
    style 'box'|'cnj'|'ohio'|'fcdo'|'colombia', ...)."""
    L = APOST[a["lang"]]
    style = a.get("style", "box")
    fs = dict(country=a["country_print"], issued_on=a["on"], number=a["number"], signed_by=a["by"])
    date_print = a.get("date_print") or F.fr(a["on"])

    def items(s, x, y, w, size=9.5, vsize=10, vf="courier-b", lead=9.5, lf="serif"):
        s.text(
            x + w / 2, y, "APOSTILLE" if a["lang"] != "pt" else "APOSTILA", "serif-b", 16, INK, "c"
        )
        s.text(
            x + w / 2, y + 7, "(Convention de La Haye du 5 octobre 1961)", "serif-i", 9.5, INK, "c"
        )
        y += 18
        s.text(x, y, "1. %s : " % L[0], lf + "-b" if lf == "serif" else lf, size)
        s.text(x + 32, y, a["country_print"], vf, vsize, TYPED)
        y += lead
        s.text(x, y, L[1], lf, size)
        y += lead
        vals = [a["signed_by"], a["capacity"], a["seal_of"]]
        for i, lab in enumerate(L[2:5]):
            s.text(x, y, "%d. %s" % (i + 2, lab), lf, size)
            vy = y
            lw = s.textw("%d. %s" % (i + 2, lab), lf, size) + 3
            if lw > w * 0.5:
                vy += lead * 0.8
                lw = 8
            vy = s.para(x + lw, vy, w - lw, vals[i], vf, vsize, TYPED, leading=4.6)
            y = max(y + lead, vy + lead - 4.6)
        s.text(x + w / 2, y, L[5], lf + "-b" if lf == "serif" else lf, size + 1, INK, "c")
        y += lead
        s.text(x, y, "5. %s" % L[6], lf, size)
        s.text(x + 18, y, a["at"], vf, vsize, TYPED)
        s.text(x + w * 0.55, y, "6. %s" % L[7], lf, size)
        s.text(x + w * 0.55 + 18, y, date_print, vf, vsize, TYPED)
        y += lead
        s.text(x, y, "7. %s" % L[8], lf, size)
        y = s.para(x + 14, y, w - 14, a["by"], vf, vsize, TYPED, leading=4.6) + lead - 4.6
        s.text(x, y, "8. %s" % L[9], lf, size)
        s.text(x + 30, y, a["number"], vf, vsize, TYPED)
        y += lead
        s.text(x, y, "9. %s :" % L[10], lf, size)
        s.text(x + w * 0.55, y, "10. %s :" % L[11], lf, size)
        return y

    def draw(s):
        if style == "cnj":
            s.rect(15, 15, 180, 150, (0, 90, 60), None, 0.6)
            s.text(
                105,
                12,
                "REPÚBLICA FEDERATIVA DO BRASIL — CONSELHO NACIONAL DE JUSTIÇA",
                "sans-b",
                7.5,
                (0, 90, 60),
                "c",
            )
            y = items(s, 22, 28, 166, lf="sans", vf="sans-b")
            ink.signature(s, 130, y + 2, 45, 12, a["by"])
            s.rect(25, y + 4, 26, 26, INK, None, 0.3)
            for i in range(9):
                for j in range(9):
                    if (i * 7 + j * 3 + len(a["number"])) % 3 == 0:
                        s.fill_rect(26 + i * 2.7, y + 5 + j * 2.7, 2.6, 2.6, INK)
            s.para(
                20,
                y + 40,
                170,
                "Código de verificação: %s. Conferência em "
                "https://apostil.org.br" % a.get("code", "CNJ"),
                "sans",
                7.5,
                leading=3.6,
            )
        elif style == "colombia":
            s.rect(0, 0, 216, 30, None, (240, 244, 250), 0)
            s.text(15, 14, "REPÚBLICA DE COLOMBIA", "sans-b", 11, (0, 56, 147))
            s.text(15, 20, "Ministerio de Relaciones Exteriores", "sans", 9, (0, 56, 147))
            s.text(200, 14, "APOSTILLA No. " + a["number"], "sans-b", 9, (0, 56, 147), "r")
            s.rect(15, 36, 186, 140, (0, 56, 147), None, 0.4)
            y = items(s, 22, 48, 172, lf="sans", vf="sans-b", size=9, vsize=9.5)
            s.rect(30, y + 4, 24, 24, INK, None, 0.3)
            for i in range(8):
                for j in range(8):
                    if (i * 5 + j * 7 + 3) % 3 == 0:
                        s.fill_rect(31 + i * 2.75, y + 5 + j * 2.75, 2.7, 2.7, INK)
            s.text(120, y + 12, "Firmado electrónicamente", "sans-i", 8)
            s.text(120, y + 17, a["by"], "sans-b", 8)
            s.para(
                15,
                200,
                186,
                "Este documento ha sido firmado digitalmente. Para verificar su "
                "autenticidad ingrese a www.cancilleria.gov.co/apostilla con el código de "
                "verificación %s y el número de la apostilla. La apostilla no certifica el "
                "contenido del documento para el cual se expidió." % a.get("code", ""),
                "sans",
                8,
                leading=3.8,
            )
        elif style == "ohio":
            s.text(108, 18, "STATE OF OHIO", "serif-b", 14, (20, 40, 90), "c")
            s.text(108, 25, "OFFICE OF THE SECRETARY OF STATE", "serif", 10, (20, 40, 90), "c")
            s.rect(25, 35, 166, 150, (20, 40, 90), None, 0.6)
            y = items(s, 32, 48, 152, lf="serif", vf="serif-b")
            ink.signature(s, 120, y + 2, 50, 14, a["by"])
            s.begin_layer(0.5, True)
            s.ellipse(60, y + 16, 14, 14, (150, 120, 40), (235, 215, 150), 0.6)
            s.circle_text(
                60,
                y + 16,
                11,
                "SECRETARY OF STATE OHIO",
                "sans-b",
                4,
                (120, 90, 20),
                start=170,
                span=200,
            )
            s.end_layer()
        elif style == "fcdo":
            s.rect(30, 20, 150, 150, INK, None, 0.4)
            s.text(105, 14, "FOREIGN, COMMONWEALTH & DEVELOPMENT OFFICE", "sans-b", 7.5, INK, "c")
            y = items(s, 36, 32, 138, lf="sans", vf="sans-b", size=8.8, vsize=9.2, lead=8.8)
            s.begin_layer(0.55, True)
            s.ellipse(70, y + 14, 13, 13, (140, 30, 40), None, 0.8)
            s.circle_text(
                70,
                y + 14,
                10,
                "APOSTILLE UNITED KINGDOM",
                "sans-b",
                4.2,
                (140, 30, 40),
                start=160,
                span=220,
            )
            s.end_layer()
            ink.signature(s, 115, y + 4, 45, 12, a["by"])
        else:
            s.rect(30, 30, 150, 150, INK, None, 0.5)
            y = items(s, 36, 42, 138)
            ink.round_stamp(
                s,
                70,
                y + 16,
                15,
                a.get("stamp_top", a["country_print"].upper()),
                "APOSTILLE",
                [a.get("stamp_mid", "★")],
                color=ink.STAMP_BLUE,
            )
            ink.signature(s, 115, y + 4, 45, 14, a["by"])
            if a.get("ar_header"):
                s.text(105, 22, a["ar_header"], "amiri-b", 13, INK, "c")

    size = (216, 279) if style in ("ohio", "colombia") else (210, 297)
    return [Page(draw, size[0], size[1], (253, 253, 250))], fs


# ------------------------------------------------------------------- translation


def sworn_translation(p, t):
    """Traduction certifiée conforme (1-2 pages) of a foreign birth certificate."""

    def page1(s):
        s.text(20, 18, t["translator"], "serif-b", 11)
        s.text(
            20,
            23.5,
            "Traductrice-interprète expert près la Cour d'appel de %s" % t["court"],
            "serif-i",
            9,
        )
        s.text(20, 28.5, t["address"], "serif", 9)
        s.text(20, 33.5, "Tél. %s — %s" % (t["phone"], t["email"]), "serif", 9)
        s.text(190, 18, "Traduction n° %s" % t["number"], "serif", 9, INK, "r")
        s.line(20, 37, 190, 37, INK, 0.4)
        s.text(105, 48, "TRADUCTION CERTIFIÉE CONFORME", "serif-b", 14, INK, "c")
        s.text(105, 55, "Traduit %s" % t["from_lang"], "serif-i", 10, INK, "c")
        y = 68
        for ln in t["lines"]:
            if ln.startswith("#"):
                s.text(105, y, ln[1:], "serif-b", 10.5, INK, "c")
                y += 6.5
            elif ln.startswith("["):
                s.text(20, y, ln, "serif-i", 9.5, (60, 60, 60))
                y += 6
            elif ln == "":
                y += 3
            else:
                y = s.para(20, y, 170, ln, "serif", 10, leading=5.2) + 1
        y = max(y + 8, 215)
        s.para(
            20,
            y,
            170,
            "Je soussignée, %s, traductrice-interprète expert près la Cour d'appel "
            "de %s, certifie que la traduction qui précède est conforme à l'original rédigé en "
            "langue %s qui m'a été présenté." % (t["translator"], t["court"], t["lang_name"]),
            "serif",
            10,
            leading=5.2,
            justify=True,
        )
        s.text(20, y + 20, "Fait à %s, le %s" % (t["city"], F.fr(t["date"])), "serif", 10)
        ink.round_stamp(
            s,
            150,
            y + 36,
            17,
            t["translator"].upper(),
            "EXPERT PRÈS LA COUR D'APPEL",
            ["TRADUCTRICE", t["stamp_lang"].upper()],
            color=ink.STAMP_BLUE,
        )
        ink.signature(s, 120, y + 24, 50, 16, t["translator"])

    return [Page(page1)], {}
