"""Identity pieces: passport data pages, French visa sticker, ID-1 cards."""

from reportlab.lib.units import mm

from common import draw_mrz, guilloche, mrva, portrait, signature, td1, td3


def dmy(d, sep="/"):
    return d.strftime(f"%d{sep}%m{sep}%Y")


def yymmdd(d):
    return d.strftime("%y%m%d")


MONTHS_EN = "JAN FEB MAR APR MAY JUN JUL AUG SEP OCT NOV DEC".split()


def passport_page(p, doc, rng):
    """Data page of a passport (TD3). doc: country, header lines, number, issue, expiry,
    authority, colours, label style."""
    size = (125 * mm, 88 * mm)
    lines = td3(
        doc["code"],
        p["surname"],
        p["given"],
        doc["number"],
        p["nat"],
        yymmdd(p["dob"]),
        p["sex"],
        yymmdd(doc["expiry"]),
        doc.get("personal", ""),
    )

    def draw(c, w, h):
        c.setFillColorRGB(*doc.get("paper", (0.95, 0.96, 0.92)))
        c.rect(0, 0, w, h, stroke=0, fill=1)
        guilloche(c, 0, 20 * mm, w, h - 20 * mm, rng, doc.get("tint", (0.78, 0.86, 0.82)))
        c.setFillColorRGB(*doc.get("head", (0.1, 0.3, 0.2)))
        c.setFont("SansB", 7.2)
        for i, s in enumerate(doc["header"]):
            c.drawCentredString(w / 2 + 12 * mm, h - 6 * mm - i * 8.5, s)
        portrait(c, 5 * mm, 24 * mm, 30 * mm, 38 * mm, rng, tone=p.get("tone"))
        signature(c, 6 * mm, 17 * mm, 26 * mm, 6 * mm, rng, ink=(0.1, 0.1, 0.15), width=0.7)
        x0, y = 40 * mm, h - 19 * mm
        fields = [
            (doc["lbl"]["type"], "P"),
            (doc["lbl"]["code"], doc["code"]),
            (doc["lbl"]["num"], doc["number"]),
            (doc["lbl"]["surname"], p["surname"].upper()),
            (doc["lbl"]["given"], p["given"].upper()),
            (doc["lbl"]["nat"], doc["nat_text"]),
            (doc["lbl"]["dob"], doc["datefmt"](p["dob"])),
            (doc["lbl"]["sex"], p["sex"]),
            (doc["lbl"]["pob"], p["pob_passport"]),
            (doc["lbl"]["issue"], doc["datefmt"](doc["issue"])),
            (doc["lbl"]["exp"], doc["datefmt"](doc["expiry"])),
            (doc["lbl"]["auth"], doc["authority"]),
        ]
        col = [(x0, 0), (x0 + 22 * mm, 1), (x0 + 48 * mm, 2)]
        rows = [[0, 1, 2], [3], [4], [5], [6, 7], [8], [9], [10], [11]]
        for r in rows:
            for k, fi in enumerate(r):
                lab, val = fields[fi]
                xx = col[k][0] if len(r) > 1 else x0
                if len(r) == 2 and k == 1:
                    xx = x0 + 40 * mm
                c.setFillColorRGB(0.25, 0.3, 0.35)
                c.setFont("Sans", 4.6)
                c.drawString(xx, y, lab)
                c.setFillColorRGB(0.05, 0.05, 0.08)
                c.setFont("SansB" if doc.get("bold") else "Sans", 7.4)
                c.drawString(xx, y - 8, val)
            y -= 14.6
        c.setFillColorRGB(1, 1, 1)
        c.rect(2 * mm, 2 * mm, w - 4 * mm, 16 * mm, stroke=0, fill=1)
        draw_mrz(c, 3 * mm, 3 * mm, w - 6 * mm, lines)

    return size, draw, lines


