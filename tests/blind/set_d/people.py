"""Fictional applicants and their civil-status data (set_d)."""

from dv_civil import MIS_UA, dmy, en_date, es_date, fr_date, pt_date


def addr(street, cp, city):
    return dict(street=street, cp=cp, city=city, lines=[street, "%s %s" % (cp, city.upper())])


# ------------------------------------------------------------------ applicants

LIU = dict(
    key="liu",
    surname="LIU",
    given="YUNFEI",
    sex="M",
    dob="1993-06-14",
    nat="CHN",
    nat_fr="chinoise",
    pob_city="Chengdu",
    pob_country_fr="Chine",
    pp=dict(
        number="EJ4829163",
        issued="2022-04-11",
        expiry="2032-04-10",
        labels="zh",
        header=["中华人民共和国  PEOPLE'S REPUBLIC OF CHINA", "护照  PASSPORT"],
        surname_vis="刘/LIU",
        given_vis="云飞/YUNFEI",
        nat_vis="中国/CHINESE",
        pob="四川/SICHUAN",
        authority="中华人民共和国国家移民管理局 NIA",
        dstyle="en",
        bg=(234, 238, 242),
        guil=(205, 215, 228),
    ),
    addr=addr("12 rue des Trois Frères", "75018", "Paris"),
)

GARCIA = dict(
    key="garcia",
    surname="GARCÍA LÓPEZ",
    given="MARÍA JOSÉ",
    sex="F",
    dob="1990-02-27",
    nat="ESP",
    nat_fr="espagnole",
    pob_city="Zaragoza",
    pob_country_fr="Espagne",
    dni="73104592K",
    es_addr=["C. DEL COSO 44, 3º B", "ZARAGOZA"],
    parents_es="ANTONIO / PILAR",
    addr=addr("8 rue Paul Bert", "69003", "Lyon"),
)

MILLER = dict(
    key="miller",
    surname="MILLER",
    given="JENNIFER ANNE",
    sex="F",
    dob="1988-09-03",
    nat="USA",
    nat_fr="américaine",
    pob_city="Columbus",
    pob_country_fr="États-Unis",
    pp=dict(
        number="567821943",
        issued="2021-05-18",
        expiry="2031-05-17",
        labels="en",
        header=["UNITED STATES OF AMERICA", "PASSPORT"],
        nat_vis="UNITED STATES OF AMERICA",
        pob="OHIO, U.S.A.",
        authority="United States Department of State",
        dstyle="en",
        bg=(232, 236, 244),
        guil=(200, 212, 232),
    ),
    addr=addr("27 quai Saint-Vincent", "69001", "Lyon"),
)
DUBOIS = dict(
    surname="DUBOIS", given="JULIEN MARC", sex="M", dob="1986-01-22", pob_city="Villeurbanne"
)

AIT = dict(
    key="ait",
    surname="AIT-HAMOU",
    given="YACINE",
    sex="M",
    dob="1994-11-05",
    nat="DZA",
    nat_fr="algérienne",
    pob_city="Tizi Ouzou",
    pob_country_fr="Algérie",
    pp=dict(
        number="195372840",
        issued="2023-01-09",
        expiry="2033-01-08",
        labels="fr",
        header=["RÉPUBLIQUE ALGÉRIENNE DÉMOCRATIQUE ET POPULAIRE", "PASSEPORT / PASSPORT"],
        nat_vis="ALGÉRIENNE",
        pob="TIZI OUZOU",
        authority="DAIRA DE TIZI OUZOU",
        dstyle="slash",
        bg=(230, 240, 232),
        guil=(196, 220, 204),
    ),
    addr=addr("41 avenue Jean Jaurès", "93300", "Aubervilliers"),
    prefecture="DE LA SEINE-SAINT-DENIS",
)

OLIVEIRA = dict(
    key="oliveira",
    surname="OLIVEIRA",
    given="ANA CAROLINA",
    sex="F",
    dob="2000-07-19",
    nat="BRA",
    nat_fr="brésilienne",
    pob_city="Belo Horizonte",
    pob_country_fr="Brésil",
    pp=dict(
        number="GK482215",
        issued="2024-02-02",
        expiry="2034-02-01",
        labels="pt",
        header=["REPÚBLICA FEDERATIVA DO BRASIL", "PASSAPORTE / PASSPORT / PASSEPORT"],
        nat_vis="BRASILEIRO(A)",
        pob="BELO HORIZONTE/MG",
        authority="POLÍCIA FEDERAL",
        dstyle="en",
        bg=(230, 238, 246),
        guil=(200, 214, 236),
        style="B",
    ),
    addr=addr("5 rue Gambetta", "31000", "Toulouse"),
)

