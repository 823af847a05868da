"""Applicants and the plan of the set (which form gets which fill way, arrangement, case)."""

from __future__ import annotations

import datetime as dt
import random
import unicodedata

# country: (pays, nationalité (m, f), INSEE code, birth towns, surnames, female, male)
COUNTRIES = {
    "DZ": (
        "Algérie",
        ("algérienne", "algérien"),
        "352",
        ["Alger", "Oran", "Tizi Ouzou", "Sétif"],
        ["Bensaïd", "Haddad", "Bouzid", "Aït Ahmed", "Belkacem", "Cherifi"],
        ["Amina", "Nour El Houda", "Lydia", "Sarah"],
        ["Karim", "Yacine", "Mohamed Amine"],
    ),
    "MA": (
        "Maroc",
        ("marocaine", "marocain"),
        "350",
        ["Casablanca", "Fès", "Marrakech", "Agadir"],
        ["El Idrissi", "Benjelloun", "Ouazzani", "Tazi", "El Amrani"],
        ["Fatima Zahra", "Salma", "Khadija", "Imane"],
        ["Youssef", "Mehdi", "Hamza"],
    ),
    "TN": (
        "Tunisie",
        ("tunisienne", "tunisien"),
        "351",
        ["Tunis", "Sfax", "Sousse"],
        ["Ben Salah", "Trabelsi", "Gharbi", "Jebali"],
        ["Ons", "Yasmine", "Rim"],
        ["Skander", "Wassim", "Aymen"],
    ),
    "SN": (
        "Sénégal",
        ("sénégalaise", "sénégalais"),
        "341",
        ["Dakar", "Thiès", "Saint-Louis"],
        ["Diop", "N'Diaye", "Sow", "Fall", "Mbaye"],
        ["Aïssatou", "Fatou", "Awa Khady"],
        ["Mamadou", "Cheikh Tidiane", "Ousmane"],
    ),
    "CI": (
        "Côte d'Ivoire",
        ("ivoirienne", "ivoirien"),
        "326",
        ["Abidjan", "Bouaké", "Yamoussoukro"],
        ["Kouassi", "Koné", "Yao N'Guessan", "Bamba"],
        ["Adjoua", "Marie-Laure", "Grâce"],
        ["Kouadio Serge", "Ange-Désiré", "Moussa"],
    ),
    "CM": (
        "Cameroun",
        ("camerounaise", "camerounais"),
        "322",
        ["Douala", "Yaoundé", "Bafoussam"],
        ["Nkoulou", "Mbappé Ekambi", "Tchouameni", "Fotso"],
        ["Christelle", "Brenda Manuela"],
        ["Patrick Junior", "Hervé", "Blaise"],
    ),
    "ML": (
        "Mali",
        ("malienne", "malien"),
        "335",
        ["Bamako", "Kayes", "Ségou"],
        ["Traoré", "Keïta", "Diarra", "Coulibaly"],
        ["Mariam", "Kadiatou"],
        ["Boubacar", "Seydou", "Modibo"],
    ),
    "CD": (
        "Rép. dém. du Congo",
        ("congolaise", "congolais"),
        "312",
        ["Kinshasa", "Lubumbashi"],
        ["Mukendi", "Kabila Mwamba", "Lukaku", "Tshibanda"],
        ["Nathalie", "Divine"],
        ["Jean-Marie", "Glody", "Christian"],
    ),
    "HT": (
        "Haïti",
        ("haïtienne", "haïtien"),
        "432",
        ["Port-au-Prince", "Cap-Haïtien", "Jacmel"],
        ["Jean-Baptiste", "Pierre-Louis", "Désir", "Saint-Fleur"],
        ["Widlène", "Rose-Mirlande"],
        ["Wilner", "Jean Ricot", "Fritz-Gérald"],
    ),
    "CN": (
        "Chine",
        ("chinoise", "chinois"),
        "216",
        ["Shanghai", "Wuhan", "Chengdu", "Harbin"],
        ["Wang", "Li", "Zhang", "Liu", "Chen", "Ouyang"],
        ["Xiaomei", "Yuting", "Jing"],
        ["Wei", "Haoran", "Zhiqiang"],
    ),
    "VN": (
        "Viêt Nam",
        ("vietnamienne", "vietnamien"),
        "243",
        ["Hà Nội", "Huế", "Đà Nẵng"],
        ["Nguyen", "Tran", "Pham", "Lê", "Vu"],
        ["Thi Thu Trang", "Thi Lan Anh"],
        ["Van Minh", "Duc Anh", "Quoc Bao"],
    ),
    "IN": (
        "Inde",
        ("indienne", "indien"),
        "223",
        ["Bengaluru", "Chennai", "Pune", "Kolkata"],
        ["Venkataraman", "Sharma", "Iyer", "Chatterjee", "Reddy"],
        ["Priya", "Ananya Lakshmi"],
        ["Arjun", "Rahul Kumar", "Siddharth"],
    ),
    "BR": (
        "Brésil",
        ("brésilienne", "brésilien"),
        "416",
        ["São Paulo", "Recife", "Belo Horizonte"],
        ["da Silva Santos", "Oliveira", "Pereira Costa", "Gonçalves"],
        ["Ana Beatriz", "Luíza"],
        ["João Pedro", "Thiago", "Rafael"],
    ),
    "CO": (
        "Colombie",
        ("colombienne", "colombien"),
        "419",
        ["Bogotá", "Medellín", "Cali"],
        ["García Restrepo", "Rodríguez", "Gómez Ospina", "Muñoz"],
        ["María Camila", "Valentina"],
        ["Juan Sebastián", "Andrés Felipe"],
    ),
    "MX": (
        "Mexique",
        ("mexicaine", "mexicain"),
        "405",
        ["Guadalajara", "Puebla", "Monterrey"],
        ["Hernández López", "Martínez", "Ramírez Cruz"],
        ["Ximena", "Guadalupe"],
        ["José Luis", "Diego"],
    ),
    "UA": (
        "Ukraine",
        ("ukrainienne", "ukrainien"),
        "155",
        ["Kyiv", "Kharkiv", "Lviv", "Odesa"],
        ["Shevchenko", "Kovalenko", "Bondarenko", "Melnyk"],
        ["Olena", "Iryna", "Kateryna"],
        ["Oleksandr", "Dmytro", "Andriy"],
    ),
    "RU": (
        "Russie",
        ("russe", "russe"),
        "123",
        ["Moscou", "Saint-Pétersbourg", "Kazan"],
        ["Ivanova", "Smirnov", "Kuznetsova", "Popov"],
        ["Anastasia", "Ekaterina"],
        ["Alexeï", "Mikhail"],
    ),
    "TR": (
        "Turquie",
        ("turque", "turc"),
        "208",
        ["Istanbul", "İzmir", "Ankara", "Bursa"],
        ["Yılmaz", "Öztürk", "Demir", "Çelik", "Şahin"],
        ["Elif", "Zeynep", "Ayşe"],
        ["Mehmet", "Emre", "Burak"],
    ),
    "IR": (
        "Iran",
        ("iranienne", "iranien"),
        "204",
        ["Téhéran", "Ispahan", "Chiraz"],
        ["Hosseini", "Rezaei", "Mohammadi", "Karimi"],
        ["Maryam", "Shirin"],
        ["Reza", "Amir Hossein"],
    ),
    "LB": (
        "Liban",
        ("libanaise", "libanais"),
        "205",
        ["Beyrouth", "Tripoli", "Saïda"],
        ["Khoury", "Haddad", "Abi Nader", "El Hage"],
        ["Rita", "Nour"],
        ["Georges", "Fadi"],
    ),
    "PH": (
        "Philippines",
        ("philippine", "philippin"),
        "220",
        ["Manille", "Cebu", "Davao"],
        ["Santos", "Dela Cruz", "Reyes", "Bautista"],
        ["Maria Cristina", "Joy"],
        ["Jose Miguel", "Mark Anthony"],
    ),
    "US": (
        "États-Unis",
        ("américaine", "américain"),
        "404",
        ["Chicago", "Austin", "Boston"],
        ["O'Connor", "Miller", "Johnson", "McAllister"],
        ["Emily Rose", "Sarah", "Megan"],
        ["Michael James", "Ryan"],
    ),
    "GB": (
        "Royaume-Uni",
        ("britannique", "britannique"),
        "132",
        ["Manchester", "Leeds", "Bristol"],
        ["Smith-Jones", "Taylor", "O'Brien"],
        ["Charlotte", "Olivia Grace"],
        ["Thomas Edward", "Callum"],
    ),
    "PT": (
        "Portugal",
        ("portugaise", "portugais"),
        "139",
        ["Porto", "Braga", "Coimbra"],
        ["Ferreira da Costa", "Sousa", "Gonçalves"],
        ["Inês", "Mariana"],
        ["Tiago", "Rui"],
    ),
    "PL": (
        "Pologne",
        ("polonaise", "polonais"),
        "122",
        ["Kraków", "Wrocław", "Gdańsk"],
        ["Kowalska", "Wiśniewski", "Zielińska"],
        ["Agnieszka", "Małgorzata"],
        ["Łukasz", "Piotr"],
    ),
    "BD": (
        "Bangladesh",
        ("bangladaise", "bangladais"),
        "246",
        ["Dacca", "Sylhet"],
        ["Rahman", "Hossain", "Chowdhury"],
        ["Nusrat Jahan"],
        ["Mohammad Rafiq", "Tanvir"],
    ),
}
FRENCH_SURNAMES = ["Martin", "Lefebvre", "Moreau", "Garnier", "Dubois", "Rousseau", "Lemaire"]

