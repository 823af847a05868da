"""Identity-type layouts: passports, visa sticker, titre de sejour, French ID card,
birth certificates and apostilles. Each function draws on a wdraw page."""

import datetime as dt

from wdraw import face, signature

MOIS = "janvier février mars avril mai juin juillet août septembre octobre novembre décembre"
MOIS = MOIS.split()
MON_EN = ["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"]
MON_ES = ["ENE", "FEB", "MAR", "ABR", "MAY", "JUN", "JUL", "AGO", "SEP", "OCT", "NOV", "DIC"]
MON_FR = ["JANV", "FEVR", "MARS", "AVR", "MAI", "JUIN", "JUIL", "AOUT", "SEPT", "OCT", "NOV", "DEC"]


def d(s):
    return dt.date.fromisoformat(s)


def fr(s):
    return d(s).strftime("%d/%m/%Y")


def fr_words(s):
    x = d(s)
    return f"{x.day} {MOIS[x.month - 1]} {x.year}"


def mrzd(s):
    return d(s).strftime("%y%m%d")


def passport_date(s, style):
    x = d(s)
    if style == "dmy_slash":
        return x.strftime("%d/%m/%Y")
    if style == "es":
        return f"{x.day:02d} {MON_ES[x.month - 1]}/{MON_EN[x.month - 1]} {x.year}"
    return f"{x.day:02d} {MON_EN[x.month - 1]} {x.year}"


def mrz_block(pg, lines, x, y, size, step):
    for i, ln in enumerate(lines):
        pg.text(x, y + i * step, ln, size=size, font="ocrb")


def guilloche(pg, x, y, w, h, col, rng, n=14):
    for i in range(n):
        yy = y + h * (i + 0.5) / n
        pts = []
        for k in range(60):
            t = k / 59
            import math

            pts.append((x + w * t, yy + math.sin(t * 18 + i) * h / n * 0.8))
        pg.poly(pts, color=col, width=0.12)


def passport(pg, p, rng):
    """Data page, 125 x 88 mm. `p` holds the country style and the holder's data."""
    st = p["style"]
    pg.rect(0, 0, 125, 88, stroke=None, fill=st["paper"])
    guilloche(pg, 0, 0, 125, 88, st["tint"], rng)
    y = 6
    for i, hl in enumerate(st["header"]):
        pg.text(
            62.5,
            y + i * 3.6,
            hl,
            size=7.2,
            font=st.get("hfont", "sansb"),
            color=st["ink"],
            anchor="c",
        )
    face(pg, 5, 16, 30, 38, rng, skin=p.get("skin", (165, 125, 95)))
    labels = st["labels"]
    vals = {
        "type": "P",
        "code": p["issuer"],
        "number": p["number"],
        "surname": p["surname"],
        "given": p["given"],
        "nat": p["nat_text"],
        "dob": passport_date(p["dob"], st["date"]),
        "sex": p["sex"],
        "pob": p["pob"],
        "issue": passport_date(p["issue"], st["date"]),
        "expiry": passport_date(p["expiry"], st["date"]),
        "auth": p["authority"],
    }
    col1 = 39
    rows = st["rows"]
    yy = 19
    for row in rows:
        xs = [col1, col1 + 27, col1 + 55] if len(row) == 3 else [col1, col1 + 42]
        for x, key in zip(xs, row):
            pg.text(x, yy, labels[key], size=4.6, font="sans", color=st["ink"])
            pg.text(x, yy + 3.6, vals[key], size=7.6, font=st.get("vfont", "sansb"))
        yy += 8.0
    signature(pg, 5, 57, 30, 5, rng, p["given"].split()[0].title(), color=(30, 30, 40))
    mrz_block(pg, p["mrz"], 4.0, 76.0, 10.0, 6.0)