SHEV = dict(
    key="shev",
    surname="SHEVCHENKO",
    given="OLENA",
    sex="F",
    dob="1991-04-30",
    nat="UKR",
    nat_fr="ukrainienne",
    pob_city="Kharkiv",
    pob_country_fr="Ukraine",
    pp=dict(
        number="FX615094",
        issued="2022-08-15",
        expiry="2032-08-15",
        labels="uk",
        header=["УКРАЇНА / UKRAINE", "ПАСПОРТ / PASSPORT"],
        nat_vis="УКРАЇНА/UKRAINE",
        surname_vis="ШЕВЧЕНКО/SHEVCHENKO",
        given_vis="ОЛЕНА/OLENA",
        pob="ХАРКІВСЬКА ОБЛ./UKR",
        authority="4612",
        dstyle="enfr",
        bg=(234, 238, 246),
        guil=(204, 212, 234),
    ),
    addr=addr("3 allée des Tilleuls", "67000", "Strasbourg"),
    prefecture="DU BAS-RHIN",
)

SHARMA = dict(
    key="sharma",
    surname="SHARMA",
    given="PRIYA LAKSHMI",
    sex="F",
    dob="1995-12-08",
    nat="IND",
    nat_fr="indienne",
    pob_city="New Delhi",
    pob_country_fr="Inde",
    pp=dict(
        number="W7315820",
        issued="2023-06-20",
        expiry="2033-06-19",
        labels="en",
        header=["भारत गणराज्य  REPUBLIC OF INDIA", "PASSPORT"],
        nat_vis="INDIAN",
        pob="DELHI",
        authority="DELHI",
        dstyle="slash",
        bg=(234, 236, 240),
        guil=(210, 210, 225),
    ),
    addr=addr("19 boulevard Carnot", "06400", "Cannes"),
)

REYES = dict(
    key="reyes",
    surname="REYES",
    given="MARIA LUISA",
    sex="F",
    dob="1992-03-17",
    nat="PHL",
    nat_fr="philippine",
    pob_city="Quezon City",
    pob_country_fr="Philippines",
    pp=dict(
        number="P4418273B",
        issued="2021-09-30",
        expiry="2031-09-29",
        labels="en",
        header=["REPUBLIKA NG PILIPINAS  REPUBLIC OF THE PHILIPPINES", "PASAPORTE / PASSPORT"],
        given_vis="MARIA LUISA",
        nat_vis="FILIPINO",
        pob="QUEZON CITY",
        authority="DFA MANILA",
        dstyle="en",
        bg=(240, 236, 232),
        guil=(222, 210, 204),
    ),
    addr=addr("66 rue de la République", "13002", "Marseille"),
)

THOMPSON = dict(
    key="thompson",
    surname="THOMPSON",
    given="OLIVER JAMES",
    sex="M",
    dob="1985-10-11",
    nat="GBR",
    nat_fr="britannique",
    pob_city="Leeds",
    pob_country_fr="Royaume-Uni",
    pp=dict(
        number="533917264",
        issued="2016-07-04",
        expiry="2026-10-03",
        labels="fr",
        header=["UNITED KINGDOM OF GREAT BRITAIN AND NORTHERN IRELAND", "PASSPORT / PASSEPORT"],
        nat_vis="BRITISH CITIZEN",
        pob="LEEDS",
        authority="HMPO",
        dstyle="enfr",
        bg=(236, 232, 240),
        guil=(214, 206, 226),
    ),
    addr=addr("14 rue du Château", "33000", "Bordeaux"),
)

YILMAZ = dict(
    key="yilmaz",
    surname="YILMAZ",
    given="EMRE",
    sex="M",
    dob="1997-01-25",
    nat="TUR",
    nat_fr="turque",
    pob_city="İzmir",
    pob_country_fr="Turquie",
    pp=dict(
        number="U18472953",
        issued="2024-03-12",
        expiry="2034-03-11",
        labels="tr",
        header=["TÜRKİYE CUMHURİYETİ  REPUBLIC OF TÜRKİYE", "PASAPORT / PASSPORT"],
        surname_vis="YILMAZ",
        given_vis="EMRE",
        nat_vis="T.C./TUR",
        pob="İZMİR",
        authority="T.C. İÇİŞLERİ BAKANLIĞI",
        dstyle="dots",
        bg=(244, 234, 234),
        guil=(228, 206, 206),
    ),
    addr=addr("9 rue Mazenod", "69003", "Lyon"),
)

JOHNSON = dict(
    key="johnson",
    surname="JOHNSON",
    given="MARCUS DEVON",
    sex="M",
    dob="1989-05-02",
    nat="USA",
    nat_fr="américaine",
    pob_city="Houston",
    pob_country_fr="États-Unis",
    pp=dict(
        number="642018377",
        issued="2020-11-10",
        expiry="2030-11-09",
        labels="en",
        header=["UNITED STATES OF AMERICA", "PASSPORT"],
        nat_vis="UNITED STATES OF AMERICA",
        pob="TEXAS, U.S.A.",
        authority="United States Department of State",
        dstyle="en",
        bg=(232, 236, 244),
        guil=(200, 212, 232),
        style="B",
    ),
    addr=addr("102 rue Saint-Honoré", "75001", "Paris"),
)

