"""Speed and verdict accuracy of the whole pipeline on the bundled sample packets.

    .venv/bin/python bench/bench_pipeline.py [--workers N] [--packets a,b]

For each packet: pages, seconds cold (empty OCR cache) and warm (second run, cache
filled), seconds per page, and whether every requirement's verdict matches
``samples/<name>.expected.json``. Targets (2-core machine): cold under 3 s/page with 2
workers, warm under 0.5 s for a whole packet's OCR stage.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import shutil
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "src"))

from docverify.model import AuditOptions  # noqa: E402
from docverify.pipeline import audit  # noqa: E402


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--workers", type=int, default=None)
    parser.add_argument("--packets", default="")
    args = parser.parse_args()
    wanted = set(filter(None, args.packets.split(",")))
    expected_files = sorted((REPO / "samples").glob("*.expected.json"))
    cache = Path(tempfile.mkdtemp(prefix="docverify-bench-"))
    rows = []
    verdicts_ok = verdicts_all = 0
    try:
        for path in expected_files:
            exp = json.loads(path.read_text(encoding="utf-8"))
            if wanted and exp["packet"] not in wanted:
                continue
            # a cache of its own per packet: the defect packets share pages with the
            # complete ones, and "cold" must mean cold
            opts = AuditOptions(
                as_of=dt.date.fromisoformat(exp["as_of"]),
                cache_dir=cache / exp["packet"],
                workers=args.workers,
            )
            packet = REPO / "samples" / exp["packet"]
            t0 = time.perf_counter()
            cold = audit(packet, opts)
            t1 = time.perf_counter()
            warm = audit(packet, opts)
            t2 = time.perf_counter()
            pages = sum(f.pages for f in cold.files)
            got = {r.id: r.status.value for r in warm.requirements}
            ok = sum(got[k] == v for k, v in exp["requirements"].items())
            verdicts_ok += ok
            verdicts_all += len(exp["requirements"])
            rows.append((exp["packet"], pages, t1 - t0, t2 - t1, ok, len(exp["requirements"]),
                         cold.status.value == exp["status"], cold.timings))  # fmt: skip
    finally:
        shutil.rmtree(cache, ignore_errors=True)
    print(
        f"{'packet':26s} {'pages':>5s} {'cold s':>7s} {'s/page':>7s} {'warm s':>7s} {'verdicts':>9s} status"
    )
    for name, pages, cold_s, warm_s, ok, n, status_ok, _t in rows:
        print(
            f"{name:26s} {pages:5d} {cold_s:7.1f} {cold_s / max(1, pages):7.2f} {warm_s:7.2f} {ok:4d}/{n:<4d} {'ok' if status_ok else 'WRONG'}"
        )
    total_pages = sum(r[1] for r in rows)
    total_cold = sum(r[2] for r in rows)
    total_warm = sum(r[3] for r in rows)
    print(
        f"\n{len(rows)} packets, {total_pages} pages: cold {total_cold:.1f} s ({total_cold / max(1, total_pages):.2f} s/page), "
        f"warm {total_warm:.1f} s ({total_warm / max(1, total_pages):.3f} s/page); "
        f"requirement verdicts right: {verdicts_ok}/{verdicts_all}; "
        f"packet status right: {sum(r[6] for r in rows)}/{len(rows)}"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
