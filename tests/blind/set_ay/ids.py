"""Identity documents: passport data pages, French visa sticker, titre de séjour, French CNI."""

from __future__ import annotations

from PIL import Image

from kit import Page, face, guilloche, raster, signature, text_mm

MONTHS_EN = "JAN FEB MAR APR MAY JUN JUL AUG SEP OCT NOV DEC".split()
MONTHS_FR = "JAN FEV MARS AVR MAI JUIN JUIL AOUT SEPT OCT NOV DEC".split()


def d_slash(iso: str) -> str:
    return f"{iso[8:10]}/{iso[5:7]}/{iso[:4]}"


def d_icao(iso: str, bilingual=False) -> str:
    m = int(iso[5:7]) - 1
    mon = MONTHS_EN[m] if not bilingual else f"{MONTHS_FR[m]}/{MONTHS_EN[m]}"
    return f"{iso[8:10]} {mon} {iso[:4]}"


def d_dots(iso: str) -> str:
    return f"{iso[8:10]}.{iso[5:7]}.{iso[:4]}"


def mrz_block(pg: Page, x, y, lines, width_mm, color=(20, 20, 20)):
    size = width_mm / text_mm("<" * len(lines[0]), 1.0, "ocrb")
    step = size * 0.3528 * 1.45
    for i, ln in enumerate(lines):
        pg.text(x, y + i * step, ln, size, "ocrb", color)


def passport(p: dict, rng) -> Page:
    """Passport data page (ID-3, 125 x 88 mm)."""
    pg = Page(125, 88, bg=p["paper"])
    guilloche(pg, 2, 2, 121, 60, p["tint"], rng, n=30)
    pg.rect(0, 0, 125, 88, stroke=p["tint"], lw=0.4)
    y = 6.0
    for i, ln in enumerate(p["header"]):
        pg.text(62.5, y, ln, 7.2 if i == 0 else 6.2, p.get("hfont", "sansb"), p["ink"], "m")
        y += 3.6
    photo = face(rng, female=p["sex"] == "F")
    pg.image(5, 19, 31, 40, photo)
    pg.rect(5, 19, 31, 40, stroke=(120, 120, 120), lw=0.2)
    lab, val = p["labels"], p["values"]
    x1, x2, x3 = 40, 70, 96
    rows = [
        [(x1, "type"), (x2, "code"), (x3, "number")],
        [(x1, "surname")],
        [(x1, "given")],
        [(x1, "nationality"), (x3, "sex")],
        [(x1, "dob"), (x3, "pob")],
        [(x1, "issue"), (x3, "authority")],
        [(x1, "expiry")],
    ]
    yy = 20.5
    for row in rows:
        for x, key in row:
            pg.text(x, yy, lab[key], 4.2, "sans", p["ink"])
            v = val[key]
            nm = "monob" if key == "number" and p.get("num_red") else p.get("vfont", "sansb")
            col = (170, 30, 30) if key == "number" and p.get("num_red") else (20, 20, 20)
            pg.text(x, yy + 3.3, v, 7.4 if key != "number" else 8.0, nm, col)
        yy += 6.0
    pg.image(40, yy - 1.5, 26, 8, signature(rng, val["given"], 40, 12, color=(25, 25, 40)))
    if p.get("side_text"):
        pg.text(2.5, 60, p["side_text"], 4.0, "sans", p["tint"])
    mrz_block(pg, 5, 73, p["mrz"], 114)
    return pg


def booklet(data_page: Page, rng, upper: Page | None = None, dpi=300) -> Image.Image:
    """The open booklet: an inside page above the data page."""
    lo = raster(data_page, dpi)
    if upper is None:
        upper = Page(125, 88, bg=data_page.bg)
        guilloche(upper, 4, 4, 117, 80, (205, 200, 190), rng)
    up = raster(upper, dpi)
    out = Image.new("RGB", (lo.width, lo.height * 2 + 6), (60, 40, 40))
    out.paste(up, (0, 0))
    out.paste(lo, (0, lo.height + 6))
    return out


def photocopy_a4(parts: list[tuple[Image.Image, float, float, float]], dpi=200) -> Image.Image:
    """Paste document images on a white A4 sheet: (img, x_mm, y_mm, width_mm)."""
    k = dpi / 25.4
    page = Image.new("RGB", (int(210 * k), int(297 * k)), (255, 255, 255))
    for im, x, y, w in parts:
        h = w * im.height / im.width
        page.paste(im.resize((int(w * k), int(h * k)), Image.LANCZOS), (int(x * k), int(y * k)))
    return page


