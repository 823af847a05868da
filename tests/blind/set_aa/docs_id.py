"""Identity pieces: passport data pages, French visa sticker, titre de séjour, French CNI."""

import ids
import numpy as np
from page import Page, render_pil, text_width_mm
from PIL import Image, ImageDraw

MON_EN = ["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"]
MON_ES = ["ENE", "FEB", "MAR", "ABR", "MAY", "JUN", "JUL", "AGO", "SEP", "OCT", "NOV", "DIC"]


def pattern(rng, w_px, h_px, base, ink, freq=None):
    """Security-print style background: interfering sine rosettes."""
    yy, xx = np.mgrid[0:h_px, 0:w_px].astype(np.float32)
    f = freq or rng.uniform(0.03, 0.06)
    cx, cy = rng.uniform(0, w_px), rng.uniform(0, h_px)
    r = np.sqrt((xx - cx) ** 2 + (yy - cy) ** 2)
    v = np.sin(r * f) * np.sin(xx * f * 0.7 + np.sin(yy * f * 0.3) * 3)
    t = (np.abs(v) < 0.08).astype(np.float32) * 0.35
    t += (yy / h_px) * 0.15
    base = np.array(base, np.float32)
    ink = np.array(ink, np.float32)
    a = base[None, None, :] * (1 - t[..., None]) + ink[None, None, :] * t[..., None]
    return Image.fromarray(np.clip(a, 0, 255).astype(np.uint8))


def face(rng, skin, hair, w=300, h=380, bg=(225, 228, 232)):
    im = Image.new("RGB", (w, h), bg)
    d = ImageDraw.Draw(im)
    cx = w // 2 + rng.randint(-8, 8)
    d.ellipse([cx - w * 0.48, h * 0.72, cx + w * 0.48, h * 1.35], fill=(60, 62, 70))
    d.rectangle([cx - w * 0.1, h * 0.55, cx + w * 0.1, h * 0.78], fill=skin)
    d.ellipse([cx - w * 0.3, h * 0.1, cx + w * 0.3, h * 0.58], fill=hair)
    d.ellipse([cx - w * 0.24, h * 0.18, cx + w * 0.24, h * 0.66], fill=skin)
    d.rectangle([cx - w * 0.26, h * 0.12, cx + w * 0.26, h * 0.24], fill=hair)
    for ex in (-0.1, 0.1):
        d.ellipse([cx + w * ex - 9, h * 0.38 - 5, cx + w * ex + 9, h * 0.38 + 5], fill=(40, 30, 25))
    d.line([cx - 22, h * 0.55, cx + 22, h * 0.55], fill=(150, 80, 80), width=4)
    return im


def d_mon(iso, months=MON_EN, second=None):
    m = int(iso[5:7]) - 1
    mon = months[m] if not second else months[m] + "/" + second[m]
    return "%s %s %s" % (iso[8:10], mon, iso[0:4])


def _mrz(p, x, y, lines, width):
    size = width / text_width_mm("<" * len(lines[0]), "ocrb", 1.0)
    step = size * 25.4 / 72 * 1.45
    for i, ln in enumerate(lines):
        p.text(x, y + i * step, ln, "ocrb", size)


