"""Attestations d'hébergement: a host certifies the applicant lives with them.

They are letters, typed or written by hand, in the wording of the service-public.fr model
("Je soussigné(e) [host], né(e) le ..., demeurant [address], atteste sur l'honneur
héberger à mon domicile [hosted person], né(e) le ..., depuis le [date]. Fait à ...,
le ..."), in any order, sometimes with labels instead ("Nom de la personne hébergée :").
Handwriting reads poorly through OCR ("ATTESTATION D'HOBERGEMENT", "Je Soussiqn"), so the
words that type the page and anchor its parts are matched with a few misread letters
allowed; names are taken in the prose's order (the host after "je soussigné", the hosted
person after "héberger" or the host's own details) and never from a label.

The prose readers here (a person's name at the head of a clause, cut where their birth,
address or role begins; an address up to its postcode and town) also read a lease's
parties.
"""

from __future__ import annotations

import datetime as dt
import functools
import itertools
import re
from collections.abc import Sequence
from dataclasses import dataclass

from docverify.doctypes.attestation_signature import signed
from docverify.doctypes.base import DocTypeSpec, ExtractContext, Signal, internal, lines_of
from docverify.labelled import labelled_values
from docverify.labels import refuse_value, strip_label
from docverify.model import DocType, Document, Finding, warning
from docverify.values.dates import find_dates, find_month_years
from docverify.values.names import CONNECTORS, PARTICLES, TITLES, fold_upper
from docverify.vision.ink import looks_signed


@dataclass(frozen=True)
class HostingAttestationFields:
    host_name: str | None
    hosted_name: str | None
    address: str | None
    since_date: dt.date | None
    signed_on: dt.date | None
    signed: bool | None
    signature_ink_mm2: float | None = internal()
    """Ink measured where the host signs: near zero, 'unsigned' is a reliable read."""


