"""Identity-type layouts: passport data pages, visa stickers, residence cards, birth certificates
of Vietnam, Iran, Bangladesh and Madagascar, legalisation stamps, apostille, sworn translations."""

from __future__ import annotations

from draw import INK_BLACK, INK_BLUE, Doc, guilloche, hand, para, photo, signature, stamp
from util import fr

MON = ["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"]


def dmy_mon(s):
    return "%s %s %s" % (s[8:10], MON[int(s[5:7]) - 1], s[0:4])


def mrz_lines(pg, x, y, lines, pitch=2.54, size=10.5, gap=4.3):
    for i, ln in enumerate(lines):
        for j, ch in enumerate(ln):
            pg.text(x + j * pitch + pitch / 2, y + i * gap, ch, size, "ocrb", (20, 20, 20), "c")


def passport(p, rng, dpi=260):
    """Open booklet: upper decorative page + data page (125 x 88 mm each)."""
    doc = Doc("img", (125, 176), dpi)
    pg = doc.page(bg=p.get("bg", (236, 232, 222)))
    guilloche(pg, 4, 4, 117, 80, rng, p.get("gl", (210, 200, 190)), n=22)
    pg.text(62.5, 40, p["country"][0], 12, p.get("head_font", "serifb"), (150, 140, 130), "c")
    pg.line(0, 88, 125, 88, 0.4, (150, 150, 150))
    y0 = 88
    guilloche(pg, 2, y0 + 2, 121, 60, rng, p.get("gl", (210, 200, 190)), n=30)
    for i, ln in enumerate(p["country"]):
        pg.text(
            62.5,
            y0 + 6 + i * 3.6,
            ln,
            7.5 if i else 8.5,
            p.get("head_font", "sansb"),
            (40, 40, 60),
            "c",
        )
    top = y0 + 6 + len(p["country"]) * 3.6
    photo(pg, 5, top + 2, 31, 39, rng, skin=p.get("skin", (200, 165, 135)))
    lab, val = (p.get("lab_font", "sans"), p.get("val_font", "sansb"))
    x1, x2 = 40, 84
    pg.text(x1, top, p["labels"]["type"], 5, lab, (70, 70, 90))
    pg.text(x1, top + 3.4, "P", 8.5, val)
    pg.text(x1 + 16, top, p["labels"]["code"], 5, lab, (70, 70, 90))
    pg.text(x1 + 16, top + 3.4, p["code"], 8.5, val)
    pg.text(x2, top, p["labels"]["number"], 5, lab, (70, 70, 90))
    pg.text(x2, top + 3.4, p["number"], 9, val, (120, 20, 30) if p.get("red_no") else (0, 0, 0))
    rows = p["rows"]
    y = top + 8.2
    for label, value, *second in rows:
        pg.text(x1, y, label, 5, lab, (70, 70, 90))
        pg.text(x1, y + 3.4, value, 8.3, val)
        if second:
            pg.text(x2, y, second[0], 5, lab, (70, 70, 90))
            pg.text(x2, y + 3.4, second[1], 8.3, val)
        y += 7.3
    signature(pg, 6, top + 42, 28, 6, rng, p["surname"], INK_BLACK, 0.3)
    mrz_lines(pg, 6.5, 176 - 9.5, p["mrz"], pitch=2.55)
    return doc.finish()[0]


