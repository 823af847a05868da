"""Civil status pieces: birth certificates (KE, PS, BO, AU-NSW), apostilles, translations."""

from cn_ids import d_en, d_fr
from cn_util import MM, draw_arabic, guilloche, hand, signature, stamp

MOIS = "janvier février mars avril mai juin juillet août septembre octobre novembre décembre"
MOIS = MOIS.split()
MESES = "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre"
MESES = MESES.split()


def fr_words(iso):
    y, m, d = iso.split("-")
    return f"{int(d)} {MOIS[int(m) - 1]} {y}"


def kenya_birth(b, rng):
    """Republic of Kenya Certificate of Birth (Births and Deaths Registration Act, Cap. 149)."""

    def f(c, w, h):
        c.setFillColorRGB(0.97, 0.96, 0.9)
        c.rect(0, 0, w, h, stroke=0, fill=1)
        guilloche(c, 12 * MM, 60 * MM, w - 24 * MM, 150 * MM, rng, (0.85, 0.88, 0.8), 30)
        c.setStrokeColorRGB(0.2, 0.35, 0.2)
        c.setLineWidth(2)
        c.rect(10 * MM, 10 * MM, w - 20 * MM, h - 20 * MM)
        c.setFillColorRGB(0.1, 0.1, 0.1)
        c.setFont("serifb", 10)
        c.drawString(16 * MM, h - 20 * MM, "B. 1")
        c.drawRightString(w - 16 * MM, h - 20 * MM, "No. {}".format(b["serial"]))
        c.setFillColorRGB(0.7, 0.1, 0.1)
        c.circle(w / 2, h - 30 * MM, 8 * MM, stroke=1, fill=0)
        c.setFillColorRGB(0.1, 0.1, 0.1)
        c.setFont("serifb", 16)
        c.drawCentredString(w / 2, h - 48 * MM, "REPUBLIC OF KENYA")
        c.setFont("serifb", 20)
        c.drawCentredString(w / 2, h - 58 * MM, "CERTIFICATE OF BIRTH")
        c.setFont("serifi", 9)
        c.drawCentredString(
            w / 2,
            h - 65 * MM,
            "Issued under the Births and Deaths Registration Act (Cap. 149, Laws of Kenya)",
        )
        rows = [
            ("Entry No.", b["entry"]),
            ("Where Born", b["place"]),
            ("Name", b["name"]),
            ("Date of Birth", d_en(b["dob"]).title()),
            ("Sex", b["sex_text"]),
            ("Name and Surname of Father", b["father"]),
            ("Name and Maiden Name of Mother", b["mother"]),
            ("Name and Description of Informant", b["informant"]),
            ("Date of Registration", d_en(b["reg_date"]).title()),
            ("Name of Registering Officer", b["officer"]),
        ]
        y = h - 82 * MM
        for lab, val in rows:
            c.setFont("serif", 10)
            c.drawString(18 * MM, y, lab)
            c.setDash(1, 2)
            c.line(80 * MM, y - 1.5, w - 18 * MM, y - 1.5)
            c.setDash()
            c.setFont("monob", 10.5)
            c.drawString(82 * MM, y + 1, val)
            y -= 11 * MM
        c.setFont("serif", 9.5)
        c.drawString(
            18 * MM,
            y - 2 * MM,
            "I certify that this certificate is compiled from an "
            "entry/return in the register in my custody.",
        )
        signature(c, 120 * MM, y - 28 * MM, 45 * MM, 13 * MM, rng, color=(0.1, 0.1, 0.1))
        c.setFont("serif", 9)
        c.drawString(118 * MM, y - 33 * MM, "Principal Registrar of Births")
        c.drawString(18 * MM, y - 33 * MM, "Date: {}".format(d_fr(b["issued"])))
        stamp(
            c,
            62 * MM,
            y - 22 * MM,
            15 * MM,
            "CIVIL REGISTRATION",
            "NAIROBI",
            "PRINCIPAL\nREGISTRAR",
            color=(0.2, 0.2, 0.55),
            ang=rng.uniform(-30, 30),
        )

    return f


