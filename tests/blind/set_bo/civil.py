"""Civil-status papers: birth certificates (Morocco, DR Congo, Haiti, Russia), apostilles,
legalisation stamps, a sworn translation, and a prefecture receipt (recepisse)."""

from __future__ import annotations

import random

from reportlab.lib.pagesizes import A4
from reportlab.pdfbase.pdfmetrics import stringWidth

from common import arabic_image, box_stamp, draw_signature_rl, finish, new_canvas, seal

W, H = A4
INK = (0.12, 0.12, 0.15)


def _wrap(c, x, y, text, font, size, width, lead=None):
    """Greedy word wrap by measured width; returns the y below the last line."""
    lead = lead or size * 1.35
    c.setFont(font, size)
    for para in text.split("\n"):
        line = ""
        for word in para.split(" "):
            cand = (line + " " + word).strip()
            if line and stringWidth(cand, font, size) > width:
                c.drawString(x, y, line)
                y -= lead
                line = word
            else:
                line = cand
        c.drawString(x, y, line)
        y -= lead
    return y


def _ar(c, x_right, y, text, size, bold=False):
    img, w, h = arabic_image(text, size, bold=bold)
    c.drawImage(img, x_right - w, y - h * 0.3, w, h, mask="auto")


def morocco_birth(p: dict, rng: random.Random) -> bytes:
    """Copie integrale d'acte de naissance, bilingual French / Arabic."""
    c, buf = new_canvas()
    c.setFillColorRGB(*INK)
    left = [
        "ROYAUME DU MAROC",
        "MINISTÈRE DE L'INTÉRIEUR",
        "Préfecture de Fès",
        "Commune de Fès",
        "Arrondissement Agdal",
        "Bureau de l'état civil",
    ]
    right = [
        "المملكة المغربية",
        "وزارة الداخلية",
        "عمالة فاس",
        "جماعة فاس",
        "مقاطعة أكدال",
        "مكتب الحالة المدنية",
    ]
    y = H - 50
    for i, (lf, rt) in enumerate(zip(left, right, strict=True)):
        c.setFont("Serif-B" if i < 2 else "Serif", 9.5)
        c.drawString(48, y, lf)
        _ar(c, W - 48, y, rt, 10, bold=i < 2)
        y -= 14
    c.setFont("Serif", 9)
    c.drawCentredString(W / 2, H - 60, "Acte n° " + p["acte_no"] + "  —  Année " + p["acte_year"])
    c.setFont("Serif-B", 14)
    c.drawCentredString(W / 2, y - 14, "COPIE INTÉGRALE D'ACTE DE NAISSANCE")
    _ar(c, W / 2 + 80, y - 36, "نسخة كاملة من رسم الولادة", 13, bold=True)
    y -= 70
    rows = [
        ("Nom de famille", p["surname"], "الاسم العائلي", p["surname_ar"]),
        ("Prénom(s)", p["given"], "الاسم الشخصي", p["given_ar"]),
        ("Date de naissance", p["dob_words"], "تاريخ الولادة", p["dob_ar"]),
        ("Correspondant au", p["hijri"], "الموافق", ""),
        ("Lieu de naissance", p["pob"], "مكان الولادة", p["pob_ar"]),
        ("Sexe", p["sex_word"], "الجنس", p["sex_ar"]),
        ("Nationalité", "Marocaine", "الجنسية", "مغربية"),
        ("Père", p["father"], "الأب", p["father_ar"]),
        ("Mère", p["mother"], "الأم", p["mother_ar"]),
    ]
    c.setLineWidth(0.5)
    for lf, v, ra, va in rows:
        c.line(48, y - 6, W - 48, y - 6)
        c.setFont("Serif", 9)
        c.drawString(52, y, lf + " :")
        c.setFont("Serif-B", 10.5)
        c.drawString(160, y, v)
        _ar(c, W - 52, y, ra, 9.5)
        if va:
            _ar(c, W - 140, y, va, 10.5, bold=True)
        y -= 24
    y -= 8
    txt = (
        f"Acte dressé le {p['drawn_on']} sur la déclaration de {p['declarant']}, "
        "et reçu par Nous, officier de l'état civil, après lecture faite au déclarant. "
        "Mentions marginales : néant."
    )
    c.setFont("Serif", 9.5)
    y = _wrap(c, 52, y, txt, "Serif", 9.5, W - 104)
    y -= 10
    c.drawString(
        52, y, f"Pour copie intégrale certifiée conforme au registre, Fès, le {p['issued']}"
    )
    _ar(c, W - 52, y - 18, "نسخة مطابقة لما في السجل", 10)
    c.drawString(W - 250, y - 40, "L'officier de l'état civil")
    c.setFont("Serif", 9)
    c.drawString(W - 250, y - 52, p["officer"])
    seal(
        c,
        W - 300,
        y - 90,
        34,
        "ROYAUME DU MAROC * COMMUNE DE FES * ",
        ["ETAT", "CIVIL"],
        rng,
        (0.2, 0.25, 0.6),
    )
    draw_signature_rl(c, W - 230, y - 110, 120, 50, rng, INK, 1.0)
    c.setFont("Serif", 7)
    c.drawString(48, 40, "Imprimé administratif — Direction de l'État Civil — Modèle n° 5")
    c.showPage()
    return finish(c, buf)


