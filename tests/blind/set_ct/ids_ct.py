"""Identity documents: passport data pages, visa stickers, residence cards, récépissé."""

from __future__ import annotations

from PIL import Image

from common_ct import Page, face, fit, signature_rgba


def _mrz(pg, lines, x, y, width_mm, pitch=5.6):
    n = len(lines[0])
    pt = 30.0
    while pg.width("M" * n, "dvmono", pt) > width_mm:
        pt -= 0.25
    for i, ln in enumerate(lines):
        pg.text(x, y + i * pitch, ln, "dvmono", pt, fill=(20, 20, 25))
    assert pg.width(lines[0], "dvmono", pt) <= width_mm


def _field(pg, x, y, label, value, lkey, vkey, lpt=5.2, vpt=8.2, maxw=None, lc=(70, 70, 90)):
    pg.text(x, y, label, lkey, lpt, fill=lc)
    vp = vpt
    while maxw and pg.width(value, vkey, vp) > maxw:
        vp -= 0.2
    pg.text(x, y + lpt * 0.45 + 0.7, value, vkey, vp, fill=(15, 15, 20))


def passport(p: dict, rng) -> Image.Image:
    """Open passport: upper (inner cover) page above the data page, 125 x 176 mm."""
    pg = Page(125, 176, dpi=300, bg=p.get("paper", (236, 232, 220)))
    pg.guil(rng, color=p.get("tint", (190, 200, 215)), n=30)
    # upper page: observations / emblem
    pg.text(62.5, 30, p["upper_title"], "dvserif_b", 10, fill=(90, 80, 70), anchor="mm")
    pg.d.ellipse([pg.p(47), pg.p(40), pg.p(78), pg.p(71)], outline=(160, 150, 130), width=pg.p(0.5))
    pg.text(62.5, 80, p.get("upper_note", ""), "dvserif", 7, fill=(120, 110, 100), anchor="mm")
    pg.line(0, 88, 125, 88, 0.6, fill=(150, 145, 135))
    y0 = 88
    # header of data page
    if p.get("arabic"):
        pg.text(
            120,
            y0 + 3.5,
            p["arabic"],
            "amiri_b",
            10,
            fill=(30, 40, 60),
            anchor="ra",
            direction="rtl",
            language="ar",
        )
    pg.text(6, y0 + 4, p["country_line"], "dvs_b", 9, fill=(30, 40, 60))
    pg.text(6, y0 + 9.5, p["doc_title"], "dvs", 6.2, fill=(60, 60, 80))
    ph = face(
        int(pg.p(30)), int(pg.p(38)), rng, skin=p["skin"], hair=p["hair"], long_hair=p["sex"] == "F"
    )
    pg.img.paste(ph, (pg.p(6), pg.p(y0 + 16)))
    lk, vk = p.get("fonts", ("sans", "sans_b"))
    L = p["labels"]
    x1, x2, x3 = 41, 62, 88
    y = y0 + 15
    _field(pg, x1, y, L["type"], "P", lk, vk)
    _field(pg, x2, y, L["code"], p["code"], lk, vk)
    _field(pg, x3, y, L["number"], p["number"], lk, vk)
    y += 7.6
    _field(pg, x1, y, L["surname"], p["surname_print"], lk, vk, maxw=80)
    y += 7.6
    _field(pg, x1, y, L["given"], p["given_print"], lk, vk, maxw=80)
    y += 7.6
    _field(pg, x1, y, L["nat"], p["nat_print"], lk, vk, maxw=44)
    _field(pg, x3, y, L["sex"], p["sex_print"], lk, vk)
    y += 7.6
    _field(pg, x1, y, L["dob"], p["dob_print"], lk, vk, maxw=44)
    _field(pg, x3, y, L["pob"], p["pob_print"], lk, vk, maxw=34)
    y += 7.6
    _field(pg, x1, y, L["issue"], p["issue_print"], lk, vk, maxw=44)
    _field(pg, x3, y, L["expiry"], p["exp_print"], lk, vk, maxw=34)
    y += 7.6
    _field(pg, x1, y, L["auth"], p["auth_print"], lk, vk, maxw=80)
    sig = signature_rgba(p["sig_name"], rng, 600, 180, key="dkg_i", color=(30, 30, 40))
    sig = fit(sig, (pg.p(28), pg.p(8.4)))
    pg.img.paste(sig, (pg.p(6), pg.p(y0 + 55.5)), sig)
    _mrz(pg, p["mrz"], 5, y0 + 70.5, 115)
    return pg.img


