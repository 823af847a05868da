"""Applicants for the form_s blind set: names, birth places, addresses."""

from __future__ import annotations

import datetime as dt
import unicodedata

# country -> (INSEE code for the NIR, birth towns, given names F, given names M, surname maker)
COUNTRIES = {
    "Algérie": ("352", ["Alger", "Oran", "Constantine", "Sétif", "Tizi Ouzou", "Béjaïa"]),
    "Maroc": ("350", ["Casablanca", "Rabat", "Fès", "Marrakech", "Tanger", "Agadir"]),
    "Tunisie": ("351", ["Tunis", "Sfax", "Sousse", "Bizerte", "Gabès"]),
    "Sénégal": ("341", ["Dakar", "Thiès", "Saint-Louis", "Ziguinchor", "Kaolack"]),
    "Côte d'Ivoire": ("326", ["Abidjan", "Bouaké", "Yamoussoukro", "Daloa"]),
    "Cameroun": ("322", ["Douala", "Yaoundé", "Bafoussam", "Garoua"]),
    "Mali": ("335", ["Bamako", "Kayes", "Ségou", "Sikasso"]),
    "Congo (RDC)": ("312", ["Kinshasa", "Lubumbashi", "Goma", "Kisangani"]),
    "Haïti": ("409", ["Port-au-Prince", "Cap-Haïtien", "Jacmel", "Les Cayes"]),
    "Chine": ("216", ["Shanghai", "Wuhan", "Chengdu", "Guangzhou", "Wenzhou"]),
    "Viêt Nam": ("243", ["Hà Nội", "Hô Chi Minh-Ville", "Đà Nẵng", "Huê"]),
    "Inde": ("223", ["Bangalore", "Chennai", "Pune", "Kolkata", "Hyderabad"]),
    "Pakistan": ("213", ["Lahore", "Karachi", "Islamabad"]),
    "Brésil": ("437", ["São Paulo", "Belo Horizonte", "Recife", "Curitiba"]),
    "Colombie": ("419", ["Bogotá", "Medellín", "Cali", "Barranquilla"]),
    "Mexique": ("405", ["Guadalajara", "Puebla", "Monterrey", "Mérida"]),
    "Pérou": ("420", ["Lima", "Arequipa", "Cusco"]),
    "Ukraine": ("155", ["Kyiv", "Kharkiv", "Odesa", "Lviv", "Dnipro"]),
    "Russie": ("123", ["Moscou", "Saint-Pétersbourg", "Kazan", "Novossibirsk"]),
    "Turquie": ("208", ["Istanbul", "Ankara", "İzmir", "Bursa", "Gaziantep"]),
    "Iran": ("204", ["Téhéran", "Ispahan", "Chiraz", "Tabriz"]),
    "Liban": ("205", ["Beyrouth", "Tripoli", "Saïda", "Zahlé"]),
    "Philippines": ("220", ["Manille", "Cebu", "Davao", "Quezon City"]),
    "États-Unis": ("404", ["Chicago", "Houston", "Portland", "Boston"]),
    "Royaume-Uni": ("132", ["Leeds", "Glasgow", "Bristol", "Cardiff"]),
    "Italie": ("127", ["Napoli", "Torino", "Bari", "Palermo"]),
    "Espagne": ("134", ["Sevilla", "Valencia", "Zaragoza", "Bilbao"]),
    "Portugal": ("139", ["Porto", "Braga", "Coimbra", "Faro"]),
    "Pologne": ("122", ["Kraków", "Łódź", "Gdańsk", "Poznań"]),
    "Roumanie": ("114", ["Cluj-Napoca", "Iași", "Timișoara", "Brașov"]),
}

