"""Identity, residence and civil-status documents (rendered as Page objects)."""

from checks import d_en, d_fr
from render import Page

GREY = (90, 90, 90)


def passport(p, style):
    """ICAO TD3 data page, 125 x 88 mm. p: dict with surname, given, number, dob, sex, exp,
    issued, place, mrz (2 lines). style: country header, label language, colours."""
    pg = Page(125, 88, style.get("bg", (236, 232, 240)))
    for i in range(0, 125, 4):
        pg.line(i, 0, i + 30, 88, 0.08, style.get("guil", (210, 200, 220)))
    pg.text(62, 7, style["head1"], style.get("hf", "sansb"), 7.5, style["ink"], "c")
    pg.text(62, 11.5, style["head2"], style.get("hf2", "sans"), 6, style["ink"], "c")
    pg.photo(5, 17, 30, 38, seed=len(p["surname"]))
    lab = style["labels"]
    lf, lsz = style.get("lf", "sans"), 4.6
    rows = [
        (lab[0], "P", lab[1], style["code"], lab[2], p["number"]),
        (lab[3], p["surname"], None, None, None, None),
        (lab[4], p["given"], None, None, None, None),
        (lab[5], style["nat"], None, None, None, None),
        (lab[6], style["date"](p["dob"]), lab[7], p["sex"], lab[8], p["place"]),
        (lab[9], style["date"](p["issued"]), lab[10], style["authority"], None, None),
        (lab[11], style["date"](p["exp"]), None, None, None, None),
    ]
    y = 18.5
    for r in rows:
        xs = (40, 63, 86)
        for j in range(3):
            if r[2 * j] is None:
                continue
            pg.text(xs[j], y, r[2 * j], lf, lsz, GREY)
            pg.text(xs[j], y + 3.6, r[2 * j + 1], "dvb", 7.2)
        y += 8.2
    pg.sig(96, 66.5, 24, 5.5, seed=len(p["given"]) * 7)
    for i, ln in enumerate(p["mrz"]):
        pg.text(4.5, 77 + i * 5.5, ln, "mono", 9.9)
    return pg


def visa(v):
    """French long-stay visa sticker (type D) on a passport page, MRV-A MRZ."""
    pg = Page(125, 88, (236, 238, 228))
    pg.rect(2, 2, 121, 84, 0.2, (150, 160, 150), (226, 236, 224))
    for i in range(0, 121, 3):
        pg.line(2 + i, 2, 2 + i, 86, 0.06, (200, 215, 205))
    pg.text(6, 9, "VISA", "sansb", 10, (30, 60, 110))
    pg.text(24, 9, "FRA", "sansb", 10, (30, 60, 110))
    pg.text(119, 9, v["number"], "monob", 9, (160, 20, 30), "r")
    pg.photo(6, 14, 24, 30, seed=3)
    x = 34
    rows = [
        ("VALABLE POUR / VALID FOR", "FRANCE", None, None),
        (
            "DU / FROM",
            d_fr(v["from"]).replace("/", "-"),
            "AU / UNTIL",
            d_fr(v["until"]).replace("/", "-"),
        ),
        ("TYPE DE VISA / TYPE OF VISA", "D", "NOMBRE D'ENTRÉES", "MULT"),
        (
            "DURÉE DE SÉJOUR / DURATION",
            f"{v['days']} JOURS",
            "DÉLIVRÉ À / ISSUED IN",
            v["issued_in"],
        ),
        ("LE / ON", d_fr(v["issued"]).replace("/", "-"), "NUMÉRO DE PASSEPORT", v["passport"]),
        ("NOM, PRÉNOM / SURNAME, NAME", v["name"], None, None),
        ("REMARQUES / REMARKS", v["remarks"][0], None, None),
    ]
    y = 15
    for a, b, c, d in rows:
        pg.text(x, y, a, "sans", 4.2, GREY)
        pg.text(x, y + 3.3, b, "condb", 6.6)
        if c:
            pg.text(x + 44, y, c, "sans", 4.2, GREY)
            pg.text(x + 44, y + 3.3, d, "condb", 6.6)
        y += 7.2
    for i, r in enumerate(v["remarks"][1:]):
        pg.text(x, y - 0.5 + i * 3.4, r, "condb", 6.2)
    for i, ln in enumerate(v["mrz"]):
        pg.text(4.5, 77 + i * 5.5, ln, "mono", 9.9)
    return pg


