"""Birth certificates (Mali, Colombia, England, Ukraine), apostilles, sworn translation."""

from __future__ import annotations

from reportlab.lib.pagesizes import A4, landscape

from cd_common import (
    INK_BLACK,
    INK_BLUE,
    MM,
    dmy,
    draw_signature,
    finish,
    guilloche,
    hand,
    new_canvas,
    stamp,
)


def _dots(c, x, y, w):
    c.saveState()
    c.setDash(0.6, 1.6)
    c.setLineWidth(0.5)
    c.line(x, y - 1.2, x + w, y - 1.2)
    c.restoreState()


def mali_acte(b, rng):
    """Printed Malian form (volet n° 3) with handwritten entries."""
    c, buf = new_canvas(A4)
    W, H = A4
    c.setFillColorRGB(0.99, 0.97, 0.9)
    c.rect(0, 0, W, H, stroke=0, fill=1)
    c.setFillColorRGB(0, 0, 0)
    c.setFont("serif-b", 9)
    c.drawString(15 * MM, H - 16 * MM, "RÉGION DE " + b["region"].upper())
    c.drawString(15 * MM, H - 21 * MM, "CERCLE DE " + b["cercle"].upper())
    c.drawString(15 * MM, H - 26 * MM, "COMMUNE " + b["commune"].upper())
    c.setFont("serif", 8.5)
    c.drawString(15 * MM, H - 31 * MM, "Centre d'État Civil de : ")
    hand(c, 52 * MM, H - 31 * MM, b["centre"], rng, b["font"], 12)
    c.setFont("serif-b", 10)
    c.drawRightString(W - 15 * MM, H - 16 * MM, "RÉPUBLIQUE DU MALI")
    c.setFont("serif-i", 8.5)
    c.drawRightString(W - 15 * MM, H - 21 * MM, "Un Peuple - Un But - Une Foi")
    c.setFont("serif-b", 16)
    c.drawCentredString(W / 2, H - 45 * MM, "ACTE DE NAISSANCE")
    c.setFont("serif", 10)
    c.drawCentredString(W / 2, H - 51 * MM, "N° ")
    hand(c, W / 2 + 4 * MM, H - 51 * MM, b["acte_no"], rng, b["font"], 13)
    c.setFont("serif-b", 9)
    c.drawRightString(W - 15 * MM, H - 45 * MM, "VOLET N° 3")
    c.setFont("serif-i", 7.5)
    c.drawRightString(W - 15 * MM, H - 49 * MM, "(à remettre au déclarant)")
    rows = [
        ("Le", b["date_words"], 12),
        ("Est né(e) à", b["pob"], 12),
        ("un enfant de sexe", b["sexe"], 12),
        ("Prénom(s) de l'enfant", b["given"], 12),
        ("Nom de l'enfant", b["surname"], 12),
        ("Père : Prénom(s) et Nom", b["father"], 12),
        ("Âge", b["f_age"], 60),
        ("Profession", b["f_job"], 60),
        ("Domicile", b["f_home"], 60),
        ("Mère : Prénom(s) et Nom", b["mother"], 12),
        ("Âge", b["m_age"], 60),
        ("Profession", b["m_job"], 60),
        ("Domicile", b["m_home"], 60),
        ("Dressé le", b["drawn"], 12),
        ("Sur la déclaration de", b["declarant"], 12),
    ]
    y = H - 66 * MM
    for lb, val, ind in rows:
        x = (15 + (0 if ind == 12 else 30)) * MM
        c.setFont("serif", 9.5)
        c.setFillColorRGB(0, 0, 0)
        c.drawString(x, y, lb + " :")
        lw = c.stringWidth(lb + " :", "serif", 9.5)
        _dots(c, x + lw + 2, y, W - 15 * MM - x - lw - 2)
        hand(c, x + lw + 5 * MM, y + 0.8, val, rng, b["font"], 12.5)
        y -= 9.6 * MM
    c.setFont("serif", 9.5)
    c.drawString(15 * MM, y - 2 * MM, "Pour copie conforme au volet n° 3 délivré le :")
    hand(c, 90 * MM, y - 2 * MM, dmy(b["copy_date"]), rng, b["font"], 12.5)
    c.drawString(120 * MM, y - 12 * MM, "L'Officier de l'État Civil")
    stamp(c, 80 * MM, y - 28 * MM, 15 * MM, "MAIRIE DE LA COMMUNE " + b["commune"][:16].upper() + " * ",
          ["ÉTAT", "CIVIL"], rng, (0.15, 0.3, 0.6))  # fmt: skip
    draw_signature(c, 125 * MM, y - 35 * MM, 45 * MM, 18 * MM, rng, INK_BLUE)
    hand(c, 122 * MM, y - 40 * MM, b["officer"], rng, b["font"], 11)
    c.setFont("serif-i", 6.5)
    c.drawString(15 * MM, 12 * MM, "Imprimerie Nationale du Mali - Modèle réglementaire")
    return finish(c, buf)


