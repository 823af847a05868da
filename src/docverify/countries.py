"""Country groups the rules need (EU/EEA/Swiss, apostille exemptions), and how documents
name the country that issued them; all read from data (``countries.toml``,
``certificates.toml``)."""

from __future__ import annotations

import datetime as dt
import functools
import re
import tomllib
from collections.abc import Sequence
from importlib import resources
from typing import Any


@functools.cache
def _data() -> dict[str, Any]:
    return tomllib.loads(
        resources.files("docverify.data").joinpath("countries.toml").read_text("utf-8")
    )


def normalise(code: str | None) -> str | None:
    if not code:
        return None
    code = code.strip("<").upper()
    return str(_data()["aliases"].get(code, code))


def free_movement(code: str | None) -> bool:
    """EU, EEA or Swiss national: no residence permit needed.

    >>> free_movement("DEU"), free_movement("D"), free_movement("USA"), free_movement("NOR")
    (True, True, False, True)
    """
    c = normalise(code)
    d = _data()
    return c in d["eu"] or c in d["eea_extra"] or c in d["swiss"]


def vowel_romanised_script(code: str | None) -> str | None:
    """The script in which a national of this state has their name written at home, when
    its romanisations spell the vowels each its own way (``countries.toml``:
    ``vowel_romanised``): "arabic", "ethiopic", or None.

    >>> vowel_romanised_script("AFG"), vowel_romanised_script("ERI"), vowel_romanised_script("UKR")
    ('arabic', 'ethiopic', None)
    """
    c = normalise(code)
    for script, states in _data()["vowel_romanised"].items():
        if c in states:
            return str(script)
    return None


def apostille_rule(code: str | None) -> str:
    """``exempt_france``, ``exempt_eu``, ``exempt_bilateral``, ``legalisation``,
    ``apostille`` (a party to the Apostille Convention) or ``unknown``.

    >>> apostille_rule("FRA"), apostille_rule("DEU"), apostille_rule("USA"), apostille_rule("SYR")
    ('exempt_france', 'exempt_eu', 'apostille', 'legalisation')
    >>> apostille_rule("EGY")  # the Franco-Egyptian convention of 15 March 1982, art. 42
    'exempt_bilateral'
    >>> apostille_rule("KEN")
    'unknown'
    """
    c = normalise(code)
    d = _data()
    if c == "FRA":
        return "exempt_france"
    if c in d["eu"]:
        return "exempt_eu"
    if c in d["apostille"]["exempt_bilateral"]:
        return "exempt_bilateral"
    if c in d["apostille"]["legalisation"]:
        return "legalisation"
    if c in d["eea_extra"] or c in d["swiss"] or c in d["apostille"]["parties"]:
        return "apostille"
    return "unknown"


def apostille_since(code: str | None) -> dt.date | None:
    """The day the Apostille Convention entered into force for a party that joined lately
    (its certificates were legalised until then), or None.

    >>> apostille_since("PAK"), apostille_since("USA")
    (datetime.date(2023, 3, 9), None)
    """
    joined: dict[str, dt.date] = _data()["apostille"].get("joined", {})
    return joined.get(normalise(code) or "")


@functools.cache
def _certificates() -> dict[str, Any]:
    return tomllib.loads(
        resources.files("docverify.data").joinpath("certificates.toml").read_text("utf-8")
    )


@functools.cache
def _issuer_patterns() -> tuple[tuple[re.Pattern[str], str, int], ...]:
    """(pattern, country, rank): rank 0 for a sign naming the state, 1 for a hint."""
    return tuple(
        (re.compile(sign), str(entry["country"]), rank)
        for entry in _certificates()["issuer"]
        for rank, key in enumerate(("signs", "hints"))
        for sign in entry.get(key, ())
    )


