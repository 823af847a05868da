"""Documents issued abroad: passports, birth certificates, apostille, legalisation stamps."""

from __future__ import annotations

import math
import random

from PIL import Image, ImageDraw

import kit
from kit import Page

MON = "JAN FEB MAR APR MAY JUN JUL AUG SEP OCT NOV DEC".split()
MOIS = "JANV FÉVR MARS AVR MAI JUIN JUIL AOÛT SEPT OCT NOV DÉC".split()


def pp_date(d: str) -> str:
    m = int(d[5:7]) - 1
    return f"{d[8:10]} {MOIS[m]}/{MON[m]} {d[:4]}"


def guilloche(w, h, rng, color):
    """Fine wavy security-print lines, faint."""
    img = Image.new("RGBA", (w, h), (0, 0, 0, 0))
    d = ImageDraw.Draw(img)
    n = 70
    period = rng.uniform(w / 10, w / 5)
    for k in range(n):
        ph = k * 0.35
        amp = h / 90 + (k % 5) * h / 500
        y0 = h * k / n
        pts = [(x, y0 + amp * math.sin(x / period * 6.28 + ph)) for x in range(0, w + 6, 6)]
        d.line(pts, fill=color + (55,), width=1)
    return img


def passport(p: dict, rng: random.Random) -> Page:
    """Open passport: upper inner page (half) + the data page, ID-3 size 125 x 88 mm."""
    W, Hh = 354.0, 249.0
    pg = Page((W + 20, Hh * 2 + 20), bg=(250, 250, 250))
    x0, y0 = 10, 10 + Hh
    tint = p["tint"]
    pg.rect(10, 10, W, Hh, stroke=(200, 200, 200), fill=tuple(min(255, c + 18) for c in tint))
    pg.image(10, 10, W, Hh, guilloche(708, 498, rng, p["ink"]))
    pg.text(10 + W / 2, 60, p["inner"], "serif", 8, p["ink"], "c")
    pg.text(10 + W / 2, 74, p["inner2"], "serif", 7, p["ink"], "c")
    pg.rect(x0, y0, W, Hh, stroke=(190, 190, 190), fill=tint)
    pg.image(x0, y0, W, Hh, guilloche(708, 498, rng, p["ink"]))
    pg.text(x0 + W / 2, y0 + 16, p["state"], "sansb", 8.5, p["ink"], "c")
    if p.get("state_ar"):
        pg.pil_text(x0 + W / 2, y0 + 30, p["state_ar"], "arabicb", 9, p["ink"], "c", rtl=True)
    pg.text(
        x0 + W / 2,
        y0 + 40 if p.get("state_ar") else y0 + 27,
        p["title"],
        "sans",
        6.5,
        p["ink"],
        "c",
    )
    pg.image(x0 + 12, y0 + 52, 78, 100, kit.face(rng, skin=p.get("skin", (110, 75, 50))))
    fx = x0 + 102
    rows = [
        ("Type / Type", "P", "Code / Code", p["country"], "N° / No.", p["number"]),
    ]
    y = y0 + 52
    for a, av, b, bv, c, cv in rows:
        pg.text(fx, y, a, "sans", 4.8, p["ink"])
        pg.text(fx + 52, y, b, "sans", 4.8, p["ink"])
        pg.text(fx + 120, y, c, "sans", 4.8, p["ink"])
        pg.text(fx, y + 9, av, "sansb", 7.5)
        pg.text(fx + 52, y + 9, bv, "sansb", 7.5)
        pg.text(fx + 120, y + 9, cv, "sansb", 8, p.get("numcolor", (0, 0, 0)))
    y += 22
    fields = [
        ("Nom / Surname", p["surname"]),
        ("Prénoms / Given names", p["given"]),
        ("Nationalité / Nationality", p["nationality"]),
    ]
    for lab, val in fields:
        pg.text(fx, y, lab, "sans", 4.8, p["ink"])
        pg.text(fx, y + 9, val, "sansb", 7.5)
        y += 19
    pg.text(fx, y, "Date de naissance / Date of birth", "sans", 4.8, p["ink"])
    pg.text(fx + 130, y, "Sexe / Sex", "sans", 4.8, p["ink"])
    pg.text(fx, y + 9, pp_date(p["dob"]), "sansb", 7.5)
    pg.text(fx + 130, y + 9, p["sex"], "sansb", 7.5)
    y += 19
    pg.text(fx, y, "Lieu de naissance / Place of birth", "sans", 4.8, p["ink"])
    pg.text(fx, y + 9, p["pob"], "sansb", 7.5)
    y += 19
    pg.text(fx, y, "Date de délivrance / Date of issue", "sans", 4.8, p["ink"])
    pg.text(fx + 120, y, "Autorité / Authority", "sans", 4.8, p["ink"])
    pg.text(fx, y + 9, pp_date(p["issued"]), "sansb", 7.5)
    pg.text(fx + 120, y + 9, p["authority"], "sansb", 6.5)
    y += 19
    pg.text(fx, y, "Date d'expiration / Date of expiry", "sans", 4.8, p["ink"])
    pg.text(fx, y + 9, pp_date(p["expiry"]), "sansb", 7.5)
    pg.image(x0 + 20, y0 + 156, 60, 22, kit.signature(rng, p["given"], (20, 20, 20), 300, 110))
    l1, l2 = kit.mrz_td3(
        "P",
        p["country"],
        p["surname"],
        p["given"],
        p["number"],
        p["country"],
        p["dob"],
        p["sex"],
        p["expiry"],
        p.get("personal", ""),
    )
    pg.rect(x0, y0 + 198, W, 51, stroke=None, fill=(245, 245, 240))
    pg.pil_text(x0 + 12, y0 + 220, l1, "ocrb", 9.6)
    pg.pil_text(x0 + 12, y0 + 238, l2, "ocrb", 9.6)
    pg.mrz = (l1, l2)
    return pg


