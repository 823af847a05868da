"""Fictional applicants for the form_l blind set (names of many cultures, all invented)."""

from __future__ import annotations

import datetime as dt
import unicodedata
from dataclasses import dataclass

# surname at birth | usage name | given names | sex | nationality | birth city | birth country (fr)
# | nationality as a French adjective (m/f) | INSEE country code (for a NIR) or ""
_RAW = """
BENALI||Yasmine|F|DZA|Oran|Algérie|algérien/algérienne|352
EL AMRANI||Mohamed Amine|M|MAR|Casablanca|Maroc|marocain/marocaine|350
TRABELSI||Sarra|F|TUN|Sfax|Tunisie|tunisien/tunisienne|351
NDIAYE||Fatou Binetou|F|SEN|Thiès|Sénégal|sénégalais/sénégalaise|341
KOUASSI||Yao Jean-Marc|M|CIV|Bouaké|Côte d'Ivoire|ivoirien/ivoirienne|326
MBARGA ATANGANA||Christelle Laure|F|CMR|Yaoundé|Cameroun|camerounais/camerounaise|322
TRAORÉ||Moussa|M|MLI|Bamako|Mali|malien/malienne|335
MUKENDI||Grâce Ilunga|F|COD|Lubumbashi|République démocratique du Congo|congolais/congolaise|
CAMARA||Mamadou Aliou|M|GIN|Conakry|Guinée|guinéen/guinéenne|
JEAN-BAPTISTE||Wideline|F|HTI|Port-au-Prince|Haïti|haïtien/haïtienne|
ZHANG||Wei|M|CHN|Chengdu|Chine|chinois/chinoise|216
NGUYEN|LEFÈVRE|Thi Minh Anh|F|VNM|Hanoï|Viêt Nam|vietnamien/vietnamienne|
RAGHAVAN||Arjun|M|IND|Bangalore|Inde|indien/indienne|
KHAN||Ayesha Noor|F|PAK|Lahore|Pakistan|pakistanais/pakistanaise|
RAHMAN||Mohammad Tanvir|M|BGD|Dacca|Bangladesh|bangladais/bangladaise|
WICKRAMASINGHE||Dilani Nadeesha|F|LKA|Kandy|Sri Lanka|sri-lankais/sri-lankaise|
DOS SANTOS OLIVEIRA||Ana Beatriz|F|BRA|Belo Horizonte|Brésil|brésilien/brésilienne|
RESTREPO VÉLEZ||Juan Camilo|M|COL|Medellín|Colombie|colombien/colombienne|
QUISPE MAMANI||Rosa Elena|F|PER|Cusco|Pérou|péruvien/péruvienne|
CASTILLO BRICEÑO||María Gabriela|F|VEN|Maracaibo|Venezuela|vénézuélien/vénézuélienne|
OCHOA PALOMARES||Diego|M|MEX|Guadalajara|Mexique|mexicain/mexicaine|
O'CONNOR|DUVAL|Megan Elizabeth|F|USA|Boston|États-Unis|américain/américaine|404
TREMBLAY-GAGNON||Émilie|F|CAN|Québec|Canada|canadien/canadienne|
MACLEOD||Callum James|M|GBR|Inverness|Royaume-Uni|britannique/britannique|
KOVALENKO||Oleksandra|F|UKR|Kharkiv|Ukraine|ukrainien/ukrainienne|
SMIRNOV||Dmitri Aleksandrovich|M|RUS|Novossibirsk|Russie|russe/russe|
ŞAHIN||Emre|M|TUR|Izmir|Turquie|turc/turque|
HOSSEINI||Parisa|F|IRN|Téhéran|Iran|iranien/iranienne|
HADDAD||Rami Georges|M|LBN|Beyrouth|Liban|libanais/libanaise|
EL-SAYED||Mona Ahmed|F|EGY|Alexandrie|Égypte|égyptien/égyptienne|
DELA CRUZ||Maria Kristina|F|PHL|Quezon City|Philippines|philippin/philippine|
OKONKWO||Chinedu Emmanuel|M|NGA|Enugu|Nigeria|nigérian/nigériane|
PARK||Ji-woo|F|KOR|Busan|Corée du Sud|sud-coréen/sud-coréenne|
TANAKA||Haruto|M|JPN|Osaka|Japon|japonais/japonaise|
WIŚNIEWSKA|MOREAU|Katarzyna Anna|F|POL|Cracovie|Pologne|polonais/polonaise|122
MÜLLER||Jonas Felix|M|DEU|Leipzig|Allemagne|allemand/allemande|109
DE LUCA||Francesca|F|ITA|Naples|Italie|italien/italienne|127
FERNÁNDEZ DE LA TORRE||Javier|M|ESP|Séville|Espagne|espagnol/espagnole|134
GONÇALVES||Inês Maria|F|PRT|Porto|Portugal|portugais/portugaise|139
POPESCU||Andrei Mihai|M|ROU|Cluj-Napoca|Roumanie|roumain/roumaine|
PAPADOPOULOU||Eleni|F|GRC|Thessalonique|Grèce|grec/grecque|
VAN DEN BERG||Sanne|F|NLD|Utrecht|Pays-Bas|néerlandais/néerlandaise|
O'BRIEN||Siobhán|F|IRL|Cork|Irlande|irlandais/irlandaise|
NAGY||Réka|F|HUN|Debrecen|Hongrie|hongrois/hongroise|
TRAN||Van Duc|M|VNM|Hô Chi Minh-Ville|Viêt Nam|vietnamien/vietnamienne|
LI|BERNARD|Xiaoyan|F|CHN|Wuhan|Chine|chinois/chinoise|216
TESFAYE||Hana|F|ETH|Addis-Abeba|Éthiopie|éthiopien/éthiopienne|
NOORI||Farid Ahmad|M|AFG|Kaboul|Afghanistan|afghan/afghane|
AL-KHATIB||Omar|M|SYR|Alep|Syrie|syrien/syrienne|
MUÑOZ SOTO||Camila Ignacia|F|CHL|Valparaíso|Chili|chilien/chilienne|
RAKOTOARISOA||Hery Tiana|M|MDG|Antananarivo|Madagascar|malgache/malgache|
ABDALLAH||Zaïnaba|F|COM|Moroni|Comores|comorien/comorienne|
WONGSAWAT||Pimchanok|F|THA|Chiang Mai|Thaïlande|thaïlandais/thaïlandaise|
SANTOSO||Budi|M|IDN|Surabaya|Indonésie|indonésien/indonésienne|
BERIDZE||Nino|F|GEO|Tbilissi|Géorgie|géorgien/géorgienne|
HOVHANNISYAN||Aram|M|ARM|Erevan|Arménie|arménien/arménienne|
SHEHU||Elira|F|ALB|Tirana|Albanie|albanais/albanaise|
JOVANOVIĆ||Milica|F|SRB|Novi Sad|Serbie|serbe/serbe|
DVOŘÁK||Tomáš|M|CZE|Brno|Tchéquie|tchèque/tchèque|
PÉREZ LEÓN||Yanelis|F|CUB|La Havane|Cuba|cubain/cubaine|
HOUNKPATIN||Sèdjro Fabrice|M|BEN|Cotonou|Bénin|béninois/béninoise|
AGBODJAN||Afi Mawuena|F|TGO|Lomé|Togo|togolais/togolaise|
OUÉDRAOGO||Issouf|M|BFA|Ouagadougou|Burkina Faso|burkinabè/burkinabè|
OULD AHMED||Sidi Mohamed|M|MRT|Nouakchott|Mauritanie|mauritanien/mauritanienne|
OTIENO||Brian Ochieng|M|KEN|Kisumu|Kenya|kényan/kényane|
HARRINGTON|ROUSSEAU|Chloe Margaret|F|AUS|Perth|Australie|australien/australienne|
VAN DER MERWE||Pieter Johannes|M|ZAF|Pretoria|Afrique du Sud|sud-africain/sud-africaine|
IVANOVA|GIRARD|Anastasia Sergeïevna|F|RUS|Saint-Pétersbourg|Russie|russe/russe|
SHEVCHUK||Bohdan|M|UKR|Lviv|Ukraine|ukrainien/ukrainienne|
MENON|DUBOIS|Ananya|F|IND|Kochi|Inde|indien/indienne|
SIVAKUMAR||Tharshika|F|LKA|Jaffna|Sri Lanka|sri-lankais/sri-lankaise|
THAPA||Sushila|F|NPL|Pokhara|Népal|népalais/népalaise|
SOK||Dara|M|KHM|Phnom Penh|Cambodge|cambodgien/cambodgienne|
BATBAYAR||Oyunchimeg|F|MNG|Oulan-Bator|Mongolie|mongol/mongole|
DORVILUS||Jean-Robert|M|HTI|Cap-Haïtien|Haïti|haïtien/haïtienne|
AÏT OUFELLA||Massinissa|M|DZA|Tizi Ouzou|Algérie|algérien/algérienne|352
BENJELLOUN|ROCHE|Salma|F|MAR|Fès|Maroc|marocain/marocaine|350
BEN SALAH||Youssef|M|TUN|Sousse|Tunisie|tunisien/tunisienne|351
DIOP||Cheikh Ahmadou Bamba|M|SEN|Touba|Sénégal|sénégalais/sénégalaise|341
FOTSO NJOYA||Arnaud Blaise|M|CMR|Douala|Cameroun|camerounais/camerounaise|322
CARDONA ARIAS||Valentina|F|COL|Cali|Colombie|colombien/colombienne|
NASCIMENTO||João Pedro|M|BRA|Salvador|Brésil|brésilien/brésilienne|
HUAMÁN TORRES||Kevin Alonso|M|PER|Arequipa|Pérou|péruvien/péruvienne|
KIM||Seo-yeon|F|KOR|Séoul|Corée du Sud|sud-coréen/sud-coréenne|
"""

