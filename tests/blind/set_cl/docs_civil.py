"""Civil-status documents: birth certificates, apostilles, legalisation, sworn translations."""

import math

from PIL import Image, ImageDraw

from util import MM, draw_signature, draw_stamp, fr_date, make_pdf, pil_font, pil_signature

INK = (0.08, 0.12, 0.45)


def wrap(c, x, y, text, width, font, size, lead=1.35):
    c.setFont(font, size)
    line = ""
    for wd in text.split():
        if c.stringWidth((line + " " + wd).strip(), font, size) > width:
            c.drawString(x, y, line.strip())
            y -= size * lead
            line = ""
        line += " " + wd
    c.drawString(x, y, line.strip())
    return y - size * lead


def djibouti_extrait(d, rng):
    def page(c, w, h):
        c.setFillColorRGB(0.98, 0.97, 0.93)
        c.rect(0, 0, w, h, fill=1, stroke=0)
        c.setFillColorRGB(0, 0, 0)
        c.setFont("SerifB", 11)
        for i, t in enumerate(["RÉPUBLIQUE DE DJIBOUTI", "Unité - Égalité - Paix"]):
            c.drawCentredString(55 * MM, h - (20 + 5 * i) * MM, t)
        c.setFont("Serif", 9.5)
        for i, t in enumerate(
            [
                "MINISTÈRE DE L'INTÉRIEUR",
                "Direction de la Population",
                "et de la Nationalité",
                "SERVICE DE L'ÉTAT CIVIL",
            ]
        ):
            c.drawCentredString(55 * MM, h - (34 + 4.5 * i) * MM, t)
        c.setFont("Serif", 9.5)
        c.drawString(130 * MM, h - 22 * MM, f"Acte N° {d['acte_no']}")
        c.drawString(130 * MM, h - 27 * MM, f"Registre de l'année {d['dob'][:4]}")
        c.setFont("SerifB", 15)
        c.drawCentredString(w / 2, h - 66 * MM, "EXTRAIT D'ACTE DE NAISSANCE")
        c.setLineWidth(0.8)
        c.line(50 * MM, h - 68.5 * MM, w - 50 * MM, h - 68.5 * MM)
        y = h - 84 * MM
        for lab, val in [
            ("Le", d["dob_words"]),
            ("à", d["time_place"]),
            ("est né(e)", ""),
            ("NOM", d["surname"]),
            ("PRÉNOM(S)", d["given"]),
            ("SEXE", d["sex_word"]),
            ("Fils / Fille de", d["father"]),
            ("Profession du père", d["father_job"]),
            ("et de", d["mother"]),
            ("Profession de la mère", d["mother_job"]),
            ("Domicile des parents", d["parents_home"]),
        ]:
            c.setFont("Serif", 10.5)
            c.drawString(25 * MM, y, lab)
            c.setDash(1, 2)
            c.line(68 * MM, y - 1, w - 25 * MM, y - 1)
            c.setDash()
            c.setFont("Courier-Bold", 11)
            c.drawString(70 * MM, y + 0.5, val)
            y -= 9 * MM
        y -= 4 * MM
        c.setFont("SerifB", 10)
        c.drawString(25 * MM, y, "MENTIONS MARGINALES :")
        c.setFont("Courier-Bold", 11)
        c.drawString(75 * MM, y, "NÉANT")
        y -= 14 * MM
        c.setFont("Serif", 10)
        c.drawString(25 * MM, y, "Pour extrait certifié conforme aux registres de l'état civil.")
        c.drawString(110 * MM, y - 12 * MM, f"Djibouti, le {fr_date(d['issued'])}")
        c.drawString(110 * MM, y - 18 * MM, "L'Officier de l'État Civil")
        draw_signature(c, 112 * MM, y - 48 * MM, 50 * MM, 20 * MM, rng, ink=(0.1, 0.1, 0.2))
        draw_stamp(
            c,
            80 * MM,
            y - 38 * MM,
            16 * MM,
            ["RÉPUBLIQUE DE DJIBOUTI", "ÉTAT CIVIL"],
            rng,
            color=(0.3, 0.2, 0.55),
            center=["MINISTÈRE", "DE L'INTÉRIEUR"],
        )
        c.setFont("Serif", 7.5)
        c.drawString(
            25 * MM, 16 * MM, f"Droit de timbre perçu : 1 000 FD — Quittance n° {d['receipt']}"
        )

    return make_pdf([page])


