"""2D-Doc seal benchmark: decode rate, verdicts and time per page on bills with a
real-size signed code (``samples/samplekit/seal_variants.py``): flatbed scans at 150, 200
and 300 dpi, JPEG, phone photos, partly covered codes, text-layer PDFs (read the way the
pipeline does: the page image at 100 dpi, sharpened from the PDF around a small code),
and pages that must never read as valid (no code, a byte changed, an uncertified key).

    .venv/bin/python bench/seal_bench.py [--per-rendering 8] [--json]

Targets (issue 12): decode rate >= 0.95 at 200 dpi and on photos, 0 false valid, <= 0.1 s
per page without a code. Not a test: it measures (times depend on the machine's load).
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import numpy as np

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "samples"))

from samplekit import seal_variants as sv  # noqa: E402

from docverify.seal.datamatrix import read_codes  # noqa: E402
from docverify.seal.stage import pdf_sharper  # noqa: E402
from docverify.seal.trust import SealStatus, TrustStore  # noqa: E402
from docverify.seal.twoddoc import decode  # noqa: E402

PDF_PAGE_DPI = 100  # paginate.TEXT_PDF_RENDER_DPI: a page with a text layer


def store() -> TrustStore:
    signer = sv.test_signer()
    xml = sv.trust_list_xml(signer.ca_certificate, "http://127.0.0.1/b.der")
    return TrustStore.of(xml, {sv.CA_ID: [signer.certificate]})


def page_image(case: sv.SealCase, folder: Path) -> tuple[np.ndarray, Any]:
    """The image the pipeline would read, and the sharper renderer it would have."""
    if case.rendering != "pdf":
        return np.asarray(sv.render(case).convert("L")), None
    import pypdfium2 as pdfium

    path = sv.write(case, folder)
    pdf = pdfium.PdfDocument(str(path))
    try:
        bitmap = pdf[0].render(scale=PDF_PAGE_DPI / 72, grayscale=True)
        grey = np.asarray(bitmap.to_pil().convert("L")).copy()
    finally:
        pdf.close()
    return grey, pdf_sharper(path, 0, PDF_PAGE_DPI)


def run_case(case: sv.SealCase, trust: TrustStore, folder: Path) -> dict[str, Any]:
    grey, sharper = page_image(case, folder)
    read_codes(grey[:64, :64])  # keep first-call costs out of the timing
    start = time.perf_counter()
    found = read_codes(grey, sharper)
    seconds = time.perf_counter() - start
    expected = sv.code_of(case)
    status = None
    if found:
        try:
            status = trust.verify(decode(found[0].data)).status.value
        except ValueError as exc:
            status = f"error: {exc}"
    return {
        "name": case.name,
        "rendering": case.rendering,
        "kind": case.kind,
        "size": list(grey.shape),
        "found": bool(found),
        "decoded": bool(found) and found[0].data == expected,
        "how": found[0].how if found else None,
        "status": status,
        "seconds": round(seconds, 4),
    }


def summary(rows: list[dict[str, Any]]) -> dict[str, Any]:
    out: dict[str, Any] = {"renderings": {}}
    signed = [r for r in rows if r["kind"] == "signed"]
    for rendering in dict.fromkeys(r["rendering"] for r in signed):
        mine = [r for r in signed if r["rendering"] == rendering]
        out["renderings"][rendering] = {
            "pages": len(mine),
            "decode_rate": round(sum(r["decoded"] for r in mine) / len(mine), 3),
            "valid_rate": round(sum(r["status"] == "valid" for r in mine) / len(mine), 3),
            "median_s": round(statistics.median(r["seconds"] for r in mine), 3),
        }
    never = [r for r in rows if r["kind"] in ("none", "altered", "rogue")]
    out["false_valid"] = sum(r["status"] == SealStatus.VALID.value for r in never)
    out["never_valid_pages"] = len(never)
    other = [r for r in rows if r["kind"] == "other_holder"]
    out["other_holder_valid"] = f"{sum(r['status'] == 'valid' for r in other)}/{len(other)}"
    empty = [r["seconds"] for r in rows if r["kind"] == "none"]
    out["no_code_pages"] = len(empty)
    out["no_code_mean_s"] = round(statistics.mean(empty), 3) if empty else None
    out["no_code_max_s"] = round(max(empty), 3) if empty else None
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--per-rendering", type=int, default=8)
    parser.add_argument("--json", action="store_true", help="print the rows and summary as JSON")
    args = parser.parse_args()
    trust = store()
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        for case in sv.cases(args.per_rendering):
            row = run_case(case, trust, Path(tmp))
            rows.append(row)
            if not args.json:
                print(f"{row['name']:<24} {row['kind']:<12} {row['how'] or '-':<9} "
                      f"{row['status'] or 'no code':<14} {row['seconds']:.3f} s", flush=True)  # fmt: skip
    result = summary(rows)
    if args.json:
        print(json.dumps({"rows": rows, "summary": result}, indent=2))
        return
    print()
    print(f"{'rendering':<10} {'pages':>5} {'decoded':>8} {'valid':>7} {'median s':>9}")
    for rendering, s in result["renderings"].items():
        print(f"{rendering:<10} {s['pages']:>5} {s['decode_rate']:>8.3f} {s['valid_rate']:>7.3f} "
              f"{s['median_s']:>9.3f}")  # fmt: skip
    print(f"false valid: {result['false_valid']} of {result['never_valid_pages']} pages that "
          f"must not verify (no code, altered, uncertified key); a code signing another "
          f"holder verifies on {result['other_holder_valid']} (the page, not the code, lies)")  # fmt: skip
    print(f"pages without a code: {result['no_code_pages']}, mean {result['no_code_mean_s']} s, "
          f"max {result['no_code_max_s']} s")  # fmt: skip


if __name__ == "__main__":
    main()