MORENO = dict(
    key="moreno",
    surname="MORENO RESTREPO",
    given="CAMILA ANDREA",
    sex="F",
    dob="1996-08-21",
    nat="COL",
    nat_fr="colombienne",
    pob_city="Medellín",
    pob_country_fr="Colombie",
    pp=dict(
        number="AW512087",
        issued="2022-10-05",
        expiry="2032-10-04",
        labels="es",
        header=["REPÚBLICA DE COLOMBIA", "PASAPORTE / PASSPORT"],
        nat_vis="COLOMBIANA",
        pob="MEDELLIN (ANT)",
        authority="MINISTERIO DE RELACIONES EXTERIORES",
        dstyle="esen",
        bg=(240, 236, 226),
        guil=(222, 212, 190),
    ),
    addr=addr("22 rue Nationale", "59000", "Lille"),
)

ELIDRISSI = dict(
    key="elidrissi",
    surname="EL IDRISSI",
    given="SALMA",
    sex="F",
    dob="1993-02-09",
    nat="MAR",
    nat_fr="marocaine",
    pob_city="Fès",
    pob_country_fr="Maroc",
    pp=dict(
        number="UZ4418305",
        issued="2021-12-01",
        expiry="2026-11-30",
        labels="fr",
        header=["ROYAUME DU MAROC", "PASSEPORT / PASSPORT"],
        nat_vis="MAROCAINE",
        pob="FES",
        authority="DGSN",
        dstyle="slash",
        bg=(240, 232, 230),
        guil=(226, 206, 204),
    ),
    addr=addr("7 rue de Metz", "31000", "Toulouse"),
)

HERNANDEZ = dict(
    key="hernandez",
    surname="HERNÁNDEZ CRUZ",
    given="JOSÉ LUIS",
    sex="M",
    dob="1987-12-30",
    nat="MEX",
    nat_fr="mexicaine",
    pob_city="Puebla",
    pob_country_fr="Mexique",
    pp=dict(
        number="G31580264",
        issued="2023-04-17",
        expiry="2029-04-16",
        labels="es",
        header=["ESTADOS UNIDOS MEXICANOS", "PASAPORTE / PASSPORT"],
        nat_vis="MEXICANA",
        pob="PUEBLA",
        authority="SRE",
        dstyle="esen",
        bg=(234, 240, 234),
        guil=(206, 222, 206),
    ),
    addr=addr("15 rue de Brest", "35000", "Rennes"),
)
MARTIN = dict(surname="MARTIN", given="CLAIRE HÉLÈNE", sex="F", dob="1984-04-14", pob_city="Rennes")

BENSALAH = dict(
    key="bensalah",
    surname="BEN SALAH",
    given="AMIRA",
    sex="F",
    dob="1998-10-03",
    nat="TUN",
    nat_fr="tunisienne",
    pob_city="Sfax",
    pob_country_fr="Tunisie",
    pp=dict(
        number="Z0847261",
        issued="2023-07-25",
        expiry="2028-07-24",
        labels="fr",
        header=["RÉPUBLIQUE TUNISIENNE", "PASSEPORT / PASSPORT"],
        nat_vis="TUNISIENNE",
        pob="SFAX",
        authority="TUNIS",
        dstyle="slash",
        bg=(240, 230, 232),
        guil=(226, 204, 210),
    ),
    addr=addr("4 place Saint-Pierre", "44000", "Nantes"),
)


# ------------------------------------------------------------------ birth data


def b_algeria(P, act="00512", issued="2025-06-10"):
    return dict(
        kind="fr_extrait",
        surname="AIT-HAMOU",
        given="Yacine",
        dob=P["dob"],
        place="Tizi Ouzou",
        country="DZA",
        lang="ar/fr",
        data=dict(
            arabic_header=[
                (
                    "RÉPUBLIQUE ALGÉRIENNE DÉMOCRATIQUE ET POPULAIRE",
                    "الجمهورية الجزائرية الديمقراطية الشعبية",
                ),
                ("Wilaya de Tizi Ouzou", "ولاية تيزي وزو"),
                ("Commune de Tizi Ouzou", "بلدية تيزي وزو"),
            ],
            admin=["Service de l'état civil", "Année 1994"],
            act_no=act,
            title="EXTRAIT D'ACTE DE NAISSANCE",
            title_ar="مستخرج من عقد الميلاد",
            rows=[
                ("Le", "%s à 08h15" % fr_date(P["dob"]), "في"),
                ("est né(e) à", "Tizi Ouzou", "ولد(ت) ب"),
                ("Nom", "AIT-HAMOU", "اللقب"),
                ("Prénom(s)", "Yacine", "الاسم"),
                ("Sexe", "Masculin", "الجنس"),
                ("Fils de", "Mohand Ait-Hamou", "ابن"),
                ("et de", "Ouiza Bellil", "و"),
                ("Acte n°", act, "رقم العقد"),
            ],
            closing="Pour extrait conforme au registre, délivré à Tizi Ouzou le %s."
            % fr_date(issued),
            seal=["APC TIZI OUZOU", "ÉTAT CIVIL"],
            fiscal=None,
        ),
    )


