"""Applicants (fictional), French addresses and the NIR (social security number)."""

import unicodedata

# surname at birth | usage name | given names | sex | date of birth | birth town | country (as a
# French clerk writes it) | nationality | INSEE country code | "us" when the person writes dates
# month first
_P = """
BENALI | - | Yasmine | F | 1994-03-12 | Oran | Algérie | algérienne | 352 | -
EL AMRANI | - | Mohamed Amine | M | 1990-07-25 | Casablanca | Maroc | marocain | 350 | -
TRABELSI | - | Nour El Houda | F | 1997-11-02 | Sfax | Tunisie | tunisienne | 351 | -
DIOP | NDIAYE | Fatou | F | 1988-05-30 | Dakar | Sénégal | sénégalaise | 341 | -
KOUASSI | - | Jean-Baptiste Yao | M | 1985-12-18 | Abidjan | Côte d'Ivoire | ivoirien | 326 | -
NGO BIYONG | - | Marie-Claire | F | 1992-02-14 | Douala | Cameroun | camerounaise | 322 | -
TRAORÉ | - | Moussa | M | 1996-09-09 | Bamako | Mali | malien | 335 | -
MBUYI KALONJI | - | Grâce | F | 1991-06-21 | Kinshasa | RD Congo | congolaise | 312 | -
WANG | - | Xiaoling | F | 1995-04-03 | Chengdu | Chine | chinoise | 216 | -
NGUYEN | - | Thi Thu Ha | F | 1993-08-17 | Hanoi | Viêt Nam | vietnamienne | 243 | -
SHARMA | - | Rohan | M | 1989-10-28 | New Delhi | Inde | indien | 223 | -
DOS SANTOS FERREIRA | - | Ana Luísa | F | 1987-01-19 | Belo Horizonte | Brésil | brésilienne | 416 | -
GÓMEZ RESTREPO | - | Juan Camilo | M | 1992-03-30 | Medellín | Colombie | colombien | 419 | -
HERNÁNDEZ | - | María Fernanda | F | 1998-12-05 | Guadalajara | Mexique | mexicaine | 405 | -
SMITH | MARTIN | Emily Rose | F | 1986-07-04 | Portland | États-Unis | américaine | 404 | us
O'CONNOR | - | Siobhan | F | 1990-02-27 | Cork | Irlande | irlandaise | 136 | -
KOVALENKO | - | Oksana | F | 1984-11-11 | Kharkiv | Ukraine | ukrainienne | 155 | -
IVANOV | - | Dmitrii | M | 1991-05-16 | Saint-Pétersbourg | Russie | russe | 123 | -
YILMAZ | - | Mehmet Can | M | 1993-06-01 | Izmir | Turquie | turc | 208 | -
AHMADI | - | Shirin | F | 1995-09-23 | Téhéran | Iran | iranienne | 204 | -
HADDAD | - | Karim | M | 1982-08-08 | Beyrouth | Liban | libanais | 205 | -
DELA CRUZ | - | Maria Kristina | F | 1990-10-14 | Quezon City | Philippines | philippine | 220 | us
JEAN-LOUIS | - | Wideline | F | 1994-01-31 | Port-au-Prince | Haïti | haïtienne | 410 | -
KHAN | - | Ayesha | F | 1999-03-08 | Lahore | Pakistan | pakistanaise | 213 | -
RAHMAN | - | Md Arifur | M | 1990-12-01 | Dhaka | Bangladesh | bangladais | 246 | -
GARCÍA LÓPEZ | - | Lucía | F | 1996-05-22 | Séville | Espagne | espagnole | 134 | -
ROSSI | - | Giulia | F | 1993-09-30 | Turin | Italie | italienne | 127 | -
KOWALSKA | - | Agnieszka | F | 1989-04-15 | Cracovie | Pologne | polonaise | 122 | -
POPESCU | - | Andrei Mihai | M | 1987-02-10 | Cluj-Napoca | Roumanie | roumain | 114 | -
MÜLLER | - | Jonas | M | 1994-08-19 | Stuttgart | Allemagne | allemand | 109 | -
SILVA | - | João Pedro | M | 1991-11-27 | Porto | Portugal | portugais | 139 | -
AIT BRAHAM | - | Lydia | F | 1998-02-02 | Tizi Ouzou | Algérie | algérienne | 352 | -
OUEDRAOGO | - | Aminata | F | 1993-07-07 | Ouagadougou | Burkina Faso | burkinabè | 331 | -
CAMARA | - | Mamadou Saliou | M | 1995-10-10 | Conakry | Guinée | guinéen | 330 | -
MENSAH | - | Kofi Emmanuel | M | 1986-03-03 | Accra | Ghana | ghanéen | 329 | -
OKAFOR | - | Chinonso | M | 1992-12-24 | Enugu | Nigeria | nigérian | 336 | -
ZHANG | - | Wei | M | 1990-01-15 | Shanghai | Chine | chinois | 216 | -
TRAN | LEFEBVRE | Ngoc Anh | F | 1988-09-04 | Hô Chi Minh-Ville | Viêt Nam | vietnamienne | 243 | -
PATEL | - | Priya | F | 1994-02-18 | Ahmedabad | Inde | indienne | 223 | -
RODRIGUES DA SILVA | - | Thiago | M | 1993-05-05 | São Paulo | Brésil | brésilien | 416 | -
QUISPE MAMANI | - | Rosa | F | 1990-11-20 | La Paz | Bolivie | bolivienne | 418 | -
PÉREZ | - | Andrés Felipe | M | 1997-01-09 | Bogotá | Colombie | colombien | 419 | -
JOHNSON | - | Michael David | M | 1980-10-02 | Chicago | États-Unis | américain | 404 | us
THOMPSON | DUBOIS | Sarah Elizabeth | F | 1985-03-25 | Leeds | Royaume-Uni | britannique | 132 | -
SHEVCHENKO | - | Andriy | M | 1995-07-13 | Lviv | Ukraine | ukrainien | 155 | -
DEMIR | - | Elif | F | 1996-10-19 | Ankara | Turquie | turque | 208 | -
REZAEI | - | Amir Hossein | M | 1989-01-26 | Ispahan | Iran | iranien | 204 | -
KHOURY | - | Rita | F | 1991-12-12 | Zahlé | Liban | libanaise | 205 | -
SANTOS | - | Jericho | M | 1994-06-30 | Cebu | Philippines | philippin | 220 | us
PIERRE-LOUIS | - | Jean Ricardo | M | 1987-08-21 | Cap-Haïtien | Haïti | haïtien | 410 | -
MOHAMMADI | - | Zahra | F | 2000-03-21 | Hérat | Afghanistan | afghane | 212 | -
M'BAREK | - | Hicham | M | 1988-05-14 | Agadir | Maroc | marocain | 350 | -
BEN SALAH | - | Inès | F | 1999-09-17 | Tunis | Tunisie | tunisienne | 351 | -
SOW | - | Ousmane | M | 1990-02-08 | Saint-Louis | Sénégal | sénégalais | 341 | -
KONÉ | - | Awa | F | 1997-04-04 | Bouaké | Côte d'Ivoire | ivoirienne | 326 | -
ETOUNDI | - | Serge Alain | M | 1984-11-30 | Yaoundé | Cameroun | camerounais | 322 | -
DIALLO | - | Kadiatou | F | 1996-08-26 | Kayes | Mali | malienne | 335 | -
EL IDRISSI | BERNARD | Salma | F | 1990-06-15 | Rabat | Maroc | marocaine | 350 | -
CHEN | - | Jiahui | F | 1998-11-08 | Canton | Chine | chinoise | 216 | -
VO | - | Minh Quân | M | 1995-03-19 | Da Nang | Viêt Nam | vietnamien | 243 | -
SINGH | - | Gurpreet | M | 1986-09-14 | Amritsar | Inde | indien | 223 | -
LOPES | FONTAINE | Carla | F | 1992-07-27 | Praia | Cap-Vert | cap-verdienne | 396 | -
ABOU-ZEID | - | Nadia | F | 1987-12-03 | Le Caire | Égypte | égyptienne | 301 | -
PETROVA | - | Anastasia | F | 1992-04-28 | Novossibirsk | Russie | russe | 123 | -
FERNANDO | - | Kasun | M | 1991-08-12 | Colombo | Sri Lanka | sri-lankais | 235 | -
"""
P = [
    tuple(None if f == "-" else f for f in ln.split(" | ")[:9]) + (ln.endswith("| us"),)
    for ln in _P.strip().splitlines()
]

