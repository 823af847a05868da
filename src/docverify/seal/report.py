"""How a seal is shown: the ``seal`` key of a document in the JSON report, and the one
line a helper understands ("signed by SFR on 2015-02-27: name and address match the
page")."""

from __future__ import annotations

import datetime as dt
from typing import Any

from docverify.redact import mask
from docverify.seal.stage import Seal
from docverify.seal.trust import UPDATE_HINT, SealStatus

SENSITIVE = frozenset(
    {"iban", "bban", "qxban", "id_document_number", "tax_number", "declarant_1_tax_number",
     "declarant_2_tax_number", "mrz", "foreigner_number", "document_number"}
)  # fmt: skip


def _json_value(value: Any) -> Any:
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()
    return value


def _and(items: list[str]) -> str:
    if len(items) <= 1:
        return "".join(items)
    return ", ".join(items[:-1]) + " and " + items[-1]


def signer(seal: Seal) -> str:
    """Who signed, as a helper would say it."""
    v = seal.verification
    if v is not None and v.issuer_name:
        return v.issuer_name
    if seal.code is None:
        return "?"
    h = seal.code.header
    return f"certificate {h.ca_id}/{h.cert_id}"


def describe(seal: Seal) -> str:
    """One plain sentence on the seal."""
    if seal.code is None:
        return f"a 2D-Doc barcode that cannot be read ({seal.error})"
    h = seal.code.header
    when = h.signed_on or h.issued_on
    on = f" on {when.isoformat()}" if when else ""
    check = seal.check
    if check.mismatches:
        agree = "; ".join(
            f"the {m.what} reads {m.printed}, the code signs {m.signed}" for m in check.mismatches
        )
        page = f"the page disagrees with its code: {agree}"
    elif check.matches:
        page = (
            f"{_and(list(check.matches))} match{'es' if len(check.matches) == 1 else ''} the page"
        )
    else:
        page = ""
    status = seal.status
    if status == SealStatus.VALID:
        return f"signed by {signer(seal)}{on}" + (f": {page}" if page else " (signature verified)")
    if status == SealStatus.NOT_CHECKED:
        return (
            f"2D-Doc of {signer(seal)}{on}"
            + (f": {page}" if page else "")
            + f"; signature not checked: {UPDATE_HINT}"
        )
    reason = seal.verification.reason if seal.verification else ""
    if status == SealStatus.TEST_CERTIFICATE:
        return (
            f"2D-Doc signed with the specification's TEST key{on}: a specimen, not a real issuer's"
        )
    if status == SealStatus.UNKNOWN_CERTIFICATE:
        return f"2D-Doc{on} from a signer docverify cannot vouch for ({reason})"
    return (
        f"2D-Doc{on} whose signature does NOT verify: the document may have been altered ({reason})"
    )


def seal_json(seal: Seal, redact: bool = False) -> dict[str, Any]:
    """The ``seal`` key of a document in the JSON report (an extra key of the contract)."""

    def show(name: str, value: Any) -> Any:
        value = _json_value(value)
        if redact and name in SENSITIVE and isinstance(value, str):
            return mask(value)
        return value

    out: dict[str, Any] = {
        "kind": seal.kind,
        "status": seal.status.value,
        "summary": describe(seal),
        "page": {"path": seal.page.file, "page": seal.page.page},
    }
    code, v = seal.code, seal.verification
    if code is None:
        out["error"] = seal.error
        return out
    h = code.header
    doc_type = code.type
    out.update(
        {
            "type": h.doc_type,
            "type_name": doc_type.en if doc_type else None,
            "issuer": {
                "ca": h.ca_id,
                "certificate": h.cert_id,
                "name": v.issuer_name if v else None,
                "subject": v.certificate if v else None,
            },
            "issued_on": _json_value(h.issued_on),
            "signed_on": _json_value(h.signed_on),
            "reason": v.reason if v else None,
            "algorithm": v.algorithm if v else None,
            "encoding": h.encoding,
            "version": h.version,
            "fields": {f.name: show(f.name, f.typed) for f in code.fields},
            "mismatches": [
                {
                    "field": m.field,
                    "what": m.what,
                    "printed": show(m.field, m.printed),
                    "signed": show(m.field, m.signed),
                }
                for m in seal.check.mismatches
            ],
            "matches": list(seal.check.matches),
            "applied": list(seal.applied),
            "wrong_type": seal.wrong_type,
            "trust_list": seal.trust_list,
        }
    )
    truncated = [f.name for f in code.fields if f.truncated]
    if truncated:
        out["truncated"] = truncated
    if code.fields_error:
        out["fields_error"] = code.fields_error
    if code.annex:
        out["annex_unsigned"] = {f.name: show(f.name, f.typed) for f in code.annex}
    if seal.others:
        out["other_codes"] = seal.others
    return out
