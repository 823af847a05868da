"""Identity and civil-status layouts for set_ah: passports, French visa sticker, titre de
séjour, French identity card, récépissé, birth certificates and apostilles."""

import math

from ah_draw import Page, mrva, td1, td3

MOIS = "janvier février mars avril mai juin juillet août septembre octobre novembre décembre"
MOIS = MOIS.split()
MONTHS = "January February March April May June July August September October November December"
MONTHS = MONTHS.split()
MESES = "janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro"
MESES = MESES.split()
MON3 = ["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"]
MOIS3 = ["JAN", "FÉV", "MARS", "AVR", "MAI", "JUIN", "JUIL", "AOÛT", "SEPT", "OCT", "NOV", "DÉC"]


def fr(d):
    return d.strftime("%d/%m/%Y")


def fr_words(d):
    return "%d %s %d" % (d.day, MOIS[d.month - 1], d.year)


def d6(d):
    return d.strftime("%y%m%d")


def guilloche(pg, x, y, w, h, color, n=14, seed=0):
    for i in range(n):
        pts = []
        for k in range(61):
            t = k / 60
            yy = y + h * (i + 0.5) / n + math.sin(t * 9 + i * 0.7 + seed) * h / (n * 0.9)
            pts.append((x + w * t, yy))
        pg.poly(pts, color, 0.15)


def photo(pg, x, y, w, h, skin=(150, 110, 80), bg=(225, 228, 232), hair=(30, 25, 20)):
    pg.rect(x, y, w, h, None, bg)
    pg.poly(
        [
            (x + w * 0.1, y + h),
            (x + w * 0.22, y + h * 0.8),
            (x + w * 0.78, y + h * 0.8),
            (x + w * 0.9, y + h),
        ],
        fill=(60, 60, 75),
    )
    pg.ellipse(x + w * 0.26, y + h * 0.12, w * 0.48, h * 0.6, None, hair)
    pg.ellipse(x + w * 0.29, y + h * 0.2, w * 0.42, h * 0.55, None, skin)
    pg.rect(x + w * 0.43, y + h * 0.7, w * 0.14, h * 0.1, None, skin)


def mrz_block(pg, lines, x, y, size=10.5, lead=5.2):
    for i, ln in enumerate(lines):
        pg.text(x, y + i * lead, ln, "ocrb", size, (10, 10, 10))


def passport(p, style):
    """TD3 data page (lower half) with the facing page above, as a booklet lies open."""
    pg = Page(125, 176, (250, 249, 244))
    guilloche(pg, 3, 6, 119, 76, style["tint"], 10, 1)
    pg.text(62.5, 40, style["country_title"], "serifb", 11, style["ink"], "m")
    pg.line(0, 88, 125, 88, (200, 200, 200), 0.4)
    y0 = 88
    pg.rect(0, y0, 125, 88, None, style["paper"])
    guilloche(pg, 0, y0 + 2, 125, 62, style["tint"], 16, 2)
    pg.text(4, y0 + 6, style["header"], "sansb", 7.2, style["ink"])
    photo(pg, 5, y0 + 13, 32, 40, p["skin"], hair=p["hair"])
    lab, val = style["labels"], p["pass"]
    rows = [
        (lab[0], "P", 42, 13),
        (lab[1], val["issuer"], 62, 13),
        (lab[2], val["number"], 92, 13),
        (lab[3], p["surname"], 42, 21),
        (lab[4], p["given_names"], 42, 29),
        (lab[5], p["nat_name"], 42, 37),
        (lab[6], style["date"](p["dob"]), 42, 45),
        (lab[7], p["sex"], 92, 45),
        (lab[8], p["pob_pass"], 42, 53),
        (lab[9], style["date"](val["issue"]), 42, 61),
        (lab[10], style["date"](val["expiry"]), 88, 61),
    ]
    for lb, v, x, yy in rows:
        pg.text(x, y0 + yy, lb, "sans", 4.6, style["ink"])
        pg.text(x, y0 + yy + 4.2, v, "sansb", 7.5, (15, 15, 15))
    pg.text(72, y0 + 53, lab[11], "sans", 4.6, style["ink"])
    pg.text(72, y0 + 57, val["authority"], "sansb", 4.8, (15, 15, 15))
    pg.hand(8, y0 + 66.5, p["sig_text"], "sig", 11, (25, 25, 60), 7)
    pg.rect(0, y0 + 69, 125, 19, None, (246, 246, 240))
    lines = td3(
        "P<",
        val["issuer"],
        p["surname"],
        p["given_names"],
        val["number"],
        val["issuer"],
        d6(p["dob"]),
        p["sex"],
        d6(val["expiry"]),
    )
    mrz_block(pg, lines, 4, y0 + 77)
    return pg, lines


