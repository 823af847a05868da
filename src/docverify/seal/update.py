"""``docverify trust update``: download the ANTS trust list and the signing certificates
each certification authority publishes, into the user cache.

This is the only part of docverify that opens network connections, and only when the
user runs that command; the audit reads what it saved. The fetcher is a parameter, so the
tests serve the files from a local web server.

Each authority publishes its signing certificates at the address the trust list gives
(``TSPInformationURI``): a bundle of certificates (DER, PEM, PKCS#7 or a multipart file),
or a certificate store queried with ``?name=<certificate id>``. Only certificates signed
by the authority's own certificate from the trust list are kept.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
import shutil
import tempfile
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from cryptography import x509
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.serialization import Encoding

from docverify import __version__
from docverify.seal.errors import TrustUpdateError
from docverify.seal.trust import (
    chains_to,
    common_name,
    default_trust_dir,
    load_certificates,
    organisation,
)
from docverify.seal.tsl import Authority, TrustList, bundled, parse_tsl

Fetcher = Callable[[str], bytes]
MAX_BYTES = 20 * 2**20


def http_fetcher(timeout: float = 30.0) -> Fetcher:
    def fetch(url: str) -> bytes:
        if not url.startswith(("http://", "https://")):
            raise ValueError(f"not a web address: {url}")
        request = urllib.request.Request(
            url, headers={"User-Agent": f"docverify/{__version__} (trust update)"}
        )
        with urllib.request.urlopen(request, timeout=timeout) as response:
            data: bytes = response.read(MAX_BYTES + 1)
        if len(data) > MAX_BYTES:
            raise ValueError(f"{url} sent more than {MAX_BYTES} bytes")
        return data

    return fetch


@dataclass
class AuthorityUpdate:
    id: str
    operator: str
    urls: list[str]
    certificates: list[x509.Certificate] = field(default_factory=list)
    rejected: int = 0
    """Certificates found but not signed by the authority."""
    errors: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return bool(self.certificates) or len(self.errors) < len(self.urls)


@dataclass
class UpdateResult:
    root: Path
    tsl: TrustList
    tsl_error: str | None
    authorities: list[AuthorityUpdate]


def _write_atomic(path: Path, data: bytes) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, suffix=".tmp")
    with os.fdopen(fd, "wb") as fh:
        fh.write(data)
    os.replace(tmp, path)


def named_urls(url: str, ca: str, cert_id: str) -> list[str]:
    """Where one certificate may be asked for: the store's ``name`` query, then
    ``<folder>/<CA><ID>.der`` beside the bundle.

    >>> named_urls("http://pki.example/pki-2ddoc.der", "FR04", "AB12")
    ['http://pki.example/pki-2ddoc.der?name=AB12', 'http://pki.example/FR04AB12.der']
    """
    parts = urllib.parse.urlsplit(url)
    query = [*urllib.parse.parse_qsl(parts.query, keep_blank_values=True), ("name", cert_id)]
    with_name = urllib.parse.urlunsplit(parts._replace(query=urllib.parse.urlencode(query)))
    folder = url.split("?", 1)[0].rsplit("/", 1)[0]
    return [with_name, f"{folder}/{ca}{cert_id}.der"]


def _fetch_authority(a: Authority, fetch: Fetcher, wanted: Sequence[str]) -> AuthorityUpdate:
    result = AuthorityUpdate(a.id, a.operator, list(a.certificates_url))
    found: list[x509.Certificate] = []
    for url in a.certificates_url:
        try:
            found.extend(load_certificates(fetch(url)))
        except (OSError, ValueError, urllib.error.URLError) as exc:
            result.errors.append(f"{url}: {exc}")
    for cert_id in wanted:
        for url in (u for base in a.certificates_url for u in named_urls(base, a.id, cert_id)):
            try:
                certs = load_certificates(fetch(url))
            except (OSError, ValueError, urllib.error.URLError):
                continue
            found.extend(certs)
            if any(common_name(c) == cert_id for c in certs):
                break
    anchors = a.anchors()
    seen: set[bytes] = set()
    for cert in found:
        fingerprint = cert.fingerprint(hashes.SHA256())
        if fingerprint in seen or common_name(cert) == a.id:
            continue  # the authority's own certificate, or a repeat
        seen.add(fingerprint)
        if chains_to(cert, anchors):
            result.certificates.append(cert)
        else:
            result.rejected += 1
    return result


def _save_authority(root: Path, update: AuthorityUpdate) -> None:
    """Replace the authority's certificates folder (only after a successful download)."""
    target = root / "certs" / update.id
    staging = Path(tempfile.mkdtemp(dir=root, prefix=f".{update.id}-"))
    for cert in update.certificates:
        data = cert.public_bytes(Encoding.DER)
        (staging / f"{hashlib.sha256(data).hexdigest()[:16]}.der").write_bytes(data)
    if target.exists():
        shutil.rmtree(target)
    target.parent.mkdir(parents=True, exist_ok=True)
    os.replace(staging, target)


def update(
    root: Path | None = None,
    fetch: Fetcher | None = None,
    tsl_url: str | None = None,
    wanted: Sequence[tuple[str, str]] = (),
    now: dt.datetime | None = None,
) -> UpdateResult:
    """Download the trust list and every authority's certificates into ``root``.

    ``wanted``: (authority, certificate id) pairs also asked for by name. Raises
    TrustUpdateError when nothing at all could be downloaded.
    """
    root = root or default_trust_dir()
    fetch = fetch or http_fetcher()
    root.mkdir(parents=True, exist_ok=True)
    tsl, tsl_error = bundled(), None
    url = tsl_url or tsl.distribution
    try:
        xml = fetch(url)
        downloaded = parse_tsl(xml, f"downloaded from {url}")
        if downloaded.sequence >= tsl.sequence:
            tsl = downloaded
            _write_atomic(root / "tsl.xml", xml)
        else:
            tsl_error = (
                f"the list at {url} (no. {downloaded.sequence}) is older than docverify's own "
                f"(no. {tsl.sequence}): the latter is kept"
            )
    except (OSError, ValueError, urllib.error.URLError) as exc:
        tsl_error = f"{url}: {exc}"
    results: list[AuthorityUpdate] = []
    for a in tsl.authorities.values():
        if not a.active or not a.certificates_url:
            continue
        ids = [cid for ca, cid in wanted if ca == a.id]
        result = _fetch_authority(a, fetch, ids)
        if result.ok:
            _save_authority(root, result)
        results.append(result)
    if tsl_error and not any(r.ok for r in results):
        raise TrustUpdateError(
            f"nothing could be downloaded ({tsl_error}); is this machine online?"
        )
    state = {
        "updated": (now or dt.datetime.now(dt.UTC)).isoformat(timespec="seconds"),
        "tsl": {"sequence": tsl.sequence, "issued": tsl.issued.isoformat(), "source": tsl.source},
        "authorities": {
            r.id: {
                "operator": r.operator,
                "urls": r.urls,
                "certificates": len(r.certificates),
                "issuers": sorted({organisation(c) or "?" for c in r.certificates}),
                "rejected": r.rejected,
                "error": None if r.ok else "; ".join(r.errors),
            }
            for r in results
        },
    }
    _write_atomic(root / "state.json", json.dumps(state, indent=2, ensure_ascii=False).encode())
    return UpdateResult(root, tsl, tsl_error, results)