def permit_front(c):
    pg = Page(85.6, 54, (226, 232, 240))
    pg.rect(0, 0, 85.6, 7.5, 0, None, (40, 70, 140))
    pg.text(3, 5, "RÉPUBLIQUE FRANÇAISE", "sansb", 5.5, (255, 255, 255))
    pg.text(83, 5, "TITRE DE SÉJOUR", "sansb", 5.5, (255, 255, 255), "r")
    pg.photo(3, 11, 20, 26, seed=c["seed"])
    pg.text(82, 11.5, c["number"], "monob", 6.5, (180, 30, 40), "r")
    rows = [
        ("NOM", c["surname"]),
        ("PRÉNOMS", c["given"]),
        ("SEXE / NATIONALITÉ", f"{c['sex']}     {c['nat']}"),
        ("DATE DE NAISSANCE", d_fr(c["dob"]).replace("/", " ")),
        ("TYPE DE TITRE", c["kind"]),
        ("VALABLE JUSQU'AU", d_fr(c["exp"]).replace("/", " ")),
    ]
    y = 14
    for a, b in rows:
        pg.text(26, y, a, "sans", 3.6, GREY)
        size = 5.6 if len(b) < 24 else 4.6
        pg.text(26, y + 2.8, b, "dvb", size)
        y += 6.3
    pg.sig(4, 42, 18, 5, seed=c["seed"] + 5)
    return pg


def permit_back(c):
    pg = Page(85.6, 54, (230, 234, 238))
    rows = [
        ("LIEU DE NAISSANCE", c["pob"]),
        ("ADRESSE", c["addr"][0]),
        ("", c["addr"][1]),
        ("REMARQUES", c["remarks"]),
        ("DATE ET LIEU DE DÉLIVRANCE", f"{d_fr(c['issued'])}  {c['prefecture']}"),
    ]
    y = 4.5
    for a, b in rows:
        if a:
            pg.text(3, y, a, "sans", 3.6, GREY)
            y += 2.8
        pg.text(3, y, b, "dvb", 5)
        y += 3.6
    for i, ln in enumerate(c["mrz"]):
        pg.text(3, 40.5 + i * 4.6, ln, "mono", 9.1)
    return pg


def recepisse(r):
    pg = Page()
    pg.text(20, 20, "RÉPUBLIQUE FRANÇAISE", "serifb", 11)
    pg.text(20, 25, "Liberté", "serifi", 8)
    pg.text(20, 28.5, "Égalité", "serifi", 8)
    pg.text(20, 32, "Fraternité", "serifi", 8)
    pg.text(190, 22, r["prefecture"], "sansb", 10, align="r")
    pg.text(190, 27, "Direction des migrations et de l'intégration", "sans", 8, align="r")
    pg.text(105, 50, "RÉCÉPISSÉ DE DEMANDE DE CARTE DE SÉJOUR", "sansb", 13, align="c")
    pg.text(105, 56, r["sub"], "sans", 10, align="c")
    pg.text(20, 68, "N° de récépissé :", "sans", 9)
    pg.text(52, 68, r["number"], "monob", 10)
    pg.text(120, 68, "N° étranger :", "sans", 9)
    pg.text(143, 68, r["agdref"], "monob", 10)
    pg.photo(150, 80, 32, 40, seed=r["seed"])
    rows = [
        ("Nom", r["surname"]),
        ("Prénom(s)", r["given"]),
        ("Né(e) le", d_fr(r["dob"])),
        ("à", r["pob"]),
        ("Nationalité", r["nat"]),
        ("Adresse", r["addr"][0]),
        ("", r["addr"][1]),
    ]
    y = 84
    for a, b in rows:
        pg.text(20, y, a, "sans", 9, GREY)
        pg.text(50, y, b, "sansb", 10)
        y += 7
    y += 6
    txt = [
        "Le présent récépissé, qui ne constitue pas un titre de séjour, autorise la présence",
        "de l'intéressé(e) sur le territoire français",
        f"du {d_fr(r['from'])} au {d_fr(r['until'])}.",
        "",
        r["work"],
        "Motif de la demande : " + r["motif"],
    ]
    y = pg.lines(20, y, txt, "sans", 10, 5.5)
    pg.text(20, y + 10, f"Fait à {r['city']}, le {d_fr(r['from'])}", "sans", 10)
    pg.text(120, y + 10, "Pour le préfet et par délégation", "sans", 9)
    pg.stamp(150, y + 32, 16, "PRÉFECTURE DU RHÔNE", ["DMI", "LYON"], seed=7)
    pg.sig(128, y + 22, 40, 14, seed=41)
    pg.text(
        105,
        285,
        "Ce document doit être présenté avec le passeport. Cerfa n° 12352",
        "sans",
        7,
        GREY,
        "c",
    )
    return pg


