"""Invented applicants (no real person), French addresses and jobs."""

from __future__ import annotations

# surname at birth | usage name | given names | sex | date of birth | commune of birth |
# country of birth (as a French clerk writes it) | nationality | INSEE country code or ""
APPLICANTS = """
BENALI||Yacine|M|1994-03-17|Oran|Algérie|algérienne|352
EL KHATTABI||Fatima Zahra|F|1991-07-02|Casablanca|Maroc|marocaine|350
BEN SALAH||Mohamed Amine|M|1997-12-25|Sfax|Tunisie|tunisienne|351
AÏT-OUFELLA|MERCIER|Kahina|F|1988-05-09|Tizi Ouzou|Algérie|algérienne|352
OUAZZANI TOUHAMI||Mehdi|M|1990-10-30|Fès|Maroc|marocaine|350
BOUAZIZI||Nour El Houda|F|1999-01-14|Sousse|Tunisie|tunisienne|351
HADJ-MOUSSA||Rachid|M|1985-06-21|Constantine|Algérie|algérienne|352
LAHLOU|GIRAUD|Salma|F|1993-09-04|Rabat|Maroc|marocaine|350
N'DIAYE||Mame Diarra|F|1996-02-11|Dakar|Sénégal|sénégalaise|341
DIALLO||Mamadou Saliou|M|1992-08-19|Conakry|Guinée|guinéenne|
KOUASSI||Aya Marie-Josée|F|1989-11-28|Abidjan|Côte d'Ivoire|ivoirienne|326
TCHOUAMENI||Jean-Paul|M|1987-04-15|Douala|Cameroun|camerounaise|322
KEÏTA||Oumou|F|1998-06-03|Bamako|Mali|malienne|335
MBUYI KABASELE||Grâce|F|1994-12-07|Kinshasa|RD Congo|congolaise|
OUEDRAOGO||Abdoul Aziz|M|1990-01-26|Ouagadougou|Burkina Faso|burkinabè|
NGUEMA OBIANG||Ruth Estelle|F|1995-10-16|Libreville|Gabon|gabonaise|
SOW|BARRY|Kadiatou|F|1986-03-30|Saint-Louis|Sénégal|sénégalaise|341
ADEYEMI||Oluwaseun David|M|1991-05-22|Lagos|Nigeria|nigériane|
ATANGANA ETOUNDI||Serge Olivier|M|1983-09-12|Yaoundé|Cameroun|camerounaise|322
JEAN-BAPTISTE||Wideline|F|1997-07-08|Port-au-Prince|Haïti|haïtienne|
PIERRE-LOUIS||Jean Ricardo|M|1992-02-29|Cap-Haïtien|Haïti|haïtienne|
SAINT-FLEUR|DUPONT|Marie Carmelle|F|1984-11-03|Jacmel|Haïti|haïtienne|
WANG||Xiaoming|M|1996-04-18|Shanghai|Chine|chinoise|216
ZHANG||Yuxin|F|1999-08-27|Chengdu|Chine|chinoise|216
LI|LEFEBVRE|Jingjing|F|1990-01-05|Wuhan|Chine|chinoise|216
CHEN||Haoran|M|1994-10-11|Guangzhou|Chine|chinoise|216
NGUYEN||Thi Thu Huong|F|1995-03-23|Hanoi|Viêt Nam|vietnamienne|243
TRAN||Van Duc|M|1991-12-02|Hô Chi Minh-Ville|Vietnam|vietnamienne|243
PHAM|ROUSSEL|Ngoc Anh|F|1987-06-14|Da Nang|Viêt Nam|vietnamienne|243
SHARMA||Priya|F|1993-02-08|New Delhi|Inde|indienne|223
VENKATARAMAN||Karthik Subramanian|M|1989-07-31|Chennai|Inde|indienne|223
HOSSAIN||Md Rakibul|M|1995-11-19|Dhaka|Bangladesh|bangladaise|
KHAN||Ayesha|F|1997-05-06|Lahore|Pakistan|pakistanaise|
PERERA||Dilani Shanika|F|1992-09-25|Colombo|Sri Lanka|sri-lankaise|
SINGH||Gurpreet|M|1986-01-17|Amritsar|Inde|indienne|223
GARCÍA LÓPEZ||María Fernanda|F|1994-06-29|Bogotá|Colombie|colombienne|419
RODRÍGUEZ HERNÁNDEZ||Juan Carlos|M|1988-03-13|Guadalajara|Mexique|mexicaine|
DOS SANTOS PEREIRA||Ana Beatriz|F|1996-12-20|São Paulo|Brésil|brésilienne|416
QUISPE MAMANI||Luis Alberto|M|1990-08-08|Cusco|Pérou|péruvienne|
DE LA CRUZ||Camila Andrea|F|1998-04-02|Santiago|Chili|chilienne|
FERREIRA DA SILVA|MOREAU|Juliana|F|1985-10-24|Belo Horizonte|Brésil|brésilienne|416
MONTOYA||Andrés Felipe|M|1993-01-31|Medellín|Colombie|colombienne|419
VARGAS||Valentina|F|2000-07-15|Buenos Aires|Argentine|argentine|
KOVALENKO||Olena|F|1990-05-13|Kharkiv|Ukraine|ukrainienne|155
SHEVCHENKO|PETIT|Iryna|F|1987-02-21|Kyiv|Ukraine|ukrainienne|155
BONDARENKO||Dmytro|M|1995-09-09|Odesa|Ukraine|ukrainienne|155
IVANOVA||Ekaterina Sergueïevna|F|1992-11-30|Saint-Pétersbourg|Russie|russe|
SOKOLOV||Alexeï|M|1984-04-04|Novossibirsk|Russie|russe|
MELNYK||Taras|M|1998-03-01|Lviv|Ukraine|ukrainienne|155
YILMAZ||Mehmet Emre|M|1991-06-16|Istanbul|Turquie|turque|208
ÖZTÜRK||Zeynep|F|1996-10-05|Ankara|Turquie|turque|208
ÇELIK|AUBERT|Elif|F|1989-12-12|Izmir|Turquie|turque|208
HOSSEINI||Seyed Ali|M|1990-02-14|Téhéran|Iran|iranienne|
MOHAMMADI||Parisa|F|1994-08-23|Ispahan|Iran|iranienne|
RAHIMI-NEJAD||Arash|M|1987-05-28|Chiraz|Iran|iranienne|
HADDAD||Rita|F|1995-01-09|Beyrouth|Liban|libanaise|
EL HAGE||Georges Antoine|M|1986-07-27|Zahlé|Liban|libanaise|
ABI NADER|FONTAINE|Maya|F|1992-04-19|Jounieh|Liban|libanaise|
DELA CRUZ||Mary Grace|F|1991-03-03|Quezon City|Philippines|philippine|
SANTOS||John Paul|M|1989-10-14|Cebu|Philippines|philippine|
REYES|BLANC|Kristine Joy|F|1994-12-01|Manila|Philippines|philippine|
MÜLLER||Lukas|M|1993-05-19|München|Allemagne|allemande|109
ROSSI||Giulia|F|1997-09-08|Milano|Italie|italienne|127
FERNÁNDEZ RUIZ||Pablo|M|1990-11-22|Sevilla|Espagne|espagnole|134
KOWALSKA||Agnieszka|F|1988-08-16|Kraków|Pologne|polonaise|122
POPESCU||Andrei Mihai|M|1995-02-26|Cluj-Napoca|Roumanie|roumaine|114
DA COSTA|LAMBERT|Inês|F|1986-06-07|Porto|Portugal|portugaise|139
O'CONNOR||Siobhán|F|1992-01-20|Cork|Irlande|irlandaise|
VAN DEN BERG||Pieter|M|1984-12-09|Utrecht|Pays-Bas|néerlandaise|
O'BRIEN-WALSH||Caitlin Marie|F|1990-03-27|Boston|États-Unis|américaine|
MCALLISTER||James Robert|M|1985-09-18|Glasgow|Royaume-Uni|britannique|
D'ALMEIDA||Kossi Edem|M|1993-06-24|Lomé|Togo|togolaise|
RAKOTOMALALA||Hery Nirina|M|1989-02-15|Antananarivo|Madagascar|malgache|
AL-HASSAN||Omar|M|1992-10-10|Damas|Syrie|syrienne|
KIM||Ji-woo|F|1997-01-28|Séoul|Corée du Sud|sud-coréenne|
BOUCHAREB|EL AMRANI|Samira|F|1983-08-05|Annaba|Algérie|algérienne|352
TRAORÉ||Moussa|M|1996-09-14|Sikasso|Mali|malienne|335
"""


