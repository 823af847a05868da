"""Identity pieces: passport data pages, French visa sticker, residence card, CNI, recepisse."""

from cn_util import MM, face, guilloche, signature, stamp, td1, td3

PP = (125 * MM, 88 * MM)
CARD = (85.6 * MM, 54 * MM)

MONTHS_EN = ["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"]
MONTHS_FR = [
    "JAN",
    "FEVR",
    "MARS",
    "AVR",
    "MAI",
    "JUIN",
    "JUIL",
    "AOUT",
    "SEPT",
    "OCT",
    "NOV",
    "DEC",
]


def d_en(iso):
    y, m, d = iso.split("-")
    return f"{d} {MONTHS_EN[int(m) - 1]} {y}"


def d_bi(iso):
    y, m, d = iso.split("-")
    return f"{d} {MONTHS_FR[int(m) - 1]}/{MONTHS_EN[int(m) - 1]} {y[2:]}"


def d_fr(iso):
    y, m, d = iso.split("-")
    return f"{d}/{m}/{y}"


def yymmdd(iso):
    return iso[2:4] + iso[5:7] + iso[8:10]


def mrz_lines(c, x, y, lines, size=8.6, gap=11.5):
    c.setFillColorRGB(0.05, 0.05, 0.05)
    c.setFont("mono", size)
    for i, ln in enumerate(lines):
        c.drawString(x, y - i * gap, ln)


STYLES = {
    "KEN": {
        "bg": (0.86, 0.9, 0.84),
        "g": (0.55, 0.72, 0.55),
        "hdr": ["REPUBLIC OF KENYA"],
        "title": "PASSPORT",
        "font": "sansb",
        "lfont": "sans",
    },
    "PSE": {
        "bg": (0.9, 0.9, 0.84),
        "g": (0.7, 0.72, 0.55),
        "hdr": ["STATE OF PALESTINE"],
        "title": "PASSPORT / جواز سفر",
        "font": "dvb",
        "lfont": "dv",
    },
    "BOL": {
        "bg": (0.93, 0.88, 0.86),
        "g": (0.78, 0.62, 0.6),
        "hdr": ["ESTADO PLURINACIONAL DE BOLIVIA", "PLURINATIONAL STATE OF BOLIVIA"],
        "title": "PASAPORTE / PASSPORT",
        "font": "robb",
        "lfont": "rob",
    },
    "AUS": {
        "bg": (0.88, 0.9, 0.93),
        "g": (0.6, 0.66, 0.78),
        "hdr": ["AUSTRALIA"],
        "title": "PASSPORT",
        "font": "latob",
        "lfont": "lato",
    },
}


