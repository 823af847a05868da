"""Identity documents: passports, French visa sticker, titre de séjour, French CNI."""

from __future__ import annotations

import random

from bc_common import ID1, MM, face, fr, guilloche, mrva, signature, td1, td3


def _mrz(c, x, y, lines, size=10.2):
    c.setFillColorRGB(0.05, 0.05, 0.05)
    c.setFont("MonoB", size)
    for i, ln in enumerate(lines):
        c.drawString(x, y - i * size * 1.35, ln)


def _pp_date(d: str, style: str) -> str:
    mon = "JAN FEB MAR APR MAY JUN JUL AUG SEP OCT NOV DEC".split()[int(d[5:7]) - 1]
    if style == "es":
        es = "ENE FEB MAR ABR MAY JUN JUL AGO SEP OCT NOV DIC".split()[int(d[5:7]) - 1]
        return "%s %s/%s %s" % (d[8:10], es, mon, d[:4])
    if style == "num":
        return fr(d)
    return "%s %s %s" % (d[8:10], mon, d[:4])


PASSPORT_STYLES = {
    "CMR": dict(
        head=["RÉPUBLIQUE DU CAMEROUN", "REPUBLIC OF CAMEROON"],
        title="PASSEPORT / PASSPORT",
        tint=(0.85, 0.93, 0.86),
        labels=[
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
        nat="CAMEROUNAISE / CAMEROONIAN",
        date="en",
        skin=(0.36, 0.24, 0.17),
    ),
    "COL": dict(
        head=["REPÚBLICA DE COLOMBIA", "REPUBLIC OF COLOMBIA"],
        title="PASAPORTE / PASSPORT",
        tint=(0.93, 0.88, 0.95),
        labels=[
            "Apellidos / Surname",
            "Nombres / Given names",
            "Nacionalidad / Nationality",
            "Fecha de nacimiento / Date of birth",
            "Sexo / Sex",
            "Lugar de nacimiento / Place of birth",
            "Fecha de expedición / Date of issue",
            "Fecha de vencimiento / Date of expiry",
            "Autoridad / Authority",
        ],
        nat="COLOMBIANA",
        date="es",
        skin=(0.72, 0.55, 0.42),
    ),
    "PHL": dict(
        head=["REPUBLIKA NG PILIPINAS", "REPUBLIC OF THE PHILIPPINES"],
        title="PASAPORTE / PASSPORT",
        tint=(0.95, 0.92, 0.84),
        labels=[
            "Apelyido / Surname",
            "Mga Pangalan / Given names",
            "Nasyonalidad / Nationality",
            "Petsa ng Kapanganakan / Date of birth",
            "Kasarian / Sex",
            "Lugar ng Kapanganakan / Place of birth",
            "Petsa ng Pagkakaloob / Date of issue",
            "Petsa ng Pagkawalang-bisa / Valid until",
            "Maykapangyarihan / Authority",
        ],
        nat="FILIPINO",
        date="en",
        skin=(0.68, 0.5, 0.36),
    ),
    "IRN": dict(
        head=["ISLAMIC REPUBLIC OF IRAN"],
        title="PASSPORT",
        tint=(0.9, 0.9, 0.96),
        labels=[
            "Surname",
            "Given names",
            "Nationality",
            "Date of birth",
            "Sex",
            "Place of birth",
            "Date of issue",
            "Date of expiry",
            "Issuing authority",
        ],
        nat="IRANIAN",
        date="en",
        skin=(0.75, 0.6, 0.5),
    ),
}


def passport(p: dict, seed: int, mrz_override=None):
    """Draw an open passport booklet (observations page above, data page below)."""
    st = PASSPORT_STYLES[p["country"]]
    W, H = 125 * MM, 176 * MM
    lines = mrz_override or td3(
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

    def draw(c, w, h):
        rng = random.Random(seed)
        c.setFillColorRGB(0.97, 0.96, 0.93)
        c.rect(0, 88 * MM, w, 88 * MM, stroke=0, fill=1)
        c.setFillColorRGB(0.55, 0.55, 0.6)
        c.setFont("Sans", 7)
        c.drawCentredString(w / 2, 170 * MM, st["head"][-1])
        c.drawCentredString(w / 2, 160 * MM, "OBSERVATIONS")
        c.setFillColorRGB(*st["tint"])
        c.rect(0, 0, w, 88 * MM, stroke=0, fill=1)
        guilloche(c, 0, 20 * MM, w, 65 * MM, seed, tuple(v * 0.9 for v in st["tint"]))
        c.setStrokeColorRGB(0.6, 0.6, 0.6)
        c.line(0, 88 * MM, w, 88 * MM)
        c.setFillColorRGB(0.15, 0.2, 0.35)
        c.setFont("SerifB", 8.5)
        yy = 83 * MM
        for t in st["head"]:
            c.drawString(40 * MM, yy, t)
            yy -= 3.6 * MM
        c.setFont("Sans", 6.5)
        c.drawString(40 * MM, yy, st["title"])
        c.drawString(40 * MM, yy - 5 * MM, "Type / Tipo   P")
        c.drawString(62 * MM, yy - 5 * MM, "Code  " + p["country"])
        c.drawString(82 * MM, yy - 5 * MM, "N°  ")
        c.setFont("MonoB", 9)
        c.setFillColorRGB(0.6, 0.05, 0.05)
        c.drawString(88 * MM, yy - 5 * MM, p["number"])
        face(c, 5 * MM, 24 * MM, 32 * MM, 42 * MM, seed, st["skin"])
        vals = [
            p["surname"].upper(),
            p["given"].upper(),
            st["nat"],
            _pp_date(p["dob"], st["date"]),
            p["sex"],
            p["pob"].upper(),
            _pp_date(p["issue"], st["date"]),
            _pp_date(p["expiry"], st["date"]),
            p["authority"],
        ]
        y = yy - 10 * MM
        for lab, val in zip(st["labels"], vals, strict=True):
            c.setFillColorRGB(0.25, 0.25, 0.35)
            c.setFont("Sans", 5.2)
            c.drawString(40 * MM, y, lab)
            c.setFillColorRGB(0.05, 0.05, 0.08)
            c.setFont("SansB", 7.6)
            for k, part in enumerate(val.split("\n")):
                c.drawString(40 * MM, y - 2.9 * MM - k * 3.2 * MM, part)
            y -= 5.5 * MM + (3.2 * MM if "\n" in val else 0)
        if p.get("middle"):
            c.setFont("Sans", 5.2)
            c.drawString(90 * MM, yy - 11 * MM, "Gitnang Apelyido / Middle name")
            c.setFont("SansB", 7.6)
            c.drawString(90 * MM, yy - 13.9 * MM, p["middle"].upper())
        signature(c, 6 * MM, 18 * MM, 28 * MM, 5 * MM, seed + 7, color=(0.1, 0.1, 0.1), width=0.6)
        c.setFillColorRGB(1, 1, 1)
        c.rect(0, 0, w, 17 * MM, stroke=0, fill=1)
        _mrz(c, 4 * MM, 10 * MM, lines)
        _ = rng

    return (W, H), draw, lines


def visa_page(v: dict, seed: int):
    """A French long-stay visa sticker (VLS-TS) stuck in a passport page."""
    W, H = 125 * MM, 88 * MM
    lines = mrva(
        "FRA",
        v["surname"],
        v["given"],
        v["number"],
        v["nat"],
        v["dob"],
        v["sex"],
        v["until"],
    )

    def draw(c, w, h):
        c.setFillColorRGB(0.95, 0.94, 0.9)
        c.rect(0, 0, w, h, stroke=0, fill=1)
        x0, y0, sw, sh = 3 * MM, 8 * MM, 119 * MM, 76 * MM
        c.setFillColorRGB(0.9, 0.93, 0.97)
        c.roundRect(x0, y0, sw, sh, 3, stroke=0, fill=1)
        guilloche(c, x0, y0 + 20 * MM, sw, 50 * MM, seed, (0.8, 0.72, 0.85))
        face(c, x0 + 3 * MM, y0 + 20 * MM, 25 * MM, 32 * MM, seed, v["skin"])
        c.setFillColorRGB(0.1, 0.15, 0.4)
        c.setFont("SansB", 9)
        c.drawString(x0 + 32 * MM, y0 + sh - 6 * MM, "VISA")
        c.setFont("Sans", 5.5)
        rows = [
            ("VALABLE POUR / VALID FOR", "FRANCE", "N° DU VISA", v["number"]),
            ("DU / FROM", fr(v["from"]), "AU / UNTIL", fr(v["until"])),
            ("TYPE DE VISA", "D", "NOMBRE D'ENTRÉES", "MULT"),
            ("DURÉE DU SÉJOUR", "%s JOURS" % v["days"], "DÉLIVRÉ À", v["post"]),
            ("LE", fr(v["issued"]), "", ""),
            ("NOM, PRÉNOM", "%s, %s" % (v["surname"].upper(), v["given"].upper()), "", ""),
            ("REMARQUES", v["remarks"], "", ""),
        ]
        y = y0 + sh - 12 * MM
        for a, b, cc, d in rows:
            c.setFont("Sans", 5)
            c.setFillColorRGB(0.3, 0.3, 0.45)
            c.drawString(x0 + 32 * MM, y + 2.6 * MM, a)
            if cc:
                c.drawString(x0 + 78 * MM, y + 2.6 * MM, cc)
            c.setFillColorRGB(0.05, 0.05, 0.1)
            c.setFont("SansB", 7)
            c.drawString(x0 + 32 * MM, y, b)
            if d:
                c.drawString(x0 + 78 * MM, y, d)
            y -= 6.6 * MM
        c.setFont("Sans", 6.2)
        c.drawString(x0 + 32 * MM, y + 2 * MM, v["remarks2"])
        c.setFillColorRGB(1, 1, 1)
        c.rect(x0, y0, sw, 15 * MM, stroke=0, fill=1)
        _mrz(c, x0 + 3 * MM, y0 + 9 * MM, lines, size=9.6)

    return (W, H), draw, lines


def titre_sejour(t: dict, seed: int, side: str):
    """French residence permit (ID-1 card, 2020 model). side: 'front' or 'back'."""
    W, H = ID1
    lines = td1(
        "IR",
        "FRA",
        t["number"],
        t["dob"],
        t["sex"],
        t["expiry"],
        t["nat"],
        t["surname"],
        t["given"],
    )

    def front(c, w, h):
        c.setFillColorRGB(0.93, 0.95, 0.9)
        c.roundRect(0, 0, w, h, 9, stroke=0, fill=1)
        guilloche(c, 0, 5 * MM, w, 40 * MM, seed, (0.75, 0.85, 0.9))
        c.setFillColorRGB(0.1, 0.2, 0.45)
        c.setFont("SansB", 6.5)
        c.drawString(3 * MM, h - 5 * MM, "RÉPUBLIQUE FRANÇAISE")
        c.setFont("SansB", 7.5)
        c.drawString(3 * MM, h - 8.5 * MM, "TITRE DE SÉJOUR")
        c.setFont("Sans", 4.5)
        c.drawString(3 * MM, h - 11 * MM, "RESIDENCE PERMIT")
        c.setFont("MonoB", 6.5)
        c.drawRightString(w - 3 * MM, h - 5 * MM, t["number"])
        face(c, 3 * MM, 6 * MM, 22 * MM, 29 * MM, seed, t["skin"])
        y = h - 15 * MM
        for lab, val in [
            ("NOM / SURNAME", t["surname"].upper()),
            ("PRÉNOMS / GIVEN NAMES", t["given"].upper().replace(" ", ", ")),
            ("NATIONALITÉ / NATIONALITY", t["nat"]),
            ("DATE DE NAISS. / DATE OF BIRTH        SEXE", fr(t["dob"]) + "          " + t["sex"]),
            ("TYPE DE TITRE / TYPE OF PERMIT", t["kind"]),
            ("VALIDITÉ / VALIDITY", "%s - %s" % (fr(t["from"]), fr(t["expiry"]))),
        ]:
            c.setFillColorRGB(0.3, 0.3, 0.4)
            c.setFont("Sans", 3.8)
            c.drawString(28 * MM, y + 1.9 * MM, lab)
            c.setFillColorRGB(0.02, 0.02, 0.05)
            c.setFont("SansB", 5.6)
            c.drawString(28 * MM, y, val)
            y -= 5.6 * MM
        signature(c, 28 * MM, 1.5 * MM, 20 * MM, 4 * MM, seed + 3, (0.1, 0.1, 0.1), 0.5)

    def back(c, w, h):
        c.setFillColorRGB(0.93, 0.95, 0.9)
        c.roundRect(0, 0, w, h, 9, stroke=0, fill=1)
        guilloche(c, 0, 20 * MM, w, 30 * MM, seed + 1, (0.8, 0.85, 0.9))
        c.setFillColorRGB(0.1, 0.1, 0.2)
        c.setFont("Sans", 4.5)
        y = h - 5 * MM
        for ln in [
            "REMARQUES : " + t["remarks"],
            "AUTORISE SON TITULAIRE À TRAVAILLER" if t.get("work") else "",
            "LIEU DE DÉLIVRANCE : " + t["prefecture"],
            "DATE DE DÉLIVRANCE : " + fr(t["issued"]),
            "ADRESSE : " + t["address"],
        ]:
            c.drawString(3 * MM, y, ln)
            y -= 3.4 * MM
        c.setFillColorRGB(1, 1, 1)
        c.rect(0, 2 * MM, w, 16 * MM, stroke=0, fill=1)
        _mrz(c, 2.5 * MM, 13.5 * MM, lines, size=8.6)

    return (W, H), (front if side == "front" else back), lines


def french_cni(n: dict, seed: int, both=True):
    """French national ID card (2021 model), front and back photocopied on one A4 page."""
    lines = td1(
        "ID",
        "FRA",
        n["number"],
        n["dob"],
        n["sex"],
        n["expiry"],
        "FRA",
        n["surname"],
        n["given"],
    )

    def card_front(c, x, y):
        w, h = ID1
        c.saveState()
        c.translate(x, y)
        c.setFillColorRGB(0.9, 0.92, 0.96)
        c.roundRect(0, 0, w, h, 9, stroke=1, fill=1)
        guilloche(c, 0, 5 * MM, w, 40 * MM, seed, (0.9, 0.75, 0.8))
        c.setFillColorRGB(0.1, 0.2, 0.5)
        c.setFont("SansB", 6.5)
        c.drawString(3 * MM, h - 5 * MM, "RÉPUBLIQUE FRANÇAISE")
        c.setFont("Sans", 5)
        c.drawString(3 * MM, h - 8 * MM, "CARTE NATIONALE D'IDENTITÉ / IDENTITY CARD")
        face(c, 3 * MM, 6 * MM, 22 * MM, 29 * MM, seed, (0.85, 0.7, 0.6))
        y2 = h - 13 * MM
        for lab, val in [
            ("NOM / Surname", n["surname"].upper()),
            ("Prénoms / Given names", n["given"].replace(" ", ", ")),
            (
                "SEXE   NATIONALITÉ   DATE DE NAISS.",
                "%s      FRA      %s" % (n["sex"], fr(n["dob"])),
            ),
            ("LIEU DE NAISSANCE", n["pob"].upper()),
            ("N° DU DOCUMENT", n["number"]),
            ("DATE D'EXPIRATION", fr(n["expiry"])),
        ]:
            c.setFillColorRGB(0.3, 0.3, 0.4)
            c.setFont("Sans", 3.8)
            c.drawString(28 * MM, y2 + 1.9 * MM, lab)
            c.setFillColorRGB(0.02, 0.02, 0.05)
            c.setFont("SansB", 5.6)
            c.drawString(28 * MM, y2, val)
            y2 -= 5.4 * MM
        signature(c, 3 * MM, 1.3 * MM, 20 * MM, 4 * MM, seed + 5, (0.1, 0.1, 0.1), 0.5)
        c.restoreState()

    def card_back(c, x, y):
        w, h = ID1
        c.saveState()
        c.translate(x, y)
        c.setFillColorRGB(0.9, 0.92, 0.96)
        c.roundRect(0, 0, w, h, 9, stroke=1, fill=1)
        c.setFillColorRGB(0.1, 0.1, 0.2)
        c.setFont("Sans", 4.5)
        c.drawString(3 * MM, h - 6 * MM, "ADRESSE : " + n["address"])
        c.drawString(3 * MM, h - 10 * MM, "DATE DE DÉLIVRANCE : " + fr(n["issued"]))
        c.setFillColorRGB(1, 1, 1)
        c.rect(0, 2 * MM, w, 16 * MM, stroke=0, fill=1)
        _mrz(c, 2.5 * MM, 13.5 * MM, lines, size=8.6)
        c.restoreState()

    def draw(c, w, h):
        c.setFillColorRGB(1, 1, 1)
        c.rect(0, 0, w, h, stroke=0, fill=1)
        card_front(c, 25 * MM, h - 90 * MM)
        if both:
            card_back(c, 25 * MM, h - 160 * MM)

    return draw, lines
