"""Invented people, addresses and employers (no real person)."""

import datetime as dt

D = dt.date

COUNTRIES = {
    # code: nat_fr (masc), nationality printed on the passport, country (fr), cities, names
    "USA": dict(
        nat_fr="américaine",
        nat_print="UNITED STATES OF AMERICA",
        fr="États-Unis",
        cities=["Boston", "Chicago", "Sacramento", "Austin"],
        F=["Megan Elizabeth", "Ashley", "Rachel Ann"],
        M=["Tyler James", "Brandon"],
        S=["O'CONNOR", "WHITAKER", "MCALLISTER-HAYES"],
    ),
    "GBR": dict(
        nat_fr="britannique",
        nat_print="BRITISH CITIZEN",
        fr="Royaume-Uni",
        cities=["Leeds", "Bristol", "Manchester"],
        F=["Harriet Rose", "Siobhan"],
        M=["Oliver James", "Callum"],
        S=["FFORDE", "ASHWORTH", "DE VILLIERS"],
    ),
    "MAR": dict(
        nat_fr="marocaine",
        nat_print="MAROCAINE",
        fr="Maroc",
        cities=["Casablanca", "Fès", "Marrakech", "Tanger"],
        F=["Salma", "Khadija"],
        M=["Youssef", "Mehdi"],
        S=["EL AMRANI", "BENNANI", "OUAZZANI"],
    ),
    "TUN": dict(
        nat_fr="tunisienne",
        nat_print="TUNISIENNE",
        fr="Tunisie",
        cities=["Sfax", "Sousse", "Tunis"],
        F=["Ines", "Rim"],
        M=["Amine", "Skander"],
        S=["BEN SALAH", "TRABELSI", "JAZIRI"],
    ),
    "DZA": dict(
        nat_fr="algérienne",
        nat_print="ALGERIENNE",
        fr="Algérie",
        cities=["Oran", "Tizi Ouzou", "Constantine"],
        F=["Lydia", "Nesrine"],
        M=["Sofiane", "Walid"],
        S=["BOUDIAF", "AIT OUFELLA", "HADJ-MOUSSA"],
    ),
    "SEN": dict(
        nat_fr="sénégalaise",
        nat_print="SENEGALAISE",
        fr="Sénégal",
        cities=["Dakar", "Thiès", "Ziguinchor"],
        F=["Aïssatou", "Ndeye Fatou"],
        M=["Mamadou Lamine", "Cheikh"],
        S=["NDIAYE", "DIOP", "SECK"],
    ),
    "CIV": dict(
        nat_fr="ivoirienne",
        nat_print="IVOIRIENNE",
        fr="Côte d'Ivoire",
        cities=["Abidjan", "Bouaké"],
        F=["Adjoua Marie", "Awa"],
        M=["Kouadio", "Serge"],
        S=["KOUASSI", "N'GUESSAN", "YAO"],
    ),
    "CMR": dict(
        nat_fr="camerounaise",
        nat_print="CAMEROUNAISE",
        fr="Cameroun",
        cities=["Douala", "Yaoundé"],
        F=["Nadège", "Brenda"],
        M=["Arnaud", "Junior"],
        S=["MBARGA", "ETOUNDI", "NJOYA"],
    ),
    "MLI": dict(
        nat_fr="malienne",
        nat_print="MALIENNE",
        fr="Mali",
        cities=["Bamako", "Kayes"],
        F=["Fatoumata", "Kadiatou"],
        M=["Moussa", "Boubacar"],
        S=["TRAORÉ", "KEÏTA", "COULIBALY"],
    ),
    "COD": dict(
        nat_fr="congolaise",
        nat_print="CONGOLAISE",
        fr="République démocratique du Congo",
        cities=["Kinshasa", "Lubumbashi"],
        F=["Grâce", "Merveille"],
        M=["Patrick", "Dieudonné"],
        S=["MUKENDI", "KABILA-NSIMBA", "LUKUSA"],
    ),
    "HTI": dict(
        nat_fr="haïtienne",
        nat_print="HAITIENNE",
        fr="Haïti",
        cities=["Port-au-Prince", "Cap-Haïtien"],
        F=["Marie-Lourdes", "Nadège"],
        M=["Jean-Robert", "Wilner"],
        S=["PIERRE-LOUIS", "JOSEPH", "DORSAINVIL"],
    ),
    "CHN": dict(
        nat_fr="chinoise",
        nat_print="CHINESE",
        fr="Chine",
        cities=["Wenzhou", "Shanghai", "Chengdu"],
        F=["Xiaoling", "Meiying"],
        M=["Haoran", "Jianguo"],
        S=["ZHANG", "CHEN", "WU"],
    ),
    "IND": dict(
        nat_fr="indienne",
        nat_print="INDIAN",
        fr="Inde",
        cities=["Pune", "Chennai", "Bengaluru"],
        F=["Priya", "Ananya"],
        M=["Rohan", "Arjun"],
        S=["IYER", "DESHPANDE", "KRISHNAMURTHY"],
    ),
    "BRA": dict(
        nat_fr="brésilienne",
        nat_print="BRASILEIRO(A)",
        fr="Brésil",
        cities=["Belo Horizonte", "Recife", "Curitiba"],
        F=["Ana Clara", "Luíza"],
        M=["João Pedro", "Thiago"],
        S=["SOUZA SANTOS", "ARAÚJO", "CONCEIÇÃO"],
    ),
    "COL": dict(
        nat_fr="colombienne",
        nat_print="COLOMBIANA",
        fr="Colombie",
        cities=["Medellín", "Cali", "Bogotá"],
        F=["María Camila", "Valentina"],
        M=["Juan Sebastián", "Andrés"],
        S=["GÓMEZ RESTREPO", "RAMÍREZ OSPINA"],
    ),
    "MEX": dict(
        nat_fr="mexicaine",
        nat_print="MEXICANA",
        fr="Mexique",
        cities=["Guadalajara", "Puebla", "Monterrey"],
        F=["Ximena", "Guadalupe"],
        M=["Luis Fernando", "Emiliano"],
        S=["HERNÁNDEZ LÓPEZ", "DE LA CRUZ MARTÍNEZ"],
    ),
    "PER": dict(
        nat_fr="péruvienne",
        nat_print="PERUANA",
        fr="Pérou",
        cities=["Arequipa", "Lima", "Cusco"],
        F=["Rosa Elvira", "Milagros"],
        M=["Renzo", "Jhonatan"],
        S=["QUISPE MAMANI", "FLORES HUAMÁN"],
    ),
    "UKR": dict(
        nat_fr="ukrainienne",
        nat_print="UKRAINE/УКРАЇНА",
        fr="Ukraine",
        cities=["Kharkiv", "Lviv", "Odesa"],
        F=["Oksana", "Yuliia"],
        M=["Dmytro", "Andrii"],
        S=["KOVALENKO", "SHEVCHUK", "HRYTSENKO"],
    ),
    "TUR": dict(
        nat_fr="turque",
        nat_print="T.C./TÜRK",
        fr="Turquie",
        cities=["İzmir", "Bursa", "Kayseri"],
        F=["Elif", "Zeynep"],
        M=["Emre", "Burak"],
        S=["YILDIRIM", "ÖZTÜRK", "ÇELİK"],
    ),
    "PHL": dict(
        nat_fr="philippine",
        nat_print="FILIPINO",
        fr="Philippines",
        cities=["Quezon City", "Cebu City", "Davao City"],
        F=["Maria Lourdes", "Jhoanna"],
        M=["John Paul", "Mark Anthony"],
        S=["DELA CRUZ", "MACAPAGAL", "REYES"],
    ),
    "VNM": dict(
        nat_fr="vietnamienne",
        nat_print="VIỆT NAM",
        fr="Viêt Nam",
        cities=["Hà Nội", "Đà Nẵng", "Huế"],
        F=["Thị Thu Hà", "Ngọc Anh"],
        M=["Văn Minh", "Quốc Bảo"],
        S=["NGUYỄN", "TRẦN", "PHẠM"],
    ),
    "ITA": dict(
        nat_fr="italienne",
        nat_print="ITALIANA",
        fr="Italie",
        cities=["Bologna", "Napoli", "Torino"],
        F=["Giulia", "Chiara"],
        M=["Lorenzo", "Matteo"],
        S=["DELL'ACQUA", "RUSSO", "DI STEFANO"],
    ),
    "ESP": dict(
        nat_fr="espagnole",
        nat_print="ESPAÑOLA",
        fr="Espagne",
        cities=["Valencia", "Sevilla"],
        F=["Lucía", "Carmen"],
        M=["Javier", "Álvaro"],
        S=["GARCÍA PÉREZ", "FERNÁNDEZ RUIZ"],
    ),
    "PRT": dict(
        nat_fr="portugaise",
        nat_print="PORTUGUESA",
        fr="Portugal",
        cities=["Braga", "Porto"],
        F=["Inês", "Beatriz"],
        M=["Tiago", "Rui"],
        S=["PEREIRA DA SILVA", "GONÇALVES"],
    ),
    "ROU": dict(
        nat_fr="roumaine",
        nat_print="ROMÂNĂ",
        fr="Roumanie",
        cities=["Cluj-Napoca", "Iași"],
        F=["Ioana", "Andreea"],
        M=["Mihai", "Radu"],
        S=["POPESCU", "ȘTEFĂNESCU"],
    ),
    "DEU": dict(
        nat_fr="allemande",
        nat_print="DEUTSCH",
        fr="Allemagne",
        cities=["Leipzig", "Köln"],
        F=["Johanna", "Lena"],
        M=["Lukas", "Jonas"],
        S=["MÜLLER", "SCHRÖDER"],
    ),
    "FRA": dict(
        nat_fr="française",
        nat_print="FRANÇAISE",
        fr="France",
        cities=["Lyon", "Nantes", "Lille", "Rennes"],
        F=["Camille", "Élodie"],
        M=["Julien", "Thomas"],
        S=["MARTIN", "LEFÈVRE", "DUPONT-MOREAU"],
    ),
}