def b_morocco(P, issued):
    return dict(
        kind="fr_extrait",
        surname="EL IDRISSI",
        given="Salma",
        dob=P["dob"],
        place="Fès",
        country="MAR",
        lang="ar/fr",
        data=dict(
            arabic_header=[
                ("ROYAUME DU MAROC", "المملكة المغربية"),
                ("Ministère de l'Intérieur", "وزارة الداخلية"),
                ("Province de Fès — Commune de Fès", "عمالة فاس — جماعة فاس"),
                ("Bureau de l'état civil Agdal", "مكتب الحالة المدنية أكدال"),
            ],
            admin=["Acte n° 1408, Année 1993"],
            act_no="1408/1993",
            title="EXTRAIT D'ACTE DE NAISSANCE",
            title_ar="نسخة موجزة من رسم الولادة",
            rows=[
                ("Nom de famille", "EL IDRISSI", "الاسم العائلي"),
                ("Prénom", "Salma", "الاسم الشخصي"),
                ("Date de naissance", dmy(P["dob"]), "تاريخ الازدياد"),
                ("Lieu de naissance", "Fès", "مكان الازدياد"),
                ("Sexe", "Féminin", "الجنس"),
                ("Père", "Abdelkader El Idrissi", "الأب"),
                ("Mère", "Naima Berrada", "الأم"),
            ],
            closing="Certifié conforme aux indications portées au registre de l'état civil. "
            "Délivré à Fès, le %s." % dmy(issued),
            seal=["ÉTAT CIVIL", "FÈS AGDAL"],
            seal_col=(40, 110, 60),
            fiscal=None,
        ),
    )


def b_tunisia(P, issued):
    return dict(
        kind="fr_extrait",
        surname="BEN SALAH",
        given="Amira",
        dob=P["dob"],
        place="Sfax",
        country="TUN",
        lang="ar/fr",
        data=dict(
            arabic_header=[
                ("RÉPUBLIQUE TUNISIENNE", "الجمهورية التونسية"),
                ("Ministère de l'Intérieur", "وزارة الداخلية"),
                ("Municipalité de Sfax", "بلدية صفاقس"),
            ],
            admin=["Arrondissement de Sfax-Ville", "Année 1998"],
            act_no="2217",
            title="EXTRAIT D'ACTE DE NAISSANCE",
            title_ar="مضمون ولادة",
            rows=[
                ("Prénom", "Amira", "الاسم"),
                ("Nom", "BEN SALAH", "اللقب"),
                ("Sexe", "Féminin", "الجنس"),
                ("Date de naissance", fr_date(P["dob"]), "تاريخ الولادة"),
                ("Lieu de naissance", "Sfax", "مكان الولادة"),
                ("Père", "Mohamed Ben Salah", "الأب"),
                ("Mère", "Samia Trabelsi", "الأم"),
            ],
            closing="Extrait certifié conforme, délivré à Sfax le %s." % dmy(issued),
            seal=["MUNICIPALITÉ", "DE SFAX"],
            seal_col=(160, 40, 40),
            fiscal=None,
        ),
    )


def b_china(P):
    return dict(
        kind="cn",
        surname="LIU",
        given="YUNFEI",
        dob=P["dob"],
        place="Chengdu, Sichuan Province",
        country="CHN",
        lang="zh/en",
        data=dict(
            no_zh="(2025)川成蜀证字第08817号",
            no_en="(2025) Chuan Cheng Shu Zheng Zi No. 08817",
            name_zh="刘云飞",
            sex_zh="男",
            dob_zh="一九九三年六月十四日",
            id_no="510104199306142817",
            place_zh="四川省成都市",
            father_zh="刘建国",
            mother_zh="王秀英",
            office_zh="四川省成都市蜀都公证处",
            notary_zh="张敏",
            issued_zh="二〇二五年九月三日",
            name_en="LIU Yunfei",
            sex_en="male",
            dob_en="June 14, 1993",
            place_en="Chengdu, Sichuan Province",
            father_en="LIU Jianguo",
            mother_en="WANG Xiuying",
            office_en="Shudu Notary Public Office, Chengdu, Sichuan Province",
            notary_en="ZHANG Min",
            issued_en="September 3, 2025",
        ),
    )


