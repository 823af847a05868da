"""Birth certificates (Tunisia, Côte d'Ivoire, Viet Nam, Haiti), apostilles, legalisation,
sworn translation."""

from reportlab.lib.units import mm

import core
import pen
from core import Pg


def _officer(c, p, x, y, rng, name, title, stamp_ring, stamp_mid, color="#2c3f9e", sig_col=None):
    p.t(x, y, title, "TimesB", 9.5, "#111111", "c")
    pen.signature(c, (x - 20) * mm, p.y(y + 14), name, rng, 38 * mm, sig_col or "#1b2a6b")
    p.t(x, y + 20, name, "Times", 9, "#111111", "c")
    pen.stamp(
        c,
        (x - 30) * mm,
        p.y(y + 10),
        15 * mm,
        stamp_ring,
        stamp_mid,
        color,
        rng,
        angle=rng.uniform(-20, 20),
        alpha=0.7,
    )


def tunisia_birth_pdf(b, rng):
    """Bilingual (French / Arabic) extrait d'acte de naissance, Tunisian municipality."""
    c = core.new_canvas(title="extrait")
    p = Pg(c)
    p.rect(12, 12, 186, 273, stroke="#333333", lw=0.8)
    p.t(18, 22, "RÉPUBLIQUE TUNISIENNE", "TimesB", 11)
    p.t(18, 27, "Ministère de l'Intérieur", "Times", 9.5)
    p.t(18, 32, f"Municipalité de {b['city']}", "Times", 9.5)
    pen.rtl(c, 192 * mm, p.y(22), "الجمهورية التونسية", 12)
    pen.rtl(c, 192 * mm, p.y(27.5), "وزارة الداخلية", 10.5)
    pen.rtl(c, 192 * mm, p.y(33), "بلدية " + b["city_ar"], 10.5)
    p.t(105, 46, "EXTRAIT D'ACTE DE NAISSANCE", "TimesB", 14, align="c")
    pen.rtl(c, 127 * mm, p.y(54), "مضمون من رسم ولادة", 14)
    p.t(18, 64, f"Acte n° {b['act_no']}    Année {b['dob'][:4]}", "TimesB", 10)
    p.t(18, 70, f"Identifiant unique : {b['uid']}", "Times", 10)
    rows = [
        ("Nom", b["surname"], "اللقب", b["surname_ar"]),
        ("Prénom", b["given"], "الاسم", b["given_ar"]),
        ("Sexe", b["sex_fr"], "الجنس", b["sex_ar"]),
        ("Date de naissance", core.dmy(b["dob"]), "تاريخ الولادة", core.dmy(b["dob"])),
        ("", b["dob_words"], "", ""),
        ("Lieu de naissance", b["pob"], "مكان الولادة", b["pob_ar"]),
        ("Nom et prénom du père", b["father"], "اسم الأب ولقبه", b["father_ar"]),
        ("Nom et prénom de la mère", b["mother"], "اسم الأم ولقبها", b["mother_ar"]),
        ("Nationalité", "Tunisienne", "الجنسية", "تونسية"),
    ]
    y = 82
    for lf, vf, la, va in rows:
        if lf:
            p.t(18, y, lf + " :", "Times", 10)
        p.t(62, y, vf, "TimesB", 10.5)
        if la:
            pen.rtl(c, 192 * mm, p.y(y), la + " :", 10.5)
            pen.rtl(c, 160 * mm, p.y(y), va, 10.5)
        p.line(18, y + 2.2, 192, y + 2.2, "#bbbbbb", 0.3, ([1, 2], 0))
        y += 10
    p.t(18, y + 4, "Mentions marginales : Néant", "Times", 10)
    pen.rtl(c, 192 * mm, p.y(y + 4), "التنصيصات الطرّة : لا شيء", 10.5)
    p.t(
        18,
        y + 18,
        f"Extrait certifié conforme au registre. Délivré à {b['city']}, le {core.dmy(b['issued'])}",
        "Times",
        10,
    )
    _officer(
        c,
        p,
        140,
        y + 30,
        rng,
        b["officer"],
        "L'Officier de l'état civil",
        f"* MUNICIPALITÉ DE {b['city'].upper()} * ÉTAT CIVIL ",
        ["ÉTAT CIVIL", b["city"].upper()],
    )
    p.t(18, 278, "Imprimé n° 12 - État civil", "Times", 7, "#555555")
    c.showPage()
    return c