def fake_matrix(c, x, y, size, rng, n=25):
    cell = size / n
    c.setFillColorRGB(0, 0, 0)
    for i in range(n):
        for j in range(n):
            corner = (i < 7 and j < 7) or (i < 7 and j >= n - 7) or (i >= n - 7 and j < 7)
            if corner:
                ii, jj = i % (n - 7) if i >= 7 else i, j % (n - 7) if j >= 7 else j
                ring = max(abs(ii - 3), abs(jj - 3))
                on = ring != 2 and ring <= 3
            else:
                on = rng.random() < 0.5
            if on:
                c.rect(x + j * cell, y + (n - 1 - i) * cell, cell, cell, fill=1, stroke=0)


def dr_acta(d, rng):
    def page(c, w, h):
        c.setFillColorRGB(0.96, 0.97, 0.99)
        c.rect(0, 0, w, h, fill=1, stroke=0)
        c.setFillColorRGB(0.0, 0.2, 0.5)
        c.setFont("SerifB", 12)
        c.drawCentredString(w / 2, h - 18 * MM, "REPÚBLICA DOMINICANA")
        c.setFont("SerifB", 14)
        c.drawCentredString(w / 2, h - 25 * MM, "JUNTA CENTRAL ELECTORAL")
        c.setFont("Serif", 9.5)
        c.drawCentredString(w / 2, h - 31 * MM, d["oficialia"])
        c.setFillColorRGB(0.75, 0.1, 0.15)
        c.setFont("SansB", 13)
        c.drawCentredString(w / 2, h - 42 * MM, "ACTA INEXTENSA DE NACIMIENTO")
        c.setFillColorRGB(0, 0, 0)
        c.setFont("Sans", 8.5)
        c.drawString(
            20 * MM,
            h - 52 * MM,
            f"Libro No. {d['libro']}   Folio No. {d['folio']}   "
            f"Acta No. {d['acta']}   Año {d['year']}",
        )
        c.drawRightString(w - 20 * MM, h - 52 * MM, f"Serie {d['serie']}")
        txt = (
            f"En la ciudad de {d['city']}, República Dominicana, a los {d['decl_words']}, ante mí, "
            f"{d['officer']}, Oficial del Estado Civil de la {d['circ']}, compareció "
            f"{d['declarant']}, dominicano(a), mayor de edad, portador(a) de la cédula de "
            f"identidad y electoral No. {d['cedula']}, y me declaró que el día {d['dob_words']}, "
            f"a las {d['time']}, nació en {d['place']} una niña a quien se le ha dado el nombre "
            f"de {d['given']}, hija de {d['father']}, dominicano, y de {d['mother']}, "
            f"dominicana. Dicha declaración la hizo en presencia de los testigos "
            f"{d['witnesses']}. Leída la presente acta a los comparecientes, la firmaron "
            f"conmigo, de todo lo cual doy fe."
        )
        y = wrap(c, 20 * MM, h - 62 * MM, txt, w - 40 * MM, "Serif", 10.5, 1.55)
        y -= 4 * MM
        c.setFont("SansB", 9)
        c.drawString(20 * MM, y, "NOTAS: ")
        c.setFont("Sans", 9)
        c.drawString(36 * MM, y, "NO HAY")
        y -= 12 * MM
        c.setFont("Serif", 9.5)
        y = wrap(
            c,
            20 * MM,
            y,
            f"Expedida en {d['city']}, el día {d['issued_words']}. La "
            f"presente es copia fiel y conforme de su original.",
            w - 40 * MM,
            "Serif",
            9.5,
        )
        draw_signature(c, 120 * MM, y - 34 * MM, 55 * MM, 20 * MM, rng, ink=(0.1, 0.1, 0.25))
        c.setFont("Sans", 8.5)
        c.drawCentredString(147 * MM, y - 38 * MM, d["officer"])
        c.drawCentredString(147 * MM, y - 42 * MM, "Oficial del Estado Civil")
        draw_stamp(
            c,
            85 * MM,
            y - 28 * MM,
            16 * MM,
            ["JUNTA CENTRAL ELECTORAL", d["circ_short"]],
            rng,
            color=(0.1, 0.25, 0.55),
            center=["OFICIALÍA", "ESTADO CIVIL"],
        )
        fake_matrix(c, 20 * MM, 20 * MM, 24 * MM, rng)
        c.setFont("Sans", 7)
        c.drawString(48 * MM, 34 * MM, "Verifique la autenticidad de este documento en")
        c.drawString(48 * MM, 30 * MM, f"https://jce.gob.do — código {d['code']}")

    return make_pdf([page])


