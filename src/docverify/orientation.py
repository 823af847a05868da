"""Which way is up: a page turned upright and read, most often in one read.

Tesseract's orientation detection (OSD) decides when it is sure; otherwise the page is
read as it came and kept when it reads upright, and only a page that does not has its
other quarter turns tried. What counts as reading upright: most words of three
characters or more flat and confident; an MRZ's fillers read "<" rather than ">"; lines
read standing on end (tall, narrow words) mean a quarter turn one way or the other.
"""

from __future__ import annotations

from collections.abc import Sequence

import cv2
import numpy as np

from docverify import ocr
from docverify.model import Word
from docverify.vision.geometry import deskew, lines_direction, rotate_quadrant, rotate_small
from docverify.vision.leaders import erase_dot_leaders
from docverify.vision.ruling import erase_rules

OSD_CONFIDENT = 2.0
"""From this OSD confidence on, its rotation is taken without probing all four."""
OSD_SURE = 6.0
"""Below this, a turn OSD asks for is checked against the page as scanned: on sparse
pages (a visa sticker on a sheet) OSD says "180" with a confidence of 2-3 for an upright
page."""
GOOD_WORD_CONF = 80.0


def upright(image: np.ndarray, rotation: int, skew: float) -> np.ndarray:
    return rotate_small(rotate_quadrant(image, rotation), skew)


def good_words(words: Sequence[Word]) -> int:
    """Words that look read right: confident, three characters or more, and lying flat
    (tesseract also reads text turned sideways, in tall narrow boxes: those do not count,
    so the upright page wins over a sideways one)."""
    return sum(
        1
        for w in words
        if w.conf >= GOOD_WORD_CONF
        and sum(c.isalnum() for c in w.text) >= 3
        and (w.box[2] - w.box[0]) > (w.box[3] - w.box[1])
    )


PROBE_SIDE = 1400
"""Longest side of the reduced image on which a large page's orientations are compared
(a smaller image, a card or a sticker, is compared at its own size and the read kept)."""


Read = tuple[int, np.ndarray, float, tuple[Word, ...], np.ndarray]
"""The rotation, the upright image, the skew corrected, the words and the image they were
read on (dot leaders erased: ``vision.leaders``)."""


def read_turned(
    original: np.ndarray, rotation: int, languages: str, dpi: int, extra: str = ""
) -> Read:
    image, skew = deskew(rotate_quadrant(original, rotation))
    reading = erase_rules(erase_dot_leaders(image, dpi), dpi)
    return rotation, image, skew, ocr.ocr_words(reading, languages, extra=extra), reading


LINES_ACROSS = 0.6
"""A page whose lines run this much more across than standing (``lines_direction``) holds
lines of text upright or upside down."""
FEW_WORDS = 5
"""A read with fewer flat, confident words than this, of a page whose lines run across,
lost the page's text rather than read it turned."""
LOCAL_READ_WELL = 0.4
"""Share of confident words from which a locally thresholded read is kept."""
LOCAL_THRESHOLD = "-c thresholding_method=2"
"""Tesseract's Sauvola thresholding, each pixel against its neighbourhood (its default
takes one threshold for the whole page)."""


def _local_threshold_read(original: np.ndarray, languages: str, dpi: int) -> Read | None:
    """The page read as it came with a local threshold, kept when it reads well.

    A blurred photo of a sparse page (a RIB's few lines at the top of a white sheet) makes
    tesseract's one threshold for the page fall in the blur around the letters: they merge
    into blots and nothing is read, either way up, so the page would be judged on which
    turn reads the fewest blots. Sauvola's threshold follows each letter's own contrast."""
    read = read_turned(original, 0, languages, dpi, LOCAL_THRESHOLD)
    words = read[3]
    # the blur still costs the small print its confidence: a looser share than
    # ``read_well``'s, but a page upside down reads almost no confident word at all
    if good_words(words) >= 2 * FEW_WORDS and read_well(words, LOCAL_READ_WELL):
        return read if chevrons(words) >= 0 else None
    return None


