"""A hostile packet folder (issue 15): what a careless or malicious sender can put in a
packet beside its good documents, built in a second by the tests and by
``bench/bench_hostile.py``.

    build(folder, good=samples/complete_employed, outside=some/other/folder)

returns, for every hostile entry, the finding code the audit must give it. The folder
holds: a named pipe and a socket named ``.pdf``, a PDF page of 200 x 200 inches, a PDF
of 1000 blank pages, a 20 GB sparse file, names that are not UTF-8 or hide control and
bidi characters, symbolic links inside and outside the packet (and a loop, a broken one,
one to a device), a folder nested 30 levels deep, a zip with zip-slip entries and a zip
bomb (an entry of 1 GB of zeros, an archive inside the archive); and the good
documents: a RIB, a bill under a name that is not UTF-8, a bill inside the zip.
"""

from __future__ import annotations

import contextlib
import hashlib
import io
import os
import shutil
import socket
import stat
import struct
import subprocess
import sys
import time
import zipfile
import zlib
from pathlib import Path
from typing import Any

BAD_NAME = b"facture_\xff\xfe.pdf"
"""A file name that is not valid UTF-8 (Latin-1 bytes from an old system)."""


def minimal_pdf(
    pages: int, width_pt: float = 595, height_pt: float = 842, content: bytes = b""
) -> bytes:
    """A valid PDF of ``pages`` identical pages sharing one content stream (empty: blank)."""
    objects: list[bytes] = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"",  # the page tree, once the page numbers are known
        b"<< /Length %d >>\nstream\n%s\nendstream" % (len(content), content),
    ]
    kids = []
    for _ in range(pages):
        objects.append(
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 %g %g] /Contents 3 0 R "
            b"/Resources << >> >>" % (width_pt, height_pt)
        )
        kids.append(b"%d 0 R" % len(objects))
    objects[1] = b"<< /Type /Pages /Kids [%s] /Count %d >>" % (b" ".join(kids), pages)
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(out.tell())
        out.write(b"%d 0 obj\n%s\nendobj\n" % (number, body))
    xref = out.tell()
    out.write(b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1))
    for offset in offsets:
        out.write(b"%010d 00000 n \n" % offset)
    out.write(
        b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    )
    return out.getvalue()


def _zip_slip(good_pdf: bytes) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("ok/edf.pdf", good_pdf)
        zf.writestr("../../evil.pdf", b"%PDF-1.4 written outside the folder")
        zf.writestr("/tmp/docverify-absolute.pdf", b"%PDF-1.4 written at an absolute path")
        link = zipfile.ZipInfo("link.pdf")
        link.external_attr = (stat.S_IFLNK | 0o777) << 16
        zf.writestr(link, "/etc/passwd")
    return buf.getvalue()


def _deflated_zeros(megabytes: int) -> tuple[bytes, int]:
    """Raw deflate data of ``megabytes`` MB of zeros, made in milliseconds: after a full
    flush each megabyte compresses to the very same bytes, so one is repeated. Returns
    the data and the CRC-32 of the unpacked bytes."""
    block = bytes(1 << 20)
    c = zlib.compressobj(9, zlib.DEFLATED, -15)
    c.compress(block)
    c.flush(zlib.Z_FULL_FLUSH)  # the first segment may differ from the next ones
    segment = c.compress(block) + c.flush(zlib.Z_FULL_FLUSH)
    crc = 0
    for _ in range(megabytes):
        crc = zlib.crc32(block, crc)
    return segment * megabytes + b"\x03\x00", crc  # + an empty final block