NATIONALITY = {
    "Algérie": "algérienne", "Maroc": "marocaine", "Tunisie": "tunisienne",
    "Sénégal": "sénégalaise", "Côte d'Ivoire": "ivoirienne", "Cameroun": "camerounaise",
    "Mali": "malienne", "Congo (RDC)": "congolaise", "Haïti": "haïtienne",
    "Chine": "chinoise", "Viêt Nam": "vietnamienne", "Inde": "indienne",
    "Pakistan": "pakistanaise", "Brésil": "brésilienne", "Colombie": "colombienne",
    "Mexique": "mexicaine", "Pérou": "péruvienne", "Ukraine": "ukrainienne",
    "Russie": "russe", "Turquie": "turque", "Iran": "iranienne", "Liban": "libanaise",
    "Philippines": "philippine", "États-Unis": "américaine", "Royaume-Uni": "britannique",
    "Italie": "italienne", "Espagne": "espagnole", "Portugal": "portugaise",
    "Pologne": "polonaise", "Roumanie": "roumaine",
}  # fmt: skip

# (surnames, female given, male given) per country; surnames may be compound.
NAMES = {
    "Algérie": (
        [
            "BENALI",
            "AIT OUMEZIANE",
            "BOUTEFNOUCHET",
            "HADJ-MOUSSA",
            "KHELIFI",
            "OULD BRAHAM",
            "MEZIANE",
        ],
        ["Nesrine", "Amel Yasmine", "Lynda", "Fatma-Zohra", "Souad"],
        ["Mohamed Amine", "Karim", "Yacine", "Abdelkader", "Rafik"],
    ),
    "Maroc": (
        ["EL AMRANI", "BENJELLOUN", "EL IDRISSI", "OUAZZANI TOUHAMI", "LAHLOU", "ZAHIRI"],
        ["Khadija", "Salma", "Imane", "Meryem", "Fatima Zahra"],
        ["Youssef", "Mehdi", "Hamza", "Anas", "Othmane"],
    ),
    "Tunisie": (
        ["BEN SALAH", "TRABELSI", "BEN M'BAREK", "GHARBI", "JEBALI"],
        ["Ines", "Rim", "Olfa", "Sarra"],
        ["Skander", "Walid", "Aymen", "Seifeddine"],
    ),
    "Sénégal": (
        ["N'DIAYE", "DIOP", "FALL", "SOW", "MBENGUE", "SECK"],
        ["Aminata", "Fatou Binetou", "Awa", "Ndèye Coumba", "Mariama"],
        ["Mamadou", "Cheikh Tidiane", "Ousmane", "Moussa", "Abdoulaye"],
    ),
    "Côte d'Ivoire": (
        ["KOUASSI", "N'GUESSAN", "KONAN", "YAO", "TOURÉ", "BAMBA"],
        ["Adjoua", "Aya Prisca", "Marie-Laure", "Affoué"],
        ["Kouadio", "Jean-Marc", "Serge Armand", "Yannick"],
    ),
    "Cameroun": (
        ["NGO BIKAI", "MBARGA", "TCHOUPO-MOTING", "FOTSO", "ETOUNDI", "NJOYA"],
        ["Ornella", "Christelle Manuela", "Brenda", "Rosine"],
        ["Boris", "Arnaud Junior", "Hervé", "Cédric"],
    ),
    "Mali": (
        ["TRAORÉ", "KEÏTA", "COULIBALY", "DIARRA", "SISSOKO", "DEMBÉLÉ"],
        ["Oumou", "Djénéba", "Kadiatou", "Assitan"],
        ["Seydou", "Bakary", "Boubacar", "Modibo"],
    ),
    "Congo (RDC)": (
        ["MUKENDI", "KABILA NTUMBA", "TSHIBANDA", "LUKUSA", "MBUYI-KALALA"],
        ["Grâce", "Merveille", "Naomie Ilunga", "Ruth"],
        ["Patrick", "Jonathan Kalonji", "Glodi", "Christian"],
    ),
    "Haïti": (
        ["JEAN-BAPTISTE", "PIERRE-LOUIS", "SAINT-FLEUR", "DORVIL", "JOSEPH"],
        ["Mirlande", "Rose-Andrée", "Widline", "Nadège"],
        ["Wilner", "Jean Ricot", "Frantz", "Jean-Robert"],
    ),
    "Chine": (
        ["WANG", "ZHANG", "LI", "OUYANG", "CHEN", "ZHAO"],
        ["Xiaomei", "Yuting", "Jing", "Lingling"],
        ["Wei", "Haoran", "Zhiqiang", "Jun"],
    ),
    "Viêt Nam": (
        ["NGUYEN", "TRAN", "LE", "PHAM", "HOANG", "VU"],
        ["Thi Thu Trang", "Thi Lan Anh", "Ngoc Mai", "Thanh Huong"],
        ["Van Duc", "Minh Quan", "Quoc Bao", "Duc Anh"],
    ),
    "Inde": (
        ["SUBRAMANIAN", "VENKATARAMAN", "SHARMA", "NAIR", "CHATTERJEE", "REDDY"],
        ["Priya", "Lakshmi", "Ananya", "Deepika Rani"],
        ["Arjun", "Karthik", "Rahul Kumar", "Srinivas"],
    ),
    "Pakistan": (
        ["KHAN", "QURESHI", "CHAUDHRY", "MALIK"],
        ["Ayesha", "Sana", "Mahnoor"],
        ["Muhammad Bilal", "Usman", "Hassan Ali"],
    ),
    "Brésil": (
        ["DOS SANTOS OLIVEIRA", "SOUZA LIMA", "PEREIRA DA SILVA", "CONCEIÇÃO", "ARAÚJO FERREIRA"],
        ["Ana Carolina", "Juliana", "Luíza", "Maria Eduarda"],
        ["João Pedro", "Thiago", "Gustavo Henrique", "Luís Felipe"],
    ),
    "Colombie": (
        ["GÓMEZ RESTREPO", "RODRÍGUEZ PATIÑO", "MARTÍNEZ", "OSPINA VÉLEZ"],
        ["María Camila", "Valentina", "Luisa Fernanda"],
        ["Juan Sebastián", "Andrés Felipe", "Santiago"],
    ),
    "Mexique": (
        ["HERNÁNDEZ LÓPEZ", "GARCÍA NÚÑEZ", "DE LA CRUZ", "RAMÍREZ"],
        ["Ximena", "Guadalupe", "María José"],
        ["José Luis", "Emiliano", "Diego"],
    ),
    "Pérou": (
        ["QUISPE MAMANI", "FLORES", "HUAMÁN"],
        ["Rosa Elena", "Milagros"],
        ["Jhonatan", "Luis Alberto"],
    ),
    "Ukraine": (
        ["KOVALENKO", "SHEVCHUK", "BONDARENKO", "HRYTSENKO", "TKACHUK"],
        ["Olena", "Iryna", "Kateryna", "Yuliia"],
        ["Oleksandr", "Dmytro", "Andrii", "Bohdan"],
    ),
    "Russie": (
        ["IVANOVA", "SMIRNOVA", "KUZNETSOV", "SOKOLOV", "VOLKOVA"],
        ["Anastasia", "Ekaterina", "Daria"],
        ["Alexeï", "Nikolaï", "Sergueï"],
    ),
    "Turquie": (
        ["YILMAZ", "ÖZTÜRK", "ÇELIK", "ŞAHIN", "KARADAĞ"],
        ["Ayşe", "Elif", "Zeynep", "Büşra"],
        ["Mehmet", "Emre", "Burak", "Oğuz"],
    ),
    "Iran": (
        ["HOSSEINI", "MOHAMMADI", "TEHRANI", "KARIMI-FARD", "REZAEI"],
        ["Shirin", "Maryam", "Golnaz", "Parisa"],
        ["Reza", "Amir Hossein", "Babak"],
    ),
    "Liban": (
        ["KHOURY", "HADDAD", "EL-KHATIB", "ABI NADER", "SAADEH"],
        ["Rita", "Nour", "Maya", "Joëlle"],
        ["Georges", "Elie", "Karim", "Fadi"],
    ),
    "Philippines": (
        ["DELA CRUZ", "SANTOS", "REYES", "BAUTISTA", "MACAPAGAL"],
        ["Maria Cristina", "Jocelyn", "Kristine Joy"],
        ["Mark Anthony", "Jerome", "John Paul"],
    ),
    "États-Unis": (
        ["O'CONNOR", "MILLER", "JOHNSON-WARD", "MCALLISTER", "ROSENBERG"],
        ["Emily Anne", "Sarah", "Madison", "Rachel Lynn"],
        ["Michael James", "Tyler", "Christopher", "Daniel"],
    ),
    "Royaume-Uni": (
        ["FITZGERALD", "SMITH", "HAMILTON-JONES", "O'BRIEN", "PATEL"],
        ["Charlotte", "Eleanor Rose", "Aoife"],
        ["Oliver", "Thomas Edward", "Rhys"],
    ),
    "Italie": (
        ["ESPOSITO", "DI MARCO", "D'ANGELO", "ROMANO", "DELL'ACQUA"],
        ["Giulia", "Francesca", "Chiara"],
        ["Lorenzo", "Matteo", "Giuseppe"],
    ),
    "Espagne": (
        ["GARCÍA MARTÍNEZ", "FERNÁNDEZ DE CÓRDOBA", "LÓPEZ", "MUÑOZ IBÁÑEZ"],
        ["Lucía", "María del Carmen", "Nerea"],
        ["Javier", "Íñigo", "Pablo"],
    ),
    "Portugal": (
        ["FERREIRA DA COSTA", "GONÇALVES", "RODRIGUES", "MAGALHÃES"],
        ["Inês", "Mariana", "Beatriz"],
        ["João", "Rui Miguel", "Tiago"],
    ),
    "Pologne": (
        ["KOWALSKA", "WIŚNIEWSKI", "NOWAK", "ZIELIŃSKA", "LEWANDOWSKI"],
        ["Agnieszka", "Małgorzata", "Zofia"],
        ["Piotr", "Krzysztof", "Paweł"],
    ),
    "Roumanie": (
        ["POPESCU", "IONESCU", "CONSTANTINESCU", "STOICA", "DUMITRU"],
        ["Ioana", "Andreea Maria", "Mihaela"],
        ["Andrei", "Mihai", "Ștefan"],
    ),
}

