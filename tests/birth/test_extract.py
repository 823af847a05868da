"""Birth certificates, apostilles and translations read from words laid out as the
documents of the countries newcomers come from print them (no OCR): the child's names
and date by labels, tables and the act's sentence, never a parent's nor a label; the
issuing country from what the document says of its issuer, never from its language."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Sequence

import numpy as np
import pytest

from docverify import countries
from docverify.classify import classify_page
from docverify.doctypes import apostille, birth_certificate, translation
from docverify.doctypes.apostille import ApostilleFields
from docverify.doctypes.civil_name_split import split_full
from docverify.doctypes.number_words import words_to_number
from docverify.doctypes.word_dates import find_word_dates
from docverify.model import DocType, Document, PageRef, PageText, Word
from tests.bank.pages import document, extracted
from tests.bank.pages import page as _page

L, R = 100, 700  # a label column and a value column


def page(rows: Sequence[str | Sequence[tuple[int, str]]], name: str = "acte.pdf", n: int = 1
         ) -> PageText:  # fmt: skip
    """A page of words laid out in rows (``tests.bank.pages``), as page ``n`` of ``name``."""
    return dataclasses.replace(_page(rows, name), ref=PageRef(name, n))


SENEGAL = [
    [(L, "REPUBLIQUE DU SENEGAL"), (1200, "EXTRAIT DU REGISTRE")],
    [(L, "Un Peuple - Un But - Une Foi"), (1200, "DES ACTES DE NAISSANCE")],
    [(L, "Commune de Saint-Louis"), (1200, "N° dans le registre : 2216")],
    "CENTRE D'ETAT CIVIL PRINCIPAL",
    [(L, "Le : 19/08/1994"), (R, "(dix-neuf août mil neuf cent quatre-vingt-quatorze)")],
    "à : 19 h 20 mn",
    "est né(e) à : Saint-Louis (Hôpital régional)",
    "un enfant de sexe : Féminin",
    "Prénom(s) : Aminata",
    "Nom : DIALLO",
    "De : Mamadou DIALLO",
    "Et de : Khady BA",
    "Délivré par Nous, Aïssatou DIOUF, Officier de l'Etat civil, pour extrait certifié conforme",
    "Saint-Louis, le 30/03/2026",
]

IVORY_COAST = [
    [(L, "REPUBLIQUE DE COTE D'IVOIRE"), (1200, "EXTRAIT")],
    "du registre des actes de l'état civil",
    "CENTRE D'ETAT CIVIL PRINCIPAL",
    "N° 0391 DU 22/01/1999 DE NAISSANCE DE",
    "TOURÉ Aïcha Mariam",
    "Le dix-sept janvier mil neuf cent quatre-vingt-dix-neuf à 21 heures 15",
    "minutes est né(e) TOURÉ Aïcha Mariam à Yamoussoukro, fille de TOURE Lassina,",
    "commerçant, et de KONÉ Fatoumata, couturière.",
    "Délivré à Yamoussoukro, le 02/07/2026",
    "L'Officier de l'Etat Civil",
]

ALGERIA = [
    "REPUBLIQUE ALGERIENNE DEMOCRATIQUE ET POPULAIRE",
    [(L, "Wilaya de Tizi Ouzou"), (1300, "ولاية تيزي وزو")],
    [(L, "Daira de Tizi Ouzou"), (1300, "33 G8 Bylo")],
    "EXTRAIT D'ACTE DE NAISSANCE",
    [(L, "Le :"), (400, "trois juillet mil neuf"), (1300, "calles Aly Wlendy")],
    [(400, "cent quatre-vingt-huit")],
    [(L, "a :"), (400, "07 heure(s) 45 minute(s)")],
    [(L, "est né(e) a :"), (400, "Tizi Ouzou"), (1300, "2 ES © (S)ay:")],
    [(L, "Nom"), (400, "HAMDI"), (1300, "oie All .")],
    [(L, "Prénom(s) :"), (400, "Sofiane")],
    [(L, "Sexe :"), (400, "Masculin")],
    [(L, "Fils/Fille de :"), (400, "Mouloud HAMDI")],
    [(L, "et de :"), (400, "Ouardia AIT AHMED")],
    "Extrait conforme aux indications portées sur le registre de l'état civil.",
    "Délivré à Tizi Ouzou, le 18/05/2026",
]

MOROCCO = [
    [(L, "ROYAUME DU MAROC"), (1300, "Qe lal 5,159")],
    "Ministère de l'Intérieur",
    "Bureau de l'état civil",
    "EXTRAIT D'ACTE DE NAISSANCE",
    [(L, "Acte n° 1457 Année 1991")],
    [(L, "Nom"), (R, "IDRISSI"), (1400, "eveyl pul ey")],
    [(L, "Prénom"), (R, "Salma")],
    [(L, "Date de naissance"), (R, "10/09/1991 (dix septembre mil neuf cent")],
    [(R, "quatre-vingt-onze)")],
    [(L, "Lieu de naissance"), (R, "Fès")],
    [(L, "Père"), (R, "Mohammed IDRISSI")],
    [(L, "Mère"), (R, "Khadija BENNANI")],
    "Certifié conforme aux indications portées sur le registre de l'état civil.",
    "Fait à Fès, le 03/02/2026",
]

COLOMBIA = [
    "REPÚBLICA DE COLOMBIA",
    "REGISTRADURÍA NACIONAL DEL ESTADO CIVIL",
    "REGISTRO CIVIL DE NACIMIENTO",
    "Datos del inscrito",
    [(L, "Primer Apellido"), (900, "Segundo Apellido"), (1700, "Nombre(s)")],
    [(L, "OSORIO"), (900, "MEJIA"), (1700, "VALENTINA")],
    [(L, "Año"), (400, "Mes"), (600, "Día"), (800, "Sexo (en letras)")],
    [(L, "1993"), (400, "FEB"), (600, "14"), (800, "FEMENINO")],
    "Lugar de nacimiento (País - Departamento - Municipio)",
    "COLOMBIA - CUNDINAMARCA - BOGOTÁ D.C.",
    "Datos de la madre",
    [(L, "Apellidos y nombres completos"), (1500, "Documento de identificación")],
    [(L, "MEJÍA LONDOÑO ADRIANA"), (1500, "C.C. 52.113.480")],
    "Datos del padre",
    [(L, "Apellidos y nombres completos"), (1500, "Documento de identificación")],
    [(L, "OSORIO GUTIÉRREZ FERNANDO"), (1500, "C.C. 79.400.218")],
    "Expedida en Bogotá D.C. el 20 de abril de 2026.",
]

BRAZIL = [
    "REPÚBLICA FEDERATIVA DO BRASIL",
    "REGISTRO CIVIL DAS PESSOAS NATURAIS",
    "CERTIDÃO DE NASCIMENTO",
    "NOME",
    "RAFAEL AUGUSTO MENDES PEREIRA",
    "DATA DE NASCIMENTO POR EXTENSO",
    "primeiro de dezembro de mil novecentos e noventa",
    [(L, "NATURALIDADE"), (900, "MUNICÍPIO DE REGISTRO E UF")],
    [(L, "São Paulo - SP"), (900, "São Paulo - SP")],
    "FILIAÇÃO",
    "MARCOS ANTÔNIO PEREIRA",
    "SANDRA REGINA MENDES PEREIRA",
    [(L, "DATA DO REGISTRO"), (900, "NÚMERO DA DNV")],
    [(L, "7 DE DEZEMBRO DE 1990"), (900, "—")],
]

UK_GRO = [
    "CERTIFIED COPY OF AN ENTRY OF BIRTH",
    "GIVEN AT THE GENERAL REGISTER OFFICE",
    [(L, "1. Date and place of birth"), (R, "16th April 1983")],
    [(R, "St James's Hospital, Leeds")],
    [(L, "2. Name and surname"), (R, "Daniel Thomas WRIGHT")],
    [(L, "3. Sex"), (R, "Male")],
    [(L, "4. Name and surname (FATHER)"), (R, "Peter WRIGHT")],
    [(L, "7. Name and surname (MOTHER)"), (R, "Janet WRIGHT")],
    [(L, "15. Date of registration"), (R, "2nd May 1983")],
]

OHIO = [
    "STATE OF OHIO",
    "DEPARTMENT OF HEALTH",
    "CERTIFICATION OF BIRTH",
    [(L, "NAME"), (R, "ASHLEY NICOLE TURNER")],
    [(L, "DATE OF BIRTH"), (R, "OCTOBER 8, 1992")],
    [(L, "PLACE OF BIRTH"), (R, "DAYTON, OHIO")],
    [(L, "MOTHER'S MAIDEN NAME"), (R, "LISA MARIE BROOKS")],
    [(L, "FATHER'S NAME"), (R, "KEVIN ANDRE TURNER")],
    "DATE ISSUED: MARCH 2, 2026",
]

CHINA = [
    "NOTARIAL CERTIFICATE",
    "(2026) Chuan Cheng Jin Zheng Zi No. 1108",
    "Applicant: LIU Haoran, male, born on November 11, 1990.",
    "ID Card No.: 510104199011114418",
    "Subject: Birth",
    "This is to certify that LIU Haoran (male) was born on November 11, 1990 in",
    "Chengdu City, Sichuan Province. The father of LIU Haoran is LIU Zhiqiang and",
    "the mother is CHEN Meiling.",
]

MALI = [
    "RÉPUBLIQUE DU MALI",
    "Un Peuple - Un But - Une Foi",
    "VOLET N° 3",
    [(L, "Cercle :"), (R, "Kayes")],
    "Centre principal d'état civil",
    "ACTE DE NAISSANCE N° 118",
    [(L, "Prénom(s) de l'enfant"), (R, "Moussa")],
    [(L, "Nom de l'enfant"), (R, "TRAORÉ")],
    [(L, "Sexe"), (R, "masculin")],
    [(L, "Date de naissance"), (R, "01/01/1979")],
    [(L, "Lieu de naissance"), (R, "Kayes")],
    [(L, "Prénom(s) et nom du père"), (R, "Bakary TRAORÉ")],
    [(L, "Prénom(s) et nom de la mère"), (R, "Fanta KEÏTA")],
    "Fait à Kayes, le 06/05/2024",
]

# Romania's certificat de naștere: labels left, values right, the date in words
ROMANIA = [
    "ROMÂNIA", "CERTIFICAT DE NAȘTERE", "Seria N.A. Nr. 551207",
    [(L, "Numele de familie"), (R, "DRĂGULESCU")], [(L, "Prenumele"), (R, "Mihai-Andrei")],
    [(L, "Sexul"), (R, "M")], [(L, "Data nașterii"), (R, "14 octombrie 1991")],
    [(L, "Locul nașterii"), (R, "Iași")], [(L, "Tatăl"), (R, "Drăgulescu Vasile")],
    [(L, "Mama"), (R, "Drăgulescu Maria")], "Data eliberării: 05/06/2026",
]  # fmt: skip
POLAND = [  # set_t d005: "odpis skrócony aktu urodzenia", labels beside their values
    "RZECZPOSPOLITA POLSKA", "URZĄD STANU CYWILNEGO W KRAKOWIE",
    "ODPIS SKRÓCONY AKTU URODZENIA",
    [(L, "Nazwisko"), (R, "WIŚNIEWSKI")], [(L, "Imię (imiona)"), (R, "Tomasz Jan")],
    [(L, "Płeć"), (R, "mężczyzna")], [(L, "Data urodzenia"), (R, "11.11.1988")],
    [(L, "Miejsce urodzenia"), (R, "Kraków")], [(L, "Numer aktu"), (R, "1261/00/AU/1988/004512")],
]  # fmt: skip
CASES = {
    # name: (rows, surname, given names, date of birth, issuing country)
    "poland": (POLAND, "WISNIEWSKI", "Tomasz Jan", dt.date(1988, 11, 11), "POL"),
    "romania": (ROMANIA, "DRAGULESCU", "Mihai-Andrei", dt.date(1991, 10, 14), "ROU"),
    "mali": (MALI, "TRAORE", "Moussa", dt.date(1979, 1, 1), "MLI"),
    "senegal": (SENEGAL, "DIALLO", "Aminata", dt.date(1994, 8, 19), "SEN"),
    "ivory_coast": (IVORY_COAST, "TOURE", "Aicha Mariam", dt.date(1999, 1, 17), "CIV"),
    "algeria": (ALGERIA, "HAMDI", "Sofiane", dt.date(1988, 7, 3), "DZA"),
    "morocco": (MOROCCO, "IDRISSI", "Salma", dt.date(1991, 9, 10), "MAR"),
    "colombia": (COLOMBIA, "OSORIO MEJIA", "VALENTINA", dt.date(1993, 2, 14), "COL"),
    "brazil": (BRAZIL, "MENDES PEREIRA", "RAFAEL AUGUSTO", dt.date(1990, 12, 1), "BRA"),
    "uk_gro": (UK_GRO, "WRIGHT", "Daniel Thomas", dt.date(1983, 4, 16), "GBR"),
    "ohio": (OHIO, "TURNER", "ASHLEY NICOLE", dt.date(1992, 10, 8), "USA"),
    "china": (CHINA, "LIU", "Haoran", dt.date(1990, 11, 11), "CHN"),
}


def _fold(text: str | None) -> str:
    from docverify.values.names import fold_upper

    return " ".join(fold_upper(text or "").split())


def test_philippine_name_rows_of_their_own_with_noise_read_on_the_rule() -> None:
    """A PSA certificate laid out as a list (set_m p12, recorded OCR): "1. NAME (Last)"
    and "(First) (Middle)" each with its value on its row; OCR read the cell's rule as
    small words run on after the surname."""
    rows = [
        "Republic of the Philippines", "PHILIPPINE STATISTICS AUTHORITY",
        "Municipal Form No. 102", "CERTIFICATE OF LIVE BIRTH",
        [(L, "1. NAME (Last)"), (R, "DELA CRUZ ie Beet oou tec Me,")],
        [(L, "(First) (Middle)"), (R, "MARIA KRISTINA")],
        [(L, "2. SEX"), (R, "FEMALE")],
        [(L, "3. DATE OF BIRTH"), (R, "November 5, 1990")],
        [(L, "FATHER (Name)"), (R, "Rodrigo Santos Dela Cruz")],
        [(L, "MOTHER (Maiden Name)"), (R, "Evelyn Reyes Bautista")],
    ]  # fmt: skip
    f = extracted(birth_certificate.SPEC, document(DocType.BIRTH_CERTIFICATE, page(rows))).fields
    assert (f.surname, f.given_names) == ("DELA CRUZ", "MARIA KRISTINA")
    assert f.date_of_birth == dt.date(1990, 11, 5)


def test_a_table_rule_read_as_a_row_between_a_label_and_its_value() -> None:
    """A GRO certified copy (set_bn p04, wave 20 read): "2. Name and surname" (read
    "sumame"), then its cell's rule read as a row of its own ("|"), then "Callum James
    O'NEILL". The child's name was passed over and the father's, under "4. Name and
    surname" with no rule between, taken for the child's."""
    rows = [
        "CERTIFIED COPY OF AN ENTRY OF BIRTH", "GIVEN AT THE GENERAL REGISTER OFFICE",
        "BIRTH Entry No. 287", "CHILD", "1. Date and place of birth", "|  |",
        "Fourteenth February 1989, St Mary's Hospital, Manchester",
        "2. Name and sumame", "|", "Callum James O'NEILL", "3. Sex", "|  |", "Male",
        "FATHER", "4. Name and sumame", "Patrick Joseph O'NEILL", ":",
        "5. Place of birth", "|  |", "Liverpool",
    ]  # fmt: skip
    f = extracted(birth_certificate.SPEC, document(DocType.BIRTH_CERTIFICATE, page(rows))).fields
    assert (f.surname, f.given_names) == ("O'NEILL", "Callum James")


