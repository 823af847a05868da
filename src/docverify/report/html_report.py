"""A self-contained HTML report (one file, no network, a few lines of inline script) that
a helper can open, print on A4 or hand to the applicant: a checklist of the seven
requirements with what to fix first, then every document with its pages (downscaled,
embedded), boxes around the evidence each finding rests on (a larger view on click), and
the values read next to the page. In French or English (``lang``)."""

from __future__ import annotations

from html import escape

from docverify.doctypes.base import fields_to_json
from docverify.model import AuditResult, Document, Finding, PageRef, Severity, Status
from docverify.redact import redact_fields
from docverify.report.boxes import BoxFinder, PageBox
from docverify.report.html_assets import CSS
from docverify.report.i18n import Messages
from docverify.report.thumbs import page_data_uri, sensitive_boxes
from docverify.seal.report import describe

ICON = {
    Status.COMPLETE: "✔",
    Status.QUESTIONABLE: "?",
    Status.INVALID: "✘",
    Status.MISSING: "✘",
    Status.NOT_APPLICABLE: "–",
}
SEVERITY_ORDER = {Severity.ERROR: 0, Severity.WARNING: 1, Severity.INFO: 2}


def _where(f: Finding) -> str:
    by_file: dict[str, list[int]] = {}
    for p in f.pages:
        by_file.setdefault(p.file, []).append(p.page)
    return "; ".join(f"{k} p.{','.join(map(str, v))}" for k, v in by_file.items())


