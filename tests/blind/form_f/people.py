"""Fictional applicants, French addresses and number helpers."""

from __future__ import annotations

import unicodedata

# (birth surname, usage name, given names, sex, date of birth, birth town,
#  birth country (fr), nationality (fr, feminine/masculine handled below))
PEOPLE = [
    ("BENALI", None, "Yasmine Nour", "F", "1994-03-17", "Oran", "Algérie", "algérienne"),
    ("NGUYEN", None, "Thi Lan", "F", "1991-08-02", "Hanoï", "Viêt Nam", "vietnamienne"),
    ("OKAFOR", None, "Chinedu Emmanuel", "M", "1988-11-23", "Lagos", "Nigeria", "nigérian"),
    ("GARCÍA MÁRQUEZ", None, "Ana Lucía", "F", "1996-05-09", "Medellín", "Colombie", "colombienne"),
    ("WANG", None, "Jiahui", "F", "1993-12-30", "Chengdu", "Chine", "chinoise"),
    ("SMITH", "LEROY", "Emily Rose", "F", "1987-07-14", "Portland", "États-Unis", "américaine"),
    ("DIALLO", None, "Mamadou Saliou", "M", "1990-01-05", "Dakar", "Sénégal", "sénégalais"),
    ("TRAORÉ", None, "Awa", "F", "1998-10-11", "Bamako", "Mali", "malienne"),
    (
        "KOUASSI",
        "N'GUESSAN",
        "Aya Marie-Claire",
        "F",
        "1989-04-27",
        "Abidjan",
        "Côte d'Ivoire",
        "ivoirienne",
    ),
    ("MBARGA", None, "Jean-Pierre Arnaud", "M", "1985-09-19", "Yaoundé", "Cameroun", "camerounais"),
    ("MUKENDI", None, "Grâce", "F", "1997-02-14", "Kinshasa", "RD Congo", "congolaise"),
    ("PATEL", None, "Rohan Vikram", "M", "1992-06-08", "Ahmedabad", "Inde", "indien"),
    (
        "SILVA SANTOS",
        None,
        "João Pedro",
        "M",
        "1995-12-01",
        "Belo Horizonte",
        "Brésil",
        "brésilien",
    ),
    (
        "HERNÁNDEZ LÓPEZ",
        None,
        "María José",
        "F",
        "1990-03-22",
        "Guadalajara",
        "Mexique",
        "mexicaine",
    ),
    (
        "O'CONNOR",
        None,
        "Liam Patrick",
        "M",
        "1983-08-30",
        "Manchester",
        "Royaume-Uni",
        "britannique",
    ),
    ("KOVALENKO", None, "Oksana", "F", "1986-01-16", "Kharkiv", "Ukraine", "ukrainienne"),
    ("YILMAZ", None, "Emre", "M", "1999-07-03", "Izmir", "Turquie", "turc"),
    (
        "DELA CRUZ",
        None,
        "Maria Cristina",
        "F",
        "1984-10-28",
        "Quezon City",
        "Philippines",
        "philippine",
    ),
    ("EL AMRANI", None, "Youssef", "M", "1993-05-13", "Fès", "Maroc", "marocain"),
    ("BEN SALAH", "MARTIN", "Inès", "F", "1991-09-25", "Sfax", "Tunisie", "tunisienne"),
    ("ZHANG", None, "Wei", "M", "1989-02-18", "Shanghai", "Chine", "chinois"),
    ("MÜLLER", None, "Lena Sophie", "F", "2000-11-07", "Stuttgart", "Allemagne", "allemande"),
    (
        "FERREIRA DA COSTA",
        None,
        "Ana Beatriz",
        "F",
        "1994-06-30",
        "Porto Alegre",
        "Brésil",
        "brésilienne",
    ),
    ("RODRÍGUEZ PEÑA", None, "Santiago", "M", "1992-04-04", "Bogotá", "Colombie", "colombien"),
    (
        "JOHNSON",
        "DUBOIS",
        "Sarah Elizabeth Anne",
        "F",
        "1982-12-19",
        "Austin",
        "États-Unis",
        "américaine",
    ),
    ("AHMED", None, "Fatima Zahra", "F", "2001-01-21", "Casablanca", "Maroc", "marocaine"),
    ("HADDAD", None, "Karim", "M", "1980-08-12", "Constantine", "Algérie", "algérien"),
    ("KIM", None, "Min-jun", "M", "1996-03-03", "Séoul", "Corée du Sud", "sud-coréen"),
    ("POPESCU", None, "Andrei-Mihai", "M", "1988-05-26", "Cluj-Napoca", "Roumanie", "roumain"),
    ("NDIAYE", "LEFÈVRE", "Aïssatou", "F", "1987-11-02", "Thiès", "Sénégal", "sénégalaise"),
    ("MENSAH", None, "Kwame Kofi", "M", "1991-07-17", "Kumasi", "Ghana", "ghanéen"),
    (
        "RAKOTOMALALA",
        None,
        "Hery Nirina",
        "M",
        "1990-10-09",
        "Antananarivo",
        "Madagascar",
        "malgache",
    ),
    ("PETRENKO", None, "Anastasia", "F", "1995-02-24", "Odesa", "Ukraine", "ukrainienne"),
    ("ÇELIK", None, "Zeynep", "F", "1998-09-14", "Ankara", "Turquie", "turque"),
    ("SANTOS", None, "Jose Miguel", "M", "1986-04-15", "Cebu City", "Philippines", "philippin"),
    ("CHEN", None, "Yuting", "F", "1997-08-21", "Hangzhou", "Chine", "chinoise"),
    ("LÓPEZ DE LA TORRE", None, "Camila", "F", "1999-05-05", "Puebla", "Mexique", "mexicaine"),
    ("BOUAZIZ", None, "Mehdi", "M", "1984-12-11", "Sousse", "Tunisie", "tunisien"),
    ("KAMARA", None, "Fatoumata Binta", "F", "1993-03-29", "Kayes", "Mali", "malienne"),
    ("ETOUNDI", "GIRARD", "Christelle", "F", "1988-06-02", "Douala", "Cameroun", "camerounaise"),
    ("TSHIBANDA", None, "Patrick Junior", "M", "1994-01-30", "Lubumbashi", "RD Congo", "congolais"),
    ("WILLIAMS", None, "Oliver James", "M", "1990-09-09", "Leeds", "Royaume-Uni", "britannique"),
    ("REDDY", None, "Ananya", "F", "1996-11-26", "Hyderabad", "Inde", "indienne"),
    ("OLIVEIRA", "ROUSSEAU", "Luísa", "F", "1985-07-08", "Recife", "Brésil", "brésilienne"),
    ("BONDARENKO", None, "Dmytro", "M", "1992-12-05", "Kyiv", "Ukraine", "ukrainien"),
    ("ARSLAN", None, "Mehmet Can", "M", "1987-02-10", "Bursa", "Turquie", "turc"),
    ("BAUTISTA", None, "Jhoanna Mae", "F", "1995-10-20", "Davao", "Philippines", "philippine"),
    ("TOURÉ", None, "Ibrahim", "M", "1983-04-18", "Bouaké", "Côte d'Ivoire", "ivoirien"),
    ("ALAOUI", None, "Salma", "F", "2002-06-12", "Rabat", "Maroc", "marocaine"),
    ("LIU", None, "Xiaoming", "M", "1991-01-08", "Wuhan", "Chine", "chinois"),
    ("GONZÁLEZ RUIZ", None, "Pablo", "M", "1994-08-16", "Sevilla", "Espagne", "espagnol"),
    ("MEZIANE", None, "Nadia", "F", "1989-05-31", "Tizi Ouzou", "Algérie", "algérienne"),
    ("ANDERSON", "FONTAINE", "Megan", "F", "1990-12-24", "Denver", "États-Unis", "américaine"),
    ("CARVALHO", None, "Rafael", "M", "1993-09-03", "Salvador", "Brésil", "brésilien"),
    ("FOFANA", None, "Moussa", "M", "1997-03-14", "Saint-Louis", "Sénégal", "sénégalais"),
    ("ADEYEMI", None, "Folake Abimbola", "F", "1986-10-01", "Ibadan", "Nigeria", "nigériane"),
    ("MORALES", None, "Diego Alejandro", "M", "1998-02-27", "Cali", "Colombie", "colombien"),
    (
        "SAINT-FLEUR",
        None,
        "Marie-Ange Judith",
        "F",
        "1984-05-19",
        "Port-au-Prince",
        "Haïti",
        "haïtienne",
    ),
    ("AL-HASHIMI", None, "Omar", "M", "1990-11-30", "Amman", "Jordanie", "jordanien"),
    ("VO", None, "Minh Khoa", "M", "2000-04-09", "Hô Chi Minh-Ville", "Viêt Nam", "vietnamien"),
    ("BERNARDO", "CHEVALIER", "Joana", "F", "1992-07-26", "Luanda", "Angola", "angolaise"),
    ("NOWAK", None, "Katarzyna Anna", "F", "1995-03-08", "Kraków", "Pologne", "polonaise"),
]

