"""Civil-status documents: birth certificates of many countries (their own wording, field order,
languages), Hague apostilles (10 numbered items), sworn French translations."""

from __future__ import annotations

from reportlab.lib.colors import Color, black, white
from reportlab.lib.pagesizes import letter

from . import draw as d
from . import util as u
from .draw import rgb
from .looks import A4H, A4W, MM, Page

INK = d.INK_BLACK
STAMP_BLUE = Color(0.2, 0.22, 0.62)
STAMP_VIOLET = Color(0.42, 0.2, 0.55)


def _frame(c, W, H, color, inset=10 * MM, lw=1.2, double=True):
    d.box(c, inset, inset, W - 2 * inset, H - 2 * inset, stroke=color, lw=lw)
    if double:
        d.box(
            c,
            inset + 2.2,
            inset + 2.2,
            W - 2 * inset - 4.4,
            H - 2 * inset - 4.4,
            stroke=color,
            lw=0.4,
        )


def _ar(c, x, y, s, size=11, anchor="r", bold=False, color=(25, 25, 30)):
    return d.ptext(
        c, x, y, s, "amiri-b" if bold else "amiri", size, color, anchor=anchor, direction="rtl"
    )


def _dotted_field(
    c, x, y, label, value, w, lfont="Sans", vfont="Sans-B", size=9.5, hand=None, rng=None
):
    d.txt(c, x, y, label, lfont, size)
    lw = d.stringWidth(label, lfont, size) + 4
    d.dotted(c, x + lw, x + w, y - 1.5)
    if hand:
        d.hand(c, x + lw + 4, y + 0.5, value, rng, hand, size + 2.5, d.INK_BLACK)
    else:
        d.txt(c, x + lw + 4, y + 0.5, value, vfont, size)


# ================================================================== Maghreb (bilingual Arabic / French)


def bc_dza(p, b, rng):
    """Algeria: 'Acte de naissance' (12S style), Arabic and French side by side."""

    def drawf(c):
        W, H = A4W, A4H
        _frame(c, W, H, rgb("1E6B3A"), 12 * MM)
        _ar(c, W / 2, H - 25 * MM, "الجمهورية الجزائرية الديمقراطية الشعبية", 13, "c", True)
        d.txt(
            c,
            W / 2,
            H - 31 * MM,
            "RÉPUBLIQUE ALGÉRIENNE DÉMOCRATIQUE ET POPULAIRE",
            "Serif-B",
            10,
            black,
            "c",
        )
        _ar(c, W - 22 * MM, H - 41 * MM, "ولاية " + b["region_ar"], 11)
        _ar(c, W - 22 * MM, H - 47 * MM, "بلدية " + b["city_ar"], 11)
        d.txt(c, 22 * MM, H - 41 * MM, "Wilaya de " + b["region"], "Serif", 10)
        d.txt(c, 22 * MM, H - 47 * MM, "Commune de " + b["city"], "Serif", 10)
        d.txt(c, 22 * MM, H - 53 * MM, "Service de l'état civil", "Serif-I", 9)
        d.box(c, W / 2 - 50 * MM, H - 72 * MM, 100 * MM, 14 * MM, stroke=black, lw=0.8)
        _ar(c, W / 2, H - 63 * MM, "عقد الميلاد", 13, "c", True)
        d.txt(
            c,
            W / 2,
            H - 69.5 * MM,
            "ACTE DE NAISSANCE  N° " + b["act_no"],
            "Serif-B",
            11,
            black,
            "c",
        )
        rows = [
            ("Année", str(u.D(p["dob"]).year), "السنة"),
            ("Nom", b.get("bc_surname", p["surname"]).upper(), "اللقب"),
            ("Prénom(s)", b.get("bc_given", p["given"]).title(), "الاسم"),
            ("Date de naissance", u.fr(p["dob"]) + " à " + b.get("time", "10h30"), "تاريخ الميلاد"),
            ("Lieu de naissance", b["city"], "مكان الميلاد"),
            ("Sexe", "Féminin" if p["sex"] == "F" else "Masculin", "الجنس"),
            ("Fils / Fille de", b["father"], "ابن / ابنة"),
            ("et de", b["mother"], "و"),
            ("Mentions marginales", "Néant", "البيانات الهامشية"),
        ]
        y = H - 88 * MM
        for fr_l, val, ar_l in rows:
            d.txt(c, 22 * MM, y, fr_l + " :", "Serif", 10)
            d.txt(c, 68 * MM, y, val, "Serif-B", 11)
            d.dotted(c, 66 * MM, 150 * MM, y - 2)
            _ar(c, W - 22 * MM, y, ar_l + " :", 11)
            y -= 11 * MM
        y -= 4 * MM
        d.para(
            c,
            22 * MM,
            y,
            W - 44 * MM,
            f"Le {u.fr_date_words(p['dob'])}, à {b.get('time_words', 'dix heures trente minutes')}, est né(e) à "
            f"{b['city']} {b.get('bc_given', p['given']).title()} {b.get('bc_surname', p['surname']).upper()}, "
            f"{'fille' if p['sex'] == 'F' else 'fils'} de {b['father']} et de {b['mother']}. Dressé le "
            f"{u.fr_words(b['reg_date'])} sur la déclaration du père.",
            "Serif-I",
            9.5,
            13,
        )
        y -= 34 * MM
        d.txt(
            c,
            22 * MM,
            y,
            f"Extrait certifié conforme aux registres, délivré à {b['city']} le {u.fr(b['issued_on'])}",
            "Serif",
            9.5,
        )
        d.txt(c, W - 60 * MM, y - 12 * MM, "L'Officier de l'état civil", "Serif-B", 9.5, black, "c")
        _ar(c, W - 60 * MM, y - 18 * MM, "ضابط الحالة المدنية", 10, "c")
        d.stamp_round(
            c,
            W - 95 * MM,
            y - 34 * MM,
            16 * MM,
            "RÉPUBLIQUE ALGÉRIENNE * COMMUNE D'" + b["city"].upper() + " *",
            ["ÉTAT CIVIL"],
            STAMP_VIOLET,
            rng,
        )
        d.signature(c, W - 75 * MM, y - 42 * MM, 35 * MM, 18 * MM, rng, INK)
        d.txt(c, 22 * MM, 16 * MM, "N° de série : " + b.get("serial", "1624508"), "Mono", 8)

    return [Page(A4W, A4H, drawf)]


def bc_mar(p, b, rng):
    """Morocco: 'Copie intégrale d'acte de naissance', bilingual, two columns."""

    def drawf(c):
        W, H = A4W, A4H
        _ar(c, W - 20 * MM, H - 20 * MM, "المملكة المغربية", 13, "r", True)
        _ar(c, W - 20 * MM, H - 27 * MM, "وزارة الداخلية", 11)
        _ar(c, W - 20 * MM, H - 33 * MM, "عمالة " + b["region_ar"], 11)
        _ar(c, W - 20 * MM, H - 39 * MM, "مكتب الحالة المدنية " + b["city_ar"], 11)
        d.txt(c, 20 * MM, H - 20 * MM, "ROYAUME DU MAROC", "Sans-B", 11)
        d.txt(c, 20 * MM, H - 26 * MM, "Ministère de l'Intérieur", "Sans", 9)
        d.txt(c, 20 * MM, H - 32 * MM, "Préfecture de " + b["region"], "Sans", 9)
        d.txt(c, 20 * MM, H - 38 * MM, "Bureau d'état civil de " + b["city"], "Sans", 9)
        d.hline(c, 20 * MM, W - 20 * MM, H - 44 * MM, black, 0.8)
        d.txt(
            c, W / 2, H - 54 * MM, "COPIE INTÉGRALE D'ACTE DE NAISSANCE", "Sans-B", 12.5, black, "c"
        )
        _ar(c, W / 2, H - 62 * MM, "نسخة كاملة من رسم الولادة", 13, "c", True)
        d.txt(
            c,
            20 * MM,
            H - 72 * MM,
            f"Acte n° : {b['act_no']}      Année : {b['year_reg']}",
            "Sans-B",
            10,
        )
        _ar(c, W - 20 * MM, H - 72 * MM, f"رسم عدد {b['act_no']}  سنة {b['year_reg']}", 11)
        rows = [
            ("Nom de famille", b.get("bc_surname", p["surname"]).upper(), "الاسم العائلي"),
            ("Prénom", b.get("bc_given", p["given"]).title(), "الاسم الشخصي"),
            ("Sexe", "Masculin" if p["sex"] == "M" else "Féminin", "الجنس"),
            ("Date de naissance", u.fr_date_words(p["dob"]), "تاريخ الازدياد"),
            ("", u.fr(p["dob"]), ""),
            ("Lieu de naissance", b["city"], "مكان الازدياد"),
            ("Nationalité", "Marocaine", "الجنسية"),
            ("Père", b["father"], "الأب"),
            ("Mère", b["mother"], "الأم"),
            ("Mentions marginales", "Néant", "البيانات الهامشية"),
        ]
        y = H - 86 * MM
        d.box(
            c,
            18 * MM,
            y - len(rows) * 10 * MM + 4 * MM,
            W - 36 * MM,
            len(rows) * 10 * MM + 4 * MM,
            stroke=black,
            lw=0.6,
        )
        for fr_l, val, ar_l in rows:
            if fr_l:
                d.txt(c, 22 * MM, y, fr_l, "Sans", 9.5, Color(0.25, 0.25, 0.25))
            d.fit(c, 66 * MM, y, val, 85 * MM, "Sans-B", 10.5)
            if ar_l:
                _ar(c, W - 22 * MM, y, ar_l, 11)
            y -= 10 * MM
        y -= 8 * MM
        d.para(
            c,
            20 * MM,
            y,
            W - 40 * MM,
            "Nous, Officier de l'état civil, certifions la présente copie conforme aux indications portées "
            "au registre de l'état civil.",
            "Sans",
            9.5,
        )
        d.txt(
            c, 20 * MM, y - 16 * MM, f"Fait à {b['city']}, le {u.fr(b['issued_on'])}", "Sans", 9.5
        )
        d.txt(c, W - 60 * MM, y - 16 * MM, "L'Officier de l'état civil", "Sans-B", 9.5, black, "c")
        d.stamp_round(
            c,
            W - 62 * MM,
            y - 40 * MM,
            15 * MM,
            "ROYAUME DU MAROC * ÉTAT CIVIL * " + b["city"].upper() + " *",
            ["OFFICIER", "ÉTAT CIVIL"],
            STAMP_BLUE,
            rng,
        )
        d.signature(c, W - 85 * MM, y - 48 * MM, 40 * MM, 18 * MM, rng, INK)
        d.txt(
            c,
            20 * MM,
            15 * MM,
            "Timbre fiscal acquitté  -  Réf. " + b.get("serial", "CI-2026-0047711"),
            "Sans",
            7.5,
            Color(0.3, 0.3, 0.3),
        )

    return [Page(A4W, A4H, drawf)]


