"""Passport data pages, visa stickers, residence permit cards, récépissé, French ID card."""

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm

from checks import mrva, td1, td3
from render import face, finish, guilloche, mrz_lines, new_pdf, para, signature, text


def fr_date(iso, sep="/"):
    return sep.join((iso[8:10], iso[5:7], iso[0:4]))


MON = ["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"]


def en_date(iso):
    return f"{iso[8:10]} {MON[int(iso[5:7]) - 1]} {iso[2:4]}"


def passport(p, rng):
    """p: country code, country name, labels (list of 2-lang label pairs), colours, person."""
    W, H = 125 * mm, 88 * mm
    c, buf = new_pdf((W, H))
    c.setFillColorRGB(*p["paper"])
    c.rect(0, 0, W, H, stroke=0, fill=1)
    guilloche(c, 0, 18 * mm, W, H - 18 * mm, rng, p["lines"])
    text(c, 6 * mm, H - 7 * mm, p["head"], "sansb", 7.5, p["ink"])
    if p.get("head2"):
        text(c, W - 6 * mm, H - 7 * mm, p["head2"], "sansb", 7.5, p["ink"], anchor="r")
    face(c, 6 * mm, 24 * mm, 30 * mm, 38 * mm, rng, veil=p.get("veil", False))
    x0, y = 41 * mm, H - 14 * mm
    cols = [("Type", "P"), ("Code", p["code"]), (p["lab_no"], p["number"])]
    for i, (lab, val) in enumerate(cols):
        xx = x0 + [0, 14, 32][i] * mm
        text(c, xx, y, lab, "sans", 5, (0.3, 0.3, 0.4))
        text(c, xx, y - 3.6 * mm, val, "sansb", 8)
    y -= 8.5 * mm
    rows = [
        (p["lab_sur"], p["surname"]),
        (p["lab_giv"], p["given"]),
        (p["lab_nat"], p["nat_txt"]),
        (p["lab_dob"], en_date(p["dob"])),
        (p["lab_sex"], p["sex"]),
        (p["lab_pob"], p["pob"]),
        (p["lab_iss"], en_date(p["issued"])),
        (p["lab_exp"], en_date(p["expiry"])),
        (p["lab_auth"], p["authority"]),
    ]
    for i, (lab, val) in enumerate(rows):
        if i in (4, 8):
            continue
        text(c, x0, y, lab, "sans", 5, (0.3, 0.3, 0.4))
        text(c, x0, y - 3.4 * mm, val, "sansb", 8)
        if i == 3:
            text(c, x0 + 42 * mm, y, rows[4][0], "sans", 5, (0.3, 0.3, 0.4))
            text(c, x0 + 42 * mm, y - 3.4 * mm, rows[4][1], "sansb", 8)
        y -= 6.6 * mm
    text(c, x0 + 42 * mm, y + 6.6 * mm * 2, rows[8][0], "sans", 5, (0.3, 0.3, 0.4))
    text(c, x0 + 42 * mm, y + 6.6 * mm * 2 - 3.4 * mm, rows[8][1], "sansb", 7)
    signature(c, 8 * mm, 17 * mm, 24 * mm, 6 * mm, rng, ink="black")
    l1, l2 = td3(
        p["code"],
        p["surname"],
        p["given"],
        p["number"],
        p["code"],
        p["dob"],
        p["sex"],
        p["expiry"],
        p.get("opt", ""),
    )
    c.setFillColorRGB(1, 1, 1)
    c.rect(0, 0, W, 15 * mm, stroke=0, fill=1)
    mrz_lines(c, 4 * mm, 8 * mm, [l1, l2], pt=9.4, width=W - 8 * mm)
    c.showPage()
    return finish(c, buf), (l1, l2)


