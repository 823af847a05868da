"""Identity documents: passport data pages (TD3), French visa stickers (MRV-A),
French residence permits and ID cards, EU ID cards (TD1)."""

from . import checks as C
from . import fmt as F
from . import ink
from .looks import Page

GREY = (70, 70, 75)
LBL = (60, 60, 90)

# labels: (latin text, arabic/cjk text or None)
_AR = {
    "type": ("Type / Type", "النوع"),
    "code": ("Code du pays / Country code", "رمز البلد"),
    "number": ("N° du passeport / Passport No.", "رقم الجواز"),
    "surname": ("Nom / Surname", "اللقب"),
    "given": ("Prénoms / Given names", "الاسم"),
    "nat": ("Nationalité / Nationality", "الجنسية"),
    "dob": ("Date de naissance / Date of birth", "تاريخ الميلاد"),
    "sex": ("Sexe / Sex", "الجنس"),
    "pob": ("Lieu de naissance / Place of birth", "مكان الميلاد"),
    "issue": ("Date de délivrance / Date of issue", "تاريخ الإصدار"),
    "expiry": ("Date d'expiration / Date of expiry", "تاريخ الانتهاء"),
    "authority": ("Autorité / Authority", "سلطة الإصدار"),
}
_FR_EN = {
    "type": ("Type", None),
    "code": ("Code du pays / Country code", None),
    "number": ("N° de passeport / Passport No.", None),
    "surname": ("Nom / Surname", None),
    "given": ("Prénoms / Given names", None),
    "nat": ("Nationalité / Nationality", None),
    "dob": ("Date de naissance / Date of birth", None),
    "sex": ("Sexe / Sex", None),
    "pob": ("Lieu de naissance / Place of birth", None),
    "issue": ("Date de délivrance / Date of issue", None),
    "expiry": ("Date d'expiration / Date of expiry", None),
    "authority": ("Autorité / Authority", None),
}
_ES = {
    "type": ("Tipo/Type/Type", None),
    "code": ("Código/Code/Code", None),
    "number": ("Pasaporte No./Passport No./Passeport No.", None),
    "surname": ("Apellidos/Surname/Nom", None),
    "given": ("Nombres/Given names/Prénoms", None),
    "nat": ("Nacionalidad/Nationality/Nationalité", None),
    "dob": ("Fecha de nacimiento/Date of birth/Date de naissance", None),
    "sex": ("Sexo/Sex/Sexe", None),
    "pob": ("Lugar de nacimiento/Place of birth/Lieu de naissance", None),
    "issue": ("Fecha de expedición/Date of issue/Date de délivrance", None),
    "expiry": ("Fecha de vencimiento/Date of expiry/Date d'expiration", None),
    "authority": ("Autoridad/Authority/Autorité", None),
}
_PT = {
    "type": ("TIPO/TYPE/TYPE", None),
    "code": ("PAÍS EMISSOR/ISSUING COUNTRY/PAYS ÉMETTEUR", None),
    "number": ("PASSAPORTE Nº/PASSPORT No./PASSEPORT Nº", None),
    "surname": ("SOBRENOME/SURNAME/NOM", None),
    "given": ("NOME/GIVEN NAMES/PRÉNOMS", None),
    "nat": ("NACIONALIDADE/NATIONALITY/NATIONALITÉ", None),
    "dob": ("DATA DE NASCIMENTO/DATE OF BIRTH/DATE DE NAISSANCE", None),
    "sex": ("SEXO/SEX/SEXE", None),
    "pob": ("LOCAL DE NASCIMENTO/PLACE OF BIRTH/LIEU DE NAISSANCE", None),
    "issue": ("DATA DE EXPEDIÇÃO/DATE OF ISSUE/DATE DE DÉLIVRANCE", None),
    "expiry": ("VÁLIDO ATÉ/DATE OF EXPIRY/DATE D'EXPIRATION", None),
    "authority": ("AUTORIDADE/AUTHORITY/AUTORITÉ", None),
}
_US = {
    "type": ("Type / Type / Tipo", None),
    "code": ("Code / Code / Código", None),
    "number": ("Passport No. / No. du Passeport / No. de Pasaporte", None),
    "surname": ("Surname / Nom / Apellidos", None),
    "given": ("Given Names / Prénoms / Nombres", None),
    "nat": ("Nationality / Nationalité / Nacionalidad", None),
    "dob": ("Date of birth / Date de naissance / Fecha de nacimiento", None),
    "sex": ("Sex / Sexe / Sexo", None),
    "pob": ("Place of birth / Lieu de naissance / Lugar de nacimiento", None),
    "issue": ("Date of issue / Date de délivrance / Fecha de expedición", None),
    "expiry": ("Date of expiration / Date d'expiration / Fecha de caducidad", None),
    "authority": ("Authority / Autorité / Autoridad", None),
}
_UK = {
    "type": ("Type/Type", None),
    "code": ("Code/Code", None),
    "number": ("Passport No./Passeport No.", None),
    "surname": ("Surname/Nom (1)", None),
    "given": ("Given names/Prénoms (2)", None),
    "nat": ("Nationality/Nationalité (3)", None),
    "dob": ("Date of birth/Date de naissance (4)", None),
    "sex": ("Sex/Sexe (5)", None),
    "pob": ("Place of birth/Lieu de naissance (6)", None),
    "issue": ("Date of issue/Date de délivrance (7)", None),
    "authority": ("Authority/Autorité (8)", None),
    "expiry": ("Date of expiry/Date d'expiration (9)", None),
}
_CN = {
    "type": ("类型/Type", None),
    "code": ("国家码/Country Code", None),
    "number": ("护照号/Passport No.", None),
    "surname": ("姓/Surname", None),
    "given": ("名/Given names", None),
    "nat": ("国籍/Nationality", None),
    "dob": ("出生日期/Date of birth", None),
    "sex": ("性别/Sex", None),
    "pob": ("出生地点/Place of birth", None),
    "issue": ("签发日期/Date of issue", None),
    "expiry": ("有效期至/Date of expiry", None),
    "authority": ("签发机关/Authority", None),
}