def colombia_registro(b, rng):
    """Registro civil de nacimiento (Registraduría): a grid of boxed cells."""
    c, buf = new_canvas(A4)
    W, H = A4
    c.setFillColorRGB(0, 0, 0)
    c.setFont("arial-b", 9)
    c.drawString(16 * MM, H - 16 * MM, "REPÚBLICA DE COLOMBIA")
    c.setFont("arial", 7.5)
    c.drawString(16 * MM, H - 20 * MM, "REGISTRADURÍA NACIONAL DEL ESTADO CIVIL")
    c.setFont("arial-b", 14)
    c.drawCentredString(W / 2, H - 30 * MM, "REGISTRO CIVIL DE NACIMIENTO")
    c.setFont("arial", 8)
    c.drawRightString(W - 16 * MM, H - 16 * MM, "Indicativo Serial")
    c.setFont("arial-b", 12)
    c.drawRightString(W - 16 * MM, H - 22 * MM, b["serial"])
    x0, x1 = 14 * MM, W - 14 * MM
    y = H - 36 * MM

    def section(title):
        nonlocal y
        c.setFillColorRGB(0.85, 0.85, 0.85)
        c.rect(x0, y - 5 * MM, x1 - x0, 5 * MM, stroke=1, fill=1)
        c.setFillColorRGB(0, 0, 0)
        c.setFont("arial-b", 7.5)
        c.drawCentredString(W / 2, y - 3.6 * MM, title)
        y -= 5 * MM

    def row(cells, h=10 * MM):
        nonlocal y
        tot = sum(w for _, _, w in cells)
        x = x0
        for lb, val, w in cells:
            cw = (x1 - x0) * w / tot
            c.rect(x, y - h, cw, h)
            c.setFont("arial", 5.8)
            c.drawString(x + 1.2 * MM, y - 2.6 * MM, lb)
            c.setFont("mono", 8.6)
            c.drawString(x + 2 * MM, y - h + 2.4 * MM, val)
            x += cw
        y -= h

    section("Datos de la oficina de registro")
    row([("Clase de oficina", "NOTARÍA", 2), ("Número", b["notaria_no"], 1),
         ("Código", b["code"], 1), ("País - Departamento - Municipio", b["office_place"], 5)])  # fmt: skip
    row([("NUIP", b["nuip"], 3), ("Indicativo serial", b["serial"], 3)])
    section("Datos del inscrito")
    row([("Primer Apellido", b["ap1"], 3), ("Segundo Apellido", b["ap2"], 3)])
    row([("Nombre(s)", b["given"], 1)])
    d = b["dob"]
    row([("Fecha de nacimiento   Año", str(d.year), 2), ("Mes", ES_MONTHS[d.month - 1], 2),
         ("Día", f"{d.day:02d}", 1), ("Sexo (en letras)", b["sexo"], 2),
         ("Grupo sanguíneo", b["blood"], 1), ("Factor RH", "+", 1)])  # fmt: skip
    row([("Lugar de nacimiento (Clínica, Hospital...) País - Departamento - Municipio",
          b["pob_full"], 1)])  # fmt: skip
    section("Datos de la madre")
    row([("Apellidos y nombres completos", b["mother"], 4), ("Documento de identificación", b["m_id"], 2),
         ("Nacionalidad", "COLOMBIA", 2)])  # fmt: skip
    section("Datos del padre")
    row([("Apellidos y nombres completos", b["father"], 4), ("Documento de identificación", b["f_id"], 2),
         ("Nacionalidad", "COLOMBIA", 2)])  # fmt: skip
    section("Datos del declarante")
    row([("Apellidos y nombres completos", b["father"], 4), ("Documento de identificación", b["f_id"], 2),
         ("Firma", "", 2)])  # fmt: skip
    draw_signature(c, 150 * MM, y + 1 * MM, 30 * MM, 8 * MM, rng, INK_BLACK)
    section("Fecha de inscripción")
    r = b["reg"]
    row([("Año", str(r.year), 1), ("Mes", ES_MONTHS[r.month - 1], 1), ("Día", f"{r.day:02d}", 1),
         ("Nombre y firma del funcionario que autoriza", b["notary"], 5)], 14 * MM)  # fmt: skip
    draw_signature(c, 120 * MM, y + 4 * MM, 35 * MM, 9 * MM, rng, INK_BLACK)
    section("ESPACIO PARA NOTAS")
    c.rect(x0, y - 22 * MM, x1 - x0, 22 * MM)
    c.setFont("mono", 7.5)
    c.drawString(x0 + 2 * MM, y - 6 * MM, "SIN NOTAS MARGINALES")
    y -= 30 * MM
    c.setFont("arial-b", 8.5)
    c.drawString(x0, y, f"ES FIEL COPIA TOMADA DEL ORIGINAL - {b['notaria_no']} NOTARÍA DEL CÍRCULO DE "
                 f"{b['notaria_city'].upper()}")  # fmt: skip
    c.setFont("arial", 8.5)
    c.drawString(
        x0, y - 5 * MM, f"Expedida el {dmy(b['copy_date'])} con destino a: TRÁMITES EN EL EXTERIOR"
    )
    stamp(c, 60 * MM, y - 25 * MM, 14 * MM, f"NOTARÍA {b['notaria_no']} {b['notaria_city'].upper()} * ",
          ["NOTARIO", "COLOMBIA"], rng, (0.1, 0.2, 0.55))  # fmt: skip
    draw_signature(c, 110 * MM, y - 30 * MM, 50 * MM, 16 * MM, rng, INK_BLACK)
    c.setFont("arial", 8)
    c.drawString(110 * MM, y - 34 * MM, b["notary"])
    return finish(c, buf)


