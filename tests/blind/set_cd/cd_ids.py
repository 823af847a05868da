"""Identity and status documents: passports, visa sticker, titre de séjour, récépissé, CNI."""

from __future__ import annotations

from reportlab.lib.pagesizes import A4

from cd_common import (
    MM,
    dmy,
    face,
    finish,
    guilloche,
    hand,
    mrz_cd,
    mrz_draw,
    new_canvas,
    stamp,
)

EN = ["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"]
FR = ["JAN", "FÉV", "MAR", "AVR", "MAI", "JUIN", "JUIL", "AOÛT", "SEPT", "OCT", "NOV", "DÉC"]
ES = ["ENE", "FEB", "MAR", "ABR", "MAY", "JUN", "JUL", "AGO", "SEP", "OCT", "NOV", "DIC"]
UK = ["СІЧ", "ЛЮТ", "БЕР", "КВІ", "ТРА", "ЧЕР", "ЛИП", "СЕР", "ВЕР", "ЖОВ", "ЛИС", "ГРУ"]


def pdate(d, style):
    if style == "fr_en":
        return f"{d.day:02d} {FR[d.month - 1]}/{EN[d.month - 1]} {d.year}"
    if style == "en_fr":
        return f"{d.day:02d} {EN[d.month - 1]} /{FR[d.month - 1]} {d.strftime('%y')}"
    if style == "es_en":
        return f"{d.day:02d} {ES[d.month - 1]}/{EN[d.month - 1]}/{d.year}"
    if style == "uk_en":
        return f"{d.day:02d} {UK[d.month - 1]}/{EN[d.month - 1]} {d.strftime('%y')}"
    return dmy(d, ".")