def issuer_from_text(folded: str, rows: Sequence[str] = ()) -> str | None:
    r"""The country whose civil-status office issued a certificate, from what the
    document says of its issuer (folded text), as ISO 3166 alpha-3: the state it names
    first; else the first weaker hint (an administrative word, a country name alone).
    The language is no sign: French wording alone is not France.

    >>> issuer_from_text("ESTADOS UNIDOS MEXICANOS\nACTA DE NACIMIENTO\nREGISTRO CIVIL")
    'MEX'
    >>> issuer_from_text("GEBURTSURKUNDE\nSTANDESAMT MUNCHEN"), issuer_from_text("NOTHING")
    ('DEU', None)
    >>> issuer_from_text("REPUBLIQUE TUNISIENNE\nEXTRAIT D'ACTE DE NAISSANCE\nMAIRIE DE SOUSSE")
    'TUN'
    >>> issuer_from_text("EXTRAIT D'ACTE DE NAISSANCE\nL'OFFICIER DE L'ETAT CIVIL")

    "State of" names an American state only when one of the fifty follows (set_cn p02):

    >>> issuer_from_text("STATE OF PALESTINE\nMINISTRY OF INTERIOR\nBIRTH CERTIFICATE")
    'PSE'
    >>> issuer_from_text("STATE OF NEW YORK\nCERTIFICATE OF BIRTH")
    'USA'

    Without a sign, a state heading the page (``rows``, see ``state_heading``) comes
    before the hints: "REPUBLIC OF GHANA" over a "certified copy of entry of birth" that
    Britain's GRO also writes.

    >>> issuer_from_text("REPUBLIC OF GHANA\nCERTIFIED COPY OF ENTRY OF BIRTH", ["REPUBLIC OF GHANA"])
    'GHA'
    >>> issuer_from_text("ESTADOS UNIDOS\nMEXICANOS\nREGISTRO CIVIL - ESTADO DE\nJALISCO")
    'MEX'

    A country named as a parent's birthplace or nationality is not the issuer (set_t
    p13: an Australian certificate read as Irish, exempt from apostille as EU):

    >>> issuer_from_text("NEW SOUTH WALES\nBIRTH CERTIFICATE\nFATHER\nBIRTHPLACE CORK, IRELAND\n"
    ...                  "A REGISTER IN THE STATE OF NEW SOUTH WALES IN AUSTRALIA")
    'AUS'
    """
    best: tuple[int, int, str] | None = None
    # a heading wrapped over two rows ("ESTADOS UNIDOS" / "MEXICANOS") names its state too
    flat = folded.replace("\n", " ")  # same offsets as ``folded``
    for rx, country, rank in _issuer_patterns():
        m = next(
            (
                m
                for text in (folded, flat)
                for m in rx.finditer(text)
                if not _of_a_person(folded, m)
            ),
            None,
        )
        if m and (best is None or (rank, m.start()) < best[:2]):
            best = (rank, m.start(), country)
    if best and best[0] == 0:
        return best[2]
    return state_heading(rows) or (best[2] if best else None)


@functools.cache
def _personal_place() -> re.Pattern[str]:
    """A row's label saying the place it names is a person's (a parent's birthplace, their
    nationality or home), not the state that issued the document."""
    return re.compile("|".join(_certificates()["personal_place"]))


LABEL_ROW = 40
"""The longest row that is a label alone ("5. Place of birth"), its value on the next."""


def _of_a_person(folded: str, m: re.Match[str]) -> bool:
    r"""Is the country matched at ``m`` on a row that a person's place label opens, or
    under a row that is that label alone ("5. Place of birth" / "Cork, Ireland": the
    father's, on a GRO copy, set_cz p02)?

    >>> text = "4. NAME OF FATHER\n5. PLACE OF BIRTH\nCORK, IRELAND\nENGLAND AND WALES"
    >>> [_of_a_person(text, m) for m in re.finditer("IRELAND|ENGLAND", text)]
    [True, False]
    """
    start = folded.rfind("\n", 0, m.start()) + 1
    if _personal_place().search(folded[start : m.start()]):
        return True
    above = folded[folded.rfind("\n", 0, max(0, start - 1)) + 1 : max(0, start - 1)]
    return 0 < len(above.strip()) <= LABEL_ROW and bool(_personal_place().search(above))


