"""Birth certificates of many countries, apostilles (Hague Convention of 5 October 1961,
10 numbered items) and a sworn translation.

Layouts are modelled on descriptions of real documents: the Moroccan "extrait d'acte de
naissance" (header block Royaume du Maroc / Ministère de l'Intérieur / Province /
Commune / Bureau d'état civil / Acte n° / Année, per the IRB Canada description), the
Algerian S12 bilingual extract, the Colombian "Registro Civil de Nacimiento" grid, US
state certifications, the England & Wales GRO certified copy (post-1969 numbered boxes),
the Indian RBD Act Form 5 certificate, the Brazilian "certidão de nascimento" with its
matrícula, the Mexican "acta de nacimiento" with CURP, the PSA Certificate of Live Birth,
Turkish "nüfus kayıt örneği", Ukrainian "свідоцтво про народження", Chinese notarial
certificates, Italian "estratto per riassunto", and the francophone African register
extracts (Senegal, Côte d'Ivoire, Cameroon, Mali, DR Congo).

bc keys (common): surname, given, sex ('M'/'F'), dob, place, father, mother, act_no,
issued_on, seed; plus country-specific extras.
"""

from . import words
from .draw import MONTHS_EN, Pdf, en_date, fr_date, rng_for


def _officer(
    p,
    x,
    y,
    title,
    name,
    place_date,
    color="#283c8c",
    stamp_top="",
    stamp_bottom="",
    stamp_center="",
    seed="o",
    font="LiberationSerif",
    size=10,
    angle=-12,
):
    p.text(x, y, place_date, font=font, size=size)
    p.text(x, y + 5.5, title, font=font + "-Bold", size=size)
    p.signature(x + 4, y + 8, w=38, h=13, seed=seed + "officer")
    if name:
        p.text(x, y + 26, name, font=font, size=size - 0.5)
    if stamp_top or stamp_center:
        p.stamp(
            x - 12,
            y + 14,
            13,
            top=stamp_top,
            bottom=stamp_bottom,
            center=stamp_center,
            color=color,
            angle=angle,
            size=5.2,
        )


def _safety_paper(p, tint="#eef3ea", line="#dbe5d3", seed="sp"):
    p.fill_page(tint)
    p.guilloche(0, 0, p.W, p.H, color=line, n=70, seed=seed, waves=6, lw=0.3)


def _fr_sex(sex, fem="féminin", masc="masculin"):
    return fem if sex == "F" else masc


# ============================================================================ Morocco


def morocco(bc):
    p = Pdf(seed=bc["seed"])
    L = [
        "ROYAUME DU MAROC",
        "Ministère de l'Intérieur",
        "Province : %s" % bc["province"],
        "Commune : %s" % bc["commune"],
        "Bureau de l'état civil : %s" % bc["bureau"],
        "Acte n° : %s" % bc["act_no"],
        "Année : %s (grégorienne)" % bc["dob"][:4],
    ]
    p.lines(14, 16, L, font="LiberationSerif", size=9, leading=4.6)
    R = [
        "المملكة المغربية",
        "وزارة الداخلية",
        "عمالة/إقليم: %s" % bc["province_ar"],
        "جماعة: %s" % bc["commune_ar"],
        "مكتب الحالة المدنية",
        "رقم الرسم: %s" % bc["act_no"],
    ]
    for i, t in enumerate(R):
        p.pil_text(196, 16 + i * 4.8, t, "Amiri", 10, align="right", direction="rtl")
    p.text(
        105, 58, "EXTRAIT D'ACTE DE NAISSANCE", font="LiberationSerif-Bold", size=14, align="center"
    )
    p.pil_text(
        105, 66, "نسخة موجزة من رسم الولادة", "Amiri-Bold", 13, align="center", direction="rtl"
    )
    rows = [
        ("Nom", bc["surname"], bc["surname_ar"], "الاسم العائلي"),
        ("Prénom", bc["given"], bc["given_ar"], "الاسم الشخصي"),
        (
            "Né(e) le",
            "%s (%s)" % (fr_date(bc["dob"]), words.fr_date_words(bc["dob"])),
            "",
            "تاريخ الازدياد",
        ),
        ("à", bc["place"], bc["place_ar"], "مكان الازدياد"),
        ("Sexe", _fr_sex(bc["sex"]), "أنثى" if bc["sex"] == "F" else "ذكر", "الجنس"),
        ("Nationalité", "marocaine", "مغربية", "الجنسية"),
        ("Fils/Fille de", bc["father"], bc["father_ar"], "والده"),
        ("et de", bc["mother"], bc["mother_ar"], "والدته"),
    ]
    y = 80
    for fr, val, ar_val, ar_lab in rows:
        p.rect(14, y - 4.5, 182, 9.5, stroke="#999999", lw=0.25)
        p.text(16, y + 1.5, fr + " :", font="LiberationSerif-Italic", size=9.5)
        p.fit_text(44, y + 1.5, val, 78, font="LiberationSerif-Bold", size=10.5)
        if ar_val:
            p.pil_text(170, y + 2, ar_val, "Amiri", 10.5, align="right", direction="rtl")
        p.pil_text(194, y + 2, ar_lab + ":", "Amiri", 9.5, align="right", direction="rtl")
        y += 9.5
    y += 6
    p.text(14, y, "Mentions marginales : Néant", font="LiberationSerif-Italic", size=9.5)
    p.pil_text(196, y, "البيانات الهامشية: لا شيء", "Amiri", 10, align="right", direction="rtl")
    y += 10
    p.para(
        14,
        y,
        182,
        "Certifié conforme aux indications portées sur le registre de l'état civil. "
        "Le présent extrait est délivré pour servir et valoir ce que de droit.",
        font="LiberationSerif",
        size=9.5,
    )
    _officer(
        p,
        120,
        y + 16,
        "L'officier de l'état civil",
        "",
        "%s, le %s" % (bc["commune"], fr_date(bc["issued_on"])),
        stamp_top="ROYAUME DU MAROC",
        stamp_bottom="ETAT CIVIL",
        stamp_center=bc["commune"].upper()[:14],
        color="#4a3b8f",
        seed=bc["seed"],
    )
    p.text(
        14, 285, "Timbre fiscal acquitté — Droits : 10 DH", font="LiberationSerif-Italic", size=8
    )
    return p.finish()


# ============================================================================ Algeria


def algeria(bc):
    p = Pdf(seed=bc["seed"])
    p.pil_text(
        105,
        14,
        "الجمهورية الجزائرية الديمقراطية الشعبية",
        "Amiri-Bold",
        12,
        align="center",
        direction="rtl",
    )
    p.text(
        105,
        21,
        "RÉPUBLIQUE ALGÉRIENNE DÉMOCRATIQUE ET POPULAIRE",
        font="DejaVuSerif-Bold",
        size=9.5,
        align="center",
    )
    p.lines(
        14,
        31,
        [
            "Wilaya de %s" % bc["wilaya"],
            "Daïra de %s" % bc["daira"],
            "Commune de %s" % bc["commune"],
        ],
        font="DejaVuSerif",
        size=9,
        leading=4.5,
    )
    for i, t in enumerate(
        ["ولاية %s" % bc["wilaya_ar"], "دائرة %s" % bc["wilaya_ar"], "بلدية %s" % bc["wilaya_ar"]]
    ):
        p.pil_text(196, 31 + i * 4.8, t, "Amiri", 10, align="right", direction="rtl")
    p.rect(150, 48, 46, 10, lw=0.6)
    p.text(173, 54.5, "N° 12 S", font="DejaVuSerif-Bold", size=10, align="center")
    p.text(105, 68, "EXTRAIT D'ACTE DE NAISSANCE", font="DejaVuSerif-Bold", size=13, align="center")
    p.pil_text(105, 76, "مستخرج من عقد الميلاد", "Amiri-Bold", 13, align="center", direction="rtl")
    y = 88
    p.text(
        14, y, "Acte n° %s — Année %s" % (bc["act_no"], bc["dob"][:4]), font="DejaVuSerif", size=9.5
    )
    y += 9
    body = [
        (
            "Le",
            "%s à %s heures %s minutes"
            % (fr_date(bc["dob"]), bc.get("hour", "10"), bc.get("minute", "30")),
        ),
        ("est né(e) à", bc["place"]),
        ("Nom", bc["surname"]),
        ("Prénom(s)", bc["given"]),
        ("Sexe", _fr_sex(bc["sex"])),
        ("Fils/fille de", bc["father"]),
        ("et de", bc["mother"]),
    ]
    ar = ["في", "ولد(ت) ب", "اللقب", "الاسم", "الجنس", "ابن/ابنة", "و"]
    ar_vals = [
        "",
        bc["place_ar"],
        bc["surname_ar"],
        bc["given_ar"],
        "ذكر" if bc["sex"] == "M" else "أنثى",
        bc["father_ar"],
        bc["mother_ar"],
    ]
    for (k, v), a, av in zip(body, ar, ar_vals):
        p.text(14, y, k + " :", font="DejaVuSerif", size=9.5)
        p.text(44, y, v, font="DejaVuSerif-Bold", size=10)
        if av:
            p.pil_text(178, y, av, "Amiri", 10.5, align="right", direction="rtl")
        p.pil_text(196, y, a, "Amiri", 10, align="right", direction="rtl")
        p.hline(14, 196, y + 2.2, lw=0.2, color="#aaaaaa", dash=(1, 1))
        y += 8.5
    y += 4
    p.text(14, y, "Mentions marginales : néant", font="DejaVuSerif-Italic", size=9.5)
    y += 10
    p.text(14, y, "Extrait conforme aux registres de l'état civil.", font="DejaVuSerif", size=9.5)
    _officer(
        p,
        120,
        y + 10,
        "L'Officier de l'État Civil",
        "P/ Le Président de l'A.P.C.",
        "%s, le %s" % (bc["commune"], fr_date(bc["issued_on"])),
        font="DejaVuSerif",
        size=9,
        stamp_top="REP. ALGERIENNE",
        stamp_bottom="ETAT CIVIL",
        stamp_center=bc["commune"].upper()[:12],
        color="#2e6b3a",
        seed=bc["seed"],
    )
    return p.finish()


# ============================================================================ Tunisia


