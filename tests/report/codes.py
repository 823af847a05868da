"""Every finding code the source of docverify can emit, collected by reading the source
(not by running it), so that a code added anywhere without a translation fails a test."""

from __future__ import annotations

import re
from pathlib import Path

from docverify.model import REQUIREMENT_IDS

SRC = Path(__file__).resolve().parents[2] / "src" / "docverify"
CODE = r"[a-z][a-z_0-9]*\.[a-z][a-z_0-9]*"
# a call whose first argument is a finding code: Finding("x.y", ...), warning("x.y", ...)
CALL = re.compile(
    r"\b(?:Finding|info|warning|error|_finding|_file_finding|finding)\(\s*f?\"(" + CODE + r")\""
)
# a code kept in a variable or a table: error_code="archive.bomb", ("file.x", ...)
LITERAL = re.compile(r"\"(" + CODE + r")\"")
ADD = re.compile(r"\.add\(\s*\"([a-z][a-z_0-9.]*)\"")
TEMPLATED = re.compile(r"f\"\{(\w+(?:\.\w+)?)\}\.([a-z][a-z_0-9]*)\"")
RID = re.compile(r"^RID = \"(\w+)\"", re.M)
AREAS = frozenset(
    {*REQUIREMENT_IDS, "file", "page", "packet", "archive", "document", "seal", "mrz",
     "iban", "rib", "lease", "utility_bill", "hosting_attestation", "payslip",
     "employment_contract", "apostille", "passport", "long_stay_visa"}
)  # fmt: skip
NOT_CODES = re.compile(r"\.(toml|json|pdf|jpg|png|xml|ini|db|data)$")


def _rid(path: Path, text: str) -> str:
    """The requirement a module's findings belong to: its ``RID``, else the one its
    package's modules define (a rule split in modules imports it), else its name."""
    rid_m = RID.search(text)
    if rid_m:
        return rid_m.group(1)
    if (path.parent / "__init__.py").exists() and path.parent.parent.name == "rules":
        for sibling in sorted(path.parent.glob("*.py")):
            if m := RID.search(sibling.read_text(encoding="utf-8")):
                return m.group(1)
    return path.stem


def emitted_codes() -> set[str]:
    codes: set[str] = set()
    for path in SRC.rglob("*.py"):
        text = path.read_text(encoding="utf-8")
        rid = _rid(path, text)
        codes.update(CALL.findall(text))
        for lit in LITERAL.findall(text):
            if lit.split(".")[0] in AREAS and not NOT_CODES.search(lit):
                codes.add(lit)
        if "rules" in path.parts:
            for code in ADD.findall(text):
                codes.add(code if "." in code else f"{rid}.{code}")
        for var, tail in TEMPLATED.findall(text):
            if var == "RID":
                codes.add(f"{rid}.{tail}")
            elif var in ("req.id", "rid"):
                codes.update(f"{r}.{tail}" for r in REQUIREMENT_IDS)
            elif var == "what":
                codes.update({f"file.{tail}", f"page.{tail}"})
    return codes
