"""Identity pieces: passport data pages, VLS-TS vignette, titre de séjour and CNI cards."""

from __future__ import annotations

from reportlab.pdfbase import pdfmetrics

from lib import MM, finish, fit_text, guilloche, new_pdf, portrait, signature

PP_SIZE = (125 * MM, 88 * MM)
CARD = (85.6 * MM, 54 * MM)

MONTHS = {
    "fr_en": "JAN FÉV/FEB MARS/MAR AVR/APR MAI/MAY JUIN/JUN JUIL/JUL AOÛT/AUG SEPT/SEP OCT NOV DÉC/DEC",
    "es_en": "ENE/JAN FEB MAR ABR/APR MAY JUN JUL AGO/AUG SEP OCT NOV DIC/DEC",
    "en": "JAN FEB MAR APR MAY JUN JUL AUG SEP OCT NOV DEC",
}


def pp_date(iso: str, style: str) -> str:
    y, m, d = iso.split("-")
    if style == "dots":
        return f"{d}.{m}.{y}"
    if style == "slash":
        return f"{d}/{m}/{y}"
    return f"{d} {MONTHS[style].split()[int(m) - 1]} {y}"


def _mrz(c, lines, x, y, width, font="Mono"):
    n = len(lines[0])
    size = width / (n * pdfmetrics.stringWidth("M", font, 1))
    c.setFillColorRGB(0.05, 0.05, 0.08)
    for i, line in enumerate(lines):
        c.setFont(font, size)
        c.drawString(x, y - i * size * 1.25, line)


def passport_page(cfg: dict, p: dict, mrz: list[str], rng) -> bytes:
    """A TD3 data page (125 x 88 mm). cfg: country, labels, colours; p: person fields."""
    c, buf = new_pdf(PP_SIZE)
    w, h = PP_SIZE
    c.setFillColorRGB(*cfg["paper"])
    c.rect(0, 0, w, h, fill=1, stroke=0)
    guilloche(c, 0, 20 * MM, w, h - 20 * MM, rng, cfg["guil"], n=34)
    c.setFillColorRGB(*cfg["ink"])
    y = h - 6 * MM
    for line in cfg["header"]:
        c.setFont(cfg["font_b"], 7.2)
        c.drawCentredString(w / 2 + 12 * MM, y, line)
        y -= 2.9 * MM
    portrait(c, 5 * MM, 27 * MM, 30 * MM, 38 * MM, rng, skin=p["skin"], hair=p["hair"])
    signature(c, 6 * MM, 21 * MM, 26 * MM, 6 * MM, rng, color=(0.1, 0.1, 0.15), width=0.6)
    lab = cfg["labels"]
    x1, x2, x3 = 39 * MM, 70 * MM, 95 * MM
    rows = [
        [(lab["type"], "P", x1), (lab["code"], p["iss"], x2), (lab["no"], p["number"], x3)],
        [(lab["surname"], p["surname_print"], x1)],
        [(lab["given"], p["given_print"], x1)],
        [(lab["nat"], p["nat_print"], x1), (lab["sex"], p["sex_print"], x3)],
        [(lab["dob"], p["dob_print"], x1), (lab["pob"], p["pob"], x2)],
        [(lab["issue"], p["issue_print"], x1), (lab["auth"], p["authority"], x2)],
        [(lab["exp"], p["exp_print"], x1)],
    ]
    y = h - 19 * MM
    for row in rows:
        for label, value, x in row:
            c.setFillColorRGB(*cfg["label_ink"])
            c.setFont(cfg["font"], 4.6)
            c.drawString(x, y + 3.1 * MM, label)
            c.setFillColorRGB(0.06, 0.06, 0.1)
            fit_text(c, x, y, value, cfg["font_v"], 7.8, w - x - 4 * MM)
        y -= 7.6 * MM
    c.setFillColorRGB(*[min(1.0, v + 0.03) for v in cfg["paper"]])
    c.rect(0, 0, w, 19 * MM, fill=1, stroke=0)
    _mrz(c, mrz, 4 * MM, 11 * MM, w - 8 * MM)
    c.showPage()
    return finish(c, buf)


