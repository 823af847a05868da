"""Make a page upright: 0/90/180/270 orientation and small-angle deskew."""

from __future__ import annotations

import cv2
import numpy as np


def rotate_quadrant(image: np.ndarray, degrees_cw: int) -> np.ndarray:
    """Rotate by a multiple of 90 degrees clockwise.

    >>> a = np.arange(6, dtype=np.uint8).reshape(2, 3)
    >>> rotate_quadrant(a, 90).shape
    (3, 2)
    >>> bool((rotate_quadrant(rotate_quadrant(a, 90), 270) == a).all())
    True
    """
    turns = (degrees_cw // 90) % 4
    if turns == 0:
        return image
    codes = {1: cv2.ROTATE_90_CLOCKWISE, 2: cv2.ROTATE_180, 3: cv2.ROTATE_90_COUNTERCLOCKWISE}
    return cv2.rotate(image, codes[turns])


def rotate_small(image: np.ndarray, degrees_ccw: float) -> np.ndarray:
    """Rotate by a small angle (counter-clockwise positive), keeping the size, white fill."""
    if abs(degrees_ccw) < 0.05:
        return image
    h, w = image.shape[:2]
    matrix = cv2.getRotationMatrix2D((w / 2, h / 2), degrees_ccw, 1.0)
    return cv2.warpAffine(
        image, matrix, (w, h), flags=cv2.INTER_LINEAR, borderMode=cv2.BORDER_CONSTANT,
        borderValue=255,
    )  # fmt: skip


def _ink(image: np.ndarray, width: int = 900) -> np.ndarray:
    scale = width / image.shape[1] if image.shape[1] > width else 1.0
    small = cv2.resize(image, None, fx=scale, fy=scale, interpolation=cv2.INTER_AREA)
    _, binary = cv2.threshold(small, 0, 255, cv2.THRESH_BINARY_INV + cv2.THRESH_OTSU)
    return binary


def _profile_score(binary: np.ndarray, angle: float) -> float:
    h, w = binary.shape
    matrix = cv2.getRotationMatrix2D((w / 2, h / 2), angle, 1.0)
    rotated = cv2.warpAffine(binary, matrix, (w, h), flags=cv2.INTER_NEAREST, borderValue=0)
    rows = rotated.sum(axis=1, dtype=np.float64)
    return float(np.var(rows))


def estimate_skew(image: np.ndarray, max_angle: float = 10.0) -> float:
    """Angle (degrees, counter-clockwise) that makes text lines horizontal.

    Projection-profile search: the rotation that makes row sums most uneven lines the
    text up. Coarse then fine steps, on a reduced binary image (~0.1 s a page).
    """
    binary = _ink(image)
    if binary.mean() < 0.5:  # blank page
        return 0.0
    best = max(
        np.arange(-max_angle, max_angle + 0.01, 1.0), key=lambda a: _profile_score(binary, a)
    )
    fine = np.arange(best - 1.0, best + 1.01, 0.1)
    angle = float(max(fine, key=lambda a: _profile_score(binary, a)))
    return round(angle, 2)


def deskew(image: np.ndarray, max_angle: float = 10.0) -> tuple[np.ndarray, float]:
    angle = estimate_skew(image, max_angle)
    if abs(angle) < 0.2:
        return image, 0.0
    return rotate_small(image, angle), angle
