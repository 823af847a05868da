"""Who the packet is for: one identity built from every document of the packet.

The anchor is the holder of the identity document (the passport wins over an ID card;
among several, the one the form's name agrees with; without one, the holder of a visa or
permit's MRZ). Its MRZ gives the date of birth,
protected by a check digit, but its names carry none: a filler ``<`` read as ``K`` turns
``PUDARSAN<<HENERT`` into ``PUDARSANK<HENERT``, and from then on every other document
would look like another person. So the names are checked against what the other pieces
say (the printed zone, the form, the birth certificate, the visa or permit's own MRZ,
and the holder names of RIBs, bills and payslips): a look-alike letter that the other
pieces read as a word break is put back as a filler, on the identity document and in the
applicant, with a finding saying which documents agreed.

``Applicant.documents`` lists the documents whose names agree with the result.
"""

from __future__ import annotations

import dataclasses
import itertools
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from docverify.doctypes.visual_zone import comparable_names
from docverify.model import Applicant, DocType, Document, info
from docverify.values.names import NameMatch, PersonName, name_tokens

IDENTITY_TYPES = (DocType.PASSPORT, DocType.NATIONAL_ID)
MRZ_TYPES = (DocType.PASSPORT, DocType.NATIONAL_ID, DocType.RESIDENCE_PERMIT,
             DocType.LONG_STAY_VISA)  # fmt: skip
APPLICANT_ONLY = (DocType.RESIDENCE_PERMIT, DocType.LONG_STAY_VISA, DocType.APPLICATION_FORM,
                  DocType.BIRTH_CERTIFICATE, DocType.RIB, DocType.PAYSLIP,
                  DocType.EMPLOYMENT_CONTRACT, DocType.HOSTING_ATTESTATION)  # fmt: skip
"""Documents that name the applicant (the attestation, its hosted person), never a host: a
bill or a lease may be the host's."""
FILLER_LOOKALIKES = frozenset("KXCLSEZ")
"""Letters tesseract reads a ``<`` as."""
MAX_REPAIR_POSITIONS = 10


@dataclass(frozen=True)
class Observation:
    """A name (and maybe a date of birth) as one document gives it."""

    document: str
    source: str  # "printed_zone", "form", "birth_certificate", "mrz", "holder"...
    surname: tuple[str, ...] = ()
    given: tuple[str, ...] = ()
    tokens: tuple[str, ...] = ()  # unsplit names ("Mme Amina DIALLO")

    @property
    def structured(self) -> bool:
        return bool(self.surname)

    @property
    def all_tokens(self) -> tuple[str, ...]:
        return self.tokens or (*self.surname, *self.given)


def _split(text: str | None) -> tuple[str, ...]:
    return tuple(name_tokens(text or ""))


def observations(docs: Sequence[Document], target: Document | None = None) -> list[Observation]:
    """The names the pieces of the packet give: for ``target`` only its printed zone (an
    MRZ is not checked against itself), for every other document what it says."""
    out: list[Observation] = []
    for d in docs:
        f = d.fields
        if f is None:
            continue
        if d is target:
            # in the MRZ's terms: the surname alone, not a "Nom, prénom" line's whole name
            visual = comparable_names(
                getattr(f, "visual", None) or {},
                getattr(f, "surname", None),
                getattr(f, "given_names", None),
            )
            if visual.get("surname"):
                out.append(Observation(d.id, "printed_zone", _split(visual.get("surname")),
                                       _split(visual.get("given_names"))))  # fmt: skip
            continue
        if d.type in MRZ_TYPES:
            if getattr(f, "surname", None):
                out.append(Observation(d.id, "mrz", _split(f.surname), _split(f.given_names)))
        elif d.type in (DocType.APPLICATION_FORM, DocType.BIRTH_CERTIFICATE):
            if getattr(f, "surname", None):
                out.append(Observation(d.id, d.type.value, _split(f.surname),
                                       _split(f.given_names)))  # fmt: skip
            elif getattr(f, "full_name", None):
                out.append(Observation(d.id, d.type.value, tokens=_split(f.full_name)))
        else:
            for attr in ("holder_name", "employee_name", "hosted_name", "person"):
                value = getattr(f, attr, None)
                if isinstance(value, str) and value:
                    out.append(Observation(d.id, attr, tokens=_split(value)))
    return [o for o in out if o.all_tokens]


