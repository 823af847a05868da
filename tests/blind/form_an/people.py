"""The sixteen applicants and the plan of the set (fill way, print run, arrangement, case)."""

# surname (birth name), usage name, given names, sex, birth date, birth town, country,
# nationality, address, postcode, town, phone, e-mail, situation, contract, job, nir
PEOPLE = [
    ("ALEMAYEHU", None, "Tigist Bekele", "F", "1994-03-17", "Addis-Abeba", "Éthiopie",
     "éthiopienne", "14 rue des Envierges", "75020", "Paris", "06 51 22 87 40",
     "tigist.alemayehu@gmail.com", "salarie", "CDI", "Aide-soignante", None),
    ("AGBÉKO-KOUDAWO", None, "Kossi Élom", "M", "1988-11-02", "Lomé", "Togo", "togolaise",
     "3 allée Jean-Baptiste Clément, Bât. C", "93200", "Saint-Denis", "07 68 14 02 93",
     "k.agbeko@outlook.fr", "salarie", "CDD", "Préparateur de commandes", None),
    ("HOUNGBÉDJI", "DOSSOU-YOVO", "Rose-Marie Sènami", "F", "1991-06-25", "Cotonou", "Bénin",
     "béninoise", "27 avenue de la Libération", "33110", "Le Bouscat", "06 12 90 44 71",
     "rosemarie.dossou@yahoo.fr", "sans_activite", None, None, None),
    ("OUÉDRAOGO", None, "Boukary", "M", "1985-01-30", "Ouagadougou", "Burkina Faso",
     "burkinabè", "8 rue Gustave Eiffel", "69003", "Lyon", "07 53 61 18 20",
     "boukary.ouedraogo85@gmail.com", "independant", None, None, None),
    ("HOXHA", "LEFÈVRE", "Elira", "F", "1996-09-08", "Tirana", "Albanie", "albanaise",
     "112 boulevard de la Liberté", "59800", "Lille", "06 33 70 15 58", "elira.hoxha@gmail.com",
     "sans_activite", None, None, None),
    ("PETROVIC", None, "Nemanja", "M", "1990-12-19", "Belgrade", "Serbie", "serbe",
     "5 place du Marché", "67000", "Strasbourg", "07 81 46 93 05", "nemanja.petrovic@proton.me",
     "salarie", "CDI", "Développeur informatique", None),
    ("RAKHIMOVA", None, "Dilnoza Bakhtiyorovna", "F", "1993-04-21", "Samarcande",
     "Ouzbékistan", "ouzbèke", "41 rue Paul Bert", "13005", "Marseille", "06 44 18 52 39",
     "dilnoza.rakhimova@mail.ru", "etudiant", None, None, None),
    ("BATBAYAR", None, "Enkhjargal", "F", "1989-07-14", "Oulan-Bator", "Mongolie",
     "mongole", "2 impasse des Tilleuls", "31400", "Toulouse", "07 66 20 39 81",
     "enkhjargal.b@gmail.com", "salarie", "Intérim", "Agent de production", None),
    ("SOK", None, "Vannak", "M", "1987-10-05", "Phnom Penh", "Cambodge", "cambodgienne",
     "19 rue de Tolbiac", "75013", "Paris", "06 27 55 09 64", "vannak.sok@free.fr",
     "salarie", "CDI", "Cuisinier", "1871099234045"),
    ("PHOMMAVONG", None, "Souksavanh", "F", "1998-02-27", "Vientiane", "Laos", "laotienne",
     "6 rue du Docteur Roux", "44000", "Nantes", "07 59 30 62 17",
     "souksavanh.phommavong@gmail.com", "demandeur_emploi", None, None, None),
    ("MEJÍA ZELAYA", None, "José Armando", "M", "1992-08-30", "Tegucigalpa", "Honduras",
     "hondurienne", "10 chemin des Vignes", "34000", "Montpellier", "06 85 72 40 13",
     "josearmando.mejia@hotmail.com", "salarie", "CDD", "Serveur", None),
    ("LÓPEZ BALLADARES", "DUVAL", "María de los Ángeles", "F", "1986-05-13", "Managua",
     "Nicaragua", "nicaraguayenne", "47 rue Nationale", "37000", "Tours", "06 70 81 26 94",
     "mariaangeles.duval@orange.fr", "autre", None, None, None),
    ("AL-ZOUBI", None, "Rami Khaled", "M", "1983-12-24", "Amman", "Jordanie", "jordanienne",
     "15 cours Lafayette", "69006", "Lyon", "07 62 03 88 41", "rami.alzoubi@gmail.com",
     "salarie", "CDI", "Ingénieur d'études", None),
    ("ABDELRAHMAN", None, "Amna Osman", "F", "1995-01-16", "Khartoum", "Soudan", "soudanaise",
     "4 rue de l'Égalité", "35200", "Rennes", "06 09 47 53 22", "amna.abdelrahman@yahoo.com",
     "sans_activite", None, None, None),
    ("M'DAHOMA", None, "Nourdine", "M", "1980-09-11", "Moroni", "Comores", "comorienne",
     "28 boulevard Oddo", "13015", "Marseille", "07 49 58 21 36", "nourdine.mdahoma@gmail.com",
     "salarie", "CDI", "Chauffeur livreur", "1800999397012"),
    ("ONDO MBA", "N'GUEMA", "Prisca Christelle", "F", "1990-03-04", "Libreville", "Gabon",
     "gabonaise", "9 rue Sainte-Catherine", "87000", "Limoges", "06 38 16 75 02",
     "prisca.nguema@gmail.com", "salarie", "CDD", "Assistante comptable", None),
]  # fmt: skip