def visa_page(p, v, style):
    """A French long-stay visa sticker on a passport page."""
    pg = Page(125, 88, style["paper"])
    guilloche(pg, 0, 0, 125, 88, style["tint"], 12, 3)
    x0, y0 = 3, 4
    pg.rect(x0, y0, 119, 80, (160, 150, 190), (236, 232, 244), 0.3)
    guilloche(pg, x0, y0, 119, 58, (205, 195, 225), 18, 5)
    photo(pg, x0 + 3, y0 + 14, 27, 35, p["skin"], hair=p["hair"])
    pg.text(x0 + 34, y0 + 6, "VISA", "sansb", 10, (70, 40, 120))
    pg.text(x0 + 112, y0 + 6, "FRA", "sansb", 10, (70, 40, 120), "r")
    pg.text(x0 + 55, y0 + 6, "VALABLE POUR  FRANCE", "sans", 6, (40, 40, 40))
    cells = [
        ("DU", fr(v["from"]), 34, 13),
        ("AU", fr(v["until"]), 66, 13),
        ("TYPE DE VISA", "D", 96, 13),
        ("NOMBRE D'ENTRÉES", "MULT", 34, 21),
        ("DURÉE DE SÉJOUR", "%d JOURS" % v["days"], 66, 21),
        ("DÉLIVRÉ À", v["post"], 96, 21),
        ("LE", fr(v["issued"]), 34, 29),
        ("NUMÉRO DE PASSEPORT", p["pass"]["number"], 66, 29),
        ("NOM, PRÉNOM", p["surname"] + ", " + p["given_names"], 34, 37),
    ]
    for lb, val, x, yy in cells:
        pg.text(x0 + x, y0 + yy, lb, "sans", 4.3, (90, 70, 120))
        pg.text(x0 + x, y0 + yy + 3.8, val, "sansb", 6.6, (20, 20, 20))
    pg.text(x0 + 34, y0 + 45, "REMARQUES", "sans", 4.3, (90, 70, 120))
    for i, r in enumerate(v["remarks"]):
        pg.text(x0 + 34, y0 + 49 + i * 3.6, r, "sansb", 6.2, (20, 20, 20))
    pg.text(x0 + 3, y0 + 53, v["number"], "sansb", 6.5, (180, 30, 40))
    lines = mrva(
        "FRA",
        p["surname"],
        p["given_names"],
        v["number"],
        p["pass"]["issuer"],
        d6(p["dob"]),
        p["sex"],
        d6(v["until"]),
    )
    pg.rect(x0, y0 + 62, 119, 18, None, (246, 244, 250))
    mrz_block(pg, lines, x0 + 2, y0 + 70, 10, 5)
    return pg, lines