CITIES = [
    ("75018", "Paris", "Paris 18e"),
    ("75011", "Paris", "Paris"),
    ("75020", "Paris", "Paris"),
    ("93100", "Montreuil", "Montreuil"),
    ("93200", "Saint-Denis", "Saint-Denis"),
    ("94200", "Ivry-sur-Seine", "Ivry-sur-Seine"),
    ("94000", "Cr\u00e9teil", "Cr\u00e9teil"),
    ("93300", "Aubervilliers", "Aubervilliers"),
    ("92130", "Issy-les-Moulineaux", "Issy"),
    ("69007", "Lyon", "Lyon"),
    ("69100", "Villeurbanne", "Villeurbanne"),
    ("13003", "Marseille", "Marseille"),
    ("31400", "Toulouse", "Toulouse"),
    ("59000", "Lille", "Lille"),
    ("59100", "Roubaix", "Roubaix"),
    ("33800", "Bordeaux", "Bordeaux"),
    ("44000", "Nantes", "Nantes"),
    ("35000", "Rennes", "Rennes"),
    ("67000", "Strasbourg", "Strasbourg"),
    ("38000", "Grenoble", "Grenoble"),
    ("06300", "Nice", "Nice"),
    ("34000", "Montpellier", "Montpellier"),
    ("63000", "Clermont-Ferrand", "Clermont-Fd"),
    ("21000", "Dijon", "Dijon"),
    ("76000", "Rouen", "Rouen"),
    ("51100", "Reims", "Reims"),
    ("37000", "Tours", "Tours"),
    ("86000", "Poitiers", "Poitiers"),
    ("57000", "Metz", "Metz"),
    ("49100", "Angers", "Angers"),
    ("29200", "Brest", "Brest"),
    ("25000", "Besan\u00e7on", "Besan\u00e7on"),
]
STREETS = [
    "rue des Lilas",
    "avenue Jean Jaur\u00e8s",
    "rue de la R\u00e9publique",
    "rue Pasteur",
    "boulevard Voltaire",
    "rue Victor Hugo",
    "all\u00e9e des Tilleuls",
    "rue du Moulin",
    "avenue de la Libert\u00e9",
    "rue Jules Ferry",
    "rue des \u00c9coles",
    "impasse des Roses",
    "rue Gambetta",
    "rue de la Paix",
    "chemin des Vignes",
    "rue Marcel Cachin",
    "avenue du G\u00e9n\u00e9ral Leclerc",
    "rue Saint-Maur",
    "rue Paul Vaillant-Couturier",
    "place de la Mairie",
    "rue Anatole France",
    "quai de la Loire",
]
COMPL = [
    "B\u00e2t. B, appt 214",
    "Esc. 3, 4e \u00e9tage",
    "R\u00e9sidence Les \u00c9rables",
    "chez M. et Mme Leroy",
    "appt 12",
    "porte gauche",
    "B\u00e2timent C",
]
PROFESSIONS = [  # (masculine, feminine)
    ("Ing\u00e9nieur logiciel", "Ing\u00e9nieure logiciel"),
    ("Aide-soignant", "Aide-soignante"),
    ("Serveur", "Serveuse"),
    ("Chercheur post-doctorant", "Chercheuse post-doctorante"),
    ("Agent d'entretien", "Agent d'entretien"),
    ("D\u00e9veloppeur web", "D\u00e9veloppeuse web"),
    ("Vendeur", "Vendeuse"),
    ("Cuisinier", "Cuisini\u00e8re"),
    ("Infirmier", "Infirmi\u00e8re"),
    ("Consultant", "Consultante"),
    ("Pr\u00e9parateur de commandes", "Pr\u00e9paratrice de commandes"),
    ("Professeur d'anglais", "Professeure d'anglais"),
    ("Livreur", "Livreuse"),
    ("Assistant de direction", "Assistante de direction"),
    ("Data analyst", "Data analyst"),
    ("Ma\u00e7on", "Employ\u00e9e polyvalente"),
    ("Caissier", "Caissi\u00e8re"),
]
AUTRE = [
    "retrait\u00e9 (pension \u00e9trang\u00e8re)",
    "t\u00e9l\u00e9travail pour une soci\u00e9t\u00e9 am\u00e9ricaine",
    "au pair dans une famille",
    "volontaire en service civique",
    "stagiaire (gratification)",
    "conjoint d'un salari\u00e9 d\u00e9tach\u00e9",
]
MONTHS = [
    "janvier",
    "f\u00e9vrier",
    "mars",
    "avril",
    "mai",
    "juin",
    "juillet",
    "ao\u00fbt",
    "septembre",
    "octobre",
    "novembre",
    "d\u00e9cembre",
]


