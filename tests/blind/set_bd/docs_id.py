"""Identity pieces: passport data pages, French visa sticker, residence cards, récépissé."""

import random

from reportlab.lib.units import mm

from common import finish, fr_date, mrz_mrva, mrz_td1, mrz_td3, new_canvas, signature

PASSPORT_STYLE = {
    "MAR": {
        "title": "ROYAUME DU MAROC - KINGDOM OF MOROCCO",
        "sub": "PASSEPORT / PASSPORT",
        "bg": (0.93, 0.88, 0.86),
        "ink": (0.45, 0.1, 0.12),
        "labels": [
            "Nom / Surname",
            "Prénoms / Given names",
            "Nationalité / Nationality",
            "Date de naissance / Date of birth",
            "Sexe / Sex",
            "Lieu de naissance / Place of birth",
            "Date de délivrance / Date of issue",
            "Date d'expiration / Date of expiry",
            "Autorité / Authority",
        ],
        "natname": "MAROCAINE",
        "type": "P",
    },
    "SEN": {
        "title": "RÉPUBLIQUE DU SÉNÉGAL",
        "sub": "CEDEAO - ECOWAS   PASSEPORT / PASSPORT",
        "bg": (0.87, 0.92, 0.86),
        "ink": (0.05, 0.3, 0.15),
        "labels": [
            "Nom / Surname",
            "Prénoms / Given names",
            "Nationalité / Nationality",
            "Date de naissance / Date of birth",
            "Sexe / Sex",
            "Lieu de naissance / Place of birth",
            "Date de délivrance / Date of issue",
            "Date d'expiration / Date of expiry",
            "Autorité / Authority",
        ],
        "natname": "SENEGALAISE",
        "type": "P",
    },
    "CHN": {
        "title": "中华人民共和国  PEOPLE'S REPUBLIC OF CHINA",
        "sub": "护照 PASSPORT",
        "bg": (0.88, 0.9, 0.95),
        "ink": (0.1, 0.15, 0.35),
        "labels": [
            "姓/Surname",
            "名/Given names",
            "国籍/Nationality",
            "出生日期/Date of birth",
            "性别/Sex",
            "出生地点/Place of birth",
            "签发日期/Date of issue",
            "有效期至/Date of expiry",
            "签发机关/Authority",
        ],
        "natname": "中国/CHINESE",
        "type": "PO",
    },
    "MEX": {
        "title": "ESTADOS UNIDOS MEXICANOS",
        "sub": "PASAPORTE / PASSPORT",
        "bg": (0.9, 0.93, 0.88),
        "ink": (0.2, 0.25, 0.15),
        "labels": [
            "Apellidos / Surname",
            "Nombres / Given names",
            "Nacionalidad / Nationality",
            "Fecha de nacimiento / Date of birth",
            "Sexo / Sex",
            "Lugar de nacimiento / Place of birth",
            "Fecha de expedición / Date of issue",
            "Fecha de caducidad / Date of expiry",
            "Autoridad / Authority",
        ],
        "natname": "MEXICANA",
        "type": "P",
    },
}


def _en_date(iso, lang):
    mon = ["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"]
    fr = ["JANV", "FÉVR", "MARS", "AVR", "MAI", "JUIN", "JUIL", "AOÛT", "SEPT", "OCT", "NOV", "DÉC"]
    es = ["ENE", "FEB", "MAR", "ABR", "MAY", "JUN", "JUL", "AGO", "SEP", "OCT", "NOV", "DIC"]
    m = int(iso[5:7]) - 1
    if lang == "MEX":
        return "%s %s/%s %s" % (iso[8:10], es[m], mon[m], iso[0:4])
    if lang in ("MAR", "SEN"):
        return "%s %s/%s %s" % (iso[8:10], fr[m], mon[m], iso[0:4])
    return "%s %s %s" % (iso[8:10], mon[m], iso[0:4])


