"""Foreign civil-status papers: birth certificates, apostille, legalisation, translation."""

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm

from ids import fr_date
from render import ARABIC, finish, new_pdf, para, pil_text, place, signature, text

W, H = A4


def _ar(c, x, y, s, px=44, h=5 * mm, anchor="r"):
    place(c, pil_text(s, ARABIC, px, rtl=True), x, y, h=h, anchor=anchor)


def stamp(c, x, y, r, lines, color=(0.2, 0.3, 0.7), rot=0):
    c.saveState()
    c.translate(x, y)
    c.rotate(rot)
    c.setStrokeColorRGB(*color)
    c.setLineWidth(1.3)
    c.circle(0, 0, r)
    c.circle(0, 0, r * 0.78)
    for i, s in enumerate(lines):
        text(c, 0, r * 0.2 - i * 3 * mm, s, "sansb", 5.5, color, anchor="c")
    c.restoreState()


def legalisation(c, x, y, rng, who, city, date, number):
    c.saveState()
    c.setStrokeColorRGB(0.35, 0.2, 0.5)
    c.setLineWidth(1)
    c.rect(x, y, 80 * mm, 34 * mm)
    col = (0.35, 0.2, 0.5)
    text(c, x + 40 * mm, y + 29 * mm, "LÉGALISATION", "sansb", 9, col, anchor="c")
    para(
        c,
        x + 3 * mm,
        y + 24 * mm,
        f"Vu pour légalisation de la signature et de la qualité "
        f"du signataire, apposées ci-contre. {who}",
        74 * mm,
        "sans",
        6.5,
        color=col,
    )
    text(c, x + 3 * mm, y + 9 * mm, f"{city}, le {fr_date(date)}   N° {number}", "sans", 6.5, col)
    text(c, x + 3 * mm, y + 4 * mm, "Droits perçus : 10 EUR", "sans", 6.5, col)
    signature(c, x + 48 * mm, y + 2 * mm, 28 * mm, 10 * mm, rng, ink="black")
    c.restoreState()


def birth_afg(b, rng):
    c, buf = new_pdf(A4)
    text(c, W / 2, H - 18 * mm, "Islamic Emirate of Afghanistan", "serifb", 12, anchor="c")
    _ar(c, W / 2, H - 28 * mm, "وزارت امور داخله - اداره احوال نفوس", anchor="c")
    text(
        c,
        W / 2,
        H - 34 * mm,
        "Ministry of Interior Affairs — Population Registration Dept.",
        "serif",
        9,
        anchor="c",
    )
    text(c, W / 2, H - 46 * mm, "BIRTH CERTIFICATE", "serifb", 16, anchor="c")
    _ar(c, W / 2, H - 55 * mm, "سند تولد", h=6 * mm, anchor="c")
    y = H - 72 * mm
    rows = [
        ("Certificate No.", "شماره", b["cert_no"]),
        ("Name", "نام", b["given"]),
        ("Surname", "تخلص", b["surname"]),
        ("Father's name", "نام پدر", b["father"]),
        ("Mother's name", "نام مادر", b["mother"]),
        ("Sex", "جنسیت", b["sex_txt"]),
        ("Date of birth", "تاریخ تولد", b["dob_txt"]),
        ("Place of birth", "محل تولد", b["pob"]),
        ("Date of registration", "تاریخ ثبت", fr_date(b["reg"])),
    ]
    for en, fa, val in rows:
        c.setStrokeColorRGB(0.6, 0.6, 0.6)
        c.line(20 * mm, y - 2.5 * mm, W - 20 * mm, y - 2.5 * mm)
        text(c, 22 * mm, y, en + " :", "serif", 10)
        text(c, 75 * mm, y, val, "serifb", 10.5)
        _ar(c, W - 22 * mm, y - 1.2 * mm, fa, h=4.8 * mm)
        y -= 11 * mm
    text(c, 22 * mm, y - 6 * mm, "Issued at Kabul, " + fr_date(b["issued"]), "serif", 9.5)
    stamp(
        c,
        60 * mm,
        y - 35 * mm,
        14 * mm,
        ["POPULATION", "REGISTRATION", "KABUL"],
        (0.15, 0.4, 0.25),
        rot=12,
    )
    signature(c, 40 * mm, y - 50 * mm, 40 * mm, 12 * mm, rng)
    legalisation(
        c,
        W - 100 * mm,
        50 * mm,
        rng,
        "Ministry of Foreign Affairs, Consular Department, Kabul.",
        "Kabul",
        b["leg1"],
        b["leg1_no"],
    )
    legalisation(
        c, W - 100 * mm, 12 * mm, rng, b["leg2_who"], b["leg2_city"], b["leg2"], b["leg2_no"]
    )
    c.showPage()
    return finish(c, buf)


