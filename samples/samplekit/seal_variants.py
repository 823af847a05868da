"""Bills carrying a real-size signed 2D-Doc, for the seal tests and ``bench/seal_bench.py``.

A test certification authority ("FR98", not in the ANTS trust list) with fixed keys signs
the codes: its own certificate, a signing certificate "SK01" it issues, and the
ANTS-format trust list (TSL) that names it, so that ``docverify trust update`` can fetch
them from a local web server in the tests. The 2D-Doc writer here is written from the
specification, independently of ``docverify.seal`` (a shared bug would otherwise hide).

Each ``SealCase`` is one page: a bill in one provider's layout with its code drawn as
vector squares (modules of ``module_mm``, 0.42 mm by default: a 19-21 mm code), then
rendered as a flatbed scan at 150/200/300 dpi, a JPEG, a phone photo, with a partly
covered code, or as a text-layer PDF; and pages that must never read as valid: no code,
a code whose signed holder is someone else, a byte changed, a code signed by an unknown
key under the same certificate name.
"""

from __future__ import annotations

import base64
import dataclasses
import datetime as dt
import functools
import io
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import cv2
import numpy as np
import zxingcpp
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec, padding, rsa
from cryptography.hazmat.primitives.asymmetric.utils import decode_dss_signature
from cryptography.x509.oid import NameOID
from PIL import Image

from .documents.bills import LAYOUTS, BillContent, bill_pages
from .documents.common import Address, Person
from .output import PageSpec, write_text_pdf
from .page import Surface
from .scan import seed_for

GS, RS, US = "\x1d", "\x1e", "\x1f"
CA_ID = "FR98"
CERT_ID = "SK01"
EPOCH = dt.date(2000, 1, 1)


# ----------------------------------------------------------------------------- keys


@dataclass(frozen=True)
class Signer:
    ca_id: str
    cert_id: str
    key: ec.EllipticCurvePrivateKey | rsa.RSAPrivateKey
    certificate: x509.Certificate
    ca_certificate: x509.Certificate

    def sign(self, data: bytes) -> bytes:
        """The 2D-Doc signature: ``r||s`` (ECDSA with the curve's SHA-2), or PKCS#1 v1.5."""
        if isinstance(self.key, rsa.RSAPrivateKey):
            return self.key.sign(data, padding.PKCS1v15(), hashes.SHA256())
        digest, half = CURVES[self.key.curve.name][1:]
        r, s = decode_dss_signature(
            self.key.sign(data, ec.ECDSA(digest(), deterministic_signing=True))
        )
        return r.to_bytes(half, "big") + s.to_bytes(half, "big")


CURVES: dict[str, tuple[ec.EllipticCurve, type[hashes.HashAlgorithm], int]] = {
    "secp256r1": (ec.SECP256R1(), hashes.SHA256, 32),
    "secp384r1": (ec.SECP384R1(), hashes.SHA384, 48),
    "secp521r1": (ec.SECP521R1(), hashes.SHA512, 66),
}


def _name(cn: str, org: str) -> x509.Name:
    return x509.Name(
        [
            x509.NameAttribute(NameOID.COUNTRY_NAME, "FR"),
            x509.NameAttribute(NameOID.ORGANIZATION_NAME, org),
            x509.NameAttribute(NameOID.ORGANIZATIONAL_UNIT_NAME, "0002 00000000000000"),
            x509.NameAttribute(NameOID.COMMON_NAME, cn),
        ]
    )


def _cert(
    subject: x509.Name,
    issuer: x509.Name,
    public: ec.EllipticCurvePublicKey | rsa.RSAPublicKey,
    signer: ec.EllipticCurvePrivateKey,
    serial: int,
    start: dt.date,
    end: dt.date,
    ca: bool,
) -> x509.Certificate:
    return (
        x509.CertificateBuilder()
        .subject_name(subject)
        .issuer_name(issuer)
        .public_key(public)
        .serial_number(serial)
        .not_valid_before(dt.datetime(start.year, start.month, start.day, tzinfo=dt.UTC))
        .not_valid_after(dt.datetime(end.year, end.month, end.day, tzinfo=dt.UTC))
        .add_extension(x509.BasicConstraints(ca=ca, path_length=None), critical=True)
        .sign(signer, hashes.SHA256(), ecdsa_deterministic=True)
    )


