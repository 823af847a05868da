"""Signed barcodes (2D-Doc, the "cachet électronique visible" of ANTS / France Titres).

Many French bills, attestations, tax notices, payslips and residence documents carry a
DataMatrix holding the holder's name, address, dates and amounts, signed by the issuer.
This package reads it and says whether it may be trusted and whether the printed page
agrees with it. One module per concept:

- ``datamatrix``  finding and decoding the codes in a page image (zxing-cpp, bytes)
- ``header``      the header, C40 versions 01-04 and binary; ``c40`` the binary packing
- ``message``     the signed fields (fixed and variable, <GS>/<RS>, truncation) and their
                  names, sizes and formats from ``data/seal_2ddoc.toml`` (``catalog``)
- ``signature``   where the signed bytes end: Base32 after <US>, binary after 0xFF; annex
- ``twoddoc``     a whole code read from bytes
- ``crypto``      ECDSA P-256/384/521 and RSA checks over exactly the signed bytes
- ``tsl``         the ANTS trust list (bundled ``data/ants_tsl.toml``, or downloaded)
- ``trust``       the trust store and the verdict: valid, invalid, unknown_certificate,
                  test_certificate, not_checked
- ``update``      ``docverify trust update`` (the only network access, on request);
                  ``command`` its command line
- ``compare``     the printed page against the signed values; ``apply`` the signed values
                  given to a document's fields when the seal is valid
- ``stage``       a document's seal, as the pipeline reads it; ``findings``, ``report``
                  how it is reported
"""