def applicants():
    out = []
    for line in APPLICANTS.strip().splitlines():
        sur, usage, given, sex, dob, commune, country, nat, code = line.split("|")
        out.append(
            dict(
                surname=sur,
                usage=usage or None,
                given=given,
                sex=sex,
                dob=dob,
                commune=commune,
                country=country,
                nationality=nat,
                code=code,
            )
        )
    return out


STREETS = [
    "rue de la République",
    "avenue Jean Jaurès",
    "rue Victor Hugo",
    "boulevard Voltaire",
    "rue des Lilas",
    "allée des Acacias",
    "rue du Faubourg Saint-Antoine",
    "rue Pasteur",
    "avenue de la Libération",
    "rue Jules Ferry",
    "chemin des Vignes",
    "rue Émile Zola",
    "place du Marché",
    "rue de Belleville",
    "cours Lafayette",
    "rue d'Alsace",
    "avenue du Général de Gaulle",
    "rue Gambetta",
    "impasse des Tilleuls",
    "rue Nationale",
]
TOWNS = [
    ("75011", "Paris"),
    ("75019", "Paris"),
    ("75013", "Paris"),
    ("93200", "Saint-Denis"),
    ("93100", "Montreuil"),
    ("94200", "Ivry-sur-Seine"),
    ("92110", "Clichy"),
    ("69003", "Lyon"),
    ("69100", "Villeurbanne"),
    ("13003", "Marseille"),
    ("31400", "Toulouse"),
    ("33000", "Bordeaux"),
    ("59000", "Lille"),
    ("67000", "Strasbourg"),
    ("44000", "Nantes"),
    ("35000", "Rennes"),
    ("34000", "Montpellier"),
    ("06300", "Nice"),
    ("38000", "Grenoble"),
    ("95100", "Argenteuil"),
    ("91000", "Évry-Courcouronnes"),
    ("76000", "Rouen"),
]
EXTRAS = ["", "", "", "Bât. B", "Apt 12", "3e étage", "Esc. 2, porte 21", "Résidence Les Pins"]

PROFESSIONS = [
    "Ingénieur logiciel",
    "Aide-soignante",
    "Serveur",
    "Chercheuse post-doctorante",
    "Agent de sécurité",
    "Développeuse web",
    "Cuisinier",
    "Auxiliaire de vie",
    "Chef de projet",
    "Professeur de mathématiques",
    "Préparateur de commandes",
    "Infirmière",
    "Data analyst",
    "Agent d'entretien",
    "Vendeuse",
    "Comptable",
    "Chauffeur livreur",
    "Ingénieure R&D",
    "Employé polyvalent",
    "Assistante de direction",
    "Maçon",
    "Consultant SAP",
]
INDEPENDENT = [
    "Traductrice",
    "Graphiste",
    "Chauffeur VTC",
    "Coiffeuse",
    "Photographe",
    "Consultant informatique",
]
OTHER = [
    "conjointe d'un salarié en France",
    "retraité (pension étrangère)",
    "jeune au pair",
    "volontaire en service civique",
    "en attente de mon contrat de travail",
    "ayant droit de mon époux",
    "stagiaire non rémunérée",
]

# INSEE commune codes are not needed: a NIR for someone born abroad carries "99" + the
# country code.  Temporary numbers given by employers look the same.
