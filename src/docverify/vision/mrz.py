"""Find and read the machine-readable zone of a page, the way a border officer would:
whatever the page's orientation, skew, background or scan quality.

The reader escalates from cheap to expensive and stops at the first read whose every
check digit verifies:

1. The page's own OCR text often holds the MRZ lines already.
2. The band under the OCR words made of MRZ characters, re-read alone with tesseract
   restricted to the MRZ alphabet and its dictionaries off.
3. Band candidates found by morphology (blackhat + closing, the classic locator, in
   ``vision.mrz_band``) as *rotated* rectangles, in the page as it is and turned a
   quarter: a band is cut out straight (small skew, mild perspective), read upright and
   upside down, as grey, Otsu and adaptive-threshold variants (JPEG blocks, glare, uneven
   light); when none verifies, once more with its glyphs re-set at an even pitch (a
   font set wide, whose glyphs tesseract splits).
4. passporteye's own locator as a last resort; its region is re-read with the variants
   of step 3 and its raw text is parsed by our own parser.

Every read goes through :class:`docverify.values.mrz.Mrz`, which repairs OCR confusions
only when check digits confirm them (a wrong digit is never guessed into a valid one).
Among reads, a valid one wins, then the one with most checks passing, fewest repairs,
and the one other reads agree with most.
"""

from __future__ import annotations

import base64
import dataclasses
import datetime as dt
import io
import logging
import re
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import Any

import cv2
import numpy as np
from PIL import Image

from docverify import ocr
from docverify.model import PageText
from docverify.values.errors import ValueParseError
from docverify.values.mrz import Mrz
from docverify.vision.geometry import rotate_quadrant
from docverify.vision.mrz_band import (
    band_from_words,
    band_variants,
    crop_box,
    cut_band,
    even_pitch,
    filler_score,
    hand_read_band,
    locate_bands,
    ocr_band,
    prepare_band,
    to_glyph_counts,
)
from docverify.vision.mrz_names import names_polluted, read_key, vote_names

log = logging.getLogger(__name__)

Box = tuple[int, int, int, int]


@dataclass(frozen=True)
class MrzRead:
    mrz: Mrz
    box: tuple[int, int, int, int] | None
    method: str  # "page_text" | "band_words" | "band_locator" | "passporteye"
    votes: int = 1
    share: float = 1.0
    """The share of this document's reads that read these fields the same way."""
    numbers: tuple[str, ...] = ()
    """The document number as every read of this MRZ gave it, valid or not: where check
    digits cannot tell look-alikes apart, which way the reads lean."""

    @property
    def reproducible(self) -> bool:
        """Read the same way by most attempts, not just by two of many: a failing check
        digit on such a read is the document's, not OCR's (two passes of one engine over
        one blurred band may repeat the same slip while every other read differs)."""
        return self.votes >= 2 and self.share >= 0.5

    @property
    def failure_confirmed(self) -> bool:
        """Is a failing check digit the document's? The read must be reproducible and
        every failing check digit read as a digit (a letter or a ``<`` there is a slip)."""
        return self.reproducible and not self.mrz.misread_checks

    @property
    def score(self) -> tuple[int, int, int, int]:
        return (
            int(self.mrz.valid),
            sum(self.mrz.checks.values()),
            -len(self.mrz.repairs),
            self.votes,
        )


_NAMES_LINE = re.compile(r"^[PVIAC][A-Z0-9<]{4}[A-Z<]*?<<")
_TRAILING_RUN = re.compile(r"<[<KCLEXS£€]*$")


def _width(line: str) -> int | None:
    return next((w for w in (44, 36, 30) if abs(len(line) - w) <= 3), None)


