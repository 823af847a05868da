"""Machine-readable travel documents: passport data pages (TD3), French visa stickers
(MRV-B), ID-1 cards (TD1: EU identity cards, French titres de séjour) and the old
laminated French identity card (1988-2021 model). Drawn with the Pdf layer at their
real size, then rasterised at high resolution.

Layouts follow ICAO Doc 9303 part 4/5/7 zoning (header, photo zone, visual inspection
zone with label above value, MRZ at the bottom) and the public specimen images in
/work/shared/specimens/mrz_images/ (PRADO-style government specimens).
"""

from . import ids
from .draw import Pdf
from .looks import raster

MRZ_PITCH = 2.54


def _mrz(p, lines, x, y_first, gap=4.3, size=11.2):
    for i, ln in enumerate(lines):
        p.pil_text(x, y_first + i * gap, ln, "OCRB", size, color=(20, 20, 24), spacing_mm=MRZ_PITCH)


def _field(
    p,
    x,
    y,
    label,
    value,
    lfont="Liberation",
    lsize=5.2,
    vfont="Liberation-Bold",
    vsize=8.4,
    lcolor="#3a3a5a",
    vcolor="#111111",
    lpil=None,
):
    if lpil:
        p.pil_text(x, y, label, lpil, lsize, color=lcolor)
    else:
        p.text(x, y, label, font=lfont, size=lsize, color=lcolor)
    if value is not None:
        p.text(x, y + 3.3, value, font=vfont, size=vsize, color=vcolor)


# ======================================================================= passports


def passport_page(d, style, dpi=500):
    """d: dict with surname, given_names, number, nationality (code), nationality_text,
    dob, sex, expiry, issue, place_of_birth, authority, personal_no (opt), mrz (2 lines).
    style: dict (see countries.PASSPORT_STYLES)."""
    W, H = 125.0, 88.0
    p = Pdf(size=(W, H + 0.0), seed="pp" + d["number"])
    bg = style.get("bg", "#eef1e6")
    p.fill_page(bg)
    p.guilloche(
        0,
        0,
        W,
        H * 0.72,
        color=style.get("guil", "#d3dbc5"),
        n=34,
        seed=d["number"],
        waves=style.get("waves", 2.5),
    )
    hc = style.get("head_color", "#2b3a55")
    # header
    hy = 5.2
    for i, ln in enumerate(style["header"]):
        if isinstance(ln, tuple):  # (text, font) e.g. Arabic via Pillow
            p.pil_text(
                W / 2,
                hy + i * 3.6,
                ln[0],
                ln[1],
                7.5,
                color=hc,
                align="center",
                direction=ln[2] if len(ln) > 2 else None,
            )
        else:
            p.text(
                W / 2, hy + i * 3.6, ln, font="Liberation-Bold", size=7.2, color=hc, align="center"
            )
    top = hy + len(style["header"]) * 3.6 + 0.5
    # photo
    px, py, pw, ph = 5, top + 1, 32, 40
    p.portrait(px, py, pw, ph, seed=d["number"], bg=style.get("photo_bg", "#dfe3e8"))
    p.rect(px, py, pw, ph, stroke="#777777", lw=0.3)
    # ghost image
    if style.get("ghost", True):
        p.portrait(105, 53, 13, 16, seed=d["number"], bg=bg, grey=True)
    L = style["labels"]
    x1 = 41
    fmt = style["date"]
    FK = dict(
        lfont=style.get("lfont", "Liberation"),
        vfont=style.get("vfont", "Liberation-Bold"),
        lpil=style.get("lpil"),
    )

    def _f(x, y, lab, val, **kw):
        kk = dict(FK)
        kk.update(kw)
        _field(p, x, y, lab, val, **kk)

    row = top + 3.0
    # first row: type, code, number
    _f(x1, row, L["type"], "P", vsize=8)
    _f(x1 + 17, row, L["code"], d["issuer"], vsize=8)
    _f(
        x1 + 42,
        row,
        L["number"],
        d["number_printed"] if "number_printed" in d else d["number"],
        vsize=9,
        vcolor=style.get("num_color", "#111111"),
    )
    row += 7.6
    _f(x1, row, L["surname"], d["surname"])
    row += 7.0
    _f(x1, row, L["given"], d["given_names"])
    row += 7.0
    _f(x1, row, L["nationality"], d["nationality_text"])
    if L.get("personal") and d.get("personal_no"):
        _f(x1 + 44, row, L["personal"], d["personal_no"], vsize=7.5)
    row += 7.0
    _f(x1, row, L["dob"], fmt(d["dob"]))
    _f(x1 + 36, row, L["sex"], style.get("sex_fmt", lambda s: s)(d["sex"]))
    _f(x1 + 50, row, L["pob"], d["place_of_birth"], vsize=7.6)
    row += 7.0
    _f(x1, row, L["issue"], fmt(d["issue"]))
    _f(x1 + 36, row, L["authority"], d["authority"], vsize=7.2)
    row += 7.0
    _f(x1, row, L["expiry"], fmt(d["expiry"]))
    if L.get("signature"):
        _f(x1 + 36, row, L["signature"], None)
        p.signature(x1 + 38, row + 0.6, w=24, h=6.5, seed="holder" + d["number"], lw=0.4)
    # MRZ band
    p.rect(0, H - 17.5, W, 17.5, stroke=None, fill=style.get("mrz_bg", "#f6f6f0"))
    _mrz(p, d["mrz"], 6.4, H - 10.4, gap=5.2)
    return raster(p.finish(), 0, dpi)


