"""Fictional applicants and the table of variants (case x situation x fill x look)."""

# surname at birth | usage name | given names | sex | date of birth | birth commune |
# birth country (as a French speaker writes it) | nationality (as written)
PEOPLE = """\
BENALI||Karim|M|1990-04-17|Oran|Algérie|algérienne
EL AMRANI||Fatima Zahra|F|1994-09-03|Casablanca|Maroc|marocaine
NGUYEN||Thi Lan|F|1991-03-02|Hanoï|Viêt Nam|vietnamienne
ZHANG||Wei|M|1988-12-21|Chengdu|Chine|chinoise
GARCÍA LÓPEZ||María Fernanda|F|1993-06-11|Medellín|Colombie|colombienne
DIALLO|MARTIN|Aminata|F|1992-01-25|Dakar|Sénégal|sénégalaise
KOUASSI||Jean-Baptiste Koffi|M|1987-08-08|Abidjan|Côte d'Ivoire|ivoirienne
MBARGA||Hervé Serge|M|1985-11-30|Yaoundé|Cameroun|camerounaise
TRAORÉ||Mariam|F|1996-02-14|Bamako|Mali|malienne
MUKENDI||Patrick Kalala|M|1989-07-19|Kinshasa|RD Congo|congolaise
SHARMA||Priya|F|1995-05-27|Pune|Inde|indienne
SANTOS||João Pedro|M|1992-10-05|Belo Horizonte|Brésil|brésilienne
HERNÁNDEZ RUIZ||José Luis|M|1986-03-22|Guadalajara|Mexique|mexicaine
MILLER||Emily Rose|F|1990-12-09|Portland, Oregon|États-Unis|américaine
THOMPSON||Oliver James|M|1984-04-01|Leeds|Royaume-Uni|britannique
KOVALENKO||Olena|F|1993-08-16|Kharkiv|Ukraine|ukrainienne
YILDIZ||Elif|F|1997-01-07|Izmir|Turquie|turque
DELA CRUZ||Maria Cristina|F|1989-09-29|Quezon City|Philippines|philippine
BEN SALAH||Mohamed Amine|M|1991-06-30|Sfax|Tunisie|tunisienne
MÜLLER||Jürgen|M|1982-02-11|München|Allemagne|allemande
GONÇALVES||Inês|F|1998-11-03|Porto|Portugal|portugaise
ROSSI|DUBOIS|Giulia|F|1990-05-18|Torino|Italie|italienne
NOWAK-KOWALSKA||Agnieszka|F|1987-07-22|Kraków|Pologne|polonaise
O'BRIEN||Siobhán|F|1994-03-15|Cork|Irlande|irlandaise
LI||Xiaoming|M|1999-10-10|Wuhan|Chine|chinoise
RODRÍGUEZ PEÑA||Ana Sofía|F|1996-04-04|Bogotá|Colombie|colombienne
HADDAD|BERNARD|Nour|F|1991-08-26|Alger|Algérie|algérienne
DIOP||Cheikh Ahmadou Bamba|M|1988-01-12|Thiès|Sénégal|sénégalaise
N'GUESSAN||Affoué Marie-Claire|F|1993-12-01|Bouaké|Côte d'Ivoire|ivoirienne
FOTSO||Ange-Michel|M|1990-02-28|Douala|Cameroun|camerounaise
KEÏTA||Oumar|M|1994-06-06|Kayes|Mali|malienne
PATEL||Rohan Kumar|M|1992-11-19|Ahmedabad|Inde|indienne
OLIVEIRA|MOREAU|Ana Carolina|F|1989-03-08|Recife|Brésil|brésilienne
SMITH-JONES||Rebecca Ann|F|1985-10-23|Atlanta, Georgia|États-Unis|américaine
CHEN||Yu-Ting|F|1997-07-02|Shanghai|Chine|chinoise
BONDARENKO||Dmytro|M|1991-09-14|Odesa|Ukraine|ukrainienne
ÇELIK||Mehmet Ali|M|1986-05-05|Bursa|Turquie|turque
REYES||Jose Miguel|M|1993-02-17|Cebu City|Philippines|philippine
AÏT-MOUSSA||Yasmine|F|1995-12-25|Tizi Ouzou|Algérie|algérienne
TAZI|LAURENT|Salma|F|1992-04-09|Rabat|Maroc|marocaine
MARTÍNEZ||Valentina|F|2000-01-31|Monterrey|Mexique|mexicaine
WILLIAMS||Daniel Thomas|M|1983-06-12|Manchester|Royaume-Uni|britannique
JOHNSON||Ashley|F|1996-08-21|Houston, Texas|États-Unis|américaine
TRAN||Van Minh|M|1990-03-03|Hô Chi Minh-Ville|Viêt Nam|vietnamienne
BELHADJ||Youssef|M|1988-10-28|Tunis|Tunisie|tunisienne
LUMBALA||Grâce|F|1997-05-15|Lubumbashi|RD Congo|congolaise
FERREIRA DA COSTA||Lucas|M|1995-09-09|São Paulo|Brésil|brésilienne
SINGH||Harpreet Kaur|F|1994-01-20|Amritsar|Inde|indienne
DIABATÉ||Seydou|M|1989-11-11|Sikasso|Mali|malienne
ESSOMBA||Christelle|F|1998-07-07|Bafoussam|Cameroun|camerounaise
WANG||Jing|F|1992-02-02|Harbin|Chine|chinoise
SAÏDI||Rachid|M|1985-12-12|Meknès|Maroc|marocaine
MORALES VARGAS||Camila Andrea|F|1999-04-26|Cali|Colombie|colombienne
PETRENKO||Iryna|F|1990-10-18|Lviv|Ukraine|ukrainienne
SANTOS||Mark Anthony|M|1987-07-27|Davao|Philippines|philippine
VAN DEN BERG||Sanne|F|1993-03-19|Utrecht|Pays-Bas|néerlandaise
"""