# ---------------------------------------------------------------- birth certificates


def _paper(rng, tint=(250, 248, 240), pattern=None):
    pg = Page(bg=tint)
    if pattern:
        pg.image(0, 0, kit.A4[0], kit.A4[1], guilloche(1190, 1684, rng, pattern))
    return pg


def morocco_birth(a: dict, rng) -> Page:
    """Extrait d'acte de naissance, bilingual French / Arabic, état civil of a commune."""
    pg = _paper(rng, (246, 249, 244), (120, 170, 140))
    ink = (20, 20, 20)
    pg.text(50, 50, "ROYAUME DU MAROC", "sansb", 10)
    pg.pil_text(545, 50, "المملكة المغربية", "arabicb", 12, ink, "r", rtl=True)
    pg.text(50, 64, "Ministère de l'Intérieur", "sans", 8.5)
    pg.pil_text(545, 66, "وزارة الداخلية", "arabic", 11, ink, "r", rtl=True)
    pg.text(50, 78, f"Province / Préfecture : {a['province']}", "sans", 8.5)
    pg.text(50, 92, f"Commune : {a['commune']}", "sans", 8.5)
    pg.pil_text(545, 86, "عمالة فاس - جماعة فاس", "arabic", 11, ink, "r", rtl=True)
    pg.text(50, 106, f"Bureau de l'état civil : {a['bureau']}", "sans", 8.5)
    pg.pil_text(545, 106, "مكتب الحالة المدنية", "arabic", 11, ink, "r", rtl=True)
    pg.rect(170, 128, 255, 44, stroke=(30, 30, 30), lw=1.1)
    pg.text(297, 146, "EXTRAIT D'ACTE DE NAISSANCE", "sansb", 11.5, ink, "c")
    pg.pil_text(297, 166, "نسخة موجزة من رسم الولادة", "arabicb", 12, ink, "c", rtl=True)
    pg.text(50, 195, f"Acte n° : {a['acte']}      Année : {a['annee']}", "sans", 9)
    pg.pil_text(545, 195, "رقم الرسم", "arabic", 10, ink, "r", rtl=True)
    rows = [
        ("Nom", "الاسم العائلي", a["surname"], a["surname_ar"]),
        ("Prénom", "الاسم الشخصي", a["given"], a["given_ar"]),
        ("Date de naissance", "تاريخ الازدياد", a["dob_words"], a["dob_ar"]),
        ("Correspondant au", "الموافق", a["hijri"], ""),
        ("Lieu de naissance", "مكان الازدياد", a["pob"], a["pob_ar"]),
        ("Sexe", "الجنس", a["sex_fr"], a["sex_ar"]),
        ("Nationalité", "الجنسية", "Marocaine", "مغربية"),
        ("Fils / Fille de", "ابن(ة)", a["father"], a["father_ar"]),
        ("et de", "و", a["mother"], a["mother_ar"]),
    ]
    y = 222
    for fr, ar, v, var in rows:
        pg.line(50, y + 8, 545, y + 8, (150, 160, 150), 0.4)
        pg.text(50, y, fr, "sans", 8)
        pg.text(150, y, v, "serifb", 10.5)
        if var:
            pg.pil_text(440, y + 1, var, "arabic", 11, ink, "r", rtl=True)
        pg.pil_text(545, y + 1, ar, "arabic", 9.5, (60, 60, 60), "r", rtl=True)
        y += 27
    y += 8
    pg.text(50, y, "Mentions marginales : Néant", "sans", 8.5)
    pg.pil_text(545, y, "البيانات الهامشية: لا شيء", "arabic", 10, ink, "r", rtl=True)
    y += 30
    y = pg.wrap(
        50,
        y,
        "Nous, officier de l'état civil soussigné, certifions le présent extrait conforme aux "
        "indications portées sur le registre de l'état civil.",
        495,
        "sans",
        8.5,
    )
    pg.text(330, y + 24, f"{a['commune'].split()[0]}, le {kit.fr_date(a['issued'])}", "sans", 9)
    pg.text(330, y + 40, "L'officier de l'état civil", "sans", 9)
    pg.pil_text(545, y + 56, "ضابط الحالة المدنية", "arabic", 10, ink, "r", rtl=True)
    pg.image(
        300,
        y + 48,
        110,
        110,
        kit.stamp(["ROYAUME DU MAROC", "COMMUNE DE FES", "ETAT CIVIL"], rng, (60, 70, 150)),
    )
    pg.image(380, y + 80, 120, 50, kit.signature(rng, a["officer"], (30, 30, 110)))
    pg.text(50, 800, "Modèle réglementaire - Imprimerie officielle", "sans", 6, (90, 90, 90))
    return pg


