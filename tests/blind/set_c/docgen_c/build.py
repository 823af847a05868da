"""Bookkeeping: logical documents, the files they land in (with pages), truth files."""

from __future__ import annotations

import json
import os

from . import looks
from . import util as u


class Doc:
    def __init__(self, type_, fields, notes=None):
        self.type = type_
        self.fields = fields
        self.notes = notes
        self.where = []  # (path, page_no)
        self.look = None


class FileSpec:
    def __init__(self, path, look, sheets, opts=None):
        self.path = path
        self.look = look
        self.sheets = sheets  # list of (Page, [Doc, ...])
        self.opts = opts or {}


class Folder:
    """A packet or a single-document folder."""

    def __init__(self, name, kind):
        self.name = name
        self.kind = kind  # 'packet' | 'document'
        self.docs = []
        self.files = []
        self.meta = {}

    def doc(self, type_, fields, notes=None):
        dd = Doc(type_, fields, notes)
        self.docs.append(dd)
        return dd

    def file(self, path, look, sheets, **opts):
        """sheets: list of (Page, doc or [docs])."""
        norm = []
        for page, docs in sheets:
            if not isinstance(docs, (list, tuple)):
                docs = [docs]
            norm.append((page, list(docs)))
        fs = FileSpec(path, look, norm, opts)
        self.files.append(fs)
        for i, (_, docs) in enumerate(norm, start=1):
            for dd in docs:
                dd.where.append((path, i))
                if dd.look is None:
                    dd.look = look
        return fs

    def pages_file(self, path, look, doc, pages, **opts):
        """Convenience: one document occupying all pages of one file."""
        return self.file(path, look, [(p, doc) for p in pages], **opts)

    # ---------------------------------------------------------- output

    def truth(self):
        docs = []
        for dd in self.docs:
            files = []
            for path, pg in dd.where:
                if files and files[-1]["path"] == path:
                    files[-1]["pages"].append(pg)
                else:
                    files.append({"path": path, "pages": [pg]})
            entry = {"files": files, "type": dd.type, "look": dd.look, "fields": dd.fields}
            if dd.notes:
                entry["notes"] = dd.notes
            docs.append(entry)
        t = {"as_of": self.meta.get("as_of"), "employed": None}
        if self.kind == "packet":
            t.update(
                {
                    "status": self.meta["status"],
                    "defect": self.meta.get("defect"),
                    "requirements": self.meta["requirements"],
                    "applicant": self.meta["applicant"],
                }
            )
        else:
            t.update({"status": None, "defect": None, "requirements": None, "applicant": None})
        t["documents"] = docs
        if self.meta.get("notes"):
            t["notes"] = self.meta["notes"]
        return t

    def render(self, root, set_id):
        folder = os.path.join(root, self.kind + "s", self.name)
        os.makedirs(folder, exist_ok=True)
        for fs in self.files:
            rng = u.rng_for(set_id, self.name, fs.path, "render")
            path = os.path.join(folder, fs.path)
            looks.render_file([p for p, _ in fs.sheets], fs.look, path, rng, fs.opts)
        with open(
            os.path.join(root, self.kind + "s", self.name + ".truth.json"), "w", encoding="utf-8"
        ) as f:
            json.dump(self.truth(), f, ensure_ascii=False, indent=2)
            f.write("\n")


REQ_ORDER = [
    "application_form",
    "identity",
    "residence_status",
    "birth_certificate",
    "residence_proof",
    "bank_details",
    "employment",
]


def requirements(**over):
    r = {k: "complete" for k in REQ_ORDER}
    r.update(over)
    return {k: r[k] for k in REQ_ORDER}


def status_of(reqs):
    vals = reqs.values()
    if any(v in ("invalid", "missing") for v in vals):
        return "incomplete"
    if any(v == "questionable" for v in vals):
        return "questionable"
    return "complete"