ADDRESSES = [
    ("14 rue des Lilas", "", "69003", "Lyon"),
    ("48 avenue Jean Jaurès", "Bât. C, 2e étage", "75019", "Paris"),
    ("3 bis rue du Faubourg Saint-Antoine", "", "75011", "Paris"),
    ("Résidence Les Tilleuls", "7 allée des Peupliers, apt 24", "31400", "Toulouse"),
    ("22 cours Victor Hugo", "", "33000", "Bordeaux"),
    ("105 rue Nationale", "Appartement 12", "59000", "Lille"),
    ("9 quai de la Fosse", "", "44000", "Nantes"),
    ("31 rue du Vieux-Marché-aux-Poissons", "", "67000", "Strasbourg"),
    ("6 impasse des Oliviers", "chez M. et Mme Roux", "34070", "Montpellier"),
    ("17 boulevard de la Liberté", "", "35000", "Rennes"),
    ("2 place Notre-Dame", "Esc. A", "38000", "Grenoble"),
    ("58 avenue de la République", "", "06300", "Nice"),
    ("12 rue Gabriel Péri", "Bât. 4, porte 318", "93200", "Saint-Denis"),
    ("71 route de la Reine", "", "92100", "Boulogne-Billancourt"),
    ("40 rue Marat", "", "94200", "Ivry-sur-Seine"),
    ("8 rue Chabot-Charny", "", "21000", "Dijon"),
    ("25 rue Nationale", "3e gauche", "37000", "Tours"),
    ("130 rue Beauvoisine", "", "76000", "Rouen"),
    ("4 rue Ballainvilliers", "", "63000", "Clermont-Ferrand"),
    ("19 avenue Garibaldi", "Résidence Le Parc", "87000", "Limoges"),
    ("11 rue Saint-Laud", "", "49100", "Angers"),
    ("27 rue de Siam", "", "29200", "Brest"),
    ("5 en Fournirue", "", "57000", "Metz"),
    ("62 rue de Vesle", "Apt 7", "51100", "Reims"),
    ("16 rue de la Part-Dieu", "", "69003", "Lyon"),
    ("88 rue d'Alésia", "", "75014", "Paris"),
    ("33 boulevard Longchamp", "", "13001", "Marseille"),
    ("1 rue Lamartine", "Chez Mme Petit", "13005", "Marseille"),
    ("45 rue Jules Ferry", "", "92300", "Levallois-Perret"),
    ("10 allée Jean Rostand", "Cité U, chambre 214", "33400", "Talence"),
]

