"""The host of an attestation d'hébergement, named by the whole packet.

A host's name on a handwritten or photographed attestation is often read with slips
("Juies DUBOG" for "Julien DUBOIS"). The packet holds the host's own papers (their ID card,
their bills or lease): when the name read is close to exactly one person those papers name,
and to no one else, that person is the host, and the finding says which reading it rests on.
A name read that close to nobody stays as read.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterable

from rapidfuzz.distance import Levenshtein

from docverify.model import AuditContext, DocType
from docverify.values.names import NameMatch, PersonName, name_tokens, person_from_text

MAX_SHARE = 0.35
"""Edits allowed, as a share of the longer name's letters, for a name read to be a slip of
a person's name."""


def _key(name: str) -> str:
    return " ".join(sorted(name_tokens(name)))


def distance_share(read: str, name: str) -> float:
    """How far a name read is from a person's name, word order and the spaces between
    words aside (0 = the same): the read, its words run together, against the person's
    words run together in the order that fits it best.

    >>> round(distance_share("Juies DUBOG", "JULIEN DUBOIS"), 2)
    0.33
    >>> distance_share("DUBOIS Julien", "Julien DUBOIS")
    0.0

    A given name read as two words sorts apart from the rest (set_bn p02):

    >>> round(distance_share("Se du COUUBALY", "SEYDOU COULIBALY"), 2)
    0.27
    """
    a, b = name_tokens(read), name_tokens(name)
    if not a or not b:
        return 1.0
    run = "".join(a)
    orders = itertools.permutations(b) if len(b) <= MAX_ORDERED else [b]
    return min(
        Levenshtein.distance(run, "".join(order)) / max(len(run), sum(map(len, b)))
        for order in orders
    )


MAX_ORDERED = 4
"""Words of a name tried in every order, at most (4! orders)."""

PART_SHARE = 0.2
"""Edits allowed, as a share of their letters, for a name read to be a slip of some of a
person's words (a given name left out)."""


PART_LEFT_OUT = 0.02
"""What a person's word missing from the read adds to its share."""


def _part_share(read: str, name: str) -> float:
    """How far a name read in two words or more is from as many of a person's words (a
    middle name left out and a slip: "Ai MOHAMED" for SAID ALI MOHAMED, a handwritten
    attestation, set_cz p04); 1.0 when that is no nearer than ``PART_SHARE``.

    >>> round(_part_share("Ai MOHAMED", "SAID ALI MOHAMED"), 2), _part_share("MOHAMED", "ALI MOHAMED")
    (0.1, 1.0)
    >>> _part_share("Awa DIOP", "SAID ALI MOHAMED")
    1.0
    """
    a, b = name_tokens(read), name_tokens(name)
    if len(a) < 2 or len(a) >= len(b):
        return 1.0
    best = min(distance_share(read, " ".join(part)) for part in itertools.combinations(b, len(a)))
    return best if best <= PART_SHARE else 1.0


def _people(ctx: AuditContext) -> Iterable[str]:
    """Every person the packet's other papers name: holders of identity documents other
    than the applicant's, then bill holders and lease tenants."""
    for d in ctx.of_type(DocType.NATIONAL_ID, DocType.PASSPORT, DocType.RESIDENCE_PERMIT):
        if d.id != ctx.applicant.source_document and d.fields is not None:
            name = f"{d.fields.given_names or ''} {d.fields.surname or ''}".strip()
            if name:
                yield name
    for d in ctx.of_type(DocType.UTILITY_BILL):
        if d.fields is not None and d.fields.holder_name:
            yield d.fields.holder_name
    for d in ctx.of_type(DocType.LEASE):
        yield from (d.fields.tenant_names or []) if d.fields is not None else []


