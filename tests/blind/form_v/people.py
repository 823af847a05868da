"""Applicants, addresses and the case plan of the form_v blind set."""

import unicodedata

# surname | usage name | given names | sex | birth date | birth town | birth country | nationality
# | INSEE country code (for a NIR)
PEOPLE = """\
BENALI||Yasmine|F|1994-03-17|Oran|Algérie|algérienne|352
EL IDRISSI|MARTIN|Fatima Zahra|F|1988-11-02|Casablanca|Maroc|marocaine|350
TRABELSI||Mohamed Amine|M|1997-06-25|Sfax|Tunisie|tunisienne|351
DIOP||Mamadou Lamine|M|1991-01-09|Thiès|Sénégal|sénégalaise|341
KOUASSI|LEFÈVRE|Adjoua Marie-Claire|F|1985-08-30|Bouaké|Côte d'Ivoire|ivoirienne|326
NGUEMA-ESSONO||Jean-Pierre|M|1979-12-14|Yaoundé|Cameroun|camerounaise|322
TRAORÉ||Aïssata|F|2000-04-04|Bamako|Mali|malienne|335
MBUYI KABONGO||Patrick|M|1983-09-21|Lubumbashi|Congo (RD)|congolaise|312
JEAN-BAPTISTE||Wideline|F|1992-02-28|Port-au-Prince|Haïti|haïtienne|432
WANG||Xiaoling|F|1996-07-19|Chengdu|Chine|chinoise|216
NGUYỄN||Thi Thu Hà|F|1990-10-05|Hà Nội|Viêt Nam|vietnamienne|243
PHAM|DUBOIS|Van Duc|M|1987-05-13|Huế|Viêt Nam|vietnamienne|243
SHARMA||Ananya|F|1995-12-01|Pune|Inde|indienne|223
HOSSAIN||Md Rafiqul|M|1989-03-30|Dhaka|Bangladesh|bangladaise|246
KHAN||Imran Ali|M|1993-08-08|Lahore|Pakistan|pakistanaise|213
DOS SANTOS OLIVEIRA||Ana Beatriz|F|1998-01-22|Belo Horizonte|Brésil|brésilienne|427
GARCÍA MÁRQUEZ||Juan Sebastián|M|1986-06-16|Medellín|Colombie|colombienne|419
HERNÁNDEZ LÓPEZ|ROUX|María Guadalupe|F|1990-11-27|Guadalajara|Mexique|mexicaine|405
SHEVCHENKO||Oleksandr|M|1984-04-11|Kharkiv|Ukraine|ukrainienne|155
KOVALENKO|BERNARD|Iryna|F|1992-09-03|Odesa|Ukraine|ukrainienne|155
IVANOVA||Ekaterina Sergeevna|F|1991-07-07|Novosibirsk|Russie|russe|123
YILMAZ||Mehmet Emre|M|1995-02-14|İzmir|Turquie|turque|208
ÖZTÜRK|MOREAU|Ayşe|F|1989-10-29|Bursa|Turquie|turque|208
HOSSEINI||Reza|M|1982-05-24|Shiraz|Iran|iranienne|204
ROSTAMI||Shirin|F|1997-03-08|Tabriz|Iran|iranienne|204
KHOURY||Rami|M|1988-12-19|Beyrouth|Liban|libanaise|205
HADDAD|GIRAUD|Nour|F|1994-08-15|Tripoli|Liban|libanaise|205
DELA CRUZ||Maria Cristina|F|1987-01-31|Quezon City|Philippines|philippine|220
SANTOS||Rodel|M|1993-06-02|Cebu|Philippines|philippine|220
O'CONNOR||Siobhán|F|1996-04-18|Cork|Irlande|irlandaise|136
MÜLLER||Jonas|M|1990-09-12|Stuttgart|Allemagne|allemande|109
KOWALCZYK||Agnieszka|F|1985-11-23|Kraków|Pologne|polonaise|122
FERREIRA DA SILVA|PETIT|Joana|F|1992-05-06|Porto|Portugal|portugaise|139
ROSSI||Giuseppe Antonio|M|1981-03-26|Napoli|Italie|italienne|127
POPESCU||Andrei-Mihai|M|1994-10-10|Cluj-Napoca|Roumanie|roumaine|114
SMITH||Emily Rose|F|1999-02-02|Leeds|Royaume-Uni|britannique|132
JOHNSON||Tyler James|M|1995-07-28|Austin|États-Unis|américaine|404
BOUZID||Karim|M|1990-01-15|Constantine|Algérie|algérienne|352
AIT OUFELLA|GARNIER|Lydia|F|1993-06-21|Tizi Ouzou|Algérie|algérienne|352
BENJELLOUN||Omar|M|1986-02-05|Fès|Maroc|marocaine|350
NDIAYE||Awa|F|1998-09-17|Dakar|Sénégal|sénégalaise|341
KONÉ||Souleymane|M|1987-04-22|Abidjan|Côte d'Ivoire|ivoirienne|326
MBAPPÉ-NJOH||Christelle|F|1991-12-09|Douala|Cameroun|camerounaise|322
LUKUSA||Grâce|F|1995-05-30|Kinshasa|Congo (RD)|congolaise|312
PIERRE-LOUIS||Jean Ricardo|M|1984-08-03|Cap-Haïtien|Haïti|haïtienne|432
LI||Wei|M|1992-11-11|Wuhan|Chine|chinoise|216
TRẦN||Minh Khoa|M|1997-03-19|Đà Nẵng|Viêt Nam|vietnamienne|243
PATEL||Rohan Kiran|M|1990-06-07|Ahmedabad|Inde|indienne|223
D'SOUZA|LAURENT|Priya|F|1988-04-25|Mumbai|Inde|indienne|223
SILVA||Thiago Henrique|M|1994-12-30|Recife|Brésil|brésilienne|427
RAMÍREZ||Camila Andrea|F|1996-08-26|Bogotá|Colombie|colombienne|419
TKACHENKO||Dmytro|M|1999-01-04|Lviv|Ukraine|ukrainienne|155
ÇELIK||Burak|M|1991-05-17|Ankara|Turquie|turque|208
SADEGHI|FONTAINE|Mahsa|F|1990-02-20|Ispahan|Iran|iranienne|204
ABOU JAOUDÉ||Georges|M|1985-10-01|Zahlé|Liban|libanaise|205
REYES||Jasmine Mae|F|2001-07-14|Davao|Philippines|philippine|220
MENSAH||Kwame|M|1989-03-03|Kumasi|Ghana|ghanéenne|329
BAH||Mariama Dalanda|F|1993-11-06|Conakry|Guinée|guinéenne|330
HADJ-SAÏD||Nassim|M|1996-09-27|Tunis|Tunisie|tunisienne|351
VAN DER BERG||Sanne|F|1994-04-13|Utrecht|Pays-Bas|néerlandaise|135
"""

