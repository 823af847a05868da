"""Identity documents: passport data pages, VLS-TS sticker, titre de séjour, CNI, récépissé."""

import math

from util import MM, draw_signature, draw_stamp, fr_date, make_pdf

ID3 = (125 * MM, 88 * MM)
ID1 = (85.6 * MM, 54 * MM)


def guilloche(c, w, h, rng, colors, n=26):
    c.saveState()
    c.setLineWidth(0.25)
    for k in range(n):
        col = colors[k % len(colors)]
        c.setStrokeColorRGB(*col)
        p = c.beginPath()
        ph = rng.uniform(0, 6.28)
        amp = rng.uniform(3, 9) * MM
        y0 = h * k / n
        p.moveTo(0, y0)
        for i in range(1, 81):
            x = w * i / 80
            p.lineTo(x, y0 + amp * math.sin(ph + x / (rng.uniform(6, 14) * MM)))
        c.drawPath(p)
    c.restoreState()


def face(
    c,
    x,
    y,
    w,
    h,
    rng,
    skin=(0.55, 0.42, 0.32),
    bg=(0.85, 0.87, 0.9),
    hair=(0.1, 0.08, 0.07),
    veil=None,
):
    c.saveState()
    c.setFillColorRGB(*bg)
    c.rect(x, y, w, h, fill=1, stroke=0)
    p = c.beginPath()
    p.rect(x, y, w, h)
    c.clipPath(p, stroke=0)
    c.setFillColorRGB(0.2, 0.22, 0.3)
    c.ellipse(x - w * 0.1, y - h * 0.25, x + w * 1.1, y + h * 0.35, fill=1, stroke=0)
    if veil:
        c.setFillColorRGB(*veil)
        c.ellipse(x + w * 0.14, y + h * 0.2, x + w * 0.86, y + h * 0.95, fill=1, stroke=0)
    else:
        c.setFillColorRGB(*hair)
        c.ellipse(x + w * 0.2, y + h * 0.42, x + w * 0.8, y + h * 0.93, fill=1, stroke=0)
    c.setFillColorRGB(*skin)
    c.ellipse(x + w * 0.27, y + h * 0.3, x + w * 0.73, y + h * 0.84, fill=1, stroke=0)
    c.setFillColorRGB(0.1, 0.08, 0.08)
    c.circle(x + w * 0.4, y + h * 0.6, w * 0.025, fill=1, stroke=0)
    c.circle(x + w * 0.6, y + h * 0.6, w * 0.025, fill=1, stroke=0)
    c.restoreState()


def mrz_block(c, x, y, lines, size=9.6, font="OCR"):
    c.saveState()
    c.setFillColorRGB(0.05, 0.05, 0.05)
    c.setFont(font, size)
    for i, ln in enumerate(lines):
        c.drawString(x, y - i * size * 1.25, ln)
    c.restoreState()


def passport_page(d, rng):
    """d: country_name, header lines, labels style, person fields, mrz lines."""

    def page(c, w, h):
        c.setFillColorRGB(*d["paper"])
        c.rect(0, 0, w, h, fill=1, stroke=0)
        guilloche(c, w, h, rng, d["guil"])
        c.setFillColorRGB(*d["ink"])
        c.setFont("SansB", 8.2)
        c.drawCentredString(w / 2, h - 6 * MM, d["header"][0])
        c.setFont("Sans", 6.4)
        for i, t in enumerate(d["header"][1:]):
            c.drawCentredString(w / 2, h - (9.5 + 3 * i) * MM, t)
        face(c, 6 * MM, 20 * MM, 30 * MM, 38 * MM, rng, **d.get("face", {}))
        x0 = 41 * MM
        y = h - 19 * MM
        for label, value in d["rows"]:
            if isinstance(label, tuple):
                labs = label
            else:
                labs = (label,)
            c.setFont("Sans", 4.9)
            c.setFillColorRGB(0.25, 0.25, 0.3)
            c.drawString(x0, y, " / ".join(labs))
            c.setFont("SansB", 7.8)
            c.setFillColorRGB(0.05, 0.05, 0.08)
            if isinstance(value, list):
                for lx, v in value:
                    c.drawString(x0 + lx * MM, y - 3.2 * MM, v)
            else:
                c.drawString(x0, y - 3.2 * MM, value)
            y -= 7.3 * MM
        draw_signature(c, 8 * MM, 13 * MM, 26 * MM, 6 * MM, rng, ink=(0.1, 0.1, 0.15), width=0.8)
        mrz_block(c, 4.5 * MM, 9.5 * MM, d["mrz"], size=9.0)

    return make_pdf([page], ID3)


