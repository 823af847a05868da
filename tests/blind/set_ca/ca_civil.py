"""Civil-status documents: birth certificates (Cameroon, Mexico, Ukraine, India), apostilles
(Hague model, 10 numbered items) and a French sworn translation. Drawn with reportlab; the
generator turns them into scans or photos."""

from __future__ import annotations

import io

from reportlab.lib.colors import Color, black
from reportlab.lib.pagesizes import A4, A5
from reportlab.pdfgen import canvas

from ca_util import INK_BLACK, draw_shaped, hand, place, register_fonts, signature, stamp

GREEN = Color(0.1, 0.4, 0.25)
NAVY = Color(0.1, 0.15, 0.4)
MONTHS_FR = (
    "janvier février mars avril mai juin juillet août septembre octobre novembre décembre".split()
)
MONTHS_ES = "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre".split()


def new(size=A4, title=""):
    register_fonts()
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=size, invariant=1)
    c.setTitle(title)
    return buf, c


def done(buf, c):
    c.save()
    return buf.getvalue()


def fr_date(d):
    return f"{d.day} {MONTHS_FR[d.month - 1]} {d.year}"


def pseudo_qr(c, x, y, size, rng, n=29):
    """A QR-looking module pattern (not decodable: the qrcode module is not available)."""
    m = size / n
    c.setFillColor(black)
    for i in range(n):
        for j in range(n):
            fin = any(
                i0 <= i < i0 + 7 and j0 <= j < j0 + 7 for i0, j0 in ((0, 0), (0, n - 7), (n - 7, 0))
            )
            if fin:
                a, b = (
                    min(i % (n - 7) if i >= n - 7 else i, 6),
                    min(j % (n - 7) if j >= n - 7 else j, 6),
                )
                on = a in (0, 6) or b in (0, 6) or (2 <= a <= 4 and 2 <= b <= 4)
            else:
                on = rng.random() < 0.48
            if on:
                c.rect(x + j * m, y + size - (i + 1) * m, m, m, stroke=0, fill=1)


# ------------------------------------------------------------------ Cameroon


def acte_cmr(p, a, rng):
    """Acte de naissance, République du Cameroun (bilingual form, values by hand), certified copy."""
    buf, c = new(A4, "acte")
    c.setFont("dvsB", 9)
    for i, (left, right) in enumerate(
        [
            ("RÉPUBLIQUE DU CAMEROUN", "REPUBLIC OF CAMEROON"),
            ("Paix – Travail – Patrie", "Peace – Work – Fatherland"),
            ("RÉGION DU CENTRE", "CENTRE REGION"),
            ("DÉPARTEMENT DU MFOUNDI", "MFOUNDI DIVISION"),
            ("ARRONDISSEMENT DE " + a["arr"], a["arr_en"] + " SUBDIVISION"),
        ]
    ):
        c.setFont("dvsB" if i != 1 else "dvsI", 8.5)
        c.drawCentredString(150, 800 - i * 12, left)
        c.drawCentredString(445, 800 - i * 12, right)
    c.setFont("dvsB", 10)
    c.drawCentredString(297, 728, "CENTRE D'ÉTAT CIVIL DE " + a["centre"])
    c.setFont("dvsB", 15)
    c.drawCentredString(297, 700, "ACTE DE NAISSANCE N° " + a["number"])
    c.setFont("dvsI", 10)
    c.drawCentredString(297, 685, "BIRTH CERTIFICATE No.")
    rows = [
        ("Nom de l'enfant", "Surname of the child", a["surname"]),
        ("Prénoms de l'enfant", "Given names of the child", a["given"]),
        ("Né le", "Born on the", a["born_words"]),
        ("", "", a["born_digits"]),
        ("À", "At", a["born_at"]),
        ("De sexe", "Sex", a["sex_word"]),
        ("De", "Of (father)", a["father"]),
        ("Né à", "Born at", a["father_born"]),
        ("Domicilié à", "Resident at", a["father_home"]),
        ("Profession", "Occupation", a["father_job"]),
        ("Et de", "And of (mother)", a["mother"]),
        ("Née à", "Born at", a["mother_born"]),
        ("Domiciliée à", "Resident at", a["mother_home"]),
        ("Profession", "Occupation", a["mother_job"]),
        ("Dressé le", "Drawn up on the", a["drawn"]),
        ("Sur la déclaration de", "In accordance with the declaration of", a["declarant"]),
        ("Par nous", "By us", a["officer"]),
        ("Officier d'état civil", "Civil Status Registrar", ""),
        ("Assisté de", "In the presence of", a["secretary"]),
        ("Secrétaire d'état civil", "Civil Status Secretary", ""),
    ]
    y = 650
    for fr, en, val in rows:
        c.setFont("dvs", 9)
        c.drawString(50, y + 4, fr)
        c.setFont("dvsI", 7)
        c.drawString(50, y - 5, en)
        c.setLineWidth(0.3)
        c.setDash(1, 1.5)
        c.line(215, y - 3, 545, y - 3)
        c.setDash()
        if val:
            hand(c, 222, y, val, rng, "h_dkg", 12.5, INK_BLACK, 0.3)
        y -= 25
    c.setFont("dvs", 8.5)
    c.drawString(60, 150, "L'Officier d'État Civil / The Registrar")
    c.drawString(360, 150, "Le Secrétaire / The Secretary")
    place(c, signature(a["officer_sig"], rng, "black"), 70, 92, w=110)
    place(c, signature(a["secretary_sig"], rng, "black"), 370, 95, w=90)
    place(
        c,
        stamp(
            rng,
            "RÉPUBLIQUE DU CAMEROUN * CENTRE D'ÉTAT CIVIL *",
            ("MAIRIE DE", a["arr"]),
            (60, 50, 140),
        ),
        170,
        70,
        w=100,
    )
    place(
        c,
        stamp(
            rng,
            lines=("COPIE CERTIFIÉE CONFORME", "À L'ORIGINAL", "Yaoundé, le " + a["copy_date"]),
            rect=True,
            color=(40, 40, 120),
        ),
        330,
        30,
        w=190,
    )
    c.showPage()
    return done(buf, c)


