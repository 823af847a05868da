"""The date of birth on a civil-status document.

A certificate gives the date of birth three ways, often two at once:

* by a label ("Date de naissance", "DATE OF BIRTH", "Fecha de nacimiento", "Data de
  nascimento por extenso"...), the value right of it or on the rows below;
* in the act's sentence: "Le dix-sept janvier mil neuf cent quatre-vingt-dix-neuf à 21
  heures ... est né(e) ...", "This is to certify that ... was born on November 11, 1990",
  the date standing in the sentence or in the rows just before its verb;
* in a table: "Año  Mes  Día" with the values under each heading.

Dates are numeric, or written in words (``docverify.doctypes.word_dates``):
"primeiro de dezembro de mil novecentos e noventa", "deux juin deux mille un".
A parent's date of birth (on a row about the father or mother) is never the child's.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence

from docverify.doctypes.base import fold_text
from docverify.doctypes.civil_layout import fold_keep, table_values
from docverify.doctypes.word_dates import all_dates
from docverify.model import PageText
from docverify.values.dates import (
    MONTHS,
    find_month_first_dates,
    fold,
)

DOB_LABELS = (
    r"\bDATE (?:OF )?BIRTH\b", r"\bDATE AND PLACE OF BIRTH\b", r"\bWHEN AND WHERE BORN\b",
    r"\bBIRTH ?DATE\b", r"\bNEE? LE\b", r"\bNE\(E\) LE\b", r"\bDATE DE NAISSANCE\b",
    r"\bGEBURTSDATUM\b|\bGEBOREN AM\b|\bTAG DER GEBURT\b", r"\bFECHA DE NACIMIENTO\b",
    r"\bDATA DE NASCIMENTO\b", r"\bDATA DO NASCIMENTO\b", r"\bDATA DI NASCITA\b",
    r"\bDOGUM TARIHI\b", r"\bDATE OF BIRTH IN WORDS\b", r"\bEN TOUTES LETTRES\b",
    r"\bДАТА НАРОДЖЕННЯ\b", r"\bДАТА РОЖДЕНИЯ\b", r"\bNG[AE]Y,? THANG,? NAM SINH\b",
    r"^\W*НАРОДИВ(?:СЯ|ЛАСЯ)\b", r"^\W*РОДИЛ(?:СЯ|АСЬ)\b",  # "народився(лася)": was born
    r"\bDATA NASTERII\b",  # Romanian
    r"\bDATA DE NAIXEMENT\b",  # Catalan
    r"\bDATA URODZENIA\b",  # Polish
    r"\bDATELINDJA\b|\bDATA E LINDJES\b",  # Albanian
    r"\bDATUM RO\w{0,2}ENJA\b",  # Serbo-Croatian "datum rođenja"
)  # fmt: skip
STATEMENT = re.compile(
    r"\bEST\s?NE(?:\(?E\)?)?\b|\bEST NEE\b|\bWAS BORN\b|\bBORN ON\b|\bNACIO\b|\bNASCEU\b"
    r"|\bE NATO\b|\bE NATA\b|\bWURDE\b.{0,40}\bGEBOREN\b"
    r"|(?:^|(?<=\s))NE\(E\) A\b|(?:^|(?<=\s))NEE? A\b"
    r"|(?:^|(?<=\s))NAT[OA](?:/[AO])? (?:A|IL)\b"  # Italian "nato/a a ...", "nata il ..."
)
"""The verb of the act's sentence ("est né(e)", "was born"): the date is in the sentence
or in the rows just before it ("Le : 19/08/1994 / à : 19 h 20 / est né(e) à : ...")."""
PARENT_ROW = re.compile(
    r"\b(?:FATHER|MOTHER|PERE|MERE|VATER|MUTTER|PADRE|MADRE|PAI|MAE|PARENTS?|FILS DE"
    r"|FILLE DE|INFORMANT|DECLARANT|DECLARANTE|FILIACAO|FILIATION|БАТЬКО|МАТИ|ОТЕЦ|МАТЬ"
    r"|OTAC|MAJKA|ATESIA|AMESIA)\b"
)
PARENT_LABEL = re.compile(rf"^\W*(?:{PARENT_ROW.pattern}|(?:ET\s?)?DE\s*:)")
"""A row that opens with a parent's label ("Père : ...", "Fils/Fille de : ...")."""
MONTH_FIRST = re.compile(r"\bMM\s?/?\s?[DO0]{2}\b|\bMMDD|\bMMDO|\bMONTH\W+DAY\W+YEAR")
"""A label stating its date is written month first: "(MM/DD/YYYY)", read "(MMDO/YYYY)"."""
YEAR_MONTH_DAY = (r"\bANO\b|\bYEAR\b|\bANNEE\b", r"\bMES\b|\bMONTH\b|\bMOIS\b",
                  r"\bDIA\b|\bDAY\b|\bJOUR\b")  # fmt: skip