def visa_page(d, rng):
    """A French type D visa sticker (MRV-A) on a passport page."""

    def page(c, w, h):
        c.setFillColorRGB(0.95, 0.93, 0.88)
        c.rect(0, 0, w, h, fill=1, stroke=0)
        guilloche(c, w, h, rng, [(0.85, 0.8, 0.75)], 12)
        sx, sy, sw, sh = 2.5 * MM, 3 * MM, 120 * MM, 82 * MM
        c.setFillColorRGB(0.93, 0.95, 0.97)
        c.roundRect(sx, sy, sw, sh, 2 * MM, fill=1, stroke=0)
        guilloche(c, sw, sh + 3 * MM, rng, [(0.7, 0.78, 0.9), (0.9, 0.75, 0.8)], 20)
        c.setFillColorRGB(0.1, 0.15, 0.45)
        c.setFont("SansB", 9)
        c.drawString(sx + 37 * MM, sy + sh - 6 * MM, "VISA")
        c.setFont("Sans", 6)
        c.drawString(sx + 50 * MM, sy + sh - 6 * MM, "FRA  •  FRANCE")
        face(c, sx + 3 * MM, sy + 24 * MM, 28 * MM, 35 * MM, rng, **d.get("face", {}))
        x0 = sx + 36 * MM
        y = sy + sh - 12 * MM

        def fld(label, value, dx=0, big=7.4):
            c.setFont("Sans", 4.6)
            c.setFillColorRGB(0.3, 0.3, 0.4)
            c.drawString(x0 + dx, y, label)
            c.setFont("SansB", big)
            c.setFillColorRGB(0.05, 0.05, 0.1)
            c.drawString(x0 + dx, y - 3.1 * MM, value)

        fld("VALABLE POUR / VALID FOR", "FRANCE")
        y -= 6.8 * MM
        fld("DU / FROM", fr_date(d["valid_from"]).replace("/", "-"))
        fld("AU / UNTIL", fr_date(d["valid_until"]).replace("/", "-"), 27 * MM)
        fld("TYPE DE VISA", "D", 55 * MM)
        y -= 6.8 * MM
        fld("NOMBRE D'ENTREES / NUMBER OF ENTRIES", "MULT")
        fld("DUREE DE SEJOUR", d["duration"], 40 * MM)
        fld("DELIVRE A / ISSUED IN", d["issued_in"], 60 * MM, 6.6)
        y -= 6.8 * MM
        fld("LE / ON", fr_date(d["issued_on"]).replace("/", "-"))
        fld("NUMERO DE PASSEPORT", d["passport_no"], 27 * MM)
        y -= 6.8 * MM
        fld("NOM, PRENOM / NAME, FIRST NAME", f"{d['surname']}, {d['given']}")
        y -= 6.8 * MM
        fld("REMARQUES", d["remarks"][0], big=6.6)
        c.setFont("SansB", 6.6)
        for i, r in enumerate(d["remarks"][1:]):
            c.drawString(x0, y - (6.2 + 2.9 * i) * MM, r)
        c.setFillColorRGB(0.2, 0.2, 0.25)
        c.setFont("OCR", 6.5)
        c.drawRightString(sx + sw - 3 * MM, sy + sh - 6 * MM, d["sticker_no"])
        mrz_block(c, sx + 3 * MM, sy + 10 * MM, d["mrz"], size=8.9)

    return make_pdf([page], ID3)