# ------------------------------------------------------------------ Mexico


def acta_mex(p, a, rng):
    buf, c = new(A4, "ACTA DE NACIMIENTO")
    pseudo_qr(c, 40, 735, 70, rng)
    c.setFillColor(Color(0.35, 0.05, 0.15))
    c.setFont("serifB", 14)
    c.drawCentredString(300, 795, "ESTADOS UNIDOS MEXICANOS")
    c.setFont("serifB", 20)
    c.drawCentredString(300, 770, "ACTA DE NACIMIENTO")
    c.setFillColor(black)
    c.setFont("sans", 8)
    c.drawString(440, 805, "Identificador Electrónico")
    c.setFont("monoB", 9)
    c.drawString(440, 794, a["ident"])
    c.setFont("sans", 8)
    c.drawString(440, 780, "CURP")
    c.setFont("monoB", 9)
    c.drawString(440, 769, p["curp"])
    c.setStrokeColor(Color(0.35, 0.05, 0.15))
    c.setLineWidth(1.2)
    c.line(40, 725, 555, 725)
    grid = [
        ("Entidad de Registro", "JALISCO", 40),
        ("Municipio de Registro", "ZAPOPAN", 170),
        ("Oficialía", a["oficialia"], 300),
        ("Fecha de Registro", a["reg_date"], 360),
        ("Libro", a["libro"], 450),
        ("Número de Acta", a["acta_no"], 500),
    ]
    for lab, val, x in grid:
        c.setFont("sans", 7)
        c.drawString(x, 712, lab)
        c.setFont("sansB", 9)
        c.drawString(x, 700, val)

    def block(y, title, rows):
        c.setFillColor(Color(0.9, 0.86, 0.86))
        c.rect(40, y, 515, 14, stroke=0, fill=1)
        c.setFillColor(black)
        c.setFont("sansB", 9)
        c.drawString(46, y + 4, title)
        y -= 16
        for lab, val, x in rows:
            if x == 40 and lab != rows[0][0]:
                y -= 24
            c.setFont("sans", 7)
            c.drawString(x, y, lab)
            c.setFont("sansB", 9.5)
            c.drawString(x, y - 11, val)
        return y - 30

    y = block(
        672,
        "Datos de la persona registrada",
        [
            ("Nombre(s):", "VALERIA GUADALUPE", 40),
            ("Primer Apellido:", "HERNÁNDEZ", 230),
            ("Segundo Apellido:", "DE LA CRUZ", 390),
            ("Sexo:", "MUJER", 40),
            ("Fecha de Nacimiento:", p["dob"].strftime("%d/%m/%Y"), 130),
            ("Lugar de Nacimiento:", "ZAPOPAN, JALISCO", 260),
            ("CURP:", p["curp"], 40),
        ],
    )
    y = block(
        y,
        "Datos de filiación de la persona registrada",
        [
            ("Padre — Nombre(s):", "JOSÉ LUIS", 40),
            ("Primer Apellido:", "HERNÁNDEZ", 200),
            ("Segundo Apellido:", "OROZCO", 330),
            ("Nacionalidad:", "MEXICANA", 460),
            ("Madre — Nombre(s):", "MARÍA DEL CARMEN", 40),
            ("Primer Apellido:", "DE LA CRUZ", 200),
            ("Segundo Apellido:", "VILLASEÑOR", 330),
            ("Nacionalidad:", "MEXICANA", 460),
        ],
    )
    c.setFillColor(Color(0.9, 0.86, 0.86))
    c.rect(40, y, 515, 14, stroke=0, fill=1)
    c.setFillColor(black)
    c.setFont("sansB", 9)
    c.drawString(46, y + 4, "Anotaciones marginales")
    c.setFont("sans", 9)
    c.drawString(46, y - 14, "SIN ANOTACIONES MARGINALES")
    y -= 50
    cert = [
        "La presente es una certificación de los datos contenidos en el acta que obra en los archivos del Registro Civil,",
        "expedida con fundamento en los artículos 36 del Código Civil del Estado de Jalisco y 4 y 7 de la Ley del Registro",
        f"Civil del Estado de Jalisco. Zapopan, Jalisco, a {a['issue'].day} de {MONTHS_ES[a['issue'].month - 1]} "
        f"de {a['issue'].year}.",
    ]
    c.setFont("sans", 8)
    for t in cert:
        c.drawString(40, y, t)
        y -= 11
    y -= 10
    c.setFont("sansB", 8.5)
    c.drawCentredString(300, y - 50, a["director"])
    c.setFont("sans", 7.5)
    c.drawCentredString(300, y - 60, "DIRECTORA GENERAL DEL REGISTRO CIVIL DEL ESTADO DE JALISCO")
    place(c, signature("MFGomez", rng, "black"), 250, y - 45, w=100)
    c.setFont("mono", 5.6)
    for i in range(4):
        s = "".join(
            rng.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/")
            for _ in range(118)
        )
        c.drawString(40, 120 - i * 7, s)
    c.setFont("sans", 6.5)
    c.drawString(40, 131, "Firma electrónica avanzada / Sello digital:")
    c.drawString(
        40, 60, "Verifique la autenticidad de este documento en https://www.gob.mx/ActaNacimiento"
    )
    c.showPage()
    return done(buf, c)


