"""Leases (bail, contrat de location).

Leases name their parties three ways, and layouts mix them:

* in prose, the party first and its role after ("– Mme Odile FABRE, demeurant ...,
  désigné(e) ci-après « le bailleur » ;", "Entre M. X ... ci-après dénommé le Bailleur,
  d'une part, et ..."): the standard model of the loi n° 89-462 (décret n° 2015-587);
* by a label, the value right of it or under it ("Locataire(s) : M. X et Mme Y",
  "Nom du bailleur" above "SCI LES TILLEULS");
* in a block under a role heading, often two side by side ("LE BAILLEUR | LE LOCATAIRE"
  with "Nom :", "Prénom :" lines under each), and again under the signature captions
  ("Signature du (des) locataire(s)" above "Mme Priya NAIR").

Role nouns, labels and the dwelling's address labels are data (``data/labels.toml``:
``tenant_role``, ``landlord_role``, ``tenant``, ``landlord``, ``dwelling_address``); a
label is never a name (``label_values.refuse_value``). Who a name is and where it ends in prose
("Mme X, née le ..., demeurant ...") is read as in the attestation d'hébergement, whose
module holds those readers (``person_name``, ``address_after``).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import dataclass

from docverify.doctypes.base import DocTypeSpec, ExtractContext, Signal, lines_of
from docverify.doctypes.lease_prose import PARTY_FIELDS, designated, echo
from docverify.doctypes.party_prose import (
    TITLE,
    Prose,
    address_after,
    form_name,
    names_in,
    person_name,
)
from docverify.label_values import refuse_value
from docverify.labelled import labelled_values, line_beside
from docverify.labels import lexicon, lines_of_page, norm_tokens
from docverify.model import DocType, Document, Finding, PageText, Word, warning
from docverify.values.dates import find_dates
from docverify.values.names import fold_upper
from docverify.vision.ink import signature_present


@dataclass(frozen=True)
class LeaseFields:
    tenant_names: tuple[str, ...]
    landlord: str | None
    address: str | None
    start_date: dt.date | None
    signed: bool | None = None


# --------------------------------------------------------------------------- layout


def _segments(line: Sequence[Word], gap: float = 2.5) -> list[list[Word]]:
    """A row cut where two words are far apart (side-by-side columns)."""
    out: list[list[Word]] = []
    for w in line:
        h = max(4, w.box[3] - w.box[1])
        if out and w.box[0] - out[-1][-1].box[2] <= gap * h:
            out[-1].append(w)
        else:
            out.append([w])
    return out


_BEFORE_ROLE = frozenset(
    [
        "LE",
        "LA",
        "LES",
        "L",
        "S",
        "THE",
        "DU",
        "DES",
        "DE",
        "OU",
        "ET",
        "NOM",
        "NOMS",
        "PRENOM",
        "PRENOMS",
        "IDENTITE",
        "DENOMINATION",
        "COORDONNEES",
        "DESIGNATION",
        "INFORMATIONS",
        "PERSONNE",
    ]
)
"""Words a role heading may open with: "Nom(s) du/des locataire(s)", "Identité du bailleur"."""
_NUMBERING = re.compile(r"\d{1,2}|[IVX]{1,4}|[A-H]|ARTICLE|SECTION|TITRE")
"""A section's number before its heading."""
Roles = Sequence[tuple[tuple[str, ...], str]]
"""Role labels (token tuples, longest first), each with the field it names."""


def _role_at(words: Sequence[Word], roles: Roles) -> tuple[int, str]:
    """How many leading words of a segment are a role label (articles allowed), and the
    field it names; (0, "") if none."""
    toks: list[tuple[str, int]] = [(t, i) for i, w in enumerate(words) for t in norm_tokens(w.text)]
    skip = 0
    while skip < len(toks) and (
        toks[skip][0] in _BEFORE_ROLE or _NUMBERING.fullmatch(toks[skip][0])
    ):
        skip += 1  # "2. LE(S) LOCATAIRE(S)", "ARTICLE II - LE BAILLEUR"
    got = [t.rstrip("S") for t, _ in toks]
    for k in dict.fromkeys((0, skip)):
        for seq, field in roles:
            n = len(seq)
            if got[k : k + n] == [s.rstrip("S") for s in seq]:
                j = k + n
                while j < len(toks) and (toks[j][0] in ("S", "ES", "E") or toks[j][0].isdigit()):
                    j += 1
                return toks[j - 1][1] + 1, field
    return 0, ""


