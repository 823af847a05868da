"""Packets helpers of blind set set_cg."""

from __future__ import annotations

import json
import os
import random
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

import numpy as np
from PIL import Image

from common import (
    Page,
    french_iban,
    render,
)

ALL_OK = dict.fromkeys(
    [
        "application_form",
        "identity",
        "residence_status",
        "birth_certificate",
        "residence_proof",
        "bank_details",
        "employment",
    ],
    "complete",
)


class Packet:
    def __init__(self, out, name, seed):
        self.dir = os.path.join(out, "packets", name)
        os.makedirs(self.dir, exist_ok=True)
        self.name, self.rng, self.docs = name, random.Random(seed), []

    def path(self, f):
        return os.path.join(self.dir, f)

    def add(self, files, typ, look, fields, notes=""):
        self.docs.append(
            {
                "files": [{"path": f, "pages": pg} for f, pg in files],
                "type": typ,
                "look": look,
                "fields": fields,
                "notes": notes,
            }
        )

    def truth(self, **kw):
        t = dict(kw, documents=self.docs)
        listed = {f["path"] for d in self.docs for f in d["files"]}
        assert listed == set(os.listdir(self.dir)), (listed, os.listdir(self.dir))
        with open(self.dir + ".truth.json", "w", encoding="utf-8") as fh:
            json.dump(t, fh, ensure_ascii=False, indent=2)


def sig_image(rng) -> Image.Image:
    p = Page(60, 22)
    p.signature(3, 3, 52, 15, rng)
    a = np.asarray(render(p, 200).convert("RGB")).copy()
    alpha = (255 - a.min(axis=2)).astype(np.uint8)
    return Image.fromarray(np.dstack([a, np.clip(alpha.astype(int) * 2, 0, 255).astype(np.uint8)]))


def bank(bank_code, branch, account, **kw):
    iban, key = french_iban(bank_code, branch, account)
    return dict(kw, bank=bank_code, branch=branch, account=account, key=key, iban=iban)
