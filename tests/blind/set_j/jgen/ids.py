"""Travel and identity documents: passport data page, ID cards, titre de séjour, visa sticker."""

from __future__ import annotations

import datetime as dt

from reportlab.lib.units import mm

from . import draw as D
from .core import fold, mrva, mrz_clean, rng, td1, td3, viz_date
from .mrz import draw_mrz
from .people import C, Person

LAB = {
    "en": dict(
        type="Type",
        code="Code",
        no="Passport No.",
        sur="Surname",
        giv="Given names",
        nat="Nationality",
        dob="Date of birth",
        sex="Sex",
        pob="Place of birth",
        doi="Date of issue",
        doe="Date of expiry",
        aut="Authority",
        sig="Holder's signature",
    ),
    "fr": dict(
        type="Type",
        code="Code du pays",
        no="N° du passeport",
        sur="Nom",
        giv="Prénoms",
        nat="Nationalité",
        dob="Date de naissance",
        sex="Sexe",
        pob="Lieu de naissance",
        doi="Date de délivrance",
        doe="Date d'expiration",
        aut="Autorité",
        sig="Signature du titulaire",
    ),
    "es": dict(
        type="Tipo",
        code="Código",
        no="Pasaporte N°",
        sur="Apellidos",
        giv="Nombres",
        nat="Nacionalidad",
        dob="Fecha de nacimiento",
        sex="Sexo",
        pob="Lugar de nacimiento",
        doi="Fecha de expedición",
        doe="Fecha de vencimiento",
        aut="Autoridad",
        sig="Firma del titular",
    ),
    "pt": dict(
        type="Tipo",
        code="Código do país",
        no="Passaporte N°",
        sur="Sobrenome",
        giv="Nome",
        nat="Nacionalidade",
        dob="Data de nascimento",
        sex="Sexo",
        pob="Local de nascimento",
        doi="Data de expedição",
        doe="Válido até",
        aut="Autoridade",
        sig="Assinatura do titular",
    ),
    "it": dict(
        type="Tipo",
        code="Codice",
        no="Passaporto N.",
        sur="Cognome",
        giv="Nome",
        nat="Cittadinanza",
        dob="Data di nascita",
        sex="Sesso",
        pob="Luogo di nascita",
        doi="Data di rilascio",
        doe="Data di scadenza",
        aut="Autorità",
        sig="Firma del titolare",
    ),
    "uk": dict(
        type="Тип",
        code="Код держави",
        no="Паспорт №",
        sur="Прізвище",
        giv="Ім'я",
        nat="Громадянство",
        dob="Дата народження",
        sex="Стать",
        pob="Місце народження",
        doi="Дата видачі",
        doe="Дійсний до",
        aut="Орган, що видав",
        sig="Підпис",
    ),
    "tr": dict(
        type="Tipi",
        code="Ülke kodu",
        no="Pasaport No",
        sur="Soyadı",
        giv="Adı",
        nat="Uyruğu",
        dob="Doğum tarihi",
        sex="Cinsiyeti",
        pob="Doğum yeri",
        doi="Veriliş tarihi",
        doe="Geçerlilik tarihi",
        aut="Makam",
        sig="İmza",
    ),
    "vi": dict(
        type="Loại",
        code="Mã số",
        no="Số hộ chiếu",
        sur="Họ",
        giv="Chữ đệm và tên",
        nat="Quốc tịch",
        dob="Ngày sinh",
        sex="Giới tính",
        pob="Nơi sinh",
        doi="Ngày cấp",
        doe="Có giá trị đến",
        aut="Cơ quan cấp",
        sig="Chữ ký",
    ),
    "ka": dict(
        type="ტიპი",
        code="კოდი",
        no="პასპორტის №",
        sur="გვარი",
        giv="სახელი",
        nat="მოქალაქეობა",
        dob="დაბადების თარიღი",
        sex="სქესი",
        pob="დაბადების ადგილი",
        doi="გაცემის თარიღი",
        doe="მოქმედების ვადა",
        aut="გამცემი ორგანო",
        sig="ხელმოწერა",
    ),
    "kk": dict(
        type="Түрі",
        code="Мемлекет коды",
        no="Паспорт №",
        sur="Тегі",
        giv="Аты",
        nat="Азаматтығы",
        dob="Туған күні",
        sex="Жынысы",
        pob="Туған жері",
        doi="Берілген күні",
        doe="Жарамдылық мерзімі",
        aut="Берген орган",
        sig="Қолы",
    ),
    "ru": dict(
        type="Тип",
        code="Код государства",
        no="Паспорт №",
        sur="Фамилия",
        giv="Имя",
        nat="Гражданство",
        dob="Дата рождения",
        sex="Пол",
        pob="Место рождения",
        doi="Дата выдачи",
        doe="Дата окончания срока",
        aut="Орган, выдавший документ",
        sig="Подпись владельца",
    ),
    "ro": dict(
        type="Tip",
        code="Cod",
        no="Nr. paşaport",
        sur="Nume",
        giv="Prenume",
        nat="Cetăţenie",
        dob="Data naşterii",
        sex="Sex",
        pob="Locul naşterii",
        doi="Data eliberării",
        doe="Data expirării",
        aut="Autoritate",
        sig="Semnătura",
    ),
    "hy": dict(
        type="Տեսակ",
        code="Կոդ",
        no="Անձնագիր №",
        sur="Ազգանուն",
        giv="Անուն",
        nat="Քաղաքացիություն",
        dob="Ծննդյան ամսաթիվ",
        sex="Սեռ",
        pob="Ծննդավայր",
        doi="Տրման ամսաթիվ",
        doe="Վավեր է մինչև",
        aut="Տրող մարմին",
        sig="Ստորագրություն",
    ),
    "de": dict(
        type="Typ",
        code="Code",
        no="Pass-Nr.",
        sur="Name",
        giv="Vornamen",
        nat="Staatsangehörigkeit",
        dob="Geburtstag",
        sex="Geschlecht",
        pob="Geburtsort",
        doi="Ausstellungsdatum",
        doe="Gültig bis",
        aut="Behörde",
        sig="Unterschrift",
    ),
    "pl": dict(
        type="Typ",
        code="Kod państwa",
        no="Nr paszportu",
        sur="Nazwisko",
        giv="Imiona",
        nat="Obywatelstwo",
        dob="Data urodzenia",
        sex="Płeć",
        pob="Miejsce urodzenia",
        doi="Data wydania",
        doe="Data ważności",
        aut="Organ wydający",
        sig="Podpis",
    ),
}
PASS_WORD = {
    "en": "PASSPORT",
    "fr": "PASSEPORT",
    "es": "PASAPORTE",
    "pt": "PASSAPORTE",
    "it": "PASSAPORTO",
    "uk": "ПАСПОРТ",
    "tr": "PASAPORT",
    "vi": "HỘ CHIẾU",
    "ka": "პასპორტი",
    "kk": "ПАСПОРТ",
    "ru": "ПАСПОРТ",
    "ro": "PAŞAPORT",
    "hy": "ԱՆՁՆԱԳԻՐ",
    "de": "REISEPASS",
    "pl": "PASZPORT",
}
SEX_WORD = {"F": "F", "M": "M"}
PALETTES = [
    ((0.93, 0.9, 0.97), (0.55, 0.45, 0.7)),
    ((0.9, 0.95, 0.93), (0.35, 0.6, 0.5)),
    ((0.96, 0.93, 0.88), (0.7, 0.55, 0.35)),
    ((0.9, 0.93, 0.98), (0.4, 0.5, 0.75)),
    ((0.97, 0.92, 0.92), (0.7, 0.4, 0.45)),
    ((0.93, 0.95, 0.88), (0.5, 0.6, 0.3)),
]