# ======================================================================= visa sticker


def visa_sticker(d, dpi=500):
    """French visa sticker (uniform Schengen format, as issued by French consulates).
    d: surname, given_names, passport_no, number (sticker no.), nationality, dob, sex,
    valid_from, valid_until, visa_type ('D'/'C'), duration_days, entries, issued_at,
    issued_on, remarks (list of lines), mrz."""
    W, H = 120.0, 82.0
    p = Pdf(size=(W, H), seed="visa" + d["number"])
    p.fill_page("#f4ecef")
    p.guilloche(0, 0, W, H, color="#e2cdd6", n=40, seed=d["number"], waves=4)
    p.guilloche(0, 0, W, H, color="#d4dbea", n=18, seed=d["number"] + "b", waves=1.5)
    # left photo
    p.portrait(3, 14, 26, 33, seed=d["passport_no"], bg="#e9e4e6")
    p.rect(3, 14, 26, 33, stroke="#888888", lw=0.3)
    # header band
    p.text(33, 6.4, "VISA", font="Liberation-Bold", size=13, color="#5b1d3a")
    p.text(52, 6.4, "FRA", font="Liberation-Bold", size=11, color="#5b1d3a")
    p.text(
        116,
        6.4,
        d["number_printed"],
        font="LiberationMono-Bold",
        size=9.5,
        color="#b0121b",
        align="right",
    )
    lab = dict(font="Liberation", size=4.6, color="#5a4050")
    val = dict(font="Liberation-Bold", size=7.0, color="#111111")
    y = 11.5
    p.text(33, y, "VALABLE POUR", **lab)
    p.text(33, y + 3.2, d["valid_for"], **val)
    p.text(75, y, "DU", **lab)
    p.text(75, y + 3.2, d["valid_from_p"], **val)
    p.text(97, y, "AU", **lab)
    p.text(97, y + 3.2, d["valid_until_p"], **val)
    y += 8
    p.text(33, y, "TYPE DE VISA", **lab)
    p.text(36, y + 3.4, d["visa_type"], font="Liberation-Bold", size=9, color="#111111")
    p.text(52, y, "NOMBRE D'ENTRÉES", **lab)
    p.text(52, y + 3.2, d["entries"], **val)
    p.text(78, y, "DURÉE DE SÉJOUR", **lab)
    p.text(78, y + 3.2, "%s  JOURS" % d["duration_days"], **val)
    y += 8
    p.text(33, y, "DÉLIVRÉ À", **lab)
    p.text(33, y + 3.2, d["issued_at"], **val)
    p.text(75, y, "LE", **lab)
    p.text(75, y + 3.2, d["issued_on_p"], **val)
    y += 8
    p.text(33, y, "NUMÉRO DU PASSEPORT", **lab)
    p.text(33, y + 3.2, d["passport_no"], **val)
    y += 8
    p.text(33, y, "NOM, PRÉNOM", **lab)
    p.text(33, y + 3.2, "%s, %s" % (d["surname"], d["given_names"]), **val)
    y += 7.5
    p.text(3, y, "REMARQUES", **lab)
    for i, r in enumerate(d["remarks"]):
        p.text(3, y + 3.2 + i * 3.3, r, font="Liberation-Bold", size=6.6, color="#111111")
    # MRZ
    p.rect(0, H - 13.5, W, 13.5, stroke=None, fill="#fbf6f8")
    _mrz(p, d["mrz"], 6.0, H - 7.6, gap=5.0, size=10.8)
    return raster(p.finish(), 0, dpi)


