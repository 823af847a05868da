"""Section C's date settled among its readings: the page's own and the zone's, read
alone in several ways (``date_zone``). Which one stands (``settle_date``), whether it was
read the same way twice, so that a verdict may fault it (``read_twice``), and the month
"1" a hand's "11" lost a stroke of (``lost_stroke``)."""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from collections.abc import Sequence

from .date_text import DateRead, plausible, slipped_read

_TWO_DIGIT_MONTH = re.compile(r"\s*\d{1,2}\s?[/.\-]\s?\d\d\s?[/.\-]")
_ONE_FOR_ELEVEN = re.compile(r"(\d\d)([/.\-])1\2((?:19|20)\d\d)")


def lost_stroke(read: DateRead) -> tuple[dt.date, str, bool] | None:
    """The reading of a handwritten date whose month "11" lost a stroke: "06/1/2026" after a
    two-digit day (who writes the day with two digits writes the month so too).

    >>> lost_stroke((dt.date(2026, 1, 6), "06/1/2026", False))
    (datetime.date(2026, 11, 6), '06/1/2026', False)
    >>> lost_stroke((dt.date(2026, 1, 6), "06/01/2026", False)) is None
    True
    """
    m = _ONE_FOR_ELEVEN.fullmatch(read[1] or "")
    if m is None:
        return None
    try:
        return dt.date(int(m[3]), 11, int(m[1])), m[0], False
    except ValueError:
        return None


OUTVOTED = 3
"""A plausible date read this many times less often than another is not preferred to it."""
MONTH_FIRST_MOST = 2
"""A zone read month first this many times as often as it is read as a date, none recent,
is a date written month first."""

_FULL_YEAR = re.compile(r"(?:19|20)\d\d\W*$")