def upright_and_read(original: np.ndarray, languages: str, dpi: int) -> tuple[Read, str]:
    """Turn the page upright and read it, most often in one read.

    The page is read as scanned first, and kept when it reads upright (most pages do):
    no orientation detection is paid for them. Otherwise tesseract's OSD decides when it
    is sure; when it is not (on cards, stickers and sparse pages its confidence is low and
    its answer often wrong), the other orientations are tried, OSD's first, until one
    reads upright (a large page on a reduced copy, then read again; a small one at its
    size, the read kept); when none does, the one with most flat, confident words wins. A
    page read with its lines standing on end is turned the quarter turn its tall words'
    reading tells (:func:`quarter_turn`), read at full size, before OSD's. The script OSD
    sees comes with the read (a Cyrillic page is read again in its language); a page that
    reads upright in the first place is read in the right languages already (``""``)."""
    direction = lines_direction(original)
    if direction <= LINES_STAND and (standing := _quarter_turned(original, languages, dpi)):
        return standing
    first = read_turned(original, 0, languages, dpi)
    if readsupright(first[3]) and chevrons(first[3]) > -CHEVRONS_UPSIDE_DOWN:
        return first, ""
    if (
        direction >= LINES_ACROSS
        and good_words(first[3]) < FEW_WORDS
        and (local := _local_threshold_read(original, languages, dpi))
    ):
        return local, ""
    osd_rotation, osd_conf, script = ocr.detect_orientation(original)

    def turned(rotation: int) -> Read:
        return first if rotation == 0 else read_turned(original, rotation, languages, dpi)

    if osd_conf >= OSD_SURE:
        read = turned(osd_rotation)
        if chevrons(read[3]) <= -CHEVRONS_UPSIDE_DOWN:
            # an MRZ's fillers read as ">": OSD, sure of itself on a card's back that holds
            # little but its MRZ, turned it upside down
            other = turned((osd_rotation + 180) % 360)
            if chevrons(other[3]) > chevrons(read[3]):
                return other, script
        return read, script
    # an MRZ read upside down (">>>>"): the page is, whatever OSD says (on a photo of a
    # visa sticker it said "upright" half sure)
    upside_down = chevrons(first[3]) <= -CHEVRONS_UPSIDE_DOWN
    if osd_conf >= OSD_CONFIDENT and osd_rotation == 0 and not upside_down:
        return first, script
    turns = [osd_rotation] if osd_conf >= OSD_CONFIDENT and osd_rotation else [90, 180, 270]
    if upside_down and 180 not in turns:
        # whatever quarter turn OSD, half sure, asks for (a card's back: its MRZ read
        # ">>>>" as scanned, OSD saying 90 in "Greek"; set_cq p02)
        turns.append(180)
    turns.sort(key=lambda r: (r != 180 if upside_down else 0, r != osd_rotation))
    known = None
    if sideways(first[3]):
        # tesseract read the lines standing on end: a quarter turn, one way or the other;
        # which one, its reading of those lines says better than an unsure OSD
        known = quarter_turn(first[3])
        turns = (
            [known, 360 - known] if known else sorted((90, 270), key=lambda r: r != osd_rotation)
        )
    scale = PROBE_SIDE / max(original.shape[:2])
    small = None
    if scale < 1 / 1.5:
        small = cv2.resize(original, None, fx=scale, fy=scale, interpolation=cv2.INTER_AREA)
    scores = {0: good_words(first[3])}
    fillers = {0: chevrons(first[3])}
    reads: dict[int, Read] = {0: first}
    for turn in turns:
        if small is None or turn == known:  # a turn all but known is read at full size
            reads[turn] = read_turned(original, turn, languages, dpi)
            words = reads[turn][3]
        else:
            words = ocr.ocr_words(rotate_quadrant(small, turn), languages)
        scores[turn], fillers[turn] = good_words(words), chevrons(words)
        if readsupright(words):
            rotation = turn
            break
    else:  # no turn reads upright: the most flat, confident words (ties: an MRZ read the
        # right way up, then OSD's, then as scanned), never a turn that reads an MRZ's
        # fillers upside down (">>>>") for a stray word read flat there
        rotation = max(
            scores,
            key=lambda r: (
                fillers[r] > -CHEVRONS_UPSIDE_DOWN,
                scores[r],
                fillers[r],
                r == osd_rotation,
                r == 0,
            ),
        )
        if rotation == 0 and small is not None:
            rotation = _probed_turn_read_whole(original, languages, dpi, scores, fillers, reads)
    return reads.get(rotation) or read_turned(original, rotation, languages, dpi), script


