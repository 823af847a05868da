"""Whom a bill, a RIB or a letter names as its holder, read the way a person reads one.

Whatever the company and its layout, the holder is printed in one of a few places:

* after a holder label ("Titulaire du contrat", "Account holder", "Nom du client"... the
  ``holder`` field of the label lexicon), right of it or under it in its column;
* in the envelope-window block: a few lines on one left edge, the name (often after a
  title) above the street and a "postcode city" line. French senders follow the postal
  addressing norm (NF Z10-011: at most six lines, postcode and city last, the country
  after them from abroad) so that the letter fits a window envelope, and so do most
  European ones. A block headed by a label ("Lieu de consommation :", "Domiciliation :")
  names a place, not the addressee, and the sender's own address (CEDEX, TSA, BP, CS,
  company names) is not the addressee either;
* in the greeting ("Madame Camille FONTAINE,", "Dear Ms Emily Clarke,") and, on an
  attestation, in its attesting sentence ("ENGIE atteste que M. Karim MANSOURI est
  titulaire d'un contrat...").

A label, a heading or an instruction is never a name (``label_values.refuse_value``).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from docverify.doctypes.base import fold_text
from docverify.doctypes.layout import Segment, lone_label_values, stacks
from docverify.label_values import refuse_value, strip_label
from docverify.labelled import Read, labelled_values
from docverify.labels import is_label_text, norm_tokens
from docverify.model import PageText
from docverify.values.address import STREET_TYPES
from docverify.values.names import CONNECTORS, PARTICLES, TITLES

# --------------------------------------------------------------------------- names

ORGANISATION = re.compile(
    r"\b(?:SAS|SASU|SARL|EURL|SA|SCI|SNC|GIE|SE|LTD|GMBH|UAB|AG|NV|BV|SPA|SRL|INC|LLC|PLC|"
    r"SERVICES?|CLIENTS?|CLIENTELE|AGENCE|CENTRE|CENTER|DIRECTION|BANQUE|BANK|CAISSE|CREDIT|"
    r"TELECOMS?|ENERGIES?|ENERGY|EAUX?|GAZ|ELECTRICITE|MUTUEL(?:LE)?|SOCIETE|GROUPE|COMPAGNIE|"
    r"REGIE|SIEGE|BUREAU|MAIRIE|PREFECTURE|CPAM|CAF|URSSAF|ASSURANCE|TSA|CEDEX|BP|CS|"
    r"PAYMENTS?|FINANCIER|COMPTE|ACCOUNT|CONTRAT|FACTURE|ADRESSE|REFERENCE|NUMERO|DATE|TOTAL|"
    r"MONTANT|PAGE|OFFRE|ESPACE|LIGNE|EMAIL|TELEPHONE|IDENTIFIANT|WWW|OBJET)\b"
)
"""Words of company names, departments and document wording: never in a person's name."""
LEGAL_FORM = re.compile(
    r"\b(?:SAS|SASU|SARL|EURL|EIRL|SA|SNC|SCS|SCA|SCOP|SCIC|SCI|SCP|SELARL|SELAS|SELAFA|SELCA|"
    r"SEL|GIE|GIP|EPIC|ASSOCIATION|FONDATION|MUTUELLE|COOPERATIVE|GROUPE|GROUP|INC|LTD|LLC|PLC|"
    r"GMBH|AG|SPA|SRL|SL|BV|NV)\b"
)
"""French legal forms (Code de commerce, Code civil, professions libérales: SEL...),
associations, and the usual foreign ones of groups with French subsidiaries: a party so
named (an employer, a RIB's holder) is a company."""
SENDER_ADDRESS = re.compile(r"\bCEDEX\b|\bTSA\s?\d|\bBP\s?\d|\bCS\s?\d|\bRCS\b|CAPITAL|SIEGE")
NAME_WORD = re.compile(r"['’‘ʻ]?[^\W\d_](?:[^\W\d_]|['’\-.])*")
"""A word of a name: letters of any alphabet (Turkish "ı", Polish "ł"...), apostrophes,
hyphens, initials' dots; an apostrophe may open it (Sesotho 'Mathabo, Tongan ‘Ana)."""


