"""Stage 1: list the files of a packet folder, in a stable order, without writing to it."""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

from docverify.model import SourceFile

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


def sniff_kind(head: bytes, suffix: str) -> str:
    """Decide how to read a file from its first bytes, falling back on its suffix.

    >>> sniff_kind(b"%PDF-1.7", ".jpg")
    'pdf'
    >>> sniff_kind(b"RIFF\\x00\\x00\\x00\\x00WEBPVP8 ", ".bin")
    'image'
    >>> sniff_kind(b"hello", ".txt")
    'unsupported'
    """
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


def _sha256(path: Path) -> tuple[str, int, bytes]:
    h = hashlib.sha256()
    size = 0
    head = b""
    with path.open("rb") as fh:  # read-only: the packet is never written to
        while chunk := fh.read(1 << 20):
            if not head:
                head = chunk[:16]
            h.update(chunk)
            size += len(chunk)
    return h.hexdigest(), size, head


def scan(packet: Path) -> list[SourceFile]:
    """Every regular file below ``packet``, recursively, sorted by relative path.

    Hidden files and folders (``.git``, ``.DS_Store``) are skipped.
    """
    out: list[SourceFile] = []
    for root, dirs, files in os.walk(packet):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in files:
            if name.startswith(".") or name.lower() in IGNORED_NAMES:
                continue
            path = Path(root) / name
            if not path.is_file():
                continue
            rel = path.relative_to(packet).as_posix()
            try:
                digest, size, head = _sha256(path)
            except OSError:
                out.append(SourceFile(path, rel, "", 0, "unreadable"))
                continue
            out.append(SourceFile(path, rel, digest, size, sniff_kind(head, path.suffix.lower())))
    return sorted(out, key=lambda f: f.rel)
