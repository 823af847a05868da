"""Identity pieces: passports, visa sticker, residence cards, French ID card."""

from reportlab.lib.units import mm

from common import guilloche, signature, silhouette

PASS_SIZE = (125 * mm, 88 * mm)
CARD_SIZE = (85.6 * mm, 54 * mm)

STYLES = {
    "TUN": dict(
        bg=(0.93, 0.9, 0.86),
        band=(0.62, 0.1, 0.12),
        title="REPUBLIQUE TUNISIENNE",
        sub="PASSEPORT / PASSPORT",
        lang=(
            "Nom",
            "Prénoms",
            "Nationalité",
            "Date de naissance",
            "Sexe",
            "Lieu de naissance",
            "Date de délivrance",
            "Date d'expiration",
            "N° du passeport",
        ),
    ),
    "CIV": dict(
        bg=(0.9, 0.93, 0.87),
        band=(0.9, 0.5, 0.1),
        title="RÉPUBLIQUE DE CÔTE D'IVOIRE",
        sub="PASSEPORT / PASSPORT",
        lang=(
            "Nom / Surname",
            "Prénoms / Given names",
            "Nationalité / Nationality",
            "Date de naissance / Date of birth",
            "Sexe / Sex",
            "Lieu de naissance / Place of birth",
            "Date de délivrance / Date of issue",
            "Date d'expiration / Date of expiry",
            "N° Passeport / Passport No.",
        ),
    ),
    "UKR": dict(
        bg=(0.88, 0.91, 0.95),
        band=(0.15, 0.3, 0.6),
        title="УКРАЇНА / UKRAINE",
        sub="ПАСПОРТ / PASSPORT",
        lang=(
            "Прізвище / Surname",
            "Ім'я / Given Names",
            "Громадянство / Nationality",
            "Дата народження / Date of birth",
            "Стать / Sex",
            "Місце народження / Place of birth",
            "Дата видачі / Date of issue",
            "Дата закінчення строку дії / Date of expiry",
            "Паспорт № / Passport No.",
        ),
    ),
    "USA": dict(
        bg=(0.92, 0.93, 0.95),
        band=(0.12, 0.2, 0.42),
        title="UNITED STATES OF AMERICA",
        sub="PASSPORT",
        lang=(
            "Surname / Nom",
            "Given Names / Prénoms",
            "Nationality / Nationalité",
            "Date of birth / Date de naissance",
            "Sex / Sexe",
            "Place of birth / Lieu de naissance",
            "Date of issue / Date de délivrance",
            "Date of expiration / Date d'expiration",
            "Passport No. / No. du passeport",
        ),
    ),
}

MON_EN = "JAN FEB MAR APR MAY JUN JUL AUG SEP OCT NOV DEC".split()
MON_FR = "JAN FEV MAR AVR MAI JUIN JUIL AOUT SEPT OCT NOV DEC".split()


def pdate(d, style):
    if style == "USA":
        return "%s %s %s" % (d[8:10], MON_EN[int(d[5:7]) - 1], d[0:4])
    if style == "CIV":
        return "%s %s/%s %s" % (d[8:10], MON_FR[int(d[5:7]) - 1], MON_EN[int(d[5:7]) - 1], d[2:4])
    return (
        "%s.%s.%s" % (d[8:10], d[5:7], d[0:4])
        if style == "UKR"
        else "%s/%s/%s" % (d[8:10], d[5:7], d[0:4])
    )


def draw_mrz(c, lines, x, y, size, step):
    c.setFillColorRGB(0.08, 0.08, 0.1)
    c.setFont("Mono", size)
    for i, ln in enumerate(lines):
        c.drawString(x, y - i * step, ln)


