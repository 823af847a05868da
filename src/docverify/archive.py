"""A ``.zip`` packet (how packets often arrive by e-mail), unpacked safely.

Entries are written into a private temporary folder (mode 0700) that is removed when the
audit is done; nothing is ever written beside the archive. An entry is refused, with a
reason, when its path would leave that folder (zip-slip: ``../``, an absolute path, a
drive letter), when it is a symbolic link, encrypted, an archive itself (nested archives
are not opened), a duplicate, or beyond the size limits that stop zip bombs: bytes per
entry, bytes for the whole archive, entries, and the ratio of unpacked to packed size
(checked on the sizes the archive declares, then again on the bytes really unpacked).
"""

from __future__ import annotations

import contextlib
import io
import os
import re
import shutil
import stat
import tempfile
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

from docverify.errors import FileReadError
from docverify.model import Limits
from docverify.safe_text import describe

ZIP_SUFFIXES = {".zip"}
ARCHIVE_SUFFIXES = {
    ".zip", ".rar", ".7z", ".tar", ".gz", ".tgz", ".bz2", ".tbz2", ".xz", ".txz", ".zst",
    ".lz", ".lzma", ".z", ".cab", ".arj", ".jar", ".iso",
}  # fmt: skip
OFFICE_SUFFIXES = {".docx", ".xlsx", ".pptx", ".odt", ".ods", ".odp", ".epub", ".pages"}
_ARCHIVE_MAGIC = (
    b"PK\x03\x04", b"PK\x05\x06", b"Rar!\x1a\x07", b"7z\xbc\xaf\x27\x1c", b"\x1f\x8b",
    b"BZh", b"\xfd7zXZ\x00", b"\x28\xb5\x2f\xfd",
)  # fmt: skip
RATIO_FLOOR = 1 << 20
"""Entries smaller than this unpacked may have any compression ratio (a blank page)."""
_CHUNK = 1 << 20


@dataclass(frozen=True)
class Refusal:
    """An entry that was not unpacked: its name in the archive, a finding code, why."""

    name: str
    code: str
    reason: str


@dataclass(frozen=True)
class Unpacked:
    folder: Path
    refused: tuple[Refusal, ...]


class _Refused(Exception):
    def __init__(self, code: str, reason: str) -> None:
        super().__init__(reason)
        self.code = code
        self.reason = reason


def is_zip_packet(path: Path) -> bool:
    """A regular file named ``.zip``: a packet that came as an archive."""
    return path.suffix.lower() in ZIP_SUFFIXES and path.is_file()


def safe_parts(name: str) -> list[str] | None:
    """The path components of an entry name, or None when it would leave the folder it is
    unpacked into.

    >>> safe_parts("scans/rib.pdf"), safe_parts("./a//b.pdf"), safe_parts("a\\\\b.pdf")
    (['scans', 'rib.pdf'], ['a', 'b.pdf'], ['a', 'b.pdf'])
    >>> safe_parts("../../etc/cron.d/x"), safe_parts("/etc/passwd"), safe_parts("C:/x.pdf")
    (None, None, None)
    >>> safe_parts("a/../../b.pdf"), safe_parts("")
    (None, None)
    """
    name = name.replace("\\", "/")
    if name.startswith("/") or re.match(r"[A-Za-z]:", name) or "\x00" in name:
        return None
    parts = [p for p in name.split("/") if p not in ("", ".")]
    if not parts or ".." in parts:
        return None
    return parts


def is_archive_head(head: bytes) -> bool:
    """Do these first bytes open an archive (zip, rar, 7z, gzip, bzip2, xz, zstd)?

    >>> is_archive_head(b"PK\\x03\\x04...."), is_archive_head(b"%PDF-1.7")
    (True, False)
    """
    return any(head.startswith(m) for m in _ARCHIVE_MAGIC)


def _nested(suffix: str) -> _Refused:
    return _Refused(
        "archive.nested",
        f"an archive inside an archive ({suffix or 'by its content'}): not opened; unpack it "
        "and send its files",
    )


def _too_big(limit: int, what: str) -> _Refused:
    return _Refused(
        "archive.too_large",
        f"{what} more than {limit // 2**20} MB once unpacked: not unpacked "
        "(raise --max-archive-mb or --max-file-mb if it is genuine)",
    )


def _bomb(ratio: int) -> _Refused:
    return _Refused(
        "archive.bomb",
        f"unpacks to more than {ratio} times its compressed size (a zip bomb?): not unpacked",
    )


