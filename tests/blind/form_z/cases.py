"""Data of the set: applicants, the plan of the 40 forms, verdicts and French values."""

# surname at birth, usage name, given names, sex, birth town, birth country, nationality,
# INSEE country code (for the few who already hold a NIR)
PEOPLE = [
    ("BENSAÏD", "", "Nour-Eddine", "M", "Oran", "Algérie", "algérienne", "352"),
    ("KOUYATÉ", "", "Mariam", "F", "Kayes", "Mali", "malienne", "335"),
    ("EL AMRANI", "MOREAU", "Fatima-Zahra", "F", "Casablanca", "Maroc", "marocaine", "350"),
    ("WANG", "", "Xiaoling", "F", "Chengdu", "Chine", "chinoise", "216"),
    ("TRABELSI", "", "Inès", "F", "Sfax", "Tunisie", "tunisienne", "351"),
    ("NDIAYE", "", "Mamadou Lamine", "M", "Thiès", "Sénégal", "sénégalaise", "341"),
    ("RODRÍGUEZ PEÑA", "", "María José", "F", "Bogotá", "Colombie", "colombienne", "419"),
    ("MBARGA ATANGANA", "", "Jean-Paul", "M", "Yaoundé", "Cameroun", "camerounaise", "322"),
    ("SHARMA", "", "Rohan Vikram", "M", "Pune", "Inde", "indienne", "223"),
    ("KOVALENKO", "", "Olena", "F", "Kharkiv", "Ukraine", "ukrainienne", "155"),
    ("HERNÁNDEZ LÓPEZ", "", "José Luis", "M", "Guadalajara", "Mexique", "mexicaine", "405"),
    (
        "KOUASSI",
        "N'GUESSAN",
        "Adjoua Marie-Claire",
        "F",
        "Bouaké",
        "Côte d'Ivoire",
        "ivoirienne",
        "326",
    ),
    ("NGUYEN", "", "Thi Thu Trang", "F", "Hanoï", "Viêt Nam", "vietnamienne", "243"),
    ("YILDIZ", "", "Mehmet Emre", "M", "Izmir", "Turquie", "turque", "208"),
    (
        "DOS SANTOS OLIVEIRA",
        "",
        "Ana Beatriz",
        "F",
        "Belo Horizonte",
        "Brésil",
        "brésilienne",
        "416",
    ),
    ("MUKENDI KABONGO", "", "Dieudonné", "M", "Kinshasa", "RD Congo", "congolaise (RDC)", "312"),
    ("DELA CRUZ", "", "Maria Cristina", "F", "Quezon City", "Philippines", "philippine", "220"),
    ("PETROV", "", "Dmitri", "M", "Novossibirsk", "Russie", "russe", "123"),
    ("O'CONNOR", "DUBOIS", "Megan Elizabeth", "F", "Boston", "États-Unis", "américaine", "404"),
    ("JEAN-BAPTISTE", "", "Widlyne", "F", "Port-au-Prince", "Haïti", "haïtienne", "336"),
    ("HOSSEINI", "", "Shirin", "F", "Ispahan", "Iran", "iranienne", "204"),
    ("HADDAD", "", "Karim Georges", "M", "Beyrouth", "Liban", "libanaise", "205"),
    ("MÜLLER", "", "Jonas", "M", "Freiburg im Breisgau", "Allemagne", "allemande", "109"),
    ("TRAORÉ", "", "Aminata", "F", "Bamako", "Mali", "malienne", "335"),
    ("FERREIRA DA SILVA", "", "João Pedro", "M", "Porto", "Portugal", "portugaise", "139"),
    ("POPESCU", "", "Ioana-Maria", "F", "Cluj-Napoca", "Roumanie", "roumaine", "114"),
    ("D'ALESSANDRO", "", "Giulia", "F", "Napoli", "Italie", "italienne", "127"),
    ("KHAN", "", "Ayesha", "F", "Lahore", "Pakistan", "pakistanaise", "213"),
    ("RAHMAN", "", "Mohammad Abdur", "M", "Dhaka", "Bangladesh", "bangladaise", "246"),
    ("BOUZID", "", "Sofiane", "M", "Constantine", "Algérie", "algérienne", "352"),
    ("OUÉDRAOGO", "", "Salif", "M", "Ouagadougou", "Burkina Faso", "burkinabè", "331"),
    ("DIALLO", "", "Kadiatou", "F", "Conakry", "Guinée", "guinéenne", "330"),
    ("NGUEMA ONDO", "", "Prisca", "F", "Libreville", "Gabon", "gabonaise", "328"),
    ("CHEN", "", "Wei", "M", "Shanghai", "Chine", "chinoise", "216"),
    ("LE", "", "Van Minh", "M", "Hô Chi Minh-Ville", "Viêt Nam", "vietnamienne", "243"),
    ("ZAPATA RÍOS", "", "Camila Andrea", "F", "Medellín", "Colombie", "colombienne", "419"),
    ("ÖZTÜRK", "", "Elif", "F", "Ankara", "Turquie", "turque", "208"),
    ("ABOU KHALIL", "LEFEBVRE", "Rima", "F", "Tripoli", "Liban", "libanaise", "205"),
    ("SANTOS", "", "Mark Anthony", "M", "Cebu City", "Philippines", "philippine", "220"),
    ("KOWALSKA", "BERNARD", "Agnieszka", "F", "Kraków", "Pologne", "polonaise", "122"),
]