def visa_page(v: dict, mrz: list[str], rng) -> bytes:
    """A French type D visa sticker (VLS-TS) stuck on a passport visa page."""
    c, buf = new_pdf(PP_SIZE)
    w, h = PP_SIZE
    c.setFillColorRGB(0.93, 0.92, 0.86)
    c.rect(0, 0, w, h, fill=1, stroke=0)
    guilloche(c, 0, 0, w, h, rng, (0.8, 0.78, 0.7), n=20)
    c.setFillColorRGB(0.55, 0.5, 0.45)
    c.setFont("Sans", 6)
    c.drawCentredString(w / 2, 2.5 * MM, v["page_no"])
    sx, sy, sw, sh = 10 * MM, 8 * MM, 105 * MM, 74 * MM
    c.setFillColorRGB(0.97, 0.95, 0.96)
    c.roundRect(sx, sy, sw, sh, 2 * MM, fill=1, stroke=0)
    guilloche(c, sx, sy + 16 * MM, sw, sh - 16 * MM, rng, (0.82, 0.72, 0.86), n=26)
    c.setFillColorRGB(0.2, 0.15, 0.45)
    c.setFont("SansB", 11)
    c.drawString(sx + 3 * MM, sy + sh - 7 * MM, "VISA")
    c.setFillColorRGB(0.75, 0.05, 0.08)
    c.setFont("MonoB", 9)
    c.drawRightString(sx + sw - 3 * MM, sy + sh - 7 * MM, "FRA" + v["number"])
    portrait(c, sx + 3 * MM, sy + 19 * MM, 24 * MM, 31 * MM, rng, skin=v["skin"], hair=v["hair"])

    def fld(label, value, x, y, size=6.6):
        c.setFillColorRGB(0.35, 0.3, 0.5)
        c.setFont("Sans", 3.9)
        c.drawString(x, y + 2.6 * MM, label)
        c.setFillColorRGB(0.05, 0.05, 0.1)
        fit_text(c, x, y, value, "Mono", size, sx + sw - x - 2 * MM)

    X, X2, X3 = sx + 30 * MM, sx + 58 * MM, sx + 80 * MM
    y = sy + sh - 14 * MM
    fld("VALABLE POUR/VALID FOR", "FRANCE", X, y)
    fld("DU/FROM", v["from_print"], X2, y)
    fld("AU/UNTIL", v["until_print"], X3, y)
    y -= 6.5 * MM
    fld("TYPE DE VISA/TYPE OF VISA", "D", X, y)
    fld("NOMBRE D'ENTRÉES/NUMBER OF ENTRIES", "MULT", X2, y)
    y -= 6.5 * MM
    fld("DURÉE DU SÉJOUR/DURATION OF STAY", v["days"] + " JOURS", X, y)
    fld("DÉLIVRÉ À/ISSUED IN", v["issued_in"], X2, y)
    fld("LE/ON", v["issued_print"], X3, y)
    y -= 6.5 * MM
    fld("NUMÉRO DE PASSEPORT/NUMBER OF PASSPORT", v["passport_no"], X, y)
    y -= 6.5 * MM
    fld("NOM, PRÉNOM/SURNAME, NAME", v["name_line"], X, y)
    y -= 6.5 * MM
    c.setFillColorRGB(0.35, 0.3, 0.5)
    c.setFont("Sans", 3.9)
    c.drawString(X, y + 2.6 * MM, "REMARQUES/REMARKS")
    c.setFillColorRGB(0.05, 0.05, 0.1)
    for i, t in enumerate(v["remarks"]):
        fit_text(c, X, y - i * 2.9 * MM, t, "Mono", 5.6, sx + sw - X - 2 * MM)
    c.setFillColorRGB(0.98, 0.97, 0.97)
    c.rect(sx, sy, sw, 14 * MM, fill=1, stroke=0)
    _mrz(c, mrz, sx + 2.5 * MM, sy + 8.5 * MM, sw - 5 * MM)
    # a border entry stamp partly over the sticker
    c.saveState()
    c.translate(sx + sw - 18 * MM, sy + 22 * MM)
    c.rotate(rng.uniform(-20, 20))
    c.setStrokeColorRGB(0.2, 0.35, 0.2)
    c.setFillColorRGB(0.2, 0.35, 0.2)
    c.setStrokeAlpha(0.6)
    c.setFillAlpha(0.6)
    c.roundRect(-13 * MM, -8 * MM, 26 * MM, 16 * MM, 3 * MM)
    c.setFont("SansB", 6)
    c.drawCentredString(0, 3 * MM, v["entry_point"])
    c.drawCentredString(0, -1 * MM, v["entry_date"])
    c.setFont("Sans", 5)
    c.drawCentredString(0, -5 * MM, "FRANCE  ➔")
    c.restoreState()
    c.showPage()
    return finish(c, buf)