def b_ohio(P, issued):
    return dict(
        kind="us",
        surname="MILLER",
        given="JENNIFER ANNE",
        dob=P["dob"],
        place="Columbus, Franklin County, Ohio",
        country="USA",
        lang="en",
        data=dict(
            state="STATE OF OHIO",
            dept="DEPARTMENT OF HEALTH",
            office="Office of Vital Statistics",
            cert_no="1988-0412377",
            child_name="JENNIFER ANNE MILLER",
            dob_vis=en_date(P["dob"]).upper(),
            time="4:52 AM",
            sex_vis="FEMALE",
            city="COLUMBUS",
            county="FRANKLIN",
            facility="RIVERSIDE METHODIST HOSPITAL",
            mother="SUSAN MARIE KOWALSKI",
            mother_bp="OHIO",
            father="DAVID ROBERT MILLER",
            father_bp="PENNSYLVANIA",
            filed="SEPTEMBER 12, 1988",
            issued_vis=en_date(issued).upper(),
            registrar="Karen L. Whitfield",
            col=(30, 70, 120),
        ),
    )


def b_texas(P, issued):
    return dict(
        kind="us",
        surname="JOHNSON",
        given="MARCUS DEVON",
        dob=P["dob"],
        place="Houston, Harris County, Texas",
        country="USA",
        lang="en",
        data=dict(
            state="THE STATE OF TEXAS",
            dept="DEPARTMENT OF STATE HEALTH SERVICES",
            office="Vital Statistics Section",
            title="CERTIFICATION OF VITAL RECORD",
            cert_no="142-89-061532",
            child_name="MARCUS DEVON JOHNSON",
            dob_vis=en_date(P["dob"]).upper(),
            time="11:07 PM",
            sex_vis="MALE",
            city="HOUSTON",
            county="HARRIS",
            facility="BEN TAUB GENERAL HOSPITAL",
            mother="LATOYA RENEE WILLIAMS",
            mother_bp="LOUISIANA",
            father="CALVIN JAMES JOHNSON",
            father_bp="TEXAS",
            filed="MAY 15, 1989",
            issued_vis=en_date(issued).upper(),
            registrar="Jennifer A. Shaw",
            col=(120, 40, 40),
        ),
    )


def b_uk(P, issued):
    return dict(
        kind="uk",
        surname="THOMPSON",
        given="Oliver James",
        dob=P["dob"],
        place="Leeds",
        country="GBR",
        lang="en",
        data=dict(
            serial="BXC 518204",
            app_no="7718302-1",
            district="Leeds",
            subdistrict="Leeds North",
            county="Metropolitan District of Leeds",
            year="1985",
            entry_no="412",
            issued_vis="%s day of %s %s"
            % (int(issued[8:10]), en_date(issued).split(" ")[0], issued[:4]),
            cells=[
                ["412"],
                ["Eleventh", "October 1985", "St James's", "University Hospital", "Leeds"],
                ["Oliver", "James"],
                ["Boy"],
                ["Peter Alan", "THOMPSON"],
                ["Margaret Ann", "THOMPSON", "formerly", "HARGREAVES"],
                ["Electrical", "engineer"],
                ["M. A. Thompson", "Mother", "22 Grange Road", "Leeds"],
                ["Eighteenth", "November", "1985"],
                ["J. Walsh", "Registrar"],
                [""],
            ],
        ),
    )


def b_brazil(P, issued):
    return dict(
        kind="br",
        surname="OLIVEIRA",
        given="ANA CAROLINA",
        dob=P["dob"],
        place="Belo Horizonte, MG",
        country="BRA",
        lang="pt",
        data=dict(
            name="ANA CAROLINA DE SOUZA OLIVEIRA",
            cpf="418.227.056-30",
            matricula="041236 01 55 2000 1 00212 187 0071234 52",
            dob_words="Dezenove de julho de dois mil",
            dob_vis="19 / 07 / 2000",
            time="14h20min",
            reg_city="BELO HORIZONTE - MG",
            place="Hospital Mater Dei",
            birth_city="BELO HORIZONTE - MG",
            sex_vis="Feminino",
            parents=["ROBERTO CARLOS OLIVEIRA", "MÁRCIA DE SOUZA OLIVEIRA"],
            grandparents=[
                "Paternos: José Oliveira e Maria das Graças Oliveira",
                "Maternos: Antônio de Souza e Lúcia de Souza",
            ],
            reg_words="Vinte e oito de julho de dois mil",
            cartorio="Cartório do Registro Civil das Pessoas Naturais do 2º Subdistrito de Belo Horizonte - MG.",
            issued_line="Belo Horizonte, %s." % pt_date(issued),
            oficial="Helena Martins Pacheco",
            selo="EAG41128-7Q2C",
        ),
    )