PASSPORTS = {
    "DZA": dict(
        head=["REPUBLIQUE ALGERIENNE DEMOCRATIQUE ET POPULAIRE"],
        head_ar="الجمهورية الجزائرية الديمقراطية الشعبية",
        title="PASSEPORT   PASSPORT",
        title_ar="جواز سفر",
        labels=_AR,
        tint=(226, 240, 226),
        guil=(150, 195, 160),
        accent=(0, 98, 51),
        date="dot",
        nat_text="ALGERIENNE",
        vfont="dejavu-cb",
    ),
    "MAR": dict(
        head=["ROYAUME DU MAROC   KINGDOM OF MOROCCO"],
        head_ar="المملكة المغربية",
        title="PASSEPORT   PASSPORT",
        title_ar="جواز السفر",
        labels=_AR,
        tint=(246, 228, 226),
        guil=(215, 160, 160),
        accent=(170, 20, 40),
        date="space",
        nat_text="MAROCAINE",
        vfont="sans-b",
    ),
    "TUN": dict(
        head=["REPUBLIQUE TUNISIENNE"],
        head_ar="الجمهورية التونسية",
        title="PASSEPORT   PASSPORT",
        title_ar="جواز سفر",
        labels=_AR,
        tint=(247, 232, 232),
        guil=(220, 170, 175),
        accent=(200, 16, 46),
        date="dot",
        nat_text="TUNISIENNE",
        vfont="dejavu-cb",
    ),
    "SEN": dict(
        head=["CEDEAO  ECOWAS", "REPUBLIQUE DU SENEGAL"],
        title="PASSEPORT   PASSPORT",
        labels=_FR_EN,
        tint=(236, 244, 222),
        guil=(175, 200, 140),
        accent=(0, 133, 63),
        date="slash",
        nat_text="SENEGALAISE",
        vfont="sans-b",
    ),
    "CIV": dict(
        head=["CEDEAO  ECOWAS", "REPUBLIQUE DE COTE D'IVOIRE"],
        title="PASSEPORT   PASSPORT",
        labels=_FR_EN,
        tint=(250, 236, 218),
        guil=(230, 180, 130),
        accent=(240, 130, 0),
        date="slash",
        nat_text="IVOIRIENNE",
        vfont="nimbus-b",
    ),
    "COL": dict(
        head=["REPÚBLICA DE COLOMBIA"],
        title="PASAPORTE  PASSPORT  PASSEPORT",
        labels=_ES,
        tint=(250, 244, 214),
        guil=(200, 190, 120),
        accent=(0, 56, 147),
        date="es",
        nat_text="COLOMBIANA",
        vfont="sans-b",
    ),
    "BRA": dict(
        head=["REPÚBLICA FEDERATIVA DO BRASIL"],
        title="PASSAPORTE   PASSPORT   PASSEPORT",
        labels=_PT,
        tint=(228, 240, 236),
        guil=(140, 190, 175),
        accent=(0, 70, 140),
        date="pt",
        nat_text="BRASILEIRO(A)",
        vfont="dejavu-cb",
    ),
    "USA": dict(
        head=["UNITED STATES OF AMERICA"],
        title="PASSPORT   PASSEPORT   PASAPORTE",
        labels=_US,
        tint=(228, 234, 246),
        guil=(160, 175, 215),
        accent=(20, 40, 110),
        date="en",
        nat_text="UNITED STATES OF AMERICA",
        vfont="sans",
    ),
    "GBR": dict(
        head=["UNITED KINGDOM OF GREAT BRITAIN AND NORTHERN IRELAND"],
        title="PASSPORT   PASSEPORT",
        labels=_UK,
        tint=(240, 230, 242),
        guil=(200, 170, 205),
        accent=(100, 30, 90),
        date="uk",
        nat_text="BRITISH CITIZEN",
        vfont="sans",
    ),
    "CHN": dict(
        head=["中华人民共和国", "PEOPLE'S REPUBLIC OF CHINA"],
        title="护照  PASSPORT",
        labels=_CN,
        tint=(244, 236, 226),
        guil=(210, 180, 150),
        accent=(170, 30, 30),
        date="en",
        nat_text="中国/CHINESE",
        vfont="wqy",
    ),
}