"""A table of the date of birth in three cells (Colombian registro civil)."""


def _first_segment(row: str) -> str:
    return row.strip().split("  ")[0]


def _value_text(row: str, end: int, following: Sequence[str]) -> str:
    """The text after a label at ``end`` on ``row``: its cell (up to a column gap), and
    the first cell of the next rows, where a date written in words goes on."""
    rest = row[end:].strip(" :.-–—\t|")
    parts = [rest.split("  ")[0]] if rest else []
    parts += [_first_segment(r) for r in following]
    return " ".join(parts)


def _cell_at(row: str, pos: int) -> str:
    """The cell of ``row`` (cut at its column gaps) where character ``pos`` stands."""
    start = row.rfind("  ", 0, pos)
    end = row.find("  ", pos)
    return row[start + 1 if start >= 0 else 0 : end if end >= 0 else len(row)]


def _before_in_cell(row: str, pos: int) -> str:
    """Words before ``pos`` in its cell (item numbers and punctuation aside)."""
    start = row.rfind("  ", 0, pos)
    return re.sub(r"[\W\d_]+", "", row[start + 1 if start >= 0 else 0 : pos])


_IN_PROSE = re.compile(r"\bNEE?\b|\bNE\(E\)")
"""Labels that are also the words of a sentence ("de Nicolas MARTIN, né le 3 février
1972"): in the middle of a row they are a parent's as often as the child's."""


_PARENT_ABOVE = re.compile(rf"{PARENT_ROW.pattern}|^\W*ET\s+DE\b")
"""A row naming a parent ("fils / fille de OUEDRAOGO Salif", "et de KABORE Awa"): the
"né(e) le" that opens the next row is that parent's."""