def code_from_name(name: str | None) -> str | None:
    """ISO 3166 alpha-3 of a country name as documents write it (in any of the languages
    listed, or an English name pycountry knows), or an alpha-3 code itself; the longest
    known name inside ``name`` wins.

    >>> code_from_name("República Federativa do Brasil"), code_from_name("United States of America")
    ('BRA', 'USA')
    >>> code_from_name("Estados Unidos Mexicanos"), code_from_name("Atlantis")
    ('MEX', None)
    >>> code_from_name("Republic of Ghana"), code_from_name("Rzeczpospolita Polska")
    ('GHA', 'POL')
    """
    found = _longest_name(name)
    if found:
        return found[1]
    folded = " ".join(re.findall(r"[A-Z]+", _fold(name or "")))
    if re.fullmatch(r"[A-Z]{3}", folded) and folded in _all_codes():
        return folded
    return None


FRENCH_POST = re.compile(
    r"\b(?:AMBASSADE|CONSULAT(?: GENERAL)?|SECTION CONSULAIRE) DE FRANCE\s+(?:A|AU|AUX|EN|AUPRES DE)?"
    r"\s*(?:L'|LA\s+|LE\s+)?(.+)"
    r"|\b(?:EMBASSY|CONSULATE(?: GENERAL)?) OF FRANCE (?:IN|TO)\s+(?:THE\s+)?(.+)"
    r"|\bFRENCH (?:EMBASSY|CONSULATE(?: GENERAL)?) (?:IN|TO)\s+(?:THE\s+)?(.+)"
)
"""A French embassy or consulate named by the country it stands in."""


def embassy_country(text: str | None) -> str | None:
    """The country a French embassy or consulate stands in, by its name ("Ambassade de
    France à Sri Lanka et aux Maldives"): the one whose documents it legalises.

    >>> embassy_country("AMBASSADE DE FRANCE A SRI LANKA ET AUX MALDIVES")
    'LKA'
    >>> embassy_country("Consulat général de France à Abidjan"), embassy_country("Embassy of France in Peru")
    (None, 'PER')
    """
    m = FRENCH_POST.search(_fold(text or ""))
    if m is None:
        return None
    place = next(g for g in m.groups() if g)
    # the first country named (an embassy may serve a neighbour too: "et aux Maldives")
    place = re.split(r"\b(?:ET|AND)\b", place)[0]
    return code_from_name(place)


STATE_FORM = re.compile(
    r"\b(?:REPUBLI(?:C|QUE|CA|K|KA|EK)|REPUBBLICA|KINGDOM|ROYAUME|REINO|REGNO|KONIGREICH"
    r"|ESTADOS?|ETAT|STATE|UNITED|UNIS|UNIDOS|FEDERAL|FEDERATIVE|FEDERATIVA|DEMOCRATIC|DEMOCRATIQUE"
    r"|DEMOCRATICA|ISLAMIC|ISLAMIQUE|SOCIALIST|POPULAIRE|PEOPLE'?S|ARAB|ARABE|PLURINACIONAL"
    r"|BOLIVARIANA|ORIENTAL|SULTANATE|PRINCIPALITY|COMMONWEALTH|GOVERNMENT|GOUVERNEMENT|GOBIERNO"
    r"|GOVERNO|OF|THE|DE|DI|DU|DEL|DA|DO|LA|LE)\b"
)
"""Words of a state's form around its name ("República de Honduras", "Republic of the
Gambia"), folded."""

STATE_NAMED = re.compile(
    r"\b(?:REPUBLI(?:C|QUE|CA|K|KA)|REPUBBLICA|KINGDOM|ROYAUME|REINO|ESTADO|STATE|GOVERNMENT"
    r"|GOUVERNEMENT|GOBIERNO|GOVERNO)\s+"
    r"(?:OF|DE|DI|DU|DEL|DA|DO|D')?"
    r"\s*(?:THE\s+|LA\s+|L')?([A-Z][A-Z' -]{2,40})"
)
"""A state's name after the words of its form ("República de Guatemala", "Republic of the
Philippines", "Government of Nepal"), folded."""

HEADING_ROWS = 5
"""A certificate names its state in its first rows ("RZECZPOSPOLITA POLSKA", "REPUBLIC OF
GHANA"), before its title."""