def _check_declared(info: zipfile.ZipInfo, suffix: str, limits: Limits) -> None:
    mode = info.external_attr >> 16
    if stat.S_ISLNK(mode):
        raise _Refused("archive.symlink", "a symbolic link inside the archive: not followed")
    if info.flag_bits & 0x1:
        raise _Refused("archive.encrypted", "encrypted entry: send it without a password")
    if suffix in ARCHIVE_SUFFIXES:
        raise _nested(suffix)
    packed = max(info.compress_size, 1)
    if info.file_size > RATIO_FLOOR and info.file_size > limits.max_archive_ratio * packed:
        raise _bomb(limits.max_archive_ratio)
    if info.file_size > limits.max_file_bytes:
        raise _too_big(limits.max_file_bytes, "a file of")


def _copy(
    zf: zipfile.ZipFile, info: zipfile.ZipInfo, target: Path, suffix: str, budget: int,
    limits: Limits,
) -> int:  # fmt: skip
    """Unpack one entry into ``target`` (a new file), checking sizes as the bytes come."""
    packed = max(info.compress_size, 1)
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0)
    written = 0
    try:
        with zf.open(info) as src, os.fdopen(os.open(target, flags, 0o600), "wb") as out:
            while chunk := src.read(_CHUNK):
                if not written and suffix not in OFFICE_SUFFIXES and is_archive_head(chunk):
                    raise _nested("")
                written += len(chunk)
                if written > min(budget, limits.max_file_bytes):
                    raise _too_big(min(budget, limits.max_file_bytes), "a file of")
                if written > RATIO_FLOOR and written > limits.max_archive_ratio * packed:
                    raise _bomb(limits.max_archive_ratio)
                out.write(chunk)
    except BaseException:
        with contextlib.suppress(OSError):
            target.unlink()
        raise
    return written


def _extract(zf: zipfile.ZipFile, folder: Path, packed_size: int, limits: Limits) -> list[Refusal]:
    refused: list[Refusal] = []
    infos = zf.infolist()
    if len(infos) > limits.max_archive_entries:
        refused.append(
            Refusal(
                f"({len(infos) - limits.max_archive_entries} more entries)",
                "archive.too_many_entries",
                f"the archive holds {len(infos)} entries: only the first "
                f"{limits.max_archive_entries} were looked at",
            )
        )
        infos = infos[: limits.max_archive_entries]
    root = os.path.realpath(folder)
    seen: set[str] = set()
    total = 0
    for info in infos:
        name = info.filename
        if info.is_dir():
            continue
        parts = safe_parts(name)
        try:
            if parts is None:
                raise _Refused(
                    "archive.unsafe_path",
                    "its path leads outside the archive's folder (zip-slip): not unpacked",
                )
            if any(p.startswith(".") for p in parts) or parts[0] == "__MACOSX":
                continue  # hidden files, macOS resource forks: skipped like in a folder
            suffix = PurePosixPath(parts[-1]).suffix.lower()
            _check_declared(info, suffix, limits)
            key = "/".join(parts)
            if key in seen:
                raise _Refused("archive.duplicate", "a second entry of the same name: skipped")
            seen.add(key)
            budget = limits.max_archive_bytes - total
            if info.file_size > budget:
                raise _too_big(limits.max_archive_bytes, "the archive holds")
            if total > RATIO_FLOOR and total > limits.max_archive_ratio * max(packed_size, 1):
                raise _bomb(limits.max_archive_ratio)
            target = folder.joinpath(*parts)
            target.parent.mkdir(parents=True, exist_ok=True)
            if not Path(os.path.realpath(target.parent)).is_relative_to(root):
                raise _Refused("archive.unsafe_path", "its path leaves the archive's folder")
            total += _copy(zf, info, target, suffix, budget, limits)
        except _Refused as r:
            refused.append(Refusal(name, r.code, r.reason))
        except Exception as exc:  # a damaged entry: refused, the others are still read
            refused.append(
                Refusal(name, "archive.unreadable", f"could not be unpacked ({describe(exc)})")
            )
    return refused


@contextlib.contextmanager
def unpacked(data: bytes, limits: Limits | None = None) -> Iterator[Unpacked]:
    """Unpack a zip archive's bytes into a private temporary folder, removed on exit."""
    limits = limits or Limits()
    try:
        zf = zipfile.ZipFile(io.BytesIO(data))
    except Exception as exc:  # zipfile raises many kinds on damaged archives
        raise FileReadError(f"not a readable zip archive ({describe(exc)})") from exc
    folder = Path(tempfile.mkdtemp(prefix="docverify-zip-"))
    try:
        with zf:
            refused = _extract(zf, folder, len(data), limits)
        yield Unpacked(folder, tuple(refused))
    finally:
        shutil.rmtree(folder, ignore_errors=True)