def apostille_page(c, a: dict, rng: random.Random, x=90, y=H - 90, size=10.0, lang="fr"):
    """The Hague-model apostille: a framed box with the ten numbered items."""
    w, h = W - 2 * x, 372
    c.setLineWidth(1.6)
    c.setStrokeColorRGB(*INK)
    c.rect(x, y - h, w, h, stroke=1, fill=0)
    c.setFillColorRGB(*INK)
    font = a.get("font", "Serif")
    c.setFont(font + "-B", size + 6)
    c.drawCentredString(W / 2, y - 28, a["title"])
    c.setFont(font, size - 1)
    c.drawCentredString(W / 2, y - 44, "(Convention de La Haye du 5 octobre 1961)")
    if a.get("title_ar"):
        _ar(c, W / 2 + 40, y - 62, a["title_ar"], 11)
    yy = y - 80
    for i, (lab, val) in enumerate(a["items"]):
        if i in (1, 4) and a.get("subheads"):
            c.setFont(font + "-B", size)
            c.drawString(x + 14, yy, a["subheads"][(1, 4).index(i)])
            yy -= size * 1.7
        c.setFont(font, size)
        lab_t = f"{i + 1}. {lab}"
        c.drawString(x + 14, yy, lab_t)
        c.setFont("Mono-B" if a.get("typed") else font + "-B", size)
        c.drawString(x + 22 + stringWidth(lab_t, font, size), yy, val)
        yy -= size * 1.85
    seal(
        c,
        x + 170,
        y - h + 46,
        38,
        a["seal_ring"],
        a["seal_center"],
        rng,
        a.get("seal_color", (0.25, 0.25, 0.65)),
    )
    draw_signature_rl(c, x + w - 180, y - h + 12, 140, 50, rng, (0.1, 0.15, 0.45), 1.1)


