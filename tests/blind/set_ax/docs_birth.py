"""Birth certificates as issued in Algeria, Côte d'Ivoire, Bangladesh and Peru; apostilles."""

from __future__ import annotations

import random

from PIL import Image, ImageDraw

from docs_id import dmy
from gfx import INK_BLUE, Page, guilloche, render, signature, stamp

DARK = (20, 20, 25)


def _barcode(rng: random.Random, n: int = 70) -> Image.Image:
    img = Image.new("RGBA", (n * 6, 80), (255, 255, 255, 0))
    d = ImageDraw.Draw(img)
    x = 0
    while x < n * 6 - 6:
        w = rng.choice([2, 2, 4, 6])
        d.rectangle([x, 0, x + w - 1, 79], fill=(0, 0, 0, 255))
        x += w + rng.choice([2, 4, 4, 6])
    return img


def _qr(data: str, n: int = 29, box: int = 8) -> Image.Image:
    """A QR-looking symbol (finder patterns, timing, data modules seeded by the payload).

    The qrcode package is not installed; the symbol is decorative, not decodable."""
    rng = random.Random(data)
    img = Image.new("RGB", ((n + 2) * box, (n + 2) * box), "white")
    d = ImageDraw.Draw(img)

    def mod(x, y):
        d.rectangle(
            [(x + 1) * box, (y + 1) * box, (x + 2) * box - 1, (y + 2) * box - 1], fill="black"
        )

    finder = {
        (x, y)
        for ox, oy in ((0, 0), (n - 7, 0), (0, n - 7))
        for x in range(ox, ox + 7)
        for y in range(oy, oy + 7)
    }
    for x in range(n):
        for y in range(n):
            if (x, y) in finder:
                fx, fy = x % (n - 7) if x >= n - 7 else x, y % (n - 7) if y >= n - 7 else y
                ring = max(abs(fx - 3), abs(fy - 3))
                if ring != 2:
                    mod(x, y)
            elif x < 8 and y < 8 or x >= n - 8 and y < 8 or x < 8 and y >= n - 8:
                continue
            elif x == 6 or y == 6:
                if (x + y) % 2 == 0:
                    mod(x, y)
            elif rng.random() < 0.5:
                mod(x, y)
    return img