def passport_page(p, rng):
    """p: dict with surname, given, number, nat, country, dob, sex, pob, issue, exp, mrz, style"""
    st = STYLES[p["style"]]

    def f(c, w, h):
        c.setFillColorRGB(*st["bg"])
        c.rect(0, 0, w, h, stroke=0, fill=1)
        guilloche(
            c,
            0,
            18 * mm,
            w,
            h - 18 * mm,
            rng,
            color=tuple(min(1, v + 0.35) for v in st["band"]),
            n=22,
        )
        c.setFillColorRGB(*st["band"])
        c.rect(0, h - 11 * mm, w, 11 * mm, stroke=0, fill=1)
        c.setFillColorRGB(1, 1, 1)
        c.setFont("SansB", 8.5)
        c.drawString(5 * mm, h - 5 * mm, st["title"])
        c.setFont("Sans", 6.5)
        c.drawString(5 * mm, h - 9 * mm, st["sub"])
        c.drawRightString(w - 4 * mm, h - 9 * mm, "Type / Code: P   " + p["country"])
        silhouette(c, 5 * mm, 24 * mm, 30 * mm, 40 * mm)
        signature(c, 6 * mm, 19 * mm, rng, w=28 * mm, h=5 * mm, lw=0.6)
        lab = st["lang"]
        x0 = 40 * mm
        rows = [
            (lab[0], p["surname_print"]),
            (lab[1], p["given_print"]),
            (lab[2], p["nat_print"]),
            (lab[3], pdate(p["dob"], p["style"])),
            (lab[4], p["sex"]),
            (lab[5], p["pob"]),
            (lab[6], pdate(p["issue"], p["style"])),
            (lab[7], pdate(p["exp"], p["style"])),
        ]
        y = h - 16 * mm
        for i, (k, v) in enumerate(rows):
            col = x0 if i < 5 else w - 38 * mm
            if i == 5:
                y = h - 26 * mm
            c.setFillColorRGB(0.3, 0.3, 0.35)
            c.setFont("Sans", 4.6)
            c.drawString(col, y, k)
            c.setFillColorRGB(0.05, 0.05, 0.08)
            c.setFont("SansB", 7.4)
            c.drawString(col, y - 7.5, v)
            y -= 7.8 * mm
        c.setFillColorRGB(0.3, 0.3, 0.35)
        c.setFont("Sans", 4.6)
        c.drawString(w - 38 * mm, h - 16 * mm, lab[8])
        c.setFillColorRGB(0.6, 0.05, 0.08)
        c.setFont("Mono", 9)
        c.drawString(w - 38 * mm, h - 20 * mm, p["number"])
        c.setFillColorRGB(1, 1, 1)
        c.rect(0, 0, w, 17 * mm, stroke=0, fill=1)
        draw_mrz(c, p["mrz"], 5 * mm, 10.5 * mm, 11.6, 6.2 * mm)

    return f


