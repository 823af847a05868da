"""Train the handwritten-digit reader (src/docverify/data/handwritten_digits.npz).

    .venv/bin/python scripts/train_digits.py [OUT.npz]

What it learns from, all public, none of it a test set's form:
- Real handwriting: the UCI "Optical Recognition of Handwritten Digits" set (43 writers,
  1,797 digits, 8x8), bundled with scikit-learn as ``sklearn.datasets.load_digits``.
- Digit shapes from the handwriting and print fonts of Debian's packages (the ones
  scripts/install.sh installs for the test renders): fonts-breip, fonts-dkg-handwriting,
  fonts-rufscript, fonts-humor-sans, fonts-ecolier-court, fonts-kaushanscript,
  fonts-dancingscript, fonts-comic-neue, fonts-urw-base35 (Z003), fonts-dejavu-core,
  fonts-liberation, fonts-lato, fonts-open-sans, fonts-roboto, fonts-freefont-ttf; each
  digit drawn many times, turned, sheared, stretched, bent (an elastic warp) and written
  with thinner and thicker pens, so no one font's shape is learnt by heart.

Deterministic (fixed seeds). It prints how well each font family is read by a network
trained without it: the measure of how far the reader carries to a hand it never saw.
"""

from __future__ import annotations

import sys
from pathlib import Path

import cv2
import numpy as np
from PIL import Image, ImageDraw, ImageFont
from sklearn.datasets import load_digits
from sklearn.neural_network import MLPClassifier

from docverify.vision.digits import features

FONTS = Path("/usr/share/fonts")
FAMILIES = {
    "breip": ["truetype/breip/Breip.ttf"],
    "dkg": ["truetype/fifthhorseman/dkg.ttf", "truetype/fifthhorseman/dkgIt.ttf"],
    "rufscript": ["truetype/rufscript/Rufscript010.ttf"],
    "humor": ["truetype/humor-sans/Humor-Sans.ttf"],
    "ecolier": ["truetype/ecolier-court/Ecolier-court.ttf"],
    "kaushan": ["opentype/kaushanscript/KaushanScript-Regular.otf"],
    "dancing": ["opentype/dancingscript/DancingScript-Regular.otf"],
    "comic": [
        "opentype/comic-neue/ComicNeue-Regular.otf",
        "opentype/comic-neue/ComicNeue-Italic.otf",
    ],
    "z003": ["opentype/urw-base35/Z003-MediumItalic.otf"],
    "print": [
        "truetype/dejavu/DejaVuSans.ttf",
        "truetype/liberation/LiberationSans-Regular.ttf",
        "truetype/liberation/LiberationSerif-Regular.ttf",
        "truetype/lato/Lato-Regular.ttf",
        "truetype/open-sans/OpenSans-Regular.ttf",
        "truetype/roboto/unhinted/RobotoTTF/Roboto-Regular.ttf",
        "truetype/freefont/FreeSans.ttf",
    ],
}
DRAWS = 60
"""Times each digit of each family is drawn (spread over the family's fonts)."""
HIDDEN = 256
CLASSES = "0123456789/"
"""What the network tells apart: the ten digits, and the slash a hand writes between a
date's day, month and year (class 10)."""