def palestine_birth(b, rng):
    """Bilingual Arabic/English birth certificate, State of Palestine Ministry of Interior."""

    def f(c, w, h):
        c.setFillColorRGB(0.98, 0.97, 0.94)
        c.rect(0, 0, w, h, stroke=0, fill=1)
        guilloche(c, 15 * MM, 40 * MM, w - 30 * MM, 190 * MM, rng, (0.88, 0.9, 0.86), 40)
        c.setFillColorRGB(0.1, 0.1, 0.1)
        c.setFont("dvb", 11)
        c.drawString(15 * MM, h - 20 * MM, "State of Palestine")
        c.setFont("dv", 9)
        c.drawString(15 * MM, h - 25 * MM, "Ministry of Interior")
        c.drawString(15 * MM, h - 29 * MM, "General Directorate of Civil Affairs")
        draw_arabic(c, w - 15 * MM, h - 20 * MM, "دولة فلسطين", 13, True)
        draw_arabic(c, w - 15 * MM, h - 26 * MM, "وزارة الداخلية", 10)
        draw_arabic(c, w - 15 * MM, h - 31 * MM, "الإدارة العامة للأحوال المدنية", 10)
        c.setFillColorRGB(0.2, 0.45, 0.25)
        c.circle(w / 2, h - 25 * MM, 9 * MM, stroke=1, fill=0)
        c.setFillColorRGB(0.1, 0.1, 0.1)
        draw_arabic(c, w / 2 + 18 * MM, h - 45 * MM, "شهادة ميلاد", 18, True)
        c.setFont("dvb", 15)
        c.drawCentredString(w / 2, h - 55 * MM, "BIRTH CERTIFICATE")
        c.setFont("dv", 8.5)
        c.drawString(15 * MM, h - 64 * MM, "Certificate No.: {}".format(b["serial"]))
        c.drawRightString(w - 15 * MM, h - 64 * MM, "ID No.: {}".format(b["idno"]))
        rows = [
            ("Name", "الاسم", b["given_en"], b["given_ar"]),
            ("Family Name", "اسم العائلة", b["surname_en"], b["surname_ar"]),
            ("Father's Name", "اسم الأب", b["father_en"], b["father_ar"]),
            ("Mother's Name", "اسم الأم", b["mother_en"], b["mother_ar"]),
            ("Sex", "الجنس", b["sex_en"], b["sex_ar"]),
            ("Date of Birth", "تاريخ الميلاد", d_fr(b["dob"]), d_fr(b["dob"])),
            ("Place of Birth", "مكان الميلاد", b["place_en"], b["place_ar"]),
            ("Religion", "الديانة", b["religion_en"], b["religion_ar"]),
            ("Date of Registration", "تاريخ التسجيل", d_fr(b["reg_date"]), d_fr(b["reg_date"])),
        ]
        y = h - 76 * MM
        c.setStrokeColorRGB(0.4, 0.4, 0.4)
        for en, ar, ven, var in rows:
            c.rect(15 * MM, y - 3 * MM, w - 30 * MM, 10 * MM, stroke=1, fill=0)
            c.line(w / 2, y - 3 * MM, w / 2, y + 7 * MM)
            c.setFont("dv", 7.5)
            c.drawString(17 * MM, y + 3.5 * MM, en)
            c.setFont("dvb", 9.5)
            c.drawString(17 * MM, y - 0.8 * MM, ven)
            draw_arabic(c, w - 17 * MM, y + 3 * MM, ar, 8)
            draw_arabic(c, w - 17 * MM, y - 1.5 * MM, var, 10, True)
            y -= 10 * MM
        c.setFont("dv", 8)
        c.drawString(
            15 * MM,
            y - 6 * MM,
            "Issued on: {}   Place of issue: {}".format(d_fr(b["issued"]), b["issue_place"]),
        )
        c.drawString(15 * MM, y - 11 * MM, "Director of Civil Affairs: {}".format(b["director"]))
        signature(c, 30 * MM, y - 32 * MM, 42 * MM, 13 * MM, rng, color=(0.1, 0.1, 0.3))
        stamp(
            c,
            w - 55 * MM,
            y - 25 * MM,
            16 * MM,
            "STATE OF PALESTINE",
            "MINISTRY OF INTERIOR",
            "CIVIL\nAFFAIRS\n" + b["issue_place"].upper(),
            color=(0.15, 0.3, 0.55),
            ang=rng.uniform(-20, 20),
        )

    return f


