"""Who the employer and the employee are, on a payslip or an employment contract.

A "bulletin de paie clarifié" (arrêté du 25 février 2016) puts the employer block (name,
address, SIRET, NAF/APE, URSSAF, convention collective) top left and the employee block
(name, address, matricule, NIR, emploi, date d'entrée) top right or below, in as many
layouts as payroll programs (Silae, Sage, ADP, PayFit, Cegid...). The parties are read
the way a clerk finds them:

* a value labelled "Employeur", "Raison sociale", "Salarié", "Nom et prénom"... (the
  ``employer_name``/``employee_name`` labels of ``data/labels.toml``; a label counts only
  where it opens its cell, so "Part employeur" or "Statut : Employé" label nothing);
* else the employer is the name heading the block that holds its SIRET (or SIREN,
  NAF/APE, URSSAF number), above the address lines, and failing that a name with a legal
  form (SAS, SARL...);
* else the employee is the person named after a title (M., Mme...), or heading an
  address block (name above street and postcode) that is not the employer's.

Never a label, an instruction or an address. The page is read as cells: runs of words on
one row up to a wide gap, one box of a side-by-side layout.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass

from docverify.doctypes.addressee import LEGAL_FORM
from docverify.doctypes.base import clean_name, fold_text
from docverify.label_values import refuse_value, strip_label
from docverify.labels import lexicon, lines_of_page, norm_tokens
from docverify.model import PageText
from docverify.values.dates import find_dates
from docverify.values.names import fold_upper

# --------------------------------------------------------------------------- shapes of values

TITLE = re.compile(
    r"^\s*(?:M\.?|MR\.?|MRS\.?|MS\.?|MME\.?|MLLE\.?|MONSIEUR|MADAME|MADEMOISELLE|MISS|"
    r"SR\.?|SRA\.?|HERR|FRAU|SIG\.?|SIG\.RA)(?:\s+|(?<=\.)(?=[A-Z]))(?=[A-Z])",
)
ADDRESS_LIKE = re.compile(
    r"^\s*(?:\d|(?:BP|CS|CEDEX|RUE|AVENUE|AV|BD|BOULEVARD|PLACE|CHEMIN|ALLEE|QUAI|ROUTE|IMPASSE|"
    r"COURS|VOIE|SQUARE|PASSAGE|RESIDENCE|BATIMENT|BAT|APPT|ZA|ZI|ZAC|LIEU-DIT)\b)|\b\d{5}\b|"
    r"\b(?:RUE|AVENUE|BOULEVARD|STREET|ROAD)\b"
)
"""A street line: a number or a kind of street first, a postcode, a street's name."""
POSTCODE_CITY = re.compile(r"(?:^|\s)(?:F-)?\d{2}\s?\d{3}\s+[A-Z]|\bCEDEX\b")
HEADING = re.compile(
    r"BULLETIN|FICHE DE PAIE|PAYSLIP|PAY SLIP|PERIODE|CONFIDENTIEL|DUPLICATA|PAGE \d|"
    r"\bEN EUROS\b|\bEUR\b|€"
)
APOSTROPHES = str.maketrans("\u2019\u2018\u02bc`\u00b4", "'" * 5)
WORD = re.compile(r"[A-Za-z\u00c0-\u024f][A-Za-z\u00c0-\u024f'’\-.]*")
MAX_NAME = 70
"""Longer than this, a piece of text is a sentence or a run of columns, not a name."""
PARTICLE = {"DE", "DU", "DES", "LA", "LE", "LES", "D", "L", "ET", "&", "Y", "DA", "DOS", "DI",
            "VAN", "VON", "EL", "AL", "BEN", "BIN", "AND", "THE", "OF",
            # a usage name and the birth name it follows: "Salma DUBOIS née EL AMRANI"
            "NEE", "NE", "EPOUSE", "EP", "VEUVE", "VVE"}  # fmt: skip


def fold_keep(text: str) -> str:
    """Upper case without accents, one character for each character of ``text`` (so that
    positions found in one are positions in the other); curly apostrophes made straight.

    >>> fold_keep("Société d’Œuvres")
    "SOCIETE D'OUVRES"
    """
    return "".join((fold_upper(ch) or " ")[0] for ch in text.translate(APOSTROPHES))


