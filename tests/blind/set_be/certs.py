"""A4 pieces: récépissé, birth certificates, apostille, sworn translation."""

from reportlab.lib.units import mm

from common import guilloche, signature, silhouette, stamp


def _lines(c, x, y, rows, lab_font, val_font, size, gap, lab_w):
    for k, v in rows:
        c.setFont(lab_font, size)
        c.drawString(x, y, k)
        c.setFont(val_font, size + 0.5)
        c.drawString(x + lab_w, y, v)
        y -= gap
    return y


def recepisse(r, rng):
    def f(c, w, h):
        c.setFillColorRGB(0.97, 0.95, 0.9)
        c.rect(10 * mm, h - 150 * mm, w - 20 * mm, 140 * mm, stroke=0, fill=1)
        guilloche(c, 10 * mm, h - 150 * mm, w - 20 * mm, 140 * mm, rng, color=(0.9, 0.8, 0.7))
        c.setFillColorRGB(0, 0, 0)
        c.setFont("SansB", 9)
        c.drawString(16 * mm, h - 20 * mm, "RÉPUBLIQUE FRANÇAISE")
        c.setFont("Sans", 8)
        c.drawString(16 * mm, h - 25 * mm, r["prefecture"])
        c.setFont("SansB", 11)
        c.drawCentredString(w / 2, h - 36 * mm, "RÉCÉPISSÉ DE DEMANDE DE CARTE DE SÉJOUR")
        c.setFont("Sans", 7.5)
        c.drawCentredString(
            w / 2,
            h - 41 * mm,
            "Ce récépissé ne vaut pas titre de séjour mais "
            "autorise le séjour en France pendant sa durée de validité",
        )
        c.setFont("Mono", 9)
        c.drawRightString(w - 16 * mm, h - 20 * mm, "N° " + r["number"])
        silhouette(c, 16 * mm, h - 95 * mm, 30 * mm, 40 * mm)
        rows = [
            ("Nom :", r["surname"]),
            ("Prénom(s) :", r["given"]),
            ("Né(e) le :", r["dob_p"]),
            ("à :", r["pob"]),
            ("Nationalité :", r["nat"]),
            ("Sexe :", r["sex"]),
            ("Adresse :", r["address"]),
            ("Motif :", r["motif"]),
            ("Valable du :", r["from_p"] + "  au : " + r["until_p"]),
            ("N° étranger (AGDREF) :", r["agdref"]),
        ]
        _lines(c, 52 * mm, h - 52 * mm, rows, "Sans", "SansB", 8, 6.3 * mm, 36 * mm)
        c.setFont("Sans", 7.5)
        c.drawString(16 * mm, h - 120 * mm, "Autorise son titulaire à travailler : NON")
        c.drawString(16 * mm, h - 126 * mm, "Fait à " + r["city"] + ", le " + r["issued_p"])
        stamp(c, w - 45 * mm, h - 128 * mm, 15 * mm, ["PRÉFECTURE", "DE POLICE", "BUREAU 12"], rng)
        signature(c, w - 75 * mm, h - 140 * mm, rng, w=40 * mm, h=10 * mm, lw=0.8)
        c.setFont("Sans", 6.5)
        c.drawString(16 * mm, h - 146 * mm, "Signature du titulaire")
        signature(c, 45 * mm, h - 148 * mm, rng, w=30 * mm, h=8 * mm, lw=0.7)

    return f


def birth_tun(b, rng):
    def f(c, w, h):
        c.setFont("TimesB", 11)
        c.drawCentredString(w / 2, h - 22 * mm, "RÉPUBLIQUE TUNISIENNE")
        c.setFont("Times", 9.5)
        c.drawCentredString(
            w / 2, h - 27 * mm, "Ministère de l'Intérieur  -  Ministère des Affaires Locales"
        )
        c.drawString(20 * mm, h - 38 * mm, "Gouvernorat de : " + b["gov"])
        c.drawString(20 * mm, h - 44 * mm, "Municipalité de : " + b["city"])
        c.drawRightString(w - 20 * mm, h - 38 * mm, "Année : " + b["dob"][0:4])
        c.drawRightString(w - 20 * mm, h - 44 * mm, "Acte n° : " + b["act"])
        c.setFont("TimesB", 14)
        c.drawCentredString(w / 2, h - 60 * mm, "EXTRAIT D'ACTE DE NAISSANCE")
        c.rect(18 * mm, h - 175 * mm, w - 36 * mm, 108 * mm)
        rows = [
            ("Prénom :", b["given"]),
            ("Nom :", b["surname"]),
            ("Sexe :", b["sex_w"]),
            ("Date de naissance :", b["dob_w"]),
            ("Lieu de naissance :", b["city"]),
            ("Père :", b["father"]),
            ("Mère :", b["mother"]),
            ("Nationalité :", "Tunisienne"),
            ("Mentions marginales :", "Néant"),
        ]
        _lines(c, 24 * mm, h - 78 * mm, rows, "Times", "TimesB", 10.5, 10.5 * mm, 45 * mm)
        c.setFont("Times", 10)
        c.drawString(
            24 * mm,
            h - 190 * mm,
            "Extrait conforme au registre, délivré à " + b["city"] + " le " + b["issued"],
        )
        c.drawString(w - 85 * mm, h - 202 * mm, "L'Officier de l'état civil")
        stamp(
            c,
            w - 60 * mm,
            h - 225 * mm,
            16 * mm,
            ["MUNICIPALITE", b["city"].upper(), "ETAT CIVIL"],
            rng,
        )
        signature(c, w - 85 * mm, h - 232 * mm, rng, w=42 * mm, h=12 * mm, lw=0.9)
        c.setFont("Sans", 7)
        c.drawString(20 * mm, 20 * mm, "Timbre fiscal acquitté - 2,000 DT")

    return f