def packet_host(ctx: AuditContext, read: str) -> str | None:
    """The name of the one person of the packet's papers that the host's name read is a
    slip of (``MAX_SHARE``), as those papers spell it; None when the read already names
    one of them, is close to nobody, or is as close to two different people."""
    people = list(_people(ctx))
    if any(person_from_text(read).matches(name) == NameMatch.MATCH for name in people):
        return None  # read right (a middle name left out is no slip)
    scored: dict[str, tuple[float, str]] = {}
    for name in people:
        # a word left out weighs a little: a paper naming the read's words whole wins
        share = min(distance_share(read, name), _part_share(read, name) + PART_LEFT_OUT)
        key = _key(name)
        if key not in scored or share < scored[key][0]:
            scored[key] = (share, name)
    ranked = sorted(scored.values())
    if not ranked or ranked[0][0] == 0.0 or ranked[0][0] > MAX_SHARE:
        return None
    best = ranked[0][1]
    rivals = [
        name
        for share, name in ranked[1:]
        if share - ranked[0][0] < 0.1 and person_from_text(best).matches(name) != NameMatch.MATCH
    ]
    return None if rivals else best  # as close to two people: the read does not say which


def packet_person(ctx: AuditContext, read: str) -> str | None:
    """The person of the packet's other papers (not the applicant's identity document)
    that ``read`` names, exactly or as a slip, as those papers spell it; else None."""
    for name in _people(ctx):
        if person_from_text(read).matches(name) == NameMatch.MATCH:
            return name
    return packet_host(ctx, read)


def host_in_text(ctx: AuditContext, text: str, applicant: PersonName) -> str | None:
    """The host, when no name field was read: the one person of the packet's papers (not
    the applicant) whose name a line of the attestation's text holds, a slip allowed
    (``MAX_SHARE``: "Je soussigné Julien DUBONS" is Julien DUBOIS of the ID card and the
    bills); None when nobody's or two people's names are there.

    A handwritten attestation read "Je SousSjapé(e) Julien DUBONS," names the host whose ID
    card says Julien DUBOIS; the applicant named on the next line is not the host.
    """
    lines = [name_tokens(line) for line in text.splitlines()]
    found: list[tuple[float, str]] = []
    for name in _people(ctx):
        size = len(name_tokens(name))
        if size < 2 or applicant.matches(name) in (NameMatch.MATCH, NameMatch.SLIP):
            continue
        best = min(
            (distance_share(" ".join(toks[i : i + size]), name)
             for toks in lines for i in range(len(toks) - size + 1)),
            default=1.0,
        )  # fmt: skip
        if best <= MAX_SHARE:
            found.append((best, name))
    if not found:
        return None
    _share, host = min(found)
    # one person under several spellings (her ID card's middle name, her bills' without)
    same = all(person_from_text(host).matches(n) == NameMatch.MATCH for _s, n in found)
    return host if same else None


def sole_housed_person(ctx: AuditContext, applicant: PersonName) -> str | None:
    """The one person other than the applicant whom the packet gives both an identity
    document and a proof of address (bills in their name or a lease naming them), as their
    ID spells it; None when nobody or several people are. When the host's name on an
    attestation cannot be read with confidence, this is who the packet says hosts the
    applicant: the helper is asked to check it, not told the host's papers are missing."""
    housed = [
        d.fields.holder_name for d in ctx.of_type(DocType.UTILITY_BILL)
        if d.fields is not None and d.fields.holder_name
    ] + [
        name for d in ctx.of_type(DocType.LEASE) if d.fields is not None
        for name in d.fields.tenant_names or []
    ]  # fmt: skip
    found: list[str] = []
    for d in ctx.of_type(DocType.NATIONAL_ID, DocType.PASSPORT, DocType.RESIDENCE_PERMIT):
        if d.id == ctx.applicant.source_document or d.fields is None:
            continue
        name = f"{d.fields.given_names or ''} {d.fields.surname or ''}".strip()
        if not name or applicant.matches(name) in (NameMatch.MATCH, NameMatch.SLIP):
            continue
        person = person_from_text(name)
        housed_here = any(person.matches(h) in (NameMatch.MATCH, NameMatch.SLIP) for h in housed)
        if housed_here and not any(person.matches(f) == NameMatch.MATCH for f in found):
            found.append(name)
    return found[0] if len(found) == 1 else None


def names_someone(ctx: AuditContext, read: str) -> bool:
    """Does ``read`` name, exactly or as a slip, a person of the packet's other papers?"""
    person = person_from_text(read)
    return any(person.matches(n) in (NameMatch.MATCH, NameMatch.SLIP) for n in _people(ctx))