# doc, fill way, print run, arrangement, case, as_of, place of signing, signing date (ISO)
PLAN = [
    ("d001", "hand", "R1", "one_pdf", "ok", "2026-11-18", "Paris", "2026-11-09"),
    ("d002", "acroform", "R2", "one_pdf", "ok", "2026-11-20", "Saint-Denis", "2026-11-14"),
    ("d003", "typed_print", "R1", "two_images", "unsigned", "2026-11-23", "Le Bouscat",
     "2026-11-17"),
    ("d004", "acroform_printed", "R1", "phone_photos", "ok", "2026-11-25", "Lyon",
     "2026-11-02"),
    ("d005", "hand", "R2", "two_images_p2_first", "us_date", "2026-11-27", "Lille",
     "2026-11-19"),
    ("d006", "acroform", "R1", "one_pdf_reversed", "future_date", "2026-11-16", "Strasbourg",
     "2026-12-04"),
    ("d007", "typed_print", "R2", "phone_photos", "ok", "2026-11-30", "Marseille",
     "2026-11-21"),
    ("d008", "acroform_printed", "R3", "two_pdfs", "label_only", "2026-11-19", "Toulouse",
     "2026-11-12"),
    ("d009", "hand", "R3", "phone_photos", "stray_mark", "2026-11-24", "Paris", "2026-11-18"),
    ("d010", "acroform", "R3", "one_pdf", "none_ticked", "2026-12-01", "Nantes", "2026-11-26"),
    ("d011", "typed_print", "R3", "one_pdf_reversed", "two_ticked", "2026-11-17",
     "Montpellier", "2026-10-29"),
    ("d012", "acroform_printed", "R2", "two_images", "no_date", "2026-11-21", "Tours", None),
    ("d013", "hand", "R1", "two_pdfs", "date_words", "2026-11-26", "Lyon", "2026-11-03"),
    ("d014", "acroform", "R2", "one_pdf", "ok", "2026-11-28", "Rennes", "2026-11-23"),
    ("d015", "typed_print", "R3", "two_images_p2_first", "ok", "2026-11-22", "Marseille",
     "2026-11-16"),
    ("d016", "hand", "R2", "one_pdf_reversed", "ok", "2026-11-29", "Limoges", "2026-11-20"),
]  # fmt: skip

MONTHS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
          "septembre", "octobre", "novembre", "décembre"]  # fmt: skip

EMPLOYMENT = {
    "salarie": "employed",
    "independant": "employed",
    "demandeur_emploi": "not_employed",
    "etudiant": "not_employed",
    "sans_activite": "not_employed",
    "autre": "other",
}
SIT_FIELD = {
    "salarie": "sit_salarie",
    "independant": "sit_independant",
    "demandeur_emploi": "sit_demandeur",
    "etudiant": "sit_etudiant",
    "sans_activite": "sit_sans_activite",
    "autre": "sit_autre",
}
CT_FIELD = {"CDI": "ct_cdi", "CDD": "ct_cdd", "Intérim": "ct_interim"}
AUTRE_TEXT = "Conjointe d'un assuré, en attente de titre de séjour"


def nir_key(nir13: str) -> str:
    return f"{97 - int(nir13) % 97:02d}"