# ------------------------------------------------------------------ Ukraine


def svidotstvo_ukr(p, a, rng):
    buf, c = new(A5, "svidotstvo")
    w, h = A5
    c.setFillColor(Color(0.9, 0.95, 0.9))
    c.rect(0, 0, w, h, stroke=0, fill=1)
    c.setStrokeColor(Color(0.4, 0.6, 0.5))
    for k in range(3):
        c.setLineWidth(1.2 - k * 0.3)
        c.rect(14 + k * 4, 14 + k * 4, w - 28 - k * 8, h - 28 - k * 8)
    c.setFillColor(Color(0.15, 0.3, 0.65))
    c.roundRect(w / 2 - 11, h - 66, 22, 28, 6, stroke=0, fill=1)
    c.setFillColor(Color(0.95, 0.8, 0.2))
    c.setFont("dvB", 16)
    c.drawCentredString(w / 2, h - 58, "Ш")
    c.setFillColor(black)
    c.setFont("dvsB", 12)
    c.drawCentredString(w / 2, h - 84, "УКРАЇНА")
    c.setFont("dvsB", 13)
    c.drawCentredString(w / 2, h - 104, "СВІДОЦТВО ПРО НАРОДЖЕННЯ")
    y = h - 135
    rows = [
        ("Прізвище", p["surname_cyr"]),
        ("Ім'я", p["given_cyr"]),
        ("По батькові", a["patronymic"]),
        ("Дата народження", p["dob"].strftime("%d.%m.%Y")),
        ("", a["dob_words"]),
        ("Місце народження", a["pob"]),
        ("", a["pob2"]),
    ]
    for lab, val in rows:
        c.setFont("dvs", 7.5)
        c.drawString(36, y, lab)
        c.setFont("dvsB" if lab in ("Прізвище", "Ім'я", "По батькові") else "dvs", 10 if lab else 8)
        c.drawString(120, y, val)
        c.setLineWidth(0.3)
        c.line(118, y - 3, w - 36, y - 3)
        y -= 20
    y -= 6
    c.setFont("dvs", 7.5)
    for t in a["record"]:
        c.drawString(36, y, t)
        y -= 12
    y -= 6
    for lab, val in a["parents"]:
        c.setFont("dvs", 7.5)
        c.drawString(36, y, lab)
        c.setFont("dvsB", 8.5)
        c.drawString(80, y, val)
        y -= 14
    c.setFont("dvs", 7)
    for t in a["office"]:
        c.drawString(36, y, t)
        y -= 10
    y -= 8
    c.setFont("dvs", 8)
    c.drawString(36, y, "Дата видачі   " + a["issued"].strftime("%d.%m.%Y"))
    c.drawString(36, y - 16, "Посадова особа")
    place(c, signature(a["official"], rng, "blue"), 120, y - 30, w=80)
    place(
        c,
        stamp(
            rng,
            "УКРАЇНА * ВІДДІЛ ДЕРЖАВНОЇ РЕЄСТРАЦІЇ АКТІВ ЦИВІЛЬНОГО СТАНУ *",
            ("ХАРКІВ",),
            (50, 60, 150),
        ),
        230,
        y - 60,
        w=90,
    )
    c.setFillColor(Color(0.55, 0.1, 0.1))
    c.setFont("dvsB", 11)
    c.drawString(36, 34, "Серія " + a["series"] + "   № " + a["serial"])
    c.setFillColor(black)
    place(c, stamp(rng, lines=("ПОВТОРНО",), rect=True, color=(60, 60, 150)), w - 120, h - 60, w=80)
    c.showPage()
    return done(buf, c)


