"""Birth certificates of many countries, apostilles and sworn translations.

Every layout here is invented from public descriptions of the real documents (fields, order,
languages), not copied from any specimen.
"""

from __future__ import annotations

import datetime as dt
import random

import setl_core as K
from setl_draw import (
    barcode,
    col,
    dotted_field,
    guilloche,
    line,
    para,
    qr_like,
    rect,
    rect_stamp,
    rosette,
    seal,
    signature,
    star,
    table,
    txt,
)
from setl_model import Doc, Person
from setl_render import A4, Page, draw_shaped

W, H = A4
LETTER = (612.0, 792.0)


def _doc(
    p: Person,
    country: str,
    lang: str,
    sur: str,
    giv: str,
    place: str,
    pages,
    notes="",
    has_apostille=False,
    key="",
):
    f = {
        "surname": sur,
        "given_names": giv,
        "date_of_birth": p.dob.isoformat(),
        "place_of_birth": place,
        "issuing_country": country,
        "language": lang,
        "has_apostille": has_apostille,
    }
    return Doc("birth_certificate", f, pages, key=key or p.key + "bc", notes=notes)


def _border(c, w, h, color, m=18, double=True, lw=1.2):
    rect(c, m, m, w - 2 * m, h - 2 * m, color, None, lw)
    if double:
        rect(c, m + 4, m + 4, w - 2 * m - 8, h - 2 * m - 8, color, None, 0.4)


def _kv(
    c,
    x,
    y,
    rows,
    lw_,
    font="Sans",
    vfont="Sans-B",
    size=9.5,
    step=19,
    lcolor=(0, 0, 0),
    dotted=False,
    width=400,
    vcolor=(0, 0, 0),
):
    for lab, val in rows:
        if dotted:
            dotted_field(c, x, y, lab, val, width, font, size, vfont, size, vcolor, lcolor)
        else:
            txt(c, x, y, lab, font, size, lcolor)
            txt(c, x + lw_, y, val, vfont, size, vcolor, maxw=width - lw_)
        y -= step
    return y


# ====================================================================== Maghreb
def bc_maroc(p: Person, info: dict, rng) -> Doc:
    place = f"{p.birth_city}"
    sur, giv = K.up(p.surname), p.given

    def draw(c):
        rect(c, 0, 0, W, H, None, (0.99, 0.98, 0.95))
        guilloche(
            c, 30, 300, W - 60, 260, (0.6, 0.4, 0.3), random.Random(p.key + "ma"), n=10, alpha=0.12
        )
        y = H - 50
        for ln in [
            "ROYAUME DU MAROC",
            "Ministère de l'Intérieur",
            f"Province de {info['province']}",
            f"Commune de {p.birth_city}",
            "Bureau de l'état civil",
            f"Acte n° {info['reg_no']}",
            f"Année : {p.dob.year}  (Hégirienne : {info['hijri']})",
        ]:
            txt(c, 45, y, ln, "Serif-B" if y == H - 50 else "Serif", 9.5)
            y -= 13
        ry = H - 50
        for ln in [
            "المملكة المغربية",
            "وزارة الداخلية",
            "إقليم " + info.get("province_ar", ""),
            "مكتب الحالة المدنية",
        ]:
            draw_shaped(c, W - 45, ry, ln, "Amiri", 11, (20, 20, 20), align="right")
            ry -= 15
        star(c, W / 2, H - 70, 16, (0.1, 0.45, 0.2), fill=False)
        txt(c, W / 2, H - 185, "EXTRAIT D'ACTE DE NAISSANCE", "Serif-B", 15, align="center")
        draw_shaped(
            c, W / 2, H - 212, "نسخة موجزة من رسم الولادة", "Amiri", 13, (0, 0, 0), align="center"
        )
        y = H - 260
        rows = [
            ("Nom de famille :", sur),
            ("Prénom :", giv),
            ("Date de naissance :", f"{K.d_words(p.dob)} ({K.d_fr(p.dob)})"),
            ("Lieu de naissance :", place),
            ("Sexe :", "Féminin" if p.sex == "F" else "Masculin"),
            ("Nationalité :", "Marocaine"),
            ("Fils/Fille de :", info["father"]),
            ("Et de :", info["mother"]),
            ("Mentions marginales :", "Néant"),
        ]
        _kv(c, 60, y, rows, 150, "Serif", "Serif-B", 11, 26, dotted=True, width=W - 120)
        y = 250
        para(
            c,
            60,
            y,
            "Nous certifions que le présent extrait est conforme aux indications "
            "portées sur le registre de l'état civil.",
            "Serif",
            10,
            W - 120,
        )
        txt(
            c,
            W - 60,
            200,
            f"{p.birth_city}, le {K.d_fr(info['issue'])}",
            "Serif",
            10.5,
            align="right",
        )
        txt(
            c,
            W - 60,
            186,
            "L'officier de l'état civil",
            "Serif-I" if False else "Serif",
            10,
            align="right",
        )
        signature(
            c, W - 220, 120, 150, 45, p.key + "off", (0.1, 0.1, 0.35), 1.0, name=info["officer"]
        )
        seal(c, W - 300, 140, 42, "ROYAUME DU MAROC * ÉTAT CIVIL *", "", (0.2, 0.25, 0.55), rng)
        txt(c, 45, 40, f"Réf. {info['reg_no']}/{p.dob.year}", "Sans", 7, (0.4, 0.4, 0.4))

    return _doc(
        p,
        "MAR",
        "fr",
        sur,
        giv,
        place,
        [Page(W, H, draw)],
        notes="bilingual header Arabic/French; values in French",
    )


def bc_algerie(p: Person, info: dict, rng) -> Doc:
    place = f"{p.birth_city}"
    sur, giv = K.up(p.surname), K.up(p.given)

    def draw(c):
        rect(c, 0, 0, W, H, None, (0.97, 0.99, 0.97))
        txt(
            c,
            W / 2,
            H - 40,
            "RÉPUBLIQUE ALGÉRIENNE DÉMOCRATIQUE ET POPULAIRE",
            "Sans-B",
            11,
            align="center",
        )
        draw_shaped(
            c, W / 2, H - 60, "الجمهورية الجزائرية الديمقراطية الشعبية", "Amiri", 13, align="center"
        )
        txt(c, 40, H - 90, f"Wilaya de {info['province']}", "Sans", 9)
        txt(c, 40, H - 103, f"Commune de {p.birth_city}", "Sans", 9)
        txt(c, 40, H - 116, "Service de l'état civil", "Sans", 9)
        draw_shaped(
            c, W - 40, H - 90, "ولاية " + info.get("province_ar", ""), "Amiri", 11, align="right"
        )
        draw_shaped(c, W - 40, H - 108, "مصلحة الحالة المدنية", "Amiri", 11, align="right")
        rect(c, W / 2 - 150, H - 165, 300, 34, (0.1, 0.4, 0.2), (0.9, 0.96, 0.92), 1.2, r=6)
        txt(c, W / 2, H - 153, "EXTRAIT D'ACTE DE NAISSANCE N° 13", "Sans-B", 12.5, align="center")
        txt(c, 40, H - 195, f"Acte n° : {info['reg_no']}      Année : {p.dob.year}", "Sans-B", 10)
        rows = [
            ("Le", f"{K.d_words(p.dob)}"),
            ("à", f"{info['hour']} heures"),
            ("est né(e) à", place),
            ("Nom", sur),
            ("Prénom(s)", giv),
            ("Sexe", "Féminin" if p.sex == "F" else "Masculin"),
            ("Fils/fille de", info["father"]),
            ("et de", info["mother"]),
        ]
        y = H - 230
        for lab, val in rows:
            rect(c, 40, y - 7, 130, 22, (0.5, 0.6, 0.5), (0.93, 0.97, 0.94), 0.5)
            rect(c, 170, y - 7, W - 210, 22, (0.5, 0.6, 0.5), None, 0.5)
            txt(c, 48, y, lab, "Sans", 10)
            txt(c, 178, y, val, "Sans-B", 10.5, maxw=W - 230)
            y -= 22
        txt(c, 40, y - 20, "Mentions marginales : Néant", "Sans", 10)
        para(
            c,
            40,
            y - 50,
            "Extrait certifié conforme aux registres de l'état civil. Délivré pour "
            "servir et valoir ce que de droit.",
            "Sans",
            9.5,
            W - 80,
        )
        txt(
            c,
            W - 50,
            190,
            f"Fait à {p.birth_city}, le {K.d_fr(info['issue'])}",
            "Sans",
            10,
            align="right",
        )
        txt(c, W - 50, 176, "L'officier de l'état civil", "Sans", 9.5, align="right")
        signature(
            c, W - 210, 105, 150, 45, p.key + "off", (0.1, 0.1, 0.3), 1.0, name=info["officer"]
        )
        seal(
            c,
            W - 290,
            125,
            40,
            "APC * ÉTAT CIVIL * " + p.birth_city.upper(),
            "",
            (0.1, 0.3, 0.6),
            rng,
        )
        qr_like(c, 40, 60, 70, p.key + "dzqr")

    return _doc(
        p,
        "DZA",
        "fr",
        sur,
        giv,
        place,
        [Page(W, H, draw)],
        notes="Algerian extract (bilingual header); not Hague apostille country",
    )


def bc_tunisie(p: Person, info: dict, rng) -> Doc:
    place = p.birth_city
    sur, giv = K.up(p.surname), p.given

    def draw(c):
        rect(c, 0, 0, W, H, None, (1, 1, 0.98))
        _border(c, W, H, (0.6, 0.1, 0.1), 22)
        draw_shaped(c, W - 50, H - 55, "الجمهورية التونسية", "Amiri", 13, align="right")
        draw_shaped(c, W - 50, H - 75, "وزارة الداخلية", "Amiri", 11, align="right")
        txt(c, 50, H - 55, "RÉPUBLIQUE TUNISIENNE", "LibSerif-B", 12)
        txt(c, 50, H - 70, "Ministère de l'Intérieur", "LibSerif", 10)
        txt(c, 50, H - 83, f"Municipalité de {p.birth_city}", "LibSerif", 10)
        txt(c, W / 2, H - 130, "Extrait d'acte de naissance", "LibSerif-B", 17, align="center")
        line(c, W / 2 - 120, H - 136, W / 2 + 120, H - 136, (0.6, 0.1, 0.1), 1)
        txt(c, 50, H - 165, f"Numéro de l'acte : {info['reg_no']}", "LibSerif", 10.5)
        txt(
            c,
            W - 50,
            H - 165,
            f"Arrondissement : {info['province']}",
            "LibSerif",
            10.5,
            align="right",
        )
        rows = [
            ["Rubrique", "Renseignements"],
            ["Prénom", giv],
            ["Nom", sur],
            ["Sexe", "Masculin" if p.sex == "M" else "Féminin"],
            ["Date de naissance", K.d_fr(p.dob)],
            ["Lieu de naissance", place],
            ["Prénom du père", info["father"]],
            ["Nom et prénom de la mère", info["mother"]],
            ["Nationalité", "Tunisienne"],
        ]
        table(
            c,
            60,
            H - 185,
            [170, W - 290],
            rows,
            "LibSerif",
            11,
            26,
            (0.95, 0.88, 0.88),
            "LibSerif-B",
        )
        txt(c, 60, 260, f"Délivré à {p.birth_city}, le {K.d_fr(info['issue'])}", "LibSerif", 10.5)
        txt(c, W - 60, 260, "L'officier de l'état civil", "LibSerif", 10.5, align="right")
        signature(
            c, W - 200, 180, 140, 45, p.key + "off", (0.15, 0.1, 0.35), 1.0, name=info["officer"]
        )
        seal(
            c,
            W - 250,
            200,
            38,
            "MUNICIPALITÉ DE " + p.birth_city.upper(),
            "",
            (0.55, 0.1, 0.1),
            rng,
        )
        barcode(c, 60, 60, 160, 28, p.key + "bc")

    return _doc(p, "TUN", "fr", sur, giv, place, [Page(W, H, draw)])