def untitled(name: str | None) -> str | None:
    """ "Madame Emily CARTER" -> "Emily CARTER" (titles say nothing the name matcher needs).

    >>> untitled("M. Koffi YAO"), untitled("MME XIAOWEN ZHANG"), untitled("Martin DUPONT")
    ('Koffi YAO', 'XIAOWEN ZHANG', 'Martin DUPONT')
    """
    if not name:
        return None
    m = TITLE.match(fold_text(name))
    return (name[m.end() :].strip() if m else name.strip()) or None


def glued(text: str) -> bool:
    """Words a text layer ran together ("LasociétéÉDITIONSDUCANALSAS"): no name.

    >>> glued("LasociétéÉDITIONSDUCANAL"), glued("McDonald"), glued("Versicherungsdienst")
    (True, False, False)
    """
    return any(
        len(w) > 24 or (len(w) > 12 and re.search(r"[a-zà-ÿ][A-ZÀ-Þ]", w)) for w in text.split()
    )


def _capitalised(words: Sequence[str]) -> bool:
    """Every word but particles starts with a capital: a name, not a sentence."""
    return all(w[0].isupper() or fold_text(w).strip(".'’") in PARTICLE for w in words)


def person_like(text: str | None) -> bool:
    """Could ``text`` be a person's name (no digits, no legal form, no label, 2-6 words)?

    >>> person_like("Emily CARTER"), person_like("MOUSSA DIOP"), person_like("Employé")
    (True, True, False)
    >>> person_like("Agent de sécurité"), person_like("75018 PARIS"), person_like("ORBITEAM SAS")
    (False, False, False)
    >>> person_like("Salma DUBOIS née EL AMRANI")
    True
    """
    if not text or re.search(r"\d|@|/", text) or len(text) > MAX_NAME or glued(text):
        return False
    folded = fold_text(text)
    words = WORD.findall(text)
    if not 2 <= len(words) <= 6 or not _capitalised(words):
        return False
    if sum(len(fold_text(w).strip(".'’")) > 1 for w in words) < 2:
        return False
    return not (
        LEGAL_FORM.search(folded) or ADDRESS_LIKE.search(folded) or HEADING.search(folded)
        or refuse_value(text)
    )  # fmt: skip


def _formal_name(text: str) -> bool:
    """A company's name by its legal form, no number and no colon in it: a name even when
    a street's or a label's word opens it ("RÉSIDENCE LES GLYCINES SAS", a nursing home,
    set_cz p01)."""
    return LEGAL_FORM.search(fold_text(text)) is not None and not re.search(r"\d|:", text)


def org_like(text: str | None) -> bool:
    """Could ``text`` be a company's name (letters, few digits, no label, no address)?

    >>> org_like("QUADRANT DATA SAS"), org_like("Le Bouchon des Martyrs"), org_like("SIRET")
    (True, True, False)
    >>> org_like("Date de paiement : 31/10/2026"), org_like("92400 Courbevoie")
    (False, False)
    >>> org_like("RÉSIDENCE LES GLYCINES SAS"), org_like("Résidence les Glycines")
    (True, False)
    """
    if not text or len(re.findall(r"[A-Za-z\u00c0-\u024f]", text)) < 3:
        return False
    if len(text) > MAX_NAME or glued(text):
        return False
    folded = fold_text(text)
    words = WORD.findall(text)
    if len(re.findall(r"\d", text)) > 3 or not words or not _capitalised(words[:1]):
        return False
    formal = _formal_name(text)
    if find_dates(text) or (refuse_value(text) and not formal) or HEADING.search(folded):
        return False
    return formal or not ADDRESS_LIKE.search(folded)


# --------------------------------------------------------------------------- cells and blocks


@dataclass(frozen=True)
class Cell:
    """A run of words on one row, up to a wide gap: one box of a side-by-side layout."""

    text: str
    box: tuple[int, int, int, int]
    page: int
    h: int

    @property
    def folded(self) -> str:
        return fold_keep(self.text)


