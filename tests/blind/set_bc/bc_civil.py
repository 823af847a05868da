"""Birth certificates, apostilles and sworn translations."""

from __future__ import annotations

import random

from bc_common import MM, draw_persian, fr, fr_words, guilloche, signature, stamp


def _kv(c, x, y, lab, val, lf="Serif", vf="SerifB", ls=8, vs=9.5, gap=62 * MM):
    c.setFont(lf, ls)
    c.drawString(x, y, lab)
    c.setFont(vf, vs)
    c.drawString(x + gap, y, val)


def cameroon_birth(b: dict, seed: int):
    """Acte de naissance, bilingual (French / English), centre d'état civil."""

    def draw(c, w, h):
        rng = random.Random(seed)
        c.setFillColorRGB(0.1, 0.1, 0.1)
        c.setFont("SerifB", 9)
        c.drawString(20 * MM, h - 20 * MM, "RÉPUBLIQUE DU CAMEROUN")
        c.drawRightString(w - 20 * MM, h - 20 * MM, "REPUBLIC OF CAMEROON")
        c.setFont("SerifI", 7.5)
        c.drawString(24 * MM, h - 24 * MM, "Paix - Travail - Patrie")
        c.drawRightString(w - 24 * MM, h - 24 * MM, "Peace - Work - Fatherland")
        c.setFont("Serif", 8)
        c.drawString(20 * MM, h - 32 * MM, "Région du Centre / Centre Region")
        c.drawString(20 * MM, h - 36 * MM, "Département du Mfoundi")
        c.drawString(20 * MM, h - 40 * MM, "Centre d'état civil de " + b["centre"])
        c.drawRightString(w - 20 * MM, h - 36 * MM, "N° " + b["number"])
        c.setFont("SerifB", 15)
        c.drawCentredString(w / 2, h - 55 * MM, "ACTE DE NAISSANCE")
        c.setFont("SerifI", 11)
        c.drawCentredString(w / 2, h - 61 * MM, "BIRTH CERTIFICATE")
        rows = [
            ("Nom de l'enfant / Surname of the child", b["surname"].upper()),
            ("Prénoms de l'enfant / Given names", b["given"]),
            ("Né le / Born on", fr_words(b["dob"]).upper()),
            ("À / At", b["pob"]),
            ("Sexe / Sex", b["sex_word"]),
            ("De / Of (père / father)", b["father"]),
            ("Né à / Born at", b["father_pob"]),
            ("Profession / Occupation", b["father_job"]),
            ("Et de / And of (mère / mother)", b["mother"]),
            ("Née à / Born at", b["mother_pob"]),
            ("Dressé le / Drawn up on", fr(b["drawn"])),
            ("Sur la déclaration de / On the declaration of", b["declarant"]),
        ]
        y = h - 78 * MM
        for lab, val in rows:
            c.setFillColorRGB(0.1, 0.1, 0.1)
            c.setFont("Serif", 8)
            c.drawString(20 * MM, y, lab)
            c.setDash(1, 2)
            c.line(92 * MM, y - 1, w - 20 * MM, y - 1)
            c.setDash()
            c.setFont("Hand2", 12)
            c.setFillColorRGB(0.05, 0.05, 0.3)
            c.drawString(94 * MM, y + rng.uniform(0, 1.5), val)
            y -= 10 * MM
        c.setFillColorRGB(0.1, 0.1, 0.1)
        c.setFont("SerifB", 8)
        c.drawString(20 * MM, 62 * MM, "COPIE CERTIFIÉE CONFORME À L'ORIGINAL")
        c.setFont("Serif", 8)
        c.drawString(20 * MM, 57 * MM, "Délivrée à Yaoundé le " + fr(b["copy_on"]))
        c.drawString(w - 85 * MM, 62 * MM, "L'Officier d'état civil / Civil Status Registrar")
        signature(c, w - 80 * MM, 38 * MM, 45 * MM, 14 * MM, seed + 1)
        stamp(
            c,
            w - 60 * MM,
            45 * MM,
            16 * MM,
            ["MAIRIE DE " + b["centre"].upper(), "ÉTAT CIVIL"],
            rng,
        )
        c.setFont("Serif", 7)
        c.drawString(20 * MM, 20 * MM, "Timbre communal 1 000 FCFA")

    return draw


