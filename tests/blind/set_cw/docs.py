"""Civil-status, housing, bank and job documents for set_cw."""

from PIL import Image, ImageDraw

from ids import fr_date, group4, words_date
from render import Page, arabic, pil_font, signature, stamp

INK = (15, 15, 15)


def legalisation(pg, x, y, rng, country_line, who, city, when, num):
    """Two legalisation stamps: the issuing state's foreign ministry, then the French
    consulate or embassy ("Vu pour légalisation de la signature de ...")."""
    pg.image(
        x,
        y,
        42,
        42,
        stamp(
            [country_line, "MINISTERE DES AFFAIRES ETRANGERES"],
            ["LEGALISATION", num],
            rng,
            300,
            (120, 40, 130),
        ),
    )
    pg.rect(x + 48, y + 2, 88, 36, 0.5, (30, 50, 140))
    c = (30, 50, 140)
    pg.text(
        x + 92,
        y + 8,
        f"{'AMBASSADE' if 'Ambassade' in city else 'CONSULAT'} DE FRANCE",
        7,
        "sansb",
        c,
        "c",
    )
    pg.text(x + 92, y + 12, city, 6.5, "sans", c, "c")
    pg.text(x + 50, y + 18, "Vu pour légalisation de la signature de", 6.5, "sans", c)
    pg.text(x + 50, y + 22, who, 6.5, "sansb", c)
    pg.text(x + 50, y + 26, f"Le {when}   N° {num}", 6.5, "sans", c)
    pg.text(x + 50, y + 30, "Le Consul / L'agent consulaire", 6.5, "sans", c)
    pg.image(x + 95, y + 26, 36, 12, signature("Consul", rng, 360, 120, (30, 40, 120)))
    pg.image(
        x + 112, y + 4, 24, 24, stamp(["REPUBLIQUE FRANCAISE"], ["RF"], rng, 200, (30, 50, 160))
    )


def birth_mali(b, rng):
    pg = Page(bg=(250, 248, 238))
    pg.text(20, 18, "RÉPUBLIQUE DU MALI", 10, "serifb", INK)
    pg.text(20, 23, "Un Peuple - Un But - Une Foi", 8, "serif", INK)
    for i, t in enumerate(
        [
            "RÉGION DE SÉGOU",
            "CERCLE DE SÉGOU",
            "COMMUNE URBAINE DE SÉGOU",
            "CENTRE PRINCIPAL D'ÉTAT CIVIL",
        ]
    ):
        pg.text(20, 31 + i * 4.5, t, 7.5, "serif", INK)
    pg.text(105, 58, "EXTRAIT D'ACTE DE NAISSANCE", 14, "serifb", INK, "c")
    pg.text(105, 65, f"N° {b['acte']}  —  Volet N° 3", 9, "serif", INK, "c")
    rows = [
        ("Prénom(s)", b["giv"]),
        ("Nom", b["sur"]),
        ("Sexe", "Féminin"),
        ("Date de naissance", b["dob_words"] + f" ({fr_date(b['dob'])})"),
        ("Lieu de naissance", b["pob"]),
        ("Prénom(s) et nom du père", b["father"]),
        ("Profession du père", "Commerçant"),
        ("Prénom(s) et nom de la mère", b["mother"]),
        ("Profession de la mère", "Ménagère"),
        ("Domicile des parents", "Ségou, quartier Médine"),
    ]
    y = 80
    for lab, v in rows:
        pg.text(22, y, lab, 9, "serif", INK)
        pg.line(75, y + 0.8, 190, y + 0.8, 0.2, (100, 100, 100), dash=0.5)
        pg.hand(78, y - 0.5, v, 11, rng, "h_breip", (20, 20, 60))
        y += 10
    y = pg.para(
        22,
        y + 6,
        f"Dressé le {b['drawn_words']} par Nous, {b['officer']}, "
        "Officier de l'état civil, sur la déclaration du père.",
        166,
        9,
        "serif",
    )
    pg.text(22, y + 6, f"Extrait délivré à Ségou, le {b['issued_words']}", 9, "serif", INK)
    pg.text(130, y + 16, "L'Officier de l'état civil", 9, "serif", INK)
    pg.image(125, y + 19, 55, 20, signature(b["officer"].split()[-1], rng, 500, 180))
    pg.image(100, y + 14, 40, 40, stamp(["MAIRIE DE SEGOU", "ETAT CIVIL"], ["MALI"], rng, 300))
    return pg