def visa_sticker(p, v, rng):
    """French long-stay visa (type D, VLS-TS) sticker in a passport page (MRV-A)."""
    size = (125 * mm, 88 * mm)
    lines = mrva(
        "VD",
        "FRA",
        p["surname"],
        p["given"],
        v["number"],
        p["nat"],
        yymmdd(p["dob"]),
        p["sex"],
        yymmdd(v["until"]),
        v.get("opt", ""),
    )

    def draw(c, w, h):
        c.setFillColorRGB(0.93, 0.94, 0.9)
        c.rect(0, 0, w, h, stroke=0, fill=1)
        guilloche(c, 0, 0, w, h, rng, (0.84, 0.84, 0.9), n=25)
        sx, sy, sw, sh = 3 * mm, 4 * mm, 119 * mm, 80 * mm
        c.setFillColorRGB(0.96, 0.93, 0.95)
        c.roundRect(sx, sy, sw, sh, 2 * mm, stroke=0, fill=1)
        guilloche(c, sx, sy + 18 * mm, sw, sh - 18 * mm, rng, (0.85, 0.78, 0.88), n=30)
        portrait(c, sx + 3 * mm, sy + 24 * mm, 26 * mm, 33 * mm, rng, tone=p.get("tone"))
        c.setFillColorRGB(0.15, 0.2, 0.5)
        c.setFont("SansB", 9)
        c.drawString(sx + 34 * mm, sy + sh - 7 * mm, "VISA")
        c.setFont("SansB", 8)
        c.drawString(sx + 50 * mm, sy + sh - 7 * mm, "FRA")
        c.setFillColorRGB(0.75, 0.1, 0.15)
        c.setFont("MonoB", 9)
        c.drawRightString(sx + sw - 3 * mm, sy + sh - 7 * mm, v["number"])

        def fld(x, y, lab, val, fs=7):
            c.setFillColorRGB(0.3, 0.25, 0.4)
            c.setFont("Sans", 4.3)
            c.drawString(x, y, lab)
            c.setFillColorRGB(0.05, 0.05, 0.1)
            c.setFont("Mono", fs)
            c.drawString(x, y - 7.5, val)

        x = sx + 34 * mm
        y = sy + sh - 14 * mm
        fld(x, y, "VALABLE POUR / VALID FOR", "FRANCE")
        fld(x, y - 15, "DU / FROM", dmy(v["from"], "-"))
        fld(x + 28 * mm, y - 15, "AU / UNTIL", dmy(v["until"], "-"))
        fld(x, y - 30, "TYPE DE VISA / TYPE OF VISA", "D")
        fld(x + 28 * mm, y - 30, "DURÉE DE SÉJOUR / DURATION", v["days"] + " JOURS")
        fld(x + 58 * mm, y - 30, "NOMBRE D'ENTRÉES", "MULT")
        fld(x, y - 45, "DÉLIVRÉ À / ISSUED IN", v["place"])
        fld(x + 28 * mm, y - 45, "LE / ON", dmy(v["issued"], "-"))
        fld(x + 58 * mm, y - 45, "NUMÉRO DE PASSEPORT", v["passport"])
        fld(x, y - 60, "NOM, PRÉNOM / SURNAME, NAME", f"{p['surname']}, {p['given']}".upper())
        c.setFillColorRGB(0.3, 0.25, 0.4)
        c.setFont("Sans", 4.3)
        c.drawString(sx + 3 * mm, sy + 21 * mm, "REMARQUES / REMARKS")
        c.setFillColorRGB(0.05, 0.05, 0.1)
        c.setFont("Mono", 6.6)
        c.drawString(sx + 3 * mm, sy + 17.5 * mm, v["remarks"][0])
        c.drawString(sx + 3 * mm, sy + 14.5 * mm, v["remarks"][1])
        c.setFillColorRGB(1, 1, 1)
        c.rect(sx + 1 * mm, sy + 1 * mm, sw - 2 * mm, 12 * mm, stroke=0, fill=1)
        draw_mrz(c, sx + 1.5 * mm, sy + 1.5 * mm, sw - 3 * mm, lines)

    return size, draw, lines


