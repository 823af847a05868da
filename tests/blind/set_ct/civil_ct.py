"""Raster documents: birth certificates, apostille, translation, attestation d'hébergement,
RIBs on paper, a banking-app screenshot."""

from __future__ import annotations

from PIL import Image, ImageDraw

from common_ct import Page, fit, font, hand, signature_rgba


def _sig(pg, name, rng, x, y, w=45, h=15, key="dkg_i", color=(20, 25, 80)):
    s = signature_rgba(name, rng, 520, 175, key=key, color=color)
    pg.paste(fit(s, (pg.p(w), pg.p(h))), x, y)


def _rows(pg, x, y, rows, lab_key="serif", val_key="serif_b", lpt=10, vpt=11, col=None, pitch=9.5):
    """Label then value on the same line, value starting after the label's width."""
    for lab, val in rows:
        pg.text(x, y, lab, lab_key, lpt, fill=(40, 40, 40))
        vx = col if col else x + pg.width(lab, lab_key, lpt) + 2.5
        assert vx >= x + pg.width(lab, lab_key, lpt) + 1.5, lab
        pg.text(vx, y - 0.3, val, val_key, vpt)
        y += pitch
    return y


def birth_tunisia(b, rng):
    pg = Page(dpi=200, bg=(250, 249, 244))
    pg.text(15, 14, "RÉPUBLIQUE TUNISIENNE", "serif_b", 11)
    pg.text(15, 20, "Ministère de l'Intérieur", "serif", 10)
    pg.text(15, 25.5, f"Municipalité de {b['city']}", "serif", 10)
    for i, s in enumerate(["الجمهورية التونسية", "وزارة الداخلية", f"بلدية {b['city_ar']}"]):
        pg.text(
            195,
            12 + i * 6.5,
            s,
            "amiri_b" if i == 0 else "amiri",
            12,
            anchor="ra",
            direction="rtl",
            language="ar",
        )
    pg.text(105, 44, "مضمون ولادة", "amiri_b", 16, anchor="mm", direction="rtl", language="ar")
    pg.text(105, 53, "EXTRAIT D'ACTE DE NAISSANCE", "serif_b", 14, anchor="mm")
    pg.text(105, 60, f"Année {b['year']}   —   Acte n° {b['act']}", "serif", 10, anchor="mm")
    pg.rect(15, 68, 180, 130, outline=(70, 70, 70), lw=0.4)
    rows = [
        ("Nom :", "اللقب", b["surname"]),
        ("Prénom :", "الاسم", b["given"]),
        ("Sexe :", "الجنس", b["sex_txt"]),
        ("Date de naissance :", "تاريخ الولادة", b["dob_txt"]),
        ("Lieu de naissance :", "مكان الولادة", b["pob"]),
        ("Père :", "الأب", b["father"]),
        ("Mère :", "الأم", b["mother"]),
        ("Nationalité :", "الجنسية", b["nat"]),
    ]
    y = 78
    for lab, ar, val in rows:
        pg.text(20, y, lab, "serif", 10, fill=(60, 60, 60))
        pg.text(68, y - 0.3, val, "serif_b", 11)
        pg.text(190, y - 1.5, ar, "amiri", 11, anchor="ra", direction="rtl", language="ar")
        y += 14
    pg.text(20, 192, "Mentions marginales : Néant", "serif_i", 9.5)
    pg.text(120, 212, f"Délivré à {b['city']}, le {b['issued_txt']}", "serif", 10)
    pg.text(120, 218, "L'Officier de l'état civil", "serif", 10)
    _sig(pg, b["officer"], rng, 125, 222)
    pg.stamp(
        rng,
        95,
        235,
        16,
        ["BALADIYAT", b["city"].upper()],
        color=(70, 60, 150),
        ring="MUNICIPALITE DE " + b["city"].upper(),
    )
    pg.text(15, 282, "Timbre fiscal acquitté — 2,000 D", "serif", 8, fill=(90, 90, 90))
    return pg.img