def apostille_page(ap: dict, rng, bilingual_ar=False) -> Page:
    """Hague Convention model apostille with its 10 numbered items."""
    pg = Page(bg=(252, 252, 250))
    x, y, w = 90, 90, 415
    pg.rect(x, y, w, 470, stroke=(30, 30, 30), lw=1.2)
    pg.text(x + w / 2, y + 34, "APOSTILLE", "serifb", 20, (0, 0, 0), "c")
    if bilingual_ar:
        pg.pil_text(x + w / 2, y + 60, "أبوستيل", "arabicb", 13, (0, 0, 0), "c", rtl=True)
    pg.text(
        x + w / 2, y + 76, "(Convention de La Haye du 5 octobre 1961)", "serif", 10, (0, 0, 0), "c"
    )
    items = [
        ("1. Pays :", ap["country"]),
        ("Le présent acte public", None),
        ("2. a été signé par", ap["doc_signer"]),
        ("3. agissant en qualité de", ap["doc_role"]),
        ("4. est revêtu du sceau / timbre de", ap["doc_seal"]),
        ("Attesté", None),
        ("5. à", ap["place"]),
        ("6. le", kit.fr_date(ap["issued_on"])),
        ("7. par", ap["authority"]),
        ("8. sous n°", ap["number"]),
        ("9. Sceau / timbre :", ""),
        ("10. Signature :", ap["signed_by"]),
    ]
    yy = y + 108
    for lab, val in items:
        if val is None:
            pg.text(x + w / 2, yy, lab, "serifb", 10.5, (0, 0, 0), "c")
        else:
            pg.text(x + 16, yy, lab, "serif", 10)
            pg.text(x + 16 + kit.text_width(lab, "serif", 10) + 6, yy, val, "typew", 9.5)
        yy += 26
    pg.image(x + 40, y + 340, 120, 120, kit.stamp(ap["stamp"], rng, (40, 60, 150)))
    pg.image(x + 220, y + 370, 150, 62, kit.signature(rng, ap["signed_by"]))
    return pg


