"""Birth certificates (several national styles), apostilles (Hague 1961 model, 10 fields), translations."""

from __future__ import annotations

from . import dates
from .core import Page, rng_for

LABELS = {
    "en": [
        "Name of child",
        "Surname",
        "Given names",
        "Sex",
        "Date of birth",
        "Place of birth",
        "Father",
        "Mother",
        "Registration number",
        "Date of registration",
        "Registrar",
    ],
    "es": [
        "Datos del inscrito",
        "Apellidos",
        "Nombres",
        "Sexo",
        "Fecha de nacimiento",
        "Lugar de nacimiento",
        "Padre",
        "Madre",
        "Número de acta",
        "Fecha de inscripción",
        "Oficial del Registro Civil",
    ],
    "pt": [
        "Dados do registrado",
        "Sobrenome",
        "Nome",
        "Sexo",
        "Data de nascimento",
        "Local de nascimento",
        "Pai",
        "Mãe",
        "Matrícula",
        "Data do registro",
        "Oficial de Registro Civil",
    ],
    "fr": [
        "Enfant",
        "Nom",
        "Prénoms",
        "Sexe",
        "Date de naissance",
        "Lieu de naissance",
        "Père",
        "Mère",
        "N° d'acte",
        "Date de l'acte",
        "L'officier de l'état civil",
    ],
    "uk": [
        "Дитина / Child",
        "Прізвище / Surname",
        "Ім'я, по батькові / Given names",
        "Стать / Sex",
        "Дата народження / Date of birth",
        "Місце народження / Place of birth",
        "Батько / Father",
        "Мати / Mother",
        "Актовий запис № / Record no.",
        "Дата реєстрації / Registered",
        "Орган реєстрації / Registrar",
    ],
    "mn": [
        "Төрсөн хүн / Person",
        "Овог / Surname",
        "Нэр / Given name",
        "Хүйс / Sex",
        "Төрсөн огноо / Date of birth",
        "Төрсөн газар / Place of birth",
        "Эцэг / Father",
        "Эх / Mother",
        "Бүртгэлийн дугаар / Reg. no.",
        "Бүртгэсэн огноо / Registered",
        "Бүртгэгч / Registrar",
    ],
    "zh": [
        "出生人 / Person",
        "姓 / Surname",
        "名 / Given name",
        "性别 / Sex",
        "出生日期 / Date of birth",
        "出生地点 / Place of birth",
        "父亲 / Father",
        "母亲 / Mother",
        "公证书编号 / Certificate no.",
        "日期 / Date",
        "公证员 / Notary",
    ],
    "ja": [
        "本人 / Person",
        "氏 / Surname",
        "名 / Given name",
        "性別 / Sex",
        "生年月日 / Date of birth",
        "出生地 / Place of birth",
        "父 / Father",
        "母 / Mother",
        "本籍 / Register no.",
        "届出日 / Registered",
        "市区町村長 / Mayor",
    ],
    "ru": [
        "Ребёнок / Child",
        "Фамилия / Surname",
        "Имя, отчество / Given names",
        "Пол / Sex",
        "Дата рождения / Date of birth",
        "Место рождения / Place of birth",
        "Отец / Father",
        "Мать / Mother",
        "Запись акта № / Record no.",
        "Дата регистрации / Registered",
        "Орган ЗАГС / Registry office",
    ],
    "tr": [
        "1. Soyadı / Nom / Surname",
        "2. Adı / Prénoms / Forenames",
        "3. Cinsiyeti / Sexe / Sex",
        "4. Doğum tarihi / Date de naissance / Date of birth",
        "5. Doğum yeri / Lieu / Place",
        "6. Baba / Père / Father",
        "7. Ana / Mère / Mother",
    ],
    "pl": [
        "1. Nazwisko / Nom / Surname",
        "2. Imiona / Prénoms / Forenames",
        "3. Płeć / Sexe / Sex",
        "4. Data urodzenia / Date de naissance / Date of birth",
        "5. Miejsce urodzenia / Lieu / Place",
        "6. Ojciec / Père / Father",
        "7. Matka / Mère / Mother",
    ],
}
SEX = {
    "en": ("Male", "Female"),
    "es": ("Masculino", "Femenino"),
    "pt": ("Masculino", "Feminino"),
    "fr": ("Masculin", "Féminin"),
    "uk": ("Чол. / M", "Жін. / F"),
    "mn": ("Эр / M", "Эм / F"),
    "zh": ("男 / M", "女 / F"),
    "pl": ("M", "K / F"),
    "ja": ("男 / M", "女 / F"),
    "ru": ("Муж. / M", "Жен. / F"),
    "tr": ("E / M", "K / F"),
}