def tunisia(bc):
    p = Pdf(seed=bc["seed"])
    p.pil_text(196, 14, "الجمهورية التونسية", "Amiri-Bold", 12, align="right", direction="rtl")
    p.pil_text(196, 20, "وزارة الداخلية", "Amiri", 10.5, align="right", direction="rtl")
    p.pil_text(
        196, 26, "بلدية %s" % bc["commune_ar"], "Amiri", 10.5, align="right", direction="rtl"
    )
    p.lines(
        14,
        14,
        ["RÉPUBLIQUE TUNISIENNE", "Ministère de l'Intérieur", "Municipalité de %s" % bc["commune"]],
        font="Liberation-Bold",
        size=9,
        leading=5.5,
    )
    p.circle(105, 22, 8, stroke="#b3121a", lw=1.2)
    p.text(105, 24, "TN", font="Liberation-Bold", size=9, color="#b3121a", align="center")
    p.pil_text(105, 44, "مضمون ولادة", "Amiri-Bold", 16, align="center", direction="rtl")
    p.text(105, 52, "EXTRAIT D'ACTE DE NAISSANCE", font="Liberation-Bold", size=12, align="center")
    p.text(
        105, 58, "Identifiant unique : %s" % bc["uid"], font="Liberation", size=9, align="center"
    )
    y = 70
    rows = [
        ("Nom", "اللقب", bc["surname"], bc["surname_ar"]),
        ("Prénom", "الاسم", bc["given"], bc["given_ar"]),
        ("Sexe", "الجنس", _fr_sex(bc["sex"]), "ذكر" if bc["sex"] == "M" else "أنثى"),
        ("Date de naissance", "تاريخ الولادة", fr_date(bc["dob"]), ""),
        ("Lieu de naissance", "مكان الولادة", bc["place"], bc["place_ar"]),
        ("Nom du père", "اسم الأب", bc["father"], bc["father_ar"]),
        ("Nom de la mère", "اسم الأم", bc["mother"], bc["mother_ar"]),
        ("N° de l'acte", "عدد الرسم", "%s / %s" % (bc["act_no"], bc["dob"][:4]), ""),
    ]
    p.rect(14, y - 5, 182, 9 * len(rows) + 1, lw=0.6)
    for i, (fr, ar, v, av) in enumerate(rows):
        yy = y + i * 9
        if i:
            p.hline(14, 196, yy - 5, lw=0.3)
        p.text(16, yy + 1, fr, font="Liberation", size=8.8)
        p.text(56, yy + 1, v, font="Liberation-Bold", size=10)
        if av:
            p.pil_text(170, yy + 1.5, av, "Amiri", 10.5, align="right", direction="rtl")
        p.pil_text(194, yy + 1.5, ar, "Amiri", 9.5, align="right", direction="rtl")
    p.line(52, y - 5, 52, y - 4 + 9 * len(rows), lw=0.3)
    p.line(172, y - 5, 172, y - 4 + 9 * len(rows), lw=0.3)
    y += 9 * len(rows) + 8
    p.text(14, y, "Délivré le %s" % fr_date(bc["issued_on"]), font="Liberation", size=9.5)
    _officer(
        p,
        125,
        y + 6,
        "ضابط الحالة المدنية / L'officier d'état civil",
        "",
        "%s, le %s" % (bc["commune"], fr_date(bc["issued_on"])),
        font="Liberation",
        size=8.5,
        stamp_top="REPUBLIQUE TUNISIENNE",
        stamp_bottom="ETAT CIVIL",
        stamp_center=bc["commune"].upper(),
        color="#8b1d2c",
        seed=bc["seed"],
    )
    return p.finish()


# ============================================================================ China (notarial certificate)


def china(bc):
    """Notarial birth certificate: page 1 Chinese, page 2 English translation (as issued)."""
    p = Pdf(seed=bc["seed"])
    p.text(105, 40, "公 证 书", font="WQY", size=26, align="center")
    p.text(
        196,
        56,
        "（%s）%s证字第%s号" % (bc["issued_on"][:4], bc["notary_short"], bc["act_no"]),
        font="WQY",
        size=10.5,
        align="right",
    )
    y = 72
    rows = [
        (
            "申请人：",
            "%s，%s，%s出生，"
            % (
                bc["surname_cn"] + bc["given_cn"],
                "男" if bc["sex"] == "M" else "女",
                words.cn_date(bc["dob"]),
            ),
        ),
        ("", "现住%s。" % bc["addr_cn"]),
        ("公证事项：", "出生"),
    ]
    for k, v in rows:
        p.text(24, y, k, font="WQY", size=12)
        p.text(24 + (p.width(k, "WQY", 12) if k else 24), y, v, font="WQY", size=12)
        y += 9
    y += 6
    txt = "兹证明%s（男/女：%s）于%s在%s出生。%s的父亲是%s，%s的母亲是%s。" % (
        bc["surname_cn"] + bc["given_cn"],
        "男" if bc["sex"] == "M" else "女",
        words.cn_date(bc["dob"]),
        bc["place_cn"],
        bc["surname_cn"] + bc["given_cn"],
        bc["father_cn"],
        bc["surname_cn"] + bc["given_cn"],
        bc["mother_cn"],
    )
    # CJK wraps by character
    line, yy = "", y
    for ch in "　　" + txt:
        if p.width(line + ch, "WQY", 12.5) > 160:
            p.text(24, yy, line, font="WQY", size=12.5)
            yy += 9
            line = ""
        line += ch
    p.text(24, yy, line, font="WQY", size=12.5)
    yy += 30
    p.text(120, yy, "中华人民共和国%s" % bc["notary_cn"], font="WQY", size=12)
    p.text(120, yy + 9, "公证员", font="WQY", size=12)
    p.signature(140, yy + 3, w=26, h=10, seed=bc["seed"] + "notary")
    p.text(120, yy + 20, words.cn_date(bc["issued_on"]), font="WQY", size=12)
    p.stamp(
        150,
        yy + 8,
        16,
        top="",
        center="★",
        color="#d0121b",
        size=9,
        double=False,
        angle=0,
        alpha=0.7,
    )
    p.new_page()
    p.text(105, 36, "NOTARIAL CERTIFICATE", font="LiberationSerif-Bold", size=16, align="center")
    p.text(
        196,
        50,
        "(%s) %s Zheng Zi No. %s" % (bc["issued_on"][:4], bc["notary_py"], bc["act_no"]),
        font="LiberationSerif",
        size=10,
        align="right",
    )
    y = 64
    p.text(
        24,
        y,
        "Applicant: %s, %s, born on %s, now residing at %s."
        % (
            bc["surname"] + " " + bc["given"],
            "male" if bc["sex"] == "M" else "female",
            en_date(bc["dob"], "us"),
            bc["addr_en"],
        ),
        font="LiberationSerif",
        size=11,
    )
    p.text(24, y + 8, "Subject: Birth", font="LiberationSerif", size=11)
    body = (
        "This is to certify that %s (%s) was born on %s in %s. The father of %s is %s, and the mother of %s is %s."
        % (
            bc["surname"] + " " + bc["given"],
            "male" if bc["sex"] == "M" else "female",
            en_date(bc["dob"], "us"),
            bc["place"],
            bc["surname"] + " " + bc["given"],
            bc["father"],
            bc["surname"] + " " + bc["given"],
            bc["mother"],
        )
    )
    y = p.para(34, y + 22, 150, body, font="LiberationSerif", size=11.5, leading=6)
    y += 24
    p.lines(
        110,
        y,
        [
            "Notary: %s" % bc["notary_name"],
            bc["notary_en"],
            "The People's Republic of China",
            en_date(bc["issued_on"], "us"),
        ],
        font="LiberationSerif",
        size=11,
        leading=6,
    )
    p.signature(150, y - 8, w=28, h=10, seed=bc["seed"] + "notary2")
    return p.finish()


# ============================================================================ Colombia


def colombia(bc):
    p = Pdf(seed=bc["seed"])
    p.fill_page("#fbfbf4")
    p.text(105, 14, "REPÚBLICA DE COLOMBIA", font="Liberation-Bold", size=11, align="center")
    p.text(
        105,
        19,
        "REGISTRADURÍA NACIONAL DEL ESTADO CIVIL",
        font="Liberation-Bold",
        size=9.5,
        align="center",
    )
    p.text(105, 26, "REGISTRO CIVIL DE NACIMIENTO", font="Liberation-Bold", size=14, align="center")
    p.rect(150, 32, 46, 12, lw=0.6)
    p.text(152, 36, "Indicativo Serial", font="Liberation", size=6.5)
    p.text(173, 42, bc["serial"], font="Liberation-Bold", size=11, align="center")
    p.rect(14, 32, 60, 12, lw=0.6)
    p.text(16, 36, "NUIP", font="Liberation", size=6.5)
    p.text(44, 42, bc["nuip"], font="Liberation-Bold", size=11, align="center")

    def cell(x, y, w, label, val, h=11):
        p.rect(x, y, w, h, lw=0.4)
        p.text(x + 1.5, y + 3.2, label, font="Liberation", size=6.2, color="#333333")
        p.fit_text(x + 1.5, y + 8.6, val, w - 3, font="LiberationMono-Bold", size=9.5)

    y = 50
    p.rect(14, y, 182, 5, fill="#dfe6d6", lw=0.4)
    p.text(16, y + 3.7, "Datos de la oficina de registro", font="Liberation-Bold", size=7.5)
    y += 5
    cell(14, y, 40, "Clase de oficina", "REGISTRADURÍA")
    cell(54, y, 30, "País", "COLOMBIA")
    cell(84, y, 46, "Departamento", bc["dept"])
    cell(130, y, 66, "Municipio", bc["municipio"])
    y += 15
    p.rect(14, y, 182, 5, fill="#dfe6d6", lw=0.4)
    p.text(16, y + 3.7, "Datos del inscrito", font="Liberation-Bold", size=7.5)
    y += 5
    cell(14, y, 60, "Primer Apellido", bc["surname1"])
    cell(74, y, 60, "Segundo Apellido", bc["surname2"])
    cell(134, y, 62, "Nombre(s)", bc["given"])
    y += 11
    cell(
        14,
        y,
        40,
        "Fecha de nacimiento",
        "%s %s %s" % (bc["dob"][:4], bc["dob"][5:7], bc["dob"][8:]),
    )
    p.text(16, y + 10.4, "Año   Mes   Día", font="Liberation", size=5.2, color="#555555")
    cell(54, y, 22, "Sexo", "FEMENINO" if bc["sex"] == "F" else "MASCULINO")
    cell(76, y, 20, "Grupo sanguíneo", "O+")
    cell(
        96,
        y,
        100,
        "Lugar de nacimiento (País - Departamento - Municipio)",
        "COLOMBIA - %s - %s" % (bc["dept"], bc["municipio"]),
    )
    y += 15
    p.rect(14, y, 182, 5, fill="#dfe6d6", lw=0.4)
    p.text(16, y + 3.7, "Datos de la madre", font="Liberation-Bold", size=7.5)
    y += 5
    cell(14, y, 120, "Apellidos y nombres completos", bc["mother"])
    cell(134, y, 62, "Documento de identificación", bc["mother_id"])
    y += 15
    p.rect(14, y, 182, 5, fill="#dfe6d6", lw=0.4)
    p.text(16, y + 3.7, "Datos del padre", font="Liberation-Bold", size=7.5)
    y += 5
    cell(14, y, 120, "Apellidos y nombres completos", bc["father"])
    cell(134, y, 62, "Documento de identificación", bc["father_id"])
    y += 15
    cell(14, y, 90, "Fecha de inscripción", bc["registered"])
    cell(104, y, 92, "Nombre y firma del funcionario", bc["officer"])
    y += 20
    p.para(
        14,
        y,
        182,
        "ESTE DOCUMENTO ES FIEL COPIA DEL ORIGINAL QUE REPOSA EN LOS ARCHIVOS DE LA REGISTRADURÍA. "
        "Se expide para: ACREDITAR PARENTESCO. Fecha de expedición: %s." % fr_date(bc["issued_on"]),
        font="Liberation",
        size=8,
    )
    p.signature(120, y + 10, w=40, h=13, seed=bc["seed"])
    p.text(120, y + 28, "Registrador(a) Municipal del Estado Civil", font="Liberation", size=8)
    p.stamp(
        90,
        y + 18,
        12,
        top="REGISTRADURIA NACIONAL",
        bottom="ESTADO CIVIL",
        center=bc["municipio"][:10],
        color="#334a8a",
        size=4.8,
    )
    return p.finish()