# ======================================================================= ID-1 cards


def _card(seed, bg, guil):
    p = Pdf(size=(85.6, 54.0), seed=seed)
    p.fill_page(bg)
    p.guilloche(0, 0, 85.6, 54.0, color=guil, n=30, seed=seed, waves=2.2)
    return p


def titre_sejour(d, dpi=600):
    """French residence permit, 2020-2021 model (ID-1, TD1 MRZ on the back).
    d: number, surname, given_names, sex, nationality (code), dob, place_of_birth,
    type_line (e.g. 'CARTE DE SEJOUR TEMPORAIRE'), mention (e.g. 'ETUDIANT'),
    valid_until, issued_on, prefecture, address (2 lines), mrz (3 lines).
    Returns (front image, back image)."""
    p = _card("ts" + d["number"], "#eaf0f4", "#cfdce6")
    p.rect(0, 0, 85.6, 8, stroke=None, fill="#1c3f7a")
    p.text(3, 5.2, "RÉPUBLIQUE FRANÇAISE", font="Liberation-Bold", size=6.5, color="#ffffff")
    p.text(
        82.5,
        5.2,
        d.get("card_title", "TITRE DE SÉJOUR"),
        font="Liberation-Bold",
        size=6.5,
        color="#ffffff",
        align="right",
    )
    p.text(
        82.5,
        11.6,
        d["number"],
        font="LiberationMono-Bold",
        size=7.6,
        color="#a0141b",
        align="right",
    )
    p.text(57, 11.6, "N°", font="Liberation", size=4.2, color="#333355")
    p.portrait(3, 10.5, 22, 28, seed=d["number"], bg="#dfe5ea")
    L = dict(lfont="Liberation", lsize=3.9, vsize=6.4)
    x = 28
    _field(p, x, 14.0, "NOM / Surname", d["surname"], **L)
    _field(p, x, 20.0, "Prénoms / Given names", d["given_names"], **L)
    _field(p, x, 26.0, "Sexe / Sex", d["sex"], **L)
    _field(p, x + 11, 26.0, "Nationalité / Nationality", d["nationality"], **L)
    _field(p, x + 37, 26.0, "Date de naissance / Date of birth", d["dob_p"], **L)
    _field(p, x, 32.0, "Type de titre / Type of permit", d["type_line"], **L)
    _field(p, x, 38.0, "Remarques / Remarks", d["mention"], **L)
    _field(p, x, 44.5, "Valable jusqu'au / Valid until", d["valid_until_p"], **L)
    p.text(3, 44.0, "Signature du titulaire", font="Liberation", size=3.6, color="#333355")
    p.signature(3, 45.0, w=20, h=6, seed="ts-sign" + d["number"], lw=0.35)
    front = raster(p.finish(), 0, dpi)

    b = _card("tsb" + d["number"], "#edf1ea", "#d5dfcf")
    _field(b, 3, 4.5, "Lieu de naissance / Place of birth", d["place_of_birth"], **L)
    _field(b, 3, 10.5, "Délivré par / Issued by", d["prefecture"], **L)
    _field(b, 52, 10.5, "Date de délivrance", d["issued_on_p"], **L)
    b.text(3, 16.5, "Adresse / Address", font="Liberation", size=3.9, color="#3a3a5a")
    for i, ln in enumerate(d["address"]):
        b.text(3, 19.6 + i * 2.6, ln, font="Liberation-Bold", size=5.6)
    b.rect(62, 14.5, 20, 10, stroke="#888888", lw=0.2, fill="#f3f3f3")
    b.text(72, 20.5, d["number"][-4:], font="Liberation", size=4, color="#888888", align="center")
    b.rect(0, 54 - 17.5, 85.6, 17.5, stroke=None, fill="#f8f8f4")
    _mrz(b, d["mrz"], 4.6, 54 - 12.0, gap=4.3, size=10.2)
    back = raster(b.finish(), 0, dpi)
    return front, back