def test_a_gro_copy_whose_surname_opens_with_a_zero_and_father_born_in_ireland() -> None:
    """A GRO certified copy (set_cz p02, wave 42 read; recorded OCR): the Irish O' of the
    child's surname read as a zero ("0'CONNELL-HUGHES") cut the name at its "number", the
    date under "Date and place of birth" hid the place on the row below, and the father's
    birthplace ("5. Place of birth" / "Cork, Ireland") was taken for the child's and made
    the issuer Ireland (EU: no apostille looked for)."""
    rows = [
        "CERTIFIED COPY OF AN ENTRY OF BIRTH", "GIVEN AT THE GENERAL REGISTER OFFICE",
        "Application Number B218734/2", "BIRTH Entry No. 341",
        "Registration district Manchester",
        "Sub-district Manchester South Administrative area City of Manchester",
        "1. Date and place of birth", "Twenty-third July 1988", "St Mary's Hospital, Manchester",
        "2. Name and surname", "Siobhan Mary 0'CONNELL-HUGHES", "3. Sex", "Female",
        "4. Name and surname of FATHER", "Declan Patrick O'CONNELL", "5. Place of birth",
        "Cork, Ireland", "6. Occupation", "Electrician", "7. Name and surmame of MOTHER",
        "Helen Margaret HUGHES", "8. Place of birth", "Stockport",
    ]  # fmt: skip
    f = extracted(birth_certificate.SPEC, document(DocType.BIRTH_CERTIFICATE, page(rows))).fields
    assert (f.surname, f.given_names) == ("O'CONNELL-HUGHES", "Siobhan Mary")
    assert f.place_of_birth == "St Mary's Hospital, Manchester"
    assert f.issuing_country == "GBR"
    assert f.date_of_birth == dt.date(1988, 7, 23)


def test_a_bdris_certificate_s_registered_name_is_the_child_s_whole_name() -> None:
    """set_cz p03 (wave 42, read; recorded OCR): Bangladesh's BDRIS certificate says
    "Registered Name : MOHAMMAD ARIFUR RAHMAN", given names first; the label was known only
    as "Registered Person's Name", and the certificate had no names."""
    rows = [
        "Government of the People's Republic of Bangladesh",
        "Office of the Registrar, Birth and Death Registration",
        "Birth Registration Certificate", "Birth Registration Number", "19969111073421586",
        "Date of Birth : 27/01/1996",
        "In Word : Twenty Seventh January Nineteen Hundred Ninety Six",
        "Registered Name : MOHAMMAD ARIFUR RAHMAN", "Sex : Male",
        "Place of Birth : Sylhet, Bangladesh", "Mother's Name : ROKEYA BEGUM",
        "Father's Name : MOHAMMAD HABIBUR RAHMAN",
    ]  # fmt: skip
    f = extracted(birth_certificate.SPEC, document(DocType.BIRTH_CERTIFICATE, page(rows))).fields
    assert (f.surname, f.given_names) == ("RAHMAN", "MOHAMMAD ARIFUR")
    assert f.issuing_country == "BGD"


def test_a_comorian_act_writes_the_year_first_and_the_name_after_the_place() -> None:
    """set_cz p04 (wave 42, read; recorded OCR): "L'an mil neuf cent quatre-vingt-dix-sept,
    le quatre septembre, ... est née à Mitsamiouli (Ngazidja)" / "SOILIHI Fatima Zahara, de
    sexe féminin": the year before the day and month, the name after the place and its
    region in brackets. The certificate had no date and no names."""
    rows = [
        "UNION DES COMORES", "Unité - Solidarité - Développement", "Île autonome de Ngazidja",
        "Préfecture de Mitsamiouli Acte n° 217/1997", "Commune de Mitsamiouli",
        "Centre d'état civil", "COPIE INTÉGRALE D'ACTE DE NAISSANCE",
        "L'an mil neuf cent quatre-vingt-dix-sept, le quatre septembre,",
        "à six heures trente minutes, est née à Mitsamiouli (Ngazidja)",
        "SOILIHI Fatima Zahara, de sexe féminin,",
        "fille de SOILIHI Abdallah, cultivateur, né à Mitsamiouli,",
        "et de MMADI Echati, ménagère, née à Ntsaouéni,", "domiciliés à Mitsamiouli.",
        "Dressé le 11 septembre 1997 sur la déclaration du père.",
    ]  # fmt: skip
    f = extracted(birth_certificate.SPEC, document(DocType.BIRTH_CERTIFICATE, page(rows))).fields
    assert (f.surname, f.given_names) == ("SOILIHI", "Fatima Zahara")
    assert f.date_of_birth == dt.date(1997, 9, 4)
    assert f.place_of_birth == "Mitsamiouli (Ngazidja)"
    assert f.issuing_country == "COM"


def test_the_arabic_half_of_a_moroccan_act_read_as_letters_is_no_name() -> None:
    """set_da p02 (wave 42, read; recorded OCR): the Arabic column right of "Nom de
    famille" and "Prénom" read "SW VI" and "ai) 2" at confidence 33-51; the names, on the
    rows under the labels, were passed over for them."""
    rows = [
        "ROYAUME DU MAROC", "Commune : Fès - Bureau d'état civil Agdal",
        "COPIE INTÉGRALE D'ACTE DE NAISSANCE",
        [(L, "Nom de famille"), (1900, "SW VI")],
        [(L, "EL OUAZZANI TOUHAMI"), (1900, "vill ET")],
        [(L, "Prénom"), (1900, "ai) 2")],
        [(L, "Fatima-Zahra"), (1900, "el pl RL")],
        "Date de naissance", "03 novembre 1996", "Lieu de naissance", "Fès",
        "Père", "Abdelilah EL OUAZZANI TOUHAMI", "Mère", "Naima BENJELLOUN",
    ]  # fmt: skip
    pg = page(rows)
    # the Arabic column's words as OCR scored them
    words = tuple(dataclasses.replace(w, conf=40.0) if w.box[0] >= 1900 else w for w in pg.words)
    pg = dataclasses.replace(pg, words=words)
    f = extracted(birth_certificate.SPEC, document(DocType.BIRTH_CERTIFICATE, pg)).fields
    assert (f.surname, f.given_names) == ("EL OUAZZANI TOUHAMI", "Fatima-Zahra")


@pytest.mark.parametrize("name", sorted(CASES))
def test_certificate_is_recognised(name: str) -> None:
    assert classify_page(page(CASES[name][0])).type == DocType.BIRTH_CERTIFICATE


def test_a_spanish_certificate_whose_title_lost_its_last_letter() -> None:
    rows = [
        "REINO DE ESPAÑA", "MINISTERIO DE JUSTICIA", "Registro Civil de Zaragoza",
        "CERTIFICACION LITERAL DE NACIMIENT!", "Primer apellido Segundo apellido Nombre",
        "GARCIA LOPEZ MARIA JOSE", "Progenitores", "Padre Madre", "ANTONIO GARCIA SANZ",
    ]  # fmt: skip
    assert classify_page(page(rows)).type == DocType.BIRTH_CERTIFICATE


def test_colombian_registro_labels_in_rows_of_two() -> None:
    """ "Primer Apellido  Segundo Apellido" over "MORENO  RESTREPO": each surname from its
    own column; the date written year, month named, day."""
    rows = [
        "REPÚBLICA DE COLOMBIA", "REGISTRADURÍA NACIONAL DEL ESTADO CIVIL",
        "REGISTRO CIVIL DE NACIMIENTO", "Datos del inscrito",
        [(L, "Primer Apellido"), (R, "Segundo Apellido")],
        [(L, "MORENO"), (R, "RESTREPO")],
        [(L, "Nombre(s)"), (R, "Sexo")],
        [(L, "CAMILA ANDREA"), (R, "FEMENINO")],
        [(L, "Fecha de nacimiento"), (R, "País - Departamento - Municipio")],
        [(L, "1996 / AGO / 21"), (R, "COLOMBIA - ANTIOQUIA - MEDELLÍN")],
    ]  # fmt: skip
    f = extracted(birth_certificate.SPEC, document(DocType.BIRTH_CERTIFICATE, page(rows))).fields
    assert (f.surname, f.given_names) == ("MORENO RESTREPO", "CAMILA ANDREA")
    assert f.date_of_birth == dt.date(1996, 8, 21)


def test_both_surnames_under_one_label() -> None:
    """A Mexican acta whose one row holds both surnames: "Primer y segundo apellido
    HERNÁNDEZ LÓPEZ", the given names under "Nombre(s)" on the next."""
    rows = [
        "Registro Civil del Estado de Jalisco", "ACTA DE NACIMIENTO",
        [(L, "Primer y segundo apellido"), (R, "HERNÁNDEZ LÓPEZ")],
        [(L, "Nombre(s)"), (R, "ANA SOFÍA")],
        [(L, "Fecha de nacimiento"), (R, "15 de julio de 1999")],
        [(L, "Padre"), (R, "JOSÉ LUIS HERNÁNDEZ RAMOS")],
    ]  # fmt: skip
    f = extracted(birth_certificate.SPEC, document(DocType.BIRTH_CERTIFICATE, page(rows))).fields
    assert (f.surname, f.given_names) == ("HERNÁNDEZ LÓPEZ", "ANA SOFÍA")


def test_brazilian_full_name_beside_its_cpf_number() -> None:
    """A certidão's "NOME  CPF" row over the child's full name and CPF number read as one
    line: the name is the words before the number, the CPF heading is no name."""
    rows = [
        "REPÚBLICA FEDERATIVA DO BRASIL", "REGISTRO CIVIL DAS PESSOAS NATURAIS",
        "CERTIDÃO DE NASCIMENTO", "NOME CPF", "ANA LUÍSA SOUZA SILVA 123.456.789-09",
        "DATA DE NASCIMENTO POR EXTENSO", "9 DE AGOSTO DE 1996", "FILIAÇÃO",
        "CARLOS EDUARDO SOUZA SILVA", "MARIA DE FÁTIMA PEREIRA SOUZA",
    ]  # fmt: skip
    f = extracted(birth_certificate.SPEC, document(DocType.BIRTH_CERTIFICATE, page(rows))).fields
    assert (f.surname, f.given_names) == ("SOUZA SILVA", "ANA LUÍSA")


def test_colombian_headings_two_by_two_are_read_by_their_columns() -> None:
    """The registro's headings stand two by two ("Primer Apellido | Segundo Apellido",
    then "Nombre(s) | Sexo"): each value is read in its heading's column, so the sex
    written beside the names is not a given name."""
    from docverify.doctypes.civil_names import _table_names

    rows = [
        "REGISTRO CIVIL DE NACIMIENTO", "Datos del inscrito",
        [(L, "Primer Apellido"), (R, "Segundo Apellido")],
        [(L, "RAMÍREZ"), (R, "GÓMEZ")],
        [(L, "Nombre(s)"), (R, "Sexo (en letras)")],
        [(L, "CAMILA ANDREA"), (R, "FEMENINO")],
    ]  # fmt: skip
    assert _table_names([page(rows)]) == ("RAMÍREZ GÓMEZ", "CAMILA ANDREA")


def test_bilingual_labels_on_one_row_with_their_value() -> None:
    """Cameroon's bilingual act: "Nom de l'enfant / Surname of the child  NGO BIYONG": the
    value is the cell after the label's English half."""
    rows = [
        "RÉPUBLIQUE DU CAMEROUN  REPUBLIC OF CAMEROON", "ACTE DE NAISSANCE / BIRTH CERTIFICATE",
        [(L, "Nom de l'enfant / Surname of the child"), (R + 300, "NGO BIYONG")],
        [(L, "Prénoms / Given names"), (R + 300, "Marie-Claire")],
        [(L, "Né(e) le / Born on the"), (R + 300, "12/12/1990")],
        [(L, "De / Of (père / father)"), (R + 300, "BIYONG Jean-Pierre")],
    ]  # fmt: skip
    f = extracted(birth_certificate.SPEC, document(DocType.BIRTH_CERTIFICATE, page(rows))).fields
    assert (f.surname, f.given_names) == ("NGO BIYONG", "Marie-Claire")


def test_a_scrap_on_the_name_labels_row_and_the_name_beside_its_other_half() -> None:
    """set_ct p03 (a phone photo of a Cameroonian act): "Nom" with a scrap read "uate" on
    its row, then "Surname of the child  MBARGA ESSOMBA": the name is the cell beside the
    label's English half, not the scrap."""
    rows = [
        "RÉPUBLIQUE DU CAMEROUN  REPUBLIC OF CAMEROON", "ACTE DE NAISSANCE N° 1990/0457",
        "BIRTH CERTIFICATE",
        [(L, "Nom"), (L + 120, "uate")],
        [(L, "Surname of the child"), (R + 300, "MBARGA ESSOMBA")],
        [(L, "Prénoms de l'enfant")],
        [(L, "Serge Blaise")],
        [(L, "Given names of the child")],
    ]  # fmt: skip
    f = extracted(birth_certificate.SPEC, document(DocType.BIRTH_CERTIFICATE, page(rows))).fields
    assert (f.surname, f.given_names) == ("MBARGA ESSOMBA", "Serge Blaise")