def cells_of(pages: Iterable[PageText], gap: float = 2.2) -> list[Cell]:
    """Every page's rows cut where two words are more than ``gap`` word heights apart,
    top to bottom (by page), then left to right."""
    out: list[Cell] = []
    for index, page in enumerate(pages):
        cells: list[Cell] = []
        for row in lines_of_page(page):
            run = [row[0]]
            for w in [*row[1:], None]:
                h = max(4, sorted(x.box[3] - x.box[1] for x in run)[len(run) // 2])
                if w is not None and w.box[0] - run[-1].box[2] <= gap * h:
                    run.append(w)
                    continue
                box = (min(x.box[0] for x in run), min(x.box[1] for x in run),
                       max(x.box[2] for x in run), max(x.box[3] for x in run))  # fmt: skip
                cells.append(Cell(" ".join(x.text for x in run), box, index, h))
                if w is not None:
                    run = [w]
        cells.sort(key=lambda c: (c.box[1], c.box[0]))
        out.extend(cells)
    return out


def _same_column(a: Cell, b: Cell) -> bool:
    tol = 2 * max(a.h, b.h)
    centre = abs((a.box[0] + a.box[2]) - (b.box[0] + b.box[2])) / 2
    return abs(a.box[0] - b.box[0]) <= tol or centre <= tol


def block_above(
    cells: Sequence[Cell], anchor: Cell, depth: int = 8, first_gap: float = 2.5
) -> list[Cell]:
    """The cells stacked above ``anchor`` in its column, nearest first, while the rows
    follow each other without a wide gap (one box of the page: an address block). The
    anchor itself may stand ``first_gap`` row heights below the block (a SIRET line set
    apart from the address it closes)."""
    out: list[Cell] = []
    top = anchor
    for c in sorted(cells, key=lambda c: -c.box[1]):
        if c.page != anchor.page or c.box[1] >= top.box[1] or not _same_column(c, anchor):
            continue
        if top.box[1] - c.box[3] > (2.5 if out else first_gap) * max(c.h, top.h):
            break
        out.append(c)
        top = c
        if len(out) >= depth:
            break
    return out


def _starting_label(text: str, fields: Sequence[str]) -> tuple[str, str] | None:
    """(field, rest) when ``text`` opens with one of the labels of ``fields`` (the longest
    label of any of them wins: "Nom de l'entreprise" is not "Nom")."""
    tokens = norm_tokens(text)
    best: tuple[int, str] | None = None
    for name in fields:
        for seq in lexicon().labels_of(name):
            if tokens[: len(seq)] == list(seq) and (best is None or len(seq) > best[0]):
                best = (len(seq), name)
    if best is None:
        return None
    return best[1], strip_label(text, best[1])


def labelled(
    cells: Sequence[Cell], fields: Sequence[str], want: str, ok: Callable[[str], bool] | None = None
) -> list[tuple[Cell, str]]:
    """Values of the labels of ``want`` (one of ``fields``, the labels competing for a
    cell), in page order: the rest of a cell that opens with the label, else the cell right
    of it on its row, else the one under it in its column; each must pass ``ok``."""
    accept = ok or (lambda _t: True)
    out: list[tuple[Cell, str]] = []
    for i, c in enumerate(cells):
        hit = _starting_label(c.text, fields)
        if hit is None or hit[0] != want:
            continue
        rest = hit[1].strip(" :.-–—|")
        colon = ":" in c.text[: len(c.text) - len(hit[1]) + 2]
        if not colon and (len(c.text) > MAX_NAME or len(rest.split()) > 6):
            continue  # a sentence that opens with the word ("L'Entreprise Dupont s'engage...")
        candidates = [rest] if rest else []
        if not rest or c.text.rstrip().endswith(":"):
            # a neighbour that opens with its own label ("Nom : ...") is another field
            candidates += [n.text for n in _neighbours(cells, i) if strip_label(n.text) == n.text]
        for text in candidates:
            text = text.strip(" :.-–—|")
            if text and not refuse_value(text) and accept(text):
                out.append((c, text))
                break
    return out


def _neighbours(cells: Sequence[Cell], i: int) -> list[Cell]:
    """The cell right of ``cells[i]`` on its row, then the one under it."""
    c = cells[i]
    mid = (c.box[1] + c.box[3]) / 2
    right = [n for n in cells if n.page == c.page and n.box[0] > c.box[2]
             and n.box[1] <= mid <= n.box[3] and n.box[0] - c.box[2] < 30 * c.h]  # fmt: skip
    below = [n for n in cells[i + 1 :] if n.page == c.page and n.box[1] >= c.box[3] - c.h / 2
             and n.box[1] - c.box[3] < 2.5 * c.h and _same_column(n, c)]  # fmt: skip
    return sorted(right, key=lambda n: n.box[0])[:1] + below[:1]


# --------------------------------------------------------------------------- the parties

PARTY_FIELDS = ("employer_name", "employee_name", "surname", "given_names", "full_name",
                "job_title", "employee_surname", "employee_given_names", "user_company")  # fmt: skip
"""The label fields competing for a cell of a payslip or a contract (longest label wins)."""
ROLE_FIELDS = {"employer_name": "employer_name", "user_company": "employer_name",
               "employee_name": "employee_name", "employee_surname": "employee_name",
               "employee_given_names": "employee_name"}  # fmt: skip
"""The labels that, alone in their cell, head a party's block."""
ANCHORS = (r"\bSIRE[TN]\b", r"\bRCS\b", r"\bCODE (?:NAF|APE)\b|\b(?:NAF|APE)\b",
           r"\bURSSAF\b")  # fmt: skip
"""What stands in the employer's block under its name, most telling first."""


def tidy(text: str | None) -> str | None:
    """A name value alone: cut at a second column, a comma, a heading or a labelled value
    run into it ("M. DIOP Moussa Matricule : 00042" -> "M. DIOP Moussa").

    >>> tidy("ACME SAS - SIRET 123 456 789 00012"), tidy("M. DIOP Moussa Matricule : 00042")
    ('ACME SAS', 'M. DIOP Moussa')
    >>> tidy("QUADRANT DATA SAS BULLETIN DE PAIE"), tidy("| LE BOUCHON SARL |")
    ('QUADRANT DATA SAS', 'LE BOUCHON SARL')
    >>> tidy("RÉSIDENCE LES GLYCINES SAS"), tidy("Résidence : Les Glycines")
    ('RÉSIDENCE LES GLYCINES SAS', None)
    """
    text = (text or "").strip(" |:;,.-–—_=[]")  # box rules read as characters
    if not text or (refuse_value(text) and not _formal_name(text)):
        return None
    text = re.split(r"\s{2,}|\||;|,|\s[-–—]\s", text)[0]
    words = text.split()
    for i in range(1, len(words)):
        rest = " ".join(words[i:])
        if HEADING.match(fold_text(rest)) or (refuse_value(rest) and re.search(r":|\d", rest)):
            text = " ".join(words[:i])
            break
    if refuse_value(text) and _formal_name(text):
        return " ".join(text.split())  # a label's word opens it: no label, a company's name
    parts = [clean_name(part) for part in text.split("&")]  # "Fleurs & Jardins"
    return " & ".join(p for p in parts if p) if all(parts) else clean_name(text)


def employer_of(cells: Sequence[Cell], top_share: float = 1.0) -> str | None:
    """The employer: a labelled value, else the name heading the block of its SIRET (or
    RCS, NAF/APE, URSSAF) or written before it on its line, else the first name with a
    legal form in the top ``top_share`` of the page."""
    return next(_employer_candidates(cells, top_share), None)


def _employer_candidates(cells: Sequence[Cell], top_share: float) -> Iterator[str]:
    found = labelled(cells, PARTY_FIELDS, "employer_name", org_like)
    found += [(c, v) for f in ("surname", "full_name")
              for c, v in labelled(cells, PARTY_FIELDS, f, org_like)
              if heading_above(cells, c) == "employer_name"]  # fmt: skip
    # "Établissement" names the site as often as the company: after the SIRET's block
    site = [v for c, v in found if c.folded.lstrip().startswith(("ETABLISSEMENT", "NOM DE L'ETA"))]
    yield from (v for v in (tidy(v) for _c, v in found if v not in site) if v)
    for rx in ANCHORS:
        for anchor in (c for c in cells if len(c.text) <= MAX_NAME and re.search(rx, c.folded)):
            m = re.search(rx, anchor.folded)
            before = tidy(anchor.text[: m.start()]) if m and m.start() > 0 else None
            if before and org_like(before):
                yield before
            block = block_above(cells, anchor, first_gap=4.0)
            # a legal form alone on its line ("SAS - 92 avenue de France" under "DATALYS
            # CONSEIL", set_bb p03) is the name's, not a name
            names = [
                n for c in block
                if org_like(n := tidy(c.text) or "") and LEGAL_FORM.sub("", fold_text(n)).strip()
            ]  # fmt: skip
            formal = [n for n in names if LEGAL_FORM.search(fold_text(n))]
            if formal or names:
                yield (formal or names)[-1]
    yield from (v for v in (tidy(v) for v in site) if v)
    bottom = max((c.box[3] for c in cells), default=0) * top_share
    for c in cells:
        name = tidy(c.text)
        if c.box[1] <= bottom and LEGAL_FORM.search(c.folded) and not TITLE.match(c.folded):
            yield from [name] if name and org_like(name) else []


def employee_of(cells: Sequence[Cell], employer: str | None) -> str | None:
    """The employee: a labelled value (or "Nom" and "Prénom" apart), else the person
    after a title (M., Mme...), else the person heading an address block that is not the
    employer's."""
    if name := labelled_person(cells):
        return name
    for c in cells:
        if TITLE.match(c.folded) and _titled_person(tidy(c.text) or ""):
            return untitled(tidy(c.text))
    for anchor in (c for c in cells if POSTCODE_CITY.search(c.folded)):
        block = block_above(cells, anchor, depth=4)
        if any(re.search("|".join(ANCHORS), c.folded) or LEGAL_FORM.search(c.folded)
               for c in block):  # fmt: skip
            continue
        for c in block:
            name = tidy(c.text)
            if person_like(name) and not (employer and fold_text(employer) in c.folded):
                return name
    return None


def labelled_person(cells: Sequence[Cell]) -> str | None:
    """The employee by a label: "Salarié : ...", "Nom et prénom : ...", or "Nom" and
    "Prénom" apart (given names first; a lone "Nom" may hold both), not under an
    "Employeur" heading."""
    for field in ("employee_name", "full_name"):
        for _c, value in labelled(cells, PARTY_FIELDS, field, _titled_person):
            return untitled(tidy(value))
    surname, given = (
        next((v for f in fields for c, v in labelled(cells, PARTY_FIELDS, f, _one_name)
              if heading_above(cells, c) != "employer_name"), None)
        for fields in (("employee_surname", "surname"), ("employee_given_names", "given_names"))
    )  # fmt: skip
    if surname and given:
        return f"{tidy(given)} {tidy(surname)}"
    if surname and len(WORD.findall(surname)) >= 2 and person_like(tidy(surname)):
        return tidy(surname)
    return None


def heading_above(cells: Sequence[Cell], cell: Cell) -> str | None:
    """The party heading ("L'EMPLOYEUR", "LE SALARIÉ", "Employee") nearest above ``cell``
    in its column: which party a "Nom :" belongs to."""
    for c in sorted(cells, key=lambda c: -c.box[1]):
        if c.page != cell.page or c.box[1] >= cell.box[1] or not _same_column(c, cell):
            continue
        hit = _starting_label(c.text, PARTY_FIELDS)
        if hit and hit[0] in ROLE_FIELDS and not re.sub(r"\(\w{0,2}\)|[\s:.\-–—|]", "", hit[1]):
            return ROLE_FIELDS[hit[0]]
    return None


def _titled_person(text: str) -> bool:
    return person_like(untitled(tidy(text)))


def _one_name(text: str) -> bool:
    words = WORD.findall(text)
    return (
        1 <= len(words) <= 4 and _capitalised(words) and not re.search(r"\d", text)
        and not refuse_value(text)
    )  # fmt: skip