def visa_sticker(pg, v, rng):
    """A Schengen uniform-format type D visa sticker on a passport page (125 x 88 mm)."""
    pg.rect(0, 0, 125, 88, stroke=None, fill=(236, 230, 214))
    pg.rect(3, 3, 119, 82, stroke=(150, 150, 170), fill=(236, 238, 246), radius=2)
    guilloche(pg, 3, 3, 119, 82, (200, 180, 215), rng, n=20)
    pg.text(8, 10, "VISA", size=13, font="sansb", color=(40, 40, 120))
    pg.text(60, 10, "FRA", size=9, font="sansb", color=(40, 40, 120))
    pg.text(118, 10, v["printed_number"], size=11, font="mono", color=(190, 20, 20), anchor="r")
    face(pg, 6, 14, 22, 28, rng, skin=v.get("skin", (165, 125, 95)))
    L = [
        ("VALABLE POUR / VALID FOR", "FRANCE", 32, 16),
        ("DU / FROM", fr(v["valid_from"]).replace("/", "-"), 32, 23),
        ("AU / UNTIL", fr(v["valid_until"]).replace("/", "-"), 60, 23),
        ("TYPE DE VISA / TYPE OF VISA", "D", 92, 23),
        ("NOMBRE D'ENTREES / NUMBER OF ENTRIES", "MULT", 32, 30),
        ("DUREE DE SEJOUR / DURATION OF STAY", v["days"] + " JOURS", 78, 30),
        ("DELIVRE A / ISSUED IN", v["issued_in"], 32, 37),
        ("LE / ON", fr(v["issued_on"]).replace("/", "-"), 78, 37),
        ("NUMERO DE PASSEPORT / NUMBER OF PASSPORT", v["passport_no"], 32, 44),
        ("NOM, PRENOM / SURNAME, NAME", v["surname"] + ", " + v["given"], 8, 51),
    ]
    for lab, val, x, y in L:
        pg.text(x, y, lab, size=4.2, color=(60, 60, 110))
        pg.text(x, y + 3.3, val, size=7.0, font="mono")
    pg.text(8, 58, "REMARQUES / REMARKS", size=4.2, color=(60, 60, 110))
    for i, r in enumerate(v["remarks"]):
        pg.text(8, 61.3 + i * 3.3, r, size=6.6, font="mono")
    mrz_block(pg, v["mrz"], 4.0, 77.0, 10.0, 5.6)


def permit_front(pg, r, rng):
    pg.rect(0, 0, 85.6, 54, stroke=None, fill=(228, 236, 240), radius=3)
    guilloche(pg, 0, 0, 85.6, 54, (190, 210, 225), rng, n=10)
    pg.rect(0, 0, 85.6, 8, stroke=None, fill=(0, 45, 120))
    pg.text(3, 5.4, "RÉPUBLIQUE FRANÇAISE", size=6.5, font="sansb", color=(255, 255, 255))
    pg.text(82, 5.4, "TITRE DE SÉJOUR", size=6.5, font="sansb", color=(255, 255, 255), anchor="r")
    face(pg, 3, 11, 21, 27, rng, skin=r.get("skin", (150, 110, 85)))
    pg.text(27, 12, "NOM / SURNAME", size=3.6, color=(60, 60, 90))
    pg.text(27, 15.3, r["surname"], size=6.4, font="sansb")
    pg.text(27, 19, "PRÉNOMS / GIVEN NAMES", size=3.6, color=(60, 60, 90))
    pg.text(27, 22.3, r["given"].replace(" ", ", "), size=6.0, font="sansb")
    pg.text(27, 26, "SEXE", size=3.6, color=(60, 60, 90))
    pg.text(27, 29.3, r["sex"], size=6.0, font="sansb")
    pg.text(38, 26, "NATIONALITÉ", size=3.6, color=(60, 60, 90))
    pg.text(38, 29.3, r["nat"], size=6.0, font="sansb")
    pg.text(58, 26, "DATE DE NAISS.", size=3.6, color=(60, 60, 90))
    pg.text(58, 29.3, fr(r["dob"]).replace("/", " "), size=6.0, font="sansb")
    pg.text(27, 33, "TYPE DE TITRE / DOCUMENT TYPE", size=3.6, color=(60, 60, 90))
    pg.text(27, 36.3, r["title_type"], size=5.4, font="sansb")
    pg.text(27, 40, "VALABLE JUSQU'AU / VALID UNTIL", size=3.6, color=(60, 60, 90))
    pg.text(27, 43.3, fr(r["expiry"]).replace("/", " "), size=6.0, font="sansb")
    pg.text(62, 40, "N°", size=3.6, color=(60, 60, 90))
    pg.text(62, 43.3, r["number"], size=6.0, font="sansb", color=(150, 20, 20))
    pg.text(3, 50, "REMARQUES : " + r["remark"], size=4.0)


