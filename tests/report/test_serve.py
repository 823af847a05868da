"""``docverify serve`` without a browser: uploads land in a private folder removed after
the audit, limits answer with a clear message, paths cannot leave the upload folder, the
report is served as HTML and JSON in both languages."""

from __future__ import annotations

import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from starlette.testclient import TestClient

from docverify.serve.app import Server, Settings, safe_parts


@pytest.fixture
def server(tmp_path: Path) -> Iterator[Server]:
    s = Server(Settings(max_files=3, max_bytes=4096, use_cache=False, workers=1))
    yield s
    s.close()
    assert not s.root.exists()


def _wait(client: TestClient, job: str) -> dict:
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        state = client.get(f"/api/jobs/{job}").json()
        if state["state"] != "running":
            return state
        time.sleep(0.1)
    raise AssertionError("the audit did not end")


def test_page_is_served_in_french_by_default(server: Server) -> None:
    with TestClient(server.app) as client:
        page = client.get("/")
        assert page.status_code == 200 and '<html lang="fr">' in page.text
        assert 'id="drop"' in page.text and "http" not in page.text.split("<script>")[1]


def test_upload_is_audited_then_removed(server: Server) -> None:
    files = [
        ("files", ("dossier/notes.txt", b"not a document", "text/plain")),
        ("files", ("dossier/sub/empty.pdf", b"", "application/pdf")),
    ]
    with TestClient(server.app) as client:
        r = client.post("/api/audit?lang=en", files=files, data={"name": "dossier"})
        assert r.status_code == 200, r.text
        job = r.json()["job"]
        state = _wait(client, job)
        assert state["state"] == "done" and state["status"] == "incomplete"
        assert state["upload_removed"] is True
        assert not any((server.root / job).rglob("*"))
        html = client.get(f"/jobs/{job}/report.html?lang=fr")
        assert "Liste de contrôle" in html.text and "dossier" in html.text
        assert str(server.root) not in html.text  # the private folder is never shown
        report = client.get(f"/jobs/{job}/report.json?lang=en&download=1")
        assert report.headers["content-disposition"].startswith("attachment")
        data = report.json()
        assert data["schema"] == "docverify.report/1" and data["packet"] == "dossier"
        assert {f["path"] for f in data["files"]} == {"dossier/notes.txt", "dossier/sub/empty.pdf"}


def test_limits_answer_with_a_clear_message(server: Server) -> None:
    with TestClient(server.app) as client:
        many = [("files", (f"f{i}.pdf", b"x", "application/pdf")) for i in range(5)]
        r = client.post("/api/audit?lang=fr", files=many)
        assert r.status_code == 413 and r.json()["message"].startswith("Trop de fichiers")
        big = [("files", ("big.pdf", b"x" * 10_000, "application/pdf"))]
        r = client.post("/api/audit?lang=en", files=big)
        assert r.status_code == 413 and "too large" in r.json()["message"]
        r = client.post("/api/audit?lang=en", data={"name": "x"})
        assert r.status_code == 400 and r.json()["message"] == "No file was received."
        assert list(server.root.iterdir()) == []  # nothing left of refused uploads


def test_paths_never_leave_the_upload_folder() -> None:
    assert safe_parts("../../etc/passwd") is None
    assert safe_parts("a/../../b") is None
    assert safe_parts("/etc/passwd") == ["etc", "passwd"]
    assert safe_parts("C:\\x\\y.pdf") == ["C:", "x", "y.pdf"]
    assert safe_parts("") is None
