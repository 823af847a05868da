"""Builders of identity and residence documents: passports, identity cards, visas, residence
permits and récépissés. Each returns (pages, fields, kind)."""

import datetime as dt

import ids

D = dt.date

LABELS = {
    "en": [
        "Type",
        "Code",
        "Passport No.",
        "Surname",
        "Given names",
        "Nationality",
        "Date of birth",
        "Sex",
        "Place of birth",
        "Date of issue",
        "Date of expiry",
        "Authority",
        "Holder's signature",
    ],
    "fr": [
        "Type/Type",
        "Code du pays/Country code",
        "Passeport N°/Passport No.",
        "Nom/Surname",
        "Prénoms/Given names",
        "Nationalité/Nationality",
        "Date de naissance/Date of birth",
        "Sexe/Sex",
        "Lieu de naissance/Place of birth",
        "Date de délivrance/Date of issue",
        "Date d'expiration/Date of expiry",
        "Autorité/Authority",
        "Signature du titulaire",
    ],
    "es": [
        "Tipo/Type",
        "Código/Code",
        "Pasaporte No./Passport No.",
        "Apellidos/Surname",
        "Nombres/Given names",
        "Nacionalidad/Nationality",
        "Fecha de nacimiento/Date of birth",
        "Sexo/Sex",
        "Lugar de nacimiento/Place of birth",
        "Fecha de expedición/Date of issue",
        "Fecha de vencimiento/Date of expiry",
        "Autoridad/Authority",
        "Firma del titular",
    ],
    "pt": [
        "Tipo/Type",
        "Código/Code",
        "Passaporte Nº/Passport No.",
        "Sobrenome/Surname",
        "Nome/Given names",
        "Nacionalidade/Nationality",
        "Data de nascimento/Date of birth",
        "Sexo/Sex",
        "Local de nascimento/Place of birth",
        "Data de expedição/Date of issue",
        "Válido até/Date of expiry",
        "Autoridade/Authority",
        "Assinatura do titular",
    ],
    "uk": [
        "Тип/Type",
        "Код/Code",
        "Паспорт №/Passport No.",
        "Прізвище/Surname",
        "Ім'я/Given names",
        "Громадянство/Nationality",
        "Дата народження/Date of birth",
        "Стать/Sex",
        "Місце народження/Place of birth",
        "Дата видачі/Date of issue",
        "Дійсний до/Date of expiry",
        "Орган, що видав/Authority",
        "Підпис/Signature",
    ],
    "tr": [
        "Tipi/Type",
        "Ülke kodu/Code",
        "Pasaport No/Passport No",
        "Soyadı/Surname",
        "Adı/Given names",
        "Uyruğu/Nationality",
        "Doğum tarihi/Date of birth",
        "Cinsiyeti/Sex",
        "Doğum yeri/Place of birth",
        "Veriliş tarihi/Date of issue",
        "Geçerlilik tarihi/Date of expiry",
        "Makam/Authority",
        "İmza/Signature",
    ],
    "zh": [
        "类型/Type",
        "国家码/Code",
        "护照号/Passport No.",
        "姓/Surname",
        "名/Given names",
        "国籍/Nationality",
        "出生日期/Date of birth",
        "性别/Sex",
        "出生地点/Place of birth",
        "签发日期/Date of issue",
        "有效期至/Date of expiry",
        "签发机关/Authority",
        "",
    ],
}
KEYS = [
    "type",
    "code",
    "number",
    "surname",
    "given",
    "nationality",
    "dob",
    "sex",
    "pob",
    "issue",
    "expiry",
    "authority",
    "holder_sig",
]
PASS_STYLE = {
    "USA": ("en", "UNITED STATES OF AMERICA", "PASSPORT", (232, 236, 245), "en"),
    "GBR": (
        "en",
        "UNITED KINGDOM OF GREAT BRITAIN AND NORTHERN IRELAND",
        "PASSPORT",
        (240, 232, 240),
        "bi",
    ),
    "MAR": ("fr", "ROYAUME DU MAROC", "PASSEPORT / PASSPORT", (236, 240, 230), "dot"),
    "TUN": ("fr", "RÉPUBLIQUE TUNISIENNE", "PASSEPORT / PASSPORT", (240, 236, 228), "slash"),
    "IND": ("en", "REPUBLIC OF INDIA", "PASSPORT", (238, 240, 232), "slash"),
    "BRA": ("pt", "REPÚBLICA FEDERATIVA DO BRASIL", "PASSAPORTE / PASSPORT", (228, 238, 240), "en"),
    "COL": ("es", "REPÚBLICA DE COLOMBIA", "PASAPORTE / PASSPORT", (242, 238, 224), "en"),
    "MEX": ("es", "ESTADOS UNIDOS MEXICANOS", "PASAPORTE / PASSPORT", (230, 240, 234), "en"),
    "PER": ("es", "REPÚBLICA DEL PERÚ", "PASAPORTE / PASSPORT", (242, 234, 232), "en"),
    "UKR": ("uk", "УКРАЇНА / UKRAINE", "ПАСПОРТ / PASSPORT", (232, 238, 246), "en"),
    "TUR": ("tr", "TÜRKİYE CUMHURİYETİ", "PASAPORT / PASSPORT", (244, 236, 236), "dot"),
    "PHL": ("en", "REPUBLIKA NG PILIPINAS", "PASAPORTE / PASSPORT", (236, 236, 246), "en"),
    "CHN": (
        "zh",
        "中华人民共和国 PEOPLE'S REPUBLIC OF CHINA",
        "护照 PASSPORT",
        (236, 242, 236),
        "en",
    ),
    "VNM": (
        "en",
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "HỘ CHIẾU / PASSPORT",
        (240, 238, 228),
        "slash",
    ),
    "SEN": ("fr", "RÉPUBLIQUE DU SÉNÉGAL", "PASSEPORT / PASSPORT", (238, 236, 230), "en"),
    "DZA": (
        "fr",
        "RÉPUBLIQUE ALGÉRIENNE DÉMOCRATIQUE ET POPULAIRE",
        "PASSEPORT / PASSPORT",
        (234, 240, 234),
        "slash",
    ),
    "CMR": ("fr", "RÉPUBLIQUE DU CAMEROUN", "PASSEPORT / PASSPORT", (236, 236, 228), "en"),
    "HTI": ("fr", "RÉPUBLIQUE D'HAÏTI", "PASSEPORT / PASSPORT", (232, 236, 244), "slash"),
}