# ============================================================================ USA (state)


def usa(bc):
    p = Pdf(seed=bc["seed"])
    _safety_paper(p, "#eef2f7", "#d7e0ec", seed=bc["seed"])
    p.rect(8, 8, 194, 281, stroke="#5a6f93", lw=2.0)
    p.rect(10, 10, 190, 277, stroke="#5a6f93", lw=0.5)
    p.text(
        105,
        24,
        bc["state_title"],
        font="LiberationSerif-Bold",
        size=16,
        align="center",
        color="#1d2f55",
    )
    p.text(
        105, 31, bc["dept_title"], font="LiberationSerif", size=11, align="center", color="#1d2f55"
    )
    p.text(
        105,
        37,
        bc["office_title"],
        font="LiberationSerif",
        size=10,
        align="center",
        color="#1d2f55",
    )
    p.text(
        105,
        50,
        bc.get("doc_title", "CERTIFICATION OF BIRTH"),
        font="LiberationSerif-Bold",
        size=15,
        align="center",
    )
    p.text(160, 60, "STATE FILE NUMBER", font="Liberation", size=6.5)
    p.text(160, 65, bc["file_no"], font="LiberationMono-Bold", size=10)

    def box(x, y, w, label, val):
        p.rect(x, y, w, 13, stroke="#5a6f93", lw=0.4)
        p.text(x + 1.5, y + 3.5, label, font="Liberation", size=6.3, color="#1d2f55")
        p.fit_text(x + 2, y + 10, val, w - 4, font="LiberationMono-Bold", size=10)

    y = 70
    box(16, y, 60, "1. NAME OF CHILD - FIRST", bc["first"])
    box(76, y, 50, "MIDDLE", bc["middle"])
    box(126, y, 68, "LAST", bc["surname"])
    y += 13
    box(16, y, 40, "2. SEX", "FEMALE" if bc["sex"] == "F" else "MALE")
    box(56, y, 60, "3. DATE OF BIRTH (Mo/Day/Yr)", en_date(bc["dob"], "us").upper())
    box(116, y, 78, "4. PLACE OF BIRTH - CITY", bc["place"])
    y += 13
    box(16, y, 90, "5. COUNTY OF BIRTH", bc["county"])
    box(106, y, 88, "6. HOSPITAL / FACILITY", bc["hospital"])
    y += 13
    box(16, y, 110, "7. MOTHER'S NAME PRIOR TO FIRST MARRIAGE", bc["mother"])
    box(126, y, 68, "8. BIRTHPLACE (State)", bc["mother_bp"])
    y += 13
    box(16, y, 110, "9. FATHER'S NAME", bc["father"])
    box(126, y, 68, "10. BIRTHPLACE (State)", bc["father_bp"])
    y += 13
    box(16, y, 90, "11. DATE FILED", en_date(bc["filed"], "us").upper())
    box(106, y, 88, "12. DATE ISSUED", en_date(bc["issued_on"], "us").upper())
    y += 24
    p.para(
        20,
        y,
        170,
        bc.get(
            "cert_text",
            "This is a true certification of the name and birth facts as recorded in "
            "the Office of Vital Statistics. This certified document is issued under the authority of state law and is "
            "valid only when printed on security paper bearing the raised seal of the issuing office.",
        ),
        font="LiberationSerif-Italic",
        size=9.5,
        leading=4.6,
    )
    y += 26
    p.signature(120, y, w=45, h=14, seed=bc["seed"] + "reg")
    p.hline(115, 190, y + 16, lw=0.4)
    p.text(152, y + 20, bc["registrar"], font="LiberationSerif", size=9, align="center")
    p.text(
        152,
        y + 24.5,
        bc.get("registrar_title", "State Registrar of Vital Statistics"),
        font="LiberationSerif",
        size=8.5,
        align="center",
    )
    p.stamp(
        50,
        y + 10,
        16,
        top="SEAL OF THE STATE",
        bottom=bc["state_short"],
        center="VITAL\nSTATISTICS",
        color="#8a8f99",
        size=5,
        alpha=0.55,
    )
    p.text(
        16,
        280,
        "WARNING: IT IS ILLEGAL TO DUPLICATE THIS COPY BY PHOTOSTAT OR PHOTOGRAPH. "
        "DO NOT ACCEPT UNLESS EMBOSSED WITH RAISED SEAL.",
        font="Liberation",
        size=6,
        color="#1d2f55",
    )
    return p.finish()


# ============================================================================ England & Wales


def uk(bc):
    p = Pdf(size=(297, 210), seed=bc["seed"])
    p.fill_page("#f3ead8")
    p.guilloche(0, 0, 297, 210, color="#e7d8bd", n=50, seed=bc["seed"], waves=5)
    p.rect(8, 8, 281, 194, stroke="#8a2c2c", lw=1.2)
    p.text(
        148,
        18,
        "CERTIFIED COPY OF AN ENTRY",
        font="LiberationSerif-Bold",
        size=15,
        align="center",
        color="#6b1f1f",
    )
    p.text(20, 18, "BXC %s" % bc["cert_no"], font="LiberationMono-Bold", size=10, color="#6b1f1f")
    p.text(
        275, 18, "Application Number %s" % bc["app_no"], font="Liberation", size=7.5, align="right"
    )
    p.text(
        148,
        25,
        "Pursuant to the Births and Deaths Registration Act 1953",
        font="LiberationSerif-Italic",
        size=9,
        align="center",
    )
    p.text(20, 34, "BIRTH", font="LiberationSerif-Bold", size=13, color="#6b1f1f")
    p.text(60, 34, "Entry No. %s" % bc["entry_no"], font="LiberationSerif", size=10)
    p.text(20, 41, "Registration district  %s" % bc["district"], font="LiberationSerif", size=10)
    p.text(150, 41, "Administrative area  %s" % bc["area"], font="LiberationSerif", size=10)
    p.text(20, 47, "Sub-district  %s" % bc["subdistrict"], font="LiberationSerif", size=10)

    def box(n, x, y, w, h, label, val):
        p.rect(x, y, w, h, stroke="#8a2c2c", lw=0.4)
        p.text(
            x + 1.5, y + 3.5, "%s. %s" % (n, label), font="Liberation", size=6.2, color="#6b1f1f"
        )
        if isinstance(val, str):
            val = [val]
        for i, v in enumerate(val):
            p.hand(x + 3, y + 9 + i * 5, v, font="dkg", size=11, ink="#222244", jitter=0.2)

    y = 52
    box(
        1,
        16,
        y,
        265,
        13,
        "Date and place of birth",
        "%s  %s" % (en_date(bc["dob"], "long"), bc["place"]),
    )
    y += 13
    box(2, 16, y, 180, 13, "Name and surname", "%s  %s" % (bc["given"], bc["surname"].upper()))
    box(3, 196, y, 85, 13, "Sex", "Female" if bc["sex"] == "F" else "Male")
    y += 13
    p.text(18, y + 4, "FATHER", font="Liberation-Bold", size=7, color="#6b1f1f")
    y += 5
    box(4, 16, y, 130, 13, "Name and surname", bc["father"])
    box(5, 146, y, 135, 13, "Place of birth", bc["father_bp"])
    y += 13
    box(6, 16, y, 265, 11, "Occupation", bc["father_occ"])
    y += 11
    p.text(18, y + 4, "MOTHER", font="Liberation-Bold", size=7, color="#6b1f1f")
    y += 5
    box(7, 16, y, 130, 13, "Name and surname", bc["mother"])
    box(8, 146, y, 135, 13, "Place of birth", bc["mother_bp"])
    y += 13
    box("9.(a)", 16, y, 130, 11, "Maiden surname", bc["mother_maiden"])
    box("(b)", 146, y, 135, 11, "Surname at marriage if different from maiden surname", "")
    y += 11
    box(
        10,
        16,
        y,
        265,
        11,
        "Usual address (if different from place of child's birth)",
        bc["address"],
    )
    y += 11
    box(14, 16, y, 130, 11, "Signature of informant", bc["informant"])
    box(15, 146, y, 60, 11, "Date of registration", en_date(bc["registered"], "long"))
    box(16, 206, y, 75, 11, "Signature of registrar", bc["registrar"])
    y += 16
    p.text(
        16,
        y,
        "CERTIFIED to be a true copy of an entry in the certified copy of a Register of Births in the District "
        "above mentioned.",
        font="LiberationSerif",
        size=8.5,
    )
    p.text(
        16,
        y + 5,
        "Given at the GENERAL REGISTER OFFICE, under the Seal of the said Office, the %s."
        % en_date(bc["issued_on"], "long"),
        font="LiberationSerif",
        size=8.5,
    )
    p.stamp(
        250,
        y + 2,
        11,
        top="GENERAL REGISTER",
        bottom="OFFICE",
        center="GRO",
        color="#8a2c2c",
        size=4.6,
        alpha=0.7,
    )
    p.text(
        16,
        y + 14,
        "CAUTION: THERE ARE OFFENCES RELATING TO FALSIFYING OR ALTERING A CERTIFICATE AND USING OR "
        "POSSESSING A FALSE CERTIFICATE. ©CROWN COPYRIGHT",
        font="Liberation-Bold",
        size=6.5,
        color="#6b1f1f",
    )
    p.text(
        16,
        y + 18,
        "WARNING: A CERTIFICATE IS NOT EVIDENCE OF IDENTITY.",
        font="Liberation-Bold",
        size=6.5,
        color="#6b1f1f",
    )
    return p.finish()


