"""Birth certificates (USA, Morocco, Brazil, Mali), apostilles and sworn translations."""

from __future__ import annotations

import random

from canvas import Page, box_stamp, emboss_seal, qr_like, round_stamp

GREY = (90, 90, 90)


def us_birth(b: dict, rng: random.Random) -> list[Page]:
    """State vital-records 'Certificate of Live Birth' certified copy, fields in numbered boxes."""
    p = Page(216, 279, bg=(238, 243, 236))
    # security border
    for i in range(0, 6):
        p.rect(6 + i, 6 + i, 204 - 2 * i, 267 - 2 * i, stroke=(150, 180, 160), width=0.15)
    p.text(108, 22, b["state_title"], "serif-b", 14, anchor="c")
    p.text(108, 28, b["dept"], "serif", 9.5, anchor="c")
    p.text(108, 38, "CERTIFICATE OF LIVE BIRTH", "serif-b", 16, anchor="c")
    p.text(20, 47, "STATE FILE NUMBER", "sans", 6.5, GREY)
    p.text(20, 51.5, b["file_no"], "mono-b", 10)
    p.text(196, 47, "LOCAL REGISTRATION DISTRICT NO.", "sans", 6.5, GREY, anchor="r")
    p.text(196, 51.5, b["district"], "mono-b", 10, anchor="r")
    boxes = [
        [("1. CHILD'S NAME (First, Middle, Last)", b["child"], 176)],
        [
            ("2. DATE OF BIRTH (Month, Day, Year)", b["dob_text"], 70),
            ("3. HOUR", b["hour"], 30),
            ("4. SEX", b["sex"], 76),
        ],
        [
            ("5. PLACE OF BIRTH (City, County)", b["place"], 120),
            ("6. FACILITY NAME", b["facility"], 56),
        ],
        [
            ("7. MOTHER'S MAIDEN NAME (First, Middle, Last)", b["mother"], 120),
            ("8. MOTHER'S BIRTHPLACE", b["mother_bp"], 56),
        ],
        [
            ("9. FATHER'S NAME (First, Middle, Last)", b["father"], 120),
            ("10. FATHER'S BIRTHPLACE", b["father_bp"], 56),
        ],
        [("11. ATTENDANT / CERTIFIER", b["attendant"], 120), ("12. DATE FILED", b["filed"], 56)],
    ]
    y = 58
    for row in boxes:
        x = 20
        for lab, v, w in row:
            p.rect(x, y, w, 15, stroke=(40, 60, 50), width=0.3)
            p.text(x + 1.5, y + 4, lab, "sans", 6.3, (40, 60, 50))
            p.text(x + 3, y + 11.5, v, "mono-b", 10.5)
            x += w
        y += 15
    y += 10
    p.para(
        20,
        y,
        176,
        "This is a true and correct reproduction of the original document officially "
        "registered and placed on file in the Division of Vital Records. This copy is not valid "
        "unless prepared on engraved border displaying the seal and signature of the State "
        "Registrar.",
        "serif-i",
        8.5,
        color=GREY,
    )
    y += 22
    p.text(20, y, "DATE ISSUED: " + b["issued_text"], "sans-b", 9)
    p.image(30, y + 4, 42, 42, emboss_seal(rng, "SEAL"))
    p.signature(125, y + 22, rng, 1.0, (30, 30, 30))
    p.line(118, y + 26, 196, y + 26, 0.3)
    p.text(157, y + 30.5, b["registrar"], "sans-b", 8, anchor="c")
    p.text(157, y + 34.5, "State Registrar of Vital Records", "sans", 7.5, anchor="c")
    p.text(
        108,
        266,
        "ANY ALTERATION OR ERASURE VOIDS THIS CERTIFICATE",
        "sans-b",
        7,
        (150, 40, 40),
        anchor="c",
    )
    p.text(196, 272, b["serial"], "mono-b", 9, (180, 30, 30), anchor="r")
    return [p]


