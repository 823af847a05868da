"""Applicants of the form_br set (invented people, many countries) and the NIR key."""

from __future__ import annotations

# INSEE codes of foreign countries (commune part of a NIR for people born abroad: dept 99).
INSEE_COUNTRY = {
    "Algérie": "352",
    "Sénégal": "341",
    "Viêt Nam": "243",
    "Colombie": "419",
    "Irlande": "136",
    "Ukraine": "155",
    "Chine": "216",
    "Maroc": "350",
    "Haïti": "436",
    "Brésil": "508",
    "Turquie": "208",
    "Iran": "204",
    "Liban": "205",
    "Philippines": "220",
    "Cameroun": "322",
    "Côte d'Ivoire": "326",
    "Congo (RDC)": "312",
    "Inde": "223",
    "Russie": "123",
    "Allemagne": "109",
    "Mali": "335",
}


def nir_for(sex: str, dob: str, country: str, order: int) -> str:
    """15-digit NIR of a person born abroad (dept 99), with its key."""
    body = ("1" if sex == "M" else "2") + dob[2:4] + dob[5:7] + "99" + INSEE_COUNTRY[country]
    body += f"{order:03d}"
    assert len(body) == 13 and body.isdigit()
    key = 97 - int(body) % 97
    assert 1 <= key <= 97 and (int(body) + key) % 97 == 0
    nir = body + f"{key:02d}"
    assert len(nir) == 15
    return nir