def bc_tun(p, b, rng):
    """Tunisia: 'Extrait d'acte de naissance' (مضمون ولادة), boxed bilingual grid."""

    def drawf(c):
        W, H = A4W, A4H
        d.box(c, 0, 0, W, H, stroke=None, fill=rgb("FBF7F0"))
        _ar(c, W / 2, H - 18 * MM, "الجمهورية التونسية", 14, "c", True)
        d.txt(c, W / 2, H - 24 * MM, "RÉPUBLIQUE TUNISIENNE", "Sans-B", 10.5, black, "c")
        _ar(c, W / 2, H - 31 * MM, "وزارة الداخلية - بلدية " + b["city_ar"], 11, "c")
        d.txt(
            c,
            W / 2,
            H - 37 * MM,
            "Ministère de l'Intérieur - Municipalité de " + b["city"],
            "Sans",
            9,
            black,
            "c",
        )
        d.box(c, 30 * MM, H - 55 * MM, W - 60 * MM, 13 * MM, stroke=rgb("C8102E"), lw=1.2)
        _ar(c, W / 2, H - 47 * MM, "مضمون ولادة", 13, "c", True, (200, 16, 46))
        d.txt(
            c, W / 2, H - 53 * MM, "EXTRAIT D'ACTE DE NAISSANCE", "Sans-B", 11, rgb("C8102E"), "c"
        )
        rows = [
            ("Année", str(b["year_reg"]), "السنة"),
            ("Numéro de l'acte", b["act_no"], "عدد الرسم"),
            ("Prénom", b.get("bc_given", p["given"]).title(), "الاسم"),
            ("Nom", b.get("bc_surname", p["surname"]).upper(), "اللقب"),
            ("Sexe", "Masculin" if p["sex"] == "M" else "Féminin", "الجنس"),
            ("Date de naissance", u.fr(p["dob"]), "تاريخ الولادة"),
            ("Lieu de naissance", b["city"], "مكان الولادة"),
            ("Prénom et nom du père", b["father"], "اسم الأب"),
            ("Prénom et nom de la mère", b["mother"], "اسم الأم"),
            ("Nationalité", "Tunisienne", "الجنسية"),
        ]
        y = H - 64 * MM
        rh = 11 * MM
        x1, x2, x3 = 18 * MM, 78 * MM, W - 60 * MM
        for fr_l, val, ar_l in rows:
            d.box(c, x1, y - rh, W - 36 * MM, rh, stroke=Color(0.4, 0.4, 0.4), lw=0.5)
            d.vline(c, x2, y - rh, y, Color(0.4, 0.4, 0.4))
            d.vline(c, x3, y - rh, y, Color(0.4, 0.4, 0.4))
            d.txt(c, x1 + 2 * MM, y - 7 * MM, fr_l, "Sans", 8.5)
            d.fit(c, x2 + 3 * MM, y - 7 * MM, val, x3 - x2 - 6 * MM, "Sans-B", 10.5)
            _ar(c, W - 20 * MM, y - 7 * MM, ar_l, 11)
            y -= rh
        y -= 10 * MM
        d.txt(c, 20 * MM, y, f"{b['city']}, le {u.fr(b['issued_on'])}", "Sans", 10)
        _ar(c, W - 20 * MM, y, "ضابط الحالة المدنية", 11)
        d.txt(c, W - 20 * MM, y - 6 * MM, "L'officier de l'état civil", "Sans", 9, black, "r")
        d.stamp_round(
            c,
            W - 55 * MM,
            y - 30 * MM,
            15 * MM,
            "بلدية * MUNICIPALITÉ DE " + b["city"].upper() + " *",
            ["ÉTAT CIVIL"],
            STAMP_VIOLET,
            rng,
        )
        d.signature(c, W - 75 * MM, y - 36 * MM, 35 * MM, 16 * MM, rng, INK)
        d.txt(
            c, 20 * MM, 14 * MM, "Identifiant unique : " + b.get("serial", "0007412589"), "Mono", 8
        )

    return [Page(A4W, A4H, drawf)]


# ================================================================== West and Central Africa (French)

AFRICA = {
    "SEN": dict(
        state="RÉPUBLIQUE DU SÉNÉGAL",
        motto="Un Peuple - Un But - Une Foi",
        color="0B7A3E",
        title="EXTRAIT DU REGISTRE DES ACTES DE NAISSANCE",
    ),
    "MLI": dict(
        state="RÉPUBLIQUE DU MALI",
        motto="Un Peuple - Un But - Une Foi",
        color="14B53A",
        title="EXTRAIT D'ACTE DE NAISSANCE",
    ),
    "CIV": dict(
        state="RÉPUBLIQUE DE CÔTE D'IVOIRE",
        motto="Union - Discipline - Travail",
        color="F77F00",
        title="EXTRAIT DU REGISTRE DES ACTES DE L'ÉTAT CIVIL",
    ),
    "COD": dict(
        state="RÉPUBLIQUE DÉMOCRATIQUE DU CONGO",
        motto="Justice - Paix - Travail",
        color="007FFF",
        title="ACTE DE NAISSANCE",
    ),
    "CMR": dict(
        state="RÉPUBLIQUE DU CAMEROUN",
        motto="Paix - Travail - Patrie",
        color="007A5E",
        title="ACTE DE NAISSANCE",
        en_state="REPUBLIC OF CAMEROON",
        en_motto="Peace - Work - Fatherland",
        en_title="BIRTH CERTIFICATE",
    ),
}


def bc_africa(p, b, rng, cc):
    """Senegal, Mali, Côte d'Ivoire, DR Congo, Cameroon: pre-printed registry extract filled by hand
    or typed, with the state's motto, the centre of civil status, numbered act and round stamp."""
    st = AFRICA[cc]
    handwritten = b.get("handwritten", cc in ("SEN", "MLI"))
    hfont = b.get("hand_font", "H-dkg")

    def drawf(c):
        W, H = A4W, A4H
        col = rgb(st["color"])
        if cc == "CMR":
            d.txt(c, 45 * MM, H - 18 * MM, st["state"], "Sans-B", 10, black, "c")
            d.txt(c, 45 * MM, H - 23 * MM, st["motto"], "Serif-I", 8.5, black, "c")
            d.txt(c, W - 45 * MM, H - 18 * MM, st["en_state"], "Sans-B", 10, black, "c")
            d.txt(c, W - 45 * MM, H - 23 * MM, st["en_motto"], "Serif-I", 8.5, black, "c")
        else:
            d.txt(c, 50 * MM, H - 18 * MM, st["state"], "Sans-B", 10.5, black, "c")
            d.txt(c, 50 * MM, H - 23.5 * MM, st["motto"], "Serif-I", 9, black, "c")
            d.hline(c, 35 * MM, 65 * MM, H - 26 * MM, black, 0.6)
        y = H - 34 * MM
        for line in b.get("admin_lines", []):
            d.txt(c, 20 * MM, y, line, "Sans", 8.5)
            y -= 4.6 * MM
        d.txt(c, W - 20 * MM, H - 34 * MM, f"N° {b['act_no']}", "Sans-B", 11, black, "r")
        d.txt(c, W - 20 * MM, H - 40 * MM, f"Année {b['year_reg']}", "Sans", 9.5, black, "r")
        ty = H - 66 * MM
        d.box(c, 18 * MM, ty - 5 * MM, W - 36 * MM, 14 * MM, stroke=col, fill=None, lw=1.3)
        d.fit(
            c,
            W / 2,
            ty + (1.5 * MM if cc == "CMR" else 0),
            st["title"],
            W - 44 * MM,
            "Sans-B",
            12.5,
            black,
            "c",
        )
        if cc == "CMR":
            d.txt(c, W / 2, ty - 3.5 * MM, st["en_title"], "Sans-B", 9.5, Color(0.3, 0.3, 0.3), "c")
        y = ty - 18 * MM
        fields = [
            ("Le / On the", u.fr_date_words(p["dob"]) if cc != "CMR" else u.fr(p["dob"])),
            ("à / at", b.get("time", "") or "-"),
            (
                "est né(e) à / was born at",
                b["city"] + (", " + b["region"] if b.get("region") else ""),
            ),
            ("Nom / Surname", b.get("bc_surname", p["surname"]).upper()),
            ("Prénoms / Given names", b.get("bc_given", p["given"]).title()),
            ("Sexe / Sex", "Masculin" if p["sex"] == "M" else "Féminin"),
            ("Fils ou fille de / Son or daughter of", b["father"]),
            ("Profession du père", b.get("father_job", "Commerçant")),
            ("et de / and of", b["mother"]),
            ("Profession de la mère", b.get("mother_job", "Ménagère")),
            ("Domicile des parents", b.get("parents_home", b["city"])),
        ]
        for lbl, val in fields:
            if cc != "CMR":
                lbl = lbl.split(" / ")[0]
            _dotted_field(
                c,
                22 * MM,
                y,
                lbl + " :",
                val,
                W - 44 * MM,
                size=9.5,
                hand=hfont if handwritten else None,
                rng=rng,
            )
            y -= 10.5 * MM
        y -= 2 * MM
        d.para(
            c,
            22 * MM,
            y,
            W - 44 * MM,
            f"Dressé le {u.fr_words(b['reg_date'])} sur la déclaration de {b.get('declarant', 'son père')}, "
            f"qui a signé avec Nous, {b.get('officer', 'Officier de l’état civil')}.",
            "Serif-I",
            9,
        )
        y -= 16 * MM
        d.txt(c, 22 * MM, y, "Mentions marginales : Néant", "Sans", 9)
        y -= 12 * MM
        d.txt(
            c,
            22 * MM,
            y,
            f"Pour extrait certifié conforme, délivré à {b.get('issued_at', b['city'])} le "
            f"{u.fr(b['issued_on'])}",
            "Sans",
            9.5,
        )
        d.txt(c, W - 58 * MM, y - 10 * MM, "L'Officier de l'état civil", "Sans-B", 9.5, black, "c")
        d.stamp_round(
            c,
            W - 62 * MM,
            y - 32 * MM,
            15 * MM,
            f"{st['state']} * {b.get('centre', 'CENTRE D ETAT CIVIL').upper()} *",
            ["ÉTAT CIVIL", b["city"].upper()],
            STAMP_BLUE if cc != "MLI" else STAMP_VIOLET,
            rng,
        )
        d.signature(
            c, W - 82 * MM, y - 40 * MM, 42 * MM, 18 * MM, rng, INK, name=b.get("officer_sig")
        )
        if cc == "CIV":
            d.stamp_rect(c, 22 * MM, 22 * MM, ["TIMBRE", "500 F CFA"], Color(0.6, 0.1, 0.1), rng, 7)

    return [Page(A4W, A4H, drawf)]


# ================================================================== Latin America