def apostille_hague(a: dict, rng: random.Random) -> list[Page]:
    """The Hague Convention model certificate: 10 numbered items."""
    p = Page(216, 279) if a.get("letter") else Page()
    f, fb = a.get("font", "serif"), a.get("fontb", "serif-b")
    if a.get("header"):
        for i, ln in enumerate(a["header"]):
            p.text(p.w / 2, 20 + i * 5.5, ln, fb if i == 0 else f, 10, anchor="c")
    y = 45
    p.rect(28, y - 10, p.w - 56, 150, width=0.6)
    p.text(p.w / 2, y, "APOSTILLE", fb, 18, anchor="c")
    p.text(
        p.w / 2, y + 6.5, "(Convention de La Haye du 5 octobre 1961)", "serif-i", 9.5, anchor="c"
    )
    y += 18
    items = a["items"]
    labels = [
        "1. Country / Pays :",
        "This public document / Le présent acte public",
        "2. has been signed by / a été signé par",
        "3. acting in the capacity of / agissant en qualité de",
        "4. bears the seal/stamp of / est revêtu du sceau/timbre de",
        "Certified / Attesté",
        "5. at / à",
        "6. the / le",
        "7. by / par",
        "8. No / sous No",
        "9. Seal/stamp / Sceau/timbre :",
        "10. Signature :",
    ]
    vals = [
        items[0],
        "",
        items[1],
        items[2],
        items[3],
        "",
        items[4],
        items[5],
        items[6],
        items[7],
        "",
        "",
    ]
    for lab, v in zip(labels, vals, strict=False):
        if not v and lab in (
            "This public document / Le présent acte public",
            "Certified / Attesté",
        ):
            p.text(p.w / 2, y, lab, fb, 9.5, anchor="c")
            y += 8
            continue
        p.text(34, y, lab, f, 9)
        if v:
            p.text(110, y, v, a.get("vfont", "sans-b"), 9.5)
        y += 8.5
    p.image(40, y - 30, 40, 40, round_stamp(a["seal_ring"], a["seal_center"], rng, (60, 60, 140)))
    p.signature(120, y - 6, rng, 1.0, (20, 20, 80))
    p.text(125, y + 4, items[6], "sans", 8, GREY)
    return [p]


def apostille_cnj(a: dict, rng: random.Random) -> list[Page]:
    """Brazilian electronic apostille (CNJ): trilingual table, QR code, verification code."""
    p = Page()
    p.text(105, 18, "REPÚBLICA FEDERATIVA DO BRASIL", "sans-b", 11, anchor="c")
    p.text(105, 24, "CONSELHO NACIONAL DE JUSTIÇA", "sans", 9, anchor="c")
    p.rect(20, 32, 170, 12, stroke=None, fill=(0, 80, 50))
    p.text(105, 40, "APOSTILLE", "sans-b", 14, (255, 255, 255), anchor="c")
    p.text(
        105,
        50,
        "(Convention de La Haye du 5 octobre 1961 / Convenção da Haia de 5 de outubro de 1961)",
        "sans-i",
        7.5,
        anchor="c",
    )
    rows = [
        ("1. País / Country / Pays:", a["country"]),
        (
            "2. Este documento público foi assinado por / This public document has been signed "
            "by / "
            "Le présent acte public a été signé par:",
            a["signer_doc"],
        ),
        ("3. Na qualidade de / Acting in the capacity of / Agissant en qualité de:", a["capacity"]),
        (
            "4. Tem o selo/carimbo de / Bears the seal/stamp of / Est revêtu du sceau/timbre de:",
            a["office"],
        ),
        ("5. Em / At / À:", a["at"]),
        ("6. No dia / The / Le:", a["date_text"]),
        ("7. Por / By / Par:", a["by"]),
        ("8. Sob nº / No / Sous nº:", a["number"]),
        ("9. Selo/carimbo / Seal/stamp / Sceau/timbre:", "Assinado digitalmente"),
        ("10. Assinatura / Signature:", "Assinatura eletrônica qualificada (ICP-Brasil)"),
    ]
    y = 58
    for lab, v in rows:
        p.rect(20, y, 170, 14, stroke=(120, 140, 130), width=0.25)
        p.para(22, y + 4, 100, lab, "sans", 6.8, leading=3.0, color=(50, 70, 60))
        p.text(126, y + 8.5, v, "sans-b", 8.5)
        y += 14
    p.text(20, y + 10, "Tipo de documento / Type of document: Certidão de Nascimento", "sans", 8)
    p.text(20, y + 15, "Nome do titular / Name of bearer: " + a["bearer"], "sans", 8)
    p.image(150, y + 6, 36, 36, qr_like(rng))
    p.text(20, y + 26, "Código de verificação / Verification code:", "sans", 8)
    p.text(20, y + 31, a["code"], "mono-b", 10)
    p.para(
        20,
        y + 40,
        120,
        "Esta Apostila certifica apenas a assinatura, a capacidade do signatário e o "
        "selo ou carimbo do documento público. Verifique em https://apostilamento.cnj.jus.br/",
        "sans-i",
        7,
        color=GREY,
    )
    return [p]