def ivory_birth_pdf(b, rng):
    """Extrait du registre des actes de l'état civil, Côte d'Ivoire (centre d'état civil)."""
    c = core.new_canvas(title="extrait acte naissance")
    p = Pg(c)
    p.t(20, 20, "RÉPUBLIQUE DE CÔTE D'IVOIRE", "TimesB", 11)
    p.t(20, 25, "Union - Discipline - Travail", "TimesI", 9)
    p.t(20, 33, f"DÉPARTEMENT DE {b['dept'].upper()}", "Times", 9.5)
    p.t(20, 38, f"COMMUNE DE {b['city'].upper()}", "Times", 9.5)
    p.t(20, 43, "CENTRE D'ÉTAT CIVIL", "Times", 9.5)
    p.t(150, 25, "ÉTAT CIVIL", "TimesB", 11, align="c")
    p.t(150, 33, f"N° {b['act_no']} DU {core.dmy(b['reg_date'])}", "TimesB", 10, align="c")
    p.t(150, 38, "DU REGISTRE", "Times", 9.5, align="c")
    p.rect(20, 52, 170, 14, stroke="#222222", lw=0.8)
    p.t(105, 58, "EXTRAIT", "TimesB", 15, align="c")
    p.t(
        105,
        63.5,
        f"du registre des actes de l'État Civil pour l'année {b['dob'][:4]}",
        "TimesI",
        9.5,
        align="c",
    )
    p.t(20, 78, "NAISSANCE DE :", "TimesB", 10.5)
    p.t(56, 78, f"{b['surname']} {b['given']}", "TimesB", 12)
    body = (
        f"Le {b['dob_words']} à {b['time_words']}, est née à {b['pob']}, "
        f"{b['given']} {b['surname']}, de sexe féminin, fille de {b['father']}, "
        f"{b['father_job']}, et de {b['mother']}, {b['mother_job']}."
    )
    y = p.para(20, 88, 170, body, "Times", 11, 16)
    p.t(20, y + 6, "MENTIONS (éventuellement) :", "TimesB", 10)
    p.para(28, y + 13, 160, b["mentions"], "Times", 10.5, 14)
    p.para(
        20,
        y + 36,
        170,
        "Certifié le présent extrait conforme aux indications portées au registre.",
        "Times",
        10.5,
    )
    p.t(120, y + 48, f"Délivré à {b['city']}, le {core.dmy(b['issued'])}", "Times", 10.5)
    _officer(
        c,
        p,
        150,
        y + 56,
        rng,
        b["officer"],
        "L'Officier de l'État Civil",
        f"* MAIRIE DE {b['city'].upper()} * ÉTAT CIVIL ",
        ["RÉP. DE", "CÔTE D'IVOIRE"],
        "#1f5e2e",
    )
    p.rect(24, y + 56, 26, 30, stroke="#a05a10", fill="#f3e1c4", lw=0.6)
    p.t(37, y + 64, "TIMBRE", "SansB", 6.5, "#a05a10", "c")
    p.t(37, y + 70, "500 F CFA", "SansB", 7.5, "#a05a10", "c")
    p.t(37, y + 76, "DROIT DE", "Sans", 5.5, "#a05a10", "c")
    p.t(37, y + 79, "TIMBRE", "Sans", 5.5, "#a05a10", "c")
    c.showPage()
    return c


