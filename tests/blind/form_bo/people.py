"""Applicants of the set (invented), the cases, and NIR helpers."""

import datetime as dt

# key, surname (birth, as the applicant writes it), usage name, given names, sex, birth date,
# birth city, birth country, nationality (as written on the form), INSEE country code,
# street, postcode, city, phone, e-mail, has a NIR already
PEOPLE = [
    ("BEN SALAH", None, "Amina", "F", "1991-03-14", "Sfax", "Tunisie", "tunisienne", "351",
     "12 rue des Lilas", "69003", "Lyon", "06 41 27 83 90", "amina.bensalah@gmail.com", False),
    ("NGUYEN", None, "Thi Thu Hà", "F", "1996-08-02", "Hà Nội", "Viêt Nam", "vietnamienne", "243",
     "5 allée Jean Jaurès", "31000", "Toulouse", "07 58 12 64 03", "thuha.ng96@yahoo.fr", False),
    ("GARCÍA MÁRQUEZ", None, "José Luis", "M", "1987-11-23", "Medellín", "Colombie",
     "colombienne", "419", "48 boulevard de la Liberté", "59000", "Lille", "06 12 98 45 77",
     "jl.garcia.marquez@outlook.com", False),
    ("KOVALENKO", "DUPONT", "Oksana", "F", "1990-05-19", "Kharkiv", "Ukraine", "ukrainienne",
     "155", "3 impasse des Tilleuls", "44000", "Nantes", "06 33 71 20 48",
     "oksana.dupont@laposte.net", False),
    ("DIALLO", None, "Mamadou Lamine", "M", "1994-01-30", "Thiès", "Sénégal", "sénégalaise",
     "341", "27 avenue Gambetta", "93170", "Bagnolet", "07 69 04 55 18", "mldiallo94@gmail.com",
     False),
    ("JEAN-BAPTISTE", None, "Marie-Claude", "F", "1985-09-08", "Port-au-Prince", "Haïti",
     "haïtienne", "409", "9 rue Victor Hugo", "97300", "Cayenne", "06 94 22 17 35",
     "mc.jeanbaptiste@hotmail.fr", False),
    ("WANG", None, "Xiaoming", "M", "1998-12-04", "Chengdu", "Chine", "chinoise", "216",
     "14 rue de Tolbiac", "75013", "Paris", "07 82 45 19 60", "wang.xiaoming98@qq.com", False),
    ("EL IDRISSI", "MOREAU", "Fatima Zahra", "F", "1989-06-17", "Fès", "Maroc", "marocaine", "350",
     "61 chemin des Vignes", "34070", "Montpellier", "06 15 48 36 92",
     "fz.moreau@orange.fr", False),
    ("O'CONNOR", None, "Siobhán Mary", "F", "1993-02-21", "Cork", "Irlande", "irlandaise", "136",
     "2 place du Marché", "35000", "Rennes", "06 52 18 77 04", "siobhan.oconnor@gmail.com",
     True),
    ("N'GUESSAN", None, "Yao Kouassi", "M", "1992-07-13", "Bouaké", "Côte d'Ivoire", "ivoirienne",
     "326", "18 rue Paul Bert", "94200", "Ivry-sur-Seine", "07 45 60 23 81",
     "yao.nguessan@gmail.com", False),
    ("DOS SANTOS OLIVEIRA", None, "Ana Beatriz", "F", "1995-04-27", "Belo Horizonte", "Brésil",
     "brésilienne", "415", "33 rue Sainte-Catherine", "33000", "Bordeaux", "06 77 31 08 56",
     "anabeatriz.oliveira@gmail.com", False),
    ("YILDIRIM", None, "Mehmet Ali", "M", "1986-10-05", "Kayseri", "Turquie", "turque", "208",
     "7 rue du Faubourg National", "67000", "Strasbourg", "06 28 90 41 65",
     "m.ali.yildirim@gmail.com", True),
    ("HOSSEINI", None, "Maryam Sadat", "F", "1990-12-16", "Ispahan", "Iran", "iranienne", "204",
     "40 cours Lafayette", "69006", "Lyon", "07 51 33 62 09", "maryam.hosseini@proton.me", False),
    ("ABOU KHALIL", None, "Rania", "F", "1997-03-29", "Beyrouth", "Liban", "libanaise", "205",
     "11 rue de la République", "13001", "Marseille", "06 03 85 27 41",
     "rania.aboukhalil@gmail.com", False),
    ("DELA CRUZ", None, "Maria Cristina Reyes", "F", "1988-08-14", "Quezon City", "Philippines",
     "philippine", "220", "25 rue de Rome", "75008", "Paris", "07 60 14 92 38",
     "mcdelacruz88@yahoo.com", False),
    ("REDDY", None, "Arjun Kumar", "M", "1993-05-22", "Hyderabad", "Inde", "indienne", "223",
     "8 rue des Écoles", "38000", "Grenoble", "07 66 25 81 43", "arjun.reddy.k@gmail.com", False),
    ("DE LUCA", None, "Chiara", "F", "1996-02-13", "Napoli", "Italie", "italienne", "127",
     "56 rue de la Croix-Rousse", "69004", "Lyon", "06 47 19 52 80", "chiara.deluca@libero.it",
     True),
    ("MBUYI KABASELE", None, "Jean-Pierre", "M", "1984-11-17", "Kinshasa", "RD Congo",
     "congolaise", "312", "4 rue Lénine", "94800", "Villejuif", "06 58 70 34 21",
     "jpmbuyi@gmail.com", False),
    ("TRAORÉ", None, "Aïssata", "F", "1999-09-24", "Bamako", "Mali", "malienne", "335",
     "19 rue Gabriel Péri", "92230", "Gennevilliers", "07 53 28 46 17",
     "aissata.traore99@gmail.com", False),
    ("SMIRNOVA", None, "Ekaterina", "F", "1991-01-19", "Saint-Pétersbourg", "Russie", "russe",
     "123", "30 quai de la Fosse", "44000", "Nantes", "06 30 62 17 58", "e.smirnova@mail.ru",
     False),
    ("MÜLLER-SCHMIDT", None, "Lena Sophie", "F", "1994-06-28", "Freiburg im Breisgau",
     "Allemagne", "allemande", "109", "15 rue du Vieux-Marché-aux-Poissons", "67000",
     "Strasbourg", "06 71 84 25 36", "lena.mueller-schmidt@web.de", True),
    ("HERNÁNDEZ DE LA TORRE", None, "Juan Carlos", "M", "1983-04-15", "Guadalajara", "Mexique",
     "mexicaine", "405", "22 rue Montgrand", "13006", "Marseille", "07 67 31 90 22",
     "jc.hernandez.dlt@gmail.com", False),
    ("O'NEILL", "MARTIN", "Sarah Elizabeth", "F", "1982-10-26", "Boston", "États-Unis",
     "américaine", "404", "6 rue des Carmes", "45000", "Orléans", "06 85 47 10 93",
     "sarah.oneill.martin@gmail.com", False),
    ("OKAFOR", None, "Chukwuemeka Obi", "M", "1990-03-03", "Enugu", "Nigeria", "nigériane", "315",
     "13 rue Marcel Sembat", "76600", "Le Havre", "07 72 14 36 58", "emeka.okafor@gmail.com",
     False),
    ("BOUAZIZ", "LEFEBVRE", "Samira", "F", "1987-07-31", "Oran", "Algérie", "algérienne", "352",
     "88 avenue de la République", "93300", "Aubervilliers", "06 24 57 83 16",
     "samira.lefebvre@free.fr", False),
    ("TRAN", None, "Van Thanh", "M", "1995-12-09", "Huế", "Viêt Nam", "vietnamienne", "243",
     "1 rue Saint-Jacques", "59800", "Lille", "07 81 26 53 40", "thanh.tranvan@gmail.com", False),
    ("POPESCU", None, "Bogdan-Ionuț", "M", "1992-08-18", "Cluj-Napoca", "Roumanie", "roumaine",
     "114", "45 rue de Metz", "31000", "Toulouse", "07 56 39 81 24", "bogdan.popescu@yahoo.ro",
     True),
    ("NDIAYE", None, "Cheikh Ahmadou Bamba", "M", "1988-05-06", "Touba", "Sénégal", "sénégalaise",
     "341", "70 rue Crozatier", "75012", "Paris", "06 95 43 12 87", "cab.ndiaye@gmail.com",
     False),
    ("ÖZTÜRK", None, "Ayşe Nur", "F", "1997-11-12", "Izmir", "Turquie", "turque", "208",
     "21 rue de la Paix", "25000", "Besançon", "07 62 85 30 17", "aysenur.ozturk@gmail.com",
     False),
    ("NGO BIYONG", None, "Marie-Thérèse", "F", "1986-02-25", "Yaoundé", "Cameroun",
     "camerounaise", "322", "39 rue de Lorraine", "54000", "Nancy", "06 46 12 79 85",
     "mt.ngobiyong@yahoo.fr", False),
    ("D'ALMEIDA FERREIRA", None, "João Pedro", "M", "1991-10-10", "Porto", "Portugal",
     "portugaise", "139", "5 rue Nationale", "37000", "Tours", "06 39 58 14 72",
     "joaopedro.dalmeida@sapo.pt", False),
    ("CHAUDHRY", None, "Muhammad Usman", "M", "1989-09-14", "Lahore", "Pakistan", "pakistanaise",
     "213", "17 rue Pasteur", "95100", "Argenteuil", "07 57 20 64 38",
     "usman.chaudhry89@gmail.com", False),
]  # fmt: skip

