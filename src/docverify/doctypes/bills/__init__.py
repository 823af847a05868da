"""How utility bills (and suppliers' contract attestations) are read, by concept:
``providers`` (who bills and for what service), ``dates`` (issue date, billing period,
contract start, invoice number) and ``holder`` (the holder's name and the supplied
address). ``doctypes/utility_bill.py`` is the type's entry point (``SPEC``, ``extract``).
"""
