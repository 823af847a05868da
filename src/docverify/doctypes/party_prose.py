"""Prose readers shared by the documents that name people in sentences (attestations
d'hébergement, leases): a person's name at the head of a clause, cut where their birth,
address or role begins, titles and relatives dropped; several parties named together; an
address up to its postcode and town; and the document's text with its folded twin, so
that a match in the folded text gives back the words as printed.

Moved out of ``hosting_attestation`` (which outgrew 500 lines); ``lease`` reads its
parties with them too.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence
from dataclasses import dataclass

from docverify.label_values import refuse_value, strip_label
from docverify.values.names import CONNECTORS, PARTICLES, TITLES, fold_upper


@dataclass(frozen=True)
class Prose:
    """A document's lines joined by newlines, and its folded twin (upper case, no
    accents) position by position, so a match in the folded text gives back the words
    as printed."""

    text: str
    folded: str
    index: tuple[int, ...]

    @classmethod
    def of(cls, lines: Sequence[str]) -> Prose:
        text = "\n".join(re.sub(r"[ \t]+", " ", line).strip() for line in lines)
        text = text.replace("\u2019", "'").replace("`", "'")
        parts: list[str] = []
        index: list[int] = []
        for i, c in enumerate(text):
            f = fold_upper(c)
            parts.append(f)
            index.extend([i] * len(f))
        return cls(text, "".join(parts), tuple(index))

    def original(self, start: int, end: int) -> str:
        if start >= end:
            return ""
        return self.text[self.index[start] : self.index[end - 1] + 1]


TITLE = (
    r"(?:MONSIEUR|MADAME|MADEMOISELLE|MESSIEURS|MESDAMES|MELLE|MLLE|MMES|MME|MRS|MR|MS|MM|DR|M)"
    r"\b\.?"
)
CUT = re.compile(
    r"[,;:(«\"\n]|\s[-–—]\s|(?<![\s.]M)(?<!MME)(?<!MR)(?<!DR)(?<!\b[A-Z])\.(?=\s|$)|"
    r"\b(?:DEMEURANTE?S?|DOMICILIEE?S?|RESIDANTE?S?|HABITANTE?S?|DEMEURE|NEE?S?\s*(?:\(E\)\s*)?"
    r"(?:LE|A|EN|AU)|NE\s*\(E\)|\w{1,3}\s+LE\s+(?=\d)|DATE DE NAISSANCE|DONT LE SIEGE|AYANT SON SIEGE|SIEGE SOCIAL|"
    r"SISE?S?|IMMATRICULEE?|INSCRITE?|AU CAPITAL|SIRE[NT]|REPRESENTEE?S?|AGISSANT|EN SA QUALITE|"
    r"ADRESSE|TEL|TELEPHONE|E-?MAIL|CI-?\s?APRES|CI-?\s?DESSOUS|DESIGNEE?S?|DENOMMEE?S?|"
    r"APPELEE?S?|DE NATIONALITE|NATIONALITE|PROFESSION|EXERCANT|HEREINAFTER|RESIDING|BORN|"
    r"LIVING AT|CELIBATAIRE|(?<!-)MARIE(?:ES?|S|(?=\s+(?:A|AVEC|DEPUIS)\b))|PACSEE?S?|EPOUX|"
    r"AGE DE|TITULAIRE|"
    r"ATTESTE\w*|CERTIFIE\w*|DECLARE\w*|CERTIFY|HEREBY|HEBERGE\w*|RESIDE\w*|EST|SONT|QUI|IS|"
    r"LIVES|A (?:MON|NOTRE) DOMICILE|CHEZ (?:MOI|NOUS)|DEPUIS|SINCE|AT MY|IN MY|A TITRE GRATUIT)\b"
)
"""Where a party's name ends: its address, birth (its "né" misread: a short word, then "le"
and a date), company details, role designation."""
_RELATIVES = re.compile(
    r"^(?:(?:MON|MA|MES|NOTRE|NOS)\s+(?:EPOUSE|EPOUX|MARI|FEMME|CONJOINTE?|COMPAGNE|COMPAGNON|"
    r"CONCUBINE?|PARTENAIRE|FILS|FILLE|FRERE|SOEUR|PERE|MERE|NEVEU|NIECE|COUSINE?|AMIE?|ONCLE|"
    r"TANTE|BEAU-\w+|BELLE-\w+|PETITE?-\w+|ENFANTS?|PARENTS?)|QUE|CHEZ MOI|A MON DOMICILE)\s*:?\s*"
)
_OCR_DIGITS = str.maketrans("0158", "OISB")


def person_name(raw: str | None) -> str | None:
    """A person's (or a company's) name at the head of ``raw``: cut where its address,
    birth or role begins, titles dropped; None when what is there is not a name (a label,
    an instruction, a sentence).

    >>> person_name("Mme Odile FABRE, demeurant 23 rue Bobillot, 75013 Paris")
    'Odile FABRE'
    >>> person_name("SEINE-SAINT-DENIS HABITAT, demeurant 18 avenue Paul Vaillant-Couturier")
    'SEINE-SAINT-DENIS HABITAT'
    >>> person_name("Madame Salma LAURENT née IDRISSI, née le 10/09/1991")
    'Salma LAURENT née IDRISSI'
    >>> person_name("Le présent contrat est conclu entre les soussignés"), person_name("Signature")
    (None, None)
    >>> person_name("VII"), person_name("Louis XIV"), person_name(") Julien MARCHAND")
    (None, 'Louis XIV', 'Julien MARCHAND')
    >>> person_name("Rose-Marie Jean-Baptiste, désignée ci-après"), person_name("Anne Marie")
    ('Rose-Marie Jean-Baptiste', 'Anne Marie')
    >>> person_name("Paul Martin marié avec Julie Roy"), person_name("Paul Martin mariés")
    ('Paul Martin', 'Paul Martin')
    >>> person_name("Elif Yıldırım, désigné(s) ci-après"), person_name("Łukasz Wójcik")
    ('Elif Yıldırım', 'Łukasz Wójcik')
    >>> person_name("EL Madame Mariana COSTA DE OLIVEIRA, née le 14/03/1994")
    'Mariana COSTA DE OLIVEIRA'
    >>> person_name("AL M. Karim AL MANSOURI"), person_name("AL MANSOURI Karim")
    ('Karim AL MANSOURI', 'AL MANSOURI Karim')
    >>> person_name("Aaclkaee EL ANRANL we le 02/041968 % Fes")  # a hand's "né" misread
    'Aaclkaee EL ANRANL'
    >>> person_name("MK")  # a signature read as initials
    """
    if not raw:
        return None
    head = re.sub(r"[ \t]+", " ", raw.strip(" \t\n-–—•*·:()[]|"))
    rel = _RELATIVES.match(fold_upper(head))
    if rel:
        head = head[rel.end() :]
    # a short word before a title is a connector misread ("EL Madame ..." for "Et"), then
    # titles, and connectors that never open a name ("Ne" for a misread "Mme")
    head = re.sub(rf"^\S{{1,3}}\s+(?={TITLE}\s)", "", head, flags=re.IGNORECASE)
    head = re.sub(rf"^(?:(?:{TITLE}|(?:NEE?|ET|OU|EPOUSE)\b)\s*)+", "", head, flags=re.IGNORECASE)
    head = re.sub(r"^[A-Za-z]{1,3}\.\s+(?=[A-Z])", "", head)  # a title misread ("NM. Thoms")
    head = re.sub(r"^(?:la|le|les|l')\s*(?=\S)", "", head)  # "la société X"
    p = Prose.of([head])
    m = CUT.search(p.folded)
    head = p.original(0, m.start() if m else len(p.folded)).strip(" .:'-–—")
    words = [w if not re.search(r"[A-Za-z].*\d|\d.*[A-Za-z]", w) else w.translate(_OCR_DIGITS)
             for w in head.split()]  # fmt: skip
    head = " ".join(words)
    if refuse_value(head):  # "société FONCIÈRE DU PARC": the name after its label
        head = strip_label(head)
    return head if _name_shaped(head) else None


def _name_shaped(text: str) -> bool:
    """Words of a name: capitalised words, particles and connectors (one lower-case
    misread at most, in a name of three words or more); no digits, no label."""
    words = text.split()
    if not 1 <= len(words) <= 8 or re.search(r"\d", text) or refuse_value(text):
        return False
    if (
        len(words) == 1
        and re.fullmatch(r"(?:X{0,3})(?:IX|IV|V?I{0,3})\.?", words[0])
        and len(words[0]) > 1
    ):
        return False  # a section number ("VII. Clause de solidarité"), not a party
    if len(words) == 1 and sum(c.isalpha() for c in words[0]) <= 2:
        return False  # initials, or a signature read as text ("MK", set_ay p01)
    lower = 0
    capital = 0
    for w in words:
        core = w.strip(".,'()-")
        f = fold_upper(core)
        if not core or f in TITLES:
            continue
        if f in PARTICLES or f in CONNECTORS or f in ("EL", "AL", "BEN", "BIN", "AIT", "OULD"):
            continue
        upper = sum(c.isupper() for c in core) > len(core) / 2  # "lANTÉ": a misread capital
        if (core[0].isupper() or upper) and re.fullmatch(r"(?:[^\W\d_]|['\-])+", core):
            capital += 1
        else:
            lower += 1
    return capital >= 1 and (lower == 0 or (lower == 1 and capital >= 2))


def split_persons(text: str) -> list[str]:
    """Several parties named together: "M. Hugo LEFEBVRE et Mme Amina KEITA", "M. X,
    né le ..., et Mme Y, née le ..." (joined by "et" or a comma before a title).

    >>> split_persons("M. Moussa DIOP et Mme Awa NDIAYE")
    ['M. Moussa DIOP', 'Mme Awa NDIAYE']
    """
    folded = fold_upper(text)
    cuts = [0]
    for m in re.finditer(rf"(?:,\s*|\s+)(?:ET|AND|&)\s+(?={TITLE}\s)|,\s*(?={TITLE}\s)", folded):
        cuts.append(m.start())
    cuts.append(len(text))
    parts = [text[a:b].strip(" ,") for a, b in itertools.pairwise(cuts)]
    out: list[str] = []
    for part in parts:
        part = re.sub(r"^(?:et|and|&)\s+", "", part, flags=re.IGNORECASE)
        pieces = re.split(r"\s+(?:et|and|&)\s+", part, flags=re.IGNORECASE)
        if len(pieces) == 2 and all(len(x.split()) >= 2 for x in pieces):
            out.extend(pieces)  # "Hugo LEFEBVRE et Amina KEITA"
        else:
            out.append(part)
    return [p for p in out if p]


_NOM = r"\bNOM(?: DE (?:FAMILLE|NAISSANCE))?\s*:\s*"
_PRENOM = r"\bPRENOMS?(?:\s*\(S\))?\s*:\s*"
_UNTIL = r"(?=\s+(?:NEE?|DATE|DEMEURANT|ADRESSE|DOMICILE)\b|[,;\n(]|$)"
_FORM_NAME = re.compile(
    rf"{_NOM}(?P<sur>[^:\n]+?)\s+{_PRENOM}(?P<given>[^:\n]+?){_UNTIL}|"
    rf"{_PRENOM}(?P<given2>[^:\n]+?)\s+{_NOM}(?P<sur2>[^:\n]+?){_UNTIL}"
)


def form_name(raw: str) -> str | None:
    """A name filled in a form's fields on one line ("Nom : WALSH Prénom : Jennifer").

    >>> form_name("Nom : WALSH  Prénom(s) : Jennifer Lynn  Né(e) le : 03/03/1988")
    'Jennifer Lynn WALSH'
    """
    p = Prose.of([raw])
    m = _FORM_NAME.search(p.folded)
    if not m:
        return None
    parts = ("given", "sur") if m["sur"] else ("given2", "sur2")
    given, sur = (p.original(m.start(k), m.end(k)).strip(" .") for k in parts)
    return person_name(f"{given} {sur}")


def names_in(raw: str) -> list[str]:
    """Every party named in ``raw`` ("M. X et Mme Y, demeurant ...", "Nom : X Prénom : Y")."""
    out: list[str] = []
    for part in split_persons(raw):
        name = person_name(part) or form_name(part)
        if name and name not in out:
            out.append(name)
    return out


POSTCODE_CITY = re.compile(r"\b(?:\d{5}|\d{2} \d{3})\s+[A-Z][A-Z'\-]*(?:[ \-][A-Z][A-Z'\-]*){0,3}")


def address_after(prose: Prose, label_rx: str, lines: int = 3) -> str | None:
    """The address following a label: up to the postcode and its town, across at most
    ``lines`` lines; None without a postcode.

    >>> address_after(Prose.of(["Adresse du logement : 27 avenue Jean Jaurès, bât. 2,",
    ...   "93300 Aubervilliers", "Type d'habitat : collectif"]), "ADRESSE DU LOGEMENT")
    '27 avenue Jean Jaurès, bât. 2, 93300 Aubervilliers'
    """
    for m in re.finditer(label_rx, prose.folded):
        start = m.end()
        while start < len(prose.folded) and prose.folded[start] in " ,:\t-–—":
            start += 1
        stop = start
        for _ in range(lines):
            nl = prose.folded.find("\n", stop + 1)
            stop = len(prose.folded) if nl < 0 else nl
        window = prose.folded[start:stop]
        city = POSTCODE_CITY.search(window)
        if not city or not re.search(r"\d", window[: city.start()]):
            continue
        end = start + city.end()
        line_end = prose.folded.find("\n", start + city.start())
        if 0 <= line_end < end:
            end = line_end
        value = re.sub(r"\s+", " ", prose.original(start, end)).strip(" ,;:.")
        town = re.search(r"\b\d{5}\b|\b\d{2} \d{3}\b", value)
        if town:  # the town ends at a word in lower case ("69003 Lyon certifie que")
            cut = re.search(
                r"\s(?!(?:sur|sous|en|de|du|des|la|le|les|lès)\b)[a-zà-ÿ]", value[town.end() :]
            )
            value = value[: town.end() + cut.start()] if cut else value
        if len(value) >= 8:
            return value
    return None
