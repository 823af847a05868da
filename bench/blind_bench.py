"""Accuracy on documents this project did not lay out: the blind sets and the public specimens.

A blind set (``tests/blind/<set>/``) is a generator written by someone who never read
``src/docverify`` nor ``samples/samplekit``, from ``domain.md``, ``report-contract.md`` and
descriptions of real documents, with a truth file per packet and per document. This script
renders each set (once, into ``--out``), audits every packet and document folder with the
real command line (``python -m docverify DIR --format json``), and compares with the truth:

* requirement status (the seven verdicts of every packet), packet status, good packets
  recognised as complete, false completes (a defective packet or requirement called
  complete: must be 0);
* document type: the document the truth puts on a page is found there with its type;
* key fields: the fields the packet rules rest on (names, dates, numbers, IBAN...);
* false valids: MRZ documents reported ``mrz_valid: true`` with a document number or a
  date that is not the printed one (must be 0);
* application forms: page typing (every page typed and joined), signature, ticked
  situation, date, names, and the form's verdict;
* the public specimens in ``../shared/specimens``: MRZ images (read with every check digit
  valid, and *false valids*: a valid claim on another number or date than printed, which
  must be 0) and the real Free bill.

    .venv/bin/python bench/blind_bench.py                      # every set + specimens
    .venv/bin/python bench/blind_bench.py --sets set_a --details
    .venv/bin/python bench/blind_bench.py --src /path/to/other/src   # measure another tree

``--src`` runs another checkout's code on the same truth (before/after figures). The sets
draw with fonts that ``scripts/install.sh --blind`` installs; without them a set renders with
fallback fonts, and its figures are not comparable with earlier ones.
"""

from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
from collections import defaultdict
from collections.abc import Iterable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from docverify.values import translit
from docverify.values.names import fold_upper

REPO = Path(__file__).resolve().parents[1]
BLIND = REPO / "tests" / "blind"
SPECIMENS = REPO.parent / "shared" / "specimens"
SPECIMEN_TRUTH = REPO / "tests" / "data" / "specimen_mrz_truth.json"

KEY_FIELDS: dict[str, tuple[str, ...]] = {
    "passport": ("surname", "given_names", "document_number", "date_of_birth", "expiry_date",
                 "nationality", "mrz_valid"),
    "national_id": ("surname", "given_names", "document_number", "date_of_birth",
                    "expiry_date", "nationality", "mrz_valid"),
    "residence_permit": ("surname", "given_names", "document_number", "date_of_birth",
                         "expiry_date", "mrz_valid"),
    "long_stay_visa": ("surname", "given_names", "date_of_birth", "visa_type", "vls_ts",
                       "valid_until", "mrz_valid"),
    "birth_certificate": ("surname", "given_names", "date_of_birth", "issuing_country",
                          "has_apostille"),
    "apostille": ("issued_on",),
    "utility_bill": ("provider", "holder_name", "month"),
    "lease": ("tenant_names", "start_date"),
    "hosting_attestation": ("host_name", "hosted_name", "since_date", "signed"),
    "payslip": ("employer", "employee_name", "period"),
    "employment_contract": ("employer", "employee_name", "contract_type", "start_date"),
    "rib": ("holder_name", "iban"),
    "application_form": ("surname", "given_names", "date_of_birth", "employment_status",
                         "signed", "signed_on"),
}  # fmt: skip
"""Per type, the fields the packet rules rest on (a wrong one changes a verdict)."""

NAME_FIELDS = {"surname", "given_names", "holder_name", "employee_name", "host_name",
               "hosted_name", "landlord", "tenant_names"}  # fmt: skip
TITLES = {"M", "MR", "MME", "MRS", "MS", "MLLE", "MONSIEUR", "MADAME", "MADEMOISELLE",
          "MISS", "DR", "ET", "AND", "OU", "EPOUSE", "EP", "NEE"}  # fmt: skip
LEGAL_FORMS = {"SAS", "SASU", "SARL", "SA", "EURL", "SNC", "SCI", "SE", "GROUPE", "FRANCE",
               "LTD", "INC", "GMBH", "THE"}  # fmt: skip


