"""Names, countries, MRZ and bank-number helpers (ICAO 9303, ISO 13616, French RIB key)."""

from __future__ import annotations

import datetime as dt
import unicodedata

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
MONTHS_EN = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]
MESES = [
    "enero",
    "febrero",
    "marzo",
    "abril",
    "mayo",
    "junio",
    "julio",
    "agosto",
    "septiembre",
    "octubre",
    "noviembre",
    "diciembre",
]
MESES_PT = [
    "janeiro",
    "fevereiro",
    "março",
    "abril",
    "maio",
    "junho",
    "julho",
    "agosto",
    "setembro",
    "outubro",
    "novembro",
    "dezembro",
]


def d(s: str) -> dt.date:
    return dt.date.fromisoformat(s)


def fr(x: dt.date) -> str:
    return x.strftime("%d/%m/%Y")


def fr_words(x: dt.date) -> str:
    day = "1er" if x.day == 1 else str(x.day)
    return f"{day} {MOIS[x.month - 1]} {x.year}"


def en_words(x: dt.date) -> str:
    return f"{MONTHS_EN[x.month - 1]} {x.day}, {x.year}"


def add_months(x: dt.date, n: int) -> dt.date:
    m = x.month - 1 + n
    y = x.year + m // 12
    m = m % 12 + 1
    day = min(x.day, [31, 29 if y % 4 == 0 else 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1])
    return dt.date(y, m, day)


def month_end(y: int, m: int) -> dt.date:
    return add_months(dt.date(y, m, 1), 1) - dt.timedelta(days=1)


def strip_accents(s: str) -> str:
    s = s.replace("ß", "SS").replace("Ø", "O").replace("ø", "o").replace("Ł", "L")
    s = s.replace("ı", "i").replace("İ", "I")
    return "".join(c for c in unicodedata.normalize("NFD", s) if unicodedata.category(c) != "Mn")


# ---------------------------------------------------------------- MRZ
def _val(c: str) -> int:
    if c.isdigit():
        return int(c)
    if c == "<":
        return 0
    return ord(c) - 55


def cd(s: str) -> str:
    w = (7, 3, 1)
    return str(sum(_val(c) * w[i % 3] for i, c in enumerate(s)) % 10)


def mrz_name(surname: str, given: str, width: int) -> str:
    def clean(x: str) -> str:
        x = strip_accents(x).upper()
        out = "".join(c if c.isalpha() else "<" for c in x)
        while "<<" in out:
            out = out.replace("<<", "<")
        return out.strip("<")

    s = clean(surname) + "<<" + clean(given)
    return s[:width].ljust(width, "<")


def yymmdd(x: dt.date) -> str:
    return x.strftime("%y%m%d")


def td3(code, country, surname, given, number, nat, dob, sex, expiry, optional="", bad=False):
    l1 = (code + "<")[:2] + country + mrz_name(surname, given, 39)
    num = number.ljust(9, "<")
    opt = optional.ljust(14, "<")
    opt_cd = cd(opt) if optional else "<"
    l2 = num + cd(num) + nat + yymmdd(dob) + cd(yymmdd(dob)) + sex
    l2 += yymmdd(expiry) + cd(yymmdd(expiry)) + opt + opt_cd
    comp = l2[0:10] + l2[13:20] + l2[21:43]
    l2 += cd(comp)
    if bad:  # a misprinted expiry check digit
        l2 = l2[:27] + str((int(l2[27]) + 3) % 10) + l2[28:]
    return [l1, l2]


def td1(code, country, surname, given, number, nat, dob, sex, expiry, optional=""):
    num = number[:9].ljust(9, "<")
    l1 = (code + "<")[:2] + country + num + cd(num) + optional[:15].ljust(15, "<")
    l2 = yymmdd(dob) + cd(yymmdd(dob)) + sex + yymmdd(expiry) + cd(yymmdd(expiry)) + nat
    l2 += "<" * 11
    comp = l1[5:30] + l2[0:7] + l2[8:15] + l2[18:29]
    l2 += cd(comp)
    l3 = mrz_name(surname, given, 30)
    return [l1, l2, l3]


def mrva(country, surname, given, number, nat, dob, sex, expiry, optional=""):
    l1 = "V<" + country + mrz_name(surname, given, 39)
    num = number.ljust(9, "<")
    l2 = num + cd(num) + nat + yymmdd(dob) + cd(yymmdd(dob)) + sex
    l2 += yymmdd(expiry) + cd(yymmdd(expiry)) + optional.ljust(16, "<")
    return [l1, l2]