NAME_WORDS = 8
"""Words of a name at most (a couple's included), titles and connectors aside."""


def person_name(value: str | None) -> str | None:
    """``value`` as a person's name (label leftovers and punctuation trimmed), or None when
    it is no name: a label, an instruction, a company, a sentence, digits.

    >>> person_name("M. Karim MANSOURI  | Réf. 12"), person_name("Lieu de consommation :")
    ('M. Karim MANSOURI', None)
    >>> person_name("Service Clients ENGIE"), person_name("du site de consommation")
    (None, None)
    >>> person_name("M. OU MME PHILIPPE ET NADIA ROUX"), person_name("Account Owner")
    ('M. OU MME PHILIPPE ET NADIA ROUX', None)
    >>> person_name("Madame,"), person_name("Ryan O'Connor")
    (None, "Ryan O'Connor")

    A lone word of two letters is an app's icon read as text ("Beneficiary  Oo", the copy
    button of a banking app's screen), not a person's whole name:

    >>> person_name("Oo"), person_name("Li Wei")
    (None, 'Li Wei')
    >>> person_name("MLLE 'MATHABO LERATO MOLAPO")
    "MLLE 'MATHABO LERATO MOLAPO"

    A joint account's two holders, their titles and "OU" besides (set_cl p03):

    >>> person_name("M OU MME MARCHETTI JULIEN OU SETIAWAN DEWI KARTIKA")
    'M OU MME MARCHETTI JULIEN OU SETIAWAN DEWI KARTIKA'
    >>> person_name("Je soussigne atteste que la personne nommee ci-dessous habite ici depuis")
    """
    if not value:
        return None
    value = re.split(r"\s{2,}|\||;|\bR[ée]f\b\.?|\(", value.strip())[0]
    value = re.sub(r"[^\w'’ \-.&]", " ", value)
    value = re.sub(r"\s+", " ", value).strip(" .-,&")
    if not value or re.search(r"\d|_", value) or refuse_value(value):
        return None
    folded = fold_text(value)
    if ORGANISATION.search(folded):
        return None
    words = value.split()
    if not all(NAME_WORD.fullmatch(w) or w == "&" for w in words):
        return None
    tokens = norm_tokens(value)
    names = [t for t in tokens if t not in TITLES and t not in CONNECTORS]
    if len(names) > NAME_WORDS:  # a couple's titles and "OU" are no words of a name
        return None
    if not names or not any(len(t) >= 2 and t not in PARTICLES for t in names):
        return None
    if len(words) == 1 and len(names[0]) <= 2:
        return None
    # a name has capitalised words; lower-case words beyond particles make a sentence
    lower = [w for w in words if w[0].islower() and fold_text(w).strip(".") not in PARTICLES]
    if lower and (len(lower) > 1 or len(lower) == len(words)):
        return None
    return value


def titled(value: str) -> bool:
    """Does the name start with a title (M., Mme, Mr, Mrs...)?"""
    tokens = norm_tokens(value)
    return bool(tokens) and tokens[0] in TITLES


# --------------------------------------------------------------------------- blocks


@dataclass(frozen=True)
class Block:
    """An address block: a name (if any) over address lines ending with a postcode line."""

    name: str | None
    address: str
    label: str | None
    """The label heading the block ("Lieu de consommation :"), if any."""
    lines: tuple[Segment, ...]
    sender: bool
    """The block is a company's address (CEDEX, TSA, company name...)."""

    @property
    def top(self) -> Segment:
        return self.lines[0]


