"""Birth-certificate accuracy: classification and fields over rendered certificates.

Renders every certificate layout of ``samplekit.birth_variants`` (German, Mexican,
Brazilian, Italian, French, CIEC multilingual, US) with each apostille placement its
country allows (none, page 2 of the same PDF, a separate file, a stamp on the back), over
two scan seeds, audits each packet with the real pipeline (no passport: fields only) and
prints:

* classification accuracy: certificate pages typed ``birth_certificate``, apostille
  pages typed ``apostille``;
* field accuracy per field: surname, given names, date of birth, issuing country,
  language, and "apostille linked" (the rule's documents include the apostille);
* every wrong value.

``.venv/bin/python bench/birth_bench.py [--seeds 1 2] [--cache DIR]``
"""

from __future__ import annotations

import argparse
import collections
import datetime as dt
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "samples"))

import samplekit.birth_variants as bv  # noqa: E402

from docverify.model import AuditOptions  # noqa: E402
from docverify.pipeline import audit  # noqa: E402
from docverify.report.json_report import to_dict  # noqa: E402
from docverify.values.names import name_tokens  # noqa: E402

FIELDS = ("surname", "given_names", "date_of_birth", "issuing_country", "language")


def same(key: str, got: Any, want: Any) -> bool:
    if key in ("surname", "given_names"):
        return bool(got) and name_tokens(str(got)) == name_tokens(str(want))
    return got == want


def run_case(case: bv.Case, root: Path, cache: Path) -> dict[str, Any]:
    packet = bv.write_packet(
        root / case.name, case.layout, apostille=case.apostille, seed=case.seed
    )
    report = to_dict(audit(packet, AuditOptions(dt.date(2026, 11, 15), cache_dir=cache)))
    docs = report["documents"]
    certs = [d for d in docs if d["type"] == "birth_certificate"]
    cert_page = [
        d["type"]
        for d in docs
        if any(f["path"] == "acte_naissance.pdf" and 1 in f["pages"] for f in d["files"])
    ]
    apo_expected = case.apostille != "none"
    apo_types: list[str] = []
    if apo_expected:
        path, page = (
            ("apostille.pdf", 1) if case.apostille == "separate_file" else ("acte_naissance.pdf", 2)
        )
        apo_types = [
            d["type"]
            for d in docs
            if any(f["path"] == path and page in f["pages"] for f in d["files"])
        ]
    req = next(r for r in report["requirements"] if r["id"] == "birth_certificate")
    apostilles = {d["id"] for d in docs if d["type"] == "apostille"}
    fields = certs[0]["fields"] if certs else {}
    return {
        "cert_ok": cert_page == ["birth_certificate"],
        "cert_types": cert_page,
        "apo_ok": (apo_types == ["apostille"]) if apo_expected else None,
        "apo_types": apo_types,
        "linked": (bool(apostilles & set(req["documents"]))) if apo_expected else None,
        "fields": fields,
        "status": req["status"],
    }


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--seeds", type=int, nargs="*", default=[1, 2])
    ap.add_argument("--cache", type=Path, default=None)
    args = ap.parse_args(argv)
    cases = [c for c in bv.bench_cases() if c.seed in args.seeds]
    right: collections.Counter[str] = collections.Counter()
    total: collections.Counter[str] = collections.Counter()
    wrong: list[str] = []
    t0 = time.perf_counter()
    with tempfile.TemporaryDirectory() as tmp:
        cache = args.cache or Path(tmp) / "cache"
        for case in cases:
            r = run_case(case, Path(tmp) / "packets", cache)
            total["classification: certificate"] += 1
            right["classification: certificate"] += r["cert_ok"]
            if not r["cert_ok"]:
                wrong.append(f"{case.name}: certificate page typed {r['cert_types']}")
            if r["apo_ok"] is not None:
                total["classification: apostille"] += 1
                right["classification: apostille"] += r["apo_ok"]
                total["apostille linked"] += 1
                right["apostille linked"] += r["linked"]
                if not r["apo_ok"]:
                    wrong.append(f"{case.name}: apostille page typed {r['apo_types']}")
                if not r["linked"]:
                    wrong.append(f"{case.name}: apostille not linked")
            for key in FIELDS:
                total[key] += 1
                got, want = r["fields"].get(key), case.truth[key]
                if same(key, got, want):
                    right[key] += 1
                else:
                    wrong.append(f"{case.name}: {key} {got!r} != {want!r}")
            print(f"{case.name:28s} {r['status']}", file=sys.stderr)
    seconds = time.perf_counter() - t0
    print(f"\n{len(cases)} certificates, {seconds:.0f} s\n")
    for key in total:
        print(f"{key:32s} {right[key]:3d}/{total[key]:3d}  {100 * right[key] / total[key]:5.1f}%")
    field_right = sum(right[k] for k in FIELDS) + right["apostille linked"]
    field_total = sum(total[k] for k in FIELDS) + total["apostille linked"]
    print(
        f"{'all fields':32s} {field_right:3d}/{field_total:3d}  {100 * field_right / field_total:5.1f}%"
    )
    if wrong:
        print("\nwrong:")
        for w in wrong:
            print("  " + w)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
