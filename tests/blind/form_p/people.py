"""Applicants of the form_p set: names from many countries, French addresses, NIR."""

from __future__ import annotations

import datetime as dt
import unicodedata

# country key -> (pays as written on the form, nationality masc., nationality fem., INSEE code)
COUNTRIES = {
    "DZ": ("Algérie", "algérien", "algérienne", "352"),
    "MA": ("Maroc", "marocain", "marocaine", "350"),
    "TN": ("Tunisie", "tunisien", "tunisienne", "351"),
    "SN": ("Sénégal", "sénégalais", "sénégalaise", "341"),
    "CI": ("Côte d'Ivoire", "ivoirien", "ivoirienne", "326"),
    "CM": ("Cameroun", "camerounais", "camerounaise", "322"),
    "ML": ("Mali", "malien", "malienne", "335"),
    "CD": ("RD Congo", "congolais", "congolaise", "312"),
    "CG": ("Congo", "congolais", "congolaise", "324"),
    "GN": ("Guinée", "guinéen", "guinéenne", "330"),
    "MG": ("Madagascar", "malgache", "malgache", "333"),
    "HT": ("Haïti", "haïtien", "haïtienne", "412"),
    "CN": ("Chine", "chinois", "chinoise", "216"),
    "VN": ("Vietnam", "vietnamien", "vietnamienne", "243"),
    "KR": ("Corée du Sud", "sud-coréen", "sud-coréenne", "239"),
    "JP": ("Japon", "japonais", "japonaise", "217"),
    "IN": ("Inde", "indien", "indienne", "223"),
    "PK": ("Pakistan", "pakistanais", "pakistanaise", "213"),
    "BD": ("Bangladesh", "bangladais", "bangladaise", "246"),
    "LK": ("Sri Lanka", "sri-lankais", "sri-lankaise", "235"),
    "BR": ("Brésil", "brésilien", "brésilienne", "416"),
    "CO": ("Colombie", "colombien", "colombienne", "419"),
    "MX": ("Mexique", "mexicain", "mexicaine", "405"),
    "PE": ("Pérou", "péruvien", "péruvienne", "432"),
    "AR": ("Argentine", "argentin", "argentine", "415"),
    "UA": ("Ukraine", "ukrainien", "ukrainienne", "155"),
    "RU": ("Russie", "russe", "russe", "123"),
    "TR": ("Turquie", "turc", "turque", "208"),
    "IR": ("Iran", "iranien", "iranienne", "204"),
    "LB": ("Liban", "libanais", "libanaise", "205"),
    "SY": ("Syrie", "syrien", "syrienne", "206"),
    "PH": ("Philippines", "philippin", "philippine", "220"),
    "US": ("États-Unis", "américain", "américaine", "404"),
    "GB": ("Royaume-Uni", "britannique", "britannique", "132"),
    "IE": ("Irlande", "irlandais", "irlandaise", "136"),
    "IT": ("Italie", "italien", "italienne", "127"),
    "ES": ("Espagne", "espagnol", "espagnole", "134"),
    "PT": ("Portugal", "portugais", "portugaise", "139"),
    "DE": ("Allemagne", "allemand", "allemande", "109"),
    "PL": ("Pologne", "polonais", "polonaise", "122"),
    "RO": ("Roumanie", "roumain", "roumaine", "114"),
    "NL": ("Pays-Bas", "néerlandais", "néerlandaise", "135"),
    "GR": ("Grèce", "grec", "grecque", "126"),
}