# ====================================================================== West / Central Africa
def bc_senegal(p: Person, info: dict, rng) -> Doc:
    place = p.birth_city
    sur, giv = K.up(p.surname), p.given

    def draw(c):
        rect(c, 0, 0, W, H, None, (0.99, 0.99, 0.96))
        txt(c, W / 2, H - 40, "RÉPUBLIQUE DU SÉNÉGAL", "Serif-B", 13, align="center")
        txt(c, W / 2, H - 54, "Un Peuple - Un But - Une Foi", "Serif", 9, align="center")
        star(c, W / 2, H - 74, 9, (0.1, 0.5, 0.2))
        txt(c, 45, H - 100, f"Région de {info['province']}", "Sans", 9)
        txt(c, 45, H - 112, f"Département de {info['province']}", "Sans", 9)
        txt(c, 45, H - 124, f"Commune de {p.birth_city}", "Sans", 9)
        txt(c, 45, H - 136, "Centre d'état civil principal", "Sans", 9)
        rect(c, W - 200, H - 140, 155, 48, (0, 0, 0), None, 0.6)
        txt(c, W - 193, H - 108, f"Année : {p.dob.year}", "Sans", 9)
        txt(c, W - 193, H - 122, f"N° dans le registre : {info['reg_no']}", "Sans", 9)
        txt(
            c,
            W / 2,
            H - 175,
            "EXTRAIT DU REGISTRE DES ACTES DE NAISSANCE",
            "Sans-B",
            13,
            align="center",
        )
        y = H - 215
        rows = [
            ("Prénom(s)", giv),
            ("Nom", sur),
            ("Sexe", "F" if p.sex == "F" else "M"),
            ("Date de naissance", f"{K.d_words(p.dob).capitalize()}"),
            ("Lieu de naissance", place),
            ("Prénom du père", info["father"].split()[0]),
            ("Prénom et Nom de la mère", info["mother"]),
            ("Jugement d'autorisation d'inscription", "Néant"),
        ]
        for lab, val in rows:
            txt(c, 55, y, lab, "Sans", 10)
            line(c, 230, y - 3, W - 55, y - 3, (0.5, 0.5, 0.5), 0.4, dash=(1, 2))
            txt(c, 235, y, val, "H-dkg", 13, (0.1, 0.1, 0.35), maxw=W - 300)
            y -= 30
        para(c, 55, y - 10, "Pour extrait certifié conforme.", "Sans", 10, W - 110)
        txt(
            c,
            W - 60,
            y - 40,
            f"{p.birth_city}, le {K.d_fr(info['issue'])}",
            "Sans",
            10,
            align="right",
        )
        txt(c, W - 60, y - 54, "L'Officier de l'état civil", "Sans", 10, align="right")
        signature(
            c, W - 210, y - 120, 150, 45, p.key + "off", (0.1, 0.1, 0.4), 1.0, name=info["officer"]
        )
        seal(
            c,
            W - 310,
            y - 95,
            40,
            "CENTRE D'ÉTAT CIVIL * " + p.birth_city.upper(),
            "",
            (0.2, 0.2, 0.6),
            rng,
        )

    return _doc(
        p,
        "SEN",
        "fr",
        sur,
        giv,
        place,
        [Page(W, H, draw)],
        notes="values written by hand on a printed extract form",
    )


def bc_cote_ivoire(p: Person, info: dict, rng) -> Doc:
    place = p.birth_city
    sur, giv = K.up(p.surname), K.up(p.given)

    def draw(c):
        rect(c, 0, 0, W, H, None, (1, 0.98, 0.94))
        rect(c, 0, H - 8, W / 3, 8, None, (0.95, 0.55, 0.1))
        rect(c, W / 3, H - 8, W / 3, 8, None, (1, 1, 1))
        rect(c, 2 * W / 3, H - 8, W / 3, 8, None, (0.1, 0.6, 0.3))
        txt(c, 40, H - 40, "RÉPUBLIQUE DE CÔTE D'IVOIRE", "Lib-B", 12)
        txt(c, 40, H - 54, "Union - Discipline - Travail", "Lib-I", 9)
        txt(c, W - 40, H - 40, f"DÉPARTEMENT D'{info['province'].upper()}", "Lib", 9, align="right")
        txt(
            c,
            W - 40,
            H - 52,
            f"CIRCONSCRIPTION D'ÉTAT CIVIL DE {p.birth_city.upper()}",
            "Lib",
            9,
            align="right",
        )
        txt(c, W / 2, H - 100, "EXTRAIT", "Lib-B", 20, align="center")
        txt(c, W / 2, H - 118, "DU REGISTRE DES ACTES DE L'ÉTAT CIVIL", "Lib-B", 11, align="center")
        txt(c, W / 2, H - 132, f"pour l'année {p.dob.year}", "Lib", 10, align="center")
        txt(
            c,
            50,
            H - 165,
            f"N° {info['reg_no']} DU {K.d_fr(info['reg_date'])} DU REGISTRE",
            "Lib-B",
            10,
        )
        txt(c, 50, H - 200, "NAISSANCE DE", "Lib-B", 12)
        y = H - 235
        rows = [
            ("Le", K.d_words(p.dob)),
            ("à", info["hour"] + " heure(s)"),
            ("est né(e)", f"{sur} {giv}"),
            ("à", place),
            ("fils ou fille de", info["father"]),
            ("et de", info["mother"]),
        ]
        _kv(c, 60, y, rows, 110, "Lib", "Lib-B", 11, 26, dotted=True, width=W - 120)
        txt(c, 60, y - 170, "MENTIONS (éventuellement) :", "Lib-B", 10)
        txt(c, 60, y - 188, "Marié(e) le ........... à ........... avec ...........", "Lib", 9.5)
        txt(c, 60, y - 204, "Divorcé(e) le ...........", "Lib", 9.5)
        txt(c, 60, y - 220, "Décédé(e) le ........... à ...........", "Lib", 9.5)
        txt(
            c,
            60,
            190,
            "Certifié le présent extrait conforme aux indications portées au registre.",
            "Lib",
            9.5,
        )
        txt(
            c,
            W - 60,
            160,
            f"Délivré à {p.birth_city}, le {K.d_fr(info['issue'])}",
            "Lib",
            10,
            align="right",
        )
        txt(c, W - 60, 146, "L'Officier de l'état civil", "Lib", 10, align="right")
        signature(
            c, W - 200, 80, 140, 45, p.key + "off", (0.1, 0.1, 0.4), 1.0, name=info["officer"]
        )
        seal(
            c,
            W - 280,
            95,
            40,
            "MAIRIE DE " + p.birth_city.upper() + " * ÉTAT CIVIL",
            "",
            (0.15, 0.35, 0.15),
            rng,
        )

    return _doc(
        p,
        "CIV",
        "fr",
        sur,
        giv,
        place,
        [Page(W, H, draw)],
        notes="name printed as one line 'est né(e) SURNAME GIVEN'",
    )


def bc_cameroun(p: Person, info: dict, rng) -> Doc:
    place = p.birth_city
    sur, giv = K.up(p.surname), K.up(p.given)

    def draw(c):
        rect(c, 0, 0, W, H, None, (0.98, 1, 0.98))
        _border(c, W, H, (0.1, 0.4, 0.2), 20)
        txt(c, 50, H - 50, "RÉPUBLIQUE DU CAMEROUN", "Sans-B", 10)
        txt(c, 50, H - 62, "Paix - Travail - Patrie", "Sans", 8)
        txt(c, W - 50, H - 50, "REPUBLIC OF CAMEROON", "Sans-B", 10, align="right")
        txt(c, W - 50, H - 62, "Peace - Work - Fatherland", "Sans", 8, align="right")
        star(c, W / 2, H - 58, 10, (0.85, 0.7, 0.1))
        txt(
            c, W / 2, H - 100, "ACTE DE NAISSANCE / BIRTH CERTIFICATE", "Sans-B", 14, align="center"
        )
        txt(
            c, W / 2, H - 116, f"N° {info['reg_no']}", "Sans-B", 11, (0.6, 0.1, 0.1), align="center"
        )
        txt(
            c,
            50,
            H - 140,
            f"Centre d'état civil de / Civil Status Registration Centre of : "
            f"{p.birth_city.upper()}",
            "Sans",
            9,
        )
        cells = [
            ("Nom de l'enfant / Surname of child", sur),
            ("Prénoms de l'enfant / Given names of child", giv),
            ("Né le / Born on", K.d_fr(p.dob)),
            ("À / At", place),
            ("Sexe / Sex", "MASCULIN / MALE" if p.sex == "M" else "FÉMININ / FEMALE"),
            ("De / Of (père / father)", info["father"]),
            ("Et de / And of (mère / mother)", info["mother"]),
            ("Dressé le / Drawn up on", K.d_fr(info["reg_date"])),
            ("Sur la déclaration de / On the declaration of", info["father"]),
        ]
        y = H - 160
        for lab, val in cells:
            rect(c, 50, y - 36, W - 100, 36, (0.1, 0.4, 0.2), None, 0.5)
            txt(c, 56, y - 11, lab, "Sans", 7.5, (0.1, 0.35, 0.2))
            txt(c, 56, y - 28, val, "LibMono-B", 11.5, maxw=W - 115)
            y -= 36
        txt(c, 50, y - 25, "Copie certifiée conforme / Certified true copy", "Sans-B", 9)
        txt(
            c,
            W - 50,
            y - 45,
            f"{p.birth_city}, le / on {K.d_fr(info['issue'])}",
            "Sans",
            9.5,
            align="right",
        )
        txt(
            c,
            W - 50,
            y - 58,
            "L'Officier d'état civil / Civil Status Registrar",
            "Sans",
            8.5,
            align="right",
        )
        signature(
            c, W - 200, y - 130, 140, 45, p.key + "off", (0.1, 0.1, 0.4), 1.0, name=info["officer"]
        )
        seal(
            c, W - 300, y - 105, 40, "COMMUNE DE " + p.birth_city.upper(), "", (0.3, 0.2, 0.55), rng
        )

    return _doc(
        p,
        "CMR",
        "fr",
        sur,
        giv,
        place,
        [Page(W, H, draw)],
        notes="bilingual French/English form, typed values",
    )


def bc_nigeria(p: Person, info: dict, rng) -> Doc:
    place = f"{p.birth_city}, {info['province']} State"
    sur, giv = K.up(p.surname), K.up(p.given)

    def draw(c):
        rect(c, 0, 0, W, H, None, (0.97, 1, 0.97))
        _border(c, W, H, (0.05, 0.45, 0.2), 16, lw=2.5)
        rosette(c, W / 2, H / 2, 200, (0.05, 0.45, 0.2), random.Random(p.key + "ng"), alpha=0.1)
        txt(
            c,
            W / 2,
            H - 60,
            "FEDERAL REPUBLIC OF NIGERIA",
            "Serif-B",
            15,
            (0.05, 0.35, 0.15),
            align="center",
        )
        txt(c, W / 2, H - 80, "NATIONAL POPULATION COMMISSION", "Serif-B", 11, align="center")
        txt(
            c,
            W / 2,
            H - 120,
            "CERTIFICATE OF BIRTH",
            "Serif-B",
            22,
            (0.05, 0.35, 0.15),
            align="center",
        )
        txt(
            c,
            W - 60,
            H - 150,
            f"Certificate No.: {info['reg_no']}",
            "Sans-B",
            10,
            (0.6, 0, 0),
            align="right",
        )
        y = H - 200
        rows = [
            ("Surname:", sur),
            ("Other names:", giv),
            ("Sex:", "FEMALE" if p.sex == "F" else "MALE"),
            ("Date of Birth:", K.d_fr(p.dob)),
            ("Place of Birth:", place.upper()),
            ("Name of Father:", info["father"]),
            ("Name of Mother:", info["mother"]),
            ("Registration Centre:", info["office"]),
            ("Date of Registration:", K.d_fr(info["reg_date"])),
        ]
        _kv(c, 70, y, rows, 150, "Serif", "Sans-B", 11, 30, width=W - 140)
        para(
            c,
            70,
            270,
            "This is to certify that the above particulars were registered in the "
            "Register of Births kept at the Registration Centre named above.",
            "Serif",
            10,
            W - 140,
        )
        signature(c, 70, 150, 150, 45, p.key + "reg", (0.1, 0.1, 0.4), 1.0, name=info["officer"])
        line(c, 70, 150, 240, 150)
        txt(c, 70, 138, "Registrar", "Serif", 9)
        txt(c, W - 70, 150, f"Date of issue: {K.d_fr(info['issue'])}", "Serif", 10, align="right")
        seal(c, W / 2, 120, 42, "NATIONAL POPULATION COMMISSION", "", (0.05, 0.4, 0.2), rng)

    return _doc(p, "NGA", "en", sur, giv, place, [Page(W, H, draw)])


def bc_haiti(p: Person, info: dict, rng) -> Doc:
    place = f"{p.birth_city}"
    sur, giv = K.up(p.surname), p.given

    def draw(c):
        rect(c, 0, 0, W, H, None, (0.99, 0.98, 0.93))
        txt(c, W / 2, H - 45, "RÉPUBLIQUE D'HAÏTI", "Serif-B", 13, align="center")
        txt(c, W / 2, H - 60, "ARCHIVES NATIONALES D'HAÏTI", "Serif", 11, align="center")
        txt(
            c, W / 2, H - 95, "EXTRAIT DES REGISTRES DE L'ÉTAT CIVIL", "Serif-B", 13, align="center"
        )
        txt(c, W / 2, H - 112, "(Acte de naissance)", "Serif", 10, align="center")
        txt(
            c,
            50,
            H - 140,
            f"Registre : {info['book']}   Folio : {info['folio']}   Acte n° : {info['reg_no']}",
            "Serif",
            10,
        )
        body = (
            f"L'an {p.dob.year}, le {K.d_words(p.dob)}, par-devant nous {info['officer']}, "
            f"Officier de l'état civil de la commune de {p.birth_city}, a comparu le citoyen "
            f"{info['father']}, lequel nous a déclaré qu'en sa demeure est née le "
            f"{K.d_words(p.dob)}, à {info['hour']} heures, une enfant de sexe "
            f"{'féminin' if p.sex == 'F' else 'masculin'}, qu'il a eue de son union avec la "
            f"dame {info['mother']}, à laquelle il a donné les prénoms de {giv}. "
        )
        y = para(c, 55, H - 175, body, "Serif", 11, W - 110, 16, justify=True)
        y -= 10
        txt(c, 55, y, "Nom de l'enfant :", "Serif", 11)
        txt(c, 160, y, sur, "Serif-B", 11)
        txt(c, 55, y - 18, "Prénoms :", "Serif", 11)
        txt(c, 160, y - 18, giv, "Serif-B", 11)
        para(
            c,
            55,
            y - 55,
            "Pour extrait conforme, délivré par les Archives Nationales.",
            "Serif",
            10.5,
            W - 110,
        )
        txt(
            c,
            W - 60,
            200,
            f"Port-au-Prince, le {K.d_fr(info['issue'])}",
            "Serif",
            10.5,
            align="right",
        )
        txt(c, W - 60, 186, "Le Directeur Général", "Serif", 10, align="right")
        signature(c, W - 210, 115, 150, 45, p.key + "ar", (0.1, 0.1, 0.35), 1.0)
        seal(c, W - 320, 140, 42, "ARCHIVES NATIONALES D'HAÏTI", "", (0.15, 0.2, 0.55), rng)
        rect_stamp(c, 55, 110, 130, 50, ["TIMBRE", "FISCAL", "25 GDES"], (0.5, 0.2, 0.1), rng)

    return _doc(p, "HTI", "fr", sur, giv, place, [Page(W, H, draw)], notes="narrative act")