def _score(field: str, obs: Observation) -> int:
    """How well a names field (``SURNAME<<GIVEN``) agrees with one observation."""
    surname_part, _, given_part = field.partition("<<")
    surname = [t for t in surname_part.split("<") if t]
    given = [t for t in given_part.split("<") if t]
    if obs.structured:
        score = sum(1 if t in obs.surname else -1 for t in surname)
        if given and obs.given:
            score += 1 if given[0] in obs.given else -1
            score += sum(1 for t in given[1:] if t in obs.given)
        return score
    words = set(obs.tokens)
    return sum(1 if t in words else -1 for t in (*surname, *given))


def repair_names(field: str, seen: Sequence[Observation]) -> tuple[str, list[str]] | None:
    """The names field with look-alike letters put back as fillers, when other documents
    read a word break there; and the ids of the documents that agree with it. None when
    nothing needs repairing or no document supports a repair.

    >>> form = Observation("d2", "form", ("PUDARSAN",), ("HENERT",))
    >>> repair_names("PUDARSANK<HENERT", [form])
    ('PUDARSAN<<HENERT', ['d2'])
    >>> rib = Observation("d5", "holder", tokens=("HENERT", "PUDARSAN"))
    >>> repair_names("PUDARSANK<HENERT", [rib])
    ('PUDARSAN<<HENERT', ['d5'])
    >>> repair_names("KLEIN<<SARAH", [form]) is None
    True
    >>> repair_names("BROOKS<<TYLERK<JAMES", [Observation("d5", "holder", tokens=("BROOKS", "TYLER"))])
    ('BROOKS<<TYLER<JAMES', ['d5'])
    >>> printed = Observation("d3", "visual", ("FERREIRA", "DA", "SILVA"), ("JOAO", "PEDRO"))
    >>> repair_names("FERREIRA<DA<KSILVA<<JOAO<PEDRO", [printed])
    ('FERREIRA<DA<SILVA<<JOAO<PEDRO', ['d3'])
    >>> rib = Observation("d8", "holder", tokens=("ROSA", "ELENA", "QUISPE", "MAMANI"))
    >>> repair_names("QUISPE<MAMANI<<ROSAKXELENA", [rib])
    ('QUISPE<MAMANI<<ROSA<ELENA', ['d8'])
    >>> printed = Observation("d3", "visual", tokens=("TRAN", "THI", "THU", "HA"))
    >>> repair_names("TRANK<KTHI<XTHU<KHA", [printed])[0]
    'TRAN<<THI<THU<HA'
    >>> jayasin = Observation("d2", "form", ("JAYASIN",), ("HENERT",))
    >>> repair_names("JAYASINK<<HENERT", [jayasin]) is None  # would make "<<<": a real K
    True
    """
    if not seen:
        return None
    positions = [
        i for i, c in enumerate(field)
        if c in FILLER_LOOKALIKES and i > 0 and field[i - 1] != "<"
        and (i + 1 == len(field) or field[i + 1] == "<" or field[i - 1] == "<" or i > 1)
    ]  # fmt: skip
    # only letters at a word's end or start can be a misread filler run's edge
    positions = [
        i for i in positions
        if i + 1 == len(field) or field[i + 1] == "<" or (i > 0 and field[i - 1] == "<")
        or any(field[i + 1 :].startswith(t) or field[:i].endswith(t)
               for o in seen for t in o.all_tokens if len(t) >= 3)
    ][:MAX_REPAIR_POSITIONS]  # fmt: skip
    # a letter the reader put in at a word's start (``DA<KSILVA``), the word after it one
    # another document reads (a short name too, ending the field: ``THU<KHA`` for HA)
    positions += [
        i for i, c in enumerate(field)
        if c in FILLER_LOOKALIKES and i > 0 and field[i - 1] == "<"
        and any(field[i + 1 :].startswith(t) and (len(t) >= 3 or _ends_word(field, i + 1 + len(t)))
                for o in seen for t in o.all_tokens if len(t) >= 2)
    ][: max(0, MAX_REPAIR_POSITIONS - len(positions))]  # fmt: skip
    if not positions:
        return None
    base = sum(_score(field, o) for o in seen)
    best: tuple[int, str] | None = None
    for k in range(1, len(positions) + 1):
        before = best
        for combo in itertools.combinations(positions, k):
            for cand in _variants(field, combo):
                if "<<<" in cand or cand.count("<<") > 1:
                    continue  # one "<<" splits surname from given names; no name holds more
                score = sum(_score(cand, o) for o in seen)
                if score > base and (best is None or score > best[0]):
                    best = (score, cand)
        if before is not None and best == before:
            break  # the fewest changes that help most: one more change helped no more
    if best is None:
        return None
    cand = best[1]
    agree = [o.document for o in seen if _agrees_fully(cand, o)]
    if not agree:
        return None  # better, but no document reads the names that way: not a repair
    return cand, sorted(set(agree))