def card_fr(p, kind, c):
    """French ID-1 cards: kind 'ts' (titre de séjour) or 'cni'. Returns (front, back, mrz)."""
    ink = (40, 60, 110)
    fr_ = Page(85.6, 54, (236, 240, 246) if kind == "cni" else (240, 236, 228))
    guilloche(fr_, 0, 0, 85.6, 54, (205, 215, 232) if kind == "cni" else (228, 214, 200), 14)
    fr_.text(3, 5, "RÉPUBLIQUE FRANÇAISE", "sansb", 6, ink)
    title = "CARTE NATIONALE D'IDENTITÉ / IDENTITY CARD" if kind == "cni" else "TITRE DE SÉJOUR"
    fr_.text(3, 8.6, title, "sansb", 4.8, ink)
    photo(fr_, 3, 11, 22, 28, c["skin"], hair=c["hair"])
    fr_.text(82, 5, "FRA", "sansb", 6, ink, "r")
    rows = [("NOM / Surname", c["surname"]), ("Prénoms / Given names", c["given_names"])]
    y = 13
    for lb, v in rows:
        fr_.text(28, y, lb, "sans", 3.3, ink)
        fr_.text(28, y + 3.3, v, "sansb", 5.4, (10, 10, 10))
        y += 7.5
    line3 = [
        ("SEXE", c["sex"], 28),
        ("NATIONALITÉ", c["nat"], 38),
        ("DATE DE NAISS.", fr(c["dob"]).replace("/", " "), 58),
    ]
    for lb, v, x in line3:
        fr_.text(x, y, lb, "sans", 3.1, ink)
        fr_.text(x, y + 3.3, v, "sansb", 5, (10, 10, 10))
    y += 7.5
    if kind == "cni":
        fr_.text(28, y, "LIEU DE NAISSANCE / Place of birth", "sans", 3.1, ink)
        fr_.text(28, y + 3.3, c["pob"], "sansb", 5, (10, 10, 10))
    else:
        fr_.text(28, y, "TYPE DE TITRE / Type of permit", "sans", 3.1, ink)
        for i, t in enumerate(c["type_lines"]):
            fr_.text(28, y + 3.2 + i * 2.7, t, "sansb", 3.7, (10, 10, 10))
    y = 47
    fr_.text(3, y, "N° DU DOCUMENT", "sans", 3.1, ink)
    fr_.text(3, y + 3.3, c["number"], "sansb", 5.2, (10, 10, 10))
    fr_.text(40, y, "DATE D'EXPIR. / Expiry", "sans", 3.1, ink)
    fr_.text(40, y + 3.3, fr(c["expiry"]).replace("/", " "), "sansb", 5.2, (10, 10, 10))
    fr_.hand(66, 51, c["sig_text"], "sig", 7, (30, 30, 60), 3)
    bk = Page(85.6, 54, fr_.bg)
    guilloche(bk, 0, 0, 85.6, 30, (215, 220, 230), 8, 4)
    if kind == "cni":
        bk.text(3, 6, "ADRESSE / Address", "sans", 3.1, ink)
        bk.text(3, 9.5, c["address1"], "sansb", 4.6, (10, 10, 10))
        bk.text(3, 13, c["address2"], "sansb", 4.6, (10, 10, 10))
        bk.text(3, 19, "DATE DE DÉLIVRANCE", "sans", 3.1, ink)
        bk.text(3, 22.5, fr(c["issue"]), "sansb", 4.6, (10, 10, 10))
        bk.text(45, 19, "AUTORITÉ", "sans", 3.1, ink)
        bk.text(45, 22.5, "Préfecture " + c["pref"], "sansb", 4.2, (10, 10, 10))
        code = "ID"
    else:
        bk.text(3, 6, "REMARQUES / Remarks", "sans", 3.1, ink)
        for i, t in enumerate(c["remarks"]):
            bk.text(3, 9.5 + i * 3.2, t, "sansb", 4.2, (10, 10, 10))
        bk.text(3, 22, "LIEU ET DATE DE DÉLIVRANCE", "sans", 3.1, ink)
        bk.text(3, 25.3, "%s  %s" % (c["pref"], fr(c["issue"])), "sansb", 4.4, (10, 10, 10))
        code = "IR"
    lines = td1(
        code,
        "FRA",
        c["number"],
        d6(c["dob"]),
        c["sex"],
        d6(c["expiry"]),
        c["nat"],
        c["surname"],
        c["given_names"],
    )
    bk.rect(0, 32, 85.6, 22, None, (250, 250, 248))
    mrz_block(bk, lines, 3.5, 39, 8.6, 5.4)
    return fr_, bk, lines


