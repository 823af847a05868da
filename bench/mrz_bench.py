"""MRZ reading benchmark: docverify's reader against ``passporteye.read_mrz``, same images,
same run.

Images: the public specimens in ``../shared/specimens/mrz_images`` (no ground truth
beyond "a read whose check digits all verify is almost surely right") and the seeded
degraded renders of ``samplekit.identity_variants`` (rotations, skew, perspective photos,
150 dpi, JPEG, glare), whose printed MRZ is known: for those, a read claiming every check
digit valid but differing from the truth is counted as a *false valid*.

    .venv/bin/python bench/mrz_bench.py [--only specimens|renders] [--no-passporteye-fallback]

Prints one line per image and a summary: the share of images read with every check digit
valid, for docverify and for passporteye (its ``valid_check_digits`` all true).
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import sys
import tempfile
import time
import warnings
from dataclasses import dataclass
from pathlib import Path

os.environ.setdefault("OMP_THREAD_LIMIT", "1")
REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "samples"))
sys.path.insert(0, str(REPO / "src"))

import numpy as np  # noqa: E402
from PIL import Image  # noqa: E402

from docverify.values.mrz import Mrz  # noqa: E402
from docverify.vision.mrz import read_mrz_image  # noqa: E402

SPECIMENS = REPO.parent / "shared" / "specimens" / "mrz_images"
AS_OF = dt.date(2026, 11, 29)


@dataclass
class Outcome:
    valid: bool
    false_valid: bool
    seconds: float
    detail: str


def _key(m: Mrz) -> tuple[str, ...]:
    """What the check digits protect: a valid read that differs here is a false valid.

    The optional data counts only where a check digit covers it (TD3, TD1, TD2), and a
    ``K`` standing for a ``<`` is ignored there: K is worth 20, invisible to any check.
    """
    checked = "composite" in m.checks or "optional_data" in m.checks
    optional = m.optional_data.replace("K", "<").strip("<") if checked else ""
    return (m.document_number, m.date_of_birth_raw, m.expiry_date_raw, optional)


def run_docverify(path: Path, truth: tuple[str, ...] | None, fallback: bool) -> Outcome:
    t = time.perf_counter()
    image = np.asarray(Image.open(path).convert("L"))
    read = read_mrz_image(image, AS_OF, use_passporteye=fallback)
    secs = time.perf_counter() - t
    if read is None:
        return Outcome(False, False, secs, "no MRZ")
    m = read.mrz
    false_valid = bool(truth) and m.valid and _key(m) != _key(Mrz.parse(list(truth or ()), AS_OF))
    names_wrong = bool(truth) and tuple(m.lines) != tuple(truth or ())
    failed = [k for k, ok in m.checks.items() if not ok]
    detail = (
        f"{m.kind} {'VALID' if m.valid else 'fail:' + ','.join(failed)} via {read.method} "
        f"{m.surname}/{m.given_names} dob={m.date_of_birth} exp={m.expiry_date} "
        f"no={m.masked_document_number} repairs={len(m.repairs)}"
        + (" (differs from the printed MRZ)" if names_wrong else "")
    )
    return Outcome(m.valid, false_valid, secs, detail)


def run_passporteye(path: Path, truth: tuple[str, ...] | None) -> Outcome:
    from passporteye import read_mrz

    t = time.perf_counter()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        try:
            m = read_mrz(str(path))
        except Exception as exc:  # passporteye raises on some images
            return Outcome(False, False, time.perf_counter() - t, f"error {type(exc).__name__}")
    secs = time.perf_counter() - t
    if m is None:
        return Outcome(False, False, secs, "no MRZ")
    valid = bool(m.valid_check_digits) and all(m.valid_check_digits)
    false_valid = False
    if truth and valid:
        t = Mrz.parse(list(truth), AS_OF)
        got = (str(m.number).replace("<", ""), str(m.date_of_birth), str(m.expiration_date))
        false_valid = got != (t.document_number, t.date_of_birth_raw, t.expiry_date_raw)
    return Outcome(valid, false_valid, secs, f"{m.mrz_type} score={m.valid_score}")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--only", choices=("specimens", "renders"))
    ap.add_argument("--no-passporteye-fallback", action="store_true")
    args = ap.parse_args()
    images: list[tuple[str, Path, tuple[str, ...] | None]] = []
    if args.only != "renders" and SPECIMENS.is_dir():
        images += [("specimen", p, None) for p in sorted(SPECIMENS.iterdir())]
    tmp = tempfile.TemporaryDirectory(prefix="mrz-bench-")
    if args.only != "specimens":
        from samplekit.identity_variants import write_degraded

        images += [("render", p, truth) for p, truth in write_degraded(Path(tmp.name))]
    totals: dict[str, dict[str, list[Outcome]]] = {}
    for group, path, truth in images:
        if truth:  # the truth itself must verify, or the render is broken
            assert Mrz.parse(list(truth), AS_OF, repair=False).valid, path.name
        dv = run_docverify(path, truth, not args.no_passporteye_fallback)
        pe = run_passporteye(path, truth)
        for who, o in (("docverify", dv), ("passporteye", pe)):
            totals.setdefault(group, {}).setdefault(who, []).append(o)
        flag = " FALSE-VALID" if dv.false_valid else ""
        print(
            f"{group:8} {path.name:44} docverify {'ok ' if dv.valid else 'NO '}{dv.seconds:5.1f}s "
            f"| passporteye {'ok ' if pe.valid else 'NO '}{pe.seconds:5.1f}s{flag}\n"
            f"         {dv.detail}  | pe: {pe.detail}",
            flush=True,
        )
    print("\nshare of images read with every check digit valid (same images, same run):")
    for group, by in totals.items():
        n = len(by["docverify"])
        parts = []
        for who in ("docverify", "passporteye"):
            outs = by[who]
            ok = sum(o.valid for o in outs)
            fv = sum(o.false_valid for o in outs)
            secs = sum(o.seconds for o in outs) / max(1, n)
            parts.append(f"{who} {ok}/{n} = {ok / n:.0%} (false valid {fv}, {secs:.1f} s/img)")
        print(f"  {group:8} " + " | ".join(parts))
    all_dv = [o for by in totals.values() for o in by["docverify"]]
    all_pe = [o for by in totals.values() for o in by["passporteye"]]
    n = len(all_dv)
    if n:
        print(
            f"  {'all':8} docverify {sum(o.valid for o in all_dv)}/{n} = "
            f"{sum(o.valid for o in all_dv) / n:.0%} | passporteye "
            f"{sum(o.valid for o in all_pe)}/{n} = {sum(o.valid for o in all_pe) / n:.0%}"
        )
    tmp.cleanup()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