def apostille(d, rng):
    """Hague model apostille, 10 numbered items, in the issuing country's language(s)."""

    def page(c, w, h):
        c.setFillColorRGB(0.99, 0.99, 0.98)
        c.rect(0, 0, w, h, fill=1, stroke=0)
        x0, top = 30 * MM, h - 30 * MM
        bw, bh = w - 60 * MM, 150 * MM
        c.setFillColorRGB(0, 0, 0)
        c.setLineWidth(1.2)
        c.rect(x0, top - bh, bw, bh)
        c.setFont("SansB", 18)
        c.drawCentredString(w / 2, top - 12 * MM, "APOSTILLE")
        c.setFont("Sans", 8.5)
        c.drawCentredString(w / 2, top - 18 * MM, d["conv"])
        y = top - 30 * MM
        items = d["items"]
        for i, (lab, val) in enumerate(items, start=1):
            if i == 5:
                c.setFont("SansB", 10)
                c.drawCentredString(w / 2, y, d["certified"])
                y -= 9 * MM
            c.setFont("Sans", 8.5)
            c.drawString(x0 + 5 * MM, y, f"{i}. {lab}")
            c.setFont("SansB", 10)
            c.drawString(x0 + 5 * MM, y - 4.5 * MM, val)
            y -= 11 * MM
        draw_stamp(
            c,
            x0 + 35 * MM,
            top - bh + 20 * MM,
            15 * MM,
            d["stamp"],
            rng,
            color=d.get("stamp_color", (0.1, 0.2, 0.6)),
            center=d.get("stamp_center"),
        )
        draw_signature(
            c, x0 + 85 * MM, top - bh + 8 * MM, 45 * MM, 18 * MM, rng, ink=(0.1, 0.1, 0.2)
        )
        if d.get("matrix"):
            fake_matrix(c, w - 60 * MM, top - bh - 32 * MM, 26 * MM, rng)
            c.setFont("Sans", 7)
            c.drawString(x0, top - bh - 10 * MM, d["matrix"])

    return make_pdf([page])