def state_heading(rows: Sequence[str]) -> str | None:
    """The state a page's heading names: a row of the first ``HEADING_ROWS`` that is a
    country's name and little else (a name covering most of its letters: "CHAD" in the
    child's name "CHAD MICHAEL OKAFOR" is no heading).

    >>> state_heading(["RZECZPOSPOLITA POLSKA", "Urzad Stanu Cywilnego", "ODPIS ZUPELNY"])
    'POL'
    >>> state_heading(["CERTIFICATE OF BIRTH", "CHAD MICHAEL OKAFOR"]) is None
    True

    The words of a state's form ("República de", "Kingdom of") are no letters of another
    thing: "REPÚBLICA DE HONDURAS" heads a Honduran certificate (set_am p04).

    >>> state_heading(["REPÚBLICA DE HONDURAS", "REGISTRO NACIONAL DE LAS PERSONAS"])
    'HND'
    >>> state_heading(["REGISTRO NACIONAL DE LAS PERSONAS", "RENAP — República de Guatemala, C.A."])
    'GTM'
    >>> state_heading(["Republic of the Philippines", "PHILIPPINE STATISTICS AUTHORITY"])
    'PHL'
    >>> state_heading(["REPUBBLICA DI SAN MARINO", "Ufficio di Stato Civile"])
    'SMR'

    A government names its state as a republic does (set_ck p03, a Nepali registration):

    >>> state_heading(["Schedule - 12 (Related to Rule 7)", "Ale APR", "Government of Nepal"])
    'NPL'

    Kosovo is written as its passports' MRZ writes it (set_ck p04):

    >>> state_heading(["REPUBLIKA E KOSOVËS", "EKSTRAKT I REGJISTRIT TË LINDJEVE"])
    'RKS'
    """
    for row in rows[:HEADING_ROWS]:
        # "RENAP — República de Guatemala, C.A.": the state named after its form's words
        named = STATE_NAMED.search(_fold(row))
        if named and (found := _longest_name(" ".join(named[1].split()[:4]))):
            return found[1]
        letters = sum(c.isalpha() for c in STATE_FORM.sub(" ", _fold(row)))
        found = _longest_name(row)
        if found and letters and found[0] >= 0.6 * letters:
            return found[1]
    return None


def _longest_name(name: str | None) -> tuple[int, str] | None:
    """(letters of the name found, its code): the longest known country name in ``name``
    (a run of its words, folded).

    >>> _longest_name("REPÚBLICA DEMOCRÁTICA DE SÃO TOMÉ E PRÍNCIPE")
    (38, 'STP')
    """
    if not name:
        return None
    words = re.findall(r"[A-Z]+", _fold(name))
    names = _names()
    best: tuple[int, str] | None = None
    for i in range(len(words)):
        for j in range(i + 1, min(len(words), i + NAME_WORDS) + 1):
            code = names.get(" ".join(words[i:j]))
            if code is not None:
                size = sum(map(len, words[i:j]))
                if best is None or size > best[0]:
                    best = (size, code)
    return best


NAME_WORDS = 12
"""The most words a country's name has ("Democratic Republic of São Tomé and Príncipe")."""
NAME_LANGUAGES = ("fr", "es", "pt", "it", "de", "ca", "nl")
"""Languages whose country names (pycountry's ISO 3166 translations) are read as well as
English: those civil documents are commonly written in."""


@functools.cache
def _names() -> dict[str, str]:
    """Every known country name, folded words joined by one space, with its code: the
    names of ``certificates.toml`` over pycountry's short, official and common names in
    English and in ``NAME_LANGUAGES`` ("São Tomé e Príncipe", "Santo Tomé y Príncipe")."""
    import gettext

    import pycountry

    translations = [
        gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=[lang], fallback=True)
        for lang in NAME_LANGUAGES
    ]
    english: dict[str, str] = {}
    translated: dict[str, set[str]] = {}
    for c in pycountry.countries:
        for attr in ("name", "official_name", "common_name"):
            value = getattr(c, attr, None)
            if not value:
                continue
            english.setdefault(value, c.alpha_3)
            for t in translations:
                translated.setdefault(t.gettext(value), set()).add(c.alpha_3)
    english.update(_certificates()["names"])
    out: dict[str, str] = {}
    for known, code in english.items():
        if "," not in known and (words := re.findall(r"[A-Z]+", _fold(known))):
            out.setdefault(" ".join(words), str(code))
    for known, codes in translated.items():
        words = re.findall(r"[A-Z]+", _fold(known))
        # a translation naming two states (a catalogue's slip), or too short to be told
        # from a word ("Oma"), is left out
        if len(codes) == 1 and "," not in known and sum(map(len, words)) >= 4:
            out.setdefault(" ".join(words), next(iter(codes)))
    return {k: v for k, v in out.items() if len(k.split()) <= NAME_WORDS}


