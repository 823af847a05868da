"""Every file format the packet may hold becomes the right pages (no OCR here)."""

from __future__ import annotations

import io
from pathlib import Path

import numpy as np
import pytest
from PIL import Image

from docverify.ingest import scan
from docverify.paginate import paginate


def _marked(width: int = 300, height: int = 200) -> Image.Image:
    """A landscape image whose top-left corner is black: orientation is visible."""
    img = Image.new("L", (width, height), 255)
    img.paste(0, (0, 0, 60, 40))
    return img


def _pages(tmp_path: Path, name: str, data: bytes) -> list:
    (tmp_path / name).write_bytes(data)
    (src,) = scan(tmp_path)
    return paginate(src)


def _encode(img: Image.Image, fmt: str, **kw: object) -> bytes:
    buf = io.BytesIO()
    img.save(buf, fmt, **kw)
    return buf.getvalue()


@pytest.mark.parametrize("fmt", ["PNG", "JPEG", "WEBP", "BMP", "GIF"])
def test_single_images(tmp_path: Path, fmt: str) -> None:
    (page,) = _pages(tmp_path, f"x.{fmt.lower()}", _encode(_marked(), fmt))
    assert page.image is not None and page.image.shape == (200, 300)


def test_multipage_tiff(tmp_path: Path) -> None:
    frames = [_marked(), _marked(), _marked()]
    data = _encode(frames[0], "TIFF", save_all=True, append_images=frames[1:])
    pages = _pages(tmp_path, "scan.tiff", data)
    assert [p.ref.page for p in pages] == [1, 2, 3]


def test_jpeg_exif_orientation_is_honoured(tmp_path: Path) -> None:
    exif = Image.Exif()
    exif[0x0112] = 6  # the camera held sideways: display rotated 90 degrees clockwise
    (page,) = _pages(tmp_path, "phone.jpg", _encode(_marked(), "JPEG", exif=exif))
    assert page.image is not None and page.image.shape == (300, 200)
    # the black corner is now at the top right
    assert page.image[:20, -20:].mean() < 60 and page.image[:20, :20].mean() > 200


def test_heic_photo(tmp_path: Path) -> None:
    pillow_heif = pytest.importorskip("pillow_heif")
    if (
        not pillow_heif.options.HEIF_ENCODERS
        if hasattr(pillow_heif.options, "HEIF_ENCODERS")
        else False
    ):
        pytest.skip("no HEIF encoder in this pillow-heif build")
    try:
        data = _encode(_marked().convert("RGB"), "HEIF")
    except Exception as exc:  # encoder missing in this build
        pytest.skip(f"cannot write HEIC here: {exc}")
    (page,) = _pages(tmp_path, "IMG_0001.HEIC", data)
    assert page.image is not None and page.image.shape == (200, 300)


def test_pdf_with_text_layer_is_not_rasterised_for_ocr() -> None:
    from tests.conftest import SAMPLES

    (src,) = [s for s in scan(SAMPLES / "complete_employed") if s.rel == "rib.pdf"]
    (page,) = paginate(src)
    assert page.text_layer and any("IBAN" in w.text for w in page.text_layer)


def test_png_with_transparency_gets_a_white_background(tmp_path: Path) -> None:
    img = Image.new("RGBA", (50, 50), (0, 0, 0, 0))
    img.paste((0, 0, 0, 255), (20, 20, 30, 30))  # some ink: a blank page is left out
    (page,) = _pages(tmp_path, "t.png", _encode(img, "PNG"))
    assert page.image is not None and np.all(page.image[:20] == 255)
    assert np.all(page.image[20:30, 20:30] == 0)


def test_text_layer_words_placed_without_space_characters(tmp_path: Path) -> None:
    """Some generators place each word of a justified line on its own, with no space
    character between them: the gap (a quarter of the font size) still parts the words,
    and the letters of a word stay together."""
    from reportlab.pdfbase.pdfmetrics import stringWidth
    from reportlab.pdfgen import canvas

    buf = io.BytesIO()
    c = canvas.Canvas(buf)
    c.setFont("Helvetica", 8.8)
    line = "Nom et prénom du locataire : M. Sami BEN AMOR, né le 30/05/1989 à Sfax"
    for row in range(20):  # a page of text, as a lease holds
        x = 40.0
        for word in line.split():
            c.drawString(x, 780 - 14 * row, word)
            x += stringWidth(word, "Helvetica", 8.8) + 2.45
    c.save()
    (page,) = _pages(tmp_path, "bail.pdf", buf.getvalue())
    words = [w.text for w in page.text_layer]
    assert words[: len(line.split())] == line.split()
    assert len(words) == 20 * len(line.split())


def test_text_set_twice_to_look_bold_is_read_once(tmp_path: Path) -> None:
    """A payslip generator sets the employer's name twice, in a regular and over it in a
    bold face (set_aj p01): the text layer read "LLUUMMIINNAA AANNAALLYYTTIICCSS". Each
    character is read once; like letters side by side ("ALLEE") stay two."""
    from reportlab.pdfgen import canvas

    buf = io.BytesIO()
    c = canvas.Canvas(buf)
    for font in ("Helvetica", "Helvetica-Bold"):
        c.setFont(font, 8.5)
        c.drawString(42.5, 740, "LUMINA ANALYTICS SAS")
    c.setFont("Helvetica", 8.5)
    for row in range(12):  # the rest of the page
        c.drawString(42.5, 720 - 14 * row, "12 ALLEE DES MILLE ETANGS")
    c.save()
    (page,) = _pages(tmp_path, "bulletin.pdf", buf.getvalue())
    words = [w.text for w in page.text_layer]
    assert words[:8] == ["LUMINA", "ANALYTICS", "SAS", "12", "ALLEE", "DES", "MILLE", "ETANGS"]
    assert len(words) == 3 + 12 * 5


def test_a_scanned_pdf_is_loaded_without_pdfplumber() -> None:
    """A PDF of scans has no character for pdfium to count: pdfplumber (0.15 s to import,
    then a parse of each page's image) is not loaded for it, which shortens the start of
    a packet whose first file is a scan; a PDF with a text layer still gets its words."""
    import subprocess
    import sys

    repo = Path(__file__).resolve().parents[2]
    code = (
        "import sys\n"
        "from pathlib import Path\n"
        "from docverify.ingest import scan\n"
        "from docverify.paginate import paginate\n"
        f"files = {{f.rel: f for f in scan(Path({str(repo / 'samples/complete_employed')!r}))}}\n"
        "pages = paginate(files['acte_naissance.pdf'])\n"
        "assert pages and not pages[0].text_layer\n"
        "print('pdfplumber' in sys.modules)\n"
        "rib = paginate(files['rib.pdf'])\n"
        "print(bool(rib[0].text_layer), 'pdfplumber' in sys.modules)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True).stdout.split("\n")  # fmt: skip
    assert out[:2] == ["False", "True True"], out