def translation(t: dict, rng: random.Random) -> list[Page]:
    p = Page()
    f, fb = t.get("font", "serif"), t.get("fontb", "serif-b")
    p.text(20, 18, t["translator"], fb, 10)
    for i, ln in enumerate(t["translator_lines"]):
        p.text(20, 23 + i * 4.5, ln, f, 8.5, GREY)
    p.text(105, 52, "TRADUCTION", fb, 14, anchor="c")
    p.text(105, 58, t["subtitle"], "serif-i", 9, anchor="c")
    y = 70
    for lab, v in t["rows"]:
        if lab.startswith("#"):
            p.text(20, y, lab[1:], fb, 10)
            y += 7
            continue
        p.text(22, y, lab, f, 10)
        y = p.para(82, y, 110, v, fb, 10, leading=4.8) + 1.7 if v else y + 6.5
    y += 6
    y = p.para(20, y, 170, t["certify"], "serif-i", 9.5, leading=4.8)
    p.text(120, y + 8, f"{t['place']}, le {t['date_fr']}", f, 10)
    p.text(120, y + 14, f"N° de répertoire : {t['rep']}", f, 8.5, GREY)
    p.image(30, y + 4, 45, 45, round_stamp(t["stamp_ring"], t["stamp_center"], rng, (30, 40, 150)))
    p.signature(125, y + 32, rng, 0.9, (20, 30, 120))
    return [p]


def morocco_extrait(m: dict, rng: random.Random) -> list[Page]:
    """Bilingual (Arabic/French) 'Extrait d'acte de naissance' of the Moroccan état civil."""
    p = Page(bg=(252, 250, 244))
    p.text(20, 16, "ROYAUME DU MAROC", "dserif-b", 10)
    p.text(20, 21, "Ministère de l'Intérieur", "dserif", 8.5)
    p.text(20, 25.5, m["province_fr"], "dserif", 8.5)
    p.text(20, 30, m["commune_fr"], "dserif", 8.5)
    p.text(20, 34.5, "Bureau d'état civil", "dserif", 8.5)
    p.text(190, 16, "المملكة المغربية", "amiri-b", 12, anchor="r")
    p.text(190, 22, "وزارة الداخلية", "amiri", 10, anchor="r")
    p.text(190, 27.5, m["province_ar"], "amiri", 10, anchor="r")
    p.text(190, 33, "مكتب الحالة المدنية", "amiri", 10, anchor="r")
    p.text(105, 48, "نسخة موجزة من رسم الولادة", "amiri-b", 15, anchor="c")
    p.text(105, 56, "EXTRAIT D'ACTE DE NAISSANCE", "dserif-b", 13, anchor="c")
    p.text(105, 62, f"Acte n° {m['acte']}   Année {m['year']}", "dserif", 9.5, anchor="c")
    rows = [
        ("Nom", m["surname"], "الاسم العائلي", m["surname_ar"]),
        ("Prénom(s)", m["given"], "الاسم الشخصي", m["given_ar"]),
        ("Né(e) le", m["dob_text"], "تاريخ الازدياد", m["dob_ar"]),
        ("Correspondant au", m["hijri"], "الموافق", m["hijri_ar"]),
        ("à", m["pob"], "مكان الازدياد", m["pob_ar"]),
        ("Sexe", m["sex_text"], "الجنس", m["sex_ar"]),
        ("Nationalité", "Marocaine", "الجنسية", "مغربية"),
        ("Fils/Fille de", m["father"], "والده", m["father_ar"]),
        ("et de", m["mother"], "والدته", m["mother_ar"]),
    ]
    y = 75
    for fr, v, ar, va in rows:
        p.line(18, y + 3, 192, y + 3, 0.15, (170, 170, 170))
        p.text(20, y, fr, "dserif", 9, GREY)
        p.text(52, y, v, "dserif-b", 10)
        p.text(190, y, ar, "amiri", 10, GREY, anchor="r")
        p.text(160, y, va, "amiri-b", 11, anchor="r")
        y += 10
    y += 6
    p.text(20, y, "Mentions marginales : Néant", "dserif", 9)
    p.text(190, y, "البيانات الهامشية: لا شيء", "amiri", 10, anchor="r")
    y += 10
    p.para(
        20,
        y,
        170,
        "Extrait certifié conforme aux indications portées sur le registre de l'état civil.",
        "dserif-i" if False else "dserif",
        9,
    )
    y += 12
    p.text(110, y, f"{m['place']}, le {m['issued_text']}", "dserif", 9.5)
    p.text(110, y + 5, "L'Officier de l'état civil", "dserif", 9.5)
    p.image(
        40,
        y - 4,
        42,
        42,
        round_stamp("ROYAUME DU MAROC * ETAT CIVIL * ", ["FES", "MEDINA"], rng, (40, 50, 140)),
    )
    p.signature(120, y + 24, rng, 0.9, (20, 20, 90))
    p.text(20, 285, "Timbre fiscal acquitté sur état - Modèle n° 7", "dserif", 7, GREY)
    return [p]


