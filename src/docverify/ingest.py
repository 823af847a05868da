"""Stage 1: list the files of a packet, in a stable order, without writing to it.

Only regular files are read. A named pipe, socket or device is listed with an error and
never opened (opening a pipe would wait forever for a writer). A symbolic link is
followed only when its target stays inside the packet; one leading out (to ``/etc``, to
another client's folder) is listed and refused, like a broken link or a loop. Names that
are not valid UTF-8 (or hold control characters) are shown escaped and marked. A ``.zip``
(the packet itself, or a file of a folder packet) is unpacked into a private temporary
folder by ``docverify.archive`` and its files are audited like the folder's own.
"""

from __future__ import annotations

import contextlib
import errno
import hashlib
import os
import stat
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from docverify import archive
from docverify.errors import FileReadError, FileTooLarge
from docverify.model import Finding, Limits, Severity, SourceFile
from docverify.safe_text import describe, display_name

PDF_SUFFIXES = {".pdf"}
IMAGE_SUFFIXES = {
    ".png", ".jpg", ".jpeg", ".jpe", ".tif", ".tiff", ".webp", ".bmp", ".gif",
    ".heic", ".heif",
}  # fmt: skip
IGNORED_NAMES = {".ds_store", "thumbs.db", "desktop.ini"}

_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"%PDF", "pdf"),
    (b"\x89PNG", "image"),
    (b"\xff\xd8\xff", "image"),
    (b"II*\x00", "image"),
    (b"MM\x00*", "image"),
    (b"GIF8", "image"),
    (b"BM", "image"),
)

_SPECIAL = {
    stat.S_IFIFO: "a named pipe",
    stat.S_IFSOCK: "a socket",
    stat.S_IFCHR: "a character device",
    stat.S_IFBLK: "a block device",
}


def sniff_kind(head: bytes, suffix: str) -> str:
    """Decide how to read a file from its first bytes, falling back on its suffix.

    >>> sniff_kind(b"%PDF-1.7", ".jpg")
    'pdf'
    >>> sniff_kind(b"RIFF\\x00\\x00\\x00\\x00WEBPVP8 ", ".bin")
    'image'
    >>> sniff_kind(b"hello", ".txt")
    'unsupported'
    >>> sniff_kind(b"PK\\x03\\x04", ".zip"), sniff_kind(b"PK\\x03\\x04", ".docx")
    ('archive', 'unsupported')
    """
    if suffix in archive.ZIP_SUFFIXES:
        return "archive"
    for magic, kind in _MAGIC:
        if head.startswith(magic):
            return kind
    if head[:4] == b"RIFF" and head[8:12] == b"WEBP":
        return "image"
    if head[4:12] in (b"ftypheic", b"ftypheix", b"ftypmif1", b"ftypmsf1", b"ftyphevc"):
        return "image"
    if suffix in PDF_SUFFIXES:
        return "pdf"
    if suffix in IMAGE_SUFFIXES:
        return "image"
    return "unsupported"


def special_kind(mode: int) -> str | None:
    """What a file that is neither a regular file, a folder nor a link is, or None.

    >>> special_kind(stat.S_IFIFO | 0o644), special_kind(stat.S_IFREG | 0o644)
    ('a named pipe', None)
    >>> special_kind(stat.S_IFCHR), special_kind(stat.S_IFBLK)
    ('a character device', 'a block device')
    """
    return _SPECIAL.get(stat.S_IFMT(mode))


def open_regular(path: Path, max_bytes: int) -> bytes:
    """The bytes of a regular file, read without following a last-moment swap to a pipe
    or device (non-blocking open, then ``fstat``) and never more than ``max_bytes``."""
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOFOLLOW", 0)
    try:
        fd = os.open(path, flags)
    except OSError as exc:
        raise FileReadError(f"could not be opened for reading ({_os_reason(exc)})") from exc
    with os.fdopen(fd, "rb") as fh:
        mode = os.fstat(fh.fileno()).st_mode
        if not stat.S_ISREG(mode):
            raise FileReadError(f"{special_kind(mode) or 'not a regular file'}: not read")
        data = fh.read(max_bytes + 1)
    if len(data) > max_bytes:
        raise FileTooLarge(_too_large(max_bytes))
    return data