def eu_id_card(d, style, dpi=600):
    """EU national identity card (TD1). style controls the national wording.
    d: number, surname, given_names, sex, nationality_text, dob_p, expiry_p, issue_p,
    place_of_birth, extra (list of (label, value) for the back), mrz."""
    p = _card("id" + d["number"], style["bg"], style["guil"])
    p.rect(0, 0, 85.6, 9, stroke=None, fill=style["band"])
    p.text(3, 4.2, style["country"], font="Liberation-Bold", size=6.2, color="#ffffff")
    p.text(3, 7.6, style["title"], font="Liberation", size=4.6, color="#ffffff")
    # EU flag circle of stars, simplified
    p.rect(73, 1.2, 10, 6.6, stroke=None, fill="#1f3a93")
    for k in range(12):
        import math

        a = 2 * math.pi * k / 12
        p.circle(78 + 2.3 * math.cos(a), 4.5 + 2.3 * math.sin(a), 0.28, stroke=None, fill="#ffd200")
    p.text(
        78, 7.45, style["code2"], font="Liberation-Bold", size=3.4, color="#ffffff", align="center"
    )
    p.portrait(3, 11, 22, 28, seed=d["number"], bg="#e2e2e2")
    L = dict(lfont="Liberation", lsize=3.8, vsize=6.2)
    lab = style["labels"]
    x = 28
    _field(p, x, 12.5, lab["number"], d.get("number_printed", d["number"]), **L)
    _field(p, x, 18.5, lab["surname"], d["surname"], **L)
    _field(p, x, 24.5, lab["given"], d["given_names"], **L)
    _field(p, x, 30.5, lab["sex"], d["sex"], **L)
    _field(p, x + 12, 30.5, lab["nationality"], d["nationality_text"], **L)
    _field(p, x + 34, 30.5, lab["dob"], d["dob_p"], **L)
    _field(p, x, 36.5, lab.get("pob", ""), d.get("place_of_birth"), **L) if lab.get("pob") else None
    _field(p, x, 42.5, lab["expiry"], d["expiry_p"], **L)
    _field(p, x + 30, 42.5, lab["issue"], d["issue_p"], **L)
    p.text(3, 44.2, lab.get("signature", ""), font="Liberation", size=3.5, color="#333355")
    p.signature(3, 45.0, w=20, h=6, seed="id-sign" + d["number"], lw=0.35)
    front = raster(p.finish(), 0, dpi)
    b = _card("idb" + d["number"], style["bg"], style["guil"])
    yy = 4.5
    for lab_, val_ in d.get("extra", []):
        _field(b, 3, yy, lab_, val_, **L)
        yy += 6.0
    b.rect(0, 54 - 17.5, 85.6, 17.5, stroke=None, fill="#f8f8f4")
    _mrz(b, d["mrz"], 4.6, 54 - 12.0, gap=4.3, size=10.2)
    back = raster(b.finish(), 0, dpi)
    return front, back


