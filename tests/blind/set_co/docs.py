"""Layouts of the documents (drawn from public descriptions of the real ones)."""

from render import Page, mrz_cd

MOIS = [
    "janvier",
    "février",
    "mars",
    "avril",
    "mai",
    "juin",
    "juillet",
    "août",
    "septembre",
    "octobre",
    "novembre",
    "décembre",
]


def fr(d):
    return f"{d[8:10]}/{d[5:7]}/{d[:4]}"


def yymmdd(d):
    return d[2:4] + d[5:7] + d[8:10]


def pad(s, n):
    return (s + "<" * n)[:n]


def td3(p):
    name = pad(p["surname"].replace(" ", "<") + "<<" + p["given"].replace(" ", "<"), 39)
    l1 = "P<" + p["country"] + name
    num = pad(p["number"], 9)
    dob, exp = yymmdd(p["dob"]), yymmdd(p["expiry"])
    opt = "<" * 14
    l2 = num + mrz_cd(num) + p["nat"] + dob + mrz_cd(dob) + p["sex"] + exp + mrz_cd(exp)
    l2 += opt + mrz_cd(opt)
    comp = l2[0:10] + l2[13:20] + l2[21:43]
    l2 += mrz_cd(comp)
    assert len(l1) == 44 and len(l2) == 44
    assert mrz_cd(l2[0:9]) == l2[9] and mrz_cd(l2[13:19]) == l2[19]
    assert mrz_cd(l2[21:27]) == l2[27] and mrz_cd(comp) == l2[43]
    return [l1, l2]


def mrva(p, vnum, vexp):
    name = pad(p["surname"].replace(" ", "<") + "<<" + p["given"].replace(" ", "<"), 39)
    l1 = "V<FRA" + name
    num = pad(vnum, 9)
    dob, exp = yymmdd(p["dob"]), yymmdd(vexp)
    l2 = num + mrz_cd(num) + p["nat"] + dob + mrz_cd(dob) + p["sex"] + exp + mrz_cd(exp)
    l2 = pad(l2, 44)
    assert len(l1) == 44 and len(l2) == 44
    assert mrz_cd(l2[0:9]) == l2[9] and mrz_cd(l2[21:27]) == l2[27]
    return [l1, l2]


def td1(doc, country, num, dob, sex, exp, nat, surname, given):
    n = pad(num, 9)
    l1 = pad(doc + country + n + mrz_cd(n), 30)
    l2 = yymmdd(dob) + mrz_cd(yymmdd(dob)) + sex + yymmdd(exp) + mrz_cd(yymmdd(exp)) + nat
    l2 = pad(l2, 29)
    comp = l1[5:30] + l2[0:7] + l2[8:15] + l2[18:29]
    l2 += mrz_cd(comp)
    l3 = pad(surname.replace(" ", "<") + "<<" + given.replace(" ", "<"), 30)
    assert len(l1) == 30 and len(l2) == 30 and len(l3) == 30
    assert mrz_cd(l1[5:14]) == l1[14] and mrz_cd(l2[0:6]) == l2[6]
    assert mrz_cd(l2[8:14]) == l2[14] and mrz_cd(comp) == l2[29]
    return [l1, l2, l3]