def recepisse(p, r):
    pg = Page(210, 148, (250, 247, 236))
    pg.text(10, 12, "RÉPUBLIQUE FRANÇAISE", "serifb", 11)
    pg.text(10, 17, "Liberté · Égalité · Fraternité", "serifi", 8)
    pg.text(200, 12, "PRÉFECTURE " + r["pref"].upper(), "sansb", 9, anchor="r")
    pg.text(200, 17, "Direction des migrations et de l'intégration", "sans", 7, anchor="r")
    pg.text(105, 30, "RÉCÉPISSÉ DE DEMANDE DE CARTE DE SÉJOUR", "sansb", 12, anchor="m")
    pg.text(105, 36, "Ce récépissé n'est pas un titre d'identité", "sans", 7, anchor="m")
    pg.text(150, 45, "N° " + r["number"], "sansb", 10, (170, 20, 30))
    photo(pg, 12, 44, 30, 38, p["skin"], hair=p["hair"])
    rows = [
        ("Nom", p["surname"]),
        ("Prénom(s)", p["given_names"]),
        ("Né(e) le", fr(p["dob"]) + " à " + p["pob"]),
        ("Nationalité", p["nat_fr"]),
        ("Adresse", p["addr1"] + " " + p["addr2"]),
        ("Motif de la demande", r["motif"]),
    ]
    y = 54
    for lb, v in rows:
        pg.text(50, y, lb + " :", "sans", 8)
        pg.text(88, y, v, "sansb", 8.5)
        y += 7
    pg.rect(10, 100, 190, 16, (60, 60, 60), None, 0.3)
    pg.text(14, 107, "Valable du %s au %s" % (fr(r["from"]), fr(r["until"])), "sansb", 10)
    pg.text(14, 113, r["work"], "sans", 8)
    pg.text(120, 126, "Fait à %s, le %s" % (r["city"], fr(r["from"])), "sans", 8)
    pg.text(120, 131, "Pour le Préfet et par délégation", "sans", 7)
    pg.ellipse(150, 128, 26, 16, (60, 70, 160), None, 0.5)
    pg.text(163, 137, "PRÉFECTURE", "sansb", 5, (60, 70, 160), "m")
    pg.hand(128, 140, "Lefebvre", "sig2", 13, (30, 40, 120), 11)
    return pg


# ---------------------------------------------------------------- birth certificates


def bc_srilanka(p, b):
    pg = Page(210, 297, (250, 248, 238))
    pg.rect(8, 8, 194, 281, (90, 70, 40), None, 0.6)
    pg.text(20, 18, "B 24", "sans", 8)
    pg.text(105, 22, "DEMOCRATIC SOCIALIST REPUBLIC OF SRI LANKA", "serifb", 10, anchor="m")
    pg.text(105, 30, "BIRTH CERTIFICATE", "serifb", 15, anchor="m")
    pg.text(105, 36, "(Births and Deaths Registration Act, Chapter 110)", "serifi", 8, anchor="m")
    pg.text(
        105,
        42,
        "Certified copy of an entry of birth issued under Section 52",
        "serif",
        8,
        anchor="m",
    )
    top = [
        ("District", b["district"]),
        ("Divisional Secretary's Division", b["division"]),
        ("Registrar's Division", b["reg_div"]),
        ("No. of entry", b["entry"]),
    ]
    y = 52
    for lb, v in top:
        pg.text(20, y, lb, "serif", 9)
        pg.text(90, y, ": " + v, "serifb", 9.5)
        y += 6.5
    rows = [
        (
            "1",
            "Date of birth",
            "%d %s %d" % (p["dob"].day, MONTHS[p["dob"].month - 1], p["dob"].year),
        ),
        ("2", "Place of birth", p["pob"]),
        ("3", "Name", p["given_names"].title() + " " + p["surname"].title()),
        ("4", "Sex", "Female" if p["sex"] == "F" else "Male"),
        ("5", "Father's full name", b["father"]),
        ("6", "Father's date of birth", b["father_dob"]),
        ("7", "Mother's full name", b["mother"]),
        ("8", "Mother's date of birth", b["mother_dob"]),
        ("9", "Were parents married?", "Yes"),
        ("10", "Informant's name and residence", b["informant"]),
        ("11", "Date of registration", b["reg_date"]),
        ("12", "Registrar's signature", b["registrar"]),
    ]
    y = 85
    for n, lb, v in rows:
        pg.rect(15, y - 6, 180, 12, (120, 100, 70), None, 0.25)
        pg.line(25, y - 6, 25, y + 6, (120, 100, 70), 0.25)
        pg.line(90, y - 6, 90, y + 6, (120, 100, 70), 0.25)
        pg.text(20, y + 1, n, "serif", 9, anchor="m")
        pg.text(28, y + 1, lb, "serif", 8.5)
        pg.text(93, y + 1, v, "mono", 9.5, (30, 30, 30))
        y += 12
    pg.text(
        20,
        y + 10,
        "I hereby certify that the above is a true copy of the entry No. %s" % b["entry"],
        "serif",
        8.5,
    )
    pg.text(20, y + 15, "in the register of births of the above division.", "serif", 8.5)
    pg.text(20, y + 28, "Date of issue: " + b["issued"], "serifb", 9)
    pg.ellipse(120, y + 12, 36, 24, (120, 40, 120), None, 0.6)
    pg.text(138, y + 25, "ADDL. DISTRICT REGISTRAR", "sansb", 4.5, (120, 40, 120), "m")
    pg.hand(150, y + 30, "R.M.Perera", "sig2", 14, (30, 30, 110), 5)
    pg.text(150, y + 36, "Additional District Registrar", "serif", 8)
    return pg


