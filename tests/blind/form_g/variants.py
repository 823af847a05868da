"""The 64 variants: fictional applicants, how each form is filled and shot,
and the truth a careful clerk would give."""

import datetime as dt
import unicodedata

import numpy as np

# surname | usage name | given names | sex | birth date | birth town | birth country | nationality |
# situation (S salaried, I self-employed, D job seeker, E student, N inactive, A other) | contract |
# job / school / activity / other text | employer
PEOPLE = """\
NGUYEN||Thi Lan|F|1991-03-02|Hanoï|Viêt Nam|vietnamienne|S|CDI|Ingénieure qualité|Alsatech Mesures SAS
MARTÍNEZ LÓPEZ||María Fernanda|F|1988-07-19|Medellín|Colombie|colombienne|E||Université Lumière Lyon 2|
BENALI|DUPONT|Samira|F|1990-11-05|Oran|Algérie|algérienne|N|||
NKOULOU||Jean-Baptiste Arnaud|M|1985-01-23|Yaoundé|Cameroun|camerounaise|S|CDD|Aide-soignant|Clinique Jules Verne
ZHANG||Wei|M|1993-05-14|Chengdu|Chine|chinoise|S|CDI|Développeur|Octave Logiciels SARL
DIALLO||Aminata|F|1996-09-30|Dakar|Sénégal|sénégalaise|D|||
SILVA SANTOS||João Pedro|M|1987-12-08|Belo Horizonte|Brésil|brésilienne|I||Traduction, interprétariat|
KOVALENKO||Olena|F|1992-04-17|Kharkiv|Ukraine|ukrainienne|N|||
YILMAZ||Mehmet Ali|M|1984-06-01|Izmir|Turquie|turque|S|CDI|Maçon|Bâtiments Lorrains SA
SHARMA||Priya|F|1995-02-26|Pune|Inde|indienne|S|CDD|Chercheuse postdoctorale|Institut Alpin de Physique
DELA CRUZ||Maria Cristina|F|1989-10-12|Quezon City|Philippines|philippine|S|CDI|Assistante de vie|M. et Mme Roussel
JOHNSON|LEFÈVRE|Emily Rose|F|1989-08-11|Austin (Texas)|États-Unis|américaine|N|||
EL AMRANI||Youssef|M|1994-10-03|Casablanca|Maroc|marocaine|E||Université de Lille|
BEN SALAH||Rania|F|1997-03-21|Sfax|Tunisie|tunisienne|E||Université de Montpellier|
KOUASSI||Ange-Marie Désiré|M|1983-12-29|Abidjan|Côte d'Ivoire|ivoirienne|S|CDI|Agent de sécurité|Vigilance Île-de-France SAS
TRAORÉ||Moussa|M|1991-07-07|Bamako|Mali|malienne|S|CDD|Cuisinier|Brasserie du Canal
MUKENDI||Grâce|F|1993-01-15|Kinshasa|RD Congo|congolaise|D|||
HERNÁNDEZ RUIZ||José Luis|M|1986-05-28|Guadalajara|Mexique|mexicaine|I||Photographe|
O'BRIEN||Siobhán|F|1990-09-09|Cork|Irlande|irlandaise|S|CDI|Chargée de communication|Maison Verlaine SAS
MÜLLER||Jörg Andreas|M|1979-02-14|Fribourg-en-Brisgau|Allemagne|allemande|N|||
SMITH||Oliver James|M|1992-11-30|Manchester|Royaume-Uni|britannique|I||Cours d'anglais|
PEREIRA DA COSTA||Ana Luísa|F|1998-06-04|Porto Alegre|Brésil|brésilienne|E||Toulouse School of Economics|
NDIAYE|SARR|Fatou Bintou|F|1987-04-19|Thiès|Sénégal|sénégalaise|N|||
LI||Xiaomei|F|1995-08-23|Shanghai|Chine|chinoise|S|CDI|Comptable|Nordis Conseil
GARCÍA-MÁRQUEZ||Lucía|F|1994-12-02|Bogotá|Colombie|colombienne|S|CDD|Serveuse|Café des Arts
BOUAZIZ||Mohamed-Amine|M|1996-03-11|Tunis|Tunisie|tunisienne|D|||
KAMARA|MOREAU|Fanta|F|1992-10-25|Conakry|Guinée|guinéenne|N|||
BONDARENKO||Iryna|F|1986-01-31|Kyiv|Ukraine|ukrainienne|S|CDI|Infirmière|Clinique de l'Anjou
ADEBAYO||Oluwaseun|M|1990-05-05|Ibadan|Nigeria|nigériane|S|CDI|Analyste de données|Quantix France SAS
PHAM||Minh Tuan|M|1988-09-17|Hô Chi Minh-Ville|Viêt Nam|vietnamienne|I||Traiteur|
RODRÍGUEZ||Camila Andrea|F|1999-02-08|Cali|Colombie|colombienne|E||Université de Bordeaux|
BENKIRANE||Hicham|M|1982-11-13|Fès|Maroc|marocaine|S|CDI|Chauffeur-livreur|Transports Vermeil
CHEN|MARTIN|Yu-Ting|F|1991-04-04|Taipei|Taïwan|taïwanaise|N|||
SOW||Mamadou Lamine|M|1995-12-19|Saint-Louis|Sénégal|sénégalaise|D|||
ÖZTÜRK||Elif|F|1993-07-22|Ankara|Turquie|turque|E||INSA Lyon|
FERNANDES||Beatriz|F|1984-03-03|Recife|Brésil|brésilienne|S|CDI|Vendeuse|Boutique Lila
WILLIAMS||Grace Elizabeth|F|1956-06-16|Boston (Massachusetts)|États-Unis|américaine|A||Retraitée (pension américaine)|
MENSAH||Kwame|M|1989-08-08|Accra|Ghana|ghanéenne|S|CDD|Manutentionnaire|Logistique Seine-Oise
ABDELKADER|LEROY|Nadia|F|1985-09-27|Constantine|Algérie|algérienne|N|||
GUPTA||Arjun|M|1994-01-12|New Delhi|Inde|indienne|S|CDI|Ingénieur logiciel|Atelier Numérique Rhône SAS
SANTOS||Maria das Graças|F|1981-05-09|Salvador|Brésil|brésilienne|I||Coiffure à domicile|
SHEVCHUK||Andriy|M|1990-10-10|Lviv|Ukraine|ukrainienne|D|||
DIOP||Awa|F|1998-11-01|Rufisque|Sénégal|sénégalaise|E||Université Paris-Est Créteil|
MORALES VEGA||Diego Alejandro|M|1987-02-17|Monterrey|Mexique|mexicaine|S|CDI|Chef de projet|Solaris Énergie SAS
HASSAN||Amira|F|1992-12-12|Alexandrie|Égypte|égyptienne|N|||
TAN||Jun Hao|M|1991-06-06|Singapour|Singapour|singapourienne|S|CDD|Chercheur|Laboratoire Lumière Matière
N'GUESSAN||Aya Christelle|F|1995-04-30|Bouaké|Côte d'Ivoire|ivoirienne|S|CDI|Auxiliaire de puériculture|Crèche Les Petits Pas
ALVES||Rafael|M|1993-09-14|Curitiba|Brésil|brésilienne|A||Volontaire en service civique|
KIM||Ji-woo|F|1996-02-02|Busan|Corée du Sud|sud-coréenne|E||École des beaux-arts de Nantes|
BELHADJ||Karim|M|1980-08-19|Sousse|Tunisie|tunisienne|I||Chauffeur VTC|
RAKOTOMALALA||Hanitra|F|1990-03-25|Antananarivo|Madagascar|malgache|N|||
VARGAS||Sofía|F|1997-10-06|Lima|Pérou|péruvienne|S|CDD|Réceptionniste|Hôtel du Parc
ADAMS|BERTRAND|Sarah Michelle|F|1983-01-19|Denver (Colorado)|États-Unis|américaine|S|CDI|Professeure d'anglais|Institut Linguistique Bertin
OUEDRAOGO||Issouf|M|1988-07-03|Ouagadougou|Burkina Faso|burkinabè|D|||
ZHOU||Lingling|F|1994-05-20|Wuhan|Chine|chinoise|I||Graphisme|
CAMARA||Ibrahima Sory|M|1992-02-28|Kindia|Guinée|guinéenne|S|CDI|Plongeur|Restaurant Le Gourmet
LOPES||Inês|F|1999-09-19|Luanda|Angola|angolaise|E||Université de Poitiers|
PETROVA||Anastasia|F|1987-06-11|Odessa|Ukraine|ukrainienne|N|||
RAMÍREZ||Andrés Felipe|M|1990-04-14|Barranquilla|Colombie|colombienne|S|CDI|Soudeur|Métallerie Dufour
AHMED||Fatima Zahra|F|1993-11-27|Rabat|Maroc|marocaine|E||IAE Lyon|
NGUEMA||Paul-Henri|M|1985-10-04|Libreville|Gabon|gabonaise|S|CDD|Agent d'entretien|Propreté Services Ouest
SINGH||Harpreet Kaur|F|1989-12-21|Amritsar|Inde|indienne|N|||
MENDES||Thiago|M|1995-08-31|Fortaleza|Brésil|brésilienne|D|||
YAMAMOTO||Haruka|F|1992-03-17|Osaka|Japon|japonaise|S|CDI|Chargée d'études|Sakura Trading Europe"""

