"""Whose signature is it, and may it be trusted: the trust store and the verdict on a seal.

The store holds the ANTS trust list (the one docverify ships, or a newer one downloaded by
``docverify trust update``) and the signing certificates the certification authorities
publish, downloaded by the same command into the user cache (``~/.cache/docverify/trust``,
or ``$DOCVERIFY_TRUST_DIR``). The audit reads them and never opens a connection.

A seal is:

- ``valid``: the signature verifies over the signed bytes with the certificate the header
  names, that certificate chains to its authority's certificate in the trust list, and
  both were valid on the signature date of the header;
- ``invalid``: the signature does not verify (a changed byte, a forged code), or the
  certificate was not valid on the signature date, or does not chain to its authority;
- ``unknown_certificate``: the authority is not in the trust list, or does not publish the
  certificate the header names;
- ``test_certificate``: signed under the specification's test authority FR00 (a specimen,
  not a real issuer). Only in test mode (``$DOCVERIFY_SEAL_TEST_MODE=1``, for tests) are
  FR00 certificates put in the store accepted, and then such a seal can be ``valid``;
- ``not_checked``: the certificate is not in the store because ``docverify trust update``
  has not downloaded that authority's certificates.
"""

from __future__ import annotations

import datetime as dt
import json
import logging
import os
from collections.abc import Iterable
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path

from cryptography import x509
from cryptography.exceptions import InvalidSignature
from cryptography.x509.oid import NameOID

from docverify.fingerprints import default_trust_dir
from docverify.seal import crypto
from docverify.seal.tsl import TEST_AUTHORITY, TrustList, bundled, parse_tsl
from docverify.seal.twoddoc import TwoDDoc

log = logging.getLogger(__name__)

UPDATE_HINT = "run `docverify trust update`"


class SealStatus(StrEnum):
    VALID = "valid"
    INVALID = "invalid"
    UNKNOWN_CERTIFICATE = "unknown_certificate"
    TEST_CERTIFICATE = "test_certificate"
    NOT_CHECKED = "not_checked"


@dataclass(frozen=True)
class Verification:
    status: SealStatus
    reason: str
    issuer_name: str | None = None
    """The signing certificate's organisation (the company that signed: "SFR", "EDF"...)."""
    certificate: str | None = None
    """The signing certificate's subject."""
    algorithm: str | None = None
    signature_ok: bool | None = None
    """The cryptographic check alone (None: no certificate to check it with)."""
    listed: bool = True
    """The authority the header names is in the trust list (or is the test authority)."""


def signed_by(
    cert: x509.Certificate, status: SealStatus, reason: str, signature_ok: bool | None
) -> Verification:
    """A verdict about a signature checked with ``cert``."""
    return Verification(status, reason, organisation(cert), cert.subject.rfc4514_string(),
                        crypto.algorithm(cert.public_key()), signature_ok)  # fmt: skip


def common_name(cert: x509.Certificate) -> str:
    names = cert.subject.get_attributes_for_oid(NameOID.COMMON_NAME)
    return str(names[0].value).strip() if names else ""


def organisation(cert: x509.Certificate) -> str | None:
    names = cert.subject.get_attributes_for_oid(NameOID.ORGANIZATION_NAME)
    return str(names[0].value).strip() if names else None


def chains_to(cert: x509.Certificate, anchors: Iterable[x509.Certificate]) -> bool:
    """Is ``cert`` signed by one of the authority's certificates?"""
    for anchor in anchors:
        try:
            cert.verify_directly_issued_by(anchor)
        except (InvalidSignature, ValueError, TypeError):  # another issuer, unsupported key
            continue
        return True
    return False


def valid_on(cert: x509.Certificate, day: dt.date) -> bool:
    return cert.not_valid_before_utc.date() <= day <= cert.not_valid_after_utc.date()