def birth_rdc(b, rng):
    pg = Page(bg=(247, 246, 240))
    pg.text(105, 16, "RÉPUBLIQUE DÉMOCRATIQUE DU CONGO", 11, "libb", INK, "c")
    for i, t in enumerate(
        ["VILLE-PROVINCE DE KINSHASA", "COMMUNE DE LINGWALA", "BUREAU PRINCIPAL DE L'ÉTAT CIVIL"]
    ):
        pg.text(105, 22 + i * 4.5, t, 8, "lib", INK, "c")
    pg.text(105, 44, "ACTE DE NAISSANCE", 15, "libb", INK, "c")
    pg.text(
        105, 50, f"N° {b['acte']}  —  Volume {b['vol']}  —  Folio {b['folio']}", 9, "lib", INK, "c"
    )
    txt = (
        f"L'an {b['drawn_words']}, Nous, {b['officer']}, Officier de l'État Civil de la "
        f"Commune de Lingwala, avons constaté que le {b['dob_words']}, est né à Kinshasa "
        f"({b['pob_detail']}) un enfant de sexe masculin nommé {b['sur']} {b['giv']}, fils "
        f"de {b['father']}, né à Mbuji-Mayi, fonctionnaire, et de {b['mother']}, née à "
        "Kinshasa, ménagère, tous deux domiciliés à Kinshasa, avenue Kabinda n° 42, "
        "Commune de Lingwala. Sur déclaration faite par le père, lequel, après lecture du "
        "présent acte, a signé avec Nous."
    )
    y = pg.para(20, 62, txt, 170, 10, "serif", INK, 1.6)
    pg.text(20, y + 6, f"Pour copie conforme, Kinshasa, le {b['issued_words']}", 9.5, "serif")
    pg.text(135, y + 16, "L'Officier de l'État Civil", 9, "serif", INK)
    pg.image(130, y + 19, 55, 18, signature(b["officer"].split()[-1], rng, 500, 170))
    pg.image(100, y + 12, 36, 36, stamp(["COMMUNE DE LINGWALA", "ETAT CIVIL"], ["RDC"], rng))
    legalisation(
        pg,
        30,
        222,
        rng,
        "REP. DEM. DU CONGO",
        b["officer"],
        "Ambassade à Kinshasa",
        fr_date(b["legal_on"]),
        b["legal_num"],
    )
    return pg


def birth_iran(b, rng):
    """Shenasnameh-style birth certificate page (Persian), with the legalisation stamps."""
    pg = Page(148, 210, bg=(236, 240, 228))
    for i in range(0, 210, 4):
        pg.line(0, i, 148, i + 6, 0.1, (215, 225, 205))
    lines = [
        ("جمهوری اسلامی ایران", 30, 14),
        ("سازمان ثبت احوال کشور", 24, 22),
        ("شناسنامه", 34, 34),
    ]
    for t, px, y in lines:
        im = arabic(t, px * 3, rng)
        w = im.width / 12
        pg.image(74 - w / 2, y - im.height / 12 + 2, w, im.height / 12, im)
    rows = [
        ("نام", b["giv_fa"]),
        ("نام خانوادگی", b["sur_fa"]),
        ("شماره ملی", b["nid_fa"]),
        ("تاریخ تولد", b["dob_fa"]),
        ("محل تولد", b["pob_fa"]),
        ("نام پدر", b["father_fa"]),
        ("نام مادر", b["mother_fa"]),
        ("جنس", "زن"),
    ]
    y = 46
    for lab, v in rows:
        im = arabic(lab + " :", 60, rng, (60, 60, 60))
        pg.image(138 - im.width / 12, y, im.width / 12, im.height / 12, im)
        im = arabic(v, 72, rng, (20, 20, 90), hand=True)
        pg.image(100 - im.width / 12, y - 0.5, im.width / 12, im.height / 12, im)
        pg.line(20, y + 6, 105, y + 6, 0.15, (120, 130, 110), dash=0.5)
        y += 10
    pg.text(12, 134, f"N° {b['nid']}", 8, "mono", (90, 20, 20))
    pg.image(95, 126, 34, 34, stamp(["SABT AHVAL ESFAHAN"], ["1370"], rng, 260, (150, 30, 60)))
    pg.image(18, 140, 40, 15, signature("Ahmadi", rng, 400, 150))
    legalisation(
        pg,
        4,
        164,
        rng,
        "I.R. IRAN",
        b["registrar"],
        "Ambassade à Téhéran",
        fr_date(b["legal_on"]),
        b["legal_num"],
    )
    return pg


