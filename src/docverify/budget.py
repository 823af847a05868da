"""Time budgets: one for the whole audit, one per page for OCR.

A page whose OCR runs past its limit has its tesseract process stopped; a page not
started when the audit's budget is spent is not read. Either way the page becomes a
finding and the audit goes on with what it has.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable

from docverify import ocr
from docverify.cache import OcrCache
from docverify.model import Limits, Page, PageText
from docverify.text import read_page_parts, read_pages

NOT_READ = "not read: the audit's time budget"


class Budget:
    """The audit's deadline, on the monotonic clock."""

    def __init__(self, seconds: float, clock: Callable[[], float] = time.monotonic) -> None:
        self.seconds = seconds
        self.clock = clock
        self.deadline = clock() + seconds

    def remaining(self) -> float:
        return self.deadline - self.clock()

    def spent(self) -> bool:
        return self.remaining() <= 0

    @property
    def message(self) -> str:
        return f"{NOT_READ} ({self.seconds:.0f} s) was spent (raise it with --time-budget)"


def finding_code(error: str, what: str = "file") -> str:
    """The finding code for a file (``what="page"``: a page) that could not be read, from
    its error.

    >>> finding_code("not read: the audit's time budget (9 s) was spent", "page")
    'page.time_budget'
    >>> finding_code("not a readable PDF (...)")
    'file.unreadable'
    """
    if error.startswith(NOT_READ):
        return f"{what}.time_budget"
    if "OCR stopped after" in error:
        return f"{what}.ocr_timeout"
    return f"{what}.unreadable"


def read_pages_within(
    pages: Iterable[Page],
    languages: str,
    cache: OcrCache,
    limits: Limits,
    budget: Budget,
    workers: int | None = None,
    progress: Callable[[PageText], None] | None = None,
    started: Callable[[Page], None] | None = None,
) -> list[PageText]:
    """``text.read_pages`` under the time limits: each page's OCR shares
    ``limits.page_timeout`` seconds (and ends with the audit's budget); pages needing OCR
    that are reached once the budget is spent are returned unread, with their reason."""
    until = time.monotonic() + budget.remaining()

    def within(page: Page, languages: str, cache: OcrCache) -> list[PageText]:
        if not page.text_layer and budget.spent():
            return [PageText(page.ref, page.image, page.dpi, (), "none", error=budget.message)]
        with ocr.page_deadline(limits.page_timeout, until):
            return read_page_parts(page, languages, cache)

    return read_pages(pages, languages, cache, workers, progress, within, started)
