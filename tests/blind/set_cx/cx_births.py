"""Birth certificates (Nigeria, Venezuela, Armenia, Syria), apostille, sworn translation."""

from __future__ import annotations

from PIL import Image, ImageDraw
from reportlab.lib.colors import Color, HexColor, black

from cx_civil import wrap
from cx_common import (
    a4_canvas,
    guilloche,
    pil_font,
    rect_stamp,
    rl_font,
    signature,
    stamp,
)


# ------------------------------------------------------------------ birth certificates
def birth_ng(c, b):
    """Nigeria, National Population Commission certificate of birth (front)."""
    f, fb = rl_font("dserif"), rl_font("dserif-b")
    c.setStrokeColor(HexColor("#1c6b3a"))
    c.setLineWidth(3)
    c.rect(30, 300, 535, 510)
    c.setLineWidth(0.8)
    c.rect(36, 306, 523, 498)
    c.setFillColor(HexColor("#1c6b3a"))
    c.setFont(fb, 13)
    c.drawCentredString(297, 780, "FEDERAL REPUBLIC OF NIGERIA")
    c.setFont(fb, 11)
    c.drawCentredString(297, 762, "NATIONAL POPULATION COMMISSION")
    c.setFont(fb, 17)
    c.drawCentredString(297, 736, "CERTIFICATE OF BIRTH")
    c.setFillColor(black)
    c.setFont(f, 8)
    c.drawCentredString(
        297, 722, "(Births and Deaths etc. (Compulsory Registration) Act, Cap B9 LFN 2004)"
    )
    c.setFont(f, 9.5)
    c.drawString(60, 700, f"Certificate No.: {b['cert_no']}")
    c.drawRightString(535, 700, f"Registration Centre: {b['centre']}")
    rows = [
        ("Surname of Child", b["surname"]),
        ("First Name", b["first"]),
        ("Other Names", b["other"]),
        ("Sex", b["sex"]),
        ("Date of Birth", b["dob_words"]),
        ("Place of Birth", b["place"]),
        ("Town / L.G.A. / State", b["lga"]),
        ("Full Name of Father", b["father"]),
        ("Full Name of Mother", b["mother"]),
        ("Date of Registration", b["reg_date"]),
    ]
    y = 670
    for lab, val in rows:
        c.setFont(f, 9.5)
        c.drawString(60, y, lab + " :")
        c.setFont(fb, 10.5)
        c.drawString(230, y, val)
        c.setStrokeColor(Color(0.6, 0.6, 0.6))
        c.setDash(1, 2)
        c.line(225, y - 3, 535, y - 3)
        c.setDash()
        y -= 27
    c.setFont(f, 9)
    c.drawString(
        60,
        370,
        "I certify that the above is a true extract from the Register of "
        "Births kept at this centre.",
    )
    c.drawString(60, 330, "Registrar's signature: ........................")
    c.drawString(330, 330, f"Date: {b['issue']}")


def birth_ng_back(c, b):
    f = rl_font("sans")
    c.setFont(f, 8)
    c.drawString(40, 810, "Reverse of certificate " + b["cert_no"])


def birth_ve(c, b):
    f, fb = rl_font("serif"), rl_font("serif-b")
    c.setFont(fb, 11)
    for i, t in enumerate(
        [
            "REPÚBLICA BOLIVARIANA DE VENEZUELA",
            "CONSEJO NACIONAL ELECTORAL",
            "COMISIÓN DE REGISTRO CIVIL Y ELECTORAL",
        ]
    ):
        c.drawCentredString(297, 800 - i * 14, t)
    c.setFont(f, 10)
    c.drawCentredString(297, 752, b["office"])
    c.setFont(fb, 15)
    c.drawCentredString(297, 722, f"ACTA DE NACIMIENTO N° {b['acta']}")
    c.setFont(f, 10)
    c.drawString(60, 700, f"Tomo {b['tomo']}   Folio {b['folio']}   Año {b['year']}")
    text = (
        f"Quien suscribe, {b['registrar']}, Registradora Civil de la {b['parish']}, "
        f"hace constar que en fecha {b['reg_date']} fue presentada ante este Despacho una niña "
        f"y se expuso: que nació en {b['place']}, el día {b['dob_words']}, y que lleva por "
        f"nombre {b['given']} {b['surnames']}, hija de {b['father']}, venezolano, titular de "
        f"la cédula de identidad N° {b['father_ci']}, y de {b['mother']}, venezolana, titular "
        f"de la cédula de identidad N° {b['mother_ci']}. Testigos: {b['witnesses']}. "
        "Leída la presente acta y conformes, firman."
    )
    y = wrap(c, text, 60, 670, 475, f, 11, 17)
    c.setFont(fb, 10)
    c.drawString(60, y - 20, "COPIA CERTIFICADA")
    c.setFont(f, 9.5)
    c.drawString(60, y - 36, f"Expedida en {b['copy_place']}, a los {b['copy_date']}.")
    c.drawString(340, y - 110, "La Registradora Civil")
    c.drawString(340, y - 124, b["registrar"])