@dataclass(frozen=True)
class _Heading:
    page: PageText
    words: tuple[Word, ...]
    rest: tuple[Word, ...]
    """Words right of the label in its segment (a value after a colon)."""
    field: str

    @property
    def box(self) -> tuple[int, int, int, int]:
        return (self.words[0].box[0], min(w.box[1] for w in self.words),
                self.words[-1].box[2], max(w.box[3] for w in self.words))  # fmt: skip


def _headings(page: PageText, roles: Roles) -> list[_Heading]:
    out: list[_Heading] = []
    lines = lines_of_page(page)
    for line in lines:
        segments = _segments(line)
        for k, seg in enumerate(segments):
            n, field = _role_at(seg, roles)
            if n:
                rest = list(seg[n:])
                while rest and not rest[0].text.strip(":.-–—|()"):
                    rest.pop(0)  # the label's colon
                if not rest and k + 1 < len(segments) and not _role_at(segments[k + 1], roles)[0]:
                    rest = list(segments[k + 1])  # the value at a tab stop: "Locataire :   X"
                if not rest and seg is segments[-1]:
                    rest = _beside(seg[:n], lines)
                out.append(_Heading(page, tuple(seg[:n]), tuple(rest), field))
    return out


def _beside(label: Sequence[Word], lines: Sequence[Sequence[Word]]) -> list[Word]:
    """The value of a label column's row when it is a line of its own ("PRENEUR(S)" |
    "M. X"): ``labelled.line_beside``, unless that is the next label of the row."""
    other = line_beside(label, lines)
    if not other:
        return []
    value = _segments(other)[0]
    return [] if refuse_value(" ".join(w.text for w in value)) else list(value)


_SECTION = re.compile(r"^\W*(?:[IVX]{1,4}|\d{1,2}|ARTICLE \d+)\s*[.)\-–:]\s")


def _column_rows(
    h: _Heading, others: Sequence[_Heading], max_rows: int = 8, max_gap: float = 5.0
) -> list[str]:
    """The text under a heading, in its column: every piece of a row (rows are cut at
    wide gaps) nearer to this heading than to another heading of its row; down to the
    next heading of the column, a numbered section or a wide vertical gap."""
    x0, y0, x1, y1 = h.box
    lh = max(8, y1 - y0)
    row = [o for o in others if o.page is h.page and abs(o.box[1] - y0) < lh]

    def mine(seg: Sequence[Word]) -> bool:
        c = (seg[0].box[0] + seg[-1].box[2]) / 2
        if len(row) <= 1:
            return seg[-1].box[2] > x0 - 2 * lh
        return min(row, key=lambda o: abs((o.box[0] + o.box[2]) / 2 - c)) is h

    stop = min((o.box[1] for o in others if o.page is h.page and o.box[1] > y1 + lh / 3
                and o.box[0] < x1 + 4 * lh and o.box[2] > x0 - 4 * lh), default=10**6)  # fmt: skip
    rows: list[str] = []
    last_y = y1
    for line in lines_of_page(h.page):
        if line[0].box[1] <= y1 - lh / 3 or min(w.box[1] for w in line) >= stop:
            continue
        pieces = [seg for seg in _segments(line) if mine(seg)]
        if not pieces:
            continue
        text = " ".join(w.text for seg in pieces for w in seg)
        if pieces[0][0].box[1] - last_y > max_gap * lh or _SECTION.match(fold_upper(text)):
            break
        rows.append(text)
        last_y = max(w.box[3] for w in pieces[-1])
        if len(rows) >= max_rows:
            break
    return rows


_SUB_LABELS = re.compile(
    r"^\W*(?:(?P<full>NOMS?,? (?:ET |OU )?PRENOMS?|NOM COMPLET|IDENTITE|DENOMINATION|"
    r"RAISON SOCIALE|SOCIETE|FULL NAME)|(?P<given>PRENOMS?|FIRST NAMES?|GIVEN NAMES?)|"
    r"(?P<sur>NOM(?: DE FAMILLE| DE NAISSANCE)?|SURNAME|LAST NAME))\b[^:]*?(?:\(S\))?\s*"
    r"(?::\s*(?P<value>.*)|$)"
)
"""A party's name labels in its block ("Nom, prénom ou dénomination : X"): the value is
after the colon."""


