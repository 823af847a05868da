"""All single documents, in a fixed shuffled order, named d001..."""

from __future__ import annotations

import random

import singles
import singles_b
import singles_b2
import singles_c
import singles_d


def all_items():
    fns = []
    fns += singles.passports()
    fns += singles.national_ids()
    fns += singles.visas()
    fns += singles.permits()
    fns += singles_b.births()
    fns += singles_b2.births2()
    fns += singles_b.apostilles_alone()
    fns += singles_b.translations_alone()
    fns += singles_c.bills_single()
    fns += singles_c.leases_single()
    fns += singles_c.attestations_single()
    fns += singles_d.work_single()
    fns += singles_d.ribs_single()
    fns += singles_d.forms_single()
    fns += singles_d.unknown_single()
    random.Random("set_t/order").shuffle(fns)
    return [("d%03d" % (i + 1), fn) for i, fn in enumerate(fns)]