def people():
    out = []
    for ln in PEOPLE.strip().splitlines():
        s, u, g, sex, dob, city, country, nat = ln.split("|")
        out.append(
            dict(
                surname=s,
                usage=u or None,
                given=g,
                sex=sex,
                dob=dob,
                birth_city=city,
                birth_country=country,
                nationality=nat,
            )
        )
    return out


TOWNS = [
    ("Lyon", "69003"),
    ("Marseille", "13005"),
    ("Toulouse", "31000"),
    ("Lille", "59000"),
    ("Nantes", "44000"),
    ("Bordeaux", "33800"),
    ("Montpellier", "34000"),
    ("Strasbourg", "67000"),
    ("Rennes", "35000"),
    ("Grenoble", "38100"),
    ("Paris", "75011"),
    ("Paris", "75018"),
    ("Nice", "06000"),
    ("Saint-Étienne", "42000"),
    ("Villeurbanne", "69100"),
    ("Montreuil", "93100"),
    ("Créteil", "94000"),
    ("Aubervilliers", "93300"),
    ("Rouen", "76000"),
    ("Dijon", "21000"),
    ("Clermont-Ferrand", "63000"),
    ("Angers", "49000"),
    ("Tours", "37000"),
    ("Reims", "51100"),
    ("Le Mans", "72000"),
    ("Metz", "57000"),
    ("Besançon", "25000"),
    ("Poitiers", "86000"),
    ("Limoges", "87000"),
    ("Brest", "29200"),
    ("Orléans", "45000"),
    ("Caen", "14000"),
    ("Nancy", "54000"),
    ("Pau", "64000"),
    ("Avignon", "84000"),
    ("Perpignan", "66000"),
]
STREETS = [
    "rue Victor Hugo",
    "avenue Jean Jaurès",
    "rue de la République",
    "boulevard Gambetta",
    "rue Pasteur",
    "rue des Lilas",
    "allée des Peupliers",
    "rue Émile Zola",
    "chemin des Vignes",
    "rue du Général Leclerc",
    "place de la Mairie",
    "rue Voltaire",
    "impasse des Tilleuls",
    "rue de la Gare",
    "avenue de la Libération",
    "rue Paul Bert",
    "rue d'Alsace",
    "cours Lafayette",
    "rue Saint-Michel",
    "rue des Écoles",
]
EMPLOYERS = [
    ("Boulangerie Les Trois Épis", "Vente en boulangerie"),
    ("SARL Transports Rhône Express", "Chauffeur-livreur"),
    ("Clinique Saint-Roch SAS", "Aide-soignant(e)"),
    ("Restaurant Le Petit Zinc", "Commis de cuisine"),
    ("Net'Pro Services", "Agent d'entretien"),
    ("Atelier Numérique SAS", "Développeur web"),
    ("Hôtel des Voyageurs", "Réceptionniste"),
    ("Logistique Val-de-Marne", "Préparateur de commandes"),
    ("Crèche Les Petits Loups", "Auxiliaire de crèche"),
    ("Rénov'Est BTP", "Maçon"),
    ("Laboratoires Berthelot", "Technicien de laboratoire"),
    ("Cabinet Morel & Associés", "Assistant(e) comptable"),
]
SCHOOLS = [
    "Université Lyon 2",
    "Université de Bordeaux",
    "Sorbonne Université",
    "Université Grenoble Alpes",
    "Université de Strasbourg",
    "Nantes Université",
    "Université Toulouse Capitole",
    "Université de Lille",
]
FREELANCE = ["Traduction et interprétariat", "Graphisme", "Cours particuliers", "VTC"]
OTHER = ["Volontaire en service civique", "Stagiaire (convention de stage)"]