def _ends_word(field: str, end: int) -> bool:
    return end >= len(field) or field[end] == "<"


def _variants(field: str, positions: Sequence[int]) -> Iterator[str]:
    """The names field with each look-alike letter at ``positions`` put back as a filler,
    or taken out where it stands just before a single "<" (a letter added beside the
    break between two given names, ``TYLERK<JAMES``; before the "<<" that ends the
    surname, a K is the name's own).

    >>> sorted(_variants("BROOKS<<TYLERK<JAMES", [13]))
    ['BROOKS<<TYLER<<JAMES', 'BROOKS<<TYLER<JAMES']
    >>> sorted(_variants("FERREIRA<DA<KSILVA<<JOAO", [12]))
    ['FERREIRA<DA<<SILVA<<JOAO', 'FERREIRA<DA<SILVA<<JOAO']
    """
    # before a single "<" (a letter added at a given name's end), or at a word's start
    # after one (``DA<KSILVA``: a letter the reader put in, the line's last filler lost)
    # or one of two look-alikes side by side, both read for one filler (``ROSAKXELENA``)
    droppable = [
        (field[i + 1 : i + 2] == "<" and field[i + 2 : i + 3] != "<")
        or (field[i - 1 : i] == "<" and field[i + 1 : i + 2].isalpha())
        or i - 1 in positions
        or i + 1 in positions
        for i in positions
    ]
    for drop in itertools.product((False, True), repeat=len(positions)):
        if any(d and not ok for d, ok in zip(drop, droppable, strict=True)):
            continue
        chars = list(field)
        for i, dropped in zip(positions, drop, strict=True):
            chars[i] = "" if dropped else "<"
        yield "".join(chars).strip("<")


def _agrees_fully(field: str, obs: Observation) -> bool:
    """Does an observation read exactly these names (every surname word, the first given
    name)?"""
    surname_part, _, given_part = field.partition("<<")
    surname = [t for t in surname_part.split("<") if t]
    given = [t for t in given_part.split("<") if t]
    if obs.structured:
        return all(t in obs.surname for t in surname) and (
            not given or not obs.given or given[0] in obs.given
        )
    # a name in one string (a RIB's holder) often leaves out the middle names
    return all(t in obs.tokens for t in (*surname, *given[:1]))


def _names_of(field: str) -> tuple[str, str]:
    surname, _, given = field.partition("<<")
    return " ".join(t for t in surname.split("<") if t), " ".join(t for t in given.split("<") if t)


def _repair_document(doc: Document, seen: Sequence[Observation]) -> Document:
    """Put back the misread fillers of this document's MRZ names, if others agree."""
    f = doc.fields
    mrz = getattr(f, "mrz", None)
    if f is None or mrz is None:
        return doc
    fixed = repair_names(mrz.names_field, seen)
    if fixed is None:
        return doc
    field, agree = fixed
    surname, given = _names_of(field)
    if (surname, given) == (f.surname or "", f.given_names or ""):
        return doc
    finding = info(
        "mrz.names_repaired",
        f"The MRZ names read {mrz.names_field}; fillers misread as letters were put back "
        f"({surname}, {given}), as {len(agree)} other document(s) of the packet read them.",
        read=mrz.names_field,
        repaired=field,
        documents=agree,
    ).about(doc)
    fields = dataclasses.replace(f, surname=surname or None, given_names=given or None)
    return dataclasses.replace(doc, fields=fields, findings=(*doc.findings, finding))


SOURCE_WEIGHT = {"holder_name": 0.5, "employee_name": 0.5, "hosted_name": 0.5, "person": 0.5}
"""How much an observation's agreement counts: names read as one string (a bill's holder)
count half: they may be a relative's, and they do not say which part is the surname."""
VOTE_MARGIN = 1.5
"""How much better supported another reading of the names must be to replace the MRZ's."""
MISREAD_VOTE_MARGIN = 0.5
"""...when the MRZ fails its check digits: the line was misread, its names are no better
read than the rest (``LORENZOO`` where four documents say ``LORENZO``)."""


SOURCE_PRIORITY = ("printed_zone", "application_form", "birth_certificate", "mrz")
"""On a tie, the reading of the names to trust first."""


def _points(person: PersonName, o: Observation) -> float:
    written = " ".join((*o.given, *o.surname)) if o.structured else " ".join(o.tokens)
    m = person.matches(written)
    points = 2.0 if m == NameMatch.MATCH else 1.0 if m == NameMatch.SLIP else 0.0
    return points * SOURCE_WEIGHT.get(o.source, 1.0)