def _label(s, x, y, key, labels, size=3.9):
    lat, ar = labels[key]
    s.text(x, y, lat, "dejavu-c", size, LBL)
    if ar:
        s.text(x + s.textw(lat, "dejavu-c", size) + 1.5, y, ar, "amiri", size + 1.2, LBL)


def mrz_block(s, x, y, lines, width, size=None, color=(20, 20, 20), gap=None):
    """MRZ lines in OCR-B, scaled so that one line fills `width` mm."""
    n = len(lines[0])
    if size is None:
        size = 10.0 * width / s.textw("<" * n, "ocrb", 10.0)
    gap = gap or size * 0.3528 * 1.55
    for i, ln in enumerate(lines):
        s.text(x, y + i * gap, ln, "ocrb", size, color)


def passport_data_page(p, bad_mrz=None, cc=None, wear=0):
    """The data page of a TD3 passport (125 x 88 mm)."""
    cc = cc or p.nat
    spec = PASSPORTS[cc]
    pp = p.passport
    L = spec["labels"]
    date_style = spec["date"]
    surname = pp.get("surname", p.surname)
    given = pp.get("given", p.given)
    mrz = C.td3(
        "P",
        cc,
        surname,
        given,
        pp["number"],
        cc,
        p.dob,
        p.sex,
        pp["expiry"],
        pp.get("personal", ""),
        bad=bad_mrz,
    )
    r = ink.rng("pp", p.key)

    def draw(s):
        s.rect(0, 0, 125, 88, None, spec["tint"], 0)
        s.guilloche(0, 12, 125, 52, spec["guil"], n=22, lw=0.1, amp=4, seed=len(p.key))
        s.rosette(100, 40, 16, spec["guil"], n=12, lw=0.1)
        # header
        y = 4.6
        for i, h in enumerate(spec["head"]):
            font = "wqy" if any(ord(c) > 0x2E80 for c in h) else "sans-b"
            s.text(
                62.5, y, h, font, 6.2 if i == len(spec["head"]) - 1 else 5.5, spec["accent"], "c"
            )
            y += 2.9
        if spec.get("head_ar"):
            s.text(62.5, y + 0.6, spec["head_ar"], "amiri-b", 7, spec["accent"], "c")
            y += 3.4
        s.text(5, 12.6, spec["title"], "sans-b", 6.5, spec["accent"])
        if spec.get("title_ar"):
            s.text(120, 12.6, spec["title_ar"], "amiri-b", 8, spec["accent"], "r")
        # photo + ghost
        ink.portrait(s, 5, 17, 30, 39, p.key, p.sex, **p.face)
        ink.portrait(s, 104, 48, 12, 15, p.key, p.sex, grey=True, bg=spec["tint"], **p.face)
        x0, x1, x2 = 39, 57, 82
        vf = spec["vfont"]
        vs = 7.2 if vf != "wqy" else 6.6
        rows = [16.8]

        def row(key, val, x=x0, yy=None, font=None, size=None):
            yy = yy if yy is not None else rows[0]
            _label(s, x, yy, key, L)
            s.text(x, yy + 3.3, val, font or vf, size or vs, (15, 15, 20))

        row("type", "P")
        row("code", cc, x=x1)
        row("number", pp["number"], x=x2, font="ocrb", size=8)
        rows[0] += 6.35
        if cc == "CHN":
            row("surname", p.chinese["surname"] + "/" + surname)
            rows[0] += 6.35
            row("given", p.chinese["given"] + "/" + given)
        else:
            row("surname", pp.get("surname_print", surname))
            rows[0] += 6.35
            row("given", pp.get("given_print", given))
        rows[0] += 6.35
        row("nat", spec["nat_text"])
        rows[0] += 6.35
        row("dob", F.pass_date(p.dob, date_style))
        row("sex", ("女/F" if p.sex == "F" else "男/M") if cc == "CHN" else p.sex, x=x2 + 8)
        rows[0] += 6.35
        row("pob", pp.get("pob", p.birth_city.upper()))
        rows[0] += 6.35
        row("issue", F.pass_date(pp["issued"], date_style))
        row("authority", pp.get("authority", ""), x=x2 - 12, size=6.0)
        rows[0] += 6.35
        row("expiry", F.pass_date(pp["expiry"], date_style))
        # signature under the photo
        ink.signature(s, 6, 57, 26, 6, p.surname, ink.BLACK_INK, lw=0.22)
        # MRZ band
        s.rect(0, 68, 125, 20, None, (250, 250, 248), 0)
        mrz_block(s, 4.5, 75.5, mrz, 116)
        if wear:
            for k in range(wear):
                x = r.uniform(10, 110)
                s.line(x, 0, x + r.uniform(-6, 6), 88, (200, 200, 200), 0.15)

    fields = dict(
        surname=surname,
        given_names=given,
        document_number=pp["number"],
        nationality=cc,
        issuing_country=cc,
        date_of_birth=p.dob,
        expiry_date=pp["expiry"],
        sex=p.sex,
        mrz_valid=bad_mrz is None,
    )
    return Page(draw, 125, 88, spec["tint"]), fields, mrz