def passport_number(country, rng):
    digits = "".join(str(rng.randrange(10)) for _ in range(9))
    letters = "".join(rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(2))
    return {
        "USA": digits[:9],
        "GBR": "1" + digits[:8],
        "IND": letters[0] + digits[:7],
        "BRA": letters + digits[:6],
        "UKR": letters + digits[:6],
        "TUR": "U" + digits[:8],
        "PHL": "P" + digits[:7] + letters[0],
        "CHN": "E" + letters[0] + digits[:7],
        "MEX": letters[0] + digits[:8],
        "PER": digits[:9],
        "TUN": letters[0] + digits[:6],
    }.get(country, letters + digits[:7])


def b_passport(P, rng, expiry=None, bad_mrz=False):
    lang, head, head2, bg, ds = PASS_STYLE[P["country"]]
    num = P.get("passport_no") or passport_number(P["country"], rng)
    P["passport_no"] = num
    exp = (
        expiry
        or P.get("passport_exp")
        or D(rng.randint(2027, 2035), rng.randint(1, 12), rng.randint(1, 28))
    )
    P["passport_exp"] = exp
    issue = D(
        exp.year - 10 if P["country"] not in ("IND", "UKR") else exp.year - 10,
        exp.month,
        max(1, exp.day - 1),
    )
    mrz = ids.td3(
        P["country"], P["surname"], P["given"], num, P["country"], P["dob"], P["sex"], exp
    )
    if bad_mrz:  # a misprinted/tampered check digit on the date of birth
        l2 = mrz[1]
        bad = str((int(l2[19]) + 3) % 10)
        mrz = [mrz[0], l2[:19] + bad + l2[20:]]
    doc = dict(
        style=dict(
            bg=bg,
            ink=tuple(max(0, c - 40) for c in bg),
            title=(40, 40, 90),
            header=head,
            header2=head2,
            labels=dict(zip(KEYS, LABELS[lang])),
            dates=ds,
            font="sans" if lang in ("uk", "zh") or rng.random() < 0.5 else "lib",
            colour=rng.random() < 0.7,
        ),
        issuing_country=P["country"],
        number=num,
        surname_print=P["surname"].upper(),
        given_print=P["given"].upper(),
        nationality_print=P["nat_print"],
        dob=P["dob"],
        sex=P["sex"],
        pob=P["pob"].upper(),
        issue=issue,
        expiry=exp,
        authority=rng.choice(
            [
                "MINISTRY OF FOREIGN AFFAIRS",
                "DGSN",
                "PASSPORT OFFICE",
                "U.S. DEPARTMENT OF STATE",
                "HMPO",
                "CONSULADO GENERAL",
            ]
        ),
        mrz=mrz,
    )
    fields = dict(
        surname=doc["surname_print"],
        given_names=doc["given_print"],
        document_number=num,
        nationality=P["country"],
        issuing_country=P["country"],
        date_of_birth=P["dob"].isoformat(),
        sex=P["sex"],
        expiry_date=exp.isoformat(),
        mrz_valid=not bad_mrz,
    )
    return [ids.passport_page(doc, rng)], fields, "booklet"