# ============================================================================ India


def india(bc):
    p = Pdf(seed=bc["seed"])
    p.rect(10, 10, 190, 277, lw=1.0)
    p.circle(105, 24, 8, stroke="#1f3c88", lw=0.8)
    for k in range(24):
        import math

        a = 2 * math.pi * k / 24
        p.line(105, 24, 105 + 7 * math.cos(a), 24 + 7 * math.sin(a), color="#1f3c88", lw=0.25)
    p.pil_text(105, 40, "महाराष्ट्र शासन", "FreeSerif", 11, align="center")
    p.text(105, 46, "GOVERNMENT OF MAHARASHTRA", font="Liberation-Bold", size=10.5, align="center")
    p.text(105, 51.5, bc["corp"], font="Liberation-Bold", size=10.5, align="center")
    p.text(105, 58, "BIRTH CERTIFICATE", font="Liberation-Bold", size=15, align="center")
    p.pil_text(105, 65, "जन्म प्रमाणपत्र", "FreeSerif", 12, align="center")
    p.para(
        18,
        72,
        174,
        "(ISSUED UNDER SECTION 12 / 17 OF THE REGISTRATION OF BIRTHS & DEATHS ACT, 1969 AND RULE 8 / 13 "
        "OF THE MAHARASHTRA REGISTRATION OF BIRTHS AND DEATHS RULES, 2000)",
        font="Liberation",
        size=7.8,
    )
    p.para(
        18,
        84,
        174,
        "THIS IS TO CERTIFY THAT THE FOLLOWING INFORMATION HAS BEEN TAKEN FROM THE ORIGINAL RECORD OF "
        "BIRTH WHICH IS THE REGISTER FOR %s OF TAHSIL %s OF DISTRICT %s OF STATE MAHARASHTRA."
        % (bc["ward"], bc["tahsil"], bc["district"]),
        font="Liberation",
        size=8.6,
    )
    rows = [
        ("NAME", " ".join([bc["given"], bc["surname"]]).upper()),
        ("SEX", "FEMALE" if bc["sex"] == "F" else "MALE"),
        ("DATE OF BIRTH", "%s-%s-%s" % (bc["dob"][8:], bc["dob"][5:7], bc["dob"][:4])),
        ("PLACE OF BIRTH", bc["place"]),
        ("NAME OF MOTHER", bc["mother"]),
        ("NAME OF FATHER", bc["father"]),
        ("ADDRESS OF PARENTS AT THE TIME OF BIRTH OF THE CHILD", bc["addr"]),
        ("PERMANENT ADDRESS OF PARENTS", bc["addr"]),
        ("REGISTRATION NUMBER", bc["reg_no"]),
        ("DATE OF REGISTRATION", bc["reg_date"]),
        ("REMARKS (IF ANY)", ""),
        (
            "DATE OF ISSUE",
            "%s-%s-%s" % (bc["issued_on"][8:], bc["issued_on"][5:7], bc["issued_on"][:4]),
        ),
    ]
    y = 102
    for k, v in rows:
        kl = p.wrap(k, 60, "Liberation", 8)
        vl = p.wrap(v, 100, "Liberation-Bold", 9)
        for i, t in enumerate(kl):
            p.text(18, y + i * 3.6, t, font="Liberation", size=8)
        p.text(80, y, ":", font="Liberation", size=8)
        for i, t in enumerate(vl):
            p.text(84, y + i * 4, t, font="Liberation-Bold", size=9)
        y += max(len(kl) * 3.6, len(vl) * 4) + 3.5
    y += 8
    p.signature(135, y, w=40, h=12, seed=bc["seed"])
    p.text(130, y + 18, "SIGNATURE OF THE ISSUING AUTHORITY", font="Liberation", size=7)
    p.text(130, y + 22, "Registrar of Births & Deaths", font="Liberation", size=7)
    p.text(130, y + 26, bc["corp"].title(), font="Liberation", size=7)
    p.stamp(
        60,
        y + 12,
        14,
        top="REGISTRAR BIRTH & DEATH",
        bottom=bc["ward"][:18],
        center="MCGM",
        color="#4b2a86",
        size=4.6,
    )
    p.text(
        18, 278, '"ENSURE REGISTRATION OF EVERY BIRTH AND DEATH"', font="Liberation-Bold", size=7.5
    )
    return p.finish()


# ============================================================================ Brazil


def brazil(bc):
    p = Pdf(seed=bc["seed"])
    _safety_paper(p, "#f3f7ef", "#dfe9d6", seed=bc["seed"])
    p.text(
        105,
        16,
        "REPÚBLICA FEDERATIVA DO BRASIL",
        font="Liberation-Bold",
        size=11,
        align="center",
        color="#1b5e20",
    )
    p.text(
        105,
        22,
        "REGISTRO CIVIL DAS PESSOAS NATURAIS",
        font="Liberation-Bold",
        size=10,
        align="center",
    )
    p.text(105, 31, "CERTIDÃO DE NASCIMENTO", font="Liberation-Bold", size=16, align="center")

    def cell(x, y, w, label, val, h=12, size=9.5):
        p.rect(x, y, w, h, lw=0.4, stroke="#3a6b3a")
        p.text(x + 1.5, y + 3.2, label, font="Liberation", size=6, color="#2a4a2a")
        for i, v in enumerate(p.wrap(val, w - 3, "Liberation-Bold", size)):
            p.text(x + 1.5, y + 8 + i * 4, v, font="Liberation-Bold", size=size)

    y = 38
    cell(14, y, 182, "NOME", bc["full_name"])
    y += 12
    cell(14, y, 182, "CPF", bc["cpf"])
    y += 12
    cell(14, y, 182, "MATRÍCULA", bc["matricula"])
    y += 12
    cell(14, y, 182, "DATA DE NASCIMENTO POR EXTENSO", words.pt_date_words(bc["dob"]))
    y += 12
    cell(14, y, 36, "DIA", bc["dob"][8:])
    cell(50, y, 36, "MÊS", bc["dob"][5:7])
    cell(86, y, 36, "ANO", bc["dob"][:4])
    cell(122, y, 74, "HORA", bc.get("hour", "14:20"))
    y += 12
    cell(14, y, 91, "NATURALIDADE", bc["place"])
    cell(105, y, 91, "LOCAL DE NASCIMENTO", bc["hospital"])
    y += 12
    cell(14, y, 91, "MUNICÍPIO DE REGISTRO E UNIDADE DA FEDERAÇÃO", bc["place"])
    cell(105, y, 91, "SEXO", "FEMININO" if bc["sex"] == "F" else "MASCULINO")
    y += 12
    cell(14, y, 182, "FILIAÇÃO", "%s e %s" % (bc["father"], bc["mother"]), h=16)
    y += 16
    cell(14, y, 182, "AVÓS", bc["grandparents"], h=16, size=8.5)
    y += 16
    cell(14, y, 91, "GÊMEO", "NÃO")
    cell(105, y, 91, "DATA DO REGISTRO", words.pt_date_words(bc["registered"]), size=8)
    y += 12
    cell(14, y, 182, "OBSERVAÇÕES / AVERBAÇÕES", "NADA CONSTA.", h=16)
    y += 22
    p.text(14, y, bc["cartorio"], font="Liberation-Bold", size=9)
    p.text(14, y + 4.5, bc["cartorio_addr"], font="Liberation", size=8)
    p.para(
        14, y + 11, 110, "O conteúdo da certidão é verdadeiro. Dou fé.", font="Liberation", size=9
    )
    p.text(
        14,
        y + 18,
        "%s, %s." % (bc["place"].split(" - ")[0].title(), words.pt_date_words(bc["issued_on"])),
        font="Liberation",
        size=8.5,
    )
    p.signature(130, y + 4, w=40, h=13, seed=bc["seed"])
    p.text(130, y + 21, "Oficial de Registro Civil", font="Liberation", size=8)
    p.rect(170, 14, 26, 26, lw=0.4)
    r = rng_for("qr", bc["seed"])
    for i in range(12):
        for j in range(12):
            if r.random() < 0.5:
                p.rect(171 + i * 2, 15 + j * 2, 2, 2, stroke=None, fill="#000000")
    return p.finish()


# ============================================================================ Mexico


