"""The sixteen applicants and how each form was filled, sent and audited."""

from __future__ import annotations

import datetime as dt
import unicodedata
from dataclasses import dataclass


def nir_number(sex: str, dob: str, country_code: str, order: int) -> str:
    """13-digit NIR of a person born abroad (department 99 + INSEE country code) + key."""
    y, m = dob[2:4], dob[5:7]
    body = f"{1 if sex == 'M' else 2}{y}{m}99{country_code}{order:03d}"
    key = 97 - int(body) % 97
    return body + f"{key:02d}"


def strip_accents(s: str) -> str:
    return "".join(ch for ch in unicodedata.normalize("NFD", s) if not unicodedata.combining(ch))


@dataclass
class Person:
    doc: str
    fill: str  # hand | typed_print | acroform | acroform_printed
    arrangement: str
    case: str
    run: str
    surname: str
    usage: str | None
    given: str
    sex: str
    dob: str
    birth_city: str
    birth_country: str
    nationality: str
    address: str
    cp: str
    commune: str
    tel: str
    email: str
    situation: tuple
    contract: str | None
    job: str
    autre: str
    as_of: str
    signed_on: str | None
    nir: str | None = None
    keep_accents: bool = True
    hand_font: str = "dkg"
    ink: str = "blue"
    address2: str = ""


P = Person
# fmt: off
PEOPLE = [
    P("d001", "hand", "single_pdf", "ok", "A", "DIALLO", None, "Aminata", "F", "1991-03-12",
      "Dakar", "Sénégal", "sénégalaise", "14 rue Myrha", "75018", "Paris", "06 51 24 88 03",
      "aminata.diallo91@gmail.com", ("salarie",), "CDI", "Aide-soignante", "", "2026-11-20",
      "2026-11-09", hand_font="dkg", ink="blue"),
    P("d002", "hand", "phone_photos", "us_date", "B", "Dela Cruz", "Fontaine",
      "Maria Cristina", "F", "1986-05-29", "Quezon City", "Philippines", "philippine",
      "7 cours Gambetta", "69007", "Lyon", "07 68 40 12 95", "mcdelacruz.fontaine@yahoo.com",
      ("salarie",), "CDI", "Auxiliaire de vie", "", "2026-11-24", "2026-11-17",
      hand_font="breip", ink="black"),
    P("d003", "hand", "two_images", "stray_mark", "C", "El Amrani", None, "Yassine", "M",
      "2001-06-04", "Casablanca", "Maroc", "marocaine", "18 allée des Demoiselles", "31400",
      "Toulouse", "06 12 70 33 48", "yassine.elamrani01@outlook.fr", ("etudiant",), None, "",
      "", "2026-11-19", "2026-11-12", keep_accents=False, hand_font="humor", ink="blue_gel"),
    P("d004", "hand", "two_images_p2_first", "date_words", "A", "Kovalenko", None,
      "Oleksandr", "M", "1979-02-15", "Kharkiv", "Ukraine", "ukrainienne",
      "5 rue des Tanneurs", "67000", "Strasbourg", "07 45 91 20 16", "o.kovalenko79@ukr.net",
      ("sans_activite",), None, "", "", "2026-11-27", "2026-11-03",
      nir=nir_number("M", "1979-02-15", "155", 214), hand_font="dkg_it", ink="black"),
    P("d005", "hand", "single_pdf_reversed", "no_date", "B", "Ngo Biyong", None,
      "Marie-Claire", "F", "1985-09-30", "Douala", "Cameroun", "camerounaise",
      "27 boulevard de la Liberté", "59000", "Lille", "06 98 02 57 31",
      "mc.ngobiyong@gmail.com", ("salarie",), "CDD", "Agent de service", "", "2026-11-23",
      None, hand_font="ecolier", ink="blue"),
    P("d006", "typed_print", "single_pdf", "ok", "C", "ZHANG", None, "Wei", "M", "1996-01-22",
      "Chengdu", "Chine", "chinoise", "3 rue Jean Jaurès", "92100", "Boulogne-Billancourt",
      "07 81 55 60 27", "zhang.wei.paris@gmail.com", ("salarie",), "CDI",
      "Ingénieur logiciel", "", "2026-11-30", "2026-11-16", hand_font="breip", ink="black"),
    P("d007", "typed_print", "phone_photos", "ok", "A", "Nguyen", "Moreau", "Thi Thu Ha", "F",
      "1990-07-08", "Hô Chi Minh-Ville", "Viêt Nam", "vietnamienne",
      "41 rue de la République", "13002", "Marseille", "06 33 18 74 62",
      "thuha.moreau@free.fr", ("sans_activite",), None, "", "", "2026-11-17", "2026-11-05",
      keep_accents=False, hand_font="dkg", ink="blue"),
    P("d008", "typed_print", "two_pdfs", "unsigned", "A", "Yıldız", None, "Mehmet Ali", "M",
      "1983-12-03", "Gaziantep", "Turquie", "turque", "9 rue Paul Bert", "94000", "Créteil",
      "07 52 64 19 80", "mehmetali.yildiz@hotmail.com", ("salarie",), "interim",
      "Préparateur de commandes", "", "2026-11-21", "2026-11-18",
      nir=nir_number("M", "1983-12-03", "208", 57), keep_accents=False),
    P("d009", "typed_print", "two_images", "two_ticked", "B", "HADDAD", None, "Georges Elie",
      "M", "1987-05-19", "Beyrouth", "Liban", "libanaise", "62 rue Sainte-Catherine", "33000",
      "Bordeaux", "06 27 93 41 05", "georges.haddad@protonmail.com",
      ("salarie", "independant"), "CDI", "Architecte", "", "2026-11-26", "2026-11-14",
      hand_font="dkg_it", ink="blue"),
    P("d010", "acroform", "single_pdf", "ok", "B", "RAMASWAMY", None, "Priya", "F",
      "1994-11-02", "Chennai", "Inde", "indienne", "15 quai de Versailles", "44000", "Nantes",
      "07 66 21 08 94", "priya.ramaswamy@gmail.com", ("salarie",), "CDI", "Data scientist",
      "", "2026-11-16", "2026-11-10"),
    P("d011", "acroform", "single_pdf", "future_date", "A", "HOSSEINI", None, "Maryam", "F",
      "1992-04-25", "Téhéran", "Iran", "iranienne", "8 place Grenette", "38000", "Grenoble",
      "06 40 87 25 13", "maryam.hosseini92@gmail.com", ("autre",), None, "",
      "Conjointe de chercheur, en attente d'autorisation de travail", "2026-11-18",
      "2026-12-04"),
    P("d012", "acroform", "single_pdf", "label_only", "C", "POPESCU", None, "Ioana-Maria", "F",
      "1998-08-14", "Cluj-Napoca", "Roumanie", "roumaine", "23 rue de Paris", "35000", "Rennes",
      "07 58 30 46 71", "ioana.popescu98@yahoo.ro", ("demandeur_emploi",), None, "", "",
      "2026-11-25", "2026-11-23"),
    P("d013", "acroform_printed", "single_pdf_reversed", "ok", "C", "N'GUESSAN", None,
      "Wilfried Koffi", "M", "1989-02-28", "Bouaké", "Côte d'Ivoire", "ivoirienne",
      "4 rue Danton", "93200", "Saint-Denis", "07 44 12 86 39", "wilfried.nguessan@gmail.com",
      ("salarie",), "CDD", "Cariste", "", "2026-12-01", "2026-11-20",
      nir=nir_number("M", "1989-02-28", "326", 402), hand_font="breip", ink="blue"),
    P("d014", "acroform_printed", "two_images_p2_first", "none_ticked", "B", "BEN SALAH", None,
      "Mohamed Amine", "M", "1997-10-09", "Sfax", "Tunisie", "tunisienne",
      "12 rue de la Loge", "34000", "Montpellier", "06 71 39 54 20",
      "mohamedamine.bensalah@gmail.com", (), None, "", "", "2026-11-22", "2026-11-13",
      hand_font="dkg", ink="black"),
    P("d015", "acroform_printed", "phone_photos", "ok", "B", "DOS SANTOS OLIVEIRA", None,
      "João Pedro", "M", "1993-03-17", "São Paulo", "Brésil", "brésilienne",
      "30 rue Oberkampf", "75011", "Paris", "07 69 05 72 18", "jpedro.oliveira@gmail.com",
      ("salarie",), "CDD", "Cuisinier", "", "2026-11-28", "2026-11-19",
      hand_font="dkg_it", ink="blue_gel", address2="Bât. B, 3e étage"),
    P("d016", "acroform_printed", "two_pdfs", "ok", "A", "BOUZID", None, "Nour El Houda", "F",
      "1999-12-21", "Oran", "Algérie", "algérienne", "11 avenue Roger Salengro", "69100",
      "Villeurbanne", "06 85 47 20 63", "nourelhouda.bouzid@gmail.com", ("etudiant",), None, "",
      "", "2026-11-19", "2026-11-04", hand_font="breip", ink="blue"),
]