# --------------------------------------------------------------------------- comparing values


def fold(text: Any) -> str:
    """Upper case without accents; a Cyrillic name in the Latin letters its passport writes
    it in (a truth file gives the certificate's КОВАЛЕНКО, the report KOVALENKO); a letter
    Unicode does not decompose as the MRZ writes it (ĐẶNG, DANG)."""
    return fold_upper(translit.latin(str(text)))


def tokens(text: Any, drop: set[str] = TITLES) -> list[str]:
    return [t for t in re.split(r"[^A-Z0-9]+", fold(text)) if t and t not in drop]


def same_name(truth: Any, got: Any) -> bool:
    """Same words, in any order, titles and punctuation aside."""
    if isinstance(truth, list):
        if not isinstance(got, list):
            return False
        want = sorted(" ".join(sorted(tokens(t))) for t in truth)
        have = sorted(" ".join(sorted(tokens(g))) for g in got)
        return want == have
    return bool(tokens(truth)) and sorted(tokens(truth)) == sorted(tokens(got or ""))


def same_org(truth: Any, got: Any) -> bool:
    """An employer or a provider: the truth's distinctive words are all in what was read."""
    want = set(tokens(truth, LEGAL_FORMS))
    have = set(tokens(got or "", LEGAL_FORMS))
    return bool(want) and (want <= have or have == want or (bool(have) and have <= want))


def same(field_name: str, truth: Any, got: Any, fields: dict[str, Any]) -> bool:
    if field_name == "month":
        start, end = fields.get("period_start"), fields.get("period_end")
        if start and end:
            return str(start)[:7] <= str(truth) <= str(end)[:7]
        issue = fields.get("issue_date")
        return bool(issue) and str(issue)[:7] == str(truth)
    if truth is None:
        return got in (None, "", [])
    if field_name in NAME_FIELDS:
        return same_name(truth, got)
    if field_name in ("employer", "provider", "bank_name"):
        return same_org(truth, got)
    if field_name == "iban":
        return re.sub(r"\s", "", str(got or "")).upper() == re.sub(r"\s", "", str(truth)).upper()
    if field_name == "bic":
        return str(got or "")[:8].upper() == str(truth)[:8].upper()
    if field_name in ("place_of_birth", "country"):
        return bool(got) and (fold(truth) in fold(got) or fold(got) in fold(truth))
    if isinstance(truth, bool):
        return got is truth
    return fold(truth).strip() == fold(got if got is not None else "").strip()


def truth_fields(doc: dict[str, Any]) -> dict[str, Any]:
    """The truth's fields, with a bill's ``month`` when it names one."""
    fields = dict(doc.get("fields") or {})
    if doc["type"] == "utility_bill" and "month" not in fields:
        start = fields.get("period_start") or fields.get("issue_date")
        end = fields.get("period_end")
        if start and end and str(start)[:7] == str(end)[:7]:
            fields["month"] = str(start)[:7]
        elif start and end:
            # a two-month bill: the month both ends share the most days of is the start's
            fields["month"] = str(start)[:7]
        elif start:
            fields["month"] = str(start)[:7]
    return fields


# --------------------------------------------------------------------------- running


@dataclass
class Tally:
    right: int = 0
    total: int = 0
    misses: list[str] = field(default_factory=list)

    def add(self, ok: bool, miss: str) -> None:
        self.total += 1
        self.right += ok
        if not ok:
            self.misses.append(miss)

    def rate(self) -> str:
        if not self.total:
            return "   n/a"
        return f"{self.right}/{self.total} = {self.right / self.total:.3f}"


def audit_json(folder: Path, as_of: str, src: Path, cache: Path) -> dict[str, Any]:
    env = dict(os.environ, PYTHONPATH=str(src), DOCVERIFY_CACHE_DIR=str(cache))
    env.setdefault("OMP_THREAD_LIMIT", "1")
    proc = subprocess.run(
        [sys.executable, "-m", "docverify", str(folder), "--format", "json", "--as-of", as_of,
         "--workers", "1"],
        capture_output=True, text=True, env=env, timeout=1800,
    )  # fmt: skip
    if proc.returncode not in (0, 1, 3):
        return {"error": proc.stderr[-2000:], "requirements": [], "documents": []}
    return json.loads(proc.stdout)