def drawn(font: ImageFont.FreeTypeFont, glyph: str, rng: np.random.Generator) -> np.ndarray | None:
    """One character in ``font``, as a hand might have written it: its ink mask."""
    image = Image.new("L", (120, 120), 255)
    ImageDraw.Draw(image).text((30, 15), glyph, font=font, fill=0)
    a = np.array(image)
    turn = cv2.getRotationMatrix2D((60, 60), rng.uniform(-10, 10), 1.0)
    shear = np.array([[rng.uniform(0.8, 1.2), rng.uniform(-0.3, 0.3), 0], [0, 1, 0], [0, 0, 1]])
    a = cv2.warpAffine(a, (turn @ shear)[:2], (120, 120), borderValue=255)
    grid_x, grid_y = np.meshgrid(np.arange(120, dtype=np.float32), np.arange(120, dtype=np.float32))
    bend = [
        cv2.GaussianBlur(rng.uniform(-1, 1, (120, 120)).astype(np.float32), (0, 0), 8) * 60
        for _ in range(2)
    ]
    a = cv2.remap(a, grid_x + bend[0], grid_y + bend[1], cv2.INTER_LINEAR, borderValue=255)
    pen = int(rng.integers(-2, 4))
    if pen > 0:
        a = cv2.erode(a, np.ones((pen, pen), np.uint8))
    elif pen < 0:
        a = cv2.dilate(a, np.ones((2, 2), np.uint8))
    mask = a < 128
    if not mask.any():
        return None
    ys, xs = np.nonzero(mask)
    return mask[ys.min() : ys.max() + 1, xs.min() : xs.max() + 1]


def font_digits(seed: int = 0) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    rng = np.random.default_rng(seed)
    rows, digits, families = [], [], []
    for family, files in FAMILIES.items():
        fonts = [ImageFont.truetype(str(FONTS / f), 64) for f in files if (FONTS / f).exists()]
        for font in fonts:
            for k, glyph in enumerate(CLASSES):
                for _ in range(DRAWS // len(fonts) + 1):
                    mask = drawn(font, glyph, rng)
                    if mask is not None:
                        rows.append(features(mask))
                        digits.append(k)
                        families.append(family)
    return np.array(rows), np.array(digits), np.array(families)


def real_digits() -> tuple[np.ndarray, np.ndarray]:
    """The UCI digits, each 8x8 picture blown up to a mask."""
    data = load_digits()
    rows = []
    for picture in data.images:
        big = cv2.resize((picture / 16).astype(np.float32), (32, 32), interpolation=cv2.INTER_CUBIC)
        mask = big > 0.4
        ys, xs = np.nonzero(mask)
        rows.append(features(mask[ys.min() : ys.max() + 1, xs.min() : xs.max() + 1]))
    return np.array(rows), np.asarray(data.target)


def fitted(x: np.ndarray, y: np.ndarray) -> tuple[MLPClassifier, np.ndarray, np.ndarray]:
    mean, scale = x.mean(axis=0), x.std(axis=0) + 1e-6
    net = MLPClassifier((HIDDEN,), alpha=1.0, max_iter=400, random_state=0)
    net.fit((x - mean) / scale, y)
    return net, mean, scale


def main() -> None:
    out = Path(sys.argv[1] if len(sys.argv) > 1 else "src/docverify/data/handwritten_digits.npz")
    fx, fy, fam = font_digits()
    rx, ry = real_digits()
    for family in sorted(set(fam)):
        kept = fam != family
        net, mean, scale = fitted(np.r_[fx[kept], rx], np.r_[fy[kept], ry])
        left = net.predict((fx[~kept] - mean) / scale)
        print(
            f"family {family:10s} read by a network trained without it: {np.mean(left == fy[~kept]):.3f}"
        )
    half = np.arange(len(ry)) % 2 == 0
    net, mean, scale = fitted(np.r_[fx, rx[half]], np.r_[fy, ry[half]])
    print(
        f"UCI digits (other half, real hands): {np.mean(net.predict((rx[~half] - mean) / scale) == ry[~half]):.3f}"
    )
    net, mean, scale = fitted(np.r_[fx, rx], np.r_[fy, ry])
    layers = {f"w{i}": w.astype(np.float32) for i, w in enumerate(net.coefs_)}
    layers |= {f"b{i}": b.astype(np.float32) for i, b in enumerate(net.intercepts_)}
    np.savez_compressed(
        out, layers=len(net.coefs_), mean=mean.astype(np.float32), scale=scale.astype(np.float32),
        **layers,
    )  # fmt: skip
    print(f"{out}: {len(fy) + len(ry)} digits, {out.stat().st_size // 1024} KiB")


if __name__ == "__main__":
    main()