def visa_sticker(v: dict, rng) -> Page:
    """French long-stay visa sticker (Schengen uniform format, type D)."""
    pg = Page(120, 82, bg=(236, 238, 244))
    guilloche(pg, 1, 1, 118, 80, (190, 200, 225), rng, n=34, lw=0.1)
    pg.rect(0, 0, 3.5, 82, fill=(0, 35, 149), stroke=None)
    pg.text(8, 7, "VISA", 11, "sansb", (20, 30, 90))
    pg.text(26, 7, "FRA", 11, "sansb", (20, 30, 90))
    pg.text(112, 7, v["number"], 11, "monob", (190, 30, 40), "r")
    photo = face(rng, 240, 300, female=v["sex"] == "F", bg=(238, 238, 240))
    pg.image(7, 11, 25, 32, photo)
    L = [
        ("VALABLE POUR / VALID FOR", "ETATS SCHENGEN" if v.get("schengen") else "FRA", 36, 13),
        ("DU / FROM", d_dots(v["from"]), 36, 20),
        ("AU / UNTIL", d_dots(v["until"]), 62, 20),
        ("TYPE DE VISA / TYPE OF VISA", "D", 88, 20),
        ("NOMBRE D'ENTREES / NUMBER OF ENTRIES", "MULT", 36, 27),
        ("DUREE DE SEJOUR / DURATION OF STAY", v["days"] + " JOURS", 80, 27),
        ("DELIVRE A / ISSUED IN", v["place"], 36, 34),
        ("LE / ON", d_dots(v["issued"]), 66, 34),
        ("NUMERO DE PASSEPORT / NUMBER OF PASSPORT", v["passport"], 36, 41),
        ("NOM, PRENOM / SURNAME, NAME", v["surname"] + ", " + v["given"], 8, 49),
    ]
    for lab, val, x, y in L:
        pg.text(x, y, lab, 3.6, "sans", (60, 70, 110))
        pg.text(x, y + 3.4, val, 6.6, "monob", (15, 15, 25))
    pg.text(8, 56.5, "REMARQUES / REMARKS", 3.6, "sans", (60, 70, 110))
    yy = 60
    for rm in v["remarks"]:
        pg.text(8, yy, rm, 6.0, "monob", (15, 15, 25))
        yy += 3.2
    mrz_block(pg, 4, 72.5, v["mrz"], 112)
    return pg


def fr_card_front(c: dict, rng, kind="ts") -> Page:
    """Front of a French ID-1 card: titre de séjour (kind ts) or CNI 2021 (kind cni)."""
    pg = Page(85.6, 54, bg=(232, 238, 242) if kind == "cni" else (238, 236, 228))
    guilloche(pg, 1, 1, 83.6, 52, (200, 210, 225) if kind == "cni" else (215, 205, 190), rng, 22)
    pg.rect(0, 0, 85.6, 54, stroke=(160, 160, 170), lw=0.3)
    pg.text(3, 4.8, "RÉPUBLIQUE FRANÇAISE", 5.5, "sansb", (0, 35, 149))
    if kind == "cni":
        pg.text(3, 8.4, "CARTE NATIONALE D'IDENTITÉ / IDENTITY CARD", 4.3, "sansb", (30, 30, 60))
    else:
        pg.text(3, 8.4, "TITRE DE SÉJOUR / RESIDENCE PERMIT", 4.6, "sansb", (30, 30, 60))
    pg.text(82.5, 4.8, c["number"], 6.2, "monob", (30, 30, 30), "r")
    pg.image(3, 11, 22, 28, face(rng, 220, 280, female=c["sex"] == "F"))
    rows = c["rows"]
    y = 12.5
    for lab, val in rows:
        pg.text(28, y, lab, 3.3, "sans", (70, 70, 90))
        pg.text(28, y + 3.0, val, 5.6, "sansb", (15, 15, 20))
        y += 6.4
    pg.image(3, 41, 22, 8, signature(rng, c["given"], 30, 11, color=(20, 20, 30)))
    return pg


def fr_card_back(c: dict, rng, kind="ts") -> Page:
    pg = Page(85.6, 54, bg=(232, 238, 242) if kind == "cni" else (238, 236, 228))
    guilloche(pg, 1, 1, 83.6, 30, (205, 212, 225), rng, 14)
    pg.rect(0, 0, 85.6, 54, stroke=(160, 160, 170), lw=0.3)
    y = 5
    for lab, val in c["back_rows"]:
        pg.text(4, y, lab, 3.3, "sans", (70, 70, 90))
        pg.text(4, y + 3.0, val, 5.2, "sansb", (15, 15, 20))
        y += 6.0
    mrz_block(pg, 4, 39.5, c["mrz"], 77.5)
    return pg


def cards_photocopy(front: Page, back: Page, dpi=200) -> Image.Image:
    f, b = raster(front, 300), raster(back, 300)
    return photocopy_a4([(f, 20, 22, 95), (b, 20, 100, 95)], dpi)