def labelled_date(
    rows: Sequence[str], month_first: bool = False, *, in_prose: bool = True
) -> dt.date | None:
    """The date of birth right of or under its label (a parent's row excluded);
    ``month_first`` when the document states its numeric dates are (a US form's boxes);
    without ``in_prose``, "né le" counts only where it opens its cell (a label).

    >>> labelled_date(["2 SEX 3A DATE OF BIRTH (MMDO/YYYY)", "FEMALE 03/30/1987"])
    datetime.date(1987, 3, 30)
    >>> labelled_date(["DATE OF BIRTH (MM/DD/YYYY)", "04/08/1987"])
    datetime.date(1987, 4, 8)
    >>> labelled_date(["Date de naissance : 04/08/1987"])
    datetime.date(1987, 8, 4)
    >>> labelled_date(["l'enfant Aminata Rasmata", "fils / fille de OUEDRAOGO Salif",
    ...                "né le vers 1964 à Réo", "et de KABORE Awa", "née le 02/03/1972"])
    >>> labelled_date(["Fecha de nacimiento Año - Mes - Día  Sexo (en letras)",
    ...                "Fecha de nacimiento Afio", "Sexo (en letras)", "Gruno sanauineo",
    ...                "1989 05 27", "MASCULINO"])
    datetime.date(1989, 5, 27)
    """
    for label in DOB_LABELS:
        rx = re.compile(label)
        for i, row in enumerate(rows):
            folded = fold_keep(row)
            m = rx.search(folded)
            if not m or PARENT_ROW.search(_cell_at(folded, m.start())):
                continue
            if not in_prose and _IN_PROSE.match(m[0]) and _before_in_cell(folded, m.start()):
                continue
            if OTHER_CALENDAR.match(folded[m.end() : m.end() + 30]):
                continue  # Ethiopia's "Date of Birth (E.C.)": the same day in its own calendar
            if _IN_PROSE.match(m[0]) and i > 0 and _PARENT_ABOVE.search(fold_keep(rows[i - 1])):
                continue  # "et de KABORE Awa" / "née le 02/03/1972": the mother's birth
            value = _value_text(row, m.end(), rows[i + 1 : i + 3])
            # written month first: stated by the label ("(MM/DD/YYYY)"), or 03/30/1987
            stated = month_first or bool(MONTH_FIRST.search(folded[m.end() : m.end() + 20]))
            dates = find_month_first_dates(value, True) if stated else all_dates(value)
            if not dates:  # a value in the next column of the label's row
                dates = all_dates(row[m.end() :])
            if not dates:
                dates = find_month_first_dates(value)
            if dates:
                return dates[0].value
            if found := _ciec_date(" ".join([row[m.end() :], *rows[i + 1 : i + 3]])):
                return found
            if YEAR_FIRST.search(folded[m.end() : m.end() + 24]) and (
                found := _year_first(rows[i + 1 : i + 1 + YEAR_FIRST_REACH])
            ):
                return found
    return None


_CIEC_DATE = re.compile(r"\bJ[O0]\W{0,3}(\d{1,2})\W+M[O0]\W{0,3}(\d{1,2})\W+AN\W{0,3}(\d{4})\b")
"""A CIEC multilingual extract's date, its parts captioned "Jo", "Mo", "An" (Convention
n° 16 of 1976, whose form every state party prints)."""


def _ciec_date(text: str) -> dt.date | None:
    """A date written as a CIEC extract writes it ("Jo 02  Mo 06  An 1994", set_cu p02,
    its label's row apart from its value's).

    >>> _ciec_date("+ Jo 02  Mo 06  An 1994"), _ciec_date("Jo 31 Mo 02 An 1994")
    (datetime.date(1994, 6, 2), None)
    """
    m = _CIEC_DATE.search(fold_keep(text))
    if m is None:
        return None
    try:
        return dt.date(int(m[3]), int(m[2]), int(m[1]))
    except ValueError:
        return None


OTHER_CALENDAR = re.compile(
    r"\W*\(?\s*(?:E\.?\s?C\.?|ETHIOPIAN|B\.?\s?S\.?|B\.?\s?E\.?|HIJRI|HEGIRE|A\.?\s?H\.?"
    r"|S\.?\s?H\.?|SHAMSI|SOLAR HIJRI|LUNAR)\b"
)
"""A date of birth labelled in another calendar than the Gregorian: Ethiopia's "(E.C.)"
beside its "(G.C.)", Nepal's Bikram Sambat "(B.S.)", Thailand's Buddhist era "(B.E.)",
the Hijri "(A.H.)" and Iran's solar Hijri "(S.H.)"; its Gregorian twin is the one read."""
YEAR_FIRST = re.compile(r"\bA\W?[NÑ]\W?[O0]\W+MES\W+D[IÍ1]A\b|\bYYYY\W+MM\W+DD\b")
"""A label stating its date is written year first: "Año - Mes - Día" (Colombia's
registro civil), read "Afio - Mes - Día" at times."""
YEAR_FIRST_REACH = 6
"""Rows under such a label its value may come (the table's other captions, read over
again, stand between)."""


