"""The one exception hierarchy of docverify. Only ``cli.py`` turns these into exit codes.

A bad file of the packet is never an exception that escapes the pipeline: it becomes a
finding on that file. These errors are for the tool's own failures and bad usage.
"""

from __future__ import annotations


class DocverifyError(Exception):
    """Base of every error docverify raises on purpose."""


class UsageError(DocverifyError):
    """The user asked for something impossible (missing folder, bad date...). Exit 2."""


class FileReadError(DocverifyError):
    """One file of the packet could not be read; carried into the report, never fatal."""


class OcrUnavailable(DocverifyError):
    """The tesseract binary or its language data is missing. Exit 4."""


class FileTooLarge(FileReadError):
    """A file, an archive entry or a page is beyond a limit of ``model.Limits``."""


class OcrTimeout(DocverifyError):
    """Tesseract took longer than the page's time limit and was stopped."""