def b_ukraine(P, issued):
    return dict(
        kind="ua",
        surname="ШЕВЧЕНКО",
        given="Олена Петрівна",
        dob=P["dob"],
        place="м. Харків",
        country="UKR",
        lang="uk",
        data=dict(
            sur_ua="ШЕВЧЕНКО",
            giv_ua="ОЛЕНА",
            patr_ua="ПЕТРІВНА",
            dob_ua="%d %s %s року"
            % (int(P["dob"][8:10]), MIS_UA[int(P["dob"][5:7]) - 1], P["dob"][:4]),
            place_ua="м. Харків, Харківська обл., Україна",
            reg_date_ua="15 травня 1991 року",
            act_no="1183",
            father_ua="ШЕВЧЕНКО ПЕТРО ІВАНОВИЧ",
            mother_ua="ШЕВЧЕНКО НАТАЛІЯ ВОЛОДИМИРІВНА",
            office_ua="Відділ ДРАЦС у місті Харкові",
            issued_ua=dmy(issued, "."),
            series="I-ВЛ № 284117",
        ),
    )


def b_india(P, issued):
    return dict(
        kind="in",
        surname="SHARMA",
        given="PRIYA LAKSHMI",
        dob=P["dob"],
        place="New Delhi",
        country="IND",
        lang="en",
        data=dict(
            gov="GOVERNMENT OF NCT OF DELHI",
            body="MUNICIPAL CORPORATION OF DELHI",
            area="SOUTH ZONE, NEW DELHI",
            name="PRIYA LAKSHMI SHARMA",
            sex_vis="FEMALE",
            dob_vis=dmy(P["dob"], "-"),
            place="SAFDARJUNG HOSPITAL, NEW DELHI",
            mother="SUNITA SHARMA",
            father="RAJESH KUMAR SHARMA",
            address="C-14, MALVIYA NAGAR, NEW DELHI - 110017",
            reg_no="SZ/1995/0048213",
            reg_date="14-12-1995",
            issued_vis=dmy(issued, "-"),
        ),
    )


def b_philippines(P, issued):
    return dict(
        kind="ph",
        surname="REYES",
        given="MARIA LUISA",
        dob=P["dob"],
        place="Quezon City",
        country="PHL",
        lang="en",
        data=dict(
            province="METRO MANILA",
            city="QUEZON CITY",
            reg_no="92-04418",
            first="MARIA LUISA",
            middle="SANTOS",
            last="REYES",
            sex_vis="FEMALE",
            dob_vis="17 MARCH 1992",
            hospital="EAST AVENUE MEDICAL CENTER",
            mother="ROSARIO DELA CRUZ SANTOS",
            father="EDUARDO MANALO REYES",
            attendant="DR. A. VILLANUEVA",
            reg_date="02 APRIL 1992",
            issued_vis=en_date(issued).upper(),
            registrar="CLAIRE DENNIS S. MAPA, Ph.D.",
            secpa="E04521873",
        ),
    )


def b_turkey(P, issued):
    return dict(
        kind="tr",
        surname="YILMAZ",
        given="EMRE",
        dob=P["dob"],
        place="İzmir",
        country="TUR",
        lang="tr/fr",
        data=dict(
            reg_place="KONAK / İZMİR",
            dob_vis=dmy(P["dob"], "."),
            place="İZMİR",
            sex_code="M",
            surname="YILMAZ",
            given="EMRE",
            father="YILMAZ MEHMET",
            mother="YILMAZ AYŞE",
            issued_vis=dmy(issued, "."),
        ),
    )


def b_colombia(P, issued):
    return dict(
        kind="es",
        surname="MORENO RESTREPO",
        given="CAMILA ANDREA",
        dob=P["dob"],
        place="Medellín, Antioquia",
        country="COL",
        lang="es",
        data=dict(
            header=[
                "REPÚBLICA DE COLOMBIA",
                "REGISTRADURÍA NACIONAL DEL ESTADO CIVIL",
                "Notaría Quinta del Círculo de Medellín",
            ],
            title="REGISTRO CIVIL DE NACIMIENTO",
            accent=(20, 60, 120),
            ids=[("Indicativo Serial", "24518873"), ("NUIP", "1.036.648.215")],
            sections=[
                (
                    "Datos del inscrito",
                    [
                        [("Primer Apellido", "MORENO", 1), ("Segundo Apellido", "RESTREPO", 1)],
                        [("Nombre(s)", "CAMILA ANDREA", 1), ("Sexo", "FEMENINO", 0.5)],
                        [
                            ("Fecha de nacimiento", "1996 / AGO / 21", 1),
                            (
                                "País - Departamento - Municipio",
                                "COLOMBIA - ANTIOQUIA - MEDELLÍN",
                                1.6,
                            ),
                        ],
                    ],
                ),
                (
                    "Datos de la madre",
                    [
                        [
                            ("Apellidos y nombres completos", "RESTREPO GÓMEZ LUZ MARINA", 2),
                            ("Nacionalidad", "COLOMBIANA", 1),
                        ]
                    ],
                ),
                (
                    "Datos del padre",
                    [
                        [
                            ("Apellidos y nombres completos", "MORENO ARIAS JORGE IVÁN", 2),
                            ("Nacionalidad", "COLOMBIANA", 1),
                        ]
                    ],
                ),
                ("Fecha de inscripción", [[("Año - Mes - Día", "1996 - 09 - 02", 1)]]),
            ],
            closing="Es fiel copia tomada del original que reposa en esta Notaría. Expedida en Medellín "
            "el %s, con destino a: INTERESADO." % es_date(issued),
            officer="Notario Quinto de Medellín",
            seal=["NOTARÍA", "QUINTA"],
        ),
    )