CITIES = [
    ("75011", "Paris"),
    ("75013", "Paris"),
    ("75018", "Paris"),
    ("75020", "Paris"),
    ("69003", "Lyon"),
    ("69007", "Lyon"),
    ("13005", "Marseille"),
    ("31000", "Toulouse"),
    ("44000", "Nantes"),
    ("67000", "Strasbourg"),
    ("59000", "Lille"),
    ("33000", "Bordeaux"),
    ("34000", "Montpellier"),
    ("35000", "Rennes"),
    ("38000", "Grenoble"),
    ("06000", "Nice"),
    ("93100", "Montreuil"),
    ("93200", "Saint-Denis"),
    ("69100", "Villeurbanne"),
    ("42000", "Saint-Étienne"),
    ("93300", "Aubervilliers"),
    ("94000", "Créteil"),
    ("92100", "Boulogne-Billancourt"),
    ("63000", "Clermont-Ferrand"),
    ("21000", "Dijon"),
    ("49000", "Angers"),
    ("37000", "Tours"),
    ("51100", "Reims"),
    ("57000", "Metz"),
    ("76000", "Rouen"),
    ("14000", "Caen"),
    ("87000", "Limoges"),
    ("86000", "Poitiers"),
    ("25000", "Besançon"),
    ("45000", "Orléans"),
    ("13100", "Aix-en-Provence"),
    ("74000", "Annecy"),
    ("68100", "Mulhouse"),
    ("80000", "Amiens"),
    ("95000", "Cergy"),
    ("78000", "Versailles"),
    ("91000", "Évry-Courcouronnes"),
    ("94400", "Vitry-sur-Seine"),
    ("92000", "Nanterre"),
    ("29200", "Brest"),
    ("64000", "Pau"),
    ("30000", "Nîmes"),
    ("83000", "Toulon"),
]
STREETS = [
    "rue Victor Hugo",
    "avenue de la République",
    "rue Jean Jaurès",
    "boulevard Gambetta",
    "rue Pasteur",
    "rue des Écoles",
    "allée des Tilleuls",
    "rue du Général Leclerc",
    "place de la Mairie",
    "rue Émile Zola",
    "chemin des Vignes",
    "rue de la Paix",
    "avenue Jean Moulin",
    "rue des Lilas",
    "rue Saint-Martin",
    "quai des Chartrons",
    "rue Paul Bert",
    "impasse des Rosiers",
    "rue d'Alsace",
    "boulevard Voltaire",
    "rue Marcel Cachin",
    "avenue Aristide Briand",
    "rue de la Gare",
    "rue Édouard Vaillant",
    "rue du Faubourg Saint-Antoine",
    "cours Lafayette",
    "rue de Belleville",
    "rue Nationale",
    "avenue Foch",
    "rue des Tanneurs",
]
COMPL = [
    "Bât. B, 3e étage",
    "Appt 12",
    "Résidence Les Iris, appt 204",
    "Escalier C, 2e étage gauche",
    "chez M. Laurent",
    "Porte 31",
    "Apt 5B",
]
MAIL_DOMAINS = [
    "gmail.com",
    "yahoo.fr",
    "outlook.fr",
    "hotmail.com",
    "free.fr",
    "orange.fr",
    "laposte.net",
]
MOIS = [
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
INSEE_COUNTRY = {
    "Viêt Nam": "243",
    "Colombie": "419",
    "Algérie": "352",
    "Cameroun": "322",
    "Chine": "216",
    "Maroc": "350",
    "Turquie": "208",
    "Inde": "223",
    "Brésil": "415",
    "Sénégal": "341",
}

SIT_WORD = {
    "S": "salarie",
    "I": "independant",
    "D": "demandeur_emploi",
    "E": "etudiant",
    "N": "inactif",
    "A": "autre",
}
SIT_BOX = {
    "S": "sit_salarie",
    "I": "sit_independant",
    "D": "sit_demandeur",
    "E": "sit_etudiant",
    "N": "sit_inactif",
    "A": "sit_autre",
}
EMP_STATUS = {
    "S": "employed",
    "I": "employed",
    "D": "not_employed",
    "E": "not_employed",
    "N": "not_employed",
    "A": "other",
}


def strip_accents(s):
    return "".join(c for c in unicodedata.normalize("NFD", s) if unicodedata.category(c) != "Mn")


def luhn_complete(digits):
    """Append the Luhn check digit."""
    total = 0
    for i, d in enumerate(reversed(digits)):
        n = int(d)
        if i % 2 == 0:
            n *= 2
            n = n - 9 if n > 9 else n
        total += n
    return digits + str((10 - total % 10) % 10)


def make_siret(rng):
    siren = luhn_complete("".join(str(int(d)) for d in rng.integers(0, 10, 8)))
    for _ in range(100):
        nic = "".join(str(int(d)) for d in rng.integers(0, 10, 4))
        base = siren + "0" + nic[1:]
        s = luhn_complete(base)
        if len(s) == 14:
            return s
    return s


def make_nir(sex, dob, country, rng):
    code = INSEE_COUNTRY.get(country, "999")
    body = "%d%s%s99%s%03d" % (
        1 if sex == "M" else 2,
        dob[2:4],
        dob[5:7],
        code,
        int(rng.integers(1, 999)),
    )
    key = 97 - int(body) % 97
    return body + "%02d" % key


def fr_words(d):
    day = "1er" if d.day == 1 else str(d.day)
    return "%s %s %d" % (day, MOIS[d.month - 1], d.year)


# --------------------------------------------------------------- the plan
# (fill mode, look, arrangement, signature case, date case, situation override)
# fill: hand / typed / fillable / fillprint / flat
# arrangement: pdf, pdf_rev, two, two_rev
PLAN = [
    # ---- hand-filled (32)
    ("hand", "image_pdf", "pdf", "signed", "ok", None),
    ("hand", "phone_photo", "two", "signed", "ok", None),
    ("hand", "scan", "two", "signed", "words", None),
    ("hand", "image_pdf", "pdf_rev", "empty", "ok", None),
    ("hand", "phone_photo", "two", "signed", "future", None),
    ("hand", "scan", "two", "signed", "ok", None),
    ("hand", "image_pdf", "pdf", "signed", "us", None),
    ("hand", "phone_photo", "two_rev", "signed", "ok", None),
    ("hand", "scan", "two", "label_only", "ok", None),
    ("hand", "image_pdf", "pdf", "signed", "missing", None),
    ("hand", "phone_photo", "two", "signed", "ok", "none"),
    ("hand", "scan", "two_rev", "signed", "ok", None),
    ("hand", "image_pdf", "pdf", "dot", "ok", None),
    ("hand", "phone_photo", "two", "signed", "words", None),
    ("hand", "scan", "two", "signed", "ok", "several"),
    ("hand", "image_pdf", "pdf", "signed", "ok", None),
    ("hand", "phone_photo", "two", "tick", "ok", None),
    ("hand", "scan", "two", "signed", "us", None),
    ("hand", "image_pdf", "pdf_rev", "signed", "ok", None),
    ("hand", "phone_photo", "two", "signed", "missing", None),
    ("hand", "scan", "two", "signed", "ok", None),
    ("hand", "image_pdf", "pdf", "signed", "future", None),
    ("hand", "phone_photo", "two", "signed", "ok", None),
    ("hand", "scan", "two", "tick", "ok", None),
    ("hand", "image_pdf", "pdf", "signed", "ok", "none"),
    ("hand", "phone_photo", "two_rev", "signed", "ok", "several"),
    ("hand", "scan", "two", "signed", "ok", None),
    ("hand", "image_pdf", "pdf_rev", "signed", "words", None),
    ("hand", "phone_photo", "two", "empty", "ok", None),
    ("hand", "scan", "two", "signed", "ok", None),
    ("hand", "image_pdf", "pdf", "signed", "ok", None),
    ("hand", "phone_photo", "two", "signed", "ok", None),
    # ---- typed on screen, printed, signed by hand, scanned (12)
    ("typed", "image_pdf", "pdf", "signed", "ok", None),
    ("typed", "scan", "two", "signed", "words", None),
    ("typed", "phone_photo", "two", "label_only", "ok", None),
    ("typed", "image_pdf", "pdf", "signed", "us", None),
    ("typed", "scan", "two", "dot", "ok", None),
    ("typed", "image_pdf", "pdf_rev", "signed", "ok", None),
    ("typed", "phone_photo", "two", "signed", "missing", None),
    ("typed", "scan", "two", "signed", "future", None),
    ("typed", "image_pdf", "pdf", "signed", "ok", "several"),
    ("typed", "scan", "two", "signed", "ok", None),
    ("typed", "phone_photo", "two", "signed", "ok", None),
    ("typed", "image_pdf", "pdf", "signed", "ok", None),
    # ---- fillable PDF as sent (8)
    ("fillable", "text_pdf", "pdf", "signed", "ok", None),
    ("fillable", "text_pdf", "pdf", "empty", "ok", None),
    ("fillable", "text_pdf", "pdf", "label_only", "ok", None),
    ("fillable", "text_pdf", "pdf", "signed", "ok", None),
    ("fillable", "text_pdf", "pdf", "signed", "future", None),
    ("fillable", "text_pdf", "pdf", "empty", "ok", None),
    ("fillable", "text_pdf", "pdf", "signed", "ok", "none"),
    ("fillable", "text_pdf", "pdf", "signed", "ok", None),
    # ---- fillable printed, signed by hand, scanned (5)
    ("fillprint", "image_pdf", "pdf", "signed", "ok", None),
    ("fillprint", "scan", "two", "signed", "words", None),
    ("fillprint", "image_pdf", "pdf", "signed", "missing", None),
    ("fillprint", "scan", "two", "signed", "us", None),
    ("fillprint", "image_pdf", "pdf_rev", "signed", "ok", None),
    # ---- printed to PDF (typed values flattened into a text PDF) (7)
    ("flat", "text_pdf", "pdf", "signed", "ok", None),
    ("flat", "text_pdf", "pdf_rev", "signed", "ok", None),
    ("flat", "text_pdf", "pdf", "empty", "ok", None),
    ("flat", "text_pdf", "pdf", "signed", "ok", None),
    ("flat", "text_pdf", "pdf", "signed", "future", None),
    ("flat", "text_pdf", "pdf_rev", "signed", "ok", None),
    ("flat", "text_pdf", "pdf", "signed", "ok", None),
]


def person_list():
    out = []
    for line in PEOPLE.splitlines():
        f = line.split("|")
        out.append(
            dict(
                surname=f[0],
                usage=f[1] or None,
                given=f[2],
                sex=f[3],
                dob=f[4],
                birth_town=f[5],
                birth_country=f[6],
                nationality=f[7],
                sit=f[8],
                contract=f[9] or None,
                job=f[10] or None,
                employer=f[11] if len(f) > 11 and f[11] else None,
            )
        )
    return out


def build(seed=20261115):
    rng = np.random.default_rng(seed)
    people = person_list()
    assert len(people) == len(PLAN), (len(people), len(PLAN))
    out = []
    for i, (plan, person) in enumerate(zip(PLAN, people), start=1):
        fill, look, arr, sig, datek, sit_over = plan
        r = np.random.default_rng(seed + i * 7919)
        v = make_variant(i, person, fill, look, arr, sig, datek, sit_over, r)
        out.append(v)
    return out


def make_variant(i, p, fill, look, arr, sig, datek, sit_over, r):
    as_of = dt.date(2026, 11, 16) + dt.timedelta(days=int(r.integers(0, 33)))
    cp, commune = CITIES[int(r.integers(len(CITIES)))]
    street = "%d %s" % (int(r.integers(1, 140)), STREETS[int(r.integers(len(STREETS)))])
    street2 = COMPL[int(r.integers(len(COMPL)))] if r.random() < 0.3 else ""
    phone = "0%d %02d %02d %02d %02d" % (
        int(r.choice([6, 7])),
        *[int(x) for x in r.integers(0, 100, 4)],
    )
    user = strip_accents((p["given"].split()[0] + "." + p["surname"].split()[0]).lower()).replace(
        "'", ""
    )
    if r.random() < 0.4:
        user += str(int(p["dob"][2:4]))
    mail = user + "@" + MAIL_DOMAINS[int(r.integers(len(MAIL_DOMAINS)))]
    hand_like = fill in ("hand",)
    # how names are written
    caps_given = hand_like or r.random() < 0.6
    keep_accents = (not hand_like) or r.random() < 0.55
    surname = p["surname"] if keep_accents else strip_accents(p["surname"])
    usage = p["usage"]
    if usage and not keep_accents:
        usage = strip_accents(usage)
    given = p["given"].upper() if caps_given else p["given"]
    if not keep_accents:
        given = strip_accents(given)
    # Given names: sometimes only the first one is written
    notes = []
    if len(p["given"].split()) > 1 and "-" not in p["given"].split()[0] and r.random() < 0.15:
        given = given.split()[0]
        notes.append("only the first given name is written")
    dob = dt.date.fromisoformat(p["dob"])
    sit = p["sit"]
    checked = []
    contract = None
    v = {}
    if sit_over is None:
        checked.append(SIT_BOX[sit])
        situation = SIT_WORD[sit]
        emp = EMP_STATUS[sit]
    elif sit_over == "none":
        situation, emp = "none", None
    else:
        checked.append(SIT_BOX[sit])
        situation, emp = "several", None
    if sit == "S" and sit_over != "none":
        contract = p["contract"]
        checked.append("ct_" + contract)
        v["profession"] = p["job"]
        v["employeur"] = p["employer"]
    elif sit == "I" and sit_over != "none":
        v["activite"] = p["job"]
        if r.random() < 0.7:
            v["siret"] = make_siret(r)
    elif sit == "D" and sit_over != "none" and r.random() < 0.6:
        v["ft_id"] = "%07d%s" % (int(r.integers(0, 10**7)), "ABCDEFGHJK"[int(r.integers(10))])
    elif sit == "E" and sit_over != "none":
        v["etab"] = p["job"]
    elif sit == "A" and sit_over != "none":
        v["autre_txt"] = p["job"]
    if sit_over == "several":
        # a second situation ticked as well (student who also works, etc.)
        second = {
            "S": "sit_etudiant",
            "I": "sit_salarie",
            "D": "sit_inactif",
            "E": "sit_salarie",
            "N": "sit_demandeur",
            "A": "sit_inactif",
        }[sit]
        checked.append(second)
        notes.append("two situation boxes ticked in section B (%s and %s)" % (SIT_BOX[sit], second))
    if sit_over == "none":
        if sit == "S" and r.random() < 0.5:
            v["profession"] = p["job"]
            v["employeur"] = p["employer"]
            notes.append("job and employer written but no situation box ticked")
        else:
            notes.append("no situation box ticked in section B")
    checked.append("sexe_" + p["sex"])
    nir = ""
    if r.random() < 0.08 and p["birth_country"] in INSEE_COUNTRY:
        nir = make_nir(p["sex"], p["dob"], p["birth_country"], r)
        notes.append("a provisional social security number is written")
    # signature date
    sign_date, date_text = None, None
    if datek in ("ok", "words"):
        sign_date = as_of - dt.timedelta(days=int(r.integers(2, 35)))
        date_text = sign_date.strftime("%d/%m/%Y") if datek == "ok" else fr_words(sign_date)
        if datek == "words" and i % 3 == 0:
            sign_date = sign_date.replace(day=1) if sign_date.replace(day=1) < as_of else sign_date
            date_text = fr_words(sign_date)
    elif datek == "future":
        if r.random() < 0.3:
            sign_date = as_of - dt.timedelta(days=int(r.integers(3, 20)))
            sign_date = sign_date.replace(year=2027)
            notes.append("date written with year 2027 (in the future)")
        else:
            sign_date = as_of + dt.timedelta(days=int(r.integers(4, 40)))
        date_text = sign_date.strftime("%d/%m/%Y")
    elif datek == "us":
        k = 2
        while True:
            sign_date = as_of - dt.timedelta(days=k)
            if sign_date.day >= 13:
                break
            k += 1
        date_text = sign_date.strftime("%m/%d/%Y")
        notes.append(
            "date written US-style MM/DD/YYYY (%s): %d cannot be a month"
            % (date_text, sign_date.day)
        )
    else:
        notes.append("the 'le' date is left blank")
    place = commune
    if place.startswith("Paris") and r.random() < 0.3:
        place = "Paris %se" % int(cp[3:])
    v.update(
        dict(
            nom_naissance=surname,
            nom_usage=usage or "",
            prenoms=given,
            dob=dob.strftime("%d%m%Y"),
            lieu_commune=p["birth_town"],
            lieu_pays=p["birth_country"].upper()
            if hand_like or r.random() < 0.5
            else p["birth_country"],
            nationalite=p["nationality"],
            nir=nir,
            adresse=street,
            adresse2=street2,
            cp=cp,
            commune=commune,
            tel=phone if r.random() < 0.85 else "",
            mail=mail if r.random() < 0.7 else "",
            fait_a=place,
            le=date_text or "",
            checked=checked,
        )
    )
    if not keep_accents:
        for k in ("lieu_commune", "lieu_pays", "commune", "fait_a", "adresse"):
            if r.random() < 0.5:
                v[k] = strip_accents(v[k])
        place = v["fait_a"]
    signed = sig == "signed"
    if sig == "empty":
        notes.append("signature box left empty")
    elif sig == "label_only":
        notes.append("the box holds only the printed word 'Signature'")
    elif sig == "dot":
        notes.append("only a stray pen dot in the signature box (not a signature)")
    elif sig == "tick":
        notes.append("only a short pen stroke in the signature box (not a signature)")
    if arr in ("pdf_rev", "two_rev"):
        notes.append("pages in reverse order (page 2/2 first)")
    if usage:
        notes.append("usage (married) name %s beside the birth surname" % usage)
    if datek == "words":
        notes.append("date written in words")
    # verdict of a clerk on this form alone
    if not signed or datek in ("future", "us"):
        form_status = "invalid"
    elif datek == "missing" or sit_over in ("none", "several"):
        form_status = "questionable"
    else:
        form_status = "complete"
    truth_fields = dict(
        surname=surname,
        usage_name=usage,
        given_names=given,
        sex=p["sex"],
        date_of_birth=dob.isoformat(),
        employment_status=emp,
        situation=situation,
        contract_type=contract if (sit == "S" and sit_over != "none") else None,
        signed=signed,
        signed_on=sign_date.isoformat() if sign_date else None,
        date_text=date_text,
        place=place,
        nir=nir or None,
    )
    return dict(
        idx=i,
        name="form_g_%02d" % i,
        fill=fill,
        look=look,
        arr=arr,
        sig=sig,
        datek=datek,
        sit_over=sit_over,
        person=p,
        values=v,
        as_of=as_of.isoformat(),
        form_status=form_status,
        fields=truth_fields,
        notes=notes,
        seed=int(r.integers(0, 2**31)),
    )
