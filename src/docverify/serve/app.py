"""The local web page (Starlette, served by uvicorn on 127.0.0.1): files or a folder are
dropped, written to a private temporary folder (0700) that is removed when the audit
ends or the server stops, audited in a worker thread with progress page by page, and the
report shown and offered for download as HTML and JSON. Nothing is sent anywhere; no
file other than the upload is read (the OCR cache too stays off unless asked for)."""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
import secrets
import shutil
import tempfile
import threading
import time
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import dataclass, field
from pathlib import Path

from starlette.applications import Starlette
from starlette.datastructures import UploadFile
from starlette.requests import Request
from starlette.responses import HTMLResponse, JSONResponse, Response
from starlette.routing import Route

from docverify.model import AuditOptions, AuditResult
from docverify.report.i18n import LANGS
from docverify.serve.page import page

MAX_FILES = 200
MAX_MB = 200
MAX_DEPTH = 8
CHUNK = 1 << 20
MESSAGES = {
    "too_many_files": {
        "en": "Too many files: at most {n} per packet.",
        "fr": "Trop de fichiers : {n} au plus par dossier.",
    },
    "too_large": {
        "en": "The upload is too large: at most {n} MB per packet.",
        "fr": "L'envoi est trop volumineux : {n} Mo au plus par dossier.",
    },
    "no_files": {"en": "No file was received.", "fr": "Aucun fichier n'a été reçu."},
    "bad_request": {"en": "The upload could not be read.", "fr": "L'envoi n'a pas pu être lu."},
}


@dataclass
class Settings:
    as_of: dt.date | None = None
    max_files: int = MAX_FILES
    max_bytes: int = MAX_MB * 2**20
    use_cache: bool = False
    workers: int | None = None


@dataclass
class Job:
    id: str
    folder: Path
    name: str
    files: int
    state: str = "running"  # running | done | failed
    pages_total: int = 0
    pages_read: int = 0
    started: float = field(default_factory=time.monotonic)
    seconds: float = 0.0
    result: AuditResult | None = None
    error: str | None = None


def safe_parts(name: str) -> list[str] | None:
    """The parts of an uploaded file's relative path that may be written inside the
    upload folder: no ``..``, no absolute path, no control characters; None to refuse.

    >>> safe_parts("packet/factures/edf.pdf")
    ['packet', 'factures', 'edf.pdf']
    >>> safe_parts("../../etc/passwd") is None, safe_parts("/abs/x.pdf")
    (True, ['abs', 'x.pdf'])
    """
    parts = [p for p in re.split(r"[\\/]+", name) if p not in ("", ".")]
    if not parts or ".." in parts or len(parts) > MAX_DEPTH:
        return None
    parts = [re.sub(r"[\x00-\x1f\x7f]", "_", p)[:200] for p in parts]
    return parts