def congo_birth(p: dict, rng: random.Random) -> bytes:
    """Acte de naissance (Kinshasa) with legalisation stamps on the back (page 2)."""
    c, buf = new_canvas()
    c.setFillColorRGB(*INK)
    y = H - 54
    for i, ln in enumerate(
        [
            "RÉPUBLIQUE DÉMOCRATIQUE DU CONGO",
            "VILLE DE KINSHASA",
            "COMMUNE DE LINGWALA",
            "BUREAU DE L'ÉTAT CIVIL",
        ]
    ):
        c.setFont("Caladea-B" if i == 0 else "Caladea", 11 if i == 0 else 10)
        c.drawString(50, y, ln)
        y -= 14
    c.setStrokeColorRGB(0.1, 0.4, 0.7)
    c.circle(W - 95, H - 80, 30, stroke=1, fill=0)
    c.setFont("Caladea", 6)
    c.drawCentredString(W - 95, H - 82, "Justice - Paix - Travail")
    c.setFont("Caladea-B", 15)
    c.drawCentredString(W / 2, y - 26, "ACTE DE NAISSANCE")
    c.setFont("Caladea", 10)
    c.drawCentredString(
        W / 2, y - 42, f"N° {p['acte_no']}   —   Volume {p['volume']}   Folio {p['folio']}"
    )
    y -= 76
    body = (
        f"L'an {p['decl_words']}, Nous, {p['officer']}, Officier de l'État Civil de la Commune de "
        f"Lingwala, Ville de Kinshasa, avons reçu la déclaration de {p['declarant']}, lequel nous "
        "a "
        f"déclaré que le {p['dob_words']}, est né(e) à {p['pob']} un enfant de sexe "
        f"{p['sex_word']}, "
        f"nommé(e) :\n"
    )
    y = _wrap(c, 56, y, body, "Caladea", 11, W - 112, 16)
    c.setFont("Caladea-B", 13)
    c.drawCentredString(W / 2, y - 4, p["name_line"])
    y -= 30
    rows = [
        ("Date de naissance", p["dob"]),
        ("Lieu de naissance", p["pob"]),
        ("Fils / fille de", p["father"]),
        ("et de", p["mother"]),
        ("Nationalité", "Congolaise"),
    ]
    for lab, v in rows:
        c.setFont("Caladea", 10.5)
        c.drawString(70, y, lab)
        c.drawString(190, y, ":")
        c.setFont("Caladea-B", 10.5)
        c.drawString(200, y, v)
        y -= 18
    y -= 8
    tail = (
        "Après lecture faite et interprétation donnée en lingala, le déclarant a signé avec Nous "
        "le "
        f"présent acte. Copie certifiée conforme au registre, délivrée à Kinshasa le {p['issued']}."
    )
    y = _wrap(c, 56, y, tail, "Caladea", 10.5, W - 112, 15)
    c.setFont("Caladea", 10)
    c.drawString(70, y - 24, "Le déclarant")
    c.drawString(W - 230, y - 24, "L'Officier de l'État Civil")
    c.drawString(W - 230, y - 36, p["copy_officer"])
    draw_signature_rl(c, 70, y - 80, 90, 40, rng, INK, 0.9)
    draw_signature_rl(c, W - 220, y - 95, 120, 50, rng, (0.1, 0.15, 0.45), 1.1)
    seal(
        c,
        W - 290,
        y - 80,
        36,
        "COMMUNE DE LINGWALA * ETAT CIVIL * ",
        ["R.D.C.", "KINSHASA"],
        rng,
        (0.15, 0.3, 0.6),
    )
    c.setFont("Caladea", 8)
    c.drawString(50, 40, "Droits perçus : 7.000 FC   —   Quittance n° " + p["receipt"])
    c.showPage()
    # verso: legalisation chain
    c.setFillColorRGB(*INK)
    l1 = [
        "MINISTÈRE DES AFFAIRES ÉTRANGÈRES",
        "ET FRANCOPHONIE",
        "VU POUR LÉGALISATION DE LA SIGNATURE DE",
        p["copy_officer"].upper(),
        "APPOSÉE AU RECTO",
        f"KINSHASA, LE {p['leg1_date']}",
        "LE CHEF DE DIVISION",
    ]
    w1, h1 = box_stamp(c, 70, H - 250, l1, rng, (0.1, 0.2, 0.55), 8.5)
    draw_signature_rl(c, 110, H - 300, 110, 44, rng, (0.1, 0.15, 0.45), 1.0)
    seal(
        c,
        70 + w1 + 50,
        H - 200,
        38,
        "MINISTERE DES AFFAIRES ETRANGERES * RDC * ",
        ["LEGALISATION"],
        rng,
        (0.1, 0.2, 0.55),
    )
    l2 = [
        "AMBASSADE DE FRANCE",
        "EN RÉPUBLIQUE DÉMOCRATIQUE DU CONGO",
        "Vu pour légalisation de la signature de",
        p["mae_signer"],
        "Ministère des Affaires Étrangères",
        f"Kinshasa, le {p['leg2_date']}",
        "Pour l'Ambassadeur et par délégation",
        f"N° {p['leg2_no']}   Droits perçus : 20 EUR",
    ]
    _, h2 = box_stamp(c, 250, H - 520, l2, rng, (0.45, 0.15, 0.45), 8.5, "Sans")
    draw_signature_rl(c, 300, H - 580, 120, 48, rng, (0.1, 0.1, 0.2), 1.0)
    seal(c, 220, H - 560, 34, "AMBASSADE DE FRANCE * KINSHASA * ", ["RF"], rng, (0.45, 0.15, 0.45))
    c.showPage()
    return finish(c, buf)