def _year_first(rows: Sequence[str]) -> dt.date | None:
    """The first year-month-day date in ``rows`` ("1989 05 27", "1989-05-27").

    >>> _year_first(["Sexo (en letras)", "1989 05 27  MASCULINO"])
    datetime.date(1989, 5, 27)
    """
    for row in rows:
        m = re.search(
            r"(?<!\d)(1[89]\d\d|20\d\d)[\s./-]{1,3}(\d{1,2})[\s./-]{1,3}(\d{1,2})(?!\d)", row
        )
        if m:
            try:
                return dt.date(int(m[1]), int(m[2]), int(m[3]))
            except ValueError:
                continue
    return None


def statement_text(rows: Sequence[str]) -> str:
    """The act's prose as one text: the first two cells of each row not about a parent
    (a sentence runs over rows: "... à 14 heures 10 minutes est" / "né(e) KOUASSI ...")."""
    return " ".join(
        " ".join(r.split("  ")[:2]).strip() for r in rows if not PARENT_LABEL.search(fold_text(r))
    )


DATE_INTRO = re.compile(
    r"(?:\bEL DIA|\bNO DIA|\bIL GIORNO|\bLE|\bON|\bAM|\bEL|\bEM|\bEN FECHA)"
    r"(?:\W*$|(?:\s+[A-Z]+){1,8}\s*\($)"
)
"""Words that open a date in an act's sentence ("nació en Caracas, el día 25 de mayo"),
or the date in words before its numerals in brackets ("il giorno dodici marzo
millenovecentonovantaquattro (12/03/1994)")."""


def _introduced(between: str) -> bool:
    """The words between the verb and a date end with a date's opener and name no parent:
    the place of birth, then the date ("nació en Caracas, Distrito Capital, el día ...")."""
    return bool(DATE_INTRO.search(between)) and not (
        PARENT_ROW.search(between) or _ANOTHER_EVENT.search(between)
    )


_ANOTHER_EVENT = re.compile(
    r"\b(?:HIJ[OA]|FILH[OA]|FIGLI[OA]|FILS|FILLE|SON|DAUGHTER) D|\bNEE?\b|\bNE\(E\)|\bBORN\b"
    r"|\bNACID[OA]|\bNASCID[OA]|\bGEBOREN|\bMARI[EA]|\bMARRIED|\bCASAD[OA]"
)
"""Between the verb and a date: a parent named, or another birth or a marriage (the
date is theirs: "est né Paul, de Jean MARTIN, né le 3 mai 1970")."""


AFTER_VERB = 160
"""How far after the act's verb its date may end (characters): "nació en el Hospital
Central Dr. Urquinaona de esta ciudad, el día siete de noviembre de mil novecientos noventa
y uno" (set_ay p04)."""