def colombia_birth(b: dict, seed: int):
    """Registro Civil de Nacimiento (Registraduría Nacional del Estado Civil)."""

    def draw(c, w, h):
        rng = random.Random(seed)
        guilloche(c, 10 * MM, 40 * MM, w - 20 * MM, h - 80 * MM, seed, (0.9, 0.88, 0.8))
        c.setFillColorRGB(0.1, 0.1, 0.1)
        c.setFont("SansB", 10)
        c.drawString(15 * MM, h - 18 * MM, "REPÚBLICA DE COLOMBIA")
        c.setFont("Sans", 8)
        c.drawString(15 * MM, h - 23 * MM, "REGISTRADURÍA NACIONAL DEL ESTADO CIVIL")
        c.setFont("SansB", 13)
        c.drawCentredString(w / 2, h - 36 * MM, "REGISTRO CIVIL DE NACIMIENTO")
        c.setFont("Sans", 8)
        c.drawRightString(w - 15 * MM, h - 18 * MM, "Indicativo Serial " + b["serial"])
        c.drawRightString(w - 15 * MM, h - 23 * MM, "NUIP " + b["nuip"])
        boxes = [
            ("Datos de la oficina de registro", ""),
            ("Clase de oficina: NOTARÍA   Número: " + b["notaria"], ""),
            ("País - Departamento - Municipio", "COLOMBIA - ANTIOQUIA - " + b["pob"].upper()),
            ("Datos del inscrito", ""),
            ("Primer Apellido", b["ap1"].upper()),
            ("Segundo Apellido", b["ap2"].upper()),
            ("Nombre(s)", b["given"].upper()),
            ("Fecha de nacimiento (Año Mes Día)", b["dob"].replace("-", "  ")),
            ("Sexo (en letras)", b["sex_word"]),
            ("Lugar de nacimiento", b["pob"].upper() + " - ANTIOQUIA - COLOMBIA"),
            ("Datos de la madre", b["mother"].upper()),
            ("Datos del padre", b["father"].upper()),
            ("Fecha de inscripción", b["registered"].replace("-", "  ")),
        ]
        y = h - 48 * MM
        for lab, val in boxes:
            c.setStrokeColorRGB(0.3, 0.3, 0.3)
            c.setLineWidth(0.5)
            if not val:
                c.setFillColorRGB(0.85, 0.85, 0.85)
                c.rect(15 * MM, y - 2 * MM, w - 30 * MM, 6 * MM, stroke=1, fill=1)
                c.setFillColorRGB(0.1, 0.1, 0.1)
                c.setFont("SansB", 7.5)
                c.drawString(17 * MM, y, lab)
                y -= 7 * MM
                continue
            c.rect(15 * MM, y - 5 * MM, w - 30 * MM, 10 * MM, stroke=1, fill=0)
            c.setFont("Sans", 6)
            c.setFillColorRGB(0.2, 0.2, 0.2)
            c.drawString(17 * MM, y + 2.2 * MM, lab)
            c.setFont("Mono", 9.5)
            c.setFillColorRGB(0.02, 0.02, 0.02)
            c.drawString(17 * MM, y - 2.6 * MM, val)
            y -= 11 * MM
        c.setFont("Sans", 7)
        c.drawString(
            15 * MM, 45 * MM, "ES FIEL COPIA TOMADA DEL ORIGINAL - Válido para demostrar parentesco"
        )
        c.drawString(15 * MM, 41 * MM, "Expedida en Medellín el " + b["copy_on"])
        signature(c, 120 * MM, 25 * MM, 45 * MM, 14 * MM, seed + 2, (0.1, 0.1, 0.1))
        c.drawString(120 * MM, 22 * MM, "Notario(a) " + b["notaria"] + " del Círculo de Medellín")
        stamp(c, 80 * MM, 30 * MM, 13 * MM, ["NOTARÍA " + b["notaria"], "MEDELLÍN"], rng)

    return draw


