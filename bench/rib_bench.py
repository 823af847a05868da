"""RIB extraction benchmark: IBAN / BIC / holder / bank exact-match rates over the bank
layouts of ``samples/samplekit/bank_variants.py``, each rendered as a text PDF, a flatbed
scan, a sloppy scan (150 dpi, skewed, noisy) and (for online banks) a screenshot, read by
the real pipeline (tesseract).

    .venv/bin/python bench/rib_bench.py [--out DIR] [--cache DIR] [--banks bnp,qonto] [--json]

Not a test: it measures. The tests assert the verdicts on a few of these renderings.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "samples"))

from samplekit.bank_variants import BANKS, RibVariant, rib_variant_pages, write_variant  # noqa: E402

from docverify.model import AuditOptions, DocType  # noqa: E402
from docverify.pipeline import audit  # noqa: E402
from docverify.values.names import name_tokens  # noqa: E402

HOLDERS = ("MME EMILY CARTER", "M JOHN SMITH OU MME EMILY CARTER")


def cases(banks: list[str]) -> list[tuple[str, str, str]]:
    out = []
    for n, key in enumerate(banks):
        b = BANKS[key]
        holder = HOLDERS[n % 2] if b.layout != "intl" else HOLDERS[0]
        renderings = ["text_pdf", "scan", "sloppy_scan"]
        if b.layout in ("online_fr", "intl"):
            renderings.append("screenshot")
        out.extend((key, r, holder) for r in renderings)
    return out


def run_case(root: Path, cache: Path, key: str, rendering: str, holder: str) -> dict[str, Any]:
    variant = RibVariant(BANKS[key], holder=holder)
    folder = root / f"{key}_{rendering}"
    folder.mkdir(parents=True, exist_ok=True)
    write_variant(folder / "rib", rib_variant_pages(variant), rendering)
    t0 = time.perf_counter()
    result = audit(folder, AuditOptions(as_of=dt.date(2026, 11, 15), cache_dir=cache, workers=1))
    seconds = time.perf_counter() - t0
    ribs = [d for d in result.documents if d.type == DocType.RIB]
    f = ribs[0].fields if ribs else None
    want_holder = sorted(name_tokens(holder))
    return {
        "bank": key,
        "rendering": rendering,
        "classified": bool(ribs),
        "iban": bool(f and f.iban == variant.iban),
        "iban_read": f.iban if f else None,
        "bic": bool(f and f.bic and f.bic[:8] == variant.bic[:8]),
        "holder": bool(f and sorted(name_tokens(f.holder_name or "")) == want_holder),
        "holder_read": f.holder_name if f else None,
        "bank_name": bool(f and f.bank_name == BANKS[key].expected_name),
        "verdict": next(r.status.value for r in result.requirements if r.id == "bank_details"),
        "seconds": round(seconds, 2),
    }


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", type=Path, default=None, help="keep the rendered RIBs here")
    ap.add_argument("--cache", type=Path, default=None, help="OCR cache folder (default: fresh)")
    ap.add_argument("--banks", default=",".join(BANKS), help="comma-separated bank keys")
    ap.add_argument("--json", action="store_true", help="print the rows as JSON")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        root = args.out or Path(tmp) / "ribs"
        cache = args.cache or Path(tmp) / "cache"
        rows = [run_case(root, cache, *c) for c in cases(args.banks.split(","))]
    if args.json:
        print(json.dumps(rows, indent=1))
    for r in rows:
        marks = " ".join(
            f"{k}={'ok' if r[k] else 'NO'}" for k in ("iban", "bic", "holder", "bank_name")
        )
        print(f"{r['bank']:9} {r['rendering']:10} {marks}  {r['verdict']:13} {r['seconds']:5.1f}s"
              + ("" if r["iban"] else f"  read {r['iban_read']}")
              + ("" if r["holder"] else f"  holder {r['holder_read']!r}"))  # fmt: skip
    print()
    for what in ("classified", "iban", "bic", "holder", "bank_name"):
        for rendering in ("text_pdf", "scan", "sloppy_scan", "screenshot", None):
            sel = [r for r in rows if rendering is None or r["rendering"] == rendering]
            if sel:
                ok = sum(r[what] for r in sel)
                print(f"{what:10} {rendering or 'all':10} {ok}/{len(sel)} = {ok / len(sel):.1%}")
    banks = {r["bank"] for r in rows}
    print(f"\n{len(banks)} banks, {len(rows)} renderings")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