def vietnam_birth_pdf(b, rng):
    """Bản sao giấy khai sinh with consular legalisation stamps on the verso (page 2)."""
    c = core.new_canvas(title="giay khai sinh")
    p = Pg(c)
    p.rect(10, 10, 190, 277, stroke="#8a1010", lw=1.5)
    p.rect(12, 12, 186, 273, stroke="#8a1010", lw=0.5)
    p.t(55, 22, f"UBND {b['ward'].upper()}", "SerifB", 8.5, align="c")
    p.t(55, 27, f"Số: {b['copy_no']}", "Serif", 8.5, align="c")
    p.t(140, 22, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "SerifB", 9, align="c")
    p.t(140, 27, "Độc lập - Tự do - Hạnh phúc", "SerifB", 9, align="c")
    p.line(120, 28.5, 160, 28.5, lw=0.5)
    p.t(105, 42, "GIẤY KHAI SINH", "SerifB", 17, "#8a1010", "c")
    p.t(105, 48, "(BẢN SAO)", "Serif", 10, align="c")
    rows = [
        ("Họ, chữ đệm, tên:", b["fullname_vi"], True),
        ("Ngày, tháng, năm sinh:", core.dmy(b["dob"]), True),
        ("Ghi bằng chữ:", b["dob_words"], False),
        ("Giới tính:", "Nữ      Dân tộc: Kinh      Quốc tịch: Việt Nam", False),
        ("Nơi sinh:", b["pob_vi"], False),
        ("Quê quán:", b["home_vi"], False),
        ("Số định danh cá nhân:", b["pid"], False),
        ("Họ, chữ đệm, tên người mẹ:", b["mother_vi"], True),
        ("Năm sinh:", b["mother_yob"] + "      Dân tộc: Kinh      Quốc tịch: Việt Nam", False),
        ("Họ, chữ đệm, tên người cha:", b["father_vi"], True),
        ("Năm sinh:", b["father_yob"] + "      Dân tộc: Kinh      Quốc tịch: Việt Nam", False),
        ("Nơi đăng ký khai sinh:", b["reg_place_vi"], False),
        ("Ngày, tháng, năm đăng ký:", core.dmy(b["reg_date"]), False),
    ]
    y = 62
    for lb, v, bold in rows:
        p.t(20, y, lb, "Serif", 9.5)
        x = 20 + 4 + p.c.stringWidth(lb, "Serif", 9.5) / mm
        p.t(x, y, v, "SerifB" if bold else "Serif", 11 if bold else 9.5)
        p.line(x, y + 1.3, 190, y + 1.3, "#999999", 0.3, ([0.6, 1.5], 0))
        y += 10
    p.para(
        20,
        y + 2,
        170,
        f"Sao từ Sổ đăng ký khai sinh số {b['reg_no']}, quyển số {b['book_no']}.",
        "Serif",
        9.5,
    )
    p.t(
        140,
        y + 14,
        f"{b['city_vi']}, ngày {b['issued'][8:]} tháng {b['issued'][5:7]} năm {b['issued'][:4]}",
        "Serif",
        9.5,
        align="c",
    )
    p.t(140, y + 20, "TM. ỦY BAN NHÂN DÂN", "SerifB", 9.5, align="c")
    p.t(140, y + 25, "KT. CHỦ TỊCH - PHÓ CHỦ TỊCH", "SerifB", 9.5, align="c")
    pen.signature(c, 122 * mm, p.y(y + 40), b["signer_sig"], rng, 34 * mm, "#1b2a6b")
    p.t(140, y + 48, b["signer"], "SerifB", 10, align="c")
    pen.stamp(
        c,
        126 * mm,
        p.y(y + 36),
        16 * mm,
        f"ỦY BAN NHÂN DÂN {b['ward'].upper()} * ",
        ["★"],
        "#c0141b",
        rng,
        angle=rng.uniform(-10, 10),
        alpha=0.75,
    )
    c.showPage()
    # verso: legalisation stamps
    p = Pg(c)
    pen.rect_stamp(
        c,
        22 * mm,
        p.y(70),
        [
            "CHỨNG NHẬN LÃNH SỰ / CONSULAR AUTHENTICATION",
            "Bộ Ngoại giao nước CHXHCN Việt Nam chứng nhận",
            f"chữ ký và con dấu trên giấy tờ này là của {b['signer']}",
            f"Số / No: {b['consular_no']}    Ngày / Date: {core.dmy(b['consular_date'])}",
            "CỤC LÃNH SỰ - CONSULAR DEPARTMENT",
        ],
        "#1d3b8a",
        angle=1.5,
        size=7.5,
    )
    pen.signature(c, 120 * mm, p.y(80), "Trần Q. Minh", rng, 28 * mm, "#1d3b8a")
    pen.stamp(
        c,
        160 * mm,
        p.y(62),
        14 * mm,
        "BỘ NGOẠI GIAO * CỤC LÃNH SỰ * ",
        ["★"],
        "#c0141b",
        rng,
        angle=12,
        alpha=0.7,
    )
    pen.rect_stamp(
        c,
        30 * mm,
        p.y(150),
        [
            "AMBASSADE DE FRANCE AU VIETNAM",
            "Vu pour légalisation de la signature de",
            "M. Trần Quang Minh, Département consulaire",
            f"Hanoï, le {core.dmy(b['embassy_date'])}   N° {b['embassy_no']}",
            "L'Agent consulaire",
        ],
        "#2f2f8f",
        angle=-2,
        size=8,
    )
    pen.signature(c, 125 * mm, p.y(142), "Duvernoy", rng, 28 * mm, "#2f2f8f")
    pen.stamp(
        c,
        165 * mm,
        p.y(130),
        15 * mm,
        "AMBASSADE DE FRANCE * HANOI * ",
        ["RÉPUBLIQUE", "FRANÇAISE"],
        "#2f2f8f",
        rng,
        angle=-15,
        alpha=0.7,
    )
    p.rect(35, 165, 24, 30, stroke="#6a2a8a", fill="#e5d8ee", lw=0.6)
    p.t(47, 176, "TIMBRE", "SansB", 6.5, "#6a2a8a", "c")
    p.t(47, 183, "FISCAL", "SansB", 6.5, "#6a2a8a", "c")
    p.t(47, 189, "15 €", "SansB", 8, "#6a2a8a", "c")
    c.showPage()
    return c


