"""Builders of civil-status papers: birth certificates, apostilles and sworn translations."""

import datetime as dt

import certs
import civil
from people import TRANSLATORS

D = dt.date


def b_birth(P, rng, issued, reg=None, has_apostille=False):
    given = P["given"]
    b = dict(
        country=P["country"],
        surname=P["surname"],
        given=given,
        sex=P["sex"],
        dob=P["dob"],
        place=P["pob"],
        reg=reg or str(rng.randint(1000, 99999)),
        reg_date=P["dob"] + dt.timedelta(days=rng.randint(2, 20)),
        issued=issued,
        father=P.get("father", "Ahmed " + P["surname"].title()),
        mother=P.get("mother", "Samira Haddad"),
        hour=rng.randint(1, 23),
        country_fr=P["country_fr"],
        state=P.get("state", "California"),
        district=P["pob"],
        hospital=P.get("hospital", "General Hospital"),
        county=P.get("county", ""),
        region=P.get("region", ""),
        surname_native=P.get("surname_native", ""),
        given_native=P.get("given_native", ""),
        place_native=P.get("place_native", P["pob"]),
        middle=P.get("middle", ""),
        curp=P.get("curp", ""),
        patronymic=P.get("patronymic", ""),
    )
    pages, lang = certs.birth_certificate(b, rng)
    place = P["pob"]
    fields = dict(
        surname=P["surname"].upper() if P["country"] != "UKR" else P["surname_native"],
        given_names=given if P["country"] != "UKR" else P["given_native"],
        date_of_birth=P["dob"].isoformat(),
        place_of_birth=place
        if P["country"] not in ("UKR", "CHN")
        else P["place_native"] + (" " + place if P["country"] == "CHN" else ""),
        issuing_country=P["country"],
        language=lang,
        has_apostille=has_apostille,
    )
    return pages, fields, "a4"


APOSTILLE_AUTH = {
    "USA": (
        "en",
        "United States of America",
        "Secretary of State of California",
        "Sacramento",
        "Deputy Secretary of State",
    ),
    "MAR": (
        "fr",
        "Royaume du Maroc",
        "Procureur du Roi près le Tribunal de première instance",
        "Casablanca",
        "Procureur du Roi",
    ),
    "IND": (
        "en",
        "India",
        "Ministry of External Affairs",
        "New Delhi",
        "Assistant Section Officer",
    ),
    "BRA": (
        "pt",
        "República Federativa do Brasil",
        "Cartório de Registro Civil",
        "Belo Horizonte",
        "Tabelião substituto",
    ),
    "UKR": ("en", "Ukraine", "Ministry of Justice of Ukraine", "Kyiv", "Chief specialist"),
    "PHL": (
        "en",
        "Republic of the Philippines",
        "Department of Foreign Affairs",
        "Pasay City",
        "Authentication Officer",
    ),
    "TUR": ("en", "Republic of Türkiye", "Kaymakamlık", "İzmir", "District Governor"),
    "COL": (
        "es",
        "República de Colombia",
        "Ministerio de Relaciones Exteriores",
        "Bogotá D.C.",
        "Coordinador de Apostilla",
    ),
    "CHN": (
        "en",
        "People's Republic of China",
        "Ministry of Foreign Affairs",
        "Beijing",
        "Department of Consular Affairs",
    ),
    "MEX": (
        "es",
        "Estados Unidos Mexicanos",
        "Secretaría General de Gobierno de Jalisco",
        "Guadalajara",
        "Director de Certificaciones",
    ),
    "PER": (
        "es",
        "República del Perú",
        "Ministerio de Relaciones Exteriores",
        "Lima",
        "Funcionario de Legalizaciones",
    ),
    "TUN": (
        "fr",
        "République tunisienne",
        "Ministère des Affaires étrangères",
        "Tunis",
        "Chef de service",
    ),
    "GBR": (
        "en",
        "United Kingdom of Great Britain and Northern Ireland",
        "Foreign, Commonwealth and Development Office",
        "Milton Keynes",
        "Legalisation Officer",
    ),
}
OFFICIALS = [
    "A. Delgado",
    "R. Okafor",
    "M. Haddouchi",
    "S. Kowalczyk",
    "L. Ferreira",
    "J. Whitmore",
    "K. Nakamura",
    "T. Benali",
    "P. Quintero",
    "O. Melnyk",
]


def b_apostille(P, rng, issued):
    lang, cname, auth, place, cap = APOSTILLE_AUTH[P["country"]]
    num = rng.choice(["", "AP-", "N° "]) + f"{issued.year}-{rng.randint(10000, 999999)}"
    num = num.replace("N° ", "")
    signer = OFFICIALS[rng.randrange(len(OFFICIALS))]
    a = dict(
        lang=lang,
        country_print=cname,
        signer="Officier de l'état civil"
        if lang == "fr"
        else "Registrar of Vital Records"
        if lang == "en"
        else "Registrador civil",
        capacity="Officier d'état civil" if lang == "fr" else "Registrar",
        seal_of="Bureau de l'état civil" if lang == "fr" else "Civil Registry",
        place=place,
        date_print=issued.strftime("%d/%m/%Y") if lang != "en" else issued.strftime("%d %B %Y"),
        signed_by=f"{signer}, {cap}",
        number=num,
    )
    fields = dict(
        country=cname, issued_on=issued.isoformat(), number=num, signed_by=f"{signer}, {cap}"
    )
    return [certs.apostille_page(a, rng)], fields, "a4"


LANG_FR = {
    "ar": "arabe",
    "en": "anglais",
    "es": "espagnol",
    "pt": "portugais",
    "uk": "ukrainien",
    "tr": "turc",
    "zh": "chinois",
    "vi": "vietnamien",
}


def b_translation(P, rng, issued, lang, number):
    tr, court, addr = TRANSLATORS[rng.randrange(len(TRANSLATORS))]
    t = dict(
        translator=tr,
        court=court,
        address=addr,
        number=number,
        from_lang=LANG_FR.get(lang, "anglais"),
        doc_title="ACTE DE NAISSANCE",
        rows=[
            ("Nom :", P["surname"].upper()),
            ("Prénom(s) :", P["given"]),
            ("Sexe :", "féminin" if P["sex"] == "F" else "masculin"),
            ("Date de naissance :", civil.fr_date(P["dob"])),
            ("Lieu de naissance :", f"{P['pob']} ({P['country_fr']})"),
            ("Père :", P.get("father", "")),
            ("Mère :", P.get("mother", "")),
        ],
        date=issued,
    )
    fields = dict(
        source_language=lang,
        target_language="fr",
        translator=tr,
        surname=P["surname"].upper(),
        given_names=P["given"],
        date_of_birth=P["dob"].isoformat(),
    )
    return certs.translation_pages(t, rng), fields, "a4"