def bc_col(p, b, rng):
    """Colombia: Registro Civil de Nacimiento (Registraduría), printed form with numbered boxes."""

    def drawf(c):
        W, H = A4W, A4H
        acc = rgb("1F3B73")
        d.box(c, 12 * MM, 12 * MM, W - 24 * MM, H - 24 * MM, stroke=acc, lw=0.8)
        d.txt(c, 18 * MM, H - 22 * MM, "REPÚBLICA DE COLOMBIA", "Sans-B", 9, acc)
        d.txt(c, 18 * MM, H - 26.5 * MM, "ORGANIZACIÓN ELECTORAL", "Sans", 7.5, acc)
        d.txt(
            c, 18 * MM, H - 30.5 * MM, "REGISTRADURÍA NACIONAL DEL ESTADO CIVIL", "Sans-B", 7.5, acc
        )
        d.txt(c, W / 2 + 10 * MM, H - 26 * MM, "REGISTRO CIVIL", "Sans-B", 14, acc, "c")
        d.txt(c, W / 2 + 10 * MM, H - 32 * MM, "DE NACIMIENTO", "Sans-B", 12, acc, "c")
        d.txt(c, W - 18 * MM, H - 22 * MM, "Indicativo Serial", "Sans", 7, acc, "r")
        d.txt(c, W - 18 * MM, H - 28 * MM, b["serial"], "Mono-B", 11, rgb("B01E1E"), "r")
        y = H - 40 * MM

        def row(title, cells, yy, h=11 * MM):
            top = yy
            if title:
                d.box(
                    c,
                    15 * MM,
                    yy - 5 * MM,
                    W - 30 * MM,
                    5 * MM,
                    stroke=acc,
                    fill=rgb("DCE4F2"),
                    lw=0.5,
                )
                d.txt(c, 17 * MM, yy - 3.8 * MM, title, "Sans-B", 7, acc)
                top = yy - 5 * MM
            x = 15 * MM
            tw = W - 30 * MM
            for lbl, val, frac in cells:
                w = tw * frac
                d.box(c, x, top - h, w, h, stroke=acc, lw=0.5)
                d.txt(c, x + 1.5 * MM, top - 3 * MM, lbl, "Sans", 5.8, acc)
                d.fit(c, x + 2 * MM, top - h + 2.5 * MM, val, w - 4 * MM, "Mono-B", 9.5)
                x += w
            return top - h - 2 * MM

        y = row(
            "Datos de la oficina de registro",
            [
                ("Clase de oficina", b["office_kind"], 0.25),
                ("Código", b["office_code"], 0.15),
                ("País - Departamento - Municipio - Corregimiento", b["office_place"], 0.6),
            ],
            y,
        )
        y = row(
            "Datos del inscrito",
            [
                ("Primer Apellido", b["ap1"], 0.3),
                ("Segundo Apellido", b["ap2"], 0.3),
                ("Nombre(s)", b.get("bc_given", p["given"]).upper(), 0.4),
            ],
            y,
        )
        dd = u.D(p["dob"])
        y = row(
            "",
            [
                (
                    "Fecha de nacimiento  Año / Mes / Día",
                    f"{dd.year}  {u.MESES[dd.month - 1][:3].upper()}  {dd.day:02d}",
                    0.35,
                ),
                ("Sexo (en letras)", "FEMENINO" if p["sex"] == "F" else "MASCULINO", 0.25),
                ("Grupo sanguíneo", b.get("blood", "O"), 0.2),
                ("Factor RH", "+", 0.2),
            ],
            y + 2 * MM,
        )
        y = row(
            "",
            [("Lugar de nacimiento (País - Departamento - Municipio)", b["birth_place"], 1.0)],
            y + 2 * MM,
        )
        y = row(
            "",
            [
                ("Tipo de documento antecedente", "CERTIFICADO DE NACIDO VIVO", 0.5),
                ("Número certificado de nacido vivo", b.get("cnv", "A-4412098"), 0.5),
            ],
            y + 2 * MM,
        )
        y = row(
            "Datos de la madre",
            [
                ("Apellidos y nombres completos", b["mother"], 0.7),
                ("Nacionalidad", "COLOMBIA", 0.3),
            ],
            y,
        )
        y = row(
            "Datos del padre",
            [
                ("Apellidos y nombres completos", b["father"], 0.7),
                ("Nacionalidad", "COLOMBIA", 0.3),
            ],
            y,
        )
        y = row(
            "Datos del declarante",
            [("Apellidos y nombres completos", b["father"], 0.7), ("Firma", "", 0.3)],
            y,
        )
        y = row(
            "",
            [
                ("Fecha de inscripción  Año / Mes / Día", b["reg_date"].replace("-", " "), 0.35),
                ("Nombre y firma del funcionario que autoriza", b["officer"], 0.65),
            ],
            y + 2 * MM,
        )
        d.signature(c, W - 70 * MM, y + 3 * MM, 38 * MM, 9 * MM, rng, INK)
        y -= 6 * MM
        d.box(c, 15 * MM, y - 30 * MM, W - 30 * MM, 30 * MM, stroke=acc, lw=0.5)
        d.txt(c, 17 * MM, y - 4 * MM, "ESPACIO PARA NOTAS", "Sans-B", 7, acc)
        d.para(
            c,
            17 * MM,
            y - 10 * MM,
            W - 40 * MM,
            f"NUIP {b['nuip']}. ES FIEL COPIA TOMADA DEL ORIGINAL QUE REPOSA EN ESTA OFICINA. EXPEDIDA EN "
            f"{b['issued_at'].upper()} EL {u.fr(b['issued_on'])} CON DESTINO A: EXTERIOR - APOSTILLA.",
            "Mono",
            8,
        )
        d.stamp_round(
            c,
            W - 50 * MM,
            y - 50 * MM,
            15 * MM,
            "NOTARÍA SEGUNDA * MEDELLÍN * COLOMBIA *",
            ["NOTARIO", "2°"],
            STAMP_BLUE,
            rng,
        )
        d.signature(c, 25 * MM, y - 60 * MM, 45 * MM, 16 * MM, rng, INK)
        d.txt(c, 25 * MM, y - 64 * MM, b.get("notary", "NOTARIO SEGUNDO DEL CÍRCULO"), "Sans", 7.5)

    return [Page(A4W, A4H, drawf)]


def bc_bra(p, b, rng):
    """Brazil: 'Certidão de Nascimento' (national model since 2010: matrícula, Livro A)."""

    def drawf(c):
        W, H = A4W, A4H
        acc = rgb("0B5E3A")
        d.box(c, 0, 0, W, H, stroke=None, fill=rgb("F4F8F1"))
        d.guilloche(c, 10 * MM, 10 * MM, W - 20 * MM, H - 20 * MM, rng, acc, n=40, alpha=0.07)
        d.box(c, 12 * MM, 12 * MM, W - 24 * MM, H - 24 * MM, stroke=acc, lw=1.5)
        d.txt(c, W / 2, H - 24 * MM, "REPÚBLICA FEDERATIVA DO BRASIL", "Sans-B", 12, acc, "c")
        d.txt(c, W / 2, H - 30 * MM, "REGISTRO CIVIL DAS PESSOAS NATURAIS", "Sans", 9.5, acc, "c")
        d.txt(c, W / 2, H - 42 * MM, "CERTIDÃO DE NASCIMENTO", "Sans-B", 17, black, "c")
        y = H - 54 * MM

        def fld(lbl, val, x, yy, w, size=10.5):
            d.txt(c, x, yy, lbl, "Sans", 6.5, acc)
            d.box(c, x, yy - 8.5 * MM, w, 7 * MM, stroke=Color(0.6, 0.7, 0.6), fill=white, lw=0.4)
            d.fit(c, x + 2 * MM, yy - 6.3 * MM, val, w - 4 * MM, "Sans-B", size)

        X, TW = 18 * MM, W - 36 * MM
        fld("NOME", b.get("bc_full", (p["given"] + " " + p["surname"])).upper(), X, y, TW)
        y -= 12 * MM
        fld("CPF", b.get("cpf", "000.000.000-00"), X, y, TW * 0.4)
        fld("MATRÍCULA", b["matricula"], X + TW * 0.42, y, TW * 0.58, 9.5)
        y -= 12 * MM
        dd = u.D(p["dob"])
        fld("DATA DE NASCIMENTO POR EXTENSO", b["dob_words"], X, y, TW * 0.7, 9.5)
        fld(
            "DIA   MÊS   ANO",
            f"{dd.day:02d}   {dd.month:02d}   {dd.year}",
            X + TW * 0.72,
            y,
            TW * 0.28,
        )
        y -= 12 * MM
        fld("HORA", b.get("time", "08:40"), X, y, TW * 0.2)
        fld(
            "MUNICÍPIO DE REGISTRO E UNIDADE DA FEDERAÇÃO",
            b["reg_place"],
            X + TW * 0.22,
            y,
            TW * 0.78,
        )
        y -= 12 * MM
        fld("LOCAL DE NASCIMENTO", b["hospital"], X, y, TW)
        y -= 12 * MM
        fld("MUNICÍPIO DE NASCIMENTO E UNIDADE DA FEDERAÇÃO", b["birth_place"], X, y, TW * 0.7)
        fld("SEXO", "MASCULINO" if p["sex"] == "M" else "FEMININO", X + TW * 0.72, y, TW * 0.28)
        y -= 12 * MM
        fld("FILIAÇÃO", b["father"] + "  e  " + b["mother"], X, y, TW, 9)
        y -= 12 * MM
        fld("AVÓS", b["grandparents"], X, y, TW, 7.5)
        y -= 12 * MM
        fld("GÊMEO", "NÃO", X, y, TW * 0.2)
        fld("DATA DO REGISTRO POR EXTENSO", b["reg_words"], X + TW * 0.22, y, TW * 0.53, 8.5)
        fld("NÚMERO DA DNV", b.get("dnv", "31-01442871-6"), X + TW * 0.77, y, TW * 0.23, 8.5)
        y -= 12 * MM
        fld("AVERBAÇÕES / ANOTAÇÕES À ACRESCER", "NADA CONSTA", X, y, TW)
        y -= 16 * MM
        d.para(
            c,
            X,
            y,
            TW * 0.55,
            f"{b['cartorio']}\n{b['cartorio_addr']}\nOficial: {b['officer']}",
            "Sans",
            8,
        )
        d.para(
            c,
            X + TW * 0.58,
            y,
            TW * 0.42,
            "O conteúdo da certidão é verdadeiro. Dou fé.",
            "Sans-I",
            8.5,
        )
        d.txt(c, X + TW * 0.58, y - 12 * MM, f"{b['issued_at']}, {b['issued_words']}", "Sans", 8)
        d.signature(c, X + TW * 0.6, y - 32 * MM, 45 * MM, 16 * MM, rng, INK)
        d.hline(c, X + TW * 0.58, X + TW, y - 33 * MM, black, 0.5)
        d.txt(c, X + TW * 0.79, y - 37 * MM, "Assinatura do Oficial", "Sans", 7, black, "c")
        d.stamp_rect(
            c,
            X,
            y - 40 * MM,
            ["SELO DIGITAL", b.get("selo", "AAB12345-X9Z1"), "Consulte em www.tjba.jus.br"],
            Color(0.1, 0.35, 0.2),
            rng,
            6.5,
        )

    return [Page(A4W, A4H, drawf)]