def _lv(c, x, y, label, value, style, lab_size=4.6, val_size=7.6, val_font="Sans-B", w=None):
    D.text(
        c,
        x,
        y + val_size + 0.8,
        label,
        style.get("labfont", "Sans"),
        lab_size,
        style.get("labcol", (0.25, 0.25, 0.35)),
    )
    if w:
        D.fit_text(c, x, y, value, w, val_font, val_size, (0.05, 0.05, 0.08))
    else:
        D.text(c, x, y, value, val_font, val_size, (0.05, 0.05, 0.08))


def passport(
    p: Person,
    number: str,
    issue: dt.date,
    expiry: dt.date,
    *,
    style: int = 0,
    viz_surname: str | None = None,
    viz_given: str | None = None,
    break_mrz: str | None = None,
    date_style: str | None = None,
    key: str = "",
) -> D.Doc:
    co = C[p.country]
    r = rng("passport", p.key, number, style)
    bg, accent = PALETTES[(style + len(p.key)) % len(PALETTES)]
    lang = co.lang if co.lang in LAB else "en"
    second = "fr" if lang == "en" else "en"
    date_style = date_style or r.choice(["en3", "fr_en", "dots", "slash"])
    vs = viz_surname or p.surname
    vg = viz_given or p.given
    germanic = p.country in ("DEU",)
    mrz = td3(
        "P",
        p.country,
        vs,
        vg,
        number,
        p.country,
        p.dob,
        p.sex,
        expiry,
        optional=p.extra.get("mrz_opt", ""),
        germanic=germanic,
        break_field=break_mrz,
    )
    labstyle = dict(labfont=r.choice(["Sans", "SansC", "Lib"]), labcol=accent)
    val_font = r.choice(["Sans-B", "Lib-B", "SansC-B", "Mono-B"])
    W, H = 125 * mm, 176 * mm

    def lab(k):
        a = LAB[lang][k]
        b = LAB[second][k]
        if style % 3 == 0:
            return f"{a} / {b}"
        if style % 3 == 1:
            return f"{a}/{b}"
        return a if lang != "en" else f"{a} / {LAB['fr'][k]}"

    def dr(c):
        # upper page (inside cover)
        c.setFillColorRGB(*bg)
        c.rect(0, 0, W, H, stroke=0, fill=1)
        D.guilloche(c, 0, H / 2, W, H / 2, accent, r, n=26, lw=0.2, alpha=0.35)
        D.text(
            c,
            W / 2,
            H * 0.78,
            co.local.upper() if co.lang != "en" else co.en.upper(),
            "Serif-B",
            10,
            accent,
            "c",
        )
        c.setStrokeColorRGB(*accent)
        c.setLineWidth(0.8)
        c.circle(W / 2, H * 0.66, 11 * mm, stroke=1, fill=0)
        c.circle(W / 2, H * 0.66, 8.5 * mm, stroke=1, fill=0)
        D.text(c, W / 2, H * 0.66 - 2, p.country, "Serif-B", 12, accent, "c")
        # fold line
        D.line(c, 0, H / 2, W, H / 2, (0.6, 0.6, 0.65), 0.6)
        # data page
        base = 0
        D.guilloche(c, 0, base, W, H / 2, accent, r, n=20, lw=0.2, alpha=0.25)
        head = co.local.upper() if co.lang not in ("en",) else co.en.upper()
        D.fit_text(c, 6 * mm, base + 82 * mm, head, 80 * mm, "Serif-B", 8.5, accent)
        pw = PASS_WORD.get(lang, "PASSPORT")
        pw2 = "PASSPORT / PASSEPORT" if lang in ("en", "fr") else "PASSPORT"
        D.text(
            c,
            W - 6 * mm,
            base + 82 * mm,
            f"{pw}  {pw2}" if pw != "PASSPORT" else pw2,
            "Sans-B",
            7,
            accent,
            "r",
        )
        # photo
        D.face(c, 6 * mm, base + 24 * mm, 30 * mm, 38 * mm, r, p.sex, grey=r.random() < 0.4)
        x0 = 41 * mm
        top = base + 72 * mm
        step = 7.3 * mm
        _lv(c, x0, top, lab("type"), "P", labstyle, val_font=val_font)
        _lv(c, x0 + 20 * mm, top, lab("code"), p.country, labstyle, val_font=val_font)
        _lv(c, x0 + 48 * mm, top, lab("no"), number, labstyle, val_font=val_font)
        _lv(c, x0, top - step, lab("sur"), vs.upper(), labstyle, val_font=val_font, w=78 * mm)
        _lv(c, x0, top - 2 * step, lab("giv"), vg.upper(), labstyle, val_font=val_font, w=78 * mm)
        _lv(
            c,
            x0,
            top - 3 * step,
            lab("nat"),
            co.en.upper() if lang == "en" else f"{co.en.upper()}",
            labstyle,
            val_font=val_font,
            w=40 * mm,
        )
        _lv(c, x0 + 48 * mm, top - 3 * step, lab("sex"), p.sex, labstyle, val_font=val_font)
        _lv(
            c,
            x0,
            top - 4 * step,
            lab("dob"),
            viz_date(p.dob, date_style),
            labstyle,
            val_font=val_font,
        )
        _lv(
            c,
            x0 + 40 * mm,
            top - 4 * step,
            lab("pob"),
            fold(p.birth_city).upper(),
            labstyle,
            val_font=val_font,
            w=38 * mm,
        )
        _lv(
            c,
            x0,
            top - 5 * step,
            lab("doi"),
            viz_date(issue, date_style),
            labstyle,
            val_font=val_font,
        )
        _lv(
            c,
            x0 + 40 * mm,
            top - 5 * step,
            lab("aut"),
            co.authority.upper(),
            labstyle,
            val_font=val_font,
            w=38 * mm,
        )
        _lv(
            c,
            x0,
            top - 6 * step,
            lab("doe"),
            viz_date(expiry, date_style),
            labstyle,
            val_font=val_font,
        )
        D.text(c, x0 + 40 * mm, top - 6 * step + 9, lab("sig"), "Sans", 4.5, accent)
        D.signature(
            c,
            x0 + 42 * mm,
            top - 6 * step - 12,
            28 * mm,
            7 * mm,
            r,
            p.surname,
            color=(0.1, 0.1, 0.15),
            lw=0.6,
        )
        draw_mrz(c, 4 * mm, base + 4 * mm, mrz, 117 * mm)

    fields = dict(
        surname=vs.upper(),
        given_names=vg.upper(),
        document_number=number,
        nationality=p.country,
        issuing_country=p.country,
        date_of_birth=p.dob.isoformat(),
        sex=p.sex,
        expiry_date=expiry.isoformat(),
        mrz_valid=break_mrz is None,
    )
    doc = D.Doc("passport", fields, [D.Page(W, H, dr)], key=key or f"passport-{p.key}", card=True)
    doc.extra["mrz"] = mrz
    return doc