def apostille(a, rng):
    pg = Page(dpi=200, bg=(252, 252, 250))
    pg.rect(30, 30, 150, 165, outline=(0, 0, 0), lw=0.5)
    pg.text(105, 42, "APOSTILLE", "serif_b", 18, anchor="mm")
    pg.text(105, 51, "(Convention de La Haye du 5 octobre 1961)", "serif_i", 10, anchor="mm")
    items = [
        ("1. Pays :", a["country"]),
        ("Le présent acte public", ""),
        ("2. a été signé par", a["signer"]),
        ("3. agissant en qualité de", a["capacity"]),
        ("4. est revêtu du sceau / timbre de", a["seal"]),
        ("Attesté", ""),
        ("5. à", a["at"]),
        ("6. le", a["on_txt"]),
        ("7. par", a["by"]),
        ("8. sous n°", a["number"]),
    ]
    y = 66
    for lab, val in items:
        if val:
            _rows(pg, 38, y, [(lab, val)], "serif", "serif_b", 10.5, 10.5)
        else:
            pg.text(105, y, lab, "serif_b", 10.5, anchor="ma")
        y += 10
    pg.text(40, 170, "9. Sceau / timbre :", "serif", 10.5)
    pg.text(110, 170, "10. Signature :", "serif", 10.5)
    pg.stamp(rng, 62, 185, 10, ["APOSTILLE", a["country"].upper()], color=(30, 40, 140))
    _sig(pg, a["signed_by"], rng, 112, 174, 50, 16)
    return pg.img


def birth_senegal(b, rng):
    pg = Page(dpi=200, bg=(248, 246, 238))
    pg.text(15, 14, "RÉPUBLIQUE DU SÉNÉGAL", "sans_b", 11)
    pg.text(15, 20, "Un Peuple - Un But - Une Foi", "serif_i", 9)
    pg.text(15, 27, f"Région de {b['region']}", "sans", 9.5)
    pg.text(15, 32.5, f"Département de {b['dept']}", "sans", 9.5)
    pg.text(15, 38, f"Commune de {b['commune']}", "sans", 9.5)
    pg.text(15, 43.5, "Centre d'état civil principal", "sans", 9.5)
    pg.text(195, 20, f"Année : {b['year']}", "sans", 10, anchor="ra")
    pg.text(195, 27, f"N° dans le registre : {b['act']}", "sans", 10, anchor="ra")
    pg.text(105, 60, "EXTRAIT DU REGISTRE DES ACTES DE NAISSANCE", "sans_b", 13, anchor="mm")
    pg.line(25, 64, 185, 64, 0.3)
    y = 78
    rows = [
        ("Le", b["dob_txt"]),
        ("à", b["time"]),
        ("est né(e) à", b["pob"]),
        ("de sexe", b["sex_txt"]),
        ("Prénom(s)", b["given"]),
        ("Nom", b["surname"]),
        ("fils / fille de", b["father"]),
        ("et de", b["mother"]),
        ("domiciliés à", b["domicile"]),
    ]
    for lab, val in rows:
        pg.text(25, y, lab, "sans", 10, fill=(60, 60, 60))
        pg.dotted(60, 185, y + 4.5)
        pg.text(62, y - 0.3, val, "serif_b", 11.5)
        y += 12
    pg.text(
        25,
        y + 4,
        f"Jugement / déclaration : déclaration du père, le {b['declared_txt']}",
        "sans",
        9.5,
    )
    pg.text(25, y + 16, "Pour extrait certifié conforme,", "sans", 10)
    pg.text(110, y + 28, f"{b['commune']}, le {b['issued_txt']}", "sans", 10)
    pg.text(110, y + 34, "L'Officier de l'état civil", "sans", 10)
    _sig(pg, b["officer"], rng, 115, y + 37)
    pg.stamp(
        rng,
        75,
        y + 50,
        17,
        ["ÉTAT CIVIL", b["commune"].upper()],
        color=(30, 90, 60),
        ring="RÉPUBLIQUE DU SÉNÉGAL",
    )
    return pg.img