def visa_sticker(v: dict, rng) -> Image.Image:
    """French (Schengen uniform format) long-stay visa sticker on a passport visa page."""
    pg = Page(125, 88, dpi=300, bg=(232, 228, 214))
    pg.guil(rng, color=(200, 190, 170), n=16)
    sx, sy = 8.5, 5
    st = Page(108, 76, dpi=300, bg=(226, 236, 232))
    st.guil(rng, color=(175, 205, 215), n=22, alpha=140)
    st.text(3, 2.5, "VISA", "sans_b", 12, fill=(40, 70, 110))
    st.text(104, 2.8, v["serial"], "mono_b", 9.5, fill=(190, 30, 30), anchor="ra")
    ph = face(
        int(st.p(25)), int(st.p(31)), rng, skin=v["skin"], hair=v["hair"], long_hair=v["sex"] == "F"
    )
    st.img.paste(ph, (st.p(3), st.p(11)))
    lk, vk = "sans", "sans_b"
    x1, x2, x3 = 31, 58, 82
    y = 9.5
    _field(st, x1, y, "VALABLE POUR", "FRANCE", lk, vk, 4.6, 7.2)
    _field(st, x2, y, "DU", v["from_print"], lk, vk, 4.6, 7.2)
    _field(st, x3, y, "AU", v["until_print"], lk, vk, 4.6, 7.2)
    y += 6.3
    _field(st, x1, y, "TYPE DE VISA", v["type"], lk, vk, 4.6, 7.2)
    _field(st, x2, y, "NOMBRE D'ENTRÉES", "MULT", lk, vk, 4.6, 7.2)
    _field(st, x3, y, "DURÉE DE SÉJOUR", v["days"], lk, vk, 4.6, 7.2)
    y += 6.3
    _field(st, x1, y, "DÉLIVRÉ À", v["post"], lk, vk, 4.6, 7.2)
    _field(st, x2, y, "LE", v["issued_print"], lk, vk, 4.6, 7.2)
    _field(st, x3, y, "NUMÉRO DU PASSEPORT", v["passport"], lk, vk, 4.6, 7.2)
    y += 6.3
    _field(st, x1, y, "NOM, PRÉNOM", v["name_print"], lk, vk, 4.6, 7.2, maxw=74)
    y += 6.3
    st.text(x1, y, "REMARQUES", lk, 4.6, fill=(70, 70, 90))
    for i, r in enumerate(v["remarks"]):
        st.text(x1, y + 2.9 + i * 3.4, r, vk, 7.0, fill=(15, 15, 20))
    _mrz(st, v["mrz"], 3, 62.5, 102, pitch=5.3)
    pg.img.paste(st.img, (pg.p(sx), pg.p(sy)))
    pg.rect(sx, sy, 108, 76, outline=(160, 170, 170), lw=0.2)
    return pg.img


def card_fr(c: dict, rng, back=False) -> Image.Image:
    """ID-1 card (85.6 x 54 mm): French titre de séjour or 2021 identity card."""
    pg = Page(85.6, 54, dpi=400, bg=c["bg"])
    pg.guil(rng, color=c["tint"], n=18, alpha=120)
    lk, vk = "sans", "sans_b"
    if not back:
        pg.text(3, 2.6, "RÉPUBLIQUE FRANÇAISE", "sans_b", 6.2, fill=(20, 40, 110))
        pg.text(3, 6.1, c["title"], "sans_b", 5.6, fill=(20, 40, 110))
        ph = face(
            int(pg.p(21)),
            int(pg.p(27)),
            rng,
            skin=c["skin"],
            hair=c["hair"],
            long_hair=c["sex"] == "F",
        )
        pg.img.paste(ph, (pg.p(3), pg.p(12)))
        x1, x2 = 27, 58
        y = 10.5
        _field(pg, x1, y, "NOM / Surname", c["surname"], lk, vk, 4.0, 6.6, maxw=55)
        y += 5.7
        _field(pg, x1, y, "Prénoms / Given names", c["given"], lk, vk, 4.0, 6.6, maxw=55)
        y += 5.7
        _field(pg, x1, y, "SEXE / Sex", c["sex"], lk, vk, 4.0, 6.6)
        _field(pg, x1 + 14, y, "NATIONALITÉ / Nationality", c["nat"], lk, vk, 4.0, 6.6)
        y += 5.7
        _field(pg, x1, y, "DATE DE NAISS. / Date of birth", c["dob_print"], lk, vk, 4.0, 6.6)
        _field(pg, x2, y, "N° DU DOCUMENT", c["number"], lk, vk, 4.0, 6.6)
        y += 5.7
        for lab, val in c["front_extra"]:
            _field(pg, x1, y, lab, val, lk, vk, 4.0, 6.6, maxw=55)
            y += 5.7
        sig = signature_rgba(c["sig_name"], rng, 500, 160, key="dkg_i", color=(30, 30, 40))
        sig = fit(sig, (pg.p(20), pg.p(6.4)))
        pg.img.paste(sig, (pg.p(3), pg.p(40.5)), sig)
        pg.text(82, 50.5, c["number"], "mono", 5, fill=(60, 60, 70), anchor="ra")
    else:
        y = 3
        for lab, val in c["back"]:
            _field(pg, 4, y, lab, val, lk, vk, 4.0, 6.3, maxw=78)
            y += 5.6
        _mrz(pg, c["mrz"], 3.5, 38.5, 79, pitch=4.3)
    # rounded corners
    mask = Image.new("L", pg.img.size, 0)
    from PIL import ImageDraw

    ImageDraw.Draw(mask).rounded_rectangle(
        [0, 0, pg.img.size[0] - 1, pg.img.size[1] - 1], radius=pg.p(3.2), fill=255
    )
    out = Image.new("RGBA", pg.img.size, (0, 0, 0, 0))
    out.paste(pg.img, (0, 0), mask)
    return out