# --------------------------------------------------------------------------- prose: persons and addresses


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
    r"(?:LE|A|EN|AU)|NE\s*\(E\)|DATE DE NAISSANCE|DONT LE SIEGE|AYANT SON SIEGE|SIEGE SOCIAL|"
    r"SISE?S?|IMMATRICULEE?|INSCRITE?|AU CAPITAL|SIRE[NT]|REPRESENTEE?S?|AGISSANT|EN SA QUALITE|"
    r"ADRESSE|TEL|TELEPHONE|E-?MAIL|CI-?\s?APRES|CI-?\s?DESSOUS|DESIGNEE?S?|DENOMMEE?S?|"
    r"APPELEE?S?|DE NATIONALITE|NATIONALITE|PROFESSION|EXERCANT|HEREINAFTER|RESIDING|BORN|"
    r"LIVING AT|CELIBATAIRE|(?<!-)MARIE(?:ES?|S|(?=\s+(?:A|AVEC|DEPUIS)\b))|PACSEE?S?|EPOUX|"
    r"AGE DE|TITULAIRE|"
    r"ATTESTE\w*|CERTIFIE\w*|DECLARE\w*|CERTIFY|HEREBY|HEBERGE\w*|RESIDE\w*|EST|SONT|QUI|IS|"
    r"LIVES|A (?:MON|NOTRE) DOMICILE|CHEZ (?:MOI|NOUS)|DEPUIS|SINCE|AT MY|IN MY|A TITRE GRATUIT)\b"
)
"""Where a party's name ends: its address, birth, company details, role designation."""
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
    """
    if not raw:
        return None
    head = re.sub(r"[ \t]+", " ", raw.strip(" \t\n-–—•*·:()[]|"))
    rel = _RELATIVES.match(fold_upper(head))
    if rel:
        head = head[rel.end() :]
    # titles, and connectors that never open a name ("Ne" for a misread "Mme")
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


# --------------------------------------------------------------------------- attestation


@functools.cache
def misread(word: str, errors: int = 2, lost: bool = False) -> str:
    """A regex for ``word`` (folded) with up to ``errors`` letters misread, as OCR reads
    handwriting ("HOBERGEMENT", "HEBERCEMENX" for "HEBERGEMENT"); with ``lost``, one of
    the errors may be a letter not read at all ("SEUSSINEE" for "SOUSSIGNEE").

    >>> bool(re.fullmatch(misread("HEBERGEMENT"), "HEBERCEMENX"))
    True
    >>> bool(re.fullmatch(misread("HEBERGEMENT"), "ENREGISTREMENT"))
    False
    >>> bool(re.fullmatch(misread("SOUSSIGNE", lost=True), "SEUSSINE"))
    True
    """

    def substituted(w: str, k: int) -> set[str]:
        return {
            "".join(r"\w" if i in wrong else re.escape(c) for i, c in enumerate(w))
            for wrong in itertools.combinations(range(len(w)), min(k, len(w) - 1))
        }

    alts = substituted(word, errors)
    if lost and errors >= 1:
        for i in range(1, len(word)):  # the first letter kept: it anchors the word
            alts |= substituted(word[:i] + word[i + 1 :], errors - 1)
    return "(?:" + "|".join(sorted(alts)) + ")"


TITLE_RX = misread("ATTESTATION") + r"\W{0,3}D\W{0,2}" + misread("HEBERGEMENT")
HOST_RX = (
    r"(?:(?:\b[JS]\w?\s+|\bNOUS\s+)?\b" + misread("SOUSSIGN", lost=True) + r"\w*(?:\s*\(E\)|E)?"
    r"|\bJE\s*,\s*(?=[A-Z])|\bI\s*,?\s*THE UNDERSIGNED\s*,?)"
)
HOSTING_VERB = (
    r"\b(?:" + misread("HEBERGER", 2) + r"|HEBERGEE?S?|ACCUEILLIR|ACCUEILLE|LOGER|LOGE|"
    r"HOST|ACCOMMODATE)\b"
)
"""The hosting verb (not the title's "hébergement"): the hosted person is named after it."""
BIRTH = re.compile(
    r"^\W*N\w?E{0,2}\s*(?:\(?E\))?S?\s+(?:LE|A|EN|AU)\b|^\W*N\w?EE?\s*(?:\(?E\))?\s*(?:LE\s*)?\d"
)
"""A birth clause ("né(e) le", "née à", OCR "nle le", "nee) le"): the hosted person's name is
before it."""


HOME = r"\b(?:MON|NOTRE|MA) (?:DOMICILE|LOGEMENT|APPARTEMENT|MAISON)\b"
"""Where the host says they receive the hosted person: the name follows."""


def _name_at(prose: Prose, start: int) -> str | None:
    """The name at ``start``, read on its line; or across the line end when it goes on
    there ("M. Michael Andrew" / "THOMPSON, né le ...")."""
    one_line = person_name(prose.original(start, len(prose.folded)))
    end = prose.folded.find("\n", start)
    if end < 0:
        return one_line
    nxt = prose.folded.find("\n", end + 1)
    joined = person_name(
        prose.original(start, nxt if nxt > 0 else len(prose.folded)).replace("\n", " ")
    )
    if joined and (
        one_line is None or (joined.startswith(one_line) and len(joined) > len(one_line))
    ):
        return joined
    return one_line


def _host(prose: Prose) -> tuple[str | None, int]:
    """The host after "Je soussigné(e)" and where their mention ends."""
    for m in re.finditer(HOST_RX, prose.folded):
        rest = prose.folded[m.end() :]
        skip = re.match(r"[\s,:]*(?:\((?:NOM|PRENOM)[^)]*\)\s*:?\s*)?", rest)
        start = m.end() + (skip.end() if skip else 0)
        name = _name_at(prose, start) or form_name(prose.original(start, len(prose.folded)))
        if name:
            return name, start + len(fold_upper(name))
    return None, 0


def _chunks(prose: Prose, start: int, limit: int = 320) -> list[tuple[str, str]]:
    """Clauses of prose after ``start`` (cut at commas and sentence ends; a line end is a
    space: names wrap), as (printed, folded) pairs."""
    stop = min(len(prose.folded), start + limit)
    out: list[tuple[str, str]] = []
    a = start
    for m in re.finditer(r"[,;]|\.(?=\s)(?<![\s.][A-Z]\.)", prose.folded[start:stop] + ","):
        b = start + m.start()
        if b > a:
            out.append(
                (prose.original(a, b).replace("\n", " "), prose.folded[a:b].replace("\n", " "))
            )
        a = start + m.end()
    return out


SINCE = re.compile(r"^.*?\bDEPUIS\s+(?:LE\s+)?\S+(?:\s+[A-Z]+\.?\s+\d{4})?\s*", re.IGNORECASE)
BIRTH_IN = re.compile(r"\bN\w?E{0,2}\s*(?:\(?E\))?S?\s+(?:LE|A|EN|AU)\b")


def _hosted(prose: Prose, after: int) -> str | None:
    """The hosted person: the first name after the hosting verb (or after the host), one
    with a title, or one followed by its "né(e) le".

    >>> _hosted(Prose.of(["héberger à mon domicile, à titre gratuit, depuis le 20/04/2026,",
    ...   "Madame Jennifer WALSH, née le 03/03/1988"]), 0)
    'Jennifer WALSH'
    >>> _hosted(Prose.of(["héberger à mon domicile M. Michael Andrew",
    ...   "THOMPSON, né le 03/02/1985"]), 0)
    'Michael Andrew THOMPSON'
    >>> _hosted(Prose.of(["héberger à ron denicile, ron Casin, depuis le 05/07/0014,",
    ...   "Yousef BEN SALAH, nee) le OA/OAAAA à Sfax"]), 0)  # handwriting, as OCR reads it
    'Yousef BEN SALAH'
    """
    verb = re.compile(HOSTING_VERB).search(prose.folded, after)
    that = re.compile(
        r"\b(?:ATTESTE|CERTIFIE|DECLARE|CERTIFY)\w*(?: SUR L'HONNEUR)? (?:QUE|THAT)\b"
    )
    clause = that.search(prose.folded, after)  # "certifie que Mme X est hébergée chez moi"
    # the verb garbled past reading ("heerate % mon domicile"): the home it names is after it
    home = None if verb else re.compile(HOME).search(prose.folded, after)
    start = verb.end() if verb else home.end() if home else after
    if clause and (not verb or clause.start() < verb.start()):
        start = clause.end()
    chunks = _chunks(prose, start)
    for i, (text, folded) in enumerate(chunks):
        if BIRTH.match(folded):
            break
        titled = re.search(rf"(?:^|\s){TITLE}\s", folded)
        if titled:
            name = person_name(text[titled.start() :])
            if name:
                return name
        named = form_name(text)
        if named:
            return named
        nxt = chunks[i + 1][1] if i + 1 < len(chunks) else ""
        name = person_name(SINCE.sub("", text))
        if name and (BIRTH_IN.search(folded) or BIRTH.match(nxt)):
            return name
        # the name ends the clause its birth follows, after words OCR garbled ("à ron
        # danicile non neveu Yacine Beuzid, né le")
        born = BIRTH_IN.search(folded)
        head = text[: born.start()] if born else text if BIRTH.match(nxt) else ""
        if head and (name := _name_before(head)):
            return name
    return None


def _name_before(text: str) -> str | None:
    """The capitalised words just before a birth clause that the prose runs into without
    a comma ("... à mon domicile mon neveu Yacine Bouzid né le", a handwritten comma
    lost): two to five of them, read back from the clause.

    >>> _name_before("à ren doricile mon neveu Yacine Beutidi ")
    'Yacine Beutidi'
    >>> _name_before("à mon domicile depuis ") is None
    True
    """
    run: list[str] = []
    for word in reversed(text.split()):
        core = word.strip(".,'()")
        if not core or not (core[0].isupper() or fold_upper(core) in PARTICLES):
            break
        run.insert(0, word)
    while run and fold_upper(run[0].strip(".,'()")) in PARTICLES:
        run.pop(0)  # a name does not open on "de"
    if not 2 <= len(run) <= 5:
        return None
    return person_name(" ".join(run))


def loose_date(text: str) -> dt.date | None:
    """The first date in ``text``, also when handwriting lost a slash ("0112/2025"); a
    month alone ("depuis septembre 2026") is its first day.

    >>> loose_date("depuis le 0112/2025 mon épouse"), loose_date("le 1er juin 2026")
    (datetime.date(2025, 12, 1), datetime.date(2026, 6, 1))
    >>> loose_date("septembre 2026")
    datetime.date(2026, 9, 1)
    """
    dates = find_dates(text)
    if dates:
        return dates[0].value
    m = re.search(r"(?<!\d)(\d{2})(\d{2})\s*[/.\-]\s*(\d{4})(?!\d)", text)
    if m:
        try:
            return dt.date(int(m[3]), int(m[2]), int(m[1]))
        except ValueError:
            return None
    months = find_month_years(text)
    return dt.date(months[0][0], months[0][1], 1) if months else None


def _date_after(folded: str, label: str, reach: int = 30) -> dt.date | None:
    for m in re.finditer(label, folded):
        window = folded[m.end() : m.end() + reach]
        dates = find_dates(window)
        if dates and dates[0].start < 8:
            return dates[0].value
        value = loose_date(window[:16])
        if value:
            return value
    return None


SINCE_LABELS = (
    r"\b" + misread("DEPUIS", 1) + r"(?:\s+LE)?\b|\bA COMPTER DU\b|\bSINCE\b|"
    r"\b(?:DATE DE )?DEBUT DE L'?HEBERGEMENT\b|\bDATE D'(?:ARRIVEE|ENTREE)\b"
)
SIGNED_ON = (
    r"\bFAIT\b\W{0,2}(?:ET SIGNE\W{0,2})?\S{0,3}\s+[^\n]{2,40}?\bLE\b",
    r"\bFAIT\b\s+LE\b",
    r"\b(?:DATE|LE)\s*:",
    r"\b[A-Z][A-Z\-' ]{1,30},\s+LE\b",
)


def _labelled(doc: Document, field: str) -> str | None:
    """A name by its label ("Nom de la personne hébergée : X"), or in the block under a
    heading ("HÉBERGEANT" above "Nom : ... Prénom : ...")."""
    for read in labelled_values(doc.pages, field, clean=person_name, places=("right", "below")):
        return read.value
    from docverify.doctypes.lease import labelled_parties  # the lease reads blocks too

    names = labelled_parties(doc, field, {"host": "host", "hosted": "hosted"})
    return names[0] if names else None


def extract(doc: Document, ctx: ExtractContext) -> tuple[HostingAttestationFields, list[Finding]]:
    prose = Prose.of(lines_of(doc))
    host, end = _host(prose)
    host = host or _labelled(doc, "host")
    hosted = _hosted(prose, end)
    hosted = hosted or _labelled(doc, "hosted")
    if hosted and host and hosted == host:
        hosted = None
    address = address_after(
        prose,
        rf"\b(?:{misread('DEMEURANT', 1)}E?|DOMICILIEE?|RESIDANTE?|HABITANTE?|DEMEURE)\b"
        r"(?:\s*,?\s*(?:AU|A|:))?|"
        r"\bDOMICILE\s+(?:SITUE|SIS)E?\s+(?:AU|A)?|\bADRESSE\s*:",
    )
    since = _date_after(prose.folded, SINCE_LABELS)
    signed_on = None
    for label in SIGNED_ON:
        signed_on = _date_after(prose.folded, label, 24)
        if signed_on:
            break
    ink = signed(doc.pages[-1])
    is_signed = None if ink is None else looks_signed(ink)
    findings: list[Finding] = []
    if is_signed is False:
        findings.append(
            warning("hosting_attestation.unsigned", "The attestation does not appear to be signed.")
        )
    if hosted is None:
        findings.append(
            warning(
                "hosting_attestation.no_hosted_name",
                "The hosted person's name could not be read on the attestation.",
            )
        )
    return HostingAttestationFields(
        host, hosted, address, since, signed_on, is_signed, ink.area_mm2 if ink else None
    ), findings


SPEC = DocTypeSpec(
    type=DocType.HOSTING_ATTESTATION,
    signals=(
        Signal.of(TITLE_RX, 6.0),
        Signal.of(r"HEBERGER|HEBERGE\b|HEBERGEMENT|" + misread("HEBERGER", 2), 2.0),
        # "atteste sur l'honneur" (not the form's "je certifie sur l'honneur")
        Signal.of(misread("ATTESTE", 1) + r"\s+SUR?\s+\W?L?\W?" + misread("HONNEUR", 2), 1.5),
        Signal.of(HOST_RX, 1.0),
        Signal.of(r"\b(?:MON|NOTRE) " + misread("DOMICILE", 2), 1.0),
        # the model's closing words and enclosures, legible where a hand's title is not
        Signal.of(misread("SERVIR", 1) + r"\W+\w{1,3}\W+" + misread("VALOIR", 2), 1.0),
        Signal.of(r"\bCOPIE DE (?:MA|SA|NOTRE) " + misread("PIECE", 1), 1.0),
    ),
    extract=extract,
    multipage=True,
)