INSEE = {
    "USA": "404",
    "GBR": "132",
    "MAR": "350",
    "TUN": "351",
    "DZA": "352",
    "SEN": "341",
    "IND": "223",
    "BRA": "415",
    "PHL": "220",
    "MEX": "405",
    "COL": "419",
    "CHN": "216",
    "UKR": "155",
    "TUR": "208",
    "PER": "421",
    "ITA": "127",
}

ADDRESSES = [
    ("14 rue des Envierges", "75020", "Paris"),
    ("3 allée Jean Jaurès", "93200", "Saint-Denis"),
    ("27 bis avenue Berthelot", "69007", "Lyon"),
    ("8 rue du Docteur Roux", "31400", "Toulouse"),
    ("115 boulevard de la Liberté", "59000", "Lille"),
    ("5 impasse des Lilas", "33800", "Bordeaux"),
    ("42 rue Paradis", "13001", "Marseille"),
    ("19 rue de la Paix", "44000", "Nantes"),
    ("2 place du Marché", "67000", "Strasbourg"),
    ("61 rue Lamartine", "38000", "Grenoble"),
    ("Résidence Les Acacias, Bât. C, 10 rue Pasteur", "94200", "Ivry-sur-Seine"),
    ("7 chemin des Vignes", "34000", "Montpellier"),
    ("33 rue Saint-Maur", "75011", "Paris"),
    ("12 cours Vitton", "69006", "Lyon"),
    ("4 rue Jules Ferry", "92110", "Clichy"),
    ("88 avenue de Flandre", "75019", "Paris"),
    ("21 rue Nationale", "37000", "Tours"),
    ("9 rue des Tanneurs", "35000", "Rennes"),
]