def birth_syr(b, rng):
    """Syrian civil register individual extract (Arabic), legalised."""
    c, buf = new_pdf(A4)
    _ar(c, W - 15 * mm, H - 20 * mm, "الجمهورية العربية السورية")
    _ar(c, W - 15 * mm, H - 27 * mm, "وزارة الداخلية")
    _ar(c, W - 15 * mm, H - 34 * mm, "مديرية الشؤون المدنية")
    _ar(c, W / 2, H - 50 * mm, "بيان قيد ولادة", h=8 * mm, anchor="c")
    text(c, 15 * mm, H - 20 * mm, "N° " + b["cert_no"], "sans", 9)
    y = H - 70 * mm
    for lab, val in b["rows_ar"]:
        c.setStrokeColorRGB(0.5, 0.5, 0.5)
        c.rect(20 * mm, y - 3 * mm, W - 40 * mm, 10 * mm)
        _ar(c, W - 24 * mm, y - 1 * mm, lab, h=5.5 * mm)
        _ar(c, W - 80 * mm, y - 1 * mm, val, h=5.5 * mm)
        y -= 10 * mm
    stamp(
        c,
        60 * mm,
        y - 25 * mm,
        15 * mm,
        ["SYRIAN ARAB REP.", "CIVIL AFFAIRS", "ALEPPO"],
        (0.5, 0.2, 0.5),
        rot=-8,
    )
    signature(c, 120 * mm, y - 32 * mm, 40 * mm, 12 * mm, rng, ink="black")
    legalisation(
        c,
        18 * mm,
        45 * mm,
        rng,
        "Ministry of Foreign Affairs and Expatriates, Damascus.",
        "Damascus",
        b["leg1"],
        b["leg1_no"],
    )
    legalisation(c, 18 * mm, 8 * mm, rng, b["leg2_who"], b["leg2_city"], b["leg2"], b["leg2_no"])
    c.showPage()
    return finish(c, buf)


def translation(t, rng):
    c, buf = new_pdf(A4)
    text(c, 15 * mm, H - 15 * mm, t["translator"], "timesb", 11)
    text(
        c,
        15 * mm,
        H - 20 * mm,
        "Traductrice-interprète expert près la Cour d'appel de " + t["court"],
        "timesi",
        9,
    )
    text(c, 15 * mm, H - 25 * mm, t["taddr"], "times", 9)
    text(c, W / 2, H - 42 * mm, "TRADUCTION DE L'ARABE", "timesb", 12, anchor="c")
    text(
        c,
        W / 2,
        H - 50 * mm,
        "RÉPUBLIQUE ARABE SYRIENNE — Ministère de l'Intérieur",
        "times",
        10,
        anchor="c",
    )
    text(c, W / 2, H - 55 * mm, "Direction des affaires civiles", "times", 10, anchor="c")
    text(c, W / 2, H - 66 * mm, "EXTRAIT D'ACTE DE NAISSANCE", "timesb", 13, anchor="c")
    y = H - 80 * mm
    for lab, val in t["rows"]:
        text(c, 25 * mm, y, lab + " :", "times", 10.5)
        text(c, 85 * mm, y, val, "timesb", 10.5)
        y -= 8 * mm
    y = para(
        c,
        25 * mm,
        y - 6 * mm,
        "(Sceau rond de la Direction des affaires civiles d'Alep) "
        "(Signature illisible) — (Légalisations du ministère des Affaires étrangères et "
        "de l'ambassade, voir original)",
        W - 50 * mm,
        "timesi",
        9.5,
    )
    y = para(
        c,
        25 * mm,
        y - 10 * mm,
        "Je soussignée, " + t["translator"] + ", traductrice "
        "expert près la Cour d'appel de " + t["court"] + ", certifie que la présente "
        "traduction est conforme à l'original en langue arabe qui m'a été présenté.",
        W - 50 * mm,
        "times",
        10,
    )
    text(
        c,
        25 * mm,
        y - 6 * mm,
        f"Traduction n° {t['no']} — {t['court']}, le {fr_date(t['date'])}",
        "times",
        10,
    )
    stamp(
        c,
        150 * mm,
        y - 35 * mm,
        16 * mm,
        ["TRADUCTEUR EXPERT", t["translator"].upper(), "C.A. " + t["court"].upper()],
        (0.1, 0.3, 0.6),
    )
    signature(c, 120 * mm, y - 55 * mm, 45 * mm, 14 * mm, rng)
    c.showPage()
    return finish(c, buf)