def on_sheet(items, rng, w=210, h=297, dpi=200):
    """Place card images (RGBA/RGB, with their mm size) on a white flatbed sheet."""
    pg = Page(w, h, dpi=dpi, bg=(250, 250, 248))
    for im, x, y, wmm in items:
        k = pg.p(wmm) / im.size[0]
        im2 = im.resize((pg.p(wmm), int(im.size[1] * k)), Image.LANCZOS)
        if im2.mode == "RGBA":
            pg.img.paste(im2, (pg.p(x), pg.p(y)), im2)
        else:
            pg.img.paste(im2, (pg.p(x), pg.p(y)))
    return pg.img


def recepisse(r: dict, rng) -> Image.Image:
    """Récépissé de demande de carte de séjour (A4 paper, préfecture)."""
    pg = Page(dpi=200, bg=(252, 250, 240))
    pg.guil(rng, color=(225, 215, 200), n=40, alpha=90)
    pg.text(15, 14, "RÉPUBLIQUE", "sans_b", 10)
    pg.text(15, 19, "FRANÇAISE", "sans_b", 10)
    pg.text(15, 25, "Liberté", "serif_i", 8)
    pg.text(15, 29, "Égalité", "serif_i", 8)
    pg.text(15, 33, "Fraternité", "serif_i", 8)
    pg.text(195, 16, r["prefecture"], "sans_b", 10, anchor="ra")
    pg.text(195, 22, "Direction des migrations et de l'intégration", "sans", 8, anchor="ra")
    pg.text(105, 48, "RÉCÉPISSÉ DE DEMANDE DE CARTE DE SÉJOUR", "sans_b", 13, anchor="mm")
    pg.text(105, 55, r["subtitle"], "sans", 9, anchor="mm")
    pg.rect(15, 62, 180, 98, outline=(60, 60, 60), lw=0.4)
    ph = face(pg.p(32), pg.p(40), rng, skin=r["skin"], hair=r["hair"], long_hair=r["sex"] == "F")
    pg.img.paste(ph, (pg.p(20), pg.p(68)))
    x1, x2 = 60, 130
    y = 68
    rows = [
        ("N° de récépissé", r["number"], "N° étranger (AGDREF)", r["agdref"]),
        ("Nom", r["surname"], "Prénom(s)", r["given"]),
        ("Né(e) le", r["dob_print"], "à", r["pob"]),
        ("Sexe", r["sex"], "Nationalité", r["nat"]),
        ("Délivré le", r["issued_print"], "Valable jusqu'au", r["until_print"]),
        ("Motif de la demande", r["motif"], "", ""),
    ]
    for a, av, b, bv in rows:
        pg.text(x1, y, a, "sans", 7.5, fill=(80, 80, 80))
        pg.text(x1, y + 3.6, av, "sans_b", 10)
        if b:
            pg.text(x2, y, b, "sans", 7.5, fill=(80, 80, 80))
            pg.text(x2, y + 3.6, bv, "sans_b", 10)
        y += 11
    pg.text(20, 136, "Adresse :", "sans", 8, fill=(80, 80, 80))
    pg.text(20, 140.5, r["address"], "sans", 9.5)
    yy = 149
    for s in r["mentions"]:
        pg.text(20, yy, s, "sans_b", 9.5)
        yy += 5.5
    txt = [
        "Le présent récépissé, accompagné du passeport, vaut autorisation provisoire de séjour.",
        "Il ne peut être prolongé qu'à la demande du titulaire, avant sa date d'expiration.",
        "Il doit être présenté à toute réquisition des autorités.",
    ]
    yy = 168
    for s in txt:
        pg.text(15, yy, s, "sans", 8.5)
        yy += 5
    pg.text(120, 195, f"Fait à {r['city']}, le {r['issued_print']}", "sans", 9.5)
    pg.text(120, 201, "Pour le préfet et par délégation,", "sans", 9)
    sig = signature_rgba(r["agent"], rng, 500, 170, key="dkg_i", color=(20, 25, 60))
    pg.paste(fit(sig, (pg.p(45), pg.p(15))), 125, 205)
    pg.stamp(rng, 170, 222, 17, ["PRÉFECTURE", r["stamp_dep"]], color=(40, 50, 140), ring=r["ring"])
    pg.text(
        105,
        285,
        f"Récépissé n° {r['number']} — page 1/1",
        "sans",
        7,
        fill=(90, 90, 90),
        anchor="mm",
    )
    return pg.img
