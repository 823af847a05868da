"""Countries, people, addresses, banks and employers (all people and firms fictional)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from .core import fold


@dataclass
class Country:
    a3: str
    fr: str
    en: str
    local: str
    nat_fr: tuple
    eu: bool
    hague: bool
    lang: str
    authority: str
    cities: tuple
    insee: str = "990"


C = {}


def _c(*a, **k):
    co = Country(*a, **k)
    C[co.a3] = co


_c(
    "USA",
    "États-Unis",
    "United States of America",
    "United States of America",
    ("américain", "américaine"),
    False,
    True,
    "en",
    "United States Department of State",
    ("Chicago", "Springfield", "Austin", "Houston", "Portland"),
    "404",
)
_c(
    "BRA",
    "Brésil",
    "Brazil",
    "República Federativa do Brasil",
    ("brésilien", "brésilienne"),
    False,
    True,
    "pt",
    "DPF/SR/SP",
    ("São Paulo", "Belo Horizonte", "Curitiba", "Recife"),
    "415",
)
_c(
    "IND",
    "Inde",
    "India",
    "Republic of India",
    ("indien", "indienne"),
    False,
    True,
    "en",
    "MUMBAI",
    ("Panaji", "Mumbai", "Pune", "Margao"),
    "223",
)
_c(
    "ITA",
    "Italie",
    "Italy",
    "Repubblica Italiana",
    ("italien", "italienne"),
    True,
    True,
    "it",
    "Comune di Bari",
    ("Bari", "Torino", "Napoli", "Lecce"),
    "127",
)
_c(
    "COL",
    "Colombie",
    "Colombia",
    "República de Colombia",
    ("colombien", "colombienne"),
    False,
    True,
    "es",
    "Cancillería",
    ("Medellín", "Bogotá", "Cali", "Manizales"),
    "419",
)
_c(
    "PHL",
    "Philippines",
    "Philippines",
    "Republika ng Pilipinas",
    ("philippin", "philippine"),
    False,
    True,
    "en",
    "DFA MANILA",
    ("Quezon City", "Cebu City", "Iloilo City", "Davao City"),
    "220",
)
_c(
    "UKR",
    "Ukraine",
    "Ukraine",
    "Україна",
    ("ukrainien", "ukrainienne"),
    False,
    True,
    "uk",
    "8012",
    ("Kharkiv", "Lviv", "Odesa", "Poltava"),
    "155",
)
_c(
    "MAR",
    "Maroc",
    "Morocco",
    "Royaume du Maroc",
    ("marocain", "marocaine"),
    False,
    True,
    "fr",
    "Préfecture de Fès",
    ("Fès", "Meknès", "Oujda", "Tanger"),
    "350",
)
_c(
    "GEO",
    "Géorgie",
    "Georgia",
    "საქართველო",
    ("géorgien", "géorgienne"),
    False,
    True,
    "ka",
    "PUBLIC SERVICE DEVELOPMENT AGENCY",
    ("Tbilisi", "Kutaisi", "Batumi"),
    "255",
)
_c(
    "PRT",
    "Portugal",
    "Portugal",
    "República Portuguesa",
    ("portugais", "portugaise"),
    True,
    True,
    "pt",
    "República Portuguesa",
    ("Braga", "Viseu", "Porto", "Guimarães"),
    "139",
)
_c(
    "MEX",
    "Mexique",
    "Mexico",
    "Estados Unidos Mexicanos",
    ("mexicain", "mexicaine"),
    False,
    True,
    "es",
    "SRE Puebla",
    ("Puebla", "Guadalajara", "Oaxaca de Juárez", "Mérida"),
    "405",
)
_c(
    "PER",
    "Pérou",
    "Peru",
    "República del Perú",
    ("péruvien", "péruvienne"),
    False,
    True,
    "es",
    "Superintendencia Nacional de Migraciones",
    ("Cusco", "Arequipa", "Lima", "Puno"),
    "422",
)
_c(
    "CAN",
    "Canada",
    "Canada",
    "Canada",
    ("canadien", "canadienne"),
    False,
    True,
    "en",
    "MONTREAL",
    ("Québec", "Sherbrooke", "Trois-Rivières", "Montréal"),
    "401",
)
_c(
    "KAZ",
    "Kazakhstan",
    "Kazakhstan",
    "Қазақстан Республикасы",
    ("kazakh", "kazakhe"),
    False,
    True,
    "kk",
    "MIA RK",
    ("Almaty", "Shymkent", "Karaganda"),
    "256",
)
_c(
    "ZAF",
    "Afrique du Sud",
    "South Africa",
    "Republic of South Africa",
    ("sud-africain", "sud-africaine"),
    False,
    True,
    "en",
    "DEPARTMENT OF HOME AFFAIRS",
    ("Durban", "Pietermaritzburg", "Johannesburg"),
    "303",
)
_c(
    "TUR",
    "Turquie",
    "Turkey",
    "Türkiye Cumhuriyeti",
    ("turc", "turque"),
    False,
    True,
    "tr",
    "İZMİR",
    ("İzmir", "Manisa", "Bursa", "Konya"),
    "208",
)
_c(
    "CHL",
    "Chili",
    "Chile",
    "República de Chile",
    ("chilien", "chilienne"),
    False,
    True,
    "es",
    "SERVICIO DE REGISTRO CIVIL E IDENTIFICACION",
    ("Valparaíso", "Concepción", "Temuco"),
    "417",
)
_c(
    "JPN",
    "Japon",
    "Japan",
    "日本国",
    ("japonais", "japonaise"),
    False,
    True,
    "en",
    "MINISTRY OF FOREIGN AFFAIRS",
    ("Osaka", "Sapporo", "Fukuoka"),
    "217",
)
_c(
    "NGA",
    "Nigéria",
    "Nigeria",
    "Federal Republic of Nigeria",
    ("nigérian", "nigériane"),
    False,
    False,
    "en",
    "NIS ABUJA",
    ("Enugu", "Ibadan", "Lagos"),
    "315",
)
_c(
    "PAK",
    "Pakistan",
    "Pakistan",
    "Islamic Republic of Pakistan",
    ("pakistanais", "pakistanaise"),
    False,
    True,
    "en",
    "PAKISTAN",
    ("Lahore", "Faisalabad", "Karachi"),
    "213",
)
_c(
    "VEN",
    "Venezuela",
    "Venezuela",
    "República Bolivariana de Venezuela",
    ("vénézuélien", "vénézuélienne"),
    False,
    True,
    "es",
    "SAIME",
    ("Maracaibo", "Valencia"),
    "424",
)
_c(
    "VNM",
    "Viêt Nam",
    "Viet Nam",
    "Cộng hòa Xã hội Chủ nghĩa Việt Nam",
    ("vietnamien", "vietnamienne"),
    False,
    False,
    "vi",
    "Cục Quản lý xuất nhập cảnh",
    ("Hải Phòng", "Đà Nẵng", "Huế", "Cần Thơ"),
    "243",
)
_c(
    "SEN",
    "Sénégal",
    "Senegal",
    "République du Sénégal",
    ("sénégalais", "sénégalaise"),
    False,
    False,
    "fr",
    "DAF DAKAR",
    ("Thiès", "Saint-Louis", "Ziguinchor", "Kaolack"),
    "341",
)
_c(
    "CIV",
    "Côte d'Ivoire",
    "Côte d'Ivoire",
    "République de Côte d'Ivoire",
    ("ivoirien", "ivoirienne"),
    False,
    False,
    "fr",
    "DGPN",
    ("Bouaké", "Yamoussoukro", "Korhogo"),
    "326",
)
_c(
    "HTI",
    "Haïti",
    "Haiti",
    "République d'Haïti",
    ("haïtien", "haïtienne"),
    False,
    False,
    "fr",
    "Port-au-Prince",
    ("Jacmel", "Les Cayes", "Cap-Haïtien"),
    "336",
)
_c(
    "CMR",
    "Cameroun",
    "Cameroon",
    "République du Cameroun",
    ("camerounais", "camerounaise"),
    False,
    False,
    "fr",
    "DGSN",
    ("Bafoussam", "Douala", "Garoua"),
    "322",
)
_c(
    "GBR",
    "Royaume-Uni",
    "United Kingdom",
    "United Kingdom of Great Britain and Northern Ireland",
    ("britannique", "britannique"),
    False,
    True,
    "en",
    "HMPO",
    ("Leeds", "Cardiff", "Norwich"),
    "132",
)
_c(
    "ARM",
    "Arménie",
    "Armenia",
    "Հայաստան",
    ("arménien", "arménienne"),
    False,
    True,
    "hy",
    "002",
    ("Gyumri", "Vanadzor"),
    "252",
)
_c(
    "CHN",
    "Chine",
    "China",
    "中华人民共和国",
    ("chinois", "chinoise"),
    False,
    True,
    "en",
    "National Immigration Administration",
    ("Chengdu", "Hangzhou", "Wuhan"),
    "216",
)
_c(
    "DZA",
    "Algérie",
    "Algeria",
    "République algérienne démocratique et populaire",
    ("algérien", "algérienne"),
    False,
    False,
    "fr",
    "Daïra de Bab El Oued",
    ("Oran", "Tlemcen", "Béjaïa", "Sétif"),
    "352",
)
_c(
    "ESP",
    "Espagne",
    "Spain",
    "Reino de España",
    ("espagnol", "espagnole"),
    True,
    True,
    "es",
    "DGP",
    ("Zaragoza", "Granada", "Vigo"),
    "134",
)
_c(
    "DEU",
    "Allemagne",
    "Germany",
    "Bundesrepublik Deutschland",
    ("allemand", "allemande"),
    True,
    True,
    "de",
    "Stadt Leipzig",
    ("Leipzig", "Kassel", "Bremen"),
    "109",
)
_c(
    "ROU",
    "Roumanie",
    "Romania",
    "România",
    ("roumain", "roumaine"),
    True,
    True,
    "ro",
    "SPCLEP Cluj-Napoca",
    ("Cluj-Napoca", "Iași", "Brașov"),
    "114",
)
_c(
    "FRA",
    "France",
    "France",
    "République française",
    ("français", "française"),
    True,
    True,
    "fr",
    "Préfecture",
    ("Paris", "Lyon"),
    "",
)
_c(
    "LBN",
    "Liban",
    "Lebanon",
    "République libanaise",
    ("libanais", "libanaise"),
    False,
    False,
    "fr",
    "Beyrouth",
    ("Beyrouth", "Tripoli", "Zahlé"),
    "205",
)
_c(
    "RUS",
    "Russie",
    "Russia",
    "Российская Федерация",
    ("russe", "russe"),
    False,
    True,
    "ru",
    "МВД 77001",
    ("Kazan", "Samara", "Perm"),
    "123",
)
_c(
    "MDG",
    "Madagascar",
    "Madagascar",
    "Repoblikan'i Madagasikara",
    ("malgache", "malgache"),
    False,
    False,
    "fr",
    "Antananarivo",
    ("Toamasina", "Fianarantsoa", "Antsirabe"),
    "333",
)
_c(
    "POL",
    "Pologne",
    "Poland",
    "Rzeczpospolita Polska",
    ("polonais", "polonaise"),
    True,
    True,
    "pl",
    "Wojewoda Mazowiecki",
    ("Łódź", "Gdańsk", "Poznań"),
    "122",
)
_c(
    "MDA",
    "Moldavie",
    "Moldova",
    "Republica Moldova",
    ("moldave", "moldave"),
    False,
    True,
    "ro",
    "ASP",
    ("Chișinău", "Bălți"),
    "151",
)
_c(
    "NPL",
    "Népal",
    "Nepal",
    "Nepal",
    ("népalais", "népalaise"),
    False,
    False,
    "en",
    "MOFA, DEPARTMENT OF PASSPORTS",
    ("Pokhara", "Biratnagar"),
    "215",
)


@dataclass
class Address:
    street: str
    postcode: str
    city: str
    extra: str = ""

    def one_line(self) -> str:
        mid = f"{self.extra}, " if self.extra else ""
        return f"{self.street}, {mid}{self.postcode} {self.city}"

    def lines(self) -> list[str]:
        out = [self.street]
        if self.extra:
            out.append(self.extra)
        out.append(f"{self.postcode} {self.city}")
        return out

    def upper_lines(self) -> list[str]:
        return [fold(s).upper() for s in self.lines()]


@dataclass
class Bank:
    name: str
    code: str
    bic: str
    branch_name: str
    branch_addr: str
    color: tuple
    country: str = "FR"


BANKS = {
    "bnp": Bank(
        "BNP Paribas",
        "30004",
        "BNPAFRPPXXX",
        "AGENCE LYON BELLECOUR",
        "12 place Bellecour, 69002 Lyon",
        (0.0, 0.52, 0.35),
    ),
    "sg": Bank(
        "Société Générale",
        "30003",
        "SOGEFRPP",
        "PARIS NATION",
        "5 place de la Nation, 75011 Paris",
        (0.85, 0.05, 0.15),
    ),
    "ca": Bank(
        "Crédit Agricole",
        "18206",
        "AGRIFRPP882",
        "AGENCE DE RENNES SAINTE-ANNE",
        "3 place Sainte-Anne, 35000 Rennes",
        (0.0, 0.45, 0.45),
    ),
    "cm": Bank(
        "Crédit Mutuel",
        "10278",
        "CMCIFR2A",
        "CCM LYON GUILLOTIÈRE",
        "40 cours Gambetta, 69007 Lyon",
        (0.05, 0.25, 0.55),
    ),
    "lbp": Bank(
        "La Banque Postale",
        "20041",
        "PSSTFRPPLIL",
        "CENTRE FINANCIER DE LILLE",
        "Centre financier, 59900 Lille Cedex 9",
        (0.0, 0.2, 0.5),
    ),
    "lcl": Bank(
        "LCL",
        "30002",
        "CRLYFRPP",
        "TOULOUSE CAPITOLE",
        "18 rue du Taur, 31000 Toulouse",
        (0.05, 0.15, 0.4),
    ),
    "ce": Bank(
        "Caisse d'Epargne",
        "17515",
        "CEPAFRPP751",
        "AGENCE MONTREUIL CROIX DE CHAVAUX",
        "2 place Jacques Duclos, 93100 Montreuil",
        (0.85, 0.1, 0.15),
    ),
    "bourso": Bank(
        "BoursoBank",
        "40618",
        "BOUSFRPPXXX",
        "BOULOGNE-BILLANCOURT",
        "44 rue Traversière, 92100 Boulogne-Billancourt",
        (0.86, 0.1, 0.45),
    ),
    "cic": Bank(
        "CIC",
        "30066",
        "CMCIFRPP",
        "CIC NANTES COMMERCE",
        "1 place du Commerce, 44000 Nantes",
        (0.0, 0.3, 0.55),
    ),
    "bp": Bank(
        "Banque Populaire",
        "10207",
        "CCBPFRPPMTG",
        "AGENCE GRENOBLE VICTOR HUGO",
        "6 place Victor Hugo, 38000 Grenoble",
        (0.1, 0.2, 0.55),
    ),
    "n26": Bank(
        "N26 Bank",
        "10011001",
        "NTSBDEB1XXX",
        "N26 Bank SE",
        "Voltairestraße 8, Berlin",
        (0.2, 0.75, 0.7),
        "DE",
    ),
    "revolut": Bank(
        "Revolut Bank UAB",
        "32500",
        "REVOLT21",
        "Revolut Bank UAB",
        "Konstitucijos ave. 21B, Vilnius",
        (0.1, 0.1, 0.1),
        "LT",
    ),
    "revolut_fr": Bank(
        "Revolut Bank UAB",
        "28233",
        "REVOFRP2",
        "Revolut Bank UAB - succursale",
        "10 avenue Kléber, 75116 Paris",
        (0.1, 0.1, 0.1),
    ),
}


@dataclass
class Employer:
    name: str
    addr: Address
    naf: str
    siret: str
    ccn: str
    signatory: str
    sign_role: str
    color: tuple


@dataclass
class Person:
    key: str
    surname: str  # birth surname as printed on the passport (VIZ)
    given: str  # given names as printed on the passport
    sex: str
    dob: dt.date
    birth_city: str
    country: str  # alpha-3 of nationality
    usage_name: str | None = None
    middle: str | None = None  # Philippine-style middle name
    address: Address | None = None
    phone: str = ""
    email: str = ""
    employed: bool = False
    extra: dict = field(default_factory=dict)

    @property
    def co(self) -> Country:
        return C[self.country]

    @property
    def first(self) -> str:
        return self.given.split(" ")[0]

    def nat_word(self) -> str:
        return self.co.nat_fr[1 if self.sex == "F" else 0]

    def civ(self) -> str:
        return "Mme" if self.sex == "F" else "M."

    def name_title(self, first_only=True, caps_surname=True, surname=None) -> str:
        g = self.first if first_only else self.given
        s = surname or self.surname
        g = g.title() if g.isupper() else g
        s = s.upper() if caps_surname else s
        return f"{g} {s}"
