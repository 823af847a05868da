"""Birth certificates, part 1b: Colombia, Mexico, India, Maghreb."""

from __future__ import annotations

from civil import INK, H, W, boxed, fields_of
from tk import (
    INKS,
    Page,
    fit,
    guilloche,
    hand,
    line,
    para,
    ptext,
    qr,
    rect,
    rosette,
    signature,
    stamp,
    txt,
    vgrad,
)

# ---------------------------------------------------------------- Colombia (registro civil)


def colombia(b, rng):
    blue = (0.1, 0.2, 0.45)
    s1, s2 = b["surname"].split(" ", 1)
    place = "COLOMBIA - %s - %s" % (b["dept"].upper(), b["city"].upper())

    def draw(c):
        rect(c, 0, 0, W, H, stroke=None, fill=(0.98, 0.97, 0.93))
        guilloche(c, 30, 30, W - 60, H - 60, rng, [(0.92, 0.88, 0.78)], n=70, lw=0.3, amp=8, step=4)
        txt(c, 60, H - 60, "REPÚBLICA DE COLOMBIA", "SansB", 11, blue)
        txt(c, 60, H - 74, "REGISTRADURÍA NACIONAL DEL ESTADO CIVIL", "Sans", 8.5, blue)
        txt(c, W / 2, H - 100, "REGISTRO CIVIL DE NACIMIENTO", "SansB", 15, INK, "c")
        txt(c, W - 60, H - 60, "Indicativo Serial", "Sans", 7, blue, "r")
        txt(c, W - 60, H - 76, b["serial"], "MonoB", 13, (0.6, 0.1, 0.1), "r")
        x, bw = 50, W - 100
        y = H - 140
        rect(c, x, y + 14, bw, 12, stroke=None, fill=(0.85, 0.88, 0.95))
        txt(c, x + 4, y + 17, "Datos de la oficina de registro", "SansB", 7.5, blue)
        boxed(
            c,
            x,
            y - 16,
            bw * 0.5,
            30,
            "Clase de oficina: Registraduría - Notaría - Consulado",
            b["office"],
        )
        boxed(
            c,
            x + bw * 0.5,
            y - 16,
            bw * 0.5,
            30,
            "País - Departamento - Municipio",
            "COLOMBIA - %s - %s" % (b["dept"].upper(), b["city"].upper()),
            vs=8,
        )
        y -= 60
        rect(c, x, y + 14, bw, 12, stroke=None, fill=(0.85, 0.88, 0.95))
        txt(c, x + 4, y + 17, "Datos del inscrito", "SansB", 7.5, blue)
        boxed(c, x, y - 16, bw / 3, 30, "Primer Apellido", s1.upper())
        boxed(c, x + bw / 3, y - 16, bw / 3, 30, "Segundo Apellido", s2.upper())
        boxed(c, x + 2 * bw / 3, y - 16, bw / 3, 30, "Nombre(s)", b["given"].upper())
        y -= 46
        boxed(
            c,
            x,
            y,
            bw * 0.4,
            30,
            "Fecha de nacimiento (Año - Mes - Día)",
            b["dob"].strftime("%Y   %m   %d"),
        )
        boxed(c, x + bw * 0.4, y, bw * 0.2, 30, "Sexo (en letras)", b["sex_word"].upper())
        boxed(
            c, x + bw * 0.6, y, bw * 0.4, 30, "Grupo sanguíneo / Factor RH", b.get("blood", "O +")
        )
        y -= 30
        boxed(
            c,
            x,
            y,
            bw,
            30,
            "Lugar de nacimiento (País - Departamento - Municipio - Corregimiento)",
            place + " - " + b["facility"].upper(),
            vs=8,
        )
        y -= 30
        boxed(c, x, y, bw * 0.6, 30, "NUIP", b["nuip"])
        boxed(
            c,
            x + bw * 0.6,
            y,
            bw * 0.4,
            30,
            "Tipo de documento antecedente",
            "CERTIFICADO DE NACIDO VIVO",
        )
        y -= 50
        for title, name, doc in [
            ("Datos de la madre", b["mother"], b["mother_doc"]),
            ("Datos del padre", b["father"], b["father_doc"]),
        ]:
            rect(c, x, y + 14, bw, 12, stroke=None, fill=(0.85, 0.88, 0.95))
            txt(c, x + 4, y + 17, title, "SansB", 7.5, blue)
            boxed(c, x, y - 16, bw * 0.6, 30, "Apellidos y nombres completos", name.upper())
            boxed(c, x + bw * 0.6, y - 16, bw * 0.4, 30, "Documento de identificación", doc)
            y -= 56
        boxed(
            c, x, y - 10, bw * 0.5, 40, "Fecha de inscripción", b["reg_date"].strftime("%Y %m %d")
        )
        boxed(
            c,
            x + bw * 0.5,
            y - 10,
            bw * 0.5,
            40,
            "Nombre y firma del funcionario que autoriza",
            b["registrar"].upper(),
            vs=8,
        )
        signature(c, x + bw * 0.55, y - 4, bw * 0.4, 28, b["registrar"], rng)
        y -= 60
        para(
            c,
            x,
            y,
            bw,
            "ESTA CERTIFICACIÓN ES FIEL COPIA TOMADA DEL ORIGINAL QUE REPOSA EN LOS ARCHIVOS DE LA REGISTRADURÍA NACIONAL DEL ESTADO CIVIL. Expedida en %s el %s."
            % (b["city"].upper(), b["issue_date"].strftime("%d/%m/%Y")),
            "Sans",
            7.5,
            10,
        )
        qr(c, W - 120, 60, 60, "https://www.registraduria.gov.co/verificacion/%s" % b["serial"])

    return [Page(W, H, draw)], fields_of(
        b, place, "COL", "es", b["surname"].upper(), b["given"].upper()
    )


