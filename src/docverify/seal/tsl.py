"""The ANTS 2D-Doc trust list (TSL, ETSI TS 102 231): which certification authorities may
issue 2D-Doc signing certificates, their own certificates, and where each publishes the
signing certificates it issued.

docverify carries the facts of one TSL (``data/ants_tsl.toml``, with its date and
sequence number); ``docverify trust update`` downloads the current one into the user
cache, and the newer of the two is used.
"""

from __future__ import annotations

import base64
import datetime as dt
import functools
import re
import tomllib
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from importlib import resources

from cryptography import x509

NS = {"tsl": "http://uri.etsi.org/02231/v2#"}
IN_ACCORD = "http://uri.etsi.org/TrstSvc/Svcstatus/inaccord"
DEFAULT_URL = "https://pub.ants.gouv.fr/2D-DOC/V1/PRD/01_TSL/tsl_signed.xml"
TEST_AUTHORITY = "FR00"
"""The specification's test authority: its certificate signs the published examples."""


@dataclass(frozen=True)
class Authority:
    id: str
    operator: str
    service: str
    active: bool
    since: dt.datetime | None
    certificates_url: tuple[str, ...]
    ca_certificates: tuple[bytes, ...] = ()
    """DER of the authority's own certificate(s): the anchors signing certificates chain to."""

    def anchors(self) -> list[x509.Certificate]:
        return [x509.load_der_x509_certificate(der) for der in self.ca_certificates]


@dataclass(frozen=True)
class TrustList:
    sequence: int
    issued: dt.datetime
    next_update: dt.datetime | None
    distribution: str
    authorities: dict[str, Authority] = field(default_factory=dict)
    source: str = "bundled"

    @property
    def label(self) -> str:
        return f"ANTS TSL no. {self.sequence} of {self.issued.date().isoformat()} ({self.source})"


def _when(text: str | None) -> dt.datetime | None:
    if not text:
        return None
    return dt.datetime.fromisoformat(text.strip().replace("Z", "+00:00"))


def _texts(elem: ET.Element, path: str) -> list[str]:
    return [(e.text or "").strip() for e in elem.findall(path, NS) if (e.text or "").strip()]


def parse_tsl(xml: bytes, source: str = "downloaded") -> TrustList:
    """The facts of a TSL document. Raises ValueError when it is not one."""
    try:
        root = ET.fromstring(xml)
    except ET.ParseError as exc:
        raise ValueError(f"not an XML trust list ({exc})") from exc
    info = root.find("tsl:SchemeInformation", NS)
    if info is None:
        raise ValueError("not a trust list (no SchemeInformation)")
    sequence = int(info.findtext("tsl:TSLSequenceNumber", "0", NS))
    issued = _when(info.findtext("tsl:ListIssueDateTime", None, NS))
    if issued is None:
        raise ValueError("the trust list has no issue date")
    next_update = _when(info.findtext("tsl:NextUpdate/tsl:dateTime", None, NS))
    points = _texts(info, "tsl:DistributionPoints/tsl:URI")
    authorities: dict[str, Authority] = {}
    for tsp in root.findall(".//tsl:TrustServiceProvider", NS):
        names = _texts(tsp, "tsl:TSPInformation/tsl:TSPTradeName/tsl:Name")
        ca_id = next((n for n in names if re.fullmatch(r"FR\d\d", n)), None)
        if ca_id is None:
            continue
        operator = next(iter(_texts(tsp, "tsl:TSPInformation/tsl:TSPName/tsl:Name")), ca_id)
        uris = [
            u
            for u in _texts(tsp, "tsl:TSPInformation/tsl:TSPInformationURI/tsl:URI")
            if u.startswith(("http://", "https://"))
        ]
        for svc in tsp.findall(".//tsl:TSPService/tsl:ServiceInformation", NS):
            certs = tuple(
                base64.b64decode("".join(t.split()))
                for t in _texts(svc, "tsl:ServiceDigitalIdentity/tsl:DigitalId/tsl:X509Certificate")
            )
            status = (svc.findtext("tsl:ServiceStatus", "", NS) or "").strip()
            authorities[ca_id] = Authority(
                ca_id,
                operator,
                next(iter(_texts(svc, "tsl:ServiceName/tsl:Name")), ""),
                status == IN_ACCORD,
                _when(svc.findtext("tsl:StatusStartingTime", None, NS)),
                tuple(dict.fromkeys(uris)),
                certs,
            )
    return TrustList(
        sequence, issued, next_update, points[0] if points else DEFAULT_URL, authorities, source
    )


@functools.cache
def bundled() -> TrustList:
    """The trust list docverify ships (``data/ants_tsl.toml``)."""
    text = resources.files("docverify.data").joinpath("ants_tsl.toml").read_text("utf-8")
    data = tomllib.loads(text)
    head = data["tsl"]
    authorities = {
        a["id"]: Authority(
            a["id"],
            a["operator"],
            a["service"],
            a["status"] == "inaccord",
            a.get("status_since"),
            tuple(a["certificates_url"]),
            tuple(base64.b64decode("".join(c.split())) for c in a["ca_certificates"]),
        )
        for a in data["authority"]
    }
    return TrustList(
        head["sequence"], head["issued"], head.get("next_update"), head["distribution"],
        authorities, "bundled",
    )  # fmt: skip


def to_toml(tl: TrustList) -> str:
    """The data file's body for a trust list (how ``data/ants_tsl.toml`` was written)."""

    def ts(d: dt.datetime | None) -> str:
        return d.strftime("%Y-%m-%dT%H:%M:%SZ") if d else ""

    out = [
        "[tsl]",
        f"sequence = {tl.sequence}",
        f"issued = {ts(tl.issued)}",
        f"next_update = {ts(tl.next_update)}",
        f'distribution = "{tl.distribution}"',
    ]
    for a in tl.authorities.values():
        out += [
            "",
            "[[authority]]",
            f'id = "{a.id}"',
            f'operator = "{a.operator}"',
            f'service = "{a.service}"',
            f'status = "{"inaccord" if a.active else "other"}"',
        ]
        if a.since:
            out.append(f"status_since = {ts(a.since)}")
        out.append("certificates_url = [" + ", ".join(f'"{u}"' for u in a.certificates_url) + "]")
        out.append("ca_certificates = [")
        for der in a.ca_certificates:
            b64 = base64.b64encode(der).decode()
            lines = [b64[i : i + 76] for i in range(0, len(b64), 76)]
            out.append('  """\n' + "\n".join(lines) + '""",')
        out.append("]")
    return "\n".join(out) + "\n"