def visa(v, rng, dpi=260):
    """French long-stay visa sticker (MRV-A) on a passport page."""
    doc = Doc("img", (125, 88), dpi)
    pg = doc.page(bg=(232, 236, 228))
    guilloche(pg, 0, 0, 125, 88, rng, (205, 215, 200), n=20)
    x0, y0 = 4, 4
    pg.rect(x0, y0, 117, 80, stroke=(170, 160, 190), fill=(238, 228, 240), lw=0.3)
    guilloche(pg, x0, y0, 117, 52, rng, (220, 200, 225), n=26, lw=0.1)
    photo(pg, x0 + 3, y0 + 12, 24, 31, rng, skin=v.get("skin", (200, 165, 135)), grey=True)
    pg.text(x0 + 3, y0 + 5, "VISA", 9, "sansb", (60, 40, 100))
    pg.text(x0 + 114, y0 + 5, "FRA  " + v["visa_no"], 9, "monob", (180, 20, 30), "r")
    L = (70, 60, 100)
    x = x0 + 30

    def f(lbl, value, xx, yy, size=7.5):
        pg.text(xx, yy, lbl, 4.4, "sans", L)
        pg.text(xx, yy + 3.1, value, size, "monob")

    f("VALABLE POUR / VALID FOR", "FRANCE", x, y0 + 11)
    f("DU / FROM", fr(v["valid_from"]).replace("/", "-"), x, y0 + 17.5)
    f("AU / UNTIL", fr(v["valid_until"]).replace("/", "-"), x + 28, y0 + 17.5)
    f("TYPE DE VISA / TYPE OF VISA", "D", x + 56, y0 + 17.5)
    f("NOMBRE D'ENTRÉES / NUMBER OF ENTRIES", "MULT", x, y0 + 24)
    f("DURÉE DE SÉJOUR / DURATION OF STAY", v.get("days", "365") + " JOURS", x + 44, y0 + 24)
    f("DÉLIVRÉ À / ISSUED IN", v["issued_in"], x, y0 + 30.5)
    f("LE / ON", fr(v["issued_on"]).replace("/", "-"), x + 44, y0 + 30.5)
    f("NUMÉRO DE PASSEPORT / NUMBER OF PASSPORT", v["passport_no"], x, y0 + 37)
    f("NOM, PRÉNOM / SURNAME, NAME", v["surname"] + ", " + v["given"], x, y0 + 43.5)
    pg.text(x, y0 + 49.5, "REMARQUES / REMARKS", 4.4, "sans", L)
    for i, r in enumerate(v["remarks"]):
        pg.text(x0 + 3, y0 + 53 + i * 3.3, r, 6.8, "monob")
    mrz_lines(pg, x0 + 2.5, y0 + 70, v["mrz"], pitch=2.5, size=10)
    return doc.finish()[0]


def permit(c, rng, dpi=300):
    """French titre de séjour (ID-1 card): returns (front, back) images."""
    doc = Doc("img", (85.6, 54), dpi)
    f = doc.page(bg=(222, 232, 240))
    guilloche(f, 0, 0, 85.6, 54, rng, (195, 210, 228), n=18, lw=0.1)
    f.rect(0, 0, 85.6, 7, stroke=None, fill=(0, 35, 120))
    f.text(3, 4.8, "RÉPUBLIQUE FRANÇAISE", 6.5, "sansb", (255, 255, 255))
    f.text(82, 4.8, "TITRE DE SÉJOUR", 6.5, "sansb", (255, 255, 255), "r")
    photo(f, 3, 10, 22, 28, rng, skin=c.get("skin", (200, 165, 135)))
    L = (40, 60, 110)
    rows = [
        ("NOM", c["surname"]),
        ("PRÉNOMS", c["given"]),
        ("SEXE / NATIONALITÉ", c["sex"] + "   " + c["nat"]),
        ("DATE DE NAISSANCE", fr(c["dob"]).replace("/", " ")),
        ("TYPE DE TITRE", c["title_type"]),
        ("REMARQUES", c["remark"]),
    ]
    y = 10.5
    for lbl, v in rows:
        f.text(28, y, lbl, 3.6, "sans", L)
        f.text(28, y + 2.9, v, 6, "sansb")
        y += 6.2
    f.text(3, 42, "N° " + c["number"], 6, "monob", (150, 20, 30))
    f.text(3, 47, "VALABLE JUSQU'AU", 3.6, "sans", L)
    f.text(3, 50.5, fr(c["expiry"]).replace("/", " "), 6.5, "sansb")
    b = doc.page(bg=(226, 234, 240))
    guilloche(b, 0, 0, 85.6, 30, rng, (200, 214, 228), n=10, lw=0.1)
    rows = [
        ("LIEU DE NAISSANCE", c["pob"]),
        ("ADRESSE", c["address"]),
        ("DATE ET LIEU DE DÉLIVRANCE", fr(c["issued"]) + "  " + c["prefecture"]),
        ("N° ÉTRANGER", c["agdref"]),
    ]
    y = 4
    for lbl, v in rows:
        b.text(4, y, lbl, 3.6, "sans", L)
        b.text(4, y + 2.9, v, 5.6, "sansb")
        y += 6
    mrz_lines(b, 4.5, 41, c["mrz"], pitch=2.54, size=10, gap=4.4)
    return doc.finish()