def face(c, x, y, w, h, seed, skin=(0.55, 0.4, 0.3)):
    rnd = random.Random(seed)
    c.saveState()
    c.setFillColorRGB(0.85, 0.87, 0.9)
    c.rect(x, y, w, h, stroke=0, fill=1)
    c.setFillColorRGB(*skin)
    c.ellipse(x + w * 0.28, y + h * 0.4, x + w * 0.72, y + h * 0.88, stroke=0, fill=1)
    c.ellipse(x + w * 0.05, y - h * 0.2, x + w * 0.95, y + h * 0.42, stroke=0, fill=1)
    c.setFillColorRGB(0.1, 0.08, 0.07)
    c.ellipse(
        x + w * 0.27,
        y + h * 0.72,
        x + w * 0.73,
        y + h * (0.9 + rnd.random() * 0.04),
        stroke=0,
        fill=1,
    )
    c.restoreState()


def passport(p, seed):
    """ID-3 data page, 125 x 88 mm. p holds the person; returns (pdf, fields)."""
    st = PASSPORT_STYLE[p["nat"]]
    W, H = 125 * mm, 88 * mm
    c, buf = new_canvas((W, H))
    c.setFillColorRGB(*st["bg"])
    c.rect(0, 0, W, H, stroke=0, fill=1)
    c.setStrokeColorRGB(*[0.8 * b + 0.2 * k for b, k in zip(st["bg"], st["ink"], strict=True)])
    c.setLineWidth(0.3)
    for i in range(0, 60):
        c.circle(W * 0.65, H * 0.55, 4 + i * 2.2, stroke=1, fill=0)
    c.setFillColorRGB(*st["ink"])
    font = "CJK" if p["nat"] == "CHN" else "SansB"
    c.setFont(font, 8.5)
    c.drawString(6 * mm, H - 7 * mm, st["title"])
    c.setFont("CJK" if p["nat"] == "CHN" else "Sans", 6.5)
    c.drawString(6 * mm, H - 11 * mm, st["sub"])
    face(c, 5 * mm, 27 * mm, 30 * mm, 38 * mm, seed, p.get("skin", (0.55, 0.4, 0.3)))
    x0 = 40 * mm
    lab = st["labels"]
    lfont = "CJK" if p["nat"] == "CHN" else "Sans"
    y = H - 16 * mm
    c.setFont(lfont, 5)
    c.drawString(x0, y, "Type")
    c.drawString(x0 + 12 * mm, y, "Code")
    c.drawString(x0 + 28 * mm, y, "N° / Passport No.")
    c.setFont("SansB", 8)
    c.drawString(x0, y - 3.3 * mm, st["type"][0])
    c.drawString(x0 + 12 * mm, y - 3.3 * mm, p["nat"])
    c.setFillColorRGB(0.6, 0.1, 0.1) if p["nat"] == "MAR" else None
    c.drawString(x0 + 28 * mm, y - 3.3 * mm, p["passport_no"])
    c.setFillColorRGB(0.1, 0.1, 0.1)
    vals = [
        p["surname"],
        p["given"],
        st["natname"],
        _en_date(p["dob"], p["nat"]),
        p["sex"],
        p["pob_passport"],
        _en_date(p["pp_issue"], p["nat"]),
        _en_date(p["pp_expiry"], p["nat"]),
        p["pp_authority"],
    ]
    y -= 8 * mm
    # rows: (index, column); dob/sex and issue/expiry share a row
    layout = [[0], [1], [2], [3, 4], [5], [6, 7], [8]]
    for row in layout:
        for k, i in enumerate(row):
            xx = x0 + k * 36 * mm
            c.setFont(lfont, 5)
            c.setFillColorRGB(*st["ink"])
            c.drawString(xx, y, lab[i])
            v = vals[i]
            c.setFont("CJK" if any(ord(ch) > 0x2E80 for ch in v) else "SansB", 7.5)
            c.setFillColorRGB(0.08, 0.08, 0.1)
            c.drawString(xx, y - 3.1 * mm, v)
        y -= 6.3 * mm
    signature(c, 6 * mm, 19 * mm, 26 * mm, 6 * mm, seed + 7, color=(0.1, 0.1, 0.15))
    l1, l2 = mrz_td3(
        st["type"],
        p["nat"],
        p["mrz_surname"],
        p["mrz_given"],
        p["passport_no"],
        p["nat"],
        p["dob"],
        p["sex"],
        p["pp_expiry"],
        p.get("personal", ""),
    )
    c.setFillColorRGB(1, 1, 1)
    c.rect(0, 0, W, 15 * mm, stroke=0, fill=1)
    c.setFillColorRGB(0.05, 0.05, 0.05)
    c.setFont("Mono", 10.2)
    c.drawString(4 * mm, 8.5 * mm, l1)
    c.drawString(4 * mm, 3 * mm, l2)
    return finish(c, buf), (l1, l2)