def visa_sticker(v, rng):
    """French Schengen-format long-stay visa (type D) as a sticker on a passport page."""

    def f(c, w, h):
        c.setFillColorRGB(0.95, 0.95, 0.92)
        c.rect(0, 0, w, h, stroke=0, fill=1)
        guilloche(c, 0, 0, w, h, rng, color=(0.8, 0.85, 0.8), n=10)
        sx, sy, sw, sh = 4 * mm, 4 * mm, w - 8 * mm, h - 8 * mm
        c.setFillColorRGB(0.86, 0.9, 0.95)
        c.roundRect(sx, sy, sw, sh, 2 * mm, stroke=0, fill=1)
        guilloche(c, sx, sy + 18 * mm, sw, sh - 18 * mm, rng, color=(0.7, 0.6, 0.8), n=16)
        c.setFillColorRGB(0.1, 0.15, 0.45)
        c.setFont("SansB", 8)
        c.drawString(sx + 3 * mm, sy + sh - 5 * mm, "VISA")
        c.setFont("Sans", 5)
        c.drawString(sx + 14 * mm, sy + sh - 5 * mm, "FRA")
        c.setFillColorRGB(0.6, 0.05, 0.08)
        c.setFont("Mono", 8)
        c.drawRightString(sx + sw - 3 * mm, sy + sh - 5 * mm, v["number"])
        silhouette(c, sx + 3 * mm, sy + 22 * mm, 22 * mm, 28 * mm)
        rows = [
            ("VALABLE POUR / VALID FOR", "FRANCE", 0),
            ("DU / FROM", v["from_p"], 0),
            ("AU / UNTIL", v["until_p"], 1),
            ("TYPE DE VISA / TYPE OF VISA", "D", 0),
            ("DURÉE DU SÉJOUR / DURATION OF STAY", v["days"], 1),
            ("NOMBRE D'ENTRÉES / NUMBER OF ENTRIES", "MULT", 0),
            ("DÉLIVRÉ À / ISSUED IN", v["place"], 1),
            ("LE / ON", v["issued_p"], 0),
            ("NUMÉRO DE PASSEPORT / NUMBER OF PASSPORT", v["passport_no"], 1),
            ("NOM, PRÉNOM / SURNAME, NAME", v["name_line"], 0),
        ]
        x0, top = sx + 28 * mm, sy + sh - 10 * mm
        for i, (k, val, _r) in enumerate(rows):
            if i < 8:
                xx, yy = x0 + (i % 2) * 42 * mm, top - (i // 2) * 6.4 * mm
            else:
                xx, yy = x0, top - (4 + i - 8) * 6.4 * mm
            c.setFillColorRGB(0.25, 0.25, 0.4)
            c.setFont("Sans", 3.6)
            c.drawString(xx, yy, k)
            c.setFillColorRGB(0.05, 0.05, 0.1)
            c.setFont("SansB", 6.5)
            c.drawString(xx, yy - 6.5, val)
        c.setFillColorRGB(0.25, 0.25, 0.4)
        c.setFont("Sans", 3.6)
        c.drawString(sx + 3 * mm, sy + 17 * mm, "REMARQUES / REMARKS")
        c.setFillColorRGB(0.05, 0.05, 0.1)
        c.setFont("SansB", 6)
        for i, r in enumerate(v["remarks"]):
            c.drawString(sx + 28 * mm, sy + 17 * mm - i * 7 - 1, r)
        c.setFillColorRGB(0.97, 0.97, 0.97)
        c.rect(sx, sy, sw, 12 * mm, stroke=0, fill=1)
        draw_mrz(c, v["mrz"], sx + 2 * mm, sy + 7 * mm, 11.0, 4.8 * mm)

    return f


def residence_card(t, rng, back=False):
    """French titre de séjour (2020 model, ID-1 card): front with data, back with TD1 MRZ."""

    def front(c, w, h):
        c.setFillColorRGB(0.9, 0.92, 0.96)
        c.rect(0, 0, w, h, stroke=0, fill=1)
        guilloche(c, 0, 0, w, h, rng, color=(0.75, 0.8, 0.92), n=18)
        c.setFillColorRGB(0.1, 0.2, 0.5)
        c.rect(0, h - 7 * mm, w, 7 * mm, stroke=0, fill=1)
        c.setFillColorRGB(1, 1, 1)
        c.setFont("SansB", 6)
        c.drawString(3 * mm, h - 3.6 * mm, "RÉPUBLIQUE FRANÇAISE")
        c.setFont("Sans", 4.4)
        c.drawString(3 * mm, h - 6 * mm, "TITRE DE SÉJOUR / RESIDENCE PERMIT")
        c.drawRightString(w - 3 * mm, h - 3.6 * mm, t["number"])
        silhouette(c, 3 * mm, 10 * mm, 20 * mm, 26 * mm)
        rows = [
            ("NOM / Surname", t["surname"]),
            ("Prénoms / Given names", t["given"]),
            ("Sexe / Sex   Nationalité / Nationality", t["sex"] + "      " + t["nat"]),
            ("Date de naissance / Date of birth", t["dob_p"]),
            ("TYPE DE TITRE / TYPE OF PERMIT", t["kind"]),
            ("Valable jusqu'au / Valid until", t["exp_p"]),
            ("REMARQUES", t["remarks"]),
        ]
        y = h - 10 * mm
        for k, v in rows:
            c.setFillColorRGB(0.3, 0.3, 0.45)
            c.setFont("Sans", 3.4)
            c.drawString(26 * mm, y, k)
            c.setFillColorRGB(0.05, 0.05, 0.1)
            c.setFont("SansB", 5.6)
            c.drawString(26 * mm, y - 5.6, v)
            y -= 5.7 * mm
        signature(c, 4 * mm, 3 * mm, rng, w=18 * mm, h=5 * mm, lw=0.4)

    def backf(c, w, h):
        c.setFillColorRGB(0.93, 0.94, 0.97)
        c.rect(0, 0, w, h, stroke=0, fill=1)
        guilloche(c, 0, 18 * mm, w, h - 18 * mm, rng, color=(0.8, 0.8, 0.9), n=10)
        c.setFillColorRGB(0.1, 0.1, 0.2)
        c.setFont("Sans", 4.5)
        c.drawString(4 * mm, h - 6 * mm, "Lieu de délivrance : " + t["prefecture"])
        c.drawString(4 * mm, h - 10 * mm, "Date de délivrance : " + t["issue_p"])
        c.drawString(4 * mm, h - 14 * mm, "Adresse : " + t["address"])
        c.drawString(4 * mm, h - 18 * mm, "Autorise son titulaire à travailler")
        c.setFillColorRGB(1, 1, 1)
        c.rect(0, 0, w, 17 * mm, stroke=0, fill=1)
        draw_mrz(c, t["mrz"], 4 * mm, 12.5 * mm, 11.5, 4.7 * mm)

    return [front, backf]


def fr_cni(t, rng):
    """French carte nationale d'identité (2021 model): front + back with TD1 MRZ."""

    def front(c, w, h):
        c.setFillColorRGB(0.93, 0.88, 0.92)
        c.rect(0, 0, w, h, stroke=0, fill=1)
        guilloche(c, 0, 0, w, h, rng, color=(0.85, 0.7, 0.8), n=18)
        c.setFillColorRGB(0.1, 0.2, 0.5)
        c.setFont("SansB", 6)
        c.drawString(3 * mm, h - 4.5 * mm, "RÉPUBLIQUE FRANÇAISE")
        c.setFont("Sans", 4.4)
        c.drawString(3 * mm, h - 7.5 * mm, "CARTE NATIONALE D'IDENTITÉ / IDENTITY CARD")
        silhouette(c, 3 * mm, 9 * mm, 21 * mm, 27 * mm)
        c.setFillColorRGB(0.4, 0.1, 0.3)
        c.setFont("Sans", 3.4)
        c.drawString(27 * mm, h - 11 * mm, "N° DU DOCUMENT / DOCUMENT No")
        c.setFont("Mono", 6.5)
        c.drawString(27 * mm, h - 14 * mm, t["number"])
        rows = [
            ("NOM / Surname", t["surname"]),
            ("Nom d'usage / Alternate name", t.get("usage", "")),
            ("Prénoms / Given names", t["given"]),
            (
                "SEXE   NATIONALITÉ   DATE DE NAISS. / Date of birth",
                "%s      FRA      %s" % (t["sex"], t["dob_p"]),
            ),
            ("LIEU DE NAISSANCE / Place of birth", t["pob"]),
            ("DATE D'EXPIR. / Expiry date", t["exp_p"]),
        ]
        y = h - 18 * mm
        for k, v in rows:
            c.setFillColorRGB(0.35, 0.25, 0.35)
            c.setFont("Sans", 3.3)
            c.drawString(27 * mm, y, k)
            c.setFillColorRGB(0.05, 0.05, 0.1)
            c.setFont("SansB", 5.5)
            c.drawString(27 * mm, y - 5.4, v)
            y -= 5.5 * mm
        signature(c, 4 * mm, 3 * mm, rng, w=18 * mm, h=4.5 * mm, lw=0.4)

    def backf(c, w, h):
        c.setFillColorRGB(0.95, 0.92, 0.94)
        c.rect(0, 0, w, h, stroke=0, fill=1)
        c.setFillColorRGB(0.1, 0.1, 0.2)
        c.setFont("Sans", 4.5)
        c.drawString(4 * mm, h - 6 * mm, "Adresse : " + t["address"])
        c.drawString(
            4 * mm, h - 10 * mm, "Délivrée le : " + t["issue_p"] + "   par : " + t["prefecture"]
        )
        c.setFillColorRGB(1, 1, 1)
        c.rect(0, 0, w, 17 * mm, stroke=0, fill=1)
        draw_mrz(c, t["mrz"], 4 * mm, 12.5 * mm, 11.5, 4.7 * mm)

    return [front, backf]