def strip_accents(s: str) -> str:
    n = unicodedata.normalize("NFD", s)
    return "".join(ch for ch in n if unicodedata.category(ch) != "Mn")


def nir_for(sex: str, dob: str, country: str, order: int) -> str:
    """15-digit NIR of a person born abroad (department 99, INSEE country code)."""
    body = ("1" if sex == "M" else "2") + dob[2:4] + dob[5:7] + "99" + country + f"{order:03d}"
    assert len(body) == 13 and body.isdigit()
    key = 97 - int(body) % 97
    nir = body + f"{key:02d}"
    assert (int(nir[:13]) + int(nir[13:])) % 97 == 0
    return nir


# the NIR key is the stdnum example's key: check the formula against a known valid vector
assert 97 - int("2951099126111") % 97 == 93


def phone(rng) -> str:
    d = [rng.choice("67")] + [str(rng.randrange(10)) for _ in range(8)]
    return "0" + d[0] + " " + " ".join("".join(d[i : i + 2]) for i in range(1, 9, 2))


def email(rng, given: str, surname: str) -> str:
    g = strip_accents(given.split()[0]).lower().replace("'", "")
    s = strip_accents(surname.split()[0]).lower().replace("'", "")
    dom = rng.choice(
        [
            "gmail.com",
            "gmail.com",
            "yahoo.fr",
            "hotmail.com",
            "outlook.fr",
            "icloud.com",
            "laposte.net",
            "orange.fr",
        ]
    )
    style = rng.randrange(4)
    if style == 0:
        local = f"{g}.{s}"
    elif style == 1:
        local = f"{g}{s}{rng.randrange(10, 99)}"
    elif style == 2:
        local = f"{g[0]}.{s}"
    else:
        local = f"{s}.{g}{rng.randrange(1, 9)}"
    return f"{local.replace('-', '')}@{dom}"
