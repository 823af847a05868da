"""Applicants, hosts and addresses of set_q."""

import datetime as dt

D = dt.date

NAT = {  # iso3: (nationalité (fr), pays (fr), passport number pattern, language)
    "USA": ("américaine", "États-Unis", "9d", "en"),
    "IND": ("indienne", "Inde", "L7d", "en"),
    "ROU": ("roumaine", "Roumanie", "LL6d", "ro"),
    "BRA": ("brésilienne", "Brésil", "LL6d", "pt"),
    "CHN": ("chinoise", "Chine", "E8d", "zh"),
    "UKR": ("ukrainienne", "Ukraine", "LL6d", "uk"),
    "MAR": ("marocaine", "Maroc", "LL7d", "fr"),
    "PER": ("péruvienne", "Pérou", "9d", "es"),
    "TUR": ("turque", "Turquie", "U8d", "tr"),
    "GEO": ("géorgienne", "Géorgie", "2dLL5d", "en"),
    "PHL": ("philippine", "Philippines", "P7dL", "en"),
    "RUS": ("russe", "Russie", "9d", "ru"),
    "VEN": ("vénézuélienne", "Venezuela", "9d", "es"),
    "PAK": ("pakistanaise", "Pakistan", "LL7d", "en"),
    "DZA": ("algérienne", "Algérie", "9d", "fr"),
    "SEN": ("sénégalaise", "Sénégal", "A8d", "fr"),
    "CIV": ("ivoirienne", "Côte d'Ivoire", "LL7d", "fr"),
    "CMR": ("camerounaise", "Cameroun", "LL7d", "fr"),
    "VNM": ("vietnamienne", "Viêt Nam", "C7d", "vi"),
    "HTI": ("haïtienne", "Haïti", "LL7d", "fr"),
    "IRN": ("iranienne", "Iran", "L8d", "en"),
    "LBN": ("libanaise", "Liban", "LR7d", "fr"),
    "EGY": ("égyptienne", "Égypte", "A8d", "en"),
    "COD": ("congolaise (RDC)", "RD Congo", "OP7d", "fr"),
    "PRT": ("portugaise", "Portugal", "C6d", "pt"),
    "GIN": ("guinéenne", "Guinée", "R7d", "fr"),
    "MLI": ("malienne", "Mali", "AA7d", "fr"),
    "BGD": ("bangladaise", "Bangladesh", "A8d", "en"),
    "FRA": ("française", "France", "2dLL5d", "fr"),
}


def docnum(rng, pattern):
    out, i = "", 0
    while i < len(pattern):
        n = 1
        if pattern[i].isdigit():
            n = int(pattern[i])
            i += 1
        t = pattern[i]
        for _ in range(n):
            if t == "d":
                out += str(rng.randint(0, 9))
            elif t == "L":
                out += rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ")
            else:
                out += t
        i += 1
    return out


def P(surname, given, sex, dob, nat, birth_place, **kw):
    p = dict(
        surname=surname,
        given=given,
        sex=sex,
        dob=dob,
        nat=nat,
        birth_place=birth_place,
        birth_place_id=kw.pop("bp_id", birth_place.split(",")[0]),
        nat_fr=NAT[nat][0],
        country_fr=NAT[nat][1],
    )
    p.update(kw)
    return p