POSTCODE_LINE = re.compile(
    r"^(?:[A-Z]{1,2}[- ])?\d{4,5}\s+[A-Z][A-Z'\- ]{1,40}(?:\s+CEDEX(?:\s+\d{1,2})?)?$"  # 75011 PARIS
    r"|,\s*(?:[A-Z]{1,2}-)?\d{4,5}\s+[A-Z][A-Z'\- ]{1,40}$"  # 18 RUE OBERKAMPF, 75011 PARIS
    r"|\b[A-Z]{1,2}\d[A-Z\d]? ?\d[A-Z]{2}$"  # a UK postcode: LONDON SW1A 1AA
)
"""The last line of a postal address: the postcode first (French and most European
addresses), after a comma when the address is written on one line, or a UK postcode."""
ADDRESS_WORD = re.compile(
    r"\b(?:" + "|".join(sorted(STREET_TYPES, key=len, reverse=True)) + r"|LIEU DIT|LIEU-DIT|"
    r"BAT|BATIMENT|APPT|APPARTEMENT|ETAGE|ESC|ESCALIER|CHEZ|STREET|ROAD|CALLE|RUA|STRASSE|VIA)\b"
)


def _is_label(text: str) -> bool:
    stripped = text.strip()
    return stripped.endswith(":") or bool(refuse_value(stripped.rstrip(" :")))


def _address_like(folded: str) -> bool:
    """A street line ("12 bis rue X", "Résidence Y", "Appt 4"), not an identifier."""
    return bool(
        re.match(r"\d{1,4}(?:\s*(?:BIS|TER|QUATER|[A-Z]))?\s*,?\s+[A-Z]", folded)
        or GLUED_NUMBER.match(folded)
        or ADDRESS_WORD.search(folded)
    )


GLUED_NUMBER = re.compile(
    r"\d{1,4}\s*(?:" + "|".join(sorted(STREET_TYPES, key=len, reverse=True)) + r")\b"
)
"""A street number OCR glued to its street type: "4rue des Écoles"."""


def read_block(lines: Sequence[Segment]) -> Block | None:
    """The block's name, address and heading label, if it ends with a postcode line."""
    folded = [s.folded.strip(" ,.") for s in lines]
    end = next((i for i in range(len(lines) - 1, 0, -1) if POSTCODE_LINE.search(folded[i])), None)
    if end is None:
        return None
    first = end
    while first > 0 and end - first < 3 and _address_like(folded[first - 1]):
        first -= 1
        # a label heading the block ("Adresse :"), not a street line that starts with a
        # word the lexicon also knows as a label ("Résidence Les Arceaux")
        text = lines[first].text.strip()
        if text.endswith(":") or is_label_text(text):
            first += 1
            break
    if first == end and "," not in folded[end]:
        return None  # no street line
    address = ", ".join(s.text.strip(" ,") for s in lines[first : end + 1])
    sender = any(SENDER_ADDRESS.search(f) for f in folded[first : end + 1])
    names: list[str] = []
    label: str | None = None
    i = first - 1
    while i >= 0 and len(names) < 2:
        text = lines[i].text
        rest = strip_label(text)
        labelled = bool(rest) and norm_tokens(rest) != norm_tokens(text)
        after_label = person_name(rest) if labelled else None
        if after_label:
            # a label and the name on one piece of line: "Titulaire : M X", or OCR ran a
            # label of the next column into the name ("Lieu de consommation : M LUCAS")
            names.insert(0, after_label)
            label = text[: text.rfind(rest)].strip(" :") if rest in text else text
            break
        if _is_label(text):
            label = text.strip(" :")
            break
        name = person_name(text)
        if name is None:
            # a company's name right above its address: "EDF SA", "Service Clients"
            sender = sender or (not names and bool(ORGANISATION.search(folded[i])))
            break
        names.insert(0, name)
        i -= 1
    if label is None and i >= 0 and names and _is_label(lines[i].text):
        label = lines[i].text.strip(" :")
    name = _join(names) if names else None
    return Block(name, address, label, tuple(lines[max(0, i) : end + 1]), sender)