def test_philippine_name_row_first_middle_last() -> None:
    """The PSA certificate of live birth: "1. NAME (First) (Middle) (Last)" over the
    child's names, the mother's and father's names under the same headings further down.
    The middle name is the mother's maiden surname, no given name (set_t p09, d034)."""
    rows = [
        "Republic of the Philippines", "OFFICE OF THE CIVIL REGISTRAR GENERAL",
        "CERTIFICATE OF LIVE BIRTH", "CHILD",
        [(L, "1. NAME (First)"), (R, "(Middle)"), (1200, "(Last)")],
        [(L, "MARIA LUISA"), (R, "SANTOS"), (1200, "REYES")],
        "MOTHER",
        [(L, "6. MAIDEN NAME (First)"), (R, "(Middle)"), (1200, "(Last)")],
        [(L, "ROSARIO"), (R, "DELA CRUZ"), (1200, "SANTOS")],
    ]  # fmt: skip
    f = extracted(birth_certificate.SPEC, document(DocType.BIRTH_CERTIFICATE, page(rows))).fields
    assert (f.surname, f.given_names, f.issuing_country) == ("REYES", "MARIA LUISA", "PHL")


@pytest.mark.parametrize("name", sorted(CASES))
def test_child_names_date_and_issuer(name: str) -> None:
    rows, surname, given, dob, country = CASES[name]
    f = extracted(birth_certificate.SPEC, document(DocType.BIRTH_CERTIFICATE, page(rows))).fields
    assert (_fold(f.surname), _fold(f.given_names)) == (_fold(surname), _fold(given))
    assert f.date_of_birth == dob
    assert f.issuing_country == country


@pytest.mark.parametrize(
    ("name", "place"),
    [("senegal", "Saint-Louis"), ("algeria", "Tizi Ouzou"), ("morocco", "Fès"),
     ("colombia", "COLOMBIA - CUNDINAMARCA - BOGOTÁ D.C."), ("brazil", "São Paulo - SP"),
     ("uk_gro", "St James's Hospital, Leeds"), ("ohio", "DAYTON, OHIO")],
)  # fmt: skip
def test_place_of_birth(name: str, place: str) -> None:
    f = extracted(birth_certificate.SPEC, document(DocType.BIRTH_CERTIFICATE, page(CASES[name][0])))
    assert f.fields.place_of_birth is not None
    assert _fold(place) in _fold(f.fields.place_of_birth)


def test_the_acts_sentence_runs_over_rows() -> None:
    rows = [
        "REPUBLIQUE DE COTE D'IVOIRE", "du registre des actes de l'état civil",
        "N° 2741 DU 15/06/1996 DE NAISSANCE DE",
        "Le douze juin mil neuf cent quatre-vingt-seize à 14 heures 10 minutes est",
        "né(e) KOUASSI Aya Marie-Noëlle à Abidjan, fille de KOUASSI Konan Jean,",
        "comptable, et de N'GUESSAN Adjoua Rosalie, institutrice.",
    ]  # fmt: skip
    f = extracted(birth_certificate.SPEC, document(DocType.BIRTH_CERTIFICATE, page(rows))).fields
    assert (f.surname, f.given_names) == ("KOUASSI", "Aya Marie-Noelle")
    assert f.date_of_birth == dt.date(1996, 6, 12)
    assert f.place_of_birth == "Abidjan"


def test_a_french_acts_sentence_before_the_parents_births() -> None:
    """A copie intégrale names the parents' births in its prose ("de Nicolas MARTIN, né le
    3 février 1972"): the child's date is the act's own ("Le vingt-deux mai deux mille
    un, ... est née"); a "Né le :" label opening its row stays a label."""
    rows = [
        "RÉPUBLIQUE FRANÇAISE", "Mairie de Lyon 3e", "COPIE INTÉGRALE D'ACTE DE NAISSANCE",
        "N° 1432 Le vingt-deux mai deux mille un, à quatorze heures dix, est née à Lyon 3e :",
        "Léa Camille MARTIN, du sexe féminin, de Nicolas MARTIN, né le 3 février 1972 à",
        "Villeurbanne (Rhône), et de Sophie GIRARD, née le 17 août 1974 à Lyon 6e.",
    ]  # fmt: skip
    f = extracted(birth_certificate.SPEC, document(DocType.BIRTH_CERTIFICATE, page(rows))).fields
    assert f.date_of_birth == dt.date(2001, 5, 22)
    labelled = [[(L, "Né le :"), (R, "19/08/1994")], "est né à Dakar"]
    f = extracted(birth_certificate.SPEC, document(DocType.BIRTH_CERTIFICATE, page(
        ["REPUBLIQUE DU SENEGAL", "ACTE DE NAISSANCE", *labelled])))  # fmt: skip
    assert f.fields.date_of_birth == dt.date(1994, 8, 19)


def test_a_narrative_act_registered_days_after_the_birth() -> None:
    """A Venezuelan acta: "en el día de hoy 8 de junio de 1998, ha sido presentada una niña
    ... que nació en Caracas, Distrito Capital, el día 25 de mayo de 1998": the date after
    the verb and the place is the birth's, the one before it the registration's (set_l
    p19)."""
    rows = [
        "REPÚBLICA BOLIVARIANA DE VENEZUELA", "ACTA DE NACIMIENTO N° 5541",
        "Libertador, hace constar que en el día de hoy 8 de junio de 1998, ha sido presentada",
        "por ante este despacho una niña y expuso: que la presentada nació en Caracas,",
        "Distrito Capital, el día 25 de mayo de 1998, y que tiene por nombre Valentina",
        "GONZÁLEZ RÍOS, hija de Rafael Antonio González y de Mariela Ríos de González.",
    ]  # fmt: skip
    f = extracted(birth_certificate.SPEC, document(DocType.BIRTH_CERTIFICATE, page(rows))).fields
    assert f.date_of_birth == dt.date(1998, 5, 25)


def test_the_name_the_declarant_gave_in_a_narrative_act() -> None:
    """Narrative acts name the child in the declarant's words: "qu'il a nommé Rose-Marie
    JEAN-BAPTISTE" (a Haitian extract, set_m d023, recorded OCR), "que tiene por nombre
    Valentina GONZÁLEZ RÍOS" (a Venezuelan acta); the parents named around it are not."""
    haiti = [
        "REPUBLIQUE D'HAÏTI", "ARCHIVES NATIONALES D'HAÏTI",
        "EXTRAIT DES REGISTRES DE L'ÉTAT CIVIL",
        "Acte N° A-1985-774. L'an 1985, par-devant nous, Officier de l'État Civil, a comparu le",
        "sieur Jean-Baptiste Frantz, lequel nous a déclaré que le 14 juillet 1985, est né(e) à",
        "Port-au-Prince, un enfant de sexe féminin, qu'il a nommé Rose-Marie JEAN-BAPTISTE,",
        "fils/fille du comparant et de la dame Marie-Claude Pierre. Dressé le 2 août 1985.",
    ]  # fmt: skip
    venezuela = [
        "REPÚBLICA BOLIVARIANA DE VENEZUELA", "ACTA DE NACIMIENTO N° 5541",
        "por ante este despacho una niña y expuso: que la presentada nació en Caracas,",
        "Distrito Capital, el día 25 de mayo de 1998, y que tiene por nombre Valentina",
        "GONZÁLEZ RÍOS, hija de Rafael Antonio González y de Mariela Ríos de González.",
    ]  # fmt: skip
    for rows, names in ((haiti, ("JEAN-BAPTISTE", "Rose-Marie")),
                        (venezuela, ("GONZALEZ RIOS", "Valentina"))):  # fmt: skip
        doc = document(DocType.BIRTH_CERTIFICATE, page(rows))
        f = extracted(birth_certificate.SPEC, doc).fields
        assert (_fold(f.surname), _fold(f.given_names)) == tuple(_fold(n) for n in names)


def test_the_child_named_then_whose_child_in_a_narrative_act() -> None:
    """Wave 13 (recorded OCR): "un enfant de sexe masculin nommé MUKENDI KABASELE
    Jean-Paul, fils de ..." (DR Congo, set_az p03) gave no name at all; "il a donné les
    noms et prénoms de Marie Widline / SAINT-FLEUR, fille de ..." (Haiti, set_az p04) gave
    the given names alone, the label's value ending with its row."""
    congo = [
        "RÉPUBLIQUE DÉMOCRATIQUE DU CONGO", "BUREAU DE L'ÉTAT CIVIL",
        "ACTE DE NAISSANCE N° 0457 Copie intégrale",
        "L'an deux mille, le quinzième jour du mois de février, à dix heures, devant Nous, MBUYI",
        "TSHIBANDA Gérard, Officier de l'état civil de la Commune de Kinshasa, a comparu Monsieur",
        "MUKENDI WA MUKENDI Albert, employé, domicilié à Kinshasa, lequel nous a déclaré que le onze",
        "février deux mille (11/02/2000) est né à Kinshasa (Clinique Ngaliema), un enfant de sexe masculin",
        "nommé MUKENDI KABASELE Jean-Paul, fils de MUKENDI WA MUKENDI Albert, de nationalité",
    ]  # fmt: skip
    haiti = [
        "RÉPUBLIQUE D'HAÏTI", "ARCHIVES NATIONALES D'HAÏTI", "ACTE DE NAISSANCE",
        "Port-au-Prince, rue Capois, identifié, lequel nous a déclaré que le cinq août mil neuf cent",
        "quatre-vingt-seize (05/08/1996) est née en cette ville, à quatre heures du matin, une enfant du sexe",
        "féminin, qu'il nous a présentée et à laquelle il a donné les noms et prénoms de Marie Widline",
        "SAINT-FLEUR, fille de Wilner SAINT-FLEUR et de Rosemène JOSEPH. En foi de quoi nous avons",
    ]  # fmt: skip
    for rows, names in ((congo, ("MUKENDI KABASELE", "Jean-Paul")),
                        (haiti, ("SAINT-FLEUR", "Marie Widline"))):  # fmt: skip
        doc = document(DocType.BIRTH_CERTIFICATE, page(rows))
        f = extracted(birth_certificate.SPEC, doc).fields
        assert (f.surname, f.given_names) == names


def test_a_bilingual_name_label_and_the_fathers_first_name_as_a_middle_name() -> None:
    """An Indian municipal certificate (set_ba p03, recorded OCR): each label in Hindi and
    English, the Hindi read as noise ("714 / Name  ROHIT SURESH NAIR"), was never read;
    and "SURESH", the father's first name, is the child's middle name, not part of the
    family name, though the parents' rows hold it."""
    rows = [
        "Municipal Corporation of Greater Mumbai", "Public Health Department", "BIRTH CERTIFICATE",
        "District Mumbai of State / Union Territory Maharashtra, India.",
        "714 / Name  ROHIT SURESH NAIR", "fi / Sex  MALE", "or ff / Date of Birth  05-11-1991",
        "Fret 114 / Name of Mother  LATHA SURESH NAIR",
        "Re 1 ara / Name of Father  SURESH GOPALAN NAIR",
    ]  # fmt: skip
    doc = document(DocType.BIRTH_CERTIFICATE, page(rows))
    f = extracted(birth_certificate.SPEC, doc).fields
    assert (f.surname, f.given_names) == ("NAIR", "ROHIT SURESH")


def test_an_illinois_child_name_field_with_its_order_in_brackets() -> None:
    """set_cu p04: "1. CHILD — NAME (First, Middle, Last)  2. SEX", then "BRENDAN MICHAEL
    O'NEILL  MALE": one field holding the whole name, given names first (the father's
    surname confirms the split)."""
    rows = [
        "STATE OF ILLINOIS", "DEPARTMENT OF PUBLIC HEALTH — DIVISION OF VITAL RECORDS",
        "CERTIFICATE OF LIVE BIRTH",
        [(L, "1. CHILD — NAME (First, Middle, Last)"), (1100, "2. SEX")],
        [(L, "BRENDAN MICHAEL O'NEILL"), (1100, "MALE")],
        [(L, "3a. DATE OF BIRTH (Month, Day, Year)"), (1100, "3b. HOUR")],
        [(L, "SEPTEMBER 23, 1986"), (1100, "4:17 AM")],
        [(L, "6a. FATHER — NAME (First, Middle, Last)"), (1100, "6b. AGE")],
        [(L, "PATRICK JOSEPH O'NEILL"), (1100, "31")],
    ]  # fmt: skip
    f = extracted(birth_certificate.SPEC, document(DocType.BIRTH_CERTIFICATE, page(rows))).fields
    assert (f.surname, f.given_names) == ("O'NEILL", "BRENDAN MICHAEL")


def test_a_ciec_extract_whose_box_numbers_read_as_rows_of_their_own() -> None:
    """set_cu p02 (a Turkish multilingual extract, CIEC formula A, scanned): each box's
    number read as a row between its label and its value ("Soyadi / Nom / Surname", "4",
    "ÖZTÜRK"), and the date written "Jo 02  Mo 06  An 1994"."""
    rows = [
        "TÜRKIYE CUMHURIYETI", "DOGUM KAYDINA ILISKIN COK DILLI ORNEK (FORMUL A)",
        "Extrait plurilingue d'acte de naissance — Multilingual extract from a birth record",
        "Dogum tarihi / Date de naissance / Date of birth", "+",
        [(L, "Jo 02"), (R, "Mo 06"), (1100, "An 1994")],
        "Soyadi / Nom / Surname", "4", "ÖZTÜRK",
        "Adi / Prénoms / Forenames", "°", "ELIF NUR",
        "Baba adi ve soyadi / Nom et prénoms du père / Father", "6", "MEHMET ÖZTÜRK",
    ]  # fmt: skip
    f = extracted(birth_certificate.SPEC, document(DocType.BIRTH_CERTIFICATE, page(rows))).fields
    assert (f.surname, f.given_names) == ("ÖZTÜRK", "ELIF NUR")
    assert f.date_of_birth == dt.date(1994, 6, 2)


def test_us_record_of_birth_name_of_child_first_middle_last() -> None:
    rows = [
        "THE COMMONWEALTH OF MASSACHUSETTS", "CERTIFIED COPY OF RECORD OF BIRTH",
        [(L, "1. NAME OF CHILD - FIRST"), (R, "MIDDLE"), (1100, "LAST")],
        [(L, "PATRICK"), (R, "JAMES"), (1100, "O'CONNOR")],
        [(L, "2. SEX"), (R, "3. DATE OF BIRTH (Mo/Day/Yr)")],
        [(L, "MALE"), (R, "AUGUST 9, 1985")],
        [(L, "9. FATHER'S NAME"), (R, "10. BIRTHPLACE (State)")],
        [(L, "BRENDAN MICHAEL O'CONNOR"), (R, "NEW YORK")],
    ]  # fmt: skip
    f = extracted(birth_certificate.SPEC, document(DocType.BIRTH_CERTIFICATE, page(rows))).fields
    assert (f.surname, f.given_names) == ("O'CONNOR", "PATRICK JAMES")
    assert f.date_of_birth == dt.date(1985, 8, 9)