ADDRESSES = [
    ("12 rue des Pyrénées", "75020", "Paris"),
    ("48 avenue Jean Jaurès", "69007", "Lyon"),
    ("7 bis rue Paradis", "13001", "Marseille"),
    ("3 allée des Tilleuls, bât. B", "93200", "Saint-Denis"),
    ("115 boulevard de la Liberté", "59000", "Lille"),
    ("22 rue du Faubourg de Saverne", "67000", "Strasbourg"),
    ("9 impasse des Lilas", "31400", "Toulouse"),
    ("64 cours Victor Hugo", "33000", "Bordeaux"),
    ("5 place du Marché, apt 14", "44000", "Nantes"),
    ("18 rue de la République", "94200", "Ivry-sur-Seine"),
    ("27 chemin de la Croix-Rouge", "38100", "Grenoble"),
    ("2 rue Saint-Ferréol", "13006", "Marseille"),
    ("41 rue d'Alésia", "75014", "Paris"),
    ("10 résidence Les Érables", "92000", "Nanterre"),
    ("86 avenue de Flandre", "75019", "Paris"),
    ("14 rue Émile Zola", "34000", "Montpellier"),
    ("33 rue Nationale", "37000", "Tours"),
    ("6 rue du Général Leclerc", "35000", "Rennes"),
    ("52 avenue Thiers", "06000", "Nice"),
    ("1 rue des Glycines", "95100", "Argenteuil"),
]
PROFESSIONS = [
    ("Ingénieure logiciel", "Ingénieur logiciel"),
    ("Aide-soignante", "Aide-soignant"),
    ("Serveuse", "Serveur"),
    ("Chercheuse postdoc", "Chercheur postdoctoral"),
    ("Cuisinière", "Cuisinier"),
    ("Agente d'entretien", "Agent d'entretien"),
    ("Développeuse web", "Développeur web"),
    ("Infirmière", "Infirmier"),
    ("Chargée de projet", "Chargé de projet"),
    ("Vendeuse", "Vendeur"),
    ("Data analyst", "Data analyst"),
    ("Assistante de direction", "Magasinier"),
]
AUTRE_TEXTS = [
    "Conjoint(e) de salarié, au foyer",
    "Stagiaire non rémunéré(e)",
    "En attente de reconnaissance de diplôme",
    "Jeune au pair",
]
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
SITU_STATUS = {
    "salarie": "employed",
    "sans_activite": "not_employed",
    "independant": "other",
    "demandeur_emploi": "other",
    "etudiant": "other",
    "autre": "other",
}