CARD_STYLES = {
    "ITA": ("REPUBBLICA ITALIANA", "CARTA DI IDENTITÀ / IDENTITY CARD", "C<", "ita"),
    "ESP": ("REINO DE ESPAÑA", "DOCUMENTO NACIONAL DE IDENTIDAD", "ID", "esp"),
    "PRT": ("REPÚBLICA PORTUGUESA", "CARTÃO DE CIDADÃO / CITIZEN CARD", "I<", "prt"),
    "ROU": ("ROMÂNIA", "CARTE DE IDENTITATE / IDENTITY CARD", "ID", "rou"),
    "DEU": ("BUNDESREPUBLIK DEUTSCHLAND", "PERSONALAUSWEIS / IDENTITY CARD", "ID", "deu"),
    "FRA": ("RÉPUBLIQUE FRANÇAISE", "CARTE NATIONALE D'IDENTITÉ / IDENTITY CARD", "ID", "fra"),
}
CARD_LABELS = {
    "ita": dict(
        surname="COGNOME / SURNAME",
        given="NOME / NAME",
        sex="SESSO / SEX",
        dob="DATA DI NASCITA / DATE OF BIRTH",
        nat="CITTADINANZA / NATIONALITY",
        exp="SCADENZA / EXPIRY",
    ),
    "esp": dict(
        surname="APELLIDOS",
        given="NOMBRE",
        sex="SEXO",
        dob="FECHA DE NACIMIENTO",
        nat="NACIONALIDAD",
        exp="VÁLIDO HASTA",
    ),
    "prt": dict(
        surname="APELIDO(S) / SURNAME",
        given="NOME(S) / GIVEN NAMES",
        sex="SEXO / SEX",
        dob="DATA DE NASCIMENTO / DATE OF BIRTH",
        nat="NACIONALIDADE / NATIONALITY",
        exp="DATA DE VALIDADE / EXPIRY DATE",
    ),
    "rou": dict(
        surname="Nume/Nom/Last name",
        given="Prenume/Prénom/First name",
        sex="Sex",
        dob="Data nașterii/Date of birth",
        nat="Cetățenie/Nationality",
        exp="Valabilitate/Validity",
    ),
    "deu": dict(
        surname="Name / Surname",
        given="Vornamen / Given names",
        sex="Geschlecht / Sex",
        dob="Geburtstag / Date of birth",
        nat="Staatsangehörigkeit / Nationality",
        exp="Gültig bis / Date of expiry",
    ),
    "fra": dict(
        surname="NOM / Surname",
        given="Prénoms / Given names",
        sex="SEXE / Sex",
        dob="DATE DE NAISS. / Date of birth",
        nat="NATIONALITÉ / Nationality",
        exp="DATE D'EXPIR. / Expiry date",
    ),
}