def facing_page(p, kind="observations", cc=None):
    """The page above the data page in an open booklet (125 x 88 mm)."""
    cc = cc or p.nat
    spec = PASSPORTS[cc]

    def draw(s):
        s.rect(0, 0, 125, 88, None, spec["tint"], 0)
        s.rosette(62.5, 44, 30, spec["guil"], n=20, lw=0.1)
        s.guilloche(0, 6, 125, 76, spec["guil"], n=16, lw=0.08, amp=3, seed=3)
        if kind == "observations":
            s.text(
                62.5,
                12,
                {
                    "BRA": "OBSERVAÇÕES / OBSERVATIONS",
                    "COL": "OBSERVACIONES",
                    "USA": "AMENDMENTS AND ENDORSEMENTS",
                    "GBR": "OBSERVATIONS",
                    "CHN": "备注 / OBSERVATIONS",
                }.get(cc, "OBSERVATIONS"),
                "wqy" if cc == "CHN" else "sans-b",
                6,
                spec["accent"],
                "c",
            )
        s.text(118, 84, "2", "sans", 6, GREY, "r")

    return Page(draw, 125, 88, spec["tint"])


def booklet(upper, lower):
    """An open passport: two pages one above the other (125 x 176 mm)."""

    def draw(s):
        s.image(upper.raster(300), 0, 0, 125, 88)
        s.image(lower.raster(300), 0, 88, 125, 88)
        s.line(0, 88, 125, 88, (150, 150, 150), 0.3)

    return Page(draw, 125, 176)


# --------------------------------------------------------------------- visa sticker