def visa(v, rng):
    """French type D visa sticker on a passport page."""
    W, H = 125 * mm, 88 * mm
    c, buf = new_pdf((W, H))
    c.setFillColorRGB(0.93, 0.91, 0.86)
    c.rect(0, 0, W, H, stroke=0, fill=1)
    c.setFillColorRGB(0.92, 0.95, 0.97)
    c.roundRect(2.5 * mm, 3 * mm, 120 * mm, 80 * mm, 2 * mm, stroke=0, fill=1)
    guilloche(c, 2.5 * mm, 22 * mm, 120 * mm, 60 * mm, rng, (0.78, 0.8, 0.92), 22)
    text(c, 6 * mm, H - 11 * mm, "VISA", "sansb", 12, (0.1, 0.2, 0.5))
    text(c, 118 * mm, H - 11 * mm, "FRA " + v["number"], "sansb", 10, (0.75, 0.1, 0.1), anchor="r")
    face(c, 6 * mm, 26 * mm, 27 * mm, 34 * mm, rng, veil=v.get("veil", False))
    x, y = 37 * mm, H - 18 * mm
    L = (0.25, 0.25, 0.4)
    text(c, x, y, "VALABLE POUR / VALID FOR", "sans", 4.8, L)
    text(c, x, y - 3.3 * mm, "FRANCE", "sansb", 7.5)
    text(c, x + 44 * mm, y, "DU / FROM", "sans", 4.8, L)
    text(c, x + 44 * mm, y - 3.3 * mm, fr_date(v["from"], "-"), "sansb", 7.5)
    text(c, x + 64 * mm, y, "AU / UNTIL", "sans", 4.8, L)
    text(c, x + 64 * mm, y - 3.3 * mm, fr_date(v["until"], "-"), "sansb", 7.5)
    y -= 7.5 * mm
    for i, (lab, val) in enumerate(
        (
            ("TYPE DE VISA / TYPE OF VISA", "D"),
            ("NOMBRE D'ENTRÉES / NUMBER OF ENTRIES", "MULT"),
            ("DURÉE DE SÉJOUR / DURATION OF STAY", v["days"] + " JOURS"),
        )
    ):
        text(c, x + [0, 26, 62][i] * mm, y, lab, "sans", 4.5, L)
        text(c, x + [0, 26, 62][i] * mm, y - 3.3 * mm, val, "sansb", 7.5)
    y -= 7.5 * mm
    text(c, x, y, "DÉLIVRÉ À / ISSUED IN", "sans", 4.8, L)
    text(c, x, y - 3.3 * mm, v["issued_in"], "sansb", 7.5)
    text(c, x + 44 * mm, y, "LE / ON", "sans", 4.8, L)
    text(c, x + 44 * mm, y - 3.3 * mm, fr_date(v["issued"], "-"), "sansb", 7.5)
    text(c, x + 64 * mm, y, "NUMÉRO DE PASSEPORT", "sans", 4.8, L)
    text(c, x + 64 * mm, y - 3.3 * mm, v["passport_no"], "sansb", 7.5)
    y -= 7.5 * mm
    text(c, x, y, "NOM, PRÉNOM / SURNAME, NAME", "sans", 4.8, L)
    text(c, x, y - 3.3 * mm, f"{v['surname']}, {v['given']}", "sansb", 7.5)
    y -= 7.5 * mm
    text(c, x, y, "REMARQUES / REMARKS", "sans", 4.8, L)
    text(c, x, y - 3.3 * mm, v["remark"], "sansb", 7.2)
    text(c, x, y - 6.6 * mm, v["remark2"], "sansb", 7.2)
    l1, l2 = mrva(
        "FRA", v["surname"], v["given"], v["number"], v["nat"], v["dob"], v["sex"], v["until"]
    )
    c.setFillColorRGB(1, 1, 1)
    c.rect(2.5 * mm, 3 * mm, 120 * mm, 14 * mm, stroke=0, fill=1)
    mrz_lines(c, 5 * mm, 10.5 * mm, [l1, l2], pt=9.2, width=114 * mm)
    c.showPage()
    return finish(c, buf), (l1, l2)


def card(k, rng):
    """ID-1 card, front and back, as two pages. k: kind 'ts' or 'cni'."""
    W, H = 85.6 * mm, 54 * mm
    c, buf = new_pdf((W, H))
    ts = k["kind"] == "ts"
    c.setFillColorRGB(*((0.9, 0.93, 0.96) if ts else (0.93, 0.92, 0.95)))
    c.roundRect(0, 0, W, H, 3 * mm, stroke=0, fill=1)
    guilloche(c, 0, 0, W, H, rng, (0.8, 0.82, 0.9), 18)
    head = "TITRE DE SÉJOUR" if ts else "CARTE NATIONALE D'IDENTITÉ"
    text(c, 4 * mm, H - 5.5 * mm, "RÉPUBLIQUE FRANÇAISE", "sansb", 6.5, (0.1, 0.2, 0.5))
    text(c, 4 * mm, H - 9 * mm, head, "sansb", 5.5, (0.1, 0.2, 0.5))
    text(c, W - 4 * mm, H - 5.5 * mm, "FRA", "sansb", 7, (0.1, 0.2, 0.5), anchor="r")
    face(c, 4 * mm, 8 * mm, 22 * mm, 28 * mm, rng)
    x, y = 30 * mm, H - 14 * mm
    L = (0.3, 0.3, 0.45)
    rows = [("NOM / Surname", k["surname"]), ("Prénoms / Given names", k["given"])]
    if ts:
        rows += [
            ("Nationalité", k["nat_txt"]),
            ("Date de naissance", fr_date(k["dob"], " ")),
            ("Type de titre", k["title"]),
            ("Remarques", k["remark"]),
        ]
    else:
        rows += [
            (
                "Sexe  Nationalité  Date de naiss.",
                f"{k['sex']}     FRA     {fr_date(k['dob'], ' ')}",
            ),
            ("Lieu de naissance", k["pob"]),
            ("N° du document", k["number"]),
            ("Date d'expiration", fr_date(k["expiry"], " ")),
        ]
    for lab, val in rows:
        text(c, x, y, lab, "sans", 3.8, L)
        text(c, x, y - 2.8 * mm, val, "sansb", 6)
        y -= 6.2 * mm
    if ts:
        text(c, x + 30 * mm, H - 26.4 * mm, "Sexe", "sans", 3.8, L)
        text(c, x + 30 * mm, H - 29.2 * mm, k["sex"], "sansb", 6)
        text(c, 4 * mm, 4 * mm, "N° " + k["number"], "sansb", 6)
        text(
            c,
            W - 4 * mm,
            4 * mm,
            "Valable jusqu'au " + fr_date(k["expiry"], " "),
            "sansb",
            5.5,
            anchor="r",
        )
    signature(c, 30 * mm, 1.5 * mm, 18 * mm, 4.5 * mm, rng, ink="black")
    c.showPage()
    c.setFillColorRGB(*((0.9, 0.93, 0.96) if ts else (0.93, 0.92, 0.95)))
    c.roundRect(0, 0, W, H, 3 * mm, stroke=0, fill=1)
    guilloche(c, 0, 20 * mm, W, H - 20 * mm, rng, (0.8, 0.82, 0.9), 12)
    y = H - 6 * mm
    back = [("Adresse", k["address"])] + k.get("back", [])
    for lab, val in back:
        text(c, 4 * mm, y, lab, "sans", 3.8, L)
        text(c, 4 * mm, y - 2.8 * mm, val, "sansb", 5.5)
        y -= 6 * mm
    code = "IR" if ts else "ID"
    lines = td1(
        code,
        "FRA",
        k["number"],
        k["dob"],
        k["sex"],
        k["expiry"],
        k["nat"],
        k["surname"],
        k["given"],
    )
    c.setFillColorRGB(1, 1, 1)
    c.rect(0, 0, W, 18 * mm, stroke=0, fill=1)
    mrz_lines(c, 3 * mm, 12 * mm, list(lines), pt=7.3, lead=10.6, width=W - 6 * mm)
    c.showPage()
    return finish(c, buf), lines


