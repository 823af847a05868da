"""Birth certificates, part 2: Asia, Ukraine, CIEC multilingual extracts, Italy, UK, Vietnam."""

from __future__ import annotations

from gen_civil import _fields, _frame, _officer
from gen_codes import MONTHS_EN, digits, fr
from gen_core import Page
from gen_draw import guilloche, stamp_img
from gen_layout import kv, table

CN_DIG = "〇一二三四五六七八九"


def _cn_year(y: int) -> str:
    return "".join(CN_DIG[int(c)] for c in str(y))


def _cn_num(n: int) -> str:
    if n < 10:
        return CN_DIG[n]
    t, u = divmod(n, 10)
    return ("" if t == 1 else CN_DIG[t]) + "十" + ("" if u == 0 else CN_DIG[u])


def china(p, rng, issued, city="北京市", city_en="Beijing"):
    """Notarial birth certificate: Chinese page + English translation page."""
    no = rng.randint(1000, 99999)
    cn_name = p.extra.get("cn_name", "王晓明")
    pg1 = Page(bg=(252, 252, 250))
    pg1.text(105, 30, "公 证 书", "cjk", 26, anchor="m")
    pg1.text(190, 45, f"（{issued.year}）京方正内民证字第{no}号", "cjk", 10.5, anchor="r")
    y = 62
    sex = "女" if p.sex == "F" else "男"
    body = [
        f"申请人：{cn_name}，{sex}，{_cn_year(p.dob.year)}年{_cn_num(p.dob.month)}月"
        f"{_cn_num(p.dob.day)}日出生，",
        "现住中华人民共和国北京市朝阳区。",
        "公证事项：出生",
        f"兹证明{cn_name}于{_cn_year(p.dob.year)}年{_cn_num(p.dob.month)}月"
        f"{_cn_num(p.dob.day)}日在{city}出生。",
        f"{cn_name}的父亲是{p.extra.get('cn_father', '王建国')}，母亲是"
        f"{p.extra.get('cn_mother', '李秀英')}。",
    ]
    for ln in body:
        pg1.text(25, y, ln, "cjk", 13)
        y += 12
    pg1.text(120, y + 25, "中华人民共和国北京市方正公证处", "cjk", 12)
    pg1.text(120, y + 38, "公证员", "cjk", 12)
    pg1.sign(140, y + 30, 40, 14, "Zhang Wei", rng, (20, 20, 20))
    pg1.text(
        120,
        y + 55,
        f"{_cn_year(issued.year)}年{_cn_num(issued.month)}月{_cn_num(issued.day)}日",
        "cjk",
        12,
    )
    pg1.image(
        105,
        y + 15,
        48,
        48,
        stamp_img(
            "BEIJING FANGZHENG NOTARY OFFICE", ["★", "公证处"], 42, (200, 30, 30), rng, ring2="PRC"
        ),
    )
    pg2 = Page(bg=(252, 252, 250))
    pg2.text(105, 30, "NOTARIAL CERTIFICATE", "serif-b", 18, anchor="m")
    pg2.text(
        190,
        45,
        f"({issued.year}) Jing Fang Zheng Nei Min Zheng Zi No. {no}",
        "serif",
        10,
        anchor="r",
    )
    y = 62
    dob_en = f"{MONTHS_EN[p.dob.month - 1]} {p.dob.day}, {p.dob.year}"
    txt = [
        f"Applicant: {p.surname} {p.given.title()}, {'female' if p.sex == 'F' else 'male'}, "
        f"born on {dob_en},",
        "now residing in Chaoyang District, Beijing, the People's Republic of China.",
        "Subject: Birth",
        f"This is to certify that {p.surname} {p.given.title()} was born in {city_en}, the "
        f"People's Republic of China on {dob_en}.",
        f"The father of {p.surname} {p.given.title()} is {p.extra.get('father_en', 'WANG Jianguo')}"
        f" and the mother is {p.extra.get('mother_en', 'LI Xiuying')}.",
    ]
    for ln in txt:
        y = pg2.para(25, y, 160, ln, "serif", 11.5, lead=7.5) + 3
    pg2.text(110, y + 22, "Beijing Fangzheng Notary Public Office", "serif", 11)
    pg2.text(110, y + 30, "The People's Republic of China", "serif", 11)
    pg2.text(110, y + 40, "Notary Public: Zhang Wei", "serif", 11)
    pg2.sign(150, y + 33, 35, 12, "Zhang Wei", rng, (20, 20, 20))
    pg2.text(110, y + 52, f"{MONTHS_EN[issued.month - 1]} {issued.day}, {issued.year}", "serif", 11)
    f = _fields(p, p.surname, p.given, city_en, "CHN", "zh+en")
    return [pg1, pg2], f


