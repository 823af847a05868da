"""Nothing of tesseract's libraries reaches the user's terminal: leptonica's complaints
("Error in boxClipToRectangle: box outside rectangle", printed for a rotated card's
back in set_bd p02) are turned off in the library tesserocr loads."""

from __future__ import annotations

import ctypes
import ctypes.util

import pytest

from docverify.tesseract import quiet_leptonica


def test_leptonica_writes_nothing_to_stderr(capfd: pytest.CaptureFixture[str]) -> None:
    name = ctypes.util.find_library("lept") or ctypes.util.find_library("leptonica")
    if name is None:
        pytest.skip("no leptonica on this machine")
    assert quiet_leptonica()
    ctypes.CDLL(name).pixGetWidth(None)  # leptonica's own "pix not defined" complaint
    assert "Error" not in capfd.readouterr().err