ES_MONTHS = ["ENE", "FEB", "MAR", "ABR", "MAY", "JUN", "JUL", "AGO", "SEP", "OCT", "NOV", "DIC"]


def gro_certificate(b, rng):
    """England & Wales certified copy of an entry of birth (GRO, post-1969 form), handwritten."""
    c, buf = new_canvas(landscape(A4))
    W, H = landscape(A4)
    c.setFillColorRGB(0.98, 0.9, 0.88)
    c.rect(0, 0, W, H, stroke=0, fill=1)
    guilloche(c, 0, 0, W, H, rng, (0.95, 0.82, 0.8), 60)
    red = (0.6, 0.1, 0.12)
    c.setFillColorRGB(*red)
    c.setStrokeColorRGB(*red)
    c.setFont("serif-b", 13)
    c.drawCentredString(W / 2, H - 15 * MM, "CERTIFIED COPY OF AN ENTRY OF BIRTH")
    c.setFont("serif", 8.5)
    c.drawString(15 * MM, H - 15 * MM, f"{b['app_no']}")
    c.drawRightString(W - 15 * MM, H - 15 * MM, "GIVEN AT THE GENERAL REGISTER OFFICE")
    c.drawString(15 * MM, H - 25 * MM, f"REGISTRATION DISTRICT   {b['district']}")
    c.setFont("serif-b", 9.5)
    c.drawString(15 * MM, H - 32 * MM, f"BIRTH   Entry No. {b['entry']}   Sub-district {b['subdistrict']}"
                 f"   Administrative area {b['county']}")  # fmt: skip
    # post-1969 entry form: numbered boxes (b["boxes"]: rows of (label, value, width))
    top = H - 37 * MM
    x0, x1 = 14 * MM, W - 14 * MM
    c.setLineWidth(0.6)
    rh = 11.5 * MM
    for row in b["boxes"]:
        tot = sum(w for _, _, w in row)
        x = x0
        for lb, val, w in row:
            cw = (x1 - x0) * w / tot
            c.setStrokeColorRGB(*red)
            c.rect(x, top - rh, cw, rh)
            c.setFillColorRGB(*red)
            c.setFont("serif", 6.4)
            c.drawString(x + 1.2 * MM, top - 3 * MM, lb)
            if val:
                hand(c, x + 4 * MM, top - rh + 2.6 * MM, val, rng, b["font"], 11.5, INK_BLACK)
            x += cw
        top -= rh
    bot = top
    c.setFillColorRGB(*red)
    c.setFont("serif", 9)
    c.drawString(15 * MM, bot - 10 * MM, "CERTIFIED to be a true copy of an entry in the certified copy of a "
                 "Register of Births in the District above mentioned.")  # fmt: skip
    c.drawString(15 * MM, bot - 16 * MM, "Given at the GENERAL REGISTER OFFICE, under the Seal of the said "
                 f"Office, the {b['issue_words']}")  # fmt: skip
    c.setFont("serif-b", 12)
    c.drawString(15 * MM, bot - 30 * MM, b["serial"])
    stamp(c, W - 50 * MM, bot - 26 * MM, 16 * MM, "GENERAL REGISTER OFFICE * ", ["ENGLAND", "AND WALES"],
          rng, (0.5, 0.12, 0.15))  # fmt: skip
    c.setFont("serif", 6.5)
    c.drawString(15 * MM, 18 * MM, "CAUTION: THERE ARE OFFENCES RELATING TO FALSIFYING OR ALTERING A "
                 "CERTIFICATE AND USING OR POSSESSING A FALSE CERTIFICATE. ©CROWN COPYRIGHT")  # fmt: skip
    c.setFont("serif-b", 7.5)
    c.drawString(15 * MM, 13 * MM, "WARNING: A CERTIFICATE IS NOT EVIDENCE OF IDENTITY.")
    return finish(c, buf)


