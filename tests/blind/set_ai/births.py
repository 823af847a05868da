"""Birth certificates of Vietnam, Nigeria, Lebanon and Chile (reportlab, A4)."""

from __future__ import annotations

import random

from civil import P


def vn_birth(c, b: dict, rng: random.Random):
    """Trích lục khai sinh (bản sao): the extract issued by the commune/ward People's Committee."""
    p = P(c)
    red = (190, 30, 30)
    p.t(50, 18, "ỦY BAN NHÂN DÂN", "serif-b", 9.5, align="c")
    p.t(50, 22.5, b["ward"].upper(), "serif-b", 9.5, align="c")
    p.line(38, 24.5, 62, 24.5)
    p.t(145, 18, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "serif-b", 9.5, align="c")
    p.t(145, 22.5, "Độc lập - Tự do - Hạnh phúc", "serif-b", 10, align="c")
    p.line(125, 24.5, 165, 24.5)
    p.t(50, 31, f"Số: {b['reg_no']}/TLKS-BS", "serif", 9.5, align="c")
    p.t(105, 46, "TRÍCH LỤC KHAI SINH", "serif-b", 15, align="c")
    p.t(105, 52, "(BẢN SAO)", "serif-b", 10.5, align="c")
    rows = [
        ("Họ, chữ đệm, tên:", b["full"]),
        ("Ngày, tháng, năm sinh:", b["dob_fr"] + "     ghi bằng chữ: " + b["dob_words"]),
        ("Giới tính:", b["sex"] + "        Dân tộc: Kinh        Quốc tịch: Việt Nam"),
        ("Nơi sinh:", b["pob"]),
        ("Quê quán:", b["hometown"]),
        ("Số định danh cá nhân:", b["pin"]),
        ("Họ, chữ đệm, tên người mẹ:", b["mother"]),
        ("Năm sinh:", b["mother_y"] + "     Dân tộc: Kinh     Quốc tịch: Việt Nam"),
        ("Nơi cư trú:", b["residence"]),
        ("Họ, chữ đệm, tên người cha:", b["father"]),
        ("Năm sinh:", b["father_y"] + "     Dân tộc: Kinh     Quốc tịch: Việt Nam"),
        ("Nơi cư trú:", b["residence"]),
        ("Nơi đăng ký khai sinh:", b["reg_place"]),
        ("Ngày, tháng, năm đăng ký:", b["reg_date"]),
    ]
    y = 66
    for lab, val in rows:
        p.t(22, y, lab, "serif", 10)
        p.t(78, y, val, "serif-b", 10)
        y += 8
    p.t(20, y + 6, "Sao từ Sổ đăng ký khai sinh", "serif", 9)
    p.t(145, y + 6, b["copy_place_date"], "serif", 9.5, align="c")
    p.t(145, y + 12, "TL. CHỦ TỊCH", "serif-b", 9.5, align="c")
    p.t(145, y + 16.5, "CÔNG CHỨC TƯ PHÁP - HỘ TỊCH", "serif-b", 9.5, align="c")
    p.stamp(133, y + 30, 17, ["ỦY BAN NHÂN DÂN " + b["ward"].upper(), "★", "HÀ NỘI"], red,
            rng.uniform(-15, 15))  # fmt: skip
    p.scribble(138, y + 32, 30, rng)
    p.t(145, y + 48, b["officer"], "serif-b", 10, align="c")


def legalisation_vn(c, b: dict, rng: random.Random):
    """Back of the page: Vietnamese MOFA consular authentication + French embassy."""
    p = P(c)
    p.rect_stamp(22, 40, 110, [
        "BỘ NGOẠI GIAO / MINISTRY OF FOREIGN AFFAIRS",
        "CHỨNG NHẬN LÃNH SỰ / CONSULAR AUTHENTICATION",
        "Chứng nhận chữ ký và con dấu trên giấy tờ này là của:",
        f"Certified the signature and seal of: {b['officer']}",
        "Công chức tư pháp - hộ tịch, UBND " + b["ward"],
        f"Số / No: {b['leg_no']}    Hà Nội, ngày / date {b['leg_date']}",
    ], (180, 40, 40), rng.uniform(-2, 2), "cond-b", 7.5)  # fmt: skip
    p.scribble(85, 82, 30, rng)
    p.rect_stamp(60, 120, 120, [
        "AMBASSADE DE FRANCE AU VIETNAM - SERVICE CONSULAIRE",
        "Vu pour légalisation de la signature et du cachet",
        "du Département consulaire du Ministère des Affaires étrangères",
        f"Hanoï, le {b['fr_leg_date']}    N° {b['fr_leg_no']}",
        "Droits perçus : 20 EUR    L'agent consulaire",
    ], (40, 60, 150), rng.uniform(-3, 3), "cond-b", 7.5)  # fmt: skip
    p.stamp(160, 165, 13, ["AMBASSADE DE FRANCE", "RF", "HANOÏ"], (40, 60, 150), 10)


