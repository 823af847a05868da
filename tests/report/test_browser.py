"""In a real browser (headless Chromium from the distribution, driven by selenium through
the system chromedriver): drop the sample packet on ``docverify serve``, wait for the
verdict, check the checklist, thumbnails and evidence boxes, the larger view, the
language switch and the downloaded report opened as a file. Screenshots and timings are
kept under ``artefacts/browser/`` (ignored by git; ``DOCVERIFY_ARTEFACTS`` moves it).

CI installs chromium (scripts/install.sh): there these tests fail when it is missing;
elsewhere they are skipped with the reason."""

from __future__ import annotations

import json
import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[2]
PACKET = ROOT / "samples" / "defect_bad_rib"
ARTEFACTS = Path(os.environ.get("DOCVERIFY_ARTEFACTS", ROOT / "artefacts")) / "browser"
pytestmark = pytest.mark.e2e


def _tools() -> tuple[str, str]:
    chromium = shutil.which("chromium") or shutil.which("chromium-browser")
    driver = shutil.which("chromedriver")
    if chromium and driver:
        return chromium, driver
    if os.environ.get("CI"):
        pytest.fail("chromium and chromium-driver are missing: scripts/install.sh installs them")
    pytest.skip("chromium and chromium-driver are not installed (apt-get install them)")


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    _tools()
    port = _free_port()
    env = dict(os.environ, DOCVERIFY_CACHE_DIR=str(tmp_path_factory.mktemp("serve-cache")))
    proc = subprocess.Popen(
        [sys.executable, "-m", "docverify", "serve", "--port", str(port),
         "--as-of", "2026-11-15", "--cache"],
        env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
    )  # fmt: skip
    url = f"http://127.0.0.1:{port}/"
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                urllib.request.urlopen(url, timeout=2).read()
                break
            except OSError:
                if proc.poll() is not None or time.monotonic() > deadline:
                    out = proc.stdout.read().decode() if proc.stdout else ""
                    raise AssertionError(f"docverify serve did not start: {out}") from None
                time.sleep(0.3)
        yield url
    finally:
        proc.terminate()
        proc.wait(timeout=30)


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    chromium, driver = _tools()
    options = webdriver.ChromeOptions()
    options.binary_location = chromium
    for arg in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--window-size=1280,1000", "--lang=fr-FR"):  # fmt: skip
        options.add_argument(arg)
    b = webdriver.Chrome(options=options, service=Service(driver))
    ARTEFACTS.mkdir(parents=True, exist_ok=True)
    yield b
    b.quit()


def _drop(browser: Any, url: str) -> float:
    """Give the packet's files to the page, wait for the verdict; seconds it took."""
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support import expected_conditions as ec
    from selenium.webdriver.support.ui import WebDriverWait

    b = browser
    b.get(url + "?lang=fr")
    files = sorted(str(p) for p in PACKET.rglob("*") if p.is_file())
    start = time.monotonic()
    b.find_element(By.ID, "files").send_keys("\n".join(files))
    WebDriverWait(b, 600, poll_frequency=0.2).until(
        ec.presence_of_element_located((By.CSS_SELECTOR, "#state[data-status]"))
    )
    return time.monotonic() - start


def test_drop_the_sample_packet_and_read_the_report(server: str, browser: Any) -> None:
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import Select, WebDriverWait

    b: Any = browser
    cold = _drop(b, server)
    state = b.find_element(By.ID, "state")
    assert state.get_attribute("data-status") == "incomplete"
    assert state.text.startswith("Terminé") and state.text.endswith("incomplet")
    assert b.find_element(By.ID, "dl-html").get_attribute("href").endswith("lang=fr")
    assert "report.json?download=1" in b.find_element(By.ID, "dl-json").get_attribute("href")

    b.switch_to.frame(b.find_element(By.ID, "report"))
    WebDriverWait(b, 30).until(lambda d: d.find_elements(By.ID, "checklist"))
    items = b.find_elements(By.CSS_SELECTOR, "#checklist li")
    assert len(items) == 7
    bank = b.find_element(By.CSS_SELECTOR, 'li[data-requirement="bank_details"]')
    assert bank.get_attribute("data-status") == "invalid" and "non valable" in bank.text
    assert "Liste de contrôle" in b.find_element(By.TAG_NAME, "body").text
    images = b.find_elements(By.CSS_SELECTOR, "figure.page img")
    assert len(images) >= 10
    assert all(b.execute_script("return arguments[0].naturalWidth", i) > 100 for i in images)
    marks = b.find_elements(By.CSS_SELECTOR, 'figure[data-page="rib.png p.1"] rect.mark')
    assert marks and marks[0].get_attribute("class") == "mark sev-error"
    box = marks[0].rect
    assert box["width"] > 20 and box["height"] > 2  # drawn, on the thumbnail

    # the larger view: the page opens over the report, its box with it
    rib = b.find_element(By.CSS_SELECTOR, 'figure[data-page="rib.png p.1"] summary')
    b.execute_script("arguments[0].scrollIntoView()", rib)
    small = rib.find_element(By.TAG_NAME, "img").rect["width"]
    rib.click()
    big = rib.find_element(By.TAG_NAME, "img").rect["width"]
    assert big > 2.5 * small
    b.save_screenshot(str(ARTEFACTS / "report_zoom_fr.png"))
    rib.click()
    b.switch_to.default_content()
    b.execute_script("document.getElementById('progress').scrollIntoView()")
    b.save_screenshot(str(ARTEFACTS / "serve_fr.png"))

    # the language switch: the page and the report in English
    Select(b.find_element(By.ID, "lang")).select_by_value("en")
    assert b.find_element(By.ID, "drop-title").text.startswith("Drop the")
    b.switch_to.frame(b.find_element(By.ID, "report"))
    WebDriverWait(b, 30).until(lambda d: "Checklist" in d.find_element(By.TAG_NAME, "body").text)
    assert "invalid" in b.find_element(By.CSS_SELECTOR, 'li[data-requirement="bank_details"]').text
    b.switch_to.default_content()
    b.save_screenshot(str(ARTEFACTS / "serve_en.png"))

    # the downloaded report, opened as a file: self-contained
    href = b.find_element(By.ID, "dl-html").get_attribute("href")
    report = ARTEFACTS / "report_defect_bad_rib.html"
    report.write_bytes(urllib.request.urlopen(href).read())
    b.get(report.as_uri())
    assert b.find_element(By.ID, "verdict").get_attribute("data-status") == "incomplete"
    images = b.find_elements(By.CSS_SELECTOR, "figure.page img")
    assert all(b.execute_script("return arguments[0].naturalWidth", i) > 100 for i in images)
    b.set_window_size(1280, 4000)
    b.save_screenshot(str(ARTEFACTS / "report_en.png"))
    b.set_window_size(1280, 1000)

    warm = _drop(b, server)  # the same packet again: the OCR cache is warm
    (ARTEFACTS / "timings.json").write_text(
        json.dumps(
            {
                "drop_to_verdict_cold_s": round(cold, 1),
                "drop_to_verdict_warm_s": round(warm, 1),
                "report_html_bytes": report.stat().st_size,
            },
            indent=1,
        )
    )