def ukraine_svidotstvo(b, rng):
    """Свідоцтво про народження (A5-like sheet on A4 paper), printed Cyrillic entries."""
    c, buf = new_canvas(A4)
    W, H = A4
    c.setFillColorRGB(0.95, 0.97, 0.93)
    c.rect(25 * MM, 40 * MM, W - 50 * MM, H - 70 * MM, stroke=0, fill=1)
    guilloche(c, 25 * MM, 40 * MM, W - 50 * MM, H - 70 * MM, rng, (0.82, 0.9, 0.85), 70)
    c.setFillColorRGB(0.1, 0.2, 0.15)
    c.setFont("serif-b", 13)
    c.drawCentredString(W / 2, H - 45 * MM, "УКРАЇНА")
    c.setFont("serif-b", 17)
    c.drawCentredString(W / 2, H - 58 * MM, "СВІДОЦТВО")
    c.setFont("serif-b", 12)
    c.drawCentredString(W / 2, H - 65 * MM, "ПРО НАРОДЖЕННЯ")
    c.setFont("serif-i", 9)
    c.drawCentredString(W / 2, H - 71 * MM, "(повторно)")
    rows = [
        ("Прізвище", b["surname"]),
        ("Ім'я", b["given"]),
        ("По батькові", b["patronymic"]),
        ("Дата народження", b["dob_words"]),
        ("", b["dob_num"]),
        ("Місце народження", b["pob"]),
        ("", ""),
        ("про що", b["record"]),
        ("", ""),
        ("Батько", b["father"]),
        ("громадянство", "України"),
        ("Мати", b["mother"]),
        ("громадянство", "України"),
        ("Місце державної", b["office1"]),
        ("реєстрації", b["office2"]),
        ("Дата видачі", dmy(b["issued"], ".")),
    ]
    y = H - 85 * MM
    for lb, val in rows:
        c.setFillColorRGB(0.1, 0.2, 0.15)
        c.setFont("serif", 9)
        c.drawString(32 * MM, y, lb)
        c.setFillColorRGB(0.02, 0.02, 0.05)
        c.setFont("narrow-b", 10.5)
        c.drawString(68 * MM, y, val)
        if lb:
            _dots(c, 68 * MM, y, W - 100 * MM)
        y -= 8.2 * MM
    c.setFont("serif", 9)
    c.drawString(32 * MM, y - 4 * MM, "Державний реєстратор")
    draw_signature(c, 80 * MM, y - 8 * MM, 30 * MM, 10 * MM, rng, INK_BLUE)
    c.drawString(120 * MM, y - 4 * MM, b["registrar"])
    stamp(c, 72 * MM, y - 24 * MM, 15 * MM, "МІНІСТЕРСТВО ЮСТИЦІЇ УКРАЇНИ * ", ["ВІДДІЛ", "ДРАЦС"], rng,
          (0.15, 0.25, 0.65))  # fmt: skip
    c.setFillColorRGB(0.7, 0.1, 0.1)
    c.setFont("serif-b", 14)
    c.drawString(115 * MM, 48 * MM, f"Серія {b['series']}  № {b['number']}")
    return finish(c, buf)