def zip_bomb(megabytes: int = 1024) -> bytes:
    """A zip of about a thousandth of ``megabytes`` holding that many MB of zeros as
    ``zeros.pdf``, and an archive inside the archive (``nested.zip``)."""
    data, crc = _deflated_zeros(megabytes)
    name = b"zeros.pdf"
    size = megabytes << 20
    fields = struct.pack("<HHHHHIII", 20, 0, 8, 0, 0x21, crc, len(data), size)
    local = b"PK\x03\x04" + fields + struct.pack("<HH", len(name), 0) + name
    central = (
        b"PK\x01\x02" + struct.pack("<H", 20) + fields
        + struct.pack("<HHHHHII", len(name), 0, 0, 0, 0, 0, 0) + name
    )  # fmt: skip
    end = b"PK\x05\x06" + struct.pack(
        "<HHHHIIH", 0, 0, 1, 1, len(central), len(local) + len(data), 0
    )
    buf = io.BytesIO(local + data + central + end)
    inner = io.BytesIO()
    with zipfile.ZipFile(inner, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("inner.pdf", b"%PDF-1.4 inside an inner archive")
    with zipfile.ZipFile(buf, "a", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("nested.zip", inner.getvalue())
    return buf.getvalue()


def build(folder: Path, good: Path, outside: Path) -> dict[str, str]:
    """Fill ``folder`` (created) with the hostile packet; ``good`` is a sample packet to
    take the good documents from, ``outside`` a folder beside the packet (a link target).
    Returns ``{path as the report shows it: finding code}`` for every hostile entry."""
    folder.mkdir(parents=True)
    outside.mkdir(parents=True, exist_ok=True)
    expected: dict[str, str] = {}
    shutil.copy(good / "rib.pdf", folder / "rib.pdf")
    bills = sorted((good / "factures").glob("*.pdf"))

    os.mkfifo(folder / "fifo.pdf")
    expected["fifo.pdf"] = "file.not_regular"
    with contextlib.suppress(OSError), socket.socket(socket.AF_UNIX) as sock:
        sock.bind(str(folder / "socket.pdf"))  # fails quietly when the path is too long
        expected["socket.pdf"] = "file.not_regular"

    huge = b"0 g 720 720 13000 13000 re f"  # a black square on a 200 x 200 inch page
    (folder / "huge_page.pdf").write_bytes(minimal_pdf(1, 14400, 14400, huge))
    expected["huge_page.pdf"] = "page.too_large"
    (folder / "blank_1000.pdf").write_bytes(minimal_pdf(1000))
    expected["blank_1000.pdf"] = "file.too_many_pages"
    with (folder / "sparse.pdf").open("wb") as fh:
        fh.truncate(20 * 2**30)  # 20 GB that take no disk space
    expected["sparse.pdf"] = "file.too_large"

    (Path(os.fsdecode(bytes(folder) + b"/" + BAD_NAME))).write_bytes(bills[0].read_bytes())
    expected["facture_\\xff\\xfe.pdf"] = "file.name_escaped"
    (folder / "\x1b[31mrouge[bold red].pdf").write_bytes(b"\x1b[2J not a PDF [/red]")
    expected["\\x1b[31mrouge[bold red].pdf"] = "file.name_escaped"
    (folder / "photo\u202efdp.jpg").write_bytes(b"a text file whose name hides its extension")
    expected["photo\\u202efdp.jpg"] = "file.name_escaped"

    (outside / "secret.pdf").write_bytes((good / "rib.pdf").read_bytes())
    os.symlink("rib.pdf", folder / "link_in.pdf")  # followed: the RIB again
    os.symlink(outside / "secret.pdf", folder / "link_out.pdf")
    expected["link_out.pdf"] = "file.symlink_outside"
    os.symlink("/etc", folder / "link_etc")
    expected["link_etc"] = "file.symlink_outside"
    os.symlink("/dev/zero", folder / "link_dev.pdf")
    expected["link_dev.pdf"] = "file.symlink_outside"
    os.symlink("loop.pdf", folder / "loop.pdf")
    expected["loop.pdf"] = "file.symlink_loop"
    os.symlink("nowhere.pdf", folder / "broken.pdf")
    expected["broken.pdf"] = "file.symlink_broken"

    deep = folder.joinpath(*(["d"] * 30))
    deep.mkdir(parents=True)
    (deep / "deep.pdf").write_bytes(bills[0].read_bytes())
    expected["/".join(["d"] * 17) + "/"] = "file.too_deep"

    (folder / "slip.zip").write_bytes(_zip_slip(bills[1].read_bytes()))
    expected["slip.zip/../../evil.pdf"] = "archive.unsafe_path"
    expected["slip.zip//tmp/docverify-absolute.pdf"] = "archive.unsafe_path"
    expected["slip.zip/link.pdf"] = "archive.symlink"
    (folder / "bomb.zip").write_bytes(zip_bomb())
    expected["bomb.zip/zeros.pdf"] = "archive.bomb"
    expected["bomb.zip/nested.zip"] = "archive.nested"
    return expected


def tree_state(folder: Path) -> dict[str, tuple[str, ...]]:
    """What a folder holds, byte for byte, without opening anything but regular files
    (never a pipe) and without following links: to prove an audit changed nothing."""
    state: dict[str, tuple[str, ...]] = {}
    for root, dirs, files in os.walk(folder):
        for name in sorted(dirs + files):
            path = Path(root) / name
            st = path.lstat()
            rel = os.fsencode(path.relative_to(folder)).hex()
            if stat.S_ISLNK(st.st_mode):
                state[rel] = ("link", os.readlink(path))
            elif stat.S_ISREG(st.st_mode) and st.st_size < 2**30:
                digest = hashlib.sha256(path.read_bytes()).hexdigest()
                state[rel] = ("file", digest, str(st.st_mtime_ns))
            else:
                state[rel] = (stat.filemode(st.st_mode), str(st.st_size), str(st.st_mtime_ns))
    return state


SOCKET_GUARD = r"""
import atexit, os, resource, socket, sys

def _refuse(*args, **kwargs):
    sys.stderr.write("SOCKET-GUARD: the audit tried to open a socket\n")
    sys.stderr.flush()
    raise OSError("docverify must never open a socket")

socket.socket.__init__ = _refuse
socket.socketpair = _refuse
socket.create_connection = _refuse
socket.getaddrinfo = _refuse
socket.fromfd = _refuse

def _peak():
    # VmHWM, not ru_maxrss: Linux carries ru_maxrss over an exec, so a process started
    # by a large parent (a pytest worker, through vfork) would report the parent's peak.
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    try:
        with open("/proc/self/status") as status:
            own = next(int(l.split()[1]) for l in status if l.startswith("VmHWM:"))
    except (OSError, StopIteration, ValueError):
        pass
    children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    sys.stderr.write(f"PEAK-RSS-KB {own} {children}\n")

atexit.register(_peak)
"""
"""Python that refuses every socket (saying so on stderr, where a test looks for
``SOCKET-GUARD``) and prints the peak resident memory of the process and of its
children (tesseract) when it exits."""

GUARDED_CLI = (
    SOCKET_GUARD
    + r"""
sys.argv = ["docverify", *sys.argv[1:]]
from docverify.cli import main
main()
"""
)


def run_guarded(
    args: list[str], env: dict[str, str] | None = None, timeout: float = 300
) -> tuple[subprocess.CompletedProcess[bytes], float, int]:
    """``docverify ARGS`` in a child process under the socket guard: the finished
    process (stdout as bytes), its wall time in seconds and its peak memory in bytes
    (the larger of the process's and its children's)."""
    start = time.perf_counter()
    proc = subprocess.run(
        [sys.executable, "-c", GUARDED_CLI, *args], capture_output=True, env=env, timeout=timeout
    )
    wall = time.perf_counter() - start
    peak = 0
    for line in proc.stderr.decode("utf-8", "replace").splitlines():
        if line.startswith("PEAK-RSS-KB "):
            peak = max(int(v) for v in line.split()[1:]) * 1024
    return proc, wall, peak


def codes_by_file(report: dict[str, Any]) -> dict[str, set[str]]:
    """The finding codes a JSON report gives each file (by ``evidence.file``)."""
    codes: dict[str, set[str]] = {}
    for finding in report["findings"]:
        name = (finding.get("evidence") or {}).get("file")
        if name:
            codes.setdefault(name, set()).add(finding["code"])
    return codes


def report_messages(value: Any) -> list[str]:
    """Every human message of a JSON report (finding messages, file errors)."""
    if isinstance(value, dict):
        return [
            m
            for k, v in value.items()
            for m in (
                [v] if k in ("message", "error") and isinstance(v, str) else report_messages(v)
            )
        ]
    if isinstance(value, list):
        return [m for v in value for m in report_messages(v)]
    return []
