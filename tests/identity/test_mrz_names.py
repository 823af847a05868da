"""The MRZ's names, which no check digit protects, taken from the reads that agree."""

from __future__ import annotations

import datetime as dt

from docverify.values.mrz import Mrz
from docverify.vision.mrz import MrzRead
from docverify.vision.mrz_names import vote_names

AS_OF = dt.date(2026, 11, 24)
LINE1 = "IDFRAX4RT72HB97<<<<<<<<<<<<<<<"
LINE2 = "7906145F3203075FRA<<<<<<<<<<<4"


def _read(line1: str, names: str, method: str = "band_locator") -> MrzRead:
    return MrzRead(Mrz.parse([line1, LINE2, names], AS_OF), None, method)


def test_a_names_line_read_as_noise_takes_the_names_other_reads_agree_on() -> None:
    """A French card's band read right on its checked lines, its names as noise (set_be
    p03): the other reads of the card, invalid on the number, agree on the names."""
    winner = _read(LINE1, "REILORAEIRBLIILTIIRAORIIEBBIIR")
    peers = [
        _read("IDFRAXART72HB97<<<<<<<<<<<<<<<", "DELACROIX<RENAUD<<SOPHIE<CLAIR", "page_text"),
        _read("IDFRAXA4RT72HB9<<<<<<<<<<<<<<<", "DELACROIX<RENAUD<<SOPHIE<CLAIR"),
    ]
    voted = vote_names(winner, [winner, *peers], AS_OF)
    assert (voted.mrz.surname, voted.mrz.given_names) == ("DELACROIX RENAUD", "SOPHIE CLAIR")
    assert voted.mrz.valid and voted.mrz.document_number == "X4RT72HB9"


def test_a_names_line_is_kept_when_fewer_than_two_reads_say_otherwise() -> None:
    winner = _read(LINE1, "REILORAEIRBLIILTIIRAORIIEBBIIR")
    peer = _read(LINE1, "DELACROIX<RENAUD<<SOPHIE<CLAIR")
    assert vote_names(winner, [winner, peer], AS_OF).mrz.surname == winner.mrz.surname
    other = _read(LINE1, "DUPONT<<MARIE<<<<<<<<<<<<<<<<<")
    # the peers disagree: nothing to prefer
    voted = vote_names(winner, [winner, peer, peer, other, other], AS_OF)
    assert voted.mrz.surname == winner.mrz.surname