# ---------------------------------------------------------------- banks
def _num(s: str) -> int:
    return int("".join(str(_val(c)) if c.isalpha() else c for c in s))


def iban_make(cc: str, bban: str) -> str:
    chk = 98 - _num(bban + cc + "00") % 97
    return f"{cc}{chk:02d}{bban}"


def iban_ok(iban: str) -> bool:
    s = iban[4:] + iban[:4]
    return _num(s) % 97 == 1


def rib_key(bank: str, branch: str, account: str) -> str:
    tr = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "12345678912345678923456789")
    acc = account.upper().translate(tr)
    k = 97 - (89 * int(bank) + 15 * int(branch) + 3 * int(acc)) % 97
    return f"{k:02d}"


def fr_iban(bank: str, branch: str, account: str) -> str:
    return iban_make("FR", bank + branch + account + rib_key(bank, branch, account))


def break_iban(iban: str) -> str:
    """Change the two IBAN check digits (the RIB key stays right)."""
    c = int(iban[2:4])
    c2 = (c + 11) % 97 if c + 11 < 98 else c - 11
    c2 = max(c2, 2)
    return iban[:2] + f"{c2:02d}" + iban[4:]


def group4(s: str) -> str:
    return " ".join(s[i : i + 4] for i in range(0, len(s), 4))


BANKS = {
    "bnp": ("BNP Paribas", "30004", "BNPAFRPPXXX"),
    "sg": ("Société Générale", "30003", "SOGEFRPP"),
    "ca": ("Crédit Agricole d'Île-de-France", "18206", "AGRIFRPP882"),
    "cm": ("Crédit Mutuel", "10278", "CMCIFR2A"),
    "lcl": ("LCL - Le Crédit Lyonnais", "30002", "CRLYFRPP"),
    "lbp": ("La Banque Postale", "20041", "PSSTFRPPPAR"),
    "cic": ("CIC", "30066", "CMCIFRPP"),
    "ce": ("Caisse d'Epargne Ile-de-France", "17515", "CEPAFRPP751"),
    "bourso": ("BoursoBank", "40618", "BOUSFRPPXXX"),
}


def make_fr_account(rng, bank_key: str):
    name, code, bic = BANKS[bank_key]
    branch = f"{rng.randint(10, 99999):05d}"
    acct = f"{rng.randint(0, 99999999999):011d}"
    if bank_key == "lbp":
        acct = f"{rng.randint(1000000, 9999999):07d}{rng.choice('ABCDEFGHJKLMNPRSTUVW')}0" + str(
            rng.randint(10, 99)
        )
    return {
        "bank_name": name,
        "bank": code,
        "branch": branch,
        "account": acct,
        "key": rib_key(code, branch, acct),
        "iban": fr_iban(code, branch, acct),
        "bic": bic,
    }


def make_neo_account(rng, kind: str):
    if kind == "n26":
        iban = iban_make("DE", "10011001" + f"{rng.randint(0, 9999999999):010d}")
        return {"bank_name": "N26", "iban": iban, "bic": "NTSBDEB1XXX"}
    if kind == "revolut":
        iban = iban_make("LT", "32500" + f"{rng.randint(0, 99999999999):011d}")
        return {"bank_name": "Revolut Bank UAB", "iban": iban, "bic": "REVOLT21"}
    acc = 9670000000 + rng.randint(0, 9999999)
    k = acc % 97 or 97
    iban = iban_make("BE", f"{acc:010d}{k:02d}")
    return {"bank_name": "Wise Europe SA", "iban": iban, "bic": "TRWIBEB1XXX"}


