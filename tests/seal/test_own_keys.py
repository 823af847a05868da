"""Codes signed here, with keys of our own (the test authority FR98 of
``samples/samplekit/seal_variants.py``, P-256/384/521 and RSA) and with the test key the
ANTS specification publishes: each verdict of the trust store, the certificate judged at
the signature date, the binary format, the unsigned annex."""

from __future__ import annotations

import base64
import dataclasses
import datetime as dt

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import ec
from samplekit import seal_variants as sv

from docverify.seal import crypto
from docverify.seal.header import Header, binary_header
from docverify.seal.message import ber
from docverify.seal.trust import SealStatus, TrustStore
from docverify.seal.twoddoc import decode

# The key pair of the specification's test certificate FR00/0001 (CN=0001, issuer FR00 "AC
# DE TEST"), which the ANTS specification publishes so that implementers can sign test
# codes; copied from go2ddoc (pkg/spec/spec.go, MIT), whose test certificate is the one in
# ../shared/specimens/2ddoc/go2ddoc_test_cert.pem (the test below checks they match).
ANTS_TEST_KEY = b"""-----BEGIN EC PRIVATE KEY-----
MHcCAQEEINbI/xP+yGOgp79v7qibvYs03x+cSIaiKzpOhJsScwDDoAoGCCqGSM49
AwEHoUQDQgAEqY8NfM1igIiTvsTUNuedGDSh1uAB1w8cTNzNnZ4v4in3JAUU6N3A
ypjQx0QMnMSShJoPvac/w5L02grgf4TCPA==
-----END EC PRIVATE KEY-----
"""

DAY = dt.date(2026, 9, 5)
FIELDS = [("10", "MME/CARTER/EMILY ROSE"), ("22", "12 RUE DES LILAS"), ("24", "75011"),
          ("25", "PARIS"), ("26", "FR"), ("1D", "64,20")]  # fmt: skip


def store_for(signer: sv.Signer, *, certs: bool = True, fetched: bool = True) -> TrustStore:
    xml = sv.trust_list_xml(signer.ca_certificate, "http://127.0.0.1/bundle.der")
    store = TrustStore.of(xml, {sv.CA_ID: [signer.certificate] if certs else []})
    return store if fetched else dataclasses.replace(store, fetched=frozenset())


def code(signer: sv.Signer, day: dt.date = DAY) -> bytes:
    return sv.c40_code(signer, "01", FIELDS, day, day, variable=sv.VARIABLE)


@pytest.mark.parametrize(
    ("curve", "algorithm"),
    [("secp256r1", "ECDSA P-256 / SHA-256"), ("secp384r1", "ECDSA P-384 / SHA-384"),
     ("secp521r1", "ECDSA P-521 / SHA-512"), ("rsa", "RSA-2048 / PKCS#1 v1.5")],
)  # fmt: skip
def test_own_key_verifies(curve: str, algorithm: str) -> None:
    signer = sv.test_signer(curve=curve, key_seed=7)
    raw = code(signer)
    verdict = store_for(signer).verify(decode(raw))
    assert verdict.status == SealStatus.VALID, verdict.reason
    assert verdict.algorithm == algorithm
    assert verdict.issuer_name == "SAMPLE TELECOM"
    changed = raw.replace(b"64,20", b"64,30")
    assert store_for(signer).verify(decode(changed)).status == SealStatus.INVALID


def test_every_verdict() -> None:
    signer = sv.test_signer()
    parsed = decode(code(signer))
    not_checked = store_for(signer, certs=False, fetched=False).verify(parsed)
    assert not_checked.status == SealStatus.NOT_CHECKED
    assert "run `docverify trust update`" in not_checked.reason
    unknown = store_for(signer, certs=False).verify(parsed)
    assert unknown.status == SealStatus.UNKNOWN_CERTIFICATE and unknown.listed
    stranger = TrustStore().verify(parsed)  # FR98 is not in the ANTS list
    assert stranger.status == SealStatus.UNKNOWN_CERTIFICATE and not stranger.listed
    rogue = store_for(signer).verify(decode(code(sv.rogue_signer())))
    assert rogue.status == SealStatus.INVALID and rogue.signature_ok is False