def permit_back(pg, r, rng):
    pg.rect(0, 0, 85.6, 54, stroke=None, fill=(232, 238, 240), radius=3)
    guilloche(pg, 0, 0, 85.6, 30, (200, 215, 225), rng, n=8)
    pg.text(3, 5, "LIEU DE NAISSANCE / PLACE OF BIRTH", size=3.6, color=(60, 60, 90))
    pg.text(3, 8.3, r["pob"], size=5.6, font="sansb")
    pg.text(3, 12, "ADRESSE / ADDRESS", size=3.6, color=(60, 60, 90))
    for i, ln in enumerate(r["address"]):
        pg.text(3, 15.3 + i * 3.2, ln, size=5.2, font="sansb")
    pg.text(
        3, 25, "DÉLIVRÉ LE " + fr(r["issue"]) + " PAR LE PRÉFET DE " + r["prefecture"], size=4.2
    )
    mrz_block(pg, r["mrz"], 4.5, 38.5, 10.0, 5.0)


def cni_front(pg, c, rng):
    pg.rect(0, 0, 85.6, 54, stroke=None, fill=(235, 228, 238), radius=3)
    guilloche(pg, 0, 0, 85.6, 54, (215, 195, 220), rng, n=12)
    pg.text(3, 5, "RÉPUBLIQUE FRANÇAISE", size=6, font="sansb", color=(0, 40, 110))
    pg.text(3, 8.5, "CARTE NATIONALE D'IDENTITÉ / IDENTITY CARD", size=4.6, color=(0, 40, 110))
    pg.text(57, 12.5, "N° DU DOCUMENT / DOCUMENT NO", size=3.2, color=(80, 60, 100))
    pg.text(57, 15.5, c["number"], size=5.6, font="sansb")
    face(pg, 3, 12, 20, 26, rng, skin=(225, 190, 165))
    rows = [
        ("NOM / SURNAME", c["surname"]),
        ("PRÉNOMS / GIVEN NAMES", c["given"].replace(" ", ", ")),
        ("SEXE / SEX    NATIONALITÉ / NATIONALITY", c["sex"] + "            FRA"),
        ("DATE DE NAISS. / DATE OF BIRTH", fr(c["dob"]).replace("/", " ")),
        ("LIEU DE NAISSANCE / PLACE OF BIRTH", c["pob"]),
        ("DATE D'EXPIR. / EXPIRY DATE", fr(c["expiry"]).replace("/", " ")),
    ]
    for i, (lab, val) in enumerate(rows):
        pg.text(26, 20 + i * 5.6, lab, size=3.2, color=(80, 60, 100))
        pg.text(26, 22.9 + i * 5.6, val, size=5.6, font="sansb")
    signature(pg, 3, 42, 20, 4, rng, c["surname"].title(), color=(20, 20, 30))


def cni_back(pg, c, rng):
    pg.rect(0, 0, 85.6, 54, stroke=None, fill=(236, 230, 240), radius=3)
    guilloche(pg, 0, 0, 85.6, 30, (220, 200, 225), rng, n=8)
    pg.text(
        3, 18, "DATE DE DÉLIVRANCE / DATE OF ISSUE  " + fr(c["issue"]).replace("/", " "), size=4.2
    )
    pg.text(3, 22, "AUTORITÉ / AUTHORITY : PRÉFECTURE DE " + c["prefecture"], size=4.2)
    mrz_block(pg, c["mrz"], 4.5, 38.5, 10.0, 5.0)