# French addresses (real towns and postcodes, invented street numbers)
CITIES = [
    ("75011", "Paris"),
    ("75018", "Paris"),
    ("75020", "Paris"),
    ("75013", "Paris"),
    ("75019", "Paris"),
    ("69007", "Lyon"),
    ("69003", "Lyon"),
    ("69100", "Villeurbanne"),
    ("13005", "Marseille"),
    ("13001", "Marseille"),
    ("31400", "Toulouse"),
    ("31000", "Toulouse"),
    ("33800", "Bordeaux"),
    ("59000", "Lille"),
    ("44000", "Nantes"),
    ("35000", "Rennes"),
    ("67000", "Strasbourg"),
    ("34000", "Montpellier"),
    ("38000", "Grenoble"),
    ("06000", "Nice"),
    ("93200", "Saint-Denis"),
    ("93100", "Montreuil"),
    ("94000", "Créteil"),
    ("94400", "Vitry-sur-Seine"),
    ("92100", "Boulogne-Billancourt"),
    ("92000", "Nanterre"),
    ("76000", "Rouen"),
    ("21000", "Dijon"),
    ("63000", "Clermont-Ferrand"),
    ("37000", "Tours"),
    ("49000", "Angers"),
    ("51100", "Reims"),
    ("57000", "Metz"),
    ("87000", "Limoges"),
    ("86000", "Poitiers"),
    ("29200", "Brest"),
    ("14000", "Caen"),
    ("25000", "Besançon"),
    ("93300", "Aubervilliers"),
    ("95000", "Cergy"),
    ("91000", "Évry-Courcouronnes"),
    ("38100", "Grenoble"),
    ("59100", "Roubaix"),
    ("42000", "Saint-Étienne"),
    ("80000", "Amiens"),
]
STREETS = [
    "rue des Lilas",
    "avenue Jean Jaurès",
    "boulevard de la Villette",
    "rue Victor Hugo",
    "rue de la République",
    "allée des Tilleuls",
    "rue du Faubourg Saint-Antoine",
    "place du Marché",
    "rue Pasteur",
    "impasse des Acacias",
    "avenue de la Libération",
    "rue Émile Zola",
    "chemin des Vignes",
    "rue Jules Ferry",
    "quai de la Loire",
    "rue Paul Bert",
    "rue des Écoles",
    "cours Gambetta",
    "rue Montesquieu",
    "rue du Moulin",
    "boulevard Voltaire",
    "rue Saint-Exupéry",
    "rue des Peupliers",
    "avenue Général Leclerc",
]
EXTRA = [
    "Bât. B, 3e étage",
    "Résidence Les Cèdres, apt 24",
    "Esc. 2, porte 31",
    "chez M. et Mme Laurent",
    "Appt 112",
    "Bâtiment C",
    "2e étage gauche",
    "Résidence étudiante, ch. 208",
]
MAILS = [
    "gmail.com",
    "yahoo.fr",
    "outlook.com",
    "orange.fr",
    "free.fr",
    "proton.me",
    "hotmail.com",
    "laposte.net",
    "icloud.com",
]
JOBS = [
    ("aide-soignante", "aide-soignant"),
    ("ingénieure logiciel", "ingénieur logiciel"),
    ("serveuse", "serveur"),
    ("chercheuse postdoctorale", "chercheur postdoctoral"),
    ("agent d'entretien", "agent d'entretien"),
    ("comptable", "comptable"),
    ("cuisinière", "cuisinier"),
    ("vendeuse", "vendeur"),
    ("infirmière", "infirmier"),
    ("développeuse web", "développeur web"),
    ("chauffeur-livreur", "chauffeur-livreur"),
    ("professeure d'anglais", "professeur d'anglais"),
    ("analyste financière", "analyste financier"),
    ("électricienne", "électricien"),
    ("auxiliaire de vie", "auxiliaire de vie"),
    ("data scientist", "data scientist"),
    ("manutentionnaire", "manutentionnaire"),
]
EMPLOYERS = [
    "Clinique des Tilleuls",
    "Nexalia SAS",
    "Brasserie du Port",
    "Laboratoire Hélios",
    "Propreté Azur SARL",
    "Cabinet Morel & Associés",
    "Restaurant Le Comptoir",
    "Boulangerie Lemaire",
    "Hôpital privé Saint-Roch",
    "Pixelune SAS",
    "Transports Ravel",
    "École Lingua Franca",
    "Bertin Capital",
    "Elec Services 44",
    "Aide & Vie 69",
    "Quantiq Analytics",
    "Logistique Delta",
]
SCHOOLS = [
    "Université Paris Cité",
    "Université Lyon 1",
    "Sorbonne Université",
    "Université de Bordeaux",
    "Université de Strasbourg",
    "Université Grenoble Alpes",
    "École Centrale de Nantes",
    "Université de Lille",
    "INSA Toulouse",
    "Aix-Marseille Université",
]
AUTRES = [
    "au pair",
    "retraité(e)",
    "conjoint(e) de salarié",
    "volontaire en service civique",
    "stagiaire non rémunéré(e)",
    "en attente de titre de séjour",
    "chercheur invité",
    "bénévole associatif",
]