# birth surname | usage name | given names | sex | country | commune of birth
APPLICANTS = """
BENALI||Amina Leïla|F|DZ|Oran
AIT OUARAB||Karim|M|DZ|Tizi Ouzou
EL IDRISSI|MARTIN|Fatima Zahra|F|MA|Casablanca
BENJELLOUN||Youssef|M|MA|Fès
BEN YOUSSEF||Mehdi|M|TN|Sfax
TRABELSI|LEFEBVRE|Sarra|F|TN|Tunis
N'DIAYE||Mamadou Lamine|M|SN|Dakar
DIOP|FALL|Aïssatou|F|SN|Thiès
KOUASSI||Konan Serge|M|CI|Abidjan
TOURÉ||Mariam|F|CI|Bouaké
MBARGA ATANGANA||Jean-Paul|M|CM|Yaoundé
NGO BISSA||Christelle|F|CM|Douala
TRAORÉ||Oumar|M|ML|Bamako
KEÏTA||Fatoumata|F|ML|Kayes
MUKENDI KABONGO||Grâce|F|CD|Kinshasa
ILUNGA||Patrick Junior|M|CD|Lubumbashi
MALONGA||Prisca|F|CG|Brazzaville
BAH||Mamadou Saliou|M|GN|Conakry
RAKOTOMALALA||Hery Andrianina|M|MG|Antananarivo
JEAN-BAPTISTE||Wideline|F|HT|Port-au-Prince
PIERRE-LOUIS||Jean Robert|M|HT|Cap-Haïtien
WANG||Xiaoming|M|CN|Shanghai
LI|DUBOIS|Mei|F|CN|Chengdu
ZHANG||Yiran|F|CN|Pékin
NGUYEN||Thi Lan|F|VN|Hô-Chi-Minh-Ville
TRAN||Van Duc|M|VN|Hanoï
KIM||Ji-woo|F|KR|Séoul
TANAKA|ROUSSEAU|Yuki|F|JP|Osaka
SHARMA||Priya|F|IN|New Delhi
VENKATARAMAN||Srinivas Raghav|M|IN|Chennai
CHAUDHRY||Muhammad Usman|M|PK|Lahore
CHOWDHURY||Nusrat Jahan|F|BD|Dacca
PERERA||Dinesh Kumara|M|LK|Colombo
DOS SANTOS OLIVEIRA||Ana Beatriz|F|BR|São Paulo
FERREIRA||João Pedro|M|BR|Belo Horizonte
RODRÍGUEZ PÉREZ||María José|F|CO|Medellín
GÓMEZ||Andrés Felipe|M|CO|Bogotá
HERNÁNDEZ LÓPEZ||José Luis|M|MX|Guadalajara
QUISPE MAMANI||Rosa Elena|F|PE|Cusco
FERNÁNDEZ|GARNIER|Lucía|F|AR|Buenos Aires
SHEVCHENKO||Olena|F|UA|Kyiv
KOVALENKO||Dmytro|M|UA|Kharkiv
IVANOVA|PETIT|Ekaterina|F|RU|Saint-Pétersbourg
SOKOLOV||Alexeï|M|RU|Novossibirsk
YILMAZ||Elif|F|TR|Istanbul
ÖZTÜRK||Mehmet Can|M|TR|Ankara
HOSSEINI||Reza|M|IR|Téhéran
MOHAMMADI||Shirin|F|IR|Ispahan
KHOURY||Georges|M|LB|Beyrouth
HADDAD|MOREAU|Rania|F|LB|Tripoli
AL-KHATIB||Omar|M|SY|Alep
DELA CRUZ||Maria Cristina|F|PH|Quezon City
SANTOS||Mark Anthony|M|PH|Cebu
O'CONNOR||Sean Patrick|M|US|Boston
MILLER|LAURENT|Emily Rose|F|US|Chicago
SMITH-JONES||Olivia|F|GB|Manchester
O'BRIEN||Ciarán|M|IE|Cork
D'ANGELO||Francesca|F|IT|Naples
GARCÍA||Pablo|M|ES|Séville
DA SILVA COSTA||Inês|F|PT|Porto
MÜLLER-SCHMIDT||Jonas|M|DE|Munich
KOWALSKA|BERNARD|Agnieszka|F|PL|Cracovie
POPESCU||Andrei Mihai|M|RO|Bucarest
VAN DER BERG||Sanne|F|NL|Utrecht
PAPADOPOULOS||Nikolaos|M|GR|Athènes
"""

ADDRESSES = [
    ("12 rue des Envierges", "75020", "Paris"),
    ("4 allée des Tilleuls", "69008", "Lyon"),
    ("27 bd de la Liberté", "13001", "Marseille"),
    ("8 rue Saint-Rémi", "33000", "Bordeaux"),
    ("15 avenue Jean Jaurès", "31400", "Toulouse"),
    ("3 place du Marché", "59000", "Lille"),
    ("45 rue de la République", "93200", "Saint-Denis"),
    ("102 cours Gambetta", "69007", "Lyon"),
    ("6 impasse des Lilas", "44300", "Nantes"),
    ("19 rue d'Alsace", "67000", "Strasbourg"),
    ("7 chemin des Vignes", "34070", "Montpellier"),
    ("2 rue Pasteur, bât. C, apt 12", "94400", "Vitry-sur-Seine"),
    ("21 rue Victor Hugo", "92130", "Issy-les-Moulineaux"),
    ("58 rue de Belleville", "75019", "Paris"),
    ("3 rue du Docteur Roux", "38000", "Grenoble"),
    ("14 avenue de Flandre", "75019", "Paris"),
    ("9 rue Nationale", "37000", "Tours"),
    ("30 boulevard Carnot", "06000", "Nice"),
    ("5 rue des Écoles", "35000", "Rennes"),
    ("11 quai de la Fosse", "44000", "Nantes"),
    ("68 avenue Gambetta", "94100", "Saint-Maur-des-Fossés"),
    ("1 square Jean Moulin", "95100", "Argenteuil"),
    ("24 rue Émile Zola", "21000", "Dijon"),
    ("17 rue de l'Abbé Grégoire", "75006", "Paris"),
]

MONTHS_FR = [
    "janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
    "septembre", "octobre", "novembre", "décembre",
]  # fmt: skip

JOBS = [
    "Aide-soignante", "Développeur web", "Serveur", "Ingénieur R&D", "Agent de propreté",
    "Chercheuse post-doc", "Cuisinier", "Vendeuse", "Infirmière", "Chauffeur livreur",
    "Data analyst", "Assistante de direction", "Maçon", "Professeur de langues",
    "Consultant", "Caissière", "Auxiliaire de vie", "Préparateur de commandes",
]  # fmt: skip