def passport_page(rng, P, style):
    """P: dict of person/passport data. style: dict(country_line, doc_word, colors, months2)."""
    p = Page(125, 88)
    p.image(0, 0, 125, 88, pattern(rng, 500, 352, style["base"], style["ink"]))
    p.text(62.5, 6.5, style["country_line"], "sans-b", 7.5, style["title"], "c")
    p.text(62.5, 10.5, style["doc_word"], "sans", 6, style["title"], "c")
    p.image(4.5, 16, 30, 39, face(rng, P["skin"], P["hair"]))
    p.image(108, 22, 13, 16, face(rng, P["skin"], P["hair"]).convert("L").convert("RGB"))
    m2 = style.get("months2")
    x0, x1 = 38, 70
    lab, val = "sans", "sansc-b"
    rows = [
        (x0, 16, style["l_type"], "P"),
        (x1 - 10, 16, style["l_code"], P["country"]),
        (x1 + 16, 16, style["l_no"], P["number"]),
        (x0, 23, style["l_surname"], P["surname"]),
        (x0, 30, style["l_given"], P["given"]),
    ]
    y = 37
    if P.get("middle"):
        rows.append((x0, y, style["l_middle"], P["middle"]))
        y += 7
    rows += [
        (x0, y, style["l_nat"], P["nat_word"]),
        (x0, y + 7, style["l_dob"], d_mon(P["dob"], style["months"], m2)),
        (x1 + 10, y + 7, style["l_sex"], P["sex"]),
        (x0, y + 14, style["l_pob"], P["pob"]),
        (x0, y + 21, style["l_issue"], d_mon(P["issued"], style["months"], m2)),
        (x1 + 10, y + 21, style["l_exp"], d_mon(P["expiry"], style["months"], m2)),
        (x0, y + 28, style["l_auth"], P["authority"]),
    ]
    for x, yy, lab_t, v in rows:
        p.text(x, yy, lab_t, lab, 4.2, (70, 70, 90))
        p.text(x, yy + 3.4, v, val, 7.6)
    p.text(10, 62, P["given"].split(" ")[0].title(), "sig1", 12, (20, 20, 90))
    l1, l2 = ids.td3(
        P["country"],
        P["surname"],
        P["given"],
        P["number"],
        P["country"],
        P["dob"],
        P["sex"],
        P["expiry"],
        P.get("personal", ""),
    )
    _mrz(p, 5, 75.5, [l1, l2], 115)
    return p, (l1, l2)


def passport_spread(rng, P, style, dpi=300):
    """Open booklet: upper page (observations) + data page, as a flatbed would see it."""
    data, mrz = passport_page(rng, P, style)
    top = Page(125, 88)
    top.image(0, 0, 125, 88, pattern(rng, 500, 352, style["base"], style["ink"]))
    top.text(62.5, 10, style.get("obs", "OBSERVATIONS"), "sans", 6, style["title"], "c")
    a = render_pil(top, dpi)
    b = render_pil(data, dpi)
    spread = Image.new("RGB", (a.width, a.height * 2 + 12), (120, 30, 40))
    spread.paste(a, (0, 0))
    spread.paste(b, (0, a.height + 12))
    return spread, mrz


def visa_sticker(rng, V, dpi=300):
    """French long-stay visa (type D) sticker, MRV-A, on a passport visa page."""
    pg = Page(125, 88)
    pg.image(0, 0, 125, 88, pattern(rng, 500, 352, (236, 232, 222), (180, 160, 140), 0.05))
    pg.text(118, 6, "VISAS", "sans", 5, (140, 120, 110), "r")
    s = Page(120, 80)
    s.image(0, 0, 120, 80, pattern(rng, 480, 320, (232, 238, 246), (150, 120, 190), 0.04))
    s.text(3, 5, "VALABLE POUR / VALID FOR", "sans", 4, (60, 60, 120))
    s.text(3, 8.5, "FRANCE", "sansc-b", 7.5)
    s.text(117, 6.5, V["number_print"], "sansc-b", 9, (170, 30, 40), "r")
    rows = [
        (3, 13, "DU / FROM", ids.fr_date(V["from"]).replace("/", "-")[:6] + V["from"][2:4]),
        (38, 13, "AU / UNTIL", ids.fr_date(V["until"]).replace("/", "-")[:6] + V["until"][2:4]),
        (75, 13, "TYPE DE VISA / TYPE OF VISA", "D"),
        (3, 20, "NOMBRE D'ENTREES / NUMBER OF ENTRIES", "MULT"),
        (60, 20, "DUREE DE SEJOUR / DURATION OF STAY", "%d JOURS" % V["days"]),
        (3, 27, "DELIVRE A / ISSUED IN", V["post"]),
        (60, 27, "LE / ON", ids.fr_date(V["issued"]).replace("/", "-")),
        (3, 34, "NUMERO DU PASSEPORT / NUMBER OF PASSPORT", V["passport"]),
        (3, 41, "NOM, PRENOM / SURNAME, NAME", V["surname"] + ", " + V["given"]),
        (3, 48, "REMARQUES / REMARKS", V["remarks"]),
    ]
    for x, y, lab, v in rows:
        s.text(x, y, lab, "sans", 3.8, (60, 60, 120))
        s.text(x, y + 3.3, v, "sansc-b", 6.8)
    s.text(3, 55.5, V.get("remarks2", ""), "sansc-b", 6.8)
    s.image(88, 30, 26, 31, face(rng, V["skin"], V["hair"]))
    l1, l2 = ids.mrv_a(
        "FRA", V["surname"], V["given"], V["number"], V["nat"], V["dob"], V["sex"], V["until"]
    )
    _mrz(s, 3, 69, [l1, l2], 114)
    pg.image(2.5, 4, 120, 80, render_pil(s, dpi))
    return render_pil(pg, dpi), (l1, l2)


