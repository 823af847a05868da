"""Applicants for the form_r blind set: names, birth places, addresses, situations."""

from __future__ import annotations

import datetime as dt
import unicodedata

# country key -> (pays in French, nationalite f, nationalite m, INSEE country code, cities)
COUNTRIES = {
    "DZ": (
        "Algérie",
        "algérienne",
        "algérien",
        "352",
        ["Alger", "Oran", "Constantine", "Tizi Ouzou"],
    ),
    "MA": ("Maroc", "marocaine", "marocain", "350", ["Casablanca", "Rabat", "Fès", "Agadir"]),
    "TN": ("Tunisie", "tunisienne", "tunisien", "351", ["Tunis", "Sfax", "Sousse"]),
    "SN": ("Sénégal", "sénégalaise", "sénégalais", "341", ["Dakar", "Thiès", "Saint-Louis"]),
    "CI": ("Côte d'Ivoire", "ivoirienne", "ivoirien", "326", ["Abidjan", "Bouaké", "Yamoussoukro"]),
    "ML": ("Mali", "malienne", "malien", "335", ["Bamako", "Kayes", "Ségou"]),
    "CM": ("Cameroun", "camerounaise", "camerounais", "322", ["Douala", "Yaoundé", "Bafoussam"]),
    "CD": ("République démocratique du Congo", "congolaise", "congolais", "312", ["Kinshasa"]),
    "HT": ("Haïti", "haïtienne", "haïtien", "436", ["Port-au-Prince", "Cap-Haïtien", "Jacmel"]),
    "CN": ("Chine", "chinoise", "chinois", "216", ["Shanghai", "Wuhan", "Chengdu", "Wenzhou"]),
    "VN": ("Viêt Nam", "vietnamienne", "vietnamien", "243", ["Hanoï", "Hô Chi Minh-Ville", "Huế"]),
    "IN": ("Inde", "indienne", "indien", "223", ["Bangalore", "Pune", "Chennai", "Delhi"]),
    "BD": ("Bangladesh", "bangladaise", "bangladais", "246", ["Dacca", "Sylhet"]),
    "BR": ("Brésil", "brésilienne", "brésilien", "416", ["São Paulo", "Belo Horizonte", "Recife"]),
    "CO": ("Colombie", "colombienne", "colombien", "419", ["Bogotá", "Medellín", "Cali"]),
    "MX": ("Mexique", "mexicaine", "mexicain", "405", ["Guadalajara", "Puebla", "Mexico"]),
    "UA": ("Ukraine", "ukrainienne", "ukrainien", "155", ["Kyiv", "Lviv", "Kharkiv", "Odesa"]),
    "RU": ("Russie", "russe", "russe", "123", ["Moscou", "Kazan", "Novossibirsk"]),
    "TR": ("Turquie", "turque", "turc", "208", ["Istanbul", "Ankara", "İzmir", "Gaziantep"]),
    "IR": ("Iran", "iranienne", "iranien", "204", ["Téhéran", "Ispahan", "Tabriz"]),
    "LB": ("Liban", "libanaise", "libanais", "205", ["Beyrouth", "Tripoli", "Zahlé"]),
    "PH": ("Philippines", "philippine", "philippin", "220", ["Manille", "Cebu", "Davao"]),
    "US": ("États-Unis", "américaine", "américain", "404", ["Chicago", "Austin", "Portland"]),
    "GB": ("Royaume-Uni", "britannique", "britannique", "132", ["Manchester", "Leeds", "Bristol"]),
    "IE": ("Irlande", "irlandaise", "irlandais", "136", ["Cork", "Galway"]),
    "IT": ("Italie", "italienne", "italien", "127", ["Naples", "Turin", "Bari"]),
    "PL": ("Pologne", "polonaise", "polonais", "122", ["Cracovie", "Gdańsk", "Łódź"]),
    "PT": ("Portugal", "portugaise", "portugais", "139", ["Braga", "Porto", "Coimbra"]),
    "DE": ("Allemagne", "allemande", "allemand", "109", ["Köln", "Leipzig", "München"]),
}