def tunisia_birth(b):
    pg = Page(bg=(250, 248, 240))
    pg.text(20, 18, "République Tunisienne", "serifb", 11)
    pg.text(20, 23, "Ministère de l'Intérieur", "serif", 9)
    pg.text(20, 27.5, f"Municipalité de {b['city']}", "serif", 9)
    pg.text(190, 19, "الجمهورية التونسية", "amirib", 13, align="r")
    pg.text(190, 25, "وزارة الداخلية", "amiri", 11, align="r")
    pg.text(190, 31, b["city_ar"], "amiri", 11, align="r")
    pg.text(105, 48, "مضمون ولادة", "amirib", 18, align="c")
    pg.text(105, 57, "EXTRAIT D'ACTE DE NAISSANCE", "serifb", 13, align="c")
    pg.text(20, 68, f"Année : {b['dob'][:4]}     Acte n° : {b['act']}", "serif", 10)
    pg.text(190, 68, f"السنة : {b['dob'][:4]}    عدد الرسم : {b['act']}", "amiri", 11, align="r")
    y = 78
    for fr, val, val_ar, ar in b["rows"]:
        pg.rect(15, y, 180, 13, 0.3)
        pg.text(18, y + 5, fr, "serif", 8, GREY)
        pg.text(18, y + 10.5, val, "serifb", 10.5)
        pg.text(192, y + 5.5, ar, "amiri", 9.5, GREY, "r")
        pg.text(192, y + 11.3, val_ar, "amirib", 11, align="r")
        y += 13
    pg.text(20, y + 10, f"Délivré à {b['city']}, le {d_fr(b['issued'])}", "serif", 10)
    pg.text(190, y + 10, "ضابط الحالة المدنية", "amiri", 11, align="r")
    pg.text(120, y + 18, "L'Officier de l'état civil", "serif", 10)
    pg.stamp(150, y + 40, 17, "MUNICIPALITE DE SFAX", ["ETAT CIVIL", "بلدية صفاقس"], seed=13)
    pg.sig(125, y + 26, 45, 15, seed=77)
    pg.text(
        105,
        287,
        "Extrait délivré en application de la loi n° 57-3 du 1er août 1957",
        "serif",
        7,
        GREY,
        "c",
    )
    return pg


def peru_birth(b):
    pg = Page(bg=(252, 252, 248))
    pg.text(105, 16, "REPÚBLICA DEL PERÚ", "sansb", 12, align="c")
    pg.text(
        105,
        22,
        "REGISTRO NACIONAL DE IDENTIFICACIÓN Y ESTADO CIVIL - RENIEC",
        "sans",
        8.5,
        align="c",
    )
    pg.text(105, 34, "ACTA DE NACIMIENTO", "sansb", 16, (120, 20, 30), "c")
    pg.text(190, 42, f"N° {b['act']}", "monob", 11, (170, 20, 30), "r")
    sec = [
        (
            "DATOS DEL NACIDO",
            [
                ("PRIMER APELLIDO", b["ap1"]),
                ("SEGUNDO APELLIDO", b["ap2"]),
                ("PRENOMBRES", b["given"]),
                ("SEXO", "FEMENINO"),
                ("FECHA DE NACIMIENTO", d_fr(b["dob"])),
                ("HORA", "08:40"),
                ("LUGAR DE NACIMIENTO", b["place"]),
                ("CUI", b["cui"]),
            ],
        ),
        (
            "DATOS DE LA MADRE",
            [("APELLIDOS Y NOMBRES", b["mother"]), ("NACIONALIDAD", "PERUANA"), ("DNI", b["mdni"])],
        ),
        (
            "DATOS DEL PADRE",
            [("APELLIDOS Y NOMBRES", b["father"]), ("NACIONALIDAD", "PERUANA"), ("DNI", b["fdni"])],
        ),
    ]
    y = 48
    for title, rows in sec:
        pg.rect(15, y, 180, 6, 0, None, (200, 205, 215))
        pg.text(18, y + 4.3, title, "sansb", 8.5)
        y += 6
        for i, (a, v) in enumerate(rows):
            col = i % 2
            if col == 0 and i:
                y += 12
            x = 15 + col * 90
            pg.rect(x, y, 90, 12, 0.25, (120, 120, 120))
            pg.text(x + 2, y + 3.8, a, "sans", 6.5, GREY)
            pg.text(x + 2, y + 9.5, v, "sansb", 9)
        y += 16
    pg.text(18, y + 4, f"OFICINA REGISTRAL: {b['office']}", "sans", 8.5)
    pg.text(18, y + 10, f"FECHA DE INSCRIPCIÓN: {d_fr(b['registered'])}", "sans", 8.5)
    pg.text(
        18, y + 22, "COPIA CERTIFICADA - Se expide la presente a solicitud de parte.", "sansb", 8.5
    )
    pg.text(18, y + 28, f"Lima, {d_fr(b['issued'])}", "sans", 9)
    pg.stamp(60, y + 50, 16, "RENIEC - REGISTROS CIVILES", ["COPIA", "CERTIFICADA"], seed=21)
    pg.sig(120, y + 38, 45, 14, seed=93)
    pg.line(115, y + 56, 175, y + 56, 0.3)
    pg.text(145, y + 60, "REGISTRADOR CIVIL", "sans", 8, align="c")
    return pg