def kutipan(d, rng):
    """Indonesian Kutipan Akta Kelahiran (Dukcapil model, landscape-ish form on A4)."""

    def page(c, w, h):
        c.setFillColorRGB(0.96, 0.98, 0.95)
        c.rect(0, 0, w, h, fill=1, stroke=0)
        c.setStrokeColorRGB(0.2, 0.45, 0.3)
        c.setLineWidth(2.5)
        c.rect(12 * MM, 12 * MM, w - 24 * MM, h - 24 * MM)
        c.setLineWidth(0.6)
        c.rect(14 * MM, 14 * MM, w - 28 * MM, h - 28 * MM)
        c.setFillColorRGB(0.75, 0.6, 0.2)
        c.circle(w / 2, h - 32 * MM, 9 * MM, fill=1, stroke=0)
        c.setFillColorRGB(0, 0, 0)
        c.setFont("SerifB", 12)
        c.drawCentredString(w / 2, h - 50 * MM, "REPUBLIK INDONESIA")
        c.setFont("SerifB", 16)
        c.drawCentredString(w / 2, h - 60 * MM, "KUTIPAN AKTA KELAHIRAN")
        c.setFont("Serif", 11)
        c.drawCentredString(w / 2, h - 68 * MM, d["wn"])
        c.drawCentredString(w / 2, h - 75 * MM, f"No. {d['akta_no']}")
        c.setFont("Serif", 11)
        y = h - 92 * MM
        parts = [
            f"Berdasarkan Akta Kelahiran Nomor {d['akta_no']}",
            f"bahwa di {d['place']}",
            f"pada tanggal {d['dob_words_id']}",
            "telah lahir :",
        ]
        for t in parts:
            c.drawString(30 * MM, y, t)
            y -= 8 * MM
        c.setFont("SerifB", 15)
        c.drawCentredString(w / 2, y - 2 * MM, d["full_name"])
        y -= 16 * MM
        c.setFont("Serif", 11)
        for t in [
            f"anak ke {d['rank']}, {d['sex_id']}, dari ayah {d['father']}",
            f"dan ibu {d['mother']}",
        ]:
            c.drawString(30 * MM, y, t)
            y -= 8 * MM
        y -= 10 * MM
        c.drawString(110 * MM, y, f"Kutipan ini dikeluarkan di {d['issue_place']}")
        c.drawString(110 * MM, y - 6 * MM, f"pada tanggal {d['issued_words_id']}")
        c.setFont("SerifB", 10)
        c.drawString(110 * MM, y - 14 * MM, d["office"][0])
        c.drawString(110 * MM, y - 19 * MM, d["office"][1])
        draw_signature(c, 115 * MM, y - 45 * MM, 50 * MM, 20 * MM, rng, ink=(0.05, 0.05, 0.2))
        c.setFont("SerifB", 10)
        c.drawString(110 * MM, y - 50 * MM, d["head"])
        c.setFont("Serif", 9)
        c.drawString(110 * MM, y - 55 * MM, f"NIP. {d['nip']}")
        fake_matrix(c, 30 * MM, y - 55 * MM, 28 * MM, rng)
        c.setFont("Serif", 7)
        c.drawString(
            30 * MM,
            22 * MM,
            "Dokumen ini telah ditandatangani secara elektronik "
            "menggunakan sertifikat elektronik yang diterbitkan BSrE.",
        )

    return make_pdf([page])


def translation(d, rng):
    """Traduction certifiée conforme by a traducteur expert (2 columns of label/value)."""

    def page(c, w, h):
        c.setFont("SansB", 9)
        c.drawString(20 * MM, h - 18 * MM, d["translator"])
        c.setFont("Sans", 8)
        for i, t in enumerate(d["translator_lines"]):
            c.drawString(20 * MM, h - (22 + 3.8 * i) * MM, t)
        c.setFont("SansB", 9)
        c.drawRightString(w - 20 * MM, h - 18 * MM, f"Traduction n° {d['number']}")
        c.setFont("Sans", 8.5)
        c.drawString(20 * MM, h - 42 * MM, f"Traduit de l'{d['from']} — document : {d['doc']}")
        c.setFont("SerifB", 13)
        c.drawCentredString(w / 2, h - 56 * MM, d["title"])
        for i, t in enumerate(d.get("subtitle", [])):
            c.setFont("Serif", 10)
            c.drawCentredString(w / 2, h - (63 + 5 * i) * MM, t)
        y = h - 80 * MM
        for lab, val in d["rows"]:
            c.setFont("Serif", 10)
            c.drawString(22 * MM, y, lab)
            c.setFont("SerifB", 10.5)
            c.drawString(85 * MM, y, val)
            y -= 7.2 * MM
        y -= 6 * MM
        for t in d.get("extra", []):
            y = wrap(c, 22 * MM, y, t, w - 44 * MM, "Serif", 9.5)
        y -= 10 * MM
        y = wrap(
            c,
            22 * MM,
            y,
            "Je soussigné(e), traducteur(trice) expert(e) près la Cour "
            f"d'appel de {d['court']}, certifie que la présente traduction "
            f"est conforme à l'original en langue {d['lang_adj']} qui m'a été "
            f"présenté.",
            w - 44 * MM,
            "Serif",
            9.5,
        )
        c.setFont("Serif", 9.5)
        c.drawString(110 * MM, y - 6 * MM, f"{d['city']}, le {fr_date(d['date'])}")
        draw_stamp(
            c,
            80 * MM,
            y - 35 * MM,
            17 * MM,
            [d["translator"].upper(), "TRADUCTEUR EXPERT", f"COUR D'APPEL DE {d['court'].upper()}"],
            rng,
            color=(0.1, 0.3, 0.6),
            center=[d["lang_code"], "→ FR"],
        )
        draw_signature(c, 115 * MM, y - 40 * MM, 50 * MM, 20 * MM, rng)
        c.setFont("Sans", 7)
        c.drawCentredString(
            w / 2,
            12 * MM,
            "Traduction certifiée conforme — ne vaut que accompagnée de l'original ou de sa copie.",
        )

    return make_pdf([page])