# surnames (birth), female given names, male given names
POOLS = {
    "DZ": (
        ["BENALI", "AÏT OUFELLA", "BOUAZIZ", "MEBARKI", "HAMIDOUCHE", "BELKACEM-SAÏDI"],
        ["Yasmine", "Nour El Houda", "Lydia", "Amina Sarah"],
        ["Sofiane", "Mohamed Amine", "Rédha"],
    ),
    "MA": (
        ["EL AMRANI", "EL IDRISSI", "BENJELLOUN", "OUAZZANI TOUHAMI", "AIT BELHAJ"],
        ["Fatima Zahra", "Khadija", "Salma", "Imane"],
        ["Youssef", "Mehdi", "Abdelilah"],
    ),
    "TN": (
        ["BEN SALAH", "TRABELSI", "BEN HADJ AMOR", "GHARBI", "M'BAREK"],
        ["Rim", "Sana", "Ons"],
        ["Mohamed Aziz", "Hamza", "Wassim"],
    ),
    "SN": (
        ["NDIAYE", "DIOP", "FALL", "SOW", "DIALLO", "N'DOYE"],
        ["Aminata", "Awa", "Fatou Binetou", "Mame Diarra"],
        ["Cheikh Ahmadou Bamba", "Moussa", "Ousmane"],
    ),
    "CI": (
        ["KOUASSI", "OUATTARA", "KONÉ", "N'GUESSAN", "YAO-KOFFI"],
        ["Adjoua Marie-Laure", "Ange", "Christelle"],
        ["Yao Kouadio", "Serge-Alain", "Franck"],
    ),
    "ML": (
        ["TRAORÉ", "COULIBALY", "KEÏTA", "DIARRA", "SISSOKO"],
        ["Mariam", "Kadiatou", "Oumou"],
        ["Boubacar", "Seydou", "Mamadou Lamine"],
    ),
    "CM": (
        ["MBALLA", "ETOUNDI", "NGUEMA OBAME", "TCHOUAMENI", "FOTSO"],
        ["Marie-Louise", "Brenda", "Carine Flore"],
        ["Jean-Baptiste", "Hervé", "Rodrigue"],
    ),
    "CD": (
        ["MUKENDI", "TSHIBANDA", "KABONGO MWAMBA", "NSIMBA", "LUSAMBA"],
        ["Grâce", "Ornella", "Nathalie Mbuyi"],
        ["Patrick", "Dieudonné", "Glody"],
    ),
    "HT": (
        ["JEAN-BAPTISTE", "PIERRE-LOUIS", "SAINT-FLEUR", "DORVIL", "JEAN-CHARLES"],
        ["Widline", "Roseline", "Marie Nadège"],
        ["Jean Robert", "Mackenson", "Wilner"],
    ),
    "CN": (
        ["WANG", "LI", "ZHANG", "LIU", "CHEN", "OUYANG"],
        ["Xiaoyu", "Yating", "Jiahui"],
        ["Wei", "Haoran", "Zhiqiang"],
    ),
    "VN": (
        ["NGUYEN", "TRAN", "LE", "PHAM", "HOANG"],
        ["Thi Thu Huong", "Ngoc Anh", "Thi Mai"],
        ["Van Minh", "Duc Thang", "Quoc Bao"],
    ),
    "IN": (
        ["SHARMA", "PATEL", "REDDY", "IYER", "SINGH"],
        ["Priya", "Ananya", "Lakshmi Devi"],
        ["Rahul Kumar", "Arjun", "Venkata Sai"],
    ),
    "BD": (
        ["RAHMAN", "CHOWDHURY", "HOSSAIN", "ISLAM"],
        ["Nusrat Jahan", "Farzana"],
        ["Mohammed Abdul", "Tanvir", "Rakibul Hasan"],
    ),
    "BR": (
        ["PEREIRA DA SILVA", "SOUZA SANTOS", "OLIVEIRA", "DOS REIS COSTA", "CARVALHO"],
        ["Ana Paula", "Luana", "Maria Eduarda"],
        ["João Pedro", "Thiago", "Luiz Henrique"],
    ),
    "CO": (
        ["GARCÍA LÓPEZ", "RODRÍGUEZ", "MARTÍNEZ GÓMEZ", "DE LA CRUZ", "PARRA RUIZ"],
        ["María Fernanda", "Valentina", "Luz Adriana"],
        ["Juan Carlos", "Andrés Felipe", "Camilo"],
    ),
    "MX": (
        ["HERNÁNDEZ", "GONZÁLEZ", "RAMÍREZ DE LEÓN", "CASTAÑEDA", "LÓPEZ OBRADOR"],
        ["Guadalupe", "Ximena", "María José"],
        ["José Luis", "Emiliano", "Diego Alejandro"],
    ),
    "UA": (
        ["SHEVCHENKO", "KOVALENKO", "BONDARENKO", "TKACHUK", "MELNYK"],
        ["Olena", "Anastasiia", "Iryna", "Yuliia"],
        ["Oleksandr", "Andrii", "Dmytro"],
    ),
    "RU": (
        ["IVANOV", "PETROV", "KUZNETSOV", "SOKOLOV", "VOLKOV"],
        ["Ekaterina", "Anna", "Daria"],
        ["Dmitrii", "Sergei", "Nikolai"],
    ),
    "TR": (
        ["YILMAZ", "ÖZTÜRK", "ŞAHİN", "DEMİR", "ÇELİK", "KARAKAŞ"],
        ["Ayşe", "Zeynep", "Elif Nur"],
        ["Mehmet Emre", "Burak", "Oğuz"],
    ),
    "IR": (
        ["MOHAMMADI", "HOSSEINI", "REZAEI", "AHMADI", "TAHERI-NEJAD"],
        ["Maryam", "Shirin", "Fatemeh Sadat"],
        ["Amir Hossein", "Reza", "Kiarash"],
    ),
    "LB": (
        ["KHOURY", "EL KHOURY", "NASSAR", "ABI NADER", "HADDAD"],
        ["Rita", "Maya", "Joëlle"],
        ["Georges", "Rami", "Elie"],
    ),
    "PH": (
        ["DELA CRUZ", "SANTOS", "REYES", "BAUTISTA", "DE LOS SANTOS"],
        ["Maria Cristina", "Jocelyn", "Mary Grace"],
        ["John Paul", "Mark Anthony", "Rommel"],
    ),
    "US": (
        ["O'BRIEN", "MCALLISTER", "WASHINGTON", "ERIKSSON", "NAKAMURA"],
        ["Emily Rose", "Jennifer Lynn", "Madison"],
        ["Michael James", "Tyler", "Christopher"],
    ),
    "GB": (
        ["O'CONNOR", "SMITH-JONES", "FITZGERALD", "BAKER"],
        ["Charlotte", "Olivia Jane"],
        ["Oliver", "Thomas Edward"],
    ),
    "IE": (["Ó SÚILLEABHÁIN", "MURPHY", "O'NEILL"], ["Aoife", "Siobhán"], ["Cian", "Seán Patrick"]),
    "IT": (
        ["D'ANGELO", "ESPOSITO", "DI STEFANO", "LO RUSSO"],
        ["Giulia", "Maria Chiara"],
        ["Giuseppe", "Lorenzo"],
    ),
    "PL": (
        ["KOWALSKI", "NOWAK", "WIŚNIEWSKI", "LEWANDOWSKI"],
        ["Małgorzata", "Agnieszka"],
        ["Krzysztof", "Paweł Jan"],
    ),
    "PT": (
        ["FERREIRA", "DA COSTA", "GONÇALVES", "RIBEIRO"],
        ["Inês", "Ana Rita"],
        ["João", "Rui Miguel"],
    ),
    "DE": (
        ["MÜLLER", "SCHMIDT", "VAN DER BERG", "HOFFMANN"],
        ["Lena", "Anna-Lena"],
        ["Jonas", "Felix"],
    ),
}