# ---------------------------------------------------------------- Mexico (acta, formato único)


def mexico(b, rng):
    green = (0.2, 0.38, 0.3)
    s1, s2 = b["surname_parts"]
    place = "%s, %s" % (b["city"].upper(), b["state"].upper())

    def draw(c):
        vgrad(c, 0, 0, W, H, (0.93, 0.96, 0.93), (0.97, 0.95, 0.92), 30)
        guilloche(c, 20, 20, W - 40, H - 40, rng, [(0.86, 0.9, 0.86)], n=80, lw=0.3, amp=9, step=4)
        txt(c, W / 2, H - 55, "ESTADOS UNIDOS MEXICANOS", "SansB", 12, green, "c")
        txt(c, W / 2, H - 80, "ACTA DE NACIMIENTO", "SansB", 17, INK, "c")
        txt(c, 50, H - 110, "Identificador Electrónico", "Sans", 7, green)
        txt(c, 50, H - 123, b["ident"], "MonoB", 10, INK)
        txt(c, W - 50, H - 110, "CURP", "Sans", 7, green, "r")
        txt(c, W - 50, H - 123, b["curp"], "MonoB", 10, INK, "r")
        x, bw = 50, W - 100
        y = H - 170
        rowsets = [
            [
                ("Entidad de Registro", b["state"].upper(), 0.3),
                ("Municipio de Registro", b["city"].upper(), 0.3),
                ("Oficialía", b["oficialia"], 0.13),
                ("Fecha de Registro", b["reg_date"].strftime("%d/%m/%Y"), 0.27),
            ],
            [("Libro", b["libro"], 0.2), ("Número de Acta", b["acta"], 0.3), ("", "", 0.5)],
        ]
        for rs in rowsets:
            xx = x
            for lab, val, frac in rs:
                boxed(c, xx, y, bw * frac, 28, lab, val, vf="SansB", vs=8.5)
                xx += bw * frac
            y -= 28
        y -= 14
        rect(c, x, y, bw, 14, stroke=None, fill=green)
        txt(c, W / 2, y + 4, "Datos de la persona registrada", "SansB", 8, (1, 1, 1), "c")
        y -= 28
        boxed(c, x, y, bw * 0.4, 28, "Nombre(s)", b["given"].upper(), vf="SansB")
        boxed(c, x + bw * 0.4, y, bw * 0.3, 28, "Primer Apellido", s1.upper(), vf="SansB")
        boxed(c, x + bw * 0.7, y, bw * 0.3, 28, "Segundo Apellido", s2.upper(), vf="SansB")
        y -= 28
        boxed(c, x, y, bw * 0.2, 28, "Sexo", b["sex_word"].upper(), vf="SansB")
        boxed(
            c,
            x + bw * 0.2,
            y,
            bw * 0.3,
            28,
            "Fecha de Nacimiento",
            b["dob"].strftime("%d/%m/%Y"),
            vf="SansB",
        )
        boxed(c, x + bw * 0.5, y, bw * 0.5, 28, "Lugar de Nacimiento", place, vf="SansB")
        y -= 42
        rect(c, x, y, bw, 14, stroke=None, fill=green)
        txt(
            c,
            W / 2,
            y + 4,
            "Datos de filiación de la persona registrada",
            "SansB",
            8,
            (1, 1, 1),
            "c",
        )
        y -= 28
        for who, name, nat in [
            ("Madre", b["mother"], "MEXICANA"),
            ("Padre", b["father"], "MEXICANA"),
        ]:
            boxed(
                c, x, y, bw * 0.7, 28, "Nombre(s) y apellidos (%s)" % who, name.upper(), vf="SansB"
            )
            boxed(c, x + bw * 0.7, y, bw * 0.3, 28, "Nacionalidad", nat, vf="SansB")
            y -= 28
        y -= 30
        para(
            c,
            x,
            y,
            bw,
            "El presente documento es una copia fiel del acta de nacimiento que obra en la base de datos del Registro Nacional de Población. Se expide de conformidad con los artículos 35 y 39 del Código Civil para el Estado de %s."
            % b["state"],
            "Sans",
            8,
            10,
        )
        qr(c, x, 70, 70, "https://www.gob.mx/ActaNacimiento/valida?id=%s" % b["ident"])
        txt(c, x + 85, 120, "Firma electrónica del Oficial del Registro Civil", "Sans", 7, green)
        fit(c, x + 85, 106, b["firma"], "Mono", 6, bw - 90, INK)
        txt(
            c,
            x + 85,
            90,
            "Fecha de expedición: %s" % b["issue_date"].strftime("%d/%m/%Y"),
            "Sans",
            8,
            INK,
        )

    return [Page(W, H, draw)], fields_of(
        b, place, "MEX", "es", b["surname"].upper(), b["given"].upper()
    )