class Server:
    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self.jobs: dict[str, Job] = {}
        self.lock = threading.Lock()
        self.root = Path(tempfile.mkdtemp(prefix="docverify-serve-"))  # 0700
        self.app = Starlette(
            routes=[
                Route("/", self.index),
                Route("/api/audit", self.upload, methods=["POST"]),
                Route("/api/jobs/{job}", self.status),
                Route("/jobs/{job}/report.html", self.report_html),
                Route("/jobs/{job}/report.json", self.report_json),
            ],
            lifespan=self.lifespan,
        )

    @asynccontextmanager
    async def lifespan(self, _app: Starlette) -> AsyncIterator[None]:
        try:
            yield
        finally:
            self.close()

    def close(self) -> None:
        shutil.rmtree(self.root, ignore_errors=True)

    # ------------------------------------------------------------------ routes
    async def index(self, request: Request) -> Response:
        lang = request.query_params.get("lang", "fr")
        return HTMLResponse(page(lang if lang in LANGS else "fr", self.settings))

    def _error(self, key: str, lang: str, status: int, n: int = 0) -> JSONResponse:
        text = MESSAGES[key][lang].format(n=n)
        return JSONResponse({"error": key, "message": text}, status_code=status)

    async def upload(self, request: Request) -> Response:
        lang = request.query_params.get("lang", "fr")
        lang = lang if lang in LANGS else "fr"
        s = self.settings
        declared = int(request.headers.get("content-length") or 0)
        if declared > s.max_bytes + 2**20:
            return self._error("too_large", lang, 413, s.max_bytes >> 20)
        try:
            form = await request.form(max_files=s.max_files + 1, max_fields=20)
        except Exception:  # the multipart parser refuses too many parts, bad bodies
            return self._error("too_many_files", lang, 413, s.max_files)
        uploads = [v for _k, v in form.multi_items() if isinstance(v, UploadFile)]
        if not uploads:
            return self._error("no_files", lang, 400)
        if len(uploads) > s.max_files:
            return self._error("too_many_files", lang, 413, s.max_files)
        job_id = secrets.token_urlsafe(12)
        folder = self.root / job_id / "packet"
        folder.mkdir(parents=True)
        total = 0
        written = 0
        for up in uploads:
            parts = safe_parts(up.filename or "")
            if parts is None:
                continue
            target = folder.joinpath(*parts)
            if target.exists():  # the same name twice (files of two folders dropped flat)
                target = target.with_name(f"{target.stem}_{written}{target.suffix}")
            target.parent.mkdir(parents=True, exist_ok=True)
            with target.open("wb") as fh:
                while chunk := await up.read(CHUNK):
                    total += len(chunk)
                    if total > s.max_bytes:
                        fh.close()
                        shutil.rmtree(self.root / job_id, ignore_errors=True)
                        return self._error("too_large", lang, 413, s.max_bytes >> 20)
                    fh.write(chunk)
            written += 1
        if not written:
            shutil.rmtree(self.root / job_id, ignore_errors=True)
            return self._error("no_files", lang, 400)
        name = str(form.get("name") or "") or "packet"
        job = Job(job_id, folder, re.sub(r"[\x00-\x1f\x7f/\\]", "_", name)[:100], written)
        with self.lock:
            self.jobs[job_id] = job
        threading.Thread(target=self._run, args=(job,), daemon=True).start()
        return JSONResponse({"job": job_id, "files": written})

    def _run(self, job: Job) -> None:
        from docverify.pipeline import audit

        def progress(msg: str) -> None:
            m = re.match(r"(\d+) files, (\d+) pages", msg)
            if m:
                job.pages_total = int(m.group(2))
            elif msg.startswith("read "):
                job.pages_read += 1

        s = self.settings
        options = AuditOptions(
            as_of=s.as_of or dt.date.today(),
            use_cache=s.use_cache,
            workers=s.workers,
            reuse_results=False,  # its report shows the pages' images
        )
        state = "failed"
        try:
            result = audit(job.folder, options, progress=progress)
            job.result = dataclasses.replace(result, packet=job.name)
            state = "done"
        except Exception as exc:  # shown to the helper; the server goes on
            job.error = type(exc).__name__
        finally:
            job.seconds = time.monotonic() - job.started
            shutil.rmtree(job.folder.parent, ignore_errors=True)  # the upload is gone
            job.state = state  # only once the upload is removed

    def _job(self, request: Request) -> Job | None:
        with self.lock:
            return self.jobs.get(request.path_params["job"])

    async def status(self, request: Request) -> Response:
        job = self._job(request)
        if job is None:
            return JSONResponse({"error": "unknown job"}, status_code=404)
        out: dict[str, object] = {
            "state": job.state,
            "files": job.files,
            "pages_total": job.pages_total,
            "pages_read": job.pages_read,
            "seconds": round(job.seconds or time.monotonic() - job.started, 1),
            "upload_removed": not job.folder.exists(),
        }
        if job.result is not None:
            out["status"] = job.result.status.value
        if job.error:
            out["error"] = job.error
        return JSONResponse(out)

    def _lang(self, request: Request) -> str:
        lang = request.query_params.get("lang", "fr")
        return lang if lang in LANGS else "fr"

    def _download(self, request: Request, ext: str) -> dict[str, str]:
        if request.query_params.get("download"):
            return {"Content-Disposition": f'attachment; filename="docverify-report.{ext}"'}
        return {}

    async def report_html(self, request: Request) -> Response:
        return self._report(request, "html")

    async def report_json(self, request: Request) -> Response:
        return self._report(request, "json")

    def _report(self, request: Request, ext: str) -> Response:
        """The report of a finished job, in the asked language, masked on ``?redact=1``,
        offered as a download on ``?download=1``."""
        from docverify.report import html_report, json_report

        job = self._job(request)
        if job is None or job.result is None:
            return JSONResponse({"error": "no report"}, status_code=404)
        redact = bool(request.query_params.get("redact"))
        render = html_report.render if ext == "html" else json_report.render
        body = render(job.result, redact=redact, lang=self._lang(request))
        media = "text/html; charset=utf-8" if ext == "html" else "application/json"
        return Response(body, media_type=media, headers=self._download(request, ext))