def test_a_california_certificate_whose_numbered_boxes_and_middle_are_misread() -> None:
    """set_dg p02 (wave 45, read after its end figure): "1A. NAME OF CHILD—FIRST  1B.
    MIDDLE  1C. LAST" read "LA NAME OF CHILD—FIRST 18. MIDOLE 1C. LAST": no name read."""
    rows = [
        "STATE OF CALIFORNIA", "CERTIFICATION OF VITAL RECORD", "CERTIFICATE OF LIVE BIRTH",
        [(L, "LA NAME OF CHILD—FIRST"), (R, "18. MIDOLE"), (1100, "1C. LAST")],
        [(L, "MARGARET"), (R, "ROSE"), (1100, "O'CONNELL")],
        [(L, "2. SEX"), (R, "4A. DATE OF BIRTH")],
        [(L, "F"), (R, "07/23/1989")],
        [(L, "6A. NAME OF FATHER—FIRST"), (R, "6C. LAST")],
        [(L, "BRENDAN"), (R, "O'CONNELL")],
    ]  # fmt: skip
    f = extracted(birth_certificate.SPEC, document(DocType.BIRTH_CERTIFICATE, page(rows))).fields
    assert (f.surname, f.given_names) == ("O'CONNELL", "MARGARET ROSE")


def test_a_bilingual_nom_label_holding_the_whole_name_parted_by_its_case() -> None:
    """set_dc p04 (wave 43, read): a Malagasy copy, "Anarana / Nom : RANDRIANARIVELO
    Andriamihaja Tojoniaina Nomenjanahary": the French half of the label after a slash
    was no label, and "Nom" there names the whole name, the family name in capitals."""
    rows = [
        "REPOBLIKAN'I MADAGASIKARA", "KOPIAN'NY SORA-PAHATERAHANA", "COPIE D'ACTE DE NAISSANCE",
        "Anarana / Nom : RANDRIANARIVELO Andriamihaja Tojoniaina Nomenjanahary",
        "Le dix-sept avril mil neuf cent quatre-vingt-dix-neuf, à dix heures trente minutes,",
        "est né à Fianarantsoa, hôpital de Tambohobe, RANDRIANARIVELO Andriamihaja Tojoniaina",
    ]  # fmt: skip
    f = extracted(birth_certificate.SPEC, document(DocType.BIRTH_CERTIFICATE, page(rows))).fields
    assert (f.surname, f.given_names) == (
        "RANDRIANARIVELO",
        "Andriamihaja Tojoniaina Nomenjanahary",
    )


def test_a_lebanese_extract_whose_arabic_label_halves_read_as_scraps() -> None:
    """set_dh p02 (wave 46, read after its blind figure): "Nom" then its Arabic half read
    "6 xl", the name on the row under it; "Prénom" whose value was lost, the father's row
    under it: the scrap is no surname, the father's row no given name."""
    rows = [
        "RÉPUBLIQUE LIBANAISE", "EXTRAIT D'ETAT CIVIL INDIVIDUEL",
        "Nom 6 xl", "_EL-KHOURY", "el", "Prénom", "Nom du pèré SY 1", "Georges",
        "Nom et prénom de la mère", "Nada HADDAD", "Lieu et date de naissance",
        "_Zahlé - 07/03/1991",
    ]  # fmt: skip
    f = extracted(birth_certificate.SPEC, document(DocType.BIRTH_CERTIFICATE, page(rows))).fields
    assert f.surname == "EL-KHOURY" and f.given_names is None


def test_a_handwritten_surname_whose_letters_read_as_signs() -> None:
    """set_dk p03 (wave 47, read after its blind figure): a Guinean extract filled by
    hand, "SOW" read "§0W": the surname in letters again, not lost (the given name had
    then been taken for the surname too)."""
    rows = [
        "RÉPUBLIQUE DE GUINÉE", "EXTRAIT D'ACTE DE NAISSANCE", "N° 0452 / Année 1997",
        "Nom : §0W", "Prénom(s) :Kadiatou", "Date de naissance : 4 octobre 1997",
        "Pere : Thierno Oumar SOW", "Mere : Mariama DIALLO",
    ]  # fmt: skip
    f = extracted(birth_certificate.SPEC, document(DocType.BIRTH_CERTIFICATE, page(rows))).fields
    assert (f.surname, f.given_names) == ("SOW", "Kadiatou")


def test_the_acts_sentence_naming_the_whole_child_is_not_its_given_names() -> None:
    """set_dk p02 (wave 47, read after its blind figure): a Dominican "acta inextensa",
    "... a quien se le dio el nombre de" over the whole name, then "Primer apellido",
    "Segundo apellido", "Nombres": the sentence's "nombre" took the whole name for the
    given names, the surname read apart at their end."""
    rows = [
        "REPÚBLICA DOMINICANA", "ACTA INEXTENSA DE NACIMIENTO",
        "nació en el Hospital Regional, un niño del sexo femenino, a quien se le dio el nombre de",
        "Yokasta Marleny Peña Almánzar", "Primer apellido: Peña", "Segundo apellido: Almánzar",
        "Nombres: Yokasta Marleny", "Fecha de nacimiento: 23/07/1994",
    ]  # fmt: skip
    f = extracted(birth_certificate.SPEC, document(DocType.BIRTH_CERTIFICATE, page(rows))).fields
    assert (f.surname, f.given_names) == ("Peña Almánzar", "Yokasta Marleny")


def test_an_eritrean_lineage_whose_labels_geez_halves_read_as_scraps() -> None:
    """set_dj p03 (wave 47, read after its blind figure): "ስም / Name Semhar", "ስም ኣቦ /
    Father's Name", "ስም ኣባሓጎ / Grandfather's Name", their Ge'ez halves read "ng /",
    "ng x0/", "ag? AN /": still the child's lineage, not a name read as the surname."""
    rows = [
        "STATE OF ERITREA", "BIRTH CERTIFICATE", "No. ASM/BC/0458821",
        "ng / Name Semhar", "ng x0/ Father's Name Tesfamariam",
        "ag? AN / Grandfather's Name Gebremedhin", "AH / Sex Female",
        "oAt ALA / Date of Birth 14 September 1992", "a?° Ag / Mother's Name Letteberhan Woldu",
    ]  # fmt: skip
    f = extracted(birth_certificate.SPEC, document(DocType.BIRTH_CERTIFICATE, page(rows))).fields
    assert (f.surname, f.given_names) == ("Gebremedhin", "Semhar Tesfamariam")


def test_a_korean_basic_certificate_its_surname_origin_no_surname() -> None:
    """set_dm p04 (wave 48, read after its blind figure): a Korean "basic certificate
    (detailed)" in English: "Surname origin" (the clan's seat, Haeju) is no surname label,
    the name under "Name" is family name first, the e-Family service says Korea issued it,
    and "[Place of Birth]" leaves no bracket on the place."""
    rows = [
        "Registration Base", "Classification", "Surname origin", "[Form 1]",
        "BASIC CERTIFICATE (DETAILED)", "Seoul Mapo-gu Seogyo-dong 395-17", "Details",
        "Name Date of Birth Resident Registration No.",
        "CHOI MINSEO 2 June 1996 960602-2*****",
        "[Date of Birth] 2 June 1996 [Place of Birth] Seoul, Republic of Korea", "Haeju",
        "relationship register.", "Issue No.: 0417-2281-5530-6614 Issued via e-Family (efamily.scourt.go.kr)",
    ]  # fmt: skip
    f = extracted(birth_certificate.SPEC, document(DocType.BIRTH_CERTIFICATE, page(rows))).fields
    assert (f.surname, f.given_names, f.issuing_country) == ("CHOI", "MINSEO", "KOR")
    assert f.place_of_birth == "Seoul, Republic of Korea"


def test_a_venezuelan_acts_sentence_naming_the_whole_child_is_not_its_given_names() -> None:
    """set_dl p04 (wave 48, read after its blind figure): "... a quien le puso por nombre
    José Gregorio Ramírez Márquez, nacido ..." before "Nombres" and "Apellidos" rows, each
    with its value on its row."""
    rows = [
        "REPÚBLICA BOLIVARIANA DE VENEZUELA", "ACTA DE NACIMIENTO",
        "masculino, a quien le puso por nombre José Gregorio Ramírez Márquez, nacido el día 5 de",
        "Nombres José Gregorio", "Apellidos Ramírez Márquez", "Fecha de nacimiento 05/10/1988",
    ]  # fmt: skip
    f = extracted(birth_certificate.SPEC, document(DocType.BIRTH_CERTIFICATE, page(rows))).fields
    assert (f.surname, f.given_names) == ("Ramírez Márquez", "José Gregorio")


def test_philippine_live_birth_names_on_two_rows_of_headings() -> None:
    """set_bc p03 (PSA Municipal Form 102 of 1993): "1. NAME (First) (Middle)" over the given
    and middle names, then "(Last)  2. SEX" over the surname and the sex. No name was
    read; the middle name, the mother's maiden surname, is no given name."""
    rows = [
        "Republic of the Philippines", "OFFICE OF THE CIVIL REGISTRAR GENERAL",
        "CERTIFICATE OF LIVE BIRTH",
        [(L, "1. NAME (First)"), (R, "(Middle)")],
        [(L, "KRISTINE JOY"), (R, "SANTOS")],
        [(L, "(Last)"), (R, "2. SEX")],
        [(L, "DELA CRUZ"), (R, "FEMALE")],
        [(L, "3. DATE OF BIRTH")], [(L, "02 NOVEMBER 1989")],
        [(L, "MOTHER 7. MAIDEN NAME"), (R, "8. CITIZENSHIP")],
        [(L, "MARITES SANTOS DELA CRUZ"), (R, "FILIPINO")],
    ]  # fmt: skip
    f = extracted(birth_certificate.SPEC, document(DocType.BIRTH_CERTIFICATE, page(rows))).fields
    assert (f.surname, f.given_names) == ("DELA CRUZ", "KRISTINE JOY")


def test_congolese_act_tags_each_name() -> None:
    """DR Congo: "nommé : MUKENDI (Nom), KABONGO (Postnom), Jean-Paul (Prénom)"; the
    postnom is part of the family name. The place ends where the sentence goes on."""
    rows = [
        "RÉPUBLIQUE DÉMOCRATIQUE DU CONGO", "Ville de Kinshasa", "ACTE DE NAISSANCE N° 1187/2024",
        "L'an deux mille vingt-quatre, le douze jour du mois de mars, devant nous MAKIADI Jean,",
        "a comparu MUKENDI Albert, lequel nous a déclaré que",
        "le 16/09/1994 est né à Kinshasa un enfant de sexe masculin, nommé : MUKENDI (Nom), KABONGO",
        "(Postnom), Jean-Paul (Prénom), fils/fille de MUKENDI Albert et de KABEYA Julienne.",
    ]  # fmt: skip
    f = extracted(birth_certificate.SPEC, document(DocType.BIRTH_CERTIFICATE, page(rows))).fields
    assert (f.surname, f.given_names) == ("MUKENDI KABONGO", "Jean-Paul")
    assert f.date_of_birth == dt.date(1994, 9, 16)
    assert f.place_of_birth is None or f.place_of_birth == "Kinshasa"


def test_names_given_in_the_acts_sentence() -> None:
    """Senegal, DR Congo, Cameroon extracts write the names in the sentence: "qui a reçu
    le(s) prénom(s) de : Mamadou Lamine, et le nom de : DIOP, fils de ...". Each name ends
    with its clause; the place, with its comma."""
    rows = [
        "RÉPUBLIQUE DU SÉNÉGAL", "EXTRAIT DU REGISTRE DES ACTES DE NAISSANCE",
        "Le douze mars mil neuf cent quatre-vingt-quatorze (12/03/1994), à 20 heures 44 minutes, est né(e) à",
        "Dakar, un enfant de sexe masculin, qui a reçu le(s) prénom(s) de : Mamadou Lamine, et le nom de : DIOP,",
        "fils de Ousmane Diop, profession : commerçant, et de Aminata Fall, profession : ménagère,",
    ]  # fmt: skip
    f = extracted(birth_certificate.SPEC, document(DocType.BIRTH_CERTIFICATE, page(rows))).fields
    assert (f.surname, f.given_names) == ("DIOP", "Mamadou Lamine")
    assert f.date_of_birth == dt.date(1994, 3, 12)
    assert f.place_of_birth in (None, "Dakar")


def test_an_indian_state_registrar_is_india() -> None:
    """Indian birth certificates come from a state's or a city's registrar."""
    assert (
        countries.issuer_from_text(
            "GOVERNMENT OF MAHARASHTRA\nMUNICIPAL CORPORATION OF GREATER MUMBAI\nBIRTH CERTIFICATE"
        )
        == "IND"
    )
    assert (
        countries.issuer_from_text(
            "ISSUED UNDER SECTION 12 / 17 OF THE REGISTRATION OF BIRTHS & DEATHS ACT, 1969"
        )
        == "IND"
    )


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("GOVERNMENT OF PAKISTAN\nNADRA - UNION COUNCIL BIRTH REGISTRATION CERTIFICATE", "PAK"),
        ("GEORGIA\nPUBLIC SERVICE DEVELOPMENT AGENCY\nBIRTH CERTIFICATE", "GEO"),
        ("NOTARIAL CERTIFICATE (TRANSLATION)\nTHIS IS TO CERTIFY THAT LIU YUXIN WAS BORN\n"
         "SHANGHAI ORIENTAL NOTARY PUBLIC OFFICE", "CHN"),
        ("STATE OF GEORGIA\nDEPARTMENT OF PUBLIC HEALTH\nCERTIFICATE OF LIVE BIRTH", "USA"),
    ],
)  # fmt: skip
def test_issuers_named_by_their_registry_or_notary(text: str, country: str | None) -> None:
    """Pakistan's NADRA, Georgia's civil registry agency, a Chinese city's notary office;
    the US state of Georgia is the United States."""
    assert countries.issuer_from_text(text) == country


def test_french_wording_alone_is_not_france() -> None:
    """A French-language extract says nothing of France until it names its state."""
    rows = [r for r in MOROCCO if "MAROC" not in str(r)]
    f = extracted(birth_certificate.SPEC, document(DocType.BIRTH_CERTIFICATE, page(rows))).fields
    assert f.issuing_country is None
    assert countries.issuer_from_text("REPUBLIQUE FRANCAISE\nMAIRIE DE LYON") == "FRA"
    assert countries.issuer_from_text("MAIRIE DE DAKAR\nREPUBLIQUE DU SENEGAL") == "SEN"