def generator_digest(set_dir: Path) -> str:
    h = hashlib.sha256()
    for p in sorted(set_dir.rglob("*.py")):
        h.update(p.relative_to(set_dir).as_posix().encode())
        h.update(p.read_bytes())
    return h.hexdigest()[:16]


def render_set(name: str, out: Path) -> Path:
    set_dir = BLIND / name
    target = out / name
    stamp = target / ".generator"
    digest = generator_digest(set_dir)
    if stamp.exists() and stamp.read_text() == digest and (target / "manifest.json").exists():
        return target
    shutil.rmtree(target, ignore_errors=True)
    target.mkdir(parents=True)
    t = time.perf_counter()
    subprocess.run([sys.executable, str(set_dir / "generate.py"), str(target)], check=True,
                   cwd=REPO)  # fmt: skip
    print(f"rendered {name} in {time.perf_counter() - t:.0f} s", file=sys.stderr)
    stamp.write_text(digest)
    return target


def covering(report: dict[str, Any], path: str, page: int) -> list[dict[str, Any]]:
    return [
        d
        for d in report.get("documents", [])
        if any(f["path"] == path and page in f["pages"] for f in d["files"])
    ]


def pages_of(doc: dict[str, Any]) -> set[tuple[str, int]]:
    return {(f["path"], p) for f in doc["files"] for p in f["pages"]}


@dataclass
class Scores:
    requirements: Tally = field(default_factory=Tally)
    packets: Tally = field(default_factory=Tally)
    good_complete: Tally = field(default_factory=Tally)
    defects_caught: Tally = field(default_factory=Tally)
    false_complete: int = 0
    false_complete_notes: list[str] = field(default_factory=list)
    false_valid: int = 0
    """MRZ documents reported ``mrz_valid: true`` with another number or date than printed."""
    false_valid_notes: list[str] = field(default_factory=list)
    doc_types: Tally = field(default_factory=Tally)
    key_fields: Tally = field(default_factory=Tally)
    per_type: dict[str, Tally] = field(default_factory=lambda: defaultdict(Tally))
    per_field: dict[str, Tally] = field(default_factory=lambda: defaultdict(Tally))
    form: dict[str, Tally] = field(default_factory=lambda: defaultdict(Tally))
    seconds: float = 0.0
    pages: int = 0


def score_documents(where: str, truth: dict[str, Any], report: dict[str, Any], s: Scores) -> None:
    for tdoc in truth.get("documents", []):
        ttype = tdoc["type"]
        first = tdoc["files"][0]
        path, page = first["path"], first["pages"][0]
        found = covering(report, path, page)
        match = next((d for d in found if d["type"] == ttype), None)
        got_types = ",".join(d["type"] for d in found) or "nothing"
        s.doc_types.add(match is not None, f"{where}: {path} p.{page} is {ttype}, read {got_types}")
        s.per_type[ttype].add(match is not None, f"{where}: {path} p.{page} read {got_types}")
        if ttype == "application_form":
            score_form(where, tdoc, truth, match, s)
        if match is None:
            continue
        fields = truth_fields(tdoc)
        if match["fields"].get("mrz_valid") is True:
            # a field the report leaves empty is no claim (the French ID card of 1988-2021
            # carries no expiry in its MRZ: valid says nothing of it)
            wrong = [k for k in ("document_number", "date_of_birth", "expiry_date")
                     if fields.get(k) and match["fields"].get(k)
                     and str(match["fields"][k]) != str(fields[k])]  # fmt: skip
            if wrong:
                s.false_valid += 1
                s.false_valid_notes.append(f"{where}: {path} {ttype} mrz_valid on wrong {wrong}")
        for name in KEY_FIELDS.get(ttype, ()):
            if name not in fields:
                continue
            ok = same(name, fields[name], match["fields"].get(name), match["fields"])
            got = match["fields"].get(name) if name != "month" else (
                match["fields"].get("period_start"), match["fields"].get("period_end"),
                match["fields"].get("issue_date"))  # fmt: skip
            miss = f"{where}: {path} {ttype}.{name} truth {fields[name]!r} read {got!r}"
            s.key_fields.add(ok, miss)
            s.per_field[f"{ttype}.{name}"].add(ok, miss)