def _join(names: Sequence[str]) -> str:
    """Two name lines: one name wrapped ("M. OU MME PHILIPPE" / "ET NADIA ROUX") or two
    holders ("M JOHN SMITH" / "MME EMILY CARTER")."""
    if len(names) == 1:
        return names[0]
    a, b = names
    if re.search(r"\b(?:ET|OU|AND|OR|&)$", fold_text(a)) or re.match(
        r"(?:ET|OU|AND|OR|&)\b", fold_text(b)
    ):
        return f"{a} {b}"
    if titled(a) and titled(b):
        return f"{a} ET {b}"
    return b  # a line above the name that looks like one (a heading): the name is nearest


def address_blocks(segments: Sequence[Segment]) -> list[Block]:
    out = []
    for stack in stacks(segments):
        block = read_block(stack)
        if block is not None:
            out.append(block)
    return out


# --------------------------------------------------------------------------- the holder


@dataclass(frozen=True)
class Holder:
    name: str
    how: str
    """``label``, ``window`` (the envelope-window block), ``attests``, ``greeting``,
    ``titled_line`` (a titled name alone on a line)."""
    confidence: float
    page: int = 0
    box: tuple[int, int, int, int] | None = None


def labelled_holder(
    pages: Sequence[PageText],
    labels: Sequence[str] = (),
    clean: Callable[[str], str | None] = person_name,
) -> list[Read]:
    """Names right of a holder label or under it in its column, best first: what ``clean``
    makes a name of (a person's, by default)."""
    return labelled_values(
        pages, "holder", accept=lambda v: clean(v) is not None, clean=clean,
        labels=labels, places=("right", "below"),
    )  # fmt: skip


HOLDER_LABEL_WORDS = re.compile(
    r"TITULAIRE|HOLDER|OWNER|BENEFICIA|ABONNE|CLIENT|SOUSCRIPTEUR|DESTINATAIRE|ADDRESSEE|"
    r"COORDONNEES|NOM\b|NAME\b|INTITULE"
)
PLACE_LABEL_WORDS = re.compile(r"CONSOMMATION|LIVRAISON|INSTALLATION|LOGEMENT|SITE|DESSERT")