def visa_sticker(p, v, seed):
    """French long-stay visa sticker (MRV-A), on a passport page 125 x 88 mm."""
    W, H = 125 * mm, 88 * mm
    c, buf = new_canvas((W, H))
    c.setFillColorRGB(0.96, 0.95, 0.9)
    c.rect(0, 0, W, H, stroke=0, fill=1)
    c.setFillColorRGB(0.88, 0.9, 0.96)
    c.rect(3 * mm, 3 * mm, 119 * mm, 80 * mm, stroke=0, fill=1)
    c.setStrokeColorRGB(0.75, 0.8, 0.92)
    c.setLineWidth(0.25)
    for i in range(40):
        c.line(3 * mm, 3 * mm + i * 2 * mm, 122 * mm, 10 * mm + i * 1.6 * mm)
    face(c, 6 * mm, 32 * mm, 25 * mm, 32 * mm, seed + 1, p.get("skin", (0.55, 0.4, 0.3)))
    c.setFillColorRGB(0.1, 0.15, 0.4)
    c.setFont("SansB", 10)
    c.drawString(35 * mm, 77 * mm, "VISA")
    c.setFont("Sans", 6)
    c.drawString(55 * mm, 77 * mm, "FRANCE")
    c.setFont("SansB", 8)
    c.drawString(100 * mm, 77 * mm, "FRA")
    rows = [
        ("VALABLE POUR / VALID FOR", "FRANCE"),
        ("DU / FROM", fr_date(v["from"]).replace("/", "-")),
        ("AU / UNTIL", fr_date(v["until"]).replace("/", "-")),
        ("TYPE DE VISA / TYPE OF VISA", v["type"]),
        ("DURÉE DE SÉJOUR / DURATION", "365 JOURS"),
        ("NOMBRE D'ENTRÉES", "MULT"),
        ("DÉLIVRÉ À / ISSUED IN", v["issued_in"]),
        ("LE / ON", fr_date(v["issued_on"]).replace("/", "-")),
        ("N° DE PASSEPORT", p["passport_no"]),
        ("NOM, PRÉNOM / NAME", "%s, %s" % (p["surname"], p["given"])),
    ]
    y = 72 * mm
    for i, (lb, val) in enumerate(rows):
        x = 35 * mm if i % 2 == 0 or i >= 8 else 80 * mm
        c.setFont("Sans", 4.6)
        c.setFillColorRGB(0.25, 0.3, 0.5)
        c.drawString(x, y, lb)
        c.setFont("SansB", 7)
        c.setFillColorRGB(0.05, 0.05, 0.1)
        c.drawString(x, y - 3 * mm, val)
        if i % 2 == 1 or i >= 8:
            y -= 6.5 * mm
    c.setFont("Sans", 4.6)
    c.setFillColorRGB(0.25, 0.3, 0.5)
    c.drawString(6 * mm, 27 * mm, "REMARQUES / REMARKS")
    c.setFont("SansB", 6.5)
    c.setFillColorRGB(0.05, 0.05, 0.1)
    c.drawString(6 * mm, 23.5 * mm, v["remarks"])
    c.drawString(6 * mm, 20 * mm, "CESEDA R311-3 %s" % v["article"])
    l1, l2 = mrz_mrva(
        "FRA",
        p["mrz_surname"],
        p["mrz_given"],
        v["number"],
        p["nat"],
        p["dob"],
        p["sex"],
        v["until"],
        v.get("optional", ""),
    )
    c.setFont("Mono", 10.2)
    c.drawString(4 * mm, 10 * mm, l1)
    c.drawString(4 * mm, 4.5 * mm, l2)
    c.setFont("SansB", 7)
    c.setFillColorRGB(0.6, 0.1, 0.1)
    c.drawString(100 * mm, 82 * mm - 12, v["number"])
    return finish(c, buf), (l1, l2)