def recepisse(r, rng):
    """Récépissé de demande de titre de séjour (A4 paper, folded form, photo, stamp)."""
    c, buf = new_pdf(A4)
    W, H = A4
    text(c, 15 * mm, H - 15 * mm, "RÉPUBLIQUE FRANÇAISE", "timesb", 11)
    text(c, 15 * mm, H - 20 * mm, "Liberté • Égalité • Fraternité", "timesi", 8)
    text(c, W - 15 * mm, H - 15 * mm, r["prefecture"], "timesb", 10, anchor="r")
    text(c, W / 2, H - 35 * mm, "RÉCÉPISSÉ DE DEMANDE DE CARTE DE SÉJOUR", "timesb", 14, anchor="c")
    text(
        c,
        W / 2,
        H - 41 * mm,
        "Ce récépissé autorise son titulaire à séjourner en France",
        "times",
        10,
        anchor="c",
    )
    text(c, W / 2, H - 46 * mm, r["right"], "timesb", 10, anchor="c")
    c.rect(15 * mm, H - 150 * mm, W - 30 * mm, 96 * mm)
    face(c, 20 * mm, H - 100 * mm, 32 * mm, 40 * mm, rng)
    x, y = 62 * mm, H - 62 * mm
    rows = [
        ("N° étranger / N° AGDREF", r["number"]),
        ("Nom", r["surname"]),
        ("Prénom(s)", r["given"]),
        ("Sexe", r["sex"]),
        ("Date de naissance", fr_date(r["dob"])),
        ("Lieu de naissance", r["pob"]),
        ("Nationalité", r["nat_txt"]),
        ("Adresse", r["address"]),
        ("Motif de la demande", r["motif"]),
        ("Valable du", f"{fr_date(r['from'])}   au   {fr_date(r['expiry'])}"),
    ]
    for lab, val in rows:
        text(c, x, y, lab + " :", "times", 9.5)
        text(c, x + 42 * mm, y, val, "timesb", 10)
        y -= 8 * mm
    y = H - 162 * mm
    y = para(
        c,
        15 * mm,
        y,
        "Le présent récépissé est délivré dans l'attente de la décision "
        "sur la demande de titre de séjour. Il doit être présenté avec le passeport en "
        "cours de validité. " + r["note"],
        W - 30 * mm,
        "times",
        9.5,
    )
    text(c, 120 * mm, y - 10 * mm, f"Fait à {r['city']}, le {fr_date(r['from'])}", "times", 10)
    text(c, 120 * mm, y - 16 * mm, "Pour le préfet et par délégation", "timesi", 9)
    c.setStrokeColorRGB(0.2, 0.3, 0.7)
    c.setLineWidth(1.5)
    c.circle(140 * mm, y - 38 * mm, 15 * mm)
    c.circle(140 * mm, y - 38 * mm, 12 * mm)
    text(
        c,
        140 * mm,
        y - 37 * mm,
        r["prefecture"].split(" ")[-1].upper(),
        "sansb",
        7,
        (0.2, 0.3, 0.7),
        anchor="c",
    )
    text(c, 140 * mm, y - 41 * mm, "BUREAU DES ÉTRANGERS", "sans", 5, (0.2, 0.3, 0.7), anchor="c")
    signature(c, 125 * mm, y - 45 * mm, 40 * mm, 14 * mm, rng, ink="black")
    text(c, 15 * mm, 12 * mm, "Cerfa DREAM — Modèle R — " + r["number"], "times", 7)
    c.showPage()
    return finish(c, buf)