def strip_accents(s: str) -> str:
    out = unicodedata.normalize("NFKD", s)
    return "".join(c for c in out if not unicodedata.combining(c))


def parse_applicants() -> list[dict]:
    rows = []
    for line in APPLICANTS.strip().splitlines():
        sur, usage, given, sex, cc, city = line.split("|")
        rows.append(
            {
                "surname": sur,
                "usage": usage or None,
                "given": given,
                "sex": sex,
                "country": cc,
                "birth_city": city,
            }
        )
    return rows


def nir_for(rng, sex: str, dob: dt.date, country: str) -> str:
    body = "%d%02d%02d99%s%03d" % (
        1 if sex == "M" else 2,
        dob.year % 100,
        dob.month,
        COUNTRIES[country][3],
        rng.randint(1, 899),
    )
    key = 97 - int(body) % 97
    return body + "%02d" % key


def make_person(rng, base: dict) -> dict:
    """A full applicant from one pool row, with random date of birth, address, contacts."""
    p = dict(base)
    y = rng.randint(1962, 2004)
    p["dob"] = dt.date(y, rng.randint(1, 12), rng.randint(1, 28))
    pays, nat_m, nat_f, _ = COUNTRIES[p["country"]]
    p["birth_country"] = pays
    p["nationality"] = nat_f if p["sex"] == "F" else nat_m
    street, cp, commune = ADDRESSES[rng.randrange(len(ADDRESSES))]
    p["street"], p["cp"], p["commune"] = street, cp, commune
    p["nir"] = nir_for(rng, p["sex"], p["dob"], p["country"]) if rng.random() < 0.22 else None
    d = [rng.randint(0, 9) for _ in range(8)]
    lead = rng.choice(["06", "07", "06", "07", "09"])
    digits = lead + "".join(map(str, d))
    style = rng.random()
    if style < 0.5:
        p["phone"] = " ".join(digits[i : i + 2] for i in range(0, 10, 2))
    elif style < 0.75:
        p["phone"] = digits
    else:
        p["phone"] = "+33 " + digits[1] + " " + " ".join(digits[i : i + 2] for i in range(2, 10, 2))
    first = strip_accents(p["given"].split()[0]).lower().replace("'", "")
    last = strip_accents((p["usage"] or p["surname"]).split()[0]).lower().replace("'", "")
    dom = rng.choice(
        ["gmail.com", "yahoo.fr", "hotmail.com", "outlook.fr", "orange.fr", "icloud.com"]
    )
    sep = rng.choice([".", "", "_", "."])
    num = str(rng.randint(1, 99)) if rng.random() < 0.4 else ""
    p["email"] = f"{first}{sep}{last}{num}@{dom}"
    return p


def written_names(rng, p: dict, caps_all: bool, typed: bool) -> dict:
    """How the applicant writes their names on the form (as written = truth)."""
    keep_acc = rng.random() < (0.75 if typed else 0.55)

    def acc(s):
        return s if keep_acc else strip_accents(s)

    sur = acc(p["surname"]).upper()
    usage = acc(p["usage"]).upper() if p["usage"] else None
    given = acc(p["given"])
    if caps_all or rng.random() < 0.3:
        given = given.upper()
    return {"surname": sur, "usage_name": usage, "given_names": given}


def fmt_date_numeric(rng, d: dt.date, hand: bool) -> str:
    if not hand:
        return rng.choice(["%02d/%02d/%04d", "%02d/%02d/%04d", "%02d.%02d.%04d"]) % (
            d.day,
            d.month,
            d.year,
        )
    style = rng.choice(["dd/mm/yyyy", "d/m/yyyy", "dd-mm-yyyy", "d.m.yyyy", "dd.mm.yyyy", "spaced"])
    if style == "dd/mm/yyyy":
        return "%02d/%02d/%04d" % (d.day, d.month, d.year)
    if style == "d/m/yyyy":
        return "%d/%d/%04d" % (d.day, d.month, d.year)
    if style == "dd-mm-yyyy":
        return "%02d-%02d-%04d" % (d.day, d.month, d.year)
    if style == "d.m.yyyy":
        return "%d.%d.%04d" % (d.day, d.month, d.year)
    if style == "dd.mm.yyyy":
        return "%02d.%02d.%04d" % (d.day, d.month, d.year)
    return "%02d / %02d / %04d" % (d.day, d.month, d.year)


def fmt_date_us(rng, d: dt.date) -> str:
    return rng.choice(["%02d/%02d/%04d", "%d/%d/%04d"]) % (d.month, d.day, d.year)


def fmt_date_words(rng, d: dt.date) -> str:
    day = "1er" if d.day == 1 and rng.random() < 0.5 else str(d.day)
    return f"{day} {MONTHS_FR[d.month - 1]} {d.year}"