def b_mexico(P, issued):
    return dict(
        kind="es",
        surname="HERNÁNDEZ CRUZ",
        given="JOSÉ LUIS",
        dob=P["dob"],
        place="Puebla, Puebla",
        country="MEX",
        lang="es",
        data=dict(
            header=[
                "ESTADOS UNIDOS MEXICANOS",
                "REGISTRO NACIONAL DE POBLACIÓN",
                "Dirección General del Registro Civil del Estado de Puebla",
            ],
            title="ACTA DE NACIMIENTO",
            accent=(100, 40, 60),
            ids=[
                ("Identificador electrónico", "21114001198700418"),
                ("CURP", "HECJ871230HPLRRS04"),
            ],
            sections=[
                (
                    "Datos de la persona registrada",
                    [
                        [
                            ("Nombre(s)", "JOSÉ LUIS", 1),
                            ("Primer apellido", "HERNÁNDEZ", 1),
                            ("Segundo apellido", "CRUZ", 1),
                        ],
                        [
                            ("Sexo", "HOMBRE", 0.6),
                            ("Fecha de nacimiento", "30/12/1987", 1),
                            ("Lugar de nacimiento", "PUEBLA, PUEBLA", 1.4),
                        ],
                    ],
                ),
                (
                    "Datos de filiación de la persona registrada",
                    [
                        [("Padre", "ARMANDO HERNÁNDEZ RUIZ", 1), ("Nacionalidad", "MEXICANA", 0.6)],
                        [("Madre", "GUADALUPE CRUZ MENDOZA", 1), ("Nacionalidad", "MEXICANA", 0.6)],
                    ],
                ),
                (
                    "Datos de registro",
                    [
                        [
                            ("Oficialía", "0004", 0.6),
                            ("Libro", "0012", 0.6),
                            ("Acta", "00418", 0.6),
                            ("Fecha de registro", "15/01/1988", 1),
                        ]
                    ],
                ),
            ],
            closing="El presente documento es una copia certificada del acta que obra en la base de datos "
            "del Registro Nacional de Población. Puebla, Puebla, a %s." % es_date(issued),
            officer="Director(a) del Registro Civil",
            seal=["REGISTRO", "CIVIL"],
        ),
    )


def b_spain(P, issued):
    return dict(
        kind="es",
        surname="GARCÍA LÓPEZ",
        given="MARÍA JOSÉ",
        dob=P["dob"],
        place="Zaragoza",
        country="ESP",
        lang="es",
        data=dict(
            header=["REINO DE ESPAÑA", "MINISTERIO DE JUSTICIA", "Registro Civil de Zaragoza"],
            title="CERTIFICACIÓN LITERAL DE NACIMIENTO",
            accent=(150, 30, 30),
            ids=[("Sección 1ª — Tomo", "00412"), ("Página", "117")],
            sections=[
                (
                    "Inscrito/a",
                    [
                        [
                            ("Primer apellido", "GARCÍA", 1),
                            ("Segundo apellido", "LÓPEZ", 1),
                            ("Nombre", "MARÍA JOSÉ", 1),
                        ],
                        [
                            ("Sexo", "MUJER", 0.6),
                            ("Fecha de nacimiento", "27 de febrero de 1990", 1.2),
                            ("Hora", "06:40", 0.5),
                            ("Lugar", "ZARAGOZA", 1),
                        ],
                    ],
                ),
                (
                    "Progenitores",
                    [[("Padre", "ANTONIO GARCÍA SANZ", 1), ("Madre", "PILAR LÓPEZ MARTÍN", 1)]],
                ),
                (
                    "Inscripción",
                    [
                        [
                            ("Fecha de inscripción", "05 de marzo de 1990", 1),
                            ("Encargado/a", "D. Luis Gil Ortega", 1),
                        ]
                    ],
                ),
            ],
            closing="CERTIFICO que la presente es reproducción literal de la inscripción obrante en este "
            "Registro Civil. Zaragoza, %s." % es_date(issued),
            officer="El/La Encargado/a del Registro Civil",
            seal=["REGISTRO CIVIL", "ZARAGOZA"],
        ),
    )


# ------------------------------------------------------------------ apostilles


