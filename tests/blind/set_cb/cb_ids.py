"""Identity documents of set_cb: passport data pages (DZA, SEN, CHN, PHL), the French
long-stay visa sticker (MRV-A), the titre de séjour card (TD1) and the French identity card.

Layouts follow ICAO 9303 part 4/5/7 (zones, MRZ position) and the public PRADO / ANTS
descriptions of the cards; every card is drawn at its real size in points."""

from __future__ import annotations

import random

from reportlab.lib.units import mm

from cb_base import draw_script, mrva, mrz_checks_ok, render_pdf, td1, td3
from cb_pen import INK_BLACK, draw_signature, guilloche, portrait, rect_stamp

PP_SIZE = (125 * mm, 88 * mm)
ID1 = (85.6 * mm, 54 * mm)


def _mrz(c, lines: list[str], x: float, y: float, width: float) -> None:
    n = len(lines[0])
    size = width / (n * 0.602)
    c.setFillColorRGB(0.05, 0.05, 0.07)
    c.setFont("Mono", size)
    for i, line in enumerate(lines):
        c.drawString(x, y - i * size * 1.32, line)


def _field(
    c,
    x,
    y,
    label,
    value,
    lsize=5.2,
    vsize=8.6,
    lfont="Sans",
    vfont="Sans-B",
    script=None,
    lcol=(0.25, 0.3, 0.35),
):
    """A label line above its value; script=(text, 'ar'|'zh') puts a second label first."""
    c.setFillColorRGB(*lcol)
    xx = x
    if script:
        xx += draw_script(c, script[0], x, y, lsize * 1.05, script[1], color=(60, 70, 80)) + 2
        c.setFillColorRGB(*lcol)
        c.setFont(lfont, lsize)
        c.drawString(xx, y, "/ " + label)
    else:
        c.setFont(lfont, lsize)
        c.drawString(x, y, label)
    c.setFillColorRGB(0.05, 0.05, 0.08)
    c.setFont(vfont, vsize)
    if any(ord(ch) > 0x2E80 for ch in value):  # "欧阳 / OUYANG": CJK part shaped by Pillow
        cjk, latin = value.split(" / ")
        wd = draw_script(c, cjk, x + 0.5, y - vsize * 1.08, vsize, "zh", color=(13, 13, 20))
        c.setFont(vfont, vsize)
        c.drawString(x + 0.5 + wd, y - vsize * 1.08, " / " + latin)
    else:
        c.drawString(x + 0.5, y - vsize * 1.08, value)


# --------------------------------------------------------------------------- passport


def passport_pdf(p: dict, rng: random.Random) -> tuple[bytes, list[str]]:
    """p: country, header (list of (text, script|None, size)), title, tint, lines, rows,
    person, number, dates... Returns the PDF of the data page and its MRZ."""
    mrz = td3(
        p["code"],
        p["surname"],
        p["given"],
        p["number"],
        p["nat"],
        p["dob"],
        p["sex"],
        p["expiry"],
        p.get("personal", ""),
    )
    assert mrz_checks_ok(mrz)

    def page(c):
        w, h = PP_SIZE
        c.setFillColorRGB(*p["tint"])
        c.rect(0, 0, w, h, stroke=0, fill=1)
        guilloche(c, 0, 18 * mm, w, h - 18 * mm, rng, colors=p["guilloche"], n=34)
        c.setFillColorRGB(1, 1, 1)
        c.setFillAlpha(0.55)
        c.rect(0, 0, w, 17 * mm, stroke=0, fill=1)
        c.setFillAlpha(1)
        # header
        y = h - 6 * mm
        for text, script, size in p["header"]:
            c.setFillColorRGB(*p["head_col"])
            if script:
                draw_script(
                    c,
                    text,
                    w / 2 + 12 * mm,
                    y,
                    size,
                    script,
                    anchor="c",
                    color=tuple(int(v * 255) for v in p["head_col"]),
                    bold=True,
                )
            else:
                c.setFont("Sans-B", size)
                c.drawCentredString(w / 2 + 12 * mm, y, text)
            y -= size * 1.45
        # photo and holder signature
        portrait(c, 5 * mm, 24 * mm, 31 * mm, 40 * mm, rng, **p["face"])
        draw_signature(c, 6 * mm, 18.5 * mm, 28 * mm, 6 * mm, rng, color=INK_BLACK, scale_w=0.5)
        # ghost image
        c.saveState()
        c.setFillAlpha(0.25)
        portrait(c, w - 22 * mm, 30 * mm, 15 * mm, 19 * mm, rng, grey=True, **p["face"])
        c.restoreState()
        x0, yy = 41 * mm, y - 1.5 * mm
        for row in p["rows"]:
            xx = x0
            for label, value, width, script in row:
                _field(c, xx, yy, label, value, script=script, vfont=p.get("vfont", "Sans-B"))
                xx += width * mm
            yy -= 7.6 * mm
        _mrz(c, mrz, 4.5 * mm, 10.5 * mm, w - 9 * mm)

    return render_pdf(PP_SIZE, [page]), mrz


