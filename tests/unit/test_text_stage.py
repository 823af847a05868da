"""The text stage on rendered pages: orientation, deskew, and the recovery pass for rows
tesseract's layout analysis skips. Real tesseract, small synthetic pages."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
from PIL import Image, ImageDraw, ImageFont

from docverify import ocr
from docverify.cache import OcrCache
from docverify.model import Page, PageRef, PageText, Word
from docverify.recover import recover_missed_lines
from docverify.text import read_page
from docverify.vision.geometry import estimate_skew, rotate_quadrant, rotate_small

FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
DATA = Path(__file__).resolve().parents[1] / "data"
LINES = [
    "Facture EDF du 05/09/2026",
    "Titulaire du contrat : Mme Emily CARTER",
    "Adresse de consommation : 12 rue des Lilas 75011 Paris",
    "Montant TTC : 64,20 euros",
]


def _page(lines: list[str] = LINES, size: tuple[int, int] = (1654, 1100)) -> np.ndarray:
    img = Image.new("L", size, 255)
    draw = ImageDraw.Draw(img)
    font = ImageFont.truetype(FONT, 34)
    for i, line in enumerate(lines):
        draw.text((120, 120 + i * 90), line, font=font, fill=0)
    return np.asarray(img).copy()


@pytest.mark.parametrize("angle", [-4.0, -1.5, -1.3, 1.4, 2.0, 6.0])
def test_skew_is_measured(angle: float) -> None:
    assert estimate_skew(rotate_small(_page(), angle)) == pytest.approx(-angle, abs=0.3)


@pytest.mark.parametrize("turn", [0, 90, 180, 270])
def test_rotated_page_is_read_upright(turn: int, tmp_path: Path) -> None:
    page = Page(PageRef("x.png", 1), rotate_quadrant(_page(), turn), 300, sha256=f"t{turn}")
    text = read_page(page, "fra+eng", OcrCache(tmp_path)).text
    assert "CARTER" in text and "Lilas" in text


@pytest.mark.parametrize("turn", [0, 180])
def test_an_unsure_osd_turn_is_checked_against_the_page(
    turn: int, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """On a sparse page (a sticker on a sheet) OSD says "180" with a confidence of 2-3
    as often for an upright page as for a turned one: the two readings decide."""
    monkeypatch.setattr(ocr, "detect_orientation", lambda image: (180, 2.9, "Latin"))
    page = Page(PageRef("x.png", 1), rotate_quadrant(_page(), turn), 300, sha256=f"osd{turn}")
    text = read_page(page, "fra+eng", OcrCache(tmp_path))
    assert text.rotation == turn and "CARTER" in text.text


def _full_page(turn: int, sha: str) -> Page:
    """A page of twenty lines, turned ``turn`` degrees counter-clockwise from upright (it
    needs ``turn`` clockwise to be read)."""
    lines = LINES * 3 + ["Référence client : 3004 1234 5678", "Échéance : 15/10/2026"]
    image = rotate_quadrant(_page(lines, (1300, 1300)), (360 - turn) % 360)
    return Page(PageRef("x.png", 1), image, 300, sha256=sha)


def _counted_reads(monkeypatch: pytest.MonkeyPatch) -> list[tuple[int, ...]]:
    """The shapes of the images ``ocr.ocr_words`` reads from now on."""
    calls: list[tuple[int, ...]] = []
    real = ocr.ocr_words

    def counted(image: np.ndarray, *args: str, **kwargs: str) -> tuple[object, ...]:
        calls.append(image.shape)
        return real(image, *args, **kwargs)

    monkeypatch.setattr(ocr, "ocr_words", counted)
    return calls


@pytest.mark.parametrize(("turn", "reads"), [(0, 1), (90, 1)])
def test_a_page_that_reads_upright_is_not_read_in_other_turns(
    turn: int, reads: int, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """OSD unsure and wrong (a card, a sparse page): the page as scanned is read first and
    kept when it reads upright; a page whose lines stand on end is read in a quarter turn
    at once, and that read is kept."""
    monkeypatch.setattr(ocr, "detect_orientation", lambda image: (0 if turn else 180, 0.7, "Latin"))
    calls = _counted_reads(monkeypatch)
    page = _full_page(turn, f"once{turn}")
    text = read_page(page, "fra+eng", OcrCache(tmp_path))
    assert text.rotation == turn and "CARTER" in text.text
    assert len(calls) == reads


def test_recovery_reads_rows_the_layout_pass_missed() -> None:
    image = _page()
    recovered = recover_missed_lines(image, 300, (), "fra+eng")
    text = " ".join(w.text for w in recovered)
    assert "CARTER" in text and "75011" in text
    # and in reading order: the first row first
    assert text.index("Facture") < text.index("Titulaire") < text.index("Montant")


def test_a_table_cell_the_layout_pass_missed_is_read_beside_its_rules() -> None:
    """A US certificate's name row: three cells parted by vertical rules as tall as the
    row. Tesseract read the first two; the third ("1c. (Last)  SMITH") comes back."""
    img = Image.new("L", (2400, 400), 255)
    draw = ImageDraw.Draw(img)
    small, value = ImageFont.truetype(FONT, 22), ImageFont.truetype(FONT, 40)
    draw.rectangle((100, 100, 2300, 260), outline=0, width=4)
    for x, label, text in ((100, "1a. CHILD'S NAME (First)", "JOHN"),
                           (900, "1b. (Middle)", "MICHAEL"), (1600, "1c. (Last)", "SMITH")):  # fmt: skip
        draw.line((x, 100, x, 260), fill=0, width=4)
        draw.text((x + 20, 115), label, font=small, fill=60)
        draw.text((x + 24, 180), text, font=value, fill=0)
    image = np.asarray(img).copy()
    read = [w for w in ocr.ocr_words(image, "fra+eng") if w.box[0] < 1580]
    recovered = recover_missed_lines(image, 300, tuple(read), "fra+eng")
    assert "SMITH" in [w.text for w in recovered]


def test_second_read_comes_from_the_cache(tmp_path: Path) -> None:
    cache = OcrCache(tmp_path)
    page = Page(PageRef("x.png", 1), _page(), 300, sha256="cache-test")
    first = read_page(page, "fra+eng", cache)
    assert list(tmp_path.rglob("*.json")), "nothing cached"
    second = read_page(page, "fra+eng", cache)
    assert second.text == first.text


def _photographed(perspective: float) -> np.ndarray:
    from samplekit.scan import PhotoOptions, photo

    page = Image.fromarray(_page(size=(1654, 1400)))
    shot = photo(page, seed=3, opts=PhotoOptions(perspective=perspective, margin=0.1))
    return np.asarray(shot.convert("L")).copy()


def test_page_photographed_on_a_table_is_found_and_flattened(tmp_path: Path) -> None:
    from docverify.vision.sheet import find_page_quad

    image = _photographed(0.06)
    quad = find_page_quad(image)
    assert quad is not None
    # the corners sit inside the picture, around the page (10 % margins)
    xs, ys = [c[0] for c in quad], [c[1] for c in quad]
    assert min(xs) > 0.02 * image.shape[1] and max(xs) < 0.98 * image.shape[1]
    assert min(ys) > 0.02 * image.shape[0] and max(ys) < 0.98 * image.shape[0]
    text = read_page(
        Page(PageRef("p.jpg", 1), image, 300, sha256="photo"), "fra+eng", OcrCache(tmp_path)
    ).text
    assert "CARTER" in text and "75011" in text


def test_a_page_on_a_table_lit_from_one_side_is_found_by_its_edges(tmp_path: Path) -> None:
    """The table's lit side is as bright as the page, the page's far side is in shadow,
    and one corner nearly touches the frame (set_o p07's contract): brightness alone does
    not part the sheet from the table; its edges do."""
    import cv2

    from docverify.vision.sheet import find_page_quad

    h, w = 1500, 2000
    table = np.tile(np.linspace(150, 235, w), (h, 1))
    page = _page(size=(1654, 1400)).astype(np.float64)
    src = np.float32([[0, 0], [1653, 0], [1653, 1399], [0, 1399]])
    dst = np.float32([[110, 70], [1800, 60], [1870, 1310], [10, 1330]])
    m = cv2.getPerspectiveTransform(src, dst)
    warped = cv2.warpPerspective(page, m, (w, h), borderValue=-1)
    shade = np.tile(np.linspace(0.8, 1.0, w), (h, 1))  # the page's left half in shadow
    image = np.where(warped >= 0, warped * shade, table).clip(0, 255).astype(np.uint8)
    quad = find_page_quad(image)
    assert quad is not None
    for (x, y), (ex, ey) in zip(quad, dst.tolist(), strict=True):
        assert abs(x - ex) < 30 and abs(y - ey) < 30
    text = read_page(
        Page(PageRef("p.jpg", 1), image, 300, sha256="lit-photo"), "fra+eng", OcrCache(tmp_path)
    ).text
    assert "CARTER" in text and "75011" in text


def test_a_shadow_across_a_photographed_page_is_not_taken_for_its_edge() -> None:
    """A phone's shadow over the lower left of a cerfa's second page (blind set form_ai,
    d014, here at 600 x 800): the bright part's outline has four corners, one of them on
    the shadow's edge halfway up the sheet. Warped to it, the page came out in a steep
    perspective, its text unread and the page typed unknown. A sheet's opposite sides are
    of like length; that outline's are not, and the sheet's own edges are taken."""
    import cv2

    from docverify.vision.sheet import find_page_quad

    path = DATA / "ocr" / "form_ai_d014_shadowed_photo.jpg"
    image = cv2.imread(str(path), cv2.IMREAD_GRAYSCALE)
    quad = find_page_quad(image)
    assert quad is not None
    (_, top), _, (_, bottom_right), (_, bottom_left) = quad
    assert top < 100 and bottom_left > 740 and bottom_right > 740, quad


def test_flatbed_scan_and_screenshot_are_left_alone() -> None:
    from docverify.vision.sheet import find_page_quad

    assert find_page_quad(_page()) is None
    screenshot = _page()
    screenshot[:150, :] = 40  # a dark app header across the top
    assert find_page_quad(screenshot) is None


def test_the_loader_does_not_run_ahead_of_the_readers() -> None:
    """Decoded pages wait for a reader at most ``LOOK_AHEAD`` per worker: a folder of large
    photos is not decoded all at once while OCR lags behind."""
    import threading
    import time

    from docverify.model import PageText
    from docverify.text import LOOK_AHEAD, read_pages

    produced, done, ahead = [0], [0], []
    lock = threading.Lock()

    def pages():  # type: ignore[no-untyped-def]
        for n in range(20):
            with lock:
                produced[0] += 1
                ahead.append(produced[0] - done[0])
            yield Page(PageRef("photo.jpg", n + 1), None, 300)

    def slow_read(page: Page, languages: str, cache: OcrCache) -> list[PageText]:
        time.sleep(0.02)
        with lock:
            done[0] += 1
        return [PageText(page.ref, None, 300, (), "none")]

    texts = read_pages(pages(), "eng", OcrCache(None, enabled=False), 2, read=slow_read)
    assert [t.ref.page for t in texts] == list(range(1, 21))  # all read, in order
    assert max(ahead) <= 2 * LOOK_AHEAD


def _lit_from_one_side(page: np.ndarray) -> np.ndarray:
    """The page as a phone lit from its right sees it: the left half in grey shade."""
    h, w = page.shape
    light = np.linspace(0.68, 1.0, w)[None, :].repeat(h, axis=0)
    return (page.astype(np.float64) * light).astype(np.uint8)


def test_a_sparse_page_in_uneven_light_is_not_skewed() -> None:
    """One threshold for the whole page took the shade for ink, and a sparse page "lined
    up" along the shadow's edge at -11 degrees (a RIB photographed on a table)."""
    sparse = _page(LINES[:2], size=(1654, 2339))
    assert estimate_skew(_lit_from_one_side(sparse)) == pytest.approx(0.0, abs=0.3)


def test_uneven_light_is_made_even() -> None:
    from docverify.vision.geometry import even_light

    shaded = _lit_from_one_side(_page())
    even = even_light(shaded)
    assert shaded[600:1000, :100].max() < 190  # blank paper, in the shade
    assert even[600:1000].min() >= 235  # white again, across the page
    assert even.min() < 60  # the strokes stay dark
    assert np.array_equal(even_light(_page()), _page())  # even light: left as it is


def test_a_label_and_its_value_read_as_one_tall_word_are_read_again() -> None:
    """A banking app's card: a small grey "IBAN" over the large number. Tesseract (as
    recorded on such a screen) read the label and the number's first group as one tall
    word, "FR7é", at a confidence of 8: both rows come back, the number whole on its line."""
    img = Image.new("L", (1170, 700), 244)
    draw = ImageDraw.Draw(img)
    label = ImageFont.truetype(FONT, 30)
    value = ImageFont.truetype("/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf", 46)
    for y, lab, val in ((60, "Titulaire", "M WEI ZHANG"),
                        (330, "IBAN", "FR76 4061 8085 7874 4535 2660 558")):  # fmt: skip
        draw.rounded_rectangle((50, y, 1120, y + 200), 24, fill=255)
        draw.text((90, y + 40), lab, font=label, fill=120)
        draw.text((90, y + 100), val, font=value, fill=20)
    image = np.asarray(img).copy()
    read = ocr.ocr_words(image, "fra+eng")
    number = [w for w in read if w.box[1] > 400]
    first, rest = number[0], number[1:]
    assert first.text.startswith("FR")
    # what tesseract gave on the app's screen: label and first group as one word
    merged = Word("FR7é", (first.box[0], 370, first.box[2], first.box[3]), 7.7, first.line)
    recorded = (*[w for w in read if w.box[1] < 330], merged, *rest)
    lines = PageText(PageRef("s.png", 1), image, 300,
                     recover_missed_lines(image, 300, recorded, "fra+eng"), "ocr").lines  # fmt: skip
    assert "IBAN" in lines
    assert any(line.replace(" ", "") == "FR7640618085787445352660558" for line in lines), lines


def test_a_short_read_of_a_long_word_in_a_table_cell_is_read_again() -> None:
    """A US state certificate's table (set_m p01): tesseract, misled by the cells' rules,
    read "CALLOWAY" as "cus" (confidence 56) in a box eight letters wide, and "MEREDITH
    ANNE" as "wn". Such short reads are read again, and the names come back in their rows."""
    img = Image.new("L", (2400, 620), 255)
    draw = ImageDraw.Draw(img)
    small = ImageFont.truetype(FONT, 24)
    bold = ImageFont.truetype("/usr/share/fonts/truetype/dejavu/DejaVuSerif-Bold.ttf", 34)
    draw.text((900, 40), "STATE OF OHIO", font=bold, fill=0)
    draw.text((800, 110), "DEPARTMENT OF HEALTH", font=bold, fill=0)
    draw.text((780, 180), "CERTIFICATION OF BIRTH", font=bold, fill=0)
    for k, (label, value) in enumerate((("LAST NAME", "CALLOWAY"),
                                        ("FIRST / MIDDLE NAME", "MEREDITH ANNE"))):  # fmt: skip
        top = 260 + 120 * k
        draw.rectangle((200, top, 2270, top + 120), outline=0, width=3)
        draw.line((970, top, 970, top + 120), fill=0, width=3)
        draw.text((240, top + 45), label, font=small, fill=70)
        draw.text((1010, top + 40), value, font=bold, fill=0)
    image = np.asarray(img).copy()
    read = ocr.ocr_words(image, "fra+eng")
    kept = [w for w in read if w.box[3] < 260 or w.box[0] < 970]
    # what tesseract gave on the certificate's page: a short read in each value's box
    recorded = (
        *kept,
        Word("cus", (1010, 300, 1253, 331), 56.0, (3, 1, 1)),
        Word("wn", (1010, 420, 1369, 451), 52.0, (3, 1, 2)),
    )
    words = [w.text for w in recover_missed_lines(image, 300, recorded, "fra+eng")]
    assert "CALLOWAY" in words and "MEREDITH" in words and "ANNE" in words
    assert "cus" not in words and "wn" not in words


@pytest.mark.parametrize("angle", [1.4, -1.4])
def test_the_skew_of_a_page_of_two_wide_columns_is_measured(angle: float) -> None:
    """A registro laid out in two columns across the page: with its small text and its
    columns far apart, its profile peaks within a few tenths of a degree of the page's
    angle, and the scanner lid's straight edge scores more at 0° than the text at 1° or
    2°: a search by whole degrees alone left such a 1.4° scan unturned."""
    img = Image.new("L", (2068, 2924), 255)
    draw = ImageDraw.Draw(img)
    font = ImageFont.truetype(FONT, 22)
    for i in range(34):
        draw.text((180, 300 + i * 70), f"Primer Apellido {i} RAMIREZ", font=font, fill=0)
        draw.text((1500, 300 + i * 70), f"Segundo Apellido {i} GOMEZ", font=font, fill=0)
    page = rotate_small(np.asarray(img).copy(), angle)
    page[:6] = 150  # the lid's edge: a thin grey band
    assert estimate_skew(page) == pytest.approx(-angle, abs=0.25)


@pytest.mark.parametrize("turn", [0, 180])
def test_a_card_back_that_holds_little_but_its_mrz_is_turned_by_its_fillers(
    turn: int, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A residence card's back scanned small (506 x 319 px, no resolution stated): no word
    reads flat and confident either way up, and OSD says "180" unsure (1.9). The MRZ's
    fillers decide: read as "<" the right way up, as ">" upside down. Recorded reads of
    such a card (set_l p06) replay here, chosen by where the card's mark lies."""
    upright = ["IRFRACR31517206<<<<<<<<<<<<<<<", "8503301F3401147MAR<<<<<<<<<<<O",
               "L<IDRISSI<<FATIMA<ZAHRA<<<<<<"]  # fmt: skip
    upside = [">>>>>>VHYHVZ>VWILVI>>ISSTYGI>T", "O>>>>>>>>>>>UVWLPLLOVEILOEEOS"]

    def words(lines: list[str]) -> tuple[Word, ...]:
        return tuple(Word(t, (20, 40 * i, 480, 40 * i + 30), 40.0, (1, 1, i))
                     for i, t in enumerate(lines))  # fmt: skip

    def replay(image: np.ndarray, *args: str, **kwargs: str) -> tuple[Word, ...]:
        h, w = image.shape[:2]
        if w < h:
            return words(["ee", "aa"])  # sideways
        return words(upright if image[:20, :20].mean() < 128 else upside)

    monkeypatch.setattr(ocr, "detect_orientation", lambda image: (180, 1.9, "Latin"))
    monkeypatch.setattr(ocr, "ocr_words", replay)
    card = np.full((319, 506), 235, np.uint8)
    card[:20, :20] = 0  # the mark: top left when the card is upright
    page = Page(PageRef("verso.jpg", 1), rotate_quadrant(card, (360 - turn) % 360), 150,
                sha256=f"card{turn}")  # fmt: skip
    assert read_page(page, "fra+eng", OcrCache(tmp_path)).rotation == turn


def test_a_photo_whose_sheet_is_not_found_has_its_light_made_even(tmp_path: Path) -> None:
    """A white apostille photographed on a pale table, darker at the top of the sheet than
    the table itself (blind set_n p09, scaled down): the sheet is not found, so it was read
    as photographed, and tesseract's one threshold turned the shaded top into noise ("Æ |
    Pern | LES"). Its light is now made even before it is read, found sheet or not."""
    photo = np.asarray(Image.open(DATA / "ocr" / "set_n_p09_apostille_photo.jpg").convert("L"))
    page = Page(PageRef("apostille.jpg", 1), photo.copy(), 72, sha256="set_n_p09_apostille")
    text = read_page(page, "fra+eng", OcrCache(tmp_path)).text
    assert "APOSTILLE" in text and "Colombia" in text and "AP-2026-287991" in text, text


def test_a_heading_on_a_grey_band_is_read_in_a_crop() -> None:
    """A section heading printed on a grey band, photographed in shade (form_o d034: the
    cerfa's "C - VOS ENGAGEMENTS ET SIGNATURE", a crop of the page as the OCR stage
    uprights it). Pasted on the white strip of crops, the band was binarised as one dark
    block and nothing was read; each crop is now put on white first."""
    band = np.asarray(Image.open(DATA / "ocr" / "form_o_d034_heading_band.png").convert("L"))
    words = [w.text for w in ocr.ocr_crops(band.copy(), [(41, 20, 512, 86)], "fra+eng", 1)]
    assert "ENGAGEMENTS" in words, words


def test_a_short_word_alone_in_a_forms_box_is_a_text_line() -> None:
    """A typed surname alone in the cerfa's box ("IYER", form_o d026): with the box's
    left edge beside it, its ink is about twice as wide as tall; it is a line to read."""
    from docverify.vision.text_rows import uncovered_text_lines

    img = Image.new("L", (2400, 300), 255)
    draw = ImageDraw.Draw(img)
    draw.rectangle((170, 100, 2300, 160), outline=0, width=3)
    draw.text((184, 108), "IYER", font=ImageFont.truetype(FONT, 40), fill=0)
    lines = uncovered_text_lines(np.asarray(img), [], 300)
    assert any(x0 <= 190 and x1 >= 280 and y0 <= 112 for x0, y0, x1, y1 in lines), lines
    words = [w.text for w in recover_missed_lines(np.asarray(img).copy(), 300, (), "fra+eng")]
    assert "IYER" in words, words


def test_a_box_edge_read_with_a_recovered_word_is_stripped() -> None:
    """ "[Pune" (45) and "[Arjun" (32): a box's left edge read as a bracket, which also
    pulls the word's confidence down; the word is kept without it. Noise is not."""
    from docverify.recover import _edge_stripped, _kept

    pune = _edge_stripped(Word("[Pune", (142, 1103, 320, 1208), 45.0))
    arjun = _edge_stripped(Word("[Arjun", (142, 849, 324, 954), 32.0))
    assert (pune.text, arjun.text) == ("Pune", "Arjun") and _kept(pune) and _kept(arjun)
    assert not _kept(Word("}9{6|7|", (0, 0, 9, 9), 0.0)) and not _kept(
        Word("ns.", (0, 0, 9, 9), 25.0)
    )


def test_a_page_osd_sees_in_cyrillic_is_read_again_in_its_languages(tmp_path: Path) -> None:
    """A Ukrainian birth certificate read with French and English is noise ("CBIAOLUTBO
    NPO HAPOLKEHHA"); OSD names its script, so it is read again with Ukrainian and Russian
    (installed by the README's set-up: tesseract-ocr-ukr, tesseract-ocr-rus). A Latin page
    is never turned Cyrillic."""
    assert {"ukr", "rus"} <= ocr.available_languages(), "install tesseract-ocr-ukr and -rus"
    rows = ["УКРАЇНА", "СВІДОЦТВО ПРО НАРОДЖЕННЯ", "Прізвище", "КОВАЛЕНКО", "Ім'я", "Оксана",
            "Дата народження", "05.09.1985", "Місце народження", "м. Харків", "Батько",
            "Коваленко Петро Іванович", "Мати", "Коваленко Галина Олексіївна"]  # fmt: skip
    image = _page(rows, size=(1654, 2339))
    page = Page(PageRef("svidotstvo.png", 1), image, 200, sha256="cyrillic-certificate")
    text = read_page(page, "fra+eng", OcrCache(tmp_path)).text
    assert "СВІДОЦТВО" in text and "КОВАЛЕНКО" in text, text
    latin = Page(PageRef("x.png", 1), _page(), 300, sha256="latin-page")
    assert "CARTER" in read_page(latin, "fra+eng", OcrCache(tmp_path)).text


def test_a_cards_back_is_not_turned_upside_down_for_a_stray_word() -> None:
    """The back of an Italian card cut out of a 150 dpi scan (set_o d016): little but its
    MRZ, no word read flat and confident the right way up, one upside down; OSD leans to
    180°. Its fillers read "<" only the right way up, and that decides."""
    import cv2

    from docverify.orientation import chevrons, upright_and_read
    from docverify.text import CARD_WIDTH_PX

    card = np.asarray(Image.open(DATA / "ocr" / "set_o_d016_card_back.png").convert("L"))
    scale = CARD_WIDTH_PX / card.shape[1]
    card = cv2.resize(card, None, fx=scale, fy=scale, interpolation=cv2.INTER_CUBIC)
    (rotation, _image, _skew, words, _reading), _script = upright_and_read(card, "fra+eng", 450)
    assert rotation == 0 and chevrons(words) > 0


def test_a_sideways_passport_osd_turns_the_wrong_way_is_turned_the_other_way(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A passport photographed sideways (set_t p04, scaled down): OSD, half sure (2.4), asks
    for a quarter turn the wrong way. The page as scanned reads in tall, narrow words (its
    lines standing on end), so the other quarter turn is tried too, and it wins (before,
    the sideways page was kept and the labels' geometry came out turned)."""
    from docverify.orientation import upright_and_read
    from docverify.vision.geometry import even_light

    monkeypatch.setattr(ocr, "detect_orientation", lambda image: (90, 2.41, "Latin"))
    photo = np.asarray(Image.open(DATA / "ocr" / "set_t_p04_passport_sideways.jpg").convert("L"))
    (rotation, _image, _skew, words, _reading), _script = upright_and_read(
        even_light(photo), "fra+eng", 120
    )
    assert rotation == 270 and "AMRANI" in " ".join(w.text for w in words)


def test_words_written_light_on_a_coloured_bar_are_read(tmp_path: Path) -> None:
    """An app's screenshot: its brand and title written white on a red bar, which
    tesseract does not see (and which evening the light turns into paper); the bar read
    reversed gives them. The rest of the screen is read as before."""
    img = Image.new("RGB", (1170, 2000), (246, 246, 246))
    draw = ImageDraw.Draw(img)
    draw.rectangle((0, 0, 1170, 420), fill=(204, 30, 30))
    draw.text((110, 220), "Mes factures", font=ImageFont.truetype(FONT, 44), fill="white")
    draw.text((70, 320), "sunwave", font=ImageFont.truetype(FONT, 64), fill="white")
    for i, line in enumerate(LINES):
        draw.text((100, 560 + i * 90), line, font=ImageFont.truetype(FONT, 34), fill=(20, 20, 20))
    grey = np.asarray(img.convert("L")).copy()
    page = Page(PageRef("Screenshot_1.png", 1), grey, 300, sha256="red-bar")
    text = read_page(page, "fra+eng", OcrCache(tmp_path)).text
    assert "sunwave" in text and "Mes factures" in text
    assert "CARTER" in text


@pytest.mark.parametrize("turn", [90, 270])
def test_a_sideways_page_is_turned_the_way_its_standing_lines_read(
    turn: int, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A page (a visa sticker, a card) scanned a quarter turn off, OSD unsure and asking for
    the wrong quarter turn: tesseract reads the standing lines well only when the page
    needs 270, so the right turn is read second and no third read is made."""
    monkeypatch.setattr(ocr, "detect_orientation", lambda image: (360 - turn, 0.4, "Latin"))
    calls = _counted_reads(monkeypatch)
    page = _full_page(turn, f"side{turn}")
    text = read_page(page, "fra+eng", OcrCache(tmp_path))
    assert text.rotation == turn and "CARTER" in text.text
    assert len(calls) == 2


@pytest.mark.parametrize("turn", [90, 270])
def test_a_page_whose_lines_stand_on_end_is_read_once_in_osds_quarter_turn(
    turn: int, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A page photographed sideways: its lines, smeared on a reduced copy, stand on end,
    so it is not read as scanned first (a whole read lost: 1-2 s on a phone photo of an
    A4 page) but in the quarter turn OSD gives, and that read is kept."""
    monkeypatch.setattr(ocr, "detect_orientation", lambda image: (turn, 1.4, "Latin"))
    calls = _counted_reads(monkeypatch)
    page = _full_page(turn, f"stand{turn}")
    text = read_page(page, "fra+eng", OcrCache(tmp_path))
    assert text.rotation == turn and "CARTER" in text.text
    assert len(calls) == 1


@pytest.mark.parametrize("turn", [0, 90, 180, 270])
def test_the_way_a_pages_lines_run_is_seen_on_a_reduced_copy(turn: int) -> None:
    from docverify.vision.geometry import lines_direction

    direction = lines_direction(rotate_quadrant(_page(), turn))
    assert direction >= 0.8 if turn in (0, 180) else direction <= -0.8
    assert lines_direction(np.full((900, 700), 255, np.uint8)) == 0.0  # blank: no say


def test_a_page_that_reads_upright_pays_no_orientation_detection(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Most pages come upright: their first read shows it, and OSD (0.1-0.2 s a page) is
    not run; a turned page still is turned."""
    asked: list[tuple[int, ...]] = []
    real = ocr.detect_orientation

    def counted(image: np.ndarray) -> tuple[int, float, str]:
        asked.append(image.shape)
        return real(image)

    monkeypatch.setattr(ocr, "detect_orientation", counted)
    for turn in (0, 180):
        page = _full_page(turn, f"osd-once{turn}")
        text = read_page(page, "fra+eng", OcrCache(tmp_path))
        assert text.rotation == turn and "CARTER" in text.text
        assert len(asked) == (0 if turn == 0 else 1)


def test_a_visa_photographed_upside_down_osd_calls_upright_is_turned_by_its_mrz(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A visa sticker photographed upside down (set_v d010, halved): OSD, half sure (3.1),
    calls it upright; its read shows the MRZ's fillers as ">>>>", and half a turn is
    tried first (before, the upside-down read was kept and the names came from noise)."""
    from docverify.orientation import upright_and_read
    from docverify.vision.geometry import even_light

    monkeypatch.setattr(ocr, "detect_orientation", lambda image: (0, 3.1, "Latin"))
    photo = np.asarray(Image.open(DATA / "ocr" / "set_v_d010_visa_upside_down.jpg").convert("L"))
    (rotation, _image, _skew, words, _reading), _script = upright_and_read(
        even_light(photo), "fra+eng", 150
    )
    assert rotation == 180 and "SHARMA" in " ".join(w.text for w in words)


def test_a_150_dpi_scan_is_enlarged_before_it_is_read(tmp_path: Path) -> None:
    """A payslip scanned at 150 dpi (blind set set_ag, p04): its employee block was read
    "M. RODRIGUEZ I", the rest of the name lost in the small print, and the payslip's name
    could not be compared. Enlarged to 300 dpi, as tesseract reads best, it is whole; the
    page's words and image are in the enlarged page's pixels."""
    image = np.asarray(Image.open(DATA / "ocr" / "set_ag_p04_payslip_150dpi.jpg").convert("L"))
    page = Page(PageRef("bulletin.jpg", 1), image, 150, sha256="payslip-150")
    read = read_page(page, "fra+eng", OcrCache(tmp_path))
    assert "RODRIGUEZ PACHECO Jose Gregorio" in read.text
    assert read.dpi == 300 and read.image is not None and read.image.shape[0] == 2 * image.shape[0]
    # from 160 dpi up a page is read as it comes: enlarged, a 177-dpi register entry
    # read its year 1961 as 1161 (set_ah p02)
    page = Page(PageRef("entry.jpg", 1), image, 177, sha256="entry-177")
    assert read_page(page, "fra+eng", OcrCache(tmp_path)).dpi == 177


def _form_with_grey_labels() -> np.ndarray:
    """A page of a form at 300 dpi: three framed boxes, each with its label printed small
    in grey (165 on white) at its top left and its value typed in black under it, and a
    paragraph of black print above them (which sets the page's threshold near mid-grey)."""
    img = Image.new("L", (2480, 1400), 240)
    draw = ImageDraw.Draw(img)
    body, small = ImageFont.truetype(FONT, 34), ImageFont.truetype(FONT, 24)
    for i in range(6):
        draw.text((180, 60 + 50 * i), "Remplissez ce formulaire en lettres capitales, datez-le, "
                  "signez-le et joignez les pieces", font=body, fill=20)  # fmt: skip
    rows = [("Nom de naissance", "SUBRAMANIAN"), ("Nom d'usage (facultatif)", ""),
            ("Prénom(s)", "Lakshmi Priya")]  # fmt: skip
    for i, (label, value) in enumerate(rows):
        top = 420 + 300 * i
        draw.rectangle((170, top, 2300, top + 110), outline=120, width=3)
        draw.text((190, top + 10), label, font=small, fill=165)
        draw.text((190, top + 50), value, font=body, fill=20)
    return np.asarray(img)


def test_grey_labels_inside_boxes_are_read() -> None:
    """form_au d006: the cerfa's labels printed small and grey inside their boxes ("Nom de
    naissance" over the typed name) were never read: the page's one threshold, set
    between black print and paper, makes paper of them. Rows of pale print no word
    covers are read too."""
    from docverify.vision.text_rows import pale_text_lines, uncovered_text_lines

    image = _form_with_grey_labels()
    words = ocr.ocr_words(image, "fra+eng")
    assert "naissance" not in [w.text for w in words]  # what the page's read gives
    boxes = [w.box for w in words]
    assert not any(y0 < 440 < y1 for _x0, y0, _x1, y1 in uncovered_text_lines(image, boxes, 300))
    pale = pale_text_lines(image, boxes, 300)
    assert any(y0 <= 432 and y1 >= 455 and x0 <= 190 for x0, y0, _x1, y1 in pale), pale
    out = [w.text for w in recover_missed_lines(image.copy(), 300, tuple(words), "fra+eng")]
    assert "naissance" in out and "Prénom(s)" in out and "d'usage" in out, out


def test_a_pale_label_inside_a_tall_words_box_cuts_the_box_back() -> None:
    """form_au d006: tesseract's box of "SUBRAMANIAN" (89 pixels on a page whose words
    are 30) reached up over the grey label printed over it. The label read on its pale
    row is kept and the name's box cut back under it; a pale word on a word of ordinary
    height is that word read twice."""
    from docverify.recover import _pale_words_placed

    page = [Word(f"w{i}", (100 * i, 0, 100 * i + 80, 30), 95.0) for i in range(9)]
    name = Word("SUBRAMANIAN", (197, 864, 504, 953), 92.8)
    label = Word("naissance", (290, 854, 403, 886), 93.0, (1005, 1000, 1))
    twice = Word("w3", (300, 0, 380, 30), 90.0, (1005, 1000, 1))
    words, found = _pale_words_placed((*page, name), [label, twice], 1004)
    assert found == [label]
    assert words[-1].box == (197, 886, 504, 953)


def _photo_read(tmp_path: Path, name: str) -> PageText:
    from docverify.pipeline import load_files

    folder = tmp_path / "packet"
    folder.mkdir()
    (folder / "IMG_0001.jpg").write_bytes((DATA / "photos" / name).read_bytes())
    pages, *_ = load_files(folder)
    return read_page(pages[0], "fra+eng", OcrCache(tmp_path / "cache"))


def test_a_form_photographed_upside_down_is_turned(tmp_path: Path) -> None:
    """A hand-filled form's first page photographed upside down (form_bk d027, wave 29).
    Read as it came, its turned print gave 11 confident words, as many as the reduced copy
    probed the right way up: the tie went to the page as scanned. A turn that reads about
    as well reduced is now read whole, and weighed alike: the page is turned."""
    text = _photo_read(tmp_path, "form_page_upside_down.jpg")
    assert text.rotation == 180
    assert "VOTRE SITUATION" in text.text.upper()


def test_a_handwritten_page_read_poorly_every_way_is_kept_as_it_came(tmp_path: Path) -> None:
    """A handwritten attestation photographed upright (set_bo p03): few confident words
    any way up, the reduced copy reading next to none. It is not turned for a turn whose
    reduced read scored a word more than the copy as it came (it was, by the first
    version of the fix above, and its host's name was lost)."""
    text = _photo_read(tmp_path, "attestation_handwritten_upright.jpg")
    assert text.rotation == 0
    assert "héberger" in text.text or "heberger" in text.text


def test_a_cards_back_whose_mrz_reads_upside_down_is_turned_over_whatever_osd_says(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """set_cq p02, a phone photo of a titre de séjour's back, upside down: its MRZ read
    ">>>>" as scanned, too few words to read upright either way, and OSD said 90, half
    sure, in "Greek": only that quarter turn was tried, and the back was kept upside
    down (its MRZ unread). A read that shows an MRZ upside down tries the half turn too."""
    monkeypatch.setattr(ocr, "detect_orientation", lambda image: (90, 2.73, "Greek"))
    mono = "/usr/share/fonts/truetype/dejavu/DejaVuSansMono.ttf"
    img = Image.new("L", (1500, 560), 255)
    draw = ImageDraw.Draw(img)
    font = ImageFont.truetype(mono, 40)
    draw.text((60, 40), "ADRESSE 12 RUE DES LILAS", font=font, fill=0)
    mrz = ["IRFRA2AF3819578<<<<<<<<<<<<<<<", "9002218M2708190RWA<<<<<<<<<<<6",
           "NSENGIYUMVA<<JEAN<DE<DIEU<<<<<"]  # fmt: skip
    for i, line in enumerate(mrz):
        draw.text((60, 300 + i * 70), line, font=font, fill=0)
    page = Page(PageRef("verso.jpg", 1), rotate_quadrant(np.asarray(img).copy(), 180), 300,
                sha256="card-back-upside-down")  # fmt: skip
    text = read_page(page, "fra+eng", OcrCache(tmp_path))
    assert text.rotation == 180 and "NSENGIYUMVA" in text.text
