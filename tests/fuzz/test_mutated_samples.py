"""Corpus-driven robustness: the bundled sample files, damaged the way files get damaged
(truncated downloads, flipped bytes, PDF objects shuffled by a careless tool), audited as
packets. Every audit must end with a report: the seven requirements, every file listed
(with its error when it cannot be read), valid UTF-8 JSON, no Python internals in any
message.

CI mode audits one packet per kind of damage with tesseract (and passporteye) replaced by
a stub that reads nothing: what is fuzzed here are the decoders and the stages after OCR;
the real tesseract runs on hostile files in ``tests/hostile``. The long mode
(``DOCVERIFY_FUZZ=long``, see ``fuzzing.py``) audits five seeds of damage, both sample
packets, with the real tesseract; ``DOCVERIFY_FUZZ_SEEDS=N`` sets the number of seeds.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import random
import re
import shutil
from pathlib import Path
from typing import Any

import pytest
from samplekit.hostile import report_messages

from docverify.model import REQUIREMENT_IDS, AuditOptions, Limits
from docverify.report.json_report import render
from tests.conftest import SAMPLES
from tests.fuzz.fuzzing import LONG

pytestmark = pytest.mark.e2e

KINDS = ("truncate", "flip", "shuffle")
PACKETS = ("complete_employed", "complete_hosted") if LONG else ("complete_employed",)
SEEDS = range(int(os.environ.get("DOCVERIFY_FUZZ_SEEDS") or (5 if LONG else 1)))


def truncate(data: bytes, rng: random.Random) -> bytes:
    return data[: rng.randint(0, max(0, len(data) - 1))]


def flip(data: bytes, rng: random.Random) -> bytes:
    out = bytearray(data)
    for _ in range(rng.randint(1, 24)):
        if out:
            out[rng.randrange(len(out))] ^= rng.randint(1, 255)
    return bytes(out)


_OBJ = re.compile(rb"\d+\s+\d+\s+obj\b")


def shuffle(data: bytes, rng: random.Random) -> bytes:
    """The indirect objects of a PDF in another order (the cross-reference table then
    points at the wrong places: a reader must rebuild it); other files get flipped bytes."""
    starts = [m.start() for m in _OBJ.finditer(data)]
    if len(starts) < 2:
        return flip(data, rng)
    tail_at = data.find(b"endobj", starts[-1])
    tail_at = len(data) if tail_at < 0 else tail_at + len(b"endobj")
    objects = [data[a:b] for a, b in zip(starts, [*starts[1:], tail_at], strict=True)]
    rng.shuffle(objects)
    return data[: starts[0]] + b"\n".join(objects) + data[tail_at:]


MUTATE = {"truncate": truncate, "flip": flip, "shuffle": shuffle}


def _mutated_packet(source: Path, target: Path, kind: str, seed: int) -> list[str]:
    rng = random.Random(f"{source.name}:{kind}:{seed}")
    names = []
    for path in sorted(source.rglob("*")):
        if not path.is_file():
            continue
        rel = path.relative_to(source)
        out = target / rel
        out.parent.mkdir(parents=True, exist_ok=True)
        out.write_bytes(MUTATE[kind](path.read_bytes(), rng))
        names.append(rel.as_posix())
    return names


@pytest.fixture
def stub_tesseract(monkeypatch: pytest.MonkeyPatch) -> None:
    """In CI mode tesseract reads nothing, instantly (the real one runs in long mode)."""
    if LONG:
        return
    from pytesseract import pytesseract

    from docverify import ocr
    from docverify.vision import mrz as vision_mrz

    def read_nothing(kind: str, *args: Any, **kwargs: Any) -> Any:
        return (0, 0.0) if kind == "orientation" else ""

    def run_tesseract(input_filename: str, output_filename_base: str, extension: str,
                      *args: Any, **kwargs: Any) -> None:  # fmt: skip
        Path(f"{output_filename_base}.{extension}").write_text("")  # passporteye's own calls

    monkeypatch.setattr(ocr, "_read", read_nothing)
    monkeypatch.setattr(pytesseract, "run_tesseract", run_tesseract)
    # with nothing read, every page would be searched for an MRZ by passporteye: slow
    monkeypatch.setattr(vision_mrz, "_passporteye_pass", lambda *_a, **_k: False)


@pytest.mark.parametrize("packet", PACKETS)
@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize("seed", SEEDS)
def test_damaged_samples_end_with_a_report(
    tmp_path: Path, packet: str, kind: str, seed: int, stub_tesseract: None
) -> None:
    from docverify.pipeline import audit

    folder = tmp_path / "packet"
    names = _mutated_packet(SAMPLES / packet, folder, kind, seed)
    limits = Limits(page_timeout=60.0, time_budget=600.0)
    options = AuditOptions(dt.date(2026, 11, 15), workers=1, use_cache=False, limits=limits)
    result = audit(folder, options)
    report = json.loads(render(result).encode("utf-8"))
    assert [r["id"] for r in report["requirements"]] == list(REQUIREMENT_IDS)
    assert sorted(f["path"] for f in report["files"]) == sorted(names)
    for message in report_messages(report):
        assert " at 0x" not in message and "unexpected" not in message, message
    shutil.rmtree(folder)