def haiti_birth_pdf(b, rng):
    """Extrait des archives nationales d'Haïti (acte de naissance)."""
    c = core.new_canvas(title="extrait archives")
    p = Pg(c)
    p.t(105, 20, "RÉPUBLIQUE D'HAÏTI", "TimesB", 13, align="c")
    p.t(105, 26, "L'Union fait la Force", "TimesI", 9, align="c")
    p.t(105, 34, "ARCHIVES NATIONALES D'HAÏTI", "TimesB", 11.5, align="c")
    p.t(105, 40, "EXTRAIT DES REGISTRES DES ACTES DE NAISSANCE", "Times", 10, align="c")
    p.t(20, 52, f"Commune : {b['commune']}", "Times", 10)
    p.t(
        20,
        57,
        f"Registre : {b['registre']}    Acte n° : {b['act_no']}    Folio : {b['folio']}",
        "Times",
        10,
    )
    p.t(150, 52, f"Année : {b['dob'][:4]}", "Times", 10)
    body = (
        f"L'an {b['year_words']}, et le {b['decl_words']}, à dix heures du matin. Par devant "
        f"nous, {b['officer_old']}, Officier de l'État Civil de la commune de {b['commune']}, "
        f"soussigné, a comparu le citoyen {b['father']}, {b['father_job']}, demeurant et "
        f"domicilié à {b['commune']}, identifié, lequel nous a déclaré qu'en son domicile, le "
        f"{b['dob_words']}, à trois heures de l'après-midi, est née une enfant de sexe féminin "
        f"qu'il nous a présentée et à laquelle il a donné les prénoms de : {b['given']}, issue "
        f"de ses œuvres et de la dame {b['mother']}, son épouse, ménagère, demeurant au même lieu."
        f" Dont acte, fait et passé en notre bureau les jour, mois et an que dessus, en présence "
        f"des citoyens {b['witnesses']}, témoins requis, qui ont signé avec nous et le "
        f"comparant, après lecture."
    )
    p.t(20, 70, f"NOM : {b['surname']}", "TimesB", 11.5)
    p.t(110, 70, f"PRÉNOMS : {b['given']}", "TimesB", 11.5)
    y = p.para(20, 80, 170, body, "Times", 10.8, 15.5)
    p.para(
        20,
        y + 6,
        170,
        "Pour extrait conforme, délivré par nous, Directeur Général des "
        f"Archives Nationales, à {b['city']}, ce {b['issued_words']}.",
        "TimesI",
        10.5,
    )
    _officer(
        c,
        p,
        145,
        y + 22,
        rng,
        b["director"],
        "Le Directeur Général",
        "* ARCHIVES NATIONALES D'HAÏTI * ",
        ["PORT-AU-", "PRINCE"],
        "#1d2f7a",
    )
    p.t(
        20,
        280,
        "ANH - Service de l'État Civil - Rue Borgella, Port-au-Prince",
        "Times",
        7.5,
        "#555555",
    )
    c.showPage()
    return c