# ---------------------------------------------------------------- India (municipal corporation)


def india(b, rng):
    def draw(c):
        rect(c, 0, 0, W, H, stroke=None, fill=(0.99, 0.98, 0.95))
        rect(c, 30, 30, W - 60, H - 60, stroke=(0.3, 0.3, 0.5), lw=1.2)
        rosette(c, W / 2, H - 80, 24, rng, (0.2, 0.2, 0.5), n=24, lw=0.3)
        txt(c, W / 2, H - 125, b["govt"], "SansB", 11, INK, "c")
        txt(c, W / 2, H - 140, b["corp"], "SansB", 10, INK, "c")
        txt(c, W / 2, H - 152, b["dept"], "Sans", 8.5, INK, "c")
        txt(c, W / 2, H - 180, "BIRTH CERTIFICATE", "SansB", 15, INK, "c")
        para(
            c,
            60,
            H - 200,
            W - 120,
            "(ISSUED UNDER SECTION 12 / 17 OF THE REGISTRATION OF BIRTHS & DEATHS ACT, 1969 AND RULE 8 / 13 OF THE %s REGISTRATION OF BIRTHS & DEATHS RULES, 2000)"
            % b["state"].upper(),
            "Sans",
            7.5,
            9.5,
        )
        para(
            c,
            60,
            H - 235,
            W - 120,
            "THIS IS TO CERTIFY THAT THE FOLLOWING INFORMATION HAS BEEN TAKEN FROM THE ORIGINAL RECORD OF BIRTH WHICH IS THE REGISTER FOR %s OF %s, STATE OF %s, INDIA."
            % (b["zone"].upper(), b["corp"].upper(), b["state"].upper()),
            "Sans",
            8.5,
            11.5,
        )
        y = H - 300
        pairs = [
            ("NAME", (b["given"] + " " + b["surname"]).upper(), "SEX", b["sex_word"].upper()),
            (
                "DATE OF BIRTH",
                b["dob"].strftime("%d-%m-%Y"),
                "PLACE OF BIRTH",
                b["facility"].upper(),
            ),
            ("NAME OF MOTHER", b["mother"].upper(), "NAME OF FATHER", b["father"].upper()),
            (
                "ADDRESS OF PARENTS AT THE TIME OF BIRTH OF THE CHILD",
                b["address"].upper(),
                "PERMANENT ADDRESS OF PARENTS",
                b["address"].upper(),
            ),
            (
                "REGISTRATION NUMBER",
                b["reg_no"],
                "DATE OF REGISTRATION",
                b["reg_date"].strftime("%d-%m-%Y"),
            ),
            ("REMARKS (IF ANY)", "", "DATE OF ISSUE", b["issue_date"].strftime("%d-%m-%Y")),
        ]
        for l1, v1, l2, v2 in pairs:
            txt(c, 60, y, l1 + " :", "Sans", 7.5, (0.25, 0.25, 0.3))
            para(c, 60, y - 12, 220, v1, "SansB", 9, 11)
            txt(c, 310, y, l2 + " :", "Sans", 7.5, (0.25, 0.25, 0.3))
            para(c, 310, y - 12, 230, v2, "SansB", 9, 11)
            y -= 52
        signature(c, 360, 150, 170, 45, b["registrar"], rng)
        txt(c, 445, 140, "SIGNATURE OF THE ISSUING AUTHORITY", "Sans", 7, INK, "c")
        txt(c, 445, 128, "REGISTRAR OF BIRTHS & DEATHS, " + b["zone"].upper(), "Sans", 7, INK, "c")
        stamp(
            c,
            200,
            160,
            b["corp"].upper(),
            ["REGISTRAR", "BIRTHS & DEATHS"],
            rng,
            color=(120, 50, 140),
            d_mm=30,
        )
        qr(c, 60, 60, 60, "https://crsorgi.gov.in/verify/%s" % b["reg_no"])
        txt(c, W / 2, 48, '"ENSURE REGISTRATION OF EVERY BIRTH AND DEATH"', "SansB", 7.5, INK, "c")

    place = b["facility"].upper()
    return [Page(W, H, draw)], fields_of(
        b, place, "IND", "en", b["surname"].upper(), b["given"].upper()
    )


