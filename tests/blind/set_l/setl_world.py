"""Fictional people, places and organisations used by the set."""

from __future__ import annotations

import datetime as dt
import random

import setl_core as K
from setl_model import Person

D = dt.date

CTRY = {
    "USA": ("États-Unis", "Américaine"),
    "BRA": ("Brésil", "Brésilienne"),
    "IND": ("Inde", "Indienne"),
    "CHN": ("Chine", "Chinoise"),
    "ITA": ("Italie", "Italienne"),
    "MAR": ("Maroc", "Marocaine"),
    "COL": ("Colombie", "Colombienne"),
    "UKR": ("Ukraine", "Ukrainienne"),
    "PHL": ("Philippines", "Philippine"),
    "GBR": ("Royaume-Uni", "Britannique"),
    "MEX": ("Mexique", "Mexicaine"),
    "TUR": ("Turquie", "Turque"),
    "PER": ("Pérou", "Péruvienne"),
    "CAN": ("Canada", "Canadienne"),
    "TUN": ("Tunisie", "Tunisienne"),
    "PAK": ("Pakistan", "Pakistanaise"),
    "RUS": ("Russie", "Russe"),
    "VEN": ("Venezuela", "Vénézuélienne"),
    "PRT": ("Portugal", "Portugaise"),
    "ESP": ("Espagne", "Espagnole"),
    "DZA": ("Algérie", "Algérienne"),
    "SEN": ("Sénégal", "Sénégalaise"),
    "CIV": ("Côte d'Ivoire", "Ivoirienne"),
    "CMR": ("Cameroun", "Camerounaise"),
    "NGA": ("Nigeria", "Nigériane"),
    "HTI": ("Haïti", "Haïtienne"),
    "VNM": ("Viêt Nam", "Vietnamienne"),
    "LBN": ("Liban", "Libanaise"),
    "EGY": ("Égypte", "Égyptienne"),
    "IRN": ("Iran", "Iranienne"),
    "FRA": ("France", "Française"),
    "ROU": ("Roumanie", "Roumaine"),
    "DEU": ("Allemagne", "Allemande"),
    "BEL": ("Belgique", "Belge"),
    "GIN": ("Guinée", "Guinéenne"),
    "GHA": ("Ghana", "Ghanéenne"),
    "ARG": ("Argentine", "Argentine"),
    "POL": ("Pologne", "Polonaise"),
    "SYR": ("Syrie", "Syrienne"),
    "JPN": ("Japon", "Japonaise"),
    "BGD": ("Bangladesh", "Bangladaise"),
    "AFG": ("Afghanistan", "Afghane"),
    "URY": ("Uruguay", "Uruguayenne"),
    "KOR": ("Corée du Sud", "Sud-coréenne"),
    "BLR": ("Biélorussie", "Biélorusse"),
    "ECU": ("Équateur", "Équatorienne"),
}


def person(
    key,
    surname,
    given,
    sex,
    dob,
    city,
    nat,
    *,
    bc=None,
    usage="",
    middle="",
    native=None,
    address=None,
    phone="",
    email="",
) -> Person:
    native = dict(native or {})
    cfr, nfr = CTRY.get(nat, ("", ""))
    native.setdefault("country_fr", CTRY.get(bc or nat, (cfr, nfr))[0])
    native.setdefault("nat_fr", nfr if nat != "USA" else "Américaine")
    r = random.Random(key + "ph")
    phone = (
        phone
        or f"0{r.choice([6, 7])} {r.randint(10, 99)} {r.randint(10, 99)} {r.randint(10, 99)} {r.randint(10, 99)}"
    )
    if not email:
        em = K.deaccent(f"{given.split()[0]}.{surname}").lower().replace(" ", "").replace("'", "")
        email = f"{em}@{r.choice(['mail.example', 'example.com', 'courriel.example'])}"
    return Person(
        key,
        surname,
        given,
        sex,
        dob,
        city,
        bc or nat,
        nat,
        usage=usage,
        middle=middle,
        native=native,
        address=list(address or []),
        phone=phone,
        email=email,
    )


def bc_info(p: Person, rng: random.Random, **over) -> dict:
    dob = p.dob
    reg_date = dob + dt.timedelta(days=rng.randint(2, 20))
    info = {
        "father": "Father Name",
        "mother": "Mother Name",
        "reg_no": str(rng.randint(100, 99999)),
        "reg_date": reg_date,
        "issue": D(2026, rng.randint(1, 9), rng.randint(1, 28)),
        "office": "Civil Registry",
        "officer": "A. Registrar",
        "province": "",
        "hour": f"{rng.randint(0, 23):02d}",
        "minute": f"{rng.randint(0, 59):02d}",
        "hospital": "General Hospital",
        "county": "",
        "fstate": "",
        "mstate": "",
        "registrar": "",
        "book": str(rng.randint(1, 40)),
        "folio": str(rng.randint(1, 300)),
        "nuip": str(rng.randint(10**9, 10**10 - 1)),
        "series": f"{rng.randint(100000, 999999)}",
        "hijri": str(dob.year - 579),
        "province_ar": "",
        "addr": "",
        "fplace": "",
        "focc": "",
        "mplace": "",
        "mmaiden": "",
        "dob_words_vi": "",
        "curp": "",
        "matricula": "",
        "grandparents": "",
        "dnv": "",
        "marriage": "",
    }
    info.update(over)
    return info