def card_titre(d, rng, side):
    """French titre de séjour (ID-1, 3-line MRZ on the back)."""

    def front(c, w, h):
        c.setFillColorRGB(0.9, 0.93, 0.97)
        c.roundRect(0, 0, w, h, 3 * MM, fill=1, stroke=0)
        guilloche(c, w, h, rng, [(0.75, 0.82, 0.92), (0.92, 0.82, 0.86)], 18)
        c.setFillColorRGB(0.1, 0.2, 0.5)
        c.setFont("SansB", 6.2)
        c.drawString(3 * MM, h - 5 * MM, "RÉPUBLIQUE FRANÇAISE")
        c.setFont("SansB", 7.2)
        c.drawString(3 * MM, h - 9 * MM, "TITRE DE SÉJOUR")
        c.setFont("Sans", 4.4)
        c.drawString(3 * MM, h - 11.5 * MM, "RESIDENCE PERMIT")
        c.setFont("OCR", 6)
        c.drawRightString(w - 3 * MM, h - 5 * MM, d["doc_no"])
        face(c, 3 * MM, 6 * MM, 20 * MM, 26 * MM, rng, **d.get("face", {}))
        x0, y = 26 * MM, h - 14 * MM
        for lab, val in [
            ("NOM / Surname", d["surname"]),
            ("Prénoms / Given names", d["given"]),
            ("Sexe / Sex      Nationalité / Nationality", d["sex_nat"]),
            ("Date de naiss. / Date of birth", fr_date(d["dob"]).replace("/", " ")),
            ("Type de titre / Type of permit", d["kind"]),
            ("Remarques", d["remarks"]),
            ("Valable jusqu'au / Valid until", fr_date(d["expiry"]).replace("/", " ")),
        ]:
            c.setFont("Sans", 3.7)
            c.setFillColorRGB(0.3, 0.3, 0.4)
            c.drawString(x0, y, lab)
            c.setFont("SansB", 5.6)
            c.setFillColorRGB(0.05, 0.05, 0.1)
            c.drawString(x0, y - 2.3 * MM, val)
            y -= 5.0 * MM
        draw_signature(c, 4 * MM, 1.2 * MM, 17 * MM, 4.5 * MM, rng, ink=(0.1, 0.1, 0.1), width=0.6)

    def back(c, w, h):
        c.setFillColorRGB(0.92, 0.94, 0.96)
        c.roundRect(0, 0, w, h, 3 * MM, fill=1, stroke=0)
        guilloche(c, w, h, rng, [(0.8, 0.85, 0.9)], 12)
        c.setFillColorRGB(0.05, 0.05, 0.1)
        rows = [
            ("Lieu de naissance / Place of birth", d["pob"]),
            ("Adresse / Address", d["address"]),
            (
                "Date et lieu de délivrance",
                f"{fr_date(d['issued']).replace('/', ' ')}  {d['prefecture']}",
            ),
            ("N° étranger", d["agdref"]),
        ]
        y = h - 6 * MM
        for lab, val in rows:
            c.setFont("Sans", 3.7)
            c.drawString(4 * MM, y, lab)
            c.setFont("SansB", 5.4)
            c.drawString(4 * MM, y - 2.3 * MM, val)
            y -= 5.3 * MM
        mrz_block(c, 3.2 * MM, 12.2 * MM, d["mrz"], size=8.3)

    return make_pdf([front if side == "front" else back], ID1)


def card_cni(d, rng, side):
    """French national identity card, 2021 model (ID-1, TD1 MRZ on the back)."""

    def front(c, w, h):
        c.setFillColorRGB(0.93, 0.92, 0.96)
        c.roundRect(0, 0, w, h, 3 * MM, fill=1, stroke=0)
        guilloche(c, w, h, rng, [(0.85, 0.78, 0.9), (0.75, 0.85, 0.92)], 20)
        c.setFillColorRGB(0.15, 0.15, 0.45)
        c.setFont("SansB", 6)
        c.drawString(3 * MM, h - 4.5 * MM, "RÉPUBLIQUE FRANÇAISE")
        c.setFont("Sans", 5)
        c.drawString(3 * MM, h - 7.5 * MM, "CARTE NATIONALE D'IDENTITÉ / IDENTITY CARD")
        face(
            c, 3 * MM, 5 * MM, 21 * MM, 27 * MM, rng, skin=(0.85, 0.7, 0.6), hair=(0.35, 0.25, 0.15)
        )
        x0, y = 27 * MM, h - 12 * MM
        c.setFont("Sans", 3.6)
        c.drawString(x0, y, "N° du document / Document No")
        c.setFont("OCR", 6)
        c.drawString(x0 + 24 * MM, y, d["doc_no"])
        y -= 4.5 * MM
        for lab, val in [
            ("NOM / Surname", d["surname"]),
            ("Prénoms / Given names", d["given"]),
            ("SEXE  NATIONALITÉ  DATE DE NAISS.", d["sex_nat_dob"]),
            ("LIEU DE NAISSANCE / Place of birth", d["pob"]),
            ("DATE D'EXPIR. / Date of expiry", fr_date(d["expiry"]).replace("/", " ")),
        ]:
            c.setFont("Sans", 3.6)
            c.setFillColorRGB(0.3, 0.3, 0.4)
            c.drawString(x0, y, lab)
            c.setFont("SansB", 5.8)
            c.setFillColorRGB(0.05, 0.05, 0.1)
            c.drawString(x0, y - 2.4 * MM, val)
            y -= 5.6 * MM
        draw_signature(c, 60 * MM, 3 * MM, 20 * MM, 5 * MM, rng, ink=(0.1, 0.1, 0.1), width=0.6)

    def back(c, w, h):
        c.setFillColorRGB(0.93, 0.93, 0.95)
        c.roundRect(0, 0, w, h, 3 * MM, fill=1, stroke=0)
        guilloche(c, w, h, rng, [(0.85, 0.85, 0.9)], 10)
        c.setFillColorRGB(0.05, 0.05, 0.1)
        c.setFont("Sans", 3.8)
        c.drawString(4 * MM, h - 6 * MM, "Adresse / Address")
        c.setFont("SansB", 5.2)
        c.drawString(4 * MM, h - 8.5 * MM, d["address"])
        c.setFont("Sans", 3.8)
        c.drawString(4 * MM, h - 13 * MM, "Date de délivrance / Date of issue")
        c.setFont("SansB", 5.2)
        c.drawString(4 * MM, h - 15.5 * MM, fr_date(d["issued"]).replace("/", " "))
        mrz_block(c, 3.2 * MM, 12.2 * MM, d["mrz"], size=8.3)

    return make_pdf([front if side == "front" else back], ID1)