def birth_civ(b, rng):
    def f(c, w, h):
        c.setFont("SansB", 9)
        c.drawString(18 * mm, h - 20 * mm, "RÉPUBLIQUE DE CÔTE D'IVOIRE")
        c.setFont("Sans", 7.5)
        c.drawString(24 * mm, h - 25 * mm, "Union - Discipline - Travail")
        c.drawString(18 * mm, h - 33 * mm, "DÉPARTEMENT DE " + b["dept"].upper())
        c.drawString(18 * mm, h - 38 * mm, "COMMUNE DE " + b["city"].upper())
        c.drawString(18 * mm, h - 43 * mm, "CENTRE D'ÉTAT CIVIL PRINCIPAL")
        c.setFont("SansB", 12)
        c.drawCentredString(w / 2 + 20 * mm, h - 30 * mm, "EXTRAIT")
        c.setFont("Sans", 8.5)
        c.drawCentredString(w / 2 + 20 * mm, h - 35 * mm, "DU REGISTRE DES ACTES DE L'ÉTAT CIVIL")
        c.drawCentredString(w / 2 + 20 * mm, h - 40 * mm, "pour l'année " + b["dob"][0:4])
        c.setFont("SansB", 10)
        c.drawString(18 * mm, h - 58 * mm, "N° " + b["act"] + " DU " + b["reg_p"])
        c.drawString(18 * mm, h - 64 * mm, "DE  " + b["surname"].upper())
        c.drawString(18 * mm, h - 70 * mm, "      " + b["given"])
        c.setFont("Times", 11)
        txt = [
            "Le " + b["dob_w"] + " à " + b["tob"],
            "est né(e) " + b["given"] + " " + b["surname"].upper(),
            "à " + b["place"],
            "fils de " + b["father"],
            "et de " + b["mother"],
            "",
            "MENTIONS (éventuellement) :",
            "Marié(e) le ..................... avec .....................  Néant",
            "Divorcé(e) le ....................  Néant",
            "Décédé(e) le ....................  Néant",
        ]
        y = h - 86 * mm
        for t in txt:
            c.drawString(30 * mm, y, t)
            y -= 8 * mm
        c.drawString(
            30 * mm,
            h - 185 * mm,
            "Certifié le présent extrait conforme aux indications portées au registre.",
        )
        c.drawString(w - 90 * mm, h - 197 * mm, "Délivré à " + b["city"] + ", le " + b["issued_p"])
        c.drawString(w - 90 * mm, h - 204 * mm, "L'Officier de l'État Civil")
        stamp(
            c,
            w - 55 * mm,
            h - 228 * mm,
            15 * mm,
            ["MAIRIE DE", b["city"].upper(), "ETAT CIVIL"],
            rng,
            color=None,
        )
        signature(c, w - 90 * mm, h - 236 * mm, rng, w=40 * mm, h=12 * mm)
        c.setFont("Sans", 7)
        c.drawString(18 * mm, 18 * mm, "Timbre : 500 F CFA")

    return f