def fr_cni_2021(d, dpi=600):
    """French identity card, 2021 model (ID-1, TD1 MRZ on the back)."""
    p = _card("cni" + d["number"], "#eef0f6", "#d6dbe8")
    p.rect(0, 0, 85.6, 8.5, stroke=None, fill="#e7e9f2")
    p.text(3, 4.1, "RÉPUBLIQUE FRANÇAISE", font="Liberation-Bold", size=6.0, color="#1c2c6c")
    p.text(
        3,
        7.3,
        "CARTE NATIONALE D'IDENTITÉ / IDENTITY CARD",
        font="Liberation",
        size=4.2,
        color="#1c2c6c",
    )
    p.rect(75, 1.0, 8, 6.5, stroke=None, fill="#1f3a93")
    p.text(79, 5.8, "FR", font="Liberation-Bold", size=5, color="#ffffff", align="center")
    p.portrait(3, 11, 22, 28, seed=d["number"], bg="#e6e6ea")
    L = dict(lfont="Liberation", lsize=3.8, vsize=6.3)
    x = 28
    _field(p, x, 12.0, "NOM / Surname", d["surname"], **L)
    _field(p, x, 18.0, "Prénoms / Given names", d["given_names"], **L)
    _field(p, x, 24.0, "SEXE / Sex", d["sex"], **L)
    _field(p, x + 11, 24.0, "NATIONALITÉ / Nationality", "FRA", **L)
    _field(p, x + 34, 24.0, "DATE DE NAISS. / Date of birth", d["dob_p"], **L)
    _field(p, x, 30.0, "LIEU DE NAISSANCE / Place of birth", d["place_of_birth"], **L)
    _field(p, x, 36.0, "N° DU DOCUMENT / Document No", d["number"], **L)
    _field(p, x + 30, 36.0, "DATE D'EXPIR. / Expiry date", d["expiry_p"], **L)
    _field(p, x, 42.0, "NOM D'USAGE / Alternate name", d.get("usage") or "", **L)
    p.text(3, 44.0, "Signature", font="Liberation", size=3.5, color="#333355")
    p.signature(3, 45.0, w=20, h=6, seed="cni-sign" + d["number"], lw=0.35)
    front = raster(p.finish(), 0, dpi)
    b = _card("cnib" + d["number"], "#eef0f6", "#d6dbe8")
    _field(b, 3, 4.5, "ADRESSE / Address", None, **L)
    for i, ln in enumerate(d["address"]):
        b.text(3, 7.8 + i * 2.7, ln, font="Liberation-Bold", size=5.6)
    _field(b, 3, 16.5, "DATE DE DÉLIVRANCE / Date of issue", d["issue_p"], **L)
    _field(b, 45, 16.5, "AUTORITÉ / Authority", d["authority"], **L)
    b.rect(0, 54 - 17.5, 85.6, 17.5, stroke=None, fill="#f8f8f4")
    _mrz(b, d["mrz"], 4.6, 54 - 12.0, gap=4.3, size=10.2)
    back = raster(b.finish(), 0, dpi)
    return front, back


def fr_old_mrz(surname, given, number12, admin6, dob, sex):
    l1 = "IDFRA" + ids.pad(ids.mrz_name_part(surname), 25) + admin6
    given_f = ids.pad(
        ids.mrz_name_part(given.replace(",", " ").replace("  ", " ")).replace("<<", "<"), 14
    )
    l2 = (
        number12
        + ids.mrz_check(number12)
        + given_f
        + ids.yymmdd(dob)
        + ids.mrz_check(ids.yymmdd(dob))
        + sex
    )
    l2 = l2 + ids.mrz_check(l1 + l2)
    assert len(l1) == 36 and len(l2) == 36, (l1, l2)
    return [l1, l2]