def mexico(bc):
    p = Pdf(seed=bc["seed"])
    _safety_paper(p, "#f4f1f7", "#e4dcea", seed=bc["seed"])
    p.text(
        105,
        16,
        "ESTADOS UNIDOS MEXICANOS",
        font="Liberation-Bold",
        size=12,
        align="center",
        color="#5b1f3b",
    )
    p.text(105, 25, "ACTA DE NACIMIENTO", font="Liberation-Bold", size=17, align="center")
    p.text(14, 34, "Identificador Electrónico", font="Liberation", size=7)
    p.text(14, 38.5, bc["ident"], font="LiberationMono-Bold", size=9)
    p.text(196, 34, "CURP", font="Liberation", size=7, align="right")
    p.text(196, 38.5, bc["curp"], font="LiberationMono-Bold", size=10, align="right")
    y = 46
    p.rect(14, y, 182, 6, fill="#5b1f3b", stroke=None)
    p.text(
        16,
        y + 4.3,
        "Entidad de Registro: %s   Municipio de Registro: %s   Oficialía: 0001   Libro: 0003   Acta: %s"
        % (bc["state"], bc["muni"], bc["act_no"]),
        font="Liberation-Bold",
        size=7.2,
        color="#ffffff",
    )
    y += 10
    p.text(
        14, y, "Datos de la persona registrada", font="Liberation-Bold", size=10, color="#5b1f3b"
    )
    y += 3
    labels = [
        ("Nombre(s):", bc["given"]),
        ("Primer Apellido:", bc["surname1"]),
        ("Segundo Apellido:", bc["surname2"]),
        ("Sexo:", "MUJER" if bc["sex"] == "F" else "HOMBRE"),
        ("Fecha de Nacimiento:", "%s/%s/%s" % (bc["dob"][8:], bc["dob"][5:7], bc["dob"][:4])),
        ("Lugar de Nacimiento:", bc["place"]),
    ]
    for k, v in labels:
        y += 6.5
        p.text(18, y, k, font="Liberation", size=9)
        p.text(62, y, v, font="Liberation-Bold", size=10)
    y += 12
    p.text(
        14,
        y,
        "Datos de filiación de la persona registrada",
        font="Liberation-Bold",
        size=10,
        color="#5b1f3b",
    )
    for who, (nm, nat) in (("Progenitor", bc["father"]), ("Progenitora", bc["mother"])):
        y += 7
        p.text(18, y, who + ":", font="Liberation", size=9)
        p.text(62, y, nm, font="Liberation-Bold", size=9.5)
        p.text(150, y, "Nacionalidad: " + nat, font="Liberation", size=8.5)
    y += 14
    p.text(14, y, "Anotaciones marginales:", font="Liberation-Bold", size=9)
    p.text(60, y, "SIN ANOTACIONES MARGINALES", font="Liberation", size=9)
    y += 14
    p.para(
        14,
        y,
        120,
        "El presente documento se expide con fundamento en el artículo 48 del Código Civil, y es copia "
        "fiel de lo que obra en la base de datos del Registro Civil. Fecha de expedición: %s."
        % words.es_date(bc["issued_on"]),
        font="Liberation",
        size=8,
    )
    p.signature(140, y, w=40, h=12, seed=bc["seed"])
    p.text(140, y + 18, bc["officer"], font="Liberation", size=8)
    p.text(140, y + 22, "Director(a) del Registro Civil", font="Liberation", size=7.5)
    p.rect(14, 250, 22, 22, lw=0.4)
    r = rng_for("qr", bc["seed"])
    for i in range(11):
        for j in range(11):
            if r.random() < 0.5:
                p.rect(15 + i * 1.8, 251 + j * 1.8, 1.8, 1.8, stroke=None, fill="#000000")
    p.text(40, 262, "Cadena de verificación: %s" % bc["chain"], font="LiberationMono", size=6.5)
    return p.finish()


# ============================================================================ Philippines


def philippines(bc):
    p = Pdf(seed=bc["seed"])
    _safety_paper(p, "#f6f3ea", "#e6dfcc", seed=bc["seed"])
    p.text(14, 12, "Municipal Form No. 102", font="Liberation", size=6.5)
    p.text(14, 15, "(Revised January 2007)", font="Liberation", size=6.5)
    p.text(105, 14, "Republic of the Philippines", font="LiberationSerif", size=9, align="center")
    p.text(
        105,
        18.5,
        "OFFICE OF THE CIVIL REGISTRAR GENERAL",
        font="LiberationSerif-Bold",
        size=9,
        align="center",
    )
    p.text(
        105, 25, "CERTIFICATE OF LIVE BIRTH", font="LiberationSerif-Bold", size=15, align="center"
    )
    p.text(14, 32, "Province  %s" % bc["province"], font="Liberation", size=8.5)
    p.text(14, 36.5, "City/Municipality  %s" % bc["city"], font="Liberation", size=8.5)
    p.text(150, 32, "Registry No.  %s" % bc["reg_no"], font="Liberation", size=8.5)

    def box(x, y, w, label, val, h=12):
        p.rect(x, y, w, h, lw=0.4)
        p.text(x + 1.2, y + 3.2, label, font="Liberation", size=5.8)
        p.fit_text(x + 2, y + 9, val, w - 4, font="LiberationMono-Bold", size=9.5)

    y = 40
    p.rect(10, y, 5, 60, fill="#d9d2c0", lw=0.4)
    p.text(13.5, y + 45, "C H I L D", font="Liberation-Bold", size=6, angle=90)
    box(15, y, 62, "1. NAME  (First)", bc["first"])
    box(77, y, 56, "(Middle)", bc["middle"])
    box(133, y, 67, "(Last)", bc["surname"])
    y += 12
    box(15, y, 40, "2. SEX (Male/Female)", "FEMALE" if bc["sex"] == "F" else "MALE")
    box(
        55,
        y,
        145,
        "3. DATE OF BIRTH  (Day) (Month) (Year)",
        "%d  %s  %s"
        % (int(bc["dob"][8:]), MONTHS_EN[int(bc["dob"][5:7]) - 1].upper(), bc["dob"][:4]),
    )
    y += 12
    box(
        15,
        y,
        185,
        "4. PLACE OF BIRTH (Name of Hospital/Clinic/Institution, City/Municipality, Province)",
        bc["place_full"],
    )
    y += 12
    box(15, y, 60, "5a. TYPE OF BIRTH", "SINGLE")
    box(75, y, 60, "5b. IF MULTIPLE BIRTH, CHILD WAS", "")
    box(135, y, 65, "5c. BIRTH ORDER", bc.get("order", "FIRST"))
    y += 12
    box(15, y, 185, "5d. WEIGHT AT BIRTH", "3100 grams")
    y += 14
    p.rect(10, y, 5, 24, fill="#d9d2c0", lw=0.4)
    p.text(13.5, y + 20, "MOTHER", font="Liberation-Bold", size=6, angle=90)
    box(15, y, 120, "6. MAIDEN NAME  (First) (Middle) (Last)", bc["mother"])
    box(135, y, 65, "7. CITIZENSHIP", "FILIPINO")
    y += 12
    box(15, y, 185, "10. RESIDENCE", bc["residence"])
    y += 14
    p.rect(10, y, 5, 24, fill="#d9d2c0", lw=0.4)
    p.text(13.5, y + 20, "FATHER", font="Liberation-Bold", size=6, angle=90)
    box(15, y, 120, "13. NAME  (First) (Middle) (Last)", bc["father"])
    box(135, y, 65, "14. CITIZENSHIP", "FILIPINO")
    y += 12
    box(15, y, 185, "20a. DATE AND PLACE OF MARRIAGE OF PARENTS", bc["marriage"])
    y += 18
    p.text(14, y, "REMARKS/ANNOTATION: NONE", font="Liberation", size=8)
    y += 10
    p.para(
        14,
        y,
        182,
        "This is a certified true copy of the record of birth on file with the Philippine Statistics "
        "Authority. Issued upon the request of the document owner on %s."
        % en_date(bc["issued_on"], "us"),
        font="LiberationSerif-Italic",
        size=9,
    )
    p.signature(130, y + 10, w=40, h=12, seed=bc["seed"])
    p.text(130, y + 27, bc["officer"], font="Liberation-Bold", size=8)
    p.text(130, y + 31, "Civil Registrar General", font="Liberation", size=7.5)
    p.text(
        14,
        282,
        "PSA SECURITY PAPER — SN %s" % bc["psa_sn"],
        font="LiberationMono",
        size=7,
        color="#7a5a2a",
    )
    return p.finish()


# ============================================================================ Turkey


def turkey(bc):
    p = Pdf(seed=bc["seed"])
    p.text(105, 16, "T.C.", font="Liberation-Bold", size=11, align="center", color="#b0121b")
    p.text(105, 22, "İÇİŞLERİ BAKANLIĞI", font="Liberation-Bold", size=10, align="center")
    p.text(
        105,
        27,
        "Nüfus ve Vatandaşlık İşleri Genel Müdürlüğü",
        font="Liberation",
        size=9,
        align="center",
    )
    p.text(105, 37, "DOĞUM KAYIT ÖRNEĞİ", font="Liberation-Bold", size=14, align="center")
    p.text(
        105, 43, "(Birth Registration Extract)", font="Liberation-Italic", size=9, align="center"
    )
    y = 54
    rows = [
        ("T.C. Kimlik No", bc["tckn"]),
        ("Soyadı / Surname", bc["surname"]),
        ("Adı / Name", bc["given"]),
        ("Baba Adı / Father's name", bc["father"]),
        ("Anne Adı / Mother's name", bc["mother"]),
        ("Doğum Yeri / Place of birth", bc["place"]),
        (
            "Doğum Tarihi / Date of birth",
            "%s.%s.%s" % (bc["dob"][8:], bc["dob"][5:7], bc["dob"][:4]),
        ),
        ("Cinsiyeti / Sex", "Erkek" if bc["sex"] == "M" else "Kadın"),
        ("Medeni Hali / Marital status", "Bekâr"),
        ("İl / Province", bc["province"]),
        ("İlçe / District", bc["district"]),
        ("Mahalle/Köy", bc["mahalle"]),
        ("Cilt No / Hane No / BSN", bc["cilt"]),
    ]
    for k, v in rows:
        p.rect(20, y, 70, 8, fill="#f1f1f1", lw=0.3)
        p.rect(90, y, 100, 8, lw=0.3)
        p.text(22, y + 5.5, k, font="Liberation", size=8.5)
        p.text(92, y + 5.5, v, font="Liberation-Bold", size=9.5)
        y += 8
    y += 10
    p.para(
        20,
        y,
        170,
        "Bu belge, nüfus kayıtlarına uygun olarak düzenlenmiştir. / This document has been issued in "
        "accordance with the civil registry records.",
        font="Liberation",
        size=8.5,
    )
    y += 14
    p.text(
        20,
        y,
        "Düzenleme Tarihi: %s"
        % "%s.%s.%s"
        % (bc["issued_on"][8:], bc["issued_on"][5:7], bc["issued_on"][:4]),
        font="Liberation",
        size=9,
    )
    p.text(20, y + 5, "Belge Doğrulama Kodu: %s" % bc["verif"], font="LiberationMono", size=8.5)
    _officer(
        p,
        120,
        y,
        "Nüfus Müdürü",
        bc["officer"],
        "%s İlçe Nüfus Müdürlüğü" % bc["district"],
        font="Liberation",
        size=8.5,
        stamp_top="T.C. NUFUS MUDURLUGU",
        stamp_bottom=bc["district"].upper(),
        stamp_center="",
        color="#2a3c8c",
        seed=bc["seed"],
    )
    return p.finish()