def load_certificates(data: bytes) -> list[x509.Certificate]:
    """Every certificate in a blob: PEM (one or several), DER, PKCS#7, or DER certificates
    inside anything else (an authority's multipart bundle)."""
    from cryptography.hazmat.primitives.serialization import pkcs7

    if b"-----BEGIN CERTIFICATE-----" in data:
        try:
            return x509.load_pem_x509_certificates(data)
        except ValueError:
            pass
    for loader in (
        lambda d: [x509.load_der_x509_certificate(d)],
        pkcs7.load_der_pkcs7_certificates,
        pkcs7.load_pem_pkcs7_certificates,
    ):
        try:
            found = list(loader(data))
        except (ValueError, TypeError):
            continue
        if found:
            return found
    return _scan_der(data)


def _scan_der(data: bytes) -> list[x509.Certificate]:
    """DER certificates found at any offset (``30 82 hi lo`` sequences)."""
    out: list[x509.Certificate] = []
    i = data.find(b"\x30\x82")
    while 0 <= i < len(data) - 4:
        size = 4 + int.from_bytes(data[i + 2 : i + 4], "big")
        try:
            out.append(x509.load_der_x509_certificate(data[i : i + size]))
            i = data.find(b"\x30\x82", i + size)
        except ValueError:
            i = data.find(b"\x30\x82", i + 1)
    return out