_PLAIN = str.maketrans({"Đ": "D", "đ": "d", "ı": "i", "İ": "I", "ł": "l", "Ł": "L", "ø": "o"})


def strip_accents(s: str) -> str:
    s = "".join(ch for ch in unicodedata.normalize("NFD", s) if not unicodedata.combining(ch))
    return s.translate(_PLAIN)


def fit_charset(s: str | None, ok) -> str | None:
    """Replace each character ``ok`` rejects by its plain letter (what a keyboard or a pen
    without that letter gives)."""
    if s is None:
        return None
    out = []
    for ch in s:
        if ok(ch):
            out.append(ch)
            continue
        plain = strip_accents(ch)
        out.append(plain if ok(plain) or plain == ch else strip_accents(plain))
    return "".join(out)


def nir_for(sex: str, dob: dt.date, code: str, rng: random.Random) -> str:
    body = f"{1 if sex == 'M' else 2}{dob.year % 100:02d}{dob.month:02d}99{code}{rng.randint(1, 400):03d}"
    return body + f"{97 - int(body) % 97:02d}"


def _gendered(surname: str, sex: str) -> str:
    """Slavic surnames agree with the holder's sex (Ivanova / Ivanov, Kowalska / Kowalski)."""
    if sex == "M":
        if surname.endswith("ska"):
            return surname[:-1] + "i"
        if surname.endswith(("ova", "eva")):
            return surname[:-1]
        return surname
    if surname.endswith("ski"):
        return surname[:-1] + "a"
    if surname.endswith(("ov", "ev")):
        return surname + "a"
    return surname