def haiti_birth(p: dict, rng: random.Random) -> bytes:
    """Extrait des registres de l'etat civil (Archives Nationales d'Haiti), legalised below."""
    c, buf = new_canvas()
    c.setFillColorRGB(*INK)
    c.setFont("FreeSerif-B", 13)
    c.drawCentredString(W / 2, H - 50, "RÉPUBLIQUE D'HAÏTI")
    c.setFont("FreeSerif", 9)
    c.drawCentredString(W / 2, H - 63, "Liberté — Égalité — Fraternité")
    c.setFont("FreeSerif-B", 10.5)
    c.drawCentredString(W / 2, H - 82, "MINISTÈRE DE LA CULTURE ET DE LA COMMUNICATION")
    c.drawCentredString(W / 2, H - 96, "ARCHIVES NATIONALES D'HAÏTI")
    c.setFont("FreeSerif-B", 15)
    c.drawCentredString(W / 2, H - 126, "EXTRAIT DES REGISTRES DE L'ÉTAT CIVIL")
    c.setFont("FreeSerif", 10)
    c.drawString(
        56,
        H - 150,
        f"Acte de naissance N° {p['acte_no']}      Registre {p['registre']}      Année {p['year']}",
    )
    c.drawRightString(W - 56, H - 150, f"Feuillet {p['feuillet']}")
    body = (
        "Nous, soussigné, Directeur Général des Archives Nationales d'Haïti, certifions que sur le "
        f"registre des actes de naissance de l'Officier de l'État Civil de {p['commune']} pour "
        "l'année "
        f"{p['year_words']}, déposé aux Archives Nationales, il a été extrait ce qui suit :\n"
        f"L'an {p['decl_words']}, par devant Nous, {p['officer']}, Officier de l'État Civil de "
        f"{p['commune']}, soussigné, a comparu le citoyen {p['father']}, {p['father_job']}, "
        "demeurant "
        f"et domicilié à {p['commune']}, lequel nous a déclaré que le {p['dob_words']}, est née en "
        "cette ville une enfant du sexe féminin qu'il nous a présentée et à laquelle il a donné "
        "les "
        f"prénoms de {p['given']}, issue de son union avec la citoyenne {p['mother']}, "
        f"{p['mother_job']}. L'enfant portera le nom de {p['surname']}.\n"
        "Dont acte fait en présence des citoyens "
        f"{p['witnesses']}, témoins requis, qui ont signé avec nous et le comparant après lecture."
    )
    y = _wrap(c, 56, H - 180, body, "FreeSerif", 11, W - 112, 16)
    y -= 6
    c.setFont("FreeSerif", 11)
    y = _wrap(
        c,
        56,
        y,
        f"Pour extrait conforme, délivré à Port-au-Prince, le {p['issued']}.",
        "FreeSerif",
        11,
        W - 112,
    )
    c.drawString(W - 260, y - 10, "Le Directeur Général des A.N.H.")
    draw_signature_rl(c, W - 250, y - 70, 130, 52, rng, (0.1, 0.1, 0.35), 1.1)
    seal(
        c,
        150,
        y - 50,
        38,
        "ARCHIVES NATIONALES D'HAITI * ",
        ["A.N.H.", "PORT-AU-PRINCE"],
        rng,
        (0.15, 0.25, 0.6),
    )
    for k in range(2):  # fiscal stamps
        sx = 60 + k * 44
        c.setFillColorRGB(0.85, 0.75, 0.55)
        c.rect(sx, 140, 38, 46, stroke=0, fill=1)
        c.setFillColorRGB(0.3, 0.2, 0.1)
        c.setFont("Sans-B", 6)
        c.drawCentredString(sx + 19, 170, "TIMBRE")
        c.drawCentredString(sx + 19, 160, "25 GDES")
    c.setFillColorRGB(*INK)
    l1 = [
        "MINISTÈRE DES AFFAIRES ÉTRANGÈRES ET DES CULTES",
        "SERVICE DES LÉGALISATIONS",
        "Vu pour légalisation de la signature",
        f"de {p['anh_signer']}",
        f"Port-au-Prince, le {p['leg1_date']}",
        f"N° {p['leg1_no']}",
    ]
    box_stamp(c, 160, 110, l1, rng, (0.1, 0.2, 0.55), 7.2)
    l2 = [
        "AMBASSADE DE FRANCE EN HAÏTI",
        "Vu pour légalisation de la signature de",
        p["mae_signer"],
        f"Port-au-Prince, le {p['leg2_date']}",
        "Pour l'Ambassadeur, l'agent consulaire",
    ]
    box_stamp(c, 370, 60, l2, rng, (0.5, 0.15, 0.35), 7.0, "Sans")
    draw_signature_rl(c, 400, 30, 90, 34, rng, (0.1, 0.1, 0.2), 0.9)
    c.showPage()
    return finish(c, buf)