# ====================================================================== Americas
def bc_usa(p: Person, info: dict, rng) -> Doc:
    state = info["province"]
    place = f"{p.birth_city}, {state}"
    parts = p.given.split()
    first, middle = parts[0].upper(), " ".join(parts[1:]).upper()
    sur, giv = K.deaccent(p.surname).upper(), K.deaccent(p.given).upper()
    Wl, Hl = LETTER
    tint = (0.15, 0.3, 0.5) if state != "California" else (0.45, 0.3, 0.15)

    def draw(c):
        rect(
            c,
            0,
            0,
            Wl,
            Hl,
            None,
            (0.95, 0.97, 0.98) if state != "California" else (0.99, 0.96, 0.9),
        )
        guilloche(c, 0, 0, Wl, Hl, tint, random.Random(p.key + "us"), n=30, alpha=0.12)
        _border(c, Wl, Hl, tint, 22, lw=2)
        txt(c, Wl / 2, Hl - 55, f"STATE OF {state.upper()}", "Serif-B", 14, tint, align="center")
        sub = (
            "DEPARTMENT OF PUBLIC HEALTH - REGISTRY OF VITAL RECORDS AND STATISTICS"
            if state != "California"
            else "DEPARTMENT OF PUBLIC HEALTH - VITAL RECORDS"
        )
        txt(c, Wl / 2, Hl - 70, sub, "Sans", 8, tint, align="center")
        txt(
            c,
            Wl / 2,
            Hl - 100,
            "CERTIFICATION OF BIRTH" if state == "California" else "CERTIFIED COPY OF BIRTH RECORD",
            "Serif-B",
            18,
            align="center",
        )
        seal(c, 80, Hl - 85, 32, f"SEAL OF THE STATE OF {state.upper()}", "", tint, rng, alpha=0.5)
        txt(
            c,
            Wl - 50,
            Hl - 130,
            f"STATE FILE NUMBER {info['reg_no']}",
            "LibMono-B",
            9,
            align="right",
        )
        y0 = Hl - 145
        grid = [
            [
                ("1A. NAME OF CHILD - FIRST", first, 0.34),
                ("1B. MIDDLE", middle, 0.33),
                ("1C. LAST", sur, 0.33),
            ],
            [
                ("2. SEX", "FEMALE" if p.sex == "F" else "MALE", 0.2),
                ("3A. DATE OF BIRTH (MM/DD/CCYY)", K.d_us(p.dob), 0.4),
                ("3B. HOUR", info["hour"] + ":" + info["minute"], 0.4),
            ],
            [
                ("4A. PLACE OF BIRTH - NAME OF HOSPITAL", info["hospital"], 0.5),
                ("4B. CITY", p.birth_city.upper(), 0.25),
                ("4C. COUNTY", info["county"].upper(), 0.25),
            ],
            [
                ("5A. NAME OF FATHER/PARENT - FIRST MIDDLE LAST", info["father"].upper(), 0.7),
                ("5B. STATE OF BIRTH", info["fstate"], 0.3),
            ],
            [
                (
                    "6A. NAME OF MOTHER/PARENT - FIRST MIDDLE LAST (BIRTH NAME)",
                    info["mother"].upper(),
                    0.7,
                ),
                ("6B. STATE OF BIRTH", info["mstate"], 0.3),
            ],
            [
                ("7. INFORMANT", "MOTHER", 0.3),
                ("8. DATE FILED", K.d_us(info["reg_date"]), 0.35),
                ("9. LOCAL REGISTRAR", info["officer"].upper(), 0.35),
            ],
        ]
        gx, gw, rh = 40, Wl - 80, 38
        y = y0
        for row in grid:
            x = gx
            for lab, val, frac in row:
                w = gw * frac
                rect(c, x, y - rh, w, rh, (0.2, 0.2, 0.2), None, 0.5)
                txt(c, x + 3, y - 9, lab, "SansC", 5.8, (0.25, 0.25, 0.3), maxw=w - 6)
                txt(c, x + 5, y - 28, val, "LibMono-B", 10, maxw=w - 10)
                x += w
            y -= rh
        para(
            c,
            45,
            y - 30,
            "This is a true and exact reproduction of the document officially "
            "registered and placed on file in the office of the Registry of Vital Records. "
            "This copy is not valid unless prepared on engraved border displaying the seal and "
            "signature of the Registrar.",
            "Serif",
            8.5,
            Wl - 90,
        )
        txt(c, 45, 150, f"DATE ISSUED: {K.d_us(info['issue']).replace('/', '-')}", "LibMono-B", 9)
        signature(
            c,
            Wl - 260,
            140,
            180,
            40,
            p.key + "regus",
            (0.05, 0.05, 0.1),
            1.0,
            name=info["registrar"],
        )
        line(c, Wl - 270, 138, Wl - 60, 138)
        txt(
            c,
            Wl - 165,
            126,
            info["registrar"].upper() + ", STATE REGISTRAR",
            "Sans",
            7,
            align="center",
        )
        seal(c, Wl / 2 - 40, 110, 38, "REGISTRY OF VITAL RECORDS", "", (0.5, 0.5, 0.5), rng, 0.35)
        barcode(c, 45, 50, 200, 22, p.key + "usbar")

    notes = "US Letter size; middle name in a separate box"
    return _doc(p, "USA", "en", sur, giv, place, [Page(Wl, Hl, draw)], notes=notes)


def bc_canada_qc(p: Person, info: dict, rng) -> Doc:
    place = f"{p.birth_city} (Québec)"
    sur, giv = K.up(p.surname), p.given

    def draw(c):
        rect(c, 0, 0, W, H, None, (0.98, 0.98, 1))
        rect(c, 0, H - 70, W, 70, None, (0.1, 0.25, 0.55))
        txt(c, 40, H - 40, "Québec", "Open-B", 20, (1, 1, 1))
        txt(c, 40, H - 58, "Directeur de l'état civil", "Open", 10, (1, 1, 1))
        txt(c, W - 40, H - 45, "COPIE D'ACTE DE NAISSANCE", "Open-B", 13, (1, 1, 1), align="right")
        txt(c, W - 40, H - 90, f"Numéro d'inscription : {info['reg_no']}", "Open", 9, align="right")
        y = H - 130
        blocks = [
            ("Nom de famille", sur),
            ("Prénom(s)", giv),
            ("Sexe", "Féminin" if p.sex == "F" else "Masculin"),
            ("Date de naissance", K.d_iso(p.dob)),
            ("Heure", info["hour"] + " h " + info["minute"]),
            ("Lieu de naissance", place),
            ("Père / Parent", info["father"]),
            ("Mère / Parent", info["mother"]),
            ("Date de l'inscription", K.d_iso(info["reg_date"])),
        ]
        for lab, val in blocks:
            txt(c, 50, y, lab.upper(), "Open-SB", 7.5, (0.1, 0.25, 0.55))
            txt(c, 50, y - 15, val, "Open", 12)
            line(c, 50, y - 21, W - 50, y - 21, (0.75, 0.78, 0.85), 0.5)
            y -= 42
        para(
            c,
            50,
            180,
            "Copie conforme aux renseignements contenus au registre de l'état civil du Québec.",
            "Open",
            9,
            W - 100,
        )
        txt(c, 50, 140, f"Délivrée à Québec le {K.d_words(info['issue'])}", "Open", 9.5)
        signature(c, W - 230, 120, 160, 40, p.key + "dec", (0.05, 0.05, 0.1), 0.9)
        txt(c, W - 150, 110, "Directeur de l'état civil", "Open", 8.5, align="center")
        qr_like(c, 50, 50, 60, p.key + "qcqr")

    return _doc(p, "CAN", "fr", sur, giv, place, [Page(W, H, draw)])


def _latam_header(c, title_lines, tint):
    y = H - 45
    for i, t in enumerate(title_lines):
        txt(
            c,
            W / 2,
            y,
            t,
            "Roboto-B" if i == 0 else "Roboto",
            12 if i == 0 else 9.5,
            tint,
            align="center",
        )
        y -= 15
    return y


def bc_mexico(p: Person, info: dict, rng) -> Doc:
    sur_parts = p.surname.split()
    place = f"{p.birth_city.upper()}, {info['province'].upper()}"
    sur, giv = K.up(p.surname), K.up(p.given)
    curp = info.get("curp", "XXXX000000XXXXXX00")

    def draw(c):
        rect(c, 0, 0, W, H, None, (0.98, 0.99, 0.97))
        guilloche(c, 0, 0, W, H, (0.35, 0.5, 0.35), random.Random(p.key + "mx"), n=14, alpha=0.1)
        y = _latam_header(
            c,
            ["ESTADOS UNIDOS MEXICANOS", "REGISTRO NACIONAL DE POBLACIÓN", "ACTA DE NACIMIENTO"],
            (0.15, 0.3, 0.2),
        )
        rect(c, 40, y - 30, W - 80, 24, (0.4, 0.5, 0.4), (0.92, 0.95, 0.92), 0.5)
        txt(c, 50, y - 22, f"Identificador electrónico: {info['reg_no']}", "Roboto", 9)
        txt(c, W - 50, y - 22, f"CURP: {curp}", "Roboto-B", 9, align="right")
        y -= 60
        txt(c, 40, y, "DATOS DE LA PERSONA REGISTRADA", "Roboto-B", 10, (0.15, 0.3, 0.2))
        y -= 8
        rows = [
            ["Nombre(s)", "Primer apellido", "Segundo apellido"],
            [giv, K.up(sur_parts[0]), K.up(" ".join(sur_parts[1:]))],
        ]
        y = table(
            c, 40, y, [(W - 80) / 3] * 3, rows, "Roboto", 9.5, 20, (0.85, 0.9, 0.85), "Roboto-B"
        )
        rows = [
            ["Sexo", "Fecha de nacimiento", "Lugar de nacimiento"],
            ["MUJER" if p.sex == "F" else "HOMBRE", K.d_fr(p.dob), place],
        ]
        y = table(
            c,
            40,
            y - 10,
            [100, 140, W - 320],
            rows,
            "Roboto",
            9.5,
            20,
            (0.85, 0.9, 0.85),
            "Roboto-B",
        )
        txt(c, 40, y - 25, "DATOS DE FILIACIÓN", "Roboto-B", 10, (0.15, 0.3, 0.2))
        rows = [
            ["", "Nombre completo", "Nacionalidad"],
            ["Progenitor 1", info["father"].upper(), "MEXICANA"],
            ["Progenitor 2", info["mother"].upper(), "MEXICANA"],
        ]
        y = table(
            c, 40, y - 33, [90, W - 260, 90], rows, "Roboto", 9.5, 20, (0.85, 0.9, 0.85), "Roboto-B"
        )
        txt(c, 40, y - 25, "DATOS DEL REGISTRO", "Roboto-B", 10, (0.15, 0.3, 0.2))
        rows = [
            ["Entidad de registro", "Municipio", "Oficialía", "Libro", "Acta", "Fecha de registro"],
            [
                info["province"].upper(),
                p.birth_city.upper(),
                info["folio"],
                info["book"],
                info["reg_no"][-5:],
                K.d_fr(info["reg_date"]),
            ],
        ]
        y = table(
            c,
            40,
            y - 33,
            [110, 110, 60, 50, 60, W - 470],
            rows,
            "Roboto",
            8.5,
            20,
            (0.85, 0.9, 0.85),
            "Roboto-B",
        )
        para(
            c,
            40,
            y - 30,
            "El C. Director General del Registro Civil certifica que la presente es "
            "copia fiel de la que obra en la base de datos del Registro Civil.",
            "Roboto",
            8.5,
            W - 200,
        )
        qr_like(c, W - 130, 60, 90, p.key + "mxqr")
        txt(c, 40, 120, f"Fecha de expedición: {K.d_fr(info['issue'])}", "Roboto", 9)
        signature(c, 40, 60, 150, 40, p.key + "dgrc", (0.05, 0.05, 0.1), 0.9)
        txt(c, 40, 52, "Director General del Registro Civil", "Roboto", 8)

    return _doc(
        p,
        "MEX",
        "es",
        sur,
        giv,
        place,
        [Page(W, H, draw)],
        notes="paternal and maternal surnames in separate boxes",
    )


