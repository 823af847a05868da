"""Is a page blank: no ink on it but a few specks, or one flat colour (a scanner's empty
glass, the back of a sheet left blank). Decided on the pixels, before any OCR, so that a
blank page costs nothing and is named as such (``page.blank``)."""

from __future__ import annotations

import math

import cv2
import numpy as np

BLANK_INK_SHARE = 0.0002
"""A page with less ink than this share of its pixels (a few specks) is blank."""


def is_blank(image: np.ndarray) -> bool:
    """No ink on the page: at most a few specks darker than its background, or one flat
    colour (a scanner's empty glass, a page left blank). Margins are ignored (scanner
    edges).

    >>> white = np.full((400, 300), 250, np.uint8)
    >>> is_blank(white)
    True
    >>> white[100:130, 40:260:3] = 20  # one short line of text
    >>> is_blank(white)
    False

    A photo of a sheet on a table whose median is the table, its print lighter than that:

    >>> photo = np.full((800, 600), 125, np.uint8); photo[250:550, 200:400] = 235
    >>> is_blank(photo)
    True
    >>> photo[300:304, 220:380:3] = 110  # one line of grey print (set_n d025)
    >>> is_blank(photo)
    False
    """
    h, w = image.shape[:2]
    my, mx = h * 3 // 100, w * 3 // 100
    core = image[my : h - my, mx : w - mx]
    if core.size == 0:
        return True
    hist = cv2.calcHist([np.ascontiguousarray(core)], [0], None, [256], [0, 256]).ravel()
    levels = np.arange(256)
    mean = float((hist * levels).sum()) / core.size
    std = math.sqrt(max(0.0, float((hist * (levels - mean) ** 2).sum()) / core.size))
    if std < 2.0:
        return True
    background = int(np.searchsorted(np.cumsum(hist), core.size / 2))
    threshold = min(200, max(60, background - 60))
    if int(hist[:threshold].sum()) >= BLANK_INK_SHARE * core.size:
        return False
    # no ink darker than the median: but a photo's median may be the table around the
    # sheet, darker than the sheet's print; strokes darker than their surroundings are ink
    return not _local_strokes(core)


def _local_strokes(image: np.ndarray) -> bool:
    """Are there strokes markedly darker than the paper right around them (print or
    handwriting, whatever the page's overall light)?

    >>> table = np.full((800, 600), 120, np.uint8); table[100:700, 100:500] = 235
    >>> _local_strokes(table)
    False
    >>> table[300:304, 150:450:3] = 110  # a line of grey print on the sheet
    >>> _local_strokes(table)
    True
    """
    scale = min(1.0, 1200 / max(image.shape[:2]))
    small = cv2.resize(image, None, fx=scale, fy=scale, interpolation=cv2.INTER_AREA)
    # black-hat: what a closing fills in, strokes thinner than its kernel (the table
    # around the sheet, a broad dark area, is left as it is)
    thin = cv2.morphologyEx(small, cv2.MORPH_BLACKHAT, np.ones((7, 7), np.uint8))
    return int((thin > 60).sum()) >= BLANK_INK_SHARE * small.size