def birth_cameroon(b, rng):
    pg = Page(dpi=200, bg=(246, 247, 240))
    pg.text(50, 12, "RÉPUBLIQUE DU CAMEROUN", "sans_b", 9.5, anchor="ma")
    pg.text(50, 17, "Paix - Travail - Patrie", "serif_i", 8.5, anchor="ma")
    pg.text(160, 12, "REPUBLIC OF CAMEROON", "sans_b", 9.5, anchor="ma")
    pg.text(160, 17, "Peace - Work - Fatherland", "serif_i", 8.5, anchor="ma")
    pg.text(50, 25, f"Région du {b['region']}", "sans", 8.5, anchor="ma")
    pg.text(50, 30, f"Centre d'état civil de {b['centre']}", "sans", 8.5, anchor="ma")
    pg.text(105, 44, f"ACTE DE NAISSANCE N° {b['act']}", "sans_b", 13, anchor="mm")
    pg.text(105, 50.5, "BIRTH CERTIFICATE", "sans_b", 10, anchor="mm", fill=(70, 70, 70))
    rows = [
        ("Nom de l'enfant", "Surname of the child", b["surname"]),
        ("Prénoms de l'enfant", "Given names of the child", b["given"]),
        ("Né le", "Born on the", b["dob_txt"]),
        ("À", "At", b["pob"]),
        ("Sexe", "Sex", b["sex_txt"]),
        ("De", "Of (father)", b["father"]),
        ("Né à / le", "Born at / on", b["father_birth"]),
        ("Et de", "And of (mother)", b["mother"]),
        ("Née à / le", "Born at / on", b["mother_birth"]),
        ("Dressé le", "Drawn up on the", b["drawn_txt"]),
        ("Sur la déclaration de", "In accordance with the declaration of", b["declarant"]),
        ("Par Nous", "By us", b["officer"] + ", Officier d'état civil"),
    ]
    y = 62
    for fr, en, val in rows:
        pg.rect(15, y - 2, 180, 13, outline=(90, 90, 90), lw=0.25)
        pg.line(78, y - 2, 78, y + 11, 0.25, fill=(90, 90, 90))
        pg.text(17, y - 0.5, fr, "sans_b", 8.5)
        pg.text(17, y + 4.5, en, "serif_i", 7.5, fill=(80, 80, 80))
        vpt = 10.5
        while pg.width(val, "serif_b", vpt) > 113:
            vpt -= 0.25
        pg.text(81, y + 1.5, val, "serif_b", vpt)
        y += 13
    pg.text(15, y + 8, "COPIE CERTIFIÉE CONFORME À L'ORIGINAL / CERTIFIED TRUE COPY", "sans_b", 9.5)
    pg.text(110, y + 18, f"{b['centre']}, le {b['issued_txt']}", "sans", 9.5)
    pg.text(110, y + 23.5, "L'Officier d'état civil / Civil Status Registrar", "sans", 8.5)
    _sig(pg, b["registrar"], rng, 118, y + 27)
    pg.stamp(
        rng,
        70,
        y + 40,
        17,
        ["ÉTAT CIVIL", b["centre"].upper()[:14]],
        color=(40, 60, 150),
        ring="COMMUNE DE YAOUNDE",
    )
    return pg.img