def bc_mex(p, b, rng):
    """Mexico: 'Acta de Nacimiento' as printed from the national online service (text PDF)."""

    def drawf(c):
        W, H = A4W, A4H
        acc = rgb("6A1B31")
        d.box(c, 0, H - 28 * MM, W, 28 * MM, stroke=None, fill=rgb("F3EEE6"))
        d.txt(c, 18 * MM, H - 13 * MM, "ESTADOS UNIDOS MEXICANOS", "Sans-B", 12, acc)
        d.txt(c, 18 * MM, H - 19 * MM, "ACTA DE NACIMIENTO", "Sans-B", 15, black)
        d.txt(c, W - 18 * MM, H - 13 * MM, "Identificador Electrónico", "Sans", 7.5, black, "r")
        d.txt(c, W - 18 * MM, H - 19 * MM, b["ident"], "Mono-B", 9.5, black, "r")
        y = H - 38 * MM
        d.txt(c, 18 * MM, y, "CURP", "Sans", 7.5, acc)
        d.txt(c, 18 * MM, y - 5 * MM, b["curp"], "Mono-B", 11)
        d.txt(c, 110 * MM, y, "Entidad de Registro", "Sans", 7.5, acc)
        d.txt(c, 110 * MM, y - 5 * MM, b["state"].upper(), "Sans-B", 10)
        y -= 13 * MM
        for i, (lbl, val) in enumerate(
            [
                ("Municipio de Registro", b["reg_municipio"]),
                ("Oficialía", b["oficialia"]),
                ("Fecha de Registro", b["reg_date_dmy"]),
                ("Libro", b["libro"]),
                ("Número de Acta", b["acta"]),
            ]
        ):
            x = 18 * MM + i * 36 * MM
            d.txt(c, x, y, lbl, "Sans", 7, acc)
            d.txt(c, x, y - 5 * MM, val, "Sans-B", 9.5)
        y -= 14 * MM
        d.box(c, 15 * MM, y - 2 * MM, W - 30 * MM, 7 * MM, stroke=None, fill=acc)
        d.txt(c, W / 2, y, "DATOS DE LA PERSONA REGISTRADA", "Sans-B", 9.5, white, "c")
        y -= 12 * MM
        cols = [
            ("Nombre(s)", b.get("bc_given", p["given"]).upper()),
            ("Primer Apellido", b["ap1"]),
            ("Segundo Apellido", b["ap2"]),
        ]
        for i, (lbl, val) in enumerate(cols):
            x = 18 * MM + i * 60 * MM
            d.txt(c, x, y, lbl, "Sans", 7.5, acc)
            d.txt(c, x, y - 6 * MM, val, "Sans-B", 11)
        y -= 16 * MM
        dd = u.D(p["dob"])
        cols = [
            ("Sexo", "MUJER" if p["sex"] == "F" else "HOMBRE"),
            ("Fecha de Nacimiento", f"{dd.day:02d}/{dd.month:02d}/{dd.year}"),
            ("Lugar de Nacimiento", b["birth_place"]),
        ]
        for i, (lbl, val) in enumerate(cols):
            x = 18 * MM + i * 50 * MM
            d.txt(c, x, y, lbl, "Sans", 7.5, acc)
            d.fit(c, x, y - 6 * MM, val, 80 * MM if i == 2 else 45 * MM, "Sans-B", 11)
        y -= 16 * MM
        d.box(c, 15 * MM, y - 2 * MM, W - 30 * MM, 7 * MM, stroke=None, fill=acc)
        d.txt(c, W / 2, y, "DATOS DE FILIACIÓN DE LA PERSONA REGISTRADA", "Sans-B", 9.5, white, "c")
        y -= 12 * MM
        for lbl, val, nat in [
            ("Progenitor(a)", b["mother"], "MEXICANA"),
            ("Progenitor(a)", b["father"], "MEXICANA"),
        ]:
            d.txt(c, 18 * MM, y, lbl, "Sans", 7.5, acc)
            d.txt(c, 18 * MM, y - 6 * MM, val, "Sans-B", 10.5)
            d.txt(c, 140 * MM, y, "Nacionalidad", "Sans", 7.5, acc)
            d.txt(c, 140 * MM, y - 6 * MM, nat, "Sans-B", 10)
            y -= 15 * MM
        d.box(c, 15 * MM, y - 2 * MM, W - 30 * MM, 7 * MM, stroke=None, fill=rgb("D9D2C5"))
        d.txt(c, W / 2, y, "ANOTACIONES MARGINALES", "Sans-B", 9, black, "c")
        d.txt(c, 18 * MM, y - 10 * MM, "SIN ANOTACIONES MARGINALES.", "Sans", 9)
        y -= 26 * MM
        d.para(
            c,
            18 * MM,
            y,
            110 * MM,
            "Se certifica que la presente es copia fiel de la información que obra en la Base de Datos Nacional "
            "del Registro Civil, de conformidad con los artículos 48 del Código Civil Federal y demás aplicables. "
            f"Lugar y fecha de expedición: {b['issued_at']}, a {b['issued_dmy']}.",
            "Sans",
            7.8,
        )
        d.pseudo_qr(c, W - 50 * MM, y - 25 * MM, 30 * MM, rng, n=29)
        d.signature(c, 20 * MM, y - 38 * MM, 45 * MM, 14 * MM, rng, INK)
        d.txt(c, 20 * MM, y - 42 * MM, b["officer"], "Sans-B", 8)
        d.txt(
            c,
            20 * MM,
            y - 46 * MM,
            "Director(a) del Registro Civil del Estado de " + b["state"],
            "Sans",
            7,
        )
        d.txt(
            c,
            18 * MM,
            12 * MM,
            "Cadena original / firma electrónica: "
            + b["ident"]
            + "|"
            + b["curp"]
            + "|QWJ3Zk5tR1pLcU1hV0xv...",
            "Mono",
            5.5,
            Color(0.4, 0.4, 0.4),
        )

    return [Page(A4W, A4H, drawf)]


# ================================================================== Asia


def bc_chn(p, b, rng):
    """China: notarial certificate of birth (公证书), Chinese page then English translation page."""

    def cover(c):
        W, H = A4W, A4H
        d.box(c, 0, 0, W, H, stroke=None, fill=rgb("FFFDF8"))
        d.ptext(c, W / 2, H - 40 * MM, "公 证 书", "wqy", 26, (170, 20, 30), anchor="c")
        d.ptext(c, W - 25 * MM, H - 58 * MM, b["cn_no"], "wqy", 10.5, anchor="r")
        y = H - 80 * MM
        lines = [
            (
                "申请人：",
                f"{b['cn_name']}，{'女' if p['sex'] == 'F' else '男'}，{b['cn_dob']}出生，",
            ),
            ("", f"现住{b['cn_addr']}。"),
            ("公证事项：", "出生"),
            ("", ""),
            ("", f"兹证明{b['cn_name']}于{b['cn_dob']}在{b['cn_place']}出生。"),
            (
                "",
                f"{b['cn_name']}的父亲是{b['cn_father']}，{b['cn_name']}的母亲是{b['cn_mother']}。",
            ),
        ]
        for lbl, s in lines:
            if lbl:
                d.ptext(c, 25 * MM, y, lbl, "wqy", 12)
            if s:
                d.ptext(c, 52 * MM if lbl else 35 * MM, y, s, "wqy", 12)
            y -= 11 * MM
        y -= 20 * MM
        d.ptext(c, W - 30 * MM, y, "中华人民共和国浙江省杭州市西湖公证处", "wqy", 12, anchor="r")
        d.ptext(c, W - 30 * MM, y - 11 * MM, "公证员  " + b["cn_notary"], "wqy", 12, anchor="r")
        d.ptext(c, W - 30 * MM, y - 22 * MM, b["cn_date"], "wqy", 12, anchor="r")
        d.stamp_round(
            c,
            W - 70 * MM,
            y - 12 * MM,
            19 * MM,
            "HANGZHOU XIHU NOTARY PUBLIC OFFICE * ",
            [""],
            Color(0.8, 0.1, 0.1),
            rng,
            alpha=0.6,
            star=True,
        )
        d.signature(c, W - 85 * MM, y - 18 * MM, 25 * MM, 9 * MM, rng, INK)

    def english(c):
        W, H = A4W, A4H
        d.box(c, 0, 0, W, H, stroke=None, fill=rgb("FFFDF8"))
        d.txt(c, W / 2, H - 38 * MM, "NOTARIAL CERTIFICATE", "Serif-B", 18, black, "c")
        d.txt(c, W - 25 * MM, H - 55 * MM, b["en_no"], "Serif", 10.5, black, "r")
        y = H - 78 * MM
        y = d.para(
            c,
            25 * MM,
            y,
            W - 50 * MM,
            f"Applicant: {b['en_name']}, {'female' if p['sex'] == 'F' else 'male'}, born on {u.en_words(p['dob'])}, "
            f"now residing at {b['en_addr']}.",
            "Serif",
            11.5,
            17,
        )
        y -= 6 * MM
        d.txt(c, 25 * MM, y, "Subject: Birth", "Serif", 11.5)
        y -= 14 * MM
        y = d.para(
            c,
            25 * MM,
            y,
            W - 50 * MM,
            f"This is to certify that {b['en_name']} was born in {b['en_place']} on {u.en_words(p['dob'])}. "
            f"The father of {b['en_name']} is {b['en_father']}. The mother of {b['en_name']} is {b['en_mother']}.",
            "Serif",
            11.5,
            17,
        )
        y -= 24 * MM
        d.txt(c, W - 25 * MM, y, "Xihu Notary Public Office", "Serif", 11, black, "r")
        d.txt(c, W - 25 * MM, y - 6 * MM, "Hangzhou, Zhejiang Province", "Serif", 11, black, "r")
        d.txt(
            c, W - 25 * MM, y - 12 * MM, "The People's Republic of China", "Serif", 11, black, "r"
        )
        d.txt(
            c, W - 25 * MM, y - 22 * MM, "Notary Public: " + b["en_notary"], "Serif", 11, black, "r"
        )
        d.txt(c, W - 25 * MM, y - 32 * MM, u.en_words(b["issued_on"]), "Serif", 11, black, "r")
        d.stamp_round(
            c,
            W - 70 * MM,
            y - 18 * MM,
            19 * MM,
            "HANGZHOU XIHU NOTARY PUBLIC OFFICE * ",
            [""],
            Color(0.8, 0.1, 0.1),
            rng,
            alpha=0.6,
            star=True,
        )

    return [Page(A4W, A4H, cover), Page(A4W, A4H, english)]