ADDRESSES = [
    ("12 rue des Poissonniers", "75018", "Paris"),
    ("45 avenue Jean Jaurès", "69007", "Lyon"),
    ("8 bis rue de la République", "13001", "Marseille"),
    ("3 allée des Tilleuls, Bât. B, appt 24", "93200", "Saint-Denis"),
    ("27 boulevard Victor Hugo", "31000", "Toulouse"),
    ("15 rue du Faubourg de Roubaix", "59800", "Lille"),
    ("101 cours de la Marne", "33800", "Bordeaux"),
    ("6 impasse des Lilas", "94200", "Ivry-sur-Seine"),
    ("22 rue Paul Bert", "35000", "Rennes"),
    ("58 quai de la Fosse", "44000", "Nantes"),
    ("4 place du Marché", "67000", "Strasbourg"),
    ("19 chemin de la Croix", "38100", "Grenoble"),
    ("7 rue Saint-Guilhem", "34000", "Montpellier"),
    ("33 avenue de Flandre", "75019", "Paris"),
    ("2 rue Camille Desmoulins", "92130", "Issy-les-Moulineaux"),
    ("11 rue Gambetta", "06000", "Nice"),
]

SITUATIONS = ["salarie", "independant", "demandeur_emploi", "etudiant", "sans_activite", "autre"]
EMPLOYMENT = {
    "salarie": "employed",
    "independant": "employed",
    "demandeur_emploi": "not_employed",
    "etudiant": "not_employed",
    "sans_activite": "not_employed",
    "autre": "other",
}
CONTRACTS = ["CDI", "CDD", "intérim", "CDI", "CDI", "CDD"]
AUTRE_TEXT = [
    "conjoint de salarié, en attente de titre",
    "rejoint mon époux",
    "retraité(e), pension étrangère",
    "volontaire service civique",
]

