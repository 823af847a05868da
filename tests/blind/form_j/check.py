"""Check a rendered form_j set: every truth file's paths and pages exist, every file is covered.

Usage: check.py OUT_DIR
"""

from __future__ import annotations

import json
import os
import sys

import pypdfium2 as pdfium
from PIL import Image


def n_pages(path: str) -> int:
    if path.lower().endswith(".pdf"):
        doc = pdfium.PdfDocument(path)
        n = len(doc)
        doc.close()
        return n
    with Image.open(path) as im:
        im.verify()
    return 1


def main(argv: list[str]) -> int:
    out = argv[1]
    man = json.load(open(os.path.join(out, "manifest.json"), encoding="utf-8"))
    errors = []
    for name in man["documents"]:
        folder = os.path.join(out, "documents", name)
        truth = json.load(open(folder + ".truth.json", encoding="utf-8"))
        seen = {}
        for doc in truth["documents"]:
            for f in doc["files"]:
                p = os.path.join(folder, f["path"])
                if not os.path.isfile(p):
                    errors.append(f"{name}: missing {f['path']}")
                    continue
                n = n_pages(p)
                for pg in f["pages"]:
                    if not 1 <= pg <= n:
                        errors.append(f"{name}: {f['path']} has no page {pg}")
                seen.setdefault(f["path"], set()).update(f["pages"])
        for fn in os.listdir(folder):
            p = os.path.join(folder, fn)
            if fn not in seen:
                errors.append(f"{name}: file {fn} not in truth")
            elif seen[fn] != set(range(1, n_pages(p) + 1)):
                errors.append(f"{name}: {fn} pages not all covered")
    for e in errors:
        print(e)
    print(f"{len(man['documents'])} documents checked, {len(errors)} problems")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
