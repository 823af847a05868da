"""Per-country passport data-page wording (bilingual labels as printed on the real
books, date styles, colours)."""

from .draw import MONTHS_EN, fr_date

_EN3 = [m[:3].upper() for m in MONTHS_EN]
_FR3 = ["JAN", "FÉV", "MARS", "AVR", "MAI", "JUIN", "JUIL", "AOÛT", "SEPT", "OCT", "NOV", "DÉC"]
_ES3 = ["ENE", "FEB", "MAR", "ABR", "MAY", "JUN", "JUL", "AGO", "SEP", "OCT", "NOV", "DIC"]
_PT3 = ["JAN", "FEV", "MAR", "ABR", "MAI", "JUN", "JUL", "AGO", "SET", "OUT", "NOV", "DEZ"]
_TR3 = ["OCA", "ŞUB", "MAR", "NİS", "MAY", "HAZ", "TEM", "AĞU", "EYL", "EKİ", "KAS", "ARA"]
_UK3 = ["СІЧ", "ЛЮТ", "БЕР", "КВІ", "ТРА", "ЧЕР", "ЛИП", "СЕР", "ВЕР", "ЖОВ", "ЛИС", "ГРУ"]


def _dm(iso):
    y, m, d = iso.split("-")
    return y, int(m) - 1, d


def d_en(iso):
    y, m, d = _dm(iso)
    return "%s %s %s" % (d, _EN3[m], y)


def d_fr_en(iso):
    y, m, d = _dm(iso)
    return "%s %s/%s %s" % (d, _FR3[m], _EN3[m], y)


def d_es_en(iso):
    y, m, d = _dm(iso)
    return "%s %s/%s %s" % (d, _ES3[m], _EN3[m], y)


def d_pt_en(iso):
    y, m, d = _dm(iso)
    return "%s %s/%s %s" % (d, _PT3[m], _EN3[m], y)


def d_tr_en(iso):
    y, m, d = _dm(iso)
    return "%s %s/%s %s" % (d, _TR3[m], _EN3[m], y)


def d_uk_en(iso):
    y, m, d = _dm(iso)
    return "%s %s/%s %s" % (d, _UK3[m], _EN3[m], y[2:])


def d_gb(iso):
    y, m, d = _dm(iso)
    return "%s %s /%s %s" % (d, _EN3[m], _FR3[m], y[2:])


def d_cn(iso):
    y, m, d = _dm(iso)
    return "%s %d月/%s %s" % (d, m + 1, _EN3[m], y)


def d_num(iso):
    return fr_date(iso)


def d_dot(iso):
    return fr_date(iso, "dot")


FR_LABELS = dict(
    type="Type",
    code="Code du pays / Country code",
    number="N° du passeport / Passport No.",
    surname="Nom / Surname",
    given="Prénoms / Given names",
    nationality="Nationalité / Nationality",
    dob="Date de naissance / Date of birth",
    sex="Sexe / Sex",
    pob="Lieu de naissance / Place of birth",
    issue="Date de délivrance / Date of issue",
    authority="Autorité / Authority",
    expiry="Date d'expiration / Date of expiry",
    signature="Signature du titulaire",
)