def passport_page(p, rng):
    """A TD3 passport data page. p: dict with surname, given, num, nat, dob, sex, exp,
    issued, place_of_birth, authority; returns (draw function, mrz lines)."""
    st = STYLES[p["nat"]]
    l1, l2 = td3(
        "P",
        p["nat"],
        p["surname"],
        p["given"],
        p["num"],
        p["nat"],
        yymmdd(p["dob"]),
        p["sex"],
        yymmdd(p["exp"]),
        p.get("opt", ""),
    )
    labels = p.get("labels") or {
        "type": "Type",
        "code": "Code",
        "num": "Passport No.",
        "surname": "Surname",
        "given": "Given names",
        "nat": "Nationality",
        "dob": "Date of birth",
        "sex": "Sex",
        "pob": "Place of birth",
        "iss": "Date of issue",
        "exp": "Date of expiry",
        "auth": "Authority",
    }

    def f(c, w, h):
        c.setFillColorRGB(*st["bg"])
        c.rect(0, 0, w, h, stroke=0, fill=1)
        guilloche(c, 0, 26 * MM, w, h - 26 * MM, rng, st["g"], 34)
        c.setFillColorRGB(1, 1, 1)
        c.rect(0, 0, w, 24 * MM, stroke=0, fill=1)
        c.setFillColorRGB(0.1, 0.1, 0.15)
        c.setFont(st["font"], 8.5)
        for i, t in enumerate(st["hdr"]):
            c.drawCentredString(w / 2, h - 7 * MM - i * 9, t)
        c.setFont(st["font"], 7)
        c.drawString(40 * MM, h - 7 * MM - len(st["hdr"]) * 9, st["title"])
        face(c, 5 * MM, 28 * MM, 30 * MM, 38 * MM)
        rows = [
            [("type", "P"), ("code", p["nat"]), ("num", p["num"])],
            [("surname", p["surname"].upper())],
            [("given", p["given"].upper())],
            [("nat", p["nat_text"]), ("sex", p["sex"])],
            [("dob", d_en(p["dob"])), ("pob", p["place_of_birth"].upper())],
            [("iss", d_en(p["issued"])), ("exp", d_en(p["exp"]))],
            [("auth", p["authority"])],
        ]
        y = h - 22 * MM
        for row in rows:
            x = 40 * MM
            for key, val in row:
                c.setFont(st["lfont"], 5.2)
                c.setFillColorRGB(0.25, 0.25, 0.3)
                c.drawString(x, y + 6.5, labels[key])
                c.setFont(st["font"], 7.6)
                c.setFillColorRGB(0.05, 0.05, 0.08)
                c.drawString(x, y - 1, val)
                x += 26 * MM if key in ("type", "code", "nat", "dob", "iss") else 30 * MM
            y -= 6.3 * MM
        signature(c, 92 * MM, 25.5 * MM, 26 * MM, 6 * MM, rng)
        mrz_lines(c, 4 * MM, 15 * MM, [l1, l2], 9.4, 13)

    return f, (l1, l2)


def visa_page(v, rng):
    """Passport page with a French long-stay visa sticker (MRV-A)."""
    l1, l2 = td3(
        "VD",
        "FRA",
        v["surname"],
        v["given"],
        v["num"],
        v["nat"],
        yymmdd(v["dob"]),
        v["sex"],
        yymmdd(v["until"]),
    )

    def f(c, w, h):
        c.setFillColorRGB(0.95, 0.93, 0.88)
        c.rect(0, 0, w, h, stroke=0, fill=1)
        guilloche(c, 0, 0, w, h, rng, (0.85, 0.8, 0.75), 20)
        x0, y0, sw, sh = 3 * MM, 3 * MM, w - 6 * MM, h - 6 * MM
        c.setFillColorRGB(0.92, 0.94, 0.97)
        c.roundRect(x0, y0, sw, sh, 6, stroke=0, fill=1)
        guilloche(c, x0, y0 + 18 * MM, sw, sh - 18 * MM, rng, (0.72, 0.78, 0.9), 26)
        c.setFillColorRGB(1, 1, 1)
        c.rect(x0, y0, sw, 17 * MM, stroke=0, fill=1)
        face(c, x0 + 3 * MM, y0 + 22 * MM, 25 * MM, 32 * MM)
        c.setFillColorRGB(0.1, 0.15, 0.45)
        c.setFont("sansb", 13)
        c.drawString(x0 + 32 * MM, y0 + sh - 9 * MM, "VISA")
        c.setFont("sans", 6)
        c.drawString(x0 + 52 * MM, y0 + sh - 6 * MM, "RÉPUBLIQUE FRANÇAISE")
        c.drawString(x0 + 52 * MM, y0 + sh - 9 * MM, "ÉTATS SCHENGEN")
        c.setFont("monob", 8)
        c.drawRightString(x0 + sw - 3 * MM, y0 + sh - 6 * MM, v["num"])
        rows = [
            [("VALABLE POUR / VALID FOR", "FRANCE")],
            [("DU / FROM", d_fr(v["from"])), ("AU / UNTIL", d_fr(v["until"]))],
            [
                ("TYPE DE VISA", "D"),
                ("NOMBRE D'ENTRÉES", "MULT"),
                ("DURÉE", f"{v['days']} JOURS"),
            ],
            [("DÉLIVRÉ À / ISSUED IN", v["issued_in"]), ("LE / ON", d_fr(v["issued"]))],
            [("NUMÉRO DE PASSEPORT", v["passport"])],
            [
                (
                    "NOM, PRÉNOM / SURNAME, NAME",
                    "{}, {}".format(v["surname"].upper(), v["given"].upper()),
                )
            ],
            [("REMARQUES", v["remarks"])],
        ]
        y = y0 + sh - 14 * MM
        for row in rows:
            x = x0 + 32 * MM
            for lab, val in row:
                c.setFont("sans", 4.6)
                c.setFillColorRGB(0.2, 0.25, 0.5)
                c.drawString(x, y + 5.5, lab)
                c.setFont("monob", 7)
                c.setFillColorRGB(0.05, 0.05, 0.1)
                c.drawString(x, y - 1, val)
                x += 28 * MM
            y -= 5.2 * MM
        stamp(
            c,
            x0 + sw - 15 * MM,
            y0 + 30 * MM,
            9 * MM,
            "AMBASSADE DE FRANCE",
            v["issued_in"],
            "SERVICE\nDES VISAS",
            color=(0.55, 0.2, 0.5),
            ang=rng.uniform(-20, 20),
        )
        mrz_lines(c, x0 + 2 * MM, y0 + 11 * MM, [l1, l2], 9.2, 12.5)

    return f, (l1, l2)


