"""Shared material of the seal tests: the public 2D-Doc specimens (read in place), the
test certificate FR00/0001, and stores in test mode."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from cryptography import x509

from docverify.seal.trust import TrustStore
from tests.conftest import specimens_or_skip

SEPARATORS = {"<GS>": "\x1d", "<US>": "\x1f", "<RS>": "\x1e"}


def unescape(text: str) -> bytes:
    """A message as the specimens write it (``<GS>``...) as the barcode's bytes."""
    for k, v in SEPARATORS.items():
        text = text.replace(k, v)
    return text.encode("latin-1")


@pytest.fixture(scope="session")
def twoddoc_dir() -> Path:
    return specimens_or_skip() / "2ddoc"


@pytest.fixture(scope="session")
def test_cert(twoddoc_dir: Path) -> x509.Certificate:
    return x509.load_pem_x509_certificate((twoddoc_dir / "go2ddoc_test_cert.pem").read_bytes())


@pytest.fixture(scope="session")
def test_list(twoddoc_dir: Path) -> list[dict[str, Any]]:
    data: list[dict[str, Any]] = json.loads(
        (twoddoc_dir / "go2ddoc_test_list.json").read_text("utf-8")
    )
    return data


@pytest.fixture()
def test_store(test_cert: x509.Certificate) -> TrustStore:
    """A store in test mode holding the specification's test certificate."""
    store = TrustStore(test_mode=True)
    store.add("FR00", test_cert)
    return store