def senegal_birth(a: dict, rng) -> Page:
    """Extrait du registre des actes de naissance, centre d'état civil (Sénégal)."""
    pg = _paper(rng, (252, 251, 246))
    ink = (25, 25, 25)
    pg.text(50, 52, "RÉPUBLIQUE DU SÉNÉGAL", "sansb", 10)
    pg.text(50, 64, "Un Peuple - Un But - Une Foi", "serif", 8, (60, 60, 60))
    pg.text(50, 82, f"RÉGION DE {a['region']}", "sans", 8)
    pg.text(50, 94, f"DÉPARTEMENT DE {a['departement']}", "sans", 8)
    pg.text(50, 106, f"COMMUNE DE {a['commune']}", "sans", 8)
    pg.text(50, 118, f"CENTRE D'ÉTAT CIVIL : {a['centre']}", "sansb", 8)
    pg.rect(360, 46, 185, 56, stroke=(0, 0, 0), lw=0.8)
    pg.text(370, 62, f"Année : {a['annee']}", "sans", 9)
    pg.text(370, 78, f"N° dans le registre : {a['acte']}", "sans", 9)
    pg.text(370, 94, "Volet n° 1", "sans", 8)
    pg.text(297, 160, "EXTRAIT DU REGISTRE DES ACTES DE NAISSANCE", "sansb", 12.5, ink, "c")
    rows = [
        ("Le", a["dob_words"]),
        ("", f"({kit.fr_date(a['dob'])}) à {a['hour']}"),
        ("est né(e) à", a["pob"]),
        ("de sexe", a["sex_fr"]),
        ("Prénom(s)", a["given"]),
        ("Nom", a["surname"]),
        ("de (père)", a["father"]),
        ("et de (mère)", a["mother"]),
        ("domiciliés à", a["domicile"]),
    ]
    y = 200
    for lab, val in rows:
        pg.text(60, y, lab, "serif", 10)
        pg.line(150, y + 3, 540, y + 3, (120, 120, 120), 0.4, dash=1.5)
        pg.text(155, y, val, "typew", 11)
        y += 28
    y += 8
    pg.text(60, y, "Mentions marginales :", "serif", 10)
    pg.text(175, y, "Néant", "typew", 11)
    y += 34
    pg.text(60, y, "Pour extrait certifié conforme au registre,", "serif", 10)
    pg.text(330, y + 26, f"Délivré à {a['place']}, le {kit.fr_date(a['issued'])}", "serif", 10)
    pg.text(330, y + 42, "L'Officier de l'état civil", "serif", 10)
    pg.image(
        310,
        y + 50,
        105,
        105,
        kit.stamp(["CENTRE D'ETAT CIVIL", a["centre"][:18], "SENEGAL"], rng, (30, 80, 60)),
    )
    pg.image(400, y + 66, 130, 55, kit.signature(rng, a["officer"], (20, 40, 90)))
    pg.text(400, y + 136, a["officer"], "serif", 9)
    pg.rect(60, y + 60, 70, 82, stroke=(120, 120, 120), lw=0.5)
    pg.text(95, y + 96, "Timbre", "serif", 8, (100, 100, 100), "c")
    pg.text(95, y + 108, "fiscal", "serif", 8, (100, 100, 100), "c")
    return pg