ISO639 = {
    "en": "eng",
    "fr": "fra",
    "es": "spa",
    "pt": "por",
    "uk": "ukr",
    "mn": "mon",
    "zh": "zho",
    "pl": "pol",
    "ja": "jpn",
    "ru": "rus",
    "tr": "tur",
}


def _date(lang, iso):
    return {
        "en": dates.en_words,
        "es": dates.es_words,
        "pt": dates.pt_words,
        "fr": dates.fr_words,
    }.get(lang, dates.fr)(iso)


def birth_certificate(b: dict):
    """b: style (table|narrative|ornate|extract|bilingual), lang, country, authority lines, surname, given,
    sex, dob, pob, father, mother, reg_no, reg_date, issued_on, seed."""
    style = b.get("style", "table")
    lang = b.get("lang", "en")
    r = rng_for("bc", b["surname"], b.get("seed", 0))
    pg = Page(210, 297, bg=b.get("paper", (255, 255, 255)))
    L = LABELS[lang]
    sex = SEX[lang][0 if b["sex"] == "M" else 1]
    cyr, cjk = ("uk", "mn", "ru", "tr"), ("zh", "ja")
    font = b.get("font", "dejavu" if lang in cyr else ("cjk" if lang in cjk else "serif"))
    bfont = b.get("bfont", "dejavub" if lang in cyr else ("cjk" if lang in cjk else "serifb"))
    head = b.get("header", [])
    y = 22
    if style == "ornate":
        pg.rect(10, 10, 190, 277, (120, 90, 40), None, 1.6)
        pg.rect(13, 13, 184, 271, (120, 90, 40), None, 0.4)
    for i, ln in enumerate(head):
        pg.text(105, y, ln, bfont if i == 0 else font, 12 if i == 0 else 9.5, (20, 20, 20), "c")
        y += 6 if i == 0 else 5
    y += 4
    title = b.get("title", "CERTIFICATE OF BIRTH")
    pg.text(105, y + 4, title, bfont, 16, b.get("title_color", (20, 20, 60)), "c")
    y += 16
    dob_txt = b.get("dob_text") or _date(lang, b["dob"])
    if style in ("table", "ornate", "bilingual"):
        rows = [
            (L[1], b["surname"]),
            (L[2], b["given"]),
            (L[3], sex),
            (L[4], dob_txt),
            (L[5], b["pob"]),
            (L[6], b.get("father", "")),
            (L[7], b.get("mother", "")),
            (L[8], b.get("reg_no", "")),
            (
                L[9],
                _date(lang, b["reg_date"])
                if lang in ("en", "es", "pt", "fr")
                else dates.fr(b["reg_date"]),
            ),
        ]
        pg.text(20, y, L[0], bfont, 10.5)
        y += 4
        lw = b.get("label_w", 62)
        for lab, val in rows:
            pg.rect(20, y, 170, 10, (60, 60, 60), None, 0.3)
            pg.rect(20, y, lw, 10, None, (238, 238, 238) if style != "ornate" else (246, 240, 224))
            pg.rect(20, y, lw, 10, (60, 60, 60), None, 0.3)
            pg.text(22, y + 6.5, lab, font, 8.5 if len(lab) < 34 else 7)
            pg.text(22 + lw + 2, y + 6.8, val, bfont, 10.5)
            y += 10
        y += 10
    elif style == "narrative":
        art = b.get("narrative") or (
            f"Le {dates.fr_words(b['dob'])}, est né(e) à {b['pob']} : {b['given']} {b['surname']}, de sexe "
            f"{sex.lower()}, fils/fille de {b.get('father', '')} et de {b.get('mother', '')}."
        )
        pg.text(20, y, f"{L[8]} : {b.get('reg_no', '')}", bfont, 10)
        y = pg.para(20, y + 10, 170, art, font, 11.5, lead=1.6) + 8
        pg.text(20, y, f"{L[1]} : {b['surname']}", bfont, 11)
        pg.text(20, y + 7, f"{L[2]} : {b['given']}", bfont, 11)
        pg.text(20, y + 14, f"{L[4]} : {dates.fr(b['dob'])}", bfont, 11)
        y += 30
        for m in b.get("mentions", ["Mentions marginales : néant."]):
            y = pg.para(20, y, 170, m, font, 9.5) + 3
        y += 6
    elif style == "extract":
        pg.text(
            105,
            y - 6,
            "Extrait plurilingue d'acte de naissance (Convention CIEC n° 16)",
            font,
            9,
            anchor="c",
        )
        vals = [
            b["surname"],
            b["given"],
            sex,
            dates.fr(b["dob"]),
            b["pob"],
            b.get("father", ""),
            b.get("mother", ""),
        ]
        for lab, val in zip(L, vals):
            pg.text(20, y, lab, font, 8, (60, 60, 60))
            pg.rect(20, y + 1.5, 170, 9, (80, 80, 80), None, 0.3)
            pg.text(23, y + 8, val, "mono", 11)
            y += 15
        y += 6
    place = b.get("issued_at", "")
    issued = b.get("issued_label", "Issued at {place} on {date}")
    pg.text(
        20,
        y,
        issued.format(place=place, date=b.get("issued_text") or dates.fr(b["issued_on"])),
        font,
        10,
    )
    y += 10
    pg.text(
        130,
        y,
        L[10] if len(L) > 10 else b.get("registrar", "Kierownik USC / Officier"),
        font,
        9,
        anchor="c",
    )
    pg.signature(108, y + 3, 44, 14, "bcs" + b["surname"] + str(b.get("seed", 0)), (25, 25, 90))
    pg.stamp(
        60,
        y + 14,
        15,
        b.get("stamp", ["REGISTRO", "CIVIL"]),
        (90, 40, 130) if r.random() < 0.5 else (40, 70, 140),
    )
    if b.get("footer"):
        pg.para(20, 275, 170, b["footer"], font, 7, (90, 90, 90))
    fields = {
        "surname": b["surname"],
        "given_names": b["given"],
        "date_of_birth": b["dob"],
        "place_of_birth": b["pob"],
        "issuing_country": b["country"],
        "language": b.get("language", ISO639.get(lang, lang)),
        "has_apostille": False,
    }
    return pg, fields