def fr_cni_old(d, dpi=600):
    """Laminated French identity card (1988-2021 model, 2-line 36-character MRZ), front only
    carries the MRZ; the back carries address and issue data."""
    p = Pdf(size=(105.0, 74.0), seed="cniold" + d["number"])
    p.fill_page("#e9eef5")
    p.guilloche(0, 0, 105, 74, color="#c8d4e4", n=40, seed=d["number"], waves=3)
    p.text(
        52,
        6,
        "RÉPUBLIQUE FRANÇAISE",
        font="LiberationSerif-Bold",
        size=8,
        color="#1d2b5c",
        align="center",
    )
    p.text(
        52,
        10.5,
        "CARTE NATIONALE D'IDENTITÉ N° : " + d["number"],
        font="LiberationSerif",
        size=7,
        color="#1d2b5c",
        align="center",
    )
    p.portrait(4, 14, 27, 35, seed=d["number"], bg="#e4e4e4", grey=True)
    L = dict(lfont="LiberationSerif-Italic", lsize=5.6, vfont="LiberationMono-Bold", vsize=7.2)
    x = 35
    p.text(x, 17, "Nom :", font=L["lfont"], size=L["lsize"], color="#1d2b5c")
    p.text(x + 9, 17, d["surname"], font=L["vfont"], size=L["vsize"])
    p.text(x, 23, "Prénom(s) :", font=L["lfont"], size=L["lsize"], color="#1d2b5c")
    p.text(x + 14, 23, d["given_names_p"], font=L["vfont"], size=L["vsize"])
    p.text(x, 29, "Sexe :", font=L["lfont"], size=L["lsize"], color="#1d2b5c")
    p.text(x + 9, 29, d["sex"], font=L["vfont"], size=L["vsize"])
    p.text(x, 35, "Né(e) le :", font=L["lfont"], size=L["lsize"], color="#1d2b5c")
    p.text(x + 12, 35, d["dob_p"], font=L["vfont"], size=L["vsize"])
    p.text(x, 41, "à :", font=L["lfont"], size=L["lsize"], color="#1d2b5c")
    p.text(x + 5, 41, d["place_of_birth"], font=L["vfont"], size=L["vsize"])
    p.text(x, 47, "Taille :", font=L["lfont"], size=L["lsize"], color="#1d2b5c")
    p.text(x + 10, 47, d.get("height", "1,76m"), font=L["vfont"], size=L["vsize"])
    p.text(
        x + 30,
        47,
        "Signature du titulaire :",
        font=L["lfont"],
        size=L["lsize"] - 0.6,
        color="#1d2b5c",
    )
    p.signature(x + 32, 48, w=22, h=7, seed="old" + d["number"], lw=0.4)
    p.rect(0, 74 - 14, 105, 14, stroke=None, fill="#f5f7f9")
    _mrz(p, d["mrz"], 5.5, 74 - 8.2, gap=5.0, size=10.8)
    front = raster(p.finish(), 0, dpi)
    b = Pdf(size=(105.0, 74.0), seed="cnioldb" + d["number"])
    b.fill_page("#eef0e8")
    b.guilloche(0, 0, 105, 74, color="#d9dccb", n=30, seed=d["number"] + "b", waves=2)
    b.text(5, 10, "Adresse :", font="LiberationSerif-Italic", size=6, color="#1d2b5c")
    for i, ln in enumerate(d["address"]):
        b.text(18, 10 + i * 4, ln, font="LiberationMono-Bold", size=7.2)
    b.text(
        5, 24, "Carte valable jusqu'au :", font="LiberationSerif-Italic", size=6, color="#1d2b5c"
    )
    b.text(34, 24, d["expiry_p"], font="LiberationMono-Bold", size=7.2)
    b.text(5, 30, "délivrée le :", font="LiberationSerif-Italic", size=6, color="#1d2b5c")
    b.text(22, 30, d["issue_p"], font="LiberationMono-Bold", size=7.2)
    b.text(5, 36, "par :", font="LiberationSerif-Italic", size=6, color="#1d2b5c")
    b.text(13, 36, d["authority"], font="LiberationMono-Bold", size=7.2)
    b.text(
        60,
        46,
        "Signature de l'autorité :",
        font="LiberationSerif-Italic",
        size=5.6,
        color="#1d2b5c",
    )
    b.stamp(80, 58, 9, top="PRÉFECTURE", bottom="REP. FRANCAISE", color="#3a4a8a", size=4.6)
    b.signature(66, 50, w=22, h=8, seed="oldauth" + d["number"], lw=0.4)
    back = raster(b.finish(), 0, dpi)
    return front, back