THEMES = {
    "MLI": {
        "head": ["RÉPUBLIQUE DU MALI", "REPUBLIC OF MALI"],
        "title": "PASSEPORT / PASSPORT",
        "col": (0.78, 0.88, 0.74),
        "ink": (0.1, 0.35, 0.15),
        "ds": "fr_en",
        "labels": [
            "Type",
            "Code",
            "N° du passeport / Passport No.",
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
    },
    "COL": {
        "head": ["REPÚBLICA DE COLOMBIA", "REPUBLIC OF COLOMBIA"],
        "title": "PASAPORTE / PASSPORT",
        "col": (0.93, 0.86, 0.66),
        "ink": (0.45, 0.2, 0.05),
        "ds": "es_en",
        "labels": [
            "Tipo/Type",
            "Código/Code",
            "Pasaporte No./Passport No.",
            "Apellidos/Surname",
            "Nombres/Given names",
            "Nacionalidad/Nationality",
            "Fecha de nacimiento/Date of birth",
            "Sexo/Sex",
            "Lugar de nacimiento/Place of birth",
            "Fecha de expedición/Date of issue",
            "Fecha de vencimiento/Date of expiry",
            "Autoridad/Authority",
        ],
    },
    "GBR": {
        "head": ["UNITED KINGDOM OF GREAT BRITAIN", "AND NORTHERN IRELAND"],
        "title": "PASSPORT / PASSEPORT",
        "col": (0.88, 0.82, 0.9),
        "ink": (0.25, 0.1, 0.35),
        "ds": "en_fr",
        "labels": [
            "Type/Type",
            "Code/Code",
            "Passport No./Passeport No.",
            "Surname/Nom (1)",
            "Given names/Prénoms (2)",
            "Nationality/Nationalité (3)",
            "Date of birth/Date de naissance (4)",
            "Sex/Sexe (5)",
            "Place of birth/Lieu de naissance (6)",
            "Date of issue/Date de délivrance (7)",
            "Date of expiry/Date d'expiration (9)",
            "Authority/Autorité (8)",
        ],
    },
    "UKR": {
        "head": ["УКРАЇНА", "UKRAINE"],
        "title": "ПАСПОРТ / PASSPORT",
        "col": (0.8, 0.86, 0.95),
        "ink": (0.05, 0.15, 0.45),
        "ds": "uk_en",
        "labels": [
            "Тип/Type",
            "Код держави/Code",
            "Паспорт №/Passport No.",
            "Прізвище/Surname",
            "Ім'я/Given names",
            "Громадянство/Nationality",
            "Дата народження/Date of birth",
            "Стать/Sex",
            "Місце народження/Place of birth",
            "Дата видачі/Date of issue",
            "Дійсний до/Date of expiry",
            "Орган, що видав/Authority",
        ],
    },
}


def passport(p, rng):
    """TD3 data page, 125 x 88 mm. p: dict of holder data."""
    th = THEMES[p["country"]]
    W, H = 125 * MM, 88 * MM
    c, buf = new_canvas((W, H))
    c.setFillColorRGB(*th["col"])
    c.rect(0, 0, W, H, stroke=0, fill=1)
    guilloche(c, 0, 18 * MM, W, H - 18 * MM, rng, tuple(min(1, v + 0.08) for v in th["col"]))
    c.setFillColorRGB(0.97, 0.97, 0.95)
    c.rect(0, 0, W, 19 * MM, stroke=0, fill=1)
    c.setFillColorRGB(*th["ink"])
    c.setFont("sans-b", 7.5)
    c.drawString(4 * MM, H - 6 * MM, th["head"][0])
    c.setFont("sans", 6.5)
    c.drawString(4 * MM, H - 9.5 * MM, th["head"][1])
    c.setFont("sans-b", 8)
    c.drawRightString(W - 4 * MM, H - 6 * MM, th["title"])
    face(c, 4 * MM, 25 * MM, 32 * MM, 40 * MM, rng, grey=p.get("grey_photo", False))
    lab = th["labels"]
    ds = th["ds"]
    rows = [
        [(lab[0], "P"), (lab[1], p["country"]), (lab[2], p["number"])],
        [(lab[3], p["surname_print"])],
        [(lab[4], p["given_print"])],
        [(lab[5], p["nat_print"])],
        [(lab[6], pdate(p["dob"], ds)), (lab[7], p["sex"])],
        [(lab[8], p["pob_print"])],
        [(lab[9], pdate(p["issue"], ds)), (lab[11], p["authority"])],
        [(lab[10], pdate(p["expiry"], ds))],
    ]
    y = H - 15 * MM
    for row in rows:
        x = 40 * MM
        for i, (lb, val) in enumerate(row):
            c.setFillColorRGB(*th["ink"])
            c.setFont("sans", 4.6)
            c.drawString(x, y, lb)
            c.setFillColorRGB(0.05, 0.05, 0.05)
            c.setFont("sans-b", 7.6)
            c.drawString(x, y - 3 * MM, val)
            x += (26 if len(row) == 3 and i < 2 else 40) * MM
        y -= 7.4 * MM
    c.setFont("h-dkg", 11)
    c.setFillColorRGB(0.1, 0.1, 0.3)
    c.drawString(
        6 * MM,
        20.5 * MM,
        p["given_print"].split()[0].title()[:1] + ". " + p["surname_print"].title(),
    )
    mrz_draw(c, 4 * MM, 11 * MM, p["mrz"], size=10.3)
    return finish(c, buf)


def visa_vls(v, rng):
    """French type D visa sticker (MRV-A), 120 x 80 mm, with VLS-TS remark."""
    W, H = 120 * MM, 80 * MM
    c, buf = new_canvas((W, H))
    c.setFillColorRGB(0.93, 0.9, 0.95)
    c.rect(0, 0, W, H, stroke=0, fill=1)
    guilloche(c, 0, 16 * MM, W, H - 16 * MM, rng, (0.85, 0.78, 0.9), 55)
    c.setFillColorRGB(0.97, 0.97, 0.97)
    c.rect(0, 0, W, 17 * MM, stroke=0, fill=1)
    c.setFillColorRGB(0.1, 0.1, 0.45)
    c.setFont("sans-b", 11)
    c.drawString(4 * MM, H - 7 * MM, "VISA")
    c.setFillColorRGB(0.75, 0.1, 0.1)
    c.setFont("mono", 11)
    c.drawRightString(W - 4 * MM, H - 7 * MM, "FRA " + v["number"])
    face(c, 4 * MM, 24 * MM, 25 * MM, 32 * MM, rng)
    lab = [
        ("VALABLE POUR / VALID FOR", "ETATS SCHENGEN (FRANCE)", 34, 0),
        ("DU / FROM", dmy(v["from"], "-"), 34, 1),
        ("AU / UNTIL", dmy(v["until"], "-"), 66, 1),
        ("TYPE DE VISA / TYPE OF VISA", "D", 34, 2),
        ("NOMBRE D'ENTREES / NUMBER OF ENTRIES", "MULT", 66, 2),
        ("DUREE DE SEJOUR / DURATION OF STAY", f"{v['days']} JOURS", 34, 3),
        ("DELIVRE A / ISSUED IN", v["place"], 66, 3),
        ("LE / ON", dmy(v["issued"], "-"), 100, 3),
        ("NUMERO DE PASSEPORT / NUMBER OF PASSPORT", v["passport"], 34, 4),
        ("NOM, PRENOM / SURNAME, NAME", f"{v['surname']}, {v['given']}", 34, 5),
        ("REMARQUES / REMARKS", v["remarks"], 34, 6),
    ]
    for lb, val, x, r in lab:
        yy = H - 14 * MM - r * 7.6 * MM
        c.setFillColorRGB(0.25, 0.2, 0.45)
        c.setFont("sans", 4.3)
        c.drawString(x * MM, yy, lb)
        c.setFillColorRGB(0.05, 0.05, 0.05)
        c.setFont("ocr", 7.4)
        c.drawString(x * MM, yy - 3.2 * MM, val)
    mrz_draw(c, 3 * MM, 10 * MM, v["mrz"], size=9.8)
    return finish(c, buf)


def card_front_back(t, rng, kind="titre"):
    """ID-1 cards (85.6 x 54 mm): French titre de séjour or French CNI; returns (front, back)."""
    W, H = 85.6 * MM, 54 * MM
    out = []
    for side in ("front", "back"):
        c, buf = new_canvas((W, H))
        col = (0.88, 0.92, 0.96) if kind == "cni" else (0.93, 0.9, 0.86)
        c.setFillColorRGB(*col)
        c.roundRect(0, 0, W, H, 3 * MM, stroke=0, fill=1)
        guilloche(c, 0, 0, W, H, rng, (0.8, 0.86, 0.92) if kind == "cni" else (0.86, 0.82, 0.8), 30)
        c.setFillColorRGB(0.0, 0.14, 0.45)
        c.rect(0, H - 2 * MM, W / 3, 2 * MM, stroke=0, fill=1)
        c.setFillColorRGB(0.85, 0.1, 0.15)
        c.rect(2 * W / 3, H - 2 * MM, W / 3, 2 * MM, stroke=0, fill=1)
        c.setFillColorRGB(0.05, 0.1, 0.3)
        if side == "front":
            c.setFont("sans-b", 5.6)
            c.drawString(3 * MM, H - 6 * MM, "RÉPUBLIQUE FRANÇAISE")
            c.setFont("sans-b", 6.4)
            ttl = "CARTE NATIONALE D'IDENTITÉ" if kind == "cni" else "TITRE DE SÉJOUR"
            c.drawRightString(W - 3 * MM, H - 6 * MM, ttl)
            c.setFont("sans", 4.2)
            sub = "IDENTITY CARD" if kind == "cni" else "RESIDENCE PERMIT"
            c.drawRightString(W - 3 * MM, H - 8.3 * MM, sub)
            face(c, 3 * MM, 6 * MM, 22 * MM, 28 * MM, rng, grey=(kind == "cni"))
            if kind == "cni":
                rows = [("NOM / Surname", t["surname"]), ("Prénoms / Given names", t["given_print"]),
                        ("SEXE / Sex", t["sex"]), ("NATIONALITÉ / Nationality", "FRA"),
                        ("DATE DE NAISS. / Date of birth", dmy(t["dob"], " ")),
                        ("LIEU DE NAISSANCE / Place of birth", t["pob"]),
                        ("N° DU DOCUMENT / Document No", t["number"]),
                        ("DATE D'EXPIR. / Expiry date", dmy(t["expiry"], " "))]  # fmt: skip
            else:
                rows = [("NOM / Surname", t["surname"]), ("Prénoms / Given names", t["given_print"]),
                        ("Sexe", t["sex"]), ("Nationalité", t["nat"]),
                        ("Date de naissance", dmy(t["dob"], " ")),
                        ("Type de titre", t["title_type"]),
                        ("Valable jusqu'au", dmy(t["expiry"], " ")),
                        ("Remarques", t["remarks"])]  # fmt: skip
            y = H - 11 * MM
            for lb, val in rows:
                x = 28 * MM
                c.setFont("sans", 3.6)
                c.setFillColorRGB(0.25, 0.3, 0.45)
                c.drawString(x, y, lb)
                c.setFont("sans-b", 5.6)
                c.setFillColorRGB(0.02, 0.02, 0.05)
                c.drawString(x, y - 2.3 * MM, val)
                y -= 5.1 * MM
            c.setFont("h-dkg", 9)
            c.setFillColorRGB(0.1, 0.1, 0.3)
            c.drawString(4 * MM, 2.5 * MM, t["surname"].title()[:10])
        else:
            c.setFont("sans", 4.2)
            c.setFillColorRGB(0.2, 0.2, 0.3)
            lines = t["back_lines"]
            for i, ln in enumerate(lines):
                c.drawString(4 * MM, H - 8 * MM - i * 3.4 * MM, ln)
            c.setFillColorRGB(0.97, 0.97, 0.97)
            c.rect(0, 0, W, 17 * MM, stroke=0, fill=1)
            mrz_draw(c, 3.5 * MM, 12.6 * MM, t["mrz"], size=8.2, lead=1.42)
        out.append(finish(c, buf))
    return out


def recepisse(r, rng):
    """Récépissé de demande de titre de séjour (A4 paper issued by the préfecture)."""
    c, buf = new_canvas(A4)
    W, H = A4
    c.setFillColorRGB(0, 0, 0)
    c.setFont("arial-b", 9)
    c.drawString(20 * MM, H - 20 * MM, "PRÉFET")
    c.drawString(20 * MM, H - 24 * MM, r["prefecture"].upper())
    c.setFont("arial", 7)
    c.drawString(20 * MM, H - 28 * MM, "Liberté")
    c.drawString(20 * MM, H - 31 * MM, "Égalité")
    c.drawString(20 * MM, H - 34 * MM, "Fraternité")
    c.setFont("arial", 8)
    c.drawRightString(W - 20 * MM, H - 20 * MM, "Direction des migrations et de l'intégration")
    c.drawRightString(W - 20 * MM, H - 24 * MM, "Bureau du séjour")
    c.setFont("arial-b", 14)
    c.drawCentredString(W / 2, H - 50 * MM, "RÉCÉPISSÉ DE DEMANDE DE CARTE DE SÉJOUR")
    c.setFont("arial", 9)
    c.drawCentredString(W / 2, H - 56 * MM, "(articles R. 431-12 et suivants du code de l'entrée et du séjour "
                        "des étrangers et du droit d'asile)")  # fmt: skip
    c.rect(18 * MM, H - 170 * MM, W - 36 * MM, 105 * MM)
    face(c, 24 * MM, H - 115 * MM, 32 * MM, 40 * MM, rng, grey=True)
    rows = [("N° étranger", r["number"]), ("Nom", r["surname"]), ("Prénom(s)", r["given_print"]),
            ("Sexe", r["sex"]), ("Né(e) le", dmy(r["dob"])), ("à", r["pob"]),
            ("Nationalité", r["nat"]), ("Adresse", r["address"]),
            ("Motif de la demande", r["motif"])]  # fmt: skip
    y = H - 74 * MM
    for lb, val in rows:
        c.setFont("arial", 9)
        c.drawString(62 * MM, y, lb + " :")
        c.setFont("arial-b", 10)
        c.drawString(100 * MM, y, val)
        y -= 8.5 * MM
    c.setFont("arial-b", 10.5)
    c.drawString(
        24 * MM, H - 160 * MM, f"Ce récépissé est valable du {dmy(r['from'])} au {dmy(r['until'])}"
    )
    c.setFont("arial", 9)
    c.drawString(24 * MM, H - 166 * MM, r["work"])
    c.setFont("arial", 8.5)
    txt = ["Le présent récépissé, accompagné du passeport ou d'un document d'identité, atteste de la",
           "régularité du séjour de son titulaire pendant sa durée de validité. Il ne permet pas de",
           "circuler librement dans l'espace Schengen. Il doit être présenté à toute réquisition."]  # fmt: skip
    for i, t in enumerate(txt):
        c.drawString(20 * MM, H - 182 * MM - i * 4.4 * MM, t)
    c.setFont("arial", 9.5)
    c.drawString(110 * MM, H - 205 * MM, f"Fait à {r['city']}, le {dmy(r['from'])}")
    c.drawString(110 * MM, H - 211 * MM, "Pour le préfet et par délégation,")
    stamp(c, 130 * MM, H - 235 * MM, 15 * MM, "PRÉFECTURE " + r["prefecture"].upper()[:18] + " * ",
          ["SERVICE", "DES ÉTRANGERS"], rng, (0.2, 0.25, 0.6))  # fmt: skip
    hand(c, 150 * MM, H - 232 * MM, "Lbrt", rng, "h-dkg", 18, (0.1, 0.1, 0.2))
    c.setFont("mono", 7)
    c.drawString(20 * MM, 15 * MM, f"Réf. ANEF {r['anef']}   CERFA édité le {dmy(r['from'])}")
    c.rect(W - 45 * MM, 12 * MM, 25 * MM, 25 * MM)
    c.setFont("arial", 6)
    c.drawCentredString(W - 32.5 * MM, 24 * MM, "2D-DOC")
    return finish(c, buf)


def anef_number(rng):
    n = "".join(str(rng.randint(0, 9)) for _ in range(9))
    return n + mrz_cd(n)