def read_source(src: SourceFile, limits: Limits | None = None) -> bytes:
    """The bytes of a file ingest accepted (raises FileReadError as ``open_regular``)."""
    if src.error:
        raise FileReadError(src.error)
    return open_regular(src.path, (limits or Limits()).max_file_bytes)


def _os_reason(exc: OSError) -> str:
    return os.strerror(exc.errno) if exc.errno else describe(exc)


def _too_large(max_bytes: int) -> str:
    return (
        f"file larger than {max_bytes // 2**20} MB: not read "
        "(scan at 300 dpi or less, or raise --max-file-mb)"
    )


def _refused(path: Path, rel: str, escaped: bool, code: str, reason: str) -> SourceFile:
    return SourceFile(path, rel, "", 0, "unreadable", reason, code, escaped)


def _source(path: Path, rel: str, escaped: bool, limits: Limits) -> SourceFile:
    try:
        size = os.stat(path).st_size
        if size > limits.max_file_bytes:
            return _refused(path, rel, escaped, "file.too_large", _too_large(limits.max_file_bytes))
        data = open_regular(path, limits.max_file_bytes)
    except FileReadError as exc:
        code = "file.too_large" if isinstance(exc, FileTooLarge) else "file.unreadable"
        return _refused(path, rel, escaped, code, str(exc))
    except OSError as exc:
        return _refused(
            path, rel, escaped, "file.unreadable", f"could not be read ({_os_reason(exc)})"
        )
    kind = sniff_kind(data[:16], Path(rel).suffix.lower())
    return SourceFile(
        path, rel, hashlib.sha256(data).hexdigest(), len(data), kind, None, "", escaped
    )


def _hidden(name: str) -> bool:
    return name.startswith(".") or name.lower() in IGNORED_NAMES


@dataclass
class Listing:
    """The files of a packet (refused ones included, with their error) and the notes made
    while listing them (limits reached)."""

    files: list[SourceFile] = field(default_factory=list)
    findings: list[Finding] = field(default_factory=list)


def _link_target(path: Path, root: Path) -> tuple[Path | None, str, str]:
    """Where a symbolic link leads, if it may be followed; else a finding code and why."""
    try:
        target = Path(os.path.realpath(path, strict=True))
    except OSError as exc:
        if exc.errno == errno.ELOOP:
            return None, "file.symlink_loop", "symbolic link loop: not followed"
        return None, "file.symlink_broken", "broken symbolic link: its target does not exist"
    if not target.is_relative_to(root):
        return (
            None,
            "file.symlink_outside",
            "symbolic link leading outside the packet: not followed (copy what belongs to "
            "the packet into its folder)",
        )
    return target, "", ""


def _walk(packet: Path, limits: Limits, listing: Listing) -> None:
    root = Path(os.path.realpath(packet))
    found: list[SourceFile] = []
    pending: list[tuple[Path, str, int]] = [(packet, "", 0)]
    too_deep: list[str] = []
    while pending:
        folder, prefix, depth = pending.pop()
        try:
            with os.scandir(folder) as it:
                entries = sorted(it, key=lambda e: e.name)
        except OSError as exc:
            rel, escaped = display_name(prefix.rstrip("/") or ".")
            found.append(
                _refused(folder, rel + "/", escaped, "file.unreadable",
                         f"folder could not be read ({_os_reason(exc)})")
            )  # fmt: skip
            continue
        for entry in entries:
            if _hidden(entry.name):
                continue
            path = Path(entry.path)
            rel, escaped = display_name(prefix + entry.name)
            try:
                mode = entry.stat(follow_symlinks=False).st_mode
            except OSError as exc:
                found.append(_refused(path, rel, escaped, "file.unreadable", _os_reason(exc)))
                continue
            if stat.S_ISDIR(mode):
                if depth + 1 > limits.max_depth:
                    too_deep.append(rel + "/")
                    continue
                pending.append((path, prefix + entry.name + "/", depth + 1))
                continue
            if stat.S_ISLNK(mode):
                target, code, reason = _link_target(path, root)
                if target is None:
                    found.append(_refused(path, rel, escaped, code, reason))
                    continue
                try:
                    mode = os.stat(target).st_mode
                except OSError as exc:
                    found.append(_refused(path, rel, escaped, "file.unreadable", _os_reason(exc)))
                    continue
                if stat.S_ISDIR(mode):
                    continue  # a folder of the packet: its files are read where they are
                path = target
            kind = special_kind(mode)
            if kind is not None:
                found.append(
                    _refused(path, rel, escaped, "file.not_regular",
                             f"{kind}, not a document: never opened")
                )  # fmt: skip
                continue
            found.append(SourceFile(path, rel, "", 0, "pending", None, "", escaped))
    found.sort(key=lambda f: f.rel)
    if len(found) > limits.max_files:
        dropped = found[limits.max_files :]
        found = found[: limits.max_files]
        listing.findings.append(
            Finding(
                "packet.too_many_files",
                Severity.WARNING,
                f"The packet holds more than {limits.max_files} files: the last "
                f"{len(dropped)} (from {dropped[0].rel}) were not read (--max-files).",
                evidence={"not_read": [f.rel for f in dropped[:50]], "count": len(dropped)},
            )
        )
    for rel in too_deep:
        found.append(
            _refused(packet / rel, rel, False, "file.too_deep",
                     f"folder nested more than {limits.max_depth} levels deep: not read")
        )  # fmt: skip
    for src in found:
        if src.kind == "pending":
            src = _source(src.path, src.rel, src.name_escaped, limits)
        listing.files.append(src)
    listing.files.sort(key=lambda f: f.rel)