def _vote_names(doc: Document, seen: Sequence[Observation]) -> Document:
    """The identity document's MRZ names (no check digit) replaced by the names the other
    pieces agree on, when those are clearly better supported (``CLARKE<<EMILY`` read
    ``CLARK<<X<EMILY``): each reading (the printed zone, the visa's MRZ, the form, the
    certificate) is scored by how the others agree with it, the MRZ's own reading too."""
    f = doc.fields
    if f is None or not getattr(f, "surname", None) or getattr(f, "mrz", None) is None:
        return doc
    own = Observation(doc.id, "mrz", _split(f.surname), _split(f.given_names))
    everyone = [own, *seen]
    readings = [o for o in everyone if o.structured and o.given]
    if not readings:
        return doc

    def score(r: Observation) -> tuple[float, int]:
        person = PersonName(r.surname, r.given)
        total = sum(_points(person, o) for o in everyone if o is not r)
        rank = SOURCE_PRIORITY.index(r.source) if r.source in SOURCE_PRIORITY else 9
        return total, -rank

    best = max(readings, key=score)
    if best is own or _same_names(best, own) or _adds_words_only(own, best):
        return doc
    # an MRZ that lost its "<<" reads every name as the surname: the reading that splits
    # the same words into surname and given names tells where the split is
    split = _resplit(own.surname, best) if not own.given else None
    margin = VOTE_MARGIN if getattr(f, "mrz_valid", None) is not False else MISREAD_VOTE_MARGIN
    if split is None and score(best)[0] < score(own)[0] + margin:
        return doc
    surnames, givens = split or (best.surname, best.given)
    surname, given = " ".join(surnames), " ".join(givens)
    person = PersonName(tuple(surnames), tuple(givens))
    agree = sorted({o.document for o in seen if _points(person, o) > 0})
    finding = info(
        "mrz.names_repaired",
        f"The MRZ names read {f.surname}, {f.given_names or '-'}, which carry no check digit; "
        f"the other readings of the packet agree on {surname}, {given}: taken.",
        read=f"{f.surname}, {f.given_names}",
        repaired=f"{surname}, {given}",
        documents=agree,
    ).about(doc)
    fields = dataclasses.replace(f, surname=surname, given_names=given)
    return dataclasses.replace(doc, fields=fields, findings=(*doc.findings, finding))


def _adds_words_only(own: Observation, best: Observation) -> bool:
    """Does ``best`` only add words to the MRZ's names, every one of them in it? A reading
    that holds more names (a certificate's run on into the father's: "AMNA NOOR UL HUDA
    SIDDIQUI MUHAMMAD ASLAM SIDDIQUI", set_db p01) agrees with every shorter one; it
    repairs no misread letter of the MRZ's.

    >>> mrz = Observation("d4", "mrz", ("SIDDIQUI",), ("AMNA", "NOOR"))
    >>> more = Observation("d7", "birth_certificate", ("ABDUL", "SIDDIQUI"), ("AMNA", "NOOR", "ASLAM"))
    >>> _adds_words_only(mrz, more), _adds_words_only(mrz, Observation("d7", "x", ("SIDIQUI",), ("AMNA",)))
    (True, False)
    """
    mine = {*own.surname, *own.given}
    theirs = {*best.surname, *best.given}
    return bool(mine) and mine < theirs


def _same_word(a: str, b: str) -> bool:
    return a == b or (min(len(a), len(b)) >= 3 and (a.startswith(b) or b.startswith(a)))


def _same_names(a: Observation, b: Observation) -> bool:
    """Two readings of one name, spelt alike but for word breaks ("BEN M'BAREK" printed,
    BEN<MBAREK in the MRZ, which drops apostrophes): nothing to replace."""
    if (a.surname, a.given) == (b.surname, b.given):
        return True
    return "".join(a.surname) == "".join(b.surname) and "".join(a.given) == "".join(b.given)


def _resplit(words: Sequence[str], reading: Observation) -> tuple[list[str], list[str]] | None:
    """The MRZ's own words split into surname and given names the way ``reading`` splits
    them (its spelling kept: ``ROSE`` where the reading says ``ROSEKK``); None unless every
    word of the reading is there.

    >>> _resplit(["CLARKE", "X", "EMILY", "ROSE"], Observation("d2", "mrz", ("CLARKE",), ("EMILY", "ROSEKK")))
    (['CLARKE'], ['EMILY', 'ROSE'])
    """

    def pick(wanted: Sequence[str]) -> list[str] | None:
        out = []
        for w in wanted:
            own = next((x for x in words if _same_word(x, w)), None)
            if own is None:
                return None
            out.append(own)
        return out

    surnames, givens = pick(reading.surname), pick(reading.given)
    if not surnames or not givens:
        return None
    return surnames, givens