FILL_WAYS = ["hand", "typed_print", "acroform", "acroform_printed"]
ARR_PDF = ["one_pdf", "reversed_pdf", "two_pdfs"]
ARR_ALL = [
    "one_pdf",
    "two_images",
    "phone_photos",
    "reversed_pdf",
    "two_images_p2first",
    "two_pdfs",
]
DEFECTS = [
    "unsigned",
    "label_only",
    "stray_mark",
    "future_date",
    "us_date",
    "no_date",
    "none_ticked",
    "two_ticked",
    "date_words",
]
STATUS = {
    "ok": "complete",
    "unsigned": "invalid",
    "label_only": "invalid",
    "stray_mark": "invalid",
    "future_date": "invalid",
    "us_date": "invalid",
    "no_date": "questionable",
    "none_ticked": "questionable",
    "two_ticked": "questionable",
    "date_words": "complete",
}
DEFECT_TEXT = {
    "unsigned": "signature box left empty",
    "label_only": "only the printed word 'Signature' in the box, not signed",
    "stray_mark": "a stray mark in the signature box, no signature",
    "future_date": "form dated after the audit date",
    "us_date": "date written MM/DD/YYYY (day above 12)",
    "no_date": "date after 'le' left blank",
    "none_ticked": "no situation box ticked in section B",
    "two_ticked": "two situation boxes ticked in section B",
    "date_words": "date written in words (acceptable)",
}
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


def people():
    out = []
    for line in PEOPLE.strip().splitlines():
        s, u, g, sex, dob, town, country, nat, code = line.split("|")
        out.append(
            dict(
                surname=s,
                usage=u or None,
                given=g,
                sex=sex,
                dob=dob,
                town=town,
                country=country,
                nat=nat,
                code=code,
            )
        )
    return out


def strip_accents(text):
    if text is None:
        return None
    norm = unicodedata.normalize("NFKD", text)
    out = "".join(ch for ch in norm if not unicodedata.combining(ch))
    return out.replace("İ", "I").replace("ı", "i").replace("Đ", "D").replace("đ", "d")


def latin1_safe(text):
    """Keep Latin-1 letters, strip what a standard PDF font cannot encode."""
    if text is None:
        return None
    out = []
    for ch in text:
        try:
            ch.encode("cp1252")
            out.append(ch)
        except UnicodeEncodeError:
            out.append(strip_accents(ch))
    return "".join(out)


def nir_for(person, rng):
    sex = "1" if person["sex"] == "M" else "2"
    yy = person["dob"][2:4]
    mm = person["dob"][5:7]
    base = sex + yy + mm + "99" + person["code"] + "%03d" % rng.randint(1, 899)
    key = 97 - int(base) % 97
    return base + "%02d" % key


def plan():
    """60 (fill_way, arrangement, case) triples; half ok, every defect in >= 2 fill ways."""
    cases = ["ok"] * 30
    defects = DEFECTS * 3 + ["unsigned", "us_date", "two_ticked"]
    items = []
    # interleave so that fill ways rotate across both ok and defect items
    seq = []
    for i in range(30):
        seq.append("ok")
        seq.append(defects[i])
    for i, case in enumerate(seq):
        fill = FILL_WAYS[(i // 2 + i) % 4]
        items.append([fill, None, case])
    # stray marks are drawn by hand: move them off the fillable-PDF-only way
    for it in items:
        if it[2] == "stray_mark" and it[0] == "acroform":
            it[0] = "acroform_printed"
    counters = {"pdf": 0, "all": 0}
    for it in items:
        if it[0] == "acroform":
            it[1] = ARR_PDF[counters["pdf"] % 3]
            counters["pdf"] += 1
        else:
            it[1] = ARR_ALL[counters["all"] % 6]
            counters["all"] += 1
    del cases
    return [tuple(it) for it in items]
