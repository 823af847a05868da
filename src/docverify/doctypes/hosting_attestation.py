"""Attestations d'hébergement: a host certifies the applicant lives with them.

They are letters, typed or written by hand, in the wording of the service-public.fr model
("Je soussigné(e) [host], né(e) le ..., demeurant [address], atteste sur l'honneur
héberger à mon domicile [hosted person], né(e) le ..., depuis le [date]. Fait à ...,
le ..."), in any order, sometimes with labels instead ("Nom de la personne hébergée :").
Handwriting reads poorly through OCR ("ATTESTATION D'HOBERGEMENT", "Je Soussiqn"), so the
words that type the page and anchor its parts are matched with a few misread letters
allowed; names are taken in the prose's order (the host after "je soussigné", the hosted
person after "héberger" or the host's own details) and never from a label.

The prose readers (a person's name at the head of a clause, cut where their birth,
address or role begins; an address up to its postcode and town) are in ``party_prose``,
shared with the lease.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import functools
import itertools
import re
from dataclasses import dataclass

from docverify.doctypes.attestation_signature import is_signed, signed
from docverify.doctypes.base import DocTypeSpec, ExtractContext, Signal, internal, lines_of
from docverify.doctypes.party_prose import (
    TITLE,
    Prose,
    address_after,
    form_name,
    person_name,
)
from docverify.labelled import labelled_values
from docverify.model import DocType, Document, Finding, warning
from docverify.values.dates import find_dates, find_month_years, past_year_slip
from docverify.values.names import PARTICLES, fold_upper
from docverify.vision.hand_dates import with_hand_dates
from docverify.vision.ink import InkMeasure


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


# the "d'" may be read as another letter joined to the next word ("Attestation
# Aheberaement", set_bh p02's hand)
TITLE_RX = misread("ATTESTATION") + r"\W{0,3}\w\W{0,2}" + misread("HEBERGEMENT")
HOST_RX = (
    r"(?:(?:\b[JS]\w?\s+|\bNOUS\s+)?\b" + misread("SOUSSIGN", lost=True) + r"\w*(?:\s*\(E\)|E)?"
    r"|\bJE\s*,\s*(?=[A-Z])|\bI\s*,?\s*THE UNDERSIGNED\s*,?"
    # "Je Élodie LE GALL, soussignée": the name first, "soussigné(e)" after it (a
    # handwriting's "SouSSi née" split in two)
    r"|\bJE\s+(?=[A-Z][^\n]{2,50}?,?\s+"
    + misread("SOUSSI", 1)
    + r"\s?"
    + misread("GNEE", 2, lost=True)
    + r"))"
)
HOSTING_VERB = (
    r"\b(?:" + misread("HEBERGER", 2) + r"|HEBERGEE?S?|ACCUEILLIR|ACCUEILLE|LOGER|LOGE|"
    r"HOST|ACCOMMODATE)\b"
)
"""The hosting verb (not the title's "hébergement"): the hosted person is named after it."""
BIRTH = re.compile(
    r"^\W*N\w?E{0,2}\s*(?:\(?E\))?S?\s+(?:LE|A|EN|AU)\b|^\W*N\w?EE?\s*(?:\(?E\))?\s*(?:LE\s*)?\d"
    r"|^\W*N\w?[(\[{LI]E\)\s*(?:LE|A|EN|AU)\b"  # "né(e)" read "néle)", "ne{e)"
)
"""A birth clause ("né(e) le", "née à", OCR "nle le", "nee) le"): the hosted person's name is
before it."""


RELATIONS = (
    r"(?:EPOUX|EPOUSE|MARI|FEMME|CONJOINTE?|COMPAGNON|COMPAGNE|FILS|FILLE|"
    r"FRERE|SOEUR|NEVEU|NIECE|COUSINE?|ONCLE|TANTE|PERE|MERE|AMIE?|PARTENAIRE)"
)
MY_RELATIVE = r"\b(?:MON|MA|NOTRE) " + RELATIONS
"""The hosted person's relation to the host ("mon épouse")."""
RELATIVE = re.compile(MY_RELATIVE + r"\s*$")
"""A clause ending with the hosted person's relation to the host: the name follows."""
RELATIVE_TITLE = (
    r"^\s*(?:" + misread("MONSIEUR", 2) + "|" + misread("MADAME", 2) + r"|M\.|MME|MLLE)\b\.?\s*"
)
"""A title opening the relative's clause, read with slips ("Nonsieur")."""


RELATION_LEAD = re.compile(r"^\W*(?:[MNW][OU]N|MA|NOTRE)\s+" + RELATIONS + r"\b[\s,:]*")
"""A relation read before the hosted person's name, "mon" as a hand's "won" or "non"."""


def without_relation(name: str | None) -> str | None:
    """The hosted person's name without the relation the host wrote before it.

    >>> without_relation("won épouse Nawe Diacca NTE"), without_relation("Mon fils, M. Ali SOW")
    ('Nawe Diacca NTE', 'Ali SOW')
    >>> without_relation("Monique DURAND"), without_relation(None)
    ('Monique DURAND', None)
    """
    if not name:
        return name
    folded = fold_upper(name)
    m = RELATION_LEAD.match(folded)
    if not m or len(folded) != len(name):
        return name
    rest = re.sub(r"^(?:M|MME|MLLE)\.\s*", "", name[m.end() :].strip(), flags=re.I)
    rest = re.sub(RELATIVE_TITLE, "", rest, count=1, flags=re.I).strip()
    return rest if len(rest.split()) >= 2 else name


HOME = (
    r"\b(?:[MNW][OU]N|NOTRE|MA) (?:"
    + misread("DOMICILE", 2, lost=True)
    + r"|LOGEMENT|APPARTEMENT|MAISON)\b"
)
"""Where the host says they receive the hosted person: the name follows (a hand's "mon"
read "won" or "non")."""


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
    """The host after "Je soussigné(e)" and where their mention ends; or between "Je"
    and a "soussignée" that follows the name.

    >>> _host(Prose.of(["Attestation", "je Elodie LE GALL,", "SouSSi née", "le 17/05/1979"]))
    ('Elodie LE GALL', 29)
    >>> _host(Prose.of(["Je soussisné Julie, MARCHAND, ne le 02/1969"]))[0]  # a hand's "n" read ","
    'Julie MARCHAND'
    """
    for m in re.finditer(HOST_RX, prose.folded):
        rest = prose.folded[m.end() :]
        skip = re.match(r"[\s,:]*(?:\((?:NOM|PRENOM)[^)]*\)\s*:?\s*)?", rest)
        start = m.end() + (skip.end() if skip else 0)
        name = _name_at(prose, start) or form_name(prose.original(start, len(prose.folded)))
        if name:
            end = start + len(fold_upper(name))
            # a hand's letter read as a comma between the first name and the family name in
            # capitals ("Julie, MARCHAND, né le": Julien MARCHAND): the name goes on
            if more := _SURNAME_AFTER_COMMA.match(prose.original(end, len(prose.folded))):
                return f"{name} {more[1]}", end + more.end(1)
            return name, end
    return None, 0


_SURNAME_AFTER_COMMA = re.compile(
    r"\s*,\s*((?:[A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ'’-]+)(?:\s+[A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ'’-]+)?)(?=\s*,|\s+[Nn])"
)
"""A family name in capitals right after a comma, itself followed by a comma or the birth
clause ("né le")."""


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
    >>> _hosted(Prose.of(["HBERGER MON DOMICILE WILNER TEAN-BAPTISTE. NŒ)D LE 21/0GAG68,"]), 0)
    'WILNER TEAN-BAPTISTE'
    >>> _hosted(Prose.of(["héberger à non denicile non ari",
    ...   "Ousrane DIALLO, néle) le U/UTMNA87 à Ties (Senegal),"]), 0)  # "né(e)" misread
    'Ousrane DIALLO'
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
    chunks = [_untitled(text, folded) for text, folded in _chunks(prose, start)]
    for i, (text, folded) in enumerate(chunks):
        if BIRTH.match(folded) or SIGNING.search(folded):
            break  # the hosted person is named before the signing line ("Fait à Paris")
        # the relation opening the clause, the name after it ("mon épouse Name 'Tamar
        # GELASHVILA": its title misread)
        if (lead := RELATION_LEAD.match(folded)) and (name := _whole_name(text[lead.end() :])):
            return name
        titled = re.search(rf"(?:^|\s){TITLE}\s", folded)
        if titled:
            name = person_name(text[titled.start() :])
            if name:
                return name
        named = form_name(text)
        if named:
            return named
        # a relative named after their relation ("mon époux, Nonsieur Kofi ...", the title
        # misread): the next clause is the hosted person, their title taken off
        if RELATIVE.search(folded) and i + 1 < len(chunks):
            nxt_text = re.sub(RELATIVE_TITLE, "", chunks[i + 1][0], count=1, flags=re.I)
            if (name := person_name(nxt_text)) and len(name.split()) >= 2:
                return name
        # right after "(à) mon domicile", whatever the birth clause's read: the hosted
        # ("à" read "%" or "2" at times)
        at_home = re.match(r"\s*(?:(?:A|\W|\d)\s+)?" + HOME + r"\s+", folded)
        after_home = at_home.end() if at_home else 0
        if (at_home or (i == 0 and home is not None)) and (name := person_name(text[after_home:])):
            return name
        nxt = chunks[i + 1][1] if i + 1 < len(chunks) else ""
        born = BIRTH_IN.search(folded)
        name = person_name(SINCE.sub("", text))
        if name and (born or BIRTH.match(nxt)):
            return name
        # the name ends the clause its birth follows, after words OCR garbled ("à ron
        # danicile non neveu Yacine Beuzid, né le")
        head = text[: born.start()] if born else text if BIRTH.match(nxt) else ""
        if head and (name := _name_before(head)):
            return name
    return None


SIGNING = re.compile(r"\bFAIT\s+(?:A|AU|LE)\b")
"""The signing line ("Fait à Paris, le ..."): no hosted person after it (a stray "m." read
before it is no "M." title: set_cp p03 hosted "Paris")."""


def _whole_name(text: str) -> str | None:
    """The name of at least two words in ``text``, quotes a hand's stroke made of a word's
    start left out ("Name ‘Tamar GELASHVILA": "Madame" misread, then the name).

    >>> _whole_name("Name ‘Tamar GELASHVILA"), _whole_name("M. Kofi MENSAH")
    ('Tamar GELASHVILA', 'Kofi MENSAH')
    >>> _whole_name("Sean O'NEILL"), _whole_name("Paris")
    ("Sean O'NEILL", None)
    """
    name = person_name(re.sub(r"(?:(?<=\s)|^)[‘’'`´]+", "", text))
    return name if name and len(name.split()) >= 2 else None


def _untitled(text: str, folded: str) -> tuple[str, str]:
    """A clause with the attestation's title blanked out: a title written under the host's
    line is no name ("Attestation Aheberaement née le ...", set_bh p02's hand).

    >>> _untitled("Attestation Aheberaement nee le", "ATTESTATION AHEBERAEMENT NEE LE")[0].split()
    ['nee', 'le']
    """
    m = re.search(TITLE_RX, folded)
    if m is None or len(text) != len(folded):
        return text, folded
    blank = " " * (m.end() - m.start())
    return (
        text[: m.start()] + blank + text[m.end() :],
        folded[: m.start()] + blank + folded[m.end() :],
    )


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


def _zeros(text: str) -> str:
    """A hand's zeros read as the letter o beside a date's digits or slashes, zeros again."""
    return re.sub(r"(?<=[\d/])[oO]|[oO](?=\d)", "0", text)


def loose_date(text: str) -> dt.date | None:
    """The first date in ``text``, also when handwriting lost a slash ("0112/2025"); a
    month alone ("depuis septembre 2026") is its first day.

    >>> loose_date("depuis le 0112/2025 mon épouse"), loose_date("le 1er juin 2026")
    (datetime.date(2025, 12, 1), datetime.date(2026, 6, 1))
    >>> loose_date("septembre 2026")
    datetime.date(2026, 9, 1)

    A hand's zeros read as the letter o ("depvis le o2/05/2o26", set_da p01):

    >>> loose_date("le o2/05/2o26, de")
    datetime.date(2026, 5, 2)
    """
    text = _zeros(text)
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
        dates = find_dates(_zeros(window))
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
SINCE_EXACT = r"\bDEPUIS(?:\s+LE)?\b"
"""The label as printed, tried before its misreads (a host named LEMAIRE-DUPUIS, set_aq p03,
had his birth date taken for the hosting's start)."""
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
    # often handwritten: its dates' years misread ("10/05/TOW"), read again digit by digit
    doc = dataclasses.replace(doc, pages=tuple(with_hand_dates(p, ctx.as_of) for p in doc.pages))
    prose = Prose.of(lines_of(doc))
    host, end = _host(prose)
    host = host or _labelled(doc, "host")
    hosted = _hosted(prose, end)
    hosted = without_relation(hosted or _labelled(doc, "hosted"))
    if hosted and host and hosted == host:
        hosted = None
    address = address_after(
        prose,
        rf"\b(?:{misread('DEMEURANT', 1)}E?|DOMICILIEE?|RESIDANTE?|HABITANTE?|DEMEURE)\b"
        r"(?:\s*,?\s*(?:AU|A|:))?|"
        r"\bDOMICILE\s+(?:SITUE|SIS)E?\s+(?:AU|A)?|\bADRESSE\s*:",
    )
    # "depuis" as written first: its misread variants also match names ("DUPUIS")
    since = _date_after(prose.folded, SINCE_EXACT) or _date_after(prose.folded, SINCE_LABELS)
    since = since and past_year_slip(since, ctx.as_of)
    signed_on = None
    for label in SIGNED_ON:
        signed_on = _date_after(prose.folded, label, 24)
        if signed_on:  # a hand's digit slip ("le 1011/1026", set_da p01) put right
            signed_on = past_year_slip(signed_on, ctx.as_of)
            break
    ink = signed(doc.pages[-1])
    signed_here = None if ink is None else is_signed(ink)
    findings: list[Finding] = []
    if signed_here is False:
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
        host, hosted, address, since, signed_on, signed_here, _ink_mm2(ink)
    ), findings