def card_recto_ts(t, rng):
    def f(c, w, h):
        c.setFillColorRGB(0.93, 0.92, 0.96)
        c.roundRect(0, 0, w, h, 9, stroke=0, fill=1)
        guilloche(c, 0, 0, w, h, rng, (0.8, 0.76, 0.88), 22)
        c.setFillColorRGB(0.0, 0.14, 0.49)
        c.rect(0, h - 9 * MM, w, 9 * MM, stroke=0, fill=1)
        c.setFillColorRGB(1, 1, 1)
        c.setFont("sansb", 7)
        c.drawString(3 * MM, h - 4.5 * MM, "RÉPUBLIQUE FRANÇAISE")
        c.setFont("sansb", 8)
        c.drawRightString(w - 3 * MM, h - 4.5 * MM, "TITRE DE SÉJOUR")
        c.setFont("sans", 5)
        c.drawRightString(w - 3 * MM, h - 7.3 * MM, "RESIDENCE PERMIT")
        face(c, 3 * MM, 6 * MM, 22 * MM, 28 * MM)
        rows = [
            ("Nom / Surname", t["surname"].upper()),
            ("Prénoms / Given names", t["given"].upper()),
            ("Sexe / Sex   Nationalité / Nationality", "{}      {}".format(t["sex"], t["nat"])),
            ("Date de naissance / Date of birth", d_fr(t["dob"]).replace("/", " ")),
            ("Type de titre / Type of permit", t["kind"]),
            ("N° du document      Date d'expiration", "{}   {}".format(t["num"], d_fr(t["exp"]))),
        ]
        y = h - 13 * MM
        for lab, val in rows:
            c.setFont("sans", 4.2)
            c.setFillColorRGB(0.25, 0.25, 0.4)
            c.drawString(28 * MM, y + 4.6, lab)
            c.setFont("sansb", 6.2)
            c.setFillColorRGB(0.05, 0.05, 0.1)
            c.drawString(28 * MM, y - 1, val)
            y -= 6.3 * MM
        signature(c, 4 * MM, 1.5 * MM, 18 * MM, 4 * MM, rng)

    return f