def birth_liban(b, rng):
    """Lebanese individual civil-status extract (إخراج قيد فردي), Arabic, with legalisations."""
    pg = Page(bg=(244, 244, 250))
    head = [
        ("الجمهورية اللبنانية", 32, 14),
        ("وزارة الداخلية والبلديات", 24, 24),
        ("المديرية العامة للأحوال الشخصية", 24, 32),
        ("إخراج قيد فردي", 36, 44),
    ]
    for t, px, y in head:
        im = arabic(t, px * 3, rng)
        pg.image(105 - im.width / 24, y - im.height / 12 + 2, im.width / 12, im.height / 12, im)
    pg.text(20, 18, "RÉPUBLIQUE LIBANAISE", 8, "serifb", INK)
    pg.text(20, 22, "Extrait d'état civil individuel", 7, "serif", INK)
    rows = [
        ("الشهرة", b["sur_ar"]),
        ("الاسم", b["giv_ar"]),
        ("اسم الأب", b["father_ar"]),
        ("اسم الأم وشهرتها", b["mother_ar"]),
        ("محل الولادة", b["pob_ar"]),
        ("تاريخ الولادة", b["dob_num"]),
        ("المذهب", "ماروني"),
        ("رقم السجل", b["reg"]),
        ("الوضع العائلي", "عازب"),
    ]
    y = 56
    for lab, v in rows:
        pg.rect(20, y, 170, 11, 0.3, (60, 60, 90))
        pg.line(140, y, 140, y + 11, 0.3, (60, 60, 90))
        im = arabic(lab, 78, rng)
        pg.image(188 - im.width / 12, y + 1.5, im.width / 12, im.height / 12, im)
        if v.isascii():
            pg.hand(60, y + 8, v, 12, rng, "h_dkg", (20, 20, 90))
        else:
            im = arabic(v, 84, rng, (20, 20, 90), hand=True)
            pg.image(135 - im.width / 12, y + 1, im.width / 12, im.height / 12, im)
        y += 11
    pg.text(22, y + 10, f"Beyrouth, {b['issued_num']}", 9, "serif", INK)
    pg.image(
        120,
        y + 4,
        40,
        40,
        stamp(["NOUFOUS BEYROUTH", "ETAT CIVIL"], ["LIBAN"], rng, 300, (40, 40, 150)),
    )
    pg.image(40, y + 14, 45, 16, signature("Haddad", rng, 420, 150))
    legalisation(
        pg,
        30,
        215,
        rng,
        "REPUBLIQUE LIBANAISE",
        b["registrar"],
        "Ambassade à Beyrouth",
        fr_date(b["legal_on"]),
        b["legal_num"],
    )
    return pg


def translation(t, rng):
    """Sworn French translation by a translator-expert near a cour d'appel."""
    pg = Page(bg=(252, 252, 252))
    pg.text(20, 18, t["translator"], 10, "libb", INK)
    pg.text(
        20, 23, f"Traducteur-interprète expert près la Cour d'appel de {t['court']}", 8, "lib", INK
    )
    pg.text(20, 27, t["tr_addr"], 8, "lib", INK)
    pg.text(105, 42, "TRADUCTION", 13, "libb", INK, "c")
    pg.text(105, 48, f"du {t['src_lang']} au français", 9, "lib", INK, "c")
    y = 60
    for ln in t["header"]:
        pg.text(105, y, ln, 9.5, "libb", INK, "c")
        y += 5.5
    y += 6
    for lab, v in t["rows"]:
        pg.text(25, y, lab + " :", 9.5, "lib", INK)
        pg.text(90, y, v, 9.5, "libb", INK)
        y += 7.5
    y += 4
    for note in t["notes"]:
        y = pg.para(25, y, note, 160, 8.5, "lib", (40, 40, 40)) + 2
    y += 8
    y = pg.para(
        25,
        y,
        f"Traduction certifiée conforme à l'original en langue {t['src_lang']} "
        f"présenté et visé par nous, sous le numéro {t['num']} de notre répertoire.",
        160,
        9,
        "lib",
    )
    pg.text(25, y + 6, f"Fait à {t['city']}, le {fr_date(t['on'])}", 9.5, "lib", INK)
    pg.image(
        115,
        y + 4,
        48,
        48,
        stamp(
            [t["translator"].upper(), "TRADUCTEUR EXPERT"],
            ["COUR D'APPEL", t["court"].upper()],
            rng,
            320,
            (20, 40, 140),
        ),
    )
    pg.image(120, y + 28, 55, 20, signature(t["translator"].split()[-1], rng, 500, 180))
    pg.text(105, 285, "Page 1/1", 7, "lib", (90, 90, 90), "c")
    return pg