def id1_card(p, d, seed, kind="titre"):
    """Front and back of an ID-1 card (85.6 x 54 mm): titre de séjour or French CNI."""
    W, H = 85.6 * mm, 54 * mm
    c, buf = new_canvas((W, H))
    c.setFillColorRGB(0.9, 0.93, 0.97) if kind == "titre" else c.setFillColorRGB(0.95, 0.9, 0.93)
    c.roundRect(0, 0, W, H, 3 * mm, stroke=0, fill=1)
    c.setFillColorRGB(0.1, 0.2, 0.5)
    c.setFont("SansB", 6)
    c.drawString(4 * mm, H - 5 * mm, "RÉPUBLIQUE FRANÇAISE")
    c.setFont("SansB", 5.5)
    title = "TITRE DE SÉJOUR" if kind == "titre" else "CARTE NATIONALE D'IDENTITÉ / IDENTITY CARD"
    c.drawString(4 * mm, H - 8.5 * mm, title)
    face(c, 4 * mm, 9 * mm, 21 * mm, 27 * mm, seed, p.get("skin", (0.55, 0.4, 0.3)))
    x = 28 * mm
    rows = [
        ("NOM / Surname", p["surname"]),
        ("Prénoms / Given names", p["given"].replace(" ", ", ")),
    ]
    if kind == "titre":
        rows += [
            ("Sexe / Nationalité", "%s   %s" % (p["sex"], p["nat"])),
            ("Date de naiss.", p["dob"][8:10] + " " + p["dob"][5:7] + " " + p["dob"][0:4]),
            ("Type de titre", d["category"]),
            ("Valable jusqu'au", fr_date(d["expiry"]).replace("/", " ")),
        ]
    else:
        rows += [
            ("Sexe   Nationalité", "%s   FRA" % p["sex"]),
            (
                "Date de naiss. / Lieu",
                "%s  %s" % (fr_date(p["dob"]).replace("/", " "), p["pob_passport"]),
            ),
            ("N° du document", d["number"]),
            ("Date d'expir.", fr_date(d["expiry"]).replace("/", " ")),
        ]
    y = H - 13 * mm
    for lb, v in rows:
        c.setFont("Sans", 3.8)
        c.setFillColorRGB(0.2, 0.3, 0.5)
        c.drawString(x, y, lb)
        c.setFont("SansB", 6)
        c.setFillColorRGB(0.05, 0.05, 0.08)
        c.drawString(x, y - 2.6 * mm, v)
        y -= 6 * mm
    if kind == "titre":
        c.setFont("SansB", 6)
        c.setFillColorRGB(0.5, 0.1, 0.1)
        c.drawString(W - 27 * mm, H - 5 * mm, d["number"])
    signature(c, 4 * mm, 3 * mm, 18 * mm, 5 * mm, seed + 3)
    c.showPage()
    c.setFillColorRGB(0.93, 0.95, 0.97)
    c.roundRect(0, 0, W, H, 3 * mm, stroke=0, fill=1)
    c.setFillColorRGB(0.1, 0.1, 0.15)
    c.setFont("Sans", 5)
    if kind == "titre":
        c.drawString(4 * mm, H - 6 * mm, "Adresse: " + d["address"])
        c.drawString(4 * mm, H - 10 * mm, "Lieu de naissance: " + p["pob_passport"])
        c.drawString(4 * mm, H - 14 * mm, "Délivré par: " + d["prefecture"])
        c.drawString(4 * mm, H - 18 * mm, "Remarques: " + d["remarks"])
        code = "IR"
    else:
        c.drawString(4 * mm, H - 6 * mm, "Date de délivrance: " + fr_date(d["issued"]))
        code = "ID"
    nat = p["nat"] if kind == "titre" else "FRA"
    l1, l2, l3 = mrz_td1(
        code,
        "FRA",
        d["number"],
        p["dob"],
        p["sex"],
        d["expiry"],
        nat,
        p["mrz_surname"],
        p["mrz_given"],
    )
    c.setFillColorRGB(1, 1, 1)
    c.rect(0, 0, W, 19 * mm, stroke=0, fill=1)
    c.setFillColorRGB(0, 0, 0)
    c.setFont("Mono", 9.6)
    for i, ln in enumerate((l1, l2, l3)):
        c.drawString(3 * mm, 13.5 * mm - i * 5 * mm, ln)
    return finish(c, buf), (l1, l2, l3)