def bc_uk(p, b):
    pg = Page(210, 148, (238, 230, 228))
    guilloche(pg, 0, 0, 210, 148, (220, 196, 196), 30, 2)
    red = (150, 40, 50)
    pg.text(105, 10, "CERTIFIED COPY OF AN ENTRY OF BIRTH", "serifb", 11, red, "m")
    pg.text(105, 15, "GIVEN AT THE GENERAL REGISTER OFFICE", "serif", 7, red, "m")
    pg.text(190, 10, b["app_no"], "sans", 6, red, "r")
    pg.text(12, 24, "BIRTH in the Sub-district of " + b["subdistrict"], "serif", 8, red)
    pg.text(120, 24, "in the " + b["district"], "serif", 8, red)
    heads = [
        "No.",
        "When and where born",
        "Name, if any",
        "Sex",
        "Name and surname of father",
        "Name, surname and maiden surname of mother",
        "Occupation of father",
        "Signature, description and residence of informant",
        "When registered",
        "Signature of registrar",
    ]
    xs = [10, 20, 50, 80, 90, 115, 140, 155, 178, 190, 202]
    pg.rect(10, 28, 192, 62, red, None, 0.3)
    for x in xs[1:-1]:
        pg.line(x, 28, x, 90, red, 0.25)
    pg.line(10, 42, 202, 42, red, 0.25)
    for i, h in enumerate(heads):
        words, ln, yy = h.split(), "", 31
        for w in words:
            if len(ln + " " + w) * 1.05 > (xs[i + 1] - xs[i]) and ln:
                pg.text(xs[i] + 0.8, yy, ln, "serif", 3.6, red)
                yy += 2.2
                ln = w
            else:
                ln = (ln + " " + w).strip()
        pg.text(xs[i] + 0.8, yy, ln, "serif", 3.6, red)
    dob = p["dob"]
    vals = [
        ["%d" % b["entry"]],
        ["%s %s %d" % (_ordinal(dob.day), MONTHS[dob.month - 1], dob.year)] + b["where"],
        p["given_names"].title().split(" "),
        ["Girl" if p["sex"] == "F" else "Boy"],
        b["father"],
        b["mother"],
        b["occ"],
        b["informant"],
        b["registered"],
        b["registrar"],
    ]
    for i, v in enumerate(vals):
        for j, t in enumerate(v):
            pg.hand(xs[i] + 0.8, 48 + j * 4.2, t, "hand3", 6.2, (35, 35, 45), 20 + i * 7 + j)
    pg.text(
        12,
        100,
        "CERTIFIED to be a true copy of an entry in the certified copy of a "
        "Register of Births in the District above mentioned.",
        "serif",
        6.5,
        red,
    )
    pg.text(
        12,
        105,
        "Given at the GENERAL REGISTER OFFICE, under the Seal of the said Office, "
        "the " + b["issued_words"],
        "serif",
        6.5,
        red,
    )
    pg.ellipse(160, 98, 24, 24, red, None, 0.5)
    pg.text(172, 111, "GRO", "serifb", 7, red, "m")
    pg.text(12, 114, b["serial"], "sansb", 8, red)
    pg.text(
        12,
        130,
        "CAUTION: THERE ARE OFFENCES RELATING TO FALSIFYING OR ALTERING A "
        "CERTIFICATE AND USING OR POSSESSING A FALSE CERTIFICATE. ©CROWN COPYRIGHT",
        "sansb",
        5,
        red,
    )
    pg.text(12, 134, "WARNING: A CERTIFICATE IS NOT EVIDENCE OF IDENTITY.", "sansb", 5, red)
    return pg