def bc_ind(p, b, rng):
    """India: municipal birth certificate, Form No. 5 (RBD Act 1969)."""

    def drawf(c):
        W, H = A4W, A4H
        acc = rgb("1B3A6B")
        d.box(c, 10 * MM, 10 * MM, W - 20 * MM, H - 20 * MM, stroke=acc, lw=2)
        d.box(c, 13 * MM, 13 * MM, W - 26 * MM, H - 26 * MM, stroke=acc, lw=0.5)
        d.txt(c, W / 2, H - 24 * MM, b["corp"].upper(), "Serif-B", 13, acc, "c")
        d.txt(c, W / 2, H - 30 * MM, "GOVERNMENT OF TAMIL NADU", "Serif", 9.5, black, "c")
        d.txt(
            c,
            W / 2,
            H - 35 * MM,
            "Department of Public Health - Registration of Births and Deaths",
            "Serif",
            8.5,
            black,
            "c",
        )
        d.txt(c, W - 20 * MM, H - 24 * MM, "FORM - 5", "Sans-B", 10, black, "r")
        d.txt(c, W / 2, H - 47 * MM, "BIRTH CERTIFICATE", "Serif-B", 17, black, "c")
        d.para(
            c,
            25 * MM,
            H - 54 * MM,
            W - 50 * MM,
            "(Issued under Section 12 / 17 of the Registration of Births & Deaths Act, 1969 and Rule 8 / 13 of the "
            "Tamil Nadu Registration of Births and Deaths Rules, 2000)",
            "Serif-I",
            8.5,
            align="c",
        )
        y = d.para(
            c,
            22 * MM,
            H - 68 * MM,
            W - 44 * MM,
            f"This is to certify that the following information has been taken from the original record of birth "
            f"which is the register for ({b['zone']}) of Taluk {b['taluk']} of District {b['district']} of State "
            f"Tamil Nadu, India.",
            "Serif",
            10,
            14,
        )
        y -= 6 * MM
        rows = [
            (
                "NAME",
                b.get("bc_full", p["given"] + " " + p["surname"]).upper(),
                "SEX",
                "MALE" if p["sex"] == "M" else "FEMALE",
            ),
            ("DATE OF BIRTH", u.fr(p["dob"]).replace("/", "-"), "PLACE OF BIRTH", b["hospital"]),
            ("NAME OF MOTHER", b["mother"], "NAME OF FATHER", b["father"]),
            (
                "ADDRESS OF PARENTS AT THE TIME OF BIRTH OF THE CHILD",
                b["addr"],
                "PERMANENT ADDRESS OF PARENTS",
                b["addr"],
            ),
            (
                "REGISTRATION NUMBER",
                b["reg_no"],
                "DATE OF REGISTRATION",
                u.fr(b["reg_date"]).replace("/", "-"),
            ),
            ("REMARKS (IF ANY)", "", "DATE OF ISSUE", u.fr(b["issued_on"]).replace("/", "-")),
        ]
        for l1, v1, l2, v2 in rows:
            d.txt(c, 22 * MM, y, l1 + " :", "Sans", 7.5)
            d.para(c, 22 * MM, y - 5 * MM, 78 * MM, v1, "Sans-B", 9.5, 12)
            d.txt(c, 110 * MM, y, l2 + " :", "Sans", 7.5)
            d.para(c, 110 * MM, y - 5 * MM, 78 * MM, v2, "Sans-B", 9.5, 12)
            y -= 20 * MM
        d.txt(c, W - 25 * MM, y, "Signature of the issuing authority", "Serif", 9, black, "r")
        d.signature(c, W - 75 * MM, y - 20 * MM, 45 * MM, 16 * MM, rng, INK)
        d.txt(
            c, W - 25 * MM, y - 25 * MM, "Registrar of Births and Deaths", "Serif-B", 9, black, "r"
        )
        d.txt(c, W - 25 * MM, y - 30 * MM, b["corp"], "Serif", 8.5, black, "r")
        d.stamp_round(
            c,
            60 * MM,
            y - 22 * MM,
            15 * MM,
            b["corp"].upper() + " * ",
            ["REGISTRAR", "BIRTHS & DEATHS"],
            STAMP_VIOLET,
            rng,
        )
        d.pseudo_qr(c, 22 * MM, 20 * MM, 22 * MM, rng, n=25)
        d.txt(
            c,
            W / 2,
            18 * MM,
            '"ENSURE REGISTRATION OF EVERY BIRTH AND DEATH"',
            "Serif-B",
            9,
            acc,
            "c",
        )

    return [Page(A4W, A4H, drawf)]


def bc_phl(p, b, rng):
    """Philippines: PSA copy of the Certificate of Live Birth (Municipal Form No. 102)."""

    def drawf(c):
        W, H = A4W, A4H
        d.box(c, 0, 0, W, H, stroke=None, fill=rgb("F3F6EE"))
        d.guilloche(c, 0, 0, W, H, rng, rgb("5E8C4E"), n=60, alpha=0.08)
        d.txt(
            c,
            W / 2,
            H - 14 * MM,
            "PHILIPPINE STATISTICS AUTHORITY",
            "Sans-B",
            9,
            rgb("1C3D6E"),
            "c",
        )
        d.txt(c, 16 * MM, H - 22 * MM, "Municipal Form No. 102", "Sans", 6.5)
        d.txt(c, 16 * MM, H - 25 * MM, "(Revised January 2007)", "Sans", 6.5)
        d.txt(c, W / 2, H - 22 * MM, "Republic of the Philippines", "Sans", 8, black, "c")
        d.txt(
            c,
            W / 2,
            H - 26 * MM,
            "OFFICE OF THE CIVIL REGISTRAR GENERAL",
            "Sans-B",
            8.5,
            black,
            "c",
        )
        d.txt(c, W / 2, H - 33 * MM, "CERTIFICATE OF LIVE BIRTH", "Sans-B", 15, black, "c")
        X, TW = 14 * MM, W - 28 * MM
        y = H - 38 * MM
        d.box(c, X, y - 12 * MM, TW, 12 * MM, stroke=black, lw=0.6)
        d.txt(c, X + 2 * MM, y - 4 * MM, "Province", "Sans", 6.5)
        d.txt(c, X + 20 * MM, y - 4.5 * MM, b["province"], "Mono-B", 9)
        d.txt(c, X + 2 * MM, y - 9.5 * MM, "City/Municipality", "Sans", 6.5)
        d.txt(c, X + 25 * MM, y - 10 * MM, b["city"].upper(), "Mono-B", 9)
        d.txt(c, X + TW - 45 * MM, y - 4 * MM, "Registry No.", "Sans", 6.5)
        d.txt(c, X + TW - 45 * MM, y - 10 * MM, b["registry_no"], "Mono-B", 10)
        y -= 14 * MM

        def sect(title, yy):
            d.box(c, X, yy - 5 * MM, 6 * MM, 5 * MM, stroke=None, fill=black)
            d.txt(c, X + 8 * MM, yy - 3.8 * MM, title, "Sans-B", 7.5)
            return yy - 6 * MM

        def cells(items, yy, h=10 * MM):
            x = X
            for lbl, val, frac in items:
                w = TW * frac
                d.box(c, x, yy - h, w, h, stroke=black, lw=0.5)
                d.txt(c, x + 1.5 * MM, yy - 3 * MM, lbl, "Sans", 5.8)
                d.fit(c, x + 3 * MM, yy - h + 2.5 * MM, val, w - 5 * MM, "Mono-B", 9.5)
                x += w
            return yy - h

        y = sect("CHILD", y)
        y = cells(
            [
                ("1. NAME (First)", b.get("bc_given", p["given"]).upper(), 0.4),
                ("(Middle)", b["middle"], 0.3),
                ("(Last)", p["surname"].upper(), 0.3),
            ],
            y,
        )
        dd = u.D(p["dob"])
        y = cells(
            [
                ("2. SEX", "FEMALE" if p["sex"] == "F" else "MALE", 0.25),
                (
                    "3. DATE OF BIRTH (Day) (Month) (Year)",
                    f"{dd.day:02d}  {u.MONTHS_EN[dd.month - 1].upper()}  {dd.year}",
                    0.75,
                ),
            ],
            y,
        )
        y = cells(
            [
                (
                    "4. PLACE OF BIRTH (Name of Hospital/Clinic/Institution/House No., Street, Barangay)",
                    b["hospital"],
                    0.6,
                ),
                ("(City/Municipality)", b["city"].upper(), 0.2),
                ("(Province)", b["province"], 0.2),
            ],
            y,
        )
        y = cells(
            [
                ("5a. TYPE OF BIRTH", "SINGLE", 0.34),
                ("5b. IF MULTIPLE BIRTH, CHILD WAS", "-", 0.33),
                ("5c. BIRTH ORDER", "FIRST", 0.18),
                ("5d. WEIGHT AT BIRTH", "3100 grams", 0.15),
            ],
            y,
        )
        y -= 2 * MM
        y = sect("MOTHER", y)
        y = cells(
            [
                ("6. MAIDEN NAME (First) (Middle) (Last)", b["mother"], 0.7),
                ("7. CITIZENSHIP", "FILIPINO", 0.3),
            ],
            y,
        )
        y = cells(
            [
                ("8. RELIGION", "ROMAN CATHOLIC", 0.3),
                ("9. OCCUPATION", b.get("mother_job", "TEACHER"), 0.35),
                ("10. AGE at the time of this birth", b.get("mother_age", "27"), 0.35),
            ],
            y,
        )
        y = cells(
            [
                (
                    "11. RESIDENCE (House No., Street, Barangay, City/Municipality, Province, Country)",
                    b["residence"],
                    1.0,
                )
            ],
            y,
        )
        y -= 2 * MM
        y = sect("FATHER", y)
        y = cells(
            [
                ("12. NAME (First) (Middle) (Last)", b["father"], 0.7),
                ("13. CITIZENSHIP", "FILIPINO", 0.3),
            ],
            y,
        )
        y = cells(
            [
                ("14. RELIGION", "ROMAN CATHOLIC", 0.3),
                ("15. OCCUPATION", b.get("father_job", "ENGINEER"), 0.35),
                ("16. AGE at the time of this birth", b.get("father_age", "30"), 0.35),
            ],
            y,
        )
        y -= 2 * MM
        y = sect("MARRIAGE OF PARENTS", y)
        y = cells(
            [
                ("17. DATE", b.get("parents_marriage", "JUNE 12, 1983"), 0.4),
                ("PLACE", b["city"].upper() + ", " + b["province"], 0.6),
            ],
            y,
        )
        y -= 2 * MM
        y = cells(
            [
                ("18. CERTIFICATION OF INFORMANT", b["father"], 0.5),
                (
                    "21. RECEIVED BY / REGISTERED AT THE OFFICE OF THE CIVIL REGISTRAR",
                    b["reg_date"],
                    0.5,
                ),
            ],
            y,
            14 * MM,
        )
        d.signature(c, X + 60 * MM, y + 2 * MM, 25 * MM, 7 * MM, rng, INK)
        y -= 8 * MM
        d.para(
            c,
            X,
            y,
            TW,
            "This is a certified true copy of the Certificate of Live Birth on file with the Philippine "
            f"Statistics Authority. Issued on {u.en_words(b['issued_on'])}.  SECPA No. {b['secpa']}",
            "Sans-B",
            7.5,
        )
        d.signature(c, W - 70 * MM, 16 * MM, 45 * MM, 12 * MM, rng, INK)
        d.txt(c, W - 48 * MM, 14 * MM, "Civil Registrar General", "Sans", 7, black, "c")
        d.barcode(c, X, 14 * MM, 60 * MM, 10 * MM, rng)

    return [Page(A4W, A4H, drawf)]


# ================================================================== Anglo-American, Europe