# id fill sub run look arrangement case situation flags
PLAN = """
d001 hand caps A scan img2 ok salarie dpi200
d002 typed_print - B image_pdf pdf1 ok sans_activite hdate
d003 acroform ap A text_pdf pdf1 ok salarie nir
d004 hand script C phone_photo img2 ok etudiant -
d005 acroform_printed - A scan img2 unsigned salarie png
d006 hand caps B image_pdf pdf1_rev ok sans_activite -
d007 acroform flat C text_pdf pdf1 ok autre -
d008 typed_print - A phone_photo img2 future_date salarie rot90
d009 hand caps A phone_photo img2 ok salarie strong
d010 acroform noap B text_pdf pdf1 ok independant -
d011 typed_print - C scan img2 ok sans_activite faint
d012 hand script A image_pdf pdf1 no_date salarie -
d013 acroform ap C text_pdf pdf1 label_only salarie -
d014 acroform_printed - A phone_photo img2 ok demandeur_emploi rot270
d015 hand caps B scan img2_rev date_words sans_activite -
d016 typed_print - B image_pdf pdf2 ok salarie hdate,nir
d017 acroform flat A text_pdf pdf1_rev none_ticked - -
d018 hand caps C scan img2 ok salarie grey,dpi300
d019 typed_print - A image_pdf pdf1 us_date autre -
d020 acroform_printed - C image_pdf pdf1 ok salarie -
d021 hand script B phone_photo img2 ok sans_activite rot90
d022 acroform noap A text_pdf pdf1 ok salarie nir
d023 typed_print - C phone_photo img2_rev ok independant hdate
d024 hand caps A scan img2 two_ticked salarie+etudiant faint
d025 acroform ap B text_pdf pdf2 ok sans_activite -
d026 acroform_printed - B scan img2 date_words salarie skew,hdate
d027 hand script A scan img2 stray_mark sans_activite -
d028 typed_print - B scan img2 ok salarie png,dpi150
d029 acroform flat B text_pdf pdf1 ok etudiant -
d030 hand caps C phone_photo page1only page_missing salarie -
d031 acroform_printed - A image_pdf pdf1_rev ok autre -
d032 typed_print - A scan img2 no_date demandeur_emploi -
d033 acroform ap A text_pdf pdf1 future_date salarie -
d034 hand caps B image_pdf pdf1 old_date sans_activite -
d035 acroform_printed - C phone_photo img2 ok salarie rot180
d036 typed_print - A image_pdf pdf1 date_words salarie hdate
d037 hand script B scan img2 ok autre nir
d038 acroform noap A text_pdf pdf1 unsigned sans_activite -
d039 typed_print - B phone_photo img2 ok salarie strong
d040 hand caps A scan img2 ok sans_activite dpi150,nir
"""

