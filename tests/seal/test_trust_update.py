"""``docverify trust update`` against a local web server standing in for ANTS and a
certification authority (this machine has no network): the trust list, the authority's
bundle of signing certificates (only those it signed are kept), a certificate asked for by
name; then the audit's store verifies a code with what was saved."""

from __future__ import annotations

import datetime as dt
import http.server
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.serialization import pkcs7
from samplekit import seal_variants as sv

from docverify.seal.command import run
from docverify.seal.errors import TrustUpdateError
from docverify.seal.trust import SealStatus, TrustStore, common_name
from docverify.seal.twoddoc import decode
from docverify.seal.update import http_fetcher, update

FIELDS = [("10", "M/MARTIN/JULIEN"), ("24", "69007")]


class Site:
    def __init__(self) -> None:
        self.files: dict[str, bytes] = {}
        self.requests: list[str] = []
        handler = self._handler()
        self.server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}"
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self.thread.start()

    def _handler(self) -> type[http.server.BaseHTTPRequestHandler]:
        site = self

        class Handler(http.server.BaseHTTPRequestHandler):
            def do_GET(self) -> None:
                site.requests.append(self.path)
                body = site.files.get(self.path)
                if body is None:
                    self.send_error(404)
                    return
                self.send_response(200)
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def log_message(self, *args: object) -> None:
                pass

        return Handler

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()


@pytest.fixture()
def site() -> Iterator[Site]:
    s = Site()
    signer = sv.test_signer()
    s.files["/tsl.xml"] = sv.trust_list_xml(signer.ca_certificate, f"{s.url}/certs/bundle.der")
    s.files["/certs/bundle.der"] = pkcs7.serialize_certificates(
        [signer.ca_certificate, signer.certificate, sv.stranger_certificate()],
        pkcs7.serialization.Encoding.DER,
    )
    second = sv.test_signer(key_seed=21, cert_id="SK02")
    s.files["/certs/bundle.der?name=SK02"] = sv.der(second.certificate)
    yield s
    s.close()


def test_update_then_verify(site: Site, tmp_path: Path) -> None:
    result = update(tmp_path, http_fetcher(5), f"{site.url}/tsl.xml", [("FR98", "SK02")])
    assert result.tsl.sequence == 1000 and result.tsl_error is None
    [fr98] = [a for a in result.authorities if a.id == "FR98"]
    assert sorted(common_name(c) for c in fr98.certificates) == ["SK01", "SK02"]
    assert fr98.rejected == 1  # the certificate FR98 did not sign
    assert (tmp_path / "tsl.xml").is_file() and (tmp_path / "state.json").is_file()

    store = TrustStore.load(tmp_path)
    assert store.tsl.sequence == 1000 and "FR98" in store.fetched
    for signer in (sv.test_signer(), sv.test_signer(key_seed=21, cert_id="SK02")):
        raw = sv.c40_code(signer, "01", FIELDS, dt.date(2026, 9, 1), dt.date(2026, 9, 1),
                          variable=sv.VARIABLE)  # fmt: skip
        verdict = store.verify(decode(raw))
        assert verdict.status == SealStatus.VALID, verdict.reason
    unknown = sv.test_signer(key_seed=33, cert_id="SK03")
    raw = sv.c40_code(unknown, "01", FIELDS, dt.date(2026, 9, 1), dt.date(2026, 9, 1))
    assert store.verify(decode(raw)).status == SealStatus.UNKNOWN_CERTIFICATE


def test_command_line(site: Site, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert run(["update", "--store", str(tmp_path), "--tsl-url", f"{site.url}/tsl.xml"]) == 0
    out = capsys.readouterr().out
    assert "ANTS TSL no. 1000" in out and "FR98" in out and "SAMPLE TELECOM" in out
    assert run(["show", "--store", str(tmp_path)]) == 0
    assert "FR98 Autorité de test docverify: 1 signing certificate(s)" in capsys.readouterr().out


def test_an_older_list_is_not_taken(site: Site, tmp_path: Path) -> None:
    signer = sv.test_signer()
    site.files["/old.xml"] = sv.trust_list_xml(signer.ca_certificate, f"{site.url}/x", 5)
    # kept the bundled list, whose authorities cannot be reached from here
    with pytest.raises(TrustUpdateError, match=r"no\. 5\) is older than docverify's own"):
        update(tmp_path, http_fetcher(5), f"{site.url}/old.xml")


def test_offline(tmp_path: Path) -> None:
    def offline(url: str) -> bytes:
        raise OSError("network unreachable")

    with pytest.raises(TrustUpdateError, match="nothing could be downloaded"):
        update(tmp_path, offline)
    assert TrustStore.load(tmp_path).fetched == frozenset()