# French married / usage names
USAGE_NAMES = ["MARTIN", "DUBOIS", "LEFEBVRE", "MOREAU", "GIRARD", "FONTAINE", "ROUSSEAU",
               "DE LA FONTAINE", "LE GOFF", "BERTRAND-MÉNARD", "GAUTHIER", "N'GUYEN"]  # fmt: skip

CITIES = [
    ("Paris", "75011", ["rue Oberkampf", "boulevard Voltaire", "rue de la Roquette"]),
    ("Paris", "75019", ["rue de Crimée", "avenue Jean-Jaurès", "rue de Meaux"]),
    ("Lyon", "69007", ["rue de Marseille", "avenue Jean-Jaurès", "rue Chevreul"]),
    ("Marseille", "13005", ["boulevard Baille", "rue de Lodi", "cours Lieutaud"]),
    ("Toulouse", "31400", ["avenue de Rangueil", "rue des Fleurs", "chemin du Sang de Serp"]),
    ("Lille", "59000", ["rue Solférino", "rue de Wazemmes", "boulevard Vauban"]),
    ("Nantes", "44000", ["rue Paul Bellamy", "quai de Versailles", "rue de Coulmiers"]),
    ("Bordeaux", "33800", ["cours de la Somme", "rue Son Tay", "rue Bergeret"]),
    ("Strasbourg", "67000", ["rue du Faubourg National", "route de Schirmeck"]),
    ("Montreuil", "93100", ["rue de Paris", "boulevard Rouget de Lisle"]),
    ("Saint-Denis", "93200", ["rue Gabriel Péri", "avenue du Président Wilson"]),
    ("Grenoble", "38000", ["cours Berriat", "rue d'Alembert", "avenue Alsace-Lorraine"]),
    ("Villeurbanne", "69100", ["cours Émile Zola", "rue Francis de Pressensé"]),
    ("Créteil", "94000", ["rue du Général Leclerc", "avenue de Verdun"]),
    ("Rennes", "35000", ["rue de Saint-Malo", "boulevard de la Liberté"]),
    ("Montpellier", "34000", ["rue du Faubourg Figuerolles", "avenue de Toulouse"]),
    ("Nice", "06000", ["avenue Jean Médecin", "rue de la Buffa"]),
    ("Boulogne-Billancourt", "92100", ["rue de Silly", "boulevard Jean Jaurès"]),
]

