"""Several readings of one handwritten name (a zone read in several looks, a comb box by
box, the page's own read) settled into one: the reading closest to all the others."""

from __future__ import annotations

from collections.abc import Sequence

from rapidfuzz.distance import Levenshtein

from docverify.labels import norm_tokens


def vote(reads: Sequence[str], page_read: str | None = None) -> str | None:
    """The reading closest to all the others (the medoid of their words: fewest edits to
    the rest), ties to the page's own read of the field (``page_read``, however doubtful),
    then to the one with most letters; lower-case scraps of one or two letters (box
    remnants; the form asks for capitals) are dropped first.

    >>> vote(["BENALA", "BENALI", "BENALI.", "BEML"])
    'BENALI'
    >>> vote(["XHAOMING Lo La", "XE AOMINMG", "XIAOMING LU", "XIAOMING", "X LAOMING ee"])
    'XIAOMING'

    form_aq d012: the zone read "TSHERING" and "ITSHERING" (a box's edge read "I"); the
    page read "[TSHERING":

    >>> vote(["TSHERING", "ITSHERING"]), vote(["TSHERING", "ITSHERING"], "TSHERING")
    ('ITSHERING', 'TSHERING')

    A name's first syllable parted by an accent is no scrap (set_bd p04, "María"):

    >>> vote(["Ma ría Fernanda", "Ma ria Fernanda", "ee Maria Fernanda"])
    'Ma ría Fernanda'

    The zone's reads lost an apostrophe the page's doubtful read kept (form_au d004):

    >>> vote(["NDIAYE", "NDIAYE", "N DIAYE", "NDIAYE"], "N'DIAYE")
    "N'DIAYE"
    """
    cleaned = []
    for r in reads:
        # a capital first is a name's start ("Ma ría": María's accent parting it)
        kept = " ".join(t for t in r.split() if not (len(t) <= 2 and t == t.lower() != t.upper()))
        if kept:
            cleaned.append(kept)
    if not cleaned:
        return None
    # compared without their spaces: an apostrophe or a hyphen read as a space or as
    # nothing is the same name ("N DIAYE", "NDIAYE")
    keys = ["".join(norm_tokens(r)) for r in cleaned]

    page_key = "".join(norm_tokens(page_read)) if page_read else None

    def cost(i: int) -> tuple[int, int, int]:
        return (sum(Levenshtein.distance(keys[i], k) for k in keys), int(keys[i] != page_key),
                -sum(c.isalpha() for c in keys[i]))  # fmt: skip

    best = min(range(len(cleaned)), key=cost)
    # the page's own read, however doubtful, spells what the zone's reads agree on
    # with its punctuation ("N'DIAYE": form_au d004)
    return page_read if page_read and keys[best] == page_key else cleaned[best]