def iraq_certificate(d, rng, dpi=200):
    """Iraqi Ministry of Health birth certificate (Arabic / English) with legalisation stamps,
    drawn as a flatbed-scan image (Arabic shaped by raqm)."""
    W, H = int(8.27 * dpi), int(11.69 * dpi)
    img = Image.new("RGB", (W, H), (250, 248, 240))
    dr = ImageDraw.Draw(img)
    s = dpi / 200
    ar = pil_font("Amiri", int(34 * s))
    arb = pil_font("AmiriB", int(40 * s))
    en = pil_font("Serif", int(26 * s))
    enb = pil_font("SerifB", int(32 * s))
    val = pil_font("Mono", int(28 * s))
    for k in range(0, W, int(12 * s)):
        dr.line([(k, int(480 * s)), (k + int(40 * s), int(1700 * s))], fill=(238, 240, 232))
    dr.rectangle(
        (int(60 * s), int(60 * s), W - int(60 * s), H - int(60 * s)),
        outline=(40, 90, 60),
        width=int(6 * s),
    )
    dr.text(
        (W - int(110 * s), int(110 * s)),
        "جمهورية العراق",
        font=arb,
        fill=(0, 0, 0),
        anchor="ra",
        direction="rtl",
        language="ar",
    )
    dr.text(
        (W - int(110 * s), int(165 * s)),
        "وزارة الصحة",
        font=ar,
        fill=(0, 0, 0),
        anchor="ra",
        direction="rtl",
        language="ar",
    )
    dr.text((int(110 * s), int(115 * s)), "Republic of Iraq", font=enb, fill=(0, 0, 0))
    dr.text((int(110 * s), int(165 * s)), "Ministry of Health", font=en, fill=(0, 0, 0))
    dr.ellipse(
        (W // 2 - int(55 * s), int(100 * s), W // 2 + int(55 * s), int(210 * s)),
        outline=(120, 100, 40),
        width=int(4 * s),
    )
    dr.text(
        (W // 2, int(300 * s)),
        "شهادة ولادة",
        font=pil_font("AmiriB", int(56 * s)),
        fill=(20, 60, 30),
        anchor="mm",
        direction="rtl",
        language="ar",
    )
    dr.text((W // 2, int(370 * s)), "BIRTH CERTIFICATE", font=enb, fill=(20, 60, 30), anchor="mm")
    dr.text((int(110 * s), int(420 * s)), f"No. {d['number']}", font=en, fill=(150, 0, 0))
    y = int(500 * s)
    for lab_en, lab_ar, v_en, v_ar in d["rows"]:
        dr.text((int(110 * s), y), lab_en, font=en, fill=(60, 60, 60))
        dr.text(
            (W - int(110 * s), y - int(8 * s)),
            lab_ar,
            font=ar,
            fill=(60, 60, 60),
            anchor="ra",
            direction="rtl",
            language="ar",
        )
        dr.text((int(130 * s), y + int(40 * s)), v_en, font=val, fill=(10, 10, 40))
        if v_ar:
            dr.text(
                (W - int(130 * s), y + int(34 * s)),
                v_ar,
                font=ar,
                fill=(10, 10, 40),
                anchor="ra",
                direction="rtl",
                language="ar",
            )
        dr.line(
            [(int(110 * s), y + int(88 * s)), (W - int(110 * s), y + int(88 * s))],
            fill=(180, 180, 170),
            width=1,
        )
        y += int(104 * s)
    y += int(20 * s)
    dr.text((int(110 * s), y), f"Issued: {d['issued_txt']}", font=en, fill=(0, 0, 0))
    dr.text(
        (W - int(110 * s), y - int(8 * s)),
        "مدير دائرة صحة بغداد",
        font=ar,
        fill=(0, 0, 0),
        anchor="ra",
        direction="rtl",
        language="ar",
    )
    pil_signature(
        dr, W - int(560 * s), y + int(30 * s), int(400 * s), int(120 * s), rng, ink=(30, 30, 90)
    )

    def stamp(cx, cy, r, color, ring_txt, center):
        dr.ellipse((cx - r, cy - r, cx + r, cy + r), outline=color, width=int(4 * s))
        dr.ellipse(
            (cx - r * 0.72, cy - r * 0.72, cx + r * 0.72, cy + r * 0.72),
            outline=color,
            width=int(2 * s),
        )
        f = pil_font("SansB", int(r * 0.16))
        n = len(ring_txt)
        for i, ch in enumerate(ring_txt):
            a = -math.pi / 2 + 2 * math.pi * i / n
            dr.text(
                (cx + r * 0.86 * math.cos(a), cy + r * 0.86 * math.sin(a)),
                ch,
                font=f,
                fill=color,
                anchor="mm",
            )
        for k, t in enumerate(center):
            dr.text(
                (cx, cy - r * 0.15 + k * r * 0.3),
                t,
                font=pil_font("SansB", int(r * 0.17)),
                fill=color,
                anchor="mm",
            )

    stamp(
        int(330 * s),
        y + int(190 * s),
        int(110 * s),
        (40, 50, 140),
        "MINISTRY OF HEALTH * BAGHDAD HEALTH DIRECTORATE * ",
        ["VITAL", "STATISTICS"],
    )
    # legalisation block
    ly = H - int(560 * s)
    dr.rectangle(
        (int(110 * s), ly, int(800 * s), ly + int(330 * s)),
        outline=(110, 30, 120),
        width=int(3 * s),
    )
    dr.text(
        (int(455 * s), ly + int(40 * s)),
        "وزارة الخارجية - دائرة التصديقات",
        font=ar,
        fill=(110, 30, 120),
        anchor="mm",
        direction="rtl",
        language="ar",
    )
    lf = pil_font("SansB", int(22 * s))
    for k, t in enumerate(
        [
            "MINISTRY OF FOREIGN AFFAIRS",
            "AUTHENTICATION DEPARTMENT",
            f"No. {d['mofa_no']}   Date {d['mofa_date']}",
            "Signature authenticated, content not",
        ]
    ):
        dr.text((int(130 * s), ly + int((90 + 40 * k) * s)), t, font=lf, fill=(110, 30, 120))
    pil_signature(
        dr, int(450 * s), ly + int(210 * s), int(300 * s), int(100 * s), rng, ink=(60, 20, 90)
    )
    fx = int(880 * s)
    dr.rectangle(
        (fx, ly, W - int(110 * s), ly + int(380 * s)), outline=(20, 40, 120), width=int(3 * s)
    )
    ff = pil_font("SansB", int(21 * s))
    for k, t in enumerate(
        [
            "AMBASSADE DE FRANCE EN IRAK",
            "Section consulaire - Bagdad",
            "Vu pour légalisation de la signature",
            "de M. le Directeur,",
            "Ministère des Affaires étrangères",
            f"Bagdad, le {d['fr_date']}",
            f"N° {d['fr_no']}    Droits perçus",
        ]
    ):
        dr.text((fx + int(20 * s), ly + int((25 + 36 * k) * s)), t, font=ff, fill=(20, 40, 120))
    stamp(
        W - int(300 * s),
        ly + int(300 * s),
        int(70 * s),
        (20, 40, 120),
        "REPUBLIQUE FRANCAISE * CONSULAT * ",
        ["RF"],
    )
    pil_signature(
        dr, fx + int(40 * s), ly + int(270 * s), int(220 * s), int(90 * s), rng, ink=(10, 20, 80)
    )
    return img
