"""Where a photographed sheet stands on its table (``vision.geometry.find_page_quads``)."""

from __future__ import annotations

from pathlib import Path

import cv2
import numpy as np

from docverify.vision.geometry import find_page_quads

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