MOIS = ["", "janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
        "septembre", "octobre", "novembre", "décembre"]  # fmt: skip

# n: (fill_way, arrangement, case, run, options)
# arrangements: pdf2, pdf2_rev, pdf_split, img2, img2_rev, photo2, text_pdf
CASES = [
    ("hand", "pdf2", "ok", "A", {}),
    ("hand", "photo2", "ok", "B", {"rot": (90, 90)}),
    ("hand", "img2", "unsigned", "A", {}),
    ("hand", "pdf2_rev", "date_words", "C", {}),
    ("hand", "photo2", "ok", "A", {"rot": (180, 0)}),
    ("hand", "img2_rev", "future_date", "B", {}),
    ("hand", "photo2", "ok", "C", {"rot": (0, 0), "lowlight": True}),
    ("hand", "pdf_split", "stray_mark", "A", {"mark": "dot"}),
    ("hand", "img2", "us_date", "B", {}),
    ("hand", "photo2", "none_ticked", "A", {"rot": (270, 270)}),
    ("hand", "pdf2", "sig_outside", "C", {}),
    ("hand", "img2", "ok", "C", {}),
    ("typed_print", "pdf2", "ok", "A", {}),
    ("typed_print", "img2", "ok", "C", {}),
    ("typed_print", "photo2", "no_date", "B", {"rot": (0, 90)}),
    ("typed_print", "pdf2_rev", "ok", "B", {}),
    ("typed_print", "img2", "stray_mark", "A", {"mark": "initials"}),
    ("typed_print", "photo2", "date_words", "A", {"rot": (90, 90)}),
    ("typed_print", "pdf2", "two_ticked", "C", {}),
    ("typed_print", "img2", "label_only", "B", {}),
    ("acroform", "text_pdf", "ok", "A", {"ap": True, "sig": "png"}),
    ("acroform", "text_pdf", "ok", "C", {"ap": False, "sig": "png"}),
    ("acroform", "text_pdf", "unsigned", "A", {"ap": True, "sig": None}),
    ("acroform", "text_pdf", "ok", "B", {"ap": True, "sig": "jpg"}),
    ("acroform", "text_pdf", "ok", "A", {"ap": False, "sig": "jpg"}),
    ("acroform", "text_pdf", "us_date", "C", {"ap": True, "sig": "png"}),
    ("acroform_printed", "pdf2", "ok", "A", {}),
    ("acroform_printed", "photo2", "ok", "C", {"rot": (0, 0)}),
    ("acroform_printed", "img2", "ok", "B", {}),
    ("acroform_printed", "pdf2_rev", "ok", "A", {}),
    ("acroform_printed", "photo2", "ok", "B", {"rot": (270, 0)}),
    ("hand", "pdf2", "ok", "B", {}),
]

FORM_STATUS = {
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
    "sig_outside": "questionable",
}
DEFECT_TEXT = {
    "unsigned": "unsigned: the signature box is empty",
    "label_only": "unsigned: only the printed word 'Signature' is in the box",
    "future_date": "date after the audit date",
    "us_date": "date written MM/DD/YYYY (US order, day above 12)",
    "no_date": "the 'le' date field is left blank",
    "none_ticked": "no situation box ticked in section B",
    "two_ticked": "two situation boxes ticked in section B",
    "sig_outside": "signature written outside the signature box, the box is empty",
}


def nir_key(first13):
    return 97 - int(first13) % 97


def make_nir(sex, dob, country, order):
    d = dt.date.fromisoformat(dob)
    first = f"{1 if sex == 'M' else 2}{d.year % 100:02d}{d.month:02d}99{country}{order:03d}"
    assert len(first) == 13 and first.isdigit()
    key = nir_key(first)
    nir = f"{first}{key:02d}"
    assert (int(first) + key) % 97 == 0 and 1 <= key <= 97
    return nir


# the python-stdnum docstring vector from the shared specimens: 2 95 10 99 126 111 93
assert nir_key("2951099126111") == 93
assert nir_key("2530799999999") == 97 - 2530799999999 % 97