def bc_usa(p, b, rng):
    """US state certified copy (state vital statistics), letter size, security border."""
    LW, LH = letter

    def drawf(c):
        W, H = LW, LH
        acc = rgb(b.get("color", "2E5E8C"))
        d.box(c, 0, 0, W, H, stroke=None, fill=rgb("F1F5F9"))
        d.guilloche(c, 0, 0, W, H, rng, acc, n=70, alpha=0.08)
        d.box(c, 9 * MM, 9 * MM, W - 18 * MM, H - 18 * MM, stroke=acc, lw=3)
        d.box(c, 12 * MM, 12 * MM, W - 24 * MM, H - 24 * MM, stroke=acc, lw=0.6)
        d.txt(c, W / 2, H - 24 * MM, b["state_title"], "Serif-B", 14, acc, "c")
        d.txt(c, W / 2, H - 30 * MM, b["dept"], "Serif", 9.5, black, "c")
        d.txt(c, W / 2, H - 42 * MM, b["doc_title"], "Serif-B", 17, black, "c")
        d.txt(
            c,
            W - 22 * MM,
            H - 50 * MM,
            "STATE FILE NUMBER  " + b["file_no"],
            "Mono-B",
            9,
            black,
            "r",
        )
        y = H - 60 * MM
        X, TW = 20 * MM, W - 40 * MM

        def cells(items, yy, h=11 * MM):
            x = X
            for lbl, val, frac in items:
                w = TW * frac
                d.box(c, x, yy - h, w, h, stroke=Color(0.3, 0.3, 0.3), lw=0.5)
                d.txt(c, x + 1.5 * MM, yy - 3 * MM, lbl, "Sans", 5.8, Color(0.2, 0.2, 0.3))
                d.fit(c, x + 2.5 * MM, yy - h + 2.7 * MM, val, w - 4 * MM, "Mono-B", 9.5)
                x += w
            return yy - h

        y = cells(
            [
                ("1A. NAME OF CHILD - FIRST", b.get("first", p["given"].split()[0]).upper(), 0.35),
                ("1B. MIDDLE", b.get("middle", " ".join(p["given"].split()[1:])).upper(), 0.3),
                ("1C. LAST", p["surname"].upper(), 0.35),
            ],
            y,
        )
        dd = u.D(p["dob"])
        y = cells(
            [
                ("2. SEX", "FEMALE" if p["sex"] == "F" else "MALE", 0.2),
                ("3A. DATE OF BIRTH (MM/DD/YYYY)", dd.strftime("%m/%d/%Y"), 0.4),
                ("3B. HOUR", b.get("hour", "0614"), 0.4),
            ],
            y,
        )
        y = cells(
            [
                ("4A. PLACE OF BIRTH - NAME OF HOSPITAL OR FACILITY", b["hospital"], 0.6),
                ("4B. CITY", b["city"].upper(), 0.4),
            ],
            y,
        )
        y = cells(
            [("4C. COUNTY", b["county"].upper(), 0.5), ("4D. STATE", b["state"].upper(), 0.5)], y
        )
        y = cells(
            [
                ("5A. NAME OF FATHER/PARENT - FIRST  MIDDLE  LAST", b["father"], 0.7),
                ("5B. BIRTHPLACE (STATE)", b.get("father_bp", "OHIO"), 0.3),
            ],
            y,
        )
        y = cells(
            [
                ("6A. NAME OF MOTHER/PARENT - FIRST  MIDDLE  LAST (MAIDEN)", b["mother"], 0.7),
                ("6B. BIRTHPLACE (STATE)", b.get("mother_bp", "OHIO"), 0.3),
            ],
            y,
        )
        y = cells(
            [
                ("7. DATE FILED BY LOCAL REGISTRAR", b["filed"], 0.5),
                ("8. DATE ISSUED", u.D(b["issued_on"]).strftime("%m/%d/%Y"), 0.5),
            ],
            y,
        )
        y -= 8 * MM
        d.para(
            c,
            X,
            y,
            TW,
            b.get(
                "cert_text",
                "This is a true certification of name and birth facts on file in the Office of Vital Statistics. "
                "This copy is issued under authority of state law.",
            ),
            "Serif-I",
            9.5,
        )
        y -= 26 * MM
        d.signature(c, W - 85 * MM, y, 55 * MM, 16 * MM, rng, INK, name=b["registrar_sig"])
        d.hline(c, W - 90 * MM, W - 20 * MM, y - 1 * MM, black, 0.5)
        d.txt(
            c,
            W - 55 * MM,
            y - 5 * MM,
            b["registrar"] + ", State Registrar",
            "Serif",
            8.5,
            black,
            "c",
        )
        d.stamp_round(
            c,
            50 * MM,
            y + 5 * MM,
            17 * MM,
            b["seal"],
            ["SEAL"],
            Color(0.45, 0.45, 0.5),
            rng,
            alpha=0.35,
        )
        d.txt(
            c,
            W / 2,
            17 * MM,
            "DO NOT ACCEPT UNLESS ON SECURITY PAPER WITH A RAISED SEAL. ANY ALTERATION VOIDS THIS CERTIFICATE.",
            "Sans-B",
            6.2,
            acc,
            "c",
        )
        d.txt(c, W - 16 * MM, H - 16 * MM, b["serial"], "Mono-B", 9, rgb("B01E1E"), "r")

    return [Page(LW, LH, drawf)]


def bc_gbr(p, b, rng):
    """England and Wales: GRO certified copy of an entry of birth (current numbered format)."""

    def drawf(c):
        W, H = A4W, A4H
        acc = rgb("7A1F3D")
        d.box(c, 0, 0, W, H, stroke=None, fill=rgb("FBF1F3"))
        d.guilloche(c, 0, 0, W, H, rng, acc, n=55, alpha=0.07)
        d.txt(c, W / 2, H - 18 * MM, "CERTIFIED COPY OF AN ENTRY", "Serif-B", 14, acc, "c")
        d.txt(
            c,
            18 * MM,
            H - 26 * MM,
            "Pursuant to the Births and Deaths Registration Act 1953",
            "Serif-I",
            8,
            acc,
        )
        d.txt(c, W - 18 * MM, H - 26 * MM, "Application Number " + b["app_no"], "Sans", 8, acc, "r")
        d.txt(c, W / 2, H - 34 * MM, "BIRTH", "Serif-B", 13, acc, "c")
        d.txt(c, W - 18 * MM, H - 34 * MM, "Entry No. " + b["entry_no"], "Sans-B", 9, acc, "r")
        X, TW = 16 * MM, W - 32 * MM
        y = H - 40 * MM
        d.box(c, X, y - 9 * MM, TW, 9 * MM, stroke=acc, lw=0.6)
        d.txt(c, X + 2 * MM, y - 4 * MM, "Registration district", "Sans", 6.5, acc)
        d.txt(c, X + 2 * MM, y - 8 * MM, b["district"], "Serif-B", 9.5)
        d.txt(c, X + TW / 2, y - 4 * MM, "Administrative area", "Sans", 6.5, acc)
        d.txt(c, X + TW / 2, y - 8 * MM, b["area"], "Serif-B", 9.5)
        y -= 11 * MM
        d.txt(c, X, y - 3 * MM, "Sub-district  " + b["subdistrict"], "Serif", 9)
        y -= 7 * MM
        rows = [
            (
                "CHILD",
                [("1. Date and place of birth", f"{u.en_words(p['dob'])}\n{b['place']}", 1.0)],
            ),
            (
                "",
                [
                    ("2. Name and surname", f"{p['given'].title()} {p['surname'].upper()}", 0.7),
                    ("3. Sex", "Male" if p["sex"] == "M" else "Female", 0.3),
                ],
            ),
            (
                "FATHER",
                [
                    ("4. Name and surname", b["father"], 0.5),
                    ("5. Place of birth", b["father_bp"], 0.5),
                ],
            ),
            ("", [("6. Occupation", b["father_job"], 1.0)]),
            (
                "MOTHER",
                [
                    ("7. Name and surname", b["mother"], 0.5),
                    ("8. Place of birth", b["mother_bp"], 0.5),
                ],
            ),
            (
                "",
                [
                    ("9.(a) Maiden surname", b["mother_maiden"], 0.5),
                    ("(b) Surname at marriage if different", "", 0.5),
                ],
            ),
            (
                "",
                [
                    (
                        "10. Usual address (if different from place of child's birth)",
                        b["address"],
                        1.0,
                    )
                ],
            ),
            (
                "INFORMANT",
                [
                    ("11. Name and surname (if not the mother or father)", "", 0.5),
                    ("12. Qualification", "Mother", 0.5),
                ],
            ),
            ("", [("13. Usual address (if different from that in 10 above)", "", 1.0)]),
            (
                "",
                [
                    (
                        "14. I certify that the particulars entered above are true to the best of my knowledge and belief",
                        "Signature of informant",
                        1.0,
                    )
                ],
            ),
            (
                "",
                [
                    ("15. Date of registration", u.en_words(b["reg_date"]), 0.5),
                    ("16. Signature of registrar", b["registrar"] + "  Registrar", 0.5),
                ],
            ),
            ("", [("17. Name given after registration, and surname", "", 1.0)]),
        ]
        for sect, cells_ in rows:
            h = 13 * MM if "\n" in cells_[0][1] else 10.5 * MM
            if sect:
                d.txt(c, X, y - 2.5 * MM, sect, "Sans-B", 7, acc)
                y -= 3.5 * MM
            x = X
            for lbl, val, frac in cells_:
                w = TW * frac
                d.box(c, x, y - h, w, h, stroke=acc, lw=0.5)
                d.txt(c, x + 1.5 * MM, y - 3 * MM, lbl, "Sans", 6, acc)
                yy = y - 7 * MM
                for line in val.split("\n"):
                    d.fit(c, x + 3 * MM, yy, line, w - 5 * MM, "Serif-B", 9.5)
                    yy -= 4.2 * MM
                x += w
            y -= h
        y -= 6 * MM
        d.para(
            c,
            X,
            y,
            TW,
            f"Certified to be a true copy of an entry in the certified copy of a register of Births in the "
            f"District above mentioned. Given at the GENERAL REGISTER OFFICE, under the Seal of the said Office, "
            f"the {u.D(b['issued_on']).day} day of {u.MONTHS_EN[u.D(b['issued_on']).month - 1]} {u.D(b['issued_on']).year}.",
            "Serif",
            9,
        )
        d.stamp_round(
            c,
            W - 40 * MM,
            y - 20 * MM,
            14 * MM,
            "GENERAL REGISTER OFFICE * ",
            ["SEAL"],
            acc,
            rng,
            alpha=0.35,
        )
        d.txt(c, X, y - 14 * MM, b["serial"], "Mono-B", 10, acc)
        d.para(
            c,
            X,
            22 * MM,
            TW,
            "CAUTION: THERE ARE OFFENCES RELATING TO FALSIFYING OR ALTERING A CERTIFICATE AND USING OR "
            "POSSESSING A FALSE CERTIFICATE. ©CROWN COPYRIGHT",
            "Sans-B",
            7,
            color=acc,
        )
        d.txt(
            c, X, 14 * MM, "WARNING: A CERTIFICATE IS NOT EVIDENCE OF IDENTITY.", "Sans-B", 8, acc
        )

    return [Page(A4W, A4H, drawf)]