# ------------------------------------------------------------------ India


def birth_ind(p, a, rng):
    buf, c = new(A4, "Birth Certificate")
    c.setStrokeColor(Color(0.3, 0.3, 0.5))
    c.setLineWidth(2)
    c.rect(25, 25, 545, 792)
    c.setLineWidth(0.6)
    c.rect(30, 30, 535, 782)
    c.circle(297, 775, 16)
    c.circle(297, 775, 5, fill=1)
    draw_shaped(c, 272, 750, "सत्यमेव जयते", "frees", 7)
    draw_shaped(c, 180, 735, "பெருநகர சென்னை மாநகராட்சி", "frees", 13)
    c.setFont("serifB", 14)
    c.drawCentredString(297, 715, "GREATER CHENNAI CORPORATION")
    c.setFont("serif", 10)
    c.drawCentredString(297, 701, "PUBLIC HEALTH DEPARTMENT")
    draw_shaped(c, 235, 680, "பிறப்புச் சான்றிதழ்", "frees", 12)
    c.setFont("serifB", 15)
    c.drawCentredString(297, 660, "BIRTH CERTIFICATE")
    c.setFont("serif", 7.5)
    c.drawCentredString(
        297, 646, "(Issued under Section 12/17 of the Registration of Births & Deaths Act, 1969 and"
    )
    c.drawCentredString(
        297, 637, "Rule 8/13 of the Tamil Nadu Registration of Births and Deaths Rules, 2000)"
    )
    c.setFont("serif", 9)
    txt = [
        "This is to certify that the following information has been taken from the original record of birth which is",
        f"the register for {a['zone']} of Chennai Taluk of Chennai District of State Tamil Nadu, India.",
    ]
    for i, t in enumerate(txt):
        c.drawString(50, 615 - i * 12, t)
    rows = [
        ("பெயர்", "Name", a["name"]),
        ("பாலினம்", "Sex", "FEMALE" if p["sex"] == "F" else "MALE"),
        ("பிறந்த தேதி", "Date of Birth", p["dob"].strftime("%d-%m-%Y")),
        ("பிறந்த இடம்", "Place of Birth", a["place"]),
        ("தாயின் பெயர்", "Name of Mother", a["mother"]),
        ("தந்தையின் பெயர்", "Name of Father", a["father"]),
        ("", "Address of Parents at the time of Birth", a["addr"]),
        ("", "Permanent Address of Parents", a["addr"]),
        ("பதிவு எண்", "Registration Number", a["reg_no"]),
        ("பதிவு தேதி", "Date of Registration", a["reg_date"]),
        ("குறிப்பு", "Remarks (if any)", "-"),
    ]
    y = 570
    for ta, en, val in rows:
        if ta:
            draw_shaped(c, 50, y + 6, ta, "frees", 7.5)
        c.setFont("serif", 9)
        c.drawString(50, y - 4, en)
        c.drawString(240, y - 4, ":")
        fs = 10.0
        while c.stringWidth(val, "serifB", fs) > 300 and fs > 6:
            fs -= 0.25
        c.setFont("serifB", fs)
        c.drawString(250, y - 4, val)
        y -= 30
    c.setFont("serif", 9)
    c.drawString(50, 215, "Date of Issue : " + a["issue"].strftime("%d-%m-%Y"))
    c.drawString(50, 200, "Certificate No : " + a["cert_no"])
    pseudo_qr(c, 60, 95, 80, rng)
    c.drawString(350, 150, "Signature of the Issuing Authority")
    c.setFont("serifB", 9)
    c.drawString(350, 110, "Registrar of Births & Deaths")
    c.drawString(350, 98, "Greater Chennai Corporation")
    place(c, signature("Registrar", rng, "blue"), 370, 118, w=90)
    place(
        c,
        stamp(
            rng,
            "GREATER CHENNAI CORPORATION * REGISTRAR OF BIRTHS & DEATHS *",
            ("CHENNAI",),
            (70, 50, 150),
        ),
        450,
        150,
        w=95,
    )
    c.setFont("serifI", 7)
    c.drawCentredString(297, 50, '"Ensure registration of every birth and death"')
    c.showPage()
    return done(buf, c)