def _trim_fillers(doc: Document, names: Sequence[str]) -> Document:
    """A name of a visa or permit MRZ followed by fillers read as letters (``ROSEKK`` for
    ``ROSE<<``) cut back to the applicant's name it starts with."""
    f = doc.fields
    if f is None or getattr(f, "mrz", None) is None:
        return doc

    def trim(value: str | None) -> str | None:
        if not value:
            return value
        out = []
        for tok in value.split():
            base = next((n for n in names if tok.startswith(n) and len(tok) > len(n)), None)
            tail = tok[len(base) :] if base else ""
            out.append(base if base and set(tail) <= FILLER_LOOKALIKES else tok)
        return " ".join(out)

    surname, given = trim(f.surname), trim(f.given_names)
    if (surname, given) == (f.surname, f.given_names):
        return doc
    return dataclasses.replace(
        doc, fields=dataclasses.replace(f, surname=surname, given_names=given)
    )


def _form_person(docs: Sequence[Document]) -> PersonName | None:
    for d in docs:
        if d.type == DocType.APPLICATION_FORM and d.fields is not None and d.fields.surname:
            return PersonName.parse(d.fields.surname, d.fields.given_names)
    return None


def _anchor(docs: Sequence[Document]) -> Document | None:
    """The identity document that names its holder; without one, a visa or permit's MRZ
    (it names its holder, with a date of birth under a check digit), rather than the
    form's handwriting."""
    candidates = [
        d for d in docs
        if d.type in IDENTITY_TYPES and d.fields is not None and d.fields.surname
    ]  # fmt: skip
    if not candidates:
        candidates = [
            d for d in docs
            if d.type in MRZ_TYPES and d.fields is not None and d.fields.surname
        ]  # fmt: skip
    if not candidates:
        return None
    person = _form_person(docs)
    by_id = {d.id: d for d in docs}

    def rank(d: Document) -> tuple[int, int, int, int]:
        f = d.fields
        named = " ".join(x for x in (f.given_names, f.surname) if x)
        agrees = person is not None and person.matches(named) in (NameMatch.MATCH, NameMatch.SLIP)
        # two people's passports (a spouse's, a brother's): the one the packet's own
        # documents name, when the form's handwriting tells neither
        holder = PersonName.parse(f.surname, f.given_names)
        support = sum(1 for i in _agreeing(holder, docs) if by_id[i].type in APPLICANT_ONLY)
        return (int(agrees), support, int(d.type == DocType.PASSPORT), int(bool(f.mrz_valid)))

    return max(candidates, key=rank)


def _agreeing(person: PersonName, docs: Sequence[Document]) -> tuple[str, ...]:
    """The documents whose names are the applicant's."""
    out = []
    for o in observations(docs):
        written = " ".join((*o.given, *o.surname)) if o.structured else " ".join(o.tokens)
        if person.matches(written) in (NameMatch.MATCH, NameMatch.SLIP):
            out.append(o.document)
    return tuple(dict.fromkeys(out))


def build_applicant(docs: Sequence[Document]) -> tuple[Applicant, list[Document]]:
    """The applicant, from the identity document checked against the whole packet, and
    the documents with MRZ names repaired where the packet shows misread fillers."""
    anchor = _anchor(docs)
    if anchor is None:
        form = next(
            (d for d in docs if d.type == DocType.APPLICATION_FORM and d.fields is not None), None
        )
        if form is None:
            return Applicant(), list(docs)
        f = form.fields
        return Applicant(f.surname, f.given_names, f.date_of_birth, None, None, (form.id,)), list(
            docs
        )
    repaired = [
        _repair_document(d, observations(docs, d)) if d.type in MRZ_TYPES else d for d in docs
    ]
    repaired = [
        _vote_names(d, observations(repaired, d)) if d.id == anchor.id else d for d in repaired
    ]
    anchor = next(d for d in repaired if d.id == anchor.id)
    f = anchor.fields
    names = (*_split(f.surname), *_split(f.given_names))
    repaired = [_trim_fillers(d, names) if d.type in MRZ_TYPES else d for d in repaired]
    person = PersonName.parse(f.surname, f.given_names)
    agreeing = (anchor.id, *(i for i in _agreeing(person, repaired) if i != anchor.id))
    applicant = Applicant(
        f.surname, f.given_names, f.date_of_birth, f.nationality, anchor.id, agreeing
    )
    return applicant, repaired


def choose_applicant(docs: Sequence[Document]) -> Applicant:
    """The applicant alone (see :func:`build_applicant`)."""
    return build_applicant(docs)[0]