def card_verso_ts(t, rng):
    l1, l2, l3 = td1(
        "IR",
        "FRA",
        t["num"],
        yymmdd(t["dob"]),
        t["sex"],
        yymmdd(t["exp"]),
        t["nat"],
        t["surname"],
        t["given"],
    )

    def f(c, w, h):
        c.setFillColorRGB(0.94, 0.93, 0.96)
        c.roundRect(0, 0, w, h, 9, stroke=0, fill=1)
        guilloche(c, 0, 20 * MM, w, h - 20 * MM, rng, (0.82, 0.78, 0.9), 14)
        c.setFillColorRGB(0.1, 0.1, 0.2)
        c.setFont("sans", 4.3)
        y = h - 5 * MM
        for lab, val in [
            ("Adresse / Address", t["address1"]),
            ("", t["address2"]),
            ("Lieu de naissance / Place of birth", t["pob"]),
            ("Remarques / Remarks", t["remarks"]),
            ("Délivré le / Issued on      Par / By", "{}   {}".format(d_fr(t["issued"]), t["by"])),
        ]:
            if lab:
                c.setFont("sans", 4.3)
                c.drawString(4 * MM, y + 4.3, lab)
            c.setFont("sansb", 5.8)
            c.drawString(4 * MM, y - 0.8, val)
            y -= 5.4 * MM if lab else 3.2 * MM
        c.setFillColorRGB(1, 1, 1)
        c.rect(0, 0, w, 17 * MM, stroke=0, fill=1)
        mrz_lines(c, 3 * MM, 12 * MM, [l1, l2, l3], 8.2, 11)

    return f, (l1, l2, l3)


def cni_recto(t, rng):
    def f(c, w, h):
        c.setFillColorRGB(0.93, 0.95, 0.97)
        c.roundRect(0, 0, w, h, 9, stroke=0, fill=1)
        guilloche(c, 0, 0, w, h, rng, (0.78, 0.85, 0.9), 22)
        c.setFillColorRGB(0.0, 0.14, 0.49)
        c.setFont("sansb", 6.5)
        c.drawString(3 * MM, h - 5 * MM, "RÉPUBLIQUE FRANÇAISE")
        c.setFont("sansb", 5.6)
        c.drawRightString(w - 3 * MM, h - 4.2 * MM, "CARTE NATIONALE D'IDENTITÉ")
        c.setFont("sans", 4.6)
        c.drawRightString(w - 3 * MM, h - 6.6 * MM, "IDENTITY CARD")
        face(c, 3 * MM, 7 * MM, 22 * MM, 29 * MM)
        rows = [
            ("NOM / Surname", t["surname"].upper()),
            ("Prénoms / Given names", t["given"].upper().replace(" ", ", ")),
            (
                "SEXE   NATIONALITÉ   DATE DE NAISS.",
                "{}   FRA   {}".format(t["sex"], d_fr(t["dob"]).replace("/", " ")),
            ),
            ("LIEU DE NAISSANCE / Place of birth", t["pob"].upper()),
            (
                "N° DU DOCUMENT        DATE D'EXPIR.",
                "{}   {}".format(t["num"], d_fr(t["exp"]).replace("/", " ")),
            ),
        ]
        y = h - 12 * MM
        for lab, val in rows:
            c.setFont("sans", 4.0)
            c.setFillColorRGB(0.2, 0.3, 0.45)
            c.drawString(28 * MM, y + 4.5, lab)
            c.setFont("sansb", 6.2)
            c.setFillColorRGB(0.05, 0.05, 0.1)
            c.drawString(28 * MM, y - 1, val)
            y -= 7 * MM
        signature(c, 30 * MM, 2 * MM, 20 * MM, 4 * MM, rng)

    return f


def cni_verso(t, rng):
    l1, l2, l3 = td1(
        "ID",
        "FRA",
        t["num"],
        yymmdd(t["dob"]),
        t["sex"],
        yymmdd(t["exp"]),
        "FRA",
        t["surname"],
        t["given"],
    )

    def f(c, w, h):
        c.setFillColorRGB(0.93, 0.95, 0.97)
        c.roundRect(0, 0, w, h, 9, stroke=0, fill=1)
        c.setFillColorRGB(0.1, 0.1, 0.2)
        y = h - 6 * MM
        for lab, val in [
            ("ADRESSE / Address", t["address1"]),
            ("", t["address2"]),
            ("DATE DE DÉLIVRANCE / Date of issue", d_fr(t["issued"])),
            ("AUTORITÉ / Authority", t["by"]),
        ]:
            if lab:
                c.setFont("sans", 4.2)
                c.drawString(4 * MM, y + 4.3, lab)
            c.setFont("sansb", 5.8)
            c.drawString(4 * MM, y - 0.8, val)
            y -= 6 * MM if lab else 3.2 * MM
        c.setFillColorRGB(1, 1, 1)
        c.rect(0, 0, w, 17 * MM, stroke=0, fill=1)
        mrz_lines(c, 3 * MM, 12 * MM, [l1, l2, l3], 8.2, 11)

    return f, (l1, l2, l3)