def apostille(a):
    """Hague Convention model certificate with its 10 numbered items."""
    pg = Page(bg=(253, 252, 246))
    x0, y0 = 25, 30
    pg.rect(x0, y0, 160, 150, 0.8)
    pg.text(105, y0 + 12, "APOSTILLE", "serifb", 18, align="c")
    pg.text(105, y0 + 19, "(Convention de La Haye du 5 octobre 1961)", "serifi", 9, align="c")
    if a.get("local"):
        pg.text(105, y0 + 25, a["local"], "serif", 8.5, GREY, "c")
    items = [
        ("1. Pays / Country:", a["country"]),
        ("Le présent acte public / This public document", None),
        ("2. a été signé par / has been signed by", a["signer"]),
        ("3. agissant en qualité de / acting in the capacity of", a["capacity"]),
        ("4. est revêtu du sceau / timbre de / bears the seal / stamp of", a["seal_of"]),
        ("Attesté / Certified", None),
        ("5. à / at", a["at"]),
        ("6. le / the", a["on_text"]),
        ("7. par / by", a["by"]),
        ("8. sous n° / No.", a["number"]),
        ("9. Sceau / timbre :", ""),
        ("10. Signature :", a["signed_by"]),
    ]
    y = y0 + 34
    for lab, val in items:
        if val is None:
            pg.text(105, y, lab, "serifb", 9, align="c")
            y += 7
            continue
        pg.text(x0 + 6, y, lab, "serif", 8.5, GREY)
        if val:
            pg.text(x0 + 6, y + 4.5, val, "serifb", 10)
        y += 10
    pg.stamp(70, y0 + 132, 13, a["seal_text"], ["APOSTILLE"], (40, 60, 150), seed=11)
    pg.sig(115, y0 + 126, 45, 14, seed=len(a["number"]) * 13)
    return pg


def koseki(k):
    pg = Page(bg=(250, 250, 250))
    pg.text(150, 18, "全部事項証明", "jp", 13, align="c")
    pg.rect(15, 24, 180, 240, 0.5)
    rows = [
        ("本　　籍", k["honseki"]),
        ("氏　　名", k["head"]),
        ("戸籍事項", "戸籍編製　【編製日】" + k["created"]),
        ("戸籍に記録されている者", f"【名】{k['name']}"),
        ("", f"【生年月日】{k['dob_jp']}　【配偶者区分】妻"),
        ("", f"【父】{k['father']}　【母】{k['mother']}　【続柄】長女"),
        ("身分事項", "出　　生　【出生日】" + k["dob_jp"]),
        ("", "　　　　　【出生地】" + k["pob"]),
        ("", "　　　　　【届出日】" + k["reported"] + "　【届出人】父"),
        ("", "婚　　姻　【婚姻日】" + k["married"]),
        ("", "　　　　　【配偶者氏名】" + k["spouse"]),
        ("", "　　　　　【配偶者の国籍】フランス共和国"),
        ("", "　　　　　【配偶者の生年月日】" + k["spouse_dob"]),
    ]
    y = 24
    for a, b in rows:
        if a:
            pg.line(15, y, 195, y, 0.3)
        pg.text(18, y + 7, a, "jp", 8.5)
        pg.text(62, y + 7, b, "jp", 9.5)
        y += 10
    pg.line(58, 24, 58, y, 0.3)
    pg.text(20, 245, "これは、戸籍に記録されている事項の全部を証明した書面である。", "jp", 9.5)
    pg.text(20, 253, k["issued_jp"], "jp", 9.5)
    pg.text(120, 260, k["mayor"], "jp", 11)
    pg.stamp(180, 257, 9, "SETAGAYA", ["区長印"], (200, 40, 40), seed=5)
    pg.text(190, 285, "発行番号 " + k["serial"], "jp", 8, GREY, "r")
    return pg