@functools.cache
def test_signer(
    issuer: str = "SAMPLE TELECOM",
    valid: tuple[dt.date, dt.date] = (dt.date(2024, 1, 1), dt.date(2029, 12, 31)),
    key_seed: int = 0x2D0C,
    curve: str = "secp256r1",
    cert_id: str = CERT_ID,
) -> Signer:
    """The test authority FR98 and a signing certificate it issues (fixed keys; ``curve``
    ``rsa`` gives an RSA-2048 key, generated afresh)."""
    ca_key = ec.derive_private_key(0xCA98 * 7919, ec.SECP256R1())
    key: ec.EllipticCurvePrivateKey | rsa.RSAPrivateKey
    if curve == "rsa":
        key = rsa.generate_private_key(65537, 2048)
    else:
        key = ec.derive_private_key(key_seed * 104729, CURVES[curve][0])
    ca_name = _name(CA_ID, "AUTORITE DE TEST DOCVERIFY")
    ca_cert = _cert(ca_name, ca_name, ca_key.public_key(), ca_key, 98, dt.date(2020, 1, 1),
                    dt.date(2035, 1, 1), True)  # fmt: skip
    cert = _cert(_name(cert_id, issuer), ca_name, key.public_key(), ca_key, 0x5C01 + key_seed,
                 valid[0], valid[1], False)  # fmt: skip
    return Signer(CA_ID, cert_id, key, cert, ca_cert)


def rogue_signer() -> Signer:
    """A key nobody certified, claiming the same certificate name: its codes must never be
    valid."""
    s = test_signer()
    return dataclasses.replace(s, key=ec.derive_private_key(0xBAD * 7907, ec.SECP256R1()))


def stranger_certificate() -> x509.Certificate:
    """A signing certificate FR98 did not issue (self-signed by an unknown key)."""
    key = ec.derive_private_key(0x5EA1 * 7877, ec.SECP256R1())
    name = _name("SK09", "NOT ISSUED BY FR98")
    return _cert(name, name, key.public_key(), key, 9, dt.date(2024, 1, 1), dt.date(2029, 1, 1),
                 False)  # fmt: skip


def pem(cert: x509.Certificate) -> bytes:
    return cert.public_bytes(serialization.Encoding.PEM)


def der(cert: x509.Certificate) -> bytes:
    return cert.public_bytes(serialization.Encoding.DER)


def trust_list_xml(ca: x509.Certificate, bundle_url: str, sequence: int = 1000) -> bytes:
    """An ETSI TS 102 231 trust list naming the test authority, shaped like ANTS's."""
    b64 = base64.b64encode(der(ca)).decode()
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<tsl:TrustServiceStatusList xmlns:tsl="http://uri.etsi.org/02231/v2#">
 <tsl:SchemeInformation>
  <tsl:TSLVersionIdentifier>3</tsl:TSLVersionIdentifier>
  <tsl:TSLSequenceNumber>{sequence}</tsl:TSLSequenceNumber>
  <tsl:ListIssueDateTime>2026-10-01T10:00:00Z</tsl:ListIssueDateTime>
  <tsl:NextUpdate><tsl:dateTime>2027-04-01T10:00:00Z</tsl:dateTime></tsl:NextUpdate>
  <tsl:DistributionPoints><tsl:URI>{bundle_url.rsplit("/", 1)[0]}/tsl.xml</tsl:URI></tsl:DistributionPoints>
 </tsl:SchemeInformation>
 <tsl:TrustServiceProviderList>
  <tsl:TrustServiceProvider>
   <tsl:TSPInformation>
    <tsl:TSPName><tsl:Name xml:lang="fr">Autorité de test docverify</tsl:Name></tsl:TSPName>
    <tsl:TSPTradeName><tsl:Name xml:lang="fr">{CA_ID}</tsl:Name></tsl:TSPTradeName>
    <tsl:TSPInformationURI><tsl:URI xml:lang="fr">{bundle_url}</tsl:URI></tsl:TSPInformationURI>
   </tsl:TSPInformation>
   <tsl:TSPServices><tsl:TSPService><tsl:ServiceInformation>
    <tsl:ServiceTypeIdentifier>http://uri.etsi.org/TrstSvc/Svctype/CA/PKC</tsl:ServiceTypeIdentifier>
    <tsl:ServiceName><tsl:Name xml:lang="fr">{CA_ID} 2D-Doc Barcode signature</tsl:Name></tsl:ServiceName>
    <tsl:ServiceDigitalIdentity><tsl:DigitalId><tsl:X509Certificate>{b64}</tsl:X509Certificate></tsl:DigitalId></tsl:ServiceDigitalIdentity>
    <tsl:ServiceStatus>http://uri.etsi.org/TrstSvc/Svcstatus/inaccord</tsl:ServiceStatus>
    <tsl:StatusStartingTime>2024-01-01T00:00:00Z</tsl:StatusStartingTime>
   </tsl:ServiceInformation></tsl:TSPService></tsl:TSPServices>
  </tsl:TrustServiceProvider>
 </tsl:TrustServiceProviderList>