def scan(packet: Path, limits: Limits | None = None) -> list[SourceFile]:
    """Every file below the folder ``packet``, recursively, sorted by relative path;
    refused ones (pipes, links leaving the packet...) carry their ``error``.

    Hidden files and folders (``.git``, ``.DS_Store``) are skipped. Archives are listed
    as files of kind ``archive`` (``open_packet`` unpacks them).
    """
    listing = Listing()
    _walk(packet, limits or Limits(), listing)
    return listing.files


def _prefixed(src: SourceFile, prefix: str) -> SourceFile:
    return SourceFile(
        src.path, prefix + src.rel, src.sha256, src.size, src.kind, src.error,
        src.error_code, src.name_escaped,
    )  # fmt: skip


def _unpack_into(
    stack: contextlib.ExitStack, zip_path: Path, prefix: str, limits: Limits, listing: Listing
) -> None:
    """The files of one archive, listed as ``prefix`` + their path inside it."""
    try:
        data = open_regular(zip_path, limits.max_file_bytes)
        unpacked = stack.enter_context(archive.unpacked(data, limits))
    except FileReadError as exc:
        name, escaped = display_name(prefix.rstrip("/")) if prefix else (zip_path.name, False)
        listing.files.append(_refused(zip_path, name, escaped, "archive.unreadable", str(exc)))
        return
    inner = Listing()
    _walk(unpacked.folder, limits, inner)
    for src in inner.files:
        listing.files.append(_prefixed(src, prefix))
    listing.findings.extend(inner.findings)
    for refusal in unpacked.refused:
        rel, escaped = display_name(prefix + refusal.name)
        listing.files.append(_refused(zip_path, rel, escaped, refusal.code, refusal.reason))
    if not inner.files and not unpacked.refused:
        name = prefix.rstrip("/") or zip_path.name
        listing.files.append(
            _refused(zip_path, name, False, "archive.empty", "archive holds no file")
        )


@contextlib.contextmanager
def open_packet(packet: Path, limits: Limits | None = None) -> Iterator[Listing]:
    """Every file of a packet: a folder (whose ``.zip`` files are unpacked, one level) or
    a ``.zip`` file. Archives are unpacked into private temporary folders, removed when
    the block ends; the packet itself is never written to."""
    limits = limits or Limits()
    listing = Listing()
    with contextlib.ExitStack() as stack:
        if not packet.is_dir():
            _unpack_into(stack, packet, "", limits, listing)
        else:
            _walk(packet, limits, listing)
            expanded: list[SourceFile] = []
            for src in listing.files:
                if src.kind == "archive" and src.error is None:
                    sub = Listing()
                    _unpack_into(stack, src.path, src.rel + "/", limits, sub)
                    expanded.extend(sub.files)
                    listing.findings.extend(sub.findings)
                else:
                    expanded.append(src)
            listing.files = expanded
        listing.files.sort(key=lambda f: f.rel)
        yield listing