PACKET_PEOPLE = {
    "p01": P(
        "O'CONNOR",
        "Sarah Jane",
        "F",
        D(1991, 4, 17),
        "USA",
        "Columbus, Franklin County",
        us_state="OHIO",
        father="Patrick Michael O'Connor",
        mother="Linda Ruth Keller",
        usage="MARTIN",
        bp_id="Ohio, U.S.A.",
    ),
    "p02": P(
        "SUBRAMANIAN",
        "Karthik",
        "M",
        D(1993, 11, 2),
        "IND",
        "Chennai, Tamil Nadu",
        father="Subramanian Ramaswamy",
        mother="Lakshmi Subramanian",
        bp_id="Chennai",
    ),
    "p03": P(
        "POPESCU-IONESCU",
        "Ana-Maria",
        "F",
        D(1996, 1, 29),
        "ROU",
        "Cluj-Napoca",
        father="Ionel Popescu",
        mother="Elena Ionescu",
        registry_city="Cluj-Napoca",
        bp_id="Jud. CJ Mun. Cluj-Napoca",
    ),
    "p04": P(
        "SOUZA DOS SANTOS",
        "João Pedro",
        "M",
        D(2002, 7, 8),
        "BRA",
        "Belo Horizonte, MG",
        father="Marcos Antônio dos Santos",
        mother="Cláudia Souza dos Santos",
        registry_city="Belo Horizonte",
        bp_id="Belo Horizonte/MG",
    ),
    "p05": P(
        "LIU",
        "Yuxin",
        "F",
        D(1994, 5, 21),
        "CHN",
        "Shanghai",
        zh_name="刘雨欣",
        zh_place="上海市",
        zh_father="刘建国",
        zh_mother="陈丽",
        father="Liu Jianguo",
        mother="Chen Li",
        bp_id="SHANGHAI",
    ),
    "p06": P(
        "KOVALENKO",
        "Olena",
        "F",
        D(1988, 9, 14),
        "UKR",
        "Kharkiv",
        cyr_surname="КОВАЛЕНКО",
        cyr_given="Олена Миколаївна",
        cyr_place="м. Харків",
        father="Коваленко Микола Іванович",
        mother="Коваленко Тетяна Петрівна",
        registry_city="Харків",
        bp_id="KHARKIV / UKR",
    ),
    "p07": P(
        "BEN ABDELKADER",
        "Youssef",
        "M",
        D(1997, 2, 3),
        "MAR",
        "Fès",
        ar_surname="بن عبد القادر",
        ar_given="يوسف",
        ar_place="فاس",
        father="Mohammed Ben Abdelkader",
        mother="Fatima Zahra El Ouazzani",
        registry_city="Fès",
        bp_id="FES",
    ),
    "p08": P(
        "QUISPE HUAMÁN",
        "Rosa Elena",
        "F",
        D(1985, 12, 11),
        "PER",
        "Cusco",
        father="Juan Quispe Mamani",
        mother="Carmen Huamán Ccori",
        registry_city="Cusco",
        bp_id="CUSCO",
    ),
    "p09": P(
        "ÖZTÜRK",
        "Mehmet Emre",
        "M",
        D(1990, 6, 30),
        "TUR",
        "İzmir",
        father="Hasan",
        mother="Zeynep",
        registry_city="Konak",
        bp_id="IZMIR",
    ),
    "p10": P(
        "BERIDZE",
        "Nino",
        "F",
        D(1995, 3, 7),
        "GEO",
        "Tbilisi",
        father="Giorgi Beridze",
        mother="Tamar Kapanadze",
        registry_city="Tbilisi",
        bp_id="TBILISI",
    ),
    "p11": P(
        "DELA CRUZ",
        "Maria Theresa",
        "F",
        D(1987, 8, 19),
        "PHL",
        "Quezon City",
        father="Rodrigo Dela Cruz",
        mother="Teresita Bautista",
        registry_city="Quezon City",
        bp_id="QUEZON CITY",
    ),
    "p12": P(
        "SOKOLOV",
        "Dmitrii",
        "M",
        D(1989, 10, 5),
        "RUS",
        "Yekaterinburg",
        cyr_surname="СОКОЛОВ",
        cyr_given="Дмитрий Андреевич",
        cyr_place="г. Екатеринбург",
        father="Соколов Андрей Викторович",
        mother="Соколова Ирина Павловна",
        registry_city="Екатеринбург",
        bp_id="SVERDLOVSKAYA OBL.",
    ),
    "p13": P(
        "GARCÍA DE LA ROSA",
        "Luis Alberto",
        "M",
        D(1983, 1, 25),
        "VEN",
        "Maracaibo, Zulia",
        father="Luis Enrique García",
        mother="Mariela de la Rosa",
        registry_city="Maracaibo",
        bp_id="MARACAIBO",
    ),
    "p14": P(
        "KHAN",
        "Muhammad Usman",
        "M",
        D(1992, 12, 1),
        "PAK",
        "Lahore",
        father="Muhammad Aslam Khan",
        mother="Nasreen Bibi",
        registry_city="Lahore",
        bp_id="LAHORE, PAK",
    ),
}

ADDRS = [
    ("14 rue des Vinaigriers", "75010", "Paris"),
    ("3 allée des Tilleuls", "93100", "Montreuil"),
    ("27 avenue Jean Jaurès", "69007", "Lyon"),
    ("8 bis rue Nationale", "59800", "Lille"),
    ("112 boulevard de la Libération", "13004", "Marseille"),
    ("5 impasse du Moulin", "31200", "Toulouse"),
    ("41 rue de la République", "93200", "Saint-Denis"),
    ("19 quai de la Fosse", "44000", "Nantes"),
    ("2 place Saint-Michel", "67000", "Strasbourg"),
    ("66 rue d'Alésia", "75014", "Paris"),
    ("10 rue Victor Hugo", "92130", "Issy-les-Moulineaux"),
    ("7 cours Lafayette", "69003", "Lyon"),
    ("23 rue Sainte-Catherine", "33000", "Bordeaux"),
    ("15 rue du Faubourg Saint-Antoine", "75011", "Paris"),
    ("4 rue Paul Bert", "94200", "Ivry-sur-Seine"),
    ("31 avenue de Flandre", "75019", "Paris"),
    ("9 rue des Carmes", "35000", "Rennes"),
    ("58 rue Gambetta", "06000", "Nice"),
    ("12 rue Lamartine", "38000", "Grenoble"),
    ("1 rue de l'Église", "78000", "Versailles"),
]