# ---------------------------------------------------------------- housing
def lease_pages(le, rng):
    """Bail d'habitation (loi n° 89-462 du 6 juillet 1989), three pages."""
    F, FB = le.get("fonts", ("carlito", "carlitob"))
    p1, p2, p3 = Page(), Page(), Page()
    p1.text(105, 20, "CONTRAT DE LOCATION", 15, FB, INK, "c")
    p1.text(105, 27, "Locaux vides à usage d'habitation principale", 10, F, INK, "c")
    p1.text(105, 32, "(Titre Ier de la loi n° 89-462 du 6 juillet 1989)", 8.5, F, INK, "c")
    p1.text(20, 46, "I. DÉSIGNATION DES PARTIES", 10.5, FB, INK)
    p1.text(20, 55, "Le présent contrat est conclu entre les soussignés :", 9.5, F)
    p1.text(25, 63, f"Le bailleur : {le['landlord']}", 9.5, FB)
    p1.text(25, 68, f"demeurant {le['landlord_addr']}", 9.5, F)
    p1.text(25, 75, "désigné ci-après « le bailleur »", 9, F, (70, 70, 70))
    p1.text(25, 84, "Le(s) locataire(s) : " + " et ".join(le["tenants"]), 9.5, FB)
    p1.text(25, 89, "désigné(s) ci-après « le locataire »", 9, F, (70, 70, 70))
    p1.text(20, 102, "II. OBJET DU CONTRAT", 10.5, FB, INK)
    y = p1.para(
        25,
        111,
        f"Localisation du logement : {le['addr']}. Type d'habitat : immeuble "
        f"collectif. Régime juridique : copropriété. Surface habitable : {le['surface']} "
        f"m². Nombre de pièces principales : {le['rooms']}.",
        165,
        9.5,
        F,
    )
    p1.text(20, y + 8, "III. DATE DE PRISE D'EFFET ET DURÉE DU CONTRAT", 10.5, FB, INK)
    p1.text(25, y + 17, f"Date de prise d'effet du contrat : {fr_date(le['start'])}", 9.5, FB)
    p1.text(25, y + 23, "Durée du contrat : 3 ans (bailleur personne physique)", 9.5, F)
    p1.text(20, y + 36, "IV. CONDITIONS FINANCIÈRES", 10.5, FB, INK)
    p1.text(25, y + 45, f"Loyer mensuel hors charges : {le['rent']} €", 9.5, F)
    p1.text(25, y + 51, f"Provision sur charges : {le['charges']} €", 9.5, F)
    p1.text(25, y + 57, f"Dépôt de garantie : {le['rent']} €", 9.5, F)
    y = 30
    p2.text(20, 20, "V. TRAVAUX — VI. GARANTIES — VII. CLAUSE DE SOLIDARITÉ", 10.5, FB, INK)
    for para in [
        (
            "Le locataire est tenu de payer le loyer et les charges récupérables aux termes "
            "convenus, d'user paisiblement des locaux loués suivant la destination qui leur "
            "a été donnée par le contrat de location, de répondre des dégradations et pertes "
            "survenant pendant la durée du contrat."
        ),
        (
            "Le bailleur est obligé de remettre au locataire un logement décent ne laissant "
            "pas apparaître de risques manifestes pouvant porter atteinte à la sécurité "
            "physique ou à la santé, d'assurer au locataire la jouissance paisible du "
            "logement et d'entretenir les locaux en état de servir à l'usage prévu."
        ),
        (
            "Clause résolutoire : le présent contrat sera résilié de plein droit deux mois "
            "après un commandement de payer demeuré infructueux, à défaut de paiement du "
            "loyer ou des charges aux termes convenus, ou du versement du dépôt de garantie."
        ),
        (
            "Annexes : dossier de diagnostic technique, notice d'information, état des "
            "lieux d'entrée, extrait du règlement de copropriété."
        ),
    ]:
        y = p2.para(20, y, para, 170, 9.5, F) + 5
    p3.text(20, 30, f"Fait à {le['city']}, le {fr_date(le['signed'])}, en deux originaux.", 9.5, F)
    p3.text(30, 45, "Le bailleur", 9.5, FB)
    p3.text(30, 50, "(« lu et approuvé »)", 8, F, (80, 80, 80))
    p3.hand(30, 58, "lu et approuvé", 11, rng, "h_femke")
    p3.image(28, 62, 55, 20, signature(le["landlord"].split()[-1], rng, 500, 180))
    p3.text(120, 45, "Le(s) locataire(s)", 9.5, FB)
    p3.hand(120, 58, "lu et approuvé", 11, rng, "h_ecolier")
    p3.image(118, 62, 55, 20, signature(le["tenants"][0].split()[-1], rng, 500, 180))
    for i, p in enumerate((p1, p2, p3)):
        p.text(105, 288, f"Paraphes : ____  ____        Page {i + 1}/3", 7.5, F, (90, 90, 90), "c")
    return [p1, p2, p3]