# ------------------------------------------------------------------ birth certificates
def birth_morocco(pg, b, rng):
    """Extrait d'acte de naissance, Royaume du Maroc (bilingual French / Arabic)."""
    pg.text(15, 16, "ROYAUME DU MAROC", size=11, font="serifb")
    pg.text(195, 17, "المملكة المغربية", size=14, font="arabic", anchor="r")
    pg.text(15, 22, "Ministère de l'Intérieur", size=9, font="serif")
    pg.text(15, 27, "Province / Préfecture : " + b["province"], size=9, font="serif")
    pg.text(15, 32, "Commune : " + b["commune"], size=9, font="serif")
    pg.text(15, 37, "Bureau de l'état civil", size=9, font="serif")
    pg.text(195, 27, "وزارة الداخلية", size=12, font="arabic", anchor="r")
    pg.text(195, 35, "مكتب الحالة المدنية", size=12, font="arabic", anchor="r")
    pg.text(105, 55, "EXTRAIT D'ACTE DE NAISSANCE", size=15, font="serifb", anchor="c")
    pg.text(105, 64, "نسخة موجزة من رسم الولادة", size=14, font="arabic", anchor="c")
    pg.text(
        105,
        72,
        f"Acte n° {b['act_no']}  -  Année {b['act_year']}",
        size=10,
        font="serif",
        anchor="c",
    )
    rows = [
        ("Nom de famille", b["surname"], "الاسم العائلي"),
        ("Prénom", b["given"], "الاسم الشخصي"),
        ("Né(e) le", fr_words(b["dob"]), "تاريخ الازدياد"),
        ("À", b["pob"], "مكان الازدياد"),
        ("Sexe", b["sex_word"], "الجنس"),
        ("Fils / Fille de", b["father"], "ابن / بنت"),
        ("Et de", b["mother"], "و"),
        ("Nationalité", "Marocaine", "الجنسية"),
    ]
    y = 90
    for lab, val, ar in rows:
        pg.text(20, y, lab + " :", size=10, font="serif")
        pg.text(68, y, val, size=11, font="serifb")
        pg.text(192, y, ar, size=12, font="arabic", anchor="r")
        pg.line(66, y + 1.5, 160, y + 1.5, width=0.15, dash=0.6)
        y += 11
    pg.text(20, y + 8, "Mentions marginales : Néant", size=10, font="serif")
    pg.text(20, y + 20, "Certifié conforme aux registres de l'état civil.", size=10, font="serif")
    pg.text(120, y + 32, f"{b['commune']}, le {fr(b['issued'])}", size=10, font="serif")
    pg.text(120, y + 38, "L'Officier de l'état civil", size=10, font="serif")
    pg.ellipse(118, y + 42, 38, 24, stroke=(50, 70, 150), width=0.6)
    pg.text(
        137, y + 55, "ÉTAT CIVIL " + b["commune"].upper(), size=6, color=(50, 70, 150), anchor="c"
    )
    signature(pg, 150, y + 44, 40, 10, rng, "Benali", color=(20, 20, 90))