def palestine_legalisation(b, rng):
    """Back of the certificate: MoFA authentication then French consulate legalisation."""

    def f(c, w, h):
        c.setFillColorRGB(0.98, 0.97, 0.94)
        c.rect(0, 0, w, h, stroke=0, fill=1)
        # Palestinian Ministry of Foreign Affairs authentication (rectangular stamp)
        c.saveState()
        c.translate(25 * MM, h - 95 * MM)
        c.rotate(rng.uniform(-4, 4))
        c.setStrokeColorRGB(0.3, 0.2, 0.55)
        c.setFillColorRGB(0.3, 0.2, 0.55)
        c.setLineWidth(1.3)
        c.rect(0, 0, 85 * MM, 55 * MM)
        draw_arabic(c, 82 * MM, 48 * MM, "وزارة الخارجية والمغتربين", 10, True)
        c.setFont("dvb", 8)
        c.drawString(3 * MM, 42 * MM, "Ministry of Foreign Affairs and Expatriates")
        c.setFont("dv", 7.5)
        for i, t in enumerate(
            [
                "Consular Affairs - Authentication",
                "Authentication of the signature of:",
                b["director"],
                "No.: {}".format(b["mofa_no"]),
                "Date: {}".format(d_fr(b["mofa_date"])),
            ]
        ):
            c.drawString(3 * MM, (35 - 6 * i) * MM, t)
        c.restoreState()
        signature(c, 70 * MM, h - 92 * MM, 30 * MM, 9 * MM, rng, color=(0.3, 0.2, 0.55))
        # French consulate legalisation
        c.saveState()
        c.translate(95 * MM, h - 190 * MM)
        c.rotate(rng.uniform(-3, 3))
        c.setStrokeColorRGB(0.1, 0.2, 0.55)
        c.setFillColorRGB(0.1, 0.2, 0.55)
        c.setLineWidth(1.3)
        c.rect(0, 0, 95 * MM, 62 * MM)
        c.setFont("sansb", 9)
        c.drawString(4 * MM, 54 * MM, "CONSULAT GÉNÉRAL DE FRANCE À JÉRUSALEM")
        c.setFont("sans", 8)
        lines = [
            "Vu pour légalisation de la signature de",
            "M. {},".format(b["mofa_signer"]),
            "apposée ci-contre, en qualité de fonctionnaire du",
            "Ministère des Affaires étrangères.",
            "Jérusalem, le {}".format(d_fr(b["leg_date"])),
            "N° {}   Droits perçus : 25 €".format(b["leg_no"]),
            "L'agent consulaire",
        ]
        for i, t in enumerate(lines):
            c.drawString(4 * MM, (47 - 5.3 * i) * MM, t)
        c.restoreState()
        signature(c, 150 * MM, h - 185 * MM, 30 * MM, 10 * MM, rng, color=(0.1, 0.2, 0.5))
        stamp(
            c,
            70 * MM,
            h - 170 * MM,
            14 * MM,
            "CONSULAT GÉNÉRAL DE FRANCE",
            "JÉRUSALEM",
            "RF",
            color=(0.1, 0.2, 0.55),
            ang=rng.uniform(-30, 30),
        )

    return f


