"""How close a docverify audit comes to tesseract's own cost, measured in one run.

    .venv/bin/python bench/bench_floor.py [PACKET ...] [--workers N] [--photos N]
                                          [--mrz N] [--as-of YYYY-MM-DD]

For each packet (default: the bundled sample packets):

- **floor**: every page docverify would OCR (no text layer), decoded or rendered at the
  DPI docverify uses, read once by the ``tesseract`` program with ``-l fra+eng`` on one
  thread; the sum of those times divided by the workers (pages spread over the cores);
- **cold**: ``docverify PACKET`` as a user runs it (a new process, an empty cache);
- **warm**: the same command again on the unchanged packet (cache filled);
- **start**: seconds from the command's start to its first page's reading starting (its
  first ``reading`` progress line, ``-v``): the start-up cost;
- **first read**: seconds from the command's start to its first page read (``-v``);
- **peak**: the audit's peak resident memory (process and children).

Ratios cold/floor, warm seconds per page. ``--photos N`` also builds a folder of N phone
photo sized pages (12 Mpx JPEGs of the sample pages on a table) and audits it the same way.
``--mrz N`` times a folder holding one MRZ image (the first N public specimens) against
``passporteye.read_mrz`` on the same image, both in a fresh process, both cold.

Targets (issue 14, 2-core machine): cold <= 1.5x the floor (goal 1.15x), warm <= 0.05 s
per page, start-up to the first page read <= 0.5 s (``start``: the first page's reading
begins; ``first``: it is read, which includes that page's own OCR), the MRZ folder faster
than passporteye, peak <= 1 GiB on 30 photo pages.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

import cv2
import numpy as np

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "samples"))
sys.path.insert(0, str(REPO / "src"))

from samplekit.hostile import GUARDED_CLI  # noqa: E402

from docverify.pipeline import load_files  # noqa: E402
from docverify.text import default_workers  # noqa: E402

SPECIMENS = REPO.parent / "shared" / "specimens" / "mrz_images"
PHOTO_SIZE = (4032, 3024)  # 12 Mpx, a phone camera's default


@dataclass
class Row:
    name: str
    pages: int
    ocr_pages: int
    floor: float
    cold: float
    warm: float
    start: float
    first_read: float
    peak_mib: float
    verdict: str

    def line(self) -> str:
        ratio = self.cold / self.floor if self.floor else float("nan")
        return (
            f"{self.name[:28]:28s} {self.pages:5d} {self.ocr_pages:5d} {self.floor:7.1f} "
            f"{self.cold:7.1f} {ratio:6.2f}x {self.warm:6.2f} {self.warm / self.pages:7.3f} "
            f"{self.start:6.2f} {self.first_read:6.2f} {self.peak_mib:6.0f}  {self.verdict}"
        )


HEADER = (
    f"{'packet':28s} {'pages':>5s} {'ocr':>5s} {'floor s':>7s} {'cold s':>7s} {'ratio':>7s} "
    f"{'warm s':>6s} {'warm/pg':>7s} {'start':>6s} {'first':>6s} {'MiB':>6s}  verdict"
)


def floor_seconds(packet: Path, scratch: Path) -> tuple[int, int, float]:
    """Pages, OCR'd pages, and single-thread ``tesseract -l fra+eng`` seconds summed."""
    pages, files, _findings, _not_read = load_files(packet)
    total = 0.0
    ocr_pages = 0
    env = {**os.environ, "OMP_THREAD_LIMIT": "1"}
    for i, page in enumerate(pages):
        if page.text_layer or page.image is None:
            continue
        image = scratch / f"page{i}.png"
        cv2.imwrite(str(image), page.image)
        start = time.perf_counter()
        subprocess.run(["tesseract", str(image), "stdout", "-l", "fra+eng"], env=env,
                       capture_output=True, check=True)  # fmt: skip
        total += time.perf_counter() - start
        ocr_pages += 1
    return sum(f.pages for f in files), ocr_pages, total