def apostille_page(c, a, rng, style=0):
    """Hague Convention apostille: 10 numbered items (French / English)."""
    p = Pg(c)
    x0, y0, w = (30, 40, 150) if style == 0 else (20, 30, 170)
    p.rect(x0, y0, w, 175, stroke="#222222", lw=1.2)
    p.rect(x0 + 2, y0 + 2, w - 4, 171, stroke="#222222", lw=0.4)
    p.t(x0 + w / 2, y0 + 14, "APOSTILLE", "TimesB", 20, align="c")
    p.t(x0 + w / 2, y0 + 21, "(Convention de La Haye du 5 octobre 1961)", "TimesI", 10, align="c")
    if style:
        p.t(x0 + w / 2, y0 + 26, "(Hague Convention of 5 October 1961)", "TimesI", 8, align="c")
    items = [
        ("1.", "Pays / Country :", a["country"]),
        ("", "Le présent acte public / This public document", ""),
        ("2.", "a été signé par / has been signed by :", a["doc_signer"]),
        ("3.", "agissant en qualité de / acting in the capacity of :", a["capacity"]),
        ("4.", "est revêtu du sceau / timbre de / bears the seal / stamp of :", a["seal_of"]),
        ("", "Attesté / Certified", ""),
        ("5.", "à / at :", a["place"]),
        ("6.", "le / the :", core.dmy(a["date"])),
        ("7.", "par / by :", a["by"]),
        ("8.", "sous n° / No :", a["number"]),
        ("9.", "Sceau / timbre :  /  Seal / stamp :", ""),
        ("10.", "Signature :", ""),
    ]
    y = y0 + 38
    for n, lb, v in items:
        if not n:
            p.t(x0 + w / 2, y, lb, "TimesB", 10, align="c")
            y += 9
            continue
        p.t(x0 + 6, y, n, "TimesB", 10)
        p.t(x0 + 14, y, lb, "Times", 9.5)
        if v:
            vx = x0 + 16 + c.stringWidth(lb, "Times", 9.5) / mm
            if vx + c.stringWidth(v, "CourierB", 10.5) / mm > x0 + w - 4:
                y += 5.5
                vx = x0 + 20
            p.t(vx, y, v, "CourierB", 10.5)
        y += 10
    pen.stamp(
        c,
        (x0 + 40) * mm,
        p.y(y0 + 150),
        17 * mm,
        a["stamp_ring"],
        a["stamp_mid"],
        a.get("color", "#2a3d99"),
        rng,
        angle=rng.uniform(-25, 25),
        alpha=0.75,
    )
    pen.signature(c, (x0 + 85) * mm, p.y(y0 + 152), a["sig"], rng, 40 * mm, "#1b2a6b")
    p.t(x0 + 105, y0 + 163, a["sig_name"], "Times", 9, align="c")
    c.showPage()