def algeria(b: dict, rng: random.Random, dpi: int = 200) -> Image.Image:
    """Extrait d'acte de naissance, bilingual French (left) / Arabic (right), commune (APC)."""
    pg = Page(bg=(252, 251, 246))
    pg.text(105, 14, "الجمهورية الجزائرية الديمقراطية الشعبية", 13, "arb", DARK, "m")
    pg.text(105, 20, "RÉPUBLIQUE ALGÉRIENNE DÉMOCRATIQUE ET POPULAIRE", 10, "serifb", DARK, "m")
    left = [
        f"Wilaya d'{b['wilaya']}",
        f"Daïra d'{b['wilaya']}",
        f"Commune d'{b['wilaya']}",
        "Service de l'État Civil",
    ]
    right = [
        f"ولاية {b['wilaya_ar']}",
        f"دائرة {b['wilaya_ar']}",
        f"بلدية {b['wilaya_ar']}",
        "مصلحة الحالة المدنية",
    ]
    for i, (a, r) in enumerate(zip(left, right, strict=True)):
        pg.text(14, 32 + i * 5.5, a, 10, "serif", DARK)
        pg.text(196, 32 + i * 5.5, r, 12, "ar", DARK, "r")
    pg.text(105, 62, "مستخرج من عقد الميلاد", 16, "arb", DARK, "m")
    pg.text(105, 70, "EXTRAIT D'ACTE DE NAISSANCE", 14, "serifb", DARK, "m")
    pg.text(14, 82, f"N° {b['act_no']}   Année {b['dob'][:4]}", 11, "serifb", DARK)
    pg.text(196, 82, f"رقم {b['act_no']}   سنة {b['dob'][:4]}", 12, "arb", DARK, "r")
    pg.line(12, 86, 198, 86, DARK, 0.4)
    rows = [
        ("Le :", f"{dmy(b['dob'])} à {b['hour']}", "في :", b["dob_words"]),
        ("Est né(e) à :", b["pob"], "ولد(ت) ب :", b["pob_ar"]),
        ("Nom :", b["surname"], "اللقب :", b["surname_ar"]),
        ("Prénom(s) :", b["given"], "الاسم :", b["given_ar"]),
        ("Sexe :", b["sex_fr"], "الجنس :", b["sex_ar"]),
        ("Fils / Fille de :", b["father"], "ابن / ابنة :", b["father_ar"]),
        ("et de :", b["mother"], "و :", b["mother_ar"]),
    ]
    y = 97
    for lf, vf, la, va in rows:
        pg.text(14, y, lf, 10.5, "serif", DARK)
        pg.text(48, y, vf, 11, "serifb", DARK)
        pg.text(196, y, la, 12, "ar", DARK, "r")
        pg.text(170, y, va, 12.5, "arb", DARK, "r")
        pg.line(46, y + 1.6, 112, y + 1.6, (150, 150, 150), 0.15, dash=True)
        y += 10
    pg.text(48, y, b["dob_words_fr"], 9.5, "serifi", DARK)
    y += 12
    pg.text(14, y, "Mentions marginales :", 10.5, "serif", DARK)
    pg.text(60, y, b.get("mentions", "Néant"), 11, "serifb", DARK)
    pg.text(196, y, "البيانات الهامشية : لا شيء", 12, "ar", DARK, "r")
    y += 18
    pg.text(
        14,
        y,
        f"Extrait certifié conforme, délivré à {b['wilaya']}, le {dmy(b['issued'])}",
        10.5,
        "serif",
        DARK,
    )
    pg.text(
        196,
        y + 8,
        f"مستخرج مطابق للأصل، حرر ب{b['wilaya_ar']} في {dmy(b['issued'])}",
        12,
        "ar",
        DARK,
        "r",
    )
    pg.text(150, y + 20, "L'Officier de l'État Civil", 10.5, "serifb", DARK, "m")
    pg.text(150, y + 26, "ضابط الحالة المدنية", 12, "arb", DARK, "m")
    pg.image(
        stamp(
            rng,
            "REPUBLIQUE ALGERIENNE * APC " + b["wilaya"].upper() + " * ",
            ["ETAT CIVIL", "الحالة المدنية"],
            (60, 50, 150),
            420,
        ),
        118,
        y + 24,
        36,
        36,
    )
    pg.image(signature(rng, color=INK_BLUE), 140, y + 30, 44, 18)
    pg.text(
        14,
        285,
        "Imprimé n° 12 — Loi n° 70-20 du 19 février 1970 relative à l'état civil",
        7,
        "serif",
        (80, 80, 80),
    )
    return render(pg, dpi)


def cote_divoire(b: dict, rng: random.Random, dpi: int = 200) -> Image.Image:
    """Extrait du registre des actes de l'état civil (naissance), centre d'état civil."""
    pg = Page(bg=(250, 248, 240))
    for i, s in enumerate(
        [
            f"DEPARTEMENT DE {b['dept']}",
            f"COMMUNE DE {b['commune']}",
            f"CENTRE D'ETAT CIVIL DE {b['centre']}",
        ]
    ):
        pg.text(14, 16 + i * 5, s, 9, "sansb", DARK)
    pg.text(190, 16, "REPUBLIQUE DE COTE D'IVOIRE", 9, "sansb", DARK, "r")
    pg.text(175, 21, "Union - Discipline - Travail", 8, "serifi", DARK, "m")
    pg.rect(150, 26, 42, 20, stroke=(120, 80, 40), fill=(244, 226, 196), lw=0.3)
    pg.text(171, 33, "TIMBRE FISCAL", 7, "sansb", (120, 60, 30), "m")
    pg.text(171, 40, "500 F CFA", 9, "sansb", (120, 60, 30), "m")
    pg.text(105, 56, "ETAT CIVIL", 12, "serifb", DARK, "m")
    pg.text(105, 64, "EXTRAIT", 15, "serifb", DARK, "m")
    pg.text(
        105,
        71,
        f"du registre des actes de l'état civil pour l'année {b['dob'][:4]}",
        10.5,
        "serif",
        DARK,
        "m",
    )
    pg.line(14, 76, 196, 76, DARK, 0.4)
    pg.line(60, 76, 60, 228, DARK, 0.3)
    pg.text(16, 84, f"N° {b['act_no']}", 10, "sansb", DARK)
    pg.text(16, 90, f"DU {dmy(b['reg_date'])}", 9, "sans", DARK)
    pg.text(16, 100, "NAISSANCE DE", 9, "sansb", DARK)
    y = 106
    for part in [b["surname"]] + b["given"].split():
        pg.text(16, y, part, 10, "sansb", DARK)
        y += 5.5
    body = (
        f"Le {b['dob_words']} à {b['hour']} est né(e) {b['surname']} {b['given']} à "
        f"{b['pob']}, fils de {b['father']}, profession {b['father_job']}, et de "
        f"{b['mother']}, profession {b['mother_job']}."
    )
    yy = pg.para(65, 86, body, 126, 11, "serif", 1.6)
    pg.text(65, yy + 8, "MENTIONS (éventuellement) :", 10, "sansb", DARK)
    yy += 16
    for m in b["mentions"]:
        yy = pg.para(70, yy, m, 120, 10.5, "serif", 1.5)
    pg.line(14, 228, 196, 228, DARK, 0.4)
    pg.para(
        14,
        238,
        "Certifié le présent extrait conforme aux indications portées au registre.",
        180,
        10.5,
        "serif",
    )
    pg.text(120, 250, f"Délivré à {b['place_issued']}, le {dmy(b['issued'])}", 10.5, "serif", DARK)
    pg.text(140, 258, "L'Officier de l'Etat Civil", 10.5, "serifb", DARK, "m")
    pg.image(
        stamp(
            rng,
            "REPUBLIQUE DE COTE D'IVOIRE * MAIRIE DE " + b["commune"] + " * ",
            ["ETAT CIVIL"],
            (120, 50, 130),
            420,
        ),
        96,
        252,
        34,
        34,
    )
    pg.image(signature(rng, color=(20, 20, 60)), 130, 262, 46, 18)
    pg.text(150, 284, b["officer"], 9, "sansb", DARK, "m")
    return render(pg, dpi)