def recepisse(p, d, seed):
    """Récépissé de demande de titre de séjour, A4 paper with photo."""
    c, buf = new_canvas()
    W = 595
    c.setFillColorRGB(0.97, 0.94, 0.9)
    c.rect(30, 420, W - 60, 380, stroke=0, fill=1)
    c.setFillColorRGB(0, 0, 0)
    c.setFont("SansB", 9)
    c.drawString(45, 780, "RÉPUBLIQUE FRANÇAISE")
    c.setFont("Sans", 8)
    c.drawString(45, 768, "PRÉFECTURE " + d["prefecture"].upper())
    c.setFont("SansB", 13)
    c.drawCentredString(W / 2, 740, "RÉCÉPISSÉ DE DEMANDE DE CARTE DE SÉJOUR")
    c.setFont("Sans", 8.5)
    c.drawCentredString(W / 2, 726, "N° " + d["number"] + "   —   " + d["nth"])
    face(c, 45, 570, 85, 110, seed, p.get("skin", (0.8, 0.68, 0.55)))
    rows = [
        ("Nom", p["surname"]),
        ("Prénom(s)", p["given"]),
        ("Né(e) le", fr_date(p["dob"]) + "  à  " + p["pob_passport"]),
        ("Nationalité", d["natname"]),
        ("Adresse", d["address"]),
        ("Motif", d["category"]),
        ("Valable du", fr_date(d["from"]) + "  au  " + fr_date(d["expiry"])),
    ]
    y = 690
    for lb, v in rows:
        c.setFont("Sans", 8)
        c.drawString(150, y, lb + " :")
        c.setFont("SansB", 9)
        c.drawString(225, y, v)
        y -= 19
    c.setFont("Sans", 7.5)
    c.drawString(
        45,
        535,
        "Ce récépissé autorise son titulaire à travailler."
        if d["work"]
        else "Ce récépissé n'autorise pas son titulaire à travailler.",
    )
    c.drawString(45, 523, "Il ne permet pas à l'étranger de circuler dans l'espace Schengen.")
    c.drawString(330, 500, "Fait le " + fr_date(d["from"]) + ", pour le préfet,")
    c.setStrokeColorRGB(0.2, 0.3, 0.6)
    c.setFillColorRGB(0.2, 0.3, 0.6)
    c.circle(420, 460, 30, stroke=1, fill=0)
    c.setFont("Sans", 5)
    c.drawCentredString(420, 462, "PRÉFECTURE")
    c.drawCentredString(420, 455, d["prefecture"].upper())
    signature(c, 450, 445, 80, 25, seed + 4)
    return finish(c, buf)