VERDICT = {
    "ok": "complete",
    "date_words": "complete",
    "unsigned": "invalid",
    "label_only": "invalid",
    "stray_mark": "invalid",
    "future_date": "invalid",
    "us_date": "invalid",
    "page_missing": "invalid",
    "no_date": "questionable",
    "none_ticked": "questionable",
    "two_ticked": "questionable",
    "old_date": "questionable",
}
DEFECT = {
    "unsigned": "unsigned: signature box left empty",
    "label_only": "unsigned: only the printed word 'Signature' in the box",
    "stray_mark": "unsigned: a stray mark in the signature box, no signature",
    "future_date": "dated after the audit date",
    "us_date": "date written MM/DD/YYYY (day above 12)",
    "page_missing": "page 2 (date and signature) missing: unsigned",
    "no_date": "date after 'le' left blank",
    "none_ticked": "no situation box ticked in section B",
    "two_ticked": "two situation boxes ticked in section B",
    "old_date": "dated more than a year before the audit date (stale form)",
}
EMPLOYMENT = {
    "salarie": "employed",
    "independant": "employed",
    "demandeur_emploi": "not_employed",
    "sans_activite": "not_employed",
    "etudiant": "other",
    "autre": "other",
}
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
CITIES = [
    ("75011", "Paris"),
    ("75018", "Paris"),
    ("75020", "Paris"),
    ("75013", "Paris"),
    ("69003", "Lyon"),
    ("69100", "Villeurbanne"),
    ("13005", "Marseille"),
    ("31300", "Toulouse"),
    ("59000", "Lille"),
    ("33000", "Bordeaux"),
    ("44000", "Nantes"),
    ("67000", "Strasbourg"),
    ("34000", "Montpellier"),
    ("38000", "Grenoble"),
    ("35000", "Rennes"),
    ("93200", "Saint-Denis"),
    ("93100", "Montreuil"),
    ("06000", "Nice"),
    ("94000", "Créteil"),
    ("63000", "Clermont-Ferrand"),
    ("76000", "Rouen"),
]
STREETS = [
    "rue des Lilas",
    "avenue Jean Jaurès",
    "boulevard de Belleville",
    "allée des Tilleuls",
    "rue de Charonne",
    "place du Marché",
    "cours Gambetta",
    "rue Paul Bert",
    "impasse des Roses",
    "rue Nationale",
    "rue Victor Hugo",
    "chemin des Vignes",
    "rue de la République",
    "avenue de la Libération",
    "rue du Faubourg Saint-Denis",
]
EXTRA_ADDR = ["", "", "", ", bât. B", ", apt 34", ", 3e étage", ", escalier C"]
JOBS = [
    ("Aide-soignante", "CDI"),
    ("Ingénieur logiciel", "CDI"),
    ("Serveur", "CDD"),
    ("Agent de propreté", "Intérim"),
    ("Chercheuse postdoctorale", "CDD"),
    ("Cuisinier", "CDI"),
    ("Auxiliaire de vie", "CDD"),
    ("Consultante", "CDI"),
    ("Chauffeur-livreur", "Intérim"),
    ("Infirmière", "CDI"),
    ("Vendeuse", "CDD"),
    ("Data analyst", "CDI"),
    ("Préparateur de commandes", "Intérim"),
]
AUTRE = [
    "Conjoint(e) de ressortissant français, sans activité",
    "Télétravail pour une société étrangère",
    "Retraité(e) d'un régime étranger",
    "Chercheur invité (convention d'accueil)",
    "Au pair",
]
SCHOOLS = [
    "Université Lyon 2",
    "Sorbonne Université",
    "Université de Bordeaux",
    "Université Grenoble Alpes",
    "INSA Toulouse",
]