def _card_bg(c, W, H, base, accent, r):
    c.setFillColorRGB(*base)
    c.roundRect(0, 0, W, H, 3 * mm, stroke=0, fill=1)
    D.guilloche(c, 0, 0, W, H, accent, r, n=16, lw=0.2, alpha=0.3)


ID_WORDS = {
    "ITA": (
        "CARTA DI IDENTITÀ",
        "IDENTITY CARD",
        "REPUBBLICA ITALIANA",
        dict(
            sur="COGNOME / SURNAME",
            giv="NOME / NAME",
            dob="LUOGO E DATA DI NASCITA / PLACE AND DATE OF BIRTH",
            sex="SESSO / SEX",
            nat="CITTADINANZA / NATIONALITY",
            doe="SCADENZA / EXPIRY",
            no="N° DOCUMENTO",
            addr="INDIRIZZO DI RESIDENZA",
            doi="EMISSIONE / ISSUING",
        ),
    ),
    "PRT": (
        "CARTÃO DE CIDADÃO",
        "CITIZEN CARD",
        "REPÚBLICA PORTUGUESA",
        dict(
            sur="APELIDO(S) / SURNAME",
            giv="NOME(S) / GIVEN NAME(S)",
            dob="DATA DE NASCIMENTO / DATE OF BIRTH",
            sex="SEXO / SEX",
            nat="NACIONALIDADE / NATIONALITY",
            doe="DATA DE VALIDADE / EXPIRY DATE",
            no="N.º DOCUMENTO / DOCUMENT No.",
            addr="MORADA",
            doi="EMISSÃO",
        ),
    ),
    "ESP": (
        "DOCUMENTO NACIONAL DE IDENTIDAD",
        "",
        "REINO DE ESPAÑA",
        dict(
            sur="APELLIDOS",
            giv="NOMBRE",
            dob="FECHA DE NACIMIENTO",
            sex="SEXO",
            nat="NACIONALIDAD",
            doe="VALIDEZ",
            no="NÚM SOPORT",
            addr="DOMICILIO",
            doi="EMISIÓN",
        ),
    ),
    "DEU": (
        "PERSONALAUSWEIS",
        "IDENTITY CARD / CARTE D'IDENTITÉ",
        "BUNDESREPUBLIK DEUTSCHLAND",
        dict(
            sur="Name / Surname / Nom",
            giv="Vornamen / Given names / Prénoms",
            dob="Geburtstag / Date of birth",
            sex="Geschlecht / Sex",
            nat="Staatsangehörigkeit / Nationality",
            doe="Gültig bis / Date of expiry",
            no="Ausweis-Nr.",
            addr="Anschrift / Address",
            doi="Datum / Date",
        ),
    ),
    "ROU": (
        "CARTE DE IDENTITATE",
        "IDENTITY CARD / CARTE D'IDENTITÉ",
        "ROMÂNIA",
        dict(
            sur="Nume/Nom/Last name",
            giv="Prenume/Prénom/First name",
            dob="Data nașterii/Date de naissance",
            sex="Sex/Sexe/Sex",
            nat="Cetățenie/Nationalité/Nationality",
            doe="Valabilitate/Validité/Validity",
            no="SERIA / NR",
            addr="Domiciliu/Adresse/Address",
            doi="Emisă de/Délivrée par",
        ),
    ),
    "FRA": (
        "CARTE NATIONALE D'IDENTITÉ",
        "IDENTITY CARD",
        "RÉPUBLIQUE FRANÇAISE",
        dict(
            sur="NOM / Surname",
            giv="Prénoms / Given names",
            dob="DATE DE NAISS. / Date of birth",
            sex="SEXE / Sex",
            nat="NATIONALITÉ / Nationality",
            doe="DATE D'EXPIR. / Expiry date",
            no="N° DU DOCUMENT / Document No",
            addr="ADRESSE / Address",
            doi="DATE DE DÉLIVRANCE",
        ),
    ),
    "POL": (
        "DOWÓD OSOBISTY",
        "IDENTITY CARD",
        "RZECZPOSPOLITA POLSKA",
        dict(
            sur="NAZWISKO / SURNAME",
            giv="IMIONA / GIVEN NAMES",
            dob="DATA URODZENIA / DATE OF BIRTH",
            sex="PŁEĆ / SEX",
            nat="OBYWATELSTWO / NATIONALITY",
            doe="TERMIN WAŻNOŚCI / EXPIRY DATE",
            no="NUMER DOWODU",
            addr="ADRES",
            doi="DATA WYDANIA",
        ),
    ),
}