def restore_filler_runs(text: str) -> str:
    """Give a names line its full width back when OCR shortened its trailing ``<`` run.

    Tesseract collapses long runs of ``<`` (``ROSE<<<<<<<<K<`` for 20 fillers), which
    leaves a names line too short to pair with its data line. Names carry no check
    digit and nothing but fillers may follow them, so the run is rebuilt to the data
    line's width (the line below for TD3/TD2/MRV, the lines above for TD1).

    >>> restore_filler_runs("VDFRACARTER<<EMILY<ROSE<<<<<<K<\\n"
    ...                     "0314567891USA9004171F2704302<<<<<<<<<<<<<<<<").splitlines()[0]
    'VDFRACARTER<<EMILY<ROSE<<<<<<<<<<<<<<<<<<<<<'
    """
    lines = [line.replace("«", "<").replace(" ", "") for line in text.splitlines()]
    out = list(lines)
    for i, line in enumerate(lines):
        if "<<" not in line or len(line) < 10:
            continue
        width = None
        nxt = lines[i + 1] if i + 1 < len(lines) else ""
        if _NAMES_LINE.match(line) and _width(nxt) in (44, 36):
            width = _width(nxt)
        elif i >= 2 and _width(lines[i - 1]) == 30 and _width(lines[i - 2]) == 30:
            width = 30
        if width is None or len(line) == width:
            continue
        m = _TRAILING_RUN.search(line)
        body = line[: m.start()] if m else line
        if m and len(body) < width:
            out[i] = body.ljust(width, "<")
    return "\n".join(out)


def _parse_groups(text: str, as_of: dt.date) -> Iterator[Mrz]:
    text = restore_filler_runs(text.replace("«", "<"))
    for group in Mrz.candidates_from_text(text.replace(" ", "")):
        try:
            yield Mrz.parse(group, as_of)
        except ValueParseError:
            continue


# --------------------------------------------------------------------------- reading a band


def _sound(read: MrzRead) -> bool:
    """Every check digit verifies and the header names a document and a state: a read to
    rely on (check digits alone can add up on a misread, ``Mrz.header_known``)."""
    return read.mrz.valid and read.mrz.header_known