# ---------------------------------------------------------------- people
# (iso3, surname, given names, sex, birth place)
PEOPLE = [
    ("USA", "HALLORAN", "Megan Rose", "F", "Portland, Oregon"),
    ("UKR", "KOVALENKO", "Olena", "F", "Kharkiv"),
    ("BRA", "DOS SANTOS OLIVEIRA", "Ana Carolina", "F", "Belo Horizonte"),
    ("ITA", "DE LUCA", "Giulia Maria", "F", "Bari"),
    ("IND", "RAGHAVAN", "Priya Lakshmi", "F", "Chennai"),
    ("CHN", "ZHANG", "Weiqi", "M", "Chengdu"),
    ("MAR", "EL AMRANI", "Youssef", "M", "Fès"),
    ("COL", "GÓMEZ RESTREPO", "Juan Camilo", "M", "Medellín"),
    ("TUR", "YILDIZ", "Ayşe Nur", "F", "İzmir"),
    ("PHL", "DELA CRUZ", "Maria Cristina", "F", "Quezon City"),
    ("GBR", "FITZGERALD-HAYES", "Thomas James", "M", "Leeds"),
    ("TUN", "BEN SALAH", "Amira", "F", "Sfax"),
    ("MEX", "HERNÁNDEZ LÓPEZ", "José Luis", "M", "Guadalajara"),
    ("CHL", "MUÑOZ SEPÚLVEDA", "Catalina Andrea", "F", "Valparaíso"),
]
EXTRA = [
    ("DZA", "BOUZIDI", "Karim", "M", "Oran"),
    ("DZA", "HADJ-AHMED", "Nesrine", "F", "Tizi Ouzou"),
    ("SEN", "NDIAYE", "Aminata", "F", "Thiès"),
    ("CIV", "KOUASSI", "Yao Serge", "M", "Bouaké"),
    ("CMR", "MBARGA ESSOMBA", "Christelle", "F", "Yaoundé"),
    ("MLI", "TRAORÉ", "Moussa", "M", "Ségou"),
    ("COD", "MUKENDI", "Grâce", "F", "Kinshasa"),
    ("VNM", "NGUYEN", "Thi Thu Ha", "F", "Hà Nội"),
    ("HTI", "JEAN-BAPTISTE", "Wilner", "M", "Port-au-Prince"),
    ("MAR", "OUAZZANI", "Salma", "F", "Casablanca"),
    ("TUN", "TRABELSI", "Mehdi", "M", "Tunis"),
    ("BRA", "PEREIRA DA SILVA", "Lucas", "M", "Recife"),
    ("USA", "O'CONNOR", "Patrick Michael", "M", "Boston, Massachusetts"),
    ("GBR", "PATEL", "Anjali", "F", "Leicester"),
    ("UKR", "SHEVCHUK", "Andrii", "M", "Lviv"),
    ("IND", "SINGH", "Harpreet", "M", "Amritsar"),
    ("PHL", "SANTOS", "Jericho", "M", "Cebu City"),
    ("TUR", "ÖZTÜRK", "Mehmet Can", "M", "Ankara"),
    ("CHN", "LI", "Xiaomei", "F", "Wuhan"),
    ("COL", "RODRÍGUEZ", "Valentina", "F", "Bogotá"),
    ("MEX", "GARCÍA", "Ximena", "F", "Puebla"),
    ("ESP", "FERNÁNDEZ RUIZ", "Pablo", "M", "Sevilla"),
    ("DEU", "SCHÄFER", "Lena", "F", "Köln"),
    ("PRT", "CARVALHO", "Inês", "F", "Porto"),
    ("CAN", "TREMBLAY", "Émilie", "F", "Québec"),
    ("JPN", "TANAKA", "Haruto", "M", "Osaka"),
    ("LBN", "KHOURY", "Rami", "M", "Beyrouth"),
    ("ARG", "ÁLVAREZ", "Martina", "F", "Rosario"),
]
FRENCH = [
    ("LEFÈVRE", "Julien", "M"),
    ("DUPRÉ", "Marc-Antoine", "M"),
    ("MOREAU", "Camille", "F"),
    ("BERTRAND-DUVAL", "Hélène", "F"),
    ("N'GUESSAN", "Paul", "M"),
    ("ROUSSEL", "Nathalie", "F"),
    ("GARNIER", "Étienne", "M"),
    ("FAURE", "Céline", "F"),
]
COUNTRY_FR = {
    "USA": "États-Unis",
    "UKR": "Ukraine",
    "BRA": "Brésil",
    "ITA": "Italie",
    "IND": "Inde",
    "CHN": "Chine",
    "MAR": "Maroc",
    "COL": "Colombie",
    "TUR": "Turquie",
    "PHL": "Philippines",
    "GBR": "Royaume-Uni",
    "TUN": "Tunisie",
    "MEX": "Mexique",
    "CHL": "Chili",
    "DZA": "Algérie",
    "SEN": "Sénégal",
    "CIV": "Côte d'Ivoire",
    "CMR": "Cameroun",
    "MLI": "Mali",
    "COD": "RD Congo",
    "VNM": "Viêt Nam",
    "HTI": "Haïti",
    "ESP": "Espagne",
    "DEU": "Allemagne",
    "PRT": "Portugal",
    "CAN": "Canada",
    "JPN": "Japon",
    "LBN": "Liban",
    "ARG": "Argentine",
    "FRA": "France",
}
COUNTRY_EN = {
    "USA": "UNITED STATES OF AMERICA",
    "UKR": "UKRAINE",
    "BRA": "BRASIL",
    "ITA": "ITALIA",
    "IND": "REPUBLIC OF INDIA",
    "CHN": "PEOPLE'S REPUBLIC OF CHINA",
    "MAR": "ROYAUME DU MAROC",
    "COL": "REPÚBLICA DE COLOMBIA",
    "TUR": "TÜRKİYE CUMHURİYETİ",
    "PHL": "REPUBLIC OF THE PHILIPPINES",
    "GBR": "UNITED KINGDOM OF GREAT BRITAIN AND NORTHERN IRELAND",
    "TUN": "RÉPUBLIQUE TUNISIENNE",
    "MEX": "ESTADOS UNIDOS MEXICANOS",
    "CHL": "REPÚBLICA DE CHILE",
    "DZA": "RÉPUBLIQUE ALGÉRIENNE DÉMOCRATIQUE ET POPULAIRE",
    "SEN": "RÉPUBLIQUE DU SÉNÉGAL",
    "CIV": "RÉPUBLIQUE DE CÔTE D'IVOIRE",
    "CMR": "REPUBLIC OF CAMEROON",
    "MLI": "RÉPUBLIQUE DU MALI",
    "COD": "RÉPUBLIQUE DÉMOCRATIQUE DU CONGO",
    "VNM": "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
    "HTI": "RÉPUBLIQUE D'HAÏTI",
    "ESP": "ESPAÑA",
    "DEU": "BUNDESREPUBLIK DEUTSCHLAND",
    "PRT": "PORTUGAL",
    "CAN": "CANADA",
    "JPN": "JAPAN",
    "LBN": "RÉPUBLIQUE LIBANAISE",
    "ARG": "REPÚBLICA ARGENTINA",
    "FRA": "RÉPUBLIQUE FRANÇAISE",
}
EU = {"ITA", "ESP", "DEU", "PRT", "FRA"}