def birth_vietnam(b, rng):
    pg = Page(dpi=200, bg=(250, 248, 240))
    pg.text(50, 13, f"UBND {b['ward']}", "dvserif_b", 9.5, anchor="ma")
    pg.text(50, 18.5, f"Số: {b['act']}", "dvserif", 9.5, anchor="ma")
    pg.text(140, 13, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "dvserif_b", 10, anchor="ma")
    pg.text(140, 18.5, "Độc lập - Tự do - Hạnh phúc", "dvserif_b", 10, anchor="ma")
    pg.line(118, 24.5, 162, 24.5, 0.3)
    pg.text(105, 38, "TRÍCH LỤC KHAI SINH", "dvserif_b", 15, anchor="mm")
    pg.text(105, 45, "(BẢN SAO)", "dvserif_b", 11, anchor="mm")
    rows = [
        ("Họ, chữ đệm, tên:", b["fullname"]),
        ("Ngày, tháng, năm sinh:", b["dob_num"]),
        ("ghi bằng chữ:", b["dob_words"]),
        ("Giới tính:", b["sex_vi"]),
        ("Dân tộc:", "Kinh"),
        ("Quốc tịch:", "Việt Nam"),
        ("Nơi sinh:", b["pob_vi"]),
        ("Họ, chữ đệm, tên người mẹ:", b["mother"]),
        ("Năm sinh:", b["mother_year"]),
        ("Họ, chữ đệm, tên người cha:", b["father"]),
        ("Năm sinh:", b["father_year"]),
        ("Nơi đăng ký khai sinh:", b["reg_place"]),
        ("Ngày, tháng, năm đăng ký:", b["reg_date"]),
    ]
    _rows(pg, 20, 58, rows, "dvserif", "dvserif_b", 10, 10.5, pitch=9.2)
    pg.text(120, 190, f"{b['city_vi']}, ngày {b['issued_vi']}", "dvserif_i", 10)
    pg.text(135, 196, "TM. ỦY BAN NHÂN DÂN", "dvserif_b", 9.5, anchor="ma")
    pg.text(135, 201, "KT. CHỦ TỊCH", "dvserif_b", 9.5, anchor="ma")
    _sig(pg, b["officer"], rng, 115, 206)
    pg.text(135, 226, b["officer_vi"], "dvserif_b", 10, anchor="ma")
    pg.stamp(
        rng, 118, 210, 16, ["UBND", b["ward_short"]], color=(190, 30, 30), ring="ỦY BAN NHÂN DÂN"
    )
    # legalisation stamps (Vietnamese MFA, then French consulate)
    lx, ly = 20, 236
    pg.rect(lx, ly, 82, 46, outline=(30, 50, 150), lw=0.5)
    leg = [
        "CHỨNG NHẬN LÃNH SỰ / CONSULAR AUTHENTICATION",
        "Bộ Ngoại giao - Cục Lãnh sự",
        f"Số / No: {b['leg_vn_no']}",
        f"Ngày / Date: {b['leg_vn_date']}",
        "Chứng nhận chữ ký và con dấu trên giấy tờ này",
    ]
    for i, s in enumerate(leg):
        pg.text(lx + 2, ly + 3 + i * 5.2, s, "dvs_b" if i == 0 else "dvs", 6.3, fill=(30, 50, 150))
    _sig(pg, "Nguyen Hoai", rng, lx + 40, ly + 28, 36, 12, color=(30, 50, 150))
    fx = 108
    pg.rect(fx, ly, 84, 46, outline=(120, 30, 90), lw=0.5)
    leg2 = [
        "AMBASSADE DE FRANCE AU VIETNAM",
        "Section consulaire - Hanoï",
        "LÉGALISATION",
        "Vu pour légalisation de la signature et du sceau",
        "du Ministère des Affaires étrangères du Vietnam.",
        f"N° {b['leg_fr_no']}   le {b['leg_fr_date']}",
    ]
    for i, s in enumerate(leg2):
        pg.text(
            fx + 2,
            ly + 3 + i * 5.0,
            s,
            "sans_b" if i in (0, 2) else "sans",
            6.5,
            fill=(120, 30, 90),
        )
    _sig(pg, "M. Lefort", rng, fx + 44, ly + 31, 34, 12, color=(90, 30, 90))
    return pg.img