# ============================================================================ Ukraine


def ukraine(bc):
    p = Pdf(size=(148, 210), seed=bc["seed"])
    _safety_paper(p, "#eef4f6", "#d5e4ea", seed=bc["seed"])
    p.text(74, 16, "УКРАЇНА", font="DejaVuSerif-Bold", size=12, align="center")
    p.text(74, 26, "СВІДОЦТВО", font="DejaVuSerif-Bold", size=15, align="center")
    p.text(74, 32, "ПРО НАРОДЖЕННЯ", font="DejaVuSerif-Bold", size=11, align="center")
    y = 44

    def line(label, val, small=None):
        nonlocal y
        p.text(12, y, val, font="DejaVuSerif-Bold", size=10.5, color="#222244")
        p.hline(10, 138, y + 1.5, lw=0.3)
        p.text(74, y + 4.3, label, font="DejaVuSans", size=5.8, align="center", color="#444444")
        y += 10

    line("(прізвище)", bc["surname_uk"])
    line("(ім'я)", bc["given_uk"])
    line("(по батькові)", bc["patronymic_uk"])
    line("(дата народження)", words.uk_date(bc["dob"]))
    line("(місце народження: населений пункт, район, область, держава)", bc["place_uk"])
    p.text(
        10,
        y + 1,
        "про що %s складено відповідний актовий запис № %s"
        % (words.uk_date(bc["registered"]), bc["act_no"]),
        font="DejaVuSans",
        size=7.5,
    )
    y += 9
    line("Батько", bc["father_uk"])
    line("Мати", bc["mother_uk"])
    line("Місце державної реєстрації", bc["office_uk"])
    p.text(12, y + 2, "Дата видачі: %s" % words.uk_date(bc["issued_on"]), font="DejaVuSans", size=8)
    p.text(
        12,
        y + 12,
        "Серія %s № %s" % (bc["series"], bc["number"]),
        font="DejaVuSans-Bold",
        size=11,
        color="#b0121b",
    )
    p.signature(85, y + 2, w=34, h=11, seed=bc["seed"])
    p.text(85, y + 17, "Керівник органу державної реєстрації", font="DejaVuSans", size=5.6)
    p.text(85, y + 20, "актів цивільного стану", font="DejaVuSans", size=5.6)
    p.stamp(60, y + 8, 11, top="УКРАЇНА", bottom="ДРАЦС", center="М.П.", color="#3a4a9a", size=4.8)
    return p.finish()


# ============================================================================ Italy


def italy(bc):
    p = Pdf(seed=bc["seed"])
    p.text(
        105,
        18,
        "COMUNE DI %s" % bc["comune"].upper(),
        font="LiberationSerif-Bold",
        size=14,
        align="center",
    )
    p.text(105, 24, "UFFICIO DELLO STATO CIVILE", font="LiberationSerif", size=10, align="center")
    p.text(
        105,
        38,
        "ESTRATTO PER RIASSUNTO DELL'ATTO DI NASCITA",
        font="LiberationSerif-Bold",
        size=12,
        align="center",
    )
    p.text(
        105,
        44,
        "(art. 106 e seguenti del D.P.R. 3 novembre 2000, n. 396)",
        font="LiberationSerif-Italic",
        size=9,
        align="center",
    )
    y = 58
    txt = (
        "Dai registri degli atti di nascita di questo Comune, anno %s, parte I, serie A, numero %s, risulta che:"
        % (bc["dob"][:4], bc["act_no"])
    )
    y = p.para(20, y, 170, txt, font="LiberationSerif", size=11) + 4
    rows = [
        ("Cognome", bc["surname"]),
        ("Nome", bc["given"]),
        ("Sesso", "F" if bc["sex"] == "F" else "M"),
        ("Luogo di nascita", bc["place"]),
        ("Data di nascita", "%s/%s/%s" % (bc["dob"][8:], bc["dob"][5:7], bc["dob"][:4])),
        ("Ora di nascita", bc.get("hour", "08:15")),
        ("Paternità", bc["father"]),
        ("Maternità", bc["mother"]),
    ]
    for k, v in rows:
        p.text(30, y, k, font="LiberationSerif-Italic", size=10.5)
        p.text(80, y, v, font="LiberationSerif-Bold", size=11)
        y += 7
    y += 4
    p.text(20, y, "Annotazioni: nessuna.", font="LiberationSerif", size=10.5)
    y += 12
    p.para(
        20,
        y,
        170,
        "Si rilascia in carta libera per gli usi consentiti dalla legge. Esente da legalizzazione ai "
        "sensi del Regolamento (UE) 2016/1191.",
        font="LiberationSerif",
        size=9.5,
    )
    _officer(
        p,
        120,
        y + 16,
        "L'Ufficiale dello Stato Civile",
        bc["officer"],
        "%s, lì %s" % (bc["comune"], fr_date(bc["issued_on"])),
        stamp_top="COMUNE DI " + bc["comune"].upper(),
        stamp_bottom="STATO CIVILE",
        stamp_center="",
        color="#2d4a7a",
        seed=bc["seed"],
    )
    return p.finish()


# ============================================================================ France


def france(bc):
    p = Pdf(seed=bc["seed"])
    p.text(14, 16, "RÉPUBLIQUE FRANÇAISE", font="Liberation-Bold", size=9)
    p.text(14, 21, "Mairie de %s" % bc["commune"], font="Liberation", size=9)
    p.text(14, 26, "Service de l'état civil", font="Liberation", size=9)
    p.text(
        105,
        40,
        "COPIE INTÉGRALE D'ACTE DE NAISSANCE",
        font="Liberation-Bold",
        size=13,
        align="center",
    )
    p.text(14, 54, "N° %s" % bc["act_no"], font="Liberation-Bold", size=10)
    p.text(14, 60, "%s %s" % (bc["surname"], bc["given"]), font="Liberation-Bold", size=10)
    txt = (
        "Le %s, à %s, est né%s à %s : %s %s, du sexe %s, de %s, né le %s, et de %s, née le %s, domiciliés à %s. "
        "Dressé le %s, sur la déclaration du père, qui, lecture faite et invité à lire l'acte, a signé avec "
        "nous, %s, officier de l'état civil, par délégation du maire."
        % (
            words.fr_date_words(bc["dob"]),
            bc.get("hour_words", "dix heures trente"),
            "e" if bc["sex"] == "F" else "",
            bc["commune"],
            bc["given"],
            bc["surname"],
            _fr_sex(bc["sex"]),
            bc["father"],
            bc["father_dob"],
            bc["mother"],
            bc["mother_dob"],
            bc["commune"],
            words.fr_date_words(bc["registered"]),
            bc["officer"],
        )
    )
    y = p.para(60, 54, 136, txt, font="Liberation", size=10, leading=5, justify=True)
    y += 6
    p.text(60, y, "Mentions marginales : néant.", font="Liberation-Italic", size=10)
    y += 14
    p.text(
        60,
        y,
        "Pour copie intégrale conforme, délivrée le %s." % fr_date(bc["issued_on"]),
        font="Liberation",
        size=10,
    )
    _officer(
        p,
        120,
        y + 10,
        "L'officier de l'état civil",
        "",
        "",
        font="Liberation",
        size=9,
        stamp_top="MAIRIE DE " + bc["commune"].upper()[:12],
        stamp_bottom="ETAT CIVIL",
        stamp_center="RF",
        color="#24408e",
        seed=bc["seed"],
    )
    return p.finish()


# ============================================================================ Francophone Africa


def senegal(bc):
    p = Pdf(seed=bc["seed"])
    p.lines(
        14,
        14,
        [
            "RÉPUBLIQUE DU SÉNÉGAL",
            "Un Peuple - Un But - Une Foi",
            "",
            "Région de %s" % bc["region"],
            "Département de %s" % bc["dept"],
            "Commune de %s" % bc["commune"],
            "Centre d'état civil principal",
        ],
        font="Liberation",
        size=9,
        leading=4.5,
    )
    p.text(
        105,
        56,
        "EXTRAIT DU REGISTRE DES ACTES DE NAISSANCE",
        font="Liberation-Bold",
        size=12,
        align="center",
    )
    p.text(105, 62, "Pour l'année %s" % bc["dob"][:4], font="Liberation", size=10, align="center")
    y = 74
    rows = [
        ("N° dans le registre", bc["act_no"]),
        ("Le", words.fr_date_words(bc["dob"]) + " (%s)" % fr_date(bc["dob"])),
        ("à", bc.get("time", "10 heures 15 minutes")),
        ("Est né(e) à", bc["place"]),
        ("Un enfant de sexe", _fr_sex(bc["sex"])),
        ("Prénom(s)", bc["given"]),
        ("Nom", bc["surname"]),
        ("De", bc["father"]),
        ("Et de", bc["mother"]),
    ]
    for k, v in rows:
        p.text(20, y, k, font="Liberation", size=10)
        p.hline(62, 190, y + 1.5, lw=0.25, dash=(1, 1))
        p.text(64, y, v, font="Liberation-Bold", size=10.5)
        y += 9
    y += 6
    p.text(
        20,
        y,
        "Délivré conforme au registre, à %s le %s" % (bc["commune"], fr_date(bc["issued_on"])),
        font="Liberation",
        size=10,
    )
    _officer(
        p,
        120,
        y + 8,
        "L'Officier de l'état civil",
        bc["officer"],
        "",
        font="Liberation",
        size=9.5,
        stamp_top="REPUBLIQUE DU SENEGAL",
        stamp_bottom="ETAT CIVIL",
        stamp_center=bc["commune"][:10].upper(),
        color="#1e6b45",
        seed=bc["seed"],
    )
    return p.finish()