def india(p, rng, issued, city="Mumbai"):
    pg = Page(bg=(250, 248, 242))
    _frame(pg, (120, 80, 40), rng, True)
    pg.text(105, 20, "महाराष्ट्र शासन", "deva", 12, anchor="m")
    pg.text(105, 26, "GOVERNMENT OF MAHARASHTRA", "serif-b", 11, anchor="m")
    pg.text(105, 32, "MUNICIPAL CORPORATION OF GREATER MUMBAI", "serif-b", 10, anchor="m")
    pg.text(105, 38, "जन्म प्रमाणपत्र", "deva", 13, anchor="m")
    pg.text(105, 45, "BIRTH CERTIFICATE", "serif-b", 15, anchor="m")
    pg.para(
        20,
        52,
        170,
        "(Issued under Section 12 / 17 of the Registration of Births and Deaths "
        "Act, 1969 and Rule 8 / 13 of the Maharashtra Registration of Births and Deaths "
        "Rules, 2000)",
        "serif-i",
        8,
    )
    pg.para(
        20,
        64,
        170,
        "This is to certify that the following information has been taken from "
        "the original record of birth which is the register for Mumbai of Ward F/North of "
        "Tahsil / Block Mumbai of District Mumbai of State Maharashtra, India.",
        "serif",
        9.5,
    )
    nm = f"{p.given.upper()} {p.surname.upper()}"
    items = [
        ("Name", nm),
        ("Sex", "FEMALE" if p.sex == "F" else "MALE"),
        ("Date of Birth", fr(p.dob).replace("/", "-")),
        ("Place of Birth", f"{p.extra.get('hospital', 'K.E.M. HOSPITAL')}, {city.upper()}"),
        ("Name of Mother", p.mother.upper()),
        ("Name of Father", p.father.upper()),
        (
            "Address of parents at the time of birth",
            "FLAT 12, SHANTI NIWAS, DADAR (E), MUMBAI 400014",
        ),
        ("Registration No.", f"{p.dob.year}/F-N/{digits(rng, 5)}"),
        ("Date of Registration", fr(p.dob).replace("/", "-")),
        ("Date of Issue", fr(issued).replace("/", "-")),
    ]
    y = 84
    for lab, val in items:
        y = kv(pg, 20, y, lab, val, "beside", "serif", "serif-b", 9.5, 10.5, tab=62)
    pg.text(130, y + 14, "Signature of Issuing Authority", "serif", 9)
    pg.sign(130, y + 16, 50, 16, "Dr. S. Kulkarni", rng)
    pg.text(130, y + 38, "Registrar (Births & Deaths), F/North Ward", "serif", 8.5)
    pg.image(
        30,
        y + 12,
        34,
        34,
        stamp_img(
            "MUNICIPAL CORPORATION OF GREATER MUMBAI",
            ["REGISTRAR", "F/NORTH"],
            32,
            (60, 60, 150),
            rng,
        ),
    )
    f = _fields(
        p,
        p.surname.upper(),
        p.given.upper(),
        f"{p.extra.get('hospital', 'K.E.M. HOSPITAL')}, {city.upper()}",
        "IND",
        "mr+en",
    )
    return [pg], f