def passport_upper_pdf(rng: random.Random, tint, gcol, lines: list[tuple]) -> bytes:
    """The page facing the data page (observations / endorsements), for booklet photos."""

    def page(c):
        w, h = PP_SIZE
        c.setFillColorRGB(*tint)
        c.rect(0, 0, w, h, stroke=0, fill=1)
        guilloche(c, 0, 0, w, h, rng, colors=gcol, n=40)
        c.setFillColorRGB(0.3, 0.3, 0.35)
        y = h - 12 * mm
        for t, script in lines:
            if script:
                draw_script(c, t, w / 2, y, 6.5, script, color=(70, 70, 80), anchor="c")
            else:
                c.setFont("Sans", 6.5)
                c.drawCentredString(w / 2, y, t)
            y -= 4 * mm
        c.setStrokeColorRGB(0.55, 0.55, 0.6)
        c.setLineWidth(0.3)
        for k in range(6):
            c.line(12 * mm, 40 * mm - k * 5 * mm, w - 12 * mm, 40 * mm - k * 5 * mm)

    return render_pdf(PP_SIZE, [page])


# --------------------------------------------------------------------------- visa sticker


def visa_page_pdf(v: dict, rng: random.Random) -> tuple[bytes, list[str]]:
    """A French type D visa sticker (MRV-A, 120 x 80 mm) glued on a passport page."""
    mrz = mrva(
        "VD", "FRA", v["surname"], v["given"], v["number"], v["nat"], v["dob"], v["sex"], v["until"]
    )
    assert mrz_checks_ok(mrz)

    def page(c):
        w, h = PP_SIZE
        c.setFillColorRGB(*v["page_tint"])
        c.rect(0, 0, w, h, stroke=0, fill=1)
        guilloche(c, 0, 0, w, h, rng, colors=v["page_g"], n=30)
        sx, sy = 2.5 * mm + rng.uniform(-1, 1) * mm, 4 * mm + rng.uniform(-1, 1) * mm
        sw_, sh = 120 * mm, 80 * mm
        c.saveState()
        c.translate(sx, sy)
        c.rotate(rng.uniform(-0.8, 0.8))
        # iridescent background: pink to green to blue bands
        for i in range(60):
            t = i / 59
            c.setFillColorRGB(0.96 - 0.1 * t, 0.9 + 0.05 * (1 - abs(2 * t - 1)), 0.92 + 0.05 * t)
            c.rect(i * sw_ / 60, 0, sw_ / 60 + 0.5, sh, stroke=0, fill=1)
        guilloche(
            c,
            0,
            18 * mm,
            sw_,
            sh - 18 * mm,
            rng,
            colors=((0.85, 0.72, 0.8), (0.7, 0.82, 0.78)),
            n=40,
            lw=0.25,
        )
        c.setFillColorRGB(1, 1, 1)
        c.setFillAlpha(0.6)
        c.rect(0, 0, sw_, 16 * mm, stroke=0, fill=1)
        c.setFillAlpha(1)
        c.setStrokeColorRGB(0.6, 0.6, 0.65)
        c.setLineWidth(0.4)
        c.rect(0, 0, sw_, sh, stroke=1, fill=0)
        c.setFillColorRGB(0.15, 0.2, 0.45)
        c.setFont("Serif-B", 15)
        c.drawString(4 * mm, sh - 9 * mm, "VISA")
        c.setFont("Sans-B", 7)
        c.drawString(25 * mm, sh - 8 * mm, "FRA")
        c.setFillColorRGB(0.8, 0.05, 0.1)
        c.setFont("Mono-B", 10)
        c.drawRightString(sw_ - 4 * mm, sh - 8 * mm, v["number"])
        portrait(c, 4 * mm, 20 * mm, 26 * mm, 34 * mm, rng, **v["face"])
        x0 = 34 * mm
        rows = [
            [("VALABLE POUR/VALID FOR", v["valid_for"], 40)],
            [("DU/FROM", v["from_txt"], 24), ("AU/UNTIL", v["until_txt"], 24)],
            [
                ("TYPE DE VISA/TYPE OF VISA", "D", 21),
                ("DURÉE DE SÉJOUR/DURATION OF STAY", v["days"], 27),
                ("NOMBRE D'ENTRÉES/ENTRIES", "MULT", 30),
            ],
            [
                ("DÉLIVRÉ À/ISSUED IN", v["issued_in"], 24),
                ("LE/ON", v["issued_txt"], 24),
                ("NUMÉRO DE PASSEPORT/PASSPORT NUMBER", v["passport"], 30),
            ],
            [("NOM, PRÉNOM/SURNAME, NAME", v["surname"] + " " + v["given"], 80)],
        ]
        y = sh - 15 * mm
        for row in rows:
            xx = x0
            for label, value, wd in row:
                _field(c, xx, y, label, value, lsize=4.4, vsize=7.6, vfont="Mono-B")
                xx += wd * mm
            y -= 7.2 * mm
        c.setFillColorRGB(0.25, 0.3, 0.35)
        c.setFont("Sans", 4.4)
        c.drawString(x0, y, "REMARQUES/REMARKS")
        c.setFillColorRGB(0.05, 0.05, 0.08)
        c.setFont("Mono-B", 6.6)
        for i, t in enumerate(v["remarks"]):
            c.drawString(x0, y - 7 - i * 7.4, t)
        _mrz(c, mrz, 3.5 * mm, 10 * mm, sw_ - 7 * mm)
        c.restoreState()
        # entry stamp overlapping the page corner
        if v.get("entry_stamp"):
            rect_stamp(
                c,
                w - 38 * mm,
                h - 14 * mm,
                v["entry_stamp"],
                rng,
                color=(0.2, 0.25, 0.5),
                size=5.5,
                alpha=0.6,
            )

    return render_pdf(PP_SIZE, [page]), mrz