EMPLOYERS = [
    dict(
        name="Atelier Lumen SAS",
        form="SAS",
        naf="7111Z",
        city="Paris",
        addr="18 rue Oberkampf 75011 Paris",
        ccn="Syntec (IDCC 1486)",
    ),
    dict(
        name="Résidence Les Tilleuls",
        form="SARL",
        naf="8710A",
        city="Lyon",
        addr="40 chemin de Montessuy 69300 Caluire-et-Cuire",
        ccn="Hospitalisation privée (IDCC 2264)",
    ),
    dict(
        name="Datavance SAS",
        form="SAS",
        naf="6201Z",
        city="Toulouse",
        addr="5 avenue Didier Daurat 31400 Toulouse",
        ccn="Syntec (IDCC 1486)",
    ),
    dict(
        name="Boulangerie Maison Vernet",
        form="SARL",
        naf="1071C",
        city="Bordeaux",
        addr="12 rue Sainte-Catherine 33000 Bordeaux",
        ccn="Boulangerie-pâtisserie (IDCC 843)",
    ),
    dict(
        name="Hôtel du Grand Cerf",
        form="SAS",
        naf="5510Z",
        city="Paris",
        addr="3 rue de Rivoli 75004 Paris",
        ccn="Hôtels, cafés, restaurants (IDCC 1979)",
    ),
    dict(
        name="Transports Garnier et Fils",
        form="SARL",
        naf="4941A",
        city="Lille",
        addr="220 rue de Lannoy 59000 Lille",
        ccn="Transports routiers (IDCC 16)",
    ),
    dict(
        name="Clinique Saint-Roch",
        form="SA",
        naf="8610Z",
        city="Montpellier",
        addr="560 avenue du Colonel André Pavelet 34000 Montpellier",
        ccn="Hospitalisation privée (IDCC 2264)",
    ),
]