# surname: birth name as the applicant writes it; usage: usage (married) name or None.
# situation: list of situation codes; contract: CDI / CDD / intérim or None.
APPLICANTS = [
    dict(
        surname="BENALI", usage="LEFÈVRE", given="Yasmine", sex="F", dob="1991-03-14",
        birth_city="Oran", country="Algérie", nationality="algérienne",
        address="12 rue des Tanneurs", postcode="67000", city="Strasbourg",
        phone="06 52 18 44 09", email="yasmine.benali91@gmail.com",
        situation=["sans_activite"],
    ),
    dict(
        surname="N'DIAYE", usage=None, given="Mamadou Lamine", sex="M", dob="1988-11-02",
        birth_city="Dakar", country="Sénégal", nationality="sénégalaise",
        address="45 avenue Jean Jaurès, bât. C", postcode="69007", city="Lyon",
        phone="07 81 23 90 56", email="lamine.ndiaye@yahoo.fr",
        situation=["salarie"], contract="CDI", job="Technicien de maintenance",
        employer="Transdev Lyon",
    ),
    dict(
        surname="NGUYEN", usage="DUBOIS", given="Thi Thu Ha", sex="F", dob="1994-07-21",
        birth_city="Hô Chi Minh-Ville", country="Viêt Nam", nationality="vietnamienne",
        address="8 impasse des Lilas", postcode="31200", city="Toulouse",
        phone="06 11 74 25 80", email="thuha.nguyen@outlook.com",
        situation=["sans_activite"],
    ),
    dict(
        surname="GARCÍA MÁRQUEZ", usage=None, given="Ana Lucía", sex="F", dob="1996-01-30",
        birth_city="Medellín", country="Colombie", nationality="colombienne",
        address="3 place du Marché", postcode="33000", city="Bordeaux",
        phone="07 66 40 12 37", email="analucia.gm@gmail.com",
        situation=["etudiant"],
    ),
    dict(
        surname="O'CONNOR", usage=None, given="Siobhán Mary", sex="F", dob="1985-05-09",
        birth_city="Cork", country="Irlande", nationality="irlandaise",
        address="27 boulevard Carnot", postcode="06000", city="Nice",
        phone="06 29 87 51 14", email="siobhan.oconnor@eircom.net",
        situation=["salarie"], contract="CDD", job="Chargée de clientèle",
        employer="Amadeus SAS", nir_order=57,
    ),
    dict(
        surname="KOVALENKO", usage=None, given="Oleksandr", sex="M", dob="1979-09-17",
        birth_city="Kharkiv", country="Ukraine", nationality="ukrainienne",
        address="110 rue de Paris", postcode="59800", city="Lille",
        phone="07 58 03 66 21", email="o.kovalenko79@ukr.net",
        situation=["demandeur_emploi"],
    ),
    dict(
        surname="ZHANG", usage=None, given="Wei", sex="M", dob="1990-12-05",
        birth_city="Chengdu", country="Chine", nationality="chinoise",
        address="56 rue de Belleville", postcode="75020", city="Paris",
        phone="06 45 90 38 72", email="zhangwei.paris@163.com",
        situation=["independant"],
    ),
    dict(
        surname="EL AMRANI", usage=None, given="Fatima-Zahra", sex="F", dob="1993-04-26",
        birth_city="Casablanca", country="Maroc", nationality="marocaine",
        address="19 allée Gabriel Fauré", postcode="44300", city="Nantes",
        phone="06 03 47 81 95", email="fz.elamrani@hotmail.fr",
        situation=["salarie"], contract="intérim", job="Préparatrice de commandes",
        employer="Adecco (mission Amazon)",
    ),
    dict(
        surname="JEAN-BAPTISTE", usage=None, given="Wilner", sex="M", dob="1983-08-11",
        birth_city="Port-au-Prince", country="Haïti", nationality="haïtienne",
        address="4 rue Victor Hugo", postcode="93200", city="Saint-Denis",
        phone="07 69 22 14 03", email="wilnerjb@gmail.com",
        situation=["salarie"], contract="CDI", job="Agent de sécurité",
        employer="Securitas France",
    ),
    dict(
        surname="SILVA SANTOS", usage=None, given="João Pedro", sex="M", dob="1987-02-19",
        birth_city="Belo Horizonte", country="Brésil", nationality="brésilienne",
        address="31 quai de la Fosse", postcode="44000", city="Nantes",
        phone="06 77 35 48 20", email="joaopedro.ss@gmail.com",
        situation=["autre"], autre="Télétravail pour une société brésilienne",
        nir_order=112,
    ),
    dict(
        surname="ÖZTÜRK", usage="MOREAU", given="Ayşe", sex="F", dob="1992-10-08",
        birth_city="İzmir", country="Turquie", nationality="turque",
        address="7 rue Pasteur", postcode="13006", city="Marseille",
        phone="06 84 12 57 33", email="ayse.ozturk@gmail.com",
        situation=["sans_activite"],
    ),
    dict(
        surname="HOSSEINI", usage=None, given="Mohammad Reza", sex="M", dob="1986-06-23",
        birth_city="Ispahan", country="Iran", nationality="iranienne",
        address="22 avenue de la Libération", postcode="38000", city="Grenoble",
        phone="07 52 61 09 48", email="mr.hosseini@yahoo.com",
        situation=["salarie"], contract="CDD", job="Ingénieur de recherche",
        employer="CNRS - Institut Néel",
    ),
    dict(
        surname="HADDAD", usage="KHOURY", given="Rita", sex="F", dob="1989-12-29",
        birth_city="Beyrouth", country="Liban", nationality="libanaise",
        address="15 rue Sainte-Catherine", postcode="54000", city="Nancy",
        phone="06 40 28 93 17", email="rita.haddad.k@gmail.com",
        situation=["sans_activite"],
    ),
    dict(
        surname="DELA CRUZ", usage=None, given="Maria Cristina", sex="F", dob="1990-05-15",
        birth_city="Quezon City", country="Philippines", nationality="philippine",
        address="9 chemin des Vignes", postcode="92210", city="Saint-Cloud",
        phone="07 83 50 26 41", email="mcdelacruz@gmail.com",
        situation=["salarie"], contract="CDI", job="Employée de maison",
        employer="Famille Arnaud (CESU)",
    ),
    dict(
        surname="KAMGA TCHOUPO", usage=None, given="Hervé", sex="M", dob="1995-03-03",
        birth_city="Douala", country="Cameroun", nationality="camerounaise",
        address="63 rue Nationale", postcode="37000", city="Tours",
        phone="06 98 71 34 52", email="herve.kamga@yahoo.fr",
        situation=["etudiant"],
    ),
    dict(
        surname="KOUASSI", usage=None, given="Adjoua Marie-Claire", sex="F", dob="1984-09-01",
        birth_city="Abidjan", country="Côte d'Ivoire", nationality="ivoirienne",
        address="2 square Dumas", postcode="35000", city="Rennes",
        phone="07 44 85 20 63", email="mc.kouassi@gmail.com",
        situation=["salarie"], contract="CDD", job="Aide-soignante",
        employer="CHU de Rennes",
    ),
    dict(
        surname="ILUNGA MWAMBA", usage=None, given="Patrick", sex="M", dob="1981-07-12",
        birth_city="Lubumbashi", country="Congo (RDC)", nationality="congolaise (RDC)",
        address="18 rue du Général Leclerc", postcode="76000", city="Rouen",
        phone="06 27 39 81 70", email="patrick.ilunga@gmail.com",
        situation=["independant"],
    ),
    dict(
        surname="SHARMA", usage=None, given="Priya", sex="F", dob="1998-11-24",
        birth_city="Jaipur", country="Inde", nationality="indienne",
        address="Résidence CROUS, 5 rue Jean Moulin, ch. 214", postcode="34090",
        city="Montpellier", phone="07 55 18 62 94", email="priya.sharma98@gmail.com",
        situation=["etudiant"], nir_order=31,
    ),
    dict(
        surname="SMIRNOVA", usage=None, given="Ekaterina Sergeevna", sex="F", dob="1997-02-08",
        birth_city="Saint-Pétersbourg", country="Russie", nationality="russe",
        address="40 cours Lafayette", postcode="69003", city="Lyon",
        phone="06 36 52 70 88", email="katya.smirnova@mail.ru",
        situation=["demandeur_emploi"],
    ),
    dict(
        surname="MÜLLER-SCHMIDT", usage=None, given="Jonas", sex="M", dob="1980-04-04",
        birth_city="Fribourg-en-Brisgau", country="Allemagne", nationality="allemande",
        address="11 rue des Orfèvres", postcode="67000", city="Strasbourg",
        phone="06 13 26 59 47", email="jonas.ms@web.de",
        situation=["salarie"], contract="CDI", job="Chef de projet",
        employer="Adidas France", nir_order=204,
    ),
]  # fmt: skip


def applicant(i: int) -> dict:
    """The i-th applicant with defaults filled and the NIR computed."""
    a = dict(APPLICANTS[i])
    for k in ("usage", "contract", "job", "employer", "autre"):
        a.setdefault(k, None)
    order = a.pop("nir_order", None)
    a["nir"] = nir_for(a["sex"], a["dob"], a["country"], order) if order else None
    return a
