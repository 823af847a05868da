"""The command line as a user runs it: exit codes, JSON on stdout only, usage errors."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import SAMPLES

pytestmark = pytest.mark.e2e


def run(*args: str, cache: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "DOCVERIFY_CACHE_DIR": str(cache)}
    return subprocess.run(
        [sys.executable, "-m", "docverify", *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=600,
    )


def test_complete_packet_json_exit_0(ocr_cache_dir: Path) -> None:
    proc = run(
        str(SAMPLES / "complete_employed"),
        "--format",
        "json",
        "--as-of",
        "2026-11-15",
        cache=ocr_cache_dir,
    )
    report = json.loads(proc.stdout)  # stdout holds the JSON and nothing else
    assert report["schema"] == "docverify.report/1"
    assert [r["id"] for r in report["requirements"]] == [
        "application_form", "identity", "residence_status", "birth_certificate",
        "residence_proof", "bank_details", "employment",
    ]  # fmt: skip
    assert proc.returncode == {"complete": 0, "incomplete": 1, "questionable": 3}[report["status"]]
    assert report["status"] == "complete", proc.stdout[:3000]


def test_incomplete_packet_exit_1_and_terminal_report(ocr_cache_dir: Path, tmp_path: Path) -> None:
    out = tmp_path / "report.txt"
    proc = run(
        str(SAMPLES / "defect_two_bills"),
        "--as-of",
        "2026-11-15",
        "--lang",
        "en",
        "-o",
        str(out),
        cache=ocr_cache_dir,
    )
    assert proc.returncode == 1, proc.stderr
    text = out.read_text(encoding="utf-8")
    assert "residence_proof" in text and "INCOMPLETE" in text


def test_the_terminal_report_in_french(ocr_cache_dir: Path, tmp_path: Path) -> None:
    """With --lang fr the terminal report speaks French, as the JSON and HTML ones do:
    verdict, headings, requirement names, statuses and finding sentences."""
    out = tmp_path / "rapport.txt"
    proc = run(str(SAMPLES / "defect_two_bills"), "--as-of", "2026-11-15", "--lang", "fr",
               "-o", str(out), cache=ocr_cache_dir)  # fmt: skip
    assert proc.returncode == 1, proc.stderr
    text = out.read_text(encoding="utf-8")
    for words in ("INCOMPLET : la CPAM renverrait ce dossier", "Pièce demandée",
                  "Justificatif de résidence (3 mois)", "non valable", "Pas assez de factures",
                  "Documents trouvés", "Demandeur :"):  # fmt: skip
        assert words in text, words
    assert "INCOMPLETE" not in text and "Requirement" not in text


def test_redact_masks_identifiers(ocr_cache_dir: Path) -> None:
    proc = run(
        str(SAMPLES / "complete_employed"),
        "-f",
        "json",
        "--redact",
        "--as-of",
        "2026-11-15",
        cache=ocr_cache_dir,
    )
    report = json.loads(proc.stdout)
    rib = next(d for d in report["documents"] if d["type"] == "rib")
    assert "*" in rib["fields"]["iban"]
    assert "FR7630004008280001234567841" not in proc.stdout


@pytest.mark.parametrize(
    "args",
    [("/nonexistent/packet",), (str(SAMPLES / "complete_employed"), "--bogus"),
     (str(SAMPLES / "complete_employed"), "--as-of", "15/11/2026")],
)  # fmt: skip
def test_usage_errors_exit_2(args: tuple[str, ...], ocr_cache_dir: Path) -> None:
    proc = run(*args, cache=ocr_cache_dir)
    assert proc.returncode == 2, (proc.stdout, proc.stderr)
    assert proc.stdout == ""


def test_several_packets_give_json_lines_and_the_worst_exit(ocr_cache_dir: Path) -> None:
    proc = run(
        str(SAMPLES / "complete_employed"), str(SAMPLES / "defect_two_bills"),
        "-f", "json", "--as-of", "2026-11-15", cache=ocr_cache_dir,
    )  # fmt: skip
    reports = [json.loads(line) for line in proc.stdout.splitlines()]
    assert [Path(r["packet"]).name for r in reports] == ["complete_employed", "defect_two_bills"]
    assert reports[1]["status"] == "incomplete"
    assert proc.returncode == 1


def test_missing_tesseract_is_a_tool_failure_exit_4(ocr_cache_dir: Path, tmp_path: Path) -> None:
    packet = tmp_path / "p"
    packet.mkdir()
    (packet / "scan.jpg").write_bytes(
        (SAMPLES / "complete_employed" / "passeport.jpg").read_bytes()
    )
    env = {
        **os.environ,
        "PATH": str(tmp_path / "no-bin"),
        "DOCVERIFY_CACHE_DIR": str(tmp_path / "c"),
    }
    proc = subprocess.run(
        [sys.executable, "-m", "docverify", str(packet)],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )
    assert proc.returncode == 4, proc.stderr
    assert "tesseract" in proc.stderr


def test_logs_never_hold_full_identifiers(ocr_cache_dir: Path) -> None:
    # an audit date no other test uses: the packet is really audited (OCR from the cache)
    proc = run(
        str(SAMPLES / "complete_employed"), "--verbose", "-f", "json", "--as-of", "2026-11-17",
        cache=ocr_cache_dir,
    )  # fmt: skip
    report = json.loads(proc.stdout)
    iban = next(d for d in report["documents"] if d["type"] == "rib")["fields"]["iban"]
    number = next(d for d in report["documents"] if d["type"] == "passport")["fields"][
        "document_number"
    ]
    assert iban and number
    assert "reading passeport.jpg" in proc.stderr, "verbose mode should log progress"
    assert iban not in proc.stderr.replace(" ", "")
    assert number not in proc.stderr


def test_html_report_is_one_self_contained_file(ocr_cache_dir: Path, tmp_path: Path) -> None:
    out = tmp_path / "report.html"
    proc = run(
        str(SAMPLES / "defect_two_bills"), "-f", "html", "-o", str(out), "--redact",
        "--as-of", "2026-11-15", cache=ocr_cache_dir,
    )  # fmt: skip
    assert proc.returncode == 1, proc.stderr
    html = out.read_text(encoding="utf-8")
    assert html.startswith("<!doctype html>") and html.rstrip().endswith("</html>")
    assert "residence_proof.not_enough_bills" in html and "factures/edf_2026-09.pdf p.1" in html
    assert "<script" not in html and "http" not in html.split("</style>")[1]
    assert "FR7630004008280001234567841" not in html  # --redact


def test_html_takes_one_packet(ocr_cache_dir: Path) -> None:
    proc = run(str(SAMPLES / "defect_two_bills"), str(SAMPLES / "complete_employed"), "-f", "html",
               cache=ocr_cache_dir)  # fmt: skip
    assert proc.returncode == 2


def test_profile_shows_where_the_time_went(tmp_path: Path) -> None:
    packet = tmp_path / "p"
    packet.mkdir()
    for name in ("rib.pdf", "passeport.jpg"):
        (packet / name).write_bytes((SAMPLES / "complete_employed" / name).read_bytes())
    args = (str(packet), "--profile", "-f", "json", "--as-of", "2026-11-15")
    proc = run(*args, cache=tmp_path / "c")
    json.loads(proc.stdout)  # the report is unchanged: the profile goes to stderr
    assert "Time per stage" in proc.stderr and "reading pages" in proc.stderr
    ocr_line = next(line for line in proc.stderr.splitlines() if "passeport.jpg p.1" in line)
    assert "ocr" in ocr_line and float(ocr_line.split("│")[3]) > 0
    assert "passport" in proc.stderr  # the slowest documents, by type
    again = run(*args, cache=tmp_path / "c")
    assert "unchanged since its last audit" in again.stderr