def fr_card_front(rng, C, kind):
    """kind: 'ts' (titre de séjour, 2020 model) or 'cni' (carte nationale d'identité, 2021)."""
    p = Page(85.6, 54)
    base, ink = (
        ((226, 236, 240), (120, 160, 200)) if kind == "cni" else ((238, 232, 240), (150, 120, 170))
    )
    p.image(0, 0, 85.6, 54, pattern(rng, 428, 270, base, ink, 0.06))
    p.rect(0, 0, 85.6, 7, fill=(0, 35, 149) if kind == "cni" else (70, 60, 120), stroke=None)
    p.text(3, 4.8, "RÉPUBLIQUE FRANÇAISE", "sans-b", 5.5, (255, 255, 255))
    title = "CARTE NATIONALE D'IDENTITÉ / IDENTITY CARD" if kind == "cni" else "TITRE DE SÉJOUR"
    p.text(3, 11, title, "sans-b", 4.8, (30, 30, 90))
    p.image(3, 14, 22, 28, face(rng, C["skin"], C["hair"]))
    p.text(82, 11, C["number"], "sansc-b", 6.5, (0, 0, 0), "r")
    rows = [
        (28, 15, "NOM / Surname", C["surname"]),
        (28, 21, "Prénoms / Given names", C["given"].replace(" ", ", ")),
        (28, 27, "SEXE / Sex", C["sex"]),
        (40, 27, "NATIONALITÉ / Nationality", C["nat"]),
        (28, 33, "DATE DE NAISS. / Date of birth", ids.fr_date(C["dob"]).replace("/", " ")),
        (28, 39, "LIEU DE NAISSANCE / Place of birth", C.get("pob", "")),
    ]
    if kind == "ts":
        rows[-1] = (28, 39, "TYPE DE TITRE", C["title"])
        rows.append((28, 45, "REMARQUES", C["remarks"]))
        rows.append((3, 48, "VALABLE JUSQU'AU", ids.fr_date(C["expiry"])))
    else:
        rows.append(
            (28, 45, "DATE D'EXPIR. / Expiry date", ids.fr_date(C["expiry"]).replace("/", " "))
        )
    for x, y, lab, v in rows:
        p.text(x, y, lab, "sans", 3.0, (60, 60, 90))
        p.text(x, y + 2.9, v, "sansc-b", 5.2)
    p.text(5, 44.5, C["given"].split(" ")[0].title(), "sig2", 9, (20, 20, 80))
    return render_pil(p, 400)


def fr_card_back(rng, C, kind):
    p = Page(85.6, 54)
    p.image(0, 0, 85.6, 54, pattern(rng, 428, 270, (236, 236, 238), (160, 170, 190), 0.05))
    p.text(3, 6, "ADRESSE / Address", "sans", 3.0, (60, 60, 90))
    p.text(3, 9, C["address1"], "sansc-b", 5)
    p.text(3, 12, C["address2"], "sansc-b", 5)
    p.text(3, 17, "DATE DE DÉLIVRANCE / Date of issue", "sans", 3.0, (60, 60, 90))
    p.text(3, 20, ids.fr_date(C["issued"]), "sansc-b", 5)
    p.text(45, 17, "AUTORITÉ / Authority", "sans", 3.0, (60, 60, 90))
    p.text(45, 20, C["authority"], "sansc-b", 5)
    code = "ID" if kind == "cni" else "IR"
    lines = ids.td1(
        code,
        "FRA",
        C["number"],
        C["dob"],
        C["sex"],
        C["expiry"],
        C["nat"],
        C["surname"],
        C["given"],
    )
    p.rect(0, 33, 85.6, 21, fill=(238, 238, 232), stroke=None)
    p.rect(0, 0, 85.6, 54, stroke=(150, 150, 160), lw=0.3)
    _mrz(p, 4, 38.5, list(lines), 78)
    return render_pil(p, 400), lines