def ng_birth(c, b: dict, rng: random.Random):
    """National Population Commission certificate of birth."""
    p = P(c)
    green = (0, 120, 60)
    p.rect(10, 10, 190, 200, green, lw=3)
    p.rect(13, 13, 184, 194, green, lw=0.8)
    p.stamp(105, 32, 11, ["FEDERAL REPUBLIC OF NIGERIA", "UNITY & FAITH", "PEACE & PROGRESS"],
            green, 0)  # fmt: skip
    p.t(105, 52, "NATIONAL POPULATION COMMISSION", "libserif-b", 15, green, "c")
    p.t(105, 59, "CERTIFICATE OF BIRTH", "libserif-b", 18, align="c")
    p.t(105, 65, "(Births and Deaths etc. (Compulsory Registration) Act, 1992)", "libserif", 8.5,
        align="c")  # fmt: skip
    p.t(30, 75, "Certificate No.:", "libserif", 10)
    p.t(62, 75, b["cert_no"], "mono", 11, (180, 20, 20))
    p.t(120, 75, "Registration Centre:", "libserif", 10)
    p.t(157, 75, b["centre"], "libserif-b", 10)
    rows = [
        ("Surname of Child", b["surname"]),
        ("First Name", b["first"]),
        ("Other Names", b["other"]),
        ("Sex", b["sex"]),
        ("Date of Birth", b["dob_disp"]),
        ("Place of Birth", b["pob"]),
        ("Town / Village", b["town"]),
        ("L.G.A.", b["lga"]),
        ("State", b["state"]),
        ("Father's Full Name", b["father"]),
        ("Mother's Full Name", b["mother"]),
        ("Date of Registration", b["reg_date"]),
    ]
    y = 88
    for lab, val in rows:
        p.t(30, y, lab, "libserif", 10.5)
        p.t(80, y, ":", "libserif", 10.5)
        p.line(84, y + 1, 180, y + 1, (120, 120, 120), 0.3, [1, 1])
        p.t(86, y, val, "libserif-b", 11)
        y += 8.2
    p.scribble(40, y + 12, 35, rng)
    p.line(30, y + 16, 90, y + 16)
    p.t(60, y + 20, "Registrar", "libserif", 9, align="c")
    p.t(60, y + 24, b["registrar"], "libserif-b", 9, align="c")
    p.stamp(150, y + 12, 14, ["NATIONAL POPULATION COMMISSION", "NPC", b["state"].upper()],
            (120, 30, 140), rng.uniform(-20, 20))  # fmt: skip