def philippines(p, rng, issued):
    pg = Page(216, 330, bg=(248, 248, 240))
    guilloche(pg, 0, 0, 216, 330, (225, 228, 210), rng, n=50, lw=0.15, amp=5)
    pg.text(108, 14, "PHILIPPINE STATISTICS AUTHORITY", "sans-b", 10, (30, 60, 120), anchor="m")
    pg.text(12, 22, "Municipal Form No. 102", "sans", 7)
    pg.text(108, 24, "Republic of the Philippines", "serif", 9, anchor="m")
    pg.text(108, 29, "OFFICE OF THE CIVIL REGISTRAR GENERAL", "serif-b", 9, anchor="m")
    pg.text(108, 37, "CERTIFICATE OF LIVE BIRTH", "serif-b", 15, anchor="m")
    x, w = 12, 192
    y = kv(pg, x, 42, "Province", "METRO MANILA", "cell", "sans", "mono-b", 6.5, 9.5, w=w / 2)
    kv(
        pg,
        x + w / 2,
        42,
        "Registry No.",
        f"{p.dob.year}-{digits(rng, 5)}",
        "cell",
        "sans",
        "mono-b",
        6.5,
        9.5,
        w=w / 2,
    )
    y = kv(
        pg, x, y, "City/Municipality", p.pob_city.upper(), "cell", "sans", "mono-b", 6.5, 9.5, w=w
    )
    gv, mid = p.given, p.extra.get("middle", "")
    kv(pg, x, y, "1. NAME  (First)", gv.upper(), "cell", "sans", "mono-b", 6.5, 10, w=w / 3)
    kv(pg, x + w / 3, y, "(Middle)", mid.upper(), "cell", "sans", "mono-b", 6.5, 10, w=w / 3)
    y = kv(
        pg,
        x + 2 * w / 3,
        y,
        "(Last)",
        p.surname.upper(),
        "cell",
        "sans",
        "mono-b",
        6.5,
        10,
        w=w / 3,
    )
    kv(
        pg,
        x,
        y,
        "2. SEX",
        "FEMALE" if p.sex == "F" else "MALE",
        "cell",
        "sans",
        "mono-b",
        6.5,
        10,
        w=w / 3,
    )
    y = kv(
        pg,
        x + w / 3,
        y,
        "3. DATE OF BIRTH  (Day) (Month) (Year)",
        f"{p.dob.day}  {MONTHS_EN[p.dob.month - 1].upper()}  {p.dob.year}",
        "cell",
        "sans",
        "mono-b",
        6.5,
        10,
        w=2 * w / 3,
    )
    pob = f"{p.extra.get('hospital', 'QUIRINO MEMORIAL MEDICAL CENTER')}, {p.pob_city.upper()}"
    y = kv(
        pg,
        x,
        y,
        "4. PLACE OF BIRTH (Name of Hospital/Clinic/Institution, City/Municipality)",
        pob,
        "cell",
        "sans",
        "mono-b",
        6.5,
        9.5,
        w=w,
    )
    pg.rect(x, y + 1, w, 5, None, (220, 220, 205), 0)
    pg.text(x + 2, y + 4.8, "MOTHER", "sans-b", 8)
    y = kv(pg, x, y + 6, "7. MAIDEN NAME", p.mother.upper(), "cell", "sans", "mono-b", 6.5, 10, w=w)
    y = kv(pg, x, y, "8. CITIZENSHIP", "FILIPINO", "cell", "sans", "mono-b", 6.5, 10, w=w / 2)
    pg.rect(x, y + 1, w, 5, None, (220, 220, 205), 0)
    pg.text(x + 2, y + 4.8, "FATHER", "sans-b", 8)
    y = kv(pg, x, y + 6, "14. NAME", p.father.upper(), "cell", "sans", "mono-b", 6.5, 10, w=w)
    y = kv(
        pg,
        x,
        y,
        "20a. DATE OF MARRIAGE OF PARENTS",
        "14 FEBRUARY 19" + str(rng.randint(80, 94)),
        "cell",
        "sans",
        "mono-b",
        6.5,
        10,
        w=w / 2,
    )
    y += 6
    pg.para(
        x,
        y,
        w,
        "This is a certified true copy of the record of birth on file with the "
        "Philippine Statistics Authority. Issued upon request for whatever legal purpose it "
        "may serve.",
        "serif-i",
        9,
    )
    pg.text(
        x,
        y + 16,
        f"Date issued: {MONTHS_EN[issued.month - 1]} {issued.day}, {issued.year}",
        "serif",
        9,
    )
    pg.sign(130, y + 14, 60, 18, "Claire Dennis S. Mapa", rng, (20, 20, 30))
    pg.text(160, y + 36, "CLAIRE DENNIS S. MAPA, Ph.D.", "sans-b", 8, anchor="m")
    pg.text(
        160,
        y + 40,
        "Undersecretary, National Statistician and Civil Registrar General",
        "sans",
        6.5,
        anchor="m",
    )
    pg.text(
        108,
        322,
        f"PSA SECPA No. {rng.choice('ABCDE')}{digits(rng, 8)}",
        "mono-b",
        8,
        (150, 30, 30),
        anchor="m",
    )
    f = _fields(p, p.surname.upper(), gv.upper(), pob, "PHL", "en")
    return [pg], f