@dataclass
class Person:
    surname: str
    usage: str | None
    given: str
    sex: str
    nat: str
    birth_city: str
    birth_country: str
    nat_adj: str
    insee: str
    dob: dt.date | None = None


def load() -> list[Person]:
    out = []
    for ln in _RAW.strip().splitlines():
        sur, usage, given, sex, nat, bcity, bcountry, adj, insee = ln.split("|")
        m, f = adj.split("/")
        out.append(
            Person(
                sur, usage or None, given, sex, nat, bcity, bcountry, f if sex == "F" else m, insee
            )
        )
    return out


def strip_accents(s: str) -> str:
    d = unicodedata.normalize("NFD", s)
    d = "".join(ch for ch in d if unicodedata.category(ch) != "Mn")
    return (
        d.replace("ø", "o").replace("Ø", "O").replace("ł", "l").replace("Ł", "L").replace("ı", "i")
    )


def winansi(s: str) -> str:
    """What a Latin-1 PDF field can show: keep cp1252 letters, strip the other accents."""
    out = []
    for ch in s:
        try:
            ch.encode("cp1252")
            out.append(ch)
        except UnicodeEncodeError:
            out.append(strip_accents(ch))
    return "".join(out)


def nir_for(p: Person, order: int) -> str:
    """A NIR for a person born abroad (département 99 + INSEE country code) with a valid key."""
    assert p.dob is not None
    body = "%d%02d%02d99%s%03d" % (
        1 if p.sex == "M" else 2,
        p.dob.year % 100,
        p.dob.month,
        p.insee,
        order,
    )
    key = 97 - int(body) % 97
    return body + "%02d" % key