def recepisse(d, rng):
    """Récépissé de demande de carte de séjour (préfecture, A4 with photo)."""

    def page(c, w, h):
        c.setFillColorRGB(0.97, 0.95, 0.9)
        c.rect(0, 0, w, h, fill=1, stroke=0)
        guilloche(c, w, h * 0.5, rng, [(0.88, 0.85, 0.8)], 30)
        c.setFillColorRGB(0, 0, 0)
        c.setFont("SerifB", 10)
        c.drawString(20 * MM, h - 20 * MM, "RÉPUBLIQUE FRANÇAISE")
        c.setFont("Serif", 9)
        c.drawString(20 * MM, h - 25 * MM, d["prefecture"])
        c.setFont("SansB", 13)
        c.drawCentredString(w / 2, h - 42 * MM, "RÉCÉPISSÉ DE DEMANDE")
        c.drawCentredString(w / 2, h - 48 * MM, "DE CARTE DE SÉJOUR")
        c.setFont("Sans", 9)
        c.drawCentredString(w / 2, h - 54 * MM, f"N° {d['number']}   —   {d['nature']}")
        face(c, 20 * MM, h - 100 * MM, 30 * MM, 38 * MM, rng, **d.get("face", {}))
        y = h - 66 * MM
        for lab, val in [
            ("Nom", d["surname"]),
            ("Prénom(s)", d["given"]),
            ("Né(e) le", f"{fr_date(d['dob'])}   à  {d['pob']}"),
            ("Nationalité", d["nationality"]),
            ("Sexe", d["sex"]),
            ("Adresse", d["address"]),
            ("N° étranger", d["agdref"]),
        ]:
            c.setFont("Sans", 8.5)
            c.drawString(58 * MM, y, lab + " :")
            c.setFont("SansB", 9.5)
            c.drawString(85 * MM, y, val)
            y -= 7 * MM
        y -= 8 * MM
        c.setFont("Sans", 9)
        lines = [
            "Le présent récépissé, qui n'est pas un titre de séjour, atteste du dépôt d'une",
            f"demande de {d['nature'].lower()}. Il est valable du {fr_date(d['valid_from'])} "
            f"au {fr_date(d['valid_until'])} inclus.",
            d["work"],
            "Il doit être présenté avec un document d'identité en cours de validité.",
        ]
        for ln in lines:
            c.drawString(20 * MM, y, ln)
            y -= 5.5 * MM
        c.setFont("Sans", 8.5)
        c.drawString(120 * MM, 70 * MM, f"Fait à {d['city']}, le {fr_date(d['valid_from'])}")
        c.drawString(120 * MM, 64 * MM, "Pour le préfet et par délégation,")
        draw_signature(c, 125 * MM, 40 * MM, 40 * MM, 14 * MM, rng, ink=(0.1, 0.1, 0.2))
        draw_stamp(
            c,
            95 * MM,
            50 * MM,
            15 * MM,
            [d["prefecture"].upper(), "SERVICE DES ÉTRANGERS"],
            rng,
            center=["RF"],
        )
        c.setFont("Sans", 8)
        c.drawString(20 * MM, 40 * MM, "Signature du titulaire :")
        draw_signature(c, 22 * MM, 22 * MM, 36 * MM, 12 * MM, rng)

    return make_pdf([page])