def brazil_certidao(b: dict, rng: random.Random) -> list[Page]:
    p = Page(bg=(247, 246, 240))
    for i in range(3):
        p.rect(
            8 + i * 1.2, 8 + i * 1.2, 194 - i * 2.4, 281 - i * 2.4, stroke=(40, 110, 80), width=0.25
        )
    p.text(105, 22, "REPÚBLICA FEDERATIVA DO BRASIL", "open-b", 11, anchor="c")
    p.text(105, 28, "REGISTRO CIVIL DAS PESSOAS NATURAIS", "open", 9.5, anchor="c")
    p.text(105, 38, "CERTIDÃO DE NASCIMENTO", "open-b", 16, (20, 90, 60), anchor="c")

    def cell(x, y, w, lab, v, h=13, size=10):
        p.rect(x, y, w, h, stroke=(40, 110, 80), width=0.25)
        p.text(x + 1.5, y + 3.8, lab, "open", 6.2, (40, 90, 60))
        p.text(x + 2, y + h - 3, v, "open-sb", size)

    y = 46
    cell(16, y, 178, "NOME", b["name"], 14, 12)
    y += 14
    cell(16, y, 90, "CPF", b["cpf"])
    cell(106, y, 88, "MATRÍCULA", b["matricula"], size=8.5)
    y += 13
    cell(16, y, 178, "DATA DE NASCIMENTO POR EXTENSO", b["dob_words"], size=9.5)
    y += 13
    cell(16, y, 30, "DIA", b["d"])
    cell(46, y, 30, "MÊS", b["m"])
    cell(76, y, 30, "ANO", b["y"])
    cell(106, y, 30, "HORA", b["hour"])
    cell(136, y, 58, "SEXO", b["sex"])
    y += 13
    cell(16, y, 89, "NATURALIDADE", b["naturalidade"])
    cell(105, y, 89, "MUNICÍPIO DE REGISTRO E UNIDADE DA FEDERAÇÃO", b["reg_city"], size=9.5)
    y += 13
    cell(16, y, 178, "LOCAL DE NASCIMENTO", b["local"], size=9.5)
    y += 13
    cell(16, y, 178, "MUNICÍPIO DE NASCIMENTO E UNIDADE DA FEDERAÇÃO", b["birth_city"])
    y += 13
    cell(16, y, 178, "FILIAÇÃO", b["parents"], 16, 9.5)
    y += 16
    cell(16, y, 178, "AVÓS", b["grandparents"], 16, 8.5)
    y += 16
    cell(16, y, 89, "DATA DO REGISTRO (POR EXTENSO)", b["reg_date"], size=8.5)
    cell(105, y, 89, "NÚMERO DA DNV", b["dnv"])
    y += 13
    cell(16, y, 178, "AVERBAÇÕES / ANOTAÇÕES À ACRESCER", "Nada consta.")
    y += 20
    p.para(16, y, 178, "O conteúdo da certidão é verdadeiro. Dou fé.", "open", 9)
    p.text(16, y + 10, b["cartorio"], "open-b", 8.5)
    for i, ln in enumerate(b["cartorio_lines"]):
        p.text(16, y + 14.5 + i * 4.2, ln, "open", 8)
    p.text(120, y + 12, b["place_date"], "open", 9)
    p.signature(130, y + 34, rng, 0.85, (20, 20, 90))
    p.line(120, y + 38, 190, y + 38, 0.25)
    p.text(155, y + 42, b["oficial"], "open", 8, anchor="c")
    p.text(155, y + 46, "Oficial de Registro Civil", "open", 7.5, GREY, anchor="c")
    p.image(
        20,
        y + 28,
        34,
        34,
        round_stamp("REGISTRO CIVIL * BELO HORIZONTE * ", ["SELO", "DIGITAL"], rng, (30, 100, 70)),
    )
    p.text(60, y + 40, "Selo de fiscalização: " + b["selo"], "mono", 7.5)
    return [p]