def bc_ukr(p, b, rng):
    """Ukraine: 'Свідоцтво про народження' (duplicate), Cyrillic, numbered series."""

    def drawf(c):
        W, H = A4W, A4H
        acc = rgb("1F4E9A")
        d.box(c, 0, 0, W, H, stroke=None, fill=rgb("F3F6FB"))
        d.guilloche(c, 15 * MM, 15 * MM, W - 30 * MM, H - 30 * MM, rng, acc, n=50, alpha=0.08)
        d.box(c, 15 * MM, 15 * MM, W - 30 * MM, H - 30 * MM, stroke=acc, lw=1.2)
        d.txt(c, W / 2, H - 32 * MM, "УКРАЇНА", "Serif-B", 16, acc, "c")
        d.txt(c, W / 2, H - 46 * MM, "СВІДОЦТВО", "Serif-B", 22, black, "c")
        d.txt(c, W / 2, H - 54 * MM, "ПРО НАРОДЖЕННЯ", "Serif-B", 14, black, "c")
        d.txt(c, W / 2, H - 61 * MM, "(повторне)", "Serif-I", 10, black, "c")
        y = H - 76 * MM
        X = 25 * MM
        items = [
            ("Прізвище", b["uk_surname"]),
            ("Ім'я", b["uk_given"]),
            ("По батькові", b["uk_patronymic"]),
            ("Дата народження", f"{b['uk_dob_words']}\n{u.fr_dots(p['dob'])}"),
            ("Місце народження", b["uk_place"]),
        ]
        for lbl, val in items:
            d.txt(c, X, y, lbl, "Serif", 9, Color(0.3, 0.3, 0.4))
            yy = y - 6 * MM
            for line in val.split("\n"):
                d.txt(c, X + 8 * MM, yy, line, "Serif-B", 12)
                yy -= 6 * MM
            d.hline(c, X, W - X, yy + 4 * MM, Color(0.5, 0.5, 0.6), 0.4)
            y = yy - 3 * MM
        d.txt(c, X, y, "про що", "Serif", 9)
        d.txt(
            c,
            X + 15 * MM,
            y,
            f"{b['uk_reg_date']} року зроблено актовий запис № {b['act_no']}",
            "Serif-B",
            10,
        )
        y -= 12 * MM
        d.txt(c, X, y, "Батьки:", "Serif", 9, Color(0.3, 0.3, 0.4))
        d.txt(c, X + 10 * MM, y - 7 * MM, "батько  " + b["uk_father"], "Serif-B", 10.5)
        d.txt(c, X + 10 * MM, y - 14 * MM, "громадянство  Україна", "Serif", 9)
        d.txt(c, X + 10 * MM, y - 22 * MM, "мати  " + b["uk_mother"], "Serif-B", 10.5)
        d.txt(c, X + 10 * MM, y - 29 * MM, "громадянство  Україна", "Serif", 9)
        y -= 42 * MM
        d.txt(c, X, y, "Місце державної реєстрації", "Serif", 9, Color(0.3, 0.3, 0.4))
        d.para(c, X + 8 * MM, y - 6 * MM, W - 2 * X - 8 * MM, b["uk_office"], "Serif-B", 10)
        y -= 20 * MM
        d.txt(c, X, y, "Дата видачі  " + u.fr_dots(b["issued_on"]), "Serif-B", 10.5)
        d.txt(c, X, y - 10 * MM, "Державний реєстратор", "Serif", 9)
        d.signature(c, X + 40 * MM, y - 14 * MM, 35 * MM, 12 * MM, rng, INK)
        d.txt(c, X + 80 * MM, y - 10 * MM, b["uk_registrar"], "Serif-B", 10)
        d.stamp_round(
            c,
            X + 45 * MM,
            y - 24 * MM,
            15 * MM,
            "ВІДДІЛ ДЕРЖАВНОЇ РЕЄСТРАЦІЇ АКТІВ ЦИВІЛЬНОГО СТАНУ * ",
            ["ХАРКІВ"],
            STAMP_BLUE,
            rng,
        )
        d.txt(c, W - X, 24 * MM, b["series"], "Mono-B", 13, rgb("B01E1E"), "r")

    return [Page(A4W, A4H, drawf)]


def bc_tur(p, b, rng):
    """Turkey: international multilingual extract of birth (Formül A, CIEC Convention no. 16)."""

    def drawf(c):
        W, H = A4W, A4H
        acc = rgb("8B1A1A")
        d.txt(c, W / 2, H - 16 * MM, "TÜRKİYE CUMHURİYETİ", "Sans-B", 11, acc, "c")
        d.txt(
            c,
            W / 2,
            H - 21 * MM,
            "İÇİŞLERİ BAKANLIĞI - NÜFUS VE VATANDAŞLIK İŞLERİ GENEL MÜDÜRLÜĞÜ",
            "Sans",
            7.5,
            black,
            "c",
        )
        d.txt(c, W / 2, H - 30 * MM, "DOĞUM KAYIT ÖRNEĞİ (FORMÜL A)", "Sans-B", 12.5, black, "c")
        d.txt(
            c,
            W / 2,
            H - 35 * MM,
            "Extrait d'acte de naissance - Extract of the birth registration - Auszug aus dem Geburtseintrag",
            "Sans-I",
            7.5,
            black,
            "c",
        )
        X, TW = 14 * MM, W - 28 * MM
        y = H - 42 * MM
        d.txt(c, X, y, "1  Devlet / État / State", "Sans", 7)
        d.txt(c, X + 60 * MM, y, "TÜRKİYE", "Sans-B", 9.5)
        y -= 5 * MM
        d.txt(
            c,
            X,
            y,
            "2  Nüfus Müdürlüğü / Service de l'état civil / Civil registry office",
            "Sans",
            7,
        )
        d.txt(c, X + 95 * MM, y, b["office"], "Sans-B", 9.5)
        y -= 8 * MM
        rows = [
            ("3", "Doğum tarihi / Date de naissance / Date of birth", f"{u.fr_dots(p['dob'])}"),
            ("4", "Doğum yeri / Lieu de naissance / Place of birth", b["place"]),
            ("5", "Cinsiyet / Sexe / Sex", "E" if p["sex"] == "M" else "K"),
            ("6", "Soyadı / Nom / Surname", p["surname"].upper()),
            ("7", "Adı / Prénoms / Forenames", b.get("bc_given", p["given"]).upper()),
            ("8", "Baba / Père / Father - Soyadı / Nom", p["surname"].upper()),
            ("9", "Baba / Père / Father - Adı / Prénoms", b["father"]),
            ("10", "Ana / Mère / Mother - Soyadı / Nom", b["mother_surname"]),
            ("11", "Ana / Mère / Mother - Adı / Prénoms", b["mother"]),
            ("12", "T.C. Kimlik No / Numéro d'identité / Identity No", b["tckn"]),
        ]
        for num, lbl, val in rows:
            d.box(c, X, y - 9 * MM, TW, 9 * MM, stroke=Color(0.4, 0.4, 0.4), lw=0.4)
            d.txt(c, X + 1.5 * MM, y - 5.5 * MM, num, "Sans-B", 8, acc)
            d.txt(c, X + 8 * MM, y - 5.5 * MM, lbl, "Sans", 7.5)
            d.fit(c, X + 100 * MM, y - 5.8 * MM, val, TW - 102 * MM, "Mono-B", 10)
            y -= 9 * MM
        y -= 6 * MM
        d.txt(c, X, y, "Tarih / Date / Date:  " + u.fr_dots(b["issued_on"]), "Sans", 9)
        d.txt(c, X, y - 6 * MM, "İmza, mühür / Signature, sceau / Signature, seal", "Sans", 8)
        d.stamp_round(
            c,
            X + 110 * MM,
            y - 22 * MM,
            15 * MM,
            "T.C. " + b["office"].upper() + " NÜFUS MÜDÜRLÜĞÜ * ",
            ["NÜFUS"],
            STAMP_BLUE,
            rng,
        )
        d.signature(c, X + 60 * MM, y - 30 * MM, 40 * MM, 14 * MM, rng, INK)
        y -= 48 * MM
        d.para(
            c,
            X,
            y,
            TW,
            "Semboller / Symboles / Symbols:  E = erkek / masculin / male;  K = kadın / féminin / female. "
            "Bu belge 16 No.lu Milletlerarası Sivil Hal Komisyonu Sözleşmesi uyarınca düzenlenmiştir. "
            "Document établi conformément à la Convention CIEC n° 16 du 8 septembre 1976.",
            "Sans",
            7.2,
        )
        d.txt(
            c, X, 14 * MM, "Belge doğrulama kodu / Code de vérification : " + b["verif"], "Mono", 8
        )

    return [Page(A4W, A4H, drawf)]


def bc_ita(p, b, rng):
    """Italy: 'Estratto per riassunto dell'atto di nascita' from the Comune."""

    def drawf(c):
        W, H = A4W, A4H
        d.txt(c, W / 2, H - 22 * MM, "COMUNE DI " + b["comune"].upper(), "Serif-B", 14, black, "c")
        d.txt(c, W / 2, H - 28 * MM, "Ufficio dello Stato Civile", "Serif-I", 10, black, "c")
        d.hline(c, 30 * MM, W - 30 * MM, H - 32 * MM, black, 0.6)
        d.txt(
            c,
            W / 2,
            H - 44 * MM,
            "ESTRATTO PER RIASSUNTO DELL'ATTO DI NASCITA",
            "Serif-B",
            12,
            black,
            "c",
        )
        d.txt(
            c,
            W / 2,
            H - 50 * MM,
            f"Anno {b['year_reg']}  -  Parte {b.get('parte', 'I')}  -  Serie {b.get('serie', 'A')}  -  Numero {b['act_no']}",
            "Serif",
            10,
            black,
            "c",
        )
        y = H - 66 * MM
        X = 25 * MM
        d.para(
            c,
            X,
            y,
            W - 2 * X,
            "L'Ufficiale dello Stato Civile, visti gli atti d'ufficio, certifica che dal registro degli "
            "atti di nascita risulta quanto segue:",
            "Serif",
            10.5,
            15,
        )
        y -= 18 * MM
        for lbl, val in [
            ("Cognome", p["surname"].upper()),
            ("Nome", p["given"].upper()),
            ("Sesso", "M" if p["sex"] == "M" else "F"),
            ("Data di nascita", u.fr(p["dob"])),
            ("Ora", b.get("time", "14:20")),
            ("Luogo di nascita", b["comune"].upper() + f" ({b['prov']})"),
            ("Paternità", b["father"]),
            ("Maternità", b["mother"]),
        ]:
            d.txt(c, X, y, lbl, "Serif", 10.5)
            d.txt(c, X + 45 * MM, y, val, "Serif-B", 11)
            d.dotted(c, X + 44 * MM, W - X, y - 2)
            y -= 10 * MM
        y -= 4 * MM
        d.txt(c, X, y, "Annotazioni: nessuna", "Serif", 10)
        y -= 16 * MM
        d.txt(c, X, y, f"{b['comune']}, {u.fr(b['issued_on'])}", "Serif", 10.5)
        d.txt(c, W - 65 * MM, y, "L'Ufficiale dello Stato Civile", "Serif", 10, black, "c")
        d.signature(c, W - 90 * MM, y - 22 * MM, 50 * MM, 16 * MM, rng, INK)
        d.txt(c, W - 65 * MM, y - 26 * MM, b["officer"], "Serif-I", 9.5, black, "c")
        d.stamp_round(
            c,
            60 * MM,
            y - 24 * MM,
            15 * MM,
            "COMUNE DI " + b["comune"].upper() + " * STATO CIVILE * ",
            ["★"],
            STAMP_BLUE,
            rng,
        )
        d.para(
            c,
            X,
            28 * MM,
            W - 2 * X,
            "Esente da legalizzazione e da traduzione ai sensi del Regolamento (UE) 2016/1191. "
            "Il presente certificato non può essere prodotto agli organi della pubblica "
            "amministrazione o ai privati gestori di pubblici servizi (art. 40 DPR 445/2000).",
            "Serif-I",
            7.5,
        )

    return [Page(A4W, A4H, drawf)]