# --------------------------------------------------------------------- legalisation
def legal_fr(pg, x, y, rng, city, date, consul, country_adj, text_size=6.8):
    """French consular legalisation (rectangular stamp + handwriting)."""
    col = (35, 55, 150)
    pg.rect(x, y, 78, 36, stroke=col, lw=0.5)
    pg.text(x + 39, y + 5, "AMBASSADE DE FRANCE " + country_adj, 7.5, "sansb", col, "c")
    pg.text(x + 39, y + 9, "SERVICE DES LÉGALISATIONS", 6, "sans", col, "c")
    pg.text(x + 3, y + 14, "Vu pour légalisation de la signature", text_size, "serif", col)
    pg.text(
        x + 3, y + 18, "et de la qualité de M./Mme ....................", text_size, "serif", col
    )
    pg.text(
        x + 3, y + 22, "apposée ci-contre.  " + city + ", le ............", text_size, "serif", col
    )
    hand(pg, x + 55, y + 17.5, consul.split()[-1], rng, 9, "h_femke", INK_BLUE)
    hand(pg, x + 48, y + 21.5, fr(date), rng, 9, "h_femke", INK_BLUE)
    pg.text(x + 3, y + 27, "N° " + str(rng.randint(1000, 9999)) + "/" + date[:4], 6.5, "sans", col)
    pg.text(x + 3, y + 31, "Droits perçus : 25 €", 6, "sans", col)
    pg.text(x + 50, y + 27, "Le Consul,", 6.5, "serif", col)
    signature(pg, x + 50, y + 28, 24, 6, rng, consul, INK_BLUE, 0.35)
    pg.text(x + 50, y + 35, consul, 5.5, "sans", col)
    stamp(pg, x + 68, y + 14, 7, "RÉPUBLIQUE FRANÇAISE", ["CONSULAT"], rng, col)