def test_parents_are_never_the_child() -> None:
    rows = [r for r in SENEGAL if "Nom :" not in str(r) and "Prénom" not in str(r)]
    f = extracted(birth_certificate.SPEC, document(DocType.BIRTH_CERTIFICATE, page(rows))).fields
    assert "MAMADOU" not in _fold(f"{f.surname} {f.given_names} {f.full_name}")
    rows = [r for r in COLOMBIA if "OSORIO" not in str(r) or "FERNANDO" in str(r)]
    f = extracted(birth_certificate.SPEC, document(DocType.BIRTH_CERTIFICATE, page(rows))).fields
    assert "COMPLETOS" not in _fold(f"{f.surname} {f.given_names}")
    assert "FERNANDO" not in _fold(f"{f.surname} {f.given_names}")


def test_legalisation_stamp_is_reported() -> None:
    rows = [*MOROCCO, "Vu pour légalisation de la signature de M. X, officier de l'état civil",
            "CONSULAT GENERAL DU ROYAUME DU MAROC A PARIS"]  # fmt: skip
    f = extracted(birth_certificate.SPEC, document(DocType.BIRTH_CERTIFICATE, page(rows))).fields
    assert f.legalised is True
    assert f.legalised_by is not None and "CONSULAT GENERAL DU ROYAUME DU MAROC" in f.legalised_by
    assert f.issuing_country == "MAR"
    exempt = [*MOROCCO, "Esente da legalizzazione e da traduzione ai sensi del Reg. (UE) 2016/1191"]
    f = extracted(birth_certificate.SPEC, document(DocType.BIRTH_CERTIFICATE, page(exempt))).fields
    assert f.legalised is False


@pytest.mark.parametrize(
    "stamp",
    [
        # the Vietnamese foreign ministry's stamp, named in English (set_bz p03)
        ["CHUNG NHAN LANH SU / CONSULAR AUTHENTICATION", "CUC LANH SU - CONSULAR DEPARTMENT"],
        # the embassy's "Vu pour légalisation" misread, its formula and its name read
        ["AMBASSADE DE FRANCE au VIETNAM", "acne Lowa de la signature de", "t Lamy"],
    ],
)
def test_a_consular_authentication_is_a_legalisation(stamp: list[str]) -> None:
    rows = ["GIAY KHAI SINH", "Ngay, thang, nam sinh: 12/02/1996", *stamp]
    f = extracted(birth_certificate.SPEC, document(DocType.BIRTH_CERTIFICATE, page(rows))).fields
    assert f.legalised is True


def test_an_embassy_alone_is_no_legalisation() -> None:
    rows = ["ACTE DE NAISSANCE", "né le 12/02/1996", "transcrit par l'AMBASSADE DE FRANCE A DAKAR"]
    f = extracted(birth_certificate.SPEC, document(DocType.BIRTH_CERTIFICATE, page(rows))).fields
    assert f.legalised is False


def test_month_first_box_of_a_us_certificate() -> None:
    rows = [
        "STATE OF CALIFORNIA", "CERTIFICATE OF LIVE BIRTH",
        [(L, "1A NAME OF CHILD—FIRST (GIVEN)"), (R, "1C. LAST (FAMILY)")],
        [(L, "MICHAEL"), (R, "BRENNAN")],
        [(L, "4A DATE OF BIRTH—MM/DD/CCYY"), (R, "4B. HOUR (24 HOURS)")],
        [(L, "08/09/1986"), (R, "0452")],
    ]  # fmt: skip
    f = extracted(birth_certificate.SPEC, document(DocType.BIRTH_CERTIFICATE, page(rows))).fields
    assert f.date_of_birth == dt.date(1986, 8, 9)
    assert (f.surname, f.given_names) == ("BRENNAN", "MICHAEL")


# --------------------------------------------------------------------------- values


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("le dix-sept janvier mil neuf cent quatre-vingt-dix-neuf", "1999-01-17"),
        ("deux juin deux mille un", "2001-06-02"),
        ("vingt et un mai mil neuf cent quatre-vingt-sept", "1987-05-21"),
        ("trinta de janeiro de mil novecentos e noventa e sete", "1997-01-30"),
        ("veintidós de julio de mil novecientos noventa y cuatro", "1994-07-22"),
        # Portuguese "quatro" and Spanish "catorce" (set_da p04: "... noventa e quatro" read 1990)
        ("Quatorze de marco de mil novecentos e noventa e quatro", "1994-03-14"),
        ("catorce de julio de mil novecientos noventa y cuatro", "1994-07-14"),
        ("the 4th day of February, 2026", "2026-02-04"),
    ],
)
def test_dates_in_words(text: str, iso: str) -> None:
    assert [d.value.isoformat() for d in find_word_dates(text)] == [iso]


def test_a_year_cut_short_is_no_date() -> None:
    """ "mil neuf cent" then an unreadable word is not 1900."""
    assert find_word_dates("deux novembre mil neuf cent Pete che") == []
    assert words_to_number(["quatre", "vingt", "onze"]) == 91


def test_whole_names_are_split_as_written() -> None:
    assert split_full("KOUASSI Aya Marie-Noëlle") == ("KOUASSI", "Aya Marie-Noëlle")
    parents = {"JOSE", "CARLOS", "DOS", "SANTOS", "ANA", "PAULA", "FERREIRA"}
    assert split_full("LUCAS GABRIEL FERREIRA DOS SANTOS", parents) == (
        "FERREIRA DOS SANTOS",
        "LUCAS GABRIEL",
    )


# --------------------------------------------------------------------------- apostilles

APOSTILLE = [
    "STATE OF OHIO", "OFFICE OF THE SECRETARY OF STATE", "APOSTILLE",
    "(Convention de La Haye du 5 octobre 1961)",
    [(L, "1. Country :"), (R, "United States of America")],
    "This public document",
    "2. has been signed by Lance D. Himes",
    "3. acting in the capacity of State Registrar of Vital Statistics",
    "4. bears the seal/stamp of Ohio Department of Health",
    "Certified",
    [(L, "5. at"), (300, "Columbus, Ohio"), (900, "6. the"), (1100, "4th day of February, 2026")],
    [(L, "7. by"), (300, "His Majesty's Principal Secretary of State for Foreign, and")],
    [(300, "Development Affairs")],
    [(L, "8. No."), (300, "2026-0014832")],
    [(L, "9. Seal/stamp :"), (900, "10. Signature :")],
]  # fmt: skip


def test_apostille_fields() -> None:
    doc = document(DocType.APOSTILLE, page(APOSTILLE))
    f = extracted(apostille.SPEC, doc).fields
    assert f.issued_on == dt.date(2026, 2, 4)
    assert f.number == "2026-0014832"
    assert f.country_code == "USA"
    assert f.signed_by == (
        "His Majesty's Principal Secretary of State for Foreign, and Development Affairs"
    )


def _cert(file: str, country: str | None, doc_id: str = "d1") -> Document:
    doc = document(DocType.BIRTH_CERTIFICATE, page(OHIO, file), doc_id=doc_id)
    doc = extracted(birth_certificate.SPEC, doc)
    return dataclasses.replace(doc, fields=dataclasses.replace(doc.fields, issuing_country=country))


def _apostille(file: str, code: str | None, n: int = 1, doc_id: str = "d2") -> Document:
    fields = ApostilleFields("x", dt.date(2026, 2, 4), "A-1", "J. Soto", code)
    return Document(doc_id, DocType.APOSTILLE, 1.0, (page(["APOSTILLE"], file, n),), fields)


@pytest.mark.parametrize(
    ("apostille_file", "code", "expected"),
    [
        ("cert.pdf", None, True),  # page 2 of the certificate's file
        ("apostille.pdf", "USA", True),  # another file, the certificate's country
        ("apostille.pdf", "GBR", False),  # another country: certifies something else
        ("apostille.pdf", None, True),  # the packet's only apostille, country unread
    ],
)
def test_apostille_is_attached_to_its_certificate(
    apostille_file: str, code: str | None, expected: bool
) -> None:
    cert = _cert("cert.pdf", "USA")
    docs = apostille.attach_apostilles([cert, _apostille(apostille_file, code, 2)])
    assert docs[0].fields.has_apostille is expected


# --------------------------------------------------------------------------- translations

TRANSLATION = [
    "Isabel MORENO-LAMBERT  Traduction n° 2026-0877",
    "Traductrice-interprète expert près la Cour d'appel de Paris",
    "TRADUCTION CERTIFIÉE CONFORME",
    "Traduit de l'espagnol",
    "REGISTRE NATIONAL DE L'ÉTAT CIVIL — ACTE DE NAISSANCE",
    "Premier nom de famille : RESTREPO — Second nom de famille : CARDENAS",
    "Prénom(s) : MARIA CAMILA — Sexe : FEMININ",
    "Date de naissance : 22 juillet 1994 — Heure : 06 h 45",
    "Mère : CARDENAS VELEZ LUZ MARINA, C.C. 43.512.877",
    "Je soussignée, Isabel MORENO-LAMBERT, traductrice-interprète expert près la Cour d'appel",
]


def test_translation_names_the_person_and_date() -> None:
    doc = document(DocType.TRANSLATION, page(TRANSLATION))
    f = extracted(translation.SPEC, doc).fields
    assert f.translates == "birth_certificate"
    assert sorted(_fold(f.person).split()) == ["CAMILA", "CARDENAS", "MARIA", "RESTREPO"]
    assert f.date_of_birth == dt.date(1994, 7, 22)