# ------------------------------------------------------------------ apostilles


def apostille_page(c, ap, rng, x0=60, y0=760, width=475, size=A4):
    """The Hague model with 10 numbered items; ap['items'] = 10 (label, value) pairs."""
    h = 430
    c.setLineWidth(1.2)
    c.setStrokeColor(black)
    c.rect(x0, y0 - h, width, h)
    c.setFont("serifB", 18)
    c.drawCentredString(x0 + width / 2, y0 - 28, "APOSTILLE")
    c.setFont("serifI", 9.5)
    c.drawCentredString(x0 + width / 2, y0 - 44, "(Convention de La Haye du 5 octobre 1961)")
    y = y0 - 72
    heads = {1: ap.get("h1", "This public document"), 4: ap.get("h4", "Certified")}
    for i, (lab, val) in enumerate(ap["items"], start=1):
        c.setFont(ap.get("font", "serif"), 8.5)
        c.drawString(x0 + 12, y, f"{i}. {lab}")
        lw = c.stringWidth(f"{i}. {lab}", ap.get("font", "serif"), 8.5)
        c.setFont(ap.get("fontB", "serifB"), 9.5)
        if val:
            if lw + c.stringWidth(val, ap.get("fontB", "serifB"), 9.5) > width - 30:
                y -= 12
                c.drawString(x0 + 28, y, val)
            else:
                c.drawString(x0 + 18 + lw, y, val)
        y -= 22
        if i in heads:
            c.setFont(ap.get("font", "serif"), 9)
            c.drawCentredString(x0 + width / 2, y + 4, heads[i])
            y -= 16
    place(c, ap["stamp"], x0 + 40, y0 - h + 14, w=95)
    place(c, ap["sig"], x0 + 260, y0 - h + 40, w=120)
    if ap.get("signer"):
        fs = 7.5
        while c.stringWidth(ap["signer"], ap.get("font", "serif"), fs) > width - 150 and fs > 5:
            fs -= 0.25
        c.setFont(ap.get("font", "serif"), fs)
        c.drawRightString(x0 + width - 10, y0 - h + 22, ap["signer"])


def apostille_pdf(ap, rng, extra=None):
    buf, c = new(A4, "Apostille")
    if extra:
        extra(c)
    apostille_page(c, ap, rng, y0=ap.get("y0", 760))
    c.showPage()
    return done(buf, c)


# ------------------------------------------------------------------ translation