def _card_bg(c, rng, tint, guil):
    w, h = CARD
    c.setFillColorRGB(*tint)
    c.roundRect(0, 0, w, h, 3 * MM, fill=1, stroke=0)
    guilloche(c, 0, 0, w, h, rng, guil, n=22, lw=0.2)


def residence_card(t: dict, mrz: list[str], rng) -> bytes:
    """French titre de séjour (ANTS card format): page 1 recto, page 2 verso with TD1 MRZ."""
    c, buf = new_pdf(CARD)
    w, h = CARD
    _card_bg(c, rng, (0.9, 0.93, 0.95), (0.72, 0.82, 0.86))
    c.setFillColorRGB(0.05, 0.2, 0.45)
    c.setFont("ArialB", 6.5)
    c.drawString(4 * MM, h - 5 * MM, "RÉPUBLIQUE FRANÇAISE")
    c.setFont("ArialB", 8)
    c.drawString(4 * MM, h - 9 * MM, "TITRE DE SÉJOUR")
    c.setFont("Arial", 4.5)
    c.drawString(4 * MM, h - 11.3 * MM, "RESIDENCE PERMIT")
    c.setFillColorRGB(0.6, 0.05, 0.1)
    c.setFont("MonoB", 6.5)
    c.drawRightString(w - 4 * MM, h - 5 * MM, t["number"])
    portrait(c, 4 * MM, 9 * MM, 22 * MM, 28 * MM, rng, skin=t["skin"], hair=t["hair"])
    rows = [
        ("NOM / SURNAME", t["surname"]),
        ("PRÉNOMS / GIVEN NAMES", t["given"]),
        ("SEXE / SEX   NATIONALITÉ / NATIONALITY", t["sex"] + "        " + t["nat"]),
        ("DATE DE NAISSANCE / DATE OF BIRTH", t["dob_print"]),
        ("TYPE DE TITRE / TYPE OF PERMIT", t["kind"]),
        ("REMARQUES / REMARKS", t["mention"]),
        ("VALABLE JUSQU'AU / VALID UNTIL", t["until_print"]),
    ]
    y = h - 15.5 * MM
    for lab, val in rows:
        c.setFillColorRGB(0.25, 0.35, 0.5)
        c.setFont("Arial", 3.6)
        c.drawString(29 * MM, y + 2.1 * MM, lab)
        c.setFillColorRGB(0.05, 0.05, 0.08)
        fit_text(c, 29 * MM, y, val, "ArialB", 6.2, w - 33 * MM)
        y -= 5.3 * MM
    signature(c, 5 * MM, 3 * MM, 20 * MM, 5 * MM, rng, color=(0.1, 0.1, 0.2), width=0.5)
    c.showPage()
    _card_bg(c, rng, (0.92, 0.94, 0.95), (0.78, 0.84, 0.86))
    rows = [
        ("LIEU DE NAISSANCE / PLACE OF BIRTH", t["pob"]),
        ("ADRESSE / ADDRESS", t["address"]),
        ("DATE DE DÉLIVRANCE / DATE OF ISSUE", t["issue_print"]),
        ("AUTORITÉ / AUTHORITY", t["authority"]),
    ]
    y = h - 6 * MM
    for lab, val in rows:
        c.setFillColorRGB(0.25, 0.35, 0.5)
        c.setFont("Arial", 3.6)
        c.drawString(4 * MM, y + 2.1 * MM, lab)
        c.setFillColorRGB(0.05, 0.05, 0.08)
        fit_text(c, 4 * MM, y, val, "Arial", 5.8, w - 8 * MM)
        y -= 5.2 * MM
    _mrz(c, mrz, 3 * MM, 11.5 * MM, w - 6 * MM)
    c.showPage()
    return finish(c, buf)