def passport_page(p, rng, tint):
    pg = Page(125, 88, bg=tint)
    pg.rect(0, 0, 125, 8, fill=(tint[0] - 40, tint[1] - 40, tint[2] - 30), stroke=None)
    pg.text(62, 5.5, p["country_name"], 7.5, "sansb", (255, 255, 255), "center")
    pg.text(4, 12, "PASSPORT / PASSEPORT", 6.5, "sansb")
    pg.rect(4, 16, 30, 38, fill=(200, 190, 180), stroke=(120, 120, 120))
    pg.rect(13, 22, 12, 15, fill=(120, 95, 80), stroke=None)
    pg.rect(9, 38, 20, 16, fill=(60, 60, 90), stroke=None)
    rows = [
        ("Type / Type", "P"),
        ("Code / Code", p["country"]),
        ("Passport No. / N° du passeport", p["number"]),
        ("Surname / Nom", p["surname"]),
        ("Given names / Prénoms", p["given"]),
        ("Nationality / Nationalité", p["nat_name"]),
        ("Date of birth / Date de naissance", p["dob_print"]),
        ("Sex / Sexe", p["sex"]),
        ("Place of birth / Lieu de naissance", p["pob"]),
        ("Date of issue / Date de délivrance", p["issue_print"]),
        ("Date of expiry / Date d'expiration", p["exp_print"]),
    ]
    y = 13
    for i, (lab, val) in enumerate(rows):
        x = 38
        if i < 3:
            x = 38 + i * 28
            pg.text(x, 14, lab.split(" / ")[0], 4.2, "sans", (70, 70, 90))
            pg.text(x, 17.5, val, 7, "sansb")
            continue
        y = 22 + (i - 3) * 5.5
        pg.text(38, y, lab, 4.2, "sans", (70, 70, 90))
        pg.text(38, y + 3.3, val, 7, "sansb")
    pg.signature(rng, 6, 62, p["surname"], w=24)
    for i, ln in enumerate(p["mrz"]):
        pg.text(4, 76 + i * 5.5, ln, 9.6, "mono")
    return pg


def visa_page(p, v, rng):
    pg = Page(120, 82, bg=(236, 232, 222))
    pg.rect(2, 2, 116, 78, fill=None, stroke=(150, 120, 160), lw=0.6)
    pg.text(4, 8, "VISA", 10, "sansb", (60, 40, 100))
    pg.text(30, 8, "RÉPUBLIQUE FRANÇAISE", 7, "sansb", (60, 40, 100))
    pg.rect(4, 12, 24, 30, fill=(190, 185, 175), stroke=None)
    pg.rect(11, 17, 10, 12, fill=(110, 90, 80), stroke=None)
    cells = [
        ("VALABLE POUR / VALID FOR", "FRANCE", 32, 13),
        ("DU / FROM", fr(v["from"]), 32, 20),
        ("AU / UNTIL", fr(v["until"]), 62, 20),
        ("TYPE DE VISA / TYPE OF VISA", "D", 92, 20),
        ("NOMBRE D'ENTRÉES", "MULT", 32, 27),
        ("DURÉE DU SÉJOUR", "365 JOURS", 62, 27),
        ("DÉLIVRÉ À / ISSUED IN", v["place"], 32, 34),
        ("LE / ON", fr(v["issued"]), 92, 34),
        ("N° DU PASSEPORT", p["number"], 32, 41),
        ("NOM, PRÉNOM / SURNAME, NAME", p["surname"] + ", " + p["given"], 32, 48),
    ]
    for lab, val, x, y in cells:
        pg.text(x, y, lab, 3.8, "sans", (90, 60, 110))
        pg.text(x, y + 3.2, val, 6.5, "mono")
    pg.text(4, 58, "REMARQUES: " + v["remarks"], 6, "mono")
    pg.text(80, 13, v["number"], 8, "sansb", (180, 30, 30))
    for i, ln in enumerate(v["mrz"]):
        pg.text(3, 70 + i * 5.5, ln, 8.6, "mono")
    return pg


def card_page(title, lines, mrz, tint, rng, back=True):
    pg = Page(85.6, 54, bg=tint)
    pg.text(3, 5, title, 5.5, "sansb", (30, 50, 100))
    pg.rect(3, 8, 22, 28, fill=(190, 185, 178), stroke=None)
    pg.rect(9, 12, 10, 12, fill=(100, 80, 70), stroke=None)
    y = 9
    for lab, val in lines:
        pg.text(28, y, lab, 3.6, "sans", (80, 80, 100))
        pg.text(28, y + 3, val, 5.8, "sansb")
        y += 7.4
    if mrz:
        for i, ln in enumerate(mrz):
            pg.text(3, 40 + i * 4.6, ln, 7.3, "mono")
    return pg