def apostille(a, rng, lang="en", page=A4, text_layer_header=None):
    """Hague 1961 apostille: the ten numbered items, bilingual labels."""
    c, buf = new_canvas(page)
    W, H = page
    L = {
        "en": ["Country:", "has been signed by", "acting in the capacity of", "bears the seal/stamp of",
               "at", "the", "by", "No", "Seal/stamp:", "Signature:", "This public document", "Certified"],
        "es": ["País: / Country:", "Ha sido firmado por: / Has been signed by:",
               "Quien actúa en calidad de: / Acting in the capacity of:",
               "Y está revestido del sello/timbre de: / Bears the seal/stamp of:",
               "En: / At:", "El día: / The:", "Por: / By:", "Bajo el número: / No:",
               "Sello/timbre: / Seal/stamp:", "Firma: / Signature:",
               "El presente documento público / This public document", "Certificado / Certified"],
        "uk": ["Країна: / Country:", "підписаний / has been signed by",
               "який діє як / acting in the capacity of", "скріплений печаткою/штампом / bears the seal/stamp of",
               "в / at", "дата / the", "ким / by", "за № / No", "Печатка/штамп / Seal/stamp",
               "Підпис / Signature", "Цей офіційний документ / This public document",
               "Засвідчено / Certified"],
    }[lang]  # fmt: skip
    bx, by, bw, bh = a.get("box", (25 * MM, H - 160 * MM, W - 50 * MM, 130 * MM))
    if a.get("header"):
        c.setFont("arial-b", 10)
        for i, hl in enumerate(a["header"]):
            c.drawCentredString(W / 2, by + bh + 18 * MM - i * 5 * MM, hl)
    c.setLineWidth(1.4)
    c.rect(bx, by, bw, bh)
    c.setFont("serif-b", 16)
    c.drawCentredString(bx + bw / 2, by + bh - 10 * MM, "APOSTILLE")
    c.setFont("serif-i", 9.5)
    c.drawCentredString(bx + bw / 2, by + bh - 16 * MM, "(Convention de La Haye du 5 octobre 1961)")
    vals = [a["country"], a["signed_by"], a["capacity"], a["seal_of"], a["at"], a["on_text"], a["by"],
            a["number"], "", ""]  # fmt: skip
    y = by + bh - 26 * MM
    fs = 8.6 if lang != "en" else 9.5
    c.setFont("serif", fs)

    def item(n, lb, val, x):
        nonlocal y
        c.setFont("serif", fs)
        c.drawString(x, y, f"{n}. {lb}")
        w = c.stringWidth(f"{n}. {lb} ", "serif", fs)
        c.setFont("arial-b", fs + 0.4)
        if x + w + c.stringWidth(val, "arial-b", fs + 0.4) > bx + bw - 4 * MM:
            y -= 5 * MM
            c.drawString(x + 6 * MM, y, val)
        else:
            c.drawString(x + w, y, val)
        y -= 7 * MM

    item(1, L[0], vals[0], bx + 6 * MM)
    c.setFont("serif-i", fs)
    c.drawString(bx + 6 * MM, y, L[10])
    y -= 7 * MM
    for i in (1, 2, 3):
        item(i + 1, L[i], vals[i], bx + 6 * MM)
    c.setFont("serif-i", fs)
    c.drawCentredString(bx + bw / 2, y, L[11])
    y -= 7 * MM
    for i in (4, 5, 6, 7):
        item(i + 1, L[i], vals[i], bx + 6 * MM)
    c.setFont("serif", fs)
    c.drawString(bx + 6 * MM, y, "9. " + L[8])
    c.drawString(bx + bw / 2, y, "10. " + L[9])
    stamp(
        c,
        bx + 35 * MM,
        y - 13 * MM,
        12 * MM,
        a["stamp_ring"],
        a["stamp_center"],
        rng,
        a["stamp_col"],
    )
    if a.get("e_signed"):
        c.setFont("mono", 7)
        c.drawString(bx + bw / 2, y - 8 * MM, "Firmado digitalmente por:")
        c.drawString(bx + bw / 2, y - 12 * MM, a["e_signed"])
    else:
        draw_signature(c, bx + bw / 2 + 5 * MM, y - 20 * MM, 45 * MM, 15 * MM, rng, INK_BLUE)
    for i, ln in enumerate(a.get("footer", [])):
        c.setFont("arial", 7)
        c.drawString(bx, by - 6 * MM - i * 4 * MM, ln)
    return finish(c, buf)