CARD = (85.6 * mm, 54 * mm)


def _card_bg(c, w, h, rng, tint):
    c.setFillColorRGB(0.97, 0.97, 0.99)
    c.roundRect(0, 0, w, h, 3 * mm, stroke=0, fill=1)
    guilloche(c, 0, 0, w, h, rng, tint, n=34)


def residence_card(p, t, rng):
    """French titre de séjour (ID-1, TD1 'IR'). Returns size, front, back, mrz."""
    lines = td1(
        "IR",
        "FRA",
        t["number"],
        yymmdd(p["dob"]),
        p["sex"],
        yymmdd(t["until"]),
        p["nat"],
        p["surname"],
        p["given"],
    )

    def front(c, w, h):
        _card_bg(c, w, h, rng, (0.8, 0.84, 0.93))
        c.setFillColorRGB(0.1, 0.2, 0.5)
        c.setFont("SansB", 6.5)
        c.drawString(4 * mm, h - 6 * mm, "RÉPUBLIQUE FRANÇAISE")
        c.setFont("SansB", 8)
        c.drawRightString(w - 4 * mm, h - 6 * mm, "TITRE DE SÉJOUR")
        c.setFont("Sans", 4.5)
        c.drawRightString(w - 4 * mm, h - 9 * mm, "RESIDENCE PERMIT")
        portrait(c, 4 * mm, 8 * mm, 21 * mm, 27 * mm, rng, tone=p.get("tone"))
        x, y = 29 * mm, h - 14 * mm

        def fld(lab, val, dx=0, fs=6.6):
            c.setFillColorRGB(0.3, 0.35, 0.5)
            c.setFont("Sans", 3.8)
            c.drawString(x + dx, y, lab)
            c.setFillColorRGB(0.05, 0.05, 0.1)
            c.setFont("SansB", fs)
            c.drawString(x + dx, y - 6.5, val)

        fld("NOM / SURNAME", p["surname"].upper())
        y -= 14
        fld("PRÉNOMS / GIVEN NAMES", p["given"].upper())
        y -= 14
        fld("SEXE / SEX", p["sex"])
        fld("NATIONALITÉ / NATIONALITY", p["nat"], 14 * mm)
        y -= 14
        fld("DATE DE NAISSANCE / DATE OF BIRTH", dmy(p["dob"], " "))
        y -= 14
        fld("TYPE DE TITRE / TYPE OF PERMIT", t["kind"], fs=5.6)
        y -= 14
        fld("VALABLE JUSQU'AU / VALID UNTIL", dmy(t["until"], " "))
        fld("N° DU TITRE", t["number"], 30 * mm)
        signature(c, 4 * mm, 2 * mm, 20 * mm, 5 * mm, rng, ink=(0.1, 0.1, 0.12), width=0.6)

    def back(c, w, h):
        _card_bg(c, w, h, rng, (0.85, 0.85, 0.92))
        c.setFillColorRGB(0.05, 0.05, 0.1)
        y = h - 6 * mm
        for lab, val in [
            ("ADRESSE / ADDRESS", t["address"][0]),
            ("", t["address"][1]),
            ("REMARQUES / REMARKS", t["remarks"]),
            ("LIEU ET DATE DE DÉLIVRANCE", f"{t['prefecture']} {dmy(t['issued'], ' ')}"),
        ]:
            if lab:
                c.setFont("Sans", 3.8)
                c.setFillColorRGB(0.3, 0.35, 0.5)
                c.drawString(4 * mm, y, lab)
                y -= 6.5
            c.setFillColorRGB(0.05, 0.05, 0.1)
            c.setFont("SansB", 6)
            c.drawString(4 * mm, y, val)
            y -= 9
        c.setFillColorRGB(1, 1, 1)
        c.rect(1.5 * mm, 1.5 * mm, w - 3 * mm, 17 * mm, stroke=0, fill=1)
        draw_mrz(c, 2 * mm, 2 * mm, w - 4 * mm, lines)

    return CARD, front, back, lines