def cote_divoire(bc):
    p = Pdf(seed=bc["seed"])
    p.rect(10, 10, 190, 277, lw=0.8)
    p.line(62, 10, 62, 287, lw=0.6)
    p.lines(
        14,
        18,
        [
            "RÉPUBLIQUE",
            "DE CÔTE D'IVOIRE",
            "Union-Discipline-Travail",
            "",
            "DÉPARTEMENT",
            "D'" + bc["dept"].upper(),
            "",
            "COMMUNE",
            "DE " + bc["commune"].upper(),
            "",
            "ÉTAT CIVIL",
            "Centre principal",
        ],
        font="LiberationSerif-Bold",
        size=8,
        leading=4,
    )
    p.lines(
        14,
        80,
        [
            "N° %s DU %s" % (bc["act_no"], fr_date(bc["registered"])),
            "",
            "NAISSANCE DE",
            bc["surname"],
            bc["given"],
        ],
        font="LiberationSerif-Bold",
        size=9,
        leading=5,
    )
    p.text(130, 22, "EXTRAIT", font="LiberationSerif-Bold", size=16, align="center")
    p.text(
        130,
        29,
        "du registre des actes de l'état civil",
        font="LiberationSerif",
        size=10,
        align="center",
    )
    p.text(
        130, 35, "pour l'année %s" % bc["dob"][:4], font="LiberationSerif", size=10, align="center"
    )
    txt = (
        "Le %s à %s heures %s minutes est né%s %s %s à %s, %s, fil%s de %s, profession %s, domicilié à %s, et de "
        "%s, profession %s."
        % (
            words.fr_date_words(bc["dob"]),
            bc.get("h", "huit"),
            bc.get("m", "vingt"),
            "e" if bc["sex"] == "F" else "",
            bc["surname"],
            bc["given"],
            bc["place"],
            bc.get("hospital", "maternité du CHU"),
            "le" if bc["sex"] == "F" else "s",
            bc["father"],
            bc["father_job"],
            bc["commune"],
            bc["mother"],
            bc["mother_job"],
        )
    )
    y = p.para(68, 50, 126, txt, font="LiberationSerif", size=11, leading=6, justify=True)
    y += 8
    p.text(68, y, "MENTIONS (éventuellement) :", font="LiberationSerif-Bold", size=10)
    p.text(68, y + 7, "Marié(e) le ........ avec ........", font="LiberationSerif", size=10)
    p.text(68, y + 13, "Divorcé(e) le ........", font="LiberationSerif", size=10)
    p.text(68, y + 19, "Décédé(e) le ........", font="LiberationSerif", size=10)
    y += 34
    p.para(
        68,
        y,
        126,
        "Certifié le présent extrait conforme aux indications portées au registre.",
        font="LiberationSerif",
        size=10.5,
    )
    _officer(
        p,
        120,
        y + 14,
        "L'Officier de l'État Civil",
        bc["officer"],
        "Délivré à %s, le %s" % (bc["commune"], fr_date(bc["issued_on"])),
        stamp_top="COTE D'IVOIRE",
        stamp_bottom="ETAT CIVIL",
        stamp_center=bc["commune"][:10].upper(),
        color="#c25a10",
        seed=bc["seed"],
        size=9.5,
    )
    return p.finish()


def cameroon(bc):
    p = Pdf(seed=bc["seed"])
    p.lines(
        14,
        14,
        [
            "RÉPUBLIQUE DU CAMEROUN",
            "Paix - Travail - Patrie",
            "Région du %s" % bc["region"],
            "Département du %s" % bc["dept"],
            "Centre d'état civil de %s" % bc["centre"],
        ],
        font="Liberation-Bold",
        size=8,
        leading=4.2,
    )
    p.lines(
        196,
        14,
        [
            "REPUBLIC OF CAMEROON",
            "Peace - Work - Fatherland",
            "%s Region" % bc["region_en"],
            "%s Division" % bc["dept"],
            "%s Civil Status Centre" % bc["centre"],
        ],
        font="Liberation-Bold",
        size=8,
        leading=4.2,
        align="right",
    )
    p.text(
        105,
        44,
        "ACTE DE NAISSANCE / BIRTH CERTIFICATE",
        font="Liberation-Bold",
        size=13,
        align="center",
    )
    p.text(105, 50, "N° %s" % bc["act_no"], font="Liberation-Bold", size=10, align="center")
    rows = [
        ("Nom de l'enfant", "Surname of child", bc["surname"]),
        ("Prénom(s)", "Given name(s)", bc["given"]),
        ("Le", "On the", fr_date(bc["dob"])),
        ("Est né(e) à", "Was born at", bc["place"]),
        (
            "De sexe",
            "Sex",
            "%s / %s" % (_fr_sex(bc["sex"]), "female" if bc["sex"] == "F" else "male"),
        ),
        ("De", "Of (father)", bc["father"]),
        ("Et de", "And of (mother)", bc["mother"]),
        ("Dressé le", "Drawn up on the", fr_date(bc["registered"])),
        ("Sur la déclaration de", "In accordance with the declaration of", bc["father"]),
        ("Par nous", "By us", bc["officer"]),
        ("Officier d'état civil", "Civil status registrar", ""),
    ]
    y = 60
    for fr, en, v in rows:
        p.text(16, y, fr, font="Liberation-Bold", size=8.6)
        p.text(16, y + 3.6, en, font="Liberation-Italic", size=7.2, color="#444444")
        p.hline(70, 196, y + 1.5, lw=0.25, dash=(1, 1))
        p.text(72, y + 0.8, v, font="LiberationMono-Bold", size=10)
        y += 11
    y += 6
    p.text(
        16,
        y,
        "Assisté de / Assisted by : %s, secrétaire d'état civil" % bc["secretary"],
        font="Liberation",
        size=8.5,
    )
    _officer(
        p,
        125,
        y + 8,
        "L'officier d'état civil / The Registrar",
        "",
        "",
        font="Liberation",
        size=8.5,
        stamp_top="REPUBLIQUE DU CAMEROUN",
        stamp_bottom="ETAT CIVIL",
        stamp_center=bc["centre"][:10].upper(),
        color="#1b6b35",
        seed=bc["seed"],
    )
    return p.finish()


def mali(bc):
    p = Pdf(seed=bc["seed"])
    p.lines(
        14,
        14,
        [
            "RÉPUBLIQUE DU MALI",
            "Un Peuple - Un But - Une Foi",
            "",
            "Cercle : %s" % bc["cercle"],
            "Commune : %s" % bc["commune"],
            "Centre principal d'état civil",
        ],
        font="Liberation",
        size=9,
        leading=4.6,
    )
    p.rect(150, 14, 46, 12, lw=0.6)
    p.text(173, 21.5, "VOLET N° 3", font="Liberation-Bold", size=10, align="center")
    p.text(
        105,
        48,
        "ACTE DE NAISSANCE N° %s" % bc["act_no"],
        font="Liberation-Bold",
        size=13,
        align="center",
    )
    y = 62
    rows = [
        ("Prénom(s) de l'enfant", bc["given"]),
        ("Nom de l'enfant", bc["surname"]),
        ("Sexe", _fr_sex(bc["sex"])),
        ("Date de naissance", fr_date(bc["dob"])),
        ("Lieu de naissance", bc["place"]),
        ("Prénom(s) et nom du père", bc["father"]),
        ("Profession du père", bc["father_job"]),
        ("Prénom(s) et nom de la mère", bc["mother"]),
        ("Profession de la mère", bc["mother_job"]),
        ("Domicile des parents", bc["addr"]),
        ("Date de la déclaration", fr_date(bc["registered"])),
    ]
    for k, v in rows:
        p.rect(14, y, 70, 9, fill="#f5f0e6", lw=0.3)
        p.rect(84, y, 112, 9, lw=0.3)
        p.text(16, y + 6, k, font="Liberation", size=8.6)
        p.text(86, y + 6, v, font="Liberation-Bold", size=10)
        y += 9
    y += 10
    p.text(
        14,
        y,
        "Fait à %s, le %s" % (bc["commune"], fr_date(bc["issued_on"])),
        font="Liberation",
        size=10,
    )
    _officer(
        p,
        120,
        y + 6,
        "L'Officier de l'état civil",
        bc["officer"],
        "",
        font="Liberation",
        size=9.5,
        stamp_top="REPUBLIQUE DU MALI",
        stamp_bottom="ETAT CIVIL",
        stamp_center=bc["commune"][:10].upper(),
        color="#1a5c2e",
        seed=bc["seed"],
    )
    return p.finish()


def drc(bc):
    p = Pdf(seed=bc["seed"])
    p.lines(
        14,
        14,
        [
            "RÉPUBLIQUE DÉMOCRATIQUE DU CONGO",
            "Ville de %s" % bc["ville"],
            "Commune de %s" % bc["commune"],
            "Bureau de l'état civil",
        ],
        font="LiberationSerif-Bold",
        size=9,
        leading=4.6,
    )
    p.text(
        196,
        14,
        "Volume %s — Folio %s" % (bc["volume"], bc["folio"]),
        font="LiberationSerif",
        size=9,
        align="right",
    )
    p.text(
        105,
        42,
        "ACTE DE NAISSANCE N° %s" % bc["act_no"],
        font="LiberationSerif-Bold",
        size=13,
        align="center",
    )
    txt = (
        "L'an %s, le %s jour du mois de %s, à %s heures, devant nous %s, Officier de l'état civil de la Commune de "
        "%s, a comparu %s, lequel nous a déclaré que le %s est né à %s un enfant de sexe %s, nommé : %s (Nom), "
        "%s (Postnom), %s (Prénom), fils/fille de %s et de %s. Lecture faite, le comparant a signé avec nous."
        % (
            words.fr_num(int(bc["registered"][:4])),
            words.fr_num(int(bc["registered"][8:])),
            [
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
            ][int(bc["registered"][5:7]) - 1],
            bc.get("hour", "dix"),
            bc["officer"],
            bc["commune"],
            bc["father"],
            fr_date(bc["dob"]),
            bc["place"],
            _fr_sex(bc["sex"]),
            bc["nom"],
            bc["postnom"],
            bc["prenom"],
            bc["father"],
            bc["mother"],
        )
    )
    y = p.para(20, 56, 170, txt, font="LiberationSerif", size=11, leading=6, justify=True)
    y += 14
    p.text(24, y, "Le comparant", font="LiberationSerif-Bold", size=10)
    p.signature(24, y + 3, w=32, h=10, seed=bc["seed"] + "c")
    _officer(
        p,
        125,
        y,
        "L'Officier de l'état civil",
        bc["officer"],
        "",
        font="LiberationSerif",
        size=10,
        stamp_top="REP. DEM. DU CONGO",
        stamp_bottom="ETAT CIVIL",
        stamp_center=bc["commune"][:10].upper(),
        color="#2b4ba0",
        seed=bc["seed"],
    )
    p.text(
        20,
        270,
        "Pour copie certifiée conforme, délivrée le %s." % fr_date(bc["issued_on"]),
        font="LiberationSerif",
        size=10,
    )
    return p.finish()