def score_form(
    where: str,
    tdoc: dict[str, Any],
    truth: dict[str, Any],
    match: dict[str, Any] | None,
    s: Scores,
) -> None:
    want_pages = {(f["path"], p) for f in tdoc["files"] for p in f["pages"]}
    joined = match is not None and want_pages <= pages_of(match)
    s.form["page typing (all pages, one document)"].add(
        joined, f"{where}: form pages {sorted(want_pages)} -> {match and sorted(pages_of(match))}"
    )
    fields = tdoc.get("fields") or {}
    got = (match or {}).get("fields", {})
    for key, label in (("signed", "signature present/absent"),
                       ("employment_status", "ticked situation"),
                       ("signed_on", "date"), ("surname", "names: surname"),
                       ("given_names", "names: given names"),
                       ("date_of_birth", "date of birth")):  # fmt: skip
        if key == "employment_status" and "situation" in fields:
            # the boxes read ticked, not what the packet's rules make of them (whether the
            # self-employed "work" is read two ways by the helpers' briefs: see
            # data/application_form.toml); the status still counts among the key fields
            want, have = set(str(fields["situation"] or "").split("+")) - {""}, ticked(got)
            ok = match is not None and want == have
            s.form[label].add(ok, f"{where}: situation truth {sorted(want)} read {sorted(have)}")
        elif key in fields:
            ok = match is not None and same(key, fields[key], got.get(key), got)
            s.form[label].add(ok, f"{where}: {key} truth {fields[key]!r} read {got.get(key)!r}")


SITUATION_IDS = {"inactif": "sans_activite"}
"""docverify's names of section B's boxes that the form brief names otherwise."""


def ticked(fields: dict[str, Any]) -> set[str]:
    """The situation boxes a form's report reads ticked, in the form brief's names."""
    boxes = fields.get("situation_boxes") or {}
    return {SITUATION_IDS.get(k, k) for k, v in boxes.items() if v}


def score_requirements(
    where: str, truth: dict[str, Any], report: dict[str, Any], s: Scores
) -> None:
    got = {r["id"]: r["status"] for r in report.get("requirements", [])}
    for rid, want in truth["requirements"].items():
        have = got.get(rid)
        s.requirements.add(have == want, f"{where}: {rid} truth {want} read {have}")
        if have == "complete" and want != "complete":
            s.false_complete += 1
            s.false_complete_notes.append(f"{where}: {rid} is {want}, called complete")
    status = report.get("status")
    s.packets.add(
        status == truth["status"], f"{where}: status truth {truth['status']} read {status}"
    )
    if truth["status"] == "complete":
        s.good_complete.add(status == "complete", f"{where}: good packet read {status}")
    else:
        s.defects_caught.add(
            status != "complete", f"{where}: defect '{truth.get('defect')}' missed"
        )


def run_set(name: str, out: Path, src: Path, cache: Path, jobs: int, keep: Path | None) -> Scores:
    root = render_set(name, out)
    manifest = json.loads((root / "manifest.json").read_text(encoding="utf-8"))
    items = [("packets", n) for n in manifest.get("packets", [])] + [
        ("documents", n) for n in manifest.get("documents", [])
    ]
    s = Scores()

    def one(item: tuple[str, str]) -> tuple[str, str, dict[str, Any], dict[str, Any], float]:
        kind, n = item
        truth = json.loads((root / kind / f"{n}.truth.json").read_text(encoding="utf-8"))
        as_of = truth.get("as_of") or "2026-11-20"
        t = time.perf_counter()
        report = audit_json(root / kind / n, as_of, src, cache)
        return kind, n, truth, report, time.perf_counter() - t

    with ThreadPoolExecutor(max_workers=jobs) as pool:
        results = list(pool.map(one, items))
    for kind, n, truth, report, secs in results:
        where = f"{name}/{kind}/{n}"
        s.seconds += secs
        s.pages += sum(f.get("pages", 0) for f in report.get("files", []))
        if keep is not None:
            (keep / name / kind).mkdir(parents=True, exist_ok=True)
            (keep / name / kind / f"{n}.json").write_text(json.dumps(report, indent=1))
        if "error" in report:
            print(f"{where}: docverify failed: {report['error']}", file=sys.stderr)
        score_documents(where, truth, report, s)
        if kind == "packets" and truth.get("requirements"):
            score_requirements(where, truth, report, s)
        if "form_status" in truth:
            got = next((r["status"] for r in report.get("requirements", [])
                        if r["id"] == "application_form"), None)  # fmt: skip
            s.form["form verdict"].add(got == truth["form_status"],
                                       f"{where}: form truth {truth['form_status']} read {got}")  # fmt: skip
            if got == "complete" and truth["form_status"] != "complete":
                s.false_complete += 1
                s.false_complete_notes.append(
                    f"{where}: form {truth['form_status']} called complete"
                )
    return s