def ukraine(p, rng, issued):
    pg = Page(148, 210, bg=(238, 242, 236))
    guilloche(pg, 0, 0, 148, 210, (200, 214, 196), rng, n=40, lw=0.15, amp=6)
    pg.text(74, 18, "УКРАЇНА", "dserif-b", 13, anchor="m")
    pg.text(74, 28, "СВІДОЦТВО", "dserif-b", 16, anchor="m")
    pg.text(74, 35, "ПРО НАРОДЖЕННЯ", "dserif-b", 12, anchor="m")
    cy = p.extra
    items = [
        ("Прізвище", cy.get("uk_sur", p.surname)),
        ("Ім'я", cy.get("uk_giv", p.given)),
        ("По батькові", cy.get("uk_pat", "")),
        ("Дата народження", fr(p.dob).replace("/", ".")),
        ("Місце народження", cy.get("uk_pob", "м. Київ, Україна")),
        ("Батько", cy.get("uk_father", "")),
        ("Мати", cy.get("uk_mother", "")),
    ]
    y = 48
    for lab, val in items:
        pg.text(14, y, lab, "dserif", 7.5, (60, 60, 60))
        pg.text(14, y + 5, val, "dserif-b", 10.5)
        pg.line(14, y + 6.5, 134, y + 6.5, (120, 120, 120), 0.2)
        y += 13
    pg.text(14, y + 2, f"Актовий запис № {rng.randint(100, 2500)}", "dserif", 8.5)
    pg.text(
        14,
        y + 8,
        "Місце державної реєстрації: Шевченківський районний у місті Києві відділ ДРАЦС",
        "dserif",
        6.8,
    )
    pg.text(14, y + 16, f"Дата видачі {fr(issued).replace('/', '.')}", "dserif", 8.5)
    pg.text(14, y + 24, f"Серія І-БК № {digits(rng, 6)}", "dserif-b", 10, (150, 20, 30))
    pg.image(
        86,
        y + 6,
        36,
        36,
        stamp_img("ШЕВЧЕНКІВСЬКИЙ ВІДДІЛ ДРАЦС", ["КИЇВ"], 34, (50, 60, 150), rng),
    )
    pg.sign(96, y + 18, 34, 12, "O. Moroz", rng)
    f = _fields(
        p, cy.get("uk_sur", p.surname), cy.get("uk_giv", p.given), cy.get("uk_pob", ""), "UKR", "uk"
    )
    return [pg], f