# (printed country, authority that bears the seal, place, apostille signer, language, style)
APO = {
    "USA-MA": (
        "United States of America",
        "The Commonwealth of Massachusetts",
        "Boston",
        "Secretary of the Commonwealth - Deputy",
        "en",
        2,
    ),
    "BRA": (
        "República Federativa do Brasil",
        "Conselho Nacional de Justiça - Cartório",
        "São Paulo",
        "Tabelião substituto",
        "pt",
        1,
    ),
    "IND": (
        "India",
        "Ministry of External Affairs, Government of India",
        "New Delhi",
        "Assistant Section Officer",
        "en",
        0,
    ),
    "CHN": (
        "People's Republic of China",
        "Ministry of Foreign Affairs of the PRC",
        "Beijing",
        "Consular officer",
        "en",
        1,
    ),
    "MAR": (
        "Royaume du Maroc",
        "Tribunal de première instance",
        "Fès",
        "Le Procureur du Roi",
        "fr",
        0,
    ),
    "COL": (
        "República de Colombia",
        "Ministerio de Relaciones Exteriores",
        "Bogotá",
        "Coordinador de Apostilla",
        "es",
        1,
    ),
    "UKR": ("Україна", "Міністерство юстиції України", "Київ", "головний спеціаліст", "uk", 0),
    "PHL": (
        "Republic of the Philippines",
        "Department of Foreign Affairs",
        "Manila",
        "Authentication Officer",
        "en",
        2,
    ),
    "GBR": (
        "United Kingdom of Great Britain and Northern Ireland",
        "Foreign, Commonwealth and Development Office",
        "Milton Keynes",
        "FCDO Legalisation Office",
        "en",
        2,
    ),
    "MEX": (
        "Estados Unidos Mexicanos",
        "Secretaría General de Gobierno de Jalisco",
        "Guadalajara",
        "Director de Certificaciones",
        "es",
        0,
    ),
    "TUR": ("Türkiye", "Konak Kaymakamlığı", "İzmir", "Yazı İşleri Müdürü", "tr", 0),
    "PER": (
        "República del Perú",
        "Ministerio de Relaciones Exteriores",
        "Lima",
        "Funcionario de Legalizaciones",
        "es",
        0,
    ),
    "CAN": (
        "Canada",
        "Ministère de la Justice du Québec",
        "Québec",
        "Officier de l'apostille",
        "fr",
        2,
    ),
    "TUN": (
        "République tunisienne",
        "Ministère de la Justice",
        "Tunis",
        "Le chef de service",
        "fr",
        0,
    ),
    "PAK": (
        "Islamic Republic of Pakistan",
        "Ministry of Foreign Affairs",
        "Islamabad",
        "Section Officer (Attestation)",
        "en",
        1,
    ),
    "RUS": (
        "Российская Федерация",
        "Управление ЗАГС Новосибирской области",
        "Новосибирск",
        "начальник отдела",
        "ru",
        0,
    ),
    "VEN": (
        "República Bolivariana de Venezuela",
        "Ministerio del Poder Popular para Relaciones Exteriores",
        "Caracas",
        "Director de Relaciones Consulares",
        "es",
        1,
    ),
    "USA-NY": (
        "United States of America",
        "State of New York - Department of State",
        "Albany",
        "Special Deputy Secretary of State",
        "en",
        1,
    ),
}

SIGNERS = [
    "Catherine W. Doyle",
    "Renato Albuquerque Lima",
    "Suresh K. Menon",
    "Wang Lei",
    "Hassan Bennis",
    "Laura Patricia Ríos",
    "Ірина Шевчук",
    "Rowena D. Aquino",
    "J. Whitfield",
    "Arturo Méndez Solís",
    "Ayşe Demir",
    "Carlos Huamán Torres",
    "Geneviève Roy",
    "Mounir Jaziri",
    "Imran Siddiqui",
    "Ольга Морозова",
    "Andreína Salazar",
    "Michael P. Brennan",
]


def apo_number(country: str, rng) -> str:
    fmt = {
        "USA-MA": "MA-{y}-{n6}",
        "BRA": "{a2}{n4}.{n4}.{n4}",
        "IND": "IN-AP-{n8}",
        "CHN": "{y}-{n6}",
        "MAR": "{n5}/{y}",
        "COL": "A{n9}",
        "UKR": "{n6}",
        "PHL": "AP-{n7}",
        "GBR": "APO-{a1}{n6}",
        "MEX": "{n6}/{y}",
        "TUR": "{n5}",
        "PER": "{n7}",
        "CAN": "QC-{n7}",
        "TUN": "{n4}/{y}",
        "PAK": "MOFA/{n6}",
        "RUS": "54/{n5}",
        "VEN": "{n10}",
        "USA-NY": "NY-{n8}",
    }[country]
    out = fmt
    out = out.replace("{y}", "2026")
    for k in range(10, 0, -1):
        while "{n%d}" % k in out:
            out = out.replace("{n%d}" % k, "".join(str(rng.randint(0, 9)) for _ in range(k)), 1)
    for k in (2, 1):
        while "{a%d}" % k in out:
            out = out.replace(
                "{a%d}" % k, "".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ") for _ in range(k)), 1
            )
    return out


EMPLOYERS = {}


def employer(
    name: str,
    form: str,
    addr: list[str],
    naf: str,
    ccn: str,
    boss: str,
    role: str,
    capital: str = "10 000",
) -> dict:
    r = random.Random(name)
    e = {
        "name": name,
        "form": form,
        "addr": addr,
        "naf": naf,
        "ccn": ccn,
        "boss": boss,
        "boss_role": role,
        "capital": capital,
        "siret": K.make_siret(r),
        "urssaf": addr[1].split(" ", 1)[1],
    }
    EMPLOYERS[name] = e
    return e