def _ink_mm2(ink: InkMeasure | None) -> float | None:
    """The ink where the host signs, its pale strokes too (a fine pen a photo turned pale
    is still marks that need a look, not clean paper)."""
    if ink is None:
        return None
    return max(ink.area_mm2, ink.pale.area_mm2 if ink.pale else 0.0)


SPEC = DocTypeSpec(
    type=DocType.HOSTING_ATTESTATION,
    signals=(
        Signal.of(TITLE_RX, 6.0),
        # the title's first word garbled by a hand ("Mreskation d'hébergenent", set_as
        # p04): a line of one word and "d'hébergement" is that title still, a letter of
        # it lost too ("Hottestalion- dhcbergemen!", set_bo p03), its capital apart from
        # the rest ("À ttestation dhebergement", set_dg p01's calligraphic hand)
        Signal.of(
            r"(?m)^\W*\w\s?\w{5,12}\W{0,3}D\W{0,2}"
            + misread("HEBERGEMENT", 2, lost=True)
            + r"\W*$",
            3.0,
        ),
        Signal.of(r"HEBERGER|HEBERGE\b|HEBERGEMENT|" + misread("HEBERGER", 2), 2.0),
        # "atteste sur l'honneur" (not the form's "je certifie sur l'honneur"), a hand's
        # "sur" read "Suc" at times, "atteste" "nlteste" (set_au p02): the phrase anchors
        # its two words' misreads
        # ("Suc_[honneue", set_cr p01: the apostrophe read as marks)
        Signal.of(
            misread("ATTESTE", 2) + r"\s+S[A-Z]{1,2}[\W_]{1,3}L?[\W_]?" + misread("HONNEUR", 2), 1.5
        ),
        Signal.of(HOST_RX, 1.0),
        # "à mon domicile", a hand's "mon" read "won" or "non" (set_bb p02) as the
        # extraction reads it
        Signal.of(r"\b(?:[MNW][OU]N|NOTRE)\s+" + misread("DOMICILE", 2, lost=True), 1.0),
        Signal.of(MY_RELATIVE + r"\b", 1.0),  # who the host houses: "mon épouse"
        # the model's closing words and enclosures, legible where a hand's title is not
        Signal.of(
            misread("SERVIR", 1)
            + r"\W+\S{1,3}\W+"
            + misread("VALOIR", 2)
            # "valoir ce que de droit" when "servir" is lost ("Service et valoir")
            + r"|"
            + misread("VALOIR", 2)
            + r"\s+CE\s+QUE\s+DE\b",
            1.0,
        ),
        # since when the host has housed the applicant ("depuis le 15/07/2026", "depuis
        # le 1er juillet", its "1er" read "ler": set_bp p03; a hand's "u" read "v",
        # "depvis", by PP-OCR: set_bg p02)
        Signal.of(r"\b" + misread("DEPUIS", 1) + r"\s+L[EA]\s+(?:\d|[1LI]ER\b)", 1.0),
        Signal.of(r"\bCOPIE DE (?:MA|SA|NOTRE) (?:" + misread("PIECE", 1) + r"|CARTE\b)", 1.0),
    ),
    extract=extract,
    multipage=True,
)