def statement_date(rows: Sequence[str]) -> dt.date | None:
    """The date in the act's sentence: after "was born (on)" (or after the place, "nació
    en Caracas, el día ..."), else the closest date before the verb ("Le ... à ... heures
    / est né(e) ...").

    >>> statement_date(["Nom  MUKENDI KABAMBA", "Né(e) à  Kinshasa / Gombe", "Le  19 février 2001"])
    datetime.date(2001, 2, 19)
    >>> statement_date(["en el día de hoy 8 de junio de 1998, ha sido presentada una niña que",
    ...                 "nació en Caracas, Distrito Capital, el día 25 de mayo de 1998, y que"])
    datetime.date(1998, 5, 25)
    >>> statement_date(["Le deux mai 2001 est né Paul, de Jean MARTIN, né le 3 mai 1970"])
    datetime.date(2001, 5, 2)
    >>> statement_date(["Le deux juillet mil neuf cent quatre-vingt-huit 4 14 heures 20 est né(e)",
    ...                 "DU 06/07/1988", "N'GUESSAN Koffi à Bouaké"])
    datetime.date(1988, 7, 2)
    >>> statement_date(["nato/a a Borgo Maggiore (RSM)",
    ...                 "il giorno dodici marzo millenovecentonovantaquattro (12/03/1994)"])
    datetime.date(1994, 3, 12)

    The date the act was drawn up, after the verb, is not the birth's (set_bq p03):

    >>> statement_date(["Le :  09 janvier 1997, à 14 heures 30", "est née à :  Tizi Ouzou",
    ...                 "Nom :  AIT OUFELLA", "Acte dressé le : 11/01/1997, sur déclaration"])
    datetime.date(1997, 1, 9)

    A date far before the verb, in another entry of the form, is not the birth's:

    >>> statement_date(["20a. DATE AND PLACE OF MARRIAGE OF PARENTS  MAY 14, 1988 - QUEZON CITY",
    ...                 "21. CERTIFICATION OF ATTENDANT AT BIRTH I hereby certify that I attended"
    ...                 " the birth of the child who was born alive at the time and date specified"
    ...                 " above."]) is None
    True
    """
    text = statement_text(rows)
    folded = fold_keep(text)
    for m in STATEMENT.finditer(folded):
        after = all_dates(text[m.end() : m.end() + AFTER_VERB])
        between = folded[m.end() : m.end() + after[0].start] if after else ""
        if (
            after
            and (after[0].start < 25 or _introduced(between))
            # "N° 0391 du 06/07/1988": the act's own number and date, from the column
            # beside the sentence (Côte d'Ivoire, set_ax p02), never a birth
            and not re.search(r"\bDU\W*$", between)
            # "Acte dressé le : 11/01/1997": the act's, drawn up after the birth (an
            # Algerian copie intégrale, set_bq p03)
            and not re.search(_DRAWN_UP, between)
        ):
            return after[0].value
        window = text[max(0, m.start() - 260) : m.start()]
        before = all_dates(window)
        # the closest to the verb (not the entry's date), and close to it: a doctor's
        # "I hereby certify that I attended the birth of the child who was born alive at
        # the time and date specified above" follows the parents' marriage date, no birth
        # (a PSA certificate, set_cg p03)
        if before and len(window) - before[-1].end <= BEFORE_VERB:
            return before[-1].value
    return None


BEFORE_VERB = 80
"""How far before the act's verb its date may end (characters): "Le deux juillet mil neuf
cent quatre-vingt-huit à 14 heures 20 est né(e)"."""


_DRAWN_UP = (
    r"\b(?:DRESSE|ETABLI|ENREGISTRE|TRANSCRIT|DELIVRE|REGISTERED|ISSUED)E?S?\W*(?:LE|ON)?\W*$"
)
"""Words that date the act itself (drawn up, registered, issued), not the birth."""


def table_date(pages: Sequence[PageText]) -> dt.date | None:
    """Year, month and day in three cells of a table ("Año  Mes  Día")."""

    def parse(cells: dict[str, str]) -> dt.date | None:
        y = re.search(r"\b(1[89]\d\d|20\d\d)\b", cells.get(YEAR_MONTH_DAY[0], ""))
        month_text = fold(cells.get(YEAR_MONTH_DAY[1], ""))
        day_text = cells.get(YEAR_MONTH_DAY[2], "")
        month = next((MONTHS[t] for t in re.findall(r"[a-z]+", month_text) if t in MONTHS), None)
        if month is None:
            mm = re.search(r"\b(0?[1-9]|1[0-2])\b", month_text)
            month = int(mm[1]) if mm and day_text else None
        elif not day_text:  # the "Día" heading was not read: its value fell in "Mes"
            day_text = re.sub(r"[a-z]+", " ", month_text)
        d = re.search(r"\b([0-3]?\d)\b", day_text)
        if not (y and d and month):
            return None
        try:
            return dt.date(int(y[1]), month, int(d[1]))
        except ValueError:
            return None

    for page in pages:
        cells = table_values(page, YEAR_MONTH_DAY, lambda c: parse(c) is not None)
        if cells:
            return parse(cells)
    return None