def _probed_turn_read_whole(
    original: np.ndarray,
    languages: str,
    dpi: int,
    scores: dict[int, int],
    fillers: dict[int, int],
    reads: dict[int, Read],
) -> int:
    """The page as scanned kept over turns probed on a reduced copy: its score counts
    words read at full size, theirs on the copy, so a turn that reads about as well
    reduced is read whole and weighed alike (form_bk d027, a photo upside down: its full
    read made 11 confident words of the turned print, as many as the copy read the right
    way up). The turn wins when it reads more than the page as scanned."""
    probed = [r for r in scores if r and r not in reads and fillers[r] > -CHEVRONS_UPSIDE_DOWN]
    best = max(probed, key=lambda r: scores[r], default=None)
    if best is None or scores[best] < max(FEW_WORDS, scores[0] / 2):
        return 0
    reads[best] = read_turned(original, best, languages, dpi)
    return best if good_words(reads[best][3]) > scores[0] else 0


LINES_STAND = -0.6
"""A page whose lines run this much more standing on end than across (see
``vision.geometry.lines_direction``) is a quarter turn off: reading it as scanned first
would be a whole read lost."""


def _quarter_turned(original: np.ndarray, languages: str, dpi: int) -> tuple[Read, str] | None:
    """A page whose lines stand on end, read upright: OSD's quarter turn first (else 90),
    then the other, the first that reads upright kept; None when neither does (the page is
    then judged the usual way, these reads memoized)."""
    osd_rotation, _conf, script = ocr.detect_orientation(original)
    first = osd_rotation if osd_rotation in (90, 270) else 90
    for turn in (first, 360 - first):
        read = read_turned(original, turn, languages, dpi)
        if readsupright(read[3]) and chevrons(read[3]) > -CHEVRONS_UPSIDE_DOWN:
            return read, script
    return None


CHEVRONS_UPSIDE_DOWN = 8
"""More ">" than "<" by this much: an MRZ read upside down."""


def chevrons(words: Sequence[Word]) -> int:
    """An MRZ's fillers read the right way up ("<"), less those read upside down or
    mirrored (">"): on a card's back that holds little but its MRZ, the one sign of which
    way is up that survives a poor read (there, no word reads flat and confident)."""
    text = "".join(w.text for w in words)
    return min(30, text.count("<")) - min(30, text.count(">"))


SIDEWAYS_WORDS = 10


def sideways(words: Sequence[Word]) -> bool:
    """Were most words of three characters or more read standing on end (tall, narrow
    boxes), at least ``SIDEWAYS_WORDS`` of them? Tesseract reads a page turned a quarter
    turn that way; OSD, half sure, may then ask for the wrong quarter turn."""
    tall = flat = 0
    for w in words:
        if sum(c.isalnum() for c in w.text) >= 3:
            if w.box[3] - w.box[1] > w.box[2] - w.box[0]:
                tall += 1
            else:
                flat += 1
    return tall >= SIDEWAYS_WORDS and tall > 3 * flat


TALL_READ_WELL = 0.7
"""Share of the tall words read confidently above which (and of one minus which, below)
the words' own reading tells the quarter turn."""


def quarter_turn(words: Sequence[Word]) -> int | None:
    """The clockwise quarter turn (90 or 270) that makes upright a page tesseract read
    sideways, from how well it read the lines standing on end: it reads them by turning
    them one fixed way, so they come out confident when the page needs 270 and as
    garbage when it needs 90 (measured on forms, certificates, payslips, passports and
    visas turned both ways: 88-95 % of the tall words confident against 3-13 %). None when
    the share sits between."""
    tall = [
        w
        for w in words
        if sum(c.isalnum() for c in w.text) >= 3 and w.box[3] - w.box[1] > w.box[2] - w.box[0]
    ]
    if len(tall) < SIDEWAYS_WORDS:
        return None
    share = sum(1 for w in tall if w.conf >= GOOD_WORD_CONF) / len(tall)
    if share >= TALL_READ_WELL:
        return 270
    if share <= 1 - TALL_READ_WELL:
        return 90
    return None


def readsupright(words: Sequence[Word]) -> bool:
    """Most words of three characters or more are flat and confident."""
    return good_words(words) >= 20 and read_well(words)


def read_well(words: Sequence[Word], share: float = 0.6) -> bool:
    """Most words of three characters or more (``share`` of them) flat and confident (a
    page read in the languages it is written in)."""
    wordy = sum(1 for w in words if sum(c.isalnum() for c in w.text) >= 3)
    return wordy > 0 and good_words(words) >= share * wordy
