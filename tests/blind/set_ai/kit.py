"""Packet builder: writes files and collects the truth entries."""

from __future__ import annotations

import json
import random
from pathlib import Path

REQS = ["application_form", "identity", "residence_status", "birth_certificate",
        "residence_proof", "bank_details", "employment"]  # fmt: skip


class Packet:
    def __init__(self, out: Path, name: str, as_of: str, employed: bool, applicant: dict):
        self.dir = out / "packets" / name
        self.dir.mkdir(parents=True, exist_ok=True)
        self.name, self.as_of, self.employed, self.applicant = name, as_of, employed, applicant
        self.docs: list[dict] = []
        self.rng = random.Random("set_ai/" + name)

    def r(self, key: str) -> random.Random:
        return random.Random(f"set_ai/{self.name}/{key}")

    def write(self, fname: str, data: bytes) -> str:
        (self.dir / fname).write_bytes(data)
        return fname

    def doc(self, files, dtype: str, look: str, fields: dict, notes: str = ""):
        fl = [{"path": f, "pages": list(p)} for f, p in files]
        self.docs.append({"files": fl, "type": dtype, "look": look, "fields": fields,
                          "notes": notes})  # fmt: skip

    def finish(self, requirements: dict, defect: str | None):
        assert list(requirements) == REQS
        bad = [k for k, v in requirements.items() if v in ("invalid", "missing")]
        if defect:
            assert len(bad) == 1, bad
            status = "incomplete"
        else:
            assert not bad and all(v in ("complete", "not_applicable") for v in
                                   requirements.values())  # fmt: skip
            status = "complete"
        truth = {"as_of": self.as_of, "employed": self.employed, "status": status,
                 "requirements": requirements, "defect": defect, "applicant": self.applicant,
                 "documents": self.docs}  # fmt: skip
        path = self.dir.parent / f"{self.name}.truth.json"
        path.write_text(json.dumps(truth, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")


def siret(siren8: str, nic: str) -> str:
    """Build a SIRET (Luhn-valid) from 8 SIREN digits and a 4-digit NIC prefix."""

    def luhn_ok(s: str) -> bool:
        tot = 0
        for i, ch in enumerate(reversed(s)):
            v = int(ch) * (2 if i % 2 else 1)
            tot += v - 9 if v > 9 else v
        return tot % 10 == 0

    siren = next(siren8 + str(k) for k in range(10) if luhn_ok(siren8 + str(k)))
    return next(siren + nic + str(k) for k in range(10) if luhn_ok(siren + nic + str(k)))


def chile_run(num: int) -> str:
    s, m = 0, 2
    for ch in reversed(str(num)):
        s += int(ch) * m
        m = 2 if m == 7 else m + 1
    dv = 11 - s % 11
    dvs = {10: "K", 11: "0"}.get(dv, str(dv))
    body = f"{num:,}".replace(",", ".")
    return f"{body}-{dvs}"