STYLES = {
    "MAR": dict(
        header=[
            "ROYAUME DU MAROC",
            ("المملكة المغربية", "Amiri-Bold", "rtl"),
            "PASSEPORT / PASSPORT",
        ],
        labels=dict(FR_LABELS, personal="N° CNIE"),
        date=d_num,
        bg="#eef2e8",
        guil="#cfdcc4",
        head_color="#7a1420",
    ),
    "DZA": dict(
        header=[
            ("الجمهورية الجزائرية الديمقراطية الشعبية", "Amiri-Bold", "rtl"),
            "RÉPUBLIQUE ALGÉRIENNE DÉMOCRATIQUE ET POPULAIRE",
            "PASSEPORT / PASSPORT",
        ],
        labels=dict(FR_LABELS, personal="N° d'identification nationale"),
        date=d_num,
        bg="#eef3ee",
        guil="#cde0cf",
        head_color="#14603a",
    ),
    "TUN": dict(
        header=[
            ("الجمهورية التونسية", "Amiri-Bold", "rtl"),
            "RÉPUBLIQUE TUNISIENNE",
            "PASSEPORT / PASSPORT",
        ],
        labels=dict(FR_LABELS),
        date=d_num,
        bg="#f4eeee",
        guil="#e5d2d2",
        head_color="#8b1d2c",
    ),
    "SEN": dict(
        header=["RÉPUBLIQUE DU SÉNÉGAL", "Un Peuple - Un But - Une Foi", "PASSEPORT / PASSPORT"],
        labels=dict(FR_LABELS),
        date=d_fr_en,
        bg="#eef3ea",
        guil="#d4e2c9",
        head_color="#1e6b45",
    ),
    "CMR": dict(
        header=["RÉPUBLIQUE DU CAMEROUN / REPUBLIC OF CAMEROON", "PASSEPORT / PASSPORT"],
        labels=dict(FR_LABELS),
        date=d_fr_en,
        bg="#f1f1e6",
        guil="#dcdcc1",
        head_color="#1b6b35",
    ),
    "CIV": dict(
        header=["RÉPUBLIQUE DE CÔTE D'IVOIRE", "PASSEPORT / PASSPORT"],
        labels=dict(FR_LABELS),
        date=d_fr_en,
        bg="#f5efe6",
        guil="#e6d6bd",
        head_color="#c25a10",
    ),
    "CHN": dict(
        header=[("中华人民共和国", "WQY"), "PEOPLE'S REPUBLIC OF CHINA", ("护照 PASSPORT", "WQY")],
        labels=dict(
            type="类型/Type",
            code="国家码/Country Code",
            number="护照号/Passport No.",
            surname="姓/Surname",
            given="名/Given names",
            nationality="国籍/Nationality",
            dob="出生日期/Date of birth",
            sex="性别/Sex",
            pob="出生地点/Place of birth",
            issue="签发日期/Date of issue",
            authority="签发机关/Authority",
            expiry="有效期至/Date of expiry",
            signature="持照人签名/Bearer's signature",
        ),
        date=d_cn,
        lfont="WQY",
        vfont="WQY",
        bg="#f0ede6",
        guil="#ddd4c0",
        head_color="#8a1c1c",
        sex_fmt=lambda s: "男/M" if s == "M" else "女/F",
    ),
    "COL": dict(
        header=["REPÚBLICA DE COLOMBIA", "PASAPORTE / PASSPORT"],
        labels=dict(
            type="Tipo/Type",
            code="Código/Code",
            number="Pasaporte No./Passport No.",
            surname="Apellidos/Surname",
            given="Nombres/Given names",
            nationality="Nacionalidad/Nationality",
            personal="NUIP",
            dob="Fecha de nacimiento/Date of birth",
            sex="Sexo/Sex",
            pob="Lugar de nacimiento/Place of birth",
            issue="Fecha de expedición/Date of issue",
            authority="Autoridad/Authority",
            expiry="Fecha de vencimiento/Date of expiry",
            signature="Firma del titular/Holder's signature",
        ),
        date=d_es_en,
        bg="#f2efe4",
        guil="#e3dcc2",
        head_color="#1f3c7a",
    ),
    "MEX": dict(
        header=["ESTADOS UNIDOS MEXICANOS", "PASAPORTE / PASSPORT"],
        labels=dict(
            type="Tipo/Type",
            code="Clave del país/Code",
            number="No. de pasaporte/Passport No.",
            surname="Apellidos/Surname",
            given="Nombres/Given names",
            nationality="Nacionalidad/Nationality",
            personal="CURP",
            dob="Fecha de nacimiento/Date of birth",
            sex="Sexo/Sex",
            pob="Lugar de nacimiento/Place of birth",
            issue="Fecha de expedición/Date of issue",
            authority="Autoridad/Authority",
            expiry="Fecha de caducidad/Date of expiry",
            signature="Firma/Signature",
        ),
        date=d_es_en,
        bg="#eef2ee",
        guil="#d5e1d5",
        head_color="#0f5132",
    ),
    "BRA": dict(
        header=["REPÚBLICA FEDERATIVA DO BRASIL", "PASSAPORTE / PASSPORT"],
        labels=dict(
            type="Tipo/Type",
            code="País emissor/Issuing country",
            number="Passaporte nº/Passport No.",
            surname="Sobrenome/Surname",
            given="Nome/Given names",
            nationality="Nacionalidade/Nationality",
            personal="Identidade nº/Personal No.",
            dob="Data de nascimento/Date of birth",
            sex="Sexo/Sex",
            pob="Naturalidade/Place of birth",
            issue="Data de expedição/Date of issue",
            authority="Autoridade/Authority",
            expiry="Válido até/Date of expiry",
            signature="Assinatura do titular",
        ),
        date=d_pt_en,
        bg="#eef3f5",
        guil="#d2e1e8",
        head_color="#17456b",
    ),
    "USA": dict(
        header=["UNITED STATES OF AMERICA", "PASSPORT"],
        labels=dict(
            type="Type / Type / Tipo",
            code="Code / Code / Código",
            number="Passport No. / No du Passeport",
            surname="Surname / Nom / Apellidos",
            given="Given Names / Prénoms / Nombres",
            nationality="Nationality / Nationalité",
            dob="Date of birth / Date de naissance",
            sex="Sex / Sexe",
            pob="Place of birth / Lieu de naissance",
            issue="Date of issue / Date de délivrance",
            authority="Authority / Autorité",
            expiry="Date of expiration / Date d'expiration",
            signature=None,
        ),
        date=d_en,
        bg="#eef1f6",
        guil="#d4dbe8",
        head_color="#1d2f55",
    ),
    "GBR": dict(
        header=["UNITED KINGDOM OF GREAT BRITAIN", "AND NORTHERN IRELAND", "PASSPORT"],
        labels=dict(
            type="Type/Type",
            code="Code/Code",
            number="Passport No./Passeport No.",
            surname="Surname/Nom (1)",
            given="Given names/Prénoms (2)",
            nationality="Nationality/Nationalité (3)",
            dob="Date of birth/Date de naissance (4)",
            sex="Sex/Sexe (5)",
            pob="Place of birth/Lieu de naissance (6)",
            issue="Date of issue/Date de délivrance (7)",
            authority="Authority/Autorité (8)",
            expiry="Date of expiry/Date d'expiration (9)",
            signature="Holder's signature (10)",
        ),
        date=d_gb,
        bg="#f2eef4",
        guil="#ddd3e3",
        head_color="#3b1f55",
    ),
    "UKR": dict(
        header=["УКРАЇНА / UKRAINE", "ПАСПОРТ / PASSPORT"],
        labels=dict(
            type="Тип/Type",
            code="Код держави/Code",
            number="Паспорт №/Passport No.",
            surname="Прізвище/Surname",
            given="Ім'я/Given names",
            nationality="Громадянство/Nationality",
            personal="Запис №/Record No.",
            dob="Дата народження/Date of birth",
            sex="Стать/Sex",
            pob="Місце народження/Place of birth",
            issue="Дата видачі/Date of issue",
            authority="Орган, що видав/Authority",
            expiry="Дата закінчення строку дії/Date of expiry",
            signature="Підпис/Signature",
        ),
        date=d_uk_en,
        bg="#eef2f6",
        guil="#d3dde9",
        head_color="#1d3f7a",
    ),
    "TUR": dict(
        header=["TÜRKİYE CUMHURİYETİ", "REPUBLIC OF TÜRKİYE", "PASAPORT / PASSPORT"],
        labels=dict(
            type="Tipi/Type",
            code="Ülke kodu/Country code",
            number="Pasaport No/Passport No",
            surname="Soyadı/Surname",
            given="Adı/Given name(s)",
            nationality="Uyruğu/Nationality",
            personal="T.C. Kimlik No/Personal No",
            dob="Doğum tarihi/Date of birth",
            sex="Cinsiyeti/Sex",
            pob="Doğum yeri/Place of birth",
            issue="Veriliş tarihi/Date of issue",
            authority="Makam/Authority",
            expiry="Geçerlilik tarihi/Date of expiry",
            signature="İmza/Signature",
        ),
        date=d_tr_en,
        bg="#f4eeee",
        guil="#e5d4d4",
        head_color="#a3121b",
    ),
    "PHL": dict(
        header=["REPUBLIKA NG PILIPINAS", "REPUBLIC OF THE PHILIPPINES", "PASAPORTE / PASSPORT"],
        labels=dict(
            type="Uri/Type",
            code="Kodigo/Code",
            number="Pasaporte Blg/Passport No.",
            surname="Apelyido/Surname",
            given="Pangalan/Given names",
            nationality="Nasyonalidad/Nationality",
            personal="Panggitnang apelyido/Middle name",
            dob="Petsa ng kapanganakan/Date of birth",
            sex="Kasarian/Sex",
            pob="Lugar ng kapanganakan/Place of birth",
            issue="Petsa ng pagkakaloob/Date of issue",
            authority="Maykapangyarihan/Authority",
            expiry="Valid until/Date of expiry",
            signature=None,
        ),
        date=d_en,
        bg="#eef0f6",
        guil="#d3d8e8",
        head_color="#1f2f6b",
    ),
    "IND": dict(
        header=[
            ("भारत गणराज्य", "FreeSerif"),
            "REPUBLIC OF INDIA",
            ("पासपोर्ट / PASSPORT", "FreeSerif"),
        ],
        labels=dict(
            type="प्रकार/Type",
            code="कोड/Country Code",
            number="पासपोर्ट नं./Passport No.",
            surname="उपनाम/Surname",
            given="दिया गया नाम/Given Name(s)",
            nationality="राष्ट्रीयता/Nationality",
            dob="जन्मतिथि/Date of Birth",
            sex="लिंग/Sex",
            pob="जन्म स्थान/Place of Birth",
            issue="जारी करने की तिथि/Date of Issue",
            authority="जारी करने का स्थान/Place of Issue",
            expiry="समाप्ति की तिथि/Date of Expiry",
            signature=None,
        ),
        date=d_num,
        lpil="FreeSerif",
        bg="#f2eee2",
        guil="#e0d8bf",
        head_color="#1f2f6b",
    ),
}