FRENCH_SPOUSES = [
    "MARTIN",
    "DUBOIS",
    "LEFEBVRE",
    "MOREAU",
    "GIRARD",
    "FAURE",
    "ROUSSEL",
    "LE GALL",
    "DUPONT",
    "BERNARD",
    "CHEVALIER",
    "LAMBERT",
    "GAUTHIER",
]

ADDRESSES = [
    ("75011", "Paris", ["rue Oberkampf", "rue de la Roquette", "boulevard Voltaire"]),
    ("75018", "Paris", ["rue Ordener", "rue Marcadet", "rue Championnet"]),
    ("93200", "Saint-Denis", ["rue de la République", "avenue Jean Moulin"]),
    ("69007", "Lyon", ["avenue Jean Jaurès", "rue de Marseille", "Grande Rue de la Guillotière"]),
    ("13003", "Marseille", ["boulevard National", "rue Loubon"]),
    ("31400", "Toulouse", ["avenue de Rangueil", "rue Saint-Roch"]),
    ("33800", "Bordeaux", ["cours de la Somme", "rue Son Tay"]),
    ("59000", "Lille", ["rue Solférino", "rue Gambetta"]),
    ("44000", "Nantes", ["boulevard des Poilus", "rue de Rennes"]),
    ("67000", "Strasbourg", ["route du Polygone", "rue du Faubourg National"]),
    ("34000", "Montpellier", ["avenue de Toulouse", "rue du Faubourg Figuerolles"]),
    ("94200", "Ivry-sur-Seine", ["rue Marat", "avenue Georges Gosnat"]),
    ("92110", "Clichy", ["boulevard Jean Jaurès", "rue Martre"]),
    ("38000", "Grenoble", ["cours Berriat", "rue Très-Cloîtres"]),
    ("06300", "Nice", ["avenue de la République", "rue Arson"]),
    ("35000", "Rennes", ["rue de Saint-Malo", "boulevard de Verdun"]),
]