class _Collector:
    """Reads gathered from every attempt; knows when to stop."""

    def __init__(self, as_of: dt.date, prefer: tuple[str, ...] = ()) -> None:
        self.as_of = as_of
        self.prefer = prefer
        self.reads: list[MrzRead] = []

    def wanted(self, read: MrzRead) -> bool:
        """Is this the kind of document sought? A page may hold two MRZs (a passport's
        data page and the visa opposite it): each document takes its own."""
        return not self.prefer or (read.mrz.document_code + "<").startswith(self.prefer)

    def add_text(self, text: str, box: Box | None, method: str) -> bool:
        return self.add_reads(_parse_groups(text, self.as_of), box, method)

    def add_reads(self, mrzs: Iterable[Mrz], box: Box | None, method: str) -> bool:
        self.reads.extend(MrzRead(m, box, method) for m in mrzs)
        return self.done

    def taken(self, box: Box) -> bool:
        """Does this box mostly cover an MRZ already read that is not the one sought (the
        passport's own band, when the visa facing it is sought)?"""
        return any(
            r.box is not None and not self.wanted(r) and _sound(r) and _same_band(r.box, box)
            for r in self.reads
        )

    def seeking_another(self) -> bool:
        """Is a second document sought on a page whose own MRZ is read (the passport facing
        a visa sticker)? Its band, if there, shows fillers at first sight."""
        return bool(self.prefer) and any(_sound(r) and not self.wanted(r) for r in self.reads)

    def elsewhere(self, since: int) -> bool:
        """Did the reads from ``since`` on settle a document that is not the one sought
        (two agreeing, valid reads of it)? Their band is that document's: reading more
        variants of it cannot find the one sought."""
        votes = Counter(
            read_key(r.mrz)
            for r in self.reads[since:]
            if r.mrz.valid and _sound(r) and not self.wanted(r)
        )
        return any(n >= 2 for n in votes.values())

    @property
    def done(self) -> bool:
        """A valid read that a second, independent read agrees with, clean names.

        One read is not enough: two OCR slips can cancel out in a check digit (``D`` read
        as ``0`` and ``8`` as ``B`` at positions of equal weight keep the sum mod 10), so a
        valid read is only trusted early when another attempt read the same fields.
        """
        votes = Counter(read_key(r.mrz) for r in self.reads if r.mrz.valid)
        return any(
            _sound(r)
            and self.wanted(r)
            and not names_polluted(r.mrz)
            and votes[read_key(r.mrz)] >= 2
            for r in self.reads
        )

    def best(self) -> MrzRead | None:
        if not self.reads:
            return None
        # reads that differ only by look-alikes of one weight (G/6) vote together: their
        # check digits pass or fail alike
        votes = Counter(_weighed(read_key(r.mrz)) for r in self.reads)
        ranked = [
            MrzRead(r.mrz, r.box, r.method, votes[_weighed(read_key(r.mrz))]) for r in self.reads
        ]

        # names carry no check digit: of reads alike in all else, the names most reads
        # give ("KOVALENKO<<OLENA" twice, "KOVALENKO<<OOOLENA" once: set_cr p03)
        names = Counter(r.mrz.names_field for r in self.reads)

        def key(r: MrzRead) -> tuple[int, ...]:
            valid, checks, repairs, n = r.score
            return (
                int(self.wanted(r)),
                _sound(r),
                valid,
                n >= 2,
                checks,
                int(not names_polluted(r.mrz)),
                n,
                names[r.mrz.names_field],
                repairs,
            )

        winner = max(ranked, key=key)
        mine = [r.mrz for r in self.reads if self.wanted(r)] or [r.mrz for r in self.reads]
        numbers = tuple(r.mrz.document_number for r in self.reads if r.mrz.kind == winner.mrz.kind)
        winner = dataclasses.replace(winner, share=_agreement(winner.mrz, mine), numbers=numbers)
        return vote_names(winner, self.reads, self.as_of)


def _failing_fields(m: Mrz, check: str) -> tuple[object, ...]:
    """The characters a failing check digit rests on (the composite: the fields it spans
    that carry their own check; optional data is where misread fillers gather)."""
    return {
        "document_number": (m.document_number,),
        "date_of_birth": (m.date_of_birth_raw,),
        "expiry_date": (m.expiry_date_raw,),
        "optional_data": (m.optional_data,),
        "composite": (m.document_number, m.date_of_birth_raw, m.expiry_date_raw),
    }.get(check, ())


_SAME_WEIGHT = str.maketrans("G", "6")
"""Look-alikes that weigh the same in every check digit (G is 16, 6 is 6): reads that
differ only there fail or pass a check together."""


def _weighed(fields: tuple[object, ...]) -> tuple[object, ...]:
    return tuple(f.translate(_SAME_WEIGHT) if isinstance(f, str) else f for f in fields)


def _agreement(m: Mrz, reads: Sequence[Mrz]) -> float:
    """The share of ``reads`` that read every field a failing check of ``m`` rests on the
    same way (give or take a look-alike of the same weight: "G28391745" and "628391745"
    fail one check digit alike) and fail it too (1.0 for a valid read: nothing to
    reproduce)."""
    failed = [c for c, ok in m.checks.items() if not ok]
    if not failed or not reads:
        return 1.0
    same = sum(
        1
        for r in reads
        if r.kind == m.kind
        and all(
            r.checks.get(c) is False
            and _weighed(_failing_fields(r, c)) == _weighed(_failing_fields(m, c))
            for c in failed
        )
    )
    return same / len(reads)