def birth_colombia(pg, b, rng):
    """Registro Civil de Nacimiento (Registraduria Nacional del Estado Civil)."""
    pg.text(105, 14, "REPÚBLICA DE COLOMBIA", size=10, font="sansb", anchor="c")
    pg.text(105, 20, "REGISTRADURÍA NACIONAL DEL ESTADO CIVIL", size=9, font="sans", anchor="c")
    pg.text(105, 28, "REGISTRO CIVIL DE NACIMIENTO", size=14, font="sansb", anchor="c")
    pg.text(150, 36, "Indicativo Serial  " + b["serial"], size=9, font="mono")
    pg.text(15, 36, "NUIP  " + b["nuip"], size=9, font="mono")

    def cell(x, y, w, lab, val):
        pg.rect(x, y, w, 12, width=0.25)
        pg.text(x + 1.5, y + 3.5, lab, size=6.2, color=(40, 40, 40))
        pg.text(x + 1.5, y + 9.5, val, size=10, font="mono")

    pg.rect(12, 40, 186, 6, fill=(215, 215, 215), width=0.25)
    pg.text(14, 44.3, "Datos de la oficina de registro", size=7.5, font="sansb")
    cell(12, 46, 62, "Clase de oficina", "REGISTRADURÍA")
    cell(74, 46, 62, "País - Departamento - Municipio", "COLOMBIA - ANTIOQUIA")
    cell(136, 46, 62, "Código", b["office_code"])
    pg.rect(12, 60, 186, 6, fill=(215, 215, 215), width=0.25)
    pg.text(14, 64.3, "Datos del inscrito", size=7.5, font="sansb")
    s1, s2 = b["surname"].split(" ", 1)
    cell(12, 66, 62, "Primer Apellido", s1)
    cell(74, 66, 62, "Segundo Apellido", s2)
    cell(136, 66, 62, "Nombre(s)", b["given"])
    x = d(b["dob"])
    cell(
        12,
        78,
        62,
        "Fecha de nacimiento (Día Mes Año)",
        f"{x.day:02d}  {MON_ES[x.month - 1]}  {x.year}",
    )
    cell(74, 78, 62, "Sexo", b["sex_word"])
    cell(136, 78, 62, "Grupo sanguíneo / Factor RH", "O +")
    cell(12, 90, 186, "Lugar de nacimiento (País - Departamento - Municipio)", b["pob"])
    pg.rect(12, 104, 186, 6, fill=(215, 215, 215), width=0.25)
    pg.text(14, 108.3, "Datos de la madre / Datos del padre", size=7.5, font="sansb")
    cell(12, 110, 124, "Apellidos y nombres completos de la madre", b["mother"])
    cell(136, 110, 62, "Nacionalidad", "COLOMBIANA")
    cell(12, 122, 124, "Apellidos y nombres completos del padre", b["father"])
    cell(136, 122, 62, "Nacionalidad", "COLOMBIANA")
    cell(12, 136, 93, "Fecha de inscripción", fr(b["registered"]))
    cell(105, 136, 93, "Fecha de expedición de esta copia", fr(b["issued"]))
    pg.text(15, 165, "ES FIEL COPIA TOMADA DEL ORIGINAL", size=9, font="sansb")
    signature(pg, 120, 160, 60, 12, rng, "Restrepo", color=(30, 30, 100))
    pg.line(115, 176, 190, 176, width=0.3)
    pg.text(152, 181, "Firma del funcionario", size=7.5, anchor="c")
    pg.ellipse(30, 172, 34, 34, stroke=(120, 40, 120), width=0.6)
    pg.text(47, 190, "REGISTRADURÍA", size=5.5, color=(120, 40, 120), anchor="c")