</tsl:TrustServiceStatusList>
""".encode()


# ----------------------------------------------------------------------------- 2D-Doc


def hex_day(d: dt.date | None) -> str:
    return "FFFF" if d is None else f"{(d - EPOCH).days:04X}"


def c40_code(
    signer: Signer,
    doc_type: str,
    fields: list[tuple[str, str]],
    issued: dt.date | None,
    signed: dt.date,
    *,
    variable: frozenset[str] = frozenset(),
) -> bytes:
    """A version-04 C40 2D-Doc: header, fields (a ``<GS>`` after each variable one, as
    issuers write them), ``<US>``, Base32 signature of everything before it."""
    header = f"DC04{signer.ca_id}{signer.cert_id}{hex_day(issued)}{hex_day(signed)}{doc_type}01FR"
    message = "".join(f"{k}{v}{GS if k in variable else ''}" for k, v in fields)
    data = (header + message).encode("latin-1")
    return data + US.encode() + base64.b32encode(signer.sign(data)).rstrip(b"=")


VARIABLE = frozenset({"10", "18", "22", "25", "1D", "30", "31", "32", "61", "62"})


def bill_code(
    bill: BillContent,
    signer: Signer | None = None,
    *,
    holder: Person | None = None,
    address: Address | None = None,
) -> bytes:
    """The type-01 (bill) 2D-Doc an issuer prints on ``bill``; ``holder``/``address``
    override what is signed (a printed page that disagrees with its code)."""
    person = holder or bill.holder
    addr = address or bill.addr
    title = "MME" if person.sex == "F" else "M"
    fields = [
        ("10", f"{title}/{person.surname.upper()}/{person.given_names.upper()}"),
        ("22", addr.street.upper()),
        ("24", addr.postcode),
        ("25", addr.city.upper()),
        ("26", "FR"),
        ("18", bill.invoice_number.replace(" ", "")),
        ("1D", f"{bill.amount:.2f}".replace(".", ",")),
    ]
    return c40_code(signer or test_signer(), "01", fields, bill.issue_date, bill.issue_date,
                    variable=VARIABLE)  # fmt: skip


def modules(data: bytes) -> np.ndarray:
    """The DataMatrix of ``data`` as a boolean matrix (True = dark), zxing's encoder
    choosing the modes (C40 for the upper-case text of a 2D-Doc)."""
    code = zxingcpp.create_barcode(data.decode("latin-1"), zxingcpp.BarcodeFormat.DataMatrix)
    img = np.asarray(zxingcpp.write_barcode_to_image(code, scale=1, add_quiet_zones=False))
    return img < 128


def draw_code(s: Surface, x: float, y: float, data: bytes, module_mm: float = 0.42) -> float:
    """Draw the code with its top-left corner at (x, y) mm, one rectangle per run of dark
    modules; return its side in mm."""
    m = modules(data)
    for r, row in enumerate(m):
        c = 0
        while c < len(row):
            if not row[c]:
                c += 1
                continue
            start = c
            while c < len(row) and row[c]:
                c += 1
            s.rect(x + start * module_mm, y + r * module_mm, (c - start) * module_mm,
                   module_mm, outline=None, fill=(0, 0, 0))  # fmt: skip
    return m.shape[1] * module_mm


# ----------------------------------------------------------------------------- cases


@dataclass(frozen=True)
class SealCase:
    name: str
    provider: str
    rendering: str
    """``scan150``, ``scan200``, ``scan300``, ``jpeg``, ``photo``, ``covered``, ``pdf``."""
    kind: str = "signed"
    """``signed`` (a code that must verify), ``none`` (no code), ``other_holder`` (the code
    signs another person: verifies, but disagrees with the page), ``altered`` (one byte
    changed) or ``rogue`` (signed by an uncertified key)."""
    bill: BillContent = field(default_factory=BillContent)
    module_mm: float = 0.42
    seed: int = 1

    @property
    def has_code(self) -> bool:
        return self.kind != "none"

    @property
    def must_verify(self) -> bool:
        return self.kind in ("signed", "other_holder")


OTHER = Person(surname="MARTIN", given_names="Julien", sex="M")


def code_of(case: SealCase) -> bytes | None:
    if case.kind == "none":
        return None
    if case.kind == "rogue":
        return bill_code(case.bill, rogue_signer())
    data = bill_code(case.bill, holder=OTHER if case.kind == "other_holder" else None)
    if case.kind == "altered":  # one signed byte changed (the amount's last digit)
        at = data.index(b"\x1f") - 2
        data = data[:at] + bytes([data[at] ^ 0x01]) + data[at + 1 :]
    return data


def page_spec(case: SealCase) -> PageSpec:
    return page_spec_with(case, code_of(case))


def page_spec_with(case: SealCase, data: bytes | None) -> PageSpec:
    """The case's bill with ``data`` as its code (None: no code)."""
    base = bill_pages(case.bill)[0]

    def draw(s: Surface) -> None:
        base.draw(s)
        if data is None:
            return
        side = draw_code(s, 168, 236, data, case.module_mm)
        if case.rendering == "covered":  # a pen stroke and a sticker across part of it
            s.rect(168 + side * 0.35, 236 + side * 0.3, side * 0.3, side * 0.14,
                   outline=None, fill=(235, 232, 210))  # fmt: skip

    return PageSpec(draw, base.width_mm, base.height_mm)