def settle_date(first: DateRead, zone: Sequence[DateRead], as_of: dt.date) -> DateRead:
    """Section C's date from the page's reading and the zone's readings: the page's when the
    zone agrees or when it is plausible; else the zone's reading most of them agree on, a
    plausible one first (an unclear "11" read "01" makes a recent form look ten months old;
    a date that is really in the future or really old is read that way every time). A
    month "1" after a two-digit day that makes the date recent as "11" is taken so
    (``lost_stroke``; the rule says which reading it rests on).

    >>> oct6 = (dt.date(2026, 10, 6), "06/10/2026", False)
    >>> settle_date((None, "06/19/2026", True), [oct6, oct6], dt.date(2026, 10, 14))
    (datetime.date(2026, 10, 6), '06/10/2026', False)
    >>> settle_date((None, "06/19/2026", True), [oct6], dt.date(2026, 10, 14))
    (None, '06/19/2026', True)
    >>> settle_date((None, None, False), [(None, "11/69/2026", False)], dt.date(2026, 11, 27))
    (None, '11/69/2026', False)

    The page's plausible read outvoted by two of the zone's on another plausible date:

    >>> nov10 = (dt.date(2026, 11, 10), "10/11/2026", False)
    >>> settle_date((dt.date(2026, 1, 10), "10/1/26", False), [nov10, nov10], dt.date(2026, 11, 20))
    (datetime.date(2026, 11, 10), '10/11/2026', False)

    A US-style date read twice, once with its year lost (form_aq d009): the whole one.

    >>> us = [(None, "10/31/10", True), (None, "10/31/2026", True)]
    >>> settle_date((None, "10/3/1017", False), us, dt.date(2026, 11, 16))
    (None, '10/31/2026', True)
    >>> read_twice((None, "10/3/1017", False), us, (None, "10/31/2026", True))
    True

    Read month first more often whole than with a stroke of its 11 lost (form_bj d010):

    >>> nov29, jan29 = (None, "11/29/2026", True), (None, "1/29/2026", True)
    >>> settle_date((None, None, False), [jan29, nov29, nov29], dt.date(2026, 12, 3))
    (None, '11/29/2026', True)

    Two of the zone's reads agreeing on a recent date written whole come before a month
    "1" taken as 11:

    >>> nov9 = (dt.date(2026, 11, 9), "09/11/2026", False)
    >>> jan4, jan9 = (dt.date(2026, 1, 4), "04/1/2026", False), (dt.date(2026, 1, 9), "09/1/2026", False)
    >>> settle_date(jan4, [jan9, nov9, nov9], dt.date(2026, 11, 20))
    (datetime.date(2026, 11, 9), '09/11/2026', False)

    Not when another date, not plausible, is read three times as often or more: a form
    dated in the future read so by most reads stands, its verdict with it.

    >>> dec24, oct24 = (dt.date(2026, 12, 24), "24/12/2026", False), (dt.date(2026, 10, 24), "24/10/2026", False)
    >>> settle_date(dec24, [dec24] * 6 + [oct24] * 2, dt.date(2026, 11, 29))
    (datetime.date(2026, 12, 24), '24/12/2026', False)
    >>> settle_date(dec24, [dec24] * 3 + [oct24] * 2, dt.date(2026, 11, 29))
    (datetime.date(2026, 10, 24), '24/10/2026', False)

    Read month first five times, as an old date twice (its 18's 1 lost): month first.

    >>> nov18, aug11 = (None, "11/18/2026", True), (dt.date(2026, 8, 11), "11/8/2026", False)
    >>> settle_date((None, "11A8/2026", False), [nov18] * 5 + [aug11] * 2, dt.date(2026, 11, 24))
    (None, '11/18/2026', True)
    >>> settle_date((None, "11A8/2026", False), [nov18] * 3 + [aug11] * 2, dt.date(2026, 11, 24))
    (datetime.date(2026, 8, 11), '11/8/2026', False)

    A month "1" taken as 11, and one read of the zone that sees the 11 whole: that read.

    >>> settle_date(jan9, [jan9, nov9], dt.date(2026, 11, 20))
    (datetime.date(2026, 11, 9), '09/11/2026', False)
    >>> settle_date(jan9, [jan9], dt.date(2026, 11, 20))
    (datetime.date(2026, 11, 9), '09/1/2026', False)
    """
    value = first[0]
    if first[2] and not any(z[2] for z in zone):
        # a US-style read of the page ("06/19/2026") that no read of the zone repeats,
        # two of which agree on a day-first date (06/10/2026): a 0 read as a 9
        agreed = Counter(z[0] for z in zone if z[0] is not None).most_common(1)
        if agreed and agreed[0][1] >= 2:
            return next(z for z in zone if z[0] == agreed[0][0])
    if value is not None and not first[2] and plausible(value, as_of):
        # the page's read is one read: two of the zone's that agree on another plausible
        # date, none on the page's, outvote it (a hand's "10/11/2026" read "10/1/26" on the
        # page, set_bh p01)
        agreed = Counter(z[0] for z in zone if z[0] is not None and not z[2]).most_common(1)
        if agreed and agreed[0][1] >= 2 and value not in {z[0] for z in zone}:
            other = agreed[0][0]
            if plausible(other, as_of):
                return next(z for z in zone if z[0] == other)
    if first[2]:
        # month first on the page: the zone's reading of it most often given, the page's
        # counting as one ("1/14/2026" on the page, "11/14/2026" three times in the zone,
        # a stroke of the 11 lost: form_bk d023)
        return _most_read_us(first, zone)
    if value is not None and plausible(value, as_of):
        return first
    if value is None and (slipped := slipped_read(first[1], as_of)):
        first = slipped
        return first
    written = Counter(z[0] for z in zone if z[0] is not None and _TWO_DIGIT_MONTH.match(z[1] or ""))
    # two reads of the zone that agree on a recent date written whole are no guess: they
    # come before a month "1" taken as 11 (form_an d001: "09/11/2026" read so four times,
    # the page's "04/1/2026" a 9 and a 1 misread)
    whole = [d for d, n in written.most_common() if n >= 2 and plausible(d, as_of)]
    if written and whole and written.most_common(1)[0][1] >= OUTVOTED * written[whole[0]]:
        # unless another date is read far more often: a form dated in the future read so
        # eight times, two faint reads "24/10/2086" of its "24/12/2026" (form_bi d059)
        whole = [written.most_common(1)[0][0]]
    if whole:
        return next(z for z in zone if z[0] == whole[0] and _TWO_DIGIT_MONTH.match(z[1] or ""))
    eleven = [a for r in (first, *zone) if (a := lost_stroke(r)) and plausible(a[0], as_of)]
    # not when reads of the zone agree on the month written with two digits, another one
    # (a "03/12/2026" read "03/1/2026" once and "03/12/2026" three times: a form dated in
    # the future is not made recent by the one read that lost a digit)
    if eleven and not any(n >= 2 and d.month != 11 for d, n in written.items()):
        # one read of the zone that sees both strokes of that 11 makes it no guess (a 1's
        # long flag that meets the slash is lost in every read but one: set_bq p01)
        seen = (z for z in zone if z[0] == eleven[0][0] and _TWO_DIGIT_MONTH.match(z[1] or ""))
        return next(seen, eleven[0])
    if value is not None and (whole_eleven := _eleven_read_whole(first, zone)):
        return whole_eleven
    if value is not None and (not zone or any(z[0] == value for z in zone)):
        return first
    # the page's own read counts as one read among the zone's (a typed date the zone
    # reads with its box's side glued to it, "b9/12/2026", is still the page's 29/12)
    dates = Counter(z[0] for z in (first, *zone) if z[0] is not None)
    us = sum(z[2] for z in zone)
    if (
        us
        and us >= MONTH_FIRST_MOST * dates.total()
        and not any(plausible(d, as_of) for d in dates)
    ):
        # read month first far more often than as any date, none of them recent: the hand
        # wrote it month first ("11/18/2026" read so five times, "11/8/2026" twice, its 1
        # lost: no form signed in August, form_bw d010)
        return _most_read_us(None, zone)
    if dates:
        best = max(dates, key=lambda d: (plausible(d, as_of), dates[d]))
        return best, next(z[1] for z in (first, *zone) if z[0] == best), False
    # a US-style date read with its whole year ("10/31/2026") before one that lost it, the
    # one read most often first ("11/29/2026" seven times before "1/29/2026" three times,
    # a stroke of its 11 lost: form_bj d010)
    if any(z[2] for z in zone):
        return _most_read_us(None, zone)
    # nothing read as a date: what the zone's read says, when the page's says nothing
    return first if first[1] else next((z for z in zone if z[1]), first)