# ============================================================================ Apostille

APOSTILLE_LABELS = {
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
        "bears the seal/stamp of",
        "Certified",
        "at",
        "the",
        "by",
        "No",
        "Seal/stamp:",
        "Signature:",
    ],
    "fr_en": [
        "Pays / Country :",
        "Le présent acte public / This public document",
        "a été signé par / has been signed by",
        "agissant en qualité de / acting in the capacity of",
        "est revêtu du sceau / timbre de / bears the seal/stamp of",
        "Attesté / Certified",
        "à / at",
        "le / the",
        "par / by",
        "sous n° / No",
        "Sceau / timbre — Seal / stamp :",
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
    "tr": [
        "Ülke / Country :",
        "Bu resmi belge / This public document",
        "imzalayan / has been signed by",
        "sıfatı / acting in the capacity of",
        "mühür/damga / bears the seal/stamp of",
        "Onaylanmıştır / Certified",
        "yer / at",
        "tarih / the",
        "onaylayan / by",
        "sayı / No",
        "Mühür / Seal :",
        "İmza / Signature :",
    ],
    "uk": [
        "Країна / Country :",
        "Цей офіційний документ / This public document",
        "підписаний / has been signed by",
        "який діє як / acting in the capacity of",
        "скріплений печаткою / bears the seal/stamp of",
        "Засвідчено / Certified",
        "в / at",
        "дата / the",
        "ким / by",
        "№ / No",
        "Печатка / Seal :",
        "Підпис / Signature :",
    ],
}


def apostille(ap, standalone_page=True):
    """Hague apostille. ap: country (as printed), signed_by, capacity, seal_of, at, date (ISO), by, number,
    lang (key of APOSTILLE_LABELS), style ('box' | 'page' | 'eapostille'), header (optional lines), seed."""
    p = Pdf(seed=ap["seed"])
    L = APOSTILLE_LABELS[ap.get("lang", "fr")]
    style = ap.get("style", "box")
    datefmt = ap.get("datefmt", lambda s: fr_date(s))
    if style == "page":
        for i, h in enumerate(ap.get("header", [])):
            p.text(
                105,
                18 + i * 5.5,
                h,
                font="LiberationSerif-Bold",
                size=11 if i == 0 else 9.5,
                align="center",
            )
        x0, y0, w = 25, 50, 160
        p.rect(x0 - 5, y0 - 8, w + 10, 170, stroke="#333333", lw=1.4)
    elif style == "eapostille":
        p.rect(0, 0, 210, 24, stroke=None, fill=ap.get("band", "#1f4e79"))
        for i, h in enumerate(ap.get("header", [])):
            p.text(
                14,
                10 + i * 6,
                h,
                font="Liberation-Bold",
                size=11 if i == 0 else 8.5,
                color="#ffffff",
            )
        x0, y0, w = 25, 44, 160
        p.rect(x0 - 5, y0 - 8, w + 10, 170, stroke="#1f4e79", lw=1.0)
    else:
        x0, y0, w = 40, 40, 130
        p.rect(x0 - 6, y0 - 9, w + 12, 150, stroke="#111111", lw=1.8)
        p.rect(x0 - 4.5, y0 - 7.5, w + 9, 147, stroke="#111111", lw=0.5)
    f = ap.get("font", "LiberationSerif")
    p.text(x0 + w / 2, y0 + 2, "APOSTILLE", font=f + "-Bold", size=17, align="center")
    p.text(
        x0 + w / 2,
        y0 + 8.5,
        "(Convention de La Haye du 5 octobre 1961)",
        font=f + "-Italic",
        size=9.5,
        align="center",
    )
    y = y0 + 20
    vf = ap.get("value_font", "LiberationMono-Bold")

    def item(n, lab, val, yy, x=x0, width=w):
        p.text(x, yy, "%d." % n, font=f + "-Bold", size=10)
        p.text(x + 6, yy, lab, font=f, size=9.2)
        lw_ = p.width(lab + "  ", f, 9.2)
        rows = p.wrap(val, width - 8 - lw_, vf, 9.5)
        if len(rows) > 1 or lw_ > width * 0.55:
            rows = p.wrap(val, width - 10, vf, 9.5)
            for i, r_ in enumerate(rows):
                p.text(
                    x + 8, yy + 5 + i * 4.6, r_, font=vf, size=9.5, color=ap.get("ink", "#111111")
                )
            return yy + 5 + len(rows) * 4.6 + 3
        p.text(x + 6 + lw_, yy, val, font=vf, size=9.5, color=ap.get("ink", "#111111"))
        return yy + 8

    y = item(1, L[0], ap["country"], y)
    p.text(x0 + 6, y, L[1], font=f + "-Italic", size=9.2)
    y += 7
    y = item(2, L[2], ap["signed_by"], y)
    y = item(3, L[3], ap["capacity"], y)
    y = item(4, L[4], ap["seal_of"], y)
    p.text(x0 + w / 2, y + 1, L[5], font=f + "-Bold", size=10.5, align="center")
    y += 9
    yy1 = item(5, L[6], ap["at"], y, width=w / 2)
    item(6, L[7], datefmt(ap["date"]), y, x=x0 + w / 2, width=w / 2)
    y = yy1
    y = item(7, L[8], ap["by"], y)
    y = item(8, L[9], ap["number"], y)
    p.text(x0, y + 2, "9.", font=f + "-Bold", size=10)
    p.text(x0 + 6, y + 2, L[10], font=f, size=9.2)
    p.text(x0 + w / 2, y + 2, "10.", font=f + "-Bold", size=10)
    p.text(x0 + w / 2 + 8, y + 2, L[11], font=f, size=9.2)
    p.stamp(
        x0 + 28,
        y + 20,
        13,
        top=ap.get("stamp_top", ap["country"][:22].upper()),
        bottom=ap.get("stamp_bottom", "APOSTILLE"),
        center=ap.get("stamp_center", "★"),
        color=ap.get("stamp_color", "#2b3f95"),
        angle=ap.get("stamp_angle", 8),
        size=4.8,
    )
    p.signature(x0 + w / 2 + 8, y + 6, w=40, h=14, seed=ap["seed"] + "apo")
    if style == "eapostille":
        p.rect(150, 230, 30, 30, lw=0.4)
        r = rng_for("qr", ap["seed"])
        for i in range(14):
            for j in range(14):
                if r.random() < 0.5:
                    p.rect(151 + i * 2, 231 + j * 2, 2, 2, stroke=None, fill="#000000")
        p.para(
            25,
            232,
            115,
            ap.get("verify", "Verify this apostille online with the number and the date of issue."),
            font="Liberation",
            size=8,
        )
    for i, ln in enumerate(ap.get("footer", [])):
        p.text(105, 275 + i * 4.5, ln, font="Liberation", size=7.5, align="center", color="#444444")
    return p.finish()


# ============================================================================ Sworn translation


def translation(t):
    """A sworn translation into French ("traduction certifiée conforme")."""
    p = Pdf(seed=t["seed"])
    p.lines(
        14,
        14,
        [
            t["translator"],
            "Traductrice-interprète expert près la Cour d'appel de %s" % t["court"],
            t["translator_addr"],
            "Tél. %s — %s" % (t["phone"], t["email"]),
        ],
        font="Carlito",
        size=8.5,
        leading=4,
    )
    p.text(196, 14, "Traduction n° %s" % t["number"], font="Carlito-Bold", size=9, align="right")
    p.text(105, 40, "TRADUCTION CERTIFIÉE CONFORME", font="Carlito-Bold", size=14, align="center")
    p.text(
        105,
        46,
        "Traduit de l'%s" % t["source_lang"],
        font="Carlito-Italic",
        size=10,
        align="center",
    )
    y = 58
    for ln in t["header"]:
        p.text(105, y, ln, font="Carlito-Bold", size=10.5, align="center")
        y += 5.5
    y += 6
    for k, v in t["rows"]:
        p.text(20, y, k, font="Carlito", size=10.5)
        p.text(85, y, v, font="Carlito-Bold", size=10.5)
        y += 7
    y += 4
    for para in t.get("paras", []):
        y = p.para(20, y, 170, para, font="Carlito", size=10.5, leading=5) + 3
    y += 6
    p.text(
        20,
        y,
        "[Sceau : %s]   [Signature illisible]" % t.get("seal", "illisible"),
        font="Carlito-Italic",
        size=9.5,
    )
    y += 16
    p.para(
        20,
        y,
        170,
        "Je soussignée, %s, traductrice-interprète expert près la Cour d'appel de %s, certifie que la "
        "présente traduction, composée de %d page(s), est conforme à l'original rédigé en langue %s qui m'a été "
        "présenté et que j'ai visé ne varietur sous le numéro %s de mon répertoire."
        % (t["translator"], t["court"], 1, t["source_lang_adj"], t["number"]),
        font="Carlito",
        size=10,
        leading=4.8,
    )
    y += 28
    p.text(120, y, "Fait à %s, le %s" % (t["place"], fr_date(t["date"])), font="Carlito", size=10)
    p.signature(125, y + 3, w=36, h=12, seed=t["seed"] + "tr")
    p.stamp(
        100,
        y + 14,
        14,
        top=t["translator"].upper()[:24],
        bottom="EXPERT COUR D'APPEL",
        center=t["court"].upper()[:10],
        color="#1b3f8a",
        size=4.6,
        angle=-6,
    )
    return p.finish()