JOBS = [
    "développeuse",
    "aide-soignant",
    "ingénieur d'études",
    "serveur",
    "agent d'entretien",
    "chargée de projet",
    "cuisinier",
    "post-doctorant",
    "infirmière",
    "chauffeur-livreur",
    "analyste financier",
    "assistante maternelle",
    "préparateur de commandes",
]
CONTRACTS = ["CDI", "CDI", "CDD", "CDD", "intérim"]
AUTRE_TEXT = [
    "télétravail pour une société américaine",
    "conjointe de Français, au foyer",
    "retraité (pension étrangère)",
    "volontaire service civique",
    "au pair",
    "en attente de titre de séjour",
]


def strip_accents(text: str) -> str:
    repl = {"ı": "i", "İ": "I", "ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "ß": "ss"}
    text = "".join(repl.get(ch, ch) for ch in text)
    norm = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in norm if not unicodedata.combining(ch))


def nir_for(rng, sex: str, dob: dt.date, insee: str) -> str:
    head = f"{1 if sex == 'M' else 2}{dob.year % 100:02d}{dob.month:02d}99{insee}"
    head += f"{rng.randint(1, 999):03d}"
    key = 97 - int(head) % 97
    return head + f"{key:02d}"


def make_applicant(rng) -> dict:
    cc = rng.choice(sorted(COUNTRIES))
    pays, nat_f, nat_m, insee, cities = COUNTRIES[cc]
    surnames, fem, masc = POOLS[cc]
    sex = rng.choice("FM")
    surname = rng.choice(surnames)
    if sex == "F" and cc == "RU":
        surname += "A"
    if sex == "F" and cc == "PL" and surname.endswith("SKI"):
        surname = surname[:-1] + "A"
    given = rng.choice(fem if sex == "F" else masc)
    if rng.random() < 0.2 and cc in ("BR", "CO", "MX", "PT", "LB", "PH", "US"):
        # a further middle name
        extra = rng.choice(fem if sex == "F" else masc).split()[0]
        if extra not in given:
            given = f"{given} {extra}"
    usage = None
    if sex == "F" and rng.random() < 0.4:
        spouse = rng.choice(FRENCH_SPOUSES)
        double = rng.random() < 0.3 and " " not in surname
        usage = f"{surname}-{spouse}" if double else spouse
    dob = dt.date(1962, 1, 1) + dt.timedelta(days=rng.randint(0, 365 * 41))
    zipc, city, streets = rng.choice(ADDRESSES)
    num = rng.randint(1, 140)
    street = f"{num}{rng.choice(['', '', '', ' bis'])} {rng.choice(streets)}"
    if rng.random() < 0.35:
        street += rng.choice([", bât. B", ", esc. 2, 4e étage", ", apt 31", ", chez M. Roussel"])
    phone = "0" + rng.choice("67") + "".join(f" {rng.randint(0, 99):02d}" for _ in range(4))
    mail_user = strip_accents(given.split()[0].lower() + "." + surname.split()[0].lower())
    mail_user = mail_user.replace("'", "").replace("-", "")
    email = f"{mail_user}{rng.choice(['', '', str(dob.year % 100), '92'])}@" + rng.choice(
        ["gmail.com", "yahoo.fr", "hotmail.com", "outlook.fr", "icloud.com"]
    )
    nir = nir_for(rng, sex, dob, insee) if rng.random() < 0.2 else None
    return {
        "cc": cc,
        "surname": surname,
        "usage": usage,
        "given": given,
        "sex": sex,
        "dob": dob,
        "birth_city": rng.choice(cities),
        "birth_country": pays,
        "nationality": nat_f if sex == "F" else nat_m,
        "street": street,
        "zip": zipc,
        "city": city,
        "phone": phone,
        "email": email,
        "nir": nir,
    }