def recepisse(r, rng):
    """Recepisse de demande de titre de sejour (A4 paper with photo, prefecture stamp)."""

    def f(c, w, h):
        m = 18 * MM
        c.setFillColorRGB(0, 0, 0)
        c.setFont("sansb", 9)
        c.drawString(m, h - 20 * MM, "RÉPUBLIQUE FRANÇAISE")
        c.setFont("sans", 7)
        c.drawString(m, h - 24 * MM, "Liberté")
        c.drawString(m, h - 27 * MM, "Égalité")
        c.drawString(m, h - 30 * MM, "Fraternité")
        c.setFont("sansb", 10)
        c.drawRightString(w - m, h - 20 * MM, r["prefecture"])
        c.setFont("sans", 8)
        c.drawRightString(w - m, h - 25 * MM, "Direction de l'immigration et de l'intégration")
        c.setFillColorRGB(0.92, 0.92, 0.92)
        c.rect(m, h - 52 * MM, w - 2 * m, 14 * MM, stroke=0, fill=1)
        c.setFillColorRGB(0, 0, 0)
        c.setFont("sansb", 12)
        c.drawCentredString(w / 2, h - 44 * MM, "RÉCÉPISSÉ DE DEMANDE DE CARTE DE SÉJOUR")
        c.setFont("sans", 8.5)
        c.drawCentredString(
            w / 2,
            h - 49 * MM,
            "(article R. 431-12 du code de l'entrée et du "
            "séjour des étrangers et du droit d'asile)",
        )
        face(c, w - m - 30 * MM, h - 100 * MM, 30 * MM, 40 * MM)
        y = h - 64 * MM
        for lab, val in [
            ("Numéro du récépissé", r["num"]),
            ("N° étranger (AGDREF)", r["agdref"]),
            ("Nom", r["surname"].upper()),
            ("Nom d'usage", r.get("usage", "")),
            ("Prénom(s)", r["given"]),
            ("Né(e) le", d_fr(r["dob"])),
            ("à", r["pob"]),
            ("Nationalité", r["nat_text"]),
            ("Sexe", r["sex"]),
            ("Adresse", r["address"]),
        ]:
            c.setFont("sans", 9)
            c.drawString(m, y, lab + " :")
            c.setFont("sansb", 9.5)
            c.drawString(m + 45 * MM, y, val)
            y -= 7 * MM
        y -= 4 * MM
        c.setFont("sans", 9)
        for ln in [
            "a sollicité la délivrance d'un titre de séjour portant la mention : {}".format(
                r["mention"]
            ),
            "Le présent récépissé est valable du {} au {}.".format(
                d_fr(r["from"]), d_fr(r["until"])
            ),
            "Il autorise son titulaire à travailler.",
            "Ce document ne permet pas à son titulaire de voyager hors de France sans visa.",
        ]:
            c.drawString(m, y, ln)
            y -= 6 * MM
        c.drawString(m, y - 6 * MM, "Fait à Paris, le {}".format(d_fr(r["issued"])))
        c.drawString(w - m - 62 * MM, y - 6 * MM, "Pour le préfet et par délégation,")
        signature(c, w - m - 55 * MM, y - 30 * MM, 40 * MM, 14 * MM, rng)
        stamp(
            c,
            w - m - 80 * MM,
            y - 28 * MM,
            14 * MM,
            "PRÉFECTURE DE POLICE",
            "PARIS",
            "DPG\nBUREAU DES\nÉTRANGERS",
            ang=rng.uniform(-25, 25),
        )
        c.setFont("sans", 6.5)
        c.drawString(m, 12 * MM, "Cerfa n° 13632*02 - Signature du titulaire :")
        signature(c, m + 55 * MM, 9 * MM, 30 * MM, 8 * MM, rng)

    return f