# name, case, situation, fill, look, pack
#   case: ok | words | unsigned | label | dot | tick | future | us | nodate | month | none | two
#   situation: salarie_CDI | salarie_CDD | salarie_INT | independant | demandeur | etudiant |
#              inactif | autre | none | A+B (two boxes)
#   fill: hand (printed blank form filled by hand) | typed (typed on screen) |
#         fillable (AcroForm)
#   look: scan | image_pdf | phone_photo | text_pdf
#   pack: two (two image files) | two_rev (page 2 has the first file name) |
#         pdf | pdf_rev (one PDF, page 2 first)
VARIANTS = [
    ("f01_hand_scan_cdi", "ok", "salarie_CDI", "hand", "scan", "two"),
    ("f02_hand_photo_cdd", "ok", "salarie_CDD", "hand", "phone_photo", "two"),
    ("f03_hand_pdfscan_indep", "ok", "independant", "hand", "image_pdf", "pdf"),
    ("f04_hand_scan_chomeur_rev", "ok", "demandeur", "hand", "scan", "two_rev"),
    ("f05_hand_photo_etudiant_rot", "ok", "etudiant", "hand", "phone_photo", "two"),
    ("f06_hand_pdfscan_inactif_rev", "ok", "inactif", "hand", "image_pdf", "pdf_rev"),
    ("f07_typed_pdf_cdi", "ok", "salarie_CDI", "typed", "text_pdf", "pdf"),
    ("f08_fillable_cdi_sigimage", "ok", "salarie_CDI", "fillable", "text_pdf", "pdf"),
    ("f09_fillable_printed_scan_etudiant", "ok", "etudiant", "fillable", "scan", "two"),
    ("f10_typed_printed_pdfscan_inactif", "ok", "inactif", "typed", "image_pdf", "pdf"),
    ("f11_hand_scan_autre", "ok", "autre", "hand", "scan", "two"),
    ("f12_typed_photo_cdd_rot180", "ok", "salarie_CDD", "typed", "phone_photo", "two"),
    ("f13_fillable_printed_pdfscan_indep", "ok", "independant", "fillable", "image_pdf", "pdf"),
    ("f14_hand_pdfscan_chomeur", "ok", "demandeur", "hand", "image_pdf", "pdf"),
    ("f15_hand_photo_inactif", "ok", "inactif", "hand", "phone_photo", "two"),
    ("f16_hand_pdfscan_usage_name", "ok", "salarie_CDI", "hand", "image_pdf", "pdf"),
    ("f17_hand_scan_etudiant_png", "ok", "etudiant", "hand", "scan", "two"),
    ("f18_hand_photos_in_pdf_interim", "ok", "salarie_INT", "hand", "phone_photo", "pdf"),
    ("f19_fillable_needappearances_inactif", "ok", "inactif", "fillable", "text_pdf", "pdf"),
    ("f20_hand_scan_cdi_comb", "ok", "salarie_CDI", "hand", "scan", "two"),
    ("f21_typed_pdf_chomeur_rev", "ok", "demandeur", "typed", "text_pdf", "pdf_rev"),
    ("f22_hand_photo_indep_rev", "ok", "independant", "hand", "phone_photo", "two_rev"),
    ("f23_hand_pdfscan_cdd_rev", "ok", "salarie_CDD", "hand", "image_pdf", "pdf_rev"),
    ("f24_typed_printed_scan_etudiant", "ok", "etudiant", "typed", "scan", "two"),
    ("f25_hand_scan_inactif_lowdpi", "ok", "inactif", "hand", "scan", "two"),
    ("f26_fillable_printed_photo_cdi", "ok", "salarie_CDI", "fillable", "phone_photo", "two"),
    ("f27_hand_scan_date_words", "words", "salarie_CDI", "hand", "scan", "two"),
    ("f28_hand_photo_date_words", "words", "inactif", "hand", "phone_photo", "two"),
    ("f29_typed_printed_pdfscan_date_words", "words", "etudiant", "typed", "image_pdf", "pdf"),
    ("f30_hand_scan_unsigned", "unsigned", "salarie_CDI", "hand", "scan", "two"),
    ("f31_fillable_unsigned", "unsigned", "inactif", "fillable", "text_pdf", "pdf"),
    ("f32_typed_pdf_unsigned", "unsigned", "demandeur", "typed", "text_pdf", "pdf"),
    ("f33_hand_photo_unsigned", "unsigned", "etudiant", "hand", "phone_photo", "two"),
    ("f34_hand_pdfscan_label_only", "label", "salarie_CDD", "hand", "image_pdf", "pdf"),
    ("f35_typed_printed_scan_label_only", "label", "independant", "typed", "scan", "two"),
    ("f36_hand_photo_label_only", "label", "inactif", "hand", "phone_photo", "two"),
    ("f37_hand_scan_stray_dot", "dot", "inactif", "hand", "scan", "two"),
    ("f38_hand_pdfscan_stray_dot", "dot", "salarie_CDI", "hand", "image_pdf", "pdf"),
    ("f39_hand_photo_short_tick", "tick", "etudiant", "hand", "phone_photo", "two"),
    ("f40_typed_printed_scan_short_tick", "tick", "demandeur", "typed", "scan", "two"),
    ("f41_hand_scan_future_date", "future", "salarie_CDI", "hand", "scan", "two"),
    ("f42_fillable_future_date", "future", "inactif", "fillable", "text_pdf", "pdf"),
    ("f43_hand_photo_future_year", "future", "etudiant", "hand", "phone_photo", "two"),
    ("f44_hand_scan_us_date", "us", "salarie_CDI", "hand", "scan", "two"),
    ("f45_typed_printed_pdfscan_us_date", "us", "independant", "typed", "image_pdf", "pdf"),
    ("f46_hand_photo_us_date", "us", "inactif", "hand", "phone_photo", "two"),
    ("f47_hand_scan_no_date", "nodate", "demandeur", "hand", "scan", "two"),
    ("f48_fillable_no_date", "nodate", "salarie_CDI", "fillable", "text_pdf", "pdf"),
    ("f49_hand_pdfscan_no_date_rev", "nodate", "etudiant", "hand", "image_pdf", "pdf_rev"),
    ("f50_hand_scan_month_only", "month", "inactif", "hand", "scan", "two"),
    ("f51_hand_scan_no_situation", "none", "none", "hand", "scan", "two"),
    ("f52_typed_pdf_no_situation", "none", "none", "typed", "text_pdf", "pdf"),
    ("f53_hand_photo_two_situations", "two", "salarie_CDI+etudiant", "hand", "phone_photo", "two"),
    ("f54_hand_pdfscan_two_situations", "two", "demandeur+inactif", "hand", "image_pdf", "pdf"),
    ("f55_hand_photo_cdi_180", "ok", "salarie_CDI", "hand", "phone_photo", "two"),
    ("f56_fillable_printed_scan_autre", "ok", "autre", "fillable", "scan", "two"),
]