DPI = {"scan150": 150, "scan200": 200, "scan300": 300, "jpeg": 200, "photo": 200,
       "covered": 200, "pdf": 200}  # fmt: skip


def grey_scan(img: Image.Image, seed: int, max_skew: float = 1.2) -> Image.Image:
    """A flatbed scan in grey (what most scans of bills are): paper tone, a slight skew,
    blur and sensor noise. Grey throughout, so a 300 dpi page takes a fraction of
    ``scan.scan``'s time."""
    rng = np.random.default_rng(seed)
    grey = np.asarray(img.convert("L"), dtype=np.float32)
    grey = grey * rng.uniform(0.9, 1.0) + rng.uniform(5, 15)  # contrast, paper tone
    h, w = grey.shape
    angle = rng.uniform(-max_skew, max_skew)
    m = cv2.getRotationMatrix2D((w / 2, h / 2), angle, 1.0)
    grey = cv2.warpAffine(grey, m, (w, h), flags=cv2.INTER_LINEAR, borderValue=245.0)
    grey = cv2.GaussianBlur(grey, (0, 0), 0.8)
    grey += rng.normal(0, 2.0, grey.shape).astype(np.float32)
    return Image.fromarray(grey.clip(0, 255).astype(np.uint8), "L")


def grey_photo(img: Image.Image, seed: int, margin: float = 0.07) -> Image.Image:
    """A phone photo in grey: the page on a darker table, seen at a slight angle (corner
    jitter), with light falling off towards one corner, blur and noise, saved as JPEG."""
    rng = np.random.default_rng(seed)
    page = np.asarray(img.convert("L"), dtype=np.float32)
    h, w = page.shape
    mx, my = int(w * margin), int(h * margin)
    out_w, out_h = w + 2 * mx, h + 2 * my
    src = np.float32([(0, 0), (w, 0), (w, h), (0, h)])
    jitter = rng.uniform(-0.025, 0.025, (4, 2)) * (w, h)
    corners = np.float32([(mx, my), (mx + w, my), (mx + w, my + h), (mx, my + h)])
    dst = (corners + jitter).astype(np.float32)
    m = cv2.getPerspectiveTransform(src, dst)
    warped = cv2.warpPerspective(page, m, (out_w, out_h), flags=cv2.INTER_LINEAR,
                                 borderMode=cv2.BORDER_CONSTANT, borderValue=-1.0)  # fmt: skip
    table = rng.uniform(70, 100)
    photo_ = np.where(warped < 0, table, warped)
    yy, xx = np.mgrid[0:out_h:8, 0:out_w:8].astype(np.float32)
    fx, fy = rng.uniform(0, 1, 2)
    light = 1 - 0.15 * np.hypot(xx / out_w - fx, yy / out_h - fy)
    photo_ *= cv2.resize(light, (out_w, out_h), interpolation=cv2.INTER_LINEAR)
    photo_ = cv2.GaussianBlur(photo_, (0, 0), 0.7)
    photo_ += rng.normal(0, 2.5, photo_.shape).astype(np.float32)
    buf = io.BytesIO()
    Image.fromarray(photo_.clip(0, 255).astype(np.uint8), "L").save(buf, "JPEG", quality=80)
    return Image.open(io.BytesIO(buf.getvalue())).convert("L")