# --------------------------------------------------------------------------- specimens


def run_specimens(src: Path, cache: Path, jobs: int) -> dict[str, Any]:
    truth = json.loads(SPECIMEN_TRUTH.read_text(encoding="utf-8"))["specimens"]
    tmp = Path(tempfile.mkdtemp(prefix="docverify-specimens-"))
    as_of = "2026-11-20"

    def one(name: str) -> tuple[str, dict[str, Any]]:
        folder = tmp / Path(name).stem
        folder.mkdir()
        shutil.copy(SPECIMENS / "mrz_images" / name, folder / name)
        return name, audit_json(folder, as_of, src, cache)

    try:
        with ThreadPoolExecutor(max_workers=jobs) as pool:
            reports = dict(pool.map(one, sorted(truth)))
        bill_dir = tmp / "free_bill"
        bill_dir.mkdir()
        shutil.copy(SPECIMENS / "bills" / "invoice2data_free_fiber.pdf", bill_dir / "free.pdf")
        bill = audit_json(bill_dir, as_of, src, cache)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    read_valid = false_valid = 0
    lines = []
    for name, t in sorted(truth.items()):
        docs = [d for d in reports[name].get("documents", []) if "mrz_valid" in d["fields"]]
        got = docs[0]["fields"] if docs else {}
        valid = got.get("mrz_valid") is True
        number_ok = (got.get("document_number") or "") == t["document_number"]
        dob_ok = (got.get("date_of_birth") or "")[2:].replace("-", "") == t["birth"]
        exp_ok = (got.get("expiry_date") or "")[2:].replace("-", "") == t["expiry"]
        wrong = valid and not (number_ok and dob_ok and exp_ok and t["check_digits_valid"])
        read_valid += valid and not wrong
        false_valid += wrong
        lines.append(f"  {name:34s} printed valid={t['check_digits_valid']!s:5s} read "
                     f"valid={got.get('mrz_valid')!s:5s} number {'ok' if number_ok else 'WRONG'}"
                     f"{'  FALSE VALID' if wrong else ''}")  # fmt: skip
    printed_valid = sum(t["check_digits_valid"] for t in truth.values())
    free = next((d["fields"] for d in bill.get("documents", []) if d["type"] == "utility_bill"), {})
    free_ok = {
        "type": bool(free),
        "provider": same_org("Free", free.get("provider")),
        "holder": same_name("de Lattre Alexis", free.get("holder_name")),
        "issue_date": free.get("issue_date") == "2015-07-02",
        "period": (free.get("period_start"), free.get("period_end"))
        == ("2015-07-01", "2015-07-31"),
        "amount": free.get("amount") == 29.99,
    }
    return {
        "lines": lines,
        "read_valid": read_valid,
        "printed_valid": printed_valid,
        "images": len(truth),
        "false_valid": false_valid,
        "free_bill": free_ok,
    }


# --------------------------------------------------------------------------- main