def birth_ukr(b, rng):
    def f(c, w, h):
        c.setFillColorRGB(0.93, 0.96, 0.9)
        c.rect(15 * mm, 15 * mm, w - 30 * mm, h - 30 * mm, stroke=0, fill=1)
        guilloche(c, 15 * mm, 15 * mm, w - 30 * mm, h - 30 * mm, rng, color=(0.75, 0.85, 0.7), n=40)
        c.setFillColorRGB(0.05, 0.05, 0.1)
        c.setFont("SerifB", 13)
        c.drawCentredString(w / 2, h - 35 * mm, "УКРАЇНА")
        c.setFont("SerifB", 18)
        c.drawCentredString(w / 2, h - 50 * mm, "СВІДОЦТВО ПРО НАРОДЖЕННЯ")
        rows = [
            ("Прізвище", b["surname_uk"]),
            ("Ім'я", b["given_uk"]),
            ("По батькові", b["patr_uk"]),
            ("Дата народження", b["dob_uk"]),
            ("", b["dob_words_uk"]),
            ("Місце народження", b["pob_uk"]),
            ("про що", "у Книзі реєстрації народжень " + b["reg_uk"]),
            ("", "зроблено актовий запис № " + b["act"]),
            ("Батьки:  батько", b["father_uk"]),
            ("громадянство", "України"),
            ("мати", b["mother_uk"]),
            ("громадянство", "України"),
            ("Місце державної реєстрації", b["office_uk"]),
            ("Дата видачі", b["issued_uk"]),
        ]
        y = h - 68 * mm
        for k, v in rows:
            c.setFont("Serif", 8)
            c.drawString(25 * mm, y, k)
            c.setFont("SerifB", 10)
            c.drawString(70 * mm, y, v)
            c.setLineWidth(0.3)
            c.line(70 * mm, y - 1.5, w - 25 * mm, y - 1.5)
            y -= 10 * mm
        c.setFont("Serif", 8)
        c.drawString(25 * mm, 50 * mm, "Посадова особа органу державної реєстрації")
        signature(c, 100 * mm, 42 * mm, rng, w=35 * mm, h=10 * mm)
        stamp(c, 60 * mm, 35 * mm, 14 * mm, ["ВІДДІЛ ДРАЦС", "ХАРКІВ", "УКРАЇНА"], rng)
        c.setFont("SerifB", 11)
        c.setFillColorRGB(0.6, 0.05, 0.05)
        c.drawRightString(w - 25 * mm, 25 * mm, b["series"])

    return f


def birth_usa(b, rng):
    def f(c, w, h):
        c.setFillColorRGB(0.92, 0.94, 0.97)
        c.rect(12 * mm, 40 * mm, w - 24 * mm, h - 55 * mm, stroke=0, fill=1)
        guilloche(c, 12 * mm, 40 * mm, w - 24 * mm, h - 55 * mm, rng, color=(0.75, 0.8, 0.9), n=30)
        c.setFillColorRGB(0.1, 0.1, 0.25)
        c.setFont("TimesB", 16)
        c.drawCentredString(w / 2, h - 30 * mm, "STATE OF OHIO")
        c.setFont("Times", 10)
        c.drawCentredString(
            w / 2, h - 36 * mm, "DEPARTMENT OF HEALTH  -  OFFICE OF VITAL STATISTICS"
        )
        c.setFont("TimesB", 14)
        c.drawCentredString(w / 2, h - 46 * mm, "CERTIFICATION OF BIRTH")
        c.setFont("Times", 8)
        c.drawRightString(w - 18 * mm, h - 22 * mm, "STATE FILE NUMBER " + b["file_no"])
        rows = [
            ("NAME", b["full"]),
            ("DATE OF BIRTH", b["dob_p"]),
            ("SEX", b["sex_w"]),
            ("PLACE OF BIRTH", b["place"]),
            ("COUNTY OF BIRTH", b["county"]),
            ("MOTHER'S MAIDEN NAME", b["mother"]),
            ("FATHER'S NAME", b["father"]),
            ("DATE FILED", b["filed_p"]),
            ("DATE ISSUED", b["issued_p"]),
        ]
        y = h - 62 * mm
        for k, v in rows:
            c.setFont("Sans", 6.5)
            c.drawString(20 * mm, y + 9, k)
            c.setFont("Courier", 11)
            c.drawString(20 * mm, y - 1, v)
            c.setLineWidth(0.3)
            c.line(20 * mm, y - 3, w - 20 * mm, y - 3)
            y -= 13 * mm
        c.setFont("Times", 8)
        c.drawString(
            20 * mm,
            62 * mm,
            "This is to certify that this is a true and correct "
            "abstract of the original record on file",
        )
        c.drawString(
            20 * mm, 58 * mm, "with the Ohio Department of Health, Office of Vital Statistics."
        )
        signature(c, 120 * mm, 48 * mm, rng, w=45 * mm, h=10 * mm, ink=(0.05, 0.05, 0.1))
        c.drawString(120 * mm, 45 * mm, "State Registrar of Vital Statistics")
        stamp(
            c,
            50 * mm,
            48 * mm,
            13 * mm,
            ["SEAL", "STATE OF OHIO", "DEPT OF HEALTH"],
            rng,
            color=(0.5, 0.5, 0.55),
        )
        c.setFont("Sans", 6)
        c.drawString(
            14 * mm,
            20 * mm,
            "DO NOT ACCEPT UNLESS EMBOSSED WITH THE RAISED SEAL OF "
            "THE OHIO DEPARTMENT OF HEALTH   HEA 2725",
        )

    return f