def apostille_ve(c, a):
    f, fb = rl_font("sans"), rl_font("sans-b")
    c.setFont(fb, 9)
    c.drawCentredString(297, 805, "REPÚBLICA BOLIVARIANA DE VENEZUELA")
    c.drawCentredString(297, 792, "MINISTERIO DEL PODER POPULAR PARA RELACIONES EXTERIORES")
    c.setStrokeColor(black)
    c.setLineWidth(1.2)
    c.rect(70, 380, 455, 390)
    c.setFont(fb, 18)
    c.drawCentredString(297, 740, "APOSTILLE")
    c.setFont(f, 9.5)
    c.drawCentredString(297, 724, "(Convention de La Haye du 5 octobre 1961)")
    items = [
        ("1. País:", "República Bolivariana de Venezuela"),
        ("   El presente documento público", ""),
        ("2. ha sido firmado por:", a["signer_doc"]),
        ("3. quien actúa en calidad de:", "Registradora Civil"),
        ("4. y está revestido del sello / timbre de:", a["seal_of"]),
        ("", "Certificado"),
        ("5. en:", "Caracas"),
        ("6. el día:", a["issued_words"]),
        ("7. por:", "Viceministerio de Gestión Consular - MPPRE"),
        ("8. bajo el número:", a["number"]),
        ("9. Sello / timbre:", "(sello electrónico)"),
        ("10. Firma:", a["signed_by"]),
    ]
    y = 696
    for lab, val in items:
        c.setFont(f, 10)
        c.drawString(86, y, lab)
        c.setFont(fb, 10)
        c.drawString(300 if lab else 250, y, val)
        y -= 24
    c.setFont(f, 7.5)
    c.drawString(
        70,
        360,
        "Verifique la autenticidad de esta apostilla en "
        "https://legalizacionve.mppre.gob.ve con el número indicado.",
    )


def birth_am(a, rng) -> Image.Image:
    """Armenia, birth certificate (bilingual Armenian / English), A5 landscape-ish card."""
    W, H = 1654, 1169
    img = Image.new("RGB", (W, H), (238, 232, 214))
    guilloche(img, (0, 0, W, H), rng, (224, 214, 190), 40)
    d = ImageDraw.Draw(img)
    d.rectangle([20, 20, W - 20, H - 20], outline=(150, 110, 60), width=6)
    fA, fAb = pil_font("freeserif", 30), pil_font("freeserif-b", 36)
    d.text(
        (W / 2, 70),
        "ՀԱՅԱՍՏԱՆԻ ՀԱՆՐԱՊԵՏՈՒԹՅՈՒՆ / REPUBLIC OF ARMENIA",
        font=fAb,
        fill=(90, 50, 20),
        anchor="mm",
    )
    d.text(
        (W / 2, 130),
        "ԾՆՆԴՅԱՆ ՎԿԱՅԱԿԱՆ",
        font=pil_font("freeserif-b", 54),
        fill=(90, 50, 20),
        anchor="mm",
    )
    d.text((W / 2, 185), "BIRTH CERTIFICATE", font=fAb, fill=(90, 50, 20), anchor="mm")
    d.text(
        (W - 80, 240),
        a["series"],
        font=pil_font("freeserif-b", 38),
        fill=(170, 30, 30),
        anchor="ra",
    )
    rows = [
        ("Ազգանուն / Surname", a["surname_hy"] + "  " + a["surname"]),
        ("Անուն / Name", a["given_hy"] + "  " + a["given"]),
        ("Հայրանուն / Patronymic", a["patr_hy"]),
        ("Ծննդյան ամսաթիվ / Date of birth", a["dob"]),
        ("Ծննդավայր / Place of birth", a["place"]),
        ("Հայր / Father", a["father"]),
        ("Մայր / Mother", a["mother"]),
        ("Ակտային գրառում / Record No.", a["record"]),
    ]
    y = 300
    for lab, val in rows:
        d.text((90, y), lab, font=fA, fill=(80, 60, 40))
        d.text((720, y - 4), val, font=pil_font("dejavu-b", 34), fill=(20, 20, 30))
        d.line([715, y + 40, W - 90, y + 40], fill=(150, 130, 100), width=1)
        y += 80
    d.text(
        (90, 960),
        "ՔԿԱԳ գործակալություն / Civil Status Registration Agency",
        font=fA,
        fill=(80, 60, 40),
    )
    d.text((90, 1010), "Տրման ամսաթիվ / Date of issue: " + a["issue"], font=fA, fill=(80, 60, 40))
    stamp(
        img,
        1350,
        1000,
        110,
        "ՀԱՅԱՍՏԱՆԻ ՀԱՆՐԱՊԵՏՈՒԹՅՈՒՆ * ՔԿԱԳ * ",
        ["ԵՐԵՎԱՆ"],
        rng,
        (60, 60, 150),
        font="freeserif-b",
    )
    signature(img, (1000, 930, 1250, 1060), rng, (20, 20, 80), 3)
    return img