# --------------------------------------------------------------------------- French cards


def _tricolor(c, x, y, w, h):
    for i, col in enumerate([(0.0, 0.14, 0.58), (1, 1, 1), (0.93, 0.16, 0.22)]):
        c.setFillColorRGB(*col)
        c.rect(x + i * w / 3, y, w / 3, h, stroke=0, fill=1)


def titre_sejour_pdf(t: dict, rng: random.Random) -> tuple[bytes, list[str]]:
    """Titre de séjour, 2020 ANTS model: front and back (2 pages of ID-1 size)."""
    mrz = td1(
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
    assert mrz_checks_ok(mrz)
    w, h = ID1

    def background(c):
        c.setFillColorRGB(0.93, 0.95, 0.97)
        c.roundRect(0, 0, w, h, 3 * mm, stroke=0, fill=1)
        guilloche(c, 0, 0, w, h, rng, colors=((0.78, 0.84, 0.92), (0.9, 0.82, 0.86)), n=44, lw=0.2)

    def front(c):
        background(c)
        _tricolor(c, 3 * mm, h - 6.5 * mm, 6 * mm, 3.6 * mm)
        c.setFillColorRGB(0.05, 0.15, 0.45)
        c.setFont("Sans-B", 5.2)
        c.drawString(10.5 * mm, h - 4.6 * mm, "RÉPUBLIQUE FRANÇAISE")
        c.setFont("Sans-B", 7.2)
        c.drawString(10.5 * mm, h - 7.6 * mm, "TITRE DE SÉJOUR")
        c.setFont("Sans", 4.2)
        c.drawString(10.5 * mm, h - 9.5 * mm, "RESIDENCE PERMIT")
        c.setFillColorRGB(0.1, 0.1, 0.12)
        c.setFont("Mono-B", 7)
        c.drawRightString(w - 3 * mm, h - 5 * mm, t["number"])
        c.setFont("Sans", 3.6)
        c.drawRightString(w - 3 * mm, h - 2.6 * mm, "N° DU DOCUMENT / DOCUMENT No")
        portrait(c, 3 * mm, 8 * mm, 21 * mm, 27 * mm, rng, **t["face"])
        draw_signature(c, 3.5 * mm, 2.5 * mm, 20 * mm, 4.5 * mm, rng, color=INK_BLACK, scale_w=0.4)
        x = 27 * mm
        y = h - 13.3 * mm
        fs = {"lsize": 3.7, "vsize": 6.2}
        _field(c, x, y, "NOM / SURNAME", t["surname"], **fs)
        _field(c, x, y - 5.6 * mm, "PRÉNOMS / GIVEN NAMES", t.get("given_print", t["given"]), **fs)
        y2 = y - 11.2 * mm
        _field(c, x, y2, "SEXE / SEX", t["sex"], **fs)
        _field(c, x + 13 * mm, y2, "NATIONALITÉ / NATIONALITY", t["nat"], **fs)
        _field(
            c,
            x + 36 * mm,
            y2,
            "DATE DE NAISS. / DATE OF BIRTH",
            t["dob"].strftime("%d %m %Y"),
            **fs,
        )
        y3 = y2 - 5.6 * mm
        _field(c, x, y3, "TYPE DE TITRE / TYPE OF PERMIT", t["kind"], **fs)
        _field(c, x, y3 - 5.6 * mm, "MENTIONS / REMARKS", t["mention"], **fs)
        _field(
            c,
            x,
            y3 - 11.2 * mm,
            "DATE D'EXPIRATION / EXPIRY DATE",
            t["expiry"].strftime("%d %m %Y"),
            **fs,
        )

    def back(c):
        background(c)
        x, y = 4 * mm, h - 5 * mm
        fs = {"lsize": 3.7, "vsize": 5.8}
        _field(c, x, y, "LIEU DE NAISSANCE / PLACE OF BIRTH", t["pob"], **fs)
        _field(
            c,
            x,
            y - 5.4 * mm,
            "DATE ET LIEU DE DÉLIVRANCE / DATE AND PLACE OF ISSUE",
            t["issued"].strftime("%d %m %Y") + "  " + t["authority"],
            **fs,
        )
        _field(c, x, y - 10.8 * mm, "ADRESSE / ADDRESS", t["address"], **fs)
        c.setFillColorRGB(0.25, 0.3, 0.35)
        c.setFont("Sans", 3.7)
        c.drawString(x, y - 16.2 * mm, "OBSERVATIONS / OBSERVATIONS")
        c.setFillColorRGB(0.05, 0.05, 0.08)
        c.setFont("Sans-B", 4.6)
        for i, o in enumerate(t["observations"]):
            c.drawString(x, y - 18.4 * mm - i * 5.6, o)
        c.saveState()
        p = c.beginPath()
        p.roundRect(0, 0, w, h, 3 * mm)
        c.clipPath(p, stroke=0, fill=0)
        c.setFillColorRGB(1, 1, 1)
        c.setFillAlpha(0.55)
        c.rect(0, 0, w, 17 * mm, stroke=0, fill=1)
        c.restoreState()
        _mrz(c, mrz, 3 * mm, 12.5 * mm, w - 6 * mm)

    return render_pdf(ID1, [front, back]), mrz


def cni_pdf(t: dict, rng: random.Random) -> tuple[bytes, list[str]]:
    """French identity card (2021 model, ID-1 with TD1 MRZ): front and back."""
    mrz = td1(
        "ID", "FRA", t["number"], t["dob"], t["sex"], t["expiry"], "FRA", t["surname"], t["given"]
    )
    assert mrz_checks_ok(mrz)
    w, h = ID1

    def background(c):
        c.setFillColorRGB(0.97, 0.93, 0.94)
        c.roundRect(0, 0, w, h, 3 * mm, stroke=0, fill=1)
        guilloche(c, 0, 0, w, h, rng, colors=((0.88, 0.78, 0.84), (0.78, 0.84, 0.93)), n=50, lw=0.2)
        c.setFillColorRGB(0.86, 0.9, 0.97)
        c.setFillAlpha(0.5)
        c.circle(w * 0.78, h * 0.55, 13 * mm, stroke=0, fill=1)
        c.setFillAlpha(1)

    def front(c):
        background(c)
        _tricolor(c, 3 * mm, h - 6.5 * mm, 6 * mm, 3.6 * mm)
        c.setFillColorRGB(0.05, 0.12, 0.4)
        c.setFont("Sans-B", 5.4)
        c.drawString(10.5 * mm, h - 4.4 * mm, "RÉPUBLIQUE FRANÇAISE")
        c.setFont("Sans-B", 6.2)
        c.drawString(10.5 * mm, h - 7.2 * mm, "CARTE NATIONALE D'IDENTITÉ")
        c.setFont("Sans", 4.2)
        c.drawString(10.5 * mm, h - 9.0 * mm, "IDENTITY CARD")
        portrait(c, 3 * mm, 9 * mm, 21 * mm, 27 * mm, rng, **t["face"])
        draw_signature(c, 3.5 * mm, 2.8 * mm, 20 * mm, 4.5 * mm, rng, color=INK_BLACK, scale_w=0.4)
        x, y = 27 * mm, h - 13 * mm
        fs = {"lsize": 3.7, "vsize": 6.2}
        _field(c, x, y, "NOM / SURNAME", t["surname"], **fs)
        _field(c, x, y - 5.4 * mm, "PRÉNOMS / GIVEN NAMES", t.get("given_print", t["given"]), **fs)
        y2 = y - 10.8 * mm
        _field(c, x, y2, "SEXE / SEX", t["sex"], **fs)
        _field(c, x + 12 * mm, y2, "NATIONALITÉ / NATIONALITY", "FRA", **fs)
        _field(
            c,
            x + 34 * mm,
            y2,
            "DATE DE NAISS. / DATE OF BIRTH",
            t["dob"].strftime("%d %m %Y"),
            **fs,
        )
        _field(c, x, y2 - 5.4 * mm, "LIEU DE NAISSANCE / PLACE OF BIRTH", t["pob"], **fs)
        y3 = y2 - 10.8 * mm
        _field(c, x, y3, "N° DU DOCUMENT / DOCUMENT No", t["number"], vfont="Mono-B", **fs)
        _field(
            c,
            x + 30 * mm,
            y3,
            "DATE D'EXPIR. / EXPIRY DATE",
            t["expiry"].strftime("%d %m %Y"),
            **fs,
        )

    def back(c):
        background(c)
        x, y = 4 * mm, h - 5.5 * mm
        fs = {"lsize": 3.7, "vsize": 5.8}
        _field(c, x, y, "NOM D'USAGE / USUAL NAME", "", **fs)
        _field(
            c,
            x,
            y - 5.4 * mm,
            "DATE DE DÉLIVRANCE / DATE OF ISSUE",
            t["issued"].strftime("%d %m %Y"),
            **fs,
        )
        _field(c, x + 38 * mm, y - 5.4 * mm, "AUTORITÉ / AUTHORITY", t["authority"], **fs)
        c.saveState()
        p = c.beginPath()
        p.roundRect(0, 0, w, h, 3 * mm)
        c.clipPath(p, stroke=0, fill=0)
        c.setFillColorRGB(1, 1, 1)
        c.setFillAlpha(0.55)
        c.rect(0, 0, w, 17 * mm, stroke=0, fill=1)
        c.restoreState()
        _mrz(c, mrz, 3 * mm, 12.5 * mm, w - 6 * mm)

    return render_pdf(ID1, [front, back]), mrz