def show(title: str, s: Scores, details: bool) -> None:
    print(f"\n== {title}: {s.pages} pages in {s.seconds:.0f} s of audit time")
    rows = [
        ("requirement status", s.requirements),
        ("packet status", s.packets),
        ("good packets complete", s.good_complete),
        ("defective packets caught", s.defects_caught),
        ("document type", s.doc_types),
        ("key fields", s.key_fields),
    ]
    for label, tally in rows:
        if tally.total:
            print(f"  {label:28s} {tally.rate()}")
    print(f"  {'false complete':28s} {s.false_complete}")
    print(f"  {'false valid MRZ (wrong no.)':28s} {s.false_valid}")
    for label, tally in sorted(s.form.items()):
        print(f"  form: {label:34s} {tally.rate()}")
    weak_types = [(k, t) for k, t in sorted(s.per_type.items()) if t.right < t.total]
    if weak_types:
        print(
            "  document types missed: "
            + ", ".join(f"{k} {t.right}/{t.total}" for k, t in weak_types)
        )
    weak = [(k, t) for k, t in sorted(s.per_field.items()) if t.right < t.total]
    if weak:
        print("  fields missed: " + ", ".join(f"{k} {t.right}/{t.total}" for k, t in weak))
    if details:
        for label, tally in [*rows, *sorted(s.form.items())]:
            for miss in tally.misses:
                print(f"    [{label}] {miss}")
        for note in s.false_complete_notes:
            print(f"    [false complete] {note}")
        for note in s.false_valid_notes:
            print(f"    [false valid] {note}")


def merge(parts: Iterable[Scores]) -> Scores:
    total = Scores()
    for s in parts:
        for name in ("requirements", "packets", "good_complete", "defects_caught", "doc_types",
                     "key_fields"):  # fmt: skip
            a, b = getattr(total, name), getattr(s, name)
            a.right += b.right
            a.total += b.total
        for k, t in s.form.items():
            total.form[k].right += t.right
            total.form[k].total += t.total
        total.false_complete += s.false_complete
        total.false_valid += s.false_valid
        total.seconds += s.seconds
        total.pages += s.pages
    return total


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sets = (
        sorted(p.name for p in BLIND.iterdir() if (p / "generate.py").exists())
        if BLIND.exists()
        else []
    )
    parser.add_argument(
        "--sets", default=",".join(sets), help=f"comma-separated ({', '.join(sets)})"
    )
    parser.add_argument(
        "--src", type=Path, default=REPO / "src", help="the docverify source tree to run"
    )
    parser.add_argument("--out", type=Path, default=Path(tempfile.gettempdir()) / "docverify-blind")
    parser.add_argument("--cache", type=Path, default=None, help="OCR cache (default: a fresh one)")
    parser.add_argument("--jobs", type=int, default=2, help="audits run side by side")
    parser.add_argument("--details", action="store_true", help="list every miss")
    parser.add_argument("--keep", type=Path, default=None, help="write each JSON report here")
    parser.add_argument("--no-specimens", action="store_true")
    args = parser.parse_args()
    cache = args.cache or Path(tempfile.mkdtemp(prefix="docverify-blind-cache-"))
    t0 = time.perf_counter()
    print(f"docverify from {args.src}, audit run {dt.datetime.now():%Y-%m-%d %H:%M}")
    results = []
    for name in filter(None, args.sets.split(",")):
        s = run_set(name, args.out, args.src, cache, args.jobs, args.keep)
        results.append(s)
        show(name, s, args.details)
    if len(results) > 1:
        show("all sets", merge(results), False)
    if not args.no_specimens:
        spec = run_specimens(args.src, cache, args.jobs)
        print("\n== public specimens (../shared/specimens)")
        if args.details:
            print("\n".join(spec["lines"]))
        print(f"  MRZ images read valid and right   {spec['read_valid']}/{spec['printed_valid']} "
              f"(of {spec['images']} images; {spec['images'] - spec['printed_valid']} carry "
              "invalid printed check digits)")  # fmt: skip
        print(f"  MRZ false valids                  {spec['false_valid']}")
        ok = spec["free_bill"]
        print(f"  Free bill fields                  {sum(ok.values())}/{len(ok)} "
              f"({', '.join(k for k, v in ok.items() if not v) or 'all right'})")  # fmt: skip
    print(f"\nbench time {time.perf_counter() - t0:.0f} s")
    if args.cache is None:
        shutil.rmtree(cache, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
