"""The labels of civil-status documents that name the child and the parents, as regular
expressions over folded rows (upper case, no accents): what ``civil_names`` reads by.

Sources: the certificates' models listed in ``data/labels.toml`` (French extraits, CIEC
extracts, US state and UK GRO certificates, Latin-American registros, Brazilian,
Portuguese, German, Italian, Romanian, Polish, Ukrainian, Russian, Belarusian, Turkish,
Albanian, Serbo-Croatian, Mongolian and Ethiopian certificates).
"""

from __future__ import annotations

import re

_OF_CHILD = r"(?:\s+DE\s+L\W?\s?ENFANT)?"
"""The tail of a francophone extract's labels: "Nom de l'enfant", "Prénom(s) de l'enfant"."""
SURNAME_LABELS = (
    r"\b(?:FAMILIENNAME|NACHNAME|GEBURTSNAME)\b",
    r"\bCOGNOME\b|^\W*COGNOMS?\b",  # Italian; Catalan "Cognoms" (Andorra, Catalonia)
    r"\bAPELLIDOS\b(?! Y NOMBRES)",
    r"\bPRIMER Y SEGUNDO APELLIDOS?\b|\bAPELLIDOS? PATERNO Y MATERNO\b",  # both in one field
    # "Surname of Child" (Nigeria's NPC certificate, set_cx p01); not "Surname and ..."
    r"\b(?:LAST|FAMILY) NAME\b(?! OF)|(?<!NAME AND )(?<!NAME, )\bSURNAME\b(?! ORIGIN)"
    r"(?! AND| OF(?! (?:THE )?CHILD\b))(?: OF (?:THE )?CHILD\b)?",
    r"^\W*(?:\d+\W*)?NOM\b(?! ET)(?: DE FAMILLE| DE NAISSANCE| PATRONYMIQUE)?" + _OF_CHILD,
    r"\bSOBRENOME\b|^\W*APELIDOS?\b",  # Brazil; Portugal, Angola, Mozambique ("Apelidos")
    r"\bSOYADI\b",
    r"\bLE NOM(?: DE FAMILLE| PATRONYMIQUE)? DE\b",  # in the act's sentence
    # a sentence of the act ended, the next field labelled ("... WIDLINE MARIE. Nom :
    # PIERRE-LOUIS.", a Haitian extract), or the French half of a bilingual label
    # ("Anarana / Nom : RANDRIANARIVELO Andriamihaja", Madagascar)
    r"(?<=[./]\s)NOM(?: DE FAMILLE)?(?=\s*:)",
    r"^\W*(?:\d+\W*)?NAME\s*\(LAST\)(?!\s*\()",  # a row of its own: "1. NAME (Last)"
    # the Philippine certificate's one row "(First) JOHN PAUL (Middle) MERCADO (Last) DELA
    # CRUZ" (PSA Municipal Form 102, as printed by the PSA): the last part is the surname
    r"(?<=\w\s)\(LAST\)(?=\s*[A-Z])|(?<=\w\s\s)\(LAST\)(?=\s*[A-Z])",
    r"^\W*(?:ПРІЗВИЩЕ|ФАМИЛИЯ|ПРОЗВІШЧА)\b",  # Ukrainian, Russian, Belarusian (folded)
    r"^\W*ОВОГ\b",  # Mongolian: the family (father's) name the passport gives as surname
    r"\bNUMELE DE FAMILIE\b",  # Romanian
    r"^\W*NAZWISKO\b",  # Polish
    # Albanian "Mbiemri" (not the mother's "Mbiemri i vajzërisë"), Serbo-Croatian "Prezime"
    r"^\W*MBIEMRI\b(?! I VAJZ)",
    r"^\W*PREZIME\b(?! I IME)",
)
OTHER_NAMES = r"^\W*(?:\d+\W*)?OTHER NAMES?\b"
"""Further given names a certificate gives apart from the first ("Other Names", Nigeria)."""
FIRST_SURNAME = r"PRIMER APELLIDO|APELLIDO PATERNO|PREMIER NOM DE FAMILLE|PREMIER NOM\b"
SECOND_SURNAME = r"SEGUNDO APELLIDO|APELLIDO MATERNO|SECOND NOM DE FAMILLE|SECOND NOM\b"
GIVEN_LABELS = (
    r"\bVORNAMEN?\b",
    r"(?<!APELLIDOS Y )\bNOMBRES?\b(?! COMPLETOS?| Y)",  # not a parent's "Apellidos y nombres"
    r"\bPRE\s?NOMBRES?\b",  # Peru's RENIEC acts: "Prenombres" beside "Apellido paterno"
    r"\bPRENOMS?\b(?:\s*\(S\))?" + _OF_CHILD,
    r"\b(?:GIVEN|FIRST|FORE) ?NAMES?\b(?: AND MIDDLE NAMES?)?",
    r"\bADI\b",
    r"^\W*\(FIRST\)\s*(?:\(MIDDLE\))?(?!\s*\()",  # under "NAME (Last)": "(First) (Middle)"
    # Ukrainian "Ім'я" (or "Ім'я, по батькові"), Russian "Имя" (or "Имя, отчество")
    r"^\W*(?:ІМ\W?Я|ИМЯ)(?:\W+(?:ТА\s+)?ПО\s+БАТЬКОВІ|\W+(?:И\s+)?ОТЧЕСТВО)?\b",
    # Russian "собственное имя", Belarusian "уласнае імя" (Belarus's certificates)
    r"^\W*(?:СОБСТВЕННОЕ|У?ЛАСНАЕ)\s+(?:ИМЯ|ІМЯ)\b",
    r"^\W*Н[ЭА]Р\b",  # Mongolian "нэр" (read "нар" at times)
    r"^\W*PRENUMELE\b",  # Romanian
    r"^\W*IMIE\b(?:\s*\(IMIONA\))?",  # Polish "Imię (imiona)"
    r"^\W*EMRI\b",  # Albanian
    r"^\W*IME\b(?! I PREZIME| OCA| MAJKE)",  # Serbo-Croatian (not "Ime oca", the father's)
)
ENGLISH_SURNAME = r"^\W*(?:\d+\W*)?SURNAME\b"
GIVEN_BESIDE_SURNAME: tuple[tuple[str | None, str], ...] = (
    # Italian "Nome" beside a "Cognome" (alone, Brazil's, it is the full name)
    (None, r"^\W*(?:\d+\W*)?NOME\b(?! DO| DA| COMPLETO)"),
    # Catalan "Nom" beside "Cognoms" (alone, French, it is the surname)
    (r"^\W*COGNOMS?\b", r"^\W*(?:\d+\W*)?NOM\b(?! DE| ET| I\b)"),
    # English "Name" beside "Surname" (Afghanistan; alone, it is the whole name)
    (ENGLISH_SURNAME, r"^\W*(?:\d+\W*)?NAME\b(?! OF| AND|,)"),
)
"""(label a certificate must also print, or None, a bare name label): the bare label holds
the given names when a surname was read beside it and no given-name label was."""
FULL_NAME_LABELS = (
    r"CHILD'?S NAME\b(?:\s*\([^)]*\)?)?",
    r"\bNAME OF (?:THE )?CHILD\b(?!\W{1,4}FIRST)",  # Pakistan's, Nigeria's, India's
    # "1. CHILD — NAME (First, Middle, Last)", one field (Illinois); not a table's heading
    # ("CHILD NAME - FIRST", "(First) (Middle)")
    r"\bCHILD\W{1,4}NAME\b(?!\s*[-–—:]?\s*FIRST\b)(?!\s*\(FIRST\))",
    r"\bNAME AND SU\w{3,6}\b",  # "Name and surname", read "sumame" at times
    r"^\W*NOME(?: COMPLETO)?\b(?! DO| DA)",
    r"\bNOMS? ET PRENOMS?\b",
    r"\bNOMBRE COMPLETO\b|\bNOMBRE DEL INSCRITO\b|\bNOMBRE DEL REGISTRADO\b",
    r"\bFULL NAME\b|\bNAME IN FULL\b",
    r"\bREGISTERED (?:PERSON'?S )?NAME\b",  # Bangladesh's birth registration (BDRIS)
    r"^\W*IME I PREZIME\b(?! MAJKE| OCA)",  # Serbo-Croatian (not the mother's, the father's)
    # alone, or the English half of a bilingual label ("नाम / Name", the Hindi read as noise:
    # "714 / Name  ROHIT SURESH NAIR", set_ba p03)
    r"(?:^\W*|\s/\s*)NAME\b(?! OF| AND|,)",
    # Vietnam's giấy khai sinh: "Họ, chữ đệm, tên" (not "... người mẹ / người cha")
    r"^\W*HO,? CH\w{0,2},? D\wM,? (?:VA )?TEN\b(?!\s*NGU)",  # "chữ" read "chir" at times
)
"""The whole name in one field."""
GRO_GIVEN = r"\bNAME,? IF ANY\b"
"""England and Wales (old entries): the child's forenames in the column "Name, if any";
the entry states no surname for the child."""
NAME_TABLE = (r"PRIMER APELLIDO|APELLIDO PATERNO", r"SEGUNDO APELLIDO|APELLIDO MATERNO",
              r"\b(?:PRE\s?)?NOMBRES?\b(?! COMPLETOS?| Y)")  # fmt: skip