def birth_ven(b, rng):
    c, buf = new_pdf(A4)
    text(c, W / 2, H - 16 * mm, "REPÚBLICA BOLIVARIANA DE VENEZUELA", "timesb", 12, anchor="c")
    text(
        c,
        W / 2,
        H - 22 * mm,
        "CONSEJO NACIONAL ELECTORAL — COMISIÓN DE REGISTRO CIVIL Y ELECTORAL",
        "times",
        8.5,
        anchor="c",
    )
    text(c, W / 2, H - 27 * mm, b["office"], "times", 9, anchor="c")
    text(c, W / 2, H - 40 * mm, "ACTA DE NACIMIENTO", "timesb", 15, anchor="c")
    text(
        c,
        W - 20 * mm,
        H - 48 * mm,
        f"Acta N° {b['acta']}   Tomo {b['tomo']}   Año {b['dob'][:4]}",
        "times",
        9,
        anchor="r",
    )
    y = para(c, 20 * mm, H - 58 * mm, b["body"], W - 40 * mm, "times", 10.5, 15)
    y -= 4 * mm
    for lab, val in (
        ("Nombres", b["given"]),
        ("Apellidos", b["surname"]),
        ("Fecha de nacimiento", b["dob_txt"]),
        ("Lugar de nacimiento", b["pob"]),
        ("Sexo", b["sex_txt"]),
        ("Padre", b["father"]),
        ("Madre", b["mother"]),
    ):
        text(c, 25 * mm, y, lab + ":", "times", 10.5)
        text(c, 75 * mm, y, val, "timesb", 10.5)
        y -= 7 * mm
    y = para(
        c,
        20 * mm,
        y - 4 * mm,
        f"Es copia fiel y exacta de su original, que se expide a "
        f"solicitud de parte interesada en {b['issued_city']}, a los "
        f"{b['issued_words']}.",
        W - 40 * mm,
        "times",
        10.5,
        15,
    )
    stamp(
        c,
        60 * mm,
        y - 30 * mm,
        15 * mm,
        ["REGISTRO CIVIL", "PARROQUIA", b["parroquia"]],
        (0.1, 0.2, 0.55),
        rot=-10,
    )
    signature(c, 110 * mm, y - 35 * mm, 50 * mm, 15 * mm, rng, ink="black")
    text(c, 135 * mm, y - 40 * mm, b["registrar"], "times", 9, anchor="c")
    text(c, 135 * mm, y - 44 * mm, "Registradora Civil", "timesi", 9, anchor="c")
    c.showPage()
    return finish(c, buf)