def bc_colombia(p: Person, info: dict, rng) -> Doc:
    sp = p.surname.split()
    place = f"COLOMBIA - {info['province'].upper()} - {p.birth_city.upper()}"
    sur, giv = K.up(p.surname), K.up(p.given)

    def draw(c):
        rect(c, 0, 0, W, H, None, (1, 1, 0.97))
        txt(c, 40, H - 45, "REPÚBLICA DE COLOMBIA", "Lib-B", 11)
        txt(c, 40, H - 58, "REGISTRADURÍA NACIONAL DEL ESTADO CIVIL", "Lib", 8.5)
        txt(c, W - 40, H - 45, "REGISTRO CIVIL DE NACIMIENTO", "Lib-B", 14, align="right")
        rect(c, W - 170, H - 100, 130, 40, (0, 0, 0), None, 0.6)
        txt(c, W - 165, H - 72, "Indicativo serial", "Lib", 7)
        txt(c, W - 165, H - 90, info["reg_no"], "Lib-B", 12, (0.6, 0, 0))
        rect(c, 40, H - 100, 200, 30, (0, 0, 0), None, 0.6)
        txt(c, 45, H - 80, "NUIP", "Lib", 7)
        txt(c, 45, H - 95, info["nuip"], "Lib-B", 11)
        y = H - 120

        def sect(title, y):
            rect(c, 40, y - 14, W - 80, 14, None, (0.85, 0.85, 0.85))
            txt(c, W / 2, y - 11, title, "Lib-B", 8.5, align="center")
            return y - 14

        def boxes(cells, y, h=30):
            x = 40
            for lab, val, w in cells:
                rect(c, x, y - h, w, h, (0, 0, 0), None, 0.5)
                txt(c, x + 3, y - 9, lab, "Lib", 6.5, (0.3, 0.3, 0.3))
                txt(c, x + 5, y - 24, val, "LibMono-B", 10, maxw=w - 8)
                x += w
            return y - h

        y = sect("Datos de la oficina de registro", y)
        y = boxes(
            [
                ("Clase de oficina", "NOTARÍA", 120),
                (
                    "País - Departamento - Municipio",
                    f"COLOMBIA - {info['province'].upper()} - {p.birth_city.upper()}",
                    W - 200,
                ),
            ],
            y,
        )
        y = sect("Datos del inscrito", y)
        y = boxes(
            [
                ("Primer apellido", K.up(sp[0]), (W - 80) / 3),
                ("Segundo apellido", K.up(" ".join(sp[1:])), (W - 80) / 3),
                ("Nombre(s)", giv, (W - 80) / 3),
            ],
            y,
        )
        y = boxes(
            [
                ("Fecha de nacimiento (año mes día)", p.dob.strftime("%Y %m %d"), 170),
                ("Sexo", "FEMENINO" if p.sex == "F" else "MASCULINO", 110),
                ("Grupo sanguíneo", info.get("blood", "O+"), 80),
                ("Factor RH", "+", W - 440),
            ],
            y,
        )
        y = boxes(
            [
                (
                    "Lugar de nacimiento (País - Departamento - Municipio - Corregimiento)",
                    place,
                    W - 80,
                )
            ],
            y,
        )
        y = sect("Datos de la madre", y)
        y = boxes(
            [
                ("Apellidos y nombres completos", info["mother"].upper(), W - 200),
                ("Nacionalidad", "COLOMBIA", 120),
            ],
            y,
        )
        y = sect("Datos del padre", y)
        y = boxes(
            [
                ("Apellidos y nombres completos", info["father"].upper(), W - 200),
                ("Nacionalidad", "COLOMBIA", 120),
            ],
            y,
        )
        y = sect("Datos del declarante", y)
        y = boxes(
            [
                ("Apellidos y nombres completos", info["father"].upper(), W - 200),
                ("Firma", "", 120),
            ],
            y,
        )
        signature(c, W - 150, y + 4, 100, 22, p.key + "decl", (0.1, 0.1, 0.3), 0.7)
        y = sect("Fecha de inscripción", y)
        y = boxes(
            [
                ("Año Mes Día", info["reg_date"].strftime("%Y %m %d"), 200),
                ("Nombre y firma del funcionario que autoriza", info["officer"].upper(), W - 280),
            ],
            y,
        )
        signature(c, W - 200, y + 3, 120, 22, p.key + "fun", (0.1, 0.1, 0.3), 0.7)
        txt(
            c,
            40,
            y - 30,
            f"ES FIEL COPIA TOMADA DEL ORIGINAL - EXPEDIDA EL {K.d_fr(info['issue'])}",
            "Lib-B",
            8.5,
        )
        seal(c, W - 120, 90, 40, "NOTARÍA * " + p.birth_city.upper(), "", (0.2, 0.2, 0.6), rng)

    return _doc(p, "COL", "es", sur, giv, place, [Page(W, H, draw)])


def bc_peru(p: Person, info: dict, rng) -> Doc:
    sp = p.surname.split()
    place = f"{p.birth_city.upper()} - {info['province'].upper()}"
    sur, giv = K.up(p.surname), K.up(p.given)

    def draw(c):
        rect(c, 0, 0, W, H, None, (1, 0.99, 0.98))
        rect(c, 40, H - 75, 14, 40, None, (0.8, 0.1, 0.1))
        rect(c, 54, H - 75, 14, 40, None, (1, 1, 1))
        rect(c, 68, H - 75, 14, 40, None, (0.8, 0.1, 0.1))
        txt(c, 95, H - 50, "REGISTRO NACIONAL DE IDENTIFICACIÓN Y ESTADO CIVIL", "Lato-B", 10)
        txt(c, 95, H - 64, "RENIEC - Copia certificada de acta de nacimiento", "Lato", 9)
        txt(c, W - 40, H - 50, f"CUI: {info['nuip']}", "Lato-B", 10, align="right")
        txt(c, W / 2, H - 110, "ACTA DE NACIMIENTO", "Lato-B", 18, align="center")
        txt(c, W / 2, H - 128, f"N° {info['reg_no']}", "Lato", 11, (0.6, 0.1, 0.1), align="center")
        y = H - 160
        rows = [
            ["DATOS DEL NACIDO", ""],
            ["Apellido paterno", K.up(sp[0])],
            ["Apellido materno", K.up(" ".join(sp[1:]))],
            ["Prenombres", giv],
            ["Sexo", "FEMENINO" if p.sex == "F" else "MASCULINO"],
            ["Fecha de nacimiento", K.d_fr(p.dob)],
            ["Lugar de nacimiento", place],
            ["DATOS DE LOS PADRES", ""],
            ["Padre", info["father"].upper()],
            ["Madre", info["mother"].upper()],
            ["DATOS DEL REGISTRO", ""],
            ["Oficina registral", info["office"].upper()],
            ["Fecha de inscripción", K.d_fr(info["reg_date"])],
        ]
        yy = y
        for lab, val in rows:
            if not val:
                rect(c, 50, yy - 18, W - 100, 18, None, (0.8, 0.15, 0.15))
                txt(c, 56, yy - 13, lab, "Lato-B", 9, (1, 1, 1))
            else:
                rect(c, 50, yy - 22, 170, 22, (0.6, 0.6, 0.6), (0.96, 0.94, 0.94), 0.4)
                rect(c, 220, yy - 22, W - 270, 22, (0.6, 0.6, 0.6), None, 0.4)
                txt(c, 56, yy - 15, lab, "Lato", 9.5)
                txt(c, 228, yy - 15, val, "Lato-B", 10.5, maxw=W - 290)
            yy -= 22 if val else 18
        para(
            c,
            50,
            yy - 30,
            f"Se expide la presente copia certificada a solicitud del interesado, "
            f"el {K.d_words(info['issue'], 'es')}.",
            "Lato",
            9.5,
            W - 100,
        )
        signature(
            c, W - 230, 120, 160, 45, p.key + "reg", (0.05, 0.05, 0.3), 1.0, name=info["officer"]
        )
        txt(c, W - 150, 110, "Registrador Civil", "Lato", 9, align="center")
        seal(c, 140, 140, 40, "RENIEC * REGISTRO CIVIL *", "", (0.6, 0.1, 0.1), rng)

    return _doc(p, "PER", "es", sur, giv, place, [Page(W, H, draw)])


def bc_venezuela(p: Person, info: dict, rng) -> Doc:
    place = f"{p.birth_city}, {info['province']}"
    sur, giv = K.up(p.surname), p.given

    def draw(c):
        rect(c, 0, 0, W, H, None, (1, 1, 0.98))
        txt(c, W / 2, H - 45, "REPÚBLICA BOLIVARIANA DE VENEZUELA", "Serif-B", 12, align="center")
        txt(
            c,
            W / 2,
            H - 60,
            "CONSEJO NACIONAL ELECTORAL - COMISIÓN DE REGISTRO CIVIL Y ELECTORAL",
            "Serif",
            8.5,
            align="center",
        )
        txt(
            c,
            W / 2,
            H - 75,
            f"Registro Civil de la Parroquia {info['office']}",
            "Serif",
            9.5,
            align="center",
        )
        txt(
            c,
            W / 2,
            H - 110,
            f"ACTA DE NACIMIENTO N° {info['reg_no']}",
            "Serif-B",
            14,
            align="center",
        )
        body = (
            f"Quien suscribe, {info['officer']}, Registrador Civil de la Parroquia "
            f"{info['office']}, Municipio Libertador, hace constar que en el día de hoy "
            f"{K.d_words(info['reg_date'], 'es')}, ha sido presentada por ante este despacho una "
            f"niña"
            if p.sex == "F"
            else f"Quien suscribe, {info['officer']}, Registrador Civil de la Parroquia "
            f"{info['office']}, Municipio Libertador, hace constar que en el día de hoy "
            f"{K.d_words(info['reg_date'], 'es')}, ha sido presentado por ante este despacho un niño"
        )
        body += (
            f" y expuso: que la presentada nació en {place}, el día {K.d_words(p.dob, 'es')}, "
            f"y que tiene por nombre {giv} {sur}, hija de {info['father']} y de "
            f"{info['mother']}. Leída la presente acta, firman conformes."
        )
        y = para(c, 55, H - 150, body, "Serif", 11, W - 110, 17, justify=True)
        txt(c, 55, y - 20, "Nombres:", "Serif-B", 10.5)
        txt(c, 130, y - 20, K.up(giv), "Serif", 10.5)
        txt(c, 55, y - 38, "Apellidos:", "Serif-B", 10.5)
        txt(c, 130, y - 38, sur, "Serif", 10.5)
        txt(c, W - 60, 220, f"Caracas, {K.d_fr(info['issue'])}", "Serif", 10, align="right")
        signature(
            c, W - 230, 140, 160, 45, p.key + "reg", (0.05, 0.05, 0.3), 1.0, name=info["officer"]
        )
        txt(c, W - 150, 130, "El Registrador Civil", "Serif", 9.5, align="center")
        seal(
            c, 140, 170, 42, "REGISTRO CIVIL * " + info["office"].upper(), "", (0.15, 0.2, 0.5), rng
        )

    return _doc(p, "VEN", "es", sur, giv, place, [Page(W, H, draw)], notes="narrative act")


def bc_brazil(p: Person, info: dict, rng) -> Doc:
    place = f"{p.birth_city} - SP"
    full = f"{K.up(p.given)} {K.up(p.surname)}"
    sur, giv = K.up(p.surname), K.up(p.given)

    def draw(c):
        rect(c, 0, 0, W, H, None, (0.98, 0.99, 1))
        guilloche(
            c, 30, 30, W - 60, H - 60, (0.2, 0.4, 0.6), random.Random(p.key + "br"), n=20, alpha=0.1
        )
        txt(c, W / 2, H - 50, "REPÚBLICA FEDERATIVA DO BRASIL", "Open-B", 12, align="center")
        txt(c, W / 2, H - 65, "REGISTRO CIVIL DAS PESSOAS NATURAIS", "Open", 9.5, align="center")
        txt(
            c,
            W / 2,
            H - 100,
            "CERTIDÃO DE NASCIMENTO",
            "Open-B",
            18,
            (0.1, 0.3, 0.5),
            align="center",
        )
        y = H - 140
        txt(c, 50, y, "NOME", "Open-SB", 7.5, (0.3, 0.3, 0.4))
        txt(c, 50, y - 16, full, "Open-B", 13)
        txt(c, 50, y - 40, "MATRÍCULA", "Open-SB", 7.5, (0.3, 0.3, 0.4))
        txt(c, 50, y - 56, info["matricula"], "LibMono-B", 11)
        y -= 90
        cells = [
            [
                ("DATA DE NASCIMENTO POR EXTENSO", K.d_words(p.dob, "pt").upper(), 330),
                ("DIA", f"{p.dob.day:02d}", 45),
                ("MÊS", f"{p.dob.month:02d}", 45),
                ("ANO", str(p.dob.year), 75),
            ],
            [
                ("HORA", info["hour"] + ":" + info["minute"], 80),
                ("NATURALIDADE", "SÃO PAULO - SP", 180),
                ("LOCAL DE NASCIMENTO", info["hospital"].upper(), 235),
            ],
            [
                ("MUNICÍPIO DE REGISTRO E UNIDADE DA FEDERAÇÃO", "SÃO PAULO - SP", 330),
                ("SEXO", "FEMININO" if p.sex == "F" else "MASCULINO", 165),
            ],
            [("FILIAÇÃO", f"{info['father'].upper()} E {info['mother'].upper()}", 495)],
            [("AVÓS", info.get("grandparents", "").upper(), 495)],
            [
                ("DATA DO REGISTRO", K.d_words(info["reg_date"], "pt").upper(), 330),
                ("DNV", info.get("dnv", ""), 165),
            ],
        ]
        for row in cells:
            x = 50
            for lab, val, w in row:
                rect(c, x, y - 34, w, 34, (0.4, 0.5, 0.6), None, 0.5)
                txt(c, x + 4, y - 10, lab, "Open-SB", 6.5, (0.3, 0.3, 0.4), maxw=w - 8)
                txt(c, x + 4, y - 26, val, "Open", 9.5, maxw=w - 8)
                x += w
            y -= 34
        para(c, 50, y - 25, "O conteúdo da certidão é verdadeiro. Dou fé.", "Open", 9.5, W - 100)
        txt(c, 50, y - 60, f"{info['office']}", "Open-SB", 9)
        txt(c, 50, y - 74, f"São Paulo, {K.d_words(info['issue'], 'pt')}", "Open", 9)
        signature(
            c,
            W - 230,
            y - 110,
            160,
            45,
            p.key + "ofi",
            (0.05, 0.05, 0.3),
            1.0,
            name=info["officer"],
        )
        txt(c, W - 150, y - 120, info["officer"] + " - Oficial", "Open", 8.5, align="center")
        rect_stamp(c, 50, 60, 170, 50, ["SELO DIGITAL", info["reg_no"]], (0.1, 0.3, 0.6), rng)

    return _doc(
        p,
        "BRA",
        "pt",
        sur,
        giv,
        place,
        [Page(W, H, draw)],
        notes="full name printed in one field (NOME); matrícula of 32 digits",
    )


