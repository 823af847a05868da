"""Page limits: per file, per packet, pixels per rendered page; blank pages found cheaply
and never OCR'd; each limit says what it left out."""

from __future__ import annotations

import io
import time
from pathlib import Path

import numpy as np
import pytest
from PIL import Image
from samplekit.hostile import minimal_pdf

from docverify import paginate
from docverify.errors import FileReadError
from docverify.ingest import scan
from docverify.model import Limits
from tests.conftest import SAMPLES

TEXT = b"BT /F1 24 Tf 72 720 Td (Hello) Tj ET"


def _src(tmp_path: Path, name: str, data: bytes):  # type: ignore[no-untyped-def]
    (tmp_path / name).write_bytes(data)
    (src,) = [s for s in scan(tmp_path) if s.rel == name]
    return src


def test_pages_per_file_and_per_packet(tmp_path: Path) -> None:
    src = _src(tmp_path, "blank.pdf", minimal_pdf(100))
    loaded = paginate.load(src, Limits(max_pages_per_file=7))
    assert (loaded.total, loaded.read, loaded.pages) == (100, 7, [])
    assert loaded.blank == list(range(1, 8))
    codes = [f.code for f in loaded.findings]
    assert codes == ["page.blank", "file.too_many_pages"]
    assert "has 100 pages: only the first 7" in loaded.findings[1].message
    assert loaded.not_read == list(range(8, 101))
    quota = paginate.load(src, Limits(), quota=3)
    assert quota.read == 3 and quota.findings[-1].code == "packet.too_many_pages"
    with pytest.raises(FileReadError, match="page limit"):
        paginate.load(src, Limits(), quota=0)


def test_a_thousand_blank_pages_are_never_rendered(tmp_path: Path) -> None:
    src = _src(tmp_path, "blank.pdf", minimal_pdf(1000))
    start = time.perf_counter()
    loaded = paginate.load(src, Limits(max_pages_per_file=1000, max_pages=1000))
    assert loaded.read == 1000 and not loaded.pages and len(loaded.blank) == 1000
    assert time.perf_counter() - start < 30  # no rendering: about a second


def test_huge_page_rendered_smaller_or_refused(tmp_path: Path) -> None:
    inch200 = 200 * 72
    ink = b"0 g 720 720 13000 13000 re f"
    src = _src(tmp_path, "huge.pdf", minimal_pdf(1, inch200, inch200, ink))
    loaded = paginate.load(src)
    assert not loaded.pages and [f.code for f in loaded.findings] == ["page.too_large"]
    assert "200 x 200 inches" in loaded.findings[0].message
    assert loaded.not_read == [1]
    # an A2 poster of text is rendered, at a resolution that keeps it under the limit
    a2 = _src(tmp_path, "a2.pdf", minimal_pdf(1, 1191, 1684, ink))
    (page,) = paginate.load(a2, Limits(max_page_pixels=20_000_000)).pages
    assert page.image is not None and page.image.size <= 20_000_000
    assert page.dpi < paginate.PDF_RENDER_DPI


def test_blank_scans_are_found_and_left_out(tmp_path: Path) -> None:
    rng = np.random.default_rng(7)
    blank = np.full((1100, 850), 245, np.uint8)
    specks = blank.copy()
    specks[rng.integers(50, 1050, 40), rng.integers(50, 800, 40)] = 30  # dust
    written = specks.copy()
    written[500:530, 100:700:4] = 20  # one line of writing
    frames = [Image.fromarray(a) for a in (blank, specks, written)]
    buf = io.BytesIO()
    frames[0].save(buf, "TIFF", save_all=True, append_images=frames[1:])
    loaded = paginate.load(_src(tmp_path, "scan.tif", buf.getvalue()))
    assert loaded.blank == [1, 2]
    assert [p.ref.page for p in loaded.pages] == [3]


def test_image_frames_are_limited_too(tmp_path: Path) -> None:
    page = np.full((200, 150), 255, np.uint8)
    page[50:60, 20:130] = 0
    frames = [Image.fromarray(page) for _ in range(6)]
    buf = io.BytesIO()
    frames[0].save(buf, "TIFF", save_all=True, append_images=frames[1:])
    loaded = paginate.load(_src(tmp_path, "many.tif", buf.getvalue()), Limits(max_pages_per_file=4))
    assert len(loaded.pages) == 4
    assert loaded.findings[-1].code == "file.too_many_pages"
    assert "more than 4 pages" in loaded.findings[-1].message


@pytest.mark.parametrize("packet", ["complete_employed", "complete_hosted"])
def test_sample_scans_are_not_blank(packet: str) -> None:
    """No scan or photo of the bundled packets is taken for blank (the golden tests cover
    their PDFs)."""
    for src in scan(SAMPLES / packet):
        if src.kind == "image":
            loaded = paginate.load(src)
            assert not loaded.blank, f"{packet}/{src.rel}: {loaded.blank}"


def test_unexpected_decoder_errors_become_file_errors(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def explode(*_args: object, **_kw: object) -> None:
        raise IndexError("list index out of range in a decoder")

    monkeypatch.setattr(paginate, "_pdf_stream", explode)
    src = _src(tmp_path, "x.pdf", minimal_pdf(1))
    with pytest.raises(FileReadError, match="IndexError"):
        paginate.load(src)


def test_messages_show_no_object_reprs(tmp_path: Path) -> None:
    src = _src(tmp_path, "photo.png", b"\x89PNG\r\n\x1a\n" + bytes(40))
    with pytest.raises(FileReadError) as info:
        paginate.load(src)
    assert " at 0x" not in str(info.value)
    assert "not a readable image" in str(info.value)


def test_a_pdfs_pages_come_one_by_one_as_they_render(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The first page of a PDF is handed on (to be read) before the next one renders: the
    start-up to the first page read does not wait for the whole file."""
    rendered: list[int] = []
    real = paginate._grey_array

    def counted(bitmap: object) -> np.ndarray:
        rendered.append(1)
        return real(bitmap)

    monkeypatch.setattr(paginate, "_grey_array", counted)
    monkeypatch.setattr(paginate, "is_blank", lambda _image: False)  # drawn pages
    src = _src(tmp_path, "three.pdf", minimal_pdf(3, content=b"0 0 m 100 100 l S"))
    out = paginate.Loaded()
    pages = paginate.load_stream(src, out, Limits())
    first = next(pages)
    assert first.ref.page == 1 and len(rendered) == 1 and out.total == 3
    assert [p.ref.page for p in pages] == [2, 3] and len(rendered) == 3
    assert out.read == 3 and len(out.pages) == 3