LANDLORDS = [
    "SCI Les Platanes",
    "M. Bernard Château",
    "Mme Odile Fournier-Lasalle",
    "Paris Habitat OPH",
    "Foncia Gestion pour M. Henri Vasseur",
    "Mme Agnès Roux",
]

TRANSLATORS = [
    ("Leïla Benhamou-Durand", "Paris", "65 rue de Turbigo 75003 Paris"),
    ("Olena Petrenko", "Lyon", "8 quai Saint-Vincent 69001 Lyon"),
    ("Carlos Mendes", "Bordeaux", "14 rue Judaïque 33000 Bordeaux"),
    ("Margaret Holloway", "Paris", "2 rue Cambon 75001 Paris"),
]


PARENTS = {
    "USA": (["Michael", "David"], ["Jennifer Lynn Parker", "Susan Marie Walsh"]),
    "GBR": (["Richard", "Andrew"], ["Helen Clarke", "Joanne Patel"]),
    "MAR": (["Mohammed", "Abdelkader"], ["Fatima Zahra Alaoui", "Naima Berrada"]),
    "TUN": (["Mohamed", "Hichem"], ["Sonia Gharbi", "Leila Mejri"]),
    "DZA": (["Rachid", "Mourad"], ["Ouardia Kaci", "Fatiha Mansouri"]),
    "SEN": (["Ibrahima", "Ousmane"], ["Aminata Sow", "Khady Fall"]),
    "CIV": (["Konan", "Yves"], ["Akissi Brou", "Mariam Ouattara"]),
    "CMR": (["Jean-Pierre", "Emmanuel"], ["Christine Ngo Biyong", "Pauline Ekani"]),
    "MLI": (["Seydou", "Bakary"], ["Oumou Diarra", "Mariam Sangaré"]),
    "COD": (["Jean-Marie", "Albert"], ["Thérèse Mbuyi", "Anne Kapinga"]),
    "HTI": (["Jacques", "Frantz"], ["Marie-Carmel Étienne", "Rose-Andrée Paul"]),
    "IND": (["Suresh", "Venkat"], ["Lakshmi Iyer", "Meena Deshpande"]),
    "BRA": (["Carlos Eduardo", "José"], ["Maria Aparecida Souza", "Rita de Cássia Lima"]),
    "COL": (["Jorge Enrique", "Hernán"], ["Luz Marina Restrepo", "Gloria Ospina"]),
    "MEX": (["Juan Carlos", "Rodolfo"], ["María Guadalupe López", "Verónica Ruiz"]),
    "PER": (["Teodoro", "Víctor"], ["Juana Mamani", "Nélida Huamán"]),
    "PHL": (["Roberto", "Ernesto"], ["Corazon Santos", "Lorna Bautista"]),
    "TUR": (["Mehmet", "Hasan"], ["Ayşe Demir", "Fatma Kaya"]),
    "VNM": (["Văn Hùng", "Quang"], ["Trần Thị Lan", "Lê Thị Hoa"]),
    "ITA": (["Giuseppe", "Marco"], ["Anna Esposito", "Paola Romano"]),
}


def parents(P, rng):
    f, m = PARENTS.get(P["country"], (["Ahmed"], ["Samira Haddad"]))
    first = rng.choice(f)
    father = (
        f"{P['surname'].split()[0].title()} {first}"
        if P["country"] == "VNM"
        else f"{first} {P['surname'].title()}"
    )
    return father, rng.choice(m)


def person(country, rng, sex=None, given=None, surname=None, dob=None, usage=None):
    c = COUNTRIES[country]
    sex = sex or rng.choice("FM")
    P = dict(
        country=country,
        sex=sex,
        given=given or rng.choice(c[sex]),
        surname=surname or rng.choice(c["S"]),
        dob=dob or D(rng.randint(1968, 2003), rng.randint(1, 12), rng.randint(1, 28)),
        pob=rng.choice(c["cities"]),
        nat_fr=c["nat_fr"],
        nat_print=c["nat_print"],
        country_fr=c["fr"],
        usage=usage,
    )
    P["father"], P["mother"] = parents(P, rng)
    return P


def title(sex):
    return "Mme" if sex == "F" else "M."