def birth_sy(s, rng) -> Image.Image:
    """Syria, civil registry individual extract (Arabic), with MFA legalisation stamp."""
    img = a4_canvas(200, (250, 248, 240))
    W = img.width
    d = ImageDraw.Draw(img)
    guilloche(img, (80, 300, W - 80, 1500), rng, (235, 230, 215), 30)
    fb = pil_font("amiri-b", 48)
    f = pil_font("amiri", 40)
    d.text((W - 120, 120), "الجمهورية العربية السورية", font=fb, fill=(20, 20, 20), anchor="ra")
    d.text((W - 120, 190), "وزارة الداخلية", font=f, fill=(20, 20, 20), anchor="ra")
    d.text((W - 120, 250), "المديرية العامة للشؤون المدنية", font=f, fill=(20, 20, 20), anchor="ra")
    d.text(
        (W / 2, 360), "بيان قيد ولادة", font=pil_font("amiri-b", 64), fill=(20, 20, 20), anchor="mm"
    )
    rows = [
        ("الاسم", s["given_ar"]),
        ("النسبة", s["surname_ar"]),
        ("اسم الأب", s["father_ar"]),
        ("اسم الأم ونسبتها", s["mother_ar"]),
        ("مكان الولادة", s["place_ar"]),
        ("تاريخ الولادة", s["dob_ar"]),
        ("الجنس", s["sex_ar"]),
        ("محل ورقم القيد", s["reg_ar"]),
    ]
    y = 470
    for lab, val in rows:
        d.text((W - 140, y), lab + " :", font=f, fill=(60, 60, 60), anchor="ra")
        d.text((W - 560, y), val, font=pil_font("amiri-b", 42), fill=(10, 10, 40), anchor="ra")
        d.line([140, y + 62, W - 140, y + 62], fill=(180, 170, 150), width=1)
        y += 100
    d.text((W - 140, 1330), "أمين السجل المدني", font=f, fill=(20, 20, 20), anchor="ra")
    d.text(
        (W - 140, 1390), "تاريخ الإصدار : " + s["issue_ar"], font=f, fill=(20, 20, 20), anchor="ra"
    )
    stamp(
        img,
        420,
        1400,
        150,
        "الجمهورية العربية السورية * الشؤون المدنية * ",
        ["حمص"],
        rng,
        (60, 70, 160),
        font="dejavu-b",
    )
    signature(img, (W - 620, 1430, W - 260, 1560), rng, (20, 20, 80), 4)
    rect_stamp(
        img,
        180,
        1700,
        ["وزارة الخارجية والمغتربين", "تصديق", s["legal_no_ar"]],
        rng,
        (130, 30, 120),
        34,
        "dejavu-b",
    )
    signature(img, (260, 1960, 560, 2060), rng, (110, 20, 100), 3)
    return img


def translation_sy(c, t):
    f, fb = rl_font("serif"), rl_font("serif-b")
    c.setFont(fb, 11)
    c.drawString(50, 800, t["translator"])
    c.setFont(f, 9)
    c.drawString(50, 787, "Expert traducteur-interprète près la Cour d'appel de " + t["court"])
    c.drawString(50, 775, "Arabe - Français")
    c.drawString(50, 763, t["translator_addr"])
    c.setFont(fb, 12)
    c.drawCentredString(297, 725, "TRADUCTION DE L'ARABE")
    c.setFont(f, 10)
    c.drawCentredString(297, 710, "(document original joint)")
    lines = [
        ("", "République Arabe Syrienne"),
        ("", "Ministère de l'Intérieur"),
        ("", "Direction générale des affaires civiles"),
        ("", ""),
        ("", "EXTRAIT D'INSCRIPTION DE NAISSANCE"),
        ("Prénom :", t["given"]),
        ("Nom :", t["surname"]),
        ("Prénom du père :", t["father"]),
        ("Nom et prénom de la mère :", t["mother"]),
        ("Lieu de naissance :", t["place"]),
        ("Date de naissance :", t["dob"]),
        ("Sexe :", t["sex"]),
        ("Lieu et numéro d'inscription :", t["reg"]),
        ("Date de délivrance :", t["issue"]),
        ("", "Signature et cachet du Secrétaire de l'état civil"),
        (
            "Mention :",
            "Cachet du Ministère des Affaires étrangères et des Expatriés - "
            "Légalisation n° " + t["legal_no"],
        ),
    ]
    y = 680
    for lab, val in lines:
        c.setFont(f, 10.5)
        c.drawString(70, y, lab)
        c.setFont(fb if not lab else f, 10.5)
        c.drawString(260 if lab else 70, y, val)
        y -= 19
    c.setFont(f, 9.5)
    y = wrap(
        c,
        "Je soussignée, " + t["translator"] + ", expert traducteur près la Cour "
        "d'appel de " + t["court"] + ", certifie que la présente traduction est conforme "
        "à l'original en langue arabe qui m'a été présenté.",
        70,
        y - 20,
        455,
        f,
        9.5,
    )
    c.drawString(70, y - 8, f"Traduction n° {t['no']}  -  {t['court']}, le {t['date']}")