def translation(t, rng):
    pg = Page(dpi=200, bg=(253, 253, 252))
    pg.text(15, 14, t["translator"], "dvserif_b", 10)
    for i, s in enumerate(t["translator_lines"]):
        pg.text(15, 19.5 + i * 5, s, "dvserif", 9)
    pg.text(105, 48, "TRADUCTION CERTIFIÉE CONFORME À L'ORIGINAL", "dvserif_b", 12, anchor="mm")
    pg.text(105, 54.5, "Traduit du vietnamien", "dvserif_i", 10, anchor="mm")
    pg.text(
        20,
        66,
        "[En-tête] Comité populaire du " + t["ward_fr"] + "    N° : " + t["act"],
        "dvserif",
        9.5,
    )
    pg.text(
        20,
        72,
        "République socialiste du Viêt Nam — Indépendance - Liberté - Bonheur",
        "dvserif",
        9.5,
    )
    pg.text(105, 84, "EXTRAIT D'ACTE DE NAISSANCE (COPIE)", "dvserif_b", 12, anchor="mm")
    y = _rows(pg, 20, 96, t["rows"], "dvserif", "dvserif_b", 10, 10, pitch=9)
    pg.text(20, y + 4, t["footer"], "dvserif", 10)
    pg.text(
        20,
        y + 14,
        "[Sceau rond du Comité populaire]  [Signature]  " + t["officer"],
        "dvserif_i",
        9.5,
    )
    pg.text(
        20,
        y + 22,
        "[Mentions de légalisation : Ministère des Affaires étrangères du Viêt "
        "Nam ; Ambassade de France]",
        "dvserif_i",
        9.5,
    )
    pg.text(
        20,
        240,
        "Je soussignée, traductrice-interprète expert, certifie que la présente traduction est",
        "dvserif",
        10,
    )
    pg.text(20, 245.5, "conforme à l'original rédigé en langue vietnamienne.", "dvserif", 10)
    pg.text(120, 256, f"Grenoble, le {t['date_txt']}", "dvserif", 10)
    pg.text(120, 261.5, f"Traduction n° {t['number']}", "dvserif", 9)
    _sig(pg, t["translator_sig"], rng, 120, 264)
    pg.stamp(
        rng,
        80,
        266,
        15,
        ["TRADUCTEUR", "EXPERT", "CA GRENOBLE"],
        color=(30, 40, 130),
        ring=t["translator"].upper(),
    )
    return pg.img


def attestation_hand(a, rng):
    pg = Page(dpi=200, bg=(254, 254, 252))
    img = pg.img
    k = pg.k
    key = a.get("font", "ecolier")
    px = 6.2 * k
    hand(img, 58 * k, 30 * k, "Attestation d'hébergement", key, 8.5 * k, rng)
    y = 50
    for para in a["paras"]:
        words = para.split(" ")
        line = ""
        for w in words:
            test = (line + " " + w).strip()
            if font(key, px).getlength(test) > 165 * k and line:
                hand(img, 22 * k, y * k, line, key, px, rng)
                y += 10
                line = w
            else:
                line = test
        if line:
            hand(img, 22 * k, y * k, line, key, px, rng)
            y += 10
        y += 5
    s = signature_rgba(a["sig"], rng, 520, 175, key="dkg_i", color=(25, 40, 125))
    pg.paste(fit(s, (pg.p(55), pg.p(18))), 110, y)
    return pg.img


def rib_paper(R, rng):
    """A printed RIB of a French bank (Crédit Agricole or BNP Paribas style), raster."""
    pg = Page(dpi=200, bg=(255, 255, 255))
    if R["style"] == "ca":
        pg.rect(15, 12, 12, 12, fill=(0, 120, 110), outline=None)
        pg.text(30, 13, "CRÉDIT AGRICOLE", "sans_b", 13, fill=(0, 110, 100))
        pg.text(30, 19.5, R["caisse"], "sans", 9, fill=(0, 110, 100))
    else:
        pg.rect(15, 12, 12, 12, fill=(0, 140, 90), outline=None)
        pg.text(30, 14, "BNP PARIBAS", "sans_b", 14, fill=(0, 120, 80))
        pg.text(30, 21, "La banque d'un monde qui change", "serif_i", 8, fill=(0, 120, 80))
    pg.text(105, 38, "RELEVÉ D'IDENTITÉ BANCAIRE", "sans_b", 12, anchor="mm")
    pg.rect(15, 46, 180, 70, outline=(0, 0, 0), lw=0.3)
    pg.text(20, 50, "Titulaire du compte / Account holder", "sans", 7.5, fill=(90, 90, 90))
    for i, ln in enumerate(R["holder_lines"]):
        pg.text(20, 55 + i * 5.5, ln, "sans_b" if i == 0 else "sans", 9.5)
    pg.text(120, 50, "Domiciliation", "sans", 7.5, fill=(90, 90, 90))
    for i, ln in enumerate(R["branch_lines"]):
        pg.text(120, 55 + i * 5.5, ln, "sans", 9)
    cols = [
        ("Banque", R["bank"], 20),
        ("Guichet", R["branch"], 45),
        ("N° compte", R["account"], 70),
        ("Clé", R["key"], 115),
    ]
    for lab, val, x in cols:
        pg.text(x, 80, lab, "sans", 7.5, fill=(90, 90, 90))
        pg.text(x, 84.5, val, "mono_b", 10)
    pg.text(20, 95, "IBAN (International Bank Account Number)", "sans", 7.5, fill=(90, 90, 90))
    pg.text(20, 99.5, R["iban_print"], "mono_b", 11)
    pg.text(140, 95, "BIC", "sans", 7.5, fill=(90, 90, 90))
    pg.text(140, 99.5, R["bic"], "mono_b", 11)
    pg.line(15, 125, 195, 125, 0.2, fill=(150, 150, 150))
    pg.text(
        105,
        130,
        "- - - - - - - -  à découper  - - - - - - - -",
        "sans",
        7,
        fill=(150, 150, 150),
        anchor="ma",
    )
    return pg.img