def bangladesh(b: dict, rng: random.Random, dpi: int = 200) -> Image.Image:
    """BDRIS Birth Registration Certificate, Bengali / English, 17-digit BRN, QR + barcode."""
    pg = Page()
    pg.image(guilloche(1600, 2300, (60, 160, 90), rng, 18), 5, 5, 200, 287)
    pg.rect(8, 8, 194, 281, stroke=(30, 120, 70), lw=0.8)
    pg.image(_qr(f"https://bdris.gov.bd/certificate/verify?key={b['brn']}"), 14, 14, 26, 26)
    pg.image(_barcode(rng), 150, 16, 46, 9)
    pg.text(196, 29, b["brn"], 8, "mono", DARK, "r")
    pg.text(196, 13, "Rule 9, 10", 7, "sans", DARK, "r")
    pg.image(stamp(rng, "GOVERNMENT OF BANGLADESH * ", ["শাপলা"], (20, 110, 60), 300), 96, 10, 18, 18)
    pg.text(105, 34, "গণপ্রজাতন্ত্রী বাংলাদেশ সরকার", 12, "bnb", DARK, "m")
    pg.text(105, 40, "Government of the People's Republic of Bangladesh", 10.5, "sansb", DARK, "m")
    pg.text(
        105, 46, "Office of the Registrar, Birth and Death Registration", 9.5, "sans", DARK, "m"
    )
    pg.text(105, 52, b["office"], 9.5, "sans", DARK, "m")
    pg.text(
        105, 64, "জন্ম নিবন্ধন সনদ / Birth Registration Certificate", 14, "bnb", (20, 100, 50), "m"
    )
    top = [
        ("Date of Registration", dmy(b["reg_date"])),
        ("Register No.", b["register_no"]),
        ("Date of Issuance", dmy(b["issued"])),
    ]
    x = 16
    for lab, val in top:
        pg.text(x, 75, lab, 8.5, "sans", DARK)
        pg.text(x, 80, val, 10, "sansb", DARK)
        x += 62
    pg.text(105, 91, "Birth Registration Number", 9, "sans", DARK, "m")
    pg.text(105, 98, b["brn"], 15, "sansb", DARK, "m")
    rows = [
        ("জন্ম তারিখ", dmy(b["dob"]), "Date of Birth", dmy(b["dob"])),
        ("কথায়", b["dob_words_bn"], "In Word", b["dob_words"]),
        ("লিঙ্গ", "পুরুষ", "Sex", "Male"),
        ("নিবন্ধিত ব্যক্তির নাম", b["name_bn"], "Registered Person's Name", b["name"]),
        ("জন্মস্থান", b["pob_bn"], "Place of Birth", b["pob"]),
        ("মাতার নাম", b["mother_bn"], "Mother's Name", b["mother"]),
        ("মাতার জাতীয়তা", "বাংলাদেশী", "Mother's Nationality", "Bangladeshi"),
        ("পিতার নাম", b["father_bn"], "Father's Name", b["father"]),
        ("পিতার জাতীয়তা", "বাংলাদেশী", "Father's Nationality", "Bangladeshi"),
    ]
    y = 112
    for lb, vb, le, ve in rows:
        pg.text(16, y, lb, 9.5, "bn", DARK)
        pg.text(50, y, ": " + vb, 10 if len(vb) < 18 else 8, "bnb", DARK)
        pg.text(108, y, le, 9, "sans", DARK)
        pg.text(152, y, ": " + ve, 9.5 if len(ve) < 24 else 7, "sansb", DARK)
        y += 11
    pg.image(signature(rng, color=(20, 20, 20)), 20, 226, 40, 15)
    pg.image(signature(rng, color=(20, 20, 20)), 140, 226, 40, 15)
    pg.image(
        stamp(
            rng, "REGISTRAR BIRTH & DEATH * ", [b["office"].split(",")[0][:18]], (150, 40, 120), 380
        ),
        150,
        214,
        30,
        30,
    )
    pg.text(40, 248, "Seal & Signature", 8, "sans", DARK, "m")
    pg.text(40, 253, "Assistant to Registrar", 8, "sans", DARK, "m")
    pg.text(40, 258, "(Preparation, Verification)", 8, "sans", DARK, "m")
    pg.text(160, 248, "Seal & Signature", 8, "sans", DARK, "m")
    pg.text(160, 253, "Registrar", 8, "sans", DARK, "m")
    pg.text(
        105,
        278,
        "This certificate is generated from bdris.gov.bd, and to verify this "
        "certificate, please scan the above QR Code & Bar Code.",
        7,
        "sans",
        DARK,
        "m",
    )
    return render(pg, dpi)