def _fold(text: str) -> str:
    from docverify.values.names import fold_upper

    return fold_upper(text)


@functools.cache
def _all_codes() -> frozenset[str]:
    d = _data()
    codes = {*d["eu"], *d["eea_extra"], *d["swiss"]}
    codes |= set(d["apostille"]["exempt_bilateral"]) | set(d["apostille"]["legalisation"])
    codes |= set(_certificates()["names"].values())
    return frozenset(codes)


@functools.cache
def _number_formats() -> dict[str, dict[str, re.Pattern[str]]]:
    raw = tomllib.loads(
        resources.files("docverify.data").joinpath("document_numbers.toml").read_text("utf-8")
    )
    return {family: {c: re.compile(rx) for c, rx in table.items()} for family, table in raw.items()}


def number_format(issuer: str | None, document_code: str | None) -> re.Pattern[str] | None:
    """How ``issuer`` numbers this kind of document (``P``... passport, ``V``... visa), when
    known (``document_numbers.toml``).

    >>> bool(number_format("HUN", "P").match("BD0002028")), number_format("HUN", "ID")
    (True, None)
    """
    family = {"P": "passport", "V": "visa"}.get((document_code or "")[:1])
    code = normalise(issuer)
    if family is None or code is None:
        return None
    return _number_formats().get(family, {}).get(code)


@functools.cache
def _icao_codes() -> frozenset[str]:
    import pycountry

    return frozenset(c.alpha_3 for c in pycountry.countries) | frozenset(_data()["icao_extra"])


def icao_code(code: str | None) -> bool:
    """Is ``code`` a state or organisation an MRZ may name (ISO 3166-1 alpha-3 or ICAO's own
    codes, fillers stripped)? A misread issuing state ("RAO" for "ITA") is none.

    >>> icao_code("ITA"), icao_code("D<<"), icao_code("UTO"), icao_code("RAO")
    (True, True, True, False)
    """
    return bool(code) and (code or "").strip("<").upper() in _icao_codes()


COUNTRY_LOOKALIKES = {
    "O": "CDQ", "C": "OG", "D": "O", "Q": "O", "G": "C", "I": "LJ", "L": "I", "J": "I",
    "U": "V", "V": "UY", "Y": "V", "M": "N", "N": "MH", "H": "N", "B": "E", "E": "BF", "F": "E",
    "P": "R", "R": "PK", "K": "R",
}  # fmt: skip
"""Letters OCR takes for one another in an MRZ's state codes, which no check digit guards
("COL" read "OOL")."""


def country_slip(code: str | None, other: str | None) -> str | None:
    """The state code that ``code``, a nationality no state has, stands for one look-alike
    letter away: ``other`` (the issuing state) when it is one, else the only state code
    that is; None when ``code`` is a state's or no single one fits.

    >>> country_slip("OOL", "COL"), country_slip("OOL", "FRA"), country_slip("COL", "FRA")
    ('COL', 'COL', None)
    >>> country_slip("XQZ", "FRA") is None
    True
    """
    if not code or len(code) != 3 or icao_code(code):
        return None
    near = {
        code[:i] + c + code[i + 1 :]
        for i, old in enumerate(code)
        for c in COUNTRY_LOOKALIKES.get(old, "")
    }
    near = {n for n in near if icao_code(n)}
    if other in near:
        return other
    return near.pop() if len(near) == 1 else None