def national_id(
    p: Person,
    number: str,
    issue: dt.date,
    expiry: dt.date,
    *,
    key: str = "",
    usage_name: str | None = None,
) -> D.Doc:
    """An EU national identity card, front and back (two pages of 85.6 x 54 mm)."""
    co = C[p.country]
    r = rng("nid", p.key, number)
    title, sub, state, L = ID_WORDS[p.country]
    W, H = 85.6 * mm, 54 * mm
    base, accent = PALETTES[len(p.key) % len(PALETTES)]
    if p.country == "FRA":
        base, accent = (0.93, 0.93, 0.97), (0.3, 0.35, 0.6)
    germanic = p.country == "DEU"
    mrz = td1(
        "ID" if p.country in ("FRA", "DEU", "ROU") else "I<",
        p.country,
        number,
        p.surname,
        p.given,
        p.country,
        p.dob,
        p.sex,
        expiry,
        germanic=germanic,
    )
    dstyle = {
        "ITA": "dots",
        "PRT": "spaces",
        "ESP": "spaces",
        "DEU": "dots",
        "ROU": "dots",
        "FRA": "dots",
        "POL": "dots",
    }[p.country]
    vf = "Sans-B" if p.country != "DEU" else "Mono-B"

    def front(c):
        _card_bg(c, W, H, base, accent, r)
        D.text(c, 4 * mm, H - 5 * mm, state, "Sans-B", 6.5, accent)
        D.text(c, 4 * mm, H - 8.5 * mm, title, "Sans-B", 5.8, (0.15, 0.15, 0.2))
        if sub:
            D.text(c, 4 * mm, H - 11 * mm, sub, "Sans", 4.5, (0.15, 0.15, 0.2))
        D.text(c, W - 4 * mm, H - 5 * mm, number, "Mono-B", 7, (0.6, 0.1, 0.1), "r")
        D.face(c, 4 * mm, 7 * mm, 22 * mm, 28 * mm, r, p.sex, grey=True)
        x = 29 * mm
        y = H - 17 * mm
        st = dict(labfont="Sans", labcol=accent)
        _lv(c, x, y, L["sur"], p.surname.upper(), st, 3.8, 7, vf, w=52 * mm)
        y -= 6.2 * mm
        if usage_name:
            _lv(
                c,
                x,
                y,
                "Nom d'usage / Usage name" if p.country == "FRA" else "",
                "ép. " + usage_name.upper(),
                st,
                3.8,
                6.5,
                vf,
                w=52 * mm,
            )
            y -= 6.2 * mm
        _lv(
            c,
            x,
            y,
            L["giv"],
            p.given.upper() if p.country != "FRA" else p.given.upper().replace(" ", ", "),
            st,
            3.8,
            7,
            vf,
            w=52 * mm,
        )
        y -= 6.2 * mm
        _lv(c, x, y, L["sex"], p.sex, st, 3.8, 7, vf)
        _lv(c, x + 16 * mm, y, L["nat"], p.country, st, 3.8, 7, vf)
        y -= 6.2 * mm
        _lv(
            c,
            x,
            y,
            L["dob"],
            viz_date(p.dob, dstyle)
            if p.country != "ITA"
            else f"{fold(p.birth_city).upper()} {viz_date(p.dob, dstyle)}",
            st,
            3.8,
            7,
            vf,
        )
        y -= 6.2 * mm
        _lv(c, x, y, L["doe"], viz_date(expiry, dstyle), st, 3.8, 7, vf)
        D.signature(c, x + 24 * mm, 2.5 * mm, 22 * mm, 6 * mm, r, p.surname, (0.1, 0.1, 0.15), 0.5)

    def back(c):
        _card_bg(c, W, H, base, accent, r)
        a = p.address
        y = H - 6 * mm
        st = dict(labfont="Sans", labcol=accent)
        addr = (
            a.upper_lines()
            if (a and p.country == "FRA")
            else [fold(p.birth_city).upper(), co.local.upper()]
        )
        D.text(c, 4 * mm, y, L["addr"], "Sans", 3.8, accent)
        for i, s in enumerate(addr):
            D.fit_text(c, 4 * mm, y - (i + 1) * 3.2 * mm, s, 50 * mm, vf, 6)
        _lv(c, 56 * mm, H - 14 * mm, L["doi"], viz_date(issue, dstyle), st, 3.8, 6.5, vf)
        if p.country == "FRA":
            _lv(
                c,
                4 * mm,
                H - 22 * mm,
                "LIEU DE NAISSANCE / Place of birth",
                fold(p.birth_city).upper(),
                st,
                3.8,
                6.5,
                vf,
            )
        draw_mrz(c, 3 * mm, 2.5 * mm, mrz, 79 * mm)

    fields = dict(
        surname=p.surname.upper(),
        given_names=p.given.upper(),
        document_number=number,
        nationality=p.country,
        issuing_country=p.country,
        date_of_birth=p.dob.isoformat(),
        sex=p.sex,
        expiry_date=expiry.isoformat(),
        mrz_valid=True,
    )
    if p.country == "FRA":
        fields["given_names"] = p.given.upper().replace(" ", ", ")
    doc = D.Doc(
        "national_id",
        fields,
        [D.Page(W, H, front), D.Page(W, H, back)],
        key=key or f"nid-{p.key}",
        card=True,
    )
    doc.extra["mrz"] = mrz
    return doc