def koseki_translation(t):
    pg = Page()
    pg.text(105, 22, "ENGLISH TRANSLATION", "sansb", 13, align="c")
    pg.text(
        105, 29, "Certificate of All Recorded Matters in the Family Register", "sans", 10, align="c"
    )
    pg.text(105, 34, "(Koseki Tohon / 戸籍謄本)", "sans", 9, GREY, "c")
    y = 48
    for a, b in t["rows"]:
        pg.text(20, y, a, "sansb", 9)
        y = pg.lines(75, y, b if isinstance(b, list) else [b], "sans", 9.5, 5) + 2
    y += 8
    y = pg.lines(20, y, t["cert"], "sans", 9.5, 5)
    pg.text(20, y + 12, t["translator"], "sansb", 10)
    pg.text(20, y + 17, t["translator_addr"], "sans", 9)
    pg.text(20, y + 24, f"Date: {d_en(t['date'])}", "sans", 9)
    pg.sig(120, y + 12, 45, 14, seed=55)
    return pg


def madagascar_birth(b):
    pg = Page(bg=(248, 246, 238))
    pg.text(105, 15, "REPOBLIKAN'I MADAGASIKARA", "serifb", 12, align="c")
    pg.text(105, 20.5, "Fitiavana - Tanindrazana - Fandrosoana", "serifi", 9, align="c")
    pg.text(20, 31, "FARITRA ANALAMANGA", "serif", 9)
    pg.text(20, 35.5, "KAOMININA ANTANANARIVO RENIVOHITRA", "serif", 9)
    pg.text(20, 40, f"Boriborintany faha-{b['arr']} / {b['arr']}e Arrondissement", "serif", 9)
    pg.text(190, 31, f"Taona / Année : {b['dob'][:4]}", "serif", 9, align="r")
    pg.text(190, 35.5, f"Laharana / Acte n° : {b['act']}", "serif", 9, align="r")
    pg.text(105, 55, "KOPIA NADIKA TAMIN'NY SORATRA FAHATERAHANA", "serifb", 12, align="c")
    pg.text(105, 61, "COPIE D'ACTE DE NAISSANCE", "serifb", 11, align="c")
    y = pg.lines(20, 75, b["mg"], "serif", 9.5, 5.2, (40, 40, 40))
    y = pg.lines(20, y + 6, b["fr"], "serif", 10, 5.4)
    pg.text(20, y + 8, b["name_line"], "serifb", 10.5)
    y = pg.lines(20, y + 18, b["fr2"], "serif", 10, 5.4)
    pg.text(20, y + 8, "Kopia manontolo nadika mifanaraka amin'ny boky fiankaviana.", "serif", 9)
    pg.text(20, y + 13, "Pour copie certifiée conforme au registre.", "serif", 9.5)
    pg.text(20, y + 22, f"Antananarivo, faha- / le {d_fr(b['issued'])}", "serif", 10)
    pg.text(120, y + 30, "Ny Mpiandraikitra ny Sora-piankohonana", "serif", 8.5)
    pg.text(120, y + 34.5, "L'Officier de l'état civil", "serif", 9)
    pg.stamp(75, y + 45, 16, "KAOMININA ANTANANARIVO", ["SORA-", "PIANKOHONANA"], seed=9)
    pg.sig(125, y + 38, 42, 14, seed=31)
    return pg


def legalisation(l):
    pg = Page(bg=(248, 246, 238))
    pg.text(105, 20, "(verso)", "serifi", 8, GREY, "c")
    y = 40
    for blk in l["blocks"]:
        pg.rect(30, y, 150, 56, 0.6, (70, 70, 140))
        y2 = pg.lines(36, y + 9, blk["rows"], "sansb", 9, 5.4, (50, 50, 130))
        pg.sig(110, y2 - 2, 40, 12, seed=blk["seed"])
        pg.stamp(70, y + 40, 12, blk["seal"], ["LÉGALISATION"], (70, 70, 160), seed=blk["seed"])
        y += 70
    return pg
