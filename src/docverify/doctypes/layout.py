"""Where text sits on a page: lines cut into column pieces, and pieces stacked in blocks.

OCR and PDF text layers give words with boxes, in lines that may run across side-by-side
columns. Readers of laid-out documents need the pieces of those lines (``Segment``: the
words up to a wide gap), which piece is under which (a block of lines on one edge: an
address, a label over its value), and a piece read together with the one under it ("Facture"
over "du 16/10/2026").
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from docverify.doctypes.base import fold_text
from docverify.labels import norm_tokens
from docverify.model import PageText, Word


@dataclass(frozen=True)
class Segment:
    """A piece of a line (cut where two words are far apart: side-by-side columns), with
    its box and the mean confidence of its words."""

    text: str
    folded: str
    page: int
    box: tuple[int, int, int, int]
    conf: float = 1.0

    @property
    def height(self) -> int:
        return max(1, self.box[3] - self.box[1])


def _segment(words: Sequence[Word], page: int) -> Segment:
    text = " ".join(w.text for w in words)
    box = (min(w.box[0] for w in words), min(w.box[1] for w in words),
           max(w.box[2] for w in words), max(w.box[3] for w in words))  # fmt: skip
    conf = min(1.0, sum(w.conf for w in words) / (100.0 * len(words)))
    return Segment(text, fold_text(text), page, box, round(conf, 3))


def positioned_segments(pages: Sequence[PageText], gap: float = 2.2) -> list[Segment]:
    """The pages' lines cut at column gaps (wider than ``gap`` word heights), with boxes."""
    out: list[Segment] = []
    for n, page in enumerate(pages):
        buf: list[Word] = []
        for w in page.words:
            if buf:
                last = buf[-1]
                height = max(1, w.box[3] - w.box[1])
                if w.line != last.line or w.box[0] - last.box[2] > gap * height:
                    out.append(_segment(buf, n))
                    buf = []
            buf.append(w)
        if buf:
            out.append(_segment(buf, n))
    return out


def _below(a: Segment, b: Segment) -> bool:
    """Is ``b`` the next line of ``a``'s block: just under it, on the same left edge?"""
    h = (a.height + b.height) / 2
    gap = b.box[1] - a.box[3]
    return (
        a.page == b.page and -0.4 * h <= gap <= LINE_GAP * h and abs(b.box[0] - a.box[0]) <= 1.2 * h
    )


LINE_GAP = 1.5
"""The widest gap between two lines of one block, in word heights: a block in capitals has
boxes as tall as its capitals only, and a screenshot spaces its lines generously (an
address in a banking app: 16 px between lines 11 px tall)."""


def stacks(segments: Sequence[Segment]) -> list[list[Segment]]:
    """Segments stacked line under line on one left edge."""
    order = sorted(segments, key=lambda s: (s.page, s.box[1], s.box[0]))
    out: list[list[Segment]] = []
    for s in order:
        fits = [b for b in out if _below(b[-1], s)]
        if fits:
            min(fits, key=lambda b: s.box[1] - b[-1].box[3]).append(s)
        else:
            out.append([s])
    return out


def with_line_below(segments: Sequence[Segment]) -> list[str]:
    """Each piece joined with the piece right under it when they share a left or a right
    edge: a heading and its value stacked in a corner ("Facture" / "du 16/10/2026")."""
    out: list[str] = []
    for a in segments:
        under = [b for b in segments if b is not a and _under(a, b)]
        if under:
            b = min(under, key=lambda s: s.box[1])
            out.append(f"{a.text} {b.text}")
    return out


def _under(a: Segment, b: Segment, reach: float = 2.0) -> bool:
    """Is ``b`` under ``a``, aligned on one of its edges, at most ``reach`` lines down?"""
    h = (a.height + b.height) / 2
    gap = b.box[1] - a.box[3]
    same_edge = abs(b.box[0] - a.box[0]) <= 1.2 * h or abs(b.box[2] - a.box[2]) <= 1.2 * h
    return a.page == b.page and -0.4 * h <= gap <= reach * h and same_edge


LONE_LABEL_REACH = 4.0
"""How far (in lines) under a label alone in its cell its value may stand: an app's
screen spaces a label and its value wider than paper does ("Nom", a blank, the name; Wise's
"Name", its "Copy" button's row, then the name, set_ay p02)."""


def lone_label_values(
    segments: Sequence[Segment], labels: Sequence[str], clean: Callable[[str], str | None]
) -> list[tuple[str, Segment]]:
    """Values of labels that stand alone in their cell ("Banque", "Client :"): the piece
    right of the label on its row, else the piece under it; ``clean`` refuses or tidies."""
    wanted = {" ".join(norm_tokens(x)) for x in labels}
    out: list[tuple[str, Segment]] = []
    for seg in segments:
        if " ".join(norm_tokens(seg.text)) not in wanted:
            continue
        _, y0, x1, y1 = seg.box
        h = seg.height
        row = [
            s for s in segments
            if s.page == seg.page and s.box[0] >= x1 and s.box[0] - x1 < 15 * h
            and min(y1, s.box[3]) - max(y0, s.box[1]) > 0.4 * h
        ]  # fmt: skip
        under = [s for s in segments if s is not seg and _under(seg, s, LONE_LABEL_REACH)]
        for place in (min(row, key=lambda s: s.box[0], default=None),
                      min(under, key=lambda s: s.box[1], default=None)):  # fmt: skip
            value = clean(place.text) if place is not None else None
            if value and place is not None:
                out.append((value, place))
                break
    return out