# ====================================================================== Europe
def _uk_date(d: dt.date) -> str:
    return f"{d.day} {K.MONTHS['en'][d.month - 1]} {d.year}"


def bc_uk(p: Person, info: dict, rng) -> Doc:
    Wl, Hl = H, W  # landscape
    place = f"{info['hospital']}, {p.birth_city}"
    sur, giv = K.up(p.surname), p.given
    tint = (0.55, 0.2, 0.2)

    def draw(c):
        rect(c, 0, 0, Wl, Hl, None, (0.99, 0.93, 0.9))
        guilloche(c, 0, 0, Wl, Hl, tint, random.Random(p.key + "uk"), n=26, alpha=0.1)
        txt(c, Wl / 2, Hl - 40, "CERTIFIED COPY OF AN ENTRY", "Serif-B", 14, tint, align="center")
        txt(c, 40, Hl - 40, "BIRTH", "Serif-B", 16, tint)
        txt(c, Wl - 40, Hl - 40, f"Entry No. {info['reg_no']}", "Serif", 10, tint, align="right")
        txt(c, 40, Hl - 62, f"Registration district  {info['province']}", "Serif", 10)
        txt(c, 40, Hl - 76, f"Sub-district  {p.birth_city}", "Serif", 10)
        txt(
            c,
            Wl - 40,
            Hl - 62,
            f"Administrative area  City of {p.birth_city}",
            "Serif",
            10,
            align="right",
        )
        cells = [
            ("1. Date and place of birth", f"{_uk_date(p.dob)}  {place}", 0.6),
            ("3. Sex", "Male" if p.sex == "M" else "Female", 0.4),
            ("2. Name and surname", f"{giv} {sur}", 1.0),
            ("4. Name and surname (FATHER)", info["father"], 0.6),
            ("5. Place of birth", info["fplace"], 0.4),
            ("6. Occupation", info["focc"], 1.0),
            ("7. Name and surname (MOTHER)", info["mother"], 0.6),
            ("8. Place of birth", info["mplace"], 0.4),
            ("9.(a) Maiden surname", info["mmaiden"], 0.5),
            ("(b) Surname at marriage if different", "", 0.5),
            ("10. Usual address (if different from place of child's birth)", info["addr"], 1.0),
            ("11. Name and surname (if not the mother or father)", "", 0.6),
            ("12. Qualification", "Father", 0.4),
            (
                "14. I certify that the particulars entered above are true to the best of my knowledge"
                " and belief",
                "",
                1.0,
            ),
            ("15. Date of registration", _uk_date(info["reg_date"]), 0.35),
            ("16. Signature of registrar", "", 0.35),
            ("17. Name given after registration, and surname", "", 0.3),
        ]
        x0, y, gw, rh = 40, Hl - 92, Wl - 80, 25
        x = x0
        acc = 0.0
        for lab, val, frac in cells:
            w = gw * frac
            rect(c, x, y - rh, w, rh, tint, None, 0.5)
            txt(c, x + 3, y - 8, lab, "Serif", 6.3, tint, maxw=w - 6)
            if val:
                txt(c, x + 8, y - 20, val, "LibMono", 9.5, maxw=w - 12)
            if lab.startswith("16"):
                signature(c, x + 20, y - rh + 2, w - 40, 18, p.key + "ukreg", (0.1, 0.1, 0.1), 0.6)
            if lab.startswith("14"):
                signature(
                    c, x + w - 200, y - rh + 2, 150, 16, p.key + "ukinf", (0.1, 0.1, 0.1), 0.6
                )
            x += w
            acc += frac
            if acc >= 0.999:
                acc = 0.0
                x = x0
                y -= rh
        para(
            c,
            40,
            y - 18,
            "Certified to be a true copy of an entry in a register in my custody.",
            "Serif",
            9,
            Wl - 300,
        )
        signature(c, 40, y - 60, 130, 28, p.key + "supt", (0.1, 0.1, 0.1), 0.8)
        txt(c, 40, y - 70, "Superintendent Registrar", "Serif", 8)
        txt(c, 300, y - 55, K.d_fr(info["issue"]).replace("/", "."), "Serif", 10)
        txt(c, 300, y - 67, "Date", "Serif", 8)
        seal(c, Wl - 110, 70, 38, "GENERAL REGISTER OFFICE", "", tint, rng, 0.5)
        txt(
            c,
            40,
            25,
            "CAUTION: THERE ARE OFFENCES RELATING TO FALSIFYING OR ALTERING A CERTIFICATE"
            " AND USING OR POSSESSING A FALSE CERTIFICATE. ©CROWN COPYRIGHT",
            "Serif-B",
            6.2,
            tint,
        )
        txt(c, 40, 15, "WARNING: A CERTIFICATE IS NOT EVIDENCE OF IDENTITY.", "Serif-B", 6.2, tint)

    return _doc(
        p,
        "GBR",
        "en",
        sur,
        giv,
        place,
        [Page(Wl, Hl, draw)],
        notes="landscape full certificate; name and surname in one box",
    )


def bc_eu_multilingual(p: Person, info: dict, rng, country: str) -> Doc:
    """Extract on the EU/CIEC multilingual standard form (no apostille needed)."""
    cfg = {
        "ITA": (
            "REPUBBLICA ITALIANA",
            "Comune di " + p.birth_city,
            "it",
            "Estratto dell'atto di nascita",
        ),
        "PRT": (
            "REPÚBLICA PORTUGUESA",
            "Conservatória do Registo Civil de " + p.birth_city,
            "pt",
            "Certidão de nascimento - extrato",
        ),
        "ESP": (
            "REINO DE ESPAÑA",
            "Registro Civil de " + p.birth_city,
            "es",
            "Certificación de nacimiento - extracto",
        ),
    }[country]
    head, office, lang, title = cfg
    place = p.birth_city
    sur, giv = K.up(p.surname), K.up(p.given)
    names = {
        "it": ["Cognome", "Nome", "Sesso", "Data di nascita", "Luogo di nascita", "Padre", "Madre"],
        "pt": [
            "Apelidos",
            "Nomes próprios",
            "Sexo",
            "Data de nascimento",
            "Local de nascimento",
            "Pai",
            "Mãe",
        ],
        "es": [
            "Apellidos",
            "Nombre",
            "Sexo",
            "Fecha de nacimiento",
            "Lugar de nacimiento",
            "Padre",
            "Madre",
        ],
    }[lang]

    def draw(c):
        rect(c, 0, 0, W, H, None, (1, 1, 1))
        txt(c, 40, H - 45, head, "Lib-B", 11)
        txt(c, 40, H - 58, office, "Lib", 9.5)
        txt(c, W - 40, H - 45, "Convention CIEC n° 16", "Lib", 8, align="right")
        txt(c, W / 2, H - 95, title.upper(), "Lib-B", 13, align="center")
        txt(
            c,
            W / 2,
            H - 110,
            "Extrait plurilingue d'acte de naissance / Multilingual extract from birth record",
            "Lib",
            8.5,
            align="center",
        )
        rows = [
            ["", f"{names[0]} / Nom / Surname", sur],
            ["", f"{names[1]} / Prénoms / Forenames", giv],
            ["", f"{names[2]} / Sexe / Sex", p.sex],
            ["", f"{names[3]} / Date de naissance / Date of birth", K.d_dot(p.dob)],
            ["", f"{names[4]} / Lieu de naissance / Place of birth", place],
            ["", f"{names[5]} / Père / Father", info["father"]],
            ["", f"{names[6]} / Mère / Mother", info["mother"]],
        ]
        for i, r in enumerate(rows):
            r[0] = str(i + 1)
        table(
            c,
            40,
            H - 130,
            [24, 230, W - 334],
            rows,
            "Lib",
            9.5,
            30,
            None,
            header=False,
            grid=(0.3, 0.3, 0.3),
        )
        txt(
            c,
            40,
            H - 370,
            f"Atto n. / Acte n° {info['reg_no']}  -  {K.d_dot(info['reg_date'])}",
            "Lib",
            9,
        )
        txt(c, 40, 200, f"{p.birth_city}, {K.d_dot(info['issue'])}", "Lib", 10)
        txt(
            c,
            W - 60,
            200,
            "L'ufficiale dello stato civile"
            if lang == "it"
            else ("O Conservador" if lang == "pt" else "El Encargado del Registro"),
            "Lib",
            9.5,
            align="right",
        )
        signature(
            c, W - 220, 130, 150, 45, p.key + "eu", (0.1, 0.1, 0.3), 1.0, name=info["officer"]
        )
        seal(c, W - 300, 150, 36, office.upper(), "", (0.2, 0.2, 0.5), rng)
        txt(
            c,
            40,
            40,
            "Exempt de légalisation ou formalité analogue (Règlement (UE) 2016/1191)",
            "Lib-I",
            7.5,
            (0.3, 0.3, 0.3),
        )

    return _doc(
        p,
        country,
        lang,
        sur,
        giv,
        place,
        [Page(W, H, draw)],
        notes="EU member state extract: exempt from apostille",
    )


def bc_ukraine(p: Person, info: dict, rng) -> Doc:
    nat = p.native
    sur, giv = nat["surname"], nat["given"]
    place = nat.get("place", p.birth_city)

    def draw(c):
        rect(c, 0, 0, W, H, None, (0.96, 0.98, 1))
        guilloche(
            c,
            30,
            30,
            W - 60,
            H - 60,
            (0.2, 0.35, 0.6),
            random.Random(p.key + "ua"),
            n=24,
            alpha=0.14,
        )
        _border(c, W, H, (0.2, 0.35, 0.6), 26, lw=2)
        txt(c, W / 2, H - 70, "УКРАЇНА", "Serif-B", 16, (0.1, 0.25, 0.55), align="center")
        txt(c, W / 2, H - 110, "СВІДОЦТВО ПРО НАРОДЖЕННЯ", "Serif-B", 18, align="center")
        y = H - 160
        rows = [
            ("Прізвище", sur),
            ("Ім'я", giv),
            ("По батькові", nat.get("patronymic", "")),
            (
                "Дата народження",
                f"{p.dob.day:02d} {K.MONTHS['uk'][p.dob.month - 1]} {p.dob.year} року",
            ),
            ("Місце народження", place),
        ]
        for lab, val in rows:
            txt(c, 60, y, val, "Serif-B", 13, align="left")
            line(c, 60, y - 4, W - 60, y - 4, (0.3, 0.3, 0.5), 0.4)
            txt(c, W / 2, y - 14, lab.lower(), "Serif", 7.5, (0.3, 0.3, 0.5), align="center")
            y -= 40
        txt(c, 60, y - 5, "про що ___ року складено актовий запис № " + info["reg_no"], "Serif", 10)
        y -= 40
        txt(c, 60, y, "Батьки:", "Serif-B", 11)
        txt(c, 60, y - 22, "батько  " + nat.get("father", ""), "Serif", 11)
        txt(c, 60, y - 44, "мати  " + nat.get("mother", ""), "Serif", 11)
        txt(c, 60, y - 80, "Місце державної реєстрації: " + nat.get("office", ""), "Serif", 9.5)
        txt(c, 60, 200, "Дата видачі  " + K.d_dot(info["issue"]), "Serif", 10)
        txt(c, 60, 180, "Серія І-ХА № " + info["series"], "Serif-B", 11, (0.6, 0.1, 0.1))
        signature(c, W - 230, 150, 160, 45, p.key + "ua", (0.05, 0.05, 0.3), 1.0)
        txt(c, W - 150, 140, "Керівник органу реєстрації", "Serif", 8, align="center")
        seal(c, W - 300, 170, 40, "ВІДДІЛ ДЕРЖАВНОЇ РЕЄСТРАЦІЇ", "", (0.15, 0.2, 0.6), rng)

    return _doc(
        p,
        "UKR",
        "uk",
        sur,
        giv,
        place,
        [Page(W, H, draw)],
        notes=f"Cyrillic; patronymic '{nat.get('patronymic', '')}' not a given name; "
        "accompanied by a sworn translation",
    )


