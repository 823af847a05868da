"""How a RIB is read, by concept: ``numbers`` (the IBAN printed in groups, across a line
break or in an app screenshot; the French RIB table; the BIC) and ``holder`` (the account
holder(s) by label, envelope window or title). ``doctypes/rib.py`` is the type's entry
point (``SPEC``, ``extract``).
"""
