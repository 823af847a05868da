"""Where a photographed sheet stands on its table (``vision.sheet.find_page_quads``)."""

from __future__ import annotations

from pathlib import Path

import cv2
import numpy as np

from docverify.vision.sheet import find_page_quads

PHOTO = Path(__file__).parent.parent / "data" / "photos" / "passport_bright_table_corner.jpg"
"""set_bk p01's passport photo (a blind set's render), reduced to 900 px, grey."""


def test_a_bright_corner_of_the_table_is_no_corner_of_the_sheet() -> None:
    """A passport photographed on a table whose top-left corner the light made bright:
    the bright outline ran into the picture's corner, the quad took (0, 0) for the
    passport's corner and the page was flattened askew, unreadable (identity "missing").
    A corner in the picture's own corner is refused; the sheet's own edges give it."""
    image = cv2.imread(str(PHOTO), cv2.IMREAD_GRAYSCALE)
    quads = find_page_quads(image)
    assert len(quads) == 1, quads
    corners = np.array(quads[0])
    passport = np.array([[129, 136], [523, 134], [544, 752], [146, 699]])
    assert np.abs(corners - passport).max() < 15, corners


VISA = Path(__file__).parent.parent / "data" / "photos" / "visa_portrait_in_shadow.jpg"
"""set_bm p01's visa photo (a blind set's render), reduced to 900 px, grey."""


def test_a_dark_portrait_at_the_cards_edge_does_not_cut_its_corner_off() -> None:
    """A visa on a table, its portrait and the shadow under it dark at the card's left
    edge: the bright outline is notched there, its hull's corner stood 600 px (full size)
    inside the card, the flattened page lost the MRZ's first eight characters and the
    visa was read without its MRZ. The corner is where the card's straight sides meet."""
    image = cv2.imread(str(VISA), cv2.IMREAD_GRAYSCALE)
    quads = find_page_quads(image)
    assert len(quads) == 1, quads
    corners = np.array(quads[0])
    card = np.array([[103, 125], [787, 88], [792, 612], [90, 593]])
    assert np.abs(corners - card).max() < 15, corners


BACK = Path(__file__).parent.parent / "data" / "photos" / "permit_back_notched_inside.jpg"
"""set_bj p03's residence permit, its back (a blind set's render), reduced to 900 px, grey."""


def test_a_straight_run_inside_the_card_is_not_taken_for_its_side() -> None:
    """A permit's back whose outline a dark block notches: the longest straight run on its
    left was the notch's own edge, a third of the way in, and the card cut there lost its
    MRZ's start (its number read as nothing). Corners found from the sides must hold the
    whole outline; here the hull's corners stand."""
    image = cv2.imread(str(BACK), cv2.IMREAD_GRAYSCALE)
    quads = find_page_quads(image)
    assert len(quads) == 1, quads
    corners = np.array(quads[0])
    card = np.array([[97, 88], [785, 145], [780, 590], [74, 591]])
    assert np.abs(corners - card).max() < 15, corners


SHADED = Path(__file__).parent.parent / "data" / "photos"
"""Wave 26's photos (blind renders, read since), reduced to 900 px, grey."""


def test_a_shadow_across_the_sheet_is_not_its_side() -> None:
    """set_ca p04: a RIB photographed with a shadow across its left third. The bright
    outline stopped at the shadow and took its soft edge for the sheet's side; the page
    flattened from it lost its holders and its IBAN's start, and the RIB was read as
    nothing ("no RIB"). Its print runs on outside that outline: the outline is refused,
    and the photo is read whole, its light made even."""
    image = cv2.imread(str(SHADED / "rib_shadow_across.jpg"), cv2.IMREAD_GRAYSCALE)
    assert find_page_quads(image) == []


def test_a_sheet_outlined_by_its_edges_beyond_a_shadow() -> None:
    """set_bz p03 and p04: bills whose corner (or whole top) lay in shadow. The bright
    outline cut the shaded part off (the holder's name with it); the sheet outlined by
    its edges holds that outline and more, and is the sheet."""
    corner = cv2.imread(str(SHADED / "bill_shaded_corner.jpg"), cv2.IMREAD_GRAYSCALE)
    quads = find_page_quads(corner)
    assert len(quads) == 1, quads
    sheet = np.array([[40, 78], [805, 83], [808, 624], [0, 631]])
    assert np.abs(np.array(quads[0]) - sheet).max() < 15, quads
    diagonal = cv2.imread(str(SHADED / "bill_shadow_diagonal.jpg"), cv2.IMREAD_GRAYSCALE)
    quads = find_page_quads(diagonal)
    assert len(quads) == 1, quads
    sheet = np.array([[72, 48], [617, 32], [618, 784], [84, 832]])
    assert np.abs(np.array(quads[0]) - sheet).max() < 15, quads