def drc_birth(a: dict, rng) -> Page:
    """Acte de naissance (copie intégrale), officier de l'état civil, commune de Kinshasa."""
    pg = _paper(rng, (250, 247, 238))
    pg.text(297, 50, "RÉPUBLIQUE DÉMOCRATIQUE DU CONGO", "sansb", 11, (0, 0, 0), "c")
    pg.text(297, 64, "VILLE PROVINCE DE KINSHASA", "sans", 9, (0, 0, 0), "c")
    pg.text(297, 77, "COMMUNE DE KINSHASA", "sansb", 9.5, (0, 0, 0), "c")
    pg.text(297, 90, "BUREAU DE L'ÉTAT CIVIL", "sans", 9, (0, 0, 0), "c")
    pg.line(230, 96, 364, 96, (0, 0, 0), 0.6)
    pg.text(60, 124, f"ACTE DE NAISSANCE N° {a['acte']}", "sansb", 12)
    pg.text(60, 140, f"Volume {a['volume']}  -  Folio {a['folio']}", "sans", 9)
    pg.text(395, 124, "Copie intégrale", "serif", 10)
    body = (
        f"L'an {a['decl_words']}, à {a['decl_hour']}, devant Nous, {a['officer']}, Officier de "
        "l'état civil de la Commune de Kinshasa, a comparu "
        f"{a['declarant']}, lequel nous a déclaré que le {a['dob_words']} "
        f"({kit.fr_date(a['dob'])}) est né à {a['pob']}, un enfant de sexe {a['sex_fr']} "
        f"nommé {a['surname']} {a['given']}, fils de {a['father']}, de nationalité "
        f"congolaise, et de {a['mother']}, de nationalité congolaise, "
        f"tous deux domiciliés à {a['domicile']}. Lecture faite et interprétation donnée en "
        "lingala, le comparant a signé avec Nous le présent acte."
    )
    y = pg.wrap(60, 178, body, 475, "serif", 11.5, lead=19)
    y += 14
    pg.text(60, y, "Le Comparant", "serif", 10.5)
    pg.text(360, y, "L'Officier de l'état civil", "serif", 10.5)
    pg.image(60, y + 6, 110, 45, kit.signature(rng, a["declarant"], (30, 30, 30)))
    pg.image(355, y + 6, 140, 58, kit.signature(rng, a["officer"], (20, 30, 120)))
    pg.image(
        250,
        y - 10,
        110,
        110,
        kit.stamp(
            ["REPUBLIQUE DEMOCRATIQUE", "COMMUNE", "DE KINSHASA", "ETAT CIVIL"], rng, (50, 50, 160)
        ),
    )
    y += 110
    pg.text(60, y, "Pour copie certifiée conforme,", "serif", 10.5)
    pg.text(330, y + 18, f"Kinshasa, le {kit.fr_date(a['issued'])}", "serif", 10.5)
    pg.text(330, y + 34, "L'Officier de l'état civil", "serif", 10.5)
    pg.image(350, y + 38, 130, 54, kit.signature(rng, a["officer2"], (20, 30, 120)))
    pg.text(330, y + 102, a["officer2"], "serif", 10)
    return pg