class _Report:
    def __init__(self, result: AuditResult, redact: bool, lang: str) -> None:
        self.result = result
        self.redact = redact
        self.m = Messages(lang)
        self.finder = BoxFinder(result.documents)
        self.docs = {d.id: d for d in result.documents}
        self.numbers: dict[int, int] = {}  # id(finding) -> its number in "fix first"
        # the boxes drawn on each page: (box, severity, number, message)
        self.marks: dict[PageRef, list[tuple[PageBox, str, int, str]]] = {}

    # ----------------------------------------------------------------- findings
    def finding_li(self, f: Finding) -> str:
        where = _where(f)
        n = self.numbers.get(id(f))
        num = f'<span class="num">{n}</span> ' if n else ""
        link = f' <a href="#doc-{escape(f.document)}">→</a>' if f.document in self.docs else ""
        return (
            f'<li class="sev-{f.severity.value}">{num}{escape(self.m.finding(f))}'
            + (f' <span class="where">[{escape(where)}]</span>' if where else "")
            + f'{link} <span class="code">{escape(f.code)}</span></li>'
        )

    def collect_marks(self) -> list[Finding]:
        """Number the findings to fix (errors first) and note their boxes by page."""
        todo: list[Finding] = []
        for req in self.result.requirements:
            if req.status in (Status.COMPLETE, Status.NOT_APPLICABLE):
                continue
            todo += [f for f in req.findings if f.severity != Severity.INFO]
        todo.sort(key=lambda f: SEVERITY_ORDER[f.severity])
        for i, f in enumerate(todo, 1):
            self.numbers[id(f)] = i
        everything = [f for r in self.result.requirements for f in r.findings]
        everything += [f for d in self.result.documents for f in d.findings]
        everything += list(self.result.findings)
        seen: set[int] = set()
        for f in everything:
            if id(f) in seen:
                continue
            seen.add(id(f))
            for b in self.finder.boxes(f):
                self.marks.setdefault(b.page, []).append(
                    (b, f.severity.value, self.numbers.get(id(f), 0), self.m.finding(f))
                )
        return todo

    # ----------------------------------------------------------------- sections
    def header(self) -> list[str]:
        r, m = self.result, self.m
        a = r.applicant
        who = " ".join(x for x in (a.given_names, a.surname) if x) or m.ui("unknown_applicant")
        return [
            "<header>",
            f"<h1>{escape(m.ui('title'))}: {escape(r.packet)}</h1>",
            f"<p>{escape(m.ui('applicant'))}: <b>{escape(who)}</b>"
            + (f", {escape(m.ui('born'))} {a.date_of_birth.isoformat()}" if a.date_of_birth else "")
            + (f", {escape(a.nationality)}" if a.nationality else "")
            + f" · {escape(m.ui('audit_date'))} {r.as_of.isoformat()}</p>",
            f'<p id="verdict" class="banner b-{r.status.value}" role="status" '
            f'data-status="{r.status.value}">{escape(m.t("packet", r.status.value))}</p>',
            "</header>",
        ]

    def checklist(self, todo: list[Finding]) -> list[str]:
        m = self.m
        out = [f'<section aria-labelledby="h-check"><h2 id="h-check">{escape(m.ui("checklist"))}</h2>',
               '<ul class="checklist" id="checklist">']  # fmt: skip
        for req in self.result.requirements:
            out.append(
                f'<li class="req {req.status.value}" data-requirement="{req.id}" '
                f'data-status="{req.status.value}"><span class="icon" aria-hidden="true">'
                f"{ICON[req.status]}</span> {escape(m.t('requirement', req.id))} "
                f'<span class="status {req.status.value}">'
                f"{escape(m.t('status', req.status.value))}</span></li>"
            )
        out.append("</ul>")
        out.append(f'<h2 id="h-fix">{escape(m.ui("fix_first"))}</h2>')
        if todo:
            out.append('<ol class="fix" id="fix-first">')
            out += [self.finding_li(f) for f in todo]
            out.append("</ol>")
        else:
            out.append(f'<p id="fix-first">{escape(m.ui("nothing_to_fix"))}</p>')
        out.append("</section>")
        return out

    def requirements(self) -> list[str]:
        m = self.m
        out = [
            f"<h2>{escape(m.ui('findings'))}</h2><table><thead><tr>"
            f"<th scope=col>{escape(m.ui('requirement'))}</th><th scope=col>{escape(m.ui('status'))}</th>"
            f"<th scope=col>{escape(m.ui('documents'))}</th><th scope=col>{escape(m.ui('findings'))}</th>"
            "</tr></thead><tbody>"
        ]
        for req in self.result.requirements:
            where = "<br>".join(
                f'<a href="#doc-{escape(d)}">{escape(self.docs[d].where())}</a>'
                for d in req.documents
                if d in self.docs
            )
            shown = [
                f for f in req.findings
                if f.severity != Severity.INFO or req.status != Status.COMPLETE
            ]  # fmt: skip
            items = "<ul>" + "".join(self.finding_li(f) for f in shown) + "</ul>" if shown else ""
            out.append(
                f"<tr><td>{escape(m.t('requirement', req.id))}</td>"
                f'<td><span class="status {req.status.value}">'
                f"{escape(m.t('status', req.status.value))}</span></td>"
                f"<td>{where}</td><td>{items}</td></tr>"
            )
        out.append("</tbody></table>")
        if self.result.findings:
            out.append(f"<h2>{escape(m.ui('files'))}</h2><ul>")
            out += [self.finding_li(f) for f in self.result.findings]
            out.append("</ul>")
        return out

    def page_figure(self, doc: Document, page_index: int, masked: list) -> str:
        page = doc.pages[page_index]
        label = f"{page.ref.file} — {self.m.ui('page')} {page.ref.page}"
        if page.image is None:
            return f'<figure class="page empty"><figcaption>{escape(label)}: {escape(self.m.ui("no_image"))}</figcaption></figure>'
        uri, w, h = page_data_uri(page, masked if self.redact else None)
        rects = []
        for b, sev, num, message in self.marks.get(page.ref, []):
            x0, y0, x1, y1 = b.box
            pad = max(4, w // 200)
            rects.append(
                f'<rect class="mark sev-{sev}" x="{x0 - pad}" y="{y0 - pad}" '
                f'width="{x1 - x0 + 2 * pad}" height="{y1 - y0 + 2 * pad}">'
                f"<title>{escape(message)}</title></rect>"
                + (f'<text class="marknum" x="{x1 + pad}" y="{y0}" font-size="{max(24, w // 40)}">{num}</text>' if num else "")
            )  # fmt: skip
        svg = (
            f'<svg class="overlay" viewBox="0 0 {w} {h}" preserveAspectRatio="none" '
            f'aria-hidden="true">{"".join(rects)}</svg>'
        )
        zoom = escape(self.m.ui("click_to_enlarge"))
        return (  # a <details> opens the larger view: no script, keyboard and print friendly
            f'<figure class="page" data-page="{escape(str(page.ref))}" data-boxes="{len(rects)}"'
            f' style="--ar:{w / h:.4f}"><details class="zoom"><summary title="{zoom}"'
            f' aria-label="{zoom}: {escape(label)}"><span class="frame">'
            f'<img src="{uri}" alt="{escape(label)}">{svg}</span></summary></details>'
            f"<figcaption>{escape(label)}</figcaption></figure>"
        )

    def document(self, doc: Document) -> list[str]:
        m = self.m
        reads = self.finder.reads(doc)
        masked = sensitive_boxes(doc, reads) if self.redact else {}
        fields = fields_to_json(doc.fields)
        if self.redact:
            fields = redact_fields(fields)
        rows = []
        for k, v in fields.items():
            if v in (None, "", [], {}) or isinstance(v, dict):
                continue
            g = reads.get(k)
            conf = (
                f' <span class="conf">({m.ui("confidence")} {g.confidence:.2f})</span>' if g else ""
            )
            shown = ", ".join(map(str, v)) if isinstance(v, list) else str(v)
            rows.append(f"<dt>{escape(k)}</dt><dd>{escape(shown)}{conf}</dd>")
        if doc.seal is not None:
            rows.append(f"<dt>{escape(m.ui('seal'))}</dt><dd>{escape(describe(doc.seal))}</dd>")
        figures = "".join(
            self.page_figure(doc, i, masked.get(p.ref, [])) for i, p in enumerate(doc.pages)
        )
        findings = "".join(self.finding_li(f) for f in doc.findings)
        return [
            f'<section class="doc" id="doc-{escape(doc.id)}" data-type="{doc.type.value}">',
            f'<h3>{escape(m.t("doctype", doc.type.value))} <span class="code">{escape(doc.id)} · '
            f"{escape(doc.where())} · {doc.confidence:.2f}</span></h3>",
            f'<div class="doc-body"><div class="pages">{figures}</div>',
            f'<div class="fields"><h4>{escape(m.ui("fields_read"))}</h4><dl>{"".join(rows)}</dl>'
            + (f"<ul>{findings}</ul>" if findings else "")
            + "</div></div></section>",
        ]

    def render(self) -> str:
        todo = self.collect_marks()
        m = self.m
        out = [
            "<!doctype html>",
            f'<html lang="{m.lang}"><head><meta charset="utf-8">',
            '<meta name="viewport" content="width=device-width, initial-scale=1">',
            f"<title>{escape(m.ui('title'))}: {escape(self.result.packet)}</title>",
            f"<style>{CSS}</style></head><body><main>",
            *self.header(),
            *self.checklist(todo),
            *self.requirements(),
            f'<h2>{escape(m.ui("documents_found"))}</h2><p class="legend">{escape(m.ui("legend"))}</p>',
        ]
        for doc in self.result.documents:
            out += self.document(doc)
        out.append("</main></body></html>")
        return "\n".join(out) + "\n"


def render(result: AuditResult, redact: bool = False, lang: str = "en") -> str:
    return _Report(result, redact, lang).render()