def translation_mex(p, a, ap, t, rng):
    buf, c = new(A4, "Traduction")

    def letterhead():
        c.setFont("serifB", 11)
        c.drawString(50, 800, t["name"])
        c.setFont("serif", 8.5)
        for i, s in enumerate(t["head"]):
            c.drawString(50, 786 - i * 11, s)
        c.setLineWidth(0.6)
        c.line(50, 748, 545, 748)

    letterhead()
    c.setFont("serifB", 10)
    c.drawCentredString(297, 728, "TRADUCTION DE L'ESPAGNOL")
    c.setFont("serifI", 8.5)
    c.drawString(50, 708, "[QR code] [Armoiries]")
    c.setFont("serifB", 12)
    c.drawCentredString(297, 690, "ÉTATS-UNIS DU MEXIQUE")
    c.drawCentredString(297, 674, "ACTE DE NAISSANCE")
    lines = [
        ("Identifiant électronique :", a["ident"]),
        ("CURP :", p["curp"]),
        ("État d'enregistrement :", "JALISCO   Commune : ZAPOPAN   Bureau : " + a["oficialia"]),
        (
            "Date d'enregistrement :",
            a["reg_date"] + "   Livre : " + a["libro"] + "   Acte n° : " + a["acta_no"],
        ),
        ("", ""),
        ("DONNÉES DE LA PERSONNE ENREGISTRÉE", None),
        ("Prénom(s) :", "VALERIA GUADALUPE"),
        ("Premier nom de famille :", "HERNÁNDEZ"),
        ("Second nom de famille :", "DE LA CRUZ"),
        ("Sexe :", "FÉMININ"),
        ("Date de naissance :", p["dob"].strftime("%d/%m/%Y")),
        ("Lieu de naissance :", "ZAPOPAN, JALISCO"),
        ("", ""),
        ("FILIATION", None),
        ("Père :", "JOSÉ LUIS HERNÁNDEZ OROZCO, de nationalité mexicaine"),
        ("Mère :", "MARÍA DEL CARMEN DE LA CRUZ VILLASEÑOR, de nationalité mexicaine"),
        ("", ""),
        ("MENTIONS MARGINALES", None),
        ("", "NÉANT"),
        ("", ""),
        ("Certification :", "délivrée à Zapopan, Jalisco, le " + fr_date(a["issue"]) + ","),
        ("", "par " + a["director"] + ", Directrice générale de l'État civil"),
        ("", "de l'État de Jalisco. [Signature électronique avancée / sceau numérique]"),
    ]
    y = 645
    for lab, val in lines:
        if val is None:
            c.setFont("serifB", 9.5)
            c.drawString(50, y, lab)
        else:
            c.setFont("serif", 9.5)
            c.drawString(50, y, lab)
            c.setFont("serifB", 9.5)
            c.drawString(195, y, val)
        y -= 15
    c.setFont("serif", 8)
    c.drawRightString(545, 60, "Traduction n° " + t["number"] + " — page 1/2")
    place(c, stamp(rng, t["ring"], t["center"], (40, 60, 150)), 420, 90, w=100)
    c.showPage()
    letterhead()
    c.setFont("serifB", 10)
    c.drawCentredString(297, 728, "TRADUCTION DE L'ESPAGNOL — APOSTILLE")
    c.setFont("serifB", 12)
    c.drawCentredString(297, 700, "APOSTILLE")
    c.setFont("serifI", 9)
    c.drawCentredString(297, 686, "(Convention de La Haye du 5 octobre 1961)")
    fr_items = [
        "1. Pays : MEXIQUE",
        "Le présent acte public",
        "2. a été signé par : " + ap["items"][1][1],
        "3. agissant en qualité de : Directrice générale de l'État civil de l'État de Jalisco",
        "4. est revêtu du sceau / timbre de : Direction générale de l'État civil de l'État de Jalisco",
        "Attesté",
        "5. à : Guadalajara, Jalisco        6. le : " + fr_date(ap["date"]),
        "7. par : Secrétariat général du Gouvernement de l'État de Jalisco",
        "8. sous le numéro : " + ap["items"][7][1],
        "9. Sceau / timbre : [sceau]        10. Signature : [signature illisible]",
    ]
    y = 660
    c.setFont("serif", 9.5)
    for s in fr_items:
        c.drawString(70, y, s)
        y -= 17
    y -= 20
    c.setFont("serif", 9.5)
    for s in t["cert"]:
        c.drawString(50, y, s)
        y -= 13
    place(c, stamp(rng, t["ring"], t["center"], (40, 60, 150)), 330, y - 120, w=110)
    place(c, signature(t["sig"], rng, "blue"), 180, y - 90, w=110)
    c.setFont("serif", 8)
    c.drawRightString(545, 60, "Traduction n° " + t["number"] + " — page 2/2")
    c.showPage()
    return done(buf, c)