def korea(p, rng, issued):
    pg = Page(bg=(252, 252, 252))
    pg.text(105, 24, "기본증명서(상세)", "cjk2", 18, anchor="m")
    pg.text(105, 31, "Basic Certificate (Detailed)", "serif-i", 10, anchor="m")
    pg.text(20, 42, f"등록기준지  서울특별시 마포구 성산동 {rng.randint(10, 400)}", "cjk2", 10)
    y = table(
        pg,
        20,
        48,
        [30, 35, 40, 30, 35],
        [
            ["구분", "성명", "출생연월일", "성별", "본"],
            [
                "본인",
                p.extra.get("ko_name", "김민준") + f" ({p.surname} {p.given})",
                p.dob.strftime("%Y년 %m월 %d일"),
                "남" if p.sex == "M" else "여",
                "金海",
            ],
        ],
        font="cjk2",
        head_font="cjk2",
        size=9,
        rh=9,
    )
    y = table(
        pg,
        20,
        y + 8,
        [40, 130],
        [
            ["일반등록사항", ""],
            ["출생", f"[출생장소] {p.extra.get('ko_pob', '서울특별시 마포구')}"],
            [
                "",
                f"[신고일] {p.dob.year}년 {p.dob.month:02d}월 {p.dob.day + 2 if p.dob.day < 26 else 1:02d}일",
            ],
        ],
        font="cjk2",
        head_font="cjk2",
        size=9,
        rh=9,
    )
    pg.text(
        20,
        y + 14,
        "위 기본증명서(상세)는 가족관계등록부의 기록사항과 틀림없음을 증명합니다.",
        "cjk2",
        10,
    )
    pg.text(
        105,
        y + 30,
        f"{issued.year}년 {issued.month:02d}월 {issued.day:02d}일",
        "cjk2",
        11,
        anchor="m",
    )
    pg.text(105, y + 42, "서울특별시 마포구청장", "cjk2", 13, anchor="m")
    pg.image(
        135, y + 30, 26, 26, stamp_img("", ["마포구청장", "인"], 24, (200, 30, 30), rng, box=True)
    )
    pg.text(
        20,
        280,
        f"발급번호 {digits(rng, 4)}-{digits(rng, 4)}-{digits(rng, 4)}-{digits(rng, 4)}",
        "cjk2",
        8,
    )
    f = _fields(p, p.surname, p.given, p.extra.get("ko_pob", "서울특별시 마포구"), "KOR", "ko")
    return [pg], f


CIEC_LABELS = {
    "ESP": (
        "REINO DE ESPAÑA - REGISTRO CIVIL",
        "Extracto plurilingüe de acta de nacimiento",
        "Formule A",
    ),
    "TUR": (
        "TÜRKİYE CUMHURİYETİ - NÜFUS VE VATANDAŞLIK İŞLERİ",
        "Doğum Kaydı Örneği (Formül A)",
        "Formule A",
    ),
}