def _ordinal(n):
    suf = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    words = {1: "First", 2: "Second", 3: "Third", 9: "Ninth", 14: "Fourteenth"}
    return words.get(n, "%d%s" % (n, suf))


def bc_ontario(p, b):
    pg = Page(216, 279, (246, 247, 242))
    guilloche(pg, 0, 0, 216, 279, (222, 232, 222), 40, 1)
    g = (20, 80, 50)
    pg.text(20, 20, "Ontario", "latob", 18, g)
    pg.text(20, 26, "ServiceOntario", "lato", 9, g)
    pg.text(196, 20, "Office of the Registrar General", "lato", 9, g, "r")
    pg.text(196, 25, "Bureau du registraire général", "lato", 9, g, "r")
    pg.text(108, 42, "CERTIFIED COPY OF BIRTH REGISTRATION", "latob", 14, anchor="m")
    pg.text(108, 48, "COPIE CERTIFIÉE D'UN ENREGISTREMENT DE NAISSANCE", "lato", 9, anchor="m")
    rows = [
        ("Surname / Nom de famille", p["surname"]),
        ("Given name(s) / Prénom(s)", p["given_names"]),
        ("Sex / Sexe", p["sex"]),
        ("Date of birth / Date de naissance", p["dob"].strftime("%Y/%m/%d")),
        ("Place of birth / Lieu de naissance", p["pob"]),
        ("Parent 1 / Parent 1", b["parent1"]),
        ("Birthplace / Lieu de naissance", b["parent1_pob"]),
        ("Parent 2 / Parent 2", b["parent2"]),
        ("Birthplace / Lieu de naissance", b["parent2_pob"]),
        ("Registration number / N° d'enregistrement", b["reg"]),
        ("Registration date / Date d'enregistrement", b["reg_date"]),
    ]
    y = 64
    for lb, v in rows:
        pg.text(22, y, lb, "lato", 7.5, (70, 70, 70))
        pg.text(22, y + 5, v, "mono", 10.5)
        pg.line(22, y + 7, 194, y + 7, (180, 190, 180), 0.2)
        y += 13.5
    pg.text(
        22,
        y + 6,
        "I certify that this is a true copy of the information registered in my office.",
        "lato",
        8,
    )
    pg.text(
        22,
        y + 10,
        "Je certifie que ces renseignements sont conformes à ceux enregistrés à mon bureau.",
        "lato",
        8,
    )
    pg.text(22, y + 22, "Date of issue / Date de délivrance : " + b["issued"], "latob", 9)
    pg.hand(130, y + 22, "Alison Chen", "sig", 15, (20, 20, 90), 8)
    pg.text(130, y + 28, "Deputy Registrar General / Registraire général adjoint", "lato", 7)
    pg.text(22, 268, "Certificate no. " + b["cert"], "mono", 8, (150, 30, 30))
    return pg