def mali_acte(m: dict, rng: random.Random) -> list[Page]:
    p = Page(bg=(250, 248, 238))
    p.text(20, 16, m["region"], "free-serif", 9)
    p.text(20, 21, m["cercle"], "free-serif", 9)
    p.text(20, 26, m["commune"], "free-serif", 9)
    p.text(20, 31, m["centre"], "free-serif", 9)
    p.text(190, 16, "RÉPUBLIQUE DU MALI", "serif-b", 11, anchor="r")
    p.text(190, 21.5, "Un Peuple - Un But - Une Foi", "serif-i", 9, anchor="r")
    p.text(105, 48, "ACTE DE NAISSANCE", "serif-b", 17, anchor="c")
    p.text(105, 55, f"N° {m['no']} / {m['year']}", "serif-b", 11, anchor="c")
    y = 70
    rows = [
        ("Prénom(s)", m["given"]),
        ("Nom", m["surname"]),
        ("Sexe", m["sex_text"]),
        ("Date de naissance", m["dob_words"]),
        ("", m["dob_num"]),
        ("Lieu de naissance", m["pob"]),
        ("Père", m["father"]),
        ("Profession du père", m["father_job"]),
        ("Mère", m["mother"]),
        ("Profession de la mère", m["mother_job"]),
        ("Domicile des parents", m["domicile"]),
    ]
    for lab, v in rows:
        p.text(22, y, lab + (" :" if lab else ""), "free-serif", 10.5)
        p.text(72, y, v, "dejavu-b" if lab in ("Prénom(s)", "Nom") else "dejavu", 10)
        p.line(70, y + 1.2, 190, y + 1.2, 0.1, (150, 150, 150))
        y += 9
    y += 4
    y = p.para(22, y, 166, m["drawn"], "free-serif", 10, leading=5)
    y += 6
    p.text(22, y, "Pour copie conforme,", "free-serif", 10)
    p.text(120, y, f"{m['place']}, le {m['issued_text']}", "free-serif", 10)
    p.text(120, y + 5, "L'Officier de l'état civil", "free-serif", 10)
    p.image(28, y + 2, 40, 40, round_stamp(m["stamp_ring"], m["stamp_center"], rng, (40, 50, 130)))
    p.signature(128, y + 25, rng, 0.9, (20, 20, 80))
    p.text(120, y + 34, m["officer"], "free-serif", 9)
    leg = box_stamp(m["legal_lines"], rng, (120, 40, 120), w=1000, font="serif-b")
    p.image(40, y + 48, 120, 120 * leg.height / leg.width, leg)
    p.signature(120, y + 48 + 120 * leg.height / leg.width - 6, rng, 0.7, (60, 20, 90))
    return [p]
