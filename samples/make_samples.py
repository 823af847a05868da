"""Render the bundled specimen packets: ``python samples/make_samples.py [--out DIR]
[--only NAME]``, and the official application forms of ``samples/forms/`` (cerfa
15763*02, ``--only forms``). Deterministic: two runs give byte-identical files."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

sys.dont_write_bytecode = True  # keep samples/ free of __pycache__
sys.path.insert(0, str(Path(__file__).resolve().parent))

from samplekit import cerfa_variants  # noqa: E402
from samplekit.packets import SCENARIOS, write_packet  # noqa: E402

FORMS = (
    "c002-acroform-digital-pdf-unsigned-job_seeker+inactive",
    "c005-hand-scan-pdf-ok-student",
)
"""Official forms bundled in ``samples/forms/`` (from ``cerfa_variants.variants(72, 11)``):
the fillable PDF filled on screen, and a form filled by hand and scanned."""


def write_forms(out: Path) -> None:
    chosen = {v.name: v for v in cerfa_variants.variants(72, 11) if v.name in FORMS}
    for name in FORMS:
        v = chosen[name]
        cerfa_variants.write_cerfa(out / "forms" / name, v)
        truth = json.dumps(v.truth.as_dict(), ensure_ascii=False, indent=2, sort_keys=True)
        (out / "forms" / f"{name}.truth.json").write_text(truth + "\n", encoding="utf-8")
        print(f"wrote {out / 'forms' / name}/", file=sys.stderr)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--out", type=Path, default=Path(__file__).resolve().parent)
    ap.add_argument("--only", choices=[*sorted(SCENARIOS), "forms"], action="append")
    args = ap.parse_args(argv)
    for name in args.only or [*SCENARIOS, "forms"]:
        if name == "forms":
            write_forms(args.out)
            continue
        path = write_packet(args.out, name)
        print(f"wrote {args.out / name}/ and {path.name}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