def apostille(a, rng):
    """Hague model apostille: 10 numbered items, bilingual (here Ukrainian / English / French)."""

    def f(c, w, h):
        x0, y0, bw, bh = 25 * mm, h - 160 * mm, w - 50 * mm, 130 * mm
        c.setLineWidth(1.2)
        c.rect(x0, y0, bw, bh)
        c.setFont("SerifB", 15)
        c.drawCentredString(w / 2, y0 + bh - 12 * mm, "АПОСТИЛЬ / APOSTILLE")
        c.setFont("Serif", 7.5)
        c.drawCentredString(
            w / 2,
            y0 + bh - 18 * mm,
            "(Convention de La Haye du 5 octobre 1961 / Hague Convention of 5 October 1961)",
        )
        items = [
            ("1. Країна / Country:", a["country"]),
            ("   Цей офіційний документ / This public document", ""),
            ("2. підписаний / has been signed by", a["doc_signer"]),
            ("3. який діє в якості / acting in the capacity of", a["capacity"]),
            ("4. скріплений печаткою / bears the seal/stamp of", a["seal_of"]),
            ("   Засвідчено / Certified", ""),
            ("5. в / at", a["at"]),
            ("6. дата / the", a["date_p"]),
            ("7. ким / by", a["by"]),
            ("8. за № / No", a["number"]),
            ("9. Печатка / Seal/stamp:", ""),
            ("10. Підпис / Signature:", a["signed_by"]),
        ]
        y = y0 + bh - 30 * mm
        for k, v in items:
            c.setFont("Serif", 8.5)
            c.drawString(x0 + 6 * mm, y, k)
            c.setFont("SerifB", 9)
            c.drawString(x0 + 80 * mm, y, v)
            y -= 8 * mm
        stamp(c, x0 + 40 * mm, y0 + 18 * mm, 14 * mm, ["МІНІСТЕРСТВО", "ЮСТИЦІЇ", "УКРАЇНИ"], rng)
        signature(c, x0 + 85 * mm, y0 + 8 * mm, rng, w=40 * mm, h=11 * mm)

    return f


def translation(t, rng):
    """Sworn translation into French of the Ukrainian birth certificate."""

    def f(c, w, h):
        c.setFont("Times", 9)
        for i, ln in enumerate(t["translator_head"]):
            c.drawString(20 * mm, h - 18 * mm - i * 4.5 * mm, ln)
        c.setFont("TimesB", 12)
        c.drawCentredString(w / 2, h - 50 * mm, "TRADUCTION DE L'UKRAINIEN")
        c.setFont("Times", 9)
        c.drawCentredString(
            w / 2,
            h - 55 * mm,
            "(document original : certificat de naissance série " + t["series"] + ")",
        )
        c.setFont("TimesB", 11)
        c.drawCentredString(w / 2, h - 68 * mm, "UKRAINE")
        c.drawCentredString(w / 2, h - 75 * mm, "ACTE DE NAISSANCE")
        rows = [
            ("Nom :", t["surname"]),
            ("Prénom :", t["given"]),
            ("Patronyme :", t["patr"]),
            ("Date de naissance :", t["dob_w"]),
            ("Lieu de naissance :", t["pob"]),
            ("Acte de naissance n° :", t["act"] + " du " + t["reg_p"]),
            ("Père :", t["father"]),
            ("Mère :", t["mother"]),
            ("Lieu d'enregistrement :", t["office"]),
            ("Date de délivrance :", t["issued_p"]),
            ("", "[sceau rond] [signature illisible]  Série " + t["series"]),
        ]
        y = h - 90 * mm
        for k, v in rows:
            c.setFont("Times", 10)
            c.drawString(22 * mm, y, k)
            c.setFont("TimesB", 10)
            c.drawString(70 * mm, y, v)
            y -= 8 * mm
        c.setFont("TimesI" if False else "SerifI", 8.5)
        c.drawString(
            22 * mm,
            70 * mm,
            "Traduction certifiée conforme à l'original rédigé en langue ukrainienne.",
        )
        c.drawString(
            22 * mm,
            65 * mm,
            "Répertoire n° " + t["rep"] + "   -   " + t["city"] + ", le " + t["date_p"],
        )
        stamp(
            c,
            60 * mm,
            40 * mm,
            17 * mm,
            ["TRADUCTEUR EXPERT", "COUR D'APPEL", "DE PARIS"],
            rng,
            color=(0.55, 0.1, 0.15),
        )
        signature(c, 110 * mm, 38 * mm, rng, w=45 * mm, h=12 * mm)

    return f