def make_person(rng: random.Random, cc: str) -> dict:
    pays, nats, code, towns, surnames, fem, masc = COUNTRIES[cc]
    sex = rng.choice("FM")
    surname = _gendered(rng.choice(surnames), sex) if cc in ("RU", "PL", "UA") else None
    surname = surname or rng.choice(surnames)
    given = rng.choice(fem if sex == "F" else masc)
    if cc in ("CN", "VN") and rng.random() < 0.3:
        given = rng.choice(fem if sex == "F" else masc).replace(" ", "-")
    usage = None
    if sex == "F" and rng.random() < 0.35:
        usage = rng.choice(FRENCH_SURNAMES + [s for s in surnames if s != surname])
    dob = dt.date(rng.randint(1962, 2004), rng.randint(1, 12), rng.randint(1, 28))
    street, cp, city = rng.choice(ADDRESSES)
    user = strip_accents((given.split()[0] + "." + surname.split()[0]).lower()).replace("'", "")
    dom = rng.choice(["gmail.com", "yahoo.fr", "hotmail.com", "outlook.fr", "icloud.com"])
    phone = "0" + rng.choice("67") + " " + " ".join(f"{rng.randint(0, 99):02d}" for _ in range(4))
    return {
        "cc": cc,
        "sex": sex,
        "surname": surname,
        "usage": usage,
        "given": given,
        "dob": dob,
        "birth_town": rng.choice(towns),
        "birth_country": pays,
        "nationality": nats[0] if sex == "F" else nats[1],
        "street": street,
        "cp": cp,
        "city": city,
        "email": f"{user}{rng.randint(1, 99)}@{dom}",
        "phone": phone,
        "nir": nir_for(sex, dob, code, rng) if rng.random() < 0.2 else None,
    }


CASES = (
    ["ok"] * 30
    + ["date_words"] * 4
    + ["unsigned"] * 4
    + ["future_date"] * 4
    + ["label_only"] * 3
    + ["stray_mark"] * 3
    + ["us_date"] * 3
    + ["no_date"] * 3
    + ["none_ticked"] * 3
    + ["two_ticked"] * 3
)
STATUS = {
    "ok": "complete",
    "date_words": "complete",
    "unsigned": "invalid",
    "label_only": "invalid",
    "stray_mark": "invalid",
    "future_date": "invalid",
    "us_date": "invalid",
    "no_date": "questionable",
    "none_ticked": "questionable",
    "two_ticked": "questionable",
}
ARRANGEMENTS = ["pdf2", "pdf2_rev", "two_pdfs", "two_images", "two_images_rev", "photos"]


def plan(seed: int = 15763) -> list[dict]:
    rng = random.Random(seed)
    slots = [("acroform", "pdf2")] * 12
    for fw, n in (("hand", 18), ("typed_print", 14), ("acroform_printed", 16)):
        slots += [(fw, None)] * n
    # arrangements for the 48 paper forms: 8 of each, shuffled
    arr = ARRANGEMENTS * 8
    rng.shuffle(arr)
    slots = slots[:12] + [(fw, arr.pop()) for fw, _ in slots[12:]]
    rng.shuffle(slots)
    cases = CASES[:]
    rng.shuffle(cases)
    out, runs = [], ["R1", "R2", "R3"]
    for i, (fw, ar) in enumerate(slots):
        ok = [c for c in cases if not (fw == "acroform" and c == "stray_mark")]
        case = ok[0]
        cases.remove(case)
        run = runs[i % 3]
        if case == "label_only" and run == "R3":
            run = rng.choice(["R1", "R2"])
        out.append(
            {
                "name": f"d{i + 1:03d}",
                "fill_way": fw,
                "arrangement": ar,
                "case": case,
                "run": run,
                "seed": seed * 1000 + i,
            }
        )
    return out


def signing(rng: random.Random, case: str, as_of: dt.date) -> tuple[dt.date | None, str | None]:
    """The date meant and the date text written after "le"."""
    if case == "no_date":
        return None, None
    if case == "future_date":
        d = as_of + dt.timedelta(days=rng.randint(3, 45))
    else:
        d = as_of - dt.timedelta(days=rng.randint(1, 40))
    if case == "us_date":
        while d.day <= 12 or d >= as_of:
            d -= dt.timedelta(days=1)
        return d, f"{d.month:02d}/{d.day:02d}/{d.year}"
    if case == "date_words":
        return d, f"{d.day} {MONTHS_FR[d.month - 1]} {d.year}"
    return d, f"{d.day:02d}/{d.month:02d}/{d.year}"


def situation(rng: random.Random, case: str) -> dict:
    pool = (
        ["salarie"] * 9
        + ["sans_activite"] * 6
        + ["etudiant"] * 2
        + ["demandeur_emploi"]
        + ["independant"]
        + ["autre"]
    )
    if case == "none_ticked":
        return {"ticks": [], "contract": None}
    first = rng.choice(pool)
    ticks = [first]
    if case == "two_ticked":
        ticks.append(
            rng.choice(
                [
                    s
                    for s in ("salarie", "etudiant", "sans_activite", "demandeur_emploi")
                    if s != first
                ]
            )
        )
    contract = None
    if "salarie" in ticks:
        contract = rng.choice(["CDI", "CDI", "CDD", "interim"])
    return {"ticks": ticks, "contract": contract}