def visa_page(p, v, passport_cc=None):
    """A passport page bearing a French visa sticker (MRV-A, 120 x 80 mm), and
    often an entry stamp. v: dict(type 'D'/'C', number, valid_from, valid_until,
    duration, entries, issued_in, issued_on, remarks [lines], territory)."""
    cc = passport_cc or p.nat
    spec = PASSPORTS[cc]
    pp = p.passport
    surname = pp.get("surname", p.surname)
    given = pp.get("given", p.given)
    mrz = C.mrva(v["type"], "FRA", surname, given, pp["number"], cc, p.dob, p.sex, v["valid_until"])
    r = ink.rng("visa", p.key)

    def draw(s):
        s.rect(0, 0, 125, 88, None, spec["tint"], 0)
        s.guilloche(0, 4, 125, 80, spec["guil"], n=12, lw=0.08, amp=3, seed=7)
        ox, oy = 2.5, 4.0
        # sticker body
        s.rect(ox, oy, 120, 80, None, (247, 240, 246), 0)
        s.guilloche(ox, oy + 2, 120, 52, (215, 190, 215), n=26, lw=0.1, amp=2.5, seed=11)
        s.rosette(ox + 92, oy + 30, 15, (200, 185, 220), n=14, lw=0.1)
        s.text(ox + 4, oy + 6, "VISA", "sans-b", 9, (90, 60, 120))
        s.text(ox + 116, oy + 6, v["number"], "sans-b", 9, (200, 30, 40), "r")
        ink.portrait(s, ox + 3, oy + 15, 27, 34, p.key, p.sex, **p.face)
        s.text(ox + 16.5, oy + 53, "FRA", "sans-b", 7, (150, 120, 170), "c")
        lx = ox + 33
        lab = (90, 70, 110)
        val = (10, 10, 20)

        def f(x, y, label, value, vsize=7.2, font="sans-b"):
            s.text(x, y, label, "dejavu-c", 3.6, lab)
            s.text(x, y + 3.3, value, font, vsize, val)

        f(lx, oy + 10, "VALABLE POUR / VALID FOR", v.get("territory", "FRANCE"))
        f(lx, oy + 17, "DU / FROM", F.pass_date(v["valid_from"], "dash"))
        f(lx + 30, oy + 17, "AU / UNTIL", F.pass_date(v["valid_until"], "dash"))
        f(lx, oy + 24, "TYPE DE VISA / TYPE OF VISA", v["type"])
        f(lx + 30, oy + 24, "DURÉE DE SÉJOUR / DURATION OF STAY", v["duration"])
        f(lx + 62, oy + 24, "NB D'ENTRÉES / ENTRIES", v.get("entries", "MULT"))
        f(lx, oy + 31, "DÉLIVRÉ À / ISSUED IN", v["issued_in"])
        f(lx + 30, oy + 31, "LE / ON", F.pass_date(v["issued_on"], "dash"))
        f(lx + 56, oy + 31, "N° DE PASSEPORT / PASSPORT No.", pp["number"])
        f(lx, oy + 38, "NOM, PRÉNOM / SURNAME, NAME", "%s, %s" % (surname, given))
        s.text(lx, oy + 45, "REMARQUES / REMARKS", "dejavu-c", 3.6, lab)
        yy = oy + 48.5
        for ln in v.get("remarks", []):
            s.text(lx, yy, ln, "sans-b", 6.2, val)
            yy += 3.0
        s.rect(ox, oy + 60, 120, 20, None, (252, 250, 252), 0)
        mrz_block(s, ox + 2, oy + 67, mrz, 115)
        # entry stamp (airport), partly over the page edge
        if v.get("entry_stamp"):
            st = v["entry_stamp"]
            s.begin_layer(0.75, True)
            bx, by = 70 + r.uniform(-4, 4), 58 + r.uniform(-3, 3)
            s.rect(bx, by, 34, 17, ink.STAMP_BLUE, None, 0.4, r=2)
            s.text(
                bx + 17, by + 4.5, st.get("place", "ROISSY CDG"), "sans-b", 6, ink.STAMP_BLUE, "c"
            )
            s.text(
                bx + 17, by + 10, F.pass_date(st["date"], "dot"), "mono-b", 8, ink.STAMP_BLUE, "c"
            )
            s.text(
                bx + 17,
                by + 14.5,
                "F  ->  %s" % st.get("post", "2E 048"),
                "sans-b",
                5,
                ink.STAMP_BLUE,
                "c",
            )
            s.end_layer()

    vls = v["type"] == "D" and any("VLS-TS" in x for x in v.get("remarks", []))
    fields = dict(
        surname=surname,
        given_names=given,
        document_number=v["number"],
        passport_number=pp["number"],
        nationality=cc,
        issuing_country="FRA",
        date_of_birth=p.dob,
        expiry_date=v["valid_until"],
        sex=p.sex,
        mrz_valid=True,
        visa_type=v["type"],
        vls_ts=vls,
        category=v.get("category"),
        valid_from=v["valid_from"],
        valid_until=v["valid_until"],
    )
    return Page(draw, 125, 88, spec["tint"]), fields, mrz


# ------------------------------------------------------------- French residence permit

TS_TINT = (236, 238, 246)


def _fr_flag(s, x, y, w=6, h=4):
    s.rect(x, y, w / 3, h, None, (0, 35, 149), 0)
    s.rect(x + w / 3, y, w / 3, h, None, (250, 250, 250), 0)
    s.rect(x + 2 * w / 3, y, w / 3, h, None, (237, 41, 57), 0)