NAMES = {
    "DZA": [
        ("BELKACEM", "Amina", "F"),
        ("HADJ-AÏSSA", "Karim", "M"),
        ("BOUZID", "Nour El Houda", "F"),
    ],
    "SEN": [("DIOP", "Mamadou Lamine", "M"), ("NDIAYE", "Aïssatou", "F"), ("FALL", "Cheikh", "M")],
    "CIV": [("KOUASSI", "Ange-Désiré", "M"), ("KONÉ", "Mariam", "F")],
    "CMR": [("NGO MBEM", "Estelle", "F"), ("ETOUNDI", "Jean-Paul", "M")],
    "MLI": [("TRAORÉ", "Oumou", "F"), ("KEÏTA", "Seydou", "M")],
    "COD": [("MUKENDI KABONGO", "Patience", "F"), ("ILUNGA", "Christian", "M")],
    "GIN": [("BAH", "Mamadou Saliou", "M"), ("CAMARA", "Fatoumata Binta", "F")],
    "HTI": [("JEAN-BAPTISTE", "Widline", "F"), ("PIERRE-LOUIS", "Jean Robert", "M")],
    "CHN": [("WANG", "Hao", "M"), ("CHEN", "Jiayi", "F")],
    "VNM": [("NGUYỄN", "Thị Thu Hà", "F"), ("TRẦN", "Văn Minh", "M")],
    "IND": [("SHARMA", "Ananya", "F"), ("PATEL", "Rohan Kiran", "M")],
    "PAK": [("HUSSAIN", "Ayesha", "F"), ("MALIK", "Bilal Ahmed", "M")],
    "BGD": [("RAHMAN", "Tanvir", "M"), ("AKTER", "Nasrin", "F")],
    "BRA": [("OLIVEIRA", "Larissa", "F"), ("PEREIRA DA SILVA", "Thiago", "M")],
    "PER": [("MAMANI CONDORI", "Wilber", "M"), ("FLORES", "Lucía", "F")],
    "VEN": [("RODRÍGUEZ", "María Gabriela", "F"), ("D'AMBROSIO", "Carlos", "M")],
    "USA": [("MILLER", "Emily Rose", "F"), ("WASHINGTON", "Marcus", "M")],
    "UKR": [("SHEVCHENKO", "Andrii", "M"), ("BONDARENKO", "Iryna", "F")],
    "RUS": [("IVANOVA", "Ekaterina", "F"), ("PETROV", "Sergei", "M")],
    "GEO": [("KAPANADZE", "Levan", "M"), ("GELASHVILI", "Mariam", "F")],
    "TUR": [("YILMAZ", "Elif", "F"), ("ŞAHİN", "Burak", "M")],
    "IRN": [("HOSSEINI", "Parisa", "F"), ("MOHAMMADI", "Reza", "M")],
    "LBN": [("EL KHOURY", "Rita", "F"), ("HADDAD", "Georges", "M")],
    "EGY": [("EL SAYED", "Mona", "F"), ("ABDEL RAHMAN", "Omar", "M")],
    "PHL": [("REYES", "Kristine Joy", "F"), ("BAUTISTA", "Mark Anthony", "M")],
    "ROU": [("DUMITRESCU", "Mihai", "M"), ("STAN", "Ioana", "F")],
    "PRT": [("FERREIRA", "Inês", "F"), ("DE SOUSA", "Rui Miguel", "M")],
    "MAR": [("EL IDRISSI", "Salma", "F"), ("BENJELLOUN", "Mehdi", "M")],
}
CITIES = {
    "DZA": "Oran",
    "SEN": "Dakar",
    "CIV": "Abidjan",
    "CMR": "Douala",
    "MLI": "Bamako",
    "COD": "Kinshasa",
    "GIN": "Conakry",
    "HTI": "Port-au-Prince",
    "CHN": "Chengdu",
    "VNM": "Hà Nội",
    "IND": "Pune",
    "PAK": "Karachi",
    "BGD": "Dhaka",
    "BRA": "Recife",
    "PER": "Arequipa",
    "VEN": "Caracas",
    "USA": "Austin, Travis County",
    "UKR": "Odesa",
    "RUS": "Kazan",
    "GEO": "Kutaisi",
    "TUR": "Ankara",
    "IRN": "Tehran",
    "LBN": "Beyrouth",
    "EGY": "Alexandria",
    "PHL": "Cebu City",
    "ROU": "Iași",
    "PRT": "Porto",
    "MAR": "Casablanca",
}


def random_person(rng, nat=None):
    nat = nat or rng.choice(sorted(NAMES))
    sur, giv, sex = rng.choice(NAMES[nat])
    dob = D(rng.randint(1968, 2004), rng.randint(1, 12), rng.randint(1, 28))
    city = CITIES[nat]
    kw = dict(father="—", mother="—", registry_city=city.split(",")[0], us_state="TEXAS")
    if nat in ("UKR", "RUS"):
        kw.update(cyr_surname=sur, cyr_given=giv, cyr_place=city)
    return P(sur, giv, sex, dob, nat, city, **kw)