def attestation_hand(a, rng):
    """Handwritten attestation d'hébergement on lined paper."""
    pg = Page(bg=(253, 253, 248))
    for y in range(30, 290, 8):
        pg.line(0, y, 210, y, 0.15, (170, 190, 220))
    pg.line(28, 0, 28, 297, 0.25, (230, 150, 150))
    hf = "h_dkg"
    pg.hand(70, 37, "ATTESTATION D'HÉBERGEMENT", 16, rng, hf)
    lines = [
        f"Je soussignée {a['host']}, née le {fr_date(a['host_dob'])}",
        f"à {a['host_pob']}, demeurant {a['addr1']}",
        f"{a['addr2']},",
        "atteste sur l'honneur héberger à mon domicile",
        f"M. {a['hosted']}, né le {fr_date(a['hosted_dob'])} à Kinshasa (RDC),",
        f"depuis le {fr_date(a['since'])}, de manière stable et continue.",
        "",
        "Attestation établie pour servir et valoir ce que de droit",
        "(demande d'ouverture de droits à l'assurance maladie).",
        "",
        "Je joins la copie de ma carte d'identité et mes trois",
        "dernières factures.",
    ]
    y = 53
    for ln in lines:
        if ln:
            pg.hand(32 + rng.uniform(0, 2), y, ln, 14, rng, hf)
        y += 8
    y += 8
    pg.hand(110, y, f"Fait à {a['city']}, le {fr_date(a['signed'])}", 12.5, rng, hf)
    pg.image(115, y + 4, 60, 24, signature(a["host"].split()[-1], rng, 540, 200))
    return pg


# ---------------------------------------------------------------- screenshots
def phone_screen(rows, rng, header, color, title, w=1170, h=2532):
    """A phone screenshot of a banking or operator app (status bar, header, cards)."""
    im = Image.new("RGB", (w, h), (245, 246, 248))
    d = ImageDraw.Draw(im)
    d.text(
        (70, 70),
        f"{rng.randint(8, 21)}:{rng.randint(10, 59)}",
        fill=(0, 0, 0),
        font=pil_font("robotob", 46),
        anchor="ls",
    )
    d.rectangle([1000, 40, 1090, 72], outline=(0, 0, 0), width=3)
    d.rectangle([1004, 44, 1004 + rng.randint(30, 80), 68], fill=(0, 0, 0))
    d.rectangle([0, 110, w, 330], fill=color)
    d.text((70, 200), "‹", fill=(255, 255, 255), font=pil_font("roboto", 90), anchor="lm")
    d.text((w // 2, 200), header, fill=(255, 255, 255), font=pil_font("robotob", 54), anchor="mm")
    d.text((70, 440), title, fill=(20, 20, 20), font=pil_font("robotob", 58), anchor="ls")
    y = 520
    for lab, val in rows:
        if lab is None:
            y += 40
            continue
        d.rounded_rectangle([50, y, w - 50, y + 190], 28, fill=(255, 255, 255))
        d.text((90, y + 70), lab, fill=(110, 110, 120), font=pil_font("roboto", 38), anchor="ls")
        f = pil_font("robotob", 46 if len(val) < 34 else 40)
        d.text((90, y + 145), val, fill=(15, 15, 25), font=f, anchor="ls")
        y += 215
    d.rounded_rectangle([120, h - 330, w - 120, h - 200], 65, fill=color)
    d.text(
        (w // 2, h - 265),
        "Partager",
        fill=(255, 255, 255),
        font=pil_font("robotob", 48),
        anchor="mm",
    )
    d.rounded_rectangle([w // 2 - 200, h - 40, w // 2 + 200, h - 28], 6, fill=(20, 20, 20))
    return im


def rib_rows(r):
    return [
        ("Titulaire du compte", r["holder"]),
        ("IBAN", group4(r["iban"])),
        ("BIC", r["bic"]),
        (None, None),
        ("Code banque", r["bank"]),
        ("Code guichet", r["guichet"]),
        ("N° de compte", r["compte"]),
        ("Clé RIB", r["key"]),
        ("Domiciliation", r["dom"]),
    ]


__all__ = ["words_date"]