def peru(b: dict, rng: random.Random, dpi: int = 200) -> Image.Image:
    """Copia certificada de acta de nacimiento (RENIEC / municipal OREC)."""
    pg = Page(bg=(253, 252, 250))
    pg.image(guilloche(1600, 2300, (200, 70, 80), rng, 14), 5, 5, 200, 287)
    pg.text(105, 14, "REPÚBLICA DEL PERÚ", 12, "sansb", DARK, "m")
    pg.text(
        105,
        20,
        "REGISTRO NACIONAL DE IDENTIFICACIÓN Y ESTADO CIVIL - RENIEC",
        9,
        "sansb",
        DARK,
        "m",
    )
    pg.text(105, 32, "ACTA DE NACIMIENTO", 15, "sansb", (140, 20, 30), "m")
    pg.text(16, 42, f"N° DE ACTA: {b['act_no']}", 10, "sansb", DARK)
    pg.text(194, 42, f"CUI: {b['cui']}", 10, "sansb", DARK, "r")

    def box(y, title, cells):
        pg.rect(14, y, 182, 5.5, stroke=DARK, fill=(225, 225, 230), lw=0.3)
        pg.text(16, y + 4, title, 8.5, "sansb", DARK)
        y += 5.5
        for row in cells:
            w = 182 / len(row)
            for i, (lab, val) in enumerate(row):
                pg.rect(14 + i * w, y, w, 11, stroke=DARK, lw=0.2)
                pg.text(15.5 + i * w, y + 3.5, lab, 6.5, "sans", (70, 70, 70))
                pg.text(15.5 + i * w, y + 9, val, 9.5 if len(val) < 26 else 7.5, "mono", DARK)
            y += 11
        return y + 3

    y = box(
        48,
        "DATOS DEL NACIDO(A)",
        [
            [
                ("PRIMER APELLIDO", b["ap1"]),
                ("SEGUNDO APELLIDO", b["ap2"]),
                ("PRE NOMBRES", b["given"]),
            ],
            [("SEXO", "FEMENINO"), ("FECHA DE NACIMIENTO", dmy(b["dob"])), ("HORA", b["hour"])],
            [("LUGAR DE NACIMIENTO", b["place"]), ("DEPARTAMENTO", b["dep"])],
            [("PROVINCIA", b["prov"]), ("DISTRITO", b["dist"])],
        ],
    )
    y = box(
        y,
        "DATOS DE LA MADRE",
        [
            [
                ("APELLIDOS Y NOMBRES", b["mother"]),
                ("DNI", b["mother_dni"]),
                ("NACIONALIDAD", "PERUANA"),
            ]
        ],
    )
    y = box(
        y,
        "DATOS DEL PADRE",
        [
            [
                ("APELLIDOS Y NOMBRES", b["father"]),
                ("DNI", b["father_dni"]),
                ("NACIONALIDAD", "PERUANA"),
            ]
        ],
    )
    y = box(
        y, "DATOS DEL DECLARANTE", [[("APELLIDOS Y NOMBRES", b["father"]), ("VÍNCULO", "PADRE")]]
    )
    y = box(
        y,
        "OFICINA DE REGISTROS DEL ESTADO CIVIL",
        [[("OFICINA", b["office"]), ("FECHA DE INSCRIPCIÓN", dmy(b["reg_date"]))]],
    )
    pg.text(16, y + 4, "OBSERVACIONES: NINGUNA", 9, "sans", DARK)
    pg.image(signature(rng, color=INK_BLUE), 130, y + 6, 46, 18)
    pg.text(153, y + 28, b["registrar"], 8.5, "sansb", DARK, "m")
    pg.text(153, y + 32, "REGISTRADOR CIVIL", 8, "sans", DARK, "m")
    pg.para(
        16,
        y + 42,
        "LA PRESENTE COPIA CERTIFICADA ES CONFORME AL ACTA QUE OBRA EN EL "
        "ARCHIVO REGISTRAL, EXPEDIDA A SOLICITUD DE PARTE PARA LOS FINES QUE ESTIME "
        f"CONVENIENTE. {b['city']}, {b['issued_words']}.",
        178,
        8.5,
        "sans",
    )
    pg.image(
        stamp(
            rng,
            "MUNICIPALIDAD DISTRITAL DE " + b["dist"] + " * ",
            ["OREC", "REGISTRO CIVIL"],
            (40, 50, 150),
            420,
        ),
        70,
        y + 6,
        32,
        32,
    )
    pg.text(105, 287, "Verifique la autenticidad en www.reniec.gob.pe", 7, "sans", DARK, "m")
    return render(pg, dpi)