APO = {
    "en": [
        "Country:",
        "This public document",
        "has been signed by",
        "acting in the capacity of",
        "bears the seal/stamp of",
        "Certified",
        "at",
        "the",
        "by",
        "No",
        "Seal/stamp:",
        "Signature:",
    ],
    "es": [
        "País:",
        "El presente documento público",
        "ha sido firmado por",
        "quien actúa en calidad de",
        "y está revestido del sello/timbre de",
        "Certificado",
        "en",
        "el día",
        "por",
        "bajo el número",
        "Sello/timbre:",
        "Firma:",
    ],
    "pt": [
        "País:",
        "Este documento público",
        "foi assinado por",
        "na qualidade de",
        "tem o selo/carimbo de",
        "Reconhecido",
        "em",
        "no dia",
        "por",
        "sob o nº",
        "Selo/carimbo:",
        "Assinatura:",
    ],
    "fr": [
        "Pays :",
        "Le présent acte public",
        "a été signé par",
        "agissant en qualité de",
        "est revêtu du sceau / timbre de",
        "Attesté",
        "à",
        "le",
        "par",
        "sous n°",
        "Sceau / timbre :",
        "Signature :",
    ],
}


def apostille(a: dict):
    """a: lang, country_name, country (alpha-3), signer, capacity, seal_of, at, on, by, number, seed."""
    lang = a.get("lang", "en")
    L = APO[lang]
    pg = Page(210, 297)
    x0, y0, w = 35, 40, 140
    pg.rect(x0, y0, w, 150, (20, 20, 20), None, 0.6)
    pg.text(105, y0 + 12, "APOSTILLE", "serifb", 20, anchor="c")
    pg.text(105, y0 + 19, "(Convention de La Haye du 5 octobre 1961)", "serifi", 9.5, anchor="c")
    rows = [
        (f"1. {L[0]}", a["country_name"]),
        (f"   {L[1]}", ""),
        (f"2. {L[2]}", a["signer"]),
        (f"3. {L[3]}", a["capacity"]),
        (f"4. {L[4]}", a["seal_of"]),
        (f"   {L[5]}", ""),
        (f"5. {L[6]}", a["at"]),
        (f"6. {L[7]}", dates.fr(a["on"])),
        (f"7. {L[8]}", a["by"]),
        (f"8. {L[9]}", a["number"]),
    ]
    y = y0 + 30
    for lab, val in rows:
        pg.text(x0 + 5, y, lab, "serif", 9.5)
        if val:
            pg.text(x0 + 62, y, val, "sansb", 9.5 if len(val) < 34 else 7.8)
            pg.line(x0 + 61, y + 1, x0 + w - 4, y + 1, (150, 150, 150), 0.2)
        y += 8.5
    pg.text(x0 + 5, y + 6, f"9. {L[10]}", "serif", 9.5)
    pg.text(x0 + 75, y + 6, f"10. {L[11]}", "serif", 9.5)
    pg.stamp(
        x0 + 35,
        y + 24,
        14,
        [a.get("stamp", a["country_name"][:16]).upper(), "APOSTILLE"],
        (150, 30, 40),
    )
    pg.signature(x0 + 80, y + 12, 45, 16, "apo" + a["number"], (20, 20, 100))
    if a.get("barcode"):
        for i in range(40):
            if (i * 7 + len(a["number"])) % 3:
                pg.rect(x0 + 10 + i * 1.2, y0 + 135, 0.7, 9, None, (0, 0, 0))
    fields = {
        "country": a["country"],
        "issued_on": a["on"],
        "number": a["number"],
        "signed_by": a["by"],
    }
    return pg, fields