def philippines_birth(b: dict, seed: int):
    """PSA copy of the Certificate of Live Birth (Municipal Form No. 102)."""

    def draw(c, w, h):
        rng = random.Random(seed)
        c.setFillColorRGB(0.95, 0.93, 0.86)
        c.rect(0, 0, w, h, stroke=0, fill=1)
        guilloche(c, 0, 0, w, h, seed, (0.88, 0.84, 0.72))
        c.setFillColorRGB(0.1, 0.1, 0.1)
        c.setFont("Sans", 6.5)
        c.drawString(12 * MM, h - 12 * MM, "Municipal Form No. 102 (Revised January 1993)")
        c.setFont("SansB", 8)
        c.drawCentredString(w / 2, h - 16 * MM, "Republic of the Philippines")
        c.drawCentredString(w / 2, h - 20 * MM, "OFFICE OF THE CIVIL REGISTRAR GENERAL")
        c.setFont("SansB", 13)
        c.drawCentredString(w / 2, h - 28 * MM, "CERTIFICATE OF LIVE BIRTH")
        c.setFont("Sans", 7)
        c.drawString(12 * MM, h - 36 * MM, "Province: CEBU")
        c.drawString(12 * MM, h - 40 * MM, "City/Municipality: " + b["pob"].upper())
        c.drawRightString(w - 12 * MM, h - 36 * MM, "Registry No. " + b["registry"])
        rows = [
            ("1. NAME  (First)", b["given"].upper(), "(Middle)", b["middle"].upper()),
            ("(Last)", b["surname"].upper(), "2. SEX", b["sex_word"]),
            ("3. DATE OF BIRTH", b["dob_words"], "", ""),
            ("4. PLACE OF BIRTH", b["hospital"] + ", " + b["pob"].upper() + ", CEBU", "", ""),
            ("MOTHER  7. MAIDEN NAME", b["mother"].upper(), "8. CITIZENSHIP", "FILIPINO"),
            ("FATHER  14. NAME", b["father"].upper(), "15. CITIZENSHIP", "FILIPINO"),
            ("20. DATE OF MARRIAGE OF PARENTS", b["parents_married"], "", ""),
            ("REMARKS/ANNOTATION", "", "", ""),
        ]
        y = h - 50 * MM
        for a, av, b2, bv in rows:
            c.setStrokeColorRGB(0.2, 0.2, 0.2)
            c.rect(12 * MM, y - 5 * MM, w - 24 * MM, 11 * MM, stroke=1, fill=0)
            c.setFillColorRGB(0.15, 0.15, 0.15)
            c.setFont("Sans", 6)
            c.drawString(14 * MM, y + 3 * MM, a)
            if b2:
                c.drawString(120 * MM, y + 3 * MM, b2)
            c.setFillColorRGB(0.02, 0.02, 0.02)
            c.setFont("Mono", 9)
            c.drawString(16 * MM, y - 2 * MM, av)
            if bv:
                c.drawString(122 * MM, y - 2 * MM, bv)
            y -= 12 * MM
        c.setFont("Sans", 6.5)
        c.drawString(12 * MM, 60 * MM, "Date of Registration: " + b["registered"])
        c.setFont("SansB", 7)
        c.drawString(12 * MM, 40 * MM, "This is a certified true copy of the record on file")
        c.drawString(
            12 * MM, 36 * MM, "with the Philippine Statistics Authority. Issued " + b["copy_on"]
        )
        signature(c, 130 * MM, 30 * MM, 45 * MM, 14 * MM, seed + 3, (0.1, 0.1, 0.1))
        c.setFont("Sans", 6.5)
        c.drawString(128 * MM, 26 * MM, "CIVIL REGISTRAR GENERAL")
        c.setFont("Mono", 7)
        c.drawString(12 * MM, 15 * MM, "PSA SECURITY PAPER  No. " + b["security_no"])
        stamp(c, 100 * MM, 35 * MM, 12 * MM, ["PSA", "CERTIFIED COPY"], rng, (0.6, 0.1, 0.1))

    return draw


def iran_birth(b: dict, seed: int):
    """Iranian birth certificate (shenasnameh) first page, with legalisation stamps."""

    def draw(c, w, h):
        rng = random.Random(seed)
        c.setFillColorRGB(0.93, 0.96, 0.93)
        c.rect(10 * MM, 60 * MM, w - 20 * MM, h - 80 * MM, stroke=0, fill=1)
        guilloche(c, 10 * MM, 60 * MM, w - 20 * MM, h - 80 * MM, seed, (0.8, 0.9, 0.8))
        c.setFillColorRGB(0.1, 0.1, 0.1)
        draw_persian(c, w / 2 + 30 * MM, h - 30 * MM, "جمهوری اسلامی ایران", 14)
        draw_persian(c, w / 2 + 30 * MM, h - 40 * MM, "سازمان ثبت احوال کشور", 12)
        rows = [
            ("شماره شناسنامه", b["shenas_no"]),
            ("نام", b["given_fa"]),
            ("نام خانوادگی", b["surname_fa"]),
            ("تاریخ تولد", b["dob_fa"]),
            ("محل تولد", "تهران"),
            ("نام پدر", b["father_fa"]),
            ("نام مادر", b["mother_fa"]),
            ("شماره ملی", b["national_no"]),
        ]
        y = h - 60 * MM
        for lab, val in rows:
            draw_persian(c, w - 25 * MM, y, lab, 11)
            c.setLineWidth(0.4)
            c.line(30 * MM, y - 2 * MM, w - 70 * MM, y - 2 * MM)
            if val.isascii():
                c.setFont("Mono", 11)
                c.drawString(60 * MM, y, val)
            else:
                draw_persian(c, w - 80 * MM, y, val, 11)
            y -= 13 * MM
        c.setFont("Sans", 7)
        c.drawString(20 * MM, 70 * MM, "Serial: " + b["serial"])
        stamp(c, 60 * MM, 40 * MM, 16 * MM, ["MINISTRY OF FOREIGN", "AFFAIRS - LEGALIZED"], rng)
        stamp(
            c,
            145 * MM,
            40 * MM,
            14 * MM,
            ["AMBASSADE DE FRANCE", "TÉHÉRAN - LÉGALISATION"],
            rng,
            (0.45, 0.1, 0.3),
            rect=True,
        )
        signature(c, 130 * MM, 20 * MM, 35 * MM, 10 * MM, seed + 4, (0.2, 0.1, 0.3), 0.7)

    return draw