def russia_birth(p: dict, rng: random.Random) -> bytes:
    """Svidetelstvo o rozhdenii (duplicate) on page 1, Russian apostille on page 2."""
    c, buf = new_canvas()
    c.setStrokeColorRGB(0.45, 0.6, 0.45)
    for k in range(7):
        c.setLineWidth(0.6)
        c.roundRect(
            40 + k * 2.2, 60 + k * 2.2, W - 80 - k * 4.4, H - 120 - k * 4.4, 8, stroke=1, fill=0
        )
    c.setFillColorRGB(0.93, 0.97, 0.93)
    c.rect(60, 80, W - 120, H - 160, stroke=0, fill=1)
    c.setFillColorRGB(*INK)
    c.setFont("Serif", 9)
    c.drawCentredString(W / 2, H - 96, "ПОВТОРНОЕ")
    c.setFont("Serif-B", 17)
    c.drawCentredString(W / 2, H - 122, "СВИДЕТЕЛЬСТВО О РОЖДЕНИИ")
    rows = [
        ("Фамилия", p["surname_ru"]),
        ("Имя", p["given_ru"]),
        ("Отчество", p["patronymic_ru"]),
        ("Дата рождения", p["dob_ru"]),
        ("", p["dob_ru_words"]),
        ("Место рождения", p["pob_ru"]),
    ]
    y = H - 170
    for lab, v in rows:
        c.setFont("Serif", 9)
        c.drawString(80, y, lab)
        c.setFont("Serif-B", 12)
        c.drawString(190, y + 1, v)
        c.setLineWidth(0.4)
        c.line(185, y - 3, W - 80, y - 3)
        y -= 24
    c.setFont("Serif", 10)
    y = _wrap(c, 80, y - 6, p["record_ru"], "Serif", 10, W - 160, 15)
    y -= 8
    for lab, v in [
        ("Отец", p["father_ru"]),
        ("гражданство", "Российская Федерация"),
        ("Мать", p["mother_ru"]),
        ("гражданство", "Российская Федерация"),
    ]:
        c.setFont("Serif", 9)
        c.drawString(80, y, lab)
        c.setFont("Serif-B", 11)
        c.drawString(190, y, v)
        y -= 20
    y -= 6
    for lab, v in [
        ("Место государственной регистрации", p["zags_ru"]),
        ("Дата выдачи", p["issued_ru"]),
    ]:
        c.setFont("Serif", 9)
        c.drawString(80, y, lab)
        c.setFont("Serif-B", 10)
        y = _wrap(c, 80, y - 14, v, "Serif-B", 10, W - 160, 13) - 6
    c.setFont("Serif", 9)
    c.drawString(80, y - 10, "Руководитель органа записи актов гражданского состояния")
    draw_signature_rl(c, 330, y - 60, 110, 44, rng, (0.1, 0.1, 0.4), 1.0)
    seal(c, 180, y - 60, 40, "ОТДЕЛ ЗАГС * НОВОСИБИРСК * ", ["ЗАГС", "РФ"], rng, (0.15, 0.25, 0.6))
    c.setFont("Serif-B", 12)
    c.setFillColorRGB(0.6, 0.1, 0.1)
    c.drawString(80, 100, p["series_ru"])
    c.showPage()
    apostille_page(c, p["apostille"], rng, size=9.5)
    c.showPage()
    return finish(c, buf)