MAIL_DOMAINS = ["gmail.com", "yahoo.fr", "hotmail.com", "outlook.fr", "orange.fr", "icloud.com"]


def strip_accents(text: str) -> str:
    norm = unicodedata.normalize("NFKD", text)
    out = "".join(ch for ch in norm if not unicodedata.combining(ch))
    return out.replace("ı", "i").replace("Đ", "D").replace("đ", "d").replace("ł", "l")


def nir_key(n13: str) -> str:
    return f"{97 - int(n13) % 97:02d}"


def make_nir(rng, sex: str, dob: dt.date, code: str) -> str:
    n13 = f"{1 if sex == 'M' else 2}{dob.year % 100:02d}{dob.month:02d}99{code}{rng.randint(1, 999):03d}"
    return n13 + nir_key(n13)


def make_applicant(rng, index: int) -> dict:
    countries = sorted(COUNTRIES)
    country = countries[(index * 7 + rng.randint(0, 2)) % len(countries)]
    code, towns = COUNTRIES[country]
    surnames, given_f, given_m = NAMES[country]
    sex = rng.choice("FM")
    surname = rng.choice(surnames)
    given = rng.choice(given_f if sex == "F" else given_m)
    if country in ("Russie",) and sex == "M" and surname.endswith("A"):
        surname = surname[:-1]
    usage = None
    if sex == "F" and rng.random() < 0.35:
        usage = rng.choice(USAGE_NAMES)
    accents_dropped = rng.random() < 0.3
    if accents_dropped:
        surname = strip_accents(surname)
        given = strip_accents(given)
    dob = dt.date(1958, 1, 1) + dt.timedelta(days=rng.randint(0, 16000))
    city, cp, streets = rng.choice(CITIES)
    num = rng.randint(1, 180)
    bis = rng.choice(["", "", "", " bis", " ter"])
    extra = rng.choice(["", "", "", f", bât. {rng.choice('ABC')}", f", apt {rng.randint(2, 64)}"])
    address = f"{num}{bis} {rng.choice(streets)}{extra}"
    login = strip_accents(given.split()[0].split("-")[0]).lower()
    mail_sur = strip_accents(surname.split()[0]).lower().replace("'", "")
    email = (
        f"{login}.{mail_sur}{rng.choice(['', str(rng.randint(1, 99))])}@{rng.choice(MAIL_DOMAINS)}"
    )
    phone = "0" + rng.choice("67") + "".join(str(rng.randint(0, 9)) for _ in range(8))
    return {
        "country": country,
        "nationality": NATIONALITY[country],
        "birth_town": rng.choice(towns),
        "sex": sex,
        "surname": surname,
        "usage_name": usage,
        "given_names": given,
        "dob": dob,
        "nir": make_nir(rng, sex, dob, code) if rng.random() < 0.22 else None,
        "address": address,
        "postcode": cp,
        "city": city,
        "email": email,
        "phone": phone,
    }


MONTHS_FR = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
             "septembre", "octobre", "novembre", "décembre"]  # fmt: skip


def fmt_phone(phone: str, rng) -> str:
    if rng.random() < 0.5:
        return " ".join(phone[i : i + 2] for i in range(0, 10, 2))
    if rng.random() < 0.5:
        return ".".join(phone[i : i + 2] for i in range(0, 10, 2))
    return phone