def residence_permit(p, t):
    """French titre de séjour (ID-1 card), front and back pages (85.6 x 54 mm).
    t: dict(number, title, mention, issued, expiry, authority, address, remarks, algerian)."""
    surname = t.get("surname", p.surname)
    given = t.get("given", p.given)
    mrz = C.td1(
        "IR",
        "FRA",
        t["number"],
        p.dob,
        p.sex,
        t["expiry"],
        p.nat,
        surname,
        given,
        opt1=t.get("opt1", ""),
    )

    def front(s):
        s.rect(0, 0, 85.6, 54, None, TS_TINT, 0)
        s.guilloche(0, 8, 85.6, 46, (190, 200, 225), n=20, lw=0.08, amp=2, seed=5)
        s.rosette(66, 32, 13, (205, 190, 220), n=12, lw=0.08)
        _fr_flag(s, 3, 2.5)
        s.text(10.5, 5.6, "RÉPUBLIQUE FRANÇAISE", "sans-b", 5.2, (20, 30, 90))
        s.text(83, 4.2, "TITRE DE SÉJOUR", "sans-b", 5.4, (20, 30, 90), "r")
        s.text(83, 7.0, "RESIDENCE PERMIT", "sans", 4.2, (20, 30, 90), "r")
        ink.portrait(s, 3, 11, 21, 27, p.key, p.sex, **p.face)
        x = 27
        lab = (70, 80, 120)

        def f(y, label, value, size=5.6, xx=x, font="sans-b"):
            s.text(xx, y, label, "dejavu-c", 2.9, lab)
            s.text(xx, y + 2.6, value, font, size, (10, 10, 20))

        f(11.5, "NOM / Surname", surname)
        if t.get("usage"):
            s.text(
                x + s.textw(surname, "sans-b", 5.6) + 2, 14.1, t["usage"], "sans", 4.6, (10, 10, 20)
            )
        f(17.0, "Prénoms / Given names", given)
        f(22.5, "Sexe / Sex", p.sex, xx=x)
        f(22.5, "Nationalité / Nationality", p.nat, xx=x + 14)
        f(22.5, "Date de naissance / Date of birth", F.pass_date(p.dob, "space"), xx=x + 36)
        f(28.0, "Type de titre / Type of permit", t["title"], size=4.8)
        f(33.5, "Remarques / Remarks", t.get("mention", ""), size=4.8)
        f(39.0, "Date d'expiration / Date of expiry", F.pass_date(t["expiry"], "space"))
        f(39.0, "N° du titre / Document No.", t["number"], xx=x + 33, font="ocrb")
        s.text(3, 44, "Signature du titulaire / Holder's signature", "dejavu-c", 2.6, lab)
        ink.signature(s, 4, 45, 22, 6, surname, ink.BLACK_INK, lw=0.18)
        s.text(82, 51.5, "FRA", "sans-b", 6, (140, 150, 190), "r")

    def back(s):
        s.rect(0, 0, 85.6, 54, None, TS_TINT, 0)
        s.guilloche(0, 2, 85.6, 30, (190, 200, 225), n=14, lw=0.08, amp=2, seed=9)
        lab = (70, 80, 120)

        def f(x, y, label, value, size=5.0):
            s.text(x, y, label, "dejavu-c", 2.9, lab)
            s.text(x, y + 2.5, value, "sans-b", size, (10, 10, 20))

        f(
            3,
            4.5,
            "Lieu de naissance / Place of birth",
            "%s (%s)" % (p.birth_city.upper(), p.birth_country),
        )
        f(3, 10.0, "Adresse / Address", t["address"][0], 4.6)
        s.text(3, 15.0, t["address"][1], "sans-b", 4.6, (10, 10, 20))
        f(
            3,
            19.5,
            "Date et lieu de délivrance / Date and place of issue",
            "%s  %s" % (F.pass_date(t["issued"], "space"), t["authority"]),
            4.6,
        )
        yy = 25.5
        for ln in t.get("remarks", []):
            s.text(3, yy, ln, "sans", 4.3, (10, 10, 20))
            yy += 2.6
        s.rect(0, 33, 85.6, 21, None, (248, 248, 250), 0)
        mrz_block(s, 3, 38.5, mrz, 79.5, gap=5.6)

    fields = dict(
        surname=surname,
        given_names=given,
        document_number=t["number"],
        nationality=p.nat,
        issuing_country="FRA",
        date_of_birth=p.dob,
        expiry_date=t["expiry"],
        sex=p.sex,
        mrz_valid=True,
    )
    return Page(front, 85.6, 54, TS_TINT), Page(back, 85.6, 54, TS_TINT), fields, mrz


# --------------------------------------------------------------- French CNI (host)