def b_national_id(P, rng):
    head, head2, code, lk = CARD_STYLES[P["country"]]
    letters = "".join(rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(3))
    digits = "".join(str(rng.randrange(10)) for _ in range(7))
    num = {
        "ITA": "CA" + digits[:5] + letters[:2],
        "ESP": letters + digits[:6],
        "PRT": digits[:8] + "0",
        "ROU": letters[:2] + digits[:6],
        "DEU": "L" + letters[:2] + digits[:6],
        "FRA": letters[0] + digits[:2] + letters[1:] + digits[2:5],
    }[P["country"]][:9]
    exp = P.get("id_exp") or D(rng.randint(2028, 2034), rng.randint(1, 12), rng.randint(1, 28))
    mrz = ids.td1(
        code,
        P["country"] if P["country"] != "DEU" else "D<<",
        num,
        P["country"] if P["country"] != "DEU" else "D<<",
        P["dob"],
        P["sex"],
        exp,
        P["surname"],
        P["given"],
    )
    L = CARD_LABELS[lk]
    ds = "dot" if lk in ("deu", "rou", "ita") else "slash" if lk == "fra" else "en"
    rows = [
        ("surname", P["surname"].upper()),
        ("given", P["given"].upper()),
        ("sex", P["sex"]),
        ("dob", ids.id_date(P["dob"], ds)),
        ("nat", P["country"]),
        ("exp", ids.id_date(exp, ds)),
    ]
    doc = dict(
        style=dict(
            bg=(236, 238, 244),
            ink=(196, 205, 222),
            title=(20, 40, 110),
            header=head,
            header2=head2,
            labels=L,
            font="lib",
        ),
        rows=rows,
        number_front=num,
        sig_name=P["given"] + " " + P["surname"],
        back_rows=[("Lieu de naissance / Place of birth", P["pob"].upper())],
        mrz=mrz,
    )
    fields = dict(
        surname=P["surname"].upper(),
        given_names=P["given"].upper(),
        document_number=num,
        nationality=P["country"] if P["country"] != "DEU" else "D",
        issuing_country=P["country"] if P["country"] != "DEU" else "D",
        date_of_birth=P["dob"].isoformat(),
        sex=P["sex"],
        expiry_date=exp.isoformat(),
        mrz_valid=True,
    )
    return [ids.card_front(doc, rng), ids.card_back(doc, rng)], fields, "card"


def b_visa(P, rng, valid_from, category, visa_type="D", days=365, issued_in="RABAT"):
    until = valid_from + dt.timedelta(days=days - 1)
    num = "".join(str(rng.randrange(10)) for _ in range(9))
    vls = visa_type == "D"
    remarks = f"VLS-TS {category}" if vls else category
    mrz = ids.mrva("FRA", P["surname"], P["given"], num, P["country"], P["dob"], P["sex"], until)
    fmt = "%d-%m-%y"
    doc = dict(
        number=num,
        from_print=valid_from.strftime(fmt),
        until_print=until.strftime(fmt),
        visa_type=visa_type,
        days=str(days) if vls else "90",
        issued_in=issued_in,
        issued_print=(valid_from - dt.timedelta(days=rng.randint(10, 40))).strftime(fmt),
        passport=P.get("passport_no", ""),
        remarks=remarks,
        name_line=f"{ids.translit(P['surname']).replace('<', ' ')}, "
        f"{ids.translit(P['given']).replace('<', ' ')}",
        mrz=mrz,
    )
    fields = dict(
        surname=ids.translit(P["surname"]).replace("<", " "),
        given_names=ids.translit(P["given"]).replace("<", " "),
        document_number=num,
        nationality=P["country"],
        issuing_country="FRA",
        date_of_birth=P["dob"].isoformat(),
        sex=P["sex"],
        expiry_date=until.isoformat(),
        mrz_valid=True,
        visa_type=visa_type,
        vls_ts=vls,
        category=category,
        valid_from=valid_from.isoformat(),
        valid_until=until.isoformat(),
    )
    return [ids.visa_page(doc, rng)], fields, "booklet"