def window_holders(segments: Sequence[Segment], exclude: Sequence[str] = ()) -> list[Holder]:
    """Names heading an address block, most likely the addressee first: a titled name
    beats an untitled one, then the block nearest the top of its page. A block headed by
    a label counts only when the label is a holder's ("Titulaire :", "Nom et adresse du
    site de consommation :" over a titled name); the sender's blocks never count."""
    found: list[tuple[tuple[int, int, int, int], Holder]] = []
    drop = [fold_text(x) for x in exclude if x]
    for block in address_blocks(segments):
        if block.name is None or block.sender:
            continue
        if any(d and d in fold_text(block.name) for d in drop):
            continue
        is_titled = titled(block.name)
        if not is_titled and len(norm_tokens(block.name)) < 2:
            continue  # one untitled word over an address is a company ("Orange"), not a person
        if block.label:
            lab = fold_text(block.label)
            holderish = bool(HOLDER_LABEL_WORDS.search(lab))
            if not holderish and not (is_titled and PLACE_LABEL_WORDS.search(lab)):
                continue  # "Domiciliation :", "Adresse de la banque :"
        top = block.top
        conf = min(s.conf for s in block.lines) * (1.0 if is_titled else 0.85)
        rank = (0 if is_titled else 1, top.page, top.box[1] // max(1, 8 * top.height), top.box[0])
        found.append((rank, Holder(block.name, "window", round(conf, 3), top.page, top.box)))
    found.sort(key=lambda f: f[0])
    return [h for _, h in found]


ATTESTS = re.compile(
    r"\b(?:ATTESTE|ATTESTONS|CERTIFIE|CERTIFIONS|CONFIRME|CONFIRMONS|DECLARE|DECLARONS|"
    r"CERTIFIES|CERTIFY|CONFIRMS?)\s+(?:PAR LA PRESENTE\s+)?(?:QUE|QU'|THAT)\s*"
    r"([^,;:()]{3,80}?)\s*(?:,|\s(?:EST|ETAIT|SONT|ETAIENT|IS|ARE|WAS|A SOUSCRIT|ONT SOUSCRIT|"
    r"HAS|HAVE|DEMEURE|DEMEURANT|RESIDE|RESIDANT|DOMICILIEE?|BENEFICIE|TITULAIRE)\b)"
)


def attested_holder(lines: Sequence[str]) -> str | None:
    """The person an attestation is about: "X atteste que M. Karim MANSOURI est titulaire".

    >>> attested_holder(["ENGIE atteste que M. Karim MANSOURI est titulaire, depuis"])
    'M. Karim MANSOURI'
    >>> attested_holder(["EDF certifie que Madame Aya KOUASSI, demeurant 18 rue Jean"])
    'Madame Aya KOUASSI'
    """
    text = re.sub(r"\s+", " ", " ".join(lines))
    folded = fold_text(text)
    for m in ATTESTS.finditer(folded):
        name = person_name(_original(text, folded, m.start(1), m.end(1)))
        if name:
            return name
    return None


GREETING = re.compile(
    r"^(?:BONJOUR|BONSOIR|CHERE?|DEAR|HELLO|ESTIMAD[OA]|PREZAD[OA]|GENTILE|SEHR GEEHRTER?)?\s*"
    r"(?:MADAME|MONSIEUR|MADEMOISELLE|MME|MLLE|M\.?|MR\.?|MRS\.?|MS\.?|MISS|SR\.?|SRA\.?|SENORA?|"
    r"HERR|FRAU)?\s*([A-Z][A-Z'\- ]{2,60}?)\s*,$"
)


def greeted_holder(lines: Sequence[str]) -> str | None:
    """The name in a letter's greeting, with at least a given name and a surname
    ("Madame Camille FONTAINE,"); "Madame," names no one.

    >>> greeted_holder(["Madame,", "Bonjour Camille FONTAINE,"])
    'Camille FONTAINE'
    >>> greeted_holder(["Madame,"]) is None
    True
    """
    for line in lines:
        text = re.sub(r"\s+", " ", line).strip()
        folded = fold_text(text)
        m = GREETING.match(folded)
        if not m:
            continue
        name = person_name(_original(text, folded, m.start(1), m.end(1)))
        if name and len([t for t in norm_tokens(name) if t not in TITLES]) >= 2:
            return name
    return None


TITLED_LINE_WITHIN = 25
"""How far down the page's lines a titled name standing alone is taken for its addressee."""


def titled_line_holder(lines: Sequence[str]) -> str | None:
    """A line that is nothing but a title and a name of two words or more, near the top:
    a bill's addressee where no address block stands under it (a provider's app shows
    "Mme Maria Kristine DELA CRUZ" under the bill's date, the address cut short).

    >>> titled_line_holder(["Facture du 5 octobre 2026", "Mme Maria Kristine DELA CRUZ"])
    'Mme Maria Kristine DELA CRUZ'
    >>> titled_line_holder(["Madame, Monsieur,", "M. DUPONT"]) is None
    True
    """
    for line in lines[:TITLED_LINE_WITHIN]:
        text = re.sub(r"\s+", " ", line).strip()
        name = person_name(text)
        named = name is not None and name == text.strip(" .,") and titled(name)
        if named and len([t for t in norm_tokens(text) if t not in TITLES]) >= 2:
            return name
    return None


def _original(text: str, folded: str, start: int, end: int) -> str:
    """The span of ``text`` that ``folded[start:end]`` folds (folding keeps the length of
    Latin text: accents dropped, case raised); the folded span when it does not."""
    return text[start:end] if len(text) == len(folded) else folded[start:end]


def lone_label_holders(segments: Sequence[Segment], labels: Sequence[str]) -> list[Holder]:
    """Names next to a short label that stands alone in its cell ("Client :", "Abonné",
    "Name"): such labels are also common words, so they count only alone."""
    return [
        Holder(name, "label", seg.conf, seg.page, seg.box)
        for name, seg in lone_label_values(segments, labels, person_name)
    ]