def bolivia_birth(b, rng):
    """Certificado de Nacimiento, SERECI (Organo Electoral Plurinacional)."""

    def f(c, w, h):
        c.setFillColorRGB(0.99, 0.98, 0.95)
        c.rect(0, 0, w, h, stroke=0, fill=1)
        guilloche(c, 10 * MM, 20 * MM, w - 20 * MM, h - 40 * MM, rng, (0.9, 0.88, 0.8), 50)
        c.setFillColorRGB(0.1, 0.1, 0.1)
        c.setFont("robb", 9)
        c.drawString(15 * MM, h - 16 * MM, "ESTADO PLURINACIONAL DE BOLIVIA")
        c.setFont("rob", 8)
        c.drawString(15 * MM, h - 20 * MM, "ÓRGANO ELECTORAL PLURINACIONAL")
        c.drawString(15 * MM, h - 24 * MM, "SERVICIO DE REGISTRO CÍVICO - SERECI")
        c.setFont("robb", 9)
        c.drawRightString(w - 15 * MM, h - 16 * MM, "Serie: {}".format(b["serie"]))
        c.drawRightString(w - 15 * MM, h - 21 * MM, "N° {}".format(b["serial"]))
        c.setFont("robb", 17)
        c.drawCentredString(w / 2, h - 38 * MM, "CERTIFICADO DE NACIMIENTO")
        c.setFont("rob", 8.5)
        top = [
            ("DEPARTAMENTO", b["dep"]),
            ("PROVINCIA", b["prov"]),
            ("LOCALIDAD", b["loc"]),
            ("OFICIALÍA N°", b["oficialia"]),
            ("LIBRO N°", b["libro"]),
            ("PARTIDA N°", b["partida"]),
            ("FOLIO N°", b["folio"]),
        ]
        x, y = 15 * MM, h - 50 * MM
        for i, (lab, val) in enumerate(top):
            cx = x + (i % 4) * 46 * MM
            cy = y - (i // 4) * 11 * MM
            c.setFont("rob", 6.5)
            c.drawString(cx, cy + 4 * MM, lab)
            c.setFont("robb", 9)
            c.drawString(cx, cy, val)
        sections = [
            (
                "DATOS DEL INSCRITO",
                [
                    ("NOMBRES", b["given"]),
                    ("PRIMER APELLIDO", b["ap1"]),
                    ("SEGUNDO APELLIDO", b["ap2"]),
                    ("SEXO", b["sexo"]),
                    ("FECHA DE NACIMIENTO", b["dob_text"]),
                    ("LUGAR DE NACIMIENTO", b["lugar"]),
                ],
            ),
            (
                "DATOS DEL PADRE",
                [("NOMBRES Y APELLIDOS", b["padre"]), ("NACIONALIDAD", "BOLIVIANA")],
            ),
            (
                "DATOS DE LA MADRE",
                [("NOMBRES Y APELLIDOS", b["madre"]), ("NACIONALIDAD", "BOLIVIANA")],
            ),
        ]
        y = h - 82 * MM
        for title, rows in sections:
            c.setFillColorRGB(0.85, 0.82, 0.7)
            c.rect(15 * MM, y, w - 30 * MM, 6 * MM, stroke=0, fill=1)
            c.setFillColorRGB(0.1, 0.1, 0.1)
            c.setFont("robb", 8.5)
            c.drawString(17 * MM, y + 1.8 * MM, title)
            y -= 8 * MM
            for lab, val in rows:
                c.setFont("rob", 8)
                c.drawString(17 * MM, y, lab + ":")
                c.setFont("robb", 9.5)
                c.drawString(70 * MM, y, val)
                y -= 7 * MM
            y -= 3 * MM
        c.setFont("rob", 7.5)
        c.drawString(
            15 * MM,
            y,
            "Fecha de inscripción: {}        Código de verificación: {}".format(
                d_fr(b["reg_date"]), b["code"]
            ),
        )
        c.drawString(
            15 * MM,
            y - 5 * MM,
            "Lugar y fecha de emisión: {}, {}".format(b["issue_place"], d_fr(b["issued"])),
        )
        signature(c, 120 * MM, y - 35 * MM, 45 * MM, 12 * MM, rng, color=(0.1, 0.1, 0.35))
        c.setFont("rob", 7.5)
        c.drawCentredString(142 * MM, y - 40 * MM, b["officer"])
        c.drawCentredString(142 * MM, y - 44 * MM, "OFICIAL DE REGISTRO CÍVICO")
        stamp(
            c,
            60 * MM,
            y - 30 * MM,
            16 * MM,
            "SERVICIO DE REGISTRO CÍVICO",
            "LA PAZ - BOLIVIA",
            "SERECI\nOEP",
            color=(0.2, 0.25, 0.6),
            ang=rng.uniform(-20, 20),
        )

    return f


def nsw_birth(b, rng):
    """NSW Registry of Births Deaths & Marriages birth certificate."""

    def f(c, w, h):
        c.setFillColorRGB(0.96, 0.97, 0.95)
        c.rect(0, 0, w, h, stroke=0, fill=1)
        guilloche(c, 0, 0, w, h, rng, (0.82, 0.88, 0.86), 60)
        c.setFillColorRGB(0.15, 0.35, 0.45)
        c.rect(0, h - 34 * MM, w, 34 * MM, stroke=0, fill=1)
        c.setFillColorRGB(1, 1, 1)
        c.setFont("latob", 9)
        c.drawString(15 * MM, h - 12 * MM, "NSW GOVERNMENT")
        c.setFont("lato", 8)
        c.drawString(15 * MM, h - 16 * MM, "Registry of Births Deaths & Marriages")
        c.setFont("latoblk", 22)
        c.drawString(15 * MM, h - 28 * MM, "BIRTH CERTIFICATE")
        c.setFont("latob", 9)
        c.drawRightString(w - 15 * MM, h - 12 * MM, "NEW SOUTH WALES, AUSTRALIA")
        c.drawRightString(w - 15 * MM, h - 17 * MM, "Registration Number {}".format(b["regno"]))
        c.setFillColorRGB(0.1, 0.1, 0.12)
        groups = [
            (
                "CHILD",
                [
                    ("Family name", b["family"]),
                    ("Given name(s)", b["given"]),
                    ("Sex", b["sex"]),
                    ("Date of birth", b["dob_text"]),
                    ("Place of birth", b["place"]),
                ],
            ),
            (
                "MOTHER",
                [
                    ("Family name", b["m_family"]),
                    ("Given name(s)", b["m_given"]),
                    ("Maiden family name", b["m_maiden"]),
                    ("Occupation", b["m_occ"]),
                    ("Age", b["m_age"]),
                    ("Birthplace", b["m_bp"]),
                ],
            ),
            (
                "FATHER",
                [
                    ("Family name", b["f_family"]),
                    ("Given name(s)", b["f_given"]),
                    ("Occupation", b["f_occ"]),
                    ("Age", b["f_age"]),
                    ("Birthplace", b["f_bp"]),
                ],
            ),
            ("PARENTS' MARRIAGE", [("Date and place", b["marriage"])]),
            ("INFORMANT(S)", [("", b["informants"])]),
        ]
        y = h - 46 * MM
        for title, rows in groups:
            c.setFont("latob", 8.5)
            c.setFillColorRGB(0.15, 0.35, 0.45)
            c.drawString(15 * MM, y, title)
            c.setFillColorRGB(0.1, 0.1, 0.12)
            for lab, val in rows:
                c.setFont("lato", 8)
                c.drawString(50 * MM, y, lab)
                c.setFont("latob", 9.5)
                c.drawString(95 * MM, y, val)
                y -= 6 * MM
            c.setStrokeColorRGB(0.7, 0.75, 0.75)
            c.line(15 * MM, y + 2.5 * MM, w - 15 * MM, y + 2.5 * MM)
            y -= 3 * MM
        c.setFont("lato", 8)
        c.drawString(15 * MM, y - 4 * MM, "Date of registration: {}".format(b["reg_date"]))
        c.drawString(
            15 * MM,
            y - 10 * MM,
            "I certify that this is a true copy of particulars "
            "recorded in a Register in New South Wales, Australia.",
        )
        c.drawString(15 * MM, y - 16 * MM, "Issued at Sydney on {}".format(b["issued_text"]))
        signature(c, 120 * MM, y - 42 * MM, 45 * MM, 12 * MM, rng, color=(0.05, 0.05, 0.1))
        c.drawCentredString(142 * MM, y - 46 * MM, b["registrar"])
        c.drawCentredString(142 * MM, y - 50 * MM, "Registrar")
        stamp(
            c,
            55 * MM,
            y - 38 * MM,
            15 * MM,
            "REGISTRY OF BIRTHS DEATHS",
            "& MARRIAGES NSW",
            "SEAL",
            color=(0.6, 0.1, 0.15),
            ang=rng.uniform(-20, 20),
        )
        c.setFont("lato", 6)
        c.drawString(
            15 * MM,
            10 * MM,
            "Certificate number {}   This certificate is printed on "
            "security paper. Hold up to light to see watermark.".format(b["certno"]),
        )

    return f


APO_TXT = {
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
        "No.",
        "Seal/stamp:",
        "Signature:",
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
}


def apostille(a, rng):
    """Hague Convention apostille, 10 numbered items; a['lang'] 'en' or 'es'."""
    t = APO_TXT[a["lang"]]

    def f(c, w, h):
        c.setFillColorRGB(0.99, 0.99, 0.97)
        c.rect(0, 0, w, h, stroke=0, fill=1)
        x0, y0, bw, bh = 30 * MM, h - 190 * MM, w - 60 * MM, 150 * MM
        c.setStrokeColorRGB(0.1, 0.1, 0.1)
        c.setLineWidth(1.6)
        c.rect(x0, y0, bw, bh)
        c.setLineWidth(0.5)
        c.rect(x0 + 2 * MM, y0 + 2 * MM, bw - 4 * MM, bh - 4 * MM)
        c.setFillColorRGB(0.05, 0.05, 0.05)
        c.setFont(a.get("font", "serifb"), 20)
        c.drawCentredString(w / 2, y0 + bh - 15 * MM, "APOSTILLE")
        c.setFont(a.get("fonti", "serifi"), 9)
        c.drawCentredString(w / 2, y0 + bh - 21 * MM, "(Convention de La Haye du 5 octobre 1961)")
        if a.get("issuer_head"):
            c.setFont(a.get("font", "serifb"), 9)
            c.drawCentredString(w / 2, y0 + bh - 27 * MM, a["issuer_head"])
        items = [
            (1, t[0], a["country"]),
            (None, t[1], ""),
            (2, t[2], a["signer"]),
            (3, t[3], a["capacity"]),
            (4, t[4], a["seal_of"]),
            (None, t[5], ""),
            (5, t[6], a["at"]),
            (6, t[7], a["date_text"]),
            (7, t[8], a["by"]),
            (8, t[9], a["number"]),
            (9, t[10], ""),
            (10, t[11], ""),
        ]
        y = y0 + bh - 38 * MM
        for num, lab, val in items:
            c.setFont(a.get("fontr", "serif"), 9.5)
            xx = x0 + 8 * MM
            if num:
                c.drawString(xx, y, f"{num}.")
                xx += 6 * MM
            else:
                c.setFont(a.get("font", "serifb"), 9.5)
            c.drawString(xx, y, lab)
            if val:
                lw = c.stringWidth(lab, a.get("fontr", "serif"), 9.5) + 3 * MM
                c.setFont("monob" if a.get("typed") else a.get("font", "serifb"), 9.5)
                c.drawString(xx + lw, y, val)
            y -= 9 * MM
        stamp(
            c,
            x0 + 45 * MM,
            y0 + 22 * MM,
            14 * MM,
            a["stamp_top"],
            a["stamp_bot"],
            "★",
            color=a.get("ink", (0.15, 0.2, 0.55)),
            ang=rng.uniform(-30, 30),
        )
        signature(c, x0 + 85 * MM, y0 + 12 * MM, 40 * MM, 12 * MM, rng)
        if a.get("ref"):
            c.setFont("sans", 7)
            c.drawString(x0, y0 - 6 * MM, a["ref"])

    return f


def translation(tr, rng):
    """Traduction certifiee conforme by a traducteur expert (cour d'appel)."""

    def f(c, w, h):
        m = 22 * MM
        c.setFillColorRGB(0.05, 0.05, 0.05)
        c.setFont("serifb", 10)
        c.drawString(m, h - 20 * MM, tr["translator"])
        c.setFont("serif", 8.5)
        for i, t in enumerate(tr["tr_lines"]):
            c.drawString(m, h - (25 + 4 * i) * MM, t)
        c.setFont("serifb", 12)
        c.drawCentredString(w / 2, h - 52 * MM, "TRADUCTION DU {}".format(tr["from_lang"].upper()))
        c.setFont("serifi", 9)
        c.drawCentredString(w / 2, h - 57 * MM, "Document : {}".format(tr["doc_name"]))
        y = h - 70 * MM
        for ln in tr["body"]:
            if ln.startswith("#"):
                c.setFont("serifb", 10.5)
                c.drawCentredString(w / 2, y, ln[1:])
            else:
                c.setFont("serif", 10)
                c.drawString(m, y, ln)
            y -= 6.2 * MM
        y -= 6 * MM
        c.setFont("serifi", 9)
        for ln in [
            "Je soussigné(e), {}, traducteur(trice) expert(e) près la {},".format(
                tr["translator_short"], tr["court"]
            ),
            "certifie que la présente traduction est conforme à l'original rédigé en langue {}".format(
                tr["from_lang"]
            ),
            "qui m'a été présenté et que j'ai paraphé ne varietur.",
            "Fait à {}, le {}. Traduction n° {}.".format(tr["city"], d_fr(tr["date"]), tr["tr_no"]),
        ]:
            c.drawString(m, y, ln)
            y -= 5 * MM
        stamp(
            c,
            w - 60 * MM,
            y - 22 * MM,
            18 * MM,
            "TRADUCTEUR EXPERT",
            tr["court"].upper()[:26],
            tr["translator_short"].upper().replace(" ", "\n", 1),
            color=(0.1, 0.2, 0.5),
            ang=rng.uniform(-15, 15),
        )
        signature(c, w - 80 * MM, y - 40 * MM, 45 * MM, 12 * MM, rng)
        c.setFont("sans", 7)
        c.drawString(m, 12 * MM, "Traduction certifiée conforme - page 1/1")

    return f


def hand_note(c, x, y, text, rng):
    hand(c, x, y, text, 10, rng, "breip")