TS_TYPES = {
    "temp": "CARTE DE SEJOUR TEMPORAIRE",
    "pluri": "CARTE DE SEJOUR PLURIANNUELLE",
    "res": "CARTE DE RESIDENT",
}


def residence_permit(
    p: Person,
    number: str,
    issue: dt.date,
    expiry: dt.date,
    kind: str,
    remark: str,
    prefecture: str,
    *,
    key: str = "",
) -> D.Doc:
    """French titre de séjour (ID-1 card) front and back."""
    r = rng("ts", p.key, number)
    W, H = 85.6 * mm, 54 * mm
    base, accent = (0.94, 0.95, 0.9), (0.3, 0.45, 0.55)
    mrz = td1("IR", "FRA", number, p.surname, p.given, p.country, p.dob, p.sex, expiry)
    agdref = p.extra.get("agdref", "75" + "".join(str(r.randint(0, 9)) for _ in range(8)))

    def front(c):
        _card_bg(c, W, H, base, accent, r)
        c.setFillColorRGB(0.0, 0.14, 0.58)
        c.rect(0, H - 7 * mm, 3 * mm, 7 * mm, stroke=0, fill=1)
        c.setFillColorRGB(0.93, 0.16, 0.22)
        c.rect(6 * mm, H - 7 * mm, 3 * mm, 7 * mm, stroke=0, fill=1)
        D.text(c, 11 * mm, H - 4.5 * mm, "RÉPUBLIQUE FRANÇAISE", "Sans-B", 6, (0.1, 0.1, 0.3))
        D.text(
            c,
            11 * mm,
            H - 7.5 * mm,
            "TITRE DE SÉJOUR / RESIDENCE PERMIT",
            "Sans-B",
            5,
            (0.1, 0.1, 0.3),
        )
        D.text(c, W - 3 * mm, H - 4.5 * mm, number, "Mono-B", 6.5, (0.5, 0.1, 0.1), "r")
        D.face(c, 3 * mm, 8 * mm, 21 * mm, 27 * mm, r, p.sex, grey=True)
        x = 27 * mm
        y = H - 14 * mm
        st = dict(labfont="SansC", labcol=accent)
        _lv(c, x, y, "NOM / Surname", p.surname.upper(), st, 3.6, 6.6, "SansC-B", w=55 * mm)
        y -= 5.6 * mm
        _lv(
            c,
            x,
            y,
            "Prénoms / Given names",
            p.given.upper().replace(" ", ", "),
            st,
            3.6,
            6.6,
            "SansC-B",
            w=55 * mm,
        )
        y -= 5.6 * mm
        _lv(c, x, y, "SEXE / Sex", p.sex, st, 3.6, 6.6, "SansC-B")
        _lv(c, x + 13 * mm, y, "NATIONALITÉ / Nationality", p.country, st, 3.6, 6.6, "SansC-B")
        _lv(
            c,
            x + 36 * mm,
            y,
            "DATE DE NAISS. / Date of birth",
            viz_date(p.dob, "spaces"),
            st,
            3.6,
            6.6,
            "SansC-B",
        )
        y -= 5.6 * mm
        _lv(
            c,
            x,
            y,
            "TYPE DE TITRE / Type of permit",
            TS_TYPES[kind],
            st,
            3.6,
            6.2,
            "SansC-B",
            w=55 * mm,
        )
        y -= 5.6 * mm
        _lv(
            c,
            x,
            y,
            "VALABLE JUSQU'AU / Valid until",
            viz_date(expiry, "spaces"),
            st,
            3.6,
            6.6,
            "SansC-B",
        )
        _lv(c, x + 30 * mm, y, "N° ÉTRANGER", agdref, st, 3.6, 6.2, "SansC-B")
        D.signature(c, x + 20 * mm, 1.5 * mm, 20 * mm, 5 * mm, r, p.surname, (0.1, 0.1, 0.15), 0.5)

    def back(c):
        _card_bg(c, W, H, base, accent, r)
        st = dict(labfont="SansC", labcol=accent)
        D.text(c, 3 * mm, H - 5 * mm, "REMARQUES / Remarks", "SansC", 3.6, accent)
        D.fit_text(c, 3 * mm, H - 8.3 * mm, remark, 50 * mm, "SansC-B", 6.4)
        a = p.address
        D.text(c, 3 * mm, H - 12.5 * mm, "ADRESSE / Address", "SansC", 3.6, accent)
        for i, s in enumerate(a.upper_lines() if a else []):
            D.fit_text(c, 3 * mm, H - 15.5 * mm - i * 2.9 * mm, s, 52 * mm, "SansC-B", 5.8)
        _lv(
            c,
            56 * mm,
            H - 9 * mm,
            "LIEU DE NAISSANCE",
            fold(p.birth_city).upper() + " (" + p.country + ")",
            st,
            3.6,
            5.6,
            "SansC-B",
            w=27 * mm,
        )
        _lv(
            c,
            56 * mm,
            H - 16 * mm,
            "DÉLIVRÉ LE / Issued on",
            viz_date(issue, "spaces"),
            st,
            3.6,
            5.8,
            "SansC-B",
        )
        _lv(
            c,
            56 * mm,
            H - 22 * mm,
            "AUTORITÉ",
            prefecture.upper(),
            st,
            3.6,
            5,
            "SansC-B",
            w=27 * mm,
        )
        draw_mrz(c, 3 * mm, 2.5 * mm, mrz, 79 * mm)

    fields = dict(
        surname=p.surname.upper(),
        given_names=p.given.upper().replace(" ", ", "),
        document_number=number,
        nationality=p.country,
        issuing_country="FRA",
        date_of_birth=p.dob.isoformat(),
        sex=p.sex,
        expiry_date=expiry.isoformat(),
        mrz_valid=True,
    )
    doc = D.Doc(
        "residence_permit",
        fields,
        [D.Page(W, H, front), D.Page(W, H, back)],
        key=key or f"ts-{p.key}",
        card=True,
    )
    doc.extra["mrz"] = mrz
    return doc