def render(case: SealCase) -> Image.Image:
    """The page as the packet would hold it (an image; ``pdf`` cases: see ``write``)."""
    dpi = DPI[case.rendering]
    img = page_spec(case).render(dpi)
    seed = seed_for("seal", case.name, case.seed)
    if case.rendering == "photo":
        return grey_photo(img, seed)
    degraded = grey_scan(img, seed)
    if case.rendering == "jpeg":
        buf = io.BytesIO()
        degraded.save(buf, "JPEG", quality=55)
        return Image.open(io.BytesIO(buf.getvalue())).convert("L")
    return degraded


def write(case: SealCase, folder: Path) -> Path:
    """The page as a file of a packet: a text-layer PDF for ``pdf``, else a PNG/JPEG."""
    folder.mkdir(parents=True, exist_ok=True)
    if case.rendering == "pdf":
        return write_text_pdf(folder / f"{case.name}.pdf", [page_spec(case)])
    img = render(case)
    ext = "jpg" if case.rendering in ("jpeg", "photo") else "png"
    path = folder / f"{case.name}.{ext}"
    dpi = DPI[case.rendering]
    if ext == "jpg":
        img.convert("RGB").save(path, "JPEG", quality=80, dpi=(dpi, dpi))
    else:
        img.save(path, "PNG", dpi=(dpi, dpi))
    return path


def cases(per_rendering: int = 4) -> list[SealCase]:
    """Bills of every provider layout in every rendering, then the never-valid pages."""
    providers = list(LAYOUTS)
    out: list[SealCase] = []
    renderings = ("scan150", "scan200", "scan300", "jpeg", "photo", "covered", "pdf")
    for rendering in renderings:
        for i in range(per_rendering):
            provider = providers[i % len(providers)]
            bill = BillContent(provider=provider, issue_date=dt.date(2026, 9, 5) + dt.timedelta(days=31 * i),
                               amount=42.5 + 7 * i, seed=50 + i)  # fmt: skip
            out.append(SealCase(f"{rendering}-{i}", provider, rendering, bill=bill, seed=i))
    kinds: list[tuple[str, str]] = [("none", "scan200"), ("none", "scan300"), ("none", "photo"),
                                    ("other_holder", "scan200"), ("altered", "scan200"),
                                    ("rogue", "scan200")]  # fmt: skip
    for j, (kind, rendering) in enumerate(kinds):
        for i in range(max(1, per_rendering // 2)):
            provider = providers[(i + j) % len(providers)]
            bill = BillContent(provider=provider, seed=70 + i)
            out.append(SealCase(f"{kind}-{rendering}-{i}", provider, rendering, kind, bill, seed=i))
    return out


Renderer = Callable[[SealCase], Image.Image]
