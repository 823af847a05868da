"""Application-form benchmark: signature and checkbox detection on rendered variants.

Renders ``samplekit.form_variants.variants(n)`` (seeded: each box of section B ticked in
turn, signed and unsigned, typed and hand-style values, skew up to 2.5 degrees, noise,
blur, JPEG recompression, 150-300 dpi, image PDFs and JPEG pairs), audits each with the
real pipeline (tesseract, classification, extraction) and compares with the truth:

* signature: ``fields.signed`` against the variant's ``signed``;
* checkboxes: each of the three boxes of section B (ticked / empty) against the truth,
  and the resulting ``employment_status``;
* the date of section C, for information.

    .venv/bin/python bench/form_bench.py [-n 24] [--seed 7] [--workers 2] [--cache DIR]

Prints one line per variant (with the measured ink, to show the margin to the
thresholds) and the accuracies.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("OMP_THREAD_LIMIT", "1")
REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "samples"))
sys.path.insert(0, str(REPO / "src"))

from samplekit.form_variants import FormVariant, variants, write_form  # noqa: E402

from docverify.model import AuditOptions, DocType  # noqa: E402
from docverify.pipeline import audit  # noqa: E402

AS_OF = dt.date(2026, 11, 29)


def run(v: FormVariant, root: Path, cache: Path, workers: int) -> dict[str, object]:
    folder = root / v.name
    write_form(folder, v)
    t = time.perf_counter()
    result = audit(folder, AuditOptions(as_of=AS_OF, cache_dir=cache, workers=workers))
    secs = time.perf_counter() - t
    forms = [d for d in result.documents if d.type == DocType.APPLICATION_FORM]
    f = forms[0].fields if forms and forms[0].fields is not None else None
    truth = {s: s == v.situation for s in ("employed", "not_employed", "other")}
    ticks = (f.situation_ticks or {}) if f else {}
    return {
        "name": v.name,
        "found": f is not None,
        "signed": f.signed if f else None,
        "ink": f.signature_ink if f else None,
        "signature_ok": f is not None and f.signed == v.signed,
        "boxes_ok": sum(ticks.get(s) is truth[s] for s in truth),
        "status_ok": f is not None and f.employment_status == v.situation,
        "status": f.employment_status if f else None,
        "date_ok": f is not None and f.signed_on == v.content.signed_on,
        "ticks": ticks,
        "seconds": secs,
    }


def main() -> int:
    ap = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    ap.add_argument("-n", type=int, default=24, help="number of variants (default 24)")
    ap.add_argument("--seed", type=int, default=7, help="series seed (default 7)")
    ap.add_argument("--workers", type=int, default=2)
    ap.add_argument(
        "--cache", type=Path, default=None, help="OCR cache folder (default: a fresh one)"
    )
    args = ap.parse_args()
    rows = []
    with tempfile.TemporaryDirectory(prefix="form-bench-") as tmp:
        root = Path(tmp)
        cache = args.cache or root / "cache"
        for v in variants(args.n, args.seed):
            row = run(v, root, cache, args.workers)
            rows.append(row)
            ink = row["ink"]
            print(
                f"{row['name']:<38} signed={row['signed']!s:<5} ink={ink if ink is None else f'{ink:.4f}'} "
                f"{'ok ' if row['signature_ok'] else 'BAD'}  boxes {row['boxes_ok']}/3 "
                f"status={row['status']} {'ok ' if row['status_ok'] else 'BAD'} "
                f"date {'ok' if row['date_ok'] else 'BAD'}  {row['seconds']:.1f}s",
                flush=True,
            )
    n = len(rows)
    sig = sum(bool(r["signature_ok"]) for r in rows)
    boxes = sum(int(r["boxes_ok"]) for r in rows)  # type: ignore[call-overload]
    status = sum(bool(r["status_ok"]) for r in rows)
    dates = sum(bool(r["date_ok"]) for r in rows)
    signed_inks = [float(r["ink"]) for r in rows if r["ink"] is not None and r["signed"]]  # type: ignore[arg-type]
    unsigned_inks = [float(r["ink"]) for r in rows if r["ink"] is not None and not r["signed"]]  # type: ignore[arg-type]
    print()
    print(f"variants:             {n}")
    print(f"signature detection:  {sig}/{n} = {sig / n:.1%}")
    print(f"checkbox detection:   {boxes}/{3 * n} boxes = {boxes / (3 * n):.1%}")
    print(f"section B status:     {status}/{n} = {status / n:.1%}")
    print(f"date of section C:    {dates}/{n} = {dates / n:.1%}")
    if signed_inks and unsigned_inks:
        print(
            f"signature ink: min when judged signed {min(signed_inks):.4f}, "
            f"max when judged unsigned {max(unsigned_inks):.4f}"
        )
    print(f"seconds per variant:  {sum(float(r['seconds']) for r in rows) / n:.1f}")  # type: ignore[arg-type]
    return 0


if __name__ == "__main__":
    sys.exit(main())