def translation_pdf(t, rng):
    """Sworn translation of the Vietnamese birth certificate into French."""
    c = core.new_canvas(title="traduction")
    p = Pg(c)
    p.t(20, 18, t["translator"], "SansB", 10)
    p.t(20, 23, "Expert traducteur-interprète en langue vietnamienne", "Sans", 8.5)
    p.t(20, 27.5, "près la Cour d'appel de Paris", "Sans", 8.5)
    p.t(20, 32, t["tr_address"], "Sans", 8.5)
    p.t(190, 18, f"Traduction n° {t['tr_no']}", "Sans", 8.5, align="r")
    p.t(105, 46, "TRADUCTION DU VIETNAMIEN", "SansB", 12, align="c")
    p.t(20, 56, "[Armoiries]", "Sans", 8.5, "#444444")
    yy = p.para(20, 62, 92, f"Comité populaire du {t['ward_fr']}", "Sans", 9)
    p.t(20, yy, f"N° : {t['copy_no']}", "Sans", 9)
    p.t(190, 62, "RÉPUBLIQUE SOCIALISTE DU VIET NAM", "SansB", 9.5, align="r")
    p.t(190, 67, "Indépendance - Liberté - Bonheur", "SansB", 9.5, align="r")
    p.t(105, 80, "ACTE DE NAISSANCE (COPIE)", "SansB", 13, align="c")
    rows = [
        ("Nom, nom intermédiaire et prénom :", t["fullname"]),
        ("Date de naissance :", f"{core.dmy(t['dob'])} ({t['dob_words_fr']})"),
        ("Sexe :", "Féminin    Ethnie : Kinh    Nationalité : vietnamienne"),
        ("Lieu de naissance :", t["pob_fr"]),
        ("Lieu d'origine :", t["home_fr"]),
        ("Numéro d'identification personnelle :", t["pid"]),
        ("Nom complet de la mère :", t["mother"]),
        ("Nom complet du père :", t["father"]),
        ("Lieu d'enregistrement :", t["reg_place_fr"]),
        ("Date d'enregistrement :", core.dmy(t["reg_date"])),
    ]
    y = 92
    for lb, v in rows:
        p.t(20, y, lb, "Sans", 9.5)
        y = p.para(88, y, 102, v, "SansB", 9.5)
        y += 3.5
    p.para(
        20,
        y + 2,
        170,
        f"Copie établie d'après le registre des naissances n° {t['reg_no']}, "
        f"livre n° {t['book_no']}. {t['city_fr']}, le {core.fr_long(t['issued'])}. "
        f"P. le Comité populaire, le Vice-président : {t['signer']} (signature et sceau). "
        "Au verso : légalisation consulaire (Ministère des Affaires étrangères du Viet Nam "
        "et Ambassade de France à Hanoï).",
        "Sans",
        9,
    )
    p.line(20, 222, 190, 222, "#333333", 0.6)
    p.para(
        20,
        229,
        170,
        f"Je soussignée, {t['translator']}, expert traducteur-interprète "
        "près la Cour d'appel de Paris, certifie que la présente traduction est conforme à "
        "l'original rédigé en langue vietnamienne qui m'a été présenté.",
        "Sans",
        9,
    )
    p.t(120, 248, f"Fait à Paris, le {core.dmy(t['date'])}", "Sans", 9.5)
    pen.stamp(
        c,
        60 * mm,
        p.y(258),
        17 * mm,
        "EXPERT TRADUCTEUR * COUR D'APPEL DE PARIS * ",
        ["LANGUE", "VIETNAMIENNE"],
        "#5a2b8c",
        rng,
        angle=-9,
    )
    pen.signature(c, 125 * mm, p.y(264), t["translator_sig"], rng, 40 * mm)
    p.t(
        105, 287, "Traduction certifiée conforme à l'original - page 1/1", "Sans", 7, "#555555", "c"
    )
    c.showPage()
    return core.finish(c)
