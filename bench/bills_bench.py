"""Field accuracy of utility-bill extraction over the sample kit's bills corpus.

Every provider the kit draws (19 providers, 9 layouts: the five bundled ones and the four
of ``samplekit.residence_variants``) is rendered three ways: a text PDF, a decent scan and
a poor scan (skewed, noisy, JPEG artefacts). The audit runs the real pipeline (tesseract
for the scans) and the fields issue date, holder, period and provider are compared with
the truth. Run:  .venv/bin/python bench/bills_bench.py [--out DIR] [--no-poor]
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT / "samples"), str(ROOT)]

from docverify.model import AuditOptions  # noqa: E402
from docverify.pipeline import audit  # noqa: E402
from docverify.report.json_report import to_dict  # noqa: E402
from tests.residence.bills_corpus import corpus, score  # noqa: E402


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", type=Path, default=None)
    ap.add_argument("--no-poor", action="store_true", help="skip the poor scans")
    args = ap.parse_args()
    import samplekit.residence_variants as rv

    out = args.out or Path(tempfile.mkdtemp(prefix="bills-bench-"))
    kinds = {"text": None, "scan": rv.SCAN} | ({} if args.no_poor else {"poor": rv.POOR_SCAN})
    truth = {}
    for i, bill in enumerate(corpus()):
        slug = f"{i:02d}_{bill.provider.replace(' ', '_').replace('&', 'and')}"
        for kind, opts in kinds.items():
            rel = f"{slug}_{kind}.pdf"
            rv.write_bill(out / rel, bill, opts, seed=i)
            truth[rel] = (bill, kind)
    t0 = time.perf_counter()
    report = to_dict(
        audit(out, AuditOptions(as_of=dt.date(2026, 11, 15), cache_dir=out / ".cache"))
    )
    elapsed = time.perf_counter() - t0
    per_kind: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    per_field: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    errors = []
    docs = {d["files"][0]["path"]: d for d in report["documents"]}
    for rel, (bill, kind) in truth.items():
        d = docs.get(rel)
        fields = d["fields"] if d and d["type"] == "utility_bill" else {}
        for key, ok in score(bill, fields).items():
            per_kind[kind][0] += ok
            per_kind[kind][1] += 1
            per_field[key][0] += ok
            per_field[key][1] += 1
            if not ok:
                errors.append(f"{rel}: {key} = {fields.get(key)!r}")
    providers = {b.provider for b, _ in truth.values()}
    layouts = {rv.layout_of(b) for b, _ in truth.values()}
    print(f"{len(truth)} bills, {len(providers)} providers, {len(layouts)} layouts, "
          f"{elapsed:.0f} s")  # fmt: skip
    for k, (good, n) in per_kind.items():
        print(f"  {k:6s} {good}/{n} fields = {good / n:.1%}")
    for k, (good, n) in per_field.items():
        print(f"  {k:13s} {good}/{n} = {good / n:.1%}")
    good = sum(g for g, _ in per_kind.values())
    total = sum(n for _, n in per_kind.values())
    print(f"  overall {good}/{total} = {good / total:.1%}")
    for e in errors:
        print("  wrong:", e)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