"""The child's names as a table (Colombian, Mexican registros): labels on one row."""
SEX_HEADING = r"\bSEXO?\b|\bSEXE\b|\bGENDER\b"
"""The heading beside the names' on a table of two columns (Colombian registro)."""
GIVEN_FIRST_TABLE = (
    r"\bFIRST\W{0,3}\(GIVEN\)|\bFIRST NAME\b|\bGIVEN NAMES?\b|\bFORENAMES?\b|\(FIRST\)"
    r"|\bNAME OF CHILD\W{1,4}FIRST\b",
    r"\bMI[DO0]{2}LE\b",
    r"\bLAST\W{0,3}\(FAMILY\)|\bLAST NAME\b|\bFAMILY NAME\b|\bSURNAME\b|\(LAST\)"
    r"|(?<=MIDDLE )LAST\b|(?<=\b\d[A-Z]\. )LAST\b",
)
"""The same, given names first (US state certificates: "FIRST (GIVEN)  MIDDLE  LAST
(FAMILY)", "NAME OF CHILD - FIRST  MIDDLE  LAST", its boxes numbered "1A. ... 1C. LAST",
"MIDDLE" read "MIDOLE" at times; the Philippine certificate of live birth: "NAME (First)
(Middle) (Last)")."""
LABEL_ONLY = re.compile(r"^[\W\d]*(?:[A-Z'()]+\W*){0,4}(?:/\s*(?:[A-Z'()]+\s*){1,4})+\W*$")
"""A row that is only more label alternatives ("/ Name / Surname / Apelido")."""
NEXT_BOX = re.compile(r"^\d+[a-z]?\.\s")
"""The number of the next box on a form row ("5b. COUNTY"): the value is below."""
TURKISH_PARENT = r"(?:ANA|ANNE|BABA) ?ADI"
"""The Turkish registry's parent rows, "Ana Adı" / "Anne Adı" (mother's name) and "Baba
Adı" (father's name), read with or without their space: their "Adı" is no forename's label."""
PARENT = re.compile(
    r"\b(?:FATHER|MOTHER|PERE|MERE|VATER|MUTTER|PADRE|MADRE|PAI|MAE|PARENTS?|INFORMANT"
    r"|DECLARANT|DECLARANTE|FILIACAO|FILIATION|FILS DE|FILLE DE|FILS/FILLE DE|ET DE|ELTERN"
    r"|HIJ[OA] DE|FILH[OA] DE"  # a Spanish or Portuguese act's sentence (set_cx p04)
    r"|GENITORI|AVOS|GRANDS?-?PARENTS?|MAIDEN|БАТЬКО|МАТИ|ОТЕЦ|МАТЬ|БАТЬКИ|РОДИТЕЛИ|TATAL|MAMA"
    r"|NGU[OD]I (?:ME|CHA)|OTAC|MAJKA|MAJKE|OCA|ATESIA|AMESIA|VAJZERISE"
    r"|" + TURKISH_PARENT + r")\b"
    r"|^\W*(?:ET\s?)?DE\s*:"
)
"""A row about the parents (or the informant): its names are not the child's."""
PARENT_SECTION = re.compile(
    r"\bDATOS (?:DE LA MADRE|DEL PADRE|DEL DECLARANTE)\b|\bDADOS D[AO]S? (?:MAE|PAI)\b"
    r"|^\W*(?:FILIACAO|FILIATION|PARENTS|ELTERN)\W*$"
)
"""A heading whose next rows are about a parent."""
_GEEZ_HALF = r"^(?:[^/\n]{0,12}/)?"
"""A label's Ge'ez half before its English one, read as a few scraps ("ng x0/ Father's
Name": set_dj p03, Eritrea)."""
LINEAGE = (
    _GEEZ_HALF + r"\W*NAME\W*$|" + _GEEZ_HALF + r"\W*NAME\b(?!\W*(?:OF|AND))",
    _GEEZ_HALF + r"\W*FATHER'?S NAME\b",
    _GEEZ_HALF + r"\W*GRAND\s?FATHER'?S NAME\b",
)
"""Ethiopia's and Eritrea's certificates: the child's "Name", "Father's Name" and
"Grandfather's Name" make the child's whole name (no family name is passed on)."""