def apostille(a, rng, lang="es"):
    """Hague Convention model: title, then the 10 numbered items."""
    c, buf = new_pdf(A4)
    x0, top = 25 * mm, H - 30 * mm
    c.setLineWidth(1.2)
    c.rect(x0 - 5 * mm, top - 165 * mm, W - 2 * x0 + 10 * mm, 175 * mm)
    text(c, W / 2, top, "APOSTILLE", "timesb", 18, anchor="c")
    text(
        c,
        W / 2,
        top - 7 * mm,
        "(Convention de La Haye du 5 octobre 1961)",
        "timesi",
        10,
        anchor="c",
    )
    if lang == "es":
        labs = [
            "País:",
            "El presente documento público ha sido firmado por",
            "quien actúa en calidad de",
            "y está revestido del sello / timbre de",
            "Certificado",
            "en",
            "el día",
            "por",
            "bajo el número",
            "Sello / timbre:",
            "Firma:",
        ]
    else:
        labs = [
            "Country:",
            "This public document has been signed by",
            "acting in the capacity of",
            "bears the seal / stamp of",
            "Certified",
            "at",
            "the",
            "by",
            "No.",
            "Seal / stamp:",
            "Signature:",
        ]
    vals = [
        a["country"],
        a["signer_doc"],
        a["capacity"],
        a["seal"],
        "",
        a["city"],
        fr_date(a["issued"]),
        a["signed_by"],
        a["number"],
    ]
    y = top - 20 * mm
    text(c, x0, y, "1. " + labs[0], "times", 11)
    text(c, x0 + 35 * mm, y, vals[0], "timesb", 11)
    y -= 12 * mm
    for i in (1, 2, 3):
        text(c, x0, y, f"{i + 1}. {labs[i]}", "times", 11)
        text(c, x0 + 8 * mm, y - 6 * mm, vals[i], "timesb", 11)
        y -= 15 * mm
    text(c, W / 2, y, labs[4], "timesb", 12, anchor="c")
    y -= 10 * mm
    for j, i in enumerate((5, 6, 7, 8)):
        xx = x0 + (j % 2) * 80 * mm
        text(c, xx, y, f"{i}. {labs[i]}", "times", 11)
        text(c, xx + 22 * mm, y, vals[i], "timesb", 10.5)
        if j % 2:
            y -= 12 * mm
    text(c, x0, y - 4 * mm, "9. " + labs[9], "times", 11)
    text(c, x0 + 80 * mm, y - 4 * mm, "10. " + labs[10], "times", 11)
    stamp(c, x0 + 35 * mm, y - 30 * mm, 15 * mm, a["stamp"], (0.15, 0.25, 0.6), rot=6)
    signature(c, x0 + 85 * mm, y - 38 * mm, 50 * mm, 16 * mm, rng, ink="black")
    if a.get("verify"):
        c.setFillColorRGB(0, 0, 0)
        for i in range(12):
            for j in range(12):
                if (i * 7 + j * 3 + i * j) % 5 < 2 or i in (0, 11) or j in (0,):
                    c.rect(
                        W - 50 * mm + i * 2 * mm,
                        30 * mm + j * 2 * mm,
                        2 * mm,
                        2 * mm,
                        stroke=0,
                        fill=1,
                    )
        para(c, x0, 25 * mm, a["verify"], 100 * mm, "times", 8)
    c.showPage()
    return finish(c, buf)


def birth_geo(b, rng):
    c, buf = new_pdf(A4)
    text(c, W / 2, H - 18 * mm, "საქართველო", "sansb", 13, anchor="c")
    text(c, W / 2, H - 24 * mm, "GEORGIA", "sansb", 11, anchor="c")
    text(
        c, W / 2, H - 32 * mm, "სახელმწიფო სერვისების განვითარების სააგენტო", "sans", 9, anchor="c"
    )
    text(c, W / 2, H - 37 * mm, "Public Service Development Agency", "sans", 9, anchor="c")
    text(c, W / 2, H - 50 * mm, "დაბადების მოწმობა", "sansb", 15, anchor="c")
    text(c, W / 2, H - 57 * mm, "BIRTH CERTIFICATE", "sansb", 12, anchor="c")
    text(c, W - 20 * mm, H - 66 * mm, "№ " + b["cert_no"], "sansb", 10, (0.6, 0.1, 0.1), anchor="r")
    y = H - 80 * mm
    for ka, en, val in b["rows"]:
        text(c, 20 * mm, y, ka, "sans", 8)
        text(c, 20 * mm, y - 4 * mm, en, "sans", 7.5, (0.35, 0.35, 0.35))
        text(c, 95 * mm, y - 2 * mm, val, "sansb", 10.5)
        c.setStrokeColorRGB(0.7, 0.7, 0.7)
        c.line(20 * mm, y - 6 * mm, W - 20 * mm, y - 6 * mm)
        y -= 12 * mm
    stamp(
        c,
        60 * mm,
        y - 30 * mm,
        15 * mm,
        ["PUBLIC SERVICE", "DEVELOPMENT AGENCY", "GEORGIA"],
        (0.1, 0.25, 0.55),
        rot=-5,
    )
    signature(c, 110 * mm, y - 35 * mm, 50 * mm, 14 * mm, rng, ink="black")
    c.showPage()
    return finish(c, buf)