def bc_russia(p: Person, info: dict, rng) -> Doc:
    nat = p.native
    sur, giv = nat["surname"], nat["given"]
    place = nat.get("place", p.birth_city)

    def draw(c):
        rect(c, 0, 0, W, H, None, (0.95, 0.99, 0.95))
        guilloche(
            c,
            30,
            30,
            W - 60,
            H - 60,
            (0.2, 0.5, 0.3),
            random.Random(p.key + "ru"),
            n=24,
            alpha=0.15,
        )
        txt(c, W / 2, H - 60, "РОССИЙСКАЯ ФЕДЕРАЦИЯ", "Serif-B", 14, align="center")
        txt(c, W / 2, H - 100, "СВИДЕТЕЛЬСТВО О РОЖДЕНИИ", "Serif-B", 18, align="center")
        y = H - 150
        for lab, val in [
            ("Фамилия", sur),
            ("Имя", giv),
            ("Отчество", nat.get("patronymic", "")),
            ("дата рождения", f"{p.dob.day:02d}.{p.dob.month:02d}.{p.dob.year}"),
            ("место рождения", place),
        ]:
            txt(c, 60, y, lab, "Serif", 10)
            txt(c, 170, y, val, "Serif-B", 13)
            line(c, 165, y - 4, W - 60, y - 4, (0.3, 0.4, 0.3), 0.4)
            y -= 32
        txt(
            c,
            60,
            y - 10,
            f"о чем {K.d_dot(info['reg_date'])} составлена запись акта о рождении "
            f"№ {info['reg_no']}",
            "Serif",
            10,
        )
        txt(c, 60, y - 50, "Отец", "Serif", 10)
        txt(c, 170, y - 50, nat.get("father", ""), "Serif-B", 11)
        txt(c, 60, y - 80, "Мать", "Serif", 10)
        txt(c, 170, y - 80, nat.get("mother", ""), "Serif-B", 11)
        txt(
            c,
            60,
            y - 120,
            "Место государственной регистрации: " + nat.get("office", ""),
            "Serif",
            9.5,
            maxw=W - 120,
        )
        txt(c, 60, 190, "Дата выдачи " + K.d_dot(info["issue"]), "Serif", 10)
        txt(c, 60, 170, "II-МЮ № " + info["series"], "Serif-B", 12, (0.6, 0.1, 0.1))
        signature(c, W - 230, 150, 160, 45, p.key + "ru", (0.05, 0.05, 0.3), 1.0)
        txt(c, W - 150, 140, "Руководитель органа ЗАГС", "Serif", 8, align="center")
        seal(c, W - 300, 170, 40, "ОТДЕЛ ЗАГС", "", (0.15, 0.2, 0.6), rng)

    return _doc(
        p,
        "RUS",
        "ru",
        sur,
        giv,
        place,
        [Page(W, H, draw)],
        notes=f"Cyrillic; patronymic '{nat.get('patronymic', '')}'",
    )


def bc_turkey(p: Person, info: dict, rng) -> Doc:
    place = p.birth_city.upper()
    sur, giv = K.up(p.surname).replace("I", "I"), K.up(p.given)

    def draw(c):
        rect(c, 0, 0, W, H, None, (1, 1, 1))
        txt(
            c, W / 2, H - 45, "TÜRKİYE CUMHURİYETİ", "Sans-B", 12, (0.7, 0.05, 0.05), align="center"
        )
        txt(
            c,
            W / 2,
            H - 60,
            "İÇİŞLERİ BAKANLIĞI - NÜFUS VE VATANDAŞLIK İŞLERİ GENEL MÜDÜRLÜĞÜ",
            "Sans",
            8,
            align="center",
        )
        txt(c, W / 2, H - 90, "DOĞUM KAYIT ÖRNEĞİ", "Sans-B", 14, align="center")
        txt(
            c,
            W / 2,
            H - 106,
            "Formül A - Extrait d'acte de naissance - Extract from birth record",
            "Sans",
            8.5,
            align="center",
        )
        rows = [
            ["1", "Devlet / État / State", "TÜRKİYE"],
            ["2", "Makam / Autorité / Authority", info["office"]],
            ["3", "Soyadı / Nom / Surname", sur],
            ["4", "Adı / Prénoms / Forenames", giv],
            ["5", "Cinsiyeti / Sexe / Sex", "K" if p.sex == "F" else "E"],
            ["6", "Doğum tarihi / Date de naissance / Date of birth", K.d_dot(p.dob)],
            ["7", "Doğum yeri / Lieu de naissance / Place of birth", place],
            ["8", "Babasının adı / Prénoms du père / Father's forenames", info["father"]],
            ["9", "Annesinin adı / Prénoms de la mère / Mother's forenames", info["mother"]],
            ["10", "T.C. Kimlik No", info["nuip"]],
        ]
        table(c, 40, H - 125, [24, 260, W - 364], rows, "Sans", 9, 28, None, header=False)
        txt(c, 40, 240, f"Tarih / Date: {K.d_dot(info['issue'])}", "Sans", 9.5)
        txt(c, W - 60, 240, "Nüfus Müdürü", "Sans", 9.5, align="right")
        signature(
            c, W - 220, 170, 150, 45, p.key + "tr", (0.05, 0.05, 0.3), 1.0, name=info["officer"]
        )
        seal(
            c,
            W - 300,
            190,
            38,
            "NÜFUS MÜDÜRLÜĞÜ * " + p.birth_city.upper(),
            "",
            (0.2, 0.2, 0.55),
            rng,
        )
        qr_like(c, 40, 60, 70, p.key + "trqr")

    return _doc(
        p,
        "TUR",
        "tr",
        sur,
        giv,
        place,
        [Page(W, H, draw)],
        notes="multilingual extract, labels Turkish/French/English",
    )


# ====================================================================== Asia
def bc_china(p: Person, info: dict, rng) -> Doc:
    nat = p.native
    sur, giv = K.up(p.surname), K.up(p.given)
    place = f"{p.birth_city}, Sichuan Province"

    def page1(c):
        rect(c, 0, 0, W, H, None, (1, 1, 1))
        txt(c, W / 2, H - 80, "公  证  书", "CJK", 24, align="center")
        txt(
            c,
            W - 60,
            H - 120,
            f"（{p.dob.year + 30}）川成证字第{info['reg_no']}号",
            "CJK",
            10,
            align="right",
        )
        txt(
            c,
            60,
            H - 170,
            f"申请人：{nat['surname']}{nat['given']}，女，{p.dob.year}年{p.dob.month}月"
            f"{p.dob.day}日出生。"
            if p.sex == "F"
            else f"申请人：{nat['surname']}{nat['given']}，男，{p.dob.year}年{p.dob.month}月{p.dob.day}日出生。",
            "CJK",
            11,
        )
        txt(c, W / 2, H - 220, "公证事项：出生", "CJK", 12, align="center")
        txt(
            c,
            60,
            H - 270,
            f"兹证明{nat['surname']}{nat['given']}于{p.dob.year}年{p.dob.month}月"
            f"{p.dob.day}日在四川省成都市出生。",
            "CJK",
            12,
        )
        txt(
            c,
            60,
            H - 300,
            f"{nat['surname']}{nat['given']}的父亲是{nat.get('father', '')}，"
            f"母亲是{nat.get('mother', '')}。",
            "CJK",
            12,
        )
        txt(c, W - 80, 260, "中华人民共和国四川省成都市蜀都公证处", "CJK", 11, align="right")
        txt(c, W - 80, 235, "公证员", "CJK", 11, align="right")
        signature(c, W - 220, 180, 120, 40, p.key + "cn", (0.05, 0.05, 0.1), 0.9)
        txt(
            c,
            W - 80,
            160,
            f"{info['issue'].year}年{info['issue'].month}月{info['issue'].day}日",
            "CJK",
            11,
            align="right",
        )
        seal(
            c, W - 160, 220, 48, "四川省成都市蜀都公证处", "", (0.8, 0.1, 0.1), rng, 0.7, font="CJK"
        )

    def page2(c):
        rect(c, 0, 0, W, H, None, (1, 1, 1))
        txt(c, W / 2, H - 80, "NOTARIAL CERTIFICATE", "Serif-B", 18, align="center")
        txt(
            c,
            W - 60,
            H - 115,
            f"({p.dob.year + 30}) Chuan Cheng Zheng Zi No. {info['reg_no']}",
            "Serif",
            10,
            align="right",
        )
        y = H - 160
        for lab, val in [
            ("Applicant:", f"{giv} {sur}"),
            ("Surname:", sur),
            ("Given name:", giv),
            ("Sex:", "Female" if p.sex == "F" else "Male"),
            ("Date of birth:", K.d_words(p.dob, "en")),
            ("Place of birth:", place),
            ("Father:", info["father"]),
            ("Mother:", info["mother"]),
        ]:
            txt(c, 70, y, lab, "Serif", 11)
            txt(c, 200, y, val, "Serif-B", 11)
            y -= 22
        txt(c, W / 2, y - 20, "Subject: BIRTH", "Serif-B", 12, align="center")
        para(
            c,
            70,
            y - 60,
            f"This is to certify that {giv} {sur} was born on "
            f"{K.d_words(p.dob, 'en')} in {place}, People's Republic of China. The father of "
            f"{giv} {sur} is {info['father']} and the mother is {info['mother']}.",
            "Serif",
            11,
            W - 140,
            16,
        )
        txt(
            c,
            W - 80,
            250,
            "Shudu Notary Public Office, Chengdu City,",
            "Serif",
            10.5,
            align="right",
        )
        txt(
            c,
            W - 80,
            236,
            "Sichuan Province, The People's Republic of China",
            "Serif",
            10.5,
            align="right",
        )
        txt(c, W - 80, 210, "Notary Public: " + info["officer"], "Serif", 10.5, align="right")
        txt(c, W - 80, 190, K.d_words(info["issue"], "en"), "Serif", 10.5, align="right")
        seal(c, W - 180, 215, 46, "SHUDU NOTARY OFFICE CHENGDU", "", (0.8, 0.1, 0.1), rng, 0.6)

    return _doc(
        p,
        "CHN",
        "zh",
        sur,
        giv,
        place,
        [Page(W, H, page1), Page(W, H, page2)],
        notes="notarial birth certificate: Chinese page + English version page (fields "
        "taken from the English page)",
    )