def b_permit(P, rng, expiry, kind="CARTE DE SEJOUR TEMPORAIRE", remark="SALARIE"):
    num = "".join(str(rng.randrange(10)) for _ in range(10))[:9]
    num = rng.choice("ABCDEFGHJK") + num[1:] if rng.random() < 0.3 else num
    mrz = ids.td1(
        "IR", "FRA", num, P["country"], P["dob"], P["sex"], expiry, P["surname"], P["given"]
    )
    rows = [
        ("surname", P["surname"].upper()),
        (
            "given",
            P["given"].upper().replace(" ", ", ") if rng.random() < 0.4 else P["given"].upper(),
        ),
        ("sex", P["sex"]),
        ("nat", P["country"]),
        ("dob", P["dob"].strftime("%d %m %Y")),
        ("type", kind),
        ("remark", remark),
        ("exp", expiry.strftime("%d %m %Y")),
    ]
    labels = dict(
        surname="NOM / Surname",
        given="PRÉNOMS / Given names",
        sex="SEXE",
        nat="NATIONALITÉ",
        dob="DATE DE NAISSANCE",
        type="TITRE DE SÉJOUR",
        remark="REMARQUES",
        exp="VALABLE JUSQU'AU",
    )
    doc = dict(
        style=dict(
            bg=(232, 240, 236),
            ink=(190, 210, 200),
            title=(30, 60, 110),
            header="RÉPUBLIQUE FRANÇAISE",
            header2="TITRE DE SÉJOUR / RESIDENCE PERMIT",
            labels=labels,
            font="lib",
        ),
        rows=rows[:5] + rows[7:],
        number_front=num,
        sig_name=P["given"] + " " + P["surname"],
        back_rows=[
            ("TYPE", kind),
            ("REMARQUES", remark),
            ("ADRESSE", P.get("street", "")[:34] + " " + P.get("postcode", "")),
        ],
        mrz=mrz,
    )
    fields = dict(
        surname=P["surname"].upper(),
        given_names=P["given"].upper(),
        document_number=num,
        nationality=P["country"],
        issuing_country="FRA",
        date_of_birth=P["dob"].isoformat(),
        sex=P["sex"],
        expiry_date=expiry.isoformat(),
        mrz_valid=True,
    )
    return [ids.card_front(doc, rng), ids.card_back(doc, rng)], fields, "card"


def b_recepisse(P, rng, start, months=6):
    until = D(
        start.year + (start.month + months - 1) // 12,
        (start.month + months - 1) % 12 + 1,
        min(start.day, 28),
    ) - dt.timedelta(days=1)
    num = "R" + "".join(str(rng.randrange(10)) for _ in range(9))
    doc = dict(
        prefecture=rng.choice(
            ["Préfecture de police de Paris", "Préfecture du Rhône", "Préfecture de la Gironde"]
        ),
        number=num,
        surname=P["surname"].upper(),
        given=P["given"],
        sex=P["sex"],
        dob=P["dob"],
        nationality_fr=P["nat_fr"].upper(),
        address=P.get("street", "") + ", " + P.get("postcode", "") + " " + P.get("city", ""),
        motif="Première demande — vie privée et familiale",
        **{"from": start, "until": until},
        work="AUTORISE SON TITULAIRE À TRAVAILLER",
    )
    fields = dict(
        surname=P["surname"].upper(),
        given_names=P["given"],
        document_number=num,
        nationality=P["country"],
        issuing_country="FRA",
        date_of_birth=P["dob"].isoformat(),
        sex=P["sex"],
        expiry_date=until.isoformat(),
        mrz_valid=None,
    )
    return [ids.recepisse_page(doc, rng)], fields, "a4"
