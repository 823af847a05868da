"""Signature checks with the ``cryptography`` package, over exactly the signed bytes.

ECDSA signatures come as ``r||s`` (each half as long as the curve's order): P-256 with
SHA-256, P-384 with SHA-384, P-521 with SHA-512. An RSA certificate signs with PKCS#1
v1.5 (the digest algorithm is named inside the signature; SHA-256, -384 and -512 are
accepted).
"""

from __future__ import annotations

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import ec, padding, rsa
from cryptography.hazmat.primitives.asymmetric.types import PublicKeyTypes
from cryptography.hazmat.primitives.asymmetric.utils import (
    decode_dss_signature,
    encode_dss_signature,
)

CURVE_HASH: dict[str, type[hashes.HashAlgorithm]] = {
    "secp256r1": hashes.SHA256,
    "secp384r1": hashes.SHA384,
    "secp521r1": hashes.SHA512,
}


def _half(curve: ec.EllipticCurve) -> int:
    return (curve.key_size + 7) // 8


def algorithm(key: PublicKeyTypes) -> str | None:
    """What the key signs with, e.g. ``ECDSA P-256 / SHA-256``; None if unsupported."""
    if isinstance(key, ec.EllipticCurvePublicKey) and key.curve.name in CURVE_HASH:
        bits = {"secp256r1": 256, "secp384r1": 384, "secp521r1": 512}[key.curve.name]
        size = {"secp256r1": 256, "secp384r1": 384, "secp521r1": 521}[key.curve.name]
        return f"ECDSA P-{size} / SHA-{bits}"
    if isinstance(key, rsa.RSAPublicKey):
        return f"RSA-{key.key_size} / PKCS#1 v1.5"
    return None


def verify(signed: bytes, signature: bytes, key: PublicKeyTypes) -> bool:
    """Does ``signature`` sign ``signed`` under ``key``? Never raises on bad input."""
    if isinstance(key, ec.EllipticCurvePublicKey):
        digest = CURVE_HASH.get(key.curve.name)
        half = _half(key.curve)
        if digest is None or len(signature) != 2 * half:
            return False
        r = int.from_bytes(signature[:half], "big")
        s = int.from_bytes(signature[half:], "big")
        if r == 0 or s == 0:
            return False
        try:
            key.verify(encode_dss_signature(r, s), signed, ec.ECDSA(digest()))
        except InvalidSignature:
            return False
        return True
    if isinstance(key, rsa.RSAPublicKey):
        if len(signature) != (key.key_size + 7) // 8:
            return False
        for digest in (hashes.SHA256, hashes.SHA384, hashes.SHA512):
            try:
                key.verify(signature, signed, padding.PKCS1v15(), digest())
            except InvalidSignature:
                continue
            return True
    return False


def sign(signed: bytes, key: ec.EllipticCurvePrivateKey | rsa.RSAPrivateKey) -> bytes:
    """A 2D-Doc signature (``r||s`` for ECDSA, deterministic), for test codes."""
    if isinstance(key, ec.EllipticCurvePrivateKey):
        digest = CURVE_HASH[key.curve.name]
        der = key.sign(signed, ec.ECDSA(digest(), deterministic_signing=True))
        r, s = decode_dss_signature(der)
        half = _half(key.curve)
        return r.to_bytes(half, "big") + s.to_bytes(half, "big")
    return key.sign(signed, padding.PKCS1v15(), hashes.SHA256())