def _overlap(a: Box, b: Box) -> float:
    """Intersection over union of two boxes (a loose box around words of two documents
    does not stand for either band)."""
    w = min(a[2], b[2]) - max(a[0], b[0])
    h = min(a[3], b[3]) - max(a[1], b[1])
    if w <= 0 or h <= 0:
        return 0.0
    union = (a[2] - a[0]) * (a[3] - a[1]) + (b[2] - b[0]) * (b[3] - b[1]) - w * h
    return w * h / max(1, union)


_FILLER_RUN = re.compile(r"<[<KCE«]|[KCE«]<|([KCE«])\1\1")


def _fillers_seen(text: str) -> bool:
    """Does a band's read show an MRZ's fillers: two in a row, as "<" or as the letters
    tesseract reads them as ("K<", "KKK")? (Printed lines read upside down may show a lone
    "<".)

    >>> _fillers_seen("NOMBREDENTREESNUMBEROFENTRIESMULT"), _fillers_seen("ERIKSSON<<ANNA")
    (False, True)
    >>> _fillers_seen("NO37 NOLONIHSYM<NG3NV34A")
    False
    >>> _fillers_seen("L898902C36UTO7408122F1204159ZE184226BKKKKK10")
    True
    """
    return bool(_FILLER_RUN.search(text))


def _same_band(known: Box, box: Box) -> bool:
    """Does ``box`` stand for the band ``known``: mostly the same (intersection over union),
    or cut a little off it (the locator's box taking in the printed line above and half
    the band: a third of its height, most of its width) without being a loose box around
    more than one band (taller than one and a half bands)?"""
    if _overlap(known, box) > 0.5:
        return True
    w = min(known[2], box[2]) - max(known[0], box[0])
    h = min(known[3], box[3]) - max(known[1], box[1])
    height, width = known[3] - known[1], known[2] - known[0]
    return w >= 0.6 * width and h >= 0.34 * height and box[3] - box[1] <= 1.5 * height


def _read_crop(crop: np.ndarray, box: Box | None, method: str, got: _Collector) -> bool:
    """Read one band: choose upright or upside down on the first variant, then go on."""
    if crop.size == 0 or min(crop.shape[:2]) < 8:
        return False
    prepared = prepare_band(crop)
    before = len(got.reads)
    first = next(band_variants(prepared))
    upright = ocr_band(first)
    if got.add_text(upright, box, method):
        return True
    fillers = upright.count("<")
    flipped = cv2.rotate(prepared, cv2.ROTATE_180)
    if filler_score(upright) < 20:
        text = ocr_band(next(band_variants(flipped)))
        if got.add_text(text, box, method):
            return True
        if filler_score(text) > filler_score(upright):
            prepared, fillers = flipped, text.count("<")
        if got.seeking_another() and not (_fillers_seen(upright) or _fillers_seen(text)):
            return False  # printed lines, read both ways up: not the facing document's MRZ
    # PP-OCR's read, line by line, then tesseract's of the other looks
    if fillers and got.add_text(hand_read_band(prepared), box, method):
        return True
    for variant in list(band_variants(prepared))[1:]:
        text = ocr_band(variant)
        if got.add_text(text, box, method):
            return True
        if got.elsewhere(before):  # the band holds another document's MRZ, read twice
            return False
        fillers = max(fillers, text.count("<"))
    if any(r.mrz.valid for r in got.reads[before:]) or fillers < EVEN_PITCH_FILLERS:
        return False
    # fillers seen, yet no variant verifies: perhaps a font set wide, its glyphs split.
    # Its glyphs are re-set at an even pitch, and that read is kept if it verifies or if
    # nothing else parsed (a faulty document's reads are not muddled by it)
    even = even_pitch(prepared)
    if even is None:
        return False
    reads = list(_parse_groups(to_glyph_counts(ocr_band(even[0]), even[1]), got.as_of))
    keep = not got.reads or any(m.valid for m in reads)
    return keep and got.add_reads(reads, box, method)


EVEN_PITCH_FILLERS = 8
"""Fillers a band's reads must show before its glyphs are re-set at an even pitch."""