def french_cni(h):
    """Carte nationale d'identité (2021 model), front and back.
    h: person-like with surname, given, sex, dob, birth_city, cni dict(number, expiry,
    issued, address, usage)."""
    c = h.cni
    mrz = C.td1("ID", "FRA", c["number"], h.dob, h.sex, c["expiry"], "FRA", h.surname, h.given)
    tint = (232, 238, 246)

    def front(s):
        s.rect(0, 0, 85.6, 54, None, tint, 0)
        s.guilloche(0, 6, 85.6, 48, (180, 200, 225), n=22, lw=0.08, amp=2, seed=2)
        s.rosette(60, 30, 12, (230, 190, 200), n=10, lw=0.08)
        _fr_flag(s, 3, 2.2)
        s.text(10.5, 5.4, "RÉPUBLIQUE FRANÇAISE", "sans-b", 5.0, (20, 40, 100))
        s.text(83, 4.0, "CARTE NATIONALE D'IDENTITÉ", "sans-b", 4.6, (20, 40, 100), "r")
        s.text(83, 6.6, "IDENTITY CARD", "sans", 3.8, (20, 40, 100), "r")
        ink.portrait(s, 3, 10, 22, 28, h.key, h.sex, **h.face)
        x = 28
        lab = (70, 90, 130)

        def f(y, label, value, xx=x, size=5.6, font="sans-b"):
            s.text(xx, y, label, "dejavu-c", 2.8, lab)
            s.text(xx, y + 2.6, value, font, size, (10, 10, 20))

        f(10.5, "NOM / Surname", h.surname)
        if c.get("usage"):
            f(15.8, "Nom d'usage / Usage name", c["usage"])
            y0 = 21.1
        else:
            y0 = 15.8
        f(y0, "Prénoms / Given names", h.given.replace(" ", ", "))
        f(y0 + 5.3, "SEXE / Sex", h.sex)
        f(y0 + 5.3, "NATIONALITÉ / Nationality", "FRA", xx=x + 12)
        f(y0 + 5.3, "DATE DE NAISS. / Date of birth", F.pass_date(h.dob, "space"), xx=x + 33)
        f(y0 + 10.6, "LIEU DE NAISSANCE / Place of birth", h.birth_city.upper())
        f(y0 + 15.9, "N° DU DOCUMENT / Document No.", c["number"], font="ocrb")
        f(y0 + 15.9, "DATE D'EXPIR. / Expiry date", F.pass_date(c["expiry"], "space"), xx=x + 33)
        ink.signature(s, 4, 41, 20, 7, h.surname, ink.BLACK_INK, lw=0.18)

    def back(s):
        s.rect(0, 0, 85.6, 54, None, tint, 0)
        s.guilloche(0, 2, 85.6, 30, (180, 200, 225), n=14, lw=0.08, amp=2, seed=4)
        lab = (70, 90, 130)
        s.text(3, 5, "ADRESSE / Address", "dejavu-c", 2.8, lab)
        s.text(3, 8, c["address"][0], "sans-b", 4.8, (10, 10, 20))
        s.text(3, 11, c["address"][1], "sans-b", 4.8, (10, 10, 20))
        s.text(3, 16, "DATE DE DÉLIVRANCE / Date of issue", "dejavu-c", 2.8, lab)
        s.text(3, 19, F.pass_date(c["issued"], "space"), "sans-b", 4.8, (10, 10, 20))
        s.text(40, 16, "AUTORITÉ / Authority", "dejavu-c", 2.8, lab)
        s.text(40, 19, c.get("authority", "Préfecture de Paris"), "sans-b", 4.4, (10, 10, 20))
        s.rect(0, 33, 85.6, 21, None, (248, 248, 250), 0)
        mrz_block(s, 3, 38.5, mrz, 79.5, gap=5.6)

    fields = dict(
        surname=h.surname,
        given_names=h.given,
        document_number=c["number"],
        nationality="FRA",
        issuing_country="FRA",
        date_of_birth=h.dob,
        expiry_date=c["expiry"],
        sex=h.sex,
        mrz_valid=True,
    )
    return Page(front, 85.6, 54, tint), Page(back, 85.6, 54, tint), fields, mrz


# ------------------------------------------------------------------ EU ID cards


def italian_cie(p, c):
    mrz = C.td1("CI", "ITA", c["number"], p.dob, p.sex, c["expiry"], "ITA", p.surname, p.given)
    tint = (236, 240, 246)

    def front(s):
        s.rect(0, 0, 85.6, 54, None, tint, 0)
        s.guilloche(0, 9, 85.6, 45, (190, 205, 225), n=18, lw=0.08, amp=2, seed=8)
        s.rect(0, 0, 85.6, 8.5, None, (30, 90, 160), 0)
        s.text(3, 3.8, "REPUBBLICA ITALIANA", "sans-b", 4.8, (255, 255, 255))
        s.text(3, 6.9, "MINISTERO DELL'INTERNO", "sans", 3.2, (230, 235, 245))
        s.text(83, 3.6, "CARTA DI IDENTITÀ", "sans-b", 4.6, (255, 255, 255), "r")
        s.text(83, 6.8, "IDENTITY CARD", "sans", 3.4, (230, 235, 245), "r")
        s.text(83, 12, c["number"], "ocrb", 7, (200, 30, 40), "r")
        ink.portrait(s, 3, 12, 22, 28, p.key, p.sex, **p.face)
        x = 28
        lab = (60, 80, 120)

        def f(y, label, value, xx=x, size=5.2):
            s.text(xx, y, label, "dejavu-c", 2.7, lab)
            s.text(xx, y + 2.5, value, "sans-b", size, (10, 10, 20))

        f(14.5, "COMUNE DI / MUNICIPALITY", c["municipality"])
        f(19.5, "COGNOME / SURNAME", p.surname)
        f(24.5, "NOME / NAME", p.given)
        f(
            29.5,
            "LUOGO E DATA DI NASCITA / PLACE AND DATE OF BIRTH",
            "%s (%s) %s" % (p.birth_city.upper(), c["prov"], F.pass_date(p.dob, "dot")),
        )
        f(34.5, "SESSO / SEX", p.sex)
        f(34.5, "STATURA / HEIGHT", str(c.get("height", 165)), xx=x + 16)
        f(34.5, "CITTADINANZA / NATIONALITY", "ITA", xx=x + 34)
        f(39.5, "EMISSIONE / ISSUING", F.pass_date(c["issued"], "dot"))
        f(39.5, "SCADENZA / EXPIRY", F.pass_date(c["expiry"], "dot"), xx=x + 26)
        s.text(3, 45, "FIRMA DEL TITOLARE / HOLDER'S SIGNATURE", "dejavu-c", 2.5, lab)
        ink.signature(s, 4, 46, 22, 6, p.surname, ink.BLACK_INK, lw=0.18)

    def back(s):
        s.rect(0, 0, 85.6, 54, None, tint, 0)
        lab = (60, 80, 120)
        s.text(3, 5, "CODICE FISCALE / FISCAL CODE", "dejavu-c", 2.7, lab)
        s.text(3, 8, c["cf"], "sans-b", 5, (10, 10, 20))
        s.text(3, 12.5, "INDIRIZZO DI RESIDENZA / RESIDENCE", "dejavu-c", 2.7, lab)
        s.text(3, 15.5, c["residence"], "sans-b", 4.6, (10, 10, 20))
        s.text(3, 20, "ESTREMI ATTO DI NASCITA", "dejavu-c", 2.7, lab)
        s.text(3, 23, c["birth_act"], "sans-b", 4.6, (10, 10, 20))
        s.rect(0, 33, 85.6, 21, None, (248, 248, 250), 0)
        mrz_block(s, 3, 38.5, mrz, 79.5, gap=5.6)

    fields = dict(
        surname=p.surname,
        given_names=p.given,
        document_number=c["number"],
        nationality="ITA",
        issuing_country="ITA",
        date_of_birth=p.dob,
        expiry_date=c["expiry"],
        sex=p.sex,
        mrz_valid=True,
    )
    return Page(front, 85.6, 54, tint), Page(back, 85.6, 54, tint), fields, mrz