EMPLOYERS = [
    ("Ingénieure logiciel", "SOLVEO SAS"),
    ("Aide-soignant", "EHPAD Les Glycines"),
    ("Serveur", "Brasserie du Port SARL"),
    ("Chercheuse postdoctorale", "CNRS"),
    ("Développeur web", "Pixelnord SAS"),
    ("Assistante comptable", "Cabinet Marel & Associés"),
    ("Cuisinier", "Restaurant Le Saint-Clair"),
    ("Chef de projet", "Altrane Conseil"),
    ("Professeur d'anglais", "Lingua Plus"),
    ("Magasinier", "LogiSud Entrepôts"),
    ("Infirmière", "Clinique Sainte-Anne"),
    ("Data analyst", "Quantia SA"),
    ("Agent d'entretien", "Net'Services Propreté"),
    ("Vendeuse", "Maison Castel SARL"),
]
INDEPS = [
    "Traductrice (micro-entreprise)",
    "Graphiste indépendant",
    "Consultant informatique",
    "Photographe",
    "Coursier à vélo (auto-entrepreneur)",
    "Coiffeuse à domicile",
    "Professeur de musique",
]
SCHOOLS = [
    "Université Lyon 2",
    "Sorbonne Université",
    "INSA Toulouse",
    "Université de Bordeaux",
    "Université de Lille",
    "Nantes Université",
    "Université Grenoble Alpes",
    "Sciences Po Paris",
    "Université Côte d'Azur",
]
OTHERS = [
    "Chercheuse invitée, bourse étrangère",
    "Volontaire en service civique",
    "Jeune au pair",
    "Conjoint de salarié détaché",
    "Pension d'invalidité étrangère",
]

MONTHS = [
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

# INSEE codes of a few countries of birth (for provisional social security numbers)
INSEE_COUNTRY = {
    "Maroc": "350",
    "Algérie": "352",
    "Tunisie": "351",
    "États-Unis": "404",
    "Sénégal": "341",
    "Chine": "216",
}


def strip_accents(s: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFD", s) if unicodedata.category(c) != "Mn")


def luhn_ok(num: str) -> bool:
    tot = 0
    for i, ch in enumerate(reversed(num)):
        d = int(ch)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        tot += d
    return tot % 10 == 0


def make_siret(seed: int) -> str:
    base = f"{(seed * 7919 + 123457) % 10**8:08d}"
    for d in range(10):
        siren = base + str(d)
        if luhn_ok(siren):
            break
    nic = f"{(seed * 37) % 1000:03d}0"
    for d in range(10):
        s = siren + nic + str(d)
        if luhn_ok(s):
            return s
    raise ValueError("no siret")


def make_nir(sex: str, dob: str, country: str, order: int) -> tuple[str, str]:
    """Provisional NIR of a person born abroad: (13 digits, key)."""
    yy, mm = dob[2:4], dob[5:7]
    body = f"{1 if sex == 'M' else 2}{yy}{mm}99{INSEE_COUNTRY[country]}{order:03d}"
    key = 97 - int(body) % 97
    return body, f"{key:02d}"