def translation(t, rng):
    """Sworn translation (traduction certifiée conforme), two pages, translator's stamp."""
    c, buf = new_canvas(A4)
    W, H = A4
    for pno, block in enumerate(t["pages"], start=1):
        c.setFont("serif-b", 10)
        c.drawString(20 * MM, H - 18 * MM, t["translator"])
        c.setFont("serif", 8.5)
        for i, ln in enumerate(t["letterhead"]):
            c.drawString(20 * MM, H - 23 * MM - i * 4 * MM, ln)
        c.drawRightString(W - 20 * MM, H - 18 * MM, f"N° de répertoire : {t['rep']}")
        c.drawRightString(W - 20 * MM, H - 23 * MM, f"Page {pno}/{len(t['pages'])}")
        c.setFont("serif-b", 11)
        c.drawCentredString(W / 2, H - 45 * MM, block["title"])
        y = H - 58 * MM
        for ln in block["lines"]:
            bold = ln.startswith("**")
            c.setFont("serif-b" if bold else "serif", 10.5)
            c.drawString(22 * MM, y, ln.strip("*"))
            y -= 6.3 * MM
        if pno == len(t["pages"]):
            y -= 6 * MM
            for ln in t["certif"]:
                c.setFont("serif-i", 10)
                c.drawString(22 * MM, y, ln)
                y -= 5.6 * MM
            stamp(c, 60 * MM, y - 22 * MM, 17 * MM, t["stamp_ring"], t["stamp_center"], rng,
                  (0.1, 0.2, 0.6))  # fmt: skip
            draw_signature(c, 115 * MM, y - 30 * MM, 45 * MM, 16 * MM, rng, INK_BLUE)
        c.showPage()
    return finish(c, buf)