BIRTH = {
    "DZA": bc_dza,
    "MAR": bc_mar,
    "TUN": bc_tun,
    "COL": bc_col,
    "BRA": bc_bra,
    "MEX": bc_mex,
    "CHN": bc_chn,
    "IND": bc_ind,
    "PHL": bc_phl,
    "USA": bc_usa,
    "GBR": bc_gbr,
    "UKR": bc_ukr,
    "TUR": bc_tur,
    "ITA": bc_ita,
    "SEN": lambda p, b, r: bc_africa(p, b, r, "SEN"),
    "MLI": lambda p, b, r: bc_africa(p, b, r, "MLI"),
    "CIV": lambda p, b, r: bc_africa(p, b, r, "CIV"),
    "COD": lambda p, b, r: bc_africa(p, b, r, "COD"),
    "CMR": lambda p, b, r: bc_africa(p, b, r, "CMR"),
}


# ================================================================== apostille

AP_LBL = {
    "fr": [
        "Pays :",
        "Le présent acte public",
        "a été signé par",
        "agissant en qualité de",
        "est revêtu du sceau / timbre de",
        "Attesté",
        "à",
        "le",
        "par",
        "sous N°",
        "Sceau / timbre :",
        "Signature :",
    ],
    "en": [
        "Country:",
        "This public document",
        "has been signed by",
        "acting in the capacity of",
        "bears the seal / stamp of",
        "Certified",
        "at",
        "the",
        "by",
        "No",
        "Seal / stamp:",
        "Signature:",
    ],
    "es": [
        "País:",
        "El presente documento público",
        "ha sido firmado por",
        "quien actúa en calidad de",
        "y está revestido del sello / timbre de",
        "Certificado",
        "en",
        "el día",
        "por",
        "bajo el número",
        "Sello / timbre:",
        "Firma:",
    ],
    "pt": [
        "País:",
        "Este documento público",
        "foi assinado por",
        "na qualidade de",
        "tem o selo / carimbo de",
        "Reconhecido",
        "em",
        "no dia",
        "por",
        "sob o nº",
        "Selo / carimbo:",
        "Assinatura:",
    ],
    "uk": [
        "Країна:",
        "Цей офіційний документ",
        "підписаний",
        "який виступає в якості",
        "скріплений печаткою / штампом",
        "Засвідчено",
        "в",
        "дата",
        "ким",
        "за №",
        "Печатка / штамп:",
        "Підпис:",
    ],
    "tr": [
        "Ülke:",
        "İşbu resmi belge",
        "imzalayan",
        "sıfatı",
        "mühür / damga",
        "Onaylanmıştır",
        "yer",
        "tarih",
        "onaylayan",
        "sayı",
        "Mühür / damga:",
        "İmza:",
    ],
}


def apostille_item(a, rng, w=110 * MM, h=None):
    """The apostille square. a: langs (list), country, signer, capacity, seal_of, place, date, by, number,
    authority_header (optional), style ('stamp'|'sheet'|'sticker'), qr (bool)."""
    langs = a["langs"]
    h = h or (126 * MM if len(langs) > 1 else 106 * MM)

    def drawf(c):
        col = a.get("ink", Color(0.12, 0.12, 0.15))
        if a.get("style") == "sticker":
            d.box(c, 0, 0, w, h, stroke=None, fill=rgb("F2EDE0"))
            d.guilloche(c, 0, 0, w, h, rng, rgb("8A6D3B"), n=30, alpha=0.15)
        d.box(c, 1, 1, w - 2, h - 2, stroke=col, lw=1.2)
        y = h - 9 * MM
        d.txt(c, w / 2, y, "APOSTILLE", "Sans-B", 15, col, "c")
        y -= 5.5 * MM
        d.txt(c, w / 2, y, "(Convention de La Haye du 5 octobre 1961)", "Serif-I", 8.5, col, "c")
        if a.get("head2"):
            y -= 4.5 * MM
            d.fit(c, w / 2, y, a["head2"], w - 8 * MM, "Serif-I", 7.5, col, "c")
        y -= 8 * MM
        L = [AP_LBL[lg] for lg in langs]

        def lab(i):
            return " / ".join(x[i] for x in L)

        values = [
            a["country"],
            None,
            a["signer"],
            a["capacity"],
            a["seal_of"],
            None,
            a["place"],
            a["date_text"],
            a["by"],
            a["number"],
        ]
        num = {0: "1.", 2: "2.", 3: "3.", 4: "4.", 6: "5.", 7: "6.", 8: "7.", 9: "8."}
        size = 6.8 if len(langs) > 1 else 8
        x0 = 4 * MM
        for i in range(10):
            if i in (1, 5):
                d.fit(c, w / 2, y, lab(i), w - 8 * MM, "Sans-B", size, col, "c")
                y -= 5.8 * MM
                continue
            lbl = f"{num[i]} {lab(i)}"
            d.fit(c, x0, y, lbl, w * 0.5, "Sans", size, col)
            val = values[i]
            lw_ = min(d.stringWidth(lbl, "Sans", size), w * 0.5) + 2 * MM
            d.dotted(c, x0 + lw_, w - 4 * MM, y - 1.2)
            if a.get("hand_values"):
                d.hand(c, x0 + lw_ + 1 * MM, y + 0.3, val, rng, "H-dkg", size + 3, d.INK_BLUE)
            else:
                d.fit(
                    c,
                    x0 + lw_ + 1 * MM,
                    y + 0.3,
                    val,
                    w - lw_ - 9 * MM,
                    "Sans-B",
                    size + 1.3,
                    black,
                )
            y -= 5.8 * MM
        y -= 1 * MM
        d.txt(c, x0, y, "9. " + lab(10), "Sans", size, col)
        d.txt(c, w / 2 + 2 * MM, y, "10. " + lab(11), "Sans", size, col)
        d.stamp_round(
            c,
            w * 0.25,
            max(14 * MM, y - 17 * MM),
            12 * MM,
            a["seal_text"],
            a.get("seal_inner", ["★"]),
            a.get("seal_color", STAMP_BLUE),
            rng,
        )
        d.signature(
            c,
            w / 2 + 4 * MM,
            max(4 * MM, y - 22 * MM),
            w * 0.38,
            14 * MM,
            rng,
            d.INK_BLUE,
            name=a.get("sig_name"),
        )
        if a.get("qr"):
            d.pseudo_qr(c, w - 21 * MM, 3 * MM, 17 * MM, rng, n=21)

    return w, h, drawf


def apostille_page(a, rng, header=None, footer=None, pos="top"):
    """An apostille on its own A4 sheet (allonge) with an optional issuing-authority header."""
    w, h, drawf = apostille_item(a, rng)

    def page(c):
        W, H = A4W, A4H
        y = H - 18 * MM
        for line in header or []:
            d.txt(c, W / 2, y, line, "Sans-B", 10, black, "c")
            y -= 5.5 * MM
        c.saveState()
        x = (W - w) / 2
        yy = (H - h - 40 * MM) if pos == "top" else 30 * MM
        c.translate(x, yy)
        c.rotate((rng.random() - 0.5) * 1.5)
        drawf(c)
        c.restoreState()
        if footer:
            d.para(c, 20 * MM, 30 * MM, W - 40 * MM, footer, "Sans", 7.5)

    return Page(A4W, A4H, page)


# ================================================================== sworn translation


def translation_pages(t, rng):
    """Sworn translation into French. t: translator, court, lang_from, body (list of (label, value)),
    title, doc_ref, number, place, date, notes."""

    def page(c):
        W, H = A4W, A4H
        d.txt(c, 20 * MM, H - 18 * MM, t["translator"], "Serif-B", 11)
        d.txt(
            c,
            20 * MM,
            H - 23 * MM,
            "Traductrice-interprète expert près la " + t["court"],
            "Serif-I",
            9,
        )
        d.txt(c, 20 * MM, H - 27.5 * MM, t["address"], "Serif", 8.5)
        d.txt(c, 20 * MM, H - 32 * MM, t["contact"], "Serif", 8.5)
        d.hline(c, 20 * MM, W - 20 * MM, H - 35 * MM, black, 0.6)
        d.txt(c, W - 20 * MM, H - 18 * MM, "Traduction n° " + t["number"], "Serif", 9, black, "r")
        d.txt(
            c,
            W / 2,
            H - 47 * MM,
            "TRADUCTION DU " + t["lang_from"].upper() + " VERS LE FRANÇAIS",
            "Serif-B",
            11,
            black,
            "c",
        )
        y = H - 58 * MM
        d.para(c, 22 * MM, y, W - 44 * MM, "[" + t["doc_ref"] + "]", "Serif-I", 9)
        y -= 12 * MM
        for line in t.get("header_lines", []):
            d.txt(c, W / 2, y, line, "Serif-B", 10.5, black, "c")
            y -= 6 * MM
        y -= 4 * MM
        d.txt(c, W / 2, y, t["title"], "Serif-B", 13, black, "c")
        y -= 12 * MM
        for lbl, val in t["body"]:
            if lbl:
                d.txt(c, 25 * MM, y, lbl + " :", "Serif", 10.5)
                y = d.para(c, 80 * MM, y, W - 105 * MM, val, "Serif-B", 10.5, 14)
            else:
                y = d.para(c, 25 * MM, y, W - 50 * MM, val, "Serif-I", 10, 13.5)
            y -= 3 * MM
        y -= 8 * MM
        y = d.para(
            c,
            22 * MM,
            y,
            W - 44 * MM,
            f"Je soussignée, {t['translator']}, traductrice-interprète expert près la {t['court']}, certifie "
            f"que la présente traduction est conforme à l'original en langue {t['lang_from'].lower()} qui m'a été "
            f"présenté et que j'ai paraphé ne varietur.",
            "Serif",
            9.5,
            13,
        )
        y -= 8 * MM
        d.txt(c, 22 * MM, y, "Traduction certifiée conforme", "Serif-B", 10)
        d.txt(c, 22 * MM, y - 6 * MM, f"Fait à {t['place']}, le {u.fr(t['date'])}", "Serif", 10)
        d.stamp_round(
            c,
            W - 60 * MM,
            y - 18 * MM,
            17 * MM,
            t["translator"].upper() + " * EXPERT TRADUCTEUR * ",
            ["COUR D'APPEL", t["court"].split()[-1].upper()],
            STAMP_BLUE,
            rng,
        )
        d.signature(
            c,
            W - 85 * MM,
            y - 30 * MM,
            40 * MM,
            14 * MM,
            rng,
            d.INK_BLUE,
            name=t["translator"].split()[-1].title(),
        )
        d.txt(c, W / 2, 14 * MM, "Page 1/1", "Serif", 8, black, "c")

    return [Page(A4W, A4H, page)]