def passport_number(rng, iso3: str) -> str:
    L = "ABCDEFGHJKLMNPRSTUVWXYZ"
    n = rng.randint
    fmt = {
        "USA": lambda: f"{n(5, 6)}{n(10000000, 99999999)}",
        "GBR": lambda: f"{n(100000000, 999999999)}",
        "UKR": lambda: f"F{rng.choice(L)}{n(100000, 999999)}",
        "BRA": lambda: f"F{rng.choice(L)}{n(100000, 999999)}",
        "IND": lambda: f"{rng.choice(L)}{n(1000000, 9999999)}",
        "CHN": lambda: f"E{n(10000000, 99999999)}",
        "PHL": lambda: f"P{n(1000000, 9999999)}{rng.choice('ABC')}",
        "TUR": lambda: f"U{n(10000000, 99999999)}",
    }.get(iso3, lambda: f"{rng.choice(L)}{rng.choice(L)}{n(1000000, 9999999)}")
    return fmt()


ADDRESSES = [
    ("14 rue des Vinaigriers", "75010", "Paris"),
    ("3 allée des Tilleuls, Bât. B", "93100", "Montreuil"),
    ("27 avenue Jean Jaurès, Apt 42", "69007", "Lyon"),
    ("8 bis rue Sainte-Catherine", "33000", "Bordeaux"),
    ("112 boulevard de la Libération", "13004", "Marseille"),
    ("5 impasse du Moulin", "31200", "Toulouse"),
    ("46 rue Nationale", "59800", "Lille"),
    ("2 place du Général de Gaulle", "67000", "Strasbourg"),
    ("19 chemin des Vignes", "44300", "Nantes"),
    ("71 rue de la République", "34000", "Montpellier"),
    ("9 rue Lamartine, Résidence Les Pins", "06000", "Nice"),
    ("33 quai de la Fosse", "44000", "Nantes"),
    ("150 rue de Charenton", "75012", "Paris"),
    ("6 rue du Docteur Roux", "38000", "Grenoble"),
    ("21 avenue de Stalingrad", "94800", "Villejuif"),
    ("88 rue d'Alésia", "75014", "Paris"),
]


def addr_lines(a) -> list[str]:
    return [a[0], f"{a[1]} {a[2].upper()}"]


def addr_str(a) -> str:
    return f"{a[0]}, {a[1]} {a[2]}"