def haiti_birth(a: dict, rng) -> Page:
    """Extrait des Archives nationales: acte de naissance, officier de l'état civil."""
    pg = _paper(rng, (251, 250, 244), (110, 130, 190))
    pg.text(297, 48, "RÉPUBLIQUE D'HAÏTI", "serifb", 13, (0, 0, 0), "c")
    pg.text(297, 62, "MINISTÈRE DE LA CULTURE ET DE LA COMMUNICATION", "serif", 8.5, (0, 0, 0), "c")
    pg.text(297, 78, "ARCHIVES NATIONALES D'HAÏTI", "serifb", 11, (0, 0, 0), "c")
    pg.text(297, 104, "EXTRAIT DES ARCHIVES", "serifb", 14, (0, 0, 0), "c")
    pg.text(297, 120, "ACTE DE NAISSANCE", "serifb", 11, (0, 0, 0), "c")
    pg.text(
        60,
        146,
        f"Registre : {a['registre']}   Année : {a['annee']}   Acte N° : {a['acte']}",
        "serif",
        10,
    )
    pg.text(60, 160, f"Feuillet : {a['feuillet']}   Section : {a['section']}", "serif", 10)
    body = (
        f"Par-devant Nous, {a['officer']}, Officier de l'État Civil de la section "
        f"{a['section']}, soussigné, a comparu {a['declarant']}, demeurant et domicilié à "
        f"{a['domicile']}, identifié, lequel nous a déclaré que le {a['dob_words']} "
        f"({kit.fr_date(a['dob'])}) est née en cette ville, à {a['hour']}, une enfant du sexe "
        f"{a['sex_fr']}, qu'il nous a présentée et à laquelle il a donné les noms et prénoms de "
        f"{a['given']} {a['surname']}, fille de {a['father']} et de {a['mother']}. "
        "En foi de quoi nous avons dressé le présent acte que le comparant a signé avec Nous "
        "après lecture faite."
    )
    y = pg.wrap(60, 196, body, 475, "serif", 11.5, lead=18.5)
    y += 16
    y = pg.wrap(
        60,
        y,
        "Délivré conforme à l'original conservé aux Archives Nationales d'Haïti, pour servir "
        "et valoir ce que de droit.",
        475,
        "serif",
        10.5,
    )
    pg.text(320, y + 20, f"Port-au-Prince, le {kit.fr_date(a['issued'])}", "serif", 10.5)
    pg.text(320, y + 36, "Pour le Directeur Général", "serif", 10.5)
    pg.image(
        220,
        y + 20,
        110,
        110,
        kit.stamp(["ARCHIVES NATIONALES", "D'HAITI", "A.N.H."], rng, (150, 30, 40)),
    )
    pg.image(340, y + 44, 140, 56, kit.signature(rng, a["archivist"], (10, 10, 80)))
    pg.text(320, y + 114, a["archivist"], "serif", 10)
    pg.text(60, 800, f"Numéro de contrôle : {a['control']}", "mono", 7.5, (80, 80, 80))
    return pg


def legalisation_page(stamps: list[dict], rng) -> Page:
    """Verso of a certificate carrying legalisation stamps (ministry, then French embassy)."""
    pg = Page(bg=(249, 247, 238))
    y = 90
    for i, st in enumerate(stamps):
        x = 70 if i % 2 == 0 else 250
        img = kit.rect_stamp(st["lines"], rng, st.get("color", (40, 40, 140)), 620, 24)
        w = 270
        h = w * img.height / img.width
        pg.image(x, y, w, h, img)
        pg.image(x + 120, y + h - 10, 130, 52, kit.signature(rng, st["signer"]))
        if st.get("round"):
            pg.image(x + 20, y + h - 25, 85, 85, kit.stamp(st["round"], rng, (40, 50, 150)))
        if st.get("fiscal"):
            pg.rect(x + w + 20, y + 10, 60, 74, stroke=(160, 60, 60), fill=(236, 214, 200))
            pg.text(x + w + 50, y + 40, st["fiscal"], "sansb", 8, (140, 40, 40), "c")
            pg.text(x + w + 50, y + 54, "TIMBRE", "sans", 6.5, (140, 40, 40), "c")
        y += h + 90
    return pg