def apostille(a: dict, seed: int):
    """Hague Convention apostille (10 numbered items)."""

    def draw(c, w, h):
        rng = random.Random(seed)
        x0, y0 = 25 * MM, h - 175 * MM
        bw, bh = w - 50 * MM, 150 * MM
        c.setStrokeColorRGB(0.1, 0.1, 0.1)
        c.setLineWidth(1.2)
        c.rect(x0, y0, bw, bh)
        c.setFont(a.get("font", "SansB"), 9)
        c.drawCentredString(w / 2, h - 15 * MM, a["header"])
        c.setFont("SansB", 16)
        c.drawCentredString(w / 2, y0 + bh - 12 * MM, "APOSTILLE")
        c.setFont("Sans", 8)
        c.drawCentredString(w / 2, y0 + bh - 18 * MM, "(Convention de La Haye du 5 octobre 1961)")
        items = [
            ("1. Country / País:", a["country_name"]),
            ("This public document / El presente documento público", ""),
            ("2. has been signed by / ha sido firmado por:", a["doc_signer"]),
            ("3. acting in the capacity of / quien actúa en calidad de:", a["doc_capacity"]),
            ("4. bears the seal/stamp of / y está revestido del sello de:", a["doc_seal"]),
            ("Certified / Certificado", ""),
            ("5. at / en:", a["place"]),
            ("6. the / el día:", a["date_printed"]),
            ("7. by / por:", a["authority"]),
            ("8. N° / bajo el número:", a["number"]),
            ("9. Seal/stamp / Sello:", "[sello]"),
            ("10. Signature / Firma:", a["signed_by"]),
        ]
        y = y0 + bh - 30 * MM
        for lab, val in items:
            c.setFont("SansB" if not val else "Sans", 8)
            c.drawString(x0 + 6 * MM, y, lab)
            if val:
                c.setFont("SansB", 8.5)
                c.drawString(x0 + 85 * MM, y, val)
            y -= 9 * MM
        stamp(c, x0 + 115 * MM, y0 + 25 * MM, 14 * MM, a["stamp"], rng)
        signature(c, x0 + 85 * MM, y0 + 5 * MM, 40 * MM, 12 * MM, seed + 9)
        if a.get("footer"):
            c.setFont("Sans", 6.5)
            for i, ln in enumerate(a["footer"]):
                c.drawString(x0, y0 - 8 * MM - i * 3.5 * MM, ln)

    return draw


def translation(t: dict, seed: int):
    """Sworn translation into French (traduction certifiée conforme), with stamp."""

    def draw(c, w, h):
        rng = random.Random(seed)
        c.setFont("SansB", 9)
        c.drawString(20 * MM, h - 18 * MM, t["translator"])
        c.setFont("Sans", 8)
        for i, ln in enumerate(t["translator_lines"]):
            c.drawString(20 * MM, h - 23 * MM - i * 4 * MM, ln)
        c.setFont("SerifB", 12)
        c.drawCentredString(w / 2, h - 50 * MM, "TRADUCTION")
        c.setFont("Serif", 8.5)
        c.drawCentredString(w / 2, h - 56 * MM, t["from_lang"])
        y = h - 70 * MM
        for ln in t["body"]:
            if ln.startswith("#"):
                c.setFont("SerifB", 10)
                c.drawCentredString(w / 2, y, ln[1:])
            else:
                c.setFont("Serif", 9.5)
                c.drawString(22 * MM, y, ln)
            y -= 6.2 * MM
        y -= 6 * MM
        c.setFont("SerifI", 8.5)
        for ln in [
            "Traduction certifiée conforme à l'original rédigé en " + t["lang_word"] + ",",
            "ne varietur, n° %s de mon répertoire." % t["rep_no"],
            "Fait à %s, le %s" % (t["city"], fr(t["date"])),
        ]:
            c.drawString(22 * MM, y, ln)
            y -= 5 * MM
        stamp(
            c,
            w - 55 * MM,
            y - 5 * MM,
            17 * MM,
            [t["translator"].upper()[:26], "Traducteur expert", t["court"]],
            rng,
        )
        signature(c, w - 75 * MM, y - 28 * MM, 40 * MM, 12 * MM, seed + 11)

    return draw