def ciec(p, rng, country, issued, office):
    """CIEC convention n°16 multilingual extract (Formule A): numbered multilingual labels."""
    pg = Page(bg=(252, 252, 250))
    top, sub, form = CIEC_LABELS[country]
    pg.text(105, 18, top, "dejavu-b", 10.5, anchor="m")
    pg.text(105, 25, sub, "dejavu", 10, anchor="m")
    pg.text(
        105,
        31,
        "Extrait d'acte de naissance - Extract from a birth entry - Auszug aus dem Geburtseintrag",
        "dejavu",
        7.5,
        anchor="m",
    )
    pg.text(190, 38, form, "dejavu-b", 9, anchor="r")
    pg.text(20, 45, f"1  {office}", "dejavu", 9)
    labs = [
        (
            "2",
            "Fecha de nacimiento / Date de naissance / Date of birth"
            if country == "ESP"
            else "Doğum tarihi / Date de naissance / Date of birth",
            p.dob.strftime("%d.%m.%Y"),
        ),
        ("3", "Lugar / Lieu / Place", p.pob_city),
        (
            "4",
            "Sexo / Sexe / Sex" if country == "ESP" else "Cinsiyeti / Sexe / Sex",
            "F" if p.sex == "F" else "M",
        ),
        (
            "5",
            "Apellidos / Nom / Surname" if country == "ESP" else "Soyadı / Nom / Surname",
            p.surname,
        ),
        (
            "6",
            "Nombre / Prénoms / Forenames" if country == "ESP" else "Adları / Prénoms / Forenames",
            p.given,
        ),
        ("7", "Padre / Père / Father" if country == "ESP" else "Babası / Père / Father", p.father),
        ("8", "Madre / Mère / Mother" if country == "ESP" else "Anası / Mère / Mother", p.mother),
    ]
    y = 55
    for n, lab, val in labs:
        pg.text(20, y, n, "dejavu-b", 9)
        pg.text(27, y, lab, "dejavu", 7.2, (70, 70, 70))
        pg.text(27, y + 5.5, val, "dejavu-b", 11)
        pg.line(20, y + 7.5, 190, y + 7.5, (150, 150, 150), 0.2)
        y += 14
    pg.text(
        20,
        y + 4,
        "9  Fecha de expedición / Date de délivrance / Date of issue"
        if country == "ESP"
        else "9  Veriliş tarihi / Date de délivrance / Date of issue",
        "dejavu",
        7.5,
    )
    pg.text(27, y + 10, issued.strftime("%d.%m.%Y"), "dejavu-b", 11)
    _officer(
        pg,
        rng,
        145,
        y + 20,
        "Firma / Signature / İmza",
        rng.choice(["M. Sánchez Ruiz", "A. Yıldız"]),
        office.upper()[:28],
        ["REGISTRO" if country == "ESP" else "NÜFUS", "CIVIL" if country == "ESP" else "MÜDÜRLÜĞÜ"],
    )
    f = _fields(
        p, p.surname, p.given, p.pob_city, country, "es+fr+en" if country == "ESP" else "tr+fr+en"
    )
    return [pg], f


def italy(p, rng, issued, comune="NAPOLI"):
    pg = Page(bg=(252, 252, 250))
    pg.text(105, 20, f"COMUNE DI {comune}", "serif-b", 14, anchor="m")
    pg.text(105, 27, "UFFICIO DELLO STATO CIVILE", "serif", 10, anchor="m")
    pg.text(105, 40, "ESTRATTO PER RIASSUNTO DELL'ATTO DI NASCITA", "serif-b", 12, anchor="m")
    pg.text(
        105,
        46,
        f"Anno {p.dob.year}  -  Parte I  -  Serie A  -  N. {rng.randint(100, 4000)}",
        "serif",
        9.5,
        anchor="m",
    )
    items = [
        ("Cognome", p.surname),
        ("Nome", p.given),
        ("Sesso", p.sex),
        ("Data di nascita", p.dob.strftime("%d/%m/%Y")),
        ("Luogo di nascita", f"{p.pob_city.upper()} ({comune[:2]})"),
        ("Paternità", p.father),
        ("Maternità", p.mother),
        ("Annotazioni", "nessuna"),
    ]
    y = 62
    for lab, val in items:
        y = kv(pg, 25, y, lab, val, "dots", "serif-i", "serif-b", 10, 11, tab=50, w=160)
    pg.para(
        25,
        y + 6,
        160,
        "Si rilascia il presente estratto in carta libera per gli usi "
        "consentiti dalla legge. Rilasciato ai sensi del Regolamento (UE) 2016/1191: esente "
        "da legalizzazione e da apostille.",
        "serif-i",
        9,
    )
    pg.text(25, y + 26, f"{comune.title()}, {issued.strftime('%d/%m/%Y')}", "serif", 10)
    _officer(
        pg,
        rng,
        145,
        y + 30,
        "L'Ufficiale dello Stato Civile",
        "Dott.ssa R. Esposito",
        f"COMUNE DI {comune}",
        ["STATO", "CIVILE"],
    )
    f = _fields(p, p.surname, p.given, f"{p.pob_city.upper()} ({comune[:2]})", "ITA", "it")
    return [pg], f