# --------------------------------------------------------------------- birth certificates
def vn_birth(b, rng):
    doc = Doc("img", (210, 297), 200)
    pg = doc.page()
    F, FB = "dejaserif", "dejaserifb"
    pg.text(50, 18, "ỦY BAN NHÂN DÂN", 10, FB, align="c")
    pg.text(50, 23, b["ward"].upper(), 9, FB, align="c")
    pg.line(35, 25.5, 65, 25.5, 0.3)
    pg.text(143, 18, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", 10, FB, align="c")
    pg.text(143, 23, "Độc lập - Tự do - Hạnh phúc", 10, FB, align="c")
    pg.line(120, 25.5, 166, 25.5, 0.3)
    pg.text(50, 31, "Số: " + b["no"], 9.5, F, align="c")
    pg.text(143, 31, b["issued_place_date"], 9.5, "dejavu", align="c")
    pg.text(105, 45, "TRÍCH LỤC KHAI SINH", 15, FB, align="c")
    pg.text(105, 51, "(BẢN SAO)", 10, F, align="c")
    y = 62
    for lbl, val in b["rows"]:
        pg.text(22, y, lbl, 10.5, F)
        w = pg.width(lbl, 10.5, F)
        pg.text(22 + w + 2, y, val, 10.5, FB if lbl.startswith("Họ") else F)
        y += 8.3
    pg.text(150, y + 10, "TM. ỦY BAN NHÂN DÂN", 9.5, FB, align="c")
    pg.text(150, y + 15, "KT. CHỦ TỊCH", 9.5, FB, align="c")
    pg.text(150, y + 20, "PHÓ CHỦ TỊCH", 9.5, FB, align="c")
    stamp(
        pg,
        138,
        y + 32,
        15,
        "UBND " + b["ward_short"].upper(),
        ["★"],
        rng,
        (205, 30, 35),
        cfont="dejavub",
    )
    signature(pg, 138, y + 24, 30, 12, rng, b["officer"], (30, 30, 60), 0.5)
    pg.text(150, y + 50, b["officer"], 10, FB, align="c")
    back = doc.page(bg=(250, 250, 247))
    col = (200, 40, 40)
    back.rect(20, 30, 85, 40, stroke=col, lw=0.6)
    back.text(62, 37, "BỘ NGOẠI GIAO - CỤC LÃNH SỰ", 8, "dejavub", col, "c")
    back.text(62, 42, "CONSULAR DEPARTMENT - MINISTRY OF FOREIGN AFFAIRS", 5.8, "dejavu", col, "c")
    back.text(24, 49, "CHỨNG NHẬN / CERTIFIED", 7.5, "dejavub", col)
    back.text(24, 54, "Chữ ký và con dấu trên giấy tờ là đúng.", 7, "dejavu", col)
    back.text(24, 59, "Số: " + b["mofa_no"] + "   Ngày: " + fr(b["mofa_date"]), 7, "dejavu", col)
    signature(back, 70, 58, 28, 8, rng, "Tran", INK_BLUE, 0.4)
    stamp(back, 92, 55, 9, "BỘ NGOẠI GIAO", ["CỤC", "LÃNH SỰ"], rng, col, cfont="dejavub")
    legal_fr(back, 100, 90, rng, "Hanoi", b["legal_date"], b["consul"], "AU VIETNAM")
    return doc.finish()


def ir_birth(b, rng):
    """Shenasnameh (booklet), first page scanned on A4; second file: legalisation page."""
    doc = Doc("img", (210, 297), 200)
    pg = doc.page()
    x0, y0, w, h = 40, 25, 130, 180
    pg.rect(x0, y0, w, h, stroke=(120, 110, 100), fill=(236, 226, 206), lw=0.4)
    guilloche(pg, x0 + 2, y0 + 2, w - 4, h - 4, rng, (215, 200, 175), n=34, lw=0.12)
    R, A, AB = "r", "amiri", "amirib"
    cx = x0 + w / 2
    pg.text(cx, y0 + 12, "جمهوری اسلامی ایران", 14, AB, (60, 40, 30), "c", rtl=True)
    pg.text(cx, y0 + 20, "سازمان ثبت احوال کشور", 11, A, (60, 40, 30), "c", rtl=True)
    pg.text(cx, y0 + 28, "شناسنامه", 15, AB, (110, 30, 30), "c", rtl=True)
    photo(pg, x0 + 6, y0 + 34, 28, 36, rng, skin=(205, 172, 140))
    y = y0 + 42
    for lbl, val in b["rows"]:
        pg.text(x0 + w - 6, y, lbl + ":", 11, AB, (70, 50, 40), R, rtl=True)
        lw = pg.width(lbl + ":", 11, AB)
        pg.text(x0 + w - 10 - lw, y, val, 12, A, (10, 10, 10), R, rtl=True)
        y += 10.5
    stamp(
        pg,
        x0 + 30,
        y0 + h - 25,
        13,
        "CIVIL REGISTRATION - ESFAHAN",
        ["ثبت احوال", "اصفهان"],
        rng,
        (90, 60, 140),
        cfont="amirib",
    )
    signature(pg, x0 + 70, y0 + h - 30, 40, 10, rng, "moh", INK_BLACK, 0.4)
    pg.text(cx, y0 + h - 6, b["serial"], 11, "amirib", (170, 30, 30), "c", rtl=True)
    back = doc.page(bg=(252, 252, 250))
    col = (120, 40, 130)
    back.rect(25, 40, 80, 40, stroke=col, lw=0.6)
    back.text(65, 50, "وزارت امور خارجه", 13, AB, col, "c", rtl=True)
    back.text(65, 58, "اداره کل امور کنسولی - تأیید امضا", 10, A, col, "c", rtl=True)
    back.text(65, 66, "Ministry of Foreign Affairs - I.R. Iran", 7, "sans", col, "c")
    back.text(65, 72, "No. " + b["mofa_no"] + "   " + fr(b["mofa_date"]), 7, "mono", col, "c")
    signature(back, 70, 70, 28, 7, rng, "rz", INK_BLUE, 0.4)
    legal_fr(back, 110, 100, rng, "Téhéran", b["legal_date"], b["consul"], "EN IRAN")
    return doc.finish()


def bd_birth(b, rng):
    doc = Doc("img", (210, 297), 200)
    pg = doc.page()
    guilloche(pg, 10, 10, 190, 277, rng, (215, 236, 220), n=60, lw=0.1)
    pg.rect(10, 10, 190, 277, stroke=(0, 106, 78), lw=1.2)
    pg.circle(105, 30, 10, stroke=(0, 106, 78), fill=(0, 106, 78))
    pg.circle(105, 30, 5.5, stroke=None, fill=(244, 42, 65))
    lines = [
        "Government of the People's Republic of Bangladesh",
        "Office of the Registrar, Birth and Death Registration",
        b["office"],
        "Rule 9, 10",
    ]
    for i, ln in enumerate(lines):
        pg.text(
            105, 48 + i * 5.5, ln, 10 if i < 2 else 9, "serifb" if i < 2 else "serif", align="c"
        )
    pg.text(105, 78, "Birth Registration Certificate", 17, "serifb", (0, 80, 60), "c")
    pg.text(25, 90, "Date of Registration", 9.5, "sans")
    pg.text(25, 95, fr(b["reg_date"]), 10, "sansb")
    pg.text(185, 90, "Date of Issuance", 9.5, "sans", align="r")
    pg.text(185, 95, fr(b["issue_date"]), 10, "sansb", align="r")
    pg.text(105, 106, "Birth Registration Number", 9.5, "sans", align="c")
    pg.text(105, 113, b["brn"], 14, "monob", align="c")
    y = 128
    for lbl, val, *right in b["rows"]:
        pg.text(25, y, lbl, 10, "sans")
        pg.text(70, y, val, 10.5, "sansb")
        if right:
            pg.text(120, y, right[0], 10, "sans")
            pg.text(155, y, right[1], 10.5, "sansb")
        y += 9
    for i in range(21):
        for j in range(21):
            if (i * 7 + j * 13 + i * j) % 3 == 0 or i in (0, 20) or j in (0, 20):
                pg.rect(25 + i * 1.2, 235 + j * 1.2, 1.2, 1.2, stroke=None, fill=(0, 0, 0))
    pg.text(55, 262, "This certificate is generated from bdris.gov.bd", 7.5, "sansi")
    signature(pg, 135, 228, 40, 12, rng, b["registrar"], INK_BLUE, 0.45)
    pg.line(130, 244, 185, 244, 0.3)
    pg.text(157, 249, "Seal & Signature", 8.5, "sans", align="c")
    pg.text(157, 254, "Assistant to Registrar", 8, "sans", align="c")
    stamp(pg, 110, 236, 12, "REGISTRAR SYLHET CITY CORP", ["WARD 12"], rng, (60, 80, 160))
    return doc.finish()[0]


def mg_birth(b, rng):
    doc = Doc("img", (210, 297), 200)
    pg = doc.page(bg=(248, 246, 238))
    pg.text(60, 16, "REPOBLIKAN'I MADAGASIKARA", 10, "serifb", align="c")
    pg.text(60, 21, "Fitiavana - Tanindrazana - Fandrosoana", 8.5, "serifi", align="c")
    pg.text(60, 29, "FARITRA ANALAMANGA", 9, "serif", align="c")
    pg.text(60, 34, "KAOMININA ANTANANARIVO RENIVOHITRA", 9, "serif", align="c")
    pg.text(60, 39, b["borough"], 9, "serif", align="c")
    pg.text(160, 29, "Sora-pahaterahana N° " + b["no"], 10, "serifb", align="c")
    pg.text(160, 34, "Acte de naissance n° " + b["no"], 9, "serifi", align="c")
    pg.text(105, 55, "KOPIAN'NY SORA-PAHATERAHANA", 14, "serifb", align="c")
    pg.text(105, 62, "COPIE D'ACTE DE NAISSANCE", 12, "serifb", align="c")
    y = 76
    y = para(pg, 24, y, b["mg_text"], 10.5, "serif", 162, 1.55)
    y = para(pg, 24, y + 5, b["fr_text"], 10.5, "serifi", 162, 1.55)
    y = para(pg, 24, y + 5, b["copy_text"], 10.5, "serif", 162, 1.55)
    pg.text(140, y + 10, "Ny Mpiandraikitra ny Sora-piankohonana,", 9.5, "serif", align="c")
    pg.text(140, y + 15, "L'Officier de l'état civil", 9.5, "serifi", align="c")
    signature(pg, 122, y + 18, 36, 12, rng, b["officer"], INK_BLUE, 0.5)
    stamp(pg, 110, y + 28, 14, "KAOMININA ANTANANARIVO", ["BORIBORITANY", "IV"], rng, (60, 50, 150))
    pg.text(140, y + 42, b["officer"], 9.5, "serifb", align="c")
    col = (35, 55, 150)
    yl = y + 55
    pg.rect(22, yl, 80, 32, stroke=col, lw=0.5)
    pg.text(62, yl + 6, "MINISTÈRE DES AFFAIRES ÉTRANGÈRES", 7.5, "sansb", col, "c")
    pg.text(62, yl + 11, "Vu pour légalisation de la signature", 7, "serif", col, "c")
    pg.text(62, yl + 15, "de l'Officier de l'état civil ci-dessus", 7, "serif", col, "c")
    hand(pg, 30, yl + 22, "Antananarivo, le " + fr(b["mae_date"]), rng, 9, "h_femke", INK_BLUE)
    signature(pg, 70, yl + 21, 25, 8, rng, "r", INK_BLUE, 0.35)
    legal_fr(pg, 112, yl, rng, "Antananarivo", b["legal_date"], b["consul"], "À MADAGASCAR")
    return doc.finish()[0]


def apostille(a, rng):
    doc = Doc("img", (210, 297), 200)
    pg = doc.page()
    pg.rect(25, 20, 160, 160, stroke=(0, 0, 0), lw=0.8)
    pg.text(105, 34, "APOSTILLE", 20, "serifb", align="c")
    pg.text(105, 41, "(Convention de La Haye du 5 octobre 1961)", 9.5, "serifi", align="c")
    pg.text(105, 46, "(Hague Convention of 5 October 1961)", 9.5, "serifi", align="c")
    items = [
        ("1. Country:", a["country"]),
        ("This public document", ""),
        ("2. has been signed by", a["doc_signer"]),
        ("3. acting in the capacity of", a["doc_capacity"]),
        ("4. bears the seal/stamp of", a["doc_seal"]),
        ("Certified", ""),
        ("5. at", a["at"]),
        ("6. the", a["issued_on_txt"]),
        ("7. by", a["by"]),
        ("8. No", a["number"]),
        ("9. Seal/stamp:", ""),
        ("10. Signature:", a["signed_by"]),
    ]
    y = 58
    for lbl, v in items:
        pg.text(32, y, lbl, 10.5, "serifb" if not v else "serif")
        if v:
            pg.text(32 + pg.width(lbl, 10.5, "serif") + 3, y, v, 10.5, "sansb")
        y += 9
    stamp(pg, 65, 160, 13, "MINISTRY OF FOREIGN AFFAIRS", ["BANGLADESH"], rng, (30, 90, 60))
    signature(pg, 120, 150, 45, 12, rng, a["signed_by"], INK_BLUE, 0.45)
    for i in range(17):
        for j in range(17):
            if (i * 5 + j * 11 + i * j * 3) % 4 < 2 or i in (0, 16) or j in (0, 16):
                pg.rect(150 + i * 1.3, 185 + j * 1.3, 1.3, 1.3, stroke=None, fill=(0, 0, 0))
    pg.text(25, 192, "Verify this apostille: https://apostille.mofa.gov.bd/verify", 8, "sans")
    pg.text(25, 197, "e-Apostille reference: " + a["number"], 8, "mono")
    return doc.finish()[0]


def translation(t, rng, kind="img"):
    """Sworn translation into French with translator letterhead, stamp and signature."""
    doc = Doc(kind, (210, 297), 200, t.get("path"))
    pg = doc.page()
    pg.text(20, 20, t["translator"], 12, "serifb")
    for i, ln in enumerate(t["letterhead"]):
        pg.text(20, 25 + i * 4.3, ln, 8.5, "serif", (60, 60, 60))
    pg.line(20, 44, 190, 44, 0.4, (100, 100, 100))
    pg.text(105, 56, "TRADUCTION", 14, "serifb", align="c")
    pg.text(105, 62, t["from_line"], 9, "serifi", align="c")
    y = 74
    for lbl, val in t["rows"]:
        if lbl:
            pg.text(22, y, lbl, 10, "serifb")
            y = para(pg, 80, y, val, 10, "serif", 105, 1.3) + 2.5
        else:
            y = para(pg, 22, y, val, 10, "serifi", 165, 1.3) + 3
    y += 6
    y = para(pg, 22, y, t["cert"], 9.5, "serif", 165, 1.35)
    pg.text(120, y + 10, t["place_date"], 10, "serif")
    stamp(
        pg,
        70,
        y + 28,
        15,
        t["translator"].upper(),
        ["EXPERT", "C.A. " + t["court"]],
        rng,
        (40, 70, 160),
    )
    signature(pg, 125, y + 16, 40, 13, rng, t["translator"], INK_BLUE, 0.45)
    return doc.finish()