# ---------------------------------------------------------------- Maghreb (bilingual extracts)


def maghreb(b, rng, country):
    """Morocco, Algeria, Tunisia: French on the left, Arabic on the right."""
    head = {
        "MAR": (
            "ROYAUME DU MAROC",
            "المملكة المغربية",
            "Ministère de l'Intérieur",
            "وزارة الداخلية",
            "EXTRAIT D'ACTE DE NAISSANCE",
            "نسخة موجزة من رسم الولادة",
        ),
        "DZA": (
            "RÉPUBLIQUE ALGÉRIENNE DÉMOCRATIQUE ET POPULAIRE",
            "الجمهورية الجزائرية الديمقراطية الشعبية",
            "Wilaya de " + b["region"],
            "ولاية " + b["region_ar"],
            "EXTRAIT D'ACTE DE NAISSANCE",
            "مستخرج من عقد الميلاد",
        ),
        "TUN": (
            "RÉPUBLIQUE TUNISIENNE",
            "الجمهورية التونسية",
            "Ministère de l'Intérieur",
            "وزارة الداخلية",
            "EXTRAIT DE NAISSANCE",
            "مضمون ولادة",
        ),
    }[country]
    handfill = b.get("handfill", False)
    hn = b.get("hand", "dkg")

    ink = rng.choice(INKS[:4])

    def val(c, x, y, s, size=10):
        if handfill:
            hand(c, x, y, s, rng, size + 1, hn, color=ink, jitter=0.8)
        else:
            txt(c, x, y, s, "SerifB", size, INK)

    def draw(c):
        rect(c, 0, 0, W, H, stroke=None, fill=(0.98, 0.97, 0.94))
        txt(c, 50, H - 55, head[0], "SerifB", 9.5 if country != "DZA" else 7.5, INK)
        ptext(c, W - 50, H - 57, head[1], "amirib", 12, INK, "r")
        txt(c, 50, H - 70, head[2], "Serif", 8.5, INK)
        ptext(c, W - 50, H - 72, head[3], "amiri", 11, INK, "r")
        txt(c, 50, H - 84, "Commune de " + b["commune"], "Serif", 8.5, INK)
        ptext(c, W - 50, H - 86, "جماعة " + b["commune_ar"], "amiri", 11, INK, "r")
        txt(c, 50, H - 98, "Bureau de l'état civil", "Serif", 8.5, INK)
        txt(c, W / 2, H - 135, head[4], "SerifB", 15, INK, "c")
        ptext(c, W / 2, H - 158, head[5], "amirib", 15, INK, "c")
        txt(c, 50, H - 190, "Acte N° : ", "Serif", 10, INK)
        val(c, 110, H - 190, b["acte"])
        txt(c, 250, H - 190, "Année : ", "Serif", 10, INK)
        val(c, 300, H - 190, str(b["dob"].year))
        rows = [
            ("Nom", "الاسم العائلي", b["surname"].upper(), b["surname_ar"]),
            (
                "Prénom",
                "الاسم الشخصي",
                b["given"].title() if country != "DZA" else b["given"].upper(),
                b["given_ar"],
            ),
            ("Date de naissance", "تاريخ الازدياد", b["dob_text"], ""),
            ("Lieu de naissance", "مكان الازدياد", b["city"], b["city_ar"]),
            ("Fils / Fille de", "ابن(ة)", b["father"], b["father_ar"]),
            ("Et de", "و", b["mother"], b["mother_ar"]),
            ("Mentions marginales", "البيانات الهامشية", "Néant", "لا شيء"),
        ]
        y = H - 230
        for fl, al, fv, av in rows:
            txt(c, 50, y, fl + " :", "Serif", 9.5, (0.2, 0.2, 0.25))
            ptext(c, W - 50, y - 2, al + " :", "amiri", 11, (0.2, 0.2, 0.25), "r")
            line(c, 160, y - 3, W - 160, y - 3, (0.7, 0.7, 0.7), 0.3, dash=(1, 2))
            val(c, 165, y + 1, fv, 10)
            if av:
                ptext(c, W - 170, y - 1, av, "amiri", 12, INK, "r")
            y -= 42
        para(
            c,
            50,
            y - 10,
            W - 100,
            "Pour extrait certifié conforme aux indications portées sur le registre.",
            "Serif",
            9.5,
        )
        txt(
            c,
            W - 60,
            y - 50,
            "Fait à %s, le %s" % (b["commune"], b["issue_date"].strftime("%d/%m/%Y")),
            "Serif",
            10,
            INK,
            "r",
        )
        txt(c, W - 60, y - 66, "L'Officier de l'état civil", "Serif", 10, INK, "r")
        signature(c, W - 230, y - 130, 160, 50, b["registrar"], rng)
        stamp(
            c,
            W - 240,
            y - 105,
            head[0][:30],
            [b["commune"].upper()[:16], "ÉTAT CIVIL"],
            rng,
            color=(60, 50, 140),
            d_mm=30,
        )
        if country == "DZA":
            txt(
                c,
                50,
                60,
                "Imprimé 12S - extrait spécial (valable pour l'établissement des documents d'état civil)",
                "SerifI",
                7,
                (0.3, 0.3, 0.3),
            )

    place = b["city"]
    sur = b["surname"].upper()
    giv = b["given"].title() if country != "DZA" else b["given"].upper()
    return [Page(W, H, draw)], fields_of(b, place, country, "fr+ar", sur, giv)