def visa(
    p: Person,
    passport_no: str,
    visa_no: str,
    valid_from: dt.date,
    valid_until: dt.date,
    vtype: str,
    remarks: list[str],
    issued_in: str,
    issued_on: dt.date,
    *,
    category: str,
    vls_ts: bool,
    days: int,
    entries: str = "MULT",
    key: str = "",
    viz_surname: str | None = None,
) -> D.Doc:
    """A French visa sticker on a passport visa page (125 x 88 mm)."""
    r = rng("visa", p.key, visa_no)
    W, H = 125 * mm, 88 * mm
    surname = viz_surname or p.surname
    mrz = mrva(
        "FRA", surname, p.given, visa_no, p.country, p.dob, p.sex, valid_until, doc_code="V" + vtype
    )
    page_bg = (0.95, 0.94, 0.9)
    stick = (0.88, 0.93, 0.9) if vtype == "D" else (0.93, 0.9, 0.95)
    accent = (0.2, 0.45, 0.4) if vtype == "D" else (0.45, 0.3, 0.5)

    def dr(c):
        c.setFillColorRGB(*page_bg)
        c.rect(0, 0, W, H, stroke=0, fill=1)
        D.guilloche(c, 0, 0, W, H, (0.75, 0.7, 0.6), r, n=14, lw=0.2, alpha=0.3)
        sx, sy, sw, sh = 2.5 * mm, 4 * mm, 120 * mm, 80 * mm
        c.setFillColorRGB(*stick)
        c.roundRect(sx, sy, sw, sh, 2 * mm, stroke=0, fill=1)
        D.guilloche(c, sx, sy, sw, sh, accent, r, n=22, lw=0.18, alpha=0.35)
        D.text(c, sx + 4 * mm, sy + sh - 7 * mm, "VISA", "Sans-B", 12, accent)
        D.text(c, sx + 22 * mm, sy + sh - 7 * mm, "FRA", "Sans-B", 9, accent)
        D.text(c, sx + sw - 4 * mm, sy + sh - 7 * mm, visa_no, "Mono-B", 9, (0.55, 0.1, 0.1), "r")
        D.face(c, sx + 3 * mm, sy + 23 * mm, 25 * mm, 32 * mm, r, p.sex, grey=True)
        x = sx + 31 * mm
        y = sy + sh - 15 * mm
        st = dict(labfont="SansC", labcol=accent)
        _lv(c, x, y, "VALABLE POUR / VALID FOR", "FRANCE", st, 3.8, 7, "SansC-B")
        _lv(c, x + 36 * mm, y, "DU / FROM", viz_date(valid_from, "dots"), st, 3.8, 7, "SansC-B")
        _lv(c, x + 60 * mm, y, "AU / UNTIL", viz_date(valid_until, "dots"), st, 3.8, 7, "SansC-B")
        y -= 7 * mm
        _lv(c, x, y, "TYPE DE VISA / TYPE OF VISA", vtype, st, 3.8, 7, "SansC-B")
        _lv(
            c,
            x + 36 * mm,
            y,
            "NOMBRE D'ENTRÉES / NUMBER OF ENTRIES",
            entries,
            st,
            3.8,
            7,
            "SansC-B",
        )
        y -= 7 * mm
        _lv(c, x, y, "DURÉE DE SÉJOUR / DURATION OF STAY", f"{days} JOURS", st, 3.8, 7, "SansC-B")
        _lv(c, x + 36 * mm, y, "DÉLIVRÉ À / ISSUED IN", issued_in.upper(), st, 3.8, 7, "SansC-B")
        _lv(c, x + 66 * mm, y, "LE / ON", viz_date(issued_on, "dots"), st, 3.8, 7, "SansC-B")
        y -= 7 * mm
        _lv(c, x, y, "NUMÉRO DU PASSEPORT / NUMBER OF PASSPORT", passport_no, st, 3.8, 7, "SansC-B")
        y -= 7 * mm
        nm = f"{mrz_clean(surname).replace('<', ' ')}, {mrz_clean(p.given).replace('<', ' ')}"
        _lv(c, x, y, "NOM, PRÉNOM / SURNAME, NAME", nm, st, 3.8, 7, "SansC-B", w=85 * mm)
        y -= 6 * mm
        D.text(c, x, y, "REMARQUES / REMARKS", "SansC", 3.8, accent)
        for i, rm in enumerate(remarks):
            D.fit_text(c, x, y - 3.4 * mm * (i + 1), rm, 85 * mm, "SansC-B", 6.4)
        draw_mrz(c, sx + 2 * mm, sy + 2 * mm, mrz, 116 * mm)
        # entry stamp
        if vtype == "D" and r.random() < 0.7:
            D.rect_stamp(
                c,
                88 * mm,
                26 * mm,
                [
                    "POLICE AUX FRONTIÈRES",
                    "ROISSY CDG",
                    viz_date(valid_from + dt.timedelta(days=r.randint(2, 20)), "dots"),
                ],
                r,
                (0.3, 0.3, 0.55),
                0.55,
                5.5,
            )

    fields = dict(
        surname=mrz_clean(surname).replace("<", " "),
        given_names=mrz_clean(p.given).replace("<", " "),
        document_number=visa_no,
        nationality=p.country,
        issuing_country="FRA",
        date_of_birth=p.dob.isoformat(),
        sex=p.sex,
        expiry_date=valid_until.isoformat(),
        mrz_valid=True,
        visa_type=vtype,
        vls_ts=vls_ts,
        category=category,
        valid_from=valid_from.isoformat(),
        valid_until=valid_until.isoformat(),
    )
    doc = D.Doc("long_stay_visa", fields, [D.Page(W, H, dr)], key=key or f"visa-{p.key}", card=True)
    doc.extra["mrz"] = mrz
    return doc