MONTHS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
          "octobre", "novembre", "décembre"]
# fmt: on


def date_text(p: Person) -> str | None:
    """The date as the applicant wrote it after 'le'."""
    if p.case == "no_date" or p.signed_on is None:
        return None
    d = dt.date.fromisoformat(p.signed_on)
    if p.case == "us_date":
        return f"{d.month:02d}/{d.day:02d}/{d.year}"
    if p.case == "date_words":
        return f"{d.day} {MONTHS[d.month - 1]} {d.year}"
    return f"{d.day:02d}/{d.month:02d}/{d.year}"


def written(p: Person, upper_names: bool) -> dict:
    """The values as written on the form (case and accents as the applicant wrote them)."""

    def acc(s: str) -> str:
        return s if p.keep_accents else strip_accents(s)

    sur = acc(p.surname).upper()
    usage = acc(p.usage).upper() if p.usage else None
    given = acc(p.given)
    if upper_names:
        given = given.upper()
    d = dt.date.fromisoformat(p.dob)
    vals = {
        "nom": sur,
        "nom_usage": usage,
        "prenoms": given,
        "dob": f"{d.day:02d}{d.month:02d}{d.year}",
        "lieu_commune": acc(p.birth_city),
        "lieu_pays": acc(p.birth_country),
        "nationalite": acc(p.nationality),
        "nir": p.nir[:13] if p.nir else None,
        "nir_cle": p.nir[13:] if p.nir else None,
        "adresse": acc(p.address),
        "adresse2": acc(p.address2),
        "cp": p.cp,
        "commune": acc(p.commune),
        "tel": p.tel,
        "email": p.email,
        "emploi": acc(p.job),
        "autre_precision": acc(p.autre),
        "fait_a": acc(p.commune),
        "le": date_text(p),
    }
    if p.fill == "hand" and p.hand_font == "humor":  # a font with capitals only
        vals = {k: v.upper() if isinstance(v, str) else v for k, v in vals.items()}
    return vals