def _cli(packet: Path, cache: Path, as_of: str) -> tuple[float, float, float, int, dict | None]:
    """One ``docverify -v`` run under the socket guard: wall seconds, seconds to its first
    page's reading starting and to its first page read (its first ``reading`` and ``read``
    progress lines), peak bytes and the JSON report."""
    env = {**os.environ, "DOCVERIFY_CACHE_DIR": str(cache), "COLUMNS": "200"}
    report = cache.parent / f"report_{time.monotonic_ns()}.json"
    args = [str(packet), "--format", "json", "--as-of", as_of, "-v", "-o", str(report)]
    start = time.perf_counter()
    proc = subprocess.Popen([sys.executable, "-c", GUARDED_CLI, *args], env=env,
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)  # fmt: skip
    assert proc.stderr is not None
    started, first, peak = float("nan"), float("nan"), 0
    for line in proc.stderr:
        if started != started and line.lstrip().startswith("reading "):
            started = time.perf_counter() - start
        if first != first and line.lstrip().startswith("read "):
            first = time.perf_counter() - start
        if line.startswith("PEAK-RSS-KB "):
            peak = max(int(v) for v in line.split()[1:]) * 1024
    proc.wait()
    wall = time.perf_counter() - start
    try:
        return wall, started, first, peak, json.loads(report.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return wall, started, first, peak, None


def measure(packet: Path, workers: int, as_of: str, scratch: Path) -> Row:
    pages, ocr_pages, tess = floor_seconds(packet, scratch)
    cache = scratch / "cache"
    shutil.rmtree(cache, ignore_errors=True)
    cold, started, first, peak, report = _cli(packet, cache, as_of)
    warm, _started, _first, _peak, again = _cli(packet, cache, as_of)
    verdict = report["status"] if report else "no report"
    verdict_warm = again["status"] if again else "no report"
    if verdict_warm != verdict:
        verdict += f" (warm: {verdict_warm})"
    return Row(packet.name, pages, ocr_pages, tess / workers, cold, warm, started, first,
               peak / 2**20, verdict)  # fmt: skip


def photo_folder(target: Path, count: int) -> Path:
    """``count`` phone-photo-sized JPEGs: the sample pages, each on a darker table,
    slightly turned, at 12 Mpx."""
    pages, _files, _f, _n = load_files(REPO / "samples" / "complete_employed")
    images = [p.image for p in pages if p.image is not None]
    target.mkdir(parents=True, exist_ok=True)
    rng = np.random.default_rng(14)
    for i in range(count):
        page = images[i % len(images)]
        if page.ndim == 2:
            page = cv2.cvtColor(page, cv2.COLOR_GRAY2BGR)
        w, h = PHOTO_SIZE[1], PHOTO_SIZE[0]  # portrait
        table = np.full((h, w, 3), (70, 95, 120), np.uint8)
        scale = 0.85 * min(w / page.shape[1], h / page.shape[0])
        big = cv2.resize(page, None, fx=scale, fy=scale, interpolation=cv2.INTER_CUBIC)
        y, x = (h - big.shape[0]) // 2, (w - big.shape[1]) // 2
        table[y : y + big.shape[0], x : x + big.shape[1]] = big
        turn = cv2.getRotationMatrix2D((w / 2, h / 2), float(rng.uniform(-3, 3)), 1.0)
        table = cv2.warpAffine(table, turn, (w, h), borderValue=(70, 95, 120))
        cv2.imwrite(str(target / f"IMG_{2000 + i}.jpg"), table, [cv2.IMWRITE_JPEG_QUALITY, 88])
    return target


def mrz_race(count: int, as_of: str, scratch: Path) -> None:
    """docverify on a one-image folder against passporteye.read_mrz, each in a new
    process with nothing cached; seconds per image."""
    images = sorted(SPECIMENS.glob("*"))[:count]
    ours, theirs, read_ours, read_theirs = [], [], 0, 0
    probe = "import sys, time; t=time.perf_counter(); from passporteye import read_mrz; " \
            "m=read_mrz(sys.argv[1]); print(time.perf_counter()-t, int(m is not None and m.valid))"  # fmt: skip
    for image in images:
        folder = scratch / f"mrz_{image.stem}"
        folder.mkdir()
        shutil.copy(image, folder / image.name)
        wall, _started, _first, _peak, report = _cli(folder, scratch / f"c_{image.stem}", as_of)
        ours.append(wall)
        docs = report["documents"] if report else []
        read_ours += any(d["fields"].get("mrz_valid") is True for d in docs)
        start = time.perf_counter()
        out = subprocess.run([sys.executable, "-W", "ignore", "-c", probe, str(image)],
                             capture_output=True, text=True)  # fmt: skip
        theirs.append(time.perf_counter() - start)
        read_theirs += out.stdout.strip().endswith("1")
    n = len(images)
    print(f"\nMRZ, one image per folder, {n} public specimens, a new process each, cold:")
    print(
        f"  docverify FOLDER       : {sum(ours) / n:5.2f} s per image, valid MRZ on {read_ours}/{n}"
    )
    print(f"  passporteye.read_mrz   : {sum(theirs) / n:5.2f} s per image, valid MRZ on {read_theirs}/{n}")  # fmt: skip
    print(f"  ratio                  : {sum(ours) / sum(theirs):5.2f}x (target < 1)")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("packets", nargs="*", type=Path)
    parser.add_argument("--workers", type=int, default=default_workers())
    parser.add_argument("--photos", type=int, default=0, help="also a folder of N 12 Mpx photos")
    parser.add_argument("--mrz", type=int, default=0, help="also race passporteye on N images")
    parser.add_argument("--as-of", default="2026-11-15")
    args = parser.parse_args()
    dt.date.fromisoformat(args.as_of)
    packets = args.packets or sorted(p for p in (REPO / "samples").iterdir()
                                     if p.is_dir() and (p.parent / f"{p.name}.expected.json").exists())  # fmt: skip
    scratch = Path(tempfile.mkdtemp(prefix="docverify-floor-"))
    try:
        if args.photos:
            packets = [*packets, photo_folder(scratch / f"photos_{args.photos}", args.photos)]
        print(f"workers: {args.workers} (the floor is divided by them)\n{HEADER}")
        rows = []
        for packet in packets:
            work = scratch / f"w_{len(rows)}"
            work.mkdir()
            rows.append(measure(packet, args.workers, args.as_of, work))
            print(rows[-1].line(), flush=True)
        pages = sum(r.pages for r in rows)
        floor, cold = sum(r.floor for r in rows), sum(r.cold for r in rows)
        warm = sum(r.warm for r in rows)
        print(f"{'all':28s} {pages:5d} {sum(r.ocr_pages for r in rows):5d} {floor:7.1f} "
              f"{cold:7.1f} {cold / floor if floor else float('nan'):6.2f}x {warm:6.2f} "
              f"{warm / pages:7.3f} {max(r.start for r in rows):6.2f} "
              f"{max(r.first_read for r in rows):6.2f} "
              f"{max(r.peak_mib for r in rows):6.0f}")  # fmt: skip
        if args.mrz:
            mrz_race(args.mrz, args.as_of, scratch)
    finally:
        shutil.rmtree(scratch, ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