def revolut_screen(R, rng):
    W, H = 1170, 2532
    im = Image.new("RGB", (W, H), (247, 247, 250))
    d = ImageDraw.Draw(im)
    d.text((80, 70), R["clock"], font=font("roboto_b", 46), fill=(0, 0, 0))
    d.rounded_rectangle([980, 78, 1070, 118], 10, outline=(0, 0, 0), width=4)
    d.rectangle([986, 84, 1040, 112], fill=(0, 0, 0))
    d.text((70, 200), "←", font=font("dvs", 70), fill=(0, 0, 0))
    d.text((70, 330), "EUR details", font=font("roboto_b", 74), fill=(0, 0, 0))
    d.text(
        (70, 430),
        "Use these details to receive SEPA transfers",
        font=font("roboto", 38),
        fill=(110, 110, 120),
    )
    d.rounded_rectangle([50, 520, 1120, 1540], 40, fill=(255, 255, 255))
    rows = [
        ("Beneficiary", R["holder"]),
        ("IBAN", R["iban_print"]),
        ("BIC / SWIFT code", R["bic"]),
        ("Bank", "Revolut Bank UAB"),
        ("Bank address", "Konstitucijos ave. 21B, 08130, Vilnius, Lithuania"),
        ("Beneficiary address", R["address"]),
    ]
    y = 570
    for lab, val in rows:
        d.text((100, y), lab, font=font("roboto", 38), fill=(115, 115, 125))
        vf = font("roboto_b", 46)
        sz = 46
        while vf.getlength(val) > 900:
            sz -= 2
            vf = font("roboto_b", sz)
        d.text((100, y + 55), val, font=vf, fill=(10, 10, 20))
        d.rounded_rectangle([1030, y + 48, 1058, y + 80], 5, outline=(40, 90, 230), width=4)
        d.rounded_rectangle(
            [1042, y + 36, 1070, y + 68], 5, outline=(40, 90, 230), width=4, fill=(255, 255, 255)
        )
        y += 160
    d.rounded_rectangle([50, 1600, 1120, 1760], 40, fill=(255, 255, 255))
    d.text(
        (100, 1640),
        "Receiving from outside the SEPA area?",
        font=font("roboto_b", 38),
        fill=(10, 10, 20),
    )
    d.text((100, 1695), "Use SWIFT details instead", font=font("roboto", 36), fill=(40, 90, 230))
    d.rounded_rectangle([70, 2250, 1100, 2390], 70, fill=(40, 90, 230))
    d.text(
        (585, 2320), "Share details", font=font("roboto_b", 46), fill=(255, 255, 255), anchor="mm"
    )
    d.rounded_rectangle([400, 2480, 770, 2494], 7, fill=(0, 0, 0))
    return im