def french_cni(p, t, rng):
    """French identity card, 2021 model (ID-1, TD1 'ID')."""
    lines = td1(
        "ID",
        "FRA",
        t["number"],
        yymmdd(p["dob"]),
        p["sex"],
        yymmdd(t["until"]),
        "FRA",
        p["surname"],
        p["given"],
    )

    def front(c, w, h):
        _card_bg(c, w, h, rng, (0.84, 0.86, 0.95))
        c.setFillColorRGB(0.0, 0.2, 0.55)
        c.rect(0, h - 9 * mm, w, 9 * mm, stroke=0, fill=1)
        c.setFillColorRGB(1, 1, 1)
        c.setFont("SansB", 6.2)
        c.drawString(4 * mm, h - 4.6 * mm, "RÉPUBLIQUE FRANÇAISE")
        c.setFont("Sans", 4.6)
        c.drawString(4 * mm, h - 7.5 * mm, "CARTE NATIONALE D'IDENTITÉ / IDENTITY CARD")
        portrait(c, 3.5 * mm, 6 * mm, 22 * mm, 28 * mm, rng, tone=p.get("tone"))
        x, y = 29 * mm, h - 13 * mm

        def fld(lab, val, dx=0):
            c.setFillColorRGB(0.25, 0.3, 0.5)
            c.setFont("Sans", 3.6)
            c.drawString(x + dx, y, lab)
            c.setFillColorRGB(0.05, 0.05, 0.1)
            c.setFont("LibB", 6.4)
            c.drawString(x + dx, y - 6.5, val)

        fld("NOM / Surname", p["surname"].upper())
        y -= 13
        fld("Prénoms / Given names", ", ".join(p["given"].split()).upper())
        y -= 13
        fld("SEXE / Sex", p["sex"])
        fld("NATIONALITÉ / Nationality", "FRA", 12 * mm)
        fld("DATE DE NAISS. / Date of birth", dmy(p["dob"], " "), 30 * mm)
        y -= 13
        fld("LIEU DE NAISSANCE / Place of birth", p["pob_passport"])
        y -= 13
        fld("N° DU DOCUMENT / Document No", t["number"])
        fld("DATE D'EXPIR. / Expiry date", dmy(t["until"], " "), 30 * mm)
        signature(c, 29 * mm, 1.5 * mm, 22 * mm, 5 * mm, rng, ink=(0.1, 0.1, 0.12), width=0.6)

    def back(c, w, h):
        _card_bg(c, w, h, rng, (0.86, 0.88, 0.95))
        c.setFillColorRGB(0.25, 0.3, 0.5)
        c.setFont("Sans", 3.8)
        c.drawString(4 * mm, h - 6 * mm, "ADRESSE / Address")
        c.setFillColorRGB(0.05, 0.05, 0.1)
        c.setFont("LibB", 6)
        c.drawString(4 * mm, h - 9 * mm, t["address"][0])
        c.drawString(4 * mm, h - 12 * mm, t["address"][1])
        c.setFillColorRGB(0.25, 0.3, 0.5)
        c.setFont("Sans", 3.8)
        c.drawString(4 * mm, h - 17 * mm, "DATE DE DÉLIVRANCE / Date of issue")
        c.setFillColorRGB(0.05, 0.05, 0.1)
        c.setFont("LibB", 6)
        c.drawString(4 * mm, h - 20 * mm, dmy(t["issued"], " "))
        c.setFillColorRGB(1, 1, 1)
        c.rect(1.5 * mm, 1.5 * mm, w - 3 * mm, 17 * mm, stroke=0, fill=1)
        draw_mrz(c, 2 * mm, 2 * mm, w - 4 * mm, lines)

    return CARD, front, back, lines