SITUATIONS = (
    ["salarie"] * 6
    + ["sans_activite"] * 3
    + ["independant", "demandeur_emploi", "etudiant", "autre", "autre"]
)
EMPLOYMENT = {
    "salarie": "employed",
    "independant": "employed",
    "demandeur_emploi": "not_employed",
    "sans_activite": "not_employed",
    "etudiant": "other",
    "autre": "other",
}

MONTHS_FR = [
    "janvier",
    "février",
    "mars",
    "avril",
    "mai",
    "juin",
    "juillet",
    "août",
    "septembre",
    "octobre",
    "novembre",
    "décembre",
]


def make_situation(rng, case: str) -> dict:
    """What is ticked in section B; keys: ticked (list), contract, job, autre."""
    sit = rng.choice(SITUATIONS)
    ticked = [sit]
    if case == "none_ticked":
        ticked = []
    elif case == "two_ticked":
        pair = rng.choice(
            [
                ("salarie", "etudiant"),
                ("salarie", "independant"),
                ("demandeur_emploi", "sans_activite"),
                ("salarie", "autre"),
                ("etudiant", "sans_activite"),
            ]
        )
        ticked = list(pair)
    contract = job = autre = None
    if "salarie" in ticked or (case == "none_ticked" and sit == "salarie" and rng.random() < 0.5):
        contract = rng.choice(CONTRACTS)
        job = rng.choice(JOBS)
    if "independant" in ticked:
        job = job or rng.choice(["graphiste", "VTC", "traductrice", "consultant informatique"])
    if "autre" in ticked:
        autre = rng.choice(AUTRE_TEXT)
    return {"ticked": ticked, "contract": contract, "job": job, "autre": autre}


def sign_date(rng, case: str, as_of: dt.date) -> dt.date:
    if case == "future_date":
        if rng.random() < 0.3:
            return as_of.replace(year=as_of.year + 1) - dt.timedelta(days=rng.randint(0, 20))
        return as_of + dt.timedelta(days=rng.randint(3, 40))
    if case == "us_date":
        # a day above 12 so that MM/DD cannot be read as DD/MM
        while True:
            d = as_of - dt.timedelta(days=rng.randint(1, 70))
            if d.day > 12:
                return d
    return as_of - dt.timedelta(days=rng.randint(0, 75))


def date_text(rng, case: str, d: dt.date) -> str | None:
    if case == "no_date":
        return None
    if case == "us_date":
        return f"{d.month:02d}/{d.day:02d}/{d.year}"
    if case == "date_words":
        return f"{d.day if d.day > 1 else '1er'} {MONTHS_FR[d.month - 1]} {d.year}"
    if rng.random() < 0.12:
        return f"{d.day:02d}.{d.month:02d}.{d.year}"
    return f"{d.day:02d}/{d.month:02d}/{d.year}"