def test_certificate_judged_at_the_signature_date() -> None:
    old = sv.test_signer(valid=(dt.date(2020, 1, 1), dt.date(2021, 12, 31)), key_seed=11)
    store = store_for(old)
    assert store.verify(decode(code(old, dt.date(2021, 6, 1)))).status == SealStatus.VALID
    late = store.verify(decode(code(old, dt.date(2026, 9, 5))))
    assert late.status == SealStatus.INVALID and "not valid on the signature date" in late.reason
    early = store.verify(decode(code(old, dt.date(2019, 6, 1))))
    assert early.status == SealStatus.INVALID


def test_a_certificate_not_issued_by_its_authority() -> None:
    signer = sv.test_signer()
    key = signer.key
    assert isinstance(key, ec.EllipticCurvePrivateKey)
    self_made = (
        x509.CertificateBuilder()
        .subject_name(signer.certificate.subject)
        .issuer_name(signer.ca_certificate.subject)  # claims FR98, signed by itself
        .public_key(key.public_key())
        .serial_number(5)
        .not_valid_before(dt.datetime(2024, 1, 1, tzinfo=dt.UTC))
        .not_valid_after(dt.datetime(2029, 1, 1, tzinfo=dt.UTC))
        .sign(key, crypto.CURVE_HASH["secp256r1"]())
    )
    store = store_for(signer, certs=False)
    store.add(sv.CA_ID, self_made)
    verdict = store.verify(decode(code(signer)))
    assert verdict.status == SealStatus.INVALID and "not signed by the authority" in verdict.reason


def test_ants_test_key_signs_new_vectors(
    test_cert: x509.Certificate, test_store: TrustStore
) -> None:
    key = serialization.load_pem_private_key(ANTS_TEST_KEY, None)
    assert isinstance(key, ec.EllipticCurvePrivateKey)
    assert key.public_key() == test_cert.public_key()
    ants = sv.Signer("FR00", "0001", key, test_cert, test_cert)
    rib = [("30", "M EXEMPLE HENRY"), ("31", "FR7630006000011234567890189"), ("32", "AGRIFRPP")]
    for day, fields in [(dt.date(2014, 3, 1), FIELDS), (dt.date(2015, 6, 30), rib)]:
        raw = sv.c40_code(ants, "01", fields, day, day, variable=sv.VARIABLE)
        parsed = decode(raw)
        assert test_store.verify(parsed).status == SealStatus.VALID
        assert TrustStore().verify(parsed).status == SealStatus.TEST_CERTIFICATE


def test_binary_format() -> None:
    signer = sv.test_signer()
    header = Header("binary", 4, sv.CA_ID, sv.CERT_ID, DAY, DAY, "01", "01", "FRA", 19)
    records = b"".join(bytes((tag,)) + ber(len(v)) + v for tag, v in ((0x10, b"CARTER"),
                       (0x24, b"75011"), (0x30, b"X" * 140)))  # fmt: skip
    signed = binary_header(header) + records
    signature = signer.sign(signed)
    raw = signed + b"\xff" + ber(len(signature)) + signature + b"\x01\x02AB"
    parsed = decode(raw)
    assert dataclasses.replace(parsed.header, size=19) == header
    assert [(f.id, f.value) for f in parsed.fields][:2] == [("0x10", "CARTER"), ("0x24", "75011")]
    assert parsed.signed == signed
    assert store_for(signer).verify(parsed).status == SealStatus.VALID
    tampered = raw[:25] + b"D" + raw[26:]
    assert store_for(signer).verify(decode(tampered)).status == SealStatus.INVALID


def test_the_annex_is_never_signed_nor_trusted() -> None:
    signer = sv.test_signer()
    raw = code(signer) + b"\x1d0CHTTPS://EXAMPLE.ORG\x1d"
    parsed = decode(raw)
    assert [f.id for f in parsed.annex] == ["0C"]
    assert "0C" not in [f.id for f in parsed.fields]
    assert store_for(signer).verify(parsed).status == SealStatus.VALID
    other = decode(code(signer) + b"\x1d0CHTTPS://EVIL.EXAMPLE\x1d")
    assert store_for(signer).verify(other).status == SealStatus.VALID  # the annex: unsigned


def test_signature_sizes_are_checked() -> None:
    signer = sv.test_signer()
    raw = code(signer)
    head, sig = raw.split(b"\x1f")
    short = base64.b32encode(base64.b32decode(sig + b"=" * (-len(sig) % 8))[:-2]).rstrip(b"=")
    verdict = store_for(signer).verify(decode(head + b"\x1f" + short))
    assert verdict.status == SealStatus.INVALID