def bc_caboverde(p, b):
    pg = Page(210, 297, (252, 252, 247))
    pg.text(105, 20, "REPÚBLICA DE CABO VERDE", "serifb", 12, anchor="m")
    pg.text(105, 26, "MINISTÉRIO DA JUSTIÇA", "serif", 9, anchor="m")
    pg.text(
        105,
        31,
        "Conservatória dos Registos Civil, Predial e Comercial de " + b["cons"],
        "serif",
        9,
        anchor="m",
    )
    pg.text(105, 45, "CERTIDÃO DE NASCIMENTO", "serifb", 14, anchor="m")
    pg.text(105, 51, "(narrativa completa)", "serifi", 9, anchor="m")
    pg.text(25, 62, "Assento n.º %s do ano de %d" % (b["assento"], p["dob"].year), "serifb", 10)
    dob = p["dob"]
    txt = (
        "Aos %s dias do mês de %s do ano de %d, nesta Conservatória, compareceu %s, que "
        "declarou que no dia %d de %s de %d, pelas %s horas, em %s, concelho de %s, nasceu "
        "um indivíduo do sexo feminino, a quem foi dado o nome de %s %s, filha de %s, "
        "natural de %s, e de %s, natural de %s. Avós paternos: %s. Avós maternos: %s. "
        "Este assento vai ser assinado pelo declarante e por mim, Conservador, depois de lido."
        % (
            b["reg_day"],
            MESES[b["reg_month"] - 1],
            dob.year,
            b["declarant"],
            dob.day,
            MESES[dob.month - 1],
            dob.year,
            b["hour"],
            p["pob"].split(",")[0],
            b["concelho"],
            p["given_names"].title(),
            p["surname"].title(),
            b["father"],
            b["concelho"],
            b["mother"],
            b["concelho"],
            b["gp_pat"],
            b["gp_mat"],
        )
    )
    y = pg.wrap(25, 72, 160, txt, "serif", 10.5, 6.2)
    pg.text(25, y + 6, "AVERBAMENTOS: Nada consta.", "serifb", 10)
    pg.text(25, y + 20, "Está conforme o original.", "serif", 10.5)
    pg.text(25, y + 27, "Conservatória de %s, aos %s." % (b["cons"], b["issued"]), "serif", 10.5)
    pg.text(120, y + 40, "O Conservador,", "serif", 10.5)
    pg.hand(120, y + 52, b["conservador"], "sig2", 15, (25, 25, 100), 9)
    pg.ellipse(60, y + 36, 32, 32, (30, 60, 130), None, 0.6)
    pg.text(76, y + 54, "CONSERVATÓRIA", "sansb", 5, (30, 60, 130), "m")
    pg.text(25, 280, "Emolumentos: 500$00 — Conta n.º %s" % b["conta"], "serif", 8)
    return pg


def apostille(a):
    """Hague Convention model certificate: title in French, ten numbered items."""
    pg = Page(148, 210, a.get("paper", (252, 252, 250)))
    ink = a.get("ink", (20, 20, 20))
    pg.rect(8, 8, 132, 194, ink, None, 0.6)
    pg.text(74, 24, "APOSTILLE", "serifb", 18, ink, "m")
    pg.text(74, 31, "(Convention de La Haye du 5 octobre 1961)", "serifi", 8.5, ink, "m")
    items = a["labels"]
    vals = [
        a["country"],
        a["signed_by"],
        a["capacity"],
        a["seal"],
        a["at"],
        a["date"],
        a["by"],
        a["number"],
        a["stamp"],
        a["signature"],
    ]
    y = 45
    pg.text(14, y, "1. " + items[0], "serif", 8.5, ink)
    pg.text(80, y, vals[0], "serifb", 9, ink)
    pg.text(14, y + 8, a["caption"], "serifi", 8, ink)
    y += 18
    for i in range(1, 9):
        if i == 4:
            pg.text(74, y - 2, items[10], "serifb", 10, ink, "m")
            y += 6
        pg.text(14, y, "%d. %s" % (i + 1, items[i]), "serif", 8.5, ink)
        pg.text(18, y + 5, vals[i], "serifb", 8.8, ink)
        y += 12
    pg.text(14, y + 4, "10. " + items[9], "serif", 8.5, ink)
    pg.ellipse(22, y + 10, 30, 30, a.get("seal_ink", (150, 30, 40)), None, 0.7)
    pg.text(37, y + 27, a["seal_word"], "sansb", 5, a.get("seal_ink", (150, 30, 40)), "m")
    pg.hand(72, y + 24, a["sig_name"], "sig", 15, (20, 20, 100), 13)
    return pg


APO_EN = [
    "Country:",
    "has been signed by",
    "acting in the capacity of",
    "bears the seal/stamp of",
    "at",
    "the",
    "by",
    "No",
    "Seal/stamp:",
    "Signature:",
    "CERTIFIED",
]
APO_PT = [
    "País:",
    "foi assinado por",
    "na qualidade de",
    "tem aposto o selo/carimbo de",
    "em",
    "aos",
    "por",
    "sob o n.º",
    "Selo/carimbo:",
    "Assinatura:",
    "CERTIFICADO",
]