def _eleven_read_whole(first: DateRead, zone: Sequence[DateRead]) -> DateRead | None:
    """The page's month "1" after a two-digit day, that the zone reads "11" with both its
    strokes as often as it reads the "1", page included: a stroke lost is likelier than
    one added, whether or not the date is recent (a form dated in the future, "27/11/2026"
    read "27/1/2026" on the page, form_bw d004).

    >>> nov27, jan27 = (dt.date(2026, 11, 27), "27/11/2026", False), (dt.date(2026, 1, 27), "27/1/2026", False)
    >>> _eleven_read_whole(jan27, [nov27] * 6 + [jan27] * 5)
    (datetime.date(2026, 11, 27), '27/11/2026', False)
    >>> _eleven_read_whole(jan27, [nov27] * 5 + [jan27] * 5) is None
    True
    """
    eleven = lost_stroke(first)
    if eleven is None:
        return None
    whole = [z for z in zone if z[0] == eleven[0] and _TWO_DIGIT_MONTH.match(z[1] or "")]
    lost = 1 + sum(z[0] == first[0] for z in zone)
    return whole[0] if whole and len(whole) >= lost else None


def _most_read_us(first: DateRead | None, zone: Sequence[DateRead]) -> DateRead:
    """Of the month-first readings (the page's ``first`` and the zone's), the one read
    most often, a whole year before a lost one; the page's on a tie.

    >>> page, nov14 = (None, "1/14/2026", True), (None, "11/14/2026", True)
    >>> _most_read_us(page, [page, nov14, nov14, nov14])
    (None, '11/14/2026', True)
    >>> _most_read_us(page, [nov14])
    (None, '1/14/2026', True)
    """
    us = [r for r in (*([first] if first else []), *zone) if r[2]]
    return min(
        us,
        key=lambda r: (not _FULL_YEAR.search(r[1] or ""), -sum(_same_read(u, r) for u in us)),
    )