def bc_vietnam(p: Person, info: dict, rng) -> Doc:
    full = f"{K.up(p.surname)} {K.up(p.given)}"
    sur, giv = K.up(p.surname), K.up(p.given)
    place = f"{info['hospital']}, {p.birth_city}"

    def draw(c):
        rect(c, 0, 0, W, H, None, (1, 0.99, 0.97))
        _border(c, W, H, (0.6, 0.2, 0.1), 22, lw=2.5)
        txt(c, W / 2, H - 60, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Serif-B", 12, align="center")
        txt(c, W / 2, H - 76, "Độc lập - Tự do - Hạnh phúc", "Serif-B", 11, align="center")
        line(c, W / 2 - 80, H - 82, W / 2 + 80, H - 82)
        txt(c, W / 2, H - 120, "GIẤY KHAI SINH", "Serif-B", 20, (0.6, 0.1, 0.1), align="center")
        txt(c, W / 2, H - 138, "(BẢN SAO)", "Serif", 10, align="center")
        txt(c, 60, H - 170, f"Số: {info['reg_no']}", "Serif", 10.5)
        y = H - 205
        rows = [
            ("Họ, chữ đệm, tên:", full),
            ("Ngày, tháng, năm sinh:", K.d_fr(p.dob)),
            ("ghi bằng chữ:", info["dob_words_vi"]),
            ("Giới tính:", "Nữ" if p.sex == "F" else "Nam"),
            ("Dân tộc:", "Kinh"),
            ("Quốc tịch:", "Việt Nam"),
            ("Nơi sinh:", place),
            ("Quê quán:", info["province"]),
            ("Số định danh cá nhân:", info["nuip"]),
            ("Họ, chữ đệm, tên người mẹ:", info["mother"]),
            ("Họ, chữ đệm, tên người cha:", info["father"]),
        ]
        _kv(c, 60, y, rows, 170, "Serif", "Serif-B", 11, 26, dotted=True, width=W - 120)
        txt(c, 60, 230, f"Nơi đăng ký: {info['office']}", "Serif", 10)
        txt(c, 60, 214, f"Ngày, tháng, năm đăng ký: {K.d_fr(info['reg_date'])}", "Serif", 10)
        txt(c, W - 70, 190, "NGƯỜI KÝ GIẤY KHAI SINH", "Serif-B", 10, align="right")
        signature(
            c, W - 230, 110, 150, 45, p.key + "vn", (0.05, 0.05, 0.3), 1.0, name=info["officer"]
        )
        seal(c, W - 160, 130, 40, "UBND PHƯỜNG * " + p.birth_city.upper(), "", (0.8, 0.1, 0.1), rng)

    return _doc(
        p,
        "VNM",
        "vi",
        sur,
        giv,
        place,
        [Page(W, H, draw)],
        notes="full name in one field (Họ, chữ đệm, tên), surname first",
    )


def bc_india(p: Person, info: dict, rng, variant: int = 0) -> Doc:
    place = f"{info['hospital']}, {p.birth_city}"
    sur, giv = K.up(p.surname), K.up(p.given)
    state = info["province"]

    def draw(c):
        rect(c, 0, 0, W, H, None, (1, 1, 0.97) if variant == 0 else (0.97, 0.99, 1))
        _border(c, W, H, (0.3, 0.3, 0.3), 20, lw=1.5)
        txt(c, W / 2, H - 55, f"GOVERNMENT OF {state.upper()}", "FreeSerif-B", 12, align="center")
        body = info["office"]
        txt(c, W / 2, H - 72, body.upper(), "FreeSerif-B", 11, align="center")
        txt(c, W / 2, H - 100, "BIRTH CERTIFICATE", "FreeSerif-B", 17, align="center")
        txt(
            c,
            W / 2,
            H - 116,
            "(ISSUED UNDER SECTION 12 / 17 OF THE REGISTRATION OF BIRTHS AND DEATHS ACT, 1969)",
            "FreeSerif",
            7.5,
            align="center",
        )
        para(
            c,
            60,
            H - 145,
            "This is to certify that the following information has been taken from"
            " the original record of birth which is the register for "
            + body
            + " of "
            + state
            + ".",
            "FreeSerif",
            10,
            W - 120,
        )
        y = H - 200
        rows = [
            ("NAME", f"{giv} {sur}"),
            ("SEX", "FEMALE" if p.sex == "F" else "MALE"),
            ("DATE OF BIRTH", K.d_fr(p.dob).replace("/", "-")),
            ("PLACE OF BIRTH", place.upper()),
            ("NAME OF MOTHER", info["mother"].upper()),
            ("NAME OF FATHER", info["father"].upper()),
            ("ADDRESS OF PARENTS AT THE TIME OF BIRTH OF THE CHILD", info["addr"].upper()),
            ("REGISTRATION NUMBER", info["reg_no"]),
            ("DATE OF REGISTRATION", K.d_fr(info["reg_date"]).replace("/", "-")),
        ]
        if variant == 0:
            for lab, val in rows:
                txt(c, 60, y, lab, "FreeSerif", 9.5)
                txt(c, 250, y, ":", "FreeSerif", 9.5)
                para(c, 262, y, val, "FreeSans-B", 10, W - 330)
                y -= 28 if len(val) < 45 else 40
        else:
            y = table(
                c,
                55,
                y + 10,
                [210, W - 320],
                [[a, b] for a, b in rows],
                "FreeSans",
                9.5,
                26,
                None,
                header=False,
            )
        txt(
            c,
            60,
            200,
            f"DATE OF ISSUE : {K.d_fr(info['issue']).replace('/', '-')}",
            "FreeSans-B",
            9.5,
        )
        txt(c, W - 60, 160, "ISSUING AUTHORITY", "FreeSans-B", 9.5, align="right")
        txt(c, W - 60, 148, info["officer"].upper() + ", REGISTRAR", "FreeSans", 8.5, align="right")
        signature(
            c, W - 220, 170, 150, 40, p.key + "in", (0.05, 0.05, 0.3), 1.0, name=info["officer"]
        )
        seal(c, W / 2, 150, 38, "REGISTRAR OF BIRTHS AND DEATHS", "", (0.3, 0.1, 0.5), rng)
        qr_like(c, 60, 60, 75, p.key + "inqr")
        txt(c, 150, 70, '"ENSURE REGISTRATION OF EVERY BIRTH AND DEATH"', "FreeSerif-B", 8)

    return _doc(p, "IND", "en", sur, giv, place, [Page(W, H, draw)], notes="full name in one field")


def bc_philippines(p: Person, info: dict, rng) -> Doc:
    sur, giv = K.up(p.surname), K.up(p.given)
    place = f"{info['hospital']}, {p.birth_city}, {info['province']}"

    def draw(c):
        rect(c, 0, 0, W, H, None, (0.99, 0.99, 0.95))
        guilloche(c, 0, 0, W, H, (0.4, 0.4, 0.2), random.Random(p.key + "ph"), n=14, alpha=0.1)
        txt(c, 40, H - 30, "Municipal Form No. 102", "Lib", 7)
        txt(c, 40, H - 40, "(Revised January 2007)", "Lib", 7)
        txt(c, W / 2, H - 35, "Republic of the Philippines", "Lib", 9, align="center")
        txt(c, W / 2, H - 47, "OFFICE OF THE CIVIL REGISTRAR GENERAL", "Lib-B", 10, align="center")
        txt(c, W / 2, H - 65, "CERTIFICATE OF LIVE BIRTH", "Lib-B", 15, align="center")
        txt(c, 40, H - 85, f"Province  {info['province'].upper()}", "Lib", 8.5)
        txt(c, 40, H - 97, f"City/Municipality  {p.birth_city.upper()}", "Lib", 8.5)
        txt(c, W - 40, H - 85, f"Registry No. {info['reg_no']}", "Lib-B", 9, align="right")
        y = H - 110

        def row(cells, y, h=30):
            x = 30
            for lab, val, w in cells:
                rect(c, x, y - h, w, h, (0, 0, 0), None, 0.5)
                txt(c, x + 3, y - 8, lab, "LibN", 6.5, maxw=w - 6)
                txt(c, x + 6, y - 23, val, "LibMono-B", 9.5, maxw=w - 10)
                x += w
            return y - h

        cw = W - 60
        txt(c, 32, y - 8, "CHILD", "Lib-B", 7)
        y -= 10
        y = row(
            [
                ("1. NAME (First)", giv, cw * 0.4),
                ("(Middle)", K.up(p.middle), cw * 0.3),
                ("(Last)", sur, cw * 0.3),
            ],
            y,
        )
        y = row(
            [
                ("2. SEX", "FEMALE" if p.sex == "F" else "MALE", cw * 0.25),
                (
                    "3. DATE OF BIRTH (Day) (Month) (Year)",
                    f"{p.dob.day} {K.MONTHS['en'][p.dob.month - 1]} {p.dob.year}",
                    cw * 0.75,
                ),
            ],
            y,
        )
        y = row(
            [
                (
                    "4. PLACE OF BIRTH (Name of Hospital/Clinic/Institution)",
                    info["hospital"].upper(),
                    cw * 0.5,
                ),
                ("(City/Municipality)", p.birth_city.upper(), cw * 0.25),
                ("(Province)", info["province"].upper(), cw * 0.25),
            ],
            y,
        )
        y = row(
            [
                ("5a. TYPE OF BIRTH", "SINGLE", cw * 0.33),
                ("5b. IF MULTIPLE BIRTH, CHILD WAS", "", cw * 0.33),
                ("5c. BIRTH ORDER", "FIRST", cw * 0.17),
                ("5d. WEIGHT AT BIRTH", "3100 grams", cw * 0.17),
            ],
            y,
        )
        txt(c, 32, y - 8, "MOTHER", "Lib-B", 7)
        y -= 10
        y = row(
            [
                ("6. MAIDEN NAME (First) (Middle) (Last)", info["mother"].upper(), cw * 0.7),
                ("7. CITIZENSHIP", "FILIPINO", cw * 0.3),
            ],
            y,
        )
        txt(c, 32, y - 8, "FATHER", "Lib-B", 7)
        y -= 10
        y = row(
            [
                ("13. NAME (First) (Middle) (Last)", info["father"].upper(), cw * 0.7),
                ("14. CITIZENSHIP", "FILIPINO", cw * 0.3),
            ],
            y,
        )
        y = row([("20a. DATE AND PLACE OF MARRIAGE OF PARENTS", info.get("marriage", ""), cw)], y)
        y = row(
            [
                ("22. CERTIFICATION OF INFORMANT", info["father"].upper(), cw * 0.5),
                (
                    "24. RECEIVED AT THE OFFICE OF THE CIVIL REGISTRAR",
                    K.d_fr(info["reg_date"]),
                    cw * 0.5,
                ),
            ],
            y,
        )
        rect(c, 30, 60, W - 60, 110, (0.2, 0.2, 0.2), (1, 1, 1), 0.6)
        txt(c, 40, 155, "PHILIPPINE STATISTICS AUTHORITY", "Lib-B", 9)
        para(
            c,
            40,
            140,
            "This is a certified true copy of the record of birth on file with this "
            f"office. Issued on {K.d_words(info['issue'], 'en')} upon request.",
            "Lib",
            8.5,
            W - 260,
        )
        signature(
            c, W - 220, 85, 150, 40, p.key + "psa", (0.05, 0.05, 0.3), 0.9, name=info["officer"]
        )
        txt(
            c,
            W - 145,
            72,
            info["officer"].upper() + ", Civil Registrar General",
            "Lib",
            7,
            align="center",
        )
        barcode(c, 40, 70, 160, 22, p.key + "psabar")

    return _doc(
        p,
        "PHL",
        "en",
        sur,
        giv,
        place,
        [Page(W, H, draw)],
        notes=f"middle name box '{K.up(p.middle)}' (mother's maiden surname)",
    )


def bc_pakistan(p: Person, info: dict, rng) -> Doc:
    sur, giv = K.up(p.surname), K.up(p.given)
    place = f"{p.birth_city}, Punjab"

    def draw(c):
        rect(c, 0, 0, W, H, None, (0.97, 1, 0.97))
        rect(c, 0, H - 90, W, 90, None, (0.05, 0.35, 0.15))
        txt(
            c,
            W / 2,
            H - 35,
            "GOVERNMENT OF THE PUNJAB",
            "FreeSans-B",
            14,
            (1, 1, 1),
            align="center",
        )
        txt(
            c,
            W / 2,
            H - 52,
            "LOCAL GOVERNMENT & COMMUNITY DEVELOPMENT DEPARTMENT",
            "FreeSans",
            9,
            (1, 1, 1),
            align="center",
        )
        txt(
            c,
            W / 2,
            H - 75,
            "BIRTH REGISTRATION CERTIFICATE",
            "FreeSans-B",
            15,
            (1, 1, 1),
            align="center",
        )
        txt(c, 40, H - 115, f"Union Council: {info['office']}", "FreeSans", 10)
        txt(
            c, W - 40, H - 115, f"Certificate No: {info['reg_no']}", "FreeSans-B", 10, align="right"
        )
        rows = [
            ["Field", "Particulars"],
            ["Name of Child", f"{giv} {sur}"],
            ["Gender", "Female" if p.sex == "F" else "Male"],
            ["Date of Birth", K.d_fr(p.dob).replace("/", "-")],
            ["Place of Birth", place],
            ["Religion", "Islam"],
            ["Father's Name", info["father"]],
            ["Father's CNIC", info["nuip"]],
            ["Mother's Name", info["mother"]],
            ["Date of Registration", K.d_fr(info["reg_date"])],
            ["Date of Issue", K.d_fr(info["issue"])],
        ]
        table(
            c,
            50,
            H - 140,
            [180, W - 280],
            rows,
            "FreeSans",
            10,
            28,
            (0.85, 0.95, 0.88),
            "FreeSans-B",
            zebra=(0.95, 0.98, 0.95),
        )
        txt(c, W - 60, 190, "Secretary Union Council", "FreeSans-B", 10, align="right")
        signature(
            c, W - 220, 200, 150, 40, p.key + "pk", (0.05, 0.05, 0.3), 0.9, name=info["officer"]
        )
        seal(c, 140, 190, 40, "UNION COUNCIL * LAHORE", "", (0.1, 0.3, 0.6), rng)
        qr_like(c, 50, 60, 70, p.key + "pkqr")
        txt(c, 130, 70, "Computerized certificate - verify at the NADRA portal", "FreeSans", 8)

    return _doc(
        p, "PAK", "en", sur, giv, place, [Page(W, H, draw)], notes="child's name in one field"
    )


def bc_lebanon(p: Person, info: dict, rng) -> Doc:
    sur, giv = K.up(p.surname), p.given
    place = p.birth_city

    def draw(c):
        rect(c, 0, 0, W, H, None, (0.99, 0.99, 0.99))
        draw_shaped(c, W - 40, H - 45, "الجمهورية اللبنانية", "Amiri", 13, align="right")
        draw_shaped(c, W - 40, H - 65, "وزارة الداخلية والبلديات", "Amiri", 11, align="right")
        draw_shaped(
            c, W - 40, H - 85, "المديرية العامة للأحوال الشخصية", "Amiri", 11, align="right"
        )
        txt(c, 40, H - 45, "RÉPUBLIQUE LIBANAISE", "Serif-B", 11)
        txt(c, 40, H - 60, "Ministère de l'Intérieur et des Municipalités", "Serif", 9)
        txt(c, 40, H - 73, "Direction Générale du Statut Personnel", "Serif", 9)
        draw_shaped(c, W / 2, H - 120, "إخراج قيد فردي", "Amiri", 16, align="center")
        txt(c, W / 2, H - 140, "EXTRAIT D'ÉTAT CIVIL INDIVIDUEL", "Serif-B", 13, align="center")
        rows = [
            ("Nom", "الشهرة", sur),
            ("Prénom", "الاسم", giv),
            ("Nom du père", "اسم الأب", info["father"]),
            ("Nom et prénom de la mère", "اسم الأم وشهرتها", info["mother"]),
            ("Lieu et date de naissance", "محل وتاريخ الولادة", f"{place}  {K.d_fr(p.dob)}"),
            ("Sexe", "الجنس", "Féminin" if p.sex == "F" else "Masculin"),
            ("Confession", "المذهب", "—"),
            ("Situation familiale", "الوضع العائلي", "Célibataire"),
            ("Numéro du registre", "رقم السجل", info["reg_no"]),
        ]
        y = H - 175
        for fr, ar, val in rows:
            rect(c, 40, y - 10, W - 80, 28, (0.5, 0.5, 0.5), None, 0.4)
            txt(c, 46, y, fr, "Serif", 9.5)
            txt(c, 210, y, val, "Serif-B", 10.5, maxw=220)
            draw_shaped(c, W - 48, y + 1, ar, "Amiri", 10, align="right")
            y -= 28
        txt(c, 40, y - 30, f"Beyrouth, le {K.d_fr(info['issue'])}", "Serif", 10)
        txt(c, W - 60, y - 30, "Le préposé à l'état civil", "Serif", 10, align="right")
        signature(
            c, W - 220, y - 100, 150, 45, p.key + "lb", (0.05, 0.05, 0.3), 1.0, name=info["officer"]
        )
        seal(
            c,
            W - 300,
            y - 80,
            40,
            "DIRECTION GÉNÉRALE DU STATUT PERSONNEL",
            "",
            (0.1, 0.35, 0.3),
            rng,
        )
        rect_stamp(c, 50, 90, 120, 46, ["TIMBRE FISCAL", "1000 L.L."], (0.5, 0.1, 0.3), rng)

    return _doc(
        p,
        "LBN",
        "fr",
        sur,
        giv,
        place,
        [Page(W, H, draw)],
        notes="bilingual Arabic/French; Lebanon requires legalisation (not an apostille country)",
    )


# ====================================================================== apostille
APOSTILLE_LBL = {
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
        "No",
        "Seal/stamp:",
        "Signature:",
    ],
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
        "sous n°",
        "Sceau / timbre :",
        "Signature :",
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
        "tem o selo/carimbo de",
        "Certificado",
        "em",
        "no dia",
        "por",
        "sob o nº",
        "Selo/carimbo:",
        "Assinatura:",
    ],
    "uk": [
        "Країна:",
        "Цей офіційний документ",
        "підписаний",
        "який виступає як",
        "скріплений печаткою/штампом",
        "Засвідчено",
        "в",
        "дата",
        "ким",
        "№",
        "Печатка/штамп:",
        "Підпис:",
    ],
    "ru": [
        "Страна:",
        "Настоящий официальный документ",
        "подписан",
        "выступающим в качестве",
        "скреплен печатью/штампом",
        "Удостоверено",
        "в",
        "дата",
        "кем",
        "№",
        "Печать/штамп:",
        "Подпись:",
    ],
    "tr": [
        "Ülke:",
        "Bu resmi belge",
        "tarafından imzalanmıştır",
        "sıfatıyla hareket eden",
        "mühür/damgasını taşır",
        "Onaylandı",
        "yer",
        "tarih",
        "tarafından",
        "No",
        "Mühür/damga:",
        "İmza:",
    ],
}