def translation(t: dict):
    """A sworn translation (traduction certifiée conforme) of a birth certificate into French."""
    pg = Page(210, 297)
    pg.text(20, 20, t.get("translator", "Cabinet de traduction"), "sansb", 11)
    pg.text(
        20,
        25,
        "Traductrice-interprète expert près la Cour d'appel de " + t.get("court", "Paris"),
        "sans",
        8.5,
    )
    pg.text(20, 29, t.get("taddr", ""), "sans", 8.5)
    pg.text(105, 45, "TRADUCTION CERTIFIÉE CONFORME", "sansb", 13, anchor="c")
    pg.text(105, 51, f"de l'original rédigé en langue {t['from_lang']}", "sansi", 9, anchor="c")
    y = 64
    pg.text(20, y, t.get("title_fr", "ACTE DE NAISSANCE"), "sansb", 12)
    y += 10
    rows = [
        ("Nom", t["surname"]),
        ("Prénoms", t["given"]),
        ("Sexe", t["sex_fr"]),
        ("Date de naissance", dates.fr_words(t["dob"])),
        ("Lieu de naissance", t["pob"]),
        ("Père", t.get("father", "")),
        ("Mère", t.get("mother", "")),
        ("N° d'enregistrement", t.get("reg_no", "")),
    ]
    for lab, val in rows:
        pg.text(24, y, lab + " :", "sans", 10)
        pg.text(75, y, val, "sansb", 10)
        y += 7.5
    y += 6
    y = (
        pg.para(
            20, y, 170, "[Cachet rond de l'autorité d'émission] [Signature illisible]", "sansi", 9
        )
        + 8
    )
    y = pg.para(
        20,
        y,
        170,
        "Je soussignée, traductrice-interprète expert, certifie que la présente traduction est "
        "conforme à l'original qui m'a été présenté. Traduction n° " + t.get("number", "") + ".",
        "sans",
        9.5,
    )
    pg.text(
        120, y + 12, "Fait à " + t.get("court", "Paris") + ", le " + dates.fr(t["on"]), "sans", 9.5
    )
    pg.stamp(
        60,
        y + 30,
        16,
        ["TRADUCTEUR", "EXPERT", "C.A. " + t.get("court", "PARIS").upper()],
        (30, 60, 150),
    )
    pg.signature(120, y + 18, 45, 16, "tr" + t["surname"], (20, 20, 100))
    return pg, {}