def test_a_band_skipped_by_the_layout_analysis_is_read_again(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A phone photo whose upper half tesseract skipped: the band with ink and no word is
    read again, and the certificate read with it."""
    from docverify.doctypes import civil_layout

    lower = [r for r in MOROCCO if "Lieu" in str(r) or "Père" in str(r) or "Mère" in str(r)]
    blank = page(["x"] * 14 + lower)  # rows 0-13 stand for the skipped upper half
    words = tuple(w for w in blank.words if w.text != "x")
    image = np.full((2600, 1700), 255, np.uint8)
    image[150:850:60, 100:1500] = 0  # printed lines in the upper half
    blank = dataclasses.replace(blank, words=words, image=image)
    upper = page(MOROCCO[:9])

    def reread(pg: PageText, y0: float, y1: float, languages: str = "") -> list[Word]:
        assert y1 - y0 > 700  # the whole skipped band, once
        return [w for w in upper.words if y0 <= w.box[1] < y1]

    monkeypatch.setattr(civil_layout, "reread_band", reread)
    doc = document(DocType.BIRTH_CERTIFICATE, blank)
    f = extracted(birth_certificate.SPEC, doc).fields
    assert (f.surname, f.given_names, f.issuing_country) == ("IDRISSI", "Salma", "MAR")
    assert f.date_of_birth == dt.date(1991, 9, 10)


def test_a_parents_heading_in_the_next_column_does_not_hide_the_childs_date() -> None:
    """An entry of birth (England and Wales) puts "Name and surname of father" on the row of
    "When and where born": only the label's own cell says whose date it is."""
    rows = [
        "CERTIFIED COPY OF AN ENTRY OF BIRTH", "GIVEN AT THE GENERAL REGISTER OFFICE",
        [(L, "When and where born"), (500, "Name, if any"), (900, "Name and surname of father")],
        [(L, "3rd February 1985"), (500, "Michael Andrew"), (900, "Robert James THOMPSON")],
    ]  # fmt: skip
    f = extracted(birth_certificate.SPEC, document(DocType.BIRTH_CERTIFICATE, page(rows))).fields
    assert f.date_of_birth == dt.date(1985, 2, 3)
    assert f.given_names == "Michael Andrew"


def test_a_commonwealth_register_entry_is_its_states_with_the_date_rows_below() -> None:
    """Guyana's General Register Office copies the British entry of birth: the heading names
    the state (not Britain), and the column's date sits rows below two-row headings."""
    rows = [
        "CO-OPERATIVE REPUBLIC OF GUYANA", "GENERAL REGISTER OFFICE",
        "CERTIFIED COPY OF AN ENTRY OF BIRTH",
        [(L, "No."), (200, "When and where born"), (600, "Name, if any"), (900, "Sex"),
         (1100, "Name and surname of father"), (1400, "Name, surname and maiden surname of")],
        [(1400, "mother"), (1700, "residence of informant")],
        [(L, "4172"), (200, "2 July 1988"), (600, "Rohan Anil"), (900, "Male"),
         (1100, "Anil Ramnarine"), (1400, "Savitri Ramnarine-Persaud")],
        [(200, "Georgetown Public Hospital,"), (600, "RAMNARINE-PERSAUD")],
    ]  # fmt: skip
    f = extracted(birth_certificate.SPEC, document(DocType.BIRTH_CERTIFICATE, page(rows))).fields
    assert (f.issuing_country, f.date_of_birth) == ("GUY", dt.date(1988, 7, 2))
    # the surname in capitals under the forenames, in their cell
    assert (f.surname, f.given_names) == ("RAMNARINE-PERSAUD", "Rohan Anil")
    uk = ["CERTIFIED COPY OF AN ENTRY OF BIRTH", "GIVEN AT THE GENERAL REGISTER OFFICE"]
    assert countries.issuer_from_text("\n".join(uk), uk) == "GBR"


def test_a_register_entry_with_headings_on_two_rows_and_values_centred_in_their_column() -> None:
    """The Bahamas' copy of an entry of birth (set_av p04): "When and / where born" on two
    rows, the forenames centred in a wide column, starting left of their heading."""
    rows = [
        "COMMONWEALTH OF THE BAHAMAS", "REGISTRAR GENERAL'S DEPARTMENT",
        "CERTIFIED COPY OF AN ENTRY OF BIRTH",
        [(200, "When and"), (440, "Name, if any"), (660, "Sex"), (770, "Name and surname"),
         (1020, "Name and maiden"), (1270, "Informant"), (1440, "When")],
        [(190, "where born"), (810, "of father"), (1020, "surname of mother"),
         (1420, "registered")],
        [(130, "30/01/1995"), (366, "Tamika Renée"), (635, "Female"),
         (737, "Dwayne Anthony Fergus"), (967, "Sharon Knowles"), (1241, "Mother"),
         (1400, "14/02/1995")],
    ]  # fmt: skip
    f = extracted(birth_certificate.SPEC, document(DocType.BIRTH_CERTIFICATE, page(rows))).fields
    assert (f.given_names, f.date_of_birth) == ("Tamika Renée", dt.date(1995, 1, 30))
    assert f.issuing_country == "BHS"


def test_a_register_whose_full_name_and_date_headings_run_over_two_rows() -> None:
    """Vanuatu's certified copy of an entry of birth (set_av p03): "Full name / of child",
    "Date / of birth", the name's two rows (surname, then forenames) read as one."""
    rows = [
        "REPUBLIC OF VANUATU", "CIVIL STATUS REGISTRY : Ministry of Internal Affairs",
        "BIRTH CERTIFICATE", "Registration No. SAN/1988/00412 Province: Sanma",
        [(150, "Full name"), (420, "Sex"), (560, "Date"), (760, "Place"),
         (980, "Name of father"), (1250, "Name of mother"), (1500, "Date of")],
        [(150, "of child"), (560, "of birth"), (760, "of birth"), (1500, "registration")],
        [(150, "NAKOU"), (420, "Male"), (540, "02/11/1988"), (760, "Luganville"),
         (980, "Serge Nakou"), (1250, "Leimara Tabi"), (1480, "21/11/1988")],
        [(150, "Joël Serge"), (760, "Espiritu Santo")],
    ]  # fmt: skip
    f = extracted(birth_certificate.SPEC, document(DocType.BIRTH_CERTIFICATE, page(rows))).fields
    assert (f.full_name, f.date_of_birth) == ("NAKOU Joël Serge", dt.date(1988, 11, 2))


def test_an_ivorian_extract_whose_act_number_column_runs_into_the_sentence() -> None:
    """set_ax p02: the act's "N° ... DU 06/07/1988" column read into the sentence's rows,
    after "est né(e)", and "à 14 heures" read "4 14 heures": the birth is the date in words
    before the verb (2 July 1988), not the act's date nor a year grown by 4 + 14."""
    rows = [
        "REPUBLIQUE DE COTE D'IVOIRE", "CENTRE D'ETAT CIVIL DE BOUAKE (PRINCIPAL)", "EXTRAIT",
        "du registre des actes de l'état civil pour l'année 1988",
        "el ctu Le deux juillet mil neuf cent quatre-vingt-huit 4 14 heures 20 est né(e)",
        "DU 06/07/1988",
        "N'GUESSAN Koffi Jean-Baptiste à Bouaké (Maternité du CHU), fils de",
        "NAISSANCE DE N'GUESSAN Kouadio Firmin, profession instituteur, et de YAO Affoué",
    ]  # fmt: skip
    f = extracted(birth_certificate.SPEC, document(DocType.BIRTH_CERTIFICATE, page(rows))).fields
    assert f.date_of_birth == dt.date(1988, 7, 2)


def test_a_venezuelan_narrative_act_whose_year_runs_over_the_window_after_its_verb() -> None:
    """set_ay p04: "nació en el Hospital ... de esta ciudad, el día siete de noviembre de mil
    novecientos noventa y uno": the date ends far after the verb (cut there, it made 1900),
    and the name "que lleva por nombre MARÍA GABRIELA y es hija suya" ends before its "y"."""
    rows = [
        "REPUBLICA BOLIVARIANA DE VENEZUELA", "ACTA DE NACIMIENTO",
        "V-7.812.544, domiciliado en esta ciudad, y expuso: que dicha niña nació",
        "en el Hospital Central Dr. Urquinaona de esta ciudad, el día siete de",
        "noviembre de mil novecientos noventa y uno, a las cuatro y quince de la",
        "tarde, que lleva por nombre MARÍA GABRIELA y es hija suya y de su",
        "cónyuge Carmen Elena Pacheco de Rodríguez, venezolana, titular de la",
    ]  # fmt: skip
    f = extracted(birth_certificate.SPEC, document(DocType.BIRTH_CERTIFICATE, page(rows))).fields
    assert (f.given_names, f.date_of_birth) == ("MARÍA GABRIELA", dt.date(1991, 11, 7))


def test_names_beside_the_fathers_and_grandfathers_with_a_surname_of_their_own() -> None:
    """Afghanistan's certificate (set_ay p03) names the father and the grandfather like an
    Ethiopian lineage, but gives the surname too: "Name" is the given name, "Surname" the
    surname; the grandfather's name is not taken for it."""
    rows = [
        "Islamic Republic of Afghanistan", "Ministry of Interior Affairs",
        "General Directorate of Population Registration", "BIRTH CERTIFICATE",
        [(L, "Name"), (R, "Zahra")], [(L, "Surname"), (R, "Hossaini")],
        [(L, "Father's Name"), (R, "Mohammad Ali")],
        [(L, "Grandfather's Name"), (R, "Ghulam Hussain")],
        [(L, "Date of Birth"), (R, "21/06/1998 (1377/03/31)")],
    ]  # fmt: skip
    f = extracted(birth_certificate.SPEC, document(DocType.BIRTH_CERTIFICATE, page(rows))).fields
    assert (f.surname, f.given_names) == ("Hossaini", "Zahra")
    assert f.date_of_birth == dt.date(1998, 6, 21)


def test_a_reniec_grid_its_prenombres_heading_in_two_words_and_its_date_in_a_column() -> None:
    """Peru's RENIEC act (set_ax p04): "PRE NOMBRES" read as two words (the forenames'
    column starts at "PRE"), the date under "FECHA DE NACIMIENTO" between "SEXO" and
    "HORA", the place a hospital's name beside "DEPARTAMENTO" (a label, no place)."""
    rows = [
        "REPÚBLICA DEL PERÚ", "REGISTRO NACIONAL DE IDENTIFICACIÓN Y ESTADO CIVIL - RENIEC",
        "ACTA DE NACIMIENTO", "DATOS DEL NACIDO(A)",
        [(120, "PRIMER APELLIDO"), (600, "SEGUNDO APELLIDO"), (1078, "PRE NOMBRES")],
        [(120, "QUISPE"), (600, "MAMANI"), (1078, "ROSA ELENA")],
        [(120, "SEXO"), (600, "FECHA DE NACIMIENTO"), (1078, "HORA")],
        [(120, "FEMENINO"), (600, "30/09/2001"), (1078, "06:45")],
        [(120, "LUGAR DE NACIMIENTO"), (840, "DEPARTAMENTO")],
        [(120, "HOSPITAL REGIONAL DEL CUSCO"), (840, "Cusco")],
    ]  # fmt: skip
    pg = page(rows)
    f = extracted(birth_certificate.SPEC, document(DocType.BIRTH_CERTIFICATE, pg)).fields
    assert (f.surname, f.given_names) == ("QUISPE MAMANI", "ROSA ELENA")
    assert f.date_of_birth == dt.date(2001, 9, 30)
    assert f.place_of_birth == "HOSPITAL REGIONAL DEL CUSCO"


def test_bangladeshs_registered_persons_name() -> None:
    """Bangladesh's birth registration certificate (BDRIS, set_ax p03): the child is the
    "Registered Person's Name", behind Bengali read as noise."""
    rows = [
        "Government of the People's Republic of Bangladesh",
        "Office of the Registrar, Birth and Death Registration",
        "wa faaaga an / Birth Registration Certificate",
        "wa : 23/01/1996 Date of Birth : 23/01/1996",
        "AA te Registered Person's Name : Md. Rafiqul Islam",
        "arora GPA GA Mother's Name : Rokeya Begum",
        "is Waa Father's Name : Md. Abdul Karim",
    ]  # fmt: skip
    f = extracted(birth_certificate.SPEC, document(DocType.BIRTH_CERTIFICATE, page(rows))).fields
    assert (f.surname, f.given_names) == ("Islam", "Md. Rafiqul")
    assert (f.date_of_birth, f.issuing_country) == (dt.date(1996, 1, 23), "BGD")


def test_a_month_misread_between_a_day_and_a_year_in_words() -> None:
    """Cameroon's bilingual act photographed (set_ay p02): "Né le / vingt-deux asit mil neuf
    cent quatre-vingt-treize", "août" read "asit"."""
    rows = [
        "RÉPUBLIQUE DU CAMEROUN", "ACTE DE NAISSANCE", "BIRTH CERTIFICATE",
        [(L, "Nom de l'enfant"), (R, "NGO NJOCK")], "Surname of the child",
        [(L, "Prénoms de l'enfant"), (R, "Estelle Marlyse")], "Given names of the child",
        [(L, "Né le"), (R, "vingt-deux asit mil neuf cent quatre-vingt-treize")],
        "Born on the",
    ]  # fmt: skip
    f = extracted(birth_certificate.SPEC, document(DocType.BIRTH_CERTIFICATE, page(rows))).fields
    assert f.date_of_birth == dt.date(1993, 8, 22)


def test_a_state_named_in_its_own_language_heads_the_certificate() -> None:
    """São Tomé's heading in Portuguese, over Portugal's registry name (set_au p04): the
    country names of pycountry's translations are known, not only the English ones."""
    rows = [
        "REPÚBLICA DEMOCRÁTICA DE SÃO TOMÉ E PRÍNCIPE", "MINISTÉRIO DA JUSTIÇA",
        "Conservatória do Registo Civil de São Tomé", "CERTIDÃO DE NASCIMENTO",
        "Nome: MARIA DA CONCEIÇÃO COSTA DOS SANTOS", "Data do nascimento: 23/07/1997",
    ]  # fmt: skip
    f = extracted(birth_certificate.SPEC, document(DocType.BIRTH_CERTIFICATE, page(rows))).fields
    assert f.issuing_country == "STP"
    assert countries.code_from_name("Santo Tomé y Príncipe") == "STP"


def test_a_catalan_certificate_names_the_child_by_nom_and_cognoms() -> None:
    """Andorra's "Certificat de naixement" (set_av p01): Catalan "Nom" is the given name
    beside "Cognoms", where French "Nom" would be the surname."""
    rows = [
        "PRINCIPAT D'ANDORRA", "Govern d'Andorra - Ministeri de Justícia i Interior",
        "REGISTRE CIVIL", "CERTIFICAT DE NAIXEMENT", "(Certificació literal)",
        "Nom: Montserrat", "Cognoms: CASALS VILARÓ", "Sexe: Femení",
        "Data de naixement: 14 de març de 1993 (14/03/1993)",
        "Lloc de naixement: Andorra la Vella, parròquia d'Andorra la Vella",
        "Pare: Jordi Casals Puig", "Mare: Núria Vilaró i Cerqueda",
    ]  # fmt: skip
    pg = page(rows)
    assert classify_page(pg).type == DocType.BIRTH_CERTIFICATE
    f = extracted(birth_certificate.SPEC, document(DocType.BIRTH_CERTIFICATE, pg)).fields
    assert (f.surname, f.given_names) == ("CASALS VILARÓ", "Montserrat")
    assert (f.date_of_birth, f.issuing_country) == (dt.date(1993, 3, 14), "AND")
    assert f.place_of_birth == "Andorra la Vella, parròquia d'Andorra la Vella"
    assert f.language == "ca"  # not French: the CPAM may ask for a translation


def test_apostille_number_after_a_degree_sign() -> None:
    rows = [
        "APOSTILLE", "(Convention de La Haye du 5 octobre 1961)",
        [(L, "1. Pays :"), (R, "Royaume du Maroc")],
        [(L, "5. à"), (300, "Rabat"), (900, "6. le"), (1100, "10/04/2026")],
        [(L, "7. par"), (300, "Le Gouverneur de la Préfecture de Rabat")],
        [(L, "8. sous n°"), (400, "RB-APO-2026-0041887")],
        [(L, "9. Sceau/timbre :"), (900, "10. Signature :")],
    ]  # fmt: skip
    f = extracted(apostille.SPEC, document(DocType.APOSTILLE, page(rows))).fields
    assert (f.number, f.country_code) == ("RB-APO-2026-0041887", "MAR")
    assert f.signed_by == "Le Gouverneur de la Préfecture de Rabat"
    assert f.issued_on == dt.date(2026, 4, 10)


def test_a_notarial_certificate_of_birth_is_a_birth_certificate() -> None:
    """China's 公证书: the English page's title says notarial certificate, not birth."""
    rows = [
        "Shudu Notary Public Office, Chengdu, Sichuan, PRC", "NOTARIAL CERTIFICATE",
        "Person ZHANG", "Given name XIAOWEI", "Date of birth 2001-06-14",
        "Place of birth Chengdu, Sichuan", "Certificate no. 04712",
    ]  # fmt: skip
    assert classify_page(page(rows)).type == DocType.BIRTH_CERTIFICATE
    # a notary's certificate of something else is not
    other = ["Notary Public Office", "NOTARIAL CERTIFICATE", "This is to certify that the copy",
             "of the diploma is true to the original"]  # fmt: skip
    assert classify_page(page(other)).type != DocType.BIRTH_CERTIFICATE


def test_the_state_named_by_the_heading_is_the_issuing_country() -> None:
    """No issuer the data knows by its registry, but the page is headed by its state."""
    rows = [
        "RZECZPOSPOLITA POLSKA", "Urzad Stanu Cywilnego w Krakowie", "ODPIS ZUPELNY AKTU URODZENIA",
        "1. Nazwisko / Nom / Surname", "WISNIEWSKA", "2. Imiona / Prénoms / Forenames",
        "KATARZYNA ANNA", "4. Data urodzenia / Date de naissance / Date of birth", "02/09/1990",
    ]  # fmt: skip
    f = extracted(birth_certificate.SPEC, document(DocType.BIRTH_CERTIFICATE, page(rows))).fields
    assert f.issuing_country == "POL"
    ghana = ["REPUBLIC OF GHANA", "BIRTHS AND DEATHS REGISTRY", "CERTIFIED COPY OF ENTRY OF BIRTH",
             "Name KWAME MENSAH", "Date of birth 12/04/1991"]  # fmt: skip
    f = extracted(birth_certificate.SPEC, document(DocType.BIRTH_CERTIFICATE, page(ghana))).fields
    assert f.issuing_country == "GHA"


# Ukraine's "Свідоцтво про народження" as tesseract reads it with ukr+rus (set_n p06):
# labels above their values, the patronymic and the parents in rows of their own.
UKRAINE = [
    "УКРАЇНА", "СВІДОЦТВО ПРО НАРОДЖЕННЯ", "Серія І-БК № 89917",
    "Прізвище", "КОВАЛЕНКО", "Ім'я", "Оксана", "По батькові", "Петрівна",
    "Дата народження", "5 вересня 1985 року", "05.09.1985",
    "Місце народження", "м. Харків",
    "Батько", "Коваленко Петро Іванович", "Мати", "Коваленко Галина Олексіївна",
    "Дата видачі", "08.04.2026",
]  # fmt: skip
# the repeat issue ("повторно") prints each value above its caption in brackets
UKRAINE_CAPTIONED = [
    "УКРАЇНА", "СВІДОЦТВО ПРО НАРОДЖЕННЯ", "(повторно)",
    "КОВАЛЕНКО", "(прізвище)", "Оксана", "(ім'я)", "Петрівна", "(по батькові)",
    "05.09.1985", "(народився(лася))", "м. Харків", "(місце народження)",
    "Коваленко Петро Іванович", "(батько)", "Коваленко Галина Олексіївна", "(мати)",
    "Дата видачі: 08.04.2026",
]  # fmt: skip
RUSSIA = [
    "РОССИЙСКАЯ ФЕДЕРАЦИЯ", "СВИДЕТЕЛЬСТВО О РОЖДЕНИИ",
    "Фамилия СМИРНОВ", "Имя Юрий", "Отчество Андреевич", "Дата рождения 14.02.1990",
    "Место рождения г. Новосибирск", "Отец Смирнов Андрей Петрович",
    "Мать Смирнова Ольга Ивановна", "Дата выдачи 03.03.2026",
]  # fmt: skip


@pytest.mark.parametrize(
    ("rows", "country", "language", "names", "place"),
    [
        (UKRAINE, "UKR", "uk", ("KOVALENKO", "Oksana"), "m. Kharkiv"),
        (UKRAINE_CAPTIONED, "UKR", "uk", ("KOVALENKO", "Oksana"), "m. Kharkiv"),
        (RUSSIA, "RUS", "ru", ("SMIRNOV", "Iurii"), "g. Novosibirsk"),
    ],
)
def test_a_cyrillic_certificate_names_the_child_in_the_passports_latin_letters(
    rows: list[str], country: str, language: str, names: tuple[str, str], place: str
) -> None:
    """The child's names in Latin letters as the passport writes them (Ukraine's national
    transliteration, ICAO's for Russian), never the patronymic nor a parent's."""
    assert classify_page(page(rows)).type == DocType.BIRTH_CERTIFICATE
    f = extracted(birth_certificate.SPEC, document(DocType.BIRTH_CERTIFICATE, page(rows))).fields
    assert (f.surname, f.given_names) == names
    assert (f.issuing_country, f.language, f.place_of_birth) == (country, language, place)
    assert f.date_of_birth == (dt.date(1985, 9, 5) if country == "UKR" else dt.date(1990, 2, 14))


def test_given_name_and_patronymic_in_one_field_gives_the_first_name() -> None:
    """ "Ім'я, по батькові: Дмитро Олександрович" (set_m p04): the passport writes DMYTRO
    alone; the patronymic is no given name, nor is its label."""
    rows = ["УКРАЇНА", "СВІДОЦТВО ПРО НАРОДЖЕННЯ", "Прізвище: ГРИЦЕНКО",
            "Ім'я, по батькові: Дмитро Олександрович", "Дата народження: 29.12.1986",
            "Батько: Гриценко Олександр Петрович"]  # fmt: skip
    f = extracted(birth_certificate.SPEC, document(DocType.BIRTH_CERTIFICATE, page(rows))).fields
    assert (f.surname, f.given_names) == ("HRYTSENKO", "Dmytro")


def test_a_ukrainian_apostille_gives_its_country_signatory_and_issuer() -> None:
    """The Hague model in Ukrainian with its English title (set_m p04): read with
    Ukrainian, Russian and English, its numbered items are known in Cyrillic."""
    rows = [
        "APOSTILLE", "(Convention de La Haye du 5 octobre 1961)",
        "1. Країна: Україна / Ukraine", "Цей офіційний документ",
        "2. підписаний Коваль О. М.", "3. який діє як начальник відділу ДРАЦС",
        "5. в Київ", "6. дата 02.07.2024", "7. ким Міністерство юстиції", "8. № 2407-118392",
    ]  # fmt: skip
    assert classify_page(page(rows)).type == DocType.APOSTILLE
    f = extracted(apostille.SPEC, document(DocType.APOSTILLE, page(rows))).fields
    assert (f.country_code, f.signed_by) == ("UKR", "Міністерство юстиції")
    assert f.issued_on == dt.date(2024, 7, 2)


@pytest.mark.parametrize("label", ["Ho, chu dém, tén", "Ho, chir dém, tén"])
def test_a_vietnamese_giay_khai_sinh_read_without_its_diacritics(label: str) -> None:
    """Vietnam's birth certificate as French and English models read it (set_n d028): the
    full name surname first, never the mother's or father's row; "chữ" may come out
    "chir" (set_v d015)."""
    rows = [
        "CONG HOA XA HO! CHU NGHIA VIET NAM", "GIAY KHAI SINH (BAN SAO)",
        [(L, label), (R, "PHAM NGOC ANH")],
        [(L, "Ngèy, thang, nam sinh"), (R, "14/07/1982")],
        [(L, "Noi sinh"), (R, "Ha Nôi")],
        [(L, "Ho, chu dém, tén ngudi me"), (R, "Tran Thi Lan")],
        [(L, "Ho, chü dém, tén ngudi cha"), (R, "Pham Quang")],
        [(L, "Ngèy cap"), (R, "20/06/2026")],
    ]  # fmt: skip
    assert classify_page(page(rows)).type == DocType.BIRTH_CERTIFICATE
    f = extracted(birth_certificate.SPEC, document(DocType.BIRTH_CERTIFICATE, page(rows))).fields
    assert (f.surname, f.given_names, f.issuing_country) == ("PHAM", "NGOC ANH", "VNM")
    assert (f.date_of_birth, f.place_of_birth) == (dt.date(1982, 7, 14), "Ha Nôi")


def test_a_turkish_extracts_parents_rows_give_no_forenames() -> None:
    """The rows "Ana Adı" (mother's name) and "Baba Adı" (father's name) end in the "Adı" that
    labels the child's forenames: their rows are the parents' (set_x p02, where "Adı" itself
    was lost in the read and the mother's name became the applicant's)."""
    from docverify.doctypes.civil_labels import GIVEN_LABELS
    from docverify.doctypes.civil_values import _name

    rows = ["DOGUM KAYIT ORNEGI", "se ne ae oe YILDIRIM :", "ach : a | MEHMET EMRE",
            "| Babaadı a | HASAN |", "Ana Adi | AYSE", "| Dogum Yeri KADIKOY"]  # fmt: skip
    assert _name(rows, GIVEN_LABELS) is None
    assert _name([*rows, "Adı | MEHMET EMRE"], GIVEN_LABELS) == "MEHMET EMRE"


def test_philippine_name_parts_tagged_on_one_row() -> None:
    """The PSA's computer-generated certificate (set_aa p02): "1. NAME" alone, then one row
    "(First) JOHN PAUL (Middle) MERCADO (Last) DELA CRUZ", its parts in cells: each tag
    ends the part before it."""
    rows = [
        "Republic of the Philippines", "OFFICE OF THE CIVIL REGISTRAR GENERAL",
        "CERTIFICATE OF LIVE BIRTH", "1, NAME",
        [(L, "(First) JOHN PAUL"), (500, "(Middle) MERCADO"), (900, "(Last) DELA CRUZ")],
        "2. SEX", "Male", "3. DATE OF BIRTH", "12 March 1991",
        "13. NAME OF FATHER", "EDUARDO SANTOS DELA CRUZ",
    ]  # fmt: skip
    f = extracted(birth_certificate.SPEC, document(DocType.BIRTH_CERTIFICATE, page(rows))).fields
    assert (f.surname, f.given_names) == ("DELA CRUZ", "JOHN PAUL")


def test_peruvian_prenombres_are_the_given_names() -> None:
    """A RENIEC "Acta de nacimiento" (set_ab p01): "Prenombres" beside the two surnames."""
    rows = [
        "REPÚBLICA DEL PERÚ", "ACTA DE NACIMIENTO", "DATOS DEL NACIDO",
        "Apellido paterno: HUAMAN", "Apellido materno: QUISPE", "Prenombres: MARIA DEL PILAR",
        "Sexo: FEMENINO", "Fecha de nacimiento: 14 DE MARZO DE 1991",
    ]  # fmt: skip
    f = extracted(birth_certificate.SPEC, document(DocType.BIRTH_CERTIFICATE, page(rows))).fields
    assert (f.surname, f.given_names) == ("HUAMAN QUISPE", "MARIA DEL PILAR")


def test_a_birth_registration_certificate_is_a_birth_certificate() -> None:
    """Pakistan's NADRA prints "BIRTH REGISTRATION CERTIFICATE" (set_ad, p03): the title
    was not known, the page typed unknown and the certificate reported missing."""
    rows = [
        "BIRTH REGISTRATION CERTIFICATE",
        "Certificate No: BR-3460312-0019482 Date of Issue: 05-02-2026",
        "Name of Child MUHAMMAD USMAN MALIK", "Gender MALE", "Date of Birth 21-06-1993",
        "Place of Birth SIALKOT", "Father's Name MALIK TARIQ MEHMOOD",
        "Union Council UC-12 SIALKOT CITY",
    ]  # fmt: skip
    assert classify_page(page(rows)).type == DocType.BIRTH_CERTIFICATE
    # "Name of Child" holds the whole name; the father's name tells the surname
    f = extracted(birth_certificate.SPEC, document(DocType.BIRTH_CERTIFICATE, page(rows))).fields
    assert (f.surname, f.given_names) == ("MALIK", "MUHAMMAD USMAN")


def test_a_parents_apellidos_y_nombres_row_gives_no_given_names() -> None:
    """Peru's RENIEC acta (blind set set_ad, p01): the child's "PRENOMBRES  SEXO" row, and
    each parent's "APELLIDOS Y NOMBRES  DOCUMENTO" row, whose "Datos de la madre" heading
    was misread. The given names were read "DOCUMENTO", the next column's caption."""
    rows = [
        "REPÚBLICA DEL PERÚ", "ACTA DE NACIMIENTO", "N° DE ACTA: 1000452371",
        [(100, "APELLIDO PATERNO"), (700, "APELLIDO MATERNO")],
        [(100, "QUISPE"), (700, "HUAMAN")],
        [(100, "PRENOMBRES"), (700, "SEXO")],
        [(100, "ROCÍO DEL PILAR"), (700, "FEMENINO")],
        [(100, "FECHA DE NACIMIENTO"), (700, "HORA")],
        [(100, "17/04/1996"), (700, "06:40")],
        "ATE) a á OT bie",
        [(100, "APELLIDOS Y NOMBRES"), (700, "DOCUMENTO")],
        [(100, "HUAMAN CCORI, JULIANA"), (700, "DNI 23815904")],
    ]  # fmt: skip
    f = extracted(birth_certificate.SPEC, document(DocType.BIRTH_CERTIFICATE, page(rows))).fields
    assert (f.surname, f.given_names) == ("QUISPE HUAMAN", "ROCÍO DEL PILAR")


def test_an_albanian_certificate_of_birth() -> None:
    """set_ap p02: e-Albania's "Certifikatë lindjeje", labels beside values ("Mbiemri",
    "Emri", "Datëlindja"), the parents' rows ("Atësia", "Amësia", the mother's maiden name
    "Mbiemri i vajzërisë së nënës") never read for the child."""
    rows = [
        "REPUBLIKA E SHQIPËRISË", "MINISTRIA E BRENDSHME",
        "DREJTORIA E PËRGJITHSHME E GJENDJES CIVILE", "CERTIFIKATË LINDJEJE",
        [(L, "Emri"), (R, "Ermal")], [(L, "Mbiemri"), (R, "Këlliçi")],
        [(L, "Atësia"), (R, "Petrit")], [(L, "Amësia"), (R, "Drita")],
        [(L, "Mbiemri i vajzërisë së nënës"), (R, "Leka")],
        [(L, "Datëlindja"), (R, "02.07.1990")], [(L, "Vendlindja"), (R, "Durrës")],
    ]  # fmt: skip
    p = page(rows, "certificat_lindje.pdf")
    assert classify_page(p).type == DocType.BIRTH_CERTIFICATE
    f = extracted(birth_certificate.SPEC, document(DocType.BIRTH_CERTIFICATE, p)).fields
    assert (f.surname, f.given_names, f.date_of_birth) == ("Këlliçi", "Ermal", dt.date(1990, 7, 2))
    assert f.issuing_country == "ALB"


def test_a_serbo_croatian_extract_with_the_fathers_name_row() -> None:
    """A Montenegrin or Bosnian "izvod iz matične knjige rođenih" in Latin letters: "Prezime",
    "Ime", "Datum rođenja"; "Ime oca" (the father's name) is never the child's."""
    rows = [
        "CRNA GORA", "IZVOD IZ MATIČNE KNJIGE ROĐENIH",
        [(L, "Ime oca"), (R, "Dragan")], [(L, "Prezime"), (R, "VUKOVIĆ")],
        [(L, "Ime"), (R, "Jelena")], [(L, "Datum rođenja"), (R, "14.03.1993")],
        [(L, "Mjesto rođenja"), (R, "Podgorica")],
    ]  # fmt: skip
    f = extracted(birth_certificate.SPEC, document(DocType.BIRTH_CERTIFICATE, page(rows))).fields
    assert (f.surname, f.given_names, f.date_of_birth) == (
        "VUKOVIĆ",
        "Jelena",
        dt.date(1993, 3, 14),
    )


# set_ao p04: a Belarusian certificate, tesseract's words (boxes recorded): each value on a
# line, its caption under it in small type, without brackets
BELARUS_WORDS = [
    ("РЕСПУБЛИКА", (946, 324, 1268, 355)), ("БЕЛАРУСЬ", (1288, 323, 1536, 355)),
    ("СВИДЕТЕЛЬСТВО", (649, 493, 1289, 554)), ("О", (1316, 493, 1364, 543)),
    ("РОЖДЕНИЙ", (1391, 493, 1832, 554)),
    ("Ковалева", (287, 720, 538, 757)), ("фамилия", (1178, 794, 1303, 820)),
    ("Александра", (284, 886, 607, 932)),
    ("собственное", (1121, 960, 1298, 981)), ("имя", (1309, 966, 1360, 981)),
    ("Сергеевна", (285, 1051, 560, 1097)), ("отчество", (1178, 1131, 1302, 1146)),
    ("30", (286, 1218, 347, 1253)), ("июня", (368, 1227, 501, 1253)),
    ("1996", (525, 1218, 648, 1253)), ("года", (670, 1227, 788, 1259)),
    ("(тридцатого", (811, 1216, 1139, 1264)), ("июня", (1160, 1227, 1293, 1253)),
    ("тысяча", (1313, 1227, 1499, 1253)), ("девятьсот", (1521, 1227, 1790, 1259)),
    ("девяносто", (1809, 1227, 2083, 1259)), ("шестого)", (2104, 1221, 2333, 1253)),
    ("дата", (1131, 1296, 1195, 1314)), ("рождения", (1209, 1296, 1349, 1317)),
    ("г.", (287, 1392, 321, 1418)), ("Минск,", (346, 1383, 525, 1424)),
    ("Республика", (550, 1381, 861, 1429)), ("Беларусь", (883, 1383, 1131, 1429)),
    ("место", (1125, 1461, 1205, 1476)), ("рождения", (1216, 1461, 1357, 1482)),
]  # fmt: skip


def test_small_captions_under_their_values_without_brackets() -> None:
    """The caption ("фамилия") is under its value, smaller and nearer to it than to the
    next value: "фамилия" names "Ковалева", never "Александра" below it."""
    words = tuple(Word(t, box, 92.0, (1, 1, i)) for i, (t, box) in enumerate(BELARUS_WORDS))
    p = PageText(PageRef("svidetelstvo.pdf", 1), None, 300, words, "ocr", mean_conf=92.0)
    f = extracted(birth_certificate.SPEC, document(DocType.BIRTH_CERTIFICATE, p)).fields
    assert (f.surname, f.given_names) == ("Kovaleva", "Aleksandra")
    assert (f.date_of_birth, f.issuing_country) == (dt.date(1996, 6, 30), "BLR")


def test_a_portuguese_language_certidao_with_nome_and_apelidos() -> None:
    """set_ar p01 (Angola): "Nome EDUARDO MANUEL" over "Apelidos KIALA DOS SANTOS". In
    Portugal's and Angola's civil registers "Apelidos" are the surnames, and "Nome" beside
    them the given names (alone, as in Brazil, "Nome" is the whole name)."""
    rows = [
        "REPÚBLICA DE ANGOLA", "CERTIDÃO DE NASCIMENTO", "Assento n.º 1204 do ano de 1991",
        [(L, "Nome"), (R, "EDUARDO MANUEL")], [(L, "Apelidos"), (R, "KIALA DOS SANTOS")],
        [(L, "Data de nascimento"), (R, "17 de Abril de 1991")],
        [(L, "Pai"), (R, "Manuel Kiala dos Santos")],
    ]  # fmt: skip
    f = extracted(birth_certificate.SPEC, document(DocType.BIRTH_CERTIFICATE, page(rows))).fields
    assert (f.surname, f.given_names) == ("KIALA DOS SANTOS", "EDUARDO MANUEL")
    assert f.date_of_birth == dt.date(1991, 4, 17)


def test_montenegros_extract_of_the_register_of_births() -> None:
    """set_ar p04: "Izvod iz matičnog registra rođenih" (Montenegro's register since 2008),
    headed "CRNA GORA"; the mother's "Ime i prezime majke" row is never the child's name."""
    rows = [
        "CRNA GORA", "MINISTARSTVO UNUTRAŠNJIH POSLOVA", "IZVOD IZ MATIČNOG REGISTRA ROĐENIH",
        [(L, "Prezime"), (R, "VUKOVIĆ")], [(L, "Ime"), (R, "JELENA")],
        [(L, "Datum rođenja"), (R, "03.09.2001.")], [(L, "Mjesto rođenja"), (R, "Nikšić")],
        [(L, "Ime oca"), (R, "Dragan VUKOVIĆ")],
        [(L, "Ime i prezime majke"), (R, "Milena VUKOVIĆ rod. PEROVIĆ")],
    ]  # fmt: skip
    p = page(rows, "izvod.pdf")
    assert classify_page(p).type == DocType.BIRTH_CERTIFICATE
    f = extracted(birth_certificate.SPEC, document(DocType.BIRTH_CERTIFICATE, p)).fields
    assert (f.surname, f.given_names, f.date_of_birth) == ("VUKOVIĆ", "JELENA", dt.date(2001, 9, 3))
    assert (f.place_of_birth, f.issuing_country) == ("Nikšić", "MNE")


def test_a_mongolian_certificate_of_birth() -> None:
    """set_ao p02: "Төрсний гэрчилгээ" (its Ө read О), "Монгол Улс"; the family name
    ("Овог") and the name ("Нэр") in Cyrillic, read in Latin letters."""
    rows = [
        "МОНГОЛ УЛС", "ТОРСНИЙ ГЭРЧИЛГЭЭ",
        [(L, "Овог"), (R, "Батбаяр")], [(L, "Нэр"), (R, "Анхзаяа")], [(L, "Хүйс"), (R, "Эмэгтэй")],
    ]  # fmt: skip
    p = page(rows, "acte.pdf")
    assert classify_page(p).type == DocType.BIRTH_CERTIFICATE
    f = extracted(birth_certificate.SPEC, document(DocType.BIRTH_CERTIFICATE, p)).fields
    assert (f.surname, f.given_names, f.issuing_country) == ("Batbaiar", "Ankhzaiaa", "MNG")


def test_an_ethiopian_certificate_its_lineage_name_and_gregorian_date() -> None:
    """set_am p01: the child's "Name", "Father's Name" and "Grandfather's Name" make the
    whole name (the grandfather's stands as the passport's surname); the date of birth is
    given in the Ethiopian calendar "(E.C.)" and in the Gregorian "(G.C.)": the latter."""
    rows = [
        "FEDERAL DEMOCRATIC REPUBLIC OF ETHIOPIA", "BIRTH CERTIFICATE",
        "Name", "MEKDES", "Father's Name", "TSEGAYE", "Grandfather's Name", "WOLDEMARIAM",
        "Sex", "Female", "Date of Birth (E.C.)", "03/08/1985", "Date of Birth (G.C.)",
        "11/04/1993", "Mother's Full Name", "ALMAZ GIRMA BEYENE",
    ]  # fmt: skip
    f = extracted(birth_certificate.SPEC, document(DocType.BIRTH_CERTIFICATE, page(rows))).fields
    assert (f.surname, f.given_names) == ("WOLDEMARIAM", "MEKDES TSEGAYE")
    assert f.date_of_birth == dt.date(1993, 4, 11)


def test_prose_running_one_field_into_the_next_ends_each_value_at_the_next_label() -> None:
    """A Haitian extract (set_bi p02): "... les prénoms de : WIDLINE MARIE. Nom :
    PIERRE-LOUIS. Date / de naissance : 02/11/1991." The given names ran on to the next
    field ("WIDLINE MARIE. Nom PIERRE-LOUIS. Date") and the surname went unread."""
    rows = [
        "REPUBLIQUE D'HAÏTI", "EXTRAIT DES REGISTRES DE L'ÉTAT CIVIL",
        "Registre : Naissances 1991 Acte n° : 2734",
        "nous a déclaré que le deux novembre mil neuf cent quatre-vingt-onze, est née en",
        "présentée et à laquelle il a donné les prénoms de : WIDLINE MARIE. Nom : PIERRE-LOUIS. Date",
        "de naissance : 02/11/1991. Lieu de naissance : Cap-Haïtien, Nord. Dont acte dressé",
    ]  # fmt: skip
    f = extracted(birth_certificate.SPEC, document(DocType.BIRTH_CERTIFICATE, page(rows))).fields
    assert (f.surname, f.given_names) == ("PIERRE-LOUIS", "WIDLINE MARIE"), f


def test_a_multilingual_extracts_numbered_rows_under_a_label_row_with_a_scrap() -> None:
    """A CIEC Formula A extract (Türkiye, set_bk p02): each label on a row of its own, its
    value on the row under it after the row's number ("4 ÖZTÜRK"); a stamp's edge read
    "FA" at the end of the surname's label row was taken for the surname, the given
    names kept their row number ("5 ZEYNEP AYSE")."""
    rows = [
        "TURKIYE CUMHURIYETI", "DOGUM KAYIT ORNEGi (FORMUL A)",
        "Extrait d'acte de naissance — Extract from the register of births",
        "Dogum tarihi / Date de naissance / Date of birth", "1 03.09.1996",
        "Dogum yeri / Lieu de naissance / Place of birth", "2 KADIKOY / ISTANBUL",
        "Cinsiyeti / Sexe / Sex", "3 K/F",
        "Soyadi / Nom / Surname FA", "4 ÖZTÜRK",
        "Adi / Prénoms / Forenames", "5 ZEYNEP AYSE",
        "Babasi / Père / Father", "7 MEHMET OZTURK",
        "Annesi / Mére / Mother", "8 FATMA OZTURK",
    ]  # fmt: skip
    f = extracted(birth_certificate.SPEC, document(DocType.BIRTH_CERTIFICATE, page(rows))).fields
    assert (_fold(f.surname), _fold(f.given_names)) == ("OZTURK", "ZEYNEP AYSE"), f


def test_a_translation_whose_labels_and_values_ocr_reads_as_two_blocks_is_paired() -> None:
    """set_bw p03 (wave 24): a sworn translation of a Lebanese "extrait d'état civil
    individuel" lays its labels in one column and its values in the next; tesseract gives
    the two columns as two blocks ("Nom de famille / Prénom / ..." then "ABI NADER / Karim
    / ..."). The rows as laid out pair them; its title says it translates a birth record."""
    rows = [
        "TRADUCTION DE L'ARABE VERS LE FRANÇAIS",
        "RÉPUBLIQUE LIBANAISE",
        "EXTRAIT D'ÉTAT CIVIL INDIVIDUEL",
        [(L, "Nom de famille"), (700, "ABI NADER")],
        [(L, "Prénom"), (700, "Karim")],
        [(L, "Prénom du père"), (700, "Joseph")],
        [(L, "Date de naissance"), (700, "08/11/1995")],
    ]
    laid = page(rows, "traduction.pdf")
    # OCR's blocks: the label column first, then the value column
    blocks = sorted(
        (
            dataclasses.replace(w, line=(2 if w.box[0] >= 700 else 1, 1, w.line[2]))
            for w in laid.words
        ),
        key=lambda w: (w.line[0], w.line[2], w.box[0]),
    )
    doc = document(DocType.TRANSLATION, dataclasses.replace(laid, words=tuple(blocks)))
    f = extracted(translation.SPEC, doc).fields
    assert f.translates == "birth_certificate"
    assert sorted(_fold(f.person).split()) == ["ABI", "KARIM", "NADER"]
    assert f.date_of_birth == dt.date(1995, 11, 8)


def test_a_translation_headed_with_its_language_alone() -> None:
    """set_cr p02: "TRADUCTION DE L'ESPAGNOL" (no "vers le français"), the title rendered
    "ACTE DE L'ÉTAT CIVIL DE NAISSANCE", "Je soussignée, Claire DUBOIS-ORTEGA,
    traductrice...": it said neither what it translates, nor from what, nor who made it."""
    lines = [
        "Claire DUBOIS-ORTEGA",
        "Traductrice-interprète expert près la Cour d'appel de Toulouse",
        "TRADUCTION DE L'ESPAGNOL",
        "RÉPUBLIQUE DE COLOMBIE — IDENTIFICATION PERSONNELLE",
        "ACTE DE L'ÉTAT CIVIL DE NAISSANCE",
        "Premier nom de famille : RESTREPO",
        "Prénom(s) : JUAN SEBASTIAN",
        "Date de naissance : 27 septembre 1991, 06 h 40",
        "Je soussignée, Claire DUBOIS-ORTEGA, traductrice-interprète expert près la Cour "
        "d'appel de Toulouse, certifie que la présente traduction est conforme à l'original.",
    ]
    f = extracted(translation.SPEC, document(DocType.TRANSLATION, page(lines))).fields
    assert (f.translator, f.source_language, f.translates) == (
        "Claire DUBOIS-ORTEGA",
        "espagnol",
        "birth_certificate",
    )
    assert f.date_of_birth == dt.date(1991, 9, 27)


def test_a_translation_of_a_syrian_extract_of_birth_registration() -> None:
    """set_cx p02: a sworn translation of Syria's "بيان قيد ولادة", titled "EXTRAIT
    D'INSCRIPTION DE NAISSANCE": it translates a birth certificate (the packet's only one,
    its original in Arabic), and names the applicant."""
    lines = [
        "Nadia HADDAD",
        "Expert traducteur-interprète près la Cour d'appel de Paris",
        "TRADUCTION DE L'ARABE",
        "République Arabe Syrienne",
        "EXTRAIT D'INSCRIPTION DE NAISSANCE",
        "Prénom : Omar",
        "Nom : AL-KHATIB",
        "Date de naissance : 02/11/1988",
    ]
    f = extracted(translation.SPEC, document(DocType.TRANSLATION, page(lines))).fields
    assert f.translates == "birth_certificate"
    assert f.date_of_birth == dt.date(1988, 11, 2)


def test_a_nigerian_certificate_names_the_child_by_surname_first_and_other_names() -> None:
    """set_cx p01: Nigeria's NPC "CERTIFICATE OF BIRTH", its rows "Surname of Child :
    ADEYEMI", "First Name : OLUWASEUN", "Other Names : TEMITOPE": the surname is the
    child's (not a parent's, "of" notwithstanding), the other names are given names too."""
    rows = [
        "FEDERAL REPUBLIC OF NIGERIA",
        "NATIONAL POPULATION COMMISSION",
        "CERTIFICATE OF BIRTH",
        "Surname of Child : ADEYEMI",
        "First Name : OLUWASEUN",
        "Other Names : TEMITOPE",
        "Sex : FEMALE",
        "Date of Birth : 17th April 1993",
        "Full Name of Father : Adebayo Olusegun ADEYEMI",
        "Full Name of Mother : Folasade Abimbola ADEYEMI (née OJO)",
    ]
    f = extracted(birth_certificate.SPEC, document(DocType.BIRTH_CERTIFICATE, page(rows))).fields
    assert (f.surname, f.given_names) == ("ADEYEMI", "OLUWASEUN TEMITOPE")
    assert f.date_of_birth == dt.date(1993, 4, 17)


def test_a_venezuelan_act_names_the_child_in_its_sentence_with_both_surnames() -> None:
    """set_cx p04: a Venezuelan "ACTA DE NACIMIENTO" names the child in its sentence, "lleva
    por nombre DANIELA VALENTINA GONZÁLEZ / MARQUEZ, hija de Luis Alberto GONZÁLEZ RINCÓN
    ... y de Carmen Elena MÁRQUEZ DE GONZÁLEZ": "hija de" speaks of the parents, whose
    names tell the two surnames from the given names."""
    rows = [
        "REPÚBLICA BOLIVARIANA DE VENEZUELA",
        "ACTA DE NACIMIENTO N° 2417",
        "se expuso: que nació en el Hospital Universitario de Maracaibo, el día ocho (08) de",
        "septiembre de mil novecientos noventa y cinco (1995), y que lleva por nombre "
        "DANIELA VALENTINA GONZÁLEZ",
        "MARQUEZ, hija de Luis Alberto GONZÁLEZ RINCÓN, venezolano, titular de la cédula N°",
        "V-9.764.312, y de Carmen Elena MÁRQUEZ DE GONZÁLEZ, venezolana, titular de la cédula",
    ]
    f = extracted(birth_certificate.SPEC, document(DocType.BIRTH_CERTIFICATE, page(rows))).fields
    assert (_fold(f.surname), _fold(f.given_names)) == ("GONZALEZ MARQUEZ", "DANIELA VALENTINA")