def _locator_pass(image: np.ndarray, got: _Collector, quadrants: Iterable[int]) -> bool:
    for quadrant in quadrants:
        turned = rotate_quadrant(image, quadrant)
        for band in locate_bands(turned):
            if quadrant == 0 and got.taken(band.box):
                continue
            if _read_crop(cut_band(turned, band), band.box if quadrant == 0 else None,
                          "band_locator", got):  # fmt: skip
                return True
    return False


def _passporteye_pass(image: np.ndarray, got: _Collector) -> bool:
    try:
        from passporteye import read_mrz as pe_read_mrz
    except ImportError:  # optional helper
        return False

    def run() -> dict[str, Any]:
        buf = io.BytesIO()
        Image.fromarray(image).save(buf, "PNG")
        buf.seek(0)
        try:
            result = pe_read_mrz(buf, save_roi=True)
        except Exception as exc:  # passporteye raises on odd images
            log.debug("passporteye failed: %s", exc)
            return {"found": False}
        if result is None:
            return {"found": False}
        out: dict[str, Any] = {"found": True, "text": str(result.aux.get("text", ""))}
        roi = result.aux.get("roi")
        if roi is not None:
            roi8 = np.asarray(roi, dtype=np.float64)
            if roi8.max() <= 1.0:
                roi8 = roi8 * 255
            png = io.BytesIO()
            Image.fromarray(roi8.clip(0, 255).astype(np.uint8)).save(png, "PNG")
            out["roi_png"] = base64.b64encode(png.getvalue()).decode("ascii")
        return out

    # cached with the audit's OCR calls: passporteye runs tesseract itself
    seen = ocr.memoize(image, ("passporteye", "v1"), run)
    if not seen.get("found"):
        return False
    if got.add_text(seen["text"], None, "passporteye"):
        return True
    if "roi_png" not in seen:
        return False
    roi_img = Image.open(io.BytesIO(base64.b64decode(seen["roi_png"])))
    return _read_crop(np.asarray(roi_img.convert("L")), None, "passporteye", got)


def _grey(image: np.ndarray) -> np.ndarray:
    if image.ndim == 3:
        return cv2.cvtColor(
            image, cv2.COLOR_RGB2GRAY if image.shape[2] == 3 else cv2.COLOR_RGBA2GRAY
        )
    return image


def read_mrz_image(
    image: np.ndarray, as_of: dt.date, *, use_passporteye: bool = True
) -> MrzRead | None:
    """The best MRZ read anywhere in an image of unknown orientation, or None."""
    ocr.tesseract_version()
    grey = _grey(image)
    got = _Collector(as_of)
    if not _locator_pass(grey, got, (0, 90)) and use_passporteye:
        _passporteye_pass(grey, got)
    return got.best()


def read_mrz(
    page: PageText, as_of: dt.date, prefer: tuple[str, ...] = (), *, use_passporteye: bool = True
) -> MrzRead | None:
    """The best MRZ read on a page, or None when no MRZ could be read at all.

    The page is already upright (text stage), so its own text and the band under MRZ-like
    words come first; the full locator (any orientation) and passporteye only run when
    those give no clean, fully valid read (passporteye: unless ``use_passporteye`` is off).
    """
    got = _Collector(as_of, prefer)
    got.add_text(page.text, None, "page_text")
    if got.done or page.image is None:
        return got.best()
    grey = _grey(page.image)
    band = band_from_words(page)
    mine = [r for r in got.reads if _sound(r) and not got.wanted(r)]
    if band and mine:  # the words' band holds the page's own document, read already
        got.reads = [dataclasses.replace(r, box=band) if r in mine else r for r in got.reads]
    elif band and _read_crop(crop_box(grey, band), band, "band_words", got):
        return got.best()
    if not _locator_pass(grey, got, (0, 90)) and use_passporteye:
        _passporteye_pass(grey, got)
    return got.best()
