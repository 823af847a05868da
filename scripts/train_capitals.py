"""Train the handwritten-capital reader (src/docverify/data/handwritten_capitals.npz).

    .venv/bin/python scripts/train_capitals.py [--no-check] [OUT.npz]

The form asks for names in capitals, one a box (some write them in small letters). What the network learns from is public and
none of it a test set's form: the capitals of the handwriting and print fonts of Debian's
packages (the families of ``train_digits.py``), each drawn many times, turned, sheared,
bent and written with thinner and thicker pens. An accented capital is its letter (É is
E): accents are compared away across the packet, and a box's accent is often lost in the
scan. There is no bundled set of real handwritten letters (the UCI digits have none), so
the measure of how far it carries is the one printed here: each font family read by a
network trained without it.
"""

from __future__ import annotations

import sys
from pathlib import Path

import numpy as np
from PIL import ImageFont

sys.path.insert(0, str(Path(__file__).parent))
from train_digits import FAMILIES, FONTS, drawn, fitted

from docverify.vision.digits import features

CLASSES = "ABCDEFGHIJKLMNOPQRSTUVWXYZ-"
VARIANTS = {"A": "ÀÂ", "C": "Ç", "E": "ÉÈÊË", "I": "ÎÏ", "O": "ÔÖ", "U": "ÙÛÜ"}
"""Accented capitals drawn as more shapes of their letter."""
LOWER = 0.3
"""Share of a letter's drawings in lower case: some write given names in small letters,
one a box, though the form asks for capitals. Not the small l: an upright stroke is an I."""
DRAWS = 60
"""Times each capital of each family is drawn (spread over the family's fonts and accents)."""


def font_capitals(seed: int = 0) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    rng = np.random.default_rng(seed)
    rows, labels, families = [], [], []
    for family, files in FAMILIES.items():
        fonts = [ImageFont.truetype(str(FONTS / f), 64) for f in files if (FONTS / f).exists()]
        for font in fonts:
            for k, letter in enumerate(CLASSES):
                shapes = letter + VARIANTS.get(letter, "")
                for i in range(DRAWS // len(fonts) + 1):
                    small = letter.isalpha() and letter != "L" and rng.random() < LOWER
                    mask = drawn(font, letter.lower() if small else shapes[i % len(shapes)], rng)
                    if mask is not None:
                        rows.append(features(mask))
                        labels.append(k)
                        families.append(family)
    return np.array(rows), np.array(labels), np.array(families)


def main() -> None:
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    out = Path(args[0] if args else "src/docverify/data/handwritten_capitals.npz")
    x, y, fam = font_capitals()
    for family in [] if "--no-check" in sys.argv else sorted(set(fam)):
        kept = fam != family
        net, mean, scale = fitted(x[kept], y[kept])
        left = net.predict((x[~kept] - mean) / scale)
        print(
            f"family {family:10s} read by a network trained without it: {np.mean(left == y[~kept]):.3f}"
        )
    net, mean, scale = fitted(x, y)
    layers = {f"w{i}": w.astype(np.float32) for i, w in enumerate(net.coefs_)}
    layers |= {f"b{i}": b.astype(np.float32) for i, b in enumerate(net.intercepts_)}
    np.savez_compressed(
        out, layers=len(net.coefs_), mean=mean.astype(np.float32), scale=scale.astype(np.float32),
        classes=np.array(list(CLASSES)), **layers,
    )  # fmt: skip
    print(f"{out}: {len(y)} capitals, {out.stat().st_size // 1024} KiB")


if __name__ == "__main__":
    main()