def _block_names(rows: Sequence[str], titled_only: bool) -> list[str]:
    """Names in the rows of a party's block: "Nom : X" / "Prénom : Y" lines, else the
    lines that are a name (with a title when ``titled_only``: under a signature caption)."""
    sur = given = None
    full: list[str] = []  # one "Nom, prénom : X" row a party (co-tenants)
    names: list[str] = []
    for row in rows:
        on_one_line = form_name(row)  # "Nom : MOREAU  Prénom : Claire"
        if on_one_line:
            return [on_one_line]
        m = _SUB_LABELS.match(fold_upper(row))
        if m and m["value"] and m["value"].strip():
            value = row[len(row) - len(m["value"]) :].strip()
            kind = "full" if m["full"] else "given" if m["given"] else "sur"
            if kind == "full":
                full.append(value)
            elif kind == "given" and given is None:
                given = value
            elif kind == "sur" and sur is None:
                sur = value
            continue
        if titled_only and not re.match(rf"\s*{TITLE}\s", fold_upper(row)):
            continue
        for name in names_in(row):
            if refuse_value(name):
                continue  # a heading of the lease's next row ("DÉSIGNATION")
            if name not in names:
                names.append(name)
        if names and not re.match(rf"\s*{TITLE}\s", fold_upper(row)):
            break  # one untitled name (a company) is the party
    composed = full or ([f"{given} {sur}" if given else sur] if sur else [])
    if composed:
        return [whole for whole in map(person_name, composed) if whole]
    return names


def _roles(fields: dict[str, str]) -> list[tuple[tuple[str, ...], str]]:
    """Every party's role nouns and the labels that name one ("nom du bailleur"; not
    "mandataire": an agent is not the landlord), longest first."""
    roles: list[tuple[tuple[str, ...], str]] = []
    for field, role_field in fields.items():
        nouns = {t.rstrip("S") for seq in lexicon().labels_of(role_field) for t in seq}
        roles += [(seq, role_field) for seq in lexicon().labels_of(role_field)]
        roles += [(seq, field) for seq in lexicon().labels_of(field)
                  if any(t.rstrip("S") in nouns for t in seq)]  # fmt: skip
    return sorted(roles, key=lambda r: len(r[0]), reverse=True)


def labelled_parties(doc: Document, field: str, fields: dict[str, str] = PARTY_FIELDS) -> list[str]:
    """Parties named by a label or under a role heading ("Locataire(s) : X et Y", "LE
    BAILLEUR" above "Nom : ..."); signature captions ("Signature du locataire") are read
    last, and only names with a title under them. ``fields`` maps each party's label field
    to its role field: every party's headings bound the others' columns."""
    every = [h for p in doc.pages for h in _headings(p, _roles(fields))]
    wanted = (field, fields[field])
    for signature in (False, True):
        out: list[str] = []
        for h in every:
            caption = "SIGNATURE" in norm_tokens(" ".join(w.text for w in h.words))
            if h.field not in wanted or caption != signature:
                continue
            rest = " ".join(w.text for w in h.rest)
            names = names_in(rest) or names_in(rest.rsplit(":", 1)[-1]) if h.rest else []
            if not names and (signature or not h.rest):
                # a signature leaves room for the hand: the signed name comes further down
                rows = _column_rows(h, every, max_gap=12.0 if signature else 5.0)
                names = _block_names(rows, signature)
            out.extend(n for n in names if n not in out)
        if out:
            return out
    return []


def parties(doc: Document, prose: Prose, field: str) -> list[str]:
    return designated(prose, PARTY_FIELDS[field]) or labelled_parties(doc, field)


# --------------------------------------------------------------------------- address, dates


def dwelling_address(prose: Prose) -> str | None:
    rx = "|".join(
        r"\b" + r"\W+".join(re.escape(t) for t in seq) + r"\b"
        for seq in lexicon().labels_of("dwelling_address")
    )
    return address_after(prose, rf"(?:{rx})(?:\s+(?:SUIVANTE|AU|A|EST))*")


START_LABELS = (
    r"PREND(?:RA)? EFFET (?:LE|A COMPTER DU|A PARTIR DU)",
    r"PRISE D'?EFFET(?: DU (?:BAIL|CONTRAT))?\s*(?:LE|:)?",
    r"DATE D'?EFFET(?: DU (?:BAIL|CONTRAT))?",
    r"ENTREE EN VIGUEUR(?: DU (?:BAIL|CONTRAT))?\s*(?:LE|:)?",
    r"A COMPTER DU",
    r"A PARTIR DU",
    r"COMMENCE(?:RA)? (?:A COURIR )?LE",
    r"DEBUT(?:ERA)? (?:DU BAIL|DU CONTRAT|DE LA LOCATION|LE)",
    r"DATE DE DEBUT(?: DU (?:BAIL|CONTRAT)| DE LA LOCATION)?",
    r"ENTREE DANS LES LIEUX",
    r"START DATE|COMMENCEMENT DATE|COMMENCING ON|BEGINNING ON",
)