def birth_india(pg, b, rng):
    """Birth certificate, Municipal Corporation of Greater Mumbai (Form No. 5, RBD Act 1969)."""
    pg.rect(10, 10, 190, 270, stroke=(60, 60, 60), width=0.8)
    pg.text(105, 22, "FORM No. 5", size=9, font="serifb", anchor="c")
    pg.text(105, 30, "GOVERNMENT OF MAHARASHTRA", size=11, font="serifb", anchor="c")
    pg.text(105, 37, "MUNICIPAL CORPORATION OF GREATER MUMBAI", size=12, font="serifb", anchor="c")
    pg.text(105, 44, "Public Health Department", size=10, font="serif", anchor="c")
    pg.text(105, 56, "BIRTH CERTIFICATE", size=17, font="serifb", anchor="c")
    pg.text(
        105,
        63,
        "(Issued under Section 12 / 17 of the Registration of Births and Deaths Act, 1969",
        size=7.5,
        font="serifi",
        anchor="c",
    )
    pg.text(
        105,
        67,
        "and Rule 8 / 13 of the Maharashtra Registration of Births and Deaths Rules, 2000)",
        size=7.5,
        font="serifi",
        anchor="c",
    )
    txt = (
        "This is to certify that the following information has been taken from the original "
        "record of birth"
    )
    pg.text(20, 80, txt, size=9.5, font="serif")
    pg.text(
        20,
        85,
        "which is the register for Ward " + b["ward"] + " of Greater Mumbai, "
        "Maharashtra State, India.",
        size=9.5,
        font="serif",
    )
    rows = [
        ("NAME", b["full_name"]),
        ("SEX", b["sex_word"]),
        ("DATE OF BIRTH", fr(b["dob"]).replace("/", "-")),
        ("PLACE OF BIRTH", b["pob"]),
        ("NAME OF MOTHER", b["mother"]),
        ("NAME OF FATHER", b["father"]),
        ("ADDRESS OF PARENTS AT THE TIME OF BIRTH", b["parents_addr"]),
        ("REGISTRATION NO.", b["reg_no"]),
        ("DATE OF REGISTRATION", fr(b["registered"]).replace("/", "-")),
    ]
    y = 100
    for lab, val in rows:
        pg.text(22, y, lab, size=9, font="serif")
        pg.text(100, y, ": " + val, size=10, font="serifb")
        y += 10
    pg.text(
        22, y + 15, "DATE OF ISSUE : " + fr(b["issued"]).replace("/", "-"), size=9.5, font="serif"
    )
    signature(pg, 130, y + 20, 55, 10, rng, "S. Kulkarni", color=(20, 20, 100))
    pg.text(157, y + 40, "Signature of the Issuing Authority", size=8, font="serif", anchor="c")
    pg.text(157, y + 45, "Registrar of Births & Deaths, MCGM", size=8, font="serif", anchor="c")
    pg.ellipse(30, y + 25, 36, 36, stroke=(30, 60, 150), width=0.7)
    pg.text(48, y + 44, "MCGM  " + b["ward"], size=6, color=(30, 60, 150), anchor="c")
    pg.text(
        105, 268, '"ENSURE REGISTRATION OF EVERY BIRTH AND DEATH"', size=8, font="serif", anchor="c"
    )


def apostille(pg, a, rng, x0=20, y0=20, w=170):
    """Hague Convention model certificate: title, 10 numbered items, seal and signature."""
    lang = a.get("lang", "fr")
    h = 150
    pg.rect(x0, y0, w, h, width=0.6)
    if a.get("double"):
        pg.rect(x0 + 1.5, y0 + 1.5, w - 3, h - 3, width=0.25)
    pg.text(x0 + w / 2, y0 + 12, "APOSTILLE", size=18, font=a.get("tfont", "serifb"), anchor="c")
    pg.text(
        x0 + w / 2,
        y0 + 19,
        "(Convention de La Haye du 5 octobre 1961)",
        size=9,
        font="serifi",
        anchor="c",
    )
    labels = a["labels"]
    vals = [
        a["country"],
        a["signed_by"],
        a["capacity"],
        a["seal"],
        a["at"],
        fr(a["issued_on"]),
        a["by"],
        a["number"],
        a["seal_text"],
        "",
    ]
    y = y0 + 32
    pg.text(
        x0 + 6,
        y - 4,
        a.get("intro", "Le présent acte public / This public document"),
        size=8,
        font="serifb",
    )
    for i, (lab, val) in enumerate(zip(labels, vals)):
        if i == 4:
            pg.text(x0 + 6, y + 2, a.get("certified", "Attesté / Certified"), size=8, font="serifb")
            y += 8
        pg.text(x0 + 6, y, f"{i + 1}. {lab}", size=8.5, font="serif")
        if val:
            pg.text(
                x0 + 6 + pg.width(f"{i + 1}. {lab}", 8.5, "serif") + 3,
                y,
                val,
                size=9,
                font=a.get("vfont", "sansb"),
            )
        y += 9.3
    pg.ellipse(x0 + 12, y0 + h - 38, 30, 30, stroke=(150, 40, 40), width=0.6)
    pg.text(x0 + 27, y0 + h - 21, a["seal_text"][:18], size=5, color=(150, 40, 40), anchor="c")
    signature(pg, x0 + w - 70, y0 + h - 30, 55, 10, rng, a["signed_by_sig"], color=(25, 25, 95))
    if lang == "es":
        pg.text(
            x0 + 6,
            y0 + h + 8,
            "Verifique la autenticidad en www.cancilleria.gov.co/apostillas-legalizaciones",
            size=7.5,
            font="sans",
        )