def apostille_page(a, rng, lang_title="APOSTILLE"):
    pg = Page(148, 180, bg=(250, 248, 240))
    pg.rect(8, 8, 132, 164, stroke=(0, 0, 0), lw=0.5)
    pg.text(74, 22, lang_title, 16, "serifb", align="center")
    pg.text(74, 29, "(Convention de La Haye du 5 octobre 1961)", 8, "serif", align="center")
    items = [
        ("1. Country / País:", a["country"]),
        ("   This public document / El presente documento público", ""),
        ("2. has been signed by / ha sido firmado por", a["doc_signer"]),
        ("3. acting in the capacity of / quien actúa en calidad de", a["capacity"]),
        ("4. bears the seal/stamp of / y está revestido del sello de", a["authority"]),
        ("   Certified / Certificado", ""),
        ("5. at / en", a["place"]),
        ("6. the / el día", a["date_print"]),
        ("7. by / por", a["by_authority"]),
        ("8. N°", a["number"]),
        ("9. Seal/stamp / Sello:", ""),
        ("10. Signature / Firma:", a["signed_by"]),
    ]
    y = 42
    for lab, val in items:
        pg.text(14, y, lab, 7.5, "serif")
        if val:
            pg.text(14, y + 4.5, val, 8.5, "serifb")
            y += 4.5
        y += 8
    for r in range(3):
        pg.rect(30 - r * 2, 150 - r * 2, 22 + r * 4, 12 + r * 4, stroke=(60, 60, 160), lw=0.4)
    pg.signature(rng, 78, 158, a["signed_by"], w=40)
    return pg


def bill_page(b, rng):
    """A French bill: supplier banner, holder block, period, amount."""
    pg = Page()
    col = b["color"]
    pg.rect(0, 0, 210, 24, fill=col, stroke=None)
    pg.text(12, 15, b["brand"], 20, "sansb", (255, 255, 255))
    pg.text(198, 10, b["doc_title"], 10, "sansb", (255, 255, 255), "right")
    pg.text(198, 17, "N° " + b["number"], 8, "sans", (255, 255, 255), "right")
    pg.text(12, 34, b["supplier_addr"], 7, "sans", (90, 90, 90))
    pg.text(120, 42, b["holder_print"], 10, "sansb")
    for i, ln in enumerate(b["addr_lines"]):
        pg.text(120, 47.5 + i * 5, ln, 10)
    pg.text(12, 50, "Date de facture : " + fr(b["issue"]), 9)
    pg.text(12, 55.5, "Référence client : " + b["client_ref"], 9)
    pg.text(12, 61, b["site_label"] + " : " + b["site_id"], 9)
    pg.rect(12, 78, 186, 24, fill=(244, 244, 246), stroke=None)
    pg.text(16, 86, "Montant TTC à payer", 11, "sansb")
    pg.text(194, 88, b["amount_print"] + " €", 18, "sansb", col, "right")
    pg.text(16, 96, "Prélevé le " + fr(b["debit"]) + " sur votre compte " + b["iban_mask"], 8)
    pg.text(12, 114, "Votre facture du {} au {}".format(fr(b["start"]), fr(b["end"])), 11, "sansb")
    pg.line(12, 117, 198, 117, 0.4, col)
    y = 125
    for lab, val in b["lines"]:
        pg.text(14, y, lab, 9)
        pg.text(196, y, val, 9, align="right")
        y += 6
    pg.line(12, y - 2, 198, y - 2, 0.2)
    pg.text(14, y + 4, "Total TTC", 10, "sansb")
    pg.text(196, y + 4, b["amount_print"] + " €", 10, "sansb", align="right")
    pg.text(12, 276, b["footer"], 6, "sans", (110, 110, 110))
    pg.text(198, 288, "Page 1/1", 6.5, "sans", (110, 110, 110), "right")
    return pg