def read_twice(first: DateRead, zone: Sequence[DateRead], settled: DateRead) -> bool:
    """Is the settled date a reliable read, one a verdict may fault: read the same way by
    the page and the zone, or twice in the zone, and never otherwise.

    >>> us = (None, "06/19/2026", True)
    >>> read_twice((None, None, False), [us, us], us)
    True
    >>> read_twice((None, None, False), [(dt.date(2026, 10, 6), "06/10/2026", False), us, us], us)
    False

    Two dates read month first are one read only if they are the same date (set_bg p01:
    "08/14/4044" and "08/19/2024", read from one faint "09/11/2026"):

    >>> read_twice((None, None, False), [(None, "08/14/4044", True), us], us)
    False

    Read the same way three times as often as otherwise, it is reliable:

    >>> dec24, oct24 = (dt.date(2026, 12, 24), "24/12/2026", False), (dt.date(2026, 10, 24), "24/10/2026", False)
    >>> read_twice(dec24, [dec24] * 6 + [oct24] * 2, dec24), read_twice(dec24, [dec24] * 5 + [oct24] * 2, dec24)
    (True, False)

    A read whose month "11" lost a stroke agrees with the 11:

    >>> nov28, jan28 = (dt.date(2026, 11, 28), "28/11/2026", False), (dt.date(2026, 1, 28), "28/1/2026", False)
    >>> read_twice((None, None, False), [nov28, jan28, nov28], nov28)
    True
    >>> read_twice((None, None, False), [nov28, (dt.date(2026, 1, 28), "28/01/2026", False)], nov28)
    False
    """
    if settled[2] and _us_every_time(first, zone, settled):
        return True
    # a read whose month "11" lost a stroke ("28/1/2026") is the same read of an 11
    # (form_cc d007: "28/11/2026" three times, "28/1/2026" twice)
    same = [_same_read(z, settled) or _same_read(lost_stroke(z) or z, settled) for z in zone]
    if not (settled[0] is not None or settled[2]):
        return False
    # another reading makes it doubtful, unless it is outvoted (form_bi d059: "24/12/2026"
    # read so eight times, as "24/10/2086" by two faint reads)
    if not all(same) and sum(same) < OUTVOTED * (len(same) - sum(same)):
        return False
    return sum(same) >= (1 if _same_read(first, settled) else 2)


def _us_every_time(first: DateRead, zone: Sequence[DateRead], settled: DateRead) -> bool:
    """A date read month first on the page and in the zone, where every other reading of
    the zone that is a date at all is month first too (form_av d007: "10/23/2026" twice,
    "1/23/2026" twice, a 0 lost, "92/75/2626" no date): whatever its month, the form was
    dated month first, read so every time.

    >>> us, lost = (None, "10/23/2026", True), (None, "1/23/2026", True)
    >>> _us_every_time(us, [us, lost, (None, "92/75/2626", False)], us)
    True
    >>> _us_every_time(us, [us, (dt.date(2026, 10, 6), "06/10/2026", False)], us)
    False

    The page's read lost the date; the zone read it month first twice, and once with a
    stroke of its month lost:

    >>> nov29, jan29 = (None, "11/29/2026", True), (None, "1/29/2026", True)
    >>> _us_every_time((None, None, False), [nov29, jan29, nov29], nov29)
    True
    >>> _us_every_time((None, None, False), [nov29, jan29], nov29)
    False
    """
    dated = [z for z in zone if z[0] is not None or z[2]]
    again = sum(_same_read(z, settled) for z in dated)
    if _same_read(first, settled):
        enough = again >= 1
    else:  # the page read no date at all: two of the zone's reads (form_bj d010)
        enough = first[0] is None and not first[2] and again >= 2
    return enough and all(z[2] for z in dated)


def _same_read(a: DateRead, b: DateRead) -> bool:
    """One date read twice: the same value; or, read month first (no value), the same
    month and day, and the same year unless one read lost it ("10/31/10", "10/31/2026")."""
    if (a[0], a[2]) != (b[0], b[2]):
        return False
    if not a[2]:
        return True
    pa, pb = (re.findall(r"\d+", r[1] or "") for r in (a, b))
    if len(pa) < 3 or len(pb) < 3 or [int(x) for x in pa[:2]] != [int(x) for x in pb[:2]]:
        return False
    return pa[2] == pb[2] or len(pa[2]) != 4 or len(pb[2]) != 4


def after_in_every_read(first: DateRead, zone: Sequence[DateRead], as_of: dt.date) -> bool:
    """Do the page's read and every read of the zone, two at least, all put the date after
    the audit date? Then "dated in the future" holds whichever digit is misread (07/12
    and 02/12 for a form dated 2 December, audited in November).

    >>> nov, dec2, dec7 = dt.date(2026, 11, 20), dt.date(2026, 12, 2), dt.date(2026, 12, 7)
    >>> after_in_every_read((dec7, "07/12/2026", False), [(dec2, "02/12/2026", False)], nov)
    True
    >>> after_in_every_read((None, None, False), [(dec2, "02/12/2026", False)], nov)
    False
    >>> after_in_every_read((dec7, "07/12/2026", False), [(nov, "20/11/2026", False)], nov)
    False
    """
    reads = [r[0] for r in (first, *zone)]
    return len(reads) >= 2 and all(d is not None and d > as_of for d in reads)