def apostille(a: dict, rng: random.Random, dpi: int = 200) -> Image.Image:
    """Hague model apostille: the 10 numbered items, bilingual as the issuing state prints it."""
    pg = Page(bg=(252, 252, 250))
    x0, y0 = 25, 30
    pg.rect(x0 - 5, y0 - 12, 170, 175, stroke=DARK, lw=0.5)
    pg.text(105, y0, "APOSTILLE", 18, "serifb", DARK, "m")
    pg.text(105, y0 + 7, "(Convention de La Haye du 5 octobre 1961)", 10, "serifi", DARK, "m")
    if a.get("header"):
        pg.text(105, y0 - 5, a["header"], 8, "sansb", DARK, "m")
    L = a["labels"]
    vals = a["values"]
    y = y0 + 20
    pg.text(x0, y, f"1. {L[0]}: {vals[0]}", 10.5, "serif", DARK)
    y += 8
    pg.text(x0, y, L[1], 10, "serif", DARK)
    y += 8
    for i in range(1, 4):
        pg.text(x0, y, f"{i + 1}. {L[i + 1]}:", 10, "serif", DARK)
        pg.text(x0 + 72, y, vals[i], 10.5, "serifb", DARK)
        y += 8
    pg.text(105, y + 2, L[5], 11, "serifb", DARK, "m")
    y += 12
    for i in range(4, 8):
        pg.text(x0 + (80 if i % 2 else 0), y, f"{i + 1}. {L[i + 2]}: {vals[i]}", 10, "serif", DARK)
        if i % 2:
            y += 8
    pg.text(x0, y + 8, f"9. {L[10]}:", 10, "serif", DARK)
    pg.text(x0 + 80, y + 8, f"10. {L[11]}:", 10, "serif", DARK)
    pg.image(stamp(rng, a["stamp"], a["stamp_c"], (30, 50, 140), 420), x0 + 10, y + 12, 40, 40)
    pg.image(signature(rng, color=INK_BLUE), x0 + 85, y + 16, 50, 20)
    pg.text(x0 + 110, y + 42, a["signer"], 9, "sansb", DARK, "m")
    if a.get("verify"):
        pg.image(_qr(a["verify"]), 160, 206, 22, 22)
        pg.text(x0, 215, a["verify_text"], 7.5, "sans", DARK)
    return render(pg, dpi)