def translation(p: dict, rng: random.Random) -> bytes:
    """Sworn French translation (traduction certifiee conforme) of the certificate and apostille."""
    c, buf = new_canvas()
    for page, (title, rows) in enumerate(p["pages"]):
        c.setFillColorRGB(*INK)
        c.setFont("Lato-B", 10)
        c.drawString(50, H - 48, p["translator"])
        c.setFont("Lato", 8.5)
        for i, ln in enumerate(p["translator_lines"]):
            c.drawString(50, H - 61 - i * 11, ln)
        c.setFont("Lato", 8.5)
        c.drawRightString(
            W - 50, H - 48, f"Traduction n° {p['number']} — page {page + 1}/{len(p['pages'])}"
        )
        c.setFont("Lato-B", 9)
        c.drawCentredString(W / 2, H - 120, "TRADUCTION CERTIFIÉE CONFORME DU RUSSE EN FRANÇAIS")
        c.setFont("Lato-B", 13)
        c.drawCentredString(W / 2, H - 145, title)
        y = H - 180
        for lab, v in rows:
            c.setFont("Lato", 10)
            c.drawString(60, y, lab)
            c.setFont("Lato-B", 10)
            y = _wrap(c, 230, y, v, "Lato-B", 10, W - 290, 13) - 9
        y -= 10
        c.setFont("Lato", 9.5)
        y = _wrap(c, 60, y, p["certif"], "Lato", 9.5, W - 120, 13)
        c.drawString(60, y - 8, f"Fait à Paris, le {p['date']}")
        seal(c, W - 150, y - 70, 46, p["seal_ring"], p["seal_center"], rng, (0.1, 0.2, 0.6))
        draw_signature_rl(c, W - 230, y - 90, 120, 46, rng, (0.1, 0.1, 0.4), 1.1)
        c.setFont("Lato", 7.5)
        c.drawCentredString(W / 2, 36, p["footer"])
        c.showPage()
    return finish(c, buf)