def apostille(
    country: str,
    country_name: str,
    issued_on: dt.date,
    number: str,
    signed_by: str,
    doc_signer: str,
    signer_role: str,
    authority: str,
    place: str,
    lang: str,
    rng,
    style: int = 0,
    key: str = "",
) -> Doc:
    L = APOSTILLE_LBL[lang]
    font, bold = ("Serif", "Serif-B") if style != 1 else ("Sans", "Sans-B")
    if lang == "en":
        date_s = K.d_words(issued_on, "en")
    elif lang in ("uk", "ru", "tr"):
        date_s = K.d_dot(issued_on)
    else:
        date_s = K.d_fr(issued_on)

    def body(c, x, y, w, scale=1.0):
        fs = 10.5 * scale
        txt(c, x + w / 2, y, "APOSTILLE", bold, 20 * scale, align="center")
        txt(
            c,
            x + w / 2,
            y - 18 * scale,
            "(Convention de La Haye du 5 octobre 1961)",
            font,
            9.5 * scale,
            align="center",
        )
        y -= 46 * scale
        items = [
            ("1.", L[0], country_name),
            (None, L[1], None),
            ("2.", L[2], doc_signer),
            ("3.", L[3], signer_role),
            ("4.", L[4], authority),
            (None, L[5], None),
            ("5.", L[6], place),
            ("6.", L[7], date_s),
            ("7.", L[8], signed_by),
            ("8.", L[9], number),
            ("9.", L[10], ""),
            ("10.", L[11], ""),
        ]
        for num, lab, val in items:
            if num is None:
                txt(c, x + w / 2, y, lab, bold, fs, align="center")
            else:
                txt(c, x, y, num, font, fs)
                txt(c, x + 22 * scale, y, lab, font, fs)
                if val:
                    from reportlab.pdfbase.pdfmetrics import stringWidth

                    lw = stringWidth(lab, font, fs) + 28 * scale
                    txt(c, x + lw, y, val, bold, fs, maxw=w - lw)
            y -= 21 * scale
        seal(
            c,
            x + w * 0.3,
            y + 10 * scale,
            34 * scale,
            authority.upper()[:40],
            "",
            (0.15, 0.2, 0.55),
            rng,
        )
        signature(
            c,
            x + w * 0.55,
            y,
            w * 0.4,
            34 * scale,
            key + "apsig",
            (0.05, 0.05, 0.25),
            1.0,
            name=signed_by,
        )

    def draw(c):
        rect(c, 0, 0, W, H, None, (1, 1, 1) if style != 2 else (0.98, 0.98, 0.94))
        if style == 0:
            rect(c, 70, H - 520, W - 140, 450, (0, 0, 0), None, 1.5)
            body(c, 90, H - 100, W - 180)
        elif style == 1:
            rect(c, 0, H - 60, W, 60, None, (0.15, 0.25, 0.45))
            txt(c, 40, H - 38, authority.upper(), "Sans-B", 12, (1, 1, 1), maxw=W - 80)
            body(c, 80, H - 110, W - 160)
            qr_like(c, W - 140, 60, 90, key + "apqr")
            para(
                c,
                40,
                110,
                f"Verify this apostille online with its number {number} and the issuing date.",
                "Sans",
                8.5,
                W - 200,
            )
        else:
            guilloche(
                c,
                50,
                H - 560,
                W - 100,
                500,
                (0.3, 0.4, 0.2),
                random.Random(key + "ap"),
                n=12,
                alpha=0.18,
            )
            rect(c, 50, H - 560, W - 100, 500, (0.3, 0.4, 0.2), None, 2.5)
            body(c, 75, H - 110, W - 150)

    f = {
        "country": country,
        "issued_on": issued_on.isoformat(),
        "number": number,
        "signed_by": signed_by,
    }
    return Doc("apostille", f, [Page(W, H, draw)], key=key + "apo")


def apostille_stamp_drawer(country_name, issued_on, number, signed_by, authority, place, rng, key):
    """Return a function that draws a compact apostille stamp on a page (bottom-left area)."""

    def draw(c, x=40, y=40, w=250, h=150):
        c.saveState()
        c.translate(x + w / 2, y + h / 2)
        c.rotate(rng.uniform(-4, 4))
        c.translate(-w / 2, -h / 2)
        rect(c, 0, 0, w, h, (0.1, 0.2, 0.55), (0.95, 0.96, 1), 1.2)
        cc = (0.1, 0.2, 0.55)
        txt(c, w / 2, h - 14, "APOSTILLE", "Sans-B", 11, cc, align="center")
        txt(
            c,
            w / 2,
            h - 24,
            "(Convention de La Haye du 5 octobre 1961)",
            "Sans",
            6,
            cc,
            align="center",
        )
        rows = [
            f"1. Country: {country_name}",
            "This public document",
            "2. has been signed by: the Registrar",
            "3. acting in the capacity of: Registrar",
            f"4. bears the seal of: {authority}",
            "Certified",
            f"5. at {place}   6. the {K.d_fr(issued_on)}",
            f"7. by {signed_by}",
            f"8. No {number}",
            "9. Seal/stamp:          10. Signature:",
        ]
        yy = h - 36
        for r in rows:
            txt(c, 8, yy, r, "Sans", 6.2, cc, maxw=w - 14)
            yy -= 10.5
        signature(c, w * 0.55, 4, w * 0.4, 20, key + "stsig", (0.05, 0.05, 0.3), 0.7)
        c.restoreState()

    return draw


# ====================================================================== translation
def translation(
    p: Person,
    bc: Doc,
    src_lang_fr: str,
    translator: str,
    court: str,
    issued_on: dt.date,
    number: str,
    rng,
    key: str,
) -> Doc:
    f = bc.fields

    def draw(c):
        rect(c, 0, 0, W, H, None, (1, 1, 1))
        txt(c, 50, H - 50, translator, "LibSerif-B", 12)
        txt(c, 50, H - 64, f"Traducteur-interprète expert près la {court}", "LibSerif-I", 10)
        txt(c, 50, H - 77, "Langues : " + src_lang_fr + " - français", "LibSerif", 9.5)
        txt(c, W - 50, H - 50, f"Traduction n° {number}", "LibSerif", 10, align="right")
        txt(c, W / 2, H - 120, "TRADUCTION", "LibSerif-B", 16, align="center")
        txt(
            c,
            W / 2,
            H - 136,
            f"(de l'{src_lang_fr} vers le français)"
            if src_lang_fr[0] in "aeiou"
            else f"(du {src_lang_fr} vers le français)",
            "LibSerif-I",
            10,
            align="center",
        )
        txt(c, W / 2, H - 170, "ACTE DE NAISSANCE", "LibSerif-B", 13, align="center")
        rows = [
            ("Nom de famille :", p.native.get("surname_tr", f["surname"])),
            ("Prénom :", p.native.get("given_tr", f["given_names"])),
            ("Patronyme :", p.native.get("patronymic_tr", "—")),
            ("Date de naissance :", K.d_words(p.dob)),
            ("Lieu de naissance :", p.native.get("place_tr", f["place_of_birth"])),
            ("Père :", p.native.get("father_tr", "—")),
            ("Mère :", p.native.get("mother_tr", "—")),
        ]
        y = H - 210
        for lab, val in rows:
            txt(c, 70, y, lab, "LibSerif", 11)
            txt(c, 220, y, val, "LibSerif-B", 11)
            y -= 24
        para(
            c,
            70,
            y - 20,
            "[Sceau rond : service de l'état civil]  [Signature illisible]  "
            "[Apostille jointe, traduite en annexe]",
            "LibSerif-I",
            10,
            W - 140,
        )
        para(
            c,
            50,
            250,
            f"Je soussigné(e), {translator}, traducteur-interprète expert près la "
            f"{court}, certifie que la présente traduction est conforme à l'original rédigé en "
            f"langue {src_lang_fr} qui m'a été présenté.",
            "LibSerif",
            10,
            W - 100,
        )
        txt(c, 50, 190, f"Fait à Paris, le {K.d_fr(issued_on)}", "LibSerif", 10)
        signature(c, W - 230, 130, 160, 45, key + "tr", (0.05, 0.05, 0.3), 1.0, name=translator)
        seal(
            c,
            W - 320,
            160,
            42,
            translator.upper() + " * EXPERT",
            "TRADUCTEUR\nEXPERT",
            (0.1, 0.3, 0.6),
            rng,
        )

    return Doc(
        "translation",
        {},
        [Page(W, H, draw)],
        key=key + "trad",
        notes="sworn translation into French of the birth certificate",
    )


BUILDERS = {
    "MAR": bc_maroc,
    "DZA": bc_algerie,
    "TUN": bc_tunisie,
    "SEN": bc_senegal,
    "CIV": bc_cote_ivoire,
    "CMR": bc_cameroun,
    "NGA": bc_nigeria,
    "HTI": bc_haiti,
    "USA": bc_usa,
    "CAN": bc_canada_qc,
    "MEX": bc_mexico,
    "COL": bc_colombia,
    "PER": bc_peru,
    "VEN": bc_venezuela,
    "BRA": bc_brazil,
    "GBR": bc_uk,
    "UKR": bc_ukraine,
    "RUS": bc_russia,
    "TUR": bc_turkey,
    "CHN": bc_china,
    "VNM": bc_vietnam,
    "IND": bc_india,
    "PHL": bc_philippines,
    "PAK": bc_pakistan,
    "LBN": bc_lebanon,
}


def birth_certificate(p: Person, country: str, info: dict, rng, variant: int = 0) -> Doc:
    if country in ("ITA", "PRT", "ESP"):
        return bc_eu_multilingual(p, info, rng, country)
    if country == "IND":
        return bc_india(p, info, rng, variant)
    return BUILDERS[country](p, info, rng)


__all__ = ["apostille", "apostille_stamp_drawer", "birth_certificate", "col", "star", "translation"]