def lb_birth(c, b: dict, rng: random.Random):
    """Lebanese extrait d'état civil individuel (French-language issue)."""
    p = P(c)
    p.t(105, 18, "RÉPUBLIQUE LIBANAISE", "libserif-b", 13, align="c")
    p.t(105, 24, "Ministère de l'Intérieur et des Municipalités", "libserif", 10, align="c")
    p.t(105, 29, "Direction Générale du Statut Personnel", "libserif", 10, align="c")
    p.rect(60, 36, 90, 11, lw=1)
    p.t(105, 43.5, "EXTRAIT D'ÉTAT CIVIL INDIVIDUEL", "libserif-b", 11.5, align="c")
    p.t(20, 57, f"Mohafazat : {b['mohafazat']}", "libserif", 10)
    p.t(90, 57, f"Caza : {b['caza']}", "libserif", 10)
    p.t(145, 57, f"Localité : {b['locality']}", "libserif", 10)
    p.t(20, 64, f"N° du registre : {b['reg_no']}", "libserif", 10)
    rows = [
        ("Nom", b["surname"]),
        ("Prénom", b["given"]),
        ("Nom du père", b["father"]),
        ("Nom et prénom de la mère", b["mother"]),
        ("Lieu de naissance", b["pob"]),
        ("Date de naissance", b["dob_disp"]),
        ("Sexe", b["sex"]),
        ("Situation de famille", b["marital"]),
        ("Observations", "Néant"),
    ]
    y = 76
    for lab, val in rows:
        p.rect(20, y - 5.5, 62, 9, (90, 90, 90), lw=0.5)
        p.rect(82, y - 5.5, 108, 9, (90, 90, 90), lw=0.5)
        p.t(23, y, lab, "libserif", 10)
        p.t(85, y, val, "libserif-b", 10.5)
        y += 9
    p.t(20, y + 8, "Certifié conforme aux registres de l'état civil.", "libserif", 10)
    p.t(130, y + 16, f"Délivré le {b['issued']}", "libserif", 10)
    p.t(130, y + 22, "Le Préposé à l'état civil", "libserif", 10)
    p.stamp(150, y + 40, 15, ["DIRECTION DU STATUT PERSONNEL", "RL", b["caza"].upper()],
            (40, 50, 150), rng.uniform(-20, 20))  # fmt: skip
    p.scribble(128, y + 36, 30, rng)
    p.rect_stamp(22, y + 62, 92, [
        "RÉPUBLIQUE LIBANAISE",
        "Ministère des Affaires Étrangères et des Émigrés",
        "Vu pour légalisation de la signature ci-dessus",
        f"Beyrouth, le {b['leg_date']}   N° {b['leg_no']}",
    ], (130, 40, 120), rng.uniform(-3, 3), "cond-b", 7.5)  # fmt: skip
    p.rect_stamp(118, y + 72, 78, [
        "AMBASSADE DE FRANCE AU LIBAN",
        "Vu pour légalisation de la signature",
        f"de M. {b['mfa_officer']}",
        f"Beyrouth, le {b['fr_leg_date']}",
    ], (40, 60, 150), rng.uniform(-4, 4), "cond-b", 7.5)  # fmt: skip


def cl_birth(c, b: dict, rng: random.Random):
    """Certificado de nacimiento del Servicio de Registro Civil e Identificación (online issue)."""
    p = P(c)
    blue = (0, 60, 130)
    p.rect(15, 12, 24, 24, blue, fill=(0, 60, 130))
    p.t(27, 27, "SRCeI", "open-b", 8, (255, 255, 255), "c")
    p.t(45, 20, "SERVICIO DE REGISTRO CIVIL E IDENTIFICACIÓN", "open-b", 10, blue)
    p.t(45, 25, "REPÚBLICA DE CHILE", "open", 9, blue)
    p.t(105, 48, "CERTIFICADO DE NACIMIENTO", "open-b", 15, align="c")
    p.t(105, 54, "Para: TODO TRÁMITE", "open", 9.5, align="c")
    rows = [
        ("Circunscripción", b["circ"]),
        ("Nro. inscripción", b["insc"]),
        ("Registro", "S"),
        ("Año", b["year"]),
        ("Nombre inscrito", b["name"]),
        ("R.U.N.", b["run"]),
        ("Fecha nacimiento", b["dob_disp"]),
        ("Sexo", b["sex"]),
        ("Nombre del padre", b["father"]),
        ("R.U.N. del padre", b["father_run"]),
        ("Nombre de la madre", b["mother"]),
        ("R.U.N. de la madre", b["mother_run"]),
    ]
    y = 70
    for lab, val in rows:
        p.t(25, y, lab, "open", 9.5)
        p.t(75, y, ":", "open", 9.5)
        p.t(79, y, val, "open-b", 9.5)
        y += 7
    p.t(25, y + 6, f"Fecha emisión: {b['issued']}", "open", 9)
    p.t(25, y + 12, f"Código de verificación: {b['verif']}", "mono", 9.5)
    p.t(25, y + 18, "Verifique este documento en www.registrocivil.cl", "open", 8.5)
    g = random.Random(b["verif"])
    x0, y0 = 150, y - 2
    for i in range(25):
        for j in range(25):
            corner = (i < 7 and j < 7) or (i < 7 and j > 17) or (i > 17 and j < 7)
            on = g.random() < 0.5
            if corner:
                on = i in (0, 6, 18, 24) or j in (0, 6, 18, 24) or (
                    (2 <= i % 18 <= 4) and (2 <= j % 18 <= 4))  # fmt: skip
            if on:
                p.rect(x0 + i * 1.2, y0 + j * 1.2, 1.2, 1.2, (0, 0, 0), (0, 0, 0), lw=0)
    p.t(25, y + 30, "Firma Electrónica Avanzada", "open-b", 8)
    p.t(25, y + 34, "Servicio de Registro Civil e Identificación", "open", 8)
    p.t(25, 280, "Incorpora Firma Electrónica Avanzada - Ley 19.799", "open", 7, (90, 90, 90))