def recepisse(p: dict, rng: random.Random) -> bytes:
    """Recepisse de demande de carte de sejour (prefecture)."""
    c, buf = new_canvas()
    c.setFillColorRGB(*INK)
    c.setFillColorRGB(0.0, 0.14, 0.58)
    c.rect(50, H - 80, 8, 30, stroke=0, fill=1)
    c.setFillColorRGB(0.9, 0.1, 0.2)
    c.rect(66, H - 80, 8, 30, stroke=0, fill=1)
    c.setFillColorRGB(*INK)
    c.setFont("Sans-B", 9)
    c.drawString(50, H - 94, "RÉPUBLIQUE")
    c.drawString(50, H - 105, "FRANÇAISE")
    c.setFont("Sans", 7)
    c.drawString(50, H - 116, "Liberté Égalité Fraternité")
    c.setFont("Sans-B", 10)
    c.drawRightString(W - 50, H - 70, p["prefecture"])
    c.setFont("Sans", 8)
    c.drawRightString(W - 50, H - 83, "Direction des migrations et de l'intégration")
    c.drawRightString(W - 50, H - 95, "Bureau des titres de séjour")
    c.setFillColorRGB(0.96, 0.9, 0.92)
    c.rect(50, H - 170, W - 100, 36, stroke=0, fill=1)
    c.setFillColorRGB(*INK)
    c.setFont("Sans-B", 13.5)
    c.drawCentredString(W / 2, H - 150, "RÉCÉPISSÉ DE DEMANDE DE CARTE DE SÉJOUR")
    c.setFont("Sans", 9)
    c.drawCentredString(W / 2, H - 164, p["demand_kind"])
    c.setFont("Sans", 9)
    c.drawString(50, H - 192, "N° du récépissé :")
    c.setFont("Mono-B", 11)
    c.drawString(135, H - 192, p["number"])
    c.setFont("Sans", 9)
    c.drawString(300, H - 192, "N° étranger :")
    c.setFont("Mono-B", 11)
    c.drawString(368, H - 192, p["agdref"])
    c.setStrokeColorRGB(0.4, 0.4, 0.4)
    c.rect(W - 150, H - 350, 95, 120, stroke=1, fill=0)
    c.setFont("Sans", 7)
    c.drawCentredString(W - 102, H - 295, "PHOTOGRAPHIE")
    rows = [
        ("Nom", p["surname"]),
        ("Prénom(s)", p["given"]),
        ("Sexe", p["sex"]),
        ("Né(e) le", p["dob"]),
        ("à", p["pob"]),
        ("Nationalité", p["nationality"]),
        ("Adresse", p["address1"]),
        ("", p["address2"]),
    ]
    y = H - 226
    for lab, v in rows:
        c.setFont("Sans", 9)
        c.drawString(50, y, lab)
        c.setFont("Sans-B", 10)
        c.drawString(130, y, v)
        y -= 17
    y -= 10
    c.setFont("Sans", 9.5)
    y = _wrap(c, 50, y, p["body"], "Sans", 9.5, W - 100, 13.5)
    y -= 8
    c.setFont("Sans-B", 11)
    c.drawString(50, y, f"Valable du {p['from']} au {p['until']}")
    y -= 18
    c.setFont("Sans-B", 10)
    c.drawString(50, y, p["work"])
    y -= 34
    c.setFont("Sans", 9)
    c.drawString(50, y, f"Délivré à {p['place']}, le {p['issued']}")
    c.drawString(W - 250, y, "Pour le Préfet et par délégation,")
    draw_signature_rl(c, W - 240, y - 70, 120, 50, rng, (0.1, 0.1, 0.35), 1.1)
    seal(c, W - 320, y - 50, 38, p["seal_ring"], ["RF"], rng, (0.1, 0.25, 0.6))
    c.setFont("Sans", 7)
    c.drawString(
        50,
        60,
        "Ce récépissé doit être présenté avec le passeport. Il autorise la présence de son "
        "titulaire",
    )
    c.drawString(
        50,
        51,
        "sur le territoire français pendant sa durée de validité. Il ne permet pas de franchir "
        "les frontières.",
    )
    c.showPage()
    return finish(c, buf)


def apostille_doc(a: dict, rng: random.Random) -> bytes:
    """An apostille on its own sheet (allonge stapled behind the certificate)."""
    c, buf = new_canvas()
    if a.get("header"):
        c.setFont("Serif-B", 10)
        c.setFillColorRGB(*INK)
        for i, ln in enumerate(a["header"]):
            c.drawCentredString(W / 2, H - 50 - i * 13, ln)
    apostille_page(c, a, rng, y=H - 110, size=10.5)
    c.showPage()
    return finish(c, buf)