def read_start(folded: str) -> dt.date | None:
    """The lease's start date.

    >>> read_start("LE CONTRAT PREND EFFET LE 20/05/2026 (PRISE D'EFFET LE 20 MAI 2026)")
    datetime.date(2026, 5, 20)
    >>> read_start("LOUE A COMPTER DU 1ER MARS 2026 POUR TROIS ANS")
    datetime.date(2026, 3, 1)
    """
    for label in START_LABELS:
        for m in re.finditer(label, folded):
            dates = find_dates(folded[m.end() : m.end() + 40])
            if dates and dates[0].start < 12:
                return dates[0].value
    return None


def _start_in_column(doc: Document) -> dt.date | None:
    """The start date right of (or under) its label in a label column ("DATE DE PRISE
    D'EFFET" | "15/01/2026"), where the prose reading finds the labels in a run and the
    values later."""
    for read in labelled_values(doc.pages, "lease_start", accept=lambda v: bool(find_dates(v))):
        return find_dates(read.value)[0].value
    return None


# --------------------------------------------------------------------------- extract


def extract(doc: Document, ctx: ExtractContext) -> tuple[LeaseFields, list[Finding]]:
    prose = Prose.of(lines_of(doc))
    tenants = tuple(parties(doc, prose, "tenant"))
    landlords = parties(doc, prose, "landlord")
    landlord = landlords[0] if landlords else None
    tenants = tuple(t for t in tenants if t != landlord) or tenants
    tenants = tuple(t for t in tenants if not echo(t, tenants))
    start = read_start(prose.folded.replace("\n", " ")) or _start_in_column(doc)
    signed: bool | None = None
    last = doc.pages[-1]
    captions = [
        h
        for h in _headings(last, _roles(PARTY_FIELDS))
        if h.field.startswith("tenant")
        and "SIGNATURE" in fold_upper(" ".join(w.text for w in h.words))
    ]
    if last.image is not None and captions:  # ink under the tenants' signature caption
        signed = signature_present(last, r"LOCATAIRE|PRENEUR|TENANT")
    findings: list[Finding] = []
    if start is None:
        findings.append(warning("lease.no_start_date", "The lease's start date could not be read."))
    if not tenants:
        findings.append(
            warning("lease.no_tenant", "The tenants' names could not be read on the lease.")
        )
    if signed is False:
        findings.append(
            warning("lease.unsigned", "The lease does not appear to be signed by the tenants.")
        )
    return LeaseFields(tenants, landlord, dwelling_address(prose), start, signed), findings


SPEC = DocTypeSpec(
    type=DocType.LEASE,
    signals=(
        Signal.of(r"CONTRAT DE (?:SOUS-?)?(?:LOCATION|BAIL)|\bBAIL\b|LEASE AGREEMENT", 3.0),
        Signal.of(r"\bBAILLEUR", 2.0),
        Signal.of(r"\bLOCATAIRES?\b|\bPRENEUR", 1.5),
        Signal.of(r"LOYER", 1.5),
        Signal.of(r"DEPOT DE GARANTIE|LOI (?:N[O°] ?)?89-462|6 JUILLET 1989", 2.0),
        Signal.of(r"PRISE D'?EFFET|DUREE DU CONTRAT", 1.0),
        Signal.of(r"ETAT DES LIEUX", 1.0),  # its annex, often the last page of its file
        # a rent receipt names the same parties and the rent, but proves a payment: it
        # is no lease (loi 89-462 art. 21: "quittance" is what the landlord gives on payment)
        Signal.of(r"QUITTANCE DE LOYER|(?:EN )?DONNE QUITTANCE|RECU DE LOYER", -9.0),
        Signal.of(r"AVIS D'ECHEANCE|APPEL DE LOYER|ATTESTATION DE LOYER", -4.0),
    ),
    extract=extract,
    multipage=True,
    # a letter about the rent says "bailleur" and "loyer" (3.5): a lease page also names
    # itself or its tenant; its other pages join it as continuations
    min_score=4.0,
)