def spanish_dni(p, c):
    dni = c["dni"] + C.dni_letter(c["dni"])
    mrz = C.td1(
        "ID", "ESP", c["support"], p.dob, p.sex, c["expiry"], "ESP", p.surname, p.given, opt1=dni
    )
    tint = (242, 236, 230)

    def front(s):
        s.rect(0, 0, 85.6, 54, None, tint, 0)
        s.guilloche(0, 7, 85.6, 47, (215, 195, 185), n=18, lw=0.08, amp=2, seed=12)
        s.text(3, 4.5, "ESPAÑA", "sans-b", 6, (170, 20, 30))
        s.text(22, 4.3, "REINO DE ESPAÑA", "sans", 3.6, (170, 20, 30))
        s.text(83, 4.3, "DOCUMENTO NACIONAL DE IDENTIDAD", "sans-b", 3.8, (60, 40, 40), "r")
        s.text(83, 9, "DNI " + dni, "sans-b", 5.6, (10, 10, 20), "r")
        ink.portrait(s, 3, 10, 22, 28, p.key, p.sex, **p.face)
        x = 28
        lab = (120, 80, 70)

        def f(y, label, value, xx=x, size=5.2):
            s.text(xx, y, label, "dejavu-c", 2.7, lab)
            s.text(xx, y + 2.5, value, "sans-b", size, (10, 10, 20))

        f(13, "APELLIDOS / SURNAME", p.surname)
        f(18, "NOMBRE / NAME", p.given)
        f(23, "SEXO / SEX", p.sex)
        f(23, "NACIONALIDAD / NATIONALITY", "ESP", xx=x + 16)
        f(28, "FECHA DE NACIMIENTO / DATE OF BIRTH", F.pass_date(p.dob, "space"))
        f(33, "IDESP", c["support"])
        f(33, "VALIDEZ / VALID UNTIL", F.pass_date(c["expiry"], "space"), xx=x + 26)
        ink.signature(s, 30, 40, 26, 8, p.surname, ink.BLACK_INK, lw=0.18)

    def back(s):
        s.rect(0, 0, 85.6, 54, None, tint, 0)
        lab = (120, 80, 70)
        s.text(3, 5, "LUGAR DE NACIMIENTO", "dejavu-c", 2.7, lab)
        s.text(3, 8, "%s (%s)" % (p.birth_city.upper(), c["prov"]), "sans-b", 4.8, (10, 10, 20))
        s.text(3, 12.5, "DOMICILIO", "dejavu-c", 2.7, lab)
        s.text(3, 15.5, c["domicilio"], "sans-b", 4.6, (10, 10, 20))
        s.text(3, 20, "HIJO/A DE", "dejavu-c", 2.7, lab)
        s.text(3, 23, c["parents"], "sans-b", 4.6, (10, 10, 20))
        s.rect(0, 33, 85.6, 21, None, (248, 248, 250), 0)
        mrz_block(s, 3, 38.5, mrz, 79.5, gap=5.6)

    fields = dict(
        surname=p.surname,
        given_names=p.given,
        document_number=c["support"],
        nationality="ESP",
        issuing_country="ESP",
        date_of_birth=p.dob,
        expiry_date=c["expiry"],
        sex=p.sex,
        mrz_valid=True,
        dni_number=dni,
    )
    return Page(front, 85.6, 54, tint), Page(back, 85.6, 54, tint), fields, mrz
