"""Hostile packet: wall time and peak memory of an audit of the issue 15 folder.

    .venv/bin/python bench/bench_hostile.py [--keep DIR] [--zip]

Builds the hostile folder of ``samples/samplekit/hostile.py`` (a named pipe, a socket, a
200 x 200 inch page, 1000 blank pages, a 20 GB sparse file, names that are not UTF-8,
links in and out of the packet, a folder 30 levels deep, zip-slip entries, a 1 GB zip
bomb, beside a good RIB and two good bills), audits it with the command line under the
socket guard, and prints the wall time, the peak resident memory, the verdicts, every
hostile entry with the finding it got, and whether the folder is byte-identical after.
With ``--zip`` the packet's regular files are also audited as one .zip packet. Targets
(issue 15): under 60 s and under 1 GiB on the 2-core reference machine.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import sys
import tempfile
import zipfile
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "samples"))

from samplekit.hostile import build, codes_by_file, run_guarded, tree_state  # noqa: E402

TIME_TARGET = 60.0
MEMORY_TARGET = 2**30


def _audit(packet: Path, cache: Path) -> tuple[dict, float, int, int, bool]:
    env = {**os.environ, "DOCVERIFY_CACHE_DIR": str(cache)}
    args = [str(packet), "--format", "json", "--as-of", "2026-11-15", "--no-cache"]
    proc, wall, peak = run_guarded(args, env)
    guard = b"SOCKET-GUARD" in proc.stderr
    report = json.loads(proc.stdout.decode("utf-8"))  # strict: the report must be UTF-8
    return report, wall, peak, proc.returncode, guard


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--keep", type=Path, help="build the folder here and keep it")
    parser.add_argument("--zip", action="store_true", help="also audit it as a .zip packet")
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="docverify-hostile-"))
    try:
        root = args.keep or work
        packet = root / "packet"
        expected = build(packet, REPO / "samples" / "complete_employed", root / "outside")
        before = tree_state(packet)
        report, wall, peak, code, guard = _audit(packet, work / "cache")
        same = tree_state(packet) == before
        codes = codes_by_file(report)
        print(f"hostile folder: {len(before)} entries, {len(expected)} hostile")
        print(f"wall time     : {wall:.1f} s (target < {TIME_TARGET:.0f} s)")
        print(f"peak memory   : {peak / 2**20:.0f} MiB (target < {MEMORY_TARGET >> 20} MiB)")
        print(f"exit status   : {code}, packet {report['status']}")
        print(f"socket opened : {'YES' if guard else 'no'}")
        print(f"folder intact : {'yes' if same else 'NO'}")
        found = sorted(f"{d['type']}:{d['files'][0]['path']}" for d in report["documents"])
        print(f"documents     : {', '.join(found)}")
        missed = 0
        for name, want in expected.items():
            got = codes.get(name, set())
            ok = want in got
            missed += not ok
            print(f"  {'ok  ' if ok else 'MISS'} {name:45} {want:22} {', '.join(sorted(got))}")
        print(f"timings       : {report['timings']}")
        if args.zip:
            archive = work / "packet.zip"
            with zipfile.ZipFile(archive, "w", zipfile.ZIP_DEFLATED) as zf:
                for path in sorted(packet.rglob("*")):
                    name = path.relative_to(packet).as_posix()
                    if name != name.encode("utf-8", "replace").decode("utf-8"):
                        continue  # a zip names its entries in UTF-8 (or cp437)
                    if path.is_file() and not path.is_symlink() and path.stat().st_size < 2**27:
                        zf.write(path, name)
            report, zwall, zpeak, zcode, zguard = _audit(archive, work / "cache")
            print(
                f"as a .zip     : {zwall:.1f} s, {zpeak / 2**20:.0f} MiB, exit {zcode}, "
                f"{len(report['files'])} files, socket {'YES' if zguard else 'no'}"
            )
        good = wall < TIME_TARGET and peak < MEMORY_TARGET and same and not guard and not missed
        print("targets met" if good else "TARGETS NOT MET")
        return 0 if good else 1
    finally:
        if not args.keep:
            shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