def apo(country_key, issued, number):
    d = {
        "CHN": dict(
            lang="en",
            country="People's Republic of China",
            signer="ZHANG Min",
            capacity="Notary Public",
            seal_of="Shudu Notary Public Office of Chengdu",
            place="Chengdu",
            by="Foreign Affairs Office of Sichuan Provincial People's Government",
            seal_txt=["SICHUAN", "FAO"],
        ),
        "USA-OH": dict(
            lang="en",
            country="United States of America",
            signer="Karen L. Whitfield",
            capacity="State Registrar",
            seal_of="Ohio Department of Health",
            place="Columbus, Ohio",
            by="Secretary of State of Ohio",
            subtitle="(Convention de La Haye du 5 octobre 1961)",
            seal_txt=["STATE OF", "OHIO"],
        ),
        "GBR": dict(
            lang="en",
            country="United Kingdom of Great Britain and Northern Ireland",
            signer="J. Walsh",
            capacity="Deputy Registrar General",
            seal_of="General Register Office",
            place="Milton Keynes",
            by="HM Principal Secretary of State for Foreign, Commonwealth and Development Affairs",
            seal_txt=["FCDO", "LEGALISATION"],
        ),
        "BRA": dict(
            lang="pt",
            title="APOSTILA",
            country="República Federativa do Brasil",
            signer="Helena Martins Pacheco",
            capacity="Oficial de Registro Civil",
            seal_of="Cartório do Registro Civil - 2º Subdistrito de Belo Horizonte",
            place="Belo Horizonte/MG",
            by="Tabelionato de Notas - 1º Ofício",
            seal_txt=["CNJ", "APOSTILA"],
        ),
        "UKR": dict(
            lang="en",
            country="Ukraine",
            signer="Koval I. M.",
            capacity="Head of the Civil Registry Office",
            seal_of="Kharkiv City Civil Registry Office",
            place="Kyiv",
            by="Ministry of Justice of Ukraine",
            seal_txt=["МІНЮСТ", "УКРАЇНИ"],
        ),
        "IND": dict(
            lang="en",
            country="India",
            signer="Dr. R. K. Malhotra",
            capacity="Registrar (Births & Deaths)",
            seal_of="Municipal Corporation of Delhi",
            place="New Delhi",
            by="Assistant Section Officer, Ministry of External Affairs",
            seal_txt=["MEA", "INDIA"],
        ),
        "PHL": dict(
            lang="en",
            country="Republic of the Philippines",
            signer="Claire Dennis S. Mapa",
            capacity="Civil Registrar General",
            seal_of="Philippine Statistics Authority",
            place="Manila",
            by="Authentication Division, Department of Foreign Affairs",
            seal_txt=["DFA", "MANILA"],
        ),
        "TUR": dict(
            lang="enfr",
            country="Türkiye / Turquie",
            signer="Ahmet Kaya",
            capacity="Nüfus Müdürü",
            seal_of="Konak İlçe Nüfus Müdürlüğü",
            place="İzmir",
            by="Konak Kaymakamlığı",
            seal_txt=["KONAK", "KAYMAKAMLIĞI"],
        ),
        "COL": dict(
            lang="es",
            country="República de Colombia",
            signer="Ana María Vélez Ochoa",
            capacity="Notario Quinto de Medellín",
            seal_of="Notaría Quinta del Círculo de Medellín",
            place="Bogotá D.C.",
            by="Ministerio de Relaciones Exteriores",
            seal_txt=["CANCILLERÍA", "COLOMBIA"],
        ),
        "MEX": dict(
            lang="es",
            country="Estados Unidos Mexicanos",
            signer="Lic. Rocío Méndez Aguilar",
            capacity="Directora del Registro Civil",
            seal_of="Registro Civil del Estado de Puebla",
            place="Puebla, Pue.",
            by="Secretaría General de Gobierno del Estado de Puebla",
            seal_txt=["GOBIERNO", "DE PUEBLA"],
        ),
        "MAR": dict(
            lang="fr",
            country="Royaume du Maroc",
            signer="M. Karim Bennani",
            capacity="Officier de l'état civil",
            seal_of="Bureau de l'état civil Agdal - Fès",
            place="Fès",
            by="Le Procureur du Roi près le Tribunal de première instance de Fès",
            seal_txt=["ROYAUME", "DU MAROC"],
        ),
        "TUN": dict(
            lang="fr",
            country="République Tunisienne",
            signer="Mme Leïla Gharbi",
            capacity="Officier de l'état civil",
            seal_of="Municipalité de Sfax",
            place="Tunis",
            by="Ministère des Affaires étrangères - Bureau des légalisations",
            seal_txt=["RÉPUBLIQUE", "TUNISIENNE"],
        ),
    }[country_key]
    d = dict(d)
    d["issued_on"] = issued
    d["number"] = number
    if d["lang"] in ("en",):
        d["date_vis"] = en_date(issued)
    elif d["lang"] == "es":
        d["date_vis"] = dmy(issued)
    else:
        d["date_vis"] = dmy(issued)
    return d