@dataclass
class TrustStore:
    tsl: TrustList = field(default_factory=bundled)
    certificates: dict[str, list[x509.Certificate]] = field(default_factory=dict)
    """Signing certificates by authority id."""
    fetched: frozenset[str] = frozenset()
    """Authorities whose published certificates were downloaded (an id not among them is
    then an unknown certificate, not an unchecked one)."""
    test_mode: bool = False
    updated: str | None = None

    @classmethod
    def load(cls, root: Path | None = None, test_mode: bool = False) -> TrustStore:
        """The store in ``root`` (default: the user cache). A missing or broken cache is
        an empty store: seals are then ``not_checked``."""
        root = root or default_trust_dir()
        tsl = bundled()
        try:
            downloaded = parse_tsl((root / "tsl.xml").read_bytes(), "downloaded")
            if downloaded.sequence > tsl.sequence:
                tsl = downloaded
        except (OSError, ValueError):
            pass
        certificates: dict[str, list[x509.Certificate]] = {}
        certs_dir = root / "certs"
        if certs_dir.is_dir():
            for ca_dir in sorted(p for p in certs_dir.iterdir() if p.is_dir()):
                for f in sorted(ca_dir.iterdir()):
                    try:
                        certificates.setdefault(ca_dir.name, []).extend(
                            load_certificates(f.read_bytes())
                        )
                    except OSError as exc:
                        log.debug("unreadable certificate %s: %s", f, exc)
        fetched: frozenset[str] = frozenset()
        updated = None
        try:
            state = json.loads((root / "state.json").read_text("utf-8"))
            fetched = frozenset(
                ca for ca, s in state.get("authorities", {}).items() if not s.get("error")
            )
            updated = state.get("updated")
        except (OSError, ValueError, AttributeError):
            pass
        return cls(tsl, certificates, fetched, test_mode, updated)

    @classmethod
    def from_environment(cls) -> TrustStore:
        """The user's store; ``DOCVERIFY_SEAL_TEST_MODE=1`` turns the test mode on."""
        test_mode = os.environ.get("DOCVERIFY_SEAL_TEST_MODE", "") not in ("", "0")
        return cls.load(test_mode=test_mode)

    @classmethod
    def of(cls, tsl_xml: bytes, certificates: dict[str, list[x509.Certificate]]) -> TrustStore:
        """A store holding this trust list and these certificates as if ``docverify trust
        update`` had downloaded them (tests and benchmarks)."""
        return cls(parse_tsl(tsl_xml), {k: list(v) for k, v in certificates.items()},
                   frozenset(certificates))  # fmt: skip

    def add(self, ca_id: str, *certs: x509.Certificate) -> None:
        self.certificates.setdefault(ca_id, []).extend(certs)

    # ------------------------------------------------------------------ verdict

    def verify(self, code: TwoDDoc) -> Verification:
        h = code.header
        ca, cert_id = h.ca_id, h.cert_id
        name = f"{ca}/{cert_id}"
        candidates = [c for c in self.certificates.get(ca, []) if common_name(c) == cert_id]
        if ca == TEST_AUTHORITY:
            return self._verify_test(code, candidates, name)
        authority = self.tsl.authorities.get(ca)
        if authority is None:
            return Verification(
                SealStatus.UNKNOWN_CERTIFICATE,
                f"{ca} is not a certification authority of the {self.tsl.label}: the seal "
                "cannot be trusted",
                listed=False,
            )
        if not authority.active:
            return Verification(
                SealStatus.UNKNOWN_CERTIFICATE,
                f"{ca} ({authority.operator}) is no longer an accredited authority",
                listed=False,
            )
        if not candidates:
            if ca not in self.fetched:
                return Verification(
                    SealStatus.NOT_CHECKED,
                    f"signature not checked: {UPDATE_HINT} (certificate {name} is not in the "
                    "trust store)",
                )
            return Verification(
                SealStatus.UNKNOWN_CERTIFICATE,
                f"certificate {name} is not among those {authority.operator} ({ca}) publishes"
                + (f" (trust store updated {self.updated})" if self.updated else ""),
            )
        anchors = authority.anchors()
        chained = [c for c in candidates if chains_to(c, anchors)]
        if not chained:
            return signed_by(
                candidates[0], SealStatus.INVALID,
                f"certificate {name} is not signed by the authority {ca} of the trust list", None,
            )  # fmt: skip
        good = [c for c in chained if crypto.verify(code.signed, code.signature, c.public_key())]
        if not good:
            return signed_by(
                chained[0], SealStatus.INVALID,
                "the signature does not match the signed data: the barcode was altered or was "
                "not made by the certificate's holder", False,
            )  # fmt: skip
        leaf = good[0]
        found = signed_by(
            leaf, SealStatus.VALID, f"signature verified with certificate {name}", True
        )
        day = h.signed_on or h.issued_on
        if day is None:
            return found
        issuer = next(a for a in anchors if chains_to(leaf, [a]))
        for cert, what in ((leaf, f"certificate {name}"), (issuer, f"{ca} authority certificate")):
            if not valid_on(cert, day):
                return signed_by(
                    leaf, SealStatus.INVALID,
                    f"the {what} was not valid on the signature date {day.isoformat()} "
                    f"(valid {cert.not_valid_before_utc.date()} to "
                    f"{cert.not_valid_after_utc.date()})", True,
                )  # fmt: skip
        return found

    def _verify_test(
        self, code: TwoDDoc, candidates: list[x509.Certificate], name: str
    ) -> Verification:
        ok = next(
            (c for c in candidates if crypto.verify(code.signed, code.signature, c.public_key())),
            None,
        )
        if not self.test_mode:
            how = (
                "its signature verifies with the test key"
                if ok
                else "the test certificate is not in the store"
                if not candidates
                else "its signature does not verify even with the test key"
            )
            return Verification(
                SealStatus.TEST_CERTIFICATE,
                f"signed under the specification's test authority {TEST_AUTHORITY} ({how}): a "
                "specimen, not a document a real issuer signed",
                signature_ok=bool(ok) if candidates else None,
            )
        if not candidates:
            return Verification(
                SealStatus.NOT_CHECKED,
                f"test mode: the test certificate {name} is not in the trust store",
            )
        if ok is None:
            return signed_by(
                candidates[0], SealStatus.INVALID,
                "the signature does not match the signed data (test certificate)", False,
            )  # fmt: skip
        day = code.header.signed_on
        note = ""
        if day is not None and not valid_on(ok, day):
            note = (
                f"; the test certificate expired on {ok.not_valid_after_utc.date()}, before the "
                f"signature date {day.isoformat()} (not enforced for the test authority)"
            )
        return signed_by(
            ok, SealStatus.VALID,
            f"test mode: signature verified with the test certificate {name}{note}", True,
        )  # fmt: skip