def cni_card(t: dict, mrz: list[str], rng) -> bytes:
    """French carte nationale d'identité (2021 ID-1 format), recto and verso."""
    c, buf = new_pdf(CARD)
    w, h = CARD
    _card_bg(c, rng, (0.96, 0.93, 0.95), (0.85, 0.78, 0.86))
    c.setFillColorRGB(0.1, 0.15, 0.4)
    c.setFont("ArialB", 6)
    c.drawString(4 * MM, h - 5 * MM, "RÉPUBLIQUE FRANÇAISE")
    c.setFont("ArialB", 7)
    c.drawString(4 * MM, h - 8.5 * MM, "CARTE NATIONALE D'IDENTITÉ / IDENTITY CARD")
    portrait(c, 4 * MM, 7 * MM, 22 * MM, 28 * MM, rng, skin=t["skin"], hair=t["hair"])
    rows = [
        ("NOM / Surname", t["surname"], None, None),
        ("Prénoms / Given names", t["given"], None, None),
        ("SEXE / Sex", t["sex"], "NATIONALITÉ / Nationality", "FRA"),
        ("DATE DE NAISS. / Date of birth", t["dob_print"], "LIEU DE NAISSANCE", t["pob"]),
        ("N° DU DOCUMENT / Document No", t["number"], "DATE D'EXPIR. / Expiry", t["exp_print"]),
    ]
    y = h - 14 * MM
    for lab, val, lab2, val2 in rows:
        for x, lb, vl in ((29 * MM, lab, val), (57 * MM, lab2, val2)):
            if lb is None:
                continue
            c.setFillColorRGB(0.35, 0.3, 0.45)
            c.setFont("Arial", 3.4)
            c.drawString(x, y + 2.1 * MM, lb)
            c.setFillColorRGB(0.05, 0.05, 0.08)
            fit_text(c, x, y, vl, "ArialB", 6, w - x - 3 * MM)
        y -= 5.6 * MM
    signature(c, 30 * MM, 2.5 * MM, 22 * MM, 5 * MM, rng, color=(0.1, 0.1, 0.2), width=0.5)
    c.showPage()
    _card_bg(c, rng, (0.95, 0.94, 0.95), (0.84, 0.8, 0.86))
    c.setFillColorRGB(0.35, 0.3, 0.45)
    c.setFont("Arial", 3.6)
    c.drawString(4 * MM, h - 5 * MM, "ADRESSE / Address")
    c.setFillColorRGB(0.05, 0.05, 0.08)
    for i, line in enumerate(t["address"]):
        c.setFont("Arial", 5.8)
        c.drawString(4 * MM, h - 8 * MM - i * 2.6 * MM, line)
    c.setFillColorRGB(0.35, 0.3, 0.45)
    c.setFont("Arial", 3.6)
    c.drawString(4 * MM, h - 16 * MM, "DATE DE DÉLIVRANCE / Date of issue")
    c.setFillColorRGB(0.05, 0.05, 0.08)
    c.setFont("Arial", 5.8)
    c.drawString(4 * MM, h - 18.6 * MM, t["issue_print"])
    _mrz(c, mrz, 3 * MM, 11.5 * MM, w - 6 * MM)
    c.showPage()
    return finish(c, buf)
